// A seventh held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION). It leans towards what notes from large US health systems look
// like: urban academic medical centres and safety-net hospitals, i2b2/n2c2-style discharge
// summaries and clinic notes with "Record date:" lines and dictation footers (D:/T:, job numbers,
// typist initials), MIMIC-style [** **] placeholders, ED, ICU, operative, anesthesia, consult,
// radiology, pathology and microbiology reports, telephone encounters, patient-portal messages,
// referral and disability letters, social work, nursing shift notes in lower-case shorthand and
// some ALL CAPS notes. Names come from everywhere (Hispanic, Chinese, Korean, Indian, Russian,
// Ethiopian, Irish, Filipino, Jamaican, Native American, Arabic), in "LAST, FIRST M" and
// "First M. Last" forms, as nicknames and in lower case; organisations of every kind (employers,
// schools, churches, shelters, gyms, restaurants, pharmacies, labs, nursing homes, rehab centres,
// home-care agencies, group homes, courts and jails) appear in Title case, ALL CAPS and lower case,
// often without a "hospital/clinic/center" word; dates come in every format ("the 3rd", "3/4",
// "Mar-04-2091", "04MAR91", ranges); and there are many look-alike non-PHI (eponyms, drugs, doses,
// scores, ratios, lab values, device models, rooms and beds, CPT/ICD codes, years and weekdays
// alone, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions of the set-6 header: titles (Dr.,
// Mr., Mrs., Ms., Rev.) and honorifics stay outside NAME spans; typist initials are NAME; MIMIC
// placeholders are annotated over their content (brackets outside, so a time after the closing
// brackets stays outside), typed by what they stand for;
// a time attached to a full date is part of it, a weekday written with a date is part of it, a date
// range written as one token is one DATE span; month-and-day, month-and-year and ordinal days
// ("the 3rd") are DATE, a year alone or a season with a year is not; ages of 90 and over are AGE;
// payers, their departments and fax lines, and state or federal agencies are not PHI; hospitals,
// clinics, named wards and pavilions, schools, employers, churches, shelters, gyms, restaurants,
// group homes, nursing homes, courts, jails, labs, home-care agencies and a patient's pharmacy are
// FACILITY; insurer and Medicare/Medicaid member numbers are HEALTH_PLAN; billing, claim and
// hospital account numbers are ACCOUNT; NPI, DEA, state licences and driver's licences are LICENSE;
// plates and VINs are VEHICLE; pump, pacemaker, ICD, port and implant serials are DEVICE;
// accession, specimen, order, job, case, docket, inmate and employee numbers are ID; short
// in-house pagers and extensions are PHONE; lot, CLIA, NDC and trial numbers, CPT/ICD codes, room
// and bed numbers, device models and manufacturers are not PHI; a city abroad is LOCATION. Also: a
// time range after a date, or a time set off by "at" or a comma, stays outside the DATE span; a
// holiday with its year ("Easter Sunday 2024") is DATE; a street named without a number and an
// intersection are ADDRESS; a named park where the patient was is LOCATION; city police and fire
// departments (CPD, NYPD, HFD) and disability insurers are not PHI, like other agencies and payers;
// aircraft tail numbers and taxi numbers are VEHICLE; badge, booking, interpreter, WIC, UNOS and
// dog-tag numbers are ID.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2091-03-14}}

{{FACILITY:LAKESHORE UNIVERSITY MEDICAL CENTER}} - DISCHARGE SUMMARY

PATIENT: {{NAME:OKAFOR-BRENNAN, THERESA M}}     MRN: {{MRN:4471-0938}}
ADMIT: {{DATE:03/09/2091}}   DISCHARGE: {{DATE:03/14/2091}}
ATTENDING: {{NAME:Yevgeny Sokolov}}, MD
PCP: Dr. {{NAME:Priya Raghunathan}}, {{FACILITY:Pilsen Familia Health}}, {{ADDRESS:1908 S Ashland Ave}}, {{LOCATION:Chicago}}, IL {{ZIP:60608}}

HPI: 67F with HFrEF (EF 25%, NYHA III), CKD 3b, DM2 on glargine 22 units qHS, brought from home to the {{FACILITY:Mercy Loop}} ED after 3 days of orthopnea. Weight up 4 kg since clinic visit {{DATE:2/27}}. BNP 2,140. Cr 1.9 (baseline 1.6).

HOSPITAL COURSE: IV furosemide 80 mg BID, net -6.2 L. Switched to torsemide 40 mg daily on {{DATE:3/12}}. Echo {{DATE:3/11}} unchanged. Seen by Dr. {{NAME:Adeyemi}} (cardiology), who recommends sacubitril/valsartan once K+ < 5.0. Stayed on {{FACILITY:Kellogg 6}}, bed 14.

DISPOSITION: Home with {{FACILITY:Lakefront Visiting Nurses}} (RN visit {{DATE:3/15}}). Daughter {{NAME:Ngozi}} (cell {{PHONE:773-555-0117}}) manages meds.
FOLLOW-UP: HF clinic, Dr. {{NAME:Sokolov}}, {{DATE:3/21}} at 1:40 pm, 3rd floor {{FACILITY:Kellogg Pavilion}}.

{{NAME:Yevgeny Sokolov}}, MD
D: {{DATE:03/14/2091 11:02}}  T: {{DATE:03/14/2091 16:45}}
JOB #: {{ID:558120}}   {{NAME:YS}}/{{NAME:tmk}}`,
  `CCU NURSING PROGRESS NOTE 0700-1900
pt is a 78 yo m s/p cath [**{{DATE:2148-6-3}}**] w/ DES x2 to LAD, transferred from [**{{FACILITY:Hospital 1121}}**] on [**{{DATE:6-2}}**]. dtr [**{{NAME:Name (NI) 4417}}**] at bedside, hcp is wife [**{{NAME:Known firstname 812}}**] [**{{NAME:Known lastname 3390}}**], tel [**{{PHONE:Telephone/Fax (1) 6541}}**].

neuro: a+ox3, MAE, no sedation. RASS 0.
cv: NSR 70s-80s, occ PVCs. SBP 100s-120s. R fem site c/d/i, no hematoma, +DP/PT. heparin gtt off at 0200 per [**{{NAME:Doctor Last Name 1042}}**].
resp: 2L NC, sats 95-97%. lungs cta, diminished bases.
gi/gu: tol cardiac diet. foley d/c'd 0600, voided 350cc. BM x1.
id: afebrile. wbc 9.2.
social: pt lives w/ wife in [**{{LOCATION:Location (un) 2274}}**], retired from [**{{FACILITY:Company 22}}**]. son flying in from {{LOCATION:Manila}} tomorrow.
plan: plavix 75 mg + asa 81, lipitor 80. ambulate x3. f/u echo. transfer to [**{{FACILITY:Hospital Ward Name 121}}**] 5 when bed avail. pt aware of cardiac rehab referral to [**{{FACILITY:Hospital 3278}}**].
RN: [**{{NAME:First Name8 (NamePattern2) 553}}**] [**{{NAME:Last Name (NamePattern1) 4412}}**], RN`,
  `EMERGENCY DEPARTMENT NOTE - {{FACILITY:COOK COUNTY-HALSTED}}
DATE OF SERVICE: {{DATE:Mar-04-2091}}  ARRIVAL 02:17 via CFD ambulance

PT: {{NAME:Lorenzo "Chato" Villarreal}}   DOB {{DATE:11/30/1988}}   MRN {{MRN:009-381-224}}
Acct {{ACCOUNT:88120447311}}

CC: stab wound L flank.
HPI: 32M brought by EMS after altercation outside {{FACILITY:El Rinconcito}} taqueria on {{ADDRESS:26th St and S Kedzie Ave}}. Pt states he was stabbed once with a kitchen knife. ETOH +. Denies LOC. Last tetanus unknown.
Triage: HR 118, BP 104/66, RR 22, SpO2 98% RA, GCS 15. FAST negative.
Exam: 2 cm wound L posterior flank, no evisceration. Abd soft, mildly TTP LLQ.
CT A/P with contrast: no solid organ injury, small retroperitoneal hematoma, no active extravasation.
Course: Tdap, cefazolin 2 g, wound irrigated and closed with 4-0 nylon x5 by Dr. {{NAME:Hae-won Cho}} (PGY-2). Trauma surgery (Dr. {{NAME:Okonjo}}) consulted, admit for serial abd exams to trauma step-down, room 7.
CPD Officer {{NAME:Dan Kowalczyk}}, star #{{ID:17442}}, took statement; report RD# {{ID:JB-229104}}.
Contact: girlfriend {{NAME:Yesenia Ortiz}} {{PHONE:(773) 555-0162}}.
Employer: {{FACILITY:Midway Cold Storage}} (forklift operator).
Dispo: admit. Attending attestation: Dr. {{NAME:Margaret Fahey}}, {{DATE:03/04/91 05:50}}.`,
  `OPERATIVE REPORT
{{FACILITY:BRONX-HARLEM UNIVERSITY HOSPITAL}}, OR 11
Patient: {{NAME:Mendoza, Rafael Antonio}}    MR#: {{MRN:M0027719344}}
Date of surgery: {{DATE:September 18, 2022}}
Surgeon: {{NAME:Chidi Nwachukwu}}, MD. Assistant: {{NAME:Rebecca Lindqvist}}, PA-C.
Anesthesia: GETA, Dr. {{NAME:Anil Kothari}}.
Preoperative diagnosis: Incarcerated left inguinal hernia (K40.30).
Postoperative diagnosis: Same, with viable small bowel.
Procedure: Open left inguinal hernia repair with mesh, Lichtenstein (CPT 49507).
Findings: Indirect sac with a 6 cm loop of ileum, pink and peristalsing after reduction. No resection needed.
Description: Patient identified in pre-op holding with two identifiers and consent signed {{DATE:9/17}}. Time-out performed at 07:42. Ilioinguinal nerve preserved. 3DMax Light mesh, medium (lot 2207A118), secured with 2-0 Prolene. Scarpa closed with 3-0 Vicryl, skin 4-0 Monocryl, Dermabond.
EBL 20 mL. Specimens: none. Counts correct x2.
Disposition: PACU, then {{FACILITY:Rothmann 8 West}}. Post-op call from wife {{NAME:Graciela}} at {{PHONE:718-555-0139}} returned by me at 10:15.
Dictated by {{NAME:C. Nwachukwu}}, MD {{DATE:09/18/2022}}; transcribed {{DATE:09/19/2022}} by {{NAME:lmf}}. Conf #{{ID:7730192}}.`,
  `ANESTHESIA PRE-PROCEDURE EVALUATION
Name: {{NAME:Tran, Bao Ngoc}}  DOB: {{DATE:1949-07-02}}  MRN: {{MRN:60331187}}  CSN: {{ACCOUNT:1100482736}}
Procedure: R TKA, scheduled {{DATE:Thu 10/12/2023}}, {{FACILITY:Presbyterian Ortho Pavilion}} OR 4.
Surgeon: {{NAME:Dmitri Volkov}}, MD

PMH: HTN, OSA on CPAP (ResMed AirSense 10, SN {{DEVICE:23161874402}}), GERD, prior PONV. Hx of difficult IV.
Prior anesthetics: lap chole 2014 at {{FACILITY:St. Brigid of Baltimore}}, uneventful except PONV.
Meds: amlodipine 10, omeprazole 20, meloxicam 15 (held since {{DATE:10/5}}).
Airway: Mallampati III, TMD > 3 FB, full dentition, neck ROM full. ASA 3.
Labs {{DATE:10/2}}: Hgb 12.1, Plt 233, Cr 0.9, K 4.1, A1c 5.9. ECG: NSR, LAFB.
Plan: spinal + adductor canal block, propofol sedation, PONV ppx (dex 4, ondansetron 4, scopolamine patch). Bring CPAP DOS.
Pt speaks Vietnamese; interpreter ID {{ID:41187}} via phone. Son {{NAME:Kevin Tran}} (HCP) {{PHONE:(215) 555-0184}}, email {{EMAIL:kevin.tran.phl@gmail.com}}.
{{NAME:Soo-Jin Park}}, CRNA / Dr. {{NAME:Hollis Baptiste}}, attending  {{DATE:10/04/2023 14:22}}`,
  `RADIOLOGY REPORT
{{FACILITY:HARBOR POINT COUNTY MEDICAL CENTER}} - DEPARTMENT OF IMAGING
Exam: CT HEAD WITHOUT CONTRAST   Accession: {{ID:CT-23-0918776}}
Patient: {{NAME:WHITEHORSE, DARLENE J}}   MRN {{MRN:H2283011}}   Age: 54   Sex: F
Exam date: {{DATE:11/02/2023 23:48}}
Ordering: {{NAME:Ishaan Mehta}}, DO (ED)   Callback ext {{PHONE:4-6120}}

CLINICAL HISTORY: Fall down stairs at {{FACILITY:Compass Rose Shelter}}, on apixaban, headache.
COMPARISON: CT head {{DATE:06/14/2021}} from {{FACILITY:Valley Medical}}.
TECHNIQUE: Axial 5 mm images from skull base to vertex. DLP 912 mGy-cm.
FINDINGS: 7 mm left frontal convexity subdural hematoma without midline shift. Basal cisterns patent. No calvarial fracture. Chronic small vessel ischemic change. Old right cerebellar lacune, new since prior.
IMPRESSION:
1. Acute 7 mm left frontal SDH, no shift.
2. Chronic microvascular disease.
Critical result called to Dr. {{NAME:Mehta}} by Dr. {{NAME:Faisal Al-Khatib}} at 00:06 on {{DATE:11/3/23}}, read back confirmed.
Electronically signed: {{NAME:Faisal Al-Khatib}}, MD   {{DATE:Nov 03 2023 00:11}}
Workstation {{IP:10.42.7.118}}`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:North Lakeview Pathology Associates}}
Case: {{ID:S23-44817}}    Received: {{DATE:08/22/2023}}   Reported: {{DATE:08/25/2023}}
Patient: {{NAME:Hailu, Meseret T.}}   DOB {{DATE:03/19/1971}}   MRN {{MRN:55720983}}
Submitting: Dr. {{NAME:Colleen Mulcahy}}, {{FACILITY:Uptown Women's Health}}, fax {{FAX:312-555-0173}}

SPECIMEN: A. Left breast, 2:00, 4 cm FN, US-guided core biopsy x3.
CLINICAL: BI-RADS 4C mass, 1.4 cm.
GROSS: Received in formalin labeled with the patient's name and "left breast 2:00" are three tan cores, 1.2-1.6 cm. Entirely submitted in A1. Cold ischemia < 1 h.
DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1). DCIS, solid type, intermediate grade. No LVI identified.
Biomarkers (block A1): ER 95% strong, PR 60% moderate, HER2 IHC 2+ (equivocal), reflex FISH sent to {{FACILITY:Keystone Molecular Diagnostics}}, req {{ID:FR-0082145}}.
Ki-67 about 20%.
Intradepartmental consult: Dr. {{NAME:Wen-Li Zhou}} agrees.
Electronically signed out by {{NAME:Tatiana Orlova}}, MD on {{DATE:Friday, August 25, 2023 15:20}}`,
  `MICROBIOLOGY - FINAL REPORT
Pt: {{NAME:SANTIAGO, MA. LOURDES}}   Loc: SICU-12   MRN {{MRN:0458812}}
Specimen #: {{ID:M-2091-004411}}   Source: Blood, peripheral (R antecubital)
Collected: {{DATE:04MAR91 0315}}   Received: {{DATE:04MAR91 0402}}

GRAM STAIN ({{DATE:05MAR91 0950}}): Gram-positive cocci in clusters, 2 of 2 bottles. Called to RN {{NAME:J. Abernathy}} by {{NAME:TQ}} at 0957.
CULTURE: Staphylococcus aureus, methicillin-resistant (MRSA). Time to positivity 14 h.
SUSCEPTIBILITY (MIC, ug/mL):
 vancomycin 1 S
 daptomycin 0.5 S
 linezolid 2 S
 oxacillin >2 R
 TMP/SMX <=0.5/9.5 S
 clindamycin >4 R (D-test +)
Comment: Repeat cultures recommended q24-48h until clear. ID consult suggested (pager {{PHONE:32117}}).
Prior isolate: MRSA from sputum {{DATE:02/17/91}}, {{FACILITY:Kingsbridge Terrace Nursing & Rehab}}.
Tech: {{NAME:rdm}}   Verified by {{NAME:Ana Lucia Paredes}}, MT(ASCP) {{DATE:03/07/91 16:10}}`,
  `TELEPHONE ENCOUNTER
{{DATE:01/09/2024 08:51}}  {{FACILITY:Fordham Road Adult Medicine}}
Caller: {{NAME:Yuliya}} (daughter of pt {{NAME:Galina Petrenko}}, DOB {{DATE:5/5/1938}}, MRN {{MRN:31877640}})
Callback: {{PHONE:347-555-0125}} (cell), alt {{PHONE:718 555 0190}} (work, {{FACILITY:Co-op City Dental Group}})

Reason: Mother "more confused since Sunday," not eating, fever 100.9 last night. Was seen here {{DATE:12/28}} for UTI, started on nitrofurantoin 100 mg BID x5d, finished {{DATE:1/2}}. Lives with daughter at {{ADDRESS:2240 Bronx Park E, Apt 6F}}, {{LOCATION:Bronx}}, NY {{ZIP:10467}}. Uses walker, had fall {{DATE:the 3rd}} without injury. No HHA.
Urine cx from {{DATE:12/28}} ({{FACILITY:BioRidge Labs}} acc {{ID:BR0044917261}}): E. coli > 100K, R to nitrofurantoin.

Plan per Dr. {{NAME:Ogunleye}}: advised ED eval today given delirium + resistant organism. Daughter prefers {{FACILITY:Eastchester Methodist}} ED; we will fax last note and culture to ED at {{FAX:718-555-0151}}. Daughter verbalized understanding.

{{NAME:Marisol Reyes-Batista}}, RN  x{{PHONE:3392}}
Routed to: {{NAME:Ogunleye, Temitope}}, MD; {{NAME:Fernandez, Ivelisse}}, MA`,
  `MyChart message from patient - received {{DATE:Sun 6/9/2024 10:37 PM}}
From: {{NAME:Jae-hyun Lim}}
To: {{NAME:Shapiro, Naomi}} MD pool - {{FACILITY:Koreatown Internal Medicine}}
Subject: BP readings + refill

Hi Dr. {{NAME:Shapiro}},
Here are my home BP numbers since our visit on {{DATE:May 22}}: mostly 138-146 over 88-92 in the morning, 128/80 at night. I'm taking the lisinopril 20 mg every morning like you said. My Omron cuff is the upper arm one.
Can you send the refill to the {{FACILITY:RxPlus}} on {{ADDRESS:Wilshire and Western}} instead of {{FACILITY:Hanmi Pharmacy}}? My new insurance card says member ID {{HEALTH_PLAN:XKJ914402217}}. 
Also my employer ({{FACILITY:Seoul Garden BBQ}}) needs a form that I was out {{DATE:5/20-5/24}}. Can I pick it up or do you email it? My email is {{EMAIL:jhlim.la@naver.com}}.
Thanks, {{NAME:Jae}}

Reply {{DATE:6/10/2024 8:12 AM}}, {{NAME:Tiffany Nguyen}}, LVN: Refill sent to {{FACILITY:RxPlus #9143}}. Dr. {{NAME:Shapiro}} wants to increase to 40 mg; see her {{DATE:July 1}} at 9:40. Work note attached in portal.`,
  `{{FACILITY:ST. VINCENT DEPAUL COMMUNITY HEALTH CENTER}}
{{ADDRESS:4410 N Broad St}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19140}}  Tel {{PHONE:215-555-0107}}  Fax {{FAX:215-555-0108}}

{{DATE:February 12, 2024}}

To whom it may concern / Social Security Administration, Disability Determination Services

RE: {{NAME:Darnell K. Whitfield}}   DOB {{DATE:08/14/1969}}   SSN {{SSN:187-44-6021}}

Mr. {{NAME:Whitfield}} has been under my care since {{DATE:June 2019}}. He has ischemic cardiomyopathy (LVEF 30% on echo {{DATE:11/28/23}}), prior STEMI with stenting in {{DATE:January 2019}} at {{FACILITY:Kensington Heart Institute}}, and an ICD (Boston Scientific, serial {{DEVICE:BSC-480227}}). He gets dyspnea walking one block and angina with stairs (CCS class III). He also has lumbar stenosis at L4-L5 and uses a cane.
He last worked in {{DATE:October 2022}} as a loader at {{FACILITY:Port Richmond Produce Terminal}}; he cannot lift over 10 lb or stand more than 15 minutes. I do not expect improvement in the next 12 months.
Please contact my office with any questions.

Sincerely,
{{NAME:Rosalind Agyeman}}, MD, FACP
NPI {{LICENSE:1942267105}}`,
  `SOCIAL WORK ASSESSMENT - {{FACILITY:Eastbay Alder General}}, 4C
Pt: {{NAME:Mahmoud Haddad}}, 58M, admitted {{DATE:3/28}} for DKA.
Met pt at bedside w/ interpreter (Arabic, {{NAME:Rania}}, ID {{ID:70412}}). Pt arrived from {{LOCATION:Aleppo}} {{DATE:Aug 2021}} via resettlement with {{FACILITY:Bay Area Refugee Partners}} (caseworker {{NAME:Liam O'Driscoll}}, {{PHONE:510-555-0182}}).
Living: pt, wife {{NAME:Samira}}, 3 children in 2BR at {{ADDRESS:1517 International Blvd #3}}, {{LOCATION:Oakland}} {{ZIP:94606}}. Youngest attends {{FACILITY:Manzanita Oaks Elementary}}.
Work: dishwasher at {{FACILITY:Tarboush Grill}}, 30 h/wk, no benefits.
Coverage: Medi-Cal, CIN {{HEALTH_PLAN:91774402B}}. Pharmacy: {{FACILITY:Fruitvale Rx}}.
Barriers: insulin cost (glargine pens), glucometer strips, low literacy in English, transportation (no car; uses AC Transit).
Plan: 1) enroll in {{FACILITY:Clinica Fruitvale Unida}} diabetes ed, first class {{DATE:4/8}}. 2) Medi-Cal transport approved, ride ID {{ID:TR558102}}. 3) Food bank referral to {{FACILITY:Alameda Community Pantry}}. 4) f/u PCP Dr. {{NAME:Yoon}} {{DATE:4/3/24}}.
{{NAME:Keisha Bramwell}}, LCSW  pgr {{PHONE:1-4471}}`,
  `nsg note 1900-0730
pt {{NAME:reyes, tomas}} rm 612-b. a&ox2 (not to date), pleasant. VSS, afeb. tele: afib 90s-110s.
2200 pt pulled at PIV L FA, new 20g placed R hand by {{NAME:maya}} (IV team). heparin gtt @ 18 u/kg/hr, PTT 0300 = 71, no change per protocol.
0130 c/o chest "tightness" 4/10, EKG done, no ST changes, paged dr {{NAME:kuznetsov}} (covering for dr {{NAME:obi}}), 1 SL ntg given w/ relief. troponin sent.
gu: purewick, uop 900 overnight. skin: stage 2 sacrum, mepilex changed.
safety: bed alarm on, fall risk high (morse 65). yellow socks on.
family: wife {{NAME:Consuelo}} called 2330 asking for update, gave general info only, asked for pt privacy code - verified. wife asks that son {{NAME:tommy jr}} NOT be given info.
pt asking for his rosary from home, wife will bring. chaplain fr. {{NAME:mike}} notified.
plan: am labs, cards to see. d/c planning - pt from {{FACILITY:casa de paz assisted living}} on {{ADDRESS:e 4th st}}.
--{{NAME:k. bautista}} rn`,
  `{{FACILITY:KINGS COUNTY EASTERN PARKWAY HOSPITAL}}
DISCHARGE SUMMARY
NAME: {{NAME:MCCARTHY, BRIDGET ANNE}}   UNIT NO: {{MRN:K-0092271}}
ADMISSION DATE: {{DATE:12/26/2022}}   DISCHARGE DATE: {{DATE:01/04/2023}}
SERVICE: GERIATRIC MEDICINE, {{FACILITY:CARROLL 5}}
THIS IS A {{AGE:94}} YEAR OLD WOMAN FROM {{FACILITY:OUR LADY OF REFUGE RESIDENCE}} ADMITTED WITH COMMUNITY-ACQUIRED PNEUMONIA AND DELIRIUM. CXR WITH RLL CONSOLIDATION. TREATED WITH CEFTRIAXONE 1 G DAILY AND AZITHROMYCIN 500 MG X1 THEN 250 MG X4, THEN AMOXICILLIN-CLAVULANATE TO COMPLETE 7 DAYS ON {{DATE:01/02}}. COURSE COMPLICATED BY HYPERNATREMIA (NA 151) CORRECTED WITH D5W, AND A FALL ON {{DATE:12/30}} WITHOUT FRACTURE (XR L HIP NEGATIVE).
GOALS OF CARE: MEETING {{DATE:12/29}} WITH NIECE AND HCP {{NAME:MAUREEN DOYLE-HASSAN}} ({{PHONE:917-555-0146}}). PATIENT IS DNR/DNI, MOLST ON CHART. NO FEEDING TUBE.
DISCHARGE DIAGNOSES: 1. CAP, RLL (J18.9). 2. DELIRIUM, RESOLVED. 3. ALZHEIMER DEMENTIA, FAST 6A. 4. CKD 3A.
DISCHARGE MEDS: DONEPEZIL 10 MG QHS, MIRTAZAPINE 7.5 MG QHS, APIXABAN 2.5 MG BID, SENNA.
FOLLOW UP: DR. {{NAME:VIKRAM SESHADRI}} AT THE RESIDENCE ON {{DATE:01/09/23}}.
DICTATED BY: {{NAME:ELENA MARCHETTI}}, NP FOR DR. {{NAME:SESHADRI}}
DD: {{DATE:01/04/2023}}  DT: {{DATE:01/05/2023}}  JOB {{ID:0031775}}  {{NAME:EM}}/{{NAME:JRW}}`,
  `Record date: {{DATE:2088-10-19}}

{{FACILITY:Dorchester Neighborhood Health}}
Internal Medicine - follow-up visit

{{NAME:Hector Quiñones}} is a 61 year old gentleman who returns for diabetes and hypertension. Since last seen on {{DATE:July 7}} he has started working nights as a security guard at {{FACILITY:Neponset Plaza}} and eats mostly at {{FACILITY:Lupita's Cocina}}. Home glucose 160s-210s. No hypoglycemia. He ran out of metformin for two weeks starting {{DATE:9/2}} when his MassHealth lapsed; reinstated, ID {{HEALTH_PLAN:100388271944}}.
He saw Dr. {{NAME:Bhattacharya}} at {{FACILITY:Franklin Park Eye}} on {{DATE:9/30}}: mild NPDR OU, no macular edema.

Meds: metformin 1000 bid, glipizide 5 qam, lisinopril 40, HCTZ 25, atorvastatin 40.
PE: BP 148/90, P 82, Wt 211 lb, BMI 33.1. Monofilament intact bilat.
A1c 9.4 (was 8.1). Cr 1.0, UACR 88.

A/P: DM2 uncontrolled - add semaglutide 0.25 weekly; nutrition referral; gave {{FACILITY:Fields Corner Fitness}} pass. HTN - add amlodipine 5. Return 6 weeks.

{{NAME:Caroline O'Toole}}, MD
cc: {{NAME:Nnamdi Eze}}, NP
Dict: {{DATE:10/19/88}}  Trans: {{DATE:10/21/88}}  {{NAME:cot}}/{{NAME:sp}}`,
  `CARDIOLOGY CONSULTATION
{{FACILITY:Fulton Peachtree Memorial}} - requested by Dr. {{NAME:Tamika Holloway}} (Hospital Medicine)
Pt: {{NAME:Baptiste, Jean-Robert}}  MRN {{MRN:GP00381994}}  Rm 10-214  Date {{DATE:4/17/2023}}

Reason: new AF with RVR, troponin leak.
HPI: 71M, Haitian Creole speaker (son {{NAME:Wesner}} interpreted by phone), no cardiac history, presented {{DATE:4/15}} with palpitations after a family event at {{FACILITY:Eglise Baptiste Bethel}}. HR 150s, converted to rate control on diltiazem gtt. Troponin I 0.08 -> 0.11 -> 0.09. CHA2DS2-VASc 3 (age, HTN, DM). HAS-BLED 1.
TTE {{DATE:4/16}}: LVEF 45%, LA 4.6 cm, mild MR, no thrombus seen.
Assessment: AF, likely longstanding (LA dilated), demand-related troponin; rule out ischemic cardiomyopathy.
Rec: 1) apixaban 5 bid (Cr 1.1, wt 82 kg). 2) metoprolol succinate 100 daily. 3) outpatient regadenoson SPECT or CCTA. 4) consider TEE/DCCV in 3-4 wks. 5) f/u {{FACILITY:Ponce de Leon Heart Associates}} with Dr. {{NAME:Yusuf Demir}} - scheduler {{PHONE:404-555-0131}}.
Thank you for this consult.
{{NAME:Anjali Venkataraman}}, MD, Cardiology fellow / {{NAME:R. Castellanos}}, MD attending  pgr {{PHONE:7-1188}}`,
  `PSYCHIATRY EMERGENCY EVALUATION - {{FACILITY:GRAMERCY-EAST RIVER}} CPEP
{{DATE:Tuesday, March 5, 2024}}, 16:40
Pt: {{NAME:Sergei "Sasha" Ivanov}}, 27M. MRN {{MRN:BE-4419082}}. Brought by NYPD from {{ADDRESS:W 34th St and 7th Ave}} after shouting at commuters; 9.39 status.
Hx: schizoaffective d/o, multiple admits (last {{FACILITY:Hellgate Psychiatric Center}}, {{DATE:Nov-2023}}). Recently released from {{FACILITY:Hudson Island Detention Complex}} on {{DATE:2/20}}; NYSID {{ID:08817244Q}}. Mandated to {{FACILITY:Manhattan Mental Health Court}}, docket {{ID:MHC-2023-1182}}; case manager {{NAME:Ebony Sinclair}} at {{FACILITY:Lantern House Midtown}}, {{PHONE:212-555-0158}}.
Staying at {{FACILITY:Kips Bay Men's Shelter}}. Mother {{NAME:Olga Ivanova}} in {{LOCATION:Brighton Beach}}.
MSE: disheveled, guarded, pressured speech, grandiose ("I work for the UN"), denies SI/HI, + AH. Insight poor. Utox + cannabis.
Meds (per {{FACILITY:Herald Sq Drugs #1422}} fill history): paliperidone palmitate 234 mg monthly, last dose {{DATE:1/8/24}}, now overdue.
Plan: admit to inpatient psychiatry under 9.39, give Invega Sustenna 234 mg IM, notify court liaison. Seen with Dr. {{NAME:Ayodele Bamgbose}}.
{{NAME:Rachel Lieberman}}, PMHNP`,
  `Admission Date: [**{{DATE:2151-11-2}}**]     Discharge Date: [**{{DATE:2151-11-19}}**]
Date of Birth: [**{{DATE:2072-4-30}}**]     Sex: F
Service: MEDICINE
Allergies: Penicillins / Sulfa
Attending: [**{{NAME:First Name3 (LF) 2267}}**]
Chief Complaint: hematemesis
History of Present Illness: 79F with EtOH cirrhosis (MELD 22), grade 2 varices banded [**{{DATE:2151-8-14}}**] at [**{{FACILITY:Hospital 882}}**], who presented to [**{{FACILITY:Hospital1 18}}**] ED after vomiting coffee-ground material at home in [**{{LOCATION:Location (un) 620}}**]. Her husband [**{{NAME:Name (NI) 1417}}**] called 911. Hct 21 on arrival, transfused 3 u PRBC. EGD by Dr. [**{{NAME:Last Name (STitle) 1943}}**] showed large esophageal varix with stigmata, banded x4. Octreotide x72 h, ceftriaxone 1 g for SBP ppx.
Hospital course notable for hepatic encephalopathy on HD4, improved with lactulose and rifaximin. Seen by hepatology (Dr. [**{{NAME:First Name8 (NamePattern2) 1101}}**] [**{{NAME:Last Name (NamePattern1) 7781}}**]) for transplant evaluation; needs 6 months sobriety.
Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital 1229}}**] - [**{{LOCATION:Location (un) 1230}}**]
Followup Instructions: Liver clinic [**{{DATE:2151-12-3}}**] 10:30, [**{{PHONE:Telephone/Fax (1) 2422}}**]; EGD surveillance in 2-4 weeks.
[**{{NAME:First Name11 (Name Pattern1) 312}}**] [**{{NAME:Last Name (NamePattern4) 1944}}**] MD [**{{LICENSE:MD Number(1) 1945}}**]
Completed by: [**{{DATE:2151-11-19}}**]`,
  `ED TRIAGE / TRAUMA FLOW - {{FACILITY:GULF COAST METHODIST-BAYTOWN EAST}}
{{DATE:07/04/2023 22:16}}
PT: {{NAME:GUTIERREZ, ALEJANDRA}}  F  DOB {{DATE:02/09/2001}}  MRN {{MRN:H44180327}}
MECHANISM: RESTRAINED DRIVER, T-BONE MVC AT {{ADDRESS:I-10 EAST AND SHELDON RD}}, AIRBAG DEPLOYED, EXTRICATION 15 MIN. BROUGHT BY HFD MEDIC 19.
HER VEHICLE: 2016 NISSAN ALTIMA, TX PLATE {{VEHICLE:MKT-4471}}. OTHER DRIVER (UNKNOWN) FLED.
PRIMARY: A PATENT, B CLEAR BILAT, C HR 112 BP 98/60, D GCS 14 (E3V5M6), E SEATBELT SIGN LOWER ABD.
FAST: + FLUID MORRISON POUCH. LEVEL 1 ACTIVATION 22:21. TO CT THEN OR.
ID ON PERSON: TX DL {{LICENSE:41887203}}. EMPLOYEE BADGE {{FACILITY:BAYPORT POLYMERS CHANNELVIEW TERMINAL}} #{{ID:E-20917}}.
EMERGENCY CONTACT: MOTHER {{NAME:ROSA ELVIA GUTIERREZ}} {{PHONE:281-555-0112}}. SPEAKS SPANISH ONLY.
BELONGINGS: PURSE, PHONE, $42 CASH, GOLD CROSS NECKLACE - GIVEN TO SECURITY OFFICER {{NAME:T. BOUDREAUX}}, BAG #{{ID:22871}}.
HPD OFFICER {{NAME:NGUYEN}} BADGE {{ID:7718}} AT BEDSIDE, INCIDENT {{ID:0918221-23}}.
TRIAGE RN {{NAME:DEMETRIUS WASHINGTON}}`,
  `Pediatrics - well child 9 yr
{{FACILITY:Capitol Children's Southeast}} - {{DATE:Aug 14, 2023}}
{{NAME:Amara Tesfaye}}, DOB {{DATE:06/02/2014}}, MRN {{MRN:CN-7720183}}. Here with mom {{NAME:Hiwot Abebe}} and little brother {{NAME:Yonas}}.
Starting 4th grade at {{FACILITY:Anacostia Hills Elementary}} on {{DATE:the 28th}}, teacher Ms. {{NAME:Pruitt}}. Mom requests updated asthma action plan and albuterol for school nurse. Also after-school at {{FACILITY:Bethel AME Kids Club}}.
Asthma: mild persistent, on Flovent 44 mcg 2 puffs bid, albuterol prn; last ED visit {{DATE:Feb 2023}} at {{FACILITY:Benning Ridge Pediatric ED}}. No nighttime sx x3 mo.
Growth: Ht 134 cm (55%), Wt 31 kg (68%), BMI 17.3. BP 102/64. Vision 20/20, hearing pass.
Dev: reading at grade level, plays soccer with {{FACILITY:Ward 8 Eagles FC}}. Speaks Amharic at home.
Immunizations: flu today (lot FL7731), Tdap due at 11.
Forms: school health form and 504 plan letter given; emailed copy to {{EMAIL:h.abebe1985@yahoo.com}}.
Next visit 1 yr. {{NAME:Marcus Delacroix-Pierre}}, MD`,
  `HEMODIALYSIS TREATMENT NOTE
{{FACILITY:Southside Renal Care - Englewood}}, chair 7, MWF 2nd shift
Pt: {{NAME:Jackson, Lavelle D.}}  MRN {{MRN:55190847}}  Tx date {{DATE:1/17/24}}
Access: L brachiocephalic AVF, + thrill/bruit, cannulated 15g x2 by {{NAME:Precious}}, PCT.
Pre: BP 172/96, HR 84, Wt 93.4 kg (EDW 90.0), lungs crackles bases, 1+ LE edema.
Rx: 4 h, Optiflux F180, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.5 L, heparin 2000 u bolus.
Intradialytic: cramping at hr 3, UF reduced, NS 200 mL given. 
Post: BP 148/84, Wt 90.2 kg.
Labs (monthly, {{DATE:1/3}}): Hgb 9.8, K 5.6, Phos 6.8, Ca 8.7, PTH 612, Kt/V 1.38, albumin 3.6.
Issues: missed tx {{DATE:Fri 1/12}} - "no ride"; {{FACILITY:RideWell NEMT}} trip #{{ID:LC-33019924}} was a no-show. SW {{NAME:Dorothy Kim-Henderson}} to call {{FACILITY:Safe Passage Transport}} at {{PHONE:773-555-0168}}. Transplant referral to {{FACILITY:Midway University Kidney Transplant}} pending, coordinator {{NAME:Brandi}}.
Medicare ID {{HEALTH_PLAN:4TR7-HY2-KM81}}.
Nephrologist Dr. {{NAME:Olawale Akinyemi}} rounded.
{{NAME:Jennifer Ochoa}}, RN, CNN`,
  `SNF TO HOSPITAL TRANSFER FORM
From: {{FACILITY:Sunrise Terrace Skilled Nursing}}, {{ADDRESS:8800 Sepulveda Blvd}}, {{LOCATION:North Hills}}, CA {{ZIP:91343}}
Unit: {{FACILITY:Magnolia Wing}}, Rm 21B   Nurse station {{PHONE:818-555-0121}}  Fax {{FAX:818-555-0122}}
Resident: {{NAME:Dela Cruz, Feliciano R.}}  DOB {{DATE:10-03-1932}}  Age {{AGE:91}}
Admitted to facility: {{DATE:04/11/2021}}   Medicare {{HEALTH_PLAN:2GN5-QW3-AX74}}
Sent to: {{FACILITY:San Fernando Methodist}} ED on {{DATE:12/01/2023}} at 0510 via {{FACILITY:Angel City Ambulance}}
Reason: SpO2 84% RA, T 101.8, RR 28, new lethargy. Suspected aspiration (hx CVA, dysphagia, mech soft/nectar thick).
Code status: Full code (per son {{NAME:Arnel Dela Cruz}}, POA, {{PHONE:818 555 0176}}). Wife {{NAME:Lourdes}} also aware.
Baseline: bed/chair, oriented to self, speaks Ilocano and some Tagalog; nods to questions.
Meds: ASA 81, clopidogrel 75, donepezil 5, lisinopril 5, tamsulosin 0.4. Last doses 2100 {{DATE:11/30}}.
Lines: none. Foley: no. Pressure injury: stage 3 L heel.
Attending at SNF: Dr. {{NAME:Ferdinand Manalo}}.
Sending RN: {{NAME:Jocelyn Pascual}}, RN  {{DATE:12/1/23 0505}}`,
  `Patient message via {{URL:https://portal.queensborough-health.org}} - {{DATE:10/23/2023 6:02 PM}}
From: {{NAME:Ashok Venugopal}} (proxy for father {{NAME:Venugopal Krishnamurthy}}, MRN {{MRN:QH5501827}})
Subject: Video visit link not working

Dear Dr. {{NAME:Mukherjee}},
My father's video visit tomorrow ({{DATE:Oct 24}} at 11:20) - the link you sent, {{URL:https://meet.qhtelehealth.net/v/8J2KQ-19}}, says expired. Can your office resend? He is staying with me now at {{ADDRESS:87-15 Hillside Ave, Apt 2C}}, {{LOCATION:Jamaica}}, NY {{ZIP:11432}} since his fall on {{DATE:10/15}}, not at his own place in {{LOCATION:Flushing}}.
Also the physical therapist from {{FACILITY:Queens Carewell Home Care}} said he needs a new order for the walker from {{FACILITY:Jamaica Surgical Supply}}.
His new cell is {{PHONE:929-555-0193}}. My email: {{EMAIL:ashok.v@queensmail.net}}.
Thank you,
{{NAME:Ashok}}

Staff reply {{DATE:10/24/2023 7:45 AM}} ({{NAME:Monique St. Fleur}}, MA): New link sent by text. DME order faxed to supplier at {{FAX:718-555-0144}}. Dr. {{NAME:Mukherjee}} will sign PT order today.`,
  `CASE MANAGEMENT - DISCHARGE PLANNING NOTE
{{DATE:5/9/24 1315}}. {{FACILITY:Dallas Trinity General}} 7 Tower. Pt {{NAME:Odom, Willie Earl}}, 66M, s/p L BKA {{DATE:5/2}}.
Spoke with pt and sister {{NAME:Bernice Odom-Tatum}} ({{PHONE:214-555-0133}}) re dc plan. Pt lives alone in 2nd-floor walk-up at {{ADDRESS:3122 Bonnie View Rd, Unit 204}}, {{LOCATION:Dallas}} {{ZIP:75216}}. Not safe for home dc.
PT/OT rec acute inpatient rehab. Referrals sent {{DATE:5/8}} via CarePort to: {{FACILITY:Collin Prairie Rehab Frisco}} (declined - payer), {{FACILITY:Lonestar Rehab Richardson}} (reviewing), {{FACILITY:Trinity Oaks Post-Acute}} (SNF backup, accepted).
Insurance: Medicare A/B + Texas Medicaid, Medicaid ID {{HEALTH_PLAN:522918803}}. Hospital acct {{ACCOUNT:HAR-300188812}}.
Pt's church ({{FACILITY:Greater Cedar Crest Baptist}}) has offered a ramp build; Deacon {{NAME:Floyd Ransom}} coordinating.
Prosthetics: {{FACILITY:Bluebonnet Prosthetics Oak Cliff}} to see pt {{DATE:5/10}}.
Plan: await {{FACILITY:Lonestar}} decision by {{DATE:5/10}} PM; if declined, SNF {{DATE:Monday 5/13}}.
{{NAME:Yolanda Trevino}}, RN CCM x{{PHONE:48812}}`,
  `L&D TRIAGE NOTE  {{FACILITY:Biscayne South Women's Pavilion}}  {{DATE:02/18/2024 03:12}}
{{NAME:Yamileth Carrasco-Duarte}} 24 y/o G2P1001 at 36w2d by 8 wk US (EDD {{DATE:03/14/2024}}), MRN {{MRN:JS-88107264}}.
CC: contractions q5 min since 2300, LOF? No VB. +FM.
PNC at {{FACILITY:Clinica del Sur Homestead}} with CNM {{NAME:Ruth Etienne}}; records faxed from {{FAX:305-555-0111}}. GBS neg {{DATE:2/9}}. Rh+. 1-hr GTT 118. Prior SVD 2019 at {{FACILITY:Kendall Lakes Baptist}}, 3410 g.
Vitals: BP 128/78, HR 96, T 98.6. FHT cat I, baseline 140, mod var, + accels. Toco q4-5 min.
SVE: 3/70/-2 (was 1 cm at clinic {{DATE:2/14}}). Nitrazine neg, fern neg.
Partner {{NAME:Edwin Duarte}} at bedside, works at {{FACILITY:Redland Tomato Packers}}; phone {{PHONE:786-555-0152}}.
Plan: walk 2 h, recheck cervix; if change, admit to L&D; ampicillin not needed (GBS neg). Dr. {{NAME:Lisette Abreu}} (OB hospitalist) aware.
{{NAME:Mayra Quintero}}, RNC-OB`,
  `HEME/ONC CLINIC - {{FACILITY:Lakeview-Ravenswood Cancer Institute}}
Visit {{DATE:06/27/2023}}. {{NAME:Castellano, Joseph "Joey" P.}}, 59M, MRN {{MRN:LR09914420}}.
Dx: stage IIIB colon adenocarcinoma (pT4aN1bM0), MSS, KRAS G12D, s/p R hemicolectomy {{DATE:3/30/23}} by Dr. {{NAME:Farida Nasser}}.
Tx: CAPOX C4D1 today. Enrolled on NRG-GI008 (NCT05119934), cohort A, ctDNA-guided.
Port: R IJ PowerPort, placed {{DATE:4/21}}, serial {{DEVICE:RFSB2217634}}, flushes well.
Interval: grade 1 cold dysesthesia, no HFS. Appetite fair; wt 171 lb (-3). Working part time at {{FACILITY:Bruno's Sausage Shop}} on {{ADDRESS:Lincoln Ave}}.
Labs: ANC 2.1, Plt 142, Hgb 11.4, Cr 0.8, bili 0.6. CEA 2.1 (was 9.8 pre-op).
Plan: proceed C4. Capecitabine 1000 mg/m2 bid d1-14 via {{FACILITY:OncoBridge Specialty}} (rx #{{ID:RX48817702}}). Next ctDNA {{DATE:8/8}}. RTC {{DATE:7/18/23}}.
Wife {{NAME:Annette}} asked for FMLA paperwork for her employer ({{FACILITY:Ravenswood Montessori}}); forms to {{EMAIL:annette.castellano@outlook.com}}.
{{NAME:Sun-Hee Baek}}, MD / {{NAME:Kateryna Bondar}}, NP`,
  `PHARMACY - ADMISSION MEDICATION HISTORY
{{DATE:Jan 30 2024 14:05}}, {{FACILITY:Harris Bayou Northside}}, 5 North bed 12
Pt {{NAME:Nkechi Obiora-Lawal}}, MRN {{MRN:BT-00771823}}. Sources: pt interview, {{FACILITY:Bellaire Mercado Pharmacy #41}} ({{PHONE:713-555-0104}}), Surescripts fill history, bottles brought by husband {{NAME:Tunde}}.
Home meds:
1. hydroxychloroquine 200 mg bid - last fill {{DATE:1/4}}, 30-day
2. prednisone 10 mg daily (tapering per Dr. {{NAME:Ekwueme}}, rheum at {{FACILITY:Kirby Drive Rheumatology}})
3. mycophenolate 1000 mg bid - filled at {{FACILITY:Meridian Specialty Rx}}, pt reports missing doses x1 wk (ran out {{DATE:Jan-22}})
4. losartan 50 daily
5. calcium/vit D 600/800 bid
6. Depo-Provera q12 wk, last at {{FACILITY:Gulfton Women's Clinic}} ~{{DATE:12/1/23}}
OTC: ibuprofen 400-800 prn (counselled - CKD/SLE), herbal bitters from {{LOCATION:Lagos}} (brought for ID).
Allergy: TMP-SMX (rash, 2015).
Discrepancies sent to Dr. {{NAME:Halvorsen}}.
{{NAME:Trang Pham}}, PharmD  ext {{PHONE:6-4402}}`,
  `MICU ATTENDING NOTE - HD 6   {{DATE:Sat 8/19/2023}}
{{FACILITY:Bayshore-Potrero Hill General}}, MICU bed 9
{{NAME:Wong, Ka Ming "Raymond"}}, 83M, MRN {{MRN:SF40098172}}.
Septic shock from obstructing ureteral stone, s/p IR nephrostomy {{DATE:8/14}} (Dr. {{NAME:Zelenko}}). Urine and blood cx: Klebsiella pneumoniae, ESBL.
Overnight: off norepinephrine since 0400. MAP 68-75. Extubated {{DATE:8/18}} to 4 L NC. CAM-ICU positive this AM.
Exam: drowsy but arousable, follows commands. Crackles R base. Nephrostomy draining clear, 1.1 L.
Data: WBC 14.2 (from 27), lactate 1.3, Cr 2.4 (baseline 1.3), K 3.6. CXR: R basilar atelectasis.
A/P: 1) ESBL Klebsiella urosepsis - meropenem 1 g q12 (renal), day 6 of 10-14. 2) AKI - improving UOP. 3) delirium - melatonin, family presence, minimize benzos. 4) PT/OT. 5) dispo to {{FACILITY:Fong 12}} floor today if stable.
Family meeting with daughters {{NAME:Mei-Ling}} and {{NAME:Grace Wong-Sandoval}} at 1500; Cantonese interpreter booked (ref {{ID:INT-771042}}). Pt's wife resides at {{FACILITY:Golden Lantern Elders Center Chinatown}} adult day program.
I personally examined pt; critical care time 35 min.
{{NAME:Hannah Ostrowski}}, MD`,
  `{{FACILITY:SALT RIVER VALLEY TRIBAL HEALTH - SANTAN}} PRIMARY CARE
Date: {{DATE:3/22/23}}   Provider: {{NAME:L. Antone}}, FNP   Chart #{{MRN:GR-002814}}
Patient: {{NAME:Harvey Johns Sr.}}, 64 yo M, Tohono O'odham / Akimel O'odham. Lives with grandson {{NAME:Dwayne}} near {{LOCATION:Sacaton}}; home phone {{PHONE:520-555-0186}}.
S: f/u DM2, on dialysis waitlist? no - CKD 3b. Says sugars "up and down." Went to {{LOCATION:Casa Grande}} for a fill at {{FACILITY:Pinal Discount Drug}} because the clinic pharmacy was out of glucometer strips. Attends talking circle at {{FACILITY:St. Kateri Mission}} on Wednesdays. Quit chew 2019.
O: BP 136/84, wt 226, A1c 8.6, eGFR 41, UACR 310. Foot: callus R 1st MTP, no ulcer, DP 1+.
A/P: DM2 w/ CKD - start empagliflozin 10 (per CHR program med assist), cont metformin 500 bid (eGFR > 30), glargine 30 u. Podiatry {{FACILITY:Blackwater Podiatry}} {{DATE:4/5}}. CHR {{NAME:Marlene Pablo}} to do home visit next wk and bring strips. Retinal camera done today.
PRC referral for nephrology at {{FACILITY:Desert Sky Renal Associates}}, PRC auth #{{ID:2023-PRC-0441}}.
Signed {{NAME:Lorraine Antone}}, FNP-C {{DATE:03/22/2023 16:02}}`,
  `{{FACILITY:Prospect Lefferts Family Practice}}
{{ADDRESS:1095 Nostrand Ave, Suite 2}}, {{LOCATION:Brooklyn}}, NY {{ZIP:11225}}
Tel {{PHONE:(718) 555-0129}}   Fax {{FAX:(718) 555-0130}}

{{DATE:November 6, 2023}}

Dr. {{NAME:Oluwaseun Adebayo-Reid}}
{{FACILITY:Kings Crossing Rheumatology Associates}}

Re: {{NAME:Clarice Beverly Montague}}, DOB {{DATE:4/22/1976}}

Dear Dr. {{NAME:Adebayo-Reid}},
Thank you for seeing Ms. {{NAME:Montague}}, a 47-year-old home health aide (works for {{FACILITY:Caribbean Heritage Home Care}}) originally from {{LOCATION:Mandeville}}, Jamaica, with 4 months of symmetric small-joint polyarthritis of the hands and wrists, morning stiffness > 1 h, and a malar-like rash after sun exposure at her sister's wedding in {{LOCATION:Montego Bay}} in {{DATE:July 2023}}.
Labs {{DATE:10/30/23}}: ANA 1:640 speckled, dsDNA 88, C3 72 (low), RF neg, anti-CCP neg, ESR 56, UA 1+ protein, UPCR 0.6. CBC: WBC 3.1, plt 142.
I started hydroxychloroquine 200 mg BID and ibuprofen prn. Please evaluate for SLE with possible renal involvement. Her Fidelis plan member number is {{HEALTH_PLAN:FD772018834}}; referral #{{ID:R-118820}}.
Sincerely,
{{NAME:Winston Gayle}}, MD`,
  `INTRAOPERATIVE ANESTHESIA RECORD (summary)
{{FACILITY:Massachusetts Harborside Hospital}} - {{FACILITY:Whitcomb}} OR 22 - {{DATE:2/6/2024}}
Pt: {{NAME:O'Sullivan, Declan P.}}  MRN {{MRN:MHH-6127730}}  58M, 104 kg, ASA 3
Procedure: robotic-assisted laparoscopic prostatectomy. Surgeon Dr. {{NAME:Gopal Iyer}}.
Anesthesia team: Dr. {{NAME:Miriam Adler-Katz}} (attending), {{NAME:Tobias Reinholt}} (CA-2), {{NAME:Chioma}} (SRNA).
Induction 07:51: fentanyl 100, propofol 200, rocuronium 70. Grade I view, 7.5 ETT @ 22 cm. 
Lines: 18g L hand, 16g R FA, R radial A-line (20g, US-guided).
Maintenance: sevoflurane 0.9 MAC, remifentanil infusion via Alaris pump, channel serial {{DEVICE:12887461}}. Steep Trendelenburg 30 deg x 3 h 10 min.
Events: 09:40 hypotension MAP 58, phenylephrine 100 mcg x3. 11:05 EtCO2 48, RR increased.
Fluids: LR 1600, EBL 250, UOP 180.
Reversal: sugammadex 200 mg. TOF 4/4, extubated 11:58, to PACU bed 14.
Handoff to PACU RN {{NAME:Bernadette Lacey}} at 12:10. Post-op: ketorolac 15, acetaminophen 1 g.
Billing: anesthesia time 07:38-12:10, CPT 00865, acct {{ACCOUNT:700183344921}}.`,
  `ed note 0215 - {{FACILITY:lake merritt general}} ed
pt {{NAME:marcus "bird" thibodeaux}} 41m walked in c/o L hand lac from broken bottle at the {{FACILITY:eagle's nest bar}} on {{ADDRESS:telegraph}}. etoh, smells of, but a&ox4. no loc. last tdap unk.
lac 4cm dorsal L hand, tendons intact (ext to all digits 5/5), cap refill <2s, sensation intact. xr no FB.
irrigated 500cc, 4-0 prolene x6, tdap given. keflex 500 qid x5d.
pt states homeless, sleeps at {{FACILITY:east oakland harbor light}} shelter some nights, other nights at sister {{NAME:dee dee}}'s on {{ADDRESS:98th ave}}. phone: none, can be reached c/o sister {{PHONE:510 555 0171}}.
no insurance - gave presumptive medi-cal form. sw {{NAME:alvarez}} will see in am.
police (ofc {{NAME:ramirez}}) here earlier, pt declines to press charges.
dc when sober, f/u wound check {{DATE:fri the 8th}} at {{FACILITY:san antonio park clinic}}, suture removal {{DATE:12/14}}.
- {{NAME:j. oyelaran}} md / {{NAME:nb}}`,
  `Record date: {{DATE:2084-05-30}}

{{FACILITY:CHINATOWN NORTH BEACH GI ASSOCIATES}}
Re: {{NAME:Li, Xiuying}}   (MRN {{MRN:7710248}})

Mrs. {{NAME:Li}} is a 68 year-old woman referred by Dr. {{NAME:Kenneth Fung}} for iron deficiency anemia. She is accompanied by her son {{NAME:Jianhua "Jim" Li}}, who interprets (Mandarin / Taishanese). She emigrated from {{LOCATION:Guangzhou}} in 1998 and worked at {{FACILITY:Golden Dragon Garment}} until retiring. Hgb 9.6, ferritin 6 on {{DATE:5/2/84}}. No melena. H. pylori serology positive {{DATE:Apr-84}}.
Family history: brother with gastric cancer at 55 in {{LOCATION:Taishan}}.
Exam: pale conjunctivae, abdomen benign.
Plan: EGD and colonoscopy at {{FACILITY:St. Bartholomew Pacific}} endoscopy suite {{DATE:6/14/84}} with Dr. {{NAME:Ravi Subramaniam}}. Prep instructions in Chinese given. H. pylori quadruple therapy after biopsies.
Son's contact: {{PHONE:415-555-0161}}, {{EMAIL:jim.li.sf@gmail.com}}.

{{NAME:Wai-Kin Chan}}, M.D.
D: {{DATE:05/30/84}}  T: {{DATE:06/01/84}}  {{NAME:WKC}}:{{NAME:lm}}  Doc #{{ID:220413}}`,
  `OCCUPATIONAL HEALTH / WORKERS' COMPENSATION PROGRESS REPORT (PR-2)
{{FACILITY:Valley Industrial Care of Fresno}}   {{DATE:09/12/2023}}
Employee: {{NAME:Ramirez Zamora, Jesus Alberto}}   DOB {{DATE:12/12/1985}}
Employer: {{FACILITY:San Joaquin Valley Nut Growers}}, {{ADDRESS:4550 E Jensen Ave}}, {{LOCATION:Fresno}}, CA {{ZIP:93725}}
Claim #: {{ACCOUNT:WC-23-0418876}}   Adjuster: {{NAME:Brenda Kowalski}}, {{PHONE:559-555-0143}}, fax {{FAX:559-555-0144}}
DOI: {{DATE:08/29/2023}}. Mechanism: lifting 50-lb sack of almonds onto pallet, felt pop in low back.
Subjective: LBP 6/10 radiating to R buttock, no numbness, no bowel/bladder sx. PT x4 at {{FACILITY:Valley Motion Physical Therapy}} helping.
Objective: lumbar flexion 50 deg, SLR neg bilat, strength 5/5, DTR 2+ symmetric.
Dx: lumbar strain (S39.012A).
Work status: modified duty until {{DATE:9/26/23}} - no lifting > 20 lb, no repetitive bending; employer supervisor {{NAME:Gurpreet Sandhu}} confirmed light duty available.
Meds: naproxen 500 bid, cyclobenzaprine 5 qhs.
Next: recheck {{DATE:9/26}}. Spanish interpreter {{NAME:Alma}} present.
Treating physician: {{NAME:Derek Matsumoto}}, DO, CA lic {{LICENSE:G 88172}}`,
  `INFECTIOUS DISEASES CONSULT - {{FACILITY:Mississippi Riverside Medical Center}}
{{DATE:Dec 2 2022}}. Requesting: Dr. {{NAME:Siobhan Kearney}}, medicine.
Pt: {{NAME:Alemayehu, Tigist G.}}, 36F, MRN {{MRN:HR3308817}}.
Q: cavitary RUL lesion, r/o TB.
HPI: Born in {{LOCATION:Dessie}}, Ethiopia; lived in a refugee camp in Kenya 2009-2016, arrived {{LOCATION:Minneapolis}} {{DATE:March 2016}}. Works as a CNA at {{FACILITY:Cedar-Riverside Care Center}} (nursing home). 6 wk cough, night sweats, 5 kg wt loss. QuantiFERON positive on employee screening {{DATE:11/10/22}} at {{FACILITY:Lakeview Employee Health}}. Never treated for LTBI. HIV neg {{DATE:11/29}}.
CT chest: 3 cm cavitary RUL lesion, tree-in-bud.
Sputum AFB smear x3: 2+, 2+, 1+ (acc {{ID:MB22-118402}}, {{ID:MB22-118517}}, {{ID:MB22-118630}}). MTB PCR + , rpoB mutation not detected.
Rec: airborne isolation (neg pressure rm 8-410); start RIPE (rifampin 600, isoniazid 300, pyrazinamide 1500, ethambutol 1200) + B6. Baseline LFTs, visual acuity. Report to MDH TB program. Contact investigation incl. household (husband {{NAME:Dawit}}, children) and workplace. DOT via {{FACILITY:Cedar Avenue TB Clinic}}.
{{NAME:Abdirahman Farah}}, MD, ID fellow; staffed with Dr. {{NAME:Karin Lindahl}}`,
  `POD 1 - surgery progress note - {{DATE:4/9}}
{{NAME:ABRAHAMYAN, ARMEN}}  rm 1142-2  {{FACILITY:BOYLE HEIGHTS GENERAL}}
S: pain 4/10 w/ PCA, +flatus, no BM. nausea x1 overnight.
O: Tmax 100.1, HR 88, BP 132/81, SpO2 96% 2L. I/O 2.4/1.9. JP 60 serosang.
abd soft, approp tender, incisions c/d/i.
labs: wbc 11.8, hgb 10.9 (12.2), cr 0.9, k 3.7.
A/P: 57M POD1 s/p lap sigmoid colectomy for diverticular stricture (Dr. {{NAME:Der-Bedrossian}}, {{DATE:4/8}}).
- ERAS: clears -> full liquids, d/c PCA -> oxycodone 5 prn
- replete K, IS 10x/h, OOB to chair
- ppx: enoxaparin 40 daily
- dispo: home {{DATE:4/11}} w/ wife {{NAME:Anahit}}; he's a cab driver ({{FACILITY:Glendale Yellow Cab}} #{{VEHICLE:1187}}), off work 4 wk - note given
{{NAME:Eun-ji Kwon}}, MD PGY-1 x{{PHONE:71120}}`,
  `AFTER VISIT SUMMARY / DISCHARGE INSTRUCTIONS
{{FACILITY:Temple Street Medical Center}} - {{LOCATION:New Haven}}
{{NAME:Guadalupe "Lupe" Santana}}   Discharged {{DATE:Wednesday, May 15, 2024}}
Your diagnosis: Cellulitis of the right leg.
Medicines: cephalexin 500 mg four times a day through {{DATE:5/21}}. Stop taking the ibuprofen you had at home.
Your prescriptions were sent to: {{FACILITY:Farmacia Fair Haven}}, {{ADDRESS:212 Grand Ave}}, {{LOCATION:New Haven}}, CT {{ZIP:06513}}, {{PHONE:203-555-0115}}.
Appointments:
- {{DATE:Tue May 21}} 2:15 PM - Wound check with {{NAME:Aisha Rahman}}, PA, {{FACILITY:Dixwell Health Annex}}, 2nd floor.
- {{DATE:06/04/2024 10:00 AM}} - Dr. {{NAME:Gianluca Ferraro}} (vein clinic), {{FACILITY:Chapel Street Vascular}}.
Call {{PHONE:203-555-0189}} (24 h nurse line) if the redness spreads past the marked line, fever over 100.4, or pain gets worse.
Work: you may return to work at {{FACILITY:Nonna Carmela's Pizza}} on {{DATE:5/18}} if no fever.
Your MyChart activation code: {{ID:QK7T2-99MHW-4XJ1P}} (expires {{DATE:6/14/2024}}). Sign up at {{URL:mychart.templestreetmed.org}}.
Hospital account {{ACCOUNT:40018827713}}. Questions about your bill: {{PHONE:203-555-0191}}.
Nurse: {{NAME:Colm Brady}}, RN`,
  `INCIDENT REPORT - {{FACILITY:Maple Hollow Group Home}} (IDD residential)
Agency: {{FACILITY:Keystone Supports of Allegheny}}, license #{{LICENSE:RC-4410-72}}
Date/time: {{DATE:10/07/2023 19:45}}
Individual: {{NAME:Tyrell M. Booker}}, 29, DOB {{DATE:1/30/1994}}, MA # {{HEALTH_PLAN:0081772945}}
Location: dining room, {{ADDRESS:17 Fernleaf Way}}, {{LOCATION:McKeesport}}, PA {{ZIP:15132}}
Staff on shift: {{NAME:Kiana Perkins}} (DSP), {{NAME:Oleksandr Hrytsenko}} (DSP), {{NAME:Marjorie Tull}} (house mgr, on call {{PHONE:412-555-0148}}).
Description: During dinner {{NAME:Tyrell}} became upset when housemate {{NAME:J.R.}} took his cup. He struck his own head on the wall x3, causing a 2 cm abrasion L forehead. Staff used verbal de-escalation per BSP; no restraint used. First aid given. He calmed by 20:05 and ate.
Notified: guardian (sister {{NAME:LaToya Booker-Grant}}) 20:15; SC {{NAME:Priyanka Shah}} at {{FACILITY:Three Rivers Supports Coordination}} 20:30; BSC Dr. {{NAME:Ferris}} next AM.
Medical: not sent out; evaluated by on-call RN {{NAME:Holly Brandt}}, no LOC, neuro checks q1h x4 normal.
EIM incident #{{ID:7140882}}. Report by {{NAME:K. Perkins}}.`,
  `HOSPICE ADMISSION - {{FACILITY:Mott Haven Hospice}}
Admit {{DATE:3/3/2024}}, RN visit at home: {{ADDRESS:1190 Grand Concourse, Apt 14J}}, {{LOCATION:Bronx}} {{ZIP:10452}}.
Pt: {{NAME:Idowu, Folasade}}, 88F. Terminal dx: metastatic pancreatic adenocarcinoma (liver mets), PPS 30%, FAST n/a.
Referring: Dr. {{NAME:Marcus Feld}}, {{FACILITY:Riverdale Oncology Partners}}; records received by fax {{DATE:3/1}}.
Medicare hospice benefit elected, MBI {{HEALTH_PLAN:7QW2-JK4-TT19}}; NOE filed {{DATE:3/4}}.
Caregivers: daughter {{NAME:Bukola Idowu-Adams}} (lives with pt, {{PHONE:646-555-0136}}), son {{NAME:Femi}} in {{LOCATION:Houston}}. Pastor {{NAME:Emmanuel Oyewole}} of {{FACILITY:Christ Apostolic Church Highbridge}} visits weekly.
Sx: RUQ pain 7/10 on oxycodone 5 q4h -> start morphine SR 15 bid + IR 5-10 q2h prn. Nausea - haloperidol 0.5. Constipation - senna/PEG.
DME: hospital bed, O2 concentrator 2 L (serial {{DEVICE:SN-0K7719044}}), commode from {{FACILITY:Bronx Medi-Supply}}.
DNR/MOLST signed. Funeral home pref: {{FACILITY:Ogunleye & Sons Funeral Home}}.
Next visits: RN {{DATE:3/5}}, SW {{NAME:Carmen Rodriguez}} {{DATE:3/6}}, chaplain prn.
{{NAME:Annmarie Costello}}, RN CHPN`,
  `[**{{DATE:2187-2-11}}**] 3:42 AM
CHEST (PORTABLE AP)                                        Clip # [**{{ID:Clip Number (Radiology) 40211}}**]
Reason: ?PTX s/p R IJ line
Admitting Diagnosis: SEPSIS
MEDICAL CONDITION: 66 year old man with urosepsis, new R IJ CVL.
FINAL REPORT
INDICATION: Line placement.
COMPARISON: [**{{DATE:2187-2-9}}**] from [**{{FACILITY:Hospital 1474}}**].
FINDINGS: New right internal jugular catheter terminates in the low SVC. No pneumothorax. ET tube 4.5 cm above the carina. NG tube courses below the diaphragm, tip out of view. Mild pulmonary vascular congestion, unchanged. Small bilateral effusions with bibasilar atelectasis. Cardiomediastinal silhouette stable.
IMPRESSION: Line in standard position, no PTX.
Findings discussed with Dr. [**{{NAME:Last Name (STitle) 10584}}**] by Dr. [**{{NAME:First Name4 (NamePattern1) 2231}}**] [**{{NAME:Last Name (NamePattern1) 2232}}**] at 4:10 AM on [**{{DATE:2187-2-11}}**].
DR. [**{{NAME:First Name (STitle) 5508}}**] [**{{NAME:Last Name (STitle) 5509}}**]
DR. [**{{NAME:First Name8 (NamePattern2) 1780}}**] [**{{NAME:Last Name (NamePattern1) 1781}}**]
Approved: [**{{DATE:Sat 2187-2-11}}**] 8:55 AM
Procedure date   Procedure time   Attending
[**{{DATE:2187-2-11}}**] 03:42   [**{{NAME:Doctor First Name 1782}}**]`,
  `BREAST IMAGING REPORT - {{FACILITY:Callowhill-Spring Garden Women's Imaging}}
Pt: {{NAME:KANG, MIN-SEO}}  DOB {{DATE:1981/09/07}}  MRN {{MRN:00593817}}  Acc {{ID:MG2023110288}}
Exam: {{DATE:11/28/2023}} bilateral screening tomosynthesis. Tech {{NAME:DS}}.
History: 42 yo. Mother with breast ca at 51 (in {{LOCATION:Busan}}). No prior biopsy. Prior mammograms {{DATE:10/2021}} and {{DATE:11/2022}} at {{FACILITY:Koryo Women's Clinic}} in {{LOCATION:Cheltenham}}, obtained for comparison.
Breast density: heterogeneously dense (C).
Findings: New 7 mm irregular mass with indistinct margins, R breast 10:00, middle depth, 6 cm FN. No calcs. L breast negative.
Impression: BI-RADS 0, incomplete. Recommend diagnostic mammogram and R breast US.
Pt notified by phone {{DATE:11/29}} (Korean interpreter, {{NAME:Eunhee}}); appointment {{DATE:12/5/23}} at 8:30. Result letter mailed to {{ADDRESS:6320 N 5th St}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19126}}.
Referring: {{NAME:Grace Oh}}, MD, {{FACILITY:Olney Korean Family Medicine}}.
Interpreted by {{NAME:Deborah Feinstein-Ruiz}}, MD  {{DATE:11/28/2023 17:34}}`,
  `NEUROLOGY CLINIC NOTE
{{FACILITY:Brighton Medical Neurology}}, Building C   Date: {{DATE:08 Jan 2024}}
Patient: {{NAME:ROZENBERG, ARKADY L}}   MRN: {{MRN:BM-30082214}}   Age 73
Referred by: {{NAME:Svetlana Bogdanova}}, MD (PCP)
CC: tremor, slowness.
HPI: Right-hand resting tremor since spring of 2022; wife {{NAME:Inna}} dates it to her birthday, {{DATE:June 3rd}}, two years ago. Smaller handwriting, soft voice, shuffling. Anosmia. REM sleep behavior (kicking). No falls.
Former engineer at {{FACILITY:Nevsky Turbine Works}} in {{LOCATION:Saint Petersburg}}; emigrated 1994; later worked at {{FACILITY:Coney Island Auto Body}}.
Exam: MoCA 26/30. Hypomimia, R>L rigidity and bradykinesia, rest tremor RUE 2, reduced arm swing R, pull test 1 step. Hoehn & Yahr 2. UPDRS-III 28.
Impression: idiopathic Parkinson disease, early.
Plan: carbidopa/levodopa 25/100 1/2 tab tid, titrate to 1 tab tid over 3 wk. DaTscan not needed. PT (LSVT BIG) at {{FACILITY:Sheepshead Bay Rehab}}. Return {{DATE:3/11/24}}.
Son {{NAME:Mikhail "Misha" Rozenberg}} {{PHONE:917-555-0197}}.
{{NAME:Nadia Bouzid}}, MD, Movement Disorders`,
  `step-down shift note {{DATE:11/14}} 7p-7a
pt: {{NAME:ahmed al-rashidi}}, bed 4, 52m, nstemi -> cabg x3 planned {{DATE:thurs 11/16}} w/ dr {{NAME:papadakis}}.
overnight: uneventful until 0320, pt anxious, HR to 120s sinus tach, bp 150/92. 12 lead no change. gave ativan 0.5 po per np {{NAME:okafor}}? -> no, per dr {{NAME:ng}} (night float). settled by 0400.
heparin gtt 14 u/kg/h, ptt 68 @ 0500. a1c 10.2. insulin ssi, bg 188-241.
wife {{NAME:huda}} stayed till 2200, speaks arabic, requests female staff for bathing - honored. eldest son {{NAME:omar}} works @ {{FACILITY:dearborn halal market}}, wants updates to his cell {{PHONE:313-555-0154}}.
pt asks for imam from {{FACILITY:islamic center of warren ave}} before surgery - spiritual care paged.
skin intact, braden 19. ambulated hall x2 w/ {{NAME:lito}} (pct).
ekg leads changed. tele box #14.
pending: carotid us, pft, dental clearance from {{FACILITY:wayne smiles dental}} (faxed req to {{FAX:313 555 0155}}).
{{NAME:r. macaraeg}}, rn / precepting {{NAME:j. santos}}, rn`,
  `DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
{{FACILITY:Northside Heart Rhythm Center}}  reviewed {{DATE:07/11/2023}}
Patient: {{NAME:Fitzgerald, Eamon J.}}  DOB {{DATE:02-17-1944}}  MRN {{MRN:NHR-001742}}
Device: Medtronic Azure XT DR MRI dual-chamber pacemaker, SN {{DEVICE:RNB617342S}}, implanted {{DATE:09/05/2019}} at {{FACILITY:St. Columba's Hospital}}. RA lead 5076 SN {{DEVICE:PJN2201174}}, RV lead 5076 SN {{DEVICE:PJN2201183}}.
Transmission received {{DATE:07/10/2023 02:14}} via CareLink monitor (home network IP {{IP:73.41.118.205}}).
Battery: 9.1 yr. RA 0.75 V @ 0.4 ms, R waves 11 mV, RV 0.625 V @ 0.4 ms. Impedances stable.
Pacing: AP 32%, VP < 1%. MVP on.
Episodes: 3 AHR episodes, longest 4 h 12 min on {{DATE:6/28}}, AF. AF burden 2.1%. Pt on apixaban 5 bid.
Assessment: normal device function; paroxysmal AF, low burden.
Plan: no changes. Next remote {{DATE:10/10/23}}; in-clinic {{DATE:Jan 2024}}. Letter to PCP Dr. {{NAME:Niamh Gallagher}}.
Pt's daughter {{NAME:Siobhan}} called {{DATE:7/11}}: he's summering in {{LOCATION:Galway}} {{DATE:8/1-8/29}}; monitor will travel with him.
Reviewed by {{NAME:Latoya Simmons}}, CDRS / Dr. {{NAME:Arjun Malhotra}}`,
  `CORRECTIONAL HEALTH - INTAKE SCREENING
{{FACILITY:LAKE SHORE COUNTY DETENTION CENTER DIV 4}}   {{DATE:06/02/2024 0140}}
INMATE: {{NAME:HOLLOWAY, DEANDRE R.}}   BOOKING # {{ID:2024-0602117}}   DOB {{DATE:09/21/1990}}
ARRIVED FROM {{FACILITY:12TH DISTRICT LOCKUP}}. ARRESTING AGENCY CPD.
PMH: ASTHMA (INTUBATED X1 AS TEEN), GSW R THIGH 2018, OPIOID USE D/O ON METHADONE 90 MG AT {{FACILITY:SOUTH SHORE RECOVERY CLINIC}} - LAST DOSE {{DATE:5/31}} PER PT. VERIFIED WITH CLINIC NURSE {{NAME:PAT}} AT {{PHONE:773-555-0179}}.
MEDS: ALBUTEROL HFA, FLUTICASONE/SALMETEROL 250/50, METHADONE.
COWS 6. SI SCREEN NEG. PHQ-2 = 1. TB SYMPTOM SCREEN NEG, PPD PLACED L FA.
VITALS: BP 138/88 HR 96 RR 18 SPO2 97%.
TATTOOS: ROSE ON L FOREARM, STARS R HAND.
PLAN: CONTINUE METHADONE VIA JAIL OTP, NEXT DOSE 0800. MH REFERRAL ROUTINE. ASTHMA - ISSUE INHALERS. 
EMERG CONTACT: GRANDMOTHER {{NAME:ETHEL HOLLOWAY}}, {{ADDRESS:7743 S COLES AVE}}, {{LOCATION:CHICAGO}} {{ZIP:60649}}.
SCREENING RN {{NAME:F. OYELOWO}}  EMP# {{ID:44180}}`,
  `TRANSPLANT - TELEPHONE NOTE
{{DATE:4/2/2024 11:20}}. {{FACILITY:Monongahela Transplant Institute}}, kidney program.
Call to candidate {{NAME:Rosario Villanueva-Ocampo}} (MRN {{MRN:TX-0044819}}, UNOS ID {{ID:ABCX227}}) at {{PHONE:412-555-0103}}.
Purpose: potential offer tonight - deceased donor, KDPI 38%. Pt reports no fever, no new infections, last HD {{DATE:Mon 4/1}} at {{FACILITY:Homewood Renal Center}}. Last PRA 12%. Crossmatch blood on file from {{DATE:3/15}}.
Pt instructed NPO after midnight, to come to {{FACILITY:Forbes Pavilion}} 7 East admitting if called back. Ride: husband {{NAME:Ernesto}}, car (2019 Honda CR-V, plate PA {{VEHICLE:LKM-2290}} - for parking pass).
Backup candidate notified: {{NAME:Demarco Little}}.
Insurance: Highmark commercial, member {{HEALTH_PLAN:HMK880127734-01}}; precert line called, ref {{ID:PC-4410298}}.
Living donor workup (sister {{NAME:Luzviminda Ocampo}}, {{LOCATION:Cebu City}}) on hold.
{{NAME:Brianne Kostelnik}}, RN, transplant coordinator, pager {{PHONE:412-555-0110}}`,
  `PRE-OPERATIVE HISTORY & PHYSICAL
{{FACILITY:Westchester Square Ambulatory Surgery}}   DOS {{DATE:12/11/2023}}
{{NAME:Fatima Zahra Benali}}   DOB {{DATE:7/14/1990}}   Acct {{ACCOUNT:ASC-5571120}}
Procedure: L knee arthroscopy, partial medial meniscectomy (CPT 29881), Dr. {{NAME:Kieran Moynihan}}.
HPI: 33F, injured L knee playing futsal at {{FACILITY:Bronx Kicks Indoor Soccer}} {{DATE:9/30}}; MRI {{DATE:10/19/23}} at {{FACILITY:Pelham Open MRI}}: complex tear posterior horn medial meniscus.
PMH: mild intermittent asthma, iron deficiency. PSH: none. FHx: father with MI at 54 (in {{LOCATION:Casablanca}}).
Allergies: NKDA. Latex - no.
Meds: albuterol prn, ferrous sulfate 325 qod, OCP (Sprintec).
Social: 3rd-grade teacher at {{FACILITY:PS 388 Throggs Neck Academy}}; no tobacco; occasional wine. Ramadan fasting - not during DOS.
Exam: Ht 165 cm, Wt 61 kg. Heart RRR, lungs clear. L knee: small effusion, medial joint line tenderness, McMurray +.
Labs: hCG neg {{DATE:12/11}}. Hgb 12.3.
Cleared for surgery; ASA 1. Escort: husband {{NAME:Youssef}} {{PHONE:(646) 555-0188}}.
{{NAME:Amadou Sow-Kane}}, PA-C`,
  `PT INITIAL EVALUATION
{{FACILITY:Lincoln Square Sports & Spine PT}}   {{DATE:March 18, 2024}}
Patient: {{NAME:Benjamin "Benny" Oyelaran-Cho}}   DOB {{DATE:03/03/1998}}
Referring: {{NAME:Hyun-woo Jang}}, MD ({{FACILITY:Columbus Circle Orthopedics}}), Rx dated {{DATE:3/12/24}}, NPI {{LICENSE:1568823094}}
Dx: R ACL reconstruction (BTB autograft) {{DATE:2/27/2024}}, POD 20.
Subjective: injured playing pickup basketball at {{FACILITY:West 76th Athletic Club}}; works as line cook at {{FACILITY:Lucky Plum Uptown}}, needs to stand 10 h shifts. Goal: return to work by {{DATE:4/15}} and to basketball by fall.
Objective: knee ROM 0-95 deg, quad lag 5 deg, mild effusion, incision healed. SLR x10 without lag after NMES. Gait with 1 crutch.
Assessment: progressing per protocol.
Plan: 2x/wk x 12 wk; NMES, closed-chain, BFR later. HEP via app, login sent to {{EMAIL:benny.oc98@protonmail.com}}.
Insurance: Empire plan ID {{HEALTH_PLAN:YRP449018273}}, auth {{ID:A24-0311876}} for 24 visits.
{{NAME:Ximena Goldberg}}, PT, DPT`,
  `Record date: {{DATE:2069-01-23}}

EDVISIT^{{MRN:81223907}}^{{NAME:OYENUGA, CORNELIUS}}^{{DATE:01/23/69}}^{{NAME:HARRINGTON, LEAH}}

I saw this patient with Dr. {{NAME:Pereira-Santos}}, resident, and agree with her note.
HISTORY: 74-year-old man from {{FACILITY:Greenbriar Manor}} nursing facility with fever and cough x2 days. Recent admission here {{DATE:12/29/68-1/4/69}} for CHF. Has Foley since that stay.
EXAM: T 102.3, HR 108, BP 96/58, RR 24, O2 88% RA. Rhonchi R base. Foley with cloudy urine.
DATA: WBC 17.4, lactate 3.1, BNP 880. CXR: RLL infiltrate. UA: >50 WBC.
ED COURSE: 30 mL/kg LR, vancomycin and cefepime, blood/urine cultures. Foley exchanged. BP improved to 110/64.
DIAGNOSIS: sepsis from HCAP vs CAUTI.
DISPOSITION: admitted to {{FACILITY:Halloran House 4}}, team C. Nephew {{NAME:Kwame Asante}} (HCP, {{PHONE:617-555-0119}}) updated by phone. Facility nurse {{NAME:Gloria}} at {{PHONE:617 555 0120}} aware.

{{NAME:LEAH HARRINGTON}}, M.D.
D: {{DATE:01/23/69}}   T: {{DATE:01/23/69}}   {{NAME:LH}}/{{NAME:kmb}}   Job: {{ID:68213}}
[report_end]`,
  `CYTOPATHOLOGY REPORT - GYN
{{FACILITY:Cuyahoga Metro Central Lab}}
Accession: {{ID:GC24-008812}}   Collected {{DATE:02/06/2024}}   Received {{DATE:02/07/2024}}
Patient: {{NAME:Delgado-Rivera, Maribel}}   DOB {{DATE:11/15/1987}}   MRN {{MRN:MH-2219047}}
Clinician: {{NAME:Tendai Moyo}}, CNM, {{FACILITY:Clark-Fulton Neighborhood Health}}
Specimen: ThinPrep cervical/endocervical. LMP {{DATE:1/20/24}}. G3P3. Prior ASC-US {{DATE:Jan 2021}}, HPV neg.
Adequacy: satisfactory; transformation zone component present.
Interpretation: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).
HPV (cobas): positive for other high-risk types; HPV 16 and 18 negative.
Recommendation per ASCCP: colposcopy.
Screened by {{NAME:Rosemary Kilbane}}, CT(ASCP). Reviewed by {{NAME:Jamal Haddad}}, MD {{DATE:02/09/2024}}.
Result sent to {{FACILITY:Clark-Fulton Neighborhood Health}} via interface and fax {{FAX:216-555-0177}}. Patient letter (Spanish) mailed to {{ADDRESS:3408 W 41st St}}, {{LOCATION:Cleveland}}, OH {{ZIP:44109}}.
Colpo scheduled {{DATE:3/1/24}} with Dr. {{NAME:Leila Farouk}}; pt confirmed by phone {{PHONE:216-555-0178}}.`,
  `DERMATOLOGY - MOHS SURGERY NOTE
{{FACILITY:Wilshire Dermatology & Mohs Institute}}, {{LOCATION:Santa Monica}}   {{DATE:05/02/2024}}
Pt: {{NAME:Yoon, Jung-Hee (Grace)}}   DOB {{DATE:1952-08-30}}   MRN {{MRN:WD00418229}}
Referred by {{NAME:Carlos Esparza}}, PA-C; bx {{DATE:3/29}} path {{ID:DP24-3318}} ({{FACILITY:Pacific Coast Dermpath}}): nodular BCC, L nasal ala.
Procedure: Mohs micrographic surgery, 2 stages. Stage 1: positive deep margin at 3:00. Stage 2: clear. Final defect 1.4 x 1.1 cm.
Repair: bilobed flap (CPT 14060) by Dr. {{NAME:Marguerite Aubert}}. 5-0 Monocryl, 6-0 Prolene.
Anesthesia: 1% lidocaine with epi, 6 mL.
Pt tolerated well. Husband {{NAME:Sang-ho Yoon}} drove; they live in {{LOCATION:Palos Verdes Estates}}.
Wound care handout (Korean). Suture removal {{DATE:5/9}} with {{NAME:Kendra}}, RN.
Pt asks for a note for her volunteer job at {{FACILITY:Wilshire Korean Presbyterian Church}} preschool - given.
Post-op call number {{PHONE:310-555-0124}}. {{NAME:M. Aubert}}, MD`,
  `Portal message - {{DATE:Thursday 02/29/2024 07:58}}
From patient: {{NAME:Oksana Melnyk}} (MRN {{MRN:4418207}})
To: {{FACILITY:Ukrainian Village Primary Care}} - Dr. {{NAME:Padraig Concannon}}
Subject: short-term disability paperwork

Good morning Dr. {{NAME:Concannon}},
HR at my job ({{FACILITY:Lakeside Logistics}}, warehouse on {{ADDRESS:2700 W Chicago Ave}}) says they never got the Sun Life form for my leave {{DATE:1/29/24}} through {{DATE:3/11/24}} after my surgery at {{FACILITY:Damen Avenue Surgical}}. Their fax is {{FAX:312-555-0170}} and the HR person is {{NAME:Tamara Wojcik}}, {{EMAIL:twojcik@lakesidelogistics.com}}. My claim number with Sun Life is {{ACCOUNT:SL-8831027-4}}, employee ID {{ID:LL-20441}}.
Also my daughter {{NAME:Daryna}} (she is 12) needs her school form for {{FACILITY:Holy Protection Academy}} - can I bring it Monday?
Thank you, {{NAME:Oksana}}
{{PHONE:773-555-0106}}

Reply {{DATE:2/29/24 1:14 PM}} - {{NAME:Bridget Hanlon}}, RN: Form completed by Dr. {{NAME:Concannon}} and faxed to HR today, confirmation #{{ID:FX229410}}. Yes, bring the school form Monday - front desk, suite 210.`,
  `Nursing Progress Note
Pt is a 59 yo female, adm [**{{DATE:3-14}}**] w/ ARDS from influenza A, intubated at OSH ([**{{FACILITY:Hospital3 4107}}**]) and transferred.
Neuro: sedated on propofol 40 mcg/kg/min + fentanyl 100 mcg/h, RASS -3. Pupils 3 mm brisk.
CV: NSR 80-90s. Levophed weaned off at 1400. MAP > 65.
Resp: AC 380 x 28, PEEP 14, FiO2 0.5. Proned 1600-[**{{DATE:3-18}}**] 0800. ABG 7.33/48/82. 
GI: TF Vital 1.5 @ 40, at goal. OGT placement confirmed.
GU: foley, UOP 40-80/h. Cr 1.2.
ID: oseltamivir d5. MRSA swab neg.
Skin: facial edema from proning, pressure areas assessed, mepilex to chin.
Social: pt's husband [**{{NAME:Known firstname 1299}}**] called x2, updated. Pt works as a teacher at [**{{FACILITY:School 1883}}**]. Sister lives at [**{{ADDRESS:Street Address(2) 4471}}**] in [**{{LOCATION:Location (un) 55}}**], number [**{{PHONE:Telephone/Fax (3) 2890}}**]. Family meeting planned with Dr. [**{{NAME:Last Name (STitle) 2211}}**] [**{{DATE:3-19}}**] at 11 am.
Plan: cont lung protective vent, repeat prone tonight, check triglycerides (on propofol).
[**{{NAME:Name6 (MD) 4412}}**] [**{{NAME:Name8 (MD) 4413}}**], RN`,
  `METHADONE CLINIC - COUNSELOR/MEDICAL NOTE
{{FACILITY:Acacia Recovery Services}} - {{ADDRESS:Kensington Ave}} site
{{DATE:01/16/2024}}. Pt: {{NAME:Carlos Javier Figueroa-Nieves}}, pt ID {{ID:ARS-10582}}, DOB {{DATE:04/04/1979}}.
Dose: methadone 110 mg, take-homes: 2 per week (Phase III). Last UDS {{DATE:1/9}}: + methadone, + fentanyl, - others.
Reports relapse after his mother's funeral in {{LOCATION:Caguas}} {{DATE:Dec 28th}}. Staying with cousin {{NAME:Wilfredo}} at {{ADDRESS:3150 N Front St}}; phone {{PHONE:267-555-0169}}.
Working under the table at {{FACILITY:El Coqui Auto Detail}}. Attends NA at {{FACILITY:Iglesia Pentecostal Roca de Salvacion}} Tuesdays.
Probation officer {{NAME:Shawn Mulroney}}, county adult probation, {{PHONE:215-555-0140}}; court date {{DATE:2/20}} at {{FACILITY:Filbert Street Justice Center}}, docket {{ID:CP-51-CR-0004471-2023}}.
Plan: take-homes reduced to 0 (Phase I) x30 days per policy; increase dose to 120 mg; naloxone kit given; referral to {{FACILITY:Harm Reduction Hub Kensington}} wound care for R forearm abscess.
Dr. {{NAME:Anita Raghavan}} (medical) / {{NAME:Luz Marina Ortega}}, CADC`,
  `TRANSFER CENTER LOG - {{FACILITY:University of the Rockies Hospital}}
Call rec'd {{DATE:09/03/2023 21:47}}, case #{{ID:TC-230903-0114}}
Referring: {{FACILITY:Logan County Prairie Medical}}, {{LOCATION:Sterling}}, CO. Dr. {{NAME:Wade Hollister}} (ED), callback {{PHONE:970-555-0113}}.
Pt: {{NAME:Two Bulls, Winona K.}}, 45F, DOB {{DATE:5/19/1978}}.
Summary: DKA (pH 7.02, AG 31) + STEMI (inferior) - cath lab unavailable at referring. Received ASA, heparin, insulin gtt. Lakota speaker, mostly English. Husband {{NAME:Lyle Two Bulls}} following by car.
Accepting: Dr. {{NAME:Priyamvada Rao}}, interventional cardiology; bed CVICU 12 ({{FACILITY:Larimer West Tower}}).
Transport: {{FACILITY:Eagle Air Medical}} fixed-wing, tail {{VEHICLE:N417EA}}, ETA 23:30.
Insurance: IHS/PRC - tribal service unit notified; Medicaid (SD) {{HEALTH_PLAN:SD44188270}}.
Records via image share: {{URL:https://share.uorh-imaging.org/st/TC0114}}.
Nurse-to-nurse report: {{NAME:Kelsey Drummond}} RN -> {{NAME:Abebe Girma}} RN, 23:05.
Logged by {{NAME:M. Quintana}}, transfer RN`,
  `HOUSE CALLS PROGRAM - HOME VISIT
{{FACILITY:Mount Carmel Visiting Physicians}}   Visit {{DATE:Oct-17-2023}}
Pt: {{NAME:Dunleavy, Margaret "Peg"}}   {{AGE:96}} y/o F   MRN {{MRN:MC-7712044}}
Home: {{ADDRESS:44 Ashmont St, 2nd fl}}, {{LOCATION:Dorchester}}, MA {{ZIP:02124}}. Lives with son {{NAME:Frank}}, who works nights at {{FACILITY:Neponset Sand & Gravel}}.
Problems: HFpEF, AF on warfarin, OA knees, macular degeneration (legally blind), mild dementia.
S: son reports more leg swelling, sleeping in recliner. INR {{DATE:10/10}} 3.4 (POC by {{FACILITY:Ashmont Home Health}} RN {{NAME:Tracy-Ann Reid}}).
O: BP 142/70, HR 84 irregular, SpO2 93%. JVP 10 cm. 2+ pitting edema to knees. Wt 142 lb (was 136 on {{DATE:9/19}}).
A/P: HF exacerbation, mild - furosemide 20 -> 40 mg x5 days then back; daily weights; BMP {{DATE:10/20}}. Warfarin hold 1 dose, then 2.5 mg daily; INR {{DATE:10/24}}.
Goals: pt clear she wants no more hospital stays; MOLST updated (DNR, no hospitalization unless comfort can't be met). Copy to {{FACILITY:Codman Hill Hospital}} ED.
Pharmacy: {{FACILITY:Fields Corner Pharmacy}}, {{PHONE:617-555-0157}}.
{{NAME:Imelda Santos-Reyes}}, NP, with Dr. {{NAME:Fergus Whelan}}`,
  `ECHOCARDIOGRAPHY REPORT
{{FACILITY:Livernois Heart Lab}}   Study date: {{DATE:2023-12-04}}   Study #{{ID:E23-12-0487}}
Patient: {{NAME:Jefferson, Bernard L}}  MRN {{MRN:SGH0029918}}  DOB {{DATE:12/25/1957}}  Ht 178 cm Wt 98 kg BSA 2.2
Indication: dyspnea, murmur. Ordering: {{NAME:Ololade Akande}}, MD.
Sonographer: {{NAME:TJB}}. Quality: technically difficult.
LV: normal size, EF 55-60% (biplane 57%), no RWMA. Grade II diastolic dysfunction, E/e' 16.
RV: normal size and function, TAPSE 2.1 cm.
Aortic valve: trileaflet, heavily calcified, severe aortic stenosis - peak velocity 4.3 m/s, mean gradient 44 mmHg, AVA (VTI) 0.8 cm2, DI 0.23.
Mitral: mild MAC, mild MR. TR mild, RVSP 38 mmHg.
Aorta: root 3.6 cm, ascending 3.9 cm.
Compared with {{DATE:05/2021}}: AS progressed from moderate (mean 27).
Conclusion: severe AS, preserved EF. Recommend structural heart referral.
Critical finding notified to Dr. {{NAME:Akande}} by secure chat {{DATE:12/4/23 15:02}}.
Read by {{NAME:Gabriel Moreau-Simpson}}, MD, FASE`,
  `Record date: {{DATE:2077-08-09}}

ENDOCRINOLOGY - {{FACILITY:OAK LAWN DIABETES CENTER}}

Mr. {{NAME:Rajesh Kumar Iyengar}} is a 49-year-old IT consultant (contracts with {{FACILITY:Prairie State Bank}}) seen in follow-up for type 2 diabetes diagnosed in {{DATE:March 2071}}, referred originally by Dr. {{NAME:Sunita Bhalla}}. He spent {{DATE:June 12}} through {{DATE:July 20}} visiting family in {{LOCATION:Chennai}} and stopped his insulin degludec during the trip; fingersticks there 220-300.
Current: metformin XR 2000, degludec 28 units, empagliflozin 25. CGM: Dexcom G7, sensor serial {{DEVICE:8KQ2-11X9-7730}}, TIR 48%, GMI 8.2%.
Exam: BP 134/86, BMI 29.4, acanthosis neck, feet normal.
Labs {{DATE:8/2/77}}: A1c 8.9%, LDL 112, eGFR 88, ALT 61.
Impression/Plan: add tirzepatide 2.5 mg weekly, titrate; resume degludec 28 units; hepatic steatosis - US ordered; statin to rosuvastatin 20.
Return {{DATE:10/4/77}}. Copy to Dr. {{NAME:Bhalla}} at {{FACILITY:Naperville Family Physicians}}.

{{NAME:Elizabeth Kowalski-Odum}}, M.D.
DD {{DATE:08/09/77}}  DT {{DATE:08/10/77}}  {{NAME:EKO}}/{{NAME:rjs}}`,
  `PEDS ED NOTE - {{FACILITY:Uptown Children's Hospital}} ED
{{DATE:11/11/2023 19:22}}. {{NAME:Lim, Ethan Jeremiah}} 4 y/o M, MRN {{MRN:UC-5580123}}.
Brought by dad {{NAME:Jeremiah Lim}} and lola {{NAME:Corazon Dimaculangan}}.
CC: wheezing, cough x2 d, URI sx at daycare ({{FACILITY:Little Sprouts Learning Center}} on {{ADDRESS:Broadway}}).
PMH: reactive airway, 2 prior ED visits (last {{DATE:08/2023}}), no ICU. Imm UTD. NKDA.
Exam: T 38.2, RR 40, SpO2 91% RA, diffuse exp wheeze, subcostal retractions. PRAM 7.
Tx: albuterol/ipratropium neb x3, dexamethasone 0.6 mg/kg PO, SpO2 95% after. PRAM 3 at 21:00.
Dx: asthma exacerbation, moderate, viral trigger (RSV/flu/COVID neg).
Dispo: home. Albuterol MDI w/ spacer 4 puffs q4h x2 d, dex 2nd dose {{DATE:11/12}}. F/u PCP Dr. {{NAME:Rosalinda Bautista}}, {{FACILITY:Argyle Street Pediatrics}}, in 2-3 d.
Daycare note given. Dad's phone {{PHONE:872-555-0192}}.
{{NAME:Tobias Nwankwo}}, MD (peds EM)`,
  `WOUND CARE CLINIC - {{FACILITY:SAN FRANCISCO MISSION GENERAL}}, WOUND CENTER
{{DATE:7/25/23}}. {{NAME:Kowalczyk, Stanley "Stosh"}}, 63M, MRN {{MRN:SFM8830211}}.
Wound: R plantar 1st MTH neuropathic ulcer (Wagner 2), present since ~{{DATE:4/2023}}.
Hx: DM2 (A1c 11.2), PAD (ABI 0.71 R), tobacco 1 ppd. Lives in SRO hotel ({{FACILITY:Hotel Bristol Arms}}, {{ADDRESS:56 Mason St, Rm 412}}), walks all day, no safe place to offload. Phone via case manager at {{FACILITY:Tenderloin Housing Partners}}, {{PHONE:415-555-0137}}.
Today: 2.1 x 1.8 x 0.6 cm (was 2.6 x 2.0 x 0.8 on {{DATE:7/11}}). Granular base 80%, no probe to bone. Sharp debridement (CPT 11042), 1.2 cm2.
X-ray {{DATE:7/12}}: no osteomyelitis. Culture {{DATE:7/11}} (acc {{ID:W23-8841}}): MSSA.
Plan: TCC declined (can't keep appointments). Removable walker boot; silver alginate; RN visits M/W/F via {{FACILITY:Mason Street Nurses}}. Vascular referral to Dr. {{NAME:Henrietta Mbeki}} {{DATE:8/2}}. Smoking cessation - NRT patch 21 mg.
Next visit {{DATE:8/8/23}}. {{NAME:Yosef Ben-Ami}}, DPM / {{NAME:Chiara Lombardi}}, RN CWOCN`,
  `AFTER-HOURS TELEPHONE TRIAGE (answering service)
Call received {{DATE:12/24/2023 23:16}} from {{NAME:Nadia Haddad-Sousa}} re son {{NAME:Elias Sousa}}, 7 mo, DOB {{DATE:05/20/2023}}.
Practice: {{FACILITY:Pawtucket Pediatric Associates}}. On-call: Dr. {{NAME:Wendell Okoro}}.
Callback {{PHONE:401-555-0128}}; caller at grandparents' home, {{ADDRESS:19 Mineral Spring Ave}}, {{LOCATION:Pawtucket}}.
Complaint: fever 102.9 rectal since 1800, fussy but consolable, 4 wet diapers today, feeding less. No rash, no trouble breathing. Vaccines up to date except 6-mo visit delayed (scheduled {{DATE:1/3}}).
Protocol: fever, 3-12 mo. Disposition: home care, call back if worse; acetaminophen 80 mg (2.5 mL of 160/5) q6h prn. Red flags reviewed.
Mom asks where open tomorrow - told {{FACILITY:Blackstone Valley Children's ED}} open 24 h, or {{FACILITY:QuickMend Urgent Care Cumberland}} 9-5.
Triage RN {{NAME:Mairead Flanagan}}, ID {{ID:RN-2207}}. Dr. {{NAME:Okoro}} notified {{DATE:12/24}} 23:40, agrees.
Call ref {{ID:AS-231224-771}}.`,
  `POSTPARTUM DISCHARGE SUMMARY - MOTHER
{{FACILITY:Myrtle-Bushwick Medical Center}}  Mother-Baby Unit, {{FACILITY:Nightingale 3}}
{{NAME:Pierre-Louis, Nadège}}  MRN {{MRN:WB00471883}}  Admit {{DATE:03/08/2024}}  DC {{DATE:03/10/2024}}
32 y/o G3 now P3003, NSVD {{DATE:3/8/24 04:51}} of a girl, {{NAME:Sarah-Mica}}, 3180 g, Apgars 8/9. QBL 420 mL. 2nd-degree laceration repaired.
Course: uncomplicated. Hgb 10.4. BP max 138/86, no preeclampsia labs. Breast- and formula-feeding.
Rh+. Rubella immune. Tdap {{DATE:1/5}}. Flu given. Contraception: Nexplanon placed PPD1, lot not recorded here.
Meds: ibuprofen 600 q6h, acetaminophen 650 q6h prn, PNV, ferrous sulfate.
Follow-up: BP check {{DATE:3/14}} at {{FACILITY:Broadway Triangle Family Health}}; PP visit 6 wk with CNM {{NAME:Guerline Toussaint}}. Baby to Dr. {{NAME:Ifeoma Nwosu}} {{DATE:3/12}}.
WIC referral sent; WIC ID {{ID:WIC-08812290}}. Medicaid (HRA) CIN {{HEALTH_PLAN:AB44102C}}.
Home: {{ADDRESS:775 Flushing Ave, Apt 9D}}, {{LOCATION:Brooklyn}} {{ZIP:11206}}. Partner {{NAME:Jean-Baptiste Etienne}}, {{PHONE:347-555-0187}}.
Creole interpreter used. {{NAME:Aliyah Brooks}}, MD (OB resident)`,
  `PSYCHIATRIC DISCHARGE SUMMARY
{{FACILITY:ST. BRENDAN'S-ANACOSTIA BEHAVIORAL HEALTH}}, UNIT {{FACILITY:1D RIVERSIDE}}
PATIENT: {{NAME:MCNEIL, ANTOINE "TWAN" D}}  MR# {{MRN:SE-0071829}}
ADMITTED: {{DATE:01/02/2024}} (INVOLUNTARY, FD-12)  DISCHARGED: {{DATE:01/19/2024}}
REASON: COMMAND AH TO HURT NEIGHBOR, BROUGHT BY MPD FROM {{ADDRESS:2300 GOOD HOPE RD SE}}.
DX: SCHIZOPHRENIA, PARANOID; CANNABIS USE D/O; HTN.
COURSE: RESTARTED ARIPIPRAZOLE, TITRATED TO 20 MG, THEN ARISTADA 882 MG IM {{DATE:01/16}}. NO SECLUSION/RESTRAINT AFTER {{DATE:01/04}}. AH DIMINISHED, NO HI AT DC.
LEGAL: PROBABLE CAUSE HEARING {{DATE:01/05}} - COMMITMENT NOT PURSUED AFTER PT SIGNED VOLUNTARY. PENDING MISDEMEANOR, {{FACILITY:ANACOSTIA DISTRICT COURT}} CASE {{ID:2023-CMD-011782}}, NEXT DATE {{DATE:02/08/2024}}.
DISPO: {{FACILITY:PATHWAYS-HOME CRISIS RESIDENCE}} X 14 DAYS, THEN RETURN TO MOTHER'S HOME. ACT TEAM: {{FACILITY:ANACOSTIA COMMUNITY SERVICES}}, LEAD {{NAME:NICOLE FREEMAN}}, LCSW, {{PHONE:202-555-0165}}.
NEXT LAI DUE {{DATE:03/15/2024}}.
ATTENDING: {{NAME:OBINNA CHUKWU}}, MD. DICTATED {{DATE:01/19/24}}; TRANSCRIBED {{DATE:01/22/24}}, {{NAME:DMW}}`,
  `ETHICS CONSULTATION NOTE
{{FACILITY:Cedars Valley Medical Center}}, {{DATE:6/6/2024}}
Requested by: Dr. {{NAME:Ji-ho Baek}}, SICU. Consultants: Rev. {{NAME:Thomas Aquino}} (chaplain), {{NAME:Farah Siddiqui}}, JD, MBE.
Patient: {{NAME:Hovsepian, Garabed}}, 84M, MRN {{MRN:CV30014478}}. Post-op day 12 after emergent AAA repair; multiorgan failure, CRRT, trach pending.
Question: conflict between daughters about continuing life-sustaining treatment. No AHCD. Pt told his priest at {{FACILITY:Holy Martyrs of Verdugo Armenian Church}} on {{DATE:Easter Sunday 2024}} that he "would never want machines" (per Fr. {{NAME:Vartan Kalustian}}, {{PHONE:818-555-0126}}).
Daughter {{NAME:Anoush Hovsepian-Ward}} (lives in {{LOCATION:Glendale}}) requests full treatment; daughter {{NAME:Lena Hovsepian}} (flew in from {{LOCATION:Yerevan}} {{DATE:6/1}}) requests comfort care.
Meeting held {{DATE:6/6}} 14:00 with both daughters, Dr. {{NAME:Baek}}, nephrology Dr. {{NAME:Ortiz-Blanco}}.
Assessment: surrogate hierarchy under California Probate Code 4712 - daughters share; substituted judgment supported by priest's account.
Recs: time-limited trial of 7 days; family meeting {{DATE:6/13}}; palliative care co-management.
{{NAME:Farah Siddiqui}}, JD, MBE, ethics consult service, x{{PHONE:5-7720}}`,
  `MRI BRAIN WITH AND WITHOUT CONTRAST
{{FACILITY:Capitol Hill Regional Imaging}} | Acc# {{ID:MR0061734}} | {{DATE:Feb 21, 2024 10:05}}
Patient: {{NAME:Gebremedhin, Selam A.}}  DOB {{DATE:1993-12-01}}  MRN {{MRN:CH-8810467}}
Referring: {{NAME:Wubet Assefa}}, MD - {{FACILITY:Rainier Beach Neurology}} ({{FAX:206-555-0159}})
History: 30F, optic neuritis OS {{DATE:Jan 2024}}, paresthesias legs. Eval for MS.
Technique: 3T, sagittal 3D FLAIR, T2, DWI, SWI, pre/post gadobutrol 7.5 mL (lot is on MAR).
Findings: 14 T2/FLAIR hyperintense lesions, periventricular (ovoid, perpendicular to ventricles - Dawson fingers), juxtacortical (L frontal), infratentorial (R middle cerebellar peduncle). Two lesions enhance (R periventricular, L centrum semiovale). Central vein sign in most lesions. No SWI abnormality. Optic nerve not dedicated.
Impression: Findings meet 2017 McDonald criteria for dissemination in space and time. Recommend spine MRI and CSF.
Compared: none available; prior CT from {{FACILITY:Addis Family Clinic}} in {{LOCATION:Tukwila}} requested.
Images pushed to PACS node {{IP:192.168.40.17}} for referring review.
Dictated by {{NAME:Magnus Thorvaldsen}}, MD; signed {{DATE:02/21/2024 13:48}}.`,
  `urgent care - {{FACILITY:bronx express urgent care}}
{{DATE:8/3}} 1610. pt {{NAME:kiara t. ramos}} 19f, college student at {{FACILITY:bronx community tech}}, works at {{FACILITY:tasty wings}} on {{ADDRESS:e 149th}}.
cc: dysuria x2d, freq, no fever, no flank pain, lmp {{DATE:7/20}}, sexually active 1 male partner, condoms sometimes.
ua: le 2+, nit +, blood 1+. upt neg.
dx: acute cystitis.
rx: nitrofurantoin 100 bid x5d to {{FACILITY:concourse rx}}. offered gc/ct - sent (req {{ID:QD7714820}}) to {{FACILITY:tri-state labs}}, results by {{DATE:8/6}} via portal.
hx: 1 prior uti {{DATE:feb '23}} tx'd at {{FACILITY:st columbkille east}} ed. no allergies. no meds except junel fe.
sti/safe sex counseling. f/u w/ pcp or family planning clinic.
mom on file {{NAME:maribel ramos}} {{PHONE:718 555 0114}} - pt asks we NOT call mom, use her cell {{PHONE:646 555 0183}}.
{{NAME:d. oconnell}} pa-c`,
  `CANCER GENETICS - GENETIC COUNSELING NOTE
{{FACILITY:Cheltenham-Elkins Park Cancer Genetics}}   {{DATE:10/30/2023}}
Proband: {{NAME:Shira Goldfarb-Nassar}}, DOB {{DATE:02/11/1984}}, MRN {{MRN:FC-4403198}}
Referred by {{NAME:Naveen Pillai}}, MD (breast surgery) after dx of L breast IDC, ER+/HER2-, age 39.
Family history (pedigree in chart):
- Mother {{NAME:Ruth}}, ovarian ca dx 52, deceased at 58; lived in {{LOCATION:Haifa}}.
- Maternal aunt, breast ca 45.
- Father's side: Lebanese; father {{NAME:Karim Nassar}} alive, 71, prostate ca 66.
- Ashkenazi Jewish ancestry (maternal).
Testing: 84-gene panel + AJ founder mutations sent to {{FACILITY:Cedarline Genomics}} on {{DATE:10/30}}, order #{{ID:HG-9917402}}. Insurance prior auth obtained (Aetna member {{HEALTH_PLAN:W227189033}}).
Discussed BRCA1/2, PALB2, CHEK2, Lynch; VUS possibility; GINA protections (not life/LTC insurance).
Cascade testing: sister {{NAME:Miriam Goldfarb}} ({{LOCATION:Teaneck}}) interested; letter given.
Results expected {{DATE:11/20}}-ish; disclosure visit by video ({{URL:https://telehealth.elkinsgenetics.org/room/gc-sg}}).
{{NAME:Hadley Ashworth}}, MS, CGC`,
  `NUTRITION CONSULT - INPATIENT
{{DATE:1/8/2024}}, {{FACILITY:Midway Lakefront Hospital}} 4 West rm 418. Pt: {{NAME:Leroy "Pops" Tillman}}, 81M.
Reason: malnutrition screen MST 3; wt loss.
Usual wt 172 lb ({{DATE:July 2023}} per PCP, Dr. {{NAME:Adaeze Okeke}}, {{FACILITY:Woodlawn Community Physicians}}); now 148 lb = 14% loss in 6 mo. BMI 20.1.
Intake: poor; lives alone since wife {{NAME:Ernestine}} died {{DATE:10/2023}}. Gets home-delivered meals from {{FACILITY:South Side Senior Kitchen}} weekdays, eats lunch at {{FACILITY:Dorchester Grill}} Sundays after service at {{FACILITY:Greater Mount Zion Hill MB Church}}.
NFPE: moderate temporal wasting, mild clavicle/deltoid loss, grip weak.
Dx: severe malnutrition in context of chronic illness (ASPEN/AND) - wt loss > 7.5%/3 mo criteria.
Labs: albumin 3.0 (not used for dx), prealbumin 12, Mg 1.6, Phos 2.4.
Plan: Ensure Plus bid, magic cup at lunch, liberalize diet; refeeding risk - monitor K/Mg/Phos x3 d; thiamine 100 daily. Refer to {{FACILITY:Hyde Park Aging Services}} for home meals 7 d/wk on dc.
Grandson {{NAME:Marcus}} ({{PHONE:773-555-0108}}) to help shop.
{{NAME:Priscilla Adeyemi-Stone}}, MS, RDN, LDN #{{LICENSE:164-008812}}`,
  `CARDIAC REHABILITATION - PHASE II INTAKE
{{FACILITY:Queens Boulevard Heart & Vascular}} Cardiac Rehab, at {{FACILITY:Rego Park JCC}} fitness floor
Date: {{DATE:4/15/2024}}. Pt: {{NAME:Ferrari, Vincenzo "Vinny"}}, 67M, MRN {{MRN:QB-2298014}}.
Qualifying event: NSTEMI {{DATE:3/21/24}}, PCI to LCx (2 DES) at {{FACILITY:Forest Hills Presbyterian}}. EF 50%.
Risk: HTN, HLD, former smoker (quit {{DATE:3/21}}!), BMI 31. Retired MTA bus mechanic; now part-time at his son's restaurant, {{FACILITY:Trattoria Vincenzo}} on {{ADDRESS:Austin St}}.
6MWT: 412 m, RPE 13, no angina, HR 72->104, BP 128/76->156/80.
Risk strat (AACVPR): moderate.
Plan: 36 sessions MWF, target HR 95-115 / RPE 11-14; nutrition class (Tues 10:00); stress mgmt group.
Meds reviewed: ASA 81, ticagrelor 90 bid, atorvastatin 80, metoprolol succ 25, lisinopril 10.
Emergency contact: wife {{NAME:Teresa}} {{PHONE:718-555-0172}}. Cardiologist: Dr. {{NAME:Dae-sung Ha}}.
Medicare {{HEALTH_PLAN:8WN3-TE1-RY55}} + Empire supplemental.
Exercise physiologist {{NAME:Jordan Alcott-Mims}}, ACSM-CEP; RN {{NAME:Precious Mokoena}}`,
  `Record date: {{DATE:2092-11-02}}

GYNECOLOGIC ONCOLOGY
{{FACILITY:HARLEM RIVER CANCER PAVILION}}

Patient: {{NAME:PAIK, HYE-JIN}}
DOB: {{DATE:03/28/2036}}   MRN: {{MRN:77180923}}

Ms. {{NAME:Paik}} is a 56-year-old G2P2 seen on {{DATE:November 2, 2092}} after her second cycle of carboplatin/paclitaxel for stage IIIC high-grade serous ovarian carcinoma. She underwent interval debulking with Dr. {{NAME:Solomon Bekele}} at {{FACILITY:Mount Morris Park Hospital}} on {{DATE:09/14/92}} (R0). Germline BRCA1 c.5266dupC positive ({{DATE:Aug 2092}}); her sister {{NAME:Hye-sun}} in {{LOCATION:Incheon}} has been informed.
She works as a manicurist at {{FACILITY:Lenox Nails & Spa}} and has been off since surgery.
Grade 2 neuropathy, grade 1 fatigue. CA-125 1,420 -> 88 -> 31.
Plan: C3 {{DATE:11/23/92}}; then olaparib maintenance. Social work for disability forms. Korean interpreter {{NAME:Min-jun Oh}}, ID {{ID:3381}}.

{{NAME:Adaeze Nwachukwu-Rhee}}, MD
cc: Dr. {{NAME:Solomon Bekele}}
D: {{DATE:11/02/92}} T: {{DATE:11/04/92}} {{NAME:ANR}}/{{NAME:jdc}}`,
  `CRITICAL VALUE CALL LOG - CORE LAB, {{FACILITY:Crescent City Memorial}}
{{DATE:06/21/2023}}
- 02:14 K 6.9 (hemolysis neg) on {{NAME:Broussard, Clement}}, MRN {{MRN:CT0192274}}, loc 6W-22. Called to RN {{NAME:Shondra}} (x{{PHONE:4812}}), read back OK. By {{NAME:TLN}}.
- 03:40 Glucose 38 on {{NAME:Nguyen, Thi Hoa}}, MRN {{MRN:CT0448102}}, ED bay 9. Called to Dr. {{NAME:Arceneaux}}, read back OK. By {{NAME:TLN}}.
- 05:05 Troponin I 4.21 on {{NAME:Jean-Pierre, Marcelin}}, MRN {{MRN:CT0327719}}, CCU 4. Called to RN {{NAME:Fontenot}}, read back OK. By {{NAME:RMB}}.
- 06:30 Positive blood culture (GNR, 1/2) on {{NAME:Hebert-Landry, Odile}}, MRN {{MRN:CT0088315}}, accession {{ID:B23-06-2210}}, {{FACILITY:Napoleon Wing}} 3. Unable to reach RN x2; escalated to charge nurse {{NAME:Deshawn Batiste}} at 06:41. By {{NAME:RMB}}.
- 07:10 INR 8.4 on outpatient {{NAME:Thibodeaux, Alcee}}, MRN {{MRN:CT0561190}}, from {{FACILITY:Bayou St. John Anticoag Clinic}}; called to on-call Dr. {{NAME:Vu}} at {{PHONE:504-555-0131}}. By {{NAME:RMB}}.
Reviewed: {{NAME:Renata Castille}}, MT, lab supervisor`,
  `POLYSOMNOGRAPHY REPORT (split-night)
{{FACILITY:Flatbush Sleep Disorders Center}}   Study date: {{DATE:Sept 9-10, 2023}}
Patient: {{NAME:Campbell-Brown, Desmond O.}}   DOB {{DATE:06/06/1971}}   MRN {{MRN:FS-55102}}
Referred by: Dr. {{NAME:Novlette Henry}}, {{FACILITY:Church Avenue Medical Group}}.
Indication: loud snoring, witnessed apneas (wife {{NAME:Marcia}}), ESS 16, HTN. Works overnight as MTA bus operator - DOT medical card expires {{DATE:11/30/23}}.
Diagnostic portion (2:58 h TST): AHI 58/h (4% rule), supine AHI 72, REM AHI 64. SpO2 nadir 71%, T90 22%. No PLMs of significance.
Titration: CPAP 5 -> 13 cm H2O; at 12 cm, AHI 3, supine REM observed. Mask: ResMed F20 medium full face.
Impression: severe obstructive sleep apnea (G47.33).
Recommendations: CPAP 12 cm H2O with heated humidification; DME order to {{FACILITY:Kings Respiratory Supply}} ({{PHONE:718-555-0175}}); device set up {{DATE:9/18}} - AirSense 11 serial {{DEVICE:23241156789}}; compliance download at 30 d; drowsy driving counseling - he agrees not to drive commercially until compliant.
Interpreting physician: {{NAME:Olufemi Balogun}}, MD, D.ABSM. Scored by {{NAME:K. Reyes}}, RPSGT. Signed {{DATE:9/12/2023}}.`,
  `ED PHYSICIAN NOTE
{{FACILITY:QUEENS NORTH-FLUSHING MEADOWS HOSPITAL}}   {{DATE:05/27/2024 1745}}
PT: {{NAME:CHEN, WEI "DAVID"}}   38M   MRN {{MRN:NSF-2288103}}
CC: DOG BITE R CALF.
HPI: BITTEN BY NEIGHBOR'S PIT MIX WHILE JOGGING IN {{LOCATION:KISSENA PARK}} AT ~1630. DOG OWNER {{NAME:GARY PLOTKIN}}, {{ADDRESS:147-22 ROOSEVELT AVE}}, PHONE {{PHONE:917-555-0149}}; DOG REPORTEDLY VACCINATED (TAG #{{ID:R-44120}}). PT IS A LINE COOK AT {{FACILITY:GOLDEN LOTUS DUMPLING HOUSE}}.
EXAM: 3 PUNCTURES AND 4 CM LAC POSTERIOR R CALF, NO TENDON INJ, DP 2+.
XR: NO FB, NO FX.
TX: COPIOUS IRRIGATION, LAC LEFT OPEN (BITE), AUGMENTIN 875/125 BID X5D, TDAP GIVEN (LAST 2012). RABIES PEP NOT INDICATED IF DOG OBSERVED 10 D - NYC DOHMH NOTIFIED, REPORT #{{ID:AB-2024-118802}}.
DISPO: HOME, WOUND CHECK {{DATE:5/29}} AT {{FACILITY:FLUSHING MAIN STREET PRIMARY CARE}}.
PT'S EMAIL FOR RECORDS: {{EMAIL:dchen.cooks@gmail.com}}.
{{NAME:ROSALIND KHOURY}}, MD / SCRIBE {{NAME:A. PATEL}}`,
  `OPHTHALMOLOGY CLINIC
{{FACILITY:Boyle Heights Eye Institute}} - {{DATE:01/10/2024}}
Pt: {{NAME:Hernandez Aguilar, Maria de Jesus}}  DOB {{DATE:12/08/1958}}  MRN {{MRN:BH-0449812}}
Interpreter: Spanish, in person ({{NAME:Lucero}}).
CC: blurry vision OU x6 mo, worse at night driving. DM2 x15 yr (A1c 9.1 on {{DATE:12/1}} per PCP Dr. {{NAME:Octavio Serrano}}, {{FACILITY:Clinica Salud del Este}}).
VA cc: OD 20/70, OS 20/50. IOP 17/18 (Goldmann).
SLE: 2+ NS cataract OU.
DFE: moderate NPDR OU, CSME OD with central thickening; OCT OD CST 412 um, OS 288.
A/P: 1) CSME OD - intravitreal aflibercept 2 mg OD today (consent signed), monthly x3. 2) moderate NPDR OU - tighter glycemic control, letter to PCP. 3) cataracts - defer until macula stable.
Next: {{DATE:2/7/24}} injection. Pt's daughter {{NAME:Yesenia}} drives, {{PHONE:323-555-0181}}.
Medi-Cal managed care ID {{HEALTH_PLAN:94418820F}}.
{{NAME:Thanh-Huong Le}}, MD, retina`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Presidio Home Care Services}}   Visit {{DATE:Tue 02/13/2024}} 10:05-10:55
Patient: {{NAME:Lebedeva, Valentina I.}}  Agency ID {{ID:GG-30418}}  SOC {{DATE:01/30/2024}}
Address: {{ADDRESS:2150 Geary Blvd, Apt 508}}, {{LOCATION:San Francisco}} {{ZIP:94115}} (bldg door code given by daughter, not recorded).
PCP: Dr. {{NAME:Boris Feldman}}, {{FACILITY:Richmond District Medical Group}}, fax {{FAX:415-555-0153}}.
Dx: s/p L hip ORIF {{DATE:1/24}} (fall at {{FACILITY:New Kiev Deli}} on {{ADDRESS:Clement St}}), osteoporosis, HTN.
Vitals: BP 146/78, HR 76, T 97.9, SpO2 97%. Pain 3/10.
Incision: staples removed per order, 14 staples, steri-strips applied, no drainage.
Meds: enoxaparin 40 daily through {{DATE:2/21}} - pt self-injecting, technique good. Oxycodone 5 rarely. Alendronate weekly - teaching done in Russian via daughter {{NAME:Yelena Lebedeva-Stone}} ({{PHONE:415-555-0135}}).
Home safety: throw rugs removed, grab bars ordered through {{FACILITY:Bay Medical Equipment}}.
PT (by {{NAME:Arturo Villalobos}}, PT) continuing 2x/wk.
Next SN visit {{DATE:2/20}}. {{NAME:Kristine Alcantara}}, RN`,
  `{{FACILITY:Dearborn Pediatric & Adolescent Medicine}}
{{ADDRESS:13700 Michigan Ave, Suite 110}}, {{LOCATION:Dearborn}}, MI {{ZIP:48126}}
Phone {{PHONE:313-555-0163}} | Fax {{FAX:313-555-0164}}

{{DATE:April 22, 2024}}

To: School Nurse, {{FACILITY:Schaefer Road Intermediate School}}

RE: {{NAME:Zainab Al-Amin}} (DOB {{DATE:09/03/2012}})

{{NAME:Zainab}} was seen in our office on {{DATE:04/15/2024}} and {{DATE:04/22/2024}} for influenza B complicated by otitis media. She was unable to attend school from {{DATE:April 15}} through {{DATE:April 19}}. She may return on {{DATE:Tuesday, April 23}} without restrictions. She uses an albuterol inhaler before gym (asthma, mild intermittent) - a medication authorization form is enclosed; her mother, Mrs. {{NAME:Rasha Al-Amin}}, will bring the inhaler. Please call her at {{PHONE:313-555-0199}} with questions (Arabic preferred; father {{NAME:Hassan}} speaks English).

Sincerely,

{{NAME:Lina Darwish-Haddad}}, MD, FAAP
NPI {{LICENSE:1730598841}}`,
  `Physician Progress Note - MICU
[**{{DATE:2134-7-22}}**] 08:15
24 Hour Events: extubated [**{{DATE:7-21}}**] 14:00, tolerated. Lasix gtt stopped.
Allergies: No Known Drug Allergies
Subjective: Pt says "I want to go home to [**{{LOCATION:Location (un) 2981}}**]." Wife [**{{NAME:Name (NI) 3312}}**] at bedside, asks re: pt's job at [**{{FACILITY:Company 4417}}**].
Vitals: Tmax 37.8, HR 92, BP 118/66, RR 20, SpO2 95% 3L NC.
I/O: 2.1 L in / 3.4 L out.
Exam: alert, oriented x3, bibasilar crackles, 1+ edema.
Labs: WBC 11.2, Hgb 9.9, Cr 1.4, K 3.8, Mg 1.9. BNP 1280.
Micro: BAL [**{{DATE:7-19}}**]: Pseudomonas aeruginosa, pan-sensitive.
Assessment/Plan: 61M w/ acute hypoxic resp failure from Pseudomonas PNA + decompensated HFrEF, now extubated.
- cefepime d4/7
- diuresis with IV furosemide 40 bid, goal net -1 L
- call out to floor ([**{{FACILITY:Hospital Ward Name 332}}**]) today
- PCP Dr. [**{{NAME:Last Name (STitle) 7718}}**] at [**{{FACILITY:Hospital 4412}}**] notified, [**{{PHONE:Telephone/Fax (1) 7719}}**]
ICU Care: DVT ppx heparin SC; lines: PICC R basilic placed [**{{DATE:7-20}}**].
Code status: Full
[**{{NAME:First Name8 (NamePattern2) 209}}**] [**{{NAME:Last Name (NamePattern1) 210}}**], MD`,
  `OB ANESTHESIA - LABOR EPIDURAL PROCEDURE NOTE
{{FACILITY:Marquette-Little Village Birth Center}}, LDR 6   {{DATE:03/30/2024 01:22}}
Pt: {{NAME:Xochitl Ramírez-Ochoa}}, 27 y/o G1P0 at 39w4d, MRN {{MRN:LV-7740912}}. Requested by CNM {{NAME:Beatriz Solano}}.
Pre: Plt 214 ({{DATE:3/29}} 2210), no anticoagulants, BMI 34. Consent in Spanish via iPad interpreter (#{{ID:220781}}); partner {{NAME:Julio}} present.
Procedure: sitting, L3-4 midline, 17g Tuohy, LOR to saline at 6 cm, catheter 5 cm in space (11 cm at skin). Test dose lido 1.5% w/ epi 3 mL negative. 
Maintenance: PIEB bupivacaine 0.0625% + fentanyl 2 mcg/mL, 8 mL q45min, PCEA 5 mL q10 min. Pump: CADD-Solis, asset tag {{DEVICE:CS-0047718}}.
Result: bilateral T10 block, VAS 8 -> 1 at 01:45. BP nadir 98/54, phenylephrine 100 mcg x1. FHT cat I throughout.
Attending: Dr. {{NAME:Olga Vasquez-Berg}} present for entire procedure. Resident: {{NAME:Oluwatobi Adekunle}}, MD.
Contact anesthesia via in-house pager {{PHONE:5-3390}} for breakthrough pain.`,
  `OPERATIVE NOTE - VASCULAR ACCESS
{{FACILITY:Pelham Bay Medical Center}}   {{DATE:10/05/2023}}
Patient: {{NAME:Okonkwo, Chukwuemeka "Emeka"}}   MRN {{MRN:JPB-5501192}}   DOB {{DATE:07/19/1966}}
Surgeon: {{NAME:Leandro Gattuso}}, MD. Assist: {{NAME:Shreya Venkatesh}}, MD (PGY-3).
Pre-op dx: ESRD on HD via R IJ tunneled catheter (placed {{DATE:8/14/23}} at {{FACILITY:Eastchester Dialysis Access Center}}).
Procedure: L brachiocephalic AV fistula creation (CPT 36821).
Anesthesia: supraclavicular block + MAC (Dr. {{NAME:Yaw Boateng}}).
Findings: cephalic vein 3.5 mm, brachial artery 4.2 mm, soft; palpable thrill at completion.
Technique: transverse antecubital incision, end-to-side anastomosis with running 7-0 Prolene. Hemostasis. Closed 4-0 Monocryl.
EBL minimal. No complications.
Plan: home today; fistula check and US {{DATE:11/2}}; maturation ~6 wk; continue HD MWF at {{FACILITY:Co-op City Kidney Center}} (charge RN {{NAME:Marites Gonzaga}}, {{PHONE:718-555-0166}}).
Pt's nephrologist Dr. {{NAME:Funmilayo Ajayi}} cc'd. Wife {{NAME:Ngozi}} updated at 12:40 in family lounge.
{{NAME:L. Gattuso}}, MD - dictated {{DATE:10/05/23 13:02}}, job {{ID:J-4471920}}`,
  `TELEHEALTH VISIT - PRIMARY CARE
{{FACILITY:Chinatown-Sunset Park Community Health}}   {{DATE:Monday, January 8, 2024 15:30}}
Patient: {{NAME:Zhou, Guang-Ming}}  DOB {{DATE:11/11/1950}}  MRN {{MRN:SP-0082210}}
Platform: video via {{URL:https://sunsetparkhealth.vidvisit.net/j/88120447}}; pt joined from {{LOCATION:Sunset Park}} home, IP {{IP:68.173.44.219}} (logged per telehealth policy). Consent verbal. Cantonese interpreter {{NAME:Winnie Tsang}} (ID {{ID:7731}}).
Also present: granddaughter {{NAME:Amy Zhou}} ({{EMAIL:amy.zhou.nyc@gmail.com}}), who helps with meds.
S: BP at home 150s/90s, new dizziness on standing x1 wk. Started doxazosin 2 mg on {{DATE:12/28}} by urologist Dr. {{NAME:Kaplan-Mehta}} at {{FACILITY:Bay Ridge Urology Associates}}.
Meds: amlodipine 10, losartan 100, doxazosin 2 qhs, tamsulosin 0.4 (duplicate alpha-blocker!).
A/P: orthostasis likely from doxazosin + tamsulosin. Stop doxazosin; msg to urology. Home BP log; labs {{DATE:1/12}} at {{FACILITY:8th Avenue Lab}}. Follow-up in person {{DATE:1/22}}.
{{NAME:Mei Fong Leung}}, MD`,
];

export const HELDOUT_REALISTIC_7_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout7-${i + 1}`, n));
