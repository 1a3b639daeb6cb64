// A hundred-and-nineteenth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is gastroenterology, hepatology and nutrition: GI clinic notes,
// colonoscopy, EGD, ERCP and PEG reports headed with endoscopy unit names, pathology callbacks and
// surgical pathology reports, capsule endoscopy, manometry, pH and wireless motility reports with
// capsule, recorder and stimulator serials, liver clinic, hepatology consult and transplant
// evaluation notes, selection committee summaries and coordinator phone logs, paracentesis logs,
// IBD infusion center notes with biologic drug names (no lots), prior authorizations, home
// parenteral nutrition orders and infusion pharmacy notes, dietitian and nutrition support notes,
// feeding tube (G-tube) clinic and home visit notes, celiac, EoE and food allergy letters for
// schools, colleges and employers, bowel prep instructions with pharmacy pickup details, GI bleed
// transfer calls and transfer center logs, portal message exports, fax covers, billing and records
// requests, secure chats and sign-out lists. Names of patients, relatives, endoscopists, fellows,
// nurses, dietitians, pharmacists and coordinators appear as full names, surname-first, all caps,
// initials, typist initials, nicknames in quotes, first names alone, hyphenated, Spanish, West
// African, Slavic, Vietnamese, Arabic, Nordic and Polynesian names; places as loosely written
// street addresses with units, rural routes and PO boxes, cities abroad, ZIP codes; dates as
// 11/02/2023, 3/14/24, 2024-05-20, Jan 9 2024, 06 Jun 2024, 12MAR24, month/day alone, month and
// year, dates with attached times and weekdays. Look-alikes that are NOT PHI and stay unmarked:
// Boston bowel prep scores (BBPS 2-3-3), Mayo and Harvey-Bradshaw scores, Child-Pugh, MELD and
// MELD-Na, Los Angeles grades, Prague C/M, Forrest class, Paris and NICE classification, Chicago
// classification values, Lewis and Saurin scores, King's College criteria, eponyms (Barrett, Crohn,
// Mallory-Weiss, Whipple, Zenker, Schatzki, Wilson, Ivor Lewis, Charcot, Yueh, Seattle protocol),
// drug names and doses, lab values, CPT and ICD-10 codes, scope models, G-tube sizes, lot and NDC
// numbers, years alone, seasons with years, clock times alone, ages of 89 and under, rooms, bays,
// chairs and endoscopy suite numbers, states and countries.
// Annotation follows the README guideline and set 72's header: titles and kin terms stay outside
// NAME spans; a time attached to a full date is inside it; a month/day without a year is a DATE;
// schools, employers, pharmacies, labs, DME suppliers, home infusion pharmacies and endoscopy units
// are FACILITY; insurer member numbers are HEALTH_PLAN; billing and claim numbers are ACCOUNT;
// NPI, DEA, state licences and driver's licences are LICENSE; capsule, recorder, pump, port,
// stimulator and pH capsule serials are DEVICE; accession, authorization, referral, incident, FIT
// kit, interpreter and transfer reference numbers are ID; plates and VINs are VEHICLE; a face photo
// file reference is PHOTO; a palm-vein or fingerprint template number is BIOMETRIC.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-25 final engine
// (72034ea) 0.9745 / 0.9549; pass-26 engine (whose rules were made from sets 115-118 without
// reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:HARBOR RIDGE ENDOSCOPY CENTER}} - COLONOSCOPY REPORT
Pt: {{NAME:OKAFOR, CHIDINMA A.}}    MRN: {{MRN:HR0447193}}    DOB: {{DATE:04/17/1961}}
Date of service: {{DATE:11/02/2023 08:14}}    Endo Rm 4
Endoscopist: {{NAME:Priya Venkataraman}}, MD    RN: {{NAME:Deb Kowalczyk}}    Tech: {{NAME:Marcus}}
Referring: {{NAME:Lowell Brandt}} MD, {{FACILITY:Westgate Family Medicine}} (fax {{FAX:608-555-0192}})
Indication: surveillance; 3 TAs removed 2018. Father w/ CRC at 58.
Sedation: propofol per anesthesia (MAC). ASA II.
Prep: Golytely split dose. BBPS 2-3-3 = 8, adequate.
Cecum reached 08:31 (appendiceal orifice + IC valve photographed). Withdrawal 11 min.
Findings:
 1. Ascending colon 6 mm sessile polyp, Paris 0-Is, cold snare, retrieved (jar A).
 2. Sigmoid 14 mm flat lesion, Paris 0-IIa, NICE 2, lifted, EMR en bloc, 2 clips (jar B).
 3. Scattered sigmoid diverticula. Small internal hemorrhoids.
Recs: await path; surveillance 3 yr if advanced adenoma. Resume apixaban {{DATE:11/04}} AM.
Path to {{FACILITY:Cascade Pathology Associates}}, accession {{ID:CPA-23-118402}}.
cc: Dr. {{NAME:Brandt}}; pt portal
e-signed {{NAME:P. Venkataraman}} {{DATE:11/02/2023 09:02}}`,

  `EGD - {{FACILITY:St. Brendan's Digestive Health Unit}}, Procedure Room 2
{{DATE:Jan 9 2024}} | pt {{NAME:Halvorsen, Gunnar}} | MRN {{MRN:00728815}} | {{AGE:91}} y/o M
Attending: {{NAME:R. Castellanos-Ibarra}}, MD; fellow Dr. {{NAME:Amit Shah}}
Indication: melena x2 days, Hgb 7.9 (baseline 11.2), on ASA 81 + clopidogrel 75.
Findings:
 - LA grade B esophagitis, distal 5 cm.
 - Salmon mucosa Prague C2M4, ?Barrett esophagus; bx Seattle protocol (jar 2).
 - Small Schatzki ring at GEJ, not dilated. No Mallory-Weiss tear.
 - Duodenal bulb 9 mm clean-based ulcer, Forrest III.
 - 2nd ulcer post bulb w/ NBVV, Forrest IIa: epi 1:10,000 8 mL + 2 hemoclips.
Plan: PPI IV BID x72h then pantoprazole 40 BID x 8 wk; H. pylori bx sent; hold clopidogrel,
cardiology (Dr {{NAME:Yusupova}}) aware. Rpt EGD 8-12 wk for Barrett bx review.
Daughter {{NAME:Ingrid}} at bedside, updated, cell {{PHONE:(414) 555-0137}}. Son {{NAME:Erik Halvorsen}}
lives in {{LOCATION:Bergen}}, will call tonight.
Path accession {{ID:SB24-S-00391}}
Dict {{NAME:RCI}}/{{NAME:mh}}  {{DATE:01/09/2024 1612}}`,

  `TELEPHONE ENCOUNTER - path results
{{DATE:3/14/24 1405}}
Called pt {{NAME:Maribel Esquivel-Ruiz}} (DOB {{DATE:7/30/1979}}) at {{PHONE:512-555-0148}}, identity verified w/
DOB + address ({{ADDRESS:2207 Pecan Hollow Dr}}, {{LOCATION:Round Rock}} {{ZIP:78664}}).
Reviewed colon bx from {{DATE:3/6}} (accession {{ID:AP24-07731}}):
  jar A cecum - tubular adenoma, low grade
  jar B rectum - hyperplastic polyp
  random bx - no microscopic colitis
Explained 7-10 yr interval per USMSTF for 1-2 small TAs. Pt asked about her sister {{NAME:Lupe}}, 52, never
screened -> advised to call {{FACILITY:Capital Gastroenterology}} scheduling {{PHONE:512-555-0100}}.
Asked re Crohn's (mother had it) - no evidence on bx, reassured.
Letter mailed, result released to portal. Pt verbalized understanding.
{{NAME:Tasha Greenleaf}}, RN - GI nurse line x{{PHONE:4417}}
cc: Dr. {{NAME:H. Obuya}}`,

  `VIDEO CAPSULE ENDOSCOPY REPORT
Patient: {{NAME:Delacroix, Anne-Marie}}   MRN {{MRN:7720-4491}}   DOB {{DATE:1958-02-11}}
Ingestion: {{DATE:2024-05-20 07:42}}   Read: {{DATE:2024-05-22}}
Capsule: PillCam SB3, serial {{DEVICE:SB3-4471-0092-K}}   Recorder DR3 s/n {{DEVICE:DR3-118274}}
Belt and recorder returned by husband {{NAME:Luc}} to {{FACILITY:Lakeshore GI Motility Lab}} {{DATE:5/20}} 16:10.
Indication: IDA, ferritin 6, negative EGD/colonoscopy {{DATE:4/29/24}}.
Gastric transit 0h38m; SB transit 4h11m. Complete study, cecum reached.
Findings:
 - 3 small angioectasias proximal jejunum (first-third tertile), P2 per Saurin.
 - Scattered lymphangiectasia. No ulcer, stricture or mass. Lewis score 0.
 - No active bleeding. Capsule excreted (pt confirmed {{DATE:5/21}}).
Impression: small bowel angioectasias, probable source of IDA.
Plan: push enteroscopy w/ APC - referred to Dr. {{NAME:Femi Adeyemi}}; IV iron (ferric carboxymaltose
750 mg x2). Discussed w/ pt by phone {{PHONE:(312) 555-0164}}.
Reader: {{NAME:Sunita Rao}}, MD   signed {{DATE:05/22/2024 15:37}}`,

  `{{FACILITY:MERCY VALLEY MOTILITY CENTER}}
{{ADDRESS:400 Linden Ave, Suite 210}}, {{LOCATION:Dubuque}} IA {{ZIP:52001}} - ph {{PHONE:563-555-0110}} fax {{FAX:563-555-0111}}
HIGH-RESOLUTION MANOMETRY + 96H WIRELESS pH
Name: {{NAME:PETROV, NIKOLAI V}}   MRN {{MRN:MV00193377}}   Acct {{ACCOUNT:5501877340}}
Study date: {{DATE:06 Jun 2024}}   Referred by: Dr. {{NAME:Ostrowski}}
HRM (supine, 10 wet swallows): IRP 28 mmHg (elevated), 100% failed peristalsis,
panesophageal pressurization 8/10 -> Chicago Classification v4.0: type II achalasia.
pH capsule placed at EGD 6 cm above SCJ, capsule s/n {{DEVICE:BRV-2209-51833}}, receiver s/n
{{DEVICE:RX4-00917}}; AET 1.2% (day 1-4 avg), DeMeester 6.1 - not consistent w/ GERD.
Tech: {{NAME:Jen W.}}   Interpreting: {{NAME:Kateryna Bondarenko}}, MD
Comment: pt's wife ({{NAME:Svetlana}}) asked to have results sent to surgeon Dr. {{NAME:Moyo}} at
{{FACILITY:Tri-State Foregut Surgery}} - done by fax {{DATE:6/11}}. Eckardt score 7.
Options: POEM vs Heller myotomy vs PD - see clinic {{DATE:June 19}}.`,

  `Hepatology f/u - {{FACILITY:University Liver Clinic, Pavilion B}}
{{DATE:9/18/2023}}
{{NAME:Dwayne Mercer}} ("{{NAME:Tiny}}"), 56M, EtOH cirrhosis, sober since {{DATE:Feb 2022}} (AA, sponsor {{NAME:Rob}}).
Lives w/ wife {{NAME:Rhonda}} in {{LOCATION:Pine Bluff}}; drives 2 h each way.
Interval: 2 LVPs ({{DATE:8/4}} 6.1 L, {{DATE:8/22}} 5.4 L) at {{FACILITY:Arkansas Delta Regional}}. No HE, no bleeding.
Meds: furosemide 40, spironolactone 100, rifaximin 550 BID, lactulose titrate 2-3 BM, nadolol 20.
Labs {{DATE:9/15}}: Tbili 2.4, INR 1.6, Cr 1.1, Na 131, Alb 2.9, Plt 71, AFP 4.
MELD-Na 19. Child-Pugh B8.
US {{DATE:8/30}}: nodular liver, mod ascites, no focal lesion, patent PV.
EGD 2023 small varices, no red wale. Ceruloplasmin nl (Wilson excluded 2021), A1AT MM.
A/P:
 1. Decompensated cirrhosis, MELD 19 -> refer transplant eval at {{FACILITY:Vanderbilt-Hayes Transplant Institute}}.
 2. Refractory ascites trending -> TIPS discussion, IR Dr. {{NAME:Okonkwo}}.
 3. HCC surveillance q6mo.
RTC 6 wk. {{NAME:L. Dimitriou}}, MD / scribe {{NAME:kp}}`,

  `LIVER TRANSPLANT EVALUATION - PSYCHOSOCIAL ASSESSMENT
Candidate: {{NAME:Teresa Anne Baptiste}}   DOB {{DATE:10-02-1969}}   MRN {{MRN:LT-558210}}
SSN {{SSN:412-55-7730}}   Insurance: BlueCross PPO, member ID {{HEALTH_PLAN:XJB884120776}}
Address: {{ADDRESS:88 Cottonwood Ln, Unit 12}}, {{LOCATION:Lafayette}}, LA {{ZIP:70503}}
Home {{PHONE:337-555-0182}} / cell {{PHONE:337-555-0119}}   email {{EMAIL:tbaptiste69@examplemail.com}}
Dx: PBC/AIH overlap, MELD 24.
Primary caregiver: sister {{NAME:Josette Baptiste-Landry}}, 61, cell {{PHONE:337-555-0160}}; backup caregiver
friend {{NAME:Curtis}} ("{{NAME:Boo}}") {{NAME:Arceneaux}}.
Employment: on FMLA from {{FACILITY:Acadiana Regional School District}} (cafeteria manager) since {{DATE:3/2023}}.
Transportation: sister's car; no DUI hx. Lodging near center: {{FACILITY:Caring House}} lodging waitlist.
Substance: never EtOH >2/wk, no tobacco, no illicit. SIPAT 18 (good candidate).
Financial: met w/ financial coordinator {{NAME:Marguerite Oyelaran}} {{DATE:10/24/23}}, acct {{ACCOUNT:TX-0093381}}.
Recommendation: psychosocially acceptable; present at committee {{DATE:Nov 2 2023}}.
{{NAME:Gabriel Ferreira}}, LCSW`,

  `PARACENTESIS LOG - {{FACILITY:Riverside IR Suite}}  (pt {{NAME:Mercer, D.}} MRN {{MRN:2290415}})
date        vol(L)  albumin 25%    SAAG  PMN   operator  note
{{DATE:06/02/23}}    5.8     50 g            2.1   40    {{NAME:JKL}}       LLQ, US guided
{{DATE:06/16/23}}    6.4     75 g            -     110   {{NAME:JKL}}       -
{{DATE:06/30/23}}    4.9     50 g            -     90    {{NAME:AMT}}       BP dip 88/50, 500 NS
{{DATE:07/14/23}}    7.1     75 g            -     310   {{NAME:AMT}}       PMN 310 -> SBP, cefTRIAXone, admit 4W rm 412
{{DATE:07/28/23}}    5.2     50 g            -     60    Dr {{NAME:Faleolo}}  routine
{{DATE:08/11/23}}    6.1     50 g            -     45    {{NAME:JKL}}       -
{{DATE:08/25/23}}    5.4     50 g            -     30    {{NAME:S. Nakamura-Wells}} -
Cx {{DATE:7/14}} E. coli (pan-S). SBP ppx cipro 500 daily since.
Scheduler: {{NAME:Brianna}} x{{PHONE:6620}}. Pt ride: cousin {{NAME:Terrell}} {{PHONE:870-555-0134}}.
Next: {{DATE:9/8}}, {{DATE:9/22}}. Pt aware LVP q2wk = refractory ascites -> TIPS/transplant per hepatology.`,

  `{{FACILITY:Northfield IBD Infusion Center}} - chair 7
{{DATE:Tue 4/16/24}}   Arrival 0810
Pt: {{NAME:Nguyen Thi Thu Hang}} ("{{NAME:Hannah}}")  DOB {{DATE:1/3/1996}}  MRN {{MRN:NF-3310982}}
ID check: photo on file {{PHOTO:IMG_PT_3310982_face.jpg}}, palm-vein check-in template {{BIOMETRIC:PV-00418832}}.
Dx: UC, pancolitis. Partial Mayo today 2 (stool 1, bleeding 0, PGA 1).
Drug: infliximab-dyyb 10 mg/kg = 620 mg IV over 2 h (wt 62 kg); premeds APAP 650, cetirizine 10.
Infusion #9 (q8wk). Last dose {{DATE:2/20/24}}. Trough {{DATE:2/20}} 4.1, ATI neg.
VS stable q30 min, no reaction. Started 0842, end 1051.
PIV 22g L forearm by {{NAME:Moana Tuilagi}}, RN. Charge RN {{NAME:K. Abernathy}}.
Pt asks for work note for {{FACILITY:Bayview Credit Union}} - given.
Next infusion {{DATE:6/11/24 0800}} chair 7; auth {{ID:PA-7781203}} valid through {{DATE:09/30/2024}}.
Plan of care per Dr. {{NAME:Ishikawa}}. Mom ({{NAME:Lan}}) drove pt home.`,

  `HOME PARENTERAL NUTRITION - NEW START ORDERS
Patient: {{NAME:Whitfield, Corinne M}}   DOB {{DATE:08/21/1974}}   MRN {{MRN:00581124}}
Home: {{ADDRESS:1716 N. Harlan Street}}, {{LOCATION:Wheat Ridge}} CO {{ZIP:80033}}   ph {{PHONE:720-555-0153}}
Dx: short bowel syndrome (~90 cm SB, end jejunostomy) after mesenteric ischemia. K91.2
Access: R chest single-lumen port, PowerPort s/n {{DEVICE:18AZ4471}}, placed {{DATE:9/5/24}}.
Pump: CADD-Solis, SN {{DEVICE:2213-907465}}
PN: 2.1 L over 12 h cycle (2 h taper up/down), 7 nights/wk
  dextrose 250 g, AA 100 g, ILE (SMOFlipid) 250 mL 3x/wk, Na 140 mEq, K 60, Mg 16, Ca 10, Phos 20
  MVI daily, trace elements 1 mL, famotidine 40 mg in bag
Labs: BMP, Mg, Phos weekly x4 then q2wk; CBC/LFT/TG monthly. Fax results to {{FAX:303-555-0178}}.
Infusion pharmacy: {{FACILITY:Front Range Home Infusion}}, RPh {{NAME:Ahmed Al-Sayegh}} {{PHONE:303-555-0126}}
Payer: Medicare Part B, MBI {{HEALTH_PLAN:5EG4-TE5-MK72}}
Prescriber: {{NAME:Hollis J. Kerrigan}}, MD   NPI {{LICENSE:1588204431}}
Signed {{DATE:09/06/2024 11:20}}`,
  `{{FACILITY:Front Range Home Infusion}} - PHARMACIST CLINICAL NOTE
Pt: {{NAME:Corinne Whitfield}}   Rx # {{ID:HPN-2024-08813}}   Date: {{DATE:10/03/2024}}
Weekly PN monitoring call w/ pt and husband {{NAME:Dale}}.
Wt 58.9 kg (start 56.2). Ostomy output 1.4-1.8 L/d, UOP "ok", no fevers, port site clean.
Labs drawn by home RN {{NAME:Yolanda Marsh}} {{DATE:10/1}}: Na 137, K 3.4, CO2 22, BUN 19, Cr 0.8, Mg 1.5,
Phos 3.1, glu 142 (at end of cycle), TG 168, ALT 44, AST 39, Tbili 0.6.
Changes (per Dr. {{NAME:Kerrigan}} verbal order {{DATE:10/3}} 14:05, read back):
  - K 60 -> 70 mEq/bag, Mg 16 -> 20 mEq/bag
  - no change in volume or dextrose
Pump CADD-Solis {{DEVICE:2213-907465}} - pt reported occlusion alarm x2, swapped to loaner
{{DEVICE:2213-881102}}, courier dropped off {{DATE:10/2}}.
Delivery address confirmed {{ADDRESS:1716 N Harlan St}}, gate code on file. Next delivery {{DATE:Thu 10/10}}.
Supplies: SMOFlipid lot 1X44B exp 03/2026 - not recalled.
Billing: claim {{ACCOUNT:CLM-00917744}} resubmitted w/ corrected NDC.
{{NAME:A. Al-Sayegh}}, PharmD   {{PHONE:303-555-0126}}   {{EMAIL:aalsayegh@frontrangeinfusion.example}}`,

  `NUTRITION ASSESSMENT - inpatient RD
{{DATE:02/27/2024}}   {{FACILITY:Good Shepherd Medical Center}} 6 North rm 614-B
{{NAME:ZAMORA, ESTEBAN}}  MRN {{MRN:GS2047719}}  68 y/o M
Reason: MST 3, NPO x5d, severe acute pancreatitis (BISAP 3), CT {{DATE:2/22}} w/ 40% necrosis.
Anthro: ht 170 cm, wt 61.3 kg (UBW 72 kg {{DATE:Nov 2023}} per daughter {{NAME:Xochitl}}), BMI 21.2, 15% loss/3 mo.
NFPE: mod muscle wasting temples/clavicles, mild fat loss orbital.
Dx: Severe malnutrition r/t acute illness AEB 15% wt loss in 3 mo and <50% EER x5d (ASPEN/AND).
Est needs: 1850-2150 kcal (30-35/kg), 90-120 g pro (1.5-2.0/kg), 1.8-2 L fluid.
Access: 12 Fr NJ placed bedside by GI fellow Dr. {{NAME:Bakare}} {{DATE:2/27}} 10:40, tip 4th part duodenum on KUB.
Rec: Peptamen 1.5 start 20 mL/h, adv 10 q6h to goal 55 mL/h x 24h (1980 kcal, 89 g pro), FWF 30 q4h.
Monitor refeeding: K, Mg, Phos BID x3d; thiamine 100 mg x 5d.
Spoke w/ pt via Spanish interpreter {{NAME:Rosa}} (ID {{ID:INT-40518}}).
{{NAME:Hyun-woo Park}}, MS, RD, LD  pgr {{PHONE:3381}}`,

  `PEDS G-TUBE CLINIC - {{FACILITY:Children's Hospital of the Rockies}} GI/Nutrition
Visit {{DATE:July 8, 2024}}
{{NAME:Aurelio}} "{{NAME:Leo}}" {{NAME:Castañeda}} - 4 yo, 16.2 kg, hx CDH repair, oral aversion. MRN {{MRN:CHR-1188230}}
Here w/ mom {{NAME:Marisol}} + abuela (Doña {{NAME:Fina}} - speaks Spanish only).
Device: 14 Fr 1.5 cm low profile balloon button, last changed {{DATE:4/8}}. Balloon 4 mL, checked today 3.5 mL -> refilled.
Site: small granulation 3 o'clock, TAC silver nitrate x1. No leak.
Feeds: PediaSure Peptide 1.0, 240 mL x4 bolus + overnight 40 mL/h x 8 h via Kangaroo Joey pump {{DEVICE:KJ-70114829}}.
Oral: tastes purees w/ OT at {{FACILITY:Little Sprouts Feeding Therapy}}.
Wt gain 9 g/d - goal met.
School: starts preschool at {{FACILITY:Rosewood Early Learning Center}} in Aug. Letter for school nurse
Mrs. {{NAME:Pham}} given to mom.
Plan: next button change {{DATE:10/8/24}}; DME {{FACILITY:Summit Pediatric Supply}} to send 2 extensions.
{{NAME:Chloe Ambrose}}, CPNP  /  Dr. {{NAME:Oyelowo}}
Mom cell {{PHONE:720-555-0190}}`,

  `{{FACILITY:Lakeview Pediatric Gastroenterology}}
{{ADDRESS:2300 Commonwealth Blvd, Ste 400}} - {{LOCATION:Ann Arbor}}, MI {{ZIP:48105}}
Tel {{PHONE:734-555-0131}}   Fax {{FAX:734-555-0132}}

{{DATE:August 14, 2024}}

To the school nurse and cafeteria staff,
{{FACILITY:Huron Meadows Elementary School}}

RE: {{NAME:Amelia Grace Thornbury}}   DOB: {{DATE:05/29/2016}}

{{NAME:Amelia}} has celiac disease confirmed by biopsy ({{DATE:March 2023}}). She must follow a strict gluten-free diet.
Even small amounts of wheat, barley or rye (crumbs, shared toasters, craft dough) can cause injury to her
small intestine. Please:
  - provide gluten-free meals or allow meals from home
  - avoid Play-Doh and pasta art in the classroom
  - allow restroom access without needing to ask
  - contact her parents, {{NAME:Kevin}} and {{NAME:Jess Thornbury}}, at {{PHONE:734-555-0177}} with questions

This is not a life-threatening allergy; she does not need an epinephrine auto-injector. tTG-IgA has fallen
from >100 to 18 U/mL on the diet.

Sincerely,
{{NAME:Rania Haddad}}, MD, Pediatric Gastroenterology
{{EMAIL:rhaddad@lakeviewpedsgi.example}}`,

  `To Whom It May Concern / HR - {{FACILITY:Pinnacle Logistics, Inc.}}
{{DATE:11/20/2023}}

Re: {{NAME:Desmond O'Rourke}}, DOB {{DATE:12/09/1988}}, employee # {{ID:E-220417}}

Mr. {{NAME:O'Rourke}} is under my care for eosinophilic esophagitis and IgE-mediated allergy to shellfish and
peanut. He has required emergency endoscopic removal of a food impaction (most recently
{{DATE:10/28/23}} at {{FACILITY:Holy Redeemer Hospital of Will County}}). I am requesting these accommodations under the ADA:
  1. a refrigerator and microwave to store and heat food brought from home
  2. exemption from catered meals at the {{LOCATION:Joliet}} distribution center training days
  3. time off for endoscopy visits every 3-6 months (next {{DATE:Feb 5, 2024}})
  4. coworkers aware of where his epinephrine auto-injector is kept
He is on dupilumab 300 mg SC weekly and budesonide oral suspension. He has no restriction on lifting
or driving forklifts.

Please call my office with questions: {{PHONE:(815) 555-0143}}, fax {{FAX:(815) 555-0144}}.

{{NAME:Halima Bashir-Coleman}}, MD
{{FACILITY:Prairie State Gastroenterology}}, {{ADDRESS:1801 Plainfield Rd}}, {{LOCATION:Crest Hill}} IL {{ZIP:60403}}`,

  `COLONOSCOPY PREP INSTRUCTIONS - {{FACILITY:Eastside Endoscopy Center}}
Patient: {{NAME:Gloria Whitehorse}}     Procedure: {{DATE:Monday, March 18, 2024}} arrive 7:15 AM
Doctor: Dr. {{NAME:Sandeep Kaur-Mehta}}
Your prep has been sent to {{FACILITY:Desert Sky Pharmacy #17}}, {{ADDRESS:3300 E. Broadway}}, {{LOCATION:Tucson}} ({{PHONE:520-555-0122}}).
Rx: SUTAB (sodium sulfate, magnesium sulfate, potassium chloride) 24 tablets. Pickup by {{DATE:3/15}}.
If the pharmacy says it needs prior auth, call our nurse {{NAME:Becca}} at {{PHONE:520-555-0109}} - do NOT buy OTC.
5 DAYS BEFORE ({{DATE:Wed 3/13}}): stop iron pills, fiber (Metamucil), seeds, nuts, popcorn.
1 DAY BEFORE ({{DATE:Sun 3/17}}): clear liquids ONLY all day. No red or purple.
  5 PM - take 12 tablets with 16 oz water over 15-20 min, then 2 more 16 oz water in next hour.
DAY OF: 3 AM - repeat with remaining 12 tablets. Nothing by mouth after 5 AM.
You MUST have an adult driver. Driver name: {{NAME:Raymond Whitehorse}} (husband) {{PHONE:520-555-0166}}.
Diabetes: take half your glargine (Lantus) night before; no metformin day of.
Stop Eliquis 2 days before - ok'd by cardiology.
Portal: {{URL:https://mychart.eastsideendo.example/prep?pt=GW0318}}
Questions after hours: {{PHONE:520-555-0100}}`,

  `TRANSFER CENTER - INCOMING CALL
Ref # {{ID:TC-24-031877}}   {{DATE:04/02/2024 02:47}}
From: Dr. {{NAME:Olumide Bankole}}, ED, {{FACILITY:Fishlake Community Hospital}} ({{LOCATION:Richfield}})
Callback {{PHONE:435-555-0175}}
Pt: {{NAME:Wendell K. Hatch}}, {{AGE:90}}yo M, DOB {{DATE:11/30/1933}}
Story: hematemesis x3 at nursing home ({{FACILITY:Red Ledge Care Center}}), coffee grounds, then bright red.
HR 118, BP 86/50 -> 104/62 after 2u PRBC. Hgb 6.8. INR 1.1. On warfarin? - NO, on apixaban (last dose 2000).
Glasgow-Blatchford 15. No GI on call there, no endoscopy after hours.
Pantoprazole 80 bolus + gtt started; octreotide held (no liver hx).
Accepting: GI Dr. {{NAME:Ana Lucía Bermúdez}} + MICU Dr. {{NAME:Thurgood}}. Bed MICU 3, bed 12.
Transport: {{FACILITY:Canyonlands Air Medical}} rotor, ETA 0430. Family: son {{NAME:Clay Hatch}} {{PHONE:801-555-0198}},
POA, aware, pt FULL CODE.
Call taken by {{NAME:Renee Sorensen}}, RN, transfer center.`,

  `[secure chat - GI fellows, {{DATE:5/3}}]
{{NAME:nkosi}} 06:12: morning. overnight: 2 consults. 1) 4W rm 418 mr {{NAME:abernethy}} ({{NAME:Harold}}), brbpr, hgb stable 10.1, likely diverticular, prep for colo tmrw? 2) ED bay 9 ms. {{NAME:tran}} ?cholangitis tbili 5.8, ALP 410, CBD 11mm on US
{{NAME:yael}} 06:15: for {{NAME:tran}} - charcot's? febrile?
{{NAME:nkosi}} 06:15: yes 38.9, on pip-tazo. tokyo grade II. ercp today w/ dr {{NAME:lindqvist}}
{{NAME:yael}} 06:17: ok ill consent. whats her mrn
{{NAME:nkosi}} 06:17: {{MRN:40091238}}. daughter {{NAME:Vy}} is interpreter ok per pt, {{PHONE:206-555-0129}}
{{NAME:yael}} 06:19: 👍 also mr {{NAME:abernethy}} - hes on the list for 2nd case, golytely ordered 4L
{{NAME:nkosi}} 06:20: also fyi attending switch - Dr. {{NAME:Okafor}} covering {{DATE:5/4-5/5}}
{{NAME:yael}} 06:21: thx. go sleep
{{NAME:nkosi}} 06:21: 😴`,

  `ERCP - {{FACILITY:Providence Whitmore Hospital}} Endoscopy, Fluoro Rm 3
{{DATE:05-03-2024}}  Pt: {{NAME:Tran, Mai Lien}}  MRN {{MRN:40091238}}  DOB {{DATE:06-14-1951}}
Endoscopist: {{NAME:Birgitta Lindqvist}}, MD; fellow {{NAME:Yael Ben-Ami}}, MD. Anesthesia GA/ETT.
Hx: s/p pancreaticoduodenectomy (Whipple) 2019 for IPMN -> used pediatric colonoscope to reach HJ anastomosis.
Indication: cholangitis, Tokyo II.
Findings: HJ anastomotic stricture 4 mm, dilated w/ 8 mm balloon; pus + sludge extracted; 7 Fr x 10 cm
plastic stent placed. Fluoro 6.2 min.
Complications: none. EBL minimal.
Recs: pip-tazo 4 days total; LFTs in AM; repeat ERCP 8-10 wk for stent exchange (~{{DATE:7/10}});
CT to r/o recurrence - discussed w/ surgical onc Dr. {{NAME:Mahmoud El-Amin}}.
Daughter {{NAME:Vy Tran}} updated {{DATE:5/3}} 13:50 at {{PHONE:206-555-0129}}.
Pt from {{LOCATION:Da Nang}}, moved to {{LOCATION:Federal Way}} 2010.
Images archived PACS acc {{ID:RAD-ER-5530912}}.
{{NAME:B. Lindqvist}} / transcribed {{NAME:dw}}`,

  `LIVER TRANSPLANT SELECTION COMMITTEE - {{DATE:Thursday, Nov 2, 2023}}
{{FACILITY:Vanderbilt-Hayes Transplant Institute}}, conf rm 5B
Chair: Dr. {{NAME:Ileana Voicu}}. Present: {{NAME:Pruitt}}, {{NAME:Achterberg}}, {{NAME:Omondi}}, {{NAME:G. Ferreira}} LCSW, {{NAME:M. Oyelaran}}
(financial), {{NAME:Shay Becker}} RN coordinator.
1. {{NAME:BAPTISTE, Teresa}} - PBC/AIH, MELD 24 (lab MELD), ABO O. Cardiac: DSE neg. Dental clear.
   Psychosocial acceptable. Financial cleared (BCBS).
   DECISION: APPROVED for listing. UNOS listing date {{DATE:11/03/2023}}.
2. {{NAME:MERCER, Dwayne}} - ETOH, MELD-Na 21. Sobriety 20 mo, PEth neg x3. Needs cardiac cath (CAD?).
   DECISION: DEFERRED pending cath; re-present {{DATE:12/7}}.
3. {{NAME:K. Fonoti}} - NASH cirrhosis + HCC, 2 lesions (2.4, 1.8 cm) LR-5, within Milan. s/p TACE x1 {{DATE:9/26}}.
   DECISION: APPROVED; MELD exception request to NLRB.
4. {{NAME:Alvarado-Reyes, Joaquin}} - withdrawn, moved to {{LOCATION:Monterrey}} w/ family.
Minutes: {{NAME:SB}}`,
  `PATIENT PORTAL MESSAGE - export
Thread {{ID:MSG-88120457}}   Pt: {{NAME:Farida Qureshi}}   MRN {{MRN:0066192}}
-- {{DATE:2024-01-22 21:14}} from pt (login IP {{IP:198.51.100.47}}) --
hi dr. {{NAME:ueda}}, since starting the humira pen i get a red bump at the site that lasts 2 days. also my
knees hurt in the morning. is that the crohns or the shot? my pharmacy ({{FACILITY:Meridian Specialty Pharmacy}}) said
next shipment {{DATE:jan 30}}. thanks - {{NAME:farida}}
-- {{DATE:2024-01-23 08:02}} reply {{NAME:Leah Morrow}}, RN (IBD nurse) --
Hi {{NAME:Farida}}, injection site reactions are common and usually fade after the first months. Try a cold pack
and rotating sites. Joint pain can be part of Crohn disease (arthropathy) - Dr. {{NAME:Ueda}} would like to
see you sooner: {{DATE:Feb 6}} 10:40 at {{FACILITY:Kensington GI Associates}}. Labs (CRP, CBC) at {{FACILITY:Keystone Labs}}
before. Video option: {{URL:https://telehealth.kensingtongi.example/v/ueda-0206}}
-- {{DATE:2024-01-23 12:47}} from pt (IP {{IP:203.0.113.201}}, mobile app) --
ok thank you, I will come in person. my husband {{NAME:Imran}} will bring me. new cell is {{PHONE:646-555-0158}}
-- audit: msg read by {{NAME:LMORROW}} {{DATE:01/23/2024 08:01}}, forwarded to {{NAME:KUEDA}}`,

  `PRIOR AUTHORIZATION REQUEST - BIOLOGIC
To: Summit Health Plan Pharmacy Mgmt, fax 1-866-555-0100      {{DATE:03/05/2024}}
Member: {{NAME:LINDGREN, HALEY J}}   DOB {{DATE:02/14/2001}}   Member ID {{HEALTH_PLAN:W274411903}}
Drug: ustekinumab 390 mg IV induction (wt-based, 71 kg) then 90 mg SC q8wk. J3358.
Dx: Crohn's disease of small and large intestine w/o complications K50.80. Montreal A2 L3 B1.
Prior therapy: adalimumab {{DATE:6/2022-1/2024}} (secondary LOR, ADA Ab 14, level <1), azathioprine (TPMT nl,
stopped for pancreatitis), prednisone x3 courses.
Objective: CDAI 310; colonoscopy {{DATE:2/20/24}} SES-CD 14, deep ulcers TI; fecal calprotectin 842.
Prescriber: {{NAME:Tobias Greer}}, MD  NPI {{LICENSE:1093847712}}  DEA {{LICENSE:BG4418230}}
{{FACILITY:Northfield IBD Infusion Center}}, {{ADDRESS:77 Merchant Sq, Bldg C}}, {{LOCATION:Northfield}} MN {{ZIP:55057}}
ph {{PHONE:507-555-0181}}  fax {{FAX:507-555-0182}}
Case ref (plan): {{ID:PA-24-0093317}}
Contact: {{NAME:Jolene}} (PA specialist) ext {{PHONE:214}}
Attachments: op note, path {{ID:NF-S24-1120}}, drug level report.`,

  `FAX COVER SHEET
{{FACILITY:Cedar Bluff Gastroenterology & Hepatology}}
{{ADDRESS:4100 W. Memorial Rd, Suite 300}}, {{LOCATION:Oklahoma City}}, OK {{ZIP:73120}}
Phone {{PHONE:405-555-0107}}  Fax {{FAX:405-555-0108}}
DATE: {{DATE:10/17/23}}          PAGES (incl cover): 6
TO: Dr. {{NAME:Lenora Quintana-Bly}}, {{FACILITY:Red River Liver Institute}}
FROM: {{NAME:Carla}}, referral coordinator
RE: urgent referral - {{NAME:WASHBURN, TRAVIS L.}}, DOB {{DATE:3/3/1985}}
Pt w/ jaundice, tbili 9.2, ALT 1880, ferritin 4,000. Acetaminophen neg. Ceruloplasmin pending (r/o Wilson).
Please see within 48h. Referral # {{ID:REF-1017-5562}}. Ins: SoonerCare {{HEALTH_PLAN:SC-0088412273}}.
Pt ph {{PHONE:405-555-0169}}; mother {{NAME:Darla Washburn}} {{PHONE:405-555-0170}}.

CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain health information that is
legally privileged. If you received this in error please notify us at the number above and destroy.`,

  `DISCHARGE SUMMARY
Admit {{DATE:8/11/2023}}   D/C {{DATE:8/15/2023}}   {{FACILITY:St. Adalbert Mercy Hospital}}, 5 West
Pt: {{NAME:Kwame Asante-Boateng}}   MRN {{MRN:SJM-0917724}}   Attending: {{NAME:J. Whitlock}}, DO
Dx: acute pancreatitis, hypertriglyceridemia-induced (TG 2,840), mild (BISAP 1, no organ failure).
Course: aggressive LR x24h, insulin gtt for TG (d/c'd when TG <500 on HD3), pain controlled w/ HM PRN.
Diet adv to low-fat solids HD3. Lipase 2,210 -> 180. CT not needed.
Meds on d/c: fenofibrate 145 daily (new), icosapent ethyl 2 g BID (new), metformin 1000 BID,
atorvastatin 40. STOP alcohol (pt drinks 6-8 beers on weekends).
Dietitian ({{NAME:Nadia Sorensen}}, RD) saw pt + wife {{NAME:Abena}} {{DATE:8/14}}.
F/u: PCP Dr. {{NAME:Marchetti}} 1 wk; lipid clinic {{FACILITY:Clinton River Lipid Clinic}} {{DATE:9/6}}; GI prn.
Pt works at {{FACILITY:Lakeland Stamping Plant}} - work note through {{DATE:8/21}}.
Home: {{ADDRESS:612 Kenwood Ct}}, {{LOCATION:Pontiac}} {{ZIP:48340}}. Ph {{PHONE:248-555-0187}}.
Dictated by {{NAME:Priyanka Menon}}, PA-C {{DATE:8/15/2023 1322}} / {{NAME:tl}}`,

  `GI NURSE TRIAGE - after hours line
{{DATE:Sat 12/9/23 22:40}}   Caller: pt's wife {{NAME:Bernadette}} ("{{NAME:Bernie}}") {{NAME:Kowalski}} {{PHONE:(570) 555-0172}}
Pt {{NAME:Stanley Kowalski Jr.}}, DOB {{DATE:5/18/1949}}, MRN {{MRN:WB-5518820}}
Colonoscopy {{DATE:12/4}} w/ Dr. {{NAME:Adebayo}} at {{FACILITY:Wyoming Valley Endoscopy}} - 2.5 cm cecal polyp, EMR, clips x3.
Tonight: 3 large maroon BMs since 19:00, dizzy standing, pale. On Plavix (resumed {{DATE:12/6}}).
Denies chest pain. HR by home cuff 112, BP 94/60.
Protocol: post-polypectomy bleeding, symptomatic -> ED now.
Advised call 911 / nearest ED ({{FACILITY:Susquehanna Valley Medical Center}}). Wife states she will drive -
advised ambulance d/t dizziness, she agreed to call 911.
Paged on-call GI Dr. {{NAME:Siobhan Fitzgerald-Obi}} 22:46, call back 22:51 - will see in ED, repeat colo AM.
ED notified, charge RN {{NAME:Teo}}.
Home address for EMS: {{ADDRESS:41 Hanover St, 2nd fl}}, {{LOCATION:Wilkes-Barre}}.
{{NAME:Marguerite Dolan}}, RN  {{DATE:12/09/2023 22:58}}`,

  `HEPATOLOGY CONSULT - {{FACILITY:Maricopa Valley Medical Center}} MICU rm 12
{{DATE:6/27/24}}
Requested by Dr. {{NAME:Tsosie}} (MICU) for confusion + ascites.
Pt {{NAME:Beatrice}} "{{NAME:Bea}}" {{NAME:Lomeli}}, {{AGE:92}}F, lives alone in {{LOCATION:Sun City}}, niece {{NAME:Carmen}} checks daily.
HPI: found by niece {{DATE:6/26}} 17:00 disoriented, asterixis +, West Haven grade 2-3. Known NASH cirrhosis
(dx 2016, Child-Pugh B7 last yr). 3 BMs/wk, ran out of lactulose ~1 wk ago.
Precipitants: constipation, UTI (UA 50 WBC), no GIB (Hgb 11.8 stable), Na 129.
Labs: NH3 112 (not needed for dx), Tbili 2.9, INR 1.7, Alb 2.6, Cr 1.3. MELD-Na 22. Child-Pugh C10.
Diag para {{DATE:6/26}}: PMN 80, SAAG 1.9 - no SBP.
Rec: lactulose 30 mL q2h until BM then titrate to 2-3 soft BM/d; rifaximin 550 BID; treat UTI; hold
furosemide/spironolactone while Na <130 and Cr up.
Goals: pt not transplant candidate at {{AGE:92}}; niece is HCPOA - palliative consult, confirmed DNR/DNI.
{{NAME:Hamid Rezaei}}, MD, Hepatology   pager {{PHONE:602-555-0147}}`,

  `WIRELESS MOTILITY CAPSULE STUDY (SmartPill)
{{FACILITY:Lakeshore GI Motility Lab}} - {{LOCATION:Evanston}}
Pt: {{NAME:Ortega-Blanco, Ximena}}   MRN {{MRN:LS-0733821}}   DOB {{DATE:09/09/1990}}
Ingested {{DATE:2024-02-12 08:05}} w/ SmartBar; capsule s/n {{DEVICE:SPC-4490175}}, data receiver {{DEVICE:SPR-22081}}.
Receiver returned {{DATE:2/17/24}} by pt in person.
Results:
  GET 26.4 h (nl <5 h) - DELAYED
  SBTT 5.1 h (nl 2.5-6)
  CTT 61 h (nl <59) - mildly delayed
  WGTT 92.5 h
  Antral MI (1st h post-ingestion) low.
Impression: gastroparesis, likely idiopathic (HbA1c 5.2), + borderline slow colon transit.
Meds held 72h prior: ondansetron, linaclotide (confirmed by pt).
Rec: small low-fat low-fiber meals, metoclopramide 5 mg TID AC trial (discussed TD risk), consider G-POEM if
refractory. F/u Dr. {{NAME:Anjali Swaminathan}} {{DATE:3/4}}.
Report sent to PCP {{NAME:Elliot Sandoval}}, NP, {{FACILITY:Lakefront Community Health}}, fax {{FAX:773-555-0115}}.
Technologist: {{NAME:DeShawn Pratt}}   Interpreting MD: {{NAME:A. Swaminathan}}`,

  `OUTPATIENT NUTRITION F/U - IBD
{{FACILITY:Kensington GI Associates}}   {{DATE:04/09/24}}   RD: {{NAME:Mireille Toussaint}}, RDN
{{NAME:Qureshi, Farida}} 34F, ileocolonic Crohn's, s/p ileocecal resection (30 cm) 2021, on adalimumab.
Wt 51.8 kg (BMI 19.1), down 2.2 kg since {{DATE:1/9}} visit.
Diet recall: skipping breakfast, avoids dairy + raw veg, 1-2 Ensure/d. Ramadan fasting {{DATE:3/10-4/9}}.
Labs: B12 198 (low), vit D 18, ferritin 11, zinc 58.
Issues: bile acid diarrhea likely - 4-5 loose BM/d; trial cholestyramine per Dr. {{NAME:Ueda}}.
Plan:
 - small frequent meals, soluble fiber OK, low-residue during flares only
 - ONS: Boost Very High Calorie 1/d
 - B12 1000 mcg IM monthly (nurse visit), D3 50,000 weekly x8
 - iron: IV per MD (ferritin 11)
 - handout on suhoor/iftar meal ideas (CDED-adapted) given
Husband {{NAME:Imran}} attended; pt prefers texts to {{PHONE:646-555-0158}}.
Next RD visit {{DATE:5/21}} or via video: {{URL:https://telehealth.kensingtongi.example/v/toussaint}}`,

  `HPN MONITORING - LAB FLOWSHEET EXPORT ({{FACILITY:Front Range Home Infusion}})
PATIENT={{NAME:WHITFIELD,CORINNE}}|MRN={{MRN:00581124}}|DOB={{DATE:19740821}}|PRESCRIBER={{NAME:KERRIGAN,HOLLIS}}
COLLECTED      |NA |K  |CL |CO2|BUN|CR |GLU|MG |PHOS|TG |ALT|TBILI|RN
{{DATE:20241001}}       |137|3.4|104|22 |19 |0.8|142|1.5|3.1 |168|44 |0.6  |{{NAME:YM}}
{{DATE:20241008}}       |139|3.9|105|23 |17 |0.8|128|1.8|3.4 |151|40 |0.6  |{{NAME:YM}}
{{DATE:20241015}}       |138|4.1|103|24 |16 |0.7|119|1.9|3.6 |144|38 |0.5  |{{NAME:YM}}
{{DATE:20241029}}       |136|4.0|104|24 |18 |0.8|131|2.0|3.5 |170|51 |0.7  |{{NAME:RQ}}
{{DATE:20241112}}       |138|4.2|104|25 |15 |0.7|112|2.0|3.7 |139|36 |0.6  |{{NAME:YM}}
FLAGS: ALT 51 H ({{DATE:10/29}}) - reviewed {{NAME:AAS}} RPh {{DATE:10/30/2024}}, lipid unchanged, recheck.
CATHETER: port {{DEVICE:18AZ4471}} - no CLABSI; ethanol lock not used.
LAB: {{FACILITY:Keystone Diagnostics - Lakewood PSC}} acct {{ACCOUNT:QD-77401128}}
EXPORTED {{DATE:2024-11-13T06:00:12}} BY SVC_HPN_RPT FROM {{IP:192.0.2.44}}`,

  `ENDOSCOPY BOARD - {{FACILITY:Good Shepherd Medical Center}} GI Lab - {{DATE:Wed 2/28/24}}
RM  TIME  PT                     AGE  PROC           MD           RN    NOTES
1   0730  {{NAME:ZAMORA, E}}               68   EUS/FNA necr.  {{NAME:Bakare}}/{{NAME:Hill}}  {{NAME:KB}}    inpt 614-B, NJ in place
1   0930  {{NAME:McAllister, Fiona}}       45   EGD+dil        {{NAME:Hill}}         {{NAME:KB}}    EoE, 15mm CRE
2   0730  {{NAME:Oduya, P}}                71   colo           {{NAME:Sandhu}}       {{NAME:LT}}    BBPS? poor prep last time
2   0830  {{NAME:Wójcik, Tadeusz}}         {{AGE:93}}   EGD            {{NAME:Sandhu}}       {{NAME:LT}}    PEG eval, dtr {{NAME:Hanna}} POA
3   0800  {{NAME:Ikeda, Ren}}              29   flex sig       {{NAME:Hill}}         {{NAME:JP}}    UC flare, Mayo endo?
3   0900  {{NAME:Ruiz, Ana}}               55   colo scr       {{NAME:Sandhu}}       {{NAME:JP}}    FIT+ ({{ID:FIT-2240-88713}})
OR  1300  {{NAME:Pettigrew, Lyle}}         62   ERCP           {{NAME:Bakare}}       anes  CBD stone
Charge: {{NAME:Kendra B.}}  x{{PHONE:5520}}   Add-ons call {{PHONE:5521}}`,
  `{{DATE:July 29, 2024}}

Office of Disability Resources / Campus Dining Services
{{FACILITY:Willamette Heights University}}
{{ADDRESS:900 State St}}, {{LOCATION:Salem}}, OR {{ZIP:97301}}

Re: {{NAME:Siddharth}} "{{NAME:Sid}}" {{NAME:Raghunathan}}, student ID {{ID:WHU-00318842}}, DOB {{DATE:01/11/2006}}

Dear Accommodations Committee,

I have cared for {{NAME:Sid}} since age 9 for celiac disease (tTG-IgA >10x ULN, duodenal biopsy Marsh 3b in 2015).
He will live in {{FACILITY:Kaneko Hall}} this fall. The standard meal plan does not reliably allow a safe
gluten-free diet: cross-contact from shared fryers, cutting boards and toasters has caused symptomatic
exposures at camps and school in the past. I support:
  - release from the mandatory first-year meal plan, OR a dedicated gluten-free prep area
  - a single room with kitchenette access
  - excused absences for GI visits twice yearly
Celiac disease is a lifelong autoimmune condition and a disability under Section 504 and the ADA.

Please contact me at {{PHONE:503-555-0138}} or {{EMAIL:m.ekwueme@columbiapedsgi.example}}.

{{NAME:Marcus Ekwueme}}, MD
{{FACILITY:Columbia Pediatric GI & Nutrition}}, {{LOCATION:Portland}}`,

  `GI CONSULT - dysphagia
{{DATE:3/21/2024}}   {{FACILITY:Lutheran Home Health Campus}} clinic, rm 104
Pt: Mrs. {{NAME:Adelheid Brunner}}, {{AGE:94}} yo F (DOB {{DATE:02/02/1930}}), MRN {{MRN:LH-07714}}
Referred by NP {{NAME:Ginny Salvatore}} for regurgitation of undigested food, halitosis, cough at night, wt loss 4 kg.
Hx: AF on apixaban, CKD3, mild dementia (SLUMS 21). Lives in assisted living (apt 2C) since husband
{{NAME:Otto}} died.
Barium swallow {{DATE:3/12/24}}: 3.5 cm Zenker diverticulum w/ retained contrast, no Schatzki ring, no stricture.
Also mild presbyesophagus.
Discussion w/ pt and son {{NAME:Friedrich}} ("{{NAME:Fritz}}") {{NAME:Brunner}}, HCPOA, by phone {{PHONE:(262) 555-0114}}:
  options - diet modification (soft, upright 30 min after meals) vs flexible endoscopic
  septotomy (Z-POEM) vs open surgery (not favored at {{AGE:94}}).
Family chose trial of diet + SLP; revisit endoscopic septotomy if aspiration pneumonia or further wt loss.
SLP eval ordered ({{NAME:Deanna K.}}, SLP).
{{NAME:Viktor Hallström}}, MD  Gastroenterology`,

  `WILSON DISEASE CLINIC - {{FACILITY:Great Lakes Hepatology}}
{{DATE:10.10.2023}}
Pt: {{NAME:ANDRZEJEWSKI, Kasia}} 22F, MRN {{MRN:GLH-448127}}
Dx {{DATE:8/2021}}: Leipzig score 6 (KF rings on slit lamp, ceruloplasmin 6, 24h urine Cu 410, hepatic Cu 890 ug/g,
ATP7B H1069Q/H1069Q).
Meds: trientine 500 mg BID (changed from D-penicillamine d/t rash), zinc held.
Adherence: good per pill app; 24h urine Cu on tx 320 ug/d (target 200-500). Non-ceruloplasmin Cu 12.
LFT: ALT 38 (from 410). Neuro exam nl. Ophtho (Dr. {{NAME:Nwachukwu}}) - KF rings fading.
Contraception: IUD. Discussed pregnancy planning - continue chelation, reduce dose 3rd trimester.
Family screening: brother {{NAME:Tomek}} (19) - ceruloplasmin 8, genotype pending ({{ID:GX-23-551870}});
sister {{NAME:Ola}} (15) - normal. Parents {{NAME:Jerzy}} + {{NAME:Beata}} carriers.
{{NAME:Tomek}} appt {{DATE:11/2}} w/ Dr. {{NAME:Hollister}}.
Pt works at {{FACILITY:Maple Leaf Dental}}, {{LOCATION:Hamtramck}} - no issues.
RTC 6 mo w/ 24h urine Cu, CBC, CMP, INR. - {{NAME:Renata Gołębiowska}}, MD`,

  `TRANSITION OF CARE - PEDIATRIC TO ADULT IBD
{{FACILITY:Paiute Valley Children's Hospital}} -> {{FACILITY:Desert Valley Adult IBD Program}}
Date {{DATE:06/03/2024}}
Pt: {{NAME:Malia Kealoha-Ruiz}}, DOB {{DATE:06/01/2006}} (18 y/o), peds MRN {{MRN:SCH-2291054}}, adult MRN {{MRN:DV-0110437}}
Dx: Crohn's ileocolitis age 12, Paris classification A1b L3 B1 G1 at dx (growth delay).
Hx: EEN x8 wk at dx, infliximab since 2018, now 10 mg/kg q6wk + MTX 15 mg weekly.
Last scope {{DATE:1/16/24}}: SES-CD 2. Fecal calpro 64. PCDAI 5 -> adult HBI 2.
Self-management: knows her meds, books own infusions, TRAQ 4.2/5. Still on mom's insurance,
member {{HEALTH_PLAN:HMO-77210054-02}}.
Psychosocial: starting at {{FACILITY:Silver Sage Community College}} in fall; lives w/ mom {{NAME:Leilani}} and stepdad
{{NAME:Hector}}. Vaping - counseled.
Vaccines: HPV complete, MenB given {{DATE:5/2/24}}, no live vaccines on biologic.
Handoff call done: peds Dr. {{NAME:Kamakana}} -> adult Dr. {{NAME:Yevgenia Orlov}} {{DATE:5/30}}.
First adult visit {{DATE:7/15/24}}; infusion at {{FACILITY:DV Infusion Suite}} chair 3.
Pt's email: {{EMAIL:maliakr06@examplemail.com}}`,

  `HOME HEALTH SKILLED NURSING VISIT - {{FACILITY:Big Sky Home Health}}
Visit date {{DATE:01/17/24}}  time in 1030 out 1125  mileage 48
Pt: {{NAME:Thunderbird, Elaine}}   Agency ID {{ID:BSH-3318}}
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Lame Deer}} (3 mi past chapter house, blue trailer), {{ZIP:59043}}
Dx: s/p PEG ({{DATE:12/28/23}}) for head & neck ca, dysphagia. 20 Fr PEG, external bolster at 3 cm.
S: pt says site "burns" a little. husband {{NAME:Vernon}} does feeds, daughter {{NAME:Jolene}} helps weekends.
O: T 98.4, site - mild erythema <1 cm, no drainage, bolster rotates freely. Wt 52.1 kg (last 51.6).
Feeds: Jevity 1.5, 1 carton 5x/d via syringe bolus, 60 mL FWF before/after + 250 mL water TID.
Meds via tube: crushed OK except omeprazole - switched to lansoprazole ODT per Dr. {{NAME:Whitecalf}}.
A/P: site care w/ soap/water, split gauze only if drainage. Called {{FACILITY:Morning Star Tribal Clinic}} re order.
Supplies from {{FACILITY:Rocky Mtn Medical Supply}} delivered late - called {{PHONE:406-555-0151}}.
Pt phone (landline) {{PHONE:406-555-0193}}. Next visit {{DATE:1/24}}.
{{NAME:Carly Two Moons}}, RN`,

  `PROCEDURE NOTE - ULTRASOUND-GUIDED PARACENTESIS
{{DATE:Friday, August 25, 2023 13:20}}   {{FACILITY:Riverside IR Suite}}, bay 2
Pt: {{NAME:Dwayne Mercer}}   MRN {{MRN:2290415}}   DOB {{DATE:4/4/1967}}
Operator: {{NAME:Sione Nakamura-Wells}}, PA-C   Supervising: Dr. {{NAME:Faleolo}}
Indication: refractory ascites, alcohol-related cirrhosis (MELD-Na 19).
Consent: verbal + written, risks incl bleeding, infection, bowel injury, post-para circulatory dysfunction.
Timeout 13:18. INR 1.6, plt 71 - no FFP/plt needed per AASLD.
Site: LLQ, US marked, 2% lidocaine 8 mL, 5 Fr Yueh catheter, z-track.
Removed 5.4 L straw-colored fluid. 25% albumin 50 g (8 g/L removed > 5 L).
Samples: cell count, albumin, total protein, culture in blood cx bottles at bedside.
EBL <5 mL. Post VS BP 104/66, HR 78. Site dressed, no leak.
Pt tolerated well; cousin {{NAME:Terrell}} driving home, plate {{VEHICLE:7KQD 413}} (pt asked validation).
Next para {{DATE:9/8/23}}. Pt to call {{PHONE:870-555-0100}} for fever, abd pain, leak.
{{NAME:S. Nakamura-Wells}}, PA-C`,

  `[**{{FACILITY:Hospital 1}}**] MICU GI CONSULT NOTE
Date: [**{{DATE:2148-3-14}}**]
Pt is a [**{{AGE:91}}**] yo woman, nursing home resident ([**{{FACILITY:Hospital 8827}}**] Rehab), transferred from
[**{{FACILITY:Hospital 1474}}**] with BRBPR. Name: [**{{NAME:Known lastname 10338}}**], Mrs. PCP Dr. [**{{NAME:Last Name (STitle) 2208}}**].
HCT 21 -> 27 after 2u. On ASA. No prior colonoscopy on record. Last BM [**{{DATE:3-13}}**] per RN.
Impression: likely diverticular bleed vs ischemic colitis vs angioectasia. Stable now, no ongoing
hematochezia x6h.
Plan:
 - prep w/ golytely 4L via NGT if unable to drink; colonoscopy [**{{DATE:2148-3-15}}**] AM
 - if brisk rebleed -> CTA then IR (pager [**{{PHONE:6-2214}}**])
 - hold ASA
 - code status: DNR/DNI confirmed w/ daughter [**{{NAME:Name (NI) 1122}}**] at [**{{PHONE:Telephone/Fax (1) 4471}}**]
Discussed w/ fellow [**{{NAME:First Name8 (NamePattern2) 3391}}**] [**{{NAME:Last Name (NamePattern1) 8712}}**], attending Dr.
[**{{NAME:Last Name (STitle) 667}}**].
[**{{NAME:First Name11 (Name Pattern1) 441}}**] [**{{NAME:Last Name (NamePattern1) 5522}}**], MD
[**{{DATE:2148-3-14}}**]`,

  `ULTRASOUND-GUIDED PERCUTANEOUS LIVER BIOPSY
{{FACILITY:Great Lakes Hepatology}} procedure rm 2 - {{DATE:02/08/2024 09:45}}
Pt: {{NAME:Oyinlola Adebisi-Grant}}   MRN {{MRN:GLH-512209}}   DOB {{DATE:11/19/1982}}
Performed by: {{NAME:Renata Gołębiowska}}, MD; assist {{NAME:Paulo Mendes}}, RN
Indication: persistently elevated ALT (90-140), ANA 1:640, IgG 2,110 - ?AIH vs MASH. FibroScan 11.8 kPa, CAP 240.
Pre: INR 1.0, plt 224. Held ASA x5d. NPO.
Technique: right intercostal approach, 9th ICS, US guided, 1% lidocaine, 16G BioPince x2 passes,
cores 2.2 cm + 1.8 cm -> formalin. Sent to {{FACILITY:Midwest Liver Pathology Consultants}}, req {{ID:MLP-24-00612}}.
Post: right side lying 2h, VS q15 min x4 then q30. Pain 3/10, shoulder, APAP 1 g.
Discharged 13:00 with husband {{NAME:Dominic Grant}}, driving, {{PHONE:313-555-0140}}.
Instructions: no lifting >10 lb x1 wk, no NSAIDs x3d, call {{PHONE:313-555-0105}} for severe pain/SOB/dizzy.
Result review {{DATE:2/22}} (telehealth) - pt teaches at {{FACILITY:Corktown Montessori}}, limited in-person availability.`,

  `TRANSFER CENTER LOG - GI bleed / hepatology - night of {{DATE:11/17/23}}
time  ref#              from (caller)                                  pt               summary                  dispo
2214  {{ID:TC-23-29914}}       {{FACILITY:Coal Creek Hospital}} / Dr {{NAME:Vasquez}} {{PHONE:304-555-0112}}       {{NAME:PERRY, Delbert}} 58M     varices? hematemesis, MELD 28  ACCEPT MICU, GI {{NAME:Mwangi}}
2251  {{ID:TC-23-29917}}       {{FACILITY:Bluestone Valley Med Ctr}} / {{NAME:Shondra}} RN            {{NAME:Lily Chen}} 34F          melena, hgb 9 stable            decline - can be managed locally, GI advice
2330  {{ID:TC-23-29920}}       {{FACILITY:Guyandotte Regional}} / Dr {{NAME:Ahmadzai}}                   "{{NAME:Buck}}" {{NAME:Staton}} {{AGE:96}}M      BRBPR, on warfarin INR 4.2     ACCEPT tele 7B, family {{NAME:Darlene}} {{PHONE:304-555-0121}}
0105  {{ID:TC-23-29926}}       {{FACILITY:Coal Creek Hospital}} - update                            {{NAME:PERRY}}            intubated for airway, octreotide+ceftriax, ETA 0150
Night RN {{NAME:Tamsin Oakes}}; MOD Dr. {{NAME:Ferrante}}`,

  `PHARMACY NOTE - will-call / drive-thru
{{FACILITY:Sagebrush Family Pharmacy}}, {{ADDRESS:1450 N. Main St}}, {{LOCATION:Logan}} UT {{ZIP:84341}} - {{PHONE:435-555-0159}}
{{DATE:10/09/2023 16:35}}
Rx {{ID:RX-6620913}} PEG 3350/electrolytes (GoLYTELY) 4 L jug x1 + bisacodyl 5 mg #4 - for colonoscopy {{DATE:10/11}} at
{{FACILITY:Cache Valley Endoscopy}} (Dr. {{NAME:Hyrum Petersen}}).
Patient: {{NAME:Ivy Marchbanks}}, DOB {{DATE:6/2/1962}}. Picked up by pt's partner {{NAME:June Kowalczyk}} at drive-thru lane 2,
vehicle plate {{VEHICLE:C38 9LK}} (UT); ID checked - UT DL {{LICENSE:140228815}}.
Counseled (per pt's request, via partner + phone to pt {{PHONE:435-555-0183}}): refrigerate after mixing, drink 8 oz q10-15 min,
split dose 6 PM night before + 5 AM; stop 4 h before. Lemon Crystal Light OK, no red. Bisacodyl 2 tabs at 3 PM.
Copay $0 (ACA preventive), plan ID {{HEALTH_PLAN:SLV-9922180-01}}. Price override by RPh {{NAME:B. Tanaka}}.
Also OTC simethicone recommended.
{{NAME:Bryce Tanaka}}, PharmD`,
  `FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN
Name: {{NAME:Ezekiel Obi-Hartmann}}   D.O.B.: {{DATE:2/19/2015}}   Grade 3, {{FACILITY:Marigold Park Elementary}} rm 12
Photo: school file {{PHOTO:obi-hartmann_E_2024.jpg}}
Allergy to: PEANUT, TREE NUTS (cashew, pistachio). Also has EoE - avoids milk (not anaphylactic).
Weight: 31 kg.  Asthma: YES (higher risk for severe reaction).
FOR ANY OF THE FOLLOWING SEVERE SYMPTOMS -> INJECT EPINEPHRINE IMMEDIATELY, call 911:
  lungs: short of breath, wheeze; throat: tight, hoarse; skin: many hives; gut: repetitive vomiting
MILD (few hives, mild itch): give cetirizine 10 mg, stay with child, watch closely; epi if worsening.
Epinephrine: Auvi-Q 0.3 mg (lot and exp checked monthly by school nurse). Antihistamine: cetirizine 10 mg.
Self-carry: yes, 2nd device in nurse office.
EMERGENCY CONTACTS:
  mother {{NAME:Adaeze Obi}}  {{PHONE:(773) 555-0191}}
  father {{NAME:Lukas Hartmann}}  {{PHONE:(773) 555-0142}}   work: {{FACILITY:Lakeshore Rail Yard}}
  grandma {{NAME:Ngozi Obi}} ("{{NAME:Zizi}}") {{PHONE:773-555-0102}}
Physician: {{NAME:Rashida Fontaine-Kim}}, MD, {{FACILITY:Northside Allergy & GI}}  {{PHONE:773-555-0188}}
Parent signature: {{NAME:A. Obi}}   Date {{DATE:08/26/2024}}
Physician signature: {{NAME:R. Fontaine-Kim}}   Date {{DATE:08/22/2024}}
School nurse reviewed: {{NAME:D. Castellano}}, RN {{DATE:8/27}}`,

  `{{FACILITY:Meadowbrook Community Health Center}}
{{ADDRESS:1200 S. Vine Street}}, {{LOCATION:Urbana}} IL {{ZIP:61801}}

{{DATE:September 3, 2024}}

{{NAME:Rogelio Benavides}}
{{ADDRESS:507 W. Green St, Apt 2}}
{{LOCATION:Champaign}}, IL {{ZIP:61820}}

Dear Mr. {{NAME:Benavides}},

Our records show you are due for colorectal cancer screening. Your last screening was in 2019.
We mailed you a FIT (fecal immunochemical test) kit. Kit number: {{ID:FIT-KT-0092183}}.
Please collect one sample, fill in the collection date, and mail it back in the prepaid envelope within
2 weeks. You do not need to change your diet or medicines.

If you would prefer a colonoscopy instead, call {{FACILITY:Prairie Endoscopy Center}} at {{PHONE:217-555-0130}}.

Account number (for billing questions): {{ACCOUNT:MCH-448201937}}
Health plan on file: {{HEALTH_PLAN:ILM-229104471}}
Questions: call our outreach nurse {{NAME:Ofelia Reyes}} at {{PHONE:217-555-0171}} (habla espanol) or
email {{EMAIL:screening@meadowbrookchc.example}}.
Portal: {{URL:https://portal.meadowbrookchc.example/fit}}

Sincerely,
{{NAME:Daniel Kuebler}}, MD, Medical Director`,

  `EGD w/ dilation - EoE
{{FACILITY:Prairie State Gastroenterology}} / {{FACILITY:Rock Run ASC}} Rm B
{{DATE:Feb 5, 2024 07:55}}
Pt {{NAME:O'ROURKE, DESMOND P}}  MRN {{MRN:PSG-0041187}}  DOB {{DATE:12/09/1988}}
Endoscopist Dr. {{NAME:Halima Bashir-Coleman}}  RN {{NAME:Gwen Lach}}  anesthesia Dr {{NAME:Oduya}} (MAC)
Indication: EoE on dupilumab x 4 mo, still solid dysphagia; food impaction {{DATE:10/28/23}}.
Findings:
 - EREFS: E1 R1 Ex0 F1 S1 (total 4); rings, furrows, narrow caliber.
 - Through-the-scope balloon dilation 15-16.5-18 mm; mild mucosal tear (expected), no perforation.
 - Bx prox + distal esophagus x6 (jar 1, 2), stomach/duodenum nl.
No Schatzki ring, no hiatal hernia.
Plan: clear liquids 2 h then soft diet today; peak eos count f/u; EREFS down from 7.
Continue dupilumab; next EGD ~6 mo.
Pt employer {{FACILITY:Pinnacle Logistics}} - note faxed {{FAX:(815) 555-0199}} at pt request.
Wife {{NAME:Niamh}} waiting, driving home.
Path {{ID:PSG-S-24-0219}}`,

  `HEP C TREATMENT VISIT - {{FACILITY:Riverbend Community Clinic}} HCV program
{{DATE:5/13/24}}
Pt: {{NAME:Carl Jessup}} ("{{NAME:CJ}}"), 41M, MRN {{MRN:RB-778120}}
HCV genotype 3a, VL 2.4 million IU/mL {{DATE:4/15}}. FIB-4 1.1, FibroScan 6.2 kPa (F0-1). HBsAg neg, HBcAb neg.
HIV neg. Active injection drug use - last use 3 days ago, in SSP.
Tx: sofosbuvir/velpatasvir 400/100 daily x 12 wk (simplified algorithm).
Specialty pharmacy: {{FACILITY:Keystone Specialty Rx}}, copay card applied; Medicaid member {{HEALTH_PLAN:WV-1180443902}}.
Shipping to clinic (pt no stable address - stays at {{FACILITY:Kanawha Family Shelter}}, {{ADDRESS:611 Quarrier Alley}}).
Start date {{DATE:May 20th}}; weekly pill pickup w/ case mgr {{NAME:Tonya Lusk}}.
Pt ph (prepaid, changes) {{PHONE:304-555-0135}}; alt contact girlfriend {{NAME:Brandi}} {{PHONE:304-555-0116}}.
Counseled: reinfection risk, SVR12 check ~{{DATE:Sept 2024}}.
{{NAME:Nkechi Ojukwu}}, FNP-C`,

  `LIVING DONOR LIVER TRANSPLANT - DONOR EVALUATION (independent living donor advocate)
Date {{DATE:01/25/2024}}  {{FACILITY:Vanderbilt-Hayes Transplant Institute}}
Potential donor: {{NAME:Antoine Fonoti}}, 38M, DOB {{DATE:7/7/1985}}, donor MRN {{MRN:LD-20114}}
Recipient: brother {{NAME:Kalolaine}} ("{{NAME:Kali}}") {{NAME:Fonoti}}, listed {{DATE:11/2/23}}
Relationship: biological brother, close, talk daily. No coercion identified - met alone x45 min.
Employment: lineman, {{FACILITY:Red River Valley Electric Co-op}}; will need 8-12 wk off, employer supportive
(supervisor {{NAME:Wade Pruett}}). Lost-wage reimbursement via NLDAC discussed.
Lives in {{LOCATION:Clarksville}} w/ wife {{NAME:Seini}} and 3 kids (ages 4, 7, 11).
Medical: BMI 27, CT volumetry right lobe 58%, remnant 42%; no steatosis on MRI-PDFF (3%).
Insurance: UHC member {{HEALTH_PLAN:9928140023}} - donor costs billed to recipient's plan.
Pt understands 0.2-0.5% donor mortality, ~20% complication risk.
Cooling-off period explained; may withdraw any time, confidential reason ("medically unsuitable").
TN driver license {{LICENSE:118402773}} copied; SSN {{SSN:408-71-2290}} for UNOS LD registration.
ILDA: {{NAME:Patricia Wendt-Aguilar}}, MSW  {{PHONE:615-555-0146}}`,

  `INFUSION REACTION NOTE - {{FACILITY:Desert Valley Infusion Suite}}
{{DATE:03/19/2024}}   Chair 5
Pt: {{NAME:Abdirahman Warsame}}   MRN {{MRN:DV-0077291}}   DOB {{DATE:10/10/1993}}
Dx: Crohn's colitis. Vedolizumab 300 mg IV, infusion #3 (wk 6). Tolerated #1, #2.
0950 checked in by palm scan (template {{BIOMETRIC:PV-DV-220913}}).
1018 infusion started by {{NAME:Kaylee Brandvold}}, RN, 250 mL over 30 min.
1031 pt c/o chest tightness, flushing, itchy throat. BP 148/92, HR 122, SpO2 95%. No stridor, no wheeze.
1031 INFUSION STOPPED. NS open. Called Dr. {{NAME:Yevgenia Orlov}} to chair side 1033.
1034 diphenhydramine 50 mg IV, methylprednisolone 125 mg IV, famotidine 20 mg IV.
1050 sx resolved, BP 128/80, HR 90. Per MD - do not restart today.
Grade 2 infusion reaction (CTCAE). Adverse event report {{ID:AE-DV-24-0188}} filed; pharmacy notified.
Plan: Dr. {{NAME:Orlov}} to review - consider premeds + slow rate vs switch (ustekinumab / risankizumab).
Pt's brother {{NAME:Mahad}} picked up pt 1130, phone {{PHONE:702-555-0185}}.
Pt speaks Somali + English; declined interpreter.
{{NAME:K. Brandvold}}, RN / reviewed {{NAME:YO}}`,

  `DME ORDER - ENTERAL NUTRITION
Ordering: {{NAME:Hamid Rezaei}}, MD   NPI {{LICENSE:1427788301}}   {{FACILITY:Maricopa Valley Medical Center}} GI
Supplier: {{FACILITY:Saguaro Home Medical}}  fax {{FAX:480-555-0129}}
Date: {{DATE:7/2/2024}}
Patient: {{NAME:LOMELI, BEATRICE}}   DOB {{DATE:03/08/1932}}   {{AGE:92}} yo
Address: {{ADDRESS:10422 W. Saratoga Cir}}, {{LOCATION:Sun City}}, AZ {{ZIP:85351}}
Medicare MBI {{HEALTH_PLAN:2QW7-HN3-RT18}}   Secondary: AARP supp {{HEALTH_PLAN:AS-55120938}}
Dx: dysphagia R13.12, moderate protein-calorie malnutrition E44.0, hepatic encephalopathy K76.82
Tube: 18 Fr G-tube placed {{DATE:6/28/24}} (PEG by Dr. {{NAME:Sandhu}}).
Formula: Nepro w/ Carb Steady (renal/fluid restr) 1200 mL/d, 5 cans/d, 30 day supply (150 cans)
Method: pump - Kangaroo ePump, 50 mL/h x 24 h; pump serial {{DEVICE:KEP-0092215}} assigned at d/c
Supplies: 30 pump sets, 60 mL ENFit syringes x 30, split gauze.
Length of need: 99 (lifetime).
Contact: niece/HCPOA {{NAME:Carmen Villaseñor}}, {{PHONE:623-555-0153}}
Signed {{NAME:H. Rezaei}} {{DATE:07/02/2024 16:10}}`,

  `CONSULTA GI / GI clinic note - interpreter used
{{DATE:8/19/24}}  {{FACILITY:La Clínica del Valle}} GI day, rm 3
Interpreter: {{NAME:Rubén}} (video, ID {{ID:VRI-88012}})
Pt: Sra. {{NAME:María de los Ángeles Quispe Huamán}}, 47F, MRN {{MRN:LCV-0228810}}, born {{LOCATION:Cusco}},
in US since 2009.
CC: epigastric pain x 6 mo, "ardor", worse with fasting, early satiety, 3 kg wt loss.
Meds: ibuprofen 400-800 most days for back pain (works at {{FACILITY:Sunnyslope Packing}}, lifts boxes), OTC omeprazole prn.
FHx: mother - gastric ca at 60 in Peru.
Exam: epigastric TTP, no mass. Hgb 10.9, MCV 74.
H. pylori stool Ag POSITIVE {{DATE:8/2}}.
A/P:
 1. Dyspepsia w/ alarm features (FHx gastric ca, IDA, wt loss) -> EGD w/ bx, scheduled {{DATE:9/4}} at
    {{FACILITY:Valley Endoscopy Center}}. Prep instr in Spanish given.
 2. H. pylori: bismuth quadruple x14d after EGD; test of cure 4 wk after.
 3. Stop ibuprofen; acetaminophen ok.
Daughter {{NAME:Yesenia}} (cell {{PHONE:559-555-0168}}) will drive.
{{NAME:Tomás Echeverría-Lund}}, MD`,

  `POST-LIVER TRANSPLANT CLINIC
{{DATE:12/12/2023}}  {{FACILITY:Vanderbilt-Hayes Transplant Institute}} Hepatology, Suite 4400
{{NAME:Baptiste, Teresa A.}}  MRN {{MRN:LT-558210}}  POD 21 (DDLT {{DATE:11/21/2023}})
S: feels "better than in years". Appetite good. Incision healing. No fever.
Meds: tacrolimus 3 mg BID, MMF 1000 BID, prednisone 15 (taper), valganciclovir 450 daily, TMP-SMX SS daily,
nystatin, pantoprazole.
Labs today: tac trough 9.2 (goal 8-10), Cr 1.3 (1.1 last wk), K 5.1, Mg 1.4, WBC 4.1, ALT 31, AST 28, ALP 140,
Tbili 0.9. CMV PCR neg.
Doppler {{DATE:12/1}}: patent HA (RI 0.64), PV, HV.
A/P:
 - tac unchanged; Mg oxide 400 BID
 - pred to 10 mg {{DATE:12/19}}
 - drain removed today by {{NAME:Shay Becker}}, RN coordinator
 - labs twice weekly at {{FACILITY:Acadiana Outpatient Lab}} (pt back home {{DATE:12/15}}), results to {{FAX:615-555-0164}}
 - sister {{NAME:Josette}} stays with her until {{DATE:Jan 5}}
Next: {{DATE:12/26}}. {{NAME:Ileana Voicu}}, MD`,

  `GASTRIC ELECTRICAL STIMULATOR INTERROGATION
{{FACILITY:Lakeshore GI Motility Lab}} - {{DATE:4/30/2024}}
Pt: {{NAME:ORTEGA-BLANCO, XIMENA}}  MRN {{MRN:LS-0733821}}
Device: Enterra II neurostimulator, model 37800, serial {{DEVICE:NKH601938S}}; leads 4351 x2
Implanted {{DATE:01/22/2024}} by Dr. {{NAME:Kowalewski}} at {{FACILITY:Evanston Lakeside Hospital}} (refractory idiopathic gastroparesis,
GET 26 h on SmartPill).
Interrogation: battery OK (est 6+ yr), impedance 540 ohm (nl 200-800), amplitude 5.0 V, freq 14 Hz,
pulse width 330 usec, cycle ON 0.1 s / OFF 5.0 s.
Symptoms: GCSI 3.9 -> 2.4. Vomiting 2x/wk (was daily). Wt up 1.8 kg.
Change: amplitude 5.0 -> 5.5 V. Pt tolerated; no shocks, no abd wall stimulation.
Device ID card updated, MRI conditional info reviewed.
Next check 3 mo ({{DATE:7/30}}) or sooner prn.
Pt contact {{PHONE:847-555-0124}}; mother {{NAME:Pilar}} {{PHONE:847-555-0125}}.
Programmer tablet: clinic unit, no pt data stored after session.
{{NAME:Anjali Swaminathan}}, MD / {{NAME:DeShawn Pratt}}, tech`,
  `TELEHEALTH VISIT - GI follow-up (video)
Date/time: {{DATE:2024-03-11 15:30}}   Platform link: {{URL:https://video.cascadiagi.example/join/8841-2203}}
Provider: {{NAME:Wen-Li Ashworth}}, MD ({{FACILITY:Cascadia Gastroenterology}}, {{LOCATION:Tacoma}})
Patient: {{NAME:Jonah Blackfeather}}   DOB {{DATE:4/22/1977}}   MRN {{MRN:CG-3390217}}
Pt location at time of visit: home, {{ADDRESS:2819 S. 56th St}}, {{LOCATION:Tacoma}} {{ZIP:98409}} (verified). Session IP {{IP:203.0.113.88}}.
Consent for telehealth: verbal, documented.
S: f/u IBS-D (Rome IV). On low-FODMAP diet since {{DATE:1/8}} visit w/ RD {{NAME:Solveig}}; BMs down from 5 to 2/d.
Still bloating after lunch at work ({{FACILITY:Commencement Bay Freight}} - shift work). Celiac serology neg, TSH nl,
calprotectin 22, colonoscopy 2022 nl w/ random bx (no microscopic colitis).
A/P: IBS-D improving. Start reintroduction phase (lactose first). Rifaximin 550 TID x14d if bloating persists.
Dicyclomine 10 mg prn cramps. Work note for restroom breaks - sent to HR portal.
RTC video 3 mo. Pt email for AVS: {{EMAIL:jblackfeather77@examplemail.com}}
Total time 22 min.
{{NAME:W. Ashworth}}, MD  {{DATE:03/11/2024 15:58}}`,

  `LACTULOSE HYDROGEN/METHANE BREATH TEST
{{FACILITY:Cascadia Gastroenterology}} GI function lab
Patient {{NAME:Lindahl, Marguerite}} ("{{NAME:Peggy}}")  DOB {{DATE:08/30/1966}}  MRN {{MRN:CG-3301554}}
Test date {{DATE:04.02.2024}}  Requisition {{ID:BT-24-03318}}  Ordered by Dr. {{NAME:Ashworth}}
Prep verified: no abx x4 wk, no PPI x1 wk (pt confirmed), low-residue dinner, 12 h fast.
Substrate: lactulose 10 g.
time(min)  H2(ppm)  CH4(ppm)
 0          4        2
 20         6        3
 40         9        3
 60         28       4
 80         41       5
 100        52       4
 120        60       4
 180        72       3
Interpretation: rise of H2 >=20 ppm above baseline by 90 min (24 ppm at 60 min) -> positive for
hydrogen-predominant SIBO per North American consensus. Methane not elevated (<10 ppm).
Symptoms during test: bloating at 60-100 min.
Technologist {{NAME:Hollis Bergström}}. Read by {{NAME:Wen-Li Ashworth}}, MD {{DATE:4/3/24}}.
Copy to PCP {{NAME:Gretchen Paulsen}}, ARNP, fax {{FAX:253-555-0177}}.`,

  `FECAL MICROBIOTA TRANSPLANT (colonoscopic) - procedure note
{{DATE:October 4, 2023}}  {{FACILITY:Eastside Endoscopy Center}} rm 2
Pt: {{NAME:Pettersen, Ruth}}  {{AGE:90}} F  MRN {{MRN:EEC-118802}}  DOB {{DATE:10/01/1933}}
Indication: 3rd recurrence C. difficile (episodes {{DATE:5/2023}}, {{DATE:7/2023}}, {{DATE:9/2023}}), failed vanco taper
and fidaxomicin. Bezlotoxumab not available.
Donor material: stool bank product, screened per FDA guidance (unit info in pharmacy record).
Prep: 2 L PEG. Bowel prep BBPS 2-2-3. Vanco stopped 48 h prior.
Procedure: 250 mL suspension delivered to cecum/TI via colonoscope working channel. Mild pancolonic erythema.
Post: loperamide 2 mg x1, lie L side 1 h. Tolerated.
Pt lives at {{FACILITY:Saguaro Springs Senior Living}}, apt 214; staff RN {{NAME:Alma}} updated by phone {{PHONE:520-555-0133}}.
Grandson {{NAME:Nils Pettersen}} (POA) present, signed consent.
Plan: avoid abx 8 wk if possible; call if >3 loose BMs/24 h; nurse check-in call {{DATE:10/11}} and {{DATE:11/1}}.
Endoscopist: Dr. {{NAME:Sandeep Kaur-Mehta}}.  RN: {{NAME:Lorena Vidal}}.`,

  `NUTRITION SUPPORT TEAM ROUNDS - {{DATE:Mon 1/8/24}}   {{FACILITY:Good Shepherd Medical Center}}
Team: Dr {{NAME:Achebe}} (MD), {{NAME:Hyun-woo Park}} RD, {{NAME:Lise Aubert}} PharmD, {{NAME:Tom}} (RN, lines)
pt / loc                      access            regimen                         issue / plan
{{NAME:Zamora, E}} 6N-614B            NJ 12Fr           Peptamen 1.5 @55 goal           tol; adv to oral trial
{{NAME:Gutierrez-Moss, L}} ICU-4      PICC dbl          PN 1.8 L, dex 200 g, AA 110     TG 410 -> hold ILE x 48 h
{{NAME:Fairweather, Colin}} 5W-508    PEG 20Fr          Jevity 1.5 5 cans bolus         d/c {{DATE:1/10}} to {{FACILITY:Hillcrest SNF}}
{{NAME:Mbeki, Thandiwe}} 7E-712       none              PO + ONS (Ensure Plus TID)      refeeding: Phos 1.6 -> IV K-Phos 30 mmol
{{NAME:Oduya, Peter}} 4W-411          NGT               Osmolite 1.2 @40                pulled NGT x2 - bridle? d/w son {{NAME:Femi}}
New consults: {{NAME:Kerr, Annabel}} (CF, FEV1 38%) - eval for G-tube; {{NAME:Villanueva}} - PN for chylous ascites.
Pager {{PHONE:4412}}. Next rounds {{DATE:1/10}}.`,

  `BARIATRIC NUTRITION - post-op visit (6 mo)
{{FACILITY:Summit Bariatric & Metabolic Center}}   {{DATE:05/02/2024}}
Pt {{NAME:Shanice Dupree-Williams}}   MRN {{MRN:SBM-44918}}   DOB {{DATE:1/25/1989}}
Surgery: laparoscopic sleeve gastrectomy {{DATE:11/06/2023}}, Dr. {{NAME:Papadakis}}.
Wt: pre-op 131.5 kg, today 103.2 kg (%EWL 47). BMI 37.0.
Intake: 3 meals + 2 snacks, ~70 g protein/d (goal 60-80), 48-56 oz fluid. Mild reflux after dinner - PPI daily.
Supplements: bariatric MVI chewable BID, calcium citrate 1200 mg (split), B12 500 mcg SL, vit D 3000 IU.
Labs {{DATE:4/24}}: ferritin 19, vit D 31, B12 480, thiamine nl, Hgb 11.6.
Plan: add iron 45-60 mg elemental (separate from Ca by 2 h), food journal app, walk 30 min 5x/wk.
Pt works nights at {{FACILITY:Bayou Regional Medical Center}} (CNA) - meal timing plan given.
Support group 2nd Tue monthly, {{LOCATION:Houma}} location.
Next visit {{DATE:8/1}} (9 mo). Questions: {{EMAIL:nutrition@summitbariatric.example}}
{{NAME:Carrie-Anne Boudreaux}}, MS, RDN, LDN`,

  `{{DATE:January 16, 2024}}

{{NAME:Kessler, Dana}}
Human Resources, {{FACILITY:Tri-County Transit Authority}}
{{ADDRESS:55 Depot Street}}, {{LOCATION:Burlington}}, VT {{ZIP:05401}}

RE: {{NAME:Mateo Ferraro-Nunes}}   DOB {{DATE:04/03/1992}}

Dear Ms. {{NAME:Kessler}},

{{NAME:Mateo}} is a patient of mine with ulcerative colitis. During flares he may have urgent, frequent bowel
movements with little warning. He has been in clinical remission on vedolizumab since fall 2023, and he is
safe to work as a bus operator. To allow him to keep working, I ask that:
  - his route schedules include a restroom stop at least every 90 minutes (e.g., {{FACILITY:Cherry St Transit Center}})
  - he be allowed intermittent FMLA leave for flares and for infusions every 8 weeks
  - his medical information be kept confidential
This request is valid for 12 months.

Sincerely,

{{NAME:Ingeborg Stavig}}, MD
{{FACILITY:Green Mountain Digestive Health}}
{{ADDRESS:1 Mill Pond Rd, Ste 12}}, {{LOCATION:Colchester}} VT {{ZIP:05446}}
P {{PHONE:802-555-0127}}   F {{FAX:802-555-0128}}`,

  `HEPATOLOGY CONSULT - ACUTE LIVER FAILURE
{{DATE:9/2/2023 0340}}  {{FACILITY:Brunswick Shoals Medical Center}} ED -> MICU
Pt: {{NAME:Skyler Ambrose-Tate}}, 19F, DOB {{DATE:6/17/2004}}, MRN {{MRN:CCM-9120485}}
Hx per roommate {{NAME:Jordyn}}: took ~40 tabs Tylenol ES (500 mg) + wine over ~2 days after breakup ("not trying to die").
Student at {{FACILITY:Cape Fear State University}}, lives {{ADDRESS:801 College Rd, Dorm Hall 4 Rm 311}}.
APAP level 38 (time unknown), ALT 6,420, AST 8,110, INR 3.9, lactate 4.1, Cr 2.2, pH 7.28, NH3 140. Grade 2 HE.
King's College criteria: not yet met (pH >7.3 after fluids?) - trending.
NAC 21 h protocol started 0105 - continue beyond 21 h until INR <2 and ALT falling.
PLAN: TRANSFER to transplant center - spoke w/ Dr. {{NAME:Ibironke Adeola}}, {{FACILITY:Triangle Liver & Transplant Center}} transplant
hepatology 0320, ACCEPTED; transfer ref {{ID:DRX-0902-114}}; transport {{FACILITY:Tidewater AirCare}} rotor ETA 0430.
Mom {{NAME:Renee Ambrose}} notified 0335, {{PHONE:910-555-0103}}, driving from {{LOCATION:Wilmington}}.
Psych consult once stable. 1:1 sitter.
{{NAME:Farhad Nikpour}}, MD, GI/Hepatology on call`,

  `EVENT / INCIDENT REPORT - ENDOSCOPY
Report # {{ID:IR-2024-00417}}   Unit: {{FACILITY:Harbor Ridge Endoscopy Center}}, Room 3
Event date/time: {{DATE:06/14/2024 10:52}}   Reported by: {{NAME:Deb Kowalczyk}}, RN
Patient: {{NAME:Yoshida, Kenji}}   MRN {{MRN:HR0451102}}   DOB {{DATE:3/30/1948}}
Type: specimen labeling error (near miss).
Description: During colonoscopy (Dr. {{NAME:Venkataraman}}), polyp jar labeled "A" was pre-labeled with prior pt's
sticker ({{NAME:Alvarez, R}}). Caught by tech {{NAME:Marcus Bell}} during two-identifier check before sending.
Jar relabeled at bedside, witnessed by {{NAME:Sandra Oyelaran-Price}}, RN. Pathology ({{FACILITY:Cascade Pathology Associates}}) notified; no
mislabeled specimen reached lab. Accession {{ID:CPA-24-077310}} correct.
Harm: none. Pt not informed (near miss per policy).
Contributing factors: labels printed in batch for both rooms; printer in Rm 3 down (asset tag 3319).
Action: label-at-bedside only; printer replaced {{DATE:6/15}}.
Manager review: {{NAME:Lorraine Whitsett}}, BSN, Endoscopy Nurse Manager {{DATE:6/17/24}}`,

  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Midwest Liver Pathology Consultants}} - {{ADDRESS:2600 Euclid Ave, Suite 800}}, {{LOCATION:Cleveland}} OH {{ZIP:44115}}
Accession: {{ID:MLP-24-00612}}     Received: {{DATE:02/08/2024}}     Reported: {{DATE:02/12/2024}}
Patient: {{NAME:ADEBISI-GRANT, OYINLOLA}}   DOB {{DATE:11/19/1982}}   Sex F   MRN {{MRN:GLH-512209}}
Submitting: {{NAME:R. Golebiowska}}, MD, {{FACILITY:Great Lakes Hepatology}}
Specimen: liver, needle core x2 (2.2, 1.8 cm; 14 portal tracts).
DIAGNOSIS:
  Chronic hepatitis with moderate interface activity and plasma cell-rich portal infiltrate,
  emperipolesis and hepatocyte rosettes, consistent with AUTOIMMUNE HEPATITIS (see comment).
  Fibrosis: portal-periportal with rare septa (Ishak 3/6; METAVIR F2).
  Steatosis <5%. No ballooning. Iron stain negative. PAS-D: no globules (A1AT).
COMMENT: Simplified AIH score with ANA 1:640 and IgG >1.1x ULN = 8 (definite AIH).
Findings discussed with Dr. {{NAME:Gołębiowska}} by phone {{DATE:2/12/24 14:20}}.
Pathologist: {{NAME:Theodora Vance-Okoye}}, MD  (electronically signed)
CPT 88307, 88313 x2, 88342. Billing acct {{ACCOUNT:MLP-BA-220198}}`,

  `SPECIALTY PHARMACY - CLINICAL CALL
{{FACILITY:Meridian Specialty Pharmacy}}   {{DATE:02/01/2024 11:15}}
Pt: {{NAME:Farida Qureshi}}   DOB {{DATE:11/05/1989}}   Rx {{ID:MSP-5520918}}   Member {{HEALTH_PLAN:EPX110294437}}
Drug: adalimumab-aaty 40 mg/0.4 mL pen, q14 days. Shipment #7.
Delivery: UPS to {{ADDRESS:39-12 48th Street, Apt 5F}}, {{LOCATION:Sunnyside}}, NY {{ZIP:11104}}, signature req'd, cold pack.
Pt reports: 1 missed dose ({{DATE:1/14}}) - traveling to {{LOCATION:Lahore}} for cousin's wedding; pens stayed in fridge.
Injection site reaction mild (see GI RN note {{DATE:1/23}}). No infections.
Next dose due {{DATE:2/11}}; refill ships {{DATE:2/6}}, arrives {{DATE:2/7}}.
Copay card: $5/fill. Card ID {{ACCOUNT:CPC-88120944}}.
Counseled on travel letter for pens on planes - template emailed to {{EMAIL:farida.q@examplemail.com}}.
Prescriber Dr. {{NAME:Kenji Ueda}} - NPI {{LICENSE:1760392218}}.
{{NAME:Lamar Pettiford}}, PharmD   direct {{PHONE:866-555-0149}} x{{PHONE:3102}}`,
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient name: {{NAME:Halvorsen, Gunnar Olav}}       Date of birth: {{DATE:02-27-1932}}
SSN: {{SSN:389-52-4471}}              MRN: {{MRN:00728815}}
Address: {{ADDRESS:W224 N3110 Duplainville Rd}}, {{LOCATION:Pewaukee}} WI {{ZIP:53072}}
Phone: {{PHONE:262-555-0106}}
I authorize: {{FACILITY:St. Brendan's Digestive Health Unit}} / HIM dept
to release to: {{NAME:Ingrid Halvorsen-Moe}} (daughter), {{ADDRESS:1450 Prospect Ave #9}}, {{LOCATION:Milwaukee}} {{ZIP:53202}},
  email {{EMAIL:ingrid.hmoe@examplemail.com}}
Information: EGD report {{DATE:1/9/24}}, pathology {{ID:SB24-S-00391}}, GI clinic notes {{DATE:1/22/24}} and {{DATE:3/4/24}}.
Purpose: continuity of care / family.
Expires: {{DATE:01/31/2025}}.
[x] I understand I may revoke this in writing.
Signature: {{NAME:Gunnar O. Halvorsen}} (signed w/ X, witnessed)   Date {{DATE:2/2/24}}
Witness: {{NAME:Pamela Struck}}, HIM   Request # {{ID:ROI-24-01177}}
Fulfilled {{DATE:2/6/24}} via secure email - {{NAME:PS}}`,

  `BILLING - PATIENT ACCOUNT NOTE
{{DATE:08/22/2024 09:40}}  call in from pt
Pt {{NAME:Gloria Whitehorse}}  Guarantor {{NAME:Raymond Whitehorse}}  Acct {{ACCOUNT:EEC-000418-2291}}
Claim {{ACCOUNT:CLM-24-3318920}}, DOS {{DATE:03/18/2024}} (screening colonoscopy -> polypectomy, billed 45385 + modifier).
Pt got bill for $612.40 coinsurance; believes screening colonoscopy should be $0.
Reviewed: plan {{HEALTH_PLAN:AZB-7720114-01}} (Blue Cross AZ). Claim coded w/o PT modifier + Z12.11 primary - coder error.
Action: corrected claim w/ PT modifier, Z12.11 first, K63.5 second; resubmitted {{DATE:8/22}}, ref {{ID:RSB-99120}}.
Hold on statements 60 days. Pt ok with this.
Pt also asked to update address to {{ADDRESS:9081 E. Placita del Sol}}, {{LOCATION:Tucson}} {{ZIP:85715}} - updated; phone same
{{PHONE:520-555-0166}}.
Anesthesia bill separate ({{FACILITY:Catalina Anesthesia Group}}, {{PHONE:520-555-0175}}) - advised pt to call them w/ same info.
{{NAME:Yvette Moreno-Pike}}, patient accounts rep  x{{PHONE:2287}}`,

  `GI ACCEPT NOTE - outside transfer
{{DATE:11/18/2023 02:05}}  MICU bed 8, {{FACILITY:Mon Valley University Hospital}}
Pt: {{NAME:Delbert Ray Perry}}  58M  MRN {{MRN:MVU-2290318}}  transfer ref {{ID:TC-23-29914}} from {{FACILITY:Coal Creek Hospital}} ({{LOCATION:Logan}}, WV)
HPI: EtOH cirrhosis (dx 2021, no f/u), 2 large hematemeses ~2100 at home in {{LOCATION:Man}}, WV; wife {{NAME:Loretta}} called 911.
Outside: Hgb 6.1, 3u PRBC, octreotide + ceftriaxone started, intubated 0100 for airway protection.
Here: HR 104, MAP 68 on norepi 4, Hgb 7.4, INR 2.1, plt 48, Tbili 4.4, Cr 1.6. MELD 28. Child-Pugh C12.
Plan:
 - EGD emergent now in MICU - large esophageal varices w/ stigmata expected; EVL; if fails -> Minnesota tube + IR for
   rescue TIPS (Dr. {{NAME:Okonkwo}} on call, aware)
 - transfuse to Hgb 7-8, no FFP for INR
 - ceftriaxone 1 g daily x7d, octreotide 50 mcg/h x 2-5 d, PPI post-EVL
 - CIWA not applicable while intubated; thiamine
Family: wife {{NAME:Loretta Perry}} en route, cell {{PHONE:304-555-0184}}; daughter {{NAME:Kayla}} in {{LOCATION:Charleston}}.
{{NAME:Wanjiru Mwangi}}, MD, GI fellow / attending Dr. {{NAME:Ferrante}}`,

  `{{FACILITY:Red River Liver Institute}}
{{ADDRESS:6001 N. Classen Blvd, Suite 220}}, {{LOCATION:Oklahoma City}} OK {{ZIP:73118}}

{{DATE:November 2, 2023}}

Dr. {{NAME:Carl Ledbetter}}
{{FACILITY:Cedar Bluff Gastroenterology & Hepatology}}

Re: {{NAME:Travis L. Washburn}}, DOB {{DATE:03/03/1985}}, our MRN {{MRN:RRLI-10442}}

Dear {{NAME:Carl}},

Thank you for referring Mr. {{NAME:Washburn}}, whom I saw {{DATE:10/19/23}} and again {{DATE:10/31/23}}. His acute hepatitis
(peak ALT 1,880, Tbili 9.2) is improving: ALT 212, Tbili 2.8 on {{DATE:10/30}}. Ceruloplasmin 24 (normal) and
24 h urine copper 38 mcg, so Wilson disease is unlikely. HEV IgM came back POSITIVE - he recalls undercooked
pork at a hunting camp near {{LOCATION:Broken Bow}} around {{DATE:9/24}}. Hemochromatosis genotype wt/wt;
high ferritin likely acute phase.
He did not need liver biopsy. INR peaked 1.5; no encephalopathy, so never ALF.
Plan: LFTs q2 wk until normal; avoid alcohol 3 mo. No f/u with us needed if normalized by {{DATE:Jan 2024}}.
Best regards,

{{NAME:Lenora Quintana-Bly}}, MD, FAASLD
cc: patient ({{EMAIL:twashburn85@examplemail.com}})`,

  `PEDS NUTRITION - celiac new dx education
{{FACILITY:Lakeview Pediatric Gastroenterology}}   {{DATE:3/28/23}}
Pt: {{NAME:Amelia Thornbury}} 6y F, MRN {{MRN:LPG-0219334}}. EGD {{DATE:3/14/23}} (Dr. {{NAME:Haddad}}): Marsh 3a.
Present: mom {{NAME:Jessica}} ("{{NAME:Jess}}"), dad {{NAME:Kevin}}, little brother {{NAME:Owen}} (3, not screened yet).
Anthro: wt 19.1 kg (22nd %ile), ht 114 cm (35th), BMI-for-age 20th.
Diet hx: lots of wheat - cereal, sandwiches, pasta, goldfish crackers; milk 16 oz/d.
Education (60 min):
 - gluten sources, reading labels, "may contain" statements, oats (certified GF only)
 - cross-contact at home: separate toaster, butter, colander; clean counters
 - eating out; school lunch (letter for {{FACILITY:Huron Meadows Elementary School}} to follow from MD)
 - GF whole grains: quinoa, rice, corn, buckwheat, certified GF oats
 - calcium/iron/fiber & B-vitamin adequacy
Handouts + apps. Local support group: {{FACILITY:Ann Arbor Celiac Families}} (meets at library).
Recommend screening tTG for Owen and both parents.
F/u RD w/ repeat tTG in 6 mo ({{DATE:Sept 2023}}).
{{NAME:Beth Nakashima-Ruiz}}, RD, CSP`,

  `HOSPICE REFERRAL - end-stage liver disease
Date {{DATE:06/29/24}}  From: {{FACILITY:Maricopa Valley Medical Center}} palliative care
To: {{FACILITY:Desert Rose Hospice}} intake, fax {{FAX:602-555-0196}}, ph {{PHONE:602-555-0197}}
Pt: {{NAME:Beatrice Lomeli}}, {{AGE:92}}F, DOB {{DATE:03/08/1932}}, MRN {{MRN:MV-8820014}}
Medicare {{HEALTH_PLAN:2QW7-HN3-RT18}}
Dx: decompensated NASH cirrhosis (K75.81, K72.90), MELD-Na 22, Child-Pugh C10, recurrent HE, hyponatremia, FTT.
PPS 40%. Not a TIPS or transplant candidate.
Goals (per pt in lucid interval + HCPOA niece {{NAME:Carmen Villaseñor}}): comfort-focused, home with hospice,
no rehospitalization; DNR/DNI - POLST completed {{DATE:6/28}}.
Symptoms: confusion (lactulose/rifaximin - continue for comfort), abd distension (para PRN - hospice may arrange),
poor intake - hand feeding as tolerated; G-tube placed {{DATE:6/28}} - family now considering removal.
Home: {{ADDRESS:10422 W Saratoga Circle}}, {{LOCATION:Sun City}} {{ZIP:85351}}; niece and a paid caregiver ({{NAME:Luz}}) daytime.
Attending of record post d/c: PCP Dr. {{NAME:Ana Whitacre}}, {{PHONE:623-555-0111}}.
Referral by: {{NAME:Simone Achterberg}}, MD, palliative medicine  {{DATE:6/29/2024 14:22}}`,

  `PEG PLACEMENT - procedure note
{{FACILITY:Good Shepherd Medical Center}} GI Lab Rm 2   {{DATE:2/28/2024 08:40}}
Pt: {{NAME:WOJCIK, TADEUSZ}}  {{AGE:93}}M  DOB {{DATE:01/05/1931}}  MRN {{MRN:GS2051177}}
Endoscopist: {{NAME:Harjit Sandhu}}, MD. RN {{NAME:Lina Tran}}. MAC - CRNA {{NAME:Bo Lindgren}}.
Indication: post-stroke dysphagia (L MCA {{DATE:2/9}}), failed SLP swallow x2, FEES severe aspiration.
Goals of care discussed w/ daughter {{NAME:Hanna Wójcik-Baker}} (POA) {{DATE:2/26}} + palliative - pt had expressed wish for
tube feeding if needed (advance directive 2019). Consent signed by POA.
Abx: cefazolin 2 g IV.
Technique: pull method. Good transillumination + 1:1 finger indentation LUQ. 20 Fr PEG, internal bumper
snug, external bolster at 3.5 cm. EBL minimal. Esophagus: LA grade A esophagitis. No Zenker.
Plan: flush 30 mL water at 4 h; start Jevity 1.2 at 6 h per RD; check site daily; bumper 3.5 cm.
Bed 5W-512. Daughter updated by phone {{PHONE:(715) 555-0131}} 09:30. Pt from {{LOCATION:Kraków}}, speaks Polish - nephew
{{NAME:Paweł}} interprets when visiting.
{{NAME:H. Sandhu}} MD  {{DATE:02/28/2024 09:41}}`,

  `INTESTINAL REHAB / SHORT BOWEL CLINIC
{{DATE:06-17-2025}}   {{FACILITY:University of the Rockies Intestinal Rehabilitation Program}}
{{NAME:Corinne Whitfield}} 50F   MRN {{MRN:UR-7711902}}   HPN since {{DATE:Sept 2024}}
SBS: ~90 cm SB, end jejunostomy, colon not in continuity (type 1). Mesenteric ischemia 2024.
PN: 2.1 L x 7 nights (via {{FACILITY:Front Range Home Infusion}}). Ostomy out 1.6 L/d.
GLP-2: teduglutide 0.05 mg/kg SC daily started {{DATE:3/1/25}}, pt injecting herself. Colonoscopy n/a (no colon).
EGD {{DATE:2/20/25}}: no polyps.
Now: ostomy output down to 1.1 L/d, UOP 1.5 L, wt 61 kg (stable).
Plan: reduce PN to 6 nights/wk (off Sun), ILE to 2x/wk; recheck labs 2 wk.
Discussed possible bowel restoration - not candidate.
Social: husband {{NAME:Dale}} works nights; pt independent w/ pump.
RD: {{NAME:Tamsin Holloway}}, RD, CNSC. MD: {{NAME:Hollis Kerrigan}}.`,

  `COLONOSCOPY RECALL - batch letter log (machine export)
RUN {{DATE:2024-09-01 02:00}} | SOURCE ENDOPRO v6 | FACILITY {{FACILITY:HARBOR RIDGE ENDOSCOPY CENTER}}
LINE|PT_NAME                 |DOB       |MRN       |LAST_PROC |INTERVAL|DUE     |ADDRESS
001 |{{NAME:OKAFOR CHIDINMA A}}       |{{DATE:04/17/1961}}|{{MRN:HR0447193}} |{{DATE:11/02/2023}}|3Y      |{{DATE:11/2026}} |{{ADDRESS:17 ORCHARD WAY}} {{LOCATION:MIDDLETON}} WI {{ZIP:53562}}
002 |{{NAME:YOSHIDA KENJI}}           |{{DATE:03/30/1948}}|{{MRN:HR0451102}} |{{DATE:06/14/2024}}|N/A     |--      |age >75, no recall - MD review
003 |{{NAME:GARCIA-LEVY NOA}}         |{{DATE:12/02/1979}}|{{MRN:HR0399812}} |{{DATE:09/10/2014}}|10Y     |{{DATE:09/2024}} |{{ADDRESS:PO BOX 2210}} {{LOCATION:VERONA}} WI {{ZIP:53593}}
004 |{{NAME:MBATHA SIPHO}}            |{{DATE:07/07/1966}}|{{MRN:HR0420017}} |{{DATE:08/21/2019}}|5Y      |{{DATE:08/2024}} |{{ADDRESS:2201 ATWOOD AVE APT 3R}} {{LOCATION:MADISON}} WI {{ZIP:53704}}
STATUS: 3 LETTERS QUEUED, 1 SUPPRESSED. SIGNER {{NAME:P VENKATARAMAN}} MD. JOB ID {{ID:RCL-0901-552}}`,

  `LVP CLINIC SCHEDULE - wk of {{DATE:Mon 8/21/2023}} - {{FACILITY:Riverside IR Suite}}
slot   pt                         MRN        ride / phone                          notes
Mon 9  {{NAME:Cole, Randall}}              {{MRN:2291107}}    self                                   q10d, Cr 1.4
Mon 11 {{NAME:Sánchez Ibarra, Rosa}}       {{MRN:2288840}}    son {{NAME:Julio}} {{PHONE:870-555-0147}}             interp Spanish ({{NAME:Maricela}})
Tue 9  {{NAME:Threadgill, Opal}}           {{MRN:2279913}}    {{FACILITY:Delta Rides}} van                          {{AGE:95}}yo, hospice consult pending
Wed 10 "{{NAME:Smitty}}" {{NAME:Smith, W.}} {{MRN:2290077}}    brother                                TIPS eval {{DATE:8/30}}
Fri 13 {{NAME:Mercer, Dwayne}}             {{MRN:2290415}}    cousin {{NAME:Terrell}} {{PHONE:870-555-0134}}           albumin 50 g
Fri 15 {{NAME:Ngata, Hemi}}                {{MRN:2292236}}    wife {{NAME:Aroha}} {{PHONE:870-555-0190}}             1st visit, from {{LOCATION:Rotorua}}, diag tap too
PA: {{NAME:Sione}} (Mon-Wed), Dr {{NAME:Faleolo}} (Thu-Fri). Albumin stock checked {{DATE:8/18}} - {{NAME:JKL}}.`,
  `TRANSPLANT COORDINATOR - ON-CALL LOG (liver)
{{DATE:Sat 3/9/2024}}
0112 organ offer via DonorNet, match run {{ID:MR-240309-0044}}, DBD donor 34M, {{LOCATION:Knoxville}} OPO. Pt #2 on list:
     {{NAME:FONOTI, Kalolaine}} ("{{NAME:Kali}}") MRN {{MRN:LT-561877}}, MELD exception 28, ABO A.
0120 paged surgeon Dr. {{NAME:Pruitt}} {{PHONE:615-555-0163}} - reviewed donor: bx 10% macro, DCD no. ACCEPT provisionally.
0135 called pt home {{PHONE:931-555-0176}} no answer; cell {{PHONE:931-555-0122}} - wife {{NAME:Mele}} answered, pt on way.
     Instructed NPO, come to {{FACILITY:Vanderbilt-Hayes Transplant Institute}} ED by 0500. Drive from {{LOCATION:Clarksville}} ~1h.
0150 notified living donor team - {{NAME:Antoine}} (brother, potential LD) - LD eval on hold pending.
0210 admitting orders to 8N, labs/CXR/EKG; anesthesia Dr. {{NAME:Lindahl}} aware
0430 pt arrived w/ wife + brother; vehicle left in garage P3, plate {{VEHICLE:4K9-22R}} (TN) - valet ticket given.
0615 donor OR time 0900; recipient to OR ~1130.
1140 cross-clamp 0945 confirmed; pt to OR 1150.
{{NAME:Shay Becker}}, RN, CCTC`,

  `IBD NURSE LINE - VOICEMAIL TRANSCRIPTS (auto) - {{DATE:Mon 10/14/24}}
[1] 0712 from {{PHONE:507-555-0114}}: "Hi this is {{NAME:Haley Lindgren}} birthday {{DATE:2-14-01}}, my Stelara shot is due Friday
and the pharmacy says the auth expired, can someone call me back? thanks."
  -> {{NAME:LM}} called back 0905, new auth {{ID:PA-24-0108872}} submitted; pharmacy {{FACILITY:Meridian Specialty Pharmacy}} notified
[2] 0748 from {{PHONE:507-555-0198}}: "yeah it's {{NAME:Dennis Ostrander}}, uh, I had the infusion Thursday and now I have a
rash on my arms, Dr. {{NAME:Greer}}'s patient."
  -> per Dr. {{NAME:Greer}}: pt sent 2 photos of rash via portal - urticarial, cetirizine, premed next time
[3] 0830 from {{PHONE:612-555-0155}}: "Hello, I am calling for my son {{NAME:Abdi}}, {{NAME:Abdirahman Warsame}}, he had the reaction,
when is his next appointment please, my number is this one."
  -> callback 1015, next {{DATE:10/22}} 0800 w/ premeds, mother ({{NAME:Hodan}}) informed.
[4] 0902 from {{PHONE:507-555-0171}}: "it's {{NAME:Pat}} from {{FACILITY:Northfield Family Clinic}}, faxing over labs on {{NAME:Teagan Moss}}."
  -> received {{DATE:10/14}}, to Dr. {{NAME:Ishikawa}}.
Transcribed by VoiceBox; reviewed {{NAME:Leah Morrow}}, RN`,

  `RD NOTE - J-tube home enteral, telephone f/u
{{DATE:2024-07-30}}   {{FACILITY:Coastal Digestive Nutrition Clinic}}
Pt {{NAME:Alibek Nurmagambetov}} 63M, MRN {{MRN:CDN-00881}}, Ivor Lewis esophagectomy {{DATE:5/21/24}} (adenocarcinoma in Barrett's)
at {{FACILITY:Bayshore Cancer Institute}}; FJ tube 12 Fr.
Spoke w/ pt + daughter {{NAME:Aigerim}} (translating Kazakh/Russian) {{PHONE:(619) 555-0145}}.
Feeds: Isosource 1.5, 75 mL/h x 14 h nocturnal (1575 kcal, 71 g pro) via Kangaroo pump {{DEVICE:KJ-70220584}} + soft PO 3 small meals.
Wt 64.0 kg (pre-op 71.5, last wk 63.6). PO ~40% needs. Dumping sx after sweet drinks - educated.
Tube: flushes OK, site clean, pt uses home health {{FACILITY:Pacific Crest Home Care}}.
Plan: cont. nocturnal feeds; reduce to 10 h when PO >60% x1 wk; recheck wt {{DATE:8/13}}.
Formula from {{FACILITY:Harbor Medical Supply}} {{PHONE:619-555-0117}}.
Pt has appt w/ surgeon Dr. {{NAME:Ebrahimi}} {{DATE:8/6}} re: tube removal timing.
{{NAME:Mariko Sato-Feld}}, RDN, CNSC`,

  `PRE-PROCEDURE CHECKLIST - {{FACILITY:Cache Valley Endoscopy}}   Date {{DATE:10/11/2023}}
Patient: {{NAME:Ivy Marchbanks}}   DOB {{DATE:06/02/1962}}   MRN {{MRN:CVE-220317}}   Wristband: [x] 2 identifiers
Procedure: colonoscopy (screening, FHx)   Physician: Dr. {{NAME:Petersen}}
[x] Consent signed   [x] H&P < 30 days   [x] Allergies: sulfa (rash)   [x] Pregnancy n/a (postmenopausal)
[x] NPO since 0400 (clears) / prep completed - last stool clear yellow per pt
[x] Anticoag: none   [x] Diabetes: none   [x] Pacemaker/ICD: none
[x] Escort/driver: {{NAME:June Kowalczyk}} (partner), cell {{PHONE:435-555-0186}}, waiting in lot, car {{VEHICLE:C38 9LK}}
    (grey Subaru); may not drive/work/sign legal docs x24h
[x] Belongings: glasses, phone -> bag #14
[x] IV 20g R hand by {{NAME:Rhett}} RN, 0722
[x] Patient photo ID verified: UT DL {{LICENSE:140228815}}; photo scanned {{PHOTO:CVE220317_id.png}}
[x] Kiosk check-in fingerprint match, template {{BIOMETRIC:FPT-0033817}}
[ ] Interpreter: not needed
Pre-sedation: ASA I, Mallampati 2, STOP-BANG 1.
Time-out 0801: {{NAME:Petersen}}/{{NAME:Rhett Oakley}} RN/{{NAME:A. Fifita}} CRNA
Pre-op RN signature: {{NAME:R. Oakley}}  {{DATE:10/11/23 07:45}}`,

  `PATENCY CAPSULE / CAPSULE RETENTION F/U
{{FACILITY:Desert Valley Adult IBD Program}}   {{DATE:Aug 20 2024}}
Pt: {{NAME:Malia Kealoha-Ruiz}} 18F   MRN {{MRN:DV-0110437}}
Background: Crohn's ileocolitis; pre-capsule Agile patency capsule given {{DATE:8/16/24 0800}}, lot N/A, capsule id {{DEVICE:AGP-3340192}}.
Scanner at 30 h ({{DATE:8/17}} 1400): signal DETECTED. KUB: capsule in RLQ, likely terminal ileum.
At 72 h ({{DATE:8/19}}): pt reports capsule body dissolved / passed fragments; repeat KUB - not seen.
Interpretation: non-patent at 30 h -> suggests TI narrowing; do NOT proceed with video capsule.
Plan: MR enterography {{DATE:8/27}} at {{FACILITY:Summerlin Imaging}}; if fibrostenotic stricture, surgical consult
(Dr. {{NAME:Castellanos}}) vs endoscopic balloon dilation. Cont infliximab; check level/antibodies.
Pt pain-free, tolerating diet, BMs daily.
Mom {{NAME:Leilani Kealoha}} on speaker {{PHONE:702-555-0139}}; pt consented to share.
{{NAME:Yevgenia Orlov}}, MD`,

  `E-CONSULT (hepatology) - PCP question / specialist answer
Request {{ID:EC-24-4471}}  submitted {{DATE:05/06/2024}}  answered {{DATE:05/07/2024}}
PCP: {{NAME:Rosalind Achebe-Moore}}, DO, {{FACILITY:Fairhaven Family Practice}}
Pt: {{NAME:Nguyen, Bao}}  56M  DOB {{DATE:01/18/1968}}  MRN {{MRN:FFP-220918}}
Q: "Pt born in {{LOCATION:Huế}}, HBsAg+ found on pre-employment labs for {{FACILITY:Bayside Seafood Co}}. ALT 31, AST 28, plt 210.
Brother died of liver cancer at 50. Does he need treatment? Referral vs monitor?"
A ({{NAME:Hamid Rezaei}}, MD): Please add HBeAg, anti-HBe, HBV DNA, HDV Ab, HCV Ab, HIV, AFP, and US liver.
 - Regardless of DNA/ALT, FHx HCC + Asian male >40 = HCC surveillance q6mo (US +/- AFP) is indicated.
 - If HBV DNA >2,000 IU/mL and/or any fibrosis (FIB-4 / elastography) -> treat (TAF 25 mg or entecavir 0.5 mg).
 - Screen household/sexual contacts (wife {{NAME:Hoa}}, children) and vaccinate if negative.
 - Avoid alcohol. Hep A vaccine if non-immune.
 Happy to see him - place referral to {{FACILITY:Maricopa Valley Hepatology}} if DNA high or cirrhosis.
Time spent 18 min. CPT 99452.`,

  `From: {{NAME:Chloe Ambrose}}, CPNP <{{EMAIL:cambrose@rockieschildrens.example}}>
To: {{NAME:Thuy Pham}}, RN (school nurse) <{{EMAIL:tpham@rosewoodelc.example}}>
Sent: {{DATE:Tuesday, August 27, 2024 4:12 PM}}
Subject: G-tube care at school - {{NAME:Leo C.}}

Hi {{NAME:Thuy}},
Thanks for calling about {{NAME:Leo}} ({{NAME:Aurelio Castañeda}}, DOB {{DATE:3/4/2020}}). Parent consent to share is on file ({{DATE:8/20}}).
Quick summary for staff:
 - 14 Fr 1.5 cm balloon button (low profile). Extension set in his backpack.
 - Noon feed: 240 mL PediaSure Peptide by gravity bolus over 20-30 min, then 30 mL water flush.
 - If the button comes out: cover with gauze, call mom {{NAME:Marisol}} {{PHONE:720-555-0190}} right away - the hole
   can start to close within 1-2 h. Spare button + 4 mL syringe in the nurse office (don't reinsert unless trained).
 - He can swim/play; no contact sports restriction beyond usual.
 - Vomiting/retching: vent the button with a 60 mL syringe.
Our clinic line is {{PHONE:720-555-0108}} (ask for GI nurse {{NAME:Rosa Delfín}}).
Thanks!
{{NAME:Chloe}}
{{FACILITY:Children's Hospital of the Rockies}} | {{ADDRESS:4400 E. Montview Blvd, Box B-290}}, {{LOCATION:Aurora}} CO {{ZIP:80045}}`,

  `GLUTEN CHALLENGE INSTRUCTIONS
{{FACILITY:Green Mountain Digestive Health}} - Dr. {{NAME:Ingeborg Stavig}}
Patient: {{NAME:Rhiannon Tallis-Brooke}}   DOB {{DATE:11/30/1998}}   Date given: {{DATE:1/29/24}}
You started a gluten-free diet before testing for celiac disease. To get accurate results:
 1. Eat gluten daily for 6 weeks - at least 2 slices of wheat bread (or equivalent ~3-10 g gluten) every day.
    Start: {{DATE:Feb 1}}. Last day: {{DATE:Mar 14}}.
 2. Blood test (tTG-IgA + total IgA) at the end - lab order # {{ID:LAB-GMD-7731902}} at {{FACILITY:Lake Champlain Outpatient Lab}}
 3. EGD with duodenal biopsies scheduled {{DATE:Friday March 15, 2024 9:30}} at our {{FACILITY:Colchester Endoscopy Suite}}.
If symptoms are severe (vomiting, can't work) call {{PHONE:802-555-0127}} - we can shorten to 2 weeks + biopsy.
HLA-DQ2/DQ8 already sent: DQ2.5 positive ({{DATE:1/22}}), so celiac is possible, not confirmed.
Patient portal message: {{URL:https://mychart.greenmtndigestive.example/msg/7731902}}
Employer note for {{FACILITY:Winooski Valley Co-op Grocery}} provided (may need extra breaks).
Nurse: {{NAME:Greta}} ({{EMAIL:gi.nurse@greenmtndigestive.example}})`,

  `GI FELLOW SIGN-OUT - {{DATE:7/4/24}} (holiday, 1 fellow)
fellow: {{NAME:Mwangi}} -> {{NAME:Ben-Ami}}   attending on: Dr {{NAME:Ferrante}} {{PHONE:412-555-0192}}
1. {{NAME:Stiles, Marvin}} MICU 8 - variceal bleed, EVL x6 bands {{DATE:7/2}}, 2nd look EGD today no rebleed. octreotide day 3/5. TIPS eval Mon.
2. {{NAME:Khoury, Nadia}} 7W-704 - UC flare, hospital day 3 IV methylpred 30 BID. Stools 9 -> 6, CRP 88 -> 41. Day 3 Oxford: CRP >45? no -> monitor. If no response by day 5 -> infliximab 10 mg/kg. Husband {{NAME:Sami}} asks for updates {{PHONE:412-555-0157}}.
3. {{NAME:Blackwood, Eamon}} ED bay 14 - food bolus (steak), drooling. EGD tonight if not passed - OR 3 booked 2100, anesthesia paged.
4. {{NAME:Gertrude}} "{{NAME:Trudy}}" {{NAME:Finch}} 5E-510 {{AGE:97}}F - coffee ground emesis x1, Hgb stable 10.4, BUN nl. GBS 3. PPI, no scope unless change. Family ({{NAME:Lois}}) prefers no procedures.
5. {{NAME:Oyelaran, Tunde}} 6S-619 - choledocholithiasis s/p ERCP {{DATE:7/3}}, lipase ok. Lap chole per surgery {{DATE:7/5}}.
Outstanding: path on {{NAME:Khoury}} (CMV IHC) - acc {{ID:MV-S24-33018}}.`,

  `text msgs exported for chart (pt-initiated, consent on file) - RD {{NAME:Carrie-Anne Boudreaux}} / pt {{NAME:Shanice Dupree-Williams}}
{{DATE:6/3/24 07:02}} pt: morning miss {{NAME:carrie}}!! quick q, can i do protein coffee if its 30g protein?? lol
{{DATE:6/3/24 07:40}} RD: Morning {{NAME:Shanice}}! Yes as long as it's sugar-free and you sip it slowly over 20-30 min. Count it as a meal replacement, not extra.
{{DATE:6/3/24 07:41}} pt: ok bet. also my iron made me SO constipated
{{DATE:6/3/24 07:48}} RD: Try taking it every other day + Miralax 17 g. If still bad I'll ask Dr. {{NAME:Papadakis}} about IV iron.
{{DATE:6/5/24 22:15}} pt: sorry to text late. threw up after dinner (fried shrimp from {{FACILITY:Cajun Pot Seafood}} on {{ADDRESS:1200 W Park Ave}}). feel ok now
{{DATE:6/6/24 07:30}} RD: Glad you're ok. Fried + big portion is hard on the sleeve. Grilled, small plate, stop at first fullness. If vomiting again or can't keep fluids, call {{PHONE:985-555-0162}}.
{{DATE:6/6/24 07:33}} pt: 👍 ty. new number btw its {{PHONE:985-555-0104}}, old one was my job phone at {{FACILITY:Bayou Regional}}
Filed by {{NAME:CAB}} {{DATE:06/06/2024}}. Texting via HIPAA app, device IP {{IP:198.51.100.162}}.`,
];

export const HELDOUT_REALISTIC_119_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout119-${i + 1}`, n));
