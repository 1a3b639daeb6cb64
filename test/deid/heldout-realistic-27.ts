// A twenty-seventh held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns, cities and
// counties are real places used only as LOCATION). Its flavour is New England academic medical
// centers and a VA healthcare system (Massachusetts, Connecticut, Rhode Island, Vermont, New
// Hampshire, Maine): MIMIC-III-style discharge summaries and ICU notes, some with [** **]
// placeholders typed by what they stand for and some with plain-text surrogates in shifted years;
// i2b2-2006-style ALL CAPS discharge summaries with their pipe-delimited header lines; VA notes
// (C&P exams and DBQs, PACT team and RN care-manager notes, CBOCs, Community Living Centers,
// service-connected ratings, last-4 SSN shapes such as "D8812" and "Tavares 4471"); Irish, Italian,
// Portuguese, Cape Verdean, Vietnamese, Brazilian and French-Canadian names; fishing, mill-town
// and shipyard employers, colleges and schools; wards named after donors ("Feeney 7"); residents'
// and attendings' signatures with pagers; cc: lists; radiology, pathology, cath, echo and
// endoscopy reports; consults, ED, OR, nursing, social work, case management and letters. Case is
// mixed on purpose: Title case, ALL CAPS and lower-case shorthand. Look-alike non-PHI is frequent:
// eponyms (Foley, Apgar, Glasgow, Parkinson's, Murphy's sign, Gleason, Child-Pugh, Wells, Mallory-
// Weiss, Swan-Ganz, Whipple, Maryland CNC), drug names and doses, lab values, scores, device models,
// lot, NDC and CLIA numbers, rooms and beds, CPT/ICD codes, years and weekdays alone, clock times,
// ages of 89 and under, states and countries, service-connected percentages, military units and
// eras, PACT team names and [**State**] / [**Country**] placeholders (left unmarked).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// labels stay outside NAME spans; MIMIC placeholders are annotated over their content only
// (brackets outside), typed by what they stand for ([**Hospital1 18**] FACILITY, [**Location (un)
// 123**] LOCATION, [**Telephone/Fax (1) 12**] PHONE, [**Job Number 123**] and [**MD Number(1) 12**]
// ID, [**Age over 90 **] AGE); a clock time written after a placeholder date stays outside the
// span because the brackets separate them; [**State 12**] and [**Country 12**] placeholders are
// not PHI. In plain text a time attached to a full date is part of it ("01/04/2023 10:29",
// "JAN 04, 2023@10:17"); a weekday written with a date is part of it; a month with a year is a
// DATE, a year alone is not. Ages of 90 and over are AGE, 89 and under are not. Payers and
// federal/state agencies (VBA, CMOP, MassHealth as a payer) are not PHI; member numbers are
// HEALTH_PLAN. Hospitals, their abbreviations (SBMC, NBH), CBOCs, wards named after a person
// ("Feeney 7", the number included), schools, colleges, employers, shelters, pharmacies, DME and
// home-care agencies are FACILITY; rooms and beds are not PHI. Towns, neighbourhoods, counties and
// cities abroad are LOCATION; states and countries are not PHI. VA shapes: a last-initial + last-4
// ("D8812") is one SSN span; in "Tavares 4471" the name is NAME and the four digits SSN; masked
// digits (xxx-xx-) stay outside the SSN span; ICN and MRNs are MRN; C-file, EDIPI, accession,
// case, order, job, interpreter and employee numbers are ID; billing/encounter numbers ACCOUNT;
// NPI, DEA and state licences LICENSE; device and hearing-aid serials DEVICE; plates VEHICLE.
// i2b2 header lines: record number ID, hospital abbreviation FACILITY, MRN, encounter number
// ACCOUNT. Pagers and short extensions are PHONE. Typist initials (TR: jm, JS/ab) are NAME.
// Lot, CLIA, NDC and trial numbers are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9408 / 0.9598; pass-11 engine (789a1c5) 0.9592 / 0.9478; pass-12 final engine (22820de, the same output as
// 978114a) 0.9678 / 0.9515.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 MIMIC discharge summary, placeholders, cardiac surgery
  `Admission Date:  [**{{DATE:2187-6-14}}**]              Discharge Date:   [**{{DATE:2187-6-22}}**]

Date of Birth:  [**{{DATE:2112-3-9}}**]             Sex:   M

Service: CARDIOTHORACIC

Allergies:
Penicillins / Codeine

Attending:[**{{NAME:First Name3 (LF) 1112}}**]
Chief Complaint:
exertional chest pressure

Major Surgical or Invasive Procedure:
[**{{DATE:2187-6-16}}**] CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA)

History of Present Illness:
75M w/ CAD referred from [**{{FACILITY:Hospital 1474}}**] after cath showed 3VD. Lives in [**{{LOCATION:Location (un) 3786}}**] w/ wife, retired pipefitter ([**{{FACILITY:Company 2318}}**] shipyard).

Brief Hospital Course:
Taken to OR [**{{DATE:6-16}}**]. Extubated POD#0, Foley out POD#2, CTs out POD#3. Brief AF POD#2, amio load, now NSR. Transferred to [**{{FACILITY:Hospital Ward Name 121}}**] 2.

Discharge Disposition:
Extended Care
Facility:
[**{{FACILITY:Hospital3 7}}**] - [**{{LOCATION:Location (un) 620}}**]

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 914}}**] 4 wks [**{{PHONE:Telephone/Fax (1) 170}}**]
PCP Dr. [**{{NAME:First Name (STitle) 1075}}**] 1-2 wks

[**{{NAME:First Name11 (Name Pattern1) 3314}}**] [**{{NAME:Last Name (NamePattern4) 1234}}**] MD [**{{ID:MD Number(1) 1115}}**]

Completed by:[**{{DATE:2187-6-22}}**]`,

  // 2 VA C&P hearing loss / tinnitus DBQ
  `HEARING LOSS AND TINNITUS DISABILITY BENEFITS QUESTIONNAIRE
VA {{FACILITY:Coastal New England HCS}} - {{FACILITY:Nemasket CBOC}} Audiology
Name: {{NAME:TAVARES, JOAO P}}   SSN: xxx-xx-{{SSN:4471}}   C-file: {{ID:28 871 442}}
DOB: {{DATE:02/11/1949}}   Exam date: {{DATE:09/03/2021}}
Examiner: {{NAME:Colleen M. Fitzgibbon}}, Au.D., CCC-A (MA lic {{LICENSE:AU-3318}})

Veteran is a 72 y/o Army veteran, Vietnam era (1968-1970, 1st Cav), claims bilat hearing loss and tinnitus. Door gunner, no hearing protection. Post-service 31 yrs at {{FACILITY:Acushnet Narrow Fabrics}} in {{LOCATION:New Bedford}} (loom room), then part-time unloading boats for {{FACILITY:Furtado & Sons Seafood}}. No hunting.
Records reviewed: VBMS e-folder, STRs incl. enlistment audiogram {{DATE:14 June 1967}} (whispered voice 15/15), separation exam {{DATE:Jun 1970}} (no audiogram). Prior VA audiogram {{DATE:3/2016}}; HAs issued, Phonak Audeo P90-R, L s/n {{DEVICE:2104X0881}} / R s/n {{DEVICE:2104X0893}}.

PURE TONE (dB HL)  500 1000 2000 3000 4000
RIGHT               20   25   45   60   70
LEFT                25   30   50   65   75
Maryland CNC: R 88%  L 84%

Dx: bilateral SNHL. Tinnitus recurrent, onset "in Nam".
Opinion: at least as likely as not (50% or greater probability) caused by military noise exposure.
/es/ {{NAME:COLLEEN M FITZGIBBON}}
AUDIOLOGIST
Signed: {{DATE:09/03/2021 15:42}}`,

  // 3 i2b2-style ALL CAPS discharge summary, COPD
  `{{ID:307719842}} | {{FACILITY:SBMC}} | {{MRN:58210447}} | | {{ACCOUNT:2215067}} | {{DATE:11/02/2003 12:00:00 AM}} | COPD EXACERBATION | Signed | DIS | Admission Date: {{DATE:11/02/2003}} Report Status: Signed

Discharge Date: {{DATE:11/07/2003}}
ATTENDING: {{NAME:KEVIN T. DOWD}} M.D.
HISTORY OF PRESENT ILLNESS: MR. {{NAME:SOUSA}} IS A 68 YEAR OLD MAN WITH SEVERE COPD (FEV1 0.9 L, 32% PREDICTED) ON 2 L HOME O2 FROM {{FACILITY:SEACOAST OXYGEN}} WHO PRESENTED TO THE {{FACILITY:SAINT BRENDAN'S}} EMERGENCY DEPARTMENT WITH 3 DAYS OF INCREASED DYSPNEA AND GREEN SPUTUM. LIVES WITH DAUGHTER {{NAME:MARIA}} IN {{LOCATION:FALL RIVER}}. WORKED AT {{FACILITY:QUEQUECHAN DYE WORKS}} X 30 YEARS. 60 PACK-YEARS, QUIT 1999.
HOSPITAL COURSE: SOLU-MEDROL 60 MG IV Q6H, NEBULIZED ALBUTEROL/ATROVENT, AZITHROMYCIN. BIPAP NIGHT ONE. CXR WITHOUT INFILTRATE. BACK TO BASELINE 2 L BY {{DATE:11/05}}.
DISCHARGE MEDICATIONS: PREDNISONE 40 MG X 3 DAYS THEN 20 MG X 3 DAYS; SPIRIVA 18 MCG DAILY; ADVAIR 250/50 ONE PUFF BID; ALBUTEROL MDI PRN.
FOLLOW UP: DR. {{NAME:ANNE-MARIE PELLETIER}} (PULMONARY) {{DATE:11/20/03}}; PCP DR. {{NAME:RAPOSO}} 1-2 WEEKS.
DICTATED BY: {{NAME:LIAM O'HALLORAN}}, M.D.
ATTENDING: {{NAME:KEVIN T. DOWD}}, M.D.
TR: {{NAME:jm}}
DD: {{DATE:11/07/2003}}
TD: {{DATE:11/09/2003 9:14 A}}
CC: {{NAME:ANNE-MARIE PELLETIER}}, M.D. PULMONARY {{FACILITY:SBMC}}`,

  // 4 Radiology CTA chest
  `RADIOLOGY REPORT
{{FACILITY:Narragansett Bay Hospital}} - Department of Radiology
Patient: {{NAME:Nguyen, Thi Lan}}   MRN: {{MRN:NBH-0772315}}   DOB: {{DATE:1961-08-30}}
Acc#: {{ID:CT24-0918832}}   Ordering: {{NAME:Pacheco, Daniel}} MD (pgr {{PHONE:3-4471}})
Exam: CTA CHEST W CONTRAST (PE PROTOCOL)   CPT 71275
Exam date: {{DATE:03/18/2024 02:47}}

CLINICAL HISTORY: 62F, pleuritic CP, HR 118, Wells 6. Flew home from {{LOCATION:Ho Chi Minh City}} last wk.

TECHNIQUE: Axial CTA, 80 mL Omnipaque 350 IV (lot 9Z4417). DLP 412 mGy-cm.
COMPARISON: CT A/P {{DATE:11/02/2022}}, {{FACILITY:Pawtuxet Valley Medical Center}}.

FINDINGS: Filling defects in RLL segmental and subsegmental arteries. RV/LV 0.8. No infarct. Small L effusion. 4 mm RUL nodule (se 4 im 61). Mild emphysema.

IMPRESSION:
1. Acute RLL segmental PE, no right heart strain.
2. 4 mm RUL nodule; Fleischner 2017: no routine f/u if low risk.

Critical result called to Dr. {{NAME:Pacheco}} by Dr. {{NAME:Siobhan Kearney}} at 03:05 on {{DATE:3/18/24}}, read back.
Dictated: {{NAME:S. Kearney}}, MD   Workstation {{IP:10.44.17.203}}
Signed: {{DATE:03/18/2024 03:11}}`,

  // 5 VA PACT RN care manager telephone note
  `LOCAL TITLE: PACT RN CARE MANAGER TELEPHONE NOTE
STANDARD TITLE: PRIMARY CARE NURSING NOTE
DATE OF NOTE: {{DATE:JAN 04, 2023@10:17}}     ENTRY DATE: {{DATE:JAN 04, 2023@10:22:41}}
      AUTHOR: {{NAME:MCGRATH,SHEILA A}}       EXP COSIGNER:
     URGENCY:                            STATUS: COMPLETED

Pt: {{NAME:DOHERTY,FRANCIS X}} ({{SSN:D8812}})   PACT: Red Team 3 - {{FACILITY:Blackstone CBOC}}
Called Veteran re: Home Telehealth BP readings. Spoke w/ Veteran and wife {{NAME:Peggy}} at {{PHONE:(508) 555-0163}} (2 identifiers verified: name + DOB {{DATE:7/22/1944}}).
Reports BP 150s-160s/90s since stopping amlodipine "because of ankle swelling". Denies CP, SOB, HA, vision change. Taking lisinopril 20 mg daily, HCTZ 25 mg daily.
D/w PCP Dr {{NAME:Ramos-Oliveira}} -> ok to increase lisinopril to 40 mg daily, BMP in 1 wk. Lab appt {{DATE:1/11/23}} 0800 at {{FACILITY:Blackstone CBOC}}.
Veteran is 100% SC (PTSD 70%, DM2 20%, tinnitus 10%), no copay. Med mailed via CMOP.
Teach-back done. Will call back {{DATE:1/18}}.

/es/ {{NAME:SHEILA A. MCGRATH}}, RN
RN CARE MANAGER
Signed: {{DATE:01/04/2023 10:29}}`,

  // 6 Surgical pathology, colon
  `SURGICAL PATHOLOGY REPORT          Case: {{ID:S23-14471}}
{{FACILITY:Green Mountain University Medical Center}}, {{ADDRESS:240 Prospect Hill Rd}}, {{LOCATION:Burlington}}, VT {{ZIP:05401}}
Patient: {{NAME:Ouellette, Roger J}}    MRN: {{MRN:GM4410782}}   Age/Sex: 58/M
Collected: {{DATE:05/09/2023}}   Received: {{DATE:05/09/2023 14:20}}   Reported: {{DATE:05/11/2023}}
Submitting MD: {{NAME:Hannah Thibodeau}}, MD (GI)
cc: {{NAME:Gerald Cyr}}, DO, {{FACILITY:Northeast Kingdom Family Practice}}, {{LOCATION:St. Johnsbury}}

CLINICAL: Screening colonoscopy; 18 mm sigmoid polyp at 25 cm, cold snare; flat cecal lesion.
SPECIMENS: A. Cecum polyp. B. Sigmoid polyp.
DIAGNOSIS:
A. CECUM, BIOPSY: Sessile serrated lesion without dysplasia.
B. SIGMOID, POLYPECTOMY: Tubulovillous adenoma with focal high-grade dysplasia; cauterized margin free (< 1 mm). No invasive carcinoma. MMR IHC (MLH1, PMS2, MSH2, MSH6): retained.
GROSS: Received in formalin labeled with name and MRN, A) 3 fragments 0.4 cm, B) 1.9 x 1.2 x 0.8 cm polyp, inked, bisected, all submitted.
Pathologist: {{NAME:Ignatius P. Iacobucci}}, MD   Resident: {{NAME:Priya Raman}}, MD
Electronically signed {{DATE:5/11/2023 16:05}}
CLIA 47D0912345 | Lab {{PHONE:802-555-0147}}`,

  // 7 MIMIC nursing progress note, lower case
  `npn 0700-1900 [**{{DATE:2148-3-16}}**]
neuro: a&ox2 (name, place - thinks he is at [**{{FACILITY:Hospital1 2177}}**]), mae, follows commands. ciwa 8-12, ativan 1mg iv x2.
cv: hr 90s-110s st, no ectopy. bp 130s/70s. k 3.4 repleted w/ 40 meq kcl po.
resp: ls coarse bases, 4l nc sats 94-96%. strong cough.
gi/gu: abd soft, +bs, no bm. foley clear yellow 40-80cc/hr.
id: tmax 100.2, vanco/zosyn day 3, bcx from [**{{DATE:3-14}}**] ngtd.
skin: coccyx stage 1, turning q2h.
social: wife [**{{NAME:Name (NI) 1739}}**] called x2, updated. son [**{{NAME:Known firstname 1740}}**] (hcp) lives in [**State 350**], # [**{{PHONE:Telephone/Fax (1) 1741}}**]. pt worked at [**{{FACILITY:Company 1744}}**] til last yr.
plan: cont ciwa, monitor resp, ? transfer to [**{{FACILITY:Hospital Ward Name 516}}**] in am if stable. cm aware, pcp dr [**{{NAME:Last Name (STitle) 1742}}**] at [**{{FACILITY:Hospital 1743}}**] faxed update.
[**{{NAME:First Name8 (NamePattern2) 1745}}**] [**{{NAME:Last Name (NamePattern1) 1746}}**], RN`,

  // 8 ID consult, Cape Verdean patient
  `INFECTIOUS DISEASE CONSULTATION
{{FACILITY:St. Brendan's Medical Center}} - {{FACILITY:Halloran 11}}, bed 22
Date: {{DATE:August 7, 2022}}
Requesting: Dr. {{NAME:Bridget Coakley}} (Medicine, pgr {{PHONE:27714}})
Patient: {{NAME:Manuel Fortes Semedo}}   MRN {{MRN:3318204}}   DOB {{DATE:4/2/1979}}
Interpreter: Kriolu, in person, {{NAME:Djenifer Pina}} (ID# {{ID:2291}})

Reason: fever + liver lesion
HPI: 43M from {{LOCATION:Praia}}, Cabo Verde, in US since 2009, lives in {{LOCATION:Dorchester}} w/ partner and 3 kids, roofer for {{FACILITY:Bowdoin St Roofing}}. Visited family in {{LOCATION:Mindelo}} {{DATE:May 2022}}. 2 wks fevers, RUQ pain, 4 kg wt loss. CT {{DATE:8/5}}: 6.1 cm multiloculated R hepatic lesion.
Exam: T 38.9, HR 104, BP 118/72. RUQ tender, Murphy's sign neg. No jaundice.
Labs: WBC 17.2, ALP 244, Tbili 1.1, CRP 188. Entamoeba serology pending, BCx x2 NGTD.
A/P: hepatic abscess, pyogenic vs amebic.
- IR drainage (Dr. {{NAME:Amaral}}), send cx, O&P
- ceftriaxone 2 g q24h + metronidazole 500 mg q8h
- if amebic, add paromomycin
- HIV, HBV/HCV screen
Will follow. D/w primary team.
{{NAME:Rachel Lindqvist}}, MD, ID fellow, pager {{PHONE:4-1182}}
Attending: {{NAME:Thomas Mulcahy}}, MD`,

  // 9 MIMIC-style discharge summary, plain-text surrogates
  `Admission Date: {{DATE:2141-10-02}}     Discharge Date: {{DATE:2141-10-09}}
Date of Birth: {{DATE:2073-01-17}}     Sex: F
Service: MEDICINE
Attending: {{NAME:Eileen Brannigan}}, MD

Chief Complaint: dyspnea, leg swelling

History of Present Illness:
68F w/ HFrEF (EF 25%, ICD 2139), AF on apixaban, CKD3, p/w 10 lb wt gain after running out of torsemide. Lives in {{LOCATION:Taunton}} w/ husband {{NAME:Arthur}}; retired lunch lady at {{FACILITY:Weir Village Middle School}}.

Hospital Course:
Admitted to {{FACILITY:Feeney 7}}. Diuresed w/ IV lasix 80 bid, net -6.2 L. Cr 1.6 -> 1.4. ICD interrogated by Medtronic rep (Evera MRI XT DR, s/n {{DEVICE:BWB401877S}}): no shocks, 3 NSVT runs. NYHA III -> II.

Discharge Medications:
1. Torsemide 40 mg PO daily
2. Metoprolol succinate 100 mg daily
3. Sacubitril-valsartan 49-51 mg bid
4. Apixaban 5 mg bid

Discharge Disposition: Home With Service
Facility: {{FACILITY:Greater Taunton VNA}}

Followup Instructions:
Dr. {{NAME:Paulo Medeiros}} (PCP) {{DATE:10/15}} 10:40, {{PHONE:508-555-0119}}
HF clinic, {{FACILITY:Feeney 2}}, Dr. {{NAME:Brannigan}} in 2 wks

{{NAME:Eileen Brannigan}} MD {{ID:31-447}}
Completed by: {{DATE:2141-10-09}}`,

  // 10 VA CBOC primary care note with last-4 shapes
  `VA PRIMARY CARE NOTE -- {{FACILITY:MERRIMACK CBOC}} ({{LOCATION:HAVERHILL}}, MA)
Vet: {{NAME:LOPES}} {{SSN:9021}}     DOB: {{DATE:10/30/1956}}    ICN: {{MRN:1012338847V442190}}
Visit: {{DATE:Tuesday 4/9/2024}}   Provider: {{NAME:Anh T. Vo}}, NP   PACT Blue 2

S: 67 yo USMC veteran (Gulf War, 1990-91), SC 40% (knees, lumbar). f/u DM2, HTN, OSA. Works as custodian at {{FACILITY:Little River Voc Tech}}. Says his CPAP (ResMed AirSense 10, s/n {{DEVICE:23161234872}}) mask leaks. No CP. Occasional ETOH, denies tobacco.
O: BP 138/84, HR 72, BMI 34.1. Feet: monofilament intact, DP 2+. A1c 7.9 (was 8.4 {{DATE:Jan 2024}}).
A/P:
1. DM2 - metformin 1000 bid, add empagliflozin 10 mg. Retinal imaging consult.
2. HTN - cont losartan 100.
3. OSA - RT referral for mask refit, {{FACILITY:Merrimack Valley VAMC}} sleep lab.
4. Burn pit registry info given (PACT Act).
RTC 3 mo. Vet prefers calls to cell {{PHONE:978-555-0131}}, wife {{NAME:Denise}} is alt contact.
Labs ordered, order # {{ID:88311472}}.
/es/ {{NAME:ANH T VO}}, NP
Signed {{DATE:04/09/2024 14:55}}
Receipt acknowledged by: {{NAME:BRENNAN,KATHLEEN}} RN {{DATE:04/10/2024 08:02}}`,

  // 11 ED note, lower-case shorthand, fisherman hand injury
  `{{FACILITY:BUZZARDS BAY REGIONAL ED}} -- provider note
pt: {{NAME:raposo, antonio m}}   mrn {{MRN:00621947}}   arrived {{DATE:11/28/22 0412}} via {{FACILITY:New Bedford EMS}}
cc: L hand crush

hpi: 51 yo m scalloper, deckhand on a boat out of {{LOCATION:Fairhaven}} for {{FACILITY:Pereira Fisheries}}, L hand caught in winch ~2am ~40 mi offshore, steamed in. ? tetanus (thinks 2012). denies LOC. ETOH "couple beers". speaks portuguese (Azores, {{LOCATION:Sao Miguel}}), declined interpreter, nephew {{NAME:Rui}} at bedside.
pmh: htn, gout. meds: hctz, allopurinol. nkda.
exam: L hand - 3 cm lac dorsum 3rd MCP, deformity 4th/5th MC, cap refill <2s, 2pd intact, FDP/FDS intact all digits. tinel neg.
xr L hand: displaced 4th/5th metacarpal neck fx (boxer-type) + 3rd MCP joint violation.
mdm: open fx. cefazolin 2 g iv given 0450, tdap, irrigation 1L ns, splint. d/w hand surgery dr {{NAME:fiorentino}} (on call, cell {{PHONE:774-555-0158}}) -> OR today at {{FACILITY:Clark's Cove Campus}}.
dispo: admit ortho/hand, {{FACILITY:Rotch 4}}.
work: will need note for captain / {{FACILITY:Pereira Fisheries}}, fax {{FAX:508-555-0172}}. workers comp claim # {{ID:WC-22-118904}}.
{{NAME:m. oconnell}} md / {{NAME:j. baptista}} pa-c
{{DATE:11/28/2022 05:31}}`,

  // 12 i2b2-style ALL CAPS discharge summary, CHF
  `{{ID:882140375}} | {{FACILITY:EMH}} | {{MRN:11902843}} | | {{ACCOUNT:9935126}} | {{DATE:2/26/1998 12:00:00 AM}} | CONGESTIVE HEART FAILURE | | DIS | Admission Date: {{DATE:02/26/1998}} Report Status:

Discharge Date: {{DATE:03/04/1998}}
PRINCIPAL DIAGNOSIS: CONGESTIVE HEART FAILURE.
OTHER DIAGNOSES: AORTIC STENOSIS, DIABETES MELLITUS TYPE 2, CHRONIC RENAL INSUFFICIENCY.
HISTORY OF PRESENT ILLNESS: THE PATIENT IS AN ELDERLY {{AGE:91}} YEAR OLD WOMAN WITH KNOWN CRITICAL AORTIC STENOSIS (VALVE AREA 0.6 CM2) WHO LIVES AT {{FACILITY:MOUNT CARMEL REST HOME}} IN {{LOCATION:CRANSTON}} AND WAS SENT IN FOR INCREASING DYSPNEA AND 3+ EDEMA. HER NIECE, {{NAME:ROSE DIMAURO}}, IS HER HEALTH CARE PROXY, PHONE {{PHONE:(401) 555-0177}}.
HOSPITAL COURSE: DIURESED WITH IV LASIX. CARDIOLOGY (DR. {{NAME:VINCENT SANTANGELO}}) FELT SHE WAS NOT A SURGICAL CANDIDATE; FAMILY DECLINED BALLOON VALVULOPLASTY. MADE DNR/DNI {{DATE:03/01}}. CREATININE PEAKED AT 2.3.
CONDITION ON DISCHARGE: STABLE.
DISPOSITION: BACK TO {{FACILITY:MOUNT CARMEL REST HOME}}.
DISCHARGE MEDICATIONS: LASIX 40 MG PO BID, K-DUR 20 MEQ QD, GLYBURIDE 2.5 MG QD, ECASA 81 MG QD.
DICTATED BY: {{NAME:MARGARET E. CONLON}}, M.D. {{ID:MX75}}
ATTENDING: {{NAME:DOMENIC ALFANO}}, M.D. {{ID:BD93}}
{{NAME:CM}}/{{NAME:gk}}
DD: {{DATE:03/04/98}}
TD: {{DATE:03/06/98 10:47 A}}`,

  // 13 Cardiology clinic letter with cc list
  `{{FACILITY:ELM CITY HEART ASSOCIATES}}
{{ADDRESS:1450 Chapel Street, Suite 6B}}
{{LOCATION:New Haven}}, CT {{ZIP:06511}}
Tel {{PHONE:203-555-0124}}  Fax {{FAX:203-555-0125}}

{{DATE:October 12, 2023}}

{{NAME:Lucia Ferrara}}, MD
{{FACILITY:Wooster Square Internal Medicine}}
{{ADDRESS:88 Olive St}}
{{LOCATION:New Haven}}, CT {{ZIP:06510}}

RE: {{NAME:Salvatore Iannuzzi}}   DOB {{DATE:03/19/1952}}   MRN {{MRN:EC-20417733}}

Dear {{NAME:Lucia}},

I saw {{NAME:Sal}} today in follow-up of his paroxysmal AF and HCM. He is back to bocce and to his shifts at {{FACILITY:Sorrento's Bakery}}... he insists on stacking flour bags. No syncope. Holter ({{DATE:9/25-9/27/2023}}): AF burden 4%, longest 3 h, max HR 132.
Echo: septum 1.9 cm, LVOT gradient 22 at rest, 61 with Valsalva. EF 70%.
CHA2DS2-VASc 3. Continue apixaban 5 mg bid and metoprolol succinate 75 mg; discussed mavacamten, he wants to wait until after his trip to {{LOCATION:Amalfi}}.
I will see him in 6 months, sooner if syncope.

With best regards,

{{NAME:Marco Bellandi}}, MD, FACC

cc: {{NAME:Salvatore Iannuzzi}}, {{ADDRESS:37 Wooster Pl, 2nd fl}}, {{LOCATION:New Haven}}, CT {{ZIP:06511}}
    {{NAME:Karen Ostrowski}}, APRN, HCM clinic, {{FACILITY:Orange Street Cardiovascular Center}}
{{NAME:MB}}/{{NAME:tl}}`,

  // 14 Oncology consult, Vietnamese patient
  `HEMATOLOGY/ONCOLOGY NEW PATIENT CONSULT
{{FACILITY:Pawtucket Cancer Center}} @ {{FACILITY:Narragansett Bay Hospital}}
Pt: {{NAME:Pham Van Duc}}   MRN: {{MRN:NBH-0551092}}   DOB: {{DATE:12 Jan 1958}}
Date: {{DATE:Feb 2, 2024}}
Referring: {{NAME:Linh Huynh}}, MD (PCP, {{FACILITY:Broad Street Family Health}})
Interpreter: Vietnamese, daughter {{NAME:Kim Pham}} declined; phone interpreter {{NAME:Thuy}} #{{ID:40712}} used.

HPI: 66M, HBV carrier, emigrated from {{LOCATION:Da Nang}} 1991, worked 25 yrs at {{FACILITY:Blackstone Valley Jewelry Mfg}} (solder fumes), now retired in {{LOCATION:Pawtucket}}. Surveillance US {{DATE:1/10/24}}: 3.8 cm segment VII lesion. MRI {{DATE:1/19}}: LI-RADS 5. AFP 412.
ECOG 0. Child-Pugh A5, MELD 8. No varices on EGD {{DATE:2023-06-14}}.
A: HCC, BCLC stage A, background HBV cirrhosis.
P:
- present at multidisciplinary liver tumor board {{DATE:Thursday 2/8}}
- surgical consult Dr. {{NAME:Quintal}} re resection vs ablation
- continue entecavir 0.5 mg daily
- son {{NAME:Minh}} (cell {{PHONE:401-555-0183}}) to be primary contact per pt
Total time 70 min.
{{NAME:Christine Le-Barrows}}, MD, PhD
Medical Oncology`,

  // 15 MIMIC radiology report, placeholders
  `[**{{DATE:2159-11-30}}**] 2:14 PM
CHEST (PORTABLE AP)                                             Clip # [**{{ID:Clip Number (Radiology) 44812}}**]
Reason: eval ETT placement, ? pneumothorax after R IJ line
Admitting Diagnosis: SEPSIS
______________________________________________________________________________
[**{{FACILITY:Hospital 2}}**] MEDICAL CONDITION:
 81 year old man with urosepsis, intubated
REASON FOR THIS EXAMINATION:
 line/tube placement
______________________________________________________________________________
                                 FINAL REPORT
PORTABLE CHEST, [**{{DATE:2159-11-30}}**] AT 14:05

COMPARISON: [**{{DATE:2159-11-28}}**] from [**{{FACILITY:Hospital1 1474}}**].

FINDINGS: ET tube tip 4.2 cm above the carina. New right IJ catheter terminates in the low SVC. NG tube below the diaphragm, tip out of view. No pneumothorax. Low lung volumes, bibasilar atelectasis, small L effusion. Cardiomediastinal silhouette unchanged.

IMPRESSION: Lines and tubes in satisfactory position. No PTX.

Discussed with Dr. [**{{NAME:Last Name (STitle) 2930}}**] by phone at 14:40.

DR. [**{{NAME:First Name (STitle) 4410}}**] [**{{NAME:Last Name (NamePattern1) 4411}}**]
DR. [**{{NAME:First Name8 (NamePattern2) 912}}**] [**{{NAME:Last Name (NamePattern1) 913}}**]
Approved: TUE [**{{DATE:2159-11-30}}**] 3:02 PM`,

  // 16 VA social work note, homeless veteran
  `LOCAL TITLE: SOCIAL WORK - HUD-VASH INTAKE
DATE OF NOTE: {{DATE:MAR 13, 2023@13:40}}   AUTHOR: {{NAME:DESROSIERS,NICOLE M}}
Veteran: {{NAME:GOMES,ANTHONY J}}  ({{SSN:G0417}})

Veteran is a 58 yo Army vet (Desert Storm, 82nd Abn), NSC, referred by {{FACILITY:Narragansett VAMC}} ED SW after 3rd ED visit this month. Currently staying at {{FACILITY:Harborlight Men's Shelter}}, {{ADDRESS:212 Elmwood Ave}}, {{LOCATION:Providence}}; before that couch-surfing w/ sister {{NAME:Lorraine Gomes-Pina}} in {{LOCATION:East Providence}} until {{DATE:Jan 2023}}. Income: $914 SSI. Former line cook at {{FACILITY:Federal Hill Grille}}.
Hx AUD (sober since {{DATE:10/2022}}, attends AA at {{FACILITY:St. Joseph's Parish Hall}}), hep C treated 2019.
Cell (TracFone): {{PHONE:401-555-0114}}. No email. Mailing address: c/o shelter.
Plan:
1. HUD-VASH voucher application submitted, PHA packet w/ Veteran.
2. ID: RI state ID lost; DD-214 requested from NPRC.
3. SSVF referral to {{FACILITY:Ocean State Veterans Outreach}} for deposit.
4. Next appt {{DATE:3/20/23}} 1000, room B-214.
/es/ {{NAME:NICOLE M. DESROSIERS}}, LICSW
HUD-VASH Case Manager, ext {{PHONE:4410}}`,

  // 17 Psychiatry consult, Brazilian patient
  `PSYCHIATRY CONSULTATION-LIAISON
{{FACILITY:Middlesex Academic Medical Center}}, {{FACILITY:Donnelly 5}} room 512
{{DATE:06/21/2023}}
ID: {{NAME:Fernanda Oliveira Nascimento}}, 34F, MRN {{MRN:M8827166}}, admitted {{DATE:6/19}} for acetaminophen ingestion.
Consult requested by Dr. {{NAME:Patrick Geraghty}} (medicine): capacity, safety.
Interpreter: Portuguese (Brazilian), video, {{NAME:Marcelo}} #{{ID:70331}}.

HPI: From {{LOCATION:Governador Valadares}}, in {{LOCATION:Framingham}} since 2017, cleans houses for {{FACILITY:Sparkle Home Services}}. Took ~20 x 500 mg APAP after fight w/ boyfriend. Peak APAP 188, NAC completed, LFTs normalizing. Now regretful, future-oriented (daughter, 9, at {{FACILITY:Cochituate Brook Elementary}}). No prior attempts. PHQ-9 17. C-SSRS: ideation with intent, no plan now.
MSE: calm, tearful, good eye contact, linear, no AH/VH.
A: MDD single episode, moderate; acute stressor; impulsive ingestion.
P: 1:1 sitter can be d/c'd. Start sertraline 50 mg. Does not need inpatient psych. Referral to {{FACILITY:Centro Vida Nova Counseling}} (Portuguese-speaking), safety plan done, sister {{NAME:Juliana}} ({{PHONE:508-555-0196}}) to stay with her.
{{NAME:Owen T. Rourke}}, MD (PGY-3)  pgr {{PHONE:31907}}
Seen w/ attending {{NAME:Adaeze Okafor}}, MD`,

  // 18 Operative note, lap chole
  `OPERATIVE REPORT
{{FACILITY:Casco Bay Medical Center}}, {{LOCATION:Portland}}, ME
Patient: {{NAME:Gagnon, Jeannine L}}   MRN: {{MRN:CB-1174062}}   Acct: {{ACCOUNT:40088213377}}
Date of operation: {{DATE:07/15/2022}}
Surgeon: {{NAME:Michael J. Dufresne}}, MD   Assistant: {{NAME:Emily Sawyer}}, MD (PGY-4)
Anesthesia: General ETT, {{NAME:R. Theriault}}, CRNA

PREOPERATIVE DIAGNOSIS: Acute calculous cholecystitis.
POSTOPERATIVE DIAGNOSIS: Same, gangrenous.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram (CPT 47563).
INDICATIONS: 63F, RUQ pain x 3 d, positive sonographic Murphy's sign, WBC 15.
FINDINGS: Distended gangrenous GB, critical view of safety obtained. IOC: no filling defects, free flow to duodenum.
DESCRIPTION: Supine, Hasson at umbilicus, 3 x 5 mm ports. Calot's triangle dissected; cystic duct and artery clipped and divided. GB removed in Endocatch bag. Fascia closed 0-Vicryl, skin 4-0 Monocryl.
EBL 30 mL. Specimen: gallbladder to pathology. Counts correct x2. JP drain to GB fossa.
Disposition: PACU, then {{FACILITY:Bramhall 3}}.
Family: husband {{NAME:Roland}} updated in waiting room at 1435.
{{NAME:Michael J. Dufresne}}, MD
D: {{DATE:07/15/2022 14:50}}  T: {{DATE:07/15/2022 16:12}}  Job {{ID:6619043}}`,

  // 19 VA anticoagulation pharmacy note
  `ANTICOAGULATION CLINIC - PHARMACY NOTE (CPP)
{{FACILITY:CONNECTICUT RIVER VAMC}}                      {{DATE:08/29/2023}}
Patient: {{NAME:CARBONNEAU, LEO P}}   last 4: {{SSN:6630}}
Indication: mechanical AVR (On-X, 2015) + AF; goal INR 2.0-3.0
Warfarin weekly dose: 37.5 mg (5 mg daily exc 2.5 mg Mon/Fri)

INR today (POC, CoaguChek XS s/n {{DEVICE:UU12049876}}): 1.7
Prior INRs: {{DATE:8/1}} 2.4, {{DATE:8/15}} 2.2
Missed doses: none. Diet: ate a lot of garden kale/chard last 2 wks. New meds: none; finished Keflex from {{FACILITY:Third Branch Medical Center}} urgent care.
Bleeding/clotting sx: denies.
Plan: boost 7.5 mg x1 tonight then resume 37.5 mg/wk; counseled on consistent vitamin K. Recheck INR {{DATE:9/5/23}} at {{FACILITY:Otter Creek CBOC}}.
Pt's wife {{NAME:Ginette}} manages pillbox; phone {{PHONE:802-555-0138}}.
Spoke with Dr. {{NAME:Wheelock}} (PCP) -- agrees.
/es/ {{NAME:Daniel R. Tobin}}, PharmD, BCACP
Clinical Pharmacist Practitioner
Scope of practice on file; DEA {{LICENSE:FT2218733}}`,

  // 20 Neurology consult, Parkinson's, Maine
  `NEUROLOGY OUTPATIENT CONSULTATION
{{FACILITY:Kennebec Valley Neurology}}, {{ADDRESS:14 Silver St}}, {{LOCATION:Waterville}}, ME {{ZIP:04901}}
Patient: {{NAME:Normand Michaud}}    DOB: {{DATE:5/4/1946}}    Visit: {{DATE:4/17/2024}}
Referred by: Dr. {{NAME:Huard}}, {{FACILITY:Belgrade Lakes Family Health}}

HPI: 77 yo R-handed man, retired from {{FACILITY:Kennebec Pulp & Paper}} (38 yrs, digester operator). Wife {{NAME:Therese}} notes 2 yrs of slowing, soft voice, small handwriting, acting out dreams. L hand resting tremor. No falls.
Exam: MoCA 25/30. Hypomimia, L>R rigidity w/ activation, bradykinesia on finger taps L. Resting tremor L hand 3+. Gait: reduced L arm swing, en bloc turns, pull test 1 step. No Babinski. Romberg neg.
MDS-UPDRS III: 31.
Impression: idiopathic Parkinson's disease, Hoehn & Yahr 2. Not Lewy body dementia at this point; no orthostasis.
Plan: carbidopa-levodopa 25/100, 1/2 tab tid x1 wk, titrate to 1 tab tid. PT/LSVT BIG & LOUD at {{FACILITY:Messalonskee Rehab}}. DaTscan not needed. RTC 3 months.
{{NAME:Yvette Poulin}}, MD
cc: {{NAME:Raymond Huard}}, MD`,

  // 21 MIMIC discharge summary, sepsis, age over 90
  `Admission Date:  [**{{DATE:2102-1-3}}**]     Discharge Date:  [**{{DATE:2102-1-11}}**]

Service: MED

HISTORY OF PRESENT ILLNESS:  This is a [**{{AGE:Age over 90 3785}}**] year old female nursing home resident of [**{{FACILITY:Hospital3 2558}}**] with dementia, CHF and recurrent UTIs who was sent to the [**{{FACILITY:Hospital1 18}}**] Emergency Department with fever to 102.4, hypotension to 78/40 and lethargy. Lactate 4.1. She received 3 L NS, cefepime and vancomycin and was admitted to the [**{{FACILITY:Hospital Unit Name 153}}**].

HOSPITAL COURSE:
1. Urosepsis: urine cx > 100K Proteus mirabilis, pan-sensitive except nitrofurantoin. Levophed briefly overnight [**{{DATE:1-3}}**], off by HD2. Narrowed to ceftriaxone, 7 day course to end [**{{DATE:1-10}}**].
2. Goals of care: family meeting [**{{DATE:1-5}}**] with her daughter [**{{NAME:Name (NI) 802}}**] and son-in-law, confirmed DNR/DNI, no return to ICU.
3. Foley removed [**{{DATE:1-7}}**], voiding.

DISCHARGE MEDICATIONS: Ceftriaxone completed; Aricept 5 mg qhs; Lasix 20 mg qd; Colace.

DISCHARGE DISPOSITION: Back to [**{{FACILITY:Hospital3 2558}}**], [**{{LOCATION:Location (un) 2176}}**].

                          [**{{NAME:First Name11 (Name Pattern1) 1199}}**] [**{{NAME:Last Name (NamePattern4) 1200}}**], M.D.  [**{{ID:MD Number(1) 1201}}**]

Dictated By:[**{{NAME:Last Name (NamePattern1) 5114}}**]
MEDQUIST36
D:  [**{{DATE:2102-1-11}}**]  11:42
T:  [**{{DATE:2102-1-13}}**]  08:15
JOB#:  [**{{ID:Job Number 44179}}**]`,

  // 22 i2b2-style ALL CAPS discharge summary, GI bleed
  `{{ID:645120983}} | {{FACILITY:NBH}} | {{MRN:73319004}} | | {{ACCOUNT:4471902}} | {{DATE:6/14/2000 12:00:00 AM}} | UPPER GI BLEED | Signed | DIS | Admission Date: {{DATE:06/14/2000}} Report Status: Signed

Discharge Date: {{DATE:06/18/2000}}
SERVICE: GENERAL MEDICINE, TEAM C ({{FACILITY:KINSELLA 3 WEST}})
HISTORY OF PRESENT ILLNESS: MR. {{NAME:AMARAL}} IS A 54 YEAR OLD PORTUGUESE-SPEAKING FISHERMAN FROM {{LOCATION:BRISTOL}} WHO HAD COFFEE GROUND EMESIS X 3 AND MELENA AFTER A WEEKEND OF HEAVY DRINKING AND IBUPROFEN FOR BACK PAIN. HCT 24 ON ARRIVAL. BUN 48.
HOSPITAL COURSE: TRANSFUSED 3 UNITS PRBC. EGD BY DR. {{NAME:FURTADO}} ON {{DATE:06/15/2000}} SHOWED A 1.5 CM CLEAN-BASED DUODENAL BULB ULCER AND A SMALL NONBLEEDING MALLORY-WEISS TEAR. H. PYLORI BIOPSY POSITIVE. STARTED ON TRIPLE THERAPY. CIWA PROTOCOL, MAXIMUM SCORE 11. HCT STABLE AT 31 X 48 HOURS.
DISCHARGE MEDICATIONS: PRILOSEC 20 MG BID, AMOXICILLIN 1 G BID AND CLARITHROMYCIN 500 MG BID X 14 DAYS, THIAMINE 100 MG QD, FOLATE 1 MG QD.
FOLLOW UP: {{FACILITY:BRISTOL COUNTY HEALTH CENTER}}, DR. {{NAME:CABRAL}}, {{DATE:JUNE 26}}. CALL {{PHONE:401 555 0106}} FOR APPOINTMENT. REFERRED TO {{FACILITY:THAMES STREET RECOVERY}}.
DICTATED BY: {{NAME:ELIZABETH A. HURLEY}}, M.D. {{ID:LD41}}
ATTENDING: {{NAME:ROBERT W. FLAHERTY}}, M.D. {{ID:FF19}}
{{NAME:EH}}/{{NAME:mdc}}
DD: {{DATE:06/18/00}}
TD: {{DATE:06/20/00 2:01 P}}`,

  // 23 OB postpartum discharge, Portuguese patient
  `POSTPARTUM DISCHARGE SUMMARY
{{FACILITY:Quequechan Women's Pavilion}}, {{FACILITY:Pacheco 6}}
Patient: {{NAME:Ana Cristina Medeiros}}   MRN {{MRN:6029173}}   DOB {{DATE:09/02/1995}}
Admit: {{DATE:02/10/2024 21:18}}   Deliv: {{DATE:02/11/2024 06:42}}   D/C: {{DATE:02/13/2024}}
Insurance: MassHealth Standard, ID {{HEALTH_PLAN:100487726931}}

28 y/o G2P2 at 39w3d, SVD of liveborn female, 3410 g, Apgars 8 and 9. 2nd degree laceration repaired. EBL 350 mL. GBS neg, Rubella immune, Rh pos. Hgb 11.8 -> 10.2.
Postpartum course uncomplicated. Breastfeeding well, lactation (IBCLC {{NAME:Denise Arruda}}) saw x2. EPDS 4. Tdap given in pregnancy {{DATE:12/20/23}}. MMR not needed.
Infant: Baby Girl {{NAME:Medeiros}}, MRN {{MRN:6031844}}, peds Dr. {{NAME:Lily Chau}} at {{FACILITY:Dartmouth Street Pediatrics}}, first visit {{DATE:2/15}}.
Contraception: wants Nexplanon at 6 wk visit.
Discharge meds: ibuprofen 600 q6 prn, acetaminophen 650 q6 prn, PNV, docusate.
Follow-up: {{FACILITY:County Street OB/GYN}}, Dr. {{NAME:Seabra}}, 6 weeks; call {{PHONE:508-555-0150}} w/ fever > 100.4, heavy bleeding, HA or vision change.
Husband {{NAME:Tiago}}, works at {{FACILITY:Acushnet River Ball Works}}, ph {{PHONE:508-555-0151}}.
{{NAME:Katelyn Morrissey}}, CNM
{{DATE:2/13/24 11:20}}`,

  // 24 NICU admission note
  `NICU ADMISSION NOTE - {{FACILITY:Elm City Children's}} Level III NICU, bed pod C-4
{{DATE:Sept 3, 2021}} 0315

Baby Boy "{{NAME:Tran}}" (twin A)   MRN {{MRN:EC-KID-4410921}}
Mother: {{NAME:Tran Thi Hoa}}, 31 y/o G1P0->2, MRN {{MRN:EC-20993014}}
Father: {{NAME:Dang Quoc Bao}}, cell {{PHONE:(203) 555-0187}}

Born {{DATE:09/03/2021 02:51}} at 32w1d by urgent C/S for PPROM + breech/vertex di-di twins. BW 1640 g (40%ile). Apgars 5 (1 min), 8 (5 min). CPAP +6 in DR, FiO2 0.35.
Maternal: BMZ x2 complete ({{DATE:9/1}}, {{DATE:9/2}}), Mg for neuroprotection, GBS unk, ROM 31 hrs, Tmax 37.9, amp/gent given. Serologies neg, HBsAg neg.
Exam: pink on CPAP, mild retractions, no murmur, AF soft, anus patent, testes undescended bilat.
A/P:
- RDS: CPAP +6, surfactant if FiO2 > 0.40. CXR ground glass.
- r/o sepsis: CBC, BCx, amp/gent 48 h.
- FEN: UVC placed, TPN D10, trophic EBM when available.
- Caffeine citrate load.
- Social: parents in {{LOCATION:Meriden}}, dad works at {{FACILITY:Hubbard Street Nail Spa}}, mom's sister {{NAME:Tran Thi Mai}} helping.
{{NAME:Grace Kowalczyk}}, MD (fellow)   x{{PHONE:5-7720}}
Attending: {{NAME:Sunil Batra}}, MD`,

  // 25 VA mental health PTSD note
  `LOCAL TITLE: MH PCT INDIVIDUAL PSYCHOTHERAPY
DATE OF NOTE: {{DATE:NOV 09, 2022@09:00}}   AUTHOR: {{NAME:BARBOSA,CARLA D}}
INSTITUTION: {{FACILITY:COASTAL NEW ENGLAND HCS}}   DIVISION: {{FACILITY:FORT POINT DIV}}

Veteran {{NAME:Kevin Sullivan}} ({{SSN:S2276}}), 39 yo OIF vet (Army, 2004-2008, 101st, two deployments, {{LOCATION:Tal Afar}}), SC PTSD 70%. Session 7 of 12 CPT (Cognitive Processing Therapy).
S: Completed impact statement rewrite. Stuck point "it was my fault {{NAME:Ramirez}} died" (SGT {{NAME:Luis Ramirez}}, KIA {{DATE:4/11/2006}}). Sleep 5 h, nightmares 2x/wk on prazosin 6 mg. Working as a lineman for {{FACILITY:Bay Colony Power Cooperative}}; missed 2 days after the anniversary. Lives w/ fiancee {{NAME:Brianna}} in {{LOCATION:Quincy}}.
PCL-5 today 41 (was 58 at intake {{DATE:8/2022}}). PHQ-9 11.
Safety: denies SI/HI; C-SSRS screen neg; no firearms at home (brother {{NAME:Sean}} holding his rifle). Veterans Crisis Line 988 press 1 reviewed.
MSE: casual, cooperative, euthymic to mildly anxious, linear, insight good.
Plan: continue CPT weekly, next {{DATE:11/16/22}} 0900 VVC. Homework: challenging beliefs worksheets.
/es/ {{NAME:CARLA D. BARBOSA}}, PhD
Staff Psychologist, PCT`,

  // 26 Transthoracic echo report
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Hartford Academic Heart Institute}} Echo Lab   Study ID: {{ID:TTE-2023-118204}}
Name: {{NAME:DeLuca, Rosemarie}}   MRN: {{MRN:HA00837125}}   DOB: {{DATE:06/06/1939}}   Age: 84
Study date: {{DATE:12/01/2023 09:12}}   Location: Outpt, room Echo 3
Referring: {{NAME:Antonio Mancini}}, MD   Sonographer: {{NAME:Jessica Kwan}}, RDCS
Ht 157 cm  Wt 61 kg  BSA 1.61  BP 148/66  HR 68  Rhythm: sinus
Indication: murmur, DOE (I35.0)

MEASUREMENTS
LVEF (biplane)     60%
LVIDd              4.3 cm
IVSd               1.3 cm
AV peak vel        4.3 m/s
AV mean gradient   46 mmHg
AVA (VTI)          0.8 cm2   AVAi 0.50
DVI                0.23
RVSP               38 mmHg

FINDINGS: Trileaflet, severely calcified AV with severely reduced excursion. Mild AI. Mild MAC, mild MR. Normal RV. IVC < 2.1 cm, collapses.
CONCLUSIONS: Severe aortic stenosis (stage D1), normal EF. Increased since {{DATE:11/2021}} (mean 28 mmHg).
Recommend structural heart referral (TAVR eval).
Read by: {{NAME:Paul Giordano}}, MD, FASE
Electronically signed {{DATE:12/01/2023 13:30}}`,

  // 27 Sleep study report
  `POLYSOMNOGRAPHY REPORT - SPLIT NIGHT
{{FACILITY:Seacoast Sleep Disorders Center}}, {{ADDRESS:9 Harbour Pl, Unit 204}}, {{LOCATION:Portsmouth}}, NH {{ZIP:03801}}
Patient: {{NAME:Brian Lavoie}}   DOB: {{DATE:11/23/1971}}   Study #: {{ID:PSG-23-0871}}
Date of study: {{DATE:Mon 10/16/2023}}   Referring: {{NAME:Mary-Kate Sheehan}}, PA-C
Tech: {{NAME:Dustin Pike}}, RPSGT

History: 51M, BMI 38, ESS 16, snoring, witnessed apneas, commercial driver ({{FACILITY:Granite State Freight}}); DOT card expires soon.
Diagnostic portion (2h 48m TST): AHI 54/h, RDI 61, O2 nadir 76%, T90 22%. Supine AHI 88.
CPAP titration: 5-13 cm H2O; 11 cm eliminated events in supine REM, AHI 2.1. Mask: ResMed F20 medium FFM.
Arousal index 41. PLMI 4. ECG: sinus with PACs.
Impression: Severe obstructive sleep apnea (G47.33). Effectively treated with CPAP 11.
Recommendations: APAP 9-15 via {{FACILITY:Northeast Respiratory DME}}; compliance download at 30 d for FMCSA. Avoid driving drowsy.
Device set up {{DATE:10/24/23}}: AirSense 11 AutoSet s/n {{DEVICE:23241889017}}, modem linked to pt email {{EMAIL:blavoie71@seacoastmail.net}}.
Interpreting physician: {{NAME:Henry Sato}}, MD, D-ABSM   NPI {{LICENSE:1902774351}}
{{DATE:10/18/2023}}`,

  // 28 Interfacility transfer note NH -> VT
  `INTERFACILITY TRANSFER NOTE
From: {{FACILITY:Pemigewasset Regional Hospital}} ICU, {{LOCATION:Plymouth}}, NH
To: {{FACILITY:Green Mountain University Medical Center}} MICU ({{FACILITY:Shattuck 4}}), accepting Dr. {{NAME:Nadia Haddad}}
Date/time: {{DATE:01/27/2024 18:05}}   Transport: {{FACILITY:Upper Valley Air Transport}} rotor, tail {{VEHICLE:N417UV}}

Pt: {{NAME:Cyr, Madeleine R.}}   DOB {{DATE:8/16/1960}}   MRN (ours) {{MRN:PRH-283301}}
Summary: 63F, RA on methotrexate, admitted {{DATE:1/25}} w/ CAP -> worsening hypoxemia, now HFNC 60 L/60%, PaO2/FiO2 110, bilat infiltrates. Needs ECMO-capable center / possible bronchoscopy.
Lines: R IJ TLC ({{DATE:1/26}}), L radial A-line, Foley.
Drips: norepi 0.06 mcg/kg/min. Abx: ceftriaxone/azithro -> cefepime/vanc {{DATE:1/26}}.
Micro: Legionella UA neg, resp panel neg, BCx NGTD.
Code: FULL. HCP: husband {{NAME:Gilles Cyr}}, {{PHONE:603-555-0129}}, will drive to {{LOCATION:Burlington}}.
Records: CD with CTs + copies sent; faxed to receiving unit {{FAX:802-555-0166}}.
Sending MD: {{NAME:Aaron Whitcomb}}, DO   call back {{PHONE:603-555-0130}}
RN report given to {{NAME:Tessa}} RN at 1750.`,

  // 29 Home health face-to-face / referral
  `HOME HEALTH REFERRAL & FACE-TO-FACE ENCOUNTER
To: {{FACILITY:Outer Cape Visiting Nurses}}   Fax {{FAX:508-555-0178}}
Patient: {{NAME:Eleanor "Nell" Crowley}}   DOB: {{DATE:03/30/1941}}
Address: {{ADDRESS:12 Quahog Lane}}, {{LOCATION:West Yarmouth}}, MA {{ZIP:02673}}
Phone: {{PHONE:508-555-0179}}   Medicare MBI: {{HEALTH_PLAN:4TK7-NJ2-QX18}}
Supplemental: Medigap Plan G, member {{HEALTH_PLAN:XAM902218754}}
Face-to-face date: {{DATE:07/02/2023}} (inpatient, {{FACILITY:Nauset Bay Hospital}})
Primary dx: S72.002A L femoral neck fx s/p hemiarthroplasty {{DATE:6/28/23}}.

Clinical findings supporting homebound status: requires RW and assist of 1 for all mobility, fatigues after 30 ft, unsafe to leave home w/o assistance. Lives alone, daughter {{NAME:Maureen Crowley-Pires}} ({{PHONE:774-555-0102}}) stays nights for 2 wks.
Services: SN (wound, anticoag teaching - enoxaparin 40 mg daily x 4 wks), PT, OT, HHA 3x/wk.
Posterior hip precautions. WBAT LLE.
Follow-up: ortho Dr. {{NAME:Kavanagh}} {{DATE:7/12}}; PCP Dr. {{NAME:Nickerson}}.
Certifying physician: {{NAME:Stephen Nickerson}}, MD   NPI {{LICENSE:1366029184}}
Signature on file {{DATE:07/03/2023}}`,

  // 30 VA C&P back DBQ
  `BACK (THORACOLUMBAR SPINE) CONDITIONS DISABILITY BENEFITS QUESTIONNAIRE
Contract examiner: {{FACILITY:Veridian Exam Services}} site {{LOCATION:Warwick}}, RI
Veteran: {{NAME:PINA, DELFIM A}}   Claim #: {{ID:C 30 118 472}}   DOB: {{DATE:1/5/1983}}
Date of exam: {{DATE:05/22/2023}}   Examiner: {{NAME:Gregory Sheehy}}, PA-C

History: 40 yo Navy veteran (2001-2009, aviation boatswain's mate on USS Enterprise) claims low back condition. Reports injury lifting chocks on flight deck {{DATE:Aug 2005}}, seen at sick call (STR {{DATE:08/19/2005}}). Now works as warehouse associate at {{FACILITY:Quonset Point Distribution}}; misses ~1 day/mo.
Flare-ups: yes, 2-3x/month lasting 2 days, "can't bend to tie shoes".
ROM (degrees): Flexion 0-60, pain at 45; Extension 0-20; R lat flex 0-25; L lat flex 0-25; R rot 0-30; L rot 0-30. Repetitive use x3: no additional loss.
Guarding not resulting in abnormal gait. Strength 5/5 BLE. Reflexes 2+ symmetric. SLR neg bilat. No radiculopathy. No IVDS incapacitating episodes.
Imaging: MRI L-spine {{DATE:3/14/2023}} ({{FACILITY:Pawtuxet Imaging Associates}}): L4-5 disc bulge, mild facet arthropathy.
Dx: Lumbosacral strain; degenerative arthritis of the spine.
Medical opinion: at least as likely as not incurred in service.
/es/ {{NAME:Gregory Sheehy}}, PA-C   {{DATE:05/22/2023}}`,

  // 31 MIMIC discharge summary, cirrhosis, placeholders
  `Name:  [**{{NAME:Known lastname 4471}}**],[**{{NAME:Known firstname 312}}**]          Unit No:  [**{{MRN:Numeric Identifier 88213}}**]
Admission Date:  [**{{DATE:2133-4-2}}**]     Discharge Date:  [**{{DATE:2133-4-12}}**]
Date of Birth:  [**{{DATE:2079-9-21}}**]     Sex:  M
Service:  LIVER

HPI: 53M EtOH cirrhosis (Child-Pugh C, MELD 27), transferred from [**{{FACILITY:Hospital 1562}}**] in [**{{LOCATION:Location (un) 5131}}**] w/ hepatic encephalopathy and SBP (PMNs 940). Last drink [**{{DATE:2133-2-14}}**]. Lobsterman, fishes out of [**{{LOCATION:Location 1268}}**]; wife [**{{NAME:First Name4 (NamePattern1) 1350}}**] is HCP.

Hospital Course:
# SBP: ceftriaxone -> cipro ppx. Albumin 1.5 g/kg day 1, 1 g/kg day 3.
# HE: lactulose titrated to 3-4 BM, rifaximin 550 bid.
# AKI: Cr 1.1 -> 2.0, improved to 1.3 with albumin; not HRS.
# Transplant: evaluation started, SW met w/ pt, needs 6 mo sobriety per [**{{FACILITY:Hospital1 18}}**] protocol; AA at [**{{LOCATION:Location (un) 2199}}**] VFW.

Discharge Medications: lactulose 30 mL tid, rifaximin 550 bid, cipro 500 daily, furosemide 20, spironolactone 50, thiamine, MVI.

Followup: Dr. [**{{NAME:Last Name (STitle) 497}}**] liver clinic [**{{DATE:4-19}}**] 9:30am, [**{{PHONE:Telephone/Fax (1) 2422}}**]. Labs [**{{DATE:4-15}}**] at [**{{FACILITY:Hospital3 1005}}**].

[**{{NAME:Name6 (MD) 433}}**] [**{{NAME:Name8 (MD) 434}}**], MD [**{{ID:MD Number(2) 435}}**]`,

  // 32 Renal consult, dialysis
  `NEPHROLOGY CONSULT NOTE
{{FACILITY:Mystic Academic Hospital}} - {{FACILITY:Corcoran 9}}
{{DATE:03/07/2022}}  1620
Pt: {{NAME:Joseph Monteiro Barros}}   MRN: {{MRN:55-920-114}}   61M
Req by: Dr. {{NAME:Hughes}} (surgery)

Reason: ESRD on HD, admitted for L BKA wound dehiscence, needs inpt HD.
Outpt HD: {{FACILITY:Fresh Pond Dialysis}} MWF 2nd shift, nephrologist Dr. {{NAME:Agnes Thibault}} ({{PHONE:617-555-0111}}). EDW 84.5 kg. Access: L brachiocephalic AVF (created {{DATE:Oct 2019}}), good thrill/bruit.
Last HD {{DATE:Fri 3/4}}, full run. Today K 5.8, HCO3 19, BUN 71, Cr 9.4, Hgb 8.9, Ca 8.6, Phos 6.9, PTH 612 ({{DATE:2/2022}}).
Exam: 88 kg, 1+ edema, lungs crackles at bases. BP 162/88.
A/P:
1. ESRD - HD today (Tuesday, off schedule) for K and volume: 2K/2.5Ca bath, UF 3 L, heparin-free (post-op). Resume MWF tomorrow.
2. Anemia - Epogen 10,000 u w/ HD, iron sat 19% -> Venofer 100 x5.
3. MBD - sevelamer 1600 tid w/ meals, cinacalcet 30.
4. Transplant: listed at {{FACILITY:Back Bay Transplant Institute}} since 2021, inactive (status 7) while wound open. Notify coordinator {{NAME:Trish Galvin}}, RN, {{EMAIL:tgalvin@bbti-transplant.org}}.
{{NAME:Sandeep Rao}}, MD, renal fellow   pgr {{PHONE:22561}}`,

  // 33 Patient discharge instructions / AVS
  `AFTER VISIT SUMMARY - {{FACILITY:Merrimack Valley General Hospital}}
{{NAME:Robert "Bobby" Fitzgerald}}    DOB {{DATE:1/14/1967}}    MRN {{MRN:MVG2028831}}
You were in the hospital from {{DATE:Saturday, March 2, 2024}} to {{DATE:Monday, March 4, 2024}}.
Reason: chest pain. Your heart tests (troponin x3, stress echo) were normal.

YOUR FOLLOW-UP APPOINTMENTS
- {{DATE:Mar 11, 2024}} 2:15 PM  Dr. {{NAME:Kerry Ann Blodgett}} (Primary Care), {{FACILITY:Tewksbury Family Medicine}}, {{ADDRESS:1601 Main St}}, {{LOCATION:Tewksbury}} {{ZIP:01876}}. {{PHONE:978-555-0143}}
- {{DATE:Mar 20, 2024}} 9:00 AM  GI clinic, {{FACILITY:MVGH}} Medical Office Bldg 2, 3rd floor. Dr. {{NAME:Vu}}. {{PHONE:978-555-0144}}

MEDICATIONS - START: pantoprazole 40 mg once daily before breakfast. STOP: naproxen (Aleve).
Your pharmacy: {{FACILITY:Gervais Pharmacy}}, {{LOCATION:Dracut}} {{PHONE:978-555-0145}}

Call 911 for chest pain lasting more than 5 minutes.
View your results at {{URL:https://mychart.mvgh-portal.org}} - activation code {{ID:K7Q2M-9XW4D-HF3RT}} (expires {{DATE:04/03/2024}}).
Questions? Nurse line {{PHONE:978-555-0146}}.
Discharging nurse: {{NAME:Ashley Brisson}}, RN   Printed {{DATE:3/4/2024 15:27}}`,

  // 34 Prostate biopsy pathology
  `PROSTATE NEEDLE BIOPSY -- FINAL REPORT
{{FACILITY:Ocean State Uropathology Lab}}            Accession: {{ID:UP24-03318}}
Patient: {{NAME:MARCHETTI, DOMINIC A}}   DOB: {{DATE:04/04/1955}}   Sex: M
Client: {{FACILITY:Narragansett Urology Group}}, Dr. {{NAME:Kathleen Walsh-Ahern}}   Acct {{ACCOUNT:NUG-771034}}
Collected: {{DATE:01/16/2024}}   Received: {{DATE:01/17/2024}}   Reported: {{DATE:01/19/2024}}
Clinical: PSA 9.4, PI-RADS 4 L posterior PZ lesion (MRI {{DATE:12/2023}}). Fusion bx.

DIAGNOSIS
A. L base: Benign prostatic tissue.
B. L mid: Adenocarcinoma, Gleason 3+4=7 (Grade Group 2), 2/2 cores, 40% and 15%; pattern 4 ~20%.
C. L apex: Adenocarcinoma, Gleason 3+3=6 (GG1), 1/2 cores, 5%.
D. R base/mid/apex: Benign. HGPIN focal (D2).
E. MRI target ROI 1: Adenocarcinoma, Gleason 4+3=7 (GG3), 3/3 cores, up to 70%. Cribriform present. PNI present.
Immunostains on block E2 (p63/AMACR) support dx; controls appropriate.
Comment: findings discussed w/ Dr. {{NAME:Walsh-Ahern}} by phone {{DATE:1/19/24}}.
Pathologist: {{NAME:Giovanni Capobianco}}, MD
Report sent via fax to {{FAX:401-555-0149}}
CLIA 41D2047781`,

  // 35 MRI brain report
  `MRI BRAIN WITH AND WITHOUT CONTRAST
{{FACILITY:GMUMC}} Radiology   Exam date: {{DATE:2022-09-14 19:40}}
Patient: {{NAME:Hebert, Jacqueline}}  MRN {{MRN:GM3302187}}  Acc {{ID:MR22-447190}}
Ordering: {{NAME:Owen Callaghan}}, MD (ED)   Pager {{PHONE:802-555-0193}}
Indication: 44F, new L face/arm numbness x2 days, hx optic neuritis R eye 2019.
Comparison: None available; outside MRI {{DATE:May 2019}} at {{FACILITY:West River Valley Hospital}} reportedly normal, not available for review.
Technique: Multiplanar multisequence MRI incl. FLAIR, DWI, SWI, post-gadolinium T1 (Gadavist 6 mL).
Findings: Multiple ovoid periventricular and juxtacortical T2/FLAIR hyperintensities perpendicular to the lateral ventricles (Dawson fingers), largest 9 mm R centrum semiovale. One lesion R middle cerebellar peduncle. Two enhancing lesions (R corona radiata, L frontal juxtacortical), incomplete ring. No restricted diffusion. Central vein sign present in most lesions. No mass effect.
Impression: Findings meet McDonald 2017 criteria for dissemination in space and time; highly c/w multiple sclerosis. Recommend MRI C/T spine and neurology consult.
Results d/w Dr. {{NAME:Callaghan}} at 2035.
{{NAME:Rebecca Stohlman}}, MD, Neuroradiology   {{DATE:09/14/2022 20:41}}`,

  // 36 Occupational health, mill injury
  `EMPLOYEE HEALTH / OCCUPATIONAL MEDICINE - INITIAL INJURY VISIT
{{FACILITY:Nashua River Occupational Health}}   {{DATE:10/03/2023}}
Employee: {{NAME:Phuong Tran Nguyen}}   DOB {{DATE:7/9/1988}}   Emp ID {{ID:E-004417}}
Employer: {{FACILITY:Souhegan Valley Paperboard}}, {{LOCATION:Milford}}, NH   Supervisor: {{NAME:Dave Plourde}}, {{PHONE:603-555-0171}}
Carrier: workers comp, claim {{ID:NH-WC-2310-55871}}; adjuster {{NAME:Lisa Berard}}

HPI: 35F machine tender, 2nd shift. {{DATE:10/2/23}} ~2100 R forearm caught between rollers on #4 winder, pulled free by coworker {{NAME:Hector Rosado}}. Lockout/tagout reportedly bypassed. Seen at {{FACILITY:Monadnock Urgent Care}} that night: XR neg for fx.
Exam: R volar forearm 8 x 4 cm abrasion + ecchymosis, compartments soft, pain with passive finger extension 2/10 only, radial pulse 2+, sensation intact median/ulnar/radial. Grip R 14 kg vs L 29 kg.
Dx: R forearm crush/contusion (S57.81XA), abrasion.
Plan: wound care, ibuprofen, ice. Return to work modified duty: no use of R arm above light (< 5 lb), no winder, 8 h shifts, until re-eval {{DATE:10/10/23}}.
Work status form faxed to HR {{FAX:603-555-0172}}. OSHA 300 log recordable.
{{NAME:Jill Ayotte}}, MD, MPH
Occupational Medicine`,

  // 37 VA Community Living Center admission note
  `LOCAL TITLE: CLC ADMISSION H&P
DATE OF NOTE: {{DATE:FEB 20, 2024@15:05}}   AUTHOR: {{NAME:LEBLANC,ROGER T}}   MD
INSTITUTION: {{FACILITY:SEBASTICOOK VAMC}}   LOCATION: {{FACILITY:CLC BLDG 200 - BARRETT UNIT}}

{{NAME:THERIAULT,ALPHONSE J}} ({{SSN:T7319}}) is a {{AGE:93}} yo Korean War Army veteran (1951-53), SC 30% (frostbite residuals, feet), admitted for short stay rehab after L hip ORIF at {{FACILITY:Kennebec Medical Center}} {{DATE:2/12/24}}.
PMH: HFpEF, CKD3b, BPH w/ chronic Foley (since {{DATE:11/2023}}), macular degeneration, hearing loss (HAs), mild NCD (SLUMS 21/30).
Social: widower, lived alone in {{LOCATION:Madawaska}} in house he built; French is first language. Daughter {{NAME:Claudette Pelletier}} (POA, {{PHONE:207-555-0181}}) lives in {{LOCATION:Augusta}}. Retired potato farmer, later worked at {{FACILITY:St. John Valley Starch Co}}.
Exam: 58 kg, alert, HOH, hip incision C/D/I, staples in. L heel stage 2 pressure injury 1.5 x 1 cm.
Plan:
- PT/OT daily, WBAT, goal return home w/ HBPC
- enoxaparin 30 mg daily til {{DATE:3/11}}
- heel offloading boots, WOC RN consult
- Code: DNR/DNI per MOLST signed {{DATE:2/19/24}}
/es/ {{NAME:ROGER T. LEBLANC}}, MD
CLC Physician`,

  // 38 i2b2-style ALL CAPS discharge summary, stroke
  `{{ID:920774163}} | {{FACILITY:ECMC}} | {{MRN:20558711}} | | {{ACCOUNT:7730558}} | {{DATE:9/21/2001 12:00:00 AM}} | CVA | Signed | DIS | Admission Date: {{DATE:09/21/2001}} Report Status: Signed

Discharge Date: {{DATE:09/27/2001}}
ATTENDING: {{NAME:PETER J. COSTELLO}}, M.D.
SERVICE: NEUROLOGY, {{FACILITY:WHITTAKER 8}}
HISTORY OF PRESENT ILLNESS: THIS IS A 77 YEAR OLD RIGHT-HANDED ITALIAN-SPEAKING WOMAN FROM {{LOCATION:WEST HAVEN}} WITH ATRIAL FIBRILLATION NOT ON COUMADIN (PRIOR FALLS) WHO WAS FOUND BY HER SON {{NAME:CARMINE}} AT 7:00 A.M. WITH RIGHT HEMIPLEGIA AND GLOBAL APHASIA, LAST SEEN WELL THE PRIOR EVENING. NOT A TPA CANDIDATE.
HOSPITAL COURSE: CT ON ADMISSION SHOWED EARLY LEFT MCA TERRITORY HYPODENSITY. MRI {{DATE:09/22/01}} CONFIRMED LARGE LEFT MCA INFARCT. ECHO: LA 5.2 CM, NO THROMBUS, EF 55%. SWALLOW EVALUATION FAILED; PEG PLACED BY DR. {{NAME:ROSSI}} {{DATE:09/25/01}}. FAMILY MEETING WITH SON AND DAUGHTER {{NAME:ANGELA TESTA}}: AGREED TO REHAB TRIAL, DNR.
NIH STROKE SCALE ON DISCHARGE 18.
DISCHARGE MEDICATIONS: ASPIRIN 325 MG PER PEG, HEPARIN 5000 UNITS SC BID, DIGOXIN 0.125 MG QD, PEPCID 20 MG BID.
DISPOSITION: {{FACILITY:HAMDEN REHABILITATION AND NURSING}}.
DICTATED BY: {{NAME:JULIE A. KOENIG}}, M.D. {{ID:FT77}}
ATTENDING: {{NAME:PETER J. COSTELLO}}, M.D. {{ID:HU20}}
{{NAME:JK}}/{{NAME:rbs}}
DD: {{DATE:09/27/01}}
TD: {{DATE:09/28/01 1:12 P}}
CC: DR. {{NAME:NICHOLAS AMENTA}}, {{LOCATION:WEST HAVEN}}`,

  // 39 Ortho fracture clinic note
  `{{FACILITY:Fore River Orthopaedics}} - Fracture Clinic
{{DATE:11/14/23}}
Pt: {{NAME:Maria da Luz Andrade}}  MRN {{MRN:FRO-118872}}  DOB {{DATE:2/27/1949}}
Ref: {{FACILITY:Quincy Academic Medical Center}} ED

S: 74F s/p mechanical fall on ice outside {{FACILITY:Sacred Heart Church}} {{DATE:11/6}}, R distal radius fx, closed reduction in ED. Pain 3/10, Tylenol only. Cape Verdean Creole speaking, granddaughter {{NAME:Keyla}} interpreting (pt preference, declined staff interpreter).
O: sugar-tong splint intact, cap refill < 2 sec, median n. sensation intact, no Tinel at carpal tunnel. XR today: dorsal tilt 8 deg (was 25), radial height 10 mm, ulnar variance +1. Acceptable alignment.
DEXA: T-score -2.8 hip (2021? per pt, not in our records).
A/P: R distal radius fx, maintained reduction, osteoporotic.
- convert to short arm cast today, 4 wks
- repeat XR {{DATE:11/28}}
- fracture liaison service referral, start alendronate 70 mg weekly after dental check
- hand therapy at {{FACILITY:Wollaston Hand Therapy}} after cast off
- home safety: granddaughter to put salt/sand on steps, {{ADDRESS:44 Newbury Ave unit 2}}
{{NAME:Connor Gately}}, PA-C / {{NAME:Sheila Mahoney}}, MD`,

  // 40 MIMIC ICU physician progress note
  `MICU Resident Progress Note, HD #4
[**{{DATE:2166-7-22}}**] 07:30
24 Hour Events:
- extubated [**{{DATE:7-21}}**] 14:00 -> 4L NC
- rec'd 2u PRBC for Hct 21
- family meeting w/ daughter [**{{NAME:Name (NI) 9911}}**] and Dr. [**{{NAME:Last Name (STitle) 9912}}**] (palliative)
Allergies: Sulfa (Sulfonamide Antibiotics) - Rash
Last dose of Antibiotics: Meropenem - [**{{DATE:2166-7-22}}**] 06:00
Infusions: none. Other ICU meds: Pantoprazole, Heparin SQ
Flowsheet: Tmax 37.8, HR 88 (76-104) AF, BP 112/58, RR 22, SpO2 95%. I/O -1.1 L.
Physical Examination: frail, NAD, crackles R base, irregularly irregular, abd soft, trace edema.
Labs: WBC 11.2, Hct 27.9, Plt 148, Cr 1.3, lactate 1.4.
Micro: sputum [**{{DATE:7-19}}**] GNR - Pseudomonas, pan-S.
Assessment and Plan: 82F with Pseudomonas HAP, resp failure s/p extubation, AF w/ RVR resolved.
- meropenem -> cefepime, 7 d total
- diltiazem 30 qid, restart apixaban
- PT, speech & swallow eval
- call out to [**{{FACILITY:Hospital Ward Name 77}}**] if stable today
ICU Care: Nutrition: NPO pending S&S. Glycemic control: RISS. Lines: R IJ [**{{DATE:2166-7-18}}**] 10:02 PM. Code status: DNR (ok to intubate). Disposition: call out.
[**{{NAME:First Name8 (NamePattern2) 9913}}**] [**{{NAME:Last Name (NamePattern1) 9914}}**], MD`,

  // 41 Addiction consult
  `ADDICTION CONSULT SERVICE (ACS) - initial
{{DATE:5/30/2023}}   {{FACILITY:Gloucester Harbor Hospital}}, 3 North rm 318
pt {{NAME:Michael "Mikey" Sarkis}}, 36M, MRN {{MRN:GH-449810}}
consult from hospitalist Dr {{NAME:Abernathy}} re: OUD, pt asking for help

hx: started percocet after back injury hauling nets on a dragger for {{FACILITY:Cape Ann Groundfish Co}} 2011, then heroin, now fentanyl ~1 g/day IV. used last {{DATE:5/29}} ~0600 per pt. prior txt: detox at {{FACILITY:Annisquam Detox}}? (pt unsure), suboxone from Dr. {{NAME:Kaur}} in {{LOCATION:Beverly}} 2019-2020, stopped when he went back out fishing. 2 ODs, narcan x2. HCV Ab+ (VL pending). no ETOH. lives w/ mother {{NAME:Donna Sarkis}} on {{ADDRESS:Prospect St}}, {{LOCATION:Gloucester}}.
cows 14 at 1300.
a/p: severe OUD, in early w/d.
- low-dose buprenorphine induction not needed: COWS 14 -> bup 4 mg SL, repeat 4 mg x2 prn, target 16-24 mg
- narcan kit + fentanyl test strips at d/c
- bridge rx to {{FACILITY:North Shore Bridge Clinic}}, appt {{DATE:6/2}} 10a
- HCV tx referral, HIV neg {{DATE:5/29}}
- recovery coach {{NAME:Tony Mello}} ({{PHONE:978-555-0108}}) to meet pt today
{{NAME:Ilana Brody}}, NP (ACS)  pgr {{PHONE:6-6204}}`,

  // 42 VA VVC telehealth note
  `LOCAL TITLE: PRIMARY CARE VVC VIDEO VISIT
DATE OF NOTE: {{DATE:JUN 12, 2023@13:30}}   AUTHOR: {{NAME:HUYNH,DAVID Q}}, MD
Veteran: {{NAME:SANTOS,ROBERTO}}  {{SSN:S4412}}   Location of Veteran: home, {{LOCATION:Lowell}}, MA
Location of provider: {{FACILITY:CNE HCS}} telework. Consent for video visit verbal, on file.
Veteran joined via VA Video Connect from his phone ({{PHONE:978-555-0186}}); connection dropped once, reconnected via link {{URL:https://vvc.example-va.net/join/7731924}}.

CC: f/u HTN and CKD, home BP cuff.
Uses VA-issued Omron BP7350 (serial {{DEVICE:20190704512LG}}): 7-day avg 128/78. No orthostatic sx.
Labs {{DATE:6/5/23}} at {{FACILITY:Pawtucket Falls CBOC}}: Cr 1.6 (eGFR 48), K 4.9, UACR 210.
Meds: lisinopril 20, amlodipine 10, atorvastatin 40. Adding empagliflozin 10 for CKD w/ albuminuria.
Social: retired from {{FACILITY:Merrimack Canal Textile}} (maintenance), active at Cambodian-American veterans group; daughter {{NAME:Sophea}} helps w/ meds.
PACT Act toxic exposure screening: reports Agent Orange exposure ({{LOCATION:Bien Hoa}} 1969-70). Registry exam referral placed.
Plan: BMP 2 wks, RTC VVC 3 mo. Veteran agreed.
/es/ {{NAME:DAVID Q HUYNH}}, MD
Signed: {{DATE:06/12/2023 14:02}}`,

  // 43 Breast pathology
  `SURGICAL PATHOLOGY - FINAL
{{FACILITY:Mystic Academic Hospital}} Department of Pathology      Path #: {{ID:MS-23-0044719}}
Name: {{NAME:Kearns, Margaret Anne}}   MRN: {{MRN:55-731-008}}   DOB {{DATE:10/10/1963}}
Procedure date: {{DATE:8/21/2023}}   Surgeon: {{NAME:Jennifer Doyle-Rao}}, MD
Copy to: {{NAME:Hiroshi Tanaka}}, MD (Med Onc); {{NAME:Bernadette Quinlan}}, MD (Rad Onc)

SPECIMEN: A. Left breast, lumpectomy (short stitch superior, long lateral). B. Left sentinel LN #1. C. Left sentinel LN #2.
FINAL DIAGNOSIS:
A. Invasive ductal carcinoma, Nottingham grade 2 (3+2+1), 1.6 cm. DCIS, intermediate grade, 10%. LVI not identified. Margins negative; closest posterior 3 mm.
B. One lymph node, negative (0/1), keratin negative.
C. One lymph node with micrometastasis, 0.9 mm (1/1).
pT1c pN1mi(sn). ER 95% strong, PR 60%, HER2 1+ (negative). Ki-67 18%.
Oncotype requested by Dr. {{NAME:Tanaka}} {{DATE:8/25}}; block A4 sent (requisition {{ID:ODX-7718302}}).
Frozen section (B, C) by Dr. {{NAME:Ferreira}}: negative / atypical cells, defer.
Pathologist: {{NAME:Luisa Ferreira}}, MD   Fellow: {{NAME:Ahmed Saleh}}, MD
Signed out {{DATE:08/24/2023 17:22}}`,

  // 44 Cardiac cath report
  `CARDIAC CATHETERIZATION LABORATORY REPORT
{{FACILITY:SBMC}} Cath Lab 2    Procedure date: {{DATE:04/02/2024}}   Case # {{ID:CL24-1187}}
Patient: {{NAME:O'Sullivan, Declan P}}   MRN {{MRN:3320719}}   DOB {{DATE:1/31/1957}}
Operator: {{NAME:Fiona Raftery}}, MD   Fellow: {{NAME:Jorge Benitez}}, MD
Indication: NSTEMI, trop peak 2.1, TIMI risk 4.
Access: R radial 6 Fr, Barbeau B. Heparin 5000 u, verapamil 2.5 mg IA.
Hemodynamics: Ao 138/76, LVEDP 22.
Coronaries: Right dominant.
LM: normal. LAD: 40% mid. LCx: 95% OM1 culprit, TIMI 2 flow. RCA: 30% prox.
Intervention: OM1 -- 2.5 x 12 NC balloon, DES Synergy XD 2.75 x 20 (lot 0029481022) deployed 14 atm, post-dil 3.0 NC 16 atm. 0% residual, TIMI 3. IVUS not used.
Contrast: Visipaque 110 mL. Fluoro 9.2 min, AK 640 mGy.
TR band applied 1415, 12 mL.
Complications: none.
Plan: ASA 81 + ticagrelor 90 bid x 12 mo, atorvastatin 80, echo, cardiac rehab at {{FACILITY:Montello Cardiac Rehab}}.
Family: wife {{NAME:Noreen}} updated by phone {{PHONE:781-555-0190}}.
{{NAME:Fiona Raftery}}, MD, FSCAI   {{DATE:04/02/2024 15:03}}`,

  // 45 Pediatric asthma discharge
  `PEDIATRIC DISCHARGE SUMMARY - {{FACILITY:Narragansett Bay Children's Hospital}}, {{FACILITY:Leonetti 5}}
Patient: {{NAME:Isabella Rocha}}   Age 7   MRN {{MRN:NBC-2093316}}
Admit {{DATE:10/19/2022}} / Discharge {{DATE:10/21/2022}}
PCP: Dr. {{NAME:Amy Tavares-Kim}}, {{FACILITY:Fox Point Pediatrics}}, {{PHONE:401-555-0121}}
Dx: Status asthmaticus, viral trigger (rhino/entero +).
Course: continuous albuterol x 8 h, Mg 50 mg/kg x1, dex 0.6 mg/kg x2. PICU not needed. Weaned to q4 by HD2. CXR: peribronchial thickening, no PNA.
Home: mom {{NAME:Priscila Rocha}}, dad {{NAME:Wellington Rocha}}; Portuguese-speaking, interpreter {{NAME:Glaucia}} #{{ID:1183}} used for teaching. Lives in {{LOCATION:Central Falls}}; apartment has mold + mice - referral to {{FACILITY:Blackstone Healthy Housing Collaborative}} for inspection.
School: 2nd grade, {{FACILITY:Dexter Street Elementary}}; asthma action plan + med authorization faxed to school nurse Mrs. {{NAME:Dube}} -> {{FAX:401-555-0122}}.
Meds: Flovent HFA 110 mcg 2 puffs bid w/ spacer, albuterol HFA 4 puffs q4h x2 days then prn.
F/u PCP in 2-3 days.
{{NAME:Tomas Lindgren}}, MD (PGY-2) / {{NAME:Carolyn Shea}}, MD attending`,

  // 46 Dermatology clinic note, Maine lobsterman
  `DERMATOLOGY CLINIC NOTE
{{FACILITY:Penobscot Bay Dermatology}}, {{ADDRESS:301 Main St, Ste 2}}, {{LOCATION:Rockland}}, ME {{ZIP:04841}}
Pt: {{NAME:Eldon Ames}}   DOB {{DATE:08/08/1950}}   Visit {{DATE:6/6/2023}}
PCP: {{NAME:Harriet Coombs}}, NP ({{FACILITY:Vinalhaven Island Clinic}})

CC: "sore on my ear that won't heal" x4 mo.
HPI: 72 yo lobsterman, still hauls 400 traps out of {{LOCATION:Tenants Harbor}} on his own boat, decades of sun, no hat "most days". Prior BCC L cheek (Mohs {{DATE:Mar 2018}}, Dr. {{NAME:Pendleton}}). Not on immunosuppression.
Exam: Fitzpatrick II. R helix 1.2 cm hyperkeratotic ulcerated nodule. Scattered AKs scalp/dorsal hands (>20). L preauricular 4 mm pearly papule. No palpable cervical or parotid LAD.
Procedures: shave bx R helix (A) and L preauricular (B); LN2 cryo to 14 AKs. Consent signed. Hemostasis w/ AlCl.
Assessment: r/o SCC R helix; r/o BCC L preauricular; AKs.
Plan: path to {{FACILITY:Downeast Dermpath}}, results by phone to pt's wife {{NAME:Phyllis}} ({{PHONE:207-555-0115}}, landline only; pt has no cell on the island). If SCC, Mohs referral to Dr. {{NAME:Okonkwo}} in {{LOCATION:Portland}}. Fluorouracil 5% cream to scalp in Nov? pt prefers winter (off season).
Sun protection counseling: broad-brim hat, SPF 50.
{{NAME:Caroline Whitaker}}, MD`,

  // 47 VA community care consult
  `COMMUNITY CARE CONSULT - OFFICE OF COMMUNITY CARE
Consult #: {{ID:662119043}}   Date: {{DATE:09/18/2023}}
Veteran: {{NAME:FORTIN, RAYMOND L}}   SSN: ***-**-{{SSN:2094}}   DOB: {{DATE:12/02/1961}}
Home: {{ADDRESS:77 Rte 11, Lot 14}}, {{LOCATION:Sanford}}, ME {{ZIP:04073}}   Ph {{PHONE:207-555-0134}}
Referring VA provider: {{NAME:Meghan O'Toole}}, MD ({{FACILITY:Mousam River CBOC}})
Eligibility: drive time > 60 min (MISSION Act), SEOC: Gastroenterology - Colonoscopy, authorization {{ID:VA0028814755}}
Community provider: {{FACILITY:York County Digestive Associates}}, Dr. {{NAME:Priya Menon}}, NPI {{LICENSE:1730451188}}
  Fax {{FAX:207-555-0135}}   Phone {{PHONE:207-555-0136}}

Reason: FIT positive {{DATE:8/30/23}}; last colonoscopy 2013? (outside, normal per pt).
Pertinent: on clopidogrel (CABG 2019) - ok to hold 5 d per cardiology Dr. {{NAME:Zhou}}. OSA on CPAP. BMI 41: please consider hospital-based endoscopy.
Scheduling: Veteran prefers mornings; wife {{NAME:Lorraine}} drives.
Records sent via HSRM. Please return results to VA within 30 days: fax {{FAX:207-555-0137}}.
Entered by: {{NAME:Tracy Bouchard}}, MSA ext {{PHONE:3318}}`,

  // 48 Palliative care consult
  `PALLIATIVE CARE CONSULTATION
{{FACILITY:Green Mountain University Medical Center}} - {{FACILITY:Lavigne 6}}    {{DATE:12/11/2022}}
Patient: {{NAME:Walter Giguere}}, 86M   MRN {{MRN:GM0917726}}
Requested by: Dr. {{NAME:Lindsay Park}} (hospitalist) -- goals of care
Present: pt, wife {{NAME:Muriel}}, son {{NAME:Paul Giguere}} (via phone from {{LOCATION:Montpelier}}), RN {{NAME:Abby}}, chaplain Fr. {{NAME:Dennis Quigley}}

Hx: metastatic pancreatic adenoca (liver, peritoneum) dx {{DATE:Aug 2022}}, 2 cycles gem/abraxane, stopped for fatigue. Admitted {{DATE:12/9}} w/ malignant SBO, NGT to LIWS.
Symptoms: pain 7/10 abdomen, nausea controlled with NGT, ESAS fatigue 8. PPS 30%.
Understanding: pt says "I know I'm not going to beat this." Wants to be home at the farm in {{LOCATION:Danville}} with his cows "one more time."
Decisions: DNR/DNI, COLST completed. No TPN. Venting G-tube by IR ({{DATE:12/12}}) so NGT can come out. Home hospice via {{FACILITY:Passumpsic Valley Hospice}}.
Meds: hydromorphone PCA 0.2 mg demand q10 min; haloperidol 0.5 mg q6 prn N; octreotide 100 mcg SC q8h.
Spent 85 min, > 50% counseling.
{{NAME:Heather Lamoureux}}, MD, Palliative Care   pgr {{PHONE:3-1904}}`,

  // 49 i2b2-style ALL CAPS discharge summary, pneumonia
  `{{ID:118306527}} | {{FACILITY:RWH}} | {{MRN:03927731}} | | {{ACCOUNT:5591027}} | {{DATE:1/8/1996 12:00:00 AM}} | PNEUMONIA | Signed | DIS | Admission Date: {{DATE:01/08/1996}} Report Status: Signed

Discharge Date: {{DATE:01/14/1996}}
PRINCIPAL DIAGNOSIS: RIGHT LOWER LOBE PNEUMONIA.
ASSOCIATED DIAGNOSES: ALCOHOL ABUSE; TOBACCO ABUSE; HEPATITIS C.
HISTORY OF PRESENT ILLNESS: MR. {{NAME:LYONS}} IS A 47 YEAR OLD UNEMPLOYED SHIPFITTER, FORMERLY OF {{FACILITY:THAMES RIVER SUBMARINE WORKS}}, WHO PRESENTED WITH 4 DAYS OF FEVER, RIGORS AND RIGHT PLEURITIC CHEST PAIN.
PHYSICAL EXAMINATION: TEMPERATURE 103.1, RESPIRATORY RATE 30, O2 SATURATION 88% ON ROOM AIR. EGOPHONY AND BRONCHIAL BREATH SOUNDS AT THE RIGHT BASE.
LABORATORY DATA: WHITE COUNT 22.4 WITH 18% BANDS. SPUTUM GRAM STAIN: GRAM POSITIVE DIPLOCOCCI. BLOOD CULTURES 2/2 STREPTOCOCCUS PNEUMONIAE, PENICILLIN SENSITIVE.
HOSPITAL COURSE: TREATED WITH IV PENICILLIN G, CHANGED TO AMOXICILLIN {{DATE:01/12}}. LIBRIUM TAPER. SEEN BY SOCIAL SERVICE (MS. {{NAME:BOYLE}}) AND REFERRED TO {{FACILITY:THAMES VALLEY DETOX}}. PNEUMOVAX GIVEN.
DISPOSITION: HOME TO {{LOCATION:NORWICH}} WITH HIS BROTHER {{NAME:EDWARD LYONS}}.
FOLLOW UP WITH DR. {{NAME:SALTONSTALL}} AT {{FACILITY:RWH}} MEDICAL CLINIC IN 2 WEEKS.
DICTATED BY: {{NAME:ANDREW C. PIERCE}}, M.D. {{ID:XJ59}}
ATTENDING: {{NAME:HELEN M. SALTONSTALL}}, M.D. {{ID:CA48}}
{{NAME:AP}}/{{NAME:lmc}}
DD: {{DATE:01/14/96}}
TD: {{DATE:01/16/96 11:02 A}}
CC: {{FACILITY:THAMES VALLEY DETOX}}`,

  // 50 MIMIC discharge summary, neurosurgery SAH
  `Admission Date: [**{{DATE:2110-5-17}}**]        Discharge Date: [**{{DATE:2110-6-4}}**]
Date of Birth: [**{{DATE:2058-2-8}}**]        Sex: F
Service: NEUROSURGERY
Attending:[**{{NAME:First Name3 (LF) 1835}}**]
Chief Complaint: worst headache of life

Major Surgical or Invasive Procedure:
[**{{DATE:5-17}}**] R frontal EVD
[**{{DATE:5-18}}**] coil embolization ACOM aneurysm (Dr. [**{{NAME:Last Name (STitle) 5512}}**])

HPI: 52F, smoker, HTN, sudden HA while at work ([**{{FACILITY:University/College 3374}}**] dining hall) -> collapsed, GCS 11 at [**{{FACILITY:Hospital 6110}}**], CT diffuse SAH, Hunt & Hess 3, Fisher 4. Med-flighted.

Brief Hospital Course: Coiled w/o complication. Nimodipine 60 q4 x21d. Vasospasm day 7 (TCD velocities 180s L MCA), angio w/ IA verapamil [**{{DATE:5-24}}**]. EVD weaned, clamp trial passed [**{{DATE:5-29}}**], removed. Hyponatremia (Na 128) from CSW, salt tabs + fluids.

Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital6 85}}**] - [**{{LOCATION:Location (un) 86}}**]

Followup: Dr. [**{{NAME:Last Name (STitle) 5512}}**] 4 wks w/ CTA head, call [**{{PHONE:Telephone/Fax (1) 4296}}**]. Husband [**{{NAME:Name (NI) 5513}}**] aware.

[**{{NAME:Name6 (MD) 1836}}**] [**{{NAME:Name8 (MD) 1837}}**], NP [**{{ID:MD Number(2) 1838}}**]
Completed by: [**{{DATE:2110-6-4}}**]`,

  // 51 Endoscopy report
  `ENDOSCOPY REPORT -- EGD
{{FACILITY:Merrimack Valley General Hospital}} Endoscopy Suite, Room 2
Patient: {{NAME:Vo Thanh Son}}   MRN {{MRN:MVG2110457}}   DOB {{DATE:3/3/1966}}
Date: {{DATE:Wed Jan 17 2024}}   Endoscopist: {{NAME:Kieran Doherty}}, MD   Fellow: {{NAME:Mai Nakamura}}, MD
Referring: {{NAME:Bao Tran}}, MD   Nurse: {{NAME:Jen Ouimet}}, RN   Tech: {{NAME:Luis Ortega}}
Indication: chronic GERD, screening for Barrett's; Vietnamese interpreter (video) used for consent.
Sedation: MAC (propofol) by anesthesia.
Scope: Olympus GIF-H190 s/n {{DEVICE:2812904}}.
Findings:
- Esophagus: salmon-colored mucosa from 34 to 37 cm, Prague C2M3. No nodules. Biopsies 4-quadrant q1cm (jar 1).
- Z-line 37 cm, hiatal hernia 3 cm (diaphragmatic pinch 40 cm).
- Stomach: patchy antral erythema; bx for H. pylori (Sydney protocol, jar 2).
- Duodenum: normal to D2.
Impression: suspected short-segment Barrett's esophagus, small HH, gastritis.
Plan: await path; PPI bid x 8 wks; repeat EGD 3-5 yrs if NDBE. Results via letter to {{ADDRESS:59 Fletcher St, Apt 3R}}, {{LOCATION:Lowell}}, MA {{ZIP:01854}}.
Electronically signed {{NAME:Kieran Doherty}}, MD {{DATE:01/17/2024 10:48}}`,

  // 52 VA suicide prevention coordinator note
  `LOCAL TITLE: SUICIDE PREVENTION COORDINATOR NOTE
DATE OF NOTE: {{DATE:AUG 14, 2023@16:20}}   AUTHOR: {{NAME:MACDONALD,ERIN K}}, LICSW
Veteran: {{NAME:MEDEIROS,JASON A}} ({{SSN:M3085}})   HRF: ACTIVE (placed {{DATE:08/11/2023}})

Caring contact per HRF protocol. Called Veteran cell {{PHONE:401-555-0161}} at 1545, no answer, LVM w/ callback. Called alt contact (mother {{NAME:Deborah Medeiros}}, {{PHONE:401-555-0162}}): she reports he is at work at {{FACILITY:Galilee Seafood Co-op}} and "doing better, sleeping." Veteran called back 1610.
Veteran: 29 yo Marine (OEF, {{LOCATION:Sangin}} 2011), discharged from inpatient psych at {{FACILITY:Narragansett VAMC}} 7 South on {{DATE:8/11}} after SI w/ plan (firearm). Safety plan reviewed; guns remain w/ cousin {{NAME:Nate Furtado}} in {{LOCATION:Wakefield}}. Lethal means: gun lock given. Denies current SI/HI. Taking sertraline 100, prazosin 2. MH f/u: Dr. {{NAME:Vieira}} {{DATE:8/17/23}} 1300; PCT intake {{DATE:8/22}}.
C-SSRS screen: neg today.
Plan: weekly caring contacts x 90 days, HRF review {{DATE:11/09/23}}. Veteran knows 988 press 1.
/es/ {{NAME:ERIN K. MACDONALD}}, LICSW
Suicide Prevention Coordinator, ext {{PHONE:2257}}`,

  // 53 Student health letter
  `{{FACILITY:BRISTOL HARBOR COLLEGE}} STUDENT HEALTH SERVICES
{{ADDRESS:1 Ferry Road, Box 2210}}, {{LOCATION:Bristol}}, RI {{ZIP:02809}}
Phone {{PHONE:(401) 555-0153}} | Fax {{FAX:(401) 555-0154}} | {{EMAIL:studenthealth@bristolharbor.edu}}

{{DATE:April 22, 2024}}

To: Office of the Dean of Students / Accessibility Services
RE: {{NAME:Gabriel Ferreira da Silva}}, Student ID {{ID:BHC0441893}}, DOB {{DATE:11/05/2003}}

To whom it may concern,

{{NAME:Gabriel}} was evaluated in our clinic on {{DATE:4/15/2024}} and {{DATE:4/19/2024}} and was admitted to {{FACILITY:Narragansett Bay Hospital}} from {{DATE:4/16}} to {{DATE:4/18/2024}} for a medical condition (details withheld at the student's request). He was unable to attend classes or sit for his BIO 241 midterm and the MAR 210 lab practical during this period.

I recommend an excused absence for {{DATE:4/15-4/26/2024}}, incomplete grades without penalty where needed, and extended time (1.5x) for make-up exams through the end of the Spring 2024 term.

His parents ({{NAME:Rosangela}} and {{NAME:Marcos da Silva}}, {{LOCATION:Marlborough}}) have been informed with his written consent.

Sincerely,

{{NAME:Kathryn Bellamy-Torres}}, MD
Medical Director, Student Health Services
cc: Prof. {{NAME:Alan Whitlock}}, academic advisor`,

  // 54 Geriatrics consult, age 94
  `GERIATRIC MEDICINE CONSULT
{{FACILITY:Hartford Academic Medical Center}}, {{FACILITY:Fahey 10}} bed B   {{DATE:7/9/2023}}
Pt: {{NAME:Concetta Russo}}   MRN {{MRN:HA00192774}}   Age {{AGE:94}}
Requesting: Dr. {{NAME:Min-jun Cho}} (ortho) -- delirium, dispo
Hx from pt (limited), daughter {{NAME:Patricia Russo-Kelly}} at bedside, and records from {{FACILITY:Franklin Avenue Primary Care}}.

{{AGE:94}}F, widow, lives w/ daughter in {{LOCATION:Wethersfield}}, baseline walks w/ cane, independent ADLs except bathing, mild memory loss (no formal dx). Fell at home {{DATE:7/6}}, R intertrochanteric fx, IMN {{DATE:7/7}}. POD#2 agitated overnight, pulled IV, got haloperidol 1 mg x2.
Meds reviewed: oxycodone 5 q4 prn (3 doses/d), diphenhydramine qhs (home!), oxybutynin 5 bid (Beers list), tramadol -> STOP.
CAM positive (acute onset, inattention, disorganized thinking). Constipated 4 d, PVR 480 mL.
Recs:
1. Delirium: stop diphenhydramine, oxybutynin; scheduled APAP 975 q8; oxycodone 2.5 mg prn; straight cath/Foley for retention; bowel regimen; glasses + hearing aids on; sleep hygiene; avoid haloperidol unless danger.
2. Bone health: vit D, DEXA outpt, consider zoledronic acid at 2 wks.
3. Dispo: SAR at {{FACILITY:Elm Hill Rehab}} vs {{FACILITY:St. Agnes Rehab & Nursing}} (daughter's preference).
{{NAME:Marisol Quintero}}, MD, Geriatrics fellow   pgr {{PHONE:8-3305}}`,

  // 55 Physical therapy initial evaluation
  `OUTPATIENT PHYSICAL THERAPY INITIAL EVALUATION
{{FACILITY:Lakes Region Rehab & Sports PT}} - {{LOCATION:Laconia}}, NH
Pt: {{NAME:Kimberly Dupuis}}   DOB {{DATE:1979-04-12}}   Date of eval: {{DATE:2024-02-06}}
Referring: {{NAME:Justin Marchand}}, MD   Dx: M75.121 R rotator cuff tear s/p arthroscopic RCR {{DATE:2024-01-10}} ({{FACILITY:Winnipesaukee Surgical Center}})
Payer: Anthem BCBS NH, member {{HEALTH_PLAN:YRP884012277}}, auth # {{ID:A2401-99821}} (12 visits)

S: 44 yo R-hand dominant, works as a CNA at {{FACILITY:Opechee Assisted Living}} (lifting residents). In sling x 4 wks. Pain 4/10 at rest, 7/10 at night.
O: PROM R shoulder: flex 95, abd 70, ER (at 20 abd) 25, IR 40. AROM deferred per protocol. Incisions healed. No signs of CRPS. DASH 68.
A: s/p RCR, early phase (Phase I protocol, Dr. {{NAME:Marchand}}).
P: 2x/wk x 6 wks: PROM, pendulums, scapular setting, cryotherapy. No active lifting until 6 wks post-op. HEP issued (Medbridge code {{ID:7XKQ3PL}}). Return-to-work note: off work until {{DATE:3/20/2024}}, then light duty.
Goals: PROM flexion 150 by 6 wks.
{{NAME:Sam Beaulieu}}, PT, DPT   NH lic {{LICENSE:PT-4418}}
Next visit {{DATE:Thursday 2/8}} 07:30.`,

  // 56 MIMIC nursing note, placeholders, lower case
  `nursing progress note 1900-0700
pt is a 67 yo male admitted [**{{DATE:2120-11-3}}**] from [**{{FACILITY:Hospital1 5063}}**] w/ stemi, s/p cath w/ bms to rca.
neuro: a+o x3, mae, pleasant. slept in naps.
cv: sr 70s, no vea. bp 100-120s/60s. r fem sheath d/c'd at 2200 by [**{{NAME:First Name8 (NamePattern2) 4410}}**], manual pressure x 20 min, site soft, no hematoma, +dp/pt. bedrest until 0400.
resp: ls clear, ra sats 96%.
gi: tol cardiac diet. gu: voiding via urinal, qs.
endo: fs 180 at 2100, covered w/ 4u humalog per riss.
social: wife [**{{NAME:Name (NI) 4411}}**] and daughter [**{{NAME:Name (NI) 4412}}**] in to visit until 2130, very anxious, questions answered. wife's cell [**{{PHONE:Telephone/Fax (3) 4413}}**]. pt is a retired fireman from [**{{LOCATION:Location (un) 4414}}**], brother lives in [**Country 480**].
a: stable post cath.
p: ambulate in am, cardiac rehab referral, ?transfer to [**{{FACILITY:Hospital Ward Name 121}}**] on [**{{DATE:11-5}}**]. teaching re: plavix, asa, statin started.
[**{{NAME:Last Name (NamePattern1) 4415}}**], [**{{NAME:First Name3 (LF) 4416}}**] rn`,

  // 57 VA urgent care note
  `LOCAL TITLE: URGENT CARE PROVIDER NOTE
DATE OF NOTE: {{DATE:DEC 26, 2022@21:48}}   AUTHOR: {{NAME:KOVALENKO,OLENA}}, MD
INSTITUTION: {{FACILITY:QUINNIPIAC VAMC}}   Urgent Care room 6

{{NAME:Giordano}} {{SSN:8870}} (pt), 71M, Vietnam-era Navy (USS Intrepid), SC 60%.
CC: L great toe pain/swelling since Xmas eve dinner (lots of seafood + wine, "Feast of the Seven Fishes").
HPI: 2nd episode; first summer 2021?? Denies trauma, fever. On HCTZ for HTN. CKD3a.
Exam: T 37.4. L 1st MTP hot, red, swollen, exquisitely tender. No skin break. Podagra.
Labs: uric acid 9.1, Cr 1.4, WBC 9.8. Aspiration deferred (pt declined).
A: acute gout flare L 1st MTP.
P: prednisone 40 mg x 5 d (no NSAIDs given CKD; colchicine dose-limited). Stop HCTZ -> amlodipine 5. Start allopurinol 100 mg after flare resolves - PCP to titrate to UA < 6. Ice/elevate.
Pt lives in {{LOCATION:East Haven}} w/ wife {{NAME:Ann Marie}}, she will pick up Rx at VA pharmacy tomorrow (window closed). Rx mailed CMOP otherwise.
PCP Dr. {{NAME:Nwachukwu}} (PACT Green 4) notified via additional signer.
Return precautions. Vet verbalized understanding.
/es/ {{NAME:OLENA KOVALENKO}}, MD  {{DATE:12/26/2022 22:05}}`,

  // 58 ID clinic, Lyme, Vermont
  `ID CLINIC f/u -- {{FACILITY:GMUMC}} Infectious Disease, {{FACILITY:Arnold Pavilion}} 3rd fl
{{DATE:9/12/2023}}
pt: {{NAME:Tyler Brault}}  26M  mrn {{MRN:GM5527108}}
ref: {{FACILITY:Lamoille Valley Urgent Care}} (PA {{NAME:Ross Gendron}})

s: trail crew for {{FACILITY:Long Trail Conservancy}} all summer ({{LOCATION:Jay Peak}} to {{LOCATION:Smugglers Notch}}), multiple tick bites. {{DATE:7/20}} EM rash R thigh -> doxy 14 d. now 3 wks of L facial droop (Bell's palsy-like), shooting pains L arm, palpitations. no HA/stiff neck.
o: L CN VII palsy (HB grade III), no other focal deficits. HR 52. Kernig/Brudzinski neg.
ECG {{DATE:9/11}}: 1st degree AVB, PR 310 ms.
lyme 2-tier (MTTT) positive IgM + IgG. anaplasma PCR neg, babesia smear neg.
a: early disseminated Lyme disease - facial palsy, radiculitis, Lyme carditis (PR > 300).
p: admit to telemetry for IV ceftriaxone 2 g daily -> transition to oral doxy when PR < 300, total 14-21 d. LP not required for isolated CN palsy but offered for radiculitis - pt declines. eye protection/tape at night.
work note for supervisor {{NAME:Jess Kittredge}}.
{{NAME:Nils Halvorsen}}, MD  pager {{PHONE:4-4410}}`,

  // 59 Kidney transplant clinic
  `KIDNEY TRANSPLANT CLINIC NOTE
{{FACILITY:Back Bay Transplant Institute}}   Date: {{DATE:02/28/2024}}
Recipient: {{NAME:Luong, Hanh}}  MRN {{MRN:BB-0034417}}  UNOS ID {{ID:ARJ7712}}
Tx date: {{DATE:10/05/2023}} (DDKT, KDPI 48%, cPRA 12%)   POD 146
Donor: deceased, UNOS donor ID {{ID:AHCR882}} (CMV D+/R-)
Coordinator: {{NAME:Trish Galvin}}, RN  {{PHONE:617-555-0175}}

S: feels well. Back at work at {{FACILITY:Dorchester Nail & Spa Supply}} 3 d/wk. Taking meds w/ pillbox, husband {{NAME:Tuan Luong}} helps. No fevers, diarrhea.
Meds: tacrolimus ER (Envarsus) 5 mg daily, mycophenolate 500 bid, prednisone 5, valganciclovir 450 daily (CMV ppx to 6 mo), TMP-SMX SS daily.
Labs: Cr 1.12 (baseline 1.0-1.2), tac trough 7.8, WBC 3.9, CMV PCR not detected, BK PCR 1,200 copies (was 450 {{DATE:1/30}}). DSA neg {{DATE:1/2024}}.
A/P: stable graft fn; low-level BK viremia -> decrease MMF 250 bid, recheck BK 2 wks. Continue CMV ppx through {{DATE:4/5/24}}. Flu/COVID vaccines UTD.
Labs standing order at {{FACILITY:Savin Hill Lab Draw Station}} per pt.
Next visit {{DATE:3/27/24}}.
{{NAME:Olumide Adeyemi}}, MD, Transplant Nephrology`,

  // 60 Screening mammogram report
  `BREAST IMAGING REPORT
{{FACILITY:Casco Bay Medical Center}} Breast Center, {{ADDRESS:22 Bramhall Rd}}, {{LOCATION:Portland}}, ME {{ZIP:04102}}
Patient: {{NAME:Josephine M. Thibodeau}}   DOB {{DATE:5/19/1971}}   MRN {{MRN:CB-0993301}}
Exam: Screening mammogram bilateral w/ tomosynthesis   Date: {{DATE:06/03/2024}}   Acc {{ID:MG24-221908}}
Referring: {{NAME:Catherine Moody}}, NP

History: Annual screening. Mother bx-proven breast ca at 58. No symptoms. Prior exams {{DATE:5/2023}}, {{DATE:5/2022}} ({{FACILITY:Back Cove Imaging}}).
Breast composition: c. Heterogeneously dense, which may obscure small masses.
Findings: In the L breast upper outer quadrant, middle depth, 11 o'clock 6 cm FN, there is a new 7 mm obscured mass seen on CC and MLO tomosynthesis slices. No suspicious calcifications. R breast: stable benign findings. Skin and nipples normal.
IMPRESSION: BI-RADS 0 -- Incomplete. Need additional imaging evaluation: L diagnostic mammogram and L breast US.
Lifetime risk (Tyrer-Cuzick v8): 21% - supplemental screening MRI can be considered.
Letter mailed to patient per MQSA. Callback scheduled {{DATE:6/10/24}} 8:40 am.
Interpreted by: {{NAME:Alison Marr}}, MD   {{DATE:06/03/2024 16:12}}`,

  // 61 MIMIC-style DS plain-text surrogates, alcohol withdrawal
  `Admission Date: {{DATE:2175-2-19}}    Discharge Date: {{DATE:2175-2-25}}
Date of Birth: {{DATE:2124-7-30}}    Sex: M
Service: MEDICINE
Attending: {{NAME:Dennis Fahey}}

Chief Complaint: tremor, hallucinations
HPI: 50M w/ EtOH use d/o (1.5 pints vodka/d), prior withdrawal seizure, presented to {{FACILITY:Merrimack Valley General}} ED 36 h after last drink with tremor, diaphoresis, seeing bugs. CIWA 28. Lives alone in {{LOCATION:Lawrence}}, laid off from {{FACILITY:Spicket River Textile}} in Nov, estranged from sister {{NAME:Carol Dufault}}.
Hospital Course:
#Withdrawal/DTs: phenobarbital load 10 mg/kg, then symptom-triggered; briefly in {{FACILITY:Feeney 4 ICU}} {{DATE:2/19-2/20}}. No seizures. CIWA < 8 by {{DATE:2/23}}.
#Thrombocytopenia: plt 62 -> 118, likely EtOH.
#Hypomagnesemia/hypophos: repleted.
#AUD: naltrexone 50 mg started, LFTs ok. Referred to {{FACILITY:Lawrence Recovery Partners}} IOP; intake {{DATE:2/28}}.
Discharge Medications: naltrexone 50 daily, thiamine 100, folate 1, MVI.
Discharge Disposition: Home
Followup: PCP Dr. {{NAME:Ana Lucia Rivera}}, {{FACILITY:Arlington Street Health Center}}, {{DATE:3/4}} 9:20, {{PHONE:978-555-0104}}
{{NAME:Dennis Fahey}} MD {{ID:88-102}}
Completed by: {{DATE:2175-2-25}}`,

  // 62 i2b2-style ALL CAPS discharge summary, DKA
  `{{ID:550418826}} | {{FACILITY:EH}} | {{MRN:81127760}} | | {{ACCOUNT:3318845}} | {{DATE:4/3/2004 12:00:00 AM}} | DIABETIC KETOACIDOSIS | Signed | DIS | Admission Date: {{DATE:04/03/2004}} Report Status: Signed

Discharge Date: {{DATE:04/06/2004}}
HISTORY OF PRESENT ILLNESS: MS. {{NAME:KIMBERLY CALLAHAN}} IS A 19 YEAR OLD COLLEGE SOPHOMORE AT {{FACILITY:MERRIMACK HILLS UNIVERSITY}} WITH TYPE 1 DIABETES SINCE AGE 9 (INSULIN PUMP, MEDTRONIC MINIMED 630G, SERIAL {{DEVICE:NG1447728H}}) WHO PRESENTED WITH NAUSEA, VOMITING AND ABDOMINAL PAIN AFTER HER PUMP SITE FELL OFF DURING A PARTY ON {{DATE:04/01/04}}. GLUCOSE 562, BICARBONATE 8, ANION GAP 29, PH 7.08, BETA-HYDROXYBUTYRATE 7.2.
HOSPITAL COURSE: ADMITTED TO THE {{FACILITY:PHELAN 2 ICU}}. INSULIN DRIP PER DKA PROTOCOL, 5 L NS, POTASSIUM REPLETION. GAP CLOSED AT 14 HOURS. TRANSITIONED TO LANTUS 18 UNITS AND HUMALOG SLIDING SCALE, THEN BACK TO PUMP WITH DIABETES EDUCATOR {{NAME:LORRAINE PAQUETTE}}, RN, CDE. PREGNANCY TEST NEGATIVE. PSYCHOSOCIAL: STRESS, EXAMS; SEEN BY SOCIAL WORK.
DISCHARGE INSTRUCTIONS: CHECK KETONES IF GLUCOSE > 250. CALL {{FACILITY:BEACON HILL DIABETES CENTER}} {{PHONE:617-555-0189}}.
FOLLOW UP: DR. {{NAME:RAJESH IYER}} {{DATE:04/15/04}}. STUDENT HEALTH NOTIFIED WITH PERMISSION.
MOTHER {{NAME:DIANE CALLAHAN}} OF {{LOCATION:SCITUATE}} AT BEDSIDE.
DICTATED BY: {{NAME:BRENDAN F. QUIRK}}, M.D. {{ID:QY01}}
ATTENDING: {{NAME:RAJESH IYER}}, M.D. {{ID:IR44}}
{{NAME:BQ}}/{{NAME:ss}}
DD: {{DATE:04/06/04}}
TD: {{DATE:04/07/04 8:30 A}}`,

  // 63 Case management / SNF placement
  `CASE MANAGEMENT DISCHARGE PLANNING NOTE
{{DATE:11/02/2023 14:10}}   {{FACILITY:St. Brendan's Medical Center}}, {{FACILITY:Dwyer 5}} rm 5-14B
Pt: {{NAME:Helen Kowalski}}, 83F, MRN {{MRN:3370418}}
Payer: Medicare A/B (MBI {{HEALTH_PLAN:7QA2-JD8-NF33}}); secondary Tufts Medicare Supplement #{{HEALTH_PLAN:SUP0092218340}}
Qualifying 3-midnight stay met ({{DATE:10/29-11/2}}).

Pt admitted w/ CHF + fall. PT recs SNF. Pt/son agreeable. Son {{NAME:Mark Kowalski}} (HCP, {{PHONE:617-555-0192}}, {{EMAIL:mkowalski.home@emailbox.net}}) prefers facilities near {{LOCATION:South Boston}}.
Referrals sent via Allscripts Careport {{DATE:11/1}}:
1. {{FACILITY:Thomas Park Manor}} -- declined (no bed)
2. {{FACILITY:Pleasant Bay Rehab & Nursing}}, {{LOCATION:Quincy}} -- accepted, bed {{DATE:11/3}}; admissions {{NAME:Rhonda Murphy}} {{PHONE:617-555-0193}}
3. {{FACILITY:Sea View Skilled Nursing}}, {{LOCATION:Weymouth}} -- pending
Plan: transfer to {{FACILITY:Pleasant Bay Rehab & Nursing}} {{DATE:Fri 11/3}} ~1300 via {{FACILITY:Harbor Chair Car}} (w/c van). PASRR level I done. MOLST: full code. Son aware, will bring clothes.
Tasks: signed W-10, med rec to MD, nursing report to SNF at {{PHONE:617-555-0194}}.
{{NAME:Kathleen Forde}}, RN, CCM   ext {{PHONE:6-2231}}`,

  // 64 ENT consult
  `OTOLARYNGOLOGY CONSULT
{{FACILITY:Elm City Medical Center}} - {{FACILITY:Marchetti 6}} bed 2
{{DATE:March 19, 2023}}
Pt: {{NAME:Hoang Minh Chau}}, 58M   MRN {{MRN:EC-20715528}}
Consulting: Dr. {{NAME:Patel}}, Hospital Medicine   ENT resident: {{NAME:Katherine Dwyer}}, MD, pgr {{PHONE:46021}}
Reason: neck mass, weight loss

HPI: 2 mo enlarging painless R neck mass, 9 kg wt loss, R ear fullness, intermittent epistaxis. Emigrated from {{LOCATION:Guangzhou}} area (Cantonese/Vietnamese-speaking, Hoa), lives in {{LOCATION:Hamden}}, owns {{FACILITY:Golden Lotus Restaurant}} on {{ADDRESS:Whitney Ave}}. Smokes 1/2 ppd. Son {{NAME:Kevin Hoang}} interpreting at pt's request.
Exam: R level II 4 cm firm fixed node; R middle ear effusion. Flexible nasopharyngoscopy (consent, lidocaine/oxymetazoline): exophytic friable mass R fossa of Rosenmuller extending to posterior septum. Larynx normal, vocal folds mobile.
A: suspected nasopharyngeal carcinoma, cN2.
P: EBV DNA PCR, MRI skull base/neck w/ contrast, PET-CT. Nasopharynx bx in clinic or OR {{DATE:3/21}}. FNA of R neck node by cytopathology today (Dr. {{NAME:Soong}}). Tumor board {{DATE:3/28}}. Audiogram.
D/w attending {{NAME:Harold Lichtman}}, MD, who agrees.`,

  // 65 Vascular surgery progress note
  `VASC SURG PROGRESS NOTE  POD#2  {{DATE:10/11/22}} 0620
{{FACILITY:Mystic Academic Hospital}} {{FACILITY:Corcoran 7}}
{{NAME:Almeida, Jose C}}  72M  MRN {{MRN:55-118-407}}
s/p L fem-pop bypass (reversed GSV, above-knee target) {{DATE:10/9/22}}, Dr. {{NAME:Burke}}
S: pain controlled w/ oxy 5 q4. ambulated w/ PT x1. no CP/SOB. voiding after foley removal.
O: afebrile. HR 78 SR, BP 134/70. L groin incision c/d/i, no hematoma. L thigh incisions c/d/i w/ staples. L DP doppler biphasic, PT monophasic, foot warm. ABI L 0.88 (preop 0.42).
Labs: Hgb 10.1, Cr 1.0, K 4.2.
A/P: 72M w/ CLTI (Rutherford 5, L 1st toe ulcer), POD2 s/p L fem-pop, graft patent.
- ASA 81 + clopidogrel, atorvastatin 80
- wound care L toe: betadine paint, podiatry following (Dr. {{NAME:Finnegan}})
- dispo: home w/ {{FACILITY:Mystic Valley Home Care}} VNA {{DATE:10/12}} if ok w/ PT; lives with wife {{NAME:Fatima}} on 2nd floor of triple-decker, {{ADDRESS:18 Cedar St #2}}, {{LOCATION:Somerville}}
- f/u vascular clinic 2 wks w/ duplex, staples out then.
{{NAME:Priyanka Desai}}, MD (PGY-2) p{{PHONE:31442}} / {{NAME:Connor Burke}}, MD`,

  // 66 Urology clinic note
  `UROLOGY CLINIC - {{FACILITY:Narragansett Urology Group}}, {{ADDRESS:2138 Post Rd, Suite 300}}, {{LOCATION:Warwick}}, RI {{ZIP:02886}}
Date: {{DATE:01/30/2024}}
Pt: {{NAME:Dominic Marchetti}}  DOB {{DATE:04/04/1955}}  Chart # {{MRN:NUG-00418}}
Provider: {{NAME:Kathleen Walsh-Ahern}}, MD

68M here to discuss prostate bx results ({{FACILITY:Ocean State Uropathology Lab}}, {{ID:UP24-03318}}): GG3 dominant target lesion, GG2 L mid, GG1 L apex. PSA 9.4, PSAD 0.19. MRI: no EPE, no SV invasion. Staging PSMA PET {{DATE:1/26/24}}: no nodal/bone mets. NCCN unfavorable intermediate risk.
Options reviewed w/ pt and wife {{NAME:Linda}}: RALP vs EBRT + 4-6 mo ADT vs brachy boost. AS not appropriate. SHIM 19, IPSS 9.
Pt retired from {{FACILITY:Pawtuxet Print Works}} ("the print works"), also volunteers at {{FACILITY:Knights of Columbus Council 114}}.
Plan: rad onc consult w/ Dr. {{NAME:Bernadette Quinlan}}; he is leaning toward RALP with Dr. {{NAME:Nadeau}} at {{FACILITY:Narragansett Bay Hospital}}. Pelvic floor PT prehab. Germline testing (mother, aunt w/ ovarian ca).
Time 45 min, > 50% counseling.
cc: {{NAME:Lucia Ferrara}}, MD (PCP)`,

  // 67 MIMIC echo report, placeholders
  `PATIENT/TEST INFORMATION:
Indication: Endocarditis. ? vegetation. Fever, MSSA bacteremia.
Height: (in) 70
Weight (lb): 162
BP (mm Hg): 104/58
HR (bpm): 108
Status: Inpatient
Date/Time: [**{{DATE:2139-8-6}}**] at 11:20
Test: TTE (Complete)
Doppler: Full Doppler and color Doppler
Contrast: None
Tape Number: 2009W014-0:57
Test Location: West Echo Lab
Technical Quality: Adequate

REFERRING DOCTOR: DR. [**{{NAME:First Name (STitle) 3021}}**] [**{{NAME:Last Name (NamePattern1) 3022}}**]

INTERPRETATION:
Findings: LEFT ATRIUM: Normal LA size. LEFT VENTRICLE: Normal LV wall thickness and cavity size. Normal regional LV systolic function. LVEF >55%.
RIGHT VENTRICLE: Normal RV chamber size and free wall motion.
TRICUSPID VALVE: 1.4 cm mobile echodensity on the atrial side of the anterior leaflet c/w vegetation. Moderate to severe [3+] TR.
PULMONIC VALVE: No PI.
Conclusions: Large tricuspid valve vegetation with moderate-severe TR. No AV/MV vegetation seen; TEE would better exclude. Compared with prior study of [**{{DATE:2138-11-2}}**] from [**{{FACILITY:Hospital6 2561}}**], the vegetation is new.
Results called to Dr. [**{{NAME:Last Name (STitle) 3022}}**] at 12:05.
Electronically signed by [**{{NAME:First Name8 (NamePattern2) 3023}}**] [**{{NAME:Last Name (NamePattern1) 3024}}**], MD on [**{{DATE:2139-8-6}}**] 13:41`,

  // 68 Rapid response note
  `RAPID RESPONSE TEAM NOTE
{{DATE:Sunday 06/16/2024}}  called 0312, arrived 0314
Location: {{FACILITY:Kinsella 3 West}}, rm 3W-22 -- {{FACILITY:Narragansett Bay Hospital}}
Pt: {{NAME:Francisco "Chico" Rezendes}}, 79M, MRN {{MRN:NBH-0310982}}, admitted {{DATE:6/14}} for cellulitis
Called by RN {{NAME:Destiny Alves}} for acute confusion, SBP 82.
Team: RRT MD {{NAME:Samuel Achebe}}, RRT RN {{NAME:Kayla Sousa}}, RT {{NAME:Brian Nolan}}, primary night float {{NAME:Ji-woo Han}}, MD

Findings: T 39.4, HR 122 AF, BP 82/44 -> MAP 54, RR 26, SpO2 91% RA. GCS 13 (E3V4M6). L leg erythema spread beyond marked borders, crepitus? none. Lactate 4.8.
Interventions: 2 L LR bolus -> BP 98/56. Blood cx x2, vanc + pip-tazo broadened; clinda added for toxin suppression pending surgical eval. NRB -> 4 L NC 95%. Foley.
Surgery (Dr. {{NAME:Iannotti}}) at bedside 0350: no NSF clinically; LRINEC 5; CT L leg stat.
Dispo: transfer to MICU ({{FACILITY:Pell 2}}) 0425, accepting Dr. {{NAME:Rachel Wong}}.
Family: wife {{NAME:Graca}} called at {{PHONE:401-555-0125}} at 0335, on her way.
{{NAME:Samuel Achebe}}, MD, RRT   {{DATE:06/16/2024 04:41}}`,

  // 69 Hospitalist SOAP progress note
  `Hospital Medicine Progress Note -- Day 3
{{DATE:Thu 8/17/23}}  {{FACILITY:Middlesex Academic Medical Center}}, {{FACILITY:Donnelly 4}} bed 18
{{NAME:Carvalho, Edson}}, 57M, MRN {{MRN:M8820433}}

S: Breathing better. Walked hallway w/ PT. Slept ok. Brazilian Portuguese, video interpreter {{NAME:Renata}} (#{{ID:66017}}). Worried about missing work at {{FACILITY:Framingham Stone & Tile}} -- drives a truck for them; asks about DOT.
O: 98.1  76  128/74  18  96% RA. Wt 93.6 kg (admit 99.2). JVP 8 cm. Fine crackles bases. Trace edema.
Labs: Na 136, K 4.0, Cr 1.2 (1.0), BNP 880 (2450). Trop flat.
TTE {{DATE:8/15}}: EF 30%, global HK, mod MR.
A/P:
1. New HFrEF, likely NICM vs ischemic - cath {{DATE:8/18}} w/ Dr. {{NAME:Kostopoulos}}. Goal -1 L/d, furosemide 40 IV bid -> PO tomorrow. Start metoprolol succ 25, losartan 25 (ARNI once insurance clarified, MassHealth ID {{HEALTH_PLAN:100922017456}}).
2. T2DM - A1c 9.6. Empagliflozin 10, d/c glipizide.
3. Chagas serology sent (from {{LOCATION:Minas Gerais}} rural area).
4. DOT/CDL: will need EF > 40% documentation; note given.
Dispo: home 1-2 d, wife {{NAME:Rosilene}} at {{PHONE:508-555-0126}}.
{{NAME:Meredith Callan}}, MD, Hospitalist   pgr {{PHONE:2-7781}}`,

  // 70 VA optometry note
  `LOCAL TITLE: OPTOMETRY EXAM
DATE OF NOTE: {{DATE:MAY 02, 2024@08:45}}   AUTHOR: {{NAME:NGUYEN,ALICE T}}, OD
LOCATION: {{FACILITY:AMOSKEAG VAMC}} EYE CLINIC

Pt: {{NAME:PELLETIER, ARMAND R}}  {{SSN:P5102}}  age 76, Army Vietnam vet, SC 100% P&T
CC: annual DM eye exam; blurry reading; glare driving at night.
Hx: DM2 x20 yrs (A1c 7.4), HTN. Ocular hx: cataract OU, no laser. FHx glaucoma (brother).
VA cc: OD 20/40 PH 20/30  OS 20/50 PH 20/40
IOP (Goldmann): 17 / 18 at 0852
SLE: 2+ NS cataract OU, 1+ PSC OS. Angles open (Van Herick 3).
DFE (tropicamide 1%/phenylephrine 2.5%): C/D 0.4 OU. Mild NPDR OU w/ scattered dot-blot hemes; no CSME on OCT (Cirrus s/n {{DEVICE:4000-8817}}). Periphery flat.
A/P:
1. Cataract OU, OS > OD, visually significant -> ophthalmology cataract consult (local, {{FACILITY:Amoskeag}} eye surgery).
2. Mild NPDR w/o DME OU -> RTC 12 mo.
3. Presbyopia -> new Rx given (glasses via VA, PSAS).
Pt drives; meets NH DMV standard currently. Wife {{NAME:Jeannette}} present.
/es/ {{NAME:ALICE T NGUYEN}}, OD
Staff Optometrist  {{DATE:05/02/2024 09:30}}`,

  // 71 Pediatric ED note, Vietnamese child
  `PEDIATRIC EMERGENCY DEPARTMENT NOTE
{{FACILITY:Elm City Children's}} PED, room 14   Arrival {{DATE:01/09/2023 19:22}}
Pt: {{NAME:Emily Nguyen}} ({{NAME:Nguyen Bao Ngoc}})  DOB {{DATE:06/30/2021}}  MRN {{MRN:EC-KID-5520117}}
Accompanied by mother {{NAME:Le Thi Thu}} and grandmother; Vietnamese interpreter by phone #{{ID:30298}}.
PCP: Dr {{NAME:Michelle Ostrowski}}, {{FACILITY:Quinnipiac River Community Health}}

CC: fever x 5 days, red eyes, rash
HPI: 18 mo F, daily fevers to 40, bilateral non-exudative conjunctival injection, cracked red lips, polymorphous rash trunk, swollen red hands since yesterday. Seen at {{FACILITY:Westville Urgent Care}} {{DATE:1/7}} -> amoxicillin for "AOM", no improvement. Attends {{FACILITY:Little Lotus Daycare}} on {{ADDRESS:Dixwell Ave}}.
Exam: T 39.6, HR 168, irritable. L cervical node 1.8 cm. Erythematous palms/soles w/ induration.
Labs: CRP 11.2 mg/dL, ESR 78, WBC 18.9, Plt 510, ALT 88, Alb 2.9, UA 15 WBC sterile pyuria.
A: complete Kawasaki disease, day 5.
P: admit to {{FACILITY:Ahearn 4}} (peds), IVIG 2 g/kg over 12 h, ASA 30-50 mg/kg/d divided, echo in AM (cardiology Dr. {{NAME:Haddad-Lowe}}), hold live vaccines 11 mo post IVIG.
{{NAME:Zachary Pimentel}}, MD, PEM fellow / {{NAME:Ruth Alperin}}, MD attending  {{DATE:1/9/2023 21:10}}`,

  // 72 Death note / pronouncement
  `DEATH PRONOUNCEMENT NOTE
{{FACILITY:Casco Bay Medical Center}} - {{FACILITY:Rines 5}} Oncology, rm 512
Called by RN {{NAME:Maggie Lunt}} at 0240 for absence of respirations.
Pt: {{NAME:Beatrice Leavitt}}   MRN {{MRN:CB-0447213}}   DOB {{DATE:02/14/1933}}   Age {{AGE:91}}
Exam at 0248: unresponsive to verbal/tactile stimuli, pupils fixed and dilated, no corneal reflex, no breath sounds x 1 min, no heart sounds x 1 min, no carotid pulse.
Pronounced dead {{DATE:03/22/2024 02:49}}.
Cause: metastatic colon cancer (comfort measures only since {{DATE:3/18}}). Death expected. Not a medical examiner case (no trauma/falls/suspicion).
Attending Dr. {{NAME:Nathaniel Brewer}} notified 0255. Family: daughter {{NAME:Linda Leavitt-Snow}} (HCP) notified by phone {{PHONE:207-555-0128}} at 0300; she is driving from {{LOCATION:Bangor}}, wishes to see pt. Son {{NAME:George Leavitt}} in {{LOCATION:Ocala}}, FL, to be called by daughter.
Autopsy: declined by family. Organ/tissue: {{FACILITY:Northern New England Tissue Network}} referral #{{ID:NEDN-24-03317}} at 0305 -- tissue (corneas) accepted per family wish.
Funeral home: family undecided ({{FACILITY:Deering Oaks Funeral Home}} vs a home in {{LOCATION:Bangor}}); CM to follow up.
{{NAME:Caleb Forsyth}}, MD (PGY-1)  pgr {{PHONE:4-0919}}`,

  // 73 i2b2-style ALL CAPS discharge summary, CABG
  `{{ID:704233918}} | {{FACILITY:SBMC}} | {{MRN:60118332}} | | {{ACCOUNT:1089442}} | {{DATE:8/30/2005 12:00:00 AM}} | CORONARY ARTERY DISEASE | Signed | DIS | Admission Date: {{DATE:08/30/2005}} Report Status: Signed

Discharge Date: {{DATE:09/06/2005}}
ATTENDING: {{NAME:NIAMH C. KENNEALLY}}, M.D.
SERVICE: CARDIAC SURGERY, {{FACILITY:FEENEY 7}}
HISTORY OF PRESENT ILLNESS: MR. {{NAME:BRIAN MCNAMARA}} IS A 64 YEAR OLD RETIRED {{FACILITY:NEPONSET ELECTRIC}} LINEMAN WITH UNSTABLE ANGINA, CATH AT {{FACILITY:HINGHAM HARBOR CARDIOLOGY}} ON {{DATE:08/26/05}} SHOWING LEFT MAIN 80% AND 3-VESSEL DISEASE.
OPERATIONS AND PROCEDURES: {{DATE:08/31/05}} CORONARY ARTERY BYPASS GRAFT X 4 (LIMA TO LAD, SVG TO DIAGONAL, OM AND PDA). INTRAOPERATIVE TEE: EF 45%.
HOSPITAL COURSE: EXTUBATED ON THE DAY OF SURGERY. SWAN-GANZ REMOVED POD 1. ATRIAL FIBRILLATION POD 2 TREATED WITH AMIODARONE AND LOPRESSOR, CONVERTED. CHEST TUBES AND WIRES REMOVED POD 3. STERNAL WOUND CLEAN.
DISCHARGE MEDICATIONS: LOPRESSOR 25 MG BID, AMIODARONE 400 MG BID X 1 WEEK THEN 200 MG QD, ECASA 325 MG QD, LIPITOR 40 MG QD, LASIX 20 MG QD X 5 DAYS, PERCOCET 1-2 TABS Q4H PRN.
DISPOSITION: HOME WITH {{FACILITY:WOLLASTON VNA}}. WIFE {{NAME:EILEEN}}.
FOLLOW UP: DR. {{NAME:KENNEALLY}} 4 WEEKS; CARDIOLOGIST DR. {{NAME:ARTHUR WEINSTOCK}} 1-2 WEEKS.
DICTATED BY: {{NAME:SUSAN T. MALLOY}}, P.A.
{{NAME:SM}}/{{NAME:kfb}}
DD: {{DATE:09/06/05}}
TD: {{DATE:09/07/05 3:45 P}}`,

  // 74 VA pain clinic / opioid agreement
  `LOCAL TITLE: PAIN MANAGEMENT - OPIOID SAFETY INITIATIVE REVIEW
DATE OF NOTE: {{DATE:OCT 05, 2023@11:15}}   AUTHOR: {{NAME:OKONJO,CHIDI}}, PharmD
Veteran: {{NAME:CUNHA,PAUL E}}  ({{SSN:C6627}})   DOB {{DATE:03/11/1963}}
PACT: Gold 1, {{FACILITY:Lewis Bay CBOC}} ({{LOCATION:Hyannis}})   PCP Dr. {{NAME:Whelan}}

Chronic low back pain + L knee OA (SC 40%), on oxycodone 10 mg q6h prn (MEDD 60), gabapentin 600 tid.
STORM risk: high (0.08). PDMP (MassPAT) query {{DATE:10/4/23}}: no other prescribers; one early fill at {{FACILITY:Falmouth CVS #2281}} {{DATE:9/2}} (VA mail was late).
UDS {{DATE:9/20/23}}: + oxycodone/oxymorphone, neg fentanyl, + THC (medical card).
Naloxone: kit dispensed {{DATE:10/2022}}, pt says it's on his boat (fishes commercial out of {{LOCATION:Chatham}} in season).
Signed informed consent for long-term opioid therapy (iMed consent) {{DATE:10/05/2023}}.
Recommendations to PCP:
1. Taper oxycodone 10% q4wks, goal MEDD < 50.
2. Add duloxetine 30 mg daily (pain + mood), PT/aquatic therapy at {{FACILITY:Mid-Cape Aquatic Center}}.
3. Repeat naloxone kit mailed; new address {{ADDRESS:41 Old Stage Rd, Unit B}}, {{LOCATION:Centerville}} {{ZIP:02632}}.
/es/ {{NAME:CHIDI OKONJO}}, PharmD, CPP   ext {{PHONE:5507}}`,

  // 75 Release of information request
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
{{FACILITY:Elm City Medical Center}} Health Information Management, {{ADDRESS:712 Grand Ave, Room B-104}}, {{LOCATION:New Haven}}, CT {{ZIP:06510}}
HIM phone {{PHONE:203-555-0197}}  fax {{FAX:203-555-0198}}

Patient name: {{NAME:Antonietta (Toni) Sabatino}}    Other names used: {{NAME:Toni Gallo}}
DOB: {{DATE:09/09/1974}}   MRN: {{MRN:EC-20044185}}   SSN (last 4): {{SSN:8125}}
Address: {{ADDRESS:310 Forbes Ave, Apt 12}}, {{LOCATION:East Haven}}, CT {{ZIP:06512}}
Phone: {{PHONE:(475) 555-0199}}   Email: {{EMAIL:toni.sabatino74@nutmegmail.com}}

Release FROM: {{FACILITY:Elm City Medical Center}}, all campuses
Release TO: {{NAME:Gregory Lombardi}}, Esq., {{FACILITY:Lombardi & Pruitt LLP}}, {{ADDRESS:55 Church St, 9th Floor}}, {{LOCATION:New Haven}}, CT {{ZIP:06510}}
Information: ED record and imaging from {{DATE:12/02/2022}} (MVC); PT notes {{DATE:12/2022}} - {{DATE:03/2023}}.
Purpose: legal / personal injury claim; auto claim # {{ID:PIP-88214730}}.
Excludes: psychotherapy notes; HIV, substance use (42 CFR Part 2) info unless initialed: ____
Expires: {{DATE:12/31/2024}}
Signature: ___(signed)___  Date: {{DATE:5/15/2024}}
Processed by: {{NAME:R. Castellano}}, ROI specialist, request # {{ID:ROI-2024-118830}}`,

  // 76 IR port placement
  `INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
{{FACILITY:Hartford Academic Medical Center}} IR suite 3   {{DATE:05/08/2023 10:15}}
Patient: {{NAME:Dos Santos, Luciana}}   MRN {{MRN:HA00553920}}   DOB {{DATE:12/12/1980}}
Procedure: Placement of R IJ single-lumen chest port (CPT 36561), US and fluoro guided.
Operator: {{NAME:Wen-Li Chao}}, MD   Resident: {{NAME:Tyler McManus}}, MD   RN: {{NAME:Gina Pascale}}, RN
Indication: breast ca, neoadjuvant ddAC-T starting {{DATE:5/11}} at {{FACILITY:Hartford Academic Cancer Center}} (Dr. {{NAME:Siddiqui}}).
Consent: risks/benefits/alternatives discussed w/ pt in Portuguese via interpreter {{NAME:Ines}} #{{ID:5520}}; written consent signed.
Sedation: moderate, midazolam 2 mg + fentanyl 100 mcg, 24 min RN-monitored.
Technique: Time-out performed. R IJ patent/compressible on US (image stored). Micropuncture access, 8 Fr peel-away sheath. Catheter tunneled to R chest pocket, tip at cavoatrial junction on fluoro. Port: Bard PowerPort ClearVUE slim, lot REYX1148, s/n {{DEVICE:PPCV8842017}}. Pocket closed 3-0 Vicryl, 4-0 Monocryl subcuticular, Dermabond.
Port accessed and flushed, heparin lock 500 u. EBL < 5 mL. No PTX on fluoro.
Impression: successful R IJ port, ready for use. Implant card given to pt; device registered w/ manufacturer.
{{NAME:Wen-Li Chao}}, MD  {{DATE:05/08/2023 11:02}}`,

  // 77 Wound care nursing note
  `WOC NURSING CONSULT -- {{FACILITY:St. Brendan's Medical Center}}, {{FACILITY:Halloran 9}} rm 9-06A
{{DATE:2/3/24}} 1045
pt {{NAME:mcdonough, rita a}}  mrn {{MRN:3304127}}  88f
consult from RN {{NAME:Tara Coughlin}} re: sacral wound, present on admission from {{FACILITY:Marshfield Hills Nursing Home}}

hx: dementia, bedbound, poor po intake, alb 2.4. admitted {{DATE:1/31}} w/ UTI.
assessment: sacrum/coccyx stage 4 pressure injury 6.2 x 4.8 x 1.9 cm, undermining 2.5 cm at 12-3 o'clock, tunnel 3 cm at 9 o'clock. 60% red granulation, 40% yellow slough. bone palpable? no. mod serosanguinous drainage, mild odor after cleansing. periwound macerated. R heel unstageable 2 x 2 cm, dry stable eschar - leave intact. Braden 10.
photos taken per protocol, uploaded to media tab.
plan:
- sacrum: cleanse NS, fill w/ Aquacel Ag rope, cover Allevyn Life 15 x 15, change daily + prn
- NPWT not appropriate (incontinent of stool, flexiseal declined by family)
- heel: betadine paint bid, Prevalon boots
- low air loss mattress (Hill-Rom Envella), turn q2h
- nutrition consult; MVI, zinc, Juven bid
- family: niece {{NAME:Colleen Byrne}} ({{PHONE:781-555-0116}}) updated, aware stage 4 POA.
will follow 2x/wk. {{NAME:Deb Santangelo}}, RN, CWOCN  x{{PHONE:7734}}`,

  // 78 Trauma H&P, MVC
  `TRAUMA SURGERY H&P -- LEVEL 2 ACTIVATION
{{FACILITY:Casco Bay Medical Center}} ED trauma bay 1   {{DATE:07/04/2023 23:36}}
Pt: {{NAME:Hunter Ridlon}}   DOB {{DATE:1/22/2001}}   MRN {{MRN:CB-1290044}}
Arrived via {{FACILITY:Saco Bay Ambulance}} Medic 2. ME State Police trooper {{NAME:Collins}} present; crash report # {{ID:23-MSP-114082}}.
Mech: restrained driver, 2014 Subaru WRX (ME plate {{VEHICLE:4127 WX}}) vs utility pole on {{ADDRESS:Route 9 near Ferry Rd}}, {{LOCATION:Saco}}, ~55 mph, + airbag, extrication 15 min. ETOH suspected.
Primary: A - talking. B - BS equal, sat 97%. C - HR 118, BP 104/66, 2 large-bore IVs. D - GCS 14 (E4V4M6), pupils 3 mm brisk. E - seatbelt sign lower abd.
Secondary: L forearm deformity; abrasions knees.
FAST: + fluid Morison's pouch.
CT: grade III splenic lac w/ no blush; L mesenteric hematoma; L radius/ulna shaft fx. CT head neg. C-spine cleared by CT (NEXUS n/a, ETOH).
Plan: admit TICU, serial Hgb q6, NPO, ortho splint/ORIF tomorrow. Tetanus given. BAL 0.14.
Contact: mother {{NAME:Crystal Ridlon}}, {{PHONE:207-555-0109}}; pt works at {{FACILITY:Biddeford Boatworks}}.
{{NAME:Emma Sirois}}, MD (PGY-3) / {{NAME:Victor Hamlin}}, MD, trauma attending`,

  // 79 VA Agent Orange registry exam
  `LOCAL TITLE: AGENT ORANGE REGISTRY EXAMINATION
DATE OF NOTE: {{DATE:SEP 27, 2023@10:00}}   AUTHOR: {{NAME:ROSSI,MARIA T}}, MD   Env Health Clinician
INSTITUTION: {{FACILITY:COASTAL NEW ENGLAND HCS}}   DIVISION: {{FACILITY:FORT POINT DIV}}

Veteran: {{NAME:BARROS, MANUEL J}}   {{SSN:B1147}}   DOB {{DATE:05/16/1948}}
Service: USMC 1966-1969; {{LOCATION:Da Nang}} and {{LOCATION:Khe Sanh}} {{DATE:Jan 1967}}-{{DATE:Feb 1968}}. Reports walking through defoliated areas, drinking local water.
Post-service: fish cutter at {{FACILITY:Wharf Street Fish Processing}} 25 yrs, then {{FACILITY:Bay Transit Authority}} bus mechanic. Lives in {{LOCATION:Roxbury}} w/ wife {{NAME:Fatima Barros}}; son {{NAME:Manny Jr}} is a VSO at {{FACILITY:Cape Verdean Veterans Post 9}}.
Health concerns: DM2 (dx 2004), IHD (stent 2015), peripheral neuropathy, prostate ca (treated 2012 w/ XRT). All presumptive conditions under 38 CFR 3.309(e); Veteran already SC 100% for IHD/DM2.
Exam: BP 132/76, BMI 29. Monofilament decreased bilat to ankles. Chloracne: none. 
Labs: A1c 7.1, lipid panel, CBC, UA ordered.
Counseling: Registry letter to be mailed to {{ADDRESS:22 Dudley St, Apt 1}}, {{LOCATION:Boston}} {{ZIP:02119}}. Provided PACT Act info; offered toxic exposure screening update.
/es/ {{NAME:MARIA T ROSSI}}, MD  {{DATE:09/27/2023 10:48}}`,

  // 80 Telephone encounter / portal message
  `TELEPHONE ENCOUNTER -- {{FACILITY:Wooster Square Internal Medicine}}
{{DATE:Fri 12/15/2023 4:52 PM}}   Call taken by: {{NAME:Brianna Colon}}, MA
Caller: {{NAME:Siobhan Flynn}} (daughter, on DPOA), re: pt {{NAME:Thomas "Tom" Flynn}}, DOB {{DATE:10/1/1936}}, MRN {{MRN:WSI-014419}}
Callback: {{PHONE:(203) 555-0148}} / work {{PHONE:(203) 555-0147 x210}}

Message: Dad fell this afternoon in the bathroom at {{FACILITY:Chapel Hill Senior Residences}} ({{ADDRESS:900 Chapel St, Apt 614}}). No head strike per staff aide {{NAME:Yolanda}}. Now says R hip hurts when walking, able to bear weight w/ walker. On Eliquis. Daughter is at work in {{LOCATION:Stamford}}, can't get there til 7pm.
Also asking: portal message sent {{DATE:12/12}} via {{URL:https://portal.woostersquareim.com/msg/55102}} not answered.
Triage (RN {{NAME:Deirdre Malone}}, per Schmitt-Thompson fall protocol): on anticoagulant + hip pain after fall -> ED eval tonight. Advised daughter to have facility call 911 or transport to {{FACILITY:Elm City Medical Center}} ED. Daughter agrees, will meet him there.
Routed to Dr. {{NAME:Ferrara}} (PCP) as FYI and re: portal message. Faxed note to facility nurse {{FAX:(203) 555-0146}}.
{{NAME:DM}}/{{NAME:bc}}`,
];

export const HELDOUT_REALISTIC_27_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout27-${i + 1}`, n));
