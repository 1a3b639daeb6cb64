// An eighty-fourth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities
// and counties appear only as places). It leans towards laboratory medicine, pathology, the blood
// bank, transplant and research: core-lab and microbiology reports with accession and specimen
// numbers, critical-value call logs, blood bank type-and-crossmatch, antibody work-ups, emergency
// release and transfusion-reaction reports, organ procurement and tissue and eye bank case notes
// and transplant notes with donor and recipient identifiers, HLA crossmatches, biobank consent,
// sample and freezer logs, research study visit notes and e-consent audit trails, HL7 v2 messages
// and CSV extracts full of pipes and carets, reference-lab send-out requisitions and shipping
// manifests, and autopsy, medical examiner, cytology and surgical pathology reports. It mixes
// structured and free text and is heavy on numbers that are not PHI (reference ranges, CPT, LOINC
// and ICD codes, ISBT product codes, reagent and QC lot numbers, instrument serials, CLIA numbers,
// protocol and NCT numbers, HLA types, MFI values, freezer/rack/box positions) and on eponyms and
// blood-group names that look like names and are not (Kell, Duffy, Kidd, Lewis, Lutheran, Coombs,
// Kleihauer-Betke, Gleason, Bethesda, Papanicolaou, Wright-Giemsa, Reed-Sternberg, Howell-Jolly,
// Westgard, Levey-Jennings, Banff, Foley), next to staff initials and tech sign-offs.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (including the
// conventions it added: month/day without a year is a DATE, initials and first or last names alone
// standing for a person are NAME, an age over 89 is AGE however written, accession, order,
// requisition, case, call-reference, tracking and employee numbers are ID, lot, CLIA, NDC and trial
// numbers and a lot's expiry are not PHI, labs and reference labs are FACILITY, short pagers and
// extensions are PHONE, NPI/DEA/state and driver's licences are LICENSE).
// Added for this set: specimen, surgical, cytology, autopsy and medical-examiner case numbers are
// ID, and a block or slide suffix written joined to one (SP-24-0061-A2) stays inside the span, while
// block and part labels alone (A2, part B, cassette 3) are not PHI; a blood unit's donation
// identification number (DIN, e.g. W0361 24 118457) is ID, while ISBT product codes, ABO/Rh,
// antigen and antibody names, and the expiry of a blood unit or reagent are not PHI; OPTN/UNOS donor
// and recipient IDs, OPO referral numbers, match-run numbers, eye and tissue bank donor numbers,
// study subject, screening and randomisation numbers, and biobank participant, sample and aliquot
// IDs (coded or not) are ID, while protocol, NCT and IRB numbers, consent-form versions, study drug
// kit numbers, HLA types, cPRA and MFI values are not PHI; in HL7 v2 and CSV text every field or
// caret component is its own span (LAST^FIRST^M -> three NAME spans), HL7 timestamps (20240314,
// 202403140247) are DATE, the message control ID is ID, a sending or receiving facility code
// (MSH-4/6, assigning authority) is FACILITY, and application names, code systems and value
// tables are not; analyzer and instrument names and serials, QC material, freezer, rack, box and
// well positions, room and bench numbers are not PHI; a hospital's client number at a reference
// lab is ACCOUNT; an SSN written as its last four digits is SSN; a fingerprint, AFIS or palm-vein
// reference is BIOMETRIC; a decedent's or participant's identification photo file or reference is
// PHOTO; pacemaker, ICD, LVAD, pump, CGM and other implant or worn device serials (explanted ones
// too) are DEVICE; sponsors, CROs, payers and reagent or instrument manufacturers are not PHI; a
// name read from a tattoo is NAME, the tattoo itself is not annotated; a log-in or user name built
// from a person's name (r.lindqvist, IBELLAMY) is NAME; every IP address is IP, a staff workstation's
// too; a month with a year (08/2022) is a DATE; an extension written after a full number is inside
// its PHONE span; the last four digits of a payment card are ACCOUNT; agencies and code authorities
// in HL7 (SSA, OPTN, CMS) are not PHI; a reference to a recorded consent call, an interpreter's ID
// number and a distribution or material-transfer number are ID.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9459 / 0.9415; pass-17 engine (a322156, whose rules were made from sets 67-78 without this set)
// 0.9485 / 0.9414. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `CRITICAL VALUE CALL LOG -- CORE LAB   {{FACILITY:Tallow Creek Regional Medical Center}}
night shift 2300-0730, bench chem/heme   tech {{NAME:R. Okonkwo-Baines}} MLS(ASCP)  x{{PHONE:4471}}

{{DATE:03/14/2024 0112}} | acc {{ID:C24074-00318}} | {{NAME:HALVERSEN, Tomas}} MRN {{MRN:00772915}} rm 4W-12
   K 6.9 mmol/L (3.5-5.1), HIL H=8 no hemolysis. rerun 6.8 on cobas c503 #2.
   called {{NAME:Priya Dandekar}} RN 0116, read back OK. ref {{ID:CV-0314-009}}  -{{NAME:ROB}}
{{DATE:03/14/2024 0240}} | acc {{ID:H24074-01177}} | {{NAME:Ngata, Hemi}} MRN {{MRN:01039466}} ED bay 7
   PLT 9 x10^3/uL (150-400), smear reviewed, no clumps, no giant plts.
   called ED charge {{NAME:Lou Strand}} RN 0244, read back OK. ref {{ID:CV-0314-010}}  -{{NAME:ROB}}
{{DATE:03/14/2024 0405}} | acc {{ID:C24074-00502}} | {{NAME:BEAUCHESNE, Marie-Therese}} MRN {{MRN:00418830}} ICU 3
   Glucose 38 mg/dL (70-99); lactate 5.2 mmol/L (0.5-2.2).
   1st call 0407 no answer x{{PHONE:5520}}; 2nd call 0411 Dr. {{NAME:Isaac Abernathy}} (hospitalist),
   read back OK. ref {{ID:CV-0314-011}}  -{{NAME:ROB}}
   note: 2nd tube from L arm, no IV above site per {{NAME:Dandekar}}.

Reviewed {{DATE:3/14}} 0805 {{NAME:KT}} (day supv). Westgard 1-3s flag on K QC lvl 2 at 0030 -> recal, QC in, no pt impact.`,
  `MSH|^~&|SUNQUEST|{{FACILITY:TCRMC}}|EPIC|{{FACILITY:TCRMC}}|{{DATE:202403140247}}||ORU^R01|{{ID:MSG00419921}}|P|2.5.1
PID|1||{{MRN:01039466}}^^^{{FACILITY:TCRMC}}^MR||{{NAME:NGATA}}^{{NAME:HEMI}}^{{NAME:T}}||{{DATE:19610825}}|M|||{{ADDRESS:88 Wharf Rd}}^^{{LOCATION:Astoria}}^OR^{{ZIP:97103}}||{{PHONE:(503)555-0186}}|||||{{ACCOUNT:A2407400913}}|{{SSN:541-33-9027}}
PV1|1|E|ED^07^01^{{FACILITY:TCRMC}}||||{{LICENSE:1487720395}}^{{NAME:ABERNATHY}}^{{NAME:ISAAC}}^^^^MD
ORC|RE|{{ID:ORD88231450}}|{{ID:H24074-01177}}
OBR|1|{{ID:ORD88231450}}|{{ID:H24074-01177}}|85025^CBC W AUTO DIFF^CPT|||{{DATE:202403140152}}|||||||{{DATE:202403140209}}|BLD
OBX|1|NM|6690-2^WBC^LN||11.4|10*3/uL|4.0-10.5|H|||F
OBX|2|NM|718-7^HGB^LN||8.1|g/dL|13.5-17.5|L|||F
OBX|3|NM|4544-3^HCT^LN||24.6|%|41.0-53.0|L|||F
OBX|4|NM|777-3^PLT^LN||9|10*3/uL|150-400|LL|||F
NTE|1||CRITICAL PLT called to {{NAME:L STRAND}} RN {{DATE:03/14/24 0244}} by {{NAME:ROB}}, read back
NTE|2||Smear reviewed, no platelet clumping. Sysmex XN-10 SN 21987 flag cleared.`,
  `SURGICAL PATHOLOGY REPORT          {{FACILITY:Saint Casimir Hospital}} Department of Pathology
Accession: {{ID:SP-24-006183}}    Collected: {{DATE:02/27/2024}}    Received: {{DATE:02/27/2024 15:40}}
Patient: {{NAME:Wojcik, Aleksandra J}}    DOB: {{DATE:06/03/1958}}    MRN: {{MRN:3302-7718}}
Submitting: {{NAME:Fenwick Olade}}, MD (GI)    cc: {{NAME:Hana Sato}}, NP

CLINICAL HX: 65F, iron deficiency anemia, screening colonoscopy; 2 cm sessile polyp ascending colon.
SPECIMENS: A. Ascending colon polyp, EMR   B. Random colon biopsies
GROSS: A. Received in formalin labeled with pt name and MRN, a 2.1 x 1.8 x 0.6 cm tan-pink polypoid
fragment; cauterized base inked blue; serially sectioned and entirely submitted A1-A4.
B. Four tan fragments 0.2-0.4 cm, entirely submitted B1.  (gross: {{NAME:jmk}})
DIAGNOSIS:
A. Tubulovillous adenoma with focal high-grade dysplasia; no invasive carcinoma. Cauterized
   margin negative (closest 1.5 mm).
B. Colonic mucosa without diagnostic abnormality; no microscopic colitis.
Comment: discussed with Dr. {{NAME:Olade}} by phone {{DATE:2/29}}. See also {{ID:SP-21-011470}} (hyperplastic polyp).
CPT 88305 x2
Electronically signed {{DATE:02/29/2024 11:02}}  {{NAME:Desmond Achterberg}}, MD   NPI {{LICENSE:1326049871}}`,
  `BLOOD BANK -- TYPE & CROSSMATCH        {{FACILITY:Kestrel Ridge Medical Center}} Transfusion Service
Pt {{NAME:ABEYTA, RAMON E}}   MRN {{MRN:K0091847}}   Acct {{ACCOUNT:600218734}}   DOB {{DATE:11-Jan-1947}}
Specimen {{ID:BB24-03318}} drawn {{DATE:04/02/24 0615}} by {{NAME:TLW}}, armband BB# {{ID:A47716}} verified
ABO/Rh: O POS (fwd/rev concordant; historical O POS {{DATE:9/12/2019}})
Antibody screen (gel, 2-cell, lot 24017.04 exp 2024-06-30): NEG
Electronic xm eligible: yes (2 types on file)
Units:
  DIN {{ID:W0361 24 118457}}  E0336V00  O NEG  exp 04/19/24  compatible
  DIN {{ID:W0361 24 118462}}  E0336V00  O POS  exp 04/22/24  compatible
  DIN {{ID:W1154 24 503391}}  E3846V00  O POS  irradiated, exp 04/08/24  compatible
Issued unit 1 {{DATE:04/02/24 0940}} to {{NAME:Ines Bellamy}}, RN, 5 North; visual inspection OK, no clots/hemolysis.
Pre-op for R THA on {{DATE:4/3}} -- keep 2 units on hold x72h (hold exp {{DATE:4/5}} 0615).
Tech: {{NAME:T. Lindqvist-Wade}} ({{NAME:TLW}})    2nd check {{NAME:MDC}}`,
  `TRANSFUSION REACTION INVESTIGATION        case {{ID:TRX-2024-017}}
Recipient: {{NAME:Chukwuemeka Obi}}   MRN {{MRN:5580142}}   DOB {{DATE:8/30/1972}}   Unit: {{FACILITY:Pemberton 6}}, bed 14
Product: apheresis PLT, DIN {{ID:W0427 24 660871}}, E7083V00 (PAS-C); started {{DATE:5/17/2024 1322}}, stopped 1341 (~60 mL)
Reported by {{NAME:Grace Appiah-Nyarko}}, RN, pager {{PHONE:3318}}
Sx: rigors, T 37.0 -> 39.2, BP 128/74 -> 96/58, HR 88 -> 124. No dyspnea, no urticaria.
Clerical check: wristband, tag and requisition concordant. Bag returned with tubing.
Post-rxn spec {{ID:BB24-05520}}: A POS (pre A POS), DAT poly NEG, no visible hemolysis, bili unchanged.
Bag culture: gram + cocci in clusters at 14 h -> S. aureus; pt blood cx {{ID:M24-138-0042}} same organism {{DATE:5/18}}.
Supplier {{FACILITY:Great Lakes Blood Alliance}} notified {{DATE:5/17/24 1615}} ({{NAME:D. Fairweather}}, QA,
{{PHONE:616-555-0133}}); co-component DIN {{ID:W0427 24 660872}} quarantined.
Classification: septic reaction (TTBI), definite; severity severe; imputability definite.
Reported to hemovigilance. Medical director {{NAME:Lorna Szabo-Whitcombe}}, MD  {{DATE:05/21/2024}}`,
  `{{FACILITY:Cascade Gift of Life Network}} -- DONOR REFERRAL / CASE NOTE
Referral #{{ID:CGL-24-02871}}    UNOS Donor ID {{ID:AJK4471}}
Referring: {{FACILITY:Ahtanum Valley Medical Center}} ICU, {{LOCATION:Yakima}}, WA
Rec'd {{DATE:06/08/2024 22:47}} from {{NAME:Kiona Whitefeather}} RN, callback {{PHONE:(509) 555-0119}}
Pt {{NAME:Dustin R. Allender}}, 34M, MRN {{MRN:AV2093317}}, GCS 3T after MVC on US-12 near {{LOCATION:Naches}} {{DATE:6/7}}.
Vent AC 16/450/+5, FiO2 40%. Levo 6 mcg/min. Na 151; UO 400 mL/h -> DDAVP.
BD exam #1 {{DATE:6/9/24 0630}} Dr. {{NAME:Mirela Constantin}}; apnea test positive (PaCO2 68). 2nd exam not req'd per policy.
Registry: registered via WA DOL, DL {{LICENSE:ALLENDR411KQ}} -- first-person authorization.
NOK: mother {{NAME:Bonnie Allender}} {{PHONE:509-555-0164}}, informed by {{NAME:Jae-won Park}} (FS) {{DATE:6/9}} 1015; supportive.
ME: {{LOCATION:Yakima Co}} coroner case {{ID:YC-24-0388}}, released, no restrictions.
Serologies pending. ABO A1 POS. HLA sent to {{FACILITY:Puget Immunogenetics Lab}}.
Coordinator {{NAME:Tova Lindgren}}  {{EMAIL:tlindgren@cascadegol.org}}`,
  `TRANSPLANT SURGERY PROGRESS NOTE  POD#2   {{DATE:07/11/2024}}
{{NAME:Farida Nwachukwu-Hale}}   MRN {{MRN:9914406}}   OPTN recipient ID {{ID:KRX-882190}}
s/p DDKT (L iliac fossa) {{DATE:7/9/24}}; donor {{ID:AHEB112}} (KDPI 38%, DCD, CIT 19 h).
S: pain controlled, ambulated x3, passing flatus.
O: T 37.4, BP 146/82, HR 84. UO 2.9 L/24h. JP 60 mL serous. Foley in place, remove POD5. Ureteral stent in.
Labs: Cr 6.8 -> 5.1 -> 4.2. K 4.9. Hgb 9.1. WBC 4.4. Mg 1.6 (replete).
Tac 2.5 mg BID; level {{DATE:7/11}} 0600 = 6.2 (goal 8-10) -> incr to 3 mg BID. MMF 1 g BID. Pred taper day 3.
Thymoglobulin 1.5 mg/kg dose 3 today. Doppler {{DATE:7/10}}: RI 0.68, patent artery and vein.
CMV D+/R- -> valganciclovir ppx x6 mo. BK PCR at 1 mo. PJP ppx TMP-SMX SS daily.
A/P: slow graft function improving, no DGF. Discussed with pt and husband {{NAME:Kelechi}} at bedside.
Attending Dr. {{NAME:Benedikt Oyelaran}} agrees.
{{NAME:M. Rautio}}, PA-C   pager {{PHONE:2261}}`,
  `BIOBANK CONSENT & COLLECTION LOG -- {{FACILITY:Prairie Lantern Biorepository}}   (IRB 2019-0447, consent v6.2)
date | participant | biobank ID | MRN | by | samples | notes
{{DATE:01/08/24}} | {{NAME:Oduya, Beatrice}} | {{ID:PLB-004417}} | {{MRN:77120934}} | {{NAME:SMV}} | 2 EDTA, 1 SST, saliva | recontact YES, email {{EMAIL:bea.oduya62@fastmail.com}}
{{DATE:01/08/24}} | {{NAME:Gruenwald, Henrik}} | {{ID:PLB-004418}} | {{MRN:70038815}} | {{NAME:SMV}} | 2 EDTA | box 4 (genomic data sharing) = NO
{{DATE:01/09/24}} | {{NAME:Tsosie, Marlena}} | {{ID:PLB-004419}} | {{MRN:71402259}} | {{NAME:JH}} | 1 EDTA, 1 PAXgene | LAR daughter {{NAME:Renata Tsosie}} {{PHONE:(505) 555-0127}}; tribal consultation form attached
{{DATE:01/10/24}} | {{NAME:Ahmadi, Soraya}} | {{ID:PLB-004420}} | {{MRN:70925543}} | {{NAME:JH}} | FFPE from {{ID:SP-23-19044}} | remnant only, release signed Dr. {{NAME:Quell}}
--
all EDTA spun 2000 x g 10 min, plasma/buffy aliquoted 0.5 mL x6, freezer F-3 rack 2 box 17 (-80C).
QA spot check {{DATE:1/12/2024}} {{NAME:SMV}}/{{NAME:JH}}: 4/4 consents complete, witness signatures present.`,
  `RESEARCH VISIT NOTE -- GLIDE-HF (Protocol CT-2207, NCT05123460), Site 014
Subject ID: {{ID:014-0093}}    Visit: Week 12 (V6)    Date: {{DATE:22 Aug 2024}}
Participant {{NAME:Ruth Ekwueme-Barlow}} (MRN {{MRN:4408162}}) seen in CRU room 3 with husband {{NAME:Gordon}}.
ICF v4.0 (amendment 3) re-signed 0905, obtained by {{NAME:L. Petrossian}}, CRC; copy given.
Vitals: BP 132/78, HR 71, wt 88.4 kg (-1.2). NYHA II, no edema.
AEs since V5: mild dizziness {{DATE:8/3}}, resolved {{DATE:8/5}}, not related. No SAEs.
ConMeds unchanged. IP compliance 94% by pill count (kit 44871 returned, kit 45102 dispensed).
Central labs ({{FACILITY:Meridian Clinical Trials Lab}}) requisition {{ID:MCT-7720194}}, shipped ambient,
airbill {{ID:7734 1190 0482}}. Local NT-proBNP 612 pg/mL (ref <125).
Next: V7 wk 24 ~{{DATE:11/14/2024}}; reminder call to {{PHONE:(402) 555-0171}}.
PI Dr. {{NAME:Yusuf Aldana}} reviewed AE log.
Note by {{NAME:Lusine Petrossian}}, CCRC   {{DATE:08/22/2024 11:40}}`,
  `{{FACILITY:Ironwood Reference Laboratories}} -- SEND-OUT REQUISITION
Client: {{FACILITY:Hollister Bay Community Hospital}} Lab   Client # {{ACCOUNT:40917}}   CLIA 05D0981234
Ordering: {{NAME:Annika Voorhees}}, DO   NPI {{LICENSE:1902837465}}   Fax results: {{FAX:(831) 555-0149}}
PATIENT: {{NAME:MENDOZA-RIOS}}, {{NAME:GRACIELA}}   Sex F   DOB {{DATE:02/14/1953}}
Addr: {{ADDRESS:2290 Carmel Hill Dr, Unit 6}}, {{LOCATION:Salinas}} CA {{ZIP:93906}}   Ph {{PHONE:831-555-0102}}
SSN (last 4): {{SSN:6618}}
Bill to: INSURANCE -- Central Coast Health Plan, member ID {{HEALTH_PLAN:CCH88104472}}
Dx: D47.2, R77.1
Tests: 3051 Immunofixation, serum (CPT 86334); 3058 Free light chains K/L (83521 x2)
Specimen: serum, frozen, 2 aliquots, collected {{DATE:10/03/2024 0750}}, acc {{ID:HB24277-0091}}
Shipped {{DATE:10/3/24}} frozen on dry ice (UN1845, 2.5 kg), tracking {{ID:1Z94W7710344028817}}
Packed by {{NAME:DRV}}   verified {{NAME:ak}}`,
  `OFFICE OF THE MEDICAL EXAMINER -- {{LOCATION:Pima County}}          REPORT OF AUTOPSY
ME case: {{ID:ME-24-01187}}     Decedent: {{NAME:Ezequiel Tadeo Barraza}}     Age: 41     Sex: M
Date of death: {{DATE:08/19/2024}} (found)    Autopsy: {{DATE:08/20/2024 0900}}    Prosector: Dr. {{NAME:Harriet Vandersloot}}
Identification: visual by brother {{NAME:Ramiro Barraza}} from photograph ({{PHOTO:ME24-01187_ID01.jpg}});
fingerprints submitted, AFIS ref {{BIOMETRIC:AZ-FP-2024-338761}}, confirmed {{DATE:8/21/24}}.
Investigator {{NAME:C. Yazzie}}: found in driver seat of 2011 Silverado, AZ plate {{VEHICLE:CRT4417}},
parked at trailhead off {{ADDRESS:N Gates Pass Rd, mile 3.2}}, ambient temp 108F.
EXTERNAL: 178 cm, 92 kg. Livor fixed, posterior. Rigor passing. Tattoo L forearm "{{NAME:Yolanda}}" in script;
R chest rose. No injuries. Medical intervention: none.
INTERNAL: heart 470 g, LAD 75% stenosis, no acute thrombus. Lungs 720/690 g, edematous. Brain 1410 g, unremarkable.
TOXICOLOGY: vitreous and femoral blood to {{FACILITY:Sonoran Forensic Toxicology}}, req {{ID:SFT-55102}}.
Vitreous Na 160, urea N 48 (hyperthermia/dehydration pattern).
CAUSE: environmental hyperthermia; contributing: atherosclerotic coronary artery disease. MANNER: accident.`,
  `CYTOPATHOLOGY -- GYNECOLOGIC (ThinPrep)        {{FACILITY:Mesa Verde Women's Health Laboratory}}
Accession {{ID:GYN24-118402}}   Pt {{NAME:Lachance, Odile}}   DOB {{DATE:1989-04-17}}   MRN {{MRN:MV-552017}}
Collected {{DATE:5/2/2024}} by {{NAME:Beverly Osei}}, CNM at {{FACILITY:Cortez Family Clinic}}   Received {{DATE:5/3/2024}}
LMP {{DATE:4/20/24}}. G2P2. Hx: ASC-US {{DATE:03/2023}}, HPV HR neg.

SPECIMEN ADEQUACY: Satisfactory for evaluation; transformation zone component present.
INTERPRETATION (Bethesda 2014): LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).
  Koilocytes and binucleate cells present. No Papanicolaou features of HSIL seen.
HPV HR (cobas 4800): POSITIVE -- other HR types; HPV 16 neg, HPV 18 neg.
Recommendation: per ASCCP risk-based guidelines; colposcopy advised.

Screened by: {{NAME:PKL}}, CT(ASCP)   (slide 2 of 2 rescreened, 10% QC)
Reviewed by: {{NAME:Marguerite Tanaka-Ruiz}}, MD  {{DATE:05/07/2024}}
Result faxed to clinic {{FAX:970-555-0158}} and posted to portal. Prior cases: {{ID:GYN23-031577}}, {{ID:GYN19-204410}}.`,
  `lab_extract_nightly.csv  (LIS -> data warehouse, rows 1-6 of 412)
mrn,last,first,dob,acc,loinc,test,result,units,ref,flag,collected,verified_by
{{MRN:02231847}},{{NAME:Kaczmarek}},{{NAME:Zofia}},{{DATE:1944-10-02}},{{ID:C24201-0044}},2160-0,CREAT,1.84,mg/dL,0.57-1.11,H,{{DATE:2024-07-19 05:41}},{{NAME:ah}}
{{MRN:02231847}},{{NAME:Kaczmarek}},{{NAME:Zofia}},{{DATE:1944-10-02}},{{ID:C24201-0044}},2823-3,K,5.6,mmol/L,3.5-5.1,H,{{DATE:2024-07-19 05:41}},{{NAME:ah}}
{{MRN:00983310}},{{NAME:Mbeki}},{{NAME:Thandiwe}},{{DATE:1990-01-27}},{{ID:H24201-0131}},718-7,HGB,10.9,g/dL,12.0-15.5,L,{{DATE:2024-07-19 06:02}},{{NAME:rj}}
{{MRN:01877452}},{{NAME:O'Shaughnessy}},{{NAME:Declan}},{{DATE:1958-06-30}},{{ID:C24201-0210}},1920-8,AST,412,U/L,5-34,HH,{{DATE:2024-07-19 06:15}},{{NAME:ah}}
{{MRN:01877452}},{{NAME:O'Shaughnessy}},{{NAME:Declan}},{{DATE:1958-06-30}},{{ID:C24201-0210}},1742-6,ALT,388,U/L,0-55,HH,{{DATE:2024-07-19 06:15}},{{NAME:ah}}
{{MRN:03100286}},{{NAME:Vu}},{{NAME:Thi Lan}},{{DATE:1931-12-11}},{{ID:C24201-0233}},2951-2,NA,128,mmol/L,136-145,L,{{DATE:2024-07-19 06:20}},{{NAME:rj}}`,
  `MICROBIOLOGY -- POSITIVE BLOOD CULTURE NOTIFICATION
{{DATE:Sat 11/09/2024 0318}}   Accession {{ID:M24-314-0077}} (set 1 of 2, aerobic bottle)   TTP 13.6 h (BacT/ALERT 3D, cell 4B)
Patient: {{NAME:Delacroix-Amponsah, Yvette}}   MRN {{MRN:60218840}}   Loc {{FACILITY:Whitlow 4}} rm 418
Gram stain: GRAM NEGATIVE RODS.
Rapid ID (BCID2 panel): Klebsiella pneumoniae group DETECTED; CTX-M DETECTED; KPC, NDM, OXA-48 not detected.
Called to {{NAME:Mateo Ferreira}}, RN at 0331; read-back verified. Also paged ID fellow Dr. {{NAME:Anjali Ramaswamy}} ({{PHONE:6604}}) 0334,
returned call 0340, plans meropenem. Call ID {{ID:MB-CV-24-9981}}.
Contact isolation flag added per IP protocol (ESBL). IP notified by email to {{EMAIL:infectionprev@whitlowhealth.org}}.
Set 2 ({{ID:M24-314-0078}}): no growth to date.
Subculture to BAP/MAC/CHOC; Vitek 2 AST to follow ~{{DATE:11/10}} PM.
Tech {{NAME:O. Haddad}} (emp {{ID:E20417}})   reviewed {{NAME:GS}}`,
  `COAGULATION -- HEPARIN MONITORING / HIT WORKUP
Pt: {{NAME:Lindgren-Oyelowo, Bertil}}   MRN {{MRN:7002913}}   DOB {{DATE:3.9.1951}}   CVICU bed 9
{{DATE:09/16/24 0600}}  anti-Xa (UFH) 0.92 IU/mL (target 0.3-0.7) HIGH   acc {{ID:CG2426-0117}}
{{DATE:09/16/24 1200}}  anti-Xa 0.48   acc {{ID:CG2426-0302}}
PLT trend: 212 ({{DATE:9/11}}) -> 168 -> 101 -> 74 ({{DATE:9/16}}). 4Ts score 6 (high).
HIT PF4 ELISA (in-house, lot HPF-2231): OD 1.84 (pos >0.40) POSITIVE.
SRA sent out to {{FACILITY:Blue Ridge Platelet Reference Lab}}, req {{ID:BRP-0048821}}, expected TAT 5 days.
Critical anti-Xa called to {{NAME:Shira Katzenelson}} RN 0622 (read back) -- {{NAME:wpm}}
Heme path note: heparin d/c'd {{DATE:9/16}} 1330 by Dr. {{NAME:Thibodeaux}}; argatroban 1 mcg/kg/min started, aPTT goal 1.5-3x.
Heparin allergy added to chart; HIT flag on BB record so no heparin flush with products.
{{NAME:Wendell P. Marchetti}}, MD, Hemostasis & Thrombosis Lab   {{DATE:9-16-2024}}`,
  `FLOW CYTOMETRY REPORT -- Leukemia/Lymphoma panel       {{FACILITY:Harbourmoor Hematopathology Laboratory}}
Flow # {{ID:FC24-00931}}   linked marrow {{ID:BM24-00412}}
Patient {{NAME:Szczepanski, Tadeusz}}   MRN {{MRN:HV3384019}}   DOB {{DATE:12/21/1939}}
Physician: {{NAME:Carmen Iturbide}}, MD (Heme/Onc)   collected {{DATE:10/14/2024}}
Specimen: peripheral blood, EDTA; viability 96% (7-AAD).
FINDINGS: Lymphocytes 71% of events. Abnormal B-cell population (58% of leukocytes): CD19+, CD5+, CD23+,
CD20 dim, CD200+, sIg kappa dim restricted; CD10-, FMC7-, CD38- (<30%), ZAP-70 not performed.
No increase in blasts (CD34+ 0.2%). T cells CD4:CD8 2.1.
INTERPRETATION: Monoclonal B-cell population with immunophenotype of CLL/SLL.
ALC 31.4 x10^3/uL. Matutes score 5/5.
FISH CLL panel sent to {{FACILITY:Ironwood Reference Laboratories}} ({{ID:IRL-2428810}}).
Instrument: BD FACSLyric SN R658112, daily CS&T passed.
Reported by {{NAME:Ngozi Feldstein}}, MD  {{DATE:10/15/2024 16:20}}   tech {{NAME:ALB}} / {{NAME:kc}}`,
  `BONE MARROW BIOPSY AND ASPIRATE           Accession {{ID:BM24-00412}}
{{NAME:Tadeusz Szczepanski}}, 84 y/o M (MRN {{MRN:HV3384019}})  Procedure {{DATE:10/14/2024}}, R PIC, by {{NAME:D. Okafor}}, NP
Clinical: lymphocytosis, anemia (Hgb 9.4), thrombocytopenia (PLT 88). Staging for CLL.
CBC day of: WBC 44.2, Hgb 9.4, MCV 96, PLT 88.
ASPIRATE (Wright-Giemsa): cellular, 500-cell diff: lymphs 62%, myeloid 21%, erythroid 14%, blasts 1%.
Smudge cells numerous. M:E 1.5:1. No Auer rods, no ring sideroblasts (Perls iron stain: adequate stores).
CORE: 1.8 cm, 70% cellular (expected ~15-20%), diffuse/interstitial lymphoid infiltrate ~60% of
cellularity; CD20+/CD5+/LEF1+ by IHC. Reticulin MF-1.
DIAGNOSIS: Involvement by CLL/SLL (diffuse pattern), ~60%. Correlate with flow {{ID:FC24-00931}}.
Cytogenetics (karyotype) to {{FACILITY:Harbourmoor Cytogenetics}}, case {{ID:CG-24-3305}}.
Hematopathologist: {{NAME:Ngozi Feldstein}}, MD   {{DATE:Oct 17, 2024}}   dictated/{{NAME:ngf}}/{{NAME:lt}}`,
  `HISTOCOMPATIBILITY LABORATORY -- FINAL CROSSMATCH REPORT
{{FACILITY:Puget Immunogenetics Lab}} (ASHI accredited)   Report {{ID:PIL-XM-24-1062}}
Recipient: {{NAME:Ferreira da Silva, Joaquim}}   MRN {{MRN:UW-2207731}}   OPTN ID {{ID:KRX-901344}}   ABO B POS
Donor: UNOS {{ID:AJK4471}} (deceased, {{FACILITY:Cascade Gift of Life Network}}), ABO B POS  -- spleen + LN rec'd {{DATE:6/10/24 0410}}
Recipient serum dates tested: {{DATE:06/10/2024}} (current), {{DATE:03/02/2024}} (peak, cPRA 62%)
HLA: Donor A*02:01, A*24:02; B*35:01, B*44:02; C*04:01, C*05:01; DRB1*04:01, *11:01; DQB1*03:01, *03:02
Recipient DSA (SAB, Luminex, lot 014): none > 1000 MFI. Non-DSA B*57:01 MFI 8,450.
FLOW CROSSMATCH (pronase): T-cell 31 MCS (cutoff 50) NEG; B-cell 74 MCS (cutoff 110) NEG.
Virtual XM: negative. Mismatch 1-1-1.
Interpretation: compatible for kidney transplant.
Called to Dr. {{NAME:Oyelaran}} and coordinator {{NAME:Ximena Pardo}} {{DATE:6/10/24 0915}}.
Director: {{NAME:Helga Rautenbach}}, PhD, D(ABHI)   tech {{NAME:JPW}}`,
  `LIVER TRANSPLANT EVALUATION -- HEPATOLOGY       {{DATE:Tuesday, 02/06/2024}}
{{NAME:Bartholomew "Bart" Nkemelu}}  MRN {{MRN:0419-22805}}  DOB {{DATE:5/11/1966}}
Referred by Dr. {{NAME:Sunniva Aakre}}, {{FACILITY:Belknap Mill Gastroenterology}}, {{LOCATION:Laconia}}, NH (fax {{FAX:603-555-0190}}).
Dx: EtOH cirrhosis, sober since {{DATE:08/2022}} (AA sponsor {{NAME:Phil}} confirms by letter). Decomp: ascites, HE grade 1.
MELD-Na 24 (bili 3.9, INR 1.9, Cr 1.1, Na 131). Child-Pugh C10. No HCC (MRI {{DATE:1/19/24}}, LI-RADS 2).
Lives at {{ADDRESS:14 Quarry Hill Rd}}, {{LOCATION:Gilford}}, NH {{ZIP:03249}} with wife {{NAME:Adaeze}}; 2 caregivers identified (wife, son {{NAME:Chidi}}).
Insurance: Anthem BCBS, member {{HEALTH_PLAN:YLH884120573}}; Medicare MBI {{HEALTH_PLAN:4TW8-JK2-NQ71}} (SSDI).
Psychosocial eval by {{NAME:Verity Hollins}}, LICSW: low risk (SIPAT 18). PEth {{DATE:1/30}} <10 ng/mL.
Plan: complete work-up (TTE, DSE, CT chest, dental), ABO x2, HLA typing, present at selection committee {{DATE:2/27}}.
{{NAME:Rosalind Achebe-Grant}}, MD, Transplant Hepatology`,
  `{{FACILITY:Northern Lights Eye & Tissue Bank}} -- OCULAR DONOR RECORD
Donor # {{ID:NLE-24-0611}}     Referral {{ID:REF-88203}}     Age 67   Sex F
Hospital: {{FACILITY:Arrowhead Lakeshore Hospital}}, {{LOCATION:Duluth}}, MN   Death: {{DATE:09/02/2024 0214}} (asystole)
Donor: {{NAME:Lorraine Koskinen}}   MRN {{MRN:AL-00731152}}
Authorization: recorded phone consent from husband {{NAME:Arvo Koskinen}} ({{PHONE:218-555-0137}}), {{DATE:9/2/24 0540}},
recording ref {{ID:NLE-REC-24-4471}}, witnessed by {{NAME:Dana Whitbeck}} (FS).
Recovery: in situ corneoscleral excision OU, {{DATE:9/2/24}} 0915-0950 at {{FACILITY:Arrowhead Lakeshore}} morgue by {{NAME:K. Lindahl}}, CEBT.
Death-to-preservation 7h 01m. Optisol-GS lot 2408117 exp 2025-01.
Slit lamp: OD clear, OS mild arcus. Specular (Konan): OD ECD 2618, OS 2540 cells/mm2.
Blood for serology (hemodilution calc OK) to {{FACILITY:Lakes Donor Testing Lab}}, specimen {{ID:LDT-24-20019}}.
Tissue IDs: OD {{ID:NLE-24-0611-OD}}, OS {{ID:NLE-24-0611-OS}}. Allocation: OD to {{LOCATION:Minneapolis}} surgeon (DMEK).
Prepared by {{NAME:KL}}; QA {{NAME:tb}}`,
  `MASSIVE TRANSFUSION PROTOCOL -- BLOOD BANK RUNNING LOG
MTP activated {{DATE:12/01/2024 2214}} by Dr. {{NAME:Oluwaseun Brandt-Adeyemi}} (trauma), ext {{PHONE:7711}}
Pt: {{NAME:TRAUMA, ZEBRA}} (unknown M, est 30s)  temp MRN {{MRN:T9000447}} -- later ID'd as {{NAME:Kyle J. Pruett}}, MRN {{MRN:00618822}}
Runner: {{NAME:Dev Sandoval}} (ED tech). BB tech {{NAME:H. Mwangi}} / {{NAME:CRF}}.
cooler 1  2216  4 RBC O NEG uncrossmatched (emergency release form signed Dr. {{NAME:Brandt-Adeyemi}})
                DIN {{ID:W0361 24 201177}}, {{ID:W0361 24 201180}}, {{ID:W0361 24 201193}}, {{ID:W0361 24 201195}}
          2216  4 plasma liquid A   DIN {{ID:W0361 24 199804}} (+3 others, see issue log)
cooler 2  2241  4 RBC O POS / 4 FFP AB / 1 apheresis PLT   (TEG: R 9.8 min, MA 48 -> cryo)
cooler 3  2305  10 u cryo pooled x2, 4 RBC type-specific (type {{ID:BB24-09912}} = O POS at 2238)
MTP deactivated 2340 by Dr. {{NAME:Brandt-Adeyemi}}. Totals: 12 RBC / 8 plasma / 1 PLT / 2 pools cryo / TXA 2 g.
Unused returned: 1 FFP (temp in range, reissued to inventory).
Name reconciliation: {{NAME:TRAUMA ZEBRA}} record merged to {{MRN:00618822}} {{DATE:12/02/2024 0130}} by {{NAME:HM}} with ADT.
Supervisor review {{DATE:12/2}} {{NAME:Adaora Kimura}}, MLS(ASCP)SBB`,
  `ANTIBODY IDENTIFICATION WORKUP       {{FACILITY:Kestrel Ridge Medical Center}} Transfusion Service
Pt {{NAME:Achterberg-Lowe, Philippa}}   MRN {{MRN:K0370158}}   specimen {{ID:BB24-04471}}   {{DATE:04/18/2024}}
Hx: G4P3, transfused 2019 per pt at an outside hospital in {{LOCATION:Guadalajara}}; no records.
ABO/Rh: A NEG. Screen: SC I 2+, SC II 0, SC III 2+. Auto control neg. DAT neg.
Panel (gel, 11-cell, lot 2407113, exp 2024-05-20): cells 1, 4, 6, 9 reactive 2+ to 3+ at AHG.
Rule-outs on homozygous cells: D, C, E, c, e, Jka, Jkb, S, s, M, Lea. Anti-Fyb not excluded ->
ficin panel: Fyb destroyed, reactivity persists. Kidd and Duffy otherwise negative; Lutheran, Lewis not implicated.
Pattern fits anti-K (Kell); pt phenotype K-neg (antisera lot K-1182).
CONCLUSION: anti-K. Provide K-neg, AHG-crossmatch-compatible RBCs. Antibody card issued.
Currently 22 wk pregnant: OB Dr. {{NAME:Ravindra Chaudhary}} notified {{DATE:4/18/24 1540}}; titer 1:16 (ref lab {{ID:IRL-2411902}}).
Partner {{NAME:Conrad Lowe}} K typing requested ({{ID:BB24-04502}}).
Tech {{NAME:S. Petrakis}} ({{NAME:SP}})   reviewed {{NAME:Lorna Szabo-Whitcombe}}, MD, medical director`,
  `FREEZER INVENTORY -- {{FACILITY:Prairie Lantern Biorepository}}   Freezer F-3 (-80C, Thermo TSX, SN 1123047)
printed {{DATE:2024-03-01}} by {{NAME:smv}}   -- coded samples, linkage key held by honest broker {{NAME:Ines Tallchief}}
sample_id       | participant | type        | vol  | rack/box/pos | collected  | status
{{ID:PLB-004417-P01}} | {{ID:PLB-004417}} | plasma EDTA | 0.5 | R2/B17/A1 | {{DATE:2024-01-08}} | in
{{ID:PLB-004417-P02}} | {{ID:PLB-004417}} | plasma EDTA | 0.5 | R2/B17/A2 | {{DATE:2024-01-08}} | OUT -> {{NAME:Yamamoto}} lab {{DATE:2/20}}
{{ID:PLB-004417-B01}} | {{ID:PLB-004417}} | buffy coat  | 0.3 | R2/B17/A7 | {{DATE:2024-01-08}} | in
{{ID:PLB-004418-P01}} | {{ID:PLB-004418}} | plasma EDTA | 0.5 | R2/B17/B1 | {{DATE:2024-01-08}} | in (no genomic use)
{{ID:PLB-004419-R01}} | {{ID:PLB-004419}} | PAXgene RNA | 2.5 | R2/B18/A1 | {{DATE:2024-01-09}} | in
{{ID:PLB-004420-T01}} | {{ID:PLB-004420}} | FFPE curls  | --  | RT cab 4 | {{DATE:2024-01-10}} | in
temp excursion alarm {{DATE:2/11/24}} 0312, max -71C for 22 min, door ajar; ack {{NAME:JH}}. No samples affected per SOP BR-014.`,
  `STUDY VISIT -- CLOSE-LOOP T1D (Protocol AID-305, IRB 23-1182)   Site {{FACILITY:Bitterroot Diabetes Research Center}}
Subject {{ID:305-07-0021}}   randomization {{ID:R-1148}} (arm B)   Visit 4 / Month 3   {{DATE:June 4th, 2024}}
{{NAME:Caleb Whitehorse}} (16 y/o) attended with mother {{NAME:Anita Whitehorse}}; assent + parental permission on file (v3).
Devices: study pump SN {{DEVICE:TSP-4410-88201}}; CGM sensor lot 5103390, transmitter SN {{DEVICE:8KJ2R4}}.
Pump site rotation ok. 2 sensor failures since V3 (replaced {{DATE:5/12}}, {{DATE:5/26}}).
Data upload via clinic uploader; download reference {{ID:UPL-305-0021-04}}.
TIR 71% (goal >70), TBR 2.9%, CV 33%. A1c POC 7.1% (DCA Vantage).
AE: mild hypoglycemia x4, none severe; one DKA? NO. Skin irritation at adhesive (grade 1).
Questionnaire (PedsQL) done via tablet link {{URL:https://survey.bdrc-research.org/s/305-0021/v4?tok=Q8x2Lm}}.
Stipend $50 card {{ACCOUNT:CLNC-77410266}}.
Next visit {{DATE:09/03/2024}}. Home address verified for shipping: {{ADDRESS:4418 W Lolo Creek Rd}}, {{LOCATION:Lolo}} MT {{ZIP:59847}}.
Coordinator {{NAME:Pia Sørensen}}, RN  {{EMAIL:pia.sorensen@bdrc-research.org}}`,
  `CORD BLOOD WORKUP -- NEWBORN        {{FACILITY:Sable Point Women's & Children's Hospital}} Blood Bank
Infant: Baby Boy {{NAME:Oyelaran-Vance}}  MRN {{MRN:N24-118773}}  born {{DATE:10/27/2024 0452}}, 39+2 wk, SVD, Apgar 8/9
Mother: {{NAME:Temitope Oyelaran-Vance}}  MRN {{MRN:3348102}}  O POS, antibody screen NEG ({{DATE:10/26}})
Cord specimen {{ID:BB24-11802}}: infant A POS, DAT (IgG) POS 2+. Eluate: anti-A reactive (ABO HDFN pattern).
TSB at 12 h 7.8 mg/dL (Bhutani high-intermediate); retic 8.9%; Hgb 14.1.
Peds notified: {{NAME:Lwazi Dube}}, NNP, pager {{PHONE:4420}}, {{DATE:10/27/24 1105}}; phototherapy started.
Kleihauer-Betke not indicated (mother Rh pos). Coombs positive -- repeat TSB q6h per protocol.
Tech {{NAME:F. Abubakar}} / {{NAME:FA}}; result reviewed by Dr. {{NAME:Giacomo Pellegrini}} (path) {{DATE:10/27/2024}}.
Cord segment saved 7 days, rack N-3.`,
  `CYTOPATHOLOGY -- FINE NEEDLE ASPIRATION, THYROID     Accession {{ID:FN24-00877}}
Pt: {{NAME:Dlamini, Nomvula}}   MRN {{MRN:8803145}}   DOB {{DATE:Jul 2 1971}}   Referring: {{NAME:Jorge Echeverría}}, MD (Endocrine)
Procedure {{DATE:08/13/2024}}: US-guided FNA R thyroid nodule 2.3 cm (TI-RADS 4), 25g x4 passes, by Dr. {{NAME:Echeverría}};
ROSE adequate by {{NAME:TMB}}, CT(ASCP). 2 air-dried Diff-Quik, 2 Pap-stained, rinse for cell block {{ID:FN24-00877-CB1}}.
DIAGNOSIS (Bethesda System for Reporting Thyroid Cytopathology, 3rd ed):
  IV. FOLLICULAR NEOPLASM. Cellular specimen of microfollicles, scant colloid; no nuclear features of PTC;
  focal Hurthle (oncocytic) cells <25%. No psammoma bodies.
ROM ~ 23-34%. Molecular: ThyroSeq v3 sent from rinse to {{FACILITY:Allegheny Molecular Diagnostics}}, {{ID:AMD-24-77121}}.
Comment: compare with prior FNA {{ID:FN21-01330}} (Bethesda II, L lobe).
{{NAME:Beatriz Lindqvist}}, MD, Cytopathology   {{DATE:08/15/2024 09:18}}   | tm/{{NAME:bl}}`,
  `INTRAOPERATIVE CONSULTATION (FROZEN SECTION) -- call record
OR 12 -> gross room, {{DATE:01/23/2025}}. Case {{ID:SP-25-001204}} part C "sentinel LN #2, L axilla".
Surgeon Dr. {{NAME:Theodora Vasquez-Imbert}}, circulator {{NAME:Kwame}} (x{{PHONE:3029}}).
Pt {{NAME:Harriet O. Blackwood}}, MRN {{MRN:MH-1120938}}, 58F, L breast IDC (bx {{ID:SP-24-019887}}).
1052 received; 1.2 cm node, bisected, touch prep + frozen (block C-FS1).
1101 FS DX: "Positive for metastatic carcinoma, macrometastasis (~6 mm), no ENE identified on frozen."
1102 called to OR, read back by Dr. {{NAME:Vasquez-Imbert}}; {{NAME:Kwame}} heard readback.  -- {{NAME:Rebecca Ashdown-Mbeki}}, MD
1126 part D "additional axillary contents" received, for permanent only.
TAT 9 min (CAP target <20). Frozen/permanent correlation pending ({{NAME:rab}}).
Residents present: Dr. {{NAME:Yoon}} (PGY-3). Cryostat: Leica CM1950 #2.`,
  `POINT OF CARE -- GLUCOSE METER QC / OPERATOR LOG   {{FACILITY:Cottonwood Flats Hospital}}  unit 3 East
week of {{DATE:2/10-2/16}} (meters StatStrip #PC-0417, #PC-0422; QC lots L1 4410, L2 4411; strip lot 3309112)
date   time  meter    operator               QC L1 (ref 38-58) | L2 (ref 268-364) | ok?
{{DATE:2/10}}   0710  PC-0417  {{NAME:J. Oduro}} #{{ID:40881}}     46 | 311 | Y
{{DATE:2/11}}   0702  PC-0417  {{NAME:mh}} #{{ID:40127}}           44 | 372 | N -> repeat 318 Y
{{DATE:2/12}}   0715  PC-0422  {{NAME:Tiffani Roque}} #{{ID:41530}} 51 | 300 | Y
{{DATE:2/13}}   0708  PC-0417  {{NAME:J. Oduro}} #{{ID:40881}}     39 | 290 | Y
patient result flagged {{DATE:2/13}}: pt {{NAME:Abernathy, Lloyd}} MRN {{MRN:CF0020441}} POC 41 mg/dL at 1142 by {{NAME:mh}},
  lab confirm acc {{ID:C25044-0911}} = 44; RN {{NAME:Sally Whitmore}} notified.
operator {{NAME:mh}} competency expired {{DATE:1/31/2025}}? -> no, expires {{DATE:1/31/2026}}; lock removed.
reviewed POC coord {{NAME:Benedetta Russo}}, MT   {{DATE:02/17/2025}}`,
  `SPECIMEN REJECTION / MISLABEL LOG -- accessioning, core lab
{{DATE:05/05/2024 0640}} | tube label: {{NAME:OKONJO, ADA}} MRN {{MRN:01177302}} | req: {{NAME:OKONJO, ABA}} MRN {{MRN:01177320}}
   -> MISMATCH (name + MRN transposed digits). Rejected, acc {{ID:C24126-0211}} cancelled. WBIT suspected.
   Unit 7N, collector badge {{ID:E31177}} ({{NAME:B. Teixeira}}). Called {{NAME:Nadia Ferrante}}, RN 0646, recollect ordered.
   Occurrence report {{ID:OR-24-0552}} filed by {{NAME:lqs}}.
{{DATE:05/05/2024 0712}} | {{NAME:Van der Berg, Pieter}} MRN {{MRN:02944017}} | K acc {{ID:C24126-0240}}: gross hemolysis (H index 410)
   -> K not reported, "hemolyzed, recollect". RN {{NAME:Cho}} notified 0715.
{{DATE:05/05/2024 0758}} | unlabeled lavender x2 from ED, no req. Discarded per policy LAB-ACC-09 after 1 h hold;
   ED charge {{NAME:Rory Delgado}} informed.
{{DATE:05/05/2024 0831}} | {{NAME:Sheikh, Imran}} MRN {{MRN:02210993}} | coag blue top underfilled (~70%), acc {{ID:CG2412-0098}} rejected.
shift lead {{NAME:lqs}} / {{NAME:Lydia Q. Stanhope}}`,
  `MSH|^~&|EPIC|{{FACILITY:SPWCH}}|SOFTLAB|{{FACILITY:SPWCH}}|{{DATE:20241027104455}}||ORM^O01|{{ID:OM20241027-55012}}|P|2.3
PID|1||{{MRN:3348102}}^^^{{FACILITY:SPWCH}}^MR~{{SSN:620-14-3887}}^^^SSA^SS||{{NAME:OYELARAN-VANCE}}^{{NAME:TEMITOPE}}^{{NAME:A}}||{{DATE:19920302}}|F||B|{{ADDRESS:7 Lantana Ct}}^^{{LOCATION:Pensacola}}^FL^{{ZIP:32503}}||{{PHONE:850-555-0114}}^PRN^PH~^NET^Internet^{{EMAIL:topevance@mailbox.example.com}}
PV1|1|I|LD^L212^01^{{FACILITY:SPWCH}}||||{{LICENSE:1548302916}}^{{NAME:ADEBAYO}}^{{NAME:KEMI}}|||OB||||||||IP|{{ACCOUNT:V40021935}}
IN1|1|BCBSFL01|0410|Florida Blue|||||||||||{{NAME:OYELARAN-VANCE}}^{{NAME:TEMITOPE}}|SELF||||||||||||||||||{{HEALTH_PLAN:XJB910448271}}
ORC|NW|{{ID:ORD50021187}}||||||||||{{LICENSE:1548302916}}^{{NAME:ADEBAYO}}^{{NAME:KEMI}}
OBR|1|{{ID:ORD50021187}}||86900^ABO TYPING^CPT~86901^RH TYPING^CPT~86850^ANTIBODY SCREEN^CPT|||{{DATE:202410271040}}
NTE|1||Postpartum RhIG eval not needed (O POS). Collected by {{NAME:KJB}}.`,
  `*** CORRECTED REPORT ***   {{FACILITY:Tallow Creek Regional Medical Center}} Laboratory
Patient: {{NAME:Quintanilla, Rosendo}}   MRN {{MRN:00561239}}   DOB {{DATE:04/09/1949}}   Acct {{ACCOUNT:A2409911042}}
Accession {{ID:C24212-0388}}   Collected {{DATE:07/30/2024 0520}}   Originally verified {{DATE:07/30/2024 0611}}
Test: Potassium   ORIGINAL 3.1 mmol/L (L)   CORRECTED 5.3 mmol/L (H)   ref 3.5-5.1
Reason: result entered against wrong specimen rack position (rack 14 pos 6 vs pos 7) by manual keying
during LIS interface downtime 0430-0600. Pos 7 specimen belongs to {{NAME:Quist, Rosalind}} (MRN {{MRN:00561293}}),
acc {{ID:C24212-0389}}, whose K (3.1) was also corrected.
Notified: ordering provider Dr. {{NAME:Emeka Harrington}} {{DATE:7/30/24 0955}}; RN {{NAME:Beth-Ann Koenig}} (4 West) 0958.
Pt had received 40 mEq KCl PO at 0700 based on the erroneous value; provider aware, repeat BMP ordered {{ID:C24212-0611}}.
Corrected by {{NAME:W. Adeyemi-Frost}}, MLS ({{NAME:waf}}); approved {{NAME:Caldwell}}, supv. Occurrence {{ID:OR-24-0871}}.
CAP GEN.41310 corrected report requirement met.`,
  `TDM / TRANSPLANT PHARMACY CALL NOTE
{{DATE:Mon 08/05/24}}  10:20   Re: {{NAME:Farida Nwachukwu-Hale}} (MRN {{MRN:9914406}}), DDKT {{DATE:7/9/24}}
Tac trough (LC-MS/MS) acc {{ID:TD24218-0040}} drawn 0650 (last dose 1905 on {{DATE:8/4}}, 11.75 h): 14.8 ng/mL (goal 8-10, mo 1).
Cr 1.6 (baseline 1.3), K 5.4, Mg 1.4. Fine tremor. New diltiazem started by outside cardiology
({{FACILITY:Riverbend Heart Associates}}, Dr. {{NAME:Pasternak}}) -- CYP3A4 interaction.
Called pt at {{PHONE:(920) 555-0148}}; spoke with husband {{NAME:Kelechi Hale}} (on HIPAA release), pt in shower.
Plan per Dr. {{NAME:Oyelaran}}: hold tonight's dose, then 2 mg BID (from 3), repeat level {{DATE:8/8}} at the
{{FACILITY:Lakeview Outpatient Draw Station}}, {{ADDRESS:2100 Erie Ave}}, {{LOCATION:Sheboygan}} (opens 0630).
Faxed diltiazem interaction letter to Dr. {{NAME:Pasternak}} at {{FAX:920-555-0181}}.
Husband read back plan. Pt portal message sent. Next clinic {{DATE:8/12}}.
{{NAME:Anneliese Drummond}}, PharmD, BCTXP    cosign {{NAME:BO}}`,
  `LIVING KIDNEY DONOR EVALUATION -- Independent Living Donor Advocate note      {{DATE:03/19/2025}}
Potential donor: {{NAME:Marisol Ybarra-Quinn}}, 42F, MRN {{MRN:LD-0044718}}, donor eval # {{ID:LDE-25-031}}
Intended recipient: brother {{NAME:Teodoro "Teo" Ybarra}}, MRN {{MRN:7710362}}, OPTN ID {{ID:KRX-930072}} (ESRD, HD since {{DATE:11/2022}})
Donor ABO O POS, recipient A POS (compatible). HLA 1-haplotype match (A*01:01, B*08:01, DRB1*03:01 shared).
Flow XM (donor {{ID:PIL-XM-25-0219}}): T and B negative.
Donor lives in {{LOCATION:El Paso}}, TX; employer {{FACILITY:Franklin Ridge Unified School District}} (bus driver) -- FMLA discussed,
lost wages program referral (NLDAC app {{ID:NLDAC-25-11802}}).
Voluntariness: no coercion identified; donor states "he'd do it for me." Understands may opt out at any time
with a confidential "medical reason" statement.
Financial: own insurance (member {{HEALTH_PLAN:WHX3300918722}}); donor costs billed to recipient center acct {{ACCOUNT:TX-LD-88210}}.
Mother {{NAME:Consuelo Ybarra}} ({{PHONE:915-555-0163}}) is support person post-op.
ILDA: {{NAME:Gwendolyn Achebe-Soto}}, LCSW   cc: coordinator {{NAME:Xavier Nyambura}}`,
  `CELLULAR THERAPY -- HPC, APHERESIS COLLECTION RECORD      {{FACILITY:Harbourmoor Cellular Therapy Lab}}
Donor/recipient (autologous): {{NAME:Nakamura-Ellison, Reiko}}   MRN {{MRN:HV4419230}}   DOB {{DATE:30/06/1962}}
Dx: multiple myeloma, post-VRd x4. Mobilization: G-CSF 10 mcg/kg d1-4 + plerixafor d4 ({{DATE:2/18/25}}).
Collection day 1 {{DATE:02/19/2025}}: Spectra Optia SN 1OP04417, CMNC protocol, 3 blood volumes (15.2 L), ACD-A 1:12.
Pre-CD34 PB 38/uL. Product volume 212 mL. CD34+ 4.1 x10^6/kg (goal 6 for tandem).
Product ISBT DIN {{ID:W1187 25 000318}}, product code S1398 (HPC, Apheresis), bag 1 of 1.
Collection day 2 {{DATE:02/20/2025}}: CD34+ 2.6 x10^6/kg. DIN {{ID:W1187 25 000331}}. Cum 6.7 -> STOP.
Cryopreserved 10% DMSO, controlled-rate freezer (profile 3), LN2 dewar D-2 canister 7, 4 bags.
Adverse: perioral tingling (citrate) -> Ca gluconate drip; no further sx.
Apheresis RN {{NAME:Olamide Furness}}; processing {{NAME:J. Sandoval-Price}} ({{NAME:JSP}}); released by lab director
{{NAME:Conor McAuliffe}}, PhD  {{DATE:2/21/25}}`,
  `SERIOUS ADVERSE EVENT REPORT -- to IRB ({{FACILITY:Hollister Bay Community Hospital}} IRB, ref 2022-0391) and sponsor
Study: TORRENT-2 (Protocol TRX-202, NCT04988213)   Site 22, PI Dr. {{NAME:Annika Voorhees}}
Subject: {{ID:22-0147}}   initials {{NAME:R.M.D.}}   Age 71   Sex M   Race: declined
Event: acute kidney injury requiring hospitalization (CTCAE grade 3).
Onset {{DATE:14-OCT-2024}}; admitted {{DATE:15-OCT-2024}} to {{FACILITY:Hollister Bay Community Hospital}}, discharged {{DATE:19-OCT-2024}}.
Last IP dose {{DATE:13-OCT-2024}} (cycle 3 day 8). Cr 1.1 -> 3.4; urine eos negative; renal US normal.
Relatedness (PI): possibly related. Expectedness: unexpected (not in IB v7). Action: IP interrupted.
Outcome: recovering; Cr 1.7 at {{DATE:10/29/24}}.
Source: hospital records (MRN {{MRN:HB-0908815}}, acct {{ACCOUNT:HB24289-4410}}) redacted before sending.
Sponsor safety fax {{FAX:(858) 555-0100}}; confirmation # {{ID:SAF-24-009931}}.
Reported by {{NAME:Maeve Castellanos-Reid}}, CCRC  {{EMAIL:mcastellanos@hollisterbay.org}}  {{DATE:10/16/2024}} (within 24 h).`,
  `E-CONSENT AUDIT TRAIL -- REDCap project 3902 "HEART-GEN Registry" (IRB 21-0855, consent v5)
record_id {{ID:HG-01922}}
{{DATE:2024-09-03 19:41:07}}  invitation emailed to {{EMAIL:kofi.asante.mensah@gmail.com}} by {{NAME:r.lindqvist}}
{{DATE:2024-09-03 19:58:33}}  survey link opened {{URL:https://redcap.heartgen-registry.org/surveys/?s=KX7P3RQ9LD}}
                              from IP {{IP:73.214.58.190}} (user agent: Android 14, Chrome 127)
{{DATE:2024-09-03 20:06:12}}  comprehension quiz 5/5
{{DATE:2024-09-03 20:07:40}}  e-signature "{{NAME:Kofi Asante-Mensah}}", DOB entered {{DATE:11/23/1980}} matches record
{{DATE:2024-09-03 20:07:41}}  PDF consent archived: consent_{{ID:HG-01922}}_v5.pdf
{{DATE:2024-09-04 08:15:00}}  staff review {{NAME:Rasmus Lindqvist}} -- OK. Saliva kit mailed to
                              {{ADDRESS:3306 Brompton Ave, Apt 2F}}, {{LOCATION:Baltimore}} MD {{ZIP:21215}}, USPS {{ID:9400 1118 9922 3104 6671 20}}
{{DATE:2024-09-12 14:22:59}}  kit received, barcode {{ID:SK-0088421}}; linked to {{ID:HG-01922}}.
{{DATE:2024-09-12 14:23:10}}  login from IP {{IP:10.44.2.117}} ({{NAME:rlindqvist}}, accessioning workstation)`,
  `FEDERAL CUSTODY AND CONTROL FORM -- URINE DRUG TEST (collection site copy)
Specimen ID {{ID:0047719023}}    Donor SSN/ID: {{SSN:433-81-2095}}    Employer: {{FACILITY:Redtail Freight Lines}}, DER {{NAME:Angela Moyo}} {{PHONE:(405) 555-0129}}
MRO: {{NAME:Dwight Kessler-Adu}}, MD, {{ADDRESS:880 NW 13th St, Ste 210}}, {{LOCATION:Oklahoma City}} OK {{ZIP:73103}}, fax {{FAX:405-555-0177}}
Reason: random (DOT FMCSA).  Tests: THC, COC, PCP, OPI, AMP 5-panel.
Collection {{DATE:06/27/2024}} 0812 at {{FACILITY:Canadian Valley Occupational Health}}. Temp in range 32-38C (read 34). Split specimen.
Collector {{NAME:Jolene Birdsong}}; donor {{NAME:Travis L. Okafor}}, photo ID CDL {{LICENSE:OK-D904471822}}.
Lab: {{FACILITY:Heartland Toxicology}} (HHS certified). Received {{DATE:6/28/24}}, seal intact, accession {{ID:HT24-180-0912}}.
Result: AMP POSITIVE (screen 500 ng/mL cutoff; GC/MS amphetamine 1,840 ng/mL); others NEG.
MRO interview {{DATE:7/1/24}}: donor reports mixed amphetamine salts 20 mg Rx; verified with prescriber
Dr. {{NAME:Leticia Waukazoo}} (DEA {{LICENSE:BW4471902}}) and pharmacy {{FACILITY:Yukon Main Street Pharmacy}}.
Verified result: NEGATIVE (legitimate medical explanation). Safety concern letter: none.
MRO sig {{NAME:D. Kessler-Adu}} {{DATE:07/01/2024}}`,
  `NEUROPATHOLOGY -- BRAIN AUTOPSY REPORT            Autopsy {{ID:A24-0093}}   Neuro {{ID:NP24-0031}}
Decedent: {{NAME:Wilhelmina "Billie" Arkwright}}   {{AGE:93}} y/o F   MRN {{MRN:SC-2210044}}
Died {{DATE:03/28/2024}} at {{FACILITY:Heatherbrook Memory Care}}, {{LOCATION:Grand Rapids}}, MI. Brain-only autopsy authorized by
son {{NAME:Leonard Arkwright}} (POA) for the {{FACILITY:Great Lakes Alzheimer's Brain Bank}}, donor # {{ID:GLABB-1187}}.
PMI 9.5 h. Fresh weight 1,030 g. R hemibrain frozen (-80, rack 9), L fixed in 10% formalin x3 wk.
GROSS: moderate frontotemporal atrophy, hydrocephalus ex vacuo; hippocampi shrunken; substantia nigra pale.
Circle of Willis: moderate atherosclerosis, no aneurysm.
MICRO: Bielschowsky: frequent neuritic plaques (CERAD C). Tau (AT8): Braak stage V. A-beta Thal phase 4.
alpha-synuclein: Lewy bodies in amygdala only. TDP-43: LATE-NC stage 2. Hippocampal sclerosis absent.
DIAGNOSIS: Alzheimer disease neuropathologic change, HIGH (A3 B3 C3); amygdala-predominant Lewy body disease;
LATE-NC stage 2. Clinical dx was Alzheimer dementia (onset age 84) -- concordant.
{{NAME:Priyanka Oduya-Stern}}, MD, Neuropathology   {{DATE:05/02/2024}}   cc Dr. {{NAME:Hollis Zwane}} (geriatrics)`,
  `HEMATOLOGY -- PERIPHERAL SMEAR REVIEW (pathologist)      req'd by Sysmex flag: "Fragmented RBC?"
Pt {{NAME:Castellano, Ignatius}}   MRN {{MRN:00893271}}   acc {{ID:H24301-0455}}   collected {{DATE:10/27/24 1418}}
CBC: WBC 9.8, Hgb 7.2 (L), MCV 88, RDW 19.1, PLT 21 (LL), retic 6.4%. LDH 1,420, hapto <10, DAT neg.
Smear (Wright): schistocytes 3-5/hpf (~4%), helmet cells, polychromasia, nRBC 2/100 WBC. No Howell-Jolly bodies,
no spherocytes, no blasts. Platelets markedly decreased, no clumps.
IMPRESSION: microangiopathic hemolytic anemia with thrombocytopenia; TTP must be excluded.
ADAMTS13 activity + inhibitor sent STAT to {{FACILITY:Blue Ridge Platelet Reference Lab}} ({{ID:BRP-0051207}}); PLASMIC score 6.
Called Dr. {{NAME:Seo-yeon Han}} (heme fellow) {{DATE:10/27/24 1526}}; apheresis team paged ({{PHONE:8812}}) for TPE tonight.
Hold PLT transfusion unless bleeding -- discussed with BB ({{NAME:AK}}).
{{NAME:Giacomo Pellegrini}}, MD  {{DATE:10/27/2024}}
Addendum {{DATE:10/29}}: ADAMTS13 <5%, inhibitor 2.1 BU -> iTTP confirmed. {{NAME:gp}}`,
  `PLATELET REFRACTORINESS -- HLA-MATCHED PLATELET REQUEST
To: {{FACILITY:Great Lakes Blood Alliance}} HLA platelet desk, fax {{FAX:616-555-0139}}, ph {{PHONE:616-555-0131}}
From: {{FACILITY:Kestrel Ridge Medical Center}} Transfusion Service   Request # {{ID:HLAP-24-0117}}   {{DATE:11/04/2024}}
Pt: {{NAME:Yildirim, Elif}}   MRN {{MRN:K0512284}}   DOB {{DATE:1.2.1984}}   Dx AML (post 7+3), inpatient 8 East
1-h CCIs: {{DATE:10/31}} 1,200;  {{DATE:11/2}} 2,100;  {{DATE:11/3}} 900 (ABO-identical, <48 h old units). Refractory.
Non-immune factors: no fever, no splenomegaly, no DIC, no amphotericin.
HLA class I (typed {{ID:PIL-TY-24-0880}}): A*03:01, A*68:01; B*07:02, B*51:01. cPRA 94%.
Antibodies (SAB): broad anti-B*44/45, A2-CREG; avoid A*02, B*44, B*45, B*57.
Request: 1 apheresis PLT daily x5, crossmatch-compatible or antigen-negative, irradiated, CMV-safe.
Ordering: Dr. {{NAME:Farhan Qureshi}} (leuk), pager {{PHONE:5217}}. BB contact {{NAME:Adaora Kimura}}, SBB.
Supplier ack by {{NAME:T. Nguyen-Holm}} {{DATE:11/4/24 1410}}; first unit DIN {{ID:W0427 24 771230}} ETA {{DATE:11/5}} AM.`,
  `EMERGENCY RELEASE OF BLOOD PRODUCTS -- physician certification       {{FACILITY:Cottonwood Flats Hospital}} Blood Bank
Patient: {{NAME:FONTENOT, AUGUSTINE P}}   MRN {{MRN:CF0008832}}   Age {{AGE:91}}   DOB {{DATE:07/22/1933}}   ED rm 2
Request {{DATE:01/14/2025 1652}}: 2 RBC, uncrossmatched, O NEG requested; male pt -> O POS issued per policy BB-EM-02
Issued: DIN {{ID:W2290 25 004417}} O POS exp 02/11/25; DIN {{ID:W2290 25 004421}} O POS exp 02/11/25  at 1656
Indication: hemorrhagic shock, GI bleed, Hgb 5.9, on apixaban. Andexanet given 1710.
I certify that the clinical situation is sufficiently urgent to require release of blood before completion of
compatibility testing. -- Dr. {{NAME:Reuben Castillo-Harjo}}  {{DATE:1/14/25 1655}}  ({{LICENSE:OK-MD-33871}})
BB follow-up: type {{ID:BB25-00142}} = B POS; screen NEG; retrospective AHG xm both units compatible {{DATE:1/14/25 1748}}.
Daughter {{NAME:Yvonne Fontenot-Reyes}} at bedside; wishes pt to be called "Gus".
Tech {{NAME:E. Nakashima}} ({{NAME:EN}}); supervisor notified {{NAME:Rafe Coughlin}} 1800.
Pt {{AGE:ninety-one}}, transferred to ICU 1830; 2 more RBC crossmatched (DIN {{ID:W2290 25 004460}}, {{ID:W2290 25 004462}}).`,
  `DONOR CENTER -- AUTOLOGOUS DONATION RECORD        {{FACILITY:Great Lakes Blood Alliance}} {{FACILITY:Kentwood Donor Center}}
Donor: {{NAME:Seraphina Mwale-Doherty}}   Donor ID {{ID:GLB-D-3318840}}   DOB {{DATE:9/14/1970}}   ph {{PHONE:616.555.0152}}
Address: {{ADDRESS:1120 Forest Hill Ave SE}}, {{LOCATION:Kentwood}}, MI {{ZIP:49508}}
Surgery: L TKA {{DATE:03/11/2025}} at {{FACILITY:Kestrel Ridge Medical Center}}, surgeon Dr. {{NAME:Augusto Pires}}
Physician order rec'd by fax {{FAX:616-555-0108}}; Rx ref {{ID:AUT-25-0231}}.
Donation #1 {{DATE:02/18/2025}}: Hgb 13.6 g/dL (min 11.0), BP 124/78, P 72, T 36.7, wt 70 kg.
  Whole blood 500 mL, DIN {{ID:W0427 25 118002}}, labeled "FOR AUTOLOGOUS USE ONLY", biohazard tag n/a (markers pending).
  Phleb {{NAME:Ana Ruiz}} ({{NAME:AR}}), arm L, 8 min 40 s, no reaction.
Donation #2 scheduled {{DATE:2/25/25}} (>72 h before surgery).
Iron: ferrous sulfate 325 mg daily advised.
Units ship to {{FACILITY:Kestrel Ridge}} BB {{DATE:3/7}}; unused autologous units discarded, not crossed over.
Medical director review: Dr. {{NAME:Helen Oyawale}} {{DATE:2/18/25}}`,
  `CARDIAC PATHOLOGY -- ENDOMYOCARDIAL BIOPSY + EXPLANT      {{FACILITY:Saint Casimir Hospital}}
Pt {{NAME:Duchesne, Laurent-Marc}}   MRN {{MRN:3309-1184}}   OHT {{DATE:04/02/2024}} (donor UNOS {{ID:BDX9182}})
A. Native heart explant ({{ID:SP-24-008840}}): 612 g, dilated LV, transmural scar LAD territory; LVAD inflow cannula
   in apex. Device explanted with heart: HeartMate 3 LVAD, serial {{DEVICE:MLP-118204}}; returned to manufacturer,
   RMA {{ID:RMA-24-55710}}. ICD generator serial {{DEVICE:PZC704421S}} removed, interrogation archived.
   Dx: ischemic cardiomyopathy; no giant cell myocarditis, no sarcoid.
B. EMB week 2 ({{ID:SP-24-009311}}, {{DATE:4/16/24}}): 5 fragments, 4 evaluable.
   ISHLT 2004: 1R (mild ACR) -- focal perivascular infiltrate, no myocyte damage.
   AMR: pAMR 0 (C4d IHC neg, CD68 neg). Quilty lesion present (not rejection).
C. EMB week 4 ({{ID:SP-24-010027}}, {{DATE:4/30/24}}): 0R, pAMR 0.
Donor-specific Ab {{DATE:4/29}}: none. Tacro 11.2.
Discussed at transplant conference {{DATE:5/1/2024}} with Dr. {{NAME:Imogen Achterberg}} (HF).
{{NAME:Desmond Achterberg}}, MD   {{DATE:04/30/2024 17:05}}   (no relation to HF attending)`,
  `{{FACILITY:Cascade Gift of Life Network}} -- LUNG DONOR MANAGEMENT NOTE      {{DATE:Thursday 9/19/2024}}
UNOS {{ID:AKM2088}}   Referral {{ID:CGL-24-04410}}   Donor: {{NAME:Marguerite Olsson-Tafoya}}, 27F, anoxic brain injury (OD)
Location: {{FACILITY:Salish Narrows General}} ICU bed 12, {{LOCATION:Tacoma}}; MRN {{MRN:SNG-6671903}}
Authorization: parents {{NAME:Erik}} and {{NAME:Rosa Olsson-Tafoya}} {{DATE:9/18/24 2310}}, by {{NAME:Jae-won Park}} (FS).
Vent: VC 6 mL/kg (380 mL), PEEP 8, FiO2 40%. P/F: 0000 312 -> 0600 388 -> 1100 421 (O2 challenge).
Bronch {{DATE:9/19}} 0700 by Dr. {{NAME:Kamau Ostergaard}}: mild secretions LLL, BAL to {{FACILITY:Salish Narrows}} micro acc {{ID:SN-M24-262-0031}}.
CXR: clear. CT chest: small L contusion, no PE.
Serologies: HIV/HBV/HCV NAT neg; CMV IgG pos; EBV pos. PHS increased-risk: yes (IVDU) -- disclosed to centers.
Match run {{ID:MR-1881047}}: lungs accepted by {{FACILITY:Pacific Summit Lung Transplant Program}} (seq 2).
OR time set {{DATE:9/20/24 0400}}. Cross clamp target 0600.
Coordinator {{NAME:Tova Lindgren}}, CPTC   cell {{PHONE:(253) 555-0192}}`,
  `{{FACILITY:Cedar Hollow Fertility & Andrology Laboratory}} -- SEMEN ANALYSIS + CRYOPRESERVATION
Patient: {{NAME:Anand Subramaniam}}   MRN {{MRN:CH-00447120}}   DOB {{DATE:08-08-1991}}   partner {{NAME:Lakshmi Iyer}} ({{MRN:CH-00447121}})
Referring: {{NAME:Noor Haddad}}, MD (REI). Indication: fertility preservation before chemo (Hodgkin lymphoma).
Collected {{DATE:05/06/2024}} 0815 on site, abstinence 3 days, complete collection. Analyzed 0850 by {{NAME:RK}}.
Volume 2.8 mL (ref >=1.4), pH 7.8, liquefaction 20 min. Conc 38 x10^6/mL (ref >=16). Total 106 x10^6.
Motility: PR 41%, NP 9%, IM 50% (ref PR >=30). Morphology (Kruger strict) 5% (ref >=4). Vitality n/a. No agglutination.
WHO 6th ed: normozoospermia.
Cryo: 6 vials, tank 3 canister C cane 14, ID label {{ID:CH-CRYO-24-0338}}. Infectious disease panel drawn {{ID:CH24-127-0019}}.
Storage agreement signed; annual storage billed to acct {{ACCOUNT:CHF-210883}}. Contact on file {{EMAIL:anand.subra91@protonmail.com}}.
Lab director {{NAME:Margit Ellery-Obi}}, PhD, HCLD   {{DATE:5/6/24}}`,
  `MOLECULAR PATHOLOGY -- SOLID TUMOR NGS REPORT   (Oncomine-type 52-gene DNA/RNA panel)
{{FACILITY:Allegheny Molecular Diagnostics}}   Case {{ID:AMD-24-81140}}   Block {{ID:SP-24-017205-B3}} (tumor ~40%)
Patient {{NAME:Lombardi-Ncube, Francesca}}   DOB {{DATE:Feb 9, 1955}}   MRN {{MRN:SCH-20077431}}
Ordering: Dr. {{NAME:Ikenna Wolfe}}, {{FACILITY:Three Rivers Oncology}}, {{ADDRESS:4400 Penn Ave, Suite 300}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15224}}
Received {{DATE:09/09/2024}}; reported {{DATE:09/18/2024}}.
RESULTS: EGFR exon 19 deletion p.E746_A750del, VAF 22% -- Tier I (osimertinib, FDA-approved).
TP53 c.743G>A p.R248Q, VAF 19% -- Tier II. No ALK, ROS1, RET, NTRK fusions. KRAS wt. MET exon 14 not detected.
TMB not assessed. PD-L1 (22C3, separate {{ID:SP-24-017205}}): TPS 5%.
Germline note: tumor-only testing; TP53 at this VAF likely somatic.
Methods: Ion Torrent S5 (SN 2771-0404), library lot 24-118. LOD 5% VAF. CPT 81445.
Signed {{NAME:Hye-jin Kowalczyk}}, MD, PhD  {{DATE:9/18/24 15:22}}   ({{NAME:HJK}}/{{NAME:mds}})`,
  `GENETIC TESTING SEND-OUT / PRIOR AUTHORIZATION WORKSHEET
Test: hereditary cancer panel (84 genes) to {{FACILITY:Bluegate Genomics}}, order {{ID:BG-4471290}}
Patient: {{NAME:Oyelowo, Adebisi K.}}   DOB {{DATE:06/19/1976}}   MRN {{MRN:7720118}}   Ph {{PHONE:(770) 555-0117}}
Home: {{ADDRESS:58 Peachtree Hollow Ln}}, {{LOCATION:Marietta}}, GA {{ZIP:30064}}
Insurance: Aetna, member {{HEALTH_PLAN:W2207761049}}; PA # {{ID:PA-24-903377}} approved {{DATE:8/14/24}}, valid to {{DATE:11/14/24}}.
Hx: breast ca dx age 41 (ER+/HER2-); sister {{NAME:Folasade}} ovarian ca age 48 (deceased); father prostate ca at 62.
NCCN criteria met. Genetic counselor {{NAME:Whitney Abara-Lund}}, MS, CGC, pre-test session {{DATE:8/2/24}} via telehealth
link {{URL:https://telehealth.peachstatecancer.org/join/GC-7720118}}.
Specimen: saliva kit {{ID:BG-KIT-0091882}} mailed {{DATE:8/15}}; returned {{DATE:8/21}}.
Result portal: pt invited at {{EMAIL:adebisi.oyelowo@yahoo.com}}.
Billing: no patient out-of-pocket over $100 (lab program); claim {{ACCOUNT:CLM-24-6603812}}.
CPT 81432, 81433. Dx Z85.3, Z80.41.   Completed {{NAME:WAL}}  {{DATE:08/22/2024}}`,
  `BIOBANK -- WITHDRAWAL OF CONSENT        {{FACILITY:Prairie Lantern Biorepository}}   SOP BR-021
Participant {{ID:PLB-004418}} ({{NAME:Henrik Gruenwald}}, MRN {{MRN:70038815}})
Request received {{DATE:March 3, 2025}} by letter, postmarked {{LOCATION:Bismarck}}, ND; signed by participant.
Option chosen: "destroy all remaining samples and stop future use of my data" (option C).
Actions:
 - {{ID:PLB-004418-P01}} (F-3 R2/B17/B1) destroyed {{DATE:3/5/25}}, witnessed {{NAME:SMV}}/{{NAME:JH}}; autoclave log 25-0311.
 - {{ID:PLB-004418-P02}} through -P06: destroyed same date.
 - {{ID:PLB-004418-D01}} (DNA, 40 uL) previously distributed to Dr. {{NAME:Yamamoto}} ({{FACILITY:North Plains Cardiogenomics Lab}}),
   distribution {{ID:DIST-24-0033}} -- recipient notified {{DATE:3/6/25}} to destroy; attestation returned {{DATE:3/12/25}}.
 - Data already in analyses/publication cannot be withdrawn (explained in consent v6.2, section 9).
Confirmation letter mailed to {{ADDRESS:209 N 4th St}}, {{LOCATION:Bismarck}} ND {{ZIP:58501}} {{DATE:3/13/25}}.
Honest broker {{NAME:Ines Tallchief}} updated linkage key.`,
  `SUBJECT CONTACT LOG -- RESILIENT-KIDNEY cohort (IRB 2020-1177)   Subject {{ID:RK-0318}}
name {{NAME:Dorotea Villanueva-Okeke}}   pref. phone {{PHONE:(602) 555-0125}} (cell, OK to text)   alt: son {{NAME:Ike}} {{PHONE:602-555-0170}}
{{DATE:10/02/24}} 1410  call -> VM, left generic msg (no study name per protocol). {{NAME:mgl}}
{{DATE:10/03/24}} 0930  pt returned call, confirmed yr-3 visit {{DATE:10/15}} 0800 fasting. Reminded: 24-h urine jug picked
                  up from {{FACILITY:Camelback Research Lab}} front desk. {{NAME:mgl}}
{{DATE:10/14/24}} 1600  text reminder sent via study SMS platform (msg id {{ID:SMS-88120441}}). {{NAME:ts}}
{{DATE:10/15/24}} 0812  arrived. Parking validated, plate AZ {{VEHICLE:RKD 4471}} (silver RAV4). Visit done; urine
                  jug incomplete (~1.1 L, pt forgot 2 voids) -> recollect kit given. Specimens {{ID:RK-0318-Y3-U01}}, {{ID:RK-0318-Y3-S01}}.
{{DATE:10/21/24}} 1115  pt emailed from {{EMAIL:dvillanueva.okeke@outlook.com}}: moved to {{ADDRESS:1902 E Sierra Vista Dr}},
                  {{LOCATION:Tempe}} AZ {{ZIP:85282}}; updated in CTMS. {{NAME:mgl}}
{{DATE:11/04/24}} 1000  $75 compensation loaded to card ending {{ACCOUNT:8830}}. {{NAME:ts}}
coordinators: {{NAME:M. Garza-Lund}} ({{NAME:mgl}}), {{NAME:Tomasz Sikorski}} ({{NAME:ts}})`,
  `SHIPPING MANIFEST -- research specimens, frozen (-80C)   shipment {{ID:SHP-24-0907-02}}
From: {{FACILITY:Bitterroot Diabetes Research Center}} lab, {{ADDRESS:1600 S Higgins Ave}}, {{LOCATION:Missoula}} MT {{ZIP:59801}}
To: {{FACILITY:Northbridge Central Laboratory}} biorepository, attn {{NAME:Gustavo Mbatha}}, {{PHONE:317-555-0199}}
Courier: FedEx Priority Overnight, tracking {{ID:7791 4402 8810}}, dry ice 6.0 kg (UN1845), UN3373 Category B.
Shipped {{DATE:09/07/2024 14:30}} by {{NAME:Pia Sørensen}}; temp logger SN TL-00831 (lab asset).
box,pos,sample_id,subject,visit,matrix,collected
1,A1,{{ID:305-07-0021-V4-S1}},{{ID:305-07-0021}},V4,serum,{{DATE:2024-06-04}}
1,A2,{{ID:305-07-0021-V4-P1}},{{ID:305-07-0021}},V4,EDTA plasma,{{DATE:2024-06-04}}
1,A3,{{ID:305-07-0034-V3-S1}},{{ID:305-07-0034}},V3,serum,{{DATE:2024-06-11}}
1,A4,{{ID:305-07-0034-V3-P1}},{{ID:305-07-0034}},V3,EDTA plasma,{{DATE:2024-06-11}}
1,A5,{{ID:305-07-0040-V2-S1}},{{ID:305-07-0040}},V2,serum,{{DATE:2024-07-02}}
receipt {{DATE:9/8/24}} 1015: all frozen, logger max -74C; signed {{NAME:G. Mbatha}}. Discrepancy: none.`,
  `LABORATORY OCCURRENCE INVESTIGATION -- WRONG BLOOD IN TUBE (WBIT)     Occurrence {{ID:OR-24-0552}}
Event {{DATE:05/05/2024}} ~0600, unit 7 North. Detected in accessioning at 0640 ({{NAME:lqs}}).
Pts involved: {{NAME:Ada Okonjo}} (MRN {{MRN:01177302}}, rm 712) and {{NAME:Aba Okonjo}} (MRN {{MRN:01177320}}, rm 718) -- sisters,
same surname, admitted same day; both on BB draw list.
Collector: {{NAME:Bruno Teixeira}}, PCT, badge {{ID:E31177}}. Labels printed at nurses' station for both pts, carried
together to rm 712; handheld scanner (PDA #19) not used -- "battery dead".
Second-specimen policy: BB type on {{NAME:Ada}} would have been first type on record -> would NOT have been caught
by history. Caught only because req/label mismatch.
Root cause: batch label printing + scanner bypass. Contributing: look-alike names (name alert flag not active).
Actions: name alert set on both charts {{DATE:5/5/24}}; PDA charger audit; re-education of {{NAME:Teixeira}} by
{{NAME:Nadia Ferrante}}, RN manager, {{DATE:5/9}}. Reported to PSO {{DATE:5/10/24}}.
Reviewed: {{NAME:Lydia Q. Stanhope}} (lab QA), Dr. {{NAME:Lorna Szabo-Whitcombe}} (transfusion med).`,
  `transfusion_extract_Q3.csv  (BB LIS -> hemovigilance; 7 of 1,882 rows)
issue_dt,mrn,pt_name,din,product,abo,issued_to,reaction
{{DATE:2024-07-02 08:14}},{{MRN:K0091847}},"{{NAME:ABEYTA}}, {{NAME:RAMON}}",{{ID:W036124118901}},E0336V00,O POS,{{NAME:IBELLAMY}},N
{{DATE:2024-07-02 13:40}},{{MRN:K0512284}},"{{NAME:YILDIRIM}}, {{NAME:ELIF}}",{{ID:W042724771301}},E7083V00,A POS,{{NAME:TRUEDA}},N
{{DATE:2024-07-03 02:55}},{{MRN:K0370158}},"{{NAME:ACHTERBERG-LOWE}}, {{NAME:PHILIPPA}}",{{ID:W036124119442}},E0336V00,A NEG,{{NAME:KNAKASHIMA}},N
{{DATE:2024-07-03 16:20}},{{MRN:K0612210}},"{{NAME:BOATENG}}, {{NAME:KWADWO}}",{{ID:W115424503977}},E2555V00,AB POS,{{NAME:LMARSH}},Y (FNHTR)
{{DATE:2024-07-04 09:05}},{{MRN:K0612210}},"{{NAME:BOATENG}}, {{NAME:KWADWO}}",{{ID:W115424503981}},E2555V00,AB POS,{{NAME:LMARSH}},N
{{DATE:2024-07-05 22:31}},{{MRN:K0088104}},"{{NAME:ST. CYR}}, {{NAME:MADELEINE}}",{{ID:W036124120018}},E4529V00,O NEG,{{NAME:DFAULKNER}},N
{{DATE:2024-07-06 11:47}},{{MRN:K0770043}},"{{NAME:HUYNH}}, {{NAME:MINH CHAU}}",{{ID:W229024003319}},E0869V00,B POS,{{NAME:IBELLAMY}},N`,
  `CYTOPATHOLOGY -- NON-GYN (pleural fluid)      Accession {{ID:NG24-02291}}
{{NAME:Moreno-Achebe, Itzel}}   MRN {{MRN:00334819}}   DOB {{DATE:1947/11/03}}   loc MICU-6
Thoracentesis {{DATE:11/20/2024}} R, 1,350 mL, by Dr. {{NAME:Pradeep Venkataraman}} (pulm); 150 mL rec'd {{DATE:11/20/2024 1610}}.
Fluid chem (same draw, {{ID:C24325-0712}}): LDH 612 (serum 240), protein 4.6 (serum 6.8) -> exudate by Light's criteria.
Preparations: cytospin x2 (Pap, Diff-Quik), cell block {{ID:NG24-02291-CB}}.
MICROSCOPIC: cellular; 3-D clusters and "cannonballs" of atypical epithelioid cells with vacuolated cytoplasm,
large nucleoli; background mesothelial cells and lymphocytes.
IHC on cell block: MOC-31+, BerEP4+, TTF-1+, Napsin A+; calretinin-, WT1-, D2-40-.
DIAGNOSIS: POSITIVE FOR MALIGNANT CELLS -- metastatic adenocarcinoma, consistent with lung primary.
Material sufficient for molecular: sent {{ID:AMD-24-88204}} ({{DATE:11/22}}).
Preliminary called to Dr. {{NAME:Venkataraman}} {{DATE:11/21/24 1030}} by {{NAME:Beatriz Lindqvist}}, MD.
Final {{DATE:11/22/2024}} {{NAME:BL}} / cytotech {{NAME:TMB}}`,
  `HOSPITAL AUTOPSY -- PROVISIONAL ANATOMIC DIAGNOSIS     {{FACILITY:Saint Casimir Hospital}} Autopsy Service
Autopsy {{ID:A24-0117}}   Decedent {{NAME:Cornelius Van Wyk-Abernethy}}   {{AGE:96}}-year-old man   MRN {{MRN:3300-0412}}
Expired {{DATE:11/30/2024 0347}} on {{FACILITY:Lindell 5}}; autopsy {{DATE:12/01/2024}}, restricted (no brain), consent by
daughter {{NAME:Henrietta Abernethy}} (phone consent {{DATE:11/30/24 0915}}, witness {{NAME:K. Mbeki}}, RN).
Attending of record: Dr. {{NAME:Solveig Andersen-Obi}}. Prosector Dr. {{NAME:Rafael Quiñones}} (PGY-2), staff Dr. {{NAME:Achterberg}}.
EXTERNAL: elderly man, 168 cm, 61 kg; sacral stage 3 pressure injury; healed sternotomy.
Left pectoral dual-chamber pacemaker, explanted: generator serial {{DEVICE:RLX448120K}}, leads {{DEVICE:LD7741-0082}} /
{{DEVICE:LD7741-0119}}; interrogation by device rep {{DATE:12/1}} -- no malfunction; returned with form.
Photographs: face (identification) {{PHOTO:A24-0117_ext_001.tif}}; remainder organ photos, not identifying.
INTERNAL (preliminary): bilateral lower lobe bronchopneumonia; aortic stenosis (valve area ~0.7 cm2, calcific);
LV hypertrophy 560 g; nephrosclerosis; old R MCA territory infarct not evaluated (no brain).
Cultures: lung tissue to micro {{ID:M24-336-0201}}.
PAD called to attending {{DATE:12/1/24 1640}}. Final in 30-60 days.   {{NAME:RQ}}/{{NAME:DA}}`,
  `PANCREAS TRANSPLANT -- POST-OP DAY 5 NOTE      {{DATE:02.12.2025}}
{{NAME:Ahanu Redcloud-Simmons}}  MRN {{MRN:TX-0882140}}  33M, T1DM x24 yrs, SPK {{DATE:2/7/25}}
Donor UNOS {{ID:BEF5520}} (DBD, 22M, {{FACILITY:Sioux Falls Regional}}); pancreas enteric drainage, kidney R iliac.
Insulin: none since POD1. Glucose 92-138. C-peptide 3.9 ng/mL (ref 1.1-4.4). Lipase 148 -> 71. Amylase 64.
Cr 1.2. Tac 9.1 (goal 10-12) -> 4 mg BID. Basiliximab given day 0, 4.
Graft US {{DATE:2/11}}: patent splenic vein/artery, no thrombosis. Heparin gtt 300 u/h -> transition to ASA.
Former pump removed; Dexcom G7 (personal) SN {{DEVICE:G7-4XR8822K}} kept on for glucose surveillance x1 wk.
Islet autoantibodies (GAD65, IA-2, ZnT8) sent to {{FACILITY:Rocky Mountain Islet Antibody Lab}} ({{ID:RMIA-25-0114}}) for recurrence baseline.
Wife {{NAME:Winona}} asked about return to work at {{FACILITY:Flandreau Santee Tribal Health}} (IT) -- 6-8 weeks.
D/c planning {{DATE:2/14}}; home to {{LOCATION:Flandreau}}, SD; local labs at {{FACILITY:Moody County Clinic}}.
Dr. {{NAME:Benedikt Oyelaran}} / {{NAME:Suvi Rautio}}, PA-C`,
  `OUTREACH PHLEBOTOMY -- HOME DRAW VISIT NOTE
{{DATE:Wed 1/22/25}}  0745   route 4, stop 3
Pt: {{NAME:Prudence Eberhardt-Mensah}}   DOB {{DATE:4/1/1938}}   MRN {{MRN:01904417}}   homebound (hospice-adjacent)
Addr: {{ADDRESS:17 Sawmill Rd, Lot 22}}, {{LOCATION:Hillsboro}} OH {{ZIP:45133}}   gate code 4417#   2 dogs, knock loud
Caregiver/niece {{NAME:Dottie}} {{PHONE:937-555-0145}}
Orders: CMP, CBC, INR (warfarin), Mg -- per Dr. {{NAME:Oyinlola Brandt}}, {{FACILITY:Highland Family Medicine}}.
Draw: R hand, 23g butterfly, 1 stick, 0752. POC INR (CoaguChek, meter SN UP02188744) 3.6 -> called to
{{NAME:Marcy}} at Dr. {{NAME:Brandt}}'s office 0805 ({{PHONE:937-555-0166}}); dose hold tonight per {{NAME:Marcy}}.
Tubes labeled at bedside with 2 identifiers (name + DOB). Acc {{ID:OP25-022-0031}} (chem), {{ID:OP25-022-0032}} (heme).
Transport cooler temp 6C. Dropped at lab 0940.
Pt mentions fall {{DATE:1/19}}; bruise L hip; advised call PCP. Wounds none.
{{NAME:Tamsin Oyelaran-Pike}}, CPT   (emp {{ID:E40266}})`,
  `FETAL-MATERNAL HEMORRHAGE / RhIG EVALUATION      {{FACILITY:Sable Point Women's & Children's Hospital}} Blood Bank
Mother {{NAME:Guadalupe Ortiz-Nakamura}}  MRN {{MRN:3391204}}  O NEG, anti-D (passive, RhIG {{DATE:8/2/24}} at 28 wk)
Delivered {{DATE:10/30/2024 2141}}, C-section. Infant ({{NAME:Ortiz-Nakamura}}, baby girl) {{MRN:N24-119244}}: A POS, DAT neg.
Rosette screen {{ID:BB24-11905}}: POSITIVE (>= 4 rosettes / 3 fields).
Kleihauer-Betke {{ID:HM24-305-0011}}: 1.4% fetal cells (2000 cells counted x2, {{NAME:DRH}}/{{NAME:cw}})
 -> FMH ~70 mL whole blood (1.4 x 50) -> 70/30 = 2.3 -> round up 3 + 1 = 4 vials RhIG 300 mcg.
Called OB Dr. {{NAME:Iyabo Farquharson}} {{DATE:10/31/24 1022}}; read back. 4 vials IM (or IV option) within 72 h.
RhIG lots: 2301AB9 x4 (exp 2026-03). Given {{DATE:10/31/24 1300}} by {{NAME:Kirsten Oduro}}, RN.
Repeat KB 24 h after -> {{DATE:11/1}}: 0.1%; adequate.
Note: Kleihauer result + calculation reviewed by Dr. {{NAME:Giacomo Pellegrini}}.`,
  `MSH|^~&|IRL_LIS|{{FACILITY:IRONWOOD}}|LAB|{{FACILITY:HBCH}}|{{DATE:20241009162210}}||ORU^R01|{{ID:IRL00883104}}|P|2.5.1
PID|1||{{MRN:HB-0772201}}^^^{{FACILITY:HBCH}}^MR||{{NAME:MENDOZA-RIOS}}^{{NAME:GRACIELA}}^^^^^L||{{DATE:19530214}}|F|||{{ADDRESS:2290 CARMEL HILL DR}}^{{ADDRESS:UNIT 6}}^{{LOCATION:SALINAS}}^CA^{{ZIP:93906}}
ORC|RE|{{ID:HB24277-0091}}|{{ID:IRL-2428117}}||CM
OBR|1|{{ID:HB24277-0091}}|{{ID:IRL-2428117}}|3051^IMMUNOFIXATION SERUM|||{{DATE:202410030750}}|||||||{{DATE:202410041102}}||{{LICENSE:1902837465}}^{{NAME:VOORHEES}}^{{NAME:ANNIKA}}||||||{{DATE:202410091620}}||F
OBX|1|FT|3051-1^IFE INTERP||IgG lambda monoclonal protein detected.||||||F
OBX|2|NM|3052-9^M-SPIKE||0.8|g/dL|0.0-0.0|H|||F
OBX|3|NM|3058-4^KAPPA FLC||14.2|mg/L|3.3-19.4|N|||F
OBX|4|NM|3058-5^LAMBDA FLC||61.7|mg/L|5.7-26.3|H|||F
OBX|5|NM|3058-6^K/L RATIO||0.23||0.26-1.65|L|||F
NTE|1||Performed at {{FACILITY:Ironwood Reference Laboratories}}, {{LOCATION:Sacramento}} CA, CLIA 05D2077154. Medical director {{NAME:Oksana Pryor}}, MD.`,
  `DERMATOPATHOLOGY REPORT      {{FACILITY:Sunbelt Dermatopathology Associates}}   {{ADDRESS:2201 N Central Expy, Ste 400}}, {{LOCATION:Plano}} TX {{ZIP:75075}}
Case {{ID:DP24-33108}}   Received {{DATE:7/8/2024}}   Reported {{DATE:7/10/2024}}
Patient: {{NAME:Thackeray, Colm}}   DOB {{DATE:10/05/1964}}   Acct {{ACCOUNT:SDA-661028}}
Clinician: {{NAME:Kirra Nakagawa}}, PA-C, {{FACILITY:Collin Creek Dermatology}}; fax {{FAX:(972) 555-0126}}
Site: L upper back, shave biopsy. Clinical: changing pigmented lesion, r/o melanoma.
MICROSCOPIC: asymmetric, poorly circumscribed melanocytic proliferation with pagetoid spread, confluent junctional nests,
and dermal invasion; no ulceration; mitoses 2/mm2; no LVI, no perineural invasion, no regression, TILs non-brisk.
DIAGNOSIS: MALIGNANT MELANOMA, superficial spreading type, invasive.
  Breslow depth 1.1 mm; Clark level IV; pT2a (AJCC 8th). Deep margin involved; peripheral margins clear.
IHC: SOX10, PRAME diffusely positive.
Comment: wide excision with 1-2 cm margins and SLNB discussion advised. Called to {{NAME:Nakagawa}} {{DATE:7/10/24}} 0915.
{{NAME:Lucia Ferraro-Banks}}, MD, FAAD   NPI {{LICENSE:1174409382}}   CPT 88305, 88342 x2`,
  `{{FACILITY:Cascade Tissue Services}} -- MUSCULOSKELETAL / SKIN DONOR RECOVERY RECORD
Tissue donor # {{ID:CTS-24-1180}}   OPO referral {{ID:CGL-24-05117}}   ME case {{ID:KC-ME-24-2209}} ({{LOCATION:King County}})
Donor: {{NAME:Desmond Oyelaran-Whitt}}   DOB {{DATE:03/30/1979}}   SSN {{SSN:529-60-4418}}   Sex M
Death {{DATE:10/11/2024 1920}} (pronounced at scene, {{ADDRESS:SR-18 near mile 7}}); body to ME.
Identity: ME confirmed by fingerprint, AFIS {{BIOMETRIC:WA-AFIS-24-0771402}}; tissue bank ID photo {{PHOTO:CTS-24-1180-face.jpg}} taken before recovery.
Authorization: spouse {{NAME:Leilani Oyelaran-Whitt}}, {{PHONE:(425) 555-0156}}, recorded {{DATE:10/12/24 0830}}, ref {{ID:CTS-REC-24-2291}}.
Recovery {{DATE:10/12/2024}} 1400-1830 at ME facility, {{ADDRESS:908 Jefferson St}}, {{LOCATION:Seattle}}. Team lead {{NAME:Brandy Kowalski}}, CTBS.
Tissues: femurs, tibias, hemipelvis, Achilles tendons x2, skin 3,100 cm2, saphenous veins.
Hemodilution: acceptable (plasma 1.2 L in 48 h). Blood cultures, serology to {{FACILITY:Lakes Donor Testing Lab}}, {{ID:LDT-24-31188}}.
Medical/social history from spouse (DRAI) by {{NAME:Kai Nahoalani}}: no high-risk behaviours.
Tox: ETOH 0.14 g/dL; ME manner accident (single-vehicle, plate WA {{VEHICLE:CFK9021}}).`,
  `From: {{NAME:Beatriz Lindqvist}} <{{EMAIL:blindqvist@saintcasimir.org}}>
To: {{NAME:Hye-jin Kowalczyk}} <{{EMAIL:hkowalczyk@alleghenymdx.com}}>
Cc: {{NAME:Desmond Achterberg}}
Sent: {{DATE:Friday, November 22, 2024 4:12 PM}}
Subject: RE: {{ID:NG24-02291}} / {{ID:AMD-24-88204}} -- cell block adequate?

{{NAME:Hye-jin}} -- cell block {{ID:NG24-02291-CB}} has ~400 tumor cells, est. 30% tumor fraction. Sent 10 unstained
at 5 micron. Pt is {{NAME:Itzel Moreno-Achebe}}, DOB {{DATE:11/3/1947}}. Whole-slide image is up if you
want to circle an area: {{URL:https://wsi.saintcasimir.org/viewer/case/NG24-02291?slide=CB-HE1}}
Oncology (Dr. {{NAME:Wolfe}}) would love results before her visit {{DATE:12/4}}.
Thanks, {{NAME:Bea}}

> On {{DATE:11/22/24}} at 1:05 PM {{NAME:Hye-jin Kowalczyk}} wrote:
> Received the req. Tumor content in your cell blocks has been low lately -- can you confirm
> before we cut? If <20% we'll run the RNA-only fusion panel. -- {{NAME:HJ}}
> {{FACILITY:Allegheny Molecular Diagnostics}} | {{PHONE:412-555-0187}}`,
  `RESEARCH VISIT -- MEMORY-AGING cohort (Protocol MA-14, IRB 2015-0228)   Site {{FACILITY:Lakeshore Aging Research Clinic}}
Participant {{ID:MA-1442}}   Visit 11 (annual)   {{DATE:02/27/2025}}   examiner {{NAME:Hollis Mbeki-Strand}}
{{NAME:Eleanor Marchbanks}}, {{AGE:92}}F, accompanied by study partner (grandson {{NAME:Theo Marchbanks}}, {{PHONE:414-555-0194}}).
Identity check: palm-vein scan matched enrolment template {{BIOMETRIC:PV-MA-1442-01}}; photo on file {{PHOTO:MA1442_enrol_2015.jpg}} updated
 -> {{PHOTO:MA1442_v11.jpg}}.
Cognition: MoCA 21/30 (last yr 23). CDR 0.5, sum of boxes 2.5. Trails B 210 s. Logical Memory delayed 6.
GDS-15: 3. Gait 0.71 m/s. Grip 14 kg.
Blood: plasma p-tau217 aliquots {{ID:MA-1442-V11-P1}} to -P4; APOE on file (e3/e4).
Amyloid PET scheduled {{DATE:3/12/25}} at {{FACILITY:Lake Park PET Imaging Center}}.
Pt lives alone at {{ADDRESS:611 E Ogden Ave, Apt 1404}}, {{LOCATION:Milwaukee}} {{ZIP:53202}}; safety: stove auto-off installed.
Incidental: BP 168/92 -> letter to PCP Dr. {{NAME:Ruiz-Halvorsen}} faxed {{FAX:414-555-0133}}.
{{NAME:HMS}}`,
  `MULTIDISCIPLINARY THORACIC TUMOR BOARD -- PATHOLOGY SUMMARY     {{DATE:12/05/2024}} 0700, conf rm B
Presenter: Dr. {{NAME:Beatriz Lindqvist}} (cytopath); radiology Dr. {{NAME:Amadou Sissoko}}
1. {{NAME:Moreno-Achebe, Itzel}} ({{MRN:00334819}}) -- pleural fluid {{ID:NG24-02291}}: metastatic adenocarcinoma, TTF-1+.
   NGS {{ID:AMD-24-88204}}: KRAS G12C, VAF 18%; STK11 loss. PD-L1 22C3 TPS 60%. Stage IVA (M1a).
   Consensus: chemo-IO; KRAS G12C agent at progression; IPC for recurrent effusion. Onc Dr. {{NAME:Ikenna Wolfe}}.
2. {{NAME:Pardo-Lindgren, Hakon}} ({{MRN:00417720}}), 74M -- RUL wedge {{ID:SP-24-019021}}: invasive non-mucinous
   adenocarcinoma, acinar 60% / solid 30% / lepidic 10%, 2.4 cm, VPI absent, margins neg, LN 0/9 (pT1c N0).
   Consensus: no completion lobectomy given PFTs (FEV1 42%); wedge adequate; surveillance CT q6 mo.
3. {{NAME:Oduya, Beatrice}} ({{MRN:77120934}}) -- EBUS FNA {{ID:FN24-01120}} stn 7, 4R: small cell carcinoma
   (synaptophysin+, INSM1+, Ki-67 ~90%). Limited stage. Concurrent chemoRT. Biobank consent noted ({{ID:PLB-004417}}).
Scribe {{NAME:T. Whitfield}}. Next board {{DATE:12/12}}.`,
  `LOOKBACK NOTIFICATION -- RECIPIENT OF PRIOR DONATION (HCV)    {{FACILITY:Great Lakes Blood Alliance}} ref {{ID:LB-24-0088}}
To: Transfusion Service Medical Director, {{FACILITY:Kestrel Ridge Medical Center}}  (fax {{FAX:616-555-0112}})
Donor index: repeat donor {{ID:GLB-D-2207193}} tested HCV NAT reactive on donation {{DATE:08/30/2024}} (DIN {{ID:W0427 24 661903}}).
Prior donation within lookback window: DIN {{ID:W0427 24 440812}}, collected {{DATE:03/14/2024}}, HCV NAT nonreactive at the time.
  RBC component shipped to your facility {{DATE:3/16/24}}; plasma sent to fractionation; platelets expired.
Your records: RBC unit transfused {{DATE:03/22/2024}} to {{NAME:Boateng, Kwadwo}} (MRN {{MRN:K0612210}}), {{FACILITY:Kestrel 4}}.
Action: attending notified {{DATE:9/12/24}} (Dr. {{NAME:Farhan Qureshi}}); pt informed by phone at {{PHONE:(616) 555-0175}}
{{DATE:9/13/24}}; HCV Ab + RNA drawn {{DATE:9/16/24}} acc {{ID:C24260-0331}}: both negative.
Letter to pt mailed to {{ADDRESS:77 Burton St SW}}, {{LOCATION:Grand Rapids}} MI {{ZIP:49507}}.
Closed {{DATE:9/20/2024}}. Response faxed to supplier by {{NAME:Adaora Kimura}}, SBB; MD {{NAME:L. Szabo-Whitcombe}}.`,
  `DONOR CENTER -- DEFERRAL RECORD / NOTIFICATION LOG       {{FACILITY:Great Lakes Blood Alliance}}
Donor {{NAME:Brielle Santangelo}}   Donor ID {{ID:GLB-D-4410287}}   DOB {{DATE:12/01/2006}}   (17 at first donation; parental consent on file)
Mobile drive: {{FACILITY:East Kentwood High School}} bloodmobile, coach #6, {{DATE:4/11/2024}}.
Donation: DIN {{ID:W0427 24 503117}}. Vasovagal reaction (moderate) at 4 min, LOC <10 s, no injury; ice, fluids,
released to mother {{NAME:Dana Santangelo}} {{DATE:4/11/24 1125}}. Reaction report {{ID:DRX-24-0412}}.
Testing {{DATE:4/12}}: Hgb donor 12.6 (min 12.5 F) ok; ALT n/a; HBsAg NR, HIV NR, HCV NR, anti-HBc REACTIVE (repeat reactive).
Deferral: indefinite (anti-HBc RR x2 -- 2nd RR, prior {{DATE:11/2023}} donation DIN {{ID:W0427 23 904418}}).
Notification: letter + call {{DATE:4/19/24}} to {{PHONE:616-555-0103}}, spoke with donor; referred to PCP.
Donor portal message {{ID:MSG-4410287-07}}; email to {{EMAIL:brielle.santangelo06@icloud.com}} (no results in email).
SSN last 4 {{SSN:2290}} (donor registry match). Counsellor {{NAME:Mirela Hadzic}}, RN.`,
  `KIDNEY TRANSPLANT CLINIC -- LAB REVIEW NOTE (month 6)    {{DATE:01/13/2025}}
{{NAME:Joaquim Ferreira da Silva}}  MRN {{MRN:UW-2207731}}  DDKT {{DATE:6/10/24}} (donor {{ID:AJK4471}})
Labs {{DATE:1/10/25}} drawn at {{FACILITY:Kitsap Outpatient Lab}}, acc {{ID:KO25-010-0418}}:
  Cr 1.44 (nadir 1.21); UPCR 0.31 g/g; Hgb 11.8; WBC 3.2 (ANC 1.9) -- on valganciclovir.
  Tac trough 7.4 (goal 6-8). Mg 1.6.
  BK PCR plasma 18,400 copies/mL (was 2,100 {{DATE:12/9}}) -- rising.
  CMV PCR not detected. DSA (SAB, {{FACILITY:Puget Immunogenetics Lab}} {{ID:PIL-SAB-25-0044}}): none.
A/P: BK viremia >10^4 -> reduce MMF 1000 -> 500 BID; repeat BK in 2 wk; biopsy if Cr rises >20%.
Neutropenia: hold valgan (ppx period ended).
Called pt {{PHONE:(360) 555-0121}}, Portuguese interpreter {{NAME:Beatriz}} (#{{ID:INT-22081}}); wife {{NAME:Conceição}} on speaker.
Next labs {{DATE:1/24}} standing order {{ID:SO-25-1188}}.
{{NAME:Ximena Pardo}}, RN, CCTC / Dr. {{NAME:Oyelaran}}`,
  `PUBLIC CORD BLOOD BANK -- COLLECTION & MATERNAL CONSENT RECORD     {{FACILITY:Gulf Coast Cord Blood Program}}
CBU ID {{ID:GCC-25-00814}}   ISBT DIN {{ID:W3318 25 000814}}   collection site: {{FACILITY:Sable Point Women's & Children's Hospital}} L&D
Mother: {{NAME:Adaeze Chukwu-Ferrante}}   MRN {{MRN:3402771}}   DOB {{DATE:08/14/1995}}   ph {{PHONE:850-555-0138}}
Insurance (for maternal screening): Medicaid ID {{HEALTH_PLAN:FL-MCD-882104419}}
Consent: prenatal, {{DATE:01/20/2025}}, by {{NAME:R. Delacroix}} (cord blood educator); v9.1; HLA/genetic testing opt-in yes.
Delivery {{DATE:02/26/2025 0318}}, 39+4, SVD. Ex utero collection by {{NAME:Lin Okoro}} 0322. Vol 118 mL + 25 mL CPD.
TNC 1.42 x10^9, CD34+ 0.38%, viability 97%. Maternal IDMs drawn {{ID:GCC-M-25-00814}}.
Infant ({{NAME:Chukwu-Ferrante}}, baby boy, MRN {{MRN:N25-120114}}) -- no anomalies; newborn screen normal.
Family history form: maternal grandmother from {{LOCATION:Enugu}}, Nigeria -- sickle trait; Hb electrophoresis on CBU ordered.
Processed (Sepax), cryopreserved {{DATE:2/27/25}}; LN2 tank 2, rack 18, pos 6.  Released for listing pending 6-mo maternal follow-up
({{DATE:8/2025}}).`,
  `INFECTION PREVENTION -- LAB ALERT: CARBAPENEMASE-PRODUCING ORGANISM
Generated {{DATE:06/03/2024 07:02}} from micro LIS rule CPO-01.   To: IP on-call ({{PHONE:2288}}), {{EMAIL:ip-oncall@tallowcreekrmc.org}}
1) {{NAME:Szabo, Gyorgy}}  MRN {{MRN:00994187}}  {{FACILITY:Whitlow 4}} rm 406   acc {{ID:M24-154-0089}} (urine, {{DATE:6/1}})
   Klebsiella pneumoniae, meropenem MIC >=16; Carba-R: KPC DETECTED.
2) {{NAME:Aluko-Petersen, Ingrid}}  MRN {{MRN:01288430}}  {{FACILITY:Whitlow 4}} rm 411   acc {{ID:M24-154-0102}} (rectal screen, {{DATE:6/2}})
   Carba-R: KPC DETECTED (screen only, no clinical isolate).
Both pts on same unit; overlapping stay {{DATE:5/28-6/2}}. Shared bathroom? no (private rooms). Same RN ({{NAME:M. Ferreira}}) on {{DATE:5/30}}.
Actions: contact precautions + CPO flag; point-prevalence rectal screening of {{FACILITY:Whitlow 4}} {{DATE:6/3}} (20 pts);
isolates to state public health lab, submission {{ID:PHL-24-CPO-0311}}; WGS requested.
IP: {{NAME:Rosalind Tawhiri}}, CIC   micro director Dr. {{NAME:Olusegun Haddad-Ekwueme}}`,
  `FORENSIC TOXICOLOGY -- REQUEST FOR ANALYSIS       {{FACILITY:Sonoran Forensic Toxicology}}   req {{ID:SFT-55931}}
Agency: Office of the Medical Examiner, {{LOCATION:Maricopa County}}   ME case {{ID:MC-ME-24-06612}}
Decedent: {{NAME:Florentino Aguirre-Bautista}}   Age {{AGE:90}}   DOB {{DATE:5/17/1934}}   DOD {{DATE:12/22/2024}}
Circumstances: pedestrian struck at {{ADDRESS:W Indian School Rd & N 43rd Ave}}, {{LOCATION:Phoenix}}, 1840 hrs;
striking vehicle 2019 Camry, AZ plate {{VEHICLE:PLK2291}}, VIN {{VEHICLE:4T1B11HK8KU771042}} (driver tested separately, PD report {{ID:PPD-24-1188204}}).
Transported to {{FACILITY:Desert Bloom Trauma Center}}, died 2217; hospital admission blood (0.5 mL gray top, {{DATE:12/22/24 1912}}) retained.
Specimens: femoral blood 2 x 10 mL (NaF), heart blood, vitreous 3 mL, urine 20 mL, liver 50 g.
Tests: comprehensive panel (ELISA + LC-QTOF), volatiles (HS-GC), CO-Hb. Chain of custody seal {{ID:CS-0044917}}.
Submitted by investigator {{NAME:Ramona Tsinajinnie}}, badge {{ID:MDI-217}}, {{DATE:12/23/24 0910}}.
Received {{NAME:LPV}} 0945, seals intact, refrigerated (4C). Pathologist Dr. {{NAME:Vandersloot}}.
Results to {{FAX:602-555-0143}} and LIMS portal.`,
  `PATHOLOGY -- EXTRAMURAL CONSULTATION LOG (slides out)
{{DATE:2024-04-02}} {{ID:SP-24-006902}} ({{NAME:Hallstrom, Ingrid}}, MRN {{MRN:3301-5590}}) -- soft tissue, ? dedifferentiated liposarcoma.
   12 H&E + 4 unstained + block {{ID:SP-24-006902-A3}} to Dr. {{NAME:Marcus Oyebanji-Reyes}}, {{FACILITY:Queen Adelaide Sarcoma Pathology Service}},
   {{LOCATION:Toronto}}, ON, Canada. Courier airwaybill {{ID:DHL 4417 220 913}}. Pt signed international release.
   Returned {{DATE:2024-04-19}}: "MDM2 amplified (FISH); dedifferentiated liposarcoma, FNCLCC grade 3." Rpt scanned.
{{DATE:2024-04-09}} {{ID:SP-24-007330}} ({{NAME:Park, Min-jun}}, MRN {{MRN:3304-1177}}) -- gastric bx, ? EBV-associated.
   Sent per family request to Dr. {{NAME:Lee Soo-ah}} at {{FACILITY:Seorin University Hospital}}, {{LOCATION:Seoul}}.
   Contact via {{EMAIL:soolee.path@seorin-uh.kr}}. Not yet returned (f/u {{DATE:5/9}} by {{NAME:jmk}}).
{{DATE:2024-04-15}} {{ID:SP-24-007881}} ({{NAME:Wojcik, Aleksandra J}}, MRN {{MRN:3302-7718}}) -- outside review requested by pt's
   son {{NAME:Pawel}} for second opinion at {{FACILITY:Lakeside University Medical Center}}, {{LOCATION:Chicago}}. Recut x6.
Log maintained by {{NAME:J. M. Kowalski}} ({{NAME:jmk}}), histology; reviewed {{NAME:DA}}.`,
  `-- excerpt, de-identified research corpus (shifted dates), lab/pathology subset, note 40177 --
Admission Date:  [**{{DATE:2148-3-4}}**]     Discharge Date:  [**{{DATE:2148-3-19}}**]
Date of Birth:  [**{{DATE:2069-11-2}}**]     Sex: F
Service: MEDICINE
Attending: [**{{NAME:First Name8 (NamePattern2) 1139}}**] [**{{NAME:Last Name (NamePattern1) 4471}}**], M.D.
Pt is a 78 yo woman transferred from [**{{FACILITY:Hospital 882}}**] in [**{{LOCATION:Location (un) 1152}}**] with
Hct 19.8 and guaiac + stool. Blood bank: antibody screen positive; anti-E and anti-Jka (Kidd) identified,
2 units E-neg Jka-neg RBC crossmatched [**{{DATE:3-5}}**]. Delayed hemolytic transfusion reaction suspected on
[**{{DATE:2148-3-11}}**] (DAT IgG+, bili 4.1, LDH 890). Heme c/s Dr. [**{{NAME:Last Name (STitle) 2290}}**].
Pathology: EGD bx [**{{DATE:2148-3-7}}**] gastric antrum, H. pylori gastritis (Giemsa +).
Follow-up with PCP Dr. [**{{NAME:Known firstname 3318}}**] [**{{NAME:Known lastname 7720}}**] at [**{{PHONE:Telephone/Fax (1) 4419}}**].
Transfusion card given; MRN [**{{MRN:Medical Record Number 55102}}**].`,
  `APHERESIS -- THERAPEUTIC PLASMA EXCHANGE PROCEDURE NOTE      {{FACILITY:Tallow Creek Regional Medical Center}} Apheresis Unit
Pt {{NAME:Castellano, Ignatius}}   MRN {{MRN:00893271}}   Dx iTTP (ADAMTS13 <5%)   TPE #4 of ?   {{DATE:10/31/2024}}
Access: R IJ Trialysis catheter (placed {{DATE:10/27}} by IR, Dr. {{NAME:Ngata-Reid}}). Lumens flushed, citrate lock.
Instrument Spectra Optia SN 1OP07712. Exchange 1.5 plasma volumes = 4,200 mL; replacement 100% plasma (FFP),
16 units (DINs on attached issue sheet; first {{ID:W0361 24 550119}}, last {{ID:W0361 24 550134}}). ACD-A 1:13.
Pre: PLT 38, LDH 610, Hgb 8.0. Vitals stable. Caplacizumab 11 mg daily continued; steroids.
Reactions: mild perioral paresthesia at 40 min -> Ca gluconate 1 g IV. Urticaria (FFP) -> diphenhydramine 25 mg IV, resolved.
Post: PLT (1 h) 61. Next TPE {{DATE:11/1}} 0800; stop when PLT >150 x2 days.
Consent for series signed {{DATE:10/27/24}} (pt + wife {{NAME:Alondra}}, witness {{NAME:N. Iheanacho}}, RN).
Apheresis RN {{NAME:Nkechi Iheanacho}}; physician Dr. {{NAME:Lorna Szabo-Whitcombe}} present for first 15 min.`,
  `RED CELL EXCHANGE -- SICKLE CELL DISEASE (HbSS)        {{FACILITY:Kestrel Ridge Medical Center}} Transfusion/Apheresis
Pt {{NAME:Adjei-Montgomery, Kwabena}}  MRN {{MRN:K0441902}}  DOB {{DATE:6/22/2001}}  chronic exchange q5 wk (stroke ppx)
Patient ID at bedside: wristband + palm-vein scan (match ref {{BIOMETRIC:PVS-K0441902-2}}) -- policy for chronic BB pts.
Extended phenotype (genotyped, {{ID:IMG-22-0418}}): C- E- K- Fy(a-b-) Jk(a+b-) S- s+; RHD variant (partial D, DAU0) -> give D-neg.
Antibodies: anti-C, anti-E, anti-K (historical, 2019 per {{FACILITY:Sickle Cell Center of Mobile}} records -- transfused there).
Units: 8 RBC, C-E-K- Fy(a-) Jk(b-), HbS-neg, leukoreduced, <7 d old, AHG xm compatible:
  DIN {{ID:W1154 25 020331}} ... {{ID:W1154 25 020348}} (sourced via {{FACILITY:Great Lakes Blood Alliance}} rare donor desk, req {{ID:RDP-25-0071}}).
Pre HbS 34% -> post HbS 11% (target <30% at nadir). FCR 28%. Hct 27 -> 30.
Ferritin 620 (on deferasirox). Implanted port serial {{DEVICE:PRT-5520-11873}}, accessed 20g by {{NAME:Chidi Umeh}}, RN.
Next exchange {{DATE:03/24/2025}}. Mother {{NAME:Akosua Adjei}} {{PHONE:(251) 555-0118}} prefers text reminders.
MD: {{NAME:Adaora Kimura}} SBB reviewed antigen match; Dr. {{NAME:Farhan Qureshi}}.`,
  `CENTRAL LAB REQUISITION -- {{FACILITY:Northbridge Central Laboratory}}   (pre-printed kit, visit: C2D1)
Protocol ONX-311 / NCT05590142   Sponsor: Halcyon Oncology   Site 031, {{FACILITY:Three Rivers Oncology}}
Investigator: {{NAME:Ikenna Wolfe}}, MD   Site phone {{PHONE:412-555-0151}}   Site fax {{FAX:412-555-0152}}
Subject number: {{ID:031-0007}}   Subject initials: {{NAME:F-L-N}}   Year of birth: 1955   Sex: F
Accession (kit barcode): {{ID:NCL-6604471-09}}     Kit lot KT24-118 exp 2025-06
Collection: {{DATE:17OCT2024}}   time 08:42   fasting: Y
Tubes: SST x1 (chem), EDTA 2 mL (heme), EDTA 10 mL (PK, t=0 pre-dose), Streck cfDNA x2 (ctDNA exploratory)
PK sampling: pre-dose 08:42, post-dose 1 h 10:15, 4 h 13:20 -- record actual times on PK log.
Pre-dose hold: study drug last taken {{DATE:16OCT2024}} 20:00.
Comments: subject weight 61.8 kg. Hemolysis none. Shipped ambient/frozen split, airbill {{ID:8871 0094 2261}}.
Collected by: {{NAME:Delphine Okafor-Ruiz}}, CRC   Site use: MRN {{MRN:SCH-20077431}} (do not transcribe to sponsor forms)
Sponsor query {{ID:Q-000412}} on {{DATE:10/22/24}}: PK 4h sample labeled 13:02 vs log 13:20 -> corrected by {{NAME:DOR}} {{DATE:10/23/24}}.`,
  `LAB CLIENT SERVICES -- PHONE MESSAGE / PAGE LOG (day shift)      {{DATE:Thu 6/13/24}}
0712  {{NAME:Jeanette}} from {{FACILITY:Briarwood Skilled Nursing}} ({{PHONE:574-555-0116 x224}}): pt {{NAME:Hollingsworth, Ada}} ({{AGE:94}}),
      INR result? acc {{ID:C24165-0042}} = 4.8, called to her at 0715. She'll call Dr. {{NAME:Mahlangu}}. -{{NAME:cp}}
0805  Dr. {{NAME:Ruiz-Halvorsen}}'s office wants add-on TSH to {{DATE:6/12}} draw on {{NAME:Tobias Marchetti}} -- specimen ok (stored 4C), added {{ID:C24164-0881-A}}. -{{NAME:cp}}
0930  pt {{NAME:Keziah Osei-Lindqvist}} called from {{PHONE:(574) 555-0190}} asking for result of pregnancy test. Explained must go through
      provider; walked her through portal sign-in. -{{NAME:rb}}
1040  page from 5E (x{{PHONE:5109}}): "where is my CBC" rm 5E-08 {{NAME:Quarles}} -- tube never rec'd, recollect. -{{NAME:rb}}
1215  courier {{NAME:Andre}} (route 2) delayed, van flat tire at {{ADDRESS:SR-23 & Cleveland Rd}}; 3 NH pickups late. -{{NAME:cp}}
1400  {{FACILITY:Ironwood Reference Laboratories}} called re: {{ID:HB24165-0120}} -- insufficient volume, needs recollect. Told ordering
      office ({{FAX:574-555-0117}} fax sent). -{{NAME:rb}}
staff: {{NAME:Cora Pruitt}} ({{NAME:cp}}), {{NAME:Ravi Bhandari}} ({{NAME:rb}})`,
  `BIOSPECIMEN DISTRIBUTION -- MATERIAL TRANSFER RECORD     {{FACILITY:Prairie Lantern Biorepository}}   {{ID:DIST-25-0009}}
Requesting investigator: Dr. {{NAME:Keiko Yamamoto}}, {{FACILITY:North Plains Cardiogenomics Lab}}, {{EMAIL:kyamamoto@northplains-cg.org}}
Approved by access committee {{DATE:01/27/2025}} (proposal AC-24-31); MTA executed; IRB exempt determination 24-0912.
Shipped coded only -- no names/MRNs. Honest broker {{NAME:Ines Tallchief}} verified removal of linkage fields.
aliquot_id | participant | matrix | vol (uL) | freezer pos
{{ID:PLB-004417-P03}} | {{ID:PLB-004417}} | EDTA plasma | 500 | F-3 R2/B17/A3
{{ID:PLB-004419-R02}} | {{ID:PLB-004419}} | PAXgene RNA | 250 | F-3 R2/B18/A2
{{ID:PLB-004433-P01}} | {{ID:PLB-004433}} | EDTA plasma | 500 | F-4 R1/B02/C5
{{ID:PLB-004440-D01}} | {{ID:PLB-004440}} | DNA | 40 | F-4 R1/B03/A1
Excluded: {{ID:PLB-004418}} (consent withdrawn {{DATE:3/3/25}}); {{ID:PLB-004420}} (genomic sharing not permitted for tissue).
Tribal consultation for {{ID:PLB-004419}} done {{DATE:1/9/24}}; separate tribal review not required for this use (letter attached).
Pulled {{DATE:02/03/2025}} by {{NAME:smv}}, 2nd check {{NAME:JH}}; courier tracking {{ID:1Z88X2W10411730245}}.
Receipt confirmed {{DATE:2/4/25}} by {{NAME:K. Yamamoto}}.`,
  `BLOOD BANK -- ABO DISCREPANCY / HISTORICAL TYPE MISMATCH       {{DATE:07/07/2024 2248}}
Pt {{NAME:Ferrante, Lucio}}   MRN {{MRN:00718204}}   ED, bed 11   spec {{ID:BB24-07702}} (collector {{NAME:K. Oduya}}, badge {{ID:E29914}})
Current: forward A, reverse A (anti-B 3+, A1 cells 0) -> A POS.
Historical: O POS on {{DATE:03/19/2022}} ({{ID:BB22-02290}}), confirmed x2 at that time.
=> MISMATCH. Possible WBIT. No products issued; emergency release O available if needed.
Called ED RN {{NAME:Hiroshi Tanabe-Cole}} 2252: pt identified by armband only; armband printed at triage 2210.
Recollect by different collector ({{NAME:Tanabe-Cole}}) 2305, {{ID:BB24-07708}}: O POS. -> first specimen belongs to another pt.
Search of ED draws 2200-2245: bed 12 pt {{NAME:Ferraro, Lucia}} (MRN {{MRN:00718240}}) types A POS ({{ID:BB24-07705}}), consistent.
Occurrence {{ID:OR-24-1033}}. ED manager {{NAME:Sunita Balasubramanian}} notified 2320.
Note: Kidd/Duffy phenotype not performed. Antibody screen on {{ID:BB24-07708}}: NEG.
Tech {{NAME:Orla Nwosu}} ({{NAME:ON}}); med director paged ({{PHONE:6631}}), Dr. {{NAME:Szabo-Whitcombe}} concurred {{DATE:7/8/24 0705}}.`,
  `MEDICOLEGAL DEATH INVESTIGATOR -- SCENE REPORT      {{LOCATION:Hennepin County}} ME   case {{ID:HC-ME-25-00391}}
Decedent: {{NAME:Agnes Thorvaldsen-Reyes}}, {{AGE:97}} y/o F, DOB {{DATE:01/30/1928}}
Residence/scene: {{ADDRESS:4120 Bloomington Ave S}}, {{LOCATION:Minneapolis}} MN {{ZIP:55407}}, single-family home.
Reported {{DATE:02/08/2025 0942}} by neighbor {{NAME:Gunnar Lindahl}} ({{PHONE:612-555-0161}}) -- mail uncollected 2 days.
{{LOCATION:Minneapolis}} PD officer {{NAME:T. Abdi}} (badge {{ID:MPD-4471}}) forced entry 1004.
Found supine on kitchen floor; thermostat 68F; no signs of forced entry or struggle. Last known alive {{DATE:2/5/25}} (pharmacy delivery).
Medications: donepezil, metoprolol, apixaban (bottle filled {{DATE:1/20/25}} at {{FACILITY:Nokomis Corner Pharmacy}}, count appropriate).
Garage: 2009 Buick, MN plate {{VEHICLE:GHT-118}}, not driven (dust).
Identification: visual by niece {{NAME:Marta Reyes-Oyelaran}} via photo {{PHOTO:HC25-00391-ID.jpg}}; fingerprints on file from
state nursing licence ({{LICENSE:MN-RN-R041122}}), AFIS {{BIOMETRIC:MN-AFIS-25-011904}} match.
PCP Dr. {{NAME:Ndidi Halvorsen}} ({{FACILITY:Phillips Family Clinic}}) willing to sign: ASCVD, AF. Jurisdiction declined; released to
{{FACILITY:Lakewood-Swan Funeral Home}}.   MDI {{NAME:Solvei Haugen}}`,
  `PRIVACY OFFICE -- LIS / PATIENT PORTAL ACCESS AUDIT       ticket {{ID:PRV-24-0291}}
Complaint {{DATE:08/19/2024}}: pt {{NAME:Keziah Osei-Lindqvist}} (MRN {{MRN:02554130}}) believes ex-partner viewed her lab results (hCG).
Portal log (myhealth):
{{DATE:2024-08-14 22:41:19}}  login user {{NAME:kosei.lindqvist}}  from IP {{IP:98.42.117.203}}  (device: iPhone)  -- pt's usual IP
{{DATE:2024-08-15 01:12:44}}  login user {{NAME:kosei.lindqvist}}  from IP {{IP:174.205.66.18}}   (device: Windows, new)  pw reset 01:10
{{DATE:2024-08-15 01:13:02}}  viewed result hCG quant acc {{ID:C24227-0611}}  URL {{URL:https://myhealth.tallowcreekrmc.org/results/view?acc=C24227-0611&pt=02554130}}
{{DATE:2024-08-15 01:15:30}}  proxy added: {{NAME:Damon Reyes-Whitaker}}, email {{EMAIL:dreyes.w88@gmail.com}}
Pw reset email sent to {{EMAIL:keziah.ol@gmail.com}}; pt states phone was in ex-partner's possession that night.
LIS internal access: only lab staff {{NAME:rb}} and {{NAME:cp}} (order-driven, appropriate).
Actions: proxy removed {{DATE:8/19/24}}; account locked, new credentials issued in person; IP {{IP:174.205.66.18}} referred with
pt's consent to {{LOCATION:South Bend}} PD (report {{ID:SBPD-24-33107}}). Privacy officer {{NAME:Marisa Delgado-Hume}}, CHPC.`,
  `MSH|^~&|EPIC|{{FACILITY:UWTX}}|TXMGR|{{FACILITY:UWTX}}|{{DATE:20250310084512}}||ADT^A04|{{ID:ADT88210447}}|P|2.5
EVN|A04|{{DATE:20250310084500}}|||{{ID:E20993}}^{{NAME:NYAMBURA}}^{{NAME:XAVIER}}
PID|1||{{MRN:7710362}}^^^{{FACILITY:UWTX}}^MR~{{ID:KRX-930072}}^^^OPTN^PN||{{NAME:YBARRA}}^{{NAME:TEODORO}}^{{NAME:M}}^^^^L~{{NAME:YBARRA}}^{{NAME:TEO}}^^^^^N||{{DATE:19790203}}|M|||{{ADDRESS:9108 Dyer St}}^^{{LOCATION:EL PASO}}^TX^{{ZIP:79904}}||{{PHONE:(915)555-0147}}^PRN^PH|||M||{{ACCOUNT:TX25069-0211}}|{{SSN:611-20-7734}}
NK1|1|{{NAME:YBARRA-QUINN}}^{{NAME:MARISOL}}|SIS^Sister|{{ADDRESS:2231 Montana Ave}}^^{{LOCATION:EL PASO}}^TX^{{ZIP:79903}}|{{PHONE:(915)555-0183}}^PRN^PH
NK1|2|{{NAME:YBARRA}}^{{NAME:CONSUELO}}|MTH^Mother||{{PHONE:(915)555-0163}}^PRN^PH
PV1|1|O|TXCLINIC^^^{{FACILITY:UWTX}}||||{{LICENSE:1629904417}}^{{NAME:OYELARAN}}^{{NAME:BENEDIKT}}
IN1|1|MCR01|CMS|Medicare Part A/B||||||||||||{{NAME:YBARRA}}^{{NAME:TEODORO}}|SEL||||||||||||||||||{{HEALTH_PLAN:7KD2-WQ4-HN18}}
IN1|2|TXMCD|TXHHSC|Texas Medicaid||||||||||||{{NAME:YBARRA}}^{{NAME:TEODORO}}|SEL||||||||||||||||||{{HEALTH_PLAN:519004427}}
ZTX|1|KIDNEY|LISTED|{{DATE:20230104}}|DIALYSIS START {{DATE:20221107}}|ABO A|cPRA 12%`,
];

export const HELDOUT_REALISTIC_84_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout84-${i + 1}`, n));
