// A hundred-and-second held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses
// are from the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are
// real places used only as LOCATION). Its theme is cancer care and serious illness: tumor board
// minutes, medical, radiation and surgical oncology consults, chemotherapy and immunotherapy
// infusion flowsheets, pharmacy verifications, CT simulation notes and radiation treatment
// summaries, physics chart checks, surgical pathology, cytology and molecular reports with
// specimen, accession and block ids, genetic counseling pedigrees naming relatives, survivorship
// care plans, financial navigation notes and copay foundation letters, prior authorizations,
// palliative care family meetings, hospice admissions, IDG and live-discharge notes, death
// pronouncements, bereavement notes and death certificate worksheets, with secure chats, portal
// messages, census lines, fax covers and forms between them. It is heavy on eponyms and staging
// that look like names and are not (Hodgkin, Burkitt, Gleason 4+3, Breslow, Clark level, Whipple,
// Ommaya, Hickman, Huber, Foley, Karnofsky, ECOG, Lynch, Li-Fraumeni, Pancoast, Horner, Virchow,
// Sister Mary Joseph, Fletcher-Suit, Nottingham, Bethesda), regimen and drug names (FOLFOX, R-CHOP,
// Keytruda), doses in mg/m2, AUC and Gy, fractions, cycles and days (C3D1), CTCAE grades, PPS and
// FAST scores, gene variants, ICD, CPT, HCPCS, NDC, CLIA, NCT and lot numbers, chairs, bays,
// linacs and rooms, next to every identifier type at least a few times.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-21 final engine
// (ae581d0) 0.9781 / 0.9587; pass-22 engine (474acc6, whose rules were made from sets 2-100 without reading
// this one) 0.9781 / 0.9593.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header: titles and credentials stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Honorifics in other
// languages and kin terms (Ong, Ba, Sra., Abuela, Uncle, Aunt, Sister, Pastor, Fr.) stay outside
// NAME spans like titles; a month/day without a year (3/4, mar 13) is a DATE, and a clock time
// next to it stays outside the span, while one attached to a date with a year is inside; compact
// all-digit and military-style dates are DATE; a month with a year (03/2019, March 2019) is a DATE;
// an age over 89 is AGE however it is written, ages of 89 and under are not; a nickname, first
// name alone, last name alone, lower-case name or initials standing for a person (patient, family
// or staff, incl. typist and signer initials) are NAME, one span per occurrence, and a nickname in
// quotes or brackets is its own span; a city abroad is LOCATION wherever it appears; a county named
// with Co is LOCATION; passport, booking and badge numbers are ID; a VA ICN is MRN; a file name of
// a patient's face photo is PHOTO; a palm-vein or fingerprint template number is BIOMETRIC.
// Added for this set: pathology, cytology, flow and molecular accession numbers, report ids and
// kit or requisition numbers are ID, and an accession written with its block or slide suffix as
// one token (SP24-0044817-A3) is one ID span, while a block, part or slide label alone (A3, block
// B2, slide 4) is not PHI; copay foundations, manufacturer assistance programs and national cancer
// charities are treated like payers (not PHI, nor their phone and fax lines), while the grant,
// case, enrollment or REMS authorization number they give a patient is ID; NCT and protocol
// numbers are not PHI, a study subject or participant number is ID; an unrelated-donor registry id
// and a cell-therapy chain-of-identity number are ID; relatives in a pedigree are NAME when named,
// their ages of 89 and under and years of birth or death alone are not PHI; hospice agencies,
// funeral homes, cemeteries, crematories and lodging houses for patients are FACILITY; a county
// medical examiner's office is an agency (not PHI) and its case number is ID; a death certificate
// or burial permit number is ID; a time of death in its own field, apart from the date, is a clock
// time alone and not PHI; radiation machines, vaults, couches, infusion chairs and bays
// are not PHI; gene names, variants, karyotypes and named syndromes are not PHI; a personal web
// page of a patient or family (fundraiser, journal) is URL.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `MULTIDISCIPLINARY BREAST TUMOR BOARD - MINUTES
{{FACILITY:Harlan-Voss Cancer Institute}}, Conf Rm 3B    Date: {{DATE:Thursday, 03/14/2024 0700}}
Moderator: Dr. {{NAME:Priya Raghunathan}} (Med Onc)   Scribe: {{NAME:K. Oyelaran}}, RN navigator
Present: {{NAME:Whitcomb}} (Surg), {{NAME:Delacroix-Ng}} (Rad Onc), {{NAME:Abernathy}} (Path), {{NAME:S. Farouk}} (Rads),
genetics ({{NAME:Lindqvist}}), SW, pharmacy, 2 residents

CASE 1  {{NAME:MARTINEZ-OCHOA, Rosalind}}   MRN {{MRN:40718823}}   Age 47
Referred by {{NAME:Hollis Trent}}, NP at {{FACILITY:Bayfront Family Medicine}}. Palp mass L breast 2 o'clock
noted {{DATE:Jan 2024}}. Dx mammo/US {{DATE:1/22/24}}. Core bx {{DATE:1/29/24}}: IDC, Nottingham gr 2,
ER 95% PR 40% HER2 1+ (IHC), Ki-67 18%. Accession {{ID:S24-01187}}, blocks A1-A3.
MRI 2.4 cm, no contralateral dz. cT2N0M0, stage IIA (AJCC 8).
Germline panel pending ({{FACILITY:Cordance Genomics}} req {{ID:CG-4471902}}).
REC: lumpectomy + SLNB w/ {{NAME:Whitcomb}}; Oncotype DX on surgical spec; RT to follow. Consensus.

CASE 2  {{NAME:Baptiste, Jean-Claude}} (male breast ca)  MRN {{MRN:40722106}}  Age 71
Tabled to {{DATE:3/21}}, outside slides from {{FACILITY:Mercy Lakes Hospital}} not yet recut.

Next board Thursday 0700. Minutes typed {{NAME:ko}}/{{NAME:pr}}`,
  `HEMATOLOGY/ONCOLOGY CONSULTATION
Pt: {{NAME:Tobias Wendt-Aarons}}   DOB: {{DATE:08/02/1958}}   MRN: {{MRN:2290-4418}}
Date of service: {{DATE:04/09/2024}}   Requesting: Dr. {{NAME:Ifeoma Chukwu}}, Hospitalist
Location: {{FACILITY:St. Adalbert Medical Center}}, {{FACILITY:Kowalczyk 6}} rm 612-B

HPI: 65 yo M, former smoker (45 pk-yr, quit 2015), retired from {{FACILITY:Keystone Freight Lines}} rail
yard, admitted {{DATE:4/6}} w/ hemoptysis. CT chest: 5.1 cm RUL mass w/ R hilar + subcarinal LAD.
EBUS-TBNA {{DATE:4/8}} (Dr. {{NAME:Okonkwo}}): stations 7 and 4R + for adenocarcinoma, TTF-1+.
PD-L1 22C3 TPS 60%. NGS sent, acc {{ID:MOL-24-00913}}. Brain MRI neg. PET pending.
No Pancoast features, no Horner's. ECOG 1.
SOCIAL: lives w/ wife {{NAME:Gretchen}} in {{LOCATION:Altoona}}, PA; son {{NAME:Marcus}} is HCP,
cell {{PHONE:(814) 555-0162}}.
A/P: at least stage IIIB NSCLC (cT3N2M0 pending PET). Present at thoracic tumor board
{{DATE:Tue 4/16}}. If N2 confirmed -> concurrent chemoRT (carbo/pem) then durvalumab x 12 mo.
Will follow; clinic scheduling {{PHONE:x7-4410}}.
{{NAME:Anneliese Brandt-Mora}}, MD  Hem/Onc   NPI {{LICENSE:1467593820}}`,
  `INFUSION FLOWSHEET - {{FACILITY:Marisol Grant Infusion Pavilion}}   Chair 14
Pt: {{NAME:LEUNG, Wai-Ming}} "{{NAME:Raymond}}"   MRN {{MRN:00913375}}   DOB {{DATE:11/30/1966}}
Regimen: mFOLFOX6 C5D1   Date {{DATE:05/02/2024}}   Ht 170 cm  Wt 61.2 kg  BSA 1.70 m2
Consent on file {{DATE:2/14/24}}. Port: PowerPort, serial {{DEVICE:PPK3318792}}, accessed 20G 3/4" Huber,
+ blood return.  Pre-labs: ANC 1.9, plt 142, Cr 0.8, Tbili 0.6
TIME | ITEM                                                   | BY
0842 | VS 128/76 HR 74 T 36.7 SpO2 98%                        | {{NAME:mj}}
0850 | ondansetron 16 mg IV, dexamethasone 12 mg IV           | {{NAME:mj}}
0912 | oxaliplatin 85 mg/m2 = 145 mg in D5W 500 mL over 2h    | {{NAME:mj}}/{{NAME:tc}}
0912 | leucovorin 400 mg/m2 = 680 mg                          | {{NAME:mj}}/{{NAME:tc}}
1115 | 5-FU 400 mg/m2 = 680 mg IVP                            | {{NAME:tc}}
1120 | 5-FU 2400 mg/m2 = 4080 mg CADD 46h, pump SN {{DEVICE:CDX-2207714}} | {{NAME:tc}}
Cold sensitivity reviewed. Neuropathy gr 1 (CTCAE v5).
Pump d/c at home by {{FACILITY:Lakeshore Home Infusion}} {{DATE:5/4}} ~0900.
Double-check RN: {{NAME:Teodora Ciobanu}}, RN    Primary RN: {{NAME:Malik Jessup}}, RN
Pharm verified {{NAME:R. Banerjee}}, PharmD {{DATE:05/02/24 0805}}`,
  `Oncology Nurse Triage - Telephone Encounter
Caller: {{NAME:Loretta}} (wife) for pt {{NAME:Dwayne Pettigrew}}, DOB {{DATE:6/17/1961}}, MRN {{MRN:8830416}}
Call rec'd {{DATE:Sat 07/13/2024 10:52}} via answering service, callback # {{PHONE:304-555-0117}}
On pembrolizumab (Keytruda) 200 mg q3w, last dose C6D1 {{DATE:7/2}}. Dx melanoma, Breslow 3.1 mm, Clark IV,
stage IIIB, adjuvant.
Wife reports 6-7 watery BM/day x 2 days, mild cramping, no blood, drinking ok. No fever. Taking Imodium.
Assessment: possible immune-related colitis, CTCAE gr 2.
Plan per on-call Dr. {{NAME:Szabo}}: hold Imodium, go to {{FACILITY:Kanawha Valley Medical Center}} ED for labs,
C diff, start prednisone 1 mg/kg if infection r/o. Wife will drive from {{LOCATION:Nitro}} now.
ED charge RN {{NAME:Becca}} notified, ext {{PHONE:4-2290}}. Wallet card for IO toxicity reminded.
Route to primary onc Dr. {{NAME:Amara Jozwiak}} / pool OncRN. -{{NAME:J. Whitfield-Ray}}, RN {{DATE:7/13/24 1108}}`,
  `CT SIMULATION NOTE - RADIATION ONCOLOGY
{{FACILITY:Beaumont-Rhee Radiation Center}}
Patient: {{NAME:Okafor, Chidinma A.}}   MRN {{MRN:RO-558120}}   Sim date: {{DATE:06/11/2024}}
Attending: {{NAME:Halvorsen}}, MD   Dosimetrist: {{NAME:Jun-seo Park}}   Therapists: {{NAME:AL}}/{{NAME:DW}}
Dx: SCC base of tongue, p16+, cT2N1M0 (AJCC 8th, stage I).
Position: supine, head on S-board, 5-pt thermoplastic mask labeled "{{NAME:OKAFOR C}} H&N", bite block,
arms down w/ shoulder pulls, knee sponge. Scan GE CT sim, 2 mm slices, IV contrast Omnipaque 350 80 mL.
Iso marked w/ 3 tattoos + BBs.
Plan: 70 Gy/35 fx to PTV_70, 56 Gy/35 fx elective nodes, IMRT/VMAT, weekly cisplatin 40 mg/m2 with
Dr. {{NAME:Valdes}} (med onc). Dental clearance done {{DATE:6/3}} by Dr. {{NAME:Pham Quoc Bao}}, fluoride trays made.
PEG discussed, pt declines prophylactic tube for now; SLP baseline {{DATE:6/14}}.
Start target {{DATE:Mon 6/24/24}} on Linac 2 (TrueBeam), 0815 slot.
Rides through {{FACILITY:Golden Spoke Transit}}; pt lives 68 mi away in {{LOCATION:Marquette}}, stays w/ cousin
{{NAME:Ngozi}} on weekdays at {{ADDRESS:1187 W Ridge St, Unit 3}}, {{LOCATION:Ishpeming}} {{ZIP:49849}}.
-{{NAME:Halvorsen}} / transcribed {{NAME:lmw}}`,
  `RADIATION TREATMENT SUMMARY
Patient: {{NAME:Henrietta Moss-Abernathy}}   MRN: {{MRN:7741092}}   DOB: {{DATE:02/17/1949}}
Referring: {{NAME:Colm Fitzgerald}}, MD ({{FACILITY:Riverside Surgical Associates}})
Diagnosis: R breast IDC pT1cN0(sn) ER+/PR+/HER2-, s/p lumpectomy {{DATE:01/09/2024}}
Course: {{DATE:02/12/2024}} - {{DATE:03/01/2024}}. Whole breast 40.05 Gy/15 fx + tumor bed boost 10 Gy/4 fx
(total 50.05 Gy/19 fx), 6X/10X, DIBH with surface guidance.
Tolerance: grade 1 dermatitis (Miaderm), mild fatigue. Missed {{DATE:2/19}} (clinic closed for holiday),
made up at end. Constraints met: heart mean 1.1 Gy, ipsilateral lung V20 9%.
Follow-up: RT clinic in 6 wk ({{DATE:4/15/24}}); med onc Dr. {{NAME:Yusupova}} re: aromatase inhibitor;
survivorship visit at {{FACILITY:Clearwater Survivorship Clinic}}.
cc: {{NAME:C. Fitzgerald}} MD fax {{FAX:(727) 555-0148}}; PCP {{NAME:Dana Whitlock}}, DO fax {{FAX:(727) 555-0193}}
Electronically signed {{NAME:Mirela Stanescu}}, MD  {{DATE:03/04/2024 16:22}}`,
  `SURGICAL PATHOLOGY REPORT                                  Accession: {{ID:SP24-0044817}}
Patient: {{NAME:DUBOIS, MARC-ANTOINE}}   MRN: {{MRN:11820734}}   DOB: {{DATE:07/23/1955}}   Sex: M
Collected: {{DATE:04/22/2024 10:41}}   Received: {{DATE:04/22/2024 13:05}}
Surgeon: {{NAME:Gaurav Iyer}}, MD     Facility: {{FACILITY:Northgate Regional Hospital}}
SPECIMEN: A. Sigmoid colon, segmental resection.  B. Additional distal donut.
FINAL DIAGNOSIS
A. Adenocarcinoma, moderately differentiated, 4.2 cm, through muscularis propria into pericolorectal
tissue (pT3). LVI present, PNI absent. Margins negative (distal 5.1 cm). 2/17 lymph nodes positive
(pN1b). Tumor deposits: none. MMR IHC: MLH1, PMS2, MSH2, MSH6 retained (proficient).
B. Benign colonic mucosa.
BLOCK SUMMARY: A1-A4 tumor; A5 radial margin; A6-A12 LN; B1 donut.
Best block for molecular: {{ID:SP24-0044817-A3}}
Synoptic per CAP colon resection protocol. Intradepartmental consult: Dr. {{NAME:Wen}} agrees.
{{NAME:Elzbieta Nowicka}}, MD, Pathologist     Signed {{DATE:04/25/2024 15:58}}
Performed at {{FACILITY:Northgate Regional Hospital}} Pathology, CLIA 44D0981277`,
  `{{FACILITY:HELIX-POINT MOLECULAR DIAGNOSTICS}}  Comprehensive Tumor Profile
Report ID: {{ID:HPX-24-118302}}     Order #: {{ID:ORD-5520917}}
Patient: {{NAME:Farah Nasser Al-Khatib}}   DOB {{DATE:12-05-1971}}   MRN {{MRN:NGH-3390127}}
Specimen: FFPE lung, RLL core; source {{ID:S24-06631}} block B2; tumor cellularity 40%
Ordering: {{NAME:Samuel Ekwueme}}, MD, {{FACILITY:Lakeview Oncology Associates}},
{{ADDRESS:2200 Harbor Pointe Dr, Ste 410}}, {{LOCATION:Muskegon}}, MI {{ZIP:49440}}
Received {{DATE:05/13/2024}}   Reported {{DATE:05/24/2024}}
RESULTS
  EGFR   exon 19 del p.E746_A750del   VAF 31%   Tier IA (osimertinib)
  TP53   p.R273H                      VAF 28%
  ALK, ROS1, RET, MET ex14, KRAS G12C: not detected
  TMB 3 mut/Mb (low); MSI-stable
Germline implication: none flagged. Matched trial: NCT05512794 (phase 2).
Electronically signed: {{NAME:Ruth Ann Kessler}}, PhD, FACMG, Laboratory Director  {{DATE:05/24/2024}}
CLIA 22D2218834 | CAP 8871205`,
  `GENETIC COUNSELING - INITIAL VISIT (video)
Proband: {{NAME:Shoshana Levi-Brandt}}   DOB {{DATE:3/9/1984}}   MRN {{MRN:5508813}}   Date {{DATE:June 4, 2024}}
GC: {{NAME:Tamsin O'Rourke}}, MS, CGC    Ref: Dr. {{NAME:Ahn}} (breast surgery)
Reason: Ashkenazi Jewish ancestry, L breast TNBC dx age 39.
PEDIGREE (3 gen, by report)
 I-1  MGF {{NAME:Isaac Brandt}}  pancreatic ca dx 71, d. 1998
 I-2  MGM {{NAME:Miriam}}  living, {{AGE:96}}, no cancer
 II-2 mother {{NAME:Deborah Levi}} (nee {{NAME:Brandt}})  ovarian ca dx 58, d. 2016
 II-3 mat aunt {{NAME:Ruth Brandt Kaplan}}  breast ca dx 44, lives in {{LOCATION:Haifa}}
 II-1 father {{NAME:Avi Levi}}  prostate ca dx 66, Gleason 3+4
 III-2 brother {{NAME:Noam}}, 36, healthy;  III-3 sister {{NAME:Talia}}, 33, healthy
Test: 84-gene panel, {{FACILITY:Cordance Genomics}}, kit {{ID:CG-KT-77102}}
Result: BRCA1 c.68_69delAG pathogenic. No VUS.
Plan: family letter for cascade testing; {{NAME:Talia}} asked that it go to {{EMAIL:tlevi.brandt@fastmail.com}}.
Discussed RRSO by 35-40 per NCCN, MRI screening, PARP inhibitor eligibility.
{{NAME:T. O'Rourke}}, CGC`,
  `SURVIVORSHIP CARE PLAN  (copy to patient and PCP)
Name: {{NAME:Gwendolyn}} "{{NAME:Wendy}}" {{NAME:Ashcroft}}   DOB: {{DATE:September 28, 1962}}   MRN: {{MRN:A0093371}}
Prepared {{DATE:10/02/2024}} by {{NAME:Imani Caldwell}}, APRN, {{FACILITY:Sister Thea Bowman Cancer Survivorship Program}}
DIAGNOSIS: Hodgkin lymphoma, classic, nodular sclerosis, stage IIA, dx {{DATE:11/2022}}
TREATMENT: ABVD x 4 cycles ({{DATE:12/2022}}-{{DATE:05/2023}}); ISRT 30 Gy to mediastinum completed {{DATE:7/14/23}}
Port removed {{DATE:8/30/23}}. Last PET Deauville 1.
LATE EFFECTS TO WATCH: bleomycin lung toxicity, doxorubicin cardiomyopathy (echo q2-5y),
hypothyroidism (TSH yearly), breast cancer risk after chest RT - annual MRI + mammogram from age 40.
FOLLOW-UP: H&P + labs q6 mo x 2 yr at our clinic; PCP {{NAME:Rafael Quintero-Soto}}, MD,
{{FACILITY:Eastgate Internal Medicine}}, {{PHONE:(602) 555-0138}}.
SUPPORT: Gilda's Club groups; return to work at {{FACILITY:Sonoran Unified School District}} (3rd grade teacher)
discussed, letter given.
Questions: {{EMAIL:survivorship.nurse@sistertheacancer.org}} or {{PHONE:(602) 555-0111}}`,

  `FINANCIAL NAVIGATION NOTE
Pt: {{NAME:Ramirez Villanueva, Esperanza}}  MRN {{MRN:30177458}}  HAR {{ACCOUNT:7712049981}}
Seen in infusion chair 9 w/ daughter {{NAME:Yesenia}} (interprets, pt prefers Spanish; declined staff interpreter).
Ins: Medicaid managed care (Sunflower plan) ID {{HEALTH_PLAN:KS4471920063}}; secondary none.
Issue: pt rec'd bill $2,318.40 for DOS {{DATE:08/06/2024}} (Neulasta Onpro J2506), claim {{ACCOUNT:CLM-24-8813006}}
denied as "not medically necessary". Called plan, rep "{{NAME:Tiffany}}", ref {{ID:CR-00741152}}: resubmit with
ANC nadir documentation. Done, appeal faxed to plan.
Household: 3, income ~ $31k, works cleaning at {{FACILITY:Prairie Crest Hotel}} in {{LOCATION:Wichita}}, lost hours.
Applied: hospital charity care (approved 100% retro to {{DATE:6/1/24}}, letter mailed to
{{ADDRESS:3318 S Hydraulic Ave, Lot 41}}, {{LOCATION:Wichita}}, KS {{ZIP:67216}}); gas cards x4 issued;
referred to Cancer Council of Kansas emergency fund.
Daughter cell {{PHONE:316-555-0180}}, ok to text. Next touchpoint C4 ({{DATE:9/17}}).
{{NAME:Oluwaseun Adebayo-Hart}}, CHW / Financial Navigator, ext {{PHONE:5-6620}}`,
  `Crestline Patient Access Foundation
Patient Services 1-800-555-0199  |  Fax 1-800-555-0198  |  Mon-Fri 9-7 ET

{{DATE:August 19, 2024}}

Mr. {{NAME:Desmond Achterberg}}
{{ADDRESS:77 Cobblestone Ct}}
{{LOCATION:Bloomington}}, IN {{ZIP:47401}}

RE: Grant Approval - Multiple Myeloma Fund
Grant ID: {{ID:CPAF-MM-2024-118377}}     Patient DOB: {{DATE:01/04/1953}}

Dear Mr. {{NAME:Achterberg}}:
We are pleased to tell you that your application for copay assistance has been approved for
up to $12,500 for the period {{DATE:08/15/2024}} through {{DATE:08/14/2025}}. This grant may be used
for out-of-pocket costs of lenalidomide (Revlimid), daratumumab and dexamethasone under your
Medicare Part D plan (member ID {{HEALTH_PLAN:1EG4-TE5-MK72}}).
Your specialty pharmacy, {{FACILITY:Hoosier Specialty Rx}}, and your provider, {{NAME:Kavita Menon}}, MD
of {{FACILITY:Monroe Hematology Oncology}}, have been sent a copy. Claims should be submitted within 90 days.
Sincerely,
Patient Services Team`,
  `PALLIATIVE CARE - FAMILY MEETING NOTE
Pt: {{NAME:Bartholomew Kiplagat}}  {{AGE:91}} yo M   MRN {{MRN:2031-77-409}}   {{FACILITY:Ellison 8}} MICU bed 4
Date: {{DATE:11/07/2024}}  Start 1400, end 1515.
Present: wife {{NAME:Mercy Kiplagat}} (HCP), son {{NAME:Daniel}} (by phone from {{LOCATION:Nairobi}}),
daughter {{NAME:Faith Otieno}}, Pastor {{NAME:Gideon Mwangi}} of {{FACILITY:Redeemer Kenyan Fellowship}},
MICU attending Dr. {{NAME:Ostrowski}}, RN {{NAME:Carla}}, palliative {{NAME:Weinberg}}/{{NAME:Liu}}, SW {{NAME:Ama}}.
Medical update: metastatic gastric adenocarcinoma (Virchow node on presentation), now w/ malignant
bowel obstruction, aspiration PNA, on 6 L NC, pressor weaned this AM. PPS 20%. Not a candidate for
further chemo per Dr. {{NAME:Hashemi}} (onc).
Values: pt had told family "don't keep me on machines"; faith important, wants to die w/ prayers.
Decisions: DNR/DNI confirmed (POLST completed), transition to comfort-focused care, venting G-tube
per IR, hospice eval for GIP vs home. {{NAME:Daniel}} flying in, arriving {{DATE:11/9}}.
Family updated; {{NAME:Mercy}} cell {{PHONE:(651) 555-0134}}.
{{NAME:Naomi Weinberg}}, MD, Palliative Medicine   75 min, >50% counseling`,
  `HOSPICE ADMISSION - RN CASE MANAGER
Agency: {{FACILITY:Bluestem Valley Hospice}}   Admit: {{DATE:12/02/2024}}   Level of care: routine home care
Pt: {{NAME:Lorraine Quigley-Pham}}   DOB {{DATE:04/21/1940}}   Medicare {{HEALTH_PLAN:7PK2-XR9-JN15}}
Address: {{ADDRESS:540 Tamarack Rd}}, {{LOCATION:Grand Marais}}, MN {{ZIP:55604}} (gravel drive, blue mailbox)
Terminal dx: pancreatic adenocarcinoma s/p Whipple 2022, recurrence w/ liver mets; declined further chemo.
Certifying MD: {{NAME:Abdirahman Warsame}}, MD (hospice med dir) + attending {{NAME:Ellen Voight}}, MD.
PPS 40%, eats bites only, wt 46 kg (from 58 kg in {{DATE:6/2024}}). Sacral stage 2, foam dsg.
Pain 6/10 RUQ: oxycodone ER 20 mg q12h + oxyIR 5-10 mg q2h prn, lorazepam 0.5 mg prn, senna.
Comfort kit ordered from {{FACILITY:North Shore Drug}}, delivery by 1700.
DME: hospital bed + overlay, O2 concentrator (serial {{DEVICE:EV7-5521048}}) from {{FACILITY:Arrowhead Medical Supply}}.
Caregivers: husband {{NAME:Vinh}} (age 86) and niece {{NAME:Brianna Quigley}}, {{PHONE:218-555-0176}}.
Spiritual: Lutheran, {{FACILITY:Bethlehem Lutheran Church}}, Pastor {{NAME:Sorensen}} to visit.
Funeral pref: {{FACILITY:Cook County Funeral Chapel}}. DNR/POLST on fridge.
Visit freq RN 2w4, HHA 3w, SW/chaplain per IDG.
{{NAME:Kristin Aalto}}, RN CM  {{DATE:12/02/2024 15:40}}`,
  `BEREAVEMENT CONTACT NOTE
Deceased: {{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Brennan}}   DOD {{DATE:01/18/2025}}   Hospice pt #{{MRN:BVH-20431}}
Bereaved: {{NAME:Maureen Brennan}} (wife, 79)   Risk screen: moderate (lives alone, prior loss of son 2019)
Contact type: phone, 30-day call. {{DATE:2/17/25 1030}}.
{{NAME:Maureen}} states "the house is so quiet." Sleeping 4-5 h, eating 1-2 meals, no SI, denies
alcohol use. Daughter {{NAME:Colleen}} visits from {{LOCATION:Scranton}} on weekends. Attends 8 am Mass at
{{FACILITY:St. Casimir Parish}}. Interested in "Widowed, Not Alone" group Tuesdays at our office in
{{LOCATION:Carbondale}}, {{ADDRESS:19 N Main St, 2nd fl}}.
Mailed: grief packet #2, "Understanding Your Grief" booklet, memorial service invite ({{DATE:April 6, 2025}} at
{{FACILITY:Lackawanna Valley Hospice House}} chapel).
Plan: 60-day call; letters at 3, 6, 9, 13 mo per bereavement plan.
{{NAME:Theodora Kyriakou}}, MSW, Bereavement Coordinator  {{PHONE:(570) 555-0129}}`,
  `DEATH CERTIFICATE WORKSHEET (for certifier - not the legal record)
1. Decedent legal name: {{NAME:Augustin Obi Nwachukwu}}     AKA: {{NAME:Gus Nwachukwu}}
2. Sex: M   3. SSN: {{SSN:518-40-2297}}   4. Age: 67   5. DOB: {{DATE:10/03/1957}}
6. Birthplace: {{LOCATION:Enugu}}, Nigeria
7. Residence: {{ADDRESS:2906 Elmhurst Ave, Apt 12}}, {{LOCATION:Columbus}}, OH {{ZIP:43211}}; county: {{LOCATION:Franklin Co}}
8. Marital: married   Spouse: {{NAME:Chiamaka Nwachukwu}}
9. Father: {{NAME:Emmanuel Nwachukwu}}   Mother (maiden): {{NAME:Grace Eze}}
10. Informant: {{NAME:Chiamaka Nwachukwu}}, wife, {{PHONE:614-555-0153}}
11. Place of death: inpatient, {{FACILITY:Olentangy Riverside Hospital}}, {{FACILITY:Mathers 5}}
12. Date of death: {{DATE:02/26/2025}}   Time pronounced: 0347   Pronounced by: {{NAME:Yuki Tanabe}}, RN
13. Usual occupation: civil engineer; employer {{FACILITY:Brightline Bridge & Steel}}
14. Cause of death Part I: a) metastatic renal cell carcinoma (months)  b) clear cell RCC, L kidney (3 yr)
    Part II: CKD stage 3b, HTN.  Tobacco: no.  Autopsy: no.  ME notified: no (natural death)
15. Disposition: burial, {{FACILITY:Maple Knoll Cemetery}}; funeral home {{FACILITY:Oduya & Sons Funeral Home}},
    director {{NAME:Kwame Oduya}}, lic {{LICENSE:FD-0041982}}
16. Certifier: {{NAME:Lars Henrikson}}, MD, NPI {{LICENSE:1093847756}}   Date signed: {{DATE:2/26/25}}`,
  `[Secure Chat] 5W HemOnc - Pt {{NAME:Khoury, Nadine}} (rm 5112)
{{DATE:03/09/2025}}
19:02 {{NAME:Jess Albright}} RN: hey is this the covering resident for {{NAME:khoury}}? T 38.6, HR 118, BP 96/58. ANC this am 0.1 (C1D12 of 7+3)
19:03 {{NAME:Arjun Mehta}} MD (PGY2): yes me. cultures x2 incl from hickman lumen + periph, UA, CXR. start cefepime 2 g now pls
19:04 {{NAME:Jess Albright}} RN: ok. pt also c/o sore throat, mucositis gr 2
19:05 {{NAME:Arjun Mehta}} MD: add magic mouthwash. 1 L LR bolus. I'll come see her
19:31 {{NAME:Jess Albright}} RN: cefepime in at 1920. BP 104/62 after bolus. mom ({{NAME:Samira}}) asking for update, she's at {{FACILITY:Kellogg House}} across the street, room phone not answering, her cell is {{PHONE:(616) 555-0107}}
19:33 {{NAME:Arjun Mehta}} MD: will call her. fyi fellow {{NAME:Obuya}} aware, pager {{PHONE:4417}}
19:58 {{NAME:Jess Albright}} RN: lactate 1.6. thx {{NAME:AM}}
-- chat exported to chart by {{NAME:jalbright}} {{DATE:3/9/25 2004}}`,
  `ONCOLOGY PHARMACY - CHEMOTHERAPY ORDER VERIFICATION
Pt: {{NAME:Szymanski, Wladyslaw}}   MRN {{MRN:66120493}}   Wt 82.4 kg  Ht 178 cm  BSA 2.01   Age 74
Order #{{ID:CH-0719228}}  Protocol: R-CHOP-21, cycle 3, day 1 - scheduled {{DATE:Wednesday 04/16/2025}}
Prescriber: {{NAME:Ngozi Adeyemi-Lowe}}, MD   DEA {{LICENSE:BA7724190}}
Dx: DLBCL, GCB type, stage III, IPI 3. Hep B core Ab neg ({{DATE:1/28/25}}). Echo EF 60% ({{DATE:2/3/25}}).
Check               Ordered          Calc             Var
rituximab 375/m2    750 mg           753.75 mg        -0.5%  OK
cyclophosphamide    1500 mg          1507.5 mg        OK
doxorubicin 50/m2   100 mg           100.5 mg         OK  (cum 300 mg/m2 after this dose)
vincristine 1.4/m2  2 mg (capped)    2.81 mg          cap OK, mini-bag
prednisone 100 mg PO D1-5: rx sent to {{FACILITY:Conant Street Pharmacy}} in {{LOCATION:Hamtramck}}
Labs {{DATE:4/15}}: ANC 2.3, plt 188, Tbili 0.9, Cr 1.0. Pegfilgrastim on-body injector applied D1.
Interaction: none w/ home amlodipine, tamsulosin.
Verified: {{NAME:Hye-jin Cho}}, PharmD, BCOP  {{DATE:04/15/2025 16:12}}   2nd check: {{NAME:D. Farrugia}}, PharmD`,
  `INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Procedure: R IJ single-lumen chest port placement (CPT 36561), US + fluoro guided
Patient: {{NAME:Adaeze Ibekwe-Thornton}}    MRN: {{MRN:5300-1887}}    DOB: {{DATE:5/30/1979}}
Date: {{DATE:01/10/2025}}    Operator: {{NAME:Connor MacLeod}}, MD    Assist: {{NAME:Priscila Duarte}}, RT
Indication: triple-negative breast ca, neoadjuvant KEYNOTE-522 regimen (pembro + carbo/paclitaxel).
Sedation: moderate, midazolam 2 mg + fentanyl 100 mcg, 28 min, RN {{NAME:Hollister}} monitored.
Device: 8 Fr power-injectable port, lot 24J118 (exp 2027-09), serial {{DEVICE:PVX88-2301947}}, catheter tip at cavoatrial
junction on fluoro. Implant card given to pt, registered with manufacturer.
EBL < 5 mL. No PTX on post-procedure fluoro. Dermabond + steri-strips.
Port may be accessed immediately. First infusion at {{FACILITY:Cassidy Pavilion}} {{DATE:1/13}}.
Follow-up: IR clinic prn, call {{PHONE:(412) 555-0190}}.
{{NAME:C. MacLeod}}, MD   {{DATE:01/10/2025 11:47}}`,
  `BMT CONSULT - ALLOGENEIC TRANSPLANT EVALUATION
Pt: {{NAME:Tran Thi Ngoc Anh}} ("{{NAME:Annie}}")   MRN {{MRN:TX-90017735}}   DOB {{DATE:02.08.1990}}
Referred by: Dr. {{NAME:Oyelowo}}, {{FACILITY:Cedar Rapids Cancer Associates}}  Seen {{DATE:3/20/2025}}
Dx: AML w/ FLT3-ITD (allelic ratio 0.6), NPM1 wt, complex karyotype 47,XX,+8,del(5q) - adverse risk (ELN 2022).
CR1 after 7+3 + midostaurin ({{DATE:Feb 2025}} marrow MRD neg by flow, accession {{ID:FC25-03318}}).
Donor search:
 - sibling {{NAME:Tran Minh Khoa}} (brother, 37) in {{LOCATION:Da Nang}}: HLA typing kit mailed, ref {{ID:HLA-KT-55021}}
 - sister {{NAME:Tran Thi Mai}} (31) in {{LOCATION:Des Moines}}: typed, haploidentical 5/10
 - registry: 3 potential 8/8 MUD, top donor {{ID:NMDP-3318-4470-2}}
Caregiver plan: husband {{NAME:Bao Nguyen}} + mother; will need to relocate within 30 min for 100 days,
{{FACILITY:Ronald Haines Family Lodge}} waitlist.
Plan: proceed toward MAC allo HCT; gilteritinib maintenance post-transplant. Pt coordinator {{NAME:Rhiannon Beck}}, RN.
{{NAME:Ibrahim Solano}}, MD, Transplant & Cellular Therapy`,
  `{{FACILITY:Loring-Okafor Children's Hospital}}  Division of Pediatric Hematology/Oncology
{{ADDRESS:1400 W Fullerton Pkwy}}, {{LOCATION:Evanston}}, IL {{ZIP:60201}}   Tel {{PHONE:(847) 555-0125}}   Fax {{FAX:(847) 555-0126}}

{{DATE:September 3, 2024}}

To: School Nurse and 2nd Grade Team, {{FACILITY:Lincolnwood Elementary School}}
RE: {{NAME:Mateo Alejandro Ruiz-Brennan}}, DOB {{DATE:04/12/2017}}

{{NAME:Mateo}} is being treated for a Wilms tumor (favorable histology, stage II) and had a left
nephrectomy in {{DATE:July 2024}}. He is receiving chemotherapy (vincristine and dactinomycin, regimen EE-4A)
through a central line (Broviac) until about {{DATE:December 2024}}.
Please:
 - call his mother, {{NAME:Lucia Ruiz}}, at {{PHONE:(773) 555-0144}} the same day for any case of chickenpox
   or measles in his class;
 - allow water bottle and bathroom as needed; no contact sports (single kidney);
 - temperature 38.0 C or above: call parent, do NOT give Tylenol first.
Absences on clinic days (most Tuesdays) are medically necessary.
Sincerely,
{{NAME:Hannah Ostergaard}}, MD, Pediatric Oncology          {{NAME:Joaquin Ferrer}}, RN, school liaison`,
  `ONCOFERTILITY REFERRAL - URGENT (chemo starts in 12 days)
From: {{NAME:Rebecca Strand-Oyelaran}}, NP, AYA Oncology   To: {{FACILITY:Midwest Reproductive Partners}}, Dr. {{NAME:Vashti Coombs}}
Sent {{DATE:10/21/2024 09:14}} via fax {{FAX:312-555-0170}}
Pt: {{NAME:Jordan Mwale-Fischer}}, 24 yo, pronouns they/them, assigned F at birth. MRN {{MRN:01-774-2291}}
Dx: Ewing sarcoma L femur, localized. Plan VDC/IE interval compressed x 14 cycles starting {{DATE:11/2}}.
AMH 3.1, on no hormones currently (paused testosterone {{DATE:9/2024}}).
Pt wishes oocyte cryopreservation; partner {{NAME:Sasha Ibarra}} supportive.
Insurance: BlueCross PPO, member {{HEALTH_PLAN:XQB902214477}}; state fertility preservation mandate applies.
Livestrong-type discount program info given. Pt email {{EMAIL:jmwalefischer@protonmail.com}}, cell {{PHONE:312-555-0131}}.
Please call our AYA nurse line {{PHONE:(312) 555-0102}} if start cannot occur by {{DATE:10/25}}.
-{{NAME:RSO}}`,
  `RESEARCH NOTE - CLINICAL TRIAL ENROLLMENT
Study: Phase 3 randomized trial of adjuvant ctDNA-guided therapy in stage II colon cancer (NCT05719342),
protocol A022104.  Site: {{FACILITY:Tidewater Oncology Research Unit}}
Participant: {{NAME:Bernadette Kowalski}}   MRN {{MRN:77-30-1194}}   Subject ID: {{ID:A022104-0317-014}}
Consent: version 4.0 (IRB approved), obtained {{DATE:11/12/2024}} 1020-1105 by
{{NAME:Sunil Varadarajan}}, MD and CRC {{NAME:Tonya Bledsoe}}. Pt read entire document, teach-back done,
questions answered re: randomization, blood draws q3 mo. Daughter {{NAME:Kim}} present.
Optional biobank: YES.  Future contact: YES.  HIPAA authorization signed.
Copy of signed consent given to pt. Eligibility checklist verified by {{NAME:TB}}, second check {{NAME:SV}}.
Randomized {{DATE:11/13/24}} via OPEN: Arm B (ctDNA-directed). Randomization ID {{ID:RND-88120557}}.
Research labs drawn (kit lot 2211, not billed to pt). Next visit cycle 1 day 1.`,
  `TELEHEALTH VISIT - VIDEO  (audit trail appended)
Provider: {{NAME:Efua Mensah-Lindgren}}, MD, Thoracic Oncology     Pt: {{NAME:Gideon Halvorsen-Yates}}
DOB {{DATE:07/07/1948}}   MRN {{MRN:4409-2275}}   Visit {{DATE:01/22/2025 1330}}
Pt located at home in {{LOCATION:Rapid City}}, SD; provider at {{FACILITY:Sioux Falls Regional Cancer Center}}.
Identity verified w/ DOB + photo on file ({{PHOTO:pt_photo_4409-2275_2023.jpg}}).
S: on osimertinib 80 mg daily since {{DATE:9/2024}}, mild paronychia, diarrhea 1-2x/day. Breathing better.
O: appears well on video, no distress, speaking full sentences.
A/P: EGFR+ NSCLC, partial response on CT {{DATE:1/15/25}}. Continue. Derm referral. CT in 3 mo.
--- session log ---
join pt  {{DATE:01/22/2025 13:28:41}}  ip {{IP:203.0.113.58}}   device: iPad
join md  {{DATE:01/22/2025 13:30:02}}  ip {{IP:198.51.100.17}}
audio drop 13:41, reconnected 13:42
end      {{DATE:01/22/2025 13:52:10}}
Time: 22 min. Consent for telehealth on file. -{{NAME:EML}}`,
  `CELLULAR THERAPY - LEUKAPHERESIS COLLECTION RECORD
Pt: {{NAME:O'Shaughnessy, Declan P.}}   MRN {{MRN:00-552-9183}}   DOB {{DATE:1/19/1964}}   Wt 88 kg
Product: autologous T cells for axi-cel (Yescarta) manufacture
Chain of identity (COI): {{ID:COI-KP-24-7713096}}     Apheresis ID (DIN): {{ID:W0421 24 118834 7}}
Collection date: {{DATE:06/05/2024}}  Start 0738  End 1212   Spectra Optia, machine 3 (not pt-specific)
Access: R IJ trialysis catheter placed {{DATE:6/4}} by IR. Pre-CBC: WBC 4.1, ALC 0.9, plt 121.
Processed 12.1 L (2.6 TBV). ACD-A 1:12. Ca gluconate drip for perioral tingling x1 @ 1005.
Product labeled and verified at bedside by {{NAME:Ayesha Qureshi}}, RN and {{NAME:Brandon Tolliver}}, MT (ASCP),
shipped via courier {{FACILITY:ColdLink Logistics}}, tracking {{ID:1Z9X48W70312887445}}.
Bridging: none planned. Lymphodepletion flu/cy target {{DATE:6/24}}; CAR-T infusion day 0 {{DATE:6/29}}.
Pt must stay within 2 h of {{FACILITY:St. Wenceslas Medical Center}} x 4 wk; staying w/ sister {{NAME:Aoife}} in {{LOCATION:Aurora}}.
Cell therapy coordinator: {{NAME:Marguerite Ostby}}, {{PHONE:303-555-0115}}`,
  `MyChart message thread - Oncology
From: {{NAME:Priyanka Deshmukh}} (patient)   Sent: {{DATE:Mon 02/10/2025 10:47 PM}}
Subject: mouth sores + question about next cycle
Hi Dr {{NAME:Lambert}}, this is {{NAME:Priyanka}}. since the docetaxel last week my mouth is really sore and my nails
are turning dark. I can still eat soft stuff. Is it still ok to do cycle 4 on {{DATE:2/24}}? also my husband {{NAME:Rohan}}
can't drive me that day, can I get the ride thing again? thank you
---
From: {{NAME:Lindsey Carver}}, RN   Sent: {{DATE:02/11/2025 08:22 AM}}
Hi {{NAME:Priyanka}} - sorry you're uncomfortable. Mucositis and nail changes are common w/ docetaxel (Taxotere).
Use the salt/baking soda rinse 4x/day, avoid spicy/acidic foods. We sent "magic mouthwash" to {{FACILITY:Wade Avenue Pharmacy}}.
Dr. {{NAME:Lambert}} will assess before C4; frozen gloves/socks can help the nails.
Ride: I've asked {{NAME:Marcus}} in social work to book {{FACILITY:Triangle MedRide}} for {{DATE:2/24}} pickup 0745 from
{{ADDRESS:6120 Brookline Ter}}. Reply if that's not right.
If temp 100.4 or higher call {{PHONE:(919) 555-0187}} right away, 24/7.
---
From: {{NAME:Priyanka Deshmukh}}   Sent: {{DATE:02/11/2025 9:03 AM}}
address is right, thank you!!`,
  `BlueRidge Health Plan - Utilization Management
PRIOR AUTHORIZATION DETERMINATION                    Date: {{DATE:March 7, 2025}}
Member: {{NAME:Cordelia Fairbanks-Nwosu}}     Member ID: {{HEALTH_PLAN:BRH-88120459-02}}     DOB: {{DATE:08/30/1959}}
Requesting provider: {{NAME:Tomasz Wierzbicki}}, MD  NPI {{LICENSE:1558371024}}   {{FACILITY:Piedmont Hem-Onc Group}}
Servicing facility: {{FACILITY:Piedmont Hem-Onc Group}} - Infusion, {{LOCATION:Greenville}}, SC
Request: trastuzumab deruxtecan (Enhertu) J9358, 5.4 mg/kg q3w, ICD-10 C50.911, C78.00
Authorization #: {{ID:PA-2503-0071146}}   Status: APPROVED   Units: 8 administrations
Valid {{DATE:03/10/2025}} through {{DATE:09/09/2025}}
Criteria met: HER2-low (IHC 1+) metastatic breast cancer after prior chemotherapy in the metastatic setting.
Note: baseline and q6-wk pulmonary symptom assessment recommended (ILD risk).
Questions: Provider Services 1-800-555-0166, option 3. Peer-to-peer not required.
Reviewed by: {{NAME:Anita Kovalenko}}, PharmD, clinical pharmacist reviewer
cc: member at address on file`,
  `CERTIFICATION OF HEALTH CARE PROVIDER - EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA)
Section I (employer): {{FACILITY:Granite State Paper Co}}, HR contact {{NAME:Deb Fortin}}, {{PHONE:(603) 555-0121}}
Employee: {{NAME:Raymond J. Thibodeau}}   Employee #: {{ID:E-004417}}   Job: forklift operator, 2nd shift
Section III (provider):
Provider: {{NAME:Shira Abramowitz}}, MD, Medical Oncology, {{FACILITY:Concord Oncology & Hematology}}
{{ADDRESS:250 Pleasant St, Suite 3}}, {{LOCATION:Concord}}, NH {{ZIP:03301}}   Fax {{FAX:(603) 555-0147}}
Condition began: {{DATE:01/06/2025}} (dx rectal adenocarcinoma). Probable duration: ~12 months.
Treatment: total neoadjuvant therapy - FOLFOX x 8 (q2w) then chemoradiation with capecitabine (5 wk),
then surgery (LAR) anticipated {{DATE:Sept 2025}}.
Continuous leave from surgery date x 6-8 wk. Intermittent leave now: 1-2 days every 2 wk for infusion + pump
disconnect, flare-ups (fatigue, neuropathy, diarrhea) est. 2 episodes/mo, 1-2 days each.
No lifting >20 lb while port accessed. Forklift ok when not on oral chemo days w/ dizziness.
Signature: {{NAME:S. Abramowitz}}, MD     Date: {{DATE:1/31/2025}}`,
  `HOME HEALTH REFERRAL / FACE-TO-FACE ENCOUNTER
To: {{FACILITY:Cumberland Visiting Nurses}}   Fax {{FAX:(207) 555-0163}}   Referral date {{DATE:04/02/2025}}
Patient: {{NAME:Philippa Larrabee}} ("{{NAME:Pip}}")   DOB {{DATE:11/11/1944}}   MRN {{MRN:ME-2290418}}
Address: {{ADDRESS:14 Shore Acres Rd}}, {{LOCATION:Cape Elizabeth}}, ME {{ZIP:04107}}   Home {{PHONE:207-555-0149}}
Primary caregiver: partner {{NAME:Joan Dyer}}
F2F encounter {{DATE:3/31/25}} with {{NAME:Lucas Beaulieu}}, NP, {{FACILITY:Casco Bay Oncology}}.
Dx: ovarian ca (high-grade serous, BRCA wt), platinum-resistant recurrence; malignant ascites.
Homebound: severe fatigue, ambulates 15 ft with walker, leaves home only for medical appts w/ taxing effort.
Services: SN for PleurX peritoneal drain mgmt (drain up to 1 L MWF; supplies from {{FACILITY:Northeast Medical Supply}}),
pain/symptom assessment, med teaching (weekly paclitaxel); PT eval fall risk; MSW for ACP / hospice readiness.
Drain placed {{DATE:3/28}}, catheter serial {{DEVICE:PX-2531870}}.
Orders signed: {{NAME:Lucas Beaulieu}}, NP   NPI {{LICENSE:1730492285}}`,
  `SPIRITUAL CARE - CHAPLAIN VISIT
Pt: {{NAME:Sione Fifita}}   58 M   rm 4B-12, {{FACILITY:Kalani Wing}}   {{DATE:05/14/2025 1520}}
Referral: RN {{NAME:Leilani}}; pt tearful after scan results (metastatic HCC, progression on atezo/bev).
Present: wife {{NAME:Mele}}, daughters {{NAME:'Ana}} and {{NAME:Losaline}}, and pt's mother ({{AGE:93}}), who speaks
Tongan only; daughter interpreted.
Faith: Free Wesleyan; home church {{FACILITY:Siasi Uesiliana Hayward}}; Rev. {{NAME:Tevita Havili}} called, will visit tonight.
Assessment: spiritual distress re "letting the family down" as provider; strong faith resources and family
presence. Explored meaning, prayed together, family sang a hymn in Tongan.
Pt wants to return to {{LOCATION:Nuku'alofa}} if able; family aware of travel limits. SW {{NAME:Dolores}} looped in
re repatriation options.
Plan: f/u {{DATE:Friday 5/16}}; chaplain on call pager {{PHONE:3391}}.
Ch. {{NAME:Miriam Feld}}, BCC`,
  `ONCOLOGY SOCIAL WORK NOTE    {{DATE:06/03/2025}}
Pt {{NAME:Wilbur Tsosie}}, 61, MRN {{MRN:IHS-0048813}}, from {{LOCATION:Chinle}} ({{LOCATION:Navajo Nation}}), here for 28 fx of daily RT
(prostate, Gleason 4+3, 70 Gy/28 fx) + ADT (Eligard).
Lodging: room at {{FACILITY:Ahern Hope House}} confirmed {{DATE:6/8}} - {{DATE:7/18}}, no cost.
PRC authorization from IHS {{ID:PRC-25-11873}} covers RT; mileage for 2 home trips.
Transport: nephew {{NAME:Darrell Begay}} drives pt's pickup (white Ford F-150, plate {{VEHICLE:CKW4418}}); parking pass issued
for garage B. Gas cards x2.
Pt wishes traditional ceremony at home before starting, RT start moved to {{DATE:6/10}} per Dr. {{NAME:Yazzie-Monroe}}.
Daughter {{NAME:Shawna}} (cell {{PHONE:(928) 555-0104}}) is main contact; pt has no cell service at home.
Mailing: {{ADDRESS:PO Box 2271}}, {{LOCATION:Chinle}}, AZ {{ZIP:86503}}.
{{NAME:Renata Kwiatkowski}}, LCSW`,
  `MED ONC FOLLOW-UP (interpreter used)
Pt: {{NAME:Hodan Abdi Warsame}}   Age 52   MRN {{MRN:3318-2094}}   Visit {{DATE:07/08/2025}}
Interpreter: Somali, in person, {{NAME:Abdullahi}}, ID# {{ID:INT-2207}}. Also present: son {{NAME:Mohamed}}, husband {{NAME:Yusuf Ali}}.
Dx: HR+/HER2- breast ca, stage IV (bone only), letrozole + ribociclib 3 wk on/1 off since {{DATE:3/2025}}.
ECG {{DATE:7/1}}: QTc 438 ms. ANC 1.1 today -> reduce ribociclib 600 -> 400 mg.
Zoledronic acid q12 wk, next {{DATE:8/12}}. No jaw pain. Ca 9.4.
Pt asked whether she can fast during Ramadan next year - will revisit closer to time.
New address: {{ADDRESS:8831 Cedar Ave S, Apt 207}}, {{LOCATION:Bloomington}}, MN {{ZIP:55420}} - updated in registration.
Son's phone now primary: {{PHONE:612-555-0183}}.
RTC 4 wk with CBC/CMP. {{NAME:Marit Solberg}}, MD, {{FACILITY:Twin Lakes Oncology}}`,
  `ADVANCE CARE PLANNING - POLST COMPLETION
Patient: {{NAME:Eleanor Whitcombe-Diaz}}   DOB {{DATE:02/02/1934}}   Age {{AGE:91}}   MRN {{MRN:55019874}}
Date: {{DATE:08/19/2025}}   Setting: {{FACILITY:Maple Grove Senior Living}}, apt 212
Dx: CLL, Rai stage IV, transfusion-dependent; declined further BTK inhibitor.
A: DNR.  B: Selective treatment (no ICU, no intubation; IV abx ok; transfer only if comfort can't be met).
C: No artificial nutrition.
Discussed with pt (capacity intact, BIMS 14/15) and HCPOA daughter {{NAME:Gloria Diaz-Bell}} ({{PHONE:916-555-0170}});
son {{NAME:Robert Whitcombe}} joined by phone.  Witness: {{NAME:Pamela Nakashima}}, LVN.
Original pink form to pt; copy scanned; registry confirmation {{ID:POLST-CA-9928417}}.
Copy to PCP Dr. {{NAME:Khalsa}}, fax {{FAX:(916) 555-0131}}.
{{NAME:Desmond Achebe}}, MD, {{FACILITY:Sacramento Valley Palliative Associates}}`,
  `DEATH PRONOUNCEMENT NOTE
Called by RN {{NAME:Oksana Petrenko}} at 0212 to evaluate Mr. {{NAME:Fernando Alcantara Reyes}}, MRN {{MRN:91-22-4086}},
{{FACILITY:Gates 7}} rm 718, on comfort care since {{DATE:9/3}}.
Exam 0220: unresponsive to verbal and tactile stimuli; pupils fixed, dilated; no heart sounds x 1 min; no breath
sounds x 1 min; no carotid pulse.
Pronounced dead {{DATE:09/06/2025 02:20}}.
Cause: metastatic pancreatic adenocarcinoma (Trousseau syndrome this admission).
Family: daughter {{NAME:Marisol}} and son-in-law {{NAME:Kenji Watanabe}} at bedside; wife {{NAME:Rosario}} notified by
phone {{PHONE:(915) 555-0158}}, will come in.
Attending Dr. {{NAME:Reinholt}} notified 0235. ME not notified (expected death). Autopsy declined.
OPO referral called 0238, ref # {{ID:TX-GL-2509-44731}}: not an organ candidate; eye/tissue to call back.
Funeral home: {{FACILITY:Martinez-Lucero Funeral Home}}, {{LOCATION:El Paso}}. Fr. {{NAME:Ignatius Obi}} gave last rites at 0150.
{{NAME:Yaw Boateng}}, MD, PGY-3, Internal Medicine`,
  `AUTOPSY AUTHORIZATION - HOSPITAL (non-forensic)
Decedent: {{NAME:Thaddeus Okonjo-Marsh}}   MRN {{MRN:4418-0091}}   DOB {{DATE:3/3/1970}}   DOD {{DATE:10/14/2025}}
ME notified {{DATE:10/14/25 1610}} (death within 24 h of a procedure): case {{ID:ME-25-03317}}, investigator
{{NAME:R. Delgado}}; jurisdiction declined, body released to hospital.
Authorizing next of kin: {{NAME:Simone Okonjo-Marsh}} (spouse), relationship verified by ID.
NOK address: {{ADDRESS:407 Birchwood Dr}}, {{LOCATION:Shaker Heights}}, OH {{ZIP:44120}}; phone {{PHONE:216-555-0139}}.
Extent: complete, including brain. Retention of tissue for research: YES. Report to Dr. {{NAME:Fenwick}} and family.
Clinical question: sudden death on day +9 after CAR-T (CRS vs ICANS vs PE); Ommaya not present.
Requesting physician: {{NAME:Obinna Eze}}, MD     Witness: {{NAME:Harriet Solano}}, RN
Autopsy # {{ID:A25-0212}} assigned by pathology {{DATE:10/15/2025 0805}}.
Release after autopsy to {{FACILITY:Gilmore-Hartwell Funeral Service}}, {{PHONE:(216) 555-0186}}.`,
  `NEURO-ONCOLOGY CLINIC
{{NAME:Castellanos, Ignacio}}  ({{NAME:Nacho}})   MRN {{MRN:0338-7712}}   DOB {{DATE:Oct 9, 1969}}   seen {{DATE:11/04/2025}}
Dx: GBM, IDH-wildtype, MGMT unmethylated, R temporal, s/p GTR {{DATE:5/2025}} (Dr. {{NAME:Birnbaum}}), Stupp
(60 Gy/30 fx + TMZ) completed {{DATE:7/18/25}}, now adjuvant TMZ C4 + TTFields.
Optune device serial {{DEVICE:OPT-H4-0913275}}, usage 82% last month (goal >75%). Scalp: mild dermatitis under arrays.
Sz: none since levetiracetam 750 BID. KPS 80. Wife {{NAME:Lupe}} does array changes.
MRI {{DATE:10/30/25}}: stable postsurgical change, no new enhancement (RANO stable).
Driving: not cleared (seizure hx) - pt upset, wife drives.
Disability: SSDI application started; letter for employer {{FACILITY:Rio Grande Pipe & Supply}}.
Plan: C5 TMZ 200 mg/m2 d1-5 starting {{DATE:11/10}}; CBC d21; MRI q2 mo. Support group at {{FACILITY:Salcido Neuro Family Center}}.
{{NAME:Adeline Foucault}}, MD     scribe: {{NAME:JT}}`,
  `BRACHYTHERAPY - LDR PROSTATE SEED IMPLANT
Pt: {{NAME:Haruto Inoue}}   MRN {{MRN:P-22091847}}   DOB {{DATE:1956-04-14}}   Procedure date {{DATE:2025-03-21}}
Dx: adenocarcinoma prostate, Gleason 3+4=7 (Grade Group 2), PSA 7.8, cT1c, favorable intermediate risk.
Implant: I-125, 72 seeds / 24 needles, 0.42 mCi/seed (air kerma 0.533 U), prescription 145 Gy to prostate.
Seed lot 71-3318B (not patient specific). Foley in place for procedure, removed in PACU.
Team: rad onc {{NAME:Marguerite Delacroix}}, MD; urology {{NAME:Femi Adeyinka}}, MD; physicist {{NAME:Gustavo Pereira}}, PhD.
Post-implant survey: no seeds in bladder; room surveyed 0.2 mR/h; pt released.
Radiation precautions card given: no lap-holding of children or pregnant women for 2 mo. Wife {{NAME:Keiko}}.
Post-implant CT dosimetry {{DATE:4/18/25}} at {{FACILITY:Pacific Crest Radiation Oncology}}, {{LOCATION:Torrance}}.
Wallet card # {{ID:SEED-2503-118}} for airport detectors.
Dictated by {{NAME:M. Delacroix}}; typed {{NAME:ry}} {{DATE:3/21/25}}`,
  `HDR BRACHYTHERAPY - FRACTION 3 of 4
{{NAME:BEAUCHAMP, Yvette M}}   MRN {{MRN:20118836}}   {{DATE:Wed 08/27/2025}}
Dx: SCC cervix FIGO 2018 IIIC1r, s/p EBRT 45 Gy/25 fx + weekly cisplatin (finished {{DATE:8/15}}).
Applicator: Fletcher-Suit tandem (30 deg, 6 cm) + ovoids, inserted under spinal in OR 9 by Dr. {{NAME:Adeyemi}};
Foley w/ 7 cc contrast, vaginal packing. CT/MR-based plan; HR-CTV D90 7.0 Gy; bladder D2cc 4.9, rectum D2cc 3.6.
Ir-192 source, afterloader vault B. Timeout 1412 w/ {{NAME:Chen}} (physics), {{NAME:Okwu}} (RTT), {{NAME:Abara}} (RN).
Pt tolerated; PCA fentanyl for comfort, removed after. Sister {{NAME:Giselle}} to drive home to {{LOCATION:Lafayette}}.
Fx 4 scheduled {{DATE:9/3}}. Total EQD2 on track (~85 Gy).
Notes copied fwd from fx 2 ({{DATE:8/20}}) - ref as above; updated.
{{NAME:Solange Thibodeaux}}, MD, Radiation Oncology  |  physics check {{NAME:Wei Chen}}, MS, DABR {{DATE:08/27/2025 15:02}}`,
  `TUMOR REGISTRY ABSTRACT (NAACCR v24 summary view)
Registry accession: {{ID:2025-000418}}   Sequence: 00   Abstractor: {{NAME:L. Whitford}}, ODS
Patient: {{NAME:Ogunleye, Babatunde}}   SSN {{SSN:619-33-8042}}   DOB {{DATE:19650219}}   Sex 1   Race 02
Address at dx: {{ADDRESS:1029 Magnolia Bluff Rd}}, {{LOCATION:Macon}}, GA {{ZIP:31204}}
Reporting facility: {{FACILITY:Ocmulgee Medical Center}}   Med rec # {{MRN:OM-0093127}}
Date of dx: {{DATE:20250114}}   Primary site C18.7 sigmoid   Histology 8140/3   Grade 2
Class of case 14. Dx confirmation 1 (positive histology). Path report # {{ID:OSP-25-00215}}
Summary stage 2018: 3 (regional LN). AJCC 8: pT3 pN1a cM0 = IIIB.
First course: surgery 6230 ({{DATE:20250203}}), chemo 03 multi-agent (CAPOX start {{DATE:20250310}}).
Managing physician: {{NAME:Chukwuma Eze-Daniels}}, MD   NPI {{LICENSE:1245907733}}
Follow-up source: 1 (hospital). Vital status: alive as of {{DATE:20250901}}.`,
  `MULTIPLE MYELOMA CLINIC - RETURN VISIT
{{NAME:Aurelio Benedetti}}, 77 M  ({{NAME:Benedetti, A.}} on Rx labels)   MRN {{MRN:3061-4498}}   {{DATE:9/22/2025}}
Dx: IgG kappa MM, R-ISS II, t(4;14) by FISH, dx {{DATE:10/2023}}; s/p VRd x 6, not transplant candidate.
Now D-Rd: daratumumab SC q4w, lenalidomide 15 mg d1-21, dex 20 mg weekly.
Revlimid REMS: pt risk category adult male; survey done today, authorization # {{ID:RMS-77120945}},
Rx to {{FACILITY:Tri-County Specialty Rx}} (mail order, signature required).
SPEP: M-spike 0.2 g/dL (from 2.9). FLC ratio 1.8. Hgb 11.6, Cr 1.3. VGPR.
Bone: denosumab q4w, Ca 9.1; no new lytic lesions on WBLDCT {{DATE:9/2}}.
Neuropathy gr 1, no falls. Lives w/ wife {{NAME:Franca}} in {{LOCATION:Providence}}; grandson {{NAME:Luca}} helps w/ pills.
Zoster ppx acyclovir. Flu vaccine given today lot U7392AB.
RTC 4 wk. {{NAME:Helena Moreau-Sato}}, MD`,
  `MELANOMA CLINIC - NEW PATIENT
Pt: {{NAME:Kowalczyk-Reyes, Annika}}   DOB {{DATE:12/24/1988}}   MRN {{MRN:MEL-0415529}}   Date {{DATE:02/03/2025}}
Referring: {{NAME:Rowan Achebe}}, MD ({{FACILITY:Summit Dermatology of Boise}})
Dermpath {{ID:DP25-00871}} (Dr. {{NAME:Lindgren}}): invasive melanoma, superficial spreading type, L upper back,
Breslow 1.4 mm, Clark level IV, no ulceration, mitoses 3/mm2, deep margin involved on shave. pT2a.
Exam: healed bx site, no satellite or in-transit lesions, no axillary/inguinal adenopathy. Two atypical nevi
on R flank, to derm.
FHx: father {{NAME:Tadeusz}} melanoma age 60; paternal aunt pancreatic ca -> CDKN2A testing offered, accepted.
Social: river guide for {{FACILITY:Payette Whitewater Outfitters}} (heavy UV), nonsmoker; sister {{NAME:Ingrid}} lives in {{LOCATION:Oslo}}.
Plan: WLE 1-2 cm + SLNB with Dr. {{NAME:Okafor-Bell}} {{DATE:2/19}} at {{FACILITY:Treasure Valley Surgical Center}};
lymphoscintigraphy AM of surgery. If SLN+, discuss adjuvant nivolumab vs pembrolizumab.
Sun protection, UPF clothing, SPF 50 reapply q2h.
{{NAME:Tobias Renner}}, MD  |  cc {{NAME:R. Achebe}}, MD`,
  `NUTRITION - RD FOLLOW-UP (H&N RT week 5)
{{NAME:Quarles, Vernon}} ("{{NAME:Buddy}}")   61 M   MRN {{MRN:4472-1180}}   {{DATE:6/19/25}}
Dx: SCC L tonsil p16+, RT 70 Gy/35 fx (fx 23 today) + weekly cisplatin 40 mg/m2.
Wt 71.8 kg (UBW 84 kg in {{DATE:4/2025}}; -14.5%). Mucositis gr 3, dysgeusia, thick secretions.
Intake ~900 kcal/d: Ensure Plus x3 + mashed potatoes. Est needs 2100-2400 kcal, 100 g protein.
PEG placed {{DATE:6/16}} by IR (Dr. {{NAME:Hwang}}), 20 Fr, site clean.
Plan: Osmolite 1.5 via Kangaroo Joey pump (SN {{DEVICE:KJ2-0448177}}) 60 mL/h x 18 h nocturnal, 240 mL free water
flush QID; continue oral trials as able. Swallow exercises per SLP ({{NAME:Ashlyn}}).
Supplies via {{FACILITY:Apex Home Nutrition}} to {{ADDRESS:233 County Rd 14}}, {{LOCATION:Dodgeville}}, WI {{ZIP:53533}}.
Wife {{NAME:Darlene}} taught flushes, pump alarms; teach-back good.
Recheck wt at RT OTV {{DATE:Thu 6/26}}.
{{NAME:Mei-Ling Ochoa}}, RD, CSO  ext {{PHONE:6-3390}}`,
  `{{DATE:14 April 2025}}

Dr {{NAME:Anand Krishnaswamy}}
Sarcoma Unit, {{FACILITY:Royal Wentworth Orthopaedic Hospital}}
{{LOCATION:Birmingham}}, United Kingdom

Dear Dr {{NAME:Krishnaswamy}},
Re: Ms {{NAME:Oluwakemi Adesanya}}, DOB {{DATE:03.11.1992}}, our ref {{MRN:HSC-7730119}}, passport {{ID:A07733941}}

Thank you for seeing this 32-year-old research chemist with a 9 cm high-grade myxofibrosarcoma of the right
thigh (FNCLCC grade 3), diagnosed on core biopsy {{DATE:2 April 2025}} (ref {{ID:CB25-1187}}). MRI shows a deep
lesion abutting the SFA; CT chest shows two sub-centimetre indeterminate nodules.
She will be in {{LOCATION:Birmingham}} with her brother {{NAME:Tunde}} from {{DATE:22 April}}; her mobile is {{PHONE:+1 713 555 0119}}.
Blocks A1-A4 and slides were couriered, waybill {{ID:4471093826}}.
We would value your opinion on neoadjuvant RT versus upfront resection.

Yours sincerely,
{{NAME:Eduardo Villasenor}}, MD, Musculoskeletal Oncology
{{FACILITY:Gulf Coast Sarcoma Center}}, {{LOCATION:Houston}}, TX  |  {{EMAIL:evillasenor@gulfcoastsarcoma.org}}`,
  `SURG ONC PROGRESS NOTE   POD#3 s/p pylorus-preserving Whipple
{{NAME:Lindqvist, Harald}}  68M   {{FACILITY:Coulter 9}} bed 14   MRN {{MRN:70023418}}   {{DATE:10/08/2025}}
S: +flatus, no BM. Pain 3/10 on hydromorphone PCA, wants to wean. Ambulated x3.
O: T 37.4 HR 88 BP 132/74. Abd soft, incision c/d/i. JP #1 serosang 110 mL, drain amylase 210 (POD1 1450).
NGT out yesterday. WBC 11.2, Hgb 9.8, Cr 0.9, glucose 168.
Path pending; frozen: PDAC, margins neg (Dr. {{NAME:Whitfield}}).
A/P:
 - clears -> fulls; Creon 36k w/ meals once eating
 - SSI insulin; endocrine f/u
 - JP out POD5 if amylase stays low
 - SQ heparin, SCDs, IS
 - dispo home w/ wife {{NAME:Ingeborg}} ~POD7, VNA via {{FACILITY:Lakeland Home Care}}
Daughter {{NAME:Kari}} called from {{LOCATION:Bergen}} for update, ok per pt.
d/w attending Dr. {{NAME:Mbeki-Stone}}.  {{NAME:Ravi Chandrasekhar}}, MD PGY4, pager {{PHONE:38812}}`,
  `PEDS HEM/ONC - RN TELEPHONE NOTE
Pt: {{NAME:Zaid Haddad}}, 6 y/o   MRN {{MRN:C-1188402}}   B-ALL standard risk, maintenance (6-MP + weekly PO MTX)
Caller: mom {{NAME:Rania Haddad}}, {{PHONE:(313) 555-0128}}   {{DATE:Tue 1/14/25 1615}}
Concern: neighbor's child {{NAME:Lily}} dx'd with chickenpox {{DATE:1/12}}; {{NAME:Zaid}} played at their house {{DATE:1/10}}
for ~2 h. No rash, afebrile. Last VZV titer neg.
Plan per Dr. {{NAME:Nasrallah}}: VariZIG within 10 days of exposure; appt {{DATE:1/15}} 0900 at
{{FACILITY:Margaret Ayoub Clinic}}, infusion room 3. Watch for fever/rash x 28 days.
School: on homebound instruction from {{FACILITY:Warrendale Elementary}}; teacher Ms. {{NAME:Kowalski}} informed by mom.
Sibling {{NAME:Layla}} (9) fully vaccinated.
Mom verbalized understanding; given after-hours # {{PHONE:(313) 555-0100}}.
-{{NAME:Brianne O'Toole}}, RN, BSN, CPHON`,
  `HEMATOLOGY CLINIC
{{NAME:Ransome, Cornelius T.}}   {{AGE:92}} y/o M   MRN {{MRN:8800-3127}}   {{DATE:05/05/2025}}
With daughter-in-law {{NAME:Patrice}} and aide {{NAME:Marisela}} from {{FACILITY:Caprock Home Companions}}.
Dx: MDS-SF3B1, IPSS-R low, transfusion dependent (2 u PRBC q3 wk before tx).
Luspatercept 1.0 mg/kg q3w started {{DATE:1/2025}}, titrated to 1.33 -> now RBC transfusion-independent x 6 wk.
Hgb 9.4 (nadir 7.8). Ferritin 1860. Deferasirox discussed; pt declines - "I'm {{AGE:92}}, doc, let's not."
Goals: stay home with wife (she is 88) at {{ADDRESS:4410 Indiana Ave}}, {{LOCATION:Lubbock}}; avoid hospital.
OOH-DNR on file ({{DATE:3/3/25}}).
Plan: luspatercept {{DATE:5/26}}, CBC with each dose; PRBC if Hgb < 8 or sx at {{FACILITY:Llano Estacado Infusion}}.
Fall precautions; walker. Hearing aids - speak to L ear.
{{NAME:Priscilla Okwuosa}}, MD   dict {{DATE:5/5/25}} / tr {{NAME:gb}}`,
  `***** FAX *****   {{FACILITY:Cascadia Cancer Care}} - Health Information Management
Date: {{DATE:06/30/2025 14:07}}      Pages (incl cover): 4
To: Release of Information, {{FACILITY:Kootenai Valley Medical Center}}   Fax {{FAX:(208) 555-0175}}   Ph {{PHONE:(208) 555-0174}}
From: {{NAME:Jolene Birdsong}}, HIM specialist   Fax {{FAX:(509) 555-0122}}   Ph {{PHONE:(509) 555-0121}}
RE: Records request - {{NAME:WHITAKER, Dustin Lee}}   DOB {{DATE:08/16/1979}}   your MRN {{MRN:KV-00481129}}
Request #: {{ID:ROI-25-06-4418}}
Please send: pathology reports + slides/blocks for {{ID:KS24-3391}} (parts A-C), operative note ({{DATE:11/2024}}),
CT/PET images via image share, chemotherapy flowsheets {{DATE:12/2024}} - {{DATE:05/2025}}.
Signed HIPAA authorization attached (pages 2-3).
New oncologist: Dr. {{NAME:Malia Fonoti-Grant}}, first visit {{DATE:7/14}}.
CONFIDENTIALITY NOTICE: This facsimile may contain protected health information. If you received it in error,
notify the sender by phone and destroy all copies.`,
  `BIOREPOSITORY - SPECIMEN INTAKE LOG    {{FACILITY:Marlowe Institute Tissue Bank}}
Consent ref: {{ID:BB-CONS-0713-004}}     Donor study ID: {{ID:MTB-0047719}}
Linked MRN (honest broker only): {{MRN:2218-6604}}    Name: {{NAME:Pellegrini, Ottavio}}
Surgery {{DATE:07/15/2025}}, OR 12, Dr. {{NAME:Hallett}} - radical nephrectomy (RCC, clear cell, ~7 cm)
Aliquot             Type                    Time   Location
{{ID:MTB-0047719-T1}}      tumor, snap frozen      1042   -80 F3/R2/B14
{{ID:MTB-0047719-T2}}      tumor, OCT              1043   -80 F3/R2/B14
{{ID:MTB-0047719-N1}}      adjacent normal         1044   -80 F3/R2/B15
{{ID:MTB-0047719-P1}}      plasma EDTA x4          0930   -80 F1/R5
Warm ischemia 22 min. Path released tissue after gross (PA {{NAME:Gomez}}), surgical accession {{ID:SP25-0061774}}.
Received by {{NAME:Yolanda Pryce}}, biobank tech {{DATE:7/15/25 11:02}}. QC: RIN 7.8 (T1).`,
  `WEEKLY PHYSICS CHART CHECK
Pt {{NAME:Fairweather, Odessa}}   ID {{MRN:RO-661039}}   Plan: L_Lung_SBRT   Rx 54 Gy / 3 fx @ 80% IDL
Week of {{DATE:08/04/2025}}
Fx | Date       | Machine | cGy  | Cum  | CBCT | Therapists
1  | {{DATE:08/04/25}}   | TB2     | 1800 | 1800 | Y    | {{NAME:KL}}/{{NAME:MM}}
2  | {{DATE:08/06/25}}   | TB2     | 1800 | 3600 | Y    | {{NAME:KL}}/{{NAME:RS}}
3  | {{DATE:08/08/25}}   | TB2     | 1800 | 5400 | Y    | {{NAME:MM}}/{{NAME:RS}}
Couch shifts within tolerance (max 2.1 mm vrt, fx 2). ABC breath hold; 4DCT ITV.
Independent MU check (secondary calc) within 1.8%. Plan approved Dr. {{NAME:Osei-Tutu}} {{DATE:7/30/25}}.
Record-and-verify entries match Rx. No overrides.
Course complete; treatment summary to be dictated.
Checked: {{NAME:Viktor Halloran}}, MS, DABR   {{DATE:8/8/2025 17:30}}`,
  `GAMMA KNIFE RADIOSURGERY - PROCEDURE NOTE
{{FACILITY:Ridgeview Gamma Knife Center}}    Date {{DATE:09/12/2025}}
Pt: {{NAME:Nakamura-Ellis, Reiko}}   DOB {{DATE:6/6/1966}}   MRN {{MRN:4490-3318}}
Dx: ALK+ NSCLC with 4 brain metastases; on alectinib since {{DATE:2/2024}}.
Frameless: thermoplastic mask + on-board CBCT, motion limit 1.5 mm.
Targets: L frontal 8 mm 20 Gy @50%; R cerebellar 11 mm 20 Gy; L occipital 5 mm 22 Gy; R parietal 6 mm 22 Gy.
Beam-on 74 min. Dexamethasone 4 mg PO pre-tx. No complications.
Team: neurosurgery {{NAME:Abimbola Fashola}}, MD; radiation oncology {{NAME:Gregor Lindahl}}, MD; physics {{NAME:Tessa Varga}}, PhD;
RN {{NAME:Ochieng}}.
Discharged with husband {{NAME:Colin}} to home in {{LOCATION:Frankfort}}. MRI in 8 wk ({{DATE:11/7}}). Helpline {{PHONE:(859) 555-0113}}.`,
  `PROTON THERAPY REFERRAL
To: Intake, {{FACILITY:Anderson-Kline Proton Center}}   Fax {{FAX:(904) 555-0181}}
From: {{NAME:Nadia Petrosyan}}, MD, Radiation Oncology, {{FACILITY:Savannah Coastal Cancer Center}}   {{DATE:10/03/2025}}
Patient: {{NAME:Ellison, Brody James}}   DOB {{DATE:01/27/2006}}   MRN {{MRN:SC-3301928}}
Dx: clival chordoma, s/p endoscopic endonasal resection {{DATE:9/10/25}} (Dr. {{NAME:Castellano}}), subtotal;
residual abutting brainstem. Brachyury+ (path {{ID:SCC-S25-4471}}).
Request: proton therapy, 73.8 Gy(RBE) in 41 fx.
Insurance: Tricare Prime, DBN {{HEALTH_PLAN:20394817265}}. Father deployed; mother {{NAME:Kelsey Ellison}} is contact,
{{PHONE:(912) 555-0147}}, {{EMAIL:kelsey.ellison88@yahoo.com}}.
Pt is a freshman at {{FACILITY:Armstrong Technical College}}; will need housing near your center ~8 wk.
Images pushed via image exchange; CD mailed.
{{NAME:N. Petrosyan}}, MD   NPI {{LICENSE:1902847315}}`,
  `INTERNATIONAL PATIENT SERVICES - INTAKE
Coordinator: {{NAME:Chidi Obiora}}    Date {{DATE:11 Nov 2025}}
Patient: {{NAME:Folasade Adebimpe Olatunji}}   DOB {{DATE:21/07/1961}}   Nationality: Nigerian   Passport {{ID:B50918273}}
Home: {{ADDRESS:14 Adeola Odeku Street}}, {{LOCATION:Victoria Island}}, {{LOCATION:Lagos}}
Referring: Dr. {{NAME:Emeka Nwosu}}, {{FACILITY:Marina Heights Specialist Hospital}}, {{LOCATION:Ikoyi}}
Dx: R breast ca, locally advanced (cT4bN2), HER2+; 2 cycles TCHP given in {{LOCATION:Lagos}}.
Request: second opinion + surgery. Deposit estimate USD 48,000; guarantee letter from employer
{{FACILITY:Atlantic Delta Petroleum}}.
Visa: B-2 medical; invitation letter sent {{DATE:11/12/2025}}; embassy appt {{DATE:11/20}}.
Companion: husband {{NAME:Oladele Olatunji}}, passport {{ID:B41220957}}.
Contact (WhatsApp, US number of nephew) {{PHONE:+1 (202) 555-0164}}; {{EMAIL:fola.olatunji@yahoo.co.uk}}
MRN assigned {{MRN:INT-0091744}}. Interpreter not needed (English).`,
  `NURSE NAVIGATOR - CONTACT LOG
Pt: {{NAME:Greer, LaToya}}   MRN {{MRN:55-20-4413}}   Dx: new R breast mass, BI-RADS 5
{{DATE:12/01}} 0910  Referral from {{FACILITY:Midtown Women's Imaging}} (US bx: IDC). Called pt, no answer, VM left at
            {{PHONE:313-555-0191}}. -{{NAME:dk}}
{{DATE:12/01}} 1430  Pt returned call, tearful. Sched surg consult Dr {{NAME:Sandoval}} {{DATE:12/04}} 1000 + med onc
            Dr {{NAME:Fikre}} {{DATE:12/08}}. Mailed packet. -{{NAME:dk}}
{{DATE:12/02}} 0800  Pt asks for same-day appts (works at {{FACILITY:Renaissance Tower Deli}}, no PTO). Moved both to {{DATE:12/08}} AM. -{{NAME:dk}}
{{DATE:12/03}} 1115  Car impounded; ride arranged ({{FACILITY:Motor City Care Rides}}). Sister {{NAME:Keisha}} to watch kids. -{{NAME:dk}}
{{DATE:12/08}} 1530  Seen by both. ER-/PR-/HER2+ -> neoadjuvant TCHP. Port {{DATE:12/12}}, echo {{DATE:12/10}}.
            Financial counselor referral placed. -{{NAME:Dana Kirkland}}, RN, OCN`,
  `{{FACILITY:Sandhills Hospice & Palliative Care}} - IDG MEETING   {{DATE:01/08/2026}}   Team B
Attendees: Dr. {{NAME:Okoro}} (MD), {{NAME:Tina Mabry}} RN CM, {{NAME:Jorge}} MSW, Chaplain {{NAME:Beal}}, bereavement {{NAME:Sue}},
volunteer coord {{NAME:Howell}}
1) {{NAME:CARVER, Edna}}, {{AGE:97}}, lung ca, day 142. PPS 30. Recert due {{DATE:1/14}}: MUAC 19 cm (from 21),
   sleeps ~20 h/d -> supports. Daughter {{NAME:Ruthie}} burned out -> 5-day respite at {{FACILITY:Pinehurst Hospice House}}.
2) {{NAME:Faulkner, Rodney}}, 64, HCC/ESLD. More confusion; lactulose titrated. Brother {{NAME:Wayne}} incarcerated
   at {{FACILITY:Drowning Creek Correctional Center}} - SW requesting compassionate phone call.
3) {{NAME:Nguyen Van Hai}}, 81, prostate ca w/ bone mets; pain ok on methadone 5 mg TID. Son {{NAME:Tuan}} asks about
   live discharge - stable x 90 d, MD to reassess.
Deaths since last IDG: {{NAME:L. Pope}} ({{DATE:1/3}}), {{NAME:Ada Whitley}} ({{DATE:1/6}}) - bereavement assigned.
Minutes {{NAME:TM}}`,
  `CONTINUOUS HOME CARE - RN SHIFT NOTE
Pt {{NAME:Delphine Arceneaux}}   Hospice ID {{MRN:AHC-31207}}   {{DATE:02/14/2026 2300}} to {{DATE:02/15/2026 0700}}
Reason for CHC: uncontrolled pain + terminal agitation. Dx metastatic cervical ca, pelvic recurrence.
2300 RASS +2, pulling at sheets, moaning. Haloperidol 1 mg SL. Morphine 10 mg SL (20 mg/mL) for grimacing.
0010 RASS 0, PAINAD 2. Repositioned q2h, mouth care.
0200 mottling both knees, apnea 15-20 sec. Scopolamine patch placed for secretions.
0415 At bedside: sister {{NAME:Odile}}, niece {{NAME:Marie-Claire Broussard}}. Rosary prayed. Called {{FACILITY:St. Landry Catholic Church}} -
     Fr. {{NAME:Guidry}} coming at dawn.
0630 Report to day CHC RN {{NAME:Antoinette}}. Morphine count 18 mL remaining, witnessed by {{NAME:Marie-Claire}}.
Home: {{ADDRESS:118 Bayou Teche Rd}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}
{{NAME:Jean-Luc Fontenot}}, RN  -  {{FACILITY:Acadiana Hospice Partners}}  on-call {{PHONE:(337) 555-0198}}`,
  `HOSPICE DISCHARGE SUMMARY - LIVE DISCHARGE (no longer terminally ill)
Pt: {{NAME:Ferreira, Benedito}}   Medicare {{HEALTH_PLAN:3TW8-PQ1-HA45}}   Admitted {{DATE:03/02/2025}}   Discharged {{DATE:03/10/2026}}
Admit dx: metastatic castration-resistant prostate ca, PPS 40, wt 52 kg.
Course: steady improvement - wt 56 kg, PPS 60, walks to mailbox, no ED visits, pain controlled on APAP +
low-dose oxycodone. Does not meet eligibility at recert.
Notice given {{DATE:3/3/26}} to pt and wife {{NAME:Conceicao}}; right to expedited review explained (QIO number provided).
Transition: back to oncologist Dr. {{NAME:Amaral}} at {{FACILITY:Fall River Oncology}}, appt {{DATE:3/17/26}}; PCP
Dr. {{NAME:Medeiros}}. May re-elect hospice in future.
DME pickup (hospital bed, wheelchair) by {{FACILITY:SouthCoast DME}} {{DATE:3/11}}.
Home: {{ADDRESS:62 Columbia St, 2nd floor}}, {{LOCATION:Fall River}}, MA {{ZIP:02721}}. Speaks Portuguese (Azorean);
grandson {{NAME:Tiago}} interprets.
{{NAME:Mary Beth Cournoyer}}, RN, DON, {{FACILITY:Narragansett Bay Hospice}}`,
  `{{FACILITY:Prairie Rose Hospice}}
{{ADDRESS:915 W 3rd Ave}}, {{LOCATION:Mitchell}}, SD {{ZIP:57301}}

{{DATE:March 2, 2026}}

Mrs. {{NAME:Verna Hofer}}
{{ADDRESS:27148 410th Ave}}
{{LOCATION:Ethan}}, SD {{ZIP:57334}}

Dear {{NAME:Verna}} and family,
It has now been a little more than a year since {{NAME:Lowell}} died on {{DATE:January 27, 2025}}. The first year
brings many "firsts" - birthdays, harvest, the holidays - and we hope you have felt supported by those around you.
Our formal bereavement program closes this month, but you are always welcome to call {{NAME:Kaye}} at {{PHONE:(605) 555-0142}},
or to join our spring remembrance service at {{FACILITY:Fairlane Methodist Church}} on {{DATE:Sunday, April 19}} at 2 pm.
With warm regards,
{{NAME:Kaye Lindstrom}}, Bereavement Coordinator, and the {{FACILITY:Prairie Rose Hospice}} team`,
  `REFILL REQUEST - CONTROLLED SUBSTANCE (onc supportive care)
Pt: {{NAME:Dmitri Volkov}}   DOB {{DATE:9/14/1977}}   MRN {{MRN:48-119-006}}   Request # {{ID:RX-REQ-558102}}   rec'd {{DATE:04/06/2026 0930}}
Med: oxycodone ER 30 mg q12h #60; oxycodone IR 10 mg q4h prn #90.
Last fill {{DATE:3/7/26}} at {{FACILITY:Greenpoint Family Pharmacy}}.
PDMP checked {{DATE:4/6/26}}: only our prescribers, MME 105. Report ID {{ID:PMP-9928311}}.
Opioid agreement signed {{DATE:10/2025}}; UDS {{DATE:2/28}} appropriate (oxycodone/oxymorphone +).
Pain: bone mets L4 + R iliac from RCC, s/p SBRT L4. Naloxone 4 mg nasal on hand.
Approved by Dr. {{NAME:Eitan Rosen}} (DEA {{LICENSE:FR3318472}}); e-Rx sent 1012. Pt notified via wife {{NAME:Oksana}} {{PHONE:(718) 555-0136}}.
Safe storage reviewed; drug disposal bag given at last visit.   -{{NAME:Kaitlyn Moss}}, RN`,
  `ED PROVIDER NOTE   {{FACILITY:Mesa Verde General Hospital}} ED   Arrival {{DATE:5/11/2026 22:41}}   Bed H7
{{NAME:TALAMANTES, Rosa Elvia}}   71F   MRN {{MRN:MV00817734}}   ESI 2
CC: confusion, weakness x 3 d. PMH metastatic squamous NSCLC on carbo/paclitaxel/pembro (C4 {{DATE:4/30}}).
Daughter {{NAME:Yolanda}} reports pt sleeping ~18 h/d, vomiting, polyuria.
Exam: dry MM, oriented x1, no focal deficit. Labs: Ca 15.2 (corrected 16.1), alb 3.1, Cr 1.9 (baseline 0.9),
PTH 8 (suppressed), PTHrP pending. ECG: short QT, no arrhythmia.
A/P: hypercalcemia of malignancy, likely humoral. NS 200 mL/h, calcitonin 4 IU/kg SC q12h, zoledronic acid 3.3 mg
(renal dose). Admit {{FACILITY:Hargrove 4}} tele. Onc on call Dr. {{NAME:Benally}} paged via operator.
Code: full per daughter (no HCP document on file); palliative consult AM.
Scribe: {{NAME:Tristan Yee}}   Attending: {{NAME:Ayodele Bankole}}, MD   {{DATE:5/12/2026 00:58}}`,
  `HEME MALIGNANCY ADMISSION H&P
{{NAME:Bjornstad, Erik}}   58M   MRN {{MRN:17-00-55821}}   Adm {{DATE:06/02/2026}}   {{FACILITY:Sorensen 10}} BMT, rm 1024
Transfer from {{FACILITY:Bemidji Regional Clinic}} (Dr. {{NAME:Two Bears}}).
HPI: 2 wk night sweats, rapidly enlarging R neck mass. Excisional bx {{DATE:5/29}}: Burkitt lymphoma, MYC
rearranged t(8;14), Ki-67 ~100% (accession {{ID:BRC-S26-3317}}). LDH 2,410. Uric acid 11.2, K 5.6, phos 6.1,
Cr 1.6 -> laboratory TLS (Cairo-Bishop).
Plan: rasburicase 0.2 mg/kg (G6PD normal), IVF 200 mL/h, tele, TLS labs q6h, renal consulted.
LP w/ IT MTX then DA-EPOCH-R; Ommaya not indicated. Hep B serologies sent.
Social: married to {{NAME:Solveig}}, cell {{PHONE:218-555-0112}}; sawyer at {{FACILITY:Paul Bunyan Timber Co}} in {{LOCATION:Blackduck}}.
Declines sperm banking.
Attending {{NAME:Rachel Adeyemo}}, MD; fellow {{NAME:Ishaan Kapoor}}, MD   {{DATE:6/2/26 2140}}`,
  `ONCOLOGY SOCIAL WORK - AYA FOLLOW-UP    {{DATE:07/21/2026}}
Pt {{NAME:Kaylee Rose Dempsey}}, 22, MRN {{MRN:AY-0559821}}, classic Hodgkin lymphoma stage IVB, BV-AVD C3.
Fundraising: roommate started {{URL:https://www.gofundme.com/f/kaylee-beats-hodgkins}} (~$8,400). Discussed that gifts
may count toward Medicaid spend-down if she loses coverage. Mom posts updates on
{{URL:caringbridge.org/visit/kayleedempsey}}; pt asked team not to share photos there.
School: nursing student at {{FACILITY:Bellarmine-Hatch College}}; medical withdrawal letter for Fall 2026 term sent
to Dean {{NAME:Pruitt}}.
Work: barista at {{FACILITY:Bluegrass Bean Co}}; manager {{NAME:Trey}} holding her position.
Insurance: on mom's plan until 26 (Humana, member {{HEALTH_PLAN:H48812093-01}}).
Contacts: mom {{NAME:Sheila Dempsey}} {{PHONE:(502) 555-0152}}; pt {{EMAIL:kayleerose.d@icloud.com}}.
Referred to Young Survivors Collective virtual meetup (Thursdays). PHQ-9 = 8 (mild). Coping: journaling, walks with her dog.
{{NAME:Andre Beaumont}}, LCSW, OSW-C`,
  `5 EAST HEM/ONC - CHARGE RN CENSUS   {{DATE:Thu 8/13/26 1900}} handoff
Rm   Pt (age)                     Dx / day                  Notes
501  {{NAME:Halloran, M}} (44)           AML, D+12 allo            ANC 0, plt tx tonight, neutropenic precautions
502  {{NAME:Oduya, G}} ({{AGE:90}})               DLBCL C1D3 R-mini-CHOP    TLS labs 2200; dtr {{NAME:Abena}} staying overnight
503  {{NAME:Reyes-Tapia, J}} (19)        B-ALL induction d15       LP w/ IT chemo AM, NPO after MN
504  EMPTY - terminal clean, ready 1830
505  {{NAME:Feingold, Mort}} (83)        AML, comfort measures     family at bedside, Rev. {{NAME:Agyeman}} visited
506  {{NAME:Park, Sun-hee}} "{{NAME:Sunny}}" (37)  breast ca, febrile neutropenia  cx pending, cefepime 2000
507  {{NAME:Whitehorse, D}} (52)        myeloma, CAR-T D+4        CRS gr 1, tocilizumab x1 at 1540, ICE 10/10
508  {{NAME:Castro, Lupe}} (61)          pancreatic ca, MBO        NGT to LIWS, palliative following
Float RN {{NAME:Ekaterina}} has 501/503/507. Sitter not needed.
Resource RN {{NAME:Cole}} x{{PHONE:6-6120}}.  Admit pending from ED: 72F neutropenic fever -> 504.
Charge {{NAME:N. Abubakar}} -> {{NAME:Heather}} (nights)`,
  `{{FACILITY:Coastal Carolina Oncology}}
{{ADDRESS:3300 Wrightsville Ave, Bldg C}}, {{LOCATION:Wilmington}}, NC {{ZIP:28403}}    Tel {{PHONE:(910) 555-0109}}

PRESCRIPTION
Patient: {{NAME:Marjorie-Ann Tillery}}       DOB: {{DATE:05/09/1972}}       Date: {{DATE:09/02/2026}}
Rx: Cranial prosthesis (full scalp hair prosthesis), qty 1
Dx: Alopecia due to antineoplastic chemotherapy (L65.9, T45.1X5A); malignant neoplasm L breast (C50.912)
HCPCS A9282.  Refills: 1 per 12 months.
Regimen: ddAC x 4 then weekly paclitaxel x 12, paclitaxel starting {{DATE:9/8}}.
Insurance: Aetna, member ID {{HEALTH_PLAN:W284117093}}
Supplier: {{FACILITY:Crowning Glory Wig Boutique}}, {{PHONE:(910) 555-0124}}
Prescriber: {{NAME:Lakshmi Venkataraman}}, MD     NPI {{LICENSE:1184029376}}
Signature on file.  Nurse contact: {{NAME:Tamika}} RN, {{EMAIL:tamika.rn@coastalcarolinaonc.com}}`,
  `REFERRAL - LYMPHEDEMA THERAPY (CLT)
To: {{FACILITY:Harbor Physical Therapy - Ocean View}}, attn {{NAME:Nicole Draper}}, PT, CLT    fax {{FAX:757-555-0189}}
Pt: {{NAME:Delgado, Pilar}}   DOB {{DATE:4/4/1965}}   ph {{PHONE:757-555-0135}}
Prefers Spanish; daughter {{NAME:Ines}} {{PHONE:757-555-0168}}.
Dx: L arm lymphedema, ISL stage II; s/p L MRM + ALND ({{DATE:11/2023}}, 14 LN) + PMRT 50 Gy/25 fx.
L forearm circumference +3.8 cm vs R; L-Dex 14.2. Stemmer sign neg.
Request: evaluate and treat - CDT (MLD, short-stretch bandaging), fitting compression sleeve + gauntlet
20-30 mmHg, then pneumatic compression pump eval.
Precautions: no BP or blood draws L arm. Cellulitis L arm {{DATE:6/2026}}, treated.
Medicare {{HEALTH_PLAN:5RT2-AB3-QQ90}}.
Ordering: {{NAME:Hyun-woo Seo}}, MD, {{FACILITY:Tidewater Breast Center}}    {{DATE:10/1/26}}`,
  `CARDIO-ONCOLOGY CONSULT
{{NAME:Bautista, Ramon}} "{{NAME:Monching}}"   66M   MRN {{MRN:2047-5530}}   {{DATE:10/19/2026}}
Referred by Dr. {{NAME:Agarwal}} (GI onc): HER2+ GEJ adenocarcinoma on FOLFOX + trastuzumab + pembrolizumab.
Echo {{DATE:10/14/26}}: LVEF 44% (baseline 58% {{DATE:6/2026}}); GLS -14.1% (from -19.8%). hs-TnI 22 ng/L. CK normal.
ILR (serial {{DEVICE:RLA-118274H}}) placed 2024 for syncope - no arrhythmia on interrogation today.
A/P: moderate cancer therapy-related cardiac dysfunction, likely trastuzumab. ICI myocarditis less likely but
troponin up -> cardiac MRI {{DATE:10/21}}. Hold trastuzumab; carvedilol 3.125 mg BID, losartan 25 mg. Repeat echo 3 wk.
If MRI c/w myocarditis: methylprednisolone + admit.
Wife {{NAME:Luzviminda}} and son {{NAME:Jericho}} present; pt back from {{LOCATION:Cebu}} last month.
{{NAME:Oluwatoyin Bassey}}, MD, FACC, Cardio-Oncology, {{FACILITY:Sutter-Hale Heart Institute}}`,
  `PSYCHO-ONCOLOGY - INITIAL EVALUATION
{{NAME:Marchetti, Giulia}}, 41F   MRN {{MRN:PO-7712046}}   {{DATE:11/03/2026}}   Ref: NP {{NAME:Hadley}} (Distress Thermometer 8/10)
Dx: stage IV colon ca (liver mets), dx {{DATE:8/2026}}, on FOLFIRI + bevacizumab.
HPI: insomnia, panic attacks in the car before infusions, fear of leaving her kids ({{NAME:Nico}}, 9; {{NAME:Sofia}}, 6).
Husband {{NAME:Paolo}} works nights at {{FACILITY:Lakeshore Cold Storage}}. Her mother is flying in from {{LOCATION:Bari}}.
Hx: postpartum depression 2020, sertraline then. No SI/HI. GAD-7 17, PHQ-9 14.
A/P: adjustment disorder with mixed anxiety and depressed mood (F43.23); r/o GAD.
 - mirtazapine 7.5 mg qhs (sleep/appetite/nausea); lorazepam 0.5 mg pre-infusion x 4 wk only
 - CALM therapy weekly with me; kids to child life "Kids Can Cope" group
 - legacy work when she is ready
Husband's cell {{PHONE:(773) 555-0197}} (ok to leave msg).
{{NAME:Hollis Jaramillo}}, MD, Psychiatry / Psycho-Oncology`,
  `{{FACILITY:Driftless VA Medical Center}} - HEMATOLOGY/ONCOLOGY NOTE
Veteran: {{NAME:KRUEGER, DALE E}}   ICN {{MRN:1012847733V481902}}   SSN {{SSN:392-55-1086}}   DOB {{DATE:03/18/1947}}
Date: {{DATE:12/01/2026}}
SC 70%. Herbicide exposure: served {{LOCATION:Da Nang}} 1968-69. CLL (presumptive condition); prostate ca 2018 s/p RT.
CLL Rai II, on acalabrutinib 100 mg BID since {{DATE:4/2025}}; ALC 88k -> 22k. Mild bruising, no bleeding.
Hold acalabrutinib 3 d before/after procedures. IVIG not needed (IgG 610).
PACT PCP: {{NAME:Lorna Whitebird}}, NP, {{FACILITY:La Crosse CBOC}}.
Lives alone at {{ADDRESS:N5512 County Rd K}}, {{LOCATION:Westby}}, WI {{ZIP:54667}}; uses VTS van.
Wife {{NAME:Arlene}} died {{DATE:2/2025}}; son {{NAME:Curt}} (POA) {{PHONE:608-555-0143}}.
RTC 3 mo, CBC monthly at CBOC.
{{NAME:Joseph Amankwah}}, MD, Staff Hematologist   /es/ {{DATE:12/01/2026 1412}}`,
  `INFUSION NOTE - CUSTODY PATIENT
Pt: {{NAME:Larkin, Troy Allen}}   DOC # {{ID:A-882104}}   MRN {{MRN:9120-4467}}   {{DATE:01/12/2027}}   Chair 3 (secure bay)
From {{FACILITY:Hollister Creek State Prison}} with 2 officers, Ofc. {{NAME:Ramsey}} (badge {{ID:4471}}) and Ofc. {{NAME:Vu}}
(badge {{ID:5012}}); leg restraints, one wrist free for IV.
Dx: HCC (HCV cirrhosis), Child-Pugh A6, BCLC C; atezolizumab + bevacizumab C5D1.
Urine protein 1+. BP 148/92 (ok per protocol). TSH 2.1.
Port: Huber 20G 1", implant serial {{DEVICE:BP-66120934}}, + blood return.
atezolizumab 1200 mg 0915-0945; bevacizumab 15 mg/kg = 1110 mg 0950-1020. No reaction.
Per DOC policy no future dates told to pt; schedule faxed to facility medical unit, RN {{NAME:Dolores Kwan}}, fax {{FAX:(559) 555-0128}}.
Pt asks that sister {{NAME:Crystal Larkin}} be updated (ROI on file): called {{PHONE:(559) 555-0176}}, no answer, no VM left.
{{NAME:Harriet Oyinlola}}, RN, OCN`,
  `PALLIATIVE MEDICINE - PROPORTIONATE PALLIATIVE SEDATION
Pt {{NAME:Abiodun Coker}}   47M   {{FACILITY:Whitaker 3}} PCU rm 312   MRN {{MRN:31102258}}   {{DATE:02/08/2027}}
Refractory sx: dyspnea + agitated delirium from lymphangitic spread of metastatic sarcoma, despite hydromorphone
infusion 4 mg/h, haloperidol, chlorpromazine.
Consensus: palliative ({{NAME:Strand}}, {{NAME:Mukherjee}}), primary oncologist Dr. {{NAME:Garrity}}, bedside RN {{NAME:Beatriz}}.
Surrogate: wife {{NAME:Funmilayo Coker}} agrees; brother {{NAME:Segun}} joined by phone from {{LOCATION:Ibadan}}.
Plan: midazolam 1 mg/h, titrate 0.5 mg q30min to RASS -2 to -3 for comfort; continue hydromorphone; stop labs,
routine VS, telemetry. Imam from {{FACILITY:Masjid Al-Noor of Fairfax}} called for prayers per family.
Consent documented; witness {{NAME:Beatriz Salazar}}, RN. Started {{DATE:2/8/27 1645}}.
{{NAME:Ingrid Strand}}, MD, Palliative Medicine`,
  `HOSPICE PHARMACY - COMFORT KIT DISPENSE / DELIVERY
Rx # {{ID:HP-7718830}}   Pt {{NAME:Wozniak, Irena}}  {{AGE:95}}F   Hospice: {{FACILITY:Golden Prairie Hospice}}   Pt ID {{MRN:GPH-00917}}
Deliver to: {{ADDRESS:1408 Kosciuszko St}}, {{LOCATION:Stevens Point}}, WI {{ZIP:54481}} (side door, dog in yard)
Contents: morphine oral soln 20 mg/mL 30 mL (lot 5528A, exp 11/2027); lorazepam 0.5 mg #10; haloperidol 2 mg/mL 15 mL;
atropine 1% drops 5 mL; bisacodyl supp #4; APAP supp 650 mg #6.
Prescriber {{NAME:Tariq Haddad}}, MD   DEA {{LICENSE:AH5519027}}
Delivered by courier {{NAME:Shane}} {{DATE:03/04/2027 1522}}; signed by granddaughter {{NAME:Kasia Nowak}}.
Counseled: locked box, keep away from pets/children; hospice RN {{NAME:Bethany}} to review use tomorrow.
Pharmacist {{NAME:Pawel Zielinski}}, RPh  -  {{FACILITY:Portage Infusion & Hospice Pharmacy}}, {{PHONE:(715) 555-0161}}`,
  `FAX - {{FACILITY:Hartwell-Bey Funeral Home & Crematory}}          {{DATE:03/06/2025 09:40}}   3 pages
To: Dr. {{NAME:Lars Henrikson}}, c/o Medical Records, {{FACILITY:Olentangy Riverside Hospital}}   Fax {{FAX:(614) 555-0140}}
From: {{NAME:Nia Hartwell-Bey}}, funeral director, lic {{LICENSE:FDL-7730}}   Ph {{PHONE:(614) 555-0188}}
RE: Amendment request - decedent {{NAME:Philomena Grace Adu-Boateng}}, DOD {{DATE:03/01/2025}}, EDRS case {{ID:EDRS-25-0091177}}
Son/informant {{NAME:Kofi Adu-Boateng}} reports errors on the filed certificate:
 - Item 5 DOB reads {{DATE:06/12/1931}}; correct is {{DATE:06/21/1931}} (passport copy attached)
 - Item 4 age therefore {{AGE:93}}, not {{AGE:94}}
 - Item 6 birthplace reads {{LOCATION:Accra}}; correct is {{LOCATION:Kumasi}}, Ghana
 - Item 32 interval for (a) metastatic breast carcinoma blank -> certifier to enter
Cremation on hold pending ME cremation approval, ME case {{ID:ME-CR-25-1184}}. Burial permit {{ID:BP-25-00417}}
for inurnment at {{FACILITY:Flint Ridge Memorial Gardens}}.
Please sign the medical amendment (pg 3) and fax back. Thank you - {{NAME:Nia}}`,
  `INFUSION RN NOTE - HYPERSENSITIVITY REACTION
{{NAME:Estrada-Okoye, Marisol}}   MRN {{MRN:0092-33817}}   {{DATE:04/19/2027}}   Bay 6, {{FACILITY:Kettering-Bloom Infusion Center}}
Regimen: carboplatin AUC 5 + PLD, C8 (platinum-sensitive recurrent ovarian ca; 14 prior carboplatin doses).
1012 carboplatin started (Calvert, GFR 78 -> 515 mg).
1019 c/o itchy palms, flushing, "throat feels tight". BP 88/52, HR 122, SpO2 93% RA. Infusion stopped, NS wide open,
     Dr. {{NAME:Petrakis}} + rapid response called.
1021 epinephrine 0.5 mg IM L thigh; diphenhydramine 50 mg IV; famotidine 20 mg IV; methylprednisolone 125 mg IV.
1030 BP 112/70, HR 98, itch resolved. O2 2 L NC. Tryptase drawn 1045.
Grade 3 HSR (CTCAE). No rechallenge today; allergy referral for 12-step carboplatin desensitization (Dr. {{NAME:Nwankwo}}).
Husband {{NAME:Chuka}} called {{PHONE:(937) 555-0106}}, will drive her home. Observed 4 h, d/c 1445 stable.
Safety event report {{ID:SE-2704-0193}} filed.
{{NAME:Rebekah Swartzentruber}}, RN, OCN`,
  `PATIENT REGISTRATION - NEW ONCOLOGY PT    {{FACILITY:Blue Heron Cancer Center}}    clerk {{NAME:tmh}}
Name: {{NAME:Yazzie, Loretta Marie}}    Pref name: {{NAME:Rita}}    DOB {{DATE:10/30/1958}}    Sex F
SSN {{SSN:527-81-3306}}   MRN {{MRN:BH-0418827}}   HAR {{ACCOUNT:HB-55120394}}
Addr: {{ADDRESS:3021 Sage Brush Ln}}, {{LOCATION:Farmington}}, NM {{ZIP:87401}}
Home {{PHONE:505-555-0133}}   Cell {{PHONE:505-555-0185}}   Email {{EMAIL:ritayazzie58@hotmail.com}}
Emergency contact: {{NAME:Harold Yazzie}} (husband), same home #
Ins: Medicare A/B {{HEALTH_PLAN:9FC3-KD2-WN61}}; secondary IHS/PRC
ID: NM driver license {{LICENSE:503398217}}; face photo captured {{PHOTO:REG-IMG-0418827-01.jpg}}
Palm-vein enrollment: template {{BIOMETRIC:PV-77B0C3-9921}}
Parking validation: plate {{VEHICLE:BKR-402}} (NM)
Referring: Dr. {{NAME:Begaye}}, {{FACILITY:San Juan River Clinic}}, dx endometrial ca (FIGO IB, MMRd)
Consent to treat + NPP acknowledgment signed {{DATE:5/3/27}}.`,
  `PRIVACY OFFICE - ACCESS AUDIT SUMMARY    Incident {{ID:PRV-2027-0341}}
Subject pt: {{NAME:Marguerite}} "{{NAME:Peggy}}" {{NAME:Lansing}}   MRN {{MRN:60033817}}   (confidential flag; local news anchor)
Trigger: break-the-glass alert {{DATE:05/22/2027 21:14}}
User       Role          Time                    Workstation IP    Action
{{NAME:jkessler}}   RN, 6 West    {{DATE:05/22/2027 21:14:07}}     {{IP:192.0.2.44}}        BTG; opened path {{ID:SP27-0019284}}
{{NAME:jkessler}}   RN, 6 West    {{DATE:05/22/2027 21:16:40}}     {{IP:192.0.2.44}}        opened onc consult
{{NAME:mdlopez}}    Onc MD        {{DATE:05/23/2027 07:02:11}}     {{IP:198.51.100.203}}    treating provider - appropriate
Finding: RN {{NAME:Jill Kessler}} not on care team; states pt is her neighbor. Referred to HR ({{NAME:Dana Pruett}}).
Breach risk assessment: low-probability exception not met -> pt notification letter mailed {{DATE:6/5/27}}.
Investigator: {{NAME:Owen Tabor}}, CHPC, Privacy Officer   ext {{PHONE:2-7714}}`,
  `GI TUMOR BOARD {{DATE:6/10/27}} - quick list (typed live, pls correct)
1. {{NAME:ASHWORTH, N.}} 58M rectal adenoca, MRI T3c N1, MRF clear, CEA 4.1 -> TNT (short-course RT then CAPOX),
   surg w/ {{NAME:Iwu}} after restaging. path {{ID:S27-4410}} MMRp.
2. {{NAME:Yilmaz, Emre}} 66M panc head, borderline resectable (SMV abutment <180 deg), CA 19-9 812 -> mFOLFIRINOX x4
   then restage. germline -> GC ({{NAME:O'Rourke}}).
3. {{NAME:Chavez-Mendel, Dolores}} {{AGE:90}}F HCC 3.4 cm seg 7, Child-Pugh A, LI-RADS 5 -> SBRT 40 Gy/5 vs TARE;
   pt wants outpt only; IR {{NAME:Kaur}} to see.
4. {{NAME:Merriweather}} "{{NAME:Bud}}" 71M gastric ca s/p total gastrectomy {{DATE:4/28}}, ypT2N1, Lauren diffuse type,
   claudin 18.2+ -> adjuvant per {{NAME:Tran}}.
5. ED pt w/ Sister Mary Joseph nodule ({{NAME:Ngata, Hemi}} 55M) - bx pending, rad-path correlation next wk.
Present: {{NAME:Iwu}}, {{NAME:Kaur}}, {{NAME:Tran}}, {{NAME:Delacroix-Ng}}, {{NAME:Abernathy}}, {{NAME:O'Rourke}}, nav {{NAME:Kim O.}}
-typed {{NAME:bk}}`,
  `CYTOPATHOLOGY REPORT                          Case: {{ID:C27-0081273}}
Patient: {{NAME:Oyelowo-Crane, Temperance}}   MRN {{MRN:7702-1145}}   DOB {{DATE:1/8/1952}}   Loc: {{FACILITY:Brigham-Ashby 12}}
Collected {{DATE:07/06/2027 1130}}   Received {{DATE:07/06/2027 1402}}
Procedure: R thoracentesis, 1,450 mL removed (Dr. {{NAME:Faisal Qadir}}); 60 mL submitted.
Preparations: cytospin x2 (Pap, Diff-Quik); cell block {{ID:C27-0081273-CB1}}
DIAGNOSIS: Pleural fluid, right - POSITIVE FOR MALIGNANT CELLS. Metastatic adenocarcinoma, consistent with
breast primary.
IHC (cell block): GATA3+, ER+ (80%), TTF-1 neg, calretinin neg in tumor cells. HER2 IHC 0.
Tumor ~30% of cellularity; adequate for NGS.
Compared with prior {{ID:SP19-22871}} (L breast IDC, ER+, 2019).
Screened by {{NAME:Anjali Rao}}, CT(ASCP)   Interpreted by {{NAME:Bertrand Okafor-Lisle}}, MD   {{DATE:07/07/2027}}
Result called to Dr. {{NAME:Meyer}} by {{NAME:AR}} at 1615, read back.`,
  `{{FACILITY:Mount Tabor Regional Health}}    PATIENT STATEMENT
Statement date {{DATE:08/15/2027}}     Guarantor: {{NAME:Hollis Grayson}}     Guarantor acct {{ACCOUNT:G-0049918273}}
Patient: {{NAME:Evangeline Grayson}}
{{ADDRESS:7 Orchard Hill Rd}}, {{LOCATION:Hood River}}, OR {{ZIP:97031}}
Visit acct          DOS          Description                              Charges     Ins paid    You owe
{{ACCOUNT:HAR 88120471}}  {{DATE:06/03/2027}}   pembrolizumab J9271 x200, CPT 96413       $11,882.00  $9,114.60   $587.00
{{ACCOUNT:HAR 88120995}}  {{DATE:06/24/2027}}   pembrolizumab J9271 x200, CPT 96413       $11,882.00  $9,114.60   $587.00
{{ACCOUNT:HAR 88121502}}  {{DATE:07/15/2027}}   CT chest/abd/pelvis w contrast 74177      $3,410.00   pending     $0.00
TOTAL DUE $1,174.00   by {{DATE:09/10/2027}}
Insurance on file: PacificSource, ID {{HEALTH_PLAN:PSX00418822}}
0% payment plans up to 24 months. Financial assistance: {{PHONE:(541) 555-0120}}.
Pay online: {{URL:https://pay.mttaborhealth.org/?acct=G0049918273}}`,
  `CHILD LIFE / PEDIATRIC PALLIATIVE - LEGACY SESSION
Pt {{NAME:Amelia}} "{{NAME:Millie}}" {{NAME:Thorsen}}, 8 y/o, DIPG dx {{DATE:10/2026}}, s/p focal RT 54 Gy; now progressing,
on hospice at home with {{FACILITY:Starlight Kids Hospice}}.
Home visit {{DATE:09/01/2027}}, {{ADDRESS:5530 Prairie Dunes Dr}}, {{LOCATION:Lawrence}}, KS {{ZIP:66049}}.
Present: mom {{NAME:Jenna}}, dad {{NAME:Erik Thorsen}}, brother {{NAME:Owen}} (11), grandma "{{NAME:Gigi}}".
Activities: handprints, heartbeat recording in a stuffed bear, memory box. {{NAME:Millie}} chose to make bracelets for
her class at {{FACILITY:Quail Run Elementary}}; teacher Mrs. {{NAME:Abernathy-Cho}} planning a class video call {{DATE:Fri 9/3}}.
{{NAME:Owen}}: anticipatory grief, acting out at school -> referred to {{FACILITY:Sunflower Kids Grief Center}}.
Wish trip to the beach completed in {{DATE:July 2027}}.
{{NAME:Savannah Pike}}, CCLS   cell {{PHONE:785-555-0114}}`,
  `{{FACILITY:Harlan-Voss Cancer Institute}} - Cancer Genetics Program
{{DATE:October 4, 2027}}

FAMILY LETTER - please share with your blood relatives
A member of your family, {{NAME:Ruben Esquivel-Haas}}, had genetic testing on {{DATE:09/14/2027}}. {{NAME:Ruben}} was found
to have Lynch syndrome, caused by a pathogenic variant in MSH2 (c.942+3A>T). Lynch syndrome raises the risk of colon,
endometrial, ovarian, stomach and urinary tract cancers. Each parent, brother, sister and child has a 50% chance of
having the same variant.
Relatives {{NAME:Ruben}} asked us to name: sister {{NAME:Lucia Esquivel}} ({{LOCATION:San Antonio}}), brother {{NAME:Tomas}}
({{LOCATION:Monterrey}}, Mexico), daughter {{NAME:Ximena}} (19), mother {{NAME:Rosa Haas}} (81).
Testing for this one variant costs about $100 through the lab's family program: give reference {{ID:CGX-FAM-0091822}}
and {{NAME:Ruben}}'s report number {{ID:CGX-27-441806}}.
Colonoscopy every 1-2 years from age 25 is recommended for carriers.
Questions: {{NAME:Tamsin O'Rourke}}, MS, CGC, {{PHONE:(617) 555-0173}}, {{EMAIL:cancergenetics@harlanvoss.org}}`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-19}}**]

Date of Birth:  [**{{DATE:2071-8-12}}**]             Sex:   M

Service: MEDICINE

Attending:[**{{NAME:First Name3 (LF) 1234}}**]
Chief Complaint: dyspnea, hypoxia

History of Present Illness:
76 yo M w/ metastatic NSCLC (adenoca, PD-L1 80%, no driver) on pembrolizumab (last dose [**{{DATE:2-20}}**]) sent from
[**{{FACILITY:Hospital 1474}}**] rehab with SpO2 84% RA. CT: bilateral GGO in organizing pattern.

Brief Hospital Course:
# ICI pneumonitis, grade 3: methylpred 2 mg/kg, bronch [**{{DATE:3-6}}**] BAL neg for infection incl PJP. Slow
improvement; O2 weaned to 2 L. Pembrolizumab permanently discontinued.
# Goals: family meeting [**{{DATE:3-15}}**] w/ wife [**{{NAME:Name (NI) 5561}}**] and Dr. [**{{NAME:Last Name (STitle) 3317}}**] (onc);
pt chose hospice, lives in [**{{LOCATION:Location (un) 620}}**].

Discharge Disposition: Extended Care, [**{{FACILITY:Hospital3 2558}}**] hospice
Discharge Medications: prednisone 60 mg daily x7d then taper 10 mg/wk; TMP-SMX DS MWF; pantoprazole 40 mg.

Followup: Dr. [**{{NAME:First Name8 (NamePattern2) 4417}}**] [**{{NAME:Last Name (NamePattern1) 8816}}**] at [**{{FACILITY:Hospital1 18}}**] in 2 wks.`,
];

export const HELDOUT_REALISTIC_102_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout102-${i + 1}`, n));
