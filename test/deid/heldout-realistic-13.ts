// A thirteenth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION; hospitals, practices, wards, employers and schools are made
// up). It is shaped like the i2b2 2006 de-identification challenge corpus and similar US academic
// hospital discharge-summary collections: dictated discharge summaries and operative reports, often
// in ALL CAPS or with ALL CAPS section headers and spaces before colons ("HOSPITAL COURSE :"),
// pipe-delimited record headers (record number | hospital | MRN | | encounter | date), dictation
// footers ("Dictated By :", "Attending :", "DD : / TD :", "D : ... T : ...", "JOB #", "BATCH",
// "Index No.", "CC :", "TR :" with typist initials), admission and discharge dates, hospital names,
// wings and wards, referring doctors and their practices, patients' towns, employers, ages, phone
// numbers, MRNs and unit numbers. Mixed in: mixed-case radiology, pathology, ED, clinic, consult,
// nursing and therapy notes from the same imagined hospital system, and letters. Dates use the
// years 1988-2004 and also shifted years (2060-2110), in many formats.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles (Dr.,
// MR., Mrs.) stay outside NAME spans and labels ("MRN :", "UNIT NUMBER :") outside all spans; a
// time attached to a full date (including "12:00:00 AM" of the record headers and the time after a
// "T :" dictation date) is part of the DATE; a weekday written with a date is part of it; a date
// range written as one token is one DATE span; a month with a year, and a month and day, are
// DATEs; a year alone, a weekday alone, clock times alone, states, countries and ages of 89 and
// under are not PHI; ages of 90 and over are AGE. Hospitals (also their abbreviations, e.g. "FMC"),
// named wings, wards and pavilions (Pelletier 6 South), clinics, practices, nursing homes, VNAs,
// ambulance services, pharmacies, labs, schools and employers are FACILITY; payers and state or
// federal agencies are not PHI. Record numbers, encounter numbers, accession, job, batch and index
// numbers and dictator codes (XP44) are ID; MRNs and unit numbers are MRN; insurer member numbers
// are HEALTH_PLAN; billing and claim numbers are ACCOUNT; licence and DEA numbers are LICENSE;
// pacemaker, ICD and implant serials are DEVICE; short in-house pagers and extensions are PHONE;
// typist initials are NAME. Lot, NDC, CLIA and trial numbers, CPT and ICD-9 codes, rooms and beds
// are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9365 / 0.9616; pass-11 engine (789a1c5) 0.9520 / 0.9600; pass-12a-i engine (211ad89) 0.9551 / 0.9596.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{ID:038271664}} | {{FACILITY:FMC}} | {{MRN:41930827}} | | {{ID:7720415}} | {{DATE:3/14/1997 12:00:00 AM}} | CONGESTIVE HEART FAILURE | Signed | DIS | Admission Date : {{DATE:3/14/1997}} Report Status : Signed

Discharge Date : {{DATE:3/21/1997}}
PRINCIPAL DIAGNOSIS : CONGESTIVE HEART FAILURE EXACERBATION .
HISTORY OF PRESENT ILLNESS : MR. {{NAME:OKAFOR}} IS A 74 YEAR OLD RETIRED MACHINIST FROM {{LOCATION:CHELSEA}} WITH ISCHEMIC CARDIOMYOPATHY , EF 25% , WHO PRESENTED TO THE {{FACILITY:FAIRMOUNT MEDICAL CENTER}} EMERGENCY DEPARTMENT WITH THREE DAYS OF ORTHOPNEA AND 2+ PEDAL EDEMA . LAST ADMISSION WAS {{DATE:1/2/97}} FOR THE SAME . HE IS FOLLOWED BY DR. {{NAME:HAROLD VINTNER}} OF {{FACILITY:BELLINGHAM SQUARE CARDIOLOGY}} .
HOSPITAL COURSE : ADMITTED TO {{FACILITY:PELLETIER 6 SOUTH}} . DIURESED WITH LASIX 80 MG IV BID WITH 6 KG WEIGHT LOSS . ECHO ON {{DATE:3/17}} SHOWED MODERATE MR . CREATININE PEAKED AT 1.9 .
DISCHARGE MEDICATIONS : LASIX 80 MG PO BID , LISINOPRIL 10 MG QD , DIGOXIN 0.125 MG QD , COUMADIN 5 MG QHS .
DISPOSITION : HOME WITH {{FACILITY:SAUGUS RIVER VNA}} . FOLLOW UP WITH DR. {{NAME:VINTNER}} IN 1 WEEK , TEL {{PHONE:617-555-0142}} .
Dictated By : {{NAME:SAMUEL R. TEODORESCU}} , M.D. {{ID:XP44}}
Attending : {{NAME:HAROLD M. VINTNER}} , M.D. {{ID:QB31}}
TR : {{NAME:ls}}
DD : {{DATE:03/21/97}}
TD : {{DATE:03/24/97 2:11 P}}
cc : {{NAME:HAROLD M. VINTNER}} , M.D.`,

  `OPERATIVE REPORT

PATIENT : {{NAME:DELVECCHIO , ANTOINETTE M}}
UNIT NUMBER : {{MRN:227-48-91}}
DATE OF OPERATION : {{DATE:09/08/1993}}
SURGEON : {{NAME:WALTER C. BRISBOIS}} , M.D.
ASSISTANT : {{NAME:PRIYA NATARAJAN}} , M.D.
ANESTHESIA : GENERAL ENDOTRACHEAL BY DR. {{NAME:KOSTAS}}
PREOPERATIVE DIAGNOSIS : SYMPTOMATIC CHOLELITHIASIS .
PROCEDURE : LAPAROSCOPIC CHOLECYSTECTOMY WITH INTRAOPERATIVE CHOLANGIOGRAM ( CPT 47563 ) .
INDICATIONS : MS. {{NAME:DELVECCHIO}} IS A 52 YEAR OLD CAFETERIA WORKER AT {{FACILITY:LINDEN PARK MIDDLE SCHOOL}} REFERRED BY DR. {{NAME:ELLEN FAIRWEATHER}} WITH RECURRENT BILIARY COLIC SINCE {{DATE:JUNE 1993}} .
DESCRIPTION OF PROCEDURE : THE PATIENT WAS BROUGHT TO OR 7 OF THE {{FACILITY:KESSLER SURGICAL PAVILION}} AND PLACED SUPINE . A FOLEY CATHETER WAS PLACED . A HASSON TROCAR WAS INSERTED AT THE UMBILICUS AND PNEUMOPERITONEUM TO 15 MM HG ESTABLISHED . CALOT'S TRIANGLE WAS DISSECTED ; THE CYSTIC DUCT AND ARTERY WERE CLIPPED AND DIVIDED . CHOLANGIOGRAM WAS NORMAL . ESTIMATED BLOOD LOSS 20 CC . THE PATIENT TOLERATED THE PROCEDURE WELL AND WENT TO THE PACU IN STABLE CONDITION .
{{NAME:WALTER C. BRISBOIS}} , M.D.
DICTATED BY : {{NAME:WALTER C. BRISBOIS}} , M.D.
D : {{DATE:09/08/93}} T : {{DATE:09/10/93}}
JOB # {{ID:448213}} BATCH : {{ID:20917}} {{NAME:RK}}`,

  `{{FACILITY:Fairmount Medical Center}} Department of Radiology
Patient: {{NAME:Nguyen, Thi Hoa}}   MRN: {{MRN:41877302}}   DOB: {{DATE:04/19/1938}}
Exam: CT CHEST WITH CONTRAST   Accession: {{ID:CT9904417}}
Date of exam: {{DATE:11/02/1999 09:47}}
Ordering physician: {{NAME:Mark Lindqvist}}, MD ({{FACILITY:Hadley Street Pulmonary}}), pager {{PHONE:4417}}
Clinical history: 61 year old woman, former smoker (40 pack-years), 1.2 cm RUL nodule on outside film from {{FACILITY:Merrimack Valley Infirmary}} dated {{DATE:10/14/99}}.
Comparison: CXR {{DATE:10/30/1999}}.
Technique: Axial images at 5 mm after 100 mL Omnipaque 300 IV.
Findings: 13 x 11 mm spiculated nodule in the right upper lobe (series 3, image 42). No hilar or mediastinal adenopathy by size criteria. Small hiatal hernia. Mild centrilobular emphysema. Adrenals normal. T4 vertebral body hemangioma.
Impression: 1. Spiculated RUL nodule, suspicious for primary lung carcinoma. Recommend PET and thoracic surgery consultation. 2. Emphysema.
Findings discussed with Dr. {{NAME:Lindqvist}} by telephone at 10:20 on {{DATE:11/2/99}}.
Dictated: {{NAME:Renata Cieslak}}, MD   Transcribed: {{NAME:jmh}}   {{DATE:11/03/1999}}`,

  `Admission Date : {{DATE:2087-02-11}}
Discharge Date : {{DATE:2087-02-19}}
Date of Birth : {{DATE:1995-01-06}}   Sex : F
Service : MEDICINE
HISTORY OF PRESENT ILLNESS : Ms. {{NAME:Ruth Abernathy-Sloane}} is a {{AGE:92}} year old resident of {{FACILITY:Cedar Knoll Nursing and Rehabilitation}} in {{LOCATION:Melrose}} sent in with fever to 102.4 , hypotension and altered mental status . Her son {{NAME:Dennis}} ( HCP , {{PHONE:781-555-0167}} ) reports she was at baseline on {{DATE:Sunday 2/9}} .
PAST MEDICAL HISTORY : Alzheimer's dementia , atrial fibrillation , Hashimoto's thyroiditis , s/p left hip ORIF in 2079 .
HOSPITAL COURSE : Urine grew E. coli > 100,000 , pansensitive . Treated with ceftriaxone 1 g IV q24h , then cipro 250 mg PO BID . Blood cultures from {{DATE:2/11}} negative . Mental status returned to baseline by hospital day 4 . Swallow evaluation by {{NAME:Carla}} from speech pathology recommended nectar thick liquids .
CONDITION ON DISCHARGE : Stable .
DISPOSITION : Return to {{FACILITY:Cedar Knoll}} , long term unit {{FACILITY:Whitcomb 2}} .
DISCHARGE INSTRUCTIONS : CMP on {{DATE:2/21/87}} , fax result to {{FAX:781-555-0198}} .
{{NAME:GEORGIA T. PAPADAKIS}} , M.D.
DICTATING FOR : {{NAME:ANIL MEHROTRA}} , M.D.
D : {{DATE:02/19/87 11:02}} T : {{DATE:02/20/87 08:15}}
JOB # : {{ID:61-00829}}`,

  `SURGICAL PATHOLOGY REPORT
{{FACILITY:ST. ANSGAR'S HOSPITAL}} , {{LOCATION:WORCESTER}}
Accession No : {{ID:S02-18834}}    Received : {{DATE:05/06/2002}}
Patient : {{NAME:HALLORAN , BRENDAN J}}    Med Rec # : {{MRN:0093-4417-2}}    Age/Sex : 34 / M
Submitting physician : {{NAME:LUISA ECHEVERRIA}} , M.D. , {{FACILITY:GREENDALE SURGICAL ASSOCIATES}}
Copy to : {{NAME:T. OYELARAN}} , M.D. ( Hematology )
CLINICAL HISTORY : Cervical lymphadenopathy x 2 months , night sweats . R/O Hodgkin lymphoma .
SPECIMEN : Left cervical lymph node , excisional biopsy .
GROSS DESCRIPTION : Received fresh labeled with the patient's name " {{NAME:Brendan Halloran}} " and " left neck node " is a 2.4 x 1.8 x 1.1 cm tan-pink rubbery lymph node . Serially sectioned and submitted in cassettes A1-A4 . Touch preps and flow cytometry ( {{ID:FC02-0561}} ) sent .
MICROSCOPIC : Nodular architecture with broad collagen bands ; scattered lacunar and Reed-Sternberg cells . Immunostains : CD15+ , CD30+ , CD45- , CD20 weak subset .
DIAGNOSIS : LYMPH NODE , LEFT CERVICAL , EXCISION : CLASSICAL HODGKIN LYMPHOMA , NODULAR SCLEROSIS TYPE .
Pathologist : {{NAME:MIRIAM A. GOLDFARB}} , M.D.   Signed out {{DATE:05/09/2002 16:40}}
Verbal report to Dr. {{NAME:Echeverria}} on {{DATE:5/9}} .`,

  `{{FACILITY:Halvorsen Memorial Hospital}} Emergency Department
Name: {{NAME:Marcus T. Bellweather}}   MR#: {{MRN:3318207}}   Arrival: {{DATE:08/23/2001 23:52}}
Triage: ESI 2. BP 168/94, HR 112, RR 22, SpO2 93% RA, T 98.9.
HPI: 46 yo M, roofer for {{FACILITY:Granite State Roofing Co.}}, fell approx 12 ft from a ladder on a job site at {{ADDRESS:41 Tremont Ave}} in {{LOCATION:Everett}} around 2300. Brought by {{FACILITY:Bayline Ambulance}}, c-collar in place. GCS 15. Complains of L chest wall and L wrist pain. No LOC per coworker {{NAME:Dave Kowalczyk}}.
Exam: Tender L ribs 6-8, no crepitus. Breath sounds equal. Dinner-fork deformity L wrist, neurovasc intact. Abd soft. Babinski downgoing.
Imaging: CXR no PTX. L wrist XR: distal radius fx with dorsal angulation (Colles). CT C-spine neg.
Procedure: Hematoma block with 10 mL 1% lidocaine, closed reduction, sugar-tong splint.
Dispo: Home, f/u {{FACILITY:Halvorsen}} Hand Clinic with Dr. {{NAME:Yusuf Ardic}} in 5-7 days, clinic {{PHONE:617-555-0119}}. Workers' comp claim #{{ACCOUNT:WC-0193388}}. Wife {{NAME:Sheila}} at bedside.
Attending: {{NAME:Colleen Marchetti}}, MD   Resident: {{NAME:B. Osei}}, MD`,

  `{{FACILITY:BROOKHOLLOW GENERAL HOSPITAL}}
Division of Rheumatology
{{ADDRESS:1200 Commonwealth Avenue , Suite 4}}
{{LOCATION:Brighton}} , MA {{ZIP:02135}}

{{DATE:April 3 , 1996}}

{{NAME:Lorraine Castellano}} , M.D.
{{FACILITY:Castellano and Wiese Internal Medicine}}
{{ADDRESS:88 Main Street}}
{{LOCATION:Wakefield}} , MA {{ZIP:01880}}

RE : {{NAME:PATRICK O'SULLIVAN}}     MRN : {{MRN:552-10-83}}

Dear Dr. {{NAME:Castellano}} :
Thank you for asking me to see Mr. {{NAME:O'Sullivan}} , a 58 year old delivery driver for {{FACILITY:Lakeside Parcel Service}} , for an exquisitely painful swollen right first MTP joint since {{DATE:March 28}} . Aspiration today yielded negatively birefringent needle-shaped crystals . Uric acid 9.8 . Creatinine 1.1 . He has had two similar episodes in 1994 and 1995 . I have started colchicine 0.6 mg BID and will add allopurinol 100 mg daily after this flare settles . I will see him again on {{DATE:May 1}} .
Sincerely ,
{{NAME:Hiroshi Takemoto}} , M.D.
cc : Mr. {{NAME:Patrick O'Sullivan}}
{{NAME:HT}} / {{NAME:kw}}`,

  `{{ID:911847203}} {{FACILITY:BGH}}
{{MRN:06294415}}
{{ID:372991}}
{{DATE:10/30/1990 12:00:00 AM}}
CHEST PAIN
DIS
Admission Date : {{DATE:10/30/1990}}
Discharge Date : {{DATE:11/02/1990}}
HISTORY OF PRESENT ILLNESS : THE PATIENT IS A 61 YEAR OLD BUS DRIVER FOR THE {{FACILITY:LYNNWAY TRANSIT COMPANY}} WHO LIVES IN {{LOCATION:SWAMPSCOTT}} WITH HIS WIFE . HE HAD SUBSTERNAL PRESSURE WHILE SHOVELING SNOW ON THE MORNING OF ADMISSION . ECG IN THE {{FACILITY:BROOKHOLLOW}} EMERGENCY ROOM SHOWED 1 MM ST DEPRESSION IN V4 - V6 .
HOSPITAL COURSE : RULED OUT FOR MYOCARDIAL INFARCTION BY CPK x 3 . EXERCISE TOLERANCE TEST ON {{DATE:11/1}} USING A MODIFIED BRUCE PROTOCOL WAS POSITIVE AT 6 MINUTES . HE WILL HAVE CARDIAC CATHETERIZATION AS AN OUTPATIENT WITH DR. {{NAME:ABERNETHY}} ON {{DATE:NOVEMBER 9}} .
MEDICATIONS ON DISCHARGE : ASPIRIN 325 MG QD , ATENOLOL 50 MG QD , ISORDIL 10 MG TID , NTG 0.4 MG SL PRN .
CONDITION ON DISCHARGE : GOOD .
{{NAME:KENNETH L. DRISCOLL}} , M.D.
DICTATING FOR :
Electronically Signed {{NAME:BARBARA ABERNETHY}} , M.D. {{DATE:11/09/1990 10:14}}
TR : {{NAME:dp}}
DD : {{DATE:11/02/1990}}
TD : {{DATE:11/05/1990 1:30 P}}
cc : {{NAME:BARBARA ABERNETHY}} , M.D. {{FACILITY:LYNN CARDIOVASCULAR GROUP}}`,

  `{{FACILITY:Fairmount Medical Center}} - Cardiology Clinic, {{FACILITY:Ober Building}} 3rd floor
Patient: {{NAME:Esperanza Villalobos}}     MRN: {{MRN:41002378}}     Visit date: {{DATE:January 17, 2003}}
Referring: {{NAME:Tomasz Wierzbicki}}, MD ({{FACILITY:Chelsea Neighborhood Health Center}})

S: 67 yo woman with paroxysmal AF, CHADS2 = 3, here for follow-up after her Holter ({{DATE:1/6/03-1/7/03}}) which showed 14% AF burden, max HR 138. Palpitations 2-3 times/week, lasting < 1 hr. Works part time at {{FACILITY:La Esperanza Bakery}} on {{ADDRESS:Broadway}}. Daughter {{NAME:Marisol}} interprets (Spanish).
Meds: metoprolol 50 mg BID, warfarin 4 mg (INR 2.4 today, goal 2-3), simvastatin 20 mg.
O: BP 132/78, HR 72 irregular. JVP 7 cm. Lungs clear. No edema.
ECG: AF, rate 76, QRS 94 ms, QTc 448.
A/P: Symptomatic paroxysmal AF on beta-blockade. Discussed options including flecainide vs. sotalol; given normal echo ({{DATE:Nov 2002}}, EF 60%) will start flecainide 50 mg BID with ETT in 1 week. Continue Coumadin via {{FACILITY:FMC}} Anticoagulation Service, ph {{PHONE:617-555-0133}}.
RTC 6 weeks.
{{NAME:Ayodele Fashola}}, MD, Cardiology     cc: Dr. {{NAME:Wierzbicki}}`,

  `INTERFACILITY TRANSFER SUMMARY
FROM : {{FACILITY:HALVORSEN MEMORIAL HOSPITAL}} , {{FACILITY:GRAYSON 4}}
TO : {{FACILITY:MAPLEWOOD MANOR SKILLED NURSING}} , {{ADDRESS:17 Pleasant Street}} , {{LOCATION:Stoneham}} , MA {{ZIP:02180}}
PATIENT : {{NAME:ZIELINSKI , STANLEY}}     UNIT # : {{MRN:108-66-40}}     AGE : 88
ADMITTED : {{DATE:12/02/94}}     TRANSFERRED : {{DATE:12/11/94}}
DIAGNOSES : 1. Right intertrochanteric hip fracture s/p DHS fixation {{DATE:12/03/94}} . 2. Parkinson's disease . 3. Postoperative delirium , resolved . 4. Chronic renal insufficiency , creatinine 1.6 .
BRIEF COURSE : Mr. {{NAME:Zielinski}} fell at home on {{DATE:December 2}} . Operated by Dr. {{NAME:Reuben Ashkenazi}} . Hemoglobin nadir 8.4 , transfused 2 units PRBC . Sinemet 25/100 continued TID on schedule . PT : ambulating 30 feet with rolling walker , weight bearing as tolerated . Foley removed {{DATE:12/06}} . Incision clean , staples out on {{DATE:12/17/94}} at SNF .
MEDICATIONS : Sinemet 25/100 one tab TID , enoxaparin 30 mg SC BID until {{DATE:1/2/95}} , Colace 100 mg BID , Tylenol 650 mg q6h PRN .
CODE STATUS : DNR / DNI , confirmed with wife {{NAME:Helen Zielinski}} ( {{PHONE:781-555-0106}} ) .
Contact on {{FACILITY:Grayson 4}} : {{NAME:Maureen Tully}} , RN , ext {{PHONE:6642}} .
{{NAME:DEEPAK VENKATARAMAN}} , M.D.`,

  `{{ID:427718305}} | {{FACILITY:HMH}} | {{MRN:88310457}} | | {{ID:0559812}} | {{DATE:6/4/1998 12:00:00 AM}} | Discharge Summary | Signed | DIS | Admission Date : {{DATE:6/4/1998}} Report Status : Signed
Discharge Date : {{DATE:6/12/1998}}
DISCHARGE DIAGNOSES : 1 ) NEUTROPENIC FEVER . 2 ) DIFFUSE LARGE B CELL LYMPHOMA , STAGE IIIB , S/P CYCLE 3 R-CHOP ON {{DATE:5/26/98}} .
HISTORY OF PRESENT ILLNESS : Ms. {{NAME:Khoury}} is a 43 year old paralegal at {{FACILITY:Dunleavy , Marsh and Pike}} in {{LOCATION:Boston}} who lives in {{LOCATION:Medford}} . On the evening of {{DATE:6/3}} she developed rigors and a temperature of 103.1 ; ANC on arrival was 80 .
HOSPITAL COURSE : Placed on neutropenic precautions in room 11B of the {{FACILITY:Lindqvist Oncology Pavilion}} . Cefepime 2 g IV q8h started ; vancomycin added for a tender port site . Port-a-Cath ( serial {{DEVICE:PAC-77130-B}} ) left in place after cultures returned coagulase negative staph in 1 of 4 bottles . Neupogen 300 mcg SC daily ; ANC recovered to 1,900 on {{DATE:6/10}} . Afebrile x 72 hours at discharge .
FOLLOW UP : Dr. {{NAME:Nadia Haddad-Khoury}} is her sister , not involved in care . Oncologist Dr. {{NAME:Franklin Ebersole}} , clinic {{PHONE:617-555-0125}} , on {{DATE:Tuesday , June 16}} .
Dictated By : {{NAME:EBERSOLE , FRANKLIN}}
Attending : {{NAME:FRANKLIN P. EBERSOLE}} , M.D. {{ID:BK72}}
Batch : {{ID:88417}} Index No. {{ID:N2KQ6T8LWX}} D : {{DATE:06/12/98}} T : {{DATE:06/14/98}}`,

  `Admission Date: [**{{DATE:2071-9-3}}**]     Discharge Date: [**{{DATE:2071-9-8}}**]
Date of Birth: [**{{DATE:2003-11-22}}**]     Sex: M
Service: NEUROLOGY
Chief Complaint: Left arm weakness.
History of Present Illness: Mr. [**{{NAME:Gorecki}}**] is a 67-year-old right-handed man, a retired engineer for [**{{FACILITY:Raytham Instruments}}**], who was found by his wife [**{{NAME:Irena}}**] at 07:30 with slurred speech and left arm drift. Last seen well at 23:00 the night before. Brought from [**{{LOCATION:Woburn}}**] by ambulance. NIHSS 6 on arrival; outside the window for tPA.
Hospital Course: MRI showed an acute right MCA branch infarct. MRA with 80% right ICA stenosis. Carotid endarterectomy was performed [**{{DATE:9-6}}**] by Dr. [**{{NAME:Lachapelle}}**] without complication. Aspirin 325 mg and atorvastatin 80 mg started. PT/OT evaluated; Barthel index 85.
Discharge Disposition: Extended care at [**{{FACILITY:Whitman Ridge Rehabilitation Hospital}}**].
Followup: Dr. [**{{NAME:Oriana}}**] [**{{NAME:Feldstein-Rao}}**] (neurology) in 4 weeks, [**{{PHONE:(781) 555-0174}}**].
[**{{NAME:Jerome}}**] [**{{NAME:Lachapelle}}**], MD [**{{ID:88213}}**]
Completed by: [**{{DATE:2071-9-8}}**]`,

  `EMERGENCY DEPARTMENT NOTE - {{FACILITY:BROOKHOLLOW GENERAL HOSPITAL}}
DATE OF SERVICE : {{DATE:02/14/1995}}     TIME : 0210
PATIENT : {{NAME:TRAN , KEVIN}}     MR # : {{MRN:06-771-392}}
CHIEF COMPLAINT : " I TOOK ALL MY PILLS . "
HPI : 19 YEAR OLD SOPHOMORE AT {{FACILITY:HALLECK COLLEGE}} BROUGHT IN BY CAMPUS POLICE AFTER HIS ROOMMATE {{NAME:JASON PRUITT}} FOUND HIM WITH AN EMPTY BOTTLE OF ACETAMINOPHEN 500 MG ( APPROX 30 TABLETS ) AND A NOTE . INGESTION TIME ESTIMATED 2330 ON {{DATE:2/13}} . ALSO ETOH . NO OTHER CO-INGESTANTS PER PATIENT . PARENTS LIVE IN {{LOCATION:LOWELL}} ; FATHER {{NAME:MINH TRAN}} NOTIFIED AT {{PHONE:978-555-0181}} .
EXAM : T 98.1 , HR 104 , BP 128/70 . TEARFUL , COOPERATIVE . NO JAUNDICE . ABDOMEN BENIGN .
LABS : 4 HOUR APAP LEVEL 188 MCG/ML ( ABOVE RUMACK-MATTHEW TREATMENT LINE ) , AST 31 , ALT 28 , INR 1.0 , ETOH 92 .
TREATMENT : ORAL N-ACETYLCYSTEINE 140 MG/KG LOADING DOSE THEN 70 MG/KG Q4H . POISON CENTER CONSULTED ( CASE {{ID:95-020114}} ) .
PSYCHIATRY : SEEN BY DR. {{NAME:ROSALIND ADEYEMI}} ; SECTION 12 COMPLETED . WILL NEED PSYCHIATRIC ADMISSION TO {{FACILITY:ASHWORTH PAVILION}} AFTER MEDICAL CLEARANCE .
DISPOSITION : ADMIT TO MEDICINE , {{FACILITY:CARROW 5}} , 1:1 SITTER .
{{NAME:GREGORY LYNCH-HALE}} , M.D. / {{NAME:ah}}`,

  `OPERATIVE NOTE
{{FACILITY:Fairmount Medical Center}} - Cardiac Surgery
PATIENT: {{NAME:BRANDT, WILHELMINA}}     UNIT NO: {{MRN:4412-0937}}
DATE: {{DATE:07/22/2068}}
SURGEON: {{NAME:Ignatius O. Mbeki-Laurent}}, M.D.
FIRST ASSISTANT: {{NAME:Sophie Raskin}}, P.A.-C.
PREOP DIAGNOSIS: Three vessel coronary artery disease, ejection fraction 40%.
OPERATION: Coronary artery bypass grafting x 3 (LIMA to LAD, SVG to OM1, SVG to PDA).
INDICATIONS: 71-year-old woman referred by Dr. {{NAME:Chandra Pillai}} of {{FACILITY:Riverbend Cardiology}} after catheterization at {{FACILITY:Merrimack Valley Infirmary}} on {{DATE:7/15/68}} showing 90% LM-equivalent disease. STS predicted mortality 2.1%.
PROCEDURE: Median sternotomy. LIMA harvested. Endoscopic saphenous vein harvest from the right leg. Heparinized to ACT > 480. Aortic and two-stage venous cannulation. Cardiopulmonary bypass; cross clamp 64 min, bypass 92 min. Antegrade and retrograde cardioplegia. Distal anastomoses with 7-0 Prolene; proximals to the aorta with 6-0 Prolene. Weaned from bypass on milrinone 0.25 mcg/kg/min. Two temporary epicardial pacing wires, two mediastinal and one left pleural chest tubes. Sternum closed with 7 wires.
DISPOSITION: To {{FACILITY:Ober 7}} CSICU in stable condition. Family ({{NAME:Karl Brandt}}, husband) updated in the waiting room.
{{NAME:I. O. Mbeki-Laurent}}, MD   D: {{DATE:07/22/68 15:40}}   T: {{DATE:07/23/68 06:02}}   Job {{ID:993107}}`,

  `{{FACILITY:FMC}} Diabetes Center - follow up visit {{DATE:9/9/04}}
pt: {{NAME:Oluwaseun Adebayo-Cole}}   mrn {{MRN:41933018}}
seen with her husband {{NAME:tunde}}. 54 yo f, T2DM dx 1996, on metformin 1000 bid and glipizide 10 bid. a1c 9.1 (was 8.4 on {{DATE:5/27/04}}). works nights as an aide at {{FACILITY:Evergreen Terrace assisted living}} in {{LOCATION:Somerville}}, eats at 3 am. fingersticks 180-260 fasting. no hypoglycemia. retinal exam by dr {{NAME:pak}} at {{FACILITY:Somerville Eye Associates}} {{DATE:march 2004}}: mild NPDR ou. monofilament intact bilat. foot exam: no ulcers, mild onychomycosis.
bp 142/88, bmi 34.6. creat 0.9, urine microalb 48 mg/g.
plan: start glargine 10 units qhs, titrate by 2 u q3d to fbg < 130. stop glipizide if any lows. lisinopril 10 mg for microalbuminuria. nutrition referral ({{NAME:Deborah Kline}}, RD, x{{PHONE:5308}}). lipid panel next visit. glucometer: OneTouch Ultra, strips 100/mo. medicaid # {{HEALTH_PLAN:MA0079143821}} - prior auth not needed for glargine.
rtc 6 wks with logbook. called pt back {{DATE:9/10}} re: pharmacy ({{FACILITY:Medford Square Pharmacy}}) stock - ok.
{{NAME:r. sundaram}} np / {{NAME:s. whitcombe}} md`,

  `{{FACILITY:Brookhollow General Hospital}} - Neuroradiology
MRI BRAIN WITH AND WITHOUT GADOLINIUM
Patient: {{NAME:Feeney, Margaret A.}}   MRN: {{MRN:0627-1184}}   Exam date: {{DATE:3/30/2001 14:05}}
Accession: {{ID:MR01-0044871}}   Referring: {{NAME:Aditya Bhatnagar}}, MD, Neurology ({{FACILITY:Brookhollow Neurology Associates}})
History: 39-year-old woman with episodic right-sided numbness and blurred vision in the left eye. Question demyelinating disease.
Comparison: None available at this institution. Outside report from {{FACILITY:Cape Ann Imaging}} ({{DATE:2/1999}}) described "nonspecific white matter foci".
Technique: Sagittal T1, axial T2, FLAIR, DWI, post-contrast T1 after 15 mL Magnevist (0.1 mmol/kg). 1.5T GE Signa.
Findings: Multiple ovoid periventricular T2/FLAIR hyperintensities oriented perpendicular to the lateral ventricles (Dawson's fingers), the largest 9 mm in the left centrum semiovale, which enhances in an incomplete ring. Two juxtacortical lesions. A 4 mm lesion in the right middle cerebellar peduncle. No restricted diffusion. Ventricles and sulci normal for age.
Impression: Findings meet MRI criteria for dissemination in space and time; consistent with multiple sclerosis with an active lesion.
Reported by {{NAME:Hyun-Joo Baek}}, MD. Called to Dr. {{NAME:Bhatnagar}}'s office ({{PHONE:617-555-0150}}) at 15:10 on {{DATE:3/30/01}}.`,

  `{{FACILITY:HALVORSEN MEMORIAL HOSPITAL}}
Department of Surgery , {{FACILITY:Grayson Building}}
{{ADDRESS:300 Harborview Drive}} , {{LOCATION:Quincy}} , MA {{ZIP:02169}}
Tel {{PHONE:617-555-0110}}   Fax {{FAX:617-555-0111}}

{{DATE:October 14 , 2093}}

{{NAME:Benedict Ogunleye}} , M.D.
{{FACILITY:Wollaston Family Practice}}
{{ADDRESS:1042 Hancock Street}}
{{LOCATION:Quincy}} , MA {{ZIP:02170}}

Re : {{NAME:Felicity Marchbanks}}   DOB {{DATE:02/08/2041}}   Unit # {{MRN:771-20-55}}

Dear {{NAME:Ben}} ,
I saw {{NAME:Felicity}} today in follow up after her right modified radical mastectomy on {{DATE:September 22 , 2093}} . Pathology ( {{ID:S93-44120}} ) showed a 2.6 cm grade 2 invasive ductal carcinoma , ER/PR positive , HER2 negative , with 1 of 14 nodes positive ( pT2 pN1a ) . Her drains are out and the flaps are viable . She has been referred to Dr. {{NAME:Yolanda Steinhardt}} for adjuvant chemotherapy and will see radiation oncology afterwards . She plans to return to her job at {{FACILITY:Quincy Savings and Trust}} part time in November .
Best regards ,
{{NAME:Cornelius J. Van Houten}} , M.D.
{{NAME:CJV}} : {{NAME:mlr}}`,

  `{{ID:205593870}} | {{FACILITY:STH}} | {{MRN:20034518}} | | {{ID:844012}} | {{DATE:1/27/1992 12:00:00 AM}} | Discharge Summary | Signed | DIS | Admission Date : {{DATE:1/27/1992}} Report Status : Signed
Discharge Date : {{DATE:1/29/1992}}
ADMISSION DIAGNOSIS : INTRAUTERINE PREGNANCY AT 39 4/7 WEEKS , IN LABOR .
HISTORY : Mrs. {{NAME:Aurelia Mendoza-Reyes}} is a 27 year old G2 P1 whose prenatal care was at the {{FACILITY:Saint Ansgar's Holloway Street Health Center}} with Dr. {{NAME:Ingrid Solberg}} . EDC {{DATE:1/30/92}} . Prenatal labs : O+ , antibody negative , rubella immune , HBsAg negative , GBS unknown .
HOSPITAL COURSE : Admitted in active labor at 5 cm . Received ampicillin 2 g IV for unknown GBS status . Epidural placed . Spontaneous vaginal delivery on {{DATE:1/27/92}} at 1844 of a live female infant , {{NAME:Isabela}} , weight 3,410 g , Apgars 8 and 9 . Second degree laceration repaired with 3-0 Vicryl . EBL 350 cc . Postpartum course uncomplicated ; breastfeeding well . Rhogam not indicated .
DISCHARGE MEDICATIONS : Motrin 600 mg PO q6h PRN , prenatal vitamins , Colace .
FOLLOW UP : {{FACILITY:Holloway Street}} in 6 weeks . Baby to see Dr. {{NAME:Aaron Weitzman}} at {{FACILITY:Kidsfirst Pediatrics}} in 2 days .
{{NAME:INGRID SOLBERG}} , M.D.
TR : {{NAME:vf}}
DD : {{DATE:01/29/1992}}
TD : {{DATE:01/30/1992 9:41 A}}
cc : {{NAME:AARON WEITZMAN}} , M.D.`,

  `CARDIAC CATHETERIZATION LABORATORY REPORT
{{FACILITY:St. Ansgar's Hospital}} - {{FACILITY:Dorrance Heart Institute}}
Patient: {{NAME:Abdirahman Warsame}}     MRN: {{MRN:20418836}}     Procedure date: {{DATE:04/02/2102}}
Operator: {{NAME:Leona Whitfield-Arce}}, MD     Fellow: {{NAME:Joon Park}}, MD
Referring: {{NAME:Fatuma Hersi}}, MD, {{FACILITY:Main South Community Health}}
Indication: 58 yo man with NSTEMI (troponin I 4.2) admitted {{DATE:3/31/2102}}.
Procedure: Right radial access with 6F Glidesheath. Selective coronary angiography, LV gram, PCI of LCx.
Hemodynamics: Ao 134/76, LV 136/18. LVEF 45% with inferolateral hypokinesis.
Coronaries: LM normal. LAD 30% mid. LCx 95% proximal, TIMI 2 flow - culprit. RCA dominant, 40% mid.
Intervention: Heparin 70 U/kg, eptifibatide bolus and infusion. 3.0 x 18 mm Cypher drug-eluting stent (lot 4471209) deployed at 14 atm, post-dilated with a 3.25 NC balloon. 0% residual, TIMI 3 flow. TR Band applied.
Contrast: Omnipaque 140 mL. Fluoro time 11.2 min.
Plan: Aspirin 325 mg indefinitely, clopidogrel 75 mg daily for at least 12 months. Cardiac rehab at {{FACILITY:Greendale YMCA}}. Follow up with Dr. {{NAME:Whitfield-Arce}} in 1 month, {{PHONE:508-555-0188}}.
Report signed {{DATE:04/02/2102 17:22}} by {{NAME:L. Whitfield-Arce}}.`,

  `{{FACILITY:KIDSFIRST CHILDREN'S PAVILION}} AT {{FACILITY:FAIRMOUNT MEDICAL CENTER}}
DISCHARGE SUMMARY
NAME : {{NAME:PELLETIER , NOAH}}     MR # : {{MRN:41955260}}     DOB : {{DATE:08/11/1999}}
ADMISSION DATE : {{DATE:12/19/2002}}     DISCHARGE DATE : {{DATE:12/22/2002}}
ATTENDING : {{NAME:MARGARET O'CONNELL-BAINES}} , M.D.
PRIMARY PEDIATRICIAN : {{NAME:RAFAEL DOMINGUEZ}} , M.D. , {{FACILITY:MYSTIC VALLEY PEDIATRICS}} , {{LOCATION:ARLINGTON}} , {{PHONE:781-555-0139}}
HISTORY : {{NAME:NOAH}} IS A 3 YEAR OLD BOY WITH MODERATE PERSISTENT ASTHMA WHO PRESENTED WITH 2 DAYS OF URI SYMPTOMS AND INCREASING WORK OF BREATHING . HE ATTENDS {{FACILITY:LITTLE ACORNS DAYCARE}} WHERE SEVERAL CHILDREN HAVE BEEN ILL . RSV ANTIGEN POSITIVE .
HOSPITAL COURSE : ADMITTED TO {{FACILITY:BLAKE 3}} . TREATED WITH ALBUTEROL NEBS Q1H WEANED TO Q4H , PREDNISOLONE 2 MG/KG/DAY , SUPPLEMENTAL O2 BY NASAL CANNULA WEANED TO ROOM AIR ON {{DATE:12/21}} . NO ICU TRANSFER .
DISCHARGE MEDICATIONS : ALBUTEROL MDI WITH SPACER 2 PUFFS Q4H PRN , PREDNISOLONE 15 MG PO QD X 2 MORE DAYS , FLOVENT 44 MCG 2 PUFFS BID .
FOLLOW UP : DR. {{NAME:DOMINGUEZ}} IN 2-3 DAYS . MOTHER ( {{NAME:CLAIRE PELLETIER}} ) GIVEN ASTHMA ACTION PLAN .
DICTATED BY : {{NAME:TERRENCE ABOAGYE}} , M.D.
D : {{DATE:12/22/2002}} T : {{DATE:12/23/2002}} JOB # {{ID:20021223-0417}}`,

  `{{ID:660195042}} | {{FACILITY:FMC}} | {{MRN:41866015}} | | {{ID:2019544}} | {{DATE:2/26/2004 12:00:00 AM}} | COPD EXACERBATION | Signed | DIS | Admission Date : {{DATE:2/26/2004}} Report Status : Signed
Discharge Date : {{DATE:3/3/2004}}
ATTENDING : {{NAME:CALLAHAN , DESMOND P.}} M.D.
HISTORY OF PRESENT ILLNESS : 69 yo woman , 60 pack-year smoker , home O2 2L , with 4 days of increased dyspnea and green sputum . PCP is Dr. {{NAME:Anjali Raman}} at {{FACILITY:Ferry Street Medical Associates}} .
SOCIAL HISTORY : Lives with her daughter {{NAME:Tina}} in {{LOCATION:Malden}} . Former switchboard operator at {{FACILITY:Hollinger Rubber Works}} . Still smokes 1/2 ppd .
HOSPITAL COURSE : ABG on arrival 7.31 / 62 / 58 . Treated with BiPAP for 18 hours in the {{FACILITY:Pelletier 8}} step-down unit , solumedrol 125 mg IV q6h , azithromycin , nebs . Transitioned to prednisone 40 mg taper . Ambulatory saturation 90% on 2L at discharge .
DISCHARGE MEDICATIONS : Prednisone taper , azithromycin through {{DATE:3/5}} , Combivent 2 puffs QID , Advair 250/50 1 puff BID .
FOLLOW UP : Dr. {{NAME:Raman}} in 1 week ; pulmonary rehab at {{FACILITY:Fairmount}} .
eScription document : {{ID:4-6618305}} EMSSten Tel
Dictated By : {{NAME:MOSKOWITZ , LEAH}}
Attending : {{NAME:CALLAHAN , DESMOND P.}} M.D. {{ID:PQ47}}
Dictation ID {{ID:5529063}} D : {{DATE:03/03/04}} T : {{DATE:03/04/04}}`,

  `INFECTIOUS DISEASE CONSULTATION
{{FACILITY:Halvorsen Memorial Hospital}}     Date: {{DATE:5/18/1989}}
Patient: {{NAME:Reginald Ashby-Thorne}}     Unit #: {{MRN:102-33-871}}     Room: {{FACILITY:Grayson 6}}, bed 2
Requested by: Dr. {{NAME:Phyllis Nakagawa}}, Medicine
Reason: Fever and new murmur.
HPI: 34 yo man, injection drug user, admitted {{DATE:5/16/89}} from the {{FACILITY:Fenwick House}} shelter with fevers to 104 and rigors. 4 of 4 blood culture bottles from {{DATE:5/16}} growing S. aureus, oxacillin sensitive. He recently completed detox at {{FACILITY:Bayview Recovery Center}} ({{DATE:April 1989}}). HIV ELISA negative in 1988 per his outreach worker {{NAME:Tony Bettencourt}}.
Exam: T 102.6. Track marks both antecubitals. 3/6 holosystolic murmur LLSB increasing with inspiration (Carvallo's sign). Janeway lesions on both soles. No Osler's nodes. No Roth spots on fundoscopy.
Echo: 1.4 cm tricuspid vegetation, moderate TR. LV normal.
Impression: Right-sided S. aureus endocarditis with septic pulmonary emboli on CXR.
Recommendations: 1) Nafcillin 2 g IV q4h for 4 weeks from first negative culture. 2) Repeat blood cultures daily until negative. 3) HIV and hepatitis serologies with consent. 4) Social work re: placement; he cannot return to the shelter with a line.
Thank you. Will follow. {{NAME:Elspeth MacGregor}}, M.D., ID fellow, pager {{PHONE:3390}}. Attending {{NAME:Victor Szabo}}, M.D.`,

  `{{FACILITY:Fairmount Medical Center}} Rehabilitation Services - Physical Therapy Daily Note
Pt: {{NAME:Lucille Boudreaux}}   MRN {{MRN:41790264}}   Date {{DATE:Thursday , 10/12/2000}}   Unit {{FACILITY:Pelletier 9}} rm 914
Dx: L TKA {{DATE:10/10/2000}} (Dr. {{NAME:Hollis Greaves}}). POD 2. WBAT.
S: Pt reports pain 6/10 with activity, 3/10 at rest after Percocet at 0800. Eager to get home to her cat. Lives alone in a 2nd floor apartment in {{LOCATION:Brockton}}, 14 steps with rail on R ascending. Niece {{NAME:Danielle}} can stay with her the first week.
O: AROM L knee 8-72 deg, PROM 5-80. Quad set fair, SLR with 10 deg lag. CPM 0-75 x 2 hrs. Gait: 60 ft x 2 with rolling walker, min A, step-to pattern. Stairs: 4 steps with rail + SBA, up with the good, down with the bad. Berg balance 41/56.
A: Progressing; below goal for stairs. Fall risk moderate.
P: BID PT. Anticipate d/c home POD 3-4 with {{FACILITY:Old Colony Home Health}} PT; if stairs not safe, recommend short stay at {{FACILITY:Brockton Commons Rehab}}. Discussed with CM {{NAME:Gail Ferreira}} (x{{PHONE:4471}}).
{{NAME:Kwame Asante}}, PT, DPT  {{DATE:10/12/00 11:35}}`,

  `{{FACILITY:Brookhollow General Hospital}} - Gastroenterology Associates, {{FACILITY:Thayer Building}} 2
Outpatient visit {{DATE:July 7, 1994}}
Patient: {{NAME:Yitzhak Rosenblum}}   MRN {{MRN:0644-3021}}   Age 63
Referring MD: {{NAME:Carol Benedetto}}, MD ({{FACILITY:Newton Corner Internal Medicine}})
63 year old retired pharmacist (formerly owner of {{FACILITY:Rosenblum's Apothecary}} in {{LOCATION:Newton}}) seen for follow-up of his colonoscopy of {{DATE:6/21/94}} done by Dr. {{NAME:Alvarez-Kim}}: two tubular adenomas (8 mm sigmoid, 12 mm ascending) removed by snare; no high-grade dysplasia (path {{ID:S94-08832}}). Also moderate sigmoid diverticulosis and small internal hemorrhoids.
He also describes heartburn 3-4 nights/week for a year, relieved by Tums. No dysphagia, weight stable at 172 lb. Father had colon cancer at 70.
Exam: Abdomen soft, nontender, no hepatosplenomegaly. Rectal: guaiac negative brown stool.
Labs: Hct 42, MCV 88, ferritin 94.
Plan: Repeat colonoscopy in 3 years (mid-1997). EGD to evaluate for Barrett's given long-standing reflux; scheduled {{DATE:8/3/94}}. Ranitidine 150 mg BID in the meantime. Elevate head of bed.
{{NAME:Gabriel Alvarez-Kim}}, M.D.
cc: Dr. {{NAME:Benedetto}}
{{NAME:GAK}}/{{NAME:jt}}   D: {{DATE:07/07/94}}   T: {{DATE:07/11/94}}`,

  `{{ID:118430276}} | {{FACILITY:BGH}} | {{MRN:06180093}} | | {{ID:6602731}} | {{DATE:11/8/1991 12:00:00 AM}} | MAJOR DEPRESSION | Signed | DIS | Admission Date : {{DATE:11/8/1991}} Report Status : Signed
Discharge Date : {{DATE:11/25/1991}}
IDENTIFYING DATA : THIS IS A 45 YEAR OLD DIVORCED FATHER OF TWO , AN ACCOUNTANT AT {{FACILITY:HALE AND BRIGHTWATER CPAS}} , ADMITTED TO {{FACILITY:ASHWORTH 2}} ( LOCKED UNIT ) ON A SECTION 12 FROM THE {{FACILITY:BROOKHOLLOW}} EMERGENCY WARD .
HISTORY OF PRESENT ILLNESS : MR. {{NAME:LINDGREN}} HAD 3 MONTHS OF WORSENING MOOD , INSOMNIA AND 20 LB WEIGHT LOSS AFTER HIS DIVORCE . ON {{DATE:NOVEMBER 7 , 1991}} HIS SISTER {{NAME:KAREN LINDGREN-MOSS}} FOUND HIM IN HIS GARAGE IN {{LOCATION:NEEDHAM}} WITH THE CAR RUNNING . HAMILTON DEPRESSION SCALE 31 .
HOSPITAL COURSE : STARTED ON NORTRIPTYLINE , TITRATED TO 75 MG QHS ( LEVEL 96 ON {{DATE:11/20}} ) . ATTENDED GROUP AND OT . NO ECT REQUIRED . BY DISCHARGE HE DENIED SI , SLEEPING 6 HOURS , AND HAD A SAFETY PLAN . OUTPATIENT THERAPIST {{NAME:JUDITH AMSEL}} , LICSW , SEEN WITH HIM ON {{DATE:11/22}} .
DISCHARGE MEDICATIONS : NORTRIPTYLINE 75 MG QHS ( 1 WEEK SUPPLY ONLY ) .
FOLLOW UP : DR. {{NAME:SIDNEY FROHMAN}} , {{FACILITY:NEEDHAM PSYCHIATRIC GROUP}} , {{DATE:12/2/91}} AT 4 PM , {{PHONE:781-555-0152}} .
{{NAME:EVELYN Q. TSANG}} , M.D.
TR : {{NAME:mb}}
DD : {{DATE:11/25/1991}}
TD : {{DATE:11/27/1991 10:03 A}}
cc : {{NAME:SIDNEY FROHMAN}} , M.D.`,

  `OPERATIVE REPORT
{{FACILITY:HALVORSEN MEMORIAL HOSPITAL}}
NAME : {{NAME:GRIMALDI , VINCENT}}     UNIT NO : {{MRN:103-81-226}}
DATE OF SURGERY : {{DATE:03/11/2003}}
SURGEON : {{NAME:HOLLIS GREAVES}} , M.D.     ASSISTANT : {{NAME:NAOMI FEINGOLD}} , P.A.
ANESTHESIA : SPINAL WITH SEDATION ( DR. {{NAME:ORTEGA-BLUM}} )
PROCEDURE : RIGHT TOTAL KNEE ARTHROPLASTY , CEMENTED ( CPT 27447 ) .
INDICATIONS : 72 YEAR OLD RETIRED FIREFIGHTER FROM {{LOCATION:WEYMOUTH}} WITH END-STAGE TRICOMPARTMENTAL OSTEOARTHRITIS , FAILED INJECTIONS .
DESCRIPTION : TOURNIQUET TO 300 MM HG . MEDIAL PARAPATELLAR ARTHROTOMY . DISTAL FEMORAL AND PROXIMAL TIBIAL CUTS WITH INTRAMEDULLARY AND EXTRAMEDULLARY GUIDES . PATELLA RESURFACED .
IMPLANTS : FEMORAL COMPONENT SIZE 5 , SERIAL {{DEVICE:FX5-0038821}} ; TIBIAL TRAY SIZE 4 , SERIAL {{DEVICE:TT4-1179346}} ; POLY INSERT 12 MM ; PATELLA 35 MM , SERIAL {{DEVICE:PB35-660912}} . FEMUR LOT 22K0931 .
CEMENT : SIMPLEX WITH TOBRAMYCIN . TOURNIQUET TIME 78 MINUTES . EBL 150 CC . HEMOVAC DRAIN .
DISPOSITION : TO PACU , THEN {{FACILITY:GRAYSON 6}} . DVT PROPHYLAXIS WITH COUMADIN . PCP DR. {{NAME:FRANCESCA LOMBARDI}} NOTIFIED .
{{NAME:HOLLIS GREAVES}} , M.D. {{ID:HG03}}
D : {{DATE:03/11/03 13:25}} T : {{DATE:03/12/03}}
JOB # {{ID:773014}} INDEX NO. {{ID:VQTX44H2}}`,

  `{{FACILITY:ST. ANSGAR'S HOSPITAL}} DEPARTMENT OF PATHOLOGY
SURGICAL PATHOLOGY : {{ID:S97-22601}}
PATIENT : {{NAME:Desrosiers , Jean-Baptiste}}     MRN : {{MRN:20166743}}     DOB : {{DATE:6/30/1931}}
COLLECTED : {{DATE:09/15/1997}}     RECEIVED : {{DATE:09/15/1997}}     REPORTED : {{DATE:09/18/1997}}
PHYSICIAN : {{NAME:Olusegun Adeyinka}} , M.D. ( Urology )     COPY : {{NAME:Marie-Claude Tessier}} , M.D. , {{FACILITY:Fitchburg Family Medicine}}
CLINICAL : 66 y/o man , PSA 8.9 ng/mL ( was 5.1 in 1996 ) , firm left lobe on DRE . TRUS volume 42 cc .
SPECIMENS : A-F , prostate needle biopsies , right base / mid / apex and left base / mid / apex .
DIAGNOSIS :
A-C ( RIGHT ) : BENIGN PROSTATIC TISSUE WITH FOCAL CHRONIC INFLAMMATION .
D ( LEFT BASE ) : PROSTATIC ADENOCARCINOMA , GLEASON SCORE 3+4=7 , INVOLVING 40% OF ONE CORE ( 6 MM ) .
E ( LEFT MID ) : PROSTATIC ADENOCARCINOMA , GLEASON SCORE 3+3=6 , 10% OF ONE CORE .
F ( LEFT APEX ) : HIGH GRADE PIN .
No perineural invasion identified . Immunostains ( 34betaE12 , p63 , AMACR ) support the diagnosis in D .
Intradepartmental consultation : Dr. {{NAME:Goldfarb}} agrees .
{{NAME:Thaddeus Wroblewski}} , M.D. , Pathologist     {{NAME:tw}} / {{NAME:cs}}`,

  `{{FACILITY:Fairmount Medical Center}}
Occupational Health Service
{{ADDRESS:75 Fairmount Street}}, {{LOCATION:Chelsea}}, MA {{ZIP:02150}}

{{DATE:August 30, 1999}}

To: {{NAME:Dolores Pinkham}}, Human Resources
{{FACILITY:Mystic River Shipping Terminals}}
Fax: {{FAX:617-555-0157}}

RE: {{NAME:Emmanuel Dorvil}}, employee #{{ID:E-30418}}

To whom it may concern:
Mr. {{NAME:Dorvil}} was seen in our clinic on {{DATE:8/16/99}}, {{DATE:8/23/99}} and today for a right L5 radiculopathy that began after lifting a mooring line on {{DATE:August 12}}. MRI at {{FACILITY:Fairmount}} on {{DATE:8/20/99}} showed a small L4-5 disc protrusion. He has improved with physical therapy and naproxen 500 mg BID. Straight leg raise is now negative.
He may return to work on {{DATE:Monday, September 6, 1999}} with restrictions: no lifting over 25 lb and no climbing ladders for 4 weeks. He should continue PT twice weekly at {{FACILITY:Chelsea Physical Therapy}}. Please contact me at {{PHONE:617-555-0163}} with questions. His workers' compensation claim number is {{ACCOUNT:WC99-441872}} (insurer Commonwealth Mutual).
Sincerely,
{{NAME:Alicia Montgomery-Diaz}}, M.D., M.P.H.`,

  `{{FACILITY:Brookhollow General Hospital}} - Emergency Department Physician Record
Patient: {{NAME:Oyelaran, Bisi}}    MRN: {{MRN:0699-2240}}    Seen: {{DATE:11/03/2099 16:20}}
Age: 51  Sex: F  PCP: {{NAME:Helga Strand}}, MD ({{FACILITY:Allston Village Medical}})
CC: chest tightness since lunch.
HPI: 51 yo teacher at {{FACILITY:Harwell Lane Elementary School}} with HTN and hyperlipidemia, substernal pressure radiating to L jaw while walking up the stairs at school around 1230, 5/10, lasted 20 min, recurred at rest on the bus home. No prior cardiac history. Father had MI at 55. Took no aspirin. Her colleague Mrs. {{NAME:Teague}} drove her in.
ROS otherwise negative. Meds: HCTZ 25, atorvastatin 20.
Exam: BP 158/92, HR 88, SpO2 98%. Levine's sign present. Lungs clear, no murmur, no JVD.
ECG 16:24: NSR 86, 1 mm ST depression V4-V6, no prior for comparison. Troponin T 0.04 (ULN 0.01). CXR clear.
Rx: ASA 325 chewed, NTG SL x 2 with relief, heparin drip per ACS nomogram, metoprolol 25 PO.
TIMI risk score 3.
Dispo: admit to cardiology, {{FACILITY:Thayer 5}} telemetry; cath in AM. Husband {{NAME:Femi}} updated by phone, {{PHONE:617-555-0191}}.
{{NAME:Rutger van Dijk}}, MD, Attending    Scribe: {{NAME:A. Lozano}}`,

  `{{ID:509338120}} | {{FACILITY:FMC}} | {{MRN:40113387}} | | {{ID:110482}} | {{DATE:4/19/1988 12:00:00 AM}} | END STAGE RENAL DISEASE | Signed | DIS | Admission Date : {{DATE:4/19/1988}} Report Status : Signed
Discharge Date : {{DATE:5/4/1988}}
PRINCIPAL PROCEDURE : CADAVERIC RENAL TRANSPLANT , LEFT ILIAC FOSSA , {{DATE:4/20/88}} .
HISTORY OF PRESENT ILLNESS : MR. {{NAME:AKINTOLA}} IS A 39 YEAR OLD TAXI DRIVER FOR {{FACILITY:RIVERSIDE CAB OF CAMBRIDGE}} WITH ESRD FROM FOCAL SEGMENTAL GLOMERULOSCLEROSIS , ON HEMODIALYSIS MWF AT {{FACILITY:CENTRAL SQUARE DIALYSIS UNIT}} SINCE 1985 , WHO WAS CALLED IN AT 0300 FOR A 4 OF 6 ANTIGEN MATCH KIDNEY VIA {{FACILITY:BAY STATE ORGAN RECOVERY AGENCY}} .
HOSPITAL COURSE : TRANSPLANT PERFORMED BY DR. {{NAME:NORBERT HALLIWELL}} . IMMEDIATE GRAFT FUNCTION WITH CREATININE FALLING FROM 11.2 TO 1.8 BY {{DATE:APRIL 27}} . IMMUNOSUPPRESSION : CYCLOSPORINE 8 MG/KG/DAY ( LEVEL 310 ) , AZATHIOPRINE 150 MG , PREDNISONE TAPER . RENAL SCAN ON {{DATE:4/22}} WITH GOOD PERFUSION . ONE EPISODE OF ACUTE REJECTION ON {{DATE:4/30/88}} TREATED WITH SOLU-MEDROL 500 MG X 3 . CMV IGG POSITIVE DONOR AND RECIPIENT .
DISCHARGE FOLLOW UP : {{FACILITY:HORWITZ TRANSPLANT CLINIC}} TWICE WEEKLY ; LABS AT {{FACILITY:CAMBRIDGEPORT LAB SERVICES}} . WIFE {{NAME:ADEOLA}} TRAINED IN MEDICATIONS .
{{NAME:NORBERT HALLIWELL}} , M.D.
TR : {{NAME:jc}}
DD : {{DATE:5/4/88}}
TD : {{DATE:5/6/88 3:16 P}}
cc : DR. {{NAME:CYRUS PAKZAD}} , NEPHROLOGY`,

  `{{FACILITY:Halvorsen Memorial Hospital}} Breast Imaging Center, {{FACILITY:Wexford Pavilion}}
BILATERAL SCREENING MAMMOGRAM
Patient: {{NAME:Moira Kilbride}}    MRN: {{MRN:108-90-415}}    DOB: {{DATE:12/01/1950}}
Exam date: {{DATE:02/29/2000}}    Accession: {{ID:MG00-002298}}
Referring: {{NAME:Priscilla Oduya}}, NP, {{FACILITY:Braintree Women's Health}}
History: 49 yo, no symptoms. Mother with breast cancer at 62. Prior mammograms here {{DATE:1/14/99}} and {{DATE:2/2/98}}. HRT (Prempro) since 1997.
Findings: The breasts are heterogeneously dense (ACR density 3), which may lower sensitivity. New cluster of fine pleomorphic calcifications in the left upper outer quadrant, posterior depth, spanning 7 mm, not present on {{DATE:1/14/99}}. No mass, architectural distortion or skin thickening. Stable benign-appearing right axillary lymph node.
Impression: BI-RADS 0, incomplete. Recall for left magnification views.
The patient was notified by letter and by phone ({{PHONE:781-555-0102}}) on {{DATE:3/1/00}} by {{NAME:Gwen}} in scheduling; appointment {{DATE:3/6/2000 8:15 AM}}.
Interpreted by {{NAME:Sunita Khandelwal}}, MD
MQSA reader ID and facility certificate on file.`,

  `{{ID:730014482}} | {{FACILITY:STH}} | {{MRN:20877310}} | | {{ID:3310457}} | {{DATE:12/10/1996 12:00:00 AM}} | CEREBROVASCULAR ACCIDENT | Signed | DIS | Admission Date : {{DATE:12/10/1996}} Report Status : Signed
Discharge Date : {{DATE:12/18/1996}}
HISTORY OF PRESENT ILLNESS : Mrs. {{NAME:Vasquez-Holt}} is a {{AGE:94}} year old right handed woman who lives with her granddaughter {{NAME:Renee Holt}} in {{LOCATION:Shrewsbury}} and was independent in ADLs until the morning of admission , when she was found on the kitchen floor with right hemiparesis and expressive aphasia . Last seen well at 2200 on {{DATE:12/9}} .
PAST MEDICAL HISTORY : Atrial fibrillation not anticoagulated due to falls , hypertension , Paget's disease of bone , cataracts .
HOSPITAL COURSE : CT head showed a left MCA territory infarct without hemorrhage . Not a candidate for thrombolysis . Aspirin 325 mg . Speech therapy : aphasia improving , able to name 6 of 10 objects by {{DATE:12/16}} . Swallow study passed with thickened liquids . Family meeting {{DATE:12/15}} with Dr. {{NAME:Bartholomew Quist}} and the granddaughter ; decided on DNR/DNI and rehabilitation .
DISPOSITION : {{FACILITY:Shrewsbury Meadows Rehabilitation Center}} , {{ADDRESS:450 Boston Turnpike}} .
{{NAME:BARTHOLOMEW QUIST}} , M.D. {{ID:BQ19}}
Dictated By : {{NAME:KIMBERLY ASHCROFT-NWOSU}} , M.D.
D : {{DATE:12/18/96}} T : {{DATE:12/19/96}}
Batch : {{ID:30021}} Index No. {{ID:TXRF3P1Q9}}
CC : {{NAME:Renee Holt}} ( granddaughter ) ; {{FACILITY:Quinsigamond Elder Services}}`,

  `PRE-ANESTHESIA EVALUATION - {{FACILITY:St. Ansgar's Hospital}} Pre-Admission Testing ({{FACILITY:Coyle Wing}}, ground floor)
Date: {{DATE:01/05/2001}}    Surgery date: {{DATE:01/09/2001}}
Patient: {{NAME:Harriet Blaisdell-Nunes}}    MRN: {{MRN:20551906}}    Age: 77
Surgeon: Dr. {{NAME:Luisa Echeverria}}    Procedure: L hemicolectomy for cecal adenocarcinoma
PMH: CAD s/p PCI 1998 (stent, on ASA), HTN, OSA on CPAP 10 cm H2O (ResMed S7, serial {{DEVICE:2209-77814}}), DM2 diet controlled, hypothyroid. Prior anesthetic: TKA 1999 under spinal, uneventful. PONV with her hysterectomy in 1971.
Meds: ASA 81, metoprolol 25 BID, levothyroxine 88 mcg, lisinopril 20.
Allergies: sulfa (rash), codeine (nausea).
Airway: Mallampati III, TMD 3 FB, full upper denture, neck circumference 42 cm. STOP-BANG 6.
Exam: RRR, soft SEM 2/6 RUSB. Lungs clear. Wt 96 kg, BMI 37.
Labs: Hgb 10.9, Cr 1.0, K 4.3, glucose 131. ECG: NSR, old IWMI. Stress test {{DATE:11/2000}} at {{FACILITY:Worcester Heart Associates}}: no reversible ischemia.
Plan: ASA III. GETT, bring CPAP. Hold lisinopril AM of surgery. Continue beta-blocker and aspirin per cardiology (Dr. {{NAME:Rahimi}}, {{PHONE:508-555-0116}}). PONV prophylaxis: dexamethasone + ondansetron. Epidural for post-op analgesia discussed; pt agrees.
{{NAME:Stefan Kovacevic}}, MD, Anesthesiology`,

  `{{FACILITY:Fairmount Medical Center}} Infectious Disease Clinic ({{FACILITY:Dorsey Clinic}}) - Progress Note
{{DATE:10/21/98}}     {{NAME:Julio Cesar Ybarra}}     #{{MRN:41629774}}
37 y/o man, HIV dx {{DATE:3/1994}} at {{FACILITY:Fenway Street Community Health}}, here for 3 month visit. Started d4T/3TC/indinavir {{DATE:12/96}}; good adherence by pill count. Drinking 8 glasses water/day. Partner {{NAME:Daniel}} comes to visits. Works as a hairdresser at {{FACILITY:Salon Verano}} on {{ADDRESS:Newbury St}}.
No OIs. Mild lipoatrophy of the face. Some tingling in both feet since summer.
Labs {{DATE:10/7/98}}: CD4 412 (28%), up from 190; viral load < 400 copies (Amplicor). ALT 41, TG 388, chol 262.
Exam: Thrush absent. No LAD. Decreased vibration at toes bilaterally, ankle reflexes 1+.
A/P:
1. HIV - well suppressed. Continue regimen. Stop Bactrim prophylaxis now that CD4 > 200 for > 3 months.
2. Peripheral neuropathy - likely d4T. Discuss switching to AZT at next visit; B12 pending.
3. Hyperlipidemia - PI related. Diet; recheck fasting.
4. Health maintenance - PPD {{DATE:9/98}} negative. Hep B vaccine #2 today (lot E1127). Pneumovax given 1995.
RTC 3 mo. ADAP recertification form signed ({{NAME:Teresa}} in social work).
{{NAME:Hannelore Auerbach}}, MD`,

  `OPERATIVE REPORT
{{FACILITY:BROOKHOLLOW GENERAL HOSPITAL}}
PATIENT : {{NAME:SAOIRSE FITZGERALD-OKONJO}}     MRN : {{MRN:0677-3105}}
DATE OF OPERATION : {{DATE:08/04/2076}}
SURGEON : {{NAME:DMITRI VOLKONSKY}} , M.D.
RESIDENT : {{NAME:HANNAH BERGSTROM}} , M.D.
PREOPERATIVE DIAGNOSIS : ACUTE APPENDICITIS .
POSTOPERATIVE DIAGNOSIS : PERFORATED APPENDICITIS WITH LOCALIZED PERITONITIS .
OPERATION : LAPAROSCOPIC APPENDECTOMY .
INDICATIONS : 23 YEAR OLD GRADUATE STUDENT AT {{FACILITY:CHARLESGATE INSTITUTE OF TECHNOLOGY}} WITH 36 HOURS OF RLQ PAIN , WBC 17.8 , POSITIVE ROVSING'S AND PSOAS SIGNS , CT WITH A 12 MM APPENDIX AND PERIAPPENDICEAL FAT STRANDING . ALVARADO SCORE 8 .
FINDINGS : GANGRENOUS APPENDIX WITH A 3 MM PERFORATION AT THE TIP , 30 CC OF PURULENT FLUID IN THE PELVIS . MECKEL'S DIVERTICULUM NOT PRESENT .
PROCEDURE : THREE PORTS . MESOAPPENDIX DIVIDED WITH HARMONIC SCALPEL . BASE STAPLED WITH ENDO GIA 45 MM . SPECIMEN IN ENDOCATCH BAG . PELVIS IRRIGATED WITH 3 LITERS . NO DRAIN .
ANTIBIOTICS : ZOSYN 3.375 G IV Q6H X 4 DAYS .
PATHOLOGY : {{ID:S76-31190}} .
DISPOSITION : {{FACILITY:THAYER 7}} . ROOMMATE {{NAME:PRIYANKA}} NOTIFIED WITH PATIENT'S CONSENT .
{{NAME:DMITRI VOLKONSKY}} , M.D.
D : {{DATE:08/04/76 22:48}} T : {{DATE:08/05/76 07:30}} JOB {{ID:4410982}} {{NAME:sl}}`,

  `{{FACILITY:HALVORSEN MEMORIAL HOSPITAL}} - PATIENT DISCHARGE INSTRUCTIONS
Patient : {{NAME:Theodora Papanikolaou}}    Unit # : {{MRN:104-27-719}}    Unit : {{FACILITY:Grayson 5 East}}
Discharge date : {{DATE:6/14/2003 13:00}}    Going to : Home , {{ADDRESS:22 Cushing Road}} , {{LOCATION:Hingham}}
Accompanied by : Daughter , {{NAME:Eleni}}
Your diagnosis : Pneumonia ( right lower lobe ) and dehydration .
Medicines : Levofloxacin 500 mg by mouth once a day through {{DATE:6/20/03}} . Take Tylenol 650 mg every 6 hours if needed for fever . Do NOT take your Fosamax on the same morning as the antibiotic . Your other home medicines have not changed .
Diet : Regular , drink at least 6 glasses of fluid a day .
Activity : As tolerated . Use the incentive spirometer 10 times an hour while awake .
Appointments :
- Dr. {{NAME:Ioannis Kalogeropoulos}} ( your primary care doctor ) , {{FACILITY:Hingham Harbor Medical}} , {{DATE:Friday , June 20}} at 10:30 . Phone {{PHONE:781-555-0144}} .
- Chest X-ray in 6 weeks , {{FACILITY:Halvorsen}} Radiology , {{FACILITY:Wexford Pavilion}} .
Call your doctor or return to the Emergency Department if you have fever over 101 , worsening shortness of breath , or confusion .
Visiting nurse : {{FACILITY:Old Harbor VNA}} will call you on {{DATE:6/15}} . Referral # {{ID:SSV-0336148}} .
Nurse : {{NAME:Colm Brennan}} , RN    Patient / family signature on file .`,

  `{{FACILITY:Fairmount Medical Center}} Echocardiography Laboratory
TRANSTHORACIC ECHOCARDIOGRAM REPORT
Name: {{NAME:Gunnarsson, Erik}}   MRN: {{MRN:41733095}}   DOB: {{DATE:3/3/1926}}   Study date: {{DATE:09/27/2000}}
Location: {{FACILITY:Pelletier 6 South}}, bed 623-B   Study #: {{ID:E00-14773}}
Ordering: {{NAME:Samuel Teodorescu}}, MD   Sonographer: {{NAME:Nilda Pacheco}}, RDCS
Indication: 74 yo man with syncope and systolic murmur.
Measurements: LVEDD 4.6 cm, IVS 1.4 cm, PW 1.3 cm. LVEF 60% (visual). LA 4.4 cm. Aortic root 3.2 cm.
Aortic valve: Severely calcified trileaflet valve with markedly restricted opening. Peak velocity 4.6 m/s, peak/mean gradients 85/52 mmHg. AVA by continuity 0.7 cm2. Trace AI.
Mitral valve: Mild MAC, mild MR.
Right heart: RV normal. TR jet 2.7 m/s, estimated RVSP 34 mmHg.
Pericardium: No effusion.
Conclusions: 1. Severe calcific aortic stenosis (AVA 0.7 cm2). 2. Concentric LVH with preserved systolic function. 3. Compared with the study of {{DATE:4/11/1997}} (peak gradient 48 mmHg), the stenosis has progressed.
Results communicated to Dr. {{NAME:Teodorescu}} at 15:40. Cardiac surgery referral suggested (Dr. {{NAME:Mbeki-Laurent}}).
Read by: {{NAME:Ayodele Fashola}}, MD   Electronically signed {{DATE:09/27/2000 16:02}}`,

  `{{ID:884200317}} | {{FACILITY:HMH}} | {{MRN:10290553}} | | {{ID:5578120}} | {{DATE:7/7/1993 12:00:00 AM}} | UPPER GI BLEED | Signed | DIS | Admission Date : {{DATE:7/7/1993}} Report Status : Signed
Discharge Date : {{DATE:7/12/1993}}
HISTORY OF PRESENT ILLNESS : THIS 56 YEAR OLD LOBSTERMAN FROM {{LOCATION:SCITUATE}} WAS TRANSFERRED FROM {{FACILITY:COHASSET BAY HOSPITAL}} WHERE HE PRESENTED ON {{DATE:7/6/93}} WITH HEMATEMESIS AND MELENA , HCT 22 . HE RECEIVED 4 UNITS PRBC THERE UNDER DR. {{NAME:WENDELL PRATT}} . HISTORY OF ALCOHOL USE , 6-8 BEERS DAILY , AND IBUPROFEN FOR BACK PAIN .
HOSPITAL COURSE : ADMITTED TO THE {{FACILITY:GRAYSON 3}} MICU . EGD BY DR. {{NAME:ALVAREZ-KIM}} ON {{DATE:7/7}} SHOWED A 1.5 CM POSTERIOR DUODENAL BULB ULCER WITH A VISIBLE VESSEL , TREATED WITH EPINEPHRINE INJECTION AND BICAP . NO VARICES . CLO TEST POSITIVE . NO RE-BLEEDING . HCT STABLE AT 30 . CIWA PROTOCOL WITH LIBRIUM , NO WITHDRAWAL SEIZURES . THIAMINE AND FOLATE GIVEN .
DISCHARGE MEDICATIONS : OMEPRAZOLE 20 MG BID , AMOXICILLIN 1 G BID AND CLARITHROMYCIN 500 MG BID X 14 DAYS , THIAMINE 100 MG QD , FERROUS SULFATE 325 MG TID . NO NSAIDS .
FOLLOW UP : DR. {{NAME:PRATT}} , {{PHONE:781-555-0129}} , IN 1 WEEK ; REPEAT EGD IN 8 WEEKS . REFERRED TO {{FACILITY:TIDEWATER ADDICTION SERVICES}} .
{{NAME:MARGARET O'CONNELL-BAINES}} , M.D.
TR : {{NAME:kr}}   DD : {{DATE:7/12/93}}   TD : {{DATE:7/13/93 11:54 A}}
cc : DR. {{NAME:WENDELL PRATT}} , {{FACILITY:COHASSET BAY HOSPITAL}}`,

  `{{FACILITY:Lindqvist Cancer Center}} at {{FACILITY:Halvorsen Memorial Hospital}}
{{ADDRESS:300 Harborview Drive , 4th Floor}}
{{LOCATION:Quincy}} , MA {{ZIP:02169}}

{{DATE:December 1 , 2002}}

Mr. {{NAME:Augustine Nwachukwu}}
{{ADDRESS:15 Sea Street , Apt 3}}
{{LOCATION:Weymouth}} , MA {{ZIP:02191}}

Dear Mr. {{NAME:Nwachukwu}} ,
I am writing to confirm what we discussed by telephone on {{DATE:November 27}} . Your CT scan of {{DATE:November 22 , 2002}} shows that the spots in your liver have become smaller since you started FOLFOX chemotherapy in {{DATE:August 2002}} . Your CEA blood test has fallen from 84 to 12 . This is a good response .
We will give you 4 more cycles , starting on {{DATE:Monday , December 9}} , in the infusion suite on {{FACILITY:Wexford 4}} . Because of the tingling in your fingers , we will lower the oxaliplatin dose by 20% . Please keep using the cold gloves and avoid cold drinks for 5 days after each treatment .
Your nurse practitioner , {{NAME:Fiona Delacroix}} , can be reached at {{PHONE:617-555-0171}} . If you have fever over 100.5 call the after-hours line at {{PHONE:617-555-0172}} right away .
I have also sent a copy of this letter to Dr. {{NAME:Benedict Ogunleye}} .
Sincerely ,
{{NAME:Yolanda Steinhardt}} , M.D. , Ph.D.
{{NAME:YS}} / {{NAME:dmc}}`,

  `DEATH SUMMARY
{{FACILITY:ST. ANSGAR'S HOSPITAL}} , {{FACILITY:COYLE 6}} MEDICAL INTENSIVE CARE UNIT
PATIENT : {{NAME:MACALLISTER , DOUGLAS H}}     MRN : {{MRN:20308822}}
ADMITTED : {{DATE:03/02/2064}}     EXPIRED : {{DATE:03/09/2064 04:17}}
ATTENDING : {{NAME:ROSALIND AMBROSE-TULLY}} , M.D.
HISTORY : 81 YEAR OLD RETIRED MACHINIST FROM {{FACILITY:NORTON GEAR AND FORGE}} WHO LIVED IN {{LOCATION:LEOMINSTER}} , WITH IDIOPATHIC PULMONARY FIBROSIS ON 4 L HOME OXYGEN , ADMITTED WITH ACUTE EXACERBATION AND HYPOXEMIC RESPIRATORY FAILURE . INTUBATED {{DATE:3/3/64}} .
HOSPITAL COURSE : HIGH DOSE METHYLPREDNISOLONE 1 G X 3 , BROAD SPECTRUM ANTIBIOTICS , PRONE POSITIONING NOT TOLERATED . P/F RATIO REMAINED UNDER 80 . NOT A TRANSPLANT CANDIDATE PER DR. {{NAME:PELTONEN}} . FAMILY MEETING ON {{DATE:3/8/64}} WITH WIFE {{NAME:JOAN}} , SON {{NAME:IAN MACALLISTER}} AND CHAPLAIN {{NAME:ELIJAH OKORO}} ; GOALS CHANGED TO COMFORT MEASURES . EXTUBATED TO MORPHINE INFUSION ON {{DATE:3/9/64}} AT 0150 .
TIME OF DEATH : 0417 . PRONOUNCED BY DR. {{NAME:SATORU IWATA}} ( RESIDENT ) .
AUTOPSY : DECLINED . MEDICAL EXAMINER NOT NOTIFIED ( NATURAL DEATH ) . {{FACILITY:MERRIMACK DONOR ALLIANCE}} NOTIFIED , REFERRAL # {{ID:MDA-64-03094}} , NOT A DONOR .
FUNERAL HOME : {{FACILITY:CARRIGAN AND SONS}} , {{LOCATION:FITCHBURG}} .
{{NAME:ROSALIND AMBROSE-TULLY}} , M.D.
D : {{DATE:03/09/64}} T : {{DATE:03/10/64}}`,

  `{{FACILITY:Brookhollow General Hospital}} Sleep and Pulmonary Clinic
Visit: {{DATE:4/22/2090}}    Patient: {{NAME:Bartholomew Okwuosa}}    MRN {{MRN:0683-5517}}
PCP: Dr. {{NAME:Helga Strand}}, {{FACILITY:Allston Village Medical}}
52-year-old long-haul truck driver for {{FACILITY:Pioneer Valley Freight Lines}}, here to review his polysomnogram of {{DATE:4/8/2090}} done at the {{FACILITY:Brookhollow Sleep Lab}} ({{FACILITY:Thayer Building}}, 6th floor). His wife {{NAME:Ngozi}} reports loud snoring and witnessed apneas; Epworth 16/24. He had a near-miss on the Mass Pike in {{DATE:March 2090}} after dozing off.
PSG: AHI 48/hr, RDI 55, nadir SpO2 74%. Split night: CPAP titrated to 12 cm H2O with resolution of events.
Exam: BMI 39, neck 47 cm, Mallampati IV, retrognathia.
Assessment: Severe obstructive sleep apnea.
Plan: Auto-CPAP 10-15 cm H2O with full face mask via {{FACILITY:Commonwealth Home Respiratory}}; device serial to be recorded on delivery. Counseled not to drive commercially until compliant; DOT form completed, CDL # {{LICENSE:S55870219}} noted for the medical examiner's certificate. Weight loss; referral to nutrition. Compliance download in 4 weeks.
{{NAME:Camille Desjardins}}, MD, Pulmonary and Sleep Medicine
cc: Dr. {{NAME:Strand}}`,

  `OPERATIVE REPORT
PATIENT : {{NAME:LOPES , MARIA DA CONCEICAO}}
UNIT NO : {{MRN:20711849}}
DATE : {{DATE:11/19/1999}}
LOCATION : {{FACILITY:ST. ANSGAR'S}} AMBULATORY SURGERY CENTER , {{FACILITY:COYLE WING}}
SURGEON : {{NAME:PHILIPPA NORTHCOTT}} , M.D.
ANESTHESIA : BIER BLOCK BY DR. {{NAME:KOVACEVIC}}
PREOPERATIVE DIAGNOSIS : RIGHT CARPAL TUNNEL SYNDROME , CONFIRMED BY EMG AT {{FACILITY:WORCESTER NEURODIAGNOSTICS}} ON {{DATE:10/4/99}} .
PROCEDURE : RIGHT OPEN CARPAL TUNNEL RELEASE .
INDICATIONS : 48 YEAR OLD WOMAN WHO WORKS ON A PACKING LINE AT {{FACILITY:TATNUCK CANDY COMPANY}} , WITH NOCTURNAL PARESTHESIAS , POSITIVE TINEL'S AND PHALEN'S SIGNS , AND THENAR ATROPHY , FAILED SPLINTING AND A STEROID INJECTION IN {{DATE:JULY 1999}} .
DESCRIPTION : ARM EXSANGUINATED , TOURNIQUET TO 250 MM HG . LONGITUDINAL INCISION IN LINE WITH THE RADIAL BORDER OF THE RING FINGER . PALMAR FASCIA DIVIDED . TRANSVERSE CARPAL LIGAMENT DIVIDED UNDER DIRECT VISION . MEDIAN NERVE FLATTENED AND HYPEREMIC , MOTOR BRANCH INTACT . SKIN CLOSED WITH 4-0 NYLON . BULKY DRESSING AND VOLAR SPLINT .
EBL MINIMAL . NO COMPLICATIONS .
FOLLOW UP : SUTURE REMOVAL IN 10-14 DAYS , {{DATE:DECEMBER 1}} , HAND CLINIC .
{{NAME:PHILIPPA NORTHCOTT}} , M.D.
D : {{DATE:11/19/99}} T : {{DATE:11/22/99}} JOB # {{ID:119274}} {{NAME:PN}} / {{NAME:lg}}`,

  `{{FACILITY:Fairmount Medical Center}} Department of Radiology
CT ABDOMEN AND PELVIS WITH IV CONTRAST - TRAUMA PROTOCOL
Patient: {{NAME:Dominguez-Farrell, Tobias}}   MRN: {{MRN:41980442}}   Location: ED Trauma Bay 2
Exam date/time: {{DATE:6/12/2081 02:37}}   Accession: {{ID:CT81-7712096}}
Ordering: {{NAME:Colleen Marchetti}}, MD
History: 27M, restrained driver, high-speed MVC on Route 1 in {{LOCATION:Saugus}}, steering wheel to LUQ, hypotensive in the field per {{FACILITY:Bayline Ambulance}}. FAST positive in LUQ.
Technique: Helical CT from the dome of the diaphragm through the symphysis after 100 mL Isovue 370; portal venous phase with delayed images through the kidneys.
Findings: Grade IV splenic laceration extending to the hilum with active extravasation of contrast and a large perisplenic hematoma. Moderate hemoperitoneum tracking into the pelvis. Liver, pancreas, adrenals and kidneys intact. No free air. Nondisplaced fractures of the left 9th and 10th ribs. Lumbar spine intact (L1-L5 alignment normal).
Impression: Grade IV splenic injury with active bleeding. Hemoperitoneum.
Critical result called to Dr. {{NAME:Marchetti}} and trauma surgeon Dr. {{NAME:Volkonsky}} at 02:44 on {{DATE:6/12/81}}, read back confirmed.
Radiologist: {{NAME:Oskar Lindberg-Haas}}, MD    Resident: {{NAME:Parisa Jafari}}, MD`,

  `{{ID:301774590}} | {{FACILITY:BGH}} | {{MRN:06403318}} | | {{ID:8830147}} | {{DATE:9/14/2000 12:00:00 AM}} | ALCOHOLIC CIRRHOSIS | Signed | DIS | Admission Date : {{DATE:9/14/2000}} Report Status : Signed
Discharge Date : {{DATE:9/22/2000}}
HISTORY OF PRESENT ILLNESS : Mr. {{NAME:Rourke}} is a 53 yo former bartender at {{FACILITY:The Claddagh Tavern}} in {{LOCATION:Dorchester}} with Child-Pugh C alcoholic cirrhosis , admitted with increasing abdominal girth , confusion and asterixis . MELD 24 . Last drink {{DATE:August 30}} per his partner {{NAME:Siobhan Keane}} .
HOSPITAL COURSE : 1 ) Hepatic encephalopathy : lactulose titrated to 3 BM/day , rifaximin added ; oriented x 3 by {{DATE:9/17}} . 2 ) Ascites : diagnostic paracentesis 78 PMNs , SBP excluded ; large volume paracentesis of 6 L on {{DATE:9/16}} with albumin 50 g . 3 ) Hyponatremia 126 , fluid restricted . 4 ) Transplant evaluation started ; social work and addiction consult .
DISCHARGE MEDICATIONS : Lactulose 30 mL TID , rifaximin 550 mg BID , spironolactone 100 mg , furosemide 40 mg , nadolol 20 mg .
FOLLOW UP : Liver clinic , Dr. {{NAME:Kerem Aslan}} , {{DATE:9/29/00}} ; AA meetings at {{FACILITY:St. Brendan's Parish Hall}} .
ADDENDUM {{DATE:9/23/00}} : Ammonia from {{DATE:9/21}} returned at 48 ; no change to plan .
Dictated By : {{NAME:AIKATERINI ZOGRAFOS}} , M.D.
Attending : {{NAME:KEREM ASLAN}} , M.D. {{ID:ZK08}}
Batch : {{ID:61193}} Index No. {{ID:HLP24G6W}} D : {{DATE:09/22/00}} T : {{DATE:09/25/00}}`,

  `{{FACILITY:BROOKHOLLOW NEUROLOGY ASSOCIATES}}
{{FACILITY:Brookhollow General Hospital}} , {{FACILITY:Thayer Building}} , Suite 310
Telephone {{PHONE:617-555-0150}}    Fax {{FAX:617-555-0151}}

{{DATE:May 19 , 1997}}

{{NAME:Orrin Lefebvre}} , M.D.
{{ADDRESS:410 Washington Street}}
{{LOCATION:Brighton}} , MA {{ZIP:02135}}

RE : {{NAME:Constance Whitlock}}    DOB : {{DATE:9/17/1929}}

Dear {{NAME:Orrin}} :
I saw Mrs. {{NAME:Whitlock}} in follow up today for her Parkinson's disease , diagnosed in 1993 . She is 67 and still volunteers two mornings a week at the {{FACILITY:Oak Square Branch Library}} . Her rest tremor of the right hand is worse , and she now has wearing-off about 3 hours after each dose of Sinemet 25/100 , which she takes TID . No dyskinesias , hallucinations or falls . Exam shows moderate rigidity on the right , bradykinesia , reduced arm swing and a positive glabellar ( Myerson's ) sign . Hoehn and Yahr stage 2.5 . MMSE 28/30 .
I have increased Sinemet to 25/100 QID and added Sinemet CR 50/200 at bedtime . Her husband {{NAME:Arthur}} will keep a diary . I will see her in 3 months , around {{DATE:August 20}} .
Sincerely ,
{{NAME:Aditya Bhatnagar}} , M.D.
{{NAME:AB}} : {{NAME:rw}}    D : {{DATE:5/19/97}}    T : {{DATE:5/21/97}}`,

  `{{FACILITY:Halvorsen Memorial Hospital}} - Social Work Assessment
Date: {{DATE:Wed 1/15/2003}}    Patient: {{NAME:Gloria Antunes}}    Unit # {{MRN:105-19-448}}    Unit: {{FACILITY:Grayson 4}}
Referral: Dr. {{NAME:Venkataraman}} - concern for safe discharge, possible caregiver strain.
Pt is a 79 yo widow, Portuguese-speaking (interpreter {{NAME:Rui}} from Interpreter Services), admitted {{DATE:1/11/03}} with CHF. Lives with her son {{NAME:Paulo Antunes}} (52), who works second shift at {{FACILITY:Fore River Cold Storage}}, at {{ADDRESS:9 Lancaster Street}}, {{LOCATION:Quincy}}, 3rd floor walk-up. Daughter {{NAME:Fatima Antunes-Cole}} lives in {{LOCATION:Providence}}, RI, {{PHONE:401-555-0124}}. Pt alone 3 pm - midnight; missed doses of Lasix; fell twice in {{DATE:December 2002}}. Son became tearful describing exhaustion; no signs of neglect or abuse.
Insurance: Medicare A/B and MassHealth, MassHealth ID {{HEALTH_PLAN:100238877150}}.
Plan: 1) Referral to {{FACILITY:Wollaston Elder Network}} for homemaker and PCA hours (worker {{NAME:Denise Morrow}}, {{PHONE:781-555-0117}}). 2) {{FACILITY:Old Harbor VNA}} for med teaching and CHF monitoring. 3) Lifeline application. 4) Family meeting {{DATE:1/16}} at 2 pm with son and Dr. {{NAME:Venkataraman}}.
{{NAME:Marisa Oliveira}}, LICSW, ext {{PHONE:6618}}`,

  `ADMISSION NOTE - {{FACILITY:MAPLEWOOD MANOR SKILLED NURSING}} ( affiliated with {{FACILITY:Halvorsen Memorial}} )
Date of admission : {{DATE:2/3/2105}}    Room 212-A
Resident : {{NAME:Cornelia Vandermeer}}    Facility # {{MRN:MM-40771}}    Age : {{AGE:97}}
Hospital : {{FACILITY:Halvorsen Memorial Hospital}} , {{DATE:1/27/2105-2/3/2105}} , unit # {{MRN:110-48-302}}
Reason for admission : Rehabilitation after left pubic rami fractures ( fall at home {{DATE:1/26}} ) . Plan is return home with her daughter in {{LOCATION:Braintree}} if able .
PMH : Osteoporosis , HTN , CKD 3 ( Cr 1.4 ) , macular degeneration , hearing loss ( bilateral aids ) , remote Bell's palsy .
Meds : Tylenol 1 g TID , calcium/vit D , amlodipine 5 mg , lovenox 30 mg SC daily x 4 weeks , senna , timolol drops OU .
Functional status : Min assist transfers , ambulates 40 ft with walker . Braden 15 . Morse fall score 75 ( high ) .
Cognition : Alert , oriented x 3 , MoCA 22 .
Code status : DNR , MOLST signed {{DATE:1/30/2105}} . HCP daughter {{NAME:Pieternella Vandermeer-Ross}} , {{PHONE:781-555-0153}} ; alternate grandson {{NAME:Jasper Ross}} .
PCP : Dr. {{NAME:Ioannis Kalogeropoulos}} ; attending here Dr. {{NAME:Ruth Ann Kessler}} .
Pharmacy : {{FACILITY:Carelink Pharmacy Services of Canton}} ( not the patient's home pharmacy {{FACILITY:Braintree Village Drug}} ) .
{{NAME:Lourdes Manalo}} , RN , MDS coordinator`,

  `{{FACILITY:Saint Ansgar's Holloway Street Health Center}} - Prenatal Visit
{{DATE:03/12/1990}}    {{NAME:Nhung Pham}}    MR {{MRN:20019472}}    G1P0 at 28 2/7 wks by 8 wk US (EDC {{DATE:6/2/90}})
S: 24 yo, works as a nail technician at {{FACILITY:Lucky Nails}} in {{LOCATION:Worcester}}; concerned about fumes. Good FM. No LOF, VB, ctx. Some heartburn. Husband {{NAME:Vinh}} present; pt prefers Vietnamese for detailed counseling - phone interpreter ID {{ID:40217}} used.
O: BP 112/68, wt 61.2 kg (+8 kg), FH 28 cm, FHT 146 by doppler. Urine neg prot/glu. No edema.
Labs: 1 hr GCT 152 (abnormal). Hct 31.2. Blood type A neg, antibody screen neg.
A/P:
1. Abnormal GCT - schedule 3 hr GTT ({{DATE:3/16}}). Diet counseling.
2. Rh negative - RhoGAM 300 mcg IM today, lot RH2291 exp 11/91. Card given.
3. Anemia - FeSO4 325 mg BID; recheck at 32 wks.
4. Occupational exposure - letter to employer re: ventilation and gloves; discussed with the owner, Mrs. {{NAME:Ly}}.
5. Childbirth classes at {{FACILITY:St. Ansgar's}} {{FACILITY:Coyle Wing}} auditorium start {{DATE:April 4}}.
Pediatrician chosen: Dr. {{NAME:Aaron Weitzman}}.
RTC 2 wks. {{NAME:Ingrid Solberg}}, MD / {{NAME:Maeve Dunphy}}, CNM`,

  `CYTOLOGY REPORT - GYNECOLOGIC
{{FACILITY:Fairmount Medical Center}} Cytopathology Laboratory
Accession : {{ID:GC03-118204}}    Collected : {{DATE:04/08/2003}}    Received : {{DATE:04/09/2003}}
Patient : {{NAME:Ashanti Greaves-Mullins}}    MRN : {{MRN:41899031}}    DOB : {{DATE:11/30/1971}}
Submitted by : {{NAME:Priscilla Oduya}} , NP , {{FACILITY:Chelsea Neighborhood Health Center}}
Specimen : Cervical , ThinPrep liquid-based .
LMP : {{DATE:3/22/03}} .  History : ASC-US on {{DATE:9/2002}} Pap , HPV not done . G3 P2 . Depo-Provera .
SPECIMEN ADEQUACY : Satisfactory for evaluation ; endocervical/transformation zone component present .
INTERPRETATION / RESULT : EPITHELIAL CELL ABNORMALITY - SQUAMOUS : LOW GRADE SQUAMOUS INTRAEPITHELIAL LESION ( LSIL ) , encompassing HPV / mild dysplasia / CIN 1 .
Organisms : Shift in flora suggestive of bacterial vaginosis .
Recommendation : Colposcopy per ASCCP guidelines .
Screened by : {{NAME:Lorna Haddix}} , CT(ASCP)    Reviewed by : {{NAME:Miriam Goldfarb}} , M.D.
Report date : {{DATE:04/14/2003 10:05}}
Note to clinician : patient's preferred phone on requisition is {{PHONE:617-555-0185}} ( cell ) ; colposcopy clinic scheduler {{NAME:Yvette}} , ext {{PHONE:2207}} .
The Pap test is a screening test with false negative and false positive results .`,

  `{{ID:047719236}} | {{FACILITY:HMH}} | {{MRN:10955621}} | | {{ID:7162004}} | {{DATE:8/19/1995 12:00:00 AM}} | R/O MI | Signed | DIS | Admission Date : {{DATE:8/19/1995}} Report Status : Signed
Discharge Date : {{DATE:8/20/1995}}
DIAGNOSIS : ATYPICAL CHEST PAIN , MYOCARDIAL INFARCTION RULED OUT .
HISTORY : 44 YEAR OLD MAN , A CORRECTIONS OFFICER AT {{FACILITY:MCI-BAYSIDE}} , WITH SHARP LEFT CHEST PAIN WORSE WITH DEEP BREATHS AFTER LIFTING WEIGHTS AT {{FACILITY:IRONWORKS GYM OF QUINCY}} . RISK FACTORS : SMOKER , FATHER WITH CABG AT 50 .
COURSE : CK AND MB NEGATIVE X 3 . ECG WITHOUT CHANGES . ADENOSINE THALLIUM ON {{DATE:8/20/95}} : NO ISCHEMIA , EF 62% . PAIN REPRODUCIBLE ON PALPATION OF THE COSTOCHONDRAL JUNCTIONS - LIKELY COSTOCHONDRITIS ( TIETZE'S ) .
DISCHARGE MEDICATIONS : IBUPROFEN 600 MG TID WITH FOOD X 1 WEEK . NICOTINE PATCH 21 MG .
FOLLOW UP : PCP DR. {{NAME:SHAUGHNESSY}} , {{FACILITY:WOLLASTON FAMILY PRACTICE}} , 2 WEEKS .
{{NAME:DEEPAK VENKATARAMAN}} , M.D.
TR : {{NAME:ej}}
DD : {{DATE:8/20/95}}
TD : {{DATE:8/21/95 4:02 P}}
cc : {{NAME:KEVIN SHAUGHNESSY}} , M.D. , {{FACILITY:WOLLASTON FAMILY PRACTICE}} , {{ADDRESS:1042 HANCOCK STREET}} , {{LOCATION:QUINCY}} {{ZIP:02170}} ; {{FACILITY:HALVORSEN}} CARDIAC STRESS LAB ; MEDICAL RECORDS`,

  `{{FACILITY:Kidsfirst Children's Pavilion}} Pediatric Emergency - Physician Note
Pt: {{NAME:Amara Obi-Lindqvist}}   DOB {{DATE:5/2/1998}}   MRN {{MRN:41972208}}   Seen {{DATE:10/31/2001 19:05}}
Hx from mother {{NAME:Chiamaka}} and grandmother: 3 yo girl fell ~4 ft from the top of a slide at {{FACILITY:Bright Meadow Learning Center}} in {{LOCATION:Revere}} at about 1700, struck back of head on wood chips. Cried immediately, no LOC, vomited x1 in the car. Acting normally since, eating a lollipop now. Immunizations UTD per {{FACILITY:Mystic Valley Pediatrics}} (Dr. {{NAME:Dominguez}}).
Exam: Wt 14.8 kg. T 37.1, HR 118, RR 24. GCS 15. 2 cm boggy occipital hematoma, no step-off. Pupils 3 mm equal and reactive. No hemotympanum, no Battle's sign or raccoon eyes. Moves all 4. Gait normal.
MDM: PECARN low risk except vomiting x1 - observation preferred over CT; discussed with parent.
Course: Observed 4 hrs, tolerated juice, no further emesis.
Dx: Minor head injury, scalp hematoma.
Dispo: Home with head injury sheet (English/Igbo not available - English given, mother fluent). Return for vomiting, lethargy. DSS/51A not indicated; story consistent, daycare incident report #{{ID:BM-1031-07}} reviewed.
{{NAME:Felix Adu-Gyamfi}}, MD, PEM attending`,

  `ENDOSCOPY UNIT - COLONOSCOPY REPORT
{{FACILITY:BROOKHOLLOW GENERAL HOSPITAL}} , {{FACILITY:THAYER 1}} ENDOSCOPY SUITE
DATE : {{DATE:01/23/2062}}    PATIENT : {{NAME:HALVERSON , INGRID M}}    MRN : {{MRN:0615-9932}}
ENDOSCOPIST : {{NAME:GABRIEL ALVAREZ-KIM}} , M.D.    FELLOW : {{NAME:DARIUS MOSTAFAVI}} , M.D.
REFERRING : {{NAME:CAROL BENEDETTO}} , M.D. , {{FACILITY:NEWTON CORNER INTERNAL MEDICINE}}
INDICATION : Iron deficiency anemia ( Hgb 9.6 , ferritin 6 ) in a 66 year old woman . Last colonoscopy 2054 normal .
SEDATION : Fentanyl 100 mcg , midazolam 4 mg IV in divided doses . ASA class II .
PREP : Boston bowel prep scale 8/9 .
PROCEDURE : Olympus CF-H180AL colonoscope advanced to the terminal ileum ( confirmed by ileocecal valve and appendiceal orifice ) . Withdrawal time 11 min .
FINDINGS : 1 ) 3.5 cm fungating friable mass in the ascending colon , 60 % circumferential , biopsied x 6 ( jar A ) and tattooed with SPOT ink distally . 2 ) Two 4 mm sessile polyps in the sigmoid , cold snare ( jar B ) . 3 ) Terminal ileum normal .
IMPRESSION : Ascending colon mass , likely malignant .
PLAN : CEA , CT chest/abdomen/pelvis ; surgical referral to Dr. {{NAME:Echeverria}} ; pathology {{ID:S62-00781}} to be called to patient at {{PHONE:617-555-0108}} . Husband {{NAME:Lars}} drove her home .
{{NAME:G. ALVAREZ-KIM}} , M.D.    {{DATE:01/23/2062 11:12}}`,

  `{{ID:552081937}} | {{FACILITY:STH}} | {{MRN:20694417}} | | {{ID:4471093}} | {{DATE:5/2/2002 12:00:00 AM}} | DIABETIC FOOT INFECTION | Signed | DIS | Admission Date : {{DATE:5/2/2002}} Report Status : Signed
Discharge Date : {{DATE:5/11/2002}}
ATTENDING : {{NAME:NKEMELU , CHIDI}} M.D.
PRINCIPAL PROCEDURE : RIGHT SECOND TOE RAY AMPUTATION ( {{DATE:5/4/2002}} ) .
HISTORY OF PRESENT ILLNESS : 62 year old man with insulin-requiring DM2 ( A1c 10.8 ) , neuropathy and PVD , a custodian at {{FACILITY:Clark Street Elementary}} in {{LOCATION:Worcester}} , who noticed drainage from a plantar ulcer under his right second metatarsal head for 2 weeks . Podiatrist Dr. {{NAME:Milos Jankovic}} at {{FACILITY:Greendale Foot Care}} sent him in with fever and cellulitis to the ankle .
HOSPITAL COURSE : Probe to bone positive ; MRI {{DATE:5/3}} confirmed osteomyelitis of the 2nd metatarsal head . Ampicillin-sulbactam 3 g IV q6h . Ray amputation by Dr. {{NAME:Lucas Ferreira-Bloom}} ( vascular ) ; bone culture grew MSSA and Strep agalactiae . ABIs 0.71 R , 0.84 L . Glucose control with NPH/regular , endocrine ( Dr. {{NAME:Sundaram}} ) consulted .
DISCHARGE : Cefazolin 2 g IV q8h via PICC to complete 6 weeks ( through {{DATE:6/13/02}} ) , arranged with {{FACILITY:Apex Infusion Partners}} , {{PHONE:508-555-0131}} . Non-weight-bearing right forefoot , post-op shoe .
eScription document : {{ID:8-3014420}} EMSSten Tel
Dictated By : {{NAME:FERREIRA-BLOOM , LUCAS}}
Attending : {{NAME:NKEMELU , CHIDI}} M.D. {{ID:CN61}}
Dictation ID {{ID:7719356}} D : {{DATE:05/11/02}} T : {{DATE:05/12/02}}`,

  `{{FACILITY:Fairmount Medical Center}} - Radiology
PORTABLE CHEST, SINGLE AP VIEW
Pt: {{NAME:Kowalski, Bernadette}}  MRN {{MRN:41760528}}  Loc: {{FACILITY:Pelletier 4}} MICU bed 6
Exam: {{DATE:1/9/1996 05:12}}  Acc# {{ID:CR96-0031187}}
Ordered by: {{NAME:S. Iwata}}, MD (resident)
Indication: Intubated, ET tube position; new R subclavian line.
Comparison: {{DATE:1/8/96 05:30}} and {{DATE:1/7/96 22:14}}.
Findings: ETT tip 4 cm above the carina. New right subclavian central venous catheter with tip in the mid SVC; no pneumothorax. NG tube tip below the diaphragm, out of view. Swan-Ganz catheter removed since prior. Bilateral diffuse airspace opacities, slightly improved on the right. Small bilateral effusions. Heart size stable.
Impression: Lines and tubes as above; no pneumothorax. Slight improvement in bilateral airspace disease (ARDS vs. edema).
Prelim by {{NAME:Parisa Jafari}}, MD at 06:00, discussed with Dr. {{NAME:Iwata}}'s covering intern {{NAME:Matt}}. Final: {{NAME:Renata Cieslak}}, MD {{DATE:1/9/96 08:41}}.`,

  `{{FACILITY:Halvorsen Memorial Hospital}} Urology - {{FACILITY:Grayson Building}} 2nd floor
Clinic note {{DATE:07/15/2096}}
Patient: {{NAME:Lamont Price-Everett}}    Unit no. {{MRN:112-04-667}}    72 yo M
Referring: {{NAME:Benedict Ogunleye}}, MD
72 yo retired postal supervisor, lives in {{LOCATION:Randolph}} with wife {{NAME:Beverly}}. Follow up of BPH with LUTS. IPSS 22 (was 14 in {{DATE:Jan 2096}}). Nocturia x 4. On tamsulosin 0.4 mg since 2094. PVR by bladder scan 180 mL today. PSA 3.1 ({{DATE:6/30/96}}), 2.6 a year ago. Prostate ~60 g, smooth, no nodules.
Cystoscopy today (consent signed, Dr. {{NAME:Olusegun Adeyinka}}): trilobar hypertrophy with high median lobe, moderate trabeculation, no stones or tumors.
Plan: 1) Add finasteride 5 mg. 2) Discussed TURP vs. laser enucleation (HoLEP); he wants to wait until after his granddaughter {{NAME:Keisha}}'s wedding on {{DATE:9/12/96}}. 3) Urodynamics at {{FACILITY:Halvorsen}} on {{DATE:8/2/96}}, scheduler {{PHONE:617-555-0137}}. 4) Return 3 months.
Prior auth for finasteride submitted to his Medicare Advantage plan, member {{HEALTH_PLAN:XKB884120391}}.
{{NAME:O. Adeyinka}}, MD / {{NAME:Tamsin Yule}}, PA-C`,

  `OPERATIVE REPORT
{{FACILITY:SAINT ANSGAR'S HOSPITAL}} - LABOR AND DELIVERY , {{FACILITY:MCNAMARA 3}}
PATIENT : {{NAME:BELANGER , JOSEE}}     UNIT NUMBER : {{MRN:200-18-334}}
DATE OF OPERATION : {{DATE:10/06/1989}}
SURGEON : {{NAME:INGRID SOLBERG}} , M.D.     ASSISTANT : {{NAME:RAJESH KOTHARI}} , M.D.
ANESTHESIA : EPIDURAL ( DR. {{NAME:WEINTRAUB}} )
PREOPERATIVE DIAGNOSIS : INTRAUTERINE PREGNANCY AT 41 1/7 WEEKS , ARREST OF DILATION AT 6 CM , NON-REASSURING FETAL HEART TRACING .
OPERATION : PRIMARY LOW TRANSVERSE CESAREAN SECTION VIA PFANNENSTIEL INCISION .
FINDINGS : LIVE MALE INFANT , OCCIPUT POSTERIOR , WEIGHT 4,020 GRAMS , APGARS 7 AND 9 AT 1 AND 5 MINUTES . NUCHAL CORD X 1 . NORMAL TUBES AND OVARIES . CLEAR FLUID .
PROCEDURE : PFANNENSTIEL SKIN INCISION , FASCIA INCISED TRANSVERSELY , RECTI SEPARATED . BLADDER FLAP CREATED . LOW TRANSVERSE HYSTEROTOMY ; INFANT DELIVERED AND HANDED TO DR. {{NAME:WEITZMAN}} OF PEDIATRICS . PLACENTA DELIVERED MANUALLY . UTERUS CLOSED IN TWO LAYERS WITH 0 CHROMIC . PITOCIN 20 UNITS IN 1 LITER . EBL 800 CC . FOLEY DRAINING CLEAR URINE .
BABY : {{NAME:MATHIEU}} , TO {{FACILITY:MCNAMARA 3}} NEWBORN NURSERY . FATHER {{NAME:LUC BELANGER}} PRESENT .
{{NAME:INGRID SOLBERG}} , M.D.
D : {{DATE:10/06/89}} T : {{DATE:10/09/89}} {{NAME:IS}} / {{NAME:pf}} JOB # {{ID:5530}}`,

  `{{FACILITY:Pleasant Street Family Medicine}}
{{ADDRESS:212 Pleasant Street}} , {{LOCATION:Malden}} , MA {{ZIP:02148}}
Phone {{PHONE:781-555-0160}}   Fax {{FAX:781-555-0161}}

{{DATE:Feb. 11 , 1998}}

Department of Hematology/Oncology
{{FACILITY:Fairmount Medical Center}}
Attn : Dr. {{NAME:Franklin Ebersole}}

Re : {{NAME:Wendell Oyelowo-Briggs}} , DOB {{DATE:7/14/1934}} , SS# {{SSN:031-55-8842}}

Dear Dr. {{NAME:Ebersole}} ,
I would be grateful if you could see this 63 year old retired bus mechanic whose routine CBC on {{DATE:1/30/98}} showed WBC 28,400 with 82% small mature lymphocytes , Hgb 12.9 , platelets 164,000 . He has painless cervical and axillary nodes for "a few months" and no B symptoms . Smudge cells on the smear per {{FACILITY:Pinecrest Clinical Laboratory}} . Exam shows a spleen tip . I suspect CLL but would appreciate flow cytometry and your opinion .
He lives with his wife {{NAME:Corinne}} on {{ADDRESS:Salem Street}} and can be reached at {{PHONE:781-555-0165}} . He has Harvard Pilgrim coverage , ID {{HEALTH_PLAN:HP0044718823}} .
Enclosed : CBC , smear report , problem list , med list ( HCTZ 25 mg , aspirin 81 mg ) .
Thank you ,
{{NAME:Abigail Thornquist}} , M.D.
{{NAME:AT}} / {{NAME:ssr}}`,

  `TELEPHONE ENCOUNTER - {{FACILITY:FMC Ober Medical Associates}}
{{DATE:Sat 12/26/2092 10:40}}  Caller: {{NAME:Gretchen Hollenbeck}} (daughter)  Call-back {{PHONE:978-555-0176}}
Patient: {{NAME:Walter Hollenbeck}}  MRN {{MRN:41520094}}  PCP Dr. {{NAME:Ayodele Fashola}}
Reason: Dad (84) has been more confused since yesterday, "talking to people who aren't there" last night, and has a low-grade temp 100.3. Urine smells strong. He lives with her in {{LOCATION:Andover}} since his move out of {{FACILITY:Shawsheen Village Apartments}} in the fall. No falls, eating less, drinking OK. On donepezil 10 mg, metoprolol 25 BID, tamsulosin. Finished Cipro for UTI {{DATE:12/14}}.
Advice (per covering MD Dr. {{NAME:Keller-Osei}}): Likely delirium, possible recurrent UTI. Recommended evaluation today at {{FACILITY:Fairmount}} ED or {{FACILITY:Andover Urgent Care}} for UA/culture and labs; do not give extra doses of anything. Daughter prefers urgent care - notified them via fax {{FAX:978-555-0177}}.
Follow-up call {{DATE:12/26 16:15}}: UA positive, culture pending; started on cefpodoxime. Will see Dr. {{NAME:Fashola}} {{DATE:Tue 12/29}}.
Documented by {{NAME:Rosa Benavides}}, RN, triage line x{{PHONE:3100}}`,

  `DISCHARGE SUMMARY
{{FACILITY:FAIRMOUNT MEDICAL CENTER}}
NAME : {{NAME:ESPINOZA-WEBB , RAYMOND}}     UNIT # : {{MRN:41-66-0938}}
ADMISSION DATE : {{DATE:08/28/2066}}     DISCHARGE DATE : {{DATE:09/15/2066}}
ATTENDING : {{NAME:CALLAHAN , DESMOND P.}} , M.D.
DIAGNOSIS : SEVERE ACUTE PANCREATITIS ( GALLSTONE ) WITH INFECTED NECROSIS .
HISTORY : 47 YEAR OLD ELECTRICIAN WITH {{FACILITY:ELECTRICAL WORKERS LOCAL 417}} , LIVES IN {{LOCATION:DEDHAM}} , WHO PRESENTED WITH EPIGASTRIC PAIN RADIATING TO THE BACK , LIPASE 4,210 . RANSON'S CRITERIA 5 AT 48 HOURS . CULLEN'S SIGN PRESENT .
HOSPITAL COURSE : ADMITTED TO THE {{FACILITY:PELLETIER 4}} MICU {{DATE:8/28}} - {{DATE:9/4}} WITH ARDS REQUIRING INTUBATION . ERCP BY DR. {{NAME:ALVAREZ-KIM}} ON {{DATE:8/29}} WITH SPHINCTEROTOMY AND STONE EXTRACTION . CT ON {{DATE:9/6}} WITH 40% NECROSIS AND GAS ; FNA GREW E. COLI . TREATED WITH IMIPENEM , THEN PERCUTANEOUS DRAINAGE BY IR ( DR. {{NAME:LINDBERG-HAAS}} ) . TPN VIA PICC UNTIL {{DATE:9/10}} , THEN NJ FEEDS . CHOLECYSTECTOMY DEFERRED 6 WEEKS .
DISPOSITION : HOME WITH {{FACILITY:NEPONSET VALLEY HOME CARE}} FOR DRAIN CARE AND TUBE FEEDS . WIFE {{NAME:ANGELA}} TRAINED .
FOLLOW UP : DR. {{NAME:BRISBOIS}} ( SURGERY ) , IR DRAIN CHECK {{DATE:9/22/66}} .
DICTATED BY : {{NAME:LEAH MOSKOWITZ}} , M.D. FOR {{NAME:DESMOND P. CALLAHAN}} , M.D.
D : {{DATE:9/15/66}} T : {{DATE:9/16/66}} JOB # {{ID:66-30418}}`,

  `{{FACILITY:St. Ansgar's Hospital}} Hematopathology
BONE MARROW ASPIRATE AND BIOPSY
Case: {{ID:BM04-0219}}    Procedure date: {{DATE:02/17/2004}}
Patient: {{NAME:Sadowski, Irene K.}}    MRN: {{MRN:20477160}}    Age: {{AGE:90}}
Clinician: {{NAME:Tomas Oyarzun}}, MD ({{FACILITY:Wachusett Hematology Oncology}})
Clinical history: {{AGE:90}}-year-old woman with pancytopenia (WBC 2.1, Hgb 8.2, MCV 108, plt 61) and no response to B12 and folate. Lives independently in {{LOCATION:Holden}}; her son {{NAME:Walter Sadowski}} brought her.
Peripheral blood: Macrocytic anemia, hypogranular and pseudo-Pelger-Huet neutrophils, no blasts.
Aspirate: Adequate, cellular spicules. Blasts 7% by 500-cell differential. Dyserythropoiesis with nuclear budding; ringed sideroblasts 8% on iron stain. Micromegakaryocytes.
Biopsy: 50% cellular (hypercellular for age). No fibrosis (reticulin MF-0).
Flow cytometry: CD34+ myeloblasts 6%, aberrant CD7.
Cytogenetics ({{FACILITY:Genomix Reference Laboratories}}, {{ID:CG-04-88117}}): 46,XX,del(5q)[12]/46,XX[8].
Diagnosis: Myelodysplastic syndrome with excess blasts-1 (RAEB-1), IPSS intermediate-2.
{{NAME:Thaddeus Wroblewski}}, MD    Signed {{DATE:02/24/2004 14:30}}`,

  `{{ID:690237415}} | {{FACILITY:HMH}} | {{MRN:10022761}} | | {{ID:9930128}} | {{DATE:1/4/1999 12:00:00 AM}} | ASPIRATION PNEUMONIA | Signed | DIS | Admission Date : {{DATE:1/4/1999}} Report Status : Signed
Discharge Date : {{DATE:1/9/1999}}
HISTORY OF PRESENT ILLNESS : Miss {{NAME:Agnes Threlkeld}} is a {{AGE:101}} year old retired schoolteacher ( {{FACILITY:Wollaston Academy}} , 1921-1963 ) who has resided at {{FACILITY:Marina Bay Nursing Home}} since 1994 . Transferred late on {{DATE:1/3/99}} with fever , cough after meals and right lower lobe infiltrate . Her nephew {{NAME:Gordon Threlkeld}} of {{LOCATION:Milton}} is health care proxy .
HOSPITAL COURSE : Treated with clindamycin 600 mg IV q8h then PO . Video swallow on {{DATE:1/6/99}} showed silent aspiration with thin liquids ; puree diet with honey thick liquids recommended by {{NAME:Bridget Cahill}} , SLP . Goals of care reviewed with Mr. {{NAME:Threlkeld}} : no feeding tube , DNR/DNI , OK to rehospitalize . Sodium 148 corrected with D5W .
DISPOSITION : Back to {{FACILITY:Marina Bay}} , {{FACILITY:Harbor Unit}} .
{{NAME:DEEPAK VENKATARAMAN}} , M.D. {{ID:DV22}}
Dictated By : {{NAME:TAMARA ILUNGA}} , M.D.
TR : {{NAME:mo}}
DD : {{DATE:01/09/1999}}
TD : {{DATE:01/10/1999 12:47 P}}
cc : Dr. {{NAME:Roland Achterberg}} , medical director , {{FACILITY:Marina Bay Nursing Home}} , fax {{FAX:617-555-0194}}`,

  `{{FACILITY:Halvorsen Memorial Hospital}} - Ultrasound
RUQ ULTRASOUND
{{NAME:Pereira, Natalia}}  |  unit # {{MRN:113-57-028}}  |  {{DATE:12/04/1992 15:30}}  |  acc {{ID:US92-5516}}
Requested by {{NAME:Colm Brennan}}, RN on behalf of Dr. {{NAME:Marchetti}} (ED)
History: 36F, 8 weeks postpartum, RUQ pain after fatty meals, Murphy's sign positive in ED. LFTs: AST 44, ALT 61, alk phos 190, T bili 1.4.
Findings: The gallbladder is distended and contains multiple mobile shadowing stones up to 1.2 cm and sludge. Wall 4 mm. Sonographic Murphy's sign positive. No pericholecystic fluid. CBD 6 mm, no visible choledocholithiasis. Liver normal in echotexture, no focal lesion. Pancreatic head and body unremarkable; tail obscured by bowel gas. Right kidney 11.2 cm without hydronephrosis.
Impression: Cholelithiasis with sonographic Murphy's sign and mild wall thickening - early acute cholecystitis not excluded. Borderline CBD caliber; correlate with LFT trend, consider MRCP.
Sonographer: {{NAME:Keiko Tanabe}}. Radiologist: {{NAME:Oskar Lindberg-Haas}}, MD. Patient's OB, Dr. {{NAME:Solberg}} at {{FACILITY:St. Ansgar's}}, copied at patient request.`,

  `PSYCHIATRY CONSULTATION-LIAISON NOTE
{{FACILITY:Brookhollow General Hospital}}, {{FACILITY:Thayer 6}}, room 614
Date: {{DATE:3/3/2070}}    Patient: {{NAME:Delphine Achebe-Moreau}}    MRN: {{MRN:0691-4408}}
Requesting: Dr. {{NAME:Quist}}, Medicine    Question: capacity to refuse dialysis; depression?
HPI: 66 yo retired librarian ({{FACILITY:Brighton Branch Library}}) with ESRD on HD TTS at {{FACILITY:Allston Dialysis Center}}, admitted {{DATE:2/28/70}} with hyperkalemia (K 7.1) after missing two sessions. States she is "tired of the chair" since the death of her husband {{NAME:Marcel}} on {{DATE:Christmas Eve 2069}}. Sleeping poorly, appetite down, enjoys visits from her granddaughter {{NAME:Josephine}}. Denies active SI; "I'm not going to hurt myself, I just want to stop being hooked up."
MSE: Well-groomed, cooperative, mood "worn out", affect constricted but reactive. Thought process linear. No psychosis. MoCA 27/30. PHQ-9 16.
Capacity: She understands that stopping dialysis would lead to death within days to weeks, appreciates this applies to her, reasons consistently with her values, and expresses a stable choice. She HAS capacity for this decision.
Impression: Prolonged grief with moderate major depressive episode.
Recommendations: Sertraline 25 mg daily (renally OK). Palliative care consult. Chaplain {{NAME:Elijah Okoro}}. Offer time-limited trial of continued HD while mood is treated; she is willing to discuss with her nephrologist Dr. {{NAME:Pakzad}}.
{{NAME:Miriam Oyelowo}}, MD, pager {{PHONE:2291}}`,

  `OPERATIVE REPORT
PATIENT : {{NAME:MULCAHY , DECLAN P}}     UNIT # : {{MRN:06-532-117}}
HOSPITAL : {{FACILITY:BROOKHOLLOW GENERAL HOSPITAL}} , {{FACILITY:KELLER SAME DAY SURGERY}}
DATE OF OPERATION : {{DATE:06/27/1991}}
SURGEON : {{NAME:WALTER C. BRISBOIS}} , M.D.
ANESTHESIA : LOCAL WITH MAC ( DR. {{NAME:HWANG}} )
PREOPERATIVE DIAGNOSIS : RIGHT INDIRECT INGUINAL HERNIA .
OPERATION : RIGHT INGUINAL HERNIA REPAIR WITH MARLEX MESH ( LICHTENSTEIN ) , CPT 49505 .
INDICATIONS : 38 YEAR OLD LONGSHOREMAN AT {{FACILITY:CONLEY CONTAINER TERMINAL}} WITH A SYMPTOMATIC REDUCIBLE RIGHT GROIN BULGE FOR 6 MONTHS , REFERRED BY DR. {{NAME:ORRIN LEFEBVRE}} .
DESCRIPTION : 1% LIDOCAINE WITH EPINEPHRINE AND 0.5% MARCAINE , 30 CC TOTAL . OBLIQUE GROIN INCISION . EXTERNAL OBLIQUE APONEUROSIS OPENED ; ILIOINGUINAL NERVE PRESERVED . INDIRECT SAC DISSECTED OFF THE CORD TO THE INTERNAL RING , HIGH LIGATION . A 6 X 11 CM MARLEX MESH ( CATALOG 0112680 ) SUTURED TO THE PUBIC TUBERCLE AND SHELVING EDGE OF POUPART'S LIGAMENT WITH 2-0 PROLENE , TAILS CROSSED AROUND THE CORD . SCARPA'S FASCIA 3-0 VICRYL , SKIN 4-0 MONOCRYL SUBCUTICULAR .
EBL < 10 CC . DISCHARGED HOME SAME DAY WITH HIS BROTHER {{NAME:FINBAR}} . NO LIFTING OVER 20 LB FOR 4 WEEKS ; NOTE FOR EMPLOYER GIVEN .
{{NAME:WALTER C. BRISBOIS}} , M.D.
D : {{DATE:06/27/91}} T : {{DATE:07/01/91}} BATCH {{ID:1180}} {{NAME:wcb}} / {{NAME:tmd}}`,

  `{{FACILITY:FMC}} EMERGENCY DEPARTMENT - NURSING / PHYSICIAN RECORD
{{DATE:07/04/1992}}  arrival 1850  by private car
Name: {{NAME:Hollis, Tyrone Jr.}}   MR# {{MRN:41377120}}   Age 11
CC: dog bite R forearm
HPI: 11 yo boy bitten by neighbor's German shepherd "Duke" (owner Mr. {{NAME:Pacheco}}) at a cookout at {{ADDRESS:63 Marlborough Street}}, {{LOCATION:Chelsea}}, around 1800. Dog's rabies vaccination status unknown per mother {{NAME:Lashonda Hollis}}. Tetanus: DTaP series complete, last booster age 5.
Exam: Two 1.5 cm puncture wounds and a 3 cm jagged laceration of the volar R forearm. FDS/FDP intact, sensation intact in median/ulnar/radial distributions, cap refill < 2 sec. No bony tenderness.
Procedure: Irrigated with 1 L NS. Laceration loosely approximated with 3 x 4-0 nylon; punctures left open.
Rx: Augmentin 45 mg/kg/day div BID x 7 d. Tdap not needed. Rabies: animal to be quarantined 10 days; reported to city animal control (report # {{ID:AC-92-0714}}) - if dog unavailable, start RIG + vaccine.
F/u: wound check 48 hrs at {{FACILITY:Chelsea Neighborhood Health Center}}, Dr. {{NAME:Wierzbicki}}.
RN {{NAME:M. Tully}}   MD {{NAME:Colleen Marchetti}}`,

  `{{FACILITY:chelsea neighborhood health center}} - adult medicine - nurse visit / bp check
{{DATE:11/14/01}} 0930
pt {{NAME:rosa elena quintanilla}}, mrn {{MRN:CN-0048812}}, 58 yo f, here for bp recheck per dr {{NAME:wierzbicki}} after lisinopril increased to 20 mg on {{DATE:10/31}}.
bp 148/92 L arm sitting, repeat 144/90 after 5 min. hr 78. wt 81.6 kg.
pt states taking meds "most days", ran out x 3 days last wk bc pharmacy ({{FACILITY:broadway apothecary}}) was closed over the long weekend. no ha, cp, sob, edema. home cuff reads 130s/80s per pt - asked her to bring cuff next visit to calibrate.
diet: eats out most lunches at work ({{FACILITY:margarita's cafe}}, where she cooks), uses a lot of salt. DASH handout (spanish) given. son {{NAME:hector}} helps with pill box.
labs drawn: bmp, lipid. K 4.6 on {{DATE:10/31/01}}.
discussed w/ dr {{NAME:wierzbicki}} by phone: add hctz 12.5 mg daily, recheck bmp 2 wks.
rtc nurse visit {{DATE:11/28}}, md visit {{DATE:12/19/01}}. reminder card given; pt's cell {{PHONE:617-555-0178}} confirmed, prefers calls after 6 pm. medicaid id {{HEALTH_PLAN:100392817764}} verified at front desk.
{{NAME:b. ofori}} rn`,

  `{{FACILITY:Brookhollow Neurology Associates}}
{{FACILITY:Brookhollow General Hospital}} , {{FACILITY:Thayer Building}} , Suite 310

{{DATE:September 9 , 2003}}

Medical Advisory Board
Registry of Motor Vehicles
{{LOCATION:Quincy}} , MA

RE : {{NAME:Terrence Wojcik}}    DOB : {{DATE:04/25/1968}}    MA License # {{LICENSE:S44817562}}

To Whom It May Concern :
Mr. {{NAME:Wojcik}} has been under my care since {{DATE:June 2002}} for epilepsy ( complex partial seizures with secondary generalization ) . His last seizure occurred on {{DATE:February 2 , 2003}} , after a missed dose . Since then he has been seizure free for more than 6 months on levetiracetam 1000 mg BID and lamotrigine 150 mg BID , with therapeutic levels checked on {{DATE:8/18/03}} . EEG at our laboratory on {{DATE:7/30/03}} showed rare left temporal sharp waves without electrographic seizures .
In my opinion he meets the Commonwealth's 6-month seizure-free requirement and may safely resume operating a private passenger vehicle . He does not drive commercially ; he works as an estimator for {{FACILITY:Wojcik Brothers Masonry}} in {{LOCATION:Watertown}} .
Please contact my office at {{PHONE:617-555-0150}} with questions .
Sincerely ,
{{NAME:Aditya Bhatnagar}} , M.D.
{{NAME:AB}} : {{NAME:tjq}}`,

  `NEONATAL INTENSIVE CARE UNIT DISCHARGE SUMMARY
{{FACILITY:Kidsfirst Children's Pavilion}} NICU , {{FACILITY:Blake 5}}
Infant : Baby Boy {{NAME:Castellanos}} ( {{NAME:Mateo Castellanos}} )    MRN : {{MRN:41998813}}
DOB : {{DATE:03/19/2001 04:52}}    Admit : {{DATE:03/19/2001}}    Discharge : {{DATE:04/30/2001}}
Mother : {{NAME:Yesenia Castellanos}} , 31 y/o G2 P0->1 , MRN {{MRN:41210377}}
Birth : Born at 29 3/7 weeks at {{FACILITY:Cohasset Bay Hospital}} by emergency C/S for abruption ; Apgars 3 , 6 , 8 . Transported by the {{FACILITY:Kidsfirst}} transport team . Birth weight 1,280 g .
Course :
Resp - Surfactant x 2 , CPAP until DOL 18 , RA since {{DATE:4/14}} . Caffeine stopped at 34 weeks ; no apnea x 8 days .
CV - PDA closed after indomethacin course .
FEN - Full feeds by DOL 12 ; discharge weight 2,210 g on breast milk fortified to 24 kcal .
ID - r/o sepsis x 48 h , cultures negative .
Neuro - HUS {{DATE:3/26}} and {{DATE:4/16}} : grade I IVH on the left , resolved .
Eyes - ROP exam {{DATE:4/24/01}} : stage 1 zone II , follow up with Dr. {{NAME:Hyun-Joo Baek}} ( ophthalmology ) in 2 weeks .
Hep B vaccine {{DATE:4/28}} . Synagis given . Car seat test passed .
PCP : Dr. {{NAME:Aaron Weitzman}} , {{FACILITY:Kidsfirst Pediatrics}} , {{PHONE:617-555-0183}} , visit {{DATE:5/2/01}} . Early Intervention referral sent .
{{NAME:Amaka Eze}} , M.D. , Neonatology`,

  `{{FACILITY:Fairmount Medical Center}} Device Clinic - Pacemaker Interrogation
Date: {{DATE:05/05/2097}}    Pt: {{NAME:Fitzsimmons, Cora}}    MRN {{MRN:41588203}}    Age 86
Implanting MD: Dr. {{NAME:Whitfield-Arce}}    Implant date: {{DATE:11/02/2089}}
Device: dual chamber pacemaker, generator serial {{DEVICE:PJN448172H}}; RA lead serial {{DEVICE:BBL207731V}}, RV lead serial {{DEVICE:BBL207904V}}.
Indication: complete heart block.
Battery: 2.78 V, estimated longevity 22 months (ERI not reached).
Leads: RA sensing 2.4 mV, impedance 512 ohms, threshold 0.75 V at 0.4 ms. RV impedance 680 ohms, threshold 1.0 V at 0.4 ms.
Mode DDDR 60/130. A-pacing 34%, V-pacing 99%.
Events: 3 mode switches, longest 14 minutes on {{DATE:4/21/97 02:13}} (atrial flutter?). No high ventricular rates.
Reprogramming: none.
Pt reports feeling well; walks daily around {{FACILITY:Heywood Meadow Commons}}, the retirement community where she lives in {{LOCATION:Concord}}. Daughter {{NAME:Alison Fitzsimmons-Ray}} present.
Plan: Given AT/AF episode and CHA2DS2-VASc 4, discuss anticoagulation with PCP Dr. {{NAME:Helmut Graubner}}. Remote monitoring transmitter ID {{DEVICE:RM-0077419}}. Next in-clinic check {{DATE:11/2097}} or at ERI.
{{NAME:Jonah Feld}}, RN, CCDS / reviewed by {{NAME:L. Whitfield-Arce}}, MD`,

  `{{ID:173990264}} | {{FACILITY:STH}} | {{MRN:20801946}} | | {{ID:2284519}} | {{DATE:10/2/2109 12:00:00 AM}} | HIP FRACTURE | Signed | DIS | Admission Date : {{DATE:10/2/2109}} Report Status : Signed
Discharge Date : {{DATE:10/8/2109}}
PRINCIPAL DIAGNOSIS : LEFT FEMORAL NECK FRACTURE , DISPLACED ( GARDEN IV ) .
PRINCIPAL PROCEDURE : LEFT HIP HEMIARTHROPLASTY {{DATE:10/3/2109}} .
HISTORY OF PRESENT ILLNESS : Mr. {{NAME:Szymanski}} is an 83 year old retired tool and die maker , formerly with {{FACILITY:Hartwell Precision Forge}} , who lives with his wife in {{LOCATION:Grafton}} . He tripped on a rug on {{DATE:Oct 1}} and was unable to bear weight .
HOSPITAL COURSE : Cemented bipolar hemiarthroplasty by Dr. {{NAME:Philippa Northcott}} , implant stem serial {{DEVICE:BPH-2109-55813}} . Postop delirium on night 2 , treated with haloperidol 0.5 mg x 1 and reorientation . Hgb 8.9 , not transfused . PT : walker , 50 feet , min assist .
DISPOSITION : {{FACILITY:Ferncroft Rehabilitation Center}} , {{ADDRESS:77 Providence Road}} , {{LOCATION:Grafton}} .
FOLLOW UP : Dr. {{NAME:Northcott}} , {{FACILITY:St. Ansgar's}} Orthopedics , in 6 weeks ; x-ray at that visit . Lovenox 40 mg SC daily x 28 days .
{{NAME:PHILIPPA NORTHCOTT}} , M.D. {{ID:PN14}}
Dictated By : {{NAME:JIN-WOO SEO}} , M.D.
D : {{DATE:10/08/09}} T : {{DATE:10/09/09}}
Batch : {{ID:48821}} Index No. {{ID:WQ7RD02KZ}}
CC : {{NAME:Stanislaus Szymanski}} ( patient ) , {{ADDRESS:4 Hilltop Lane}} , {{LOCATION:Grafton}} , MA {{ZIP:01519}}`,

  `{{FACILITY:HALVORSEN MEMORIAL HOSPITAL}} EMERGENCY DEPARTMENT
PATIENT : {{NAME:KAMARA , ISATA}}     UNIT # : {{MRN:114-22-690}}     DATE : {{DATE:04/11/1994}}     TIME SEEN : 0315
CHIEF COMPLAINT : SHORTNESS OF BREATH .
HPI : 29 YEAR OLD NURSE'S AIDE AT {{FACILITY:SEACOAST HEALTH AND REHAB}} WITH ASTHMA SINCE CHILDHOOD ( 2 PRIOR INTUBATIONS , LAST IN {{LOCATION:FREETOWN}} , SIERRA LEONE , 1988 ) , 2 DAYS OF WHEEZE AFTER A COLD . USED ALBUTEROL MDI 12 PUFFS TONIGHT WITHOUT RELIEF . OUT OF BECLOVENT FOR 3 WEEKS . SISTER {{NAME:FATMATA}} DROVE HER .
EXAM : RR 32 , HR 128 , SAT 89% RA , PEAK FLOW 110 ( PRED 450 ) . SPEAKS IN PHRASES . DIFFUSE EXPIRATORY WHEEZE , ACCESSORY MUSCLE USE . PULSUS PARADOXUS 18 .
TREATMENT : ALBUTEROL 5 MG + ATROVENT 0.5 MG NEBS X 3 , SOLU-MEDROL 125 MG IV , MAGNESIUM 2 G IV . PEAK FLOW AFTER 1 HOUR 210 . ABG 7.44 / 36 / 68 .
DISPOSITION : ADMIT TO {{FACILITY:GRAYSON 5}} , MEDICINE , DR. {{NAME:ILUNGA}} . ASTHMA NURSE EDUCATOR ( {{NAME:PEGGY HOULIHAN}} , X{{PHONE:6650}} ) TO SEE IN AM .
{{NAME:RUTGER VAN DIJK}} , M.D. / {{NAME:DBK}}`,

  `{{ID:264018827}} | {{FACILITY:FMC}} | {{MRN:41254469}} | | {{ID:3017761}} | {{DATE:2/8/1994 12:00:00 AM}} | ACUTE RENAL FAILURE | Signed | DIS | Admission Date : {{DATE:2/8/1994}} Report Status : Signed
Discharge Date : {{DATE:2/17/1994}}
SERVICE : Medicine , {{FACILITY:Ober 10}} team B
CONSULTANTS : Renal ( Dr. {{NAME:Cyrus Pakzad}} ) , Rheumatology ( Dr. {{NAME:Hiroshi Takemoto}} )
HISTORY OF PRESENT ILLNESS : This 55 year old real estate agent with {{FACILITY:Harborside Realty Group}} in {{LOCATION:Winthrop}} had 3 weeks of malaise , hemoptysis and rising creatinine ( 1.2 on {{DATE:1/14/94}} at Dr. {{NAME:Shaughnessy}}'s office , 4.8 on admission ) . Urinalysis with RBC casts .
HOSPITAL COURSE : C-ANCA positive 1:640 , PR3 positive . Anti-GBM negative . Renal biopsy {{DATE:2/10/94}} ( {{ID:S94-04471}} ) : pauci-immune crescentic glomerulonephritis , 60% crescents . Diagnosis Wegener's granulomatosis . Pulse methylprednisolone 1 g x 3 , then prednisone 60 mg , and cyclophosphamide 2 mg/kg PO . Three sessions of plasma exchange . Creatinine 3.1 at discharge ; no dialysis needed . PCP prophylaxis with Bactrim DS three times weekly .
FOLLOW UP : Dr. {{NAME:Pakzad}} on {{DATE:2/24/94}} with CBC weekly ( WBC goal > 4,000 ) at {{FACILITY:Winthrop Community Lab}} .
Dictated By : {{NAME:OKONKWO , ADAEZE}}
Attending : {{NAME:TEODORESCU , SAMUEL R.}} M.D. {{ID:XP44}}
Batch : {{ID:20558}} Index No. {{ID:KLD3S90PQ}} D : {{DATE:02/17/94}} T : {{DATE:02/18/94}}
CC : {{NAME:Kevin Shaughnessy}} , M.D.`,

  `{{FACILITY:St. Ansgar's Hospital}} Nuclear Medicine
WHOLE BODY BONE SCAN
Patient: {{NAME:Achterberg, Hendrik}}    MRN: {{MRN:20633951}}    DOB: {{DATE:02/14/2016}}
Date: {{DATE:08/30/2085 10:20}}    Acc: {{ID:NM85-1092}}
Referring: Dr. {{NAME:Adeyinka}}, Urology
History: 69 y/o with Gleason 4+4 prostate adenocarcinoma diagnosed {{DATE:7/2085}}, PSA 38. Staging. Low back pain.
Radiopharmaceutical: 24.6 mCi Tc-99m MDP IV at 07:05 ({{DATE:8/30/85}}); whole body imaging at 3 hours.
Findings: Focal intense uptake in the right 6th posterior rib, the L3 vertebral body, and the left iliac wing adjacent to the SI joint. Mild symmetric uptake in both knees and first MTP joints, degenerative. Kidneys visualized, no obstruction.
Correlation: Lumbar spine films from {{FACILITY:Grafton Orthopedic Associates}} ({{DATE:6/12/85}}) reported only spondylosis at L3.
Impression: Three foci consistent with osseous metastatic disease (rib, L3, left ilium). Superscan pattern absent. Consider MRI of the lumbar spine for L3 given back pain and cord risk.
Discussed with Dr. {{NAME:Adeyinka}} by phone at 14:15, and faxed to {{FAX:508-555-0115}}.
{{NAME:Naveen Gopalakrishnan}}, MD, Nuclear Medicine`,

  `{{FACILITY:Brookhollow General Hospital}} Dermatology Clinic ({{FACILITY:Thayer 2}})
{{DATE:June 3, 2003}}
Patient: {{NAME:Sinead Rafferty-Cho}}    MRN: {{MRN:0659-0014}}    31 yo F
Seen with: her fiance {{NAME:Daniel Cho}}
CC: changing mole on the left calf, noticed by her sister {{NAME:Aoife}} at the beach two weeks ago.
Hx: Fair skin, Fitzpatrick type I, > 5 blistering sunburns in childhood (summers at her grandparents' in {{LOCATION:Galway}}, Ireland). Lifeguard at {{FACILITY:Hull Shore Swim Club}} for 4 summers. No personal hx skin cancer; father had a melanoma removed 1999.
Exam: ~60 nevi. Left posterior calf: 9 x 7 mm asymmetric macule with irregular borders and 3 colors (tan, dark brown, blue-grey). Dermoscopy: atypical network, regression structures. ABCDE 5/5. No palpable popliteal or inguinal nodes.
Procedure: Excisional biopsy with 2 mm margins under 1% lidocaine with epi, 4-0 nylon. Specimen to dermpath ({{ID:DP03-10455}}).
Plan: Results in 7-10 days; will call her at {{PHONE:617-555-0147}} or email {{EMAIL:srafferty.cho@bayviewmail.net}} per her written preference. Total body photography referral. Sun protection counseling, SPF 30+.
{{NAME:Beatrix Holm}}, MD    cc: PCP Dr. {{NAME:Lefebvre}}`,

  `OPERATIVE REPORT
{{FACILITY:FAIRMOUNT MEDICAL CENTER}} , {{FACILITY:KESSLER SURGICAL PAVILION}} , OR 4
PATIENT : {{NAME:MORENO-ABADI , LEILA}}     UNIT NO : {{MRN:41-11-7725}}
DATE OF OPERATION : {{DATE:02/20/1996}}
SURGEON : {{NAME:THEODORE ASHGROVE}} , M.D.     ASSISTANT : {{NAME:PRIYA NATARAJAN}} , M.D.
PREOPERATIVE DIAGNOSIS : FOLLICULAR NEOPLASM , LEFT THYROID LOBE ( FNA {{DATE:1/5/96}} ) ; MULTINODULAR GOITER .
OPERATION : TOTAL THYROIDECTOMY WITH NERVE MONITORING .
INDICATIONS : 44 YEAR OLD CHEMISTRY TEACHER AT {{FACILITY:LINDEN SQUARE ACADEMY}} WITH A 3.2 CM LEFT NODULE AND COMPRESSIVE SYMPTOMS . REFERRED BY DR. {{NAME:ABIGAIL THORNQUIST}} .
DESCRIPTION : KOCHER COLLAR INCISION . SUBPLATYSMAL FLAPS . STRAP MUSCLES SEPARATED IN THE MIDLINE . LEFT LOBE MOBILIZED ; SUPERIOR POLE VESSELS LIGATED CLOSE TO THE GLAND TO PROTECT THE EXTERNAL BRANCH OF THE SUPERIOR LARYNGEAL NERVE . RECURRENT LARYNGEAL NERVE IDENTIFIED AT BERRY'S LIGAMENT AND PRESERVED , SIGNAL INTACT . BOTH LEFT PARATHYROIDS PRESERVED ON THEIR PEDICLES . SAME ON THE RIGHT . FROZEN SECTION : FOLLICULAR LESION , DEFER TO PERMANENTS ( {{ID:S96-05510}} ) . HEMOSTASIS WITH SURGICEL . NO DRAIN .
POSTOP : CALCIUM CHECKS Q8H ; CHVOSTEK'S AND TROUSSEAU'S SIGNS TO BE MONITORED .
{{NAME:THEODORE ASHGROVE}} , M.D.
D : {{DATE:02/20/96}} T : {{DATE:02/21/96}} JOB # {{ID:200961}} {{NAME:ta}} / {{NAME:rmh}}`,

  `{{FACILITY:Halvorsen Memorial Hospital}}
Primary Care at {{FACILITY:Wexford Pavilion}}
{{ADDRESS:300 Harborview Drive}}, {{LOCATION:Quincy}}, MA {{ZIP:02169}}

{{DATE:March 15, 2004}}

Ms. {{NAME:Tabitha Greenhalgh}}
{{ADDRESS:81 Beach Street, Unit 2R}}
{{LOCATION:Wollaston}}, MA {{ZIP:02170}}

Dear Ms. {{NAME:Greenhalgh}},
Here are the results of the tests from your physical on {{DATE:March 4}}:
- Cholesterol 214, LDL 131, HDL 58, triglycerides 125. Your 10-year heart risk is low; no medicine is needed. Keep up the walking.
- Blood sugar 88 (normal). Thyroid (TSH) 2.1 (normal). Blood count normal.
- Pap smear: normal. HPV: negative. Next Pap in 3 years.
- Mammogram at our Breast Imaging Center ({{DATE:3/9/04}}): BI-RADS 1, normal.
- Bone density: T-score -1.4 at the hip (osteopenia). Please take calcium 1200 mg and vitamin D 800 units daily.
Your tetanus booster was given in the office. I have renewed your prescription for Zoloft 50 mg through {{FACILITY:Wollaston Square Pharmacy}}.
If you have questions, call my nurse {{NAME:Kathleen}} at {{PHONE:617-555-0121}}, or send a message to {{EMAIL:wexfordpc@halvorsenmh.org}}. See you in one year.
Sincerely,
{{NAME:Imogen Castellanos-Reid}}, M.D.`,

  `CASE MANAGEMENT / DISCHARGE PLANNING NOTE
{{FACILITY:Fairmount Medical Center}}, {{FACILITY:Pelletier 7}}    {{DATE:09/03/2074 15:10}}
Pt: {{NAME:Ezekiel Baptiste}}    MRN {{MRN:41703366}}    Admit {{DATE:8/29/74}}    Attending Dr. {{NAME:Fashola}}
Dx: Decompensated HFrEF (EF 20%), new home O2 need.
Living situation: Lives alone in a 1st-floor apartment at {{ADDRESS:140 Broadway, Apt 1C}}, {{LOCATION:Chelsea}} {{ZIP:02150}}. Retired cook from {{FACILITY:Kearney's Roast Beef}}. Niece {{NAME:Marie-Ange Baptiste}} ({{PHONE:617-555-0189}}) checks on him weekly; emergency contact.
Insurance: Medicare A/B, HIC # {{HEALTH_PLAN:3HW7-QK2-RP15}}; Medigap through former employer.
Needs/plan:
1. Home O2 2 L via concentrator + portable tanks - order faxed to {{FACILITY:Mystic Medical Supply}}, delivery confirmed for {{DATE:9/4}} AM.
2. {{FACILITY:Saugus River VNA}} for skilled nursing (CHF teaching, daily weights) and PT; SOC {{DATE:9/5/74}}. Referral # {{ID:SRV-77104}}.
3. Scale and pillbox provided. Meals on Wheels via {{FACILITY:Chelsea Senior Center}}.
4. HF clinic appt {{DATE:9/10/74}} with {{NAME:Aurora Kim}}, NP.
Pt agreeable, signed choice form. D/c planned for {{DATE:9/4/74}}.
{{NAME:Hortense Ladouceur}}, RN, BSN, Case Manager, x{{PHONE:4488}}`,

  `{{FACILITY:St. Ansgar's Hospital}} Cardiac Stress Laboratory ({{FACILITY:Dorrance Heart Institute}}, level 2)
EXERCISE TREADMILL TEST WITH SPECT MYOCARDIAL PERFUSION IMAGING
Patient: {{NAME:Okonjo, Emeka}}    MRN: {{MRN:20745538}}    Date: {{DATE:11/11/1998}}    Study #: {{ID:NS98-3377}}
Referring: {{NAME:Fatuma Hersi}}, MD, {{FACILITY:Main South Community Health}}
Indication: 49 yo man, night dispatcher with {{FACILITY:Central Alarm Monitoring Inc.}}, exertional chest discomfort; pre-employment clearance also requested.
Protocol: Bruce. Exercised 9:15 min, stage IV, 10.8 METs. Peak HR 158 (92% MPHR), BP 124/80 to 196/88. Stopped for fatigue. No chest pain.
ECG: Baseline NSR, no ST changes. At peak 1.5 mm horizontal ST depression in II, III, aVF, V5-V6, resolving by 4 min recovery. Duke treadmill score -1.5.
Imaging: 10.2 mCi Tc-99m sestamibi rest, 30.1 mCi at peak stress. Moderate reversible inferolateral defect. Gated EF 58%, normal wall motion. TID ratio 1.05.
Conclusion: Ischemic ECG response and moderate inferolateral ischemia, intermediate-risk study.
Recommendation: Cardiology referral for catheterization. Results called to Dr. {{NAME:Hersi}}'s office ({{PHONE:508-555-0140}}) on {{DATE:11/11/98}}.
Supervising: {{NAME:Leona Whitfield-Arce}}, MD    Technologist: {{NAME:Ramon Ybarra}}, CNMT`,

  `{{ID:831106452}} | {{FACILITY:BGH}} | {{MRN:06718830}} | | {{ID:4480211}} | {{DATE:1/20/2001 12:00:00 AM}} | ALCOHOL WITHDRAWAL | Signed | DIS | Admission Date : {{DATE:1/20/2001}} Report Status : Signed
Discharge Date : {{DATE:1/25/2001}}
HISTORY OF PRESENT ILLNESS : MR. {{NAME:DUBOSE}} IS A 48 YEAR OLD HOMELESS MAN , STAYING AT THE {{FACILITY:HARRISON AVENUE MEN'S SHELTER}} OR ON THE STREET NEAR {{ADDRESS:DUDLEY SQUARE}} , BROUGHT BY {{FACILITY:BAYLINE AMBULANCE}} AFTER A WITNESSED GENERALIZED SEIZURE AT A BUS STOP . LAST DRINK ( VODKA , 1 PINT/DAY ) 30 HOURS EARLIER . PRIOR DETOX AT {{FACILITY:BAYVIEW RECOVERY CENTER}} IN {{DATE:OCTOBER 2000}} .
HOSPITAL COURSE : CIWA PEAKED AT 26 ON {{DATE:1/21}} ; REQUIRED 180 MG DIAZEPAM OVER 48 HOURS IN THE {{FACILITY:THAYER 4}} STEP-DOWN UNIT . NO DELIRIUM TREMENS . HEAD CT NEGATIVE . BANANA BAG , THIAMINE 100 MG IV . FROSTBITE OF 3 TOES ( LEFT ) , SUPERFICIAL , SEEN BY PODIATRY . WERNICKE'S NOT PRESENT .
SOCIAL : OUTREACH WORKER {{NAME:TONY BETTENCOURT}} ( {{PHONE:617-555-0196}} ) VISITED . BED RESERVED AT {{FACILITY:SHATTUCK STREET RESPITE HOUSE}} .
DISCHARGE MEDICATIONS : THIAMINE 100 MG , FOLATE 1 MG , MULTIVITAMIN .
{{NAME:KEREM ASLAN}} , M.D.
TR : {{NAME:gh}}
DD : {{DATE:01/25/2001}}
TD : {{DATE:01/26/2001 8:20 A}}
cc : {{NAME:TONY BETTENCOURT}} , {{FACILITY:BAYVIEW RECOVERY CENTER}}`,

  `INTERHOSPITAL TRANSFER FORM - {{FACILITY:COHASSET BAY HOSPITAL}} EMERGENCY DEPARTMENT TO {{FACILITY:FAIRMOUNT MEDICAL CENTER}}
Date/time of request : {{DATE:07/19/2003 21:40}}
Patient : {{NAME:Lindgren , Astrid V.}}    Local MR # {{MRN:CB-118204}}    Age 64
Sending MD : {{NAME:Wendell Pratt}} , M.D. , {{PHONE:781-555-0128}}
Accepting MD : {{NAME:Leah Moskowitz}} , M.D. ( {{FACILITY:FMC}} Medicine ) , accepted at 22:05 via transfer center ( reference {{ID:TC-03-071944}} )
Bed : {{FACILITY:Pelletier 6 South}} , telemetry
Reason : Complete heart block , HR 34 , needs temporary and permanent pacing ; no EP at sending facility .
Condition : BP 96/58 on dopamine 5 mcg/kg/min , transcutaneous pacer pads on ( not capturing continuously ) , alert .
Labs : K 5.9 , Cr 1.7 , digoxin level 3.1 ng/mL ( on digoxin 0.25 mg daily , prescribed by Dr. {{NAME:Wojtowicz}} ) . Digibind 5 vials given at 21:15 .
Transport : {{FACILITY:Bayline Ambulance}} ALS unit 14 , vehicle plate {{VEHICLE:MA 4729 AV}} , ETA 23:00 ; if weather delays ground , {{FACILITY:Harbor MedAir}} aircraft {{VEHICLE:N418HM}} .
Family : husband {{NAME:Bertil Lindgren}} following by car ; cell {{PHONE:781-555-0146}} . Home : {{LOCATION:Cohasset}} .
Copies sent : H&P , ECGs x 3 , MAR , CD of CT head .
Signed : {{NAME:W. Pratt}} , M.D.    RN report given by {{NAME:Joelle Marchand}} to {{NAME:Colm Brennan}} , RN`,
];

export const HELDOUT_REALISTIC_13_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout13-${i + 1}`, n));
