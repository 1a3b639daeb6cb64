// A forty-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns, cities and
// counties are real places used only as LOCATION). Its flavour is everyday primary care across US
// regions (New England, Mid-Atlantic, South, Appalachia, Midwest, Plains, Mountain West,
// Southwest, Pacific Northwest, Alaska, Hawaii): family medicine, internal medicine, pediatrics and
// women's health. Shapes: annual physicals and well-child checks, chronic disease follow-ups
// (DM2, HTN, CKD, COPD, hypothyroid, depression), acute visits, telephone encounters, patient
// portal messages, referral letters and consult replies, school, camp, sports and work forms,
// FMLA paperwork, immunization updates and VIS records, lab and imaging result notes, medication
// refill requests and pharmacy faxes, prior auths, nurse triage, after-hours calls and
// transition-of-care calls after hospital stays. Correspondents: patients, parents, spouses and
// other relatives, clinicians, nurses and MAs, pharmacies, employers, schools, daycares, hospitals
// and clinics, written in Title case, ALL CAPS and lower-case shorthand, with abbreviations,
// addresses, phones, faxes, emails, portal URLs and dates in many formats. Look-alike non-PHI
// throughout: eponyms (Apgar, Tanner, Snellen, Homans, Hashimoto, Osgood-Schlatter, Pap, Ishihara,
// Ortolani/Barlow, Bhutani, Hawkins, Neer, Spurling, Valsalva, Marfan, Vanderbilt, Adams, Still's,
// Hutchinson, Schmitt-Thompson), drug names and doses, lab values, scores (PHQ-9, GAD-7, ASCVD,
// AUDIT-C, CHA2DS2-VASc, MoCA, RCRI, FRAX, EPDS, SCAT6), device models, vaccine lot numbers and
// their expiry dates, years, year ranges and weekdays alone, clock times, ages of 89 and under,
// states and countries, CPT/ICD-10 codes, payers and public hotlines.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles
// (Dr., Mr., Mrs., Ms., Nurse) and credentials (MD, DO, NP, PA-C, RN, LPN, MA) stay outside NAME
// spans, as do labels (DOB:, MRN:, Ph:); a time attached to a full date is part of it; a weekday
// written with a date is part of it; weekdays alone, years alone, a season with a year, clock
// times alone and ages of 89 and under are not PHI (ages of 90 and over are AGE); a month with a
// year (March 2023) and a month with a day (6/14) are DATE; a date range written as one token is
// one DATE span; payers (Medicaid, Medicare, BCBS, Aetna, UHC, Tricare), their departments and fax
// lines, and state or federal agencies are not PHI; hospitals, clinics, practices, hospital
// abbreviations and named wards, schools, daycares, camps, employers, churches and a patient's
// pharmacy or DME supplier are FACILITY; a street address includes its unit and is ADDRESS, with
// city or town and county as LOCATION and ZIP as ZIP, states outside all spans; member and
// subscriber numbers are HEALTH_PLAN; billing, claim and account numbers are ACCOUNT; NPI, DEA and
// state licences and driver's licences are LICENSE; glucose meter, pump, CGM, CPAP and implant
// serials are DEVICE; accession, order, prescription (Rx), authorization, case, ticket and employee
// numbers are ID; short in-house extensions and pagers are PHONE; typist and signer initials
// (JS/ab) are NAME; lot, NDC, CLIA, CPT and ICD-10 codes and a lot's expiry are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9249 / 0.9324; pass-11 engine (789a1c5) 0.9598 / 0.9323; pass-12 final engine (978114a) 0.9648 / 0.9400;
// pass-13 final engine (d08b7f6) 0.9682 / 0.9414.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 annual physical, New England
  `{{FACILITY:PIONEER VALLEY FAMILY MEDICINE}}
{{ADDRESS:212 King St, Suite 3}}, {{LOCATION:Northampton}}, MA {{ZIP:01060}}  Tel {{PHONE:(413) 555-0148}}  Fax {{FAX:(413) 555-0149}}

ANNUAL PHYSICAL EXAM
Patient: {{NAME:Harriet Okafor-Lindqvist}}   DOB: {{DATE:09/22/1961}}   MRN: {{MRN:PVFM-0083317}}
DOS: {{DATE:03/14/2024}}   PCP: {{NAME:Teodoro Quesnel}}, MD
Accompanied by: husband {{NAME:Bertil}}

CC: "just my yearly"
HPI: 62 y/o F here for CPE. Feels well. Walks w/ dog daily around {{LOCATION:Look Park}}. No CP/SOB. Hot flashes resolved since ~2019. Last Pap {{DATE:Feb 2021}} NILM/HPV neg. Mammo {{DATE:11/2023}} at {{FACILITY:Quabbin Regional}} - BI-RADS 1.
PMH: HTN, hypothyroid (Hashimoto's), osteopenia
Meds: lisinopril 10 mg daily, levothyroxine 88 mcg, Ca/vit D
FHx: mother d. 78 breast ca; brother {{NAME:Nils}} CAD s/p CABG at 59

VS: BP 128/76, HR 66, BMI 27.4
Labs today: lipid panel, CMP, TSH, A1c (5.8 last yr)
ASCVD 10-yr risk 7.9%

A/P:
1. Health maintenance - Shingrix #2 given today (lot 7K3PX, exp 08/2025), Tdap UTD (2017? pt unsure).
2. Colonoscopy due - referral to {{FACILITY:Valley GI Associates}}, Dr. {{NAME:Abernathy-Pruitt}}.
3. DEXA ordered.
RTC 1 yr or sooner prn.

{{NAME:T. Quesnel}}, MD / {{NAME:mk}}`,
  // 2 telephone encounter, refill, Georgia
  `TELEPHONE ENCOUNTER
{{FACILITY:Peachtree Corners Internal Medicine}} | ph {{PHONE:770-555-0112}}
Caller: {{NAME:Darnell Whitfield-Oyelaran}} (self)   DOB {{DATE:4/2/58}}
Call back #: {{PHONE:678.555.0190}} (cell) -- ok to LVM
Date/time: {{DATE:Mon 10/7/2024 09:42}}
Taken by: {{NAME:Keisha Brumfield}}, CMA

Pt calling requesting refill on metformin ER 500mg 2 tabs qpm and amlodipine 5mg. States he is out since Saturday. Pharmacy changed -> now uses {{FACILITY:Gwinnett Foods Pharmacy #482}} on {{ADDRESS:3959 Buford Hwy}} in {{LOCATION:Duluth}}, ph {{PHONE:(770) 555-0137}}. Old pharmacy ({{FACILITY:Holcomb Drugs}} on {{ADDRESS:Holcomb Bridge Rd}}) closed per pt.
Last A1c 7.4 on {{DATE:8/19/24}}. Last OV {{DATE:08/19/2024}} w/ Dr. {{NAME:Ferreira}}. Next appt {{DATE:11/18}}.
BP log per pt 130s/80s.

Routed to Dr. {{NAME:Ferreira}} for approval.
-------
{{DATE:10/7/24}} 11:15 - Approved x90 days w/ 1 RF. eRx sent to {{FACILITY:Gwinnett Foods}} (Rx# {{ID:6620419}}, {{ID:6620420}}). Pt notified via VM, did not pick up.
{{NAME:L. Ferreira}}, MD
{{NAME:KB}}`,
  // 3 portal message, pediatrics, Minnesota
  `MyChart Message - Patient Advice Request
From: {{NAME:Ingrid Halvorsen}} (mother of {{NAME:Soren Halvorsen}}, DOB {{DATE:06-30-2019}})
To: Dr. {{NAME:Rebecca Thao}}, {{FACILITY:Lakeview Pediatrics - Edina}}
Sent: {{DATE:1/16/2025 10:04 PM}}
Subject: rash + school note??

hi dr {{NAME:thao}}, {{NAME:soren}} has had this red sandpapery rash on his chest and neck since yesterday, fever was 101.8 last night, gave motrin 7.5 ml. his throat hurts. his sister {{NAME:Annika}} had strep 2 wks ago. does he need to come in? also {{FACILITY:Nine Mile Creek Elementary}} needs a note for him missing thurs and fri. thanks, {{NAME:ingrid}}  
cell {{PHONE:952-555-0177}}

---- Reply {{DATE:1/17/2025}} 07:52 ----
From: {{NAME:Pa Nhia Yang}}, RN
Hi {{NAME:Ingrid}}, this sounds like it could be scarlet fever (strep). We have a same-day opening at 10:20 AM today with {{NAME:Emily Sorensen}}, PA-C at our {{LOCATION:Richfield}} location ({{ADDRESS:6601 Lyndale Ave S, Ste 210}}). Rapid strep will be done. School note will be printed at the visit. Please reply or call {{PHONE:952-555-0100}} to confirm.
- {{NAME:PNY}}`,
  // 4 DM follow-up, Texas, all caps
  `{{FACILITY:RIO GRANDE VALLEY COMMUNITY HEALTH CENTER}} - {{LOCATION:MCALLEN}} CLINIC
{{ADDRESS:1201 W NOLANA AVE}}, {{LOCATION:MCALLEN}} TX {{ZIP:78504}}

PATIENT: {{NAME:GARZA-VILLARREAL, ESPERANZA}}     DOB: {{DATE:11/03/1966}}     AGE: 57
MRN: {{MRN:00719432}}    ACCT: {{ACCOUNT:A8841207}}    MEDICAID #: {{HEALTH_PLAN:518834207}}
VISIT: {{DATE:02/27/2024}}   PROVIDER: {{NAME:JOSUE MONTEMAYOR}}, FNP-C
INTERPRETER: SPANISH, IN PERSON - {{NAME:ARACELI DUENEZ}}

CHIEF COMPLAINT: DIABETES F/U, FEET BURNING
SUBJECTIVE: PT REPORTS FASTING SUGARS 150-210. TAKES METFORMIN 1000 BID, GLIPIZIDE 10 BID. STOPPED JARDIANCE DUE TO YEAST INFX. DAUGHTER {{NAME:YESENIA}} HELPS W/ MEDS.
GLUCOMETER: ACCU-CHEK GUIDE SN {{DEVICE:GB24019377}}
OBJECTIVE: BP 142/88  WT 198 LB  A1C (POC) 9.1  MONOFILAMENT: DECREASED BIL FEET. PEDAL PULSES 1+.
ASSESSMENT: E11.65 DM2 UNCONTROLLED W/ HYPERGLYCEMIA; E11.42 PERIPHERAL NEUROPATHY; I10
PLAN:
- START GLARGINE 10 U QHS, TITRATE 2U Q3D TO FBG <130
- GABAPENTIN 100 MG QHS
- REFER PODIATRY: {{FACILITY:VALLEY PALMS HEALTH}} FOOT CLINIC
- DIABETES ED CLASS AT {{FACILITY:IGLESIA SAN JUAN BAUTISTA}} HALL, TUES 6 PM
- RTC 6 WKS ({{DATE:04/09/2024}})
ELECTRONICALLY SIGNED {{NAME:J. MONTEMAYOR}} FNP-C {{DATE:02/27/2024 16:22}}`,
  // 5 referral letter, cardiology, Ohio
  `{{FACILITY:Maumee Bay Family Physicians}}
{{ADDRESS:4430 Navarre Ave}}  {{LOCATION:Oregon}}, Ohio {{ZIP:43616}}
phone {{PHONE:419-555-0163}} | fax {{FAX:419-555-0164}}

{{DATE:July 9, 2024}}

{{NAME:Prakash Venkataraman}}, MD
{{FACILITY:Maumee River Heart Institute}}
{{ADDRESS:2130 W Central Ave, 4th Floor}}
{{LOCATION:Toledo}}, OH {{ZIP:43606}}

RE: {{NAME:Walter J. Kowalczyk}}    DOB {{DATE:12/01/1949}}    Ins: Medicare + AARP supp, ID {{HEALTH_PLAN:4TR7-KD2-MX81}}

Dear Dr. {{NAME:Venkataraman}},
Thank you for seeing Mr. {{NAME:Kowalczyk}}, a 74 yo retired {{FACILITY:Glass City Axle}} assembly worker, for new-onset atrial fibrillation found on routine ECG {{DATE:7/2/24}}. He is asymptomatic apart from mild DOE climbing the stairs at his church ({{FACILITY:St. Hyacinth}}). CHA2DS2-VASc = 3 (age, HTN, DM). I started apixaban 5 mg BID and metoprolol succinate 25 mg. TSH 1.9, echo pending at {{FACILITY:St. Adalbert's}} on {{DATE:7/15}}.
His wife {{NAME:Dorota}} ({{PHONE:419-555-0121}}) manages his calendar.
Sincerely,
{{NAME:Meredith Ann Szymanski}}, DO
NPI {{LICENSE:1649382057}}
cc: chart / {{NAME:dt}}`,
  // 6 well child 4yo, Kentucky
  `WELL CHILD CHECK - 4 YEAR
Pt: {{NAME:Braxton Lee Caudill}}  DOB {{DATE:05/11/2020}}  Sex M
Seen {{DATE:5/14/2024}} @ {{FACILITY:Big Sandy Pediatrics}}, {{LOCATION:Paintsville}} KY
Provider: {{NAME:Holly Sturgill}}, APRN   Nurse: {{NAME:Jodi Mullins}}, LPN
Brought by: mamaw ({{NAME:Wanda Caudill}}, legal guardian since {{DATE:2/2022}}) - custody papers on file.

Interval hx: doing good. Starts pre-K at {{FACILITY:Johnson Creek Elementary}} this fall. Picky eater. Drinks 3 cups whole milk. Sleeps 8p-7a. No snoring. Dental home: Dr. {{NAME:Blevins}} in {{LOCATION:Prestonsburg}}.
Devel: ASQ-3 passed all domains. Hops on 1 foot, draws a cross, tells story.
Vision: Spot screener pass. Hearing OAE pass bil.
Wt 38 lb (62%) Ht 41 in (70%) BMI 15.9
Exam: nl. Tanner 1. Teeth - 2 caries lower molars.
Lead: 1.9 (nl), done {{DATE:5/2022}}
IMMS today: DTaP #5, IPV #4, MMR #2, Varivax #2 -- VIS given {{DATE:5/14/24}}, KY VFC eligible (Medicaid, Passport Health Plan ID {{HEALTH_PLAN:91402278836}})
Forms: KY school physical + immunization cert filled out, given to mamaw.
F/u 5 yr WCC. Fluoride varnish applied.
{{NAME:HS}}/{{NAME:jm}}`,
  // 7 lab result note, lower case, Oregon
  `lab result note - {{DATE:4/3/25}}
pt {{NAME:marisol achterberg}} dob {{DATE:1/19/1983}} mrn {{MRN:4470921}}
ordering: {{NAME:j. nakamura-bell}} np, {{FACILITY:willamette valley womens health}}

results from {{FACILITY:cascade reference lab}} (acc# {{ID:WV882154R}}) collected {{DATE:3/31/2025 08:10}}:
 tsh 6.8 H (0.45-4.5)
 free t4 0.9
 tpo ab 212 H
 cbc wnl, hgb 12.1
 ferritin 9 L
 vit d 22 L

impression: subclinical hypothyroid w/ +TPO (hashimoto's), iron deficiency - heavy menses per last ov {{DATE:3/28}}.
plan - levothyroxine 25 mcg daily, recheck tsh 6-8 wk. ferrous sulfate 325 qod. vit d3 2000 iu.
called pt {{DATE:4/3}} 1:40p at {{PHONE:503-555-0159}}, no answer, lvm to call back. also sent mychart.
pt called back 3:05p, reviewed. she is trying to conceive - advised tsh goal <2.5, will recheck sooner. ok with plan. rx to {{FACILITY:mill creek market pharmacy}} {{LOCATION:salem}} ({{ADDRESS:3740 market st ne}}).
-{{NAME:jnb}}`,
  // 8 sports physical form, Arizona
  `ARIZONA INTERSCHOLASTIC ASSOCIATION - PREPARTICIPATION PHYSICAL EVALUATION
Name: {{NAME:Mateo Benally-Reyes}}         Sex: M     Age: 15     DOB: {{DATE:08/17/2008}}
Grade: 10   School: {{FACILITY:Coconino Peaks High School}}   Sport(s): cross country, basketball
Address: {{ADDRESS:2417 N Fremont Blvd}}, {{LOCATION:Flagstaff}}, AZ {{ZIP:86001}}
Phone: {{PHONE:928-555-0183}}   Parent/guardian: {{NAME:Loretta Benally}}
Emergency contact: uncle {{NAME:Ray Reyes}} {{PHONE:928-555-0129}}

History: no syncope, no chest pain w/ exertion, no FHx sudden death <50. Broke L wrist {{DATE:Dec 2021}} (snowboarding at {{FACILITY:Agassiz Ski Area}}), healed. Mild exercise asthma - albuterol HFA PRN.
Vitals: BP 116/70  P 58  Ht 5'9"  Wt 141 lb  Vision 20/20 R, 20/25 L (Snellen)
Exam: heart RRR no murmur with Valsalva or squat-to-stand. Marfan screen neg. MSK nl.
CLEARANCE: [X] Cleared for all sports without restriction
Physician: {{NAME:Daniel Tsosie}}, MD   {{FACILITY:Ponderosa Family HealthCare}}
Office address: {{ADDRESS:2920 N 4th St}}, {{LOCATION:Flagstaff}}, AZ {{ZIP:86004}}   Phone {{PHONE:928-555-0101}}
License #: AZ {{LICENSE:MD-58214}}   Date: {{DATE:07/29/2024}}`,
  // 9 COPD follow-up, West Virginia
  `Chronic Care Visit
{{FACILITY:Laurel Fork Health}} - {{LOCATION:Scarbro}} site
Patient: {{NAME:Roscoe Dale Pennington}}   DOB {{DATE:2-14-1952}}   MRN {{MRN:NRH-221908}}
Date {{DATE:Jan. 23, 2024}}  Provider {{NAME:Anjali Mehra}}, MD

S: 71 yo M retired coal miner ({{FACILITY:Gauley Ridge Coal}}, 31 yrs) w/ COPD GOLD 3 + CWP, on black lung benefits. Here for 3 mo f/u. Using Trelegy 1 puff daily, albuterol 4-5x/day lately. Had exacerbation {{DATE:12/28/23}}, treated at {{FACILITY:Fayette Ridge Medical Center}} ED, pred x5d + doxy. Still smoking ~1/2 ppd (down from 1). Lives w/ wife {{NAME:Norma Jean}} on {{ADDRESS:Laurel Creek Rd}}, {{LOCATION:Fayette County}}.
O2: 2L at night via Inogen, concentrator SN {{DEVICE:IO5-2210-88431}} from {{FACILITY:Mountaineer Medical Supply}}.
O: SpO2 89% RA, 93% 2L. Diffuse wheeze. mMRC 3. CAT score 24.
A: COPD w/ recent AE; tobacco use disorder; CWP
P: - pulm rehab referral ({{FACILITY:Beckley Hills General}})
   - varenicline start pack; Quitline 1-800-QUIT-NOW
   - PCV20 today (lot HT4982), RSV vaccine next visit
   - spirometry {{DATE:Apr 2024}}
F/u 8 wks. {{NAME:A. Mehra}} MD`,
  // 10 FMLA form, employer, Wisconsin
  `CERTIFICATION OF HEALTH CARE PROVIDER FOR EMPLOYEE'S SERIOUS HEALTH CONDITION (FMLA) - WH-380-E
Employer: {{FACILITY:Onion River Enamel Co.}}  HR contact: {{NAME:Janelle Brandt}}  fax {{FAX:920-555-0145}}
Employee name: {{NAME:Tyler J. Vandenheuvel}}   Employee ID: {{ID:K-0448172}}
Job title: machine operator, 2nd shift

PART B - Provider
Name: {{NAME:Sarah Kroll-Nguyen}}, MD  Practice: {{FACILITY:Harborview Health Center - Sheboygan}}
Address: {{ADDRESS:2414 Erie Ave}}, {{LOCATION:Sheboygan}}, WI {{ZIP:53081}}
Tel {{PHONE:920-555-0102}}  Fax {{FAX:920-555-0103}}

Condition began: {{DATE:08/04/2024}}. Patient admitted overnight to {{FACILITY:St. Wendelin Hospital}} {{DATE:8/4-8/5/2024}} for lumbar radiculopathy, L5-S1 HNP per MRI {{DATE:8/5/24}}. Referred to PT ({{FACILITY:Lakeshore Physical Therapy}}) 2x/wk x 6 wk.
Incapacity: {{DATE:08/04/2024}} through approx {{DATE:09/15/2024}}. May need intermittent leave for flare-ups 1-2 episodes/month lasting 1-3 days, and for appts q2-4 wks.
Restrictions on return: no lifting >20 lb, no repetitive bending x 4 wks.
Signature: {{NAME:S. Kroll-Nguyen}} MD   Date: {{DATE:8/22/2024}}`,
  // 11 pharmacy fax, prior auth, Colorado
  `*** FAX ***  {{FACILITY:FOOTHILLS MARKET PHARMACY #0117}}  {{ADDRESS:1650 30TH ST}}  {{LOCATION:BOULDER}} CO {{ZIP:80301}}
PH {{PHONE:303-555-0172}}   FAX {{FAX:303-555-0173}}
TO: Dr. {{NAME:Vanessa Oduya}} / {{FACILITY:Flatirons Family Practice}}   FAX {{FAX:303-555-0188}}
DATE: {{DATE:11/12/2024}}   PAGES: 1 of 1

PRIOR AUTHORIZATION REQUIRED
Patient: {{NAME:Callum Fitzgerald-Arce}}   DOB: {{DATE:03/09/1987}}
Rx #: {{ID:RX4407291}}    Drug: Ozempic 0.25/0.5 mg pen   Sig: 0.25 mg SC weekly x4 wk then 0.5
Insurance: Cigna  Member ID {{HEALTH_PLAN:U84471920 01}}  BIN 017010
Reject code 75 - PA required. Please submit via CoverMyMeds key {{ID:BFJ7X2QK}} or call plan.
Pharmacist: {{NAME:Hugo Lindgren}}, RPh

--- handwritten on return ---
{{DATE:11/13}} - PA submitted, dx E11.9 A1c 8.2 on {{DATE:10/30/24}}, failed metformin (GI). pending. -{{NAME:rv}}
{{DATE:11/15/24}} approved thru {{DATE:11/15/2025}}, auth # {{ID:PA-2024-7731845}}. pharm notified. pt msgd. -{{NAME:rv}}`,
  // 12 acute visit, UTI, Alabama
  `ACUTE VISIT
{{FACILITY:Black Belt Family Medicine}}, {{LOCATION:Selma}}, AL
Pt: {{NAME:Lashonda M. Tubbs}}   DOB {{DATE:10/25/1990}}   MRN {{MRN:BBFM-55190}}
Date: {{DATE:Thursday, June 6, 2024}}   Seen by: {{NAME:Curtis Hightower}}, PA-C  (sup: Dr. {{NAME:Ogunleye}})
CC: burning w/ urination x3 days

HPI: 33yo G3P3 w/ dysuria, frequency, suprapubic pressure. No fever, flank pain, vag d/c. LMP {{DATE:5/20/24}}. Works at {{FACILITY:Capitol Seating Systems}} plant in {{LOCATION:Montgomery}}, can't get to BR often. Last UTI 2022? per pt.
ROS neg otherwise.
Exam: T 98.9 BP 118/74. Abd soft, mild SP tenderness, no CVAT.
UA dip: LE 2+, nitrite +, blood trace. UPT neg.
Urine cx sent ({{FACILITY:Meridian Reference Labs}} req# {{ID:3309184477}}).
A: N39.0 acute cystitis, uncomplicated
P: nitrofurantoin 100 mg BID x5d to {{FACILITY:Cahaba Discount Pharmacy}} ({{PHONE:334-555-0139}}). Fluids. Work note given for {{DATE:6/6-6/7}} - note addressed to supervisor Mr. {{NAME:Darby}}.
Return if fever, back pain.
{{NAME:CH}} PA-C`,
  // 13 immunization update / school, California
  `IMMUNIZATION RECORD UPDATE - CAIR2 entry
Clinic: {{FACILITY:Clinica Familiar del Estuario - Fruitvale}}, {{ADDRESS:1450 Fruitvale Ave}}, {{LOCATION:Oakland}} CA {{ZIP:94601}}
Child: {{NAME:Ximena Tran-Alvarado}}    DOB {{DATE:2/08/2012}}    CAIR ID {{ID:0193847721}}
Parent: {{NAME:Huong Tran}}  ph {{PHONE:(510) 555-0114}}  email {{EMAIL:huongtran.oak@examplemail.com}}
Date given: {{DATE:08-12-2024}}   Given by: {{NAME:Marisela Fonseca}}, MA  Ordered: Dr. {{NAME:Okonkwo-Baptiste}}

Vaccine            Lot       Exp        Site   VIS date
Tdap (Boostrix)    3J9C4     12/2025    L del  08/06/2021
MenACWY (MenQuadfi) U7F21AA  06/2026   R del  08/06/2021
HPV9 #1 (Gardasil9) Y002319  03/2026   L del  08/06/2021
Flu - not yet available

Outside records reconciled from {{FACILITY:Lake Merritt Medical Center}} (faxed {{DATE:8/9/24}}) and handwritten yellow card from {{LOCATION:Ho Chi Minh City}} (Hep B x3 2012?).
7th grade entry requirement (Tdap) met. Printed blue card for {{FACILITY:Foothill Promise Academy}}. HPV #2 due {{DATE:2/2025}} or later.
{{NAME:MF}}`,
  // 14 CKD/HTN follow-up, Mississippi
  `PROGRESS NOTE - INTERNAL MEDICINE
{{FACILITY:Sunflower Delta Health Center}} - {{LOCATION:Mound Bayou}}, MS    {{DATE:09/18/2023}}
{{NAME:Eddie Lee Hampton Sr.}}   DOB {{DATE:07/04/1944}}   MRN {{MRN:DHC00391827}}
Attending: {{NAME:Folasade Adeyemi}}, MD

79 yo M w/ HTN, CKD 3b, gout, here for BP recheck + labs. Granddaughter {{NAME:Keondra}} drove him from {{LOCATION:Shelby}}. Missed last appt {{DATE:7/2023}} - no ride. Reports taking chlorthalidone 25, amlodipine 10, losartan 100 most days. Allopurinol 100. Uses pill box daughter {{NAME:Bernice Hampton-Cole}} fills on Sundays.
BP 156/92 -> 150/88 repeat. Trace edema.
Labs {{DATE:9/11/23}}: Cr 1.9 (1.7 in {{DATE:March 2023}}), eGFR 35, K 4.1, uric acid 7.8, UACR 310.
A/P: HTN uncontrolled, adherence barrier - transportation. Referred CHW {{NAME:Marcus Seals}} for Medicaid NEMT setup (MS Medicaid # {{HEALTH_PLAN:100447829}}). Add spironolactone? hold - K/CKD. Start hydralazine 25 TID instead. Nephrology referral to {{FACILITY:CCMC}} in {{LOCATION:Jackson}} - pt prefers tele visit from clinic.
RTC 4 wk. Time spent 35 min.`,
  // 15 portal message, adult, Washington
  `Patient Portal - Secure Message
From: {{NAME:Priya Raghunathan}}
To: {{NAME:Gregory Ashworth}}, MD ({{FACILITY:Sammamish Ridge Primary Care - Redmond}})
Date: {{DATE:2025-02-03 18:27}}
Re: cholesterol results?

Hi Dr. {{NAME:Ashworth}},
I saw my LDL came back 168 from the labs I did on {{DATE:Jan 29}}. Do I really need a statin? My dad ({{NAME:Venkat}}) had a heart attack at 52 and is on atorvastatin. I'm 44 and I run 3x a week around {{LOCATION:Marymoor Park}}. I'd prefer to try diet first. Also can you fill out the wellness form for my employer ({{FACILITY:Cascadia Software}} - the Premera biometric screening form)? I uploaded it.
Thanks, {{NAME:Priya}}
{{PHONE:(425) 555-0133}}

--------
Reply {{DATE:02/04/2025}} 08:11 from {{NAME:Gregory Ashworth}}, MD:
Hi {{NAME:Priya}} - your 10-yr ASCVD risk is ~3.1% but with your family history of premature CAD a statin is reasonable. Let's get a coronary calcium score (ordered at {{FACILITY:Juanita Bay Imaging}} Kirkland, {{PHONE:425-555-0155}}) and decide together. Form completed and faxed to Premera. - Dr. {{NAME:A}}`,
  // 16 nurse triage after-hours, Iowa
  `AFTER-HOURS NURSE TRIAGE - {{FACILITY:Raccoon River Nurse Line}}
Call rec'd: {{DATE:12/24/2023 21:16}}    Triage RN: {{NAME:Kristin Oelberg}}, RN
Practice: {{FACILITY:Ankeny Family Care}} (Dr. {{NAME:Hollis Benavides}} on call, pager {{PHONE:515-555-0106}})
Caller: {{NAME:Jacob Reinholt}}, father    Callback: {{PHONE:515-555-0168}}
Patient: {{NAME:Emmy Reinholt}}, 11 mo F, DOB {{DATE:1/13/2023}}

Reason: fever 103.4 rectal, fussy, pulling at R ear. Onset this afternoon at grandma's in {{LOCATION:Altoona}}. Wet diapers x4 today. Drinking bottles OK. No rash, no trouble breathing. Acetaminophen 120 mg given at 19:30. Vaccines UTD per dad (last 9 mo visit {{DATE:10/16/23}}).
Protocol: Fever - infant 3-12 mo (Schmitt-Thompson). Disposition: See within 24 hrs.
Advice: ibuprofen 75 mg q6-8h OK (wt 19 lb), fluids, recheck temp. ER if lethargic, resp distress, fever >105, or no wet diaper in 8 hr - nearest ED {{FACILITY:Des Moines Valley Children's Hospital}}, {{ADDRESS:1450 Woodland Ave}}, {{LOCATION:Des Moines}}.
Appt booked: {{DATE:Tues 12/26}} 09:00 w/ {{NAME:Tamsin Orr}}, NP (office closed {{DATE:12/25}}).
Caller verbalized understanding. {{NAME:KO}}`,
  // 17 hospital follow-up TCM call, Pennsylvania
  `TRANSITIONAL CARE MANAGEMENT - 2 BUSINESS DAY CONTACT
{{FACILITY:Conestoga Valley Physicians - Rothsville Family Medicine}}
Pt: {{NAME:Anna Mae Stoltzfus}}   DOB {{DATE:03/30/1939}}   Age 85   MRN {{MRN:CVP7739204}}
D/C from {{FACILITY:CVH}} {{DATE:Fri 4/19/24}} (adm {{DATE:4/15}}) - CHF exacerbation, 6 lb diuresed.
Call made {{DATE:4/22/24}} 10:05 by {{NAME:Ruth Esh}}, RN care manager, to daughter {{NAME:Lydia Beiler}} at {{PHONE:717-555-0150}} (pt has no phone; family shares a phone shanty on {{ADDRESS:Hollander Rd}}).

Meds reviewed: furosemide ↑ 40 mg BID (was 20 daily), metoprolol succ 50, lisinopril 5, KCl 20 mEq. Pt has new scale, weight today 141 (d/c wt 140).
Home health: {{FACILITY:Pequea Valley Home Nursing}} start of care {{DATE:4/23}}.
Concerns: low-sodium diet hard w/ family meals; son-in-law {{NAME:Amos}} will drive to f/u.
F/u scheduled {{DATE:4/26/2024}} 1:30 PM w/ Dr. {{NAME:Hershberger}} (within 7 days - high complexity 99496).
Cardiology ({{FACILITY:Conestoga Heart & Vascular}}) {{DATE:5/8}}.
{{NAME:R. Esh}} RN`,
  // 18 women's health annual, New Mexico
  `WELL WOMAN EXAM
{{FACILITY:Santa Fe Women's Health Associates}}   {{ADDRESS:465 St. Michael's Dr, Ste 205}}, {{LOCATION:Santa Fe}}, NM {{ZIP:87505}}
Name: {{NAME:Dolores Archuleta-Whitman}}   DOB: {{DATE:Aug 3, 1979}}   Visit: {{DATE:10/1/2024}}
Clinician: {{NAME:Leah Birnbaum}}, CNM

44 y.o. G2P2 (SVD x2 - 2006, 2010 at {{FACILITY:Sangre de Cristo Regional}}). LMP {{DATE:9/15/24}}, cycles 24-26d, heavier past yr. Contraception: partner ({{NAME:Jerome}}) vasectomy. Works as teacher at {{FACILITY:Acequia High School}}.
Pap/HPV cotest {{DATE:9/2021}} neg -> due today. Mammo {{DATE:12/2023}} BI-RADS 2 (benign cyst R breast).
PHQ-2 = 0. Alcohol - 2-3 glasses wine/wk. Non-smoker.
Exam: BMI 24. Breasts - no masses. Pelvic - nl cervix, uterus slightly enlarged ~8 wk size, no adnexal mass.
Plan:
- Pap + HPV sent ({{FACILITY:Rio Abajo Labs}} acc {{ID:TC24-0917736}})
- TVUS for AUB/enlarged uterus ? fibroids - {{FACILITY:Cerrillos Imaging}} {{PHONE:505-555-0191}}
- CBC, ferritin, TSH
- Flu shot today (Flucelvax lot 412773, exp 06/30/2025)
RTC after US. {{NAME:LB}}`,
  // 19 DOT physical, Nebraska
  `DOT MEDICAL EXAMINATION - MCSA-5875 (summary)
Examiner: {{NAME:Brent Hollenbeck}}, PA-C  NRCME # {{LICENSE:4418207731}}
Clinic: {{FACILITY:Platte Valley Occupational & Family Medicine}}, {{ADDRESS:3020 39th Ave}}, {{LOCATION:Columbus}}, NE {{ZIP:68601}}
Exam date: {{DATE:06/03/2024}}

Driver: {{NAME:Rodney Earl Schumacher}}   DOB {{DATE:01/27/1968}}   Age 56
CDL: NE {{LICENSE:H04418823}}  Class A
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Humphrey}}, NE {{ZIP:68642}}   Ph {{PHONE:402-555-0126}}
Employer: {{FACILITY:Loup River Steel}} (flatbed)   Truck: Peterbilt 579, plate NE {{VEHICLE:PRP 4471}}

Hx: HTN on lisinopril-HCTZ 20/12.5. OSA dx {{DATE:2/2022}} ({{FACILITY:Shell Creek Community Hospital}} sleep lab), CPAP ResMed AirSense 11 SN {{DEVICE:23221845672}}, compliance download {{DATE:5/4/24-6/2/24}}: 93% nights >4 h, AHI 2.1.
BP 138/86. Vision 20/25 OU uncorrected. Whisper test passed. UA: SG 1.015, prot neg, gluc neg.
Determination: Meets standards, qualified 2 years. Cert exp {{DATE:06/03/2026}}. Note: must use CPAP.
Med cert # {{ID:PVM-24-01973}}
{{NAME:BH}}`,
  // 20 depression f/u telehealth, Vermont
  `TELEHEALTH VISIT (video, Doxy.me) - Behavioral health integrated in primary care
{{FACILITY:Three Rivers Rural Health Care}} - {{LOCATION:Hardwick}} Health Center
Patient: {{NAME:Caleb Thibodeau}}   DOB {{DATE:11/11/1996}}   MRN {{MRN:NCHC-80441}}
Pt located at home in {{LOCATION:Greensboro Bend}}, VT; provider at clinic. Consent verbal.
Date: {{DATE:3/6/2024}} 14:00-14:25   Provider: {{NAME:Abigail Foss}}, PMHNP

S: 27M w/ MDD, GAD. Sertraline ↑ to 100 mg {{DATE:2/7}}. Mood "better, not great". Laid off from {{FACILITY:Caspian Hill Farm}} this winter, now part time at {{FACILITY:Lamoille Valley Co-op}}. Sleep 6 h. No SI/HI. Girlfriend {{NAME:Maya}} supportive. ETOH ~6 beers wknd, AUDIT-C 5.
PHQ-9: 11 (was 18 on {{DATE:1/10/24}}). GAD-7: 9.
A/P: MDD moderate, improving. Continue sertraline 100, consider 150 at next visit. BH counselor {{NAME:Sam Lacoste}}, LICSW weekly. Discussed ETOH reduction. Crisis line 988 reviewed.
F/u 4 wk video {{DATE:April 3}}.
Total time 25 min. {{NAME:A. Foss}} PMHNP`,
  // 21 school form, asthma action plan, Illinois
  `ASTHMA ACTION PLAN / MEDICATION AUTHORIZATION - {{FACILITY:SOUTH LAKESHORE PUBLIC SCHOOLS}}
Student: {{NAME:Jaylen Okoro-Washington}}    DOB: {{DATE:04/14/2015}}    Grade 3
School: {{FACILITY:Drexel Square Elementary}}   School nurse: {{NAME:Patrice Gaines}}, RN  ph {{PHONE:773-555-0116}}
Parent/Guardian: {{NAME:Tanisha Washington}}  cell {{PHONE:(312) 555-0197}}  work {{PHONE:312-555-0198 x4412}}
Health care provider: Dr. {{NAME:Ifeoma Chukwu}}, {{FACILITY:Grand Boulevard Health - Bronzeville}}, {{ADDRESS:800 E 55th St}}, {{LOCATION:Chicago}} IL {{ZIP:60615}}, ph {{PHONE:773-555-0110}} fax {{FAX:773-555-0111}}

Severity: mild persistent. Triggers: colds, cold air, dust, cockroach.
GREEN ZONE: Flovent HFA 44 mcg 2 puffs BID w/ spacer (home).
YELLOW ZONE: albuterol HFA 90 mcg 2-4 puffs q4h PRN w/ spacer - may be given at school.
RED ZONE: albuterol 6 puffs, call 911 and parent.
[X] Student may self-carry inhaler.
Provider signature: {{NAME:I. Chukwu}} MD   Date {{DATE:8/20/24}}
Parent signature: {{NAME:T. Washington}}   Date {{DATE:8-21-2024}}
Valid for SY 2024-2025.`,
  // 22 refill request from pharmacy, Louisiana, shorthand
  `refill req rec'd via surescripts {{DATE:5/28/24}} 0612
pt: {{NAME:BOUDREAUX, CLAUDETTE}} dob {{DATE:3/3/1955}}
pharm: {{FACILITY:Vermilion Drugs #06213}} - {{ADDRESS:2901 Johnston St}}, {{LOCATION:Lafayette}} LA {{ZIP:70503}} p {{PHONE:337-555-0108}} f {{FAX:337-555-0109}}
meds:
 - levothyroxine 75 mcg #90 - last filled {{DATE:2/26/24}}
 - atorvastatin 40 mg #90
 - alprazolam 0.25 mg #30 (C-IV) - last filled {{DATE:4/30}} - early??

chart ck (MA {{NAME:Brandi Guidry}}): last ov {{DATE:1/9/24}} w/ dr {{NAME:Theriot}}. tsh {{DATE:1/9/24}} 2.2. lipids ok. alprazolam - PMP checked ({{DATE:5/28/24}}), only 1 prescriber, fills q30d. pt husband {{NAME:Remy}} called yest saying they're going to {{LOCATION:Biloxi}} for their granddaughter's wedding.
dr {{NAME:theriot}}: ok levo + atorva x1 yr. alprazolam ok x1, no early fills after this, needs ov by {{DATE:7/31}} for controlled sub agreement renewal.
sent 0915. DEA on file {{LICENSE:BT4418276}}. -{{NAME:bg}}`,
  // 23 geriatric home visit, age 90+, Florida
  `HOME VISIT NOTE
{{FACILITY:Suncoast Geriatric & Family Medicine}}, {{LOCATION:Sarasota}} FL
Patient: {{NAME:Beatrice Lowenstein}}   DOB {{DATE:02/19/1931}}   Age {{AGE:93}}
Location of visit: {{ADDRESS:1140 Siesta Dr, Unit 6B}}, {{LOCATION:Sarasota}} ({{FACILITY:Bayfront Gardens}} independent living)
Date: {{DATE:Feb 21 2024}}   Visit by: {{NAME:Oren Castellano}}, MD with {{NAME:Gina Petrakis}}, MA

Present: pt, son {{NAME:Howard Lowenstein}} (HCPOA, lives in {{LOCATION:Teaneck}}, NJ - on speaker {{PHONE:201-555-0185}}), aide {{NAME:Marie-Claude Joseph}} from {{FACILITY:Sunshine Home Companions}}.
Reason: 3 mo chronic care f/u, fall {{DATE:2/2/24}} in bathroom - no injury, seen at {{FACILITY:SKH}} ED, CT head neg.
Hx: HFpEF, AF on apixaban 2.5 BID, OA knees, mild NCD (MoCA 21). Hearing aids.
Exam: BP 112/64 sitting, 98/60 standing (orthostatic). Gait w/ rollator, TUG 19 s.
A/P:
- orthostasis: stop tamsulosin (was started by urology {{DATE:1/2024}}); compression stockings
- fall risk: PT/OT home eval via {{FACILITY:Manatee Home Health}}; grab bars; Life Alert pendant in use
- AF: cont apixaban after shared decision w/ son
- Advance directive: DNR/POLST on fridge, copy scanned {{DATE:2/21/24}}
Next visit ~{{DATE:May 2024}}.`,
  // 24 work note / return to work, Michigan
  `{{FACILITY:ROUGE RIVER MEDICAL CENTER - FAIRLANE}}
{{ADDRESS:19401 HUBBARD DR}}, {{LOCATION:DEARBORN}}, MI {{ZIP:48126}}   {{PHONE:(313) 555-0174}}

WORK / SCHOOL EXCUSE

Date: {{DATE:01/08/2025}}

To whom it may concern:
{{NAME:Yousef Al-Haddad}} (DOB {{DATE:5/5/1991}}) was seen in our Family Medicine clinic on {{DATE:01/06/2025}} and {{DATE:01/08/2025}} for influenza A (positive rapid test {{DATE:1/6}}).
He may not work from {{DATE:01/06/2025}} through {{DATE:01/09/2025}}. He may return to work on {{DATE:Friday, January 10, 2025}} without restrictions provided he is fever-free for 24 hours without medication.
Employer: {{FACILITY:River Rouge EV Assembly}}, attn: {{NAME:Dana Kaminski}}, Medical Dept, fax {{FAX:313-555-0192}}
Employee # {{ID:FRD00913377}}

Please contact our office with questions.

{{NAME:Leila Haidar-Brooks}}, DO
Family Medicine
cc: pt (portal)  /  {{NAME:lhb}}:{{NAME:ns}}`,
  // 25 newborn visit, Hawaii
  `NEWBORN / WEIGHT CHECK
{{FACILITY:Makana Pediatrics at Pearlridge}}, {{LOCATION:Aiea}}, HI
Infant: {{NAME:Kainoa Makoa Fernandes}}   DOB {{DATE:07/22/2024 03:14}}   Age 4 days
Mother: {{NAME:Leilani Fernandes}} (G1P1)   Father: {{NAME:Jonah Fernandes}}
Born at {{FACILITY:Moanalua Women & Children's Medical Center}}, SVD, 39w2d, BW 3410 g, Apgars 8/9. GBS neg. D/C {{DATE:7/24}}.
Visit {{DATE:07/26/2024}} w/ Dr. {{NAME:Miyamoto}}

Feeding: exclusive breast, q2-3h, latch improving; lactation ({{NAME:Kehau Akana}}, IBCLC) saw in hosp. 6 wet, 4 yellow seedy stools.
Wt 3200 g (-6.2% from BW). TcB 11.2 at 100 h - below phototx threshold (Bhutani low-int). 
Newborn screen sent {{DATE:7/23}}, CCHD pass, hearing pass bil. Hep B #1 given {{DATE:7/22/24}} in hosp.
Exam: nl, red reflex bil, hips - Ortolani/Barlow neg, cord drying.
Plan: recheck 2 wk ({{DATE:8/5}}). Tutu ({{NAME:Mele}}) staying to help. Mom Edinburgh score 4.
Questions -> {{PHONE:808-555-0131}} or portal {{URL:https://mychart.kpcpediatrics-example.org}}.`,
  // 26 portal, med question, Utah
  `SECURE MESSAGE THREAD
Pt: {{NAME:McKenzie Hatch}}  DOB {{DATE:9/9/1994}}  {{FACILITY:Wasatch Front Health - Bountiful Clinic}}

{{DATE:Wed 3/13/24}} 7:48 AM  {{NAME:McKenzie Hatch}} wrote:
hey! so the pharmacy said my sumatriptan needs a new rx and also can I take it while breastfeeding?? baby ({{NAME:Oakley}}) is 3 mo. also my husband {{NAME:Brigham}} wants to know if he can get his tdap here or has to go to his own dr. thx!!

{{DATE:3/13/24}} 11:20 AM  {{NAME:Jessamyn Call}}, RN wrote:
Hi {{NAME:McKenzie}}! Sumatriptan is generally considered compatible with breastfeeding (LactMed); some moms pump & discard for 8-12 h but it's not required. I routed the refill to {{NAME:Kade Larsen}}, PA-C. Tdap - {{NAME:Brigham}} can get it at any pharmacy or schedule a nurse visit here ({{PHONE:801-555-0142}}) if he's a patient. 

{{DATE:3/13/24}} 1:02 PM  {{NAME:Kade Larsen}} PA-C:
Refill sent - sumatriptan 50 mg #9, 3 RF, to {{FACILITY:Lakeview Market Pharmacy}} {{LOCATION:Bountiful}} ({{ADDRESS:555 S 200 W}}). Please schedule a postpartum migraine f/u in 2-3 months. - {{NAME:KL}}`,
  // 27 consult reply letter, endocrinology to PCP, Tennessee
  `{{FACILITY:Cumberland Endocrinology, PLLC}}
{{ADDRESS:2011 Church St, Medical Plaza II, Suite 600}}  {{LOCATION:Nashville}}, TN {{ZIP:37203}}
P {{PHONE:615.555.0152}}  F {{FAX:615.555.0153}}

{{DATE:October 2, 2024}}

{{NAME:Clay Rutledge}}, MD
{{FACILITY:Dickson Family Medicine}}
{{ADDRESS:104 Hwy 70 E}}, {{LOCATION:Dickson}}, TN {{ZIP:37055}}

Re: {{NAME:Jolene Sparkman}}, DOB {{DATE:06/16/1972}}

Dear {{NAME:Clay}},
I saw {{NAME:Jolene}} today in consultation for a 1.8 cm R thyroid nodule found on carotid US at your office {{DATE:8/2024}}. TSH 1.4. Thyroid US here: TI-RADS 4, solid, hypoechoic, no microcalcs. FNA performed today, 3 passes, sent for Afirma if Bethesda III/IV.
She also has prediabetes (A1c 6.1) and asked about GLP-1s for weight; I've deferred to you.
I will call her with FNA results (~7-10 days) and send you a copy. Her preferred number is {{PHONE:615-555-0128}} (cell; husband {{NAME:Wade}}'s phone is listed first in your records).
Warm regards,
{{NAME:Anita Kurian-Shah}}, MD, FACE
{{NAME:AKS}}/{{NAME:tlm}}  D: {{DATE:10/02/2024}} T: {{DATE:10/03/2024}}`,
  // 28 hypertension nurse visit, lower case, Virginia
  `nurse visit - bp check
{{DATE:7/11/24}} 1015  {{FACILITY:blue ridge family practice}}, {{LOCATION:charlottesville}}
pt {{NAME:wendell a. mabry}}, dob {{DATE:12/12/63}}, mrn {{MRN:883017}}
rn {{NAME:c. lantz}}

here for bp ck 2 wk after starting amlodipine 5 (dr {{NAME:okafor}} {{DATE:6/27}}).
home cuff (omron bp7250) readings brought in on paper: avg 134/84, range 124-148/78-92. cuff checked against office - within 4 mmHg.
office bp: 138/86 L arm seated after 5 min, repeat 132/82. hr 72.
ankle swelling - mild, "socks leave marks". no ha, cp, sob.
takes med in am w/ coffee. works nights at {{FACILITY:rivanna health}} laundry - bp taken after shift.
routed to dr {{NAME:okafor}} - per dr: cont amlodipine, recheck bmp done today, f/u 3 mo. if swelling worse call.
pt aware. also got flu? - no, too early, return after {{DATE:9/1}}. wife {{NAME:sharon}} to schedule both of them.
next appt {{DATE:10/10/24}} 0830.
{{NAME:cl}}`,
  // 29 school letter, ADHD, New Jersey
  `{{FACILITY:SHORE PEDIATRIC GROUP}}
{{ADDRESS:1930 Hwy 35, Bldg B}}, {{LOCATION:Wall Township}}, NJ {{ZIP:07719}}
{{PHONE:(732) 555-0117}} | fax {{FAX:(732) 555-0118}}

{{DATE:September 5, 2024}}

To: {{NAME:Denise Iannaccone}}, School Nurse, and 504 Committee
{{FACILITY:Squan River Elementary School}}

Re: {{NAME:Luca Bellomo-Park}}, DOB {{DATE:3/27/2016}}, Grade 3

{{NAME:Luca}} is a patient of our practice. He was diagnosed with ADHD, combined type (F90.2), on {{DATE:06/18/2024}} following Vanderbilt rating scales from parents and his 2nd grade teacher (Mrs. {{NAME:Ortega}}). He started methylphenidate ER (Concerta) 18 mg each morning before school on {{DATE:7/1/24}}. No dose is needed during school hours.
Recommended accommodations: preferential seating, movement breaks, extended time on tests, chunked assignments, and check-in with teacher at dismissal.
Please send the teacher Vanderbilt follow-up forms back to our fax by {{DATE:10/15}}.
Parents: {{NAME:Gianna Bellomo}} {{PHONE:732-555-0175}}, {{NAME:Daniel Park}} {{PHONE:732-555-0176}}.

Sincerely,
{{NAME:Rhea Castellanos-Murphy}}, MD, FAAP`,
  // 30 acute visit, low back / sick visit, Alaska
  `{{FACILITY:Cook Inlet Native Health - Anchorage Primary Care Center}}
Acute Care Visit  {{DATE:11/19/2024}}
Customer-owner: {{NAME:Nathaniel Kasayulie}}   DOB {{DATE:3/1/1988}}   Chart {{MRN:CIN3392017}}
Integrated care team: {{NAME:Olivia Kameroff}}, PA-C; {{NAME:Jolene Nelson}}, RN case mgr; BHC {{NAME:Tom Yupanik}}

S: 36M commercial fisherman, just back from season in {{LOCATION:Dillingham}} ({{LOCATION:Bristol Bay}}), L shoulder pain x3 wk after hauling nets. Worse overhead. Night pain. No numbness. Takes ibuprofen 800 TID w/ food. Wants to fly home to {{LOCATION:Napaskiak}} for Thanksgiving.
O: Painful arc 70-120, + Hawkins, + Neer, neg drop arm, strength 5/5 except ER 4+/5. Neg Spurling.
A: L rotator cuff tendinopathy / impingement, M75.42
P: - subacromial steroid inj offered, pt declines for now
   - PT referral ({{FACILITY:ANHC}} Physical Therapy, 4th fl) - HEP handout; can do tele-PT from village clinic
   - naproxen 500 BID x 2 wk instead of high-dose ibuprofen; PPI not needed
   - f/u 4-6 wk by video from {{FACILITY:Napaskiak Clinic}}
Travel letter for {{FACILITY:Kuskokwim Air}} not needed.
Phone on file {{PHONE:907-555-0134}}.`,
  // 31 lab result letter to patient, Massachusetts, normal results
  `{{FACILITY:Merrimack Valley Medical Associates - Chelmsford}}
{{ADDRESS:228 Billerica Rd}}
{{LOCATION:Chelmsford}}, MA {{ZIP:01824}}

{{DATE:June 14, 2024}}

Mr. {{NAME:Thanh Quoc Pham}}
{{ADDRESS:77 Pine Hill Rd, Apt 3}}
{{LOCATION:Lowell}}, MA {{ZIP:01852}}

Dear Mr. {{NAME:Pham}},

Here are the results of the blood tests done on {{DATE:6/10/2024}} at your physical:

Test            Result   Normal range
Hemoglobin A1c  5.4 %    <5.7
LDL cholesterol 96       <100
Creatinine      0.94     0.6-1.3
ALT             22       <40
PSA             0.8      <4.0
Hepatitis B sAb positive (immune)

Everything looks normal. No changes are needed. Your next physical is due in {{DATE:June 2025}}. Your colonoscopy from 2019 is good for 10 years.

If you have questions, call {{PHONE:978-555-0161}} or message me on MyChart.

Sincerely,
{{NAME:Colleen Mahoney}}, MD
Internal Medicine`,
  // 32 pre-op clearance, Missouri
  `PREOPERATIVE EVALUATION
{{FACILITY:Howell Hills Family Clinic}} - {{LOCATION:West Plains}}, MO
Requesting surgeon: Dr. {{NAME:Garrett Lyle}}, {{FACILITY:Ozark Plateau Orthopedics Springfield}}, fax {{FAX:417-555-0147}}
Procedure: R total knee arthroplasty, scheduled {{DATE:Tuesday 8/27/2024}} at {{FACILITY:Queen City Surgical Hospital}}
Patient: {{NAME:Vernon Lee Dotson}}   DOB {{DATE:02/29/1956}}   MRN {{MRN:OHC-4471290}}
Date of eval: {{DATE:08/12/2024}}   Examiner: {{NAME:Shelby Rhoads}}, FNP-BC

Hx: 68M, HTN, DM2 (A1c 6.9 {{DATE:7/30}}), OSA on CPAP, former smoker 40 pk-yr (quit 2015). Walks 2 blocks, climbs 1 flight w/ knee pain but no CP/dyspnea (>4 METs). No prior anesthesia problems; brother {{NAME:Lonnie}} had malignant hyperthermia? - pt unsure, will ask.
ECG today: NSR 68, LAFB, no change from {{DATE:1/2022}}. CBC, BMP nl.
RCRI 1 (DM on insulin? no - oral only = 0) -> RCRI 0. 
Recs: acceptable risk. Hold metformin AM of surgery, hold lisinopril AM of surgery, bring CPAP. Continue aspirin 81 per surgeon. Anesthesia to clarify MH family hx ({{NAME:Lonnie Dotson}}, {{LOCATION:Mountain Home}}, AR).
Copy faxed {{DATE:8/12/24}} 15:40 by {{NAME:dw}}.`,
  // 33 sick visit peds, strep f/u phone, Oklahoma
  `Phone note
{{DATE:2/20/2025}} 4:52 PM   {{FACILITY:Tahlequah Pediatric Clinic}}
Caller: {{NAME:Shawna Cornsilk}} (mom)   re: {{NAME:Ryker Cornsilk}} 7 yo, DOB {{DATE:10/2/17}}
# {{PHONE:918-555-0115}}

Mom says rapid strep from {{DATE:2/18}} was neg but culture called positive today (per portal). Wants abx. {{NAME:Ryker}} still has sore throat, temp 100.6 this AM, eating soft foods. Allergy: amoxicillin (hives age 2).
Reviewed w/ Dr. {{NAME:Sixkiller}}: throat cx {{DATE:2/18/25}} - Group A strep, moderate growth (acc {{ID:NEO25-049912}}).
Rx: cephalexin 250 mg/5 mL, 20 mg/kg/dose BID x10 days (wt 24 kg -> 480 mg... rounded to 500 mg = 10 mL BID) to {{FACILITY:Illinois River Pharmacy}} on {{ADDRESS:Downing St}}.
OK to return to {{FACILITY:Cedar Bluff Elementary}} after 12 hrs abx and fever-free. School note faxed to nurse Ms. {{NAME:Hummingbird}} {{FAX:918-555-0138}}.
Sibling {{NAME:Kaylee}} (4) has no sx - watch.
{{NAME:T. Buckhorn}}, LPN`,
  // 34 prenatal intake, women's health, North Carolina
  `NEW OB INTAKE - RN
{{FACILITY:Piedmont Women's Care}} - {{LOCATION:Winston-Salem}}
Date: {{DATE:03/04/2025}}   RN: {{NAME:Courtney Bynum}}, RN   Provider: {{NAME:Adaeze Nwachukwu}}, MD
Pt: {{NAME:Kimberly Rose Dalton}}   DOB {{DATE:7/17/1995}}   Age 29   G2P1001
LMP: {{DATE:12/30/2024}} (sure) -> EDD {{DATE:10/6/2025}}, GA 9w1d today
Dating US at {{FACILITY:Yadkin Valley Medical Center}} MFM {{DATE:3/11}}

OB hx: 2021 - SVD term girl ({{NAME:Harper}}), 7 lb 2 oz, at {{FACILITY:Salem Regional Women's Center}}; PPH 900 mL, no transfusion.
Med hx: hypothyroid on levo 50 (↑ to 62.5 today per protocol), anxiety - off sertraline since {{DATE:1/2024}}.
Social: married to {{NAME:Jordan Dalton}}; works as dental hygienist at {{FACILITY:Buena Vista Family Dentistry}}. Lives {{ADDRESS:2809 Robinhood Rd}}, {{LOCATION:Winston-Salem}} {{ZIP:27106}}. No tobacco/ETOH/drugs. Feels safe at home.
Insurance: BCBS NC, ID {{HEALTH_PLAN:YPW884019273}}
Labs: prenatal panel, TSH, NIPT (Panorama) drawn - {{FACILITY:Meridian Reference Labs}} req {{ID:49301177254}}.
Edinburgh 6. Flu vax given. 
Next: NOB w/ Dr. {{NAME:Nwachukwu}} {{DATE:3/18/25}}.`,
  // 35 hospital follow-up med rec, Arkansas, ALL CAPS
  `HOSPITAL FOLLOW UP / MEDICATION RECONCILIATION
{{FACILITY:BUFFALO RIVER RURAL HEALTH CENTER}} - {{LOCATION:MARSHALL}}, AR
PATIENT: {{NAME:HUCKABY, ORVILLE T}}    DOB: {{DATE:08/08/1948}}    MRN: {{MRN:BMR0048812}}
VISIT DATE: {{DATE:01/30/2025}}    PROVIDER: {{NAME:KATHRYN SELF}}, APRN
ADMITTED {{FACILITY:FAULKNER REGIONAL-CONWAY}} {{DATE:01/21/2025}} - {{DATE:01/25/2025}}: COMMUNITY ACQUIRED PNA, RLL. ALSO NEW DX HFrEF, EF 35% ON TTE.
DISCHARGE SUMMARY REC'D BY FAX {{DATE:1/27}} FROM DR {{NAME:ABERCROMBIE}} (HOSPITALIST).

MED                 PRE-ADMIT       DISCHARGE       TODAY
LISINOPRIL          20 MG DAILY     STOPPED         STOPPED
SACUBITRIL/VALS     --              24/26 MG BID    CONT - $$ -> PAP APPL
CARVEDILOL          --              3.125 BID       CONT
FUROSEMIDE          --              20 MG DAILY     CONT
ATORVASTATIN        20              40              CONT
AUGMENTIN           --              X7D (DONE {{DATE:1/28}}) COMPLETED
TAMSULOSIN          0.4             0.4             CONT
OMEPRAZOLE          20              --              PT STILL TAKING -> STOP

WIFE {{NAME:IMOGENE}} BRINGS ALL BOTTLES IN BAG. PHARMACY: {{FACILITY:MAIN STREET DRUG}} {{PHONE:870-555-0187}}.
ENTRESTO PT ASSIST APPLICATION STARTED, NOVARTIS FORM, SSN ON FORM {{SSN:431-55-0912}} (COPY SCANNED).
CARDIOLOGY F/U {{FACILITY:OUACHITA HEART CLINIC}} {{DATE:02/12/2025}}.
{{NAME:KS}}/{{NAME:RH}}`,
  // 36 vasectomy referral / telephone, Idaho
  `Referral
From: {{FACILITY:Boise Foothills Family Medicine - Meridian}}, {{ADDRESS:520 S Eagle Rd, Ste 1200}}, {{LOCATION:Meridian}} ID {{ZIP:83642}}  ph {{PHONE:208-555-0124}}  fx {{FAX:208-555-0125}}
To: {{FACILITY:Treasure Valley Urology}}, attn referrals   fx {{FAX:208-555-0166}}
Date: {{DATE:5/9/2024}}   Referral # {{ID:REF-2024-338107}}   Priority: routine

Patient: {{NAME:Dallin Ostergaard}}   DOB {{DATE:1985-10-21}}   Ph {{PHONE:208-555-0193}}
Ins: Regence BlueShield of Idaho  ID {{HEALTH_PLAN:RGH448173902}}
Reason: desires vasectomy for permanent contraception. 38M, married ({{NAME:Rachel}}), 4 children, youngest born {{DATE:Jan 2024}}. Counseled re permanence, failure rate 1/2000, post-vas SA. Both partners agree.
PMH unremarkable. No anticoagulants. NKDA.
Exam: normal GU, bilateral vas palpable. No varicocele/hernia.
Ordering provider: {{NAME:Travis Haddock}}, DO   NPI {{LICENSE:1083629471}}
Records attached: last OV {{DATE:4/30/24}}, med list, insurance card.
Referral coordinator: {{NAME:Mindy Yost}} x{{PHONE:3318}}`,
  // 37 annual physical, Medicare AWV, Kansas
  `MEDICARE ANNUAL WELLNESS VISIT (subsequent) - G0439
{{FACILITY:Flint Hills Family Health}}, {{ADDRESS:1133 College Ave, Suite B}}, {{LOCATION:Manhattan}}, KS {{ZIP:66502}}
Beneficiary: {{NAME:Gladys Irene Oberle}}   DOB {{DATE:04/04/1940}}   MBI {{HEALTH_PLAN:7QW2-RT4-JM63}}
DOS {{DATE:11/07/2024}}   Clinician: {{NAME:Martina Reyes-Kuhlman}}, MD; HRA reviewed by {{NAME:Tiffany Zeller}}, LPN

HRA: lives alone in farmhouse outside {{LOCATION:Wamego}}; nephew {{NAME:Curtis Oberle}} checks daily. Drives in town only, daytime. Widowed 2019.
Functional: independent ADLs, needs help w/ heavy housework (IADL). Falls: 1 in past yr (ice, {{DATE:Jan 2024}}), no injury.
Cognition: Mini-Cog 4/5. Hearing: uses Phonak aids. Vision: cataract surgery both eyes at {{FACILITY:Kaw Valley Eye Center}} 2021.
Depression: PHQ-2 0.
Advance care planning: has DPOA-HC naming niece {{NAME:Janet Oberle-Pfeifer}} ({{PHONE:785-555-0144}}); copy requested.
Screening schedule given: no further colon/cervical screening (age 84); DEXA {{DATE:5/2025}}; AAA n/a (female).
Vaccines: Flu HD today, COVID 2024-25 today, RSV {{DATE:10/2023}} done, Shingrix x2 done, PCV20 2022.
Personalized prevention plan printed.
{{NAME:MRK}}`,
  // 38 camp form, peds, Maine
  `CAMP HEALTH EXAMINATION FORM
Camp: {{FACILITY:Camp Sebago Pines}}, {{LOCATION:Raymond}}, ME   Session 2
Camper: {{NAME:Eliza Marchetti-Dunn}}     DOB {{DATE:12/03/2012}}    Age 11
Parent: {{NAME:Paul Dunn}}  {{PHONE:207-555-0171}}  {{EMAIL:pdunn.portland@example.net}}
Address: {{ADDRESS:41 Deering St, #2}}, {{LOCATION:Portland}}, ME {{ZIP:04101}}

Date of last physical exam: {{DATE:04/22/2024}}
Allergies: PEANUT (anaphylaxis {{DATE:8/2016}}) - EpiPen Jr x2 to camp; bee stings - local only
Medications at camp: cetirizine 10 mg daily; Epinephrine auto-injector 0.15 mg PRN
Conditions: mild intermittent asthma (albuterol PRN - none used in 1 yr); hx Osgood-Schlatter R knee, no restrictions
Immunizations: up to date per ME CDC requirements (copy attached). Tdap {{DATE:1/9/24}}. MenACWY {{DATE:1/9/24}}.
Activities: may participate in all activities including swimming, ropes course, overnight canoe trips.
Examining provider: {{NAME:Moira Gallant}}, NP   {{FACILITY:Casco Bay Community Health - Portland Clinic}}   {{PHONE:207-555-0120}}
Signature: {{NAME:M. Gallant}}   Date: {{DATE:5/2/2024}}
Camp nurse reviewed {{DATE:6/30/24}}: {{NAME:Becca Thornquist}}, RN`,
  // 39 hypothyroid phone note, Montana, short mixed
  `TC - {{FACILITY:Gallatin Valley Health Belgrade Clinic}}
{{DATE:08/14/24}} 2:10p   from pt {{NAME:Shayla Two Leggins}} DOB {{DATE:6-6-1977}}  ph {{PHONE:406-555-0199}}

pt saw TSH result in portal (0.08 L, drawn {{DATE:8/12}} at {{FACILITY:Yellowstone Regional Lab}} outreach lab in {{LOCATION:Livingston}} while visiting sister {{NAME:Rhonda}}). She's on levothyroxine 137 mcg, increased from 125 in {{DATE:May 2024}} by Dr. {{NAME:Wexler}}. Feels jittery, palpitations at night, lost 6 lb. No CP.
Advised to hold tomorrow's dose pending dr review.
-- {{NAME:Trina Balsley}}, RN

{{DATE:8/14/24}} 4:45p Dr. {{NAME:Wexler}}: decrease to 112 mcg daily (pt has 112s from earlier? - no, new rx sent to {{FACILITY:Bridger Drug}} {{LOCATION:Belgrade}}, Rx# {{ID:0318842}}). Recheck TSH/FT4 in 6 wk ~{{DATE:9/25}}. If palpitations persist or HR >110, come in for ECG. Pt notified by RN {{DATE:8/14}} 4:58p, verbalized understanding; lab order for {{LOCATION:Livingston}} fwd to {{FACILITY:Yellowstone Regional Lab}} fax {{FAX:406-555-0140}}.`,
  // 40 well child 15 months, Vermont / NH border, table
  `15 MONTH WELL VISIT
{{FACILITY:Upper Valley Children's - Lebanon Pediatrics}}
{{NAME:Wren Abernathy-Choi}}  F  DOB {{DATE:02/10/2023}}  MRN {{MRN:DH-11408227}}
DOS {{DATE:05/13/2024}}  Provider {{NAME:Malcolm Ruiz-Beauchesne}}, MD
w/ mom {{NAME:Hannah Choi}} and dad {{NAME:Isaac Abernathy}}; attends {{FACILITY:Little Sprouts Daycare}} in {{LOCATION:Hanover}} 3d/wk

GROWTH     value    %ile
Weight     9.6 kg   42
Length     78.5 cm  55
HC         45.8 cm  60

Dev: walks alone since 12 mo, 4-5 words (mama, dada, dog, uh-oh), points to request, stacks 2 blocks. MCHAT at 18 mo.
Nutrition: whole milk 16 oz, table foods, still nurses at night.
Sleep: 11 h + 1 nap.
Dental: 8 teeth, brushing w/ rice-grain fluoride paste. First dentist appt booked {{DATE:6/3}} at {{FACILITY:Connecticut River Pediatric Dentistry}}.
Exam: nl. Hgb 11.6 (12 mo). Lead 1.2 ({{DATE:2/2024}}).
Vaccines today: DTaP #4, Hib #4, PCV15 #4 (lot Y01922, exp 11/2025). Hep A #2 due 18 mo.
AG: car seat rear-facing, water safety, poison ctrl 1-800-222-1222.
RTC 18 mo ({{DATE:Aug 2024}}).`,
  // 41 acute visit, URI/sinusitis, South Carolina, shorthand
  `acute - {{FACILITY:Lowcountry Family Med}} {{LOCATION:Mt Pleasant}} - {{DATE:1/3/25}}
{{NAME:Ashby Pinckney Rhett}} 52M dob {{DATE:9/30/72}} mrn {{MRN:LFM-020318}}
prov: {{NAME:Celeste Gadsden}} NP

cc: sinus congestion x12d, "worse again"
hpi: started ~{{DATE:12/22}} after grandkids visited from {{LOCATION:Atlanta}} over xmas. improved ~day 6 then worse since {{DATE:12/30}} w/ purulent d/c, maxillary pressure L>R, upper tooth ache. T max 100.9. using flonase, sudafed (bp ok). no vision change.
pmh: htn (losartan 50), gerd. 
pe: t 99.6 bp 134/82. L max sinus ttp. nasal mucosa edematous w/ purulent d/c. op nl. tm's nl. lungs cta.
a: j01.00 acute maxillary sinusitis - double-sickening pattern -> bacterial likely
p: augmentin 875 bid x7d, saline irrigation, cont flonase. avoid sudafed if bp >140. rtc if not better 72h.
work: {{FACILITY:Palmetto Aerostructures}} - note given for {{DATE:1/3}} only.
pharm {{FACILITY:Shem Creek Pharmacy}} ({{ADDRESS:1160 Ben Sawyer Blvd}}).
{{NAME:cg}}`,
  // 42 lab result note, A1c, Indiana, portal reply
  `RESULT NOTE (released to MyChart {{DATE:9/4/2024 12:31 PM}})
Pt: {{NAME:Brenda Sue Houchins}}  DOB {{DATE:01/15/1965}}  MRN {{MRN:MHH-5590183}}
Ordering: {{NAME:Nathan Oyelowo}}, MD - {{FACILITY:Monroe Hills Primary Care - Bloomington}}
Labs drawn {{DATE:09/03/2024 07:48}} at {{FACILITY:Monroe Hills Hospital}} outpatient lab:
  Hemoglobin A1c ........ 7.9 % (H)   [prev 8.6 % on {{DATE:05/28/2024}}]
  Glucose, fasting ...... 148 mg/dL (H)
  eGFR .................. 71
  Urine alb/Cr .......... 42 mg/g (H)
  LDL ................... 88

Message to patient:
Hi {{NAME:Brenda}}, good news - your A1c improved from 8.6 to 7.9 since we added Trulicity. Goal is under 7. Your urine protein is a little high, so I'd like to add a kidney-protective medicine (Jardiance 10 mg). Please schedule a visit in 3 months. Also due for your diabetic eye exam - last one was {{DATE:7/2022}} at {{FACILITY:Hoosier Eye Consultants}}. Call {{PHONE:812-555-0109}}.
- Dr. {{NAME:Oyelowo}}

Pt reply {{DATE:9/4/24}} 6:15 PM: "ok will do. my insurance changed to Anthem thru my job at {{FACILITY:Limestone Medical Devices}}, new card # {{HEALTH_PLAN:JQW447128830}}. - {{NAME:Brenda}}"`,
  // 43 peds behavioral/ school letter phone, Rhode Island
  `TELEPHONE ENCOUNTER
{{FACILITY:Narragansett Children's Pediatric Primary Care}} @ {{FACILITY:NRH}}  -  {{DATE:10/22/2024}} 10:30
From: {{NAME:Jacqueline Medeiros}}, school social worker, {{FACILITY:Elmwood Crossing Middle School}}, {{LOCATION:Providence}}  ph {{PHONE:401-555-0178}}
Re: {{NAME:Adrian Pimentel}}, 13 yo, DOB {{DATE:4/29/2011}}
Consent: mom ({{NAME:Rosa Pimentel}}) signed ROI {{DATE:9/30/24}} - scanned.

Ms. {{NAME:Medeiros}} reports {{NAME:Adrian}} has missed 14 days since start of school, often c/o stomach aches in AM, sent to nurse 6x. Teacher notes he seems withdrawn since grandfather died over the summer. No bullying reported. Spanish-speaking family; older brother {{NAME:Kevin}} often interprets.
Reviewed chart: seen {{DATE:10/1/24}} for abd pain - exam nl, celiac/CBC/CMP nl. PHQ-A not done.
Plan per Dr. {{NAME:Ferreira-Santos}}: schedule visit this wk w/ interpreter (not sibling), PHQ-A + GAD-7, consider referral to {{FACILITY:Pawtuxet Behavioral Hospital}} outpatient/ integrated BH {{NAME:Luis Tavares}}, LCSW. Called mom {{PHONE:401-555-0179}} - appt {{DATE:Thurs 10/24}} 3:40.
{{NAME:N. Dube}}, RN`,
  // 44 insulin pump/CGM supplies letter of medical necessity, Colorado
  `LETTER OF MEDICAL NECESSITY
{{DATE:March 19, 2024}}
To: UnitedHealthcare Prior Authorization Dept., fax 1-866-555-0100
From: {{NAME:Eitan Rosenfeld}}, MD, {{FACILITY:Fountain Creek Community Health Center}}, {{ADDRESS:110 E Routt Ave}}, {{LOCATION:Pueblo}}, CO {{ZIP:81004}}, phone {{PHONE:719-555-0151}}

Re: {{NAME:Graciela Montoya-Sandoval}}   DOB {{DATE:11/30/1979}}   Member ID {{HEALTH_PLAN:985521074}}
Item requested: Dexcom G7 CGM sensors (A9276/K0554), Omnipod 5 pods

Ms. {{NAME:Montoya-Sandoval}} has type 1 diabetes since age 14 (E10.65) on multiple daily injections, checking fingersticks 6-8x/day. She had 2 episodes of severe hypoglycemia requiring assistance ({{DATE:12/14/2023}} - EMS called by coworker at {{FACILITY:Pueblo Mesa Medical Center}} where she works as a unit clerk; {{DATE:2/2/2024}} - husband {{NAME:Ruben}} gave glucagon). Hypoglycemia unawareness documented. A1c 8.4%.
Current meter: Contour Next One SN {{DEVICE:7H0041822}}. Prior CGM trial (Libre 2, sensor SN {{DEVICE:0M00087TP3Q}}) showed 11% time <70.
CGM with automated insulin delivery is medically necessary to prevent life-threatening hypoglycemia.
Supplier: {{FACILITY:Front Range Diabetes Supply}}, fax {{FAX:877-555-0102}}.
Sincerely, {{NAME:E. Rosenfeld}}, MD  NPI {{LICENSE:1528830417}}`,
  // 45 kid ED follow-up phone, Maryland, lowercase portal
  `portal msg {{DATE:6/2/24}} 21:40 -> pool: {{FACILITY:Chesapeake Pediatrics}} nurse
from: {{NAME:dominique brooks-adebayo}} (parent)  child: {{NAME:zion adebayo}}  dob {{DATE:3/15/2021}}

hi we were at the er at {{FACILITY:severn river medical center}} last nite (sat {{DATE:6/1}}) bc {{NAME:zion}} fell off the monkey bars at {{LOCATION:quiet waters park}} and they said his arm is a buckle fracture and put a splint. they said follow up with pcp or ortho in 1 wk. do we come to yall or go somewhere else? the discharge paper says {{FACILITY:Spa Creek Bone & Joint}} but they dont take our insurance (maryland physicians care). also he needs his 3 yr checkup anyway. my number {{PHONE:443-555-0102}}

--
reply {{DATE:6/3/24}} 08:20 {{NAME:Tamika Ridgely}} RN:
Hi {{NAME:Dominique}}, sorry {{NAME:Zion}} got hurt! Buckle (torus) fractures usually heal well in a splint. We can see him here - booked w/ Dr. {{NAME:Ahn}} {{DATE:Mon 6/10}} 9:15 at our {{LOCATION:Annapolis}} office ({{ADDRESS:2002 Medical Pkwy, Ste 320}}) and we'll do the 3 yr well visit same day. Please bring the CD/report from {{FACILITY:SRMC}}; we requested records (fax {{FAX:410-555-0104}}). Keep splint dry.`,
  // 46 hyperlipidemia chronic f/u, Wisconsin, SOAP
  `S: {{NAME:Gerald "Gerry" Wojciechowski}}, 61M, f/u HLD & prediabetes. Date {{DATE:4/15/2025}}. Seen at {{FACILITY:Central Sands Clinic - Stevens Point Center}}.
Stopped atorvastatin {{DATE:Feb 2025}} d/t leg aches, persisted after rest. Tried CoQ10. Walks w/ wife {{NAME:Barb}} daily. Diet: cut back on brats and Friday fish fry at {{FACILITY:VFW Post 6389}}.
FHx: father MI at 58 (d. at {{FACILITY:St. Casimir Hospital}} 1997).
O: BP 128/78, BMI 31. CK {{DATE:3/1/25}} 142 nl. LDL {{DATE:4/8/25}} 172 off statin (was 91 on).
A: 1. HLD w/ statin-associated muscle sx (SAMS) - not rhabdo. 2. prediabetes A1c 6.2.
P: rechallenge rosuvastatin 5 mg 3x/wk; if intolerant -> ezetimibe +/- bempedoic acid. Lp(a) added. 
Referral: DPP class via YMCA ({{FACILITY:Plover River YMCA}}, {{PHONE:715-555-0130}}).
Labs 8-12 wk. Next visit {{DATE:7/15/25}}.
{{NAME:Karin Lindquist}}, MD
{{NAME:KL}}/{{NAME:jw}}`,
  // 47 contraception visit, Nexplanon, Texas Houston
  `PROCEDURE NOTE - Etonogestrel implant insertion (CPT 11981)
{{FACILITY:Westheimer Community Health - Montrose}}, {{ADDRESS:1415 California St}}, {{LOCATION:Houston}}, TX {{ZIP:77006}}
Pt: {{NAME:Alondra Jiménez Castillo}}   DOB {{DATE:02/02/2003}}   MRN {{MRN:LCH00882731}}
Date: {{DATE:08/29/2024}}   Provider: {{NAME:Naomi Feldstein}}, WHNP-BC   Assist: {{NAME:Yadira Olvera}}, MA

Indication: desires LARC. LMP {{DATE:8/20/24}}, UPT neg today. Counseled on bleeding pattern changes. Consent signed.
Device: Nexplanon 68 mg, lot T044312, exp 03/2027, serial {{DEVICE:NXP-4418920}}
Site: L arm, non-dominant, 8 cm above medial epicondyle, 3-5 cm posterior to sulcus. 1% lidocaine 2 mL. Inserted w/o difficulty, palpated by pt and provider. Pressure dressing.
EBL minimal. No complications.
Removal due by {{DATE:08/29/2027}} (may extend per off-label data). Card given to pt.
Backup contraception x7 days. Pt lives w/ aunt {{NAME:Maribel}}; prefers contact by text {{PHONE:832-555-0196}} only (confidential - do NOT call home {{PHONE:713-555-0157}}).
Title X visit.`,
  // 48 hospital discharge letter to PCP received, Minnesota, ALL CAPS partial
  `FAX RECEIVED {{DATE:11/04/2024 16:02}} - {{FACILITY:ARROWHEAD HEALTH-ST. LOUIS RIVER MEDICAL CENTER}} {{LOCATION:DULUTH}} -> {{FACILITY:ARROWHEAD HEALTH - ELY CLINIC}}
DISCHARGE SUMMARY (ABBREV)
PATIENT: {{NAME:LEINO, ARVID K}}   DOB {{DATE:07/19/1950}}   HOSP MRN {{MRN:E4471082}}   ACCT {{ACCOUNT:900218846}}
ADMIT {{DATE:10/30/2024}}   DISCH {{DATE:11/03/2024}}   ATTENDING {{NAME:MARGARET HALVERSON}}, MD   PCP {{NAME:DAVID NIEMI}}, MD
DX: NSTEMI, 2V CAD S/P DES TO LAD/RCA {{DATE:10/31}}; DM2; TOBACCO
PROCEDURES: LHC WITH PCI (CATH LAB 3)
D/C MEDS: ASPIRIN 81, TICAGRELOR 90 BID, ATORVASTATIN 80, METOPROLOL SUCC 25, LISINOPRIL 5, NTG SL PRN, METFORMIN 500 BID (RESUME {{DATE:11/5}})
FOLLOW UP: PCP 7-10 DAYS; CARDIAC REHAB {{FACILITY:ARROWHEAD ELY}} (PHASE II); CARDIOLOGY DR {{NAME:ZUPANCIC}} 4 WKS.
SOCIAL: RETIRED MINER ({{FACILITY:MESABI TACONITE CO}}), LIVES {{ADDRESS:1822 E SHERIDAN ST}}, {{LOCATION:ELY}}, W/ WIFE {{NAME:HELMI}}.

---- clinic note below, handwritten-scan ----
{{DATE:11/5}} called pt - appt {{DATE:11/11}} w/ Dr {{NAME:Niemi}}. brilinta copay $47 - ok. - {{NAME:sk}} LPN`,
  // 49 adult immunization update, travel, Washington DC
  `NURSE VISIT - IMMUNIZATIONS / TRAVEL
{{FACILITY:Columbia Heights Community Health - Upper Cardozo}}, {{LOCATION:Washington}}, DC
{{DATE:01/16/2025}}  RN: {{NAME:Simone Akinyemi}}, RN   Standing order / Dr. {{NAME:Whitlock}}
Pt: {{NAME:Ermias Tesfaye}}  DOB {{DATE:05/02/1984}}  MRN {{MRN:CHC-3301927}}
Travel: {{LOCATION:Addis Ababa}} and {{LOCATION:Gondar}}, Ethiopia, {{DATE:2/8/25-3/10/25}}, visiting mother {{NAME:Almaz}}. Travel clinic appt at {{FACILITY:Foggy Bottom Travel Medicine}} {{DATE:1/23}} for malaria ppx + typhoid.

Given today:
 - Hep A #1 (Havrix 1440) L deltoid, lot 9LT44, exp 2026-05-31
 - Tdap (Adacel) R deltoid, lot C5981AA
 - Flu (Fluzone) R deltoid
DC DOH immunization registry updated, record # {{ID:DOC-884120997}}.
Yellow fever - not required for Ethiopia from US; recommended for some areas - to discuss at travel clinic.
MMR: titer immune 2019.
Pt works at {{FACILITY:Potomac Ground Services}} (ground crew), prefers {{PHONE:202-555-0160}}.
VIS given. 15 min obs, no rxn.`,
  // 50 sick visit adult, COVID, New York, telehealth
  `TELEHEALTH - PHONE ONLY (pt has no video)
{{FACILITY:Fort Washington Doctors - Washington Heights}}  |  {{DATE:Sunday, 12/8/2024}} (weekend coverage)
Pt: {{NAME:Altagracia Polanco de los Santos}}  DOB {{DATE:3/19/1951}}  MRN {{MRN:FWD-10044873}}
Spoke with pt + daughter {{NAME:Yokasta}} at {{PHONE:(646) 555-0127}}; Spanish, interpreter ID {{ID:240117}} ({{FACILITY:LinguaBridge Interpreters}}).
Pt located: home, {{ADDRESS:560 W 180th St, Apt 5F}}, {{LOCATION:Manhattan}}, NY {{ZIP:10033}}

73F, home COVID test + {{DATE:12/7}}. Sx since Thurs: fever 101, cough, body aches, no SOB at rest. Pulse ox at home 95-96%. PMH HTN, DM2, CKD3a (eGFR 48 {{DATE:10/2024}}), on atorvastatin 40, amlodipine, metformin.
A: COVID-19 (U07.1), high-risk (age, DM, CKD). Day 2 of sx.
P: Paxlovid renally dosed (nirmatrelvir 150/ritonavir 100 BID x5d). HOLD atorvastatin during + 3 d after. Amlodipine - monitor for dizziness/edema. Sent to {{FACILITY:Farmacia La Economia}} {{ADDRESS:4029 Broadway}}, {{PHONE:212-555-0105}} (open Sun).
ER precautions: SOB, SpO2 <92, confusion -> {{FACILITY:Inwood Hill Hospital}}.
F/u call {{DATE:12/10}} by PCP office (Dr. {{NAME:Dominguez-Roth}}).
{{NAME:Hamid Qureshi}}, MD (covering)`,
  // 51 school nurse inquiry about seizure plan, Ohio, email
  `From: {{EMAIL:kbarlow@example-butlerridge.org}}
Sent: {{DATE:Tuesday, August 20, 2024 7:14 AM}}
To: {{EMAIL:referrals@example-tristatepeds.com}}
Subject: Seizure action plan needed - {{NAME:Hollis Greer}}, Gr 2

Good morning,
I am the nurse at {{FACILITY:Union Centre Elementary}} ({{FACILITY:Butler Ridge Local Schools}}, {{LOCATION:West Chester}}). {{NAME:Hollis Greer}} (DOB {{DATE:7/7/2016}}) starts {{DATE:8/26}}. Parent ({{NAME:Andrea Greer}}) says she was diagnosed with absence epilepsy at {{FACILITY:Queen City Children's}} this summer and is on ethosuximide. We need a signed seizure action plan and med authorization before the first day. Also any rescue med (Nayzilam/Valtoco)?
Thank you,
{{NAME:Kristen Barlow}}, BSN, RN | {{PHONE:513-555-0181}} | fax {{FAX:513-555-0182}}

---
Staff note {{DATE:8/20/24}} 10:02 ({{NAME:Devon Marsh}}, MA, {{FACILITY:Tri-State Pediatrics}}): Dr. {{NAME:Patel-Emerson}} will complete plan; neurology (Dr {{NAME:Omura}}, {{FACILITY:QCCH}}) recs in Care Everywhere {{DATE:6/14/24}} - no rescue med ordered. Form faxed {{DATE:8/21}}.`,
  // 52 chronic pain/controlled sub agreement visit, Kentucky Appalachia, family med
  `FAMILY MEDICINE OFFICE VISIT
{{FACILITY:Pine Mountain Comprehensive Health}} - {{LOCATION:Whitesburg}}, KY  ({{LOCATION:Letcher Co.}})
{{DATE:3-12-24}}
{{NAME:Elmer Ray Fugate}}  DOB {{DATE:10-08-1959}}  acct {{ACCOUNT:MCHC-770214}}
Seen by: {{NAME:Deborah Banks-Adams}}, MD

64 yo M, chronic LBP (L4-5 DDD, failed back syndrome s/p fusion 2011 at {{FACILITY:Bluegrass University HealthCare}}), on tramadol 50 TID. 3 mo controlled-sub visit. KASPER reviewed today - single prescriber/pharmacy ({{FACILITY:Parkway Pharmacy}}, {{LOCATION:Whitesburg}}). UDS {{DATE:12/2023}} appropriate.
Function: can mow yard on rider, fishes at {{LOCATION:Fishpond Lake}}. Pain 5/10. PEG score 5.
Also: DM2 (A1c 7.0), HTN, depression (PHQ-9 8), hx black lung claim pending through {{FACILITY:Cumberland Plateau Black Lung Clinic}}.
Wife {{NAME:Loretta}} has dementia, he's caregiver - stress. Son {{NAME:Dwayne}} lives in {{LOCATION:Jenkins}}.
Plan: continue tramadol 50 TID #90, no early fills, agreement renewed & signed today. Duloxetine 30 -> 60 for pain + mood. PT at {{FACILITY:MRH Whitesburg}}. Narcan Rx offered - accepted.
Caregiver resources: area agency on aging respite info given.
F/u 3 mo {{DATE:6/11/24}}. -{{NAME:DBA}}`,
  // 53 postpartum visit, Louisiana New Orleans, women's health
  `POSTPARTUM VISIT (6 wk)
{{FACILITY:Audubon Women's Health - Uptown}} | {{ADDRESS:4720 S I-10 Service Rd W, Ste 100}}, {{LOCATION:Metairie}}, LA {{ZIP:70001}}
Pt: {{NAME:Dominique Batiste-LeBlanc}}  DOB {{DATE:4/23/1992}}  MRN {{MRN:AWH-006648}}
Visit: {{DATE:09/10/2024}}   Provider: {{NAME:Claire Fontenot}}, MD

Delivered {{DATE:7/29/24}} at {{FACILITY:St. Charles Avenue Hospital}} - pLTCS (breech), baby girl {{NAME:Amara}}, 3.2 kg. Complicated by gestational HTN - on nifedipine XL 30 until {{DATE:8/20}}, now off. Home BPs via Babyscripts cuff 120s/70s.
Breastfeeding + pumping, returning to work at {{FACILITY:Napoleon Avenue Medical Center}} (NICU RN) {{DATE:10/1}}. Needs lactation room letter -> done.
EPDS 11 (positive, item 10 = 0). Tearful, poor sleep, partner {{NAME:Marcus LeBlanc}} works offshore 14/14.
Exam: incision healed. BP 118/76.
Contraception: progestin-only pill (norethindrone 0.35) started.
Plan: 
- PPD mild-mod: pt prefers in-person therapy -> {{NAME:Jasmine Thibodeaux}}, LPC ({{FACILITY:Audubon}} perinatal psych), appt {{DATE:9/17}}; start sertraline 25 -> 50.
- Gest HTN: annual BP, CV risk counseling. 
- Flu, Tdap UTD. Pap due 2026.
cc PCP Dr. {{NAME:Guidry}} ({{FACILITY:Crescent City Family Medicine}}).`,
  // 54 pharmacy call re interaction, Nevada
  `Pharmacy call
{{DATE:07/02/2024}} 13:25 - {{FACILITY:Truckee Meadows Medical Group - South Meadows}}, {{LOCATION:Reno}} NV
Caller: {{NAME:Farid Nasseri}}, PharmD, {{FACILITY:Sierra Market Pharmacy #109}}, {{PHONE:775-555-0136}} opt 2
Pt: {{NAME:Constance Whitaker-Yazzie}}, DOB {{DATE:11/21/1948}}
Concern: new Rx clarithromycin 500 BID (from urgent care {{FACILITY:QuickCare Double R}} {{DATE:7/1}}) + pt on simvastatin 40 and amlodipine 10 per profile - major interaction (CYP3A4), rhabdo risk. Urgent care closed for holiday? pharmacist could not reach prescriber ({{NAME:B. Kestrel}}, PA).
Routed to PCP Dr. {{NAME:Imani Okwuosa}}:
- ok to switch to azithromycin Z-pak (CAP, outpatient, no macrolide resistance concern per UC note) OR doxycycline 100 BID x5d. Choose doxy.
- hold simvastatin x1 wk anyway.
Called pharmacy back 14:05, spoke w/ {{NAME:Farid}}, verbal order given. Pt notified at {{PHONE:775-555-0122}}; she is staying with granddaughter {{NAME:Naomi}} in {{LOCATION:Sparks}} this week - f/u call {{DATE:7/5}}.
{{NAME:Ruby Calhoun}}, LPN`,
  // 55 referral letter, pediatric cardiology, murmur, Indiana/Chicago region
  `REFERRAL - PEDIATRIC CARDIOLOGY
Date: {{DATE:Oct. 28, 2024}}
To: {{FACILITY:White River Children's Health - Pediatric Cardiology}}, {{ADDRESS:705 Larkspur Medical Dr}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46202}}; fax {{FAX:317-555-0143}}
From: Dr. {{NAME:Lucinda Abioye-Hart}}, {{FACILITY:Lafayette Pediatric Associates}}, {{ADDRESS:3920 St Francis Way, Suite 300}}, {{LOCATION:Lafayette}}, IN {{ZIP:47905}}; ph {{PHONE:765-555-0165}}

Patient: {{NAME:Oliver Nakashima-Reed}}   DOB {{DATE:01/05/2020}}   Age 4
Parents: {{NAME:Kenji Nakashima}} & {{NAME:Sarah Reed}}, {{PHONE:765-555-0166}}
Insurance: Anthem HIP/Hoosier Healthwise  ID {{HEALTH_PLAN:MDX55210943}}

Reason: new II/VI systolic murmur LUSB at 4 yr WCC {{DATE:10/21/24}}, does not change with position (not classic Still's). No cyanosis, FTT, syncope. Mild exercise fatigue at {{FACILITY:Happy Hollow Preschool}} per teacher. Fixed split S2? - uncertain.
ECG here: NSR, rsR' in V1, ? RVH. Concern for ASD.
Requested: eval + echo. Preference for the {{LOCATION:West Lafayette}} outreach clinic if available.
Thank you, {{NAME:L. Abioye-Hart}}, MD`,
  // 56 annual physical male, internal med, Arizona Phoenix, templated
  `*** PREVENTIVE VISIT 40-64 (99396) ***
Practice: {{FACILITY:Saguaro Health Clinic - Internal Medicine, Chandler}}
Patient Name: {{NAME:Rafael "Rafa" Quintanilla}}     DOB: {{DATE:6/23/1977}}     MRN: {{MRN:SH-2884013}}
Date of Service: {{DATE:2024-05-30}}     Rendering: {{NAME:Hyun-Joo Park}}, MD

Social: married ({{NAME:Lucia}}), 3 kids. Software eng at {{FACILITY:Sonoran Semiconductor Ocotillo}} campus. Lives {{LOCATION:Gilbert}}. Mtn biking {{LOCATION:South Mountain}}. EtOH 4-6/wk. Never smoker. Firearms at home - locked.
Hx: HTN (dx {{DATE:3/2022}}), fatty liver on US {{DATE:1/2023}}, kidney stone x1.
Screening:
 - colon: Cologuard neg {{DATE:4/28/2022}} -> due {{DATE:4/2025}}; pt prefers colonoscopy -> referral {{FACILITY:Valley of the Sun Digestive Health}}
 - lipids / A1c / CMP / CBC today; FIB-4 calc after labs
 - PSA: SDM done, pt opts in
 - Hep C Ab neg 2019; HIV neg
Vitals: BP 136/88 (repeat 132/84) BMI 29.8 Wt 214
Meds: losartan 50
Vaccines: Tdap 2015 -> due, given today. Flu {{DATE:10/2023}}. COVID updated {{DATE:9/2023}}.
Counsel: heat illness, hydration, sunscreen (hx basal cell - {{FACILITY:Camelback Dermatology}} yearly).
F/u 3 mo BP.`,
  // 57 daycare form + immunization exemption question, Oregon Portland portal
  `Portal message  {{DATE:Aug 5 2024}} 9:12pm
From: {{NAME:Sage Whitcomb-Ortiz}} (parent)
Re: {{NAME:Juniper Whitcomb-Ortiz}} (DOB {{DATE:11/1/2022}})
To: {{FACILITY:Pearl District Pediatrics}} / Dr {{NAME:Lindahl}}

hi, {{NAME:juniper}} starts at {{FACILITY:Growing Seeds Montessori}} on {{DATE:9/3}} and they need the Oregon Certificate of Immunization Status signed + a child health form. she's behind on a couple shots bc we moved from {{LOCATION:Eugene}} in {{DATE:march 2024}} and her old clinic ({{FACILITY:McKenzie River Pediatrics Eugene}}) records might not be in your system? also we were thinking about a nonmedical exemption for the 2nd MMR.. can you talk to us about it?
-{{NAME:sage}}, {{PHONE:971-555-0103}}

Reply {{DATE:8/6/24}} - {{NAME:Hollis Greene}}, RN:
Hi {{NAME:Sage}} - we received records from {{FACILITY:McKenzie River}} on {{DATE:7/18}} and ALERT IIS shows: missing Hep A #2 and varicella #1 (due at 12-15 mo). MMR #2 isn't due until age 4, so no exemption needed for daycare now. Booked nurse visit {{DATE:8/13}} 10:40 for catch-up; Dr. {{NAME:Lindahl}} will sign the CIS form then. Happy to talk more at the visit!`,
  // 58 fax cover + records request, Georgia rural
  `FAX COVER SHEET
{{FACILITY:Southwest Georgia Family Health - Moultrie}}
{{ADDRESS:2510 S Main St}}  {{LOCATION:Moultrie}}, GA {{ZIP:31768}}
Phone {{PHONE:229-555-0119}}   Fax {{FAX:229-555-0186}}

TO: Medical Records, {{FACILITY:Red Hills Memorial Hospital}}, {{LOCATION:Thomasville}}   FAX: {{FAX:229-555-0127}}
FROM: {{NAME:Latrice Kinsey}}, Referral Coordinator
DATE: {{DATE:02.06.2025}}     # PAGES (incl cover): 3

RE: REQUEST FOR RECORDS
Patient: {{NAME:Obadiah J. Strickland}}   DOB: {{DATE:9/4/1962}}   SSN last 4: {{SSN:0471}}
Dates of service requested: {{DATE:01/18/2025}} - {{DATE:01/22/2025}} (admission, GI bleed)
Please send: discharge summary, EGD report (Dr. {{NAME:Pemberton}}), path, labs, med list.
Signed HIPAA authorization attached (pt signed {{DATE:2/5/25}}).
Pt has f/u w/ Dr. {{NAME:Osei-Bonsu}} {{DATE:2/11}}.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, call {{PHONE:229-555-0119}} and destroy all copies.`,
  // 59 anticoag INR clinic phone, Pennsylvania Pittsburgh shorthand
  `coumadin clinic - phone
{{FACILITY:Three Rivers Primary Care - Bethel Park}}   {{DATE:5/20/24}}
pt {{NAME:Stanley Mrozinski}} {{AGE:91}}yo M  dob {{DATE:1/2/1933}}  mrn {{MRN:TRPC4190027}}
indication: mech AVR (2009, On-X), goal 2.0-3.0 (per cards Dr {{NAME:Halloran}})
INR today 4.3 (POC via home monitor - Roche CoaguChek INRange, SN {{DEVICE:UU2219083}}, reported by {{FACILITY:HomeINR Services}})
dose: 5 mg daily exc 2.5 mg M/F. no missed/extra doses. new: pt's daughter {{NAME:Carol Ann}} says he started cipro {{DATE:5/16}} from urgent care ({{FACILITY:QuickMed Express}} {{LOCATION:South Park}}) for uti. no bleeding, no falls, no dark stools.
plan: hold tonight, then 2.5 mg tomorrow, resume 5 mg exc 2.5 M/F. recheck INR {{DATE:Thurs 5/23}}. 
called back daughter at {{PHONE:412-555-0195}} 15:20, read back ok.
note to PCP Dr. {{NAME:Vasquez-Orr}} re cipro/warfarin.
{{NAME:Megan Kostelnik}}, PharmD, CACP`,
  // 60 peds sick visit, ear infection, Hawaii Big Island
  `SICK VISIT
{{FACILITY:Hilo Bayfront Family Health Center}}, {{ADDRESS:1178 Kilauea Ave}}, {{LOCATION:Hilo}} HI {{ZIP:96720}}
{{DATE:11/6/2024}}
Pt: {{NAME:Kaleo Nakamura-Kahananui}}   DOB {{DATE:8/18/2022}}   2 y 2 m
w/ grandma {{NAME:Lorraine Kahananui}} (tutu), mom at work ({{FACILITY:Big Island Aloha Wear}}); mom {{NAME:Kalena}} on speaker {{PHONE:808-555-0153}} for consent.
CC: tugging L ear, fever 102, fussy x2 d. Daycare at {{FACILITY:Wailoa Keiki Preschool}}. No prior AOM this yr. Vax UTD incl flu {{DATE:10/2024}}.
Exam: T 101.6. L TM bulging, erythematous, opaque, no mobility. R TM nl. Lungs clear.
A: acute otitis media L, H66.92
P: amoxicillin 90 mg/kg/day div BID x10d (wt 12.5 kg -> 560 mg BID = 7 mL of 400/5). ibuprofen prn. RTC if not better 48-72 h. Recheck in 3 wk not needed unless sx.
Rx -> {{FACILITY:Puna Market Pharmacy}} {{LOCATION:Puainako}}.
Daycare note given.
{{NAME:Ikaika Tavares}}, MD`,
  // 61 billing / portal access issue message, Ohio Columbus
  `PATIENT ACCOUNT SERVICES - message routed to clinic
{{DATE:3/27/2025 14:03}}   from {{NAME:Destiny Oyler}} (billing rep, ext {{PHONE:40617}})
To: {{FACILITY:Scioto Valley Physician Group - Grove City Primary Care}} front desk pool

Pt {{NAME:Marcus Tellez-Boyd}} (DOB {{DATE:08/14/1989}}, guarantor acct {{ACCOUNT:GC-004418276}}) called disputing charge for {{DATE:1/14/25}} visit: annual physical billed w/ 99214-25 for "also discussed BP and knee". Pt says no one told him there'd be a copay. Ins: Medical Mutual, ID {{HEALTH_PLAN:MMO88130442}}.
Also locked out of MyChart - IT ticket {{ID:INC0938817}}; pt's login attempts from IP {{IP:203.0.113.47}} flagged as suspicious. Reset link sent to {{EMAIL:m.tellezboyd@example.com}}.
Please have provider (Dr. {{NAME:Shanelle Arbogast}}) review documentation to confirm whether the separate E/M was appropriate. Call pt at {{PHONE:614-555-0111}}.

--
{{DATE:3/28}} Dr {{NAME:Arbogast}}: reviewed - new L knee effusion workup + BP med change, separate E/M supported. Pls explain to pt. -{{NAME:SA}}`,
  // 62 hypertension follow-up, South Texas Spanish-speaking, bilingual
  `Nota de seguimiento / Follow-up visit
{{FACILITY:Laredo Family Health Center}}, {{ADDRESS:2500 E Saunders St, Suite 4}}, {{LOCATION:Laredo}}, TX {{ZIP:78041}}
{{DATE:14/03/2024}} (written dd/mm by MA) = {{DATE:March 14, 2024}}
Pt: {{NAME:Rogelio Treviño Zapata}}   DOB {{DATE:12/06/1958}}   MRN {{MRN:LFHC-118204}}
Provider: {{NAME:Lourdes Canales}}, MD   MA: {{NAME:Ivonne Salinas}}

S: Pt dice que "la presión anda alta" - home BP 150-160s. Se le acabó losartan hace 2 semanas, compraba medicinas en {{LOCATION:Nuevo Laredo}} (farmacia {{FACILITY:Guadalupana}}) - ahora tomando "Cozaar" from Mexico 50 mg irregular. Trabaja en {{FACILITY:Rio Bravo Grocers}} warehouse night shift.
O: BP 164/96, 158/94. HR 78. No edema. Fundi - no papilledema.
A: HTN, uncontrolled d/t nonadherence/cost; no HTN emergency.
P: losartan-HCTZ 100/25 via clinic 340B pharmacy ($4), BP cuff from program. Wife {{NAME:Ofelia}} to bring BP log. RTC 2 wks w/ nurse, 1 mo w/ provider. Labs BMP.
Patient education in Spanish, teach-back ok.
{{NAME:LC}}/{{NAME:is}}`,
  // 63 gyn problem visit, menopause, Connecticut
  `PROBLEM VISIT - GYN
{{FACILITY:Connecticut River Women's Health - Glastonbury}}   {{DATE:1/22/25}}
{{NAME:Ruth-Ellen Castagna}}, 51, DOB {{DATE:10/09/1973}}  MRN {{MRN:WHC-7730219}}
Provider: {{NAME:Sunita Varadarajan}}, MD, NCMP

CC: hot flashes 10-12/day, night sweats, insomnia. LMP {{DATE:5/2024}}. Mood irritable. Works as paralegal at {{FACILITY:Talcott & Wethersfield LLP}} in {{LOCATION:Hartford}} - "melting in depositions."
PMH: migraine w/o aura, no VTE/breast ca. Mom ({{NAME:Dorothy}}) had breast ca at 72. Mammo {{DATE:11/2024}} at {{FACILITY:Capitol Region Breast Imaging}} BI-RADS 1. Non-smoker.
BP 122/78, BMI 26.
A: vasomotor sx of menopause, candidate for MHT (<60, <10 y from FMP).
P: estradiol 0.05 mg/day patch + micronized progesterone 100 mg qhs. Discussed risks (VTE, breast ca per WHI reanalysis), alternatives (fezolinetant, SSRIs). Pt chooses MHT.
Rx to {{FACILITY:Hubbard Pharmacy}} {{ADDRESS:2858 Main St}}, {{LOCATION:Glastonbury}}.
F/u 3 mo, sooner prn. Pt email for AVS: {{EMAIL:recastagna@example.org}}.`,
  // 64 school excuse + concussion RTL, North Dakota
  `CONCUSSION FOLLOW-UP / RETURN TO LEARN & PLAY
{{FACILITY:Prairie Rose Family Clinic}}, {{ADDRESS:1720 S University Dr}}, {{LOCATION:Fargo}}, ND {{ZIP:58103}}
Date {{DATE:10/15/24}}   Provider {{NAME:Anders Bjornstad}}, MD (CAQ Sports Med)
Athlete: {{NAME:Kaia Froehlich}}  DOB {{DATE:3/3/2008}}  16F  Soccer, {{FACILITY:Red River Valley High School}}
Athletic trainer: {{NAME:Cody Lerud}}, ATC  {{PHONE:701-555-0148}}

Injury {{DATE:10/3/24}} - head-to-head in game vs {{FACILITY:West Fargo Prairie View}}; no LOC; seen at {{FACILITY:Red River Urgent Care}} same night, no imaging.
Sx now: SCAT6 symptom score 4 (was 38 on {{DATE:10/4}}), mild HA end of day. Sleep nl. Back in class full days since {{DATE:10/10}} w/ breaks. VOMS nl. BESS 6 errors.
Plan: begin graded RTP stage 2 (light aerobic) under ATC; advance 1 stage/24 h if asx. Full contact only after written clearance from this office. Academic: continue extra time for tests thru {{DATE:10/25}}.
Mom {{NAME:Heidi Froehlich}} agrees, cell {{PHONE:701-555-0187}}.
Form faxed to school nurse ({{NAME:Jan Solberg}}) fax {{FAX:701-555-0189}}.
{{NAME:AB}}/{{NAME:tk}}`,
  // 65 telephone: lab result abnormal potassium, urgent, California Central Valley
  `URGENT LAB CALL
{{DATE:6/19/2024}} 17:48 - {{FACILITY:Sequoia Valley Medical Group}}, {{LOCATION:Visalia}}
Call from: {{FACILITY:Tulare Basin Clinical Lab}}, tech {{NAME:Arturo Medina}}, {{PHONE:559-555-0145}}
Critical value: K 6.4 mmol/L (non-hemolyzed per lab), Cr 2.3 (baseline 1.5 {{DATE:2/2024}}), collected {{DATE:6/19/24 10:22}}, accession {{ID:TBL-61940027}}
Pt: {{NAME:Harjit Kaur Sandhu}}  DOB {{DATE:07/31/1950}}  MRN {{MRN:SVMG-339207}}
Read back verified. On-call: Dr. {{NAME:Emeka Nwosu}} notified 17:52.

Meds: lisinopril 40, spironolactone 25 (added {{DATE:5/30}} by cardiology), metformin, KCl?? - no, stopped.
Dr. {{NAME:Nwosu}} called pt at {{PHONE:559-555-0170}} 18:05 - son {{NAME:Gurpreet}} answered, translated Punjabi. Pt feels weak, no palpitations.
Instructed: go to ED now for ECG and treatment - family prefers {{FACILITY:Valley Oak Regional Hospital}} ED ({{ADDRESS:400 W Mineral King Ave}}). Stop spironolactone and lisinopril. 
ED charge RN {{NAME:Pam Ochoa}} given report 18:20.
{{NAME:E. Nwosu}} MD`,
  // 66 adolescent well visit, confidential, Colorado mountain
  `ADOLESCENT WELL VISIT (16 y)
{{FACILITY:High Country Family Medicine}} - {{LOCATION:Leadville}}, CO   {{DATE:06/25/2024}}
Pt: {{NAME:Tobias Escalante-Grier}}  DOB {{DATE:05/31/2008}}  MRN {{MRN:HCFM-40913}}
Provider: {{NAME:Wynonna Lapp}}, DO
Dad ({{NAME:Martin Grier}}) present for first part; confidential interview alone.

HEADSS (confidential): Home - lives w/ dad + stepmom {{NAME:Celia}}, mom in {{LOCATION:Grand Junction}}. Education - rising junior at {{FACILITY:Mosquito Pass High School}}, B's. Activities - nordic ski team, works summers at {{FACILITY:Timberline Cookhouse}}. Drugs - vapes nicotine "sometimes", tried edibles x2. Sexuality - not sexually active. Suicide - PHQ-A 3, no SI. Safety - seatbelt yes, helmet mostly.
Exam: Tanner 5. BP 112/68. BMI 21. Scoliosis screen neg.
Vaccines: MenACWY #2 today, MenB #1 (SDM - chose yes), HPV series complete 2021. 
Counsel: vaping cessation (This is Quitting text program), altitude hydration, sunscreen.
Sports form for Nordic completed. Driver's permit medical form - n/a.
Confidential portion NOT released on proxy portal (dad's proxy acct). Teen's own number {{PHONE:719-555-0158}}.`,
  // 67 med refill denial/need visit, Oklahoma City, portal short
  `RX REFILL REQUEST - ROUTED
Received: {{DATE:09/03/2024}} via fax from {{FACILITY:Northwest Expressway Pharmacy}}, {{ADDRESS:3501 NW Expressway}}, {{LOCATION:Oklahoma City}} {{ZIP:73112}}  fax {{FAX:405-555-0146}}
Patient: {{NAME:Kimberly D. Yellowhorse}}   DOB {{DATE:4/16/1976}}
Drug: sertraline 100 mg #30  /  lisinopril 20 mg #30  /  Ventolin HFA
Prescriber on file: {{NAME:Elias Harjo}}, MD, {{FACILITY:Crossroads Primary Care OKC}}
Last seen: {{DATE:08/22/2023}} (>12 mo)

Action ({{NAME:Jen Pruett}}, MA, {{DATE:9/3/24}} 11:08): 30-day bridge per refill protocol for sertraline + lisinopril (1 time only). Ventolin - not on protocol, routed to Dr. {{NAME:Harjo}}.
Dr. {{NAME:Harjo}} {{DATE:9/3/24}} 14:30: ok ventolin x1. MUST schedule - overdue BMP & BP.
Pt called {{PHONE:405-555-0176}} - mailbox full. Portal msg sent. Letter mailed to {{ADDRESS:1109 SW 44th St, Apt 12}}, {{LOCATION:Oklahoma City}} OK {{ZIP:73109}}.
{{DATE:9/5}} - pt scheduled {{DATE:9/16/24}} 8:00 AM. -{{NAME:jp}}`,
  // 68 hospital-to-PCP ED visit notification, Virginia Tidewater, Tricare
  `ED VISIT NOTIFICATION (auto-generated, HIE)
Sent {{DATE:2024-08-17T03:22}} to PCP: {{NAME:Yvonne Castleberry}}, NP - {{FACILITY:Tidewater Family Health, Chesapeake}}
Patient: {{NAME:ALVAREZ-KING, JORDAN M}}  DOB {{DATE:1998-02-11}}  Sex F
ED: {{FACILITY:Bayside Regional Medical Center}} Emergency Dept, {{LOCATION:Virginia Beach}}
Arrival {{DATE:08/16/2024 22:47}}  Depart {{DATE:08/17/2024 02:58}}  Disposition: home
Chief complaint: abdominal pain RLQ
Dx: R ovarian cyst, hemorrhagic (N83.201); appendix nl on CT
Attending: {{NAME:Omari Blackwell}}, MD
Insurance: TRICARE Prime, DBN {{HEALTH_PLAN:1194482731}}; sponsor: spouse {{NAME:Devonte King}}, USN, {{FACILITY:NAS Back Bay}}
Follow-up instructions: PCP or GYN in 1 wk; repeat pelvic US 6-8 wk.

-- clinic action --
{{DATE:8/19}} {{NAME:Alisha Moore}}, RN called pt {{PHONE:757-555-0132}}: pain 3/10, taking ibuprofen. Appt made w/ {{NAME:Y. Castleberry}} NP {{DATE:8/22}} 1:00; US ordered at {{FACILITY:Greenbrier Imaging}} for {{DATE:10/1}}.`,
  // 69 head lice / school exclusion phone, Nebraska, brief
  `phone note {{DATE:1/27/25}} 8:05a  {{FACILITY:Sandhills Family Practice}}, {{LOCATION:Broken Bow}} NE
caller {{NAME:Jolene Ostrander}}, school nurse at {{FACILITY:Muddy Creek Elementary}} ({{PHONE:308-555-0141}})
re: {{NAME:Addison Kreutzer}}, 8 yo, dob {{DATE:5/1/16}} & sib {{NAME:Paisley Kreutzer}}, 6 yo, dob {{DATE:9/12/18}}

nurse found live lice on both girls. parent ({{NAME:Crystal Kreutzer}}) has no transportation, lives out on {{ADDRESS:Rd 792}} nr {{LOCATION:Merna}}; asking if we can call in rx since OTC permethrin failed x2 ({{DATE:12/2024}} and {{DATE:1/13}}).
per Dr. {{NAME:Haumont}}: rx ivermectin 0.5% lotion (Sklice) x2 tubes to {{FACILITY:Mid-Nebraska Drug}}, {{LOCATION:Broken Bow}}. ok to return to school after 1st treatment (no-nit policy not recommended per AAP). fine-tooth comb q2-3d x2 wk. wash bedding/hats hot.
called mom at {{PHONE:308-555-0162}} - informed. she can get to pharmacy w/ neighbor {{NAME:Verna}}. note faxed to school {{FAX:308-555-0163}}.
-{{NAME:tm}} RN`,
  // 70 osteoporosis / DEXA result letter, Florida panhandle
  `{{FACILITY:EMERALD COAST INTERNAL MEDICINE}}
{{ADDRESS:4400 Bayou Blvd, Bldg 12}} * {{LOCATION:Pensacola}}, FL {{ZIP:32503}} * {{PHONE:850-555-0113}}

{{DATE:December 3, 2024}}

Mrs. {{NAME:Opal Faye Hendershot}}
{{ADDRESS:8812 Scenic Hwy, Lot 41}}
{{LOCATION:Pensacola}}, FL {{ZIP:32514}}

Dear Mrs. {{NAME:Hendershot}},
Your bone density (DEXA) test done {{DATE:11/26/2024}} at {{FACILITY:Gulf Breeze Imaging}} showed:
  Lumbar spine T-score  -2.7
  Left femoral neck     -2.3
  FRAX 10-yr major osteoporotic fracture 24%, hip 4.1%
This means you have OSTEOPOROSIS. Dr. {{NAME:Pruitt-Mbeki}} recommends a weekly pill called alendronate 70 mg (take first thing in the morning with a full glass of water, stay upright 30 minutes) plus calcium 1200 mg/day from food + supplement and vitamin D 1000 IU. Please also see your dentist before starting if you have any planned extractions.
Your prescription was sent to {{FACILITY:Navarre Family Pharmacy}}. We will recheck your DEXA in 2 years. Please call {{NAME:Brianna}} at extension {{PHONE:214}} to schedule a follow-up in 3 months.

Sincerely,
{{NAME:Nolan Pruitt-Mbeki}}, MD
{{NAME:NPM}}:{{NAME:bw}}`,
  // 71 internal med chronic follow-up, CKD/gout, New Mexico Navajo Nation border, brief SOAP
  `{{FACILITY:Red Mesa Indian Health Clinic}} - Internal Medicine    {{DATE:4/2/2024}}
Pt {{NAME:Harrison Begaye}}  DOB {{DATE:1957-09-13}}  Chart # {{MRN:RMIH-08841}}  Census #: {{ID:NN-2210447}}
Seen by {{NAME:Wilfred Yazzie-Lomasney}}, MD; interp (Diné) {{NAME:Bernadine Tso}}

S: gout flare L 1st MTP x4 d, 3rd this yr. Drinks Pepsi 2-3/day. Hauls water from {{LOCATION:Teec Nos Pos}} chapter well. On allopurinol 100 but "ran out 2 mo ago". Wife {{NAME:Lorena}} died last yr, lives alone, daughter {{NAME:Tina Begaye}} in {{LOCATION:Shiprock}} checks weekly.
O: L 1st MTP swollen, warm. BP 146/90. Uric acid 9.4, Cr 1.6, eGFR 46.
A: acute gout, CKD 3a, HTN.
P: prednisone 30 mg x5d (avoid NSAIDs/colchicine dose in CKD), restart allopurinol 100 -> titrate q2-4 wk to UA <6, colchicine 0.6 daily ppx x3 mo. CHR {{NAME:Lucinda Nez}} to deliver meds + check q2wk. F/u 1 mo {{DATE:May 2}}.
Phone: none; msg via daughter {{PHONE:505-555-0184}}.`,
  // 72 work form, pre-employment TB/immunization clearance, Texas Dallas
  `PRE-PLACEMENT HEALTH CLEARANCE - HEALTHCARE WORKER
Employer: {{FACILITY:Trinity Oaks Senior Living}}, {{LOCATION:Plano}}, TX   Contact: {{NAME:Renee Haskins}}, HR  {{EMAIL:rhaskins@example-trinityoaks.com}}
Applicant: {{NAME:Chidinma Eze-Robertson}}   DOB {{DATE:12/19/1996}}   Position: CNA, memory care unit
Exam date: {{DATE:07/08/2024}}   Clinic: {{FACILITY:North Dallas Family & Occupational Medicine}}, {{ADDRESS:17300 Preston Rd, Ste 140}}, {{LOCATION:Dallas}} TX {{ZIP:75252}}

TB screening: QuantiFERON-TB Gold Plus NEGATIVE (collected {{DATE:7/8/24}}, result {{DATE:7/10/24}}). Symptom screen neg. (BCG as infant in {{LOCATION:Enugu}}, Nigeria - reason IGRA used.)
MMR: titers immune (rubeola, mumps, rubella).
Varicella: IgG positive.
Hep B: series complete 2015-2016; anti-HBs 48 (immune).
Tdap: {{DATE:3/2022}}.
Influenza: will receive in season.
Lifting: able to lift 50 lb, push/pull, bend - no restrictions.
Drug screen (10-panel) - negative, chain of custody # {{ID:CCF-0038812174}}.
Determination: CLEARED for duty without restrictions.
Examiner: {{NAME:Holt Sanderson}}, PA-C   Supervising: {{NAME:Marisa Delacroix}}, MD   TX lic {{LICENSE:R8841}}
Signature on file {{DATE:7/10/2024}}.`,
  // 73 infant formula WIC form + reflux, Mississippi Gulf Coast
  `WIC MEDICAL DOCUMENTATION FORM (Mississippi)
Infant: {{NAME:Journee Ladner}}   DOB {{DATE:10/02/2024}}   Wt today 4.9 kg
Parent/caretaker: {{NAME:Destiny Ladner}}   Address: {{ADDRESS:212 Cowan Rd, Trlr 7}}, {{LOCATION:Gulfport}}, MS {{ZIP:39507}}   Ph {{PHONE:228-555-0108}}
WIC clinic: {{FACILITY:Harrison County WIC - Gulfport}}

Diagnosis: suspected cow's milk protein allergy (K52.21) - blood-streaked stools, fussiness on standard formula; improved partially on Gentlease.
Formula requested: Nutramigen (Enflora LGG), powder; amount: max allowed; duration: 3 months (through {{DATE:03/06/2025}}).
Supplemental foods: none (age 2 mo).
Health care provider: {{NAME:Tomasz Wierzbicki}}, MD   {{FACILITY:Coastal Kids Pediatrics}}, {{ADDRESS:1340 Broad Ave}}, {{LOCATION:Gulfport}}   Ph {{PHONE:228-555-0167}}   Fax {{FAX:228-555-0168}}
Signature: {{NAME:T. Wierzbicki}} MD   Date: {{DATE:12/06/2024}}

[office note] mom breastfed briefly; grandma {{NAME:Patrice}} watches baby days while mom works at {{FACILITY:Gulf Sands Casino}}. GI referral if no improvement ({{FACILITY:Gulf Coast Children's GI}}).`,
  // 74 dermatology-ish acute in primary care, shingles, Oregon coast, lowercase
  `sick visit {{DATE:02/18/2025}} - {{FACILITY:north coast family health}}, {{LOCATION:astoria}}
pt: {{NAME:lorna mae kivisto}} 72f  dob {{DATE:6/4/52}}  mrn {{MRN:ncfh-99120}}
prov: {{NAME:ezra whitlatch}}, pa-c

c/o burning pain R flank x3d then rash yesterday. no eye sx. no fever. hx chickenpox as kid in {{LOCATION:warrenton}}. never got shingrix ("heard it makes you sick"). 
exam: grouped vesicles on erythematous base R T10 dermatome, does not cross midline. no hutchinson sign.
a: herpes zoster, b02.9, within 72h
p: valacyclovir 1 g tid x7d. gabapentin 100 tid prn for pain (renal fn ok - cr 0.8 {{DATE:11/2024}}). cover lesions. avoid pregnant women/infants until crusted - pt babysits great-grandson {{NAME:colt}} (5 mo) - told to hold off.
shingrix after rash resolves, discussed.
rx to {{FACILITY:astoria drug co.}} {{ADDRESS:1185 commercial st}}. 
husband {{NAME:arvo}} will pick up. pt phone {{PHONE:503-555-0111}}.
{{NAME:ew}}`,
  // 75 peds ADHD med check, Alabama Huntsville, controlled refill
  `ADHD MEDICATION FOLLOW-UP
{{FACILITY:Rocket City Pediatrics}}, {{ADDRESS:4715 Whitesburg Dr S, Ste 204}}, {{LOCATION:Huntsville}}, AL {{ZIP:35802}}
Pt: {{NAME:Jaxon Abernathy-Moss}}  DOB {{DATE:9/24/2013}}  age 10  MRN {{MRN:RCP-224017}}
DOS: {{DATE:Wed., April 10, 2024}}   Provider: {{NAME:Imogen Stallworth}}, MD
With dad {{NAME:Terrence Moss}}.

On Vyvanse 30 mg qAM since {{DATE:11/2023}}. Teacher Vanderbilt (Ms. {{NAME:Pettaway}}, 4th gr, {{FACILITY:Redstone Trail Elementary}}): inattention 5/9 (was 8/9). Grades C->B. Appetite down at lunch, eats big dinner. Sleep onset ~30 min. No tics. Wt 32.1 kg (was 33.0 on {{DATE:1/8}}), Ht 140 cm. BP 108/66, HR 88.
Plan: continue Vyvanse 30 mg, #30 x3 separate rx (do not fill before {{DATE:4/10}}, {{DATE:5/10}}, {{DATE:6/9}}), PDMP checked. Calorie-dense breakfast/after-school snack. Summer med holiday optional.
Refills sent to {{FACILITY:Rocket Discount Pharmacy}} (grandma {{NAME:Odessa}} picks up). 
F/u 3 mo; wt check.
{{NAME:IS}}/{{NAME:kh}}`,
  // 76 care coordination / food insecurity SDOH, Baltimore
  `CARE COORDINATION NOTE - SDOH
{{FACILITY:Harbor East Community Primary Care}}, {{LOCATION:Baltimore}}, MD   {{DATE:5.7.2024}}
CHW: {{NAME:Tyrell Gaskins}}   Pt: {{NAME:Loretta Mae Pumphrey}}  DOB {{DATE:3/10/1960}}  MRN {{MRN:HECP-552918}}
Referred by Dr. {{NAME:Ayodele Fashola}} after visit {{DATE:4/30/24}} (A1c 10.2, missed meds d/t cost, Hunger Vital Sign +).

Contacted pt at {{PHONE:410-555-0138}}. Lives {{ADDRESS:2219 E Baltimore St, Apt 2R}}, {{ZIP:21231}}, w/ grandson {{NAME:DeShawn}} (17). Income SSI only. BGE shutoff notice rec'd - acct {{ACCOUNT:4400-1827-3391}}.
Actions:
1. SNAP application submitted online (MD DHS), confirmation # {{ID:SNP-24-0551870}}.
2. Referred to {{FACILITY:Jonestown Community Pantry}} (Tues/Thurs) and diabetes-friendly produce Rx program at {{FACILITY:Lexington Street Market}}.
3. Utility: MEAP/OHEP application started; letter of medical necessity requested from Dr. {{NAME:Fashola}} (glucometer/fridge for insulin).
4. Meds: switched to clinic 340B pharmacy - insulin glargine $0.
F/u call {{DATE:5/14}}. Pt agrees. Consent for text reminders - cell above.`,
  // 77 women's health, abnormal Pap result call, Wisconsin Milwaukee
  `RESULT COMMUNICATION - ABNORMAL PAP
{{FACILITY:Lakefront Women's Health}}, {{LOCATION:Milwaukee}}
Pt: {{NAME:Xiong, Mai Nou}}   DOB {{DATE:04/08/1991}}   MRN {{MRN:LWH-664010}}
Pap/HPV collected {{DATE:03/05/2025}}, resulted {{DATE:03/12/2025}} (acc {{ID:CY25-018442}}): LSIL, HPV 16 POSITIVE.
Prior: NILM/HPV neg {{DATE:2/2020}}.
Per ASCCP risk-based guidelines -> colposcopy recommended.

{{DATE:3/13/25}} 09:15 - {{NAME:Pang Vang}}, RN called pt at {{PHONE:414-555-0124}} (preferred, per pt's request no voicemail details). Identity verified w/ DOB. Explained result, HPV 16 is a higher-risk type, colpo is a closer look, not cancer dx. Pt tearful; husband {{NAME:Tou}} with her on speaker. Questions answered in Hmong w/ RN (certified bilingual).
Colpo scheduled {{DATE:Monday 3/24/2025}} 10:30 w/ Dr. {{NAME:Rosalind Achebe-Strand}}. Avoid intercourse/tampons 24 h prior. Ibuprofen 600 1 h before. UPT at visit.
Letter + patient ed (Hmong) mailed to {{ADDRESS:3127 N 38th St}}, {{LOCATION:Milwaukee}} WI {{ZIP:53216}}.`,
  // 78 sick visit adult, cellulitis, rural Georgia/ Appalachia north, provider dictation typo-laden
  `PROGRESS NOTE  {{DATE:7/23/2024}}
{{FACILITY:Chestatee Family Medicine}}, {{ADDRESS:88 Alicia Ln, Suite 3}}, {{LOCATION:Dahlonega}}, GA {{ZIP:30533}}
PT: {{NAME:Earl Wayne Satterfield}}  DOB {{DATE:5/09/1957}}  MRN {{MRN:CFM-300419}}
DICTATED BY: {{NAME:Priscilla Honeycutt}}, NP  TRANSCRIBED: {{NAME:dmc}} {{DATE:7/24/2024}}

67 yo male presents wiht redness and swelling of the left lower leg x 4 days after scraping it on a boat trailer at {{LOCATION:Lake Lanier}}. Hx DM2 (last A1c 7.6 on {{DATE:4/16/24}}), venous insuffiency. Denies fever chills. Wife {{NAME:Darlene}} marked border w/ sharpie yestreday - spreading ~2 cm.
EXAM: T 99.4, BP 142/84. LLE erythema 12 x 9 cm anterior shin, warm, tender, no fluctuance, no crepitus. Homans neg (not useful, documented per pt request). DP 1+.
ASSESSMENT: cellulitis LLE (L03.116), non-purulent. Water exposure - consider Aeromonas/Vibrio -> freshwater so Aeromonas.
PLAN: cephalexin 500 QID + doxycycline 100 BID x 7d. Elevate. Recheck 48 hr ({{DATE:Thurs 7/25}}). ER ({{FACILITY:Blue Ridge Foothills Medical Center}}) if spreading fast, fever, or pain out of proportion.
Tdap: last 2012 -> given today (Boostrix lot 7H2Y9).`,
  // 79 Medicaid transport + specialist referral status call, Maine rural, mixed caps
  `REFERRAL STATUS / PATIENT CALL
{{FACILITY:East Branch Valley Health Center}} - {{LOCATION:Patten}}, ME          {{DATE:Nov 12, 2024}}  10:40
Staff: {{NAME:Rachel Thibeault}}, referral coord.  ext {{PHONE:127}}
Patient: {{NAME:Norman Ouellette}}   DOB {{DATE:02/14/1946}}   MaineCare ID {{HEALTH_PLAN:M88410273}}

Pt called asking about GI appt (referral sent {{DATE:10/3/24}} for IDA + positive FIT). {{FACILITY:Penobscot Gastroenterology}} {{LOCATION:Bangor}} scheduled colonoscopy {{DATE:12/4/2024}} w/ Dr. {{NAME:Cyr}} - letter mailed to wrong addr (old addr {{ADDRESS:17 Station St}}, {{LOCATION:Sherman}}). Correct addr: {{ADDRESS:402 Houlton Rd}}, {{LOCATION:Patten}} ME {{ZIP:04765}}. Updated both systems.
Ride: MaineCare NET via {{FACILITY:North Woods Regional Transportation}}, trip # {{ID:NWRT-7742019}}, pickup 0530 (3 hr drive). Prep: SUTAB split dose - pt has no one overnight; son {{NAME:Gilles}} from {{LOCATION:Millinocket}} will stay {{DATE:12/3}}.
Pt hard of hearing - spoke loudly, teach-back ok. Phone {{PHONE:207-555-0155}} (landline).
cc: Dr. {{NAME:Lavoie}} (PCP)`,
  // 80 annual physical pediatric 11 y + sports + school forms, Texas Austin
  `WELL CHILD 11 YEAR  -  {{FACILITY:Hill Country Kids Clinic}}, {{ADDRESS:4301 W William Cannon Dr, Bldg C}}, {{LOCATION:Austin}} TX {{ZIP:78749}}
Date: {{DATE:08/02/2024}}    Pt: {{NAME:Santiago Okonjo-Ruiz}}   DOB: {{DATE:07/12/2013}}   MRN: {{MRN:HCK-0092231}}
Provider: {{NAME:Bethany Wolcott}}, MD    Parent: {{NAME:Amara Okonjo}} (mom), {{PHONE:512-555-0161}}

Interval: starting 6th grade at {{FACILITY:Slaughter Creek Middle School}}; plays club soccer ({{FACILITY:Barton Creek SC}}). Screen time 4 h/d. Sleeps 9 h.
Screens: PHQ-A 2. Vision 20/20 OU, Ishihara nl. Hearing nl. Lipid screen (9-11 y): total chol 162, LDL 98.
Growth: Ht 148 cm (60%), Wt 40 kg (65%), BMI 18.3 (63%). BP 104/64.
Puberty: Tanner 2. Scoliosis: Adams test neg.
Vaccines: Tdap, MenACWY #1, HPV #1 today; flu when available. TX Immunization registry (ImmTrac2) consent on file.
Forms: UIL preparticipation physical + TX school immunization record completed; club soccer form signed.
AG: puberty ed, internet safety, helmet.
RTC 12 yr. Questions - portal {{URL:https://hillcountrykids-example.com/portal}}.
{{NAME:BW}}/{{NAME:ma}}`,
];

export const HELDOUT_REALISTIC_45_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout45-${i + 1}`, n));
