// A held-out set (69) of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone and fax numbers are 555 numbers; towns and cities are real
// places used only as LOCATION). It leans towards messy real-world documents: scanned-fax OCR text
// with odd spacing, letter/digit confusions (O for 0, l for 1) and line breaks inside identifiers,
// HL7-like pipe-delimited snippets, templated EHR exports with label: value lines, MIMIC-style
// [** **] placeholders, telephone encounter logs, patient portal messages written by patients
// (informal, typos, lower case), interpreter notes, billing/coding notes, release-of-information
// requests, lab requisitions, radiology reports, pathology reports with accession numbers, dental
// and vision notes and EMS run sheets. Names are of many origins (Chinese pinyin, Arabic, Polish,
// Somali, Brazilian Portuguese, Navajo, Samoan), with cities abroad, ages over 89 and all the number
// types (SSN, MRN, health plan, account, licence, vehicle, device, URL, IP, email, fax, phone,
// biometric and photo references, other IDs), next to look-alike non-PHI (eponyms, drug names,
// doses, scores, lab values, device models, lot/NDC/CPT/ICD/LOINC codes, rooms and beds, tooth
// numbers, years and weekdays alone, clock times, ages of 89 and under, states and countries).
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
// Added for this set: an identifier broken by OCR spacing, a stray space or a line break is one
// span over the whole identifier, inner whitespace included (letter/digit confusions such as
// O3/14/2O24 are still the identifier); in HL7 segments each field or component is annotated on its
// own (carets, pipes and assigning-authority codes such as ^^^MR stay outside), a caret-separated
// person name (KOWALSKI^ANNA^M) is one NAME span, and the sending/receiving facility codes are
// FACILITY; message control ids, order and filler numbers are ID; interpreter, badge and operator
// numbers are ID; every URL and IP address is annotated, including a hospital's portal address;
// fingerprint, palm-vein, voice-print, retina and face templates are BIOMETRIC; photo file
// references of the patient's face, tattoos or other identifying marks are PHOTO, while other image
// and file references (radiographs, slides, fundus or OCT images, DICOM study ids) are ID; a
// patient's or relative's age over 89 is AGE wherever written (words included); e-mail addresses
// are EMAIL whole, a clinic's or department's inbox included; a plate or licence number written
// with its state or tribal code directly before it (CA 8WKP221, AZ D10044782) includes the code; a
// chat or social-media handle of the patient or family is ID. A MIMIC placeholder that stands for a
// country or a state ([**Country 651**], [**State 350**]) is not annotated. A newborn's "Baby Girl"
// or "Baby Boy" stays outside the NAME span like a title; insurance group numbers are not PHI; GPS
// coordinates of a home are ADDRESS; a clock time next to a date without a year stays outside it.
// First run (token recall / precision, before anyone read the misses): pass-15 final engine
// (0cc1bf1) 0.9086 / 0.9727. Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
`FAX COVER - {{FACILITY:Red Mesa Regional Medical Ctr}} HIM Dept
TO: {{FACILITY:Shiprock Family Clinic}}   ATTN: Dr. {{NAME:L. Tsosie}}
FAX: {{FAX:(505) 555-01 93}}     FROM FAX: {{FAX:505.555.0147}}
PAGES: 4 (incl cover)   DATE SENT: {{DATE:O3/14/2O24 16:02}}
RE: Pt {{NAME:BEGAY, Harrison}}   DOB {{DATE:11/O2/1938}}   MRN {{MRN:RM-00 4471
82}}
---- page 2 of 4 ----
REFERRAL  -  CARDIOLOGY
Pt is an 85 y/o male w/ hx of CHF (EF 30%), AFib on apixaban 5 mg BID, seen
in our ED {{DATE:3/ 12/24}}. Lives w/ daughter {{NAME:Marlene Begay}} near {{LOCATION:Chinle}}, AZ,
c ell {{PHONE:928-555-07 71}}. No landline at the home. Pt speaks Dine
bizaad; grandson {{NAME:Tyler Yazzie}} interprets (not certified).
Ins: IHS / AHCCCS ID {{HEALTH_PLAN:A1234 5678}}
Pls schedule w/ Dr. {{NAME:Nakai}} at {{FACILITY:Tohatchi Heights Med Ctr}} cardiology.
Prior echo acc# {{ID:ECH-24-0 0913}} (on CD, mailed {{DATE:3/13}}).
NYHA class III. BNP 1,240. K 4.1. INR n/a.
CONFIDENTIALITY: this fax may contain PHI. If received in error call {{PHONE:505-555-0100}}.`,
`MSH|^~\\&|EPIC|{{FACILITY:STHEDWIG}}|LAB|{{FACILITY:STHEDWIG}}|{{DATE:20240311084512}}||ADT^A04|{{ID:MSG00093381}}|P|2.5.1
EVN|A04|{{DATE:20240311084500}}
PID|1||{{MRN:004418273}}^^^SHMRN^MR~{{SSN:521660193}}^^^SSA^SS||{{NAME:WISNIEWSKI^GRZEGORZ^T}}||{{DATE:19310918}}|M|||{{ADDRESS:4411 N MILWAUKEE AVE APT 3}}^^{{LOCATION:CHICAGO}}^IL^{{ZIP:60630}}||{{PHONE:(773)555-0148}}|||M||{{ACCOUNT:A90017733}}
NK1|1|{{NAME:ZIELINSKA^KRYSTYNA}}|DAU||{{PHONE:(847)555-0122}}
PV1|1|O|CARD^214^B|||{{LICENSE:1457392018}}^{{NAME:KOWALCZYK^ANNA^M}}^^^^MD
IN1|1|MCR|MEDICARE PART B|||||||||||||||{{HEALTH_PLAN:1EG4TE5MK72}}

-- interface analyst comment ({{NAME:dmr}}) --
Msg {{ID:MSG00093381}} bounced from LAB: PID-7 parsed, age calc {{AGE:92}} ok; failure was PV1-7,
NPI {{LICENSE:1457392018}} not on provider master. Added Dr {{NAME:Kowalczyk}} to table, resent
{{DATE:03/11/2024 09:20}}. Note SSN in PID-3 repeat should not be sent to LAB per policy 4.12 -
ticket {{ID:INC0048812}} opened.`,
`=== ENCOUNTER SUMMARY (EXPORTED) ===
Patient Name: {{NAME:Chen, Meiling}}
Preferred Name: {{NAME:May}}
DOB: {{DATE:1929-04-07}}    Age: {{AGE:94}} yrs    Sex: F
MRN: {{MRN:7730 1184}}     CSN: {{ACCOUNT:100293384551}}
Address: {{ADDRESS:88 Grand St Apt 5F}}, {{LOCATION:New York}}, NY {{ZIP:10013}}
Home Phone: {{PHONE:212-555-0164}}
Email: {{EMAIL:meiling.chen29@mailbox.example.com}}
Emergency Contact: {{NAME:Liu Jianguo}} (son) {{PHONE:646-555-0139}}
Preferred Language: Cantonese   Interpreter Needed: Y
PCP: {{NAME:Rebecca Ostrowski}}, MD
Insurance: Healthfirst Medicare Plan   Member ID: {{HEALTH_PLAN:HF 9920 3381 07}}
Encounter Date: {{DATE:02/27/2024}}
Dept: {{FACILITY:Canal Street Senior Health Center}} Geriatrics
Chief Complaint: falls x2
Vitals: BP 148/82  HR 71  Temp 97.9  SpO2 96%  Wt 44.1 kg
Assessment: 1. Recurrent falls - orthostasis likely (BP drops 22 mmHg supine to standing).
2. Osteoporosis, T-score -3.1. 3. CKD stage 3a, Cr 1.3.
Plan: PT referral, home safety eval by {{FACILITY:Golden Bridge Home Care}}. Zoledronic acid 5 mg IV yearly.
F/u 6 wks.
Electronically signed: {{NAME:R. Ostrowski}} MD {{DATE:02/27/2024 15:41}}`,
`Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-11}}**]

Date of Birth:  [**{{DATE:2055-6-30}}**]             Sex:   M

Service: MEDICINE

Allergies:
Penicillins / Sulfa (Sulfonamide Antibiotics)

Attending:[**{{NAME:First Name3 (LF) 2297}}**]
Chief Complaint:
fever, cough

History of Present Illness:
Mr. [**{{NAME:Known lastname 58814}}**] is a [**{{AGE:Age over 90}}**] year old man from
[**{{FACILITY:Hospital3 2165}}**] nursing home with 3 days of productive cough. His daughter
[**{{NAME:Name (NI) 1123}}**] reports he was more confused since [**{{DATE:3-1}}**]. CXR on
arrival with RLL consolidation. Followed by Dr. [**{{NAME:Last Name (STitle) 4409}}**] at
[**{{FACILITY:Hospital1 18}}**] for Parkinson disease (carbidopa-levodopa 25/100 TID).

Hospital Course:
Treated with ceftriaxone/azithro, aspiration precautions, S&S eval [**{{DATE:3-6}}**]
recommended nectar-thick liquids. CURB-65 of 3.

Discharge Disposition:
Extended Care
Facility:
[**{{FACILITY:Location (un) 2251}}**]

Followup Instructions:
Dr. [**{{NAME:Name8 (MD) 6620}}**] Phone:[**{{PHONE:Telephone/Fax (1) 3312}}**] on [**{{DATE:2148-3-25}}**]`,
`TELEPHONE ENCOUNTER
Rec'd: {{DATE:4/2/24 0915}} by {{NAME:kjp}} RN
Caller: {{NAME:Hodan Abdi Warsame}} (self), via sister's phone {{PHONE:612 555 0187}}
MRN {{MRN:00 61 92 447}}
Interpreter: Somali, Language Line ID# {{ID:208817}}
Reason: "stomach hurting since new pill". Started metformin 500 mg BID on {{DATE:3/28}}. Loose
stools 3-4/day, no blood, eating ok, no vomiting. FSBS this am 164.
Advised: take with meals, may drop to 500 daily x1 wk then increase. Will route to Dr {{NAME:Farah}}.
Pt asks rx go to {{FACILITY:Cedar Riverside Pharmacy}} (fax {{FAX:612-555-0190}}) not the one in
{{LOCATION:Eagan}}.
------
{{DATE:4/2/24 1340}} Dr {{NAME:Abdirahman Farah}}: agree, change to metformin ER 500 mg daily w/ supper,
#30 RF2. Sent.
{{DATE:4/2/24 1415}} called back {{PHONE:612 555 0187}}, spoke w/ sister {{NAME:Sahra}} (on
consent form dated {{DATE:1/9/2023}}), interpreter {{NAME:Ayan}} ID {{ID:211402}}. Understood, teach
back done. {{NAME:kjp}}`,
`From: {{NAME:joao pedro cavalcanti}} <{{EMAIL:jpcavalcanti77@webmail.example.com}}>
Sent: {{DATE:Sun 3/17/2024 11:52 PM}}
To: {{NAME:Okafor, Chidi}} MD
Subject: RE: RE: my pressure

hi dr {{NAME:okafor}} its {{NAME:joao}} again. the portal thing on my phone keep saying session expired
when i try to upload the picture of the cuff numbers, this link: {{URL:https://mychart.lakeviewhealth.example/MyChart/Messaging/Thread?tid=88120}}
so i type them here. morning 152/94, 149/90, night 138/88. i take the losartan 50 every day now i
promise lol. my wife {{NAME:graca}} says i should ask if i can go up to 100?? also i fly to
{{LOCATION:recife}} on {{DATE:may 3}} for my mae's birthday she turns {{AGE:91}} can you give me
enough pills for 2 months, i come back {{DATE:july 1st}}. pharmacy is the {{FACILITY:walgreens on
broadway}} same as before. my cell is new {{PHONE:(617)555-0173}}, the old one i lost in the uber.
my birth date is {{DATE:08/14/1961}} if you need check.
obrigado doutor
{{NAME:joao}}

> On {{DATE:3/12/2024}}, {{NAME:Chidi Okafor}} MD wrote:
> Mr. {{NAME:Cavalcanti}}, please send me a week of readings. - Dr. {{NAME:O}}`,
`INTERPRETER SERVICES - SESSION NOTE
Date of service: {{DATE:05/08/2024}}     Start 1030   End 1125
Interpreter: {{NAME:Faadumo Jama}}, CHI  Badge #{{ID:IS-0447}}
Language: Somali (Maay Maay dialect requested, Maxaa Tiri used with pt agreement)
Modality: in person, {{FACILITY:Hennepin Northside Clinic}} rm 12
Patient: {{NAME:Mohamed Farah Jama}}   MRN {{MRN:2209 9918}}   DOB {{DATE:1/1/1932}}
(pt reports true birth year unknown, "about {{AGE:92}}"; registration uses Jan 1 default)
Provider: {{NAME:Siobhan Greer}}, NP
Family present: son {{NAME:Abdullahi}}, granddaughter {{NAME:Ifrah M. Jama}} (age 15, not used as
interpreter per policy).
Notes: Pt asked provider to speak to son first about diagnosis (cultural preference). Provider
paused, asked pt directly; pt agreed son may hear. Discussed CKD stage 4 and possible dialysis at
{{FACILITY:Riverbend Dialysis Bloomington}}. Pt mentioned prior care in {{LOCATION:Baidoa}} and a refugee
camp clinic in {{LOCATION:Dadaab}}, Kenya. Sight translation of consent (form 22-B). No conflicts.
Follow-up session booked {{DATE:5/22}} same time; son's number for reminder {{PHONE:763-555-0158}}.
{{NAME:F. Jama}} / {{ID:IS-0447}}`,
`CODING QUERY / BILLING NOTE
Acct: {{ACCOUNT:HA-7731904-01}}     Claim #: {{ACCOUNT:CLM 2024 0319 4471}}
Pt: {{NAME:Tuiasosopo, Losa F.}}   DOB {{DATE:09-30-1957}}   MRN {{MRN:M0048211}}
Payer: Medicaid (DHS)   Recipient ID: {{HEALTH_PLAN:RID 771 204 339}}
DOS: {{DATE:03/19/2024}} - {{DATE:03/22/2024}}   Attending: {{NAME:Vaifale, Tavita}} MD  NPI {{LICENSE:1902847731}}
Coder: {{NAME:Priya Raman}}, CCS   ext {{PHONE:4-7712}}

Query to attending: documentation states "sepsis likely from cellulitis L leg" in H&P but
discharge summary lists "cellulitis, no sepsis". Lactate 2.6, WBC 17.8, HR 118 on arrival.
Please clarify: (a) sepsis present on admission, ruled in (b) sepsis ruled out (c) unable to
determine. Current DRG 603 vs 872 if (a). ICD-10 L03.116, E11.9, Z79.4.
Also: CPT 11042 debridement on {{DATE:3/20}} - op note signed by Dr. {{NAME:Sefo}}? only initials
"{{NAME:SL}}" on the note, need full sig.
Response due {{DATE:04/05/2024}}. Reply via in-basket or fax {{FAX:808-555-0136}}.
-- {{NAME:PR}} {{DATE:3/29/24}}`,
`RELEASE OF INFORMATION REQUEST - LOG ENTRY
Request #: {{ID:ROI-24-003318}}   Rec'd: {{DATE:February 5, 2024}}
Requester: {{NAME:Fatima Haddad}}, Esq., {{FACILITY:Haddad & Nassar Law Group}}
{{ADDRESS:2750 Woodward Ave, Suite 410}}, {{LOCATION:Detroit}}, MI {{ZIP:48201}}
Ph {{PHONE:313-555-0161}}  Fax {{FAX:313-555-0162}}  {{EMAIL:fhaddad@haddadnassar.example}}
Patient: {{NAME:Abdelrahman Al-Khatib}}   DOB: {{DATE:12/03/1949}}
SSN (last 4 on auth): xxx-xx-{{SSN:4471}}    MRN {{MRN:DH-1188273}}
Records requested: all ED and inpatient records {{DATE:10/14/2023}} through {{DATE:11/02/2023}},
imaging incl. CT head and C-spine, billing ledger.
Authorization: HIPAA-compliant, signed by pt {{DATE:1/29/2024}}, witness {{NAME:N. Saleh}}.
Purpose: litigation (MVC, {{ADDRESS:I-94 at Exit 213}}).
Notes: pt's son called {{DATE:2/7}} from {{PHONE:+962 7 9555 0142}} ({{LOCATION:Amman}}) asking for a
copy too - needs separate auth. Images burned to disc, tracking {{ID:1Z 555 8W1 03 4471 2210}}.
Fee waived per MI law for pt copy only. Released {{DATE:02/16/2024}} by {{NAME:tmw}}.`,
`LAB REQUISITION  -  {{FACILITY:Coastal Reference Laboratories}}
Req #: {{ID:CRL-88231047}}     Collected: {{DATE:06/11/2024 07:45}}   Fasting: Y
PATIENT: {{NAME:LIU, XIAOMING}}            SEX: M   DOB: {{DATE:1933/02/19}}   AGE: {{AGE:91}}Y
ADDRESS: {{ADDRESS:1420 Jackson St #22}}, {{LOCATION:San Francisco}} CA {{ZIP:94109}}
PHONE: {{PHONE:415-555-0119}}
MRN: {{MRN:SFC 009 4471 3}}
BILL TO: [x] Insurance  Medicare ID {{HEALTH_PLAN:3WK7-TE2-MP48}}   Secondary: AARP Supp {{HEALTH_PLAN:0092281744-11}}
ORDERING: {{NAME:Wen-Hsin Lo}} MD   NPI {{LICENSE:1668120453}}   UPIN n/a
CLIENT ACCT: {{ACCOUNT:40172}}   Fax results to {{FAX:415-555-0120}}
DX: N18.4, D63.1, E55.9
TESTS: [x] CMP (80053)  [x] CBC w/diff (85025)  [x] PTH intact  [x] 25-OH Vit D
       [x] Phosphorus  [ ] Lipid  [x] UA w/ micro
Specimen: 2 SST, 1 lav, urine cup. Drawn by: {{NAME:R. Mendoza}} PBT
Comments: pt hard stick, L hand used. Son {{NAME:Liu Bo}} to pick up copy - ok per pt.`,
`{{FACILITY:LAKESHORE IMAGING ASSOCIATES}} - RADIOLOGY REPORT
PATIENT: {{NAME:KAMINSKI, TERESA}}      MRN: {{MRN:LIA-0882417}}      DOB: {{DATE:05/21/1930}}
EXAM: CT CHEST WITHOUT CONTRAST     ACC#: {{ID:RAD2024-118834}}
EXAM DATE: {{DATE:01/09/2024 13:12}}      ORDERING: {{NAME:MAREK NOWAK}}, MD
CLINICAL HISTORY: {{AGE:93}} y/o F, chronic cough, 40 pack-yr former smoker, r/o mass.
COMPARISON: CT chest {{DATE:07/18/2022}} from {{FACILITY:Mercy Harbor Hospital}} (outside, uploaded via
{{URL:https://imageshare.lakeshore-img.example/s/7Hq2Lx}}).
TECHNIQUE: Helical 1.25 mm axial images, CTDIvol 6.1 mGy, DLP 212 mGy-cm. Scanner GE Revolution EVO.
FINDINGS:
Lungs: 2.1 x 1.7 cm spiculated RUL nodule (series 4 image 88), previously 1.2 cm. Centrilobular
emphysema. No effusion.
Mediastinum: 1.3 cm R paratracheal node (4R). Coronary calcifications. Pacemaker leads in RA/RV.
Bones: old T11 compression fx. Kummell sign absent.
IMPRESSION:
1. Enlarging spiculated RUL nodule, Lung-RADS 4B. Suspicious for primary lung malignancy.
2. 4R adenopathy. Consider PET/CT or tissue sampling.
Critical result called to Dr. {{NAME:Nowak}} by {{NAME:J. Adeyemi}} at 1350 on {{DATE:1/9/24}}, read back.
Dictated by: {{NAME:Jide Adeyemi}}, MD   Transcribed: {{NAME:lmk}}   Signed {{DATE:01/09/2024 14:02}}
Reading station {{IP:10.42.118.207}}`,
`SURGICAL PATHOLOGY REPORT
Accession: {{ID:S24-0 18827}}        Received: {{DATE:03/05/2024}}   Reported: {{DATE:03/08/2024}}
Patient: {{NAME:Ferreira, Maria das Gracas}}   MRN {{MRN:0993 1827}}   DOB {{DATE:06/06/1944}}
Submitting physician: {{NAME:Luiz H. Barbosa}}, MD ({{FACILITY:Ironbound Surgical Associates}})
Copy to: Dr. {{NAME:Ana Beatriz Moura}}
Specimen: A) Breast, left, 2:00, ultrasound-guided core biopsy x4. B) Lymph node, left axilla, FNA.
Clinical: 79F, 1.8 cm BIRADS 5 mass; prior biopsy at {{FACILITY:Hospital Santa Clara do Rio Vermelho}}, {{LOCATION:Salvador}},
Brazil, slides not available (outside case {{ID:HSR-19-22041}}).
GROSS: A) Received in formalin labeled with pt name and "L breast 2:00", four tan cores 0.8-1.6 cm,
entirely submitted A1-A2. Cold ischemia < 1 hr.
MICROSCOPIC/DIAGNOSIS:
A) Invasive ductal carcinoma, Nottingham grade 2 (3+2+1=6/9). DCIS, solid type, intermediate grade.
   ER 95% strong, PR 40% moderate, HER2 IHC 2+ -> FISH sent (order {{ID:FISH-24-0331}}).
B) Metastatic carcinoma, consistent with breast primary.
Comment: Discussed with Dr. {{NAME:Barbosa}} by phone {{DATE:3/8/24 10:15}}.
Pathologist: {{NAME:Helena Wojcik}}, MD   (electronically signed)`,
`DENTAL PROGRESS NOTE - {{FACILITY:Fort Defiance Community Dental}}
DOS {{DATE:10/17/23}}   Pt: {{NAME:Shirley Benally}}   Chart # {{MRN:D-44819}}   DOB {{DATE:2-14-1952}}
Tribal enrollment # {{ID:NN-330-19442}}    Dental plan: Delta Dental ID {{HEALTH_PLAN:DD880193447}}
Provider: {{NAME:Kai Nez}}, DDS   Asst: {{NAME:Renee}}
CC: "bottom left tooth broke eating mutton"
Meds: lisinopril 10, metformin 1000 BID, ASA 81. A1c 8.4 per {{FACILITY:Canyon Rim Health Center}} labs.
Exam: #19 MOD fractured, lingual cusp missing, vital (cold +, lingering 3 s). #18 missing. #30 PFM
crown intact. Perio: generalized 4-5 mm pockets, BOP 40%. PA radiograph {{ID:img 19-PA-1017-2}}.
Dx: symptomatic irreversible pulpitis #19.
Tx: 2 carpules 2% lidocaine 1:100k, IANB. Pulpectomy #19, Ca(OH)2 placed, IRM temp.
Plan: RCT complete + crown #19, SRP all 4 quads. Referral to Dr. {{NAME:Yazzie}} (endo) in
{{LOCATION:Gallup}}.
Next appt {{DATE:11/7/23 0900}}. Ride via {{FACILITY:Dine Rides Transit}} - pt's cell {{PHONE:928 555 0166}}.
Pt's niece {{NAME:Darlene}} will call if plans change.
{{NAME:KN}}/{{NAME:rb}}`,
`EYE CLINIC - VISION NOTE
{{FACILITY:Pacific Eye Institute of Carson}}   Visit {{DATE:08-22-2024}}
Name: {{NAME:Leiataua, Sefo}}    MRN: {{MRN:PEI-227190}}    DOB: {{DATE:03-01-1948}}
Referred by: Dr {{NAME:Mele Faleolo}} (PCP)    VSP member: {{HEALTH_PLAN:VSP 6610 2284 19}}
CC: blurry OU, worse OD, glare driving at night. Drives a delivery van for {{FACILITY:Tafuna Bakery}}.
VA sc: OD 20/80  OS 20/40   PH: OD 20/50  OS 20/30
IOP (Goldmann): 18 / 17 at 10:40
SLE: 3+ NS cataract OD, 2+ NS OS, PSC OD. Cornea clear. AC deep/quiet.
DFE: C/D 0.5 OU, mild NPDR OU, no CSME. OCT macula scan {{ID:OCT_OD_20240822_0931.dcm}}.
Fundus photos {{ID:FP-227190-01}}, {{ID:FP-227190-02}} saved.
A/P:
1. Visually significant cataract OD - discussed phaco/IOL, biometry (IOLMaster 700) next visit,
   target -0.25. Risks reviewed. Wife {{NAME:Ana}} present, speaks Samoan/English.
2. Mild NPDR, DM2 - A1c 7.1. Annual exam.
3. Not to drive at night until surgery. DMV form completed, license {{LICENSE:C8812047}} noted.
Next: {{DATE:9/12/2024}}.   {{NAME:Alisi Tuilagi}}, OD`,
`EMS PATIENT CARE REPORT
Agency: {{FACILITY:Tri-County Ambulance}}  Unit M-14   Incident # {{ID:24-031877}}   PCR # {{ID:PCR0091823}}
Date: {{DATE:12/24/2023}}   Dispatched 2241   On scene 2253   Transport 2311   At dest 2329
Location: {{ADDRESS:1717 W Thunderbird Rd}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85023}} (apt complex, bldg C)
Pt: {{NAME:Yusuf Ali Hassan}}   Age 67   DOB {{DATE:7/4/1956}}   Wt est 90 kg
Ph: {{PHONE:602-555-0174}}    ID: AZ DL {{LICENSE:D09918277}}
CC: chest pain x 40 min, substernal, 8/10, radiates L arm, diaphoretic.
Hx: HTN, HLD, prior stent 2019. Meds: ASA, atorvastatin, metoprolol. NKDA.
Vitals: 2255 BP 168/98 HR 104 RR 22 SpO2 94% RA   GCS 15.
12-lead: STE II, III, aVF, 2 mm. STEMI alert called 2258 to {{FACILITY:Saguaro Valley Heart Institute}}, transmitted
from monitor S/N {{DEVICE:LP15-44817203}}.
Tx: ASA 324 mg PO, NTG 0.4 SL x1 (BP 150/90 after), IV 18g L AC, O2 2L NC, fentanyl 50 mcg.
Family: wife {{NAME:Amina}} followed in own car, plate {{VEHICLE:AZ CTX4417}}.
Crew: {{NAME:D. Romero}} EMT-P #{{LICENSE:P-11823}}, {{NAME:K. Whitehorse}} EMT-B.
Care transferred to cath lab RN {{NAME:Lori}} at 2331.`,
`DISCHARGE SUMMARY
PATIENT: {{NAME:NASSER, LAYLA M}}     MR#: {{MRN:00-774-1920}}     ACCT#: {{ACCOUNT:5530019274}}
ADMIT: {{DATE:04/14/2024}}   DISCHARGE: {{DATE:04/19/2024}}   ATTENDING: {{NAME:GREGORY PAWLAK}}, MD
PCP: {{NAME:SAMIR ISKANDAR}}, MD, {{FACILITY:DEARBORN FAMILY MEDICINE}}   FAX {{FAX:313-555-0131}}
DIAGNOSES: 1. ACUTE ON CHRONIC DIASTOLIC HEART FAILURE. 2. PAROXYSMAL ATRIAL FIBRILLATION.
3. AKI ON CKD 3B, RESOLVED. 4. HYPOKALEMIA.
HISTORY: {{AGE:96}} YEAR OLD WOMAN, LIVES WITH GRANDSON {{NAME:KARIM}} AT {{ADDRESS:6120 MIDDLEPOINTE ST}},
{{LOCATION:DEARBORN}}, PRESENTED WITH 2 WEEKS OF DYSPNEA AND 4 KG WEIGHT GAIN. BNP 2,890.
COURSE: DIURESED WITH IV FUROSEMIDE 40 MG BID, NET -5.2 L. CR PEAK 2.1 ON {{DATE:4/16}}, 1.4 AT
DISCHARGE. RATE CONTROL WITH METOPROLOL SUCCINATE 50 MG. CHA2DS2-VASC 5; APIXABAN 2.5 MG BID
(AGE, CR). K REPLETED. SEEN BY PALLIATIVE CARE (DR. {{NAME:HUDA}}) - FULL CODE FOR NOW, MOLST IN CHART.
DISPOSITION: HOME WITH {{FACILITY:CEDARS HOME HEALTH}}, RN VISIT WITHIN 48 H. SCALE AT HOME.
FOLLOW-UP: DR {{NAME:ISKANDAR}} {{DATE:4/25/2024 10:20}}; CARDIOLOGY (DR. {{NAME:T. SZYMANSKI}}) 2-3 WKS.
ARABIC INTERPRETER USED FOR DISCHARGE TEACHING, ID {{ID:AR-5521}}.
DICTATED: {{NAME:GP}}/{{NAME:MLS}}  D: {{DATE:04/19/2024 16:40}}  T: {{DATE:04/20/2024 08:12}}  JOB {{ID:8827710}}`,
`nsg note {{DATE:11/3}} 1900-0700
pt {{NAME:wang yufei}} rm 412b, {{AGE:90}}yo f, adm for hip fx s/p ORIF L (dr {{NAME:ramos}}) POD#1.
neuro: a&ox2, baseline per dtr {{NAME:lina}}, mildly confused 0200 pulling at o2, reoriented. CAM neg.
resp: 2L nc sats 95, IS 500 ml x10/hr while awake.
cv: nsr 70s on tele box #{{DEVICE:TB-0417}}, bp 110-130s/60s. hgb 8.9 (from 10.2), no s/s bleeding, md aware.
gi/gu: foley d/c'd 0600, due to void by 1200. bm x0. senna/docusate given.
skin: L hip drsg c/d/i, sacrum intact, waffle overlay. braden 13.
pain: oxycodone 2.5 mg x2 w/ relief 6->3. tylenol 1g q8 sched.
psychosoc: dtr {{NAME:lina wang}} called 2130 from {{LOCATION:shanghai}} ({{PHONE:+86 21 5555 0182}}), updated per
pt permission. son {{NAME:wang jun}} is hcp, cell {{PHONE:(718) 555-0127}}, visiting in am.
safety: bed alarm on, low bed, fall risk high (morse 65).
pt mrn {{MRN:4 4 1 9 2 0 7}} label reprinted - old one had wrong dob ({{DATE:1/14/1933}} correct).
{{NAME:jmc}} rn`,
`SOCIAL WORK ASSESSMENT
Date: {{DATE:Thursday, January 18, 2024}}    Unit: {{FACILITY:Bigelow 7}}
Pt: {{NAME:Tavita Leavasa}}   MRN {{MRN:PH0028819}}   Age 58
Referral: homelessness, d/c planning. Pt admitted {{DATE:1/15/24}} w/ DKA.
Pt reports he moved from {{LOCATION:Apia}} in 2009, worked at {{FACILITY:Port of Oakland}} until back
injury. Staying in his truck (blue Ford F-150, plate {{VEHICLE:7KTR 418}}, parked near
{{ADDRESS:International Blvd and 23rd Ave}}) since eviction in Oct. Previously at {{FACILITY:St. Vincent de Paul
shelter}} but left "because of the noise".
Supports: sister {{NAME:Malia Leavasa-Pouono}} in {{LOCATION:Hayward}} ({{PHONE:510-555-0198}}), church
{{FACILITY:Samoan Congregational Church of East Bay}} pastor {{NAME:Fa'afetai Sapolu}}.
Income: none; SSDI application pending, claim {{ACCOUNT:SSA-DI 09 44817}}. Has Medi-Cal
({{HEALTH_PLAN:91774402A}}).
Plan: referred to {{FACILITY:Oakland Recuperative Care}} (bed offered {{DATE:1/19}}); insulin teaching
with pt's glucometer (serial {{DEVICE:FSL3-2C4-81A7}}) done by RN. Pt agrees. Will f/u on
SSDI w/ {{NAME:Jamie}} at county benefits. Pt's email for housing portal: {{EMAIL:tleavasa.58@inbox.example.net}}
{{NAME:Rosa Delgado}}, LCSW  pgr {{PHONE:2281}}`,
`PHARMACY CONSULT - ANTICOAGULATION
Pt: {{NAME:Zbigniew Majewski}}   MRN {{MRN:0077 1928 4}}   Rm 5W-18   DOB {{DATE:Dec 2 1933}}  ({{AGE:90}} y)
Consult requested by {{NAME:Hana Sato}}, PA-C on {{DATE:2/20/24}}.
Indication: new AF, CHA2DS2-VASc 5, HAS-BLED 3.
Wt 61 kg, SCr 1.6, CrCl (C-G) 29 mL/min. Plt 142. Hgb 11.0. LFTs wnl.
Home meds reviewed with pt's pharmacy {{FACILITY:Polonia Apteka}} ({{PHONE:773-555-0106}}):
verapamil 120 mg daily - interacts (moderate P-gp/CYP3A4 inhib), amiodarone none, NSAID: takes
naproxen "for knees" OTC - counsel to stop.
Recommendation: apixaban 2.5 mg PO BID (meets 2 of 3: age >= 80, SCr >= 1.5; wt 61 not <= 60).
Avoid dabigatran given CrCl. Start {{DATE:2/20}} pm. No bridging.
Education: pt speaks Polish, interpreter {{NAME:Ewa Grabowska}} ({{ID:PL-0221}}), grand-daughter
{{NAME:Kasia}} present; printed Polish leaflet given. Teach-back good.
Monitor CBC, SCr q3mo.
{{NAME:M. Oyelaran}}, PharmD, BCPS   x{{PHONE:5-4410}}`,
`MSH|^~\\&|SUNQUEST|{{FACILITY:MVH_LAB}}|EPIC|{{FACILITY:MVH}}|{{DATE:202405140622}}||ORU^R01|{{ID:LAB24135000882}}|P|2.3
PID|1||{{MRN:E1182047}}^^^MVH^MR||{{NAME:TSOSIE^WILBERT^J}}||{{DATE:19290603}}|M||N|{{ADDRESS:PO BOX 1187}}^^{{LOCATION:KAYENTA}}^AZ^{{ZIP:86033}}||{{PHONE:9285550143}}
PV1|1|I|MED2^217^A||||{{LICENSE:1326641190}}^{{NAME:BITSUI^ELLEN^R}}
ORC|RE|{{ID:O-7719203}}|{{ID:F-24-1350088}}
OBR|1|{{ID:O-7719203}}|{{ID:F-24-1350088}}|BMP^BASIC METABOLIC PANEL|||{{DATE:202405140510}}
OBX|1|NM|2951-2^SODIUM||128|mmol/L|135-145|L|||F
OBX|2|NM|2823-3^POTASSIUM||5.9|mmol/L|3.5-5.1|HH|||F
OBX|3|NM|2160-0^CREATININE||2.4|mg/dL|0.7-1.3|H|||F
NTE|1||K+ critical called to {{NAME:R. Begaye}} RN 0618 by {{NAME:tlh}}, read back. Specimen not hemolyzed.
NTE|2||Pt age {{AGE:94}}, on lisinopril + spironolactone per order comments.`,
`*** SCANNED DOCUMENT - OCR TEXT (quality: low) ***
PRIOR AUTHORIZATI0N REQUEST - MEDICAL PHARMACY
Date: {{DATE:0 5/0 2/2024}}      Plan fax: 1-800-555-0100 (UM dept)
Member name: {{NAME:DA SILVA , RODRIGO   AUGUSTO}}
Member ID: {{HEALTH_PLAN:W 2 8 8 1 9 0 4 4 7 0 1}}    Group: 00912
DOB: {{DATE:l0/3l/l955}}      SSN: {{SSN:4 4 9-2 0-
1 8 3 7}}
Address: {{ADDRESS:77 Ferry St  Apt 2R}}   City: {{LOCATION:Newark}}  St: NJ  Zip: {{ZIP:0 7105}}
Prescriber: {{NAME:Camila  Rezende}} , MD    NPI: {{LICENSE:18 8120 4417}}   DEA: {{LICENSE:BR5 518 223}}
Office: {{FACILITY:Ironbound Rheumatology}}   Ph: {{PHONE:973-555-01 12}}  Fx: {{FAX:973 555 0113}}
Drug: adalimumab 40 mg/0.4 mL SC q14d   J-code/NDC: 0074-0554-02   Qty 2 pens/28d
Dx: M05.79 seropositive RA, multiple sites. Failed MTX 20 mg wkly x 6 mo ({{DATE:8/2023}}-{{DATE:2/2024}}),
HCQ 400 mg, SSZ (rash). DAS28-CRP 5.4. TB QuantiFERON neg {{DATE:4/11/24}}. HBsAg neg.
Office contact: {{NAME:Jessi ca}} x{{PHONE:204}}
Prescriber signature: [illegible]  {{NAME:C.R.}}
Auth # (plan use): {{ID:PA-24-11 98 33}}   Decision: APPROVED thru {{DATE:11/01/2024}}`,
`Subject: question about my hooyo meds
From: {{EMAIL:ifrah.warsame02@mail.example.org}}
Date: {{DATE:Jun 4, 2024, 9:17 PM}}

salaam, this is {{NAME:ifrah}}, daughter of {{NAME:Halimo Yusuf Warsame}} (dob {{DATE:3/3/1931}}, she is {{AGE:93}}).
im her proxy on the app i think? the nurse {{NAME:deqa}} set it up last time.
so hooyo is taking the amlodipine 10 and the water pill and her feet still swolen like
balloons. also she is dizzy when she get up from the prayer mat. is it the amlodipine?? my
aunt in {{LOCATION:hargeisa}} says she takes half. dont want to change without asking.
her blood pressure machine (omron) says 104/60 this morning which seems low?
also can we change her appt on {{DATE:the 12th}} bc i work at {{FACILITY:Amazon MSP5}} that day, any day
after 3pm good. our new address is {{ADDRESS:2901 Cedar Ave S #214}}, {{LOCATION:Minneapolis}} {{ZIP:55407}},
the mail is going to the old place on {{ADDRESS:Riverside}}.
my number {{PHONE:651.555.0149}}. thank you!! mahadsanid
--
sent from the {{FACILITY:Northpoint Health}} patient app
msg ref {{ID:MSG-55102984}}`,
`AFTER-HOURS ANSWERING SERVICE LOG - {{FACILITY:Desert Sky Pediatrics}}
Operator: {{NAME:Gloria}} #{{ID:OP-31}}
Call time: {{DATE:07/06/2024 02:14}}
Caller: {{NAME:Lorenzo Yazzie}} (father)   Cb: {{PHONE:505-555-0185}}  alt {{PHONE:505 555 0186}}
Patient: {{NAME:Kayden Yazzie}}   DOB: {{DATE:02/09/2022}}   Chart: {{MRN:DSP 11827}}
Reason: fever 103.4 temporal, pulling at R ear, fussy, drinking ok, wet diapers x3 since 2200.
Caller location: {{ADDRESS:Hwy 491 MM 42}}, near {{LOCATION:Naschitti}} (poor signal).
Paged on-call: Dr. {{NAME:Priscilla Etsitty}} at 0216 via pager {{PHONE:505-555-0190}}.
---
{{DATE:07/06/2024 02:29}} Dr {{NAME:Etsitty}} returned call: likely AOM. Advised ibuprofen 100 mg (5 mL of 100/5)
q6h prn, fluids. No rash, no stiff neck, no lethargy per dad. ED precautions reviewed ({{FACILITY:Four Corners
Indian Health Center}} 45 min away). Appt 0900 same day w/ {{NAME:K. Begay}} FNP.
Dad also asked about brother {{NAME:Jaylen}} (4 y) with cough - to bring both.
Call closed 0236. Transcript {{ID:AHS-240706-0017}} faxed to {{FAX:505-555-0191}}.`,
`Radiology Report

[**{{DATE:2167-9-22}}**] 8:14 AM
CHEST (PORTABLE AP)                                             Clip # [**{{ID:Clip Number (Radiology) 40518}}**]
Reason: eval for interval change, ? CHF
Admitting Diagnosis: PNEUMONIA
 ______________________________________________________________________________
[**{{FACILITY:Hospital 2}}**] MEDICAL CONDITION:
   [**{{AGE:Age over 90}}**] year old woman with PNA, now worsening hypoxia
REASON FOR THIS EXAMINATION:
   eval for interval change, ? CHF
 ______________________________________________________________________________
                                 FINAL REPORT
INDICATION: Hypoxia.

COMPARISON: [**{{DATE:2167-9-20}}**].

FINDINGS: Bilateral layering pleural effusions, larger on the right, increased. Perihilar haziness
and vascular indistinctness consistent with mild pulmonary edema. RLL opacity persists. NG tube
tip in stomach. Right IJ line tip at cavoatrial junction. Heart size difficult to assess.

IMPRESSION: Worsening CHF with increasing effusions. Persistent RLL pneumonia.

Findings discussed with Dr. [**{{NAME:Last Name (STitle) 8834}}**] at 9:05 am on [**{{DATE:2167-9-22}}**] by
Dr. [**{{NAME:First Name4 (NamePattern1) 2211}}**] [**{{NAME:Last Name (NamePattern1) 4412}}**].

DR. [**{{NAME:First Name (STitle) 1022}}**] [**{{NAME:Doctor Last Name 3349}}**]
Approved: MON [**{{DATE:2167-9-22}}**] 10:21 AM`,
`CYTOPATHOLOGY REPORT                                   {{FACILITY:MERRIMACK VALLEY CYTOLOGY, P.C.}}
ACCESSION NO: {{ID:GYN-24-044 817}}        CLIA 22D0000000
PATIENT: {{NAME:NGUYEN-HAMID, SARA}}   DOB: {{DATE:04/12/1975}}   SEX: F   MRN: {{MRN:LGH 3382091}}
COLLECTED: {{DATE:05/30/2024}}   RECEIVED: {{DATE:05/31/2024}}   REPORTED: {{DATE:06/04/2024}}
PHYSICIAN: {{NAME:AGNIESZKA DUDEK}}, CNM    CLINIC: {{FACILITY:ACRE FAMILY HEALTH}}
INSURANCE: HARVARD PILGRIM #{{HEALTH_PLAN:HP0028813094}}
SPECIMEN: CERVICAL, THINPREP (LIQUID-BASED). LMP {{DATE:5/12/24}}.
SPECIMEN ADEQUACY: SATISFACTORY FOR EVALUATION. ENDOCERVICAL/TRANSFORMATION ZONE COMPONENT PRESENT.
INTERPRETATION: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).
HPV HIGH-RISK (COBAS): POSITIVE, OTHER HR TYPES. HPV 16/18 NEGATIVE.
PRIOR: {{ID:GYN-21-018 220}} ({{DATE:3/2021}}) NILM.
RECOMMENDATION: PER ASCCP RISK-BASED GUIDELINES, COLPOSCOPY.
SCREENED BY: {{NAME:T. OKONKWO}}, CT(ASCP)   REVIEWED: {{NAME:MIRIAM SZCZEPANSKA}}, MD
SLIDE IMAGE {{ID:WSI-GYN24044817-01}} ARCHIVED.
REPORT FAXED {{DATE:06/04/2024 15:22}} TO {{FAX:978-555-0170}}.`,
`PRE-OPERATIVE CHECKLIST (printed from EHR)
Patient: {{NAME:Zhang, Wei}}                     MRN: {{MRN:110-28-4471}}
DOB: {{DATE:07/19/1939}}                           Procedure date: {{DATE:Tue 09/10/2024}}
Procedure: L TKA (CPT 27447)                  Surgeon: {{NAME:Oluwaseun Adebayo}}, MD
Location: {{FACILITY:Riverbend Ambulatory Surgery Center}}, OR 3
H&P within 30 d: [Y] {{DATE:08/28/2024}} by {{NAME:Xu Lan}}, NP
Consent signed: [Y] Interpreter (Mandarin) {{NAME:Gao Ying}} #{{ID:MI-8830}}
Allergies verified: codeine (nausea)
NPO after MN: [Y]      Last intake: 2330 tea
Anticoag: clopidogrel held since {{DATE:9/3}}
Labs: Hgb 12.8, Plt 210, INR 1.0, K 4.3, Cr 0.9, glucose 112. Type & screen {{ID:BB-24-55190}}.
Implants: Stryker Triathlon; implant log to scan device UDI at case.
Prior device: cardiac loop recorder S/N {{DEVICE:RLA 4471209 S}} - MRI cond., no interrogation needed.
Ride home: son {{NAME:Zhang Hao}}, cell {{PHONE:(626) 555-0133}}, vehicle {{VEHICLE:CA 8WKP221}} (for valet).
Pt ID band x2 verified; photo on file {{PHOTO:regphoto_1102844.jpg}}.
Checklist completed by {{NAME:Marisol Vega}}, RN {{DATE:09/10/2024 06:12}}`,
`PATIENT ACCOUNT NOTE - BILLING OFFICE
Guarantor: {{NAME:Krystyna Lewandowska}}   Guar acct {{ACCOUNT:G-00418877}}
Patient: {{NAME:Henryk Lewandowski}} (spouse)   Pt acct {{ACCOUNT:2240019387}}   MRN {{MRN:WH00571822}}
{{DATE:03/02/2024 10:40}} - inbound call from guarantor, {{PHONE:(414) 555-0115}}. Disputes balance $1,842.17
for DOS {{DATE:12/11/2023}} ambulance transfer from {{FACILITY:Lakeland Pines Hospital}} to {{FACILITY:Menomonee Valley Medical Center}}.
States Medicare (MBI {{HEALTH_PLAN:5TQ2-KD8-RW41}}) and supplemental (Humana, ID {{HEALTH_PLAN:H51992044}})
both should pay. Checked: Medicare paid {{DATE:01/18/2024}}; Humana denied - wrong subscriber DOB
on file ({{DATE:1/5/1934}} vs correct {{DATE:5/1/1934}}). Corrected, resubmitted claim
{{ACCOUNT:ICN 2224019933817}}. Account placed on hold 60 d. Advised she does not owe at this time.
Guarantor asked we stop calling her landline; preferred {{EMAIL:k.lewandowska34@onet.example.pl}}.
Note: pt deceased {{DATE:02/14/2024}} per guarantor; estate contact is son {{NAME:Piotr Lewandowski}},
{{ADDRESS:1933 S 13th St}}, {{LOCATION:Milwaukee}}, WI {{ZIP:53204}}. Sent condolence/estate letter.
Routed to {{NAME:Danuta}} in PFS supervisor queue. - {{NAME:ajb}}`,
`ED TRIAGE NOTE   {{FACILITY:St. Brendan's Regional}} - {{LOCATION:Boise}}   Arrival {{DATE:10/02/2024 19:48}} by private vehicle
Pt: {{NAME:Mariana Souza Oliveira}}   Age 34   MRN {{MRN:SLR-88120044}}
ID verification: no photo ID; identity confirmed by palm vein scan {{BIOMETRIC:PVS template 0x4F2A-9911-C3}}
(enrolled {{DATE:2022-06-15}}) and face photo {{PHOTO:ED-CAM-20241002-1948-03}}.
CC: "pain in right belly since yesterday", Portuguese-speaking, partner {{NAME:Thiago}} interprets basic English;
video interpreter {{NAME:Renata}} ID {{ID:PT-33187}} connected 1952.
Triage vitals: T 38.2, HR 112, BP 118/72, RR 20, SpO2 98%. Pain 8/10. LMP {{DATE:9/20/24}}. Upreg pending.
Hx: none. Meds: none. Allergies: dipyrone (rash) - noted brand Novalgina from Brazil.
ESI 3. Alvarado 7. Rovsing + per triage RN.
Recently moved from {{LOCATION:Belo Horizonte}}, works at {{FACILITY:Treasure Valley Lumber mill}}.
Contact: {{PHONE:208-555-0129}} / {{EMAIL:mari.souza.oli@correio.example.br}}
Triage RN: {{NAME:H. Lindqvist}}`,
`COURT ORDER / SUBPOENA - HIM TRACKING
Case: State v. {{NAME:Kealoha}}, No. {{ID:1CPC-24-0000418}}, First Circuit Court
Received: {{DATE:Aug 30 2024}} by certified mail, tracking {{ID:9407 1118 9956 0441 2289 00}}
Served on: {{FACILITY:Leeward Ewa Medical Center}} custodian of records
Patient: {{NAME:Iosefa T. Fa'amausili}}   AKA {{NAME:Joe Fama}}   DOB {{DATE:1/22/1990}}
MRN {{MRN:KEM 0041 8827}}   SSN on order: {{SSN:576-44-0192}} (verified match)
Records: ED {{DATE:06/01/2024}} (assault), toxicology, photographs of injuries and tattoos
(forensic photos {{PHOTO:FP-0601-1}} through {{PHOTO:FP-0601-14}}).
Requesting attorney: DPA {{NAME:Leilani Ho}}, {{PHONE:808-555-0154}}, {{EMAIL:lho@prosecutor.example.gov}}
Response due: {{DATE:09/20/2024}}. 42 CFR Part 2 records segregated (tox consult), not released
without specific order - legal {{NAME:M. Takahashi}} reviewed {{DATE:9/4}}.
Vehicle in ED report: {{VEHICLE:HI RJT 552}} (pt's car), officer Sgt. {{NAME:Kanoho}} badge {{ID:HPD 4471}}.
Status: certified copies mailed {{DATE:9/16/24}}, log {{ID:HIM-SUB-2024-0291}}.`,
`AUDIOLOGY NOTE - HEARING AID FITTING
{{FACILITY:Sunset Park Hearing Center}}   {{DATE:1/24/2024}}
Pt: {{NAME:Huang Guifen}} (Mrs. {{NAME:Wong}} per married name on old chart)   DOB {{DATE:11/11/1931}}
MRN {{MRN:SPH-09182}}   Medicaid {{HEALTH_PLAN:KT49201X}}
Accompanied by granddaughter {{NAME:Emily Wong}}, who is also her contact: {{PHONE:347-555-0104}}.
Audiogram ({{DATE:12/14/23}}): bilat moderate-severe SNHL, sloping; WRS 68% R, 60% L at 80 dB.
Devices fit today:
  R: Phonak Audeo L50-R, serial {{DEVICE:2291A0473}}
  L: Phonak Audeo L50-R, serial {{DEVICE:2291A0481}}
  Charger serial {{DEVICE:CH-8830221}}
Real ear verified to NAL-NL2. Cantonese interpreter via iPad ({{NAME:Kevin}}, #{{ID:CN-7702}}).
Bluetooth paired to granddaughter's phone for app; app account {{EMAIL:emilyw.sph@fastmail.example}}.
Remote support link sent: {{URL:http://fit.sunsetparkhearing.example/r/HG1931}}
Pt is {{AGE:92}}, reports hearing "much clearer" in booth. Warranty 3 yr, loss & damage 1 yr.
Recheck {{DATE:2/7/2024}}. {{NAME:Dana Kowal}}, Au.D.`,
`MSH|^~\\&|CADENCE|{{FACILITY:NWH_AMB}}|RECALL|{{FACILITY:NWH}}|{{DATE:20240715101233}}||SIU^S12|{{ID:SCH88127734}}|P|2.4
SCH|{{ID:APT-5518820}}|{{ID:APT-5518820}}|||||FOLLOWUP^Follow-up|||20^MIN|^^20^{{DATE:202407291340}}^{{DATE:202407291400}}
PID|1||{{MRN:77120934}}^^^NWH^MR||{{NAME:AL-SAYED^NOOR^H}}||{{DATE:19280511}}|F|||{{ADDRESS:15 CHESTNUT HILL AVE FL 2}}^^{{LOCATION:BRIGHTON}}^MA^{{ZIP:02135}}||{{PHONE:(617)555-0188}}|||||{{ACCOUNT:V00019928374}}|{{SSN:018-55-2291}}
PV1|1|O|{{FACILITY:WARREN 4}}^^^NWH
AIP|1||{{LICENSE:1730551928}}^{{NAME:HASSAN^OMAR^K}}^^^^^MD
AIL|1||GERI^410^^NWH
NTE|1||Pt {{AGE:96}} yo, needs wheelchair at curb + Arabic interp. Daughter {{NAME:Rania}} drives ({{PHONE:617-555-0189}}).

--- scheduling desk ({{NAME:bv}}) ---
SIU resent {{DATE:7/15/24 1015}} after dupe check; old appt {{ID:APT-5518702}} ({{DATE:7/22}}) cancelled per
daughter. Wheelchair request forwarded to transport. Reminder text consent on file.`,
`[OCR - received fax {{DATE:09/03/2024 11:47}}  from {{FAX:+1 (207) 555-01 40}}  p.1/2]
{{FACILITY:PINE TREE  OUTREACH  LAB}}        {{ADDRESS:12 Depot S t}}, {{LOCATION:Lewis ton}}, ME {{ZIP:04240}}
F I N A L   R E P O R T
Patient : {{NAME:ABDULLAHI ,  SAGAL  M}}         Acc #: {{ID:P L 2 4 - 0 9 0 3 -
0 0 7 1}}
DOB : {{DATE:0 3 / 1 5 / 1 9 6 8}}     Sex: F      Pt ID: {{MRN:1 1 9 2 0 4 4}}
Ordering: {{NAME:GRACE   KIBET}} , FNP       Client: {{FACILITY:Lisbon St Family Practice}}
Collected: {{DATE:09/02/2024   08:05}}
TEST              RESULT      FLAG   REF RANGE        UNITS
HEMOGLOBIN A1c    9.8         H      4.0-5.6          %
GLUCOSE           241         H      70-99            mg/dL
TSH               2.1                0.4-4.0          uIU/mL
LDL-C (calc)      132         H      <100             mg/dL
eGFR (CKD-EPI 2021)   71                >59              mL/min/1.73m2
Comment: A1c may be affected by HbS/HbC variants; pt from {{LOCATION:Kismayo}} per req.
Verified by {{NAME:J. Pelletier}}, MLS(ASCP)   on {{DATE:09/03/2O24  10:58}}
Call center: {{PHONE:207-555-0141}}`,
`to the doctor office

hello my name is {{NAME:chen hao}} i am son of {{NAME:chen guoliang}} birthday {{DATE:1930 aug 9}}. my father is
{{AGE:94}} now and in the last week he sleep very much, eat maybe half bowl of congee only. the
home aide from {{FACILITY:Golden Age Home Attendant Svc}} (Ms. {{NAME:Li}}) say his sugar was 48 on
tuesday and she gave juice. he take glipizide 10 mg two times and the insulin lantus 20 unit at
night. is this too much for him now??  also we go back to {{LOCATION:fuzhou}} for my uncle funeral
{{DATE:oct 20}} - {{DATE:nov 5}}, my sister {{NAME:chen xiuying}} will stay with father, her phone
{{PHONE:929 555 0176}}. my wechat id {{ID:chenhao_fz1988}} if easier. my email {{EMAIL:haochen1988@qqmail.example.cn}}.
his medicare card number is {{HEALTH_PLAN:7RP3 JT9 MX26}} if you need it for the new meter order, the old
one (serial {{DEVICE:GN-30018822}}) give error E-3.
thank you doctor {{NAME:feng}}
{{NAME:hao}}`,
`RX REFILL PHONE LOG - {{FACILITY:Mesa Verde Family Medicine}}
Pt: {{NAME:Nez, Alfred}}   DOB {{DATE:04/30/1933}}   MRN {{MRN:MVFM 228194}}
{{DATE:5/6/24 0850}}  pt's wife {{NAME:Ella Nez}} called {{PHONE:970-555-0124}}: needs tamsulosin 0.4 and
  finasteride 5 refills, pharmacy {{FACILITY:City Market Pharmacy}} in {{LOCATION:Cortez}} {{PHONE:970-555-0125}}. Last seen {{DATE:11/2/23}}.
  Pended to Dr. {{NAME:Whitman}}'s pool.  -{{NAME:ct}}
{{DATE:5/6/24 1210}}  pharmacy faxed req ({{FAX:970-555-0126}}), duplicate - linked.  -{{NAME:ct}}
{{DATE:5/7/24 0930}}  Dr {{NAME:Whitman}}: ok x90d, but pt overdue for PSA & visit, age {{AGE:91}} -
  discuss whether PSA still indicated. Sent e-rx confirmation {{ID:ERX-77120391}}.
{{DATE:5/7/24 1005}}  called {{PHONE:970-555-0124}}, no answer, VM full. Called alt (grandson {{NAME:Tristan
  Nez}}) {{PHONE:505-555-0137}} - left msg w/ callback {{PHONE:970-555-0120}}.
{{DATE:5/8/24 0815}}  {{NAME:Ella}} returned call; appt made {{DATE:5/20}} 1100. Will bring hearing aid
  batteries, pt can't hear phone. Confirmed address {{ADDRESS:Rd 25 #4417}}, {{LOCATION:Towaoc}} for mail.  -{{NAME:lm}}`,
`TELERETINAL DIABETIC EYE SCREENING REPORT
Program: IHS-TDRP site {{FACILITY:Black Mesa Health Center}}     Study ID: {{ID:TR-24-0019277}}
Patient: {{NAME:Yellowhair, Bernadine}}   DOB {{DATE:06/08/1961}}   HRN {{MRN:KY 0048822}}
Imaging date: {{DATE:03/11/2024}}   Imager: {{NAME:T. Cly}}, certified
Camera: Topcon NW400, S/N {{DEVICE:NW4-118273}}, upload from workstation {{IP:172.19.40.66}}
Images: 3 fields OU, non-mydriatic. Quality: OD good, OS fair (small pupil).
Reader: {{NAME:Ahmed El-Masry}}, OD (remote, read {{DATE:03/13/2024}})
Findings:
OD - moderate NPDR: dot-blot hemes in 2 quadrants, scattered hard exudates, no CSME.
OS - moderate NPDR, possible IRMA sup temporal; macula not clearly seen, cannot exclude CSME.
Other: C/D 0.4 OU. Drusen none.
ETDRS level OD 43 / OS 47 (est).
Recommendation: in-person exam with dilated fundus exam within 3 months.
Referral sent to {{FACILITY:Moenave Eye Clinic}}, fax {{FAX:928-555-0179}}.
A1c 10.2 ({{DATE:2/2024}}). Pt notified by phone {{PHONE:928-555-0178}} {{DATE:3/14/24}} by {{NAME:T. Cly}}.`,
`ORAL & MAXILLOFACIAL SURGERY - OPERATIVE NOTE
{{FACILITY:Harborview Oral Surgery Group}}    DOS: {{DATE:2024-02-13}}
Patient: {{NAME:Kowalczyk, Jakub}}    Chart {{MRN:HOSG-118204}}    DOB {{DATE:1999-09-02}}   Age 24
Referring DDS: Dr {{NAME:Aisha Qureshi}}, {{FACILITY:Queen Anne Smiles}}, fax {{FAX:206-555-0150}}
Insurance: Premera dental, sub ID {{HEALTH_PLAN:PRD 441 9027 01}}, subscriber {{NAME:Marta Kowalczyk}} (mother)
Procedure: surgical extraction #1, #16, #17, #32 (D7240 x2, D7220 x2).
Anesthesia: IV moderate sedation - midazolam 5 mg, fentanyl 100 mcg; local 4% articaine 1:100k x 5 carpules.
ASA I. Monitoring: SpO2, ECG, capnography; monitor S/N {{DEVICE:EDAN-M3-771029}}.
Findings: #17 and #32 horizontally impacted, close to IAN canal on CBCT (study {{ID:CBCT-24-0188}}).
Sectioned, removed entire. Irrigation, 3-0 chromic gut. Gelfoam #17, #32. EBL 20 mL.
Pt tolerated well, discharged 1145 to escort (roommate {{NAME:Wiktor Zajac}}, {{PHONE:425-555-0165}}).
Post-op: ibuprofen 600 q6h, APAP 500, amoxicillin 500 TID x5d, CHX rinse.
Driver note: pt NOT to drive until {{DATE:2/14}} pm; pt's car (VIN {{VEHICLE:1HGCV1F34LA018827}}) left in
lot B overnight per security.
Surgeon: {{NAME:Matthew Oyelowo}}, DDS, MD   DEA {{LICENSE:FO4471822}}`,
`EMS RUN REPORT - {{FACILITY:DINETAH EMS}} - {{LOCATION:CHINLE}} STATION
RUN # {{ID:NNEMS-24-118204}}    DATE {{DATE:01/27/2024}}   UNIT 7
CALL RECEIVED 0612  ENROUTE 0614  ON SCENE 0641  DEPART 0702  ARRIVED 0758
SCENE: {{ADDRESS:US 191 MILEPOST 449}}, 6 MI S OF {{LOCATION:MANY FARMS}}. SINGLE VEH ROLLOVER, ICE ON ROAD.
VEHICLE: 2011 CHEVY SILVERADO, PLATE {{VEHICLE:NAVAJO NATION 4H-1198}}, VIN {{VEHICLE:3GCPKSE37BG118820}}
PT: {{NAME:CHEE, RAYMOND}}   AGE 41   DOB {{DATE:08/19/1982}}   DL# {{LICENSE:AZ D10044782}}
HOME: {{ADDRESS:PO BOX 2231}}, {{LOCATION:ROUGH ROCK}} AZ {{ZIP:86503}}
FOUND: RESTRAINED DRIVER, SELF-EXTRICATED, AMBULATORY ON SCENE. C/O NECK AND L CHEST PAIN.
GCS 15. BP 142/90 HR 98 RR 20 SPO2 96% RA. ETOH ODOR: NO. PUPILS PERRL.
TX: C-COLLAR, BACKBOARD PER PROTOCOL (PRE-2023 PROTOCOL STILL IN UNIT), IV NS TKO, FENTANYL 75 MCG.
DEST: {{FACILITY:CANYON DE CHELLY REGIONAL}} ED (PT REFUSED {{LOCATION:GALLUP}}).
PASSENGER {{NAME:LORETTA CHEE}} (WIFE) REFUSED TRANSPORT, SIGNED AMA, CB {{PHONE:928-555-0116}}.
NN POLICE OFFICER {{NAME:B. TODACHEENE}} #{{ID:NNPD 0417}} ON SCENE, REPORT {{ID:CR-24-00188}}.
CREW: {{NAME:L. HOSTEEN}} PM, {{NAME:J. SAM}} EMT.`,
`MRI BRAIN WITH AND WITHOUT CONTRAST
Patient: {{NAME:Siddiqui, Rukhsana}}   MRN: {{MRN:MHC0771820}}   Acc: {{ID:MR24-0331-7718}}
DOB: {{DATE:Jan. 30, 1932}}   Exam date: {{DATE:Mar. 31, 2024}}   Location: {{FACILITY:Maple Heights Clinic}} Imaging, Magnet 2 (1.5T)
Referring: {{NAME:Bogdan Krawczyk}}, MD (neuro)
History: {{AGE:92}} yo woman, 2 wks word-finding difficulty, R hand clumsiness. Hx HTN, AF not anticoagulated.
Technique: sagittal T1, axial T2, FLAIR, DWI/ADC, SWI, post-gad T1 MPRAGE. Gadobutrol 6 mL IV, lot 21K044 (exp 2026-01).
Comparison: CT head {{DATE:03/17/2024}} ({{FACILITY:Shaker Heights Urgent Care}}), images pushed via
{{URL:https://pacs-gw.mapleheights.example:8443/viewer?study=1.2.840.113619.2.55.3.2831}}.
Findings: Acute infarct L MCA superior division territory (frontal operculum and precentral gyrus),
restricted diffusion, no hemorrhagic transformation on SWI. Chronic lacunes bilat BG. Fazekas grade 2
white matter change. No enhancing lesion. Vessels: flow voids preserved.
Impression: Acute/subacute L MCA superior division infarct. Likely cardioembolic given AF.
Communicated to Dr. {{NAME:Krawczyk}} by {{NAME:Y. Abubakar}} 1612 {{DATE:3/31/24}}.
Radiologist: {{NAME:Yetunde Abubakar}}, MD`,
`BONE MARROW PATHOLOGY REPORT
Case No.: {{ID:BM24-00418}}   (linked peripheral smear {{ID:PS24-10882}}, flow {{ID:FC24-2207}}, cytogenetics {{ID:CG-24-1177}})
Patient: {{NAME:Moana Tupuola}}   MRN {{MRN:TC-0091827}}   DOB {{DATE:12/25/1955}}   Sex: F
Procedure date: {{DATE:04/22/2024}}   Procedure by: {{NAME:Hemi Walker}}, PA-C, {{FACILITY:Kalihi Valley Cancer Center}}
Clinical: 68 yo with pancytopenia, MCV 108, B12/folate normal. Prior chemo for breast ca (AC-T) in {{LOCATION:Auckland}}, 2016.
SPECIMENS: A) L posterior iliac crest aspirate. B) Core biopsy, 1.6 cm. C) Clot section.
DIAGNOSIS:
Hypercellular marrow (70%) with multilineage dysplasia and 8% blasts, consistent with
myelodysplastic neoplasm with increased blasts (MDS-IB1, WHO 5th ed). Therapy-related features should be
considered given prior anthracycline/alkylator exposure.
Reticulin MF-1. Iron stain: ring sideroblasts < 5%.
Ancillary: flow shows 7% CD34+ myeloblasts with aberrant CD7. Cytogenetics pending - del(5q)? IPSS-M to follow.
Comment: Case reviewed at consensus conference {{DATE:4/26/24}}. Results to Dr. {{NAME:Sione Matagi}}, tel {{PHONE:808-555-0193}}.
Pathologist: {{NAME:Katarzyna Ruiz}}, MD   Signed {{DATE:04/26/2024 17:05}}`,
`INTERPRETER ENCOUNTER NOTE - NAVAJO (DINE)
Date: {{DATE:2/8/2024}}   Time in 1300  Time out 1410
Interpreter: {{NAME:Rosalind Tsinajinnie}}   Employee # {{ID:E-044187}}
Setting: {{FACILITY:Winslow Dine Health Ctr}} inpatient unit, bed 3
Patient: Hastiin {{NAME:Manygoats}}? - corrected: pt is Hastiin {{NAME:Benjamin Manygoats}}   HRN {{MRN:W-0441820}}
DOB {{DATE:5/17/1928}} (pt states "the year of the big snow", family agrees with chart), age {{AGE:95}}
Provider: Dr. {{NAME:Harrington}} (hospitalist) - goals of care discussion.
Family: daughters {{NAME:Mae Manygoats}} and {{NAME:Lorraine Manygoats-Begay}}; son {{NAME:Curtis}} on speaker from
{{LOCATION:Flagstaff}} ({{PHONE:928-555-0168}}).
Notes: There is no direct Dine word for "hospice"; interpreter used descriptive phrasing (care to keep
him comfortable at home). Provider avoided speaking of death directly at family's request, consistent
with traditional beliefs; pt himself asked to go home to {{LOCATION:Leupp}} area and see a medicine man.
Family asked about ceremony in room - referred to chaplain {{NAME:Ramon Begaye}} and traditional healing
coordinator ext {{PHONE:4471}}.
Outcome: DNR/DNI chosen, hospice referral to {{FACILITY:Little Colorado Home Hospice}}.
{{NAME:R. Tsinajinnie}}`,
`MEDICATION RECONCILIATION - ADMISSION
Patient Name:........ {{NAME:Haddad, Georges Elias}}
MRN:................. {{MRN:000 882 1937}}
Encounter:........... {{ACCOUNT:HAR 44018827}}
Admit Date/Time:..... {{DATE:06/30/2024 22:18}}
Age/Sex:............. {{AGE:98}} / M
Source of list:...... pt's son {{NAME:Elie Haddad}} ({{PHONE:203-555-0181}}), pharmacy fill history ({{FACILITY:Stop & Shop Pharmacy #0712}}), pill bottles
Primary Care:........ {{NAME:Nadia Boutros}}, MD / {{FACILITY:Westville Internal Medicine}}
Completed by:........ {{NAME:Kaitlyn Brzezinski}}, PharmD tech   {{DATE:07/01/2024 01:40}}
HOME MEDICATIONS                         LAST DOSE        ADMIT ACTION
donepezil 10 mg PO qHS                   {{DATE:6/30}} pm          continue
metoprolol tartrate 25 mg PO BID         {{DATE:6/30}} am          continue, hold SBP<100
furosemide 20 mg PO daily                {{DATE:6/29}}             HOLD (AKI)
warfarin 2.5 mg M/W/F, 5 mg other days    {{DATE:6/30}}            HOLD - INR 4.8
vitamin D3 1000 IU daily                 unknown          continue
"arak" 1 glass nightly (per son)         {{DATE:6/29}}             CIWA not indicated
Discrepancies: aspirin 81 on old list - son states stopped by Dr {{NAME:Boutros}} {{DATE:March 2024}}.
Anticoag clinic: {{FACILITY:Elm City Anticoag Clinic}}? - son unsure; call in AM. Last INR per son {{DATE:6/24}} = 2.9.
Pt also brought Lebanese brand meds from {{LOCATION:Zahle}} (Concor 5) = bisoprolol - NOT taking with metoprolol per son.`,
`hi dr {{NAME:nowicka}}
its {{NAME:grzegorz}} ({{NAME:greg}}) {{NAME:wozniak}}, dob {{DATE:4-2-62}}. the rash is back on both my shins, red
and itchy and now some like little blisters. i upload 3 pictures in the portal under media but it said
"file too big" for the last one so i email it to the clinic adress {{EMAIL:derm.frontdesk@lakeforestderm.example}}
with the name {{PHOTO:IMG_20240611_0812.jpg}}. the cream triamcinolone i finish it on {{DATE:june 2}}. also i
work now at {{FACILITY:Skokie Valley Distribution}} warehouse standing all shift so maybe that. my insurance
change to BCBS PPO member {{HEALTH_PLAN:XOF 900218833}} group 88120 since {{DATE:may 1}}, please update.
my mother {{NAME:halina}} (she is {{AGE:93}}!) says it is from the sausage lol.
can i get appt befor {{DATE:the 20th}}? i go to {{LOCATION:wroclaw}} then for 3 weeks. if not maybe a
video visit from there? my polish cell is {{PHONE:+48 555 018 227}}, US cell {{PHONE:847-555-0145}}.
dziekuje
{{NAME:greg}}
[Patient portal: {{URL:www.lakeforestderm-portal.example/pt/GW0402}}  sent from IP {{IP:73.44.189.17}}]`,
`PHONE NOTE - RESULT NOTIFICATION
Patient: {{NAME:Mahmoud Abdel-Aziz}}  MRN {{MRN:1849 2203}}   DOB {{DATE:02/28/1941}}
Ordered by: {{NAME:Nkechi Eze}}, MD   Result: colonoscopy pathology {{ID:SP-24-33018}} ({{DATE:5/9/24}})
{{DATE:05/14/2024 11:05}} - Called pt home {{PHONE:(216) 555-0107}} with Arabic interpreter (Cyracom {{ID:#77241}}).
Spoke with pt's wife {{NAME:Samira}}; pt at mosque. Wife not on HIPAA release; gave no results, asked
pt to call back. - {{NAME:H. Kasprzak}} RN
{{DATE:05/14/2024 15:30}} - Pt returned call from cell {{PHONE:216-555-0108}}. Verified name + DOB.
Interpreter {{NAME:Waleed}} (ID {{ID:77309}}). Informed: 2 tubular adenomas, 1 sessile serrated lesion
8 mm, no dysplasia. Repeat colonoscopy in 3 years per Dr. {{NAME:Eze}} (due ~{{DATE:05/2027}}).
Pt asks copy mailed to {{ADDRESS:3345 W 117th St}}, {{LOCATION:Cleveland}} {{ZIP:44111}} and in English for his
son {{NAME:Yasser}} who is a pharmacist at {{FACILITY:Cuyahoga West Pharmacy}}. Also wants wife added to
release form - form mailed. Recall set. Teach-back done.
- {{NAME:H. Kasprzak}} RN`,
`NURSING PROGRESS NOTE  [**{{DATE:2119-11-2}}**]  0700-1900

Pt is [**{{AGE:Age over 90}}**] yo F admitted from [**{{FACILITY:Hospital 1474}}**] with urosepsis.
Neuro: A+Ox1, pleasantly confused, follows simple commands. Family ([**{{NAME:Name2 (NI) 118}}**], grandson)
states baseline is "knows us but not the date".
CV: HR 88-102 AF, BP 98-112/50s on levophed 0.04, weaning. K 3.4 repleted 40 meq.
Resp: 3L NC, sats 94-97. Lungs diminished bases.
GU: foley draining clear yellow urine 30-60cc/hr. Cx from [**{{DATE:11-1}}**] growing GNR.
ID: cefepime q12. Afebrile today.
Skin: stage 2 sacrum, mepilex. Turned q2.
Social: Daughter [**{{NAME:Name (NI) 4412}}**] called from [**Country 651**] - will fly in
[**{{DATE:11-4}}**]. HCP is son, [**{{NAME:Known firstname 1109}}**] [**{{NAME:Known lastname 3310}}**],
contact # [**{{PHONE:Telephone/Fax (3) 8812}}**]. Case mgmt aware.
Plan: wean pressors, PT/OT when able, f/u cx sensitivities. Pt's PCP Dr. [**{{NAME:Last Name (STitle) 5517}}**]
notified of admission via fax [**{{FAX:Telephone/Fax (2) 1140}}**].`,
`RADIOLOGY CODING REVIEW
Reviewer: {{NAME:Amani Odhiambo}}, RCC    Date: {{DATE:08/09/2024}}    Batch {{ID:RCB-0809-14}}
Claim {{ACCOUNT:CLM-RAD-24-7720193}}   Pt acct {{ACCOUNT:88120047}}   Pt: {{NAME:Souza, Antonio Carlos}}   DOB {{DATE:11/19/1932}}
Payer: Medicare Advantage (Aetna)   Member {{HEALTH_PLAN:W188204417}}
DOS {{DATE:07/29/2024}}   Rendering: {{NAME:Diego Tavares}}, MD  NPI {{LICENSE:1154229087}}
Facility: {{FACILITY:Ocean State Diagnostic Imaging}}   NPI {{LICENSE:1992018374}}   TIN on file
Orders vs billed:
- CT abd/pelvis w contrast 74177 - billed 74178 (w/o & w). Report ({{ID:ACC 24-CT-55128}}) describes
  post-contrast only. Correct to 74177.
- CTA chest 71275 - ok, modifier -26 for pro fee.
- Dx: R10.9 billed; report supports K57.32 diverticulitis + incidental 1.4 cm L adrenal nodule (E27.8).
- Contrast: iohexol 350, 100 mL, Q9967 x100 - ok. Lot 4471A not needed on claim.
Pt is 88... correction, {{AGE:ninety-one}} per DOB (registration typo had 1935 - fixed, ticket {{ID:REG-55219}}).
Resubmitted {{DATE:8/9/24}}. Notified front desk {{NAME:Conceicao}} ext {{PHONE:3318}}.`,
`From: {{NAME:Tavita Faleolo}} <{{EMAIL:tavita.faleolo@samoa-mail.example.ws}}>
To: HIM Release of Information <{{EMAIL:roi@kaiwaihealth.example.org}}>
Date: {{DATE:Mon, 22 Jan 2024 08:03:51 +1300}}
Subject: request for my medical record

Talofa,
I am {{NAME:Tavita Sione Faleolo}}, born {{DATE:14 March 1979}}, I was a patient at your hospital in
{{DATE:November 2023}} when I visit my cousin in {{LOCATION:Honolulu}} and had the appendix removed by
Dr {{NAME:Kimura}}. Now I am home in {{LOCATION:Apia}} and the doctor at {{FACILITY:Vaitele District Clinic}}
needs the operation report and discharge paper. My hospital number on the bracelet was {{MRN:KWH-0044-1829}}
I think. My address here is {{ADDRESS:PO Box 4418}}, {{LOCATION:Apia}}, Samoa. Phone {{PHONE:+685 555 0172}}.
I attach photo of my passport page ({{PHOTO:passport_TSF.jpg}}) to show it's me.
Faafetai lava,
{{NAME:Tavita}}

--- HIM response ({{NAME:K. Aiona}}, {{DATE:1/23/24}}) ---
Request logged {{ID:ROI-2024-00877}}. Passport photo not sufficient alone; sent authorization form
(must be signed, can be scanned). Once received, records will be sent encrypted to
{{EMAIL:tavita.faleolo@samoa-mail.example.ws}}; hospital fax in {{LOCATION:Apia}} not used.`,
`DRUG SCREEN REQUISITION / CHAIN OF CUSTODY
Specimen ID: {{ID:CCF 0044182977}}         Lab accession: {{ID:QD-24-771920}}
Employer: {{FACILITY:Red River Freight Lines}}, {{ADDRESS:4400 Industrial Pkwy}}, {{LOCATION:Fargo}} ND {{ZIP:58102}}
DER: {{NAME:Linda Halvorsen}}   ph {{PHONE:701-555-0138}}   fax {{FAX:701-555-0139}}
Donor: {{NAME:Abdiqani Mohamed Nur}}        SSN/Employee ID: {{SSN:474-11-8820}}
Donor DOB: {{DATE:01/01/1987}}   Day phone: {{PHONE:701-555-0152}}
CDL #: {{LICENSE:ND NUR-87-0112}}   Reason: [x] Random  [ ] Post-accident   DOT agency: FMCSA
Collection site: {{FACILITY:Prairie Occupational Health - 13th Ave}}   Collector: {{NAME:Jolene Berg}}
Collected {{DATE:10/15/2024 07:22}}. Temp in range (32-38 C) [x]. Split specimen [x]. Bottle seals
A/B initialed by donor "{{NAME:AMN}}".
Remarks: donor presented tribal ID? no - presented Minnesota state ID {{LICENSE:M441-882-019-220}}; name spelled
"{{NAME:Abdikani}}" on ID vs "{{NAME:Abdiqani}}" on CCF, both recorded. Donor thumbprint on file {{BIOMETRIC:TP-ND-0441829}}.
MRO: {{NAME:Steven Olawale}}, MD. Courier: FedEx airbill {{ID:7712 4401 8820}}.
Panel: 5-drug DOT (THC, COC, AMP, OPI, PCP). Cutoffs per 49 CFR 40.`,
`MAMMOGRAPHY REPORT
{{FACILITY:Women's Imaging Center at Northgate}}     {{ADDRESS:1100 N 103rd St}}, {{LOCATION:Seattle}}, WA {{ZIP:98133}}
Patient: {{NAME:Trinh Ngoc Anh}}      DOB: {{DATE:09/09/1966}}      MRN: {{MRN:WIC-44817}}
Exam: Diagnostic mammogram L breast with tomosynthesis; L breast ultrasound
Date: {{DATE:04/04/2024}}          Accession: {{ID:M24-04-0118}} / {{ID:US24-04-0992}}
Referring: {{NAME:Helen Takemura}}, ARNP    Technologist: {{NAME:RL}}
History: 57F recalled from screening ({{DATE:3/20/24}}, acc {{ID:M24-03-2214}}) for L breast asymmetry. Mother
with breast ca at 62. No prior surgery. Prior outside films from {{LOCATION:Da Nang}} 2019 not available.
Breast composition: C, heterogeneously dense.
Findings: Persistent 9 mm focal asymmetry L breast 2:00 middle depth on spot compression. US: 8 x 6 x 7 mm
hypoechoic oval mass with circumscribed margins, parallel, at 2:00, 5 cm FN. No axillary adenopathy.
Impression: BI-RADS 3, probably benign (likely fibroadenoma). 6-month L diagnostic mammogram and US.
Results discussed with pt (Vietnamese interpreter {{NAME:Pham}}, ID {{ID:VN-1108}}) and letter mailed.
Interpreted by: {{NAME:Olga Marchetti}}, MD   MQSA cert posted.`,
`PEDIATRIC DENTAL NOTE
{{FACILITY:Little Teeth Pediatric Dentistry}} - {{LOCATION:Lowell}}    {{DATE:12/05/2023}}
Pt: {{NAME:Isabela Nascimento Rocha}}   age 4y 2m   DOB {{DATE:09/28/2019}}   Chart {{MRN:LT-20771}}
Guardian: mother {{NAME:Patricia Rocha}} (Portuguese; interpreter {{NAME:Vanessa}} {{ID:#PT-22}} by phone)
MassHealth ID {{HEALTH_PLAN:100293847561}}
School: {{FACILITY:Pawtucketville Early Learning Center}} pre-K - note for absence given.
CC: "she cry when she eat sweet", upper front teeth dark.
Hx: bottle with juice at night until age 3. Fluoride: city water, brushing 1x/day, no floss.
Exam: ECC - caries #E, #F (MI, MFL), #D (F), #L, #S occlusal. #T OK. Soft tissue wnl. Frankl 2.
Radiographs: 2 BWX + occlusal ({{ID:xr LT20771-1205}}); #S close to pulp.
Caries risk: HIGH (CAMBRA).
Tx today: prophy, SDF 38% on #E #F #D, FV 5%.
Plan: GA case at {{FACILITY:Merrimack Pediatric Surgery Center}} - SSC #L #S, strip crowns #E #F, possible pulpotomy #S.
Pre-op w/ PCP Dr. {{NAME:Afonso}} ({{PHONE:978-555-0153}}). Mom's cell {{PHONE:978-555-0154}}, WhatsApp ok.
Father {{NAME:Eduardo Rocha}} (separate household, {{ADDRESS:61 Branch St}}) has joint custody - needs copy of
consent per court order {{ID:MI-22-D-0418}}.
Dr. {{NAME:Nguyen-Lopes}} / asst {{NAME:kk}}`,
`CONTACT LENS / VISION NOTE
{{FACILITY:Brooklyn Heights Optometry}}    Date: {{DATE:11.14.2024}}
Patient: {{NAME:Olumide Adeyemi-Rahman}}    DOB: {{DATE:07.07.1990}}    Acct {{ACCOUNT:BHO-33019}}
EyeMed member {{HEALTH_PLAN:EM 0882019447}}
CC: CL discomfort OS x 2 wks, sleeps in lenses "sometimes". Works nights at {{FACILITY:JFK Terminal 4}} security.
Current CL: Acuvue Oasys 1-Day OD -4.25 OS -4.75, BC 8.5, DIA 14.3. Lot numbers on box not recorded.
VA cc: OD 20/20  OS 20/25-
SLE: OS 1+ injection, small peripheral infiltrate 0.5 mm at 4:00, epithelium intact, no AC rxn.
OD quiet. Fluorescein: OS punctate staining inferior.
A/P: sterile CL-associated peripheral infiltrate OS vs early MK - d/c CL OS, ofloxacin 0.3% QID,
RTC 48 h. Discussed no overnight wear.
Photo of anterior segment {{ID:SLP-1114-OS-2}} saved to chart.
Pt uses online order; account email {{EMAIL:olu.adeyemi90@inbox.example.com}}, Rx sent to
{{URL:https://contacts-direct.example.com/rx/upload?ref=BHO33019}}.
Next visit {{DATE:11.16.2024 8:30}}.  Cell {{PHONE:917.555.0110}}.
{{NAME:Rachel Goldfarb}}, OD   NPI {{LICENSE:1447290183}}`,
`[scanned letter - OCR]

     {{FACILITY:CENTRAL  VALLEY  NEPHROLOGY  ASSOCIATES}}
     {{ADDRESS:2211 N. Fresno St., Ste 1O4}} . {{LOCATION:Fresno}} , CA  {{ZIP:937O3}}
     Tel {{PHONE:559-555-
0114}}   Fax {{FAX:559-555-0115}}

{{DATE:July  9 , 2O24}}

Dr. {{NAME:Harpreet  Sandhu}}
{{FACILITY:Selma Family Health}}

RE:  {{NAME:Yang ,  Xue}}        DOB:  {{DATE:O8/3O/1929}}      Our chart:  {{MRN:CVN - 44
182}}

Dear Dr. {{NAME:Sandhu}} ,
Thank you for asking me to see Mrs. {{NAME:Yang}}, a {{AGE:94}}-year-old Hmong-speaking woman (interpreter,
her grandson {{NAME:Tou Yang}}) with CKD stage 4, eGFR 22 (from 29 in {{DATE:January 2024}}). Urine ACR 480 mg/g.
K 5.4, bicarb 18, Hgb 9.6. BP 152/70 on amlodipine 10.
After discussion with her and her family, she does not want dialysis. We agreed on conservative
kidney management: add sodium bicarbonate 650 mg BID, low-K diet (handout in Hmong), stop
naproxen, start patiromer 8.4 g daily, ESA if Hgb < 9.
I will see her again in 8 weeks; {{FACILITY:Valley Palliative Partners}} referral placed.
Sincerely,
{{NAME:Andrzej  Pietrzak}} ,  MD
cc:  pt (mailed to {{ADDRESS:4418 E. Lane Ave}}, {{LOCATION:Fresno}} {{ZIP:93702}})`,
`MSH|^~\\&|CPOE|{{FACILITY:HFH}}|RIS|{{FACILITY:HFH_RAD}}|{{DATE:20240918143005}}||ORM^O01|{{ID:ORD240918143005448}}|P|2.3
PID|1||{{MRN:HF00918227}}^^^HFH^MR||{{NAME:EL-AMIN^KHALID}}^^^MR||{{DATE:19450704}}|M|||{{ADDRESS:19310 FENKELL AVE}}^^{{LOCATION:DETROIT}}^MI^{{ZIP:48223}}||{{PHONE:(313)555-0197}}
PV1|1|E|ED^^^{{FACILITY:HFH}}||||{{LICENSE:1881029344}}^{{NAME:NWOSU^CHIAMAKA}}
ORC|NW|{{ID:CP-9918273}}||||||||||{{LICENSE:1881029344}}^{{NAME:NWOSU^CHIAMAKA}}
OBR|1|{{ID:CP-9918273}}||CTHEADWO^CT HEAD WO CONTRAST|STAT|||||||||||||||||||||||^FALL ON ANTICOAG
NTE|1||Pt has ICD (Boston Sci), serial {{DEVICE:BSC-447128}}; MRI not ordered. Pt's wife {{NAME:Salma}} at bedside.
ZDS|{{ID:1.2.840.113619.2.405.3.277183.4418}}

-- RIS worklist comment --
Duplicate order {{ID:CP-9918274}} cancelled by {{NAME:tgr}} {{DATE:9/18/24 14:40}}. Pt to CT-2 via transport,
tech {{NAME:Marisol}} paged x{{PHONE:6612}}. Prior CT head {{DATE:06/02/2024}} (acc {{ID:CT24-0602-118}}).`,
`EMERGENCY DEPARTMENT DISCHARGE INSTRUCTIONS
Name: {{NAME:Sefa Tuimavave}}          Date of visit: {{DATE:03/15/2024}}
MRN: {{MRN:PMC-7719203}}         Visit #: {{ACCOUNT:V2024031588172}}
You were seen by: {{NAME:Jenna Whitcomb}}, PA-C  and  Dr. {{NAME:R. Kaleikini}}
Diagnosis: Laceration of left hand, 3 cm, repaired (6 sutures, 4-0 nylon). Tetanus (Tdap) given today.
Return for: redness spreading, pus, fever > 100.4 F, numbness of fingers.
Suture removal: in 10-14 days at your clinic: {{FACILITY:Waianae Coast Family Clinic}} ({{PHONE:808-555-0120}})
  Appointment: {{DATE:Mon 3/25/24 9:00 AM}} with {{NAME:Leota Faumuina}}, APRN
Prescriptions sent to: {{FACILITY:Nanakuli Pharmacy}} - cephalexin 500 mg four times a day x 5 days.
Work note: off work 3 days ({{FACILITY:Pacific Steel Fabricators}}); may return {{DATE:3/19/2024}} with glove.
Your MyHealth login: {{URL:https://myhealth.pmc-hawaii.example/login}}  Username: {{ID:stuimavave72}}
Emergency contact on file: {{NAME:Luisa Tuimavave}} (wife) {{PHONE:808-555-0121}}
Interpreter: Samoan, in person ({{NAME:Peni}}), declined - pt prefers English.
Discharged {{DATE:03/15/2024 23:52}}. Pt verbalized understanding.`,
`hey its {{NAME:vernon tsosie}}. the new cpap machine u guys sent is
making a whistling noise and the mask leaks on my left side. serial on bottom says {{DEVICE:23183 4470 871}}
(resmed airsense 11). the old one (sn {{DEVICE:2214 0018 227}}) i still have, they said to mail it back to
{{FACILITY:Four Corners Medical Supply}} but no box came. also my sugar machine says my hba1c thing
is 7.9?? is that good. im still working at {{FACILITY:Black Mesa Water Authority}} on the water crew 4 days on 3 off.
phone dont work out there, call my wife {{NAME:arlene}} {{PHONE:928-555-0109}} or text me at
{{PHONE:928-555-0108}}. my birthday is {{DATE:1-13-74}} for the check. my chart # is {{MRN:TC11829}}
i think. also the app wants me to "upload a selfie" to verify, did that, {{PHOTO:selfie_verify_0519.png}}, still
locked.
ahehee
---
reply {{DATE:05/19/2024 16:22}} ({{NAME:D. Lee}}, RT): {{NAME:Vernon}}, whistle is usually the mask - I'll have
{{FACILITY:Four Corners Medical Supply}} swap to a medium F30. Download from modem shows AHI 3.1, leak 36 L/min
(high). Return label emailed to {{EMAIL:vtsosie74@mailbox.example.net}}.`,
`HOME HEALTH - TELEPHONE CONTACT
Agency: {{FACILITY:Aloha Care Home Health}}   Clinician: {{NAME:Mele Tupou}}, RN   Date: {{DATE:Sep 5, 2024 1310}}
Pt: {{NAME:Tuiasosopo, Faamanu}}   SOC {{DATE:8/20/24}}   HH episode {{ID:HH-0091-2284}}  Medicare {{HEALTH_PLAN:2WR8-KP1-JX44}}
Called Dr. {{NAME:Hironaka}}'s office ({{PHONE:808-555-0159}}) re: R heel wound, Stage 3 -> now
unstageable, 3.1 x 2.4 cm, 60% slough, mod serous drainage, peri-wound maceration. No fever. Pedal
pulse dopplerable only. ABI not done. Wound photo {{ID:WP-0905-01}} uploaded to agency portal.
Spoke with MA {{NAME:Kalani}}; requested order change: hydrogel + foam, offloading boot, vascular
referral. Pt is {{AGE:91}}, lives with daughter {{NAME:Siniva}} at {{ADDRESS:87-1640 Farrington Hwy, Apt 12}}
({{LOCATION:Waianae}}) - stairs, no lift.
Faxed wound flowsheet to {{FAX:808-555-0160}}. Order received verbally {{DATE:9/5/24 1405}} - to be
signed (Dr. {{NAME:Hironaka}}, NPI {{LICENSE:1609917723}}).
Next visit {{DATE:9/7}}; family aware. Church deacon {{NAME:Sa'u}} helping w/ transport to vascular
at {{FACILITY:Leeward Vascular Center}}.`,
`Admission Date: [**{{DATE:2183-1-14}}**]     Discharge Date: [**{{DATE:2183-1-20}}**]
Date of Birth: [**{{DATE:2091-5-2}}**]     Sex: F
Service: NEUROLOGY
HISTORY OF PRESENT ILLNESS: Ms. [**{{NAME:Known lastname 77201}}**] is a [**{{AGE:Age over 90}}**] y/o
right-handed woman, Cantonese-speaking, brought by her son Mr. [**{{NAME:Known lastname 77201}}**] from
home on [**{{ADDRESS:Street Address(2) 4418}}**] after he found her at 0630 with left-sided weakness
(LKW 2300 the night before). NIHSS 12 on arrival. Outside the tPA window; CTA showed R M2 occlusion,
transferred from [**{{FACILITY:Hospital 1188}}**] for thrombectomy, TICI 2b.
HOSPITAL COURSE: Post-procedure in Neuro ICU. Dysphagia - PEG discussed with family incl. daughter
[**{{NAME:First Name4 (NamePattern1) 4471}}**] who flew in from [**{{LOCATION:Location 3318}}**].
Family declined PEG, chose comfort-focused feeding. AF new - apixaban deferred given goals.
DISCHARGE DIAGNOSIS: R MCA stroke s/p thrombectomy; AF.
DISCHARGE DISPOSITION: Extended Care - [**{{FACILITY:Hospital 6122}}**] Rehab & Nursing
FOLLOW-UP: Stroke clinic Dr. [**{{NAME:First Name (STitle) 2230}}**] [**{{NAME:Last Name (NamePattern4) 119}}**]
[**{{DATE:2183-2-24}}**] 2:30, phone [**{{PHONE:Telephone/Fax (1) 1884}}**].
MedQuist36  D: [**{{DATE:2183-1-20}}**] 11:22  T: [**{{DATE:2183-1-21}}**] 08:14  JOB#: [**{{ID:Job Number 66120}}**]`,
`RELEASE OF INFORMATION - THIRD PARTY (INSURANCE UNDERWRITING)
ROI #: {{ID:R24-118273}}      Date received: {{DATE:04/08/2024}}      Due: {{DATE:05/08/2024}}
Requester: {{FACILITY:Great Lakes Mutual Life}}, underwriting, attn {{NAME:Dorota Sobczak}}
Policy/app #: {{ID:GLM-UW-4418-2271}}    Ph {{PHONE:(248) 555-0142}}   Fax {{FAX:(248) 555-0143}}
Patient: {{NAME:Marcin J. Kaczmarek}}   DOB {{DATE:10/10/1975}}   MRN {{MRN:BHS 2209 1183}}
SSN (as provided): {{SSN:385 – 22 – 0917}}
Authorization: signed {{DATE:3/29/24}}, valid 24 months, covers "all records incl. mental health".
Review: chart contains behavioral health notes ({{FACILITY:Cascade Behavioral Health}} outpatient 2019) and HIV test
{{DATE:08/2021}} - MI law requires specific consent for HIV results; authorization does not name it.
Action: released PCP notes, labs (excluding HIV), cardiology (Dr. {{NAME:O'Hare}}), stress test {{DATE:2/2/2024}}.
Withheld HIV result; letter to requester and pt ({{ADDRESS:5120 Pinecrest Dr NE}}, {{LOCATION:Grand Rapids}} {{ZIP:49525}}).
Fee: $28.50, invoice {{ACCOUNT:INV-24-4471}}. Processed by {{NAME:L. Nguyen}}, RHIT.`,
`ULTRASOUND RENAL / BLADDER
Name: {{NAME:AL-HASHIMI, ZAINAB}}    MRN: {{MRN:UH 0099 1827}}    DOB: {{DATE:12-12-1930}}   Age: {{AGE:93}}Y
Exam: {{DATE:02-02-2024 09:41}}   Acc#: {{ID:US-RB-24-1180}}   Room: US 3
Ordering: {{NAME:Reza Tehrani}}, MD   Sonographer: {{NAME:KLW}}
Indication: AKI, Cr 2.3 from 1.2; ?obstruction. Nephrostomy tube L placed at {{FACILITY:Cuyahoga Falls General}} ({{DATE:2023-11}}).
Findings:
R kidney: 9.1 cm, cortical thinning, no hydronephrosis. Simple cyst upper pole 1.8 cm (Bosniak I).
L kidney: 8.7 cm, mild hydronephrosis; nephrostomy catheter pigtail in renal pelvis.
Bladder: PVR 410 mL. Foley not present. Prostate n/a.
Impression: 1. Urinary retention, PVR 410 mL - recommend Foley. 2. Mild L hydro with nephrostomy in place -
check tube function/flush. 3. Bosniak I cyst, no f/u needed.
Called to Dr. {{NAME:Tehrani}} at 1002, {{DATE:2/2/24}}. Daughter {{NAME:Huda}} present, asked about the
nephrostomy exchange date - deferred to IR (Dr. {{NAME:Kozlowski}}).
Dictated {{NAME:Agnieszka Maj}}, MD  Workstation {{IP:10.210.4.88}}  Signed {{DATE:02-02-2024 10:15}}`,
`DERMATOPATHOLOGY
{{FACILITY:Sonoran Dermatopathology Lab}}                 Accession: {{ID:DP24-11820}}
Patient: {{NAME:Begay-Whitehorse, Irene}}        DOB: {{DATE:05/05/1947}}     Gender: F
Client: {{FACILITY:Flagstaff Skin & Laser}}  (acct {{ACCOUNT:SDL-0447}})    Physician: {{NAME:Tomasz Baran}}, DO
Received: {{DATE:06/18/2024}}   Reported: {{DATE:06/20/2024}}
Clinical: 76F, 9 mm pearly papule with telangiectasia L nasal ala, ddx BCC vs SCC.
Clinical photograph: face photo {{PHOTO:FSL-0614-IBW-3}} (L nasal ala, face visible) received with req.
Specimen: Skin, L nasal ala, shave biopsy.
Gross: tan-pink shave 0.8 x 0.7 x 0.2 cm, inked, trisected, entirely submitted in 1 cassette.
Microscopic: Nests of basaloid cells with peripheral palisading and retraction artifact in dermis,
infiltrative pattern at deep margin.
Diagnosis: BASAL CELL CARCINOMA, INFILTRATIVE TYPE, extending to deep and peripheral margins.
Comment: High-risk subtype and location (H-zone); Mohs micrographic surgery recommended.
Mohs referral faxed to {{FACILITY:Northern Arizona Mohs Center}} {{FAX:928-555-0127}} {{DATE:6/20/24}}.
Electronically signed: {{NAME:Shirin Farahani}}, MD, FAAD`,
`EMS PCR - CARDIAC ARREST
{{FACILITY:Lakewood Fire Rescue}} Medic 22    Incident {{ID:LFR-2024-044182}}    {{DATE:11/28/2024}}
Location: {{FACILITY:Bear Creek Gardens Assisted Living}}, {{ADDRESS:400 S Allison Pkwy, Rm 218}}, {{LOCATION:Lakewood}} CO {{ZIP:80226}}
Pt: {{NAME:Wladyslaw Szymczak}}   Age {{AGE:97}}   DOB {{DATE:3/3/1927}}   Facility resident ID {{ID:BG-0218}}
Dispatched 0402, on scene 0409. Staff ({{NAME:Tanisha}}, CNA) found pt unresponsive 0355 on rounds,
last seen 0200. CPR in progress by staff. Facility AED (Philips HeartStart FRx, S/N {{DEVICE:B19J-04471}})
applied 0400, no shock advised x2.
Our monitor: asystole, confirmed in 2 leads. Lividity to dependent areas.
MOST form located after arrival: DNR, signed {{DATE:10/02/2023}} by pt and Dr. {{NAME:E. Castellanos}}.
Resuscitation terminated 0416 per protocol + online medical control (Dr. {{NAME:Vu}}, {{FACILITY:St. Cyprian Medical Center}}).
Coroner notified 0420, case {{ID:JC-24-1182}}. Son {{NAME:Andrew Szymczak}} notified by facility nurse
{{NAME:Paulette}} at {{PHONE:303-555-0146}}; son arriving from {{LOCATION:Golden}}.
Crew: {{NAME:M. Archuleta}} (PM), {{NAME:S. Kim}} (EMT), {{NAME:B. Odom}} (Lt).`,
`>>> FAX RECEIVED {{DATE:1O/O4/2O24 O9:12}} FROM: {{FACILITY:MAPLEWOOD  SKILLED  NURSING}}  {{FAX:(651) 555-O l 31}}
TRANSFER  FORM  /  MED  LIST                                       PG 1 OF 3
RESIDENT: {{NAME:KRAWIEC,  STANISLAWA}}         ROOM: 2l4-A
DOB: {{DATE:O6/ l9/ l926}}     AGE: {{AGE:98}}     ADMIT TO SNF: {{DATE:O3/22/2O24}}
MEDICARE #: {{HEALTH_PLAN:4 TW 7- HM3- KJ 2l}}     SSN: {{SSN:XXX-XX-
4 4 l 8}}
RESPONSIBLE PARTY: {{NAME:BARBARA  KRAWIEC-NOLAN}} (DAUGHTER / POA)  PH: {{PHONE:(612)
555-O 155}}
ATTENDING: DR. {{NAME:ELIZABETH  OMONDI}}       PHARMACY: {{FACILITY:NORTHSTAR  LTC  PHARMACY}}
DIAGNOSES: ALZHEIMER DEMENTIA, HTN, HYPOTHYROID, OSTEOARTHRITIS, HX C. DIFF {{DATE:2/2O24}}
ALLERGIES: PCN (HIVES), LATEX
MEDICATIONS:
  LEVOTHYROXINE 5O MCG PO DAILY 06OO
  AMLODIPINE 5 MG PO DAILY
  MEMANTINE l0 MG PO BID
  ACETAMINOPHEN 65O MG PO Q6H PRN
  SENNA 8.6 MG PO QHS
REASON FOR TRANSFER: FALL {{DATE:lO/O4/24}} O7OO, L HIP PAIN, SHORTENED/ROTATED.
CODE STATUS: DNR/DNI (POLST ON FILE)
SENDING NURSE: {{NAME:J. VANG}}, LPN   PH {{PHONE:651-555-O l3O}}`,
`oi dra. {{NAME:fernanda}}! sorry my english. its {{NAME:juliana}} ({{NAME:juliana pereira santos}}), i am the
pregnant one with the twins haha. dob {{DATE:22/07/1994}} (brazilian style, {{DATE:july 22}}).
today 29 weeks. since yesterday my legs and hands are inchado, swollen, and head hurts a little, i
measure pressure at the pharmacy ({{FACILITY:CVS on Mass Ave}}) 142/93. is this the preeclampsia??? my
mother in {{LOCATION:Goiania}} had it with me. i have no car, my husband {{NAME:rafael}} works in
{{LOCATION:Framingham}} until 6pm at {{FACILITY:Marlboro Tile & Stone}}.
my cel {{PHONE:857-555-0191}} (whatsapp same). also the portal shows my MRN as {{MRN:CH44102918}} but
my card from the hospital says {{MRN:CH44102981}}?? which is right.
and my insurance masshealth number {{HEALTH_PLAN:10048827 1193}} changed last month
obrigada!!!
---
RN triage reply {{DATE:8/14/2024 10:48}} ({{NAME:C. Murphy}}): {{NAME:Juliana}}, please come to L&D triage at
{{FACILITY:Cambridge Birth Center}} now for BP check and labs - taxi voucher sent to your phone. Two MRNs
flagged for HIM merge (ticket {{ID:HIM-MRG-2291}}).`,
`PHARMACIST PHONE CONSULT - POISON / DRUG INFO LINE
Call {{ID:DIL-24-09183}}   {{DATE:Sat 6/8/2024 21:37}}   Pharmacist: {{NAME:Oksana Melnyk}}, PharmD
Caller: {{NAME:Abdi Shire}} (grandson), {{PHONE:206-555-0183}}, calling from {{LOCATION:Tukwila}}
Patient: {{NAME:Dahabo Hussein Shire}}, {{AGE:90}}+ per caller ("about {{AGE:92}}"), wt ~45 kg
Exposure: took evening meds twice - extra dose of metoprolol tartrate 50 mg, amlodipine 10 mg,
glipizide 5 mg at ~2000. Home BP 104/58, HR 56, glucose 131 at 2130. Alert, talking (Somali).
Assessment: additive hypotension/bradycardia + delayed hypoglycemia risk (sulfonylurea, elderly, low wt).
Recommendation: ED evaluation - glipizide overdose in elderly warrants observation. Caller agreed;
taking her to {{FACILITY:Green River Medical Center}} by car. Call-back done {{DATE:6/8/24 23:10}}: in ED, glucose 88, on D10.
Case notified to PCP {{NAME:Ubah Abdi}}, ARNP at {{FACILITY:Rainier Beach Family Clinic}} via
{{EMAIL:ubah.abdi@rbfc.example.org}}.
Pill organizer (weekly, 2 rows) not used; grandson to get AM/PM blister packs from {{FACILITY:Skyway Pharmacy}}.`,
`VIDEO REMOTE INTERPRETING - SESSION RECORD
Vendor session {{ID:VRI-9920-3318-47}}   Date {{DATE:03/03/2024}}   Start 14:02  End 14:48
Language: Mandarin   Interpreter: {{NAME:Zhou Min}} (ID {{ID:MZ-20417}})
Device: cart iPad S/N {{DEVICE:DMPXK2L9Q1GC}}, IP {{IP:10.88.14.203}}, unit {{FACILITY:Ellison 12}}
Patient: {{NAME:Sun Lihua}}  MRN {{MRN:MG 4418 2273}}  DOB {{DATE:1931-12-08}}
Clinician: {{NAME:Anne-Marie Fortier}}, MD (palliative); also present: son {{NAME:Sun Jianping}}, daughter-in-law
{{NAME:He Qing}}, SW {{NAME:B. Adeleke}}.
Connection dropped 14:17-14:21 (wifi); reconnected to second interpreter {{NAME:Li Na}} (ID {{ID:MZ-11872}})
for remainder.
Content: family meeting re: metastatic pancreatic ca. Son initially asked that "cancer" not be said to
pt; pt then asked directly in Mandarin what illness she has. Clinician asked pt how much she wished to know -
pt stated she wants to know everything, then wants son to decide treatment. Pt mentioned wish to be
buried in {{LOCATION:Xiamen}} near husband.
Interpreter note: term "hospice" rendered as "an-ning liaohu" (comfort care); family understood.
Quality: audio clear after reconnect. No conflicts of interest.`,
`ANESTHESIA BILLING ABSTRACT
Pt: {{NAME:Oyelaran, Babatunde}}  Acct {{ACCOUNT:AN-0092-11827}}  MRN {{MRN:RG-2209937}}  DOB {{DATE:09/02/1958}}
DOS {{DATE:10/21/2024}}  Facility {{FACILITY:Ridgewood Surgical Hospital}}  POS 22
Procedure: lap cholecystectomy (47562) - ASA code 00790; ASA PS 3 (+1 unit).
Anesthesiologist: {{NAME:Irina Volkova}}, MD  NPI {{LICENSE:1215570093}}   CRNA: {{NAME:Tomas Rivera}}, CRNA NPI {{LICENSE:1346129908}}
Medical direction: 1:2 (QK / QX modifiers). Concurrent case: room 6 ({{NAME:D. Haas}}).
Anesthesia start 0731, surgery start 0752, end 0904, anesthesia end 0916 = 105 min = 7 time units.
Base 7 + time 7 + PS 1 = 15 units.
Payer: UnitedHealthcare, ID {{HEALTH_PLAN:987 441 220 01}}, group 7702; prior auth {{ID:A240099182}}.
Line: 62 mL propofol, rocuronium 50, sugammadex 200. Arterial line? no. TAP block? no (not billable sep.).
Dx: K80.10 cholelithiasis w/ chronic cholecystitis.
Flag: CRNA signature time {{DATE:10/21/2024 09:18}} after anesth end - fine. Pt portal bill sent to
{{EMAIL:btunde.oye@webmail.example.com}}; paper statement to {{ADDRESS:77 Prospect St}}, {{LOCATION:Ridgewood}} NJ {{ZIP:07450}}.
Abstracted by {{NAME:cmw}} {{DATE:10/23/24}}.`,
`NEWBORN SCREENING SPECIMEN CARD (transcribed)
Kit serial: {{ID:NBS 2024 0718 4417}}     Lab: State Newborn Screening Program
Baby's name: Baby Girl {{NAME:Tuilagi}}  ({{NAME:Tuilagi, Malia}} on later card)
Birth date/time: {{DATE:07/16/2024 03:48}}     Collection date/time: {{DATE:07/17/2024 06:10}}  (age 26 h)
Birth wt 3,420 g   GA 39w2d   Single birth   Feeding: breast + formula   Transfused: N   TPN: N
Hospital: {{FACILITY:Green River Family Birth Center}}   Hosp. code H-0118
Infant MRN: {{MRN:PFB 00771 822}}
Mother: {{NAME:Losa Tuilagi}}   Mother's DOB {{DATE:11/02/1998}}   Mother MRN {{MRN:PFB 00698 104}}
Mother's address: {{ADDRESS:24810 104th Ave SE, Unit 9}}, {{LOCATION:Kent}} WA {{ZIP:98030}}  Ph {{PHONE:253-555-0102}}
Pediatric provider for results: {{NAME:Esther Faleafa}}, MD, {{FACILITY:Kent Valley Pediatrics}}, fax {{FAX:253-555-0103}}
Collected by: {{NAME:T. Aumua}}, RN
Repeat screen due at 7-14 days: at clinic, {{DATE:7/26}}.
Comments: mother prefers Samoan; grandmother {{NAME:Fetu}} is {{AGE:90}} and lives in home (TB screen done).
Card received at lab {{DATE:07/19/2024}}, lab accession {{ID:NB24-0719-0221}}.`,
`X-RAY REPORT *** OCR FROM SCANNED COPY ***
PT:  {{NAME:0KAFOR  ,  EMEKA}}       MRN  {{MRN:88 l02 774}}      ACCT {{ACCOUNT:V0 0 4 4 1 8 2 7}}
D0B:  {{DATE:l2/3l/l93l}}       EXAM:  XR HIP  L  2V  +  PELVIS  AP
DATE OF EXAM:  {{DATE:0 4 / 2 1 / 2 0 2 4}}      ACC:  {{ID:XR24 -0421- 00 3 3}}
ORDERING  MD:  {{NAME:PAWEL  SOBIERAJ}}
HISTORY:  {{AGE:92}}  YO  M  FELL  AT  {{FACILITY:HOLY  FAMILY  MANOR}}  ,  L  HIP  PAIN.
FINDINGS:  DISPLACED  SUBCAPITAL  FEMORAL  NECK  FRACTURE  L  (GARDEN  IV).  DIFFUSE  OSTEOPENIA.
MODERATE  R  HIP  OA.  VASCULAR  CALCIFICATIONS.  L  TKA  PARTIALLY  IMAGED,  NO  COMPLICATION.
IMPRESSION:  DISPLACED  L  FEMORAL  NECK  FRACTURE.
RESULT  CALLED  TO  {{NAME:J.  NWANKWO}}  RN  AT  X  {{PHONE:4 4 1 8}}  ,  {{DATE:4/21/24  1155}}.
READ  BY:  {{NAME:LEOCADIA  MROZ}}  ,  MD        SIGNED  {{DATE:04/21/2024  12:03}}
PAGE  1  0F  1            printed by {{NAME:hjk}} from station {{IP:192.168.40.17}}`,
`INTRAOPERATIVE CONSULTATION (FROZEN SECTION) REPORT
Surgical #: {{ID:SF24-7718}}    OR: 7    Surgeon: {{NAME:Yousef Darwish}}, MD
Patient: {{NAME:Mendes Carvalho, Beatriz}}   MRN {{MRN:NY-00918273}}   DOB {{DATE:08/08/1963}}
Procedure date: {{DATE:05/29/2024}}
Specimen A: "Thyroid, right lobe" received fresh at 10:14.
FS-A1 diagnosis (called to Dr. {{NAME:Darwish}} at 10:31 by Dr. {{NAME:Ilse Brandt}}):
  Follicular-patterned lesion, defer to permanent sections. No definite capsular invasion on sections examined.
Specimen B: "Level VI lymph node" received 10:40. FS-B1: Benign lymph node, no carcinoma (0/1). Called 10:52.
Permanent diagnosis to follow under {{ID:S24-40182}}.
Frozen/permanent concordance will be reviewed.
Gross: A) R thyroid lobe, 22 g, 5.0 x 2.8 x 2.1 cm, 2.3 cm tan encapsulated nodule, inked, FS from capsule.
Prior FNA (Bethesda IV) done in {{LOCATION:Sao Paulo}} at {{FACILITY:Clinica Vila Mariana}}, report translated by
{{NAME:M. Oliveira}} ({{DATE:12/2023}}); pt's family contact {{NAME:Rodrigo Carvalho}} {{PHONE:+55 11 95555-0143}}.
Pathologist: {{NAME:Ilse Brandt}}, MD`,
`LONG-TERM CARE DENTAL VISIT
{{FACILITY:Mobile Smiles Geriatric Dental}} at {{FACILITY:Saint Casimir Home}} (visit log {{ID:MSG-LTC-0412}})
Date {{DATE:April 12, 2024}}   Resident {{NAME:Eugenia Zawadzka}}   Age {{AGE:101}}   Room 3 East 12
Res. ID {{MRN:SCH-00182}}   Medicaid {{HEALTH_PLAN:NY 44 182 773 B}}   Consent: niece/POA {{NAME:Dorota Zawadzka-Hill}} by phone {{PHONE:716-555-0180}}
Dentist: {{NAME:Faisal Al-Rawi}}, DMD   Hygienist: {{NAME:Shauna Cole}}, RDH
CC (per CNA {{NAME:Brittany}}): upper denture loose, resident pulling it out, eating less. Wt down 2.1 kg in 1 mo.
Exam: complete maxillary denture (made ~2011, labeled "{{NAME:E. ZAWADZKA}}" engraved), poor retention,
denture stomatitis (Newton type II). Mandible: #22, #27 remaining, root caries #27, mobility 2.
Candida suspected - nystatin suspension 100,000 U/mL 5 mL QID x 14d, denture soak nightly.
Plan: reline maxillary denture chairside next visit; extract #27 vs monitor (discuss w/ POA - goals of care
are comfort). Denture ID label re-engraved (serial {{DEVICE:DN-SCH-00182-U}}).
Next visit {{DATE:5/10/2024}}. Note faxed to Dr. {{NAME:Pieszko}} (attending) {{FAX:716-555-0181}}.`,
`MSH|^~\\&|REG|{{FACILITY:MERCY_PL}}|EMPI|{{FACILITY:MERCY}}|{{DATE:20240202163011}}||ADT^A40|{{ID:EMPI0202163011}}|P|2.5
EVN|A40|{{DATE:20240202163000}}|||{{NAME:NOWAK^KATARZYNA}}^^^^^^^^{{ID:E22871}}
PID|1||{{MRN:MP00447182}}^^^MERCY^MR||{{NAME:AHMED^ABDIRIZAK^OSMAN}}||{{DATE:19330101}}|M|||{{ADDRESS:1605 E 19TH ST APT 212}}^^{{LOCATION:MINNEAPOLIS}}^MN^{{ZIP:55404}}||{{PHONE:(612)555-0170}}
MRG|{{MRN:MP00447918}}^^^MERCY^MR||{{ACCOUNT:A000993182}}
-- EMPI steward note ({{NAME:K. Nowak}}) --
Merge of duplicate created at {{FACILITY:Mercy Phalen Clinic}} {{DATE:1/30/24}}: dup had DOB {{DATE:01/01/1933}} and name
"{{NAME:Abdirisaq Osman Ahmed}}" (spelling). Confirmed same pt: same SSN {{SSN:472-90-1188}}, same address, same son
contact {{NAME:Hamse Ahmed}} {{PHONE:612-555-0171}}. Pt age {{AGE:91}} (DOB default Jan 1 - pt born in
{{LOCATION:Beledweyne}}, exact date unknown). Surviving MRN {{MRN:MP00447182}}.`,
`PATIENT DEMOGRAPHICS - PRINT VIEW
Legal Name:            {{NAME:Wojciechowski, Tadeusz Marian}}
Previous Name(s):      none
Preferred Language:    Polish
Date of Birth:         {{DATE:18-Nov-1933}}
Age:                   {{AGE:90}} y 7 m
MRN:                   {{MRN:ST-0044 1827}}
Enterprise ID:         {{ID:EID 9918 2271 04}}
SSN:                   {{SSN:***-**-7719}} (full on file)
Driver License:        IL {{LICENSE:W321-4418-2207}} (expired)
Photo on file:         Yes - {{PHOTO:PHOTO_ST00441827_20220315.jpg}}
Address:               {{ADDRESS:5230 S Archer Ave, Unit 1}}
City/State/Zip:        {{LOCATION:Chicago}} / IL / {{ZIP:60632}}
Home Phone:            {{PHONE:773.555.0190}}
Mobile:                none
Email:                 {{EMAIL:tadek.w@poczta.example.pl}} (grandson manages)
Primary Insurance:     Medicare A/B  MBI {{HEALTH_PLAN:9KN4-XW2-TT17}}
Secondary:             Illinois Medicaid  RIN {{HEALTH_PLAN:448827109}}
Guarantor Account:     {{ACCOUNT:GA-77120044}}
Emergency Contact 1:   {{NAME:Wojciechowska, Irena}} (wife) - same address
Emergency Contact 2:   {{NAME:Adam Wojciechowski}} (grandson) {{PHONE:312-555-0191}}
Employer:              retired ({{FACILITY:Archer Heights Bakery}}, 38 yrs)
Religion/Parish:       Catholic, {{FACILITY:St. Hyacinth of Archer Parish}}
Last updated:          {{DATE:06/20/2024 10:02}} by {{NAME:mzr}}`,
`hello,
this is {{NAME:noor}} writing for my dad {{NAME:Jamal Qasem}} (birthdate {{DATE:3/9/1950}}). his insulin pump is
alarming "no delivery" since last night like 3 times, we changed the site twice. pump is the tandem
t:slim x2, serial {{DEVICE:9918 2204}} and the dexcom g7 is reading 286 now. he bolused thru the
pump at 7 but maybe it didn't go?? we have his lantus pen as backup from the hospital in {{LOCATION:irbid}}
(he was visiting family til {{DATE:feb 26}}). should he take the lantus??? how many units. he is 74 and
gets confused when its high. our address is {{ADDRESS:6200 W Warren Ave}} in {{LOCATION:dearborn}} if you need to send
someone. also the tandem support said call them at 1-877 number but they need his "prescriber NPI" so what is
it? also he has new insurance through my job at {{FACILITY:Fairlane Senior Village}}, member {{HEALTH_PLAN:BCN 4418 2277 001}}.
my cell {{PHONE:313-555-0147}}, his {{PHONE:313-555-0148}}.
thanks, {{NAME:noor qasem}}
---
portal auto-tag: urgent keyword "alarming". Routed to diabetes RN pool {{DATE:03/04/2024 08:16}}.
RN {{NAME:Fatme Berri}} called {{DATE:03/04/2024 08:24}}: advised correction by pen, new pump cartridge, Dr. {{NAME:Salameh}} NPI {{LICENSE:1720093318}} given to tandem.`,
`SCHEDULING / TRANSPORT TELEPHONE NOTE
{{DATE:Wed 10/9/24 1045}} - {{NAME:Marcella Begay}} (CHR, {{FACILITY:Tselani Service Unit}} CHR program) called re: pt
{{NAME:Jim, Harold}} (DOB {{DATE:4/4/1930}}, chart {{MRN:CSU 0992 184}}), age {{AGE:94}}, needs ride + Navajo
interpreter for cardiology at {{FACILITY:San Francisco Peaks Heart Clinic}} {{DATE:10/16}}.
Pt lives off {{ADDRESS:N-8066}} near the {{FACILITY:Black Mesa chapter house}}; no address, home site marked by CHR GPS
{{ADDRESS:36.1471, -110.0832}}. Road washes out in rain - CHR will check {{DATE:10/15}}.
Transport: CHR van (govt plate {{VEHICLE:G41-18827}}) if available, else {{FACILITY:Dine Rides Transit}} van, ticket
{{ID:DRT-1016-044}}.
Interpreter: {{NAME:Lucinda Nez}}, staff (ID {{ID:INT-0417}}), confirmed.
Pt's daughter {{NAME:Rita Jim}} can ride along, cell {{PHONE:928-555-0117}} (poor signal; also try
chapter house {{PHONE:928-555-0118}}).
Called cardiology ({{NAME:Kira}}) {{PHONE:928-555-0119}} - appt time moved to 1300 for travel. Done.
{{NAME:sjh}} / PSA`,
`PFS NOTE - SELF-PAY / FINANCIAL ASSISTANCE
Acct {{ACCOUNT:ED-24-0518-2209}}  HAR {{ACCOUNT:77810029}}   Pt {{NAME:Rahimi, Sadia}}   DOB {{DATE:02/17/1988}}  MRN {{MRN:00-99-1182-7}}
DOS {{DATE:05/18/2024}} ED visit, level 4 (99284), CT abd (74177), labs. Charges $6,912.40.
{{DATE:06/03/2024}} - Pt called {{PHONE:503-555-0192}} re: bill. Uninsured; recently arrived (SIV, from
{{LOCATION:Herat}} via {{LOCATION:Doha}}). Works part-time at {{FACILITY:Lents Halal Market}}. Household of 5.
Dari interpreter {{NAME:Massoud}} ID {{ID:DA-3391}}.
Screened for charity care: income ~ 110% FPL -> 100% write-off eligible pending docs.
Also screened for Oregon Health Plan - application submitted w/ caseworker {{NAME:Parwin Saberi}} at
{{FACILITY:Foster Road Refugee Services}}; OHP case # {{ID:OHP-C-55129304}}.
Docs needed: I-94 ({{ID:I94 #449182771A4}}), pay stubs x2, lease at {{ADDRESS:9020 SE Foster Rd, #4}}, {{LOCATION:Portland}} {{ZIP:97266}}.
Pt emailed scans from {{EMAIL:sadia.rahimi88@mail.example.com}} {{DATE:6/5}}.
{{DATE:06/12/2024}} - FA approved 100%, adj code FA100, letter sent. Account removed from pre-collections
({{FACILITY:Cascade Recovery Services}} placement {{ID:CRS-882019}} recalled).  -{{NAME:N. Tran}}`,
`Medical Records Request - International
TO: HIM, {{FACILITY:Lakeside Regional Hospital}}, fax {{FAX:+1 414 555 0166}}
FROM: {{FACILITY:Szpital Miejski im. sw. Anny}} w {{LOCATION:Krakowie}}, Oddzial Kardiologii
{{ADDRESS:ul. Lipowa 14}}, {{ZIP:30-702}} {{LOCATION:Krakow}}, Poland   tel. {{PHONE:+48 12 555 01 44}}  fax {{FAX:+48 12 555 01 45}}
Date: {{DATE:2024.09.11}}
Dear colleagues,
Our patient Mr {{NAME:Jerzy Domanski}} (PESEL {{SSN:33011204417}}, born {{DATE:12.01.1933}}) was admitted to our
department on {{DATE:08.09.2024}} with acute decompensated heart failure. He reports a TAVI procedure at your
hospital in {{DATE:March 2022}} (valve Edwards SAPIEN 3, 26 mm; serial {{DEVICE:SN 88120447}} per his implant card) and
follow-up by Dr {{NAME:Krzysztof Lis}}. US MRN as per his card: {{MRN:LRH 2271 8830}}.
Kindly send: TAVI procedure report, last echocardiogram, discharge summary, medication list.
The patient's signed consent (Polish/English) is attached. Patient age {{AGE:91}}. Daughter in the US:
{{NAME:Ewa Domanska-Price}}, {{PHONE:(262) 555-0167}}, {{EMAIL:ewa.dprice@mail.example.com}}.
Contact physician: dr {{NAME:Magdalena Kurek}}, {{EMAIL:m.kurek@su-krakow.example.pl}}
---
HIM log {{ID:ROI-INTL-24-019}}: consent verified, records sent via secure fax {{DATE:9/12/24}}, {{NAME:jdw}}.`,
`MICROBIOLOGY - FINAL REPORT
Accession {{ID:MB24-0612-0447}}    Collected {{DATE:06/12/2024 04:50}}   Source: Blood, peripheral (set 2 of 2)
Patient {{NAME:Zheng, Yuqing}}  MRN {{MRN:BIH-5501928}}  Loc {{FACILITY:Farr 6}}-622  DOB {{DATE:1926-10-01}}  Age {{AGE:97}}
Ordering {{NAME:A. Kaminska}}, MD   Result to: Dr. {{NAME:Luo}}
OBX|1|CE|600-7^BACTERIA IDENTIFIED^LN||ESCHERICHIA COLI (ESBL)||||||F
OBX|2|ST|SUSC^SUSCEPTIBILITY||AMPICILLIN R; CEFTRIAXONE R; CEFEPIME R; PIP-TAZO I; MEROPENEM S (<=0.25); ERTAPENEM S; GENTAMICIN S; TMP-SMX R; NITROFURANTOIN S||||||F
Gram stain: Gram-negative rods, both bottles, time to positivity 11.2 h.
CRITICAL: called to {{NAME:S. Wiggins}} RN, {{FACILITY:Farr 6}}, at 1622 on {{DATE:06/13/2024}}; read back verified.
Contact precautions (ESBL) flag added to chart; infection prevention ({{NAME:Bogna}}) emailed at
{{EMAIL:ip-team@bih.example.org}}.
Prior isolate: urine {{ID:MB24-0420-1190}} ({{DATE:4/20/24}}) ESBL E. coli, same pattern.
Instrument BacT/ALERT VIRTUO, bottle lot 4410-882. Tech {{NAME:RRG}}.`,
`OPERATIVE REPORT - OPHTHALMOLOGY
Patient: {{NAME:Faleolo, Pouono}}     MRN: {{MRN:EYE-0077182}}     DOB: {{DATE:May 19, 1931}}     Age: {{AGE:93}}
Date of surgery: {{DATE:09/24/2024}}     Facility: {{FACILITY:Kalihi Eye Surgery Center}}, OR 2
Surgeon: {{NAME:Grace Oh}}, MD     Assistant: none     Anesthesia: MAC/topical ({{NAME:P. Lindgren}}, CRNA)
Preop dx: Visually significant nuclear cataract, right eye (H25.11). Pseudoexfoliation OD.
Procedure: Phacoemulsification with posterior chamber IOL, right eye (CPT 66984).
Implant: Alcon AcrySof IQ SN60WF, +21.5 D, serial {{DEVICE:12418830 044}}; capsular tension ring serial
{{DEVICE:CTR-20-1183}}.
Biometry (IOLMaster, {{DATE:9/3/24}}): AL 23.41 mm, K1 43.75, K2 44.25. Target -0.25.
Description: Time-out done, pt identified by name, DOB and wristband; interpreter (Samoan) {{NAME:Ioane}},
ID {{ID:SM-108}}. Small pupil - Malyugin ring 6.25. Capsulorhexis 5.0 mm, divide and conquer, CDE 9.8.
Zonular weakness inferiorly - CTR placed. IOL in bag, centered. Wounds hydrated, moxifloxacin intracameral.
EBL none. Complications none.
Post-op: pred/moxi drops, shield at night. POD#1 visit {{DATE:9/25}} 8:00 AM - family (son {{NAME:Sione}},
{{PHONE:808-555-0138}}) to drive; pt's license {{LICENSE:HI 01-228-4417}} surrendered per family.`,
`INTERFACILITY TRANSFER - EMS RUN SHEET
Service: {{FACILITY:Trinity River Mobile Health}}   Run # {{ID:IFT-240330-0071}}   Date {{DATE:03/30/2024}}
From: {{FACILITY:Lake Worth Community Hospital}} ED, bay 4  ->  To: {{FACILITY:Tarrant Heart Hospital}} CCU
Pt: {{NAME:Hamdan, Mariam}}   Age 64   DOB {{DATE:06/30/1959}}   MRN (sending) {{MRN:LWC 0041 8829}}
Dx: NSTEMI, trop 4.2, for cath. Heparin gtt 12 units/kg/hr, NTG 20 mcg/min.
Sending MD: Dr. {{NAME:Ozturk}}; accepting: Dr. {{NAME:Nyambura Wanjiru}}; report to {{NAME:Casey}} RN {{PHONE:817-555-0194}}.
Vitals en route: 1412 BP 134/80 HR 76 SpO2 97% 2L; 1431 BP 128/78 HR 72. Pain 2/10.
Pt's husband {{NAME:Omar Hamdan}} following in own vehicle (plate {{VEHICLE:TX LKD-4418}}), cell {{PHONE:682-555-0195}}.
Pt belongings: phone, glasses, wedding ring - given to husband, signed.
Pump: Alaris 8100 S/N {{DEVICE:12840447}}; returned to sending facility.
Unit 41, crew {{NAME:J. Dominguez}} (P, cert {{LICENSE:TX P-118220}}), {{NAME:A. Whitfield}} (EMT).
Billing: Medicare {{HEALTH_PLAN:8VT2-NA1-PQ33}}, PCS form signed by Dr. {{NAME:Ozturk}} {{DATE:3/30/24 13:55}}.`,
`BEHAVIORAL HEALTH - CORRECTIONAL TELEHEALTH NOTE
Date: {{DATE:01-11-2024}}     Location: pt at {{FACILITY:Casco Bay County Jail}} (booking # {{ID:CCJ-24-00188}}); provider remote
Pt: {{NAME:Ryszard Adamczyk}}   DOB {{DATE:12-01-1996}}   Inmate ID {{ID:A-441827}}   our MRN {{MRN:MMC-3318820}}
Video link: {{URL:https://tele.mainemed-bh.example/room/88120}} (CO connected {{IP:172.16.55.8}})
Provider: {{NAME:Yasmin Abdelnour}}, PMHNP
Officer present: CO {{NAME:Thibodeau}} (badge {{ID:1182}}), per facility policy, at door.
S: "I need my Suboxone." On buprenorphine 16 mg daily from {{FACILITY:Portland Recovery Clinic}} before arrest {{DATE:1/8}}.
Missed 2 days. COWS 11 (moderate). Denies SI/HI. Slept 3 h. Mother {{NAME:Halina}} calls jail daily.
O: restless, yawning, pupils 5 mm, piloerection. Oriented x4. Thought process linear.
A/P: OUD, moderate withdrawal; MOUD continuation - verified via PDMP and clinic ({{PHONE:207-555-0172}}),
last fill {{DATE:12/29/23}}. Order buprenorphine 8 mg SL now + 8 mg in 6 h, then 16 mg daily.
Jail nurse {{NAME:Carla Pelletier}} to dose; fax order {{FAX:207-555-0173}}. Reassess {{DATE:1/12}}.
Release planning: reconnect w/ clinic; 42 CFR Part 2 consent signed {{DATE:01-11-2024}}.`,
`PATIENT ACCESS CENTER - CALL RECORD
Call ID {{ID:PAC-20240827-114502-33}}   Agent {{NAME:Dev Malhotra}} (agent # {{ID:5571}})   {{DATE:08/27/2024 11:45}}
ANI: {{PHONE:602-555-0113}}   Queue: Spanish/Other Lang   IVR path 2-4-1
Caller states she is {{NAME:Aiyana Tsosie-Lopez}}, calling for grandmother {{NAME:Ruth Yazzie Tsosie}}.
Identity: grandmother enrolled in voice verification - voiceprint {{BIOMETRIC:VP-00418827-A}} match score 0.91
when pt came on line (pt speaks Navajo, granddaughter relays). Verified DOB {{DATE:02/02/1929}} and address
{{ADDRESS:HC 61 Box 7720}}, {{LOCATION:Ganado}} AZ {{ZIP:86505}}.
MRN {{MRN:00447 1829}}. Proxy form for granddaughter: not on file - sent link
{{URL:https://forms.desertsky-health.example/proxy?ref=0044718}} to {{EMAIL:aiyana.tl@student.example.edu}}.
Request: reschedule podiatry (diabetic foot, nail care) from {{DATE:9/3}} to after {{DATE:9/9}}; pt is {{AGE:95}}
and her ride (chapter van) runs Tuesdays. Booked {{DATE:Tue 9/10/24 10:20}} with Dr. {{NAME:Castillo}} at
{{FACILITY:Ganado Valley Clinic}}. Mailed reminder letter.
Pt also asked to update Medicaid (AHCCCS {{HEALTH_PLAN:A0099 1827}}) - transferred to eligibility x{{PHONE:7730}}.
Call length 14:12. Wrap code RS-OK.`,
];

export const HELDOUT_REALISTIC_69_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout69-${i + 1}`, n));
