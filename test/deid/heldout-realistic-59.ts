// A fifty-ninth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555 numbers; towns and cities are real places used
// only as LOCATION). Flavour: pharmacy and medication management - community pharmacy counselling
// records, prescription labels and refill logs, PDMP reports, specialty pharmacy intake and benefits
// investigations, prior authorization requests and appeals, MTM reviews, pharmacist anticoagulation,
// diabetes, hypertension, PrEP, contraception and tobacco visits, hospital pharmacy interventions,
// TPN/chemo/heparin/IV admixture verification, compounding records, recall and closure letters to
// patients, mail-order shipping and call-centre notes, LTC consultant reviews and cycle-fill
// manifests, hospice kits, correctional and shelter pharmacy, PBM audits, a MIMIC-style [** **] note;
// written in Title case, ALL CAPS and lower-case shorthand, with non-Anglo names (Igbo, Yoruba,
// Vietnamese, Somali, Navajo, Armenian, Polish, Spanish, Arabic, Nordic, Hawaiian), and many
// look-alike non-PHI (drug names and doses, NDC and lot numbers and lot expiry dates, BIN/PCN/group
// numbers of payers, NCPDP reject codes, CPT/HCPCS/ICD codes, MME, INR, A1c and other lab values,
// scores, device models, rooms and beds, years and weekdays alone, clock times, ages of 89 and under,
// states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline (titles outside NAME spans; labels outside; a time attached
// to a full date and a weekday written with a date are part of the DATE; states and countries, years
// alone, ages of 89 and under and clock times alone are not PHI). Decisions for shapes the guideline
// does not name: prescription (Rx) numbers, order, shipment-tracking, PA/authorization, case (also
// police and benefit-application cases), carrier claim, refund, incident/event/ADR, registry and
// MedWatch confirmation, PDMP request, REMS/iPLEDGE, booking, student, interpreter, agent, police
// badge, collaborative-practice-agreement, barcode and accession numbers are ID; NPI, DEA, NCPDP pharmacy numbers,
// pharmacist licences and driver's licences are LICENSE (a pharmacy's own NPI/NCPDP/DEA too);
// insurer, Medicare (MBI), Medicaid and CHIP member numbers, and member numbers of copay, discount,
// foundation and $35 cash cards are HEALTH_PLAN; payer names, their BIN/PCN/group numbers, payer
// phone/fax lines, PBM audit numbers, state agencies and FDA recall classes are not PHI; hospital
// account and billing-claim numbers are ACCOUNT; pharmacy patient profile numbers and hospice,
// dialysis-unit and clinic unit numbers are MRN; a pharmacy store number written with its name
// ("HARTWELL DRUG #0417") is inside the FACILITY span; pharmacies, labs, employers, schools, shelters,
// jails, group homes, transit and home-care agencies and named wards are FACILITY; meter, pump, PDM,
// CGM, pen and glucometer serials are DEVICE; plates and VINs are VEHICLE; a month with a year
// ("Aug 2023", "05/2024") and a month-year range written as one token are one DATE; a DISCARD AFTER
// date printed on a patient's label is a DATE, but manufacturer lot expiry dates and VIS edition dates
// are not PHI; a phone extension written with its number is inside the PHONE span and a short
// in-house extension is PHONE; honorifics in other languages ("Ba" in Vietnamese) stay outside the
// NAME span; a nickname inside a full name stays in one NAME span; an intersection where a person
// lived is ADDRESS; a PO box is ADDRESS.
//
// Slips the author reported (none showed engine output): its author read the brief's check script
// and another helper's brief (outside the repository) and ran tsc once with made-up options (no
// engine, test or benchmark).
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9642 / 0.9401; pass-14 final engine
// (de0953c), still before anyone read the misses, 0.9706 / 0.9405; unchanged after rules
// 14m-n (34e6a79).
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:MARIGOLD COMMUNITY PHARMACY}} - PATIENT COUNSELING RECORD
{{ADDRESS:418 Canal St, Suite 2}}, {{LOCATION:Lockport}}, NY {{ZIP:14094}}   Ph {{PHONE:(716) 555-0142}}   Fax {{FAX:(716) 555-0143}}

Patient: {{NAME:Okafor, Chidinma}}   DOB: {{DATE:07/22/1961}}   Profile #: {{MRN:MCP-0088412}}
Date: {{DATE:03/11/2024 14:20}}
Rx# {{ID:6021884}}  Apixaban (Eliquis) 5 mg tab, #60, 1 tab PO BID, RF x5, NDC 0003-0894-21
Prescriber: {{NAME:Lionel Ashcroft}}, MD   NPI {{LICENSE:1487302956}}   {{FACILITY:Osprey Family Medicine}}

Counseled pt in private consult area (new start after provoked DVT, seen at {{FACILITY:St. Adelina Regional}} ED on {{DATE:3/8}}). Reviewed bleeding signs, what to do with a missed dose, avoid NSAIDs incl. OTC naproxen; acetaminophen ok up to 3 g/day. Pt also takes sertraline 50 mg - moderate DDI flagged, prescriber aware. CrCl by Cockcroft-Gault ~78 mL/min, wt 71 kg, age 62. Daughter {{NAME:Adaeze}} present and will fill the pillbox on Sundays. Copay $47.00 under Part D; member ID {{HEALTH_PLAN:8KT4-WQ2-NM61}}, BIN 004336, PCN MEDDADV, group RX1127. Manufacturer card offered - not eligible (government plan).
Teach-back: 3/3 correct.
RPh: {{NAME:T. Brennan-Oyelaran}}, PharmD     Tech: {{NAME:kls}}`,
  `{{FACILITY:HARTWELL DRUG #0417}}
{{ADDRESS:2290 W MAIN ST}}  {{LOCATION:TUPELO}} MS {{ZIP:38801}}  {{PHONE:662-555-0190}}

RX {{ID:0417-3385920}}                 DATE FILLED {{DATE:02/06/24}}
{{NAME:PRUITT, DELANEY M}}
{{ADDRESS:57 COUNTY RD 1120 LOT 9}}  {{LOCATION:SALTILLO}} MS {{ZIP:38866}}

TAKE ONE TABLET ON THE TONGUE EVERY 8 HOURS AS NEEDED FOR NAUSEA
ONDANSETRON ODT 4MG      QTY 12      REFILLS: 1
MFG: KESTREL GENERICS  NDC 68001-0391-30  LOT 4CV118  EXP 11/2026
DR. {{NAME:S. VANTERPOOL}}        DEA {{LICENSE:BV4418203}}
DISCARD AFTER {{DATE:02/06/25}}      RPH {{NAME:JMW}}
CAUTION: FEDERAL LAW PROHIBITS TRANSFER OF THIS DRUG TO ANY PERSON OTHER THAN THE PATIENT FOR WHOM PRESCRIBED

REFILL LOG
{{DATE:02/06/24}}  NEW   QTY 12  DS 4   RPH {{NAME:JMW}}   COPAY $3.00   PAID CASH
{{DATE:02/19/24}}  RF1   QTY 12  DS 4   RPH {{NAME:ALO}}
   PICKED UP BY: {{NAME:DARNELL PRUITT}} (SPOUSE)   ID SEEN: MS DL {{LICENSE:801447239}}
{{DATE:03/02/24}}  RF REQ - 0 REFILLS LEFT, FAXED DR {{NAME:VANTERPOOL}} {{FAX:662-555-0177}}
{{DATE:03/04/24}}  DENIED BY PRESCRIBER - "NEEDS OFFICE VISIT"   PT NOTIFIED BY PHONE {{PHONE:662-555-0108}}`,
  `PRESCRIPTION DRUG MONITORING PROGRAM - PATIENT REQUEST REPORT
Request ID: {{ID:PMP-24-0771563}}   Requested by: {{NAME:Rania Haddad}}, PharmD ({{FACILITY:Quillen Apothecary}})
Run: {{DATE:04/02/2024 09:14}}   Search: {{NAME:Gutierrez-Valle, Marisol}}  DOB {{DATE:1979-10-03}}  ZIP {{ZIP:85706}}

Fill date | Drug | Qty | Days | MME/day | Prescriber | Pharmacy
{{DATE:03/28/2024}} | oxycodone-APAP 5/325 | 30 | 5 | 45 | {{NAME:Nwachukwu, E}} | {{FACILITY:Quillen Apothecary}}
{{DATE:03/06/2024}} | tramadol 50 mg | 40 | 10 | 20 | {{NAME:Brightwater, K}} | {{FACILITY:SAGUARO DRUG}}
{{DATE:02/14/2024}} | alprazolam 0.5 mg | 60 | 30 | -- | {{NAME:Brightwater, K}} | {{FACILITY:SAGUARO DRUG}}
{{DATE:01/17/2024}} | oxycodone 5 mg | 20 | 4 | 37.5 | {{NAME:Oduya, Fenwick}} | {{FACILITY:Desert Willow Urgent Care}}

Summary: 3 prescribers, 2 pharmacies in 90 days; concurrent opioid + benzodiazepine flagged. Highest daily MME 45 (under the 50 MME threshold). Pt lives in {{LOCATION:Tucson}}, AZ.
Note ({{NAME:RH}}): called Dr. {{NAME:Nwachukwu}} at {{PHONE:520-555-0168}}, aware of the alprazolam; wants fill to proceed. Naloxone 4 mg nasal spray dispensed under standing order, pt agreed. Fill released {{DATE:4/2}} 09:40.`,
  `{{FACILITY:BELLWEATHER SPECIALTY RX}} - NEW REFERRAL INTAKE
Referral rcvd: {{DATE:Monday, January 8, 2024}} via fax from {{FACILITY:Lakeshore Dermatology Partners}} (fax {{FAX:414-555-0127}})
Patient: {{NAME:Bao-Tran Nguyen}}   DOB {{DATE:5/30/1994}}   Cell {{PHONE:414-555-0182}}   email {{EMAIL:baotran.nguyen94@mailbox.test}}
Address: {{ADDRESS:1736 S Layton Blvd Apt 3}}, {{LOCATION:Milwaukee}}, WI {{ZIP:53215}}
Drug: dupilumab 300 mg/2 mL PFS q2wk after 600 mg load. Dx L20.9 atopic dermatitis, BSA 22%, EASI 24, IGA 4.
Prescriber: {{NAME:Harriet Osei-Bonsu}}, MD   NPI {{LICENSE:1902846631}}

BENEFITS INVESTIGATION
Primary: commercial (Great Lakes Mutual), member ID {{HEALTH_PLAN:GLM448019227-01}}, group 77104, RxBIN 610502, PCN GLRX.
Subscriber: self; employer {{FACILITY:Tannery Row Logistics}}.
Result: PA required; step therapy (topical steroid + tacrolimus ointment x 8 wk) documented in clinic notes. PA submitted {{DATE:01/09/2024}}, case # {{ID:PA-3309174}}. Copay card enrolled: ID {{HEALTH_PLAN:DPX-60218844}}, est. OOP $0.
First shipment target {{DATE:1/16/24}}; injection training by nurse educator at home.
Intake: {{NAME:M. Castellanos}}, CPhT     Reviewed: {{NAME:Gideon Ferris}}, RPh`,
  `PRIOR AUTHORIZATION REQUEST - FORMULARY EXCEPTION
To: Pacific Crest Health Plan, Pharmacy Services   Fax 1-800-555-0199
Member: {{NAME:Kealoha, Makana J.}}   Member ID {{HEALTH_PLAN:PCH0092214736}}   DOB {{DATE:12-Feb-1957}}
Prescriber: {{NAME:Yuki Tanabe-Ross}}, DO   NPI {{LICENSE:1730558291}}   DEA {{LICENSE:FT2290417}}
Office: {{FACILITY:Windward Internal Medicine}}, {{ADDRESS:45-955 Kamehameha Hwy Ste 204}}, {{LOCATION:Kaneohe}}, HI {{ZIP:96744}}
Ph {{PHONE:808-555-0134}}   Fax {{FAX:808-555-0135}}

Drug requested: empagliflozin (Jardiance) 10 mg PO daily, qty 30, 30 DS. Dx E11.65, I50.22.
Tried/failed: metformin 1000 mg BID (GI intolerance, stopped {{DATE:Aug 2023}}); glipizide 5 mg (hypoglycemia, BG 52 mg/dL on {{DATE:10/4/23}}).
Clinical: A1c 8.4% ({{DATE:11/20/2023}}), LVEF 35%, eGFR 58, NYHA II. Formulary alternative dapagliflozin tried {{DATE:Sept-Oct 2023}}: genital mycotic infection x2.
Urgency: standard (not expedited).
Prescriber signature: {{NAME:Y. Tanabe-Ross}}     Date: {{DATE:12/01/2023}}`,
  `{{DATE:February 20, 2024}}

Appeals Unit, Keystone Benefit Partners
RE: Level 1 appeal - {{NAME:Florence Abernathy-Quist}}, ID {{HEALTH_PLAN:KBP-77310458}}, DOB {{DATE:03/17/1948}}
Claim reference {{ACCOUNT:CLM2024011987340}}; denial dated {{DATE:2/2/2024}}

Dear Medical Director,
I am writing on behalf of my patient, Mrs. {{NAME:Abernathy-Quist}}, 75, to appeal the denial of Prolia (denosumab) 60 mg SC every 6 months. She has postmenopausal osteoporosis with T-score -3.1 at the femoral neck (DXA {{DATE:1/5/2024}}, {{FACILITY:Brandywine Imaging Center}}) and an L1 compression fracture in 2022. Alendronate was stopped after erosive esophagitis on EGD; zoledronic acid is contraindicated with CrCl 31 mL/min. FRAX 10-year major fracture risk 28%.
Please reconsider. Questions: {{NAME:Pauline Metz}}, PharmD, BCACP, at {{PHONE:(610) 555-0117 ext 204}} or fax {{FAX:(610) 555-0118}}.

Sincerely,
{{NAME:Warrick Delacroix}}, MD
{{FACILITY:Chadds Ford Geriatrics}}   NPI {{LICENSE:1598203374}}
cc: {{FACILITY:Brandywine Valley Pharmacy}}`,
  `MEDICATION THERAPY MANAGEMENT - COMPREHENSIVE MEDICATION REVIEW
CPT 99605 + 99607 x2
Pt: {{NAME:Herschel Blumenthal}}   DOB {{DATE:09/09/1944}}   Plan: SilverPath Part D   MBI {{HEALTH_PLAN:3RT7-HJ2-PW48}}
Date of service: {{DATE:Thursday 04/18/2024}}   Mode: telephone {{PHONE:303-555-0156}}; wife {{NAME:Ruthanne}} on the line.
PCP: Dr. {{NAME:Amaya Sandoval}} ({{FACILITY:Foothills Primary Care}}); cardiology: Dr. {{NAME:Ibekwe}}.
Meds (14): atorvastatin 40, lisinopril 20, metoprolol succ 50, furosemide 40 qAM, KCl 20 mEq, tamsulosin 0.4, finasteride 5, omeprazole 20 (since 2016), diphenhydramine 25 qHS (OTC), aspirin 81, apixaban 5 BID, donepezil 10, D3 2000 IU, docusate.
Issues: (1) diphenhydramine - Beers criteria, anticholinergic burden with donepezil; recommend stop, sleep hygiene. (2) aspirin + apixaban without a clear dual indication - query cardiology. (3) PPI > 8 yrs - deprescribing trial.
Recommendations faxed to PCP at {{FAX:303-555-0157}} on {{DATE:4/18/24}}. Med action plan mailed to {{ADDRESS:6120 W 38th Ave Unit 11}}, {{LOCATION:Wheat Ridge}}, CO {{ZIP:80033}}.
Pharmacist: {{NAME:Sunita Raghunathan}}, PharmD (NPI {{LICENSE:1265097712}})`,
  `anticoag clinic f/u - {{FACILITY:riverbend anticoag svc}}
pt {{NAME:delacruz, rogelio}}  mrn {{MRN:4471930}}  dob {{DATE:6/2/53}}
{{DATE:5/14/24 1005}} poc inr 3.6 (goal 2-3). pt also self-tests at home, coaguchek inrange sn {{DEVICE:UQ0937714}}, home readings 3.1 and 3.4 this wk.
wkly dose 37.5 mg (5 mg daily exc 7.5 mg mon/fri). no missed doses. started cipro 500 bid on {{DATE:5/10}} from {{FACILITY:pinecrest walk-in clinic}} for uti - likely cause. no bleeding, no dark stools, no bruising.
plan: hold tonight, then 32.5 mg/wk (5 mg daily exc 2.5 mg fri). recheck {{DATE:5/17}} after abx done. reviewed s/sx bleeding, er precautions.
spoke w/ son {{NAME:tomas}} {{PHONE:505-555-0131}} - he fills the pillbox on sunday.
pcp dr {{NAME:lindqvist}} notified via ehr msg; pt lives alone in {{LOCATION:los lunas}}.
next inr: {{DATE:tues 5/21}}.
-- {{NAME:kp}}, pharmd, cpp`,
  `DIABETES SELF-MANAGEMENT EDUCATION - PHARMACIST VISIT
{{FACILITY:Cumberland Health Pharmacy Clinic}}, {{LOCATION:Knoxville}}, TN   Ph {{PHONE:865-555-0173}}
Patient: {{NAME:Latoya Whitfield-Graves}}   Age 47   MRN {{MRN:CHP-20093817}}   Visit {{DATE:2024-06-03}}
Referred by Dr. {{NAME:Felicity Arkwright}} for A1c 9.2% and new basal insulin.

Content covered: insulin glargine 22 units qHS, pen technique (prime 2 units, hold 10 sec), site rotation; semaglutide 0.25 mg weekly x 4 wk then 0.5 mg; hypoglycemia rule of 15; sick-day rules; foot care. Pt works nights at the {{FACILITY:Dunmore Poultry}} plant - meal timing and injection time moved to 08:00 after shift.
Devices: Contour Next One meter, serial {{DEVICE:CN1-77209831}}; Dexcom G7 - first sensor placed in clinic, receiver SN {{DEVICE:G7R-4420918}}.
Goals: fasting 80-130, A1c < 7%, walk 20 min 5x/wk.
Follow-up {{DATE:6/17/2024 2:30 PM}}, phone check-in {{DATE:6/10}}. Pt cell {{PHONE:865-555-0120}}.
Educator: {{NAME:Marcus Oyelowo}}, PharmD, CDCES     cc: Dr. {{NAME:Arkwright}}`,
  `INPATIENT PHARMACY INTERVENTION - {{FACILITY:MERCY CREST MEDICAL CENTER}}
Intervention # {{ID:INT-2024-118442}}   Unit: {{FACILITY:Hollister 6 West}}, rm 614-B
Patient: {{NAME:VOSKUIJLEN, ANNEKE}}   MRN {{MRN:00918834}}   Acct {{ACCOUNT:V00411829374}}   Adm {{DATE:07/02/2024}}
Type: renal dose adjustment / TDM.
Vancomycin trough 24.1 mcg/mL on {{DATE:07/05/2024 06:00}}; SCr 1.9 (baseline 0.9); est AUC 720. Recommended hold and redose by level. Piperacillin-tazobactam 4.5 g q6h changed to 3.375 g q8h extended infusion for CrCl 28 mL/min.
Prescriber contacted: Dr. {{NAME:Chukwuemeka Obi}} (hospitalist, pager {{PHONE:4471}}) at 0815 - accepted.
Repeat random level ordered {{DATE:07/06/2024 05:00}}. Also suggested d/c famotidine 20 mg BID (no indication).
Pharmacist: {{NAME:Linnea Forsberg}}, PharmD, BCPS   Time 20 min   Est. cost avoidance $1,840.
Verified by resident {{NAME:J. Amankwah}}, PharmD (PGY1).`,
  `COMPOUNDING RECORD - NONSTERILE          {{FACILITY:Ridgeview Compounding Lab}}
{{ADDRESS:311 Ferry Rd}}, {{LOCATION:Easton}}, MD {{ZIP:21601}}   {{PHONE:410-555-0149}}
Rx {{ID:C-558102}}   Batch 24-0611-03   Master formula MF-117
Patient: {{NAME:Pilar Echeverria Goni}}   DOB {{DATE:04/19/2020}}   Wt 16.2 kg
Prescriber: Dr. {{NAME:Oren Katzenellenbogen}}, {{FACILITY:Talbot Pediatric Gastroenterology}}

Formula: omeprazole 2 mg/mL oral suspension in 8.4% sodium bicarbonate, 150 mL.
 omeprazole 20 mg DR caps x 15 (NDC 62175-0118-37, lot M3K207, exp 08/2025)
 sodium bicarbonate 8.4% qs 150 mL (lot SB4402)
Dose 1 mg/kg/day = 8 mL PO daily 30 min before breakfast. BUD 30 days, refrigerate.
Compounded {{DATE:06/11/2024}} by {{NAME:D. Ferreira-Lang}}, CPhT; final check {{NAME:Amos Kittredge}}, RPh. pH 8.9, appearance white, uniform.
Counselled mother {{NAME:Itziar}} by phone {{PHONE:410-555-0188}}: shake well, oral syringe provided (10 mL).`,
  `{{FACILITY:Crestline Mail Pharmacy}}
{{ADDRESS:PO Box 4400, Dept 12}} - {{LOCATION:Sioux Falls}}, SD {{ZIP:57101}}

{{DATE:September 3, 2024}}

Mr. {{NAME:Desmond Achterberg}}
{{ADDRESS:902 Larkspur Ln}}
{{LOCATION:Ames}}, IA {{ZIP:50010}}

Re: Voluntary recall - metformin HCl ER 500 mg tablets, NDC 51991-0221-01, lot 2J0481A (FDA Class II)
Rx {{ID:7730415}}, last shipped {{DATE:08/12/2024}}     Member ID {{HEALTH_PLAN:BRX-2204851-03}}

Dear Mr. {{NAME:Achterberg}}:
The manufacturer is recalling the lot of metformin ER that we shipped to you last month because of a possible impurity (NDMA). The risk from short-term use is low. Please do not stop taking your metformin until you have a replacement. We have sent a new 90-day supply from a different lot at no cost; your prescriber, Dr. {{NAME:Sigrid Halvorsen}}, has been told.
Questions: call {{PHONE:1-888-555-0163}} (TTY 711), Monday-Friday 8 am to 8 pm.

Sincerely,
{{NAME:Owen Tsosie}}, RPh, Pharmacist in Charge`,
  `ship log - {{FACILITY:crestline mail rx}} cold chain desk
order {{ID:ORD-88120457}}   pt {{NAME:HOLLOWAY-PRICE, JANELLE}}   dob {{DATE:11/02/1988}}   rx {{ID:7741902}}, {{ID:7741903}}
items: insulin lispro kwikpen 100 u/ml x 5 pens (ndc 0002-8799-59), pen needles 32g 4mm x 100
{{DATE:10/21/24}} 15:40 - packed w/ 2 gel packs, 48-hr cooler, temp indicator strip. ship ups 2nd day, tracking {{ID:1Z8W4V290312447716}}.
{{DATE:10/22/24}} 09:12 - pt called {{PHONE:(859) 555-0114}}: will not be home, works at {{FACILITY:Pemberton Elementary School}} (cafeteria). asked to redirect to school office, {{ADDRESS:77 Orchard Ave, Rm 12}}, {{LOCATION:Nicholasville}}, KY {{ZIP:40356}}. address verified with pt by dob + last 4 of home phone. redirect request {{ID:RDR-204417}}.
{{DATE:10/23/24}} 11:05 - delivered, signed "{{NAME:J HOLLOWAY}}". pt confirmed by text that pens cold, strip not tripped.
note: home addr on file {{ADDRESS:3140 Keene Rd}}, {{LOCATION:Nicholasville}} - keep as default.
next fill due ~{{DATE:11/18}}; auto-refill on. member {{HEALTH_PLAN:AXH-90024117}}.
- {{NAME:r.santangelo}} cphT`,
  `CONSULTANT PHARMACIST MEDICATION REGIMEN REVIEW
Facility: {{FACILITY:Willowmere Care Center}}, {{LOCATION:Bangor}}, ME     Review month: {{DATE:October 2024}}
Resident: {{NAME:Theodora Vassilakis}}   Age {{AGE:93}}   Rm 118-A   Attending: Dr. {{NAME:Gareth Pennington}}
Dx: Alzheimer dementia w/ behavioral disturbance, HTN, CKD 3b, osteoporosis, hx Parkinson-like gait.

Findings:
1. Quetiapine 25 mg qHS since {{DATE:05/2024}} - GDR attempt due per F758; behaviors charted 2x this month. Recommend reduce to 12.5 mg, monitor x 4 wk.
2. Lorazepam 0.5 mg PRN anxiety - PRN psychotropic order > 14 days without renewal rationale. Needs prescriber evaluation or d/c.
3. Fall {{DATE:10/03/24}} (no injury). Orthostatic BP 132/70 -> 108/62. Consider stopping doxazosin 2 mg.
4. Sertraline 50 mg + Na 129 ({{DATE:10/09/24}}) - possible SIADH; recheck BMP.
5. Beers criteria: oxybutynin 5 mg BID - strong anticholinergic; suggest mirabegron if covered.
Family: son {{NAME:Nikos Vassilakis}} (POA) {{PHONE:207-555-0152}} - agrees with GDR.
Consultant: {{NAME:Imelda Soriano}}, RPh, BCGP   Date: {{DATE:10/28/2024}}
Physician response due within 30 days. DON: {{NAME:C. Thibodeau}}, RN`,
  `RX REFILL HISTORY - {{FACILITY:SEVEN PINES PHARMACY}}          PRINTED {{DATE:06/30/2024}} 16:02
PATIENT: {{NAME:MWANGI, JOSEPH KAMAU}}   DOB {{DATE:01/14/1970}}   PH {{PHONE:612-555-0147}}
ADDR: {{ADDRESS:2518 BLOOMINGTON AVE APT 204}}, {{LOCATION:MINNEAPOLIS}} MN {{ZIP:55404}}
PLAN: NORTHSTAR MEDICAID   ID {{HEALTH_PLAN:MN00981274406}}   BIN 610084   PCN DRTXPROD   GRP MNMCD

RX#       DRUG                        FILLED     QTY  DS  RF  PRESCRIBER
{{ID:2201456}}   LOSARTAN 50MG TAB           {{DATE:06/03/24}}   90   90  2   {{NAME:HALLORAN K}}
{{ID:2201457}}   AMLODIPINE 10MG TAB         {{DATE:06/03/24}}   90   90  2   {{NAME:HALLORAN K}}
{{ID:2198803}}   METFORMIN 1000MG TAB        {{DATE:05/15/24}}   180  90  0   {{NAME:HALLORAN K}}
{{ID:2210044}}   ATORVASTATIN 20MG TAB       {{DATE:06/21/24}}   30   30  5   {{NAME:ABDIRAHMAN F}}
{{ID:2189327}}   ALBUTEROL HFA 90MCG         {{DATE:04/02/24}}   1    25  3   {{NAME:ABDIRAHMAN F}}

PDC (PROPORTION OF DAYS COVERED) 180 DAYS: RAS 0.93, STATIN 0.61, DIABETES 0.88
NOTE: METFORMIN 0 RF - RENEWAL FAXED {{DATE:06/28}} TO {{FACILITY:HIAWATHA COMMONS CLINIC}} {{FAX:612-555-0199}}`,
  `phone msg - {{FACILITY:quillen apothecary}} rx line
{{DATE:wed 2/7}} 4:52 pm, vm from pt {{NAME:ines barrientos}} ({{PHONE:520-555-0106}}) - says her gabapentin 300 refill was "too early" per insurance. rx {{ID:884310}}.
checked: last fill {{DATE:1/19}}, qty 90, ds 30 -> due {{DATE:2/18}}, 80% rule = {{DATE:2/13}}. reject code 79 (refill too soon). pt says she is going to see her sister in {{LOCATION:Hermosillo}}, Mexico, leaving {{DATE:2/9}} x 3 wks.
called plan help desk (not pt phi) - vacation override allowed once per 12 mo, override ref {{ID:VO-77120394}}. 
called pt back 5:15 pm, left msg on machine w/ callback number only. 
{{DATE:2/8}} 9:30 am: pt called back, override processed, paid claim. pt to pick up today before 6; daughter {{NAME:Yesenia}} may pick up - ok per pt, dob verified {{DATE:3/3/1966}}.
also asked about travel letter for controlled meds - gabapentin not controlled in AZ; advised keep in original labelled bottle.
- {{NAME:lm}} / rph {{NAME:rania h}}`,
  `E-PRESCRIBING CLARIFICATION - CHANGE REQUEST LOG
Pharmacy: {{FACILITY:Harbor Lights Pharmacy}}, {{LOCATION:Gloucester}}, MA   NCPDP {{LICENSE:2241983}}   NPI {{LICENSE:1073925518}}
Patient: {{NAME:Fitzgerald, Siobhan}}   DOB {{DATE:08/27/1983}}   Rx {{ID:404228}}
Original eRx received {{DATE:2024-03-19 10:41}} from {{NAME:Ravi Subramaniam}}, NP   DEA {{LICENSE:MS4127730}}
Problem: sig "take 1 tab by mouth daily" for methotrexate 2.5 mg, qty 30. Weekly dosing expected for RA; daily dosing = high-risk error.
Action: RxChangeRequest (type: prescriber authorization / clarification) sent 10:55; message id {{ID:SS-CHG-99834120}}.
Response {{DATE:2024-03-19 13:22}}: corrected to "take 6 tabs (15 mg) by mouth once weekly on Mondays", qty 24, folic acid 1 mg daily added.
Audit: eRx originated from {{FACILITY:North Shore Rheumatology}} EHR, source IP {{IP:10.44.18.207}}; pharmacy workstation RX3.
Counselled pt same day at pickup, weekly calendar sticker on bottle. Verified by {{NAME:Caoimhe Doyle}}, RPh. ISMP high-alert med report filed internally, no harm (category B).`,
  `DRIVE-THRU CONTROLLED SUBSTANCE PICKUP - C-II LOG
Store: {{FACILITY:Brazos Family Pharmacy}}   Date/time: {{DATE:12/04/2023 17:48}}
Rx {{ID:3309127}}   hydrocodone-acetaminophen 10/325 mg #28 (7 DS)   Prescriber: Dr. {{NAME:Emmett Calloway}}, DEA {{LICENSE:AC7731054}}
Patient: {{NAME:Zavala, Rigoberto}}   DOB {{DATE:02/11/1975}}
Picked up by: {{NAME:Maribel Zavala}} (wife) - TX DL {{LICENSE:31047729}}, DOB {{DATE:9/21/1977}}
Vehicle at window: silver Ford F-150, plate TX {{VEHICLE:NKD-4481}}
TX PMP checked {{DATE:12/04/2023}} by {{NAME:BT}}: no overlapping opioid fills, MME/day 40.
Counselled (through window): max 4 tabs/day, no extra Tylenol, no alcohol; naloxone offered - declined.
Post-op dental (3rd molar extraction {{DATE:12/1}}, {{FACILITY:Bryan Oral Surgery Group}}).
Signature captured on pad. RPh {{NAME:B. Trujillo}}.`,
  `IMMUNIZATION ADMINISTRATION RECORD - PHARMACY
{{FACILITY:Lindenwood Pharmacy}}   {{ADDRESS:88 Jefferson Sq}}, {{LOCATION:Kirkwood}}, MO {{ZIP:63122}}
Patient: {{NAME:Agnieszka Wroblewska}}   DOB {{DATE:06/06/1952}}   Age 72   Phone {{PHONE:314-555-0161}}
Screening: no egg allergy, no GBS history, not immunocompromised, no fever today.
Vaccine 1: influenza, high-dose quadrivalent 0.7 mL IM L deltoid, lot UT8213KA, exp 06/30/2025. VIS 08/06/2021.
Vaccine 2: RSV (Arexvy) 0.5 mL IM R deltoid, lot 9X4CT, exp 01/2026.
Date given: {{DATE:09/26/2024}}   Time 11:10   Observed 15 min, no reaction.
Administered by: {{NAME:Dariusz Kaminski}}, PharmD, under pharmacist protocol.
Reported to state registry (ShowMeVax) - confirmation {{ID:SMV-4420981357}}.
PCP notified: Dr. {{NAME:Lorraine Whitcombe}}, fax {{FAX:314-555-0119}}.
Medicare Part B billed; MBI {{HEALTH_PLAN:5HN2-XK9-RT44}}.
Next due: Tdap (last 2012), shingles dose 2 due {{DATE:11/2024}}.`,
  `PATIENT ASSISTANCE PROGRAM APPLICATION - WORKSHEET (pharmacy copy)
Program: manufacturer PAP for insulin glargine / insulin aspart
Applicant: {{NAME:Lucius Fairweather}}   DOB {{DATE:10/30/1966}}   SSN {{SSN:418-66-2093}}
Address: {{ADDRESS:1204 Poplar Bluff Rd, Trlr 6}}, {{LOCATION:Dyersburg}}, TN {{ZIP:38024}}   Home {{PHONE:731-555-0137}}
Household 2, annual income $23,400 (SSDI), 151% FPL - eligible (< 400%).
Insurance: none since job loss at {{FACILITY:Obion Valley Tire & Rubber}} in {{DATE:March 2024}}; Medicare starts 2026.
Prescriber: {{NAME:Jane-Marie Okonkwo}}, NP, {{FACILITY:Lake County Community Health}} - NPI {{LICENSE:1366042781}}
Docs attached: SSA award letter, signed HIPAA auth, Rx for 12 mo.
Submitted {{DATE:7/15/2024}} by {{NAME:Quentin Bright}}, CPhT (navigator); app # {{ID:PAP-2024-55210}}.
Bridge: 1 vial each from sample closet? no - pharmacy cannot. Referred to $35 cash card instead; card member # {{HEALTH_PLAN:INS35-0042197}}.
Follow-up call {{DATE:7/29}}.`,
  `PHARMACY DISCHARGE MEDICATION RECONCILIATION - {{FACILITY:PRAIRIE HEIGHTS HOSPITAL}}
PATIENT: {{NAME:LAFLEUR, ANTOINE J}}   MRN {{MRN:PH-3309817}}   ADMIT {{DATE:01/29/2024}}   DISCHARGE {{DATE:02/03/2024}}
ATTENDING: DR. {{NAME:M. KAUFFMAN}}   PHARMACIST: {{NAME:GRETA HOLMQUIST}}, PHARMD
DIAGNOSIS: NSTEMI S/P DES X1 TO LAD ({{DATE:01/30/2024}}), HFREF EF 30%.
NEW: TICAGRELOR 90 MG BID (X 12 MO), ASPIRIN 81 MG DAILY, METOPROLOL SUCCINATE 25 MG DAILY, SACUBITRIL-VALSARTAN 24-26 MG BID, ATORVASTATIN 80 MG QHS, SPIRONOLACTONE 12.5 MG DAILY.
STOPPED: LISINOPRIL 10 MG (36-HR WASHOUT BEFORE ENTRESTO - LAST DOSE {{DATE:01/31/2024 0900}}), IBUPROFEN OTC.
COPAY CHECK: TICAGRELOR $47/MO WITH PART D; ENTRESTO PA APPROVED {{DATE:02/02/2024}}, AUTH # {{ID:A2024PX88210}}.
MEDS-TO-BEDS FILLED BY {{FACILITY:PRAIRIE HEIGHTS OUTPATIENT PHARMACY}}, DELIVERED RM 422 AT 1130.
F/U: CARDIOLOGY DR. {{NAME:ESPERANZA QUINTERO}} {{DATE:02/09/2024}}; PHARMACIST PHONE CALL 48-72 H TO {{PHONE:785-555-0128}}.
PT LIVES WITH NIECE {{NAME:CLAUDETTE}} IN {{LOCATION:SALINA}}, KS.`,
  `Portal message thread - {{FACILITY:Bellweather Specialty Rx}} patient portal
From: {{EMAIL:k.aldana.rios@postbox.test}} ({{NAME:Katerina Aldana-Rios}})
Sent: {{DATE:Sat 3/23/2024 21:07}}
"Hi, my Humira shipment hasn't come. Tracking says delivered but it isn't on my porch. I need my dose Monday. My account is {{ACCOUNT:BSR-1180447}}."

Reply sent {{DATE:Mon 3/25/2024 08:31}} by {{NAME:Fatima Zahra Benali}}, PharmD:
Hi {{NAME:Katerina}}, I'm sorry. The carrier shows delivery at 2:14 pm Saturday to {{ADDRESS:4410 Cherry Creek Dr S, Unit 2C}}. We filed a claim with the carrier (claim {{ID:FDX-CLM-5520917}}) and are sending a replacement today by priority overnight, arrives {{DATE:3/26}} by 10:30 am. Please take your dose when it arrives; a one-day delay is fine. If the first box turns up, please do not use it - call us at {{PHONE:720-555-0193}} so we can arrange return.
Portal link for tracking: {{URL:https://portal.bellweatherrx.test/track/o/5520917}}
Session note: login from IP {{IP:73.214.90.18}}, 2FA by text.
Adalimumab-adaz 40 mg/0.4 mL pen, lot not recorded on customer message.`,
  `SPECIALTY PHARMACY - ORAL ONCOLOGY REFILL ASSESSMENT
Pt: {{NAME:Henrietta Oyelaran-Mbeki}}   DOB {{DATE:2/14/1959}}   Rx {{ID:S-3350711}}   Call date {{DATE:08/08/2024}}
Drug: capecitabine 1500 mg BID d1-14 q21d (cycle 5), BSA 1.82 m2. Oncologist: Dr. {{NAME:Tobias Wentworth}}, {{FACILITY:Ashgrove Cancer Institute}}.
Spoke with pt and husband {{NAME:Femi}} at {{PHONE:216-555-0158}}.
Adherence: 1 missed dose on day 9 (vomiting). Remaining tabs: 4 x 500 mg - consistent.
Toxicity: hand-foot syndrome grade 1 (urea cream), diarrhea grade 1 (2-3 loose stools, loperamide ok), no mouth sores, no chest pain.
DDI: started omeprazole OTC - may reduce capecitabine efficacy per some data; advised famotidine instead, oncologist informed.
Labs {{DATE:8/5}}: ANC 2.1, plt 145, bili 0.9, CrCl 64.
Next cycle start {{DATE:8/19/2024}}; ship {{DATE:8/15}} to home, signature required. Copay foundation grant ID {{HEALTH_PLAN:PAN-88120473}} covers $0.
Assessed by {{NAME:Kwabena Asante}}, PharmD, BCOP.`,
  `iPLEDGE / ISOTRETINOIN DISPENSE CHECKLIST
Pharmacy: {{FACILITY:Sunbury Pharmacy}}, {{LOCATION:Lewisburg}}, PA
Patient: {{NAME:Madison O'Rourke-Baptiste}}   DOB {{DATE:03/02/2006}}   iPLEDGE pt ID {{ID:7719402281}}
Category: patient who can get pregnant. Two forms of contraception: combined OC + condoms.
Prescriber: {{NAME:Lakshmi Venkataraman}}, MD ({{FACILITY:Susquehanna Skin Center}}), NPI {{LICENSE:1689033472}}
Negative pregnancy test {{DATE:4/22/2024}} at {{FACILITY:Evangelical Valley Lab}}; prescriber confirmed {{DATE:4/23/2024}}.
Pt answered comprehension questions in system {{DATE:4/23/2024}}.
RMA (authorization) # {{ID:RMA-5013384}} obtained {{DATE:4/24/2024 10:12}}; do-not-dispense-to-patient-after date {{DATE:4/30/2024}}.
Dispensed isotretinoin 40 mg caps #60 (30 DS), no refills, Med Guide given.
Counselled: no blood donation, no sharing, sun protection, mood changes - call. Mother {{NAME:Deirdre}} present.
RPh {{NAME:S. Kowalczyk}}`,
  `BUPRENORPHINE COUNSELING NOTE - {{FACILITY:Eastgate Community Pharmacy}}
Confidential: protected under 42 CFR Part 2 when received from a Part 2 program.
Pt: {{NAME:Cody Wainwright}}   DOB {{DATE:07/19/1991}}   Profile {{MRN:EG-0041877}}
Date: {{DATE:1/10/2024}}
Rx {{ID:551902}} buprenorphine-naloxone 8-2 mg SL film, 1 film BID, #28 (14 DS). Prescriber: {{NAME:Helena Moreau-Tate}}, MD, X-waiver no longer required; DEA {{LICENSE:FM3390218}}, {{FACILITY:Bridgeway Recovery Clinic}}.
PMP checked {{DATE:1/10/2024}}: last bup fill {{DATE:12/27/2023}} here; no other controlled fills. 
Counselling: dissolve under tongue, do not chew/swallow, no water until dissolved; dental health (rinse after); avoid benzos/alcohol; naloxone 4 mg nasal given to pt and partner {{NAME:Shay}}.
Pt asked if he can use the film at work ({{FACILITY:Keller Bros. Roofing}}) - yes, keep in locked pouch.
Pt requested text reminders to {{PHONE:937-555-0125}}; consent signed.
Next pickup {{DATE:1/24}}. Pt pays cash $62.18 (discount card # {{HEALTH_PLAN:DC-7715603}}); Ohio Medicaid application pending.
RPh: {{NAME:Ngozi Eze-Chambers}}`,
  `PHARMACOGENOMICS CONSULT
{{FACILITY:Sandhill Clinical Pharmacy Services}}   Ref: Dr. {{NAME:Paul-Henri Devereaux}} (psychiatry)
Patient: {{NAME:Yusuf Karimi}}   MRN {{MRN:SCP-220114}}   DOB {{DATE:11-09-1987}}   Consult date {{DATE:05/02/2024}}
Lab: {{FACILITY:Genovista Laboratories}}, accession {{ID:GV24-0881-2291}}, collected {{DATE:04/18/2024}}
Results: CYP2D6 *4/*41 (activity score 0.5, intermediate metabolizer); CYP2C19 *1/*17 (rapid metabolizer); CYP2C9 *1/*1; SLCO1B1 rs4149056 TC (decreased function).
Current meds: escitalopram 20 mg (partial response after 10 wk), aripiprazole 5 mg, atorvastatin 40 mg.
Assessment: CYP2C19 rapid - escitalopram levels may be low (CPIC: consider alternative not mainly metabolized by 2C19, e.g. sertraline or bupropion). Aripiprazole: CYP2D6 IM - no change at 5 mg. SLCO1B1 decreased function + atorvastatin 40: moderate myopathy risk - consider rosuvastatin 10 mg.
Plan discussed with pt by video; recommendations sent to Dr. {{NAME:Devereaux}} by secure message and fax {{FAX:919-555-0142}}.
{{NAME:Anjali Deshpande-Moore}}, PharmD, BCPP   Time: 40 min`,
  `tpn verification - {{FACILITY:st. brendan's children's hospital}} nicu
pt {{NAME:baby girl ahmadi}} (twin b)   mrn {{MRN:10488273}}   bed 14   dol 6   bw 1.21 kg, today 1.18 kg
order rcvd {{DATE:3/19/24 1340}} from dr {{NAME:shah}} (neo fellow), verified by {{NAME:mk}} 1415
rx: d12.5w, aa 3.5 g/kg/d, smof 2.5 g/kg/d, na 3 meq/kg, k 2 meq/kg, ca gluc 2 meq/kg (ca:phos ratio ok, 1.3:1 by mg), phos 1.5 mmol/kg, trace elements peds, cysteine 40 mg/g aa, heparin 0.5 u/ml. tfi 150 ml/kg/d, gir 9.2 mg/kg/min.
issues: k 5.9 on {{DATE:3/19}} am (hemolyzed?) - recommended k 1 meq/kg pending repeat; fellow agreed. triglycerides 168 - ok to advance lipid.
osmolarity 1180 - piccline only (picc placed {{DATE:3/15}}), ok.
mother {{NAME:parisa ahmadi}} pumping, ebm 10 ml q3h trophic. twin a (bed 15, {{NAME:baby boy ahmadi}}) separate order.
compounded by {{FACILITY:st. brendan's}} iv room, exacta-mix run 1602, bud 30 h.
-- {{NAME:m. kowalski-reyes}}, pharmd, bcpps`,
  `PEDIATRIC ANTIBIOTIC COUNSELING (interpreter used)
{{FACILITY:Farmacia Buena Salud}}   {{ADDRESS:2715 E Cesar Chavez St}}, {{LOCATION:Austin}}, TX {{ZIP:78702}}
Date: {{DATE:10 de enero de 2024}}
Patient: {{NAME:Mateo Alejandro Villanueva}}, age 3, wt 14 kg   DOB {{DATE:12/28/2020}}
Rx {{ID:AB-661049}} amoxicillin 400 mg/5 mL susp, 7 mL PO BID x 10 days (90 mg/kg/day = 1260 mg/day, ok), qty 150 mL. Prescriber: {{NAME:Beatriz Solis-Hartman}}, MD, {{FACILITY:Clinica Pediatrica del Este}}.
Caregiver: mother {{NAME:Guadalupe Villanueva}}, Spanish-speaking; phone interpreter {{NAME:Rosa}}, ID {{ID:INT-40418}} (LanguageBridge line).
Counselled: shake well; use the 10 mL oral syringe, not a kitchen spoon; refrigerate; finish all 10 days even if better; rash with hives or swelling - stop and call; diarrhea common.
Reconstituted {{DATE:1/10/24}} 16:30; discard after 14 days.
Mother verified dose by drawing up 7 mL correctly.
Allergies: NKDA. Previous amox course {{DATE:June 2023}} tolerated.
Callback: {{PHONE:512-555-0179}}.  RPh {{NAME:Hector Ybarra}}; tech {{NAME:gp}}.`,
  `DME / PHARMACY BENEFIT PRIOR AUTH - INSULIN PUMP SUPPLIES
Patient: {{NAME:Sorensen, Kirsten A}}   DOB {{DATE:4/04/1999}}   Member {{HEALTH_PLAN:UHG-PPO 900412775}}
Device: Omnipod 5 - PDM serial {{DEVICE:PDM5-0921-44718}}; CGM Dexcom G6 transmitter SN {{DEVICE:8GL2KX}}.
Request: Omnipod 5 pods 10-pack, 3 boxes/30 days via pharmacy benefit (NDC 08508-3000-05). HCPCS A9274 denied under DME.
Prescriber: {{NAME:Anders Lindgren-Bose}}, MD, {{FACILITY:Lakewood Endocrine Associates}}, NPI {{LICENSE:1912045580}}, ph {{PHONE:253-555-0166}}, fax {{FAX:253-555-0167}}
Clinical: T1DM since age 11, A1c 7.1% on pump vs 8.6% on MDI; 2 severe lows in 2022 before pump (EMS {{DATE:11/05/2022}}).
Submitted {{DATE:2024-02-12}} by {{FACILITY:Puyallup Valley Pharmacy}}; PA ref {{ID:PA24-0043318}}. Approved {{DATE:2024-02-14}} through {{DATE:2025-02-13}}.
Pt notified by text {{PHONE:253-555-0121}}; first fill {{DATE:2/15}}.
Tech: {{NAME:Kiyoshi Arakaki}}`,
  `MEDICATION SAFETY EVENT REPORT (internal, peer-review privileged)
Event # {{ID:MSE-2024-0339}}   Reported {{DATE:06/19/2024}}   Location: {{FACILITY:Fairhaven Pharmacy #2}}, {{LOCATION:Bellingham}}, WA
Patient: {{NAME:Delphine Aucoin}}   DOB {{DATE:8/8/1946}}   Rx {{ID:8803125}}
Description: Rx for hydroxyzine 25 mg filled with hydralazine 25 mg (look-alike/sound-alike, adjacent bins). Filled {{DATE:06/14/2024}}; pt took 6 doses before granddaughter {{NAME:Elodie}} noticed the tablet imprint differed ("H 25" vs "P 25"). Pt dizzy {{DATE:6/17}}, BP 98/58 at home. No ED visit.
Category D (reached pt, required monitoring). Pt's PCP Dr. {{NAME:Whitaker}} notified {{DATE:6/19}} 10:20.
Root cause: no barcode scan at fill (scanner down), verifying RPh relied on image-free label check.
Actions: tall-man labeling on shelf (hydrOXYzine / hydrALAZINE), bins separated, scanner replaced. Apology and disclosure by PIC {{NAME:Roland Beaulieu}}, RPh; pt's new supply delivered to {{ADDRESS:1503 Eldridge Ave, Apt 7}}.
Reported by: {{NAME:Jin-Ah Park}}, PharmD.`,
  `PRESCRIPTION TRANSFER - INCOMING
Date/time: {{DATE:11/13/2023 13:05}}
Receiving: {{FACILITY:Oak Hollow Pharmacy}}, RPh {{NAME:Marguerite Lenoir}}, DEA {{LICENSE:FO2281934}}
Transferring: {{FACILITY:Timberline Drug}} ({{LOCATION:Flagstaff}}, AZ), RPh {{NAME:Wendell Yazzie}}, ph {{PHONE:928-555-0189}}, DEA {{LICENSE:FT4405127}}
Patient: {{NAME:Begay, Loretta}}   DOB {{DATE:03/23/1958}}   new address {{ADDRESS:612 Juniper Ridge Rd}}, {{LOCATION:Payson}}, AZ {{ZIP:85541}}
Rx (orig) {{ID:T-104472}}: levothyroxine 88 mcg, #90, orig written {{DATE:05/01/2023}}, first fill {{DATE:05/02/2023}}, last fill {{DATE:08/10/2023}}, 2 RF remaining of 3.
Prescriber: {{NAME:Sandra Nez}}, FNP, {{FACILITY:Canyon Rim Health Center}}
Rx (orig) {{ID:T-104473}}: lisinopril 10 mg, #90, 1 RF remaining.
New Rx # here: {{ID:40919}}, {{ID:40920}}. Orig Rx inactivated at {{FACILITY:Timberline}}.
Pt pays cash until new Medicaid card arrives.`,
  `PHARMACIST-PRESCRIBED TOBACCO CESSATION VISIT
{{FACILITY:Juniper & Sage Pharmacy}}   Visit {{DATE:Tuesday, 2/27/2024}}
Patient: {{NAME:Teodoro Manalo}}   Age 54   Phone {{PHONE:541-555-0140}}
Smoking 1 ppd x 30 yrs (30 pack-yr); Fagerstrom 7; quit attempts 2019 (patch, relapsed at 3 wk). Ready to quit date {{DATE:3/8/2024}}.
Screening: no seizure hx, no unstable psych hx, BP 138/86. No pregnancy consideration.
Prescribed under OR protocol: varenicline starter pack (0.5 mg daily d1-3, 0.5 mg BID d4-7, then 1 mg BID) x 12 wk + nicotine lozenge 2 mg PRN.
Counselled: take with food and full glass of water, vivid dreams/nausea, call if mood changes. Quitline referral (1-800-QUIT-NOW) - pt consented.
Rx {{ID:702281}}, {{ID:702282}}. Pharmacist NPI {{LICENSE:1457082393}}.
PCP notification: Dr. {{NAME:Isobel McKinnon}}, {{FACILITY:Deschutes Valley Family Practice}}, fax {{FAX:541-555-0148}}.
Employer wellness program ({{FACILITY:Cascade Mill Works}}) - pt wants receipt.
F/u {{DATE:3/26/2024}}. {{NAME:Priya Nair}}, PharmD`,
  `NALOXONE STANDING ORDER DISPENSING LOG - {{FACILITY:RIVERVIEW DRUG}}, {{LOCATION:HUNTINGTON}}, WV
Standing order issued by state health officer (not PHI).
{{DATE:03/04/24}}  naloxone 4 mg nasal x2   recipient: {{NAME:TAMMY STILES}} (for son)   DOB {{DATE:1/09/69}}   RPh {{NAME:DK}}
{{DATE:03/05/24}}  naloxone 4 mg nasal x2   recipient: anonymous (declined name) - no PHI recorded   RPh {{NAME:DK}}
{{DATE:03/07/24}}  naloxone 4 mg nasal x1   recipient: {{NAME:Harlan Mullins}}   DOB {{DATE:10/30/82}}   copay $0 (WV Medicaid {{HEALTH_PLAN:WV3370016429}})   RPh {{NAME:AS}}
{{DATE:03/11/24}}  naloxone 4 mg nasal x2   recipient: Pastor {{NAME:Gene Ratliff}} for {{FACILITY:Hope Harbor Mission}} shelter kit   RPh {{NAME:DK}}
{{DATE:03/12/24}}  naloxone 8 mg nasal x1   recipient: {{NAME:K. Osborne}}   pt age 19   RPh {{NAME:AS}}
Training: 5-step response, call 911, rescue breathing. Lot numbers: 24B117, 24B118 (exp 10/2026).
Report to state monthly: 8 kits this month. Reviewed {{DATE:03/31/24}} by PIC {{NAME:Deborah Kincaid}}, RPh.`,
  `Self-Screening Risk Assessment - Pharmacist-Prescribed Hormonal Contraception
{{FACILITY:Willamette Corner Pharmacy}}, {{ADDRESS:930 NE Broadway, Ste 110}}, {{LOCATION:Portland}}, OR {{ZIP:97232}}
Date: {{DATE:8/1/2024}}   Patient: {{NAME:Aoife Gallagher-Nunez}}   DOB {{DATE:1/25/1998}}   age 26
BP today 118/74 (seated, 2nd reading). BMI 24. Non-smoker. No migraine with aura, no VTE hx, no breastfeeding, not < 21 days postpartum. US MEC category 1 for CHC.
Prior method: depot medroxyprogesterone via {{FACILITY:Rose City Health Collective}} until {{DATE:April 2024}}.
Prescribed: norgestimate-ethinyl estradiol 0.25/35 (Sprintec generic), 3 packs + 9 RF (1 yr). Quick start today with backup x 7 days; Rx {{ID:90331274}}.
Counselled: ACHES warning signs, missed pill rules, STI protection, emergency contraception option.
Referral to PCP for well-woman exam: Dr. {{NAME:Margit Eriksson}}, {{FACILITY:Hawthorne Women's Clinic}}, fax {{FAX:503-555-0132}}.
Pt email for refill reminders: {{EMAIL:aoife.gn@fastmail.test}}. Plan: OHP (Oregon Health Plan) ID {{HEALTH_PLAN:OHP-RB44190783}}; billed CPT 99202 pharmacist E/M under state rule.
Pharmacist: {{NAME:Jonah Feldstein}}, PharmD, OR license {{LICENSE:RPH-0019447}}`,
  `Letter to patient - anticoagulant change
{{FACILITY:Riverbend Anticoagulation Service}}, {{ADDRESS:1200 Rio Grande Blvd NW, Suite 300}}, {{LOCATION:Albuquerque}}, NM {{ZIP:87104}}

{{DATE:July 9, 2024}}

Dear Ms. {{NAME:Tsinajinnie}},

Your doctor, Dr. {{NAME:Aurelio Baca}}, and our pharmacists have agreed to switch you from warfarin (Coumadin) to apixaban (Eliquis) 5 mg twice a day. Here is how to switch safely:
- Last warfarin dose: {{DATE:Friday, July 12}}.
- INR check: {{DATE:Monday, July 15}} at 9:00 am at our clinic.
- If the INR is below 2.0, start apixaban that evening. We will call you at {{PHONE:505-555-0146}} with the result.
You no longer need weekly INR checks after the switch, and no diet changes for vitamin K. Apixaban has no antidote at home, so call us for any bleeding, black stools or falls with a head strike.
Your pharmacy, {{FACILITY:Zuni Trail Pharmacy}}, has the new prescription (Rx {{ID:3318402}}); your copay will be $0 through the Indian Health Service referral.
Sincerely,
{{NAME:Kalani Pruitt}}, PharmD, CACP, clinical pharmacist practitioner
cc: Dr. {{NAME:Baca}}; chart MRN {{MRN:RAS-551873}}`,
  `PrEP Follow-up - Pharmacy Clinic
{{FACILITY:Magnolia Street Pharmacy}} - {{LOCATION:New Orleans}}, LA     Visit {{DATE:2024-05-20}}
Pt: {{NAME:Dominique Thibodeaux}} (pronouns he/him)   DOB {{DATE:1996-12-03}}   Pharmacy pt # {{MRN:MSP-77014}}
Regimen: emtricitabine/tenofovir disoproxil 200/300 mg daily since {{DATE:2023-11-20}}.
Labs today (POC + sent to {{FACILITY:Crescent Reference Lab}}, accession {{ID:CRL-5502917}}): HIV Ag/Ab nonreactive, SCr 0.98 (CrCl > 60), HBsAg neg (last yr), STI panel pending (3-site NAAT).
Adherence: 2 missed doses/month; pill bottle stored at partner's apt. Discussed on-demand 2-1-1 not recommended for him; long-acting cabotegravir option - interested, referral to Dr. {{NAME:Ama Boateng}} at {{FACILITY:Bywater Infectious Disease Clinic}}.
Insurance: LA Medicaid {{HEALTH_PLAN:LA0088197342}}; PrEP assistance not needed.
Next 90-day supply ships to {{ADDRESS:2316 Dauphine St, Apt B}}, {{LOCATION:New Orleans}}, LA {{ZIP:70117}}. Text reminders {{PHONE:504-555-0153}}.
Pharmacist under collaborative agreement: {{NAME:Ren Takahashi}}, PharmD, AAHIVP`,
  `HEPATITIS C - SPECIALTY PHARMACY INTAKE & ASSESSMENT
Referral: {{FACILITY:Heartland Liver Associates}}, Dr. {{NAME:Osvaldo Reinholt}}, NPI {{LICENSE:1821550096}}   rcvd {{DATE:02/05/2024}}
Patient: {{NAME:Lorelei Cavanaugh}}   DOB {{DATE:09/12/1972}}   phone {{PHONE:(417) 555-0111}}   address {{ADDRESS:445 S Kimbrough Ave, #9}}, {{LOCATION:Springfield}}, MO {{ZIP:65806}}
HCV RNA 2,340,000 IU/mL ({{DATE:01/22/2024}}), genotype 3a, FIB-4 1.9, no cirrhosis on FibroScan (7.1 kPa). HBsAg neg, anti-HBc pos -> monitor for HBV reactivation. HIV neg. Not pregnant.
Regimen: sofosbuvir/velpatasvir 400/100 mg daily x 12 wk.
DDI screen: omeprazole 40 mg - switch to take with food 4 h before PPI or change to famotidine; amiodarone - none; St John's wort - pt stopped.
Insurance: Show-Me Medicaid DCN {{HEALTH_PLAN:11920447}}; PA approved {{DATE:02/09/2024}} (auth {{ID:MOPA-2024-771045}}).
First shipment {{DATE:02/13/2024}} to home; week-4 RNA at {{FACILITY:Cox Road Lab Draw}}.
Assessment: {{NAME:Benedikt Auerbach}}, PharmD, AAHIVP   Intake tech: {{NAME:Shonda Pettway}}`,
  `{{FACILITY:KEYSTONE LTC PHARMACY}} - CYCLE FILL DELIVERY MANIFEST
FACILITY: {{FACILITY:MAPLE GROVE NURSING AND REHAB}}, {{ADDRESS:4020 ROUTE 61}}, {{LOCATION:POTTSVILLE}} PA {{ZIP:17901}}
DELIVERY {{DATE:11/01/2024}}   ROUTE 3   DRIVER {{NAME:T. SZYMANSKI}}   VAN PLATE PA {{VEHICLE:ZKL-2209}}
WING: {{FACILITY:BIRCHWOOD UNIT}}
RM 101A  {{NAME:DZIEDZIC, STANLEY}}        28 CARDS   INCL APIXABAN 2.5 BID (AGE {{AGE:91}}, WT 58 KG)
RM 102B  {{NAME:FEGLEY, MILDRED R}}         22 CARDS   INCL LEVOTHYROXINE 50, DONEPEZIL 10
RM 104A  {{NAME:O'HARA-KLINE, BRIDGET}}    31 CARDS   INCL INSULIN GLARGINE PEN (FRIDGE)
RM 105A  {{NAME:NGUYEN VAN THANH}}         18 CARDS
RM 106B  {{NAME:ROTHERMEL, LEROY}}         25 CARDS   NEW: CEPHALEXIN 500 QID X 7D START {{DATE:11/01}}
C-II CONTROLLED: OXYCODONE 5 MG #30 FOR {{NAME:FEGLEY, M}} - SIGNED COUNT SHEET REQUIRED
RECEIVED BY (NURSE): {{NAME:A. HOLLENBACH}}, LPN   TIME 0645
DISCREPANCIES CALL {{PHONE:570-555-0124}}   AFTER HOURS {{PHONE:570-555-0125}}`,
  `HOSPICE COMFORT KIT ORDER - FAXED
To: {{FACILITY:Sweetgrass Hospice Pharmacy Services}}   Fax {{FAX:843-555-0170}}
From: {{FACILITY:Lowcountry Hospice & Palliative Care}}   Ph {{PHONE:843-555-0171}}
Date: {{DATE:01/18/2024}}   Urgent - deliver today
Patient: {{NAME:Ezekiel Grant}}   DOB {{DATE:05/05/1933}}   Age {{AGE:90}}   Hospice ID {{MRN:LHP-30811}}
Home: {{ADDRESS:19 Pluff Mud Ln}}, {{LOCATION:Johns Island}}, SC {{ZIP:29455}} (gate code in chart - do not print). Caregiver: granddaughter {{NAME:Tamika Grant-Simmons}} {{PHONE:843-555-0104}}
Kit:
 morphine oral soln 20 mg/mL, 0.25 mL (5 mg) SL q1h PRN dyspnea/pain, 30 mL
 lorazepam 0.5 mg tab SL q4h PRN anxiety, #10
 haloperidol 0.5 mg tab q6h PRN agitation, #10
 atropine 1% ophthalmic drops 2 gtt SL q4h PRN secretions, 5 mL
 bisacodyl 10 mg supp PR daily PRN, #6
Hospice physician: {{NAME:Caldwell Reyes-Pinckney}}, MD   DEA {{LICENSE:BR6620941}}   NPI {{LICENSE:1447261087}}
Medicare hospice benefit - MBI {{HEALTH_PLAN:7QW3-RN1-CX85}}. Bill to hospice, not Part D.
Nurse: {{NAME:Vivienne Ashby}}, RN case manager`,
  `REFILL AUTHORIZATION REQUEST                 FAX TO: {{FAX:(508) 555-0191}}
From: {{FACILITY:Nantucket Sound Pharmacy}}, {{ADDRESS:14 Main St}}, {{LOCATION:Hyannis}}, MA {{ZIP:02601}}   Ph {{PHONE:(508) 555-0180}}
To: Dr. {{NAME:Winifred Oduya-Barnes}}, {{FACILITY:Cape Cod Cardiology}}
Date sent: {{DATE:06/02/2024}}   Attempt #2 (1st sent {{DATE:05/29/2024}})
Patient: {{NAME:Quinlan, Bartholomew}}   DOB {{DATE:10/01/1950}}   Phone {{PHONE:(508) 555-0138}}
Drug: Rx {{ID:1149275}} - diltiazem ER 240 mg cap, 1 PO daily, #90, last filled {{DATE:03/04/2024}}, 0 refills remaining.
Pt has 3 tablets left. Pt reports last visit with you {{DATE:2/2024}}.
[ ] Approved - # refills ____   [ ] Denied - reason ________   [ ] Pt needs appointment
Prescriber signature ______________ DEA/NPI ______________
Pharmacist: {{NAME:Colm Fitzpatrick}}, RPh
CONFIDENTIALITY: this fax contains protected health information. If received in error, call the sender and destroy.`,
  `FAX COVER SHEET
{{FACILITY:Ozark Specialty Infusion Pharmacy}}
{{ADDRESS:2901 N Crossover Rd, Bldg C}}, {{LOCATION:Fayetteville}}, AR {{ZIP:72703}}
Phone {{PHONE:479-555-0115}}   Fax {{FAX:479-555-0116}}

To: Dr. {{NAME:Hollis Vang}} / {{FACILITY:Northwest Arkansas Neurology}}     Fax: {{FAX:479-555-0102}}
From: {{NAME:Renata Szabo}}, PharmD
Date: {{DATE:4/29/2024}}     Pages (incl. cover): 4
Re: {{NAME:Whitlock, Everett}}  DOB {{DATE:12/20/1961}}  - IVIG 2 g/kg loading for CIDP

Enclosed:
1. Infusion order form (please sign p. 2 - dose 0.4 g/kg/day x 5 days, wt 88 kg = 35 g/day, round to 35 g).
2. Nursing agency: {{FACILITY:Arkansas Valley Home Infusion Nursing}}, first visit {{DATE:5/6/2024}} 08:00.
3. Benefits summary: PA approved, ref {{ID:AUTH-IG-2207741}}, 5 doses through {{DATE:6/30/2024}}; pt coinsurance 20% up to OOP max.
Please also confirm IgA level (pending) and whether pre-meds (acetaminophen 650 mg, diphenhydramine 25 mg) are wanted.

CONFIDENTIAL - protected health information. If you received this in error, notify us at the phone above.`,
  `HTN MANAGEMENT - CLINICAL PHARMACIST VISIT (collaborative practice agreement)
{{FACILITY:Sycamore Health Center}} pharmacy clinic, rm 3     {{DATE:09/12/2023}}
Pt: {{NAME:Oluwaseun Adebayo-Clarke}}   58 y/o M   MRN {{MRN:SHC004812776}}
Referred by Dr. {{NAME:Gwendolyn Teague}} for uncontrolled HTN.
Home BP log (Omron BP7350, cuff L): avg 148/92 over 14 days. Clinic 152/94, 150/90 (5 min apart). HR 76.
Meds: amlodipine 10 mg daily, HCTZ 25 mg daily. Adherence by pill count 95%; refills on time at {{FACILITY:Sycamore Outpatient Pharmacy}}.
Labs {{DATE:9/1/23}}: K 3.6, Na 139, SCr 1.1, eGFR 74, UACR 45 mg/g.
Assessment: stage 2 HTN not at goal (< 130/80), albuminuria - add ACEi.
Plan: start lisinopril 10 mg daily (Rx {{ID:SHC-RX-992814}}), BMP in 1-2 wk ({{DATE:9/22}}), home BP daily; DASH handout; sodium < 2 g.
Next visit {{DATE:10/3/2023}} (telehealth, {{URL:https://visit.sycamorehealth.test/r/oac3391}}).
Pt works as bus driver for {{FACILITY:Tri-County Transit}}; takes meds at 05:00 before shift.
{{NAME:Ignacio Ferrante}}, PharmD, BCACP - CPA #{{ID:CPA-2021-07}} (reviewed by Dr. {{NAME:Teague}})`,
  `ANTIMICROBIAL STEWARDSHIP REVIEW - {{FACILITY:Lakeview Memorial Hospital}}
{{DATE:Wed 01/17/2024}} rounds w/ ID Dr. {{NAME:Farouk Haddadin}}
Pt: {{NAME:Ellsworth, Marguerite}}  MRN {{MRN:LMH-7720194}}  unit {{FACILITY:Carraway 4}} bed 12  age 81
Abx: meropenem 1 g q8h day 4 (started {{DATE:1/14}} in ED for sepsis ?urine source), vancomycin d/c'd day 2 (MRSA nares PCR neg).
Micro: urine cx {{DATE:1/14}} E. coli > 100K CFU, ESBL-neg, pan-S except ampicillin; blood cx 1/2 bottles E. coli, same pattern.
Recommendation: de-escalate to ceftriaxone 1 g IV q24h, then PO cefpodoxime 200 mg BID when afebrile 24-48 h, total 7 days from first neg cx ({{DATE:1/15}}).
Primary team (Dr. {{NAME:Sato-Whitmore}}) accepted via secure chat 11:42.
Days of therapy saved (est): 3 carbapenem DOT.
Note: {{NAME:A. Mbeki}}, PharmD, BCIDP     cc pharmacy resident {{NAME:Tomasz Zielinski}}`,
  `Medicare Part D Coverage Determination - NOTICE OF DENIAL (copy received at pharmacy)
Plan: Evergreen Senior Rx (PDP)   Plan phone 1-877-555-0109 (member services)
Date of notice: {{DATE:March 28, 2024}}
Enrollee: {{NAME:Harold T. Finchley}}   Member ID {{HEALTH_PLAN:ESR6620044813}}
Address: {{ADDRESS:88 Birch Hollow Rd}}, {{LOCATION:Keene}}, NH {{ZIP:03431}}
Drug: tirzepatide (Mounjaro) 5 mg/0.5 mL pen - requested by {{NAME:Mira Castellano-Holt}}, APRN.
Reason: not on formulary for diagnosis of obesity without type 2 diabetes; formulary alternatives for T2DM require documented diagnosis (ICD-10 E11.x). Chart shows prediabetes, A1c 6.1%.
Your right to appeal: request redetermination within 65 days of this notice. Case number {{ID:CD-24-0330817}}.
Pharmacy note ({{FACILITY:Monadnock Pharmacy}}, {{NAME:E. Bartlett}}, RPh, {{DATE:4/1/24}}): pt called, upset; explained denial, cash price $1,060/pen box. Pt will ask APRN about appeal; prescriber office fax {{FAX:603-555-0175}} sent copy of notice.`,
  `customer concern log - {{FACILITY:harborview rx store 12}}
{{DATE:05/06/24}} 1:15p   received by: {{NAME:leila}} (tech)
customer: {{NAME:gordon mcallister}}, dob {{DATE:2/29/1956}}, ph {{PHONE:207-555-0163}}
concern: says he was overcharged for his tamsulosin (paid $42 vs usual $10). also upset that his wife's name ({{NAME:moira mcallister}}) was called out loud at pickup counter.
review: claim billed to secondary by mistake (primary Part D plan rejected with code 76 - plan limits exceeded - and tech overrode to secondary). rebilled primary with qty 30; refund $32 to original payment card.
privacy: counter announcement reviewed w/ staff; use first name + dob verify quietly.
resolution: refund issued {{DATE:5/6/24}} ref {{ID:RF-118204}}. manager {{NAME:p. dasgupta}} called pt back {{DATE:5/7}} 10a, pt satisfied.
no board complaint filed.`,
  `RETURNED SHIPMENT / ADDRESS VERIFICATION - {{FACILITY:Crestline Mail Pharmacy}}
Case {{ID:RTS-2024-08812}}   opened {{DATE:2024-07-30}}
Member: {{NAME:Vukovic, Dragana}}   DOB {{DATE:1962-04-11}}   Member ID {{HEALTH_PLAN:BRX-4471098-01}}
Package returned to sender {{DATE:07/29/2024}}: "addressee unknown". Contents: Rx {{ID:7790012}} rosuvastatin 10 mg #90, Rx {{ID:7790013}} valsartan 160 mg #90 - returned stock quarantined, destroyed per policy (not restocked).
Address on file: {{ADDRESS:3307 Grand River Ave, Apt 5}}, {{LOCATION:Detroit}}, MI {{ZIP:48208}}.
Outreach: phone on file {{PHONE:313-555-0187}} disconnected. Email {{EMAIL:dvukovic62@inboxly.test}} sent {{DATE:7/30}}. Emergency contact: daughter {{NAME:Mila Vukovic-Hart}} {{PHONE:248-555-0134}} - reached {{DATE:7/31}} 14:10; pt moved to {{ADDRESS:915 W 11 Mile Rd, Unit 204}}, {{LOCATION:Royal Oak}}, MI {{ZIP:48067}}.
Identity verified with pt by DOB + member ID on 3-way call. Address updated; replacement shipped {{DATE:7/31}} at no charge, tracking {{ID:9400111899223344556677}}.
Pt has 6 days of valsartan left - expedited 2-day.
Agent {{NAME:Hassan Okeke}}; RPh review {{NAME:Lise Marchetti}}`,
  `CONTROLLED SUBSTANCE COUNT DISCREPANCY - INVESTIGATION NOTE
{{FACILITY:Palmetto Drug Co.}}   DEA registration {{LICENSE:BP5119023}}   {{LOCATION:Florence}}, SC
Date found: {{DATE:10/15/2023}}   Found by: {{NAME:Yvette Chambliss}}, RPh (PIC)
Drug: oxycodone 10 mg tab, NDC 10702-0010-01. Perpetual inventory 214, physical count 184 - short 30.
Review of dispensing: Rx {{ID:6650184}} for {{NAME:Carlisle Jeffcoat}} (DOB {{DATE:03/31/1960}}) filled {{DATE:10/12/2023}} as qty 60, label printed 30, pt confirms received 30 (called {{PHONE:843-555-0167}}) - keying error, not loss. Second check: Rx {{ID:6650291}} ({{NAME:Audra Mims}}) correct.
Result: physical stock correct; system count overstated by 30 because of the keying error. Adjusted perpetual log, no DEA Form 106 required (no theft/loss). Internal ref {{ID:CSD-23-014}}.
Staff statement: tech {{NAME:Marcus Dewberry}} entered 60. Retraining {{DATE:10/17/2023}}.
Witness: {{NAME:L. Gadsden}}, RPh`,
  `sms reminder log - {{FACILITY:lindenwood pharmacy}} (auto-messaging)
pt: {{NAME:oyelaran, tobi}}  mobile {{PHONE:314-555-0126}}  opt-in {{DATE:1/4/24}}
{{DATE:2/01/24 09:00}} OUT: "{{FACILITY:Lindenwood Pharmacy}}: your prescription is ready for pickup. Reply STOP to opt out."
{{DATE:2/03/24 09:00}} OUT: reminder #2
{{DATE:2/03/24 12:47}} IN: "can my brother pick it up his name is {{NAME:Kunle}}"
{{DATE:2/03/24 13:02}} OUT (rph {{NAME:dk}}): "Yes, he will need your date of birth and his ID."
{{DATE:2/05/24 09:00}} OUT: "Your prescription will be returned to stock in 3 days."
{{DATE:2/06/24 17:31}} picked up by {{NAME:kunle oyelaran}}, id checked. rx {{ID:1102947}} sertraline 100 mg.
{{DATE:3/02/24 09:00}} OUT: refill due reminder - no reply
{{DATE:3/09/24 09:00}} OUT: refill due reminder #2 - no reply; rph call {{DATE:3/11}} left vm.
adherence flag: pdc 0.71 (90 d). handoff to mtm queue, ticket {{ID:MTM-Q-30418}}.`,
  `MEDICATION SYNCHRONIZATION ENROLLMENT (appointment-based model)
{{FACILITY:Bluestem Pharmacy}}, {{LOCATION:Manhattan}}, KS   Enrolled {{DATE:04/03/2024}}
Patient: {{NAME:Gretchen Aldous}}   DOB {{DATE:07/07/1949}}   Phone {{PHONE:785-555-0198}}
Sync date: the 15th of each month (first sync pickup {{DATE:April 15, 2024}}).
Meds synced (short fills to align):
 Rx {{ID:51120}} metoprolol tartrate 25 mg BID - short fill 24 tabs
 Rx {{ID:51121}} furosemide 20 mg daily - short fill 12 tabs
 Rx {{ID:51122}} potassium chloride ER 10 mEq daily - short fill 12
 Rx {{ID:51123}} donepezil 5 mg qHS - aligned already
 Rx {{ID:51124}} latanoprost 0.005% 1 gtt OU qHS - 2.5 mL bottle (35-day)
Prorated copays approved by plan (Part D daily cost-sharing rule).
Appointment call 5-7 days before sync to review changes, new meds, hospital visits.
Caregiver: husband {{NAME:Werner Aldous}} does pickups Tuesdays; authorized by pt.
Prescribers: Dr. {{NAME:Liesl Obermeyer}} (PCP), Dr. {{NAME:Hakim}} (ophthalmology, {{FACILITY:Flint Hills Eye Center}}).
Enrolled by {{NAME:Chase Vollmer}}, CPhT; RPh {{NAME:Kateryna Bondarenko}}.`,
  `Home Health Referral - Compliance Packaging Set-up
From: {{FACILITY:Summit Trail Home Health}}, RN {{NAME:Delia Armstead}}, ph {{PHONE:801-555-0157}}
To: {{FACILITY:Wasatch Valley Pharmacy}}, compliance packaging desk      Date {{DATE:5/22/2024}}
Patient: {{NAME:Ah-Young Seo}}   DOB {{DATE:03/15/1941}}   lives alone at {{ADDRESS:2260 S 700 E, Apt 3}}, {{LOCATION:Salt Lake City}}, UT {{ZIP:84106}}
Reason: RN found 3 bottles of metoprolol (duplicate - brand Lopressor and generic) and missed doses of levetiracetam (Keppra) 500 BID. MoCA 21/30.
Request: weekly multi-dose blister cards (AM / noon / PM / HS), delivered Fridays; RN will do weekly home check.
Current list verified against {{FACILITY:Granite Peak Neurology}} records and PCP Dr. {{NAME:Jun-ho Kwak}}.
Korean-language label requested; son {{NAME:Daniel Seo}} ({{PHONE:801-555-0118}}) will pay delivery fee $5/wk.
Pharmacy reply {{DATE:5/23/2024}} ({{NAME:Ruth Ann Pelletier}}, RPh): first cards out {{DATE:Fri 5/31}}; duplicate metoprolol removed from home by RN; Rx {{ID:WV-338841}} through {{ID:WV-338849}} consolidated.`,
  `SPECIALTY PHARMACY - PEDIATRIC GROWTH HORMONE START
{{FACILITY:Bellweather Specialty Rx}} - pediatric program     Start date {{DATE:08/20/2024}}
Patient: {{NAME:Rafael Quispe-Mamani}}   DOB {{DATE:10/07/2015}}   age 8   wt 24.6 kg, ht 118 cm (-2.4 SD)
Parents: {{NAME:Ruth Mamani}} (mother, {{PHONE:702-555-0109}}) and {{NAME:Efrain Quispe}}
Drug: somatropin 5 mg cartridge, 0.85 mg SC nightly (0.24 mg/kg/wk). Pen device serial {{DEVICE:GHP-02-55871}}.
Prescriber: Dr. {{NAME:Marisela Ontiveros}}, {{FACILITY:Desert Bloom Pediatric Endocrinology}}, NPI {{LICENSE:1023664870}}.
Insurance: Silver State Health member {{HEALTH_PLAN:SSH-0049182277}}; PA approved through {{DATE:08/19/2025}}, auth {{ID:GH-PA-61204}}.
Training: RN home visit {{DATE:8/21}} with nursing agency {{FACILITY:Red Rock Pediatric Home Care}}.
School: {{FACILITY:Mountain View Elementary}} - no doses at school (bedtime dosing); school nurse {{NAME:Carla Benavides}} given info on sharps only.
Shipping: refrigerated, Tuesdays, to {{ADDRESS:6231 Sandy Dunes Ave}}, {{LOCATION:Las Vegas}}, NV {{ZIP:89156}}.
Monitoring: IGF-1 in 4-6 wk, glucose, hip/knee pain, headaches (IIH).
Coordinator: {{NAME:Whitney Ashcombe-Lee}}, CPhT     Pharmacist: {{NAME:Diego Arroyo}}, PharmD`,
  `NOTICE TO PATIENT - BIOSIMILAR INTERCHANGE
{{FACILITY:Lakeshore Health System Specialty Pharmacy}}
{{DATE:January 2, 2025}}

{{NAME:Marjorie Kettleborough}}
{{ADDRESS:1441 N Prospect Ave, Apt 1208}}
{{LOCATION:Milwaukee}}, WI {{ZIP:53202}}

Dear {{NAME:Marjorie Kettleborough}},
Starting with your next refill after {{DATE:January 15, 2025}}, your insulin glargine (Lantus) will be dispensed as insulin glargine-yfgn, an interchangeable biosimilar, as allowed by Wisconsin law. Your prescriber, Dr. {{NAME:Oyinkansola Bright}}, has been told and can ask for the original product by writing "brand medically necessary."
The dose stays the same: 18 units under the skin at bedtime. The pen looks different (blue label) and uses the same pen needles. Check your blood sugar as usual and call us if readings change.
Your copay will drop from $35 to $10 a month under your plan (member {{HEALTH_PLAN:LHP-330197452}}).
Rx {{ID:SP-0882147}}. Questions: our pharmacists are available at {{PHONE:414-555-0140}}, or email {{EMAIL:specialtyrx@lakeshorehealth.test}}.

Sincerely,
{{NAME:Helga Marquardt}}, PharmD, Manager`,
  `APPE student note (community rotation) - {{FACILITY:Cottonwood Pharmacy}}, {{LOCATION:Sedona}}, AZ
Student: {{NAME:Aditi Venkatesh}} (P4)   Preceptor: {{NAME:Roberta Cordero}}, RPh
Date: {{DATE:02/22/2024}}
Pt {{NAME:L.M.}} (initials only per site policy for student notes) - full name {{NAME:Lorraine Maestas}}, profile {{MRN:CWP-11820}}.
S: 68 yo F presents w/ Rx for nitrofurantoin 100 mg BID x 5 d for uncomplicated cystitis from {{FACILITY:Red Rock Urgent Care}} (Dr. {{NAME:Halvorsen-Reid}}). Reports burning x 2 days, no fever, no flank pain.
O: SCr 0.8 ({{DATE:1/2024}}), CrCl ~ 62 mL/min (Cockcroft-Gault, 70 kg). Allergies: sulfa (rash).
A: nitrofurantoin appropriate (CrCl > 30). No DDI with her losartan, alendronate.
P: counselled - take with food, urine may turn brown, complete course; call if fever or back pain. Suggested phenazopyridine OTC x 2 days max.
Preceptor co-sign {{DATE:2/22/24}} 15:10 {{NAME:RC}}.`,
  `EMERGENCY SUPPLY - DECLARED DISASTER (hurricane)
{{FACILITY:Gulf Breeze Pharmacy}}, {{ADDRESS:1150 Gulf Breeze Pkwy}}, {{LOCATION:Gulf Breeze}}, FL {{ZIP:32561}}
Date: {{DATE:10/10/2024}}   State executive order in effect - emergency refills up to 30 days allowed.
Patient: {{NAME:Anselm Broussard}}   DOB {{DATE:06/18/1955}}   evacuated from {{LOCATION:Cedar Key}}; staying at {{FACILITY:Santa Rosa County Fairgrounds shelter}}, cot B-41.
Home pharmacy: {{FACILITY:Island Drug of Cedar Key}} - closed, phones down; profile not reachable.
Verification: pill bottles brought by pt (labels Rx {{ID:CK-20931}} carvedilol 12.5 mg, Rx {{ID:CK-20932}} insulin detemir, Rx {{ID:CK-20940}} levetiracetam 750 mg), labels dated {{DATE:9/02/2024}}. Pt left insulin in fridge at home.
Dispensed 30-day emergency supply of each; insulin detemir pen x 1 box + pen needles; glucometer (ReliOn Premier) given, serial {{DEVICE:RP7743019}}.
Billed to plan with disaster override (submission clarification code 13). Member ID {{HEALTH_PLAN:FLB-7710034529}}.
Contact while displaced: niece {{NAME:Josette Broussard-Lyle}} cell {{PHONE:850-555-0148}}.
Prescriber (Dr. {{NAME:Hollingsworth}}, {{LOCATION:Chiefland}}) notified by fax {{FAX:352-555-0135}} when lines restored.
RPh {{NAME:Marisol Ybanez}}`,
  `TRAVEL HEALTH CONSULT - PHARMACIST
{{FACILITY:Wayfarer Travel Clinic at Pinehurst Pharmacy}}   Visit {{DATE:March 5, 2024}}
Traveler: {{NAME:Benedict Oyelowo-Starr}}   DOB {{DATE:8/16/1980}}   email {{EMAIL:b.oyelowo.starr@work-mail.test}}
Itinerary: depart {{DATE:4/12/2024}} - {{LOCATION:Accra}}, Ghana (10 d), {{LOCATION:Kumasi}} (5 d), then {{LOCATION:Lome}}, Togo; return {{DATE:5/3/2024}}. Business trip for employer {{FACILITY:Halcyon Cocoa Traders}}.
Vaccines: yellow fever required for Ghana - pt has ICVP from 2016 (lifelong validity). Typhoid Vi IM today (lot T2211B), hep A #2 today (dose 1 {{DATE:9/2023}}). Meningococcal ACWY - recommended (meningitis belt in north; not visiting) - declined.
Malaria: atovaquone-proguanil 250/100 mg daily, start 1-2 d before, continue 7 d after return; #30. G6PD not needed.
Traveler's diarrhea: azithromycin 1 g x 1 PRN, #2 doses.
Pt takes escitalopram 10 mg - no interaction. Altitude: n/a.
Company doctor in Accra: Dr. {{NAME:Kwame Addo-Mensah}}, {{FACILITY:Labone Crescent Medical Centre}}.
Pharmacist: {{NAME:Ilse Vandermolen}}, PharmD, CTH`,
  `LOST/STOLEN PRESCRIPTION REPORT - {{FACILITY:Northgate Apothecary}}
Date {{DATE:06/21/2024}}   Pt: {{NAME:Trevino, Abelardo}}   DOB {{DATE:12/12/1984}}   Ph {{PHONE:210-555-0159}}
Pt reports his backpack with a bottle of methylphenidate ER 36 mg (Rx {{ID:N-447218}}, filled {{DATE:06/10/2024}}, #30, 19 tabs left) was stolen from his car at {{ADDRESS:5400 Fredericksburg Rd}} parking garage, {{LOCATION:San Antonio}}, TX on {{DATE:6/20}}.
Police report: SAPD case # {{ID:24-118830574}}, officer {{NAME:R. Escamilla}} badge {{ID:4471}}.
Car: black Honda Civic, TX plate {{VEHICLE:RWX 2281}}, VIN {{VEHICLE:2HGFC2F59KH551207}} (per report copy).
Policy: C-II cannot be refilled; early replacement requires new Rx from prescriber and insurer override. Called prescriber {{NAME:Nadia Farouqi}}, PA-C, {{FACILITY:Alamo Heights Psychiatry}} ({{PHONE:210-555-0188}}) - she declined replacement before due date {{DATE:7/10}}; will see pt {{DATE:6/25}}.
Pt informed; upset but understood. PMP shows no other stimulant fills. Documented by {{NAME:Pablo Gaitan}}, RPh.`,
  `MEDICAID PHARMACY LOCK-IN PROGRAM - NOTICE TO DESIGNATED PHARMACY
From: State Medicaid Pharmacy Program, Lock-In Unit (state agency)
Date: {{DATE:12/04/2023}}
Recipient: {{NAME:Deshawn Tolliver}}   Medicaid ID {{HEALTH_PLAN:KY44118093201}}   DOB {{DATE:05/27/1993}}
Lock-in period: {{DATE:01/01/2024}} through {{DATE:12/31/2025}}
Designated pharmacy: {{FACILITY:Bluegrass Family Pharmacy}}, {{ADDRESS:2210 Versailles Rd}}, {{LOCATION:Lexington}}, KY {{ZIP:40504}}, NPI {{LICENSE:1669412288}}
Designated prescriber for controlled substances: {{NAME:Corinne Battaglia}}, MD, {{FACILITY:Elkhorn Creek Primary Care}}
Reason: 6 prescribers and 5 pharmacies for opioids/benzodiazepines in 12 months; 2 ED visits for overdose.
Claims for controlled substances at other pharmacies will reject (NCPDP reject 39 / M-code lock-in).
Pharmacy acknowledgment ({{NAME:Stuart Pennebaker}}, RPh, PIC): received {{DATE:12/07/2023}}; pt counselled {{DATE:12/15/2023}}, buprenorphine referral given to {{FACILITY:New Leaf Recovery Center}}.`,
  `340B REFERRAL / ELIGIBILITY NOTE
Covered entity: {{FACILITY:Sandoval Valley Community Health Center}} (FQHC)   Contract pharmacy: {{FACILITY:Corrales Road Pharmacy}}
Patient: {{NAME:Marisela Tapia-Good}}   CHC MRN {{MRN:SV-00291847}}   DOB {{DATE:02/19/1977}}
Eligibility: established pt, last visit {{DATE:11/08/2023}} with Dr. {{NAME:Wen Li-Harrington}}; Rx originated from CHC prescriber - 340B eligible. Sliding fee scale level B (income 140% FPL).
Meds: insulin aspart pens, insulin glargine pens, atorvastatin 40, lisinopril 20. Uninsured since {{DATE:Sept 2023}} (lost coverage at Medicaid unwinding).
Patient cost: $7 per Rx at contract pharmacy vs $412 retail for insulins.
Referral sent {{DATE:11/09/2023}} by navigator {{NAME:Xochitl Baca}} ({{PHONE:505-555-0184}}); pt prefers pickup Saturdays.
Medicaid re-application submitted {{DATE:11/10/2023}}, case # {{ID:NM-ASPEN-5519203}}.
Contract pharmacy confirmation {{DATE:11/10/2023}} 15:20 by {{NAME:Gil Romero}}, RPh; split-billing accumulator will replenish 340B stock.
Pt address for mail-outs: {{ADDRESS:PO Box 1187}}, {{LOCATION:Bernalillo}}, NM {{ZIP:87004}}.`,
  `CHEMOTHERAPY ORDER VERIFICATION - ONCOLOGY PHARMACY
{{FACILITY:Ashgrove Cancer Institute}} infusion pharmacy      Verified {{DATE:03/07/2024 0742}}
Patient: {{NAME:Halloran, Bridget Siobhan}}   MRN {{MRN:ACI-1148290}}   DOB {{DATE:07/03/1968}}
Regimen: carboplatin AUC 5 + paclitaxel 175 mg/m2 q21d, cycle 3 day 1. Ovarian ca, stage IIIC.
Ht 163 cm, wt 61.4 kg (wt change < 10% from C1), BSA 1.66 m2.
SCr 0.74 -> CrCl (Cockcroft-Gault, capped 125) = 92 mL/min. Calvert: 5 x (92 + 25) = 585 mg carboplatin. Ordered 585 mg - correct.
Paclitaxel 175 x 1.66 = 290.5 mg -> ordered 290 mg (within 5%) - ok.
Premeds: dexamethasone 20 mg IV, diphenhydramine 50 mg IV, famotidine 20 mg IV 30 min prior. Fosaprepitant 150 mg.
Labs {{DATE:3/6/24}}: ANC 1.9, plt 162, Hgb 10.8, AST/ALT normal, Mg 1.7 -> add Mg sulfate 2 g.
Attending: Dr. {{NAME:Tobias Wentworth}}; RN {{NAME:Priyanka Balasubramanian}} chair 7.
Second check: {{NAME:Ewa Nowicka}}, PharmD, BCOP.  Compounded in USP 797/800 clean room, BSC #2.`,
  `ED PHARMACIST - ACUTE STROKE (code stroke)
{{FACILITY:Tidewater General Hospital}} ED     Pt registered under trauma alias, identified 14:30 as {{NAME:Reginald Ashworth-Pike}}, MRN {{MRN:TGH-9932017}}
Arrival {{DATE:08/24/2024 14:02}} by {{FACILITY:Chesapeake Fire & EMS}} medic 14; LKW 13:15 (per wife {{NAME:Coretta}} by phone {{PHONE:757-555-0176}}).
NIHSS 11. BP 196/104 -> labetalol 10 mg IV x 2 given 14:20, 14:31; BP 178/98.
Glucose 142. INR 1.0, plt 231. Wt (bed scale) 94 kg.
Tenecteplase 0.25 mg/kg = 23.5 mg IV push given 14:38 (door-to-needle 36 min).
Home meds per {{FACILITY:Great Bridge Pharmacy}} fill history (called {{PHONE:757-555-0119}}): apixaban NOT on profile; aspirin 81, metformin, lisinopril. Last apixaban fill none - confirmed with wife.
Transferred to {{FACILITY:Norfolk Comprehensive Stroke Center}} for thrombectomy eval; handoff to pharmacist {{NAME:Dang Thi Mai}} at 15:05.
ED pharmacist: {{NAME:Corbin Tillery}}, PharmD, BCEMP`,
  `pharmacy intercept - peds weight-based dosing error
{{FACILITY:valley children's clinic pharmacy}}, {{LOCATION:fresno}}   {{DATE:1/30/24}}
pt {{NAME:amaya ruiz-kahale}}, 2 yo, dob {{DATE:1/15/2022}}, wt 12.3 kg (clinic scale {{DATE:1/30}})
rx {{ID:V-220194}}: ibuprofen 100 mg/5 ml, 12.3 ml q6h prn fever = 246 mg/dose = 20 mg/kg/dose (max 10 mg/kg/dose). likely mg vs ml confusion (ordered 123 mg -> entered as ml?).
called prescriber {{NAME:felipe arechiga}}, md, at {{FACILITY:valley children's pediatrics}} - corrected to 6 ml (120 mg) q6-8h prn, max 4 doses/24h.
no dose given yet - caught at data entry by tech {{NAME:vanessa ng}}.
counselled dad {{NAME:kekoa kahale}}: 5 ml syringe x 2 given, marked at 6 ml; alternate w/ acetaminophen not needed.
error report {{ID:ER-24-0117}} (near miss, category B). ph on file {{PHONE:559-555-0112}}.
-- {{NAME:hb}}, pharmd`,
  `Tech note - insurance rejection work queue ({{FACILITY:SEVEN PINES PHARMACY}})
{{DATE:06/14/2024}} 10:20   Pt {{NAME:Abdi Warsame}}   DOB {{DATE:3/1/1990}}   Rx {{ID:2214987}} Ozempic 1 mg pen
Claim rejected: NCPDP 75 (prior authorization required) + 569 (provide beneficiary with notice). BIN 003858, PCN A4, Grp MN2RX.
Plan member ID {{HEALTH_PLAN:ZZT40012877}} - matches card image in profile.
Action: PA request started in electronic PA portal (key {{ID:BJXH7TQ2}}) and sent to prescriber Dr. {{NAME:F. Abdirahman}} at {{FACILITY:Hiawatha Commons Clinic}}; office contact {{NAME:Hodan}} ({{PHONE:612-555-0192}}) says A1c 8.9 and metformin trial are in chart.
Pt notified by phone {{PHONE:612-555-0147}} (Somali interpreter line, interpreter #{{ID:40227}}): PA pending 24-72 h, 1 pen on hold.
{{DATE:06/17/2024}} 09:05 - PA approved through {{DATE:06/16/2025}}; claim paid, copay $4.00. Pt works at {{FACILITY:Lake Street Halal Market}}, will pick up after 6 pm.
Tech: {{NAME:Ifrah Jama}}, CPhT   RPh check: {{NAME:Hollis Brandvold}}`,
  `Secure message - caregiver with power of attorney
To: {{FACILITY:Harbor Lights Pharmacy}} pharmacist team
From: {{NAME:Gwendolyn Pryce-Adair}} <{{EMAIL:gpryceadair@seamail.test}}>
Date: {{DATE:Sun, 14 Jul 2024 19:42}}
Subject: my father {{NAME:Alistair Pryce}} (DOB {{DATE:02/08/1931}}, {{AGE:93}} years old)

Hello - I hold durable POA for my dad (copy faxed to you {{DATE:7/1}}). He is moving from {{ADDRESS:22 Eastern Point Rd}} in {{LOCATION:Gloucester}} to {{FACILITY:Seacliff Assisted Living}}, {{LOCATION:Rockport}}, on {{DATE:July 20}}. Can you transfer his prescriptions to their pharmacy, {{FACILITY:Cape Ann LTC Pharmacy}}? Also, the new nurse asked whether his donepezil and his bladder pill (oxybutynin) should be taken together. My cell is {{PHONE:978-555-0196}}.

Reply {{DATE:7/15/2024}} 09:10 - {{NAME:Caoimhe Doyle}}, RPh: POA on file, verified. Transfer of 7 active Rx to {{FACILITY:Cape Ann LTC}} scheduled {{DATE:7/18}}. Donepezil and oxybutynin work against each other (anticholinergic); we have faxed his doctor, Dr. {{NAME:Ferreira}}, suggesting a review. Please bring his med list to the move-in nurse.`,
  `DIALYSIS UNIT - PHARMACIST ANEMIA / MBD PROTOCOL REVIEW
{{FACILITY:Prairie Star Dialysis - Wichita East}}   Month: {{DATE:May 2024}}
Pt: {{NAME:Rosalind Achebe-Kern}}   Chair 9, MWF 2nd shift   Unit ID {{MRN:PSD-04419}}   Nephrologist Dr. {{NAME:Vikram Seshadri}}
Hgb {{DATE:5/6}} 9.4 (goal 10-11), {{DATE:5/20}} 9.7. TSAT 18%, ferritin 410.
ESA: epoetin alfa 6,000 units IV TIW -> increase 25% to 7,500 units per protocol. Iron: iron sucrose 100 mg IV x 10 doses (load).
MBD: PTH 612, Ca 9.0, Phos 6.4 -> sevelamer 1600 mg TID with meals (was 800); calcitriol 0.5 mcg IV TIW unchanged. Dietitian {{NAME:Olga Petrenko}} to reinforce phosphorus binders with meals.
Kt/V 1.31. Dry weight 71.5 kg.
Outside meds (from {{FACILITY:Delano Community Pharmacy}} list): gabapentin 300 mg TID - too high for HD; recommend 100-300 mg after HD only. Sent to Dr. {{NAME:Seshadri}} {{DATE:5/22/2024}}.
Signed: {{NAME:Kenji Watanabe}}, PharmD, BCPS   Facility admin: {{NAME:L. Hargrove}}`,
  `TRANSPLANT PHARMACY - OUTPATIENT TACROLIMUS MONITORING (phone)
{{FACILITY:Heartland Transplant Institute}}    {{DATE:11/05/2024}}
Recipient: {{NAME:Javier Ocampo-Lindgren}}   MRN {{MRN:HTI-66018}}   DOB {{DATE:04/29/1979}}   LDKT {{DATE:08/13/2024}} (donor: brother {{NAME:Esteban Ocampo}})
Tacrolimus ER (Envarsus XR) 7 mg daily; trough {{DATE:11/4}} 14.2 ng/mL (goal 8-10 at 3 mo). SCr 1.4 (baseline 1.2). Tremor +, K 5.3, Mg 1.4.
Likely cause: new diltiazem 120 mg started {{DATE:10/28}} by outside cardiologist ({{FACILITY:Riverbend Heart & Vascular}}) - CYP3A4 inhibition.
Plan (with Dr. {{NAME:Anneliese Dorfmann}}): reduce Envarsus to 5 mg daily, repeat trough {{DATE:11/08}} at {{FACILITY:Maple Lab Services}}, Mg oxide 400 mg BID. Ask cardiology to consider amlodipine instead (letter faxed {{FAX:402-555-0151}}).
Mycophenolate 720 mg BID, prednisone 5 mg - unchanged. Valganciclovir 450 mg daily until {{DATE:2/13/2025}}; TMP-SMX SS daily.
Spoke with pt at {{PHONE:402-555-0172}}; he repeated new dose correctly. New Rx to {{FACILITY:Heartland Specialty Pharmacy}}, Rx {{ID:HSP-4410927}}.
{{NAME:Nkechi Umeadi}}, PharmD, BCTXP`,
  `LONG-ACTING INJECTABLE ANTIPSYCHOTIC - ADMINISTRATION LOG (pharmacist-administered)
{{FACILITY:Mesa Verde Pharmacy}}, {{LOCATION:Cortez}}, CO      Pt: {{NAME:Tully Begaye}}   DOB {{DATE:09/03/1989}}   Profile {{MRN:MVP-30017}}
Prescriber: {{NAME:Ruth Ann Castellano}}, PMHNP, {{FACILITY:Four Corners Behavioral Health}}   ph {{PHONE:970-555-0103}}
Drug: paliperidone palmitate 234 mg IM monthly (maintenance). Rx {{ID:MV-88013}}.
{{DATE:06/03/2024}}  234 mg R deltoid, lot 2PX417, given by {{NAME:J. Whitehorse}}, PharmD. Next due {{DATE:7/3}} (window +/- 7 days).
{{DATE:07/05/2024}}  234 mg L deltoid, lot 2PX417. Pt 2 days late - ride issue. Case manager {{NAME:Lavina Yellowhair}} arranged van from {{FACILITY:Ute Mountain Transit}}.
{{DATE:08/02/2024}}  234 mg R gluteal, lot 3AB022. Pt reports sleeping better; no EPS, AIMS 0. Weight 92 kg (+1).
{{DATE:08/30/2024}}  NO SHOW. Called pt {{PHONE:970-555-0166}} and CM; rescheduled {{DATE:Tuesday 9/3/2024}}.
Billing: Medicaid {{HEALTH_PLAN:CO-H992017}}; admin CPT 96372.`,
  `CORRECTIONAL HEALTH - PHARMACY INTAKE MED VERIFICATION
{{FACILITY:Clearwater County Detention Center}} medical unit     Booking {{DATE:02/10/2024 22:15}}
Inmate: {{NAME:PETROSYAN, ARMEN G.}}   Booking # {{ID:CCDC-24-01877}}   DOB {{DATE:06/01/1986}}
Self-reported meds: insulin glargine 30 u qHS, lispro sliding scale, sertraline 100 mg, buprenorphine 16 mg/day.
Verified by {{NAME:Oksana Melnyk}}, RPh, {{DATE:02/11/2024}} 08:30 with community pharmacy {{FACILITY:Lewiston Plaza Pharmacy}} ({{PHONE:208-555-0138}}): last glargine fill {{DATE:1/20}}, sertraline {{DATE:1/28}}; buprenorphine from {{FACILITY:Snake River Recovery}} (Dr. {{NAME:Holcomb}}) last fill {{DATE:2/3}} - PMP confirmed.
MOUD continued per jail MAT policy: buprenorphine 8 mg SL BID, directly observed, crushed per protocol. Glargine continued; fingerstick AC/HS.
Emergency contact: mother {{NAME:Anahit Petrosyan}} {{PHONE:208-555-0124}}.
Release plan: bridge supply and referral back to {{FACILITY:Snake River}} on release.`,
  `street medicine / shelter pharmacy outreach - {{FACILITY:st. vincent's night shelter}} clinic room
{{DATE:12/12/23}} 19:30, pharmacist {{NAME:olu adeyemi}} w/ outreach rn {{NAME:becca straub}}
client {{NAME:ray "tex" holcombe}}, dob {{DATE:4/4/61}}, no phone; mail c/o shelter, {{ADDRESS:410 n 3rd st}}, {{LOCATION:harrisburg}}, pa {{ZIP:17101}}
hx: htn, copd, aud. lost all meds when tent was cleared at the river camp ({{ADDRESS:front st & maclay st}} underpass) on {{DATE:12/8}}.
bp 172/98. no chest pain. o2 sat 93% ra.
restarted: amlodipine 10 mg (7-day blister x 4), albuterol hfa w/ spacer; tiotropium rx sent to {{FACILITY:capital city discount pharmacy}} $0 via charity fund. thiamine 100 mg daily, folic acid 1 mg.
naloxone kit given (denies opioid use, but friends use).
medicaid: pa medical assistance application started, ecis # {{ID:PAMA-8841723}}.
next visit wed {{DATE:12/20}} same time. friend {{NAME:dwayne}} will hold meds in locker #22 if client agrees.`,
  `PBM DESK AUDIT - REQUEST FOR DOCUMENTATION (pharmacy response)
Auditor: Meridian Claims Integrity (PBM vendor)   Audit # 24-DA-5510 (pharmacy-level)
Pharmacy: {{FACILITY:Quillen Apothecary}}, NCPDP {{LICENSE:0339127}}, NPI {{LICENSE:1922087345}}, {{ADDRESS:1802 W Valencia Rd, Ste 4}}, {{LOCATION:Tucson}}, AZ {{ZIP:85746}}
Claims selected (hard copy + signature log requested):
1. Rx {{ID:880214}}  DOS {{DATE:01/08/2024}}  {{NAME:Ortega-Frayre, Liliana}}  member {{HEALTH_PLAN:MCI509921833}}  insulin glargine 1500 units - billed 28 DS (max sliding dose 50 u/day + 2 u priming); sig attached.
2. Rx {{ID:881502}}  DOS {{DATE:01/19/2024}}  {{NAME:Bui, Thanh Huong}}  member {{HEALTH_PLAN:MCI511048720}}  fluticasone nasal - DAW 1 handwritten by Dr. {{NAME:Emeka Nwachukwu}}; copy attached.
3. Rx {{ID:882977}}  DOS {{DATE:02/02/2024}}  {{NAME:Sandoval, Rene}}  member {{HEALTH_PLAN:MCI500336194}}  amoxicillin 875 mg #20 - signature log page 14 attached (signed by wife {{NAME:Irma Sandoval}}).
Response sent {{DATE:3/15/2024}} via auditor portal by {{NAME:Rania Haddad}}, PharmD, PIC. No discrepancies expected.`,
  `[**{{FACILITY:Hospital1 18}}**] PHARMACY CONSULT NOTE (research corpus, shifted dates)
Name: [**{{NAME:Known lastname 4471}}**], [**{{NAME:Known firstname 812}}**]    Unit No: [**{{MRN:6610928}}**]
Admission Date: [**{{DATE:2148-3-4}}**]    Service: MEDICINE
Pharmacy consult requested by Dr. [**{{NAME:Last Name (STitle) 2210}}**] for warfarin dosing.
Pt is a 79 yo woman admitted [**{{DATE:2148-3-4}}**] with afib with RVR, on warfarin at home (5 mg daily per [**{{FACILITY:Location (un) 3318}}**] pharmacy). INR on admission 1.4. Received levofloxacin 750 mg on [**{{DATE:3-5}}**].
Rec: warfarin 5 mg tonight, 7.5 mg tomorrow, then INR daily; bridge with enoxaparin 1 mg/kg SC q12h (CrCl 48). Pt's daughter [**{{NAME:Name (NI) 1152}}**] ([**{{PHONE:Telephone/Fax (1) 7731}}**]) fills pillbox.
Discharge planned [**{{DATE:2148-3-8}}**] to [**{{FACILITY:Hospital 1225}}**] rehab; INR check [**{{DATE:3-10}}**] by [**{{FACILITY:Company 2319}}**] VNA.
[**{{NAME:First Name8 (NamePattern2) 1411}}**] [**{{NAME:Last Name (NamePattern1) 1412}}**], PharmD`,
  `{{FACILITY:MERCY CREST MEDICAL CENTER}} - IV ADMIXTURE LABEL / CSP RECORD
PATIENT: {{NAME:TRAN, MINH QUAN}}      MRN: {{MRN:00877105}}      RM: ICU-08
DOB: {{DATE:03/09/1957}}      ACCT: {{ACCOUNT:V00412900716}}
NOREPINEPHRINE 16 MG IN NS 250 ML (64 MCG/ML)
RATE: TITRATE 0.01-0.5 MCG/KG/MIN PER ORDER  -  WT 68 KG
PREPARED: {{DATE:09/14/2024 0312}}   BY {{NAME:LKB}}   CHECKED: {{NAME:FORSBERG L}} RPH
BUD: 24 H ROOM TEMP        BATCH 0914-ICU-07   NDC 0409-1443-01 LOT 98-221-DK
BARCODE: {{ID:ADM-4471092381}}
ORDERING: DR. {{NAME:ANIKA VOLKOVA}}  (INTENSIVIST)
---------------------------------------------
PHARMACY NOTE (on verification): central line confirmed per RN {{NAME:Quentin Osei}}; pt on vasopressin 0.03 units/min and hydrocortisone 50 mg q6h. Hold parenteral nutrition compatibility - norepinephrine on dedicated lumen. Family (son {{NAME:Tran Duc Long}}, {{PHONE:(402) 555-0164}}) updated by ICU team at 0400.
Next bag due {{DATE:09/15/2024 0300}}. Pharmacy IV room ext {{PHONE:6-2210}}.`,
  `Vietnamese-language counselling - {{FACILITY:Sao Mai Family Pharmacy}}, {{LOCATION:Garden Grove}}, CA
Date: {{DATE:5/16/2024}}   Pt: {{NAME:Pham Thi Lan}} (goes by "Ba {{NAME:Lan}}")   DOB {{DATE:1948-07-21}}   Ph {{PHONE:714-555-0130}}
Interpreter: pharmacist speaks Vietnamese ({{NAME:Huynh Bao Chau}}, PharmD); grandson {{NAME:Kevin Pham}} also present.
New Rx {{ID:PH-772104}} alendronate 70 mg weekly (Dr. {{NAME:Nguyen Van Duc}}, {{FACILITY:Lotus Gate Medical Group}}).
Counselled in Vietnamese: take on Sunday morning with full glass of plain water, 30 min before food, tea or other meds; stay upright 30 min. Calcium 1200 mg/day from diet + supplement at lunch, vitamin D3 1000 IU.
Concern: pt uses herbal "thuoc bac" tea daily from a shop in {{LOCATION:Westminster}} - asked to bring ingredients list; possible licorice with her amlodipine/HCTZ (K).
Large-print Vietnamese label printed. Dental visit already booked {{DATE:6/3}}; ok to start now.
Medi-Cal ID {{HEALTH_PLAN:91837264A}}; copay $0.`,
  `Deprescribing letter to patient - proton pump inhibitor
{{FACILITY:Foothills Primary Care}} clinical pharmacy   {{ADDRESS:8401 W Alameda Ave, Suite 120}}, {{LOCATION:Lakewood}}, CO {{ZIP:80226}}

{{DATE:October 7, 2024}}

Dear Mr. {{NAME:Blumenthal}},
As we discussed by phone on {{DATE:4/18}}, you have taken omeprazole 20 mg every day since 2016 for heartburn that has been quiet for years. Long-term use is linked with low magnesium, B12 deficiency and fractures. Dr. {{NAME:Sandoval}} agrees with a slow taper:
- Weeks 1-2 (from {{DATE:October 14}}): omeprazole 20 mg every other day.
- Weeks 3-4: stop omeprazole; use famotidine 20 mg only if heartburn returns.
If heartburn comes back more than twice a week, call us at {{PHONE:303-555-0155}}.
Warmly,
{{NAME:Sunita Raghunathan}}, PharmD, BCACP
cc: {{NAME:Ruthanne Blumenthal}} (wife, at her request)`,
  `ADVERSE DRUG REACTION REPORT - pharmacist-submitted (copy for pharmacy file)
Report date: {{DATE:2024-04-09}}   Internal ADR # {{ID:ADR-24-0062}}   Naranjo score 7 (probable)
Patient: {{NAME:Imogen Thackeray}}   Age 34   Sex F   Wt 63 kg   Pharmacy: {{FACILITY:Lindenwood Pharmacy}}
Suspect drug: lamotrigine 25 mg (Rx {{ID:1120874}}), started {{DATE:03/18/2024}} by {{NAME:Declan Moriarty}}, MD ({{FACILITY:Gateway Mood Disorders Clinic}}) for bipolar II. Titration: 25 mg daily x 2 wk then 50 mg.
Concomitant: valproate 500 mg BID (started by previous psychiatrist, not on our profile - filled at {{FACILITY:Ballwin Discount Drug}}).
Reaction: diffuse maculopapular rash + fever 38.4 C on {{DATE:4/7/2024}}, no mucosal involvement. Seen at {{FACILITY:St. Louis West County ED}}, lamotrigine stopped, not SJS.
Cause: lamotrigine + valproate without the reduced-titration schedule (valproate doubles lamotrigine levels).
Outcome: recovering {{DATE:4/9}}. Prescriber notified by phone {{PHONE:314-555-0117}} {{DATE:4/8}} 16:40.
Reporter: {{NAME:Dariusz Kaminski}}, PharmD   MedWatch submitted online {{DATE:4/9/2024}}, confirmation {{ID:MW-5519920441}}.
Lot: LTG25-4471 (manufacturer lot, not implicated).`,
  `SCHOOL-BASED HEALTH CENTER - ASTHMA INHALER TEACHING (pharmacist visit)
{{FACILITY:Lakecrest High School}} SBHC, {{LOCATION:Dallas}}, TX     {{DATE:Thursday, November 16, 2023}}, 3rd period
Student: {{NAME:Jaylen Okoro-Banks}}   DOB {{DATE:05/11/2008}}   Grade 10   Student ID {{ID:RHS-2208814}}
Parent/guardian: {{NAME:Adanna Okoro}} (consent on file), work {{PHONE:214-555-0160}} at {{FACILITY:Bishop Arts Family Dental}}
Meds: budesonide-formoterol 160/4.5 (SMART), 2 puffs BID + 1 puff PRN (max 12/day); spacer (AeroChamber) provided.
Technique check: initial 4/8 steps (no exhale before, no breath-hold). After teach-back 8/8.
ACT score 16 (not well controlled); PRN use 5-6x/wk, mostly at football practice. Pre-exercise dose advised.
Refill: last fill {{DATE:9/2}} at {{FACILITY:Oak Cliff Community Pharmacy}} - overdue; called pharmacy to refill, Rx {{ID:OC-30918}}. CHIP member {{HEALTH_PLAN:552019384}}.
Action plan (green/yellow/red) copy to school nurse {{NAME:Marisol Delgado}}, RN; PCP Dr. {{NAME:Ikenna Obi-Walsh}} notified by fax {{FAX:214-555-0161}}.
Pharmacist: {{NAME:Beatrix Holloway}}, PharmD`,
  `FERTILITY SPECIALTY PHARMACY - IVF CYCLE SHIPMENT & TEACH CALL
{{FACILITY:Bellweather Specialty Rx}} fertility team     Call {{DATE:01/22/2024 17:30}}
Patient: {{NAME:Noor Al-Khatib}}   DOB {{DATE:09/30/1989}}   Partner: {{NAME:Samir Al-Khatib}}   Clinic: {{FACILITY:Brightpath Reproductive Center}}, Dr. {{NAME:Ingrid Solberg}}
Protocol: antagonist; stim start {{DATE:1/26/2024}} (cycle day 2).
Shipped {{DATE:1/23/2024}} (overnight, refrigerated): follitropin alfa 900 IU pen x 2, menotropins 75 IU x 10 vials, ganirelix 250 mcg x 5, hCG 10,000 IU x 1, leuprolide kit, sharps container. Order {{ID:FRT-2024-00917}}.
Teach: by video with RN {{NAME:Paulette Ngata}}; pt demonstrated pen dial and mixing menotropins with diluent. Trigger timing will come from clinic (text {{PHONE:630-555-0127}}).
Benefits: employer fertility benefit through {{FACILITY:Fox Valley Analytics}}; member {{HEALTH_PLAN:FVA-88102217}}; 1 of 3 cycles used; est. OOP $250.
Delivery: {{ADDRESS:1907 Chicago Ave, Apt 3N}}, {{LOCATION:Naperville}}, IL {{ZIP:60540}}; signature by pt or partner only.
Pharmacist: {{NAME:Soledad Marquez-Ibarra}}, PharmD`,
  `IMPORTANT NOTICE: YOUR PHARMACY IS CLOSING
{{FACILITY:Hartwell Drug #0417}} will close permanently on {{DATE:March 29, 2024}} at 6:00 pm.

{{NAME:Wilhelmina Ostrander}}
{{ADDRESS:1112 Gloster St, Apt 2}}
{{LOCATION:Tupelo}}, MS {{ZIP:38804}}

Dear {{NAME:Wilhelmina Ostrander}},
Your prescription records, including Rx {{ID:0417-3301275}} (levothyroxine) and Rx {{ID:0417-3301276}} (metoprolol), will be transferred to {{FACILITY:Longleaf Lane Pharmacy}}, {{ADDRESS:405 S Gloster St}}, {{LOCATION:Tupelo}}, phone {{PHONE:662-555-0111}}, on {{DATE:April 1, 2024}}. You do not need to do anything; your refills and your insurance information (member {{HEALTH_PLAN:MSX-0071920-02}}) will move with them. If you would rather use another pharmacy, tell the new pharmacy and they will request the transfer.
Controlled substance prescriptions (Schedule II) cannot be transferred; please ask your prescriber, Dr. {{NAME:Vanterpool}}, for a new prescription.
Thank you for 31 years of trust.
{{NAME:Jolene M. Whitt}}, RPh, owner`,
  `HEPARIN NOMOGRAM - PHARMACY DOSING NOTE
{{FACILITY:Tidewater General Hospital}} - pharmacy-to-dose   {{DATE:Sat 02/17/2024}}
Pt: {{NAME:Kowalczyk, Jerzy}}   MRN {{MRN:TGH-4418270}}   rm 5-214   age 66   wt 102 kg (dosing wt 102, < 150 kg cap)
Indication: acute PE ({{DATE:2/16}} CTA). High-intensity nomogram, anti-Xa goal 0.3-0.7.
Bolus 80 u/kg = 8,000 u (max 10,000) given {{DATE:2/16/24 2210}}; infusion 18 u/kg/h = 1,836 u/h (max 2,000) -> 1,800 u/h.
Anti-Xa {{DATE:2/17/24 0410}}: 0.22 -> bolus 40 u/kg (4,000 u), increase by 2 u/kg/h to 2,000 u/h. Next anti-Xa 6 h after change (~1015).
Plt 188 (baseline 205); Hgb 13.1. No bleeding.
Transition plan: apixaban 10 mg BID x 7 d then 5 mg BID when stable; copay checked - $11 w/ Part D; card on file w/ {{FACILITY:Ghent Neighborhood Pharmacy}}.
Discussed w/ Dr. {{NAME:Oyelaran}} (hospitalist). Daughter {{NAME:Marta Kowalczyk}} ({{PHONE:757-555-0142}}) at bedside.
{{NAME:Corbin Tillery}}, PharmD`,
  `CLOZAPINE MONITORING - ANC LOG (pharmacy)
{{FACILITY:Harborside Behavioral Pharmacy}}, {{LOCATION:Providence}}, RI
Pt: {{NAME:Marcus Delahunt}}   DOB {{DATE:1/19/1985}}   Profile {{MRN:HBP-72015}}   Prescriber: Dr. {{NAME:Sunniva Eklund}} ({{FACILITY:Narragansett Bay Mental Health}})
Clozapine 400 mg/day (150 mg AM, 250 mg HS), month 14 -> monthly ANC.
{{DATE:07/08/2024}}  ANC 2,400  normal range  dispensed 28 days  Rx {{ID:CZ-110283}}
{{DATE:08/05/2024}}  ANC 2,150  normal        dispensed 28 days
{{DATE:09/03/2024}}  ANC 1,380  mild neutropenia (1,000-1,499) -> per labeling 3x weekly ANC; prescriber called {{PHONE:401-555-0133}}; continued, 7-day supply.
{{DATE:09/05/2024}}  ANC 1,620 -> back to normal; resume weekly then monthly per protocol
Constipation screen: BM q2-3 days, on senna + docusate; added PEG 17 g daily. Level {{DATE:9/3}}: clozapine 410 ng/mL, norclozapine 190.
Smoking status: quit {{DATE:Aug 2024}} - levels may rise ~50%; recommend level in 1 wk.
Group home: {{FACILITY:Elmhurst House}}, staff {{NAME:Reggie Tavares}} ({{PHONE:401-555-0189}}) delivers meds.
RPh {{NAME:Anh-Thu Pham}}`,
  `Medication access call center - call transcript summary
{{FACILITY:Crestline Mail Pharmacy}} member services, agent {{NAME:Brielle Okafor-Dunn}} (ID {{ID:AG-30417}})
Call {{DATE:Friday, 6/7/2024 11:48}}; inbound from {{PHONE:(319) 555-0114}}; caller ID name {{NAME:HAUGEN ERIK}}
Caller: {{NAME:Erik Haugen}} calling for mother {{NAME:Solveig Haugen}}, DOB {{DATE:3/12/1934}}, age {{AGE:90}}, member {{HEALTH_PLAN:BRX-1188302-01}}. HIPAA authorization on file lists {{NAME:Erik}} - verified with DOB + ZIP {{ZIP:52240}}.
Reason: mother's eliquis 2.5 mg shipped to old address in {{LOCATION:Iowa City}}; she is now at {{FACILITY:Cedarholm Heights Senior Living}}, {{ADDRESS:1 Cedarholm Ct, Apt 214}}.
Action: address updated; order {{ID:ORD-88301156}} reshipped overnight. Pharmacist {{NAME:Owen Tsosie}} reviewed: 2 doses at risk - advised caller to ask facility nurse for an emergency supply from the facility backup box.
Callback requested at {{PHONE:(319) 555-0170}} after 5 pm. Web account reset link sent to {{EMAIL:erik.haugen@prairienet.test}}; login IP {{IP:2600:1700:4c20:91a0::18}}.`,
];

export const HELDOUT_REALISTIC_59_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout59-${i + 1}`, n));
