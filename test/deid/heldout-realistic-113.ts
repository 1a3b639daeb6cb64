// A hundred-and-thirteenth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is radiology, pathology and laboratory medicine: CT,
// MRI, ultrasound, nuclear medicine, fluoroscopy and mammography reports with BI-RADS, interventional
// procedure notes, comparison lines with prior study dates, critical-result communication lines
// ("discussed with Dr. X at 1432 on ..."), addenda, teleradiology headers with accession numbers and
// reading sites, PACS downtime and image-import messages, surgical pathology reports (gross
// descriptions with cassette keys, frozen sections, synoptic cancer reports), cytology, heme path
// and flow cytometry, autopsy, neuropathology and medical examiner reports, blood bank records (type
// and screen, antibody IDs, transfusion reactions, emergency release and massive transfusion logs
// with unit numbers), microbiology and public-health reports, molecular, cytogenetic and
// pharmacogenomic reports (variants are not PHI; family pedigrees name relatives), specimen labels
// and chain-of-custody forms, reference-lab requisitions, lab QC, critical-value and send-out logs,
// incident reports, e-mails between pathologists and clinicians, and letters to patients.
// Names appear as report headers in surname-first capitals (KOWALCZYK, DOROTA M), with middle
// initials, as initials of technologists, grossers and typists (LKW, /jt), as first names alone,
// hyphenated and non-English names (Nguyen Thi Hoa, Okonkwo, Quintanilla-Vega), and as relatives in
// pedigrees; places as reading sites, reference labs, funeral homes, scene addresses written loosely
// and cities in headers; dates as 11/02/2024 02:47, 2024-03-19, Jan 8, 2025, 3/4, 02-27-25,
// 14MAR2025 and collection date-times. Look-alikes that are NOT PHI are left unmarked: anatomical
// eponyms and eponymous signs (Morison's pouch, Gerota fascia, Virchow node, Meckel cave, Bethesda
// category, Papanicolaou, Gram, Kinyoun, Ziehl-Neelsen, Wright-Giemsa, Kleihauer-Betke, Coombs,
// Duffy, Kidd, Kell, Lewis antigens, Hounsfield), BI-RADS, LI-RADS, TI-RADS, PI-RADS, Deauville,
// Bosniak and Bethesda categories, Gleason scores and grade groups, TNM stages, HU values, SUVs,
// measurements, gene names and variants (BRCA1, KRAS G12D, CYP2C19*2), karyotypes, cassette codes
// (A1-A4), block and slide numbers, series/image and slice numbers, scanner and analyzer models,
// reagent lots and expiry dates, CLIA numbers, CPT and ICD-10 codes, rooms, doses, drug names and
// years alone.
//
// Annotation follows the README guideline: titles and kin terms stay outside NAME spans; a time
// attached to a full date is inside the DATE span, while a time separated from the date ("at 1432
// on 3/4/2025") stays outside; a month/day without a year is a DATE; accession, specimen, case,
// requisition, order, autopsy, ME case, donor unit and chain-of-custody numbers are ID; scanner,
// pump, port, pacemaker, implant and analyzer serial numbers are DEVICE; reagent lots, CLIA numbers
// and model names are not PHI; insurer member numbers are HEALTH_PLAN; billing account numbers are
// ACCOUNT; NPI, state medical licences and driver's licences are LICENSE; plates and VINs are
// VEHICLE; fingerprint templates are BIOMETRIC; a file name of a face photo is PHOTO; reading sites,
// labs, funeral homes, hospitals and clinics are FACILITY; ages over 89 are AGE.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-23 final engine
// (18d1e8d) 0.9762 / 0.9703; pass-24 engine (whose rules were made from sets 105-107 and 110
// without reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `TELERADIOLOGY FINAL REPORT
Reading site: {{FACILITY:NightHawk Imaging Partners}} - {{LOCATION:Sioux Falls}} hub
Accession: {{ID:CT24-0887312}}   MRN: {{MRN:00731958}}
Patient: {{NAME:KOWALCZYK, DOROTA M}}   DOB: {{DATE:04/17/1951}}
Ordering: {{NAME:Alvarez-Reyes, Tomas}} MD, ED - {{FACILITY:Mercy Hollis Regional}}
Exam: CT ABDOMEN PELVIS W CONTRAST   Date of service: {{DATE:11/02/2024 02:47}}
Comparison: CT A/P {{DATE:06/14/2022}}; US RUQ {{DATE:01/09/2023}}.
Technique: Axial 2.5 mm dome to symphysis after 100 mL Omnipaque 350. Scanner GE Revolution, s/n {{DEVICE:RVN-44A1907}}. DLP 812 mGy-cm.
Findings: Small amount of free fluid in Morison's pouch. Liver 17.8 cm, no focal lesion. Gallbladder wall 5 mm with pericholecystic stranding; stone 1.4 cm in the neck, 38 HU. Gerota fascia mildly thickened on the right. Appendix normal (series 3, image 88). Bowel nondilated. No free air.
IMPRESSION:
1. Acute calculous cholecystitis.
2. Trace perihepatic fluid.
Critical result: discussed with Dr. {{NAME:Alvarez-Reyes}} by phone at 0312 on {{DATE:11/02/2024}}, read-back confirmed.
Electronically signed: {{NAME:Priya Raghunathan}}, MD  {{DATE:11/02/2024 03:15}} CST`,

  `MR BRAIN W/WO CONTRAST
Name: {{NAME:Okonkwo, Chidinma A.}}      MRN: {{MRN:E2290417}}
DOB: {{DATE:1968-09-03}}   Exam: {{DATE:2024-03-19 16:05}}
Referring: {{NAME:Halvorsen}}, Erik (neuro-onc)   Acc# {{ID:MR0021877465}}
Site: {{FACILITY:St. Brendan Imaging Center}}, {{ADDRESS:4410 Larkspur Pkwy, Suite 200}}, {{LOCATION:Overland Park}} KS {{ZIP:66211}}
Hx: L frontal GBM s/p resection + chemoRT, on TMZ C4D1. Eval progression.
MR safety: Medtronic Azure pacemaker, MR-conditional, s/n {{DEVICE:RNB447812S}}, placed in MRI mode by rep ({{NAME:J. Pruitt}}) 1540.
Comparison: {{DATE:12/28/2023}}, {{DATE:09/30/2023}}.
Findings: Resection cavity L frontal with thin rim enhancement, unchanged. New 9 x 7 mm nodular enhancing focus along posterior margin (series 12 image 41), rCBV elevated. FLAIR signal in genu of corpus callosum increased. No midline shift. Normal flow voids in the circle of Willis. Meckel cave and Dorello canal unremarkable.
IMPRESSION: New nodular enhancement at posterior cavity margin with elevated perfusion, favor progression over pseudoprogression (RANO). Recommend tumor board.
Prelim given to Dr {{NAME:Halvorsen}} 1712 via secure chat.
Dictated by {{NAME:M. Feldstein-Oyelaran}}, MD`,

  `BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
{{NAME:Ruth Ellen Baptiste}}   DOB {{DATE:2/2/1959}}   MRN {{MRN:3005581}}
Exam: {{DATE:Jan 8, 2025}}   Acc {{ID:MG-25-0004419}}
Location: {{FACILITY:Women's Imaging at Cedar Bluff}}
Tech: {{NAME:LKW}}   Unit: Hologic 3Dimensions SN {{DEVICE:HD3-0019284}}
Comparison: {{DATE:12/22/2023}}, {{DATE:12/05/2022}}, and outside films from {{FACILITY:Lakeland Breast Center}} 2019.
Breast composition: b. Scattered areas of fibroglandular density.
Findings: No suspicious mass, calcification or architectural distortion in either breast. Stable benign-appearing calcifications R UOQ. Skin marker L axilla denotes a mole.
IMPRESSION: Negative.
BI-RADS 1: Negative. Recommend annual screening mammography.
Lifetime risk (Tyrer-Cuzick v8): 11.2%.
Results letter mailed to pt at {{ADDRESS:77 Pomeroy Ave}}, {{LOCATION:Meriden}} CT {{ZIP:06450}} on {{DATE:1/9/25}}.
Reader: {{NAME:Sunita K. Oberholtzer}}, MD`,

  `DIAGNOSTIC MAMMOGRAM LEFT + LEFT BREAST US
pt: {{NAME:MARISOL QUINTANILLA-VEGA}}   mrn {{MRN:88123044}}   dob {{DATE:03-11-1977}}
exam {{DATE:02/27/2025 10:20}}   acc {{ID:DX250227-118}} / {{ID:US250227-054}}
referring: {{NAME:Ndiaye, Awa}}, NP (gyn)  fax {{FAX:(860) 555-0147}}
Hx: palpable lump L breast 2:00, noticed 3 wks ago. FH: mother br ca at 44.
Comparison: screening {{DATE:03/01/2024}}.
Spot compression: irregular 14 mm mass with indistinct margins L breast 2 o'clock middle depth, new.
US L breast 2:00, 5 cm FN: irregular hypoechoic mass 13 x 9 x 11 mm, not parallel, angular margins, posterior shadowing, internal vascularity. L axilla: one node, cortex 4 mm, hilum preserved.
IMPRESSION: Suspicious L breast mass 2:00. BI-RADS 4B. US-guided core bx recommended; booked {{DATE:3/4}} with Dr. {{NAME:Tran}}.
Results given in person by Dr. {{NAME:Osei}}; pt's sister {{NAME:Yesenia}} ({{PHONE:860-555-0172}}) present per pt request.
/{{NAME:dmc}}`,

  `US-GUIDED CORE NEEDLE BIOPSY, LEFT BREAST
Patient {{NAME:Quintanilla-Vega, Marisol}}  MRN {{MRN:88123044}}  Date {{DATE:March 4, 2025}}
Operator: {{NAME:Hanh Tran}}, MD   Assist: {{NAME:Becca}} RT(R)(M)
Consent signed after risks (bleeding, infection, pneumothorax, nondiagnostic sample) discussed. Time-out 0931 w/ {{NAME:R. Lindqvist}} RN.
Procedure: 10 mL 1% lidocaine + 1% lidocaine w/ epi. 14G Bard Mission device, 5 passes, 2:00 mass. Specimens to formalin 0948 (cold ischemia < 1 min). HydroMARK ribbon clip placed, lot 24K117 (not PHI). Post-clip mammogram: clip within 2 mm of target.
Specimen: {{ID:S25-11873}} "L breast 2:00 5cmFN core x5".
EBL minimal. No immediate complications. Ice pack given.
Rad-path concordance to be reviewed at conference {{DATE:3/7}}. Pt will be called with results by nurse navigator {{NAME:Gwen Achterberg}} ({{PHONE:(860) 555-0190}}); pt prefers cell {{PHONE:860-555-0129}}, ok to leave msg.
Post-bx instructions given in Spanish via phone interpreter.
{{NAME:HT}}/{{NAME:sb}}`,

  `INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Procedure: R IJ chest port placement       Date: {{DATE:10/15/2024}}
Patient: {{NAME:Dimitrios Papadakis}}   MRN {{MRN:620044198}}   Acct {{ACCOUNT:4400917235}}
Attending: {{NAME:Keisha Brandywine}}, MD   Fellow: {{NAME:Arjun Vel}}, MD
Indication: FOLFOX for stage IIIB (pT3 pN1b M0) sigmoid adenocarcinoma.
Sedation: moderate, midazolam 2 mg + fentanyl 100 mcg, 34 min, monitored by {{NAME:Luz Carrasco}} RN.
Technique: US-guided 21G micropuncture R IJ (patent, compressible, image saved). Subcutaneous pocket R chest, tunneled. 8 Fr single-lumen PowerPort, serial {{DEVICE:PPS8-77120944}}, lot REDG3304, exp 2026-08. Tip at cavoatrial junction by fluoro. Fluoro time 0.6 min, 4.1 mGy.
Complications: none. EBL < 5 mL.
Implant card given. Device registered to pt at {{ADDRESS:1187 Quarry Rd}}, {{LOCATION:Lowell}} MA {{ZIP:01852}}.
Port may be accessed today. Oncology ({{FACILITY:Merrimack Valley Cancer Institute}}) notified.
-- {{NAME:K. Brandywine}} {{DATE:10/15/24 11:52}}`,

  `IR PROCEDURE: TIPS CREATION
{{NAME:MCALLISTER, GORDON J}} | MRN {{MRN:0049-221-87}} | DOB {{DATE:07/30/1962}} | Inpt 7W rm 712
Date {{DATE:05-21-2024}}   Case # {{ID:IR-24-03391}}
Operators: {{NAME:Ingrid Sørensen-Maddox}} MD; {{NAME:Lamar Whitfield}} MD (fellow)
Indication: refractory ascites, EtOH cirrhosis, MELD-Na 17, Child-Pugh B8. 4 LVPs in 6 wk.
GA by anesthesia (Dr. {{NAME:Yusupova}}).
Access R IJ. Hepatic venogram via R hepatic vein. Wedged CO2 portogram. Colapinto needle, portal access on 2nd pass. 10 mm x 6/2 cm Viatorr covered stent, ref# VTR-106-2, serial {{DEVICE:VT24A881903}}. Dilated to 8 mm.
Pressures: pre RA 6, PV 29, gradient 23 mmHg. Post gradient 9 mmHg.
Complications: none. Contrast 85 mL Visipaque 320.
Plan: US TIPS Doppler {{DATE:5/22}} and in 1 month; monitor for HE, lactulose.
Wife {{NAME:Fiona}} updated in waiting area 1415, cell {{PHONE:412 555 0163}}.
{{NAME:ISM}}`,

  `CTA CHEST PE PROTOCOL  **CRITICAL**
PT {{NAME:Ahmadzai, Wahida}}  MRN {{MRN:7120954}}  AGE 47 F  LOC ED bay 14
ACC {{ID:4419087CT}}   DATE {{DATE:12 Feb 2025 21:38}}
ORDERING {{NAME:B. Castellanos}}, PA-C
CLIN: dyspnea, tachycardia, OCP. Wells 6.
COMPARISON: CXR same day; no prior CT.
FINDINGS: Filling defects in the R main PA extending into RLL segmental branches; saddle component absent. Small LLL subsegmental emboli. RV/LV ratio 1.3, bowing of septum, reflux of contrast into IVC and hepatic veins. No infarct. No effusion. Thyroid normal. Bones: bone island T7.
IMPRESSION: Acute bilateral PE with CT evidence of right heart strain.
COMMUNICATION: Findings discussed with {{NAME:Bianca Castellanos}}, PA-C, at 2151 on {{DATE:2/12/2025}}; she will activate the PERT (Dr. {{NAME:Mwangi}} on call). Documented in critical results log entry {{ID:CR-250212-0088}}.
Read remotely from {{FACILITY:Cascade Teleradiology}}, {{LOCATION:Bend}}, OR, workstation IP {{IP:198.51.100.47}}.
{{NAME:Harold Vinke}}, MD`,

  `*** ADDENDUM ***  {{DATE:09/06/2024 08:12}}
Pt: {{NAME:Bergström, Anders}}   MRN {{MRN:55021987}}   Orig exam: CT chest w/o {{DATE:09/05/2024}}, acc {{ID:CT0905-77214}}
After the final report was signed, an outside CT chest dated {{DATE:Nov. 18, 2022}} from {{FACILITY:Holy Rosary Medical Center}} ({{LOCATION:Ontario}}, OR) was imported to PACS (import job {{ID:IMP-240906-0031}}, pushed from {{IP:203.0.113.18}}).
On comparison, the 11 mm RUL solid nodule (series 4 image 62) measured 10 mm in 2022 and is therefore stable for more than 21 months. Lung-RADS category changes from 4A to 2. Fleischner follow-up is no longer required for this nodule; annual LDCT screening resumes.
The remainder of the original report is unchanged.
Addendum communicated to ordering provider {{NAME:Colleen Fairweather}}, DO, by in-basket message and by phone ({{PHONE:541-555-0118}}) at 0830; left message with her MA {{NAME:Trisha}}.
Original impression for reference:
"11 mm RUL solid nodule, new vs not previously imaged. Lung-RADS 4A. Recommend 3-month LDCT or PET/CT."
Addendum by {{NAME:Rafael Quiñones-Barr}}, MD`,

  `US RENAL TRANSPLANT W/ DOPPLER
Name: {{NAME:Tuilagi, Sione}}   MRN: {{MRN:TX-004417}}   DOB: {{DATE:5/14/1983}}
Exam: {{DATE:8/2/24 0745}}   Acc: {{ID:US82-40118}}   Portable, SICU bed 4
Tech: {{NAME:Caridad O.}}, RDMS    Ordering: transplant surgery, Dr. {{NAME:Nakashima-Ford}}
Hx: DDKT POD#2, rising Cr 4.1, oliguria.
RLQ allograft 11.9 cm. No hydronephrosis. Small perinephric collection 3.2 x 1.1 cm, likely hematoma.
Doppler: main renal artery PSV 412 cm/s at the anastomosis with tardus parvus intrarenal waveforms (AT 110 ms). RI upper 0.52, mid 0.55, lower 0.50. Main renal vein patent with normal phasic flow.
Comparison: intraop Doppler {{DATE:7/31/24}}.
IMPRESSION: Findings concerning for transplant renal artery stenosis at the anastomosis. Recommend CTA or angiography.
Called to Dr. {{NAME:Aiko Nakashima-Ford}} at 0822 on {{DATE:8/2/2024}}; she requests IR consult. IR fellow {{NAME:Dev}} paged at {{PHONE:x4471}}.
{{NAME:Olufemi Adebayo-Kent}}, MD  {{DATE:08/02/2024 08:25}}`,

  `SURGICAL PATHOLOGY REPORT
Case: {{ID:SP24-018822}}   Received: {{DATE:10/22/2024}}   Reported: {{DATE:10/25/2024}}
Patient: {{NAME:FERREIRA, JOAQUIM L}}   MRN {{MRN:6711209}}   DOB {{DATE:01/05/1958}}
Surgeon: {{NAME:Vanessa Lightfoot}}, MD   cc: {{NAME:S. Rahimi}}, MD (oncology)
SPECIMEN: Sigmoid colon, segmental resection.
GROSS: Received fresh, labeled with the pt's name and MRN and "sigmoid colon", a 24.5 cm segment of colon with mesentery. A 3.8 x 3.1 cm ulcerated circumferential mass lies 6 cm from the distal margin and grossly extends into pericolic fat. Distal margin inked blue, proximal black, radial green. Nineteen lymph nodes.
Cassette key: A1 proximal margin; A2 distal margin; A3-A6 tumor, full thickness; A7 radial margin; A8-A13 lymph nodes; A14 uninvolved mucosa.
Grossed by {{NAME:TJ}} (PA) {{DATE:10/22/24}}.
DIAGNOSIS: Adenocarcinoma, moderately differentiated, invading through muscularis propria into pericolic fat (pT3). Metastatic carcinoma in 2 of 19 lymph nodes (pN1b). Margins negative. MMR proteins retained (MLH1, PMS2, MSH2, MSH6).
{{NAME:Eleanor Mbeki-Harwood}}, MD`,

  `INTRAOPERATIVE CONSULTATION (FROZEN SECTION)
OR 6 to frozen room, called 1318 on {{DATE:4/9/2025}}
Surgeon: Dr. {{NAME:Castellano}} (ext {{PHONE:6-2218}})   Pt: {{NAME:Lindgren, Hannah E.}}   Acc {{ID:FS25-0412}} / {{ID:SP25-06611}}
Part A: "left thyroid lobe, stitch superior", 18 g. Serial sections: 1.6 cm firm tan-white nodule with gritty cut surface.
FSA1: PAPILLARY THYROID CARCINOMA.
Called to Dr. {{NAME:Castellano}} by Dr. {{NAME:Iwu}} at 1331, read back by circulator {{NAME:Marguerite}}.
Part B: "central neck lymph nodes", 3 LN.
FSB1: POSITIVE for metastatic carcinoma (1/3).
Called 1349, read back by {{NAME:Marguerite}}.
Permanent sections to follow. Frozen remnants submitted as FSA1 and FSB1; remainder of the lobe in A2-A6.
Pathologist: {{NAME:Chiamaka Iwu}}, MD    Resident: {{NAME:P. Dasgupta}}, MD
Turnaround: A 13 min, B 11 min (CAP target under 20 min).`,

  `SYNOPTIC REPORT - INVASIVE CARCINOMA OF THE BREAST (Resection)
Case {{ID:S25-14022}} | {{NAME:Quintanilla-Vega, M.}} | MRN {{MRN:88123044}} | Procedure {{DATE:04/02/2025}}
Procedure: Lumpectomy, left, with sentinel LN biopsy
Tumor site: 2 o'clock
Histologic type: Invasive ductal carcinoma (NST)
Nottingham grade: 2 (tubules 3, nuclei 2, mitoses 1; 6/9)
Tumor size: 15 mm
DCIS: present, intermediate nuclear grade, ~10%
Margins: negative; closest invasive margin 4 mm (posterior)
LVI: not identified
Lymph nodes: 0/3 sentinel, no ITCs
pTNM (AJCC 8th): pT1c pN0(sn)
Biomarkers (on core {{ID:S25-11873}}): ER positive (95%, strong), PR positive (60%, moderate), HER2 IHC 1+ (negative), Ki-67 18%.
Oncotype DX ordered {{DATE:4/8/25}}, block A3 sent to {{FACILITY:Palisade Genomics}}, {{LOCATION:Redwood City}}.
Clip identified in A4. Rad-path correlation: concordant.
Pathologist: {{NAME:Rosalind Achebe-Stuart}}, MD   Gross: {{NAME:NLV}}`,

  `PROSTATE, MRI/US FUSION AND SYSTEMATIC NEEDLE BIOPSIES
Pt: {{NAME:Wendell R. Abernathy}}   DOB {{DATE:11/19/1950}}   MRN {{MRN:10293847}}
Case {{ID:UP24-3307}}   Collected {{DATE:11/04/2024 08:40}}   Urologist: {{NAME:Farouk}}, Sami
A. ROI 1 (PI-RADS 5, L PZ mid): Adenocarcinoma, Gleason 4+3=7 (Grade Group 3), 3/3 cores, 65% of tissue, PNI present.
B. ROI 2 (PI-RADS 3, R TZ): Benign prostatic tissue.
C. L base: Adenocarcinoma, Gleason 3+4=7 (GG2), 1/2 cores, 10%, pattern 4 = 5%.
D. L mid: Adenocarcinoma, Gleason 4+3=7 (GG3), 2/2 cores, 40%.
E. L apex: HGPIN.
F-H. R base, R mid, R apex: Benign.
Comment: p63/AMACR on block C1 supports the diagnosis. Case shown to Dr. {{NAME:Lowenthal}}, who concurs.
PSA {{DATE:10/01/24}}: 11.4 ng/mL.
Faxed to {{FACILITY:Tidewater Urology Associates}} at {{FAX:757-555-0106}} on {{DATE:11/6/24}}.
{{NAME:Nadia Kovalenko}}, MD`,

  `GYN CYTOLOGY - ThinPrep Pap w/ reflex HPV
Pt {{NAME:DeShawna Pettiford}}   DOB {{DATE:06/23/1991}}   Acc {{ID:GC25-009183}}   Collected {{DATE:01/14/2025}}
Provider: {{NAME:Lorraine Okafor}}, CNM, {{FACILITY:Southside Family Health}}, {{ADDRESS:2300 W Broad St}}, {{LOCATION:Richmond}} VA {{ZIP:23220}}
LMP: {{DATE:12/29/24}}
Specimen adequacy: Satisfactory for evaluation; endocervical/transformation zone component present.
Interpretation: EPITHELIAL CELL ABNORMALITY. Low-grade squamous intraepithelial lesion (LSIL).
HPV high-risk: POSITIVE; HPV 16 negative, HPV 18 negative, other HR types positive.
Recommendation (ASCCP risk-based): colposcopy.
Screened by {{NAME:AWT}}, CT(ASCP)   Reviewed by {{NAME:Gordon Ishikawa}}, MD  {{DATE:1/17/2025}}
Billing: Medicaid ID {{HEALTH_PLAN:9988127443}}; acct {{ACCOUNT:GC-778120}}
Pt portal msg sent; preferred contact {{EMAIL:dpettiford91@mailbox.example}}.`,

  `US-GUIDED FNA, LEFT THYROID NODULE
Date {{DATE:2/18/2025}}   Pt {{NAME:Hannah E. Lindgren}}   MRN {{MRN:2029174}}   Acc {{ID:NG25-00871}}
Radiologist {{NAME:Tobias Marchetti}}, MD; on-site adequacy by {{NAME:Kim}} (cytotech)
Nodule: L mid, 1.5 cm, solid, hypoechoic, taller-than-wide, punctate echogenic foci: ACR TI-RADS TR5 (10 points).
25G, 4 passes, ROSE adequate after pass 2. Slides: 4 Diff-Quik air-dried, 4 Pap alcohol-fixed; needle rinse to CytoLyt for cell block.
CYTOLOGY DX: Bethesda category VI, malignant. Papillary thyroid carcinoma (nuclear grooves, pseudoinclusions, psammoma bodies).
Reviewed by {{NAME:V. Haddad}}, MD {{DATE:2/19/25}}.
Result called to pt's endocrinologist, Dr. {{NAME:Pauline Ashgrove}}, at 1610 on {{DATE:2/19/2025}}. Surgical referral to {{FACILITY:Fenwick Head and Neck Surgery}}.
Pt reached at {{PHONE:(617) 555-0133}}, husband {{NAME:Lars}} also on the line.`,

  `AUTOPSY REPORT (hospital, consented)
Autopsy No. {{ID:A25-017}}   Decedent: {{NAME:Ferdinand}} "{{NAME:Freddie}}" {{NAME:Castellucci}}, {{AGE:94}} y/o M
DOB {{DATE:3/9/1930}}   DOD {{DATE:3/21/2025 04:10}}   Autopsy {{DATE:3/22/2025 09:00}}
MRN {{MRN:00408812}}   Attending of record: {{NAME:Ruth Gallagher-Osei}}, MD
Consent by daughter {{NAME:Teresa Castellucci-Wynn}}, limited to chest and abdomen, no brain.
EXTERNAL: Elderly man, 168 cm, 61 kg. Healed midline sternotomy. L chest pacemaker, serial {{DEVICE:BSA770198}}, explanted and returned to manufacturer. Sacral pressure injury, stage 3.
INTERNAL: Heart 520 g, LV wall 1.8 cm, CABG x3; LIMA patent, SVG to RCA occluded. Healing transmural infarct of posterior LV (5-7 days). Lungs 780 g R / 690 g L, bilateral lower-lobe bronchopneumonia.
FINAL ANATOMIC DIAGNOSES:
1. Subacute myocardial infarction, posterior LV.
2. Bilateral bronchopneumonia.
3. Severe coronary atherosclerosis, s/p CABG.
Prosector: {{NAME:Ivo Schaerer}}, MD; autopsy tech {{NAME:D. Mbatha}}.
Body released to {{FACILITY:Donnelly & Sons Funeral Home}}, {{LOCATION:Scranton}}.`,

  `OFFICE OF THE MEDICAL EXAMINER - INVESTIGATIVE REPORT
ME Case #: {{ID:ME-2024-01193}}   Investigator: {{NAME:Kyle Brandt}} (badge {{ID:4471}})
Decedent: {{NAME:RASMUSSEN, TROY ALLEN}}   DOB {{DATE:12/08/1987}}   SSN {{SSN:512-88-3047}}
Report: {{DATE:07/04/2024 23:40}}   Pronounced 2318 by medic of {{FACILITY:Canyon County Paramedics}}
Scene: single-vehicle rollover, {{ADDRESS:mile marker 42, US-95 northbound}}, near {{LOCATION:Parma}}. 2011 pickup, plate {{VEHICLE:4C 77K2L}}, VIN {{VEHICLE:1FTFW1EF3BFA12345}}.
Driver's license {{LICENSE:RA448120K}} recovered from wallet. Belt not worn; airbag deployed.
Next of kin: mother, {{NAME:Darlene Rasmussen}}, {{ADDRESS:509 N Kimball Ave}}, {{LOCATION:Caldwell}} ID {{ZIP:83605}}, notified in person 0115 {{DATE:7/5}} with Deputy {{NAME:Salcido}}.
Toxicology: femoral blood + vitreous to {{FACILITY:Westridge Forensic Toxicology}} (req {{ID:TX-58830}}).
Scene photos (42) uploaded; facial ID photo {{PHOTO:ME24-01193_face_01.jpg}}.
Autopsy {{DATE:07/05/2024 0900}}, Dr. {{NAME:Abiodun Farrell}}.`,

  `BLOOD BANK - TYPE AND SCREEN / ANTIBODY IDENTIFICATION
Patient: {{NAME:Oyelaran, Funmilayo}}   MRN {{MRN:9004521}}   BB armband {{ID:BB-K77421}}
Collected {{DATE:06/11/2025 06:02}} by {{NAME:JRM}}   Received 0631   Location L&D triage
ABO/Rh: O POS
Antibody screen: POSITIVE (SCI, SCII 2+ at IAT)
Panel (11-cell, lot 25PC11, exp 2025-09-30): anti-Jk(a) identified (Kidd system); anti-E, anti-K, anti-Fy(a) ruled out. Auto control negative.
DAT polyspecific: negative.
Pt phenotype: Jk(a-), E-, K-.
History: G3P2, last delivery {{DATE:2019-03-02}} at {{FACILITY:Bellbrook Women's Hospital}}; no antibody on file there per phone call with their BB lead {{NAME:Sharon}} ({{PHONE:937-555-0158}}). Records requested by fax {{FAX:937-555-0184}}.
Crossmatch: 2 units Jk(a-) by antisera, AHG crossmatch compatible: {{ID:W0417 25 118842}} and {{ID:W0417 25 118903}}.
Comment: Anti-Jka can cause delayed hemolytic transfusion reactions. Antibody wallet card issued; notified Dr. {{NAME:Esperanza Vidal-Moore}} (OB) at 0812 on {{DATE:6/11/25}}.
Tech {{NAME:Marcy Olafsson}} MLS(ASCP)   Reviewed {{NAME:B. Rossi}}, MD, transfusion medicine`,

  `TRANSFUSION REACTION INVESTIGATION
Recipient: {{NAME:HUANG, MEI-LING}}   MRN {{MRN:30117786}}   DOB {{DATE:09/09/1944}}   Unit 5E rm 512
Product: RBC, leukoreduced, unit {{ID:W1123 24 884102}}, O NEG, issued {{DATE:12/03/2024 14:05}}, spiked 1420 by {{NAME:Alma Ruiz}} RN
Reaction at 1448 after ~90 mL: T 37.1 -> 38.9 C, rigors, BP 148/82 -> 96/50, back pain. Transfusion stopped, line kept open with NS. Rapid response called.
Clerical check: armband, tag and requisition match; bedside barcode scan logged to pump s/n {{DEVICE:ALR-8100-55391}}.
Post-rxn sample {{DATE:12/03/24 15:10}}: plasma visibly hemolyzed; DAT IgG 2+, C3 neg. Repeat ABO on pre and post samples: A POS (pre), A POS (post). Unit segment retyped O NEG. Eluate: anti-Jk(b). Antibody screen now positive.
LDH 980, haptoglobin < 10, T bili 2.9. UA: hemoglobinuria.
Bag and set sent to micro for Gram stain and culture (no organisms seen).
Interpretation: acute hemolytic transfusion reaction due to anamnestic anti-Jkb; no ABO incompatibility.
Reported to hospital transfusion committee and to supplier {{FACILITY:Great Lakes Regional Blood Center}} on {{DATE:12/4/2024}}, ref {{ID:GLR-TR-2024-0311}}.
Called to Dr. {{NAME:Obinna Eze}} (hospitalist) at 1640.
Medical director: {{NAME:Hildegard Voss}}, MD`,

  `MTP LOG - MASSIVE TRANSFUSION PROTOCOL
Trauma alias: {{NAME:TANGO, ZULU}}   temp MRN {{MRN:T-998812}}   later ID'd as {{NAME:Reginald Okoye-Simms}} (merged {{DATE:8/19/2024}})
MTP activated {{DATE:08/18/2024 23:52}} by Dr. {{NAME:Whitcombe}} (trauma), runner {{NAME:Jaylen}}
Cooler 1 out 2356: RBC O NEG {{ID:W0334 24 551201}}, {{ID:W0334 24 551207}}, {{ID:W0334 24 551219}}, {{ID:W0334 24 551220}}; plasma A {{ID:W0334 24 770418}} x2 thawed; plts apheresis {{ID:W0334 24 902215}}.
Cooler 2 out 0014: RBC O POS x4 (male, >50 y est. age), plasma AB x4.
Type: B POS confirmed 0021 on 2nd sample; switched to type-specific at cooler 3.
TEG 0030: R 9.8, MA 48, LY30 4%. Cryo 10 units pooled.
MTP stopped 0140 by Dr. {{NAME:Whitcombe}}. Total RBC 14, plasma 12, plt 2, cryo 10.
Returned unused: 2 plasma (cooler temp 4.1 C, within range, reissuable).
Antibody screen negative. Emergency release form signed {{DATE:8/19/24}}.
BB tech on shift: {{NAME:Q. Lindahl}}, {{NAME:R. Baptiste}}`,

  `MICROBIOLOGY - POSITIVE BLOOD CULTURE ** CRITICAL **
Patient: {{NAME:Santiago Villaseñor}}   MRN {{MRN:4427710}}   Acc {{ID:MB25-0331-0087}}
Collected {{DATE:03/31/2025 19:20}} (peripheral, L AC) by {{NAME:D. Kowal}}, RN
Bottle: aerobic, positive at 14.2 h (instrument BacT/ALERT VIRTUO s/n {{DEVICE:VRT-0042217}})
Gram stain: Gram-positive cocci in clusters.
Rapid PCR (BCID2): Staphylococcus aureus DETECTED; mecA/C and MREJ DETECTED (MRSA).
Critical value called to {{NAME:Kendra}} RN, 6 North, at 0947 on {{DATE:4/1/2025}}, read back; provider Dr. {{NAME:Abdirahman}} notified by RN 0955.
Anaerobic bottle and 2nd set (R hand) pending.
ID pharmacy (PharmD {{NAME:Ellis Tran-Whitaker}}, pager {{PHONE:555-0141}}) reviewed: recommend vancomycin AUC-dosed, TTE, repeat cultures q24h until clear.
Final susceptibilities ({{DATE:4/3/25}}): oxacillin R, vancomycin S (MIC 1), daptomycin S, TMP-SMX S, clindamycin R (D-test +).
Tech: {{NAME:BPK}}    Micro director: {{NAME:Yolanda Prieto-Sandoval}}, PhD, D(ABMM)`,


  `NICU - CSF CELL COUNT / GRAM STAIN / CULTURE
Pt: Baby Boy {{NAME:Achterberg}} (mother {{NAME:Lena Achterberg}}, MRN {{MRN:7781204}})   Infant MRN {{MRN:7781299}}
DOB {{DATE:10/27/2024 03:16}}   LP {{DATE:10/29/2024 11:05}}   Acc {{ID:MB24-1029-0412}}
LP by NNP {{NAME:Corinne Voisard}}, tube 1-4.
Tube 3 (micro): Gram stain: many PMNs, Gram-negative rods.
Tube 4 (cell count): WBC 2,410 (N 88%), RBC 65. Glucose 11 mg/dL, protein 311 mg/dL.
Culture ({{DATE:10/30}}): Escherichia coli, heavy growth. K1 antigen positive (send-out).
Susceptibility: ampicillin R, cefotaxime S, ceftazidime S, gentamicin S, meropenem S. ESBL screen negative.
Critical call: Gram stain called to NICU charge RN {{NAME:Bettina}} at 1238 on {{DATE:10/29/2024}}; culture ID called to Dr. {{NAME:Fofanah}} {{DATE:10/30/24 09:40}}.
Maternal GBS neg; maternal urine culture from {{FACILITY:Dunmore OB-GYN}} on {{DATE:10/2/24}} grew E. coli, same antibiogram.
Reported by {{NAME:S. Ekwueme}}, MLS`,

  `HEREDITARY CANCER PANEL - GERMLINE RESULT
Lab: {{FACILITY:Northgate Molecular Diagnostics}}, {{ADDRESS:900 Innovation Way}}, {{LOCATION:Salt Lake City}}, UT {{ZIP:84108}}   CLIA 46D0000000
Patient: {{NAME:Abigail Rose Fenwick-Tate}}   DOB {{DATE:July 2, 1984}}   Lab ID {{ID:NG-24-771039}}
Ordering: {{NAME:Lucia Montenegro}}, MS, CGC   Specimen: saliva, received {{DATE:08/12/2024}}
RESULT: POSITIVE - pathogenic variant detected
Gene: BRCA2   Variant: c.5946del (p.Ser1982Argfs*22)   Zygosity: heterozygous   Classification: Pathogenic
No other P/LP variants in 47 genes (incl. ATM, BRCA1, CHEK2, PALB2, TP53). VUS: none.
Pedigree summary (from requisition):
- Mother {{NAME:Deborah Fenwick}}, ovarian ca dx 51, deceased at 56
- Maternal aunt {{NAME:Carol Ann Pruett}}, breast ca dx 39
- Sister {{NAME:Megan Fenwick-Ruiz}}, 36, unaffected, not tested
- Maternal grandfather {{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Fenwick}}, prostate ca dx 62
Cascade testing: family letters issued for {{NAME:Megan}} and {{NAME:Carol Ann}}; no-cost testing code {{ID:FAM-24-0881}} valid 90 days.
Signed out: {{NAME:Thaddeus Olumide}}, PhD, FACMG   {{DATE:08/27/2024}}`,

  `SOMATIC TUMOR PROFILING (NGS, 523-gene DNA/RNA panel)
Patient: {{NAME:Iqbal, Farhan}}   MRN {{MRN:5518802}}   DOB {{DATE:1966/04/28}}
Specimen: {{ID:SP24-022916}} block B2, pancreas head (Whipple), tumor content 30%   Collected {{DATE:10-Sep-2024}}
Ordering: {{NAME:Greta Lindqvist}}, MD, {{FACILITY:Bayfront Oncology Associates}}
Reported: {{DATE:2024-10-01}}   Lab accession {{ID:NGS-0924-3318}}
Results:
- KRAS p.G12D (c.35G>A), VAF 18%, Tier I
- TP53 p.R273H, VAF 21%
- CDKN2A homozygous deletion
- SMAD4 p.R361H, VAF 16%
TMB 3.1 mut/Mb (low). MSI stable. No NTRK, NRG1 or ALK fusions. HRD score negative.
Therapeutic implications: KRAS G12D - clinical trials only; no FDA-approved matched therapy in this tumor type.
Germline follow-up suggested for TP53 if VAF near 50% on repeat (not the case here).
Full report: {{URL:https://portal.northgatemdx.example/r/NGS-0924-3318}}
Questions: molecular pathologist {{NAME:Oren Abadi}}, MD, {{PHONE:801-555-0175}}, {{EMAIL:oabadi@northgatemdx.example}}`,

  `FORENSIC DRUG TESTING CUSTODY AND CONTROL FORM (non-federal copy)
Specimen ID {{ID:7731045}}   Collection site: {{FACILITY:QuickCheck Occupational Health}}, {{ADDRESS:3100 S Cooper St Ste 4}}, {{LOCATION:Arlington}} TX {{ZIP:76015}}
Donor: {{NAME:Tremaine L. Hollis}}   Donor CDL {{LICENSE:48820193}} (TX)   Employer: {{FACILITY:Red Mesa Freight Lines}}
Reason: post-accident   Collector: {{NAME:Yolanda Espinoza-Grant}}  {{PHONE:817-555-0122}}
Temp 32-38 C within 4 min: yes. Split specimen: bottles A and B sealed with tamper-evident tape, initialed by donor "{{NAME:TLH}}".
Chain of custody:
{{DATE:02/06/2025 07:42}} released by collector {{NAME:YEG}} to courier {{NAME:M. Duarte}} (tracking {{ID:1Z88X40E0311945512}})
{{DATE:02/06/2025 19:05}} received at lab by {{NAME:K. Sandoval}}, seal intact, no fatal flaws
Results: THC-COOH positive 22 ng/mL by GC-MS (cutoff 15); amphetamines, cocaine, opiates, PCP negative. Creatinine 88 mg/dL, SG 1.018.
MRO: Dr. {{NAME:Ahmed Saleem}} interviewed donor by phone {{DATE:2/10/25}}; no legitimate medical explanation; verified positive. Reported to employer DER {{NAME:Connie Vasquez}} by fax {{FAX:817-555-0181}}.`,

  `REFERENCE LABORATORY REQUISITION
Bill to: [x] Insurance  [ ] Client  [ ] Patient
Client: {{FACILITY:Hollis Regional Medical Center Laboratory}}   client acct {{ACCOUNT:C-40071}}
Patient: {{NAME:Pettijohn, Leona Mae}}   Sex F   DOB {{DATE:10/31/1933}}   Age {{AGE:91}}
Address: {{ADDRESS:14 Birch Hollow Ln}}, {{LOCATION:Tunkhannock}}, PA {{ZIP:18657}}   Ph {{PHONE:570-555-0194}}
Primary: Medicare Part B   MBI {{HEALTH_PLAN:4TE9GH2KM71}}
Secondary: Keystone Senior Plus   member # {{HEALTH_PLAN:KSP008812734}}
Ordering: {{NAME:Nathaniel Bodine}}, MD   NPI {{LICENSE:1679543210}}
Tests: SPEP w/ IFE (CPT 84165, 86334); free kappa/lambda (83883 x2)
ICD-10: D47.2, R77.8
Specimen: serum, 2 x 1 mL, frozen. Collected {{DATE:03/17/2025 08:15}} by {{NAME:AR}}
Client specimen # {{ID:HR25-0317-1188}}   Ref lab req # {{ID:RQ-5523091}}
ABN signed: yes (copy in chart). Courier pickup 1400, box at -20 C.`,

  `CHEMISTRY QC REVIEW - WEEKLY    week of {{DATE:01/13/2025}}
Analyzer: cobas c503 #2, serial {{DEVICE:C503-1870-44}}   Core lab, {{FACILITY:St. Ambrose Hospital}}
Reviewer: {{NAME:Patrice Nwachukwu}}, MT(ASCP), lead tech
Date | Analyte | Lvl | Value | Mean +/- 2SD | Rule | Action | Tech
{{DATE:1/13}} | K | L2 | 6.42 | 6.10 +/- 0.24 | 1-2s | rerun 6.18, accepted | {{NAME:DH}}
{{DATE:1/14}} | Creat | L1 | 1.21 | 0.98 +/- 0.10 | 2-2s w/ L2 | recal, reagent lot 8812 | {{NAME:mmo}}
{{DATE:1/15}} | ALT | L2 | 142 | 150 +/- 12 | none | - | {{NAME:DH}}
{{DATE:1/16}} | hsTnT | L1 | 27 | 25 +/- 3 | none | - | {{NAME:J-P L}}
Patient look-back for creatinine {{DATE:1/14}} 0600-0915: 38 results reviewed; 2 corrected reports issued, acc {{ID:C25-0114-2231}} ({{NAME:Rivas, Ana}}) and {{ID:C25-0114-2290}} ({{NAME:Holcomb, T.}}); ordering providers Dr. {{NAME:Greer}} and Dr. {{NAME:Ibe}} notified.
Westgard violations this week: 2. Levey-Jennings charts filed.
Medical director sign-off: {{NAME:A. Sokolowski}}, MD  {{DATE:1/20/2025}}`,

  `SEND-OUT LOG   {{DATE:Tue 4/22/2025}}   Bench: referral   Packed: {{NAME:Ofelia}} / checked: {{NAME:RW}}
# | Patient | MRN | Test | Ref lab | Req # | Temp
1 | {{NAME:ZAMORA, Ezequiel}} | {{MRN:6120983}} | QuantiFERON-TB Plus | {{FACILITY:Cordillera Reference Labs}} | {{ID:CRL-881204}} | refrig
2 | {{NAME:Bui, Thanh}} | {{MRN:6088121}} | anti-NMDA-R, CSF | {{FACILITY:Cordillera Reference Labs}} | {{ID:CRL-881205}} | frozen
3 | {{NAME:O'Rourke, Siobhan}} | {{MRN:5011873}} | F5 Leiden / F2 G20210A | {{FACILITY:Tri-County Genetics}} | {{ID:TCG-22019}} | ambient
4 | {{NAME:Kim, J.}} | {{MRN:6123377}} | Vitamin B1, whole blood | {{FACILITY:Cordillera Reference Labs}} | {{ID:CRL-881206}} | frozen, protect from light
Courier: {{FACILITY:Apex Medical Courier}} pickup 1530, manifest {{ID:AMC-0422-77}}
Note: #2 CSF only 0.6 mL (min 1.0 mL) - called Dr. {{NAME:Pham}} (ext {{PHONE:3318}}), ok to send, ref lab may report QNS.
Dry ice 2.5 kg. Temp logger attached.`,

  `Subject: PACS downtime tonight / study routing -- night readers please read
From: {{NAME:Brent Okafor-Lyle}} <{{EMAIL:bokaforlyle@hollisregional.example}}>
Sent: {{DATE:Sunday, February 9, 2025 10:14 PM}}
To: rad-night list
All,
Primary PACS ({{IP:192.0.2.40}}) is down for upgrade from 2300 tonight until about 0300. During downtime:
- CT/MR from main campus auto-route to the backup archive {{IP:192.0.2.41}}; view in web viewer {{URL:https://pacsbackup.hollisregional.example/zfp}}
- Outpatient center ({{FACILITY:Hollis Imaging at Westfield}}) holds studies on the modality.
- {{FACILITY:Cascade Teleradiology}} pulls over VPN from {{IP:198.51.100.22}}.
Known stuck study: CT head {{ID:CT0209-99143}} ({{NAME:Delgado, Rosa}}, MRN {{MRN:7004412}}) did not transfer; tech {{NAME:Manny}} is re-sending from CT2 (s/n {{DEVICE:SOM-X-221087}}).
If dictation also fails, call reads to the ED at {{PHONE:555-0100}} and log them in the downtime binder.
On-call PACS admin: {{PHONE:(413) 555-0139}}.
Thanks, {{NAME:Brent}}`,

  `NM WHOLE BODY BONE SCAN
{{NAME:Abernathy, Wendell}}   {{MRN:10293847}}   {{DATE:11/26/2024}}   acc {{ID:NM24-1126-03}}
Radiopharmaceutical: 24.6 mCi Tc-99m MDP IV R antecubital 0905; imaging 1210. Tech {{NAME:Gloria Baptiste-Ng}}, CNMT. Camera s/n {{DEVICE:SYM-T2-07741}}.
Hx: new prostate adenocarcinoma, Gleason 4+3=7, PSA 11.4. Staging. Pt reports a fall at grandson {{NAME:Jamal}}'s house in {{LOCATION:Chesapeake}} about 3 wks ago.
Comparison: none. CT A/P {{DATE:11/20/2024}} available.
Findings: Physiologic distribution. Focal uptake R 6th rib anterolaterally, corresponding on CT to a healing fracture. Degenerative uptake at both knees and L4-5 facets. No pattern of osseous metastatic disease. Kidneys visualized, symmetric.
IMPRESSION: No scintigraphic evidence of osseous metastases. R 6th rib uptake is likely traumatic.
Read: {{NAME:Lucinda Harrow-Patel}}, MD   cc: Dr. {{NAME:Sami Farouk}}, {{FACILITY:Tidewater Urology Associates}}`,

  `PET/CT SKULL BASE TO MID-THIGH (FDG) - INTERIM, AFTER 2 CYCLES
{{NAME:Ngata, Aroha}} | F | MRN {{MRN:8810442}} | Acc {{ID:PT25-00712}} | {{DATE:06 May 2025}}
Referring: Dr. {{NAME:Keoni Makoa}}, {{FACILITY:Leeward Hematology}}
FDG 11.2 mCi at 0810, glucose 94 mg/dL, uptake 62 min. Scanner s/n {{DEVICE:BV600-3391}}.
Hx: cHL nodular sclerosis, stage IIA bulky mediastinal, ABVD x2 (C1D1 {{DATE:3/4/25}}).
Comparison: baseline PET/CT {{DATE:02/20/2025}}, outside, from {{FACILITY:Makai Diagnostic Imaging}}.
Findings: Mediastinal mass 10.8 x 6.1 cm, now 6.2 x 3.4 cm; SUVmax 14.8, now 2.4 (mediastinal blood pool 1.9, liver 2.8). L supraclavicular (Virchow) node resolved. Spleen homogeneous. Diffuse marrow uptake c/w G-CSF.
IMPRESSION: Deauville score 2. Complete metabolic response (Lugano).
Discussed with Dr. {{NAME:Makoa}} by phone {{DATE:5/6/25 1530}}.
{{NAME:Wiremu Tane-Holloway}}, MD, nuclear medicine`,

  `VIDEOFLUOROSCOPIC SWALLOW STUDY (MBSS)
Pt: {{NAME:Ignatius Oduya}}, {{AGE:92}}M   MRN {{MRN:3320981}}   date {{DATE:9-17-24}}
SLP: {{NAME:Harriet Lam}}, MS, CCC-SLP   Radiologist: {{NAME:B. Eriksen}}, MD   Fluoro 1.9 min
Hx: L MCA stroke {{DATE:9/2/24}}, coughing with thin liquids; from {{FACILITY:Maple Terrace Nursing & Rehab}}.
Consistencies: thin (cup, straw), mildly thick, puree, soft solid.
Findings: Penetration-Aspiration Scale 7 with thin via cup (silent). PAS 3 with mildly thick. Moderate vallecular residue with puree; mild pyriform residue. No Zenker diverticulum. Slow esophageal clearance.
Recs: IDDSI level 2 liquids, level 5 minced & moist; chin tuck; meds crushed in puree; full supervision. Repeat in 4-6 wks.
Daughter {{NAME:Comfort Oduya-Banks}} attended; education given; her cell {{PHONE:215-555-0167}}. Report faxed to facility at {{FAX:215-555-0168}}.`,

  `DXA BONE DENSITOMETRY
{{NAME:Yamamoto-Reilly, Setsuko}}   DOB {{DATE:12/12/1948}}   Exam {{DATE:03/03/2025}}   MRN {{MRN:2200419}}
Scanner s/n {{DEVICE:301877M}}   Tech: {{NAME:K. Ostrowski}}
Clinical: postmenopausal; L distal radius (Colles) fx {{DATE:2021-11-08}}; alendronate since 2022.
Site | BMD g/cm2 | T | Z | change vs {{DATE:02/17/2023}}
L1-L4 | 0.812 | -2.2 | -0.4 | +2.9% (significant; LSC 2.3%)
L femoral neck | 0.611 | -2.4 | -0.5 | +0.8% (NS)
L total hip | 0.702 | -2.0 | -0.3 | +1.1% (NS)
FRAX with BMD: major osteoporotic 18%, hip 4.1%.
IMPRESSION: Osteopenia by WHO T-score criteria; with prior fragility fracture, clinical osteoporosis. Significant gain in spine BMD since prior.
Prior exam performed at {{FACILITY:Mission Hills Women's Health}}, {{LOCATION:Fresno}}.
Read by {{NAME:Rajiv Menon-Castle}}, MD, CCD.  cc Dr. {{NAME:Oyelowo}}`,

  `CT CARDIAC CALCIUM SCORE (self-referred screening)
name {{NAME:Bartholomew Kuykendall}}   dob {{DATE:8/8/1961}}   mrn {{MRN:0092-7715}}   exam {{DATE:07/22/2024}}
acc {{ID:CT072224-CAC-19}}   site {{FACILITY:Lakeshore Heart & Vascular}}, {{ADDRESS:6200 Dempster St}}, {{LOCATION:Morton Grove}} IL {{ZIP:60053}}
PCP for results: Dr. {{NAME:Ines Barros}}
Technique: prospective ECG gating, 120 kVp, 3 mm. HR 58.
Agatston: LM 0, LAD 142, LCx 18, RCA 61. Total 221. Volume 190 mm3. MESA percentile 78th for age/sex/race.
Extracardiac: 4 mm LLL solid nodule (image 22), low-risk pt, no routine f/u per Fleischner. Small hiatal hernia.
IMPRESSION: CAC 221, moderate plaque burden (CAC-DRS A2/N3). Consider statin per guidelines; discuss with PCP.
Self-pay receipt {{ACCOUNT:RCPT-448102}}.
Results e-mailed to pt at {{EMAIL:bkuykendall61@inbox.example}} and mailed.
Read by {{NAME:Tamsin Greaves}}, MD   {{DATE:7/22/24 16:48}}`,

  `MRI PROSTATE MULTIPARAMETRIC W/WO
Pt: {{NAME:ECHEVERRIA, LUIS ANGEL}}   MRN {{MRN:56610238}}   DOB {{DATE:04/01/1957}}   Exam {{DATE:09/10/2024 13:30}}
Acc {{ID:MR24-55120}}   3T, s/n {{DEVICE:MAG3T-77A402}}   Referring: {{NAME:Farouk}}, S.
Hx: PSA 7.9 ({{DATE:Aug 2024}}), 5.1 in 2022. Prior neg TRUS bx at outside facility.
Prostate volume 49 mL (ellipsoid). PSA density 0.16.
Lesion 1: L PZpl mid, 1.3 cm, markedly hypointense on ADC (ADC 680), marked DWI hyperintensity, early enhancement. PI-RADS 5. Abuts capsule, no definite EPE.
Lesion 2: R TZa apex, 0.8 cm, PI-RADS 3.
Seminal vesicles and NV bundles normal. No pelvic adenopathy. No suspicious bone lesion.
IMPRESSION: PI-RADS 5 lesion L PZpl mid; PI-RADS 3 R TZa. Recommend targeted biopsy.
Fusion bx scheduled {{DATE:Nov 4}} at {{FACILITY:Tidewater Urology Associates}}.
Contours sent to fusion workstation {{IP:198.51.100.131}}.
{{NAME:Tobias Marchetti}}, MD`,

  `MRI ABDOMEN (LIVER) W/WO GADOXETATE
Patient {{NAME:McAllister, Gordon}}   MRN {{MRN:0049-221-87}}   Date {{DATE:01/08/2025}}   Acc {{ID:MR25-00218}}
Indication: cirrhosis s/p TIPS {{DATE:5/21/24}}; AFP 42 (from 8). HCC surveillance.
Comparison: US {{DATE:7/10/2024}}; CT A/P {{DATE:5/20/2024}}.
Findings: Cirrhotic morphology. TIPS patent.
Obs 1 (seg VIII, series 9 im 31): 2.4 cm, nonrim APHE, nonperipheral washout, enhancing capsule, threshold growth (1.3 cm on {{DATE:5/20/2024}}). LR-5.
Obs 2 (seg III): 0.9 cm, APHE without washout. LR-3.
Portal vein patent, no tumor in vein. Spleen 15.8 cm. Small ascites.
IMPRESSION: LR-5 observation seg VIII (definite HCC), within Milan criteria. LR-3 seg III.
Unexpected finding communicated to Dr. {{NAME:Yeh}} (GI) at 1605 on {{DATE:1/8/25}}. Tumor board {{DATE:1/14/25}}; referral to {{FACILITY:Allegheny Valley Transplant Institute}}, fax {{FAX:412-555-0193}}.
Wife {{NAME:Fiona}} asked for results at {{EMAIL:fiona.mcallister@inbox.example}}; declined per policy, portal advised.
{{NAME:Vikram Choudhury}}, MD`,

  `OB US 2ND TRIMESTER ANATOMY SURVEY
Pt: {{NAME:Nguyen Thi Hoa}}   DOB {{DATE:11/03/1995}}   MRN {{MRN:3398122}}   G2P1
LMP {{DATE:01/19/2025}}   EDD by LMP {{DATE:10/26/2025}}; by 1st tri US {{DATE:10/24/2025}} (assigned)
Exam {{DATE:06/09/2025}}   GA 20w1d   Sonographer: {{NAME:Tiffani}}, RDMS
Single live IUP, cephalic. FHR 148.
Biometry: BPD 47 mm, HC 176 mm, AC 150 mm, FL 33 mm; EFW 341 g (46th %ile, Hadlock).
Placenta posterior fundal, no previa. MVP 5.1 cm. Cervix 3.8 cm TV.
Anatomy complete except facial profile (fetal position). Isolated L choroid plexus cyst 6 mm. Four-chamber heart and outflow tracts normal.
IMPRESSION: Appropriate growth. Isolated CPC; low-risk cfDNA ({{DATE:3/28/25}}), no further workup. Return in 4 wks for profile.
Vietnamese interpreter by phone. Husband {{NAME:Tran Van Minh}} present; ok to discuss results with him.
{{NAME:Hyun-woo Baek}}, MD, MFM   {{FACILITY:Riverside Perinatal Center}}`,

  `XR SKELETAL SURVEY, COMPLETE (NAT protocol)
Patient: {{NAME:BRODY, KAYDEN J}}   Age 4 mo   MRN {{MRN:90017742}}   DOB {{DATE:02/14/2025}}
Exam {{DATE:06/18/2025 09:30}}   Acc {{ID:XR250618-0442}}   Ordering: {{NAME:Shauna Petrakis}}, MD (child protection team)
Comparison: CT head {{DATE:06/17/2025}}.
Findings: Healing posterior R 5th-7th rib fractures with callus (approx 2-3 wks). Classic metaphyseal lesions of distal L femur (corner) and proximal R tibia (bucket-handle). R parietal linear skull fracture, as on CT. No other fracture.
IMPRESSION: Multiple fractures of differing ages, highly specific for non-accidental trauma.
Communication: discussed with Dr. {{NAME:Petrakis}} at 1015 on {{DATE:6/18/2025}}. CPS report filed by SW {{NAME:Dolores Ybarra}}, intake ID {{ID:CPS-25-0618-3342}}.
Mother {{NAME:Ashlyn Brody}} and her boyfriend "{{NAME:TJ}}" at bedside; not informed of details per CPT request.
Follow-up skeletal survey in 2 wks ({{DATE:7/2}}).
{{NAME:Adaeze Nwosu}}, MD, pediatric radiology`,

  `icu portable cxr reads, overnight {{DATE:3/12-3/13}}  (dr {{NAME:okafor}}, remote, ws {{IP:198.51.100.47}})
bed 1 {{NAME:lindqvist, e}} {{MRN:4419921}} 0214: ett 4.1 cm above carina. ngt in stomach. r ij tip svc. low vols, bibasilar atx. no ptx.
bed 3 {{NAME:garcia-pinto, r}} {{MRN:4408716}} 0230: new r chest tube, small residual apical ptx ~1 cm, sq air r chest wall. called dr {{NAME:hsu}} 0241, ok.
bed 4 mr. {{NAME:abdi}} {{MRN:4423107}} 0305: worse bilat airspace dz, ards vs edema; cf {{DATE:3/11}}.
bed 7 {{NAME:ho, w.}} {{MRN:4431190}} 0410: ETT IN R MAINSTEM, 1.2 cm below carina. called RT {{NAME:jimmy}} + rn {{NAME:sade}} 0413, pulled back 3 cm; repeat 0440 ok, 3.8 cm above carina.
bed 9 "{{NAME:sonny}}" {{NAME:o'neill}} - wrong pt label on image, study put on hold; tech {{NAME:rosa}} to relabel (acc {{ID:XR0313-11872}}).
bed 11 {{NAME:pettit}} 0520: stable. picc tip cavoatrial jxn.
- {{NAME:fo}}`,

  `{{FACILITY:Hollis Regional Medical Center}} - Department of Radiology
{{ADDRESS:2 Hospital Dr}}, {{LOCATION:Holyoke}}, MA {{ZIP:01040}}   tel {{PHONE:413-555-0100}}   fax {{FAX:413-555-0199}}
{{DATE:April 28, 2025}}
To: Medical Records / Film Library, {{FACILITY:Berkshire Valley Hospital}}
Re: {{NAME:Delacroix, Jean-Baptiste}}, DOB {{DATE:05/05/1949}}
Our MRN {{MRN:5109927}}; your MRN per patient {{MRN:BV-00381177}}
Request: please send the DICOM images (not only the reports) for CT chest {{DATE:03/2023}} and MRI L-spine {{DATE:11/2021}}, by electronic share to {{URL:https://imageshare.hollisregional.example/upload/hrmc-rad}} or on CD mailed to the attention of {{NAME:Norah}}, film library.
Reason: comparison for new CT chest {{DATE:4/24/25}} (acc {{ID:CT0424-30018}}) showing a 2.1 cm LUL part-solid nodule; prior imaging needed to assess growth before tumor board on {{DATE:May 6}}.
Patient signed authorization on {{DATE:4/25/25}} (attached, 1 page).
Thank you,
{{NAME:Norah Fitzpatrick-Oyo}}, image management, direct {{PHONE:413-555-0126}}`,

  `RADIOLOGY PEER REVIEW - CONFIDENTIAL QI DOCUMENT
Case ID {{ID:PR-2025-0119}}   Original exam: CT head w/o {{DATE:01/02/2025 03:11}}, acc {{ID:CT0102-66721}}
Patient {{NAME:Delgado, Rosa}}, MRN {{MRN:7004412}}, {{AGE:90}} F, on apixaban, fall at {{FACILITY:Sunnyvale Manor}}
Original reader: Dr. {{NAME:H. Vinke}} ({{FACILITY:Cascade Teleradiology}})   Reviewer: Dr. {{NAME:T. Marchetti}}
Original impression: "No acute intracranial abnormality."
Discrepancy: 4 mm L parafalcine subdural hematoma (series 2 image 18) not described; seen on f/u CT {{DATE:1/3/25}} and unchanged.
RADPEER score: 2b (miss, likely clinically significant).
Clinical impact: apixaban held {{DATE:1/3}}; no neurosurgical intervention. Family (son {{NAME:Ramon Delgado}}) informed by hospitalist on {{DATE:1/4/2025}}.
Action: feedback letter to reader; case for M&M conference {{DATE:Feb 12}}.
Committee chair: {{NAME:Leontyne Abara}}, MD`,

  `{{DATE:January 10, 2025}}
Ms. {{NAME:Dolores Iturbe}}
{{ADDRESS:402 Calle Sol, Apt 3}}
{{LOCATION:Española}}, NM {{ZIP:87532}}
Dear Ms. {{NAME:Iturbe}},
Thank you for having your screening mammogram at {{FACILITY:Rio Grande Breast Imaging}} on {{DATE:January 6, 2025}}. Your exam showed an area that needs more pictures to be sure it is nothing to worry about. Most women called back (about 9 in 10) turn out not to have cancer. (BI-RADS 0, incomplete.)
Please call {{PHONE:505-555-0110}} to schedule a diagnostic mammogram and ultrasound. We have held {{DATE:Thursday, Jan 16}} at 8:40 AM for you.
Your provider, {{NAME:Carmen Trujillo-Baca}}, PA-C, has also received these results.
A copy of this letter is in your patient portal ({{URL:https://myhealth.riograndebreast.example}}).
Sincerely,
{{NAME:Eulalia Benavidez}}, MD, Breast Imaging
MRN {{MRN:77001264}}   Acc {{ID:MG250106-221}}
Este aviso también está disponible en español. Llame al {{PHONE:505-555-0111}}.`,

  `BONE MARROW ASPIRATE AND CORE BIOPSY, R POSTERIOR ILIAC CREST
Case {{ID:BM25-0087}} | {{NAME:ABRAMS, HERSHEL}} | {{AGE:90}} y.o. M | MRN {{MRN:1180456}} | procured {{DATE:02/04/2025}} by {{NAME:Ngozi Amadi}}, NP
CBC ({{DATE:2/4/25}}): WBC 2.1, Hgb 8.4, MCV 104, Plt 61. No circulating blasts.
Aspirate: cellular, spicular. Wright-Giemsa. M:E 1.6. Dyserythropoiesis (nuclear budding, megaloblastoid change) in 18% of erythroids; dysplastic megakaryocytes (hypolobated, micromegakaryocytes). Blasts 3% (500-cell differential). Ring sideroblasts 22% (Prussian blue).
Core: 60% cellular (expected ~20%). Reticulin MF-1.
Flow ({{ID:FC25-0211}}): no increased CD34+ blasts, no abnormal B or T cells.
Cytogenetics: 46,XY[20]. NGS: SF3B1 K700E VAF 31%, TET2 Q1274* VAF 12%.
DIAGNOSIS: Myelodysplastic neoplasm with low blasts and SF3B1 mutation (WHO 5th ed). IPSS-M moderate low.
Discussed with Dr. {{NAME:Levinson-Adu}} (heme-onc) {{DATE:2/11/2025}}; son {{NAME:Mordechai}} holds POA.
{{NAME:Constance Iheanacho}}, MD, hematopathology`,

  `FLOW CYTOMETRY - LEUKEMIA/LYMPHOMA PANEL
Specimen: peripheral blood, {{ID:FC25-0311-14}}, collected {{DATE:03/11/2025 07:30}}, received 0945
Patient {{NAME:Tsosie, Marvin}}   DOB {{DATE:6/30/1952}}   MRN {{MRN:62004417}}
Referring Dr. {{NAME:Ahiga Begay}}, {{FACILITY:Canyon Rim Family Clinic}}, {{LOCATION:Chinle}}, AZ
Lymphocytes 78% of events. Kappa-restricted B cells (62% of lymphs): CD5+, CD19+, CD20 dim, CD23+, CD200+, FMC7-, CD38-, surface Ig dim kappa.
Interpretation: Monoclonal B-cell population with CLL/SLL immunophenotype; absolute clonal B count 31.2 x10^9/L.
Recommend FISH CLL panel (sent {{DATE:3/12}}, req {{ID:RQ-5524417}}) and IGHV mutation status, TP53.
Acquired on cytometer s/n {{DEVICE:FL-R658112}} by {{NAME:T. Yazzie}}, MLS(ASCP)
Interpreted: {{NAME:Constance Iheanacho}}, MD   {{DATE:3/12/2025}}
Copy mailed to the referring clinic at {{ADDRESS:PO Box 587}}, {{LOCATION:Chinle}}, AZ {{ZIP:86503}}; pt's niece {{NAME:Shandiin}} to bring him to heme clinic.`,

  `NATIVE KIDNEY BIOPSY REPORT
Pt: {{NAME:Fatoumata Diallo-Baptiste}} | DOB {{DATE:1989-12-01}} | MRN {{MRN:3307741}} | Case {{ID:RB25-0044}}
Biopsy {{DATE:03/25/2025}} (US-guided, L lower pole, 16G x2, Dr. {{NAME:Vel}})   Nephrologist: {{NAME:Mateus Carvalho}}, MD
Clinical: SLE; proteinuria 3.8 g/d; Cr 1.6; active sediment; low C3/C4; anti-dsDNA 1:640.
LM: 38 glomeruli, 2 globally sclerosed. Endocapillary hypercellularity in 24/36 (67%); wire loops; 4 cellular crescents; karyorrhexis. IF/TA under 10%.
IF: full house: IgG 3+, IgA 2+, IgM 2+, C3 3+, C1q 3+, kappa and lambda 2+, granular capillary wall and mesangial.
EM: subendothelial, mesangial and scattered subepithelial deposits; tubuloreticular inclusions.
DIAGNOSIS: Lupus nephritis, ISN/RPS class IV + V. NIH activity 11/24, chronicity 2/12.
EM at {{FACILITY:Kessler Renal Pathology Lab}}, {{LOCATION:Chapel Hill}} (grids {{ID:EM-25-1107}}).
Prelim called to Dr. {{NAME:Carvalho}} on {{DATE:3/26/25}} at 1120.
{{NAME:Rebekah Stoltzfus}}, MD`,

  `DERMATOPATHOLOGY REPORT
{{FACILITY:Sawtooth Dermatopathology}} | {{ADDRESS:1450 W Bannock St, Ste 210}}, {{LOCATION:Boise}} ID {{ZIP:83702}} | ph {{PHONE:208-555-0170}} fax {{FAX:208-555-0171}}
Patient: {{NAME:Thorvaldsen, Kjersti}}   DOB {{DATE:1979-02-27}}   Acc {{ID:DP25-10442}}   Chart # {{MRN:SD-118203}}
Submitting: {{NAME:Quentin Lavallee}}, PA-C, {{FACILITY:Treasure Valley Skin}}   Collected {{DATE:05/12/2025}}   Received {{DATE:05/13/2025}}
Site: L upper back, deep shave. Clinical: changing pigmented lesion, r/o MM.
Gross: tan-brown shave 0.9 x 0.7 x 0.2 cm, inked, trisected, entirely submitted in A1.
DIAGNOSIS: MALIGNANT MELANOMA, superficial spreading type, invasive.
- Breslow 0.9 mm; Clark level IV
- Ulceration absent; mitoses 2/mm2
- Microsatellites none; LVI none; partial regression
- Deep margin involved by invasive melanoma; peripheral margins involved by melanoma in situ
- pT1b (AJCC 8th)
Comment: SOX10 and PRAME support the diagnosis. Consensus with Dr. {{NAME:Haruto Imai}}. Recommend WLE; SLNB discussion per NCCN.
Called to {{NAME:Quentin}} at the clinic 1445 {{DATE:5/15}}.
Signed {{NAME:Beatrix Quarshie}}, MD   {{DATE:05/15/2025 14:20}}`,

  `PLACENTA, SINGLETON, 36w4d
Mother: {{NAME:Oyelaran, Funmilayo}}   MRN {{MRN:9004521}}   Delivered {{DATE:6/14/2025 21:07}} (C/S)   Case {{ID:PL25-0391}}
Infant: Baby Girl {{NAME:Oyelaran}}, MRN {{MRN:9004588}}, 2,190 g, Apgars 6/8
OB: Dr. {{NAME:Vidal-Moore}}   Indication: preeclampsia with severe features, FGR, maternal anti-Jka.
Gross: Trimmed placenta 312 g (<10th %ile for GA). Membranes marginally inserted, translucent. Cord 3-vessel, 38 cm, eccentric. Maternal surface: 2.1 cm firm tan infarct; 4 cm retroplacental clot with indentation.
Cassettes: A1 cord and membrane roll; A2-A3 normal full thickness; A4 infarct; A5 clot.
Micro: Maternal vascular malperfusion: distal villous hypoplasia, increased syncytial knots, accelerated villous maturation, decidual arteriopathy (fibrinoid necrosis, acute atherosis). Findings support abruption. No chorioamnionitis.
DX: Small-for-GA placenta with MVM, infarct and retroplacental hematoma.
Grossed by {{NAME:LMB}}; dx by {{NAME:Sunniva Hartmann}}, MD  {{DATE:6/18/25}}`,

  `CYTOGENETICS - PRENATAL (AMNIOTIC FLUID)
Lab # {{ID:CG25-A0219}}   Received {{DATE:Feb 20, 2025}}   Reported {{DATE:Mar 3, 2025}}
Patient: {{NAME:Rivka Blumenfeld}}   DOB {{DATE:9/16/1985}}   MRN {{MRN:4109336}}   EDD {{DATE:7/11/25}}
Referring: {{NAME:Hyun-woo Baek}}, MD, {{FACILITY:Riverside Perinatal Center}}
Indication: AMA; cfDNA high risk for trisomy 18; US clenched hands, VSD.
Specimen: 20 mL clear amniotic fluid, {{DATE:2/19/2025}} at 16w2d, Dr. {{NAME:Baek}}.
FISH (13/18/21/X/Y): abnormal; three chr 18 signals in 48/50 nuclei.
Karyotype (G-banding, 550 bands, 20 colonies): 47,XX,+18.
Microarray: not performed.
Interpretation: Female fetus with trisomy 18 (Edwards syndrome).
FISH called to Dr. {{NAME:Baek}} by {{NAME:Perpetua Anokye}}, MS, CGC on {{DATE:02/22/2025}}; karyotype on {{DATE:03/03/2025}}. Pt and husband {{NAME:Avraham}} to meet genetics {{DATE:3/5}}.
Director: {{NAME:Zdenek Horak}}, PhD, FACMG`,

  `STATE NEWBORN SCREENING REPORT - OUT OF RANGE
Infant: Baby Boy {{NAME:Lopez-Aguilar}} (name pending)   DOB/time {{DATE:11/20/2024 04:52}}   M   BW 3,410 g
Kit # {{ID:NB2411-887341}}   Collected {{DATE:11/21/2024 06:10}} (26 h)   Received at state lab {{DATE:11/22/24}}
Mother: {{NAME:Araceli Lopez-Aguilar}}   DOB {{DATE:4/4/2001}}   Ph {{PHONE:915-555-0186}}
Birth facility: {{FACILITY:Sun City Women's & Infants}}
PCP on card: Dr. {{NAME:Ortega}}, {{FACILITY:Mesa Verde Pediatrics}}, fax {{FAX:915-555-0187}}
Results:
- Phenylalanine 14.2 mg/dL (cutoff < 2.1) ** CRITICAL **; Phe/Tyr 11.8
- TSH, 17-OHP, IRT, GALT, biotinidase, TREC, SMA, hemoglobin (FA): normal
Interpretation: Presumptive positive for phenylketonuria. Immediate referral to metabolic specialist.
Follow-up coordinator {{NAME:Kathleen Dunphy}}, RN called PCP office {{DATE:11/23/24 0915}} and {{FACILITY:Southwest Metabolic Clinic}}; family reached at home, {{ADDRESS:11203 Montwood Dr}}, {{LOCATION:El Paso}}.`,

  `HISTOCOMPATIBILITY LAB - HLA TYPING & CROSSMATCH
Recipient: {{NAME:Ahmed Al-Khatib}}   MRN {{MRN:8830214}}   ABO A+   cPRA 38%
Potential donor: brother {{NAME:Yousef Al-Khatib}}, donor # {{ID:LD25-0071}}, ABO A+, DOB {{DATE:03/15/1979}}
Typing (NGS, 2-field):
Recip: A*02:01, 24:02; B*35:01, 51:01; C*04:01, 14:02; DRB1*11:01, 13:02; DQB1*03:01, 06:04
Donor: A*02:01, 24:02; B*35:01, 08:01; C*04:01, 07:01; DRB1*11:01, 03:01; DQB1*03:01, 02:01
Mismatch 0-1-1 (A-B-DR), haploidentical.
Single antigen beads (serum {{DATE:4/2/2025}}): anti-B8 MFI 1,850 (weak DSA); anti-DQ2 MFI 600 (below cutoff).
Flow crossmatch {{DATE:4/9/2025}}: T-cell negative (MCS 22), B-cell weakly positive (MCS 190; cutoff 150).
Interpretation: low-level DSA to B8; desensitization vs paired exchange for selection committee {{DATE:4/16}}.
Results to coordinator {{NAME:Maribel Ocasio}}, RN {{PHONE:(614) 555-0145}}; copy to Dr. {{NAME:Odhiambo}}, {{FACILITY:Scioto Transplant Center}}.
Director {{NAME:Gunnar Aasheim}}, PhD, D(ABHI)`,

  `DNA RELATIONSHIP TESTING - COLLECTION RECORD / CHAIN OF CUSTODY
Case {{ID:PT-2025-04418}}   Site: {{FACILITY:Lakeside Legal DNA Collections}}, {{LOCATION:Toledo}}   Court order {{ID:DR-24-1187}}
Collected {{DATE:03/08/2025 10:15}} by {{NAME:Rhonda Kessler-Ames}}
Party | Name | DOB | ID | Photo | Thumbprint
AF | {{NAME:Darnell Wexford}} | {{DATE:07/21/1990}} | OH DL {{LICENSE:SR482019}} | {{PHOTO:PT2025-04418_AF.jpg}} | {{BIOMETRIC:FP-AF-88120-R1}}
M | {{NAME:Kiara Simmons}} | {{DATE:01/03/1993}} | state ID {{ID:SK774102}} | {{PHOTO:PT2025-04418_M.jpg}} | {{BIOMETRIC:FP-M-88121-R1}}
C | {{NAME:Amir Simmons}} | {{DATE:09/30/2022}} | birth cert | {{PHOTO:PT2025-04418_C.jpg}} | n/a (minor)
Buccal swabs x4 per party, sealed in tamper-evident pouches in the presence of all parties.
Shipped {{DATE:3/8/25}}, received at lab {{DATE:3/10/25 09:40}} by {{NAME:J. Okonjo}}, seals intact.
Result: 21 STR loci, no exclusions. CPI 4.2 x 10^8; probability of paternity 99.99%.
Reviewed {{NAME:Harriet Vandermolen}}, PhD`,

  `POINT-OF-CARE GLUCOSE - METER QC / OPERATOR EXCEPTIONS
Unit: {{FACILITY:Thornton 4}}   Period {{DATE:05/01/2025}} - {{DATE:05/07/2025}}   POC coordinator {{NAME:Lisbeth Carrow}}, MT
Meter s/n | Event | Operator | Detail
{{DEVICE:SP21-004417}} | QC lockout {{DATE:5/2}} 0614 | {{ID:22871}} ({{NAME:Vance, K}}) | high control 342 (range 290-330), strip lot 41180B; rerun passed 0630
{{DEVICE:SP21-004452}} | pt test by lapsed operator | {{ID:19044}} ({{NAME:Ngoc Le}}) | competency expired {{DATE:4/30/2025}}; result on {{NAME:PRUITT, ALVIN}} {{MRN:2281045}} 48 mg/dL repeated by {{NAME:Jo-Ellen}} RN, confirmed by lab draw
{{DEVICE:SP21-004460}} | pt ID override | {{ID:22105}} ({{NAME:Suleiman}}) | manual MRN {{MRN:2281405}} keyed (transposed), result moved to {{MRN:2281045}} on {{DATE:5/6}}
Action: re-education assigned; nurse manager {{NAME:Delphine}} notified {{DATE:5/8/25}}.`,

  `CRITICAL VALUE CALL LOG - CORE LAB   {{DATE:Sat 11/16/24}} nights
Time | Pt / MRN | Loc | Test | Value | Called to | RB | By
2214 | {{NAME:Whitlow, Barbara}} {{MRN:6600271}} | ED 22 | K | 6.9 (not hemolyzed) | {{NAME:Carla}} RN | Y | {{NAME:gk}}
2301 | {{NAME:Iyer, Raghav}} {{MRN:6600914}} | 3E-305 | Hgb | 5.8 | {{NAME:D. Fontaine}} RN | Y | {{NAME:gk}}
0012 | {{NAME:Moana Kealoha}} {{MRN:6601177}} | L&D | Plt | 41 | Dr. {{NAME:Sato}} | Y | {{NAME:mp}}
0140 | {{NAME:Pickett, Harlan}} ("{{NAME:Bud}}") {{MRN:6598820}} | ICU 6 | Lactate | 7.2 | {{NAME:Abebe}} RN | Y | {{NAME:mp}}
0422 | {{NAME:Voight, Shirley Ann}} {{MRN:6590032}} | outpt (hospice) | INR | 9.4 | ordering Dr. {{NAME:Kapoor}} not reachable; on-call Dr. {{NAME:R. Feeney}} via answering svc {{PHONE:555-0192}} at 0440 | Y | {{NAME:gk}}
Escalation ref for 0422 call: {{ID:CV-241116-07}}.
Reviewed {{DATE:11/18/2024}} {{NAME:T. Abernathy-Cole}}, supervisor`,

  `EMERGENCY RELEASE OF UNCROSSMATCHED BLOOD - PHYSICIAN CERTIFICATION
Patient: {{NAME:UNKNOWN, ECHO}} (trauma alias)   temp MRN {{MRN:T-998870}}   ED trauma bay 1
Requested by Dr. {{NAME:Priyanka Mehra-Lowe}}   {{DATE:01/27/2025 16:42}}
Units: O NEG RBC {{ID:W0334 25 013391}} and {{ID:W0334 25 013402}}; issued 1645 by {{NAME:Tomasz Wieczorek}}, MLS; received by {{NAME:Gabby}} RN.
Reason: hemorrhagic shock, GSW abdomen; no time for crossmatch.
I certify that the clinical situation is sufficiently urgent to require release of blood before compatibility testing is completed.
Signature: {{NAME:P. Mehra-Lowe}} MD
Post-release: pt ABO/Rh A NEG; antibody screen negative; retrospective AHG crossmatch compatible {{DATE:1/27/25 17:30}}.
Pt identified {{DATE:1/28}} as {{NAME:Dustin Oakes}}, DOB {{DATE:10/02/1998}}; charts merged into MRN {{MRN:7130448}} by HIM ({{NAME:Yvette}}, ext {{PHONE:4-1190}}).
Form completed within 24 h: yes, {{DATE:1/28/25 09:02}}.
BB supervisor review: {{NAME:Q. Lindahl}}`,

  `PRENATAL BLOOD BANK - RhIG EVALUATION / FETAL BLEED SCREEN
Patient {{NAME:Sunderland, Maeve}}   MRN {{MRN:3104477}}   Delivered {{DATE:08/30/2024 0412}}, vaginal
Mother: O NEG; antibody screen negative (RhIG last given {{DATE:6/28/24}} at 28 wk).
Infant: Baby Girl {{NAME:Sunderland}}, MRN {{MRN:3104521}}; cord blood B POS, DAT negative.
Rosette test: POSITIVE.
Kleihauer-Betke: 0.9% fetal cells, est. FMH 45 mL whole blood.
RhIG dose: 45/30 = 1.5, round up to 2, +1 = 3 vials (300 mcg each).
OB notified: Dr. {{NAME:Abdul-Rashid}} at 1105.
Issued 3 vials RhIG to {{NAME:Niamh}} RN {{DATE:8/30/24 11:20}}; given IM by 1215 per MAR.
Repeat KB / flow for fetal Hb in 24 h ordered.
Tech {{NAME:Hollis Ng}}, MLS   Reviewed {{NAME:B. Rossi}}, MD
Partner {{NAME:Declan}} asked about future pregnancies; referred back to OB, {{FACILITY:Greystone Women's Health}}, {{PHONE:(503) 555-0152}}.`,

  `APHERESIS PROCEDURE NOTE - THERAPEUTIC PLASMA EXCHANGE 3 of 5
{{NAME:Marchetti-Gallo, Serena}}   MRN {{MRN:5590032}}   {{DATE:10/09/2024}}   Apheresis unit, {{FACILITY:Wexley Pavilion 2}}
Dx: iTTP (ADAMTS13 < 5%, inhibitor 2.1 BU), on caplacizumab + steroids.
Access: R IJ Trialysis, placed {{DATE:10/7}} by IR (Dr. {{NAME:Whitfield}}).
Device: Spectra Optia s/n {{DEVICE:1OPT-72210}}. 1.0 plasma volume (2,960 mL), replacement 100% FFP. ACD-A 13:1.
Pre: plt 38, LDH 612, Hgb 8.9.
Reactions: perioral tingling at 40 min, Ca gluconate 1 g IV, resolved. Hives at 70 min, diphenhydramine 25 mg IV.
FFP: 12 units, first {{ID:W1123 24 560117}}, last {{ID:W1123 24 560128}} (full list in BB record).
Operator: {{NAME:Dorothea Kuntz}}, RN, HP(ASCP)   Physician: {{NAME:B. Rossi}}, MD
Next TPE {{DATE:10/10/24 0800}}. Mother {{NAME:Graziella}} updated at bedside.`,

  `MYCOBACTERIOLOGY REPORT
Pt: {{NAME:Sharifi, Zabihullah}}   DOB {{DATE:1/1/1971}}   MRN {{MRN:4450019}}   Acc {{ID:MB24-1204-0031}}
Source: induced sputum #1 of 3, collected {{DATE:12/04/2024 06:30}}
AFB smear (auramine-rhodamine, confirmed by Kinyoun): 2+
NAAT: MTB DETECTED, medium; rifampin resistance NOT detected.
Culture ({{DATE:12/19/24}}): M. tuberculosis complex, MGIT positive day 11, probe confirmed.
Susceptibility: sent to state PHL {{DATE:12/20/24}}, pending.
Reported to county TB program ({{NAME:Agnes Whitford}}, TB nurse, {{PHONE:559-555-0148}}, fax {{FAX:559-555-0149}}) on {{DATE:12/5/24}}, case # {{ID:TB-2024-0177}}.
Household: wife {{NAME:Parwana}} and 3 children at {{ADDRESS:2718 E Shields Ave, #B}}, {{LOCATION:Fresno}} {{ZIP:93726}}; contact investigation started.
Airborne isolation, neg-pressure rm 4112.
Micro: {{NAME:DLK}} / {{NAME:Yolanda Prieto-Sandoval}}, PhD`,

  `MICROBIOLOGY - STOOL PATHOGEN PANEL / REPORTABLE
{{NAME:Beaulieu, Camille}} (pref. name "{{NAME:Cami}}")   DOB {{DATE:2017-06-05}}   MRN {{MRN:8201146}}   Acc {{ID:MB25-0718-0219}}
Collected {{DATE:07/18/2025 14:10}}, ED, {{FACILITY:Lakeview Children's Hospital}}
Multiplex GI PCR: Shiga-like toxin stx1/stx2 DETECTED; E. coli O157 DETECTED. Others not detected (incl. Salmonella, Campylobacter, norovirus GI/GII).
Culture: sorbitol-MacConkey, colorless colonies, agglutinates O157 antisera; isolate sent to state PHL {{DATE:7/19}}, PHL # {{ID:PHL25-E0982}}.
CBC {{DATE:7/19/25}}: plt 112, Hgb 10.1; Cr 0.6. Monitoring for HUS.
Reported to county health dept ({{NAME:Yusuf Demir}}, epidemiologist, {{PHONE:(608) 555-0104}}) {{DATE:7/19/2025 10:05}} per reportable disease rules.
Exposure hx per mom {{NAME:Sabine}}: petting zoo at {{FACILITY:Heritage Hill Farm}} near {{LOCATION:Mount Horeb}} on {{DATE:7/13}}; sibling {{NAME:Théo}} also with diarrhea.
Critical call to ED RN {{NAME:Josh}} 1702 {{DATE:7/18}}.`,

  `HIV-1 GENOTYPE / VIRAL LOAD - CONFIDENTIAL
Patient: {{NAME:Okoro, Emeka}}   DOB {{DATE:11/11/1988}}   MRN {{MRN:7712034}}   Acc {{ID:VL25-0402-7711}}
Collected {{DATE:04/02/2025 09:12}}   Provider: {{NAME:Marguerite Deschamps}}, NP, {{FACILITY:Eastgate ID Clinic}}
HIV-1 RNA: 48,200 copies/mL (log 4.68). Prior: < 20 on {{DATE:10/14/2024}}.
CD4: 412 cells/uL (24%).
Genotype (RT/PR/IN): RT M184V, K65R; PR none; IN none. Subtype B.
Interpretation (Stanford HIVdb): high-level resistance to FTC/3TC; intermediate to TDF/TAF; susceptible to DTG, BIC, DRV.
Comment: pt reports missed doses after losing coverage; ADAP application in progress, member ID {{HEALTH_PLAN:ADAP-0098812}}.
Results released to provider only; not to portal per pt request (consent form {{DATE:4/2/25}}).
Partner services referral by DIS {{NAME:Carla Mendes}} ({{PHONE:555-0166}}).
Reviewed {{NAME:Akira Tsunoda}}, MD, PhD`,

  `PHARMACOGENOMICS REPORT
Patient: {{NAME:Grabowski, Henryk}}   DOB {{DATE:02 Feb 1955}}   MRN {{MRN:3011987}}   Lab ID {{ID:PGX-25-00391}}
Ordering: Dr. {{NAME:Yolanda Okafor-Reyes}} (cardiology), {{FACILITY:Mid-Valley Heart Associates}}
Reason: PCI with DES {{DATE:3/30/2025}}; choosing P2Y12 inhibitor.
Collected {{DATE:03/31/2025}} (buccal)   Reported {{DATE:04/03/2025}}
Gene | Genotype | Phenotype
CYP2C19 | *2/*2 | Poor metabolizer
CYP2C9 | *1/*3 | Intermediate metabolizer
VKORC1 | -1639G>A, A/A | Increased warfarin sensitivity
SLCO1B1 | *1/*5 | Decreased function
CYP2D6 | *1/*4 | Intermediate metabolizer
Recommendations (CPIC): avoid clopidogrel, use prasugrel or ticagrelor. If warfarin needed, reduce dose. Simvastatin 80 mg: avoid; prefer rosuvastatin.
Pt's daughter {{NAME:Agnieszka}} (HCP) given copy; mailed to {{ADDRESS:55 Orchard Ter}}, {{LOCATION:New Britain}}, CT {{ZIP:06053}}.
{{NAME:Sanjay Devarakonda}}, PharmD, BCPS   Lab dir. {{NAME:T. Olumide}}, PhD`,

  `LABORATORY OCCURRENCE REPORT - WRONG BLOOD IN TUBE (WBIT)
Report # {{ID:OCC-2025-0613}}   Date of event {{DATE:06/13/2025}}   Reported by {{NAME:Farah Siddiqui}}, MLS, blood bank
Summary: T&S sample labeled {{NAME:RUIZ, ADELINA}} (MRN {{MRN:5128840}}) typed A POS; historical type on file from {{DATE:02/2023}} O POS. Second sample drawn at 1120 by a different phlebotomist typed O POS. First sample believed to be from the pt in the adjacent bed, {{NAME:Ruiz-Ocampo, Delfina}} (MRN {{MRN:5130297}}), who types A POS.
Collector of first sample: badge {{ID:E44019}} ({{NAME:Marcus Teague}}, PCT), 5 South, label printed at bedside printer but armband not scanned.
Harm: none; no product issued. Near miss.
Notified: charge RN {{NAME:Ilse}}, nurse manager {{NAME:Patience Oduya}}, BB medical director Dr. {{NAME:Rossi}} at 1205.
Corrective action: PCT re-education {{DATE:6/16/25}}; bedside scan compliance audit on 5 South x 30 days.
Entered in safety system by {{NAME:FS}} {{DATE:06/13/2025 13:40}}`,

  `RADIOLOGY SCHEDULING - PRIOR AUTH WORKQUEUE
Pt: {{NAME:Castañeda, Rogelio}}   DOB {{DATE:03/22/1976}}   MRN {{MRN:4470012}}   ph {{PHONE:520-555-0176}} (cell), {{PHONE:520-555-0177}} (work, ask for "{{NAME:Roy}}")
Order: MRI L-spine w/o (CPT 72148), dx M54.16, M51.26   Ordering: {{NAME:Keren Abutbul}}, DO
Payer: Desert Sky Health (commercial)   Member ID {{HEALTH_PLAN:DSH7712045-01}}   Group 88120
{{DATE:5/27/25}}: submitted via payer portal, ref {{ID:PA-5531872}}; pended, needs 6 wk conservative tx. PT notes from {{FACILITY:Saguaro Physical Therapy}} ({{DATE:4/1-5/15/25}}) faxed to UM {{DATE:5/28}}.
{{DATE:5/30/25}}: APPROVED, auth # {{ID:A25-1190334}}, valid thru {{DATE:8/28/2025}}.
Scheduled {{DATE:Tue 6/3/2025 07:15}} at {{FACILITY:Hollis Imaging at Westfield}}, MRI 2. Pt confirmed, prefers texts. Safety screening form sent to {{EMAIL:rcastaneda76@inbox.example}}.
Est. pt responsibility $640 (deductible); billing acct {{ACCOUNT:HV-2025-0087712}}.
-{{NAME:ajm}}, scheduling`,

  `CONTRAST REACTION NOTE
Pt: {{NAME:Patel, Hemlata}}   MRN {{MRN:6015520}}   {{DATE:11/14/2024}}   CT A/P w/ IV contrast, acc {{ID:CT1114-41027}}
At 1036, ~2 min after 100 mL iohexol 350 via R AC 20G (injector s/n {{DEVICE:STL-55C-20991}}), pt c/o throat tightness; diffuse hives, wheeze. BP 86/50, HR 118, SpO2 89% RA.
Rx: epinephrine 0.3 mg IM (1 mg/mL) L thigh 1038; O2 NRB; NS 1 L bolus; albuterol neb; diphenhydramine 50 mg IV; methylprednisolone 125 mg IV. Rapid response team (Dr. {{NAME:Alcott}}) at bedside 1041.
1100: BP 118/70, SpO2 97%, hives fading. To ED for 4-6 h observation.
ACR classification: moderate-to-severe allergic-like reaction.
Allergy list updated: iodinated contrast, anaphylactoid. For future studies consider non-contrast or alternative imaging; premedication alone not sufficient.
Husband {{NAME:Kiran}} informed 1115 at {{PHONE:(732) 555-0149}}.
Tech {{NAME:Valentina Rocha}}, RT(R)(CT); radiologist {{NAME:Lionel Abernathy}}, MD
Occurrence report # {{ID:OCC-2024-1114-03}}.`,

  `MRI SAFETY SCREENING FORM (completed with tech)
Name: {{NAME:Mbeki, Thandiwe}}   DOB: {{DATE:08-19-1963}}   Wt 74 kg   Ht 165 cm
Exam: MR cardiac w/wo   Date: {{DATE:09-09-2024}}
Pacemaker/ICD? YES - subcutaneous ICD, model A219, serial {{DEVICE:EMB-119842}}; electrode s/n {{DEVICE:3501-77120}}. MR conditional 1.5T. Device clinic ({{NAME:Jeroen}}, ext {{PHONE:2-7733}}) set MRI mode 1320, will restore after.
Aneurysm clips? No. Cochlear implant? No.
Other implants: L TKA ({{DATE:2019-10}}); insulin pump s/n {{DEVICE:TS-9920174}}, REMOVED, held by husband {{NAME:Sipho}}; CGM sensor removed, transmitter id {{DEVICE:8MT3QK}}.
Metal fragments / welding? No. Pregnant? N/A.
Tattoos: yes, R forearm.
eGFR 71 ({{DATE:9/3/24}}). Gadobutrol 7 mL ok.
Reviewed by {{NAME:Kwabena Asante}}, RT(R)(MR), MRSO, Level 2
Radiologist approval: Dr. {{NAME:Marchetti}} 1305`,

  `PRELIMINARY VS FINAL REPORT DISCREPANCY NOTICE
To: ED attending on duty, {{FACILITY:Mercy Hollis Regional}}, fax {{FAX:(605) 555-0120}}
From: {{FACILITY:NightHawk Imaging Partners}} QA desk
Patient: {{NAME:BIGHORSE, LEVI}}   DOB {{DATE:12/30/1999}}   MRN {{MRN:00755103}}   Acc {{ID:CT24-0889120}}
Exam: CT C-spine w/o, {{DATE:11/09/2024 01:22}}
Prelim (tele, Dr. {{NAME:R. Quiñones-Barr}}, 0141): "No acute fracture."
Final (Dr. {{NAME:Priya Raghunathan}}, 0805): "Nondisplaced fracture of the R C6 lamina (series 5 image 41). No malalignment. Prevertebral soft tissues normal."
Change category: major, management may change.
Final discussed with ED Dr. {{NAME:Suzette Lalonde}} at 0819 on {{DATE:11/9/2024}}. Pt was discharged 0430 to home at {{ADDRESS:HC 64 Box 18}}, {{LOCATION:Pine Ridge}}; ED to call pt back ({{PHONE:605-555-0108}}) for collar and spine f/u.
QA ticket {{ID:QA-NH-24-6631}}.`,

  `IR/US PROCEDURE NOTE - US-guided paracentesis, therapeutic + diagnostic
{{DATE:2/3/25}}   {{NAME:Otieno, Wanjiru}}   mrn {{MRN:5504478}}   acc {{ID:US0203-18872}}
Operator: {{NAME:Lamar Whitfield}}, MD; PA student {{NAME:Hollie}} observed
Indication: NASH cirrhosis, tense ascites, r/o SBP. INR 1.6, plt 71, no correction per SIR guidance.
Time-out 1402 with {{NAME:Ruby Ashford}}, RN. US: large ascites; LLQ site marked, inferior epigastric avoided with color Doppler.
5 Fr Yueh catheter; 8.4 L straw-colored fluid removed. Albumin 25% 50 g given.
Specimens labeled at bedside, to lab 1455: cell count, albumin, protein, Gram stain/culture (blood culture bottles), cytology; IDs {{ID:L250203-4471}} to {{ID:L250203-4474}}.
Results: PMN 52/uL, SAAG 1.9, TP 1.1, no SBP.
No complications.
Home with daughter {{NAME:Akinyi}}; f/u {{FACILITY:Lakeshore Liver Clinic}} {{DATE:2/17}}.`,

  `THORACENTESIS (R), US-GUIDED - brief procedure note
DOS {{DATE:9 Jan 2025}}   Pt {{NAME:Fairbanks, Cornelius}}   {{AGE:96}}M   MRN {{MRN:2908841}}   Rm 612B
Attending Dr. {{NAME:Nnamdi Oragwu}}; consent from pt (capacity intact) with son {{NAME:Wesley}} at bedside.
8 Fr catheter, 9th ICS posterior axillary line; 1,250 mL serosanguinous, stopped for cough and chest tightness. Post-CXR: no ptx, small residual effusion.
Fluid: pH 7.38, LDH 412 (serum 190), TP 4.2 (serum 6.1), exudate by Light's criteria. Glucose 92. WBC 2,100, 68% lymphs.
Cytology: ADENOCARCINOMA (TTF-1+, napsin A+), c/w lung primary; case {{ID:NG25-00122}}, signed {{DATE:1/10/25}} by {{NAME:V. Haddad}}, MD.
Result called to Dr. {{NAME:Oragwu}} {{DATE:1/10/25 1510}}. Daughter {{NAME:Lorraine Fairbanks-Hale}} updated by phone {{PHONE:207-555-0131}}; palliative care consulted.`,

  `FLUOROSCOPY-GUIDED LUMBAR PUNCTURE
Date {{DATE:10/21/2024}}   Patient {{NAME:Vasquez-Ibarra, Elena}}   MRN {{MRN:6612003}}   Acc {{ID:FL1021-0083}}
Referring: Dr. {{NAME:Weiss}} (neurology), IIH vs demyelinating disease
Performed by {{NAME:Arjun Vel}}, MD; RT {{NAME:Corazon Dizon}}; C-arm s/n {{DEVICE:OEC-9900-41877}}
BMI 44; failed bedside attempts x3 on {{DATE:10/20}}.
Prone, L2-3 interlaminar, 22G 5-inch spinal needle, first pass. Opening pressure 34 cm H2O (measured in lateral decubitus).
16 mL clear CSF in 4 tubes: 1 cell count; 2 glucose/protein; 3 Gram stain/culture; 4 OCB, IgG index, AQP4/MOG send-out ({{FACILITY:Cordillera Reference Labs}}, req {{ID:CRL-883017}}).
Closing pressure 17 cm H2O. Fluoro 0.4 min, 12 mGy. No complications.
Partner {{NAME:Marisela}} to drive pt home; post-LP headache precautions given.`,

  `MRI BILATERAL BREASTS W/WO CONTRAST - HIGH-RISK SCREENING
{{NAME:Fenwick-Tate, Abigail}}   DOB {{DATE:07/02/1984}}   MRN {{MRN:1197724}}   {{DATE:10/03/2024}}   Acc {{ID:MR1003-7710}}
Indication: BRCA2 pathogenic variant (c.5946del; {{FACILITY:Northgate Molecular Diagnostics}}, {{DATE:8/27/24}}); mother with ovarian ca. Day 9 of cycle (LMP {{DATE:9/24/24}}).
Comparison: mammogram {{DATE:9/15/2024}}; no prior MRI.
BPE mild, symmetric. FGT heterogeneous (c).
R breast: 6 mm oval circumscribed mass 9:00 posterior depth, T2 bright, persistent kinetics; likely fibroadenoma. BI-RADS 3.
L breast: 11 mm clumped segmental non-mass enhancement 1:00 middle depth, washout. BI-RADS 4.
Axillae normal.
IMPRESSION: L 1:00 NME, BI-RADS 4, MRI-guided biopsy recommended. R probably benign mass, 6-mo MRI. Overall BI-RADS 4.
Discussed with genetic counselor {{NAME:Lucia Montenegro}} and with the pt by phone ({{PHONE:801-555-0114}}) {{DATE:10/4/24}}.
{{NAME:Sunita K. Oberholtzer}}, MD`,

  `CONSULTATION REPORT (outside slides)
Our case {{ID:C25-0418}} | Outside case {{ID:SM-24-33017}}, {{FACILITY:Bayou Regional Pathology}}, {{LOCATION:Lafayette}}, LA
Patient: {{NAME:Thibodeaux, Remy J.}}   DOB {{DATE:4/19/1970}}   Our MRN {{MRN:8890124}}
Received {{DATE:1/22/2025}}: 6 H&E (A1-A6), 4 IHC (CD20, CD3, Ki-67, BCL2), outside report dated {{DATE:12/30/2024}}; block A2 (to be returned).
Requested by {{NAME:Jolene Broussard}}, MD (hematology), second opinion before therapy.
Outside dx: follicular lymphoma, grade 1-2.
OUR DX: Lymph node, L inguinal, excision: follicular lymphoma, grade 3A, with a diffuse area (~20%) of diffuse large B-cell lymphoma.
Additional studies (A2): CD10+, BCL6+, MUM1 focal; Ki-67 60% in diffuse area. MYC FISH negative.
Discussed with Dr. {{NAME:Broussard}} {{DATE:1/27/25}}; outside pathologist Dr. {{NAME:Aurelien Guidry}} informed at {{PHONE:337-555-0162}}.
Block and slides returned {{DATE:1/29/25}}, tracking {{ID:772011845561}}.
{{NAME:Constance Iheanacho}}, MD`,

  `NEUROPATHOLOGY - BRAIN CUTTING (AUTOPSY SUPPLEMENT)
ME case {{ID:ME-2024-01201}} | Brain # {{ID:NP24-088}} | Decedent {{NAME:Whitaker, Lyle D.}} | {{AGE:91}}y M | DOD {{DATE:7/9/2024}}
Cutting conference {{DATE:7/23/2024}}; present Drs. {{NAME:Farrell}} and {{NAME:Rosenqvist}}, fellow {{NAME:A. Okwuosa}}.
Fixed brain 1,080 g. Moderate frontal and temporal atrophy; small hippocampi. Circle of Willis: moderate atherosclerosis, no aneurysm. Acute L convexity SDH (removed at autopsy). Contrecoup contusions of inferior frontal lobes. Pale substantia nigra. Ventricles dilated ex vacuo.
Sections: 1 L mid frontal; 2 L hippocampus/EC; 3 amygdala; 4 basal ganglia; 5 thalamus; 6 midbrain; 7 pons; 8 medulla; 9 cerebellum; 10 contusion.
IHC planned: AT8 tau, beta-amyloid, alpha-synuclein, TDP-43.
Prelim: traumatic brain injury (SDH, contusions); neurodegenerative changes, classification pending (ABC score to follow).
Hx per daughter {{NAME:Corinne Whitaker-Osei}}: fell down the stairs at home, {{ADDRESS:18 Hemlock Ct}}, {{LOCATION:Ephrata}}; "Dad had memory trouble for 5 yrs."`,

  `DEATH CERTIFICATE WORKSHEET (ME) - for electronic registration
Decedent: {{NAME:Rasmussen, Troy Allen}}   AKA "{{NAME:T-Ras}}"
SSN {{SSN:512-88-3047}}   DOB {{DATE:12/08/1987}}   Age 36
Residence: {{ADDRESS:412 Lilac Ln, Unit C}}, {{LOCATION:Nampa}}, {{LOCATION:Canyon Co}}, ID {{ZIP:83651}}
Place of death: roadway, {{ADDRESS:mile marker 42, US-95}}
Date of injury/death: {{DATE:07/04/2024}}, pronounced 2318
Informant: {{NAME:Darlene Rasmussen}} (mother), {{PHONE:208-555-0196}}
Part I: (a) multiple blunt force injuries, due to (b) motor vehicle collision (driver, unrestrained). Part II: acute ethanol intoxication (BAC 0.19 g/dL).
Manner: Accident. Autopsy: yes; findings available.
Funeral home: {{FACILITY:Hartwell-Kidd Funeral Chapel}}, {{LOCATION:Caldwell}}; director {{NAME:Wes Hartwell}}, lic {{LICENSE:FD-1147}}
Certifier: {{NAME:Abiodun Farrell}}, MD, forensic pathologist, medical license {{LICENSE:M-9912}}
Certified {{DATE:08/02/2024}}   ME case {{ID:ME-2024-01193}}`,

  `BIOREPOSITORY ACCESSIONING LOG   IRB 2021-0447 (GI cancer biobank)   -80 freezer #3, rack B
Date | Subject ID | Name / MRN (linking key, restricted) | Specimen | Aliq | Box/pos | Tech
{{DATE:03/04/2025}} | {{ID:GIB-0412}} | {{NAME:FERREIRA, JOAQUIM}} / {{MRN:6711209}} | serum, EDTA plasma, buffy coat | 6 | 12/1-6 | {{NAME:ym}}
{{DATE:03/04/2025}} | {{ID:GIB-0413}} | {{NAME:IQBAL, FARHAN}} / {{MRN:5518802}} | FFPE curls, block B2 (loan) | 4 | 12/7-10 | {{NAME:ym}}
{{DATE:03/05/2025}} | {{ID:GIB-0414}} | {{NAME:Nakamura-Lee, Sora}} / {{MRN:5520097}} | fresh frozen tumor (OCT) | 3 | 12/11-13 | {{NAME:KD}}
Consent versions: v4.2 ({{NAME:Ferreira}}, {{NAME:Iqbal}}), v5.0 ({{NAME:Nakamura-Lee}}); genomic data-sharing opt-out for {{ID:GIB-0413}}.
Block B2 loan: return to {{FACILITY:Bayfront Oncology Associates}} pathology by {{DATE:6/5/25}}; loan form signed by {{NAME:Greta Lindqvist}}.
Freezer alarm {{DATE:3/5}} 0212 (-62 C, door ajar), resolved 0230 by security officer {{NAME:Omar}}; no samples affected.
Coordinator {{NAME:Kendall Dupree}}, CCRP, {{EMAIL:kdupree@stambrose.example}}`,

  `From: {{NAME:Eleanor Mbeki-Harwood}} <{{EMAIL:embekiharwood@hollisregional.example}}>
To: {{NAME:Vanessa Lightfoot}}
Cc: {{NAME:Rahimi, Sahar}}
Date: {{DATE:Fri, Oct 25, 2024 at 4:52 PM}}
Subject: {{ID:SP24-018822}} {{NAME:Ferreira}} - heads up re nodes and deposits
Hi {{NAME:Vanessa}},
Just signed out Mr. {{NAME:Ferreira}}'s sigmoid (MRN {{MRN:6711209}}). Two things before tumor board {{DATE:Wed 10/30}}:
1) 2/19 nodes positive, pN1b. I also counted one tumor deposit in the mesentery (A10); doesn't change N with positive nodes, but it's in the synoptic.
2) MMR intact, so no Lynch workup from us; KRAS/NRAS/BRAF sent on block A4 to {{FACILITY:Northgate Molecular Diagnostics}} ({{ID:NGS-1025-4402}}), TAT ~10 d.
Also, his daughter {{NAME:Inês}} called the path office ({{PHONE:555-0143}}) asking for the report directly. We told her it has to come through you or the portal. FYI.
Slides are in my office; I'm at {{FACILITY:Hollis Westfield}} on Monday.
{{NAME:Ellie}}
--
{{NAME:Eleanor Mbeki-Harwood}}, MD | Surgical Pathology | pager {{PHONE:555-0177}}`,

  `NON-GYN CYTOLOGY - URINE, VOIDED
Pt {{NAME:Lindahl, Gustav}}   DOB {{DATE:05/03/1947}}   MRN {{MRN:4018872}}   Acc {{ID:NC25-01877}}
Collected {{DATE:4/15/2025}} at {{FACILITY:Cedar Bluff Urology}}   Received {{DATE:4/16/2025}}
Clinical: gross hematuria; 40 pk-yr smoker, retired house painter. Cysto {{DATE:4/15}}: 2 cm papillary lesion, L lateral wall.
Prep: ThinPrep x1, 45 mL, cellular.
DX: SUSPICIOUS FOR HIGH-GRADE UROTHELIAL CARCINOMA (The Paris System: SHGUC).
Few atypical urothelial cells, N/C ratio 0.7, hyperchromasia, irregular nuclear membranes; too few for HGUC.
UroVysion FISH: positive (gains of chr 3, 7, 17 in 6 cells).
Comment: correlate with TURBT, scheduled {{DATE:4/28/25}} (Dr. {{NAME:Okonjo-Blake}}).
CT: {{NAME:RSL}}   Path: {{NAME:Gordon Ishikawa}}, MD   {{DATE:4/17/25}}
Results to be given by urology; wife {{NAME:Birgitta}} is HCP, ph {{PHONE:(651) 555-0183}}.`,

  `SPECIMEN REJECTION / RECOLLECT LOG - central processing   {{DATE:12/09/2024}}
Time | Patient | MRN | Specimen | Reason | Notified | Tech
0614 | {{NAME:LAFLEUR, ODETTE}} | {{MRN:7011823}} | lavender, CBC | unlabeled tube in bag with labeled req | {{NAME:Dana}} RN 4E, recollect | {{NAME:cv}}
0702 | {{NAME:Baptiste, R.}} | {{MRN:7012254}} | light blue, PT/INR | underfilled (<90%) | 5S, {{NAME:Mike}} | {{NAME:cv}}
0745 | {{NAME:Nakagawa, Hideo}} | {{MRN:6990047}} | gold, BMP | hemolyzed (H-index 3+), K 6.1 spurious | ED, Dr. {{NAME:Lalonde}} | {{NAME:jpw}}
0810 | {{NAME:UNKNOWN, FOXTROT}} (alias) | {{MRN:T-998905}} | pink, T&S | handwritten label, DOB mismatch with armband (default {{DATE:1/1/1900}}) | ED trauma, {{NAME:Gabby}} RN | {{NAME:jpw}}
0930 | {{NAME:O'Hare, Bridget}} | {{MRN:7013390}} | 24 h urine | no start/stop times on jug; collected at home ({{ADDRESS:7 Tern Way}}) | outpt lab, called pt {{PHONE:508-555-0102}} | {{NAME:cv}}
Total rejects 5/612 (0.8%). Supervisor review: {{NAME:M. Oduya}}`,

  `IR: IVC FILTER RETRIEVAL
{{DATE:7/15/2025}} | {{NAME:Hollingsworth, Dwayne}} | MRN {{MRN:5533018}} | Acc {{ID:IR-25-04412}}
Filter: placed {{DATE:3/2/2025}} at {{FACILITY:St. Ambrose Hospital}} (trauma, pelvic fx, PE prophylaxis); serial {{DEVICE:DNL-0223-55817}} per implant log.
Operator {{NAME:Keisha Brandywine}}, MD. Moderate sedation, RN {{NAME:Tomas}}.
R IJ 14 Fr sheath. Cavogram: infrarenal filter, tilt 9 deg, no thrombus. Apex snared, sheath advanced, filter collapsed and removed intact; all arms and legs inspected. Post cavogram: no extravasation or stenosis.
Fluoro 6.2 min, 188 mGy.
Removal recorded in implant registry.
Plan: home today; wife {{NAME:Tammy}} driving. Letter to PCP Dr. {{NAME:Aurora Villanueva}}, fax {{FAX:505-555-0137}}.
Pt asked about the filter for his records; copy of implant log emailed to {{EMAIL:dhollingsworth@inbox.example}} at his request.
{{NAME:KB}}/{{NAME:lt}}`,

  `vasc lab - venous duplex LLE   {{DATE:4/4/25}}
pt {{NAME:pruitt, alvin}}  88m  mrn {{MRN:2281045}}  rm 4W-18 ({{FACILITY:Thornton 4}})
tech {{NAME:shay}} rvt   ordering {{NAME:kapoor}}
hx: L calf swelling x3d, POD 5 R hip hemiarthroplasty.
cfv, fv prox/mid/dist, pop: compressible, phasic, augments.
peroneal vv: noncompressible, echogenic thrombus, no flow. post tib vv: compressible. gsv patent, compressible.
baker cyst 3.1 x 1.2 cm popliteal fossa, intact.
impression: acute L peroneal vein dvt (distal). no proximal dvt. baker's cyst.
prelim called to dr {{NAME:kapoor}} 1410 {{DATE:4/4}}, rn {{NAME:jo-ellen}} aware.
compare: none here. prior arterial study {{DATE:11/2023}} at {{FACILITY:Lakeside Vein Center}}.
son "{{NAME:Al Jr}}" at bedside asking about blood thinners, told to ask primary team.
final: {{NAME:h. lam-ortiz}} md`,

  `EXPANDED CARRIER SCREENING - COUPLE REPORT
Patient 1: {{NAME:Miriam Katz}}   DOB {{DATE:06/06/1994}}   Lab ID {{ID:CS-25-18801}}
Patient 2 (partner): {{NAME:Chidi Nwankwo}}   DOB {{DATE:02/11/1992}}   Lab ID {{ID:CS-25-18802}}
Ordering: {{NAME:Perpetua Anokye}}, MS, CGC, {{FACILITY:Riverside Perinatal Center}}   Collected {{DATE:2025-01-09}}
Panel: 274 genes, sequencing + del/dup; SMN1 copy number; FMR1 CGG repeats (patient 1).
Patient 1: carrier, HEXA c.1274_1277dupTATC (Tay-Sachs), pathogenic. SMN1 2 copies. FMR1 30/32 repeats, normal.
Patient 2: carrier, HBB c.20A>T (p.Glu7Val, HbS), pathogenic. HEXA: no variant detected.
Couple risk: partners carry different conditions; reproductive risk for Tay-Sachs and sickle cell disease is low.
Family: pt 1's brother {{NAME:Jonah Katz}} and maternal cousin {{NAME:Leah Sternberg}} may wish testing; partner's sister {{NAME:Ngozi Nwankwo-Eze}} has sickle cell trait.
Discussed by telehealth {{DATE:1/24/25}}, {{URL:https://telehealth.riversideperinatal.example/visit/88120}}.
Director {{NAME:Zdenek Horak}}, PhD, FACMG`,
];

export const HELDOUT_REALISTIC_113_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout113-${i + 1}`, n));
