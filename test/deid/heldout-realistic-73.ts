// A seventy-third held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities
// and counties appear only as places). It leans towards pediatric and adolescent care and child
// welfare: well-child visits, school nurse logs and health-office phone calls, school-based health
// centres, IEP and 504 health plans, foster-care intake screens and CPS / child-abuse-pediatrics
// medical reports, confidential adolescent visits, NICU follow-up clinic letters, state registry
// immunization records (VIS edition dates, lot numbers and NDCs next to administration dates),
// pediatric subspecialty letters, daycare, sports and camp forms, and custody, kinship and guardian
// paperwork. It is heavy on family members (parents, step-parents, grandparents, foster parents,
// caseworkers, guardians ad litem, teachers, coaches), siblings and nicknames, schools, daycares and
// camps, birth dates in many formats, and look-alikes that are not PHI: Apgar, Tanner, Ortolani,
// Barlow, Galeazzi, Pavlik, Graf, Greulich-Pyle, Kawasaki, Wilms, Lennox-Gastaut, Down syndrome,
// Osgood-Schlatter, Marfan, Valsalva, Epstein pearls, Chance fracture, Vanderbilt, M-CHAT, ASQ-3,
// CRAFFT, HEADSS, Roger and Nucleus devices, grades, homerooms, bus and cabin numbers, gestational
// and corrected ages, doses per kg, percentiles, VIS edition dates and vaccine lots.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles,
// kin terms and honorifics outside NAME spans; a month/day without a year is a DATE; nicknames,
// first names alone, last names alone and initials standing for a person are NAME, one span per
// occurrence; ages of 89 and under, years alone, weekdays alone, clock times alone, states and
// countries are not PHI; a weekday written with a date is part of it).
// Added for this set: schools, school districts, daycares, preschools, Head Start centres, camps,
// school-based health centres, youth shelters, group homes, residential treatment centres, juvenile
// detention centres, courts, city police, fire and county sheriff's departments, ambulance services,
// adoption and foster-care agencies and county child-welfare agencies are FACILITY, while state
// agencies (DCFS, DSS, DHHR, "CPS" as a generic word) and payers are not PHI; a month with a year
// (March 2022) is a DATE, a school year (2023-24) or a season with a year is not; VIS edition dates,
// vaccine lot numbers and their expiry dates, NDCs and registry dose counts are not PHI, while
// administration dates are; a product's manufacture or expiry date (car seat, auto-injector) is not
// PHI; grades, homerooms, classroom names, bus, locker, cabin, table and bed numbers are not PHI;
// gestational, corrected and chronological ages, day of life (DOL 12) and Tanner stages are not PHI;
// CPS hotline intake and case numbers, court case, cause and docket numbers, student IDs, state
// immunization registry IDs, newborn screen specimen and karyotype accession numbers, birth
// certificate numbers, IEP/504 plan numbers, TDO, booking, badge, passport, tribal enrollment,
// interpreter ID, evidence kit, police report, crash report, Rx, prior authorization and e-signature
// envelope numbers are ID; a foster home licence, a notary commission, a CPST certification and a
// youth's or guardian's driver's licence are LICENSE; school lunch and meal accounts, copay cards and
// billing accounts are ACCOUNT; a partial SSN (last four) is SSN over the digits shown; a file name or
// numbered reference of a photograph of a child or family member (forensic, ID, referral and clinical
// face photos) is PHOTO, a photo without a reference is not; a newborn footprint record, a
// fingerprint or palm-vein check-in template and a pharmacy voiceprint number are BIOMETRIC; pump,
// CGM transmitter, cochlear implant, processor, remote mic, VNS, port, vent, oximeter, apnea monitor,
// wheelchair, airway-clearance vest and eye-gaze device serials are DEVICE; a telehealth or portal IP
// address (IPv4 or IPv6) is IP and every URL is URL; kin and care terms (Mom, Dad, Grandma, Nana,
// Nainai, Teta, abuelo, tía, foster mother, stepdad, Coach, Baby Boy, Baby Girl, Twin A/B) stay
// outside NAME spans, generational suffixes (Jr., Sr.) inside them; a nickname in quotes inside a
// full name is its own span ([Santiago] "[Santi]" [Villarreal]); court-style
// initials (In re L.T.) are NAME; an age over 89 in a family member is AGE.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9734 / 0.9467; pass-17 engine (f7e06df, whose rules were made from sets 67-72 without this set)
// 0.9737 / 0.9467. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `WELL CHILD CHECK - 4 YEAR
Pt: {{NAME:Mateo Alejandro Quintanilla}}    DOB: {{DATE:02/19/2020}}    MRN {{MRN:PED-0048821}}
Visit: {{DATE:02/26/2024}}   Provider: {{NAME:Harriet Oyelaran}}, MD   {{FACILITY:Lakeside Family Pediatrics}}
Accompanied by mother ({{NAME:Rosario Quintanilla}}) and maternal grandmother {{NAME:Elvira Paz}}. Younger sib {{NAME:Lucia}} (14 mo) here too, seen separately.
Interval hx: started pre-K at {{FACILITY:Little Acorns Learning Center}} in the fall; teacher Ms. {{NAME:Brandt}} says he follows 2-step commands, knows colors, "talks nonstop". Picky eater. No ED visits since last WCC.
Growth: Wt 16.8 kg (55th %ile)  Ht 103 cm (60th)  BMI 15.8   BP 96/58
Dev: ASQ-3 all domains above cutoff. OAE pass bilat. Vision 20/40 OU (passes for age).
Imms today (VIS eds 8/6/21 and 5/12/23 given to mom):
  DTaP-IPV (Kinrix) lot 7K2R9  L deltoid
  MMRV (ProQuad) lot Y004417   R deltoid
  Influenza (Fluzone Quad) lot UT8841MA exp 06/30/2024
Fluoride varnish applied. Dental home: {{FACILITY:Bright Smiles Pediatric Dentistry}}, next appt {{DATE:4/2}}.
A/P: healthy 4 yo. Booster seat, pool safety, screen time < 1 h. RTC 5 yr WCC.
{{NAME:H. Oyelaran}} MD / {{NAME:kl}}`,
  `{{FACILITY:ROOSEVELT ELEMENTARY}} - HEALTH OFFICE DAILY LOG      nurse: {{NAME:Dorota Kowalczyk}}, RN
{{DATE:Tues 10/15/2024}}
0812  {{NAME:Jaylen Whitaker}} gr 3 rm 14 (Mrs. {{NAME:Ochoa}}) - wheezy after recess, albuterol HFA 2 puffs w/ spacer per asthma action plan, recheck 0830 clear. sent back.
0905  {{NAME:Priya Venkataraman}} gr 5 - T1D, pre-snack BG 212, pump bolus per plan, CGM reading matched. called mom {{NAME:Lakshmi}} @ {{PHONE:(614) 555-0187}} per her request, no answer, LVM.
0940  "{{NAME:Bubba}}" ({{NAME:Travis Lee Honeycutt}}) K, bloody nose, pressure x10 min, resolved.
1015  lice check rm 9 per Mr. {{NAME:Adeyemi}} - 1 student w/ nits ({{NAME:A.M.}}), letter home, parent {{NAME:Crystal Mayhew}} called {{PHONE:614-555-0143}}, pick up 1100.
1130  {{NAME:Whitaker}} back c/o chest tight, peak flow 210 (PB 260). 2nd albuterol, dad {{NAME:Marcus Whitaker}} notified at work ({{FACILITY:Scioto Freight & Cargo}}) {{PHONE:614.555.0199 x2231}}, will pick up.
1350  med pass: Focalin XR held ({{NAME:Dmitri}} absent today).
-{{NAME:DK}}`,
  `{{FACILITY:EASTSIDE HIGH SCHOOL-BASED HEALTH CENTER}}  **CONFIDENTIAL ADOLESCENT VISIT**
Name: {{NAME:Kiana Rae Fontenot}}   DOB {{DATE:7/3/2008}} (16 y)   SBHC # {{MRN:SB-22-1904}}
Date of svc: {{DATE:September 9, 2024}}    Clinician: {{NAME:Nkechi Amadi-Ross}}, FNP
Pt self-referred, came during 4th period w/ pass from Coach {{NAME:Delacroix}}. Seen alone (minor consent for reproductive care per state law). HEADSS: lives w/ mom & stepdad {{NAME:Wayne Guidry}}, 2 younger half-sibs; jr, B's/C's; volleyball; 1 male partner x 4 mo, condoms "sometimes"; denies SI; CRAFFT 1 (vape).
Requests contraception; chose etonogestrel implant, placed L arm today, lot R0321 09. UPT neg. GC/CT NAAT urine sent, req # {{ID:LAB-5531720}}.
**DO NOT send EOB home** - pt on mom's plan ({{HEALTH_PLAN:LHC 884 201 376 02}}); billed under Title X, confidential acct {{ACCOUNT:CF-77310}}.
Best way to reach pt: cell {{PHONE:337-555-0162}} (her own), text ok, do NOT call home line.
F/u 4 wk for results / bleeding pattern. Vape cessation discussed.
{{NAME:N. Amadi-Ross}} FNP`,
  `INDIVIDUALIZED HEALTH PLAN / 504 ATTACHMENT - DIABETES
Student: {{NAME:Owen Blackfeather}}   Student ID {{ID:2031447}}   DOB {{DATE:11-22-2012}}
School: {{FACILITY:Cottonwood Middle School}}, {{FACILITY:Saguaro Valley Unified School District}}   Gr 6   504 plan # {{ID:504-2024-0719}}
Parent/guardian: {{NAME:Renee Blackfeather}} (mother) {{PHONE:520-555-0114}}; grandfather {{NAME:Leland Tso}} {{PHONE:520-555-0176}} (pick up authorized)
Diabetes provider: {{NAME:Sunil Raghavan}}, MD, {{FACILITY:Desert Sky Pediatric Endocrinology}} fax {{FAX:520-555-0190}}
Devices: Omnipod 5 pod (changes q72h, PDM kept in nurse office), PDM s/n {{DEVICE:OP5-PDM-2284917}}; Dexcom G7 sensor paired to PDM, share follower = mom.
Targets 80-180. Carb ratio 1:15 lunch, ISF 1:50. Hypo (<70): 15 g fast carb, recheck 15 min; glucagon (Baqsimi 3 mg) if unresponsive, call 911 then parent.
Field trips: kit + trained staff ({{NAME:Tomas Ibarra}}, aide). PE w/ Coach {{NAME:Hennessey}}: check BG before.
Signed: parent {{DATE:08/05/2024}}; school nurse {{NAME:Gwendolyn Archuleta}} RN {{DATE:8/5/24}}; reviewed w/ teacher team {{DATE:8/12}}.`,
  `FOSTER CARE INITIAL HEALTH SCREEN (within 72 h of placement)
Child: {{NAME:Destiny Marie Calloway}}  AKA "{{NAME:Dezzy}}"   DOB {{DATE:04/30/2017}}   7 y F
Placement date: {{DATE:03/11/2025}}   Seen: {{DATE:03/13/2025}}   {{FACILITY:Kids First Foster Care Clinic}}
Caseworker: {{NAME:Brianna Stokes}}, {{FACILITY:Scioto Valley Children Services}}, cell {{PHONE:614-555-0120}}, {{EMAIL:bstokes@fccs-example.org}}
Case # {{ID:FCCS-25-004471}}   Medicaid {{HEALTH_PLAN:103884217599}}
Foster parents: {{NAME:Gail}} and {{NAME:Ronald Pettibone}}, {{ADDRESS:2219 Sunbury Rd}}, {{LOCATION:Columbus}}, OH {{ZIP:43219}} (foster home lic. {{LICENSE:FH-OH-118240}})
Removed from bio mother ({{NAME:Shawna Calloway}}) d/t neglect; older brother {{NAME:Jaquan}} (11) placed at a different home - sibling visits requested.
Hx per caseworker, limited: no records of imms since 2019. Last known PCP {{FACILITY:Parsons Ave Community Health}}.
Exam: wt 19 kg (8th %ile), dental caries x4, scabies-like excoriations on wrists, no bruising pattern concerning for inflicted injury. Tanner 1.
Plan: ImmuTrack registry query, catch-up schedule; permethrin; dental referral; CBCL and trauma screen at 30-day comprehensive visit {{DATE:4/10}}.
{{NAME:Oluwaseun Bakare}}, MD`,
  `CHILD ABUSE PEDIATRICS CONSULTATION - CONFIDENTIAL
Pt: {{NAME:Ezra Lindqvist}}   DOB {{DATE:12/02/2024}}   age 3 mo   MRN {{MRN:7714029}}
Consult {{DATE:03/04/2025 16:20}}   Requested by PICU attending Dr. {{NAME:Folasade Ige}}
Hx: brought to ED by father {{NAME:Karl Lindqvist}} for "fussiness" x 2 d. Mother {{NAME:Annika Voss}} at work ({{FACILITY:Midway Logistics}}) at time of reported onset. Caregivers also incl paternal grandmother {{NAME:Birgitta}} and a neighbor sitter "{{NAME:Tink}}" ({{NAME:Kristen Duvall}}).
Findings: 8 mm bruise L pinna, 2 bruises R cheek (TEN-4-FACESp positive). Skeletal survey: healing posterior R 6th/7th rib fx, classic metaphyseal lesion distal L femur. HCT neg. LFTs, lipase nl. Ophtho (Dr. {{NAME:Marguerite Ashby}}): no RH.
Photos: forensic set {{PHOTO:CAP-PH-25-0311}} (12 images, face incl) uploaded to media tab.
Impression: injuries highly concerning for physical abuse; no hx of trauma, no bone disease on labs (Ca, Phos, ALP, 25-OH D, PTH nl).
Reported to state hotline {{DATE:3/4/25 1710}}, intake # {{ID:HL-2025-0887714}}. Det. {{NAME:Ray Okonkwo}}, {{FACILITY:Riverlake County Sheriff's Office}} badge {{ID:4471}}, contacted. Twin sib {{NAME:Elsa}} to have skeletal survey today.
F/u survey in 2 wk ~{{DATE:3/18}}.
{{NAME:Cordelia Haugen}}, MD  Child Abuse Pediatrics  pager {{PHONE:4-6621}}`,
  `NICU FOLLOW-UP CLINIC - LETTER TO PCP
{{DATE:June 17, 2024}}
Dr. {{NAME:Anand Bhattacharya}}
{{FACILITY:Piedmont Kids Pediatrics}}
{{ADDRESS:400 Hargett Street, Suite 210}}, {{LOCATION:Raleigh}}, NC {{ZIP:27601}}
Re: {{NAME:Amara Nwosu-Belcher}}   DOB {{DATE:09/27/2023}}   MRN {{MRN:N-2090431}}
Dear Dr. {{NAME:Bhattacharya}},
I saw {{NAME:Amara}} today with her mother {{NAME:Ifeoma Nwosu}} and father {{NAME:Grant Belcher}}. She was born at 26 4/7 wk, BW 790 g, Apgars 3 and 7, and spent 94 days in our NICU at {{FACILITY:Capital Oaks Children's Hospital}} (d/c {{DATE:12/30/2023}}). Course: RDS, BPD (now off O2), PDA s/p ligation, ROP stage 2 zone II regressed, no IVH.
Chronological age 8 mo, corrected age 5 mo. Wt 6.1 kg, L 63 cm, HC 41.5 cm (corrected, 25-40th %ile). Bayley-4 deferred to 12 mo corrected; today mild truncal hypotonia, no asymmetry, persistent fisting R hand.
Home apnea monitor (SmartMonitor 2 s/n {{DEVICE:SM2-0086613}}) may be returned; no events x 6 wk. Nirsevimab given {{DATE:10/19/23}} in NICU; 2nd-season dose not indicated (BPD off O2 > 6 mo). PT through CDSA early intervention, service coordinator {{NAME:Lorna Pickett}} {{PHONE:919-555-0158}}.
Next NICU f/u {{DATE:9/16/2024}}. Ophtho f/u with Dr. {{NAME:Haruki Tanabe}} in 6 mo.
Sincerely, {{NAME:Beatriz Coelho}}, MD, Developmental Pediatrics`,
  `*** STATE IMMUNIZATION REGISTRY - OFFICIAL RECORD ***
Printed {{DATE:01/08/2025}} by {{FACILITY:Mountain View Family Clinic}} user {{NAME:tgarrido}}
Client: {{NAME:BOUCHARD, LEO FRANCIS}}   DOB {{DATE:05/14/2019}}   Sex M   Registry ID {{ID:IR-004882175}}
Mother's maiden name: {{NAME:Theriault}}   Address: {{ADDRESS:88 Pleasant Hill Rd}}, {{LOCATION:Lewiston}}, ME {{ZIP:04240}}
VACCINE        DATE GIVEN     LOT         MFR   SITE  VIS DATE    PROVIDER
HepB           {{DATE:05/14/2019}}     4TD73       MSD   RT    07/20/2016  {{FACILITY:St. Aurelian Birthing Ctr}}
DTaP-IPV-Hib-HepB {{DATE:07/16/2019}}  U6422AA    SKB   LT    04/01/2020  {{NAME:R. Pelletier}} MD
PCV13          {{DATE:07/16/2019}}     P59331     PFR   RT    11/05/2015  {{NAME:R. Pelletier}} MD
MMR            {{DATE:05/20/2020}}     S015522    MSD   LA    08/15/2019  {{NAME:R. Pelletier}} MD
Varicella      {{DATE:05/20/2020}}     R029441    MSD   RA    08/15/2019  {{NAME:R. Pelletier}} MD
Hep A #2       {{DATE:11/30/2020}}     AHAVB735   SKB   LA    07/28/2020  {{NAME:S. Nadeau}} PA-C
DTaP-IPV       {{DATE:06/03/2024}}     7K2T1      SKB   LA    08/06/2021  {{NAME:S. Nadeau}} PA-C
Exemptions: none. Forecast: Influenza due now. School req (K) met.
Dose count (series): 9 of 9 valid.`,
  `PEDIATRIC CARDIOLOGY CLINIC NOTE
{{NAME:Hoang, Bao Minh}} ("{{NAME:Benny}}")   6 y M   MRN {{MRN:C3308812}}   DOS {{DATE:2024-11-04}}
Ref: Dr. {{NAME:Yesenia Carrasco}}, {{FACILITY:Valley Pediatric Associates}}, fax {{FAX:(559) 555-0133}}
Dx: Kawasaki disease (complete), dx'd {{DATE:10/01/2024}} at {{FACILITY:Fresno Community Children's Center}}, IVIG 2 g/kg given day 6 of fever, ASA high dose then 3-5 mg/kg.
Today: afebrile, desquamation fingertips, no arthritis. Dad ({{NAME:Minh Hoang}}) reports he's back at {{FACILITY:Lincoln Elementary}}, tired after school. Mom {{NAME:Thu Tran}} interpreter not needed.
Echo today: LAD 2.4 mm (Z +1.6), RCA 2.1 mm (Z +1.2), LMCA nl; no effusion; LVEF 63%. Compared with echo {{DATE:10/3}} (LAD Z +2.3) improving.
Plan: stop ASA after 6 wk if echo nl ({{DATE:Nov 15}}); avoid ibuprofen while on ASA; hold live vaccines (MMR/varicella) 11 mo post-IVIG -> not before {{DATE:September 2025}}. Flu shot (inactivated) ok. RTC 6 wk w/ echo.
cc: {{NAME:Carrasco}}
{{NAME:Ingrid Solvang}}, MD  Pediatric Cardiology`,
  `{{FACILITY:CAMP WILDWOOD HOLLOW}} - CAMPER HEALTH FORM 2024
Camper: {{NAME:Sadie Grace Oyelowo-Park}}   DOB {{DATE:3/9/13}}   Session 2 ({{DATE:July 7}}-{{DATE:July 20}})   Cabin: Birch 4
Parent/guardian 1: {{NAME:Jennifer Park}}  cell {{PHONE:(206) 555-0172}}  {{EMAIL:jenpark.home@example.net}}
Parent/guardian 2: {{NAME:Tunde Oyelowo}}  cell {{PHONE:206-555-0135}}
Alt emergency contact: aunt {{NAME:Rachel Kim}} {{PHONE:425-555-0109}}
Insurance: Cascade Shield PPO member {{HEALTH_PLAN:PRX449102771}} group 88120
Allergies: PEANUT (anaphylaxis 2019), tree nuts. EpiPen Jr x2 - 1 w/ camper, 1 at health hut. Cetirizine 10 mg prn.
Meds: fluticasone nasal daily; melatonin 3 mg hs (parent ok'd).
Last tetanus: Tdap {{DATE:04/22/2024}}. Swim test ok.
PHYSICIAN: Examined {{DATE:05/02/2024}}, cleared for all activities. {{NAME:Lauren Whitcombe}}, MD, {{FACILITY:Greenlake Pediatric Clinic}}, NPI {{LICENSE:1558204417}}
Camp RN notes: {{DATE:7/9}} bee sting L forearm, no systemic sx, ice, cetirizine. -{{NAME:mj}}`,
  `CHILD CARE HEALTH REPORT (required for enrollment)
Program: {{FACILITY:Sunny Patch Early Learning - Elmwood}}    Classroom: Toddler B
Child: {{NAME:Noor Haddad}}   nickname "{{NAME:Nunu}}"   DOB {{DATE:01/27/2023}}
Parents: {{NAME:Yousef Haddad}} / {{NAME:Samira El-Khoury}}   Home {{ADDRESS:1450 Delaware Ave Apt 2R}}, {{LOCATION:Buffalo}}, NY {{ZIP:14209}}
Authorized pick-up: {{NAME:Yousef}}, {{NAME:Samira}}, Teta ({{NAME:Mariam Haddad}}) - photo ID req'd. Check-in kiosk fingerprint template # {{BIOMETRIC:FPK-3308-7712}} (parent {{NAME:Y. Haddad}}).
Last exam {{DATE:12/18/2024}}: growth nl, wt 11.2 kg. Hgb 11.6, lead 1.4 mcg/dL ({{DATE:1/29/24}}).
Imms up to date per registry (copy attached). Next due: 2nd Hep A.
Allergies: none known. Diet: halal, no pork gelatin.
Special health needs: febrile seizure x1 ({{DATE:Aug 3 2024}}) - no daily meds; if seizure > 5 min call 911, then parent.
Health insurance: NY Child Health Plus {{HEALTH_PLAN:CHP-0071844293}}
Clinician: {{NAME:Marisol Etxeberria}}, CPNP   {{FACILITY:Elmwood Village Pediatrics}}   ph {{PHONE:716-555-0128}}   fax {{FAX:716-555-0129}}
Signature date {{DATE:12/18/24}}`,
  `TO: Hon. {{NAME:Patricia Nakashima-Ruiz}}, {{FACILITY:Columbia Gorge Circuit Court}}, Family Division
RE: In re the Marriage of {{NAME:Dorsey}} and {{NAME:Dorsey}}; Case No. {{ID:22DR04417}}
Minor child: {{NAME:Hazel Quinn Dorsey}}, DOB {{DATE:10/06/2015}}
Date: {{DATE:February 3, 2025}}
Your Honor,
I have been {{NAME:Hazel}}'s primary care pediatrician at {{FACILITY:Rose City Children's Clinic}} since birth. At the request of the guardian ad litem, Ms. {{NAME:Corinne Abernathy}}, I summarize her medical needs. {{NAME:Hazel}} has moderate persistent asthma and celiac disease (dx {{DATE:April 2021}}). Both parents, {{NAME:Ethan Dorsey}} and {{NAME:Lila Dorsey}} (now {{NAME:Lila Marchetti}}), have attended visits. Since {{DATE:9/2024}} two maintenance-inhaler refills were late while {{NAME:Hazel}} was at her father's home in {{LOCATION:Gresham}}; her ACT score fell to 16. I express no opinion on custody. I would recommend that whichever household holds medical decision-making keep one controller inhaler at each home and that both parents have portal proxy access.
Records were released under the subpoena dated {{DATE:1/14/2025}}.
Respectfully,
{{NAME:Desmond Achterberg}}, MD   OR license {{LICENSE:MD-155802}}   {{PHONE:503-555-0166}}`,
  `TELEHEALTH - ADOLESCENT MEDICINE (confidential portion flagged)
Pt {{NAME:Julian Ferreira-Santos}}  15 y  MRN {{MRN:004719263}}  DOB {{DATE:2009-08-21}}
Session {{DATE:11/19/2024 15:45}}; video link {{URL:https://telehealth.example-peds.org/v/jfs8841q}}; pt connected from {{IP:73.112.48.201}}, audio dropped x2.
Mom ({{NAME:Claudia Santos}}) present first 5 min then left per protocol.
[CONFIDENTIAL - do not release to proxy] PHQ-A 14 (was 19 {{DATE:10/22}}). Passive SI, no plan, no attempt; C-SSRS low. Identifies as gay, out to older sister {{NAME:Bianca}} and best friend "{{NAME:Teo}}", not to parents. Bullied on team bus; counselor at {{FACILITY:Westbrook High}}, Mr. {{NAME:Odhiambo}}, aware.
Sertraline 50 mg tolerated; increase to 75 mg. Safety plan updated; crisis line 988 and clinic after-hours {{PHONE:(860) 555-0104}}.
[end confidential]
Shared w/ parent: med increase, f/u 3 wk, therapy w/ {{NAME:Hadley Rourke}}, LCSW, {{FACILITY:Shoreline Youth Counseling}} Thursdays.
{{NAME:Miriam Feldstein}}, MD`,
  `NEWBORN NURSERY DISCHARGE SUMMARY
Baby Boy {{NAME:Ramaswamy}} ("{{NAME:Arjun}}" per parents)   MRN {{MRN:NB-25-03318}}   DOB {{DATE:03/21/2025 04:52}}
Mother: {{NAME:Deepa Ramaswamy}}, 31 y G2P2, MRN {{MRN:6620915}}; father {{NAME:Karthik Ramaswamy}}
Delivered at {{FACILITY:Harbor Point Women's Center}}, SVD, 39 1/7 wk, Apgars 8/9, BW 3.41 kg. GBS neg. ROM 6 h.
Footprint record # {{BIOMETRIC:FTP-250321-0452-A}}. Birth cert worksheet # {{ID:BCW-2025-118073}}.
Hospital course: routine. Voiding/stooling. TcB 9.8 at 40 h (low-intermediate). Wt at d/c 3.22 kg (-5.6%). Mild Epstein pearls, sacral Mongolian spot documented (photo not taken). Ortolani/Barlow neg.
Screens: NBS collected {{DATE:3/22/25}} specimen # {{ID:NS25-0092417}}; hearing ABR pass both; CCHD pass (98/99).
HepB #1 given {{DATE:03/21/2025}} lot 5NW27; vit K and erythro given.
D/c {{DATE:3/23/25}}. F/u with {{NAME:Lionel Baptiste}}, MD, {{FACILITY:Seaside Pediatric Group}} on {{DATE:Tue 3/25}}.
Big sister {{NAME:Kavya}} (3) at home; mom plans breastfeeding; lactation {{NAME:Shirin}} saw twice.`,
  `PEDS ED NOTE   {{DATE:08/10/2024 2214}}
{{NAME:GUTIERREZ, ANGEL}}  8yo M  MRN {{MRN:55210974}}  Room 12
CC: L wrist pain after trampoline at neighbor's house ~1930.
HPI: per stepdad {{NAME:Kyle Brennan}} and mom {{NAME:Veronica Gutierrez}}, pt and cousin "{{NAME:Chuy}}" landed on each other, FOOSH. No LOC. Pt says "{{NAME:Chuy}} fell on me". 
Story consistent, developmentally appropriate mechanism, no other injuries, no prior fx.
Exam: distal forearm swelling, NV intact, no snuffbox ttp.
XR: buckle fx distal radius metaphysis, ulna intact.
Tx: ibuprofen 10 mg/kg, removable wrist splint. Ortho not needed; f/u PCP Dr. {{NAME:Ofelia Marquez}} ({{FACILITY:Southside Kids Clinic}}) 1-2 wk.
School note for {{FACILITY:Pioneer Elementary}}: no recess/PE x 3 wk.
Dispo home {{DATE:8/10/24 2310}}. Discussed trampoline safety (1 jumper at a time).
{{NAME:J. Strzelecki}}, PA-C / {{NAME:Amos Whitford}}, MD`,
  `PREPARTICIPATION PHYSICAL EVALUATION (PPE) - HISTORY & PHYSICAL
Athlete: {{NAME:DeShawn Okereke-Miles}}   DOB {{DATE:06.02.2009}}   Age 15   Grade 10
School: {{FACILITY:Northfield Regional High School}}   Sport(s): football (LB), track
Parent: {{NAME:Tamika Miles}} {{PHONE:612-555-0193}}
Hx: syncope with exertion? NO.  Chest pain? NO.  Family hx sudden death < 50? YES - maternal uncle {{NAME:Darnell Miles}} died age 34 playing basketball (per mom "enlarged heart"). Concussion hx: 1 ({{DATE:10/2023}}), cleared by {{FACILITY:North Metro Sports Medicine}}.
Exam: BP 124/76, HR 68. Murmur: none supine/standing/Valsalva. Marfan features absent. Knees: tender tibial tubercles bilat, c/w Osgood-Schlatter.
Vision 20/20 OD, 20/25 OS.
Assessment: FHx suggests possible HCM -> ECG today (nl, no LVH) + echo ordered before clearance, Ref to Dr. {{NAME:Kwabena Asante}}, peds cardiology.
CLEARANCE: Not cleared pending evaluation. Form to Athletic Trainer {{NAME:Shelby Vandermolen}}, ATC, {{EMAIL:svandermolen@northfield-isd.example.org}}.
Examiner: {{NAME:Rebecca Lund}}, DO   {{FACILITY:Cedar Park Family Medicine}}   date {{DATE:07/29/2024}}`,
  `HEALTH OFFICE - CONCUSSION RETURN-TO-LEARN LOG
Student: {{NAME:Aoife Gallagher}}  gr 8  ID {{ID:S0088172}}   {{FACILITY:St. Brendan Catholic School}}
{{DATE:Mon 1/13}} - per mom ({{NAME:Siobhan Gallagher}}) hit head in club soccer Sat, seen {{FACILITY:Cicero Avenue Urgent Care}}, dx concussion, no imaging. HA 5/10, light sensitive. Plan stage 2: half days, no screens > 20 min, rest breaks in health office prn.
{{DATE:Tue 1/14}} - left at 1100 w/ HA 6/10, dad {{NAME:Conor}} picked up ({{PHONE:708-555-0141}}).
{{DATE:1/16}} - teacher email from Mrs. {{NAME:Wojcik}} (math): extended time on quiz ok. HA 3/10.
{{DATE:1/21}} - full days, no tests. Symptom score 8 (from 31).
{{DATE:1/27}} - Dr. {{NAME:Farrukh Nazarov}} note: cleared to begin return-to-play protocol, athletic director {{NAME:Vince Lombardo}} notified.
{{DATE:2/3}} - symptom free, full academic load. Case closed.
-{{NAME:M. Reyes-Cordero}}, RN  ext {{PHONE:2207}}`,
  `KINSHIP CARE / CAREGIVER AUTHORIZATION - clinic copy
Children: {{NAME:Kaden Runningwater}} (DOB {{DATE:2/2/2014}}) and {{NAME:Kaylee Runningwater}} (DOB {{DATE:9/19/2016}})
Caregiver: maternal grandmother {{NAME:Loretta Runningwater}}, {{ADDRESS:HC 61 Box 220}}, {{LOCATION:Pine Ridge}}, SD {{ZIP:57770}}, {{PHONE:605-555-0117}}
Caregiver's Authorization Affidavit signed {{DATE:05/06/2024}}; mother ({{NAME:Shanice Runningwater}}) incarcerated at {{FACILITY:Women's Correctional Center - Pierre}}; father unknown.
Great-grandmother {{NAME:Irene Two Bulls}}, {{AGE:93}}, also lives in home and helps w/ school pick-up (does not drive).
Tribal enrollment #s on file: {{ID:OST-0448172}} ({{NAME:Kaden}}), {{ID:OST-0448173}} ({{NAME:Kaylee}}).
IHS/Medicaid: {{HEALTH_PLAN:SD-MA-771904412}}, {{HEALTH_PLAN:SD-MA-771904413}}
Visit {{DATE:5/14/24}}: {{NAME:Kaden}} - ADHD, out of methylphenidate x 2 mo; {{NAME:Kaylee}} - due 8 yr WCC, dental pain. Both children attend {{FACILITY:Wounded Knee District School}}. {{NAME:Loretta}} ok'd all care.
Notes by {{NAME:Alvina Yellow Hawk}}, RN / {{NAME:T. Brugger}}, MD`,
  `LEAD CASE MANAGEMENT - HOME VISIT
{{FACILITY:Grand River Health Department}} Childhood Lead Program    case # {{ID:PB-24-0617}}
Child: {{NAME:Zaylee Fortune}}  DOB {{DATE:03/08/2022}}  (2 y)   Medicaid {{HEALTH_PLAN:MI-9920447215}}
Address: {{ADDRESS:1127 Division Ave S, Unit B}}, {{LOCATION:Grand Rapids}}, MI {{ZIP:49507}}  (built ~1910, rental)
Landlord: {{NAME:Gerald Vanderploeg}} {{PHONE:616-555-0151}}
BLL: 14 mcg/dL venous {{DATE:6/3/24}} (cap 18 on {{DATE:5/20/24}}). Sib {{NAME:Tyrese}} (5) BLL 6.
Visit {{DATE:June 12, 2024}} w/ mom {{NAME:Ashanti Fortune}} and EH inspector {{NAME:Luis Barragan}}: peeling paint on window sills (XRF 4.2 mg/cm2), porch railing chipping, child seen mouthing sill. Uses imported spices from grandmother in {{LOCATION:Lagos}} - sample taken.
Education: wet cleaning, hand washing, iron/calcium rich foods. WIC appt at {{FACILITY:Southtown WIC Clinic}} {{DATE:6/19}}.
Next BLL 1 mo (~{{DATE:7/3}}). Referral to Early On for dev eval.
{{NAME:Harriet Osei}}, RN, PHN  {{EMAIL:hosei@kcheath-example.gov}}`,
  `ADHD FOLLOW-UP    {{DATE:4/22/2025}}
Pt: {{NAME:Finnegan O'Rourke}} ("{{NAME:Finn}}")   9 y   MRN {{MRN:PX-661042}}   gr 4, {{FACILITY:Maplewood Elementary}}
With dad {{NAME:Sean O'Rourke}}; mom {{NAME:Dana Whitfield}} joined by phone.
On Concerta 27 mg qAM since {{DATE:2/2025}}. Teacher Vanderbilt (Ms. {{NAME:Iverson}}): inattention 5/9 (was 8/9), hyperactivity 3/9, performance items "above average" reading. Parent Vanderbilt: 4/9, 4/9. Appetite down at lunch, wt 28.9 kg (down 0.4). Sleep onset 45 min. BP 102/64, HR 92.
Plan: continue 27 mg, add evening snack; melatonin 1 mg prn. 504 accommodations at school ok; parents share custody week on/week off - 2nd bottle NOT allowed for stimulant, dad keeps and sends AM dose w/ {{NAME:Finn}} on handoff days.
eRx: Concerta 27 mg ER #30 (no refills) to {{FACILITY:Bayview Apothecary}}; prescriber DEA {{LICENSE:BC4417265}}; PDMP checked {{DATE:4/22/25}}, no other prescribers.
Sibling {{NAME:Maeve}} (6) - parents asking about eval; Vanderbilt forms given.
RTC 3 mo.  {{NAME:Wen-Li Chao}}, MD / scribe {{NAME:AT}}`,
  `{{FACILITY:Great Lakes Children's Endocrine Associates}}
{{ADDRESS:3120 Washtenaw Ave, Ste 400}} * {{LOCATION:Ann Arbor}}, MI {{ZIP:48104}} * tel {{PHONE:734-555-0100}} * fax {{FAX:734-555-0101}}

{{DATE:March 28, 2025}}

Mr. and Mrs. {{NAME:Alcantara}}
{{ADDRESS:5506 Birchwood Ct}}
{{LOCATION:Ypsilanti}}, MI {{ZIP:48197}}

RE: {{NAME:Gabriela Alcantara}} (DOB {{DATE:07/11/2018}})

Dear {{NAME:Ramon}} and {{NAME:Cristina}},
Thank you for bringing {{NAME:Gabby}} in on {{DATE:3/24}}. At 6 years 8 months she has Tanner 3 breast and Tanner 2 pubic hair development, growth velocity 9 cm/yr, and a bone age of 9 years (Greulich-Pyle). Her LH was pubertal after leuprolide stimulation (peak 11.2 IU/L) and her brain MRI on {{DATE:3/26/25}} was normal. This is central precocious puberty.
We discussed options; you chose the histrelin implant (Supprelin LA), scheduled {{DATE:Friday, April 18}} with Dr. {{NAME:Obinna Chukwu}} (surgery) at {{FACILITY:Huron Valley Children's Surgery Center}}. Prior authorization was submitted to her plan, member ID {{HEALTH_PLAN:BCN88104471902}}, ref {{ID:PA-7730185}}.
Her school nurse at {{FACILITY:Estabrook Elementary}} does not need to do anything differently.
Warm regards,
{{NAME:Leah Sobczak}}, MD
cc: {{NAME:Priscilla Amankwah}}, MD (PCP)`,
  `CF CENTER QUARTERLY VISIT   DOS {{DATE:01-15-2025}}
{{NAME:Callum Fitzgerald-Brook}}   12 y M   MRN {{MRN:CF-2011-0348}}   F508del/F508del, on ETI since {{DATE:11/2021}}
Present: mom {{NAME:Hollis Brook}}, RT {{NAME:Danette}}, RD {{NAME:Soo-ah Park}}, SW {{NAME:Gideon Fairweather}}.
Interval: 1 exacerbation (oral cipro {{DATE:Nov 30}} x 14 d). School ({{FACILITY:Fox Chapel Area Middle}}) has 504 for bathroom access + water bottle. Airway clearance: vest BID, vest s/n {{DEVICE:SV-105-228417}} alarm fault - vendor {{FACILITY:Allegheny Home Respiratory}} called, replacement ordered.
PFTs: FEV1 98% (prior 101%), FVC 104%. Sweat chloride on ETI 38.
Micro: MSSA, no Pseudomonas x 3 yr.
Wt 41.3 kg (45th %ile), BMI 50th %ile - goal met.
A1c 5.6, LFTs nl. Vit ADEK level ok.
Plan: continue ETI, dornase, hypertonic saline 7%. Flu vaccine today, lot 4F7R22. Specialty pharmacy {{FACILITY:Keystone CF Specialty Pharmacy}} refill # {{ID:RX-5108842}}.
RTC 3 mo ~{{DATE:April 16}}.
{{NAME:Anneliese Kruger}}, MD`,
  `HEMATOLOGY - SICKLE CELL CLINIC
Name {{NAME:Chidera Okafor}}   DOB {{DATE:05 Feb 2016}}   Hb SS   MRN {{MRN:HM0077219}}   Visit {{DATE:10 Oct 2024}}
Accompanied by father {{NAME:Emeka Okafor}}; mother {{NAME:Ngozi}} on phone from {{LOCATION:Enugu}} (visiting family).
Since last visit ({{DATE:07/11/24}}): 1 ED visit for pain at {{FACILITY:Metro Children's Pediatric ED}} {{DATE:8/29/24}}, d/c same day. No ACS, no transfusion.
Hydroxyurea 25 mg/kg (750 mg daily), MTD. ANC 2.1, Hb 9.4, MCV 112, HbF 21%.
TCD {{DATE:9/30/24}}: TAMM L MCA 142 cm/s (normal < 170).
School: {{FACILITY:Harriet Tubman Academy}} - 504 plan ({{ID:504-HTA-0213}}) updated: water bottle, bathroom pass, elevator pass, no outdoor PE < 40F.
Penicillin prophylaxis stopped at age 5. Pneumococcal PPSV23 #2 due {{DATE:2/2026}}. Meningococcal B series completed.
Sibling {{NAME:Adaeze}} (3 y) is Hb SC, seen separately.
Plan: continue HU, labs q3 mo; RTC {{DATE:01/09/2025}}.
{{NAME:Yaw Boateng}}, MD / {{NAME:Katarzyna Pilch}}, CPNP`,
  `secure chat  {{FACILITY:Ridgeview Middle SBHC}} team        {{DATE:3/5/25}}
0744 {{NAME:marisela}} (RN): heads up {{NAME:jordy}} from 7th is back, mom called again saying he's not eating, asked us to weigh him
0746 {{NAME:pk}} (SW): is this {{NAME:Jordan Adebayo-Cruz}}? the one w/ the 504 for anxiety
0746 {{NAME:marisela}}: ya. wt 41.2 today vs 44.0 on {{DATE:jan 9}}. orthostatics ok
0749 {{NAME:pk}}: I'll pull him 3rd period. stepmom {{NAME:Tracey}} is the one who called? or bio mom
0750 {{NAME:marisela}}: bio mom {{NAME:Yolanda Cruz}} 555 # in chart, {{PHONE:(505) 555-0124}}
0753 {{NAME:hb}} (NP): I can see him at 1130. {{NAME:pk}} pls do SCOFF + ask re purging. ok to call {{NAME:Yolanda}} after
1142 {{NAME:hb}}: HR 48 lying, 71 standing, temp 35.9. BMI 15.1 (down from 16.3). restricting x 6 wk, exercising 2 h/d, no purging. needs ED/adolescent eval today
1145 {{NAME:pk}}: called {{NAME:Yolanda}}, she's coming. dad {{NAME:Rafael Adebayo}} also notified per custody order (joint legal). {{NAME:Tracey}} not on release
1150 {{NAME:hb}}: spoke w/ adolescent med at {{FACILITY:Rio Bravo Children's Hospital}}, Dr. {{NAME:Benally}} accepting, ok for mom to drive him
1151 {{NAME:marisela}}: ok faxing wt log to them {{FAX:505-555-0139}}
1210 {{NAME:pk}}: gone w/ mom. told homeroom Mr. {{NAME:Esquibel}} he's out rest of wk`,
  `JUVENILE DETENTION - INTAKE HEALTH SCREENING
Facility: {{FACILITY:Salt River Valley Juvenile Detention Center}}    Booking # {{ID:JD25-011873}}
Youth: {{NAME:RAMIREZ-TOLEDO, ISAIAS}}   DOB {{DATE:12/17/2008}}   16 y M
Arrival {{DATE:02/09/2025 01:35}} via {{FACILITY:Cactus Flats PD}}, Ofc. {{NAME:Bradley Kuntz}} #{{ID:8812}}
Screen by {{NAME:L. Nakamura}}, RN at 0210:
- MAYSI-2: suicide ideation scale caution; denies current SI; hx cutting (summer of 2024 per youth)
- Substance: THC daily, fentanyl pills "a couple times"; last use ~2300 yesterday. COWS 3.
- Injuries: abrasion L knee from arrest, cleaned. No head injury.
- Meds: none. Allergies: amoxicillin (rash).
- Last PCP: {{FACILITY:Maryvale Community Health}}; AHCCCS ID {{HEALTH_PLAN:A70448192}}
- Guardian: mother {{NAME:Esperanza Toledo}} {{PHONE:602-555-0106}} - LVM 0230 re admission + consent for care. Older brother {{NAME:Mauricio Ramirez}} housed in adult jail, per youth.
Plan: suicide precautions level 2, MH clinician (Dr. {{NAME:Nwachukwu}}) to see in AM, COWS q4h, naloxone available.`,
  `PEDIATRIC AUDIOLOGY - COCHLEAR IMPLANT MAPPING
{{DATE:Thursday 5/8/2025}}   {{NAME:Sofia Valentina Mendoza-Reyes}}   DOB {{DATE:2021-01-30}}   MRN {{MRN:A00391827}}
Hx: congenital bilat profound SNHL (GJB2), referred on NBHS {{DATE:2/1/21}}. R CI activated {{DATE:9/14/2022}}, L CI activated {{DATE:03/02/2023}}.
Internal devices: R s/n {{DEVICE:CI632-R-4418207}}, L s/n {{DEVICE:CI632-L-4420913}}. Processors Nucleus 8, s/n {{DEVICE:N8-3301-77452}} (R) and {{DEVICE:N8-3301-77468}} (L).
Roger On remote mic s/n {{DEVICE:RG-ON-118823}} loaned to {{FACILITY:Lighthouse Auditory-Oral Preschool}} - teacher of the deaf Ms. {{NAME:Hollingsworth}} reports good use in circle time.
Today: impedances WNL all electrodes. C-levels raised 5 CL on E18-22 (R). Aided soundfield 20-25 dB HL 250-6000 Hz. Ling 6 detection 6/6, identification 5/6 (confuses /s/-/sh/).
Mother {{NAME:Valentina Reyes}} present with Spanish interpreter {{NAME:Gustavo Arana}} (ID {{ID:INT-2207}}). Father {{NAME:Hector Mendoza}} by phone.
AVT weekly with SLP {{NAME:Wren Castellano}}; CASLLS checklist progressing.
Next mapping 3 mo ({{DATE:Aug 2025}}). Spare coil and cable given.
{{NAME:Marguerite Delaune}}, AuD, CCC-A`,
  `DEVELOPMENTAL-BEHAVIORAL PEDIATRICS - DIAGNOSTIC EVALUATION
Child: {{NAME:LIANG, Haoran}} ("{{NAME:Harry}}")   DOB {{DATE:08/19/2021}}   age 3 y 4 m   Eval {{DATE:12/20/2024}}
Referred by Dr. {{NAME:Gabrielle Ostrowski}} after positive M-CHAT-R/F (9) at 2 y WCC.
Informants: mother {{NAME:Xu Meiling}}, father {{NAME:Liang Jun}}; Mandarin interpreter {{NAME:Wang Shufen}} in person. Nainai ({{NAME:Chen Yuhua}}) cares for him 3 d/wk; 2 d/wk at {{FACILITY:Happy Panda Bilingual Daycare}}, teacher Ms. {{NAME:Alvarado}} completed the SRS-2.
Hx: first words 20 mo, lost ~10 words at 24 mo; lines up cars; no pointing to show; toe walking. Audiology nl ({{DATE:10/2024}}).
Testing: ADOS-2 Module 1 comparison score 8. Mullen: VR 34, FM 42, RL 22, EL 20. Vineland-3 ABC 68.
Dx: autism spectrum disorder, level 2, with language impairment, without intellectual impairment (provisional).
Plan: ABA ({{FACILITY:Stepping Stones Behavior Center}}), speech 2x/wk, preschool special ed eval via {{FACILITY:Fairview County Public Schools}} Child Find; genetics: CMA + Fragile X.
Older brother {{NAME:Haoyu}} (7) - no concerns per parents.
{{NAME:Thandiwe Mokoena}}, MD, FAAP`,
  `Patient portal - message thread
From: {{NAME:Brooke Szymanski}} <{{EMAIL:brooke.szymanski84@example.com}}>  (proxy for {{NAME:Lily Szymanski}}, DOB {{DATE:4/4/2016}})
Sent: {{DATE:08/19/2024 9:14 PM}}     [audit: proxy login from {{IP:2601:547:c100:4e0::1a}}]
Subject: school forms!!
hi, {{NAME:Lily}} starts at {{FACILITY:Holy Family School}} next week and they need the med authorization for her zyrtec + epipen AND the state health form signed. can you fax her shot record to the school nurse Mrs. {{NAME:Dunleavy}} at {{FAX:(412) 555-0176}}? her little brother {{NAME:Caleb}} needs his kindergarten one too (dob {{DATE:6/30/19}}). thank u!!
---
From: {{NAME:Tanya R.}}, LPN, {{FACILITY:Northside Pediatrics}}
Sent: {{DATE:08/20/2024 10:02 AM}}
Hi {{NAME:Brooke}}, forms for {{NAME:Lily}} and {{NAME:Caleb}} are signed by Dr. {{NAME:Hirsch}} and were faxed to {{FAX:412-555-0176}} this morning. {{NAME:Caleb}} is due for his 5 yr check (last WCC {{DATE:7/12/2023}}); we have openings {{DATE:Aug 27}} and {{DATE:Aug 29}}. {{NAME:Lily}}'s EpiPen 0.3 mg Rx was sent to {{FACILITY:Mt. Lebanon Family Pharmacy}}. Originals at front desk. - {{NAME:Tanya}}`,
  `FOSTER CARE - COMPREHENSIVE HEALTH ASSESSMENT (30-day)
{{NAME:Marcus Jerome Tillman Jr.}}   DOB {{DATE:1-9-2011}}   14 y   DFCS case {{ID:GA-DFCS-1180452}}   Medicaid (Amerigroup 360) {{HEALTH_PLAN:GA360-558102937}}
Visit {{DATE:2/11/25}}   {{FACILITY:Peachtree Foster Care Medical Home}}
Placement hx: removed {{DATE:01/06/2025}}; 1st placement with foster mom {{NAME:Deborah Ellerbe}} disrupted {{DATE:1/20}} (aggression); now at {{FACILITY:New Horizons Boys Group Home}}, {{ADDRESS:4410 Old National Hwy}}, {{LOCATION:College Park}}, GA {{ZIP:30349}}; house parent {{NAME:Terrence Wiley}}.
Present: case manager {{NAME:Keisha Doolittle}}, CASA volunteer {{NAME:Harold Fenwick}}. Bio father {{NAME:Marcus Tillman Sr.}} has supervised visits Sat; maternal aunt {{NAME:Lorraine}} being studied for kinship.
Records from prior PCP ({{FACILITY:Southwest Atlanta Pediatrics}}) received {{DATE:2/3}}.
Findings: PHQ-A 12, UCLA PTSD-RI 41. Reads ~2 grade levels behind, {{FACILITY:Welcome Hollow Middle School}} -> IEP eval requested in writing. Vision 20/50 OU, glasses Rx. Caries x3.
Imms: Tdap lot 3CX72, MenACWY lot U7711AA, HPV #1 lot Y018833 given today.
Plan: TF-CBT via {{FACILITY:Kinship Bridges Counseling}}, dental, psych eval, RTC 3 mo.
{{NAME:Adaora Uche}}, MD`,
  `Admission Date:  [**{{DATE:2154-6-2}}**]              Discharge Date:   [**{{DATE:2154-6-7}}**]
Date of Birth:  [**{{DATE:2148-11-19}}**]             Sex:   M
Service: PEDIATRICS
HISTORY OF PRESENT ILLNESS:  5 y/o boy w/ hx of reactive airway disease transferred from [**{{FACILITY:Hospital 1474}}**] ED with status asthmaticus. Mother ([**{{NAME:Known firstname 3325}}**]) reports URI sx x 3 days, then wheeze and retractions. Got albuterol x3, ipratropium, dexamethasone, Mg 50 mg/kg prior to transfer. PCP is Dr. [**{{NAME:Last Name (STitle) 7712}}**] at [**{{FACILITY:Hospital 882}}**].
SOCIAL HISTORY: Lives with mother, grandmother and sister [**{{NAME:Name (NI) 4410}}**] in [**{{LOCATION:Location (un) 2291}}**]. Attends kindergarten at [**{{FACILITY:School 1771}}**]. Father smokes outdoors.
HOSPITAL COURSE: PICU [**{{DATE:6-2}}**] to [**{{DATE:6-4}}**] on continuous albuterol and HFNC, weaned to q4h by [**{{DATE:2154-6-6}}**]. Peak CRP 12. CXR RML atelectasis.
DISCHARGE MEDICATIONS: albuterol MDI 4 puffs q4h x 2d then prn, prednisolone 2 mg/kg x 5 d total, fluticasone 44 mcg 2 puffs BID (new).
FOLLOW UP: Dr. [**{{NAME:Last Name (STitle) 7712}}**] [**{{DATE:2154-6-9}}**], call [**{{PHONE:Telephone/Fax (1) 5512}}**].
[**{{NAME:First Name8 (NamePattern2) 122}}**] [**{{NAME:Last Name (NamePattern1) 9981}}**], MD  MD Number(1) [**{{LICENSE:Numeric Identifier 66201}}**]`,
  `{{FACILITY:LINCOLN PARK ELEMENTARY}} - FRONT OFFICE / HEALTH OFFICE ALERT   (posted {{DATE:09/03/2024}})
STUDENT: {{NAME:Amelia Rose Castellanos}}   gr 2   rm 7   ID# {{ID:40028813}}
CUSTODY: mother {{NAME:Gabriela Castellanos}} has sole legal & physical custody per {{FACILITY:Mission Reach Family Court}} order, cause no. {{ID:2023-CI-18842}}. Protective order in effect through {{DATE:08/31/2026}}.
*** DO NOT RELEASE to father {{NAME:Rodrigo Benavides}}, DOB {{DATE:3/12/1988}}. Photo on file: {{PHOTO:LPE-ALERT-0093.jpg}}. Known vehicle: gray Silverado, TX plate {{VEHICLE:LKD-4471}}. ***
If he arrives: keep student in office, call 911 and school resource officer (Ofc. {{NAME:Galvan}}), then mom {{PHONE:210-555-0163}}.
Authorized pick-up: mother; grandmother {{NAME:Irma Castellanos}} {{PHONE:210-555-0148}}; mom's partner {{NAME:Dwayne Pruitt}} (DL checked, TX {{LICENSE:30918842}}).
Health: {{NAME:Amelia}} has absence epilepsy, ethosuximide 250 mg BID given at home; seizure action plan on file, signed by Dr. {{NAME:Ana Lucia Trevino}} {{DATE:8/20/24}}. No rescue med ordered.
Counselor Ms. {{NAME:Haverford}} following, sees her Tuesdays.
Entered by {{NAME:R. Medina}}, registrar / reviewed {{NAME:Joelle Baptiste}}, RN`,
  `MEDICAL SOURCE STATEMENT - CHILD (SSI)
Claimant: {{NAME:Tobias Ekwueme-Larsen}}   DOB {{DATE:10/31/2014}}   SSN {{SSN:412-55-8093}}
Claim filed by mother {{NAME:Ingrid Larsen}}, SSN {{SSN:388-12-4407}} (rep payee). Phone {{PHONE:(316) 555-0181}}
Records custodian: {{FACILITY:Heartland Children's Rehab Hospital}}, MRN {{MRN:HR-001929384}}
Dx: spastic quadriplegic cerebral palsy, GMFCS V, ex-25 wk premie, cortical visual impairment, G-tube dependent, epilepsy.
Function: non-ambulatory. Power chair (Permobil M3, s/n {{DEVICE:PM3-88214-0021}}) driven w/ head array, 1:1 supervision. Communicates with eye-gaze device s/n {{DEVICE:TD-I13-550912}}, ~20 symbols. Dependent for all ADLs.
Transport: family wheelchair van, VIN {{VEHICLE:2C4RC1CG5KR557102}} (ramp conversion {{DATE:May 2023}}).
School: {{FACILITY:Prairie Star Special Education Cooperative}}, 1:1 para, nursing for feeds.
Hospitalizations past 12 mo: {{DATE:1/14/24}}-{{DATE:1/22/24}} aspiration pneumonia; {{DATE:6/2/24}} status epilepticus (PICU 3 d).
I have treated him since 2016; last seen {{DATE:10/29/2024}}.
Signed {{NAME:Ravi Kulkarni}}, MD   NPI {{LICENSE:1093847562}}   {{DATE:11/08/2024}}`,
  `CPS (Child Passenger Safety) - NICU DISCHARGE CAR SEAT CHECK
Infant: Baby Girl {{NAME:Abernathy-Soto}} ("{{NAME:Luna}}")   MRN {{MRN:00930115}}   GA 33 2/7 wk, now 36 1/7 PMA, wt 2.04 kg
Car seat tolerance screen {{DATE:10/14/24}} 0900-1030 (90 min): no apnea/brady/desat < 90%. PASS.
Seat: Chicco KeyFit 35 infant seat, mfg 05/2024, expires 2030. Harness lowest slot, insert used.
Vehicle: 2019 Honda Odyssey, PA plate {{VEHICLE:KYR-2290}}. Install checked in garage by CPST {{NAME:Nadine Holloway}} (cert # {{LICENSE:T771042}}) with father {{NAME:Esteban Soto}}; rear-facing, level line ok, LATCH, < 1 inch movement.
Mother {{NAME:Caroline Abernathy}} practiced buckling x2 - return demo good.
D/c home {{DATE:10/15/2024}} to {{ADDRESS:72 Conestoga Way}}, {{LOCATION:Lancaster}}, PA {{ZIP:17603}}. Home nursing by {{FACILITY:Susquehanna Home Peds}} {{DATE:10/17}}.
Twin A ({{NAME:Aurora}}) remains in NICU bed 14; parents will bring same seat model x2.
{{NAME:C. Oduya}}, RN`,
  `TEEN PRENATAL CLINIC - INITIAL OB    {{FACILITY:Young Mothers Program at Eastgate Health}}
{{NAME:Yesenia Batres}}   15 y   G1P0   LMP {{DATE:1/28/25}}   EDD {{DATE:11/4/25}} by US 9w2d   MRN {{MRN:YM-55318}}
Visit {{DATE:04/01/2025}}. Came with her mother {{NAME:Marisol Batres}}; seen alone for part of visit.
FOB {{NAME:Kevin Trujillo}}, 19. Mandated report to hotline {{DATE:4/1/25}} per state law (pt 15, FOB 19), ref # {{ID:CR-25-330917}}; pt informed beforehand.
School: 9th gr at {{FACILITY:Dos Rios High School}}, connected w/ parenting teen program (Ms. {{NAME:Arredondo}}).
Medi-Cal presumptive eligibility # {{HEALTH_PLAN:PE-2025-004417}}.
Labs: Hb 11.1, O+, rubella immune, HIV/syph/HBsAg neg, GC/CT neg. UA nl.
Social: lives w/ mom and 3 sibs ({{NAME:Jessie}}, {{NAME:Mayra}}, {{NAME:Tono}}) in {{LOCATION:Modesto}}. No IPV disclosed. EPDS 7.
Plan: PNV, WIC referral, dental, prenatal group "CenteringPregnancy Teens" Wednesdays, RTC 4 wk. Contraception plan postpartum discussed (considering implant).
{{NAME:Consuelo Ybarra}}, CNM`,
  `PEDIATRIC NEUROLOGY FOLLOW-UP      {{DATE:Jul-22-2024}}
{{NAME:ABIOYE, Temitope}} ("{{NAME:Tope}}")   11 y F   MRN {{MRN:NR-4420187}}
Dx: Lennox-Gastaut syndrome. VNS implanted {{DATE:02/2022}}, SenTiva model 1000, s/n {{DEVICE:VNS-106-70552}}.
Mom {{NAME:Funmilayo Abioye}} uploaded videos via {{URL:https://share.example-video.com/u/funmi_a/tope-drop-0712}}: 3 drop seizures on {{DATE:7/12}}, typical semiology.
Diary: drop seizures 4-6/wk (was daily), tonic nocturnal ~2/wk.
Meds: clobazam 10 mg BID, rufinamide 800 mg BID, cannabidiol 10 mg/kg/d.
VNS interrogation: output 2.0 mA, 30 s on / 5 min off, magnet 2.25 mA, battery OK.
School: {{FACILITY:Brookhaven Academy for Exceptional Learners}}; seizure action plan updated (Nayzilam 5 mg IN for cluster > 3 or seizure > 5 min). School nurse Ms. {{NAME:Patterson-Oduya}} trained. Bus 22 aide trained. Helmet for drops.
Maternal great-grandmother ({{AGE:97}}) lives in {{LOCATION:Ibadan}}; family hx epilepsy in maternal cousin.
Plan: rufinamide to 1000 mg BID; EEG {{DATE:Sept 9}}; RTC 3 mo.
{{NAME:Gideon Marchbanks}}, MD`,
  `{{FACILITY:Greenbrier Unified School District}} - Nutrition Services
MEDICAL STATEMENT FOR SPECIAL DIET / MEAL MODIFICATION
Student: {{NAME:Elias Moreau-Tanaka}}   Student ID {{ID:778014}}   Gr 1   School: {{FACILITY:Oak Knoll Elementary}}
Lunch account # {{ACCOUNT:LA-0077801}}  (meal status: reduced)  -- acct balance -$4.75, courtesy meal given {{DATE:10/2}}
Parent: {{NAME:Chloe Moreau}}  {{PHONE:304-555-0112}}  {{EMAIL:chloe.moreau.tanaka@example.org}}; father {{NAME:Kenji Tanaka}} {{PHONE:304-555-0127}}
Disability/condition: IgE-mediated EGG allergy (anaphylaxis {{DATE:2/2023}}) and cow's MILK allergy (hives).
Foods to omit: all egg incl. baked; fluid milk, cheese, yogurt. Substitute: soy milk 8 oz, dairy-free entree.
Epinephrine auto-injector 0.15 mg: 1 in classroom (rm 3, Ms. {{NAME:Faircloth}}), 1 in health office; device exp 11/2025.
Licensed physician: {{NAME:Arvind Subramaniam}}, MD, {{FACILITY:Mountaineer Allergy & Asthma}}, NPI {{LICENSE:1467783092}}, fax {{FAX:304-555-0180}}
Signed {{DATE:09/25/2024}}. Received by cafeteria manager {{NAME:Deb Grabowski}} {{DATE:9/27/24}}; copy to RN {{NAME:L. Ashworth}}.`,
  `INTERNATIONAL ADOPTION CLINIC - PRE-ADOPTION RECORD REVIEW
Prospective parents: {{NAME:Meredith}} and {{NAME:Paul Van Buskirk}}, {{LOCATION:Eau Claire}}, WI
Agency: {{FACILITY:Harbor Light Adoption Services}}, caseworker {{NAME:Anneke Vos}} {{EMAIL:avos@harborlight-example.org}}
Referred child: {{NAME:Juan Esteban Rojas Pineda}} ("{{NAME:Juanes}}"), reported DOB {{DATE:14/09/2021}}, residing at {{FACILITY:Hogar San Rafael}}, {{LOCATION:Bucaramanga}}, Colombia. Passport # {{ID:AX5510783}} (issued for travel).
Records reviewed ({{DATE:March 2024}}): growth at 18 mo wt 9.6 kg, HC 45 cm; at 30 mo wt 11.4 kg, HC 47 cm (~10th %ile). Labs {{DATE:3/14/2024}} from {{FACILITY:Laboratorio Clinico Santa Clara}}, {{LOCATION:Bogota}}: HIV neg, HBsAg neg, VDRL NR, Hb 10.8.
Referral photo {{PHOTO:REF-ICBF-2291.jpg}} and walking video ({{URL:https://vault.example-adopt.org/c/2291/video}}): no dysmorphic features, normal gait; philtrum/lip within normal limits.
Assessment: mild growth faltering, likely nutritional/institutional; language delay expected.
On arrival: CBC, ferritin, lead, TSH, IGRA, hep A/B/C, stool O&P x3, titers or revaccinate, vision/hearing, dental, dev screen at 1 and 6 mo.
Reviewer: {{NAME:Ximena Lagos-Whitmore}}, MD  {{DATE:04/05/2024}}`,
  `PATIENT FINANCIAL SERVICES - NICU FAMILY CONSULT     {{DATE:05/30/2024}}
Patient: Baby Boy {{NAME:Fairbanks}} (now {{NAME:Theo Fairbanks}})   MRN {{MRN:3310-2287}}   DOB {{DATE:04/02/2024}}
Guarantor: {{NAME:Whitney Fairbanks}}   SSN xxx-xx-{{SSN:6618}}   DOB {{DATE:01/15/1996}}
Home: {{ADDRESS:4 Sycamore Lane}}, {{LOCATION:Bozeman}}, MT {{ZIP:59715}}
Hospital acct {{ACCOUNT:HA-50091734}}; professional fee acct {{ACCOUNT:PF-2204418}}
Primary: father's employer plan ({{NAME:Dale Fairbanks}}, {{FACILITY:Gallatin Valley Concrete}}), member ID {{HEALTH_PLAN:XGV900184472}}. Newborn added {{DATE:4/20/24}} (within 30 d).
Secondary: MT Medicaid for infant (BW 980 g), application # {{ID:MTM-24-118820}} pending.
Charges to date $412,880; est. family responsibility = OOP max $9,100.
Discussed payment plan (24 mo, 0%), charity care app given, parking validation. Family lodging at {{FACILITY:Bridger Family House}} {{DATE:4/2}}-{{DATE:5/12}} covered by grant. Big sister {{NAME:Willa}} (4) staying with grandparents in {{LOCATION:Livingston}}.
Counselor {{NAME:Perla Quezada}}, ext {{PHONE:5-4419}}`,
  `WELL ADOLESCENT VISIT (16 y)     {{DATE:04/02/2024}}
{{NAME:Nasrin Haidari}}   DOB {{DATE:3/30/2008}}   MRN {{MRN:1049932}}
Legal guardian: uncle {{NAME:Farid Haidari}} (letters of guardianship, {{FACILITY:East Bay Superior Court}} case {{ID:JP-22-004187}}); ID verified, CA DL {{LICENSE:D7730418}}. Pt arrived from {{LOCATION:Kabul}} {{DATE:Nov 2021}}; parents remain in Afghanistan. Brother {{NAME:Omid}} (12) also in uncle's care.
Dari interpreter by phone, ID {{ID:48812}}.
HEADSS (alone): 10th gr at {{FACILITY:Mission Valley High}}, wants to be a nurse; works Sat at {{FACILITY:Golden Crust Bakery}}; not sexually active; no substances; PHQ-A 6; nightmares about evacuation, RHS-15 positive -> referral to {{FACILITY:Bay Area Refugee Wellness Center}}.
IGRA neg at arrival ({{DATE:12/2021}}).
Imms today: MenACWY #2 lot U8812AA, MenB #1 lot 4M72P, Flu lot 338R1. VIS given.
Learner's permit, practicing driving with uncle - seat belt/phone counseling.
Exam nl, BMI 21.4, Tanner 5. Vision 20/20.
{{NAME:Shabnam Rezaei}}, MD`,
  `{{FACILITY:Blue Ridge Child Advocacy Center}} - MEDICAL EVALUATION SUMMARY
Child: {{NAME:K.L.H.}} (face sheet: {{NAME:Kenzie Lynn Harwell}})   DOB {{DATE:11/11/2016}}   CAC case {{ID:BRCAC-24-0391}}   DSS referral {{ID:VA-DSS-2024-77813}}
Exam {{DATE:Friday, Dec 6, 2024}} 1300. Present: mother {{NAME:Brandi Harwell}}; victim advocate {{NAME:Leah Montoya}}. Forensic interview by {{NAME:Sam Ortega}} same day; Inv. {{NAME:Travis Coleman}}, {{FACILITY:Catawba Valley Police}}, observed.
Hx: disclosure to teacher Mrs. {{NAME:Pennington}} at {{FACILITY:Mill Creek Elementary}} on {{DATE:12/3}}. Alleged offender: mother's ex-boyfriend {{NAME:Cody Ray Strunk}}; last contact ~{{DATE:11/24}}.
Exam: well-appearing, Tanner 1. Head-to-toe no bruises/patterned marks. Anogenital exam normal - no acute or healed injury (a normal exam neither confirms nor negates abuse). ID photo {{PHOTO:BRCAC-ID-0391.jpg}} taken per protocol.
Labs: urine NAAT GC/CT/trich neg. No prophylaxis indicated (> 72 h).
Recs: TF-CBT ({{FACILITY:Valley Trauma Therapy}}), no-contact with alleged offender, reassurance to child: "your body is healthy".
{{NAME:Felicia Okonjo}}, MD  Child Abuse Pediatrics`,
  `{{FACILITY:TINY TREEHOUSE CHILD CARE CENTER}}  -  INCIDENT / INJURY REPORT
Child: {{NAME:Beckett Okonkwo-Lindgren}}   Age 2 y 7 m   Room: Caterpillars
Date of incident: {{DATE:Wed 6/11/25}}   Time: 10:40   Location: playground, climbing structure
Description (teacher {{NAME:Kayla Dupree}}): {{NAME:B.}} slipped from ladder rung ~3 ft, landed on wood chips, hit R forehead on platform edge. Cried right away. No LOC.
First aid: ice pack 10 min; 2 cm bump R forehead, no cut. Acting normal, walking steady.
Notified: director {{NAME:Rosalind Achebe}} 10:45; mother {{NAME:Signe Lindgren}} by phone 10:50 at {{PHONE:763-555-0133}} - declined early pickup.
Observation: 11:15 playing, ate lunch; nap 12:30-2:15 checked q15 min by {{NAME:Marisa}} - arousable, normal color.
Check-out 17:10, dad {{NAME:Chidi Okonkwo}} (fingerprint scan ID {{BIOMETRIC:BIO-TT-55821}}).
Parent signature: {{NAME:S. Lindgren}}  {{DATE:6/11/2025 17:20}}
Note: HFMD notice posted for Caterpillars room {{DATE:June 9}} (2 cases) - copy given.
F/u: seen by PCP at {{FACILITY:Maple Grove Pediatrics}} {{DATE:6/12}}, no concerns.`,
  `{{DATE:August 26, 2024}}
To: School Nurse and 504 Coordinator, {{FACILITY:Bee Cave Ridge High School}}
Re: {{NAME:Nathaniel Ababio}}, DOB {{DATE:04/17/2009}}
To whom it may concern,
{{NAME:Nathaniel}} ("{{NAME:Nate}}") is under my care at {{FACILITY:Lone Star Pediatric GI & Nutrition}} for Crohn's disease (ileocolonic, dx {{DATE:January 2023}}). He receives infliximab infusions every 8 weeks at our infusion center (next {{DATE:9/6}}, {{DATE:11/1}}, {{DATE:12/27}}), which need a full-day absence, and methotrexate by mouth on Sundays.
Please allow: unrestricted restroom access and a pass, seating near the door, access to water and snacks, rest in the health office if abdominal pain, extended time and make-up work after infusion days or flares, and excusal from PE on infusion days.
He should not receive live vaccines; please notify his parents about varicella or measles exposure in school.
If fever 38.5 C or higher, call his parents, {{NAME:Kwame}} and {{NAME:Abena Ababio}} ({{PHONE:512-555-0171}}), and our nurse line {{PHONE:512-555-0160}}.
Sincerely,
{{NAME:Ilse Brandvold}}, MD, Pediatric Gastroenterology   TX lic. {{LICENSE:Q4417}}`,
  `HEALTH ROOM VISITS -- {{FACILITY:HILLCREST JR HIGH}} -- {{DATE:THURSDAY 03/06/2025}}
07:55 {{NAME:MARTINEZ, ISABELLA}} GR 8 -- C/O CRAMPS, IBUPROFEN 400MG PER STANDING ORDER (PARENT CONSENT ON FILE). BACK TO CLASS.
08:30 {{NAME:NGUYEN, KHANH}} GR 7 -- PE INJURY R ANKLE, NO DEFORMITY, ICE + ELEVATE. COACH {{NAME:DIXON}} AWARE. MOM ({{NAME:LINH}}) CALLED {{PHONE:(503) 555-0191}}.
09:10 {{NAME:BROWNING, TY}} GR 8 -- T1D, BG 54, 4 GLUCOSE TABS, RECHECK 09:25 = 98, SNACK. CGM "SIGNAL LOSS", TRANSMITTER {{DEVICE:8G4KRT}} - PARENT TEXTED.
10:45 {{NAME:O'CONNELL-WEBB, RILEY}} -- ANXIETY/PANIC, BREATHING EXERCISES 10 MIN, COUNSELOR MS {{NAME:AKINYEMI}} TOOK HER.
11:50 {{NAME:HASSAN, ABDIRAHMAN}} -- FASTING (RAMADAN), DIZZY, REST 15 MIN. DAD {{NAME:MOHAMED HASSAN}} CALLED {{PHONE:503-555-0118}}, OK TO STAY.
13:20 {{NAME:MARTINEZ}} BACK, PAIN 7/10, SENT HOME W/ GRANDMA ({{NAME:CARMEN RUIZ}}) 13:35.
14:00 MED PASS: {{NAME:TY B.}} INSULIN 4 U PEN (LUNCH 60 G CARB).
14:40 {{NAME:ABIGAIL STROUD}} GR 7 -- HEAD LICE? CHECKED, NONE SEEN.
TOTAL VISITS 9 (2 NOT LOGGED - SUB NURSE AM). {{NAME:J. KAWASAKI}}, RN`,
  `STATE MEDICAL EXEMPTION FROM REQUIRED IMMUNIZATIONS (School / Child Care)
Child: {{NAME:Ophelia Marchetti-Doane}}   DOB {{DATE:2020-07-04}}   Registry ID {{ID:CAIR-7702193}}
School/child care: {{FACILITY:Little Sprouts Montessori}}
Parent/guardian: {{NAME:Celeste Doane}}, {{ADDRESS:918 Magnolia Ave}}, {{LOCATION:Pasadena}}, CA {{ZIP:91106}}
Vaccines exempted: MMR, varicella (live) -- TEMPORARY, expires {{DATE:06/30/2026}}
Medical basis: maintenance chemotherapy for B-ALL (dx {{DATE:8/2023}}) at {{FACILITY:San Gabriel Children's Cancer Center}}; immunosuppressed; live vaccines contraindicated.
Up to date (inactivated): DTaP x4, IPV x3, Hib x4, PCV15 x4, HepB x3, HepA x2.
Household: brother {{NAME:Jasper}} (7) and father {{NAME:Luca Marchetti}} fully vaccinated incl flu; great-grandmother {{NAME:Dolores Doane}} ({{AGE:90}}) lives in home, advised flu/COVID/RSV.
Physician: {{NAME:Akua Mensah-Bonsu}}, MD, Pediatric Hem/Onc   CA license {{LICENSE:A 118274}}   {{PHONE:626-555-0150}}
Submitted via state portal {{DATE:9/3/2024}}, confirmation {{ID:ME-20240903-8812}}.`,
  `{{FACILITY:SAFE HARBOR YOUTH SHELTER}} - HEALTH INTAKE (RHY program)
Youth: goes by "{{NAME:Sky}}" (legal {{NAME:Skylar Jean Merriweather}})   DOB {{DATE:2/14/2008}}   17 y   they/them
Intake {{DATE:11/02/2024 22:40}}; brought by outreach worker {{NAME:Ibrahim Sow}} from the {{LOCATION:Spokane}} bus plaza.
Hx: left home in {{LOCATION:Coeur d'Alene}} ~3 wk ago after conflict w/ stepfather ({{NAME:Rick Merriweather}}); couch-surfing since. Mother {{NAME:Jolene}} to be contacted within 72 h per RHY rules: {{PHONE:208-555-0177}}.
Health: asthma, no inhaler x 2 wk, night cough. Last PCP {{FACILITY:Lake City Family Health}}. Idaho Medicaid {{HEALTH_PLAN:0048812277}}.
Screens: HEADSS - 2 partners past 3 mo, condoms inconsistent; denies trading sex for housing. CRAFFT 3 (EtOH, THC). PHQ-9 16, no current SI; safety plan done.
Plan: albuterol via {{FACILITY:Inland Street Outreach Clinic}} clinic in AM; STI/HIV testing; PrEP info. Shelter caseworker {{NAME:Dana Kowalski-Reed}}.
Bed 4, locker 12.
{{NAME:mt}} / {{NAME:Monique Tallbear}}, RN`,
  `PEDIATRIC ORTHOPAEDICS - NEW PATIENT
{{NAME:Wojciechowski, Zofia}}   DOB {{DATE:01/03/2025}}   6 wk F   MRN {{MRN:OR-7720193}}   Seen {{DATE:02/14/2025}}
Ref: Dr. {{NAME:Bernadette Kaminski}} ({{FACILITY:Northwest Suburban Pediatrics}}) for positive Ortolani L hip at 2 wk WCC.
Risk factors: breech (ECV failed), first-born female, maternal aunt {{NAME:Grazyna}} had "hip surgery as a baby" in {{LOCATION:Krakow}}.
Exam: L hip Barlow +, Ortolani +, Galeazzi + L. R hip stable. Asymmetric thigh folds. Feet nl, no torticollis.
US hips: L alpha 48 deg, coverage 28% (Graf IIc/D); R alpha 61 (Graf I).
Plan: Pavlik harness fitted today (size S), 23 h/day. Parents {{NAME:Kasia}} and {{NAME:Tomasz Wojciechowski}} taught diapering, bathing, car seat fit. Care video sent by secure link {{URL:https://secure.example-peds.org/s/zw0214-pav}}.
Repeat US in harness 2 wk ({{DATE:2/28}}). Call {{PHONE:847-555-0145}} for skin breakdown or straps slipping.
{{NAME:Henrik Salvesen}}, MD / {{NAME:Ama Owusu}}, PA-C`,
  `PEDS ED - BEHAVIORAL HEALTH BOARDING NOTE (day 3)
{{NAME:Brayden Tolliver}}   12 y M   MRN {{MRN:E4419028}}   arrived {{DATE:10/28/2024 19:05}}
Under TDO # {{ID:TDO-24-118827}} (magistrate order {{DATE:10/28/24}}).
Hx ADHD, DMDD, ODD. Brought by {{FACILITY:Swift Creek Police}} after threatening sister {{NAME:Kaitlyn}} (9) with a kitchen knife. Adoptive parents {{NAME:Renata}} and {{NAME:Glenn Tolliver}} at bedside intermittently.
Since arrival: 2 episodes agitation needing IM olanzapine 5 mg + diphenhydramine 25 mg; no restraint since {{DATE:10/29}} 0300. 1:1 sitter. Eating, sleeping ~7 h.
Meds: guanfacine ER 3 mg qhs continued; methylphenidate ER 36 mg held.
Dispo: accepted at {{FACILITY:Oakwood Ridge Residential Treatment Center}}, bed {{DATE:11/1}}; MCO auth # {{ID:AUTH-55188203}}. CSB evaluator {{NAME:Marquita Fenn}} {{PHONE:804-555-0138}}.
School ({{FACILITY:Swift Run Middle School}}) counselor Mr. {{NAME:Pruneda}} sending work packets.
Mom asks that grandfather {{NAME:Walt Tolliver}} not be given info (not on release).
Dr. {{NAME:Priyanka Ellison}}, peds EM`,
  `SCHOOL VISION SCREENING - REFERRAL TO EYE CARE PROVIDER
School: {{FACILITY:Rolling Hills Elementary}}   Screened {{DATE:10/03/2024}} by {{NAME:T. Abernethy}}, RN (Spot screener + HOTV)
Student: {{NAME:Mohammed Al-Sayed}}   gr 1   DOB {{DATE:4/8/2018}}   ID {{ID:220041877}}
Result: REFER - OD 20/50, OS 20/20. Spot: anisometropia, OD +3.25 sph.
Parent: {{NAME:Huda Al-Sayed}}  {{PHONE:(313) 555-0152}}  Arabic preferred.
---- EYE CARE PROVIDER REPORT (return to school nurse, fax {{FAX:313-555-0157}}) ----
Exam {{DATE:10/21/24}}. Cycloplegic refraction OD +3.50 -0.50 x 180, OS +0.75 sph. BCVA OD 20/60, OS 20/20. Anisometropic amblyopia OD. Cover test ortho; fundi nl.
Rx: glasses full-time; patch OS 2 h/day once glasses worn 6 wk. Please allow glasses at recess/PE with sports strap.
F/u {{DATE:Dec 2}}.
{{NAME:Rania Haddadin}}, OD, {{FACILITY:Dearborn Family Vision}}, lic. {{LICENSE:4501-077218}}
Glasses via {{FACILITY:Bright Eyes Eyeglass Fund}} voucher # {{ID:VCH-24-31187}}.`,
  `AUTHORIZATION FOR MEDICAL TREATMENT OF A MINOR (temporary)
We, {{NAME:Dmitri Volkov}} and {{NAME:Anastasia Volkova}}, parents of {{NAME:Mila Volkova}} (DOB {{DATE:12-03-2013}}) and {{NAME:Artem Volkov}} (DOB {{DATE:06-21-2017}}), authorize the children's grandparents {{NAME:Sergei}} and {{NAME:Tatiana Orlov}}, {{ADDRESS:2750 Ocean Pkwy, Apt 6C}}, {{LOCATION:Brooklyn}}, NY {{ZIP:11235}}, tel {{PHONE:718-555-0126}}, to consent to medical and dental care, including emergency care, from {{DATE:07/01/2025}} through {{DATE:08/15/2025}}.
PCP: {{FACILITY:Sheepshead Bay Pediatrics}}, Dr. {{NAME:Lev Gurevich}}. Insurance member IDs: {{HEALTH_PLAN:EHP 6620184471}} ({{NAME:Mila}}), {{HEALTH_PLAN:EHP 6620184472}} ({{NAME:Artem}}).
Health info: {{NAME:Mila}} - asthma (fluticasone 44 mcg 2 puffs BID), PCN allergy (hives). {{NAME:Artem}} - none; tubes 2020.
Parents reachable in {{LOCATION:Tallinn}}: {{PHONE:+1 347-555-0144}} (WhatsApp), {{EMAIL:a.volkova@example.net}}.
Signed {{DATE:6/24/2025}}. Notary: {{NAME:Graciela Ferrer}}, commission # {{LICENSE:01FE6228419}}.
Scanned to chart {{DATE:6/30/25}} -{{NAME:rv}}`,
  `{{FACILITY:Bluegrass Pediatric Genetics}} - CONSULT NOTE      {{DATE:09-Jan-2025}}
Patient: {{NAME:Eloise Pritchard}}   DOB {{DATE:11/20/2024}}   7 wk F   MRN {{MRN:G-0418827}}
Reason: Down syndrome - high-risk NIPT; postnatal karyotype 47,XX,+21, free trisomy (accession {{ID:CYT-24-08817}}).
Pedigree: mother {{NAME:Hannah Pritchard}} 41 y, father {{NAME:Miles Pritchard}} 44 y; maternal half-brother {{NAME:Grayson}} (15) healthy; maternal grandmother 68, hypothyroid; paternal great-grandfather {{NAME:Elmer Pritchard}}, {{AGE:94}}, alive in {{LOCATION:Paducah}}. No other chromosomal conditions known.
Health supervision (AAP): echo {{DATE:11/22/24}} complete AVSD -> repair planned ~4 mo with Dr. {{NAME:Okpara}}, {{FACILITY:Commonwealth Children's Heart Center}}. NBS TSH nl; CBC - no TAM. ABR pass R, refer L -> repeat {{DATE:1/30}}. Ophtho by 6 mo. Feeding: slow, NG supplement, SLP following.
Discussed recurrence (~1%), early intervention (First Steps), and parent group ({{FACILITY:Down Syndrome Family Network of Lexington}}).
{{NAME:Solveig Dahl-Masters}}, MS, CGC / {{NAME:Ade Ogunleye}}, MD`,
  `VIDEO VISIT - {{FACILITY:Fit Futures Pediatric Weight Clinic}}     {{DATE:01/21/2025 16:00}}
Pt {{NAME:Demarcus Hollins}}   13 y   MRN {{MRN:WM-330187}}
Link {{URL:https://meet.example-health.net/j/88410277312}}; pt joined from {{IP:172.58.220.14}} (mobile), mom from {{IP:24.13.187.92}} (work). Video froze x1.
Present: mom {{NAME:LaToya Hollins}}; grandmother {{NAME:Bernice}} in background.
Home scale 96.4 kg (98.1 on {{DATE:12/17}}). BMI ~36 (class 2 obesity, > 120% of 95th %ile).
Semaglutide 1 mg weekly since {{DATE:Oct 2024}}; nausea improved; no abd pain, no vomiting.
Labs {{DATE:1/10/25}}: A1c 5.9, ALT 48, TG 190, HDL 34.
Sleep: loud snoring, PSG booked at {{FACILITY:Riverbend Sleep Center}} {{DATE:2/4}}.
School: breakfast + lunch at {{FACILITY:Carver Middle}}; joined step team with Coach {{NAME:Pendleton}}, 3x/wk.
Mood: PHQ-A 4. Teasing less.
Plan: increase to 1.7 mg weekly; dietitian {{NAME:Rosa Villalobos}}, RD, video {{DATE:2/11}}; RTC 4 wk.
{{NAME:Imani Crenshaw}}, MD`,
  `2 mo wcc   {{DATE:3/3/25}}
{{NAME:tess okoro-whelan}}  dob {{DATE:12/30/24}}  mrn {{MRN:11048372}}
here w/ mom {{NAME:aisling}} + dad {{NAME:chinedu}}. big bro {{NAME:fitz}} (3) came too, has a cold.
feeding: breastfed + 2 oz formula at night, 8-10x/d, small spit ups, happy spitter. stools yellow seedy.
sleep: back to sleep in bassinet, room share, no bed share.
growth: wt 5.3 kg (50%), len 58 cm (55%), hc 39.5 cm (60%).
dev: social smile, coos, lifts head 45 deg prone.
exam: nl. AF soft flat, red reflex + bilat, hips stable (ortolani/barlow neg), no murmur, cord site healed.
mom EPDS 11 - hx anxiety, sees therapist ({{NAME:noreen}} @ {{FACILITY:Clearwater Counseling}}), denies SI, support line info given.
vax: vaxelis lot U8012AA, pcv20 lot LP4471, rotateq lot Y0322 PO. nirsevimab already given in nursery {{DATE:12/31}}.
VIS eds 8/6/21 & 2/4/22 reviewed.
ag: rear facing car seat, no honey, tummy time, fever >= 38 call nurse line {{PHONE:(919) 555-0110}}.
rtc 4 mo ~{{DATE:5/1}}.  -{{NAME:sk}}`,
  `PEDIATRIC SURGERY - BRIEF OPERATIVE NOTE
Pt {{NAME:Jaylin Mercer-Boone}}   11 y M   MRN {{MRN:S-5501884}}   Date {{DATE:07/19/2024}}
Consent: youth in DCFS custody. Foster mother {{NAME:Paulette Greer}} may not consent to surgery. Telephone consent 1415 from DCFS on-call guardianship administrator {{NAME:Henry Castellucci}} {{PHONE:217-555-0115}}, witnessed by {{NAME:A. Kimura}}, RN; youth ID {{ID:DCFS-0841772}}; temporary custody order {{ID:2023-JA-00412}}, {{FACILITY:Prairie Central Circuit Court}}.
Preop dx: acute appendicitis (US +, WBC 17.2). Postop dx: perforated appendicitis, localized abscess.
Procedure: laparoscopic appendectomy, drainage of pelvic abscess.
Surgeon Dr. {{NAME:Oksana Petrenko}}; assist Dr. {{NAME:Yusuf Karimi}} (PGY-3). Anesthesia GETA, Dr. {{NAME:Hollis Grant}}.
EBL < 10 mL. Specimen appendix to path, {{ID:SP-24-22871}}. No drain. Wound classes IV.
Plan: pip/tazo, then PO amox-clav to finish 7 d. Caseworker {{NAME:Bianca Reyes-Hunt}} notified 1710; bio mother {{NAME:Chantel Boone}} may visit, supervised, per caseworker.`,
  `CHILD PROTECTION TEAM - MEDICAL NEGLECT CONSULT
{{NAME:Trinity Ducharme}}   14 y F   T1D since age 6   MRN {{MRN:62008143}}   Adm {{DATE:03/02/2025}} for DKA (pH 7.02) - 3rd DKA in 6 mo (prior {{DATE:10/2024}}, {{DATE:12/2024}}).
Hx: insulin pump (t:slim X2, s/n {{DEVICE:TS2-1184029}}) not worn x 2 mo, supplies not refilled; 4 missed endo appts; glargine last filled {{DATE:11/18/24}} at {{FACILITY:Hermantown Drug}}.
Family: lives with father {{NAME:Gary Ducharme}}, who works nights at {{FACILITY:Northland Distribution Center}}; mother {{NAME:Crystal}} in {{LOCATION:Duluth}}, limited contact; brother {{NAME:Austin}} (19) helps some.
School: {{FACILITY:Pine Valley Middle School}} nurse {{NAME:Marit Halvorsen}} reports 22 absences this semester and skipped lunch BG checks.
Impression: medical neglect contributing to recurrent DKA, in the context of adolescent self-management, father's schedule and possible depression (PHQ-A 15).
Plan: report to {{FACILITY:Arrowhead County Human Services}} (intake {{ID:SLC-CP-25-1184}}), SW, diabetes re-education with dad + teen, psychology, home health for supervised injections.
{{NAME:Marguerite Olander}}, MD`,
  `END OF THERAPY SUMMARY - PEDIATRIC ONCOLOGY
Name: {{NAME:Santiago}} "{{NAME:Santi}}" {{NAME:Villarreal}}   DOB {{DATE:2/27/2016}}   MRN {{MRN:ONC-004218}}
Dx: Wilms tumor, favorable histology, stage III, R kidney, dx {{DATE:04/11/2024}}.
Tx: R radical nephrectomy {{DATE:4/16/24}} (Dr. {{NAME:Feng}}); regimen DD-4A (vincristine, dactinomycin, doxorubicin cumulative 150 mg/m2); flank RT 10.8 Gy at {{FACILITY:Gulf Coast Proton & Radiation}}. Last chemo {{DATE:12/9/2024}}.
Port: PowerPort s/n {{DEVICE:PP-8814-20277}} placed {{DATE:4/16/24}}, removed {{DATE:1/28/25}}.
Late-effect risks: cardiac (doxorubicin) - echo q2-5 yr; solitary kidney - BP, UA, creatinine yearly; scoliosis/soft tissue (RT).
Re-entry: back at {{FACILITY:Las Palmas Elementary}} gr 3 full days since {{DATE:Jan 2025}}; teacher Mr. {{NAME:Okamura}} aware.
Revaccination begins 6 mo off therapy ({{DATE:June 2025}}).
Family: parents {{NAME:Adriana}} and {{NAME:Rogelio Villarreal}}; sister {{NAME:Xiomara}} (11) in sibshop group.
Survivorship: {{NAME:Tamsin Okafor-Reid}}, NP. Primary oncologist: {{NAME:Bernard Lefebvre}}, MD.`,
  `{{FACILITY:RIVERSIDE HEAD START - MAIN ST CENTER}}   45-DAY HEALTH SCREENING ROSTER   Classroom: Blue Jays
Teacher: {{NAME:Lupe Galindo}}   Health coordinator: {{NAME:Sheree Watkins}}   Printed {{DATE:10/18/2024}}
CHILD                     DOB          ENROLL    HGB    LEAD    HT/WT    HEAR/VIS   DENTAL
{{NAME:Alvarez, Matias}}           {{DATE:03/14/2020}}   {{DATE:9/3}}       11.8   <2      done     P/P        {{DATE:9/30}}
{{NAME:Begay, Tiana}}             {{DATE:07/02/2020}}   {{DATE:9/3}}       10.4*  2.1     done     P/refer    due
{{NAME:Charles, Ja'Marion}}        {{DATE:11/28/2019}}   {{DATE:9/9}}       12.1   6.2*    done     P/P        {{DATE:10/2}}
{{NAME:Duong, Bella}}             {{DATE:01/19/2021}}   {{DATE:9/3}}       --     --      done     CNT/P      due
{{NAME:Esposito, Leo}}            {{DATE:05/05/2020}}   {{DATE:9/16}}      11.5   <2      done     P/P        {{DATE:10/7}}
* f/u: {{NAME:Tiana}} - Hgb recheck + iron per PCP ({{FACILITY:Westside Family Health Center}}); vision referral letter to mom {{NAME:Darlene Begay}}.
* {{NAME:Ja'Marion}} - BLL 6.2: mom {{NAME:Keyona Charles}} notified {{DATE:10/17}} ({{PHONE:951-555-0165}}), county lead program referral.
* {{NAME:Bella}} - could not test hearing/vision, rescreen {{DATE:11/1}}. Hgb/lead not on file - grandma ({{NAME:Thuy}}) says done at {{FACILITY:Magnolia Pediatrics}}, records requested.
Entered by {{NAME:S.W.}}`,
  `ADOLESCENT MEDICINE - SUBSTANCE USE FOLLOW-UP      {{DATE:5/20/2025}}
{{NAME:Colton Reyes-Whitlock}}   17 y M   MRN {{MRN:AM-228104}}
Referred by JPO {{NAME:Dana Farrow}}, {{FACILITY:Santa Cruz Valley Juvenile Probation}}, case # {{ID:JV-24-06631}}. ROI signed by pt + mom covers attendance and UDS result ONLY (42 CFR Part 2).
Seen alone: cannabis vape daily since 14, now 3-4x/wk; "Xanax bars" x2 at a party {{DATE:5/10}}; no opioids, no IV. CRAFFT 5. GAD-7 13, PHQ-A 8.
Driver's license {{LICENSE:D09928174}} suspended by court until {{DATE:9/1/25}} - main motivator. Works at {{FACILITY:Saguaro Tire & Lube}}. Girlfriend {{NAME:Alexis}} supportive, doesn't use.
UDS today: THC +, benzo neg, fentanyl neg, amphet neg.
Plan: MI today; CBT group at {{FACILITY:Desert Bloom Youth Recovery}} Tues/Thurs; naloxone + fentanyl test strips given; sleep hygiene. Mom {{NAME:Sandra Whitlock}} joined at end - shared general plan only.
To JPO (per ROI): attended, UDS result; faxed {{FAX:520-555-0183}}.
{{NAME:Aurelio Montano}}, MD`,
  `{{FACILITY:Franklin High School-Based Health Center}} - ENROLLMENT & PARENT CONSENT (electronic)
Student: {{NAME:Marisol Quispe}}   DOB {{DATE:02/09/2010}}   Student ID {{ID:3301887}}   Grade 9
Parent/guardian: {{NAME:Rosa Quispe Mamani}} (mother)   email {{EMAIL:rquispe.mamani@example.com}}   cell {{PHONE:(718) 555-0193}}
Address: {{ADDRESS:41-18 Judge St, Apt 3F}}, {{LOCATION:Elmhurst}}, NY {{ZIP:11373}}
Insurance: Medicaid CIN {{HEALTH_PLAN:AB44871C}}
Consents: [x] primary care  [x] mental health  [x] dental  [ ] vision
(Minors may consent to reproductive health care without a parent under NY law.)
Emergency contact: tía {{NAME:Elena Mamani}} {{PHONE:718-555-0121}}
Health hx (parent): asthma - mild, albuterol prn; no allergies. Older brother {{NAME:Wilmer}} also enrolled.
Audit trail: link sent {{DATE:09/04/2024 08:12}} to {{EMAIL:rquispe.mamani@example.com}}; opened {{DATE:09/04/2024 19:47}} from {{IP:108.41.92.177}}; signed {{DATE:09/04/2024 19:53}}; envelope {{ID:ESIGN-7f3a91c2}}.
Reviewed by {{NAME:Gloria Acevedo}}, SBHC coordinator, {{DATE:9/5/24}}.`,
  `Pediatric Nephrology - {{FACILITY:Lowcountry Children's Kidney Clinic}}
{{DATE:10/07/2024}}
Dear Dr. {{NAME:Oyinda Lawal}},
Thank you for referring {{NAME:Caden Pinckney}} (DOB {{DATE:09/15/2019}}), whom I saw on {{DATE:October 3}} with his mother, {{NAME:Shaniqua Pinckney}}, and grandfather, {{NAME:Otis Pinckney}}.
{{NAME:Caden}} presented {{DATE:9/20}} with periorbital and scrotal edema. UPCR 8.2, albumin 1.6, C3 normal, creatinine 0.3, no hematuria, BP 98/60: idiopathic nephrotic syndrome. Prednisone 60 mg/m2/day began {{DATE:9/21}}; urine dipstick negative since {{DATE:9/30}}, so steroid-sensitive.
Plan: daily prednisone to complete 4 weeks, then 40 mg/m2 alternate days for 4 weeks; home dipstick log (mom texts readings to our nurse {{NAME:Kendra}}).
He has had one varicella dose; his kindergarten ({{FACILITY:Mt. Pleasant Academy}}) will tell us of exposures, and VZIG would be needed. Inactivated flu vaccine is fine; no live vaccines while on high-dose steroids.
Please call {{PHONE:843-555-0172}} or fax {{FAX:843-555-0179}} with questions.
Sincerely, {{NAME:Laurent Desrosiers}}, MD`,
  `NURSE TRIAGE CALL      {{DATE:12/26/2024 21:18}}
Caller: {{NAME:Margaret}} "{{NAME:Peggy}}" {{NAME:Lindstrom}}, foster mother (licensed foster home {{LICENSE:WI-FH-207733}}), re {{NAME:Zion Watts}}, 22 mo, DOB {{DATE:02/11/2023}}, placed with her {{DATE:12/20}}.
CB # {{PHONE:414-555-0186}}
Sx: fever 39.6 rectal since this AM, pulling L ear, fussy; drinking ok, 4 wet diapers; no rash, no resp distress.
Placement paperwork: "recurrent ear infections", ? tubes planned. Allergies unknown. Meds none listed.
Protocol: Earache / Fever < 3 y. Disposition: see within 24 h -> appt {{DATE:12/27}} 0915 with Dr. {{NAME:Varga}}.
Advised acetaminophen 15 mg/kg: wt 12 kg per caller -> 180 mg = 5.6 mL of 160 mg/5 mL q6h prn.
Consent: foster parent may consent to routine care per agency. Caseworker {{NAME:Jerome Atkinson}}, {{FACILITY:Lakeshore Family Services}}, after-hours {{PHONE:414-555-0100}}.
Caller also asks whether bio dad's visit Sat should go ahead - advised to discuss with agency.
{{NAME:R. Sanderson}}, RN`,
  `PEDS TRAUMA - TIER 2 ACTIVATION     {{DATE:11/29/2024 15:42}}
{{NAME:TRAUMA, ECHO}} -> identified as {{NAME:Harper Ann Sorensen}}, 6 y F, MRN {{MRN:T2411-0093}}
EMS ({{FACILITY:Cannon River Ambulance}} run # {{ID:RC24-18832}}): rear-seat passenger, booster seat NOT used, lap belt only; car vs pickup, T-bone at {{ADDRESS:MN-3 and 320th St W}}. Driver = great-grandfather {{NAME:Arvid Sorensen}}, {{AGE:91}}, taken to adult ED.
Vehicle: 2009 Buick Lucerne, MN plate {{VEHICLE:DKV 118}}, VIN {{VEHICLE:1G4HD57279U104772}}; state patrol crash report {{ID:MNCR-24-0074419}}, Trooper {{NAME:Ostlund}}.
Primary: airway intact, GCS 15, HR 128, BP 94/60. Seat-belt sign lower abdomen.
CT A/P: small jejunal wall thickening, trace free fluid, Chance fx L2. No solid organ injury.
Plan: admit peds surgery, serial abd exams, TLSO brace per spine, NPO.
Family: mom {{NAME:Kirsten Sorensen}} en route from {{LOCATION:Faribault}} ({{PHONE:507-555-0147}}); sister {{NAME:Greta}} (9) was front seat, eval'd at {{FACILITY:Cannon Valley Regional Hospital}}, minor.
Car seat education + referral to CPST before discharge.
{{NAME:Leif Amundsen}}, MD, trauma / {{NAME:K. Ng}}, RN`,
  `{{FACILITY:Cedar Ridge Intermediate School}} - ANAPHYLAXIS INCIDENT REPORT
Date/time: {{DATE:January 16, 2025 11:58}}   Location: cafeteria, table 6
Student: {{NAME:Rohan Malhotra}}   gr 5   ID {{ID:5504129}}   known peanut/cashew allergy
Lunch line: purchased via palm-vein scanner (palm ID {{BIOMETRIC:PV-0550-4129}}), meal account {{ACCOUNT:MEAL-5504129}} flagged "PEANUT"; item served: pesto pasta (contained cashew) - cafeteria error.
Sx: lip swelling, throat "itchy", 2 vomits, hives on trunk, wheeze.
Action: EpiPen 0.3 mg R thigh at 12:01 by nurse {{NAME:Ines Coutinho}}, RN; 911 12:02; 2nd dose not needed. {{FACILITY:West Branch Fire District}} Medic 4 arrived 12:09, transported to {{FACILITY:DuPage Meadows Children's ED}}.
Parents: mom {{NAME:Kavita Malhotra}} {{PHONE:630-555-0197}} reached 12:04; dad {{NAME:Vikram}} met ambulance.
Witness: lunch aide {{NAME:Dottie Kerrigan}}; principal Mr. {{NAME:Haldeman}}. Food services director {{NAME:Carla Benning}} reviewing allergen labels.
F/u: ED obs 4 h, d/c home; back at school {{DATE:1/17}}, new auto-injector supplied, IHP updated.
Report by {{NAME:I. Coutinho}}, RN`,
  `POST-ADOPTION HEALTH RECORD UPDATE (chart merge)
Former name: {{NAME:Jaxon Lee Darby}}     New name: {{NAME:Jaxon Malik Fairclough}}     MRN {{MRN:88104773}} (retained)
DOB {{DATE:08/08/2018}} (unchanged)
Adoption finalized {{DATE:November 22, 2024}}, {{FACILITY:White River Probate Court}}, cause {{ID:49D08-2407-AD-000318}}
Adoptive parents: {{NAME:Derek Fairclough}} and {{NAME:Simone Fairclough}}, {{ADDRESS:6120 Allisonville Rd}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46220}}
Amended birth certificate # {{ID:IN-ABC-2024-0092217}}; new SSN {{SSN:317-60-2284}} (prior SSN {{SSN:303-14-8871}} inactivated in chart).
Adoption-assistance Medicaid continues: {{HEALTH_PLAN:IN-1002840773}}.
Per policy: pre-adoption encounters sealed; birth-family hx summary retained (maternal HTN, paternal ADHD, prenatal tobacco/THC).
Sister {{NAME:Nevaeh}} (10) adopted by the same family in 2022; her chart already merged.
Updated by HIM {{NAME:Portia Gaines}} {{DATE:12/03/2024}}; verified with adoption worker {{NAME:Claire Dunmore}}, {{FACILITY:Heartland Adoption Partners}}, {{PHONE:317-555-0153}}.`,
  `PEDIATRIC DERMATOLOGY     {{DATE:Feb 4 2025}}
{{NAME:Isla Mae Brodsky}}   10 wk F   MRN {{MRN:D-7730412}}
Infantile hemangioma, segmental, L forehead / upper eyelid (S1), partly covering L visual axis.
PHACE w/u: echo nl ({{DATE:1/28/25}}); MRI/MRA brain + neck nl ({{DATE:1/30/25}}). Ophtho (Dr. {{NAME:Nakagawa}}): mild induced astigmatism, no occlusion amblyopia yet.
Photos today: {{PHOTO:DERM-IB-20250204-01.jpg}} (frontal face), {{PHOTO:DERM-IB-20250204-02.jpg}} (L oblique); compare {{PHOTO:DERM-IB-20250114-01.jpg}} - lesion paler, flatter, less eyelid swelling.
Propranolol started {{DATE:1/31}} 1 mg/kg/d div BID, now 2 mg/kg/d (wt 4.9 kg -> 4.9 mg BID). HR 128, BP 82/46, no wheeze, feeding well.
Mom ({{NAME:Rachel Brodsky}}) knows to hold dose if not feeding or ill (hypoglycemia); dad {{NAME:Noam}} on board. Letter to daycare ({{FACILITY:Wee Care Infant Center}}): give dose only with a feed.
RTC 4 wk.  {{NAME:Elodie Marchand}}, MD`,
  `GROWTH HORMONE - SPECIALTY PHARMACY ENROLLMENT / HOME TRAINING
Pt {{NAME:Mikael Bergstrom}}   9 y 3 mo M   DOB {{DATE:7/14/2015}}   MRN {{MRN:EN-5520931}}
Dx: GH deficiency (peak GH 4.1 on arginine/clonidine {{DATE:3/6/24}}); ht -2.6 SD; bone age 7 y 0 mo (Greulich-Pyle); MRI small anterior pituitary.
Rx: somatropin 0.3 mg/kg/wk = 1.6 mg SC nightly via electronic autoinjector s/n {{DEVICE:EAI-DV-0041827}}.
Specialty pharmacy {{FACILITY:Great Plains Specialty Rx}}, patient acct {{ACCOUNT:GPS-0092281}}; PA # {{ID:PA-GH-448102}} approved through {{DATE:10/31/2025}}; plan member {{HEALTH_PLAN:BCBSNE 448210937-01}}; copay card {{ACCOUNT:CC-8812-2293-0017}}.
Home training {{DATE:11/12/24}} by {{NAME:Carla Jimenez-Ott}}, RN ({{FACILITY:HomeInfuse Midwest}}): parents {{NAME:Erik}} and {{NAME:Johanna Bergstrom}} return demo ok; {{NAME:Mikael}} wants to self-inject by summer.
Sister {{NAME:Linnea}} (12), ht 25th %ile, no concerns.
Endocrinologist {{NAME:Farida Hamdan}}, MD, {{LOCATION:Omaha}} office {{PHONE:402-555-0131}}.`,
  `504 MEETING MINUTES - {{FACILITY:Briarcliff High School}} - {{DATE:Sept. 18, 2024 3:15 pm}}
Student: {{NAME:Genevieve Tran-Morrow}}   gr 11   ID {{ID:11-400817}}
Attendees: {{NAME:Patrice Lemaire}} (504 coord), {{NAME:Hugh Delgado}} (counselor), {{NAME:Nora Fitzwilliam}}, RN, teachers {{NAME:S. Abara}} (chem) and {{NAME:Tomasz Lis}} (AP US Hist), parent {{NAME:Lien Tran}}, student.
Eligibility: POTS (dx {{DATE:5/2024}} by Dr. {{NAME:Kessler}}, {{FACILITY:Hudson Valley Pediatric Cardiology}}) and chronic migraine, substantially limiting attendance and concentration.
Accommodations: water + salty snacks in class; elevator pass; leave class 2 min early; rest in health office up to 20 min then return; excused from timed mile; extended time 1.5x; copies of notes; no attendance penalty for documented medical absences.
Emergency: presyncope - lie down, legs up, call nurse; syncope with injury - 911 + parent {{PHONE:(914) 555-0107}}.
Review: {{DATE:9/17/2025}} or sooner.
Minutes: {{NAME:P. Lemaire}}`,
  `NEWBORN - NAS / PLAN OF SAFE CARE (CAPTA)
Infant: Baby Girl {{NAME:Colvin}} ({{NAME:Harmony}})   DOB {{DATE:04/08/2025 23:14}}   MRN {{MRN:4460087}}   37 wk, BW 2.72 kg
Mother: {{NAME:Ashley Colvin}}, 26 y, methadone 90 mg/d through {{FACILITY:New Dawn Treatment Center}} (counselor {{NAME:Rich Patterson}}); UDS at delivery methadone only. HCV Ab +, RNA pending.
Father: {{NAME:Dylan Harbaugh}}, involved, works at {{FACILITY:Tri-State Roofing}}.
Course: Eat-Sleep-Console, rooming-in; one "no" on DOL 3 -> more skin-to-skin, on-demand feeds; no morphine needed.
Notification (not an abuse report) to state DHHR {{DATE:4/9/25}}, notification # {{ID:WV-POSC-25-00813}}.
Plan of safe care: PCP {{FACILITY:Charleston Kids Care}} f/u {{DATE:4/15}}; home visitor {{NAME:Jodi Fields}}; mom continues MOUD; infant HCV RNA at 2 mo; safe sleep; naloxone kit for household.
Maternal grandmother {{NAME:Tammy Colvin}} to stay with family x 1 mo.
SW {{NAME:Evangeline Moss}}, MSW   {{PHONE:304-555-0198}}`,
  `VACCINE ADVERSE EVENT - SCHOOL-LOCATED VACCINATION CLINIC
Clinic: {{FACILITY:Harbor County Health Dept}} mobile unit at {{FACILITY:Pinewood Middle School}}   {{DATE:10/23/2024}}
Student: {{NAME:Maya Reinholt}}   DOB {{DATE:05/30/2012}}   12 y F
Given 13:05 by {{NAME:Roxanne Ebbers}}, RN: HPV9 lot Y012448 (exp 2026-03); MenACWY lot UJ338AA; Tdap lot 5CX94. VIS eds 8/6/21 x3 given.
Event 13:08: pallor, "I feel weird", syncope while seated ~10 s with 3-4 myoclonic jerks, slid onto mat, no head strike. HR 58 -> 84, BP 88/50 -> 104/66, glucose 92. Back to baseline 13:20.
Parent: dad {{NAME:Jonas Reinholt}} {{PHONE:231-555-0112}}, picked up 13:45. Mom {{NAME:Britt}} asked for a copy by email ({{EMAIL:britt.reinholt@example.org}}).
VAERS report filed {{DATE:10/24/2024}}, VAERS ID {{ID:2804417}}. Registry entries done (client ID {{ID:MCIR-66021947}}).
Future doses: lying down, observe 15 min. Not a contraindication to further HPV doses.
Reported by {{NAME:R. Ebbers}}; reviewed by medical director {{NAME:Alistair Penhaligon}}, MD.`,
  `{{FACILITY:CAMP TALL PINES}} HEALTH CENTER LOG - week 3
{{DATE:7/15}} 0730 AM meds: {{NAME:Eli Strand}} (cabin 6) Vyvanse 30 mg; {{NAME:Nia Fairchild}} (cabin 11) levothyroxine 50 mcg. 
{{DATE:7/15}} 1420 {{NAME:Marco Delgado-Pitt}} (c8) swimmer's ear R, ofloxacin gtts, no swim 48 h. counselor {{NAME:Bex}} informed.
{{DATE:7/16}} 0215 {{NAME:Avery Kline}} (c3) homesick, tummy ache, afebrile. tea + talk, back to cabin 0245.
{{DATE:7/16}} 1100 {{NAME:Eli}} tick L scalp, removed intact, saved in bag; mom {{NAME:Julie Strand}} emailed {{EMAIL:julie.strand@example.com}}.
{{DATE:7/17}} 1630 {{NAME:Nia}} bee sting L hand, no hx allergy, ice + cetirizine 10 mg.
{{DATE:7/18}} 2100 "{{NAME:Zeke}}" ({{NAME:Ezekiel Moyo}}, c6) T 38.9, sore throat, rapid strep POS. amoxicillin 50 mg/kg/d per standing orders of camp MD Dr. {{NAME:Carys Penrose}}; isolated in HC overnight. parents {{NAME:Tendai}} & {{NAME:Rudo Moyo}} called {{PHONE:919-555-0161}}.
{{DATE:7/19}} 0800 {{NAME:Zeke}} afebrile, back to activities 24 h after abx.
staff: {{NAME:ks}} RN / {{NAME:Becca L.}}, EMT`,
  `ASTHMA ACTION PLAN  (copies: school, after-school program, home)
Name: {{NAME:Joaquin Esparza}}   DOB {{DATE:9-1-2017}}   Date {{DATE:8/15/2024}}
School: {{FACILITY:Desert Willow Elementary}}   After school: {{FACILITY:Kids Zone at Vista del Sol}}
Severity: moderate persistent. Triggers: colds, smoke (abuelo smokes outside), dust storms, exercise.
GREEN (doing well): fluticasone HFA 110 mcg 2 puffs BID with spacer; albuterol 2 puffs 15 min before PE.
YELLOW (cough, wheeze, tight chest, PF 120-192): albuterol 4 puffs q4h; call clinic if needed > 24 h.
RED (PF < 120, hard to breathe, can't talk): albuterol 6 puffs and CALL 911.
Peak flow personal best 240.
Self-carry: YES. School nurse {{NAME:Cecilia Urrutia}} to check technique.
Parent: {{NAME:Marisela Esparza}} {{PHONE:915-555-0136}}; abuelo {{NAME:Ramiro Esparza}} {{PHONE:915-555-0138}}
Clinician: {{NAME:Hyun-woo Shin}}, MD, {{FACILITY:Franklin Mountains Pediatrics}}, tel {{PHONE:915-555-0140}}, fax {{FAX:915-555-0141}}
Parent signed {{DATE:8/15/24}}; received by school nurse {{DATE:8/20/24}}.`,
  `{{FACILITY:COCONINO PLATEAU JUVENILE COURT}} - DEPENDENCY
In re {{NAME:L.T.}}, a minor      Dependency No. {{ID:JD2024-000217}}
MEDICAL STATUS REPORT for review hearing {{DATE:03/19/2025}}
Child: {{NAME:Lily Tsinajinnie}}   DOB {{DATE:06/23/2021}}   3 y
Prepared by {{NAME:Rowan Kirkpatrick}}, MD, {{FACILITY:Flagstaff Children's Health Partners}}, at the request of DCS Specialist {{NAME:Melanie Yazzie}} and GAL {{NAME:Brett Hollister}}, Esq.
Since the last hearing ({{DATE:12/11/2024}}), {{NAME:Lily}} was seen 3 times ({{DATE:12/20}}, {{DATE:1/24}}, {{DATE:2/28}}). Weight rose from the 3rd to the 15th %ile in kinship placement with her maternal aunt, {{NAME:Roberta Tsinajinnie}}, in {{LOCATION:Tuba City}}. Speech delay: weekly therapy via AzEIP with {{NAME:Colleen Marsh}}, SLP; now 2-word phrases. Dental rehabilitation under GA {{DATE:1/15/25}} at {{FACILITY:Northern Pines Pediatric Dental}} (8 crowns). Immunizations caught up. Lead 2.1.
Mother {{NAME:Shaylene Tsinajinnie}} joined one visit by phone.
I make no recommendation about placement; medically, continuing speech therapy and dental follow-up every 3 months is important.
{{NAME:R. Kirkpatrick}}, MD   {{PHONE:928-555-0119}}`,
  `{{FACILITY:CHILDREN'S SPECIALTY PHARMACY - WESTGATE}}   REFILL LINE LOG   {{DATE:Mon 06/09/2025}}
09:02 caller verified by voiceprint ({{BIOMETRIC:VP-22018847}}) as {{NAME:Gloria Fuentes}}, mother of {{NAME:Benicio Fuentes}} (DOB {{DATE:3/3/2019}}). Rx {{ID:RX-7718204}} levetiracetam 100 mg/mL 4 mL BID, refill req # {{ID:RR-0609-0044}}, ready 1400. Pickup by grandmother {{NAME:Lourdes Fuentes}} (on list).
09:15 voiceprint FAILED x2; caller says she is {{NAME:Tamara Oakes}}, aunt of {{NAME:Jayden Oakes}}. Not on contact list - no info given; asked that parent {{NAME:Kristy Oakes}} call.
09:40 Dr. {{NAME:Salcedo}}'s office ({{FACILITY:Westgate Pediatric Neurology}}) e-sent new Rx for {{NAME:Benicio}}: 5 mL BID eff {{DATE:6/10}}. Old Rx inactivated.
10:05 callback to {{NAME:Gloria}} {{PHONE:(786) 555-0175}} re dose change - LVM.
10:31 {{NAME:Kristy Oakes}} verified (voiceprint {{BIOMETRIC:VP-22031190}}). Rx {{ID:RX-7720155}} budesonide 0.5 mg/2 mL for {{NAME:Jayden}}: claim rejected, PA needed, sent to payer ref {{ID:PA-0609-8821}}.
logged {{NAME:tn}}, CPhT`,
  `NICU DISCHARGE SUMMARY - TWIN B
Twin B {{NAME:Adeyemi-Clarke}} ("{{NAME:Kehinde}}")   DOB {{DATE:01/04/2025}}   GA 29 3/7 wk   BW 1.18 kg   MRN {{MRN:NICU-25-0012}}
D/C {{DATE:03/14/2025}} (DOL 69, PMA 39 2/7). Parents {{NAME:Folake Adeyemi}} and {{NAME:Marcus Clarke}}. Twin A ("{{NAME:Taiwo}}") went home {{DATE:3/7}}.
Problems: BPD (mild) - home O2 1/8 L NC; apnea of prematurity resolved (caffeine off {{DATE:2/20}}); anemia of prematurity on iron; ROP stage 1 zone II - ophtho Dr. {{NAME:Venkatesan}} {{DATE:3/21}}.
Equipment: O2 + oximeter from {{FACILITY:Keystone Home Medical}}; oximeter s/n {{DEVICE:RAD8-1140982}}.
Feeds: EBM fortified to 24 kcal/oz, 55 mL q3h PO, gaining 28 g/d.
Screens: ABR pass both; echo small PFO. NBS x3 normal.
Imms: HepB {{DATE:2/3/25}}; 2-mo vaccines {{DATE:3/5/25}}; nirsevimab {{DATE:3/12/25}}. Car seat test pass {{DATE:3/12}}.
F/u: PCP {{FACILITY:Northeast Philly Pediatrics}} {{DATE:3/16}}; NICU follow-up clinic at 4 mo corrected; EI referral; pulmonology.
Home: {{ADDRESS:1842 Cottman Ave}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19111}}; nursing visits by {{FACILITY:Liberty Pediatric Home Care}}.
{{NAME:Rahel Tesfaye}}, MD, Neonatology`,
  `SCHOOL SEALANT PROGRAM - SCREENING & TREATMENT RECORD
Site: {{FACILITY:Eastmoor Elementary}}   Date {{DATE:04/29/2025}}   Provider: {{FACILITY:Smile Mobile Dental Outreach}}
Student: {{NAME:Hakeem Yusuf}}   gr 2   DOB {{DATE:10/10/2017}}   Teacher: Ms. {{NAME:Crandall}}
Consent: mother {{NAME:Fadumo Ali}}, signed {{DATE:3/31/25}}; Medicaid {{HEALTH_PLAN:OH-1193874402}}
Findings: caries #S, #T (untreated, moderate). Sealants placed #3, #14, #19, #30. Fluoride varnish applied.
Urgency: early dental care (within weeks).
Referral: {{FACILITY:Near East Family Dental}}, appt {{DATE:5/13}}; case manager {{NAME:Hodan Warsame}} called mom at {{PHONE:614-555-0166}} with Somali interpreter.
Brother {{NAME:Ayaan Yusuf}}, gr 4, sealed in 2023, screened today: no caries.
Dentist: {{NAME:Temperance Holloway}}, DDS, OH lic. {{LICENSE:30.027741}}; hygienist {{NAME:Jordyn Pace}}, RDH.`,
  `PRIVATE DUTY NURSING - SHIFT NOTE   {{FACILITY:Brightpath Pediatric Home Nursing}}
Client: {{NAME:Emmanuel}} "{{NAME:Manny}}" {{NAME:Ruiz-Castro}}, 4 y M, SMA type 1, trach/vent dependent.
Address: {{ADDRESS:7714 W Cermak Rd, Unit 2}}, {{LOCATION:North Riverside}}, IL {{ZIP:60546}}
Shift {{DATE:02/17/2025}} 0700-1900
Vent: Trilogy Evo s/n {{DEVICE:TV2201884301}}, AC 12, Vt 110, PEEP 6, FiO2 25%. Backup vent s/n {{DEVICE:TV2201884377}} checked. Trach Shiley 4.0 PED cuffless, last changed {{DATE:2/10}}.
0900 suctioned mod white secretions. 1130 G-tube feeds peptide 1.0 at 60 mL/h x 10 h. 1400 cough assist x5. SpO2 96-99%, afebrile.
Nusinersen last dose {{DATE:1/6/25}} at {{FACILITY:Lakeshore Children's Neuromuscular Clinic}}.
Family: mom {{NAME:Yadira Castro}} at work until 1730; dad {{NAME:Luis Ruiz}} home; brother {{NAME:Diego}} (8) home with a cold - masked, hand hygiene reinforced.
Supervisor {{NAME:Kim Obuya}}, RN notified re sick sibling {{PHONE:708-555-0122}}.
{{NAME:A. Dombrowski}}, LPN`,
  `SEXUAL ASSAULT NURSE EXAMINER (SANE) - ADOLESCENT
Pt {{NAME:Bryn Calderwood}}   16 y F   DOB {{DATE:01/25/2009}}   MRN {{MRN:ED-9914307}}
Exam {{DATE:11/10/2024 03:25}}, {{FACILITY:Saint Isidore Medical Center}} ED
Hx (pt seen alone; mom {{NAME:Heather Calderwood}} in family room): assaulted at a party at an acquaintance's home {{DATE:11/9}} ~2300 by a known male ("{{NAME:Brody}}"); alcohol involved; partial memory.
Exam: bruise L upper arm 3 x 2 cm; small posterior fourchette abrasion. Body diagram completed; photo-documentation per SANE policy (no facial images).
Evidence kit # {{ID:SAK-24-007713}} sealed 0510; chain of custody to Ofc. {{NAME:Renee Baptiste-Ward}}, {{FACILITY:Commencement Bay Police}}, report # {{ID:CBPD-24-118443}}.
Meds: ceftriaxone 500 mg IM, doxycycline, metronidazole; levonorgestrel 1.5 mg; HIV nPEP x 28 d started. HIV, HBsAg, RPR drawn; UPT neg.
Advocate {{NAME:Sunita Rao}} from {{FACILITY:South Sound Sexual Assault Center}} present throughout.
F/u: adolescent clinic {{DATE:11/25}}; nPEP labs wk 2 and 4; counseling referral.
{{NAME:Deb Kowalewski}}, RN, SANE-A / {{NAME:Ivo Petrov}}, MD`,
  `PORTAL MESSAGE - ADOLESCENT ACCOUNT (confidential; parent proxy blocked age 13-17)
From: {{NAME:Zoe Kealoha}} <{{EMAIL:zkealoha.07@example.com}}>   DOB {{DATE:07/07/2008}}
Sent {{DATE:2/27/2025 23:41}}   (login IP {{IP:66.8.145.203}})
hi um is it normal to still be bleeding like every day since i got the nexplanon?? its been 2 months. also can u not tell my mom i messaged, she thinks im on it for acne lol. and i think i need a refill of my sertraline but my mom picks it up at {{FACILITY:Kailua Town Pharmacy}}
---
Reply sent {{DATE:2/28/2025 08:52}} by {{NAME:Leilani Akana}}, APRN, {{FACILITY:Windward Teen Health}}
Hi {{NAME:Zoe}}, thanks for reaching out. Frequent spotting is common in the first 3-6 months with the implant, and we have medicine that can help. Your messages here are confidential and we will not share them with your mom. Your sertraline refill is sent; the pharmacy label will show only the sertraline. Can you come in {{DATE:Mar 4}} at 3:30 after school? If you'd rather talk, call {{PHONE:808-555-0124}} and ask for me.
- {{NAME:Leilani}}`,
  `ORAL FOOD CHALLENGE - BAKED MILK
{{NAME:Amelie Dufresne}}   5 y F   MRN {{MRN:AL-220947}}   {{DATE:5/6/2025}}   {{FACILITY:Piedmont Allergy & Immunology for Children}}
Indication: cow's milk allergy (hives + vomiting at 9 mo, {{DATE:Nov 2020}}); milk sIgE 2.1 (from 14), casein 0.9; SPT baked milk 4 mm.
Consent: mother {{NAME:Genevieve Dufresne}}; father {{NAME:Olivier}} by phone from {{LOCATION:Montreal}}.
Doses (muffin, 1.3 g milk protein total): 1/12 at 0915, 1/6 at 0935, 1/4 at 0955, 1/2 at 1015.
Observed to 1215: no hives, no GI sx, lungs clear. Vitals stable throughout.
Result: PASSED baked milk.
Plan: baked milk daily, milk ladder per handout; letter for preschool ({{FACILITY:Les Petits Explorateurs Preschool}}) updated; avoid unbaked milk; keep epinephrine 0.15 mg.
Brother {{NAME:Theo}} (2) - egg allergy, his OFC {{DATE:6/10}}.
{{NAME:Kofi Mensah}}, MD / {{NAME:Brigid O'Halloran}}, RN`,
  `TRANSITION OF CARE - YOUTH AGING OUT OF FOSTER CARE
{{DATE:July 1, 2025}}
To: {{NAME:Reginald Osei-Tutu}}, MD, {{FACILITY:Eastside Adult Primary Care}}
Re: {{NAME:Imani Gladney}}, DOB {{DATE:06/28/2007}}
Dear Dr. {{NAME:Osei-Tutu}},
{{NAME:Imani}} turned 18 on {{DATE:6/28}} and is moving to adult care. She entered foster care at 11 through {{FACILITY:North Coast Children and Family Services}} and had 6 placements. She is in extended foster care with independent-living worker {{NAME:Lorenzo Battle}} ({{PHONE:216-555-0159}}) and keeps Medicaid to 26 as a former foster youth ({{HEALTH_PLAN:OH-MCD-118209377}}).
Problems: intermittent asthma; PCOS on combined OC; depression, stable on fluoxetine 20 mg, therapist {{NAME:Ana Kellerman}} at {{FACILITY:Lake Erie Youth Counseling}}; healed L wrist fracture.
She holds her own birth certificate, Social Security card ({{SSN:286-44-1932}}), state ID and immunization record. Records enclosed on CD ({{DATE:6/2025}}).
Contact: {{PHONE:216-555-0103}}, {{EMAIL:imani.gladney07@example.com}}; {{ADDRESS:3310 Mayfield Rd, Apt 12}}, {{LOCATION:Cleveland Heights}}, OH {{ZIP:44118}} ({{FACILITY:Bridges Young Adult Housing}}).
{{NAME:Yvonne Castellano-Reed}}, MD`,
  `RELEASE OF INFORMATION LOG - {{NAME:PELLETIER-ABADI, NOAH}}   DOB {{DATE:02/02/2016}}   MRN {{MRN:10488273}}
Custody: joint legal per decree {{DATE:6/14/2022}}, {{FACILITY:Kennebec Valley Family Court}}, docket {{ID:FM-22-118}}. Both parents may access absent an order limiting access.
DATE       REQUESTER                          RECORDS              SENT / METHOD                                BY
{{DATE:01/09/25}}   father {{NAME:Reza Abadi}}                visits + imms 2024   portal proxy re-enabled                      {{NAME:JL}}
{{DATE:01/13/25}}   mother {{NAME:Claire Pelletier}}           full chart           pickup, ID checked (ME DL {{LICENSE:1187442}})      {{NAME:JL}}
{{DATE:01/21/25}}   Atty {{NAME:Brenda Sokolov}} (for father)  full chart           HELD - no valid subpoena; fax {{FAX:207-555-0142}}   {{NAME:MK}}
{{DATE:01/28/25}}   GAL {{NAME:Thomas Ngata}}                  notes 2023-24        per order {{DATE:1/24/25}}, {{EMAIL:tngata.gal@example.org}}   {{NAME:MK}}
{{DATE:02/03/25}}   school nurse, {{FACILITY:Hallowell Road Elementary}}   imms only   fax {{FAX:207-555-0188}}, parent auth          {{NAME:JL}}
Note: sister {{NAME:Yasmin}} (12) has a separate log.
HIM: {{NAME:Janet Lavoie}} ({{NAME:JL}}), {{NAME:Marc Kowal}} ({{NAME:MK}})`,
];

export const HELDOUT_REALISTIC_73_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout73-${i + 1}`, n));
