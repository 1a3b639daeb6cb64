// Held-out set 49 of hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone numbers are 555 numbers; towns and cities are real places used only
// as LOCATION). Flavour: oncology and hematology across the US - medical oncology clinic notes,
// infusion-center nursing notes and chemo orders (FOLFOX, FOLFIRINOX, R-CHOP, 7+3 with doses and
// BSA), tumor boards, radiation oncology consults, on-treatment visits, brachytherapy and treatment
// summaries, BMT/CAR-T/apheresis/GVHD notes, surgical, bone-marrow, flow and NGS reports, clinical
// trial consent, eligibility and SAE forms, survivorship plans, palliative care, goals of care,
// death notes, registry abstracts, specialty-pharmacy, foundation, lodging, financial-navigation,
// employer and school letters, fax covers, portal and e-mail messages, an EHR access audit and
// one MIMIC-style [** **] note. Names are Anglo, Hispanic, Vietnamese, Hmong, Nigerian, Ghanaian,
// Somali, Navajo, Inupiat, Tongan, Polish, Scandinavian, Haitian and French-Canadian, written in
// Title case, ALL CAPS, lower case, "Last, First", initials and nicknames. Look-alike non-PHI:
// regimens and doses, C3D1/C4D1/Day +100/Day -6, NCT numbers, ECOG/KPS/IPI/Deauville/Gleason/
// Breslow/Khorana/Sokal/Matutes scores, eponyms (Hodgkin, Burkitt, Richter, Trousseau, Bence Jones,
// Auer, Stupp, Cockcroft-Gault, Döhle), ICD-10/CPT/HCPCS/NDC/CLIA codes, lot numbers and lot
// expiry, ICD-O histology codes, tooth numbers, rooms/chairs/beds/bays, years, seasons with a year,
// weekdays alone, clock times, ages of 89 and under, states and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions in the header of
// heldout-realistic-6.ts: titles and credentials stay outside NAME spans; labels ("MRN", "sn",
// "serial", "NPI", "CLM", "MCO ID") stay outside; a time attached to a full date is part of it; a
// weekday written with a date is part of it; payers (and a payer's own fax line) are not PHI;
// cancer centers, infusion suites, named wards (Whitcombe 7, HOLLIS 9, Lackawanna 4), labs,
// specialty and retail pharmacies, hospices, lodging houses, funeral homes, transport agencies,
// employers, schools, churches and patient-assistance foundations are FACILITY; insurer and
// Medicare/Medicaid member and group numbers are HEALTH_PLAN; hospital accounts and claim numbers
// are ACCOUNT; NPI and state licences are LICENSE; plates and VINs are VEHICLE; port, pump,
// pacemaker, afterloader, apheresis-instrument and tumor-treating-field serials are DEVICE;
// pathology/flow/marrow accessions, order, requisition, prior-authorization, Rx, grant, incident,
// safety-report, privacy-case, organ-donation referral, employee and interpreter numbers are ID.
// Decisions for shapes the guideline does not name: a month with a year ("03/2023", "Feb 2023")
// and a month-day without a year ("4/4", "September 30") are DATE; a year alone stays unmarked even
// inside a MIMIC placeholder ("dx [**2144**]"); NCT numbers, site numbers, protocol and consent
// version numbers, and cycle/day labels are not PHI, but a trial subject or screening number
// (012-0047, 117-0009, S-0214), an NMDP donor ID, a CIBMTR CRID, a CAR-T chain-of-identity number
// and an ISBT 128 blood-product donation number (DIN) are ID; trial-form subject initials ("R-M-D")
// are NAME; EHR user names derived from a person's name (jdesrosiers) are NAME; a county is
// LOCATION; a rural-route or PO box address is ADDRESS; organisations' own street addresses,
// phones, faxes, e-mails and URLs are marked like any other; short in-house pagers and extensions
// are PHONE; the national 988 crisis line is not PHI.
//
// Slips the author reported (none showed engine output): its author read the brief's check script
// (outside the repository) and tested that its own path did not exist; real products and trial
// names (Epic, Dermabond, KEYNOTE) stay as non-PHI look-alikes.
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9715 / 0.9633; pass-14 engine after
// rules 14a-d (c783367), still before anyone read the misses, 0.9730 / 0.9634.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `MEDICAL ONCOLOGY CLINIC NOTE
Patient: {{NAME:Delgado-Reyes, Marisol}}   MRN: {{MRN:40-771-2938}}   DOB: {{DATE:08/14/1961}}
Visit: {{DATE:Tuesday 04/02/2024}}   Location: {{FACILITY:Cottonwood Ridge Cancer Center}}, {{LOCATION:Lubbock}}, TX
Attending: {{NAME:Anand Venkataraman}}, MD   Fellow: Dr. {{NAME:Okafor}}

Interval history: 62 yo woman with stage IIIB (pT3N1b) adenocarcinoma of the sigmoid colon s/p sigmoidectomy at {{FACILITY:Llano Estacado General}} on {{DATE:12/19/23}}, here for C3D1 adjuvant FOLFOX. Tolerated C2 with grade 1 cold-induced dysesthesia, no diarrhea. Daughter {{NAME:Yesenia}} ({{PHONE:806-555-0172}}) drives her; works nights at {{FACILITY:Plains Cotton Cooperative}}.
ECOG 1. Wt 68.2 kg, BSA 1.74 m2.
Labs today: WBC 4.1, ANC 2.3, Hgb 11.2, plt 164K, CEA 1.9 (was 6.4 preop).
Plan: proceed C3D1 - oxaliplatin 85 mg/m2 (148 mg), leucovorin 400 mg/m2, 5-FU bolus 400 mg/m2 then 2400 mg/m2 CI over 46 h via port. Pump disconnect {{DATE:4/4}} at 1330. Return C4D1 {{DATE:4/16/24}}. Consider dose-reducing oxali if Neurotoxicity persists (Levi scale).
ICD-10 C18.7. CPT 96413, 96415, 96416.
Electronically signed {{DATE:04/02/2024 17:42}} - {{NAME:A. Venkataraman}}`,
  `infusion rn note {{DATE:3/11/24}} 0815
pt {{NAME:gerald "gerry" mcallister}} mrn {{MRN:00918274}}, dob {{DATE:2/2/1958}}, arrived ambulatory w/ wife {{NAME:bonnie}} to {{FACILITY:kestrel infusion suite}} chair 14. here for R-CHOP C2D1 for DLBCL (GCB type, IPI 3).
port (sn {{DEVICE:PX-22871-B}}) accessed w/ 20g 3/4" huber, +blood return, flushed 10 mL NS. premeds: APAP 650 po, diphenhydramine 25 IV, ondansetron 16 IV, dexamethasone 12 IV.
rituximab 375 mg/m2 = 780 mg started 0912 at 100 mg/hr (rapid rate not yet, reaction C1), titrated q30min, no rigors. cyclophosphamide 750 mg/m2, doxorubicin 50 mg/m2 IVP, vincristine 1.4 mg/m2 capped 2 mg. pred 100 mg po d1-5 at home.
vs stable, bp 128/76 hr 82 spo2 97% ra. pegfilgrastim OBI applied L arm 1530 lot 4471Z.
pt to call {{FACILITY:Larkspur Hematology Oncology}} triage {{PHONE:(406) 555-0139}} for temp >=100.4. next appt {{DATE:Mon 4/1}} w/ Dr {{NAME:Haugen}}.
{{NAME:k. szymanski}} rn`,
  `CHEMOTHERAPY ORDER - CYCLE 5 DAY 1 (C5D1)
PATIENT: {{NAME:WASHINGTON, TERRENCE L}}     MRN: {{MRN:7719204}}     ACCT: {{ACCOUNT:A000381177}}
DOB: {{DATE:11-03-1949}}     HT 180 CM  WT 77.5 KG  BSA 1.97 M2
DIAGNOSIS: METASTATIC PANCREATIC ADENOCARCINOMA, ICD-10 C25.1
REGIMEN: MODIFIED FOLFIRINOX Q14D (DOSE LEVEL -1)
  OXALIPLATIN 65 MG/M2 = 128 MG IV OVER 2 H
  IRINOTECAN 150 MG/M2 = 296 MG IV OVER 90 MIN
  LEUCOVORIN 400 MG/M2 = 788 MG IV
  FLUOROURACIL 2400 MG/M2 = 4728 MG CIVI OVER 46 H, AMBULATORY PUMP SERIAL {{DEVICE:7TK-004519}}
  NO 5-FU BOLUS.
TREATMENT DATE: {{DATE:17-JUN-2024}}   HOLD IF ANC <1500 OR PLT <75,000
ORDERING: {{NAME:PRIYA RAMACHANDRAN}}, MD  NPI {{LICENSE:1487720391}}
VERIFIED BY: {{NAME:LOUIS T. BEAUCHAMP}}, PHARMD  {{DATE:06/17/2024 0744}}
SITE: {{FACILITY:BAYOU TECHE ONCOLOGY INFUSION CENTER}}, {{ADDRESS:1120 EAST MAIN ST, SUITE 210}}, {{LOCATION:NEW IBERIA}}, LA {{ZIP:70560}}
AUTH #: {{ID:PA-2024-0588213}} (VALID THROUGH {{DATE:09/30/2024}})`,
  `Multidisciplinary GI Tumor Board - {{FACILITY:Riverside Mercy Cancer Institute}}
Date: {{DATE:Thursday, May 9, 2024}} 0700, Conference Rm 3B
Presenter: {{NAME:Hannah Lindqvist}}, MD (Med Onc)
Attendees: {{NAME:J. Castellanos}} (Surg Onc), {{NAME:Mei-Ling Zhou}} (Rad Onc), {{NAME:Obi Nwankwo}} (Path), {{NAME:Farrah Haddad}} (Radiology), nurse navigator {{NAME:Tasha Greer}}, CRC {{NAME:Dmitri Volkov}}

Case 2: {{NAME:S.K.}}, 54M, MRN {{MRN:33-08812}}. Locally advanced rectal adenocarcinoma, 6 cm from anal verge, MRI {{DATE:4/22/24}}: T3c N1, CRM threatened, EMVI+. MMR proficient (MLH1/PMS2/MSH2/MSH6 retained). CEA 11.
Discussion: total neoadjuvant therapy vs short-course RT. Eligible for NCT05123478 (not open yet at our site). Pt is a long-haul driver for {{FACILITY:Kettering Freight Lines}}; wants to minimize daily travel from {{LOCATION:Chillicothe}}.
Consensus: TNT - LCCRT 50.4 Gy/28 fx with capecitabine 825 mg/m2 BID, then CAPOX x 4 months, restaging MRI; watch-and-wait if cCR.
Path slides from outside ({{FACILITY:Scioto Valley Pathology}}, accession {{ID:SV24-03317}}) reviewed and concur.
Minutes: {{NAME:tg}}`,
  `RADIATION ONCOLOGY CONSULTATION
{{FACILITY:Granite Peaks Radiation Center}} | {{ADDRESS:455 W. Bannock Street}}, {{LOCATION:Boise}}, ID {{ZIP:83702}} | Ph {{PHONE:208.555.0190}} | Fax {{FAX:208.555.0191}}
Patient: {{NAME:Eleanor Prudhomme}}  DOB {{DATE:1947-10-30}}  MRN {{MRN:GP0045128}}
Date of consult: {{DATE:2024-02-27}}
Referring: {{NAME:Marcus Oyelaran}}, MD, {{FACILITY:Treasure Valley Breast Surgery}}

HPI: 76 y/o female with left breast IDC, grade 2, 1.4 cm, ER 95% PR 80% HER2 1+ (neg), Ki-67 12%, s/p lumpectomy + SLNB (0/2) on {{DATE:January 18, 2024}}. Margins negative (closest 3 mm posterior). Oncotype RS 14. Seen by Dr. {{NAME:Oyelaran}} and med onc Dr. {{NAME:Santangelo}}; plans letrozole 2.5 mg daily.
PMH: CAD s/p stent 2016, pacemaker (model not relevant; device check by {{FACILITY:Boise Heart Rhythm}}, serial {{DEVICE:PJK811204S}}).
Exam: well-healed incision L breast 2 o'clock, no axillary adenopathy.
Assessment/Plan: discussed whole breast RT 40 Gy/15 fx vs 26 Gy/5 fx (FAST-Forward) vs omission given age >70 and low-risk features (PRIME II). Pt prefers 26 Gy/5 fx; left-sided so DIBH. Pacemaker out of field; cardiology to be notified. Sim {{DATE:3/5/24}} 10:00.
{{NAME:Ruth Aldana-Becker}}, MD`,
  `RADIATION TREATMENT SUMMARY
Patient: {{NAME:Tobias N. Ferreira}}   MRN {{MRN:5530917}}   DOB {{DATE:06/06/1970}}
Treating facility: {{FACILITY:Cape Fear Coastal Oncology - Radiation Services}}, {{LOCATION:Wilmington}}, NC
Diagnosis: SCC of the right base of tongue, p16+, cT2N1M0 (AJCC 8th stage I), ICD-10 C01
Course: {{DATE:10/02/2023}} to {{DATE:11/14/2023}}
Site: bilateral neck + primary, IMRT/VMAT, 6 MV, linac "Unit 2"
Dose: 70 Gy in 35 fx to PTV70; 56 Gy to elective nodal PTV. Concurrent weekly cisplatin 40 mg/m2 x 6 given at {{FACILITY:Port City Infusion}}.
Breaks: none. Max toxicity: grade 2 mucositis, grade 2 dermatitis, wt loss 6.1 kg; PEG placed {{DATE:10/20/23}} by Dr. {{NAME:Abernathy}}.
Follow-up: PET/CT at 12 weeks (~{{DATE:2/6/24}}); ENT Dr. {{NAME:Kwabena Asante}} in 6 wk; speech-swallow therapy with {{NAME:Lacey Durand}}, SLP.
Dental: pre-RT clearance done by {{NAME:Paul Iverson}}, DDS; fluoride trays; teeth #17 and #32 extracted before RT.
cc: {{NAME:Gwen Hatcher}}, MD (PCP) fax {{FAX:910-555-0118}}
Dictated by: {{NAME:Sunita Mehra}}, MD {{DATE:11/20/2023}}; transcribed {{NAME:rl}}`,
  `BMT ADMISSION H&P - ALLOGENEIC HCT
Pt: {{NAME:Khoa Dang Pham}}, 41M   MRN {{MRN:H2081144}}   Unit: {{FACILITY:Whitcombe 7}} BMT, room 712
Admit: {{DATE:08/19/2024}}   Day -6
Dx: AML with NPM1 mutation, FLT3-ITD negative, CR1 after 7+3 and HiDAC x 2; MRD by NGS negative on {{DATE:7/30/24}}.
Donor: 9/10 matched unrelated donor (DQB1 mismatch), male, CMV+/+; NMDP donor ID {{ID:4471-0933-6}}; product: PBSC, collection planned {{DATE:8/24}} at outside apheresis center.
Conditioning: Flu/Bu4 (fludarabine 40 mg/m2 d-6 to d-3, busulfan AUC-targeted). GVHD ppx: PTCy 50 mg/kg d+3/+4, tacrolimus, MMF.
Lines: R IJ triple-lumen Hickman placed {{DATE:8/16/24}} by IR (Dr. {{NAME:Castellano}}).
Social: lives in {{LOCATION:Garden Grove}} with wife {{NAME:Thuy}} (caregiver, cell {{PHONE:714-555-0166}}); staying at {{FACILITY:Oakmont Family Lodge}} {{ADDRESS:2290 Harbor Blvd, Unit 14}} for 100 days. Employer {{FACILITY:Westminster Nail Supply}} granted leave. Brother {{NAME:Pham Van Long}} in {{LOCATION:Da Nang}} was HLA-typed, haploidentical.
Attending: {{NAME:Corinne Blackwood}}, MD`,
  `SURGICAL PATHOLOGY REPORT
Accession: {{ID:S24-018842}}     Received: {{DATE:03/28/2024}}     Reported: {{DATE:04/01/2024}}
Patient: {{NAME:HOLLOWAY, BEATRICE ANN}}   MRN: {{MRN:0062219480}}   DOB: {{DATE:02/29/1952}}
Submitting physician: {{NAME:Rafael Quintanilla}}, MD    Location: {{FACILITY:Sandhill Regional Medical Center}} OR 4
Pathologist: {{NAME:Ingrid Solberg}}, MD
SPECIMEN: A) Right ovary and tube; B) Left ovary and tube; C) Uterus, cervix; D) Omentum
DIAGNOSIS:
A-B: High-grade serous carcinoma, bilateral ovaries, with STIC in right fimbria.
C: Uterine serosal involvement. Endometrium atrophic.
D: Omental metastasis, largest 4.2 cm. Chemotherapy response score (CRS) 2.
Stage: FIGO IIIC (pT3c pNX).
IHC: WT1+, PAX8+, p53 aberrant (null pattern), ER weak. Block D3 sent for BRCA1/2 somatic and HRD testing to {{FACILITY:Helix Pointe Molecular Diagnostics}} (req {{ID:HPX-7730214}}).
Comment: Case shown at intradepartmental consensus {{DATE:3/31/24}}; Dr. {{NAME:K. Ambrose}} concurs.
CLIA 45D0991827. Electronically signed {{DATE:04/01/2024 16:05}}.`,
  `NEXT-GENERATION SEQUENCING REPORT - SOLID TUMOR 523-GENE PANEL
Lab: {{FACILITY:Corvallis Genomic Reference Laboratory}}, {{ADDRESS:8800 NW Arboretum Rd}}, {{LOCATION:Corvallis}}, OR {{ZIP:97330}}
Patient: {{NAME:Gutierrez Salinas, Joaquin}}   DOB: {{DATE:05/21/1963}}   Sex: M
Specimen: FFPE, lung RUL core bx, tumor content 40%   Collected {{DATE:05/02/2024}}   Received {{DATE:05/07/2024}}
Order #: {{ID:CGR-24-113907}}   Ordering MD: {{NAME:Lillian Ng}}, MD   Client: {{FACILITY:Willamette Valley Thoracic Oncology}}
RESULTS:
  EGFR exon 19 deletion (p.E746_A750del), VAF 28%  -> Tier IA, osimertinib (FDA-approved)
  TP53 p.R273H, VAF 31%
  TMB 4 mut/Mb (low); MSI stable; PD-L1 (22C3) TPS 5% by IHC (separate report)
  No ALK, ROS1, RET, NTRK fusions detected (RNA).
Germline: variants not assessed; recommend genetic counseling if family history warrants.
Clinical trials: NCT04035486 and NCT05261399 list EGFR-mutant NSCLC.
Signed out: {{NAME:Venkat Iyer}}, PhD, FACMG, and {{NAME:Abigail Stroud}}, MD  {{DATE:05/14/2024}}
Questions: {{EMAIL:molecular.support@cgrl-lab.example.org}} or {{PHONE:541-555-0107}}`,
  `Clinical Research Note - Consent and Enrollment
Protocol: NCT05812027, Phase 2 study of an oral menin inhibitor in relapsed KMT2A-r/NPM1m AML
Site: {{FACILITY:Sonoran Desert Cancer Research Center}}, {{LOCATION:Tucson}}
Subject: {{NAME:Rosalind Yazzie}}   MRN {{MRN:SD-660319}}   Subject no. {{ID:012-0047}}
Date/time: {{DATE:06/03/2024 09:15}}
ICF v4.0 reviewed in person with pt and her son {{NAME:Daniel Yazzie}}; Navajo interpreter {{NAME:Loretta Begay}} present by phone. All questions answered. Pt signed at 10:02; copy given. HIPAA authorization signed.
Eligibility: NPM1m confirmed by {{FACILITY:Mesa Hematopathology}} report {{ID:MH-24-2291}}, ECOG 1, QTcF 438 ms, CrCl 71 mL/min. Met all I/E.
Screening labs drawn; C1D1 targeted {{DATE:6/10/24}}.
Randomization N/A (single arm). IRT confirmation {{ID:IRT-88412-T}}.
Pt lives in {{LOCATION:Chinle}}, AZ, ~5 h drive; travel reimbursement via sponsor vendor.
Research RN: {{NAME:Mateo Fuentes-Ybarra}}, RN, OCN   PI: Dr. {{NAME:Harriet Osei}}`,
  `SURVIVORSHIP CARE PLAN
Prepared for: {{NAME:Agnieszka (Aggie) Wróblewska}}     Date prepared: {{DATE:September 12, 2024}}
Cancer center: {{FACILITY:Lakeshore Survivorship Clinic at North Shore Oncology}}, {{LOCATION:Evanston}}, IL
Care team: Medical oncologist Dr. {{NAME:Benjamin Sato}}; Surgeon Dr. {{NAME:Lucia Marchetti}}; Nurse practitioner {{NAME:Cheryl Ann Boateng}}, APRN; Primary care Dr. {{NAME:Ed Kowalczyk}}, {{FACILITY:Skokie Family Medicine}}, {{PHONE:847-555-0123}}

Diagnosis: Triple-negative breast cancer, right, cT2N0, diagnosed {{DATE:03/2023}}. BRCA1 germline pathogenic variant.
Treatment summary:
- Neoadjuvant pembrolizumab + carboplatin/paclitaxel then AC (KEYNOTE-522 regimen), {{DATE:4/10/23}} - {{DATE:9/25/23}}
- Bilateral mastectomy, pCR (ypT0N0), {{DATE:10/30/2023}}
- Adjuvant pembrolizumab completed {{DATE:07/15/2024}}
- Risk-reducing BSO planned Summer 2025 (gyn onc Dr. {{NAME:Adeyemi}})
Late effects to watch: anthracycline cardiotoxicity (echo yearly; LVEF 58%), immune-related hypothyroidism (on levothyroxine 75 mcg), neuropathy grade 1.
Follow-up: history/exam every 3-6 months x 3 years; no routine imaging.
Patient portal: {{URL:https://portal.northshore-onc.example.org/lakeshore}}
Questions: survivorship RN {{NAME:Deb Lindahl}} at {{PHONE:(847) 555-0199}} ext. 4`,
  `PALLIATIVE CARE CONSULT
Requested by: Dr. {{NAME:Faisal Al-Rashid}} (Heme/Onc)   Date: {{DATE:01/08/2025}}
Patient: {{NAME:Cornelius Abernathy-Wells}}, {{AGE:91}} y/o M   MRN {{MRN:MH88201734}}   {{FACILITY:Magnolia Heights Hospital}}, 5 North, bed 22
Reason: symptom management and goals of care, metastatic prostate cancer (mCRPC) progressing on enzalutamide; new L2 and sacral mets with pain.
Symptoms: pain 7/10 low back, ESAS fatigue 8, appetite 3. Constipation x4 days on oxycodone 5 mg q4h prn (using 4-5/day).
Social: widower; lives alone in {{LOCATION:Hattiesburg}}; retired from {{FACILITY:Pine Belt Lumber Company}}. Niece {{NAME:Lorraine Wells}} is HCPOA (cell {{PHONE:601-555-0154}}). Pastor {{NAME:Elijah Greer}} of {{FACILITY:Mount Zion Missionary Baptist Church}} visits.
GOC: pt clear he wants "no machines"; DNR/DNI confirmed, POLST completed. Interested in single-fraction RT 8 Gy to L2 for pain (rad onc Dr. {{NAME:Whitfield}} aware).
Recs: start oxycodone ER 10 mg q12h, oxycodone IR 5-10 mg q3h prn, senna-S 2 tabs bid, PEG 17 g daily; dexamethasone 4 mg daily x 5 d. Hospice info given ({{FACILITY:Longleaf Hospice}}).
{{NAME:Margaret O'Shaughnessy}}, MD, Palliative Medicine, pager {{PHONE:4417}}`,
  `{{FACILITY:CANYON RIDGE SPECIALTY PHARMACY}}
{{ADDRESS:3145 N. Central Ave, Bldg C}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85012}}   Tel {{PHONE:602-555-0182}}   Fax {{FAX:602-555-0183}}

{{DATE:July 22, 2024}}

{{NAME:Hector Villanueva}}
{{ADDRESS:7719 W. Osborn Rd, Apt 118}}
{{LOCATION:Glendale}}, AZ {{ZIP:85303}}

Re: Your prescription for ibrutinib 420 mg daily (Rx {{ID:RX7741902}})

Dear Mr. {{NAME:Villanueva}},
Your oncologist, Dr. {{NAME:Nadia Kaur}} of {{FACILITY:Saguaro Hematology Associates}}, sent us a new prescription. Your insurance plan requires that this medicine be filled by a specialty pharmacy. Your member ID {{HEALTH_PLAN:ZGH448129305}} was approved under prior authorization {{ID:PA88-312775}} through {{DATE:01/21/2025}}. Your copay for a 28-day supply is $25 after manufacturer assistance (BIN 610020, PCN not shown).
We will ship by overnight courier on {{DATE:Wednesday, July 24}} to the address above; someone 18 or older must sign. Please call our oncology pharmacist {{NAME:Grace Tanaka}}, PharmD, with any questions about bleeding, atrial fibrillation or drug interactions.
Sincerely, Patient Care Team`,
  `Financial Navigation Letter
{{FACILITY:Blue Heron Cancer Care}} - Patient Financial Services
{{ADDRESS:600 Lakeview Pkwy, Suite 300}}, {{LOCATION:Madison}}, WI {{ZIP:53704}}

{{DATE:10/03/2024}}

To: Ms. {{NAME:Latoya Simmons-Brandt}}
Account number: {{ACCOUNT:BH-0091827364}}
Guarantor: {{NAME:Curtis Brandt}} (spouse)   SSN on application: {{SSN:555-48-1123}}

Dear Ms. {{NAME:Simmons-Brandt}},
Thank you for meeting with me on {{DATE:September 30}}. I have applied for the following on your behalf:
1. {{FACILITY:Driftless Area Cancer Fund}} - copay grant for trastuzumab deruxtecan, grant no. {{ID:DACF-24-06611}}, approved $7,500, effective {{DATE:9/27/2024}}-{{DATE:9/26/2025}}.
2. Hospital charity care (50% discount) for balances on claims CLM {{ACCOUNT:20240815-33719}} and CLM {{ACCOUNT:20240829-34102}}.
3. Your employer {{FACILITY:Otter Creek Packaging Plant #2}} HR was contacted about short-term disability; case {{ID:STD-55190-WI}}.
Your Medicaid secondary ID {{HEALTH_PLAN:7731904588}} was added.
Please call me at {{PHONE:608-555-0147}} or email {{EMAIL:a.xiong@blueheroncc.example.com}}.
Sincerely,
{{NAME:Ameena Xiong}}, Financial Navigator`,
  `TELEPHONE ENCOUNTER - ONCOLOGY TRIAGE
{{DATE:Sat 11/16/2024 21:48}}   Caller: wife {{NAME:Soo-ah Kim}}   Callback {{PHONE:(919) 555-0164}}
Patient: {{NAME:Kim, Daniel J.}}   DOB {{DATE:1/9/1975}}   MRN {{MRN:TC4400912}}
Concern: temp 101.3 F oral at 2100, chills. C2D10 of gemcitabine/cisplatin for cholangiocarcinoma (last dose {{DATE:11/13}}). Pt also reports mild cough, no dyspnea. Port site clean per wife.
Triage: ONS telephone protocol - febrile neutropenia suspected. Advised ED now; do not wait for clinic Monday.
Directed to {{FACILITY:Triangle Oaks Hospital}} ED, {{ADDRESS:4000 Wake Forest Rd}}, {{LOCATION:Raleigh}}; called ED charge RN {{NAME:Priscilla}} with hand-off, fever pathway, cefepime within 60 min.
Oncologist on call Dr. {{NAME:Rupert Vance}} notified at 2155.
Wife verbalized understanding; will drive (pt not to drive). Left message for primary onc Dr. {{NAME:Aparna Subramaniam}} in Epic inbasket.
{{NAME:Nicole Fairweather}}, RN, after-hours triage line`,
  `Procedure Note: Implanted Venous Port Placement
Date: {{DATE:02/13/2024}}   Facility: {{FACILITY:St. Brendan's Community Hospital}} IR suite 2
Patient: {{NAME:O'Rourke, Siobhan M.}}   MRN {{MRN:7120058}}   DOB {{DATE:12/24/1983}}
Operator: {{NAME:Devendra Patil}}, MD   Assistant: {{NAME:Jordan Reese}}, RT(R)
Indication: breast cancer, needs central access for dose-dense AC-T.
Procedure: Under US guidance the right internal jugular vein was accessed with a 21G needle. A subcutaneous pocket was created in the right upper chest. Single-lumen 8 Fr power-injectable port (model PI-8S), serial number {{DEVICE:08S-7731249}}, catheter tip at cavoatrial junction on fluoro. Sutured 4-0 Monocryl, Dermabond.
Sedation: midazolam 2 mg, fentanyl 100 mcg IV; 22 min sedation, nurse {{NAME:Amos Kettleman}}, RN monitoring.
EBL <5 mL. No complications. Port ID card given to pt; device registration sent to manufacturer.
Port may be accessed today. First chemo {{DATE:2/15/24}} at {{FACILITY:Cedar Lane Infusion}}.
Ref: Dr. {{NAME:Thandiwe Mokoena}}`,
  `home infusion nursing visit - pump disconnect
{{DATE:6/19/24}} 1410   agency: {{FACILITY:Tri-County Home Infusion Services}}
pt: {{NAME:Raymond Tsosie}}, dob {{DATE:3/17/1966}}, {{ADDRESS:48 Juniper Loop}}, {{LOCATION:Farmington}}, NM {{ZIP:87401}}
visit for 5-FU 46 hr CI disconnect (FOLFIRI + bev C6). pump sn {{DEVICE:AMB3-55018}} reading 0 mL remaining, reservoir empty, alarms none. port L chest accessed {{DATE:6/17}}, site c/d/i, no erythema. flushed NS 20 mL then heparin 100 u/mL 5 mL per protocol, needle removed intact, bandaid.
pt reports fatigue, 2 loose stools/day (grade 1), mouth sores none. taking loperamide prn. wt 81 kg. bp 142/88.
wife {{NAME:Marlene}} present. next visit {{DATE:7/3}}. supplies left: 2 spill kits.
pump returned to {{FACILITY:San Juan Oncology}} pharmacy.
{{NAME:Jolene Whitehorse}} RN  cell {{PHONE:505-555-0138}}`,
  `Hematology Consultation
{{FACILITY:Alder Creek Medical Group}} Hematology, {{LOCATION:Spokane}}, WA
Date {{DATE:08.05.2024}}
Pt {{NAME:Liesl Vanderhoven}}, 34F, MRN {{MRN:ACM-2231907}}, referred by {{NAME:Tomasz Nowicki}}, PA-C, for thrombocytopenia.
HPI: Incidental plt 18K on CBC {{DATE:7/29/24}}; petechiae on shins, gum bleeding with brushing. No meds except OCP. No recent viral illness. Works as kindergarten teacher at {{FACILITY:Birchwood Hollow Elementary School}}.
Smear (personally reviewed): large platelets, no schistocytes, no clumping (citrate tube plt 17K). No Döhle bodies, no blasts.
Labs: Hgb 13.1, WBC 6.2, HIV/HCV neg, H. pylori stool Ag pending, TSH 2.1, IPF 14%.
Impression: primary ITP, newly diagnosed.
Plan: dexamethasone 40 mg daily x 4 days; avoid NSAIDs; hold OCP? (discussed with gyn). Recheck CBC {{DATE:Fri 8/9}} at {{FACILITY:Alder Creek Lab - North Division}}. If refractory consider IVIG, TPO-RA (eltrombopag), rituximab.
Pt email for portal: {{EMAIL:lvanderhoven88@mailbox.example.net}}
{{NAME:Grete Haldorsen}}, MD`,
  `SICKLE CELL DAY HOSPITAL NOTE   {{DATE:12/02/2024}}
{{FACILITY:Harbor Point Comprehensive Sickle Cell Center}}, {{LOCATION:Baltimore}}, MD
Patient: {{NAME:Kwame Mensah-Boateng}}  Age 27  HbSS  MRN {{MRN:HP-509913}}
Arrived 0910 by {{FACILITY:Patapsco Medical Transport}} van, plate {{VEHICLE:4EK-2291}}, for VOC pain 9/10 bilateral legs and low back, started last night.
Individualized pain plan (per Dr. {{NAME:Ijeoma Chukwu}}): hydromorphone 1.5 mg IV q30min x3, ketorolac 15 mg IV x1, IVF D5 1/2NS 125 mL/h.
0940 first dose; 1045 pain 6/10; 1130 pain 4/10. Hgb 7.4 (baseline 7.8), retic 11%, LDH 512. No chest pain, SpO2 98%.
On hydroxyurea 1000 mg daily and L-glutamine; crizanlizumab infusions monthly.
Discharged home 1420 to {{ADDRESS:1907 N. Milton Ave}}; mother {{NAME:Akosua}} picking up. Follow-up {{DATE:12/9/24}}. Work note given for {{FACILITY:Chesapeake Shipping Terminal}}.
{{NAME:Brianna Fulton}}, CRNP`,
  `Hemophilia Treatment Center - Annual Comprehensive Visit
{{FACILITY:Great Plains Hemophilia and Thrombosis Center}}, {{LOCATION:Omaha}}
Visit {{DATE:3/14/2024}}. Pt {{NAME:Brody Castellanos}}, 16M, severe hemophilia A (FVIII <1%), inhibitor negative (Bethesda 0.0 BU).
Mother {{NAME:Renata Castellanos}} present. Family: maternal uncle {{NAME:Julian Ortega}} also affected, followed in {{LOCATION:Monterrey}}, Mexico.
Prophylaxis: emicizumab 3 mg/kg q2 weeks SC; breakthrough bleeds treated with rFVIII 50 IU/kg (lot not recorded). 2 bleeds this year (R ankle target joint, HJHS 4).
PT: {{NAME:Olivia Marsh}}, DPT - ankle brace; cleared for swimming, not football. School: {{FACILITY:Elkhorn Prairie High School}} nurse letter updated.
Pharmacy: home delivery by {{FACILITY:Keystone Factor Pharmacy}}, {{PHONE:402-555-0111}}.
Insurance: MCO ID {{HEALTH_PLAN:88200417301}}. Emergency letter carried. Medical ID bracelet.
Next visit {{DATE:March 2025}}. Signed {{NAME:Theodore Lindgren}}, MD; coordinator {{NAME:Sam Ruiz}}, RN {{EMAIL:sruiz@gphtc.example.org}}`,
  `LETTER OF MEDICAL NECESSITY / PRIOR AUTHORIZATION REQUEST
Date: {{DATE:February 6, 2024}}
To: Utilization Management, Pinnacle Health Plan (fax 1-800-555-0175)
Re: {{NAME:Chidi Okonkwo-Barnes}}   DOB {{DATE:04/19/1959}}   Member ID {{HEALTH_PLAN:PHP-660412983-01}}   Group {{HEALTH_PLAN:0048211}}
Requested: pembrolizumab 200 mg IV q3 weeks (HCPCS J9271) x 35 cycles; CPT 96413
Diagnosis: C34.11 - NSCLC, squamous, RUL, stage IVA (contralateral lung nodule), PD-L1 TPS 80% (22C3), EGFR/ALK/ROS1 negative by NGS ({{FACILITY:Ridgeline Molecular}} report {{ID:RM-2401-8827}}, {{DATE:1/29/24}}).
Rationale: First-line single-agent pembrolizumab is NCCN category 1 for PD-L1 >=50% (KEYNOTE-024). Patient has ECOG 1, no autoimmune disease, no steroids >10 mg prednisone equivalent.
Site of care: {{FACILITY:Allegheny Foothills Oncology}} infusion, {{ADDRESS:210 Greentree Commons Dr}}, {{LOCATION:Monroeville}}, PA {{ZIP:15146}}.
Prescriber: {{NAME:Miriam Feldstein-Oduya}}, MD, NPI {{LICENSE:1093847562}}, PA license {{LICENSE:MD-447120}}
Contact: {{NAME:Janelle}} in PA department, {{PHONE:412-555-0126}}, fax {{FAX:412-555-0127}}
Reference #: {{ID:UM24-0206-7719}}`,
  `*** FAX COVER SHEET ***
FROM: {{FACILITY:Sugar Land Oncology Partners}} - Dr. {{NAME:Vikram Choudhary}}
{{ADDRESS:16659 Southwest Fwy, Ste 400}}, {{LOCATION:Sugar Land}}, TX {{ZIP:77479}}
PHONE: {{PHONE:281-555-0104}}   FAX: {{FAX:281-555-0105}}
TO: {{FACILITY:Brazos Bend Hospice}}, Attn: intake / {{NAME:Tamika}}
FAX: {{FAX:979-555-0132}}
DATE: {{DATE:11/25/24}}  TIME: 15:20   PAGES: 9 (incl. cover)
RE: Hospice referral - {{NAME:NGUYEN, THI HONG}}, DOB {{DATE:07/04/1940}}, MRN {{MRN:SLO-118204}}
Enclosed: last 2 clinic notes, CT chest/abd/pelvis {{DATE:11/18/24}}, H&P, med list, signed DNR (OOH-DNR form), face sheet with Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}.
Dx: metastatic gastric adenocarcinoma (HER2 neg, CLDN18.2+), progression after FOLFOX-nivolumab. Pt and daughter {{NAME:Lan Nguyen}} ({{PHONE:832-555-0147}}) elect hospice at home, {{ADDRESS:3811 Pecan Grove Ct}}, {{LOCATION:Richmond}}, TX.
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error call {{PHONE:281-555-0104}} and destroy.`,
  `MyHealth Portal Message
From: {{NAME:Julia Brennan-Ochoa}}   Sent: {{DATE:Mon 9/9/2024 6:12 AM}}
To: {{FACILITY:Pioneer Valley Oncology}} - Dr. {{NAME:Esposito}}'s team
Subject: Rash after cycle 2??

hi, this is {{NAME:Julia}} ({{MRN:PVO-77120}}). Since friday I have a red bumpy rash on my face and chest, kind of like acne. I'm on panitumumab plus the FOLFOX and had C2 on {{DATE:8/29}}. It's not itchy really but it looks awful and I have a wedding in {{LOCATION:Northampton}} on {{DATE:9/21}}. Should I stop the doxycycline? my pharmacy is {{FACILITY:Holyoke Corner Drug}} if you need to send anything. also can someone fill out my FMLA for {{FACILITY:Quabbin Mutual Insurance Co.}}? sorry lol. cell is {{PHONE:413 555 0188}}
-{{NAME:Jules}}

Reply ({{DATE:9/9/2024 10:47 AM}}) from {{NAME:Keisha Dunmore}}, RN: Hi {{NAME:Julia}}, this is an expected acneiform rash (grade 2 from your description). Please keep taking doxycycline 100 mg twice daily and use the clindamycin gel. Dr. {{NAME:Esposito}} sent hydrocortisone 2.5% cream to {{FACILITY:Holyoke Corner Drug}}. Please drop the FMLA form at the front desk or fax to {{FAX:413-555-0189}}.`,
  `Cancer Genetic Counseling - Initial Visit
{{DATE:05-16-2024}}, {{FACILITY:Bluegrass Hereditary Cancer Program}}, {{LOCATION:Lexington}}, KY
Pt: {{NAME:Whitney Caudill}}  DOB {{DATE:10/10/1988}}  MRN {{MRN:BHC204417}}  Referred by Dr. {{NAME:Ostrowski}} (breast surgery)
Indication: dx breast ca at 35 (ER+/HER2-), strong FHx.
Pedigree (3 generations):
- Mother {{NAME:Darlene Caudill}}, ovarian ca dx 52, died 2011
- Maternal aunt {{NAME:Rhonda Jo Pennington}}, breast ca dx 44, alive, lives in {{LOCATION:Hazard}}
- Maternal grandmother {{NAME:Opal Slone}}, "female cancer," died in her 60s
- Paternal side: father {{NAME:Roy}} healthy at 61; paternal uncle prostate ca at 70.
Ashkenazi ancestry: no. Tyrer-Cuzick not applicable (affected). Meets NCCN criteria.
Testing: 47-gene hereditary panel, saliva kit via {{FACILITY:Clearwater Genetics Laboratory}}, order {{ID:CWG-5561093}}; family test offered to aunt if positive.
Insurance pre-verified: {{HEALTH_PLAN:KYA 9920183471}}. GINA discussed; pt works for {{FACILITY:Appalachian Regional Credit Union}}.
Results call planned in 2-3 wks; pt prefers text at {{PHONE:606-555-0110}}.
{{NAME:Megan Tran-Holbrook}}, MS, CGC`,
  `Admission Date: [**{{DATE:2148-7-14}}**]     Discharge Date: [**{{DATE:2148-8-2}}**]
Date of Birth: [**{{DATE:2091-3-22}}**]     Sex: F
Service: HEMATOLOGY/ONCOLOGY
Attending: [**{{NAME:First Name4 (NamePattern1) 3229}}**] [**{{NAME:Last Name (NamePattern1) 8812}}**], M.D.
HISTORY OF PRESENT ILLNESS: 57 yo F with h/o follicular lymphoma (grade 1-2, dx [**2144**]) s/p BR x6 who presented to [**{{FACILITY:Hospital 1474}}**] with B symptoms and LDH 980, found to have transformation to DLBCL on excisional LN bx [**{{DATE:7-10}}**]. Transferred to [**{{FACILITY:Hospital1 18}}**] for R-CHOP with intrathecal MTX (CNS-IPI 4).
HOSPITAL COURSE: C1 R-CHOP given [**{{DATE:7-16}}**]. Developed TLS (K 6.1, uric acid 11, Cr 1.9) on HD3, treated with rasburicase 6 mg x1 and IVF. Neutropenic fever [**{{DATE:7-25}}**], blood cx with E. coli, cefepime x 10 d.
Pt's husband [**{{NAME:Name (NI) 4401}}**] at bedside; contact [**{{PHONE:Telephone/Fax (1) 7730}}**].
DISCHARGE FOLLOW-UP: Dr. [**{{NAME:Last Name (STitle) 2219}}**] in [**{{FACILITY:Location (un) 1120}}**] clinic on [**{{DATE:2148-8-9}}**] at 10:30.`,
  `DISCHARGE SUMMARY
PATIENT: {{NAME:ABERNATHY, LUCINDA MAE}}   MRN: {{MRN:004418826}}   DOB: {{DATE:01/30/1967}}
ADMITTED: {{DATE:04/08/2024}}   DISCHARGED: {{DATE:05/11/2024}}
SERVICE: LEUKEMIA, {{FACILITY:HOLLIS 9}} (ROOM 912B)   FACILITY: {{FACILITY:CUMBERLAND PLATEAU UNIVERSITY HOSPITAL}}
ATTENDING: {{NAME:R. OYELOWO}}, MD
DIAGNOSIS: ACUTE MYELOID LEUKEMIA, NEWLY DIAGNOSED, ADVERSE RISK (ELN 2022) - COMPLEX KARYOTYPE, TP53 MUTATED. ICD-10 C92.00.
INDUCTION: 7+3 (CYTARABINE 100 MG/M2/DAY CI D1-7, IDARUBICIN 12 MG/M2 D1-3) STARTED {{DATE:04/10/2024}}.
DAY 14 MARROW {{DATE:04/24/2024}}: HYPOCELLULAR (<5%), NO RESIDUAL BLASTS.
COMPLICATIONS: NEUTROPENIC FEVER DAY 9 - PIP/TAZO THEN MEROPENEM; INVASIVE ASPERGILLOSIS (PROBABLE, GALACTOMANNAN 1.8) ON VORICONAZOLE; C. DIFF COLITIS.
COUNT RECOVERY: ANC >500 ON {{DATE:05/06/2024}}. DAY 28 MARROW: CR WITH INCOMPLETE COUNT RECOVERY (CRi), MRD POS 0.4% BY FLOW.
HLA TYPING SENT ON PT AND SIBLINGS ({{NAME:DARNELL}}, {{NAME:KEISHA}}); REFERRED TO {{FACILITY:VOLUNTEER STATE TRANSPLANT PROGRAM}}.
DISPO: HOME WITH HUSBAND {{NAME:EARL ABERNATHY}}, {{ADDRESS:221 OLD SPARTA RD}}, {{LOCATION:COOKEVILLE}}, TN {{ZIP:38501}}. F/U {{DATE:05/14/2024}} LEUKEMIA CLINIC.
DICTATED: {{NAME:RO}}/{{NAME:jm}}`,
  `CAR T-cell Therapy Progress Note - Day +5
{{DATE:10/21/2024}}   {{FACILITY:Pacific Crest Cellular Therapy Unit}}, {{LOCATION:Sacramento}}
Patient {{NAME:Rajesh "Raj" Balasubramanian}}, MRN {{MRN:PCC-3319086}}, 58M, relapsed DLBCL after 2 lines; axicabtagene-type CD19 CAR-T infused {{DATE:10/16/24}} (Day 0). Product chain-of-identity no. {{ID:COI-A7731-22910}}.
Overnight: Tmax 39.2 at 0200, BP 88/52 responsive to 1 L LR -> CRS grade 2 (ASTCT). Tocilizumab 8 mg/kg x1 at 0320. ICE score 10/10 this AM, no ICANS. Ferritin 2,410, CRP 18.
Plan: continue seizure ppx levetiracetam 500 mg bid; ICE q8h; dex 10 mg if ICANS >= grade 1. Caregiver (sister {{NAME:Lakshmi Raman}}, {{PHONE:916-555-0129}}) must stay within 2 hours of center x 4 weeks - they're at {{ADDRESS:5100 Folsom Blvd, Apt 3C}}.
No driving x 8 weeks (REMS). REMS-certified site.
Dr. {{NAME:Genevieve Nakamura-Hale}} (attending), {{NAME:Tyler Brooks}}, PA-C`,
  `APHERESIS - AUTOLOGOUS PBSC COLLECTION RECORD
Collection center: {{FACILITY:Heartland Blood and Cellular Therapies}}, {{LOCATION:Des Moines}}
Donor/patient: {{NAME:Halvorsen, Erik P.}}   DOB {{DATE:09/13/1962}}   MRN {{MRN:HBC-0044719}}
Dx: multiple myeloma (IgG kappa), post VRd x4, VGPR. Mobilization: filgrastim 10 mcg/kg x4 + plerixafor 24 mg {{DATE:6/26/24}} evening.
Collection day 1: {{DATE:06/27/2024}}   Instrument: apheresis system (serial {{DEVICE:1RA-60512}}), 3 blood volumes processed, ACD-A.
Pre-CD34 count 28/uL. Product: 3.1 x 10^6 CD34+/kg; bag ISBT 128 DIN {{ID:W0417 24 318842}} labeled and transported to cell processing lab.
Catheter: 13.5 Fr Trialysis-type R IJ, placed by IR {{DATE:6/25}}.
Target 6 x 10^6/kg for 2 transplants -> return tomorrow. Hypocalcemia symptoms (perioral tingling) treated with Ca gluconate.
Operator: {{NAME:Felicia Armstrong}}, RN, HP(ASCP)   Medical director: {{NAME:Bartholomew Reyes}}, MD`,
  `FLOW CYTOMETRY REPORT - HEMATOPATHOLOGY
Accession: {{ID:FC24-07713}}   Specimen: peripheral blood, collected {{DATE:3/4/2024 07:55}}
Patient: {{NAME:Marchetti, Dominic}}   MRN: {{MRN:2209331}}   DOB: {{DATE:12/01/1955}}
Ordering: {{NAME:Sahar Nazari}}, MD - {{FACILITY:Eastwood Hematology Oncology Clinic}}
Performing lab: {{FACILITY:Tri-State Hematopathology Associates}}, {{LOCATION:Cincinnati}}, OH
Findings: Lymphocytes 78% of events. Kappa-restricted B-cell population (62% of leukocytes) expressing CD5, CD19, CD20 (dim), CD23, CD200, dim surface kappa; negative for CD10, FMC7, CD38 (<30%).
Interpretation: Monoclonal B-cell population with CLL/SLL immunophenotype (Matutes score 5/5). Absolute clonal B count ~28,000/uL.
Recommend: FISH CLL panel (del17p, del11q, +12, del13q), IGHV mutation status, TP53 sequencing.
Pathologist: {{NAME:Hyun-woo Baek}}, MD   Signed {{DATE:03/05/2024}}
Copy to: {{NAME:Gordon Pell}}, DO (PCP), fax {{FAX:513-555-0165}}`,
  `BONE MARROW BIOPSY AND ASPIRATE - FINAL REPORT
Case {{ID:BM-24-0419}}   Procedure date {{DATE:08/27/2024}}   Report date {{DATE:08/30/2024}}
Pt: {{NAME:Oluwaseun Adebayo}} | MRN {{MRN:EMC7710294}} | DOB {{DATE:4/5/1979}}
Procedure by {{NAME:Caitlin Moreau}}, NP at {{FACILITY:Emerald Coast Hematology}}, R posterior iliac crest, lidocaine 1% 10 mL. Core 1.8 cm.
Clinical hx: pancytopenia, r/o MDS.
Aspirate: hypercellular, M:E 1.2:1, dysplasia in erythroid (nuclear budding, ring sideroblasts 22% on iron stain) and megakaryocytes (hypolobated, micromegs). Blasts 3%. No Auer rods.
Core: 70% cellular (age-adjusted normal ~50%), reticulin MF-1.
Cytogenetics: 46,XX,del(5q)(q13q33)[14]/46,XX[6]. NGS: SF3B1 K700E VAF 34%.
Diagnosis: MDS with low blasts and SF3B1 mutation (WHO 5th), IPSS-M moderate-low.
Pathologist: {{NAME:Esther Kwiatkowski}}, MD, {{FACILITY:Panhandle Pathology Group}}, {{LOCATION:Pensacola}}
Cc: Dr. {{NAME:Jean-Baptiste Laurent}}`,
  `PET/CT SKULL BASE TO MID-THIGH - INTERIM (AFTER CYCLE 2)
Exam date: {{DATE:01/17/2025 08:40}}   Accession {{ID:RAD-PT-2501-0088}}
Patient: {{NAME:Soto Villalobos, Ana Lucia}}   MRN {{MRN:VR330917}}   DOB {{DATE:06/11/1996}}
Location: {{FACILITY:Rio Grande Valley Imaging - McAllen}}   Referring: Dr. {{NAME:Ezequiel Garza}}
Clinical: classical Hodgkin lymphoma, nodular sclerosis, stage IIB bulky mediastinal; ABVD C2 completed {{DATE:1/2/25}}.
Technique: 11.2 mCi F-18 FDG IV at 07:35, glucose 92 mg/dL. Low-dose CT for AC.
Comparison: baseline PET {{DATE:11/04/2024}} ({{FACILITY:Valley Baptist Imaging Annex}}).
Findings: Anterior mediastinal mass decreased from 9.8 x 6.1 cm to 5.2 x 3.0 cm; SUVmax 3.1 (was 14.6), below liver (SUVmax liver 3.4), above mediastinal blood pool 2.0. Left supraclavicular node resolved. No new lesions. Spleen normal. Diffuse marrow uptake c/w G-CSF effect.
Impression: Deauville 3 (Lugano): complete metabolic response by Lugano criteria; per RATHL-type approach, consider omitting bleomycin (AVD) for remaining cycles.
Read by: {{NAME:Francesca Lombardi-Ruiz}}, MD   {{DATE:01/17/2025}}
Critical result communication: none. Report faxed to {{FAX:956-555-0140}}.`,
  `Breast Oncology Follow-up
{{DATE:Wednesday, August 14, 2024}}  |  {{FACILITY:Dogwood Breast Center}}, {{LOCATION:Chattanooga}}
{{NAME:Priscilla Oyeyemi}}, 47, premenopausal, stage IIA (pT2N0) ER+/PR+/HER2- IDC L breast, dx {{DATE:June 2022}}, s/p lumpectomy + RT, now on tamoxifen 20 mg daily (since {{DATE:11/2022}}) + goserelin 3.6 mg SC q28d (OFS, per SOFT/TEXT).
Interval: hot flashes 6-8/day, sleep poor. Switched from venlafaxine (helpful) - no CYP2D6 concerns with venlafaxine. Missed goserelin on {{DATE:7/10}} because of move; new address {{ADDRESS:902 Lookout Mountain Ave, Apt 2}}, {{LOCATION:Rossville}}, GA {{ZIP:30741}}.
Exam: no masses, no axillary/supraclavicular LAD. Breast changes post-RT stable.
Labs: estradiol <10 pg/mL on OFS. Mammogram {{DATE:5/20/24}} BI-RADS 2.
Plan: Continue tamoxifen; consider switching to exemestane + OFS if tolerating (higher benefit per SOFT/TEXT in high risk - pt lower risk). Gabapentin 300 mg qhs trial. Next goserelin {{DATE:8/28}} at {{FACILITY:Dogwood infusion}}. Pt teaches at {{FACILITY:Signal Hill Montessori}}; note provided.
NP: {{NAME:Chandra Whitlock}}, FNP-BC   Supervising: Dr. {{NAME:Anneliese Kruger}}`,
  `GU Oncology Clinic - prostate
date {{DATE:2024-11-05}}   pt {{NAME:WALTER "BUD" HENNESSEY}}   MRN {{MRN:4418209}}   age {{AGE:90}}
{{FACILITY:Prairie Lakes Urology & Oncology}}, {{LOCATION:Sioux Falls}}
Hx: adenocarcinoma prostate Gleason 4+4=8 (Grade Group 4) dx 2019, RP declined, EBRT 78 Gy + 18 mo ADT. PSA nadir 0.2. Biochemical recurrence {{DATE:Feb 2023}} (PSA 2.4). PSMA PET ({{DATE:3/2/23}}): 2 pelvic nodes + T10 bone lesion.
Now on leuprolide 22.5 mg q3mo + apalutamide 240 mg daily since {{DATE:4/2023}}. PSA today 0.08 (undetectable-ish), testosterone 14 ng/dL.
SE: fatigue, 1 fall last month (no fracture). DEXA T-score -2.6 -> denosumab 60 mg q6mo started; dental check by Dr. {{NAME:Lund}} ok.
Lives at {{FACILITY:Heritage Oaks Senior Living}}, {{ADDRESS:5300 S. Louise Ave, Room 214}}; son {{NAME:Mark Hennessey}} {{PHONE:605-555-0121}} manages meds.
Plan: continue ADT + ARPI, PSA q3mo, falls precautions, PT referral to {{FACILITY:Big Sioux Physical Therapy}}.
{{NAME:Nils Gunderson}}, MD`,
  `Thoracic Oncology Progress Note  - {{DATE:7/23/24}}
{{FACILITY:Willamette Valley Thoracic Oncology}}, {{LOCATION:Salem}}, OR
Pt: {{NAME:Joaquin Gutierrez Salinas}}, 61M, MRN {{MRN:WVT-092241}}
Stage IVB lung adenocarcinoma (brain + bone mets), EGFR ex19del (see NGS {{DATE:5/14/24}}), on osimertinib 80 mg daily since {{DATE:5/20/24}}.
Interval: feels well. Paronychia R great toe (grade 1). Mild diarrhea. No cough. Works as vineyard supervisor at {{FACILITY:Eola Hills Cellars}}; back to work.
MRI brain {{DATE:7/15/24}}: 3 small mets all decreased, no new. CT CAP: RUL mass 3.4 -> 1.9 cm (PR by RECIST 1.1).
ECG QTc 452 ms; LVEF 60% (echo). ANC 1.6, plt 142.
Plan: continue osimertinib; recheck ECG in 3 months; zoledronic acid 4 mg q12wk (dental clearance done). Wife {{NAME:Esperanza}} asked re: FLAURA2 - discussed adding chemo; pt declines.
Interpreter not needed (pt prefers English; wife Spanish - {{NAME:Luis Arellano}}, interpreter, ID {{ID:INT-3341}} used for her questions).
Next visit {{DATE:10/22/24}}. {{NAME:Lillian Ng}}, MD`,
  `myeloma clinic f/u  {{DATE:3/19/2024}}
{{FACILITY:Gulf Breeze Cancer Specialists}} - {{LOCATION:Mobile}}
{{NAME:Thaddeus Okafor-Lyle}} 66M  mrn {{MRN:GBC44018}}
IgG kappa MM, R-ISS II, t(4;14) high risk. dx {{DATE:10/2023}}. VRd x 4 -> VGPR. auto-SCT at {{FACILITY:Magnolia Transplant Institute}} planned (consult w/ Dr {{NAME:Pruitt}} {{DATE:3/26}}).
SPEP today: M-spike 0.3 g/dL (from 3.9). FLC kappa 28.4, lambda 11.0, ratio 2.58. Bence Jones protein trace. Cr 1.1. Ca 9.4. No new lytic lesions on skeletal survey.
neuropathy gr 1 from bortezomib (SC weekly). cont acyclovir 400 bid, ASA 81 for VTE ppx on lenalidomide (REMS auth {{ID:RVL-5550187}}).
dispense len via {{FACILITY:Azalea Specialty Rx}} {{PHONE:251-555-0191}}.
pt asks about driving to {{LOCATION:Birmingham}} for transplant - wife {{NAME:Corinne}} will drive, parking pass for plate {{VEHICLE:2B81K47}} registered w/ transplant garage.
next: stem cell mobilization start {{DATE:4/8/24}}.
{{NAME:d. pruett-alvarez}} np`,
  `CLL Clinic Note
Date of service: {{DATE:12 Dec 2024}}
Patient: {{NAME:Ferdinand Ackermann}}  DOB: {{DATE:19 Mar 1948}}  MRN: {{MRN:BVH-201773}}
Provider: Dr. {{NAME:Sahar Nazari}} - {{FACILITY:Eastwood Hematology Oncology Clinic}}, {{LOCATION:Mason}}, OH
CLL dx {{DATE:03/2024}} (flow {{ID:FC24-07713}}), IGHV unmutated, del(11q), TP53 wt. Rai stage III / Binet C (Hgb 9.6) -> started acalabrutinib 100 mg bid + obinutuzumab on {{DATE:5/1/24}}.
Now C8 obinutuzumab complete. Lymphocytes 1.1, Hgb 12.8, plt 156. No LAD. Spleen not palpable.
Concern raised: new R neck node 3 cm, firm, enlarging over 2 weeks, night sweats; LDH 410. Richter transformation must be excluded -> PET/CT and excisional biopsy (ENT Dr. {{NAME:Marguerite Delacroix}}, {{FACILITY:Hamilton County ENT Associates}}).
Atrial fibrillation none; BP 134/80.
Pt's wife {{NAME:Helga}} phone {{PHONE:(513) 555-0102}}; pt still volunteers at {{FACILITY:Lebanon Historical Railway Museum}}.
RTC after biopsy; tentative {{DATE:12/20/24}}.`,
  `MELANOMA MULTIDISCIPLINARY CLINIC
{{FACILITY:High Desert Skin Cancer Center}}, {{ADDRESS:1450 E. Tropicana Ave}}, {{LOCATION:Las Vegas}}, NV {{ZIP:89119}}
Visit: {{DATE:05/28/24}}   Pt: {{NAME:Shane McKittrick}}   DOB {{DATE:10/02/1981}}   MRN {{MRN:HDS-66102}}
Dx: cutaneous melanoma L upper back, superficial spreading, Breslow 2.4 mm, ulcerated, mitoses 6/mm2, Clark level IV -> pT3b. WLE + SLNB {{DATE:4/30/24}} by Dr. {{NAME:Ayesha Rahimi}}: 1/3 SLN positive (0.8 mm deposit). Stage IIIC (AJCC 8). BRAF V600E detected ({{FACILITY:Mojave Molecular Lab}}, report {{ID:MML-24-4418}}).
Discussed adjuvant nivolumab 480 mg q4wk x 1 yr vs dabrafenib/trametinib x 1 yr. Pt is a pool contractor for {{FACILITY:Silver State Pools & Spas}}, outdoor work; counseling re: sun protection, SPF 50, total body skin exams q3mo with derm Dr. {{NAME:Kovalenko}}.
Decision: nivolumab, start {{DATE:6/11/24}}. TSH, cortisol baseline. Pt email {{EMAIL:shane.mck@desertmail.example.com}} for portal invite.
{{NAME:Isabella Moreno-Walsh}}, MD`,
  `{{FACILITY:Sunflower Children's Cancer Center}}
{{ADDRESS:3901 Rainbow Blvd, MS 4004}}, {{LOCATION:Kansas City}}, KS {{ZIP:66160}}

{{DATE:January 9, 2025}}

To the teachers and school nurse of {{FACILITY:Prairie Trail Middle School}}, {{LOCATION:Olathe}}:

{{NAME:Mateo Ruiz-Calderon}} (DOB {{DATE:02/17/2012}}) is being treated for B-cell acute lymphoblastic leukemia and is in the maintenance phase of therapy (daily mercaptopurine, weekly oral methotrexate, monthly vincristine/dexamethasone pulses). He may return to school on {{DATE:January 13}}.
- Please notify his mother, {{NAME:Gabriela Calderon}}, at {{PHONE:913-555-0158}} of any chickenpox or measles exposure in the school.
- He has a port in his right chest; no contact sports.
- He may need extra restroom breaks and a water bottle; he may miss school on clinic days (Thursdays).
- Temperature of 101 F or higher: call parent immediately.
Thank you for supporting {{NAME:Mateo}}.
{{NAME:Rebecca Stanhope}}, MSN, CPNP, Pediatric Hematology/Oncology   {{PHONE:913-555-0100}}`,
  `ONCOLOGY SOCIAL WORK NOTE   {{DATE:4/15/2024}}
Pt: {{NAME:Imani Jefferson-Holt}}  MRN {{MRN:RCC-8830012}}  Dx: metastatic TNBC, on sacituzumab govitecan D1/D8 q21d.
Met with pt and partner {{NAME:Andre Holt}} in {{FACILITY:Rosewood Cancer Center}} infusion bay 7.
Barriers: transportation (car repossessed last month - 2016 sedan, VIN {{VEHICLE:1HGCM82633A004352}}), food insecurity, 2 children (ages 6 and 9). Pt lost job at {{FACILITY:Peachtree Call Solutions}}; COBRA unaffordable.
Interventions:
- Rides via {{FACILITY:Fulton Cancer Rides}} volunteer program -> enrolled, rider no. {{ID:FCR-22917}}
- Applied for Medicaid ({{DATE:4/12/24}} application, ref {{ID:GA-GW-55028133}})
- Gift cards from {{FACILITY:Pink Ribbon Sisters of Atlanta}}
- Referral to food pantry at {{FACILITY:Ebenezer Grace AME Church}}, {{ADDRESS:780 Martin Luther King Jr Dr SW}}
Address confirmed: {{ADDRESS:2211 Campbellton Rd SW, Apt F-6}}, {{LOCATION:Atlanta}}, GA {{ZIP:30311}}.
Follow-up {{DATE:4/22/24}} (D8). {{NAME:Vanessa Okoro}}, LCSW, {{PHONE:404-555-0176}}`,
  `HOSPICE REFERRAL / CERTIFICATION OF TERMINAL ILLNESS
Referring physician: Dr. {{NAME:Hamid Farzaneh}}, {{FACILITY:Tidewater Oncology Associates}}, {{LOCATION:Norfolk}}, VA  NPI {{LICENSE:1669045823}}
Date: {{DATE:03.02.2025}}
Patient: {{NAME:Gwendolyn P. Ashby}}  DOB {{DATE:08/08/1933}}  Age {{AGE:91}}  Medicare MBI {{HEALTH_PLAN:4TY7-QM2-HP13}}
Terminal diagnosis: metastatic pancreatic adenocarcinoma (C25.0) with liver mets, progression after gemcitabine/nab-paclitaxel; PPS 40%, albumin 2.6, weight loss 14% in 3 months.
Prognosis: in my clinical judgment, 6 months or less if disease follows its usual course.
Hospice agency: {{FACILITY:Chesapeake Bay Hospice and Palliative Care}}, intake {{PHONE:757-555-0131}}, fax {{FAX:757-555-0132}}.
Location of care: home, {{ADDRESS:6 Ocean View Ave, Unit 501}}, {{LOCATION:Norfolk}}, VA {{ZIP:23503}}; grandson {{NAME:Bryce Ashby}} lives with her.
DNR signed {{DATE:2/27/25}}. Celiac plexus block done {{DATE:2/20/25}} by Dr. {{NAME:Yoon}} at {{FACILITY:Lafayette River Pain Center}}.
Signature: ______ {{NAME:H. Farzaneh}}, MD`,
  `Oncology Nurse Navigator Note
{{DATE:10/07/2024}} | {{FACILITY:Cascade Foothills Cancer Center}} | Navigator: {{NAME:Tasha Greer}}, RN, OCN
New referral: {{NAME:Hollis Redbird}}, 58M, DOB {{DATE:1/23/1966}}, MRN {{MRN:CFC-551029}}, from Dr. {{NAME:Pak}} (GI) after colonoscopy {{DATE:10/1/24}}: near-obstructing mass at hepatic flexure, bx adenocarcinoma (path {{ID:GP24-11872}}, {{FACILITY:Gorge Pathology}}).
Called pt {{DATE:10/7}} 1:15 pm at {{PHONE:541-555-0143}} - no answer, left VM. Reached sister {{NAME:Winona Redbird-Lee}} (listed emergency contact) at 2:40 pm; she will bring him.
Scheduled:
 - CT CAP {{DATE:10/9/24}} 0730 at {{FACILITY:Hood River Imaging}}
 - CEA, CBC, CMP same day
 - Surg onc consult Dr. {{NAME:Emeka Uzor}} {{DATE:10/11/24}} 1000
 - Tumor board {{DATE:Thu 10/17}}
Barriers: lives on rural route ({{ADDRESS:HC 62 Box 118}}, {{LOCATION:Warm Springs}}, OR {{ZIP:97761}}), 70 mi away, no phone signal at home. Gas cards approved. Tribal health ({{FACILITY:Warm Springs Health & Wellness Center}}) CHR {{NAME:Leonard Smartlowit}} will coordinate rides.
Distress thermometer 6 (practical/financial). Will follow weekly.`,
  `{{FACILITY:Piedmont Triad Hematology & Oncology}}
{{ADDRESS:2700 Northline Ave, Suite 100}} | {{LOCATION:Greensboro}}, NC {{ZIP:27408}} | {{PHONE:336-555-0150}}

{{DATE:April 29, 2024}}

{{FACILITY:Carolina Furniture Works}}
Attn: Human Resources / {{NAME:Denise Pratt}}
{{ADDRESS:1400 Industrial Dr}}, {{LOCATION:High Point}}, NC {{ZIP:27260}}

RE: Work accommodation for {{NAME:Anthony J. Marchesi}} (Employee ID {{ID:E-0047719}})

To whom it may concern,
Mr. {{NAME:Marchesi}} is under my care for a hematologic malignancy and is receiving treatment every 2 weeks through approximately {{DATE:September 2024}}. During this period he should not lift more than 20 lb, should avoid exposure to solvents and wood dust, and will need intermittent leave on treatment days and for 1-2 days afterward. Please allow him to work first shift only.
FMLA certification (WH-380-E) is enclosed; please direct questions to our forms coordinator {{NAME:Lorna Battle}} at {{PHONE:336-555-0152}} or fax {{FAX:336-555-0153}}.
Sincerely,
{{NAME:Sebastian Okwuosa}}, MD`,
  `TRANSFUSION REACTION INVESTIGATION
Blood bank: {{FACILITY:St. Veronica Medical Center}} Transfusion Service, {{LOCATION:Scranton}}
Report {{ID:TRX-24-0312}}   Date/time of reaction: {{DATE:03/12/2024 14:22}}
Patient: {{NAME:KOWALCZYK, STANISLAW}}  MRN {{MRN:SVM0093381}}  DOB {{DATE:05/05/1944}}  ABO/Rh: A pos
Location: {{FACILITY:Lackawanna 4}} oncology unit, bed 9
Component: irradiated, leukoreduced apheresis platelets, DIN {{ID:W1044 24 119027}}, started 14:05, ~60 mL infused.
Symptoms: rigors, temp 37.1 -> 38.9 C, BP 156/90, no hives, no hypoxia (SpO2 96%).
Clerical check: correct. Post DAT negative. No hemolysis (LDH, bili unchanged; plasma not pink). Bag culture: Staph epidermidis (also in pt blood cx? pending).
Interpretation: febrile non-hemolytic reaction vs possible septic transfusion reaction; supplier {{FACILITY:Keystone Regional Blood Services}} notified, co-component quarantined.
Treating MD: {{NAME:Rosemary Dunleavy}}, DO. Investigated by: {{NAME:Tran Minh Chau}}, MT(ASCP)SBB; Medical director {{NAME:Edwin Sokoloski}}, MD {{DATE:3/13/24}}`,
  `Cancer-Associated Thrombosis Clinic
{{FACILITY:Keweenaw Regional Hematology}}, {{LOCATION:Marquette}}, MI -- {{DATE:2024-06-20}}
{{NAME:Annika Maki}}, 63F, MRN {{MRN:KRH-12045}}, pancreatic head adenocarcinoma on gemcitabine/nab-paclitaxel (C4D8 today downstairs).
Hx: R femoral-popliteal DVT {{DATE:5/30/24}} (Khorana score 3 pre-event). On apixaban 10 mg bid x7d then 5 mg bid since {{DATE:6/6/24}}.
Today: leg swelling improving. No bleeding. Plt 118K, Cr 0.8, wt 54 kg.
Interactions: none significant w/ current chemo. Discussed Trousseau syndrome (migratory thrombophlebitis) warning signs.
Plan: continue apixaban 5 mg bid for duration of active cancer; hold if plt <50K; d/w Dr. {{NAME:Heikkinen}} re: upcoming biliary stent exchange ({{DATE:7/2}}) - hold 48 h prior.
Pt's husband {{NAME:Toivo Maki}} picks up meds at {{FACILITY:Ishpeming Family Pharmacy}} ({{PHONE:906-555-0177}}).
Next: {{DATE:8/15/24}}.
{{NAME:Karin Lahti-Olson}}, PharmD, BCOP, CPP`,
  `RAD ONC WEEKLY ON-TREATMENT VISIT (OTV)
pt {{NAME:Desmond Achterberg}} | mrn {{MRN:00571183}} | {{DATE:Fri 2/16/24}}
{{FACILITY:Great Lakes Radiation Oncology - Holland}} | linac 1
dx: prostate adenoca, unfavorable intermediate risk (GG3, PSA 12.1, cT2b). plan 70 Gy/28 fx prostate + SV w/ 6 mo ADT. fiducials x3 + hydrogel spacer placed {{DATE:1/8/24}}.
fx 15/28 today (cumulative 37.5 Gy). CBCT daily, bladder filling adequate.
symptoms: urinary frequency q2h, nocturia x3 (IPSS 16, baseline 7), weak stream. no hematuria. BMs soft, mild urgency (grade 1 proctitis). fatigue gr 1.
meds: tamsulosin 0.4 mg started, bicalutamide done, leuprolide q6mo next {{DATE:6/2024}}.
wife {{NAME:Ingrid}} asked about driving to {{LOCATION:Grand Rapids}} in snow - can switch to {{FACILITY:GLRO Grand Rapids}} machine if weather; plan portable.
f/u {{DATE:2/23}}. seen by {{NAME:Pieter VanderMolen}}, MD; {{NAME:Hailey Sorensen}}, RN`,
  `HDR BRACHYTHERAPY PROCEDURE NOTE - CERVIX, FRACTION 3 OF 5
Date: {{DATE:09/18/2024}}   Location: {{FACILITY:Lowcountry Cancer Institute}} brachy suite, {{LOCATION:Charleston}}, SC
Patient: {{NAME:Tamara Gadsden}}   DOB {{DATE:03/27/1979}}   MRN {{MRN:LCI-2280716}}
Dx: SCC cervix, FIGO 2018 IIIC1r, s/p EBRT 45 Gy/25 fx with weekly cisplatin completed {{DATE:9/6/24}}.
Anesthesia: spinal by Dr. {{NAME:Olumide Ajayi}} (CRNA {{NAME:Beth Ann Hoyle}}).
Applicator: tandem and ring (60 deg, 30 mm ring), interstitial needles x2. MRI-based planning.
Dose: 7 Gy to HR-CTV; D90 HR-CTV 7.3 Gy; bladder D2cc 4.8 Gy, rectum D2cc 3.6 Gy, sigmoid D2cc 3.1 Gy. Ir-192 source (afterloader serial {{DEVICE:31075-BR}}), source activity 8.9 Ci.
Physicist: {{NAME:Yusuf Demir}}, PhD, DABR. Time-out performed 08:12. Total treatment time 6 min 40 s.
No complications. Next fx {{DATE:9/20/24}}.
Ride: {{FACILITY:Sea Island Medical Transit}}, driver {{NAME:Rufus}}.
{{NAME:Charlotte Pinckney-Hale}}, MD, Radiation Oncology`,
  `OPERATIVE REPORT
Date of surgery: {{DATE:1/22/2025}}   Hospital: {{FACILITY:Ozark Highlands Regional Medical Center}}, {{LOCATION:Springfield}}, MO
Patient: {{NAME:Della Mae Rountree}}   MRN {{MRN:OHR-1029384}}   Age 71
Surgeon: {{NAME:Prakash Raghunathan}}, MD (Gynecologic Oncology)   Assistant: {{NAME:Kelsey Nguyen-Baker}}, MD (PGY-4)
Anesthesia: GETA, Dr. {{NAME:Barrett}}
Preop dx: adnexal mass, CA-125 1,140, suspected advanced ovarian ca.
Procedure: exploratory laparotomy, TAH-BSO, infragastric omentectomy, bilateral pelvic and para-aortic LND, rectosigmoid resection with primary anastomosis, diaphragm peritonectomy (R). Frozen: high-grade serous carcinoma.
Findings: 12 cm R adnexal mass, omental cake, PCI 18. Residual disease: none gross (R0).
EBL 900 mL; 2 u PRBC. Specimens to pathology (see {{ID:S25-000921}}).
Implants: none. Counts correct x2. Dispo: SICU bed 3.
Pt's daughter {{NAME:Sherry Rountree-Pike}} updated in waiting area at 15:35 ({{PHONE:417-555-0159}}).
Dictated {{DATE:01/22/2025 16:10}}, {{NAME:PR}}/{{NAME:cv}}`,
  `NEURO-ONCOLOGY CLINIC
{{DATE:April 3rd, 2024}} | {{FACILITY:Sawtooth Brain Tumor Center}} | {{LOCATION:Salt Lake City}}
Pt {{NAME:Brigham "Bridge" Nielsen-Tapu}}, 52M, MRN {{MRN:SBT-7718204}}. GBM, IDH-wildtype, MGMT methylated, L temporal; GTR {{DATE:11/2/23}} (Dr. {{NAME:Halvorsen}}), then RT 60 Gy/30 fx + TMZ 75 mg/m2 (Stupp), now adjuvant TMZ 150-200 mg/m2 d1-5 q28d, C4 starts {{DATE:4/8/24}}.
Tumor treating fields: wearing ~19 h/day, transducer arrays changed q3 days; device field generator serial {{DEVICE:TTF-GN-0088271}}. Scalp dermatitis gr 1 - topical steroid.
MRI {{DATE:3/28/24}}: stable post-op cavity, no new enhancement (RANO stable).
Seizures: none on levetiracetam 750 bid. Not driving (state law 3 mo seizure-free + provider discretion). Wife {{NAME:Mele}} drives; son {{NAME:Sione}} visiting from {{LOCATION:Nuku'alofa}}.
KPS 80. Dex off since {{DATE:Jan 15}}.
Labs: plt 132K, ANC 1.9 -> TMZ 200 mg/m2 ok.
{{NAME:Aurora Whitaker}}, DO`,
  `HEAD & NECK ONCOLOGY - SURVEILLANCE
{{DATE:08/01/2024}}   {{FACILITY:Bluff City Head and Neck Institute}}, {{LOCATION:Memphis}}
{{NAME:Cleveland "Cleve" Hardaway}}, 64M, MRN {{MRN:BCH-009917}}, SCC supraglottic larynx T3N2c, s/p cisplatin-RT 70 Gy (completed {{DATE:2/9/24}}) - larynx preserved.
PET {{DATE:5/14/24}}: CMR, Hopkins criteria score 1.
Now: xerostomia gr 2, dysgeusia improving. PEG (20 Fr, placed {{DATE:12/18/23}}) used only for water; weight 71.4 kg stable x 6 wk on full PO diet -> plan PEG removal today. Removed by traction w/o difficulty.
TSH 7.9 (post-RT hypothyroidism) -> levothyroxine 50 mcg.
Dental: osteoradionecrosis risk; cleanings q3mo w/ Dr. {{NAME:Fatima Zaheer}}, {{FACILITY:Germantown Dental Arts}}.
Smoking: quit {{DATE:Jan 2024}}; CO 3 ppm.
Lymphedema therapy w/ {{NAME:Jasmine Echols}}, CLT at {{FACILITY:Midtown Rehab Partners}}.
Next scope + exam in 3 mo ({{DATE:11/1/24}}), CT neck in 6 mo.
Dr. {{NAME:Lamar Whitfield-Boone}}`,
  `heme/onc progress note - hd 6 - {{DATE:2/27/25}}
pt {{NAME:yusra abdirahman}} 38f mrn {{MRN:0091123877}} {{FACILITY:mercy cedar ridge}} 6w rm 618
s: feels "a little better". mouth sores 5/10. no n/v. 2 BMs. interpreter (somali) {{NAME:abdi}} used via video, id {{ID:34471}}.
o: tmax 38.2 overnight (hd5 2200), hr 104, bp 108/64, spo2 97% ra. mucositis gr 3. no rash.
labs: wbc 0.2, anc 0, hgb 7.6 -> 1u prbc, plt 9 -> 1u plt. cr 0.7. lfts ok.
cx: bcx {{DATE:2/26}} ngtd.
a/p: burkitt lymphoma (myc rearranged), stage iv, cns neg; s/p C1 da-EPOCH-R; neutropenic fever.
- cont cefepime 2g q8h, add vanc per mucositis/line; mycafungin if fever >96h
- palifermin not given. PCA hydromorphone for mucositis.
- filgrastim 480 mcg daily until anc >1000 x2
- husband {{NAME:hassan warsame}} at bedside; kids w/ his sister in {{LOCATION:st. cloud}}. phone {{PHONE:320-555-0185}}.
- dispo: inpt. next cycle ~{{DATE:3/13}}.
{{NAME:j. lindqvist}} md pgy2 / attending {{NAME:h. lindqvist}}`,
  `CHEMOTHERAPY EDUCATION NOTE
{{DATE:Monday, 10/28/2024}} 1:00-2:10 PM  |  {{FACILITY:Magic Valley Cancer Center}}, {{LOCATION:Twin Falls}}, ID  |  Education room B
Pt: {{NAME:Consuelo Ibarra de la Cruz}} (prefers "{{NAME:Chelo}}")  DOB {{DATE:9/1/1972}}  MRN {{MRN:MVC-004471}}
Present: pt, husband {{NAME:Ramiro Ibarra}}, daughter {{NAME:Xochitl}} (interpreting informally - pt declined professional interpreter after offer; Spanish teaching sheets given).
Regimen: dose-dense AC x4 then weekly paclitaxel x12 for L breast ca (cT2N1, HER2-neg). Start {{DATE:11/4/24}}.
Taught: mechanism, schedule, pegfilgrastim on-body injector, nausea plan (olanzapine 5 mg qhs d1-4, ondansetron 8 mg q8h prn, dexamethasone d2-3), alopecia (cold cap discussed - pt declines; wig voucher from {{FACILITY:Snake River Wig Boutique}}), cardiotoxicity, neuropathy, when to call.
Fever >=100.4 F: call {{PHONE:208-555-0119}} 24/7.
Chemo safety at home: double flush x48h, gloves for body fluids.
Teach-back: pt and husband able to state 4/4 call criteria. Chemo consent signed with Dr. {{NAME:Ostergaard}}.
Pt works at {{FACILITY:Jerome County Dairy Processing}}, will request leave via HR ({{NAME:Brenda Yount}}).
{{NAME:Kimberly Tolman}}, BSN, RN, OCN`,
  `SPECIALTY PHARMACY - ORAL ONCOLYTIC ADHERENCE CALL
Pharmacy: {{FACILITY:Lighthouse Oncology Pharmacy Services}}
Date: {{DATE:08/08/2024}}   Call time 11:20   Duration 9 min
Patient: {{NAME:Bernadette Fontenot}}  DOB {{DATE:12/11/1955}}  Rx {{ID:LOP-7719231}}  Callback {{PHONE:337-555-0142}}
Drug: capecitabine 1500 mg bid (3 x 500 mg) d1-14 q21d, cycle 3 starts {{DATE:8/12}}.
Adherence: self-report 100%, pill count 0 remaining from C2 (expected 0). Takes within 30 min after breakfast/dinner.
Toxicity: hand-foot syndrome grade 1 (redness palms), using urea 10% cream. No diarrhea, no mucositis. Warfarin? - not taking (interaction checked). DPYD genotype normal metabolizer (tested {{DATE:5/2024}}).
Refill: 84 tabs shipped {{DATE:8/9/24}} to {{ADDRESS:117 Rue Evangeline}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}, signature required.
Insurance: {{HEALTH_PLAN:LHC 660019823-02}} copay $0 (foundation grant).
Communicated to prescriber Dr. {{NAME:Celestine Broussard}} ({{FACILITY:Acadiana Oncology Group}}) via fax {{FAX:337-555-0146}}.
{{NAME:Marcus Thibodeaux}}, PharmD, CSP`,
  `{{FACILITY:Northern Lights Cancer Assistance Foundation}}
{{ADDRESS:PO Box 4418}}, {{LOCATION:Anchorage}}, AK {{ZIP:99509}}  |  {{URL:www.nlcaf.example.org}}  |  {{PHONE:907-555-0168}}

{{DATE:December 2, 2024}}

{{NAME:Kiana Nakoolak}}
{{ADDRESS:PO Box 212}}
{{LOCATION:Utqiagvik}}, AK {{ZIP:99723}}

Dear {{NAME:Kiana}},
We are pleased to let you know that your application (ref. {{ID:NLC-2024-3308}}) for travel assistance has been approved. The foundation will cover round-trip airfare between {{LOCATION:Utqiagvik}} and {{LOCATION:Anchorage}} for you and one escort ({{NAME:Martha Nakoolak}}) for each radiation planning and treatment trip at {{FACILITY:Chugach Radiation Oncology}}, plus lodging at {{FACILITY:Turnagain Patient Hostel}} for up to 35 nights.
Your case worker {{NAME:Pauline Ahgeak}} will book flights; please call her at {{PHONE:907-555-0169}} or email {{EMAIL:pahgeak@nlcaf.example.org}}.
Grant period: {{DATE:12/1/2024}} through {{DATE:5/31/2025}}.
With warm regards,
{{NAME:Sven Torvaldsen}}, Program Director`,
  `Oncology Clinic Note - interpreter used (Hmong), {{NAME:Chue Vang}}, interpreter #{{ID:H-2207}}
Date: {{DATE:6/25/2024}}  Clinic: {{FACILITY:Fresno Central Valley Oncology}}, {{LOCATION:Fresno}}
Patient: {{NAME:Xiong, Mai Nou}}, 49F, MRN {{MRN:FCV-330081}}
Hepatocellular carcinoma (HBV-related, cirrhosis Child-Pugh A6, BCLC C - portal vein thrombus). On atezolizumab + bevacizumab since {{DATE:3/5/24}}, C6 today.
Family present: husband {{NAME:Tou Xiong}}, son {{NAME:Pheng Xiong}} (works at {{FACILITY:Kings River Packing}}). Pt and family also consulting shaman per tradition; no herbals during treatment agreed.
EGD {{DATE:2/20/24}}: small varices banded before bev. AFP 2,340 -> 880 ng/mL. CT {{DATE:6/18/24}}: PR.
Urine protein 1+ -> continue bev. BP 138/84. Entecavir 0.5 mg daily continued (HBV DNA undetectable).
Plan: C6 today; CT in 9 weeks. Hepatology f/u Dr. {{NAME:Sandoval}} {{DATE:7/9}}.
Pt asks for letter for trip to {{LOCATION:Vientiane}} next month -> advised to wait until after CT.
{{NAME:Jasmine Her}}, NP`,
  `{{FACILITY:Chesapeake Cancer Consortium}} - Leukemia Program
{{ADDRESS:2100 Harborview Dr, 9th Floor}}, {{LOCATION:Annapolis}}, MD {{ZIP:21401}}

{{DATE:11/19/2024}}

{{NAME:Lorenzo DiStefano}}, MD
{{FACILITY:Eastern Shore Oncology}}
{{ADDRESS:310 Memorial Ave}}, {{LOCATION:Salisbury}}, MD {{ZIP:21801}}

Re: {{NAME:Tabitha Crisfield}}, DOB {{DATE:02/03/1990}} - second opinion, CML

Dear {{NAME:Lorenzo}},
Thank you for referring Ms. {{NAME:Crisfield}}, whom I saw on {{DATE:November 15}}. She has chronic-phase CML (Sokal low risk) diagnosed {{DATE:8/2021}}, on imatinib 400 mg daily, with BCR-ABL1 IS 0.8% at 36 months (no MMR) and rising to 1.4% on {{DATE:10/30/24}}. Kinase domain mutation analysis ({{FACILITY:Patapsco Molecular}}, {{ID:PM-24-09918}}) shows no mutations; adherence ~80% by her report (she is a charge nurse on nights at {{FACILITY:Peninsula Regional Birthing Center}}).
I recommend switching to a second-generation TKI (dasatinib 100 mg daily or nilotinib 300 mg bid); with pregnancy planning within 2 years, we discussed TFR criteria and the need for sustained DMR.
I am happy to co-manage. My direct line is {{PHONE:410-555-0161}}.
Sincerely, {{NAME:Ada Nwachukwu-Price}}, MD`,
  `SERIOUS ADVERSE EVENT REPORT - INITIAL
Protocol: NCT04988295 (Phase 3, PD-1 + CTLA-4 in 1L HCC)   Site #: 117   Site: {{FACILITY:Gulf Coast Oncology Research Institute}}, {{LOCATION:Tampa}}
Subject ID: {{ID:117-0009}}   Initials: {{NAME:R-M-D}}   Year of birth: 1958   Sex: M
Event: immune-mediated colitis, grade 3 (CTCAE v5.0)
Onset date: {{DATE:07-Aug-2024}}   Date site aware: {{DATE:09-Aug-2024}}   Reported to sponsor: {{DATE:09-Aug-2024 16:40}}
Seriousness: hospitalization at {{FACILITY:Bayshore General Hospital}} {{DATE:8/9/24}}-{{DATE:8/15/24}}.
Last dose of study drug: C2D1 {{DATE:23-Jul-2024}}.
Treatment: methylprednisolone 2 mg/kg IV, infliximab 5 mg/kg x1 on {{DATE:8/11}}; flex sig - ulcerations, bx c/w ICI colitis.
Causality (PI): related to study drug. Outcome: recovering; prednisone taper.
Reporter: {{NAME:Ximena Castañeda}}, CRC, {{EMAIL:xcastaneda@gcori.example.org}}, {{PHONE:813-555-0120}}
PI signature: {{NAME:Theodore Ngata}}, MD, {{DATE:08/12/2024}}`,
  `Eligibility Checklist - Screening
Study: NCT05633667, phase 1b, bispecific antibody in R/R multiple myeloma
Site: {{FACILITY:Blue Ridge Hematology Research Unit}}, {{LOCATION:Roanoke}}, VA
Candidate: {{NAME:Horace Pettibone}}, MRN {{MRN:BRH00449102}}, DOB {{DATE:07/29/1951}}; screening no. {{ID:S-0214}}
Screening consent: {{DATE:1/6/25}} (v3.1). Screening window closes {{DATE:2/3/25}}.
Inclusion:
[x] >=3 prior lines incl. PI, IMiD, anti-CD38 (VRd, Dara-Pd, carfilzomib-based)
[x] measurable disease: serum M-protein 1.2 g/dL ({{DATE:1/7/25}})
[x] ECOG 0-1: ECOG 1 per Dr. {{NAME:Fairbanks}}
[x] ANC >=1.0 (1.4), plt >=75 (81), CrCl >=40 (52 by Cockcroft-Gault)
Exclusion:
[ ] prior BCMA-directed therapy - none
[ ] CNS myeloma - none; [ ] active HBV - HBsAg neg, anti-HBc pos, DNA undetectable -> allowed with monitoring
[?] QTcF 471 ms (limit 470) - repeat triplicate ECG {{DATE:Jan 9}}
Checked by: {{NAME:Nora Quigley-Haas}}, CRC {{DATE:01/08/2025 15:02}}; reviewed {{NAME:W. Fairbanks}}, MD (sub-I)`,
  `BMT Clinic - Day +100 Evaluation
{{DATE:11/27/2024}}  {{FACILITY:Whitcombe BMT Outpatient Clinic}}
Pt {{NAME:Khoa D. Pham}} MRN {{MRN:H2081144}}  Day +100 s/p 9/10 MUD PBSCT ({{DATE:8/25/24}}) for NPM1m AML.
Chimerism (CD3 / CD33, peripheral blood): 98% / 100% donor. Marrow {{DATE:11/20/24}}: CR, NPM1 MRD negative (qPCR, {{FACILITY:Emerald Reference Laboratory}} {{ID:ERL-889127}}).
GVHD: skin gr 1 (day +32), resolved; no gut/liver. Tacrolimus taper started day +90; level 5.2.
Infections: CMV reactivation day +41 (letermovir ppx broke through) treated w/ valganciclovir; now PCR <137 IU/mL.
Vaccines: start 6-month schedule.
Lodging: leaving {{FACILITY:Oakmont Family Lodge}} {{DATE:12/1}}; returning home to {{LOCATION:Garden Grove}}. Local oncologist Dr. {{NAME:Reyes-Whitman}} ({{FACILITY:Orange Coast Hematology}}, {{PHONE:714-555-0103}}) to co-manage.
CIBMTR CRID {{ID:5510482216}} forms (100-day) submitted.
{{NAME:C. Blackwood}}, MD; {{NAME:Nhung Tran}}, RN coordinator`,
  `cGVHD clinic - NIH global severity moderate
{{DATE:May 6 2024}}. {{FACILITY:Front Range Transplant & Cellular Therapy}}, {{LOCATION:Aurora}}, CO
{{NAME:Ines Albuquerque-Hart}} 44F, MRN {{MRN:FRT-208819}}. MRD allo (sister {{NAME:Beatriz Albuquerque}} donor) {{DATE:03/2023}} for ALL (Ph+).
Skin: sclerotic changes forearms, P-ROM score 21; mouth: lichenoid, NIH mouth score 4; eyes: dry, Schirmer 4 mm OU (ophtho Dr. {{NAME:Moskowitz}}, {{FACILITY:Mile High Eye Associates}}); lungs: FEV1 82% (no BOS).
Meds: prednisone 15 mg daily (tapering), ruxolitinib 10 mg bid (started {{DATE:2/12/24}}), dasatinib 100 mg (maintenance, Ph+), PJP ppx, acyclovir, posaconazole.
Photo documentation: clinical photos of both forearms (no face) uploaded to media tab for P-ROM comparison.
ECP (photopheresis) referral - {{FACILITY:Rocky Mountain Apheresis}}, twice weekly.
Pt works from home for {{FACILITY:Larimer County Assessor's Office}}; husband {{NAME:Graham Hart}}.
Plan: continue rux, PT for ROM, f/u 4 weeks ({{DATE:6/3}}).
Dr. {{NAME:Oyinkansola Bamidele}}`,
  `LAB CRITICAL VALUE NOTIFICATION LOG - {{FACILITY:HIGH PLAINS REGIONAL LAB}}
{{DATE:03/22/2024}}
1) 0612 - {{NAME:SALAZAR, EPIFANIO}} MRN {{MRN:HPR-7710442}} - K 6.9 mmol/L (hemolyzed? no) - called to {{NAME:Kayla Bergstrom}} RN, 4W, read-back verified. Pt on day 2 of induction (TLS watch).
2) 0640 - same pt - uric acid 13.4, phos 7.9 - called Dr. {{NAME:Amadou Diallo}}, onc fellow, pager {{PHONE:3319}}.
3) 0915 - {{NAME:WHITEHORSE, JOLENE}} (employee health draw) MRN {{MRN:HPR-0092211}} - not critical, removed.
4) 1132 - {{NAME:PETTIGREW, ALMA RUTH}} MRN {{MRN:HPR-5520937}}, {{AGE:93}} yo - plt 8 K/uL - called {{FACILITY:Sunset Ridge Nursing and Rehab}} charge nurse {{NAME:Delphine}} at {{PHONE:806-555-0196}}; MD to be paged.
5) 1410 - outpatient {{NAME:Oduya, Ben}}, {{FACILITY:Amarillo Oncology Associates}} - blasts 62% on smear, WBC 88 - called Dr. {{NAME:Hemphill}} office {{PHONE:806-555-0197}}.
Tech: {{NAME:R. Castillo}}, MLS(ASCP)   Reviewed: {{NAME:S. Odom}}, lab supervisor`,
  `BLOOD BANK CONSULT NOTE - ALLOANTIBODIES
{{DATE:07/16/2024}}  {{FACILITY:Tarheel Regional Blood Bank}} at {{FACILITY:Catawba Valley University Hospital}}
Pt: {{NAME:Lashonda Pridgen-Moore}}  MRN {{MRN:CVU4471920}}  DOB {{DATE:10/31/1985}}  Blood type: B neg
Dx: sickle cell disease (HbSC) with multiple prior transfusions; now AML-MRC, starting CPX-351 induction {{DATE:7/18}}.
Antibody screen positive: anti-E, anti-Jk(b), anti-Fy(a) identified (panel {{ID:BB-24-3318}}); historical anti-K reported by outside hospital -> records requested from {{FACILITY:Yadkin River Medical Center}}, fax {{FAX:336-555-0114}}.
Extended phenotype (genotyped): C+ c+ E- e+ K- Jk(a+b-) Fy(a-b-).
Recommendation: antigen-negative (E-, K-, Jk(b)-, Fy(a)-), irradiated, leukoreduced, HbS-negative RBCs; allow 24-48 h lead time. Rare donor units requested from {{FACILITY:Piedmont Community Blood Center}}.
Platelets: HLA antibodies? PRA 84% -> HLA-matched platelets if refractory (1-h CCI <5000).
Discussed with Dr. {{NAME:Giannopoulos}} (leukemia) and charge RN {{NAME:Tiffany}} on {{FACILITY:Catawba 8}}.
{{NAME:Meredith Sowande}}, MD, Transfusion Medicine; pager {{PHONE:5512}}`,
  `infusion rn note - hypersensitivity rxn
{{DATE:1/30/25}}   {{FACILITY:Bayside Infusion Center}}, chair 22
pt {{NAME:GLORIA ESTRELLA PANIAGUA}}   mrn {{MRN:BIC-0072204}}   dob {{DATE:4/4/1962}}
recurrent ovarian ca, platinum-sensitive; carboplatin AUC 5 + PLD, this is cycle 8 of carboplatin lifetime (C2 of current line).
1104 carbo started (620 mg/250 mL D5W). 1117 pt c/o palmar itching, flushing, "throat feels tight", back pain. bp 88/50, hr 122, spo2 93%.
1118 infusion stopped, NS wide open, called rapid response + Dr. {{NAME:Ruiz-Tagle}}. epinephrine 0.3 mg IM L thigh 1120, diphenhydramine 50 IV, famotidine 20 IV, methylpred 125 IV, O2 2L.
1135 bp 112/70, hr 98, sx resolved. tryptase drawn 1140.
grade 3 HSR (CTCAE). carbo not rechallenged. plan: allergy referral for skin testing / desensitization at {{FACILITY:Suncoast Allergy & Immunology}}.
observed until 1500, d/c home w/ husband {{NAME:Aurelio}}, epipen rx to {{FACILITY:Dunedin Pharmacy}}.
event reported in safety system #{{ID:SE-2025-00412}}.
{{NAME:r. okonjo}} rn / charge {{NAME:m. delacruz}} rn`,
  `INCIDENT REPORT - EXTRAVASATION (CONFIDENTIAL, QUALITY IMPROVEMENT)
Incident #: {{ID:IR-0391-2024}}   Date/time: {{DATE:May 21, 2024, 10:45}}
Location: {{FACILITY:Northwoods Cancer Care Infusion}}, {{LOCATION:Wausau}}, WI - station 4
Patient: {{NAME:Harold Oestreich}}   MRN {{MRN:NCC-661902}}
Agent: vinorelbine 25 mg/m2 (vesicant) via peripheral IV, R forearm, 22G, placed by {{NAME:Kayleigh Dorn}}, RN at 10:31.
Event: pt reported burning at 10:44; swelling ~4 x 3 cm. Infusion stopped, residual aspirated, cannula removed. Warm compress (vinca alkaloid - warm, not cold), hyaluronidase 150 units SC around site per protocol, limb elevated. Photo taken and placed in chart.
Prescriber Dr. {{NAME:Solveig Brandvold}} notified 10:52. Pt to return {{DATE:5/22}} and {{DATE:5/28}} for site check; plastic surgery referral if blistering ({{FACILITY:Rib Mountain Plastic Surgery}}).
Contributing factor: pt declined port; port discussion reopened.
Reported by: {{NAME:Kayleigh Dorn}}, RN, employee #{{ID:40718}}. Manager: {{NAME:Ted Brzezinski}}, RN.`,
  `Oncology Nutrition Consult
{{DATE:9-3-24}}  {{FACILITY:Panhandle Plains Cancer Center}}, {{LOCATION:Amarillo}}
{{NAME:Eusebio Tafoya}}, 69M, MRN {{MRN:PPC-001927}}, esophageal adenocarcinoma (GEJ Siewert II), on CROSS (carboplatin/paclitaxel + 41.4 Gy).
Wt 64.1 kg (usual 76 kg in {{DATE:May 2024}}) - 15.7% loss in ~4 months; BMI 20.3. Dysphagia to solids (grade 2). PG-SGA score 14 (stage C, severely malnourished).
Intake: ~900 kcal/day, mostly soup and Ensure-type ONS x2.
Est. needs: 2,100-2,300 kcal, 96-115 g protein (1.5-1.8 g/kg).
Plan: 6 small meals, ONS 1.5 kcal/mL x4/day, high-protein soft diet; discussed J-tube with surgeon Dr. {{NAME:Kleinschmidt}} if wt loss continues. Mirtazapine 7.5 mg qhs (per MD).
Wife {{NAME:Ofelia}} does the cooking; they live on a ranch outside {{LOCATION:Dumas}}. Home-delivered meals not available that far out. Gave samples + coupons.
Follow-up weekly during RT.
{{NAME:Rachel Ebersole}}, MS, RDN, CSO, LD   ext. {{PHONE:4-2271}}`,
  `PSYCHO-ONCOLOGY OUTPATIENT NOTE
Date: {{DATE:02/12/2025}}   Clinic: {{FACILITY:Hudson Highlands Cancer Center}} - Supportive Oncology
Patient: {{NAME:Adaeze Nwosu-Fitzgerald}}   MRN {{MRN:HHC-440271}}   Age 36
Reason: anxiety/insomnia following dx of stage III colon cancer ({{DATE:10/2024}}); currently CAPOX C5.
Hx: works as a paralegal at {{FACILITY:Dunmore & Kessler LLP}} in {{LOCATION:Poughkeepsie}}; married to {{NAME:Liam Fitzgerald}}; 2 kids, ages 4 and 7. Mother {{NAME:Ngozi Nwosu}} moved in from {{LOCATION:Enugu}}, Nigeria, to help.
MSE: anxious, tearful at times, linear, no SI/HI. GAD-7 16, PHQ-9 11, FCR-7 high.
Assessment: adjustment disorder with anxiety; fear of recurrence.
Plan: CBT-I and meaning-centered psychotherapy, 6 sessions; start sertraline 25 mg -> 50 mg; avoid interaction with ondansetron (QTc 428 ok). Young-adult peer support group Thursdays 6 pm at {{FACILITY:Beacon Wellness House of Dutchess}}.
Crisis line 988 reviewed.
{{NAME:Hyejin Park-Ellison}}, PhD, licensed psychologist, NY lic. {{LICENSE:021884}}`,
  `Goals of Care Conversation
Date: {{DATE:December 23, 2024}} - family meeting, {{FACILITY:Sierra Vista Medical Center}} MICU conference room
Patient: {{NAME:Florencio "Lencho" Armijo}}, 82M, MRN {{MRN:SVM-7230915}}, intubated, relapsed AML after azacitidine/venetoclax, now septic shock on 2 pressors.
Present: wife {{NAME:Remedios Armijo}} (surrogate, per AHCD dated {{DATE:4/2/2019}}), son Father {{NAME:Tomas Armijo}} (Catholic priest, {{FACILITY:San Felipe de Neri Parish}}), daughter {{NAME:Lucinda Armijo-Baca}} by phone from {{LOCATION:Albuquerque}}; Dr. {{NAME:Nakagawa}} (ICU), Dr. {{NAME:Odom}} (heme), chaplain {{NAME:Ambrose Kimani}}, RN {{NAME:Tia}}.
Discussion: leukemia has returned (blasts 40%), no further anti-leukemic options that would help; multiorgan failure. Family reports pt said he'd never want "to live on machines."
Decision: transition to comfort-focused care; terminal extubation after family arrives ~1800; anointing by son. DNR order entered {{DATE:12/23/24 15:40}}.
Family contact: {{NAME:Remedios}} {{PHONE:575-555-0105}}. Home: {{ADDRESS:14 Calle del Norte}}, {{LOCATION:Las Cruces}}, NM {{ZIP:88005}}.
{{NAME:Ana Sofia Quiroga}}, MD, Palliative Care`,
  `DEATH NOTE
Called to bedside at 03:12 on {{DATE:3/9/2025}} by RN {{NAME:Destiny Fairchild}} - {{FACILITY:Tillamook Coastal Hospital}} oncology unit, room 3104.
Pt {{NAME:Wendell Olufemi Grant}}, DOB {{DATE:6/15/1950}}, MRN {{MRN:TCH-0087721}}, with metastatic urothelial carcinoma on comfort care since {{DATE:3/6}}.
Exam: no response to verbal/tactile stimuli, pupils fixed and dilated, no heart sounds x 1 min, no breath sounds x 1 min, no pulse.
Time of death: {{DATE:03/09/2025 03:18}}.
Family: wife {{NAME:Constance Grant}} present; son {{NAME:Marcus}} notified by phone ({{PHONE:503-555-0115}}) by this writer.
Medical examiner: not a ME case (expected death). Autopsy declined. Organ/tissue donation: {{FACILITY:Pacific Northwest Donor Network}} notified, referral #{{ID:PNDN-25-08831}}; tissue only - eye donation accepted.
Funeral home: {{FACILITY:Rosewood-Kilchis Funeral Chapel}}, {{LOCATION:Tillamook}}.
Attending Dr. {{NAME:Ellery}} notified. Death certificate to be completed by attending.
{{NAME:Priya Nandakumar}}, MD (hospitalist, night)`,
  `CANCER REGISTRY ABSTRACT (NAACCR-style, internal)
Facility: {{FACILITY:Three Rivers Cancer Registry - Tri-Cities General}}   Accession no. {{ID:2024-00817}}   Seq 00
Name: {{NAME:LINDQUIST, MARGARETHE E}}   Alias/maiden: {{NAME:SCHOLZ}}
Address at dx: {{ADDRESS:1508 W. Canal Dr}}, {{LOCATION:Kennewick}}, WA {{ZIP:99336}}   County: {{LOCATION:Benton}}
SSN: {{SSN:555-72-9041}}   DOB: {{DATE:07/21/1946}}   Sex 2   Race 01   Spanish origin 0
Date of diagnosis: {{DATE:02/14/2024}}   Primary site C50.4   Laterality 1   Histology 8500/3   Grade 2
Class of case 14   Diagnostic confirmation 1
AJCC TNM 8: cT1c cN0 cM0, pT1c pN0(sn) - stage IA; ER+ PR+ HER2-; Oncotype 18
First course: lumpectomy {{DATE:03/11/2024}}, RT 42.56 Gy/16 fx completed {{DATE:05/20/2024}}, anastrozole start {{DATE:06/03/2024}}
Managing physician: {{NAME:Hollis Trevino}}, MD, NPI {{LICENSE:1730285516}}   Following: {{NAME:Kiersten Voss}}, MD
Abstractor: {{NAME:D. Yamamoto}}, ODS   Date abstracted {{DATE:08/29/2024}}`,
  `NEW PATIENT REFERRAL INTAKE - {{FACILITY:Wabash Valley Cancer Institute}}
Received: {{DATE:10/15/24 09:12}} via fax from {{FAX:812-555-0171}}
Referring provider: {{NAME:Kristin Albrecht}}, NP, {{FACILITY:Vigo County Family Health}}
Patient name: {{NAME:Mohammed Al-Hakim}}   Pref name: {{NAME:Mo}}
DOB: {{DATE:11/11/1977}}   Phone (cell): {{PHONE:812-555-0170}}   Alt (work): {{PHONE:812-555-0112}} x 318
Address: {{ADDRESS:2224 Poplar St, Apt 2R}}, {{LOCATION:Terre Haute}}, IN {{ZIP:47803}}
Email: {{EMAIL:mo.alhakim77@inboxmail.example.com}}
Insurance: Hoosier Choice PPO - member {{HEALTH_PLAN:XJK812449771}}, group {{HEALTH_PLAN:270881-0011}}
Reason: lymphocytosis and splenomegaly; flow pending. Urgency: routine (within 2 wk).
Language: English/Arabic. Employer: {{FACILITY:Sycamore Valley Community College}} facilities dept.
Scheduled with Dr. {{NAME:Greenwald}} {{DATE:10/24/24}} 2:30 pm. Records request sent to {{FACILITY:Wabash River Diagnostics}}.
Intake by {{NAME:Sierra Lytle}}, patient access rep.`,
  `CT-GUIDED PERCUTANEOUS BIOPSY - LIVER
Date: {{DATE:4/11/2024}}   {{FACILITY:Yellowstone Valley Imaging}}, {{LOCATION:Billings}}, MT
Pt: {{NAME:Clement Two Feathers}}   MRN {{MRN:YVI-4408217}}   DOB {{DATE:08/18/1957}}
Operator: {{NAME:Anders Lindahl}}, MD   Tech: {{NAME:Cody Rasmussen}}, RT(R)(CT)   Sedation RN: {{NAME:Marisa Pichette}}
Indication: multiple hypoenhancing liver lesions, CA 19-9 1,880; r/o metastatic pancreaticobiliary ca. Referred by Dr. {{NAME:Birdsong}}, {{FACILITY:Big Sky Oncology}}.
Consent: risks incl. bleeding, pneumothorax (lesion near dome avoided), infection; pt agreed. Time-out 10:04.
Technique: segment VI lesion (3.1 cm) targeted, 17G coaxial, 18G core x4 + FNA x2. Gelfoam slurry tract embolization. Rapid on-site evaluation: adequate, malignant cells.
Post: no hematoma on final images; recovery 2 h, discharged 13:30 with nephew {{NAME:Darrell Old Coyote}}.
Specimens sent: {{ID:YV24-P-3318}}, plus additional cores for NGS.
Complications: none. Moderate sedation 28 min (midazolam 2 mg, fentanyl 75 mcg).`,
  `{{FACILITY:Ozark Hope Guest House}} - Patient Lodging Confirmation
{{ADDRESS:411 S. College Ave}}, {{LOCATION:Fayetteville}}, AR {{ZIP:72701}} - Front desk {{PHONE:479-555-0137}}

Date issued: {{DATE:08/02/2024}}
Guest: {{NAME:Verna Lee Tackett}}   Caregiver: {{NAME:Dwayne Tackett}} (husband)
Referred by: {{NAME:Holly Birchfield}}, LMSW, {{FACILITY:Highlands Radiation Oncology}}
Stay: check-in {{DATE:Sunday, August 4, 2024}} after 3 PM; check-out {{DATE:Friday, September 13, 2024}} (end of RT, 30 fx).
Room: 12 (ground floor, accessible). Nightly fee waived (grant {{ID:OHGH-24-1187}}).
Vehicle registration for lot: 2011 Ford F-150, AR plate {{VEHICLE:XKD 447}}, parking permit to display on mirror.
Shuttle to {{FACILITY:Highlands Radiation Oncology}} departs 7:15 AM and 12:30 PM Mon-Fri.
Home address on file: {{ADDRESS:Rt 3 Box 77}}, {{LOCATION:Jasper}}, AR {{ZIP:72641}}.
Emergency: {{NAME:Crystal Tackett-Moss}} (daughter) {{PHONE:870-555-0181}}.
House rules: no visitors with fever, cough or recent live vaccines; quiet hours 10 PM.
Confirmed by {{NAME:Emmett Rhodes}}, house manager.`,
  `CASE MANAGEMENT - DISCHARGE PLAN (HOME INFUSION)
{{DATE:1/14/2025}} | {{FACILITY:Lakeland Methodist Oncology Unit}}, {{LOCATION:Lakeland}}, FL | CM: {{NAME:Yvette Charlemagne}}, RN, CCM
Pt {{NAME:Jean-Claude Pierre-Louis}}, 57M, MRN {{MRN:LMO-11094477}}. Dx: AML, s/p 7+3, now neutropenic; needs IV micafungin 100 mg daily x 10 d + home TPN.
PICC: 5 Fr dual-lumen L basilic, placed {{DATE:1/10/25}}, tip SVC/CAJ.
Home infusion: {{FACILITY:Suncoast Home Infusion Pharmacy}}, intake {{NAME:Marisol}} {{PHONE:863-555-0109}}; first nursing visit {{DATE:1/15/25}}; ambulatory pump (TPN) sn {{DEVICE:4419-CD-2270}} delivered to home.
Payer: Florida Medicaid MCO - member ID {{HEALTH_PLAN:8810293366}}; auth {{ID:HI-2025-77120}} approved {{DATE:1/13/25}}.
Home: {{ADDRESS:3318 Lake Hollingsworth Dr, Apt 9}}, {{LOCATION:Lakeland}}, FL {{ZIP:33803}}. Lives with wife {{NAME:Nadège}} ({{PHONE:863-555-0108}}), Haitian Creole primary; Creole teaching sheets provided, interpreter {{NAME:Wilner}} used.
Follow-up: {{FACILITY:Polk Hematology Associates}} {{DATE:1/17/25}} for CBC + transfusion as needed.
DME: bedside commode from {{FACILITY:Sunshine Medical Supply}}.`,
  `PHARMACIST CHEMOTHERAPY VERIFICATION
{{DATE:09/05/2024 07:58}}  {{FACILITY:Tanglewood Oncology Pharmacy}} (USP 800 suite)
Pt {{NAME:Fenwick, Rosalind}}  MRN {{MRN:TGW-557102}}  wt 91.4 kg (actual), ht 165 cm, BSA 2.04; CrCl (C-G, adjusted BW) 64 mL/min
Order: R-CHOP C4D1 (DLBCL) by Dr. {{NAME:Iwu}} - checked against protocol ID LYM-RCHOP-21 v5.
 rituximab 375 mg/m2 = 765 mg (rapid 90-min infusion ok - no prior IRR)
 cyclophosphamide 750 mg/m2 = 1530 mg
 doxorubicin 50 mg/m2 = 102 mg; cumulative 306 mg (150 mg/m2), LVEF 62% ({{DATE:6/3/24}})
 vincristine 1.4 mg/m2 = 2.86 -> capped 2 mg
 prednisone 100 mg PO d1-5
Labs {{DATE:9/4/24}}: ANC 2.1, plt 198, T bili 0.6, AST 22. HBV core Ab neg.
Lot/expiry recorded in compounding log (rituximab lot B4471X2, exp 03/2026); NDC 0143-9504-01.
Verified dose within 5%; second check {{NAME:Obinna Eze}}, PharmD 08:10.
Released to {{FACILITY:Tanglewood Infusion}} chair 6 for 09:00 appt.
{{NAME:Celia Moravec}}, PharmD, BCOP`,
  `ORAL MEDICINE / DENTAL ONCOLOGY CONSULT
{{DATE:Tue 03/18/2025}} - {{FACILITY:Chippewa Valley Oral Oncology Clinic}}, {{LOCATION:Eau Claire}}, WI
Pt: {{NAME:Kjersti Haugland}}, 70F, MRN {{MRN:CVO-220184}}. Breast ca w/ bone mets on denosumab 120 mg q4wk since {{DATE:2/2022}} (+ palbociclib/letrozole).
CC: exposed bone L posterior mandible, tooth #19 area, after spontaneous tooth loss ~6 wks ago.
Exam: 6 mm area of exposed necrotic bone, no purulence, mild tenderness. Panorex: sclerosis, no sequestrum.
Dx: medication-related osteonecrosis of the jaw (MRONJ), AAOMS stage 2 (pain + infection signs mild).
Plan: chlorhexidine 0.12% rinse bid, amoxicillin 500 mg tid x 10 d, hold denosumab (drug holiday per onc Dr. {{NAME:Solberg-Eide}}), conservative debridement next visit. Avoid extractions.
Referred from {{FACILITY:Altoona Family Dentistry}} (Dr. {{NAME:Petra Wojcik}}, DDS, {{PHONE:715-555-0174}}).
Next: {{DATE:4/1/25}}. Copy to {{FACILITY:Chippewa Valley Cancer Center}} fax {{FAX:715-555-0175}}.
{{NAME:Amir Sadeghi}}, DMD, MS`,
  `Transition Visit - Childhood Cancer Survivor to Adult Long-Term Follow-Up
{{DATE:06/10/2024}}   {{FACILITY:Cumberland Children's Hospital}} LTFU Clinic -> {{FACILITY:Music City Adult Survivorship Program}}, {{LOCATION:Nashville}}
Survivor: {{NAME:Eli Matthias Brandenburg}}, age 21, DOB {{DATE:03/02/2003}}, MRN {{MRN:CCH-0441902}}
Cancer: Wilms tumor (favorable histology), stage III, dx age 4 (2007). Treated on COG-type regimen DD-4A: vincristine, dactinomycin, doxorubicin (cumulative 150 mg/m2), flank RT 10.8 Gy. L nephrectomy.
Late-effect screening (COG LTFU Guidelines v6): echo q2y (LVEF 57% {{DATE:5/2024}}), BP/urinalysis/Cr yearly (eGFR 88), scoliosis check, breast/colon n/a. 
Psychosocial: junior at {{FACILITY:Middle Tennessee Polytechnic}}; works part-time at {{FACILITY:Belmont Coffee Roasters}}; lives at {{ADDRESS:1908 Division St, Apt 5C}}, {{LOCATION:Nashville}}, TN {{ZIP:37203}}.
Insurance: on parent's plan until 26 - {{HEALTH_PLAN:TNB-990018274}}.
Survivorship passport given; portal {{URL:https://passport.ccc-ltfu.example.org/u/ebrandenburg}}.
Adult provider: {{NAME:Shalini Raghavan}}, MD; first visit {{DATE:9/9/24}}.
Prepared by {{NAME:Noor Haddad}}, PNP`,
  `{{FACILITY:Cornerstone Hematology & Oncology}}
{{ADDRESS:88 Kenmore Rd, Suite 2}}, {{LOCATION:Burlington}}, VT {{ZIP:05401}}

PRESCRIPTION / LETTER OF MEDICAL NECESSITY - CRANIAL PROSTHESIS
Date: {{DATE:3/7/2024}}
Patient: {{NAME:Penelope Ashworth-Liang}}     DOB: {{DATE:9/30/1969}}
Insurance: Green Mountain Health Plan, ID {{HEALTH_PLAN:GMB448102937}}
Diagnosis: C56.1 malignant neoplasm of right ovary; L65.9 / chemotherapy-induced alopecia (carboplatin/paclitaxel, 6 cycles starting {{DATE:3/12/24}}).
Rx: One (1) full cranial hair prosthesis, HCPCS A9282, custom-fitted.
Supplier: {{FACILITY:Lake Champlain Wig & Prosthesis Studio}}, {{ADDRESS:12 Church St, 2nd floor}}, {{LOCATION:Burlington}} - contact {{NAME:Margaux}} {{PHONE:802-555-0186}}.
Prescriber: {{NAME:Henrik Sundqvist}}, MD    NPI {{LICENSE:1558203947}}    VT license {{LICENSE:042.0012983}}
Signature on file.`,
  `Fertility Preservation - Urgent Referral (Oncofertility)
From: {{NAME:Dana Whitcombe-Ortiz}}, MD, {{FACILITY:Sandia Peaks Cancer Center}}, {{LOCATION:Albuquerque}}
To: {{FACILITY:Rio Bravo Reproductive Medicine}}, fax {{FAX:505-555-0128}}, attn REI nurse {{NAME:Sonia Begaye}}
Date sent: {{DATE:Thursday 5/2/2024}}
Patient: {{NAME:Xitlali Montoya-Reyes}}, 29F, DOB {{DATE:07/07/1994}}, cell {{PHONE:505-555-0127}}, email {{EMAIL:xitlali.mr@mailbox.example.net}}
Dx: Hodgkin lymphoma, stage IIA, unfavorable (ESR 58); planned ABVD x 4-6 +/- ISRT; low-moderate gonadotoxicity but escalated BEACOPP possible if PET2+.
Request: consult within 72 h for oocyte cryopreservation (random-start stimulation) before C1D1 (target {{DATE:5/20/24}}); letrozole co-treatment not needed (ER n/a). GnRH agonist (leuprolide) suppression can be given too.
AMH 3.1 ng/mL ({{DATE:4/29/24}}). Partner: {{NAME:Joaquín Baca}}.
NM fertility preservation coverage law applies; plan {{HEALTH_PLAN:PMH-7718820-00}}.
Reply to navigator {{NAME:Rosa Chavez-Lente}} {{PHONE:505-555-0126}}.`,
  `hematology nurse visit - therapeutic phlebotomy #14
{{DATE:10/21/24}} 0930 {{FACILITY:river bend infusion}}, {{LOCATION:quad cities}} area ({{LOCATION:davenport}}, IA)
pt: {{NAME:dale r. vogelsang}} mrn {{MRN:RB-0083371}} dob {{DATE:2/28/1960}}
dx: polycythemia vera, JAK2 V617F+, on hydroxyurea 500 mg daily + ASA 81. goal hct <45%.
pre: hct 47.9, hgb 15.8, plt 512. bp 134/82, hr 76. wt 96 kg.
access: 16g R antecubital, 500 mL removed in 11 min, NS 500 mL replaced. tolerated well. no dizziness.
bag discarded per protocol (not for donation). ferritin 14 (iron deficient - expected).
pt reports pruritus after showers (aquagenic) - improving. no erythromelalgia.
next phlebotomy prn per cbc {{DATE:11/4}}. Dr {{NAME:Kaminski-Oyelaran}} to review hydroxyurea dose.
pt's neighbor {{NAME:lyle}} drove; pt works at {{FACILITY:quad river tractor works}}.
{{NAME:t.h.}} rn`,
  `From: {{NAME:Gabrielle Fontaine}} <{{EMAIL:gfontaine.navigator@pinecrestcancer.example.org}}>
To: {{NAME:Moses Adeyemi-Clarke}} <{{EMAIL:madeyemiclarke@webmail.example.com}}>
Date: {{DATE:Thu, 13 Jun 2024 16:02:11 -0500}}
Subject: RE: parking + your appointments next week

Hi {{NAME:Moses}},
Great to hear your energy is better after C3. Here's next week at {{FACILITY:Pinecrest Cancer Pavilion}} ({{ADDRESS:700 Medical Center Blvd}}, {{LOCATION:Shreveport}}):
- {{DATE:Mon 6/17}} 8:00 labs, 9:00 Dr. {{NAME:Thibodeaux-Grant}}, 10:30 infusion (FOLFIRINOX C4D1, pump hookup)
- {{DATE:Wed 6/19}} 11:00 pump disconnect
Parking validation is attached to your license plate {{VEHICLE:ZBN-448}} so just pull into Garage B.
I also sent the {{FACILITY:Red River Cancer Fund}} gas card ($100) to {{ADDRESS:92 Bayou Oaks Ln}}, {{LOCATION:Bossier City}} {{ZIP:71111}}.
Your daughter {{NAME:Ayo}} asked to be added to the HIPAA release; form attached - bring it Monday.
Thanks,
{{NAME:Gabrielle}}
{{NAME:Gabrielle Fontaine}}, BSN, RN | GI Oncology Navigator | {{PHONE:318-555-0151}}`,
  `ADDENDUM / PRIVACY REVIEW - EHR ACCESS AUDIT
Record: {{NAME:Beaulieu, Marguerite Anne}}   MRN {{MRN:NEC-0019283}}   (VIP flag - employee of {{FACILITY:Northeast Cancer Collaborative}})
Audit requested {{DATE:02/20/2025}} by pt via privacy office case {{ID:PRV-2025-0144}}.
Findings (access log {{DATE:2/1/25}}-{{DATE:2/19/25}}):
 - {{DATE:2/3/25 14:02}} user {{NAME:jdesrosiers}} (oncology RN, treatment team) from workstation IP {{IP:10.42.18.77}} - appropriate
 - {{DATE:2/7/25 22:41}} user {{NAME:kpelletier}} (registration, no treatment relationship) from IP {{IP:172.16.204.9}} - viewed path report {{ID:S25-001177}} and demographics - NOT appropriate
 - {{DATE:2/11/25 09:15}} remote login via VPN from {{IP:203.0.113.58}} by Dr. {{NAME:Lemieux}} (attending) - appropriate
Action: manager {{NAME:Suzanne Gagnon}} notified; sanction per policy HR-7.3; breach risk assessment completed, low probability of compromise per 4-factor test.
Letter to pt mailed {{DATE:3/3/2025}} to {{ADDRESS:45 Rue Principale}}, {{LOCATION:Madawaska}}, ME {{ZIP:04756}}.
Privacy officer: {{NAME:Armand Thériault}}, {{PHONE:207-555-0163}}`,
];

export const HELDOUT_REALISTIC_49_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout49-${i + 1}`, n));
