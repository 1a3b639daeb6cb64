// A hundred-and-seventeenth held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is social work, case management, utilization review and
// appeals: inpatient case-management assessments and discharge-planning notes, SNF bed-search and
// referral logs, home health, home infusion, hospice, LTACH and dialysis referrals, DME orders,
// wheelchair-van, cab, bus and NEMT arrangements, social work psychosocial assessments, IPV safety
// plans, CPS and APS reports, guardianship and benefits paperwork (SSDI, Medicaid, LIHEAP, SNAP),
// housing, shelter, recuperative-care and food-insecurity referrals, utilization review notes and
// worklists, peer-to-peer call notes and scheduling e-mails, payer denial letters, provider and
// patient appeal letters, an IRO decision, an ALJ hearing notice, Medicare IM, MOON and NOMNC
// documentation, condition code 44 and physician-advisor reviews, charity care and financial
// assistance applications, patient complaints, grievance and privacy-investigation responses,
// interpreter (spoken and ASL) and transport arrangements, community health worker home visits,
// readmission-prevention phone calls and a readmission committee worksheet, a portal proxy request,
// an identity/duplicate-MRN review, workers' comp, motor-vehicle, custody, VA and international
// repatriation cases. Names of patients, relatives, case managers, social workers, payer reviewers,
// medical directors, judges, officers and physicians come in many forms: surname first, all caps,
// lower case, initials and typist/signer initials, nicknames in quotes, first names alone,
// hyphenated and Vietnamese, Hmong, Somali, Yoruba, Polish, Hungarian, K'iche', Filipino, Cheyenne
// and Spanish names; employers, shelters, churches, mosques, schools, banks, agencies, vendors,
// pharmacies, funeral homes and facilities are FACILITY; addresses are often loosely written
// (trailer and lot numbers, upper flats, RR boxes, BIA route mile markers, intersections); dates
// appear as 03/11/2025, 3/12, 09-Jan-2025, 2025-06-02 14:10, 19640811, 5.19.1944, Dec 2024,
// Thurs 7/24/2025, Wednesday, April 16, 2025 9:02 AM and "april 22". Look-alikes left unmarked:
// InterQual and MCG criteria and subsets (ORG: M-86), CPT, HCPCS, DRG, revenue and ICD-10 codes,
// levels of care (SNF, IRF, LTACH, obs, ASAM 3.7), payer and plan names and their member-services,
// appeals and fax lines and mailing addresses (a reviewer's own extension is PHONE), QIOs, IROs,
// consulates, housing authorities and state or federal agencies, program names without a proper
// name (Meals on Wheels, WIC, SNAP, LIHEAP, Apple Health, MNsure, NJ FamilyCare), form numbers
// (CMS-R-193, SSA-3368, AMA form 2235), LCD and CFR citations, dollar amounts, percentages, FPL,
// scores (LACE, SLUMS, PHQ-9, VI-SPDAT, SIPAT, FIM), doses, lab values, years alone, ages of 89 and
// under, clock times alone, rooms, beds, pods and units.
// Annotation follows the README guideline and set 72's header: titles, honorifics and roles (Dr.,
// Mrs., Atty., Pastor, Rev., Fr., Sr., Lic., Dra., Ofc., CO, NP) stay outside NAME spans; a nickname
// in quotes is its own span; insurer, Medicare (MBI), Medicaid, CHIP and VA-payer member numbers
// are HEALTH_PLAN; a VA ICN is MRN; hospital, guarantor, claim, bank, utility and auto-policy
// numbers are ACCOUNT; authorization, case, appeal, grievance, APS/CPS intake, court, police,
// booking, trip, ticket, referral, passport, green-card, voucher, tribal enrollment, employee,
// interpreter and ME/OPO numbers are ID; NPI, DEA, driver's licences, social work licences and a
// guardian's certification are LICENSE; pump, pacemaker, ICD, hearing aid, wheelchair, oxygen,
// CPAP, wound vac, BP cuff and HEPA unit serials are DEVICE; a palm-vein template is BIOMETRIC; a
// registration, selfie or SANE photo file is PHOTO; a patient-specific fundraiser, NICU camera or
// video-visit link is URL; month/day without a year and month with a year are DATE; a range written
// with two dates is two DATE spans, one written as a single token (March 4-10, 2025) is one; a time
// attached to a full date is inside its span.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-24 final engine
// (a32ba5b) 0.9830 / 0.9380; pass-25 engine (whose rules were made from sets 111-114 without
// reading this one) 0.9830 / 0.9377.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `CASE MANAGEMENT INITIAL ASSESSMENT
Pt: {{NAME:Renfro, Dale A.}}   MRN {{MRN:00748213}}   HAR {{ACCOUNT:60018842271}}
Adm {{DATE:03/11/2025}} via ED, obs -> inpatient {{DATE:03/12/2025}} (meets InterQual Acute Adult, HF subset; I50.23)
Payer: BrightPath Medicare Advantage, member {{HEALTH_PLAN:BPM440918273}}
Lives w/ wife {{NAME:Marlene}} at {{ADDRESS:2219 S Hoyt Ave}}, {{LOCATION:Muncie}} IN {{ZIP:47302}} - 2 story, bedroom upstairs, 4 STE w/ one rail. PTA indep w/ SPC, still drives (pickup, plate {{VEHICLE:TKR 448}}). Retired machinist from {{FACILITY:Hoosier Axle & Gear}}.
PCP Dr. {{NAME:Anjali Raman}}, {{FACILITY:Northside Family Practice}} {{PHONE:765-555-0131}}.
Emergency contact: dtr {{NAME:Kristy Renfro-Bales}} {{PHONE:(317) 555-0176}} (lives in {{LOCATION:Fishers}}, works days).
PT/OT evals pending. Anticipate SNF vs HH w/ PT. Pt prefers home; wife is 81 w/ her own mobility issues and cannot do stairs assist. Pt agreeable to referrals to {{FACILITY:Maple Hollow Rehabilitation}} and {{FACILITY:Cedar Crest Health & Rehab}} as backup. IM given and signed {{DATE:3/12}} 1415.
Readmit risk score 27 (high). Rm 4112. 2 admits in 2024.
{{NAME:T. Marchetti}} RN CM x{{PHONE:4417}}`,
  `SNF referral log - {{NAME:OYELARAN, Folasade}} ({{MRN:3309417}})  DOB {{DATE:08/02/1941}}
Sent thru referral portal {{DATE:4/2/25}} 0915. Medicaid pending (app # {{ID:INB-2025-118842}}), trad Medicare A/B {{HEALTH_PLAN:7QF2-UK8-RT53}}

facility                          | fax           | status
{{FACILITY:Cedar Crest Health & Rehab}}        | {{FAX:765-555-0190}}  | declined - no LTC Medicaid bed
{{FACILITY:Westbrook Manor}}                   | {{FAX:765-555-0147}}  | declined, behaviors (sundowning)
{{FACILITY:Heritage Pointe of Anderson}}       | {{FAX:(765) 555-0162}} | pending, adm coord {{NAME:Shawnda}} reviewing
{{FACILITY:Good Samaritan Lutheran Home}}      | {{FAX:765 555 0125}}  | ACCEPTED {{DATE:4/3}} 1340, bed 2B

Spoke w/ son {{NAME:Tunde}} {{PHONE:765-555-0108}} re: choice; prefers Heritage Pointe (close to his job at {{FACILITY:Anderson Tube Works}}), will tour tomorrow am. Explained we cannot hold a bed past 24h & Good Sam may give it away. 3-midnight qualifying stay met (adm {{DATE:3/30/2025}}). PASRR Level I neg.
Will hold Good Sam accept until 1200 tomorrow.
-{{NAME:jw}} SW`,
  `FAX COVER - HOME HEALTH REFERRAL
To: {{FACILITY:Riverbend Home Health}}   Fax: {{FAX:(419) 555-0173}}   Ph: {{PHONE:(419) 555-0170}}
From: {{FACILITY:St. Adalbert Medical Center}} Case Mgmt   fax {{FAX:419-555-0111}}
Date: {{DATE:May 6, 2025}}   Pages: 9

Patient: {{NAME:Nguyen Thi Hoa}} ("{{NAME:Hannah}}")   DOB {{DATE:11/19/1952}}
Addr: {{ADDRESS:3040 Lagrange St, unit B}}, {{LOCATION:Toledo}} OH {{ZIP:43608}} (use side door, dog)
Ph {{PHONE:419-555-0139}} / granddaughter {{NAME:Vy Tran}} {{PHONE:419-555-0152}} (speaks English)
Insurance: Ohio Medicaid MyCare, ID {{HEALTH_PLAN:106648213099}}
Orders: SN for CHF teaching + daily wts, PT, OT, HHA 2x/wk. SOC requested {{DATE:5/8}}. F2F done {{DATE:05/05/2025}} by Dr. {{NAME:Brandt}} (NPI {{LICENSE:1386620447}}).
Interpreter: Vietnamese for ALL visits.
Meds: furosemide 40 mg BID, metoprolol succ 25 mg daily, Eliquis 5 mg BID. Dx I50.22, N18.3, Z91.81.
Questions: {{NAME:Pam Osterhaus}} RN CM  {{EMAIL:posterhaus@stadalbertmc.org}}
CONFIDENTIALITY NOTICE: this fax contains protected health information...`,
  `dme - {{DATE:6/17/25}}
pt {{NAME:gus}} ({{NAME:Konstantinos Pappas}}) needs home O2 2L NC rest / 3L exertion, qualifying sat 86% RA on 6MW {{DATE:6/16}}. also semi-electric hosp bed, 3-in-1 commode, RW.
referral to {{FACILITY:Lakeshore Medical Supply}} {{PHONE:216-555-0194}}, fax {{FAX:216-555-0195}}, rep {{NAME:DeShawn}}. medicare B mbi {{HEALTH_PLAN:2EK9-WN4-HP18}}, secondary medigap plan G.
delivery to {{ADDRESS:1187 e 185th st}} {{LOCATION:euclid}} {{ZIP:44119}}, upstairs unit, landlord Mr. {{NAME:Sobczak}} ok'd bed thru front door.
POC for ride home s/n {{DEVICE:IO5-19A-220741}}, home concentrator s/n {{DEVICE:PV2-7731-0094}}, E-tanks x4.
wife {{NAME:Eleni}} trained at bedside, teach-back ok, no smoking/no candles reviewed (son smokes - told to smoke outside).
bed is E0260, pt owes 20% after Part B deductible ($257) - wife ok with this. CMN signed by Dr {{NAME:Halloran}}.
cn {{NAME:R. Abernathy}} RN`,
  `TRANSPORT ARRANGEMENT
{{DATE:Thurs 7/24/2025}}   d/c to {{FACILITY:Sunnyside Care Center}}, {{ADDRESS:900 W Nob Hill Blvd}}, {{LOCATION:Yakima}} {{ZIP:98902}}
Pt {{NAME:Ramírez Ochoa, Juan Carlos}}   MRN {{MRN:YV-0091837}}
Level: w/c van (not stretcher, pt can stand-pivot w/ 1 assist). Booked w/ {{FACILITY:Valley Ride Medical Transport}} {{PHONE:509-555-0118}}, conf # {{ID:VR-66213}}, pickup 1330 main lobby. $85 private pay - Apple Health ({{HEALTH_PLAN:200447815WA}}) broker will not cover SNF transfer by w/c van; son {{NAME:Memo}} paying by card.
Alt: son can drive (car plate {{VEHICLE:CDK4471}}) but PT says pt cannot get into low sedan safely.
Spanish interpreter {{NAME:Lucía Benavides}} (ID {{ID:INT-0442}}) present for d/c teaching.
Nurse report called to SNF nurse {{NAME:Kayla}} {{PHONE:509-555-0126}} at 1205.
Packet: H&P, MAR, d/c summary, PASRR, POLST (full code), 2 scripts for hydrocodone 5/325.
-- {{NAME:M. Ishikawa}}, MSW`,
  `SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
Date of service: {{DATE:09-Jan-2025}}    Referral: RN, concern re: safety at home / caregiver strain

Patient is a {{AGE:93}} y/o widowed female, Mrs. {{NAME:Ilse Hoffmann-Reyes}}, admitted after a fall with R hip fx (S72.001A), POD#2 s/p hemiarthroplasty. Born in {{LOCATION:Stuttgart}}, came to the US in 1958. Lives alone in a ranch home at {{ADDRESS:61 Birchwood Ln}}, {{LOCATION:Bangor}}, ME. Only child {{NAME:Gretchen}} lives in {{LOCATION:Portland}} and visits monthly; nephew {{NAME:Walt Reyes}} checks in daily. Attends {{FACILITY:St. John's Lutheran}}, where Pastor {{NAME:Hal Eriksen}} brings communion weekly.
Income: SS ~$1,480/mo + small pension from {{FACILITY:Kenduskeag Paper Mill}}. Owns home.
PHQ-2 = 1. SLUMS 22/30 (mild NCD). Denies feeling unsafe, no concerns for abuse/neglect. HCPOA on file naming {{NAME:Gretchen Hoffmann}} ({{PHONE:207-555-0164}}).
Goals: return home; open to short SNF rehab stay first.
Plan: SNF referrals x3, update dtr, PERS referral via Area Agency on Aging, Meals on Wheels after d/c.
{{NAME:Colleen Dube}}, LCSW   lic {{LICENSE:LC 14722}}   pgr {{PHONE:3381}}`,
  `From: {{NAME:Ortiz, Marisol}} <{{EMAIL:mortiz@mercyvalleyhealth.org}}>
To: {{NAME:Derrick Hale}} <{{EMAIL:dhale@cornerstonerc.org}}>
Sent: {{DATE:Tue 2/18/2025 4:52 PM}}
Subject: recup care bed request - M, 58, ambulatory, d/c tomorrow

Hi {{NAME:Derrick}},
Requesting a recuperative care bed for Mr. {{NAME:Lamar Whitfield}}, DOB {{DATE:6/30/66}}, HMIS {{ID:HMIS-558102}}. He was at {{FACILITY:Light of Hope Mission}} until about {{DATE:1/30}}, then sleeping in his car (2004 Buick, plate {{VEHICLE:5FJW822}}) behind the laundromat at {{ADDRESS:Blackstone & Shields}}.
Admitted w/ LLE cellulitis, now on PO cephalexin 500 QID x 7 d, needs daily dressing change ~1 wk, no IV, indep ADLs, no behaviors. Medi-Cal {{HEALTH_PLAN:91882047A}}. CES assessment done, VI-SPDAT 11.
His cell: {{PHONE:559-555-0184}}.
Could you let me know by noon if a bed opens at {{FACILITY:Cornerstone Recuperative Care}}? Otherwise he will go back to the car.
Thanks,
{{NAME:Marisol}}
--
Marisol Ortiz, MSW | {{FACILITY:Mercy Valley Medical Center}} | {{LOCATION:Fresno}} | {{PHONE:559-555-0100}} ext {{PHONE:2265}}`,
  `CHW HOME VISIT - {{DATE:10/04/24}} 1030
Client: {{NAME:Benítez Cruz, Rosa}} (goes by {{NAME:Rosita}})   MRN {{MRN:41290887}}
Addr: {{ADDRESS:Lot 14, Shady Acres MHP, 8800 Old Hwy 80}}, {{LOCATION:El Paso}} {{ZIP:79907}}
Hunger Vital Sign + both items. Household of 5 (pt, husband {{NAME:Eusebio}}, 3 grandkids). Husband laid off from {{FACILITY:Franklin Pallet Co}} in August. SNAP lapsed - recert was due {{DATE:9/15}}; helped Sra. {{NAME:Benítez}} finish recert online, case # {{ID:TX-2024-7730219}}. Referred to food pantry at {{FACILITY:Iglesia Bautista Emanuel}} (Tue/Thu 9-11) and WIC for youngest (3 yo). Gave $25 grocery card from CHW fund.
A1c 9.8 last month; she is stretching her glargine (using 20u instead of 30u) d/t cost - called pharmacist Ms. {{NAME:Villarreal}} at {{FACILITY:Socorro Rd Pharmacy}}, switching to $35 cap product.
Next visit {{DATE:10/18}}. Client cell {{PHONE:915-555-0123}}.
{{NAME:Yesenia Lara}}, CHW`,
  `GUARDIANSHIP / DECISION-MAKER NOTE
Pt {{NAME:Harlan Petty}}, {{AGE:90}}yo M, advanced dementia (FAST 7a), no HCPOA, no living spouse or children.
Only known relative: nephew {{NAME:Curtis Petty}}, last known at {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Sallisaw}} OK {{ZIP:74955}}, phone disconnected. APS report #{{ID:APS-24-031977}} filed {{DATE:12/02/2024}} by ED SW (self-neglect, hoarding, no heat).
Hospital counsel Atty. {{NAME:Rebecca Nance}} filed petition for emergency temporary guardianship, district court case no. {{ID:PG-2024-88}}, hearing {{DATE:12/19/2024}} 0900. Court visitor {{NAME:Lyle Deerinwater}} to see pt {{DATE:12/16}}.
Proposed guardian: {{FACILITY:Eastern Oklahoma Guardianship Services}}, contact {{NAME:Tamsin Ford}} {{PHONE:918-555-0149}} / {{EMAIL:tford@eokguardian.org}}.
SS deposits go to {{FACILITY:Cherokee Strip Savings}} acct ending {{ACCOUNT:4471}}; rep payee to be requested by guardian once appointed.
Medically stable for LTC since {{DATE:11/28}} - 18 avoidable days. Physician advisor aware.
{{NAME:K. Wolfe}} LMSW`,
  `Benefits counseling - {{DATE:March 3rd, 2025}}
Met w/ pt {{NAME:Abdirahman Warsame}} and his sister {{NAME:Hodan}}, Somali interpreter by phone (operator {{ID:228417}}).
Pt is 44, s/p L BKA {{DATE:2/11}}, worked 9 yrs on the line at {{FACILITY:North Star Poultry}} in {{LOCATION:Willmar}}, unable to return per ortho.
- SSDI application (SSA-3368) completed online w/ pt; SSN {{SSN:471-38-2096}}; confirmation # {{ID:C8821W40-77}}.
- MA application via MNsure, case {{ID:MNS-19920374}}. No coverage since COBRA ended {{DATE:02/28/2025}}.
- Hospital presumptive eligibility done today, HAR {{ACCOUNT:7700239184}}.
Mailing addr is sister's: {{ADDRESS:520 Trott Ave SW Apt 211}}, {{LOCATION:Willmar}}, MN {{ZIP:56201}}. Born in {{LOCATION:Mogadishu}}; permanent resident card # {{ID:SRC2291847736}}.
Pt says he feels "useless"; PHQ-9 = 14, no SI, referred to health psych.
Sister cell {{PHONE:320-555-0158}}.
{{NAME:Greta Lindqvist}}, MSW, LICSW`,
  `UR REVIEW - CONTINUED STAY
{{NAME:BRZEZINSKI, HALINA}}   MRN {{MRN:0553821}}   Acct {{ACCOUNT:H00918273645}}
Payer: Keystone Crest Health Plan (MA HMO)   Member {{HEALTH_PLAN:KCH7712094-01}}   Auth # {{ID:KC25-0412-8831}}
Review date {{DATE:04/14/2025}}, LOS day 4, attending Dr. {{NAME:Feliks Nowak}}
Criteria: InterQual 2024 Acute Adult, Pneumonia, Day 3-4 subset. MET: SpO2 < 90% on RA (88%), IV abx (ceftriaxone 1 g q24h + azithro). NOT MET: d/c screens (still on 3L NC, ambulating 20 ft).
Clinicals sent via payer portal 1045 to reviewer {{NAME:Gina Esposito}} RN, ph 1-866-555-0140 x{{PHONE:5512}}.
1320 - payer approved 2 addl days through {{DATE:4/16}}; next review due {{DATE:4/16/25}}. Dtr {{NAME:Agnieszka}} asking about SNF vs home w/ her in {{LOCATION:Hamtramck}} - CM to discuss at family mtg Weds.
Secondary review not needed. Avoidable day: none.
UR RN {{NAME:Shira Goldfarb}}  /sg`,
  `PEER TO PEER CALL NOTE
Date/time: {{DATE:2025-06-02 14:10}}
Patient: {{NAME:Tyrell Haskins}}   DOB {{DATE:1979-10-07}}   Member {{HEALTH_PLAN:W77210488301}}
Payer: Prairie Shield Health   Ref # {{ID:PS-UM-25-0602-119}}
Attending: Dr. {{NAME:Olusegun Adeyemi}} (hospitalist)      Payer MD: Dr. {{NAME:Glenn Hartwig}}, assoc. medical director
Denial reason: does not meet MCG inpatient criteria for DKA; obs level of care appropriate.
Discussion: Dr. Adeyemi reviewed pH 7.08, HCO3 6, AG 28, insulin gtt x 31 hrs, K 2.9 needing IV replacement x3, stepdown bed. Precipitant was insulin pump failure (pump s/n {{DEVICE:TP4-1187734}}, site occlusion) plus gastroenteritis. Dr. Hartwig said MCG expects resolution < 24 h and stated "obs is still appropriate."
Outcome: denial UPHELD. Obs billed. Pt informed at bedside.
Plan: level 1 appeal within 60 d; UR to draft letter for Dr. Adeyemi's signature. Call lasted 9 min.
CM {{NAME:Noor Haddad}} RN, {{PHONE:412-555-0112}}`,
  `PRAIRIE SHIELD HEALTH - NOTICE OF ADVERSE BENEFIT DETERMINATION
DATE OF NOTICE: {{DATE:06/03/2025}}

{{NAME:MAUREEN C FLAHERTY}}
{{ADDRESS:77 CRANSTON ST APT 3}}
{{LOCATION:WORCESTER}} MA {{ZIP:01609}}

MEMBER ID: {{HEALTH_PLAN:PSH-004418827}}     CLAIM #: {{ACCOUNT:250419-33810-07}}     CASE #: {{ID:UM2504190071}}
PROVIDER: {{FACILITY:QUINSIGAMOND VALLEY MEDICAL CENTER}}
SERVICE: INPATIENT ADMISSION {{DATE:04/17/2025}} - {{DATE:04/20/2025}}, REV 0120, DRG 291
DETERMINATION: DENIED - LEVEL OF CARE. WE REVIEWED THE RECORDS USING MCG 28TH EDITION, HEART FAILURE (ORG: M-86). YOUR CONDITION COULD HAVE BEEN SAFELY TREATED IN OBSERVATION STATUS.
REVIEWER: {{NAME:ALAN K. PRUITT}}, MD, BOARD CERTIFIED INTERNAL MEDICINE
YOU HAVE 60 DAYS FROM {{DATE:06/03/2025}} TO APPEAL. SEND TO APPEALS DEPT, PO BOX 5510, TOPEKA KS 66601 OR FAX 1-888-555-0177. QUESTIONS: MEMBER SERVICES 1-800-555-0109 (TTY 711).
CC: DR. {{NAME:RAJESH IYER}}, NPI {{LICENSE:1740298833}}`,
  `{{DATE:June 20, 2025}}

Prairie Shield Health, Appeals Dept.
RE: First-level provider appeal
Patient: {{NAME:Maureen C. Flaherty}}    DOB: {{DATE:02/14/1950}}
Member ID: {{HEALTH_PLAN:PSH-004418827}}    Claim: {{ACCOUNT:250419-33810-07}}    Case: {{ID:UM2504190071}}
Dates of service: {{DATE:4/17/2025}}-{{DATE:4/20/2025}}

Dear Dr. {{NAME:Pruitt}},
I am writing to appeal the denial of inpatient status for my patient Ms. {{NAME:Flaherty}}, a 75-year-old woman with HFrEF (EF 20%), CKD 3b and an ICD. She came to our ED on {{DATE:April 17}} with 12 lb weight gain, BNP 3,410, creatinine 2.4 (baseline 1.6) and hypoxia to 86%. She required IV furosemide 80 mg BID, a milrinone discussion with cardiology and telemetry for NSVT with an ICD shock reported at home (device interrogation, ICD s/n {{DEVICE:PZK604311S}}). At the time of admission I expected a stay crossing two midnights, which it did. Please reconsider.

Sincerely,
{{NAME:Rajesh Iyer}}, MD, Hospitalist
{{FACILITY:Quinsigamond Valley Medical Center}}, {{ADDRESS:1120 Grafton St}}, {{LOCATION:Worcester}}, MA {{ZIP:01604}}
tel {{PHONE:508-555-0161}}   fax {{FAX:508-555-0169}}`,
  `INDEPENDENT EXTERNAL REVIEW DECISION
IRO: Meridian External Review Associates     IRO Case No. {{ID:MERA-25-10447}}
State DOI ref: {{ID:TDI-IRO-2025-3381}}
Date of decision: {{DATE:August 11, 2025}}
Enrollee: {{NAME:Guadalupe}} "{{NAME:Lupe}}" {{NAME:Saldívar}}      DOB {{DATE:7/2/1961}}
Health plan: Lone Star Unity Care (HMO)     Member ID {{HEALTH_PLAN:LSU88310274}}
Provider: {{FACILITY:Hill Country Rehabilitation Hospital}}, {{LOCATION:Kerrville}}
Service at issue: acute inpatient rehabilitation (IRF) after L MCA stroke; requested {{DATE:06/09/2025}}, denied {{DATE:06/10/2025}} (plan found SNF level appropriate), upheld on internal appeal {{DATE:07/01/2025}}.
Reviewer: physician board certified in PM&R, in practice 14 years, no conflict of interest.
Decision: OVERTURNED. The enrollee needed and could tolerate 3 hours/day of PT, OT and SLP, needed daily physician oversight for labile BP and dysphagia, and was expected to make measurable gains (FIM 41 on admission). Criteria in 42 CFR 412.622 were met. The plan must authorize within 5 business days.
Copies: enrollee, {{ADDRESS:1509 Jefferson St}}, {{LOCATION:Kerrville}} TX {{ZIP:78028}}; Dr. {{NAME:Whitaker}}; plan UM department.`,
  `IMPORTANT MESSAGE FROM MEDICARE (CMS-R-193) - DELIVERY DOCUMENTATION
Pt: {{NAME:Dominic Ferraro}}    MRN: {{MRN:E2207744}}    MBI {{HEALTH_PLAN:8RV3-DM6-YT45}}
Initial IM: delivered {{DATE:10/02/2025}} 1620 by {{NAME:A. Kowalski}} (Patient Access), signed by pt.
Follow-up IM: pt lacks capacity today (delirium, CAM+). Delivered to rep, daughter {{NAME:Antonella Ferraro-Quinn}}, by phone {{PHONE:(570) 555-0193}} on {{DATE:10/06/2025 1105}}; copy mailed to {{ADDRESS:14 Pittston Ave}}, {{LOCATION:Scranton}} PA {{ZIP:18505}}. Rep states she will appeal.
BFCC-QIO notified by dtr {{DATE:10/06}} 1340; QIO case # {{ID:1-9927441053}}. Detailed Notice of Discharge issued {{DATE:10/06/25}} 1500 by CM and faxed w/ records to QIO.
Pt stays; no financial liability while review pending.
QIO decision rec'd {{DATE:10/07/2025}}: discharge UPHELD, liability starts noon {{DATE:10/08}}. Dtr informed, agrees to SNF ({{FACILITY:Mount Carmel Senior Living}}) tomorrow.
{{NAME:R. Delacroix}}, RN CM   /{{NAME:rd}}`,
  `FINANCIAL ASSISTANCE APPLICATION - SUMMARY (Patient Financial Services)
Applicant: {{NAME:Keisha M. Ransome}}     DOB {{DATE:03/22/1988}}     SSN {{SSN:523-81-4470}}
Guarantor {{ACCOUNT:GA-00184477}}   Accts: {{ACCOUNT:HB-99102388}} (DOS {{DATE:01/09/25}}, $18,442.10), {{ACCOUNT:HB-99140021}} ($2,310.00)
Address: {{ADDRESS:3317 Dauphine St, Apt 4}}, {{LOCATION:New Orleans}}, LA {{ZIP:70117}}
Email: {{EMAIL:keisha.ransome88@gmail.com}}   Cell {{PHONE:504-555-0127}}
Household: 3 (self + 2 minors)
Employer: {{FACILITY:Crescent City Linen Service}}, 28 hrs/wk @ $13.50
Monthly gross $1,638 = 74% FPL (HH of 3)
Other: SNAP $412/mo; Medicaid denied {{DATE:Dec 2024}} (over income at the time, had 2nd job).
Bank: {{FACILITY:Gulf South Credit Union}} checking {{ACCOUNT:000442918773}}, bal $214.
Determination: 100% adjustment under FAP (< 200% FPL). Approved {{DATE:2/27/2025}} by {{NAME:D. Thibodeaux}}, PFS counselor. Letter mailed; eligibility good for 240 days from DOS.`,
  `{{DATE:November 14, 2024}}

Mr. {{NAME:Vernon Oduya}}
{{ADDRESS:208 Kenwood Dr.}}
{{LOCATION:Macon}}, GA {{ZIP:31204}}

RE: Grievance # {{ID:GR-2024-00917}} - your mother, Mrs. {{NAME:Esther Oduya}} (acct {{ACCOUNT:5510029918}})

Dear Mr. {{NAME:Oduya}},
Thank you for contacting Patient Relations on {{DATE:October 28, 2024}} about your mother's discharge from 5 West on {{DATE:10/25/24}}. You told us she went home without her walker, that home health was not set up, and that her hearing aids were lost. We reviewed the record and spoke with staff. The referral to {{FACILITY:Heart of Georgia Home Care}} was sent but never confirmed, and this was not caught before discharge. We have reimbursed the hearing aids (serials {{DEVICE:RX2281-L}} and {{DEVICE:RX2282-R}}, $2,180) and re-educated staff. If you are not satisfied you may contact the state survey agency or Medicare's QIO.
Sincerely,
{{NAME:Priya Venkataraman}}, Patient Relations Manager
{{FACILITY:Ocmulgee Regional Medical Center}}   {{PHONE:478-555-0102}}   {{EMAIL:patientrelations@ocmulgeeregional.org}}`,
  `INTERPRETER SERVICES LOG
Pt: {{NAME:Vang, Pa Houa}}   MRN {{MRN:1002873345}}   Rm 622B
Language: Hmong (White). Son {{NAME:Tou Vang}} offered to interpret for family mtg - declined per policy.
{{DATE:01/13/2025}} 0812  in-person Hmong interpreter requested for family meeting {{DATE:1/14}} 1400 (goals of care / hospice). Vendor {{FACILITY:Twin Rivers Language Partners}}, job # {{ID:TR-558019}}.
{{DATE:01/13/2025}} 1530  confirmed interpreter {{NAME:Nou Her}} (badge {{ID:4471-H}}).
{{DATE:01/14/2025}} 1355  interpreter arrived. Present: Dr. {{NAME:Kaplan}}, SW {{NAME:Mireille}}, chaplain Fr. {{NAME:Okonkwo}}, son {{NAME:Tou}}, dtr {{NAME:Mai Yer}}, clan elder {{NAME:Txawj Vang}} from {{LOCATION:Saint Paul}}.
VRI cart #3 on standby, not needed. Family asked for a txiv neeb visit; spiritual care coordinating.
Outcome: family chose home hospice w/ {{FACILITY:North Star Hospice}}.
{{NAME:Mireille Achterberg}}, MSW`,
  `post d/c call (TCM) - {{DATE:8/8/25}}
called pt {{NAME:earl jessup}} @ {{PHONE:423-555-0137}} x2, no answer, vm full. called wife {{NAME:bonnie}} {{PHONE:423-555-0181}} - reached.
- d/c'd {{DATE:8/5}} from 3N after COPD exac
- meds picked up at {{FACILITY:Hixson Family Pharmacy}}: pred taper, doxy 100 bid, new triple inhaler -> NOT using it, copay $97. told her abt mfr savings card + msg to PCP re alt
- O2 via {{FACILITY:Chattanooga Home Oxygen}}, 2L, concentrator working
- f/u w/ PCP Dr {{NAME:Lemaster}} {{DATE:8/12}} @ 1015 - no ride, pt not cleared to drive. set up county senior transit, ride conf {{ID:SR-20931}}
- HH {{FACILITY:Mountain Laurel Home Health}} SOC done {{DATE:8/7}}
- red flags reviewed, wife teach-back ok, has pulse ox
LACE 14. next call {{DATE:8/15}}.
{{NAME:JLH}} RN TCM`,
  `[Secure Chat - 4 Tower CM/SW]  {{DATE:09/23/2025}}
0814 {{NAME:Becca L}} (CM): morning! 4118 Mr {{NAME:Okafor}} - PT now saying SNF. son {{NAME:Chidi}} wants {{FACILITY:Briarwood}} only
0816 {{NAME:Tomas R}} (SW): ugh briarwood never takes these MA plans w/o 3 day auth. ill call {{NAME:Jolene}} in admissions {{PHONE:860-555-0117}}
0817 {{NAME:Becca L}}: also 4122 {{NAME:Delia Marchand}} needs IM #2 before 1pm, dc today
0831 {{NAME:Tomas R}}: briarwood said yes pending auth. sent clinicals, their fax {{FAX:860-555-0119}}
0832 {{NAME:Becca L}}: ty!! auth # when u get it pls
0950 {{NAME:Tomas R}}: auth {{ID:NHA-2209-4471}} thru {{DATE:9/30}}, 7 days then re-review
0951 {{NAME:Becca L}}: 🙌 w/c van for 1400? pt is 2 assist
0955 {{NAME:Tomas R}}: booked {{FACILITY:Nutmeg Medical Transport}}, trip {{ID:NMT-7718}}. son meeting him there, son's # {{PHONE:860-555-0142}}
1002 {{NAME:Becca L}}: IM signed by {{NAME:Delia}} 0958. ok shes good to go w/ {{FACILITY:Wethersfield VNA}}... wait its {{FACILITY:Tunxis Valley VNA}} sorry
1003 {{NAME:Tomas R}}: lol ok. lunch?`,
  `AVOIDABLE DAYS EXPORT  run {{DATE:2025-02-10}} 06:00  unit=ALL  src=UMcare v4.2
ENC|PT_NAME|MRN|ADM|AVOID_START|REASON|DAYS|OWNER
{{ACCOUNT:E90017731}}|{{NAME:HOLLOWAY,JUNE R}}|{{MRN:M0448120}}|{{DATE:2025-01-19}}|{{DATE:2025-01-27}}|GUARDIANSHIP PENDING|14|{{NAME:KWOLFE}}
{{ACCOUNT:E90018205}}|{{NAME:ABERNATHY-CRUZ,LUIS}}|{{MRN:M0452287}}|{{DATE:2025-01-28}}|{{DATE:2025-02-03}}|SNF NO BED (BARIATRIC)|7|{{NAME:TMARCHETTI}}
{{ACCOUNT:E90018311}}|{{NAME:PHAM,MINH DUC}}|{{MRN:M0390016}}|{{DATE:2025-01-30}}|{{DATE:2025-02-06}}|INSURANCE AUTH - LTACH|4|{{NAME:SGOLDFARB}}
{{ACCOUNT:E90018477}}|{{NAME:RED CLOUD,ANNA}}|{{MRN:M0461902}}|{{DATE:2025-02-01}}|{{DATE:2025-02-07}}|NO SAFE D/C ADDRESS|3|{{NAME:JWEBER}}
{{ACCOUNT:E90018502}}|{{NAME:SZABO,ISTVAN}}|{{MRN:M0133875}}|{{DATE:2025-02-02}}|{{DATE:2025-02-08}}|FAMILY DECLINED OFFER|2|{{NAME:RDELACROIX}}
TOTAL AVOIDABLE DAYS: 30   CMI 1.87   GMLOS 4.1   ALOS 6.3`,
  `LTACH REFERRAL - CLINICAL SUMMARY
To: {{FACILITY:Lakeview Specialty Hospital}} admissions, attn {{NAME:Carla Mendoza-Ruiz}} RN liaison, fax {{FAX:(312) 555-0156}}
Re: {{NAME:Pham, Minh Duc}}   DOB {{DATE:4/4/1956}}   MRN {{MRN:M0390016}}
Payer: Great Lakes Senior Advantage   ID {{HEALTH_PLAN:GLS-31120947}}   LTACH auth requested {{DATE:1/31/25}}, ref {{ID:GL-PA-889201}}

Summary: 68M, septic shock from perforated diverticulitis, Hartmann's {{DATE:1/6}}, prolonged resp failure, trach {{DATE:1/20}} (Shiley 6 cuffed), PEG. Vent: PRVC 450/14/+8, FiO2 35%, tolerating trach collar 4 h/day. Failed SBT x3. Abx: meropenem day 10/14. Wound vac to midline (unit s/n {{DEVICE:VAC-ULT-58831}}). Albumin 2.1.
Needs: vent weaning, wound care, IV abx, daily MD. Meets LTACH criteria (> 96 h MV, 3+ days ICU).
Family: wife {{NAME:Lan}} (speaks Vietnamese, limited English) {{PHONE:773-555-0198}}; son {{NAME:Kevin Pham}} {{PHONE:773-555-0174}}, {{EMAIL:kevin.pham.chi@outlook.com}}.
Referring: Dr. {{NAME:S. Oyelowo}}, pulm/CC.  CM {{NAME:Shira Goldfarb}}.`,
  `HOSPICE REFERRAL
{{DATE:07/30/2025}}  1145  referral called to {{FACILITY:Sandhills Hospice & Palliative}} intake ({{PHONE:910-555-0133}}), spoke w/ {{NAME:Marcy}}; fax sent to {{FAX:910-555-0134}}, ref {{ID:SHP-25-3317}}.
Pt: {{NAME:Cleon Baggett}}   {{AGE:96}} yo M   MRN {{MRN:20058813}}
Dx: end-stage HFpEF + CKD 4, PPS 30%, 3 admits in 60 days, declines further hospitalization. POLST: DNR/comfort focused, signed {{DATE:7/29/25}}.
Hospice benefit: Medicare A ({{HEALTH_PLAN:3HG6-CQ1-FX09}}); no MA plan. Not on HH, nothing to revoke.
Home: lives w/ granddaughter {{NAME:Shaniqua}} "{{NAME:Nikki}}" {{NAME:Baggett}} at {{ADDRESS:4402 Pinecrest Rd}}, {{LOCATION:Fayetteville}} NC {{ZIP:28304}}. She works nights at {{FACILITY:Cape Fear Valley Distribution}}; her cell {{PHONE:910-555-0189}}.
DME needed: hospital bed, overbed table, O2 concentrator, bedside commode (hospice to supply).
Hospice RN eval at bedside {{DATE:7/31}} am; goal d/c {{DATE:8/1}} via stretcher.
{{NAME:Ama Owusu}}, LCSW`,
  `From: {{NAME:Esposito, Gina}} (Keystone Crest UM)
Sent: {{DATE:Wednesday, April 16, 2025 9:02 AM}}
To: {{NAME:Goldfarb, Shira}}
Subject: RE: concurrent review - {{NAME:Brzezinski}} / auth {{ID:KC25-0412-8831}}

Shira - clinicals received. Pt no longer meets InterQual acute criteria as of today (RA sat 92%, PO abx). Per our medical director Dr. {{NAME:Pieter van der Berg}}, no additional days past {{DATE:4/16}} will be authorized. If you disagree you may request a peer to peer by 1700 today at 1-866-555-0141 option 3.
Gina Esposito, RN | Utilization Management

----- Original -----
From: {{NAME:Goldfarb, Shira}} <{{EMAIL:sgoldfarb@stcasimirhealth.org}}>
Sent: {{DATE:Tue 4/15/2025 4:40 PM}}
Pt {{NAME:Halina Brzezinski}}, DOB {{DATE:9/18/1939}}, member {{HEALTH_PLAN:KCH7712094-01}}: still on 2L, ambulating w/ PT 60 ft, awaiting SNF bed at {{FACILITY:Polonia Manor}}. Pls extend thru {{DATE:4/18}}.
Shira`,
  `PRIVACY COMPLAINT - INVESTIGATION SUMMARY     Case {{ID:PRV-2025-0188}}
Complainant: {{NAME:Jasmine Ortega-Flores}} (pt), MRN {{MRN:6618820}}, received {{DATE:3/3/2025}} by phone ({{PHONE:915-555-0166}}).
Allegation: ex-partner, an employee, viewed her chart after her ED visit {{DATE:02/19/2025}} and texted her about her diagnosis.
Access audit (EHR, {{DATE:2/19/25}}-{{DATE:3/3/25}}):
  user {{NAME:rsalcido}} ({{NAME:Ramon Salcido}}, patient transport, employee # {{ID:E-418827}})
    {{DATE:02/19/2025 23:47}}  Chart Review > Notes      ws {{IP:198.51.100.47}}
    {{DATE:02/20/2025 00:02}}  Chart Review > Results    ws {{IP:198.51.100.47}}
    {{DATE:02/21/2025 14:15}}  Demographics              remote {{IP:203.0.113.82}} (VPN)
  No treatment relationship. Access not job related.
Outcome: substantiated. Employee terminated {{DATE:3/14/2025}}; breach risk assessment done, letter to pt mailed {{DATE:3/17}} to {{ADDRESS:9021 Dyer St #12}}, {{LOCATION:El Paso}} TX {{ZIP:79904}}. OCR log updated.
Privacy Officer: {{NAME:Lorraine Kettleman}}`,
  `Medicaid app f/u - {{DATE:5/22}}
called county DSS re pt {{NAME:Ruthanne Pickett}} (DOB {{DATE:12-3-1948}}), LTC Medicaid app filed {{DATE:4/29/25}}, case {{ID:DSS-LTC-250429-118}}. caseworker Ms. {{NAME:Dowdy}} out, spoke w/ {{NAME:Brenda}} at {{PHONE:336-555-0128}} x{{PHONE:214}}.
- still missing: 60 mo bank stmts from {{FACILITY:Piedmont Federal Savings}} acct {{ACCOUNT:88104432}}, deed for {{ADDRESS:310 Old Salem Rd}} ({{LOCATION:Kernersville}}), burial contract w/ {{FACILITY:Hayworth-Miller Funeral Home}}
- son {{NAME:Dwayne Pickett}} (POA) has the stmts, says he will drop off Fri; his cell {{PHONE:336-555-0190}}
- pt at {{FACILITY:Forsyth Oaks Nursing Ctr}} on private pay since {{DATE:5/1}} ($9,400/mo), SNF Medicare days ended day 20 (no MA).
- reminded son 45-day processing, retro 3 mo possible.
{{NAME:jw}}`,
  `SW NOTE - IPV SAFETY PLANNING (restricted note, break-the-glass)
{{DATE:12/08/2024}}
Pt {{NAME:Celeste A. Moreau}}, 31F, adm w/ facial fx after assault by partner ({{NAME:Brandon Keel}}, DOB {{DATE:5/5/1990}}, drives gray Silverado plate {{VEHICLE:LKX-4902}}). Police report # {{ID:24-118302}} filed w/ {{LOCATION:Lafayette}} PD, Ofc. {{NAME:Guidry}}. Temp protective order hearing {{DATE:12/12}}.
Pt requests NO INFORMATION status - registration updated, alias "{{NAME:Crane, Marigold}}" assigned.
Safety plan reviewed; pt will NOT return to {{ADDRESS:118 Bayou Tortue Rd}}. Bed secured at {{FACILITY:Faith House}} (address confidential), advocate {{NAME:Nicole}} {{PHONE:337-555-0109}} to pick up at ED ambulance bay, not main entrance.
Kids (6, 9) with pt's mother {{NAME:Yvette Moreau}} in {{LOCATION:Breaux Bridge}}.
New prepaid phone for pt: {{PHONE:337-555-0172}} (partner does not have it).
Photos of injuries taken by SANE for DA, file refs {{PHOTO:SANE-1208-MOREAU-01}} thru {{PHOTO:SANE-1208-MOREAU-06}}.
{{NAME:Danielle Broussard}}, LCSW`,
  `SUD TREATMENT REFERRAL NOTE
Date: {{DATE:Feb 11 2025}}
Pt: {{NAME:Tanner Colbert}}   MRN {{MRN:A77104528}}   Medicaid MCO {{HEALTH_PLAN:YRP908817263}}
28M adm for IE (MSSA) 2/2 IVDU (fentanyl/meth), now on buprenorphine 8 mg BID via addiction consult Dr. {{NAME:Hsu}}. ASAM criteria reviewed w/ pt - meets level 3.7 (medically monitored). Needs 4 more wks IV cefazolin -> OPAT not safe (PICC + IVDU).
Referrals sent: {{FACILITY:Hope Ridge Recovery Center}} (fax {{FAX:502-555-0145}}) - accepted for 3.7 w/ IV abx, bed {{DATE:2/13}}; {{FACILITY:Bluegrass Foundations}} - waitlist.
Pt's mom {{NAME:Sherry}} {{PHONE:502-555-0102}} will bring clothes; girlfriend not to be told location (pt request).
Pt on probation; signed 42 CFR Part 2 consent for his PO, Mr. {{NAME:Greer}}, only - PO notified of plan.
Transport by facility van 1000 {{DATE:2/13/25}}.
-{{NAME:L. Nakamura}}, CSW`,
  `CM NOTE - LEFT AGAINST MEDICAL ADVICE
{{DATE:1/4/2025}} 2240 (late entry {{DATE:1/5/2025}} 0715)
Pt {{NAME:Rodney}} "{{NAME:Hoss}}" {{NAME:Kimbrough}}, MRN {{MRN:5120447}}, adm {{DATE:1/2}} for UGIB (Hgb 6.8 -> 8.9 after 2u PRBC), EGD planned am. Pt upset he could not smoke and that his dog was alone at home ({{ADDRESS:2700 County Rd 41}}, outside {{LOCATION:Gillette}}). Dr. {{NAME:Amundsen}} and charge RN {{NAME:Kris}} discussed risks incl death; pt has capacity, signed AMA form 2235.
CM arranged: pantoprazole 40 BID e-scribed to {{FACILITY:Powder River Drug}} (opens 0800). Neighbor {{NAME:Dale Wicklund}} picked him up, truck plate {{VEHICLE:17-4431B}}. Pt's own truck left in garage P2 (plate {{VEHICLE:17-2290A}}) - security notified.
Given GI clinic # and told to return to ED anytime. F/u call {{DATE:1/6}}. Pt phone {{PHONE:307-555-0146}}.
Uninsured, self-pay; FA packet given, acct {{ACCOUNT:30029918847}}.
{{NAME:Hollis Grange}} RN CM`,
  `SW d/c plan - {{DATE:06/11/2025}}
Pt {{NAME:Marcus Tillery}}, 47, unhoused x 2 yrs in {{LOCATION:Tyler}}, adm for EtOH withdrawal + pancreatitis. Declines local shelter ({{FACILITY:Rescue Haven}} barred him after a fight in {{DATE:March 2025}}). Says sister {{NAME:Loretta Tillery-Banks}} in {{LOCATION:Shreveport}} will take him - called her {{PHONE:318-555-0135}}, confirmed; addr {{ADDRESS:1840 Jewella Ave}}, {{LOCATION:Shreveport}} LA {{ZIP:71109}}. She will take him to {{FACILITY:Cedar Grove Community Clinic}} for f/u.
Bus ticket bought from SW fund ($68), departs 1915, ticket # {{ID:TKT-88419207}}. 2 meal vouchers. Naltrexone 50 mg x30 given from outpt pharmacy (meds-to-beds). Pt's DL {{LICENSE:40918823}} (suspended) used as photo ID.
Pt's phone broken; gave Lifeline phone application. D/c summary to sister by email {{EMAIL:lorettabanks318@yahoo.com}} per pt's signed ROI.
Cab to station, voucher from {{FACILITY:Rose City Cab}}.
{{NAME:Beatriz Solano}}, MSW`,
  `SW / FINANCIAL COUNSELING - {{DATE:2/14/2025}}
Pt {{NAME:Efraín Tzul Coc}}, 52M, from Guatemala, K'iche' speaker (Spanish 2nd), adm w/ new ESRD, HD started via R IJ tunneled cath. No SSN, uninsured. Works framing for {{FACILITY:Tri-State Framing LLC}} (cash).
- Emergency Medicaid app submitted for {{DATE:2/8}}-{{DATE:2/14}} stay, app # {{ID:EMA-25-004471}}, acct {{ACCOUNT:61100238845}}.
- No OP dialysis unit will accept uninsured; options = emergency-only HD via ED vs. return home. Consulate contact Lic. {{NAME:Mejía}} exploring HD in {{LOCATION:Quetzaltenango}}. Wife {{NAME:Rosa Coc}} and kids live in {{LOCATION:Totonicapán}}.
- Lives w/ cousin {{NAME:Aurelio}} at {{ADDRESS:455 Hwy 29 N, trailer 7}}, {{LOCATION:Gainesville}} GA {{ZIP:30501}}; cousin cell {{PHONE:770-555-0169}}.
- K'iche' interpreter via video (interpreter ID {{ID:KQ-2209}}).
- Passport # {{ID:254198876}}, copy scanned to media tab.
Plan: ethics + nephrology meeting {{DATE:2/17}} 1300.
{{NAME:Ana Lucía Paredes}}, LMSW`,
  `PEDIATRIC SOCIAL WORK NOTE
Pt: {{NAME:Jaylen Moss}}, 4 y/o M, DOB {{DATE:08/30/2020}}, MRN {{MRN:P00871129}}
Reason: ED referral - 2nd ingestion in 3 mo (mom's clonidine today; prior {{DATE:9/2/24}} grandmother's amlodipine).
Caregivers: mother {{NAME:Tiana Moss}} (22), {{PHONE:601-555-0113}}; MGM {{NAME:Gloria Moss}}; father {{NAME:Darnell Pruitt}} not involved. Home {{ADDRESS:1522 Robinson Rd, apt 9C}}, {{LOCATION:Jackson}} MS {{ZIP:39209}}. Child attends {{FACILITY:Little Lambs Learning Center}} M-F.
Mandated report to CPS {{DATE:01/07/2025}} 1620, intake # {{ID:MS-CPS-25-006618}}, worker {{NAME:Kendra Oates}} {{PHONE:601-555-0150}}. Per CPS no removal; in-home safety assessment within 72 h.
Education: med lock box given, poison center # on fridge magnet. Mom receptive, tearful, states "I put it on the counter for one second."
Ins: CHIP {{HEALTH_PLAN:CHP22918740}}.
{{NAME:Leah Brandvold}}, LCSW`,
  `NICU SW INITIAL ASSESSMENT     {{DATE:2025/03/19}}
Infant: baby boy {{NAME:Adeyemi-Cole}} (parents call him {{NAME:Tobi}}), 29+3 wk, BW 1,210 g, MRN {{MRN:N25-0031184}}, bed 14 pod C
Mother: {{NAME:Folake Adeyemi-Cole}}, 34, G3P2, DOB {{DATE:10/01/1990}}, postpartum on 6 Rose (pre-E w/ severe features, c/s {{DATE:3/17}}).
Father: {{NAME:Marcus Cole}}, 2nd shift at {{FACILITY:Dunmore Logistics}} warehouse; FMLA paperwork requested.
Home: {{ADDRESS:77 Orchard Hill Dr}}, {{LOCATION:Columbus}} OH {{ZIP:43230}}; sibling (3 yo) w/ maternal aunt {{NAME:Bisi}}, visiting from {{LOCATION:Ibadan}}.
Ins: Medicaid MCO, infant to be added - mom's ID {{HEALTH_PLAN:9917720043}}.
Resources: parking passes, meal cards, WIC referral, car seat class. EPDS 9; worried about pumping - lactation consult placed.
NICU camera access set up for {{EMAIL:folake.ac@gmail.com}}: {{URL:https://babycam.olentangyvalleyhealth.org/v/AC25031918}}
{{NAME:Priscilla Ng}}, MSW`,
  `MOON delivery - {{DATE:11/22/2024}}
Pt {{NAME:Eugene Bartkowiak}} ({{MRN:00992184}}) in obs since {{DATE:11/20/2024}} 2215 (CP r/o). > 24 h in obs -> MOON (CMS-10611) delivered verbally + written by {{NAME:J. Okeke}} RN CM at 0940, pt signed. Explained obs = outpatient, Part B copays, obs hours do not count toward 3-day SNF rule, self-administered drugs may be billed.
Pt upset: "my neighbor {{NAME:Stan}} got billed $1,100 for his pills." Wife {{NAME:Dorota}} at bedside, asked re SNF - not anticipated (pt indep, ambulating halls).
Medicare MBI {{HEALTH_PLAN:5PT8-JV2-RN27}}; secondary union retiree plan ID {{HEALTH_PLAN:URP-4418207}}.
Stress test {{DATE:11/21}} neg. Likely d/c today. Cardiology f/u Dr {{NAME:Ferenc Halmi}}, {{FACILITY:Lakeshore Heart Associates}}, 2 wks.
Address on file verified: {{ADDRESS:5530 W Belle Plaine Ave}}, {{LOCATION:Chicago}} {{ZIP:60641}}. Home phone {{PHONE:773-555-0115}}.`,
  `PHYSICIAN ADVISOR REVIEW
Pt: {{NAME:Okonjo, Blessing}}    Enc {{ACCOUNT:4000918827}}    Inpt order {{DATE:7/7/2025 2030}}
Referred by UR ({{NAME:S. Goldfarb}}): inpatient order, secondary review requested - possible obs.
Findings: 58F with syncope, 2:1 AV block on tele, HR 38, transcutaneous pads, dual-chamber PPM placed {{DATE:7/8}} by Dr. {{NAME:Chukwuma}} (CPT 33208; generator s/n {{DEVICE:RNR-2210448}}). Expectation of 2+ midnights was reasonable and documented at time of order (H&P {{DATE:07/07/2025}} 2145). InterQual screen also met (symptomatic bradycardia, temp pacing consideration).
Determination: INPATIENT appropriate. No condition code 44. No HINN.
Payer: traditional Medicare, MBI {{HEALTH_PLAN:1AC4-RT8-WE92}}.
Dr. {{NAME:Margit Solberg}}, MD, Physician Advisor   {{DATE:07/08/2025}}   pager {{PHONE:6620}}`,
  `CONDITION CODE 44 - STATUS CHANGE
Patient: {{NAME:LaPointe, Gerald R.}}   MRN {{MRN:00231870}}   DOB {{DATE:3-Apr-1946}}
Admitted inpatient {{DATE:05/13/2025}} 0215 by night hospitalist Dr. {{NAME:Vukovic}} for "weakness." UR review at 0830: does not meet inpatient criteria (InterQual: no acute findings; labs nl; ambulating). Case referred to PA Dr. {{NAME:Solberg}} who agreed at 0910.
Attending Dr. {{NAME:Imani Bello}} concurred and wrote order for outpatient obs at 0945, before d/c, while pt still in house - criteria of CC44 met (UR committee member + attending concur, pt notified in writing).
Pt and son {{NAME:Jean-Luc LaPointe}} notified 1005 by CM {{NAME:Ines}}; MOON given. Son asks that bills go to {{ADDRESS:60 Rue Champlain}}, {{LOCATION:Biddeford}} ME {{ZIP:04005}}.
Billing: claim 013x w/ CC44, acct {{ACCOUNT:77120044918}}.
/{{NAME:ib}}`,
  `PATIENT ADVOCATE - PHONE LOG
{{DATE:Mon 9/8/25}} 0905  caller {{NAME:Gwendolyn Achebe}} (dtr of pt {{NAME:Samuel Achebe}}, MRN {{MRN:77003912}}), cb {{PHONE:404-555-0145}}. VERY upset: father "thrown out" of hospital Sat w/o O2 set up, went back to ED same night. Also says nurse {{NAME:Brittany}} on 7E was rude ("told me to calm down"). Wants a call from "whoever is in charge."
0940  reviewed chart: d/c {{DATE:9/6}}, O2 order placed but {{FACILITY:Peachtree Respiratory Supply}} never got fax (wrong # {{FAX:404-555-0199}} on referral). Readmitted {{DATE:9/7}} 0020.
1015  spoke w/ 7E manager {{NAME:Tom Okafor-Reid}}; RN interview scheduled.
1120  called dtr back, apologized, grievance # {{ID:GRV-250908-04}} opened; written response within 7 days. Dtr email {{EMAIL:gachebe@mindspring-mail.com}}.
1400  CM {{NAME:L. Pruett}} confirmed O2 delivered to room for this d/c, home concentrator ready at {{ADDRESS:2291 Campbellton Rd SW}}, {{LOCATION:Atlanta}} {{ZIP:30311}}.
-{{NAME:vc}}, Patient Advocate`,
  `PART D COVERAGE DETERMINATION - REDETERMINATION REQUEST (prescriber)
Date: {{DATE:10/03/2025}}
Enrollee: {{NAME:Wanda Fairweather}}    DOB {{DATE:1/27/1952}}    Member ID {{HEALTH_PLAN:RXH339018847}}
Plan: SilverLine Rx (PDP)    Denial ref {{ID:CD-25-0927-33190}} dated {{DATE:09/27/2025}}
Drug: apixaban 5 mg BID - denied as "non-formulary; try warfarin."
Reason for request: pt had L femoral DVT {{DATE:8/30/25}} while on warfarin w/ INR 2.4 (documented by {{FACILITY:Riverside Anticoag Clinic}}); labile INRs 1.3-4.8 over 6 mo; lives alone, no transport to INR checks. Formulary alternatives (rivaroxaban, dabigatran) - rivaroxaban caused GI bleed 2023.
Expedited review requested: yes - applying standard timeframe could seriously jeopardize the enrollee's health.
Prescriber: {{NAME:Harold Osei-Bonsu}}, MD   NPI {{LICENSE:1093827746}}   DEA {{LICENSE:BO4418273}}
{{FACILITY:Westgate Internal Medicine}}, {{ADDRESS:4410 N Western Ave, Ste 200}}, {{LOCATION:Oklahoma City}} OK {{ZIP:73118}}   ph {{PHONE:405-555-0121}}  fax {{FAX:405-555-0122}}`,
  `HOME INFUSION REFERRAL - OPAT
{{DATE:Aug 19, 2025}}
Pt: {{NAME:Sorensen, Birgit}}   MRN {{MRN:310-44-87-2}}   DOB {{DATE:06/06/1958}}
Dx: L knee PJI (T84.54XA), s/p I&D + poly exchange {{DATE:8/14}}. Cx MSSA.
Rx: cefazolin 2 g IV q8h x 6 wks, start {{DATE:8/15/25}}, stop {{DATE:9/26/25}}. Weekly CBC, BMP, ESR/CRP -> fax ID clinic {{FAX:(612) 555-0138}} attn Dr. {{NAME:Ravindran}}.
Access: R basilic PICC 4 Fr single lumen, 41 cm, tip at cavoatrial jxn (CXR {{DATE:8/18}}).
Infusion pharmacy: {{FACILITY:North Country Infusion}} ({{PHONE:612-555-0183}}), intake {{NAME:Jared}}; elastomeric pumps, 1st delivery to home {{DATE:8/20}}.
Home nursing: {{FACILITY:Lakes Area Home Care}}, SOC {{DATE:8/20}} for PICC care + teaching. Husband {{NAME:Rolf}} will learn.
Home: {{ADDRESS:18 Lakeview Terr}}, {{LOCATION:Stillwater}} MN {{ZIP:55082}}   cell {{PHONE:651-555-0161}}
Coverage: commercial PPO through husband's employer ({{FACILITY:St. Croix Boatworks}}), ID {{HEALTH_PLAN:XOF882104471}}, group 00418; home infusion benefit verified, $0 after OOP max met.
{{NAME:K. Tollefson}} RN CM`,
  `OUTPATIENT DIALYSIS PLACEMENT
Pt: {{NAME:Leopoldo Moreno}} ("{{NAME:Leo}}")   MRN {{MRN:88201774}}   DOB {{DATE:02/09/1967}}
New ESRD, HD via L IJ TDC; AVF mapping done, surgery planned. CMS-2728 signed {{DATE:11/12/2024}}; Medicaid {{HEALTH_PLAN:518802264}}, Medicare pending (3rd month rule).
Referrals:
  {{FACILITY:Brazos Valley Kidney Center}} - ACCEPTED, MWF 2nd shift (chair TBD), 1st tx {{DATE:11/18}} 1130. Contact {{NAME:Imelda}} {{PHONE:979-555-0140}}, fax {{FAX:979-555-0141}}.
  {{FACILITY:Aggieland Dialysis}} - no openings until Jan.
Hep B sAg neg {{DATE:11/10}}, QuantiFERON neg, CXR done, records faxed.
Transport: pt no longer drives; wife {{NAME:Graciela}} teaches at {{FACILITY:Crockett Elementary}} and cannot do midday rides -> Medicaid NEMT standing order MWF, trip ID {{ID:NEMT-TX-5528170}}.
Home {{ADDRESS:2604 Cavitt Ave}}, {{LOCATION:Bryan}} TX {{ZIP:77801}}. Cell {{PHONE:979-555-0166}}.
Unit renal SW {{NAME:Deb Kolacny}} will do KDQOL-36 at first tx. Pt tearful re: losing job at {{FACILITY:Brazos Tire & Lube}}; referred to vocational rehab.
{{NAME:M. Treviño}}, LMSW`,
  `NOTICE OF MEDICARE NON-COVERAGE (NOMNC) - SNF     [scanned form, typed fields]
Facility: {{FACILITY:Polonia Manor Rehabilitation}}, {{ADDRESS:2400 Caniff St}}, {{LOCATION:Hamtramck}} MI {{ZIP:48212}}
Patient name: {{NAME:Halina Brzezinski}}        Patient number: {{MRN:PMR-10427}}
THE EFFECTIVE DATE COVERAGE OF YOUR CURRENT SKILLED NURSING SERVICES WILL END: {{DATE:May 9, 2025}}
Plan: Keystone Crest Health Plan   Member {{HEALTH_PLAN:KCH7712094-01}}   Auth {{ID:KC25-0418-2290}} (approved {{DATE:4/18}}-{{DATE:5/9}})
Plan post-acute reviewer {{NAME:Devon Pryce}}, PT: mod I gait 150 ft w/ RW, stairs SBA - no further skilled need.
Delivered {{DATE:05/07/2025}} 1030 by SNF SW {{NAME:Ewa Grabowska}} to pt and dtr {{NAME:Agnieszka Brzezinski-Wolf}}; pt signed, dtr signed as rep.
Fast-track appeal: dtr called QIO {{DATE:5/8}} 1145, case {{ID:QIO-MI-25-88127}}. Detailed Explanation of Non-Coverage faxed by plan same day.
Outcome: QIO agreed w/ plan {{DATE:5/9}}. Pt d/c {{DATE:5/10}} to dtr's home, {{ADDRESS:11850 Joseph Campau Ave, upper flat}}, w/ {{FACILITY:Wolverine Home Care}} PT/OT.
-{{NAME:eg}}`,
  `{{DATE:01/21/2025}}

DME MAC Jurisdiction B - Redetermination Unit
RE: Beneficiary {{NAME:Bernard Castellanos}}   MBI {{HEALTH_PLAN:6YU2-HK9-MM30}}   Claim # {{ACCOUNT:21524600781000}}
HCPCS K0823 (Group 2 power wheelchair, captain's seat), DOS {{DATE:11/30/2024}}
Supplier: {{FACILITY:Keystone Mobility & Rehab}}, supplier NPI {{LICENSE:1558003317}}

To the reviewer:
I am the treating physician for Mr. {{NAME:Castellanos}}, 61, who has secondary progressive MS (G35). At our face-to-face visit on {{DATE:10/14/2024}} he could not walk more than 15 ft with a rollator, had UE strength 3/5 with fatigue, and could not self-propel a manual chair. A home assessment by {{NAME:Ramona Field}}, OTR/L, at {{ADDRESS:915 Lincoln Way E}}, {{LOCATION:Massillon}} OH {{ZIP:44646}} confirmed room for a power chair in the hallway, bathroom and kitchen. Without it he is confined to one room. The chair (serial {{DEVICE:QX6-240118-0933}}) was delivered and he uses it daily. All LCD L33789 criteria are met. Please reverse the denial.

{{NAME:Annika Steinhauer}}, MD, Neurology   NPI {{LICENSE:1326047751}}
{{FACILITY:Tuscarawas Neurology Associates}}   {{PHONE:330-555-0109}}   fax {{FAX:330-555-0110}}`,
  `DEPARTMENT OF HEALTH AND HUMAN SERVICES - OFFICE OF MEDICARE HEARINGS AND APPEALS
NOTICE OF HEARING
ALJ Appeal No.: {{ID:1-12877409851}}        QIC Reconsideration No.: {{ID:R-2025-0047712}}
Appellant: {{FACILITY:Blue Mesa Regional Hospital}} (provider)
Beneficiary: {{NAME:Clarence Whitebird}}     MBI {{HEALTH_PLAN:9DK1-FE4-WQ62}}
Services: inpatient admission {{DATE:02/03/2024}} - {{DATE:02/07/2024}}, claim {{ACCOUNT:22403900118702}}
A telephone hearing is scheduled before Administrative Law Judge {{NAME:Miriam T. Castellano}}:
    Date: {{DATE:Thursday, March 12, 2026}}
    Time: 10:00 AM Mountain Time
Call-in details will be sent to the appellant's representative, {{NAME:Darla Shumway}}, Appeals Coordinator, at {{EMAIL:dshumway@bluemesaregional.org}}, fax {{FAX:505-555-0187}}.
Copy to beneficiary at {{ADDRESS:PO Box 412}}, {{LOCATION:Shiprock}} NM {{ZIP:87420}}. The beneficiary may take part but is not required to.
Issue: whether the admission was reasonable and necessary under 42 CFR 412.3 (two-midnight benchmark); amount in controversy $14,820.`,
  `VA COMMUNITY CARE COORDINATION NOTE
Veteran: {{NAME:KWAN, DARIUS T}}   ICN {{MRN:1012947736V448120}}   SSN {{SSN:604-12-8830}}   DOB {{DATE:19640811}}
Admitted to our facility via ED {{DATE:03/30/2025}} 2310 (NSTEMI). VA emergent notification made within 72 h: {{DATE:3/31}} 0820, notification # {{ID:EN-25-0331-0088}}, spoke with {{NAME:Tasha}} at the VA community care line.
VA home facility: {{FACILITY:Harlan Reeves VA Medical Center}}; PACT PCP Dr. {{NAME:Nwachukwu}}; VA SW {{NAME:Ron Blevins}} {{PHONE:865-555-0157}} x{{PHONE:31402}}.
VA declined transfer (no cath lab bed) - authorized care here, referral # {{ID:VA0042-118-7723}}.
Veteran is 100% SC; lives with partner {{NAME:Joyce Lunsford}} at {{ADDRESS:77 Walker Springs Rd, apt 14}}, {{LOCATION:Knoxville}} TN {{ZIP:37919}}. Partner cell {{PHONE:865-555-0190}}.
D/c meds to be filled by VA CMOP except 30-day ticagrelor supply from our outpt pharmacy (VA to reimburse).
Cardiac rehab referral to VA-approved site.
{{NAME:Corinne Baptiste}}, RN CM`,
  `WORKERS' COMP - CASE MANAGEMENT NOTE        {{DATE:9/10/2025}}
Claimant: {{NAME:Héctor Villalobos-Reyes}}   DOB {{DATE:5/21/1984}}   MRN {{MRN:CH-2208817}}
Employer: {{FACILITY:Sunbelt Steel Erectors}}   DOI {{DATE:09/02/2025}} - fell ~12 ft from scaffold at job site {{ADDRESS:8100 S Ridgeline Pkwy}}, {{LOCATION:Chandler}} AZ. L calcaneus fx + L1 compression fx.
WC claim # {{ACCOUNT:WC-25-0099183}}; adjuster {{NAME:Pam Geddes}} {{PHONE:602-555-0148}}, {{EMAIL:pgeddes@desertmutualcomp.com}}. Field nurse case mgr {{NAME:Rick Alvarado}} RN will attend d/c mtg.
Authorized: TLSO brace, knee scooter, w/c, PT 3x/wk. Awaiting auth for IRF? -> not needed, PT recs home.
Employer supervisor {{NAME:Curt Hensley}} says light duty (seated) available after ortho clears.
Spanish preferred; wife {{NAME:Maricela}} {{PHONE:480-555-0134}}. Home {{ADDRESS:1402 W Windsor Dr}}, {{LOCATION:Gilbert}} {{ZIP:85233}}, 1 step entry.
{{NAME:T. Nakashima}}, RN CM`,
  `MVC - FINANCIAL / CM NOTE
Pt {{NAME:Ashley N. Durand}}, 26F, restrained driver, T-boned {{DATE:7/19/25}} at {{ADDRESS:Airline Hwy & Siegen Ln}}, {{LOCATION:Baton Rouge}}. Pelvic fx, splenic lac.
Police report # {{ID:BRPD-25-071904412}}, Ofc. {{NAME:Landry}}.
Pt's vehicle: 2019 Corolla, VIN {{VEHICLE:2T1BURHE4KC118204}}, plate {{VEHICLE:882 GQT}} (LA) - towed to {{FACILITY:Cajun Tow & Storage}}.
Other driver {{NAME:Kyle Matthew Boudreaux}}; his auto carrier claim # {{ACCOUNT:AC-7741900285}}. Pt's own auto policy # {{ACCOUNT:PA-0044182277}} (no med-pay). Health: employer plan via {{FACILITY:Our Lady Pediatrics}} where she works as MA, ID {{HEALTH_PLAN:ZXB904418876}}.
Subrogation/COB form sent. Pt's attorney {{NAME:Remy Guidry}}, {{PHONE:225-555-0173}}, requesting records - ROI needed.
Mother {{NAME:Claudette}} at bedside, cell {{PHONE:225-555-0119}}. Anticipate IRF vs home w/ PT.
{{NAME:jm}} CM`,
  `CM NOTE - PATIENT IN CUSTODY
{{DATE:04/02/2025}}
Pt {{NAME:Jamal Ross}} (registered as "{{NAME:ROSS, JAMAL D}}"), inmate # {{ID:ADC 318842}}, from {{FACILITY:Red Mesa Detention Center}}. Identity confirmed by wristband + facility fingerprint record {{BIOMETRIC:LS-FP-77120394}}. Two officers at bedside 24/7 (CO {{NAME:Baptiste}}, Ofc. {{NAME:Tsosie}}); no visitors, no phone calls per facility policy.
Adm {{DATE:3/29}} for DKA. Ready for d/c back to facility infirmary. Facility RN {{NAME:Glenda Hurst}} {{PHONE:928-555-0112}}, fax {{FAX:928-555-0113}} - d/c summary + insulin sliding scale faxed; she confirmed they stock glargine and lispro.
Medicaid suspended while incarcerated; inpatient stay billed to AHCCCS inmate program, acct {{ACCOUNT:5002918847}}. Projected release {{DATE:August 2025}} - pt asks for help w/ insurance at release; gave reentry navigator info.
Mother {{NAME:Loretta Ross}} called asking for update - per policy no info given; instructed to contact facility.
{{NAME:S. Begay}}, MSW`,
  `PATIENT ACCESS - IDENTITY VERIFICATION / POSSIBLE DUPLICATE MRN
Date: {{DATE:06-18-2025}}   Analyst: {{NAME:Q. Haverford}}   Ticket {{ID:HIM-DUP-22918}}
Record A: MRN {{MRN:40019227}}  {{NAME:NGUYEN, VAN THANH}}  DOB {{DATE:01/01/1960}}  {{ADDRESS:2210 Bissonnet St}} {{LOCATION:Houston}} {{ZIP:77005}}
Record B: MRN {{MRN:40388105}}  {{NAME:NGUYEN, THANH VAN}}  DOB {{DATE:01/01/1960}}  no address
Verified at bedside w/ pt + son {{NAME:Bao}}: TX DL {{LICENSE:31884027}}, SSN {{SSN:455-92-1038}}, palm-vein scan matched enrollment template {{BIOMETRIC:PV-2023-0018837}} (Record A). Registration photo {{PHOTO:REGPHOTO_40019227_2023.jpg}} matches pt.
Record B created {{DATE:6/16/25}} in ED (pt arrived by EMS, gave name in Vietnamese order). Same person.
Action: merge B into A; B's encounter (acct {{ACCOUNT:8800114420}}) moved. Payer ID on A (Medicare MBI {{HEALTH_PLAN:2WV5-TK7-YC88}}) applies.
CM/UR notified for auth on correct MRN.`,
  `CHW HOME VISIT - ASTHMA HOME ENVIRONMENT
{{DATE:Oct 7 2025}}  w/ {{NAME:Keyonna Reese}} (mom) re: {{NAME:DeAndre}} (7), 3 ED visits + 1 admit since {{DATE:June}}.
Addr {{ADDRESS:4419 N 24th St, Apt 2 rear}}, {{LOCATION:Milwaukee}} {{ZIP:53209}}. Landlord {{NAME:Gary Pelletier}} ({{FACILITY:Pelletier Property Mgmt}}) {{PHONE:414-555-0193}}.
Observed: visible mold under kitchen sink + bathroom ceiling, roaches, carpet in child's room damp, gas stove used for heat (furnace out since {{DATE:9/28}}).
Actions:
 - filed complaint w/ city code enforcement, complaint # {{ID:DNS-25-0148817}}; inspector Ms. {{NAME:Hollister}} visit {{DATE:10/10}}.
 - HEPA purifier + mattress/pillow encasements delivered (program stock, unit s/n {{DEVICE:HP-300-88120}}).
 - asthma action plan reviewed, spacer technique ok; Flovent 44 2 puffs BID - has it, albuterol refill needed -> msg to Dr. {{NAME:Bhattacharya}}.
 - school nurse at {{FACILITY:Hopkins Lloyd Community School}} given copy of AAP w/ mom's consent.
Mom cell {{PHONE:414-555-0110}}, works at {{FACILITY:Badger State Cleaners}} 2nd shift.
Next visit {{DATE:10/21}} 4pm.
{{NAME:Tamika Ellis}}, CHW`,
  `SW NOTE - UTILITY SHUTOFF / MEDICAL CERTIFICATION
{{DATE:01/16/2025}}
Pt {{NAME:Ferdinand}} "{{NAME:Fred}}" {{NAME:Kuchar}}, on home O2 2 L continuous + CPAP (s/n {{DEVICE:CPX-7720-11904}}), got disconnect notice for {{DATE:1/21}} from the electric co., acct {{ACCOUNT:3301-448-7719}}, past due $612.40.
Called utility's medical certification line; faxed Medical Certificate signed by Dr. {{NAME:Oyelaran}} (pulm) -> 30-day hold through {{DATE:2/20/25}}, confirmation {{ID:MC-0116-5531}}.
Energy assistance (LIHEAP crisis) app started; appt at {{FACILITY:Northeast Community Action}} {{DATE:1/22}} 1000 w/ worker {{NAME:Patrice}}. Needs ID, SS award letter, last bill, SS card (SSN {{SSN:390-18-4427}} verified against chart).
Gas acct {{ACCOUNT:88-20041-07}} is current.
Lives alone at {{ADDRESS:1109 N Garfield Ave}}, {{LOCATION:Duluth}} {{ZIP:55806}}; niece {{NAME:Joanne Kuchar-Lind}} {{PHONE:218-555-0138}} will drive him.
Backup: O2 cylinders x6 from {{FACILITY:Arrowhead Home Medical}} in case of outage; told to call 911 if power out > 2 h.
{{NAME:S. Halvorsen}}, LGSW`,
  `NEMT TRIP ISSUES - {{NAME:BAKARE, OLUWASEUN}}   MRN {{MRN:7702918}}   Medicaid {{HEALTH_PLAN:MD4410982217}}
Pickup addr: {{ADDRESS:6600 Loch Raven Blvd, Apt 3C}}, {{LOCATION:Towson}} {{ZIP:21239}}   pt cell {{PHONE:410-555-0177}}
date        trip #            destination                              result
{{DATE:3/11/25}}     {{ID:TRP-88120441}}      {{FACILITY:Loch Raven Dialysis}}                       on time
{{DATE:3/13/25}}     {{ID:TRP-88120502}}      {{FACILITY:Loch Raven Dialysis}}                       driver 1h45m late, shortened tx
{{DATE:3/15/25}}     {{ID:TRP-88120618}}      {{FACILITY:Loch Raven Dialysis}}                       NO SHOW -> missed tx
{{DATE:3/16/25}}     -                ED (K 6.9, fluid overload)               admitted
Complaint filed w/ broker {{DATE:3/17}}, complaint # {{ID:CMP-25-031744}}, rep {{NAME:Shondra}}. Also reported to MCO care coordinator {{NAME:Phil Yarborough}} ({{EMAIL:pyarborough@chesapeakecarepartners.org}}).
Plan: standing order w/ alternate vendor {{FACILITY:Harbor Wheelchair Van}}; pt's brother {{NAME:Femi}} ({{PHONE:443-555-0151}}) as backup driver - mileage reimbursement form given.
-{{NAME:cg}} SW`,
  `INTERNATIONAL PATIENT - REPATRIATION PLANNING
{{DATE:2/10/2025}}
Pt {{NAME:Maria Cristina Dela Cruz}}, 67F, citizen of the Philippines visiting dtr in {{LOCATION:Vallejo}}; L MCA CVA {{DATE:2/2}}, R hemiparesis, dysphagia on mech soft. No US coverage. Travel insurance via assistance co., case # {{ID:TA-PH-2502-8817}}, policy {{ACCOUNT:PHT-7710042259}}, coordinator {{NAME:Rhea Manalo}} ({{EMAIL:r.manalo@globalassist-case.com}}).
Receiving: {{FACILITY:San Lorenzo Medical Center}}, {{LOCATION:Quezon City}}; accepting Dr. {{NAME:Emmanuel Bautista}} (neuro). Commercial flight w/ RN escort from {{LOCATION:San Francisco}} to {{LOCATION:Manila}} tentatively {{DATE:2/14}}; airline MEDIF form signed by Dr. {{NAME:Castro}}.
Passport # {{ID:P4418207B}} (copy in chart).
Dtr {{NAME:Josephine}} "{{NAME:Jojo}}" {{NAME:Dela Cruz-Ramos}}, {{ADDRESS:214 Marin St}}, {{LOCATION:Vallejo}} CA {{ZIP:94590}}, {{PHONE:707-555-0146}}, will fly with her. Hospital bill acct {{ACCOUNT:3900441728}} - guarantee of payment from insurer rec'd.
{{NAME:Nilda Ocampo}}, MSW`,
  `LLAMADA POST-ALTA / post-discharge call    {{DATE:05/29/2025}} 1410
Pt: {{NAME:Altagracia Peña}}   MRN {{MRN:9930018}}   cel {{PHONE:(973) 555-0124}}
3-way call via Spanish interpreter {{NAME:Rubén}} (ID {{ID:SP-10447}}).
D/c {{DATE:5/26}} (CAP + uncontrolled DM2).
- pt states "me siento mejor", afebrile, FSBG 140s-180s on her meter.
- glargine 18u qhs + metformin 500 bid taking correctly.
- did NOT pick up amox-clav: copay $0 w/ NJ FamilyCare ({{HEALTH_PLAN:NJF-77201884}}), problem was son {{NAME:Wilson}} couldn't get off work at {{FACILITY:Garden State Produce}}. Arranged delivery from {{FACILITY:Farmacia Quisqueya}} to {{ADDRESS:88 Rosa Parks Blvd, 2do piso}}, {{LOCATION:Paterson}} {{ZIP:07501}} today before 5.
- f/u w/ Dra. {{NAME:Liriano}} at {{FACILITY:Eastside Community Health Center}} {{DATE:6/2}} 9:30 confirmed; dtr-in-law {{NAME:Yokasta}} will bring her.
- teach-back on hypoglycemia ok ("jugo y galletas").
Risk moderate. Next call {{DATE:6/5}}.
{{NAME:Marilyn Acevedo}} RN, Transitions of Care`,
  `30-DAY READMISSION REVIEW - Q2 committee worksheet (mtg {{DATE:7/15/2025}})
#  pt                       index d/c   readmit   d    cause                                   prev?
1  {{NAME:Haskins, T}} ({{MRN:21188470}})     {{DATE:4/2}}         {{DATE:4/19}}      17   DKA - pump supplies not authorized      Y (DME auth)
2  {{NAME:R.B.}} ({{MRN:30410988}})            {{DATE:4/11}}        {{DATE:4/14}}      3    HF - no scale, missed f/u               Y
3  Mrs. {{NAME:Oduya}} ({{MRN:55100299}})      {{DATE:5/2}}         {{DATE:5/20}}      18   fall at home, HH never started          Y
4  {{NAME:Whitebird}} ({{MRN:61002774}})       {{DATE:5/9}}         {{DATE:5/30}}      21   planned chemo C2D1                      N (planned)
5  {{NAME:Gus P.}} ({{MRN:42217790}})          {{DATE:6/3}}         {{DATE:6/24}}      21   COPD exac, still smoking                ?
Readmit rate Q2 14.2% (goal < 12%); HRRP ERR HF 1.08.
Actions: (a) {{NAME:T. Marchetti}} to audit HH referral confirmations before d/c; (b) Dr. {{NAME:Solberg}} to meet DME vendor re: pump supply auth lag; (c) pharmacy meds-to-beds for all HF pts. Scales purchased from foundation grant ($3,000).
Minutes: {{NAME:kb}}`,
  `Keystone Crest Health Plan - GRIEVANCE RESOLUTION LETTER
{{DATE:August 4, 2025}}

Mr. {{NAME:Harold Ebersole}}
{{ADDRESS:1902 Mifflin Ave}}
{{LOCATION:Reading}}, PA {{ZIP:19607}}

Member ID: {{HEALTH_PLAN:KCH6610482-02}}      Grievance #: {{ID:GV-2025-07-11824}}

Dear Mr. {{NAME:Ebersole}}:
On {{DATE:July 8, 2025}} you told us that our transportation vendor left you waiting over 3 hours after your appointment at {{FACILITY:Berks Heart & Vascular}}, and that a member services representative, {{NAME:Jordan}}, ended the call while you were speaking. We are sorry. We reviewed the trip records and the call recording. The vendor has been placed on a corrective action plan and the representative has been coached. Your future rides will be scheduled with a 30-minute pickup window.
If you are not satisfied, you may call us at 1-800-555-0150 (TTY 711), 8 a.m. - 8 p.m., 7 days a week.
Sincerely,
{{NAME:Alicia Montague}}
Grievance & Appeals Specialist`,
  `REFERRAL RESPONSE
From: {{FACILITY:Golden Meadows Health Campus}} - Admissions
To: {{FACILITY:St. Casimir Health}} Case Management, fax {{FAX:(313) 555-0120}}
Date: {{DATE:1/31/2025}} 3:05 PM
Re: {{NAME:ABERNATHY-CRUZ, LUIS}}   DOB {{DATE:11/11/1971}}   ref {{ID:GM-REF-0131-07}}

[ ] ACCEPT     [X] DECLINE     [ ] PENDING - need more info
Reason: Pt weight 412 lb / BMI 58 - no bariatric bed or lift available until mid-Feb; requires 2-person assist w/ mechanical lift, wound care (stage 3 sacral) and PEG feeds - unable to staff at this time. Medicaid pending also noted.
We would reconsider after {{DATE:2/15}} if bariatric bed is still needed.
{{NAME:Renata Sokolov}}, Director of Admissions
{{PHONE:313-555-0175}} | {{EMAIL:rsokolov@goldenmeadowshc.com}}
{{ADDRESS:26100 Harper Ave}}, {{LOCATION:St. Clair Shores}} MI {{ZIP:48081}}`,
  `GUARDIANSHIP UPDATE - LETTERS RECEIVED
{{DATE:12/20/2024}}
Letters of temporary guardianship (person + estate) issued {{DATE:12/19/2024}} in case {{ID:PG-2024-88}} for pt {{NAME:Harlan Petty}} (MRN {{MRN:2044718}}). Copy scanned to Media, flagged in Legal tab.
Guardian: {{FACILITY:Eastern Oklahoma Guardianship Services}}; assigned {{NAME:Tamsin Ford}}, National Certified Guardian # {{LICENSE:NCG-11842}}, cell {{PHONE:918-555-0168}}.
Ms. {{NAME:Ford}} met pt at bedside 1330; consents to LTC placement at {{FACILITY:Cookson Hills Care Center}} ({{LOCATION:Stilwell}}), bed offered for {{DATE:12/23}}. Signed admission packet + POLST (DNR, selective tx) after discussion w/ Dr. {{NAME:Yazzie-Morgan}}.
Guardian will: apply for LTC Medicaid, request rep payee (SSA), secure house at {{ADDRESS:RR 2 Box 118}}, locate nephew {{NAME:Curtis}}.
Avoidable days end {{DATE:12/23}} (total 25).
{{NAME:K. Wolfe}} LMSW`,
  `ADULT PROTECTIVE SERVICES - REPORT (as called in)
Date/time called: {{DATE:03/06/2025 1115}}    APS intake # {{ID:APS-2025-0306-1142}}
Reporter: {{NAME:Ama Owusu}}, LCSW, {{FACILITY:Cape Fear Regional Medical Center}}, {{PHONE:910-555-0188}}
Alleged victim: {{NAME:Odessa Faircloth}}, {{AGE:91}} yo F, DOB {{DATE:2/2/1934}}, MRN {{MRN:20114478}}; home {{ADDRESS:613 Murchison Rd}}, {{LOCATION:Fayetteville}} NC {{ZIP:28301}}
Alleged perpetrator: grandson {{NAME:Tyrese Faircloth}}, 24, lives in home.
Concerns: financial exploitation - pt reports her SS deposit ($1,312) "gone every month"; ATM withdrawals from her acct {{ACCOUNT:0091182776}} at {{FACILITY:Sandhills Federal Credit Union}} at 2-3 am; no food in home per EMS; pt's car (plate {{VEHICLE:HKT-4471}} (NC)) being driven by grandson. Pt is alert, oriented x3, afraid to "get him in trouble."
Neglect: stage 2 sacral wound, dehydrated (Na 151).
Pt consents to APS contact. Worker assigned: {{NAME:Lamont Spivey}}, {{PHONE:910-555-0116}}.
Safe d/c: pt will go to niece {{NAME:Bettye}} in {{LOCATION:Hope Mills}} for now.`,
  `BEHAVIORAL HEALTH SW - PLACEMENT NOTE
{{DATE:7/2/2025}}
Pt {{NAME:Caleb Whitacre}} ("{{NAME:Cal}}"), 34M, schizoaffective d/o bipolar type. 5150 -> 5250 certified {{DATE:6/30}}; cert review hearing held, hearing officer {{NAME:D. Tran}} upheld. Stabilizing on paliperidone palmitate 234 mg (given {{DATE:6/28}}), sleeping, no aggression x 72 h.
Prior residence: {{FACILITY:Sunrise Garden Board & Care}}, {{ADDRESS:5510 Fruitridge Rd}}, {{LOCATION:Sacramento}} {{ZIP:95820}}; operator Mrs. {{NAME:Lourdes Abad}} {{PHONE:916-555-0129}} will take him back once hold is dropped and LAI is on schedule.
County FSP case manager {{NAME:Jorge Funes}} ({{EMAIL:jfunes@sacbhfsp.org}}) to meet pt {{DATE:7/3}}. SSI via rep payee {{FACILITY:Capitol Payee Services}}. Medi-Cal {{HEALTH_PLAN:93307714F}}.
Mother {{NAME:Denise Whitacre}} in {{LOCATION:Roseville}} {{PHONE:916-555-0172}} - pt signed ROI for her only; pt does NOT want brother {{NAME:Aaron}} informed.
LPS conservatorship not pursued (pt accepting tx).
Plan: d/c {{DATE:7/3}} by taxi voucher; next LAI due {{DATE:7/26}} at county clinic.
{{NAME:Vanessa Oyarzun}}, LCSW`,
  `IDD WAIVER CASE MANAGER CONTACT       {{DATE:2024-10-15}}
Pt {{NAME:Emily Rose Tanaka-Wells}}, 19F, Down syndrome, s/p AVSD repair, adm w/ aspiration PNA. Lives in supported living home {{FACILITY:Maple Street Residential}}, {{ADDRESS:88 Maple St}}, {{LOCATION:Nampa}} ID {{ZIP:83651}}.
Co-guardians: mother {{NAME:Karen Tanaka-Wells}} {{PHONE:208-555-0147}}; father {{NAME:Dean Wells}} in {{LOCATION:Boise}} {{PHONE:208-555-0163}}.
Waiver CM {{NAME:Olivia Pruett}}, {{FACILITY:Treasure Valley Service Coordination}}, {{PHONE:208-555-0181}}, fax {{FAX:208-555-0182}}. Plan of service # {{ID:DD-PCP-40918}}.
Home needs before return: O2 order (they can manage up to 2 L), aspiration precautions in writing (SLP: mech soft, nectar thick), staff in-service on nebs. House manager {{NAME:Trish}} will come in {{DATE:10/16}}.
Medicaid {{HEALTH_PLAN:0009918247}}. Day program {{FACILITY:Bright Futures Day Services}} - holding her spot until {{DATE:10/21}}.
Emily asks for her iPad and "Papa" ({{NAME:Dean}}) - he is coming tonight.
{{NAME:H. Osei}}, MSW`,
  `TRANSPLANT SOCIAL WORK EVALUATION (kidney)     {{DATE:September 9, 2025}}
Candidate: {{NAME:Rashida Al-Amin}}, 45F, ESRD 2/2 FSGS, HD since 2021 at {{FACILITY:Southside Dialysis}}. Home {{ADDRESS:6720 Ridge Rd}}, {{LOCATION:Parma}} OH {{ZIP:44129}}; cell {{PHONE:216-555-0129}}.
Support plan: primary caregiver husband {{NAME:Yusuf Al-Amin}}, bus mechanic at {{FACILITY:Cuyahoga Freight Lines}}, FMLA approved. Backup: sister {{NAME:Nadia Haddad}} from {{LOCATION:Dearborn}}, will stay 4 wks post-op.
Transport: own car, plate {{VEHICLE:HJK 2291}}; 38 mi to center.
Finances: Medicare (ESRD) + husband's employer plan (COB); est. $250/mo for immunosuppressants after tx. Fundraising page set up by their mosque, {{FACILITY:Masjid Al-Noor of Parma}}: {{URL:https://www.givecircle.org/campaign/rashida-kidney-2025}}
Psychosocial: SIPAT 22 (acceptable), no SUD, adherent (0 missed HD tx in 6 mo per unit SW {{NAME:Gail}}).
Living donor: cousin {{NAME:Samir}} in workup (separate chart).
Recommendation: psychosocially acceptable for listing.
{{NAME:Ruth Eisenberg}}, LISW-S    lic {{LICENSE:I.0912774}}`,
  `ONC FINANCIAL NAVIGATION - {{DATE:3/27/25}}
Pt {{NAME:Douglas}} "{{NAME:Doug}}" {{NAME:Fennimore}}, 59M, stage IV pancreatic adenoCA, FOLFIRINOX C3D1 {{DATE:3/24}}.
- copay foundation grant approved, grant # {{ID:GRT-25-558120}}, $10,000 through {{DATE:3/26/2026}}.
- out of work (foreman at {{FACILITY:Kanawha Valley Coal Prep}}); STD through {{DATE:4/30}}; LTD claim started; SSDI compassionate allowance filed {{DATE:3/25}}, SSN {{SSN:233-04-9917}}.
- wife {{NAME:Tammy}} started a fundraiser: {{URL:gofundme.com/f/fennimore-strong}}
- lodging for infusion weeks at {{FACILITY:Kanawha Cancer Guest House}}, confirmation {{ID:KG-3301}}. 112 mi round trip from {{LOCATION:Logan}}, gas cards x2 ($50).
- hospital acct {{ACCOUNT:HB-40018873}} bal $6,220 -> FA app given, due {{DATE:4/10}}.
- pt asked about "that drug on TV" - explained clinical trial screening w/ Dr. {{NAME:Vellanki}}.
{{NAME:Courtney Pauley}}, oncology financial navigator, {{PHONE:304-555-0187}}`,
  `Patient portal message - OUTGOING
To: {{NAME:Ignatius Obi}}    MRN {{MRN:00551937}}
From: {{NAME:Hana Kobayashi}}, RN Care Coordinator, Transitions Clinic
Sent: {{DATE:10/14/2025 3:22 PM}}

Hello Mr. {{NAME:Obi}},
Your post-hospital video visit with NP {{NAME:Carmen Ruiz-Tello}} is on {{DATE:Friday 10/17}} at 10:40 am. Join here: {{URL:https://telehealth.prairiestarhealth.org/join/7KX2-PQ91}}
If the link does not work, call us at {{PHONE:316-555-0143}}. As you asked, we sent a copy to your daughter {{NAME:Ngozi}} at {{EMAIL:ngozi.obi.k@gmail.com}}.
Please have your scale and BP cuff ready. The cuff we gave you (s/n {{DEVICE:BPM-44A-719203}}) sends readings to us automatically - we saw 168/94 yesterday, so please take your amlodipine 10 mg.
Your medicine delivery will come to {{ADDRESS:3811 E Funston St}}, {{LOCATION:Wichita}} on {{DATE:10/15}} between 1 and 5 pm.
Thank you,
Hana`,
  `PROXY ACCESS REQUEST - PATIENT PORTAL       HIM ticket {{ID:HIM-PRX-77104}}
Patient: {{NAME:Esperanza Quintanilla}}    DOB {{DATE:4/14/1938}}    MRN {{MRN:60214478}}
Requested proxy: {{NAME:Rogelio Quintanilla}} (son, HCPOA)   DOB {{DATE:9/9/1966}}
  email {{EMAIL:rquintanilla66@hotmail.com}}   cell {{PHONE:956-555-0122}}
  addr {{ADDRESS:1205 W Nolana Ave}}, {{LOCATION:McAllen}} TX {{ZIP:78504}}
Verification: HCPOA dated {{DATE:01/05/2022}} on file; proxy TX DL {{LICENSE:26617440}} checked at registration desk by {{NAME:Y. Garza}}; selfie match to DL photo, file {{PHOTO:proxy_selfie_77104.png}}.
Web form submitted {{DATE:11/03/2025 21:14}} from IP {{IP:192.0.2.117}}. NOTE: 3 failed proxy attempts for this pt on {{DATE:10/30/2025}} from {{IP:203.0.113.45}} (not son per his statement) - security ticket {{ID:SEC-25-4471}} opened, pt's account locked then reset.
Access level: full adult proxy, expires {{DATE:11/04/2026}}.
Approved by {{NAME:Lisette Cantu}}, HIM supervisor.`,
  `{{FACILITY:Riverbend Home Health}} - SOC VISIT NOTE (OASIS-E)
Pt: {{NAME:Nguyen Thi Hoa}}   Agency ID {{MRN:RBH-250508-03}}   SOC {{DATE:05/08/2025}}   time in 0930 / out 1115
Location: {{ADDRESS:3040 Lagrange St unit B}}, {{LOCATION:Toledo}} {{ZIP:43608}}. Vietnamese interpreter by phone (ID {{ID:VN-3318}}); granddaughter {{NAME:Vy}} present.
Referral from {{FACILITY:St. Adalbert Medical Center}}; F2F {{DATE:5/5}} Dr. {{NAME:Brandt}}.
VS: BP 148/82, HR 74 irreg, SpO2 95% RA, wt 61.2 kg (d/c wt 60.4).
Med rec: DISCREPANCY - pt still taking old furosemide 20 mg bottle + new 40 mg. Removed old bottle w/ consent, called PCP Dr. {{NAME:Khuu}} {{PHONE:419-555-0160}}, confirmed 40 mg BID only.
Home: 1 step, throw rugs (removed), no grab bars - OT to eval. Pill organizer set up by {{NAME:Vy}}.
Emergency plan: lives w/ son {{NAME:Duc}} ({{PHONE:419-555-0197}}); 911 if SOB.
Plan: SN 2w2, 1w3; PT/OT eval this wk.
{{NAME:Carol Ann Brigham}}, RN`,
  `UR DAILY WORKLIST   {{DATE:Tue 11/04/2025}}   reviewer {{NAME:NH}}
rm     pt                          payer                status     criteria                                  action
5102   {{NAME:Vasquez, Teodoro}}            MA (BrightPath)      IP d3      IQ Sepsis - met, day 2-3                  next rev {{DATE:11/5}}, auth {{ID:BP-881204}}
5108   {{NAME:O'Shaughnessy, M}}            Medicaid MCO         OBS 18h    MCG chest pain - IP not met              PA review 1100
5115   {{NAME:Ly, Sokha}}                   trad Medicare        IP d1      2MN expected (NSTEMI, cath am)            none
5121   {{NAME:Bergstrom-Ng, Petra}}         commercial PPO       IP d5      IQ COPD - d/c screens met                 notify CM {{NAME:Becca}}
5124   {{NAME:Tafuna}}, "{{NAME:Junior}}"           Medicaid             IP d2      MCG GI bleed (M-111) met                  auth {{ID:MCO-25-77120}}
5130   {{NAME:Delacroix-Biel, Anne}}        MA (Keystone Crest)  IP d7      not met since {{DATE:11/2}} - awaiting SNF   avoidable d, P2P offered
CPT 99223/99233 audit: 2 notes lack MDM. ICD-10 A41.9, J44.1, K92.2 coded. 1 HINN pending.`,
  `CHESAPEAKE CARE PARTNERS (Medicaid Managed Care)
NOTICE OF ADVERSE BENEFIT DETERMINATION
{{DATE:February 3, 2025}}

{{NAME:OLUWASEUN BAKARE}}
{{ADDRESS:6600 LOCH RAVEN BLVD APT 3C}}
{{LOCATION:TOWSON}} MD {{ZIP:21239}}

Member ID: {{HEALTH_PLAN:MD4410982217}}     Reference #: {{ID:CCP-UM-25-0203-4418}}
Service requested: personal care aide 20 hrs/week from {{FACILITY:Greenspring Home Care Services}}, requested by Dr. {{NAME:Adaeze Nwosu}} on {{DATE:01/24/2025}}.
Our decision: PARTLY APPROVED - 8 hours/week from {{DATE:02/03/2025}} to {{DATE:05/03/2025}}. The rest is denied because your assessment (interRAI score 14) shows you can do most ADLs with set-up help. Reviewed by {{NAME:Kenneth Albrecht}}, MD.
You or your provider may ask for an appeal within 60 days. If you appeal within 10 days, you may keep your current services during the appeal. After the appeal you may ask for a State Fair Hearing. Call Member Services 1-800-555-0163 (TTY 711).`,
  `{{DATE:August 28, 2025}}
Prairie Shield Health - Provider Appeals, Level 2
RE: {{NAME:Tyrell Haskins}}, DOB {{DATE:10/07/1979}}, Member {{HEALTH_PLAN:W77210488301}}
Level 1 appeal # {{ID:PS-AP1-25-07718}} (upheld {{DATE:7/30/2025}}); original ref {{ID:PS-UM-25-0602-119}}
Acct {{ACCOUNT:90022187716}}; DOS {{DATE:5/31/2025}}-{{DATE:6/3/2025}}

To the Level 2 reviewer,
Please accept this second-level appeal for inpatient admission. Mr. {{NAME:Haskins}} presented with severe DKA (pH 7.08, HCO3 6, AG 28, BHB 7.9) after his insulin pump failed. He needed an insulin infusion for 31 hours, IV potassium x3 for K 2.9 and q1h glucose checks in our stepdown unit. Both the MCG guideline's own "severe" features and the InterQual DKA subset (pH < 7.25, IV insulin infusion) were met. The Level 1 reviewer, Dr. {{NAME:Hartwig}}, did not address the pump failure or hypokalemia. We request a reviewer board certified in endocrinology or internal medicine not involved in prior decisions.
Enclosed: H&P, flowsheets, ICU transfer note, P2P summary.
{{NAME:Noor Haddad}}, RN, CCM - Utilization Review
{{FACILITY:Allegheny Ridge Hospital}}   {{PHONE:412-555-0112}}   fax {{FAX:412-555-0113}}   {{EMAIL:nhaddad@alleghenyridge.org}}`,
  `From: {{NAME:Pruitt, Lena}} <{{EMAIL:lpruitt@ghs-umreview.com}}>
To: {{NAME:Haddad, Noor}}; {{NAME:Adeyemi, Olusegun}} MD
Date: {{DATE:Fri, 23 May 2025 11:47}}
Subject: P2P availability - member {{NAME:L. Okonkwo-Hart}} / case {{ID:GHS-25-0521-90031}}

Hello,
The reviewing physician, Dr. {{NAME:Sunil Mehrotra}}, is available for a peer to peer today 1:15-1:45 pm or Monday {{DATE:5/26}} 9:00-9:30 am ET. Please reply with the attending's direct number. P2P must occur within 14 days of the denial dated {{DATE:5/21/2025}}.
Lena Pruitt | Clinical Coordinator

> From: {{NAME:Haddad, Noor}}
> Sent: {{DATE:Thursday, May 22, 2025 4:02 PM}}
> Requesting P2P for {{NAME:Lillian Okonkwo-Hart}} (DOB {{DATE:12/01/1957}}, ID {{HEALTH_PLAN:GHS8830021745}}), inpt {{DATE:5/18}}-{{DATE:5/21}} denied as obs. Dr. Adeyemi cell {{PHONE:412-555-0179}}, best after 1 pm.

>> Dr. {{NAME:Adeyemi}}: today 1:15 works, I'm off Monday. -OA`,
  `D/C PLANNING ROUNDS - 6 WEST    {{DATE:03/18/2025}} 0900
present: {{NAME:TM}} (CM), {{NAME:JW}} (SW), Dr {{NAME:Farouk}}, charge RN {{NAME:Ollie}}, PT {{NAME:Sanjay}}
601  Mrs. {{NAME:Kettering}}, {{AGE:94}}F - UTI/delirium clearing. From {{FACILITY:Wyndham Park Assisted Living}}; AL nurse {{NAME:Bev}} to re-eval in person {{DATE:3/19}}. EDD {{DATE:3/19}}.
603  {{NAME:Halvorsen, Per}} - CHF, IV diuresis day 3, EDD {{DATE:3/20}}. HH {{FACILITY:Fjord Valley Home Health}} accepted. Needs scale - CM giving one.
606  "{{NAME:Tiny}}" {{NAME:Mulroney}} - LE cellulitis, unhoused, recup bed pending at {{FACILITY:St. Martin de Porres House}}; no phone; sister {{NAME:Bridget}} {{PHONE:612-555-0131}} may take him. Barrier: no ID - SW ordering birth cert from {{LOCATION:Saint Cloud}}, where he was born.
608  {{NAME:Jiménez, Ana}} - obs, MOON given yesterday, d/c today, husband {{NAME:Rafa}} driving.
611  {{NAME:Nakamura-Fox, Ellen}} - hip fx POD#1, SNF referrals x3, MA auth submitted, ref {{ID:NH-25-031877}}. Prefers {{FACILITY:Lake Harriet Care Center}}.
612  {{NAME:Bashir, Omar}} - trach/vent, LTACH accepted at {{FACILITY:Lakeview Specialty Hospital}}, transfer {{DATE:3/19}} by critical care transport.
Avoidable days this wk: 2 (611 awaiting auth).`,
  `{{DATE:April 2, 2025}}

Ms. {{NAME:Fatuma Abdi Hassan}}
{{ADDRESS:2900 Cedar Ave S, Apt 1207}}
{{LOCATION:Minneapolis}}, MN {{ZIP:55407}}

RE: Your concern dated {{DATE:March 12, 2025}} - Reference {{ID:PR-25-0312-006}}

Dear Ms. {{NAME:Hassan}},
Thank you for telling us about your experience during your husband Mr. {{NAME:Abdullahi Warsame}}'s stay on 8 North ({{DATE:March 4-10, 2025}}). You told us that a Somali interpreter was not used when the doctor discussed his surgery consent, and that your teenage son {{NAME:Mahad}} was asked to interpret. This should not have happened. Our policy requires a qualified interpreter for consent discussions, in person or by video. We have reviewed this with the surgical team and the unit manager, {{NAME:Jennifer Lindahl}}, and added an interpreter check to the consent checklist.
You also have the right to file a complaint with the HHS Office for Civil Rights.
Sincerely,
{{NAME:Abdiwali Osman}}, Language Access Program Manager
{{FACILITY:Hennepin Valley Medical Center}}   {{PHONE:612-555-0149}}   {{EMAIL:abdiwali.osman@hvmc.org}}`,
  `SNF AUTH - MA POST-ACUTE BENEFIT MANAGER
pt {{NAME:Nakamura-Fox, Ellen}}  {{MRN:81102277}}  dob {{DATE:5.19.1944}}  plan member {{HEALTH_PLAN:NHP-4471180032}}
{{DATE:3/17}} 1420 - auth request submitted via vendor portal w/ PT/OT notes (min A x1 transfers, amb 10 ft RW), ref {{ID:NH-25-031877}}.
{{DATE:3/18}} 1110 - vendor nurse reviewer {{NAME:Dana Okafor}} called ({{PHONE:888-555-0166}} x{{PHONE:40217}}) for PT update; sent.
{{DATE:3/18}} 1645 - APPROVED SNF at {{FACILITY:Lake Harriet Care Center}}, 7 days ({{DATE:3/19}}-{{DATE:3/25}}), next review {{DATE:3/24}}. Auth # {{ID:NH-A-8830019}}.
SNF accepted, bed 214-A, admission nurse {{NAME:Marguerite}} {{PHONE:612-555-0135}}, fax {{FAX:612-555-0136}}.
Husband {{NAME:Glen Fox}} agrees; will bring her clothes + hearing aid charger. Transport stretcher? no - w/c van 1100 {{DATE:3/19}} via {{FACILITY:Metro Mobility Plus}}.
3-day waiver not needed (MA plan waives). IM #2 delivered {{DATE:3/18}} 1700, signed.
-{{NAME:TM}}`,
  `{{DATE:09/12/2025}}

To: Housing Authority, Housing Choice Voucher Program - Reasonable Accommodation
Re: {{NAME:Marguerite Olander}}, DOB {{DATE:08/23/1957}}, voucher # {{ID:HCV-0044172}}
Current unit: {{ADDRESS:415 Erie St, Apt 6}}, {{LOCATION:Toledo}}, OH {{ZIP:43604}}

To whom it may concern,
I am the social worker for Ms. {{NAME:Olander}}, who is followed by our pulmonary clinic. She uses continuous home oxygen (concentrator s/n {{DEVICE:OXC-5L-2290147}}) and a power wheelchair, and she cannot manage stairs. Her current unit is a third-floor walk-up. She has been carried down by EMS twice this year, most recently on {{DATE:8/30/25}}. As a reasonable accommodation for her disability, I request that she be allowed to move to a ground-floor or elevator unit with an exception payment standard of up to 110% of FMR. Her landlord, Mr. {{NAME:Dennis Krupa}}, is aware and supportive.
Please contact me with any questions.
{{NAME:Joan Mirecki}}, LISW-S
{{FACILITY:St. Adalbert Medical Center}}, Social Work Dept.   {{PHONE:419-555-0115}}   fax {{FAX:419-555-0116}}`,
  `REFERRAL - MEDICALLY TAILORED MEALS (food-as-medicine pilot)
Date: {{DATE:6/3/2025}}   Referral # {{ID:MTM-25-00871}}
Client: {{NAME:Pedro Alcántara Núñez}}    DOB {{DATE:3/30/1955}}    Medi-Cal {{HEALTH_PLAN:97720018E}}
Delivery: {{ADDRESS:1733 E 12th St, unit 2}}, {{LOCATION:Oakland}} {{ZIP:94606}} (ring twice, he is hard of hearing)
Phone {{PHONE:510-555-0159}}; alt contact wife {{NAME:Consuelo}} {{PHONE:510-555-0160}}; email {{EMAIL:consuelo.alcantara@yahoo.com}}
Dx: E11.65, N18.4, I10, I50.32. Diet: 2 g Na, 60 g protein, carb controlled, no grapefruit. Spanish labels please.
Screen: Hunger Vital Sign positive; 2 ED visits in 90 d for hyperglycemia.
Program: 10 meals/wk x 12 wks + 2 dietitian visits, vendor {{FACILITY:Eastbay Community Kitchen}}.
Referred by {{NAME:Luz Mariela Ortega}}, CHW, {{FACILITY:Fruitvale Family Clinic}}; PCP Dr. {{NAME:Huang}}.
Start {{DATE:6/10}}.`,
  `chw visit - {{DATE:2/6/25}}
drove out to mr. {{NAME:tallbull}}'s place, {{ADDRESS:mile 14 on BIA Rte 5}} outside {{LOCATION:Lame Deer}} (about 40 min on gravel, 4wd needed). grandson {{NAME:Tyson}} was there, he helps w/ wood.
- {{NAME:Elmer}} ({{NAME:Elmer Tallbull}}, dob {{DATE:4-17-49}}) says sugars "up and down", meter shows 60s-300s. insulin kept in cooler - fridge broke. propane low.
- called tribal LIHEAP for propane, emergency delivery approved {{DATE:2/7}}, case {{ID:NCT-LI-2025-118}}. tribal enrollment # {{ID:NC-04418}} given for app.
- fridge: found a used one thru church ({{FACILITY:Cheyenne Hills Bible Fellowship}}), Pastor {{NAME:Ruth}} bringing it sat.
- appt w/ Dr {{NAME:Spotted Elk}} at {{FACILITY:Rosebud Creek Health Center}} {{DATE:2/12}} 10am - i will drive him.
- phone: grandson's {{PHONE:406-555-0121}} only.
bp 162/90, feet ok, no wounds.
-{{NAME:Delphine}} CHW`,
  `TOC OUTREACH LOG - {{NAME:SZABO, ISTVAN}}   MRN {{MRN:M0133875}}   d/c {{DATE:2/10/2025}} to home (declined SNF)
attempt 1  {{DATE:2/12/2025}} 1030  {{PHONE:(814) 555-0170}} - no answer, VM not set up
attempt 2  {{DATE:2/12/2025}} 1545  same. tried son {{NAME:Laszlo}} {{PHONE:814-555-0198}} - "not in service"
attempt 3  {{DATE:2/13/2025}} 0915  wife {{NAME:Erzsébet}} answered, Hungarian only -> 3-way w/ interpreter (ID {{ID:HU-0917}}).
  - pt "sleeping a lot", eating little. no HH visit yet - called {{FACILITY:Presque Isle Home Care}}, SOC was sched {{DATE:2/12}} but nobody answered door; resched today 1pm.
  - meds: warfarin 5 mg, INR due {{DATE:2/14}} at {{FACILITY:Millcreek Anticoag Clinic}} - no ride. Set up Medicaid? no, pt has MA plan - plan ride benefit booked, trip {{ID:RD-99120}}.
  - escalated to PCP Dr. {{NAME:Kowalczyk}} re: sleepiness, same-day tele visit offered.
Letter w/ clinic #s mailed to {{ADDRESS:3317 Cherry St}}, {{LOCATION:Erie}} PA {{ZIP:16508}}.
{{NAME:A. Varga}}, RN`,
  `SW NOTE - DEATH / FAMILY SUPPORT
Pt {{NAME:Reginald Oakes}}, MRN {{MRN:11870224}}, pronounced {{DATE:11/30/2024 0347}} by Dr. {{NAME:Mendez}} (MICU bed 9).
- Medical examiner notified 0405 (death < 24 h after fall), ME case # {{ID:ME-24-3381}}; ME investigator {{NAME:Paula Greer}} released jurisdiction 0530.
- OPO referral called 0352, referral # {{ID:OPO-241130-0117}}; tissue donation only, wife consented by phone (recorded line).
- Wife {{NAME:Marjorie Oakes}} arrived 0440 w/ son {{NAME:Kevin}} and pastor Rev. {{NAME:Alton Prewitt}} ({{FACILITY:Greater Mt. Zion Baptist Church}}). Chaplain Sr. {{NAME:Anne Feeney}} present.
- Funeral home: {{FACILITY:Wheatley & Sons Funeral Home}} {{PHONE:803-555-0182}}; body release form signed 0615.
- Death certificate to be completed by Dr. {{NAME:Mendez}} via state EDRS.
- Bereavement packet + parking refund given; follow-up letter to {{ADDRESS:45 Harden St}}, {{LOCATION:Columbia}} SC {{ZIP:29205}} in 2 wks.
- Pt's belongings (wallet, phone, wedding ring) given to wife, signed.
{{NAME:Keisha Dunmore}}, LMSW`,
  `[letter received by PFS {{DATE:5/5/25}}, typed as written]

to whom it may concern, my name is {{NAME:brenda k. lutz}}, acct # {{ACCOUNT:7002918441}}, and i am writing because you denied my charity care application on {{DATE:april 22}}. the letter says my husband {{NAME:roy}} makes too much but he got laid off from {{FACILITY:Ohio Valley Stamping}} on {{DATE:march 28}} and has no income now except unemployment ($402/wk). i sent his last check stub but that was before. i am attaching the layoff letter. my bill is $11,806 from my gallbladder surgery {{DATE:2/17/25}}. we live at {{ADDRESS:2245 state route 7}}, {{LOCATION:gallipolis}} oh {{ZIP:45631}}. my phone is {{PHONE:740-555-0107}} or email {{EMAIL:blutz1972@aol.com}}. please reconsider. thank you
brenda lutz

--- PFS note: reprocessed w/ current income (UI), HH 3, 182% FPL -> 75% discount tier. {{DATE:5/9/25}} {{NAME:D.M.}}`,
  `INTERPRETER / ACCESS NOTE - DEAF PATIENT
{{DATE:08/14/2025}}
Pt {{NAME:Benjamin Okafor-Lee}} (MRN {{MRN:44107729}}), Deaf, ASL primary, reads English at ~4th grade level per pt. VRI tried at 0800 - screen froze, poor connection in room 712.
Requested in-person ASL interpreter via {{FACILITY:Silent Voices Interpreting}} ({{PHONE:216-555-0190}}, text {{PHONE:216-555-0191}}), job # {{ID:SVI-25-8814}}. Interpreter {{NAME:Holly Brennan}} arrived 1030 for rounds + d/c teaching; second interpreter {{NAME:Marcus}} (CDI) requested for family mtg {{DATE:8/15}} per pt preference.
Pt's partner {{NAME:Gabriela Ruiz}} is hearing, fluent ASL, but pt declines her interpreting medical info.
Videophone # for pt: {{PHONE:216-555-0144}} (relay). Email preferred for f/u: {{EMAIL:ben.okaforlee@gmail.com}}.
Visual alert for smoke detector at home requested through state deaf services; home addr {{ADDRESS:1876 W 28th St}}, {{LOCATION:Cleveland}} {{ZIP:44113}}.
{{NAME:R. Sandoval}}, MSW`,
];

export const HELDOUT_REALISTIC_117_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout117-${i + 1}`, n));
