// A ninth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or organisation; phone numbers are 555-01xx numbers; towns and cities are real
// places used only as LOCATION). It leans towards a de-identification audit sample drawn from
// several US health systems: inpatient medicine, surgery, ICU, oncology, obstetrics and
// psychiatry, ED and urgent care, outpatient specialty and primary care, nursing, therapy,
// pharmacy, case management, hospice, letters and forms. About a quarter of the notes are messy:
// lower-case shorthand, ALL CAPS dictations, text pasted from other systems with odd line breaks
// and column layouts, pipe tables, typos in names and places. Names come from everywhere,
// including common-word surnames and given names (Rose, Young, King, Black, Hill, Price, Wolf,
// Brown, Hope, Faith, Grace, Hunter, Summer, Major, Guy); organisations of every kind (employers,
// schools, churches, shelters, gyms, restaurants, pharmacies, labs, nursing homes, home-care
// agencies, group homes, courts, jails, tribal and county offices) in Title case, ALL CAPS and
// lower case; dates and numbers in many formats; and many look-alike non-PHI (eponyms, drugs,
// doses, scores, ratios, lab values, device models, rooms and beds, CPT/ICD codes, years and
// weekdays alone, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions of the heldout-realistic-6.ts
// header: titles (Dr., Mr., Mrs., Ms., Rev.) stay outside NAME spans; every person's name
// (patient, family, clinician, typist initials) is NAME; a time attached to a full date is part of
// it and a weekday written with a date is part of it, but a shift range after a date is not; a
// month with a year (March 2019) is a DATE, a year alone or a season with a year is not; payers,
// their departments and fax lines, and state or federal agencies are not PHI; hospitals, clinics,
// named wards, schools, employers, churches, shelters, gyms, restaurants, pharmacies, labs,
// nursing homes, home-care agencies, group homes, courts, jails, and tribal and county offices are
// FACILITY; towns, cities and counties are LOCATION (states and countries are not PHI); insurer
// and Medicare/Medicaid member numbers are HEALTH_PLAN; billing, claim and account numbers are
// ACCOUNT; NPI, DEA, state licences and driver's licences are LICENSE; plates and VINs are
// VEHICLE; pump, sensor, port, pacemaker and implant serials are DEVICE; accession, order,
// authorization, case, docket, booking and employee numbers are ID; short in-house pagers and
// extensions are PHONE; lot, CLIA, NDC and trial numbers, device models, rooms and beds, CPT and
// ICD codes are not PHI; ages of 90 and over are AGE.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `DISCHARGE SUMMARY
Patient: {{NAME:Harold Whitcomb}}   MRN: {{MRN:40918273}}   Acct: {{ACCOUNT:88120034571}}
Admitted: {{DATE:03/14/2024}}  Discharged: {{DATE:03/19/2024}}
Attending: Dr. {{NAME:Priya Raman}}, Hospital Medicine, {{FACILITY:St. Brendan Regional Medical Center}}
PCP: Dr. {{NAME:Lionel Hill}}, {{FACILITY:Maple Grove Family Practice}}, fax {{FAX:(740) 555-0162}}
HPI: 78 yo man from {{LOCATION:Chillicothe}} with CHF (EF 30%), CKD 3b, admitted with acute on chronic HFrEF after running out of furosemide 40 mg. BNP 2,340. Net -6.1 L with IV diuresis; weight 94.2 -> 88.0 kg.
Course: cardiology (Dr. {{NAME:Aaron Black}}) saw him {{DATE:3/15}} and started sacubitril/valsartan 24/26 mg BID. K 4.9, Cr 1.8 (baseline 1.6). NYHA III. Parkinson disease stable on carbidopa/levodopa 25/100.
Dispo: home with {{FACILITY:BrightPath Home Health}} (first RN visit {{DATE:3/21/24}}). Lives with daughter {{NAME:Grace Whitcomb}} at {{ADDRESS:2207 Sycamore Ridge Rd}}, {{LOCATION:Chillicothe}}, OH {{ZIP:45601}}; her cell {{PHONE:740-555-0131}}.
Follow-up: HF clinic {{DATE:Tuesday 3/26}} at 10:40, room 4B.
Dictated by {{NAME:PR}}/{{NAME:kl}} {{DATE:03/19/2024 16:02}}`,
  `ED PROVIDER NOTE - {{FACILITY:Mercy Lakes Hospital}} Emergency Dept
Pt: {{NAME:Summer Nguyen-Price}}  DOB {{DATE:07/22/1996}}  MRN {{MRN:ML-2290417}}
Arrived {{DATE:11/02/2023 01:17}} by {{FACILITY:Metro West EMS}} unit 14.
CC: RLQ pain x 18 h. 27 yo G1P1, LMP {{DATE:10/09/23}}. Works nights at {{FACILITY:Cracker Barn Diner}} on {{ADDRESS:Route 9}} in {{LOCATION:Fishkill}}.
Exam: + McBurney point tenderness, + Rovsing, psoas sign neg. T 38.3, HR 112, BP 118/72. Alvarado score 8.
Labs: WBC 15.8, hCG neg, lipase 31. CT A/P (order {{ID:ORD-77310452}}): dilated appendix 11 mm, no perforation.
Plan: surgery consult, Dr. {{NAME:Marcus Young}} (pager {{PHONE:4471}}), cefoxitin 2 g IV, NPO, LR 125 mL/h.
Contact: partner {{NAME:Hunter Sloane}} {{PHONE:(845) 555-0148}}. Insurance Fidelis Care, member ID {{HEALTH_PLAN:FC0091827734}}.
Dispo: admitted to {{FACILITY:Hudson 5}} surgical unit, bed 12. Signed {{NAME:J. Okafor}}, PA-C, {{DATE:11/02/2023 03:45}}.`,
  `pt {{NAME:faith rose}} 63yo f seen @ bedside this am. c/o nausea, no emesis overnight. a&ox3. skin intact, braden 17, morse fall 45.
 ivf d5 1/2ns @ 75. foley d/c'd {{DATE:6/3}} 0600, voided 350cc @ 0930.
 dtr {{NAME:hope rose-martinez}} called frm work ({{FACILITY:dollar general distribution ctr}}) {{PHONE:555-0119}}?? - correct # per chart {{PHONE:(479) 555-0119}}.
 pt asks for chaplain from her church, {{FACILITY:first free will baptist of springdale}}, pastor {{NAME:guy ellison}}.
 home addr on face sheet {{ADDRESS:418 w emma ave}} {{LOCATION:springdale}} ar {{ZIP:72764}} - pt says moved to {{ADDRESS:92 old wire rd lot 7}} {{LOCATION:lowell}}, updated w/ registration.
 plan d/c {{DATE:6/5}} if tolerating po. needs rx to {{FACILITY:harps pharmacy}} on thompson.
 -{{NAME:kmb}} rn {{DATE:6/4/22}} 1120`,
  `OPERATIVE REPORT
Date of surgery: {{DATE:January 9, 2025}}
Patient: {{NAME:Reginald King}}    MRN {{MRN:002841177}}    Age: 71
Surgeon: {{NAME:Theodora Vance}}, MD. Assistant: {{NAME:Luis Barrientos}}, MD (PGY-4). Anesthesia: {{NAME:Maya Wolf}}, CRNA.
Facility: {{FACILITY:Cascade Valley Surgical Center}}, OR 3.
Preop dx: Symptomatic cholelithiasis, K80.20. Procedure: Laparoscopic cholecystectomy, CPT 47562, with intraoperative cholangiogram.
Findings: Critical view of safety obtained. Gallbladder distended, Mirizzi not present. Calot triangle clear. EBL 20 mL.
Implants: none. Specimen: gallbladder to {{FACILITY:Northwest Pathology Associates}}, accession {{ID:S25-004417}}.
The patient tolerated the procedure and went to PACU in stable condition. ASA 2.
Postop: discharge same day to wife {{NAME:Loretta King}}; they live in {{LOCATION:Mount Vernon}}, WA. Follow up with me {{DATE:1/23/25}}. Questions to clinic {{PHONE:360-555-0175}}.
Electronically signed {{NAME:T. Vance}} {{DATE:01/09/2025 12:51}}`,
  `PSYCHIATRY ADMISSION NOTE - {{FACILITY:Briarwood Behavioral Health}} unit 2 East
Name: {{NAME:Dominic Ashford}}   DOB: {{DATE:2/14/1989}}   MRN: {{MRN:BB0034712}}
Legal: involuntary hold signed {{DATE:8/11/2023}} by Officer {{NAME:R. Delgado}}, {{FACILITY:Tulsa Police Department}}; court hearing at {{FACILITY:Arkansas River Mental Health Court}} {{DATE:8/14/23}}, case no. {{ID:MH-2023-1187}}.
HPI: 34 yo single man brought from {{FACILITY:Day Spring Men's Shelter}} after telling staff he would "walk into traffic on I-44." Stopped lithium 900 mg 3 weeks ago. PHQ-9 24, C-SSRS high risk. Prior admit to {{FACILITY:Ridgecrest Psychiatric Hospital}} in 2019.
Social: grew up in {{LOCATION:Muskogee}}, mother {{NAME:Rhonda Ashford}} ({{PHONE:918-555-0109}}) is guardian-of-record per paperwork, former employer {{FACILITY:QuickStop Fuel}} store #211.
MSE: disheveled, psychomotor slow, mood "done", affect flat, TP linear, +SI w/o current plan, no HI, no AVH.
Plan: 1:1 observation, restart lithium 300 mg TID, level in 5 days, TSH, BMP. Social work: Ms. {{NAME:Andrea Faith Tall Bear}}.
{{NAME:Samuel Oyelaran}}, MD {{DATE:08/11/2023 22:10}}`,
  `Oncology Clinic - Progress Note
{{FACILITY:Lakeshore Cancer Institute}}, {{ADDRESS:1400 N. Harbor Dr, Suite 300}}, {{LOCATION:Racine}}, WI {{ZIP:53403}}
Patient: {{NAME:Marguerite Dubois}}   MRN: {{MRN:LCI-5508921}}   Visit: {{DATE:04-02-2024}}
Dx: Stage IIIA adenocarcinoma of the lung (T2bN2M0), EGFR wild type, PD-L1 60%. On consolidation durvalumab after chemoradiation completed {{DATE:December 2023}}.
Today: cycle 7, C7D1. ECOG 1. Mild cough, no dyspnea at rest. TSH 6.2 (was 3.1). No pneumonitis on CT {{DATE:3/28/24}}.
Port: single-lumen PowerPort placed {{DATE:10/2023}}, serial {{DEVICE:PPX41827736}}, flushes well.
Plan: continue durvalumab 1500 mg q4w; repeat TSH, fT4. Hold for grade 2 pneumonitis.
Support: husband {{NAME:Guy Dubois}} drives her from {{LOCATION:Kenosha}}; uses {{FACILITY:Caring Wheels Transport}} when he works at {{FACILITY:Harborline Tool & Die}}. Enrolled in trial NCT04092283. Navigator {{NAME:Kendra Hill}}, RN, x{{PHONE:6021}}.
{{NAME:Arjun Mehta}}, MD, Hematology/Oncology. Next: {{DATE:04/30/2024}}`,
  `PATIENT: {{NAME:ALBERTO PRICE}}  MR#: {{MRN:7720915}}  DATE OF SERVICE: {{DATE:09/18/2022}}
REFERRING: DR {{NAME:KAMARA}}   DICTATED BY: {{NAME:EMILY SHAW}}, PT, DPT
PHYSICAL THERAPY INITIAL EVALUATION - {{FACILITY:SUMMIT ORTHO & SPORTS REHAB}}
DIAGNOSIS: S/P RIGHT TOTAL KNEE ARTHROPLASTY {{DATE:08/30/2022}} AT {{FACILITY:LONE PINE REGIONAL MEDICAL CENTER}}, Z96.651.
SUBJECTIVE: 66 YO MALE, RETIRED BUS DRIVER FOR {{FACILITY:CITY OF LONGVIEW TRANSIT}}, LIVES IN {{LOCATION:HALLSVILLE}} WITH WIFE, 14 STEPS TO ENTER. PAIN 6/10. GOALS: RETURN TO BOWLING LEAGUE AT {{FACILITY:PINEWOOD LANES}} IN 8 WEEKS.
OBJECTIVE: AROM R KNEE 8-92 DEG, EXT LAG 5 DEG. QUAD MMT 3+/5. TUG 16.2 SEC. BERG 44/56. INCISION HEALED, NO SIGNS OF INFECTION. NEG HOMANS.
ASSESSMENT: DEFICITS IN ROM, STRENGTH, GAIT. GOOD REHAB POTENTIAL.
PLAN: 2X/WK X 8 WKS, CPT 97161, 97110, 97116. HEP ISSUED. AUTH #{{ID:AUTH4471928}} FROM MEDICARE ADVANTAGE PLAN, MBI {{HEALTH_PLAN:4TE9-KD2-MX61}}.
{{NAME:ES}}/{{NAME:TR}} D: {{DATE:09/18/2022}} T: {{DATE:09/19/2022}}`,
  `Labor & Delivery Triage - {{FACILITY:Women's Pavilion at Riverbend Hospital}}
{{NAME:Jasmine Okonkwo-Hill}}, 31 yo G3P2002 at 38w2d by LMP {{DATE:3/1/2023}} c/w 8-wk US. EDD {{DATE:12/6/2023}}.
Seen {{DATE:Wed 11/22/2023 19:40}} for regular ctx q4-5 min since 15:00, +bloody show, no LOF.
PNC at {{FACILITY:Eastside Community Health Center}} with {{NAME:Nadia Farouk}}, CNM. GBS neg {{DATE:10/30}}. Rh+, rubella immune, HIV/HBsAg neg. A1GDM diet controlled.
SVE 5/80/-1, vertex. EFM cat I, baseline 135, mod variability, + accels. Bishop 9.
Plan: admit to L&D room 7, epidural on request, CBC/T&S.
Support person: husband {{NAME:Major Okonkwo}}, {{PHONE:(706) 555-0193}}; older kids with grandmother {{NAME:Bernice Hill}} at {{ADDRESS:55 Pecan Hollow Ct}}, {{LOCATION:Evans}}, GA.
Peds to be notified; plan pediatrician Dr {{NAME:Ifeoma Adeyemi}} at {{FACILITY:Little Sprouts Pediatrics}}.
Triage RN {{NAME:Caroline Young}}; MD {{NAME:S. Marchetti}} notified 19:55.`,
  `MICU PROGRESS NOTE  HD#4   {{DATE:2/7/21}}
{{NAME:Thaddeus Brown}} | 58M | MRN {{MRN:09918422}} | Bed MICU-14 | {{FACILITY:University Hospital of Eastern Kentucky}}
Septic shock 2/2 LLL PNA, ARDS (P/F 140), AKI.
Vent: AC 420/22/+10/FiO2 0.5. Prone 16 h yesterday. RASS -2 on propofol 30 mcg/kg/min + fentanyl 75 mcg/h.
Pressors: norepi 0.08, vaso 0.03 off at 0400.
Lines: R IJ TLC placed {{DATE:2/3}}, art line L radial. Cultures from {{DATE:2/3/21}}: Strep pneumo pan-sensitive.
Abx: ceftriaxone 2 g day 5/7.
Renal: Cr 3.2 (from 1.1), UOP 0.3 mL/kg/h, discussed CRRT with Dr. {{NAME:Khalil Haddad}} (nephro).
Family: wife {{NAME:Tammy Brown}} updated by phone {{PHONE:606-555-0124}}; she works at {{FACILITY:Big Sandy Valley Elementary}}. Son {{NAME:Dustin}} arriving from {{LOCATION:Lexington}} today. Full code.
Attending attestation: I saw and examined the pt with the team. {{NAME:Reba Caudill}}, MD. Fellow {{NAME:V. Sundaram}}, MD.`,
  `Pharmacy Consult - Vancomycin Dosing
Pt: {{NAME:Esperanza Villalobos}}   DOB {{DATE:1/5/1958}}   Acct {{ACCOUNT:A00981273640}}   Rm 618-B
Requested by Dr. {{NAME:Owen Fairbanks}} {{DATE:05/11/2024}} for MRSA bacteremia (BCx {{DATE:5/10}} 2/2 bottles, acc {{ID:MB24-118822}}).
Wt 71 kg, Ht 160 cm, SCr 0.9, est CrCl 68 mL/min (Cockcroft-Gault).
Loading 1750 mg x1 then 1000 mg q12h. AUC goal 400-600, est AUC 487. Trough/peak levels with 4th dose; next draw {{DATE:5/13 0600}}.
Interactions: pt also on piperacillin-tazobactam - watch AKI risk. Home meds from outside pharmacy, {{FACILITY:La Farmacia Guadalupana}}, {{PHONE:(915) 555-0186}}: metformin 500 mg BID, lisinopril 10 mg.
ID following (Dr. {{NAME:Celeste Moreau}}). TEE scheduled.
{{NAME:Benjamin Tran}}, PharmD, BCIDP, ext {{PHONE:3-8841}}   {{DATE:05/11/2024 14:22}}
{{FACILITY:Sun City Medical Center}} - {{LOCATION:El Paso}}`,
  `URGENT CARE VISIT  {{FACILITY:QuickCare Urgent Care - Westgate}}
{{ADDRESS:8801 W Thunderbird Rd}}, {{LOCATION:Peoria}}, AZ {{ZIP:85381}}  Ph {{PHONE:623-555-0110}}  Fax {{FAX:623-555-0111}}
Patient: {{NAME:Cody Blackhorse}}   DOB: {{DATE:09/30/2001}}   Chart #: {{MRN:QC118203}}
Date: {{DATE:07/04/2023}}  Time in: 16:12
CC: L hand laceration from fireworks at a party at a friend's house on {{ADDRESS:W Calle Lejos}}.
HPI: 21 yo RHD male, landscaper for {{FACILITY:Desert Bloom Landscaping}}. 3 cm lac dorsal L hand, no tendon involvement, full ROM, cap refill <2 s, 2-point discrimination 5 mm. Tdap last in 2012.
Proc: irrigated 500 mL NS, 1% lidocaine 4 mL, 5 simple interrupted 4-0 nylon. CPT 12002.
Tdap 0.5 mL IM given, lot U7789AA (exp 2025).
Work note for employer: off work through {{DATE:7/6}}; supervisor {{NAME:Ramon Oakes}} fax {{FAX:(602) 555-0157}}.
Return for suture removal {{DATE:7/14/23}} or to PCP Dr. {{NAME:Winona Begay}} at {{FACILITY:Salt River Family Clinic}}.
Pt ID verified with AZ driver license {{LICENSE:D08827461}}.
{{NAME:Alicia Ferreira}}, FNP-C`,
  `Primary Care Annual Visit - {{DATE:Monday, February 12, 2024}}
{{FACILITY:Brookline Commons Internal Medicine}} | Dr. {{NAME:Sophie Abernathy}}
Patient {{NAME:Walter J. Greenberg}}, 84 y/o M, MRN {{MRN:3349102}}, Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}.
Here with son {{NAME:David Greenberg}} who drove up from {{LOCATION:Providence}}.
Problems: HTN (controlled, 128/76), T2DM A1c 7.1, hypothyroid (TSH 2.4 on levothyroxine 75 mcg), BPH, hx Bell's palsy 2008 resolved, mild NCD (MoCA 22/30).
Falls: 1 fall in {{DATE:November 2023}} at {{FACILITY:Temple Beth Shalom}} during Kiddush; no injury. TUG 14 s.
Vaccines: RSV given today (Arexvy), Shingrix x2 done.
Advance directive: health care proxy is {{NAME:David Greenberg}}; MOLST on file, DNR/DNI.
Social: widowed, lives alone at {{ADDRESS:41 Winthrop Rd, Unit 3}}, {{LOCATION:Brookline}} MA {{ZIP:02445}}. Meals via {{FACILITY:Jewish Family & Elder Services of Norfolk}}. Neighbor {{NAME:Lila Fontaine}} has key ({{PHONE:617-555-0183}}).
Plan: refer to {{FACILITY:Longwood Memory Clinic}}, labs in 3 mo, RTC 6 mo.`,
  `****** PASTED FROM OUTSIDE RECORD (CERNER) ******
NAME:{{NAME:MCALLISTER, BRENDA}}          SEX:F   DOB:{{DATE:19610428}}
MRN:{{MRN:000441902}}        FIN:{{ACCOUNT:9100283746}}     ADM:{{DATE:20220317}}
LOC: {{FACILITY:BOYD VALLEY MED CTR}} / 4 WEST / 412-1
ATTENDING: {{NAME:LOWRY, PATRICK A}} MD       PCP: {{NAME:HSU, EVELYN}} DO
DISCHARGE DX: NSTEMI, 3V CAD S/P CABG X3 ({{DATE:03/19/2022}}, LIMA-LAD, SVG-OM, SVG-RCA)
          DM2, HLD, TOBACCO USE
MEDS: ASA 81MG DAILY / ATORVASTATIN 80MG QHS / METOPROLOL TART 25MG
 BID / CLOPIDOGREL 75MG DAILY
DISPOSITION: SNF - {{FACILITY:HERITAGE OAKS NURSING & REHAB}}, {{LOCATION:ASHLAND}}, KY
            CONTACT {{NAME:TERRI MCALLISTER-YOUNG}} (DAUGHTER) {{PHONE:606 555 0127}}
CARDIAC REHAB REFERRAL: {{FACILITY:TRI-STATE HEART & VASCULAR}}
F/U: DR {{NAME:LOWRY}} 2 WKS. ECHO {{DATE:04/2022}}.
**** END OF PASTED TEXT - REVIEWED BY {{NAME:M. ESPINOZA}} RN {{DATE:3/25/2022}} ****`,
  `HOSPICE NURSE VISIT NOTE
Agency: {{FACILITY:Gentle Passage Hospice of the Ozarks}}   Visit date {{DATE:10/08/2024}} 13:00-14:10
Patient: {{NAME:Imogene Guy}}, {{AGE:93}} y/o F, hospice dx: end-stage COPD (J44.9), FAST n/a, PPS 30%.
Location: home of granddaughter {{NAME:Summer Guy-Whitaker}}, {{ADDRESS:1710 County Road 412}}, {{LOCATION:Mountain Home}}, AR {{ZIP:72653}}.
Symptoms: dyspnea 6/10 at rest, uses O2 3 L via NC from {{FACILITY:Ozark Medical Supply}} concentrator (serial {{DEVICE:OMS-CX77120}}). Morphine oral solution 20 mg/mL, 5 mg q2h prn, used 4 doses/24 h. Lorazepam 0.5 mg prn.
Skin: stage 2 sacrum 2 x 1.5 cm, Mepilex applied.
Spiritual: Rev. {{NAME:Elwood Simms}} of {{FACILITY:Bethel Assembly of God}} visits weekly.
Family education on signs of approaching death. Comfort kit in home.
Next RN visit {{DATE:10/10}}. On-call line {{PHONE:870-555-0140}}.
{{NAME:Brianna Castellanos}}, RN CHPN`,
  `Case Management - Discharge Planning
Pt {{NAME:Tyrone Hill}} / MRN {{MRN:E44019283}} / {{FACILITY:Bellwood General Hospital}} 6N-22
{{DATE:6/18/2024}}: Met with pt and fiance {{NAME:Keisha Price}}. 52 yo M s/p L BKA {{DATE:6/12}} for PAD/osteomyelitis. Lives 2nd floor apt, no elevator, {{ADDRESS:3316 W Ogden Ave, Apt 2R}}, {{LOCATION:Chicago}} {{ZIP:60623}}.
Insurance: IL Medicaid (MCO Meridian), ID {{HEALTH_PLAN:418273640}}. Auth for acute rehab requested, ref {{ID:MER-PA-2293381}}.
Referrals: {{FACILITY:Lakeview Acute Rehabilitation Institute}} - accepted pending auth; backup SNF {{FACILITY:Grand Boulevard Care Center}}.
Employer: {{FACILITY:Westside Fleet Services}} bus mechanic; FMLA forms faxed to HR {{FAX:312-555-0171}}.
DME: wheelchair + sliding board from {{FACILITY:Allied Mobility Solutions}}, order {{ID:AMS-608812}}.
Prosthetist: {{NAME:Gerald Kowalczyk}}, CPO at {{FACILITY:StepForward O&P}}.
Barriers: stairs, transport to dialysis? (no - not on HD). Will follow.
{{NAME:Monica Reyes}}, RN CCM, pager {{PHONE:2290}}`,
  `| Date       | Time  | Med                 | Dose   | Route | Given by     | Comment |
|------------|-------|---------------------|--------|-------|--------------|---------|
| {{DATE:12/01/2023}} | 0800  | enoxaparin          | 40 mg  | SC    | {{NAME:L. Wolfe}}     | L abd   |
| {{DATE:12/01/2023}} | 0900  | vancomycin          | 1.25 g | IV    | {{NAME:L. Wolfe}}     | trough 14.2 |
| {{DATE:12/01/2023}} | 1300  | oxycodone           | 5 mg   | PO    | {{NAME:T. Haskins}}   | pain 7->3 |
| {{DATE:12/01/2023}} | 2100  | insulin glargine    | 18 u   | SC    | {{NAME:R. Mbeki}}     | BG 212  |
| {{DATE:12/02/2023}} | 0600  | potassium chloride  | 20 mEq | PO    | {{NAME:R. Mbeki}}     | K 3.3   |
Patient: {{NAME:Kristoffer Lindqvist}}  MRN {{MRN:55-0183-22}}  Unit {{FACILITY:Ridgeway 7}} rm 714
Pharmacist verification by {{NAME:Dana Yoon}}, PharmD. Barcode scanner {{DEVICE:ZB-4419-0072}} faulted at 2100, dose scanned manually.
Allergy: PCN (hives). Wt 102 kg.`,
  `Dear Dr. {{NAME:Okafor}},

Thank you for referring Mrs. {{NAME:Constance Black}} (DOB {{DATE:03/11/1950}}) to the {{FACILITY:Piedmont Sleep & Lung Center}}. I saw her on {{DATE:May 2, 2024}}.
She is a 74-year-old retired teacher from {{FACILITY:Orange Grove Middle School}} with loud snoring, witnessed apneas and Epworth 15. BMI 33, Mallampati IV, neck 16 in. Home sleep test {{DATE:4/20/24}}: AHI 38, nadir SpO2 79%.
We started auto-CPAP 6-16 cm H2O (ResMed AirSense 11, serial {{DEVICE:23211847563}}), supplied by {{FACILITY:Carolina HomeCare Respiratory}}. Compliance download in 6 weeks; remote monitoring via the myAir app.
She lives with her husband {{NAME:Edward Black}} in {{LOCATION:Mebane}}, NC; please note new phone {{PHONE:(919) 555-0164}}. Email for portal: {{EMAIL:connie.black50@mailbox.net}}.
I will see her back on {{DATE:June 27, 2024}}.

Sincerely,
{{NAME:Harriet Osei}}, MD, FCCP
{{FACILITY:Piedmont Sleep & Lung Center}} | {{ADDRESS:300 Executive Park Dr}} | {{LOCATION:Burlington}} NC {{ZIP:27215}}
cc: {{NAME:Chidi Okafor}}, MD`,
  `Outpatient Therapy Note (LCSW) - {{FACILITY:New Horizons Counseling of Bozeman}}
Client: {{NAME:Grace Whitehorse}}   DOB {{DATE:11/17/2006}}   Session {{DATE:1/24/2025}} 15:00, 53 min (90837)
17 yo, junior at {{FACILITY:Bridger Peaks High School}}. Referred by school counselor Mr. {{NAME:Pete Kowalski}}. Dx F33.1, F41.1.
S: "better this week." Slept 6-7 h. Did DBT diary card 5/7 days. One urge to self-harm after fight with mother {{NAME:Faith Whitehorse}} on {{DATE:Sunday 1/19}}, used TIPP skills, no SH. Works weekends at {{FACILITY:Hyalite Bean Coffee}}.
O: PHQ-A 12 (was 18), GAD-7 10. Denies SI today; safety plan reviewed.
A: improving; sertraline 100 mg per Dr. {{NAME:Ravi Kothari}} (psychiatry).
P: weekly; family session with mom + stepdad {{NAME:Hunter Graves}} on {{DATE:2/7}}. Crisis: 988 and mobile crisis {{PHONE:406-555-0102}}.
{{NAME:Lena Thorsen}}, LCSW`,
  `rt note {{DATE:4/9/23}} 0315
pt {{NAME:darnell young}} bed 9 ccu.. on bipap 14/6 fio2 45% sats 91-93. rr 28 -> 22 after 1h. abg 7.31/58/68/29.
 nebs duoneb q4 + albuterol prn. bbs coarse bilat, exp wheeze.
 pt pulled mask x2, wife {{NAME:shawna}} at bedside helps. she asks to call her sister {{NAME:rosalind king}} {{PHONE:555-0122}} ({{LOCATION:gary}} in) -> number in chart is {{PHONE:(219) 555-0122}}.
 hx copd gold 3, home o2 2l from {{FACILITY:airwell}}?? -> no, from {{FACILITY:region medical supply}} per wife.
 md dr. {{NAME:patel}} aware, may need intubation if pco2 >65.
 plan: abg 0500, wean fio2 to keep sats 88-92. pt lives at {{ADDRESS:6120 w 25th ave}} {{LOCATION:gary}}, smokes 1 ppd, works at {{FACILITY:lakeshore steel works}}?? (retired per wife, was at {{FACILITY:calumet coke & iron}}).
 -{{NAME:j. moriarty}} rrt ext {{PHONE:5512}}`,
  `COMMUNITY PHARMACY - MEDICATION THERAPY MANAGEMENT
{{FACILITY:Hometown Rx of Ames}}  {{ADDRESS:215 Lincoln Way}}, {{LOCATION:Ames}}, IA {{ZIP:50010}}  ph {{PHONE:515-555-0150}}
Patient: {{NAME:Eleanor Vandermeer}}   DOB {{DATE:08/02/1946}}   Rx profile {{ID:HRX-0041877}}
Date: {{DATE:9/12/2024}}   Pharmacist: {{NAME:Neil Adebayo}}, PharmD   NPI {{LICENSE:1457382910}}
Comprehensive med review (CMR) for Part D plan (Wellmark), member {{HEALTH_PLAN:WMK82230917}}.
Med list: warfarin 5 mg (INR 2.6 on {{DATE:9/5}} at {{FACILITY:Skunk River Anticoag Clinic}}), metoprolol succinate 50 mg, furosemide 20 mg, donepezil 10 mg, omeprazole 20 mg, ibuprofen OTC (!).
Issues: NSAID with warfarin - advised acetaminophen up to 3 g/day; notified prescriber Dr. {{NAME:Karen Lindgren}} by fax {{FAX:515-555-0153}}. Beers list: none other.
Caregiver: son {{NAME:Pieter Vandermeer}} fills pill box Sundays.
Follow-up call {{DATE:10/12/2024}}.`,
  `ED NOTE - MOTOR VEHICLE COLLISION
{{FACILITY:Bayou Regional Trauma Center}}, {{LOCATION:Lafayette}}, LA     Arrival {{DATE:03/22/2024 23:48}}
Pt: {{NAME:Beau Thibodeaux}}   DOB {{DATE:5/5/1979}}   MRN {{MRN:BRT-661029}}   Acct {{ACCOUNT:V0044187265}}
Restrained driver of 2016 Ford F-150, LA plate {{VEHICLE:X482119}}, VIN {{VEHICLE:1FTEW1EG7GFA20931}}, struck on driver side at {{ADDRESS:Ambassador Caffery Pkwy and Kaliste Saloom Rd}}. Airbags deployed. Per {{FACILITY:Acadiana Parish EMS}} medic {{NAME:Rhett Landry}}: GCS 15, ambulatory at scene.
Deputy requested BAC; incident {{ID:LPSO-24-031877}}. Pt's LA DL {{LICENSE:009182736}} placed in valuables.
Exam: seat belt sign across chest, L chest wall tenderness, no flail. FAST neg. C-spine cleared by NEXUS.
CT chest: nondisplaced L ribs 5-7 fx, no PTX. BAC 0.04.
Plan: admit obs, incentive spirometry, lidocaine patch, multimodal analgesia. Trauma attending Dr. {{NAME:Josephine Arceneaux}}.
Emergency contact: mother {{NAME:Marie-Claire Thibodeaux}} in {{LOCATION:Breaux Bridge}}, {{PHONE:337-555-0138}}.`,
  `Telehealth Visit - Endocrinology
{{FACILITY:Cascadia Diabetes Center}} | Provider: {{NAME:Min-jun Park}}, MD | {{DATE:2024-08-19}} 09:00
Patient {{NAME:Autumn Reyes-Holloway}}, 24F, T1DM since age 9, MRN {{MRN:CDC00571183}}. Joined from {{LOCATION:Eugene}}, OR; video link {{URL:https://visit.cascadiadiabetes.org/r/ah8821x}}, connected from IP {{IP:73.118.42.207}}.
Pump: tubeless patch pump, PDM serial {{DEVICE:PDM-44A7-19920}}; CGM sensor SN {{DEVICE:3HJ8K29M}} (10-day wear). TIR 71%, TBR 3%, GMI 6.9%. A1c 6.8 on {{DATE:8/1/24}} at {{FACILITY:Willamette Valley Labs}}.
Issues: lows after spin class at {{FACILITY:Iron Lotus Fitness}}; temp basal -20% for 2 h pre-workout. Carb ratio 1:10, ISF 45.
Works part time at {{FACILITY:Duck Pond Books}}; grad student.
Rx to {{FACILITY:Coburg Road Apothecary}}, insulin aspart U-100.
Pt email on file {{EMAIL:autumnrh@protonmail.com}}. Next telehealth {{DATE:11/18/2024}}.`,
  `THIS IS A DICTATED CONSULTATION FOR MISS {{NAME:HOPE AGUILAR}}, DATE OF BIRTH {{DATE:DECEMBER 3, 1984}}, MEDICAL RECORD NUMBER {{MRN:6618-2047}}, SEEN IN THE {{FACILITY:SAINT ODILIA}} NEUROLOGY CLINIC ON {{DATE:OCTOBER 17, 2023}} AT THE REQUEST OF DOCTOR {{NAME:FRANKLIN MOSS}}.
MISS {{NAME:AGUILAR}} IS A 38-YEAR-OLD RIGHT HANDED WOMAN, A DISPATCHER FOR {{FACILITY:CENTRAL VALLEY REGIONAL 911 AUTHORITY}}, WITH EPISODIC VERTIGO FOR THREE MONTHS. DIX-HALLPIKE POSITIVE ON THE RIGHT WITH UPBEATING TORSIONAL NYSTAGMUS. HEAD IMPULSE TEST NORMAL. ROMBERG NEGATIVE. NO FOCAL DEFICITS.
IMPRESSION: RIGHT POSTERIOR CANAL BPPV. EPLEY MANEUVER PERFORMED TWICE WITH RESOLUTION.
PLAN: VESTIBULAR THERAPY WITH {{NAME:GWEN MAJOR}}, PT, AT {{FACILITY:VALLEY BALANCE & HEARING}} IN {{LOCATION:CLOVIS}}. MECLIZINE NOT NEEDED. FOLLOW UP IN SIX WEEKS OR SOONER. PATIENT'S HUSBAND {{NAME:RAUL AGUILAR}} MAY CALL {{PHONE:559-555-0116}}.
{{NAME:ANIL GREWAL}}, M.D.  D: {{DATE:10/17/2023}}  T: {{DATE:10/18/2023}}  JOB {{ID:884120}}  {{NAME:RMH}}`,
  `Inpatient Oncology - Chemo Admission H&P
{{FACILITY:Blue Ridge Cancer Hospital}} 8 South, room 812     {{DATE:Thursday, 9/5/2024}}
Patient: {{NAME:Lucinda Fairweather}}   MRN {{MRN:BR00918372}}   DOB {{DATE:02/29/1972}}
Dx: AML with NPM1 mutation, FLT3-ITD neg, dx'd {{DATE:8/27/24}} by BM bx at {{FACILITY:Roanoke Valley Hematology}} (path acc {{ID:BM24-3391}}).
Admit for 7+3 induction (cytarabine 100 mg/m2 CI d1-7, daunorubicin 60 mg/m2 d1-3). BSA 1.82. Echo EF 60%. PICC R basilic placed today by IR.
Hx: Hashimoto thyroiditis, on levothyroxine 88 mcg. G2P2.
Social: 2nd grade teacher at {{FACILITY:Tinker Mountain Elementary}}, lives w/ husband {{NAME:Curtis Fairweather}} and 2 teens in {{LOCATION:Salem}}, VA. Church: {{FACILITY:Grace Covenant Presbyterian}} - prayer team. Sister {{NAME:Joy Pennington}} is HLA donor candidate ({{PHONE:540-555-0145}}).
Plan: TLS ppx allopurinol 300 mg, IVF, posaconazole ppx d8, acyclovir.
Code status: full. Consent signed; witness {{NAME:T. Grayson}}, RN.
{{NAME:Olusegun Bakare}}, MD, pager {{PHONE:7713}}`,
  `PRIOR AUTHORIZATION REQUEST FORM
To: Aetna Pharmacy Management  Fax 1-877-555-0100
From: {{FACILITY:Desert Springs Rheumatology}}, {{ADDRESS:4410 E Grant Rd, Ste 2}}, {{LOCATION:Tucson}}, AZ {{ZIP:85712}}
Phone {{PHONE:520-555-0166}}  Fax {{FAX:520-555-0167}}
Prescriber: {{NAME:Lorena Castaneda}}, MD  NPI {{LICENSE:1629384750}}  DEA {{LICENSE:BC4419283}}
Member: {{NAME:Rosemary Kingsley}}   DOB {{DATE:06/14/1967}}   Member ID {{HEALTH_PLAN:W228819304}}   (employer plan through {{FACILITY:Sonoran Copper Mining Co}})
Drug: adalimumab-adaz 40 mg/0.4 mL SC q14d. Dx: RA, M05.79, seropositive, CCP >250.
Tried/failed: methotrexate 25 mg weekly x 6 mo ({{DATE:01/2023}}-{{DATE:07/2023}}), leflunomide 20 mg (transaminitis). DAS28-CRP 5.4. TB QuantiFERON neg {{DATE:3/2/2024}}; HBV neg.
Prior PA ref {{ID:PA-7781029}}. Urgent? No.
Signature: {{NAME:L. Castaneda}} MD    Date {{DATE:3/18/2024}}`,
  `Nursing Home - Monthly Physician Visit
{{FACILITY:Willow Creek Care & Rehabilitation}}, {{LOCATION:Owatonna}}, MN   Resident: {{NAME:Agnes Wolf}}   Room 22A
DOB {{DATE:4/1/1931}}, age {{AGE:93}}. Visit {{DATE:7/9/24}}.
Advanced Alzheimer dementia (FAST 7a), CHF, CKD 4, hx L hip ORIF {{DATE:2019-11-04}}. Weight down 2.1 kg over 30 d. Appetite poor. Stage 3 heel pressure injury improving.
Meds: donepezil stopped {{DATE:6/2024}}; furosemide 20 mg, mirtazapine 7.5 mg HS, acetaminophen 650 TID.
Discussed with daughter/POA {{NAME:Ruth Wolf-Andersen}} by phone ({{PHONE:507-555-0107}}); she lives in {{LOCATION:Faribault}}. Agreed to hospice referral to {{FACILITY:Prairie Lantern Hospice}}. POLST: DNR, comfort-focused, no hospital transfer.
Roommate's family complaint re: TV noise - social services ({{NAME:Deb Hanson}}) handling.
{{NAME:Gustav Ekdahl}}, MD, medical director`,
  `ob postpartum rn note pp day 1   {{DATE:1/30/25}}
 mom {{NAME:brianna king}} 19yo g1p1 svd {{DATE:1/29/25}} 2214, 2nd deg lac repaired. qbl 450.
 fundus firm u-1, lochia rubra mod. vs wnl. voiding. pain 3/10 motrin 600.
 baby girl "{{NAME:nova}}" 3.2kg apgars 8/9, breastfeeding q2-3h, lc {{NAME:marisol}} saw this am.
 fob {{NAME:jaylen brooks}} at bedside, supportive. mom lives w/ her aunt {{NAME:faith king}} at {{ADDRESS:2217 e 38th st apt c}} {{LOCATION:savannah}} ga {{ZIP:31404}}.
 wic appt made at {{FACILITY:chatham co health dept}} {{DATE:2/4}}. mom in school at {{FACILITY:coastal empire tech}}, wants depo before d/c.
 sw consult placed - age 19, limited support; epds 9.
 peds (dr {{NAME:abernathy}}) cleared baby; hep b given, lot # on mar. hearing screen passed bilat.
 -{{NAME:c.o.}} rn`,
  `Orthopedic Clinic Note    {{DATE:10/03/2023}}
{{NAME:Hunter Blackwell}} (DOB {{DATE:11/22/2004}}) - {{FACILITY:Rocky Mountain Sports Medicine}}, {{LOCATION:Boulder}}
18 yo freshman on the {{FACILITY:Front Range Polytechnic}} lacrosse team, injured R knee {{DATE:9/28}} on a non-contact pivot. Immediate swelling. Seen at {{FACILITY:Foothills Urgent Care}} same day.
Exam: effusion 2+, Lachman 2B, pivot shift +, McMurray neg, MCL stable.
MRI {{DATE:10/1/23}} (acc {{ID:RMI-55012873}}): complete ACL tear, bone bruises LFC/posterior tibia.
Plan: ACL reconstruction with BTB autograft; tentative OR {{DATE:10/19/2023}}. Prehab with {{NAME:Kyle Summers}}, ATC. Brace rental from {{FACILITY:Peak DME}}.
Parents {{NAME:Carla}} and {{NAME:Dean Blackwell}} (mom cell {{PHONE:303-555-0152}}) joined by phone from {{LOCATION:Grand Junction}}.
{{NAME:Elise Nakamura}}, MD`,
  `INTAKE FROM REFERRAL FAX (scanned, OCR)
Pt Name : {{NAME:Corn-
elius Yazzie}}   DOB : {{DATE:03/0
9/1955}}
Addr : {{ADDRESS:HC 61 Box 4
12}} , {{LOCATION:Chin-
le}} AZ {{ZIP:86503}}
Referring : {{FACILITY:Canyon Mesa Compre-
hensive Health Center}}   Phone : {{PHONE:928-555-01
74}}
Tribal enrollment # {{ID:NN-0098812}}   IHS chart {{MRN:CHN-044187}}
Reason : ESRD, AV fistula creation L arm, vein
mapping done {{DATE:11/14/2
023}} . Ref to {{FACILITY:Four Corners Vascular}}
Contact : niece {{NAME:Darlene Begay}} , cell {{PHONE:(928) 555
-0181}}
Dialysis : {{FACILITY:Painted Desert Kidney Center}} MWF 0600
chair 11 . Nephrologist Dr. {{NAME:Whitehat}}
Transport : {{FACILITY:Sweetwater Wash Chapter House}} van
from {{LOCATION:Many Farms}} ; driver {{NAME:Leroy Tso}}
Plan per our vascular team : consult
{{DATE:12/05/2023}} 1030 w/ Dr. {{NAME:Priscilla Holm}} .
Please fax H&P , CBC , BMP to {{FAX:505-555-0188}} attn {{NAME:Tracy}}
Pg 1 of 3 -- rec'd {{DATE:11/20/23 14:07}} from fax {{FAX:928-555-0175}}`,
  `Speech-Language Pathology Treatment Note
{{FACILITY:Kestrel Ridge Rehab Hospital}}, stroke unit   Date {{DATE:05-14-2024}}
Pt: {{NAME:Mei-Ling Chu}}   MRN {{MRN:KR2217639}}   Age 67
Dx: L MCA ischemic stroke {{DATE:4/30/24}}, nonfluent aphasia, oropharyngeal dysphagia. NIHSS on admit 11.
Session 45 min: MBSS {{DATE:5/10}} showed penetration with thin liquids, PAS 5; no aspiration with mildly thick. Diet IDDSI level 6 soft & bite-sized, level 2 mildly thick liquids.
Aphasia: naming 12/20 with phonemic cues; automatic speech intact. Family (daughter {{NAME:Vivian Chu-Ross}}) brought photos for memory book; pt read names of grandkids aloud.
Pt speaks Cantonese; interpreter {{NAME:Henry Lau}} (vendor {{FACILITY:Pacific Language Link}}, ID {{ID:PLL-30914}}).
Plan: 5x/wk, d/c goal {{DATE:5/24/2024}} to daughter's home in {{LOCATION:Fort Lee}}, NJ.
{{NAME:Olivia Grant}}, MS, CCC-SLP`,
  `FINANCIAL ASSISTANCE / CHARITY CARE APPLICATION - {{FACILITY:Prairie Heights Health System}}
Applicant: {{NAME:Marisol Etienne}}   DOB {{DATE:12/12/1988}}   SSN {{SSN:555-42-0931}}
Address: {{ADDRESS:917 S Broadway, Apt 11}}, {{LOCATION:Wichita}}, KS {{ZIP:67211}}   Cell {{PHONE:316-555-0129}}
Email: {{EMAIL:m.etienne88@gmail.com}}
Household: self, son {{NAME:Jules Etienne}} (age 7, attends {{FACILITY:Osage Bend Elementary}}), mother {{NAME:Yvette Etienne}} (age 66).
Employer: {{FACILITY:Sunflower Poultry Processing}}, line worker, 32 h/wk, $14.50/h. Gross monthly $2,010.
Other income: child support per {{FACILITY:Arkansas Valley Family Court}} order, case {{ID:2019-DM-004418}}, $310/mo.
Accounts in question: {{ACCOUNT:PH-880127734}} (ED visit {{DATE:01/06/2024}}), {{ACCOUNT:PH-880131902}} (OB US {{DATE:01/22/2024}}).
KanCare application pending, confirmation {{ID:KC24-0091187}}. Prior Medicaid ID {{HEALTH_PLAN:KC660192833}} (lapsed {{DATE:9/30/2023}}).
Approved: 100% adjustment, 200% FPL. Reviewed by {{NAME:Dolores Whitaker}}, financial counselor, ext {{PHONE:48812}}, {{DATE:2/2/2024}}.`,
  `Cardiology Device Clinic - Pacemaker Interrogation
{{FACILITY:Heartland Heart Institute}}   {{DATE:June 3, 2024}}
{{NAME:Virgil Honeycutt}}, 81M, MRN {{MRN:HHI-0772915}}
Device: dual-chamber PPM implanted {{DATE:08/14/2017}} for CHB; generator serial {{DEVICE:PJN418827H}}, RA lead serial {{DEVICE:BBL0291773}}, RV lead serial {{DEVICE:BBL0291866}}. Remote monitor ID {{DEVICE:RM-55014729}}.
Battery: 1.9 years to ERI. RA pacing 34%, RV pacing 99%. Thresholds RA 0.75 V @ 0.4 ms, RV 1.0 V @ 0.4 ms. Impedance stable. 3 AHRE episodes, longest 4 min; CHA2DS2-VASc 4 - discussed apixaban with Dr. {{NAME:Shah}}.
MRI conditional: yes (with SureScan mode).
Pt lives at {{FACILITY:Shady Acres Assisted Living}}, {{ADDRESS:1200 Old Hwy 40}}, {{LOCATION:Boonville}}, MO; caregiver {{NAME:Netta Honeycutt}} {{PHONE:660-555-0115}}.
Next remote {{DATE:9/3/24}}; in-clinic {{DATE:12/2024}}. Device rep {{NAME:Tom Strickland}} present.
{{NAME:Gabriela Munoz}}, RN, CCDS`,
  `RADIOLOGY REPORT
EXAM: CT HEAD WITHOUT CONTRAST          ACC#: {{ID:CT2023-0918447}}
PATIENT: {{NAME:FOSTER, IVY MAE}}     MRN: {{MRN:31002988}}     DOB: {{DATE:01/19/1933}} ({{AGE:90}} Y)
ORDERING: {{NAME:NWOSU, CHINEDU}} MD     LOCATION: {{FACILITY:ST ANSELM PRESBYTERIAN}} ED
DATE OF EXAM: {{DATE:09/24/2023 02:11}}
CLINICAL HISTORY: UNWITNESSED FALL AT {{FACILITY:MAGNOLIA GARDENS MEMORY CARE}}, ON APIXABAN.
COMPARISON: {{DATE:03/02/2021}} FROM {{FACILITY:OUTSIDE IMAGING OF PINE BLUFF}}.
FINDINGS: 6 MM LEFT FRONTOPARIETAL SUBDURAL HEMATOMA WITHOUT MIDLINE SHIFT. CHRONIC SMALL VESSEL ISCHEMIC CHANGES. NO CALVARIAL FRACTURE. MILD GENERALIZED VOLUME LOSS. OLD RIGHT CEREBELLAR LACUNE.
IMPRESSION: ACUTE 6 MM LEFT SUBDURAL HEMATOMA. CRITICAL RESULT CALLED TO DR. {{NAME:NWOSU}} AT 0231 ON {{DATE:09/24/2023}} BY DR. {{NAME:K. ABERCROMBIE}}.
READ BY: {{NAME:KENNETH ABERCROMBIE}}, MD   SIGNED {{DATE:09/24/2023 02:35}}`,
  `Psychiatric Consult-Liaison Note   {{DATE:12/19/2023}}
{{FACILITY:Midtown Medical Center}}, 9 West med-surg, bed 914
Consult requested by hospitalist Dr. {{NAME:Irene Castillo}} for capacity to leave AMA.
Pt: {{NAME:Clarence "Buddy" Price}}, 59M, MRN {{MRN:MMC-4410928}}. Admitted {{DATE:12/16}} with alcoholic pancreatitis and withdrawal, CIWA max 22, now 6. Last drink {{DATE:12/15/2023}} per pt.
Collateral: sister {{NAME:Georgette Price}} ({{PHONE:404-555-0191}}) says he sleeps at {{FACILITY:Hope Harbor Men's Shelter}} and recently left a job at {{FACILITY:Smokey Ray's Rib Shack}}.
MSE: alert, oriented x4, calm, linear. Understands risks (pancreatitis progression, seizure, death), can weigh and communicate a choice.
Assessment: has decisional capacity for this decision. AUD severe. No SI/HI.
Rec: offer naltrexone 50 mg, referral to {{FACILITY:Peachtree Recovery Center}} intake {{PHONE:(678) 555-0106}}; if leaves, give Rx and thiamine. Discussed with Dr. {{NAME:Castillo}}.
{{NAME:Folasade Adewale}}, MD, C-L Psychiatry`,
  `Wound Care Clinic Visit   {{DATE:Fri 3/8/2024}}
{{FACILITY:Lowcountry Wound & Hyperbaric Center}}, {{LOCATION:Summerville}}, SC
Patient {{NAME:Ezekiel Manigault}}, 68M, DM2 (A1c 9.4), PAD, MRN {{MRN:LWH10029}}
Wound #1 R plantar 1st MTH diabetic foot ulcer, Wagner 2, 2.1 x 1.8 x 0.6 cm, probe-to-bone neg. Wound #2 L lateral malleolus venous ulcer 4.0 x 3.2 x 0.2.
ABI R 0.62, L 0.88. TcPO2 R foot 32 mmHg. Referred to vascular Dr. {{NAME:Augustus Pinckney}} at {{FACILITY:Coastal Vascular Partners}}.
Tx: sharp debridement CPT 11042, total contact cast R. Unna boot L. HBO not indicated yet.
Home health: {{FACILITY:Palmetto Home Nursing}} RN {{NAME:Shonda Gadsden}} 3x/wk; pt's wife {{NAME:Hattie Manigault}} does dressing on weekends. They live on {{ADDRESS:Gullah Way}} off {{ADDRESS:Hwy 17A}}.
Shoes: offloading boot from {{FACILITY:Berkeley Brace & Limb}}.
Photos of wounds taken and stored in chart (no face).
RTC {{DATE:3/15/24}}. {{NAME:Celia Ravenel}}, NP-C, CWS`,
  `| Field              | Value                                   |
|--------------------|-----------------------------------------|
| Patient            | {{NAME:Ng, Thi Hoa}}                             |
| MRN                | {{MRN:00029188475}}                             |
| DOB                | {{DATE:1970-03-27}}                              |
| Encounter          | {{ACCOUNT:ENC-7718203}} / {{DATE:2024-05-02}}               |
| Location           | {{FACILITY:Garden Grove Family Health}} rm 3       |
| Language           | Vietnamese (interpreter {{NAME:Khanh Le}})       |
| Phone              | {{PHONE:714-555-0133}}                            |
| Address            | {{ADDRESS:10581 Westminster Ave #6}}, {{LOCATION:Garden Grove}} {{ZIP:92843}} |
| Insurance          | CalOptima / Medi-Cal CIN {{HEALTH_PLAN:91822047A}}     |
| PCP                | {{NAME:Tran, Duc Minh}} MD                      |
| Employer           | {{FACILITY:Saigon Pearl Nail Salon}}                 |
| Reason for visit   | HTN f/u, 2nd BP 142/88, on amlodipine 5 |
| Labs               | LDL 162, TG 240, A1c 6.1, TSH 1.8        |
| Plan               | add atorvastatin 20; recheck 3 mo       |
| Signed             | {{NAME:D. Tran}} {{DATE:05/02/2024 11:47}}             |`,
  `{{FACILITY:Greater Dayton Occupational Health}}
{{ADDRESS:2600 Far Hills Ave}}, {{LOCATION:Kettering}}, OH {{ZIP:45419}}

{{DATE:August 21, 2023}}

Mr. {{NAME:Anthony Rosales}}
Safety Manager, {{FACILITY:Miami Valley Packaging Corp.}}
Fax {{FAX:937-555-0169}}

RE: {{NAME:Darius Wheeler}}, employee ID {{ID:MVP-20417}}, BWC claim no. {{ACCOUNT:23-881902}}

Dear Mr. {{NAME:Rosales}}:
Mr. {{NAME:Wheeler}} was seen today for a work-related right shoulder strain sustained {{DATE:8/17/2023}} while lifting pallets. Neer and Hawkins tests are positive; drop arm negative. X-rays unremarkable.
Work status: modified duty {{DATE:8/21/23}} through {{DATE:9/5/23}}: no lifting over 10 lb with the right arm, no overhead work, no forklift operation. Physical therapy 2x/week at {{FACILITY:ProMotion PT of Kettering}}.
He will be re-evaluated {{DATE:Tuesday, September 5}}. Please call {{PHONE:937-555-0161}} with questions.

Sincerely,
{{NAME:Frances Oyelowo}}, DO, MPH`,
  `Anticoagulation Clinic Telephone Encounter   {{DATE:11/14/22}} 1410
Pt: {{NAME:Bernadette Ouellette}}   DOB {{DATE:10/10/1948}}   MRN {{MRN:NH-8830271}}
Indication: mechanical mitral valve (On-X), goal INR 2.5-3.5. Warfarin weekly dose 42.5 mg.
POC INR today 1.9 at {{FACILITY:Contoocook Valley Lab}}, drawn by {{NAME:Skye Moreau}}, MLT.
Missed doses: none. Diet: ate a lot of kale salad at daughter's wedding reception at {{FACILITY:The Barn at Pleasant Pond}} on {{DATE:Saturday 11/12}}. No bleeding/bruising. New meds: none; stopped turmeric.
Plan: warfarin 7.5 mg today, then resume 5 mg daily except 7.5 mg Mon/Fri (45 mg/wk). Enoxaparin bridge not needed (INR >1.8). Recheck INR {{DATE:11/21/22}}.
Spoke to pt at {{PHONE:603-555-0120}}; she repeated back plan. Also notified cardiologist Dr. {{NAME:Lucien Paquette}}, {{FACILITY:Granite State Cardiology}}, via in-basket.
Pt asked about trip to {{LOCATION:Quebec City}} in Dec - advised to bring INR log and a list of clinics. Home: {{ADDRESS:14 Bog Rd}}, {{LOCATION:Hillsborough}}, NH {{ZIP:03244}}.
{{NAME:Wendy Forsythe}}, RN, CACP`,
  `ed triage note {{DATE:2/18/24}} 0042
 pt {{NAME:jose luis ortis}} (sp? chart says {{NAME:Ortiz, Jose L}}) 44m bib {{FACILITY:northland ambulance}} from {{FACILITY:el rancho grande taqueria}} where he works as cook, {{ADDRESS:1514 e lake st}} {{LOCATION:mpls}}.
 cc burn R forearm from fryer oil ~2130. 2nd deg ~4% tbsa, blisters intact. pain 8/10. no inhalation.
 tetanus unk -> tdap. fentanyl 50 mcg in. allergies nkda.
 pt speaks spanish, interp via phone #{{ID:40917}}.
 wife {{NAME:guadalupe}} on way, cell {{PHONE:612 555 0178}}. pt has no ins, asks re: cost -> fin counselor am.
 mrn {{MRN:2209183}}, {{LOCATION:hennepin}}? no - pt lives {{LOCATION:st paul}}, {{ADDRESS:780 payne ave}}.
 esi 3. to burn clinic f/u w/ dr {{NAME:lindqvist}} {{DATE:2/20}}.
 boss {{NAME:arturo}} called asking re: work note - told him need pt consent. silver sulfadiazine not used; xeroform + bulky dsg.
 -{{NAME:tc}}/rn`,
  `GROUP HOME INCIDENT REPORT / NURSING REVIEW
Agency: {{FACILITY:Cornerstone Supported Living}} - {{FACILITY:Maple House}}, {{ADDRESS:88 Orchard Ln}}, {{LOCATION:Bangor}}, ME {{ZIP:04401}}
Individual: {{NAME:Kevin "KJ" Thibeault}}, 29, autism spectrum disorder, moderate ID, seizure disorder. Medicaid {{HEALTH_PLAN:ME1180447291}}.
Incident date/time: {{DATE:04/27/2024 19:20}}. Reported by DSP {{NAME:Shauna Black}}.
Description: Generalized tonic-clonic seizure ~3 min in the living room; VNS magnet swiped at 1 min. Rescue midazolam nasal 5 mg given at 2 min per protocol. No injury. Postictal 25 min. Seizure log updated.
VNS: generator serial {{DEVICE:VNS-106-88217}}, output 1.75 mA.
Meds: levetiracetam 1500 mg BID, lacosamide 100 mg BID; 0 missed doses per MAR.
Notified: guardian {{NAME:Denise Thibeault}} ({{PHONE:207-555-0190}}), neurologist Dr. {{NAME:Aurelio Conti}} at {{FACILITY:Penobscot Neurology}}, program manager {{NAME:Hank Young}}. Day program ({{FACILITY:Bright Futures Day Center}}) informed for {{DATE:4/29}}.
DHHS incident # not required (no injury). Internal report {{ID:CSL-IR-24-0317}}.
RN review: {{NAME:Mary-Beth Colson}}, RN {{DATE:4/28/24}}`,
  `General Surgery Progress Note   POD#2   {{DATE:07/16/2024}}
{{NAME:Rosalind Okeke}}, 46F, MRN {{MRN:SJ-1188204}}, {{FACILITY:San Joaquin Valley Medical Center}} 5 Tower, bed 531-2
s/p robotic sigmoid colectomy for recurrent diverticulitis (Hinchey Ib x3) on {{DATE:7/14}} with Dr. {{NAME:Marcus Hollingsworth}}.
S: passing flatus, no BM. Ambulated x3. Pain 3/10 on acetaminophen/ketorolac, 1 dose oxycodone 5 mg overnight.
O: Tmax 37.6, HR 84, BP 122/70. Abd soft, appropriately tender, port sites c/d/i. UOP 1.2 L. WBC 9.1, Hgb 11.8, Cr 0.7.
A/P: ERAS pathway; advance to soft diet, d/c PCA, SQ heparin 5000 TID, SCDs.
Dispo: anticipate home {{DATE:7/17}}. Husband {{NAME:Emeka Okeke}} ({{PHONE:209-555-0144}}) to pick up; lives in {{LOCATION:Lodi}}. Works as an accountant for {{FACILITY:Delta Farm Credit Union}}, needs FMLA paperwork to HR fax {{FAX:209-555-0149}}.
Path pending (acc {{ID:SP24-17720}}).
{{NAME:Tamsin Greer}}, MD (PGY-3) / attending {{NAME:M. Hollingsworth}}, MD`,
  `DISCHARGE SUMMARY
PATIENT NAME: {{NAME:LAWRENCE T. BLACKWOOD}}          UNIT NO: {{MRN:U441902}}
ADMISSION DATE: {{DATE:02/02/2023}}                  DISCHARGE DATE: {{DATE:02/09/2023}}
SERVICE: MEDICINE - {{FACILITY:WHITAKER 4}}          ATTENDING: {{NAME:HEATHER LIEBOWITZ}}, M.D.
HOSPITAL: {{FACILITY:NORTH SHORE UNION HOSPITAL}}, {{LOCATION:LYNN}}, MASSACHUSETTS
ADMITTING DIAGNOSIS: HYPONATREMIA (NA 114).
HISTORY: 72 YEAR OLD MAN WITH SCLC DIAGNOSED {{DATE:NOVEMBER 2022}}, ON CARBOPLATIN/ETOPOSIDE/ATEZOLIZUMAB, WHO PRESENTED WITH CONFUSION. SIADH FROM TUMOR.
HOSPITAL COURSE: FLUID RESTRICTION 1 L, SALT TABS 1 G TID, TOLVAPTAN 15 MG X2 DOSES. NA 114 -> 131. MENTAL STATUS BACK TO BASELINE. MRI BRAIN NEGATIVE FOR METASTASES.
DISPOSITION: HOME WITH WIFE {{NAME:PEARL BLACKWOOD}}. VNA: {{FACILITY:NORTH SHORE VISITING NURSES}}.
FOLLOW-UP: DR. {{NAME:ALEKSANDR VOLKOV}}, ONCOLOGY, {{DATE:02/14/2023}}; BMP AT {{FACILITY:HARBORVIEW CLINICAL LAB}} IN {{LOCATION:SALEM}} {{DATE:02/12/2023}}.
PHONE: {{PHONE:781-555-0135}}. DICTATED: {{NAME:HL}}/{{NAME:MJR}} {{DATE:02/09/2023}} 17:40`,
  `Obstetrics - Prenatal Visit (28 wk)    {{DATE:April 11, 2024}}
{{FACILITY:Heartland Women's Care}}, {{LOCATION:Sioux Falls}}, SD
{{NAME:Cheyenne Two Bulls}}, 22 yo G2P1001, EDD {{DATE:7/1/24}}. MRN {{MRN:HWC-0092817}}.
BP 118/74, wt +1.2 kg, FH 28 cm, FHT 144. No edema. 1-hr GCT 128 (nl). Hgb 10.4 -> start ferrous sulfate 325 mg QOD. Rh neg: RhoGAM 300 mcg IM given today, lot # in MAR.
Tdap given. Kick counts reviewed. Pt lives on the reservation, 2.5 h drive from {{LOCATION:Pine Ridge}}; transport via {{FACILITY:White Clay Creek Tribal Transit}} and IHS contract care (PRC auth {{ID:PRC-24-11873}}).
FOB {{NAME:Tanner Red Cloud}} works at {{FACILITY:Lakota Prairie Casino}}; cell {{PHONE:605-555-0153}}. 1st child born {{DATE:3/2022}} at {{FACILITY:Black Hills Birthing Center}}.
Plan: GBS at 36 wk, RTC 2 wk. Delivery planned at {{FACILITY:Heartland Women's Care}} affiliated hospital; lodging at {{FACILITY:Mothers' House of Sioux Falls}} from 37 wk.
{{NAME:Rebekah Lindahl}}, CNM`,
  `pt {{NAME:summer hill}} 35f bed 6, {{FACILITY:barnes 8}} tele.
 0700 hand-off from {{NAME:deb}}. nsr 70s, occ pvc. k 3.4 -> kcl 40 meq po given 0815.
 0900 dr {{NAME:ashworth}} rounded, plan tee today for ?endocarditis (ivdu hx, bcx {{DATE:9/2}} + mssa x2). cefazolin 2g q8.
 1130 pt tearful, wants to call her kids' foster mom (mrs {{NAME:gomez}}?) - number from dcfs worker {{NAME:tanya reese}} {{PHONE:314-555-0177}}.
 1300 tee done, no veg. picc team consulted for 6 wk abx. pt says she'll go to {{FACILITY:salvation house women's shelter}} on {{ADDRESS:cass ave}}, not back to {{ADDRESS:4319 n 20th st}}.
 1500 methadone 80 mg confirmed w/ {{FACILITY:gateway otp clinic}} (last dose {{DATE:9/1/23}}).
 1850 report to {{NAME:r. okafor}} rn. -{{NAME:lmb}}`,
  `Pediatric Well Child Visit - 15 months     {{DATE:06/06/2024}}
{{FACILITY:Little Oaks Pediatrics}}, {{ADDRESS:720 Main St, Suite B}}, {{LOCATION:Nacogdoches}}, TX {{ZIP:75961}}
Child: {{NAME:Elijah Grace Mbatha}}   DOB {{DATE:03/01/2023}}   MRN {{MRN:LOP-33019}}
Accompanied by mother {{NAME:Thandiwe Mbatha}} and grandmother {{NAME:Patience Ndlovu}}.
Growth: wt 10.4 kg (50%), length 78 cm (45%), HC 46.5 cm (55%).
Development: walks well, 5 words, points to wants; M-CHAT-R low risk.
Vaccines today: DTaP #4, Hib #4, PCV20 #4, Hep A #1. VIS given. Lots recorded in IIS.
Lead 1.2, Hgb 11.9. Fluoride varnish applied.
Daycare: {{FACILITY:Tiny Steps Learning Academy}}; form signed for daycare with immunization record.
Dad ({{NAME:Sipho Mbatha}}) is grad student at {{FACILITY:Piney Woods State University}}; family moves to {{LOCATION:Johannesburg}} for 6 months in Jan - travel vaccines at {{FACILITY:Nacogdoches Travel Health}}.
Next visit 18 mo. Portal: {{URL:https://portal.littleoakspeds.com/family/mbatha-4471}}.
{{NAME:Rachel Summerfield}}, MD`,
  `MEDICATION RECONCILIATION - ADMISSION    {{FACILITY:Bosque Valley Hospital}} 3E
Patient {{NAME:Walker, Doris J}}   MRN {{MRN:7201184}}   {{DATE:10/22/2022 20:15}}
Sources: pt, daughter {{NAME:Angela Walker-Simmons}}, pharmacy fill history ({{FACILITY:Rio Grande Drug #12}}, {{LOCATION:Albuquerque}}), PCP list from Dr. {{NAME:Feliciano Baca}}.
 1. amlodipine 10 mg PO daily - continue
 2. metformin 1000 mg PO BID - HOLD (contrast, Cr 1.4)
 3. insulin detemir 22 units qHS - reduce to 16 units
 4. sertraline 50 mg daily - continue
 5. alendronate 70 mg weekly (Sundays) - hold while inpatient
 6. Vitamin D3 2000 IU - continue
 7. "water pill" - unknown name; pharmacy says HCTZ 25 mg filled {{DATE:9/30/22}}
Discrepancy: pt also takes herbal "chaparral" tea from {{FACILITY:Yerberia San Judas}} - LFTs ordered.
Allergies: sulfa (rash), codeine (N/V).
Completed by {{NAME:Ines Gallegos}}, CPhT; verified {{NAME:Marco Ruiz}}, PharmD {{DATE:10/22/2022 21:02}}`,
  `Pt Name ......... {{NAME:KOWALSKI, STANLEY}}        Acct ..... {{ACCOUNT:001948820371}}
DOB ............. {{DATE:05/17/1942}}              Adm ...... {{DATE:11/30/2021}}
MRN ............. {{MRN:B8812049}}                 Rm ....... 322-W
Attending ....... {{NAME:FAIRCHILD, ROSE}} MD      PCP ...... {{NAME:DOMBROWSKI, J}} MD
Ins 1 ........... MEDICARE A/B  {{HEALTH_PLAN:7KP2-XR8-FH40}}
Ins 2 ........... UNION SUPPLEMENTAL (LOCAL 408 RETIREES)  #{{HEALTH_PLAN:U92831744}}
Emerg Contact ... {{NAME:KOWALSKI, HELEN}} (wife)  {{PHONE:(716) 555-0114}}
Address ......... {{ADDRESS:58 KOSCIUSZKO ST}}
                  {{LOCATION:BUFFALO}} NY {{ZIP:14212}}
Employer ........ RETIRED - {{FACILITY:NIAGARA FRONTIER STEEL}}
Church .......... {{FACILITY:ST WOJCIECH MISSION}}
Adv Dir ......... HCP on file (wife); DNR signed {{DATE:12/01/2021}}
Dx .............. COPD exac, J44.1; CHF (HFpEF)
Admit by ........ {{NAME:S. NAKASHIMA}} NP {{DATE:11/30/2021 0412}}`,
  `Spinal Cord Injury - Rehab Admission    {{DATE:1/11/2025}}
{{FACILITY:Gulf Coast Rehabilitation Hospital}}, SCI unit, room 208
Pt: {{NAME:Jaxon Wolfe}}, 19M, MRN {{MRN:GCR-7781102}}. Transferred from {{FACILITY:Brazos Memorial Trauma Center}} (trauma acct {{ACCOUNT:BM-2024-998172}}).
Injury: diving into shallow water at {{LOCATION:Lake Conroe}} {{DATE:12/28/2024}}; C6 burst fx s/p ACDF C5-7 {{DATE:12/29/24}}. ASIA B, NLI C6.
Exam: biceps 5/5, wrist ext 4/5, triceps 1/5, no hand intrinsics. Sensation preserved S4-5. Tenodesis grasp emerging.
Bladder: IC q4-6 h. Bowel: program with bisacodyl supp qPM. Autonomic dysreflexia precautions posted. Skin intact, Braden 14.
Goals: power WC (order {{ID:WC-PR-55107}}), adapted driving eval later.
Social: lives with parents {{NAME:Brandy}} and {{NAME:Cole Wolfe}} in {{LOCATION:Conroe}}, TX, 3 steps; dad will build ramp with help from {{FACILITY:Cypress Ridge Bible Church}} men's group. Was a welder apprentice at {{FACILITY:Lone Star Fabrication}}.
Psych: adjustment; peer mentor {{NAME:Marcus Bell}} (C5, 2016).
{{NAME:Yolanda Pierce}}, DO, PM&R`,
  `Home Health Skilled Nursing Visit    Agency {{FACILITY:Heart of Iowa Home Care}}
Patient {{NAME:Clement Rose}}   Visit {{DATE:03/03/2025}} 0930-1020   Episode {{ID:HH-25-00412}}
Address {{ADDRESS:RR 2 Box 119}}, {{LOCATION:Winterset}}, IA {{ZIP:50273}} (gravel drive, 2nd farmhouse past the grain elevator)
Dx: CHF exacerbation, new insulin start (T2DM), L TKA 2019.
VS: T 97.9, HR 78 irreg irreg, BP 136/82, SpO2 94% RA, wt 211 lb (+3 lb since {{DATE:2/28}}). 1+ pitting edema.
Teaching: insulin glargine 14 u pen technique, return demo by wife {{NAME:Ivy Rose}}. Glucometer readings 140-210. 2 g Na diet.
Called Dr. {{NAME:Bertrand Lowe}} at {{FACILITY:Madison County Family Medicine}} re: wt gain; order furosemide 40 mg x3 days, BMP {{DATE:3/5}}.
Med box filled. Telehealth scale (serial {{DEVICE:TH-SC-990183}}) uploads daily.
Next visit {{DATE:3/5/25}}. Clinician: {{NAME:Janelle Frey}}, RN. Supervisor {{NAME:Carla Mendenhall}}, {{PHONE:515-555-0147}}.`,
  `Emergency Department - Pediatric
{{FACILITY:Children's Hospital of the Rockies}} ED   {{DATE:12/24/2023 18:32}}
Pt {{NAME:Maverick Jones}}, 4 yo M, MRN {{MRN:CHR-2290184}}, wt 17 kg.
CC: ingestion. Mother {{NAME:Destiny Jones}} found him with grandmother's pill organizer at grandma's house ({{ADDRESS:1133 Elm Ct}}, {{LOCATION:Longmont}}). Possibly 2 x clonidine 0.1 mg and 1 x amlodipine 5 mg.
Poison center contacted, case {{ID:RMPC-23-188204}}, specialist {{NAME:Renee Abara}}, PharmD.
Exam: sleepy but arousable, HR 68, BP 84/50, pupils 2 mm, RR 18. Glucose 92. EKG: sinus brady, QTc 410.
Plan: admit PICU for 24 h obs (amlodipine), cardiac monitoring, IVF, naloxone prn.
CPS: not indicated per SW {{NAME:Piper Hale}}; safe storage teaching done.
Grandmother {{NAME:Loretta "Lolly" Summers}} ({{PHONE:720-555-0112}}) arrived. Father {{NAME:Trey Jones}} deployed overseas (Army).
{{NAME:Ashok Venkataraman}}, MD, Peds EM. Scribe {{NAME:K. Dahl}}.`,
  `Audiology Evaluation   {{DATE:3/19/24}}
{{FACILITY:ClearSound Hearing & Balance}}, {{LOCATION:Spokane Valley}}, WA
Pt: {{NAME:Orville Peacock}}, 79M, ref by Dr. {{NAME:Ingrid Solberg}} (ENT). MRN {{MRN:CS-004419}}.
Hx: progressive bilateral HL, tinnitus R>L, retired from {{FACILITY:Inland Empire Aluminum Works}} (40 yrs noise exposure). Wife {{NAME:Dottie}} reports TV too loud.
Otoscopy: clear canals. Tymps type A bilat.
Audiogram: bilat sloping mild to severe SNHL; PTA R 48 dB, L 45 dB. WRS R 76% @ 85 dB, L 84%. Asymmetry 10 dB at 3-4 kHz R -> MRI IAC recommended per AAO-HNS.
Hearing aids: fit bilateral RIC, L serial {{DEVICE:RX4471902L}}, R serial {{DEVICE:RX4471903R}}; warranty through {{DATE:03/2027}}. Veteran? No. Paid via Premera (member {{HEALTH_PLAN:PRM771029384}}).
Follow-up 2 wk. Clinic phone {{PHONE:509-555-0126}}.
{{NAME:Talia Bergstrom}}, Au.D. CCC-A`,
  `DICTATION - FAMILY MEDICINE - {{FACILITY:PEACH BELT FAMILY HEALTH}} - {{LOCATION:MACON}} GA
PT {{NAME:LATOYA KINGG}} [SP? REGISTERED AS {{NAME:LATOYA KING}}] DOB {{DATE:8-8-90}} SEEN {{DATE:8-1-2024}}
33 YO F HERE FOR F/U OF HTN AND A POSITIVE HOME PREGNANCY TEST. LMP {{DATE:JUNE 20, 2024}}. ON LISINOPRIL 20 MG - STOPPED TODAY, ACE INHIBITOR CONTRAINDICATED. START LABETALOL 200 MG BID. BP 146/94. URINE HCG POSITIVE. UPC PENDING.
WORKS AS A CASHIER AT {{FACILITY:SOUTHERN PRIDE FOODS}} ON {{ADDRESS:PIO NONO AVE}}. BOYFRIEND {{NAME:DEMARCUS FAITH}}. LIVES {{ADDRESS:2280 HOUSTON AVE APT 14}}, {{LOCATION:MACON}} {{ZIP:31206}}.
REFERRED TO {{FACILITY:MIDDLE GEORGIA MATERNAL FETAL MEDICINE}}, DR {{NAME:OLUWASEUN ADEBISI}}, FOR CHRONIC HTN IN PREGNANCY; DATING US ORDERED. PRENATAL VITAMINS, ASPIRIN 81 MG AFTER 12 WKS.
MEDICAID PENDING - PRESUMPTIVE ELIGIBILITY # {{HEALTH_PLAN:PE24-5518820}}.
CALL BACK NUMBER {{PHONE:478 555 0103}}.
DICTATED BY DR. {{NAME:WENDELL PRICE}} {{DATE:08/01/2024}} TRANSCRIBED {{NAME:JLW}} {{DATE:08/02/2024}}`,
  `Hematology/Oncology - Infusion Nursing Note    {{DATE:05/28/2024}}
{{FACILITY:Mountain States Cancer Care}} infusion bay 14, {{LOCATION:Billings}}
Pt {{NAME:Wilhelmina "Billie" Strand}} MRN {{MRN:MSC-118820}} DOB {{DATE:7/7/1961}}
Regimen: R-CHOP C4D1 for DLBCL (stage IIIA, IPI 2). Ht 165 cm, wt 70 kg, BSA 1.78.
Pre-meds: acetaminophen 650, diphenhydramine 25 IV, prednisone 100 PO, ondansetron 16 IV.
Rituximab 375 mg/m2 = 668 mg, rapid infusion 90 min, no reaction. Doxorubicin 88 mg IVP, vincristine 2 mg (capped), cyclophosphamide 1335 mg.
Port-a-cath accessed 20g 3/4 in; + blood return. Port serial {{DEVICE:BPA-0091827}}.
Neulasta on-body injector applied L arm, serial {{DEVICE:OBI55198246}}; pt to remove {{DATE:5/29}} pm.
Pt drove 3 h from {{LOCATION:Miles City}}; staying at {{FACILITY:Rimrock Patient Lodge}}. Husband {{NAME:Arne Strand}} ranches, ph {{PHONE:406-555-0159}}.
Next cycle {{DATE:6/18/24}}. RN {{NAME:Kaylee Brown}}, OCN; MD {{NAME:Samir Qureshi}}.`,
  `bh unit 3n  nsg note  {{DATE:10/30/23}} noc
 {{NAME:jordan (jo) whitfield}} 16yo, pronouns they/them, legal name {{NAME:joanna whitfield}}.
 slept 5h. q15 checks. no si/sh behaviors this shift. ate snack.
 phone call w/ grandma {{NAME:opal whitfield}} ok'd by tx team, 10 min. mom ({{NAME:crystal}}) on no-contact list per {{FACILITY:franklin co children services}} caseworker {{NAME:t. boateng}}, case {{ID:FCCS-23-40917}}.
 school: {{FACILITY:hilltop prep high}} sent work packet, teacher mr. {{NAME:abbott}}.
 meds: fluoxetine 20, hydroxyzine 25 prn x1 @ 2340.
 pt asked for "{{NAME:hunter}}" - another pt on unit ({{NAME:hunter q}}), redirected re: boundaries.
 discharge planning: residential at {{FACILITY:oak hollow youth ranch}} in {{LOCATION:zanesville}} vs home w/ grandma at {{ADDRESS:3377 sullivant ave}} {{LOCATION:columbus}} {{ZIP:43204}}.
 -{{NAME:p.m.}} rn`,
  `Gastroenterology Procedure Note - Colonoscopy
{{FACILITY:Chesapeake Endoscopy Center}}, {{ADDRESS:7700 Harford Rd, Ste 110}}, {{LOCATION:Parkville}}, MD {{ZIP:21234}}
Date {{DATE:02/27/2025}}   Patient {{NAME:Desmond Achebe}}   DOB {{DATE:09/09/1974}}   MRN {{MRN:CEC0081172}}
Endoscopist: {{NAME:Gretchen Vogel}}, MD. Anesthesia: MAC propofol by {{NAME:Yusuf Demir}}, CRNA.
Indication: screening, age 50, father {{NAME:Okonkwo Achebe}} with colon cancer at 58. CPT 45385.
Prep: BBPS 8 (3/3/2). Cecum reached at 6 min (appendiceal orifice, ileocecal valve photographed). Withdrawal time 11 min.
Findings: 8 mm sessile polyp transverse colon - cold snare; 4 mm polyp sigmoid - cold snare; small internal hemorrhoids; sigmoid diverticulosis.
Specimens to {{FACILITY:Baltimore Pathology Partners}} (req {{ID:BPP-25-006613}}).
Recs: await path; repeat in 3-5 y per USMSTF. Driver: wife {{NAME:Ngozi Achebe}}, {{PHONE:410-555-0198}}. Pt works at {{FACILITY:Harbor Point Logistics}}, note given for {{DATE:2/27}}.
Scope CF-HQ190L, serial {{DEVICE:2881047}}, logged for reprocessing.`,
  `SOCIAL WORK ASSESSMENT - {{FACILITY:Trinity Valley Medical Center}}     {{DATE:9/9/2024}}
Patient: {{NAME:Guadalupe "Lupe" Castaneda}}, {{AGE:91}} yo F   MRN {{MRN:TVM-5520917}}
Referral: CHF readmission #3 this year; concern for self-neglect.
Living: alone in mobile home, {{ADDRESS:4411 FM 2920 Lot 37}}, {{LOCATION:Tomball}}, TX {{ZIP:77375}}. No AC; heat index 108 last week.
Support: son {{NAME:Ruben Castaneda}} in {{LOCATION:Monterrey}}, Mexico ({{PHONE:+52 81 5550 0123}}); granddaughter {{NAME:Araceli Moreno}} nearby ({{PHONE:281-555-0104}}) works double shifts at {{FACILITY:Cypress Creek Steakhouse}}.
Church: {{FACILITY:Iglesia Bautista Getsemani}} brings meals Wed/Sun.
Income: SSI + SSA. Medicare/Medicaid dual, Medicaid ID {{HEALTH_PLAN:519920374}}.
Plan: APS report made (intake {{ID:APS-2024-771093}}) after discussion with pt; pt agrees to {{FACILITY:Amigos Home Health}} + home-delivered meals; CCAD window unit via {{FACILITY:Harris County Area Agency on Aging}}.
Capacity per Dr. {{NAME:Helen Nguyen}}: intact for this decision. MoCA 21/30.
{{NAME:Brandon Estes}}, LMSW, ext {{PHONE:6-4402}}`,
  `=== INTERFACE MSG (HL7 -> text) ===
PID|1||{{MRN:448120937}}^^^{{FACILITY:RVH}}^MR||{{NAME:ABERNATHY^GRACE^L}}||{{DATE:19570612}}|F|||{{ADDRESS:22 BIRCH HOLLOW DR}}^^{{LOCATION:GREENVILLE}}^SC^{{ZIP:29607}}||{{PHONE:(864)555-0139}}
PV1|1|I|6W^612^B|||||{{NAME:MOTTLEY^JAMES^R}}^^^MD
IN1|1|BCBSSC|||||||||||||||||||||||||||||||||{{HEALTH_PLAN:ZCS448810273}}
OBR|1|{{ID:ORD99281}}|{{ID:LAB5520173}}|CBC W DIFF|||{{DATE:20240115083000}}
OBX|1|NM|WBC||12.4|10*3/uL|4.0-10.5|H
OBX|2|NM|HGB||9.8|g/dL|12.0-15.5|L
OBX|3|NM|PLT||455|10*3/uL|150-400|H
NTE|1||Critical value called to RN {{NAME:TORRES}} 0912 by MLS {{NAME:B. KIMURA}}
=== END ===
Reviewed in chart by Dr. {{NAME:Mottley}} {{DATE:1/15/24}} at {{FACILITY:Reedy Valley Hospital}}. Pt {{NAME:Grace Abernathy}} admitted for L leg cellulitis; leukocytosis expected. Daughter {{NAME:Faith Abernathy-Cole}} ({{PHONE:864-555-0140}}) updated.`,
  `CORRECTIONAL HEALTH - SICK CALL ENCOUNTER
Facility: {{FACILITY:Pima Valley Detention Center}}, Unit C-Pod, cell 14   Date {{DATE:06/30/2023}} 0815
Inmate: {{NAME:Raymond "Ray" Blackfeather}}   Booking # {{ID:B23-0071882}}   DOB {{DATE:01/03/1987}}   Health record {{MRN:PVDC-66102}}
S: "my sugar's been high." T1DM since age 12. Was on insulin pump before arrest {{DATE:6/26}}; pump held in property (serial {{DEVICE:NG4418271H}}). Now on glargine 20 u + lispro sliding scale. FSBG 280-340.
O: BP 132/84, HR 96. Alert, mucosa dry. UA 2+ ketones. BMP: glucose 312, AG 13, bicarb 21.
A: hyperglycemia without DKA; inadequate basal.
P: glargine 26 u qHS, lispro 6 u with meals + correction. Diabetic tray. FSBG AC/HS. Ask court re: return of pump - public defender {{NAME:Lenora Quist}}, {{FACILITY:Pima Valley Public Defender's Office}}, {{PHONE:520-555-0172}}; hearing {{DATE:7/11/23}} at {{FACILITY:Pima Valley Justice Court}}, docket {{ID:CR2023-004417}}.
Outside endo: Dr. {{NAME:Hyun-woo Baek}}, {{FACILITY:Sonoran Endocrine Associates}}; records requested by fax {{FAX:520-555-0173}}.
Emergency contact: sister {{NAME:Wren Blackfeather}} on {{FACILITY:Tohono Wells Tribal Housing}} land.
{{NAME:Dana Whitley}}, RN / {{NAME:Corbin Ames}}, PA-C`,
  `Transplant Hepatology Clinic     {{DATE:November 6, 2024}}
{{FACILITY:Great Lakes Transplant Institute}}, {{LOCATION:Ann Arbor}}
{{NAME:Theodore Kingfisher}}, 57M, MRN {{MRN:GLT-00418822}}, UNOS waitlist ID {{ID:WL-228109}}
Dx: NASH cirrhosis c/b ascites, HE; MELD-Na 24 (from 21). Child-Pugh C10. Listed {{DATE:8/2/2024}}.
Meds: lactulose titrated to 3 BM/day, rifaximin 550 BID, spironolactone 100/furosemide 40, propranolol stopped (SBP 92).
Paracentesis q2 wk at {{FACILITY:Washtenaw Interventional Radiology}}, last {{DATE:10/30}} 6.5 L, albumin 50 g.
Transplant social worker {{NAME:Meredith Kline}}: caregiver plan = wife {{NAME:June Kingfisher}} + brother {{NAME:Ambrose Kingfisher}} from {{LOCATION:Traverse City}}. Must stay within 2 h; they rent at {{ADDRESS:612 Packard St, Apt 3}}.
Alcohol: none ever; PEth neg {{DATE:10/15/24}}.
Insurance: BCBS Michigan, subscriber {{HEALTH_PLAN:XYM882019374}}; transplant auth {{ID:BCBSM-TX-41127}}.
Pager for organ offer: {{PHONE:734-555-0189}}; backup cell {{PHONE:734-555-0185}}.
{{NAME:Priyanka Deshmukh}}, MD / coordinator {{NAME:Shawn Mercer}}, RN`,
  `Dermatology Clinic Note  -  {{DATE:01/08/2025}}
{{FACILITY:Sun Valley Dermatology}}, {{LOCATION:Scottsdale}}, AZ  |  Provider {{NAME:Camille Laurent}}, PA-C (sup. Dr. {{NAME:Boris Feld}})
Pt {{NAME:Dale Young}}, 62M, MRN {{MRN:SVD-220471}}. Outdoor worker - golf course superintendent at {{FACILITY:Pinnacle Desert Country Club}}.
Full skin exam. Fitzpatrick II. Hx BCC nose (Mohs {{DATE:2021-04-12}}) and SCC L ear.
Findings: 7 mm pearly papule R temple; 4 mm scaly erythematous papule dorsal L hand; numerous AKs scalp.
Procedures: shave bx R temple (A) and L hand (B), CPT 11102 x1, 11103 x1; LN2 to 14 AKs (17000, 17003 x13).
Path to {{FACILITY:Southwest Dermpath Lab}}, req {{ID:SDL-0019283}}.
Counseled: SPF 50, broad-brim hat; 5-FU cream to scalp after holiday.
Wife {{NAME:Marlene}} asks for results by email {{EMAIL:dale.marlene.young@outlook.com}} - consent on file.
RTC 3 mo or Mohs with Dr. {{NAME:Feld}} if BCC.`,
  `cm note {{DATE:12/2/24}}
 spoke w/ pt {{NAME:antoine baptiste}} by phone {{PHONE:(305) 555-0161}}, haitian creole interp {{NAME:marie-ange}} (id {{ID:4402}}).
 d/c'd from {{FACILITY:biscayne north}} {{DATE:11/29}} after dka. needs pcp - appt made {{DATE:12/6}} 10am @ {{FACILITY:lemon city health ctr}} w/ dr {{NAME:pierre-louis}}.
 insulin: lantus 18u + novolog ss. has glucometer. cant afford strips - gave coupon + referred to {{FACILITY:st. brigid house}} pharmacy.
 lives w/ cousin {{NAME:jean-robert baptiste}} at {{ADDRESS:7920 ne 2nd ave apt 5}} {{LOCATION:miami}} {{ZIP:33138}}.
 job: dishwasher @ {{FACILITY:la perla del caribe}}, no sick leave. fmla n/a (<12 mo).
 medicaid app submitted, app # {{ID:FL-ACCESS-240091177}}.
 a1c 13.2 on admit. pt ok w/ diabetes ed class, thurs (not fri).
 f/u call {{DATE:12/9}}. -{{NAME:yvette coleman}} rn cm`,
  `Occupational Therapy - Discharge Summary
{{FACILITY:North Shore Hand & Upper Extremity}} (inside {{FACILITY:Lakewalk Athletic Club}}), {{LOCATION:Duluth}}, MN
Client: {{NAME:Signe Halvorsen}}   DOB {{DATE:4/15/1980}}   MRN {{MRN:NSH-77019}}   Dates {{DATE:10/2/23}} - {{DATE:12/20/23}}, 18 visits
Dx: L distal radius fx, s/p ORIF volar plate {{DATE:9/18/23}} by Dr. {{NAME:Anton Brekke}} at {{FACILITY:St. Olaf Lakeside Hospital}}.
Outcomes: wrist ext 10 -> 62 deg, flex 15 -> 58, sup 40 -> 80. Grip (Jamar pos 2) L 14 -> 28 kg, R 34 kg. QuickDASH 61 -> 18. Tinel neg.
Function: returned to full duty as a mail carrier (route 14) on {{DATE:12/11/2023}}; cleared for cross-country skiing.
HEP: putty, wrist roller, stretching. Splint d/c.
Billing: last DOS {{DATE:12/20/23}}, claim {{ACCOUNT:CLM-55019287}}; Medica member {{HEALTH_PLAN:MD02291847}}.
Report faxed to Dr. {{NAME:Brekke}} at {{FAX:218-555-0156}} and to employer nurse {{NAME:Colleen Dwyer}}.
{{NAME:Ingrid Haugen}}, OTR/L, CHT   {{DATE:12/21/2023}}`,
  `ICU TRANSFER NOTE    {{DATE:03/09/2024 04:50}}
FROM: {{FACILITY:FAIRVIEW 6}} STEPDOWN   TO: SICU BED 3   {{FACILITY:BAKERSFEILD MERCY GENERAL}}
PT: {{NAME:ESTRADA, JOSEFINA}}   MRN {{MRN:KM-00772914}}   68 YO F
POD#1 S/P OPEN AAA REPAIR ({{DATE:3/8}}), DR {{NAME:HOLLOWAY}}. OVERNIGHT HYPOTENSION 78/40, LACTATE 4.1, HGB 10.2 -> 7.6, ABD DISTENDED, BLADDER PRESSURE 22.
CONCERN FOR BLEEDING VS ACS. MTP NOT ACTIVATED. 2U PRBC, 2 FFP GIVEN. CALLED DR {{NAME:HOLLOWAY}} AT HOME ({{PHONE:661-555-0137}}), TAKING BACK TO OR.
A-LINE R RADIAL. CVC L SUBCLAVIAN. NOREPI 0.1.
HX: DM2, CKD 3, EX-SMOKER (QUIT 2015). LIVES {{LOCATION:DELANO}} (PT SAYS "DELANNO"), FARMWORKER AT {{FACILITY:SAN JOAQUIN GRAPE GROWERS CO-OP}} TIL 2020.
FAMILY: HUSBAND {{NAME:ARMANDO ESTRADA}} AND DAUGHTER {{NAME:YESENIA ESTRADA-RUIZ}} ({{PHONE:661 555 0142}}) NOTIFIED 0440, ON WAY FROM {{LOCATION:MCFARLAND}}. SPANISH PREFERRED.
CODE: FULL.
{{NAME:B. NWACHUKWU}} MD (SURG RES)  PAGER {{PHONE:6612}}`,
  `{{FACILITY:Riverbend Hospice & Palliative Care}}
{{ADDRESS:900 River Bend Pkwy}} - {{LOCATION:Chattanooga}}, TN {{ZIP:37405}} - {{PHONE:423-555-0113}}

{{DATE:April 2, 2024}}

Dear {{NAME:Vernon}} and family,

Six weeks have passed since {{NAME:Lorraine Hill}} died on {{DATE:February 19, 2024}} at her home on {{ADDRESS:Signal Mountain Rd}}. Our team - nurse {{NAME:Abigail Starr}}, aide {{NAME:Tameka Ross}} and chaplain Rev. {{NAME:Elias Moon}} - still thinks of her laugh and her stories about teaching at {{FACILITY:Lookout Valley Junior High}} for 31 years.
Grief can come in waves. Our bereavement coordinator, {{NAME:Hope Sullivan}}, leads a support group on the first Tuesday of each month at {{FACILITY:Brainerd Road Methodist Church}}, 6:30 pm. A memorial service for all families we served this winter will be held {{DATE:Sunday, May 5, 2024}} at {{FACILITY:Tennessee Riverwalk Chapel}}.
You may reach {{NAME:Hope}} directly at {{PHONE:423-555-0118}} or {{EMAIL:hsullivan@riverbendhospice.org}}.

With sympathy,
{{NAME:Lydia Marchbanks}}, MSW
Bereavement Services`,
  `LAB RESULTS - faxed from {{FACILITY:Tri-County Reference Laboratory}} (CLIA 36D0912345) to {{FAX:330-555-0124}}
Patient: {{NAME:MAJOR, GUY T}}   DOB: {{DATE:02/02/1955}}   Sex: M   Lab ID: {{ID:TCR-88120934}}
Ordering: {{NAME:Ngata, Wiremu}} MD, {{FACILITY:Mahoning Valley Primary Care}}   Collected: {{DATE:07/08/2024 07:45}}   Reported: {{DATE:07/08/2024 15:20}}
| Test          | Result | Flag | Ref range     | Units   |
|---------------|--------|------|---------------|---------|
| PSA, total    | 7.8    | H    | 0.0-4.0       | ng/mL   |
| Free PSA      | 9      | L    | >25           | %       |
| Creatinine    | 1.12   |      | 0.70-1.30     | mg/dL   |
| eGFR          | 70     |      | >59           | mL/min  |
| Testosterone  | 412    |      | 264-916       | ng/dL   |
| HbA1c         | 6.4    | H    | 4.8-5.6       | %       |
Prior PSA {{DATE:06/2023}}: 4.9. Comment: phoned to {{NAME:Kim}} at Dr. {{NAME:Ngata}}'s office 15:35 by {{NAME:R. Hanlon}}, MT(ASCP).
Pt address on requisition: {{ADDRESS:3105 Mahoning Ave NW}}, {{LOCATION:Warren}}, OH {{ZIP:44483}}. Account {{ACCOUNT:TCR-AC-71092}}. Page 1 of 1.`,
  `STUDENT HEALTH CLEARANCE FORM - {{FACILITY:Wind River Community College}} Nursing Program
Student: {{NAME:Rowan Kingsley-Tall}}   Student ID {{ID:WRCC-2024-00871}}   DOB {{DATE:11/30/2003}}
Address: {{ADDRESS:455 N 5th St W}}, {{LOCATION:Riverton}}, WY {{ZIP:82501}}   Phone {{PHONE:307-555-0128}}
Email {{EMAIL:rkingsleytall@wrcc-students.edu}}
Immunizations (per WyIR record): MMR x2, varicella titer positive {{DATE:8/14/24}}, Hep B x3 + anti-HBs 86, Tdap {{DATE:08/2022}}, influenza {{DATE:9/20/24}}, COVID-19 primary 2021.
TB: QuantiFERON-TB Gold Plus negative {{DATE:8/14/2024}}, collected at {{FACILITY:Fremont County Public Health}}.
Physical: BP 112/70, BMI 23. No restrictions. Latex allergy: no. Able to lift 50 lb.
Drug screen: 10-panel negative (chain-of-custody {{ID:CC-771092}}); performed at {{FACILITY:Frontier Occupational Health}}.
Examiner: {{NAME:Joaquin Whitetail}}, NP   NPI {{LICENSE:1093847562}}   {{DATE:8/20/2024}}
Clinical placement site assigned: {{FACILITY:Bighorn Basin Regional Hospital}}, {{LOCATION:Lander}}.`,
  `URGENT CARE   {{FACILITY:SwiftCare Plus - Cary}}   visit {{DATE:Sat 8/10/2024}}
name        {{NAME:Brown, Autumn Leigh}}          dob    {{DATE:4/4/1999}}
mrn         {{MRN:FMC3319020}}                    ins    BCBS NC {{HEALTH_PLAN:YPJ550129381}}
pcp         none                                  phone  {{PHONE:919.555.0173}}
cc: "bee sting + hives"   onset 13:20 at {{FACILITY:Crabtree Lake Golf Club}} where
pt is a caddie. stung L forearm, then generalized urticaria, lip tingling, no
stridor, no wheeze, no GI sx. BP 108/66 HR 104 SpO2 99%.
tx: epinephrine 0.3 mg IM L thigh 13:52, diphenhydramine 50 mg PO, famotidine
20 mg PO. obs 2 h - hives resolved, no biphasic sx.
dx: anaphylaxis (T63.441A). rx EpiPen 2-pak (NDC 49502-0102-02) to
{{FACILITY:Triangle Family Pharmacy}}, allergy referral to Dr. {{NAME:Siobhan Kerr}}.
roommate {{NAME:Grace Oduya}} driving home to {{ADDRESS:1120 Walnut St, Apt 208}}, {{LOCATION:Cary}} {{ZIP:27511}}.
provider {{NAME:Devin Hargrove}}, PA-C     scribe {{NAME:alw}}`,
  `Dental Clinic - Emergency Visit    {{DATE:05/20/2024}}
{{FACILITY:Smile Bright Community Dental}}, {{ADDRESS:2400 Wilshire Blvd, Ste 5}}, {{LOCATION:Oklahoma City}}, OK {{ZIP:73116}}
Pt {{NAME:Kingston Price}}, 38M, chart {{MRN:SBD-44108}}. SoonerCare ID {{HEALTH_PLAN:B18827364}}.
CC: swelling R lower face x3 days, throbbing #30. Works at {{FACILITY:Route 66 Tire & Lube}}; ibuprofen 800 not helping.
Exam: #30 large distal caries into pulp, + percussion, buccal fluctuance 1 cm. No trismus, no floor-of-mouth swelling, afebrile. #31 MO amalgam intact, #19 RCT.
PA x-ray: PA radiolucency #30 mesial root.
Tx: I&D buccal abscess, access #30 pulpectomy (D3221). Amoxicillin 500 mg TID x7d, ibuprofen 600 + acetaminophen 500 q6h.
Referral to endo: Dr. {{NAME:Leilani Kahale}}, {{FACILITY:Red Earth Endodontics}} for RCT; or extraction at {{FACILITY:Moore Oral Surgery}}.
Emerg contact: mother {{NAME:Ruby Price}} {{PHONE:405-555-0111}}.
{{NAME:Hamid Rahimi}}, DDS   assistant {{NAME:Crystal Young}}, RDA`,
  `Cesarean Delivery Operative Note    {{DATE:09/14/2023}}
{{FACILITY:Magnolia Women's Hospital}}, OR 2, {{LOCATION:Jackson}}, MS
Patient: {{NAME:Precious Wolf-Harris}}, 29 yo G2P1, 39w1d. MRN {{MRN:MWH-3390182}}.
Surgeon: {{NAME:Danielle Oyelaran-Fitch}}, MD. Assist: {{NAME:Kwame Asante}}, MD. Anesthesia: spinal, Dr. {{NAME:Lucas Beaumont}}.
Indication: repeat low transverse cesarean, declined TOLAC; prior CS {{DATE:6/2020}} for arrest of dilation.
Procedure: Pfannenstiel, LTCS, 2-layer hysterotomy closure. Viable female, Apgars 8/9, wt 3,540 g, delivered 10:42. Cord gas 7.29. Placenta intact, to L&D. QBL 780 mL. Bilateral tubal salpingectomy per consent (signed {{DATE:8/1/23}}, Medicaid 30-day form).
Infant name {{NAME:Serenity Harris}}, to newborn nursery, pediatrician Dr. {{NAME:Amos Whitlock}} of {{FACILITY:Capital City Pediatrics}}.
Support: husband {{NAME:Darnell Harris}}, {{PHONE:601-555-0163}}. Pt is a librarian at {{FACILITY:Pearl River Regional Library}}; FMLA form to be faxed {{FAX:601-555-0168}}.
Postop: routine, Cefazolin given pre-incision, SCDs, enoxaparin 40 mg daily x 7 d (Caprini 5).
{{NAME:D. Oyelaran-Fitch}}, MD  {{DATE:09/14/2023 11:58}}`,
  `ICU Family Meeting Note   {{DATE:Wednesday 1/17/2024}} 14:00
{{FACILITY:Mercy Heights Hospital}} Neuro ICU, bed 7
Patient: {{NAME:Ambrose Delacroix}}, 76M, MRN {{MRN:MH-0098127}}; L MCA + ACA infarct with malignant edema, s/p hemicraniectomy declined by family {{DATE:1/14}}. GCS 5T, no corneals L, intubated.
Present: wife {{NAME:Colette Delacroix}}, daughters {{NAME:Simone Price}} and {{NAME:Noelle Delacroix-Wong}} (by phone from {{LOCATION:Montreal}}), son-in-law {{NAME:Everett Price}}; Dr. {{NAME:Farida Noorani}} (neurocritical care), Dr. {{NAME:Ian McAlister}} (palliative), RN {{NAME:Joy Tanaka}}, chaplain Br. {{NAME:Matthias Okoro}}.
Discussion: prognosis for meaningful recovery very poor (mRS 5-6 expected). Family states he "would never want to live in a nursing home"; he said so after his brother's stroke in 2015. Living will (dated {{DATE:3/3/2016}}) confirms.
Decision: transition to comfort care; compassionate extubation {{DATE:1/18/24}} after son {{NAME:Remy Delacroix}} arrives from {{LOCATION:Lafayette}}; Catholic sacrament of the sick requested from {{FACILITY:St. Bernadette Catholic Church}}. DNR order entered. Organ donation: referred to OPO, ref {{ID:OPO-24-00917}}.
Time: 65 min, >50% counseling. {{NAME:F. Noorani}}, MD`,
  `tele enc {{DATE:7/22/24}} 1605 - msg from answering svc
 caller ms. {{NAME:hunter}} re: her son {{NAME:kaden hunter}} 9yo dob {{DATE:2/3/15}}, mrn {{MRN:0044871}}.
 fever 102.8 since last nite, sore throat, no cough. sib tested + strep at {{FACILITY:kidzcare urgent care}} sat.
 called back @ {{PHONE:(262) 555-0197}} -> vm. called alt # {{PHONE:262-555-0192}} (dad {{NAME:guy hunter}} at work, {{FACILITY:kenosha kustom cabinets}}) - reached mom.
 no drooling/stridor, drinking ok, voided x3. rapid strep ordered, appt 8:15 tmrw w/ dr {{NAME:rosewood}}.
 amox allergy? none listed. ok tylenol 15 mg/kg, motrin 10 mg/kg.
 if resp distress -> er {{FACILITY:lakeside childrens er}} in {{LOCATION:pleasant prairie}}.
 school nurse at {{FACILITY:pike creek elementary}} faxed absence form {{FAX:262-555-0199}}.
 -{{NAME:amh}} rn, {{FACILITY:lakeshore pediatrics}}`,
  `Outpatient Psychiatry - Medication Management    {{DATE:10/21/2024}}
{{FACILITY:Cumberland Behavioral Associates}}, {{LOCATION:Bowling Green}}, KY | Dr. {{NAME:Nathaniel Rhee}}
Pt {{NAME:Serena Blackstone}}, 41F, MRN {{MRN:CBA-110293}}. Bipolar I, most recent episode depressed; PTSD; AUD in sustained remission (sober since {{DATE:July 4, 2021}}).
Interval: started new job at {{FACILITY:Barren River Academy}} as cafeteria manager; sleeping 7 h; attends AA at {{FACILITY:Lost River Baptist Church}} basement Tues/Thurs. Sponsor {{NAME:Darla}}.
MSE: euthymic, full affect, no SI/HI, no psychosis.
Labs {{DATE:10/14/24}}: lithium 0.7, TSH 3.9, Cr 0.8.
Meds: lithium ER 900 mg qHS, lurasidone 40 mg with dinner, prazosin 2 mg qHS; naltrexone 50 mg.
PDMP checked (KASPER report {{ID:KR-88410277}}): no controlled Rx.
Therapist: {{NAME:Maya Goldfarb}}, LPCC, {{FACILITY:Hilltopper Counseling}}; ROI signed {{DATE:9/9/24}}.
Plan: continue; RTC 3 mo. Crisis plan updated; husband {{NAME:Trent Blackstone}} {{PHONE:270-555-0187}} is support contact.`,
  `PHARMACY REFILL REQUEST - faxed
To: Dr. {{NAME:Ogunleye}}, {{FACILITY:Tidewater Internal Medicine}}, fax {{FAX:757-555-0151}}
From: {{FACILITY:Bayside Discount Pharmacy #7}}, {{ADDRESS:3401 Shore Dr}}, {{LOCATION:Virginia Beach}}, VA {{ZIP:23451}}, ph {{PHONE:757-555-0154}}
Date: {{DATE:1/3/2025}}
Patient: {{NAME:Cornelius Faith}}   DOB {{DATE:12/25/1949}}   Rx # {{ID:6618204}}
Drug: apixaban 5 mg tab, #60, sig 1 PO BID. Last fill {{DATE:12/2/2024}}, 0 refills remaining.
Also: atorvastatin 40 mg #90 (Rx # {{ID:6618211}}), tamsulosin 0.4 mg #90.
Insurance: Humana Part D, member {{HEALTH_PLAN:H44819207}}; copay $47 - pt asked about manufacturer card.
[ ] Approved  # refills ___   [ ] Denied   [ ] Needs appt
Prescriber signature ______________  DEA ______
Pharmacist: {{NAME:Aisha Mwangi}}, RPh   Questions: {{EMAIL:rx7@baysidediscountrx.com}}`,
  `ED PSYCHIATRIC EVALUATION   {{FACILITY:Harbor-Lakes Medical Center}} ED, psych hold room 4   {{DATE:4/5/2024 02:30}}
{{NAME:Dakota Rain Silverstein}}, 23 yo, MRN {{MRN:HLM-5591027}}. BIB {{FACILITY:San Mateo County Sheriff}} on 5150 (danger to self) written by Deputy {{NAME:A. Fonoti}}, badge {{ID:4471}}.
HPI: found on {{ADDRESS:Dumbarton Bridge}} pedestrian path at 23:40. Says breakup with partner {{NAME:Skylar Nakamura}} and lost job at {{FACILITY:Brewster's Burger Barn}}. Took "a handful" of sertraline 50 mg (count: ~12 missing) at 21:00. APAP/ASA neg, EtOH 0.11.
Poison control: low risk, observe 6 h, EKG QTc 438.
MSE: tearful, guarded, endorses SI with plan (jump), future-oriented "maybe." C-SSRS: high.
Collateral: mother {{NAME:Ruth Silverstein}} in {{LOCATION:Sacramento}} ({{PHONE:916-555-0176}}); outpatient therapist Dr. {{NAME:Kenji Alvarez}} at {{FACILITY:Peninsula Queer Youth Center}}.
Disposition: medically cleared 08:30; accepting facility {{FACILITY:Bayshore Psychiatric Pavilion}}, transfer via {{FACILITY:CoastLine Medical Transport}}, ref {{ID:CMT-240405-19}}.
{{NAME:Tiana Fuimaono}}, MD, ED psychiatry`,
  `Hemodialysis Treatment Record - {{FACILITY:Great Plains Kidney Care - North}}   {{DATE:02/10/2025}}
Patient: {{NAME:Hollis Blackmon}}   DOB {{DATE:6/21/1953}}   MRN {{MRN:GPK-0047719}}   Chair 9, 2nd shift (MWF)
Access: L brachiocephalic AVF, created {{DATE:4/2022}} by Dr. {{NAME:Reinholt}}; thrill/bruit +. 15g needles x2.
Machine serial {{DEVICE:FX-5008-118270}}; dialyzer Optiflux 180, Qb 400, Qd 600, UF goal 3.2 kg (EDW 88.0).
Pre: BP 168/90, wt 91.3. Post: BP 132/74, wt 88.2. Kt/V last month 1.42. K bath 2, Ca 2.5.
Meds in tx: epoetin 6000 u, calcitriol 1 mcg, iron sucrose 100 mg (#3 of 10).
Events: cramping at 3 h 10 min, UF paused, NS 200 mL.
Pt asks to travel to daughter's in {{LOCATION:Rapid City}} {{DATE:3/14-3/21}}; transient tx request sent to {{FACILITY:Black Hills Dialysis Center}}, fax {{FAX:605-555-0132}}. Daughter {{NAME:Sharla Blackmon-Two Eagles}} {{PHONE:605-555-0138}}.
Transplant: evaluation at {{FACILITY:Heartland Transplant Center}} in {{LOCATION:Omaha}} on hold (BMI 38). Medicare {{HEALTH_PLAN:2WX7-PL4-QR18}}.
RN {{NAME:Marisa Lund}} / PCT {{NAME:Deshawn Reed}}`,
  `ADMISSION NURSING ASSESSMENT - SKILLED NURSING
FACILITY: {{FACILITY:GOLDEN VALLEY HEALTH & REHAB}}   RM 118-A   ADMIT {{DATE:11/03/2023 15:40}}
RESIDENT: {{NAME:ROSE, MILDRED ANN}}   DOB {{DATE:09/09/1929}}   AGE {{AGE:94}}   MR# {{MRN:GVH-3091}}
FROM: {{FACILITY:OAKLAND HILLS OSTEOPATHIC}} AFTER L HIP HEMIARTHROPLASTY {{DATE:10/30/2023}} (FALL AT HOME).
DX: L FEMORAL NECK FX, AFIB ON APIXABAN, HTN, MACULAR DEGENERATION, HOH (BILAT AIDS).
SKIN: STAGE 1 COCCYX, L HIP INCISION W/ STAPLES (REMOVE {{DATE:11/13}}). BRADEN 13. MORSE 65 - HIGH FALL RISK, BED ALARM, LOW BED.
COGNITION: BIMS 12/15. PAIN 4/10 - TRAMADOL 50 Q6H PRN.
DIET: REGULAR, THIN LIQ. WT 118 LB.
FAMILY: NIECE/POA {{NAME:GLORIA BLACK}} {{PHONE:248-555-0106}}, LIVES IN {{LOCATION:WATERFORD}}. PREV ADDRESS {{ADDRESS:4455 ELIZABETH LAKE RD}}, {{LOCATION:WATERFORD}} MI {{ZIP:48328}}.
INSURANCE: MEDICARE A {{HEALTH_PLAN:5KF3-RT6-YN21}}; SECONDARY AARP SUPPLEMENT.
PT/OT EVAL {{DATE:11/04/23}}. PHYSICIAN: DR {{NAME:VIKRAM ANAND}}. ADMITTING NURSE {{NAME:P. O'CONNELL}} LPN / {{NAME:R. KRAUSE}} RN`,
  `{{FACILITY:Allegheny Foothills Health Network}} - Utilization Review & Appeals
{{ADDRESS:1 Foothills Plaza}}, {{LOCATION:Greensburg}}, PA {{ZIP:15601}}

{{DATE:March 28, 2024}}

Highmark Appeals Unit (by fax)

RE: Expedited appeal - denial of inpatient level of care
Member: {{NAME:Francis X. Dombrowski}}   Member ID: {{HEALTH_PLAN:HMK5519028830}}   DOB: {{DATE:10/02/1958}}
Claim: {{ACCOUNT:24-0318-55710}}   Denial ref: {{ID:UM-DN-2291047}}   Dates of service {{DATE:3/18/2024}}-{{DATE:3/21/2024}}

To the reviewer:
Mr. {{NAME:Dombrowski}} presented to our {{FACILITY:Westmoreland Hills Hospital}} ED with a GI bleed (Hgb 6.1, BUN/Cr ratio 42, Glasgow-Blatchford score 14) and required 3 units PRBC, EGD with clip placement for a Forrest IIa ulcer, and IV pantoprazole infusion. This meets InterQual criteria for inpatient care and exceeds the two-midnight benchmark.
Attached: H&P, EGD report, transfusion records.
Please contact me at {{PHONE:724-555-0119}} or fax {{FAX:724-555-0115}}.

{{NAME:Adele Fontaine}}, RN, CCM, Physician Advisor liaison, for Dr. {{NAME:Theo Brandt}}`,
  `Neurology Follow-up - Epilepsy   {{DATE:8/27/2024}}
{{FACILITY:Capitol Neurology Group}}, {{LOCATION:Olympia}}, WA
{{NAME:Faith Ahn-Sorensen}}, 34F, MRN {{MRN:CNG-228104}}. Focal epilepsy w/ impaired awareness (L temporal, MTS on MRI). Last seizure {{DATE:6/30/24}} while driving? - no, at home.
Driving: WA requires 6 mo seizure-free; advised not to drive until {{DATE:12/30/2024}}. Her license (WA DL {{LICENSE:AHNSOFK123PQ}}) noted; pt will self-report.
EEG {{DATE:7/8/24}} (acc {{ID:EEG-24-0771}}): L temporal sharp waves, no electrographic seizures.
Meds: lamotrigine 200 mg BID (level 9.1), levetiracetam stopped (irritability). Folic acid 4 mg - planning pregnancy; partner {{NAME:Jonah Sorensen}}.
Refer to {{FACILITY:Puget Sound Comprehensive Epilepsy Center}} for surgical eval (Engel/ILAE outcome discussed). Works at {{FACILITY:Evergreen Trail Outfitters}} as a buyer; accommodations letter given.
Seizure action plan shared with her gym ({{FACILITY:Budd Inlet Strength Gym}}).
{{NAME:Margaret Oyelowo}}, MD    CC: PCP {{NAME:Liesl Brandt}}, ARNP, fax {{FAX:360-555-0121}}`,
  `allergy/immunology  {{DATE:5/9/23}}
pt {{NAME:grace o'malley-young}} 28f  mrn {{MRN:AIC-40918}}  {{FACILITY:north metro allergy & asthma}} {{LOCATION:edina}}
 hx: peanut anaphylaxis age 4, now works as line cook at {{FACILITY:the blue heron bistro}} in {{LOCATION:stillwater}}, accidental exposure {{DATE:4/22}} -> epi x1, er at {{FACILITY:st croix regional hosp}}.
 also asthma (act 17), ar.
 spt today: peanut 12 mm wheal, tree nut panel neg, sesame 3 mm (equivocal).
 component: ara h2 8.4 kU/L.
 plan: OIT not offered at this time, discussed. epipen x2 ({{FACILITY:st croix valley pharmacy}}), anaphylaxis action plan, letter for employer (mgr {{NAME:luca ferretti}}).
 asthma: step up to budesonide-formoterol 160/4.5 smart.
 mom {{NAME:colleen o'malley}} called re: insurance, healthpartners id {{HEALTH_PLAN:HP0091882371}}.
 rtc 6 mo. -dr. {{NAME:tessa lindgren}} / scribe {{NAME:ek}}`,
  `Athletic Training / Sports Medicine Clinic Note    {{DATE:Thursday, October 10, 2024}}
{{FACILITY:Foothill Crest High School}} training room -> seen at {{FACILITY:Tri-Valley Sports Medicine}}, {{LOCATION:Pleasanton}}, CA
Athlete: {{NAME:Hunter King}}, 16M, varsity football (WR). DOB {{DATE:1/29/2008}}. MRN {{MRN:TVS-8810277}}.
Injury: helmet-to-helmet hit in game vs {{FACILITY:Tassajara Christian Academy}} on {{DATE:Friday 10/4}}; brief confusion, no LOC. Headache 5/10, photophobia, fogginess.
SCAT6: symptom score 14/22 severity 38 (day 1), today 4/22 severity 6. Balance (mBESS) 4 errors. VOMS provoked sx with convergence (NPC 9 cm). ImPACT baseline {{DATE:8/5/24}} vs post-injury {{DATE:10/8/24}}: verbal memory 78 -> 70.
Plan: graduated return-to-learn, then 6-step RTP per CIF protocol; no contact until cleared. Vestibular PT with {{NAME:Summer Okafor}}, DPT.
Parents {{NAME:Angela}} and {{NAME:Marcus King}} present; mom email {{EMAIL:angelaking.ptown@yahoo.com}}. School nurse {{NAME:Beth Ramos}} and coach {{NAME:Tom Whitley}} notified with consent.
{{NAME:Julian Ortega}}, MD, CAQSM  |  ATC {{NAME:Kira Lane}}`,
];

export const HELDOUT_REALISTIC_9_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout9-${i + 1}`, n));
