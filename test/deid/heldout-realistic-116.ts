// A hundred-and-sixteenth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is pulmonology, sleep medicine and allergy/immunology:
// pulmonary clinic notes (COPD, ILD, asthma, sarcoid, alpha-1, bronchiectasis, and a cystic
// fibrosis clinic with CFTR genotypes, which are not PHI), PFT, bronchoscopy, thoracentesis and
// overnight oximetry reports, lung cancer screening and nodule clinic letters, home oxygen, CPAP,
// BiPAP and home ventilator orders with DME companies and machine serials, CPAP compliance
// downloads and cloud portal exports with device ids, modem IMEIs, URLs and IP addresses, sleep
// study reports (PSG, split night, HSAT, MSLT, pediatric PSG), sleep tech notes and secure chats,
// CDL/DOT sleep apnea clearance letters, allergy clinic notes with skin testing tables, oral food
// and drug challenge protocols, anaphylaxis and asthma action plans for schools and camps,
// immunotherapy and biologic injection logs with vial labels, prior-authorization letters, IVIG
// home infusion logs, pulmonary rehab session logs, lung transplant referral and follow-up letters,
// TB screening forms with negative results, billing statements, records requests, fax covers and
// a research-corpus excerpt with bracketed placeholders.
// Names of patients, parents, grandparents, techs, respiratory therapists, nurses, DME drivers and
// physicians come in many forms: surname first, all caps, initials, typist and signer initials,
// nicknames in quotes, first names alone, hyphenated, Irish, Spanish, Vietnamese, Nigerian, Indian,
// Scandinavian, Polish and Samoan names. Addresses are loosely written (suite and unit inside the
// street span, rural routes and PO boxes); dates come as 03/11/2025, 3/11/25, 2025-03-11,
// 11MAR25, 11-Mar-2025, March 11, mar 11, 3/11 and with weekdays and times attached; ages over 89
// are marked however written. Look-alikes that are NOT PHI and are left unmarked: FEV1, FVC,
// FEV1/FVC ratios, DLCO, TLC, 6MWT distances, AHI, RDI, ODI, T90, CAI, Epworth and STOP-BANG
// scores, mMRC, CAT, ACT, ISI and GOLD stages, Lung-RADS categories, Mallampati and Friedman
// grades, spirometry percentages, wheal sizes in mm, IgE, tryptase and eosinophil counts, CPAP
// pressures and mask sizes, drug names and doses (Trelegy, Breztri, Dupixent, Xolair, Nucala,
// Trikafta, Ofev, Xywav, Wakix, Grastek, Auvi-Q, EpiPen), allergen names (D. pter, Alternaria,
// timothy, ragweed, Ara h 2), CFTR and Pi genotypes (F508del, G542X, PiZZ), eponyms and eponymous
// terms (Cheyne-Stokes, Samter, Churg-Strauss, Mallampati, Kussmaul, Darier, Gottron, Lady
// Windermere, Pickwickian, Light's criteria, Fleischner), ICD-10, CPT and HCPCS codes, vaccine and
// extract lot numbers and expiries,
// years alone, school years, seasons with years, clock times alone, weekdays alone, rooms, beds,
// sleep-lab rooms, rehab stations, scope numbers, ages of 89 and under, and payer names.
// Annotation follows the README guideline and set 72's header: titles and credentials stay
// outside NAME spans; kin terms used as titles (Nonna, Abuela, Tía, Grandpa) stay outside; a
// school, camp, employer, DME supplier, pharmacy, home infusion company or sleep lab is FACILITY;
// insurer and Medicare/Medicaid member numbers are HEALTH_PLAN; billing and statement numbers are
// ACCOUNT; NPI, DEA, state licence and CDL numbers are LICENSE; plates and VINs are VEHICLE; CPAP,
// BiPAP, concentrator, ventilator, oximeter, HSAT, vest, implant and modem serials and portal
// device ids are DEVICE; accession, order, prior-auth, REMS, registry, ticket and confirmation
// numbers are ID; a month/day without a year is a DATE with any clock time left outside.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-24 final engine
// (a32ba5b) 0.9888 / 0.9586; pass-25 engine (whose rules were made from sets 111-114 without
// reading this one) 0.9891 / 0.9586.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 COPD clinic follow-up
  `PULMONARY CLINIC - FOLLOW UP
Pt: {{NAME:Hargrove, Dennis R.}}   MRN {{MRN:40-771-2186}}   DOB {{DATE:02/14/1951}}
Visit: {{DATE:03/11/2025}}   Provider: {{NAME:Priya Venkataraman}}, MD   Loc: {{FACILITY:Netarts Bay Pulmonary Associates}}, Rm 4

CC: 3 mo f/u COPD, GOLD 3 / group E
HPI: 74M ex-smoker (52 pk-yr, quit 2016) on Trelegy Ellipta 100/62.5/25 1 inh daily. 2 exacerbations since last visit, one needing pred burst + doxy at urgent care in {{LOCATION:Astoria}} on {{DATE:1/19}}. Wife {{NAME:Carol}} says he is "slowing down on the stairs". CAT 24, mMRC 3.
PFT {{DATE:02/27/25}}: FEV1 0.98 L (34% pred), FVC 2.41 L (61%), FEV1/FVC 0.41, DLCO 38%. 6MWT 218 m, nadir SpO2 84% RA.
Plan:
- qualifies for ambulatory O2 2 L pulsed; CMN faxed to {{FACILITY:Coastline Home Medical}} fax {{FAX:(503) 555-0187}}
- refer pulm rehab at {{FACILITY:Seaside Providence Rehab}} - Tues/Thurs
- consider roflumilast; eos 310 -> discuss Dupixent next visit
- PCV20 given today, lot XK4471, exp 11/2026
RTC 3 mo. Pt cell {{PHONE:503-555-0142}}.
{{NAME:PV}}/{{NAME:kt}}`,

  // 2 CPAP cloud compliance export
  `AirLink Cloud - Compliance Report (export)
Generated {{DATE:2025-04-02 07:14:33}} by {{EMAIL:mfolau@pinecrestsleep.example}} from {{IP:198.51.100.23}}
Patient: {{NAME:OKONKWO, CHIDI}}  DOB: {{DATE:1978-09-30}}  Portal pt id: {{ID:ALC-5530912}}
Device: AirSense 11 AutoSet   SN {{DEVICE:23241877602}}   Modem IMEI {{DEVICE:358240051187331}}
Last sync: {{DATE:2025-04-01 23:58}} via cellular, gateway {{IP:203.0.113.140}}
DME: {{FACILITY:Valley Respiratory Supply}}, {{LOCATION:Yakima}}   Setup date: {{DATE:2025-01-06}}
Usage period: {{DATE:03/02/2025}} - {{DATE:03/31/2025}} (30 days)
  Days with usage ........ 28/30
  Days >= 4 h ............ 26 (87%)
  Avg usage (all days) ... 6 h 41 min
  Pressure min/max ....... 6 / 16 cmH2O
  Median / 95th %ile ..... 9.2 / 12.8
  Leak 95th %ile ......... 18.4 L/min
  AHI 2.3   CAI 0.6   OAI 1.1
Compliance status: MEETS CMS criteria (>= 4 h on 70% of nights in a 30-day window)
Ordering clinician: {{NAME:Folau, Mele}} DNP   NPI {{LICENSE:1386629047}}
Portal link: {{URL:https://airlink-cloud.example.net/patients/ALC-5530912/compliance}}
Payer: Cascade Mutual Health   Member {{HEALTH_PLAN:CMH884120773}}`,

  // 3 Diagnostic PSG report
  `{{FACILITY:NORTHRIDGE SLEEP DISORDERS CENTER}}
{{ADDRESS:2210 Orchard Pkwy, Suite 300}}, {{LOCATION:Boise}} ID {{ZIP:83704}}  Tel {{PHONE:208-555-0199}}  Fax {{FAX:208-555-0198}}

DIAGNOSTIC POLYSOMNOGRAPHY (Type I, attended)
Patient: {{NAME:Lindqvist, Annika M}}   Sex F   DOB {{DATE:07/22/1969}}   MRN {{MRN:NSDC-118402}}
Study date: {{DATE:Thursday, March 6, 2025}}   Lights out 22:41, lights on 05:12
Referring: {{NAME:Tomas Ybarra}}, PA-C     Scoring tech: {{NAME:R. Dupuis}}, RPSGT
BMI 31.8   Neck 38 cm   ESS 14/24   STOP-BANG 5/8   Mallampati III

TST 352.5 min   SE 81.3%   SOL 14 min   REM latency 96 min   WASO 52 min
Stages: N1 11%  N2 58%  N3 12%  REM 19%
AHI 27.4/h (supine 48.1, non-supine 9.6; REM 41.0)   RDI 31.2   ODI 4% 22.8
SpO2 baseline 94%, nadir 79%, T90 6.4%
Central apneas 3; no Cheyne-Stokes pattern. PLMI 4.
IMPRESSION: Moderate OSA (G47.33), positional and REM-accentuated.
RECOMMEND: APAP 5-15 vs in-lab titration; positional therapy; drowsy driving counseling.
Interpreting physician: {{NAME:Hollis J. Abernathy}}, MD, D.ABSM   Signed {{DATE:03/09/2025 16:20}}`,

  // 4 Peds allergy new patient with skin testing
  `ALLERGY & IMMUNOLOGY - NEW PT          {{DATE:4/15/25}}
Pt: {{NAME:Mateo Castillo-Reyes}}, 6 y/o M, MRN {{MRN:7730021}}
Here w/ mom ({{NAME:Lucia Reyes}}) + Abuela {{NAME:Carmen}}. Referred by Dr {{NAME:Nguyen}} ({{FACILITY:Sunnyslope Kids Pediatrics}}).
Hx: hives + lip swelling ~10 min after PB cookie at a bday party {{DATE:3/29}}, given Benadryl by another parent, resolved. No resp sx. Tolerates egg, milk, wheat. Mild persistent asthma on Flovent 44 2 puffs BID. Eczema since infancy.
SPT (Multitest, read 15 min) histamine 6 mm / saline 0:
  peanut 9x30 | almond 0 | cashew 4x10 | walnut 0 | hazelnut 2
  egg white 0 | milk 0 | sesame 3x5 | D. pter 5x15 | cat 7x20
sIgE sent: Ara h 2, Ara h 6, Ana o 3.
A/P: peanut allergy, IgE-mediated; cashew sensitization of unclear significance.
- EpiPen Jr 0.15 mg x2 to {{FACILITY:Garfield Family Drug}}
- school plan completed for {{FACILITY:Desert Willow Elementary}}
- mom email {{EMAIL:lucia.reyes88@mailbox.example}}, cell {{PHONE:(602) 555-0163}}
RTC after labs; consider OFC to cashew.
{{NAME:Farah Qureshi}}, MD`,

  // 5 School anaphylaxis action plan
  `FOOD ALLERGY & ANAPHYLAXIS EMERGENCY CARE PLAN - school year 2025-26
Student: {{NAME:Sophie Marchetti}}   DOB: {{DATE:11/03/2016}}   Grade 3   Teacher: Mrs. {{NAME:Okafor}}
School: {{FACILITY:Cedar Hollow Elementary}}, {{LOCATION:Glen Ellyn}}
Allergic to: tree nuts (walnut, pecan), sesame    Asthma: YES (higher risk for severe reaction)
Weight: 28 kg
FOR ANY SEVERE SYMPTOM -> INJECT EPINEPHRINE IMMEDIATELY, call 911
  LUNG short of breath, wheeze, repetitive cough | THROAT tight, hoarse
  SKIN many hives | GUT repetitive vomiting | HEART pale, faint, weak pulse
MILD (a few hives, mild itch): antihistamine, stay with student, watch closely
Medications: Auvi-Q 0.3 mg IM; cetirizine 5 mg; albuterol HFA 2 puffs
Emergency contacts:
 1. {{NAME:Gina Marchetti}} (mother)  {{PHONE:630-555-0114}}
 2. {{NAME:Paul Marchetti}} (father)  {{PHONE:630-555-0151}}
 3. Nonna {{NAME:Bea}}  {{PHONE:630-555-0177}}
Physician: {{NAME:Elena Sokolova}}, MD  {{FACILITY:DuPage Allergy & Asthma Partners}}  ph {{PHONE:630-555-0100}}  fax {{FAX:630-555-0109}}
Physician signature ________  Date {{DATE:08/12/2025}}
Parent signature ________  Date {{DATE:8/14/25}}
Student photo on file: {{PHOTO:CHES_2025_marchetti_s.jpg}}`,

  // 6 Home oxygen CMN
  `HOME OXYGEN ORDER / CMN (CMS-484 data)
Supplier: {{FACILITY:Prairie Breath Medical Supply}}  {{ADDRESS:415 W 3rd Ave}}, {{LOCATION:Hutchinson}} KS {{ZIP:67501}}  ph {{PHONE:620-555-0172}}
Patient: {{NAME:WEBER, LOIS ANN}}   DOB {{DATE:05-30-1934}}   Age {{AGE:91}}
Home: {{ADDRESS:1207 E 17th Ave}}, {{LOCATION:Hutchinson}} {{ZIP:67501}}
Medicare MBI {{HEALTH_PLAN:3KX7-TN2-WQ48}}   Secondary KS Medicaid {{HEALTH_PLAN:KM0011984422}}
Dx: J44.1, J96.11 chronic resp failure with hypoxia
Qualifying test {{DATE:04/03/2025}}, at rest on RA, SpO2 86%; ABG not done
Performed by {{NAME:Darnell Fitch}}, RRT, at {{FACILITY:Reno County Lung Clinic}}
Rx: O2 2 LPM continuous via NC 24 h/day; stationary concentrator + POC for ambulation
Length of need: 99 (lifetime)
Concentrator SN {{DEVICE:E5-2209-44718}}   POC SN {{DEVICE:IG5-0071-3356}}
Ordering physician: {{NAME:Bhatt, Rohan}} MD   NPI {{LICENSE:1457382019}}
Signed {{DATE:4/7/2025}}
Home safety: no smokers in home, no open flame; grandson {{NAME:Tyler}} lives with pt and helps with tanks.`,

  // 7 Bronchoscopy / EBUS report
  `BRONCHOSCOPY PROCEDURE NOTE
Date: {{DATE:02/18/2025}}   Location: {{FACILITY:Mercy Lakes Medical Center}} endoscopy suite 2
Patient: {{NAME:Ferreira, Joaquim}}   MRN {{MRN:M00418821}}
Attending {{NAME:Ingrid Halvorsen}}, MD; fellow {{NAME:Kwame Asante}}, MD; RT {{NAME:Bev Tompkins}}, RRT
Indication: 2.1 cm RUL spiculated nodule (Lung-RADS 4B on LDCT {{DATE:1/6/25}}), PET SUVmax 6.8; 4R node 1.4 cm
Sedation: moderate, midazolam 3 mg + fentanyl 100 mcg IV; lidocaine 2% 12 mL topical
Scope #3 (EBUS) then #7 (thin). Airways normal to subsegmental level bilat except extrinsic narrowing RB1.
EBUS-TBNA: 4R x4 passes, 7 x3, 11R x3 - ROSE: 4R malignant cells (NSCLC favored)
Radial EBUS RUL apical: concentric view; TBBx x6, brushings x2, BAL 60 in / 22 out
Specimens: surgical path {{ID:S25-004417}}, cytology {{ID:C25-001903}}
EBL minimal. No PTX on post-procedure CXR.
Impression: N2 disease suspected (IIIA if confirmed). Tumor board {{DATE:2/24}}.
Results to pt by phone {{PHONE:(414) 555-0138}}; daughter {{NAME:Ana Ferreira-Lutz}} is HCPOA.
Dictated {{NAME:KA}} / edited {{NAME:IH}} {{DATE:02/18/2025 15:47}}`,

  // 8 CF clinic quarterly
  `CYSTIC FIBROSIS CENTER - QUARTERLY VISIT
{{FACILITY:Great Lakes Children's CF Center}}      {{DATE:Jan 22 2025}}
Name: {{NAME:Brennan O'Shaughnessy}} ("{{NAME:Bren}}")   Age 14   MRN {{MRN:CF-20931}}
CFTR genotype: F508del / G542X    On Trikafta since 2020
Team: Dr. {{NAME:Minh Hoang}} (pulm), {{NAME:Keisha Barlow}} RD, {{NAME:Jonah}} (RT), SW {{NAME:Pat Delacroix}}
Spirometry: FEV1 2.61 L, 91% pred (prev 88%). FVC 104%.
Sweat Cl 48 mmol/L on ETI (baseline 108).
Cultures: MSSA; no Pseudomonas since 2022.
Wt 49.8 kg (BMI 50th %ile). Airway clearance: vest 20 min BID + HTS 7%, skipping PMs - plays travel hockey in {{LOCATION:Duluth}} most weekends.
Vest serial {{DEVICE:SVX-118-40277}} - hose cracked, replacement ordered.
Mom ({{NAME:Siobhan}}) asks about stopping Pulmozyme; SIMPLIFY data discussed.
Plan: continue ETI; LFTs q6mo; OGTT for CFRD screen due; flu shot given today.
CF registry ID {{ID:PR-0048817}}, consent re-signed.
Next visit {{DATE:4/23/25}}.`,

  // 9 Immunotherapy injection record
  `ALLERGEN IMMUNOTHERAPY - INJECTION RECORD        {{FACILITY:Foothills Allergy}}, {{LOCATION:Golden}} office
Patient: {{NAME:PATEL, NIKHIL}}   DOB {{DATE:12/02/1991}}   Chart {{MRN:88100452}}
VIAL A  Trees/Grass/Weeds  label: "{{NAME:PATEL N}} {{DATE:12/2/91}} - A - 1:1 (red)  exp 10/2025"
VIAL B  Mold/Dust mite/Cat label: "{{NAME:PATEL N}} {{DATE:12/2/91}} - B - 1:1 (red)  exp 10/2025"
Pre-shot: no beta-blocker, no fever, PEF >= 80% PB (PB 560). 30-min wait observed.
Date        Vial Dil   mL    Arm PEF  Rxn (mm)    Nurse
{{DATE:01/06/25}}    A   1:10  0.30  L   540  8           {{NAME:jmc}}
{{DATE:01/13/25}}    A   1:10  0.40  R   550  10          {{NAME:jmc}}
{{DATE:01/21/25}}    A   1:10  0.50  L   530  22 LL-repeat {{NAME:TW}}
{{DATE:01/28/25}}    A   1:10  0.50  R   545  9           {{NAME:TW}}
{{DATE:02/04/25}}    A   1:1   0.05  L   560  0           {{NAME:jmc}}
{{DATE:02/04/25}}    B   1:10  0.35  R   560  6           {{NAME:jmc}}
Supervising MD on site: {{NAME:A. Lindgren}}
Note {{DATE:1/21}}: large local 22 mm at 30 min, ice + cetirizine, no systemic sx.`,

  // 10 Sleep lab secure chat, split night
  `[SecureChat] #sleeplab-night    {{DATE:11/08/2024}}
22:47 {{NAME:Deshawn Miles}} RPSGT: rm 6 {{NAME:G. Trujillo}} - AHI already >40 first 2 hrs, split?
22:49 {{NAME:Kenji Sato}} MD: yes split. start CPAP 5, titrate per protocol. BMI?
22:50 {{NAME:Deshawn}}: 44. also his wife {{NAME:Rosa}} called front desk to pick him up at 5, cell {{PHONE:575-555-0126}}
23:30 {{NAME:Deshawn}}: on 9 still snoring, going to 10. leak ok with F20 medium
01:12 {{NAME:Deshawn}}: c/o aerophagia at 13, back to 12. some centrals emerging, CAI ~8 - TECSA?
01:15 Dr {{NAME:Sato}}: hold 12, document it. if persists after 8 wk ASV eval
03:40 {{NAME:Deshawn}}: REM supine on 12, AHI 3, SpO2 nadir 90
04:58 {{NAME:Deshawn}}: lights on. best pressure 12. study {{ID:SL-24-3318}} to {{NAME:Kim}} for scoring
05:20 {{NAME:Deshawn}}: pt asked if he can drive, he drives for {{FACILITY:Mesa Verde Freight}}. told him sleep doc will discuss, gave him the fact sheet
05:22 Dr {{NAME:Sato}}: thx. will call him {{DATE:Mon 11/11}}`,

  // 11 ILD clinic
  `ILD Clinic - {{FACILITY:Sacramento Valley Lung Institute}}
{{NAME:Gutierrez, Ramon}}  | MRN {{MRN:SVL-602281}} | {{DATE:05-Feb-2025}} | seen w/ son {{NAME:Ruben}}
67 yo retired almond grower from {{LOCATION:Chico}}, 30 yrs pesticide + grain dust exposure (worked for {{FACILITY:Butte Orchard Co-op}} 1978-2012), ex-smoker 15 pk-yr. Birds: none. Hot tub: none.
HRCT {{DATE:12/19/24}}: basal subpleural reticulation + honeycombing, traction bronchiectasis = UIP pattern. No GGO. Mosaic absent.
Serologies: ANA 1:80 speckled, RF neg, CCP neg, myositis panel neg. HP panel neg.
PFT today: FVC 2.18 L (58%), TLC 62%, DLCO 41%. 6MWT 312 m, nadir 87% on RA.
Velcro crackles bilat bases, clubbing 2+. No Gottron, no mechanic's hands.
MDD {{DATE:1/28/25}} (Drs {{NAME:Lau}}, {{NAME:Kaminski}}, {{NAME:Ostrowska}}): definite IPF.
Plan: start Ofev 150 mg BID (specialty pharmacy {{FACILITY:MedPath Specialty Pharmacy}}), LFTs monthly x3, loperamide prn; PR referral; vaccinations updated; ambulatory O2 not yet indicated. Discussed transplant candidacy - BMI 27, age OK, will refer to {{FACILITY:Pacific Crest Transplant Center}}.
Son's cell {{PHONE:530-555-0124}}, email {{EMAIL:rgutierrez.jr@fastmail.example}}.
{{NAME:Lena Ostrowska}}, MD`,

  // 12 PFT report
  `PULMONARY FUNCTION LABORATORY REPORT
{{FACILITY:St. Brigid Regional Hospital}} - PFT Lab, 2 West     Order # {{ID:ORD-77104529}}
Name: {{NAME:NAKAMURA, YUKI}}   MRN: {{MRN:00331978}}   DOB: {{DATE:1983-06-04}}   Sex: F   Ht 158 cm  Wt 54 kg
Test date: {{DATE:2025-03-18 09:40}}   Tech: {{NAME:C. Boateng}}, CRT   Equipment: body box #2
Reference: GLI-2012 (spirometry), GLI-2017 (DLCO), race-neutral
                 Pre      %Pred   LLN    Post     %Chg
FVC (L)          2.95     88      2.58   3.10     +5
FEV1 (L)         1.92     68      2.18   2.31     +20
FEV1/FVC         0.65             0.71   0.75
FEF25-75 (L/s)   1.21     39             2.02     +67
TLC (L)          4.72     101
RV/TLC (%)       38       131
DLCO             18.9     92
Quality: ATS grade A, 3 acceptable maneuvers. Albuterol 4 puffs, 15 min.
Interpretation: Moderate obstruction with significant bronchodilator response (+390 mL, +20%), normalizing FEV1/FVC. Mild air trapping. DLCO normal. Consistent with asthma. Compare prior {{DATE:9/2/2022}}: FEV1 2.05 L.
Read by: {{NAME:Adebayo Ogunleye}}, MD   {{DATE:03/18/2025}}
cc: Dr. {{NAME:Whitcombe}}, {{FACILITY:Elmwood Family Practice}}, fax {{FAX:716-555-0143}}`,

  // 13 Lung cancer screening result letter to patient
  `{{FACILITY:Lakeshore Lung Screening Program}}
{{ADDRESS:88 Harbor View Dr, Ste 210}}
{{LOCATION:Traverse City}}, MI {{ZIP:49684}}

{{DATE:April 9, 2025}}

Mr. {{NAME:Gerald Kowalczyk}}
{{ADDRESS:4471 Old Mission Rd}}
{{LOCATION:Traverse City}}, MI {{ZIP:49686}}

Dear Mr. {{NAME:Kowalczyk}},

Thank you for having your annual low-dose CT lung screening on {{DATE:April 2, 2025}}. Your result is Lung-RADS 2 (benign appearance). A 4 mm solid nodule in the right lower lobe is unchanged since your scan in 2023. We recommend your next screening CT in 12 months, in spring 2026.

Because you still smoke about half a pack a day, we encourage you to call the Michigan quitline or talk to your primary care provider, Dr. {{NAME:Imani Forsythe}}. Quitting is the most important thing you can do for your lungs.

If you have questions, please call our nurse navigator, {{NAME:Shelby Anders}}, RN, at {{PHONE:231-555-0190}}, or send a message through {{URL:https://mychart.lakeshorelung.example/}}.

Sincerely,
{{NAME:Viktor Szabo}}, MD, Medical Director
Patient ID {{MRN:LLS-0092271}}`,

  // 14 Nodule clinic letter to PCP
  `{{DATE:3/4/2025}}
To: {{NAME:Harriet Osei}}, DO - {{FACILITY:Oak Knoll Internal Medicine}}    fax {{FAX:919.555.0133}}
Re: {{NAME:DUBOIS, Marie-Claire}}  DOB {{DATE:08.17.1958}}  MRN {{MRN:4412-9930}}

Dear Harriet,
I saw Ms {{NAME:Dubois}} today in nodule clinic for the 9 mm part-solid LUL nodule found incidentally on CTA chest in the ED at {{FACILITY:Wake Crossroads Hospital}} on {{DATE:12/30/24}} (PE neg). Solid component 4 mm. Never-smoker, but 20 yrs of wood-stove heat and a brother with lung adenocarcinoma. Brock score 9%.
Per Fleischner 2017, repeat CT at 3-6 mo; scheduled for {{DATE:Tues 4/8}} at our {{LOCATION:Cary}} imaging site. If solid component grows or persists > 6 mm we will discuss navigational bronch vs VATS with Dr {{NAME:Ferrante}} (thoracic surgery).
She also reports 2 yrs of snoring and witnessed apneas per husband {{NAME:Luc}}; ESS 11. I ordered HSAT.
Thank you for the referral,
{{NAME:Anjali Krishnamurthy}}, MD, FCCP
Pulmonary & Critical Care, {{FACILITY:Triangle Chest Associates}}  ph {{PHONE:919-555-0160}}
ak/{{NAME:ml}}`,

  // 15 CPAP order to DME
  `DME ORDER - PAP THERAPY
To: {{FACILITY:RestWell Medical Equipment}}, {{LOCATION:Tulsa}}  Fax {{FAX:918-555-0108}}  Attn: intake ({{NAME:Brandi}})
Date: {{DATE:06/02/2025}}
Patient: {{NAME:Yazzie-Holt, Carmen}}   DOB {{DATE:10/10/1975}}
Address: {{ADDRESS:2306 S Peoria Ave Apt 12}}, {{LOCATION:Tulsa}}, OK {{ZIP:74114}}
Phone: {{PHONE:918-555-0185}} (cell, text ok)
Insurance: SoonerCare  ID {{HEALTH_PLAN:B10044817}}   Secondary: none
Dx: G47.33 OSA, AHI 34.1 on HSAT {{DATE:05/21/2025}}
Order: E0601 auto-CPAP, min 5 max 15 cmH2O, EPR 2; A7034 nasal mask (pt prefers nasal pillows, fit at setup); A7037 tubing; A7038 filters; E0562 heated humidifier
Modem/cellular data transfer required. Please report device SN and set up in cloud.
Length of need: 99 months
Face-to-face {{DATE:5/28/25}}; compliance check 31-90 days.
Ordering: {{NAME:Samuel Whitehorse}}, MD   NPI {{LICENSE:1629384750}}
Signature: electronically signed {{DATE:06/02/2025 11:05}}`,

  // 16 BiPAP ST order for OHS / neuromuscular
  `BILEVEL ST ORDER + RT NOTE
Pt {{NAME:Brzezinski, Tadeusz}} ("{{NAME:Ted}}"), DOB {{DATE:1/30/52}}, MRN {{MRN:77-30148}}
Dx: obesity hypoventilation (E66.2) + OSA; daytime PaCO2 52 on ABG {{DATE:7/14/25}}; BMI 46
Titration PSG {{DATE:07/22/2025}} at {{FACILITY:Holy Cross Sleep Lab}}: BPAP ST 18/10, BUR 12, Ti 1.2 s - eliminated events, TcCO2 fell 56 -> 47.
ORDER: E0471 BiPAP ST, IPAP 18, EPAP 10, backup rate 12, rise 2, full-face mask M (AirFit F20), heated tubing, humidifier.
DME: {{FACILITY:Keystone Respiratory Partners}}, delivered {{DATE:7/29/25}} by {{NAME:Jerome}} (RT)
Device SN {{DEVICE:22193381045}}  / cloud id {{DEVICE:KRP-BPAP-0045531}}
Home: {{ADDRESS:19 Pulaski St, 2nd fl}}, {{LOCATION:Nanticoke}} {{ZIP:18634}}
Daughter {{NAME:Agnieszka}} (lives downstairs) {{PHONE:570-555-0119}}
Follow-up download at 31 days. If PaCO2 not improving consider AVAPS.
{{NAME:Marguerite Ilunga}}, MD / typed {{NAME:jd}}`,

  // 17 HSAT report
  `HOME SLEEP APNEA TEST - REPORT
Patient: {{NAME:Tran Van Hieu}}   DOB {{DATE:03/03/1966}}   Acct {{ACCOUNT:HS-4410982}}
Device: WatchPAT ONE (disposable), device ID {{DEVICE:WP1-7734-20981}}
Recorded night of {{DATE:Sat 02/15/2025}}; valid sleep time 6 h 12 min (PAT-derived)
pAHI 3%: 18.6/h   pRDI 24.0/h   pODI 4%: 11.2/h
pAHI central 3%: 1.4/h   Cheyne-Stokes pattern: 0%
SpO2 mean 93%, min 81%, time < 88%: 7 min
Snoring > 45 dB: 38% of sleep time; supine 61%
Body position: supine pAHI 29.1, non-supine 9.8
Epworth 9. STOP-BANG 4.
Interpretation: Moderate OSA by pAHI 3% criteria. Minimal central component.
Recommend APAP 5-15 cmH2O or oral appliance if CPAP not tolerated; weight loss; avoid alcohol at night.
Pt reached at {{PHONE:(714) 555-0194}} with interpreter ({{NAME:Linh}}) - prefers Vietnamese.
Ordering: Dr. {{NAME:Pham Quoc Bao}}    Interpreting: {{NAME:Evelyn Marsh-Tanaka}}, MD  {{DATE:02/19/2025}}
{{FACILITY:Westminster Sleep Health}} - {{URL:www.westminstersleephealth.example/results}}`,

  // 18 MSLT report
  `MULTIPLE SLEEP LATENCY TEST
{{FACILITY:Cumberland Plateau Sleep Center}}      Study {{ID:MSLT-25-0142}}
Patient: {{NAME:AVERY-QUINN, JORDAN}}  | DOB {{DATE:2004-01-19}} | MRN {{MRN:CPSC-33810}}
Date: {{DATE:01/09/2025}} (preceded by overnight PSG {{DATE:01/08/2025}}: TST 421 min, AHI 1.2, PLMI 2, SOREMP none)
Meds held: sertraline tapered off over 3 wks per Dr {{NAME:Whitfield}}; UDS collected AM {{DATE:1/9}} - negative (incl THC)
Actigraphy 2 wk prior: avg TST 7.6 h, regular schedule.
Nap   Lights out   Sleep latency   REM latency
1     08:02        3.5 min         2.0 min
2     10:00        2.0 min         --
3     12:01        4.5 min         5.5 min
4     14:00        6.0 min         --
5     16:02        3.0 min         1.5 min
Mean sleep latency 3.8 min; SOREMPs 3/5.
Hx: cataplexy-like knee buckling with laughter; sleep paralysis; hypnagogic hallucinations. ESS 19.
Impression: findings consistent with narcolepsy type 1 in the clinical context. CSF hypocretin not obtained.
Plan: discuss Xywav vs Wakix vs modafinil; school accommodations for {{FACILITY:Sequatchie Valley Community College}}; no driving until treated.
Tech {{NAME:Marisol Ocampo}}, RPSGT   Interp {{NAME:Grant Whitfield}}, MD  signed {{DATE:1/13/2025}}`,

  // 19 Asthma action plan (peds)
  `ASTHMA ACTION PLAN          Date: {{DATE:09/05/2025}}
Name: {{NAME:Jaylen Brooks-Whitaker}}     DOB: {{DATE:02/27/2014}}
School: {{FACILITY:Fairmount Park Middle School}}    School nurse: Ms. {{NAME:Donna Pruitt}}
Personal best peak flow: 380 L/min      Triggers: colds, smoke, cats, exercise, cold air
GREEN ZONE (PEF 300-380, no cough/wheeze): Symbicort 80/4.5 2 puffs twice a day; before gym albuterol 2 puffs 15 min prior
YELLOW ZONE (PEF 190-300, cough, wheeze, chest tight, waking at night): albuterol 4 puffs q20 min up to 3x; Symbicort extra 1 puff (max 8/day total); call clinic if not back to green in 24 h
RED ZONE (PEF < 190, hard time breathing, can't talk): albuterol 6 puffs now, call 911, call parent
Parent/guardian: {{NAME:Tanisha Brooks}}  {{PHONE:(215) 555-0172}}  alt: grandpa {{NAME:Earl Whitaker}} {{PHONE:215-555-0181}}
May carry and self-administer inhaler at school: YES
Clinic: {{FACILITY:Schuylkill Children's Asthma Clinic}}, ph {{PHONE:215-555-0150}}
Provider: {{NAME:Oluwaseun Adeyemi}}, MD    Signature ________
ACT score today 17 (not well controlled). Step up from Flovent.`,

  // 20 Pulmonary rehab session log
  `PULMONARY REHAB - SESSION LOG       Program: {{FACILITY:Riverbend Cardiopulmonary Rehab}}
Participant: {{NAME:Hollingsworth, Beatrice}}   Age {{AGE:90}}   Dx COPD GOLD 3 / bronchiectasis
Referring: Dr. {{NAME:Sandoval}}    Insurance: Medicare  MBI {{HEALTH_PLAN:7PD2-Q81-KV55}}
Sess  Date        Pre SpO2  O2 L/min  Activities                    Peak HR  Borg  RT
12    {{DATE:05/06/25}}  93        2         NuStep 12', TM 1.2 mph 8'     104      4     {{NAME:KB}}
13    {{DATE:05/08/25}}  94        2         NuStep 14', arm ergo 6'       101      3     {{NAME:KB}}
14    {{DATE:05/13/25}}  91        2->3      TM 1.3 mph 10', weights 1 lb  110      5     {{NAME:R. Ahn}}
15    {{DATE:05/15/25}}  95        2         NuStep 15', TM 1.3 mph 10'    103      4     {{NAME:KB}}
Education {{DATE:5/15}}: pursed-lip breathing, energy conservation, inhaler technique (Breztri).
{{DATE:5/13}}: desat to 85% on TM - increased to 3 L, recovered 2 min. Daughter {{NAME:Lorraine}} (drives her, {{PHONE:859-555-0137}}) informed.
Goal: walk to mailbox and back, attend great-grandson's graduation in June.
Station 4 O2 tank swapped. Next: session 16 Tues.
- {{NAME:Kelsey Brandt}}, RRT`,

  // 21 Lung transplant referral letter
  `{{FACILITY:HIGH DESERT PULMONARY & SLEEP}}
{{ADDRESS:7700 Jefferson St NE, Bldg C}} - {{LOCATION:Albuquerque}}, NM {{ZIP:87109}}
T {{PHONE:505.555.0121}}  F {{FAX:505.555.0122}}

{{DATE:17 June 2025}}

Lung Transplant Program, {{FACILITY:Wasatch University Hospital}}
Attn: {{NAME:Lorraine Begay}}, RN, transplant coordinator

RE: {{NAME:Estevan Archuleta}}   DOB {{DATE:9/12/1961}}   our MRN {{MRN:HDP-55019}}

Dear colleagues,
I am referring Mr. {{NAME:Archuleta}}, a 63-year-old former uranium mill worker from {{LOCATION:Grants}} with fibrotic hypersensitivity pneumonitis (feather exposure, pigeons kept until 2019), for transplant evaluation. Despite mycophenolate 1500 mg BID and Ofev, FVC has declined 2.71 L ({{DATE:3/2023}}) -> 1.88 L (49%) on {{DATE:6/10/2025}}; DLCO 29%. 6MWT 241 m with nadir 82% on 4 L. Mean PAP 31 on RHC {{DATE:5/27/25}}. BMI 24. No malignancy, no tobacco since 1998, strong family support (wife {{NAME:Dolores}}, {{PHONE:505-555-0168}}).
Insurance: New Mexico Centennial Care, member {{HEALTH_PLAN:NMC-0417762235}}.
Records (HRCT discs, PFTs, RHC, echo) sent via secure link to {{EMAIL:txreferrals@wasatchuh.example}}.
Respectfully,
{{NAME:Isabel Montoya-Reyes}}, MD`,

  // 22 TB screening form, negative (look-alike heavy)
  `EMPLOYEE TUBERCULOSIS SCREENING - ANNUAL
Employer: {{FACILITY:Maple Grove Senior Living}}   Employee ID {{ID:E-204417}}
Name (Last, First MI): {{NAME:ABERNATHY-COLE, DESIREE L}}    DOB {{DATE:04/19/1990}}
Position: CNA, night shift    Unit: 2 North (memory care)
Symptom review ({{DATE:10/02/2025}}): cough > 3 wks NO, hemoptysis NO, night sweats NO, wt loss NO, fever NO
Hx BCG: no. Prior positive TST/IGRA: no. Travel: {{LOCATION:Manila}} x3 wks in 2024.
IGRA (QuantiFERON-TB Gold Plus) collected {{DATE:10/02/2025}}, accession {{ID:QF-25-118804}}:
  Nil 0.04 IU/mL | TB1-Nil 0.01 | TB2-Nil 0.02 | Mitogen-Nil >10
  RESULT: NEGATIVE
CXR: not indicated.
Determination: No evidence of active or latent TB. Cleared for work. Repeat annually or after exposure.
Reviewed by: {{NAME:Consuelo Ibarra}}, RN, employee health  ext {{PHONE:4471}}
Provider: {{NAME:Bartholomew Kline}}, MD    Date {{DATE:10/06/2025}}
Copy to employee at {{EMAIL:desiree.ac@inboxmail.example}} and HR.
Note: "TB-free" status letter printed for her second job at {{FACILITY:Bright Hours Adult Day Center}}.`,

  // 23 Oral food challenge protocol, baked milk
  `ORAL FOOD CHALLENGE - BAKED MILK (muffin)         OFC #{{ID:OFC-2025-0311}}
Pt: {{NAME:Liang, Emily}} ({{NAME:Xiaomei}})  DOB {{DATE:2019-07-08}}  MRN {{MRN:A8830127}}
Date {{DATE:08/20/2025}}, Infusion/Challenge room 3, {{FACILITY:Bayside Children's Allergy}}
Consent signed by father {{NAME:Wei Liang}}; mother {{NAME:Jennifer Ho}} present.
Wt 19.2 kg. Baseline: no hives, lungs clear, PEF n/a, SpO2 99%. Cetirizine held 5 days. Epi 0.15 mg drawn at bedside.
Muffin recipe: 1 cup milk / 6 muffins, baked 350F 30 min -> ~1.3 g milk protein per muffin
Step  Time   Dose (fraction of muffin)  Sx
1     09:10  1/16                       none
2     09:25  1/8                        none
3     09:40  1/4                        none
4     09:55  1/2 (remaining)            2 hives on chin 10:20, cleared w/o tx
Total 1 muffin consumed. Observed 2 h post-final dose. Vitals stable throughout.
Result: PASSED (tolerant of baked milk). Plan: baked milk 3x/wk at home, avoid unbaked dairy, re-test SPT in 12 mo, then baked cheese (pizza) challenge.
RN {{NAME:Faith Adewumi}}; MD {{NAME:Rahul Mehta-Schwartz}}. Dad's number {{PHONE:(415) 555-0126}}.`,

  // 24 Xolair log + PA
  `OMALIZUMAB (XOLAIR) ADMINISTRATION LOG
Patient: {{NAME:Sørensen, Kirsten}}  | DOB {{DATE:22-Nov-1987}} | MRN {{MRN:WM-661045}}
Indication: severe allergic asthma; total IgE 312 IU/mL, wt 68 kg -> 375 mg SC q2wk
PA approved: ref {{ID:PA-9930-44871}}, valid {{DATE:01/15/2025}}-{{DATE:01/14/2026}}; plan BluePeak Health, ID {{HEALTH_PLAN:BPH3318207715}}
Supplied by {{FACILITY:Northstar Specialty Rx}}, buy-and-bill no
Date        Dose    Sites            Lot       Obs    RN    Notes
{{DATE:07/01/25}}  375 mg  L arm/R arm/abd  4471B     30'    {{NAME:LG}}    ACT 18
{{DATE:07/15/25}}  375 mg  R arm/L arm/abd  4471B     30'    {{NAME:LG}}    ok
{{DATE:07/29/25}}  375 mg  abd x3           5502C     30'    {{NAME:MO}}    mild site erythema
{{DATE:08/12/25}}  375 mg  L arm/R arm/abd  5502C     30'    {{NAME:LG}}    ACT 22
Prescriber: Dr. {{NAME:Aleksandra Nowicka}}; EpiPen on person each visit - yes.
Pt requests home administration starting {{DATE:9/2025}} after 3 uneventful doses; teaching done by {{NAME:Leah Greenbaum}}, RN {{DATE:8/12}}.
Pt email {{EMAIL:k.sorensen@nordmail.example}}.`,

  // 25 Dupixent prior auth appeal letter
  `{{DATE:October 3, 2025}}

Appeals Department, Heartland Select Health Plan
Fax: 1-800-555-0134

RE: Expedited appeal - denial of dupilumab (Dupixent)
Member: {{NAME:Okafor, Chukwuemeka}}    Member ID: {{HEALTH_PLAN:HSH-7720-118364}}    DOB: {{DATE:06/11/1979}}
Denial reference: {{ID:DN-2025-0917-4421}}

To whom it may concern,
I am writing on behalf of my patient, Mr. {{NAME:Okafor}}, with severe eosinophilic asthma (blood eos 620 cells/uL on {{DATE:8/4/25}}, FeNO 58 ppb) and chronic rhinosinusitis with nasal polyps. He has had 3 exacerbations requiring oral prednisone in the past 12 months ({{DATE:11/2024}}, {{DATE:2/2025}}, {{DATE:7/2025}}) despite adherence to high-dose ICS/LABA (Breo 200/25) plus tiotropium. FEV1 61% predicted. Mepolizumab (Nucala) was tried for 8 months in 2023 without benefit. Denial states step therapy with benralizumab is required; he does not meet that criterion given inadequate response to an IL-5 agent.
Please approve Dupixent 300 mg q2wk after 600 mg load.
Sincerely,
{{NAME:Chiamaka Eze}}, MD, Allergy & Clinical Immunology, {{FACILITY:Prairie Lakes Asthma Center}}
NPI {{LICENSE:1093847265}}   ph {{PHONE:402-555-0117}}`,

  // 26 CDL / DOT OSA clearance letter
  `{{DATE:2/10/2025}}
To: Medical Examiner, {{FACILITY:Crossroads Occupational Health}}, {{LOCATION:Joplin}}
RE: {{NAME:Delbert Ray Hutchins}}   DOB {{DATE:7/4/1970}}   CDL (MO) #{{LICENSE:K104482937}}
Employer: {{FACILITY:Ozark Ridge Trucking}}   Truck plate {{VEHICLE:8TR-419}} (MO)

Mr. {{NAME:Hutchins}} was diagnosed with severe OSA (AHI 52.3, nadir SpO2 74%) on in-lab PSG {{DATE:11/14/2024}} after a near-miss on I-44 when he drifted onto the rumble strip. He started APAP on {{DATE:12/2/2024}}.
Compliance download ({{DATE:01/03/2025}}-{{DATE:02/01/2025}}, device SN {{DEVICE:23152264419}}): used 30/30 nights, >= 4 h on 100%, average 7 h 02 min, residual AHI 1.8. ESS now 5 (was 16). He reports no drowsiness on the road.
In my opinion he is adequately treated and may be certified, with annual compliance review (FMCSA guidance). He keeps the device in the sleeper cab of tractor VIN {{VEHICLE:3AKJHHDR5LSLA1172}}.
{{NAME:Winona Redcloud}}, DO, Sleep Medicine   ph {{PHONE:417-555-0140}}`,

  // 27 Sleep tech note, HSAT pickup/return
  `sleep tech note - HSAT dispense/return
{{DATE:3/24/25}} 1545 - pt {{NAME:marguerite ocampo-flint}} picked up Alice NightOne #{{DEVICE:NO-55-20417}}, oximeter SN {{DEVICE:OX8820733}}. Demo'd cannula, belt, finger probe. Pt plans to test tonight at home ({{ADDRESS:318 Linden Ct}}, {{LOCATION:Kalamazoo}}). Deposit waived. Pt cell {{PHONE:269 555 0148}}.
{{DATE:3/25/25}} 0830 - returned by husband ({{NAME:Dale}}). Download: 7 h 40 min recorded, flow signal lost 0210-0335 (cannula out), oximetry good throughout. Usable TST est 5.5 h -> adequate per protocol (>= 4 h).
Preliminary: REI ~9, ODI 8. Sent to Dr {{NAME:Kasprzak}} to read.
Cleaned per IFU, Cidex, back in cabinet B. Next pt {{DATE:3/26}}: {{NAME:L. Hendricks}}.
- {{NAME:Tori}} (sleep tech)  /  {{FACILITY:Bronson Lakes Sleep Lab}}`,

  // 28 CPAP troubleshooting phone note
  `TELEPHONE ENCOUNTER   {{DATE:Wed 07/16/2025 10:22 AM}}
Caller: {{NAME:Ruiz, Marisela}} (self)   MRN {{MRN:00748219}}   cb {{PHONE:(956) 555-0129}}
Reason: "mask keeps leaking and my eyes are dry in the morning"
Downloaded from cloud (device SN {{DEVICE:22231790004}}): last 14 nights avg use 3 h 48 min, 57% >= 4 h; 95th %ile leak 41 L/min (high); AHI 6.9. Mask per DME = AirFit F30 small, set up {{DATE:6/2/25}}.
Advised: reseat mask, do not overtighten, try medium cushion; humidity up to 5; chin strap trial.
Called DME ({{FACILITY:Rio Grande Home Medical}}, {{PHONE:956-555-0101}}), spoke w/ {{NAME:Hector}}, refit appt {{DATE:7/18}} 2 pm at their {{LOCATION:McAllen}} store. Ticket {{ID:RGHM-CS-88213}}.
Reminded pt compliance window closes {{DATE:8/31/25}} - Medicare needs 21 of 30 nights >= 4 h. Pt verbalized understanding; daughter {{NAME:Itzel}} will help her put it on.
{{NAME:Noemi Salinas}}, LVN / routed to Dr. {{NAME:O'Hare}}`,

  // 29 DME delivery ticket
  `KEYSTONE RESPIRATORY - DELIVERY / SETUP TICKET   No. {{ID:DT-0098412}}
Date/time: {{DATE:08-05-2025 14:10}}     Driver/RT: {{NAME:J. Ambrose}}, RRT   Route 7
Ship to: {{NAME:BAPTISTE, ROSELINE}}  {{ADDRESS:55 Mill Race Rd Unit 3}}  {{LOCATION:Stroudsburg}} PA {{ZIP:18360}}
Phone {{PHONE:570-555-0133}}   Alt contact: nephew {{NAME:Jean-Marc}} {{PHONE:570-555-0146}}
Bill to: Medicare B / secondary Medigap plan G   MBI {{HEALTH_PLAN:5TQ9-HW2-RC61}}
Acct {{ACCOUNT:KR-300417-2}}
ITEM                        HCPCS   QTY  SERIAL
BiPAP ST w/ humidifier      E0471   1    {{DEVICE:BST2209187743}}
Full face mask, med         A7030   1    --
Heated tubing               A4604   1    --
O2 concentrator 5L          E1390   1    {{DEVICE:VS5-1184420}}
E cylinders                 E0431   4    --
Education done: cleaning, O2 fire safety, no smoking sign posted, pressure settings 16/8 BUR 10 per Dr {{NAME:Ilunga}}.
Pt signature: (signed by daughter {{NAME:Roseline B. Pierre}} as POA)
Next visit: 30-day compliance + filter change.`,

  // 30 Patient portal message re CPAP data
  `MyChart message  -  From: {{NAME:Siddharth Rao}}   Sent {{DATE:9/3/2025 11:47 PM}}
To: Sleep Medicine pool (Dr. {{NAME:Bianchi}})
Subject: my CPAP numbers + can I travel?

hi dr {{NAME:bianchi}}, my app shows AHI like 8-11 the last week and the mask map is red most nights. is that bad? I lost about 30 lbs since the sleep study so maybe the pressure is too high now? also flying to {{LOCATION:Hyderabad}} {{DATE:oct 14}} for my sister's wedding, 3 weeks. do i need a letter for the airline? machine SN is {{DEVICE:23201145512}}. my email if easier is {{EMAIL:sid.rao.1985@webpost.example}}
thanks, {{NAME:Sid}}

-- Reply {{DATE:9/4/2025 08:15 AM}} {{NAME:Giulia Bianchi}}, MD --
Hi {{NAME:Siddharth}}, I looked at your download: leak high on 5 of 7 nights, which can raise the AHI number. Central index 4. Let's have {{FACILITY:Apex Home Respiratory}} refit the mask and I'll lower max to 13. Travel letter is attached; the device is FAA-approved, carry it on, use distilled water there or run without humidifier. Voltage 100-240V is fine in India. Safe travels!`,

  // 31 CF clinic, dietitian note
  `CF Clinic - Nutrition   {{DATE:11/19/24}}   RD: {{NAME:Keisha Barlow}}
Pt {{NAME:Amara Nwosu-Bell}}, 9 yo F, MRN {{MRN:CF-21877}}. Genotype F508del/F508del, on Trikafta (granules -> tabs at age 6-11 dosing) since {{DATE:03/2023}}.
Wt 27.1 kg (38th %ile, up from 21st), ht 133 cm (45th), BMI 50th %ile goal met.
Creon 12,000: 3 caps meals, 2 caps snacks (~1,900 lipase u/kg/meal). Stools 1-2/day formed. No DIOS sx.
ADEK: vit D 34, A/E wnl. Takes DEKAs Plus chewable daily.
Diet recall: school lunch at {{FACILITY:Lincoln Park STEM Academy}} - often skips enzymes there because "the nurse office is far". Discussed 504 plan: enzymes carried in lunchbox, self-administer.
Mom {{NAME:Chidinma}} works nights at {{FACILITY:Lakeview Kidney Center}}; dad ({{NAME:Marcus Bell}}) handles meals, asks about salt tabs for summer soccer camp in {{LOCATION:Kenosha}}. Rec 1/8 tsp salt per 250 mL sports drink on hot days.
Will email 504 template to {{EMAIL:marcus.bell@parentmail.example}}; school nurse Ms {{NAME:Rios}} fax {{FAX:773-555-0106}}.
CF Foundation registry {{ID:PR-0051320}}.
f/u 3 mo with quarterly visit. - {{NAME:KB}}`,

  // 32 Alpha-1 clinic, home infusion
  `ALPHA-1 ANTITRYPSIN CLINIC
{{NAME:McAllister, Fiona J.}}  DOB {{DATE:1964-02-28}}  MRN {{MRN:MH-2208817}}  Visit {{DATE:2025-06-24}}
Genotype PiZZ, serum AAT 21 mg/dL (ref 100-200). Dx 2011 after brother {{NAME:Callum}} (also ZZ) had liver tx.
CT: panlobular emphysema, lower-lobe predominant. FEV1 1.44 L (52%), DLCO 44%. Never smoker; grew up with smoking parents in {{LOCATION:Paisley}}, moved to US 1989.
Augmentation: Prolastin-C Liquid 60 mg/kg IV weekly at home via {{FACILITY:Heathergate Home Infusion}}; RN {{NAME:Dominic Ferraro}} visits Thursdays. Pump SN {{DEVICE:CDX-4410-7718}}. Port not needed, PIV each time.
Exac x1 this yr ({{DATE:2/2025}}), treated with pred + azithro.
Liver: elastography 6.1 kPa, LFTs normal, US {{DATE:5/30/25}} no nodularity.
Plan: continue augmentation; pulm rehab maintenance; hep A/B immune; annual liver US.
Family testing: daughter {{NAME:Isla}} MZ (carrier), son {{NAME:Rory}} untested - kit mailed to {{ADDRESS:62 Bramble Way}}, {{LOCATION:Asheville}} {{ZIP:28803}}.
Alpha-1 registry #{{ID:A1R-003318}}. Specialty Rx PA ref {{ID:PA-77310042}}.
{{NAME:Thomas Ekwueme}}, MD`,

  // 33 Sarcoidosis clinic
  `pulm f/u - sarcoid
{{DATE:29APR25}}  {{NAME:JOHNSON, LATOYA D}}  MRN {{MRN:3390417}}  (prefers "{{NAME:Toya}}")
46F stage II pulm sarcoid dx by EBUS {{DATE:08/2023}} (non-caseating granulomas, cultures/AFB neg x3). Also uveitis (Dr {{NAME:Kessler}}, ophtho) and erythema nodosum hx.
On prednisone 10 -> 7.5 mg since last visit, methotrexate 15 mg weekly + folic acid. Still has dry cough, fatigue 7/10, no syncope/palpitations.
CXR today: bilat hilar LAD smaller vs {{DATE:1/2025}}. PFT: FVC 2.88 L (79%), DLCO 68% (was 61%).
ACE 48, Ca 9.6, 24h urine Ca pending. ECG: NSR, no AV block; cardiac MRI {{DATE:2/11/25}} no LGE.
Works as a 911 dispatcher for {{FACILITY:Wolf River 911 Dispatch}}, night shifts - sleep poor, ESS 12, discussed.
A/P:
1. pulm sarcoid improving -> taper pred to 5 mg x 4 wk then 2.5
2. MTX labs q8wk (CBC, CMP) - order {{ID:LAB-558104}}
3. PJP ppx not needed at this dose; DEXA ordered
4. Sleep - refer {{FACILITY:Midsouth Sleep Associates}}
RTC 3 mo. {{NAME:dk}}/{{NAME:Desmond Kirkland}}, MD  ph {{PHONE:901-555-0188}}`,

  // 34 Penicillin allergy delabeling
  `DRUG ALLERGY EVALUATION - PENICILLIN        {{DATE:June 3rd, 2025}}
Patient: {{NAME:Kowalski-Brandt, Henrietta}}   {{AGE:93}} y/o F   MRN {{MRN:00912277}}
Referred by {{NAME:Ananya Raghunathan}}, PharmD (antimicrobial stewardship) before hip surgery at {{FACILITY:St. Casimir Orthopedic Hospital}}.
History: "rash with penicillin as a girl," ~1945, details unknown; has since tolerated cephalexin (2019) uneventfully. PEN-FAST score 0 (low risk).
Direct oral challenge: amoxicillin 500 mg PO at 10:05. Vitals q15 min x 60 min. No urticaria, no angioedema, no wheeze, BP 138/72 stable.
Result: tolerated. Penicillin allergy REMOVED from EHR, pharmacy profile at {{FACILITY:Kroll's Corner Pharmacy}} updated by phone ({{PHONE:262-555-0118}}).
Pt and son {{NAME:Friedrich}} given wallet card "not allergic to penicillin". Son's email {{EMAIL:fbrandt@lakesidemail.example}}.
Allergist: {{NAME:Tomasz Wierzbicki}}, MD   Nurse: {{NAME:Georgia Lin}}, RN
cc: Dr. {{NAME:Hallorann}} (ortho), fax {{FAX:262-555-0119}}`,

  // 35 Venom immunotherapy
  `VENOM IMMUNOTHERAPY (VIT) - MAINTENANCE VISIT
{{NAME:Beauchamp, Luc}}   DOB {{DATE:10/30/1972}}   Chart {{MRN:VX-10482}}   Visit {{DATE:Aug 6 2025}}
Hx: anaphylaxis (hypotension, LOC) after yellow jacket sting {{DATE:07/2022}} while mowing at his orchard near {{LOCATION:Hood River}}; baseline tryptase 12.4 (elevated) -> BM biopsy neg for mastocytosis, HaTS testing pending.
IDT: yellow jacket + at 0.01 mcg/mL, wasp + 0.1, honeybee neg.
Maintenance: mixed vespid 300 mcg q4wk since {{DATE:03/14/2023}}. Today 1.0 mL of 300 mcg/mL vial, L deltoid, lot 2025-VH-118, exp 03/2026. No local/systemic reaction at 30 min.
Carries 2 Auvi-Q 0.3 mg, wears medical ID bracelet. Not on beta-blocker / ACEi.
Plan: continue indefinitely given elevated tryptase and severe initial rxn. Sting letter for his employer {{FACILITY:Columbia Gorge Fruit Packers}}.
Wife {{NAME:Annette}} ({{PHONE:541-555-0173}}) trained on auto-injector.
{{NAME:Yusuf Al-Rashid}}, MD / {{NAME:ht}}`,

  // 36 HAE action plan
  `HEREDITARY ANGIOEDEMA - ACUTE ATTACK PLAN
Name: {{NAME:Chloé Vandermeer}}   DOB: {{DATE:14/02/2001}} (written DD/MM, pt grew up in {{LOCATION:Antwerp}})
Dx: HAE type 1 (C4 low, C1-INH level 18%, function 22%). Father {{NAME:Pieter Vandermeer}} affected.
Long-term prophylaxis: lanadelumab (Takhzyro) 300 mg SC q2wk, self-injected.
ON-DEMAND: icatibant (Firazyr) 30 mg SC at first sign of swelling; may repeat in 6 h, max 3 doses/24 h.
THROAT/TONGUE SWELLING, VOICE CHANGE, TROUBLE SWALLOWING: give icatibant AND call 911. Epinephrine and antihistamines will NOT help HAE.
Pre-procedure (dental, endoscopy): plasma-derived C1-INH 1000 U IV 1 h before - arrange through {{FACILITY:Bloomfield Specialty Infusion}} ({{PHONE:973-555-0144}}).
ED instructions: C1-INH (Berinert 20 U/kg) or icatibant; FFP if nothing else. Do not wait for tryptase.
Specialist: {{NAME:Rebecca Adelstein}}, MD  {{FACILITY:Garden State Immunology}}  24/7 line {{PHONE:973-555-0100}}
Patient emergency contact: partner {{NAME:Noor Haddad}} {{PHONE:973-555-0167}}
Plan updated {{DATE:01/08/2025}}; copy uploaded to {{URL:https://haeplan.gardenstateimmuno.example/p/CV2001}}`,

  // 37 AERD aspirin desensitization
  `ASPIRIN DESENSITIZATION PROTOCOL - AERD (Samter's triad)
Pt: {{NAME:Haverford, Collin}}   MRN {{MRN:00219984}}   Date: {{DATE:Tuesday 4/22/2025}}   Infusion bay 5
Dx: asthma + CRSwNP (s/p FESS x2, last {{DATE:10/2024}} with Dr {{NAME:Marchetti-Goh}}) + NSAID-exacerbated respiratory disease (ibuprofen -> wheeze, rhinorrhea).
Pre: montelukast 10 mg x1 wk, FEV1 3.21 L (84%) >= 70% baseline OK, no recent prednisone burst. IV placed.
Time   Dose ASA   FEV1   Sx
08:00  40.5 mg    3.18   none
09:30  81 mg      3.15   nasal congestion
11:00  162.5 mg   2.71   wheeze, ocular itch, FEV1 -16% -> albuterol 4 puffs, cetirizine; resolved 40 min
13:00  162.5 mg   3.10   none (repeat provoking dose)
14:30  325 mg     3.12   none
Result: successful desensitization. Home aspirin 650 mg BID; must not miss > 48 h or desensitization is lost.
Sinus CT f/u per ENT. Pt reachable at {{PHONE:484-555-0124}}, wife {{NAME:Margot}}.
Allergist {{NAME:Vikram Iyer}}, MD; RN {{NAME:S. Pappas}}; typed by {{NAME:RK}} {{DATE:04/22/2025 16:08}}`,

  // 38 EGPA (Churg-Strauss) note
  `Pulmonary/Vasculitis - {{NAME:Fitzgerald, Noreen}}  MRN {{MRN:81-449-203}}  {{DATE:2025.09.09}}
EGPA (formerly Churg-Strauss) dx {{DATE:Jan 2024}}: late-onset asthma, eos 3,800, migratory infiltrates, mononeuritis multiplex (L foot drop), MPO-ANCA+. Sural nerve bx at {{FACILITY:Lakeview Neurology Associates}} confirmed vasculitis.
Induction: pred + rituximab. Now maintenance Nucala 300 mg q4wk, pred 4 mg.
Today: no wheeze, ACT 21, eos 90, BVAS 0. FEV1 2.05 L (78%). Foot drop improved, AFO still used.
Plan: taper pred to 3 mg; continue mepolizumab 300; DEXA; PJP ppx stopped; monitor ANCA q6mo.
Home health PT via {{FACILITY:Meadowlark Home Care}} ended {{DATE:8/29}}.
Husband {{NAME:Declan}} asks if she can travel to {{LOCATION:Galway}} for a month - yes, carry letter + med list; travel insurance form completed (policy {{ID:TRV-55820193}}).
Next infusion appt {{DATE:10/07/25}} 9:30 at {{FACILITY:Brookline Infusion Center}}.
{{NAME:Hana Watanabe}}, MD   pager {{PHONE:2274}}`,

  // 39 CBT-I sleep diary note
  `Behavioral sleep medicine - CBT-I session 3
{{DATE:02/03/2025}}  video visit  |  pt {{NAME:Oyelaran, Babatunde}} ("{{NAME:Tunde}}")  |  MRN {{MRN:BSM-40281}}
Location of pt during visit: home, {{LOCATION:Silver Spring}}. Consent for telehealth on file.
Session link {{URL:https://telehealth.capitalsleep.example/room/7GQ2-PX}} ; pt IP logged {{IP:192.0.2.118}}
Sleep diary wk of {{DATE:1/27}}:
  avg TIB 7.1 h, TST 5.9 h, SE 83% (was 71%), SOL 22 min, WASO 35 min, naps 0
  ISI 14 (was 19)
Sleep window held at 23:30-05:45 last wk -> SE > 85% on 5/7 nights, so extend by 15 min: 23:15-05:45.
Stimulus control adherence good; still checks phone on waking. Caffeine cut to 1 cup before noon.
Works remote for {{FACILITY:Sligo Creek Learning Cooperative}} IT; wife {{NAME:Folake}} reports less tossing.
No OSA sx (STOP-BANG 2, PSG {{DATE:2023-11-04}} AHI 3.1). Trazodone stopped.
Next session {{DATE:2/10}}. Therapist: {{NAME:Rachel Goldfarb-Liu}}, PhD, DBSM`,

  // 40 Xywav REMS / narcolepsy enrollment
  `NARCOLEPSY - OXYBATE START (REMS)
Patient: {{NAME:Avery-Quinn, Jordan}}   DOB {{DATE:01/19/2004}}   MRN {{MRN:CPSC-33810}}
Prescriber: {{NAME:Grant Whitfield}}, MD   NPI {{LICENSE:1730294856}}   DEA {{LICENSE:BW4417702}}
REMS patient enrollment # {{ID:XR-P-0884120}}; prescriber REMS # {{ID:XR-H-0031177}}; certified pharmacy: {{FACILITY:Centralized Oxybate Pharmacy}}
Shipping address: {{ADDRESS:1904 Dogwood Ln}}, {{LOCATION:Cookeville}} TN {{ZIP:38501}} - pt will be home {{DATE:Fri 2/7}}, parent {{NAME:Dana Avery}} to sign.
Rx: Xywav 2.25 g at bedtime + 2.25 g 2.5-4 h later x1 wk, then 3 g + 3 g; titrate.
Counseling: no alcohol, no sedatives, take in bed, secure storage (lockbox). Roommate at dorm ({{FACILITY:Sequatchie Valley CC}} Hall B) - discussed safety, pt moving home this semester.
Insurance: Volunteer Health member {{HEALTH_PLAN:VHP-20044817-01}}; PA approved ref {{ID:PA-2025-118877}}.
Wakix 17.8 mg daily continued. ESS 19 -> target < 10. Call with sleepwalking or confusion.
Pt phone {{PHONE:931-555-0152}}   email {{EMAIL:jaq2004@campusmail.example}}`,

  // 41 Pediatric PSG
  `PEDIATRIC POLYSOMNOGRAPHY REPORT - {{FACILITY:Blue Ridge Children's Sleep Lab}}
Patient: {{NAME:Hernandez-Oyelowo, Isaiah}}   Age 4 y 7 m   DOB {{DATE:05/02/2020}}   MRN {{MRN:BRC-770125}}
Study: {{DATE:12/11/2024}}, room 2, parent ({{NAME:Adaeze Oyelowo}}) stayed overnight in room
Referred by ENT Dr. {{NAME:Sung-min Park}} for snoring, mouth breathing, restless sleep; tonsils 3+, Friedman n/a (peds)
Tech: {{NAME:Wendell Price}}, RPSGT, CPSGT
TST 468 min, SE 89%, N3 27%, REM 21%
oAHI 11.8/h (OA 14, OH 78); REM oAHI 19.2; central AI 1.1 (post-sigh, not significant)
SpO2 baseline 98%, nadir 86%; ODI 3% 9.4; TcCO2 max 51, > 50 for 2% of TST
PLMI 3. No seizure-like activity. Bruxism noted.
IMPRESSION: Severe pediatric OSA (oAHI > 10), REM-predominant, with mild hypoventilation.
RECOMMENDATION: adenotonsillectomy with overnight inpatient observation (severity + nadir < 90). Post-op PSG if persistent sx.
Interpreting: {{NAME:Priscilla Oduya}}, MD, pediatric sleep   {{DATE:12/14/2024}}
Results faxed to {{FACILITY:Asheville ENT & Allergy}} {{FAX:828-555-0162}}; mom cell {{PHONE:828-555-0195}}`,

  // 42 Hypoglossal nerve stimulator titration
  `HGNS (Inspire) - post-activation titration visit
{{DATE:March 19, 2025}}   {{FACILITY:Piedmont Sleep & ENT}}
Pt {{NAME:Castellanos, Rigoberto}}  DOB {{DATE:11-22-1963}}  MRN {{MRN:PSE-118204}}
Implanted {{DATE:1/23/25}} by Dr {{NAME:Adair}} (IPG SN {{DEVICE:IPG-3028-AX19942}}, sensing lead {{DEVICE:SL-4340-01187}}, stim lead {{DEVICE:ST-4063-00821}}). Activated {{DATE:2/20/25}}.
Pre-op: AHI 38 on PSG, CPAP intolerant (claustrophobia) x 2 trials, BMI 29.4, DISE: no complete concentric collapse at velum.
Remote log (pt sleep remote {{DEVICE:SR-2500-77314}}): used 52/56 nights, avg 6.4 h/night; pt increased amplitude from 1.2 V to 1.6 V; therapy pauses 2-3/night.
Today: functional threshold 1.0 V, sensation threshold 0.6 V; tongue protrusion full at 1.5 V. Range set 1.4-2.2 V, start delay 30 min, pause 15 min.
Bed partner {{NAME:Gloria}} reports snoring "90% better".
Plan: in-lab titration PSG {{DATE:5/6/25}}; pt app account {{EMAIL:rcastellanos63@mymail.example}} linked.
{{NAME:Hiroshi Tamura}}, MD   cc Dr. {{NAME:Adair}}`,

  // 43 PAP recall replacement registration
  `PAP DEVICE RECALL - REPLACEMENT REGISTRATION (printed from supplier portal)
Confirmation #: {{ID:RCL-2021-0774193}}
Registered: {{DATE:07/02/2021 09:31}} from IP {{IP:203.0.113.57}}  by {{EMAIL:e.mbeki.home@netmail.example}}
Patient / user: {{NAME:Mbeki, Elias}}   DOB {{DATE:03/15/1957}}
Affected device: DreamStation-type CPAP, serial {{DEVICE:J193472008C2F}}, purchased via {{FACILITY:Highveld Home Medical}}
Ship replacement to: {{ADDRESS:2719 Cherrywood Dr}}, {{LOCATION:Aurora}}, CO {{ZIP:80014}}
Phone {{PHONE:303-555-0135}}
Status history:
  {{DATE:2021-07-02}}  registered
  {{DATE:2022-03-28}}  remediation kit shipped, UPS tracking {{ID:1Z9X44E70317728811}}
  {{DATE:2022-04-05}}  replacement serial {{DEVICE:J227711345A9B}} activated; old unit return label sent
Clinic note {{DATE:4/12/22}} ({{NAME:S. Oduya}}, RRT): settings copied APAP 6-14, EPR 3; pt instructed to stop using old machine; old SN logged for return. Compliance on new unit 94% at 30 days. Foam-free device confirmed.`,

  // 44 Home ventilator for ALS
  `HOME MECHANICAL VENTILATION - RT HOME VISIT
Date {{DATE:10/21/2025}}    RT: {{NAME:Lupe Taufa}}, RRT ({{FACILITY:Pacific Northwest Home Vent Services}})
Pt: {{NAME:Halvorsen, Erik}}, 68M, ALS dx fall 2023 (bulbar onset); FVC 32% sitting
Address: {{ADDRESS:8805 NE Hazel Dell Ave, Unit 14}}, {{LOCATION:Vancouver}} WA {{ZIP:98665}}
Vent: Trilogy-class portable, SN {{DEVICE:TV1200-558812}}; backup vent SN {{DEVICE:TV1200-558830}}
Mode AVAPS-AE via full face mask (nocturnal + 6 h daytime)
  EPAP 5-8 auto, PS min 6 max 18, Vt target 480 mL, rate 14, Ti 1.2
Download ({{DATE:9/20}}-{{DATE:10/19}}): use 14.2 h/day avg, Vt 462, leak 38 L/min, RR 17, minute vent 7.8
Cough assist (SN {{DEVICE:CA-E70-22918}}): +40/-40, 5 cycles x 5 BID - caregiver doing well.
Wife {{NAME:Solveig}} and hospice-aide {{NAME:Tevita}} trained on alarms, circuit change. Suction at bedside. Ambu bag present.
Called Dr {{NAME:Nakashima}} (neuro-pulm) re daytime dyspnea; increase PS max to 20, order placed {{ID:ORD-88304127}}.
Next visit {{DATE:11/18/25}}. Emergency line given {{PHONE:360-555-0149}}.`,

  // 45 Pulmonary hypertension referral
  `PULMONARY HYPERTENSION CLINIC - NEW CONSULT
{{NAME:Adeyemi-Park, Grace}}  | F | DOB {{DATE:1988-12-03}} | MRN {{MRN:PHC-021184}} | {{DATE:2025-05-14}}
Referred by Dr {{NAME:Lorenzo Bellini}} (cards, {{FACILITY:Elliott Bay Heart Group}}) for RVSP 68 on TTE.
HPI: 36 yo with progressive DOE x 1 yr, now WHO FC III, 2 syncopal episodes climbing stairs at work ({{FACILITY:Cedar Lantern Branch Library}}). No OCP, no stimulants, no known CTD. Sister {{NAME:Hope}} died at 29 of "heart failure".
RHC {{DATE:5/8/25}}: RAP 9, mPAP 52, PAWR 10, CO 3.4, PVR 12.4 WU. Vasoreactivity neg.
V/Q: no mismatched defects. HIV neg, LFTs nl, ANA neg.
6MWT 298 m, NT-proBNP 1840. REVEAL 2.0 score 9 (high risk).
Dx: PAH, likely heritable/idiopathic - BMPR2 testing sent, req {{ID:GEN-44201}}.
Plan: initial triple therapy: macitentan + tadalafil, start parenteral treprostinil via {{FACILITY:Accurate Specialty Infusion}}; pump SN to be logged at teach.
Contraception counseling (ERA REMS). Husband {{NAME:Daniel Park}} {{PHONE:206-555-0186}}.
{{NAME:Mei-Ling Adebanjo}}, MD`,

  // 46 Thoracentesis
  `PROCEDURE: Ultrasound-guided thoracentesis, R
Date/time {{DATE:01/30/2025 1420}}    Location: {{FACILITY:Fairhaven Community Hospital}} 4 South, rm 412
Pt {{NAME:O'Donnell, Bridget}}  MRN {{MRN:FCH0042218}}  {{AGE:95}}yo F
Operator: {{NAME:Sandeep Kaur}}, MD; assist {{NAME:Mike R.}}, RN. Timeout performed, consent from pt + niece {{NAME:Maureen Kiley}} (HCP, {{PHONE:508-555-0110}}).
US: large free-flowing R effusion, no septations. 8 intercostal space posterior axillary line, lidocaine 1% 10 mL, 8 Fr catheter.
Removed 1,150 mL straw-colored fluid; stopped for chest tightness/cough. Post-US: lung sliding present. No PTX on CXR.
Fluid: pH 7.38, protein 2.1 (serum 6.0), LDH 110 (serum 220, ULN 222), glucose 104. Light's criteria: transudate. Cell count 420, lymph 68%. Cytology + cultures sent, accession {{ID:F25-0039114}}.
Impression: transudative effusion, likely CHF. No Kussmaul or Cheyne-Stokes breathing observed.
Plan: diuresis per primary (Dr {{NAME:Ahmadi}}); repeat CXR AM.
{{NAME:SK}}`,

  // 47 Indwelling pleural catheter home drainage log
  `IPC (PleurX) HOME DRAINAGE LOG - {{FACILITY:Cape Ann Visiting Nurses}}
Client: {{NAME:Pelletier, Raymond}}   DOB {{DATE:04/07/1946}}   Agency ID {{ID:CAVN-33107}}
Home: {{ADDRESS:14 Rockport Rd, Apt 2}}, {{LOCATION:Gloucester}} {{ZIP:01930}}
Catheter placed {{DATE:9/4/25}} by Dr. {{NAME:Esposito}} for malignant L effusion (NSCLC). Lot on insertion kit 2509A; not tracked.
Date         Vol (mL)   Color         Sx / Site               By
{{DATE:9/8}}    650        serosang.     site clean, mild pain   {{NAME:C. Doyle}}, RN
{{DATE:9/10}}   500        yellow        clean                   {{NAME:C. Doyle}}, RN
{{DATE:9/12}}   300        yellow        clean, pt SOB improved  wife ({{NAME:Jeannine}})
{{DATE:9/15}}   180        yellow        clean                   {{NAME:C. Doyle}}, RN
{{DATE:9/17}}   90         yellow        clean                   {{NAME:Jeannine}}
Note {{DATE:9/17/25}}: < 150 mL x2 -> called IP clinic ({{PHONE:978-555-0151}}); per NP {{NAME:Oakes}} decrease to twice weekly, possible autopleurodesis.
Supplies from {{FACILITY:North Shore Medical Supply}}, order {{ID:NSMS-77120}}.`,

  // 48 Post-COVID clinic
  `POST-COVID (PASC) PULMONARY CLINIC
Pt: {{NAME:Iqbal, Samina}}  DOB {{DATE:2/9/1982}}  MRN {{MRN:WC-4418830}}  Visit {{DATE:6/17/2025}}
COVID-19 {{DATE:Dec 2022}}, hospitalized 9 d at {{FACILITY:Westchester Crossroads Hospital}} (HFNC, no intubation), since then exertional dyspnea, palpitations, brain fog.
PFTs today: FVC 94%, FEV1/FVC 0.81, TLC 88%, DLCO 71% (was 58% {{DATE:3/2023}}).
CT {{DATE:4/28/25}}: residual faint GGO + subpleural bands, improved.
CPET {{DATE:5/20/25}}: peak VO2 68% pred, early AT, breathing reserve preserved, no desaturation -> deconditioning + possible dysfunctional breathing; HR rise 42 bpm on 10-min stand test, suggest POTS eval.
Plan: breathing retraining with PT ({{NAME:Marisa}} at {{FACILITY:Hudson Valley Pulm Rehab}}); cardiology for POTS; return to work letter for {{FACILITY:Ludlow Park Academy}} (teacher) - half days x 4 wk.
FMLA paperwork to {{EMAIL:benefits.hr@ludlowpark.example}}; pt phone {{PHONE:914-555-0191}}.
Next PFT + visit in 6 mo. Dr. {{NAME:Giannopoulos}} / scribe {{NAME:A. Baptiste}}`,

  // 49 Chronic cough clinic
  `chronic cough clinic - new
{{DATE:08/27/2025}} | {{NAME:nguyen thi lan}} | 58F | mrn {{MRN:CC-600219}}
cough x 14 mo, dry, worse talking + cold air, ~200 coughs/hr on cough monitor (VitaloJAK-type, recorder {{DEVICE:VJ-0418-5521}}). urinary incontinence w/ cough. LCQ 9.8.
prior w/u: CXR nl, CT chest nl ({{DATE:3/2025}}), PFT nl w/ neg methacholine (PC20 > 16), FeNO 14. ACEi stopped 2023. PPI trial 8 wk no help. nasal steroid trial no help.
GERD sx mild. no asthma sx. never smoker. works at nail salon in {{LOCATION:Garden Grove}} ({{FACILITY:Lotus Nails & Spa}}), fumes +.
dx: refractory chronic cough, cough hypersensitivity likely
plan: gabapentin 100 TID titrate; SLT referral (speech, cough suppression therapy) - {{NAME:Marguerite Cho}}, SLP; daughter {{NAME:Vy}} interprets, ph {{PHONE:714-555-0184}}; mask at work
interpreter used for part of visit: {{NAME:Hoa}} (ID {{ID:INT-2207}})
rtc 8 wk. - {{NAME:Rajesh Subramaniam}} md`,

  // 50 Occupational lung, asbestosis
  `OCCUPATIONAL PULMONARY EVALUATION
Examinee: {{NAME:Szymanski, Walter J.}}   DOB {{DATE:06/21/1949}}   SSN {{SSN:512-44-8830}}
Claim #: {{ID:WC-2025-008812}}   Union: {{FACILITY:Boilermakers Local 744}}, member {{ID:BM-744-11820}}
Exam date: {{DATE:03/27/2025}}   Examiner: {{NAME:Constance Ahlberg}}, MD, B-reader
Exposure: shipfitter at {{FACILITY:Lorain Harbor Shipyard}} 1967-1994 (insulation, gaskets, no PPE); lives {{LOCATION:Lorain}}.
Smoking: 20 pk-yr, quit 1990.
Sx: DOE 2 blocks, dry cough. Exam: bibasilar late-inspiratory crackles, no clubbing.
CXR (ILO): small irregular opacities s/t, profusion 1/1, lower zones; bilateral calcified pleural plaques, diaphragmatic.
HRCT: subpleural curvilinear lines, plaques. PFT: FVC 71%, TLC 74%, DLCO 60%.
Opinion: asbestosis with pleural plaques, within reasonable medical certainty; causally related to shipyard exposure. Impairment class 2 (AMA Guides 6th ed).
Report requested by Atty. {{NAME:Darius Feld}}, {{FACILITY:Feld & Maronek LLP}}, fax {{FAX:440-555-0127}}. Examinee phone {{PHONE:440-555-0178}}.
Signed {{DATE:04/02/2025}}   {{NAME:CA}}/{{NAME:mw}}`,

  // 51 Pre-placement spirometry, firefighter
  `OCCUPATIONAL SPIROMETRY / RESPIRATOR CLEARANCE (OSHA 1910.134)
Employer: {{FACILITY:Tri-Cities Fire District 4}}    Employee # {{ID:TCFD-0917}}   Position: FF/EMT recruit
Name: {{NAME:Kealoha, Makana}}   DOB {{DATE:1999-08-14}}   DL {{LICENSE:KEALOMK112NB}} (WA)
Test {{DATE:2025-02-11 07:50}}   Tech {{NAME:Brandy Oltmann}}, CPFT   Spirometer SN 44081 (clinic-owned)
FVC 5.62 L (98% pred, NHANES III)   FEV1 4.71 L (97%)   FEV1/FVC 0.84   PEF 10.9 L/s
3 acceptable, repeatable within 100 mL. No BD given.
Questionnaire: asthma as child (outgrown, no inhaler since age 12), no current sx, nonsmoker, vapes no.
Fit test: 3M 7500 half-face M - pass; SCBA - pass (quant, fit factor > 500).
Determination: CLEARED for respirator use including SCBA, no restrictions. Re-test annually.
Medical reviewer: {{NAME:Reuben Castellano}}, DO   Date {{DATE:2/12/2025}}
Sent to district HR ({{NAME:Tammy Voss}}) at {{EMAIL:tvoss@tcfd4.example}}; employee copy mailed to {{ADDRESS:1502 W Kennewick Ave #B}}, {{LOCATION:Kennewick}} {{ZIP:99336}}.
Clinic: {{FACILITY:Columbia Basin Occupational Medicine}}  {{PHONE:509-555-0174}}`,

  // 52 Records release request
  `AUTHORIZATION FOR RELEASE OF HEALTH INFORMATION
Patient name: {{NAME:Delacroix-Whitfield, Simone}}   DOB {{DATE:9/23/1977}}
SSN: {{SSN:417-62-6619}}
Driver's license / ID used to verify: {{LICENSE:D4120-55187-09}} (LA)
MRN {{MRN:SLP-0773412}}
Release FROM: {{FACILITY:Bayou Teche Sleep & Lung}}, {{ADDRESS:300 E Bridge St}}, {{LOCATION:Breaux Bridge}} LA {{ZIP:70517}}
Release TO: {{NAME:Harold Mouton}}, Esq., for SSDI claim; fax {{FAX:337-555-0193}}
Information: PSG {{DATE:10/2023}}, CPAP compliance downloads 2023-2025, PFTs, pulmonary notes {{DATE:01/01/2023}} to present
Purpose: disability (Social Security). SSA claim # {{ID:SSA-CL-90044127}}
Expires: one year from signing.
Signature: {{NAME:S. Delacroix-Whitfield}}   Date {{DATE:04/30/2025}}
Witness: {{NAME:Renee Guidry}}, HIM   Request # {{ID:ROI-25-04418}}   Fee waived (disability)`,

  // 53 Summer camp anaphylaxis / asthma form
  `CAMP HEALTH FORM - ALLERGY & ASTHMA ADDENDUM
Camp: {{FACILITY:Camp Wapiti Lake}} (Session 2, {{DATE:July 6-19, 2025}})   Cabin: Otter
Camper: {{NAME:Ezra Feldman-Obi}}  DOB {{DATE:03/30/2013}}  Age 12
Parent/guardian 1: {{NAME:Miriam Feldman}}  cell {{PHONE:(612) 555-0139}}  email {{EMAIL:miriam.feldman@familymail.example}}
Parent/guardian 2: {{NAME:Chukwudi Obi}}  cell {{PHONE:612-555-0158}}
Home: {{ADDRESS:4418 Bryant Ave S}}, {{LOCATION:Minneapolis}} {{ZIP:55419}}
ALLERGIES: peanut (anaphylaxis age 3), shellfish (hives), penicillin? (rash, never tested)
Epinephrine: EpiPen 0.3 mg x2 - one with camper in fanny pack, one with nurse. Exp 02/2026.
ASTHMA: moderate persistent; Advair HFA 115/21 2 puffs BID; albuterol prn; uses spacer. Triggers: campfire smoke, pollen (ragweed, timothy), cats.
Last ED visit {{DATE:11/2024}}. Never intubated.
Insurance: Northstar Family Health  ID {{HEALTH_PLAN:NFH-30229841-02}}  group 7719
Physician: {{NAME:Ingrid Solberg}}, MD, {{FACILITY:Lake Harriet Pediatrics}}  {{PHONE:612-555-0100}}
Signed {{DATE:5/28/2025}}
Camp nurse: {{NAME:Bekah}}`,

  // 54 Fax cover sheet
  `F A X   -   {{FACILITY:SUMMIT VALLEY SLEEP CENTER}}
{{ADDRESS:1120 Vine St, Ste 5}}, {{LOCATION:Chattanooga}} TN {{ZIP:37403}}
Phone {{PHONE:423-555-0111}}   Fax {{FAX:423-555-0112}}

TO: Dr. {{NAME:Ellsworth}}
FACILITY: {{FACILITY:Signal Mountain Family Medicine}}
FAX: {{FAX:423-555-0187}}    PHONE: {{PHONE:423-555-0180}}
FROM: {{NAME:Kendra Blount}}, front office
DATE: {{DATE:11/22/2024}}    PAGES (incl cover): 6

RE: {{NAME:HOLLOWAY, TRAVIS W.}}   DOB {{DATE:05/05/1985}}
[x] Sleep study results (split-night PSG {{DATE:11/15/2024}}, AHI 61.2 - severe)
[x] CPAP order and DME referral ({{FACILITY:Lookout Medical Supply}})
[ ] Please sign and return
[x] FYI

Comments: Pt drives for a living ({{FACILITY:Volunteer Coach Lines}}). Dr {{NAME:Ambrose}} counseled no driving until on CPAP. Please call with questions.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information... If received in error, call {{PHONE:423-555-0111}} and destroy.`,

  // 55 Sleep intake questionnaire
  `NEW PATIENT SLEEP QUESTIONNAIRE (scanned, transcribed)
Name: {{NAME:Bautista, Rosario}} "{{NAME:Charo}}"   DOB {{DATE:1970-04-02}}   Today {{DATE:2025-01-14}}
Referred by: Dr. {{NAME:Villanueva}}   Bed partner: {{NAME:Nestor}} (husband)
Occupation: charge nurse, nights, {{FACILITY:Delta Oaks Medical Center}} ICU
EPWORTH (0-3): reading 2 | TV 3 | public place 1 | passenger 1 hr 3 | lying down PM 3 | talking 0 | after lunch 2 | car stopped in traffic 1   TOTAL 15
STOP-BANG: Snore Y  Tired Y  Observed apnea Y  Pressure (HTN) Y  BMI > 35 N (33.1)  Age > 50 Y  Neck > 40 cm N (37)  Gender male N  = 5
Mallampati (by MA) IV. Tonsils 1+.
Habits: bedtime 08:30 after shift, wake 15:00; off days 23:00-07:00. Caffeine 4 cups. Alcohol rare. No hypnotics.
Symptoms: snoring "like a chainsaw" per husband, choking awakenings, AM headaches, nocturia x2. RLS sx none. Dream enactment none.
Hx: HTN (lisinopril), hypothyroid, GERD. Mother had "Pickwickian" per pt.
Preferred pharmacy: {{FACILITY:Delta Drugs}}, {{LOCATION:Stockton}}
Contact {{PHONE:209-555-0103}}; OK to leave VM. Email {{EMAIL:charo.bautista@valleynet.example}}
Reviewed by {{NAME:Anh Dao}}, MD {{DATE:1/14/25}} - order in-lab PSG (shift work, ESS 15).`,

  // 56 Overnight oximetry for O2 requalification
  `OVERNIGHT PULSE OXIMETRY REPORT
Patient: {{NAME:Yellowhorse, Delphine}}   DOB {{DATE:08/08/1933}}   Age {{AGE:92}}
Address: {{ADDRESS:HC 61 Box 2270}}, {{LOCATION:Ganado}}, AZ {{ZIP:86505}} (no street address; directions on file)
Ordered by: {{NAME:Ruth Benally}}, FNP, {{FACILITY:Ganado Chapter Health Station}}
DME: {{FACILITY:Painted Desert Oxygen}}   Oximeter: Nonin-type wrist recorder SN {{DEVICE:WO3150-220471}}
Recording: {{DATE:09-16-2025 21:48}} to {{DATE:09-17-2025 06:31}} on ROOM AIR
Analyzed time 8 h 12 min (artifact 4%)
  Mean SpO2 88.9%   Nadir 79%   Baseline awake 91%
  Time SpO2 <= 88%: 3 h 02 min (37.0%)   Time <= 80%: 2 min
  ODI 4%: 14.6/h   Pulse mean 72, range 58-104
Pattern: sustained nocturnal hypoxemia with superimposed cyclical desaturations, sawtooth pattern raising concern for sleep-disordered breathing.
Interpretation: meets CMS criteria for nocturnal O2 (>= 5 min at <= 88%). Recommend O2 1 L/min nocturnal; consider HSAT if pt willing. Elevation (6,400 ft) noted.
Read by {{NAME:Marcus Tsosie}}, MD   {{DATE:09/19/2025}}
Granddaughter {{NAME:Kaya}} ({{PHONE:928-555-0160}}) interprets in Dine for pt; nurse called her {{DATE:9/19}}.`,

  // 57 Pulmonary rehab discharge summary
  `PULMONARY REHABILITATION - DISCHARGE SUMMARY
Program: {{FACILITY:Green Mountain Pulmonary Rehab}}, {{LOCATION:Rutland}}
Participant: {{NAME:LEBLANC, Armand P.}}   MRN {{MRN:GM-118240}}   Dx: COPD GOLD 2 (FEV1 58%), s/p AECOPD hospitalization {{DATE:10/12/2024}}
Dates: {{DATE:11/04/2024}} - {{DATE:01/24/2025}}; sessions completed 34/36 (missed 2 for snowstorm)
Outcomes          Entry     Exit     Change
6MWT (m)          262       358      +96 (MCID met)
mMRC              3         2
CAT               22        14       -8
CRQ-D             3.4       4.9
PHQ-9             11        6
SpO2 nadir 6MWT   88% RA    90% RA
Education: action plan, inhaler technique (Anoro), oxygen not required; smoking cessation - quit {{DATE:12/1/24}} with varenicline!
Home program: walk 30 min 5x/wk at {{FACILITY:Otter Creek Plaza}}, TheraBand 3x/wk. Maintenance class Mon/Wed at {{FACILITY:Killington Road Community Center}} - $30/mo.
Plan sent to PCP Dr {{NAME:Ouellette}}, fax {{FAX:802-555-0119}}, and pulmonologist {{NAME:Bjorn Aasen}}, MD.
Case manager: {{NAME:Tessa Quimby}}, RRT, AE-C   {{PHONE:802-555-0145}}
Participant graduation photo (consented) saved as {{PHOTO:GMPR_grad_LeBlanc_A_0124.jpg}}`,

  // 58 Post lung transplant clinic
  `LUNG TRANSPLANT CLINIC  -  {{FACILITY:Wasatch University Hospital}}
{{NAME:Archuleta, Estevan}}  MRN {{MRN:WUH-00912845}}   Tx: bilateral LTx {{DATE:02/11/2026}} (POD 210)
UNOS recipient ID {{ID:UNOS-R-881204}}   Coordinator {{NAME:Lorraine Begay}}, RN
Indication: fibrotic HP. CMV D+/R-, on valganciclovir ppx to 9 mo.
Home spirometry (app linked, device {{DEVICE:SPR-HS-004417}}): FEV1 2.94 L avg last 2 wk; baseline (best 2 post-tx) 3.12 L -> 94% of baseline, stable. No CLAD.
Tac trough 8.4 (goal 8-10), Cr 1.41, Mg 1.6, WBC 4.1. MMF 1000 BID, pred 5.
Bronch surveillance {{DATE:8/28/26}}: A0B0, BAL neg, DSA neg.
Issues: tremor, new HTN -> amlodipine 5. Dermatology screening at {{FACILITY:Salt Lake Skin Institute}} {{DATE:9/15/26}} - high SCC risk on voriconazole history.
Lives with wife {{NAME:Dolores}} at temporary housing ({{ADDRESS:410 S 900 E, Apt 6}}, {{LOCATION:Salt Lake City}}) until 12 mo, then back to {{LOCATION:Grants}}.
Labs weekly at {{FACILITY:Sugar House Lab Draw Station}}. Next clinic {{DATE:10/13/26}}.
{{NAME:Nils Sandoval-Berg}}, MD / {{NAME:LB}}`,

  // 59 Nurse triage phone log, asthma flare
  `RN TRIAGE LOG - pulm/allergy line     {{DATE:Sun 1/12/25}}
0815 call from {{NAME:Tamika Sheppard}} re son {{NAME:DeAndre Sheppard}} (DOB {{DATE:6/3/2015}}, MRN {{MRN:PA-448120}}). cough/wheeze since Fri w/ cold, albuterol q3h overnight, PEF 210 (PB 320 = 66%, yellow zone). no retractions per mom, talking full sentences, SpO2 home pulse ox 94%.
  per asthma action plan: albuterol 4 puffs q20 x3 then reassess; start pred? -> paged on-call.
0831 Dr {{NAME:Varga}} returned page (pgr {{PHONE:6120}}): ok pred 40 mg daily x5 d to {{FACILITY:Eastgate Pharmacy}} ({{PHONE:317-555-0142}}), f/u Mon, ED if PEF < 160 or SpO2 < 92.
0840 called mom back at {{PHONE:317-555-0196}}, reviewed red flags, she repeated back. also asks for school note for {{FACILITY:Fall Creek Middle School}}, will do Mon.
1410 mom called: PEF 280 after pred + albuterol q4. eating. reassured.
2215 mom called again, coughing at night, PEF 250, no distress. continue plan.
{{DATE:1/13}} 0900 appt booked with Dr. {{NAME:Varga}} 1030.
-- {{NAME:Jolene Price}}, RN / {{NAME:Omar}} (weekend RN)`,

  // 60 Alpha-gal syndrome
  `ALLERGY CLINIC
{{NAME:Pruitt, Wade A.}}  DOB {{DATE:03/21/1968}}  MRN {{MRN:OZ-220714}}  {{DATE:July 30, 2025}}
Referred from {{FACILITY:Baxter County Urgent Care}} after 2 episodes of hives + BP drop ~4-6 h after eating beef (burger {{DATE:5/24}}, brisket at church supper {{DATE:6/29}} at {{FACILITY:Bethel Ridge Baptist Church}}).
Outdoors a lot - cattle + deer lease near {{LOCATION:Mountain Home}}; multiple lone star tick bites this spring; wife {{NAME:Darla}} pulled 6 off him in one weekend.
Labs: alpha-gal IgE 18.6 kU/L (high), beef 4.2, pork 3.1, lamb 2.8; tryptase baseline 4.9. Peanut/shellfish neg.
Impression: alpha-gal syndrome with delayed anaphylaxis.
Plan: avoid mammalian meat (beef, pork, lamb, venison), caution with gelatin, dairy if reactions (tolerates cheese so far), check meds for gelatin/magnesium stearate from animal source; cetuximab warning placed. EpiPen 0.3 x2 sent to {{FACILITY:Norfork Pharmacy}}. Tick avoidance, permethrin on clothes. Recheck IgE 12 mo.
He hunts; asked if he can still process deer for his brother {{NAME:Clint}} - gloves, skin contact risk low.
Letter for employer {{FACILITY:Twin Lakes Feed & Seed}} re meals at events.
{{NAME:Hollis Bergstrom}}, MD   {{PHONE:870-555-0130}}`,

  // 61 ED follow-up anaphylaxis / mast cell
  `Allergy f/u after ED visit
Pt: {{NAME:Ravensworth, Ophelia}}  33F  MRN {{MRN:EV-7709124}}  seen {{DATE:4/2/2025}}
ED {{DATE:3/27/25}} at {{FACILITY:Evergreen Valley Medical Center}}: flushing, throat tightness, BP 74/40 ~20 min after a run + NSAID (naproxen) + wheat lunch; 2 IM epi, IVF, admitted obs. Acute tryptase 28.1 drawn 1 h ({{DATE:3/27/25 14:52}}), baseline today 6.2 -> 20% + 2 rule met (MCAS criterion).
Exam: no urticaria pigmentosa, Darier sign neg.
Ddx: food-dependent exercise-induced anaphylaxis (omega-5 gliadin) vs idiopathic/MCAS. Tri5 gliadin sIgE sent, req {{ID:REQ-0402-8817}}. KIT D816V peripheral blood sent.
Plan: no wheat within 4 h before exercise, no NSAIDs pre-run, run with a buddy ({{NAME:Priyanka}}, roommate), carry 2 EpiPens. Cetirizine 10 BID + famotidine 20 BID.
Medical alert: registered w/ {{FACILITY:MedTag Alert}} ID {{ID:MTA-0057721}}.
Pt email {{EMAIL:ophelia.r@quillmail.example}}; home {{ADDRESS:2204 Alder Ridge Ln}}, {{LOCATION:Bothell}} {{ZIP:98012}}.
RTC 6 wk. - {{NAME:Tariq Haddad}}, MD / {{NAME:nb}}`,

  // 62 CVID IVIG home infusion
  `HOME INFUSION NURSING VISIT - IVIG      {{FACILITY:Lakeland Home Infusion Services}}
Pt: {{NAME:Kuznetsova, Irina V.}}   DOB {{DATE:12-05-1958}}   Pharmacy Rx # {{ID:RX-5520198}}
Dx: CVID (D83.9) - recurrent sinopulmonary infx, bronchiectasis RML. IgG trough 812 on {{DATE:8/14/25}}.
Visit {{DATE:09/11/2025}} 09:00-13:10 at home, {{ADDRESS:77 Birchwood Terrace}}, {{LOCATION:Winter Haven}} FL {{ZIP:33880}}
Product: Gamunex-C 10%, 35 g (0.5 g/kg, wt 70 kg) q4wk. Lot A3Y118, exp 06/2027.
Pump: CADD-type SN {{DEVICE:CAD-5041-88321}}.  PIV 22G L forearm, 1st attempt.
Premeds: acetaminophen 650, diphenhydramine 25 PO, 30 min prior. Hydration 500 mL NS pre.
Rate: 0.5 -> 1 -> 2 -> 4 -> 6 mg/kg/min q30 min, tolerated; max 6.
Vitals stable; mild HA at 12:30, resolved with fluids.
Teaching: headache plan, report fever/cough.
Next infusion {{DATE:10/9/25}}. Ordering: Dr. {{NAME:Santiago Ferrer}}, immunology, fax {{FAX:863-555-0117}}.
{{NAME:Gwen Achterberg}}, RN   pt signature obtained (husband {{NAME:Oleg}} present)`,

  // 63 Research-corpus style excerpt with bracketed placeholders
  `Admission Date:  [**{{DATE:2148-3-4}}**]     Discharge Date:  [**{{DATE:2148-3-11}}**]
Service: MEDICINE (MICU -> Pulm step-down)
HPI: 72 yo M w/ severe COPD (FEV1 0.7 L, 26%), home O2 3L, OSA on BiPAP 14/8 followed by Dr. [**{{NAME:Last Name (STitle) 4417}}**] at [**{{FACILITY:Hospital 882}}**] sleep clinic, p/w 3 d increasing SOB, green sputum. EMS found SpO2 78% on home O2 at his apartment in [**{{LOCATION:Location (un) 3120}}**]. ABG 7.24/78/61. Started on BiPAP in ED, avoided intubation.
Course: pred 40 x5 d, azithro, nebs. CXR no infiltrate. Flu/COVID neg. Sputum: H. flu. BiPAP weaned to nocturnal on HD3. Ambulatory SpO2 88% on 4L.
Wife [**{{NAME:Known firstname 1120}}**] requested rehab - declined by pt, home w/ services via [**{{FACILITY:Company 2271}}**].
DME: BiPAP machine brought from home, serial [**{{DEVICE:Serial Number 55120}}**], settings unchanged.
F/u: Pulm clinic w/ Dr. [**{{NAME:First Name8 (NamePattern2) 1331}}**] [**{{NAME:Last Name (NamePattern1) 9982}}**] on [**{{DATE:2148-3-25}}**] 10:30; phone [**{{PHONE:Telephone/Fax (1) 4471}}**]. PFTs in 6 wk.
Discharge meds: Trelegy 1 inh daily, albuterol neb q4h prn, pred taper, O2 3-4 L.
[**{{NAME:First Name11 (Name Pattern1) 337}}**] [**{{NAME:Last Name (NamePattern4) 338}}**] MD   Unit No: [**{{MRN:Numeric Identifier 7712}}**]
Completed by: [**{{DATE:2148-3-12}}**]`,

  // 64 Billing statement for sleep study
  `{{FACILITY:TIDEWATER SLEEP DIAGNOSTICS, LLC}} - PATIENT STATEMENT
Remit to: {{ADDRESS:PO Box 11820}}, {{LOCATION:Norfolk}} VA {{ZIP:23517}}
Statement date: {{DATE:05/01/2025}}     Account #: {{ACCOUNT:TSD-0088413}}     Amount due: $412.60
Guarantor: {{NAME:CARRINGTON, DESMOND L}}
{{ADDRESS:3307 Colley Ave Apt 2F}}
{{LOCATION:Norfolk}}, VA {{ZIP:23508}}
Patient: same    DOB {{DATE:02/02/1980}}
Svc date    CPT     Description                        Charge     Ins paid   Adj      Pt resp
{{DATE:02/19/25}}    95810   PSG, attended, 6+ params, 4+ h     2,450.00   1,122.40   915.00   412.60
Primary: Commonwealth Coastal Health   member {{HEALTH_PLAN:CCH-44018723-01}}   claim {{ID:CLM-250311-7720}}
Patient responsibility is applied to your 2025 deductible.
Pay online: {{URL:https://pay.tidewatersleep.example/acct/TSD-0088413}} or call {{PHONE:757-555-0190}} M-F.
Payment plan available. Questions: billing rep {{NAME:Lashonda}}, ext 214.
Card payments by phone require the last 4 of the card - never email full numbers to {{EMAIL:billing@tidewatersleep.example}}.`,

  // 65 Check-in kiosk + identity verification, MWT for a pilot
  `MAINTENANCE OF WAKEFULNESS TEST (MWT) - identity & chain-of-custody sheet
{{FACILITY:Front Range Sleep Institute}}   Study # {{ID:MWT-2025-0061}}   Date {{DATE:08/19/2025}}
Examinee: {{NAME:Lindahl, Soren K.}}   DOB {{DATE:10/02/1976}}
Occupation: airline first officer; FAA medical certificate # {{LICENSE:FAA-2209871}} (class 1), pilot cert (ATP) {{LICENSE:3318872}}
AME: Dr. {{NAME:Kathleen Moriarty}}, {{LOCATION:Englewood}}
Identity verified 06:45 by: photo ID (CO DL {{LICENSE:14-882-1057}}) + kiosk palm-vein scan, template {{BIOMETRIC:PV-TPL-8830-2214}}; face photo {{PHOTO:IMG_MWT0061_checkin.jpg}}
UDS witnessed by {{NAME:Andre Fontaine}}, RPSGT 06:50, specimen {{ID:UDS-55104}} (amphet, benzo, THC, opioids - negative)
Prior night PSG: TST 402 min, AHI 1.9 on CPAP 10 (device SN {{DEVICE:23224458801}}, pt brought own).
Trial  Start   Sleep onset   Notes
1      09:00   none (40 min) 
2      11:00   none (40 min)
3      13:00   32.5 min      N1 x3 epochs
4      15:00   none (40 min)
Mean sleep latency 38.1 min. Normal (> 8 min; 40 min protocol).
Interp: {{NAME:Yolanda Esparza}}, MD, signed {{DATE:8/21/2025}}. Copy to AME fax {{FAX:303-555-0176}}.`,

  // 66 Telehealth sleep follow-up
  `TELEHEALTH VISIT - Sleep Medicine follow-up
Date {{DATE:10/14/2025}}   Platform: clinic video ({{URL:https://meet.ozarksleep.example/v/48812}})
Connection: pt device iPad, {{IP:198.51.100.77}}; provider in office; audio/video adequate
Pt: {{NAME:Whitlock, Carla Jean}}  DOB {{DATE:07/14/1962}}  MRN {{MRN:OSM-22019}}
Pt location: her daughter's house in {{LOCATION:Springdale}}, AR (confirmed for licensure)
Cloud data (portal id {{DEVICE:OSM-CPAP-118820}}, AirSense SN {{DEVICE:23177740193}}):
  last 30 d: 29/30 used, 93% >= 4 h, avg 7 h 15 min; AHI 1.4; leak 95th 9 L/min
ESS 6 (was 17). Weight down 18 lb on semaglutide.
Still has RLS sx 3-4 nights/wk; ferritin {{DATE:9/30}} = 38 -> start ferrous sulfate 325 every other day with vit C; avoid diphenhydramine. Discussed ropinirole augmentation risk.
Mask: nasal pillows AirFit P10 small, supplies q3mo from {{FACILITY:Ozark Mountain Medical}}.
Plan: continue APAP 6-12. Recheck ferritin 3 mo. RTC 1 yr or sooner.
Daughter {{NAME:Shawna}} on call briefly ({{PHONE:479-555-0109}}).
{{NAME:Benedikt Hoffmann}}, DO   time: 22 min`,

  // 67 Spanish-speaking family, allergy clinic
  `Consulta de alergia (interpreted visit)   {{DATE:02/26/2025}}
Paciente: {{NAME:Guadalupe Carrasco Mendez}} ("{{NAME:Lupita}}"), 8 a, MRN {{MRN:KC-5501833}}
Interpreter: {{NAME:Esteban Ruiz-Tagle}}, certified, badge {{ID:INT-0448}} (in person)
Present: mamá {{NAME:Rosalba Mendez}}, Tía {{NAME:Yesenia}}
CC: "se le cierra el pecho" with running and nighttime cough; itchy eyes/nose Mar-May and Sep-Oct. Lives in a trailer near {{LOCATION:Dodge City}}; dad works at {{FACILITY:High Plains Beef Packing}}, family has 2 dogs, carpet, visible mold in bathroom.
SPT (histamine 7, saline 0): Alternaria 8x20, D. farinae 6x12, D. pter 5x10, dog 4x8, cat 0, cockroach 5x9, Russian thistle 7x15, ragweed 6x14, Bermuda 3x5, cedar 0.
Spirometry: FEV1 84%, FEV1/FVC 0.76, post-BD +14%. FeNO 41. ACT (childhood) 16.
A/P: moderate persistent allergic asthma + allergic rhinoconjunctivitis.
- Flovent HFA 110 2 puffs BID w/ spacer; albuterol prn; action plan in Spanish given
- Flonase 1 spray each nostril; olopatadine drops in season
- mold remediation handout; dust mite covers
- discuss SCIT at next visit
- school nurse at {{FACILITY:Sunnyside Elementary}} fax {{FAX:620-555-0134}}
Contacto: mamá cel {{PHONE:620-555-0188}} (WhatsApp OK)
{{NAME:Felipe Aranda}}, MD`,

  // 68 Rural home oxygen visit
  `home O2 visit - {{FACILITY:Sandhills Oxygen & Medical}}
{{DATE:1-8-25}}, tech {{NAME:Cody Rasmussen}}
pt {{NAME:ELMER TWOMBLY}}, {{AGE:ninety-six}} yrs old, COPD on 3 L continuous
address {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Valentine}} NE {{ZIP:69201}} - gravel rd 6 mi S of hwy 20 past {{ADDRESS:mile marker 212}}, green mailbox, dogs friendly
drifts bad, had to park at gate + walk in. pt's nephew {{NAME:Arlo}} had plowed partway.
concentrator SN {{DEVICE:NV5-30881-K}} running 14,420 hrs, filter cleaned, O2 purity 94%. backup H cylinder x2 full, E tanks x3 (1 low, swapped).
pt using wood stove ~8 ft from concentrator. tubing 50 ft thru kitchen. REVIEWED fire safety again, moved tubing away from stove, no smoking sign reposted. pt says "been doing this since '89 son". 
SpO2 on 3L at rest 91%. pt says he's "fine". lives alone, daughter {{NAME:Marlene Twombly-Haas}} in {{LOCATION:North Platte}} checks by phone {{PHONE:308-555-0127}}.
generator at home, pt knows to call if power out > 4 h. Landline {{PHONE:402-555-0163}}.
Dr {{NAME:Kinkaid}} notified re stove, asked for home health safety eval; order # {{ID:SOM-8810}}.
next route visit {{DATE:2/5}}`,

  // 69 Cloud portal multi-patient export
  `# PAPConnect clinician portal - non-compliance worklist export
# exported_by={{EMAIL:rt.lead@summitvalleysleep.example}} exported_at={{DATE:2025-06-30T08:02:11Z}} client_ip={{IP:192.0.2.41}}
# clinic={{FACILITY:Summit Valley Sleep Center}} filter: day 31-90, usage>=4h <70%
patient_name,dob,mrn,device_sn,modem_id,setup,usage_4h_pct,avg_h,ahi,last_upload_ip
"{{NAME:Holloway, Travis}}",{{DATE:1985-05-05}},{{MRN:SV-441210}},{{DEVICE:23211984430}},{{DEVICE:M-8841-20981}},{{DATE:2025-04-10}},52,3.6,4.1,{{IP:203.0.113.201}}
"{{NAME:Pham, Thu}}",{{DATE:1971-11-28}},{{MRN:SV-441377}},{{DEVICE:23211990071}},{{DEVICE:M-8841-21044}},{{DATE:2025-04-22}},61,4.0,2.2,{{IP:203.0.113.18}}
"{{NAME:Okoro, Ifeanyi}}",{{DATE:1990-02-14}},{{MRN:SV-441402}},{{DEVICE:23212003315}},{{DEVICE:M-8841-21102}},{{DATE:2025-05-01}},38,2.7,11.9,{{IP:198.51.100.9}}
"{{NAME:Dalton-Reese, Mae}}",{{DATE:1958-08-30}},{{MRN:SV-441455}},{{DEVICE:23212007782}},{{DEVICE:M-8841-21190}},{{DATE:2025-05-06}},67,4.4,1.0,{{IP:198.51.100.140}}
# 4 rows. Assigned RT: {{NAME:Nakoa Fonoti}}   outreach calls due by {{DATE:07/03/2025}}`,

  // 70 Sleep study scheduling confirmation email
  `From: {{FACILITY:Magnolia Sleep & Lung Center}} <{{EMAIL:scheduling@magnoliasleep.example}}>
To: {{EMAIL:bjthibodeaux@bayoumail.example}}
Sent: {{DATE:Monday, November 3, 2025 2:14 PM}}
Subject: Your sleep study appointment - confirmation {{ID:MSC-APT-220917}}

Hello {{NAME:Beau}},

Your overnight sleep study (in-lab PSG, split night if indicated) is scheduled for:
  {{DATE:Thursday, November 13, 2025}}, arrive 8:30 PM
  {{FACILITY:Magnolia Sleep & Lung Center}}, {{ADDRESS:4100 Ambassador Caffery Pkwy, Suite 120}}, {{LOCATION:Lafayette}}, LA {{ZIP:70508}}
  Bedroom 4 (enter through the side door marked SLEEP LAB after 7 PM)

Please bring: photo ID, insurance card (Gulf South Health member {{HEALTH_PLAN:GSH-7702918834}}), your medications, comfortable sleepwear. No caffeine after noon, no naps. Wash hair, no gels or oils.
Your tech that night will be {{NAME:Renard Batiste}}, RPSGT. You will be woken at 5:30 AM.

Complete your Epworth and sleep history before you come: {{URL:https://forms.magnoliasleep.example/intake?c=MSC-APT-220917}}
To reschedule call {{PHONE:337-555-0121}} at least 48 hours ahead (a $75 fee applies to no-shows).

Ordering provider: Dr. {{NAME:Celestine Broussard}}
See you soon!
{{NAME:Kayla}}, scheduling`,

  // 71 SLIT first dose observation
  `SUBLINGUAL IMMUNOTHERAPY - FIRST DOSE IN CLINIC
{{DATE:12/02/2024}} | {{NAME:Abiodun, Folasade}} | 27F | MRN {{MRN:NR-33018}} | {{FACILITY:Northridge Allergy Associates}}
Indication: grass pollen allergic rhinoconjunctivitis, SPT timothy 10x25, sIgE timothy 28.4 kU/L. Mild intermittent asthma, FEV1 92% today.
Product: Grastek (timothy grass extract) 2800 BAU tablet, lot G24-7718, exp 09/2026. Start 12+ wk before grass season.
10:02 tablet placed under tongue, held 1 min, no swallowing x 1 min, no food/drink x 5 min.
10:15 mild oral itching, throat "scratchy" - expected local rxn
10:32 resolved. No uvular edema, lungs clear, no hives.
Observed 30 min; vitals stable.
Teaching: daily dosing at home, skip dose if mouth sores/dental work/asthma flare; anaphylaxis signs; EpiPen 0.3 prescribed and demo'd (trainer). Written instructions given.
Rx sent to {{FACILITY:Sorrento Specialty Pharmacy}}, PA ref {{ID:PA-GR-448120}} under plan Pacific Coast Health ({{HEALTH_PLAN:PCH-990218834}}).
Works as a kindergarten aide at {{FACILITY:Little Acorns Montessori}} - outdoor duty, pollen exposure.
Pt cell {{PHONE:818-555-0122}}. Next visit {{DATE:1/6/25}}.
{{NAME:Arash Farahani}}, MD   RN {{NAME:Bethany Cole}}`,

  // 72 Bronchiectasis / NTM clinic (TB-free look-alikes)
  `BRONCHIECTASIS & NTM CLINIC
Pt {{NAME:Halloran, Margaret}} ("{{NAME:Peg}}")   DOB {{DATE:03/17/1951}}   MRN {{MRN:BX-2201844}}   seen {{DATE:5 Aug 2025}}
Thin, tall, never-smoker woman (Lady Windermere phenotype, pectus), nodular bronchiectasis RML/lingula on CT.
Sputum: MAC (M. intracellulare) 3 of 3 samples {{DATE:3/2025}}-{{DATE:5/2025}}, AFB smear 1+. M. tuberculosis complex PCR NEGATIVE; IGRA negative. No TB contacts; public health not notified (NTM is not reportable here).
Sx: productive cough, 4 kg wt loss, fatigue. FEV1 1.72 L (74%).
Plan: start 3x weekly azithro 500 + rifampin 600 + ethambutol 25 mg/kg; baseline audiology and ophtho (visual acuity, color) - ophtho Dr {{NAME:Farrokh}}. Airway clearance: Aerobika + 3% saline BID.
Labs q4wk; sputum q2mo, goal culture conversion then 12 mo beyond.
Lives in {{LOCATION:Hilton Head}} in a condo with a hot tub - advised to stop using it / shower aerosol.
Sister {{NAME:Kathleen Halloran}} ({{PHONE:843-555-0185}}) helps with meds.
Rx to {{FACILITY:Sea Pines Drug}}. PA for amikacin liposome (Arikayce) if no conversion at 6 mo.
{{NAME:Rohan Desai}}, MD / scribe {{NAME:TL}}  {{FACILITY:Lowcountry Lung Associates}}`,

  // 73 Nodule tracking registry worklist
  `NODULE PROGRAM - TRACKING WORKLIST (due/overdue)   run {{DATE:09/02/2025}} by {{NAME:Shelby Anders}}, RN navigator
{{FACILITY:Lakeshore Lung Screening Program}}
| Pt                    | MRN          | Nodule                 | Last CT     | Next due    | Status / note
| {{NAME:Kowalczyk, Gerald}}    | {{MRN:LLS-0092271}}  | 4 mm RLL solid, LR2    | {{DATE:04/02/2025}}  | {{DATE:04/2026}}     | ok
| {{NAME:Baptiste, Yvonne}}     | {{MRN:LLS-0101188}}  | 7 mm LUL solid, LR3    | {{DATE:02/19/2025}}  | {{DATE:08/19/2025}}  | OVERDUE - 2 calls, letter sent
| {{NAME:Ostergaard, Nils}}     | {{MRN:LLS-0099730}}  | 12 mm GGN RUL          | {{DATE:06/03/2025}}  | {{DATE:06/2026}}     | pt moved to {{LOCATION:Duluth}}; records sent
| {{NAME:Whitebird, Ruth}}      | {{MRN:LLS-0103345}}  | 9 mm PSN, LR4A         | {{DATE:07/28/2025}}  | {{DATE:10/28/2025}}  | PET ordered; daughter {{NAME:June}} {{PHONE:231-555-0173}}
| {{NAME:Papadakis, Stavros}}   | {{MRN:LLS-0104012}}  | 18 mm spic LLL, LR4B   | {{DATE:08/25/2025}}  | bronch {{DATE:9/8}}   | Dr {{NAME:Szabo}} aware
Legend LR = Lung-RADS v2022. Overdue letters generated with template NAV-07.
{{NAME:Baptiste}} 3rd attempt: number on file {{PHONE:231-555-0116}} disconnected; mailed to {{ADDRESS:211 Cass St, Apt 3}}, {{LOCATION:Traverse City}} {{ZIP:49684}}.`,

  // 74 Pulm/CCM on-call log
  `PULM ON-CALL LOG  wknd {{DATE:3/15}}-{{DATE:3/16}}  (fellow: {{NAME:Oyinkansola Bakare}})
Sat
 0710  {{NAME:DeLuca, Sal}} (BiPAP pt, ALS) - wife {{NAME:Teresa}} says alarm "low Vt" all night. Walked thru circuit check; mask strap broken. DME {{FACILITY:Keystone Respiratory Partners}} on-call tech {{NAME:Jerome}} going out. ok.
 1125  ED {{FACILITY:Mercy Lakes}}: 58M w/ IPF on Ofev, SpO2 82% on 6 L, ?AE-IPF vs PE. Rec CTA, HFNC, pulse steroids if no other cause; d/w Dr {{NAME:Halvorsen}} for Mon.
 1640  pt {{NAME:Rachel Nunez-Ortiz}} ({{PHONE:414-555-0131}}) lost her POC on a flight layover in {{LOCATION:Denver}} - airline has it. advised to use airport O2 service, gave DME number.
Sun
 0230  CF pt {{NAME:Bren O'Shaughnessy}} (14) - mom called, hemoptysis ~1 tsp streaks. no vitals issue. hold HTS + vest x 24h, stop ibuprofen, call Mon; ED if > 1 tbsp. paged Dr {{NAME:Hoang}} FYI.
 0915  nursing home {{FACILITY:Pine Haven Care Center}}: {{AGE:99}} yo on hospice, wants O2 for comfort - verbal order 2 L NC prn. 
 2100  quiet.
sign-out to Dr {{NAME:Asante}} {{DATE:3/17/25}} 0700`,

  // 75 Former preemie with BPD, home O2
  `PEDIATRIC PULMONOLOGY - BPD CLINIC
{{DATE:10/07/2025}}   {{FACILITY:Children's Hospital of the Coastal Empire}} - pulm clinic 3B
Pt: Baby {{NAME:Nakamura-Bello}} ({{NAME:Kenji}})   DOB {{DATE:03/29/2025}}   MRN {{MRN:CHC-00819352}}
Born 25+3 wks, BW 740 g. Severe BPD (grade 2, NIH 2019). NICU {{DATE:3/29}}-{{DATE:8/14/25}} at {{FACILITY:Savannah Regional NICU}}.
Home on 1/8 L NC continuous via low-flow meter; concentrator SN {{DEVICE:PC-882014-S}}; pulse ox SN {{DEVICE:MS60-44018}} (alarm limits 90%).
Corrected age 3 mo 3 wk. Wt 5.1 kg (z -1.4). Feeds: Neosure 24 kcal, 130 mL/kg/d.
Echo {{DATE:9/12/25}}: no PH, small PFO.
Meds: chlorothiazide 10 mg/kg BID, Synagis due monthly (RSV season), caffeine stopped.
Room-air challenge today: SpO2 91-93% asleep x 20 min, 94% awake -> wean to O2 during sleep only. Overnight oximetry in 4 wk via {{FACILITY:Lowcountry Pediatric Home Care}}.
Parents {{NAME:Aiko Nakamura}} and {{NAME:Tunde Bello}}; dad's cell {{PHONE:912-555-0147}}. Early intervention (Babies Can't Wait) enrolled, case # {{ID:EI-2025-44102}}.
Medicaid (Georgia) ID {{HEALTH_PLAN:GA-MCD-118820443}}.
RTC 6 wk. {{NAME:Lucinda Ashworth}}, MD / {{NAME:Ramona Little}}, RRT`,

  // 76 Referral to dental sleep medicine
  `{{DATE:August 20, 2025}}

{{NAME:Chanel Whitmore}}, DDS
{{FACILITY:Quiet Night Dental Sleep Solutions}}
{{ADDRESS:905 Marsh Landing Pkwy, Ste 2}}
{{LOCATION:Jacksonville Beach}}, FL {{ZIP:32250}}
via fax {{FAX:904-555-0182}}

Re: {{NAME:Okonjo, Ngozi}}, DOB {{DATE:11/30/1974}}

Dear Dr. {{NAME:Whitmore}},
I am referring Ms. {{NAME:Okonjo}} for a custom titratable mandibular advancement device. HSAT on {{DATE:07/24/2025}} showed mild-to-moderate OSA: REI 13.8/h, supine REI 24, ODI 9, nadir 85%. ESS 10. She tried APAP 5-12 for 8 weeks (SN {{DEVICE:23190221157}}, avg use 1.8 h/night) and could not tolerate it because of claustrophobia and frequent travel as a flight attendant for {{FACILITY:Atlantic Skyways}}.
BMI 27. Mallampati II, Friedman stage II, no TMJ symptoms reported, good dentition per pt (last cleaning at her dentist Dr {{NAME:Patel}} this year).
After the appliance is titrated, please send her back for an efficacy HSAT on the appliance.
Insurance: medical (Coastal Prime Health, member {{HEALTH_PLAN:CPH-55412908}}), E0486 with KX modifier.
Her cell is {{PHONE:904-555-0115}}.

Sincerely,
{{NAME:Marcus Ellery}}, MD, Sleep Medicine, {{FACILITY:First Coast Sleep Center}}`,

  // 77 Hospice oxygen order
  `HOSPICE - COMFORT O2 ORDER / DME REQUEST
Hospice: {{FACILITY:Willow Creek Hospice}}   Pt: {{NAME:ABERNATHY, CLARA MAE}}   DOB {{DATE:1/2/1928}}   {{AGE:97}}yo F
Hospice dx: end-stage COPD (J44.9) with cor pulmonale; FAST n/a; PPS 30%.
Location of care: daughter's home, {{ADDRESS:2840 Whispering Pines Rd}}, {{LOCATION:Hendersonville}} NC {{ZIP:28739}}
Order {{DATE:02/14/2025 1915}} (verbal from Dr. {{NAME:Nwachukwu}}, read back by {{NAME:Lisa Tran-Hughes}}, RN):
 - O2 2-4 L/min NC prn dyspnea/comfort, titrate to comfort not to sat
 - morphine concentrate 20 mg/mL 5 mg SL q2h prn dyspnea
 - discontinue BiPAP per pt/family wishes; DME to pick up unit SN {{DEVICE:BP-A30-771204}}
 - fan to face, HOB up
DME: {{FACILITY:Blue Ridge Home Oxygen}}, deliver concentrator + E tanks tonight; ticket {{ID:BRHO-55120}}
Medicare hospice benefit, MBI {{HEALTH_PLAN:2RF8-KA4-TY19}}
Family: daughter {{NAME:Janice Abernathy Cole}} (primary caregiver) {{PHONE:828-555-0155}}; grandson {{NAME:Beau}}
Chaplain visit requested - pt's church {{FACILITY:Shepherd's Rest Baptist Church}}.`,

  // 78 Asthma ED follow-up, letter to school nurse
  `{{FACILITY:Riverside Pediatric Asthma Clinic}}
{{ADDRESS:1450 N Main St, 2nd Floor}} | {{LOCATION:Dayton}}, OH {{ZIP:45405}} | p {{PHONE:937-555-0166}} | f {{FAX:937-555-0167}}

{{DATE:Feb. 18, 2025}}

To: School Nurse, {{FACILITY:Stillwater Ridge STEM Middle School}}
Attn: Mrs. {{NAME:Garrison}}

Re: {{NAME:Amani Jefferson}} (DOB {{DATE:10-09-2012}}), grade 7

{{NAME:Amani}} was seen in the ED at {{FACILITY:Mad River Children's Hospital}} on {{DATE:2/11/25}} for an asthma attack that started during PE and was treated with albuterol/ipratropium nebs x3, dexamethasone, and discharged. She saw me today: lungs clear, ACT 15, spirometry FEV1 78% with +16% after albuterol.
Changes: Symbicort 160/4.5 2 puffs twice daily (SMART) replaces Flovent. She may use Symbicort OR albuterol for symptoms at school and should pre-treat 15 min before PE.
Please allow her to carry her inhaler, and call mom ({{NAME:Keandra Jefferson}}, {{PHONE:937-555-0129}}) for any yellow- or red-zone symptoms. Updated action plan attached.
She may return to full PE on {{DATE:2/24}}.

{{NAME:Olamide Fashola}}, MD
Pediatric Pulmonology
{{NAME:OF}}:{{NAME:tjr}}`,

  // 79 Sleep tech note with RBD + incident
  `PSG TECH NOTE / OCCURRENCE - bed 3   night of {{DATE:6/21/25}}
pt: {{NAME:Fitzwilliam, Desmond}}, 71M, MRN {{MRN:NSDC-120077}}, dx ?RBD (wife {{NAME:Evelyn}} reports punching/kicking in sleep x 2 yr, fell out of bed twice). Study w/ extended EMG (arms), video.
2248 lights out. meds: tamsulosin, no antidepressants.
0147 REM: vocalizing, swinging L arm, then sat up abruptly + pulled off nasal cannula + chin leads. Tech {{NAME:Annalise Kroeger}} entered room, verbal redirection, pt woke, oriented, apologetic ("I was fighting off a dog"). No fall - bed rails up, floor mat in place per RBD protocol. No injury to pt or staff.
0152 leads reapplied. study resumed.
0430 second REM episode, milder (kicking). captured on video clip {{PHOTO:VID_bed3_20250622_0430.mp4}}.
0512 lights on. pt fine.
Prelim: REM sleep without atonia on chin + FDS, AHI 8.2. Occurrence report {{ID:OR-25-0619}} filed (no harm) with charge RPSGT {{NAME:B. Nwosu}}.
Wife picked up pt 0545, told to keep bedroom safe (move nightstand, pad floor) until Dr {{NAME:Abernathy}} reviews; clinic will call {{PHONE:208-555-0132}}.
{{FACILITY:Northridge Sleep Disorders Center}}`,

  // 80 Lung cancer screening shared decision-making visit
  `LCS SHARED DECISION-MAKING VISIT (G0296)
{{DATE:01/27/2025}}  {{FACILITY:Lakeshore Lung Screening Program}} - {{LOCATION:Petoskey}} satellite
Pt: {{NAME:Baptiste, Yvonne}}   DOB {{DATE:06/06/1962}}   MRN {{MRN:LLS-0101188}}
Eligibility (USPSTF 2021): age 62, current smoker, 34 pack-years (1 ppd x 34 yr) - ELIGIBLE.
No sx of lung cancer (no hemoptysis, wt loss). No chest CT in past 12 mo. Able and willing to undergo treatment if found.
Decision aid used (option grid), discussed: benefits (~20% relative reduction in lung cancer mortality), false positives (~1 in 4 with something found on first scan), overdiagnosis, radiation (~1.5 mSv), incidental findings (coronary calcium, emphysema), annual adherence.
Counseling: strongly advised to quit; pt ready to set quit date {{DATE:2/14}} ("Valentine's, for my grandkids"). NRT patch 21 mg + gum; referred to quitline; CO 18 ppm.
Pt chose to proceed. LDCT ordered, order # {{ID:ORD-LDCT-330912}}, scheduled {{DATE:2/19/25}} at {{FACILITY:Northern Lakes Imaging}}.
Reached at {{PHONE:231-555-0116}}; lives at {{ADDRESS:211 Cass St, Apt 3}}, {{LOCATION:Traverse City}} with partner {{NAME:Gilles}}.
Visit by {{NAME:Shelby Anders}}, RN, with {{NAME:Viktor Szabo}}, MD (attested). 16 min.`,
];

export const HELDOUT_REALISTIC_116_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout116-${i + 1}`, n));
