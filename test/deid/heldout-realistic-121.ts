// A hundred-and-twenty-first held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is health information management, privacy and
// compliance operations: release-of-information request logs and fax cover sheets, records
// amendment requests and responses, patient access requests and denials, portal proxy forms and
// revocations, HIPAA privacy incident investigations (misdirected faxes, mail and emails, snooping
// and break-the-glass audits with user ids, workstation names and IP addresses, lost devices,
// phishing), breach notification letters and four-factor risk assessments, accounting-of-
// disclosures reports and exports, subpoenas, court orders, law-enforcement and legal-hold
// processing, records retention and destruction certificates, coding and CDI queries, chart
// deficiency reports and suspension letters, transcription QA logs with typists' initials,
// scanning/indexing error reports, master patient index duplicate-merge and overlay worksheets, and
// identity-theft medical record corrections, written as logs, tables, forms, letters, e-mails,
// chats, machine exports and terse worksheet jottings. Names of patients, requesters, attorneys,
// employees and physicians come surname first, in capitals, as initials (typists' jt/MLR, signers'
// -dkm), nicknames in quotes, first names alone, hyphenated, with particles and in Spanish,
// Vietnamese, Navajo, Nigerian, Polish, Arabic and other forms; facilities include hospitals, wards
// with proper names, clinics, skilled nursing homes, law firms, courts, employers, schools, copy and
// shredding vendors and funeral homes; dates come as 03/15/2024, 3/11, 2/6/24, Feb 6, 2024,
// 2024-04-27 22:41:09, 14MAR2024, 20240308 and with weekdays.
// Look-alikes that are NOT PHI and stay unmarked: internal policy numbers (HIM-204, PRV-011), CFR
// and statute citations (45 CFR 164.524, 42 CFR Part 2, VA Code 8.01-413), form names and numbers
// (Form HIM-PX-3), counts of pages, fees and per-page rates, workstation, scanner, printer and
// fax-machine names without a personal name (WS-ED-04, FX-4W-02), asset tags, queue and worklist
// names, scan batch, storage box, seal, Bates, IRB protocol and fax-transmission job numbers,
// ICD-10, CPT, PCS and DRG codes, scores, doses and lab values, room and bay numbers, software and
// product names, payers and state or federal agencies, ages of 89 and under, years alone, quarters
// (Q3), clock times alone and weekdays alone.
// Annotation follows the README guideline and set 72's header. Added for this set: law firms,
// courts (named with their county or district, as one span), employers, schools, copy, record
// retrieval, scanning and shredding vendors, business associates, funeral homes, local police,
// sheriff and district attorney offices and a company named in a case caption are FACILITY; case,
// docket, cause, subpoena, warrant, ROI request, amendment, incident, ticket, complaint, OCR
// transaction, police and FTC report, query, dictation and editing job, document, media (CD),
// duplicate-pair, certificate, bill of lading, work order, interpreter, vendor, passport and
// tracking numbers are ID; EHR, portal and service-account user ids and a workstation name that
// carries a person's name (LT-KPATEL-02) are ID; encounter, visit, FIN, guarantor, invoice, payment
// receipt and billing numbers are ACCOUNT; EMPI, VA ICN, legacy and alias MRNs are MRN; a Medicare
// MBI or other member number is HEALTH_PLAN; attorney bar numbers, NPIs, DEA numbers and driver's
// licences are LICENSE; registration-camera, security-camera and ID photo file names are PHOTO;
// palm-vein template ids are BIOMETRIC; implant and pacemaker serials are DEVICE; an alias name
// given to hide a patient (HALIBUT, OSCAR; DOE, ALIAS-004) is NAME; any URL, a phishing link
// included, is URL; credentials after a name (RHIA, CCS, CCDS, RN, PA-C, Esq.) stay outside NAME
// spans; an audit timestamp with date and time is one DATE span; a month with a year (Feb 2024,
// 03/2022) is a DATE; a verbal password that is a person's name is NAME.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-25 final engine
// (72034ea) 0.9518 / 0.9666; pass-26 engine (whose rules were made from sets 115-118 without
// reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `HIM RELEASE OF INFORMATION LOG   site: {{FACILITY:Marrowfield Community Hospital}}   wk ending {{DATE:03/15/2024}}
req#        rec'd  patient                 MRN        requester                          pgs  fee     status
{{ID:R24-01187}}  {{DATE:3/11}}   {{NAME:ABERNATHY, ROSE M}}      {{MRN:00731842}}   {{FACILITY:Keller & Voss LLP}} / {{NAME:T. Keller}}    212  $38.40  mailed {{DATE:3/14}}
{{ID:R24-01188}}  {{DATE:3/11}}   {{NAME:Dang, Minh}}             {{MRN:00918266}}   SSA disability (DDS)              47   $0.00   sent ERE {{DATE:3/12}}
{{ID:R24-01189}}  {{DATE:3/12}}   {{NAME:PELLETIER, JEAN-LUC}}    {{MRN:00266514}}   pt self, pickup                   9    $6.50   ID ok (DL {{LICENSE:P412-880-91-033}})
{{ID:R24-01190}}  {{DATE:3/13}}   {{NAME:Okonkwo, Adaeze}}        {{MRN:01044977}}   {{FACILITY:Tri-County Staffing}} (FMLA)   31   $0.00   HOLD auth expired {{DATE:2/28/24}}
{{ID:R24-01191}}  {{DATE:3/13}}   {{NAME:Sutter, Wm}}             {{MRN:00480031}}   {{FACILITY:Lindqvist Orthopedics}}         15   n/c     faxed {{FAX:(608) 555-0172}}
notes: {{ID:01190}} - lvm for {{NAME:Deb}} in HR at {{PHONE:608-555-0139}}, need new auth; per HIM-204 no release on an expired authorization. {{ID:01187}} invoice {{ACCOUNT:INV-77120}} (212 pp x $0.18 + $0.24 postage, capped per state rate). -{{NAME:dkm}}`,
  `PRIVACY INCIDENT INVESTIGATION   {{ID:PI-2024-0217}}
Type: misdirected fax      Reported: {{DATE:Feb 6, 2024 1540}} by {{NAME:Carla Benedetti}}, unit clerk 4 West
Summary: DC summary + med list for pt {{NAME:H. Yazzie}} (MRN {{MRN:2230918}}) meant for {{FACILITY:Sunrise Pines Skilled Nursing}} fax {{FAX:505-555-0188}} went to {{FAX:505-555-0811}} (digits transposed in the speed-dial entry). Recipient = auto body shop, {{FACILITY:Ortega Collision}}, {{LOCATION:Gallup}}. 6 pages.
Actions: {{DATE:2/6}} 1605 called {{PHONE:505-555-0811}}, spoke w/ owner {{NAME:Ray Ortega}}; pages still in tray, not read, agreed to shred. Signed attestation of destruction rec'd by fax {{DATE:02/07/2024}}. Speed dial fixed under IT ticket {{ID:INC0048815}}, device FX-4W-02.
Risk assessment (45 CFR 164.402(2)): (1) nature/extent - dx, meds, no SSN or financial; (2) recipient - not a CE, cooperative; (3) acquired/viewed - no; (4) mitigation - attestation. Low probability of compromise -> not a reportable breach, entered on incident register per PRV-011.
Investigator: {{NAME:Priya Raman}}, CHPS, Privacy Analyst, ext {{PHONE:7720}}    closed {{DATE:2/9/24}}`,
  `ACCESS AUDIT - employee-as-patient report      run {{DATE:2024-05-02 07:15}}
patient: {{NAME:LAMBERT, DENISE K}}   MRN {{MRN:M00562190}}   (employee, Pharmacy)
timestamp             user_id     name               workstation   ip              action
{{DATE:2024-04-27 22:41:09}}   {{ID:tnorris2}}    {{NAME:Norris, Tyler}}      WS-ED-04      {{IP:198.51.100.24}}   chart open / notes
{{DATE:2024-04-27 22:43:51}}   {{ID:tnorris2}}    {{NAME:Norris, Tyler}}      WS-ED-04      {{IP:198.51.100.24}}   results review
{{DATE:2024-04-28 01:02:17}}   {{ID:mchu}}        {{NAME:Chu, Melanie}}       {{ID:LT-MCHU-01}}    {{IP:203.0.113.77}}    demographics
{{DATE:2024-04-29 08:30:00}}   {{ID:rx_bot}}      (interface)        -             {{IP:192.0.2.10}}      med profile
Findings: {{ID:tnorris2}} ({{NAME:Tyler Norris}}, RN, ED) - no treatment relationship, pt not in ED on {{DATE:4/27}}; viewed 2 notes and the {{DATE:4/26}} labs. {{ID:mchu}} = registration, address update requested by pt per phone call, appropriate. Interface account ok.
Referred to HR ({{NAME:Gwen Adeyemi}}) and ED manager {{NAME:S. Friedman}}; interview {{DATE:Tues 5/7}} 1000. Sanction per HR-55 pending. -{{NAME:PR}}`,
  `{{DATE:June 3, 2024}}

Mr. {{NAME:Harold Fenwick}}
{{ADDRESS:2218 Cottonwood Ln, Apt 3}}
{{LOCATION:Bozeman}}, MT {{ZIP:59715}}

Re: Notice of a privacy incident (reference {{ID:BN-24-0093}})

Dear Mr. {{NAME:Fenwick}},
We are writing to tell you about an incident that may have involved some of your health information. On {{DATE:April 18, 2024}}, a {{FACILITY:Gallatin Ridge Health}} employee e-mailed a spreadsheet to a personal e-mail address ({{EMAIL:r.hollis.home@mailbox-example.net}}) to work on it from home, against our policy. The spreadsheet listed your name, date of birth, medical record number ({{MRN:GR-0441872}}) and the date of a clinic visit ({{DATE:03/29/2024}}). It did not include your Social Security number, insurance or financial information.
We learned of this on {{DATE:April 25}} and the employee deleted the file the same day. We have retrained the staff involved. We have no evidence the information was misused.
If you have questions, call us toll free at {{PHONE:1-888-555-0147}}, Monday to Friday 8-5, or see {{URL:https://www.gallatinridgehealth-example.org/notice}}.
Sincerely,
{{NAME:Monica Strand-Weller}}, Privacy Officer`,
  `SUBPOENA INTAKE WORKSHEET - HIM Legal Desk
Rec'd {{DATE:01/22/2024}} certified mail, tracking {{ID:9407 1118 9956 2210 4471 35}}
Court: {{FACILITY:District Court, Tamarack County}}   Case No. {{ID:A-23-881402-C}}
Caption: {{NAME:Marisol Quintero}} v. {{FACILITY:Desert Sunfinch Logistics LLC}}
Issuing atty: {{NAME:Brendan J. Oduya}}, Esq. (Bar #{{LICENSE:14872}}), {{FACILITY:Oduya Hartman PLLC}}, {{ADDRESS:700 S. Fourth St, Ste 210}}, {{LOCATION:Las Vegas}} NV {{ZIP:89101}}; tel {{PHONE:702-555-0164}}, fax {{FAX:702-555-0165}}
Records sought: all records {{DATE:06/01/2021}} to present incl imaging + billing. Pt DOB {{DATE:09/14/1978}}, MRN {{MRN:4471093}}.
[x] signed by atty   [ ] satisfactory assurance, 164.512(e)(1)(ii) - MISSING   [ ] court order   [x] $0 fee
Disposition: not an order, no proof of notice to pt and no QPO -> letter {{DATE:1/24/24}} asking for assurances or a signed authorization. Return date {{DATE:2/12/2024}}. Chart has SUD tx notes -> 42 CFR Part 2 review before anything goes out. Called paralegal {{NAME:Josie}} {{PHONE:702-555-0166}}, she will send the notice letter. -{{NAME:LRW}}`,
  `REQUEST FOR AMENDMENT OF HEALTH INFORMATION - response memo
Request #: {{ID:AMD-23-0042}}      rec'd {{DATE:11/20/2023}}     due {{DATE:01/19/2024}} (60 days)
Patient: {{NAME:VASQUEZ-LUND, Theodora}} ("{{NAME:Teddy}}")   MRN {{MRN:00552071}}   DOB {{DATE:5/5/1990}}
Item in question: ED provider note {{DATE:11/02/2023}} by Dr. {{NAME:Anand Kulkarni}}, social history line "hx of alcohol use disorder, in recovery". Pt states she has never had this dx and it came from a prior pt's template.
Review: note routed to author {{DATE:12/4}}; Dr. {{NAME:Kulkarni}} agrees the line was carried forward in error (copy-forward from template ED-SOC-2). No F10.x code billed on acct {{ACCOUNT:5100398821}}.
Decision: ACCEPTED. Addendum placed {{DATE:12/06/2023}} linking the correction; original retained per HIM-310.
Notify: pt by letter; persons the pt named - {{FACILITY:Pinecrest Family Medicine}} (Dr. {{NAME:Halvorsen}}) fax {{FAX:303-555-0190}}, and {{FACILITY:Aurora Spine & Pain}}. Letter mailed to {{ADDRESS:915 Quail Run Ct}}, {{LOCATION:Littleton}} CO {{ZIP:80120}} on {{DATE:12/7/23}}.
Reviewer {{NAME:Nadine Ossei}}, RHIA`,
  `PATIENT PORTAL PROXY ACCESS REQUEST  (Form HIM-PX-3)
Patient: {{NAME:Eleanor Whitcombe}}   DOB {{DATE:04/30/1931}}   age {{AGE:92}}   MRN {{MRN:00388120}}
Proxy: {{NAME:Graham Whitcombe}} (son)   DOB {{DATE:7/2/1960}}
Proxy address: {{ADDRESS:41 Larch Hollow Rd}}, {{LOCATION:Brattleboro}} VT {{ZIP:05301}}
Proxy phone {{PHONE:802-555-0126}}    email {{EMAIL:gwhitcombe61@postbox-example.com}}
Access level: [x] full adult proxy   [ ] billing only   [ ] appointments only
Basis: pt signed in clinic; capacity confirmed by Dr. {{NAME:Ines Carvalho}} {{DATE:3/8/24}}
ID checked: VT DL {{LICENSE:88341207}}; ID photo captured {{PHOTO:IMG_proxy_20240308_0912.jpg}}
Portal username: {{ID:gwhitcombe.px}}; activation link sent, {{URL:https://portal.harwichvalley-example.org/activate}}
Expires: when revoked by pt or on notice of death. Copy to scanning, doc type PROXY.
Processed by {{NAME:kj}}  {{DATE:03/08/2024 09:20}}`,
  `EMPI DUPLICATE REVIEW    pair {{ID:DUP-558012}}    score 0.91
                RECORD A                          RECORD B
Name:           {{NAME:HERNANDEZ, MARIA G}}               {{NAME:HERNANDES, MARIA GUADALUPE}}
DOB:            {{DATE:02/17/1984}}                        {{DATE:02/17/1984}}
MRN:            {{MRN:00611283}}                          {{MRN:00984402}}
EMPI:           {{MRN:E7712003}}                          {{MRN:E7730981}}
SSN:            {{SSN:567-21-4419}}                       (blank)
Address:        {{ADDRESS:1804 W Ninth St}} {{LOCATION:Pueblo}}      {{ADDRESS:1804 West 9th Street #B}} {{LOCATION:Pueblo}}
Phone:          {{PHONE:719-555-0114}}                      {{PHONE:719-555-0114}}
Last enc:       {{DATE:09/30/2023}} ED                     {{DATE:10/02/2023}} clinic
Mother maiden:  {{NAME:Ruiz}}                              {{NAME:Ruiz}}
Decision: SAME PERSON - merge B into A. Surviving MRN {{MRN:00611283}}. Encounters moved: {{ACCOUNT:V000481120}}, {{ACCOUNT:V000495507}}. Notified lab + radiology for result re-link.
Reviewer {{NAME:A. Tsosie}} {{DATE:10/16/23}}, 2nd review {{NAME:JR}}.`,
  `CDI QUERY - clinical validation           Query ID {{ID:Q-2024-11870}}
To: Dr. {{NAME:Fatima Al-Rashid}} (Hospitalist)     From: {{NAME:Kevin Moe}}, RN, CCDS
Pt: {{NAME:Pruitt, Dale}}    Acct {{ACCOUNT:40028817734}}    Adm {{DATE:8/19/2024}}    Rm 512
"Acute respiratory failure" is documented in the H&P {{DATE:8/19}} and progress notes {{DATE:8/20}} and {{DATE:8/21}}.
Clinical indicators in the record: SpO2 94% on 2L NC, RR 18-20, no ABG, no BiPAP/HFNC, speaking full sentences, CXR mild atelectasis.
Based on your clinical judgment, please clarify the diagnosis being treated:
  - acute respiratory failure with hypoxia (J96.01)
  - hypoxemia (R09.02) without respiratory failure
  - other ____
  - unable to determine
This query is not meant to imply any particular response. Reply in the query inbox within 48 h or call ext {{PHONE:6652}}. Escalation per CDI-07 to the physician advisor, Dr. {{NAME:Liang}}, after 2 business days.
cc: coding, {{NAME:Beatriz Solano}}, CCS`,
  `TRANSCRIPTION QA LOG  -  audit sample, week of {{DATE:2/5/24}}
job#     dictator           typist   date     type  crit/maj/min  score
{{ID:884120}}   Dr. {{NAME:Sokolov}}        {{NAME:jt}}       {{DATE:2/5}}      DS    0/1/2         98.6
{{ID:884127}}   Dr. {{NAME:Baptiste}}       {{NAME:MLR}}      {{DATE:2/5}}      OP    1/0/1         91.0
{{ID:884133}}   Dr. {{NAME:Nwachukwu}}      {{NAME:jt}}       {{DATE:2/6}}      H&P   0/0/3         99.1
{{ID:884140}}   NP {{NAME:Ferris}}          {{NAME:ab}}       {{DATE:2/6}}      CON   0/2/0         96.4
{{ID:884152}}   Dr. {{NAME:Sokolov}}        {{NAME:KO}}       {{DATE:2/7}}      DS    0/0/0         100
Comments:
{{ID:884127}} - {{NAME:MLR}} typed "hypertension" for "hypotension" in the op note for {{NAME:Ocampo, R.}} (MRN {{MRN:3308817}}). Critical. Corrected, re-sent to Dr. {{NAME:Baptiste}} for signature {{DATE:2/8}}; report already in the portal, so pt notified by clinic.
{{ID:884140}} - two drug names misheard (Zyprexa/Zyrtec; Celebrex/Cerebyx), flagged for speaker re-training.
Target >= 98.0. {{NAME:MLR}} to 100% review for 2 wks. -QA {{NAME:Sandra Pike}}`,
  `From: {{NAME:Ortiz, Yolanda}} <{{EMAIL:yortiz@stcolumba-example.org}}>
Sent: {{DATE:Thursday, October 10, 2024 4:52 PM}}
To: HIM Release of Information
Cc: {{NAME:Hamid Qureshi}} <{{EMAIL:hqureshi@stcolumba-example.org}}>
Subject: RE: right of access complaint - {{NAME:GRZYBOWSKI, Tadeusz}}

Team - pt {{NAME:Tadeusz Grzybowski}} (MRN {{MRN:70012458}}) called Patient Relations today, says he asked for his whole chart on {{DATE:9/3}} and still has nothing. I see request {{ID:ROI-24-33091}} logged {{DATE:09/04/2024}}, status "pending - awaiting fee". He was quoted $148 for 740 pages, which is not a reasonable cost-based fee for an electronic copy. Under 164.524 we are past 30 days as of {{DATE:10/3}} and never sent an extension letter.
Please: 1) waive to the flat $6.50 for the e-copy; 2) send via secure link to {{EMAIL:t.grzybowski@inbox-example.pl}} today - he confirmed that address by phone, {{PHONE:(414) 555-0193}}; 3) document in the log.
He mentioned contacting OCR. {{NAME:Hamid}}, can you call him back tomorrow? His daughter {{NAME:Agnieszka}} speaks for him sometimes but she is NOT a personal rep on file.
Thanks,
{{NAME:Yolanda}}
{{NAME:Yolanda Ortiz}}, RHIT | HIM Operations Manager | {{FACILITY:St. Columba Medical Center}} | {{PHONE:414-555-0100}} ext {{PHONE:2231}}`,
  `ACCOUNTING OF DISCLOSURES - report for patient request {{ID:AOD-2024-0019}}
Patient: {{NAME:Chinwe Eze-Balogun}}   DOB {{DATE:12/01/1969}}   MRN {{MRN:00841157}}
Period requested: {{DATE:04/01/2018}} through {{DATE:03/31/2024}} (6 yr max)
date        recipient                                   purpose                         description
{{DATE:2019-07-22}}  County Health Dept                          public health - TB report       lab + demographics
{{DATE:2020-11-05}}  {{FACILITY:Harlan Moss & Reyes LLP}}               subpoena w/ assurances ({{ID:CV-2020-4417}})   ED records 2 pp
{{DATE:2021-02-16}}  Det. {{NAME:Ruben Salas}}, {{FACILITY:Neponset Valley PD}}     law enf 164.512(f)(2)           name, DOB, dates of tx
{{DATE:2022-08-30}}  {{FACILITY:Ridgeway University}} IRB                research, waiver (protocol 22-118)  dx codes
{{DATE:2023-05-12}}  State medical examiner                      decedent? entered in error      VOID - wrong pt
Excluded per 164.528(a)(1): TPO, disclosures to the pt, per authorization.
Note: {{DATE:5/12/23}} row was logged on this chart by mistake (belonged to {{NAME:Eze, C.}} MRN {{MRN:00841175}}); removed from the report, correction ticket {{ID:HIMT-9920}}.
First accounting in 12 months - no charge. Mailed {{DATE:4/18/2024}} to {{ADDRESS:66 Fernbrook Ave}}, {{LOCATION:Norwood}} MA {{ZIP:02062}}. -{{NAME:cv}}`,
  `CERTIFICATE OF DESTRUCTION                      Cert No. {{ID:SD-0048812}}
Vendor: {{FACILITY:Ironclad Shred Services}}, {{ADDRESS:4100 Industrial Pkwy, Unit 9}}, {{LOCATION:Toledo}} OH {{ZIP:43612}}
Client: {{FACILITY:Maumee Bay Regional Hospital}} - HIM, off-site storage
Date of pickup: {{DATE:08/14/2024}}       Date of destruction: {{DATE:08/15/2024}}       Method: cross-cut shred, pulped
Materials: 62 boxes, paper medical records, inpatient discharges 2010-2013 (adult), retention met per HIM-400 (10 yrs after last enc; minors to age 21 + 10 held back). Legal hold list checked {{DATE:8/12/24}} - boxes 2011-117 and 2012-045 pulled (hold for case {{ID:LH-22-006}}, pt {{NAME:J. Wyszynski}}).
Box range: 2010-001 to 2013-066 less the two above. Bill of lading {{ID:BOL-553190}}. Truck plate {{VEHICLE:OH JKT 4471}}.
Witnessed by: {{NAME:Lorraine Kettering}} (HIM)  and  {{NAME:Dmitri Vlasenko}} (vendor driver)
Authorized: {{NAME:Paul Ebersole}}, Director HIM          signature on file
Destruction log entry HIM-DL-2024-14 retained permanently.`,
  `CHART DEFICIENCY REPORT - physicians > 14 days    as of {{DATE:14MAR2024}}
Physician             deficiency              pt / MRN                        disch     days
{{NAME:ABERCROMBIE, NEIL}} MD   DS not dictated        {{NAME:Tran Van Hoa}} / {{MRN:00190455}}      {{DATE:02/20}}    23
                       H&P unsigned           {{NAME:Lopez, Araceli}} / {{MRN:00733020}}    {{DATE:02/24}}    19
{{NAME:OKAFOR, CHIDI}} DO       op note missing        {{NAME:Whitlock, B.}} / {{MRN:00560013}}      {{DATE:02/26}}    17
                       verbal order unsigned  {{NAME:Begay, Loretta}} / {{MRN:00688214}}    {{DATE:02/27}}    16
{{NAME:Sato, Emi}} MD           progress note unsgnd   {{NAME:MacInnes, Calum}} / {{MRN:00304471}}   {{DATE:02/28}}    15
Delinquency threshold 21 days (Med Staff Bylaws Art. 8.4). {{NAME:Abercrombie}} has 1 record delinquent -> notice #2 sent {{DATE:3/13}}, suspension eff. {{DATE:3/20/24}} if not done. Dr. {{NAME:Okafor}} on leave until {{DATE:3/18}}, exception approved by CMO Dr. {{NAME:Wren}}.
Total open: 412 deficiencies / 188 charts; delinquency rate 2.9%.
Prepared by {{NAME:Tasha Greenlee}}, Chart Completion  ext {{PHONE:4318}}`,
  `scan/index error report  -  {{DATE:2024-06-11}}   queue: INDEX-QA   batch 061124-07 (not pt-specific)
doc id        doc type           indexed to                       should be                        found by
{{ID:D9941207}}      outside labs       {{NAME:NGUYEN, THI THU}} {{MRN:00422187}}   {{NAME:NGUYEN, THI THU HA}} {{MRN:00422781}}   coder {{NAME:bs}}
{{ID:D9941233}}      consent-surgery    {{NAME:Kowalczyk, Anna}} {{MRN:00601932}}   same pt, wrong enc {{ACCOUNT:E10088371}}   HIM-{{NAME:LK}}
{{ID:D9941260}}      POLST              {{NAME:Redbird, Sam}} {{MRN:00299018}}      {{NAME:Redbird, Samuel Jr}} {{MRN:00299108}}  RN {{NAME:Agnes}}, {{FACILITY:5 Kessler}}
Actions: all 3 moved; original index kept in the doc history. {{ID:D9941260}} is an end-of-life form filed on the son's chart - RN noticed when the father ({{AGE:91}} yo) was admitted {{DATE:6/10}}; attending Dr. {{NAME:Montoya}} notified same day. Root cause: two pts with the same name + DOB year in the scan picklist, no 2nd identifier checked. Retrain scanner {{NAME:LK}} ({{NAME:Lena Kirsch}}); add DOB+MRN check to SOP SCN-12. Not a privacy breach (internal, treatment team), but logged as quality event {{ID:QE-24-1180}}.`,
  `MEDICAL IDENTITY THEFT - RECORD CORRECTION WORKSHEET      case {{ID:IDT-2024-004}}
Victim (true pt): {{NAME:Kimberly Ann Tso}}   DOB {{DATE:03/22/1988}}   MRN {{MRN:01120594}}
Suspect enc: ED visit {{DATE:01/06/2024 0214}}, acct {{ACCOUNT:8830017452}}; presented an ID card and ins card in the victim's name. Photo taken at registration ({{PHOTO:REG-CAM-20240106-0211-03.jpg}}) does not match the victim's DL photo.
Victim notice: pt got an EOB from her plan (member ID {{HEALTH_PLAN:XQH884102277}}) for an ED visit in {{LOCATION:Farmington}} she never made; called us {{DATE:2/1/24}}.
Police report: {{FACILITY:Four Corners Metro PD}} report {{ID:24-001873}}, Officer {{NAME:D. Benally}}; FTC IdentityTheft report {{ID:173309844}}.
Corrections:
 - {{DATE:01/06/2024}} enc sequestered into a new "alias" MRN {{MRN:01120594-X1}} registered as {{NAME:DOE, ALIAS-004}}; blood type, allergies (PCN), dx F11.20 removed from victim's problem list
 - victim's real allergy list reverified with pt by phone {{PHONE:505-555-0157}}
 - billing: acct {{ACCOUNT:8830017452}} recalled from the plan, no pt statement
Victim was told of her rights to a copy and to amend, and that we can't disclose the suspect's info. Letter to {{ADDRESS:3011 Piñon Hills Blvd}}, {{LOCATION:Farmington}} NM {{ZIP:87402}}.
HIM lead: {{NAME:Marguerite}} "{{NAME:Maggie}}" {{NAME:Doyle}}  | compliance: {{NAME:Ethan Roubideaux}}`,
  `COURT ORDER PROCESSING - Behavioral Health records
Rec'd {{DATE:Mon 7/15/24}} by hand from process server ({{NAME:Curtis Lamb}}, {{FACILITY:Lamb Legal Courier}})
Order: {{FACILITY:Superior Court of Saguaro County}}, Family Div., case {{ID:D20231187}}, In re the Marriage of {{NAME:FAIRWEATHER, Lucinda}} and {{NAME:FAIRWEATHER, Owen P.}}
Signed by Judge {{NAME:Rosalind Achebe-Tran}} {{DATE:07/11/2024}}. Orders production of outpatient psychiatric records of {{NAME:Lucinda Fairweather}} (MRN {{MRN:BH-0073318}}) {{DATE:01/01/2022}} - {{DATE:06/30/2024}}, to be delivered sealed to chambers, NOT to the parties.
Checks: [x] order signed by a judge (164.512(e)(1)(i) - no assurances needed)  [x] scope limited  [x] psychotherapy notes NOT covered (separate, not released - 164.508(a)(2))  [ ] SUD program records - n/a
Work: 143 pp progress notes + med mgmt; process notes kept by Dr. {{NAME:Felix Ambrose}} excluded. Custodian affidavit signed by {{NAME:Renata Szabo}} {{DATE:7/17}}. Sealed envelope delivered to {{ADDRESS:110 W Congress St}}, {{LOCATION:Tucson}} {{ZIP:85701}}, receipt {{ID:CHB-7719}}.
Pt's treating psychiatrist told {{DATE:7/16}}; pt herself left vm at {{PHONE:520-555-0148}} as a courtesy.
Logged for accounting of disclosures. -{{NAME:rsz}}`,
  `Privacy incident - misdirected email            {{ID:PI-24-0388}}       status: OPEN
Reporter: {{NAME:Jun Takahashi}}, Care Mgmt (self-report)   when: {{DATE:2024-09-18 11:07}}
What happened: sending a SNF referral packet for pt {{NAME:Abdullahi Warsame}} (DOB {{DATE:11/30/1951}}, MRN {{MRN:00977135}}), autocomplete picked {{EMAIL:intake@brookhollow-rehab-example.com}} instead of {{EMAIL:intake@brookhaven-rehab-example.com}}. Encrypted? NO - subject line lacked [secure]. Attachments: face sheet (addr, phone, Medicare MBI {{HEALTH_PLAN:4TR9-QX2-MK61}}), H&P, PT eval. 18 pp.
Follow-up: {{DATE:9/18}} 1130 emailed + called {{FACILITY:Brookhollow Rehab}} admissions {{PHONE:317-555-0182}}, {{NAME:Tamika}} confirmed deletion from inbox + trash; written attestation requested.
Mail gateway log: msg id <{{ID:8f31c2a0.4471@mx2}}>, from {{IP:198.51.100.61}}, delivered 11:04:52.
Open items: attestation not back as of {{DATE:9/20}}; {{FACILITY:Brookhollow}} is a covered entity (a SNF) -> likely low probability, but MBI exposed. Risk assessment due {{DATE:9/25/24}}. Autocomplete cache cleared for the user {{ID:jtakaha1}}.
Assigned: {{NAME:Oluwaseun Adebayo}}`,
  `[Teams] HIM-ROI-Team    {{DATE:3/27/2024}}

{{NAME:Brianna K.}} 9:02 AM
anyone know if we can release to the grandma? {{NAME:Eloise Marchetti}} on line 2, wants her grandson's ED records, says she has custody

{{NAME:Marcus Dupree}} 9:03 AM
does she have the guardianship papers? kid is {{NAME:Luca Marchetti}}?

{{NAME:Brianna K.}} 9:04 AM
yes, MRN {{MRN:01233874}}, DOB {{DATE:8/9/2015}}. she says it's a temp order from {{FACILITY:Gratiot Falls Probate Court}}

{{NAME:Marcus Dupree}} 9:05 AM
have her fax it to {{FAX:616-555-0101}} attn ROI, scanner picks it up. no release till {{NAME:Lupe}} or I review it. and check if mom ({{NAME:Gina}}) has a restriction on file

{{NAME:Lupe Ferreira}} 9:11 AM
there's a note from {{DATE:Jan 4}} - mom asked no info to paternal side. grandma is maternal?? ask

{{NAME:Brianna K.}} 9:14 AM
maternal. ok will have her fax. her cell {{PHONE:616-555-0177}}, email {{EMAIL:eloise.marchetti@mailbox-example.net}}

{{NAME:Lupe Ferreira}} 9:15 AM
👍 log it under req {{ID:R24-02210}} pls`,
  `MEMO - records retention, off-site box retrieval
To: {{NAME:Paul Ebersole}}, Director HIM       From: {{NAME:Gretchen Haugland}}, Records Coordinator       Date: {{DATE:Nov 19, 2024}}
Re: retention status of legacy boxes at {{FACILITY:SafeVault Records Storage}}, {{ADDRESS:88 Commerce Dr}}, {{LOCATION:Fargo}}
Per HIM-400 the schedule is 10 yrs after last encounter for adults, age of majority + 10 for minors, permanent for the MPI, birth and death registers and OR logs. The 1998-2003 batch (214 boxes) is past retention except:
  - minors' charts (box 1999-088 et al.) - e.g. {{NAME:Solberg, Kari}}, DOB {{DATE:04/14/2003}}, keep until {{DATE:04/14/2031}}
  - legal hold: {{NAME:Hendrickson}} v. {{FACILITY:Red River Valley Clinic}}, case {{ID:09-2023-CV-01144}}, 3 boxes
  - research hold: 12 boxes, protocol RRV-1997-03, PI Dr. {{NAME:Amund Lie}}
Retrieval fees: $4.75/box + $35 rush. Request {{ID:SV-RET-55012}} placed {{DATE:11/18}}.
Contact at SafeVault: {{NAME:Corey Pham}}, {{PHONE:701-555-0135}}, {{EMAIL:cpham@safevault-example.com}}.
Please sign off on destruction for the rest so we can schedule {{FACILITY:Ironclad Shred Services}} for December.`,
  `AUTHORIZATION / REQUEST FOR ACCESS TO MY HEALTH INFORMATION        Form HIM-ROI-7 (rev 2023)
Patient name: {{NAME:Nguyễn Văn Bình}}     Other names used: {{NAME:Binh Van Nguyen}}, {{NAME:Ben Nguyen}}
Date of birth: {{DATE:10-02-1957}}      MRN (if known): {{MRN:0092-1175}}
Address: {{ADDRESS:7420 Bellaire Blvd apt 1216}}   City: {{LOCATION:Houston}}   State: TX   ZIP: {{ZIP:77036}}
Phone: {{PHONE:713 555 0129}}     E-mail: {{EMAIL:binh.nguyen57@postbox-example.com}}
Records requested: [x] discharge summary  [x] labs  [x] imaging reports  [ ] entire record
Dates of service: {{DATE:Aug 2023}} admission, {{FACILITY:Bayou Cross Hospital}}, {{FACILITY:6 Ellison}}? (pt not sure of unit)
Send to: [x] me   [ ] another person: ______
Format: [x] paper, mailed   [ ] CD   [ ] portal   [ ] e-mail (unencrypted, I accept the risk)
Interpreter used: Vietnamese, {{NAME:Hoa}} (ID {{ID:INT-3391}}) by phone
Signature: (signed)   Date: {{DATE:01/09/24}}
---- office use ----
ID verified: TX DL {{LICENSE:40912287}}  by {{NAME:rmc}}    request # {{ID:ROI-24-00412}}   fee: $0 (pt, paper < 50 pp?) -> 38 pp, $6.50 flat
Found adm {{DATE:08/11/2023}}-{{DATE:08/16/2023}}, enc {{ACCOUNT:H2300914477}}. Mailed {{DATE:1/12/24}}.`,
  `BREACH RISK ASSESSMENT (4-factor) - lost/stolen device       file {{ID:PI-2024-0502}}
Event: HIM coding laptop (asset tag HIM-LT-117, BitLocker ON? -> UNKNOWN at intake) stolen from an employee's car, {{DATE:Sat 10/12/2024}}, around 2100, in the parking lot of {{FACILITY:Ridgeline Fitness}}, {{ADDRESS:2900 N Main St}}, {{LOCATION:Logan}}.
Employee: {{NAME:Whitney Sorensen}}, CCS, remote coder, user {{ID:wsorensen}}. Car: gray Civic, plate {{VEHICLE:UT 7XK-229}}. Police: {{FACILITY:Cache Ridge PD}} case {{ID:LCPD-24-18870}}.
Data on device: coding worklists cached from the encoder - 1,306 pts, name, MRN, acct, dx/px codes, DOS. No SSN.
Factor 1 - nature/extent: moderate (dx incl. HIV B20 and SUD for a subset)
Factor 2 - unauthorized person: unknown thief
Factor 3 - acquired/viewed: unknown; last check-in to MDM {{DATE:10/12/2024 18:44}} from {{IP:203.0.113.190}}
Factor 4 - mitigation: IT confirmed on {{DATE:10/14}} via escrow that BitLocker (XTS-AES 256) was enabled and device was powered off -> encrypted per HHS guidance = secured PHI.
Conclusion: NOT a breach (safe harbor for encrypted data). Remote wipe sent. Documented by {{NAME:Oluwaseun Adebayo}}; reviewed by Privacy Officer {{NAME:M. Strand-Weller}} {{DATE:10/15/24}}.`,
  `workers comp records request - {{ID:R24-04471}}
from: {{FACILITY:Keyhollow Claims Administrators}} (TPA for {{FACILITY:Ferrous Ridge Tool & Die}}), adjuster {{NAME:Roxanne DiNapoli}}, {{PHONE:412-555-0153}} / fax {{FAX:412-555-0154}}
claimant: {{NAME:KRUPA, STANISLAW J}}  DOB {{DATE:6/18/1966}}  MRN {{MRN:00318840}}   DOI {{DATE:05/02/2024}} (crush injury L hand, press #4)
WC claim # {{ID:WC-24-PA-008812}}
what they want: ED {{DATE:5/2/24}}, hand surgery op note {{DATE:5/3/24}} (Dr. {{NAME:Meera Venkataraman}}), OT notes through present
HIPAA: WC disclosures allowed w/o auth to the extent state law requires (164.512(l)) -> ok, limited to the injury. Do NOT send the 2019 psych consult or PCP notes - not related.
pages: 61. fee per PA WC fee schedule, billed to TPA, invoice {{ACCOUNT:INV-80311}}.
sent by secure fax {{DATE:06/07/2024}}, confirmation page scanned.
called claimant's atty? no - claimant represented by {{NAME:Vincent Albanese}} of {{FACILITY:Albanese & Roth}} - separate request needs auth, see {{ID:R24-04490}}.
- {{NAME:tg}}`,
  `PERSONAL REPRESENTATIVE OF DECEASED PATIENT - records request
Decedent: {{NAME:Winifred Ashby-Coombs}}   DOB {{DATE:01/27/1927}}   DOD {{DATE:12/02/2023}}   age at death {{AGE:96}}   MRN {{MRN:00055412}}
Requester: {{NAME:Geoffrey Coombs}} (nephew), {{ADDRESS:14 Orchard Terr}}, {{LOCATION:Beverly}} MA {{ZIP:01915}}, tel {{PHONE:978-555-0121}}
Documents: Letters of Appointment, {{FACILITY:Merrimack Shore Probate and Family Court}}, docket {{ID:ES23P3041EA}}, dated {{DATE:1/19/2024}}, naming him personal representative. Death certificate copy. His MA DL {{LICENSE:S88120457}}.
Records: final admission {{DATE:11/24/2023}} - {{DATE:12/02/2023}}, {{FACILITY:Cabot 4}} (hospice beds), attending Dr. {{NAME:Olamide Fasanya}}; also pt lived at {{FACILITY:Whitethorn Assisted Living}} - refer him there for their records.
Note: per 164.502(f) decedent PHI protected 50 yrs after death; PR stands in the pt's shoes. Pt's daughter {{NAME:Imogen Ashby}} called {{DATE:2/2}} objecting - she is NOT the PR; referred her to the estate.
Released {{DATE:2/6/2024}}: 212 pp on CD (media id {{ID:MD-2024-0091}}), fee $6.50. -{{NAME:Hiroko M.}}`,
  `ROI - minor pt, divorced parents                        {{DATE:04/02/2024}}
pt: {{NAME:Ramírez-Olvera, Santiago}}  age 11  MRN {{MRN:01302286}}
requester: father {{NAME:Héctor Ramírez}}, via portal msg + walk-in, wants peds & ortho records
mother {{NAME:Claudia Olvera}} (custodial) called {{DATE:3/29}}: "don't give anything to him"
reviewed: decree from {{FACILITY:Circuit Court for Piedmont County}}, case {{ID:FL-2019-77012}} - joint legal custody, no restriction on either parent's access to medical info. Both parents are personal reps under state law.
=> father entitled. Released peds clinic notes {{DATE:01/2022}}-present + ortho {{DATE:Feb 14 2024}}. Redacted: mother's address & phone ({{ADDRESS:52 Amberfield Way}}, {{LOCATION:Gaithersburg}} {{ZIP:20878}}; {{PHONE:301-555-0109}}) from the registration face sheet as she has a safety flag - DV advocate {{NAME:Kelsey Ng}} note {{DATE:3/30}}.
called mom back - she understands. father's contact {{PHONE:240-555-0186}}, {{EMAIL:hramirez.work@mailbox-example.com}}.
adolescent confidential notes: n/a (pt under 12).
req {{ID:R24-02655}}, by {{NAME:JMS}}`,
  `LAW ENFORCEMENT REQUEST LOG ENTRY
Date/time rec'd: {{DATE:2024-02-29 03:40}} (ED, nights)   taken by house sup {{NAME:Colleen Marsh}}, RN
Officer: Det. {{NAME:Andre Whitfield}}, badge {{ID:4471}}, {{FACILITY:Wolf River County Sheriff's Office}}, cell {{PHONE:901-555-0170}}
Request: blood alcohol result + time of draw for ED pt {{NAME:DOE, TANGO}} (trauma alias; later identified as {{NAME:Kendrick Lyle Owens}}, DOB {{DATE:3/3/1997}}), MVC {{ADDRESS:I-40 eastbound near mile marker 12}}. MRN {{MRN:01419020}}, enc {{ACCOUNT:ED24060-1177}}.
Legal basis offered: none in writing - verbal "we'll get a warrant".
Action: nothing released at 0340. Told officer HIM needs a warrant, court order or grand jury subpoena (164.512(f)(1)(ii)); pt not a suspect-identification request under (f)(2) since name is known. Warrant rec'd {{DATE:3/1/24 1115}} from ADA {{NAME:Simone Carrasco}}, {{FACILITY:Wolf River County District Attorney General's Office}}, warrant {{ID:SW-24-00318}}, signed Judge {{NAME:T. Okoro}}.
Released 1 lab page + collection timestamp to Det. {{NAME:Whitfield}} {{DATE:03/01/2024 1240}}. Entered in AOD.
HIM reviewer: {{NAME:Devonte Harris}}`,
  `INVESTIGATION INTERVIEW NOTES - {{ID:PI-24-0291}} (inappropriate access)
Date: {{DATE:May 14, 2024}}, HR conf rm B.   Present: {{NAME:Kavita Patel}} (employee, Pt Access Rep, user {{ID:kpatel07}}), {{NAME:Gwen Adeyemi}} (HR), {{NAME:Priya Raman}} (Privacy), union steward {{NAME:Lou Bettencourt}}
Audit showed 14 accesses {{DATE:4/2/24}}-{{DATE:4/30/24}} to the chart of {{NAME:Darnell Price}} (MRN {{MRN:00870314}}) from workstation {{ID:LT-KPATEL-02}} and from WS-REG-11, IPs {{IP:198.51.100.140}} and {{IP:198.51.100.141}}. Also 3 looks at {{NAME:Price, Janelle}} ({{MRN:00870399}}), his mother.
Q: Why did you open Mr. {{NAME:Price}}'s record?  A: "He's my ex. I wanted to see if he listed me as emergency contact still." Admits {{DATE:4/2}} access, says others may have been her coworker using her login while she was at lunch ("{{NAME:Tiff}}" - {{NAME:Tiffany Roque}}?).
Login sharing is itself a violation of IS-12. Badge data to be checked for {{DATE:4/9}} and {{DATE:4/16}} (she was off on {{DATE:4/16}} per timecard).
Next: interview {{NAME:T. Roque}} {{DATE:5/16}}; determine if notification to {{NAME:Darnell Price}} is required (viewed: problem list, ED note with address {{ADDRESS:5150 Carver Ave}}).
Notes by {{NAME:PR}}`,
  `MPI OVERLAY CORRECTION - URGENT               ticket {{ID:HIMT-10457}}
An overlay (two different people in one MRN) was found {{DATE:11/03/2024}} by L&D RN {{NAME:Fiona Mbeki}}: pt presenting for triage, blood type on file B neg but pt states O pos; prior OB hx doesn't match.
MRN {{MRN:00912255}} contains:
  person 1: {{NAME:JOHNSON, ASHLEY NICOLE}}, DOB {{DATE:07/19/1996}}, {{ADDRESS:431 Poplar St}}, {{LOCATION:Memphis}} {{ZIP:38105}}, ph {{PHONE:901-555-0112}} - encounters 2019-2022
  person 2: {{NAME:JOHNSON, ASHLEY N.}}, DOB {{DATE:07/19/1996}}, {{ADDRESS:88 Wildwood Cove}}, {{LOCATION:Bartlett}} {{ZIP:38134}}, ph {{PHONE:901-555-0184}} - enc {{DATE:10/28/2024}} and {{DATE:11/03/2024}}
Cause: reg clerk selected existing MRN on {{DATE:10/28}} on name+DOB only (user {{ID:dmcgraw}}, WS-OB-02).
Fix: new MRN {{MRN:01455870}} created for person 2; enc {{ACCOUNT:L24307-00981}} and {{ACCOUNT:L24308-00112}} moved; lab, blood bank (type & screen redrawn, O pos), radiology notified; results filed to person 1's chart from {{DATE:10/28}} reviewed - 1 US report moved. Both pts get a call; person 1 ({{NAME:Ashley}}) gets a privacy letter as person 2 could see her OB history in the portal on {{DATE:10/29}} ({{IP:192.0.2.231}}).
{{NAME:Ruth Anne Kilgore}}, MPI specialist | privacy informed ({{NAME:Raman}})`,
  `CODING QUERY - operative documentation                             {{DATE:09/09/2024}}
Dr. {{NAME:Stefan Lindqvist}}, Ortho
Pt: {{NAME:Boateng, Kwame}}   MRN {{MRN:00724410}}   FIN {{ACCOUNT:FN7720031845}}   DOS {{DATE:09/05/2024}}
Dr. {{NAME:Lindqvist}}, the op note for the R knee describes "revision of tibial component" but the implant log lists a full system:
   femoral comp  lot 22K113  serial {{DEVICE:FMK-0098812}}
   tibial tray   lot 22K207  serial {{DEVICE:TTK-0441170}}
   poly insert   lot 23A015  (no serial)
Please clarify whether this was a revision of the tibial component only (0SWC0JZ-type) or total knee revision of all components, and document the approach/reason for revision (e.g. aseptic loosening, T84.032A).
Also the assistant surgeon is listed as "{{NAME:JB}}" - please give the full name (PA {{NAME:Jordan Beaulieu}}?) for the modifier 80/AS.
CPT 27487 vs 27486 depends on your answer. Thank you.
{{NAME:Beatriz Solano}}, CCS  -  coding, ext {{PHONE:5519}}, {{EMAIL:bsolano@lakeshorehealth-example.org}}`,
  `cdi query - sepsis (Sepsis-2 vs Sepsis-3)                    query {{ID:Q-2024-12044}}
dr {{NAME:hammond}} / hospitalist team B
pt {{NAME:ESPINOZA, Ruth}}  acct {{ACCOUNT:40028920017}}  adm {{DATE:9/22/24}}  rm 418
progress note {{DATE:9/23}} says "sepsis ruled out", discharge summary {{DATE:9/26}} says "sepsis due to UTI, resolved".
indicators: T 38.6, HR 112, WBC 15.8, lactate 1.4, BP stable, no pressors, SOFA 1, UA + (E. coli >100k), ceftriaxone 1 g IV q24h.
please clarify in an addendum to the DS:
  o sepsis present on admission, due to UTI (A41.51 + N39.0)
  o UTI without sepsis (N39.0)
  o other / unable to determine
conflicting documentation has to be resolved before final coding; DNFB day 4. contact {{NAME:Kevin Moe}} RN CCDS, secure chat or {{PHONE:555-0144}}.
{{NAME:km}} {{DATE:9/27/2024 10:05}}`,
  `DEVICE DATA REQUEST - pacemaker interrogation records      req {{ID:R24-05120}}
From: {{FACILITY:Brennan Cardiology Associates}}, Dr. {{NAME:Colm Brennan}}, fax {{FAX:219-555-0196}}
Re: {{NAME:Szymańska, Halina}}   DOB {{DATE:3.2.1932}} ({{AGE:92}}y)   MRN {{MRN:00147723}}
Device: dual-chamber PPM, implanted {{DATE:04/11/2019}} at {{FACILITY:Calumet Ridge Heart Institute}}; generator serial {{DEVICE:PJN-884211-S}}, RA lead serial {{DEVICE:BBL-220471}}, RV lead serial {{DEVICE:BBL-220498}}
Remote monitoring account via vendor portal (clinic id only, no pt login). Last remote transmission {{DATE:08/30/2024}}.
Request is for continuity of care (treatment) - no authorization needed; daughter {{NAME:Ewa}} (HCPOA) also asked for copies -> separate request, HCPOA doc on file {{DATE:2/2022}}.
Sent: 9 pp interrogation reports + implant record by fax {{DATE:9/3/24}}. Verified fax number by calling back {{PHONE:219-555-0195}} per HIM-215 (new recipient).
-{{NAME:Tomasz}} ({{NAME:TW}})`,
  `Registration biometric exception report       {{DATE:20240308}}
palm-vein enrollment linked to the wrong patient
enrollment template id {{BIOMETRIC:PV-7F3A-11C0-8842}} was captured at {{FACILITY:Eastgate Outpatient Center}} kiosk K-3 on {{DATE:03/06/2024 07:58}} and attached to MRN {{MRN:00630095}} ({{NAME:CASTILLO, JOSE A}}, DOB {{DATE:05/17/1979}}), but the person enrolled was {{NAME:CASTILLO, JOSUE}} (DOB {{DATE:05/17/1997}}, MRN {{MRN:01188234}}) - son? no, unrelated per both pts.
When {{NAME:Jose A. Castillo}} scanned on {{DATE:3/8}} the kiosk returned "no match" and he was registered by hand by {{NAME:Lidia}}.
Actions: template {{BIOMETRIC:PV-7F3A-11C0-8842}} detached + deleted by vendor support (case {{ID:VS-00921877}}); {{NAME:Josue}} re-enrolled with a new template {{BIOMETRIC:PV-91D2-0A77-1B05}}, photo {{PHOTO:PX_01188234_0308.png}} on file. No clinical documentation was filed to the wrong chart (checked enc list for {{DATE:3/6}}).
Staff education: always confirm DOB + address on screen before enrollment. Reg supervisor {{NAME:Marco Giannetti}}.`,
  `{{FACILITY:Harbor Point Health System}}
Health Information Management  |  {{ADDRESS:1 Harbor Point Plaza}}, {{LOCATION:Norfolk}}, VA {{ZIP:23510}}  |  ROI {{PHONE:757-555-0140}}  fax {{FAX:757-555-0141}}

INVOICE - copies of medical records                          Invoice {{ACCOUNT:HP-INV-240918-03}}
Date: {{DATE:September 18, 2024}}
Bill to: {{FACILITY:Tidewell Injury Law Group}}, attn: {{NAME:Shanice Whitaker}}, paralegal
         {{ADDRESS:300 E Main St, Suite 1400}}, {{LOCATION:Norfolk}} VA {{ZIP:23510}}
Your ref: client {{NAME:Daniel Abernathy-Cole}} / file {{ID:TILG-24-0877}}
Patient: {{NAME:Abernathy-Cole, Daniel}}   DOB {{DATE:12/12/1991}}   our request {{ID:R24-07713}}
  search & handling fee ............................ $25.00
  paper copies, 188 pages x $0.50 (1-50) / $0.25 (51+) ..... $59.50
  postage ............................................ $6.95
  TOTAL DUE .......................................... $91.45
Records are held until payment. Pay online at {{URL:https://pay.harborpoint-example.org/roi?inv=HP-INV-240918-03}} or mail check to the address above. Fees per VA Code 8.01-413 (not applicable to pt's own requests). Questions: {{NAME:Alvin Creed}}, {{EMAIL:roi@harborpoint-example.org}}.`,
  `{{DATE:February 20, 2024}}

Ms. {{NAME:Renée Thibodeaux}}
{{ADDRESS:PO Box 1182}}
{{LOCATION:Lafayette}}, LA {{ZIP:70502}}

RE: Your request for records dated {{DATE:January 31, 2024}} (request no. {{ID:ROI-24-01050}})

Dear Ms. {{NAME:Thibodeaux}}:
We have granted your request in part. Enclosed are your records from {{FACILITY:Vermilion Bend Behavioral Health}} for {{DATE:03/2022}} through {{DATE:12/2023}}: progress notes, medication management notes, treatment plans, and test results (97 pages).
We are not providing the separate psychotherapy notes kept by your therapist, {{NAME:Lionel Fontenot}}, LCSW. Federal rules (45 CFR 164.524(a)(1)(i)) exclude psychotherapy notes from the right of access, and this denial cannot be reviewed. You can ask Mr. {{NAME:Fontenot}} to share them, or sign an authorization if he agrees.
You may file a complaint with us (Privacy Office, {{PHONE:337-555-0162}}) or with the Secretary of HHS, Office for Civil Rights.
Sincerely,
{{NAME:Janelle Broussard}}, RHIA
Manager, Health Information Management`,
  `Statement of disagreement - received & linked
pt: {{NAME:Farouk, Samir Hassan}}   MRN {{MRN:00698120}}   amendment req {{ID:AMD-24-0011}} (denied {{DATE:04/04/2024}})
background: pt asked to delete "noncompliant with insulin" from PCP note {{DATE:1/12/24}} by Dr. {{NAME:Greta Hollis}}, {{FACILITY:Westfield Internal Medicine}}. Author reviewed - statement is accurate per pharmacy fill data + pt's own report at the visit. Denial letter sent {{DATE:4/4}} w/ rights to file a statement of disagreement.
pt's statement rec'd {{DATE:4/22/2024}} (2 pp, handwritten, signed), says he could not afford insulin for 3 months after losing his job at {{FACILITY:Corbett Freight}} and was never told about the assistance program.
rebuttal from Dr. {{NAME:Hollis}}: none (declined, {{DATE:4/25}}).
done: statement scanned as doc type AMEND-SOD, linked to the {{DATE:1/12}} note; flag set so any future release of that note includes it (164.526(d)(4)); copy sent to pt and to {{FACILITY:Medina Endocrine}} (pt named them). pt address {{ADDRESS:2740 Grafton Rd}}, {{LOCATION:Medina}} {{ZIP:44256}}; cell {{PHONE:330-555-0178}}.
- {{NAME:Yusra}} / {{NAME:Y. Haddad}}, HIM`,
  `BREAK-THE-GLASS REVIEW - monthly sample ({{DATE:Aug 2024}})      reviewer: {{NAME:O. Adebayo}}
#  date/time               user        role        pt (restricted)                reason given              result
1  {{DATE:08/03/2024 02:12}}    {{ID:bkowalski}}   RN ICU      {{NAME:Vaughn, Terrence}} ({{MRN:00511802}})   "pt care"                 OK - assigned RN
2  {{DATE:08/09/2024 14:55}}    {{ID:aramos3}}     Social Wk   {{NAME:Halloran, Brigid}} ({{MRN:00804417}})   "discharge planning"      OK
3  {{DATE:08/17/2024 23:30}}    {{ID:jfitzgerald}} Unit Clerk  {{NAME:Vaughn, Terrence}} ({{MRN:00511802}})   "other"                   REFER
4  {{DATE:08/21/2024 09:08}}    {{ID:lnakamura}}   PharmD      {{NAME:Osei-Mensah, Kofi}} ({{MRN:00918730}})  "med reconciliation"      OK
5  {{DATE:08/28/2024 16:41}}    {{ID:mchu}}        Registration {{NAME:Pettersen, Ingrid}} ({{MRN:00266041}})  "insurance update"        OK - pt call logged
Row 3: {{NAME:Jamie Fitzgerald}} was floating on the ICU but pt {{NAME:Vaughn}} (restricted: public figure, local news) was not on that unit's census. Workstation WS-ICU-03, {{IP:198.51.100.88}}. Opened ED triage note + photos. Referred to investigation {{ID:PI-24-0355}}.
Restricted-record count this month: 41 pts; 212 BTG events; 5 sampled.`,
  `SPEECH RECOGNITION EDITING QA - Q3 sample          editor QA lead: {{NAME:Sandra Pike}}
job         author                     editor  date      errors found (type)                                    acc
{{ID:SR-552081}}   Dr. {{NAME:Olusegun Adeyemi-Bakare}}  {{NAME:dl}}      {{DATE:07/02}}     "Dr. {{NAME:Lowe}}" for "Dr. {{NAME:Low}}" - wrong cc physician (maj)     98.9
{{ID:SR-552114}}   Dr. {{NAME:K. Papadopoulos}}        {{NAME:rn}}      {{DATE:07/09}}     "no" vs "know", left in (min)                        99.4
{{ID:SR-553007}}   {{NAME:Marisa Quon}}, NP              {{NAME:DL}}      {{DATE:08/14}}     pt name in body read "Mrs. {{NAME:Kessel}}" - correct pt is Mrs. {{NAME:Kessler}} (crit)   95.2
{{ID:SR-553150}}   Dr. {{NAME:Wójcik}}                 {{NAME:tb}}      {{DATE:09/03}}     metoprolol 25 -> 250 mg (crit)                       94.0
Crit errors reported to authors same day. {{NAME:DL}} ({{NAME:Dana Li}}) and {{NAME:TB}} ({{NAME:Tamsin Bower}}) to focused review. Template "Babinski negative, Romberg neg" not errors - eponyms.
Overall editor accuracy 98.1% (goal 98%).`,
  `LOOSE DOCUMENTS / MISFILE REPORT - box audit         auditor {{NAME:Lena Kirsch}}   {{DATE:June 21 2024}}
Box ARC-2017-0419 (2017 outpt, sorted by terminal digit) - 3 problems found:
1. Page 2 of a consent for {{NAME:Yellowhorse, Darla}} ({{MRN:00421176}}) stapled behind {{NAME:Yellowhorse, Dale}} ({{MRN:00421167}}) - transposed terminal digits 76/67. Moved.
2. Loose page, no pt label, handwritten "f/u w/ Dr. {{NAME:Ikeda}} 2 wks, call {{PHONE:928-555-0131}}" - phone matches {{NAME:Loretta Nez}} ({{MRN:00337741}}) in the MPI; filed to her with a note, pending 2nd check.
3. Outside records from {{FACILITY:Kaibeto Springs Clinic}} for {{NAME:Nez, Loretta}}, DOB {{DATE:2-14-1949}}, home address {{ADDRESS:HC 61 Box 2208}}, {{LOCATION:Tonalea}} - correctly filed; duplicate copy shredded in the console bin.
Also found: 1 sticky note with a user name and password ("{{ID:lnez_rn}}" / ****) - reported to IS, account reset ({{ID:INC0051102}}).
Retention: 2017 outpt boxes not eligible for destruction until 2027. Returned box to shelf R-14.
Total docs checked: 1,180; error rate 0.25%.`,
  `CERTIFICATE OF CUSTODIAN OF RECORDS (deposition on written questions)
Cause No. {{ID:2023-CI-11854}};  {{NAME:Alejandra Benavides}} vs. {{FACILITY:Lone Mesquite Grocery Distribution, Inc.}};  in the {{FACILITY:511th District Court, Medina Hills County}}, Texas
Officer: {{NAME:Gerald Pruett}}, {{FACILITY:Alamito Record Retrieval}}, {{ADDRESS:9110 IH-10 W, Ste 500}}, {{LOCATION:San Antonio}} {{ZIP:78230}}, {{PHONE:210-555-0117}}
Witness: {{NAME:Consuelo Ybarra}}, custodian of records, {{FACILITY:Mission Arroyo Medical Center}}
Records of: {{NAME:Alejandra Benavides}}, DOB {{DATE:08/08/1983}}, SSN {{SSN:461-90-7723}} (as listed in the notice; we matched on name + DOB + MRN {{MRN:MT-2210448}} only)
Q1 Are you the custodian... A: Yes.   Q2 Attached are ___ pages? A: 64 pages, Bates MTMC 0001-0064.
Q3 Kept in the regular course of business? A: Yes.
Billing affidavit: 22 pp, acct {{ACCOUNT:MT10992231}}, total charges $18,442.10.
Sworn this {{DATE:5th day of March, 2024}} before notary {{NAME:Irma Salinas}}, commission exp {{DATE:11/30/2026}}.
HIM note: notice to pt served {{DATE:2/9/24}}; 14-day objection period passed {{DATE:2/23}} with no objection. -{{NAME:cy}}`,
  `PRIVACY HOTLINE - intake         call ref {{ID:HL-240715-02}}    taken {{DATE:7/15/2024 0820}} by {{NAME:Ana Lucía Ferrer}}
Caller: {{NAME:Trevor Banks}}, EVS night lead, ext {{PHONE:3390}}
Report: found a blue recycle bin (not a locked shred console) behind the nurses' station on {{FACILITY:Whitman 6}} with ~40 pages of printed census sheets + 2 face sheets. Names he saw: "{{NAME:GALLOWAY}}", "{{NAME:Peabody, Iris}}", "{{NAME:F. Oyelaran}}". Bin was going to the dock for the single-stream hauler ({{FACILITY:Tri-Lakes Recycling}}) at 0900.
Actions: {{NAME:Ana}} went up 0830, bagged all paper, put in a locked console; shred cert to follow from {{FACILITY:Ironclad Shred Services}} ({{ID:SD-0049050}}). Charge RN {{NAME:Mei-Ling Foster}} said the bin was placed by a new travel CNA ({{NAME:Brooklyn Hale}}) during a room move.
Face sheets: {{NAME:Iris Peabody}}, DOB {{DATE:06/06/1930}} ({{AGE:94}}), {{ADDRESS:17 Sexton Rd}}, ins ID {{HEALTH_PLAN:HMA55012391}}; {{NAME:Folasade Oyelaran}}, MRN {{MRN:01307749}}.
Not a breach - never left our control. Education to {{FACILITY:Whitman 6}} staff {{DATE:7/16}}; EVS to confirm no blue bins at stations.`,
  `MISDIRECTED MAIL - incident {{ID:PI-24-0419}}
{{DATE:10/01/24}}: pt {{NAME:Guillermo}} "{{NAME:Memo}}" {{NAME:Saucedo}} brought in an envelope he got at home with another pt's records inside - ROI copy for {{NAME:Guadalupe Saucedo}} (no relation), req {{ID:R24-08820}}, 23 pp (labs, clinic notes, med list).
Why: mail merge pulled the address from the wrong MPI record (name search "SAUCEDO G"). Right addr: {{ADDRESS:1309 Calle Mirasol}}, {{LOCATION:El Paso}} {{ZIP:79912}}. Sent to: {{ADDRESS:4821 Dyer St apt 7}}, {{LOCATION:El Paso}} {{ZIP:79930}}.
{{NAME:Guillermo}} says he opened it, read the first page, saw it wasn't his. Returned everything (23 pp counted). Thanked him, gave him a $10 cafeteria card - per PRV-011 no payment, just courtesy.
Risk: recipient unrelated individual who voluntarily returned the full packet and states no copies - still, he viewed it. Dx on p1 incl. HIV viral load. => probability of compromise NOT low -> BREACH. Notify {{NAME:Guadalupe Saucedo}} by {{DATE:11/30/2024}} (60 days from discovery), log for annual HHS report (<500).
Letter drafted {{DATE:10/08}}; call to pt at {{PHONE:915-555-0107}}, spoke w/ her {{DATE:10/9}}, she asked for a copy of her records be resent - done, req {{ID:R24-08820-R}}.
Process fix: 2-identifier check on ROI mail merge (SOP ROI-09). - {{NAME:D. Harris}}`,
  `Adolescent confidentiality - portal proxy change
pt {{NAME:Zoe Lindstrom-Achterberg}}, 13 y/o, MRN {{MRN:01098816}}, DOB {{DATE:1/30/2011}}
On the 13th birthday ({{DATE:01/30/2024}}) the parent proxies ({{NAME:Erik Lindstrom}}, {{ID:elindstrom}}; {{NAME:Hanna Achterberg}}, {{ID:hachterb}}) were auto-converted to "limited teen proxy" per policy HIM-PX-13: no notes, no sexual/behavioral health, no results flagged confidential. Parents can see immunizations, appointments, allergies, growth.
{{DATE:2/14/24}} mom called, upset she can't see the derm note - explained the policy; derm note is not confidential, so {{NAME:Zoe}} can choose to share via the teen's own account (username {{ID:zoe.la.2011}}), created {{DATE:2/01/2024}} at {{FACILITY:Northfold Pediatrics}} with Dr. {{NAME:Bashir}} present.
Confidential: adolescent medicine visit {{DATE:02/08/2024}} (Dr. {{NAME:Abena Owusu}}) - hidden from proxies; billing EOB suppressed, guarantor acct {{ACCOUNT:G-0088124}} flagged "confidential comms", alternate phone {{PHONE:612-555-0145}} (pt's own).
Note by {{NAME:sb}}  {{DATE:2/14/2024 15:20}}`,
  `to: medical records dept, {{FACILITY:mercy ridge hospital}}
from: {{NAME:delphine okafor-reyes}}
date: {{DATE:3-18-24}}

hi, i would like a list of everyone you gave my records to since 2020? i think my ex husbands lawyer got my records for our custody case and nobody asked me. my name is {{NAME:delphine okafor-reyes}} (was {{NAME:delphine reyes}} before {{DATE:june 2021}}), born {{DATE:11/4/86}}. i was there for my surgery in {{DATE:aug 2022}} and ER a few times. please send it to my new address {{ADDRESS:4401 w lake st apt 3c}} {{LOCATION:minneapolis}} {{ZIP:55416}}, or email {{EMAIL:delphine.okr@mailbox-example.net}}. my phone is {{PHONE:612 555 0168}}.
the lawyer was from {{FACILITY:Strand & Bellweather}} i think, mr. {{NAME:Bellweather}}.
thank you
{{NAME:delphine}}

---- HIM ----
AOD request logged {{ID:AOD-2024-0031}} {{DATE:3/19}}; MRN {{MRN:00702238}}; AKA linked. Period 6 yrs back ({{DATE:3/19/2018}}). Found: subpoena {{DATE:10/2023}} from {{FACILITY:Strand & Bellweather}}, released after satisfactory assurance letter (notice to pt mailed to old address on {{ADDRESS:Grand Ave}}!) - route to privacy for review. -{{NAME:am}}`,
  `MPI POTENTIAL DUPLICATE - Sr/Jr pair          worklist EMPI-DUP-Q   item {{ID:DUP-561790}}
field          A                               B                               C (3rd hit)
last, first    {{NAME:WASHINGTON, LEROY}}               {{NAME:WASHINGTON, LEROY JR}}            {{NAME:WASHINGTON, LEE ROY}}
DOB            {{DATE:04/09/1948}}                      {{DATE:04/09/1974}}                      {{DATE:04/09/1948}}
MRN            {{MRN:00102277}}                        {{MRN:00488120}}                        {{MRN:00960014}}
address        {{ADDRESS:2204 Fulton Ave}} {{LOCATION:Macon}}       {{ADDRESS:2204 Fulton Ave}} {{LOCATION:Macon}}       {{ADDRESS:2204 Fulton}} {{LOCATION:Macon}}
phone          {{PHONE:478-555-0110}}                    {{PHONE:478-555-0199}}                    {{PHONE:478-555-0110}}
ins            Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}}         {{HEALTH_PLAN:PGA220198433}}                    Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}}
last enc       {{DATE:2023-12-02}}                      {{DATE:2024-02-19}}                      {{DATE:2024-02-20}}
outcome: A = C (same Medicare #, DOB, phone) -> merge C into A; B is the son (Jr), DIFFERENT person - mark A/B "not a duplicate" so the pair stops coming back.
Check: enc {{DATE:2/20/24}} on C was cardiology; ECG shows age 75 - consistent with A. Son's chart untouched.
merged {{DATE:03/04/2024}} by {{NAME:rak}} (user {{ID:rkilgore}}); verified by {{NAME:Ty Odum}}.`,
  `IDENTITY THEFT - follow-up letter log, case {{ID:IDT-2024-009}}
victim: {{NAME:Marcus Allen Treadwell}}  DOB {{DATE:10/10/1975}}  SSN on file {{SSN:219-44-8031}} (victim says it was exposed in the {{FACILITY:Crestline Payroll}} data breach at his old employer)
fraudulent encounters (3): {{DATE:2/2/2024}} urgent care {{FACILITY:Quickstop Urgent Care - Eastside}}; {{DATE:2/17/2024}} ED; {{DATE:3/1/2024}} pharmacy - oxycodone 10 mg #30 filled at {{FACILITY:Larchmont Drug}}.
fraud acct #s: {{ACCOUNT:UC4419020}}, {{ACCOUNT:ED24048-2290}}, {{ACCOUNT:RX-7719843}}
suspect: unknown male, gave phone {{PHONE:570-555-0150}} and email {{EMAIL:m.treadwell75@quickmail-example.com}} (not the victim's). ED security cam still on file ({{PHOTO:SEC-CAM-ED-20240217-0318.jpg}}) - released to {{FACILITY:Anthracite Valley PD}} on their subpoena {{ID:SPD-SUB-24-0112}}.
victim's own ID docs checked: PA DL {{LICENSE:28 441 902}}; plate on his car registration {{VEHICLE:KMT-4408}} (he brought it as proof of address).
Letters: {{DATE:3/22/24}} to victim at {{ADDRESS:117 N Washington Ave}}, {{LOCATION:Scranton}} {{ZIP:18503}}; {{DATE:3/25/24}} to insurer to reverse claims; {{DATE:4/1/24}} to PDMP re: fill.
Victim's medical record: allergies + blood type reverified; sequestered enc moved to alias MRN {{MRN:01470021}}.
HIM: {{NAME:Nadia Sarkis}}`,
  `*** FAX ***  {{FACILITY:Cedar Hollow Regional Hospital}} - Health Information Management
DATE: {{DATE:05/29/2024 13:12}}        PAGES (incl. cover): 14
TO: {{FACILITY:Blue Ridge Pulmonary & Sleep}}    ATTN: Dr. {{NAME:Anjali Rao}} / referral coord {{NAME:Terri}}
FAX: {{FAX:(540) 555-0123}}     PHONE: {{PHONE:(540) 555-0122}}
FROM: {{NAME:Holly Jo Pettigrew}}, ROI Specialist     PHONE: {{PHONE:(540) 555-0198}}    FAX: {{FAX:(540) 555-0199}}
RE: {{NAME:McCUTCHEON, Ross A.}}   DOB {{DATE:2/2/1958}}   our MRN {{MRN:CH-00819330}}
Contents: DS {{DATE:5/24/24}}, PFTs {{DATE:5/22/24}}, CT chest report, sleep study {{DATE:3/2023}} - for appt {{DATE:6/3}} (continuity of care, 164.506)
CONFIDENTIALITY NOTICE: The documents accompanying this fax contain health information that is legally privileged and protected by HIPAA. If you are not the intended recipient, you are hereby notified that any disclosure, copying or distribution is prohibited. If you received this fax in error, call us at {{PHONE:(540) 555-0198}} and destroy the documents. Report misdirected faxes online: {{URL:https://cedarhollow-example.org/privacy/report}}
sent from device FX-HIM-01   job id 4471`,
  `SHRED CONSOLE PICKUP LOG - {{FACILITY:Ironclad Shred Services}} route 14         month: {{DATE:Jan 2024}}
date      location                         consoles  bins  driver      HIM witness   cert #
{{DATE:01/04}}     main campus, HIM basement          12        2     {{NAME:D. Vlasenko}}   {{NAME:LK}}            {{ID:SD-0047201}}
{{DATE:01/11}}     {{FACILITY:Lakeview Family Clinic}}             3         0     {{NAME:D. Vlasenko}}   {{NAME:Kirsch}}        {{ID:SD-0047366}}
{{DATE:01/18}}     main campus, {{FACILITY:Whitman}} & {{FACILITY:Cabot}} towers  18     1     {{NAME:J. Oyelowo}}    {{NAME:GH}}            {{ID:SD-0047540}}
{{DATE:01/25}}     {{FACILITY:Eastgate Outpatient Center}}         6         0     {{NAME:D. Vlasenko}}   {{NAME:lk}}            {{ID:SD-0047712}}
exceptions: {{DATE:1/18}} console #W6-2 lock broken, contents bagged + sealed (seal 0099812) by {{NAME:Gretchen H.}}; work order {{ID:WO-2024-00311}} for new lock.
{{DATE:1/25}} driver arrived without photo badge - verified by calling dispatch {{PHONE:419-555-0188}}, dispatcher {{NAME:Carmen}}.
vendor BAA on file, exp {{DATE:06/30/2025}}. monthly total: 39 consoles, 3 bins, ~1.9 tons.`,
  `{{DATE:March 13, 2024}}

{{NAME:Neil Abercrombie}}, MD
Department of Surgery
via e-mail {{EMAIL:nabercrombie@maumeebay-example.org}} and interoffice

RE: Notice of suspension of admitting and elective surgical privileges - delinquent medical records

Dr. {{NAME:Abercrombie}},
Per Medical Staff Bylaws Art. 8.4 and Rules & Regs 3.2, records not completed within 21 days of discharge are delinquent. As of today you have the following delinquent item:
   - discharge summary, pt {{NAME:Tran Van Hoa}}, MRN {{MRN:00190455}}, discharged {{DATE:02/20/2024}} (22 days)
Two prior notices were sent on {{DATE:3/6}} and {{DATE:3/13}}. If the summary is not dictated and signed by 0800 on {{DATE:Wednesday, March 20, 2024}}, your admitting and elective surgical privileges will be automatically suspended until it is completed. Emergency care and care of current inpatients are not affected.
Dictation line {{PHONE:419-555-0150}}, option 2; job numbers are e-mailed to you.
Questions: {{NAME:Tasha Greenlee}}, Chart Completion, ext {{PHONE:4318}}.

{{NAME:Ingrid Solheim}}, MD, President of the Medical Staff
cc: Dr. {{NAME:Wren}}, CMO; Medical Staff Office`,
  `LEGAL HOLD NOTICE - PRESERVATION OF RECORDS                 hold {{ID:LH-24-011}}   issued {{DATE:08/02/2024}}
From: Office of General Counsel ({{NAME:Miriam Estabrook}}, Assoc. GC)   To: HIM, IS (EHR team), Risk, Radiology, Lab, Patient Financial Services
Matter: {{NAME:Okeke}} v. {{FACILITY:Riverside Valley Medical Center}} et al., {{FACILITY:Superior Court, Delta Oaks County}}, No. {{ID:2:24-cv-01893}}
Patient/plaintiff: {{NAME:Ngozi Okeke}}, DOB {{DATE:7/29/1980}}, MRN {{MRN:RV-4410672}}; also her newborn "Baby Girl {{NAME:Okeke}}" MRN {{MRN:RV-4418802}} (born {{DATE:01/15/2023}})
Preserve: complete legal health record incl. audit trails, fetal monitoring strips (L&D central station), PACS images, lab, billing accts {{ACCOUNT:RV23015-44710}} and {{ACCOUNT:RV23015-44711}}, e-mails and secure chats mentioning the pts ({{DATE:1/10/2023}} - present), pager logs.
Suspend: routine destruction under HIM-400 for these records; auto-purge of chat logs (90 days) for users {{ID:lchavez}}, {{ID:dpritchard}}, {{ID:skaur2}}.
Do NOT alter, amend or late-enter anything in these charts without calling OGC first ({{PHONE:916-555-0104}}).
Opposing counsel: {{NAME:Terrence Mbah}}, {{FACILITY:Mbah Cole LLP}}, {{EMAIL:tmbah@mbahcole-example.com}}.
Acknowledge by {{DATE:8/9}}.`,
  `PRIVACY COMPLAINT - phone intake      complaint # {{ID:PC-2024-071}}     {{DATE:Fri 4/12/24 1415}}
caller: {{NAME:Beverly Dunkirk-Hale}}, pt, MRN {{MRN:00573366}}, cb {{PHONE:734-555-0161}}
complaint (her words, paraphrased): at her mammogram {{DATE:4/10}} at {{FACILITY:Huronview Women's Imaging}} the tech said her full name + DOB out loud in the waiting room and then asked about her "breast cancer history" with two other women sitting there. She also says her neighbor {{NAME:Carol}}, who works in our billing office, asked her at church ({{FACILITY:Bethany Fields Lutheran}}) "how did the biopsy go?" - she never told {{NAME:Carol}}.
plan:
 - incidental disclosure review w/ imaging mgr {{NAME:Dev Kapoor}} (waiting area layout)
 - access audit on MRN {{MRN:00573366}} for {{DATE:3/1/24}} - {{DATE:4/12/24}} -> check billing user ids, esp. {{NAME:Carol Jankowski}} ({{ID:cjankow}})
 - letter of acknowledgment within 10 days (PRV-020) to {{ADDRESS:880 Pittsfield Blvd}}, {{LOCATION:Ann Arbor}} {{ZIP:48108}}
 - pt asked for the result of the audit - explained we share outcome but not sanctions
taken by {{NAME:A. Ferrer}}; assigned {{NAME:P. Raman}}; due {{DATE:05/12/2024}}`,
  `RE: OCR Transaction Number {{ID:24-0558812}} - data request response (draft v3, privileged)
Complainant: {{NAME:Gordon Ashcroft}}     Covered entity: {{FACILITY:Fairhaven Health Partners}}
Allegation: failure to provide timely access to records (request of {{DATE:November 2, 2023}})
Timeline (from ROI system, req {{ID:ROI-23-29904}}):
 {{DATE:11/02/23}}  request rec'd via portal (user {{ID:gashcroft52}}, IP {{IP:203.0.113.52}})
 {{DATE:11/03/23}}  assigned to {{NAME:dd}} ({{NAME:Denise Dowd}})
 {{DATE:11/29/23}}  e-copy ready; fee estimate $0; secure link e-mailed to {{EMAIL:g.ashcroft@inbox-example.com}}
 {{DATE:12/01/23}}  link expired unopened (48 h expiry - system default, too short)
 {{DATE:12/20/23}}  pt called ({{PHONE:207-555-0181}}), link re-sent, opened {{DATE:12/20/23 16:02}}
Response points: initial provision within 30 days (164.524(b)(2)); link expiry changed to 30 days {{DATE:01/15/2024}}; staff retraining {{DATE:1/22}}.
Attachments A-F. Signed: {{NAME:Celeste Moreau-Whitney}}, Chief Privacy Officer. Submit via OCR portal by {{DATE:3/8/2024}}.`,
  `research data request - preparatory to research / IRB waiver check       HIM ref {{ID:RSR-24-017}}
requester: Dr. {{NAME:Aisha Bello-Kamara}}, {{FACILITY:Cumberland School of Public Health}}, {{EMAIL:abello@cumberland-sph-example.edu}}
study: "readmissions after hip fracture, 2018-2023"  IRB #2024-0331 (waiver of authorization approved {{DATE:5/6/2024}}, signed by IRB chair {{NAME:L. Ferreira-Dias}})
data asked: MRN, dates of admission/discharge, age, ZIP, dx/px codes (S72.x, 0QS6x), discharge disposition.
HIM review: minimum necessary - MRN not needed, replace w/ study id; full dates -> give day offsets only; ages >89 -> "90+"; ZIP -> 3 digits. So data set is close to a LDS; DUA with {{FACILITY:Cumberland}} needed anyway.
sample rows pulled for the reviewer only (NOT to be sent):
  {{MRN:00418830}}  adm {{DATE:2019-03-04}}  age {{AGE:93}}  {{ZIP:37204}}
  {{MRN:00772019}}  adm {{DATE:2021-11-28}}  age 81  {{ZIP:37211}}
  {{MRN:00905510}}  adm {{DATE:2023-06-15}}  age {{AGE:101}}  {{ZIP:37076}}
next: send revised spec to Dr. {{NAME:Bello-Kamara}} {{DATE:5/10}}, cc IRB coordinator {{NAME:Tom Ridley}} {{PHONE:615-555-0138}}.
- {{NAME:nos}}`,
  `CODING QUERY - POA status, pressure injury
To: Dr. {{NAME:Benedikt Haas}}, Hospitalist    cc: WOC RN {{NAME:Marguerite Okonjo}}
Pt {{NAME:Lindgren, Evelyn}}  ({{AGE:90}} yo F)  MRN {{MRN:00229017}}  acct {{ACCOUNT:40027716608}}  adm {{DATE:10/04/2024}} from {{FACILITY:Maple Glen Care Center}}
WOC note {{DATE:10/6}}: "stage 3 pressure injury sacrum, 4 x 3 x 0.5 cm, likely present on arrival per SNF transfer sheet". ED nursing skin assessment {{DATE:10/4}} 2210: "skin intact, Braden 13". H&P: not mentioned.
Please document whether the sacral pressure injury was:
  [ ] present on admission (Y)      [ ] not present on admission (N)
  [ ] clinically undetermined (W)    [ ] documentation insufficient (U)
Note: L89.153 POA=N is a hospital-acquired condition (HAC) and affects quality reporting. The SNF transfer sheet ({{FACILITY:Maple Glen}}, RN {{NAME:Kathy O.}}, dated {{DATE:10/3/24}}) describes "open area coccyx, dressing in place".
query {{ID:Q-2024-12398}} sent {{DATE:10/09/2024}} by {{NAME:Beatriz Solano}}, CCS`,
  `HIM CALL CENTER - shift log {{DATE:Tue 11/12/24}}  agent {{NAME:Keisha}} ({{ID:kmorrow}})
0812 {{NAME:Arturo Beltrán}} ({{PHONE:956-555-0102}}) - status of req {{ID:R24-09104}}; mailed {{DATE:11/8}}, told to allow 5 days
0834 atty office {{FACILITY:Garza Pena & Lott}}, {{NAME:Sylvia}} - wants records for client {{NAME:R. Villarreal}} w/o auth "it's for a settlement" - declined, sent auth form HIM-ROI-7 to {{FAX:956-555-0117}}
0901 pt {{NAME:Opal Merriweather}}, DOB {{DATE:1/8/1932}}, age {{AGE:92}} - can't log in to portal, username {{ID:opal.m1932}}; reset sent to email on file; verified by DOB + address ({{ADDRESS:2 Magnolia Ct}})
0947 {{FACILITY:Resaca Home Health}} - needs face-to-face note for {{NAME:Trevino, Ignacio}} MRN {{MRN:00834412}} - treatment, faxed 3 pp to {{FAX:956-555-0170}}
1015 caller said she was "Mrs. {{NAME:Castellanos}}'s daughter" asking for mom's test results - no PR on file, could not verify - declined, gave pt line
1033 Dr. {{NAME:Yoon}}'s office ({{FACILITY:Valley Kidney Specialists}}) - asked for dialysis access op note; sent via HIE
1102 lunch
total calls 41, avg handle 3:12, abandoned 2`,
  `DECEDENT RECORDS RELEASE - ME / funeral home               {{DATE:12-Jun-2024}}
Decedent: {{NAME:KOWALSKI, BERNADETTE T.}}   DOB {{DATE:09-Sep-1929}}   age {{AGE:94}}   MRN {{MRN:00013388}}   expired {{DATE:11-Jun-2024 23:47}}, {{FACILITY:Bigelow 11}}
1) Medical examiner: {{FACILITY:Erie Shore County Medical Examiner's Office}}, investigator {{NAME:Raymond Szabo}}, case {{ID:ME-2024-03318}}, phone {{PHONE:216-555-0127}}. Requested last 72h notes + labs (unwitnessed fall, SDH). Allowed under 164.512(g)(1). Sent 31 pp {{DATE:6/12}} 0930.
2) Funeral home: {{FACILITY:Dziedzic & Sons Funeral Home}}, {{ADDRESS:5120 Fleet Ave}}, {{LOCATION:Cleveland}} {{ZIP:44105}}, director {{NAME:Paul Dziedzic}} - wants cause of death + physician for the death certificate. Gave only the attending's name (Dr. {{NAME:Hsu}}) + ME case status, 164.512(g)(2). Told them ME has jurisdiction.
3) Son {{NAME:Walter Kowalski}} asked for "everything" - not PR yet (no letters of authority); gave him the ROI form and the estate process handout.
Pacemaker explant? ME to retain device, serial {{DEVICE:ADX-2201-77318}} noted on the body release form.
logged AOD x2. - {{NAME:H. Mori}} (ROI)`,
  `employee access to own / family record - quarterly audit   Q2 2024
user           employee                  pt accessed                 relation      # events   finding
{{ID:smacleod}}       {{NAME:Shona MacLeod}}, RN          self                        -             12         allowed (policy HIM-118 permits self view via portal only) -> counsel, use portal
{{ID:jbautista}}      {{NAME:Jericho Bautista}}, PCT      {{NAME:Bautista, Marilou}} (mother)   mother        6          no PR, no auth -> violation, level 1
{{ID:vkhoury}}        {{NAME:Vera Khoury}}, Unit Sec      {{NAME:Khoury, Elias}} (spouse)        spouse        2          printed AVS on {{DATE:05/21/2024}} at his request - still a violation, level 1
{{ID:tnorris2}}       {{NAME:Tyler Norris}}, RN           {{NAME:Norris, Amelia}}                daughter      1          treating - pt in ED {{DATE:6/1}}, he was charge; conflict, should have handed off
sanctions per HR-55: written coaching x3 via managers ({{NAME:L. Okoye}}, {{NAME:P. Strand}}).
report to compliance committee {{DATE:7/18/2024}}.`,
  `RECEIVED IN ERROR - incoming fax log note
{{DATE:08/27/2024 1622}}, main HIM fax {{FAX:303-555-0100}} received 5 pp from "{{FACILITY:Aspen Creek Dermatology}}" meant for another practice (cover sheet TO: {{FACILITY:Aspen Grove Family Health}}, fax {{FAX:303-555-0109}}). Pt on pages: {{NAME:Leilani Kahananui}}, DOB {{DATE:5/19/1994}}, path report (shave bx L shoulder, dysplastic nevus) + visit note by {{NAME:Corinne Lachance}}, PA-C.
We are NOT the sender, so it's their incident, not ours. Our duty: notify sender, return/destroy, don't use.
{{DATE:8/27}} 1640 called sender {{PHONE:303-555-0113}}, spoke w/ office mgr {{NAME:Brenda}}; she asked us to shred, sent a destruction confirmation on our letterhead by fax. Shredded in console HIM-2 by {{NAME:gh}} in front of {{NAME:LK}}.
Not indexed to any chart here (pt not in our MPI - searched name/DOB; nearest hit {{NAME:Kahananui, Leilani M.}} DOB {{DATE:5/19/1949}}, MRN {{MRN:00331190}}, different person).
Logged as external event {{ID:EXT-24-0044}}.`,
  `SECURITY INCIDENT + PRIVACY REVIEW: compromised mailbox (phishing)            SIR {{ID:SIR-2024-0120}}
Account: {{EMAIL:lfontaine@northshoreortho-example.org}} ({{NAME:Laure Fontaine}}, surgical scheduler), user {{ID:lfontaine}}
Timeline (UTC):
 {{DATE:2024-07-08 13:02}}  user clicked link in "DocuSign - pending invoice" email, entered password on {{URL:http://northshoreortho-example.org.login-verify-example.net/owa}}
 {{DATE:2024-07-08 13:20}}  sign-in from {{IP:203.0.113.201}} (geo: {{LOCATION:Lagos}}), MFA push approved by user
 {{DATE:2024-07-08 13:25}}  inbox rule created "xx" - move all to RSS Feeds
 {{DATE:2024-07-08 14:10}}  612 msgs sent to external addresses (phish relay)
 {{DATE:2024-07-09 08:44}}  help desk ticket {{ID:INC0053318}} opened by {{NAME:Pedro Acosta}}; pw reset, sessions revoked
Mailbox content: 2,340 emails w/ surgery schedules; sample shows names, DOB, procedure, ins member ids (e.g. {{NAME:Wendell Price}}, {{HEALTH_PLAN:ZGH22014733}}). Mail audit log shows MailItemsAccessed by {{IP:203.0.113.201}} on 1,877 items.
Privacy determination: breach unless low probability shown - PHI was accessed by an unauthorized actor -> presumed breach. Count unique pts: 1,114 (>500) -> HHS + media notice within 60 days of {{DATE:7/9/2024}}.
Owner: CISO {{NAME:Rahul Menon}}; privacy {{NAME:C. Moreau-Whitney}}.`,
  `DOB CORRECTION - registration error, not a pt amendment        ticket {{ID:HIMT-10902}}
Pt: {{NAME:Aguilar-Thorne, Paloma}}   MRN {{MRN:01377456}}
DOB in system: {{DATE:03/07/1992}}     correct DOB per pt's passport: {{DATE:07/03/1992}} (day/month swapped - pt born in {{LOCATION:Seville}}, wrote it European style on the paper form at {{FACILITY:Lakeview Family Clinic}} {{DATE:9/12/24}})
Passport no. {{ID:PAA448210}} (Spain) viewed, copy NOT kept.
Impact checked: 2 encounters ({{ACCOUNT:LFC24256-0031}}, {{ACCOUNT:LFC24260-0102}}), lab orders (age-based ref ranges n/a), claims to payer denied for DOB mismatch - PFS rep {{NAME:Glenn Abara}} to resubmit. Immunization registry (state IIS) record updated by Nurse {{NAME:Tamsin}}? no - by {{NAME:Tamsin Reyes}}, MA, {{DATE:9/20}}.
Portal account {{ID:paloma.at}} re-verified. Wristband/labels reprinted.
Done {{DATE:09/19/2024}} by {{NAME:rak}}, reviewed {{NAME:Ruth Anne K.}}`,
  `school immunization record requests - batch {{DATE:8/19/2024}}  (back-to-school rush)
#  student                         DOB          school                                   sent to                           by
1  {{NAME:Adebayo-Clarke, Temi}}          {{DATE:3/14/2018}}    {{FACILITY:Wexcombe Elementary}}                      nurse Ms. {{NAME:Patel}}? -> parent picked up   {{NAME:jh}}
2  {{NAME:Hoang, Bao Tran}}               {{DATE:11/02/2012}}   {{FACILITY:Alder Run Middle School}}                    fax {{FAX:503-555-0131}}          {{NAME:jh}}
3  {{NAME:O'Rourke, Finnegan}} "{{NAME:Finn}}"     {{DATE:6/30/2009}}    {{FACILITY:Marlow Heights High School}}                    parent portal                   {{NAME:mw}}
4  {{NAME:Yazzie-Begaye, Nizhoni}}        {{DATE:1/5/2015}}     {{FACILITY:Fernhill Creek School}}                    fax {{FAX:503-555-0194}}          {{NAME:mw}}
Reminder: disclosure of immunization proof to a school is allowed w/o written auth when state law requires it and a parent agrees (oral ok - document it, 164.512(b)(1)(vi)). Agreement documented for 2 and 4 (mom {{NAME:Lan Hoang}} by phone {{PHONE:503-555-0147}}; dad {{NAME:Leonard Begaye}} in person). #3 is 15, parent portal used. Tdap/MCV4 due for #3.
state IIS id for #1 {{ID:IIS-8820144}}`,
  `FMLA / DISABILITY FORMS TRACKER - HIM forms desk                        updated {{DATE:05/06/2024}}
form#     pt                        employer / insurer                      provider            rec'd    due      status
{{ID:F-2404-118}}  {{NAME:Mwangi, Esther W.}}          {{FACILITY:Prairie Lane Foods}} (FMLA)            Dr. {{NAME:Gutierrez}}       {{DATE:4/22}}     {{DATE:5/6}}      signed, faxed {{FAX:402-555-0125}}
{{ID:F-2404-131}}  {{NAME:DeLuca, Anthony}} "{{NAME:Tony}}" {{FACILITY:Husker Rail Services}} (STD)           {{NAME:E. Lindqvist}}, PA    {{DATE:4/24}}     {{DATE:5/8}}      with provider
{{ID:F-2404-140}}  {{NAME:Begaye, Loretta}}            {{FACILITY:Platte Bend Public Schools}} (ADA accom)    Dr. {{NAME:Sato}}            {{DATE:4/26}}     {{DATE:5/10}}     missing pt signature
{{ID:F-2405-002}}  {{NAME:Phan, Quoc}}                 {{FACILITY:Elkhorn Valley Bank}} (FMLA-family)    Dr. {{NAME:Rivera-Soto}}     {{DATE:5/1}}      {{DATE:5/15}}     fee $25 pd, rcpt {{ACCOUNT:R-55019}}
notes: {{ID:F-2404-140}} - called pt {{PHONE:402-555-0188}} {{DATE:5/3}}, will come in {{DATE:Thurs 5/9}}. {{ID:F-2404-131}} - pt's spouse {{NAME:Gina DeLuca}} keeps calling; she is not on the auth; do not discuss.
forms are pt-requested disclosures w/ signed auth (HIM-ROI-7) - not in AOD. -{{NAME:cb}}`,
  `Imaging CD request / media log                                   media id {{ID:IMG-CD-24-0612}}
req {{ID:R24-06677}}   rec'd {{DATE:06-12-2024}}   via walk-in
pt: {{NAME:Abu-Ghazaleh, Rania}}   DOB {{DATE:02/29/1972}}   MRN {{MRN:00617733}}
studies: MRI lumbar spine w/o {{DATE:5/30/2024}} (acc {{ID:MR240530-0117}}), XR L-spine 2v {{DATE:5/2/2024}} (acc {{ID:XR240502-2281}})
for: second opinion at {{FACILITY:Rocky Fork Spine Center}}, Dr. {{NAME:Emil Strasser}} - pt hand-carrying
ID: photo ID checked ({{NAME:vt}}), pt signed receipt. CD burned w/ viewer, encrypted? no - pt's own copy, pt accepted unencrypted (documented on HIM-ROI-7, sec. 4).
fee: $0 (first CD free per HIM-204 fee schedule; after that $10/CD)
also pt asked to upload to the other facility's cloud: {{URL:https://share.rockyforkspine-example.com/upload/rk-7781}} - declined, we can only push through the image exchange to a known facility; sent request to {{FACILITY:Rocky Fork}} to request via exchange. Reports also released to portal (already visible since {{DATE:5/31}}).
pt contact {{PHONE:614-555-0114}}, email on file {{EMAIL:rania.ag@postbox-example.com}}.
- {{NAME:Valentina T.}} ({{ID:vtorres}})`,
  `LEGACY CONVERSION QA - {{FACILITY:St. Brendan's}} legacy HIS -> new EHR, wave 3           {{DATE:11 Sept 2024}}
Sample of 50 converted pts; 4 mismatches:
legacy acct/MRN      new MRN      field        legacy value                     new value
{{MRN:SB-0004417}}           {{MRN:00910233}}     name         {{NAME:O'NEIL, MAUREEN}}                 {{NAME:ONEIL, MAUREEN}} (apostrophe dropped)
{{MRN:SB-0018820}}           {{MRN:00910488}}     DOB          {{DATE:01/01/1900}}                       {{DATE:01/01/1900}} (default DOB - real DOB {{DATE:8/14/1931}} in scanned face sheet)
{{MRN:SB-0021356}}           {{MRN:00910502}}     address      {{ADDRESS:Rt 2 Box 117}}, {{LOCATION:Wiggins}}         {{ADDRESS:RT 2 BOX 117}} (city lost)
{{MRN:SB-0033108}}           {{MRN:00911077}}     alias        {{NAME:ĐẶNG THỊ LAN}}                    {{NAME:DANG THI LAN}} (diacritics stripped, OK)
Actions: apostrophe + diacritic handling is a known limitation of the interface (spec IF-22); default 1900 DOBs (n=212 in full load) -> work queue MPI-DOBFIX for {{NAME:rak}} and {{NAME:Ty}}. Pt from row 2 is {{AGE:93}} - flag for the clinic since age-based alerts were firing as "{{AGE:124}} y/o".
Vendor contact {{NAME:Shreya Iyer}}, {{EMAIL:siyer@convertis-example.com}}. Next QA {{DATE:9/25}}.`,
  `MPI WEEKLY REPORT  wk {{DATE:2024-10-14}} - {{DATE:2024-10-20}}          prepared by {{NAME:R. A. Kilgore}}
new potential dups: 188 | resolved: 201 | merges: 64 | not-dup: 131 | overlays found: 1 | overlays fixed: 1 | backlog: 2,417
dup rate (new regs): 1.8% (target < 2%)
examples worth a look:
- {{NAME:SMITH}}, BABY BOY / {{NAME:SMITH, JAXON}} - newborn temp name vs named record; merged {{DATE:10/15}} (mother {{NAME:Kayla Smith}} MRN {{MRN:00955120}})
- {{NAME:Al-Masri, Yousef}} vs {{NAME:Almasri, Youssef}} - same DOB {{DATE:6/6/1966}}, same phone {{PHONE:313-555-0179}}, merged
- {{NAME:Kim, Ji-hoon}} vs {{NAME:Kim, Jihoon}} vs "{{NAME:Jay Kim}}" - 3 records, DOB {{DATE:9/9/2001}}; 2 merged, {{NAME:Jay Kim}} is a different {{NAME:Kim}} (DOB {{DATE:9/9/2000}})
- {{NAME:UNKNOWN, ECHO}} (trauma alias {{DATE:10/17}}) -> identified as {{NAME:Roderick Vance}}, merged into existing {{MRN:00480077}}
- registrar with most dups created: user {{ID:bholloway}} (7) - coaching by {{NAME:Marco G.}}
overlay: {{ID:HIMT-10457}} (L&D) see separate report.`,
  `CDI QUERY — malnutrition                                     #{{ID:Q-2024-12561}}
Dr. {{NAME:Oyelaran-Smith}} / GI consult team; attending Dr. {{NAME:M. Petrosyan}}
PATIENT: {{NAME:FEATHERSTONE, AGATHA}}   {{AGE:95}} F   MRN {{MRN:00104452}}   ADM {{DATE:10/21/2024}}   ACCT {{ACCOUNT:40029118230}}
RD assessment {{DATE:10/22}} ({{NAME:Noor Hamdan}}, RD, LDN): "meets ASPEN/AND criteria for severe protein-calorie malnutrition in the context of chronic illness: intake <75% x >1 month, wt loss 9% in 3 months (52.1 -> 47.4 kg), severe muscle wasting temporal/clavicular, BMI 17.2."
Physician notes: "poor PO intake", "cachectic appearing" ({{DATE:10/23}}); no malnutrition dx documented.
Please document, if clinically appropriate, the diagnosis that corresponds to the RD findings:
 - severe protein-calorie malnutrition (E43)
 - moderate (E44.0) / mild (E44.1)
 - other: ______   - not clinically significant
Treatment in place: oral supplements TID, calorie count, mirtazapine 7.5 mg qhs.
CDS: {{NAME:Kevin Moe}}, RN, CCDS - {{EMAIL:kmoe@stcolumba-example.org}}   sent {{DATE:10/24/2024 08:12}}`,
  `CODING AUDIT - external review ({{FACILITY:Pennant Revenue Integrity Partners}}), IP sample, Q3
acct              pt                       auditor     orig DRG   rev DRG   $ impact    reason
{{ACCOUNT:40028771109}}       {{NAME:GUSTAFSON, ARVID}}         {{NAME:JL}}          871        872       -$4,120     sepsis not clinically valid (query {{ID:Q-2024-11603}} answered "ruled out")
{{ACCOUNT:40028790412}}       {{NAME:N'DIAYE, FATOU}}           {{NAME:JL}}          292        291       +$3,380     CHF acuity documented in DS, missed by coder {{NAME:bs}}
{{ACCOUNT:40028802271}}       {{NAME:KRASNIQI, ARBEN}}          {{NAME:ML}}          470        470       0           PCS codes corrected, no DRG change
{{ACCOUNT:40028815590}}       {{NAME:Lindgren, Evelyn}}         {{NAME:ML}}          593        594       +$1,650     pressure injury POA clarified ({{ID:Q-12398}})
accuracy: DRG 92% (23/25), PCS 88%. coders w/ findings: {{NAME:B. Solano}} (1), {{NAME:W. Sorensen}} (1).
rebill: 2 accts to PFS by {{DATE:11/15/2024}}; appeal n/a. auditor lead {{NAME:Jocelyn Lamar}}, RHIA, CCS - {{PHONE:469-555-0190}}.
next audit window {{DATE:Jan 6-17, 2025}}.`,
  `CONFIDENTIAL PATIENT / ALIAS ASSIGNMENT - ED registration + privacy
{{DATE:2024-03-02 0115}}: high-profile pt arrived by private car (black SUV, CA plate {{VEHICLE:8TRW441}} per security log) to {{FACILITY:Pacific Crest Medical Center}} ED.
True identity: {{NAME:Dominic Ashford-Vale}} (athlete), DOB {{DATE:12/18/1993}}, real MRN {{MRN:00992201}}.
Registered under alias {{NAME:HALIBUT, OSCAR}}, alias MRN {{MRN:01502209}}, per PRV-031 "confidential pt" process; restricted flag ON; BTG required for all users except ED team.
Agent/manager {{NAME:Celia Brandt}} ({{PHONE:310-555-0133}}) asked for a "status update for press" - declined, no facility directory listing (pt opted out). Security lead {{NAME:Omar Haddad}} posted at bay 14.
Merge of alias into real MRN after discharge: scheduled {{DATE:3/4}} by MPI ({{NAME:rak}}). Audit reports on both MRNs daily x 30 days to privacy ({{NAME:O. Adebayo}}).
{{DATE:3/2}} 0640: 9 BTG events, all ED staff; 1 access by lab user {{ID:phuynh}} from {{IP:192.0.2.148}} (draw tech - appropriate).`,
  `NEWBORN / MOTHER RECORD MIX-UP - correction worksheet              {{ID:HIMT-11088}}
Mother: {{NAME:Oyelowo, Funmilayo}}   MRN {{MRN:00877120}}   adm L&D {{DATE:8/30/24}}
Newborn: Baby Boy {{NAME:Oyelowo}}   MRN {{MRN:01511973}}   DOB {{DATE:08/31/2024 04:16}}   later named {{NAME:Tobiloba Oyelowo}}
Problem: newborn bilirubin + hearing screen results ({{DATE:9/1}}) and the circumcision consent were filed on the mother's chart; the mother's postpartum Hgb was filed on the baby. Found by peds Dr. {{NAME:Sadiq}} on {{DATE:9/2}} when the bili was missing.
Cause: scanned consent indexed with mom's label; lab used the mom's wristband barcode ({{NAME:Agnes}} on {{FACILITY:Hollis 4}} night shift confirms 2 labels were stuck on the same tube rack).
Fixed {{DATE:09/02/2024}}: results moved, consent re-indexed (doc {{ID:D9987310}}), amended result notices to Dr. {{NAME:Sadiq}} and OB Dr. {{NAME:Ferreira}}. Newborn guarantor acct {{ACCOUNT:G-0091744}} corrected.
Dad {{NAME:Adewale Oyelowo}} asked for the baby's records for insurance - he is on the birth record, ok to release. Address {{ADDRESS:61 Ridgeview Ct}}, {{LOCATION:Columbia}} {{ZIP:29212}}.`,
  `portal message  |  from: {{NAME:jimmy tsosie}} ({{ID:jtsosie1985}})  |  rec'd {{DATE:2024-01-29 22:14}}  |  routed to HIM pool
subj: records plz

hello i need my records from when i had my gallbladder out at ur hospital, it was like {{DATE:dec 2022}} or {{DATE:jan 23}}?? dr {{NAME:whitehorse}} did it. also my xrays from the ER when i broke my wrist {{DATE:5/5/23}}. need them for my new doctor at {{FACILITY:Black Mesa Family Clinic}} in {{LOCATION:Many Farms}}, i started a job at {{FACILITY:Canyon Rim Feed & Supply}} too. can u send them there or to my email {{EMAIL:jtsosie85@mailbox-example.com}}. my birthday is {{DATE:7-4-85}}. my mom {{NAME:Lorraine}} can pick up if easier she lives in {{LOCATION:Chinle}} by the flea market. phone {{PHONE:928 555 0144}}
thx {{NAME:jimmy}}

--- reply ({{NAME:Wanda B.}}, ROI, {{DATE:1/30/24 0905}}) ---
Hi {{NAME:James}}, we found your cholecystectomy {{DATE:01/09/2023}} and the ED visit {{DATE:05/05/2023}}. We can send them to {{FACILITY:Black Mesa Family Clinic}} for your care without a form. For your mom to pick up, or to send by email, please sign the attached authorization. Request {{ID:R24-00901}}.`,
  `BUSINESS ASSOCIATE INCIDENT - transcription vendor                         {{ID:PI-24-0470}}
BA: {{FACILITY:ClearScript Medical Transcription}} (BAA signed {{DATE:03/01/2021}}), privacy contact {{NAME:Harriet Lowell}}, {{EMAIL:hlowell@clearscript-example.com}}, {{PHONE:888-555-0172}}
Notice rec'd {{DATE:10/21/2024}}: a subcontracted typist in {{LOCATION:Cebu}} ({{NAME:R.D.}}, vendor id {{ID:CS-T-4471}}) stored audio + draft reports on a personal cloud drive that was publicly shared by link from {{DATE:9/2/2024}} to {{DATE:10/15/2024}}. Link found by a security researcher ({{EMAIL:disclosures@openbucket-watch-example.net}}); access log shows 3 downloads from {{IP:198.51.100.201}} and {{IP:203.0.113.14}}.
Our data: 389 dictation jobs, 361 unique pts, {{DATE:8/26}}-{{DATE:9/13/2024}}; e.g. jobs {{ID:889012}}-{{ID:889401}}; reports contain name, DOB, dx, meds; some have home address (e.g. {{NAME:Harriet Dunmore}}, {{ADDRESS:8 Quarry Ln}}, {{LOCATION:Barre}}).
Determination: breach (unsecured PHI, accessed by unknown parties). BA notified us within the BAA's 10 days. <500 -> individual letters within 60 days of {{DATE:10/21}}, HHS annual log; vendor to pay mailing + 12 mo credit monitoring.
Letters drafted by {{NAME:M. Strand-Weller}}; call center script to {{NAME:Keisha}} and {{NAME:Alvin}}. BA corrective action plan due {{DATE:11/4/2024}}.`,
  `PATIENT ACCESS - interpreter session note                               {{DATE:7/8/2024}}
Pt: {{NAME:Mahmoud Abdelrahman Saleh}} ({{NAME:محمود صالح}})   DOB {{DATE:15/03/1944}}   MRN {{MRN:00684109}}
Interpreter: Arabic, in person, {{NAME:Nadia Boutros}} (staff interpreter #{{ID:INT-0218}})
Present: pt, daughter {{NAME:Rasha Saleh-Hamdi}}, HIM {{NAME:Yusra Haddad}}
Pt wants copies of his cardiac cath ({{DATE:5/21/2024}}, Dr. {{NAME:Georgios Antonakos}}) and echo reports to take to a cardiologist in {{LOCATION:Amman}} when he travels {{DATE:Aug 1}}. Also wants daughter to be able to call about his results. 
Done: access request signed (Arabic form version HIM-ROI-7A) -> printed 26 pp, fee waived; HIPAA authorization for daughter to receive info by phone, expires {{DATE:07/08/2025}}; verbal password "{{NAME:Yasmin}}" (granddaughter's name) set in the registration notes.
Daughter's contact: {{PHONE:313-555-0155}}, {{ADDRESS:14820 Michigan Ave, Apt 2}}, {{LOCATION:Dearborn}} {{ZIP:48126}}.
Pt asked if records can be e-mailed to the doctor abroad ({{EMAIL:dr.khalil.clinic@jo-health-example.net}}) - explained unencrypted risk; pt accepted in writing, sent {{DATE:7/8}} 1530.`,
  `AOD export (JSON) - disclosure_log.v2  generated {{DATE:2024-04-02T16:05:33Z}} by svc account {{ID:svc_roi_export}}
[
 {"disclosure_id":"{{ID:DL-7741201}}","patient":{"mrn":"{{MRN:00533812}}","name":"{{NAME:PRZYBYLSKI, HENRYK}}","dob":"{{DATE:1950-10-30}}"},
  "date":"{{DATE:2024-03-11}}","recipient":"State Dept of Public Health","purpose":"public_health_report","statute":"45 CFR 164.512(b)","items":"lab:pertussis PCR","pages":2,"user":"{{ID:ltran4}}"},
 {"disclosure_id":"{{ID:DL-7741266}}","patient":{"mrn":"{{MRN:00533812}}","name":"{{NAME:PRZYBYLSKI, HENRYK}}","dob":"{{DATE:1950-10-30}}"},
  "date":"{{DATE:2024-03-19}}","recipient":"{{NAME:Paulina Nowak}}, Esq. / {{FACILITY:Nowak Reilly PC}}","purpose":"subpoena_with_assurance","case":"{{ID:218-2023-CV-00571}}","pages":118,"user":"{{ID:rszabo}}"},
 {"disclosure_id":"{{ID:DL-7741301}}","patient":{"mrn":"{{MRN:00533812}}","name":"{{NAME:PRZYBYLSKI, HENRYK}}","dob":"{{DATE:1950-10-30}}"},
  "date":"{{DATE:2024-03-27}}","recipient":"State Adult Protective Services","purpose":"abuse_neglect_report","items":"SW note","pages":3,"user":"{{ID:aramos3}}","pt_informed":false,"reason":"would place pt at risk, 164.512(c)(2)"}
]`,
  `VA COMMUNITY CARE - records request                          HIM req {{ID:R24-03340}}
Veteran: {{NAME:REDCLOUD, Darrell W.}}   DOB {{DATE:04/16/1952}}   our MRN {{MRN:00299677}}   VA ICN {{MRN:1012884471V553920}}
Requester: VA Community Care Office (VISN 23), care coordinator {{NAME:Sheila Two Bulls}}, tel {{PHONE:605-555-0108}}, fax {{FAX:605-555-0109}}
Referral/auth # {{ID:VA0041877210}} (community care consult - ortho), episode {{DATE:02/05/2024}} - {{DATE:05/05/2024}}
Wanted: clinical notes, op note {{DATE:3/12/24}} (R TKA, Dr. {{NAME:Halvorsen}}), implant record (serial {{DEVICE:NXK-77120-R}}), PT notes.
Basis: treatment/payment to the VA as the payer for the care - no auth needed. Sent via HSRM upload {{DATE:5/9/2024}}, 47 pp.
Vet's wife {{NAME:Marlene Redcloud}} called asking for the DD-214 "we have on file" - we don't keep it; she'll ask the county veterans service officer.
Home addr {{ADDRESS:HC 49 Box 31}}, {{LOCATION:Kyle}}; phone {{PHONE:605-555-0181}}.
-{{NAME:dmh}}`,
  `HIM daily huddle - {{DATE:Wed 2/21}}   (notes: {{NAME:gh}})
present: {{NAME:Paul}}, {{NAME:Gretchen}}, {{NAME:Lena}}, {{NAME:Tasha}}, {{NAME:Devonte}}, {{NAME:Hiroko}}, {{NAME:Ruth Anne}} (phone)
- ROI backlog 212 (goal < 150). 3 reqs near 30-day mark: {{ID:R24-01544}} ({{NAME:Faircloth}}), {{ID:R24-01561}} ({{NAME:Ibarra-Munoz}}), {{ID:R24-01570}} ({{NAME:Quarshie}}) -> {{NAME:Hiroko}} today, extension letter if not.
- scanning: batch 022024-03 stuck in INDEX-QA, scanner 2 (SC-HIM-02) jamming again, ticket {{ID:INC0050877}}.
- deficiencies: Dr. {{NAME:Abercrombie}} cleared! Dr. {{NAME:Ngata}} 4 delinquent -> 2nd notice.
- subpoena from {{FACILITY:Garza Pena & Lott}} (case {{ID:2024-DCL-00419}}) - no assurances, letter out {{DATE:2/20}}.
- privacy: {{NAME:Priya}} asks everyone re-sign confidentiality agreements by {{DATE:3/1}}; also reminder: NO pt names in Teams channel titles (someone named a channel "{{NAME:Marchetti}} custody").
- MPI: overlay worklist 0; dup backlog 2,4xx.
- {{NAME:Lena}} out {{DATE:2/26}}-{{DATE:2/28}}; {{NAME:Tasha}} covers the chart completion desk, ext {{PHONE:4318}}.
- birthday cake for {{NAME:Devonte}} Friday 🎂`,
  `GRAND JURY SUBPOENA - processing note                 CONFIDENTIAL - do not discuss with pt (per subpoena)
Served {{DATE:04/30/2024}} on {{NAME:Consuelo Ybarra}} (custodian) by DA investigator {{NAME:Kyle Renfro}}, badge {{ID:DAI-4417}}; subpoena no. {{ID:GJ-24-0388-W}}, return {{DATE:5/14/2024}}, {{FACILITY:Superior Court, Delta Oaks County}} grand jury.
Records of: not a single pt - records ABOUT prescriptions written by Dr. {{NAME:Laszlo Benko}} (NPI {{LICENSE:1487726190}}, DEA {{LICENSE:BB4410877}}) for 14 named pts {{DATE:1/1/2022}}-{{DATE:12/31/2023}}, incl. {{NAME:Cortez, Ramon}} ({{MRN:00450117}}), {{NAME:Lyle, Brandy}} ({{MRN:00781203}}), {{NAME:Xiong, Pao}} ({{MRN:00663018}}) ... (full list in the locked file).
Basis: grand jury subpoena -> 164.512(f)(1)(ii)(B), no assurances needed. Any SUD program records -> need a Part 2 court order, excluded.
Non-disclosure: subpoena requests we not notify pts; AOD entries suspended? -> NO, AOD still logged, but a temporary suspension of the right to an accounting was requested in writing by the agency (164.528(a)(2)) for 90 days - ends {{DATE:7/29/2024}}.
Delivered {{DATE:5/10}} to {{ADDRESS:1180 Riverfront Way, Suite 300}}, {{LOCATION:Sacramento}}. -{{NAME:CY}}`,
  `QUARTERLY PRIVACY REPORT TO THE COMPLIANCE COMMITTEE - Q3 (Jul-Sep)          presented {{DATE:10/17/2024}} by {{NAME:Celeste Moreau-Whitney}}, CPO
Totals: 47 incidents logged (Q2: 39); 6 breaches (all < 500); 1 large breach (phishing, SIR {{ID:SIR-2024-0120}}, 1,114 pts) - HHS notice filed {{DATE:9/5/2024}}, media notice {{DATE:9/6}} to local print and TV outlets.
Highlights:
 1. misdirected mail ({{ID:PI-24-0419}}) - pt {{NAME:G. Saucedo}} notified {{DATE:10/9}}.
 2. snooping: RN {{NAME:T. Norris}} ({{ID:PI-24-0231}}) - final written warning, 2nd event ({{NAME:Norris, Amelia}} chart) coached.
 3. BTG refer: unit clerk {{NAME:J. Fitzgerald}} ({{ID:PI-24-0355}}) - terminated {{DATE:9/30/2024}}; pt {{NAME:Terrence Vaughn}} notified by letter {{DATE:10/2}}.
 4. BA incident pending ({{FACILITY:ClearScript}}, {{ID:PI-24-0470}}).
 5. OCR: {{ID:24-0558812}} ({{NAME:Ashcroft}}) - closed with technical assistance {{DATE:8/28/2024}}, no penalty.
Access audits: 100% of VIP/employee-pt charts, 5% random sample; 12 referrals.
Training: 96.2% staff completion of annual HIPAA module (goal 95%). Policies revised: PRV-011, PRV-020, HIM-204, HIM-400.
Next meeting {{DATE:Jan 16, 2025}}. Contact {{EMAIL:privacy@northshorehealth-example.org}}, hotline {{PHONE:1-877-555-0150}}.`,
  `Authorization review - DEFECTIVE, returned                         {{DATE:3/5/2024}}
req {{ID:R24-01902}} from {{FACILITY:Baxter Lindqvist & Gaines}}, atty {{NAME:Owen Gaines}} (bar {{LICENSE:0412288}}), paralegal {{NAME:Trish}}, fax {{FAX:608-555-0147}}
pt: {{NAME:Hollingsworth, Marjorie E.}}  DOB {{DATE:08/23/1961}}  MRN {{MRN:00719066}}
checklist (164.508(c)):
 [x] description of info - "any and all records"  (ok but broad)
 [x] who discloses / to whom
 [ ] purpose - blank (ok only if "at the request of the individual" - not stated)
 [ ] expiration date or event - BLANK -> defective
 [x] signature - but dated {{DATE:03/02/2022}}, 2 yrs old; pt's signature looks different from the one on her {{DATE:1/8/24}} consent form
 [ ] statements re: right to revoke, redisclosure - missing (firm's own form, not HIM-ROI-7)
 [x] psych + HIV + SUD - separate specific consent needed, none
action: returned with cover letter + our form by fax {{DATE:3/5}}; copy to pt at {{ADDRESS:3 Pebble Creek Dr}}, {{LOCATION:Middleton}} {{ZIP:53562}} so she knows a request was made. nothing released. -{{NAME:dkm}} / reviewed {{NAME:N. Ossei}}`,
  `resident co-signature deficiencies - {{FACILITY:Lakeshore}} IM program      pulled {{DATE:1/16/24 0600}}
resident              attending       pt / fin                              note / date                 age(d)
{{NAME:park, soo-min}} PGY2     {{NAME:petrosyan}}       {{NAME:baker, l}} / {{ACCOUNT:FN7719903322}}         H&P {{DATE:1/2}}                 14
{{NAME:adeyemi, tolu}} PGY1     {{NAME:petrosyan}}       {{NAME:nowicki, jan}} / {{ACCOUNT:FN7719912004}}     prog {{DATE:1/4}}, {{DATE:1/5}}          11-12
{{NAME:r. castellano}} PGY3     {{NAME:al-rashid}}       {{NAME:ho, winnie}} / {{ACCOUNT:FN7719920871}}       DS {{DATE:1/6}}                  10
{{NAME:fitzpatrick}} PGY1       {{NAME:haas}}            {{NAME:dubois, marie-claire}} / {{ACCOUNT:FN7719931055}}  H&P {{DATE:1/8}}        8
rule: attending co-sign within 7 days (GME-14). emailed attendings {{DATE:1/16}}. program coord {{NAME:Leah Oduya}} cc'd; Dr. {{NAME:Petrosyan}} says he'll do them today. esc to program director Dr. {{NAME:Greer}} if still open {{DATE:1/19}}.
fyi - {{NAME:nowicki}} pt is {{AGE:90}}; DS pending.`,
  `INDEXING QA EXPORT  src=DocCapture  qa_user={{ID:lkirsch}}  run={{DATE:2024-09-03 06:00:12}}
DOC_ID|BATCH|DOC_TYPE|MRN|PT_NAME|DOS|INDEXER|QA_RESULT|NOTE
{{ID:D10022318}}|090224-01|OUTSIDE_REC|{{MRN:00570041}}|{{NAME:FONSECA, BEATRIZ}}|{{DATE:20240828}}|{{NAME:jm}}|PASS|
{{ID:D10022341}}|090224-01|CONSENT_GEN|{{MRN:00612288}}|{{NAME:O'HALLORAN, SEAN P}}|{{DATE:20240829}}|{{NAME:jm}}|FAIL|signature page belongs to {{NAME:O'HALLORAN, SIOBHAN}} {{MRN:00612828}}
{{ID:D10022356}}|090224-02|EKG_OUTSIDE|{{MRN:00399154}}|{{NAME:TEKLE, MESERET}}|{{DATE:20240830}}|{{NAME:rb}}|PASS|
{{ID:D10022390}}|090224-02|ADV_DIRECTIVE|{{MRN:00088127}}|{{NAME:LINDQVIST, ASTRID}}|{{DATE:20240830}}|{{NAME:rb}}|FAIL|wrong doc type (is POLST); pt {{AGE:97}}, flag to {{FACILITY:Hollis 4}} charge RN
{{ID:D10022402}}|090224-03|ID_CARD|{{MRN:00761550}}|{{NAME:MBEKI, THANDIWE}}|{{DATE:20240830}}|{{NAME:HK}}|FAIL|DL image ({{LICENSE:D5512-88014-22}}) on wrong enc {{ACCOUNT:E10091120}}; move to {{ACCOUNT:E10091187}}
{{ID:D10022417}}|090224-03|INS_CARD|{{MRN:00761550}}|{{NAME:MBEKI, THANDIWE}}|{{DATE:20240830}}|{{NAME:HK}}|PASS|member {{HEALTH_PLAN:WPA700219934}}
SUMMARY|docs=412|fail=3|rate=0.73%|threshold=1.0%|indexers_flagged=none`,
  `AMENDMENT / DEMOGRAPHIC UPDATE - legal name and sex marker change          req {{ID:AMD-24-0037}}
Pt (current legal name): {{NAME:Rowan Elise Carter-Obi}}   prior name: {{NAME:Robert Eliot Carter-Obi}}   MRN {{MRN:00455190}}   DOB {{DATE:10/11/1999}}
Documents: order for change of name, {{FACILITY:Superior Court of Saguaro County}}, case {{ID:CV2024-011873}}, signed {{DATE:06/03/2024}}; updated AZ DL {{LICENSE:D08812447}}; new SS card (SSN unchanged, {{SSN:600-44-1928}}).
Request: update legal name, sex, chosen name "{{NAME:Ro}}", pronouns she/her in registration + portal; pt asks that past notes NOT be altered but that the banner show her current name.
Actions {{DATE:6/18/2024}}: registration updated by {{NAME:Marco Giannetti}}; prior name kept as AKA (needed for matching outside records, e.g. {{FACILITY:Desert Willow Urgent Care}} 2019 labs); portal username changed to {{ID:rcarterobi}}; payer notified (member {{HEALTH_PLAN:AZB552019830}}) to avoid claim denials; lab sex-specific reference ranges reviewed w/ pt's endocrinologist Dr. {{NAME:Imani Okafor}}.
Not a 164.526 amendment of clinical content - demographic correction. Letter to {{ADDRESS:2260 E Speedway Blvd, Unit 14}}, {{LOCATION:Tucson}} {{ZIP:85719}}; confirmed by phone {{PHONE:520-555-0190}}. -{{NAME:Y. Haddad}}`,
];

export const HELDOUT_REALISTIC_121_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout121-${i + 1}`, n));
