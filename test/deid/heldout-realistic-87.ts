// An eighty-seventh held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; towns, cities,
// counties and parks are real places used only as LOCATION or ADDRESS). It leans towards the
// administrative and machine side of health records rather than clinical prose:
// release-of-information requests, authorizations and ROI logs, subpoenas, custodian affidavits and
// attorney letters, workers' compensation requests, prior-authorization forms, denials, appeals,
// peer-to-peer logs and external review requests, patient statements, collection letters, payment
// plans, EOBs and financial-assistance applications, patient-portal messages and their replies,
// proxy-access and IT tickets, e-fax cover sheets, transmission reports and inbound routing logs,
// HL7 v2 messages (MSH, EVN, PID, PD1, PV1, NK1, GT1, IN1, ORC, OBR, OBX, SCH, AIS/AIP/AIL, TXA,
// FT1, RXA, MRG), CSV, TSV and pipe-delimited exports, FHIR-like JSON (Patient, Coverage,
// RelatedPerson, Encounter, Device, Observation, Media, DocumentReference, Consent), audit-log
// lines with user names and IP addresses, break-the-glass and privacy-incident reports, DICOM
// header dumps with burned-in text, OCR text of scanned forms, cards and licences (0 for O, 1 for
// l and I, split words), registration, demographic-change and newborn forms, photo, video and
// media consents with image and video file names, and biometric enrolment logs (palm-vein, iris,
// fingerprint, voiceprint, footprint and impedance templates). Names come as LAST^FIRST^MIDDLE,
// Last, First M., initials, login names and OCR-garbled forms; dates as 19460301, 03/01/1946,
// 1946-03-01T10:22:00-05:00, 01-MAR-1946, 03011946, Sun, 10 Mar 2024 22:31:07; next to many
// numbers that are not PHI (CPT, ICD-10, LOINC, NDC-like, BIN/PCN, lot numbers, DICOM class UIDs,
// station names, scanner serials, dollar amounts, scores and lab values).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions listed in the header of
// heldout-realistic-72.ts (titles, kin terms and degrees outside NAME spans; a time attached to a
// full date and a weekday written with a date are inside the DATE span; a month/day without a year
// is a DATE; compact all-digit dates are DATE; ages over 89 are AGE however written; typist,
// signer and staff initials are NAME; payers, their departments, phone and fax lines and state or
// federal agencies are not PHI; schools, employers, labs, pharmacies, transport and home-care
// agencies are FACILITY; member numbers are HEALTH_PLAN; billing, claim and utility numbers are
// ACCOUNT; NPI, DEA, state and driver's licences are LICENSE; plates and VINs are VEHICLE; implant,
// pump, sensor and transmitter serials are DEVICE; accession, order, authorization, case and
// badge numbers are ID; lot numbers and a lot's expiry are not PHI; a patient photo's file name is
// PHOTO; template numbers are BIOMETRIC). Added for this set:
// - A caret-joined name (DELACROIX^MARGUERITE^A, BETTENCOURT^CORNELIUS^J^JR, Haugen^Solveig) is one
//   NAME span with its middle and suffix components; empty trailing components, name-type codes
//   (^^^^^L) and degrees (^^^^^MD, CRNA) stay outside; a suffix standing alone is not annotated.
//   Names split over fields (FHIR family/given, CSV or pipe columns) are one span per field.
// - In HL7 and DICOM addresses the street and its unit component (118 WENDELL AVE^APT 3) are one
//   ADDRESS span; city, county and ZIP are separate spans; state and country codes are not PHI.
// - HL7 sending/receiving facility and assigning-authority codes that stand for an institution
//   (HPMC, SVH, BRVMC) are FACILITY; application names (REGADT, LIS, CADENCE), state registry and
//   agency codes (NMSIIS, NMDOH, SSA) and the OID of an assigning authority are not PHI.
// - ID also covers HL7 message control IDs, visit numbers (PV1-19), placer/filler order numbers,
//   appointment, transaction and document IDs, DICOM study/SOP/irradiation-event instance UIDs,
//   FHIR logical resource ids, portal message and thread IDs, ticket and incident numbers, fax job
//   numbers, media and asset IDs, prescription numbers, consent and enrolment IDs, court docket
//   and cause numbers, state vital-record file numbers, marriage-certificate numbers and a licence's
//   document discriminator. DICOM class UIDs, UDI device identifiers (product codes), NCPDP, BIN,
//   PCN, ETIN, IRB numbers, workstation, kiosk, printer and station names, and a scanner's,
//   camera's or modality's own serial number are not PHI.
// - ACCOUNT also covers PID-18 and hospital account numbers, guarantor and collection file
//   numbers, invoice and statement accounts, bank accounts and payment cards (masked or not).
// - Insurer group numbers are HEALTH_PLAN like member numbers; a Medicare MBI is HEALTH_PLAN.
// - Attorney bar numbers, notary commission numbers and technologist certification numbers are
//   LICENSE; law firms, collection agencies and businesses named in correspondence are FACILITY; a
//   payer employee's name, direct line and e-mail are NAME, PHONE and EMAIL, while the payer's
//   name, general phone and fax lines are not PHI.
// - A masked identifier with visible digits (XXX-XX-6620, last 4 SSN 9920, ***-***-0195, VISA
//   4111 11** **** 0427) is one span of the identifier's type over the whole visible token.
// - OCR-garbled identifiers keep their garbling inside the span (0YELARAN, T0B1; O4 / 2l / 1958), and
//   a word split by OCR (Marguer ite, Brend an, E ly) is one span.
// - A login or user name built from a person's name (tabernathy, reg_mvaldez, hsolberg54) is NAME
//   over the whole token; system accounts (addr_validator, portal_self, system) are not.
// - A photo or video file name of the patient (IMG_4471.HEIC, EMU7_R3_20240325_1402_ACHTERBERG.mp4)
//   is one PHOTO span, dates and names inside it included; in other file names (document PDFs,
//   exports) each identifier is its own span and the rest (underscores, extension) stays outside.
// - A month with its year (August 2022, 8/2022, 05/2016) is a DATE; licence issue and expiry dates
//   are DATE; a phone extension written after the number is inside the PHONE span.
// - GPS coordinates and a park entrance or intersection where a person was are ADDRESS.
// - A UDI carrier string containing a serial, and the IMEI and MAC of a patient's home device, are
//   DEVICE; infant security-tag serials are DEVICE; a newborn footprint card number and a body-
//   impedance user profile are BIOMETRIC.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Facility: {{FACILITY:Harbor Point Medical Center}} - Health Information Management
Patient name: {{NAME:Delacroix, Marguerite A.}}   DOB: {{DATE:03/01/1946}}   MRN: {{MRN:HP-00482913}}
Address: {{ADDRESS:118 Wendell Ave, Apt 3}}, {{LOCATION:Pittsfield}}, MA {{ZIP:01201}}
Phone: {{PHONE:(413) 555-0187}}   Email: {{EMAIL:mdelacroix46@ospreymail.net}}
I authorize {{FACILITY:Harbor Point Medical Center}} to release records of care from {{DATE:01/15/2023}} through {{DATE:02/28/2024}} to:
Recipient: {{NAME:Leon Kaszuba}}, Esq., {{FACILITY:Kaszuba & Wray LLP}}, {{ADDRESS:40 Fenn St, Suite 210}}, {{LOCATION:Pittsfield}}, MA {{ZIP:01201}}; fax {{FAX:413-555-0199}}
Information to be released: [x] discharge summaries [x] operative reports [x] imaging reports [x] itemized bill
Exclude: [x] HIV/AIDS [x] substance use disorder (42 CFR Part 2) [x] psychotherapy notes
Purpose: legal - personal injury claim
This authorization expires on {{DATE:08/31/2024}} or one year from signature, whichever is first.
Signature of patient: /s/ {{NAME:M. Delacroix}}   Date signed: {{DATE:03/04/2024}}
Witness: {{NAME:T. Abernathy}} (HIM clerk, emp# {{ID:E20418}})
ROI request #: {{ID:ROI-24-0031877}}   Logged by: {{NAME:tabernathy}} on {{DATE:2024-03-04 15:41}}`,

  `PATIENT PORTAL - Medical Records Request
Msg ID: {{ID:PM-8830214}}   Sent: {{DATE:2024-02-19T21:47:03-05:00}}
From: {{NAME:Oyelaran, Tobi}} (MRN {{MRN:7719042}}, DOB {{DATE:1988-07-12}})
To: HIM Release of Information - {{FACILITY:St. Brendan's Regional Hospital}}
hi, I need copies of my MRI from {{DATE:Jan 4 2024}} and the ortho clinic notes from {{DATE:January 22, 2024}} sent to my new surgeon Dr. {{NAME:Ilse Marchetti}} at {{FACILITY:Lakeshore Orthopaedic Associates}}, fax {{FAX:(216) 555-0164}}. Please also email the CD link to {{EMAIL:tobi.oyelaran@fernmail.net}}. My new address is {{ADDRESS:2207 Carnegie Ave, Unit 5C}}, {{LOCATION:Cleveland}}, OH {{ZIP:44115}}. thanks, {{NAME:Tobi}}
---
Reply {{DATE:02/20/2024 09:12}} from {{NAME:Renata Szabo}}, ROI Specialist:
Hi {{NAME:Tobi}}, we received your request ({{ID:ROI-24-0029551}}). Imaging can be shared through our image portal at {{URL:https://images.stbrendansregional.org/share/7QK2-XW9M}}; the link expires in 14 days. Clinic notes will be faxed to Dr. {{NAME:Marchetti}} once you sign the attached form. Questions: {{PHONE:216-555-0110 ext 4402}}.`,

  `roi_log_export_2024Q1.csv  (exported {{DATE:2024-04-01T06:00:12Z}} by {{NAME:rszabo}})
request_id,received,patient,mrn,dob,requester,delivery,destination,status,clerk
{{ID:R240102-0007}},{{DATE:2024-01-02}},"{{NAME:Whitcomb, Harold J}}",{{MRN:00391188}},{{DATE:1939-11-30}},"NH Disability Determination Svcs",portal,,closed,{{NAME:TA}}
{{ID:R240109-0112}},{{DATE:2024-01-09}},"{{NAME:Nguyen-Hale, Duc}}",{{MRN:00774021}},{{DATE:1990-05-18}},"{{NAME:Duc Nguyen-Hale}} (self)",email,{{EMAIL:ducnh90@quillpost.com}},closed,{{NAME:RS}}
{{ID:R240117-0230}},{{DATE:2024-01-17}},"{{NAME:Carrick, Siobhan}}",{{MRN:00512876}},{{DATE:1975-12-02}},"{{FACILITY:Brady & Moyle PC}}",fax,{{FAX:603-555-0158}},pending auth,{{NAME:TA}}
{{ID:R240125-0301}},{{DATE:2024-01-25}},"{{NAME:Warsame, Abdirahman}}",{{MRN:00688140}},{{DATE:1962-03-09}},"{{FACILITY:Concord Kidney Care}}",fax,{{FAX:603-555-0171}},closed,{{NAME:RS}}
{{ID:R240131-0344}},{{DATE:2024-01-31}},"{{NAME:Tafoya, Yolanda}}",{{MRN:00203357}},{{DATE:1931-06-21}},"{{NAME:Rosa Tafoya}} (POA)",mail,"{{ADDRESS:77 Pleasant St}} {{LOCATION:Laconia}} NH {{ZIP:03246}}",closed,{{NAME:TA}}`,

  `AUTHORIZATION TO DISCLOSE HEALTH INFORMATION (Personal Representative)
{{FACILITY:Cedar Hollow Family Practice}} | {{ADDRESS:9 Quarry Rd}}, {{LOCATION:Montpelier}}, VT {{ZIP:05602}} | Tel {{PHONE:802-555-0136}} | Fax {{FAX:802-555-0137}}
Patient: {{NAME:Ellenberger, Ruth I.}}   Date of birth: {{DATE:14-AUG-1930}}   Age: {{AGE:93}}
Chart #: {{MRN:CH-118204}}
Personal representative: {{NAME:Konrad Ellenberger}} (son), health care agent under HCP dated {{DATE:6/2/2019}}
Rep address: {{ADDRESS:1450 Elm Hill Rd}}, {{LOCATION:Barre}}, VT {{ZIP:05641}}   Cell {{PHONE:802.555.0172}}
Rep identity verified with VT driver's license {{LICENSE:91847302}}
Disclose to: {{FACILITY:Green Mountain Elder Law}}, attn. {{NAME:Sarah Bouchard-Lyle}}, Esq., {{EMAIL:sbouchard@gmelderlaw.com}}
Records: all records {{DATE:01/01/2020}} to present; medication list; cognitive testing of {{DATE:9/14/2023}} (MoCA 17/30).
Purpose: Medicaid long-term-care application and guardianship review.
Signed: {{NAME:Konrad Ellenberger}}   {{DATE:03/05/2024}}
Notary: {{NAME:Paula Grigsby}}, commission #{{LICENSE:157.0089914}}, {{LOCATION:Washington County}}`,

  `{{DATE:March 8, 2024}}

{{NAME:Gideon Strauss}}, Esq.
{{FACILITY:Strauss Pellegrino Trial Lawyers}}
{{ADDRESS:700 Market St, 14th Floor}}
{{LOCATION:Philadelphia}}, PA {{ZIP:19106}}

RE: Request for records of {{NAME:Maribel Ocasio}}, DOB {{DATE:02/27/1979}}
Your file: {{ID:SP-2231-MO}}   Our ref: {{ID:ROI-0324-55810}}

Dear Mr. {{NAME:Strauss}}:
{{FACILITY:Schuylkill Valley Hospital}} received your request on {{DATE:02/29/2024}}. We are unable to process it because the enclosed authorization (1) does not name our facility, (2) is dated {{DATE:06/11/2022}} and has expired, and (3) the signature does not match our records. A HIPAA-compliant form is posted at {{URL:https://www.schuylkillvalleyhosp.org/forms/roi-auth.pdf}}.
Please resubmit to HIM by fax {{FAX:215-555-0190}} or email {{EMAIL:releaseofinfo@schuylkillvalleyhosp.org}}, and quote MRN {{MRN:SVH4410297}} on all correspondence.

Sincerely,
{{NAME:Dolores Whitfield}}, RHIT
Release of Information Coordinator | {{PHONE:215-555-0188}}
{{NAME:DW}}/{{NAME:kp}}`,

  `COMMONWEALTH OF MASSACHUSETTS
{{LOCATION:Essex}}, ss.                 SUPERIOR COURT DEPARTMENT
                                        Civil Action No. {{ID:2377CV00918}}
{{NAME:BRIANNA LUSSIER}}, Plaintiff  v.  {{NAME:DOUGLAS FENN}}, Defendant

SUBPOENA DUCES TECUM FOR MEDICAL RECORDS
To: Keeper of Records, {{FACILITY:Harbor Point Medical Center}}, {{ADDRESS:400 Shore Rd}}, {{LOCATION:Salem}}, MA {{ZIP:01970}}
You are commanded to produce certified copies of all records, imaging and billing for {{NAME:Brianna Lussier}}, DOB {{DATE:10/03/1991}}, SSN {{SSN:XXX-XX-6620}}, for dates of service {{DATE:07/14/2023}} through present, including the emergency visit after the motor vehicle collision of {{DATE:July 14, 2023}} at {{ADDRESS:Route 1A and Bridge St}} in {{LOCATION:Beverly}}.
Produce on or before {{DATE:April 2, 2024}} to counsel for plaintiff: {{NAME:Hannah Okoro-Levine}}, BBO# {{LICENSE:688214}}, {{FACILITY:Okoro-Levine Law Group}}, {{ADDRESS:12 Federal St, Suite 3}}, {{LOCATION:Newburyport}}, MA {{ZIP:01950}}, {{PHONE:978-555-0149}}, {{EMAIL:hol@okorolevinelaw.com}}.
Witness, {{NAME:Marisol Vega-Brandt}}, Clerk-Magistrate. Issued {{DATE:03/06/2024}}.`,

  `{{FACILITY:BETTENCOURT INJURY LAW, P.A.}}
{{ADDRESS:2100 N Tamiami Trl, Ste 400}} * {{LOCATION:Sarasota}}, FL {{ZIP:34234}} * T {{PHONE:941-555-0126}} * F {{FAX:941-555-0127}}

{{DATE:February 26, 2024}}
VIA E-FAX to Patient Financial Services, {{FACILITY:Gulf Crest Memorial Hospital}}, {{FAX:941-555-0181}}

Re: Our client: {{NAME:Cornelius J. Bettencourt Jr.}}   DOB: {{DATE:1957-09-30}}
    Date of loss: {{DATE:12/23/2023}}   Acct#: {{ACCOUNT:GCM-30021987}}
    Auto carrier claim: {{ACCOUNT:FL-23-88410-PIP}}   Insured vehicle: 2019 Honda CR-V, VIN {{VEHICLE:5J6RW2H84KL004417}}, FL tag {{VEHICLE:QRT7J2}}

Dear Sir or Madam:
Please be advised this firm represents the above client for injuries sustained in a collision on {{DATE:12/23/2023}}. Kindly direct all billing to this office and do not send the account to collections while the PIP claim is pending. Please provide an itemized UB-04 and all records for the admission of {{DATE:12/23/2023}}-{{DATE:12/27/2023}} to the undersigned. A signed authorization is enclosed.

Very truly yours,
{{NAME:Celeste Amaral}}, Esq.   Florida Bar No. {{LICENSE:0981126}}
{{EMAIL:camaral@bettencourtinjury.com}}
cc: client; file {{ID:BIL-2024-0117}}`,

  `AFFIDAVIT OF CUSTODIAN OF RECORDS
State of Texas, County of {{LOCATION:Travis}}
Before me, the undersigned authority, personally appeared {{NAME:Esperanza Villalobos}}, who being duly sworn stated:
"I am the custodian of records of {{FACILITY:Hill Country Spine & Pain Institute}}, {{ADDRESS:3801 Bee Caves Rd, Bldg C}}, {{LOCATION:Austin}}, TX {{ZIP:78746}}. Attached are 214 pages of records pertaining to {{NAME:Lionel Fairweather}}, date of birth {{DATE:11/08/1968}}, account {{ACCOUNT:HCS-557102}}, for services from {{DATE:March 3, 2022}} through {{DATE:January 19, 2024}}. These records are kept in the regular course of business ..."
Cause No. {{ID:D-1-GN-23-004412}}; {{NAME:Lionel Fairweather}} v. {{FACILITY:Lone Star Freight Lines LLC}}
Records requested by: {{NAME:Thaddeus Pruitt}}, {{FACILITY:Pruitt Law}}, State Bar No. {{LICENSE:24087731}}, {{EMAIL:tpruitt@pruittlawtx.com}}
Delivered via secure link {{URL:https://share.hillcountryspine.com/d/9f3c1e7a}} on {{DATE:2024-02-14 16:05}}
/s/ {{NAME:E. Villalobos}}
SWORN TO AND SUBSCRIBED before me on the {{DATE:14th day of February, 2024}}.
{{NAME:Gwendolyn Rusk}}, Notary Public, ID {{LICENSE:13298441-7}}`,

  `WORKERS' COMPENSATION - REQUEST FOR MEDICAL RECORDS AND BILLING
From: {{NAME:Kofi Mensah-Bonsu}}, Claims Adjuster, Keystone Mutual Casualty
Direct {{PHONE:717-555-0163}}   claims eFax 717-555-0160   {{EMAIL:kmensah-bonsu@keystonemutualcas.com}}
Date: {{DATE:03/11/24}}
To: {{FACILITY:Susquehanna Occupational Health}}, {{ADDRESS:1 Riverfront Dr}}, {{LOCATION:Harrisburg}}, PA {{ZIP:17101}}
Claimant: {{NAME:PARK, EUN-JI}}   DOB {{DATE:04/17/1985}}   SSN {{SSN:912-40-3371}}
Employer: {{FACILITY:Cumberland Valley Distribution Center}}, employee # {{ID:CVD-04418}}
Date of injury: {{DATE:02/02/24}}   WC claim #: {{ACCOUNT:WC-24-0201773}}   Bureau claim #: {{ID:8841223}}
Please forward initial evaluation of {{DATE:2/2/24}}, follow-up notes of {{DATE:2/9}} and {{DATE:2/23}}, work status slips, and the HCFA-1500s billed under the WC claim number. The claimant is represented by {{NAME:Aurelio Bassi}} of {{FACILITY:Bassi & Kline}}; copy him at {{FAX:717-555-0115}}. Treating provider on file: {{NAME:Wren Halvorsen}}, PA-C, NPI {{LICENSE:1730442915}}.`,

  `PRIOR AUTHORIZATION REQUEST - ADVANCED IMAGING
Submitted via payer portal {{DATE:2024-03-07 10:31}}   Payer: Allegheny Summit Health Plan, UM fax 1-800-555-0100
Member name: {{NAME:Solberg, Henrik T}}   Member ID: {{HEALTH_PLAN:ASH884021337}}   Group: {{HEALTH_PLAN:GRP-40771}}
DOB: {{DATE:07/22/1954}}   Phone: {{PHONE:412-555-0195}}
Address: {{ADDRESS:512 Maple Ridge Ln}}, {{LOCATION:Monroeville}}, PA {{ZIP:15146}}
Ordering provider: {{NAME:Priya Venkataraman}}, MD   NPI {{LICENSE:1558032467}}
Practice: {{FACILITY:Three Rivers Neurology Associates}}   Ph {{PHONE:412-555-0140}}   Fax {{FAX:412-555-0141}}
Rendering facility: {{FACILITY:Parkway Open MRI}}, {{ADDRESS:4400 William Penn Hwy}}, {{LOCATION:Murrysville}}, PA {{ZIP:15668}}
Service: MRI brain w/ and w/o contrast (CPT 70553)   Dx: G43.909, R51.9
Clinical: 69 yo M, new daily headache x6 wk, worse supine, new R pronator drift on {{DATE:3/5/24}}; CT head {{DATE:02/28/2024}} neg.
Urgency: expedited
Case #: {{ID:PA-2403-118842}}   Contact: {{NAME:Lorraine}} in scheduling, ext. {{PHONE:4471}}`,
  `NOTICE OF ADVERSE BENEFIT DETERMINATION
Date of notice: {{DATE:March 12, 2024}}
Member: {{NAME:Imani R. Okonkwo}}   Member ID: {{HEALTH_PLAN:XJQ 448 20 9913}}   Group No.: {{HEALTH_PLAN:0077120-004}}
{{ADDRESS:3318 Tchoupitoulas St, Apt B}}, {{LOCATION:New Orleans}}, LA {{ZIP:70115}}
Requesting provider: {{NAME:Mateus Ferreira}}, MD, {{FACILITY:Crescent City Rheumatology}}
Reference #: {{ID:UM-24-0312-77610}}
Service requested: adalimumab-adaz 40 mg SC every 14 days, 90-day supply
Decision: DENIED. Reason: plan criteria require documented trial and failure of methotrexate for at least 12 weeks. Records received {{DATE:03/08/2024}} show methotrexate started {{DATE:01/29/2024}}.
Reviewed by: {{NAME:Harriet Quon}}, MD, board-certified internal medicine, Medical Director.
You may request a peer-to-peer review within 14 days by calling the UM line. You or your representative may file an appeal within 180 days of this notice. Mail appeals to the address on your ID card or fax 1-888-555-0143.
Copy sent to: Dr. {{NAME:Ferreira}}, fax {{FAX:504-555-0139}}
Member services TTY 711.
Letter ID {{ID:LTR-AB-9904417}} / page 1 of 3 / printed {{DATE:2024-03-12T04:18:55}}`,

  `{{FACILITY:CRESCENT CITY RHEUMATOLOGY}}
{{ADDRESS:1401 Foucher St, Suite 620}}, {{LOCATION:New Orleans}}, LA {{ZIP:70115}}  |  P {{PHONE:504-555-0138}}  F {{FAX:504-555-0139}}

{{DATE:March 18, 2024}}
Appeals Unit - Pelican Gulf Health Plan
RE: EXPEDITED FIRST-LEVEL APPEAL
Patient: {{NAME:Imani Okonkwo}}   DOB: {{DATE:09/04/1983}}   ID: {{HEALTH_PLAN:XJQ448209913}}
Denial reference: {{ID:UM-24-0312-77610}}

To the reviewing physician:
I am writing to appeal the denial of adalimumab for my patient, Ms. {{NAME:Okonkwo}}, who has seropositive rheumatoid arthritis (CCP > 250). She was on methotrexate at 15-20 mg weekly from {{DATE:August 2022}} to {{DATE:June 2023}} while under the care of Dr. {{NAME:Boudreaux}} at {{FACILITY:Bayou Teche Medical Group}} in {{LOCATION:Lafayette}}; it was stopped for transaminitis (ALT 212). The {{DATE:01/29/2024}} date in your review reflects a re-challenge, not a first trial. Outside records (pages 4-19) are enclosed.
DAS28-CRP is 5.6 with 11 swollen joints. Delay risks erosive damage.
Sincerely,
{{NAME:Mateus Ferreira}}, MD   NPI {{LICENSE:1982247360}}
Appeal prepared by {{NAME:Nadia Haddad}}, prior-auth coordinator, {{EMAIL:nhaddad@crescentrheum.com}}, {{PHONE:504-555-0138 x212}}`,

  `SPECIALTY PHARMACY PRIOR AUTHORIZATION FORM (page 1)
Pharmacy: {{FACILITY:Meridian Specialty Rx}}   NCPDP 4410932   Ph {{PHONE:(602) 555-0131}}   Fax {{FAX:(602) 555-0132}}
PATIENT INFORMATION
Name (Last, First, MI): {{NAME:Faleolo, Lupe S.}}
DOB: {{DATE:1971-01-26}}   Sex: F   Phone: {{PHONE:480-555-0119}}
Address: {{ADDRESS:8820 E Pinnacle Peak Rd, #114}}   City: {{LOCATION:Scottsdale}}   State: AZ   ZIP: {{ZIP:85255}}
Rx BIN 610014  PCN MEDDPRIMEAZ  Cardholder ID: {{HEALTH_PLAN:ZW7731042880}}  Person code 01
PRESCRIBER INFORMATION
Name: {{NAME:Desmond Achterberg}}, DO   NPI: {{LICENSE:1447092218}}   DEA: {{LICENSE:FA4418820}}
Clinic: {{FACILITY:Sonoran Endocrine & Diabetes}}   Contact: {{NAME:Kelsey}}   Ph {{PHONE:480-555-0150}}
MEDICATION
Semaglutide 1 mg/0.75 mL pen, inject 1 mg weekly, qty 3 mL, 28 days
Dx: E11.65, A1c 9.4% on {{DATE:02/15/2024}}; failed metformin + glipizide.
CGM in use: Dexcom G7, sensor serial {{DEVICE:4RJ2K7Q0XM}}
Prescriber signature: {{NAME:D. Achterberg}}   Date: {{DATE:3/1/24}}
For plan use: PA # {{ID:AZ-PA-00938221}} approved {{DATE:3/4/24}} thru {{DATE:3/3/25}}`,

  `UM phone log - peer-to-peer
{{DATE:03/14/2024}} 1145  call from {{NAME:Harriet Quon}} MD (plan med dir) re case {{ID:UM-24-0312-77610}}, pt {{NAME:OKONKWO, IMANI}} ({{HEALTH_PLAN:XJQ448209913}}). Dr {{NAME:Ferreira}} in clinic, callback requested to {{PHONE:888-555-0112}} opt 3 by 1600.
{{DATE:03/14/2024}} 1410  Dr {{NAME:Ferreira}} returned call; P2P held 1412-1421. Med dir requested outside pharmacy claims history showing MTX fills {{DATE:8/2022}}-{{DATE:6/2023}}.
{{DATE:03/14/2024}} 1433  Requested fill history from {{FACILITY:Magazine Street Pharmacy}} ({{PHONE:504-555-0176}}), spoke w/ {{NAME:Ty}}, will fax to {{FAX:504-555-0139}}.
{{DATE:03/15/2024}} 0902  Fill history rec'd (7 fills, Rx# {{ID:6620183}}), uploaded to payer portal as attachment {{ID:ATT-77610-03}}. Portal user {{NAME:nhaddad}}, session from {{IP:10.44.18.203}}.
{{DATE:03/15/2024}} 1517  Overturned on P2P. Auth {{ID:PGH-A-5530912}} valid {{DATE:03/15/2024}}-{{DATE:03/14/2025}}. Pt notified via portal msg {{ID:MSG-1120987}}. -{{NAME:NH}}`,

  `REQUEST FOR INDEPENDENT EXTERNAL REVIEW
Submitted to: State Department of Insurance, Consumer Services (by secure upload)
Date: {{DATE:04/22/2024}}
1. Covered person: {{NAME:Bartholomew Quist}}   DOB {{DATE:12/12/1959}}
   Mailing: {{ADDRESS:PO Box 318}}, {{LOCATION:Ely}}, MN {{ZIP:55731}}   Phone {{PHONE:218-555-0105}}
   Email {{EMAIL:bart.quist59@northwoodsmail.net}}
2. Health plan: Boundary Waters Health Cooperative   Member ID {{HEALTH_PLAN:BWH-00482217-01}}
   Claim or reference number on denial: {{ACCOUNT:CLM 2401188063}}
3. Authorized representative: {{NAME:Ingrid Quist}} (spouse), same address
4. Treating provider: {{NAME:Anders Lindqvist}}, MD, {{FACILITY:Iron Range Cardiology}}, {{LOCATION:Virginia}}, MN; phone {{PHONE:218-555-0166}}
5. Service denied: transcatheter aortic valve replacement, planned at {{FACILITY:North Shore Heart Institute}} in {{LOCATION:Duluth}}
6. Final internal appeal decision dated {{DATE:April 3, 2024}} (letter {{ID:FIA-0403-1182}}) upheld as "not medically necessary".
Signature: {{NAME:Bartholomew Quist}}  {{DATE:4/22/24}}   Representative: {{NAME:Ingrid Quist}}  {{DATE:4/22/24}}`,

  `{{FACILITY:NORTHGATE SURGICAL PAVILION}}   PATIENT STATEMENT
Remit to: {{ADDRESS:PO Box 44021}}, {{LOCATION:Tacoma}}, WA {{ZIP:98448-0021}}
Statement date: {{DATE:03/01/2024}}        Account #: {{ACCOUNT:NSP-0021773904}}
Guarantor: {{NAME:FERREIRA-SOUZA, BEATRIZ}}
{{ADDRESS:6021 S Alaska St}}
{{LOCATION:Tacoma}} WA {{ZIP:98408}}
Patient: {{NAME:Caminha, Lucas}} (dependent)   Patient DOB: {{DATE:05/06/2011}}
DATE       DESCRIPTION                        CHARGES   PAYMENTS/ADJ
{{DATE:01/18/24}}   Tonsillectomy & adenoidectomy       6,412.00
{{DATE:01/18/24}}   Anesthesia, 48 min                  1,120.00
{{DATE:02/09/24}}   Cascade Family Health Plan paid                (4,880.20)
{{DATE:02/09/24}}   Contractual adjustment                          (1,707.60)
                           AMOUNT DUE BY {{DATE:03/31/2024}}:   $944.20
Insurance on file: Cascade Family Health Plan, subscriber {{NAME:Beatriz Ferreira-Souza}}, ID {{HEALTH_PLAN:CFH771204493}}
Pay online at {{URL:https://pay.northgatesurgical.com/?acct=NSP-0021773904}} or call {{PHONE:253-555-0142}}, M-F 8-5.
Questions about financial assistance: {{EMAIL:pfs@northgatesurgical.com}}`,

  `{{FACILITY:SUMMIT RECOVERY PARTNERS, INC.}}
{{ADDRESS:88 Industrial Pkwy, Suite B}}, {{LOCATION:Akron}}, OH {{ZIP:44311}}   {{PHONE:1-330-555-0108}}

{{DATE:02/12/2024}}
{{NAME:DESMOND T ACHTERBERG-REYES}}
{{ADDRESS:1720 W MARKET ST APT 9}}
{{LOCATION:AKRON}} OH {{ZIP:44313-6902}}

Original creditor: {{FACILITY:Cuyahoga Falls General Hospital}}
Creditor account: {{ACCOUNT:CFG-4410298}}   Our file #: {{ACCOUNT:SRP-88120447}}
Date of service: {{DATE:08/29/2023}}   Balance: $1,286.55

This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose.
Unless you dispute the validity of this debt within 30 days after receiving this notice, we will assume it is valid. To dispute online visit {{URL:https://summitrecovery-pay.com/dispute?ref=SRP88120447}}.
Call {{NAME:Vance Holloway}}, account representative, at {{PHONE:330-555-0108 ext. 231}} or write {{EMAIL:vholloway@summitrecoverypartners.com}}.
Last 4 of SSN on file: {{SSN:9920}}   Reference PIN: {{ID:7731-20}}`,

  `PAYMENT PLAN AGREEMENT
{{FACILITY:Riverbend Behavioral Health}} - Patient Financial Services
Patient/Guarantor: {{NAME:Agnieszka Wolanin}}   DOB {{DATE:1993-02-11}}
Account(s): {{ACCOUNT:RBH-1002277}}, {{ACCOUNT:RBH-1004518}}   Total balance: $2,340.00
Terms: $195.00 monthly by automatic draft on the 5th, beginning {{DATE:April 5, 2024}}, 12 payments.
Bank: First Prairie Credit Union  Routing 271991111  Account {{ACCOUNT:004418820716}}
Card on file (backup): VISA {{ACCOUNT:4111 11** **** 0427}}
Missed payments: two missed drafts will cancel this plan and the balance becomes due in full.
Contact: {{NAME:Jasper Kowalczyk}}, financial counselor, {{PHONE:(309) 555-0122}}, {{EMAIL:jkowalczyk@riverbendbh.org}}
Patient signature: {{NAME:Agnieszka Wolanin}}   Date {{DATE:03/19/2024}}
Counselor: {{NAME:J. Kowalczyk}}   Date {{DATE:03/19/2024}}
Confirmation #: {{ID:PP-24031987}}`,

  `EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Statement date {{DATE:02/28/2024}}   Member: {{NAME:ROSALIND NG}}   Member ID: {{HEALTH_PLAN:W88204117-02}}
Mailing: {{ADDRESS:44 Ocean View Ter}}, {{LOCATION:Daly City}}, CA {{ZIP:94014}}
Group: {{FACILITY:Bayside Unified School District}} - Group {{HEALTH_PLAN:00912}}
Claim {{ACCOUNT:2024041188270}}   Patient: {{NAME:Ng, Rosalind}}   Provider: {{NAME:MARCUS YEE}} MD
Service dates {{DATE:01/30/24}}-{{DATE:01/30/24}}  99214 office visit  billed 245.00  allowed 152.18  plan paid 121.74  you owe 30.44
Claim {{ACCOUNT:2024041188271}}   Provider: {{FACILITY:PENINSULA DIAGNOSTIC LAB}}
Service date {{DATE:01/31/24}}  80053, 83036  billed 188.00  allowed 41.20  you owe 0.00
Deductible met YTD: $500 of $500   OOP met: $1,210.44 of $4,000
If you have questions call the number on your ID card. To view online: {{URL:https://members.pacificcrestplan.com/eob/2024041188270}}
Prepared for account holder {{EMAIL:rosalind.ng@baymail.org}} (paperless preference updated {{DATE:11/02/2023}})`,

  `FINANCIAL ASSISTANCE APPLICATION - {{FACILITY:ARROYO SECO COMMUNITY HOSPITAL}}
Applicant: {{NAME:Villalobos, Esperanza}}  DOB: {{DATE:06-23-1966}}   SSN: {{SSN:664-08-2217}}
Home address: {{ADDRESS:1208 Calle Ocho}}  City: {{LOCATION:Las Cruces}}  NM  ZIP {{ZIP:88001}}
Phone (home) {{PHONE:575-555-0114}}  (cell) {{PHONE:575-555-0193}}
Household members:
 1. {{NAME:Esperanza Villalobos}}, self, age 57, employer: {{FACILITY:Mesilla Valley Pecan Co-op}}
 2. {{NAME:Ramon Villalobos}}, spouse, age 60, not working since {{DATE:10/2023}}
 3. {{NAME:Paz Villalobos}}, mother, age {{AGE:94}}
Monthly household income: $2,870   Medicaid application # {{ID:NM-CYFD-7718302}} pending
Accounts requested for review: {{ACCOUNT:ASC-88201}}, {{ACCOUNT:ASC-88777}} (ED visits {{DATE:12/03/23}} and {{DATE:01/14/24}})
I certify the above is true. Signature {{NAME:E. Villalobos}}   Date {{DATE:3/20/2024}}
Received by {{NAME:mv}} in PFS, {{DATE:03/21/2024 08:47}}; checklist: paystubs x2, SSA award letter, utility bill (acct {{ACCOUNT:EPE 440-19-2231}})`,
  `[Portal] Message thread {{ID:T-55102874}} - "question about my potassium"
{{DATE:03/02/2024 6:14 PM}}  {{NAME:Henrik Solberg}} -> Dr. {{NAME:Venkataraman}}'s care team
Hi Dr {{NAME:V}}, my lab results from {{DATE:Thursday 2/29}} say potassium 5.8 with a red flag. Should I stop the lisinopril? My wife {{NAME:Marit}} says I should go to the ER. Best number is my cell {{PHONE:412 555 0195}}. - {{NAME:Henrik}}
{{DATE:03/02/2024 6:51 PM}}  Auto-reply: Messages are answered within 2 business days. For urgent issues call {{PHONE:412-555-0140}} or go to the nearest emergency department.
{{DATE:03/02/2024 7:22 PM}}  {{NAME:Gretchen Oduya}}, RN (on-call nurse line) -> {{NAME:Henrik Solberg}}
Mr. {{NAME:Solberg}}, I tried to reach you at {{PHONE:412-555-0195}} and left a message. A repeat potassium was ordered (order {{ID:ORD-88210475}}) at the {{FACILITY:Monroeville Outpatient Lab}}, open Sunday 8-noon. Please hold lisinopril until we call with the result. If you have palpitations or weakness, go to {{FACILITY:Thornbury Ridge Hospital}} ED.
{{DATE:03/04/2024 10:03 AM}}  Dr. {{NAME:Priya Venkataraman}} -> {{NAME:Henrik Solberg}}
Repeat K 4.6 (hemolyzed sample before). Resume lisinopril. -{{NAME:PV}}`,

  `PROXY ACCESS REQUEST - PATIENT PORTAL
Portal: {{URL:https://portal.cedarhollowfp.org}}
Patient (account owner): {{NAME:Tafoya, Yolanda M.}}   DOB {{DATE:06/21/1931}}   MRN {{MRN:00203357}}   Age {{AGE:92}}
Portal username: {{NAME:ytafoya31}}
Requested proxy: {{NAME:Rosa Tafoya-Lujan}}   Relationship: daughter   DOB {{DATE:03/15/1958}}
Proxy email: {{EMAIL:rosa.tlujan@mesamail.com}}   Proxy mobile: {{PHONE:+1 603 555 0149}}
Access level: [x] full (messages, results, billing)  [ ] view only
Basis: [x] patient consent (signed below)  [ ] guardianship  [ ] POA (copy attached)
Patient signature: X (mark)  witnessed by {{NAME:Carmen Ruiz}}, MA, and {{NAME:Delia Ostrowski}}, RN
Date: {{DATE:01/31/2024}}
-- IT use --
Activation code emailed {{DATE:2024-02-01T09:20:44Z}} to {{EMAIL:rosa.tlujan@mesamail.com}}
Proxy account created: {{NAME:rtafoyalujan}}, linked to patient id {{ID:PAT-2203357}}; first login {{DATE:2024-02-01T19:02:10Z}} from {{IP:73.162.48.211}}
Ticket {{ID:INC0049218}} closed by {{NAME:bmcallister}}`,

  `Patient Portal Message   Msg# {{ID:MSG-2291045}}
From: {{NAME:Nguyen-Hale, Duc}} <{{EMAIL:ducnh90@quillpost.com}}>
To: {{FACILITY:Cascade Dermatology}} - {{NAME:Siobhan Carrick}}, PA-C
Sent: {{DATE:Sun, 10 Mar 2024 22:31:07}}
Subject: mole on back - pics attached
Attachments: {{PHOTO:IMG_4471.HEIC}} (2.1 MB), {{PHOTO:IMG_4472.HEIC}} (1.9 MB), {{PHOTO:back_mole_closeup_mar10.jpg}} (840 KB)
Hi, my partner {{NAME:Jess}} noticed this spot on my right shoulder blade has gotten darker since my last visit on {{DATE:11/14/23}}. Pics attached, the ruler is in cm. Can I get in sooner than my appt on {{DATE:April 29}}? I work nights at {{FACILITY:Bellingham Cold Storage}} so mornings are best.
----
Reply {{DATE:Mon, 11 Mar 2024 08:15:40}} from {{NAME:Carrick, Siobhan}} PA-C:
Thanks {{NAME:Duc}}. The photos were added to your chart (media {{ID:MED-0088127}}, {{ID:MED-0088128}}). Asymmetry noted; we opened a spot on {{DATE:Wednesday 3/13}} at 7:40 am at our {{LOCATION:Fairhaven}} office, {{ADDRESS:1101 Harris Ave}}. Call {{PHONE:360-555-0103}} if that doesn't work. -{{NAME:SC}}`,

  `Portal > Billing & Insurance > Secure message
Guarantor account: {{ACCOUNT:NSP-0021773904}}   Guarantor: {{NAME:Beatriz Ferreira-Souza}}
Sent {{DATE:3/6/2024 12:02}}
Hello, I got a bill for $944.20 for my son {{NAME:Lucas}}'s surgery on {{DATE:1/18}}. Our insurance changed on {{DATE:1/1/2024}} to Cascade Family Health Plan, the new member ID is {{HEALTH_PLAN:CFH771204493}} and {{NAME:Lucas}} is {{HEALTH_PLAN:CFH771204493-03}}. The old card (Evergreen PPO {{HEALTH_PLAN:EVP-3310288}}) was cancelled. Can you rebill? Also please update my phone to {{PHONE:253.555.0177}}, the old one {{PHONE:253.555.0120}} is disconnected.
{{NAME:Beatriz}}
---
Reply {{DATE:3/7/2024 14:40}} - {{NAME:Omar Haidari}}, PFS Customer Service
Hi Ms. {{NAME:Ferreira-Souza}}, thank you. I updated the coverage for patient {{NAME:Lucas Caminha}} (MRN {{MRN:NS-5520418}}) effective {{DATE:01/01/2024}} and resubmitted the claim as {{ACCOUNT:NSP-CLM-7730021}}. Your phone was changed. A hold was placed on the balance for 45 days. Reference: {{ID:CS-240307-0112}}. {{NAME:Omar}}, ext {{PHONE:5521}}.`,

  `Secure message - Diabetes Education
From pt: {{NAME:Lupe Faleolo}} ({{MRN:SED-440981}})
{{DATE:2024-03-09 07:48}}
my G7 sensor keeps saying "sensor error" and falls off on day 3. Serial of the bad one is {{DEVICE:4RJ2K7Q0XM}}, the one before was {{DEVICE:4RJ1V8B2TT}}. I called Dexcom and they opened case {{ID:08842173}} and want the lot number which I threw away. I also changed my pump, new Omnipod PDM serial {{DEVICE:PDM-1190-447812}}. Can {{NAME:Kelsey}} call me at {{PHONE:480-555-0119}} after 3? I'm at my daughter's in {{LOCATION:Mesa}} this week ({{ADDRESS:2231 W Keating Ave}}).
---
Reply {{DATE:2024-03-09 13:05}} {{NAME:Kelsey Dunmore}}, RN, CDCES
Hi {{NAME:Lupe}}, I called and left a VM. I uploaded your Clarity data ({{URL:https://clarity.example-cgm.com/clinic/sonoranendo/patient/88120}}) and see signal loss overnight. Please try the overpatch and put the new sensor on the back of your arm. Bring your receiver to your visit {{DATE:3/22}} with Dr. {{NAME:Achterberg}}. Transmitter ID on your receiver screen: {{DEVICE:8M4QXK}}.`,

  `IT SERVICE DESK - Ticket {{ID:RITM0118830}}
Opened: {{DATE:2024-03-11 08:02:17}}   Caller: {{NAME:Maribel Ocasio}} (patient, portal acct {{NAME:mocasio79}})
Category: Patient portal > Account locked
Description: Patient states she cannot log in after password reset; receives "identity could not be verified". Verified by DOB {{DATE:02/27/1979}}, last 4 SSN {{SSN:3318}}, and address {{ADDRESS:1530 N 5th St}}, {{LOCATION:Philadelphia}} {{ZIP:19122}}.
Work notes:
{{DATE:2024-03-11 08:09}} {{NAME:kbrennan}}: 5 failed logins from {{IP:2601:42:c100:7a0::1f3}} and {{IP:98.114.201.77}} between 0644 and 0651. Lockout triggered.
{{DATE:2024-03-11 08:12}} {{NAME:kbrennan}}: Email on file {{EMAIL:m.ocasio1979@lantern.net}} bounces. Patient gave new email {{EMAIL:maribelo@harborlight.net}}; updated after 2-factor to {{PHONE:267-555-0186}}.
{{DATE:2024-03-11 08:15}} {{NAME:kbrennan}}: Unlocked. Patient id {{MRN:SVH4410297}} linked. Resolution code PW-RESET.
Assigned group: Portal Support L1 ({{FACILITY:Schuylkill Valley Hospital}})`,

  `****************************************************
            E - F A X   C O V E R   S H E E T
****************************************************
TO: Dr. {{NAME:Anders Lindqvist}} / {{FACILITY:Iron Range Cardiology}}
FAX: {{FAX:(218) 555-0167}}        PHONE: {{PHONE:(218) 555-0166}}
FROM: {{NAME:Marguerite Olsen}}, RN - {{FACILITY:Mesabi Lakes Clinic}}, {{LOCATION:Hibbing}}
FAX: {{FAX:(218) 555-0124}}        PHONE: {{PHONE:(218) 555-0123}}
DATE: {{DATE:03/18/2024}}     PAGES (incl. cover): 7
RE: {{NAME:QUIST, BARTHOLOMEW}}  DOB {{DATE:12/12/1959}}  MRN {{MRN:ELC-0772103}}
[ ] Urgent  [x] For review  [ ] Please reply
Comments: Echo of {{DATE:3/11/24}} and holter report attached for TAVR eval. Pt's cell {{PHONE:218-555-0105}}. Please send consult note back to our fax above or {{EMAIL:referrals@mesabilakes.org}}.
CONFIDENTIALITY NOTICE: The documents accompanying this facsimile contain confidential health information that is legally privileged. If you have received this fax in error, please notify the sender immediately by telephone and destroy the documents.
Job #{{ID:EF-20240318-00417}}  sent by {{NAME:molsen}} from {{IP:10.12.4.77}}`,

  `--- FAX TRANSMISSION REPORT ---
Date/Time: {{DATE:03/12/2024 16:44}}
Fax server: RF-SRV02   Local ID: {{FAX:9415550181}} ({{FACILITY:GULF CREST MEMORIAL - PFS}})
Job  Remote station           Start            Duration  Pages  Result
{{ID:4471}}  {{FAX:19415550127}} ({{FACILITY:BETTENCOURT INJURY LAW}})  {{DATE:03/12}} 16:31  00:04:12  18  OK
{{ID:4472}}  {{FAX:17275550199}}                  {{DATE:03/12}} 16:37  00:00:41  0   NO ANSWER
{{ID:4473}}  {{FAX:18135550146}} ({{FACILITY:TAMPA BAY SPINE}})         {{DATE:03/12}} 16:39  00:01:58  6   OK
Document names:
 {{ID:4471}}  {{NAME:BETTENCOURT_CORNELIUS}}_{{ACCOUNT:GCM30021987}}_itemized.pdf
 {{ID:4472}}  {{NAME:AMARAL_C}}_ack_letter.pdf
 {{ID:4473}}  {{MRN:GCM0558120}}_{{NAME:SHEFFIELD_T}}_op_note_{{DATE:20240301}}.pdf
Operator: {{NAME:lpatel2}}
Header line printed on each page:
{{DATE:MAR-12-2024 16:31}} FROM: {{FACILITY:GULF CREST MEM HOSP}} {{FAX:941 555 0181}} TO: {{FAX:19415550127}} P.001/018`,
  `INBOUND E-FAX ROUTING LOG - queue HIM-INDEX
rcvd {{DATE:2024-03-13 02:14:51}}  from CSID "{{FACILITY:LAKESHORE ORTHO}}"  ANI {{FAX:2165550164}}  pages 4  job {{ID:IN-7730412}}
OCR p1 (confidence 0.71):
"{{FACILITY:LAKESH0RE 0RTH0PAED1C ASS0C1ATES}} ... Pat1ent: {{NAME:0YELARAN, T0B1}}   D0B: {{DATE:07/l2/l988}} ... Request for rec0rds ... MR1 lumbar sp1ne dated {{DATE:0l/04/2024}} ... "
auto-index match: name fuzzy {{NAME:0YELARAN, T0B1}} -> {{NAME:OYELARAN, TOBI}} (score 0.88); DOB {{DATE:07/l2/l988}} -> {{DATE:1988-07-12}}; MRN candidate {{MRN:7719042}}
routed to: ROI work queue, assigned {{NAME:rszabo}} {{DATE:2024-03-13 07:30}}
rcvd {{DATE:2024-03-13 02:41:09}}  from CSID "{{FAX:5550199}}"  ANI {{FAX:4135550199}}  pages 2  job {{ID:IN-7730415}}
OCR p1 (confidence 0.52):
"{{FACILITY:Kaszuba & Wray LLP}} ... re: {{NAME:Marguer ite De1acroix}} ... D0B {{DATE:3/l/46}} ... please see enclosed authori zation"
auto-index match: name fuzzy {{NAME:Marguer ite De1acroix}} -> {{NAME:DELACROIX, MARGUERITE A}} (score 0.74, below threshold); DOB {{DATE:3/l/46}} -> {{DATE:1946-03-01}}
sender recognised from address book: {{FACILITY:Kaszuba & Wray LLP}} ({{NAME:Leon Kaszuba}})
routed to: manual indexing, assigned {{NAME:tabernathy}}
note by {{NAME:tabernathy}} {{DATE:3/13/24 08:05}}: matched to {{MRN:HP-00482913}}, linked to request {{ID:ROI-24-0031877}}`,

  `FACSIMILE - {{FACILITY:PINECREST REHABILITATION & NURSING}}
{{ADDRESS:2750 Old Dominion Rd}}, {{LOCATION:Roanoke}}, VA {{ZIP:24018}}   Main {{PHONE:540-555-0152}}   Fax {{FAX:540-555-0153}}
To: ED Charge Nurse, {{FACILITY:Blue Ridge Valley Medical Center}}   Fax {{FAX:540-555-0109}}
From: {{NAME:Ottilie Brandauer}}, LPN, 2nd floor ({{FACILITY:Laurel Wing}})
Date/time: {{DATE:03/16/24 2215}}    Pages: 9 including cover
Resident: {{NAME:HALVORSEN, WALTER E.}}   DOB {{DATE:01/09/1928}}   Age {{AGE:96}}
Medicare MBI: {{HEALTH_PLAN:4TQ7-JW2-XK81}}   Facility resident # {{MRN:PCR-20117}}
Sending via {{FACILITY:Star City Medical Transport}} for acute change in mental status, SpO2 86% RA, temp 101.2.
Code status: DNR/DNI (POST form signed {{DATE:11/30/2023}}).
Responsible party: {{NAME:Wren Halvorsen}} (granddaughter), {{PHONE:540-555-0188}}, {{EMAIL:wren.halvorsen@appalachiamail.com}}
Attending: Dr. {{NAME:Farid Nasseri}}, reachable via answering service {{PHONE:540-555-0100}}
Enclosed: face sheet, MAR, last 3 days of nursing notes, POST form, med list, labs of {{DATE:3/14}}.
Please call report back to {{NAME:Ottilie}} at {{PHONE:540-555-0152 x207}}.`,

  `PRIVACY INCIDENT REPORT - MISDIRECTED FAX
Incident #: {{ID:PRV-2024-0088}}   Reported: {{DATE:03/20/2024 11:17}}   Reporter: {{NAME:Yusuf Demir}}, Privacy Analyst
Summary: On {{DATE:03/19/2024}} a 6-page referral packet for patient {{NAME:Abdirahman Warsame}} (MRN {{MRN:00688140}}, DOB {{DATE:03/09/1962}}) intended for {{FACILITY:Concord Kidney Care}} at {{FAX:603-555-0171}} was sent to {{FAX:603-555-0117}}, a number one digit off, which belongs to {{FACILITY:Merrimack Auto Glass}}, {{ADDRESS:45 Manchester St}}, {{LOCATION:Concord}}, NH {{ZIP:03301}}.
Sender: {{NAME:dkimura}} (unit clerk, {{FACILITY:Granite 4}}), workstation WS-G4-03, IP {{IP:10.8.40.113}}.
PHI involved: name, DOB, MRN, SSN {{SSN:911-38-0472}}, NH Medicaid ID {{HEALTH_PLAN:NHM00771420}}, dialysis schedule, hepatitis B status.
Actions: business owner {{NAME:Gary Lemieux}} contacted {{DATE:3/20}}, confirmed shred, signed attestation. Speed-dial entry corrected. Patient notified by letter {{DATE:03/22/2024}} to {{ADDRESS:19 Rumford St, Apt 2}}, {{LOCATION:Concord}}, NH {{ZIP:03301}}.
Risk assessment: low probability of compromise. Not reportable individually; logged for annual HHS submission.`,

  `MSH|^~\\&|REGADT|{{FACILITY:HPMC}}|ENGINE|{{FACILITY:HPMC}}|{{DATE:20240311142200}}||ADT^A04|{{ID:MSG00031877}}|P|2.5.1
EVN|A04|{{DATE:20240311142200}}|||{{NAME:WKOSTER}}^{{NAME:KOSTER^WILMA}}
PID|1||{{MRN:00482913}}^^^{{FACILITY:HPMC}}^MR~{{SSN:900417763}}^^^SSA^SS||{{NAME:DELACROIX^MARGUERITE^A}}^^^^^L|{{NAME:BEAUMONT}}^^^^^^M|{{DATE:19460301}}|F|||{{ADDRESS:118 WENDELL AVE^APT 3}}^{{LOCATION:PITTSFIELD}}^MA^{{ZIP:01201}}^USA^H||{{PHONE:(413)555-0187}}^PRN^PH~^NET^Internet^{{EMAIL:mdelacroix46@ospreymail.net}}||EN|W|CAT|{{ACCOUNT:A20240311-0447}}
PD1|||{{FACILITY:CEDAR HOLLOW FAMILY PRACTICE}}|{{LICENSE:1629077431}}^{{NAME:MARCHAND^ELISE^R}}^^^^^MD
PV1|1|O|RAD^CT2^01^{{FACILITY:HPMC}}||||{{LICENSE:1386654021}}^{{NAME:ROE^ANN^M}}^^^^^MD|{{LICENSE:1629077431}}^{{NAME:MARCHAND^ELISE^R}}^^^^^MD||||||||||{{ID:V0002218841}}|||||||||||||||||||||||||{{DATE:20240311141500}}
PV2|||^CHEST PAIN, R/O PE
OBX|1|NM|^BODY WEIGHT||61.2|kg`,

  `MSH|^~\\&|LIS|{{FACILITY:SVHLAB}}|EHR|{{FACILITY:SVH}}|{{DATE:202403151022}}||ORU^R01|{{ID:LAB-88204177}}|P|2.4
PID|1||{{MRN:SVH4410297}}^^^{{FACILITY:SVH}}^MR||{{NAME:OCASIO^MARIBEL^L}}||{{DATE:19790227}}|F|||{{ADDRESS:1530 N 5TH ST}}^^{{LOCATION:PHILADELPHIA}}^PA^{{ZIP:19122}}||{{PHONE:267-555-0186}}
PV1|1|O|OPLAB^^^{{FACILITY:SVH}}|||||||||||||||||{{ID:E55120883}}
ORC|RE|{{ID:ORD-7711520}}|{{ID:F24-0075-5519}}||CM
OBR|1|{{ID:ORD-7711520}}|{{ID:F24-0075-5519}}|80053^COMPREHENSIVE METABOLIC PANEL|||{{DATE:202403150745}}|||||||{{DATE:202403150812}}|BLD|{{LICENSE:1700885521}}^{{NAME:PELLEGRINO^VINCENT}}^^^^^MD||||||{{DATE:202403151021}}|||F
OBX|1|NM|2951-2^SODIUM||139|mmol/L|136-145||||F
OBX|2|NM|2823-3^POTASSIUM||3.2|mmol/L|3.5-5.1|L|||F
OBX|3|NM|2160-0^CREATININE||0.84|mg/dL|0.57-1.00||||F
OBX|4|TX|^COMMENT||Potassium called to {{NAME:K. Brennan}} RN at 1019 by {{NAME:JTR}}, read back.||||||F
NTE|1||Specimen drawn at {{FACILITY:Northern Liberties Draw Station}}, phlebotomist {{NAME:A. Oduya}}`,

  `MSH|^~\\&|ADT|{{FACILITY:GCMH}}|BILLING|{{FACILITY:GCMH}}|{{DATE:20231223193011}}||ADT^A08|{{ID:00729118}}|P|2.3
PID|1||{{MRN:GCM0558120}}||{{NAME:BETTENCOURT^CORNELIUS^J^JR}}||{{DATE:19570930}}|M|||{{ADDRESS:4117 BAY SHORE RD}}^^{{LOCATION:SARASOTA}}^FL^{{ZIP:34234}}||{{PHONE:941-555-0172}}|{{PHONE:941-555-0130}}||M||{{ACCOUNT:GCM-30021987}}|{{SSN:667-20-1143}}|||||||||
NK1|1|{{NAME:BETTENCOURT^MARLENE^T}}|SPO^SPOUSE|{{ADDRESS:4117 BAY SHORE RD}}^^{{LOCATION:SARASOTA}}^FL^{{ZIP:34234}}|{{PHONE:941-555-0173}}
NK1|2|{{NAME:AMARAL^CELESTE}}|ATT^ATTORNEY||{{PHONE:941-555-0126}}
GT1|1||{{NAME:BETTENCOURT^CORNELIUS^J^JR}}||{{ADDRESS:4117 BAY SHORE RD}}^^{{LOCATION:SARASOTA}}^FL^{{ZIP:34234}}|{{PHONE:941-555-0172}}||{{DATE:19570930}}|M||SEL|{{SSN:667-20-1143}}||||{{FACILITY:SUNCOAST MARINE SUPPLY}}
IN1|1|PIP01|8801|SEMINOLE AUTO INSURANCE||||GRP-NONE||||||||{{NAME:BETTENCOURT^CORNELIUS^J^JR}}|SEL|{{DATE:19570930}}|||||||||||||||||||||||{{HEALTH_PLAN:FLP-4471-09922}}
IN2|1||{{FACILITY:SUNCOAST MARINE SUPPLY}}
ZVH|{{VEHICLE:5J6RW2H84KL004417}}|{{VEHICLE:QRT7J2}}^FL`,
  `MSH|^~\\&|CADENCE|{{FACILITY:STBR}}|INTERFACE|{{FACILITY:LSOA}}|{{DATE:20240220081500}}||SIU^S12|{{ID:SCH0044812}}|P|2.5
SCH|{{ID:APPT-99120433}}|{{ID:APPT-99120433}}||||FOLLOWUP^Follow-up visit|||30|MIN|^^30^{{DATE:20240304103000}}^{{DATE:20240304110000}}|||||{{LICENSE:1093811272}}^{{NAME:MARCHETTI^ILSE}}|{{PHONE:(216)555-0160}}|||||BOOKED
PID|1||{{MRN:7719042}}^^^{{FACILITY:STBR}}^MR||{{NAME:OYELARAN^TOBI^A}}||{{DATE:19880712}}|M|||{{ADDRESS:2207 CARNEGIE AVE^UNIT 5C}}^{{LOCATION:CLEVELAND}}^OH^{{ZIP:44115}}||{{PHONE:(216)555-0147}}~^NET^X.400^{{EMAIL:tobi.oyelaran@fernmail.net}}
PV1|1|O|ORTHO^EXAM4^^{{FACILITY:LSOA}}|||||{{LICENSE:1093811272}}^{{NAME:MARCHETTI^ILSE}}^^^^^MD
RGS|1|A
AIS|1|A|ORTHO-FU^Ortho follow-up|{{DATE:20240304103000}}|0|MIN|30|MIN
AIP|1|A|{{LICENSE:1093811272}}^{{NAME:MARCHETTI^ILSE}}^^^^^MD|SURG
AIL|1|A|ORTHO^EXAM4^^{{FACILITY:LAKESHORE ORTHO WESTLAKE}}
NTE|1||Pt prefers first slot. Ride booked with {{FACILITY:Cuyahoga Care Rides}}, confirmation {{ID:CCR-7731}}; driver to call {{PHONE:216-555-0147}} on arrival.`,

  `MSH|^~\\&|TRANSCRIPTION|{{FACILITY:BRVMC}}|EHR|{{FACILITY:BRVMC}}|{{DATE:20240320091544}}||MDM^T02|{{ID:TX-20240320-0099}}|P|2.3
EVN|T02|{{DATE:20240320091544}}
PID|1||{{MRN:BRV-0093317}}^^^{{FACILITY:BRVMC}}^MR||{{NAME:HALVORSEN^WALTER^EINAR}}||{{DATE:19280109}}|M|||{{ADDRESS:2750 OLD DOMINION RD}}^^{{LOCATION:ROANOKE}}^VA^{{ZIP:24018}}
PV1|1|I|3W^312^A^{{FACILITY:BRVMC}}||||{{LICENSE:1205563380}}^{{NAME:NASSERI^FARID}}||||||||||||{{ID:IP24-0031880}}
TXA|1|DS^Discharge Summary|TX|{{DATE:20240319}}|{{LICENSE:1205563380}}^{{NAME:NASSERI^FARID}}||{{DATE:20240320091000}}|||{{NAME:ljw}}^{{NAME:WEBB^LAURA^J}}||{{ID:DOC-55821004}}||||AU
OBX|1|TX|DS^DISCHARGE SUMMARY||Patient: {{NAME:Walter E. Halvorsen}}, {{AGE:96}}-year-old man admitted {{DATE:03/16/2024}} from {{FACILITY:Pinecrest Rehabilitation & Nursing}} with urosepsis.
OBX|2|TX|DS^DISCHARGE SUMMARY||Blood cultures {{DATE:3/17}} grew E. coli, pan-sensitive; treated with ceftriaxone. Delirium resolved by day 3.
OBX|3|TX|DS^DISCHARGE SUMMARY||Discharged {{DATE:03/19/2024}} back to {{FACILITY:Pinecrest}}. Granddaughter {{NAME:Wren}} updated at {{PHONE:540-555-0188}}.
OBX|4|TX|DS^DISCHARGE SUMMARY||Dictated by {{NAME:F. Nasseri}}, MD; transcribed by {{NAME:ljw}} {{DATE:03/20/24}}`,

  `MSH|^~\\&|CPOE|{{FACILITY:THORNBURY RIDGE}}|RIS|{{FACILITY:THORNBURY RIDGE}}|{{DATE:20240305163002}}||ORM^O01|{{ID:ORM55120044}}|P|2.3
PID|1||{{MRN:FR-2294017}}^^^{{FACILITY:FRH}}^MR||{{NAME:SOLBERG^HENRIK^TORE}}||{{DATE:19540722}}|M|||{{ADDRESS:512 MAPLE RIDGE LN}}^^{{LOCATION:MONROEVILLE}}^PA^{{ZIP:15146}}||{{PHONE:412-555-0195}}||||||{{SSN:902-55-1874}}
PV1|1|O|MRI^^^{{FACILITY:FRH}}||||{{LICENSE:1558032467}}^{{NAME:VENKATARAMAN^PRIYA}}^^^^^MD
IN1|1|ASHPPO|||||||{{HEALTH_PLAN:GRP-40771}}|||||||{{NAME:SOLBERG^HENRIK^T}}|SEL|{{DATE:19540722}}||||||||||||||||||{{HEALTH_PLAN:ASH884021337}}
ORC|NW|{{ID:ORD-88120907}}||||||||||{{LICENSE:1558032467}}^{{NAME:VENKATARAMAN^PRIYA}}
OBR|1|{{ID:ORD-88120907}}||70553^MRI BRAIN W WO CONTRAST|||||||||||||||{{ID:ACC-FR-24-031188}}
NTE|1||Prior auth {{ID:PA-2403-118842}} approved.
NTE|2||MRI SAFETY: pt has MR-conditional pacemaker, generator serial {{DEVICE:PJN882104S}}, RA lead {{DEVICE:BBL441902V}}, RV lead {{DEVICE:BBL441877V}}, implanted {{DATE:06/2019}} at {{FACILITY:Turtle Creek Heart Center}}. Device clinic ({{NAME:Tamsin Roark}}, RN) to program MRI mode; call {{PHONE:412-555-0177}}.`,

  `MSH|^~\\&|PB|{{FACILITY:NSP}}|CLAIMS|{{FACILITY:NSP}}|{{DATE:20240119060011}}||DFT^P03|{{ID:DFT0118823}}|P|2.5
EVN|P03|{{DATE:20240119060011}}
PID|1||{{MRN:NS-5520418}}^^^{{FACILITY:NSP}}^MR||{{NAME:CAMINHA^LUCAS^F}}||{{DATE:20110506}}|M|||{{ADDRESS:6021 S ALASKA ST}}^^{{LOCATION:TACOMA}}^WA^{{ZIP:98408}}||{{PHONE:(253)555-0120}}||||||{{ACCOUNT:NSP-0021773904}}
PV1|1|O|ASC^OR3^^{{FACILITY:NSP}}||||{{LICENSE:1366102254}}^{{NAME:TRAN^KHANH^D}}^^^^^MD|||||||||||{{ID:SV-24011800215}}
FT1|1|{{ID:TX-99120451}}||{{DATE:20240118}}|{{DATE:20240119}}|CG|42820^TONSILLECTOMY AND ADENOIDECTOMY <12|||1|6412.00||||||||||||{{LICENSE:1366102254}}^{{NAME:TRAN^KHANH^D}}
FT1|2|{{ID:TX-99120452}}||{{DATE:20240118}}|{{DATE:20240119}}|CG|00170^ANESTHESIA INTRAORAL|||48|1120.00||||||||||||{{LICENSE:1871233096}}^{{NAME:OSEI^ABENA}}^^^^^CRNA
GT1|1||{{NAME:FERREIRA-SOUZA^BEATRIZ}}||{{ADDRESS:6021 S ALASKA ST}}^^{{LOCATION:TACOMA}}^WA^{{ZIP:98408}}|{{PHONE:(253)555-0120}}||{{DATE:19840214}}|F||MTH
IN1|1|EVPPO||EVERGREEN PPO|||||||||||||{{NAME:FERREIRA-SOUZA^BEATRIZ}}|MTH|{{DATE:19840214}}||||||||||||||||||{{HEALTH_PLAN:EVP-3310288}}`,

  `MSH|^~\\&|EHR|{{FACILITY:ASCH}}|NMSIIS|NMDOH|{{DATE:20240302111907}}||VXU^V04^VXU_V04|{{ID:VXU-0302-44817}}|P|2.5.1
PID|1||{{MRN:ASC-771203}}^^^{{FACILITY:ASCH}}^MR~{{ID:NM00441280}}^^^NMSIIS^SR||{{NAME:VILLALOBOS^MATEO^RAMON}}^^^^^L|{{NAME:GARZA}}^{{NAME:LUCIA}}^^^^^M|{{DATE:20230902}}|M|||{{ADDRESS:1208 CALLE OCHO}}^^{{LOCATION:LAS CRUCES}}^NM^{{ZIP:88001}}^^^^{{LOCATION:DONA ANA}}||{{PHONE:(575)555-0193}}^PRN^PH
PD1|||||||||||02^REMINDER/RECALL - ANY METHOD|N
NK1|1|{{NAME:VILLALOBOS^LUCIA^G}}|MTH^MOTHER^HL70063|{{ADDRESS:1208 CALLE OCHO}}^^{{LOCATION:LAS CRUCES}}^NM^{{ZIP:88001}}|{{PHONE:(575)555-0193}}
ORC|RE||{{ID:IMM-2230018}}^{{FACILITY:ASCH}}|||||||{{NAME:mgarcia}}^{{NAME:GARCIA^MONICA}}
RXA|0|1|{{DATE:20240302110500}}|{{DATE:20240302110500}}|08^HEPB-PEDS^CVX|0.5|mL||00^NEW IMMUNIZATION RECORD|{{NAME:ORTIZ^CELIA}}^^^^^RN|^^^{{FACILITY:ARROYO SECO PEDIATRICS}}||||Y3X2K1|20250630|MSD^MERCK
RXR|C28161^IM^NCIT|RT^RIGHT THIGH
OBX|1|CE|64994-7^VFC ELIGIBILITY||V02^MEDICAID^HL70064||||||F|||{{DATE:20240302}}`,

  `MSH|^~\\&|EMPI|{{FACILITY:HPMC}}|ALL|{{FACILITY:HPMC}}|{{DATE:20240314031500}}||ADT^A40^ADT_A39|{{ID:EMPI-MRG-55190}}|P|2.5
EVN|A40|{{DATE:20240314031500}}|||{{NAME:hlee4}}^{{NAME:LEE^HYUN-WOO}}
PID|1||{{MRN:00482913}}^^^{{FACILITY:HPMC}}^MR||{{NAME:DELACROIX^MARGUERITE^ANNE}}||{{DATE:19460301}}|F|||{{ADDRESS:118 WENDELL AVE^APT 3}}^{{LOCATION:PITTSFIELD}}^MA^{{ZIP:01201}}
MRG|{{MRN:00519907}}^^^{{FACILITY:HPMC}}^MR||{{ACCOUNT:A20231102-2210}}||||{{NAME:DELACROIX^MARGARET^A}}
NTE|1||Duplicate created {{DATE:11/02/2023}} at {{FACILITY:HPMC Lenox Urgent Care}} (registered as {{NAME:Margaret Delacroix}}, DOB keyed {{DATE:03/10/1946}}). Same SSN {{SSN:900-41-7763}} and phone {{PHONE:413-555-0187}}. Reviewed by HIM data integrity: {{NAME:Tomasz Wiercinski}}, task {{ID:DQ-2024-01193}}.
-- merge audit --
{{DATE:2024-03-14T03:15:02Z}} survivor={{MRN:00482913}} nonsurvivor={{MRN:00519907}} user={{NAME:hlee4}} ip={{IP:10.20.3.41}} status=COMPLETE`,
  `ed_tracking_export_{{DATE:20240316}}.csv
arrival,mrn,name,dob,age,sex,complaint,acuity,room,attending,pcp,pcp_phone
"{{DATE:2024-03-16 21:58}}",{{MRN:BRV-0093317}},"{{NAME:HALVORSEN, WALTER E}}",{{DATE:1928-01-09}},{{AGE:96}},M,"AMS, hypoxia",2,ED12,"{{NAME:Abernethy-Cole, R}}","{{NAME:Nasseri, F}}",{{PHONE:540-555-0100}}
"{{DATE:2024-03-16 22:07}}",{{MRN:BRV-0120458}},"{{NAME:DOE, TRAUMA TANGO}}",,,M,"MVC rollover",1,TR1,"{{NAME:Abernethy-Cole, R}}",,
"{{DATE:2024-03-16 22:31}}",{{MRN:BRV-0051882}},"{{NAME:PRUETT, LACEY ANN}}",{{DATE:2001-10-30}},22,F,"abd pain, +hcg",3,ED04,"{{NAME:Sandoval, M}}","{{NAME:Okafor, C}}",{{PHONE:540-555-0161}}
"{{DATE:2024-03-16 22:40}}",{{MRN:BRV-0002971}},"{{NAME:MCCREADY, OPAL}}",{{DATE:1933-07-04}},{{AGE:90}},F,"fall, on apixaban",2,ED07,"{{NAME:Sandoval, M}}",,
"{{DATE:2024-03-16 23:15}}",{{MRN:BRV-0120461}},"{{NAME:UNKNOWN, ZULU}}",,~30,M,"found down, {{ADDRESS:I-81 mm 143}}",2,ED02,"{{NAME:Abernethy-Cole, R}}",,
"{{DATE:2024-03-16 23:49}}",{{MRN:BRV-0077410}},"{{NAME:TRAN-BOUCHARD, ELI}}",{{DATE:2019-02-14}},5,M,"croup",3,PEDS2,"{{NAME:Sandoval, M}}","{{NAME:Lipsky, D}}",{{PHONE:540-555-0142}}
exported by {{NAME:cnakamura}} from host EDTRK01 ({{IP:10.61.2.18}}) at 23:55`,

  `CLAIMS_OUT|BATCH {{ID:B240315-07}}|SUBMITTER {{FACILITY:THREE RIVERS NEUROLOGY ASSOC}}|ETIN 4471902
CLM_ID|PT_ACCT|PT_LAST|PT_FIRST|DOB|MEMBER_ID|GROUP|SUBSCRIBER|DOS|CPT|DX|RENDERING_NPI|BILLED
{{ACCOUNT:TRN24031501}}|{{ACCOUNT:77201}}|{{NAME:SOLBERG}}|{{NAME:HENRIK}}|{{DATE:07221954}}|{{HEALTH_PLAN:ASH884021337}}|{{HEALTH_PLAN:GRP-40771}}|SELF|{{DATE:03052024}}|99215|G43.909|{{LICENSE:1558032467}}|310.00
{{ACCOUNT:TRN24031502}}|{{ACCOUNT:77388}}|{{NAME:KOWALCZYK}}|{{NAME:HALINA}}|{{DATE:11301949}}|{{HEALTH_PLAN:3QW8RT2JK55}}||SELF|{{DATE:03062024}}|95886|G56.01|{{LICENSE:1558032467}}|420.00
{{ACCOUNT:TRN24031503}}|{{ACCOUNT:77390}}|{{NAME:ACHTERBERG-REYES}}|{{NAME:DESMOND}}|{{DATE:06081988}}|{{HEALTH_PLAN:UPM90044812}}|{{HEALTH_PLAN:UPG-3310}}|{{NAME:ACHTERBERG-REYES, CARLA}}|{{DATE:03062024}}|95819|R56.9|{{LICENSE:1902118834}}|655.00
{{ACCOUNT:TRN24031504}}|{{ACCOUNT:77412}}|{{NAME:NWACHUKWU}}|{{NAME:OBIOMA}}|{{DATE:02171990}}|{{HEALTH_PLAN:PAM-07712204}}||SELF|{{DATE:03072024}}|64615|G43.709|{{LICENSE:1902118834}}|780.00
TRAILER|4 CLAIMS|TOTAL 2165.00|CREATED {{DATE:2024-03-15T23:00:04}}|OPERATOR {{NAME:jmcallister}}`,

  `reminder_queue_{{DATE:2024-03-19}}.tsv  (SMS/voice/email vendor upload)
appt_id	patient	preferred	contact	appt_datetime	provider	location
{{ID:A-55102}}	{{NAME:Mensah, Ama}}	sms	{{PHONE:+16175550134}}	{{DATE:2024-03-20 08:15}}	Dr. {{NAME:Osei}}	{{FACILITY:Dorchester Family Health}}
{{ID:A-55117}}	{{NAME:Feeney, Brendan P.}}	voice	{{PHONE:(617) 555-0198}}	{{DATE:2024-03-20 09:00}}	Dr. {{NAME:Osei}}	{{FACILITY:Dorchester Family Health}}
{{ID:A-55140}}	{{NAME:Lam, Bao}}	email	{{EMAIL:bao.lam.77@chowdermail.com}}	{{DATE:2024-03-20 10:30}}	NP {{NAME:Kearney}}	{{FACILITY:Fields Corner Satellite}}
{{ID:A-55141}}	{{NAME:Lam, Quynh}}	email	{{EMAIL:bao.lam.77@chowdermail.com}}	{{DATE:2024-03-20 10:45}}	NP {{NAME:Kearney}}	{{FACILITY:Fields Corner Satellite}}
{{ID:A-55163}}	{{NAME:DaSilva, Rui}}	sms	{{PHONE:+15085550166}}	{{DATE:2024-03-20 13:20}}	Dr. {{NAME:Aucoin}}	{{FACILITY:Dorchester Family Health}}
{{ID:A-55170}}	{{NAME:O'Shaughnessy, Nora}}	voice	{{PHONE:617.555.0105}}	{{DATE:2024-03-20 14:00}}	Dr. {{NAME:Aucoin}}	{{FACILITY:Dorchester Family Health}}
opt-out list applied ({{NAME:Feeney}}: no texts). Message template: "Reminder: you have an appointment tomorrow at {time} with {provider}. Reply C to confirm."`,

  `H|ORDER_RESULTS|{{FACILITY:KEYSTONE REFERENCE LABS}}|{{DATE:20240308}}|v3
P|{{ID:KRL-P-00992817}}|{{MRN:00774021}}|{{NAME:NGUYEN-HALE}}|{{NAME:DUC}}||{{DATE:19900518}}|M|{{ADDRESS:88 LINCOLN ST}}|{{LOCATION:BELLINGHAM}}|WA|{{ZIP:98225}}|{{PHONE:3605550117}}
O|{{ID:KRL24-0308-11772}}|{{ID:CD-ORD-4418820}}|{{DATE:20240307093000}}|SURG PATH|{{LICENSE:1417029934}}|{{NAME:CARRICK}}|{{NAME:SIOBHAN}}|{{FACILITY:CASCADE DERMATOLOGY}}|{{FAX:3605550104}}
R|1|88305|SKIN, R UPPER BACK, SHAVE|Compound dysplastic nevus with moderate atypia, margins involved.
R|2|NOTE|Photo correlation per submitting clinician: {{PHOTO:back_mole_closeup_mar10.jpg}}
R|3|SIGNOUT|{{NAME:Ravindra Iyer}}, MD|{{DATE:20240308161200}}
C|Case {{ID:S24-011873}} reviewed at consensus conference {{DATE:03/08/24}}, also seen by {{NAME:M. Castellano}}.
P|{{ID:KRL-P-00992818}}|{{MRN:00512876}}|{{NAME:CARRICK}}|{{NAME:SIOBHAN}}||{{DATE:19751202}}|F|{{ADDRESS:410 N STATE ST}}|{{LOCATION:BELLINGHAM}}|WA|{{ZIP:98225}}|{{PHONE:3605550181}}
O|{{ID:KRL24-0308-11790}}|{{ID:CD-ORD-4418902}}|{{DATE:20240307150000}}|LIPID|{{LICENSE:1417029934}}|{{NAME:CARRICK}}|{{NAME:SIOBHAN}}|{{FACILITY:CASCADE DERMATOLOGY}}|{{FAX:3605550104}}
L|2 PATIENTS|4 ORDERS`,

  `-- quality registry extract (sepsis bundle) --
pat_mrn,enc_id,first,last,birth_dt,admit_ts,dc_ts,dc_disp,death_dt,zip,county,unit,abx_first_ts
{{MRN:BRV-0093317}},{{ID:IP24-0031880}},{{NAME:Walter}},{{NAME:Halvorsen}},{{DATE:01/09/1928}},{{DATE:03/16/2024 23:40}},{{DATE:03/19/2024 13:05}},SNF,,{{ZIP:24018}},{{LOCATION:Roanoke}},3W,{{DATE:03/17/2024 00:22}}
{{MRN:BRV-0081004}},{{ID:IP24-0031502}},{{NAME:Gloria}},{{NAME:Ashby-Ferrell}},{{DATE:08/21/1949}},{{DATE:03/10/2024 14:11}},{{DATE:03/14/2024 09:48}},EXPIRED,{{DATE:03/14/2024}},{{ZIP:24153}},{{LOCATION:Salem}},ICU,{{DATE:03/10/2024 15:02}}
{{MRN:BRV-0110255}},{{ID:IP24-0031633}},{{NAME:Travis}},{{NAME:Peery}},{{DATE:12/02/1971}},{{DATE:03/12/2024 02:31}},{{DATE:03/15/2024 16:20}},HOME,,{{ZIP:24179}},{{LOCATION:Vinton}},{{FACILITY:Mill Mountain 5}},{{DATE:03/12/2024 03:55}}
{{MRN:BRV-0010442}},{{ID:IP24-0031701}},{{NAME:Inez}},{{NAME:Castellanos}},{{DATE:05/30/1930}},{{DATE:03/13/2024 18:00}},,,,{{ZIP:24012}},{{LOCATION:Roanoke}},3W,{{DATE:03/13/2024 20:41}}
rows=4  generated {{DATE:2024-03-20T05:00:00-04:00}}  job=QREG_SEP1  owner={{NAME:akhatri}}
NOTE: ages not exported; {{NAME:Halvorsen}} ({{AGE:96}}) and {{NAME:Castellanos}} ({{AGE:93}}) flagged for age > 89 suppression before state submission.`,
  `GET /fhir/R4/Patient/{{ID:pat-7f3a9c21}}  200 OK  ({{DATE:2024-03-11T14:22:09Z}})
{
  "resourceType": "Patient",
  "id": "{{ID:pat-7f3a9c21}}",
  "identifier": [
    {"system": "urn:oid:2.16.840.1.113883.3.4471.1", "type": {"text": "MRN"}, "value": "{{MRN:00482913}}"},
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "{{SSN:900-41-7763}}"}
  ],
  "name": [{"use": "official", "family": "{{NAME:Delacroix}}", "given": ["{{NAME:Marguerite}}", "{{NAME:Anne}}"]},
           {"use": "maiden", "family": "{{NAME:Beaumont}}"}],
  "telecom": [{"system": "phone", "value": "{{PHONE:+1-413-555-0187}}", "use": "home"},
              {"system": "email", "value": "{{EMAIL:mdelacroix46@ospreymail.net}}"}],
  "gender": "female",
  "birthDate": "{{DATE:1946-03-01}}",
  "address": [{"line": ["{{ADDRESS:118 Wendell Ave}}", "{{ADDRESS:Apt 3}}"], "city": "{{LOCATION:Pittsfield}}", "district": "{{LOCATION:Berkshire}}", "state": "MA", "postalCode": "{{ZIP:01201}}"}],
  "generalPractitioner": [{"reference": "Practitioner/{{ID:prac-1629077431}}", "display": "{{NAME:Elise R. Marchand}}, MD"}],
  "managingOrganization": {"display": "{{FACILITY:Harbor Point Medical Center}}"}
}`,

  `{
  "resourceType": "Bundle", "type": "collection", "timestamp": "{{DATE:2024-02-01T09:31:12-05:00}}",
  "entry": [
    {"resource": {"resourceType": "Coverage", "id": "{{ID:cov-55102}}", "status": "active",
      "subscriberId": "{{HEALTH_PLAN:BWH-00482217}}",
      "subscriber": {"display": "{{NAME:Bartholomew Quist}}"},
      "beneficiary": {"reference": "Patient/{{ID:pat-bq1959}}"},
      "dependent": "01",
      "class": [{"type": {"text": "group"}, "value": "{{HEALTH_PLAN:IRC-22018}}", "name": "{{FACILITY:Iron Range Co-op Grocers}} employees"}],
      "period": {"start": "{{DATE:2021-07-01}}"},
      "payor": [{"display": "Boundary Waters Health Cooperative"}]}},
    {"resource": {"resourceType": "RelatedPerson", "id": "{{ID:rp-8812}}",
      "patient": {"reference": "Patient/{{ID:pat-bq1959}}"},
      "relationship": [{"text": "spouse; authorized representative"}],
      "name": [{"text": "{{NAME:Ingrid M. Quist}}"}],
      "telecom": [{"system": "phone", "value": "{{PHONE:218-555-0106}}"}, {"system": "email", "value": "{{EMAIL:iquist@northwoodsmail.net}}"}],
      "address": [{"text": "{{ADDRESS:PO Box 318}}, {{LOCATION:Ely}}, MN {{ZIP:55731}}"}],
      "birthDate": "{{DATE:1962-05-19}}"}}
  ]
}`,

  `POST /fhir/Encounter  201 Created  Location: {{URL:https://fhir.brvmc.org/r4/Encounter/enc-IP24-0031880}}
{"resourceType":"Encounter","id":"{{ID:enc-IP24-0031880}}","status":"finished","class":{"code":"IMP"},
 "identifier":[{"system":"urn:brvmc:visit","value":"{{ID:IP24-0031880}}"},{"system":"urn:brvmc:har","value":"{{ACCOUNT:HAR-88102274}}"}],
 "subject":{"reference":"Patient/{{ID:brv-0093317}}","display":"{{NAME:Halvorsen, Walter E}}"},
 "participant":[{"type":[{"text":"attending"}],"individual":{"display":"{{NAME:Farid Nasseri}}, MD","identifier":{"system":"http://hl7.org/fhir/sid/us-npi","value":"{{LICENSE:1205563380}}"}}},
  {"type":[{"text":"admitter"}],"individual":{"display":"{{NAME:R. Abernethy-Cole}}, DO"}}],
 "period":{"start":"{{DATE:2024-03-16T23:40:00-04:00}}","end":"{{DATE:2024-03-19T13:05:00-04:00}}"},
 "hospitalization":{"origin":{"display":"{{FACILITY:Pinecrest Rehabilitation & Nursing}}"},"dischargeDisposition":{"text":"SNF"},"destination":{"display":"{{FACILITY:Pinecrest Rehabilitation & Nursing}}"}},
 "location":[{"location":{"display":"3 West, Room 312-A"}}],
 "serviceProvider":{"display":"{{FACILITY:Blue Ridge Valley Medical Center}}"}}`,

  `[
 {"resourceType":"Device","id":"{{ID:dev-cgm-440981}}","status":"active",
  "deviceName":[{"name":"Dexcom G7 CGM sensor","type":"manufacturer-name"}],
  "serialNumber":"{{DEVICE:4RJ2K7Q0XM}}","lotNumber":"5211047","expirationDate":"2025-01-31",
  "patient":{"reference":"Patient/{{ID:sed-440981}}","display":"{{NAME:Lupe S. Faleolo}}"},
  "udiCarrier":[{"deviceIdentifier":"00386270001238","carrierHRF":"{{DEVICE:(01)00386270001238(17)250131(10)5211047(21)4RJ2K7Q0XM}}"}]},
 {"resourceType":"Device","id":"{{ID:dev-pump-440981}}","serialNumber":"{{DEVICE:PDM-1190-447812}}","patient":{"reference":"Patient/{{ID:sed-440981}}"}},
 {"resourceType":"Observation","id":"{{ID:obs-gluc-99812}}","status":"final",
  "code":{"text":"Glucose [Mass/volume] in Interstitial fluid"},
  "subject":{"reference":"Patient/{{ID:sed-440981}}"},
  "effectiveDateTime":"{{DATE:2024-03-09T03:05:00-07:00}}","valueQuantity":{"value":48,"unit":"mg/dL"},
  "device":{"reference":"Device/{{ID:dev-cgm-440981}}"},
  "performer":[{"display":"{{FACILITY:Sonoran Endocrine & Diabetes}}"}],
  "note":[{"text":"Urgent low alert; pt's son {{NAME:Sione}} called 911 from {{ADDRESS:2231 W Keating Ave}}, {{LOCATION:Mesa}}."}]}
]`,

  `{"resourceType":"Media","id":"{{ID:med-0088127}}","status":"completed",
 "type":{"text":"image"},"modality":{"text":"Clinical photograph - patient supplied"},
 "subject":{"reference":"Patient/{{ID:pat-00774021}}","display":"{{NAME:Nguyen-Hale, Duc}}"},
 "createdDateTime":"{{DATE:2024-03-10T22:31:07-07:00}}",
 "operator":{"display":"{{NAME:Duc Nguyen-Hale}} (self)"},
 "bodySite":{"text":"right upper back"},
 "content":{"contentType":"image/heic","title":"{{PHOTO:IMG_4471.HEIC}}","url":"{{URL:https://ehr-media.cascadederm.com/binary/med-0088127}}"},
 "note":[{"text":"Imported from portal message {{ID:MSG-2291045}} by {{NAME:scarrick}}"}]}
{"resourceType":"DocumentReference","id":"{{ID:docref-55120}}","status":"current",
 "type":{"text":"Photo consent"},
 "subject":{"reference":"Patient/{{ID:pat-00774021}}"},
 "date":"{{DATE:2024-03-13T07:52:00-07:00}}",
 "author":[{"display":"{{NAME:Siobhan Carrick}}, PA-C"}],
 "content":[{"attachment":{"contentType":"application/pdf","title":"consent_photo_{{NAME:nguyenhale}}_{{DATE:20240313}}.pdf","url":"{{URL:https://ehr-media.cascadederm.com/binary/docref-55120}}"}}],
 "context":{"related":[{"display":"{{PHOTO:DERM-PH-2024-03-13-0041.jpg}}"},{"display":"{{PHOTO:DERM-PH-2024-03-13-0042.jpg}}"}]}}`,

  `{"resourceType":"Consent","id":"{{ID:consent-roi-31877}}","status":"active",
 "scope":{"text":"patient-privacy"},"category":[{"text":"Release of information authorization"}],
 "patient":{"reference":"Patient/{{ID:pat-7f3a9c21}}","display":"{{NAME:Marguerite A. Delacroix}}"},
 "dateTime":"{{DATE:2024-03-04T15:41:00-05:00}}",
 "performer":[{"display":"{{NAME:Marguerite A. Delacroix}}"}],
 "organization":[{"display":"{{FACILITY:Harbor Point Medical Center}}"}],
 "sourceAttachment":{"title":"ROI_{{ID:ROI-24-0031877}}_signed.pdf","creation":"{{DATE:2024-03-04}}"},
 "provision":{"type":"permit","period":{"start":"{{DATE:2024-03-04}}","end":"{{DATE:2024-08-31}}"},
  "actor":[{"role":{"text":"recipient"},"reference":{"display":"{{NAME:Leon Kaszuba}}, {{FACILITY:Kaszuba & Wray LLP}}"}}],
  "data":[{"meaning":"related","reference":{"display":"Encounters {{DATE:2023-01-15}} to {{DATE:2024-02-28}}"}}],
  "provision":[{"type":"deny","code":[{"text":"HIV, SUD (42 CFR Part 2), psychotherapy notes"}]}]},
 "verification":[{"verified":true,"verifiedWith":{"display":"{{NAME:Tess Abernathy}}"},"verificationDate":"{{DATE:2024-03-04T15:44:10-05:00}}"}]}`,
  `EHR ACCESS AUDIT - patient {{NAME:OCASIO, MARIBEL L}} ({{MRN:SVH4410297}})  range {{DATE:03/01/2024}}-{{DATE:03/15/2024}}
timestamp                 user        name                    role         workstation  ip             action
{{DATE:2024-03-01 09:14:02}}  {{NAME:vpellegr}}    {{NAME:Pellegrino, Vincent}}    Physician    CL-IM-07     {{IP:10.40.12.77}}    Chart open
{{DATE:2024-03-01 09:31:45}}  {{NAME:vpellegr}}    {{NAME:Pellegrino, Vincent}}    Physician    CL-IM-07     {{IP:10.40.12.77}}    Order sign {{ID:ORD-7711520}}
{{DATE:2024-03-06 22:48:10}}  {{NAME:jocasio2}}    {{NAME:Ocasio, Javier}}         Transporter  TR-KIOSK-2   {{IP:10.40.88.19}}    Chart open (demographics)
{{DATE:2024-03-06 22:49:33}}  {{NAME:jocasio2}}    {{NAME:Ocasio, Javier}}         Transporter  TR-KIOSK-2   {{IP:10.40.88.19}}    Notes view (Psych)
{{DATE:2024-03-11 08:15:12}}  {{NAME:kbrennan}}    {{NAME:Brennan, Kathleen}}      IT Support   IT-DESK-4    {{IP:10.40.2.150}}    Portal link
{{DATE:2024-03-15 10:19:58}}  {{NAME:kbrennan1}}   {{NAME:Brennan, Kara}}          RN           ED-POD-B     {{IP:10.40.61.33}}    Result ack
FLAG: same-last-name access by {{NAME:jocasio2}} (employee {{ID:204417}}); referred to Privacy ({{NAME:Y. Demir}}) {{DATE:03/16/2024}}.`,

  `BREAK-THE-GLASS REPORT   generated {{DATE:18-MAR-2024 06:00}}
Facility: {{FACILITY:Thornbury Ridge Hospital}}   Reviewer: {{NAME:Colette Ambrose}}, Privacy Officer

EVENT 1
  when: {{DATE:16-MAR-2024 02:11:47}}   user: {{NAME:dmorrow}} ({{NAME:Dylan Morrow}}, RN, {{FACILITY:Allegheny 6}})
  patient: {{NAME:SOLBERG, HENRIK T}}   MRN {{MRN:FR-2294017}}   restricted: VIP/employee-family
  reason entered: "pt transferred to my unit, need MAR"   source IP {{IP:172.20.14.66}}
  disposition: appropriate - pt admitted to {{FACILITY:Allegheny 6}} {{DATE:15-MAR-2024 23:58}}

EVENT 2
  when: {{DATE:17-MAR-2024 19:40:03}}   user: {{NAME:tflanagan}} ({{NAME:Theresa Flanagan}}, Registration)
  patient: {{NAME:FLANAGAN, BRENDAN J}}   MRN {{MRN:FR-0477120}}   restricted: behavioral health
  reason entered: "insurance update"   source IP {{IP:172.20.3.108}}   VPN user? no
  note: user's home address ({{ADDRESS:77 Cedar Blvd}}, {{LOCATION:Pittsburgh}} {{ZIP:15228}}) matches patient's address on file
  disposition: referred for investigation, case {{ID:PRIV-24-0031}}; manager {{NAME:Luis Echeverria}} notified {{DATE:03/18/2024}}`,

  `# portal-auth.log  (excerpt, times UTC)
{{DATE:2024-03-02T23:14:02Z}} LOGIN_OK user={{NAME:hsolberg54}} pid={{MRN:FR-2294017}} ip={{IP:71.206.114.9}} ua="Mozilla/5.0 (iPad)"
{{DATE:2024-03-02T23:16:40Z}} MSG_SEND user={{NAME:hsolberg54}} thread={{ID:T-55102874}} ip={{IP:71.206.114.9}}
{{DATE:2024-03-05T03:41:19Z}} LOGIN_FAIL user={{NAME:hsolberg54}} ip={{IP:203.0.113.47}} reason=BAD_PASSWORD
{{DATE:2024-03-05T03:41:25Z}} LOGIN_FAIL user={{NAME:hsolberg54}} ip={{IP:203.0.113.47}} reason=BAD_PASSWORD
{{DATE:2024-03-05T03:41:31Z}} LOCKOUT user={{NAME:hsolberg54}} ip={{IP:203.0.113.47}} geo="{{LOCATION:Frankfurt am Main}}"
{{DATE:2024-03-05T13:02:55Z}} RESET_VIA_SMS user={{NAME:hsolberg54}} phone={{PHONE:***-***-0195}} ip={{IP:71.206.114.9}}
{{DATE:2024-03-05T13:03:40Z}} EMAIL_CHANGE user={{NAME:hsolberg54}} old={{EMAIL:h.solberg@rivermail.net}} new={{EMAIL:henrik.solberg54@rivermail.net}}
{{DATE:2024-03-05T13:05:12Z}} PROXY_VIEW user={{NAME:msolberg}} (proxy of {{MRN:FR-2294017}}) ip={{IP:2600:1702:5a0:1c90:9d3e:14ff:fe02:7b11}}
SOC ticket {{ID:SEC-24-1177}} opened by {{NAME:a.rahimi}}: foreign IP lockout, credential stuffing suspected; notify pt by letter to {{ADDRESS:512 Maple Ridge Ln}}, {{LOCATION:Monroeville}}.`,

  `PRINT / EXPORT AUDIT  -  HIM ROI module  -  {{FACILITY:Harbor Point Medical Center}}
{{DATE:03/05/2024 10:02:11}} | user {{NAME:tabernathy}} ({{NAME:Tess Abernathy}}) | ws HIM-ROI-02 | {{IP:10.1.30.52}} | EXPORT PDF | pt {{MRN:HP-00482913}} {{NAME:DELACROIX, MARGUERITE}} | 312 pp | request {{ID:ROI-24-0031877}}
{{DATE:03/05/2024 10:09:40}} | user {{NAME:tabernathy}} | ws HIM-ROI-02 | {{IP:10.1.30.52}} | REDACT | pages 88-91 (SUD) | request {{ID:ROI-24-0031877}}
{{DATE:03/05/2024 10:21:03}} | user {{NAME:tabernathy}} | ws HIM-ROI-02 | {{IP:10.1.30.52}} | FAX | to {{FAX:413-555-0199}} ({{FACILITY:Kaszuba & Wray LLP}}) | job {{ID:EF-20240305-00122}}
{{DATE:03/05/2024 11:47:29}} | user {{NAME:rszabo}} ({{NAME:Renata Szabo}}) | ws HIM-ROI-05 | {{IP:10.1.30.57}} | PRINT | pt {{MRN:HP-00391188}} {{NAME:WHITCOMB, HAROLD J}} | 44 pp | printer PRN-HIM-1
{{DATE:03/05/2024 11:52:16}} | user {{NAME:rszabo}} | ws HIM-ROI-05 | {{IP:10.1.30.57}} | CD BURN | pt {{MRN:HP-00391188}} | DICOM study {{ID:1.2.840.113619.2.55.3.604688.11.1709564812.447}}
{{DATE:03/05/2024 13:30:00}} | system | batch | - | INVOICE | request {{ID:ROI-24-0031877}} | invoice {{ACCOUNT:INV-24-00871}} to {{NAME:Leon Kaszuba}}, $97.50`,

  `Privacy investigation - interview notes (case {{ID:PRIV-24-0031}})
Date: {{DATE:March 21, 2024}}   Interviewer: {{NAME:Colette Ambrose}}   Present: {{NAME:Theresa Flanagan}}; union rep {{NAME:Gerald Pasko}}
Ms. {{NAME:Flanagan}} (employee # {{ID:FR-E-11902}}, hired {{DATE:05/2016}}) states she opened her adult son's record on {{DATE:03/17/2024}} at his request because his insurance card (member {{HEALTH_PLAN:HMK-5503321-02}}) was rejected at a pharmacy. She says he texted her from {{PHONE:412-555-0121}}. She did not view clinical notes. Audit (attached, pages 3-5) shows she viewed demographics, coverage and the behavioral health problem list for 4 min from {{IP:172.20.3.108}}. Her badge (access card {{ID:0044712}}) places her at the Registration desk, {{FACILITY:Thornbury Ridge Hospital}} main lobby.
The patient, {{NAME:Brendan J. Flanagan}} (DOB {{DATE:09/09/1995}}), was reached at {{EMAIL:bflanagan95@steelmail.com}} and says he did not ask her to look.
Outcome: written warning; retraining due by {{DATE:04/15/2024}}. Breach risk assessment by {{NAME:C. Ambrose}}: notification letter to patient required.
cc: HR ({{NAME:Luis Echeverria}}), file.`,
  `# dcmdump CT000001.dcm (excerpt)
(0008,0012) DA [{{DATE:20240311}}] # InstanceCreationDate
(0008,0020) DA [{{DATE:20240311}}] # StudyDate
(0008,0030) TM [142233] # StudyTime
(0008,0050) SH [{{ID:HPCT24031100447}}] # AccessionNumber
(0008,0060) CS [CT] # Modality
(0008,0080) LO [{{FACILITY:Harbor Point Medical Center}}] # InstitutionName
(0008,0081) ST [{{ADDRESS:400 Shore Rd}}, {{LOCATION:Salem}} MA {{ZIP:01970}}] # InstitutionAddress
(0008,0090) PN [{{NAME:ROE^ANN^M}}] # ReferringPhysicianName
(0008,1010) SH [HPCT02] # StationName
(0008,1030) LO [CTA CHEST PE PROTOCOL] # StudyDescription
(0008,1070) PN [{{NAME:KOSTER^WILMA}}] # OperatorsName
(0010,0010) PN [{{NAME:DELACROIX^MARGUERITE^A}}] # PatientName
(0010,0020) LO [{{MRN:00482913}}] # PatientID
(0010,0030) DA [{{DATE:19460301}}] # PatientBirthDate
(0010,0040) CS [F] # PatientSex
(0010,1010) AS [078Y] # PatientAge
(0018,1000) LO [77120] # DeviceSerialNumber
(0020,000d) UI [{{ID:1.2.840.113619.2.55.3.604688.11.1710167553.447}}] # StudyInstanceUID
(0032,1032) PN [{{NAME:MARCHAND^ELISE}}] # RequestingPhysician`,

  `DICOM header - MR (exported by PACS QA tool, user {{NAME:jpark_pacs}})
PatientName ......... {{NAME:SOLBERG^HENRIK^TORE}}
PatientID ........... {{MRN:FR-2294017}}
OtherPatientIDs ..... {{HEALTH_PLAN:ASH884021337}} -> corrected to {{MRN:FR-0031188}} (old system)
PatientBirthDate .... {{DATE:19540722}}
PatientAge .......... 069Y
PatientAddress ...... {{ADDRESS:512 MAPLE RIDGE LN}} {{LOCATION:MONROEVILLE}} PA {{ZIP:15146}}
PatientTelephoneNumbers {{PHONE:4125550195}}
AccessionNumber ..... {{ID:ACC-FR-24-031188}}
StudyDate/Time ...... {{DATE:20240309}} / 081544
InstitutionName ..... {{FACILITY:PARKWAY OPEN MRI}}
ReferringPhysician .. {{NAME:VENKATARAMAN^PRIYA}}
PerformingPhysician . {{NAME:DUBOSE^TERRENCE^L}}
OperatorsName ....... {{NAME:MCKINNON^ALLY}}
StationName ......... PKWY-MR1
DeviceSerialNumber .. 46021
PatientComments ..... "Pacemaker {{DEVICE:PJN882104S}} in MRI mode per {{NAME:T. Roark}} RN; pt claustrophobic, wife {{NAME:Marit}} in room"
AdditionalPatientHistory "h/a x6 wk; MRA {{DATE:02/28/2024}} at {{FACILITY:Thornbury Ridge}} neg"
StudyInstanceUID .... {{ID:1.3.12.2.1107.5.2.43.167001.30000024030912400871200000047}}
QA note: OtherPatientIDs contained the insurance member number ({{HEALTH_PLAN:ASH884021337}}) in error; ticket {{ID:PACS-QA-0911}}.`,

  `US study - DICOM tags of interest (burned-in annotation check)
(0010,0010) PatientName        {{NAME:VILLALOBOS^LUCIA^G}}
(0010,0020) PatientID          {{MRN:ASC-660217}}
(0010,0030) PatientBirthDate   {{DATE:19970418}}
(0010,21C0) PregnancyStatus    0004 (unknown->confirmed)
(0008,0020) StudyDate          {{DATE:20230402}}
(0008,0050) AccessionNumber    {{ID:US2304020119}}
(0008,0080) InstitutionName    {{FACILITY:ARROYO SECO COMMUNITY HOSPITAL}}
(0008,0090) ReferringPhysician {{NAME:ORTIZ-BAUER^CAMILA}}
(0008,1050) PerformingPhys     {{NAME:LOMELI^JOAQUIN}}
(0040,0244) PPS Start Date     {{DATE:20230402}}
(0040,0245) PPS Start Time     101233
(0008,0070) Manufacturer       GE Healthcare   (0008,1090) Model  Voluson E8
Burned-in pixel text found by OCR on frames 1-14:
"{{FACILITY:ARROYO SEC0 COMM HOSP}}  {{NAME:VILLAL0B0S, LUC1A}}  {{MRN:ASC-66O217}}  {{DATE:02-APR-2023}} 10:12  GA 22w3d  EDD {{DATE:08/16/2023}}  Sonographer: {{NAME:JL}}"
Action: frames masked (rows 0-48) before export to research archive; de-id profile v2.3; performed by {{NAME:nwhitehorse}} on {{DATE:2024-03-01}}.`,

  `ANGIO / XA - RDSR and header dump
PatientName: {{NAME:Quist^Bartholomew}}       PatientID: {{MRN:NSHI-00118823}}   IssuerOfPatientID: {{FACILITY:NSHI}}
PatientBirthDate: {{DATE:1959-12-12}}         PatientSex: M      PatientWeight: 98
StudyDate: {{DATE:2024-05-07}}   StudyTime: 07:52:10   AccessionNumber: {{ID:XA-2405-0071}}
InstitutionName: {{FACILITY:North Shore Heart Institute}}   InstitutionalDepartmentName: Structural Heart Lab 2
ReferringPhysicianName: {{NAME:Lindqvist^Anders}}
PerformingPhysicianName: {{NAME:Haugen^Solveig}}\\{{NAME:Baptiste^Rene}}
OperatorsName: {{NAME:Kerr^Danny}}
ProtocolName: TAVR valve deployment
ImageComments: "SAPIEN 3 Ultra 26 mm, serial {{DEVICE:11847329}}, deployed 07:59; delivery system lot 64420118 (not tracked)"
IrradiationEventUID: {{ID:1.2.840.113704.7.32.0.8.4.77}}
TotalDoseAreaProduct: 48.2 Gy.cm2   FluoroTime: 17.3 min
StudyInstanceUID: {{ID:1.2.840.113704.1.111.4412.1715068330.18}}
Patient-level note: prior authorization {{ID:BWH-ER-2404-0092}} (external review overturned denial on {{DATE:05/01/2024}})
Report routed to {{NAME:Lindqvist}} at {{FAX:218-555-0167}} and to PCP {{NAME:Marguerite Olsen}}'s clinic in {{LOCATION:Hibbing}}.`,

  `SECONDARY CAPTURE (clinical photography) - DICOM header
(0008,0016) SOPClassUID       1.2.840.10008.5.1.4.1.1.7 (Secondary Capture)
(0008,0018) SOPInstanceUID    {{ID:2.25.190442117730019834412277101}}
(0008,0020) StudyDate         {{DATE:20240313}}
(0008,0050) AccessionNumber   {{ID:DERMPH24031300041}}
(0008,0064) ConversionType    DV (digital video/photo)
(0008,0080) InstitutionName   {{FACILITY:CASCADE DERMATOLOGY - FAIRHAVEN}}
(0008,1030) StudyDescription  TOTAL BODY PHOTOGRAPHY, BASELINE
(0010,0010) PatientName       {{NAME:NGUYEN-HALE^DUC}}
(0010,0020) PatientID         {{MRN:00774021}}
(0010,0030) PatientBirthDate  {{DATE:19900518}}
(0018,1016) SecondaryCaptureDeviceManufacturer  Canfield
(0018,1018) SecondaryCaptureDeviceModelName     VECTRA WB360
(0028,0301) BurnedInAnnotation  YES
(0040,A160) TextValue  "Source files {{PHOTO:DERM-PH-2024-03-13-0041.jpg}} .. {{PHOTO:DERM-PH-2024-03-13-0092.jpg}}; face included in views 1-4 ({{PHOTO:DERM-PH-2024-03-13-0041.jpg}} - {{PHOTO:DERM-PH-2024-03-13-0044.jpg}}); consent on file ({{ID:docref-55120}}); photographer {{NAME:Annika Holm}}"
(0040,A124) UID of mole map  {{ID:2.25.88410277302991844712}}
Export to research (IRB 2023-0417) blocked: face views present.`,
  `[SCANNED DOCUMENT - OCR TEXT, page 1 of 2, quality: poor]
NEW PAT1ENT 1NTAKE F0RM          {{FACILITY:D0RCHESTER FAM1LY HEALTH}}
Last narne: {{NAME:Feeney}}     First: {{NAME:Brend an}}     M1: {{NAME:P}}
Date 0f b1rth: {{DATE:O4 / 2l / 1958}}      Age: 65      Sex: M
Address: {{ADDRESS:l2 Sav1n H1ll Ave, Apt 2}}     C1ty: {{LOCATION:D0rchester}}   St: MA   Z1p: {{ZIP:O2l25}}
Ph0ne (h0me): {{PHONE:(6l7) 555-Ol98}}    (w0rk): {{PHONE:6l7 555 O1l0}}
Emp1oyer: {{FACILITY:Sav1n H1ll Aut0 B0dy}}
S0c1al Secur1ty #: {{SSN:9O3-4l-88O2}}
Insurance: Bay Colony HMO   Member 1D: {{HEALTH_PLAN:BCH 0O4l7 7Ol9}}   Gr0up: {{HEALTH_PLAN:l2044}}
Emergency c0ntact: {{NAME:Ma ureen Feeney}}   Re1at1onship: w1fe   Ph0ne: {{PHONE:6l7-555-O199}}
Pharmacy: {{FACILITY:Adams V1llage Drug}}, {{ADDRESS:2l Gran1te Ave}}
Pr1mary care before: Dr. {{NAME:Ha11oran}} at {{FACILITY:P0pe's H1ll Med1cal Gr0up}} (rec0rds req. {{DATE:2/l5/24}})
S1gnature: {{NAME:B P Feeney}}            Date: {{DATE:O3/O1/2O24}}
[scanner: MFP-3F-02  batch {{ID:SCN-240301-0093}}  indexed to MRN {{MRN:DFH-0117720}} by {{NAME:cdacosta}}]`,

  `[OCR - scanned insurance card, front and back]
FRONT:  PELICAN GULF HEALTH PLAN   PPO
  Member: {{NAME:1MAN1 R 0K0NKW0}}
  ID# {{HEALTH_PLAN:XJQ44820991 3}}        Group# {{HEALTH_PLAN:0O77l20-004}}
  Dependents: {{NAME:0K0NKW0, ADA}} 02   {{NAME:0K0NKW0, CH1NEDU}} 03
  PCP: {{NAME:R0BICHAUX, L}}  {{PHONE:504-555-0l57}}
  Rx BIN 004336  PCN ADV  RxGRP RX4471
  Effective {{DATE:0l/0l/2024}}
BACK:   Members: call 1-800-555-0166 (TTY 711)   Providers: 1-800-555-0167
  Employer group: {{FACILITY:CRESCENT 1NF0RMAT1CS GR0UP}}??  -> verified as {{FACILITY:Magnolia Charter Schools Network}}
REGISTRAR NOTE {{DATE:03/20/2024 0812}} ({{NAME:aguidry}}): scanned both sides, OCR misread 1/I and O/0; corrected ID to {{HEALTH_PLAN:XJQ448209913}}, group {{HEALTH_PLAN:0077120-004}}; subscriber DOB {{DATE:09/04/1983}} confirmed verbally. Card image stored as {{ID:CARD-IMG-00558102}}; eligibility response {{ID:270-271-8841207}} active.`,

  `[FAXED REFERRAL - OCR, handwriting fields low confidence]
REFERRAL / C0NSULT REQUEST                     Date: {{DATE:3 - l8 - 24}}
To: {{FACILITY:1ron Range Card1ology}}   Attn: Dr. {{NAME:L1ndqv1st}}
Fr0m: {{FACILITY:Mesab1 Lakes Cl1n1c}} - {{LOCATION:H1bb1ng}}   Ph: {{PHONE:2l8-555-Ol23}}   Fax: {{FAX:2l8-555-Ol24}}
Pat1ent: {{NAME:Qu1st, Barth0l0mew}}      D0B: {{DATE:l2/l2/59}}
Address: {{ADDRESS:P0 B0x 3l8}}, {{LOCATION:E ly}} MN {{ZIP:5573l}}
Ph: {{PHONE:(2l8) 555-Ol05}}       1ns: B0undary Waters   1D {{HEALTH_PLAN:BWH-OO4822l7-Ol}}
Reas0n: severe a0rt1c sten0s1s, AVA 0.7, mean grad 48, NYHA 111. Syncope at ch urch {{DATE:3/9}}.
Urgency: [x] w1th1n 2 wks
Ref erring: {{NAME:Marguer1te 0lsen}}, CNP   NP1 {{LICENSE:l2O8447l9O}}
Handwritten at bottom: "pt's daughter {{NAME:Kar i}} will drive - call her {{PHONE:2l8 555 Ol88}} - lives in {{LOCATION:Tower}}"
[Indexer: 2 fields flagged (DOB, NPI); matched to {{MRN:IRC-0044190}} by {{NAME:pjarvi}} {{DATE:03/19/2024}}]`,

  `SCANNED: Consent for treatment and assignment of benefits (p. 2, signature page) - OCR
I, {{NAME:Ru th E1lenberger}} , or my representative, authorize {{FACILITY:Cedar H0llow Fam1ly Pract1ce}} to bill my insurance and assign benefits.
Medicare # {{HEALTH_PLAN:7XK9-PW3-NE14}}     Supp1emental: Green Mtn Medigap  1D {{HEALTH_PLAN:GMM 44O1882O}}
Patient unab1e to sign because: dementia - signed by health care agent
Representative: {{NAME:K0nrad E1lenberger}}      Re1ati0nship: s0n
Signature: [illegible]      Date/time: {{DATE:O3/O5/2O24 1O:4O}}
Witness: {{NAME:Ca rmen Ru1z}}, MA
Interpreter used? N0    Age of pt if >89 ch eck here [x]  ({{AGE:93}})
--- OCR footer / barcode ---
{{MRN:CH-118204}} | {{NAME:ELLENBERGER RUTH}} | {{DATE:08141930}} | DOCTYPE CONSENT-AOB | ENC {{ID:CHV-2403050017}}
Barcode read: *{{MRN:CH118204}}*{{ID:CHV2403050017}}*
Scanned {{DATE:2024-03-05 16:22}} at station FRONTDESK-2 by {{NAME:lbaptiste}}; QA reviewer {{NAME:D. Ostrowski}} marked "name split by OCR, ok".`,

  `[OCR - copy of photo ID taken at registration]
C0MM0NWEALTH 0F PENNSYLVAN1A   DR1VER'S L1CENSE
DL N0 {{LICENSE:3O 4l2 877}}          CLASS C
DOB {{DATE:O2/27/l979}}    EXP {{DATE:02/27/2028}}    ISS {{DATE:0l/l9/2O2O}}
{{NAME:0CAS1O}}
{{NAME:MAR1BEL L}}
{{ADDRESS:l53O N 5TH ST}}
{{LOCATION:PH1LADELPH1A}} PA {{ZIP:l9l22-3O04}}
SEX F   HGT 5-04   EYES BRN   DD {{ID:O2l99O4477l3O9}}
[photo region detected: face image cropped and stored as {{PHOTO:ID_SCAN_SVH4410297_face.png}}]
Registrar note {{DATE:03/11/2024 0758}} ({{NAME:mfontaine}}): ID matches patient in chart {{MRN:SVH4410297}}; vehicle for valet: PA {{VEHICLE:KVN-4471}}, gray 2016 Corolla; parking validation {{ID:VAL-0311-220}}. Patient requests all mail to {{ADDRESS:PO Box 40117}}, {{LOCATION:Philadelphia}} PA {{ZIP:19106}}. Paper copy shredded after indexing.`,
  `PATIENT REGISTRATION - {{FACILITY:Lowcountry Harbor Health}} ({{LOCATION:Charleston}}, SC)
Registration date: {{DATE:2024-03-18}}   Registrar: {{NAME:Kenyatta Grimball}} (user {{NAME:kgrimball}})
Legal name: {{NAME:Pinckney, Delphine Marie}}   Preferred name: "{{NAME:Dee}}"   Previous name: {{NAME:Delphine M. Ravenel}}
DOB: {{DATE:01-MAR-1946}}   Sex at birth: F   Gender identity: woman   Pronouns: she/her
SSN: {{SSN:666-42-0917}}   Marital: widowed   Language: English (Gullah spoken at home)
Home: {{ADDRESS:14 Fishburne St}}, {{LOCATION:Charleston}}, SC {{ZIP:29403}}
Mailing: c/o {{NAME:Marcus Pinckney}}, {{ADDRESS:2290 Ashley River Rd, Apt 11D}}, {{LOCATION:Charleston}}, SC {{ZIP:29414}}
Phones: home {{PHONE:843-555-0125}}; cell {{PHONE:843-555-0179}} (text OK)
Email: none on file; son's email {{EMAIL:marcus.pinckney@tidewatermail.com}} for portal proxy
Primary insurance: Medicare A/B, MBI {{HEALTH_PLAN:2HN4-RT8-WM37}}
Secondary: SC Medicaid, ID {{HEALTH_PLAN:8840177216}}
Employer: retired from {{FACILITY:Wando Bluff Elementary School}} (cafeteria)
Emergency contact: {{NAME:Marcus Pinckney}} (son) {{PHONE:843-555-0190}}
Advance directive: HCPOA to son, dated {{DATE:10/14/2021}}, scanned
Account created: {{ACCOUNT:LHH-7702214}}   MRN assigned: {{MRN:LHH00881206}}`,

  `DEMOGRAPHIC CHANGE REQUEST
Submitted at: front desk, {{FACILITY:Sonoran Endocrine & Diabetes}}, {{LOCATION:Scottsdale}}     Date: {{DATE:03/22/2024}}
Patient MRN: {{MRN:SED-440981}}
[x] Name change   From: {{NAME:Lupe Sefo Faleolo}}   To: {{NAME:Lupe Sefo Tuiasosopo}}   Reason: marriage {{DATE:02/10/2024}}
     Document reviewed: marriage certificate no. {{ID:MC-2024-0014472}}, {{LOCATION:Maricopa County}}
[x] Address change   From: {{ADDRESS:8820 E Pinnacle Peak Rd, #114}}, {{LOCATION:Scottsdale}} {{ZIP:85255}}
                     To:   {{ADDRESS:4150 E Thunderbird Rd}}, {{LOCATION:Phoenix}} {{ZIP:85032}}
[x] Phone change     New mobile: {{PHONE:602-555-0148}}
[ ] Email change
[x] Insurance change New: Saguaro Advantage HMO, member {{HEALTH_PLAN:SAH-220417788}}, group {{HEALTH_PLAN:G-77102}}, subscriber {{NAME:Tevita Tuiasosopo}} (spouse, DOB {{DATE:11/23/1968}}), employer {{FACILITY:Desert Sky Water Co-op}}
[x] Emergency contact  {{NAME:Tevita Tuiasosopo}}, {{PHONE:602-555-0149}}
Patient signature: {{NAME:Lupe S. Tuiasosopo}}
Processed by {{NAME:Kelsey Dunmore}}; EMPI alias retained for former name; prescription labels reprinted. Interface msg {{ID:ADT-A08-66120914}} sent {{DATE:03/22/2024 15:10}}.`,

  `ADT FIELD HISTORY - patient {{MRN:GCM0558120}}
changed_at | field | old value | new value | by
{{DATE:2023-12-23 19:30}} | create | | {{NAME:BETTENCOURT, CORNELIUS}} | {{NAME:reg_mvaldez}}
{{DATE:2023-12-23 19:31}} | middle/suffix | | {{NAME:J}} / JR | {{NAME:reg_mvaldez}}
{{DATE:2023-12-24 08:02}} | address | {{ADDRESS:4117 BAYSHORE RD}} | {{ADDRESS:4117 BAY SHORE RD}} | addr_validator
{{DATE:2023-12-24 08:02}} | zip | {{ZIP:34243}} | {{ZIP:34234}} | addr_validator
{{DATE:2023-12-26 10:15}} | guarantor_employer | unknown | {{FACILITY:SUNCOAST MARINE SUPPLY}} | {{NAME:pfs_jhollis}}
{{DATE:2023-12-26 10:16}} | insurance_1 | none | SEMINOLE AUTO PIP {{HEALTH_PLAN:FLP-4471-09922}} | {{NAME:pfs_jhollis}}
{{DATE:2024-02-27 14:40}} | attorney | none | {{NAME:AMARAL, CELESTE}} / {{PHONE:941-555-0126}} | {{NAME:pfs_lpatel2}}
{{DATE:2024-02-27 14:41}} | collection_hold | N | Y (until {{DATE:2024-05-27}}) | {{NAME:pfs_lpatel2}}
{{DATE:2024-03-02 09:00}} | email | | {{EMAIL:cjbettencourt@sunmarine.biz}} | portal_self`,

  `RETURNED MAIL WORKLIST   queue: PFS-ADDR   run {{DATE:03/25/2024}}
1) {{NAME:ACHTERBERG-REYES, DESMOND T}}  acct {{ACCOUNT:CFG-4410298}}
   mailed to {{ADDRESS:1720 W MARKET ST APT 9}}, {{LOCATION:AKRON}} OH {{ZIP:44313}}  - "moved, left no address"
   skip trace: new {{ADDRESS:55 Brittain Rd, Unit 3}}, {{LOCATION:Cuyahoga Falls}} OH {{ZIP:44221}}; phone {{PHONE:330-555-0137}} (confidence 0.8)
   action: letter re-sent {{DATE:3/26}}; agency {{FACILITY:Summit Recovery Partners}} notified (file {{ACCOUNT:SRP-88120447}})
2) {{NAME:MCCREADY, OPAL}}  acct {{ACCOUNT:BRV-H-99120}}
   mailed to {{ADDRESS:Rt 2 Box 114}}, {{LOCATION:Bent Mountain}} VA {{ZIP:24059}}  - "deceased, return to sender"
   obituary found: died {{DATE:03/21/2024}}, age {{AGE:90}}; estate contact {{NAME:Lyle McCready}} (nephew) {{PHONE:540-555-0115}}
   action: account flagged deceased; estate claim process per policy
3) {{NAME:LAM, BAO}}  acct {{ACCOUNT:DFH-5512078}}
   mailed to {{ADDRESS:91 Park St, Apt 1}}, {{LOCATION:Dorchester}} MA {{ZIP:02122}}  - "insufficient address"
   portal address shows Apt 1R; corrected, re-sent; emailed copy to {{EMAIL:bao.lam.77@chowdermail.com}}
worked by {{NAME:S. Oyelowo}} / {{NAME:so}}`,

  `NEWBORN REGISTRATION - {{FACILITY:Arroyo Seco Community Hospital}}, Labor & Delivery
Infant: Baby Boy {{NAME:Villalobos}}   later named: {{NAME:Mateo Ramon Villalobos}}
Date/time of birth: {{DATE:09/02/2023 04:17}}   Weight 3.41 kg   Apgar 8/9
Infant MRN: {{MRN:ASC-771203}}   Infant account: {{ACCOUNT:ASC-NB-230902-02}}
Mother: {{NAME:Lucia G. Villalobos}} (MRN {{MRN:ASC-660217}}, DOB {{DATE:04/18/1997}})
Father: {{NAME:Ramon Villalobos Jr.}}   Phone {{PHONE:575-555-0193}}
Address: {{ADDRESS:1208 Calle Ocho}}, {{LOCATION:Las Cruces}}, NM {{ZIP:88001}}
Coverage: NM Medicaid newborn, pending; mother's member ID {{HEALTH_PLAN:NMC-3307711458}}
Newborn hearing screen: pass both ears. Hep B given {{DATE:9/2/23}} (lot Y3X2K1).
Security band: infant tag {{DEVICE:HUGS-0044129}} paired to mother band {{DEVICE:HUGS-M-0044130}}
Footprints taken: card {{BIOMETRIC:FP-NB-230902-0217}} (scanned to chart)
Birth certificate worksheet completed by {{NAME:Rosalinda Apodaca}}, clerk; state file no. {{ID:2023-NM-041187}}
Pediatrician on discharge: Dr. {{NAME:Celia Ortiz}} at {{FACILITY:Arroyo Seco Pediatrics}}, fax {{FAX:575-555-0185}}
Photo for bassinet card: {{PHOTO:NB_VILLALOBOS_20230902_0501.jpg}} (parent consent Y)`,
  `CONSENT TO PHOTOGRAPH / VIDEO RECORD - {{FACILITY:Pinecrest Rehabilitation & Nursing}}
Resident: {{NAME:Halvorsen, Walter E.}}   Resident # {{MRN:PCR-20117}}   DOB {{DATE:01/09/1928}}
Purpose: [x] identification photo for MAR / chart   [x] wound documentation   [ ] marketing (NOT authorized)
Consent given by: {{NAME:Wren Halvorsen}}, granddaughter / health care agent   {{DATE:11/30/2023}}
Witness: {{NAME:Ottilie Brandauer}}, LPN
Image log:
  {{DATE:2023-11-30 10:14}}  {{PHOTO:PCR20117_ID_front.jpg}}     ID photo, taken by {{NAME:O. Brandauer}}  (camera: unit iPad #3)
  {{DATE:2023-12-18 14:02}}  {{PHOTO:PCR20117_wound_sacrum_01.jpg}}   stage 2, 2.1 x 1.4 cm, {{NAME:T. Greenlee}} RN WCC
  {{DATE:2024-01-08 14:20}}  {{PHOTO:PCR20117_wound_sacrum_02.jpg}}   healing, 1.0 x 0.6 cm
  {{DATE:2024-03-17 09:30}}  re-take ID photo after hospital stay: {{PHOTO:PCR20117_ID_front_v2.jpg}}
Storage: uploaded to EHR media tab; local copies deleted by {{NAME:tgreenlee}} {{DATE:03/17/2024}}.
Revocation: agent may revoke in writing to Administrator {{NAME:Dana Whitlock}}, {{ADDRESS:2750 Old Dominion Rd}}, {{LOCATION:Roanoke}}, VA {{ZIP:24018}} or {{EMAIL:dwhitlock@pinecrestrehab.net}}.`,

  `VIDEO RECORDING AUTHORIZATION - EPILEPSY MONITORING UNIT
{{FACILITY:Three Rivers Neurology Associates}} / EMU at {{FACILITY:Thornbury Ridge Hospital}}, {{FACILITY:Allegheny 7}}
Patient: {{NAME:Achterberg-Reyes, Desmond}}   DOB {{DATE:06/08/1988}}   MRN {{MRN:FR-0661203}}
I agree to continuous video-EEG recording from {{DATE:03/25/2024}} to {{DATE:03/29/2024}} for diagnosis. Recordings may show my face and body and visitors' faces.
Visitors informed: {{NAME:Carla Achterberg-Reyes}} (spouse), {{NAME:Nico}} (brother)
Recordings:
  {{PHOTO:EMU7_R3_20240325_1402_ACHTERBERG.mp4}}  (baseline, 6 h)
  {{PHOTO:EMU7_R3_20240327_0318_event01.mp4}}   (push-button event, clip 4 min)
  {{PHOTO:EMU7_R3_20240328_2245_event02.mp4}}   (push-button event, clip 3 min)
Teaching use: [x] clips may be shown to trainees with face blurred   [ ] without blurring
Signature: {{NAME:D. Achterberg-Reyes}}   {{DATE:3/25/24}} 13:40
Explained by: {{NAME:Vivian Mbeki}}, R. EEG T., ABRET cert. {{LICENSE:R-044718}}
Archive: clips burned to disc {{ID:EMU-ARC-24-0117}} and sent with report to Dr. {{NAME:Venkataraman}}; disc return address {{ADDRESS:4 Smithfield St, Suite 800}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15222}}.`,

  `TELEHEALTH SESSION RECORD + PHOTO CONSENT
Session ID: {{ID:TH-7731-0924}}   Platform: clinic video   Start {{DATE:2024-03-08T16:30:02-05:00}}  End 16:52:40
Clinician: {{NAME:Yasmin Qureshi}}, MD, {{FACILITY:Lowcountry Harbor Health}} Wound Clinic   Location of clinician: {{LOCATION:Mount Pleasant}}, SC
Patient: {{NAME:Delphine M. Pinckney}}   MRN {{MRN:LHH00881206}}   age {{AGE:90}}? (DOB on file {{DATE:03/01/1946}} -> age 78; corrected)
Patient location: home, {{ADDRESS:14 Fishburne St}}, {{LOCATION:Charleston}}; assisted by son {{NAME:Marcus}} who held the phone
Patient IP: {{IP:68.58.201.144}}   Clinician IP: {{IP:10.77.4.22}}
Identity verified by name + DOB and by comparing with chart photo {{PHOTO:LHH00881206_reg_20240318.jpg}}
Screenshots captured with verbal consent (recorded at 16:31):
  {{PHOTO:TH-7731-0924_cap01.png}}  L heel ulcer
  {{PHOTO:TH-7731-0924_cap02.png}}  L heel ulcer with ruler
Video not recorded. Follow-up in person {{DATE:Friday 3/15}} at {{FACILITY:Lowcountry Harbor Health - West Ashley}}, {{ADDRESS:1819 Sam Rittenberg Blvd}}.
Note signed {{DATE:03/08/2024 17:05}} by {{NAME:Y. Qureshi}}`,

  `MEDIA RELEASE - PATIENT STORY (marketing / newsletter)
{{FACILITY:St. Brendan's Regional Hospital}} Office of Communications
Patient: {{NAME:Tobi A. Oyelaran}}   Age 35   City: {{LOCATION:Cleveland}}
I authorize use of my name, photographs and video interview describing my spine surgery in print, on {{URL:https://www.stbrendansregional.org/stories}} and on social media.
Materials:
  {{PHOTO:SBRH_story_oyelaran_portrait_01.jpg}}   portrait, {{LOCATION:Edgewater Park}}
  {{PHOTO:SBRH_story_oyelaran_gym_04.jpg}}        at {{FACILITY:Detroit Shoreway CrossFit}}
  {{PHOTO:SBRH_story_oyelaran_interview.mov}}     12 min interview
Quote approval sent to {{EMAIL:tobi.oyelaran@fernmail.net}} on {{DATE:04/02/2024}}; approved {{DATE:04/03/2024}}.
This authorization expires {{DATE:04/03/2027}}. I understand I will not be paid. Surgeon quoted with permission: Dr. {{NAME:Ilse Marchetti}}.
Signed: {{NAME:Tobi Oyelaran}}   {{DATE:April 3, 2024}}   Witness: {{NAME:Darnell Whitcombe}}, Communications Specialist, {{PHONE:216-555-0129}}
Internal: asset IDs {{ID:DAM-55102}}-{{ID:DAM-55104}}; photographer {{NAME:Leila Ansari}} ({{EMAIL:lansari@leilaansariphoto.com}})`,
  `PATIENT BIOMETRIC ENROLLMENT LOG - palm-vein ID (registration kiosks)
site: {{FACILITY:Schuylkill Valley Hospital}}   kiosk: REG-K4 ({{IP:10.40.5.24}})   scanner model PV-300
ts                    mrn             patient                  template_id              quality  enrolled_by
{{DATE:2024-03-11 07:55:10}}   {{MRN:SVH4410297}}      {{NAME:OCASIO, MARIBEL}}          {{BIOMETRIC:PVT-SVH-00918834-R}}      0.93    {{NAME:mfontaine}}
{{DATE:2024-03-11 07:55:41}}   {{MRN:SVH4410297}}      {{NAME:OCASIO, MARIBEL}}          {{BIOMETRIC:PVT-SVH-00918835-L}}      0.88    {{NAME:mfontaine}}
{{DATE:2024-03-11 08:20:02}}   {{MRN:SVH4502231}}      {{NAME:DOUGHERTY, FRANCIS X}}     {{BIOMETRIC:PVT-SVH-00918840-R}}      0.61 RETRY {{NAME:mfontaine}}
{{DATE:2024-03-11 08:20:37}}   {{MRN:SVH4502231}}      {{NAME:DOUGHERTY, FRANCIS X}}     {{BIOMETRIC:PVT-SVH-00918841-R}}      0.90    {{NAME:mfontaine}}
{{DATE:2024-03-11 09:02:19}}   {{MRN:SVH3307718}}      {{NAME:ABERNATHY-OSEI, GRACE}}    DECLINED (religious)      -       {{NAME:rkapoor}}
{{DATE:2024-03-11 09:40:55}}   {{MRN:SVH4410911}}      {{NAME:TRAN, MINH}}               {{BIOMETRIC:PVT-SVH-00918852-R}}      0.95    {{NAME:rkapoor}}
note: {{NAME:DOUGHERTY}} age {{AGE:91}}, cool hands, first scan failed. {{NAME:Abernathy-Osei}} given photo-ID option instead ({{PHOTO:REG_SVH3307718_face.jpg}}).`,

  `BIOMETRIC AUDIT - fingerprint medication cabinet access (staff)
Cabinet: ADC-4E-01, {{FACILITY:Harbor Point Medical Center}}, 4 East
{{DATE:2024-03-12 02:14:33}}  user {{NAME:nkowalski}} ({{NAME:Natalia Kowalski}}, RN)  finger template {{BIOMETRIC:FT-004471-RI}}  match 0.97  PULL hydromorphone 1 mg for pt {{NAME:DELACROIX, M}} ({{MRN:00482913}})
{{DATE:2024-03-12 02:15:02}}  witness {{NAME:abuckley}} ({{NAME:Aisling Buckley}}, RN)  template {{BIOMETRIC:FT-004502-LI}}  match 0.91  WASTE 0.5 mg
{{DATE:2024-03-12 03:40:17}}  user {{NAME:nkowalski}}  template {{BIOMETRIC:FT-004471-RI}}  match 0.42  FAIL  -> override by badge {{ID:HP-44711}}
{{DATE:2024-03-12 03:40:49}}  user {{NAME:nkowalski}}  template {{BIOMETRIC:FT-004471-RM}} (alternate finger)  match 0.95  PULL ondansetron 4 mg for pt {{NAME:WHITCOMB, H}} ({{MRN:00391188}})
Discrepancy review {{DATE:03/12/2024}} by pharmacist {{NAME:Omar Khalidi}}: biometric fail followed by badge override; counts reconciled, no diversion concern.
Re-enrollment of {{NAME:Kowalski}}'s right index scheduled with Pyxis admin {{NAME:J. Ferro}}.`,

  `IRIS ENROLLMENT - PATIENT IDENTITY (EMPI positive-ID program)
Enrollment ID: {{ID:IRIS-EN-240318-0071}}   Date: {{DATE:2024-03-18T10:22:00}}   Location: {{FACILITY:Lowcountry Harbor Health}} registration, desk 3
Patient: {{NAME:PINCKNEY^DELPHINE^MARIE}}   MRN {{MRN:LHH00881206}}   DOB {{DATE:19460301}}
Consent form: {{ID:BIO-CONSENT-88102}} signed by patient; son {{NAME:Marcus Pinckney}} present
Left iris template:  {{BIOMETRIC:IRT-L-7f29a0c4e1b8}}   quality 84
Right iris template: {{BIOMETRIC:IRT-R-0b6d33f9a207}}   quality 79 (cataract noted, OD)
Face image for fallback: {{PHOTO:LHH00881206_reg_20240318.jpg}}
Camera serial: IRC-2200-0418 (registration equipment)
Operator: {{NAME:Kenyatta Grimball}}   workstation REG-03 {{IP:10.77.1.63}}
Duplicate check against EMPI: 0 matches > 0.85; closest {{MRN:LHH00412290}} ({{NAME:PINCKNEY, DELORES}}, DOB {{DATE:19480211}}) score 0.31 - not same person
Next visit verify at kiosk; if iris fails, use DOB + photo. Logged to {{URL:https://empi.lowcountryharbor.org/audit/IRIS-EN-240318-0071}}`,

  `TIME & ATTENDANCE / HOME-VISIT VERIFICATION - {{FACILITY:Tidewater Home Care Partners}}
EVV export week of {{DATE:03/11/2024}}   client {{NAME:Pinckney, Delphine}} (client # {{ID:THC-20417}}, Medicaid {{HEALTH_PLAN:8840177216}})
visit  aide                      check-in                 method               check-out       GPS at check-in
1  {{NAME:Shontae Middleton}}   {{DATE:03/11/2024 08:02}}  voiceprint {{BIOMETRIC:VP-88120-SM}}    10:01   {{ADDRESS:14 Fishburne St}}
2  {{NAME:Shontae Middleton}}   {{DATE:03/13/2024 08:05}}  voiceprint {{BIOMETRIC:VP-88120-SM}}    10:00   {{ADDRESS:14 Fishburne St}}
3  {{NAME:Ruthie Gadsden}}       {{DATE:03/15/2024 13:30}}  client phone {{PHONE:843-555-0125}}  15:28   {{ADDRESS:32.7891,-79.9512}}
4  {{NAME:Shontae Middleton}}   {{DATE:03/16/2024 08:11}}  voiceprint FAILED -> face {{PHOTO:EVV_0316_0811_SM.jpg}}  10:04   {{ADDRESS:14 Fishburne St}}
Exception: visit 3 GPS resolved to {{ADDRESS:Hampton Park, Rutledge Ave entrance}} (client walking with aide), approved by supervisor {{NAME:Lorna Pinkney-Bell}} {{DATE:3/18}}.
Aide vehicle for mileage: SC {{VEHICLE:RKT 448}}; aide {{NAME:Middleton}} employee # {{ID:THC-E-0771}}.`,

  `DEVICE & BIOMETRIC PAIRING - REMOTE PATIENT MONITORING ENROLLMENT
Program: {{FACILITY:Iron Range Cardiology}} heart-failure RPM   Enrolled {{DATE:05/20/2024}} by {{NAME:Heidi Saari}}, RN
Patient: {{NAME:Quist, Bartholomew}}   DOB {{DATE:12/12/1959}}   MRN {{MRN:IRC-0044190}}
Home: {{ADDRESS:3 Miners Lake Rd}}, {{LOCATION:Ely}}, MN {{ZIP:55731}}   (PO box for mail: {{ADDRESS:PO Box 318}})
Devices shipped:
  cellular hub  serial {{DEVICE:HUB-4G-5519027}}  IMEI {{DEVICE:356938035643809}}
  scale         serial {{DEVICE:SC-77120344}}  (BIA foot electrodes - weight-only mode)
  BP cuff       serial {{DEVICE:BPC-0042219}}
Scale user ID by footprint impedance profile: {{BIOMETRIC:BIA-PROF-0044190-A}} (patient) and {{BIOMETRIC:BIA-PROF-0044190-B}} (spouse {{NAME:Ingrid}}, readings excluded)
Hub MAC {{DEVICE:00:1B:44:11:3A:B7}}, first check-in from {{IP:198.51.100.90}} {{DATE:2024-05-21T06:02:11-05:00}}
Alert routing: nurse line {{PHONE:218-555-0168}}; after hours to {{FACILITY:North Shore Heart Institute}} HF team
RPM monthly billing posted to patient account {{ACCOUNT:IRC-PB-0044190-24}}
Patient portal link to readings: {{URL:https://rpm.ironrangecardio.com/p/IRC-0044190}}`,
];

export const HELDOUT_REALISTIC_87_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout87-${i + 1}`, n));
