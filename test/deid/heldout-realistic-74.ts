// A seventy-fourth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities
// and counties are used only as places). It leans towards oncology, infusion and radiation oncology
// followed over time: multidisciplinary tumor board minutes, chemotherapy orders and cycle notes
// (C1D1, C2D8, D15), pharmacist verifications, infusion nursing notes with port access,
// hypersensitivity and extravasation events, ambulatory pump hook-ups and disconnects, radiation
// simulation notes, on-treatment visits and treatment summaries, surgical pathology, cytology,
// flow cytometry, bone marrow and molecular (NGS, germline) reports with accession numbers,
// clinical-trial screening, enrolment and adverse-event notes, survivorship care plans, palliative
// and hospice referrals and family meetings, genetic counselling pedigrees with relatives' names
// and ages (some over 89), specialty pharmacy intake and delivery notes, and financial-assistance,
// prior-authorisation and copay-card notes heavy on account, member and case numbers. Look-alikes
// that are not PHI are everywhere: regimens (FOLFOX, R-CHOP, AC-T), cycle and fraction labels,
// TNM stage, ECOG, Gleason, Ki-67, PD-L1 TPS, genes and variants (BRCA2 c.5946delT, KRAS G12C),
// doses in mg/m2 and Gy, BSA, lot, NDC, J-codes, CPT and ICD-10 codes, NCT and protocol
// numbers, chair and bay numbers, linac names, and eponyms (Hodgkin, Burkitt, Ewing, Wilms, Lynch,
// Li-Fraumeni, Whipple, Hickman, Groshong, Ommaya, Port-a-Cath, Virchow, Sister Mary Joseph,
// Trousseau, Pancoast, Haggitt, Deauville, Foley, Karnofsky).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (including
// the conventions added there: month/day without a year is a DATE, ages over 89 are AGE however
// written, first names, last names, nicknames and initials standing for a person are NAME, etc.).
// Added for this set: cycle, day, week and fraction labels (C2D8, C1 D15, wk 3, fx 12/25, POD 2)
// and regimen names are not PHI, while a date written next to them is; NCT numbers, protocol and
// study numbers, cooperative-group study names, IRB numbers, sponsors and site numbers are not
// PHI, while a trial subject, screening, randomisation or kit-assignment number tied to the patient
// is ID; surgical pathology, cytology, flow, marrow, molecular, cancer-registry and tumor-board
// reference accession numbers are ID, while block, slide and part labels alone (A3, block 2B,
// part B) are not PHI; port, infusion pump, PCA pump, intrathecal pump and on-body injector serial
// numbers are DEVICE, while model, catalogue, lot and NDC numbers are not; linac, vault and
// treatment-plan names are not PHI; in a pedigree, a relative's name is NAME and a relative's age,
// age at diagnosis or age at death is AGE only when over 89 (MGM d. 94 -> d. [94]), years of death
// alone and generation labels (II-3) are not PHI; Rx, order, prior-authorisation, foundation-grant
// and charity-care application numbers and shipment tracking numbers are ID; copay-card and
// patient-assistance member IDs billed like secondary insurance are HEALTH_PLAN; BIN, PCN and
// group numbers, and a charitable copay foundation named as a payer, are not PHI; hospital
// account, guarantor and statement numbers are ACCOUNT; a hospice, home-infusion or specialty
// pharmacy caring for the patient is FACILITY; a face photo kept in the record-and-verify system,
// named by file or number, is PHOTO, while setup photos of tattoos or fields without a file
// reference are not PHI; an HLA donor registry ID is ID; the last four digits of an SSN are SSN,
// with any mask (xxx-xx-) outside the span.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9782 / 0.9602; pass-17 engine (f7e06df, whose rules were made from sets 67-72 without this set)
// 0.9785 / 0.9599. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `MULTIDISCIPLINARY BREAST TUMOR BOARD - MINUTES
{{FACILITY:Lakeshore Regional Cancer Institute}}, Conf Rm 3B    Date: {{DATE:Thursday, 14 March 2024}}   Time: 0700
Moderator: Dr. {{NAME:Ingrid Solvberg}}    Scribe: {{NAME:T. Okonkwo-Hale}}

Case 2 of 7 -- {{NAME:Marisol Quintanilla-Reyes}}, 58F, MRN {{MRN:LRC-0048817}}
Presented by Dr. {{NAME:Anand Varadarajan}} (surg onc). Palpable L breast mass at 2:00, 6 cm FN.
Core bx {{DATE:02/21/2024}}, accession {{ID:S24-031772}}: IDC, grade 3, ER 0%, PR 0%, HER2 1+ -> triple negative. Ki-67 70%.
MRI {{DATE:2/28}}: 3.4 cm, 2 suspicious axillary LN. cT2N1M0, stage IIB.
Germline panel pending at {{FACILITY:Cascadia Genomics Lab}}, req {{ID:CG-7781204}}.
Discussion: KEYNOTE-522 style neoadjuvant pembro + carbo/paclitaxel then AC. Dr. {{NAME:Halvorsen}} (rad onc): PMRT likely if ypN+.
Trial: screen for NCT05512834 -- {{NAME:Jeannette Paquin}}, research RN, to check eligibility.
RECOMMENDATION: neoadjuvant chemo-immunotherapy, port, echo, genetics consult.
Re-present after C4 or at surgery.
cc: Dr. {{NAME:Efua Mensah-Bonsu}}, PCP, {{FACILITY:Willamette Family Medicine}}, fax {{FAX:(541) 555-0187}}
minutes typed by {{NAME:tlo}}`,
  `CHEMOTHERAPY ORDER -- mFOLFOX6    C3D1
Pt: {{NAME:BRANNIGAN, Desmond P}}   DOB {{DATE:11/02/1961}}   MRN {{MRN:7730591}}   Acct {{ACCOUNT:HB-20931477}}
Ordering: {{NAME:Rafaela Oyelaran-Cruz}}, MD  NPI {{LICENSE:1629384057}}
Treatment date: {{DATE:04/09/2024}}   Chair 14   Ht 178 cm  Wt 81.2 kg  BSA 2.00 m2
Dx: adenocarcinoma sigmoid colon, pT3N1bM0 (C18.7). KRAS G12D, MSS.
Pre-meds: ondansetron 16 mg IV, dexamethasone 12 mg IV.
  oxaliplatin 85 mg/m2 = 170 mg IV over 2 h in D5W
  leucovorin 400 mg/m2 = 800 mg IV over 2 h
  fluorouracil 400 mg/m2 = 800 mg IV push
  fluorouracil 2400 mg/m2 = 4800 mg CIVI over 46 h via CADD pump, serial {{DEVICE:CP7-118842}}
Labs {{DATE:4/8}}: ANC 1.9, plt 142, Cr 0.9, T bili 0.6 -- OK to treat.
Neuropathy grade 1 (cold dysesthesia), no dose change.
Pump d/c {{DATE:Thursday 4/11}} at home by {{FACILITY:Riverbend Home Infusion}}, RN {{NAME:Gustavo Ilunga}}, ph {{PHONE:503-555-0142}}.
Verified by {{NAME:Priya Ramaswamy-Cole}}, PharmD {{DATE:4/9/24 0812}}. Second check {{NAME:K. Wojcik}}, RN.`,
  `INFUSION NURSING NOTE   {{DATE:09-May-2024}}   chair 6, {{FACILITY:Harborview Pavilion Infusion Suite}}
{{NAME:Adeyemi-Clarke, Bisi}} -- MRN {{MRN:00-412-993}} -- 63 yo F, metastatic ovarian ca, carbo/gem C2D8
Arrived ambulatory w/ husband {{NAME:Tunde}}. Two ID check: name + DOB {{DATE:3/17/1961}}.
R chest PowerPort accessed w/ 20g 3/4" Huber, +brisk blood return, flushes easily. Port serial on card {{DEVICE:PPT-4471-093388}} (placed {{DATE:Jan 2024}}).
VS: T 36.8, HR 88, BP 118/74, SpO2 97% RA. Pain 2/10.
Labs: ANC 1.2, plt 96 -- per Dr. {{NAME:Farquharson}} OK to treat D8 w/ gemcitabine 800 mg/m2 (dose level -1).
Gemcitabine 1360 mg IV over 30 min started 1015, completed 1047. No reaction.
Pt teaching: neutropenic precautions, call line {{PHONE:(206) 555-0133}} for T >= 38.0.
Deaccessed, heparin lock per policy. Next: C3D1 {{DATE:5/23}} 0900.
{{NAME:Lucia Fernandez-Achebe}}, RN, OCN`,
  `RADIATION THERAPY TREATMENT SUMMARY
{{FACILITY:St. Aldhelm Radiation Oncology Center}}, {{ADDRESS:2250 Quarry Ridge Rd}}, {{LOCATION:Duluth}}, MN {{ZIP:55811}}
Patient: {{NAME:Halloran, Fergus J.}}    DOB: {{DATE:1952-07-30}}    MRN: {{MRN:SARO-119284}}
Attending: {{NAME:Mei-Ling Throckmorton}}, MD    Physicist: {{NAME:D. Abernathy-Sosa}}
Diagnosis: prostate adenocarcinoma, Gleason 4+3=7, PSA 14.2, cT2b, unfavorable intermediate risk.
Course: VMAT IMRT to prostate + SV, 70 Gy in 28 fx (2.5 Gy/fx), linac TrueBeam-2, IGRT w/ fiducials (3 gold markers).
Start {{DATE:01/16/2024}}   End {{DATE:02/26/2024}}   Elapsed 42 days, no breaks.
ADT: leuprolide 22.5 mg q3mo started {{DATE:12/1/2023}} by Dr. {{NAME:Oduya}}, urology.
Acute toxicity: GU grade 1 frequency (tamsulosin), GI grade 1 loose stools. No grade 3+.
Follow-up: PSA at 3 mo, visit {{DATE:May 28, 2024}} w/ {{NAME:Nkemdirim Ofoegbu}}, NP.
Summary faxed to {{FACILITY:Superior Urology Associates}} {{FAX:218-555-0196}} and PCP Dr. {{NAME:Liesl Baumgartner}}.
dictated {{DATE:2/27/2024}} / transcribed {{NAME:RW}}`,
  `SURGICAL PATHOLOGY REPORT     Accession: {{ID:SP-24-008812}}
{{FACILITY:Tidewater Anatomic Pathology Associates}}   CLIA 49D0987654
Patient: {{NAME:Abernethy-Nwosu, Grace}}   MRN {{MRN:TW5528130}}   DOB {{DATE:08/13/1957}}
Collected {{DATE:03/05/2024 10:42}}   Received {{DATE:03/05/2024 14:10}}   Signed {{DATE:03/07/2024}}
Surgeon: {{NAME:Cornelius Achterberg}}, MD
SPECIMENS: A. Right colon and terminal ileum, right hemicolectomy. B. Additional mesenteric LN.
FINAL DIAGNOSIS:
A. Invasive adenocarcinoma, moderately differentiated, cecum, 4.1 cm.
   Invades through muscularis propria into pericolorectal tissue (pT3).
   LVI present. PNI absent. Margins negative (closest radial 0.8 cm).
   LN: 2/19 positive (pN1b). Tumor deposits: absent.
B. 0/3 lymph nodes.
MMR IHC (block A4): MLH1 lost, PMS2 lost, MSH2/MSH6 intact -- see comment; MLH1 promoter methylation sent ({{ID:MOL-24-00391}}).
AJCC 8th: pT3 pN1b. Stage IIIB.
Comment: discussed with Dr. {{NAME:Achterberg}} by phone {{DATE:3/7}} 1530.
Electronically signed: {{NAME:Yevgenia Pruszynska}}, MD, pathologist`,
  `MOLECULAR ONCOLOGY REPORT -- Comprehensive Genomic Profiling (solid tumor, 523 genes)
Lab: {{FACILITY:Meridian Precision Diagnostics}}, {{LOCATION:Nashville}}, TN   Report ID {{ID:MPD-2024-118530}}
Patient {{NAME:Kovalenko, Oksana}}  DOB {{DATE:22-Oct-1949}}  Sex F  MRN {{MRN:KX-33019}}
Specimen: FFPE, L lower lobe wedge, source accession {{ID:S23-55170}} block B2, tumor content 40%
Ordering physician: Dr. {{NAME:Benedikt Marchetti-Ong}}  ({{FACILITY:Cumberland Thoracic Oncology}})
Received {{DATE:12/04/2023}}   Reported {{DATE:12/15/2023}}
RESULTS
  EGFR exon 19 deletion (p.E746_A750del) VAF 31% -- Tier IA
  TP53 p.R273H VAF 28%
  TMB 4 mut/Mb (low); MSI stable; PD-L1 (22C3) TPS 5%
  No ALK, ROS1, RET, NTRK fusions detected
THERAPY: osimertinib (FDA-approved, NSCLC EGFR ex19del). Trials: NCT04035486.
Questions: {{EMAIL:molpath@meridianprecisiondx.example}} or {{PHONE:615-555-0177}}
Reviewed {{DATE:12/15/23}}: {{NAME:Arvind Subrahmanyam}}, PhD, FACMG`,
  `CLINICAL TRIAL ENROLMENT NOTE
Protocol: VRD-2207, a phase 3 randomized study of ...  (NCT05991022), IRB #2023-0418
Site 0142, {{FACILITY:Pinecrest University Cancer Center}}
Subject: {{NAME:Tran Thi Hoa}} ({{NAME:Hoa}})  MRN {{MRN:PU-8841276}}
Screening # {{ID:0142-S-037}}   Randomization # {{ID:R-5528}}   Arm B (investigational)
Consent signed {{DATE:6/3/2024 1420}} in Vietnamese w/ certified interpreter {{NAME:Quang Le}} (ID {{ID:INT-2284}}); daughter {{NAME:Vy Nguyen}} present.
ICF version 4.0. Copy of signed ICF given to pt, original to regulatory binder.
Eligibility reviewed by PI Dr. {{NAME:Ostrowski-Bell}} and CRC {{NAME:Marguerite Dufresne}}. ECOG 1. Measurable disease per RECIST 1.1.
C1D1 planned {{DATE:06/10/2024}}. PK draws C1D1 pre, 1h, 4h; C1D15.
Kit # assigned {{ID:K-40917}}.
Subject given card w/ 24h study line {{PHONE:(919) 555-0164}}.
-- {{NAME:M. Dufresne}}, CCRP`,
  `SURVIVORSHIP CARE PLAN
Prepared for: {{NAME:Delphine Achterberg-Mwangi}}   DOB {{DATE:4/4/1979}}   MRN {{MRN:2209184}}
Prepared by: {{NAME:Rosalind Tuckerman}}, FNP, {{FACILITY:Bayfront Survivorship Clinic}}   date {{DATE:October 2, 2024}}
Diagnosis: Hodgkin lymphoma, classic, nodular sclerosis, stage IIA (bulky mediastinum), dx {{DATE:08/2022}}.
Treatment: ABVD x 4 cycles ({{DATE:9/2022}} - {{DATE:1/2023}}) then ISRT 30 Gy / 15 fx to mediastinum at {{FACILITY:Gulf Coast Proton & Photon}}.
Completed: {{DATE:03/10/2023}}. PET-CT {{DATE:4/2023}} Deauville 2 -- complete metabolic response.
Late effects to watch: breast cancer (start annual MRI + mammo at 30 or 8 yrs post RT, whichever later), hypothyroidism (TSH yearly), cardiac (echo q5y), pulmonary (bleomycin), infertility.
Oncologist: Dr. {{NAME:Sebastián Iturriaga}}  {{PHONE:727-555-0110}}
PCP: Dr. {{NAME:Wen Jie Calloway}}, {{FACILITY:Pinellas Primary Care}}
Portal: {{URL:https://portal.bayfrontsurvivors.example/p/dachterberg}}
Pt goals: back to teaching at {{FACILITY:Lealman Elementary}}, run a 5K.`,
  `PALLIATIVE CARE REFERRAL
To: {{FACILITY:Sandhills Palliative Medicine}}, fax {{FAX:910-555-0139}}   From: Dr. {{NAME:Obiageli Hartwell-Ross}}
Date {{DATE:07/22/24}}
Pt {{NAME:Cletus Ambrose Wainwright}}   DOB {{DATE:02/09/1938}}   MRN {{MRN:SHM-665102}}
Medicare MBI {{HEALTH_PLAN:3TR7-KD4-MW62}}
Dx: pancreatic adenocarcinoma, head, s/p Whipple (2022), now liver mets, progression on gem/nab-pac.
Reason: pain (celiac plexus block? failed oxycodone 10 mg q4h), anorexia, 9 kg wt loss, goals of care.
ECOG 3. Lives w/ daughter {{NAME:Annette Wainwright-Pruitt}}, {{ADDRESS:118 Longleaf Dr}}, {{LOCATION:Aberdeen}}, NC {{ZIP:28315}}. Daughter cell {{PHONE:910-555-0121}}.
HCPOA: daughter. Code status: DNR/DNI per MOST form signed {{DATE:7/19/24}}.
Has Trousseau-type migratory thrombophlebitis, on apixaban.
Please see within 1 week. Clinic contact: {{NAME:Jolene Marsh}}, RN nav, ext {{PHONE:4471}}.`,
  `HOSPICE REFERRAL / FACE-TO-FACE
Referring: {{FACILITY:Mesa Verde Oncology Group}}, Dr. {{NAME:Ezinne Castellanos}}  NPI {{LICENSE:1487720365}}
Hospice: {{FACILITY:Canyon Light Hospice}}, intake {{PHONE:505-555-0158}}, fax {{FAX:505-555-0159}}
Patient: {{NAME:Ysidro Benavidez}}   {{AGE:91}} y/o M   DOB {{DATE:05/05/1933}}
Address: {{ADDRESS:4417 Calle del Sol NW}}, {{LOCATION:Albuquerque}} NM {{ZIP:87120}}
Medicare # {{HEALTH_PLAN:7KM2-QX9-RT40}}
Terminal dx: metastatic urothelial carcinoma, progressed after enfortumab vedotin; declines further tx.
PPS 40%, bedbound most of day, intake < 25% of meals, albumin 2.4.
F2F encounter {{DATE:August 12, 2024}} -- prognosis 6 months or less if disease runs usual course.
Caregiver: grandson {{NAME:Mateo Benavidez}}, {{PHONE:(505) 555-0170}}. Speaks Spanish + English.
DME: hospital bed, O2 2L NC, commode. Suprapubic cath (Foley-type 16 Fr) changed {{DATE:8/1}}.
Signed {{NAME:E. Castellanos}}, MD {{DATE:8/12/2024 1610}}`,
  `GENETIC COUNSELING -- PEDIGREE SUMMARY (cancer genetics)
Proband: {{NAME:Rivka Feldstein-Amar}} (III-4), 44F, MRN {{MRN:HG-301882}}   Visit {{DATE:3 Apr 2024}}, in person + sister via video
GC: {{NAME:Tomasz Brzezinski}}, MS, CGC    Referring: Dr. {{NAME:Hollis Ekwueme}}
Ancestry: Ashkenazi Jewish (both sides); maternal grandparents born in {{LOCATION:Lodz}}, emigrated to Canada.
Maternal:
  mother {{NAME:Miriam Feldstein}} (II-2), 71, ovarian ca dx 62, living
  MGM {{NAME:Esther Rosenbaum}} (I-2), breast ca dx 48, d. 1979 age 51
  maternal aunt {{NAME:Ruth Glickman}} (II-3), pancreatic ca dx 67, d. 2015
  MGF {{NAME:Shmuel Rosenbaum}}, d. {{AGE:96}} "old age", no cancer
Paternal:
  father {{NAME:Avraham Amar}}, 74, prostate ca dx 69 (Gleason 8)
  PGM {{NAME:Simha Amar}}, living, {{AGE:97}}, no cancer, resides {{FACILITY:Beth Shalom Residence}}
Siblings: sister {{NAME:Naomi Feldstein Katz}} (III-2), 47, no ca; brother {{NAME:Ari}}, 40.
Testing: 84-gene panel at {{FACILITY:Helixor Clinical Labs}} {{DATE:4/3/24}}, order {{ID:HXL-0418822}}.
Prior: BRCA founder (3-site) negative in 2011? pt unsure -- records requested.
Plan: disclose by phone, {{NAME:TB}} to call {{PHONE:212-555-0185}}.`,
  `SPECIALTY PHARMACY -- NEW START INTAKE
{{FACILITY:NorthStar Specialty Pharmacy}}   Rx # {{ID:6120448}}   Intake {{DATE:Jun 18 2024}}
Patient: {{NAME:Omar Haddad-Lindqvist}}   DOB {{DATE:12/30/1966}}   ph {{PHONE:612-555-0193}}
Ship to: {{ADDRESS:3309 Cedar Lake Pkwy, Unit 210}}, {{LOCATION:Minneapolis}} MN {{ZIP:55416}}
Drug: ibrutinib 420 mg tab, 1 PO daily, #28, NDC 57962-0420-28
Dx: CLL, del(17p) neg, IGHV unmutated (C91.10)
Prescriber: Dr. {{NAME:Soo-Ah Brennan}}  DEA {{LICENSE:BB4418270}}
Primary ins: {{HEALTH_PLAN:XWZ884109372}}  BIN 610014  PCN MEDDPRIME  Grp RX4471
PA approved {{DATE:6/17/24}}, auth # {{ID:PA-99201876}}, valid thru {{DATE:12/17/24}}.
Copay $2,418 -> enrolled in mfr copay program, member ID {{HEALTH_PLAN:CPY55810294}}; pt pays $10.
DDI screen: on apixaban (bleeding risk, counselled), no strong CYP3A4 inhibitors. Afib hx.
Counselled by {{NAME:Linnea Strand}}, PharmD: take same time daily, hold 3-7 d around surgery, hydration.
First ship {{DATE:6/19}}, FedEx tracking {{ID:7748 2219 0915}}, signature req.`,
  `FINANCIAL COUNSELING NOTE   {{DATE:08/05/2024}}
Pt {{NAME:Lavinia Tuipulotu}} seen with husband {{NAME:Sione}} in {{FACILITY:Kapiolani Ridge Cancer Center}} financial office.
Guarantor acct {{ACCOUNT:G-00771934}}; HAR {{ACCOUNT:551093288}}. Outstanding balance $18,402.16 (statement {{ACCOUNT:ST-2024-0718-3391}}).
Coverage: employer plan via husband at {{FACILITY:Aloha Freight Lines}}, member {{HEALTH_PLAN:HMA-662015893-01}}, group 008811.
Household of 5, income ~ 210% FPL. Applied for hospital charity care, application # {{ID:CC-24-10557}}.
Foundation: applied to breast cancer fund for pembrolizumab coinsurance, case # {{ID:PAF-3318842}}, grant approved {{DATE:8/2}} for $7,500 through {{DATE:8/1/25}}.
SSN on application {{SSN:576-41-9032}} (verified w/ card).
Transportation: drives from {{LOCATION:Waianae}}, 45 min; gas card given. Parking validated for plate {{VEHICLE:HI NKT 482}}.
Follow-up w/ {{NAME:Keoni Pahinui}}, fin counselor, ext {{PHONE:6620}}, email {{EMAIL:kpahinui@kapiolaniridge.example}}.`,
  `HOME INFUSION NURSING VISIT -- PUMP DISCONNECT
Agency: {{FACILITY:Prairie Wind Home Infusion}}   Visit {{DATE:Wed 10/16/24}} 14:05-14:40
Pt: {{NAME:Wendell Nakashima}}  MRN {{MRN:PW-00194}}   {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Valentine}}, NE {{ZIP:69201}}
Pt is 78yo M on FOLFIRI C5, 5-FU 46 h infusion started {{DATE:10/14}} at {{FACILITY:Cherry County Oncology Clinic}}.
CADD-Solis pump serial {{DEVICE:CS-2219-77451}} -- reservoir empty, alarm "reservoir volume low" at 1350, infusion complete, residual 2 mL.
L arm PICC? no -- R chest port (Bard PowerPort, serial {{DEVICE:RBP1180742}}). Site clean, no redness. Flushed 10 mL NS then heparin 500 units, needle removed, tip intact.
Chemo spill kit not needed; waste in yellow bag to clinic.
Pt c/o mild mucositis gr 1, using salt/soda rinses. Diarrhea x2 yesterday -> loperamide.
Wife {{NAME:Ellen}} asks about next cycle: {{DATE:10/28}}.
Pump returned to clinic via courier; log # {{ID:PWH-RTN-55102}}.
{{NAME:Carmen Oduya-Whitfield}}, RN   cell {{PHONE:402-555-0162}}`,
  `FLOW CYTOMETRY REPORT -- Leukemia/Lymphoma panel
Accession: {{ID:FC24-02871}}    Specimen: peripheral blood, EDTA    Collected {{DATE:02/11/2024 0915}}
Patient: {{NAME:Baptiste, Jean-Rony}}   MRN {{MRN:000781456}}   DOB {{DATE:07/19/1948}}
Requesting MD: {{NAME:Halvard Eikeland}} ({{FACILITY:Lakeside Hematology Oncology}}, fax {{FAX:414-555-0190}})    Lab: {{FACILITY:Great Lakes Hematopathology}}
WBC 38.4, lymphs 82%.
Gating on CD45 bright/SSC low lymphocytes (78% of events):
  CD19+ CD5+ CD23+ CD20 dim, CD200+, FMC7 neg, CD10 neg, CD38 neg
  surface light chain: kappa restricted (dim)
  CD3+ T cells 9%, CD4:CD8 2.1
INTERPRETATION: monoclonal B-cell population (approx 76% of leukocytes), phenotype consistent with chronic lymphocytic leukemia / SLL. Matutes score 5/5.
Recommend: FISH CLL panel (sent, {{ID:CG24-00419}}), IGHV mutation status, TP53.
Correlate with prior CBC {{DATE:11/2023}} (WBC 21).
Reviewed/signed {{DATE:2/12/2024}}: {{NAME:Ngozi Abernathy}}, MD, hematopathology   ph {{PHONE:(414) 555-0128}}`,
  `BONE MARROW BIOPSY & ASPIRATE
Case # {{ID:BM-24-0633}}   Date of procedure {{DATE:5/14/2024}}   Performed by {{NAME:Y. Kaczmarek}}, PA-C, assisted by {{NAME:Rhiannon Pugh}}, RN
Patient: {{NAME:DESAI, Harshvardhan}}  ({{NAME:Harsh}})  MRN {{MRN:MRN4470981}}  Age 67
Site: R posterior iliac crest, under lidocaine 1%, 11g Jamshidi. Pt tolerated well.
Clinical hx: pancytopenia, suspect MDS vs AML. Day 0 pre-treatment marrow.
ASPIRATE: hypercellular, blasts 24% (by 500-cell diff), dysplasia in erythroid and megakaryocytic lines, ring sideroblasts 5%.
BIOPSY: cellularity 80%, CD34+ blasts ~25% on IHC. Reticulin MF-1.
Flow ({{ID:FC24-04418}}): myeloid blasts CD34+ CD117+ CD13+ CD33+ HLA-DR+.
Cytogenetics ({{ID:CY24-1190}}): 46,XY,del(5q)... pending; NGS myeloid panel pending (TP53?).
DIAGNOSIS: acute myeloid leukemia with myelodysplasia-related changes (WHO 5th), 24% blasts.
Called to Dr. {{NAME:Okoro-Lindgren}} {{DATE:5/15}} 0805, read-back confirmed.
Pathologist {{NAME:Soren Halvorsen-Yip}}, MD, {{FACILITY:Meadowbrook University Hospital}}`,
  `NURSING EVENT NOTE -- INFUSION REACTION
{{DATE:1/23/2025}} -- Bay C, chair 22. Pt {{NAME:Francesca Delvecchio}}, MRN {{MRN:44-09172}}, C2D1 paclitaxel 175 mg/m2 (adjuvant, breast).
1103 paclitaxel started @ 25 mL/h (per titration protocol), premeds given 0945 (dex 20 mg PO night before + AM, diphenhydramine 50 IV, famotidine 20 IV).
1109 pt reports chest tightness, back pain, flushing. BP 88/50, HR 124, SpO2 91% RA.
Infusion STOPPED. NS wide open, O2 4L NC, called rapid response + Dr. {{NAME:Achebe-Thornton}} to bedside.
1112 hydrocortisone 100 mg IV, diphenhydramine 25 mg IV additional. 1115 BP 104/62, SpO2 96%.
1140 symptoms resolved. Grade 2 HSR (CTCAE v5).
Per MD: rechallenge at 10 mL/h after 30 min -> tolerated, completed 1505.
Husband {{NAME:Paolo Delvecchio}} notified at {{PHONE:716-555-0124}}.
Safety report filed, event # {{ID:SR-2025-00417}}. Pharmacy ({{NAME:Dmitri Vasquez-Holm}}, PharmD) aware; allergy list updated.
C3D1 {{DATE:2/13/2025}} -- premed plan: add montelukast, start at 10 mL/h. DOB checked {{DATE:06/02/1971}}.
Documented by {{NAME:Shirin Farahani}}, RN; witness {{NAME:Marcus T. Obi}}, RN`,
  `THORACIC TUMOR BOARD   {{DATE:Tues 09/10/2024}}
{{FACILITY:Ridgeview Medical Center}} / virtual link (Teams)
Present: {{NAME:Adeyinka}} (med onc), {{NAME:Lundqvist}} (thoracic surg), {{NAME:Paredes}} (rad onc), {{NAME:Kawamura}} (IR), {{NAME:Blackfeather}} (path), {{NAME:L. Moreau}} (nav)

#4  {{NAME:OKAFOR, Chinedu}}  MRN {{MRN:RMC1198830}}  61M  former smoker 40 pk-yr
RUL mass 4.2 cm + Pancoast features (T3), subcarinal node SUV 6.1. EBUS {{DATE:8/29}} ({{ID:C24-2291}}): station 7 + for squamous cell ca. PD-L1 TPS 60%.
cT3N2M0, IIIB. MRI brain {{DATE:9/3}} neg. PFTs: FEV1 68%, DLCO 61%.
Discussion: not resectable per {{NAME:Lundqvist}}. Concurrent chemoRT (carbo/pac weekly + 60 Gy/30 fx) then durvalumab x 12 mo (PACIFIC).
Dr. {{NAME:Paredes}} to see {{DATE:9/12}}; sim target {{DATE:9/17}}.
#5  {{NAME:Reyes-Whitlock, Dolores}}  MRN {{MRN:RMC0977341}}  {{AGE:90}}F
LLL GGO 1.8 cm, growing on 3 serial CTs. Not a surgical candidate. SBRT 54 Gy/3 fx w/o biopsy -- agreed.
Tumor board log {{ID:TB-THX-24-0910-04}}`,
  `RADIATION ONCOLOGY -- CT SIMULATION NOTE
Pt: {{NAME:Lindqvist, Annika M}}   MRN {{MRN:SARO-127733}}   DOB {{DATE:03/08/1958}}   Sim date: {{DATE:9/17/2024}}
Site: L breast, s/p lumpectomy + SLNB ({{DATE:7/30/24}}), pT1c pN0, ER+ PR+ HER2-. Oncotype RS 14.
Position: supine on breast board, incline 10 deg, arms up on wingboard, Vac-Lok indexed H3.
DIBH coached: pt able to hold 25 s x 5, reproducible (RPM gating).
Tattoos: 3 pinpoint (medial, lateral, inferior) + 1 at sternal notch. Setup photos taken of position and tattoos.
Face photo for patient ID uploaded to R&V as {{PHOTO:IMG_PTID_127733_0917.jpg}}.
Scan: 2.5 mm slices, wires on scar and breast tissue.
Plan: whole breast 40.05 Gy/15 fx, no boost (age 66, low risk). Start target {{DATE:9/30}}.
Linac: Halcyon-1. Dosimetrist: {{NAME:Benedetta Rossi-Kamara}}. Physics check by {{NAME:Orlando Ferreira}}.
Rx approved Dr. {{NAME:Paredes}}. Referring surgeon Dr. {{NAME:Adaeze Holmberg}}, {{FACILITY:Northshore Breast Center}}.
CT sim therapist: {{NAME:J. Wooten}}, RT(T)    Sim scheduler {{PHONE:(218) 555-0117}}`,
  `TELEHEALTH ONCOLOGY FOLLOW-UP (video)
Date {{DATE:02/03/2025}}   Platform session ID {{ID:VV-8837-2291-04}}
Provider: {{NAME:Ximena Achterberg-Salas}}, MD at {{FACILITY:High Desert Cancer Care}}, {{LOCATION:Bend}}, OR
Pt: {{NAME:Dale Rutherford}}  DOB {{DATE:6/1/1955}}  MRN {{MRN:HDC-22918}} -- located at home in {{LOCATION:Burns}}, OR (confirmed); connected from IP {{IP:73.218.144.62}}
Consent for telehealth verbal, wife {{NAME:Bonnie}} present.
Hx: metastatic RCC (clear cell), on cabozantinib 40 mg daily since {{DATE:10/2024}}.
Interval: HFS grade 2 both soles, diarrhea 3-4/day, BP home log 150s/90s. Wt stable.
Labs drawn {{DATE:1/30}} at {{FACILITY:Harney District Hospital}}: TSH 8.2 (up), Cr 1.3, LFTs ok, UPCR 0.4.
A/P: hold cabo x 7 days, resume 20 mg; amlodipine 5 mg; urea 40% cream; levothyroxine 25 mcg.
CT CAP {{DATE:3/2025}} local, images pushed to PACS.
Video dropped once at 10:22, reconnected from {{IP:73.218.144.71}}.
Total time 32 min. -- {{NAME:XAS}}`,
  `HDR BRACHYTHERAPY PROCEDURE NOTE -- fraction 2 of 4
{{DATE:11/07/2024}}   {{FACILITY:Sierra Foothills Cancer Center}}, HDR suite
Pt: {{NAME:Guadalupe Ochoa-Villanueva}}  MRN {{MRN:SFC-0082715}}  DOB {{DATE:1/12/1969}}
Dx: squamous cell carcinoma cervix, FIGO IIIC1r, s/p EBRT 45 Gy/25 fx + weekly cisplatin (completed {{DATE:10/25}}).
Anesthesia: spinal by Dr. {{NAME:Kwabena Asante-Reilly}}. Foley placed, bladder filled 150 mL.
Applicator: tandem + ovoids (Fletcher-style), 4 cm tandem, 30 deg. Packing w/ gauze.
CT-based planning; HR-CTV D90 7.1 Gy (Rx 7 Gy). Bladder D2cc 4.8 Gy, rectum D2cc 3.9 Gy, sigmoid 3.6 Gy.
Source Ir-192, activity 8.92 Ci today. Treatment time 412 s. Survey post-tx: background.
Physics: {{NAME:Anneliese Vukovic}}, PhD.  Dosimetry: {{NAME:Ravi Chandrasekaran}}.
Attending: {{NAME:Imelda Fitzgerald-Osei}}, MD.
Pt tolerated well, discharged 1530 w/ sister {{NAME:Rosa Ochoa}} ({{PHONE:530-555-0138}}), lives in {{LOCATION:Grass Valley}}.
Next fx: {{DATE:Thursday 11/14}} 0730; then {{DATE:11/21}}.
Interpreter (Spanish) {{NAME:Jorge Saldivar}} used throughout.`,
  `secure chat -- infusion pod B, {{DATE:3/12}}
0702 {{NAME:kelsey}}: morning! who has chair 9? mr {{NAME:ferreira}}'s C4D1 folfiri
0703 {{NAME:dom}}: me. labs back? anc?
0705 {{NAME:kelsey}}: anc 1.4 plt 110, dr {{NAME:nakamura}} ok'd. irinotecan 180/m2
0711 {{NAME:dom}}: his wife {{NAME:Lucinda}} called, says he had 6 BMs yest. should i hold?
0712 {{NAME:kelsey}}: page {{NAME:nakamura}} {{PHONE:4-7718}} -- that's her pager
0720 Dr {{NAME:Nakamura}}: hold irinotecan today, give IVF 1L, stool cx + c.diff. keep 5FU? no, hold all, see him in clinic 0900
0721 {{NAME:dom}}: ok. also pump serial for today was {{DEVICE:CP7-120994}} -- returning to pharm
0748 {{NAME:ana}} (pharm): cancelled order {{ID:ORD-55810392}}, credit chair
0910 Dr {{NAME:Nakamura}}: c.diff neg. resched C4D1 to {{DATE:3/19}}, dose reduce irinotecan 150/m2
0912 {{NAME:kelsey}}: scheduling sent to {{NAME:Trish}} at x{{PHONE:5521}}. pt has ride via {{FACILITY:Valley Cancer Rides}}, van pickup {{ADDRESS:48 Orchard Ln}} {{LOCATION:Hood River}}
0915 {{NAME:dom}}: ty`,
  `ONCOLOGY PHARMACIST VERIFICATION -- R-CHOP C1D1
Pt {{NAME:Bello, Abdulrahman}}   MRN {{MRN:0098871234}}   DOB {{DATE:04/27/1966}}   HAR {{ACCOUNT:7100238845}}
Tx date {{DATE:Mon 8-Jul-2024}}, {{FACILITY:Brookline Hematology Infusion}}, chair 3
Ordering: {{NAME:Fenella Courtenay-Ibe}}, MD   Verifying: {{NAME:Hyun-woo Park}}, PharmD, BCOP
Dx DLBCL, GCB type, stage IV, IPI 3. Hep B core Ab neg, sAg neg ({{DATE:7/1}}). Echo LVEF 60% ({{DATE:7/2/24}}).
Ht 170 cm, Wt 94 kg -> BSA 2.09 m2 (Mosteller); actual wt, no cap.
  rituximab 375 mg/m2 = 783.75 -> 780 mg (dose band) IV, first-infusion titration 50 mg/h
  cyclophosphamide 750 mg/m2 = 1570 mg IV
  doxorubicin 50 mg/m2 = 105 mg IV push (vesicant -- port)
  vincristine 1.4 mg/m2 = 2.9 -> CAPPED 2 mg IV minibag
  prednisone 100 mg PO D1-5
Tumor lysis: LDH 812, uric acid 7.9 -> allopurinol 300 mg + IVF; rasburicase not needed now.
Pegfilgrastim on-body injector applied D1, device serial {{DEVICE:OBI-3K9921077}}, lot 1134562 (exp 09/2025).
Cumulative doxorubicin: 50 mg/m2 of 450.
Discrepancy: order said vincristine 2.9 mg -- called Dr. {{NAME:Courtenay-Ibe}} at {{PHONE:617-555-0108}}, corrected to 2 mg cap. Verified {{DATE:7/8/2024 0934}}. Pt seen in clinic by {{NAME:Oluwaseun Garrido}}, NP, prior to tx.`,
  `CANCER GENETICS FOLLOW-UP -- RESULT DISCLOSURE
{{DATE:January 9, 2025}}   Pt {{NAME:Siobhan McGillicuddy-Ortiz}}  MRN {{MRN:GN-55120}}
Result ({{FACILITY:Helixor Clinical Labs}}, report {{ID:HXL-0522907}}): MSH2 c.942+3A>T, pathogenic -- Lynch syndrome.
Tumor: endometrioid endometrial ca, MSH2/MSH6 loss on IHC ({{ID:S24-88102}}).
Pedigree update (maternal side):
  mother {{NAME:Bridget McGillicuddy}}, colon ca dx 52, d. 61
  maternal uncle {{NAME:Declan McGillicuddy}}, colon ca x2 (dx 45, 58), alive 70
  cousin {{NAME:Fiona Brannock}}, 38, untested
  MGM {{NAME:Nora Kehoe}}, "stomach cancer", d. 1988 in {{LOCATION:Cork}}
  MGGF d. at {{AGE:94}} in {{LOCATION:Skibbereen}}, no known ca
Paternal (Mexican): father {{NAME:Rogelio Ortiz}}, 72, well; PGM {{NAME:Consuelo Ortiz}} {{AGE:ninety-one}}, breast ca at 80.
Family letter sent to relatives via pt; cascade testing code {{ID:FAM-HXL-7718}} (free within 90 days).
Screening: colonoscopy q1-2y, discuss risk-reducing BSO (already TAH/BSO {{DATE:11/2024}}), urine cytology.
GC {{NAME:Tomasz Brzezinski}}, CGC  |  {{EMAIL:tbrzezinski@hgenetics.example}}`,
  `ORAL CHEMOTHERAPY ADHERENCE CALL -- week 2
{{DATE:4/22/24}} 1015  outbound call to {{PHONE:(304) 555-0161}}
Spoke w/ pt {{NAME:Loretta Cantrell}} (2 identifiers: DOB {{DATE:9/9/1950}}, address {{ADDRESS:1207 Coal Hollow Rd}}, {{LOCATION:Beckley}} WV {{ZIP:25801}}).
Regimen: capecitabine 1500 mg BID (2x500 + 1x500?) -> pt says 3 tabs of 500 twice daily, days 1-14 of 21. C1D9 today.
Missed doses: 1 (evening {{DATE:4/18}}, fell asleep). Pill diary reviewed.
Side effects: hands red + tender (HFS grade 1), no diarrhea, appetite fair. Using urea cream.
Interactions: pt started OTC omeprazole -- counselled, notified MD. Warfarin? no.
Refill via {{FACILITY:Appalachian Specialty Rx}}, Rx {{ID:7731902}}, next ship {{DATE:4/29}}.
Pt's daughter {{NAME:Darla Cantrell-Booth}} helps with pill box; her cell {{PHONE:304-555-0119}}.
Oncologist Dr. {{NAME:Uchenna Blevins}} notified via in-basket.
Next call {{DATE:4/29/24}}.  -- {{NAME:Mollie Tran}}, RN, oral chemo navigator`,
  `LETTER OF MEDICAL NECESSITY / APPEAL
{{DATE:May 2, 2024}}
To: Appeals Dept, Beacon Mutual Health Plan, fax 1-800-555-0143
Re: {{NAME:Theodora Papadakis-Hunt}}   DOB {{DATE:02/14/1973}}
Member ID {{HEALTH_PLAN:BMH-773019245}}   Claim # {{ACCOUNT:CLM-2024-0419-8821}}   Denial ref {{ID:DN-558210}}
I am writing to appeal the denial of trastuzumab deruxtecan (J9358) for my patient with HER2-low (IHC 1+) metastatic breast cancer, previously treated with CDK4/6i + letrozole and capecitabine.
This use is FDA-approved and category 1 in NCCN guidelines (DESTINY-Breast04). Echo {{DATE:4/11/24}}: LVEF 58%.
Her tumor (accession {{ID:S22-10458}}, re-tested {{ID:S24-30117}}) was HER2 1+.
Please expedite: she has progressing liver mets with rising bilirubin.
Sincerely,
{{NAME:Cordelia Amankwah}}, MD, Breast Medical Oncology
{{FACILITY:Three Rivers Cancer Specialists}}, {{ADDRESS:600 Grant Ave, Suite 1400}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15219}}
ph {{PHONE:412-555-0181}}  fax {{FAX:412-555-0182}}  NPI {{LICENSE:1902847361}}`,
  `IR PROCEDURE NOTE -- IMPLANTED PORT PLACEMENT
Date {{DATE:2024-02-19}}   Operator: {{NAME:Leopold Nakagawa-Brandt}}, MD   Assist: {{NAME:Tamsin Achebe}}, RT(R)
Pt {{NAME:Zhao, Xiuying}}  MRN {{MRN:MUH-30921884}}  DOB {{DATE:1958-10-01}}
Indication: gastric adenocarcinoma, FLOT planned starting {{DATE:2/26}}.
Consent: obtained w/ Mandarin interpreter ({{NAME:Jin Wei}}, ID {{ID:INT-0772}}); son {{NAME:Zhao Ming}} present.
Procedure: R IJ access under US, single-lumen 8 Fr chest port, tip at cavoatrial junction on fluoro. Pocket R upper chest, 2-layer closure + Dermabond.
Device: model CT-8F (catalogue 1808020), lot REDX2291, SERIAL {{DEVICE:PAC80-4417752}}. Power injectable, 5 mL/s max.
Fluoro time 0.6 min. EBL <5 mL. No complications. Port accessed and flushed, left accessed for chemo teaching.
Port ID card given to pt; registration mailed to manufacturer.
Sedation: midazolam 2 mg, fentanyl 100 mcg, monitored by {{NAME:Ophelia Grant}}, RN.
Dictated {{DATE:2/19/24}} by {{NAME:LNB}}; transcribed {{NAME:dk}}. {{FACILITY:Meadowbrook University Hospital}} IR, {{PHONE:608-555-0150}}`,
  `INFUSION RN NOTE -- PORT OCCLUSION
{{DATE:Fri 6/14/24}}  {{NAME:Thibodeaux, Remy}}  MRN {{MRN:AC-201884}}  C6D1 FOLFOX
L chest port (serial {{DEVICE:PP-0918-33170}}, placed {{DATE:Nov 2023}}) -- accessed x2 w/ 20g Huber, flushes but NO blood return. Pt repositioned, arms up, Valsalva, cough: no return.
Per protocol called NP {{NAME:Evangeline Broussard}}: alteplase 2 mg/2 mL instilled 0850, dwell 30 min.
0925 aspirated, no return -> 2nd dose dwell 90 min.
1100 blood return brisk, aspirated 5 mL & discarded, labs drawn from port. Flushed 20 mL NS.
Not a Groshong (non-valved port). Dye study ordered? not needed per NP.
Labs ok; FOLFOX started 1210, CADD pump {{DEVICE:CP7-118901}} connected 1440, pt d/c home to {{LOCATION:Breaux Bridge}}.
Disconnect {{DATE:6/16}} at {{FACILITY:Acadiana Cancer Institute}} clinic, Sunday -- weekend RN {{NAME:Marguerite}}.
Pt's wife {{NAME:Claudette}} ph {{PHONE:337-555-0157}}.
{{NAME:Pierre-Luc Guidry}}, RN`,
  `ED NOTE -- FEBRILE NEUTROPENIA
{{DATE:12/27/2024 02:14}}  {{FACILITY:Mercy Hollow Hospital}} ED, {{LOCATION:Chillicothe}}, OH
{{NAME:Adebayo, Folasade}}, 34F, MRN {{MRN:MH-0664102}}. Brought by partner {{NAME:Kehinde Adeyemi}}.
Breast ca, dose-dense AC C3 on {{DATE:12/19}} at {{FACILITY:Scioto Valley Oncology}}; got pegfilgrastim (on-body) {{DATE:12/20}}.
T 38.9 at home, chills. Here T 39.2, HR 118, BP 102/60. Port site clean (chest port serial {{DEVICE:MP-55210-6}} per card).
ANC 0.1, Hgb 9.1, plt 78. Lactate 1.8. UA neg. CXR clear. Blood cx x2 (port + periph) 0230.
MASCC 19 -- but HR high, admit.
Cefepime 2 g IV q8h given 0241 (door-to-abx 27 min).
Oncology on call Dr. {{NAME:Ashworth}} paged via operator {{PHONE:740-555-0100}}, agrees w/ admit to 4 West, neutropenic precautions.
Partner phone {{PHONE:740-555-0126}}. Insurance Medicaid {{HEALTH_PLAN:OH8821047733}}.
-- {{NAME:Ignatius Oyelowo}}, DO`,
  `SURVIVORSHIP VISIT -- TESTICULAR CANCER, 5 YEARS
{{DATE:08/19/2024}}  {{FACILITY:Lakeshore Regional Cancer Institute}} GU Survivorship
{{NAME:Kristoffer Haugland}}   DOB {{DATE:5/23/1990}}   MRN {{MRN:LRC-0029114}}
Hx: L testis nonseminomatous GCT (embryonal 60%, teratoma 40%), stage IIB, L orchiectomy {{DATE:6/2019}}, BEP x3 ({{DATE:7/2019}}-{{DATE:9/2019}}), RPLND {{DATE:11/2019}} at {{FACILITY:Hoosier Urologic Institute}}: teratoma only.
Now NED. AFP 3.1, bHCG <1, LDH 170.
Late effects: tinnitus (cisplatin) stable, Raynaud's in fingers (bleomycin), retrograde ejaculation -- banked sperm pre-tx at {{FACILITY:Cryo Genesis Bank}}, sample ID {{ID:CGB-190611-4}}.
Testosterone 312 (low-nl), lipids: LDL 158 -> PCP.
Works as a firefighter ({{FACILITY:Gary Fire Department}} station 6).
Plan: transition to PCP Dr. {{NAME:Anjali Weatherspoon}}; survivorship plan emailed to {{EMAIL:k.haugland90@mailbox.example}}.
{{NAME:Rosalind Tuckerman}}, FNP`,
  `HOSPICE ADMISSION NURSING ASSESSMENT
{{FACILITY:Bluegrass Haven Hospice}}   Admit {{DATE:10/03/2024 1330}}   Benefit period 1 (90 days) starts {{DATE:10/3/24}}
Pt: {{NAME:Opal Mae Stinnett}}   {{AGE:94}}yo F   DOB {{DATE:03/21/1930}}   Hospice MRN {{MRN:BGH-24-0917}}
Home: {{ADDRESS:2291 Pumpkin Vine Pike}}, {{LOCATION:Versailles}}, KY {{ZIP:40383}}   ph {{PHONE:859-555-0112}}
Medicare {{HEALTH_PLAN:5RF3-HJ8-KT21}}
Terminal dx: metastatic breast ca (ER+), bone + liver mets; stopped anastrozole {{DATE:9/2024}} per pt wish.
Referring: Dr. {{NAME:Prakash Venkataraman}}, {{FACILITY:Kentucky River Oncology}}.
Attending of record: Dr. {{NAME:Wilhelmina Osei-Tutu}}, hospice MD.
PPS 30%. FAST n/a. Pain 6/10 hips -> morphine ER 15 mg q12 + IR 5 mg q2h prn; comfort kit delivered.
Skin: stage 2 sacrum. Foley not needed, incontinent briefs.
Caregivers: daughter {{NAME:Peggy Sue Hammond}} ({{PHONE:859-555-0148}}) and son-in-law {{NAME:Earl}}. Grandson {{NAME:Tyler Hammond}} drives from {{LOCATION:Lexington}}.
Chaplain: pt attends {{FACILITY:Pisgah Presbyterian Church}}, Rev. {{NAME:Amos Whitt}} to visit.
DNR on fridge (EMS DNR form). Funeral home: {{FACILITY:Blackburn & Sons}}.
RN case mgr {{NAME:Shelby Ashcraft}}, RN  pager {{PHONE:859-555-0190}}`,
  `HOSPICE -- DEATH VISIT / PRONOUNCEMENT
{{DATE:11-19-2024}}   called by daughter at 0412, RN arrived 0455
Pt {{NAME:Opal Mae Stinnett}}, {{AGE:94}}, pronounced at {{DATE:11/19/2024 05:02}} at home ({{ADDRESS:2291 Pumpkin Vine Pike}}). No resp, no apical pulse x 1 min, pupils fixed.
Family present: {{NAME:Peggy Sue}}, {{NAME:Earl}}, grandson {{NAME:Tyler}}. Expected death.
Meds disposed w/ witness {{NAME:Peggy Sue Hammond}}: morphine IR 5 mg tabs x 11, lorazepam 0.5 mg x 6 -- mixed w/ kitty litter in bag. Fentanyl patch none.
Notified: attending Dr. {{NAME:Osei-Tutu}} 0515; {{FACILITY:Blackburn & Sons}} funeral home 0520 ({{PHONE:859-555-0166}}), arrived 0640.
Coroner not required (hospice, expected).
Body released to funeral director {{NAME:Wade Blackburn}} 0655.
Bereavement: refer to {{NAME:Lorna Pettit}}, bereavement coordinator; first contact within 2 wks, 13-month follow-up.
DME (bed, O2 concentrator serial {{DEVICE:OC5-84422190}}) pickup {{DATE:11/20}}.
Oncology notified by fax {{FAX:859-555-0199}} to Dr. {{NAME:Venkataraman}}.
{{NAME:Shelby Ashcraft}}, RN`,
  `CYTOPATHOLOGY REPORT -- NON-GYN
Accession {{ID:NG24-03318}}   {{FACILITY:Prairie Lutheran Hospital}} Dept of Pathology, {{LOCATION:Sioux Falls}}, SD
Pt: {{NAME:Whitehorse, Delbert}}   MRN {{MRN:PLH5510293}}   DOB {{DATE:10.04.1955}}
Specimen: pleural fluid, R, 1200 mL, thoracentesis {{DATE:June 3, 2024}} by Dr. {{NAME:Mattias Eriksen}}
Gross: 1200 mL bloody, cloudy. Cytospin + cell block (block CB1).
Micro: malignant cells in clusters and singly, 3D groups, vacuolated cytoplasm.
IHC on cell block: TTF-1 +, Napsin A +, CK7 +, CK20 -, calretinin - (mesothelial neg), WT-1 -.
DIAGNOSIS: POSITIVE FOR MALIGNANT CELLS -- metastatic adenocarcinoma, consistent with lung primary.
Cell block sent for PD-L1 + NGS: ref lab accession {{ID:MPD-2024-140228}}.
Critical result called to Dr. {{NAME:Eriksen}} {{DATE:6/4/2024 1125}} by {{NAME:CM}}.
Cytotechnologist: {{NAME:Chenoa Runningwater}}, CT(ASCP)
Pathologist: {{NAME:Bartholomew Ekpo}}, MD`,
  `CANCER REGISTRY ABSTRACT (summary)
Registry accession {{ID:2024-000417}}  Seq 01   Abstractor {{NAME:Glenda Iwasaki}}, CTR
Facility: {{FACILITY:Cascade Valley Medical Center}}   Class of case 14
Patient {{NAME:FONOTI, Malia}}   SSN {{SSN:533-80-1142}}   DOB {{DATE:19620817}}   MRN {{MRN:CVM-771204}}
Address at dx: {{ADDRESS:904 S 38th St}}, {{LOCATION:Tacoma}}, WA {{ZIP:98418}}   County: {{LOCATION:Pierce}}
Race: Samoan. Birthplace: American Samoa.
Primary site C34.1, histology 8140/3, grade 2, laterality R.
Date of first contact {{DATE:02/05/2024}}; date of dx {{DATE:02/09/2024}} (bx, {{ID:S24-02217}}).
AJCC 8: cT2a cN0 cM0 -> pT2a pN0 (0/14) stage IB. EGFR neg, ALK neg, PD-L1 10%.
Surgery: RUL lobectomy (VATS) {{DATE:03/14/2024}}, surgeon {{NAME:Halloran-Pike}}.
No adjuvant chemo (pt declined). RT none.
Follow-up status: alive, NED, last contact {{DATE:09/30/2024}}.
Managing physician: {{NAME:Ji-Hoon Castellano}}, MD. Primary payer at dx: Medicaid ({{HEALTH_PLAN:WA77104298}}).`,
  `HEME-ONC PROGRESS NOTE -- AML induction, day 14
{{DATE:Sun 5/28}}   {{FACILITY:Meadowbrook University Hospital}}, {{FACILITY:Whitcombe 8}} room 812
{{NAME:Desai, Harshvardhan}}  MRN {{MRN:MRN4470981}}  67M  (7+3 started {{DATE:5/15}}: cytarabine 100 mg/m2 CI D1-7 + idarubicin 12 mg/m2 D1-3)
S: fatigue, mucositis improving, no fever x 48 h. Wife {{NAME:Meenakshi}} at bedside overnight.
O: T 37.4, HR 92, BP 126/78. Oral ulcers gr 2. Hickman (double lumen, placed {{DATE:5/14}}) site clean.
Labs: WBC 0.2, ANC 0, Hgb 7.6 (1u PRBC irradiated), plt 9 (1 apheresis unit). K 3.4, Cr 0.8.
D14 marrow ({{ID:BM-24-0701}}): hypocellular 10%, blasts <5% -- aplastic, no residual.
FLT3 neg, NPM1 neg, TP53 mutated (VAF 18%) -> adverse risk.
A/P: continue posaconazole ppx, acyclovir, levofloxacin. Transfuse plt <10.
Transplant: HLA typing sent; sister {{NAME:Kavita Shah}} in {{LOCATION:Pune}} and brother {{NAME:Rohit Desai}} in {{LOCATION:Edison}}, NJ to be typed.
BMT coordinator {{NAME:Anouk Verbeek}} (x{{PHONE:3-4402}}).
-- {{NAME:Okoro-Lindgren}}, MD, attending; {{NAME:P. Ghosh}}, fellow`,
  `CAR-T CELL THERAPY -- APHERESIS / COLLECTION NOTE
{{DATE:April 16, 2024}}   {{FACILITY:Pinecrest University Cancer Center}} Apheresis Unit
Pt: {{NAME:Kowalczyk, Bernard}}  DOB {{DATE:8/30/1957}}  MRN {{MRN:PU-7710344}}
Product: axicabtagene ciloleucel (commercial), relapsed DLBCL after R-CHOP and R-ICE.
Chain of Identity (COI) # {{ID:COI-KX8-44172-09}}   Order # {{ID:YSC-2024-0418877}}
Manufacturer courier pickup 1640, cryo shipper {{ID:SHP-55091}}; patient label verified by 2 RNs.
Access: R IJ temporary apheresis catheter (Trialysis-type), placed by IR {{DATE:4/15}}.
Collection: 2.5 blood volumes processed, ALC pre 0.62, CD3+ yield adequate per lab.
Side effects: perioral tingling (citrate) -> calcium gluconate 1 g. BP 110/64.
Bridging: dex + polatuzumab planned. Lymphodepletion (Flu/Cy) target {{DATE:5/6}}; infusion D0 {{DATE:5/9}}.
Caregiver 24/7 x 4 wks: wife {{NAME:Halina}}, staying at {{FACILITY:Rosewood Guest Lodge}}, {{ADDRESS:77 Linden Ct}}, {{LOCATION:Durham}}.
No driving x 8 wks -- pt to surrender keys; car (plate {{VEHICLE:NC TRK-4471}}) parked at lodge.
Apheresis RN {{NAME:Thandiwe Mokoena}}; cell therapy coordinator {{NAME:Ines Laborde}} {{PHONE:919-555-0147}}.`,
  `BMT -- UNRELATED DONOR SEARCH UPDATE
{{DATE:6/21/2024}}   Pt {{NAME:Desai, Harshvardhan}}  MRN {{MRN:MRN4470981}}   Registry patient ID {{ID:P-558-219-4}}
HLA (high res, pt): A*02:01, A*24:02; B*35:01, B*40:06; C*04:01, C*15:02; DRB1*15:01, *11:01; DQB1*06:02, *03:01.
Siblings: {{NAME:Kavita Shah}} haploidentical (5/10); {{NAME:Rohit Desai}} not a match (3/10).
Preliminary search: 3 potential 8/8 URDs (South Asian registry pool):
  donor {{ID:7711-0339-8}}  M 24y CMV neg  -> CT requested
  donor {{ID:3981-7720-1}}  F 31y CMV pos, parous
  cord units x2 (not pursued)
Backup: haplo from {{NAME:Kavita}} (flight from {{LOCATION:Mumbai}} ~ 2 wks notice).
Target transplant in CR1 late {{DATE:July 2024}}? -- after consolidation C1 HiDAC.
Insurance transplant benefit: Aetheria Health, member {{HEALTH_PLAN:AEH-991027714}}, case mgr {{NAME:Rosalyn Pitts}} ({{PHONE:800-555-0176}}), auth {{ID:TX-PA-20994}}.
Coordinator {{NAME:Anouk Verbeek}}, RN, BMTCN`,
  `ONCOLOGY SOCIAL WORK NOTE
{{DATE:2/6/2025}}  {{NAME:Abdi, Hawa}}  MRN {{MRN:TCC-0083311}}  with nephew {{NAME:Mohamed Warsame}} interpreting? -- no, used Somali phone interpreter #{{ID:44918}} per policy.
Pt 52F, new rectal ca, starting long-course chemoRT Mon-Fri x 5.5 wks at {{FACILITY:Twin Cities Cancer Center}}.
Barriers: lives in {{LOCATION:Willmar}} ({{ADDRESS:615 Becker Ave SW, Apt 3}}, {{ZIP:56201}}), no car; husband {{NAME:Yusuf}} works nights at {{FACILITY:Prairie Gold Poultry}} (turkey processing).
Plan: lodging at {{FACILITY:Gateway Patient House}} weekdays (confirmation {{ID:GPH-25-0211}}), MA transport for weekends via {{FACILITY:Kandiyohi Rides}}; nephew's car, plate {{VEHICLE:MN 5KD 228}}, registered for free parking ramp.
Medical Assistance ID {{HEALTH_PLAN:00218845}}; MNsure renewal due {{DATE:4/2025}}.
Food insecurity: referred to food shelf, halal options.
Mental health: PHQ-9 = 8. Open to support group.
Pt's phone {{PHONE:320-555-0134}}; nephew {{PHONE:612-555-0109}}, {{EMAIL:mwarsame.home@mailbox.example}}.
{{NAME:Astrid Lindahl}}, LICSW`,
  `SERIOUS ADVERSE EVENT REPORT (initial, 24 h)
Protocol ALN-3104 / NCT05870416   Site 0142   Sponsor: Alnova Therapeutics
Subject # {{ID:0142-011}}  Initials {{NAME:G.K.O.}}  Arm A   Cycle 3 Day 8
Event: immune-mediated colitis, grade 3 (CTCAE v5), onset {{DATE:09/22/2024}}
Hospitalized {{DATE:9/23/2024}} at {{FACILITY:Pinecrest University Hospital}} (expected/unexpected: expected per IB).
Study drug: last dose {{DATE:9/15/24}}; held. Methylpred 2 mg/kg started {{DATE:9/23}}. Flex sig {{DATE:9/24}}: diffuse colitis, bx ({{ID:S24-71155}}) pending.
Causality: probably related (PI). Outcome: ongoing.
Reported to sponsor via EDC {{DATE:9/23/2024 1612}}; IRB notification per policy.
PI: Dr. {{NAME:Ostrowski-Bell}}   CRC: {{NAME:Marguerite Dufresne}}  {{EMAIL:mdufresne@pinecrest-cc.example}}  {{PHONE:(919) 555-0164}}
Medical monitor Dr. {{NAME:Vaughn}} ack'd {{DATE:9/24}}.`,
  `PEDIATRIC ONCOLOGY CLINIC NOTE
{{DATE:3/04/2024}}   {{FACILITY:Children's Hospital of the Ozarks}} Hem/Onc, {{LOCATION:Springfield}}, MO
{{NAME:Ellie-Mae Rutledge}}, 4 y/o F, MRN {{MRN:CHO-00619935}}, DOB {{DATE:11/11/2019}}
With mom {{NAME:Brandi Rutledge}} and grandma {{NAME:Darlene}}.
Dx: favorable-histology Wilms tumor, L kidney, stage III (positive LN), s/p L radical nephrectomy {{DATE:1/8/24}} ({{ID:SP-24-00219}}).
Regimen DD-4A (vincristine/dactinomycin/doxorubicin) + flank RT 10.8 Gy (done {{DATE:2/1/24}}).
Today wk 7: vincristine 0.05 mg/kg (wt 16.2 kg) = 0.8 mg IV. Constipation -> miralax.
Broviac (double lumen) site clean, dressing changed, cap change. CHG bath teaching reinforced.
Labs: ANC 1100, Hgb 10.4, plt 188.
School: preschool at {{FACILITY:Little Acorns Learning Center}} -- letter for absence given.
Home: {{ADDRESS:18 Hickory Bend Rd}}, {{LOCATION:Ozark}} MO {{ZIP:65721}}. Mom cell {{PHONE:417-555-0173}}.
Child life: {{NAME:Joy}}. Next: {{DATE:3/11}}.
-- {{NAME:Marisa Okonjo-Black}}, MD`,
  `RAD ONC ON-TREATMENT VISIT (OTV) -- wk 4
{{DATE:10/22/2024}}  H&N, {{FACILITY:St. Aldhelm Radiation Oncology Center}}
{{NAME:Magnusson, Gunnar}}  MRN {{MRN:SARO-131056}}  fx 18/35 (70 Gy/35 + weekly cisplatin 40 mg/m2, C4 given {{DATE:10/21}})
Pt ID verified by face photo in R&V ({{PHOTO:PHOTO-131056-01}}) + DOB {{DATE:4/2/1964}}.
Dx: HPV+ (p16+) SCC L tonsil, T2N1 (AJCC8 stage I).
S: odynophagia 6/10, thick saliva, taste loss. Using magic mouthwash, oxycodone 5 mg q4h prn.
O: wt 84.1 kg (baseline 91.3, -7.9%). Mucositis gr 2 L tonsillar pillar. Dermatitis gr 1 L neck.
PEG? -- placed prophylactically {{DATE:9/20}} by GI Dr. {{NAME:Ferreira-Lunde}}, using for 2 cans/day.
Mask fit ok, no re-sim. Dental: fluoride trays from Dr. {{NAME:Haruki Oyama}}, DDS ({{FACILITY:Lakewalk Dental}}).
SLP {{NAME:Ondine Marsh}} swallow exercises. Dietitian {{NAME:Ken Abiodun}} -> increase to 3 cans.
Plan: continue. Labs Thu. Wife {{NAME:Signe}} drives from {{LOCATION:Two Harbors}}.
{{NAME:M. Throckmorton}}, MD / {{NAME:N. Ofoegbu}}, NP`,
  `STEREOTACTIC RADIOSURGERY PROCEDURE NOTE
Date: {{DATE:17 Jan 2025}}   {{FACILITY:Capitol Neuroscience Institute}}, {{LOCATION:Sacramento}} CA
Pt {{NAME:Fairweather, Imogen}}  MRN {{MRN:CNI-0044129}}  DOB {{DATE:02.05.1971}}
Dx: brain mets x3 from melanoma (BRAF V600E), on dabrafenib/trametinib held x 3 d.
Frameless (mask) SRS. Targets: R frontal 1.2 cm (21 Gy), L cerebellar 0.8 cm (24 Gy), R parietal 0.5 cm (24 Gy). Single fx.
MRI for planning {{DATE:1/14/25}}. CBCT + surface guidance, 6DOF couch, shifts < 1 mm / 0.5 deg.
Neurosurg: Dr. {{NAME:Cyrus Tehrani}}.  Rad onc: Dr. {{NAME:Mbali Dlamini-Foster}}.  Physics: {{NAME:Quentin Abara}}.
Beam-on 18 min total. Dex 4 mg pre. Tolerated, no seizure.
Pt photo for ID stored as {{PHOTO:cni_0044129_face.png}}.
Follow-up MRI {{DATE:3/14/2025}}; med onc Dr. {{NAME:Alderete}} ({{FACILITY:Valley Melanoma Clinic}}, fax {{FAX:916-555-0124}}) to resume BRAF/MEK {{DATE:1/20}}.
Driving: not until seizure-free review (CA DMV). Husband {{NAME:Laurence}}, {{PHONE:916-555-0152}}.`,
  `REFERRAL LETTER -- PROTON THERAPY CONSULTATION
{{DATE:30 August 2024}}
{{FACILITY:Great Plains Proton Center}}, Attn new patient intake, fax {{FAX:(405) 555-0197}}
Dear Dr. {{NAME:Ekaterina Voss}},
Re: {{NAME:Jasper Whitlow-Nakamura}}, DOB {{DATE:07/07/2009}}, 15 yo M, MRN {{MRN:TCH-2201847}}
Thank you for seeing {{NAME:Jasper}} for consideration of proton craniospinal irradiation. He has standard-risk medulloblastoma (WNT-activated), GTR on {{DATE:08/12/2024}} at {{FACILITY:Tulsa Children's Medical Center}}; CSF cytology neg ({{ID:CY24-7702}}), post-op MRI spine neg.
Plan per ACNS-type protocol: CSI 23.4 Gy + boost to 54 Gy, then maintenance chemo.
Imaging uploaded to your portal: {{URL:https://share.gpproton.example/u/jwn-2201847}} (access code in separate email).
Parents: {{NAME:Corinne Whitlow}} ({{PHONE:918-555-0145}}) and {{NAME:Hiroshi Nakamura}}. Home {{ADDRESS:5521 E 71st Pl}}, {{LOCATION:Tulsa}}, OK {{ZIP:74136}}.
Insurance: SoonerCare {{HEALTH_PLAN:SC-100482913}}.
Sincerely, {{NAME:Adrienne Kowalski-Tsosie}}, MD, Pediatric Neuro-oncology
{{EMAIL:akowalski@tulsachildrens.example}}`,
  `CHEMOTHERAPY TEACHING -- new start, AC-T (dose dense)
{{DATE:2024-04-02}}   {{NAME:Marisol Quintanilla-Reyes}}  MRN {{MRN:LRC-0048817}}  Spanish preferred, with daughter {{NAME:Yesenia}} and interpreter ({{NAME:Rubén Castaneda}}).
Reviewed: doxorubicin (red urine, cardiac, vesicant), cyclophosphamide (hemorrhagic cystitis -- hydrate), paclitaxel (neuropathy, HSR), pembrolizumab (immune AEs: colitis, thyroid, pneumonitis, rash).
Also carboplatin weekly. Pegfilgrastim on-body Onpro applied D2.
Written materials in Spanish + link to video: {{URL:https://learn.lakeshorecancer.example/teach/ac-t-es?pt=48817}}
Calendar: C1D1 {{DATE:4/8}}, C1D8 {{DATE:4/15}}, C1D15 {{DATE:4/22}}.
Who to call: triage {{PHONE:(541) 555-0100}} 24/7; nurse navigator {{NAME:Gwendolyn Arce}} {{PHONE:541-555-0188}}.
Scalp cooling: interested; scalp cooling system rental via {{FACILITY:CoolCrown Scalp Therapy}}, acct {{ACCOUNT:CC-88102}}.
Wig Rx written ("cranial prosthesis") for {{FACILITY:Belleza Wig Studio}}.
Consent for chemo signed {{DATE:4/2/24 1105}}; witness {{NAME:L. Fernandez-Achebe}}, RN.
Pt verbalized understanding via teach-back.`,
  `PHARMACY NOTE -- BIOSIMILAR SUBSTITUTION
{{DATE:09/09/24}} {{NAME:Haddad-Lindqvist, Omar}}? -- no, wrong chart -- corrected to {{NAME:Schoenfeld, Ruth}}  MRN {{MRN:0338104}}
Per payer formulary (Crestline Health, member {{HEALTH_PLAN:CRH9920144871}}), trastuzumab reference product -> trastuzumab-anns (biosimilar) effective {{DATE:9/16}}.
Regimen: TH maintenance q3w, 6 mg/kg (wt 68 kg) = 408 mg IV. No reload needed (interval <= 6 wk).
Therapeutic interchange approved by P&T; pt informed by {{NAME:Eleni Georgiou}}, PharmD, on phone {{PHONE:(617) 555-0137}} -- pt ok.
New order {{ID:ORD-66120481}}; old order {{ID:ORD-65901177}} discontinued.
J-code Q5117, NDC 55513-0132-01, lot T88102 (exp 03/2026) documented on MAR.
Specialty pharmacy pickup (locker 14) via palm-vein scan, template ID {{BIOMETRIC:PV-7710-2284-9}}.
Oncologist Dr. {{NAME:Ifeoma Castellanos}} signed {{DATE:9/9/2024}}.
LVEF monitoring due {{DATE:10/2024}} (last echo {{DATE:7/15/24}}, 61%).`,
  `PATIENT PORTAL MESSAGE THREAD
From: {{NAME:Beatrix Oyelowo-Hart}} <{{EMAIL:bea.ohart@inboxmail.example}}>   Sent {{DATE:Sat 1/11/2025 9:47 PM}}
"Hi it's {{NAME:Bea}}, I'm on xeloda day 10. my feet are peeling and it hurts to walk. also the pharmacy ({{FACILITY:Evergreen Specialty Pharmacy}}) says my next fill needs a new auth?? my cell is {{PHONE:253-555-0129}} if someone can call monday. thanks"
Reply {{DATE:1/13/2025 08:22}} -- {{NAME:Hollis Pendergrass}}, RN:
"Hi {{NAME:Beatrix}}, please stop capecitabine until we talk. I called and left VM. Dr. {{NAME:Sandoval-Quist}} wants to see your feet today at 2:30."
Reply {{DATE:1/13/2025 08:40}} -- pt: "ok coming. my husband {{NAME:Rich}} will drive."
Audit: pt login from IP {{IP:2601:602:8d80:41f0::1b}} and {{IP:24.17.205.118}}; portal account {{ACCOUNT:PTL-5582910}}.
PA renewal submitted {{DATE:1/13}}, ref {{ID:PA-24-118803}}.
HFS grade 2 -> dose reduce 75% when resumed.`,
  `FAX COVER -- REQUEST FOR RECORDS
{{FACILITY:Tri-County Hematology & Oncology}}  {{ADDRESS:1450 N Main St, Ste 200}}, {{LOCATION:Logan}}, UT {{ZIP:84341}}
To: Medical Records, {{FACILITY:Bear River Valley Hospital}}   Fax {{FAX:435-555-0181}}
From: {{NAME:Calla Thorsby}}, MA   Ph {{PHONE:435-555-0130}}   Fax {{FAX:435-555-0131}}
Date: {{DATE:07.15.2024}}   Pages: 3 (incl. cover)
RE: {{NAME:Brigham Oakes}}, DOB {{DATE:01/28/1940}}, SSN last 4 only (xxx-xx-{{SSN:4417}})
Please send: path report + slides/blocks for colon bx {{DATE:6/2024}} (your accession {{ID:BR24-1182}}), CT A/P {{DATE:6/20/24}}, op note for R hemicolectomy, any MSI/MMR testing.
For: new patient appt {{DATE:7/23}} w/ Dr. {{NAME:Ahanu Redcloud}}.
Signed authorization (HIPAA) attached, signed by pt's wife {{NAME:LaRue Oakes}} as POA.
CONFIDENTIALITY: This fax contains PHI. If received in error, call {{PHONE:435-555-0130}} and destroy.`,
  `PATHOLOGY -- OUTSIDE CONSULTATION / ADDENDUM
Our case: {{ID:SC-24-1049}}   Outside: {{FACILITY:Bear River Valley Hospital}} accession {{ID:BR24-1182}} (blocks A1-A3, 6 H&E slides)
Pt: {{NAME:OAKES, BRIGHAM}}  DOB {{DATE:01/28/1940}}  our MRN {{MRN:TCH-0917742}}
Received {{DATE:7/19/2024}}. Requested by Dr. {{NAME:Redcloud}}.
Original diagnosis: tubulovillous adenoma with high-grade dysplasia, ascending colon.
OUR DIAGNOSIS: invasive adenocarcinoma arising in tubulovillous adenoma, invasion into submucosa (at least pT1), LVI cannot be excluded.
MMR IHC (block A2): intact MLH1, PMS2, MSH2, MSH6.
ADDENDUM {{DATE:7/22/2024}}: deeper levels on A3 show tumor budding (BD2), Haggitt level 4 -- favors surgical resection.
Discussed with Dr. {{NAME:Redcloud}} {{DATE:7/22}} and outside pathologist Dr. {{NAME:Solveig Antonsen}} ({{PHONE:435-555-0186}}).
Slides returned by courier, tracking {{ID:1Z 88W 410 03 5512 9904}}.
{{NAME:Desmond Kirui}}, MD, GI Pathology, {{FACILITY:Intermountain West Pathology Partners}}`,
  `GERMLINE RESULT LETTER (to patient)
{{DATE:March 3, 2025}}
Ms. {{NAME:Leilani Akana-Rowe}}
{{ADDRESS:67-1185 Mamalahoa Hwy}}
{{LOCATION:Kamuela}}, HI {{ZIP:96743}}
Dear Ms. {{NAME:Akana-Rowe}},
Your genetic test from {{FACILITY:Helixor Clinical Labs}} (report {{ID:HXL-0611073}}, collected {{DATE:2/10/25}}) found one change in the PALB2 gene, c.3113G>A (p.Trp1038*), which is pathogenic. This raises lifetime breast cancer risk (roughly 40-60%) and some pancreatic risk.
Your relatives may also carry it. Your sister {{NAME:Keala}} and your daughters ({{NAME:Noelani}}, {{NAME:Pua}}) can get testing; we have enclosed a family letter. Your mother, who is {{AGE:92}}, may also choose testing.
Please call us at {{PHONE:808-555-0115}} to schedule follow-up with Dr. {{NAME:Kalani Fonoimoana}}.
Warmly,
{{NAME:Esperanza Lightfoot}}, MS, CGC
{{FACILITY:Big Island Cancer Genetics Program}}`,
  `PALLIATIVE CARE -- FAMILY MEETING NOTE
{{DATE:Wednesday, 18 September 2024}}, 1500-1610, {{FACILITY:Ridgeview Medical Center}} {{FACILITY:Ellery 5}} family room
Pt: {{NAME:Aurelio Santangelo}}, 86M, MRN {{MRN:RMC0814552}}. Metastatic prostate ca (mCRPC), s/p enzalutamide, docetaxel, Lu-177 PSMA x4; now cord compression T10, s/p palliative RT 8 Gy x1 {{DATE:9/16}}.
Present: wife {{NAME:Concetta}} ({{AGE:91}}), sons {{NAME:Vincent Santangelo}} (HCPOA) and {{NAME:Dominic}}, daughter {{NAME:Rosemarie Lattanzi}} on speaker from {{LOCATION:Palermo}}; Dr. {{NAME:Adeyinka}} (onc), {{NAME:Hartwell-Ross}} (palliative), Fr. {{NAME:Tomas Ibarra}}, chaplain; SW {{NAME:Keisha Vandermeer}}.
Discussion: prognosis weeks to few months. Pt (capacity intact) states he wants to go home, "no more hospitals". Family tearful, supportive.
Decisions: DNR/DNI, no further systemic tx, home hospice with {{FACILITY:Canal Street Hospice}}; hospital bed delivered to {{ADDRESS:42 Mulberry Terrace}}, {{LOCATION:Utica}}.
Symptoms: pain controlled on methadone 5 mg TID + oxycodone prn; bowel regimen.
Time: 70 min, > 50% counselling. -- {{NAME:Obiageli Hartwell-Ross}}, MD
`,
  `CANCER GENETICS -- PEDIATRIC CONSULT (Li-Fraumeni suspected)
{{DATE:5/30/2024}}  {{FACILITY:Children's Hospital of the Ozarks}} Genetics   GC {{NAME:Priyanka Deshmukh-Alvarez}}, CGC
Proband {{NAME:Cody Jo Pruett}} (IV-1), 6 y/o M, adrenocortical carcinoma dx {{DATE:4/2024}}, MRN {{MRN:CHO-00702211}}
Parents: mother {{NAME:Kayla Pruett}}, 27, breast ca at 25 (treated {{LOCATION:Joplin}}, 2022); father {{NAME:Dustin Pruett}}, 29, well.
Maternal:
  MGM {{NAME:Tammy Lou Bratcher}}, sarcoma (leg) at 33, d. 41
  maternal uncle {{NAME:Jimmy Bratcher}}, brain tumor age 9, d. 11
  MGGM {{NAME:Velma Bratcher}}, alive {{AGE:90}}, no cancer -- "tough as nails"
  MGGF d. 1999, unknown cause
Paternal: noncontributory; PGF {{NAME:Roy Pruett}} lung ca at 70 (smoker).
Chompret criteria met. TP53 testing on child (blood) + mom (saliva kit mailed to {{ADDRESS:412 Old Wire Rd}}, {{LOCATION:Monett}} MO {{ZIP:65708}}).
Order {{ID:HXL-0547719}}; insurance pre-cert {{ID:PC-77120}}.
If positive: Toronto protocol surveillance (annual WB-MRI, brain MRI, abd US q3-4 mo).
Mom {{PHONE:417-555-0131}}. Letter to Dr. {{NAME:Okonjo-Black}}.`,
  `ADVANCE CARE PLANNING NOTE
{{DATE:12/02/2024}}  Clinic, {{FACILITY:Kentucky River Oncology}}  -- {{NAME:Prakash Venkataraman}}, MD
Pt {{NAME:Hollis Dewayne Creech}}  DOB {{DATE:11/15/1948}}  MRN {{MRN:KRO-22019}}
Dx: metastatic NSCLC, PD on 2nd line docetaxel/ramucirumab. ECOG 2.
Pt participated w/ wife {{NAME:Jolene Creech}} and brother {{NAME:Virgil Creech}}.
Pt chooses: no CPR, no intubation; OK w/ hospitalization for reversible causes, antibiotics; no feeding tube.
KY MOST form completed + signed {{DATE:12/2/2024}}; copy scanned, original w/ pt.
Health care surrogate: {{NAME:Jolene Creech}}, {{PHONE:606-555-0114}}; alternate {{NAME:Virgil Creech}}, {{PHONE:606-555-0177}}.
Living will notarized at {{FACILITY:Hazard Legal Aid}} by {{NAME:Ada Pennington}} (notary commission # {{LICENSE:KYNP44189}}).
Hospice information given (hospice serving {{LOCATION:Perry County}}); pt "not ready yet".
Time: 30 min ACP (99497).
Next visit {{DATE:12/16}} w/ restaging CT.`,
  `INFUSION SCHEDULE -- POD A -- {{DATE:Tue 7/2/24}}  (charge RN {{NAME:Wojcik}})
chair | time | pt                    | MRN        | regimen        | RN
 1    | 0800 | {{NAME:Halvorsen, Britt}}      | {{MRN:4471190}}    | pembro C7      | {{NAME:KW}}
 2    | 0815 | {{NAME:Mbeki, Sipho}}          | {{MRN:4409812}}    | FOLFIRINOX C3  | {{NAME:LF}}
 3    | 0830 | {{NAME:Castro-Lee, Ana Luisa}} | {{MRN:4502237}}    | daratumumab SC | {{NAME:KW}}
 4    | 0900 | {{NAME:O'Sullivan, Padraig}}   | {{MRN:4388015}}    | R-bendamustine C2D2 | {{NAME:MO}}
 5    | 0930 | {{NAME:Yazzie, Loretta}}       | {{MRN:4519973}}    | carbo/pem C4   | {{NAME:LF}}
 6    | 1000 | {{NAME:Nguyen, Bao}}           | {{MRN:4420081}}    | zoledronic acid | {{NAME:MO}}
 7    | 1030 | {{NAME:Ferreira, Joao}}        | {{MRN:4490302}}    | FOLFIRI C4D1 (resched from {{DATE:6/25}}) | {{NAME:KW}}
notes: chair 5 needs interpreter (Navajo) -- {{NAME:Delbert Tso}} confirmed; chair 2 pump {{DEVICE:CP7-121077}}; chair 6 dental clearance on file ({{DATE:6/20}}).
add-on: {{NAME:Adeyemi-Clarke, Bisi}} {{MRN:00-412-993}} blood draw only 1100.`,
  `EXTRAVASATION EVENT NOTE
{{DATE:08/14/2024 1048}}   {{FACILITY:Harborview Pavilion Infusion Suite}} chair 11
Pt {{NAME:Lachlan Featherstonhaugh}}  MRN {{MRN:HPV-551209}}  C1D1 doxorubicin (AC) via PERIPHERAL IV (Port-a-Cath not yet placed -- scheduled {{DATE:8/19}})
22g L forearm, placed {{DATE:8/14}} 0940 by {{NAME:Farahani}}, RN; blood return confirmed pre-push.
1042 during doxorubicin slow IV push (total 120 mg, approx 80 mg given), pt c/o burning. Swelling 3 x 4 cm, no blood return.
STOPPED. Aspirated 2 mL from catheter, removed. Elevated, cold pack 20 min QID x 3 days. Marked borders w/ pen, photographed (wound photos, no file #).
Dr. {{NAME:Fenella Courtenay-Ibe}} notified 1050 -> dexrazoxane 1000 mg/m2 within 6 h (given 1340, D1 of 3).
Plastic surgery consult: Dr. {{NAME:Rafferty}} ({{PHONE:206-555-0161}}).
Safety event # {{ID:SR-2024-01288}}. Pt wife {{NAME:Gemma}} informed, {{PHONE:206-555-0184}}.
Return {{DATE:8/15}}, {{DATE:8/16}} for dexrazoxane + site check.
{{NAME:Shirin Farahani}}, RN`,
  `INTRATHECAL CHEMO / OMMAYA ACCESS NOTE
{{DATE:1/06/2025}}  {{FACILITY:Meadowbrook University Hospital}} Heme-Onc procedure room
Pt {{NAME:Villarreal, Itzel}}  DOB {{DATE:3/3/1996}}  MRN {{MRN:MUH-40118273}}
Dx: Burkitt lymphoma with CNS involvement; CODOX-M/IVAC, C2.
Ommaya (R frontal) placed {{DATE:11/20/2024}} by neurosurg, Dr. {{NAME:Eamon Fitzsimmons}}.
Procedure: prepped w/ CHG x3, 25g butterfly into reservoir, 5 mL CSF withdrawn (sent cyto {{ID:CY25-0031}}, cell ct).
Methotrexate 12 mg (preservative free) in 5 mL instilled over 2 min, flushed w/ 1 mL pt CSF. Pt supine 1 h.
CSF from last IT ({{DATE:12/16}}): no blasts.
Tolerated, no HA, no fever.
Two-person check w/ {{NAME:Rhiannon Pugh}}, RN and {{NAME:Hyun-woo Park}}, PharmD. IT chemo time-out done.
Mother {{NAME:Rosalba Villarreal}} at bedside, ph {{PHONE:608-555-0113}}.
{{NAME:P. Ghosh}}, MD (fellow) / attending {{NAME:Okoro-Lindgren}}`,
  `HOME INFUSION REFERRAL
To: {{FACILITY:Prairie Wind Home Infusion}}  fax {{FAX:402-555-0105}}  From: {{FACILITY:Cherry County Oncology Clinic}}, {{NAME:Jessamyn Larkspur}}, RN
Date {{DATE:11/4/2024}}
Pt: {{NAME:Wendell Nakashima}}  DOB {{DATE:02/17/1946}}  ph {{PHONE:402-555-0118}}
Address {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Valentine}}, NE {{ZIP:69201}} (gravel road, 9 mi S of town, blue mailbox)
Orders:
 1. 5-FU CIVI 2400 mg/m2 over 46 h q14d, pump disconnect at home (next {{DATE:11/13}}).
 2. NS 1 L IV over 2 h daily x 3 days for dehydration, start {{DATE:11/5}}.
 3. Port flush 10 mL NS + heparin 100 u/mL 5 mL q4wk when not in use.
Access: R chest port serial {{DEVICE:RBP1180742}}.
Insurance: BCBS-type plan, member {{HEALTH_PLAN:XQN771204938}}, group 00441 (secondary Medicare {{HEALTH_PLAN:2HT5-PW7-ND33}}).
Ordering MD: Dr. {{NAME:Tobias Wetherbee}}, NPI {{LICENSE:1760554821}}.
Pt's wife {{NAME:Ellen Nakashima}} is primary caregiver, ok to leave VM.`,
  `GI TUMOR BOARD -- {{DATE:Fri 02/07/25}} 0730
{{FACILITY:Cascade Valley Medical Center}}  Chair: Dr. {{NAME:Yusuf Demirci}}   Notes: {{NAME:Pilar Esquivel}}, navigator
1) {{NAME:Ruiz, Anselmo}}  MRN {{MRN:CVM-802214}}  71M
   Pancreatic head adenoca, borderline resectable (SMV abutment 180 deg). CA 19-9 1,840 -> 212 after mFOLFIRINOX x 8 (last {{DATE:1/22}}).
   EUS FNB ({{ID:C24-4810}}). Germline neg. KRAS G12D.
   Rec: SBRT 40 Gy/5 fx then Whipple w/ Dr. {{NAME:Lindgren-Oyelaran}} in 4-6 wks.
2) {{NAME:Sato, Keiko}}  MRN {{MRN:CVM-790118}}  {{AGE:92}}F
   Rectal adenoca 6 cm from AV, cT3N1. Pt/ daughter {{NAME:Naomi Sato-Bryce}} prefer non-operative. Short course RT 25 Gy/5 then observe; no chemo given age and frailty (G8 score 9).
3) {{NAME:Whitfield, Garrett}}  MRN {{MRN:CVM-811047}}  58M
   Gastric GEJ Siewert II, HER2 3+ ({{ID:S25-00871}}), PD-L1 CPS 12. No Virchow node, no Sister Mary Joseph nodule. FLOT x4 -> surgery; trial NCT04882241 discussed, not eligible (HER2+).
Attendees signed in: {{NAME:Demirci}}, {{NAME:Esquivel}}, {{NAME:Paredes}}, {{NAME:Kawamura}}, {{NAME:Kirui}}.`,
  `PET/CT -- RESTAGING
Exam date: {{DATE:10/30/2024}}   Accession {{ID:RAD-24-3318820}}   {{FACILITY:Keystone Imaging Partners}}, {{LOCATION:Harrisburg}} PA
Patient: {{NAME:Zeller, Gretchen A}}  DOB {{DATE:1961-09-04}}  MRN {{MRN:KIP77120}}
Ref: Dr. {{NAME:Nnamdi Ashworth}} ({{FACILITY:Susquehanna Hematology Associates}})
Indication: DLBCL, end of treatment after R-CHOP x6 (last {{DATE:10/2/24}}). Baseline PET {{DATE:5/14/2024}} (our {{ID:RAD-24-1702239}}).
Technique: F-18 FDG 11.2 mCi IV, glucose 96, uptake 62 min, skull base to mid thigh.
Findings: previously bulky L cervical/supraclavicular nodes (SUV 18.4) now 1.1 cm, SUVmax 2.1 (< mediastinal blood pool 2.4). Spleen normal. No new lesions. Marrow: diffuse mildly increased uptake, c/w G-CSF.
IMPRESSION: Complete metabolic response, Deauville 2.
Dictated by {{NAME:Farrukh Siddiqui}}, MD {{DATE:10/30/2024 15:02}}; signed {{DATE:10/30/2024 15:40}}.
CD w/ images sent to Dr. {{NAME:Ashworth}} via courier; copy to pt at {{ADDRESS:8 Conodoguinet Ave}}, {{LOCATION:Camp Hill}}.`,
  `CLINIC VISIT WITH INTERPRETER
{{DATE:June 6, 2024}}  {{FACILITY:Twin Cities Cancer Center}}, Med Onc clinic 4
Pt {{NAME:Xiong, Mai Nou}}  DOB {{DATE:01/01/1958}} (listed; pt unsure of true birthdate)  MRN {{MRN:TCC-0077619}}
Interpreter: Hmong, in person, {{NAME:Tou Vang}} (ID {{ID:HMN-118}}). Son {{NAME:Pheng Xiong}} and daughter-in-law {{NAME:Nou}} present.
Dx: hepatocellular ca, hep B related, BCLC C; on atezolizumab + bevacizumab C5.
Pt asks about using herbal medicine from shaman in {{LOCATION:St. Paul}} -- we reviewed, ask to bring bottles next visit.
ROS: mild fatigue, no bleeding. Varices banded {{DATE:3/2024}} (EGD by Dr. {{NAME:Hyland}}).
Labs: AFP 812 (from 1,460), bili 1.4, alb 3.3, plt 98. Child-Pugh B7.
BP 152/88 -> on amlodipine. UPCR 0.8.
Plan: continue; CT {{DATE:7/2024}}. Son's phone {{PHONE:651-555-0142}} for scheduling (pt has no phone).
{{NAME:Johanna Ekstrom}}, MD`,
  `FINANCIAL COUNSELING -- MEDICAID / EMERGENCY ASSISTANCE APPLICATION
{{DATE:3-14-2025}}  {{FACILITY:Mercy Hollow Hospital}} Cancer Center
Pt {{NAME:Dakota Renee Shumate}}  DOB {{DATE:04/09/1987}}  SSN {{SSN:291-66-5038}}
Address {{ADDRESS:77 Paint Creek Rd, Lot 14}}, {{LOCATION:Bainbridge}}, OH {{ZIP:45612}}
ID verified: OH driver's license {{LICENSE:RT448190}}; check-in kiosk fingerprint enrolled, template {{BIOMETRIC:FP-3390-1172}}.
Uninsured; lost job at {{FACILITY:Ross County Dollar Depot}} {{DATE:1/2025}}. 2 children.
New dx cervical ca IB3, starting chemoRT {{DATE:3/24}}.
Applied: Ohio Medicaid (presumptive eligibility approved today, PE ID {{HEALTH_PLAN:PE-5520913}}), hospital financial assistance app {{ID:FA-25-00612}}, gas cards.
Hospital acct {{ACCOUNT:HA-11028877}}, prior ED balance acct {{ACCOUNT:HA-10554120}} -> included in FA.
Phone {{PHONE:740-555-0193}}; email {{EMAIL:dakota.shumate87@mailbox.example}}.
Counselor {{NAME:Brent Okafor}}, CHAA`,
  `PATIENT ASSISTANCE -- FOUNDATION GRANT APPROVAL (scanned letter, abstracted)
Received {{DATE:10/01/2024}} by fax from Hearthstone Oncology Access Fund
Patient: {{NAME:Reginald Fortescue-Ababio}}   DOB {{DATE:6/14/1955}}   Fund patient ID {{ID:HOAF-771029}}
Grant # {{ID:GR-24-0551873}}   Disease fund: multiple myeloma   Award $10,000, eligibility {{DATE:9/27/2024}} - {{DATE:9/26/2025}}
Covers: Medicare Part D copays (pomalidomide) + Part B coinsurance (daratumumab).
Pharmacy billing: BIN 610020, PCN PDMI, group 99991150 (fund), cardholder ID {{HEALTH_PLAN:HOA55019283}}.
Medicare MBI {{HEALTH_PLAN:8VE4-TK2-NJ91}}; Part D plan member {{HEALTH_PLAN:R77412093}}.
Provider portal: {{URL:https://portal.hearthstonefund.example/claims?pid=771029}}; submitted claim for {{DATE:9/30}} infusion, hospital acct {{ACCOUNT:HB-20987741}}.
Re-enrolment reminder set for {{DATE:8/2025}}.
Entered by {{NAME:Marisela Bautista}}, financial navigator, {{FACILITY:Brookline Hematology Infusion}}, {{PHONE:617-555-0149}}, {{EMAIL:mbautista@brooklineheme.example}}.
Pt notified by phone ({{PHONE:617-555-0171}}), spoke w/ wife {{NAME:Abena}}.`,
  `DME ORDER -- POST-MASTECTOMY
Order date {{DATE:01/15/2025}}   Ordering: {{NAME:Cordelia Amankwah}}, MD  NPI {{LICENSE:1902847361}}
Pt: {{NAME:Yolanda Brightwater}}  DOB {{DATE:12/05/1966}}  MRN {{MRN:TRC-5570192}}
Dx: Z90.12 (acquired absence of L breast), C50.412. Bilateral? no -- L mastectomy {{DATE:11/21/2024}}, no reconstruction (pt choice).
Items:
  L4490 external breast prosthesis, silicone, L, qty 1 (replace q2y)
  L8000 mastectomy bra, qty 4 / 6 mo
  A4280? no. Compression sleeve L arm 20-30 mmHg (lymphedema stage I) + gauntlet
Supplier: {{FACILITY:Confidence Curves Boutique}}, {{ADDRESS:3120 Forbes Ave}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15213}}, fitter {{NAME:Gail Nachtigal}}, CFm.
Insurance {{HEALTH_PLAN:UPX-0044719203}} -- prior auth not required for L8000.
Also: cranial prosthesis (wig) letter dated {{DATE:8/2/2024}} already sent.
PT referral lymphedema: {{FACILITY:Allegheny Rehab Partners}}, therapist {{NAME:Jules Marchand}}, CLT.
Pt phone {{PHONE:412-555-0127}}.`,
  `ONCOFERTILITY REFERRAL (urgent)
{{DATE:Mon Sept 9, 2024}}  From {{NAME:Fenella Courtenay-Ibe}}, MD to {{FACILITY:Beacon Hill Fertility Center}}, fax {{FAX:617-555-0192}}
Pt {{NAME:Anya Petrosyan}}, 29F, DOB {{DATE:2/20/1995}}, MRN {{MRN:0101772945}}, ph {{PHONE:857-555-0136}}
New dx: classic Hodgkin lymphoma stage IIIB -> escalated BEACOPP vs A+AVD, start planned {{DATE:9/23}} (2 wks).
Pt desires future pregnancy. G0. AMH pending. LMP {{DATE:8/30}}.
Request: random-start ovarian stimulation + oocyte/embryo cryo within 2 weeks; partner {{NAME:Levon Harutyunyan}} (DOB {{DATE:5/2/1993}}).
GnRH agonist (leuprolide) for ovarian suppression during chemo to be given by us.
Insurance: state fertility preservation mandate applies; plan {{HEALTH_PLAN:HPH-88019273-02}}.
Fertility discount program: application {{ID:FP-24-3092}}.
Contact: {{NAME:Oluwaseun Garrido}}, NP, {{PHONE:617-555-0108}}.
Pt prefers email: {{EMAIL:anya.petrosyan@inboxmail.example}}.`,
  `CLINICAL TRIAL -- SCREEN FAILURE NOTE
Study: KRAS G12C phase 2, protocol MRX-849-21 (NCT05288205), site 0307
Pt {{NAME:Haverford, Clement}}  MRN {{MRN:RMC1207719}}  Screening # {{ID:0307-SCR-0112}}
ICF signed {{DATE:07/29/2024 0930}} (v3.1). Screening window 28 days, ends {{DATE:8/26}}.
KRAS G12C confirmed on tissue ({{FACILITY:Meridian Precision Diagnostics}}, {{ID:MPD-2024-131977}}).
Screen fail reason: active untreated brain mets on screening MRI {{DATE:8/6/24}} (2 lesions, largest 1.4 cm) -- excl. criterion 7.
Discussed w/ pt and daughter {{NAME:Philippa Haverford-Lim}}; referred for SRS to Dr. {{NAME:Dlamini-Foster}}. Possible rescreen after SRS + 2 wk stability, per sponsor email {{DATE:8/8}}.
Reimbursement: travel stipend card closed.
Screening log updated; subject # retired.
{{NAME:Tatiana Volkov}}, CRC   PI Dr. {{NAME:Adeyinka}}   {{PHONE:(651) 555-0125}}`,
  `LATE EFFECTS / LONG-TERM FOLLOW-UP CLINIC
{{DATE:04/17/2024}}   {{FACILITY:Lakeshore Regional Cancer Institute}} -- Childhood Cancer Survivor Program
{{NAME:Beauregard, Wynonna}}  DOB {{DATE:9/3/1994}}  MRN {{MRN:LRC-0010553}}
Hx: ALL (B-cell) dx age 4 in 1998 at {{FACILITY:Saint Columba Children's Hospital}}, {{LOCATION:Memphis}}; COG-type therapy incl. cranial RT 18 Gy, anthracycline cumulative 150 mg/m2. Off tx 2001.
Now 29, works as vet tech at {{FACILITY:Paws & Claws Animal Clinic}}.
Exposures-based screening (COG LTFU v6):
 - echo q2y: LVEF 55% (slight drop from 60% {{DATE:3/2022}}) -> cardio-onc referral Dr. {{NAME:Thaddeus Imrie}}
 - thyroid/brain: TSH nl; MRI brain -- small cavernoma L parietal (RT-related), stable from {{DATE:4/2021}}
 - neurocognitive: difficulty w/ processing speed, neuropsych testing at {{FACILITY:Delta Neuropsych Associates}}
 - bone density Z -1.6
Mother {{NAME:Charlene Beauregard}} asks re: sibling {{NAME:Travis}}.
Plan: summary to PCP Dr. {{NAME:Ama Owusu-Banks}}, fax {{FAX:901-555-0174}}.
{{NAME:Rosalind Tuckerman}}, FNP / Dr. {{NAME:Solvberg}}`,
  `RADIATION TREATMENT SUMMARY -- BREAST
Pt: {{NAME:Lindqvist, Annika M}}  MRN {{MRN:SARO-127733}}  DOB {{DATE:03/08/1958}}
Physician: Dr. {{NAME:Paredes}}    {{FACILITY:St. Aldhelm Radiation Oncology Center}}
Dx: L breast IDC pT1c pN0(sn) ER+/PR+/HER2-, grade 1, Oncotype RS 14. Lumpectomy {{DATE:7/30/24}} by Dr. {{NAME:Adaeze Holmberg}}.
Course: L whole breast, 3D-CRT tangents w/ DIBH, 40.05 Gy in 15 fx, 6 MV / 10 MV mix. No boost.
Dates: {{DATE:9/30/2024}} to {{DATE:10/18/2024}} (15 fx over 19 days; 1 missed day {{DATE:10/9}} -- car broke down, made up at end).
Heart mean dose 0.9 Gy, ipsilateral lung V16 8%.
Toxicity: dermatitis grade 1 (moist desquamation none), fatigue grade 1.
Endocrine therapy: letrozole to start after RT by med onc Dr. {{NAME:Ingrid Solvberg}}.
Follow-up: rad onc 1 month ({{DATE:11/20/24}}), mammogram {{DATE:7/2025}}.
Treatment record archived; patient photo {{PHOTO:IMG_PTID_127733_0917.jpg}} retained in R&V per policy.
cc: {{FACILITY:Northshore Breast Center}}.  -- {{NAME:BRK}}/{{NAME:jw}}`,
  `RADIATION ONCOLOGY CONSULT -- RE-IRRADIATION
{{DATE:February 11, 2025}}   {{FACILITY:Capitol Neuroscience Institute}}
Pt {{NAME:Castellucci, Renzo}}  DOB {{DATE:8/19/1959}}  MRN {{MRN:CNI-0051883}}
Referred by Dr. {{NAME:Cyrus Tehrani}}, neurosurg.
Hx: GBM, IDH-wt, MGMT unmethylated, L temporal. GTR {{DATE:3/2023}}, Stupp 60 Gy/30 + TMZ at {{FACILITY:Sierra Foothills Cancer Center}} (completed {{DATE:5/12/2023}}).
Now recurrence at resection margin, 2.8 cm enhancing, perfusion c/w tumor ({{DATE:1/30/25}}). Bevacizumab started {{DATE:2/3/25}}.
KPS 70. Dex 2 mg BID.
Prior plan requested from {{FACILITY:Sierra Foothills}}; received DICOM RT {{DATE:2/10}} (cumulative dose assessment).
Recommendation: re-RT 35 Gy in 10 fx (hypofractionated) w/ bev, interval > 18 mo. Discussed radionecrosis risk ~ 5-10%.
Pt and partner {{NAME:Delphine Marchetti}} agree. Sim {{DATE:2/18}}.
Driving: stopped; partner drives in from {{LOCATION:Davis}}.
{{NAME:Mbali Dlamini-Foster}}, MD`,
  `HOSPICE RECERTIFICATION -- BENEFIT PERIOD 3
{{FACILITY:Canyon Light Hospice}}   Recert date {{DATE:2/08/2025}}   F2F by NP {{NAME:Dorotea Maestas}} on {{DATE:2/6/2025}}
Pt {{NAME:Ysidro Benavidez}}, {{AGE:91}}yo (DOB {{DATE:05/05/1933}}; referral listed {{AGE:92}} in error)
Home: {{ADDRESS:4417 Calle del Sol NW}}, {{LOCATION:Albuquerque}}.
Terminal dx: metastatic urothelial ca. Decline: PPS 40% -> 30%; MAC 21 -> 19 cm; now sleeping 20 h/day; new sacral stage 3.
Hematuria intermittent via SP cath. Pain: fentanyl 25 mcg patch + morphine 5 mg SL prn (avg 3/day).
Grandson {{NAME:Mateo}} main caregiver; respite stay at {{FACILITY:Casa Sandia Inpatient Unit}} {{DATE:1/20}}-{{DATE:1/25}} (5 days).
Medicare {{HEALTH_PLAN:7KM2-QX9-RT40}}.
Continues to meet eligibility; recertified. IDT {{DATE:2/5}}: Dr. {{NAME:Yazmin Orozco}}, chaplain Br. {{NAME:Anselm Duran}}, SW {{NAME:Kiona Begay}}.
Attending physician statement signed {{DATE:2/8/25}}.`,
  `CHEMO ORDER MODIFICATION -- dose reduction
{{DATE:12.09.2024}}   {{NAME:Kovalenko, Oksana}}  MRN {{MRN:KX-33019}}
Regimen change: osimertinib 80 mg daily held {{DATE:11/27}} for pneumonitis grade 2? -> NO: pneumonitis ruled out (CT {{DATE:12/2}}); held for QTc 512 ms.
Cardio-onc Dr. {{NAME:Thaddeus Imrie}}: K 3.3 replete, stop ondansetron + citalopram (QT drugs).
ECG {{DATE:12/6}}: QTc 468. Resume osimertinib at 40 mg daily from {{DATE:12/10/2024}}.
Specialty Rx: cancel 80 mg Rx {{ID:8820193}}; new Rx {{ID:8820555}} 40 mg #30 to {{FACILITY:NorthStar Specialty Pharmacy}}, deliver to {{ADDRESS:1780 Belle Meade Blvd, Apt 6C}}, {{LOCATION:Nashville}} TN {{ZIP:37205}}.
Pt informed via Ukrainian interpreter line ({{NAME:Olena}}, ID {{ID:UKR-5520}}); son {{NAME:Taras Kovalenko}} {{PHONE:615-555-0168}} ok to receive info.
Ordered: Dr. {{NAME:Benedikt Marchetti-Ong}}.  Verified: {{NAME:Linnea Strand}}, PharmD.`,
  `NURSE NAVIGATOR NOTE
{{DATE:5/2/2024}}  new pt {{NAME:Gideon Abernathy-Lowe}}, DOB {{DATE:10/10/1979}}, MRN {{MRN:HDC-24117}}
Referred from {{FACILITY:Deschutes Urgent Care}} after CT showed 7 cm R renal mass + lung nodules.
Called pt {{PHONE:541-555-0151}} 0910. Pt anxious, works as long-haul driver for {{FACILITY:Cascade Freightways}}, CDL {{LICENSE:OR-CDL-7720914}} -- worried about work.
Scheduled: IR bx {{DATE:5/8}} (arrive 0700 NPO), med onc consult {{DATE:5/10}} w/ Dr. {{NAME:Achterberg-Salas}}, urology {{DATE:5/13}} w/ Dr. {{NAME:Pruitt}}.
Insurance: {{HEALTH_PLAN:PCH-440192773}}; pre-auth for bx requested, ref {{ID:PA-HDC-44019}}.
FMLA paperwork -> faxed to employer HR {{FAX:541-555-0163}}.
Lodging: lives 2 h away in {{LOCATION:La Pine}}; truck parked at clinic lot, plate {{VEHICLE:OR 771 KTW}}, parking pass issued.
Support: sister {{NAME:Moriah}} ({{PHONE:541-555-0102}}).
{{NAME:Gwyneth Oakhurst}}, RN, OCN, nurse navigator`,
  `EMPLOYEE SAFETY / INCIDENT REPORT -- HAZARDOUS DRUG SPILL
Incident # {{ID:IR-2024-07719}}   Date/time {{DATE:10/08/2024 13:25}}   Location: {{FACILITY:Harborview Pavilion Infusion Suite}}, med room B
Reporter: {{NAME:Marcus T. Obi}}, RN, employee # {{ID:E-0048213}}
Involved pt: {{NAME:Delacroix-Mbeki, Simone}}, MRN {{MRN:HPV-560078}} (C2D1 cyclophosphamide 1200 mg in 250 mL NS)
Event: IV bag punctured by tubing spike during priming at BSC edge; approx 40 mL spilled on counter + floor. No skin contact (double chemo gloves, gown). Eye: no.
Actions: spill kit used, area isolated, cleaned x3 (deactivate/decontaminate/clean). Waste in black RCRA bin.
Pharmacy remade dose: {{NAME:Hyun-woo Park}}, PharmD; lot of drug 4K0119 (not affected). Delay 70 min, pt informed.
Employee health: {{NAME:Obi}} seen by {{NAME:Ruth Ashby-Kwan}}, NP, no exposure.
Witness: {{NAME:Lucia Fernandez-Achebe}}, RN (emp # {{ID:E-0031907}}).
Manager {{NAME:Carolyn Vantongeren}} notified 1340, pager {{PHONE:206-555-0117}}.
Root cause: spike angle; retraining on CSTD use scheduled {{DATE:10/15}}.`,
  `GENETIC COUNSELING -- MALE BREAST CANCER
{{DATE:11/12/2024}}   Proband: {{NAME:Eustace Pemberton-Hale}} (II-1), 67M, MRN {{MRN:GN-60231}}; dx L breast IDC ER+ at 66 (accession {{ID:S24-61903}})
GC: {{NAME:Esperanza Lightfoot}}, MS, CGC   Referring: Dr. {{NAME:Cordelia Amankwah}}
Pedigree:
 I-1  father {{NAME:Rupert Pemberton}}, prostate ca 78, d. {{AGE:93}}
 I-2  mother {{NAME:Winifred Pemberton}} (nee {{NAME:Hale}}), living, {{AGE:98}}, at {{FACILITY:Laurel Glen Care Home}}, {{LOCATION:Bath}}, England -- no cancer
 II-2 sister {{NAME:Cecily Ardmore}}, ovarian ca 58, d. 61
 II-3 brother {{NAME:Nigel}}, 63, pancreatic ca 62, on treatment in {{LOCATION:Bristol}}
 III-1 niece {{NAME:Harriet Ardmore}} 35; III-2 nephew {{NAME:Oliver Ardmore}} 32 -- untested
 Proband's children: daughter {{NAME:Philippa}} 40, son {{NAME:Miles}} 37.
Result: BRCA2 c.5946delT (p.Ser1982fs), pathogenic ({{FACILITY:Helixor Clinical Labs}} {{ID:HXL-0598842}}).
Plan: PARP inhibitor eligibility noted for oncology; cascade letters to UK relatives (NHS clinical genetics); prostate screening PSA annually from now.
Contact: {{PHONE:412-555-0158}}; pt email {{EMAIL:eustace.ph@oldpost.example}}.`,
  `SPECIALTY PHARMACY -- REFILL / DELIVERY CALL
{{FACILITY:Evergreen Specialty Pharmacy}}   {{DATE:01/21/2025}} 1405   inbound, IVR voice verification passed (voiceprint {{BIOMETRIC:VPR-88120-4471}})
Caller: pt {{NAME:Beatrix Oyelowo-Hart}}, DOB {{DATE:7/22/1969}}, ph {{PHONE:253-555-0129}}
Drug: capecitabine 500 mg, new dose 1500 mg AM / 1000 mg PM (75% per Dr. {{NAME:Sandoval-Quist}}), D1-14 q21d, Rx {{ID:9120447}} refill 2.
PA renewed ({{ID:PA-24-118803}}) through {{DATE:7/13/2025}}. Copay card {{HEALTH_PLAN:XCC-04418-2291}} applied, $0.
Clinical check: HFS improved to grade 1, resumed {{DATE:1/20}}. No new meds.
Ship: UPS next-day, tracking {{ID:1Z9X40W70388120554}}, to {{ADDRESS:4402 N Pearl St, Apt 11}}, {{LOCATION:Tacoma}} WA {{ZIP:98407}}; signature waived per pt, leave w/ neighbor Mrs. {{NAME:Lourdes Ocampo}}, unit 12.
Delivery window {{DATE:1/22}} by 1030. Cold chain no.
Pharmacist {{NAME:Tobias Rinaldi-Achebe}}, RPh   call ref {{ID:CALL-25-0121-0077}}`,
  `DISCHARGE SUMMARY -- ONCOLOGY
Admit {{DATE:12/27/2024}}   Discharge {{DATE:01/01/2025}}   {{FACILITY:Mercy Hollow Hospital}}, 4 West rm 412
Pt {{NAME:Adebayo, Folasade}}  MRN {{MRN:MH-0664102}}  DOB {{DATE:3/8/1990}}  Acct {{ACCOUNT:MHH-55190047}}
Attending: {{NAME:Corwin Ashworth}}, MD   PCP: {{NAME:Teodora Vlasic}}, DO
Dx: febrile neutropenia after dd-AC C3; E. coli bacteremia (port + peripheral cx {{DATE:12/27}}), port retained (serial {{DEVICE:MP-55210-6}}), cleared cx {{DATE:12/29}}.
Course: cefepime -> ceftriaxone per sensitivities; ANC recovered 0.1 -> 2.8 by {{DATE:12/31}}. TTE no vegetation.
Disposition: home w/ partner {{NAME:Kehinde Adeyemi}}; OPAT ceftriaxone 2 g IV daily via port through {{DATE:1/9/25}} via {{FACILITY:Scioto Home Infusion}} ({{PHONE:740-555-0145}}).
Oncology f/u: Dr. {{NAME:Abimbola Sterling}} at {{FACILITY:Scioto Valley Oncology}} {{DATE:1/6}}; C4 AC delayed 1 wk with dose reduction 20%, continue pegfilgrastim.
Medicaid {{HEALTH_PLAN:OH8821047733}}.
Dictated {{NAME:CA}}/{{NAME:mjr}} {{DATE:01/01/2025 11:15}}`,
  `PAIN SERVICE -- PCA NOTE
{{DATE:Sat 3/22/25}} 0800  {{FACILITY:Ridgeview Medical Center}}, {{FACILITY:Ellery 5}} rm 518
Pt {{NAME:Nwachukwu, Ifeanyi}}  MRN {{MRN:RMC1230076}}  44M, metastatic osteosarcoma (lung + bone; Ewing excluded, EWSR1 FISH neg), pathologic fx R femur s/p IMN {{DATE:3/19}}.
PCA: hydromorphone 0.2 mg demand, lockout 10 min, 1 h limit 1.2 mg, no basal. Pump serial {{DEVICE:PCA-770-2291-B}}, key held by charge RN.
Last 24 h: 38 attempts / 22 doses = 4.4 mg. Pain 6-7/10 at rest. RASS 0, RR 14, SpO2 95% RA, EtCO2 monitoring on.
Add: gabapentin 300 TID, dex 4 mg daily x5 (bone pain), scheduled acetaminophen. Consider intrathecal pump later -- pt interested.
Palliative RT to femur? -- discussed w/ Dr. {{NAME:Paredes}}: 8 Gy x1 {{DATE:3/24}}.
Brother {{NAME:Chukwuemeka}} and mother {{NAME:Adaugo Nwachukwu}} at bedside. Family phone {{PHONE:(651) 555-0189}}.
Pain NP {{NAME:Saoirse Delaney}}, pager {{PHONE:3-9921}}`,
  `PHARMACOKINETIC SAMPLING LOG -- C1D1
Protocol VRD-2207 (NCT05991022)  Site 0142   Subject {{ID:0142-S-037}} / rand {{ID:R-5528}}   Initials {{NAME:T.T.H.}}
Date {{DATE:06/10/2024}}   Dose start 0902, end 0932 (30 min IV)   Kit {{ID:K-40917}}, drug lot VRD-L2207-011
 timepoint   planned   actual   tube   processed/frozen   by
 pre-dose    0850      0848     PK01   0905 / -80 C     {{NAME:MD}}
 EOI         0932      0933     PK02   0948             {{NAME:MD}}
 1 h         1032      1035     PK03   1050             {{NAME:JP}}
 4 h         1332      1331     PK04   1345             {{NAME:JP}}
 24 h        {{DATE:6/11}} 0932   0940   PK05   0955   {{NAME:MD}}
Freezer: Research Pharmacy -80 #2; shipped batch {{DATE:6/14}} on dry ice to central lab, airbill {{ID:7741 5508 2213}}.
Deviation: none. 1 h sample 3 min late (within window +/- 10 min).
Subject's daughter {{NAME:Vy Nguyen}} drove; parking voucher for plate {{VEHICLE:NC PKR-3390}}.
CRC {{NAME:Marguerite Dufresne}}; research RN {{NAME:Jeannette Paquin}}`,
  `HEMATOLOGIC MALIGNANCY TUMOR BOARD   {{DATE:2024-11-21}}
{{FACILITY:Pinecrest University Cancer Center}}, Rm 2210 + remote   minutes {{NAME:Ines Laborde}}
Case A: {{NAME:Kowalczyk, Bernard}} (MRN {{MRN:PU-7710344}}), 67M, DLBCL s/p axi-cel D0 {{DATE:5/9/24}}. D+180 PET ({{DATE:11/5}}) Deauville 4 new L axillary node; bx ({{ID:S24-90117}}) CD19-neg relapse.
  Rec: glofitamab trial vs epcoritamab; refer to trial NCT05672251 -- Dr. {{NAME:Ostrowski-Bell}}.
Case B: {{NAME:Fortescue-Ababio, Reginald}} (MRN {{MRN:PU-6619027}}), 69M, IgG kappa myeloma, t(4;14), 2nd relapse. Marrow {{DATE:11/12}} ({{ID:BM-24-1218}}) 40% plasma cells.
  Rec: teclistamab step-up (inpatient {{FACILITY:Whitcombe 8}}), CAR-T (cilta-cel) referral in parallel.
Case C: {{NAME:Gallardo, Ernesto}}, 89M (not 79 as on list), MDS-EB2 -> azacitidine C6; not a transplant candidate.
Present: {{NAME:Okoro-Lindgren}}, {{NAME:Halvorsen-Yip}} (path), {{NAME:Verbeek}} (BMT), {{NAME:Hyun-woo Park}} (pharm), {{NAME:Laborde}}.
Log {{ID:TB-HEM-24-1121}}`,
  `Admission Date: [**{{DATE:2148-3-4}}**]     Discharge Date: [**{{DATE:2148-3-11}}**]
Date of Birth: [**{{DATE:2069-8-15}}**]     Sex: F
Service: ONCOLOGY
HISTORY OF PRESENT ILLNESS: 78 yo woman with metastatic NSCLC (EGFR L858R) on osimertinib, followed by Dr. [**{{NAME:Szymanski}}**] at [**{{FACILITY:Hospital 4219}}**], p/w dyspnea, found to have large L pleural effusion.
HOSPITAL COURSE: thoracentesis [**{{DATE:3-5}}**] 1.6 L, cytology ([**{{ID:NG48-2213}}**]) positive. Effusion reaccumulated; tunneled pleural catheter (PleurX-type) placed by IP Dr. [**{{NAME:Amaral}}**] [**{{DATE:2148-3-8}}**].
Son [**{{NAME:Fabian}}**] to learn drainage; VNA [**{{FACILITY:Cape Cod Visiting Nurse}}**] 3x/wk.
Her husband ([**{{NAME:Ignatius Ferrante}}**], age [**{{AGE:91}}**]) lives with her in [**{{LOCATION:Hyannis}}**].
DISCHARGE MEDS: osimertinib 80 mg daily, apixaban 5 BID, senna.
FOLLOWUP: Dr. [**{{NAME:Szymanski}}**] [**{{DATE:3-18}}**] 10:30, phone [**{{PHONE:508-555-0123}}**]. MRN [**{{MRN:4482190}}**].`,
  `MYELOMA TREATMENT NOTE -- Dara-VRd C3D8
{{DATE:Thursday, August 8, 2024}}  {{FACILITY:Brookline Hematology Infusion}}  chair 3
Pt {{NAME:Castro-Lee, Ana Luisa}}  MRN {{MRN:4502237}}  DOB {{DATE:1/31/1963}}
IgA lambda MM, R-ISS II, standard risk; transplant eligible. Stem cell collection planned after C4.
Today: daratumumab-hyaluronidase 1800 mg SC (abdomen, 5 min), bortezomib 1.3 mg/m2 SC (BSA 1.71 -> 2.2 mg), dex 40 mg PO.
Lenalidomide 25 mg D1-14: REMS authorization # {{ID:REMS-66190248}} (pt risk category: female not of reproductive potential, post-menopausal), dispensed by {{FACILITY:NorthStar Specialty Pharmacy}} Rx {{ID:6130998}}.
Type & screen on file w/ dara interference note (DTT-treated panel sent {{DATE:5/2024}}) -- blood bank card given.
Neuropathy gr 1 feet. Zoster ppx acyclovir. ASA 81 for VTE ppx.
Response: M-spike 2.1 -> 0.3 g/dL; FLC lambda 412 -> 38.
Husband {{NAME:Wendell Lee}} present. Contact {{PHONE:617-555-0193}}.
Next C4D1 {{DATE:8/29}}; transplant consult w/ Dr. {{NAME:Sunil Marwaha}} {{DATE:9/4}}, coordinator {{NAME:Anouk Verbeek}}.
{{NAME:Vivienne Osei}}, RN`,
  `SURVIVORSHIP TELEHEALTH VISIT -- colon cancer, 3 yrs out
{{DATE:06/24/2025}}  Video, pt at work ({{FACILITY:Tillamook County Library}}), confirmed location {{LOCATION:Tillamook}}, OR
Pt {{NAME:Brannigan, Desmond P}}  DOB {{DATE:11/02/1961}}  MRN {{MRN:7730591}}
Connection log: pt device IP {{IP:97.115.22.209}}; session {{ID:VV-9014-7720-11}}.
Hx: stage IIIB sigmoid ca, resected {{DATE:1/2024}}; adjuvant mFOLFOX6 x 12 completed {{DATE:7/2024}} (port removed {{DATE:10/2024}}, serial {{DEVICE:PP-7712-04419}}; CADD pump {{DEVICE:CP7-118842}} returned).
CEA 1.8 (stable). CT CAP {{DATE:5/30/25}} NED. Colonoscopy {{DATE:3/2025}}: 1 small TA removed.
Residual: neuropathy gr 1 toes (oxaliplatin), no falls. Mood good. Walks 30 min daily.
Son {{NAME:Liam Brannigan}}, 34 -- advised colonoscopy at 40 or 10 yrs before pt's dx age (i.e., now), germline neg.
Care plan posted: {{URL:https://portal.lakeshorecancer.example/scp/7730591}}.
Next: CEA q6mo, CT annually to yr 5. -- {{NAME:Rosalind Tuckerman}}, FNP`,
];

export const HELDOUT_REALISTIC_74_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout74-${i + 1}`, n));
