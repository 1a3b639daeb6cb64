// A sixty-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; real towns, counties and
// streets appear only as places). Flavour: the administrative and health-information side of care -
// patient statements, 835 remittances, A/R, collection and bankruptcy account notes, prior auths,
// appeals, 271 eligibility and registration screens, ROI logs, HIPAA and Part 2 consents, coding/CDI
// queries, WC, disability and FMLA forms, subpoenas and custodian certificates, portal messages about
// bills, payment plans, charity care, COB/MSP, ABN, GFE, implant invoices, refunds, liens, vital
// records, registry abstracts, one MIMIC-style note. Heavy on numbers of every kind beside codes that
// are not PHI (CPT, HCPCS, ICD-10, DRG, revenue, CARC/RARC, POS, NDC, lot, BIN/PCN, payer IDs, money).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions in the header of
// heldout-realistic-6.ts. Decisions for shapes the guideline does not name:
// - titles, credentials and a possessive 's stay outside NAME; payer staff, adjusters, attorneys,
//   clerks, notaries, typist initials and a spelled-out name (A-I-Y-A-N-A) are NAME; "Baby Girl" and
//   "Boy" placeholders stay inside the NAME span.
// - insurers of every kind (health, WC, auto, life, disability), their units, payer IDs and their
//   toll-free and fax lines are not PHI, nor are government agencies (SSA, DDS, CMS, DCF, TennCare);
//   a named adjuster's, examiner's or nurse's direct line and email are PHONE/EMAIL.
// - member, subscriber, health-policy, group, RxGrp, MBI and Medicaid/CIN numbers: HEALTH_PLAN.
// - patient, guarantor, statement, invoice, receipt, encounter/FIN/CSN/HAR, claim/ICN, check, EFT,
//   bank/card last-four numbers and WC, disability, auto, liability and life policy/claim: ACCOUNT.
// - authorization, reference, trace, ticket, query, ROI, case/docket, Bates, incident, message,
//   login, employee, student, interpreter, specimen/accession, Rx, PO, copay-program numbers, an
//   NCPDP or CCN and a TIN/EIN: ID (a short form of one, "08121" for ROI-24-08121, too).
// - NPI, DEA, professional licences, bar and notary numbers, driver's licences/CDL: LICENSE (the
//   issuing state beside it stays outside). MRN, EMPI, VA ICN, program numbers: MRN.
// - device serials and modem IDs: DEVICE; model, REF and lot numbers are not PHI.
// - a masked SSN is one SSN span over the written token (XXX-XX-3195); "last 4 SSN 6620" -> SSN.
// - an extension written after a number is inside the PHONE span; an extension alone is PHONE.
// - a date range written as one token (20240222-20240222, 12/28/23-1/4/24) is one DATE span; with
//   words or spaces between, two. Month/year (03/2016, Dec 2023) is DATE; a year alone is not.
// - courts (whole name), law firms, collection agencies, billing and ROI vendors, employers, banks,
//   schools and pharmacies are FACILITY; a county alone is LOCATION (with the word County), as is a
//   city abbreviation (SA). Facility and firm street addresses and PO Boxes are ADDRESS.
// - web addresses are URL, IP addresses IP, plates and VINs VEHICLE.
// First run (token recall / precision, before anyone read the misses): pass-14 final engine
// (34e6a79; the pass-15 speed changes leave its output the same) 0.9680 / 0.9405; pass-15 final engine
// (6bfffbb) 0.9680 / 0.9405. Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine; it reported no slips left unfixed.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:RIVERBEND REGIONAL MEDICAL CENTER}}
Patient Financial Services
{{ADDRESS:PO Box 4471, Dept 220}}
{{LOCATION:Toledo}}, OH {{ZIP:43601-4471}}
Questions? Call {{PHONE:419-555-0133}} M-F 8a-5p

STATEMENT DATE: {{DATE:04/02/2024}}          PAY BY: {{DATE:04/27/2024}}
GUARANTOR: {{NAME:KOWALCZYK, TERESA M}}
ACCOUNT #: {{ACCOUNT:7700318842}}
PATIENT: {{NAME:Kowalczyk, Adam J}}          DOB: {{DATE:11/19/2009}}

DOS       DESCRIPTION            CPT    CHARGES    INS PAID   ADJ       YOU OWE
{{DATE:02/14/24}}  ED VISIT LEVEL 4       99284  $1,412.00  $866.10    $345.90   $200.00
{{DATE:02/14/24}}  XR ANKLE 3+ VIEWS      73610  $318.00    $141.22    $76.78    $100.00
{{DATE:02/14/24}}  SPLINT SHORT LEG       29515  $226.00    $0.00      $0.00     $226.00 *

Insurance billed: Buckeye Shield PPO   Member ID: {{HEALTH_PLAN:BKS884102377}}   Group: {{HEALTH_PLAN:0041725}}
* Claim {{ACCOUNT:24046E118392}} line 3 denied CO-16 (missing info). We have re-billed; no action is needed from you.

AMOUNT DUE: $526.00
Pay online at {{URL:https://pay.riverbendrmc.org/quickpay}} or mail the stub below.
Make checks payable to {{FACILITY:Riverbend Regional Medical Center}}. Write your account number on the check.`,

  `ELECTRONIC REMITTANCE ADVICE (835) - PROVIDER COPY
Payer: CASCADIA CARE PLAN            Payer ID: 93210
Payee: {{FACILITY:LAKESHORE ORTHOPEDIC ASSOCIATES}}   NPI {{LICENSE:1457390218}}   TIN {{ID:84-3920715}}
EFT Trace #: {{ACCOUNT:000918273645}}   Production Date: {{DATE:20240318}}   Total Paid: $1,245.19

CLM 1 of 2
Patient: {{NAME:NGUYEN, THI HOA}}          Member ID: {{HEALTH_PLAN:CCP7731902-01}}
Payer Claim #: {{ACCOUNT:2024071300412}}   Patient Acct: {{ACCOUNT:LOA2231907}}
Rendering: {{NAME:OKONKWO, CHIDI E}} MD   NPI {{LICENSE:1902873345}}
Svc Dates: {{DATE:20240222-20240222}}   POS 22   Status 1 (processed as primary)
LN  PROC   MOD  BILLED    ALLOWED   PAID      GRP/CARC
1   29881  RT   3,800.00  1,402.50  1,122.00  CO-45 2,397.50  PR-2 280.50
2   J1030       42.00     11.80     9.44      CO-45 30.20     PR-2 2.36
RARC: N381 M15

CLM 2 of 2
Patient: {{NAME:ABERNATHY, ROSS}}          Member ID: {{HEALTH_PLAN:CCP5520148-03}}
Payer Claim #: {{ACCOUNT:2024071300877}}   Patient Acct: {{ACCOUNT:LOA2233054}}
Svc Dates: {{DATE:20240226-20240226}}
1   99214  25   310.00    143.75    113.75    CO-45 166.25    PR-3 30.00
2   20610  RT   265.00    0.00      0.00      CO-97 265.00
note: 20610 bundled into E/M, send to coding for mod 59/XS review -- {{NAME:jt}}`,

  `ACCT NOTES - HB A/R FOLLOW-UP          Acct {{ACCOUNT:40018873521}}   Pt: {{NAME:Haile, Meseret}}
FIN {{ACCOUNT:9120044718}}  MRN {{MRN:E0193827}}  Ins: TRI-STATE HEALTH ALLIANCE HMO  Sub ID {{HEALTH_PLAN:TSH00288134}}

{{DATE:03/05/2024 09:12}} {{NAME:KLM}}  Claim denied CO-197 (precert absent) for IP stay {{DATE:1/28-2/2/24}}, DRG 871. Called payer prov svcs 1-800-555-0199, spoke w/ {{NAME:Derrick}}, call ref# {{ID:TS-20240305-44817}}. Auth was obtained by UR under {{ID:A2401-773920}} but attached to wrong NPI ({{LICENSE:1093378811}} vs facility {{LICENSE:1386620047}}). Rep will re-link.
{{DATE:03/05/2024 09:40}} {{NAME:KLM}}  Sent corrected claim freq 7, orig ICN {{ACCOUNT:22402800193640}}. Tickle 14d.
{{DATE:03/19/2024 14:02}} {{NAME:rpd}}  No response on payer portal. Status "in review". Escalated to rep line.
{{DATE:03/27/24 10:15}} {{NAME:rpd}}  Paid $14,882.16 chk# {{ACCOUNT:7730019}} dated {{DATE:3/25/24}}. Contractual adj posted, remaining PR $1,500 ded -> pt stmt cycle. Pt's husband {{NAME:Dawit}} called re bill, verified w/ DOB {{DATE:07/30/1971}} + last 4 SSN {{SSN:6620}}, explained deductible. Closed.`,

  `FAX -- PRIOR AUTHORIZATION REQUEST -- OUTPATIENT ADVANCED IMAGING
To: Keystone Mutual Health UM Dept   Fax 1-888-555-0147
From: {{FACILITY:Mesa Vista Family Medicine}}   Fax {{FAX:(505) 555-0162}}   Ph {{PHONE:(505) 555-0161}}
Date sent: {{DATE:05/06/2024}}   Pages: 4 (incl cover)   Urgency: standard

MEMBER INFORMATION
Name: {{NAME:Yazzie, Loretta B.}}      DOB: {{DATE:09/02/1958}}
Member #: {{HEALTH_PLAN:KMH-448201937}}    Group #: {{HEALTH_PLAN:NM55102}}
Address: {{ADDRESS:38 Camino del Sol}}, {{LOCATION:Gallup}}, NM {{ZIP:87301}}   Phone: {{PHONE:505-555-0118}}

ORDERING PROVIDER
{{NAME:Ramon Ibarra-Chee}}, DO   NPI {{LICENSE:1326004581}}   Tax ID {{ID:85-1183920}}

SERVICE REQUESTED
CPT 72148 MRI lumbar spine w/o contrast, qty 1
Dx: M54.16 lumbar radiculopathy; M51.26 disc displacement
Site: {{FACILITY:Red Rock Imaging Center}}, NPI {{LICENSE:1770542209}}
Clinical: 65 y/o F, 8 wks L leg pain, failed 6 wks PT at {{FACILITY:High Desert Physical Therapy}} + naproxen 500 mg BID, gabapentin 300 mg TID. +SLR on L at 40 deg, EHL 4/5. No red flags. Prior XR {{DATE:3/11/24}} mild DDD L4-5.
Questions: {{NAME:Brandi}} (PA coordinator) ext {{PHONE:2204}}`,

  `KEYSTONE MUTUAL HEALTH
Utilization Management
                                                   {{DATE:May 9, 2024}}
{{NAME:LORETTA B YAZZIE}}
{{ADDRESS:38 CAMINO DEL SOL}}
{{LOCATION:GALLUP}} NM {{ZIP:87301}}

RE: Authorization Approved
Member ID: {{HEALTH_PLAN:KMH-448201937}}
Authorization #: {{ID:UM24-0509-118273}}
Requesting provider: {{NAME:Ramon Ibarra-Chee}}, DO
Servicing facility: {{FACILITY:Red Rock Imaging Center}}

Dear Ms. {{NAME:Yazzie}}:
We have approved the following service: MRI lumbar spine without contrast (72148), 1 unit.
Valid from {{DATE:05/09/2024}} through {{DATE:08/07/2024}}.
This approval is based on the information we received and on medical necessity criteria (InterQual 2024). It is not a guarantee of payment. Benefits are subject to eligibility on the date of service, your deductible ($1,750.00) and coinsurance (20%).

If you have questions, call Member Services at 1-800-555-0120 (TTY 711), Monday-Friday.
Sincerely,
{{NAME:Gretchen Vandermolen}}, RN
Utilization Review Nurse
cc: {{FACILITY:Mesa Vista Family Medicine}}  fax {{FAX:505-555-0162}}`,

  `{{FACILITY:Bayou Children's Pulmonary Clinic}}
{{ADDRESS:2210 Jefferson Hwy, Suite 400}}
{{LOCATION:Metairie}}, LA {{ZIP:70001}}
Tel {{PHONE:504-555-0170}} | Fax {{FAX:504-555-0171}}

{{DATE:June 3rd, 2024}}

Gulf Coast Health Partners - Appeals & Grievances (submitted via provider portal)

RE: FIRST-LEVEL APPEAL - EXPEDITED
Patient: {{NAME:Thibodeaux, Jaylen}}   DOB {{DATE:02/17/2016}}
Member ID {{HEALTH_PLAN:GCH9920417703}}   Claim/Ref: {{ACCOUNT:GC24-1180372}}
Denial letter dated {{DATE:05/22/2024}}, reason: "not medically necessary"

To the reviewing physician:
I am writing to appeal the denial of dornase alfa (Pulmozyme) 2.5 mg inhaled daily for my patient, an 8-year-old with cystic fibrosis (E84.0), F508del homozygous. FEV1 has fallen from 91% to 74% predicted over 10 months; sweat chloride 108 mmol/L; sputum grew Pseudomonas twice this year. Dornase is standard of care per CFF guidelines. He also takes elexacaftor/tezacaftor/ivacaftor and hypertonic saline 7%.

Please contact my office to arrange a peer-to-peer. Attached: clinic notes {{DATE:4/2/24}} and {{DATE:5/14/24}}; PFTs; culture reports.

Respectfully,
{{NAME:Aurelie Fontenot-Batiste}}, MD
Pediatric Pulmonology, NPI {{LICENSE:1548209936}}`,

  `ELIGIBILITY & BENEFITS RESPONSE (271)
Run: {{DATE:07/15/2024 06:44:10}}   User: {{ID:amedina04}}   Trace: {{ID:EV884120937}}
Payer: MEDICARE PART A/B   Payer ID 00431

SUBSCRIBER
  Name ........ {{NAME:DELACROIX, MARIE-ANGE}}
  MBI ......... {{HEALTH_PLAN:7QK2-TR4-MN61}}
  DOB ......... {{DATE:12/01/1933}}   Age: {{AGE:90}}   Sex: F
  Address ..... {{ADDRESS:1147 NW 61ST ST}}  {{LOCATION:MIAMI}} FL {{ZIP:33127}}
COVERAGE
  Part A  active  eff {{DATE:12/01/1998}}
  Part B  active  eff {{DATE:12/01/1998}}
  Part D  -- not returned
  Part B deductible 2024: $240.00   met: $240.00
  SNF days used: 0 / 100   Lifetime reserve days left: 60
OTHER PAYER (MSP)
  Medigap plan G - SUNCOAST SENIOR SUPPLEMENT   policy {{HEALTH_PLAN:SSS-00492817}}
  MA plan: none on file
HOSPICE: none
HOME HEALTH EPISODE: {{DATE:06/02/2024}} - {{DATE:07/31/2024}}  {{FACILITY:Little Haiti Home Care Agency}}  NPI {{LICENSE:1659438810}}
Reg note: pt's dtr {{NAME:Nadege}} brought red/white/blue card + Medigap card; QMB application pending.`,

  `HIM RELEASE OF INFORMATION LOG - {{FACILITY:ST. BRIGID MEDICAL CENTER}} - wk of {{DATE:08/05/2024}}
REQ #         RCVD  PATIENT / MRN                         REQUESTER               PURPOSE     STATUS                 PGS  FEE
{{ID:ROI-24-08112}}  {{DATE:8/5}}   {{NAME:Castellano, Irene}} / {{MRN:001928374}}       {{FACILITY:Morgan & Pruitt LLP}}     litigation  sent {{DATE:8/7}} CD           212  $84.60
{{ID:ROI-24-08113}}  {{DATE:8/5}}   {{NAME:Oyelaran, Tunde}} / {{MRN:002200817}}         self via portal         cont care   sent {{DATE:8/5}}              38   $0.00
{{ID:ROI-24-08119}}  {{DATE:8/6}}   {{NAME:Brennan, Catherine "Kitty"}} / {{MRN:000448190}}  DDS (SSA)         disability  hold - need SSA-827 sig   --   --
{{ID:ROI-24-08121}}  {{DATE:8/6}}   {{NAME:Al-Sabbagh, Omar}} / {{MRN:003019955}}        Pinnacle Life Assurance  underwrite  REJ auth exp {{DATE:6/30/24}}   --   --
{{ID:ROI-24-08124}}  {{DATE:8/7}}   {{NAME:LeBlanc, Baby Girl}} / {{MRN:003311207}}      Dr. {{NAME:Sato}} (peds)       cont care   faxed {{DATE:8/7}} {{FAX:555-0193}}     19   $0.00
Processed by: {{NAME:DW}} / {{NAME:mq}}    QA 10% sample pulled {{DATE:8/9}}: 0 errors.
Note: {{ID:08121}} - letter mailed to requester citing expired authorization; pt may re-sign.`,

  `AUTHORIZATION FOR USE AND DISCLOSURE OF PROTECTED HEALTH INFORMATION
{{FACILITY:Prairie Lakes Health System}} - Health Information Management

Patient name: {{NAME:Soren P. Lindqvist}}    Other names used: {{NAME:Soren Lindquist-Hale}}
DOB: {{DATE:1984-03-22}}   MRN: {{MRN:PLH0083316}}   Phone: {{PHONE:(605) 555-0114}}
Address: {{ADDRESS:904 S Phillips Ave #12}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57104}}

I authorize release FROM: {{FACILITY:Prairie Lakes Health System}} (all locations)
TO: {{NAME:Karin Moberg}}, LPC, {{FACILITY:Riverside Counseling Collective}}, {{ADDRESS:221 E 8th St}}, {{LOCATION:Sioux Falls}} SD {{ZIP:57103}}, fax {{FAX:605-555-0188}}
Information: [x] discharge summary  [x] medication list  [ ] HIV/STD  [ ] substance use (42 CFR Part 2)  [x] psych evaluations dated {{DATE:01/2024}} to {{DATE:03/2024}}
Purpose: continuity of care
This authorization expires on {{DATE:12/31/2024}} or upon the following event: ______
I understand I may revoke this authorization in writing at any time.
Signature: /s/ {{NAME:S. Lindqvist}}    Date: {{DATE:4/18/2024}}
Witness: {{NAME:tg}}    ID verified: SD DL {{LICENSE:01938822}}`,

  `PHYSICIAN DOCUMENTATION QUERY - CLINICAL VALIDATION
Query ID: {{ID:Q-0048817}}   Sent: {{DATE:10/02/2024}}   Response requested within 48 hrs
To: Dr. {{NAME:Priya Raghunathan}}, Hospitalist   (attending of record: Dr. {{NAME:Abimbola Adeyemi}})
From: {{NAME:Monica Ferreira}}, RHIT, CCS - Coding/CDI, x{{PHONE:4471}}
Patient: {{NAME:WOJCIK, STANLEY}}   HAR {{ACCOUNT:5520193384}}   MRN {{MRN:7748120}}
Adm {{DATE:09/27/2024}}   D/C {{DATE:10/01/2024}}   Unit: {{FACILITY:Kessler 4}} bed 12

Clinical indicators in the record:
- ED note {{DATE:9/27}}: "AMS, lactate 4.1, BP 82/50, HR 118, WBC 18.6"
- Blood cx 2/2 E. coli; UA >50 WBC, nitrite +
- Received 30 mL/kg LR; norepinephrine 0.08 mcg/kg/min x 14 hrs in MICU
- Progress note {{DATE:9/29}}: "UTI, improving"
The discharge summary lists "UTI" only. Based on your clinical judgment, please clarify the condition treated:
[ ] Sepsis due to E. coli UTI, present on admission
[ ] Severe sepsis with septic shock (R65.21)
[ ] UTI without sepsis
[ ] Other ____________   [ ] Unable to determine
Respond in the EHR query inbox. This query is not intended to lead to any particular answer.`,

  `EMPLOYER'S FIRST REPORT OF INJURY OR ILLNESS
Carrier claim no.: {{ACCOUNT:WC-7720-448193}}     Date received: {{DATE:11-Jan-2024}}
EMPLOYEE
Name: {{NAME:Ramirez Ochoa, Jesus Alberto}}   SSN: {{SSN:XXX-XX-3195}}   DOB: {{DATE:08/14/1979}}
Home: {{ADDRESS:6120 Rosecrans Ave Apt 7}}, {{LOCATION:Paramount}}, CA {{ZIP:90723}}   Cell {{PHONE:562-555-0139}}
Occupation: forklift operator   Hire date: {{DATE:03/2016}}   Employee ID: {{ID:E048812}}
EMPLOYER
{{FACILITY:Pacific Rim Cold Storage, Inc.}}   FEIN {{ID:95-4418207}}
Location of injury: {{ADDRESS:1800 E Victoria St}}, Dock 6, {{LOCATION:Rancho Dominguez}} CA {{ZIP:90220}}
Policy no.: {{ACCOUNT:WCP-3390128-02}}   Carrier: Golden State Casualty Mutual
INJURY
Date/time: {{DATE:01/09/2024 02:15}}   Shift began 22:00
Description: pallet shifted while unloading trailer (plate {{VEHICLE:4TKX219}}); R foot pinned against dock plate by forklift (Crown RC 5500, unit 14).
Treated at: {{FACILITY:Dominguez Valley Urgent Care}}, then {{FACILITY:St. Vincent Harbor Hospital}} ED; XR nondisplaced 3rd metatarsal fx.
Lost time: yes, from {{DATE:01/09/2024}}
Supervisor: {{NAME:Dale "Butch" Henning}}    Prepared by: {{NAME:K. Vo}}, HR, {{PHONE:(310) 555-0126}}`,

  `WORK STATUS REPORT / PR-2 PROGRESS
Claimant: {{NAME:Jesus Ramirez}}   Claim # {{ACCOUNT:WC-7720-448193}}   DOI {{DATE:1/9/24}}
Employer: {{FACILITY:Pacific Rim Cold Storage}}
Adjuster: {{NAME:Tamsin Achebe}}  {{PHONE:(916) 555-0152}} / {{EMAIL:tachebe@gscmutual.com}}
Exam date: {{DATE:02/06/2024}}   Visit #4   Treating: {{NAME:Lucia Montenegro}}, MD (occ med)   CA Lic. {{LICENSE:A 148822}}

S: R foot pain 3/10, down from 7/10. Walking in CAM boot. Ibuprofen 600 mg TID prn.
O: mild dorsal swelling, TTP 3rd MT shaft. XR today: callus, alignment maintained.
A: Closed nondisplaced fx R 3rd metatarsal, routine healing (S92.331D).
P: wean boot over 2 wks; PT 2x/wk x 4 wks at {{FACILITY:Southbay Rehab & Sports}}. RTC 3 wks.
WORK STATUS: [ ] regular duty  [x] modified duty from {{DATE:02/06/2024}} to {{DATE:02/27/2024}}: seated work only, no forklift, no ladders, lifting <10 lb, 4-hr shifts.
MMI: not yet.  Causation: industrial, 100%.
I declare under penalty of perjury that this report is true and correct.
Signed {{NAME:L. Montenegro}} MD   {{DATE:2/6/2024}}   {{LOCATION:Long Beach}}, California`,

  `ATTENDING PHYSICIAN STATEMENT - SHORT TERM DISABILITY
Claim No. {{ACCOUNT:STD-5510984}}   Policy: {{ACCOUNT:0088123-STD}}   Insurer: Northstar Benefit Life
Employee: {{NAME:Siddiqui, Farah N.}}   DOB {{DATE:05-19-1990}}   Employer: {{FACILITY:Brightline Logistics LLC}}
Diagnosis: O14.13 severe pre-eclampsia, third trimester; Z3A.34
First treated for this condition: {{DATE:04/01/2024}}
Hospital: {{FACILITY:Mercy Lakeside Women's Pavilion}}, {{DATE:04/01/24}} to {{DATE:04/06/24}}
Delivery: cesarean {{DATE:04/03/2024}} (expected delivery date was {{DATE:05/08/2024}})
Restrictions: no lifting >10 lb x 6 wks; no driving x 2 wks
Estimated return to work: {{DATE:06/03/2024}}
Physician: {{NAME:Grace Oyelowo-Park}}, MD, OB/GYN   IL Lic {{LICENSE:036-128844}}   NPI {{LICENSE:1124093378}}
Office: {{FACILITY:Lakeside OB/GYN Partners}}, {{ADDRESS:400 N Michigan Ave Fl 9}}, {{LOCATION:Chicago}} IL {{ZIP:60611}}
Phone {{PHONE:312.555.0147}}   Fax {{FAX:312.555.0148}}
Employee authorization on file dated {{DATE:4/10/2024}}.
Office note: form completed {{DATE:4/19}}; $25 form fee paid, receipt {{ACCOUNT:R-229104}}. -{{NAME:lw}}`,

  `CERTIFICATION OF HEALTH CARE PROVIDER FOR FAMILY MEMBER'S SERIOUS HEALTH CONDITION (FMLA)
Employer: {{FACILITY:Cuyahoga Falls City Schools}}     Employee: {{NAME:Beth Ann Szymanski}}
Patient (family member): {{NAME:Walter Szymanski}} (father)   DOB {{DATE:Feb 2, 1934}}   age {{AGE:90}}
Provider: {{NAME:Hamid Karimi}}, MD, Geriatrics
Practice: {{FACILITY:Summit Senior Health}}, {{ADDRESS:2750 State Rd Ste 110}}, {{LOCATION:Cuyahoga Falls}} OH {{ZIP:44223}}

PART B - condition began {{DATE:11/2023}}; probable duration: lifetime.
Inpatient at {{FACILITY:Falls General Hospital}} {{DATE:12/28/23-1/4/24}} (CHF exacerbation, EF 25%, NYHA III); follow-up cardiology q2-4 wks.
Care needed: transport to appointments, medication set-up (furosemide 40 mg BID, metoprolol succinate 50 mg, sacubitril/valsartan 24/26 mg BID), and full-time care during flare-ups.
Estimated flare-ups: 2 per month, 1-3 days each.
Signature: {{NAME:H. Karimi}} MD    Date: {{DATE:01/22/2024}}    Phone: {{PHONE:330-555-0190}}

HR use only: rec'd {{DATE:1/24/24}} {{NAME:pjh}}. Intermittent leave approved {{DATE:1/22/24}} through {{DATE:1/21/25}}, case {{ID:FMLA-24-0031}}.`,

  `IN THE {{FACILITY:CIRCUIT COURT OF COOK COUNTY}}, ILLINOIS
COUNTY DEPARTMENT, LAW DIVISION

{{NAME:DENISE MARIE HOLLOWAY}},            )
        Plaintiff,                    )    Case No. {{ID:2023 L 011482}}
    v.                                )
{{FACILITY:NORTHSHORE TRANSIT PARTNERS, LLC}} and   )
{{NAME:GERALD T. PIKE}},                  )
        Defendants.                   )

SUBPOENA IN A CIVIL MATTER (RECORDS ONLY)
To: Keeper of Records, {{FACILITY:Lincoln Park Orthopaedic & Spine Institute}}, {{ADDRESS:2515 N Clark St, Suite 800}}, {{LOCATION:Chicago}}, IL {{ZIP:60614}}

YOU ARE COMMANDED to produce a complete copy of all medical and billing records, including imaging, itemized statements and UB-04/CMS-1500 forms, for {{NAME:Denise M. Holloway}}, DOB {{DATE:07/06/1981}}, SSN {{SSN:XXX-XX-0714}}, dates of service {{DATE:March 2, 2022}} to present, on or before {{DATE:September 30, 2024}} at 10:00 a.m.
Deliver to: {{NAME:Alyssa K. Brandt}}, {{FACILITY:Brandt Okafor Injury Law}}, {{ADDRESS:180 N LaSalle St, Ste 2700}}, {{LOCATION:Chicago}} IL {{ZIP:60601}}; {{EMAIL:records@brandtokafor.law}}
Atty No. {{LICENSE:62218}}    Issued {{DATE:08/29/2024}}    Clerk: {{NAME:Iris Mendelsohn}}`,

  `CERTIFICATION OF CUSTODIAN OF RECORDS
Re: {{NAME:Holloway, Denise M}}   DOB {{DATE:7/6/1981}}   Our ref {{ID:LP-ROI-240911-07}}   Case {{ID:2023 L 011482}}

I, {{NAME:Tomasz Wisniewski}}, am the duly authorized custodian of records for {{FACILITY:Lincoln Park Orthopaedic & Spine Institute}} and have authority to certify the records produced. The enclosed 184 pages, Bates numbered {{ID:LPOSI-000001}} through {{ID:LPOSI-000184}}, plus 1 CD of imaging (MRI L-spine {{DATE:04/11/2022}}, XR {{DATE:03/02/2022}}), are true copies of all records described in the subpoena, prepared in the ordinary course of business at or near the time of the acts recorded. The itemized ledger for patient account {{ACCOUNT:LPO-0774120}} is included (total charges $48,915.00; payments $12,340.77; PIP carrier lien noted).
No records were withheld. Psychotherapy notes: none exist.

Signed: {{NAME:T. Wisniewski}}, RHIA, Director HIM      Date: {{DATE:09/16/2024}}

State of Illinois, {{LOCATION:Cook County}}
Subscribed and sworn before me on {{DATE:16 September 2024}}.
{{NAME:Renata Ibanez}}, Notary Public, commission no. {{LICENSE:889021}}, expires {{DATE:03/14/2027}}`,

  `REG/ADT - PATIENT DEMOGRAPHICS         Screen 2 of 5       {{DATE:04-NOV-2024 07:52}}   User {{ID:JREYES7}}
MRN: {{MRN:M00417722}}   EMPI: {{MRN:100938475521}}   FIN: {{ACCOUNT:24309005712}}   Pt type: OP-SDS
Last: {{NAME:TRAN}}              First: {{NAME:MINH KHOA}}          MI:
Preferred name: {{NAME:Kevin}}   Sex: M   DOB: {{DATE:06/23/1967}}   SSN: {{SSN:612-55-0931}}
Addr: {{ADDRESS:15821 BROOKHURST ST UNIT 204}}
City: {{LOCATION:WESTMINSTER}}   St: CA   Zip: {{ZIP:92683}}   County: {{LOCATION:ORANGE}}
Home ph: {{PHONE:(714) 555-0183}}   Cell: {{PHONE:(714) 555-0109}}   Email: {{EMAIL:minhkhoa.tran67@mailbox.net}}
Language: Vietnamese - interpreter Y   Marital: M   Religion: Buddhist
Employer: {{FACILITY:Little Saigon Auto Body}}   Occ: owner   Emp ph: {{PHONE:714-555-0115}}
NOK/Emerg: {{NAME:Tran, Lan Phuong}} (spouse)  {{PHONE:714-555-0117}}
PCP: {{NAME:Dinh, Bao Q}} MD    Ref MD: {{NAME:Sandoval}}
Guarantor: self
Ins 1: PACIFIC CREST HMO   ID {{HEALTH_PLAN:PCH6600129884}}   Grp {{HEALTH_PLAN:G-7715}}   Subscriber: self
Ins 2: MEDI-CAL   CIN {{HEALTH_PLAN:91827364A}}
Photo ID: CA DL {{LICENSE:D4471920}} scanned; ins card front/back on file
Adv directive: N    Portal: invite sent`,

  `Portal message - Billing Customer Service
Msg ID {{ID:PM-77190342}}   From: {{NAME:Olusegun Bankole}} (patient)   Sent {{DATE:Tue 2/13/2024 9:47 PM}}
Subject: why was I charged twice??

hi, I got 2 bills for my colonoscopy on {{DATE:jan 8}}, one from the hospital (acct {{ACCOUNT:88120044}}) and another one from {{FACILITY:Great Lakes Anesthesia Group}} for $1,120. I thought screening was covered 100%?? my insurance is Lakeshore Blue PPO, member {{HEALTH_PLAN:LBX220049187}}. please call me at {{PHONE:616-555-0144}} after 5. thanks, {{NAME:Segun}}

----- Reply from {{NAME:Hye-jin}} in Patient Financial Services, {{DATE:2/14/2024 10:03 AM}} -----
Hello Mr. {{NAME:Bankole}}, thank you for reaching out. The two statements are from different providers: the hospital facility charge (45385) and the anesthesia professional fee (00811). Because a polyp was removed, the claim went out without the PT modifier and was processed as diagnostic. We corrected and rebilled it as claim {{ACCOUNT:24044H0019928}}. Please disregard the statement dated {{DATE:02/01/2024}} while we wait for your plan. For the anesthesia bill, please call {{FACILITY:Great Lakes Anesthesia Group}} at {{PHONE:616-555-0175}}.
{{NAME:Hye-jin K.}}, PFS Rep II`,

  `PAYMENT ARRANGEMENT AGREEMENT
{{FACILITY:Valley of the Sun Physicians Group}} - Central Billing Office
Guarantor: {{NAME:Esperanza Villalobos}}     Guarantor #: {{ACCOUNT:G-0093317}}
Phone on file: {{PHONE:480-555-0128}}
Address: {{ADDRESS:2245 W Southern Ave Lot 88}}, {{LOCATION:Mesa}} AZ {{ZIP:85202}}

Accounts included:
  {{ACCOUNT:VSP-118827}}  pt {{NAME:Mateo Villalobos}}      DOS {{DATE:10/12/2023}}  bal $640.00
  {{ACCOUNT:VSP-121409}}  pt {{NAME:Esperanza Villalobos}}  DOS {{DATE:12/01/2023}}  bal $1,185.35
  {{ACCOUNT:VSP-124770}}  pt {{NAME:Mateo Villalobos}}      DOS {{DATE:01/19/2024}}  bal $310.00
Total: $2,135.35    Monthly: $125.00 x 17, final payment $10.35
Draft date: 15th of each month starting {{DATE:03/15/2024}}
Method: debit card ending {{ACCOUNT:4471}}
Two missed payments void this agreement, and the remaining balance may be referred to {{FACILITY:Cactus Recovery Services}}.
No interest is charged while the plan is current.

Guarantor signature: {{NAME:E. Villalobos}}   {{DATE:2/20/24}}
Rep: {{NAME:Andrea Quispe}}  ext. {{PHONE:3318}}`,

  `FINANCIAL ASSISTANCE (CHARITY CARE) - SCREENING WORKSHEET
Applicant: {{NAME:Abdirahman Hassan Farah}}   DOB {{DATE:1/1/1975}}   Accts: {{ACCOUNT:CH4409127}}, {{ACCOUNT:CH4411860}}
Household: self, wife {{NAME:Hodan}}, 4 children (ages 15, 12, 9, 3) = 6
Address: {{ADDRESS:1505 Riverside Ave S Apt 1114}}, {{LOCATION:Minneapolis}} MN {{ZIP:55454}}
Income: employed at {{FACILITY:Twin Cities Parcel Hub}} (sorter), $2,410 biweekly; wife no income
Annual: $62,660 -> 149% FPL (2024 guideline for 6 = $41,960)
Assets: checking approx $1,200 ({{FACILITY:North Star Credit Union}} acct ending {{ACCOUNT:0932}})
Insurance: MN Medical Assistance terminated {{DATE:03/31/2024}} at renewal; re-applied {{DATE:05/02/2024}}, MNsure case # {{ID:MNS-7720014}}
Documents rec'd: pay stubs x4, 2023 Form 1040, photo ID (MN DL {{LICENSE:H220118447551}})
Determination: 149% FPL -> 75% discount tier (policy FA-102). Presumptive eligibility not applied.
Approved {{DATE:06-10-2024}} by {{NAME:C. Abernathy-Lowe}}, Financial Counselor. Letter mailed; Somali interpreter by phone, interpreter ID {{ID:INT-55812}}.`,

  `PRE-COLLECTION REVIEW / BAD DEBT PLACEMENT
Guarantor: {{NAME:McAllister, Ronan P}}    Gtr ID {{ACCOUNT:300194482}}    SSN on file {{SSN:***-**-8840}}
Last known addr: {{ADDRESS:77 Pleasant St, 2nd fl}}, {{LOCATION:Worcester}} MA {{ZIP:01609}} (mail returned {{DATE:9/3/24}} "not deliverable as addressed")
Phones: {{PHONE:508-555-0142}} (disconnected), {{PHONE:774-555-0108}} (vm full)
Accounts:
  {{ACCOUNT:HB2281733}}   ED facility {{DATE:03/22/24}}    self-pay   $2,874.00   stmts x4, final notice {{DATE:08/01/24}}
  {{ACCOUNT:PB0991824}}   ED physician {{DATE:03/22/24}}   self-pay   $611.00
Charity screen: FA letter sent {{DATE:6/5/24}}, no application returned. Propensity-to-pay score 412 (low); not eligible for presumptive FA under policy FIN-210.
Medicaid search {{DATE:9/10/24}}: no active coverage found (MassHealth, 90-day lookback).
Placed with {{FACILITY:Bay Colony Recovery Associates}} on {{DATE:09/12/2024}}, placement file {{ID:BCR-0912-0044}}. Credit reporting: not before 365 days per policy and state law. Extraordinary collection actions: none.
-- {{NAME:J. Papadopoulos}}, PFS Supervisor`,

  `COORDINATION OF BENEFITS QUESTIONNAIRE - MEMBER RESPONSE (scanned, rec'd {{DATE:05/13/2024}})
Plan: Evergreen Peak Health    Member: {{NAME:Anjali Deshpande-Moore}}    ID {{HEALTH_PLAN:EPH118204733}}    DOB {{DATE:01/12/1984}}
1. Are you or any family member covered by another health plan?  YES
   Other plan: Cascade Federal Employees PPO
   Policyholder: {{NAME:Michael J. Moore}}   Policyholder DOB {{DATE:10/30/1982}}
   Policy # {{HEALTH_PLAN:R41193870}}   Group # {{HEALTH_PLAN:FEP-0118}}   Effective {{DATE:01/01/2021}}
   Policyholder employer: {{FACILITY:Cascade Timber Analytics}}
2. Dependents covered: {{NAME:Arjun Moore}} DOB {{DATE:03/03/2013}}; {{NAME:Leela Moore}} DOB {{DATE:08/19/2016}}
3. Is any claim related to an accident? NO     4. Medicare? NO
Signed {{NAME:Anjali D. Moore}}   {{DATE:5/9/24}}   phone {{PHONE:425-555-0153}}

Processor note: Birthday rule applied - member (January) is earlier in the year than policyholder (October), so Evergreen is primary for the children; Evergreen primary for member. COB updated {{DATE:5/14/2024}}; claims {{ACCOUNT:EP24-0330187}} and {{ACCOUNT:EP24-0402291}} reprocessed. -{{NAME:fbn}}`,

  `MEDICARE SECONDARY PAYER QUESTIONNAIRE
Completed at registration {{DATE:2024-08-21 10:06}} by {{NAME:S. Kapoor}} (reg clerk)
Patient: {{NAME:Herbert L. Quinlan}}    MBI {{HEALTH_PLAN:3FH7-WD2-KP08}}    Acct {{ACCOUNT:71200883941}}
PART I   Black lung benefits? No.  Government research program? No.  VA authorized this visit? No.  Work-related? No.
PART II  Is the illness/injury due to an accident? YES
         Date of accident: {{DATE:08/17/2024}}   Type: auto, rear-ended at {{ADDRESS:Washington Rd and Bower Hill Rd}}, {{LOCATION:Mt. Lebanon}} PA
         No-fault insurer: Three Rivers Auto Insurance, claim {{ACCOUNT:TRA-24-8817702}}, policyholder: self
         Liability insurer of other driver: unknown at this time
PART III ESRD? No.
PART IV  Age: 79. Currently employed? No, retired {{DATE:06/2010}}.
         Spouse employed? Yes - {{NAME:Joan Quinlan}}, {{FACILITY:Monongahela Pattern Works}} (60+ employees)
         Covered by spouse's GHP? YES - Keystone Mutual Health, member {{HEALTH_PLAN:KMH-600114020}}, group {{HEALTH_PLAN:MPW2200}}
RESULT: Accident-related services -> no-fault primary (value code 14). Other services -> spouse GHP primary, Medicare secondary (MSP type 12).
Patient signature on file. Reviewed {{DATE:8/21/24}} {{NAME:tlk}}.`,

  `ADVANCE BENEFICIARY NOTICE OF NONCOVERAGE (ABN)                          Form CMS-R-131
A. Notifier: {{FACILITY:Copper Basin Community Lab}}, {{ADDRESS:410 N Broad St}}, {{LOCATION:Globe}} AZ {{ZIP:85501}}, {{PHONE:928-555-0135}}
B. Patient Name: {{NAME:Manuelito, Harold}}        C. Identification Number: {{ID:REQ-2024-093318}}
D. Test                               E. Reason Medicare may not pay            F. Estimated Cost
   Vitamin D, 25-hydroxy (82306)         Not covered for the diagnosis given       $58.00
   Lipid panel (80061)                   Frequency limit; last paid {{DATE:11/02/2023}}   $41.00
G. OPTIONS:
   [x] OPTION 1. I want the tests listed above. You may ask to be paid now, but I also want Medicare billed for an official decision on payment.
   [ ] OPTION 2.   [ ] OPTION 3.
H. Additional information: ordered by {{NAME:Kee-Begay, Lorraine}}, FNP; pt is {{AGE:91}} y/o, reading glasses - notice read aloud by daughter {{NAME:Winona}}.
I. Signature: {{NAME:Harold Manuelito}} (X mark witnessed)     J. Date: {{DATE:07/08/2024}}
Lab use: accession {{ID:CB24-190-0077}} collected {{DATE:07/08/2024 08:20}} by {{NAME:rtw}}; MBI from requisition {{HEALTH_PLAN:5RN4-YT8-HA27}}; modifier GA appended to 82306 and 80061.`,

  `UR/UM NOTE - CONCURRENT REVIEW DENIAL / PEER-TO-PEER
Pt {{NAME:Fitzgerald-Osei, Naomi}}   MRN {{MRN:330087412}}   Rm 5W-22   Adm {{DATE:Sat 10/19/24}} via ED
Payer: Sunflower Prairie Medicare Advantage   ID {{HEALTH_PLAN:SPM77381092A}}   Review ref {{ID:CR-10212024-3371}}

{{DATE:10/21/24}} 1410 - Denial of inpatient level for {{DATE:10/19-10/21}}; observation approved only. Criteria cited: MCG (COPD exacerbation).
1425 - Notified attending Dr. {{NAME:Olufemi Ashworth}} (pgr {{PHONE:7712}}). P2P window closes {{DATE:10/22/24}} 1700; payer medical director Dr. {{NAME:Lisbeth Harrow}}.
1530 - P2P scheduled for {{DATE:10/22}} 0930, payer line 1-866-555-0107 opt 4, case {{ID:P2P-558201}}.
{{DATE:10/22 1005}} - P2P completed. Facts given: BiPAP 14/8 x 36 h, pH 7.29, pCO2 68, GOLD E, 2 midnights expected. Director overturned -> IP approved from {{DATE:10/19/2024}}, auth {{ID:IP-24-7719203}}, next review {{DATE:10/24}}.
Pt and husband {{NAME:Kofi}} informed; MOON not needed now (IP order in place since admit).
-- {{NAME:Carmen Ruiz-Delgado}}, RN CM   x{{PHONE:5582}}`,

  `DME ORDER / PRIOR AUTH - POSITIVE AIRWAY PRESSURE
Supplier: {{FACILITY:Granite State Home Medical}}   NPI {{LICENSE:1295830467}}   ph {{PHONE:603-555-0166}}
Beneficiary: {{NAME:Pelletier, Gilles R}}   DOB {{DATE:4/4/1956}}   Plan ID {{HEALTH_PLAN:HNE-220193847}}
Address: {{ADDRESS:48 Lafayette Rd}}, {{LOCATION:Hampton}} NH {{ZIP:03842}}
Items: E0601 CPAP; E0562 heated humidifier; A7030 full face mask; A7035 headgear; A4604 heated tubing
Device: AirSense 11 AutoSet, SN {{DEVICE:23213558012}}, modem ID {{DEVICE:CM4471009213}}; mask F20 size M
Qualifying HST {{DATE:01/15/2024}}: AHI 27.4/h, ODI 24, nadir SpO2 81%. Face-to-face {{DATE:01/29/2024}} with {{NAME:Yusuf Demir}}, MD (sleep), NPI {{LICENSE:1003381926}}.
Compliance download {{DATE:03/01/2024-03/30/2024}}: use >=4 h on 24/30 nights (80%), avg 6 h 12 min, residual AHI 2.1, 95th pct leak 18 L/min. Re-eval visit {{DATE:04/04/2024}} documents benefit (ESS 15 -> 6).
Auth {{ID:PA-DME-0044187}}: approved 13-month capped rental from {{DATE:2/5/24}}; supplies per usual frequency.
Delivered/setup by RT {{NAME:Noreen Ouellette}} {{DATE:02/05/2024}}; pt signed proof of delivery.`,

  `NOTICE OF OVERPAYMENT                                               {{DATE:July 22, 2024}}
To: {{FACILITY:Hilltop Internal Medicine PC}}, Attn: Billing
{{ADDRESS:5 Medical Park Dr}}, {{LOCATION:Morgantown}} WV {{ZIP:26505}}
Provider TIN {{ID:55-0719932}}    NPI {{LICENSE:1801944326}}

Mountaineer Health Plan has identified the following overpayments:

Patient: {{NAME:Shultz, Eleanor}}     Member {{HEALTH_PLAN:MHP30018842}}
Claim {{ACCOUNT:MH2024033100781}}   DOS {{DATE:03/12/2024}}   paid $186.40   correct $0.00
Reason: retroactive termination of coverage effective {{DATE:02/29/2024}}.

Patient: {{NAME:Boateng, Kwabena}}    Member {{HEALTH_PLAN:MHP30021907}}
Claim {{ACCOUNT:MH2024040900212}}   DOS {{DATE:04/02/2024}}   99215 paid; records support 99213. Overpaid $71.66.

Total due: $258.06. Recovery ID {{ID:OVP-2407-33812}}. If not refunded within 45 days of this letter, the amount will be offset against future payments. Questions: Provider Recovery Unit 1-877-555-0131. To dispute the coding finding, send records to {{NAME:Lorraine Dubicki}}, Recovery Analyst, {{EMAIL:ldubicki@mountaineerhp.com}}.`,

  `CREDIT BALANCE REVIEW - PATIENT REFUND
Acct {{ACCOUNT:510-0088173}}   Pt {{NAME:Ferreira, Joao Paulo}}   Gtr: same   DOS {{DATE:12.11.2023}}
Ledger:
 {{DATE:12/11/23}}  charges 99203, 93000, 81002 ........................ $412.00
 {{DATE:12/11/23}}  pt copay cash, receipt {{ACCOUNT:C-44120}} ................ -$40.00
 {{DATE:01/09/24}}  pt pmt card ending {{ACCOUNT:9021}} (after stmt 1) ........ -$96.35
 {{DATE:02/20/24}}  ins pmt Coastal Keystone PPO, EFT {{ACCOUNT:88410029377}} ... -$201.65
 {{DATE:02/20/24}}  contractual adj CO-45 .................................. -$130.00
 Balance ............................................................. -$56.00
Reason: EOB shows patient responsibility = $40 copay only. Statement 1 went out before insurance processed (hold days were set to 0 after the {{DATE:Dec 2023}} system upgrade - ticket {{ID:INC0098312}}).
Action: refund $56.00 to guarantor by check, mailed to {{ADDRESS:3 Amaral Ct}}, {{LOCATION:Fall River}} MA {{ZIP:02721}}. Check # {{ACCOUNT:0100772}} issued {{DATE:3/4/24}}.
Prepared {{NAME:bmm}} / approved {{NAME:K. Sato}}. Escheat flag if uncashed by {{DATE:9/4/2024}}.`,

  `REQUEST TO AMEND PROTECTED HEALTH INFORMATION - HIM RESPONSE
{{DATE:October 8, 2024}}

Ms. {{NAME:Thandiwe Mokoena-Reed}}
{{ADDRESS:1290 Peachtree Battle Ave NW}}
{{LOCATION:Atlanta}}, GA {{ZIP:30327}}

Re: your request received {{DATE:09/16/2024}}    Request # {{ID:AMD-24-0062}}    MRN {{MRN:ATL-0448127}}

Dear Ms. {{NAME:Mokoena-Reed}}:
We have reviewed your request to amend your record at {{FACILITY:Piedmont Crossing Medical Group}}.
1. The allergy list shows "sulfa - anaphylaxis". You state the reaction was a rash in 2009. ACCEPTED: Dr. {{NAME:Efua Mensah}} updated the entry on {{DATE:10/3/2024}} to "sulfamethoxazole - maculopapular rash".
2. The visit note of {{DATE:08/27/2024}} states "patient declined statin". You state a statin was never offered. DENIED: the author, {{NAME:Jonah Feldbaum}}, PA-C, confirms the note is accurate and complete.
You may submit a statement of disagreement, which will be attached to the note and included with future disclosures. Send it to HIM, {{ADDRESS:3400 Peachtree Rd NE Ste 210}}, {{LOCATION:Atlanta}} GA {{ZIP:30326}}, or fax {{FAX:404-555-0177}}. You may also complain to our Privacy Officer at {{PHONE:404-555-0178}} or to the Secretary of HHS.
Sincerely,
{{NAME:Beatriz Almeida}}, RHIA, HIM Manager`,

  `EMPI / DUPLICATE RECORD MERGE REQUEST                 Ticket {{ID:HIM-DUP-24-1193}}
Requested by: {{NAME:Jae-won Choi}}, Registration Lead, {{DATE:11/04/2024}}
Record A (survivor):     MRN {{MRN:600118274}}  {{NAME:ESPINOZA, MARIA GUADALUPE}}  DOB {{DATE:02/14/1949}}  SSN {{SSN:XXX-XX-2209}}
                         Addr {{ADDRESS:880 Alamo St}}, {{LOCATION:San Antonio}} TX {{ZIP:78205}}
Record B (non-survivor): MRN {{MRN:600904551}}  {{NAME:ESPINOSA, MARIA G}}  DOB {{DATE:02/14/1949}}  SSN blank
                         Addr {{ADDRESS:880 Alamo Street}} {{LOCATION:SA}} TX   ph {{PHONE:210-555-0124}}
Match score 0.91 (phonetic name, exact DOB, address, phone). Differences: last-name spelling; B has no SSN.
Encounters on B: ED {{DATE:10/30/2024}} FIN {{ACCOUNT:2430400871}}; lab only {{DATE:10/31/2024}} FIN {{ACCOUNT:2430500215}}.
Identity verified with photo ID and by pt's son {{NAME:Rogelio}} at bedside.
HIM action: merged {{DATE:11/05/2024 16:40}} by {{NAME:ahb}}; PACS, Lab and Billing notified; orders/results re-linked. No clinical conflicts (allergy list on both: PCN - hives).`,

  `PATIENT PORTAL ACCESS AUDIT - Privacy investigation {{ID:PRV-2024-0457}}
Account owner: {{NAME:Kristoffersen, Ingrid}}   MRN {{MRN:2204718}}   portal user {{ID:ingridk1962}}
Proxy: {{NAME:Erik Kristoffersen}} (spouse), proxy granted {{DATE:03/11/2022}}, revoked {{DATE:06/02/2024}}, user {{ID:erikkrist}}

TIMESTAMP (CT)        USER           IP               ACTION
{{DATE:2024-06-05 23:14:09}}   {{ID:erikkrist}}      {{IP:73.118.40.221}}    LOGIN FAIL (proxy revoked)
{{DATE:2024-06-05 23:15:47}}   {{ID:ingridk1962}}    {{IP:73.118.40.221}}    PASSWORD RESET via SMS to {{PHONE:651-555-0119}}
{{DATE:2024-06-05 23:16:30}}   {{ID:ingridk1962}}    {{IP:73.118.40.221}}    VIEW Test Results - HIV-1/2 Ag/Ab
{{DATE:2024-06-05 23:17:02}}   {{ID:ingridk1962}}    {{IP:73.118.40.221}}    DOWNLOAD visit summary {{DATE:05/28/2024}}
{{DATE:2024-06-06 07:02:11}}   {{ID:ingridk1962}}    {{IP:166.205.12.90}}    LOGIN OK (mobile app)

Patient states she was asleep at 23:15 and that the SMS phone is a shared family plan line. That address geolocates to {{LOCATION:Stillwater}}, MN, where the spouse now lives. Password reset forced, MFA enabled, proxy confirmed revoked. Referred to Compliance.
-- {{NAME:Dana Whitfield-Oyama}}, Privacy Officer`,

  `PRIVACY INCIDENT REPORT - MISDIRECTED FAX                 Incident # {{ID:PI-2024-0311}}
Reported: {{DATE:Mon, Apr 15, 2024 3:40 PM}} by {{NAME:Lakshmi Venkataraman}}, MA, {{FACILITY:Northgate Cardiology}}
What happened: 6-page referral packet for {{NAME:Okafor, Chinedu}} (DOB {{DATE:5/30/1962}}, MRN {{MRN:NC-220714}}) meant for {{FACILITY:Lakeview Sleep Center}} at {{FAX:(216) 555-0154}} went to {{FAX:(216) 555-0145}} (transposed digits). Recipient: {{FACILITY:Euclid Avenue Dry Cleaners}}, owner Mr. {{NAME:Vasquez}}.
Contents: demographics, insurance card copy (member {{HEALTH_PLAN:OHM-55120874}}), echo report (EF 35%), med list (apixaban 5 mg BID, sotalol 80 mg BID), last 2 office notes. No SSN or financial account numbers.
Mitigation: called recipient {{DATE:4/15/24}} 3:52 PM; owner confirmed pages shredded; signed attestation returned by fax {{DATE:4/16/24}}. Contact directory corrected; speed-dial entry added.
Risk assessment (4 factors): low probability of compromise. Not a reportable breach; patient told by courtesy letter {{DATE:04/18/2024}}.
Privacy Officer: {{NAME:G. Haddad}}     Closed {{DATE:4/22/2024}}`,

  `RECORDS REQUEST - DECEASED PATIENT
Received {{DATE:02 Jan 2025}} by mail    Logged {{ID:ROI-25-00017}}
Decedent: {{NAME:Margarethe (Greta) Vollmer}}   DOB {{DATE:03/09/1927}}   DOD {{DATE:11/27/2024}}   age at death {{AGE:97}}
Last admission: {{FACILITY:Lutheran Hills Hospital}}, unit {{FACILITY:Goethe 3}}, MRN {{MRN:0055128}}
Requester: {{NAME:Dieter Vollmer}}, son, executor
Documents: Letters Testamentary from the {{FACILITY:Probate Court of Hamilton County}}, case {{ID:2024 ES 003391}}, dated {{DATE:12/19/2024}}; death certificate, state file no. {{ID:2024-0114873}}; copy of requester's OH DL {{LICENSE:RT448190}}
Requester address: {{ADDRESS:4125 Glenway Ave}}, {{LOCATION:Cincinnati}} OH {{ZIP:45205}}; {{PHONE:513-555-0173}}; {{EMAIL:d.vollmer@fastmail.example}}
Records requested: complete chart {{DATE:10/01/2024}} through DOD incl. MAR, nursing notes and "the fall report".
Note: incident reports are not part of the designated record set and are not released; requester informed by phone {{DATE:1/6/25}}.
Status: approved. 412 pages, electronic copy by secure link, flat fee $6.50. Sent {{DATE:1/9/25}} {{NAME:ss}}.`,

  `{{FACILITY:OKAFOR & LINDGREN, P.A.}}
Personal Injury Attorneys
{{ADDRESS:1 Independent Dr, Ste 1500}} | {{LOCATION:Jacksonville}}, FL {{ZIP:32202}} | T {{PHONE:904.555.0191}} | F {{FAX:904.555.0192}}

{{DATE:March 28, 2024}}
VIA FAX - Patient Accounts, {{FACILITY:Duval Coast Medical Center}}

RE: Our client:  {{NAME:Shaquille D. Robinson}}
    DOB: {{DATE:11/02/1994}}    Date of accident: {{DATE:02/10/2024}}
    Your account: {{ACCOUNT:DCM-61120447}}
    Claim no. (Coastline Auto Ins.): {{ACCOUNT:CA-0244-019873-01}}

Dear Sir or Madam:
This firm represents the above client for injuries sustained in a motor vehicle collision. Please direct all communication to this office and do not contact our client directly. Please bill PIP first (policy {{ACCOUNT:FLP-7713920}}) and then the client's health plan, Sunshine Gulf HMO, ID {{HEALTH_PLAN:SGH00912744}}. We acknowledge your hospital lien and will protect it from settlement proceeds.
Enclosed: HIPAA authorization signed {{DATE:3/21/24}}.

Sincerely,
{{NAME:Tobias Lindgren}}, Esq.    FL Bar No. {{LICENSE:0884127}}
Paralegal: {{NAME:Kiara}}, ext. {{PHONE:214}}`,

  `VERIFICATION OF TREATMENT BY ATTENDING PHYSICIAN (NY No-Fault NF-3) - billing copy
Insurer: Empire Motor Casualty   Claim #: {{ACCOUNT:EMC-24-1127735}}   Policy #: {{ACCOUNT:NYA-88100392}}
Patient: {{NAME:Alvarez-Ng, Cristina}}   DOB {{DATE:9/14/1988}}
Address: {{ADDRESS:41-12 Junction Blvd Apt 3F}}, {{LOCATION:Corona}} NY {{ZIP:11368}}
Date of accident: {{DATE:5/3/2024}}   Policyholder: {{NAME:Wei Ng}}   Vehicle: 2019 Honda CR-V, plate {{VEHICLE:KJR-4418}}
Diagnosis: S13.4XXA cervical sprain; S33.5XXA lumbar sprain
DOS         CPT          ICD        FEE
{{DATE:05/06/24}}    99204        S13.4XXA   $218.43
{{DATE:05/13/24}}    97110 x2     S13.4XXA   $64.08
{{DATE:05/13/24}}    97140        S33.5XXA   $32.04
{{DATE:05/15/24}}    97110 x2     S13.4XXA   $64.08
Total this bill: $378.63 (NY WC fee schedule, region IV)
Provider: {{FACILITY:Queens Boulevard Physical Medicine PC}}, TIN {{ID:11-3902217}}
Treating: {{NAME:Sanjay Bhattacharya}}, MD, NY lic {{LICENSE:281774}}
Condition due to employment? No.   Disability: totally disabled {{DATE:05/03/2024}} to {{DATE:05/27/2024}}.
Assignment of benefits signed {{DATE:05/06/2024}}.`,

  `ELIGIBILITY SPECIALIST NOTE - MEDICAID RETRO COVERAGE
Pt {{NAME:Baptiste, Jean-Robert}}   MRN {{MRN:M7712940}}   Adm {{DATE:7/2/2024}}   D/C {{DATE:7/19/2024}}   Acct {{ACCOUNT:IP24-0071193}}   Charges $187,442.10

{{DATE:07/03/2024}} Met pt at bedside with Haitian Creole interpreter {{NAME:Fabiola}}. Uninsured; lost job at {{FACILITY:Broward Fresh Produce}} {{DATE:April 2024}}. Household of 3 (wife {{NAME:Mirlande}}, son age 4).
{{DATE:07/05/2024}} Submitted ACCESS Florida application #{{ID:A-240705-112983}} with 3-month retro request. Docs: lease, termination letter, birth certs.
{{DATE:07/26/2024}} DCF requested proof of income for spouse - uploaded pay stubs.
{{DATE:08/14/2024}} Approved: Medicaid ID {{HEALTH_PLAN:9903318472}}, effective {{DATE:04/01/2024}} (retro); FFS during retro months.
{{DATE:08/15/2024}} Billed Medicaid, TOB 111, claim ICN {{ACCOUNT:2024228117053}}.
Medicaid file address: {{ADDRESS:2901 NW 19th St Apt 6}}, {{LOCATION:Fort Lauderdale}} FL {{ZIP:33311}}; phone {{PHONE:954-555-0138}}.
-- {{NAME:Yolanda Pierre-Louis}}, CHAA, {{FACILITY:ClearPath Eligibility Services}}`,

  `PHARMACY PRIOR AUTHORIZATION - ePA
Key: {{ID:BXT7-Q9LM-22KD}}    Created {{DATE:01/16/2025 11:20}}
Patient: {{NAME:Kaur, Harpreet}}    DOB {{DATE:06/06/1979}}
BIN 004336   PCN ADV   RxGrp {{HEALTH_PLAN:RX8821}}   Member ID {{HEALTH_PLAN:ZQX449102385}}
Drug: tirzepatide 5 mg/0.5 mL pen, 2 mL per 28 days, NDC 0002-1495-80
Dx: E11.65 type 2 DM with hyperglycemia; E66.01; Z68.36
Q1 A1c within 90 days?  8.9% on {{DATE:12/28/2024}}
Q2 Metformin trial?  yes, 1000 mg BID since 2019
Q3 Preferred GLP-1 tried?  semaglutide 1 mg weekly from {{DATE:03/2024}} to {{DATE:10/2024}}: persistent vomiting, ED visit {{DATE:9/30/24}} at {{FACILITY:Clovis Community ER}}
Q4 Used for weight loss only?  No
Prescriber: {{NAME:Rajinder Gill}}, MD   NPI {{LICENSE:1386471190}}   DEA {{LICENSE:BG4471823}}   ph {{PHONE:559-555-0112}}
Pharmacy: {{FACILITY:Fresno Central Pharmacy}}, NCPDP {{ID:0541122}}
Determination {{DATE:01/17/2025}}: APPROVED x 12 months, PA # {{ID:PA25-0117-88312}}. Quantity limit 4 pens/28 days.`,

  `SPECIALTY PHARMACY ENROLLMENT / REFERRAL
To: {{FACILITY:Alamo Specialty Rx}}    fax {{FAX:210-555-0186}}
Patient: {{NAME:Garza, Rosalinda "Rosie"}}   DOB {{DATE:2/29/1968}}   F   Wt 74 kg   Allergies: NKDA
Address: {{ADDRESS:316 W Mistletoe Ave}}, {{LOCATION:San Antonio}} TX {{ZIP:78212}}
Cell {{PHONE:210-555-0149}}   alt (daughter {{NAME:Marisol}}) {{PHONE:210-555-0150}}
Primary ins: Lone Star Choice PPO   ID {{HEALTH_PLAN:LSC0047719283}}   Grp {{HEALTH_PLAN:88041}}   Rx BIN 610502 PCN LSRX
Copay program enrollment: {{ID:CPC-55019287}}
Rx: adalimumab-adaz 40 mg/0.4 mL SC every 14 days, #2 syringes, refills x5
Dx: M05.79 RA with rheumatoid factor, multiple sites
QuantiFERON neg {{DATE:01/05/2024}}; HBsAg neg; failed methotrexate 20 mg weekly x 6 months (DAS28 5.1)
Prescriber: {{NAME:Vikram Natarajan}}, MD, {{FACILITY:Hill Country Rheumatology}}, NPI {{LICENSE:1730029841}}, ph {{PHONE:210-555-0144}}
Ship to: patient home. Nurse injection training: yes. Sharps container: yes.
Signature {{NAME:V. Natarajan}} MD   {{DATE:01/10/2024}}`,

  `CHARGE CORRECTION REQUEST            Form PFS-17           Req # {{ID:CCR-240611-09}}
Dept: Cardiac Cath Lab    Requested by {{NAME:Gwen Adebayo-Stewart}}, RN    {{DATE:06/11/2024}}
Patient {{NAME:HOLLIS, TRAVIS W}}   MRN {{MRN:00921847}}   Acct {{ACCOUNT:H00448172019}}   DOS {{DATE:06/07/2024}}

1) CREDIT: drug-eluting stent charged x2, one deployed. Second stent (Xience Skypoint 3.0 x 18, REF 1500300-18, lot 3091541) opened, contaminated and wasted - wastage is not billable to the patient.
   CDM 27801184  STENT DES  qty -1  $-8,420.00  rev 0278
2) ADD: implantable loop recorder placed same session, not charged.
   CPT 33285 / CDM 36100452  LINQ II, SN {{DEVICE:RLB448921G}}  qty 1  $11,950.00  rev 0278
   Implant log signed by Dr. {{NAME:Osman}} (EP)
3) Guidewire C1769 x2 already charged - no change.
Coding review: {{NAME:M. Oduya}}, CCS, approved {{DATE:6/12/24}}. Posted {{DATE:6/12/24}} by {{NAME:lrb}}. Claim held 4 days pending correction; no late-charge rebill needed.`,

  `CLAIM SCRUBBER EDIT WORKSHEET - PROFESSIONAL
Claim {{ACCOUNT:PB24071902217}}   Pt {{NAME:Rosenthal, Miriam}}   DOB {{DATE:1951-12-03}}
Payer: Medicare Part B (MAC J-K)   MBI {{HEALTH_PLAN:8HU6-XE1-RD44}}
Rendering: {{NAME:Ngozi Eze-Whitaker}}, MD   NPI {{LICENSE:1659920743}}   DOS {{DATE:07/19/2024}}   POS 11
Referring: {{NAME:Paula Quintanilla}}, DPM   NPI {{LICENSE:1922048816}}
Edits:
 1. NCCI PTP 11042 / 97597 (col 2, modifier indicator 1). Documentation: L heel ulcer 3.2 x 2.1 cm debrided to subcutaneous tissue (11042); R 2nd toe 0.6 cm selective debridement (97597). Separate anatomic sites -> append XS to 97597.
 2. MUE 11045: 1 unit billed, limit 12 - pass.
 3. LCD wound care: visit frequency within limit.
 4. Dx pointers: E11.621, L97.422, L97.512 - OK.
Estimated patient portion: $34.19 (20% coinsurance; Part B deductible met).
Coding WQ ref {{ID:CWQ-771204}}. Resolved by {{NAME:Chayton Redcloud}}, CPC, {{DATE:07/22/2024 13:05}}; released to clearinghouse.`,

  `GOOD FAITH ESTIMATE - UNINSURED / SELF-PAY                      GFE # {{ID:GFE-2024-1183}}
Issued {{DATE:08/02/2024}} to: {{NAME:Ekaterina Volkova}}    DOB {{DATE:10/10/1990}}
Contact: {{EMAIL:katya.volkova90@inbox.example}}   {{PHONE:(303) 555-0106}}
Scheduled: laparoscopic cholecystectomy, {{DATE:Thursday, August 22, 2024}}
Location: {{FACILITY:Front Range Surgery Center}}, {{ADDRESS:7600 E Orchard Rd}}, {{LOCATION:Greenwood Village}} CO {{ZIP:80111}}
Dx: K80.20 calculus of gallbladder without obstruction
Convening provider: {{FACILITY:Front Range Surgery Center}}   NPI {{LICENSE:1598304417}}   TIN {{ID:84-1129073}}

ITEM / SERVICE                                    CODE            EST. COST
Surgeon - {{NAME:Andres Villanueva}}, MD                   47562           $2,150.00
Facility fee                                      47562/rev 0360  $4,875.00
Anesthesia - {{FACILITY:Mile High Anesthesia Partners}}      00790           $1,020.00
Pathology, gallbladder                            88304           $96.00
Pre-op labs CBC, CMP                              85025, 80053    $64.00
TOTAL ESTIMATE                                                    $8,205.00

If you are billed $400 or more above this estimate for any provider, you may start a dispute within 120 days of the bill date. Keep a copy of this estimate.
Questions: GFE coordinator {{NAME:Noemi}}, {{PHONE:303-555-0107}}.`,

  `CALL CENTER - INBOUND CALL NOTE              Interaction {{ID:CX-88217730}}
{{DATE:11/18/2024 10:42}}   Agent {{NAME:Tevita Fifita}} (agent ID {{ID:3317}})
Caller: {{NAME:Ruth-Ann Delgado}} (mother/guarantor) re pt {{NAME:Isaiah Delgado}}, 17 y/o
Verified: gtr DOB {{DATE:04/25/1976}}; address {{ADDRESS:5 Canyon View Ct}}, {{LOCATION:Rio Rancho}} NM {{ZIP:87124}}; acct {{ACCOUNT:GR-5527186}}
Issue: got a bill for $1,846.20 (sports physical + ankle MRI {{DATE:10/07/24}}). States the school athletic accident plan through {{FACILITY:Sandia Vista High School}} should pay.
Primary Roadrunner Family HMO processed {{DATE:10/29/24}}: $1,646.20 to deductible, $200 copay. Caller has school plan card: Student Shield Accident Plan, policy {{HEALTH_PLAN:SSA-66019-0412}}.
Action: added secondary to acct, will submit with primary EOB; 30-day statement hold. Emailed claim form to {{EMAIL:radelgado@nmmail.example}}. Sports physical (99394) is not accident-related - explained that part stays with pt/primary.
Callback # {{PHONE:505-555-0116}}. Caller satisfied. Wrap code BILL-INS-SEC.`,

  `INSURANCE CARD IMAGE - INDEXED TEXT        scanned {{DATE:2024-01-03 08:11}} by {{NAME:rgh}}   doc {{ID:DOC-9918273}}
FRONT
  BLUE MERIDIAN  PPO  |  NATIONAL NETWORK
  Subscriber: {{NAME:EZEOKE, ADAEZE N}}
  Member ID:  {{HEALTH_PLAN:XBM 884 211 907 01}}
  Group No:   {{HEALTH_PLAN:00477120}}          Plan code 362
  Dependents: 02 {{NAME:CHIDERA EZEOKE}}   03 {{NAME:OBINNA EZEOKE}}
  Copays: PCP $25 | SPC $50 | ER $250 | UC $75
  Rx BIN 003858   PCN A4   RxGrp {{HEALTH_PLAN:BMRX12}}
  Effective {{DATE:01/01/2024}}      Employer: {{FACILITY:Gwinnett Semiconductor Corp}}
BACK
  Members 1-800-555-0111   Providers 1-800-555-0112   Precert 1-800-555-0113
  Submit claims electronically, payer ID 00621. Card issued {{DATE:12/14/2023}}.
  This card does not guarantee coverage.

Reg note: card front/back verified in person with subscriber {{NAME:Adaeze Ezeoke}} {{DATE:1/3/24}}; GA DL {{LICENSE:058129930}}. Pt today is dependent 03 (age 11) - guarantor is subscriber. Copay $25 collected, receipt {{ACCOUNT:RC-0103-0091}}.`,

  `NEWBORN ADD TO COVERAGE - REGISTRATION WORKSHEET
Baby: {{NAME:Haddad, Boy}} -> named {{NAME:Elias Karim Haddad}}    MRN {{MRN:NB-24-118004}}
DOB {{DATE:09/21/2024 04:17}}   Sex M   BW 3.41 kg   Apgar 8/9   Unit: {{FACILITY:Rainier Mother-Baby}} rm 14
Mother: {{NAME:Layla Haddad}}   MRN {{MRN:2219904}}
Father/subscriber: {{NAME:Karim Haddad}}   DOB {{DATE:07/12/1988}}   SSN {{SSN:XXX-XX-5571}}
Ins: Puget Sound Care Plan   Sub ID {{HEALTH_PLAN:PSC771029384}}   Group {{HEALTH_PLAN:PSC-GRP-2260}}
Baby acct {{ACCOUNT:NB0921004471}} (separate claim; well-baby charges 99460, 90744, 54150 held).
Plan requires newborn enrollment within 30 days (by {{DATE:10/21/2024}}). Father notified at bedside; he contacted HR at {{FACILITY:Emerald City Robotics}} on {{DATE:9/23}}.
{{DATE:10/02/2024}} eligibility recheck: baby added, dependent suffix 03, effective {{DATE:09/21/2024}}. Claims released.
-- {{NAME:Prisca Mwangi}}, Patient Access Rep II`,

  `BILL-ONLY IMPLANT REQUISITION / INVOICE RECONCILIATION
PO {{ID:PO-4400918}}   Vendor: Meridian Spine Technologies   Rep: {{NAME:Cole Barrington}} {{PHONE:(615) 555-0193}}
Case {{DATE:05/21/2024}}, OR 7   Surgeon {{NAME:Adewale Ogunleye}}, MD
Patient {{NAME:Pruitt, Darlene}}   MRN {{MRN:V00338127}}   Acct {{ACCOUNT:V2414200871}}
Procedure 22633 L4-5 TLIF
REF        DESCRIPTION                   LOT      SERIAL            QTY  PRICE
MST-5540   Pedicle screw 6.5 x 45        L24011   -                 4    $1,180.00 ea
MST-7012   Rod Ti 5.5 x 70 mm            L23188   -                 2    $410.00 ea
MST-9120   Interbody cage PEEK 10 x 26   L24007   {{DEVICE:C9120-004471}}      1    $6,200.00
BG-0010    DBM putty 10 cc               L24103   {{DEVICE:DBM24-55102}}       1    $1,850.00
Total $13,590.00   Vendor invoice {{ACCOUNT:INV-MST-0098812}}
Charges: C1713 x 7, C1889? no - cage billed C1713 per chargemaster; rev 0278.
Implant log (signed by circulator {{NAME:Hana Sato}}) matches all lots/serials. Reconciled {{DATE:5/23/24}} {{NAME:bt}}.`,

  `AMBULANCE BILLING - TRIP SUMMARY
Provider: {{FACILITY:Tri-Valley EMS}}   NPI {{LICENSE:1366092214}}
Run # {{ID:24-018833}}   Date {{DATE:12-27-2024}}   Unit Medic 12, plate {{VEHICLE:EX 41173}}
Patient: {{NAME:Sundberg, Harold E}}   DOB {{DATE:01/05/1931}} ({{AGE:93}})
Pickup: residence, {{ADDRESS:210 Orchard Ln}}, {{LOCATION:Danville}} CA {{ZIP:94526}}   loaded 1432
Destination: {{FACILITY:Diablo Valley Medical Center}} ED, {{ADDRESS:1800 Clayton Rd}}, {{LOCATION:Concord}} CA   arrived 1451
Loaded miles 11.4 -> A0425 x 12; base A0427 ALS1 emergency
Medical necessity: syncope at home, HR 38, hypotension 78/40, on stretcher with cardiac monitoring; transcutaneous pacing pads placed.
Dx: R55, R00.1, I48.91
Payers: Medicare MBI {{HEALTH_PLAN:2JM8-PD5-XW13}}; secondary Golden Years Medigap F, policy {{HEALTH_PLAN:GYM-4410928}}
Signature: pt unable (confused); signed by daughter {{NAME:Karen Sundberg-Wolfe}} as authorized rep. Receiving RN {{NAME:J. Oh}} signed facility receipt.
Crew: {{NAME:Diaz}} / {{NAME:Nakamura}} (paramedic lic {{LICENSE:P24418}})`,

  `DISABILITY DETERMINATION SERVICES - REQUEST FOR MEDICAL EVIDENCE
To: {{FACILITY:Magnolia Behavioral Health Clinic}}, Attn: Medical Records, fax {{FAX:601-555-0128}}
Claimant: {{NAME:Turner, LaShonda R.}}   SSN {{SSN:XXX-XX-4410}}   DOB {{DATE:03/17/1985}}
RQID {{ID:M0412-88731}}    Examiner: {{NAME:Bryce Holloway}}  {{PHONE:601-555-0101 ext 4412}}
Date of request: {{DATE:April 12, 2024}}    Please respond within 10 business days.
Please send records from {{DATE:01/01/2022}} to present: psychiatric evaluations, progress notes, medication records, mental status exams, rating scales and hospital summaries (e.g., {{FACILITY:Pine Grove Psychiatric Hospital}}, {{DATE:08/2023}}).
Alleged impairments: bipolar I disorder, PTSD, lumbar degenerative disc disease.
Authorization: form SSA-827 signed {{DATE:03/29/2024}}, enclosed.
Payment: per state fee schedule on receipt of an invoice that lists the RQID and your TIN.

Clinic response ({{NAME:mk}}, {{DATE:4/16/24}}): 96 pages faxed; invoice {{ACCOUNT:MBH-ROI-5520}} for $25.00, TIN {{ID:64-0882217}}.`,

  `VA COMMUNITY CARE REFERRAL / AUTHORIZATION
Veteran: {{NAME:Kealoha, Daniel "Danny" K.}}    DOB {{DATE:5/2/1969}}    ICN {{MRN:1012884731V552190}}
Referral # {{ID:VA0021-9938172}}    SEOC: Physical Therapy - lumbar
Referring: {{FACILITY:Windward VA Community Clinic}}, PCP {{NAME:Mahealani Kauhane}}, NP
Community provider: {{FACILITY:Windward Sports & Spine PT}}, {{ADDRESS:45-1144 Kamehameha Hwy}}, {{LOCATION:Kaneohe}} HI {{ZIP:96744}}, NPI {{LICENSE:1417755203}}
Authorized period: {{DATE:06/03/2024}} - {{DATE:12/03/2024}} (180 days)   Visits: 12 (97110, 97140, 97530, 97161/97162)
Dx: M54.50 low back pain; M51.36 disc degeneration
Service connection 90% (lumbar strain 40%, tinnitus 10%) - copay exempt.
Claims: submit to the community care network TPA; include referral number on every claim.
Care coordinator: {{NAME:Leilani Makoa}}, RN   {{PHONE:808-555-0140}}
Veteran phone {{PHONE:808-555-0141}}; lives in {{LOCATION:Waimanalo}}, prefers afternoon appts.
First visit booked {{DATE:06/10/2024}} 1300 with {{NAME:K. Nakoa}}, DPT.`,

  `CONSENT FOR DISCLOSURE OF SUBSTANCE USE DISORDER RECORDS (42 CFR Part 2)
Program: {{FACILITY:New Dawn Recovery Center}} - Opioid Treatment Program, {{ADDRESS:88 Mill St}}, {{LOCATION:Bangor}} ME {{ZIP:04401}}
Patient: {{NAME:Thibault, Raymond J.}}    DOB {{DATE:12/12/1981}}    Program ID {{MRN:ND-4471}}
I consent to disclosure to: {{NAME:Hollis Kincaid}}, case manager, {{FACILITY:Penobscot County Drug Treatment Court}}
Information: attendance, toxicology results (dates and results only), dose (methadone 90 mg daily), treatment compliance.
Purpose: drug court compliance monitoring.
Expires: on completion of the drug court program or {{DATE:06/30/2025}}, whichever comes first. I may revoke this consent at any time except as to action already taken.
Signed: {{NAME:R. Thibault}}    {{DATE:07/01/2024}}
Witness: {{NAME:Amara Lindqvist-Obi}}, LADC
Court docket {{ID:PENDC-CR-2024-00418}}. Notice prohibiting redisclosure attached to each release.
Disclosure log: {{DATE:7/15/24}} monthly report faxed to {{FAX:207-555-0109}} ({{NAME:kr}}); {{DATE:8/15/24}} same ({{NAME:kr}}).`,

  `ATTENDING PHYSICIAN STATEMENT REQUEST - LIFE UNDERWRITING
From: Pinnacle Life Assurance, Underwriting, via {{FACILITY:RecordQuest Retrieval}}   order {{ID:RQ-2024-0918-3371}}
Proposed insured: {{NAME:Arash Farahani}}    DOB {{DATE:1977/08/30}}    application {{ACCOUNT:PLA-A-88120017}}    face amount $750,000
Physician: Dr. {{NAME:Nasrin Tehrani}}, {{FACILITY:Lake Hills Family Practice}}, {{LOCATION:Bellevue}} WA
Please provide: office notes for the past 5 years, most recent ECG, lipid and A1c results, medication list, specialist referrals and any sleep study.
Authorization signed {{DATE:09/10/2024}} enclosed.
Fee: up to $45.00 plus copy charges. Invoice {{FACILITY:RecordQuest}} at {{ADDRESS:PO Box 2210}}, {{LOCATION:Tempe}} AZ {{ZIP:85280}}.

Office note {{DATE:09/24/2024}}: 38 pp uploaded via vendor portal {{URL:https://upload.recordquest.example/rq/RQ-2024-0918-3371}}; invoice {{ACCOUNT:LHFP-2241}} $45.00. Excluded: psychotherapy notes (none), HIV test (not authorized on form box 4). -- {{NAME:Parisa}}, front office`,

  `BIRTH CERTIFICATE WORKSHEET - HIM VITAL RECORDS
Child: {{NAME:Aiyana Grace Begay}}    DOB {{DATE:03/05/2024}}    time of birth 22:41    Sex F    Plurality: single
Facility of birth: {{FACILITY:Four Corners Regional Hospital}}, {{LOCATION:Shiprock}}, {{LOCATION:San Juan County}}, NM
Mother: {{NAME:Tsosie, Janelle}}    DOB {{DATE:11/22/1998}}    Birthplace: Arizona    MRN {{MRN:FCR-0991128}}
Residence: {{ADDRESS:NM-64 mile marker 31}}, {{LOCATION:Beclabito}} (no street address)
Mailing: {{ADDRESS:PO Box 1182}}, {{LOCATION:Shiprock}} NM {{ZIP:87420}}
Mother SSN {{SSN:525-88-1047}}    SS card requested for child: yes
Father: {{NAME:Darnell Begay}}    DOB {{DATE:02/08/1997}}    Acknowledgment of paternity signed {{DATE:3/6/24}}
Prenatal care began {{DATE:07/2023}}; 11 visits; G2P2; GA 39w2d; BW 3180 g; Apgar 8/9; no NICU
Payment source for delivery: Medicaid ({{HEALTH_PLAN:NMM-448120931}})
Certifier: {{NAME:Rosalind Yellowhorse}}, CNM    Worksheet reviewed with mother {{DATE:3/7/24}} by clerk {{NAME:bz}}
Spelling confirmed: {{NAME:A-I-Y-A-N-A}}.`,

  `HIM Vital Records -> Dr. {{NAME:Kowalski}}  (in-basket, {{DATE:1/15/25 14:22}})
Decedent {{NAME:BRANDT, OTTO F}}   DOD {{DATE:01/14/2025}}   Age {{AGE:94}}   MRN {{MRN:40022871}}   EDRS case {{ID:2025-NE-000472}}
The state registrar returned the cause of death as ill-defined:
   Part I  a. cardiopulmonary arrest   b. old age
Mechanism terms (arrest, respiratory failure) and "old age" alone are not accepted as the underlying cause. From your notes the conditions were metastatic prostate cancer, CKD stage 4 and CHF - please revise if appropriate.
Place of death: {{FACILITY:Platte Valley Medical Center}}, {{FACILITY:Cather 2}} rm 211. Residence {{ADDRESS:1711 W 24th St}}, {{LOCATION:Kearney}} NE {{ZIP:68845}}.
{{FACILITY:Hartwig & Sons Funeral Home}} (director {{NAME:Paul Hartwig}}, {{PHONE:402-555-0163}}) is waiting to file the burial-transit permit. Please certify in EDRS by {{DATE:Fri 1/17}}.
Thanks, {{NAME:Marisol Ybarra}}, RHIT  ext {{PHONE:6631}}

Reply {{DATE:1/16/25 07:50}} Dr. {{NAME:Kowalski}}: revised and certified. Ia. metastatic prostate adenocarcinoma (3 yrs); II. CKD 4, chronic systolic heart failure. Manner natural.`,

  `CANCER REGISTRY ABSTRACT - SUMMARY                  Accession {{ID:2024-00317}}   Seq 00
Patient {{NAME:Lam, Wing Yee}}   DOB {{DATE:05/09/1955}}   MRN {{MRN:TR-554120}}   SSN {{SSN:XXX-XX-6012}}
Address at dx: {{ADDRESS:220 Grant Ave Apt 5}}, {{LOCATION:San Francisco}} CA {{ZIP:94108}}
Date of diagnosis {{DATE:02/02/2024}}   Class of case 10
Primary site C34.1 upper lobe, R lung   Histology 8140/3 adenocarcinoma   Grade 9   Laterality 1
Stage: cT1c cN0 cM0, AJCC 8th ed. stage IA3; EGFR exon 19 deletion; PD-L1 TPS 5%
First course: RUL lobectomy + MLND {{DATE:03/11/2024}} at {{FACILITY:Nob Hill Thoracic Surgery}}; pT1c pN0 (0/14); no adjuvant therapy
Managing physician: {{NAME:Feng Zhou}}, MD    Following: {{NAME:Rebecca Adler-Stein}}, MD (med onc)
Follow-up contact: daughter {{NAME:Cynthia Lam}}, {{PHONE:415-555-0198}}
Date of last contact {{DATE:06/01/2024}}; vital status: alive, NED.
Abstracted by {{NAME:OPL}}, CTR, {{DATE:06/14/2024}}. Edits passed (NAACCR v24).`,

  `INPATIENT CODING SUMMARY - FINAL
Acct {{ACCOUNT:7100029911}}   MRN {{MRN:A119284}}   {{NAME:OYELARAN, FOLASADE}}   72 F
Adm {{DATE:2024-12-02}}   Disch {{DATE:2024-12-09}}   LOS 7   Source: ED
Disposition 06 - home health, {{FACILITY:Sunrise Home Health of Dayton}}
Attending: {{NAME:Mikkelsen, Per}} MD    Coder: {{NAME:Chloe Abrams}}, CCS    Final coded {{DATE:12/12/2024}}
PDX  I50.23   acute on chronic systolic HF                      POA Y
SDX  N17.9    AKI                                               POA Y
     E87.1    hyponatremia                                      POA Y
     I48.19   other persistent AF                               POA Y
     E11.22 / N18.32  DM w CKD 3b                               POA Y
     Z95.810  presence of AICD (SN {{DEVICE:PZX601183S}}, interrogated {{DATE:12/3}})   exempt
     Z79.01   long-term anticoagulant                           exempt
PROC none (echo and interrogation not coded inpatient)
MS-DRG 291 HF & shock w MCC   RW 1.3454   GMLOS 3.8   expected pmt $11,902.47
Query {{ID:Q-0051190}} (AKI clinical validation): provider agreed, Cr 1.1 -> 2.3.
Reviewed by {{NAME:D. Whitcomb}} (2nd-level DRG validation) {{DATE:12/13/24}}.`,

  `RE: Reconsideration - timely filing denial (CO-29)
Claim {{ACCOUNT:23350K0019876}}   Pt {{NAME:Dubois, Anne-Sophie}}   Member {{HEALTH_PLAN:NHC-00721490}}   DOS {{DATE:09/14/2023}}
The claim was first filed within the 90-day limit. Proof of timely filing:

CLEARINGHOUSE 277CA ACCEPTANCE
  Submitted {{DATE:10/02/2023 16:12}}   Trace {{ACCOUNT:TRN-77201394}}   Status A2 (accepted)
  Payer claim control # {{ACCOUNT:2327500018824}}

The payer rejected the claim on {{DATE:11/20/2023}} for subscriber DOB mismatch: patient DOB {{DATE:06/01/1986}} vs payer file {{DATE:01/06/1986}} (day and month swapped at enrollment). After the member corrected her enrollment, we resubmitted on {{DATE:01/22/2024}} and the claim was denied CO-29. Because the original submission was timely and the delay was caused by a payer enrollment error, we ask that the denial be overturned.
Provider: {{FACILITY:Green Mountain Dermatology}}, {{ADDRESS:64 Main St}}, {{LOCATION:Burlington}} VT {{ZIP:05401}}   NPI {{LICENSE:1780662013}}
Contact: {{NAME:Sabine Kessler}}, billing manager, {{PHONE:802-555-0179}}, {{EMAIL:skessler@gmderm.example}}`,

  `TELEHEALTH VISIT - BILLING ATTESTATION
Pt {{NAME:Phommachanh, Souksavanh}}   DOB {{DATE:8/8/1963}}   MRN {{MRN:55100291}}   CSN {{ACCOUNT:8801442771}}
Visit {{DATE:03/19/2025 14:00}}, video; POS 10 (patient home), modifier 95; E/M 99214
Patient location: home, {{LOCATION:Elgin}}, IL (verified verbally). Provider location: clinic office, {{LOCATION:Schaumburg}}.
Session {{ID:VS-3f9a-20250319-0117}}; patient joined from {{IP:98.227.14.63}}, provider from {{IP:10.20.4.115}}.
Interpreter: Lao, {{FACILITY:Language Bridge Interpreting}}, interpreter #{{ID:LB-22904}}, 28 min (T1013 not billed by practice).
Payer: Prairie Blossom Health (Medicaid MCO), ID {{HEALTH_PLAN:118294017}}
Total time 32 minutes, including review of A1c 7.4% and BMP; metformin continued; lisinopril 10 mg -> 20 mg.
Consent for telehealth obtained verbally and documented.
{{NAME:Kwame Asante}}, NP    NPI {{LICENSE:1548830094}}    e-signed {{DATE:03/19/2025 14:41}}
Billing note: originating site fee Q3014 not billable for home. -{{NAME:ck}}`,

  `HOME HEALTH NOTICE OF ADMISSION (NOA) - SUBMISSION LOG
Agency: {{FACILITY:Bluegrass Visiting Nurses}}   CCN {{ID:187112}}   NPI {{LICENSE:1093847725}}
Patient: {{NAME:Caudill, Wanda F}}   MBI {{HEALTH_PLAN:9AC3-HN6-TY52}}   DOB {{DATE:10/30/1940}}
Address: {{ADDRESS:4410 KY-15}}, {{LOCATION:Jackson}} KY {{ZIP:41339}}   Ph {{PHONE:606-555-0127}}   caregiver: grandson {{NAME:Tyler}}
Referral: {{FACILITY:Kentucky River Valley Hospital}}, discharged {{DATE:1/31/25}}
Certifying physician: Dr. {{NAME:Samuel Combs}}   NPI {{LICENSE:1730948812}}   F2F {{DATE:01/30/2025}}
Start of care {{DATE:02/03/2025}}   Period 1 {{DATE:02/03/2025-03/04/2025}}
NOA (TOB 032A) submitted {{DATE:02/05/2025}} - within 5 calendar days; DDE status P B9997
OASIS SOC submitted {{DATE:02/06/2025}}; HIPPS 1FC21; PDGM group MMTA-cardiac, comorbidity low
Disciplines: SN 2w4, PT 2w3, HHA 1w4
Intake: {{NAME:Ashley Noble}}, RN`,

  `HOSPICE ELECTION STATEMENT / NOTICE OF ELECTION
Hospice: {{FACILITY:Ozark Hills Hospice}}    {{ADDRESS:1220 E Battlefield St}}, {{LOCATION:Springfield}} MO {{ZIP:65804}}
Patient: {{NAME:Whitlock, Imogene}}    DOB {{DATE:July 4, 1932}}    Age {{AGE:92}}    MBI {{HEALTH_PLAN:4TW2-QM7-EJ90}}
Effective date of election: {{DATE:10/14/2024}}
I understand hospice care is palliative, not curative, for my terminal illness (C25.9 pancreatic cancer) and related conditions, and I waive Medicare payment for treatment of the terminal illness outside the hospice, except by my attending physician.
Attending physician of choice: {{NAME:Lowell Fairbanks}}, MD    NPI {{LICENSE:1982031175}}
Unrelated conditions (not covered by hospice): glaucoma - latanoprost 0.005% qhs; hypothyroidism - levothyroxine 50 mcg.
Signed by representative: {{NAME:Deborah Whitlock-Price}} (daughter, DPOA)    {{DATE:10/14/2024}}    phone {{PHONE:417-555-0172}}
Reason patient did not sign: lethargic, not oriented.
Witness: {{NAME:Sierra Banks}}, RN admissions
NOE (TOB 081A) submitted {{DATE:10/15/2024}}; accepted {{DATE:10/16/2024}}. -{{NAME:jmw}}`,

  `ESRD MEDICAL EVIDENCE REPORT (CMS-2728) - data entry copy
Facility: {{FACILITY:Rio Grande Kidney Center}}    CCN {{ID:452618}}    {{LOCATION:McAllen}} TX
1. Name: {{NAME:Saldivar, Ernesto}}    2. Medicare claim #: pending    3. SSN {{SSN:XXX-XX-3381}}
4. DOB {{DATE:09/12/1966}}    5. Phone {{PHONE:956-555-0134}}
6. Address: {{ADDRESS:2205 N 29th St}}, {{LOCATION:McAllen}} TX {{ZIP:78501}}
14. Primary cause of renal failure: E11.22 (diabetic nephropathy)
17. Comorbid: CHF, HTN, DM on insulin, PVD
18. Employment: was employed at {{FACILITY:Valle Citrus Packing}} in the 6 months before ESRD; not now.
19. Prior coverage: Medicaid {{HEALTH_PLAN:511802296}}; employer group health plan: no
Labs before dialysis: Cr 8.9, eGFR 6, Hgb 8.7, albumin 2.9
Date regular chronic dialysis began: {{DATE:03/03/2025}}    Modality: in-center HD; AVF placed {{DATE:01/14/2025}}
Date patient started at this facility: {{DATE:03/10/2025}}
Physician: {{NAME:Anand Subramaniam}}, MD    Signed {{DATE:03/28/2025}}
Patient signature: {{NAME:Ernesto Saldivar}}    Form entered in EQRS by {{NAME:L. Cantu}}.`,

  `OUT-OF-NETWORK CLAIM - OPEN NEGOTIATION NOTICE (No Surprises Act)
Sent {{DATE:2024-04-30}} by {{FACILITY:Cascade Emergency Physicians PLLC}}, TIN {{ID:91-2208847}}
To: Evergreen Peak Health, Open Negotiation Unit (portal upload)
Item: emergency E/M 99285-25 and 31500 (intubation)
Patient: {{NAME:Johansson, Nils-Erik}}    Member {{HEALTH_PLAN:EPH220947712}}    DOS {{DATE:02/21/2024}}
Facility: {{FACILITY:Olympic Harbor Hospital}} ED, {{LOCATION:Bremerton}} WA
Claim {{ACCOUNT:EPH24-055120931}}; initial payment {{DATE:04/02/2024}} $612.40 (QPA $601.88); billed $2,942.00
Counter-offer: $1,850.00
Rationale: patient critically ill (GCS 7, overdose), physician {{NAME:Marguerite Okoro-Bell}}, MD, board-certified EM, 14 years; ED acuity 32% level 5.
If no agreement in 30 business days, either party may start IDR within 4 business days after.
Contact: {{NAME:Dev Malhotra}}, revenue integrity, {{PHONE:360-555-0161}}, {{EMAIL:dmalhotra@cascadeep.example}}
Remittance reference: EFT {{ACCOUNT:0004412773910}} dated {{DATE:04/02/2024}}.`,

  `DENTAL PRE-TREATMENT ESTIMATE (ADA claim form - predetermination)
[x] Request for predetermination/preauthorization
Dental plan: Tidewater Dental Mutual    Group {{HEALTH_PLAN:TDM-30419}}
Policyholder: {{NAME:Achterberg, Willem}}    DOB {{DATE:02/28/1970}}    ID {{HEALTH_PLAN:W8840129117}}    Employer: {{FACILITY:Chesapeake Marine Electric}}
Patient: {{NAME:Achterberg, Sanne}} (dependent child)    DOB {{DATE:11/11/2008}}
Billing dentist: {{FACILITY:Ghent Family Dental}}, {{ADDRESS:1400 Colley Ave}}, {{LOCATION:Norfolk}} VA {{ZIP:23517}}
NPI {{LICENSE:1629011847}}   VA lic {{LICENSE:0401-018822}}   TIN {{ID:54-2019933}}   ph {{PHONE:757-555-0145}}
Treating dentist: {{NAME:Yasmin El-Amin}}, DDS
TOOTH  SURF  CODE    DESCRIPTION                         FEE
#19    -     D3330   endodontic therapy, molar           $1,180.00
#19    -     D2740   crown, porcelain/ceramic            $1,325.00
#30    MOD   D2393   resin composite, 3 surf, posterior  $295.00
-      -     D0220   periapical, first image             $32.00
TOTAL                                                    $2,832.00
Remarks: #19 irreversible pulpitis, deep caries; radiographs {{DATE:01/08/2025}} attached.

Response {{DATE:01/21/2025}}, ref {{ID:PD-25-0049811}}: D3330 at 50% after deductible. D2740 subject to 12-month major-services waiting period (effective {{DATE:06/01/2024}}); benefit available from {{DATE:06/01/2025}}.`,

  `VISION - EXAM, MATERIALS AND CLAIM
Patient {{NAME:Moreno-Kahale, Iolana}}   DOB {{DATE:7/19/2001}}
Plan: Clear Sight Vision   Member {{HEALTH_PLAN:CSV-7002148839}}   Auth {{ID:CSV-A-2025-004419}} (exp {{DATE:3/31/2025}})
Exam {{DATE:02/14/2025}} at {{FACILITY:Kapolei Eye & Optical}} with Dr. {{NAME:Brandon Chu}}, OD
Rx: OD -3.25 -0.75 x 180   OS -3.00 -0.50 x 175   PD 62/59
Frame: Clubmaster RB5154 51-21-145 (allowance $150, retail $178)
Lenses: single vision polycarbonate + AR coating (V2100, V2784, V2750)
Lab: {{FACILITY:Island Optical Lab}}, job # {{ID:IOL-772104}}, promised {{DATE:2/21/25}}
Claim {{ACCOUNT:CSV25-0214-81772}}
Patient paid: exam copay $10 + materials copay $25 + frame overage $28 + AR member price $41 = $104.00, card ending {{ACCOUNT:6618}}
Ready for pickup - text sent to {{PHONE:808-555-0131}} on {{DATE:02/21/2025}}. Picked up {{DATE:2/24}}, adjusted temples. -{{NAME:mh}}`,

  `PHARMACY CLAIM LOG - {{FACILITY:Main Street Apothecary #2}}   NCPDP {{ID:4412097}}
Rx# {{ID:6601882}}   Pt {{NAME:Bui, Thanh Tam}}   DOB {{DATE:04/04/1944}}
Drug: apixaban 5 mg tab #60, NDC 00003-0894-21, DAW 0, 30 days
Prescriber: {{NAME:Obuya, Jared}} MD   NPI {{LICENSE:1366620481}}
{{DATE:05/02/2025 09:14}} submitted BIN 610097 PCN 9999 Grp {{HEALTH_PLAN:MPDCSP}} ID {{HEALTH_PLAN:W77201894300}}
   REJECT 75 - prior authorization required; 569 - provide beneficiary CMS notice
{{DATE:05/02/2025 09:20}} called plan help desk: new plan year formulary change; transition fill allowed. Resubmitted with SCC 04? no - help desk override, transition ref {{ID:TF-0502-33812}}. PAID, copay $47.00.
{{DATE:05/02/2025 09:31}} B2 reversal - duplicate transmission from register; rebilled, paid.
Coverage determination request faxed to prescriber {{FAX:206-555-0119}}.
Pickup: daughter-in-law {{NAME:Hoa}} picked up; ID checked, WA DL {{LICENSE:WDL3XK84291B}}. Counseled on bleeding precautions.
-- {{NAME:R. Abernathy}}, RPh`,

  `LAB BILLING HOLD WORKLIST - missing/invalid info          run {{DATE:2025-01-28}}
ACCESSION        PATIENT                DOB         PAYER            ISSUE / ACTION
{{ID:L25-0117-00412}}  {{NAME:Kamara, Fatmata}}        {{DATE:03/03/1991}}  Medicaid         Z00.00 not covered w/ 87491 - need dx from {{FACILITY:Westside Women's Clinic}}, faxed {{FAX:(412) 555-0102}}
{{ID:L25-0119-01873}}  {{NAME:O'Rourke, Padraig}}      {{DATE:12/24/1958}}  Medicare         no ABN for 84153 (frequency) - write off per policy ({{NAME:jl}})
{{ID:L25-0120-00098}}  {{NAME:Zielinski, Halina}}      {{DATE:06/30/1947}}  Keystone Mutual  ID invalid ({{HEALTH_PLAN:KMH-30012}}) -> {{HEALTH_PLAN:KMH-300124481}} per 271, rebilled
{{ID:L25-0121-00730}}  {{NAME:Mbeki-Jones, Thabo}}     {{DATE:10/01/2010}}  self-pay         no address/guarantor - call mom {{PHONE:412-555-0115}}
{{ID:L25-0122-00011}}  {{NAME:Ruiz, Baby Boy}}         {{DATE:01/21/2025}}  Medicaid NB      mom's ID used ({{HEALTH_PLAN:MA-2290012847}}) - hold 30d for baby ID
Ordering NPI missing on 2 reqs from {{FACILITY:Allegheny Urgent Care North}} - called, NPI {{LICENSE:1114098237}}.
Total held $1,942.50. Next review {{DATE:2/4/25}}.`,

  `CUSTODY AND CONTROL FORM - COLLECTOR COPY (summary)
Specimen ID {{ID:A4471902}}    Lab accession {{ID:TX-25-0048171}}
Employer: {{FACILITY:Permian Basin Hauling Co.}}, {{ADDRESS:4800 W Industrial Ave}}, {{LOCATION:Midland}} TX {{ZIP:79703}}
DER: {{NAME:Casey Whitford}}   {{PHONE:432-555-0150}}   fax {{FAX:432-555-0151}}
MRO: {{NAME:Alan Rothstein}}, MD, {{FACILITY:Lone Star MRO Services}}, {{PHONE:432-555-0158}}
Donor: {{NAME:Robles, Efrain}}    Donor ID: CDL (TX) {{LICENSE:38812947}}
Reason: post-accident (DOT - FMCSA)    Panel: THC, COC, PCP, OPI, AMP
Accident: {{DATE:03/07/2025}} approx 13:30, {{ADDRESS:I-20 near mile marker 136}}; tractor unit 208, plate {{VEHICLE:AB17-344}}, VIN {{VEHICLE:1XKYD49X0LJ418822}}
Collection site: {{FACILITY:Midland Occupational Health}}, {{ADDRESS:2501 W Wall St}}, {{LOCATION:Midland}} TX {{ZIP:79701}}
Collector: {{NAME:Jolene Castillo}}
Temperature 32-38 C within 4 min: yes.   Split specimen: yes.   Observed: no.
Collected {{DATE:03/07/2025 15:52}}; sealed, initialed by donor; released to courier {{DATE:03/07/2025 16:20}}.
Breath alcohol (separate form): 0.000 at 15:40.`,

  `RETURN TO WORK / FITNESS FOR DUTY
To: Human Resources, {{FACILITY:Delta Freight Rail Services}}, fax {{FAX:209-555-0124}}
Employee: {{NAME:Ochieng, Wanjiru}}    Employee # {{ID:DFR-11873}}    Position: conductor (safety-sensitive)
Date of evaluation: {{DATE:06/24/2024}}    Off work since {{DATE:05/29/2024}} (non-occupational)
Diagnosis: withheld at employee's request; per ADA the employer receives functional information only.
[x] Released to FULL DUTY without restrictions as of {{DATE:06/26/2024}}
[ ] Released with restrictions   [ ] Not released
Safety-sensitive duties: cleared. No medications that impair alertness.
Next scheduled follow-up: routine, not work-related.
Clinician: {{NAME:Dorota Nowak-Ellison}}, PA-C, supervising physician Dr. {{NAME:Haruto Ishikawa}}
{{FACILITY:Stockton Occupational Medicine}}, {{ADDRESS:1801 E March Ln Ste C}}, {{LOCATION:Stockton}} CA {{ZIP:95210}}, {{PHONE:209-555-0120}}
Signed {{DATE:6/24/24}}
HR note: STD claim {{ACCOUNT:DBL-2024-55812}} closed {{DATE:6/27/24}}; badge reactivated. -{{NAME:Thu Trang}} (HR)`,

  `ACCOUNT NOTE - BANKRUPTCY
{{DATE:02/12/2025}} {{NAME:RAMOS, C}}: Rec'd Notice of Chapter 7 Bankruptcy Case, {{FACILITY:U.S. Bankruptcy Court, Northern District of Ohio}}
  Case No. {{ID:25-10417}}    Filed {{DATE:02/03/2025}}
  Debtors: {{NAME:Kaczmarek, Dennis P.}} and {{NAME:Kaczmarek, Lorna J.}}   SSN {{SSN:xxx-xx-1196}} / {{SSN:xxx-xx-7752}}
  Address: {{ADDRESS:3121 W 130th St}}, {{LOCATION:Cleveland}} OH {{ZIP:44111}}
  Debtors' attorney: {{NAME:Nadia Farouk}}, {{FACILITY:Farouk Debt Relief Law}}, {{PHONE:216-555-0192}}
  Trustee: {{NAME:Gerald M. Stavros}}
Accounts under guarantor {{ACCOUNT:G-4410287}}:
  {{ACCOUNT:HB-2299018}}  $4,417.60    {{ACCOUNT:HB-2311772}}  $987.00    {{ACCOUNT:PB-7710291}}  $245.00
Action: all accounts to BK status 70; recalled from {{FACILITY:Lakefront Credit Management}} {{DATE:2/12/25}}, recall ref {{ID:LCM-R-88120}}; statements suppressed; no contact with debtors. No-asset case - proof of claim not filed. 341 meeting {{DATE:03/10/2025}}.
Reminder: do NOT discharge in system until discharge order received.`,

  `RETURNED MAIL LOG / ADDRESS UPDATE
{{DATE:9-Oct-24}}  USPS return "forward time expired" - statement for acct {{ACCOUNT:55019827}}, gtr {{NAME:Sokolov, Aleksandr}}
   Old: {{ADDRESS:77 Brighton 11th St Apt 4C}}, {{LOCATION:Brooklyn}} NY {{ZIP:11235}}
   Yellow label: {{ADDRESS:1808 Ocean Pkwy Apt 2R}}, {{LOCATION:Brooklyn}} NY {{ZIP:11223-3018}}
{{DATE:10/10/24}}  called cell {{PHONE:347-555-0171}}; spoke w/ wife {{NAME:Olga}} (on HIPAA contact list), confirmed new address. Gtr at work ({{FACILITY:Coney Island Limousine}}).
   Updated email {{EMAIL:a.sokolov1961@webmail.example}}. Ins unchanged: Liberty Harbor Medicare Advantage {{HEALTH_PLAN:LHM-22019384}}.
{{DATE:10/10/24}}  statement re-mailed; dunning cycle reset to day 1.
   Second acct same gtr {{ACCOUNT:55022104}} (pt {{NAME:Sokolov, Misha}}, grandson, age 8 - gtr is legal guardian) also updated.
   Returned mail flag cleared on both. -{{NAME:DKP}}`,

  `MEDICAL IDENTITY THEFT - PATIENT DISPUTE
Received {{DATE:December 3, 2024}} from {{NAME:Tamika S. Wallace}}, {{PHONE:(901) 555-0183}}
Police report # {{ID:24-118830-MPD}}    FTC identity theft report # {{ID:184420193}}
Disputed encounter: ED {{DATE:10/27/2024}} at {{FACILITY:Wolf River Medical Center - Germantown}}, FIN {{ACCOUNT:24301882910}}, charges $6,120.00
Findings: registrant used Ms. {{NAME:Wallace}}'s name, DOB {{DATE:01/19/1993}} and TennCare ID {{HEALTH_PLAN:TNC-0098120337}}; registration photo does not match her ID; address given {{ADDRESS:4420 Elvis Presley Blvd}}; her address is {{ADDRESS:918 Faxon Ave}}, {{LOCATION:Memphis}} TN {{ZIP:38107}}. Blood type recorded O neg; hers is A pos per 2021 prenatal records.
Actions: encounter moved to alias MRN {{MRN:ALIAS-000447}}; her MRN {{MRN:WR-3390128}} cleaned; charges reversed; TennCare program integrity notified; allergy and problem lists reviewed with her on {{DATE:12/5/24}}.
Case {{ID:CMP-24-0919}} - {{NAME:Rowan Ellsworth-Diallo}}, Compliance Investigator`,

  `ACCIDENT / THIRD-PARTY LIABILITY QUESTIONNAIRE (subrogation)
From: {{FACILITY:Meridian Recovery Solutions}} on behalf of Heartland Choice Health Plan
Member: {{NAME:Obradovic, Milan}}    ID {{HEALTH_PLAN:HCH4401982271}}    Our file {{ID:MRS-24-55019}}
Claims reviewed: ED {{DATE:06/15/2024}} (S82.201A fracture of tibia shaft); ORIF {{DATE:06/18/2024}} (27759); PT x 14
MEMBER RESPONSE (handwritten, transcribed):
 1. How did the injury happen?  "fell off ladder at friends house helping him w/ gutters"
 2. Where?  {{ADDRESS:2215 N Prospect Ave}}, {{LOCATION:Milwaukee}}
 3. Work related?  no       4. Auto?  no       5. Attorney?  no
 6. Property owner:  {{NAME:Dragan Petrovic}}; homeowner's insurer Badger State Mutual, claim {{ACCOUNT:BSM-HO-240662}}
Signed {{NAME:M. Obradovic}}  {{DATE:7/22/24}}
DISPOSITION: premises liability - lien asserted $38,217.44; notice of lien to carrier {{DATE:07/30/2024}}.
Carrier adjuster {{NAME:Heather Lindgren}}, {{PHONE:414-555-0166}}. Diary 60 days.`,

  `STUDENT HEALTH INSURANCE WAIVER - REVIEW
School: {{FACILITY:Lakeshore State University}}    Student ID {{ID:L00781294}}
Student: {{NAME:Okeke, Chiamaka}}    DOB {{DATE:04/16/2004}}    {{EMAIL:cokeke4@lakeshorestate.example}}
Waiver submitted {{DATE:08/19/2024 23:58}} from {{IP:172.58.221.14}} (deadline {{DATE:08/20/2024}})
Alternate coverage: Lakeshore Blue PPO (parent's employer plan)
  Subscriber: {{NAME:Ifeanyi Okeke}}    ID {{HEALTH_PLAN:LBX330018724}}    Group {{HEALTH_PLAN:LB-04471}}
  Employer: {{FACILITY:Saginaw Valley Tool & Die}}
Criteria: ACA-compliant [x]; in-network access in campus county [x] (PPO, national network); deductible $1,500 <= $2,000 [x]; mental health parity [x]; valid through academic year [x]
Eligibility verified by 270/271 on {{DATE:08/21/2024}}: active, dependent to age 26.
Result: APPROVED. SHIP charge $1,412.00 reversed from term bill {{ACCOUNT:TB-2024FA-0781294}}.
Reviewer: {{NAME:Gabe Lindholm}}, Student Health Insurance Office, {{DATE:8/21/24}}
Note: student also asked about counseling visits at {{FACILITY:Hawthorne Hall Counseling Center}} - no charge for students regardless of waiver.`,

  `to whom it may concern,

my name is {{NAME:carol ann prewitt}} and i am writting about my husband {{NAME:Earl}}'s bills from his stay at {{FACILITY:Tri County General}} from {{DATE:aug 2}} thru {{DATE:aug 9 2024}}. account numbers {{ACCOUNT:0044187620}} and the other one {{ACCOUNT:0044187633}}. He passed on {{DATE:sept 14}} and now i am getting calls from {{FACILITY:Summit Collections}} at all hours at {{PHONE:859 555 0114}} saying he owes $11,4OO. He had Medicare and a supplement (Bluegrass Senior Plan #{{HEALTH_PLAN:BSP 2209 1187}}), medicare number {{HEALTH_PLAN:6PK9TE3UA42}}. why wasnt this billed?? i called twice and talked to {{NAME:Jessica}} and a man named Mr {{NAME:Holt}} and nobody calls back. I am 88 years old and i cant keep doing this.
please send everything to me at {{ADDRESS:412 Bethel Church Rd}} {{LOCATION:Nicholasville}} KY {{ZIP:40356}}. i have the letters of administration from {{FACILITY:Jessamine District Court}}.
thank you
{{NAME:carol prewitt}}
{{PHONE:859-555-0115}} (home, leave message)

---- PFS intake {{DATE:11/04/24}} {{NAME:tmb}}: escalated to supv. Medicare rejected both claims MSP (open GHP record from his former employer {{FACILITY:Bluegrass Tobacco Warehouse}}); CMS BCRC contacted, record closed. Collection recalled, rebilled Medicare.`,

  `Portal msg {{ID:PM-80114772}}   {{DATE:01/06/2025 07:12}}   from {{NAME:Guadalupe Herrera Soto}}
Asunto: reembolso / refund
Buenos dias, pague dos veces la factura de mi hija {{NAME:Xitlali}} (cuenta {{ACCOUNT:HRS-3304917}}): $85 el {{DATE:20 de diciembre}} con la tarjeta que termina en {{ACCOUNT:2281}} y otra vez $85 en la oficina el {{DATE:23 de diciembre}}. Me pueden devolver uno? Mi telefono es {{PHONE:(956) 555-0176}}. Gracias.

--- Reply {{DATE:01/07/2025 13:30}}  {{NAME:Rosa Villarreal}}, bilingual PFS rep ---
Hola Sra. {{NAME:Herrera}}: confirmamos el pago doble. Refund of $85.00 to the card ending {{ACCOUNT:2281}} was processed on {{DATE:1/7/25}}, reference {{ID:RF-250107-0043}}; please allow 5-10 business days. The visit on {{DATE:12/18/2024}} (99213, 87880 rapid strep) now shows a balance of $0.00. Si tiene preguntas llame al {{PHONE:956-555-0190}}, opcion 2.
Saludos, {{NAME:Rosa}}`,

  `CM/UR NOTE - [**{{FACILITY:Hospital1 18}}**]
Admission Date: [**{{DATE:2148-3-4}}**]     Discharge Date: [**{{DATE:2148-3-11}}**]
Pt: [**{{NAME:Known lastname 4471}}**], [**{{NAME:Known firstname 118}}**]    MR# [**{{MRN:Medical Record Number 88120}}**]
Insurance: Medicaid managed care; auth # [**{{ID:Numeric Identifier 33817}}**] for 5 days, concurrent review due [**{{DATE:3-9}}**].
67 yo w/ CHF readmit within 30 days (prior d/c [**{{DATE:2148-2-19}}**]), EF 20%, diuresed 6 L on lasix gtt, Cr 1.4 -> 1.7. InterQual met through [**{{DATE:3-8}}**]; [**{{DATE:3-9}}**] - [**{{DATE:3-10}}**] secondary review pending.
Spoke w/ pt's daughter [**{{NAME:Name (NI) 5512}}**] at [**{{PHONE:Telephone/Fax (1) 7719}}**]: agrees with short-term rehab at [**{{FACILITY:Hospital 9921}}**] in [**{{LOCATION:Location (un) 1103}}**]; bed offer rec'd, referral # [**{{ID:Numeric Identifier 5520}}**].
D/c planned [**{{DATE:3-11}}**]; f/u Dr. [**{{NAME:Last Name (STitle) 4410}}**] in [**{{FACILITY:Hospital 1}}**] CHF clinic [**{{DATE:2148-3-18}}**] 10am. Lasix 40 mg PO BID, K-Dur 20 mEq daily, daily wts.
Medicare/Medicaid IM letter given [**{{DATE:3-10}}**]. -- [**{{NAME:First Name8 (NamePattern2) 223}}**], RN CM`,

  `INSULIN PUMP REPLACEMENT - OUT-OF-WARRANTY PRIOR AUTH
Patient: {{NAME:Sorensen-Maddox, Freya}}   DOB {{DATE:12/09/2007}}   age 16
Plan: Heartland Choice Health Plan   Member {{HEALTH_PLAN:HCH5519082003}}   Subscriber: {{NAME:Ingrid Sorensen}} (mother)
Current pump: t:slim X2, SN {{DEVICE:1184407}}, warranty expired {{DATE:11/30/2024}}
Failure: cracked cartridge housing; occlusion alarms x6 on {{DATE:12/2-12/4}}; manufacturer ticket {{ID:CS-00921187}} (no warranty replacement).
Request: E0784 external ambulatory insulin pump; supplies A4224/A4225 continue. CGM G7 unchanged.
Endocrinology: {{NAME:Amaka Chukwuemeka}}, MD, {{FACILITY:Prairie Children's Diabetes Center}}, ph {{PHONE:316-555-0157}}, fax {{FAX:316-555-0158}}
Support: T1D dx age 6; A1c 7.1% ({{DATE:10/22/2024}}); TIR 68%; no DKA in 12 months; uses auto-mode; MDI not safe per school nurse logs.
Supplier: {{FACILITY:Wichita Diabetes Supply}}; loaner pump SN {{DEVICE:LN-2044871}} shipped {{DATE:12/05/2024}}.
Approved {{DATE:12/10/2024}}, auth {{ID:HCH-DME-24-88173}}; replacement pump SN {{DEVICE:1290331}} shipped {{DATE:12/12/2024}}; loaner returned {{DATE:12/16}}.`,

  `INVOICE - COPIES OF MEDICAL RECORDS
{{FACILITY:HealthRecords Copy Solutions}}, release-of-information agent for {{FACILITY:Sandhills Medical Center}}
Invoice # {{ACCOUNT:HCS-24-0071193}}    Invoice date {{DATE:10/03/2024}}    Request {{ID:ROI-SMC-24-3318}}
Bill to: {{FACILITY:Pemberton Law Group}}, attn {{NAME:Carla Whitmore}}, paralegal
         {{ADDRESS:300 Hay St Ste 400}}, {{LOCATION:Fayetteville}} NC {{ZIP:28301}}
Patient: {{NAME:Jernigan, Marcus D.}}    DOB {{DATE:02/02/1988}}    Your ref {{ID:PLG-2291-MJ}}
Dates of service requested: {{DATE:01/01/2023}} through {{DATE:09/15/2024}}
Electronic copy, 318 pages
   first 25 pages @ $0.75 ........ $18.75
   next 75 pages @ $0.50 ......... $37.50
   218 pages @ $0.25 ............. $54.50
   certification ................. $10.00
TOTAL DUE ........................ $120.75
Released under patient authorization dated {{DATE:09/20/2024}}. Records will be delivered by secure email on payment.
Pay online: {{URL:https://pay.hrcopysolutions.example/inv/HCS-24-0071193}}   Remit TIN {{ID:56-1773920}}
Questions: {{PHONE:910-555-0185}}, Mon-Fri.`,

  `HIM RECORDS RETENTION - CERTIFICATE OF DESTRUCTION (paper charts)
Facility: {{FACILITY:Cumberland Valley Hospital}}    Certificate # {{ID:SR-COD-558120}}
Vendor: {{FACILITY:ShredRight Document Services}}; driver {{NAME:Marco Beltran}}; truck plate {{VEHICLE:ZKT-4471}} (PA)
Destroyed {{DATE:03/14/2025}} 10:05-11:40, on-site cross-cut shredding, witnessed by {{NAME:Elaine Hostetler}}, RHIA
Rule applied: adult records 10 yrs after last encounter; minors to age 18 + 7 yrs; no destruction of records under legal hold.
BOX      CONTENTS                                                    LAST DOS
BX-0112  MRN {{MRN:0000410}} to {{MRN:0000998}} (terminal digit order)          2012-2014
BX-0113  {{NAME:Zook, Amos}} {{MRN:0012871}}; {{NAME:Stoltzfus, Rebecca}} {{MRN:0012904}}; others     2013
BX-0119  birth logs, L&D unit                                        2006
Pulled before destruction: {{NAME:Hershberger, Levi}} {{MRN:0013377}} - legal hold per counsel letter {{DATE:01/2025}}; minor {{NAME:Yoder, Ella}} {{MRN:0013402}} (born 2009, retain until 2034).
Total 22 boxes, approx 1,100 lb. Index updated in HIM tracking by {{NAME:ddh}} {{DATE:3/14/25}}.`,

  `UTILIZATION REVIEW DETERMINATION - WORKERS' COMPENSATION
Claims administrator: Great Lakes Comp Services      Claim {{ACCOUNT:GLC-WC-23-004188}}
Injured worker: {{NAME:Abdullahi, Hamza}}    DOI {{DATE:11/02/2023}}    Employer: {{FACILITY:Twin Ports Steel Fabrication}}
Requesting physician: {{NAME:Eleanor Vance-Mitchell}}, MD, {{FACILITY:Duluth Spine & Pain}}, fax {{FAX:218-555-0132}}
Request received {{DATE:01/08/2024}}: L5-S1 transforaminal epidural steroid injection (64483) x1 with fluoroscopic guidance
Determination {{DATE:01/11/2024}}: NOT CERTIFIED
Rationale: the state treatment parameters (Minn. R. 5221.6200) require radicular findings for this injection. The exam of {{DATE:12/20/2023}} documents axial low back pain only, negative straight-leg raise, symmetric reflexes and normal strength; MRI shows L5-S1 annular fissure without nerve root compression. Conservative care (PT x 12, meloxicam 15 mg) continues.
Physician reviewer: {{NAME:Rashid Al-Hakim}}, MD, PM&R, MN lic {{LICENSE:45127}}
Appeal: you may request reconsideration within 30 days or a conference with the Department of Labor and Industry.
UR case {{ID:UR-24-0108-7713}}. Nurse reviewer {{NAME:Kim Thao}}, RN, {{PHONE:651-555-0168}}.`,

  `PATIENT PORTAL PROXY ACCESS REQUEST - ADOLESCENT (13-17)
Patient: {{NAME:Castillo-Reyes, Mateo}}    DOB {{DATE:3/15/2010}}    MRN {{MRN:PK-0441827}}
Proxy 1: {{NAME:Daniela Reyes}} (mother)    DOB {{DATE:8/1/1984}}
         email {{EMAIL:dreyes.family@correo.example}}    cell {{PHONE:(915) 555-0129}}
         verified: birth certificate + TX DL {{LICENSE:31884702}}
Proxy 2: {{NAME:Javier Castillo}} (father) - custody order {{ID:2019-DCV-1187}} from {{FACILITY:El Paso County Court at Law No. 3}} reviewed: joint managing conservators -> eligible
Access level: adolescent proxy - no access to confidential encounters (sexual/reproductive health, mental health, substance use) or adolescent-only messages.
Patient (age 14) told about proxy access by Dr. {{NAME:Ananya Krishnan}} at visit {{DATE:04/19/2024}}; he agreed.
Activation codes sent {{DATE:04/22/2024 16:05}}: proxy accounts {{ID:mcr2010-proxy1}}, {{ID:mcr2010-proxy2}}
Processed by {{NAME:Yesenia Olivas}}, HIM Specialist    Reviewed {{NAME:LG}}
Expires automatically on patient's 18th birthday ({{DATE:03/15/2028}}).`,

  `NOTICE OF INDEPENDENT MEDICAL EXAMINATION                       {{DATE:August 5, 2024}}
{{NAME:Latoya Jenkins-Boyd}}
{{ADDRESS:1127 Old Garden Rd}}
{{LOCATION:Charlotte}}, NC {{ZIP:28208}}

Claim {{ACCOUNT:CWC-2024-118840}}    Employer: {{FACILITY:Queen City Distribution Center}}    DOI {{DATE:03/18/2024}}
IC File {{ID:24-011827}}

An independent medical examination has been scheduled for {{DATE:Wednesday, August 21, 2024}} at 9:30 AM with {{NAME:Hiroshi Tanabe}}, MD, orthopaedic surgeon, at {{FACILITY:Piedmont IME Associates}}, {{ADDRESS:6000 Fairview Rd Ste 1200}}, {{LOCATION:Charlotte}} NC {{ZIP:28210}}.
Please bring photo ID, a list of your medications and imaging discs (MRI right shoulder {{DATE:04/30/2024}}).
Mileage is reimbursed at $0.67 per mile. For a ride or an interpreter, call {{FACILITY:CareRide Transport}} at {{PHONE:704-555-0148}}, reference {{ID:CR-8817204}}.
Failure to attend without good cause may suspend your benefits (N.C.G.S. 97-27).
Adjuster: {{NAME:Miguel Santangelo}}, {{PHONE:704-555-0149 x2207}}, {{EMAIL:msantangelo@carolinawc.example}}
cc: {{NAME:Preston Avery}}, Esq., counsel for employee`,
];

export const HELDOUT_REALISTIC_65_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout65-${i + 1}`, n));
