// A held-out set (71) of hand-written, realistic synthetic documents (all invented: no real person,
// record or number, and no real private institution; phone numbers are 555 numbers; towns and
// cities are real places used only as LOCATION, and courts carry the names of real counties). It
// leans towards the non-clinical paperwork of a health system that still carries PHI: patient
// complaints and grievance letters and their answers, grievance committee minutes, billing disputes
// and call notes, collection and bankruptcy notices, chargebacks, insurance appeals and external
// reviews, prior-authorization forms and phone logs, release-of-information logs, authorizations,
// invoices and custodian affidavits, subpoenas, deposition notices and small-claims filings,
// disability, FMLA, fitness-for-duty and return-to-work forms, school, sports, camp, Head Start and
// immunization-exemption forms, jury excuse letters, death certificate worksheets, medical examiner
// and funeral home correspondence, repatriation of remains, bereavement letters, research consent,
// enrollment and pre-screening logs, call-center scripts and transcripts (one in Spanish), IT access
// audit, break-the-glass, telehealth and service-desk logs, interpreter, transport, valuables and
// security logs, breach notices, MRO and life-insurance requests, and a MIMIC-style billing
// inquiry. Organisations of every kind (law firms, courts, employers, schools, camps, funeral homes,
// collection agencies, churches, police) appear in Title case, ALL CAPS and lower case, beside
// payers that are not PHI; names are of many origins; there are ages over 89, dates in many formats
// (ISO timestamps with zones, 03-MAR-2025, "the 9th day of January, 2025", Spanish dates, month and
// year), account, claim, case, docket, member, licence and plate numbers, usernames, IPv4 and IPv6
// addresses, workstation ids and URLs, and look-alike non-PHI (statute and regulation numbers, form
// numbers, CPT/ICD/HCPCS codes, dollar amounts, protocol, IRB and NCT numbers, reason codes, rooms,
// years alone, clock times and time ranges, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-4.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Also: honorifics in other
// languages (Ong, Hastiin, Pere, Mama, Brother) stay outside NAME spans like titles; a highway
// mile marker or intersection where a person was is ADDRESS; a date range written as one token
// (4/11-4/15/92) is one DATE span; a city abroad is LOCATION wherever it appears.
// Added for this set:
// - FACILITY: law firms, courts (the whole name, county included), a county medical examiner's
//   office, a town police department, collection agencies, funeral homes, cemeteries, camps,
//   advocacy groups, ROI and interpreter vendors, transport brokers, court reporters. Not PHI: a
//   federal court named only by its district or state, state and federal agencies (DDS, DCYF, a
//   state Department of Insurance, a consulate), payers and their underwriting vendors, drug-maker
//   assistance foundations, credit-monitoring companies, and payer and agency phone and fax numbers.
// - ID: grievance, docket, court case, cause, subpoena, ROI request, privacy case, death
//   certificate state file, medical examiner, OPO, burial-transit, notary, student, research
//   subject, pre-screen and registry, interpreter, inmate, badge, police report, ticket, call,
//   confirmation, tracking, air waybill, passport and consular numbers, and login and service
//   usernames. ACCOUNT also covers invoice, receipt, payment confirmation, copay card, life policy
//   application and property-insurance policy numbers. LICENSE also covers bar numbers, funeral
//   director and establishment licences and CDLs. DEVICE also covers workstation, terminal, server,
//   camera, VRI cart and laptop names, hospital equipment asset tags and serials.
// - DATE: a month with a year (March 2024, 12/2023), a month and day alone (3/14), a holiday with
//   its year (Christmas Eve 2024), a date spelled out in Spanish, and a timestamp with seconds and
//   zone are each one DATE span; a time range after a date (16:00-16:45) stays outside.
// - SSN: the last four digits of an SSN and a masked SSN (XXX-XX-3309) are SSN.
// - NAME: patient initials, typist and operator initials, judge initials after a case number,
//   trauma aliases (UNKNOWN, TRAUMA ECHO) and chat display names; Deacon, Rev., Officer, Commander,
//   Sra. stay outside the span. A URL that carries a patient's or account's path is URL; a foreign
//   phone number is PHONE. Ward names without a proper name (4 West, 6 Tower, 5 South), rooms,
//   beds, device models and brands, reason codes and knowledge-base article numbers are not PHI.
// First run (token recall / precision, before anyone read the misses): pass-15 final engine
// (0cc1bf1) 0.9528 / 0.9393; pass-16 engine (298d777, whose rules were made without this set) 0.9542 / 0.9403. Written by a
// helper that read only the README's types and guideline, set 6's header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Patient Relations Dept.
{{FACILITY:St. Brendan Regional Medical Center}}
{{ADDRESS:4100 Harmon Pkwy}}
{{LOCATION:Toledo}}, OH {{ZIP:43615}}

{{DATE:June 9, 2024}}

To whom it may concern,

I am writing about the care my father, {{NAME:Casimir Wojciechowski}} (DOB {{DATE:02/17/1931}}, he is {{AGE:93}}), got on {{FACILITY:Kessler 4}} from {{DATE:May 28}} to {{DATE:June 3, 2024}}. On the night of {{DATE:5/30}} he pushed the call light around 2 am and nobody came for 40 minutes. The nurse, I think her name was {{NAME:Brianna}}, told him he had to wait because they were short staffed. He fell trying to get to the bathroom and needed 4 stitches over his left eyebrow. Dr. {{NAME:Oyelaran}} told my brother it was "not a big deal". It was a big deal to us. Dad has been on Eliquis 2.5 mg since 2019 and we were terrified about a brain bleed.

The number on his bracelet was {{MRN:MR-0088213}}. I also want the $350 ER copay taken off account {{ACCOUNT:SB-4471908}}, because the ER visit on {{DATE:6/4}} was only for the stitches coming open.

You can reach me at {{PHONE:(419) 555-0187}} or {{EMAIL:dwojo.family@gmail.com}}.

Sincerely,
{{NAME:Danuta Wojciechowski-Reyes}}
{{ADDRESS:88 Oak Hollow Ct}}
{{LOCATION:Sylvania}}, OH {{ZIP:43560}}`,
  `{{FACILITY:ST. BRENDAN REGIONAL MEDICAL CENTER}} | Office of Patient Experience

{{DATE:June 21, 2024}}

{{NAME:Danuta Wojciechowski-Reyes}}
{{ADDRESS:88 Oak Hollow Ct}}
{{LOCATION:Sylvania}}, OH {{ZIP:43560}}

RE: Grievance #{{ID:GRV-2024-01873}}   Patient: {{NAME:Casimir Wojciechowski}}   MRN {{MRN:0088213}}

Dear Ms. {{NAME:Wojciechowski-Reyes}}:

Thank you for contacting us on {{DATE:06/09/2024}}. As required by 42 CFR 482.13(a)(2), we completed a review of the concerns you raised about your father's stay on our {{FACILITY:Kessler 4}} medical unit. The review included interviews with the charge nurse, with Nurse Manager {{NAME:Loretta Ambrose}}, RN, and with the attending physician, and a look at call-light response data for the night of {{DATE:May 30, 2024}}.

We found that response times between 0145 and 0300 were longer than our standard of 10 minutes. A safety event report ({{ID:SR-558120}}) was filed, and the unit has since added a float aide on nights. The copay balance on account {{ACCOUNT:SB-4471908}} has been adjusted to $0.00.

If you are not satisfied with this response you may contact the Ohio Department of Health or The Joint Commission.

Sincerely,

{{NAME:Marisol Quintanilla-Bauer}}
Patient Experience Specialist
{{PHONE:419-555-3300}} ext. {{PHONE:4127}}`,
  `PATIENT FINANCIAL SERVICES - CALL NOTE
acct# {{ACCOUNT:700324418}}   guarantor: {{NAME:OKONKWO, CHIDIEBERE}}   pt: {{NAME:OKONKWO, ADAEZE}} (minor, 7 y/o)
dos {{DATE:01/14/24}} ED visit, {{FACILITY:Lakeshore Community Hospital}} main campus

{{DATE:3/2/24 10:14}} inbound call fr guarantor. verified w/ pt DOB {{DATE:8-22-2016}} + guarantor last 4 ss {{SSN:6620}}. states BCBS denied claim {{ACCOUNT:24015A88391}} as not med necessary (CARC 50). member id {{HEALTH_PLAN:XOB884120377}}. pt also has secondary thru mom's employer {{FACILITY:Great Lakes Tool & Die}}, mom = {{NAME:Ngozi Okonkwo}}, member {{HEALTH_PLAN:W2290017465}} (Aetna). secondary never billed.
advised guarantor we will bill secondary + he may file 1st level appeal w/ BCBS himself; gave BCBS appeals # from back of card 1-800-555-0199.
emailed itemized stmt (CPT 99284, 12001, J1885) to {{EMAIL:chidi.okonkwo79@outlook.com}} per his request, verbal consent obtained.
placed acct on 60 day collection hold until {{DATE:05/01/2024}}. cb # {{PHONE:216.555.0923}} best after 5pm.
rep: {{NAME:T. Mbeki-Garza}} x{{PHONE:6614}}`,
  `FINAL NOTICE - PLEASE REMIT

{{FACILITY:MIDSTATE RECOVERY PARTNERS LLC}}
{{ADDRESS:PO BOX 2290}}
{{LOCATION:SPRINGFIELD}} IL {{ZIP:62705-2290}}

DATE OF NOTICE: {{DATE:04/15/2024}}

{{NAME:HALVORSEN, INGRID M}}
{{ADDRESS:1712 W CEDAR ST APT 3}}
{{LOCATION:DECATUR}} IL {{ZIP:62522}}

ORIGINAL CREDITOR: {{FACILITY:PRAIRIE HEARTLAND HEALTH SYSTEM}}
CREDITOR ACCOUNT NO: {{ACCOUNT:PHH-00918273}}
OUR FILE NO: {{ACCOUNT:MRP-5530917}}
SERVICE DATES: {{DATE:11/02/2023}} THRU {{DATE:11/05/2023}}
BALANCE DUE: $2,418.66

THIS COMMUNICATION IS FROM A DEBT COLLECTOR. THIS IS AN ATTEMPT TO COLLECT A DEBT AND ANY INFORMATION OBTAINED WILL BE USED FOR THAT PURPOSE. UNLESS YOU NOTIFY THIS OFFICE WITHIN 30 DAYS AFTER RECEIVING THIS NOTICE THAT YOU DISPUTE THE VALIDITY OF THIS DEBT, THIS OFFICE WILL ASSUME THIS DEBT IS VALID.

IF YOU BELIEVE THIS BALANCE SHOULD HAVE BEEN BILLED TO MEDICARE OR MEDICAID, SEND A COPY OF YOUR CARD.

PAY ONLINE: {{URL:https://pay.midstaterecovery.com/a/MRP-5530917}}
OR CALL {{PHONE:1-888-555-0144}} MON-FRI 8AM-8PM CST. ASK FOR {{NAME:DWAYNE PRUITT}}, EXT {{PHONE:212}}.`,
  `{{FACILITY:Cascadia Rheumatology Associates}}
{{ADDRESS:2215 NE Glisan St, Suite 400}}, {{LOCATION:Portland}}, OR {{ZIP:97232}}
Phone {{PHONE:503-555-0810}}  Fax {{FAX:503-555-0811}}

{{DATE:August 2, 2024}}

Premera Blue Cross - Appeals Unit
Fax 1-800-555-0162

RE: Second-level appeal, denial of adalimumab-adaz (Hyrimoz)
Patient: {{NAME:Tupac Quispe Mamani}}   DOB: {{DATE:11/30/1988}}
Member ID: {{HEALTH_PLAN:PRM7718290041}}
Reference/claim no.: {{ACCOUNT:2024-PA-0776123}}

To the Appeals Reviewer,

I am writing on behalf of my patient Mr. {{NAME:Quispe Mamani}} to appeal your denial dated {{DATE:July 12, 2024}}. He has HLA-B27 positive ankylosing spondylitis (M45.9) with a BASDAI of 6.8 despite 12 weeks of naproxen 500 mg BID and 8 weeks of celecoxib 200 mg daily, both stopped for dyspepsia. MRI of the SI joints on {{DATE:03/18/2024}} showed active bilateral sacroiliitis. He works nights as a forklift operator at {{FACILITY:Columbia River Cold Storage}} and is now missing shifts.

The step-therapy requirement has been met. Please see attached office notes from {{DATE:4/2/24}}, {{DATE:5/14/24}} and {{DATE:7/1/24}}.

Sincerely,
{{NAME:Annika Lindqvist-Obi}}, MD
NPI {{LICENSE:1730458821}}`,
  `*** PRIOR AUTHORIZATION REQUEST - FAX ***
TO: CareSource Pharmacy PA   FAX: 1-866-555-0130
FROM: {{FACILITY:Riverbend Family Health Center}}   FAX: {{FAX:(937) 555-4402}}
Date sent: {{DATE:10-07-2024}}   Pages: 4

MEMBER INFORMATION
Name: {{NAME:Dashawn T. Whitlock}}
DOB: {{DATE:1997-03-05}}
Medicaid ID: {{HEALTH_PLAN:108442391776}}
Address: {{ADDRESS:322 Wayne Ave}}, {{LOCATION:Dayton}}, OH {{ZIP:45410}}
Phone: {{PHONE:937-555-2716}}

PRESCRIBER
Name: {{NAME:Rukhsana Qureshi}}, DO   NPI: {{LICENSE:1902837746}}   DEA: {{LICENSE:BQ4419027}}
Contact: {{NAME:Jolene}} (MA) {{PHONE:937-555-4400}} x{{PHONE:31}}

MEDICATION REQUESTED
buprenorphine/naloxone 8 mg/2 mg SL film, 1 film BID, qty 60/30 days
Dx: F11.20 opioid use disorder, moderate
Prior therapy: methadone at {{FACILITY:Miami Valley Treatment Services}} 2021-2022, d/c due to transportation.

Urgent? [ ] yes [x] no
Prescriber signature: ______ Date: {{DATE:10/7/24}}`,
  `RELEASE OF INFORMATION LOG - HIM - WEEK OF {{DATE:11/04/2024}}
Processed by: {{ID:kpatel}} / {{ID:jrodriguez2}}

REQ#          RECV       PATIENT                MRN        REQUESTER                          PURPOSE      STATUS
{{ID:ROI-24-11803}}  {{DATE:11/04}}  {{NAME:Nakamura, Hiroshi}}      {{MRN:00391827}}   {{FACILITY:Bledsoe & Varga LLP}}               litigation   pending auth
{{ID:ROI-24-11804}}  {{DATE:11/04}}  {{NAME:Begay, Loretta}}          {{MRN:00712250}}   SSA Disability Determination Svcs  disability   sent {{DATE:11/06}}
{{ID:ROI-24-11806}}  {{DATE:11/05}}  {{NAME:Fitzgerald, Seamus P}}    {{MRN:01022974}}   patient (self) - portal            continuity   sent {{DATE:11/05}}
{{ID:ROI-24-11809}}  {{DATE:11/06}}  {{NAME:Abdi, Hodan}}             {{MRN:00558103}}   {{FACILITY:Hennepin County District Court}}    subpoena     to legal
{{ID:ROI-24-11812}}  {{DATE:11/07}}  {{NAME:Ferreira, Joao}}          {{MRN:00860042}}   Humana (payer) - audit             payment      sent {{DATE:11/08}}

Notes: 11809 - subpoena not accompanied by court order or HIPAA auth; forwarded to {{NAME:Gwen Holloway}}, privacy officer, {{DATE:11/06/2024}}. 11803 auth expired {{DATE:10/31/24}}, letter sent to firm.`,
  `STATE OF MICHIGAN
IN THE {{FACILITY:CIRCUIT COURT FOR THE COUNTY OF KENT}}

{{NAME:RAMONA ESTRADA-VILLANUEVA}}, Plaintiff,
v.                                                  Case No. {{ID:24-03318-NI}}
{{NAME:GARRETT L. HOOVER}} and {{FACILITY:HOOVER LANDSCAPE SUPPLY INC}}, Defendants.   Hon. {{NAME:Patricia D. Vanderlaan}}

SUBPOENA DUCES TECUM - RECORDS ONLY

TO: Custodian of Records, {{FACILITY:Grand River Orthopedic & Spine}}
{{ADDRESS:1050 Leonard St NE}}, {{LOCATION:Grand Rapids}}, MI {{ZIP:49503}}

YOU ARE COMMANDED to produce, on or before {{DATE:December 16, 2024}} at 10:00 a.m., at the offices of {{FACILITY:Bouwman Kettering PLC}}, {{ADDRESS:300 Ottawa Ave NW, Ste 900}}, {{LOCATION:Grand Rapids}}, MI {{ZIP:49503}}, a certified copy of all medical and billing records, imaging (CD acceptable), and therapy notes for:

Patient: {{NAME:Ramona Estrada-Villanueva}}   DOB: {{DATE:04/09/1972}}   SSN: {{SSN:XXX-XX-3309}}
Dates: {{DATE:02/21/2023}} to present (motor vehicle collision of {{DATE:2/20/23}} at {{ADDRESS:28th St SE and Kalamazoo Ave}}).

A HIPAA-compliant authorization signed {{DATE:10/30/2024}} is attached. MCR 2.506.

Issued by: {{NAME:Mark J. Kettering}} ({{LICENSE:P61288}}), attorney for Plaintiff
Tel {{PHONE:616-555-0470}}   {{EMAIL:mkettering@bouwmankettering.com}}
Date: {{DATE:11-18-2024}}`,
  `CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION
(Family and Medical Leave Act) - Form WH-380-E

SECTION I - EMPLOYER
Employer name and contact: {{FACILITY:Tri-County Regional Transit Authority}}, HR - {{NAME:Keisha Lomax}}, {{PHONE:(614) 555-8800}}
Employee's job title: Bus Operator   Regular work schedule: 0500-1330 M-F
Employee ID: {{ID:E-0048812}}

SECTION II - EMPLOYEE
Your name: {{NAME:Vuong Thi Hoa}}

SECTION III - HEALTH CARE PROVIDER
Provider's name and business address: {{NAME:Ifeoma Chukwu}}, MD, {{FACILITY:Westside Women's Health}}, {{ADDRESS:4801 W Broad St}}, {{LOCATION:Columbus}}, OH {{ZIP:43228}}
Type of practice / specialty: OB/GYN
Telephone: {{PHONE:614-555-2290}}   Fax: {{FAX:614-555-2291}}

Approximate date condition commenced: {{DATE:09/23/2024}}
Probable duration of condition: through {{DATE:01/15/2025}}
Was the patient admitted for an overnight stay? Yes, {{FACILITY:Olentangy Valley Hospital}}, {{DATE:9/23/24}} - {{DATE:9/26/24}}
Describe relevant medical facts: G2P1 at 28 wks with preeclampsia without severe features; BP 148/96; needs twice weekly NSTs and labs. Will be unable to drive a transit vehicle. Expected delivery on or about {{DATE:12/10/2024}}; continuous leave {{DATE:10/01/2024}} through 6 weeks postpartum.

Signature of Health Care Provider: __________   Date: {{DATE:Sept 30, 2024}}`,
  `{{FACILITY:Hawthorne Elementary School}} - Medication Authorization Form
{{FACILITY:Salt Creek Public Schools}} Health Services   School Year 2024-2025

Student: {{NAME:Aarav Subramaniam}}   Grade: 3   Teacher: Ms. {{NAME:Kowalczyk}}
Student ID: {{ID:LPS-2031457}}   DOB: {{DATE:07/02/2016}}
Parent/guardian: {{NAME:Lakshmi Subramaniam}}   Cell: {{PHONE:402-555-6631}}   Work: {{PHONE:402-555-1900}} ({{FACILITY:Cornhusker Loan Servicing}})
Home address: {{ADDRESS:6120 S 56th St}}, {{LOCATION:Lincoln}}, NE {{ZIP:68516}}

TO BE COMPLETED BY LICENSED PRESCRIBER
Diagnosis: Asthma, mild persistent (J45.30); peanut/tree nut anaphylaxis (Z91.010)
1. Albuterol HFA 90 mcg, 2 puffs q4h prn wheeze/cough, may take before PE. Student may self-carry: YES
2. EpiPen Jr 0.15 mg IM to lateral thigh for anaphylaxis, call 911. Second device in nurse office.
Dates: from {{DATE:08/14/2024}} to {{DATE:05/22/2025}}
Prescriber: {{NAME:Chidinma Eze-Hartley}}, MD   Clinic: {{FACILITY:Southeast Lincoln Pediatrics}}   Phone: {{PHONE:402-555-3012}}
Signature ________  Date {{DATE:8/5/24}}

Parent signature ________  Date {{DATE:8-6-2024}}
Received by school nurse {{NAME:D. Haugen}}, RN on {{DATE:Aug 13 2024}}`,
  `{{FACILITY:Piedmont Geriatric & Internal Medicine}}
{{ADDRESS:1422 Peachtree Rd NW}}, {{LOCATION:Atlanta}}, GA {{ZIP:30309}}
tel {{PHONE:404.555.7720}}

{{DATE:January 8, 2025}}

Jury Administrator
{{FACILITY:Superior Court of Fulton County}}
{{ADDRESS:136 Pryor St SW}}, {{LOCATION:Atlanta}}, GA {{ZIP:30303}}

Re: Request for permanent excusal from jury service
Juror: {{NAME:Cornelius Augustus Pettaway}}   Juror No. {{ID:J-2025-044817}}
Summons date: {{DATE:February 3, 2025}}

To the Court:

Mr. {{NAME:Pettaway}} has been my patient since {{DATE:March 2011}}. He is {{AGE:91}} years old and has moderate Alzheimer-type dementia (MoCA 14/30 on {{DATE:11/19/2024}}), severe bilateral hearing loss, and congestive heart failure (EF 30%). He lives with his daughter, Mrs. {{NAME:Bernadette Pettaway-Sims}}, who manages his affairs under a durable power of attorney.

In my medical opinion he is not capable of understanding testimony or deliberating, and this will not improve. Under O.C.G.A. 15-12-1.1 I ask that he be permanently excused. His date of birth is {{DATE:10/14/1933}}.

Please contact my office with any questions.

Respectfully,
{{NAME:Harold Nwachukwu-Baines}}, MD
GA License {{LICENSE:057882}}`,
  `{{FACILITY:Bay Area Occupational Health}}
WORK STATUS REPORT / RETURN TO WORK

Employee: {{NAME:Marisol Q. Tavárez}}
Employer: {{FACILITY:Pacific Coast Fulfillment Center #7}}, {{ADDRESS:8800 Whipple Rd}}, {{LOCATION:Union City}}, CA {{ZIP:94587}}
Supervisor/HR: {{NAME:Darnell Fitch}}   Fax {{FAX:510-555-2087}}
WC Claim #: {{ACCOUNT:WC24-0931774}}   Carrier: Travelers (adjuster {{NAME:Lynn Okafor}})
Date of injury: {{DATE:9/16/2024}}   Date of this visit: {{DATE:10/21/2024}}

Diagnosis: R shoulder strain, rotator cuff tendinopathy (S46.011A)

WORK STATUS:
[ ] Full duty
[x] Modified duty from {{DATE:10/22/2024}} until re-evaluation on {{DATE:11/04/2024}}
    - no lifting > 10 lbs with R arm
    - no overhead reaching R
    - may scan/pack at waist height, 8 hr shifts OK
[ ] Off work

Next appointment: {{DATE:Mon 11/4}} 9:30 AM with PT at {{FACILITY:Alvarado Physical Therapy}}

Treating clinician: {{NAME:Sunil Raghavan}}, PA-C   under supervision of {{NAME:Elena Markovic}}, MD
{{FACILITY:Bay Area Occupational Health}} - {{ADDRESS:33300 Mission Blvd}}, {{LOCATION:Union City}} - {{PHONE:510-555-2000}}`,
  `DEATH CERTIFICATE WORKSHEET - MEDICAL CERTIFIER (draft, not for filing)
Decedent: {{NAME:ESPERANZA MARIA LUCERO DE BACA}}
Sex: F   Age: {{AGE:96}}   DOB: {{DATE:05/11/1928}}
Date of death: {{DATE:12/02/2024}}   Time pronounced: 0417
Place of death: [x] Inpatient - {{FACILITY:Sandia Mesa Medical Center}}, {{LOCATION:Rio Rancho}}, NM
Residence: {{ADDRESS:14 Camino de la Loma}}, {{LOCATION:Corrales}}, NM {{ZIP:87048}}, {{LOCATION:Sandoval County}}
SSN: {{SSN:585-22-7714}}   Medical record no: {{MRN:PRR-3390182}}
Informant: {{NAME:Ramón Baca}} (son), {{PHONE:505-555-9142}}

PART I
a. Acute hypoxic respiratory failure - hours
b. Aspiration pneumonia - 4 days
c. Advanced dementia, Alzheimer type - years
PART II: Chronic kidney disease stage 4; atrial fibrillation
Manner: Natural   Autopsy: No   Referred to OMI? No (OMI case not opened)
Tobacco contributed: No

Certifier: {{NAME:Yolanda Chee}}, MD   NM License {{LICENSE:MD2014-0377}}
Funeral home: {{FACILITY:Montoya-Sandoval Funeral Chapel}}, director {{NAME:Tom Archuleta}}, lic. {{LICENSE:FD-1182}}
State file number: {{ID:2024-031-009874}} (assigned by EDRS {{DATE:12/03/2024}})`,
  `From: {{NAME:Colleen Brannigan}} <{{EMAIL:cbrannigan@brannigan-mcnulty.com}}>
Sent: {{DATE:Thursday, March 6, 2025 4:52 PM}}
To: Decedent Affairs <{{EMAIL:decedentaffairs@stluke-northshore.org}}>
Subject: Release of remains - {{NAME:Fergal O'Sullivan}}

Good afternoon,

{{FACILITY:Brannigan-McNulty Funeral Home}} has been retained by the family of {{NAME:Fergal Padraig O'Sullivan}} (DOB {{DATE:3/17/1934}}, age {{AGE:90}}), who passed on your 4 West unit early this morning, {{DATE:March 6}}. His wife {{NAME:Maureen}} signed our authorization at 2:15 pm. The family wants cremation and a memorial Mass at {{FACILITY:St. Columbkille Church}} on {{DATE:Saturday the 15th}}.

Could you confirm the attending who will certify (we were told Dr. {{NAME:Ekwueme}}) and whether the Medical Examiner has waived? Our removal technician {{NAME:Jimmy Reardon}} can be there by 7 pm in our van, MN plate {{VEHICLE:BMF 418}}.

Thank you,
{{NAME:Colleen Brannigan}}, Licensed Funeral Director (MN #{{LICENSE:M-40112}})
{{FACILITY:Brannigan-McNulty Funeral Home}}
{{ADDRESS:1900 W 7th St}}, {{LOCATION:Duluth}}, MN {{ZIP:55806}}
{{PHONE:218-555-0336}} (office) | {{PHONE:218-555-7781}} (cell, 24h)`,
  `STUDY ENROLLMENT LOG - CONFIDENTIAL
Protocol: HEART-FAIL-EMPOWER (IRB #2023-0412, NCT05591234)   Site 014 - {{FACILITY:Tidewater Bayside General Hospital}}
PI: {{NAME:Oluwaseun Adebayo-Carter}}, MD   Coordinator: {{NAME:Priya Venkataraman}}, CCRC

Subj ID       Initials  Name                      MRN          Consent date      Consent ver.  Randomized   Notes
{{ID:014-0031}}      {{NAME:LMH}}       {{NAME:Hargrove, Lucille M.}}       {{MRN:40091822}}     {{DATE:2024-02-06}}        v3.1 {{DATE:12/2023}}  {{DATE:2024-02-08}}   LAR: daughter {{NAME:Renee Hargrove}}
{{ID:014-0032}}      {{NAME:TQN}}       {{NAME:Nguyen, Tam Quoc}}          {{MRN:40227719}}     {{DATE:2024-02-13}}        v3.1 {{DATE:12/2023}}  screen fail  EF 48%, excl. 4
{{ID:014-0033}}      {{NAME:ABR}}       {{NAME:Rosenthal, Abraham B.}}      {{MRN:39966104}}     {{DATE:2024-02-20}}        v3.1 {{DATE:12/2023}}  {{DATE:2024-02-21}}   Vietnamese interp. n/a
{{ID:014-0034}}      {{NAME:DWE}}       {{NAME:Ejiofor, Delphine W.}}       {{MRN:40310557}}     {{DATE:2024-03-01}}        v4.0 {{DATE:02/2024}}  {{DATE:2024-03-04}}   re-consented on v4.0

Deviation: 014-0033 consented on v3.1 after v4.0 approval ({{DATE:2/26/24}}); re-consent done {{DATE:03/05/2024}}, reported to IRB {{DATE:3/6/2024}}.
Subject 014-0031 withdrew {{DATE:April 2, 2024}} (moved to {{LOCATION:Roanoke}} to live with daughter).
Stipend: $50 ClinCard per visit.`,
  `NURSE ADVICE LINE - CALL SCRIPT + DOCUMENTATION
Call rec'd: {{DATE:11/23/2024 21:47}}   Line: After-hours triage   Agent: {{NAME:Beatriz Olmedo}}, RN (ID {{ID:N4471}})

"Thank you for calling {{FACILITY:Apple Valley Health Nurse Line}}, this is {{NAME:Beatriz}}, a registered nurse. This call may be recorded. Can I have the patient's full name and date of birth?"
Caller: {{NAME:Kwame Asante-Boateng}}, father of pt
Patient: {{NAME:Ama Asante-Boateng}}   DOB {{DATE:06/30/2022}} (2 yr)   MRN {{MRN:VH-8810332}}
"What is the best number to reach you if we get disconnected?"  {{PHONE:540-555-0762}}
"And your home address, for 911 dispatch if needed?"  {{ADDRESS:77 Apple Blossom Ln}}, {{LOCATION:Winchester}}, VA {{ZIP:22601}}

Chief complaint: fever 103.1 F x 2 days, pulling at L ear, drinking OK, 3 wet diapers today.
Protocol: Schmitt-Thompson Earache (Pediatric). No red flags (no stiff neck, no lethargy, no rash).
Disposition: see within 24 h. Appt booked {{DATE:Sun 11/24}} 10:20 at {{FACILITY:Apple Valley Health Urgent Care - Stephens City}}.
Care advice: acetaminophen 160 mg/5 mL, 5.6 mL q6h prn (wt 12.6 kg). Call back if worse.
Caller verbalized understanding. Call ended 21:59.`,
  `USER ACCESS AUDIT REPORT - EHR (Epic Hyperspace)   Generated {{DATE:2025-01-14T08:02:11Z}} by {{ID:privaudit01}}
Trigger: VIP/employee-patient access alert   Patient: {{NAME:DELACROIX, MARGUERITE}}   MRN {{MRN:E10482267}}
Case #: {{ID:PRIV-2025-0019}}

TIMESTAMP (local)        USER         NAME                   DEPT                 WORKSTATION     IP              ACTION
{{DATE:2025-01-10 02:14:37}}      {{ID:jmoua3}}       {{NAME:Moua, Jennifer}}        ED Registration      {{DEVICE:EDREG-WS-014}}    {{IP:10.42.18.77}}     Demographics viewed
{{DATE:2025-01-10 02:15:02}}      {{ID:jmoua3}}       {{NAME:Moua, Jennifer}}        ED Registration      {{DEVICE:EDREG-WS-014}}    {{IP:10.42.18.77}}     Chart Review - Notes
{{DATE:2025-01-11 13:40:55}}      {{ID:dkrause}}      {{NAME:Krause, Dieter}}        Cardiology Clinic    {{DEVICE:CARD2-PC-221}}    {{IP:10.42.61.203}}    Results Review
{{DATE:2025-01-12 22:08:19}}      {{ID:tbellamy}}     {{NAME:Bellamy, Tanisha}}      Payroll (non-clin)   {{DEVICE:VDI-HR-0087}}     {{IP:172.16.4.91}}     Problem List viewed
External session: {{DATE:2025-01-12 22:11:40}} {{ID:tbellamy}} via {{URL:https://epicremote.nwhealth.org/Citrix/StoreWeb}} from {{IP:73.221.14.186}}

Finding: {{ID:tbellamy}} has no treatment relationship; patient is a co-worker in Payroll. Referred to Privacy Officer {{NAME:A. Sokolowski}} and HR {{DATE:1/14/25}}.`,
  `INTERPRETER SERVICES LOG - {{FACILITY:Puget Harbor Medical Center}} - {{DATE:Tues 4/15/25}}

Time   Lang        Mode    Interp (ID)                   Patient / MRN                         Unit / Provider                 Min
0810   Somali      in-pers {{NAME:Hassan Warsame}} ({{ID:INT-208}})      {{NAME:Faadumo Xirsi Cali}} {{MRN:H3318042}}       OB clinic / Dr. {{NAME:Lindgren}}            35
0905   Amharic     video   {{NAME:Selamawit Bekele}} ({{ID:INT-341}})    {{NAME:Tesfaye Gebremariam}} {{MRN:H2901176}}      {{FACILITY:Alder 7}} / Dr. {{NAME:Osei}}          20
0930   Tigrinya    phone   {{FACILITY:LinguaBridge}} op. #{{ID:30871}} {{NAME:Abrehet Tesfay}} {{MRN:H3390818}}            ED bay 12 / {{NAME:R. Whitfield}} NP     18
1045   Mam         phone   vendor op. #{{ID:55102}}               {{NAME:Ixchel Tuj Ramos}} {{MRN:H3402255}}          L&D / CNM {{NAME:Paz}}                    42
1300   ASL         in-pers {{NAME:Derek Albright}} ({{ID:INT-115}})      {{NAME:Naomi Feld}} {{MRN:H1184309}}                Audiology / Dr. {{NAME:Chang}}           60
1415   Vietnamese  in-pers {{NAME:Lê Văn Phúc}} ({{ID:INT-229}})        {{NAME:Trần Thị Mai}} {{MRN:H0998231}}, age {{AGE:92}}     Geri clinic / Dr. {{NAME:Abernathy}}  45

Notes: 1045 - Mam interpreter requested by pt's husband {{NAME:Baltazar}}; family declined Spanish. 1300 - Dr. {{NAME:Chang}} requested 2nd ASL interp for {{DATE:4/22}} procedure.`,
  `NON-EMERGENCY MEDICAL TRANSPORT - TRIP LOG
Vendor: {{FACILITY:Blue Ridge MedRide LLC}}   Date: {{DATE:03-MAR-2025}}   Driver: {{NAME:Clyde Haskins}}   CDL {{LICENSE:T482-5591-0027}}
Vehicle: wheelchair van #14, plate NC {{VEHICLE:WHC-4471}}, VIN {{VEHICLE:1FTBW3XM7KKA58820}}

Trip  Member                        Medicaid ID        Pick-up                                    Drop-off                                   Appt
1     {{NAME:Pruitt, Odessa}}              {{HEALTH_PLAN:912847561L}}        {{ADDRESS:48 Laurel Fork Rd}}, {{LOCATION:Boone}}             {{FACILITY:Laurel Fork Dialysis Unit}}                   0600
2     {{NAME:Yoder, Elam}}                 {{HEALTH_PLAN:900337120M}}        {{ADDRESS:2211 US-421 N}}, {{LOCATION:Deep Gap}}              {{FACILITY:Boone Mountain Cancer Ctr}}           0830
3     {{NAME:Moretti, Salvatore}}          {{HEALTH_PLAN:915500443K}}        {{FACILITY:Glenbridge Health & Rehab}}, rm 112      {{ADDRESS:301 Mountain Ridge Dr}}, {{LOCATION:Blowing Rock}}   1100
4     {{NAME:Pruitt, Odessa}} (return)     {{HEALTH_PLAN:912847561L}}        {{FACILITY:Laurel Fork Dialysis Unit}}                   {{ADDRESS:48 Laurel Fork Rd}}, {{LOCATION:Boone}}             1015

Incidents: trip 3 pt {{AGE:94}} y/o, needed 2-person assist; called facility nurse {{NAME:Gail}} at {{PHONE:828-555-0114}}. Trip 1 wait time 25 min.
Odometer start 48,221 end 48,302.`,
  `Admission Date: [**{{DATE:2148-6-2}}**]     Discharge Date: [**{{DATE:2148-6-9}}**]
BILLING INQUIRY ATTACHED TO RECORD
Patient: [**{{NAME:Known lastname 8812}}**], [**{{NAME:Known firstname 443}}**]   Unit No: [**{{MRN:Numeric Identifier 77203}}**]

Pt's wife called Patient Accounts on [**{{DATE:2148-7-21}}**] disputing charge for "ICU days" - states pt was on the floor [**{{FACILITY:Hospital Ward Name 516}}**] after day 2. Per chart pt transferred from [**{{FACILITY:Hospital Unit Name 153}}**] to floor on [**{{DATE:6-4}}**] at 1600, so room/board billed as ICU for [**{{DATE:6-2}}**] and [**{{DATE:6-3}}**] only. Revenue code 0200 x2, 0120 x5. Rep: [**{{NAME:First Name8 (NamePattern2) 1190}}**] [**{{NAME:Last Name (NamePattern1) 2233}}**].

Wife, [**{{NAME:Name (NI) 9910}}**], gave callback [**{{PHONE:Telephone/Fax (1) 4471}}**]. Also asks why ambulance from [**{{FACILITY:Hospital 1474}}**] billed separately (separate company, [**{{FACILITY:Company 2201}}**]). Pt's acct [**{{ACCOUNT:Account Number 55019}}**].
Plan: letter explaining ICU vs floor days mailed to [**{{ADDRESS:Street Address(1) 3318}}**], [**{{LOCATION:Location (un) 992}}**]. Follow up by [**{{DATE:2148-8-15}}**]. Age at admission [**{{AGE:Age over 90}}**].`,
  `{{FACILITY:CAMP TALL PINES}} - CAMPER HEALTH HISTORY & PHYSICIAN EXAM FORM
Session 2 ({{DATE:July 6}} - {{DATE:July 19, 2025}})   Cabin: Chipmunk 3

Camper: {{NAME:Eliana Rose Castellanos-Byrne}}   Age: 11   DOB: {{DATE:14 Feb 2014}}
Parent/guardian 1: {{NAME:Fiona Byrne}}   cell {{PHONE:(207) 555-0193}}   email {{EMAIL:fionabyrne.home@yahoo.com}}
Parent/guardian 2: {{NAME:Mateo Castellanos}}   cell {{PHONE:(207) 555-0148}}
Home: {{ADDRESS:19 Baxter Blvd, Unit 2}}, {{LOCATION:Portland}}, ME {{ZIP:04101}}
Alternate emergency contact: grandmother {{NAME:Nora Byrne}}, {{PHONE:207-555-3356}}
Insurance: Harvard Pilgrim   member # {{HEALTH_PLAN:HPH40178822-02}}

Allergies: penicillin (hives, 2019); bee stings - local only
Medications: methylphenidate ER 27 mg q AM (ADHD) - give at breakfast; melatonin 3 mg hs prn
Swim restrictions: none. Activity restrictions: none.
Immunizations up to date per attached state certificate.

PHYSICIAN EXAM   Date of exam: {{DATE:05/28/2025}}
Ht 146 cm  Wt 38.2 kg  BP 104/66  Vision 20/20 OU
Normal exam. Cleared for all camp activities including ropes course and canoeing.
Examiner: {{NAME:Samantha Ouellette}}, NP   {{FACILITY:Casco Bay Pediatrics}}   {{PHONE:207-555-7200}}   License # {{LICENSE:CNP-2231}}`,
  `ATTENDING PHYSICIAN STATEMENT - SHORT TERM DISABILITY
Claimant: {{NAME:Raghunathan, Deepa}}   Claim No: {{ACCOUNT:STD-00841177}}   Policy: Lincoln Financial Group
Employer: {{FACILITY:Meridian Semiconductor Corp.}}   Employee ID {{ID:MSC-220471}}
Claimant DOB: {{DATE:1981-09-12}}   Last day worked: {{DATE:2025-02-27}}

1. Diagnosis: major depressive disorder, recurrent, severe without psychotic features (F33.2); generalized anxiety disorder (F41.1)
2. First visit for this condition: {{DATE:02/28/2025}}   Most recent visit: {{DATE:03/21/2025}}
3. Hospitalized? Yes - {{FACILITY:Prairie Path Behavioral Health}}, partial hospitalization program {{DATE:3/3/25}}-{{DATE:3/14/25}}
4. Restrictions: unable to perform own occupation (senior process engineer; 50-60 hr weeks; on-call). Impaired concentration, PHQ-9 24 -> 17.
5. Estimated RTW: {{DATE:April 21, 2025}}, part-time 4 hr/day x 2 wks, then full duty.
6. Treatment: sertraline 150 mg, weekly CBT with {{NAME:Gabriel Ostrowski}}, LCPC.

Physician: {{NAME:Mei-Ling Harrington}}, MD, Psychiatry
{{FACILITY:DuPage Riverwalk Psychiatry}}, {{ADDRESS:1020 E Ogden Ave #210}}, {{LOCATION:Naperville}}, IL {{ZIP:60563}}
Phone {{PHONE:630-555-4180}}   Fax {{FAX:630-555-4181}}   Tax ID on file
Signed {{DATE:03/24/2025}}

Return to: Lincoln Financial, Disability Claims, fax 1-877-555-0168`,
  `Portal message - Subject: BILL IS WRONG!!
From: {{NAME:yesenia alvarado}} (proxy for {{NAME:Rogelio Alvarado}}) - sent {{DATE:2/9/2025 11:52 PM}}

hi my name is {{NAME:yesenia}} im writing for my dad {{NAME:rogelio alvarado}}, DOB {{DATE:12-1-1948}}. we got a bill from you guys for $4,812 for his colonoscopy on {{DATE:jan 7}} at the {{FACILITY:eastside endoscopy center}}. dr {{NAME:feldman}} office told us it was a screening and medicare pays 100%!! now the bill says "diagnostic" because they took a polyp. his medicare number is {{HEALTH_PLAN:4TQ9-EK2-MW71}} and the acct # on the bill is {{ACCOUNT:1002938845}}. we are not paying this. he is on a fixed income and lives with me at {{ADDRESS:5519 n 35th ave}} {{LOCATION:phoenix}} {{ZIP:85017}}. also why does it say he was seen at {{FACILITY:desert palms west}}, he was never there. plz call me {{PHONE:602 555 0871}} after 3 pm, not his phone he cant hear good.

---
Reply from Patient Financial Services - {{DATE:02/10/2025 09:15}}
Hi {{NAME:Yesenia}}, thank you for reaching out. When a polyp is removed during a screening colonoscopy, Medicare still waives the deductible but a coinsurance of 15% applies (modifier PT). Your account has been placed on hold while we review coding and the facility name error. - {{NAME:Jared}}, PFS`,
  `{{DATE:March 3rd 2025}}

{{NAME:Hyun-woo Kang}}
{{ADDRESS:3409 Wilshire Blvd Apt 1117}}
{{LOCATION:Los Angeles}} CA {{ZIP:90010}}
Member ID {{HEALTH_PLAN:U88129044-01}}

To: Anthem Blue Cross Grievances and Appeals

I am appealing your decision letter of {{DATE:February 11, 2025}} (reference {{ACCOUNT:APL-25-0098221}}) denying coverage for my continuous glucose monitor. I have type 1 diabetes since I was 9. I use an insulin pump (Tandem t:slim X2, serial {{DEVICE:1094772}}) and my endocrinologist Dr. {{NAME:Yoon-ji Park}} at {{FACILITY:Koreatown Endocrine & Diabetes Clinic}} sent the paperwork twice. I had a low blood sugar of 38 at work at {{FACILITY:Hanil Logistics}} on {{DATE:1/22}} and paramedics came. My old Dexcom G6 sensor transmitter {{DEVICE:8G4JX2}} expired.

Your letter says "no documentation of insulin use". That is not true, I take insulin every day. Please look at the notes from {{DATE:12/16/2024}} and {{DATE:01/23/2025}}.

You can call me at {{PHONE:213-555-0459}}. My wife {{NAME:Soo-ah}} can also speak for you, I signed the form.

Thank you,
{{NAME:Hyun-woo Kang}}
DOB {{DATE:7/19/1990}}`,
  `AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION
{{FACILITY:Mercy Heartland Health}} - Health Information Management - Fax {{FAX:515-555-6021}}

Patient name: {{NAME:Tobias J. Vanderhoek}}   Other names used: {{NAME:Toby Vanderhoek}}
DOB: {{DATE:09/03/1966}}   Last 4 SSN: {{SSN:8842}}   MRN (if known): {{MRN:MHH0271634}}
Address: {{ADDRESS:2204 Grand Ave}}, {{LOCATION:West Des Moines}}, IA {{ZIP:50265}}   Phone: {{PHONE:515-555-3378}}

I authorize {{FACILITY:Mercy Heartland Health}} to release information to:
Name: {{FACILITY:Brekke & Lindahl Attorneys at Law}}, attn: {{NAME:Sarah Lindahl}}
Address: {{ADDRESS:666 Walnut St, Suite 2500}}, {{LOCATION:Des Moines}}, IA {{ZIP:50309}}   Fax: {{FAX:515-555-9902}}

Information to be released, dates of service {{DATE:06/01/2023}} to {{DATE:12/31/2024}}:
[x] Discharge summaries  [x] Imaging reports  [x] Billing statements  [ ] Psychotherapy notes
[ ] HIV/AIDS  [ ] Substance use disorder records (42 CFR Part 2)
Purpose: [x] Legal   This authorization expires: one year from date signed

Signature: ____________   Date: {{DATE:2/14/25}}
If signed by representative, relationship: ___
Witness: {{NAME:K. Oyelowo}}, HIM Specialist`,
  `AFFIDAVIT OF CUSTODIAN OF RECORDS
(Tex. R. Evid. 902(10))

STATE OF TEXAS        )
COUNTY OF {{LOCATION:BEXAR}}      )

Before me, the undersigned authority, personally appeared {{NAME:Graciela M. Villarreal}}, who, being by me duly sworn, deposed as follows:

"My name is {{NAME:Graciela M. Villarreal}}. I am of sound mind and capable of making this affidavit. I am the custodian of records of {{FACILITY:Alamo Heights Surgical Hospital}}. Attached are 214 pages of records pertaining to {{NAME:ADEBAYO, OLUWAFEMI}}, DOB {{DATE:22/06/1985}} (per Nigerian passport; US records show {{DATE:06/22/1985}}), account {{ACCOUNT:AHS-2023-118736}}, for dates of service {{DATE:August 4, 2023}} through {{DATE:August 9, 2023}}. These records are kept by {{FACILITY:Alamo Heights Surgical Hospital}} in the regular course of business..."

Requesting party: {{FACILITY:Saldaña Whitfield & Cho, PLLC}}, cause no. {{ID:2024-CI-07719}}, {{FACILITY:73rd District Court, Bexar County}}
Request ref: {{ID:ROI-88120}}

______________________
{{NAME:Graciela M. Villarreal}}, RHIT

SWORN TO AND SUBSCRIBED before me on {{DATE:the 9th day of January, 2025}}.
______________________
Notary Public, State of Texas   {{NAME:Leticia Ybarra}}   Commission expires {{DATE:05-30-2027}}   Notary ID {{ID:13098842-1}}`,
  `PREPARTICIPATION PHYSICAL EVALUATION - CLEARANCE FORM
{{FACILITY:Westfield Central High School}} Athletics - {{FACILITY:Northern Plains Activities Association}}

Name: {{NAME:Jaxon Redcloud-Meyers}}   Sex: M   Age: 16   DOB: {{DATE:Nov. 3, 2008}}
Sport(s): football, wrestling   Grade: 11
Student #: {{ID:WCHS-10288}}

[ ] Medically eligible for all sports without restriction
[x] Medically eligible for all sports without restriction with recommendations for further evaluation or treatment of: history of concussion {{DATE:10/12/2024}} (Glasgow 15, SCAT6 normal by {{DATE:10/26/2024}}); completed graduated RTP with athletic trainer {{NAME:Kaylee Fosberg}}, ATC.
[ ] Not medically eligible pending further evaluation

Allergies: none   Meds: none   Hx: asthma as child, none since age 9.
BP 118/72, HR 64, Vision R 20/20 L 20/25, Tanner 4, murmur absent, Marfan screen neg.

Name of health care professional: {{NAME:Thomas Whitehorse}}, MD   Date: {{DATE:07/29/2025}}
Address: {{FACILITY:Sisseton Family Medicine}}, {{ADDRESS:509 Veterans Ave}}, {{LOCATION:Sisseton}}, SD {{ZIP:57262}}   Phone: {{PHONE:605-555-0342}}
Signature ________ , MD/DO/PA/NP

Emergency contact: {{NAME:Charlene Redcloud}} (mother) {{PHONE:605-555-1987}}; coach {{NAME:Brandt}} {{PHONE:605-555-0400}} x{{PHONE:118}}`,
  `decedent affairs checklist - 6 Tower - {{DATE:2/19/25}}
pt: {{NAME:halloran, bridget}}  mrn {{MRN:52209417}}  {{AGE:97}} yo F  exp'd 0312, pronounced by dr. {{NAME:s. anand}} 0320
- family notified: niece {{NAME:deirdre halloran-fox}} {{PHONE:(617)555-0263}} by charge rn {{NAME:mo}} 0325
- ME notification: not a ME case per inv. {{NAME:carrow}}, OCME ref {{ID:25-0944}}
- organ/tissue: OPO ref # {{ID:OT-2502190057}}, ruled out (age/sepsis)
- autopsy: declined
- belongings: rosary, hearing aids x2 (Phonak, L+R), dentures upper, wedding ring yellow metal - bagged w/ security {{NAME:d. osei}}, tag {{ID:SEC-11832}}
- funeral home: {{FACILITY:Kilbride-Nolan Funeral Home}} {{LOCATION:Quincy}}, {{PHONE:617-555-8010}}, removal eta 0800 {{DATE:2/19}}
- body to morgue 0540 via transport {{NAME:luis}}
- death cert: dr {{NAME:anand}} to complete in EDRS by {{DATE:2/21}}
- chaplain fr. {{NAME:tomasz}} in at 0400, anointing done
rn {{NAME:m. o'driscoll}}`,
  `Humana Gold Plus (HMO)
NOTICE OF DENIAL OF MEDICAL COVERAGE

Date: {{DATE:09/18/2024}}
Member name: {{NAME:Cleotha Washington Jr.}}
Member ID: {{HEALTH_PLAN:H50082914}}
Address: {{ADDRESS:2716 Dumaine St}}, {{LOCATION:New Orleans}}, LA {{ZIP:70119}}
Provider: {{NAME:Sabine Thibodeaux}}, MD, {{FACILITY:Crescent City Vascular}}
Authorization #: {{ID:UM24-0918-33271}}

We have denied the following services requested by your provider: outpatient admission for peripheral angiogram with possible atherectomy, right leg (CPT 37225), requested {{DATE:September 12, 2024}}.

Why did we deny your request? The records do not show that you tried a 12-week supervised exercise program, or that you have rest pain or a wound. This decision was made under our Medical Coverage Policy MCP-0172 by {{NAME:Randall Pike}}, MD, medical director.

You have the right to ask us to reconsider. Your appeal must be received within 65 days of {{DATE:09/18/2024}}. Call Member Services at 1-800-555-0123 (TTY 711), 8 am - 8 pm, 7 days a week. You may also name someone to act for you, such as your daughter or a friend. Mr. {{NAME:Washington}}'s representative on file: {{NAME:Alfreda Washington-Boudreaux}}.`,
  `OUTBOUND CALL CAMPAIGN - COLORECTAL SCREENING (FIT) - agent worksheet
Campaign: CRC-Q1-2025   Agent: {{NAME:Rahim Chowdhury}} ({{ID:agt0412}})   Station {{DEVICE:CC-ST-77}}

SCRIPT: "Hello, may I speak with [patient first and last name]? This is [agent name] calling from {{FACILITY:Lowcountry Primary Care Network}} on a recorded line. For privacy, can you confirm your date of birth?" (Do NOT leave health details on voicemail.)

RESULTS {{DATE:01/27/2025}}:
1) {{NAME:Geechee, Hattie}}  {{PHONE:843-555-0716}}  DOB {{DATE:2/2/1956}}  - reached, FIT kit mailed to {{ADDRESS:44 Rice Hope Dr}}, {{LOCATION:Mount Pleasant}} {{ZIP:29464}}
2) {{NAME:Baptiste, Jean-Robert}}  {{PHONE:843-555-2290}}  - wrong number, new # from pharmacy {{FACILITY:Shem Creek Drug}}: {{PHONE:843-555-2291}}
3) {{NAME:Oyelowo, Funmilayo}}  {{PHONE:843-555-4417}}  - VM, generic message left 10:42
4) {{NAME:Lindqvist, Per}}  {{PHONE:843-555-0033}}  DOB {{DATE:8/30/1949}}  - declined, had colonoscopy {{DATE:June 2022}} at {{FACILITY:Ashley River Endoscopy}}? verify
5) {{NAME:Middleton, Ezekiel}}  {{PHONE:843-555-8805}}  - deceased per wife, {{DATE:12/2024}}; flag chart MRN {{MRN:LPC-0093184}}

Total dials 5, contacts 3. Supervisor {{NAME:Cheryl Ann Poole}}.`,
  `{{FACILITY:DRUMMOND, PAIGE & ACHTERBERG, P.C.}}
Attorneys at Law
{{ADDRESS:410 N Michigan Ave, 14th Floor}} - {{LOCATION:Chicago}}, Illinois {{ZIP:60611}}
T {{PHONE:312.555.0906}} | F {{FAX:312.555.0907}}

{{DATE:May 5, 2025}}

VIA FAX AND FIRST CLASS MAIL
Billing Office, {{FACILITY:Lakeview Northside Hospital}}
{{ADDRESS:2900 N Lake Shore Dr}}, {{LOCATION:Chicago}}, IL {{ZIP:60657}}

Re: Our client: {{NAME:Bogdan Ilie Marinescu}}
    Date of loss: {{DATE:12/24/2024}}
    Your account nos.: {{ACCOUNT:LNH-5520148}}, {{ACCOUNT:LNH-5520993}}
    Notice of Attorney's Lien (770 ILCS 23/)

Dear Sir or Madam:

Please be advised that this firm represents Mr. {{NAME:Marinescu}} for injuries sustained when his vehicle was struck at {{ADDRESS:Belmont Ave and N Western Ave}} on {{DATE:Christmas Eve 2024}}. We request that you refrain from sending his accounts to collections and that you bill his auto med-pay carrier, State Farm, claim {{ACCOUNT:13-8K22-901}}, and his health plan, Blue Cross Blue Shield of Illinois, ID {{HEALTH_PLAN:XOF912004418}}.

We also request an itemized bill (UB-04) and the ED records of {{DATE:12/24-12/26/2024}}. A signed authorization is enclosed.

Very truly yours,
{{NAME:Andrea C. Achterberg}}
{{EMAIL:aachterberg@dpalaw.com}}
cc: client`,
  `SECURITY INCIDENT REPORT   Incident #: {{ID:SEC-2025-00481}}
Facility: {{FACILITY:Mojave Vista Medical Center}} - Parking Structure B, level 3
Date/time of incident: {{DATE:04/02/2025 1905}}   Reported by: Officer {{NAME:Ruben Castañeda}}, badge {{ID:4471}}

Narrative: Visitor {{NAME:Tamsin Okoro-Hale}} (visiting pt in ICU rm 12, {{NAME:Okoro, Babatunde}}) reported that her vehicle, a silver 2019 Honda CR-V, CA plate {{VEHICLE:8KHT225}}, had been struck while parked. Damage to rear bumper. The other vehicle, black Ford F-150, NV plate {{VEHICLE:44A-J72}}, was located in the same level. Driver identified as {{NAME:Wyatt Lemmon}}, NV DL {{LICENSE:1508823471}}, an employee of {{FACILITY:Sunbelt Linen Services}} (contract vendor). Both parties exchanged information. CCTV camera {{DEVICE:PSB-CAM-3-07}} footage preserved to {{DATE:4/3/25}} per request.

Ms. {{NAME:Okoro-Hale}} contact: {{PHONE:702-555-0355}}, {{ADDRESS:8814 Red Bluff Ct}}, {{LOCATION:Henderson}}, NV {{ZIP:89052}}.
Mr. {{NAME:Lemmon}} contact: {{PHONE:702-555-6602}}.
LVMPD event no. {{ID:LLV250402001377}}. No injuries. Risk Management ({{NAME:J. Fairbanks}}) notified {{DATE:4/3/2025}} 0800.`,
  `PATIENT ADVOCATE - TELEPHONE CONTACT RECORD
Date/Time: {{DATE:2025-06-11 14:20}}   Taken by: {{NAME:Rosa Iglesias-Mendonça}}
Caller: {{NAME:Josefina Barrientos}} (self)   DOB: {{DATE:3/8/1940}}   MRN: {{MRN:0661902}}
Phone: {{PHONE:(956) 555-0147}}   Preferred language: Spanish
Concern category: Communication / Billing

Summary: Sra. {{NAME:Barrientos}} states she was discharged from {{FACILITY:Rio Grande Valley Regional}} on {{DATE:6/6}} without anyone explaining her new meds in Spanish. Her grandson {{NAME:Iván}} had to call the pharmacy ({{FACILITY:Farmacia Guadalupana}}, {{LOCATION:Pharr}}) to understand the warfarin schedule. She also got a bill from {{FACILITY:Valley Anesthesia Partners}} for $1,180 for a procedure she says she did not have (she had a cardioversion {{DATE:6/4/25}}; anesthesia was given). She asks to speak to Dr. {{NAME:Cantú}}.

Actions: 1) interpreter-assisted med teaching scheduled {{DATE:6/13/25}} 10:00 with pharmacist {{NAME:Huong Lam}}, PharmD; 2) explained anesthesia is separate group, gave their # {{PHONE:956-555-3020}}; 3) message to Dr. {{NAME:Cantú}}.
Grievance? No - resolved as complaint. Follow-up call {{DATE:6/18}}.`,
  `Wisconsin Disability Determination Bureau - REQUEST FOR MEDICAL EVIDENCE
Date: {{DATE:07-22-2025}}

To: Medical Records, {{FACILITY:Chippewa Valley Spine & Pain}}, {{ADDRESS:2750 Craig Rd}}, {{LOCATION:Eau Claire}}, WI {{ZIP:54701}}

Claimant: {{NAME:THAO, PAJ NTAUB}}
Also known as: {{NAME:Pa Ntaub Vang}}
DOB: {{DATE:01/01/1975}}   SSN: {{SSN:398-41-0276}}
Claim type: Title II/XVI   DDS case no. {{ID:WI25-118402}}

Please send all records from {{DATE:January 1, 2023}} to present, including office notes, imaging (lumbar MRI {{DATE:02/2024}}), EMG, injection procedure notes and any functional assessment. You will be paid per our fee schedule ($25 for up to 100 pages). An authorization (SSA-827) signed by the claimant on {{DATE:07/10/2025}} is enclosed.

Return records by {{DATE:August 5, 2025}} via fax 1-877-555-0180 or the Electronic Records Express site, barcode {{ID:WI25118402-0003}}.

Disability examiner: {{NAME:Nicholas Brunsvold}}, phone 608-555-0199 ext 3317.`,
  `{{FACILITY:Hospice of the Chattahoochee Valley}} - Bereavement Program
{{ADDRESS:7100 Moon Rd}}, {{LOCATION:Columbus}}, GA {{ZIP:31909}}

{{DATE:October 14, 2024}}

Mrs. {{NAME:Willie Mae Thornbury-Greer}}
{{ADDRESS:1408 Buena Vista Rd}}
{{LOCATION:Columbus}}, GA {{ZIP:31906}}

Dear Mrs. {{NAME:Thornbury-Greer}},

It has been three months since {{NAME:Ellis}} died on {{DATE:July 12th}}, and we continue to hold you and your family in our thoughts. Mr. {{NAME:Greer}} spoke of you often to our chaplain, Rev. {{NAME:Obadiah Mensah}}, and of the 67 years you shared.

We would like to invite you to our Remembrance Service on {{DATE:Sunday, November 17, 2024}} at 3:00 pm at {{FACILITY:Dinglewood Community Church}}, where the names of those we cared for this year will be read. If you would like his name read as "Deacon {{NAME:E. L. Greer}}" please let us know.

Our bereavement coordinator, {{NAME:Lourdes Pagán}}, LCSW, will call you the week of {{DATE:October 21}}. You may reach her directly at {{PHONE:706-555-0164}} or {{EMAIL:lpagan@hospicechattvalley.org}}. Support groups meet every second Tuesday at our office.

With sympathy,
The Bereavement Team

Patient ref: {{MRN:HCV-24-0711}} / family file {{ID:BRV-3390}}`,
  `PATIENT ASSISTANCE PROGRAM APPLICATION - BrightPath Cares Foundation
Product: rivaroxaban 20 mg (90-day supply)

Section 1 - Patient
Name: {{NAME:Anjali Raghavan-Shetty}}   DOB: {{DATE:04 / 17 / 1950}}   Sex: F
Address: {{ADDRESS:88-12 37th Ave, Apt 5F}}, {{LOCATION:Jackson Heights}}, NY {{ZIP:11372}}
Phone: {{PHONE:718-555-0295}}   Email: none
Household size: 2   Annual household income: $24,600 (SS + husband's pension from {{FACILITY:Queensboro Bus Company}})
Insurance: Medicare Part D plan (Elixir), member ID {{HEALTH_PLAN:ELX00418227-01}}; in coverage gap since {{DATE:August 2024}}.
Medicare number: {{HEALTH_PLAN:7FN3-QA8-RT24}}

Section 2 - Prescriber
Name: {{NAME:Tomasz Zieliński}}, MD   NPI {{LICENSE:1467738290}}   NY lic. {{LICENSE:281774}}
Practice: {{FACILITY:Elmhurst Heart & Vascular PC}}, {{ADDRESS:79-01 Broadway, Suite 3}}, {{LOCATION:Elmhurst}}, NY {{ZIP:11373}}
Phone {{PHONE:718-555-6620}}   Fax {{FAX:718-555-6621}}
Diagnosis: I48.91 atrial fibrillation; CHA2DS2-VASc 4
Ship to: [x] prescriber office  [ ] patient home

Patient signature ________ Date {{DATE:9/9/2024}}   Prescriber signature ________ Date {{DATE:9/10/2024}}
Office contact: {{NAME:Marisela}}, ext. {{PHONE:204}}`,
  `FINANCIAL ASSISTANCE APPLICATION - REVIEW WORKSHEET
{{FACILITY:NORTHERN ROCKIES MEDICAL CENTER}} - PATIENT FINANCIAL SERVICES

APPLICANT: {{NAME:RUNNING CRANE, DELBERT}}       DOB: {{DATE:19-AUG-1962}}
GUARANTOR ACCT: {{ACCOUNT:9002281174}}            APP #: {{ID:FA-25-00612}}
ADDRESS: {{ADDRESS:HC 64 BOX 1190}}, {{LOCATION:BROWNING}} MT {{ZIP:59417}}
PHONE: {{PHONE:406-555-0318}}
EMPLOYER: {{FACILITY:TWO MEDICINE CONSTRUCTION CO}} (SEASONAL), LAST WORKED {{DATE:10/2024}}
HOUSEHOLD: 4   INCOME VERIFIED: $31,200/YR (W-2, IHS PRC DENIAL LETTER ON FILE)
FPL %: 99%   -> QUALIFIES 100% DISCOUNT

OPEN ENCOUNTERS:
  {{ACCOUNT:HAR 77820119}}   DOS {{DATE:01/06/2025}}   ED + ADMIT (DKA)       $18,442.10
  {{ACCOUNT:HAR 77834402}}   DOS {{DATE:01/29/2025}}   ENDO CLINIC            $   412.00
  {{ACCOUNT:HAR 77851176}}   DOS {{DATE:02/14/2025}}   LAB                    $    96.50
MEDICAID SCREEN: APPLIED {{DATE:02/03/2025}}, PENDING (CASE {{ID:MT-HHS-2025-448193}})

DETERMINATION: APPROVED {{DATE:03/04/2025}}, ELIGIBLE THROUGH {{DATE:03/03/2026}}. LETTER MAILED.
REVIEWER: {{NAME:C. BIRDINGROUND}}   APPROVER: {{NAME:H. LINDGREN-FOX}}`,
  `IN THE {{FACILITY:PROBATE COURT OF CUYAHOGA COUNTY, OHIO}}
In re Guardianship of {{NAME:Stanisława Kaczmarek}}         Case No. {{ID:2025 GRD 018842}}

STATEMENT OF EXPERT EVALUATION (Form 17.1)

Name of proposed ward: {{NAME:Stanisława ("Stella") Kaczmarek}}   Age: {{AGE:92}}
Residence: {{FACILITY:Slavic Village Senior Living}}, {{ADDRESS:6220 Fleet Ave, Rm 214}}, {{LOCATION:Cleveland}}, OH {{ZIP:44105}}
Applicant: {{NAME:Zbigniew Kaczmarek}} (son), {{LOCATION:Parma}}, Ohio

I personally examined the proposed ward on {{DATE:April 30, 2025}} for 45 minutes, with a Polish-language interpreter ({{NAME:Agnieszka Nowicka}}, interpreter #{{ID:CCPC-INT-0917}}). I also reviewed records from {{FACILITY:Fleet Avenue Family Health Center}} dating to {{DATE:June 2019}}.

Diagnosis: Major neurocognitive disorder due to Alzheimer disease, moderate-severe (MMSE 11/30). She is oriented to self only, believes it is 1962, and could not state her address or her son's name. She has signed two checks to a caller posing as a grandson ({{DATE:3/14/25}}, {{DATE:3/21/25}}).

Opinion: guardianship of person and estate is necessary; less restrictive alternatives (POA) are not available as no POA was executed. She can attend the hearing of {{DATE:June 9, 2025}} only by video.

{{NAME:Eugenia Popescu}}, MD, Geriatric Psychiatry - Ohio lic. {{LICENSE:35.118742}}   Date: {{DATE:5/2/2025}}`,
  `EXCUSE NOTES PRINTED - {{FACILITY:Makiki Keiki Clinic}} - {{DATE:1/21/2025}}

(1) To: {{FACILITY:Palolo Heights Middle School}}
Please excuse {{NAME:Keoni Kahananui}} (DOB {{DATE:5/5/2012}}) from school {{DATE:January 17}} through {{DATE:January 21, 2025}} due to influenza A. May return {{DATE:1/22/25}}. No PE until {{DATE:1/27}}.
- {{NAME:Leilani Fonoti}}, APRN

(2) To whom it may concern (employer):
{{NAME:Malia Kahananui}} was caring for her son, a patient of this clinic, on {{DATE:1/17}}, {{DATE:1/20}} and {{DATE:1/21/2025}}. Please excuse her absence from work at {{FACILITY:Waialae Shores Hotel Group}}.
- {{NAME:Leilani Fonoti}}, APRN

(3) To: {{FACILITY:Manoa Valley Preparatory}}, Athletic Dept.
{{NAME:Sione Taufa'ahau Havili}} was seen today for a L ankle sprain (grade I). May participate in practice with brace; no games until {{DATE:Feb 1}}. Re-eval prn.
- {{NAME:Daniel Nakamura-Ikeda}}, MD

(4) To: {{FACILITY:Hawaii Pacific Child Care Center}}
{{NAME:Pua Mahoe}}, age 3, may return to day care on {{DATE:Thursday 1/23}} after 24 h fever-free; conjunctivitis treated with polymyxin/trimethoprim drops.
- {{NAME:Daniel Nakamura-Ikeda}}, MD

Clinic: {{ADDRESS:1319 Punahou St, 7th fl}}, {{LOCATION:Honolulu}}, HI {{ZIP:96826}} / {{PHONE:808-555-0117}}`,
  `PAYMENT DISPUTE / CHARGEBACK LOG - CASHIER & PATIENT ACCOUNTS
Case {{ID:CB-2025-0331}}   Opened {{DATE:2025-03-31}} by {{NAME:Ngozi Eberechukwu}}

Cardholder: {{NAME:Emmanuel Da Silva Pereira}}   Patient: same
Guarantor acct: {{ACCOUNT:66102930}}   Online payment conf #: {{ACCOUNT:PMT-88311924}}
Amount: $640.00 taken {{DATE:02/14/2025 08:03:51}} via {{URL:https://mybill.harborpointhealth.org/pay/66102930}}
Payment origin IP: {{IP:2600:1700:5a30:9e10::1b}}   browser Chrome 121 / Windows

Bank reason code 13.1 "services not provided". Pt states he paid for a scheduled MRI ({{DATE:2/20/25}}) at {{FACILITY:Harbor Point Imaging - Quincy}} that was cancelled by us for scanner downtime (GE Signa Artist, down {{DATE:2/19}}-{{DATE:2/21}}). Rescheduled {{DATE:3/6/25}}, completed, so charge is valid.

Response to bank due {{DATE:04/15/2025}}: sent MRI completion record (acc# {{ID:RAD25030600418}}), appt history, and cancellation notice mailed to {{ADDRESS:27 Hancock St, Apt 2R}}, {{LOCATION:Quincy}}, MA {{ZIP:02171}}.
Called pt {{PHONE:617-555-0844}} {{DATE:4/1}} - he agreed to withdraw dispute; confirmation email to {{EMAIL:edasilvapereira@icloud.com}}.`,
  `{{FACILITY:COURT OF COMMON PLEAS OF ALLEGHENY COUNTY, PENNSYLVANIA}}
CIVIL DIVISION

{{NAME:DARIUS K. FENWICK}}, Administrator of the Estate of {{NAME:LORRAINE FENWICK}}, deceased,
          Plaintiff,
     v.                                  No. {{ID:GD-23-011457}}
{{FACILITY:THREE RIVERS CONTINUING CARE, LLC}}, et al.,
          Defendants.

NOTICE OF VIDEOTAPED DEPOSITION

TO: {{NAME:Adaobi Nwosu}}, LPN
c/o {{FACILITY:Marcheski Lutz Defense Group}}, {{ADDRESS:One Oxford Centre, 301 Grant St, Ste 3300}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15219}}

PLEASE TAKE NOTICE that Plaintiff will take the deposition of the above witness on {{DATE:Wednesday, September 24, 2025}} beginning at 9:30 a.m. at the offices of {{FACILITY:Gallagher Obuya LLC}}, {{ADDRESS:436 Seventh Ave, 12th Floor}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15219}}, before a court reporter of {{FACILITY:Steel City Reporting}}.

The deposition concerns care rendered to decedent (DOB {{DATE:2/28/1930}}) on the {{FACILITY:Monongahela}} unit between {{DATE:October 2}} and {{DATE:October 19, 2022}}, including the fall of {{DATE:10/15/22}}.

{{NAME:Joseph M. Obuya}}, Esquire, PA I.D. No. {{LICENSE:208841}}
{{EMAIL:jobuya@gallagherobuya.com}} | {{PHONE:412-555-0763}}`,
  `INMATE HEALTH SERVICES GRIEVANCE - FORM DC-804
FACILITY: {{FACILITY:SCI HUNTINGDON RIDGE}}        HOUSING: J-BLOCK CELL 22
NAME: {{NAME:MCCRAY, TERRENCE ALONZO}}          INMATE NO: {{ID:KX-4471}}          DOB: {{DATE:03-11-1959}}
DATE SUBMITTED: {{DATE:1/6/2025}}

STATEMENT OF GRIEVANCE:
I PUT IN 3 SICK CALL SLIPS ({{DATE:12/18}}, {{DATE:12/23}}, {{DATE:12/30}}) FOR MY INSULIN AND NOBODY CALLED ME DOWN. ON {{DATE:DEC 31}} MY SUGAR WAS 412 AND THEY TOOK ME TO {{FACILITY:JUNIATA VALLEY MEMORIAL}} IN THE VAN. THE OUTSIDE DR (DR {{NAME:PATEL}}?) SAID I NEED LANTUS AT NIGHT NOT MORNING BUT MEDICAL HERE STILL GIVES IT AT 6 AM. ALSO I WAS CHARGED THE $5 COPAY 3 TIMES ON MY ACCOUNT {{ACCOUNT:TR-0044719}} FOR VISITS THAT NEVER HAPPEN. I WANT MY MONEY BACK AND TO SEE THE DOCTOR.

RELIEF SOUGHT: SEE DOCTOR, INSULIN AT NIGHT, REFUND $15.

INITIAL REVIEW RESPONSE ({{DATE:01/15/2025}}) - {{NAME:K. STAHLMAN}}, CHCA:
Records show sick call slips of {{DATE:12/23}} and {{DATE:12/30}} were received and triaged by RN {{NAME:V. OKAFOR}}. Outside hospital discharge instructions ({{DATE:1/2/25}}) were reviewed by Dr. {{NAME:Albrecht}} and glargine was changed to 2100 on {{DATE:1/9/25}}. Copay for {{DATE:12/18}} refunded. GRIEVANCE #{{ID:1118402}} - PARTIALLY GRANTED.`,
  `From: Employee Health <{{EMAIL:employeehealth@copperridgehealth.org}}>
To: {{NAME:Ferhat Yildirim}}; {{NAME:Lisa Marchetti-Cole}} (Manager, 5 South)
Date: {{DATE:Mon, 12 Aug 2024 07:41:09 -0600}}
Subject: RE: RTW clearance - {{NAME:F. Yildirim}} #{{ID:100288417}}

{{NAME:Lisa}},

{{NAME:Ferhat}} is cleared to return to work on {{DATE:8/13/24}} without restrictions. He tested positive for COVID-19 on {{DATE:8/5}} (home antigen, reported to us {{DATE:8/6}}), has been fever-free > 24 h without antipyretics and symptoms are improving. He must wear a surgical mask in all patient areas through {{DATE:8/15}} per policy EH-112.

Please do not place him with the two immunocompromised patients in rooms 5112 and 5114 until then if staffing allows.

{{NAME:Ferhat}} - please bring your badge to Employee Health ({{FACILITY:Copper Ridge Medical Center}}, lower level, room B-17) tomorrow before shift to reactivate access; it was suspended {{DATE:8/6/2024}}.

Thanks,
{{NAME:Delphine Archambeau}}, RN, COHN-S
Employee Health Nurse | ext. {{PHONE:7-4402}} | pager {{PHONE:3319}}

> From: {{NAME:Lisa Marchetti-Cole}} Sent: {{DATE:Sun 8/11/2024 6:12 PM}}
> Is {{NAME:Ferhat}} good to come back Tuesday? He's on the schedule 0700-1930.`,
  `MEMBER COMPLAINT - NON-EMERGENCY TRANSPORTATION
Broker: {{FACILITY:GoPoint Mobility}}   Complaint ID: {{ID:GPM-C-2025-77102}}
Received: {{DATE:05/19/2025 16:05}} by {{NAME:Anh Thu Dang}}

Member: {{NAME:Shirley Ann Tso}}   Medicaid ID: {{HEALTH_PLAN:NM0092718854}}   DOB: {{DATE:09/09/1944}}
Pickup address: {{ADDRESS:Chapter House Rd, HC 61 Box 40}}, {{LOCATION:Crownpoint}}, NM {{ZIP:87313}}
Caller: granddaughter {{NAME:Kayla Yazzie}}, {{PHONE:505-555-0621}}

Complaint: Ride for dialysis at {{FACILITY:Gallup Kidney Care}} on {{DATE:Sat 5/17}} was a no-show. Driver did not call. Member missed treatment and went to {{FACILITY:Red Rock Regional ED}} on {{DATE:5/18}} for K+ 6.9. Granddaughter says this is the 3rd no-show since {{DATE:April 1}}.

Investigation: Trip {{ID:T-5171-0042}} assigned to subcontractor {{FACILITY:Red Mesa Transport}}, driver {{NAME:Marvin Begaye}}, vehicle plate NM {{VEHICLE:7H-2210}}. GPS shows vehicle 11 mi away at pickup time. Subcontractor states road washed out on N-9.

Action: standing order moved to {{FACILITY:Mesa Valley Transit}}; member given broker supervisor line. Referred to Quality {{DATE:5/20}}.`,
  `ACCIDENT / INJURY QUESTIONNAIRE (Coordination of Benefits)
Please complete and return within 30 days so we can process your claims. - UnitedHealthcare Recovery Services

Patient name: {{NAME:Ximena Cárdenas Olivares}}   Member ID: {{HEALTH_PLAN:924118837-00}}
Subscriber: {{NAME:Hernán Cárdenas}}   Subscriber employer: {{FACILITY:Pima Foothills School District}}
Claim(s): {{ACCOUNT:E552910477}}, {{ACCOUNT:E552910478}}   Dates of service: {{DATE:06/07/2025}}, {{DATE:06/09/2025}}
Diagnosis on claim: S52.521A (torus fracture, lower end of right radius)

1. Date of accident/injury: {{DATE:June 7, 2025}}
2. How did the injury happen? "She fell off the trampoline at her friend's house" (handwritten)
3. Where? [ ] work [ ] auto [x] home/other: {{ADDRESS:9150 E Speedway Blvd}}, {{LOCATION:Tucson}} (home of {{NAME:Brenda Whitlatch}})
4. Is another party or insurance responsible? [x] unknown - homeowner's carrier: Farmers, policy {{ACCOUNT:91 244 76 501}}
5. Have you hired an attorney? [x] no
6. Treating facility: {{FACILITY:Tucson Children's Urgent Care - Speedway}}, then {{FACILITY:Saguaro Pediatric Orthopedics}} ({{NAME:Armando Velasco}}, MD)

Signature: ____ {{NAME:Hernán Cárdenas}}   Date: {{DATE:7/2/25}}   Daytime phone: {{PHONE:(520) 555-0177}}`,
  `BREAK-THE-GLASS ACCESS REVIEW - monthly sample, {{DATE:Feb 2025}}
Reviewer: {{NAME:Sokolowski, Aleksandra}} (Privacy)   Report run {{DATE:03/03/2025 06:00}} from {{DEVICE:PRIVRPT-SRV02}}

Event 1
  User: {{ID:rnakagawa}} ({{NAME:Nakagawa, Ren}}, RN, Float Pool)   Emp# {{ID:200771}}
  Patient: {{NAME:Castellano, Ines}} MRN {{MRN:E20017745}} (behavioral health, restricted)
  When: {{DATE:2025-02-08 03:22:51}}   Where: {{DEVICE:WOW-3N-12}} ({{IP:10.48.3.112}})
  Reason entered: "pt transferred to my unit" - VERIFIED (ADT shows transfer 0310)
Event 2
  User: {{ID:cmwangi}} ({{NAME:Mwangi, Caroline}}, Unit Secretary)   Emp# {{ID:198220}}
  Patient: {{NAME:Mwangi, Joseph K.}} MRN {{MRN:E10928833}} (shares last name with user)
  When: {{DATE:2025-02-19 16:40:07}}   Where: remote, VPN {{IP:10.200.14.9}} / public {{IP:98.162.77.41}}
  Pages: {{URL:https://ehr.cascadehs.net/chart/E10928833/results}}
  Reason entered: "checking lab for doctor" - NOT VERIFIED; patient is user's father.
  Action: referred to HR and Privacy case {{ID:PRIV-2025-0044}}; access revoked {{DATE:2/21/25}}.
Event 3
  User: {{ID:jgutierrezmd}} ({{NAME:Gutiérrez, Julián}}, MD) - ED, {{DATE:2/27/2025}} - VERIFIED.`,
  `RESEARCH AUTHORIZATION - SIGNATURE PAGE
Study: "Genomics of Early-Onset Colorectal Cancer" - Protocol GEO-CRC-22, IRB 22-1187
Site: {{FACILITY:Gulf Coast Cancer Institute}}

Participant name (print): {{NAME:Omar Farouk Al-Khatib}}
Participant ID: {{ID:GCR-1187-0219}}
Date of birth: {{DATE:10/02/1991}}   MRN: {{MRN:GC0043318}}

[x] I agree to give a blood sample for DNA sequencing.
[x] I agree that my leftover tumor tissue (surgical pathology {{ID:S24-11820}}, collected {{DATE:11/18/2024}}) may be used.
[ ] I agree to be contacted about future studies.
[x] I want to be told about results that may affect my family's health. Contact: my sister {{NAME:Lina Al-Khatib}}, {{PHONE:251-555-0739}}.

Signature of participant: ________________   Date: {{DATE:12-06-2024}}   Time: 14:10

Person obtaining consent: {{NAME:Trinh Bao Ngoc}}, research nurse   Date: {{DATE:12-06-2024}}
Arabic interpreter: {{NAME:Rania Haddad}}   Interpreter ID: {{ID:AR-0071}}

Copy given to participant. Original filed in regulatory binder; scan uploaded {{DATE:12/9/2024}} by {{ID:tbngoc}}.`,
  `MYCHART PROXY ACCESS REQUEST - ADOLESCENT (age 12-17)
{{FACILITY:Cedar Hills Children's Hospital}} - Health Information Management

Patient (adolescent): {{NAME:Nadia Bhattacharya-Lowe}}   DOB: {{DATE:03/21/2010}}   MRN: {{MRN:CH-00887421}}
Requesting proxy: {{NAME:Evan Lowe}}   Relationship: father   Proxy DOB: {{DATE:6/14/1976}}
Proxy email: {{EMAIL:evan.lowe.pdx@protonmail.com}}   Proxy mobile: {{PHONE:971-555-0426}}
Proxy home address: {{ADDRESS:4417 SE Woodstock Blvd}}, {{LOCATION:Portland}}, OR {{ZIP:97206}}
Existing MyChart username (if any): {{ID:elowe_pdx}}

Access type requested: [x] adolescent limited (appointments, immunizations, billing) [ ] full
Note: under Oregon law, a minor 14+ may consent to certain services (e.g., outpatient mental health, contraception); these remain confidential and will NOT display to the proxy.

Patient agreement (required age 13+): "I understand my dad will see my appointments." - signed {{NAME:Nadia B-L}}, {{DATE:4/8/2024}}

Verified ID: OR driver license {{LICENSE:7719382}}, exp. 2027. Activation code sent; link {{URL:https://mychart.cedarhillskids.org/activate?code=R7K2-99QX}} expires 7 days.
Processed by {{NAME:Hollis Abernethy}}, {{DATE:04/09/2024}}.`,
  `REQUEST TO AMEND PROTECTED HEALTH INFORMATION (45 CFR 164.526)
Received by HIM: {{DATE:08-Jan-2025}}   Tracking #: {{ID:AMD-25-004}}

Patient: {{NAME:Giuseppina "Josie" Lombardo-Kim}}   DOB: {{DATE:12/24/1963}}   MRN: {{MRN:0049921735}}
Address: {{ADDRESS:310 Carroll St}}, {{LOCATION:Brooklyn}}, NY {{ZIP:11231}}   Phone: {{PHONE:347-555-0652}}

Entry to be amended: ED note of {{DATE:11/30/2024}} by {{NAME:Bartholomew Achebe}}, PA-C, at {{FACILITY:Red Hook Community Hospital}}.
What is incorrect: "Note says 'pt admits to daily alcohol use, 6-8 drinks.' I said 6-8 drinks A WEEK, and I told him I stopped in 2021. It also says I live alone. I live with my husband {{NAME:Daniel Kim}}. This is now in my life insurance file with Atlantic Mutual Life. Please correct and send the correction to them and to my PCP Dr. {{NAME:Farah Siddiqui}}."

Provider response ({{DATE:1/22/25}}): Partially accepted. Addendum entered: social history corrected to "lives with spouse"; alcohol quantity left as documented per provider recollection, patient statement of disagreement attached. - {{NAME:B. Achebe}}, PA-C

HIM decision letter mailed {{DATE:01/24/2025}} (within 60 days). Statement of disagreement linked; copies to Dr. {{NAME:Siddiqui}} and the party named by patient. Processed by {{NAME:Q. Ferreira-Nolan}}, RHIA.`,
  `{{FACILITY:Blue Hills Regional Health}}
Privacy Office - {{ADDRESS:55 Quarry Ln}}, {{LOCATION:Braintree}}, MA {{ZIP:02184}}

{{DATE:February 27, 2025}}

Mr. {{NAME:Oleksandr Hrytsenko}}
{{ADDRESS:71 Pond St, Unit 9}}
{{LOCATION:Weymouth}}, MA {{ZIP:02190}}

Re: Accounting of Disclosures, request dated {{DATE:2/3/2025}}, period {{DATE:02/01/2019}} - {{DATE:02/01/2025}}

Dear Mr. {{NAME:Hrytsenko}},

As requested, below are the disclosures of your health information that we are required to list. Disclosures for treatment, payment, operations, or made with your written authorization are not included.

Date            Recipient                                            Purpose                      Information
{{DATE:07/14/2021}}      Massachusetts Dept. of Public Health                     required public health report  lab result
{{DATE:03/09/2023}}      {{FACILITY:Norfolk County Probate and Family Court}}       court order, docket {{ID:NO22D1784DR}}  discharge summary
{{DATE:10/02/2023}}      {{FACILITY:Weymouth Police Department}}                    law enforcement request (report {{ID:23-18827-OF}})   ED visit date and time
{{DATE:05/30/2024}}      FDA MedWatch                                         adverse event report          device info, Medtronic ICD serial {{DEVICE:PZD771103H}}

There is no charge for your first accounting in a 12-month period.
Sincerely,
{{NAME:Vanessa Okonjo-Fitzpatrick}}, CHPS, Privacy Officer   {{PHONE:781-555-0148}}`,
  `{{FACILITY:SACRAMENTO VALLEY CHARTER ACADEMY}} - MEDICAL EXEMPTION FROM IMMUNIZATION
(submitted through CAIR-ME; this paper copy for school file)

Student: {{NAME:Lucía Mendoza-Thorpe}}   DOB: {{DATE:2017-11-05}}   Grade: 2
Student ID: {{ID:SVCA-33981}}
Parent/guardian: {{NAME:Rebecca Thorpe}}, {{ADDRESS:2720 Capitol Ave}}, {{LOCATION:Sacramento}}, CA {{ZIP:95816}}, {{PHONE:916-555-0385}}

Physician: {{NAME:Kenji Watanabe-Ruiz}}, MD   CA license {{LICENSE:A 148832}}
{{FACILITY:Capitol Pediatric Hematology-Oncology}}, {{PHONE:916-555-2050}}

Vaccines exempted: MMR, varicella (live vaccines only)
Type: [x] temporary   Expiration: {{DATE:05/31/2026}}
Medical basis: Acute lymphoblastic leukemia, on maintenance chemotherapy (6-MP, methotrexate weekly) since {{DATE:01/2024}}; live vaccines contraindicated per ACIP until 3 months after chemotherapy ends. Inactivated vaccines (DTaP, IPV, influenza) given per schedule, last {{DATE:10/16/2025}}.

CDPH exemption ID: {{ID:ME-2025-0991734}}
Reviewed by school nurse {{NAME:Patricia Oduya}}, RN, {{DATE:11/3/2025}}. Classroom teacher (Mr. {{NAME:Sandoval}}) notified of outbreak exclusion rule.`,
  `tele visit / letter request - {{DATE:10/2/24}}
pt {{NAME:farida nazari}} (MRN {{MRN:7730218}}) called asking for letter for jury duty. summons from {{FACILITY:king county superior court}} for {{DATE:11/4/24}}, juror # {{ID:411-08872}}. she is full-time caregiver for her mother {{NAME:bibi gul nazari}}, {{AGE:90}}, also our pt (mrn {{MRN:7730219}}), who has parkinsons + hx of falls, cannot be left alone, no other family in area (brother {{NAME:wahid}} in {{LOCATION:kabul}}). pt herself has no med condition preventing service.
letter written for "extreme hardship / caregiver" deferral, not medical exemption. mailed to pt at {{ADDRESS:15220 NE 8th St apt 310}}, {{LOCATION:bellevue}} {{ZIP:98007}} + she will upload to court portal herself.
letter text: "Ms. {{NAME:Farida Nazari}} (DOB {{DATE:04/02/1979}}) is the sole caregiver for her {{AGE:90}}-year-old mother, who requires 24-hour supervision. We support her request for deferral or excusal from jury service." signed {{NAME:Hye-jin Moon}}, ARNP.
also gave her info for adult day health at {{FACILITY:Eastside Elder Day Center}} {{PHONE:425-555-0190}}.
{{NAME:hjm}}/{{NAME:ds}}`,
  `{{FACILITY:Front Range Occupational & Public Safety Medicine}}
CONFIDENTIAL - FITNESS FOR DUTY DETERMINATION

To: Commander {{NAME:Gregory Ashby}}, Professional Standards, {{FACILITY:Aurora Ridge Police Department}}
From: {{NAME:Noor Al-Rashid}}, MD, MPH
Date: {{DATE:06/17/2025}}

Employee: Officer {{NAME:Dominic Ferraro}}   Badge {{ID:2291}}   Employee # {{ID:ARPD-04418}}
Referral date: {{DATE:05/29/2025}}   Evaluation date(s): {{DATE:6/3/25}}, {{DATE:6/12/25}}

Per the department's request under policy 1022 and the ADA, I evaluated Officer {{NAME:Ferraro}} after his medical leave beginning {{DATE:March 2025}}. Consistent with the limits of a fitness-for-duty report, diagnoses are not disclosed.

Determination:
[ ] Fit for full duty
[x] Fit for duty with temporary restrictions: no patrol or firearm carry until re-evaluation on or about {{DATE:August 1, 2025}}; may perform administrative and training duties, day shift only.
[ ] Unfit for duty

The officer's treating provider is {{NAME:Ingrid Solheim}}, PsyD, {{FACILITY:Cherry Creek Counseling Group}}; a signed release (dated {{DATE:6/3/2025}}) covers communication with her only.

{{NAME:Noor Al-Rashid}}, MD   CO lic. {{LICENSE:DR.0061873}}   {{PHONE:303-555-0817}}
cc: employee file (medical, separate)`,
  `FAX COVER SHEET
{{FACILITY:Greenlawn Mortuary & Cremation Services}}
{{ADDRESS:6024 Manchester Rd}}, {{LOCATION:St. Louis}}, MO {{ZIP:63139}}   Ph {{PHONE:314-555-0627}}   Fax {{FAX:314-555-0628}}

Date: {{DATE:01/31/25}}   Pages (incl. cover): 3
To: Dr. {{NAME:Abimbola Ogunleye}} / {{FACILITY:Southside Internal Medicine}}   Fax: {{FAX:314-555-4471}}
From: {{NAME:Kristof Varga}}, funeral director

RE: Death certificate awaiting your electronic signature - MoEVR
Decedent: {{NAME:Arthur Lee Pembroke}}   DOB {{DATE:1933-06-04}}   DOD {{DATE:2025-01-27}}
Place of death: residence, {{ADDRESS:4811 Tholozan Ave}}, {{LOCATION:St. Louis}} (home hospice, {{FACILITY:Gateway Compassionate Hospice}})
Case: {{ID:GM-2025-0117}}   Family contact: {{NAME:Corinne Pembroke-Hayes}} (daughter)

Doctor, this case has been in your MoEVR queue since {{DATE:1/28}}. The family has a service scheduled {{DATE:Tuesday Feb. 4}} and we cannot obtain the cremation permit from the ME until the certificate is signed. Mr. {{NAME:Pembroke}} was {{AGE:91}}. Hospice RN {{NAME:Joy Amadi}} pronounced at 2215.

Please call me on my cell {{PHONE:314-555-9983}} if you need the hospice notes.

CONFIDENTIALITY: This fax may contain information protected by law. If received in error, call the sender.`,
  `MEDICAL EXAMINER - CREMATION APPROVAL REQUEST
{{FACILITY:Office of the Medical Examiner, Maricopa County}}   ME Case #: {{ID:25-02217}}

Decedent: {{NAME:Ruiz Valenzuela, Porfirio}}   Age: {{AGE:100}}   DOB: {{DATE:02/02/1925}}   DOD: {{DATE:03/15/2025}}
Place of death: {{FACILITY:Sun Valley Memory Care}}, {{ADDRESS:10620 W Peoria Ave}}, {{LOCATION:Sun City}}, AZ {{ZIP:85351}}
Attending physician (certifier): {{NAME:Bui Thanh Son}}, MD - AZ lic {{LICENSE:38891}}
Funeral establishment: {{FACILITY:Desert Rose Cremation Society}}, lic. {{LICENSE:FE-0912}}
Authorizing agent: {{NAME:Guadalupe Ruiz-Arellano}} (daughter), {{PHONE:623-555-0151}}

Cause of death (from certifier): senile degeneration of brain; dysphagia; pressure injury sacrum stage 4
ME review: body viewed {{DATE:03/16/2025 0930}} by investigator {{NAME:Troy Begay}}. Sacral wound consistent with chronic decubitus documented by facility wound nurse {{DATE:02/20/25}} and {{DATE:03/06/25}}; 6 photos in case file. No trauma. No concerns raised by family.

Jurisdiction: DECLINED - natural death. Cremation: APPROVED {{DATE:3/16/25}}.
Pathologist: {{NAME:Mirela Dumitrescu}}, MD`,
  `PATIENT GRIEVANCE COMMITTEE - MINUTES
{{DATE:Thursday, 3/13/2025}}, 1200-1300, Admin Conf Rm 2 / Teams
Present: {{NAME:M. Quintanilla-Bauer}} (chair), {{NAME:L. Ambrose}}, Dr. {{NAME:R. Feinstein}}, {{NAME:T. Oyelaran}}, {{NAME:G. Holloway}} (Privacy)

1. {{ID:GRV-2025-00211}} - {{NAME:Szabó, Erzsébet}} ({{MRN:0119384}}), {{AGE:95}} yo. Daughter alleges hearing aids lost during transfer from {{FACILITY:Kessler 4}} to {{FACILITY:Marlowe 2}} on {{DATE:2/27}}. Search negative. Approved reimbursement $4,200 (Oticon, receipt from {{FACILITY:Maumee Hearing Center}}). Close.
2. {{ID:GRV-2025-00219}} - {{NAME:Jefferson, Lamont}} ({{MRN:0552817}}). Alleges racial remark by security officer in ED {{DATE:3/1/25}}. Body-cam footage reviewed; officer {{NAME:Kyle Brandt}} placed on leave pending HR. Letter by {{DATE:3/20}}.
3. {{ID:GRV-2025-00224}} - {{NAME:Pham, Minh Chau}} ({{MRN:0873304}}). Billed twice for {{DATE:1/8/25}} echo (acct {{ACCOUNT:SB-5520917}}). PFS confirmed duplicate, refund $310 issued {{DATE:3/11}}. Close.
4. {{ID:GRV-2025-00230}} - {{NAME:O'Hare, Declan}} ({{MRN:1003381}}). Privacy: neighbor employed at {{FACILITY:St. Brendan}} lab viewed chart. Audit confirms ({{ID:PRIV-2025-0031}}). Breach risk assessment by {{DATE:3/21}}.

Next meeting {{DATE:4/10/2025}}. Minutes: {{NAME:jk}}`,
  `CALL TRANSCRIPT (auto-transcribed, QA sample) - Centralized Scheduling
Call ID {{ID:CS-20250408-11732}}   {{DATE:08/04/2025 10:22:16}} (UTC-5)   Agent: {{NAME:Daniela Restrepo}} ({{ID:drestrepo}})   ANI: {{PHONE:773-555-0128}}

AGENT: Gracias por llamar a {{FACILITY:Lakeview Northside Hospital}}, le habla {{NAME:Daniela}}. ¿En qué le puedo ayudar?
CALLER: Sí, buenos días, necesito una cita para mi esposo, {{NAME:Wilfredo Santiago Colón}}.
AGENT: Claro. Para verificar, ¿me da la fecha de nacimiento de él?
CALLER: El {{DATE:catorce de mayo de mil novecientos cincuenta y ocho}}.
AGENT: ¿Y la dirección?
CALLER: {{ADDRESS:3521 West Armitage}}, apartamento dos, {{LOCATION:Chicago}}, {{ZIP:60647}}.
AGENT: Perfecto. Veo que le toca seguimiento con el doctor {{NAME:Aguilar-Brennan}} en cardiología. Tengo disponible el {{DATE:martes 22 de abril}} a las 9:40.
CALLER: Está bien. ¿Me manda el recordatorio al {{PHONE:773 555 0129}}? Es mi celular, yo soy {{NAME:Marisol}}.
AGENT: Listo, queda confirmado. Su número de confirmación es {{ID:L7Q-2291}}. Por favor traiga su tarjeta de Medicare y la lista de medicamentos.

QA note (scorer {{NAME:J. Whitcomb}}): DOB + address verified = 2 identifiers, compliant. Spanish-language agent used; no interpreter needed.`,
  `*** ED REGISTRATION - DOWNTIME LOG ***   Epic down {{DATE:06/21/2025 01:10}} - {{DATE:06/21/2025 04:35}}
Site: {{FACILITY:Tidewater Bayside General Hospital}} ED   Registrar: {{NAME:Shaquille Boone}}

Temp MRN     Arrival  Name (LAST, FIRST)           DOB          Sex  Complaint          Ins / ID                           Bed
{{MRN:DT-0001}}      0114     {{NAME:KOWALSKI, BRANDON}}          {{DATE:07/12/1990}}   M    lac R hand          Sentara? no card                   T3
{{MRN:DT-0002}}      0129     {{NAME:DIALLO, AMINATA}}            {{DATE:11/02/2001}}   F    abd pain, preg      VA Medicaid {{HEALTH_PLAN:821774019113}}          12
{{MRN:DT-0003}}      0152     {{NAME:UNKNOWN, TRAUMA ECHO}}       unk          M    MVC, via Medic 7    -                                  T1
{{MRN:DT-0004}}      0240     {{NAME:FOUNTAIN, GLADYS}}           {{DATE:01/30/1932}}   F    fall, hip pain      Medicare {{HEALTH_PLAN:2MJ6-TR4-YX38}}           9
{{MRN:DT-0005}}      0318     {{NAME:HUSSAIN, TARIQ}}             {{DATE:03/03/1984}}   M    CP                  Cigna {{HEALTH_PLAN:U4418827301}}             4

Post-downtime reconciliation ({{DATE:6/21}} 0700, {{NAME:B. Ellison}}): DT-0001 merged to {{MRN:40188213}}; DT-0003 identified as {{NAME:REYES, MATTHEW J}} DOB {{DATE:9/9/1999}} by {{FACILITY:Norfolk Police}} via DL {{LICENSE:T71-22-8813}}, merged to {{MRN:40771902}}; DT-0004 pt is {{AGE:93}}, existing MRN {{MRN:30022817}}. Others new.`,
  `REQUEST FOR EXTERNAL REVIEW - Independent Review Organization
(Submitted to the Texas Department of Insurance, IRO assignment pending)

Enrollee: {{NAME:Babajide Olatunji-Reese}}   DOB: {{DATE:5/27/1969}}
Plan: Blue Cross and Blue Shield of Texas   ID {{HEALTH_PLAN:ZGP 8819 2740 31}}
Address: {{ADDRESS:11020 Bellaire Blvd #88}}, {{LOCATION:Houston}}, TX {{ZIP:77072}}   Phone: {{PHONE:832-555-0934}}
Authorized representative: {{NAME:Celestine Broussard}}, patient advocate, {{FACILITY:Gulf Coast Patient Advocacy Services}}, {{EMAIL:cbroussard@gcpas.org}}

Service denied: proton beam therapy, prostate adenocarcinoma Gleason 4+3 (CPT 77525)
Treating provider: {{NAME:Wen-Chi Huang}}, MD, {{FACILITY:Bayou City Proton Center}}
Internal appeal final denial date: {{DATE:April 4, 2025}}   Plan reference: {{ACCOUNT:A25-0331-77410}}
Urgent (expedited)? [x] Yes - treatment planned to start {{DATE:4/28/25}}; ADT started {{DATE:2/10/2025}}.

Reason for request: Plan says proton therapy is "experimental". Patient has inflammatory bowel disease (Crohn's, on vedolizumab) and a prior pelvic surgery; the rectal dose with IMRT exceeds constraints per dosimetry by {{NAME:Paolo Ricci}}, CMD, dated {{DATE:03/21/2025}}.

Signature of enrollee ________ {{DATE:04/09/2025}}   Signature of representative ________ {{DATE:04/09/2025}}`,
  `pa phone log - outpt pharmacy - {{FACILITY:Riverside Specialty Rx}}
{{DATE:7/14}} 0915 pt {{NAME:gonzalez-ortiz, maria del carmen}} dob {{DATE:2/2/58}} - humira pen 40mg q2wk, new start. optum rx pa req'd. called optum ref #{{ID:PA-71-449102}}, sent CMM key {{ID:BLXK4RWT}}.
{{DATE:7/14}} 1340 faxed chart notes from dr {{NAME:okafor}} (rheum) to optum. pt notified via vm {{PHONE:909 555 0271}}.
{{DATE:7/16}} 1105 optum denied - "no trial of 2 formulary DMARDs". pt had mtx 2019-2021 (hepatotox) + sulfasalazine (rash) per note {{DATE:3/3/2023}}. dr {{NAME:okafor}} to submit appeal.
{{DATE:7/16}} 1120 pt's son {{NAME:rafael}} called back, asked abt copay card. enrolled in AbbVie complete, card id {{ACCOUNT:60019920713}}, bin 004682. explained copay card not usable if pt on medicare - pt has commercial via employer {{FACILITY:Inland Empire Water District}}.
{{DATE:7/22}} 0830 appeal approved thru {{DATE:7/21/2026}}, auth #{{ID:OPT-A-9918272}}. 1st fill shipped fedex to {{ADDRESS:1455 W Foothill Blvd}}, {{LOCATION:Upland}} CA {{ZIP:91786}}, tracking {{ID:7792 4418 0026}}. pt aware.
-- {{NAME:kt}} cpht`,
  `UNITED STATES BANKRUPTCY COURT
DISTRICT OF NEW JERSEY

In re: {{NAME:ANTHONY R. DELGADO-MASTERSON}} and {{NAME:KIMBERLY J. MASTERSON}}, Debtors.
Case No. {{ID:25-14471}} ({{NAME:JKS}})   Chapter 7

NOTICE OF CHAPTER 7 BANKRUPTCY CASE - AUTOMATIC STAY
Date filed: {{DATE:05/12/2025}}

Creditor: {{FACILITY:Meadowlands Regional Medical Center}}, Patient Accounts
Account(s) scheduled by debtor: {{ACCOUNT:MRMC-70018826}} ($8,912.40, ED/inpatient {{DATE:11/2024}}), {{ACCOUNT:MRMC-70021107}} ($1,206.00, radiology)
Also scheduled: {{FACILITY:Garden State Emergency Physicians}} acct {{ACCOUNT:GSEP-418220}}; {{FACILITY:Passaic Valley Collection Bureau}} file {{ACCOUNT:PVCB-99-31187}}

Debtors' address: {{ADDRESS:19 Orchard Terrace}}, {{LOCATION:Clifton}}, NJ {{ZIP:07013}}
Debtors' attorney: {{NAME:Haruto Ellison-Mori}}, Esq., {{FACILITY:Mori & Castellano LLC}}, {{PHONE:973-555-0519}}
Trustee: {{NAME:Deborah L. Finkelstein}}

Meeting of creditors (341): {{DATE:June 18, 2025}} at 10:00 AM, by Zoom, meeting ID given by trustee.
Creditors may not take action to collect debts from the debtors. Collection calls must stop.

Internal routing ({{DATE:5/20/25}}): PFS placed accounts in bankruptcy status; recalled from agency. - {{NAME:Y. Adeyemi}}`,
  `{{FACILITY:Copper Ridge Medical Center}}
{{ADDRESS:900 N Alvernon Way}}, {{LOCATION:Tucson}}, AZ {{ZIP:85711}}

{{DATE:September 5, 2025}}

{{NAME:Ethel Mae Birdsong}}
c/o {{NAME:Ronald Birdsong}}, POA
{{ADDRESS:2201 E Drachman St}}, {{LOCATION:Tucson}}, AZ {{ZIP:85719}}

NOTICE OF DATA BREACH

Dear Ms. {{NAME:Birdsong}}:

What happened? On {{DATE:July 29, 2025}}, a laptop assigned to a home-health nurse was stolen from her car in a grocery store parking lot. The laptop (Dell Latitude 5440, asset tag {{DEVICE:CRMC-LT-20931}}, serial {{DEVICE:8HQ2K74}}) was password-protected, but we could not confirm that its hard drive was encrypted. {{FACILITY:Tucson Police Department}} report {{ID:2507290188}} was filed the same day.

What information was involved? Your name, date of birth ({{DATE:11/11/1929}}), address, Medicare number ({{HEALTH_PLAN:5EG4-HK1-PJ83}}), home-health visit notes from {{DATE:June 2}} through {{DATE:July 28, 2025}}, and medication list. Your Social Security number was not on the device.

What we are doing: We have re-imaged all home-health laptops with full-disk encryption and reported this to HHS. We are offering 24 months of credit monitoring through Experian; your activation code is {{ID:CRMC-7H2K-PX91}}, enroll at the Experian site by {{DATE:12/31/2025}}.

For more information call our dedicated line {{PHONE:1-833-555-0172}}, Mon-Fri, 8 a.m. to 6 p.m. MST.

Sincerely,
{{NAME:Vivian Achterberg-Oyelaran}}, Chief Privacy Officer`,
  `INVOICE - COPIES OF MEDICAL RECORDS
{{FACILITY:Verisource HIM Solutions}} (release of information agent for {{FACILITY:Piedmont Geriatric & Internal Medicine}})
Invoice #: {{ACCOUNT:INV-GA-2025-044718}}   Invoice date: {{DATE:2025-02-14}}   Tax ID on file

Bill to: {{FACILITY:Okonkwo Strickland Injury Lawyers}}, attn: paralegal {{NAME:Brittany Nguyen-Shaw}}
{{ADDRESS:3340 Peachtree Rd NE, Suite 1800}}, {{LOCATION:Atlanta}}, GA {{ZIP:30326}}

Patient: {{NAME:Pettaway, Cornelius A.}}   DOB: {{DATE:10/14/1933}}
Request #: {{ID:VS-0091183}}   Received: {{DATE:01/30/2025}}   Dates requested: {{DATE:01/01/2020}} - present
Your file / matter: {{ID:OSIL-24-1182}} ({{NAME:Pettaway}} v. {{FACILITY:Magnolia Court Assisted Living}})

Description                                   Qty     Rate        Amount
Search and retrieval fee (O.C.G.A. 31-33-3)     1      $29.89      $29.89
Copies, pages 1-20                              20     $1.00       $20.00
Copies, pages 21-312                            292    $0.68       $198.56
Electronic delivery (secure link)               1      $0.00       $0.00
Certification                                   1      $11.20      $11.20
TOTAL DUE                                                          $259.65

Records will be released upon payment. Pay at {{URL:https://pay.verisourcehim.com/inv/GA-2025-044718}} or mail check to {{ADDRESS:PO Box 7710}}, {{LOCATION:Marietta}}, GA {{ZIP:30065}}.`,
  `DME BILLING DISPUTE - CUSTOMER SERVICE NOTES
Supplier: {{FACILITY:Keystone Home Medical Supply}} ({{LOCATION:Allentown}}, PA)   PTAN on file
Patient: {{NAME:Vasquez-Heinrich, Leopold}}   DOB: {{DATE:04.19.1948}}   Cust #: {{ACCOUNT:KHM-220418}}
Item: power wheelchair, Group 2 (K0823), Quantum Q6 Edge, serial {{DEVICE:QE6-2206-88310}}; delivered {{DATE:10/03/2024}}

{{DATE:02/11/2025}} 13:05 - Pt's wife {{NAME:Gertrud}} called re: bill $1,486.22 (20% coinsurance, 13 capped rental months). States pt's secondary (Highmark Medigap Plan G, ID {{HEALTH_PLAN:HXM448120077}}) should pay. Checked: secondary never billed, missing on intake. Added and rebilled claims {{ACCOUNT:25042-00187}} thru {{ACCOUNT:25042-00199}}. Statement hold 45 d. - {{NAME:Aaliyah Monroe}}

{{DATE:03/04/2025}} 09:40 - Medigap paid. Balance $0. Wife also reports joystick failing; tech {{NAME:Rich Sheehan}} scheduled {{DATE:3/7}} at home, {{ADDRESS:612 N 19th St}}, {{LOCATION:Allentown}} {{ZIP:18104}}. Warranty claim {{ID:WRN-88310-01}}. Prescriber of record: {{NAME:Ayodele Bankole}}, DO, NPI {{LICENSE:1558902716}}. - {{NAME:A. Monroe}}`,
  `PHYSICIAN CERTIFICATION - DISABILITY PARKING PLACARD / PLATES
Application to the Pennsylvania Department of Transportation (Form MV-145A)

Applicant: {{NAME:Marguerite Delacroix-Boyd}}
Address: {{ADDRESS:45 Linden Ave}}, {{LOCATION:Erie}}, PA {{ZIP:16505}}
PA driver's license / ID #: {{LICENSE:28 117 446}}   DOB: {{DATE:Feb. 9, 1958}}
Vehicle registered to applicant: 2017 Buick Encore, plate {{VEHICLE:KTF-3318}}, VIN {{VEHICLE:KL4CJESB0HB112877}}
Requested: [x] person with disability parking placard  [ ] plate  Type: [x] permanent [ ] temporary

CERTIFICATION - to be completed by physician, CRNP or PA
I certify that the applicant:
[x] cannot walk 200 feet without stopping to rest
[ ] cannot walk without the use of a brace, cane, crutch, another person, prosthetic device or other assistive device
[x] is restricted by lung disease (FEV1 0.9 L, 34% predicted, on {{DATE:01/07/2025}})
[x] uses portable oxygen (Inogen One G5, 2 L/min)

Physician: {{NAME:Rahul Mehta-Gallagher}}, MD   PA license {{LICENSE:MD447281}}
Practice: {{FACILITY:Presque Isle Pulmonary Associates}}, {{ADDRESS:2315 Myrtle St}}, {{LOCATION:Erie}}, PA {{ZIP:16502}}   Tel {{PHONE:814-555-0640}}
Signature ________   Date {{DATE:1/14/25}}`,
  `HEAD START CHILD HEALTH & DEVELOPMENTAL RECORD
Program: {{FACILITY:Cumberland Bend Community Action Head Start}} - {{FACILITY:Dickson Road Center}}
Enrollment date: {{DATE:08/12/2025}}   Family Advocate: {{NAME:Tameka Jordan-Ellis}}

Child: {{NAME:Mohamed Abdirahman Yusuf}}   DOB: {{DATE:2022-01-30}}   Age 3
Parent: {{NAME:Hodan Ali Warsame}}   Phone {{PHONE:615-555-0287}} (Somali preferred; interpreter via {{FACILITY:Nashville Language Bridge}})
Address: {{ADDRESS:500 Harding Pl, Apt C-14}}, {{LOCATION:Nashville}}, TN {{ZIP:37211}}
Medicaid (TennCare) ID: {{HEALTH_PLAN:TC3309182277}}
Medical home: {{FACILITY:Woodbine Community Health Center}}, Dr. {{NAME:Oyinlola Adeyemi}}   Dental home: {{FACILITY:Smiles on Nolensville}}

EPSDT well-child exam date: {{DATE:07/22/2025}}
Hgb 11.4 g/dL; lead 2 mcg/dL ({{DATE:1/2024}}); vision: unable (age); hearing OAE pass
Immunizations: up to date per TN certificate
Dental exam: {{DATE:June 3, 2025}} - 2 caries (teeth K and T), fluoride varnish applied
Allergies: none known. Asthma: no.
Special health needs: speech delay - referred to TEIS/{{FACILITY:Harding Valley Public Schools}} preschool evaluation {{DATE:9/2025}}; sister {{NAME:Ayaan}} enrolled same center.

Health staff review: {{NAME:R. Castillo}}, RN   {{DATE:8/19/25}}`,
  `{{FACILITY:HARTWELL DORSEY & QUINN LLP}}
{{ADDRESS:1 Financial Plaza, Suite 2200}}, {{LOCATION:Hartford}}, CT {{ZIP:06103}}
Direct {{PHONE:860-555-0745}} | {{EMAIL:lquinn@hdqlaw.com}}

{{DATE:October 20, 2025}}

{{NAME:Manish Agarwal-Stone}}, MD
{{FACILITY:Connecticut Independent Medical Evaluations}}
{{ADDRESS:100 Western Blvd}}, {{LOCATION:Glastonbury}}, CT {{ZIP:06033}}

Re: Independent Medical Examination
Claimant: {{NAME:Rosalind Achebe-Walsh}}   DOB {{DATE:7/7/1977}}
Employer: {{FACILITY:Mohegan Valley Logistics}}   Insurer: The Hartford (claim {{ACCOUNT:YKM C 47718}})
WCC No.: {{ID:800211774}}   Date of injury: {{DATE:01/09/2025}}
Appointment: {{DATE:Tuesday, November 4, 2025}}, 1:30 PM

Dear Dr. {{NAME:Agarwal-Stone}}:

This firm represents the respondents. Enclosed are records from {{FACILITY:Saint Anselm Hospital of Hartford}} ({{DATE:1/9/25}} ED visit), {{FACILITY:Farmington Valley Orthopaedics}} (Dr. {{NAME:Leclerc}}, {{DATE:1/15/25}}-{{DATE:9/30/25}}), and PT notes. Please address: (1) causation of the L4-5 disc herniation; (2) MMI and permanency rating per AMA Guides 6th ed.; (3) work capacity.

The claimant's attorney, {{NAME:Victor Santangelo}}, has been copied and the claimant will bring photo ID. Interpreter not needed.

Very truly yours,
{{NAME:Laura B. Quinn}}
cc: {{NAME:V. Santangelo}}, Esq.; The Hartford adjuster`,
  `From: {{NAME:Adrian Whitfield-Cho}} <{{EMAIL:awhitfieldcho@gmail.com}}>
To: {{EMAIL:patientrelations@mojavevista.org}}
Date: {{DATE:Fri 3/7/2025 9:14 AM}}
Subject: ADA complaint - no ASL interpreter for my mother

My name is {{NAME:Adrian}}, I am a CODA and my mother {{NAME:Evangeline Whitfield}} (DOB {{DATE:9/23/1951}}, MRN {{MRN:MV0338127}}) is Deaf. She was in your hospital ({{FACILITY:Mojave Vista Medical Center}}, 5th floor) from {{DATE:3/1}} to {{DATE:3/5/25}} for a gallbladder surgery.

Despite her asking many times, the only "interpreter" was a VRI cart that froze constantly (the screen showed device {{DEVICE:VRI-0447}} "connection lost"), and for her consent on {{DATE:March 2}} the surgeon Dr. {{NAME:Halvorsen}} had me, her son, interpret. I am not a certified interpreter and I should not have had to tell my mom about surgical risks. She did not understand she would have a drain.

I'm asking for: (1) a written apology, (2) in-person certified ASL interpreters for her follow-up on {{DATE:3/19}}, and (3) staff training. If I don't hear back in 7 days I will file with the DOJ and with {{FACILITY:Silver State Disability Rights Project}}.

You can text me at {{PHONE:702-555-0981}} (I am hearing). My mom's videophone is {{PHONE:702-555-0980}}.

{{NAME:Adrian Whitfield-Cho}}
{{ADDRESS:3090 S Durango Dr #212}}, {{LOCATION:Las Vegas}}, NV {{ZIP:89117}}`,
  `{{FACILITY:Funeraria del Valle}} - International Shipping Dept.
{{ADDRESS:1801 S Cesar Chavez Blvd}}, {{LOCATION:Dallas}}, TX {{ZIP:75215}}   Tel {{PHONE:214-555-0186}}

{{DATE:13 de enero de 2025}} / {{DATE:January 13, 2025}}

Consulado General de México - Departamento de Protección
Re: Repatriation of remains to {{LOCATION:Jerez}}, Zacatecas, Mexico

Decedent: {{NAME:José Refugio Ibarra Castañeda}}
Mexican passport no.: {{ID:G48812207}}   Matrícula consular: {{ID:MC-2219-7741}}
DOB: {{DATE:19/03/1932}}   Age: {{AGE:92}}
DOD: {{DATE:01/09/2025}} at {{FACILITY:Pleasant Grove Community Hospital}}
Destination: {{FACILITY:Panteón Municipal de Jerez}}, {{LOCATION:Jerez de García Salinas}}, Zacatecas
Receiving funeral home: {{FACILITY:Funerales Hermanos Delgado}}, {{LOCATION:Jerez}}

Enclosed: certified death certificate (TX state file {{ID:142-25-000418}}), embalming certificate, non-contagious disease letter signed by Dr. {{NAME:Ngoc Anh Truong}}, and burial-transit permit {{ID:BTP-DAL-0113-07}}. Air waybill AM {{ID:139-88214450}}, flight {{DATE:1/16/25}} DFW-ZCL.

Family contact in {{LOCATION:Dallas}}: {{NAME:Rosa Ibarra de Luna}} (daughter), {{PHONE:469-555-0313}}; in Mexico: {{NAME:Epifanio Ibarra}}, {{PHONE:+52 492 555 0147}}.

Respetuosamente,
{{NAME:Héctor Salvador Ruelas}}, Licensed Funeral Director, TX lic. {{LICENSE:FD-28841}}`,
  `PRE-SCREENING PHONE LOG - {{FACILITY:Great Plains Memory Research Clinic}}
Study: A4-PREVENT (anti-amyloid, Protocol GPM-221; IRB 2024-118)   Recruiter: {{NAME:Brianna Tallbull}}

{{DATE:05/05/25}} - {{NAME:Lorraine Kowalczyk-Dunn}}, 71, self-referral via website form from {{EMAIL:lkdunn1954@gmail.com}} (IP {{IP:24.117.88.205}}). Phone {{PHONE:402-555-0716}}. MMSE by phone (TICS) 34, no dx of dementia, husband {{NAME:Gary}} as study partner. On apixaban - EXCLUDED (anticoagulant). Thanked, added to registry #{{ID:REG-01822}} with consent.
{{DATE:05/05/25}} - {{NAME:Harvey Oyelowo-Baptiste}}, 68, referred by Dr. {{NAME:Chen}} at {{FACILITY:Millard Family Physicians}}. Phone {{PHONE:402-555-2291}}. Eligible on phone screen. Screening visit set {{DATE:Monday 5/12/2025}} 8:00 (fasting, bring partner {{NAME:Denise}}). Pre-screen ID {{ID:PS-0417}}.
{{DATE:05/06/25}} - {{NAME:Aurelio Bustamante}}, age {{AGE:91}}, daughter {{NAME:Carmen}} called. Over age limit (85) - EXCLUDED. Referred to {{FACILITY:Omaha Caregiver Alliance}}.
{{DATE:05/06/25}} - {{NAME:Samuel Two Bulls}}, 74, {{LOCATION:Bellevue}} NE. Lives alone, no study partner available yet; callback {{DATE:5/20}} {{PHONE:402-555-8841}}. PS ID {{ID:PS-0418}}.

Weekly total: 4 screened, 1 eligible.`,
  `ANSWERING SERVICE - OVERNIGHT MESSAGES   Client: {{FACILITY:Lakeside Family Dermatology}}   Acct {{ACCOUNT:ANS-4471}}
Delivered to on-call Dr. {{NAME:Y. Goldfarb}} via secure text {{DATE:12/26/2024 22:05}}

#1  22:47  Caller {{NAME:Jolanta Wiśniewska}} re: self, DOB {{DATE:6-30-65}}. Started doxycycline today, "sunburn" on arms after 20 min outside. CB {{PHONE:(262) 555-0439}}. Non-urgent per caller.
#2  23:58  Caller {{NAME:Derrick Oduya}} re: son {{NAME:Caleb Oduya}}, 6 yo, DOB {{DATE:4/2/2018}}. Rash + fever 102 after amoxicillin, lips swelling? Advised to call 911/go to ED per protocol. Caller going to {{FACILITY:Kenosha Lakeshore ED}}. CB {{PHONE:262-555-0120}}. URGENT - paged {{DATE:12/27 00:01}}, dr returned call 00:06.
#3  02:13  Pharmacy {{FACILITY:Pleasant Prairie Pharmacy}}, pharmacist {{NAME:Uchenna}}: clarify isotretinoin Rx for {{NAME:Mae-Lin Carter}} (iPLEDGE {{ID:7712308841}}), qty. CB {{PHONE:262-555-7870}} ext {{PHONE:2}}.
#4  06:40  Caller {{NAME:Ruth Ellen Abernathy}}, {{AGE:90}}, re: self, needs refill clobetasol, out since {{DATE:12/24}}. CB {{PHONE:262-555-6612}}. Uses {{FACILITY:Walgreens on 75th St}}.

Operator: {{NAME:SJ}} / {{NAME:KM}}`,
  `MEDICAL REVIEW OFFICER - VERIFIED RESULT REPORT (DOT)
MRO: {{NAME:Francesca Oyelaran-Brandt}}, MD, MRO-certified   {{FACILITY:Heartland MRO Services}}   Tel {{PHONE:816-555-0421}}   Fax {{FAX:816-555-0422}}

Employer (DER): {{FACILITY:Missouri River Freight Lines}}, attn {{NAME:Cody Lindqvist}}, safety director
Donor name: {{NAME:Alphonse T. Boudreaux III}}   Employee ID: {{ID:MRF-77120}}
Donor CDL: LA {{LICENSE:009441872}}
CCF #: {{ID:1182274301}}   Specimen ID: {{ID:1182274301}}   Collected {{DATE:09/02/2025}} at {{FACILITY:QuickTest Collection Site #118}}, {{LOCATION:Kansas City}}, MO
Lab: certified HHS lab; accession {{ID:KC25-0903-11827}}
Reason for test: [x] random  Regulated: FMCSA

Lab result: positive, amphetamine 1,240 ng/mL
MRO interview: {{DATE:09/05/2025 15:20}} by phone {{PHONE:318-555-0962}}. Donor stated prescription for Adderall XR 20 mg from Dr. {{NAME:Nkechi Amadi}}, {{FACILITY:Bayou Behavioral Clinic}}; pharmacy {{FACILITY:Broussard Drugs}} confirmed fill {{DATE:8/22/25}}, Rx #{{ID:4411827}}.

VERIFIED RESULT: NEGATIVE (legitimate medical explanation)
Safety concern: MRO advises employer that a medical-qualification review may be warranted under 49 CFR 40.327 - none noted at this time.

{{NAME:F. Oyelaran-Brandt}}, MD   {{DATE:9/5/2025}}`,
  `{{FACILITY:NORTH SHORE CARDIOLOGY GROUP}} - MEDICAL RECORDS
ATTENDING PHYSICIAN STATEMENT REQUEST - LIFE INSURANCE UNDERWRITING
Received via fax {{DATE:2025-07-08 11:42}} from ExamOne/Northwestern Mutual underwriting

Proposed insured: {{NAME:Viktor Aleksandrovich Sokolov}}   DOB: {{DATE:1962-12-01}}
Policy application #: {{ACCOUNT:NM-LA-44718220}}   Face amount: $1,500,000
Authorization signed: {{DATE:06/27/2025}} (valid 24 months)
Requested: APS summary + last 5 years office notes, echo, stress test, lipid panel

Staff note ({{NAME:Odalys Fuentes}}, HIM, {{DATE:7/9/25}}): pt seen by Dr. {{NAME:Imran Chaudhry}} since {{DATE:Jan 2020}}. Records include Lexiscan SPECT {{DATE:3/14/2023}} (normal, EF 58%), echo {{DATE:02/06/2025}} (mild LVH), statin since 2020. Flagged one note of {{DATE:11/2/2022}} mentioning alcohol use disorder in remission - no Part 2 restriction applies (not SUD program).
Fee $35 invoiced ({{ACCOUNT:NSC-ROI-2025-0883}}). Sent via secure portal {{DATE:7/10/25}}. Pt's home {{ADDRESS:742 Sheridan Rd}}, {{LOCATION:Winnetka}}, IL {{ZIP:60093}}; pt requested copy mailed - done.
Dr. {{NAME:Chaudhry}} completed APS form {{DATE:7/10/2025}}.`,
  `{{FACILITY:MAGISTRATE COURT OF DEKALB COUNTY}}
STATE OF GEORGIA - STATEMENT OF CLAIM (SMALL CLAIMS)

Civil Action No. {{ID:25M41182}}

Plaintiff: {{NAME:Thandiwe N. Mokoena-Price}}, {{ADDRESS:2890 Panola Rd, Apt 1312}}, {{LOCATION:Lithonia}}, GA {{ZIP:30058}}, phone {{PHONE:678-555-0263}}
Defendant: {{FACILITY:Perimeter Smile Dental Studio, LLC}}, registered agent Dr. {{NAME:Farzad Rahimi}}, {{ADDRESS:4500 N Shallowford Rd, Ste 110}}, {{LOCATION:Dunwoody}}, GA {{ZIP:30338}}

Plaintiff's claim: Defendant owes plaintiff $3,870.00 plus court costs because: "I paid in full for an implant crown on tooth #19 on {{DATE:Jan. 10, 2025}} (receipt {{ACCOUNT:PSD-R-55128}}). The crown cracked on {{DATE:3/2/25}}. Dr. {{NAME:Rahimi}} refused to redo it and then sent my $1,100 remaining 'balance' to {{FACILITY:Peachtree Credit Recovery}} (acct {{ACCOUNT:PCR-88192}}) even though my dental plan (Delta Dental, ID {{HEALTH_PLAN:DD7719004412}}) paid its share. A second dentist, Dr. {{NAME:Olumide Ajayi}} at {{FACILITY:Stonecrest Family Dentistry}}, said the implant was placed at the wrong angle."

Hearing: {{DATE:May 28, 2025}}, 9:00 a.m., Courtroom 2B, {{ADDRESS:556 N McDonough St}}, {{LOCATION:Decatur}}, GA
Filed {{DATE:04/14/2025}}   Deputy clerk: {{NAME:M. Holloway-Grant}}`,
  `PATIENT VALUABLES - ENVELOPE RECEIPT LOG   Security Office, {{FACILITY:Puget Harbor Medical Center}}
Safe #2   Month: {{DATE:November 2024}}

Env #      Date/time in           Patient / MRN                          Contents                                            Rec'd by / witness        Released
{{ID:V-24-3301}}  {{DATE:11/02/24 0214}}          {{NAME:Tsegaye, Almaz}} {{MRN:H2277819}}             $212 cash, WA DL {{LICENSE:TSEGAAM481KQ}}, debit card     {{NAME:R. Castañeda}} / {{NAME:L. Wong}}    {{DATE:11/05/24}} to pt
{{ID:V-24-3302}}  {{DATE:11/02/24 1130}}          {{NAME:Björklund, Sven}} {{MRN:H0081902}}            gold wedding band, Seiko watch, car keys (Subaru)     {{NAME:D. Osei}} / RN {{NAME:Pham}}      {{DATE:11/09/24}} to wife {{NAME:Ingrid}}
{{ID:V-24-3307}}  {{DATE:11/04/24 2250}}          {{NAME:UNKNOWN, XRAY 14}}                      wallet w/ Oregon ID {{LICENSE:8812044}}, iPhone       {{NAME:R. Castañeda}} / {{NAME:T. Nguyen}}   pending ID
{{ID:V-24-3311}}  {{DATE:11/06/24 0605}}          {{NAME:Mahoney, Patrick J.}} {{MRN:H1190337}}, {{AGE:94}}yo   hearing aid case, rosary, $40                        {{NAME:D. Osei}} / {{NAME:K. Yamada}}    deceased {{DATE:11/7}} - to {{FACILITY:Kessler-Thorne Funeral Home}}

Notes: V-24-3307 identified {{DATE:11/05}} as {{NAME:Jesse Rae Whitcomb}} via fingerprint match by {{FACILITY:Seattle Police Department}} (case {{ID:24-331882}}); contents released to pt on discharge {{DATE:11/12/24}}. Car for V-24-3302 (Subaru Outback, WA {{VEHICLE:CDK8812}}) towed from ED drive by {{FACILITY:Rainier Avenue Towing}} {{DATE:11/3}}, sister notified.`,
  `STATE OF WASHINGTON - DEPARTMENT OF CHILDREN, YOUTH & FAMILIES
REQUEST FOR MEDICAL RECORDS - CHILD PROTECTIVE SERVICES (RCW 26.44.030)

To: {{FACILITY:Yakima Valley Children's Clinic}}, Medical Records   Fax {{FAX:509-555-0331}}
From: {{NAME:Leticia Montaño-Reyes}}, CPS Investigator   DCYF office phone 509-555-0100
Date: {{DATE:10/17/2024}}   Intake #: {{ID:4418220}}   Case #: {{ID:CPS-YAK-24-01182}}

Child: {{NAME:Jayden Michael Sixkiller}}   DOB: {{DATE:08/08/2021}}
Mother: {{NAME:Cheyenne Sixkiller}}   Father/partner: {{NAME:Tyler Lohman}}
Last known address: {{ADDRESS:1210 S 6th Ave, Trlr 9}}, {{LOCATION:Union Gap}}, WA {{ZIP:98903}}
Other household: half-sibling {{NAME:Mikayla Lohman}}, DOB {{DATE:2/14/2019}}

Records requested: all visits {{DATE:01/01/2023}} to present, including ED visit {{DATE:10/14/2024}} at {{FACILITY:Toppenish Community Hospital}} for a spiral fracture of the L humerus, growth charts, immunizations, missed appointments, and any prior reports. Skeletal survey images: please send CD to the DCYF office on the cover sheet.

This request is made under state law; no authorization from the parent is required. Please respond within 10 business days. Do not notify the family of this request.`,
  `TELEHEALTH SESSION AUDIT - vendor export (for privacy complaint {{ID:PRIV-2025-0052}})
Platform: Doxy/Zoom hybrid   Exported {{DATE:2025-04-03T15:30:00-04:00}} by {{ID:svc_telehealth}}

Visit: behavioral health follow-up, {{DATE:2025-03-28}} 16:00-16:45 ET
Clinician: {{NAME:Ravi Subramanian}}, LICSW (user {{ID:rsubramanian}})
Patient: {{NAME:Chloé Beaumont-Adeyemi}}   MRN {{MRN:NE-3318207}}   DOB {{DATE:1/6/1998}}

Event log:
{{DATE:2025-03-28 15:58:12}}  clinician joined from {{IP:10.61.4.27}} (clinic), device {{DEVICE:BH-NB-0412}}
{{DATE:2025-03-28 16:01:40}}  patient joined via link {{URL:https://telehealth.newenglandbh.org/w/r-subramanian?pid=3318207}} from {{IP:66.30.118.9}}
{{DATE:2025-03-28 16:03:05}}  3rd participant joined with same link, display name "{{NAME:Marc B}}", IP {{IP:66.30.118.44}}
{{DATE:2025-03-28 16:03:07}}  waiting room DISABLED (room setting)
{{DATE:2025-03-28 16:44:51}}  all left

Complaint: patient says her ex-partner, {{NAME:Marc Beaumont}}, listened to the session; the link had been forwarded from her old email {{EMAIL:chloe.b.adeyemi@hotmail.com}}, which he still accesses.
Findings: personal-room links reused; waiting room off. Remediation: unique per-visit links from {{DATE:4/7/25}}; patient's contact email changed; safety planning with patient per clinician.`,
  `pharmacy complaint / refund - {{FACILITY:harbor point outpatient pharmacy}} - {{DATE:9/30/24}}
pt {{NAME:oyelaran, babatunde jr}} dob {{DATE:1/1/1960}} called upset: charged $487.16 for entresto 49/51 x60 on {{DATE:9/26}}. pt has medicare part d (silverscript) + extra help (LIS lvl 2), copay should be ~$11.20. claim adjudicated as cash bc pt's new card not on file - old id {{HEALTH_PLAN:S9YK2740013}}, new id {{HEALTH_PLAN:S2PX1178846}} eff {{DATE:1/1/24}}.
reprocessed claim {{DATE:9/30}} 1422, rx #{{ID:6681204}}, paid $11.20. refund of $475.96 to card on file, auth # {{ID:RF-774102}}.
pt also says tech ({{NAME:kyle}}) was rude and said his son's name out loud at counter ("pickup for {{NAME:tunde}} too?"), other customers heard. pt's son {{NAME:tunde oyelaran}} is also pt here (hiv meds). apologized; forwarded to pharmacy mgr {{NAME:s. hakimi}} + privacy officer as possible incidental vs reportable disclosure.
pt phone {{PHONE:617 555 0392}}; prefers mail to {{ADDRESS:40 wendell st}} {{LOCATION:dorchester}} {{ZIP:02124}}.
- {{NAME:lmt}} cpht`,
  `IT SERVICE DESK - TICKET {{ID:INC0418827}}
Opened: {{DATE:2025-06-02 07:12:44}}   Channel: phone   Category: Patient portal > account locked
Caller: {{NAME:Ngo Thi Thanh Huong}} (patient)   Callback: {{PHONE:(714) 555-0838}}
Portal username: {{ID:huongngo1956}}   Email on account: {{EMAIL:huong.ngo.1956@yahoo.com}}
Identity verification (per KB0010223): DOB {{DATE:05/16/1956}} - match; MRN {{MRN:SOC-0093318}} - match; last 4 SSN {{SSN:2207}} - match; home ZIP {{ZIP:92843}} - match.

Work notes:
07:15 - 5 failed logins {{DATE:6/1/25}} 23:40-23:52 from {{IP:185.220.101.47}} (TOR exit, {{LOCATION:Frankfurt}}) then lockout. Patient denies traveling, says her grandson {{NAME:Kevin Tran}} set up the account. Possible credential stuffing.
07:21 - reset password, forced MFA enrollment to mobile {{PHONE:714-555-0838}}; revoked sessions; blocked IP at WAF.
07:30 - escalated to Security ({{NAME:Mehmet Aksoy}}, {{ID:SEC-IR-2025-071}}) to review whether the attacker viewed any records before lockout; portal audit shows no successful login since {{DATE:5/28/25}} 10:02 from her home IP {{IP:76.88.14.203}}.
Resolved {{DATE:06/02/2025 07:48}} by {{NAME:Jasmine Alcaraz}} ({{ID:jalcaraz}}), Tier 1.`,
  `EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS (Form C-2F)
Employer: {{FACILITY:St. Brendan Regional Medical Center}}   FEIN on file
Location of incident: {{FACILITY:Kessler 4}} med-surg unit, room 412, {{ADDRESS:4100 Harmon Pkwy}}, {{LOCATION:Toledo}}, OH {{ZIP:43615}}

Employee: {{NAME:Chukwuemeka "Emeka" Obi-Lindqvist}}   Job title: Patient Care Technician
Employee #: {{ID:SB-0077412}}   DOB: {{DATE:12/12/1994}}   Hire date: {{DATE:03/06/2023}}
Home address: {{ADDRESS:2231 Glenwood Ave, Apt 6}}, {{LOCATION:Toledo}}, OH {{ZIP:43620}}   Phone {{PHONE:419-555-0726}}

Date/time of injury: {{DATE:07/19/2025 03:40}}   Date employer notified: {{DATE:07/19/2025}}
Description: While repositioning a {{AGE:98}}-year-old confused patient with a second PCT ({{NAME:Haley Strunk}}), the patient grabbed employee's left wrist and twisted. Employee felt a pop. Lift equipment (Hill-Rom ceiling lift, asset {{DEVICE:SBR-CL-4412}}) was out of service since {{DATE:7/15}} (work order {{ID:WO-220918}}).
Body part: L wrist   Treatment: Employee Health, then {{FACILITY:Maumee Bay Urgent Care}}; x-ray neg, splint.
Lost time: yes, {{DATE:7/20}}-{{DATE:7/23/25}}   Claim # (BWC): {{ACCOUNT:25-388412}}
Prepared by: {{NAME:Renata Kowalski-Amoah}}, Workers' Comp Coordinator, {{PHONE:419-555-3390}}   Date {{DATE:7/21/2025}}`,
];

export const HELDOUT_REALISTIC_71_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout71-${i + 1}`, n));
