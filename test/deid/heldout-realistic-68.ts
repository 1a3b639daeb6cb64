// A sixty-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; towns, cities,
// counties, parishes and townships are real places used only as LOCATION). It leans towards
// outpatient and community care in the US South and Midwest: primary care, OB/GYN, pediatrics,
// school nurse notes, occupational health and workers' compensation, urgent care, home health,
// nursing homes, hospice and correctional health. Names are of many origins (African-American,
// Hmong, Amish/Old Order German, Cajun French, Appalachian, Puerto Rican), with many family members
// and caregivers; employers, schools, churches, nursing homes, jails and clinics are FACILITY and
// written in Title case, ALL CAPS and lower case; county, parish and township names, small towns
// and street addresses come in many styles (rural routes, township roads, hollows, apartments);
// dates in many formats (numeric, written-out and abbreviated months, weekdays, times attached);
// ages over 89; phone and fax numbers in many formats; MRNs, claim, policy, member, case, booking
// and employee numbers, driver's licences and plates. Look-alike non-PHI throughout: eponyms
// (Tinel, Phalen, Apgar, Braden, Kanavel, Ortolani), drug names and doses, lot numbers and their
// expiry dates, CPT/ICD codes, scores, lab values, rooms, beds and cells, years alone, clock times,
// ages of 89 and under, states and countries, payers and state agencies. Shapes: progress notes,
// ALL CAPS nursing-home and jail notes, lower-case nursing and school shorthand, MIMIC-style
// [** **] placeholders, letters, fax covers, telephone and portal messages, lab, imaging and
// pathology reports, occupational and workers' compensation forms, hospice and home-health visits.
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
// Added for this set: a county, parish or township name is LOCATION with its word "County",
// "Parish" or "Township" inside the span ([Holmes County], [St. Landry Parish]); a township road,
// county road, rural route or box number with its house number is ADDRESS; Puerto Rico is treated
// like a state (not PHI) while its towns are LOCATION; a time joined to a full date by "at" or "@"
// is part of the DATE span ([3/4/21 @ 1400]); a month and day without a year (3/14, March 14th)
// and a month with a year (6/2023) are DATE; an age over 89 is AGE wherever and however written
// ([93] yo, [ninety-one]); a workers' compensation claim number is ACCOUNT, the carrier is a payer
// (not PHI) and its adjuster is NAME; inmate, booking, sheriff's office and DOC numbers are ID, and
// a jail commissary account is ACCOUNT; a phone extension written after its number is inside the
// PHONE span; a nickname in quotes inside a full name stays inside the one NAME span, while a
// nickname standing alone is its own NAME span; Pastor, Deacon, Sister, Brother, Mamaw and Papaw
// are titles and stay outside NAME spans, as do Rev., Father, Coach, Miss and Doña, and "baby boy"
// before a surname; a nickname in parentheses inside a full name ([Rebecca (Becky) Schlabach]) stays
// inside the span; a 1-800 public hotline and a public poison centre are not PHI; prescription (Rx),
// drug-test CCF, interpreter, transport-request and poison-centre case numbers are ID; the edition
// date of a vaccine information statement and a month written alone ("in Dec") are not PHI; a pet's
// name is not PHI; a telehealth session link is URL and the telehealth vendor is FACILITY; a
// resettlement-assigned birth date (01/01/1930) is a DATE like any other; the MIMIC placeholder
// [**Age over 90 **] is AGE over its words, without the trailing space.
// First run (token recall / precision, before anyone read the misses): pass-15 final engine
// (0cc1bf1) 0.9688 / 0.9569 (after one title, "Ms.", was moved out of a NAME span as the guideline asks,
// which the set's check found). Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `FAMILY PRACTICE PROGRESS NOTE
{{FACILITY:Troublesome Creek Family Medicine}}, {{ADDRESS:1187 Hwy 160 N}}, {{LOCATION:Hindman}}, KY {{ZIP:41822}}
Pt: {{NAME:CAUDILL, RANSOM E}}   DOB: {{DATE:04/19/1951}}   MRN: {{MRN:TCF-004471}}
DOS: {{DATE:10/02/2023 09:40}}   Provider: {{NAME:Dalton Sizemore}}, APRN
Ins: Humana Gold Plus, member ID {{HEALTH_PLAN:H58219937}}

CC: f/u COPD, sugar, "achin in my legs"
HPI: 72 yo retired underground miner ({{FACILITY:Big Laurel Coal Co.}}, 1974-1998), here with dtr {{NAME:Loretta Combs}} who drives him in from {{LOCATION:Knott County}}. Trelegy 1 puff daily, albuterol 2-3x/day. A1c 8.1 today (7.6 in {{DATE:6/2023}}). Gets winded walking to the mailbox. Claudication at ~1 block, relieved w/ rest. Still smokes 1/2 ppd (down from 2).
Exam: BP 148/86, P 88, SpO2 91% RA. Diminished BS bilat, no wheeze. DP pulses faint bilat. No ulcers. Monofilament intact.
A/P:
1. COPD GOLD 3 - cont Trelegy; PFTs at {{FACILITY:Carr Fork Regional Hospital}}.
2. DM2 - start Jardiance 10 mg daily. Recheck A1c 3 mo.
3. PAD - ABI ordered; vascular referral to Dr. {{NAME:Minh Pham}}, fax {{FAX:(606) 555-0187}}.
4. Tobacco - Chantix offered, declined. Quit line 1-800-QUIT-NOW given.
5. Black lung f/u per Dr. {{NAME:Hensley}} at {{FACILITY:Mountain Comprehensive Lung Clinic}}.
Dtr cell {{PHONE:606-555-0134}}. RTC 3 mo.
{{NAME:DS}}/{{NAME:kb}}`,
  `OB PRENATAL VISIT - {{FACILITY:Marathon Valley Women's Health}}
Patient: {{NAME:Mai Yer Thao}} (prefers "{{NAME:Maiyer}}")   DOB {{DATE:Feb 8, 1998}}   Acct# {{ACCOUNT:7730215-02}}
Visit: {{DATE:Tue 11/14/23}}   G4P3003 at 28w2d by 8 wk US. EDD {{DATE:02/11/2024}}.
Interpreter: Hmong, in person, {{NAME:Tou Lee Xiong}} (interpreter ID {{ID:INT-2291}}).
Husband {{NAME:Chue Vang}} present. Pt works 2nd shift at {{FACILITY:Northwoods Paper Converting}} in {{LOCATION:Rothschild}}.
S: +FM, no LOF/VB. Occasional tightening, <4/hr. Mother-in-law {{NAME:Youa Her}} plans to stay 30 days after birth for the traditional confinement (boiled chicken with herbs, no cold water) - pt asks if OK with breastfeeding; reassured.
O: BP 112/68, wt 148 lb (+2), FH 28 cm, FHT 142. Urine neg/neg.
Labs: 1-hr GTT 151 (abn). Hgb 10.6. Blood type O neg, antibody screen neg.
A/P: 28 wk IUP, failed 1-hr GTT, Rh neg, mild anemia.
- RhoGAM 300 mcg IM today, lot 4471K, exp 03/2025.
- Tdap given L deltoid.
- 3-hr GTT {{DATE:11/21/23 0730}} fasting at {{FACILITY:Riverside Lab - Weston}}.
- FeSO4 325 mg daily w/ vit C.
RTC 2 wks. Pt phone {{PHONE:715.555.0198}} (husband's, text OK in Hmong). Address updated: {{ADDRESS:4410 N 6th Ave, Apt 3}}, {{LOCATION:Wausau}} WI {{ZIP:54401}}. BadgerCare ID {{HEALTH_PLAN:5502918834}}.
-- {{NAME:K. Lindqvist}}, CNM`,
  `WELL CHILD - 12 MONTH
{{FACILITY:Walnut Creek Pediatrics & Family}} / {{LOCATION:Holmes County}}, Ohio
Child: {{NAME:Levi J. Hochstetler}}   DOB: {{DATE:9-30-2022}}   Chart {{MRN:0091-337}}
Seen: {{DATE:October 3, 2023}}   Accompanied by mother {{NAME:Fannie}} and grandmother {{NAME:Lizzie Mast}}.
Family is Old Order Amish, self-pay (hospital aid fund thru {{FACILITY:Flat Ridge Amish Church District}}). No home phone; msgs via English neighbor Mrs. {{NAME:Raber}} {{PHONE:330-555-0126}} or the phone shanty at the end of the lane.
Home: {{ADDRESS:7821 Township Road 606}}, {{LOCATION:Millersburg}} {{ZIP:44654}}.
Dev: cruising, 3 words ("Mam," "Dat," "nee"), pincer grasp, waves bye. Speaks Pennsylvania Dutch at home - expected.
Diet: table food, whole milk from family cow (raw - counseled re: Listeria/E. coli).
Exam: wt 9.4 kg (40%), length 75 cm (55%), HC 46 cm. Red reflex +/+. Hips stable, Ortolani/Barlow neg. 2 teeth. Normal male genitalia, testes down.
Labs: Hgb 11.4, lead 2 mcg/dL.
Immunizations: previously declined all. After discussion of the 2019 measles cases in Ohio, parents agree to MMR + Varicella today. Hep A and PCV deferred per parents.
FHx: cousin {{NAME:Menno Troyer}} w/ maple syrup urine disease; newborn screen for {{NAME:Levi}} was normal.
RTC 15 mo or sooner.
{{NAME:Rachel Weaver-Kline}}, MD`,
  `school nurse note - {{FACILITY:tchula attendance center}} health office
student: {{NAME:jaylen m. whitaker}}   gr 4 / rm 112 / teacher ms. {{NAME:odom}}
dob {{DATE:3/2/2014}}   student id {{ID:2014-03877}}
date {{DATE:1/18/24 10:05am}}
c/o wheezing + chest tight after recess, outside temp 38F. hx asthma, action plan on file signed by dr. {{NAME:fortenberry}} ({{FACILITY:delta family clinic}}).
o2 sat 93%, rr 28, exp wheeze bilat. peak flow 140 (personal best 220) = yellow zone.
gave albuterol hfa 4 puffs w/ spacer from student's own supply in office (lot 3GK07, exp 08/2025).
recheck 20 min: sat 97%, pf 190, wheeze improved, speaking full sentences.
called mom {{NAME:latoya whitaker}} at work ({{FACILITY:delta catfish processors}}) {{PHONE:(662) 555-0171}}, no answer, left vm.
called grandma {{NAME:earline mabry}} (emerg contact) {{PHONE:662 555 0148}} - she will pick up at 11:15.
student rested in health room, no further distress. released to grandma 11:20, id checked (ms dl {{LICENSE:801447725}}).
mom called back 11:45 from {{PHONE:662-555-0171}}, aware, will f/u w/ pcp this wk. only 2 doses left on school inhaler, refill form faxed to {{FACILITY:delta family clinic}} fax {{FAX:662.555.0190}}.
- {{NAME:b. tillman}}, rn, school nurse`,
  `OCCUPATIONAL MEDICINE - INITIAL INJURY VISIT
{{FACILITY:Ozark WorkCare Clinic}}, {{ADDRESS:2250 S. Thompson St., Ste. 4}}, {{LOCATION:Springdale}}, AR {{ZIP:72764}}
Employee: {{NAME:Nereida Velázquez Ortiz}}   DOB {{DATE:07/07/1986}}   Emp# {{ID:E-448120}}
Employer: {{FACILITY:RIVER VALLEY POULTRY - PLANT 3}}   Supervisor: {{NAME:Travis Goins}} {{PHONE:479-555-0113 x204}}
DOI: {{DATE:08/29/2023 0630}}   DOS: {{DATE:08/30/2023}}
WC carrier: Arkansas Employers Mutual   Claim # {{ACCOUNT:WC-23-118745}}   Adjuster {{NAME:Kimberly Yates}} {{PHONE:(501) 555-0162}}
Mechanism: deboning line, repetitive knife work x 9 yrs; R wrist pain and numbness worse over 3 wks, dropped knife on line yesterday. Spanish interpreter by phone, #{{ID:31877}}. Pt is from {{LOCATION:Aguadilla}}, Puerto Rico, moved to AR 2014.
Exam: + Tinel's and Phalen's R, thenar strength 4/5, 2-pt discrimination 8 mm digits 1-3. Finkelstein neg. L hand normal.
Dx: R carpal tunnel syndrome, work-related (G56.01).
Plan: cock-up wrist splint, naproxen 500 mg BID w/ food, NCS/EMG with Dr. {{NAME:Obi Nwachukwu}} at {{FACILITY:Northwest Arkansas Neurology Associates}}.
Work status: modified duty - no knife, L hand only, 10 lb limit, until {{DATE:9/13/23}}.
Recheck {{DATE:Wed 9/6}}. Copy to HR {{NAME:Dana Whitlock}}, fax {{FAX:479 555 0114}}.
{{NAME:S. Ramachandran}}, DO`,
  `URGENT CARE - {{FACILITY:Bayou Teche Urgent Care}} ({{LOCATION:Breaux Bridge}}, LA)
Name: {{NAME:Clovis J. Thibodeaux}}   Age: 67   DOB: {{DATE:12/05/1955}}
Arrived {{DATE:Sat 4/6/2024 1522}}   Room 3
CC: "fish fin stuck me" - L palm puncture from a catfish spine running trotlines at his camp near {{LOCATION:Henderson}} yesterday evening. Wife {{NAME:Noelie}} says the hand "swole up overnight."
PMH: DM2 (metformin 1000 BID), HTN. Last Td 2016.
Exam: T 100.4, 2 mm puncture thenar eminence, erythema 4 cm, warm, no streaking. Full ROM, Kanavel signs neg.
XR L hand: no retained FB, no gas (read by Dr. {{NAME:Arceneaux}}).
Dx: puncture wound w/ early cellulitis, freshwater exposure.
Tx: irrigated, Tdap (lot U7752AA), doxycycline 100 mg BID + cephalexin 500 mg QID x 10 d (Vibrio/Aeromonas). Border marked.
Rx to {{FACILITY:Guilbeau Drugs}} {{PHONE:337-555-0129}}.
Return if red streaks, fever >101, can't bend fingers. F/u PCP Dr. {{NAME:Alcee Fontenot}}, {{FACILITY:Cecilia Family Clinic}}, in 48 h.
Son-in-law {{NAME:Tee-Claude Guidry}} drove him; BCBS LA member {{HEALTH_PLAN:XUL802334119}}.
Pt speaks Cajun French w/ wife, English fine for visit.
{{NAME:M. Hebert}}, PA-C`,
  `HOME HEALTH - START OF CARE (SN)
Agency: {{FACILITY:Heartland Home Health of Southern Indiana}}, Branch 02
Patient: {{NAME:Pennington, Dorothy "Dot"}}   DOB {{DATE:1/22/1934}}   Age {{AGE:90}}
SOC: {{DATE:05/13/2024}}   Cert period {{DATE:05/13/2024}} to {{DATE:07/11/2024}}
Address: {{ADDRESS:RR 2 Box 114}}, {{LOCATION:Paoli}}, IN {{ZIP:47454}} ({{LOCATION:Orange County}}) - gravel lane past {{FACILITY:Mt. Zion Baptist Church}}, 2nd trailer on left.
Medicare MBI {{HEALTH_PLAN:4TE7-QX2-MK81}}
Referring MD: {{NAME:Harlan Brewer}}, MD, NPI {{LICENSE:1629384756}}. D/c'd from {{FACILITY:Southern Hills Regional Medical Center}} {{DATE:5/11/24}}.
Primary caregiver: grandson {{NAME:Cody Pennington}}, lives w/ pt, works nights at {{FACILITY:Patoka Hardwood Flooring}}, cell {{PHONE:812/555-0152}}.
Dx: acute on chronic diastolic CHF (I50.33); s/p R hip ORIF 2019.
VS: BP 132/70, HR 74 irreg, wt 161.2 (d/c wt 160). 2+ pitting edema to mid-shin.
Meds reconciled - 11 meds incl furosemide 40 mg BID, apixaban 5 mg BID. Pill organizer filled w/ pt.
Braden 17, Morse 65 (high fall risk). Throw rugs removed. Wood stove; no smoke detector - referred to county program.
Plan: SN 2w4, 1w4; PT eval. Daily weights, call if gain >3 lb in 2 days. Agency on-call {{PHONE:1-812-555-0100}}.
{{NAME:Amber Lindsey}}, RN`,
  `NURSING FACILITY PHYSICIAN PROGRESS NOTE
{{FACILITY:MAGNOLIA GARDENS NURSING & REHABILITATION}} - STATION 2, RM 214-B
RESIDENT: {{NAME:JEFFERSON, CORNELIUS T.}}   AGE {{AGE:94}}   DOB {{DATE:08/16/1929}}
MR# {{MRN:MG-20931}}   MEDICAID # {{HEALTH_PLAN:061447298}}   DOS {{DATE:02-FEB-2024}}
SEEN FOR 60-DAY REGULATORY VISIT AND NURSING CONCERN OF DECREASED PO INTAKE.
PER CNA {{NAME:SHANICE}} RESIDENT EATING 25-50% OF MEALS X 2 WKS. WT 131 LB, DOWN FROM 139 ON {{DATE:12/01/2023}}. NIECE {{NAME:GLORIA TOLBERT}} (POA) SAYS HE "MISSES HIS CHURCH FOOD" - HE WAS A DEACON AT {{FACILITY:GREATER NEW HOPE MISSIONARY BAPTIST CHURCH}} IN {{LOCATION:YAZOO CITY}} FOR 40 YRS.
PMH: ALZHEIMER DEMENTIA (BIMS 6), CKD 3B, HTN, BPH, L BKA 2011.
EXAM: THIN, PLEASANT, ORIENTED TO SELF. NO THRUSH. DENTURES LOOSE. ABD SOFT. STUMP INTACT. SACRUM STAGE 1.
LABS {{DATE:1/30/24}}: ALB 3.0, BUN 38, CR 1.9, NA 146.
A/P: 1. WT LOSS - DIETARY CONSULT, MIGHTY SHAKES TID, DENTAL REFERRAL TO {{FACILITY:DELTA MOBILE DENTAL}}, FAMILY MAY BRING FOOD. 2. HYPERNATREMIA - FLUIDS, BMP 1 WK. 3. SKIN - TURN Q2H, HEEL BOOTS. 4. CODE STATUS DNR, POST FORM ON CHART. DISCUSSED W/ NIECE BY PHONE {{PHONE:601-555-0177}}.
{{NAME:R. OKAFOR}}, MD / DICTATED {{DATE:02/02/24 1640}} / TRANSCR {{NAME:LMW}}`,
  `Hospice Admission Nursing Assessment
{{FACILITY:Cumberland Gap Hospice & Palliative Care}}
Patient: {{NAME:Delphia Mae Hensley}}   {{AGE:96}} y/o F   DOB {{DATE:March 3rd, 1928}}
Admit: {{DATE:Thursday, January 11, 2024}}   Level of care: Routine Home
Terminal dx: senile degeneration of brain (G31.1), FAST 7c, PPS 30%.
Location of care: home of dtr {{NAME:Wanda Couch}}, {{ADDRESS:417 Possum Trot Hollow Rd}}, {{LOCATION:Middlesboro}}, KY {{ZIP:40965}} (first house past {{FACILITY:Yellow Creek Free Will Baptist Church}}).
Attending: Dr. {{NAME:Ottis Begley}} (PCP x 30 yrs). Hospice MD: Dr. {{NAME:Sunita Rao}}.
Medicare MBI {{HEALTH_PLAN:7QK2-WR9-HT53}}. Election signed by dtr as HCS.
Family: dtr {{NAME:Wanda}} primary cg; son {{NAME:Virgil Hensley}} in {{LOCATION:Dayton}}, OH {{PHONE:(937) 555-0145}}; granddtr {{NAME:Brandi}} helps nights.
Assessment: bedbound, nonverbal, contracted BLE. Takes 2-3 bites puree + sips thickened liquid. Unstageable sacral wound 3 x 2.5 cm. Grimaces w/ turning (PAINAD 5).
Plan: morphine conc 5 mg SL q2h prn, lorazepam 0.5 mg q4h prn. Hosp bed + alternating pressure mattress from {{FACILITY:Tri-State Medical Supply}} delivered today. Chaplain: family attends {{FACILITY:Yellow Creek}}, Pastor {{NAME:Hobart Stidham}}.
Funeral home: {{FACILITY:Creech & Sons Funeral Home}} {{PHONE:606.555.0119}}.
{{NAME:Tiffany Partin}}, RN case mgr, pager {{PHONE:4471}}`,
  `TRI-COUNTY REGIONAL DETENTION CENTER - MEDICAL UNIT
Inmate: {{NAME:MULLINS, BOBBY RAY}}   Booking # {{ID:24-001877}}   SO# {{ID:88120}}
DOB {{DATE:11/30/1979}}   Housing: C-pod, cell 14, bunk B
Sick call slip rec'd {{DATE:3/19/24}}; seen {{DATE:3/20/24 0815}} by {{NAME:J. Whitt}}, LPN / reviewed {{NAME:M. Adkins}}, APRN
S: "My sugar's been runnin high and my feet burn." Insulin-dependent DM since age 30. On intake reported NPH 30u AM / 20u PM from {{FACILITY:Big Sandy Health Care}}; verification pending.
O: FSBS 312 at 0800. BP 150/94. Feet: dry cracked heels, no open wounds, monofilament decreased bilat.
A: DM2 uncontrolled; peripheral neuropathy.
P: NPH per protocol + correction scale; diabetic HS snack bag; gabapentin non-formulary, duloxetine 30 mg requested. ROI signed for records from {{FACILITY:Big Sandy Health Care}}, fax {{FAX:606-555-0193}}. Pt says his mother {{NAME:Pearlie Mullins}} has his glucometer and will drop it at the front desk.
Court date {{DATE:4/2/24}}, case # {{ID:24-CR-00311}}, {{LOCATION:Floyd County}} District Court - transport to be notified if A1c/insulin plan changes.
$3 copay charged to commissary acct {{ACCOUNT:CA-0098812}}.`,
  `TELEPHONE ENCOUNTER
{{FACILITY:Pediatría Buen Pastor}} - {{LOCATION:Kissimmee}}
Call rec'd {{DATE:07/22/2023 @ 19:48}} (after-hours line), taken by {{NAME:Yesenia Cruz}}, RN
Caller: {{NAME:Migdalia Rivera Colón}} (mother), cb {{PHONE:+1 (407) 555-0161}}, Spanish
Pt: {{NAME:Jomar Rivera}}, 3 yo, DOB {{DATE:5/15/2020}}, MRN {{MRN:PBP0044812}}
Reason: fever 103.1 axillary since this AM, "no quiere comer," 2 wet diapers today. Brother {{NAME:Eliezer}} had strep last wk (seen here {{DATE:7/17}}).
Triage (fever protocol): no stiff neck, no purple rash, breathing normal, awake and playing after acetaminophen 7.5 mL (160/5) at 1800.
Disposition: see within 24 h. Appt tomorrow, {{DATE:Sun 7/23}}, 9:15 AM with Dr. {{NAME:Acevedo}} at weekend clinic, {{ADDRESS:1510 N. Main St, Suite 102}}.
Advised: push fluids (Pedialyte, paletas OK), ibuprofen 150 mg (7.5 mL of 100/5) q6h prn; go to {{FACILITY:Osceola Children's ER}} if lethargic, no wet diaper in 8 h, or trouble breathing. Mother read back plan in Spanish.
Mom asks if family can still fly {{DATE:8/3}} to see abuela {{NAME:Carmen Iris Figueroa}} in {{LOCATION:Caguas}}, Puerto Rico - will discuss at visit. Dad {{NAME:Wilfredo Rivera}} works nights at {{FACILITY:Osceola Parkway Hotel}}, can bring pt.
Medicaid (Sunshine Health) ID {{HEALTH_PLAN:8841602297}}.`,
  `*** FACSIMILE ***   CONFIDENTIAL HEALTH INFORMATION
TO: {{FACILITY:Harlan Family Health Center}} - Medical Records / HIM
FAX: {{FAX:606 555 0122}}     PHONE: {{PHONE:606 555 0120}}
FROM: {{FACILITY:Stacy, Pruitt & Hall PLLC}}, attorneys at law
ATTN: {{NAME:Joelle Pruitt}}, paralegal   {{EMAIL:jpruitt@stacypruitthall-law.com}}
DATE: {{DATE:Nov. 9, 2023}}     PAGES: 4 incl. cover

RE: {{NAME:Elmer R. Slone}}   DOB {{DATE:02/27/1962}}   SSN {{SSN:407-55-8127}}
Ky. Dept. of Workers' Claims No. {{ACCOUNT:2023-71844}}   DOI {{DATE:3/14/2022}}
Employer: {{FACILITY:Harlan Cumberland Coal LLC}}

REQUEST: complete records {{DATE:01/01/2020}} to present, incl. imaging on CD, office notes of Dr. {{NAME:Farah Qureshi}}, and PT notes from {{FACILITY:Cumberland River Physical Therapy}}. HIPAA-compliant authorization signed by Mr. {{NAME:Slone}} on {{DATE:11/2/23}} is attached (2 pp). Fee up to $6.50 per KRS 422.317 will be paid on invoice.
Please mail CD to {{ADDRESS:212 Central St., 2nd Floor}}, {{LOCATION:Harlan}}, KY {{ZIP:40831}}.
Hearing before the ALJ is set {{DATE:January 18th, 2024}}.

The documents accompanying this fax contain confidential information. If you received this in error, call {{PHONE:(606) 555-0188}} and destroy all copies. Reply fax {{FAX:(606) 555-0189}}.`,
  `{{FACILITY:Midsouth Orthopaedic & Spine}}
{{ADDRESS:6028 Walnut Grove Rd, Bldg B}} | {{LOCATION:Memphis}}, TN {{ZIP:38120}} | ph {{PHONE:901.555.0140}} | fx {{FAX:901.555.0141}}

{{DATE:January 29, 2024}}

{{NAME:Rhonda Pickens}}, Sr. Claims Adjuster
Tennessee Risk Partners
RE: Employee {{NAME:Demetrius L. Hardaway}}   Claim {{ACCOUNT:TRP-0422-87716}}   DOI {{DATE:04/22/2023}}
Employer: {{FACILITY:Mid-South Distribution Services, Warehouse 7}}

Dear Ms. {{NAME:Pickens}}:
Mr. {{NAME:Hardaway}} was last seen {{DATE:1/25/24}}. He is now 7 months post L4-5 microdiscectomy (done {{DATE:6/12/2023}} at {{FACILITY:Germantown Surgery Center}}). He reports residual L buttock pain 3/10, no radicular symptoms. SLR negative bilaterally, Waddell signs 0/5, EHL 5/5.
In my opinion he reached maximum medical improvement on {{DATE:01/25/2024}}. Using the AMA Guides, 6th ed., Table 17-4, he is assigned 10% whole-person impairment. Permanent restrictions: no lifting over 35 lb, no repetitive bending; may return to forklift operation. Future medical: NSAIDs prn and 4 PT visits.
Please call my nurse {{NAME:Tonya}} at ext. {{PHONE:2231}} with questions.
Sincerely,
{{NAME:Marcus A. Bledsoe}}, MD   TN License {{LICENSE:MD-48812}}
cc: {{NAME:Kevin Toler}}, Esq.; patient
{{NAME:MAB}}/{{NAME:tjw}}`,
  `Admission Date: [**{{DATE:2148-6-2}}**]     Discharge Date: [**{{DATE:2148-6-7}}**]
Date of Birth: [**{{DATE:2057-1-20}}**]     Sex: F
Service: MEDICINE
Attending: [**{{NAME:First Name4 (NamePattern1) 1190}}**] [**{{NAME:Last Name (NamePattern1) 4422}}**], M.D.
HISTORY OF PRESENT ILLNESS: Pt is a [**{{AGE:Age over 90}} **] year old Hmong-speaking woman w/ h/o DM2, prior L MCA CVA, who presented from [**{{FACILITY:Hospital 3871}}**] nursing home with fever and hypoxia. Son [**{{NAME:Name (NI) 4420}}**] reports decreased PO x 3 days. Hmong interpreter used for all discussions.
HOSPITAL COURSE:
1. Aspiration PNA: CXR RLL infiltrate. Amp-sulbactam, then Augmentin to complete 7 d. Speech eval: nectar-thick liquids, ground solids.
2. ARF: Cr 1.8 (baseline 1.1), improved with IVF to 1.2 on [**{{DATE:6-6}}**].
3. Goals of care: family meeting [**{{DATE:2148-6-5}}**] with son and daughter [**{{NAME:Name (NI) 4421}}**]; per family request a shaman performed a string-tying ritual (khi tes) at bedside. Code status changed to DNR/DNI.
DISCHARGE MEDICATIONS: Augmentin 875 mg PO BID x 2 days, aspirin 81 mg daily, Lantus 10 units qHS, metoprolol tartrate 12.5 mg BID.
Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital3 1102}}**] - [**{{LOCATION:Location (un) 620}}**]
Followup Instructions: Dr. [**{{NAME:Last Name (STitle) 2140}}**] in 1-2 weeks, [**{{PHONE:Telephone/Fax (1) 3329}}**].
[**{{NAME:First Name11 (Name Pattern1) 448}}**] [**{{NAME:Last Name (NamePattern4) 449}}**] MD
Completed by: [**{{DATE:2148-6-7}}**]`,
  `{{FACILITY:MIDWEST REGIONAL REFERENCE LABORATORY}}    CLIA 26D0987123
{{ADDRESS:900 Commerce Pkwy}}, {{LOCATION:Jefferson City}}, MO {{ZIP:65109}}    Client Services {{PHONE:(573) 555-0108}}
PATIENT: {{NAME:YODER, ELI M}}    SEX: M    AGE: 58    DOB: {{DATE:06/04/1965}}
ACCESSION: {{ID:MR24-0311-00877}}    PT ID: {{MRN:JML-11803}}
ORDERING: {{NAME:HOCHSTEDLER, AMOS}}, NP    CLIENT: {{FACILITY:JAMESPORT COMMUNITY CLINIC}}
COLLECTED: {{DATE:03/11/2024 08:12}}   RECEIVED: {{DATE:03/11/2024 16:40}}   REPORTED: {{DATE:03/12/2024 07:03}}

TEST                    RESULT     FLAG   REF RANGE
Hemoglobin A1c          6.9        H      4.0-5.6 %
Glucose, fasting        142        H      70-99 mg/dL
Cholesterol, total      231        H      <200 mg/dL
LDL (calc)              151        H      <100 mg/dL
Creatinine              1.02              0.76-1.27 mg/dL
ALT                     61         H      0-44 IU/L
Brucella Ab, total      NEGATIVE          NEGATIVE
PSA, total              1.2               0-4.0 ng/mL

COMMENT: Specimen drawn by {{NAME:C. Raber}}, MA. Elevated A1c called to {{NAME:Amos Hochstedler}}, NP on {{DATE:3/12/24 0745}}, read back verified by {{NAME:DLM}}.
Performed at main lab; Brucella sent to {{FACILITY:Ozark Microbiology Services}}, {{LOCATION:Springfield}}, MO.
Medical Director: {{NAME:Harold Fenske}}, MD, PhD`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Foothills Pathology Associates}}, {{LOCATION:Hickory}}, NC
Patient: {{NAME:Vue, Blia}}    DOB: {{DATE:1989-09-12}}    MRN: {{MRN:00-7741-226}}
Case #: {{ID:SP24-004471}}    Collected: {{DATE:2024-04-02}}    Received: {{DATE:2024-04-03}}
Submitting: {{NAME:Laura Greer-Hollis}}, MD, {{FACILITY:Catawba Valley Women's Health}}
CLINICAL HISTORY: 34 yo G5P5, Pap {{DATE:2/2024}} HSIL, HPV 16 positive. Colposcopy.
SPECIMENS: A. Cervix, 6 o'clock biopsy. B. Endocervical curettage.
GROSS: A. Received in formalin labeled "{{NAME:Vue, Blia}} - cervix 6:00" are 2 tan fragments, 0.3 x 0.2 cm, entirely submitted in A1. B. Received in formalin labeled with pt name and "ECC" is scant mucoid tissue on Telfa, entirely submitted in B1.
FINAL DIAGNOSIS:
A. Cervix, 6:00, biopsy: HIGH-GRADE SQUAMOUS INTRAEPITHELIAL LESION (CIN 3). p16 block-positive.
B. Endocervix, curettage: detached fragments of HSIL.
COMMENT: Results called to Dr. {{NAME:Greer-Hollis}} on {{DATE:4/5/2024 at 11:20}} by {{NAME:TJE}}. LEEP recommended.
Pathologist: {{NAME:Thomas J. Ellery}}, MD (e-signed {{DATE:04/05/2024 11:02}})`,
  `{{FACILITY:HEARTLAND IMAGING - CAPE GIRARDEAU}}
EXAM: MRI RIGHT KNEE W/O CONTRAST   CPT 73721
PATIENT: {{NAME:HOBBS, CURTIS LEE}}   MRN: {{MRN:HIC-200418}}   DOB: {{DATE:10/10/1973}}
EXAM DATE: {{DATE:12/04/2023 1410}}   ACC#: {{ID:A99120044}}
REFERRING: {{NAME:PAMELA KEYS}}, FNP, {{FACILITY:SEMO OCCUPATIONAL HEALTH}}
WC CLAIM {{ACCOUNT:MO-WC-23-551902}} / EMPLOYER {{FACILITY:MISSISSIPPI RIVER BARGE & FLEETING}}
HISTORY: 50 yo deckhand twisted R knee stepping between barges {{DATE:11/17/23}}. Locking, medial joint line pain. McMurray positive.
TECHNIQUE: Multiplanar multisequence MRI on 1.5T GE Signa HDxt (unit 2). No contrast.
FINDINGS: Complex tear of the posterior horn medial meniscus extending to the inferior articular surface with a 6 mm displaced flap into the medial gutter. ACL and PCL intact. MCL grade 1 sprain. Lateral meniscus intact. Moderate joint effusion. Small Baker's cyst. Grade 2 chondral fissuring of the medial femoral condyle. Patellofemoral compartment preserved.
IMPRESSION:
1. Displaced flap tear, medial meniscus posterior horn.
2. Grade 1 MCL sprain.
3. Small Baker cyst, moderate effusion.
Dictated by: {{NAME:Raj Venkataraman}}, MD   {{DATE:12/04/2023 16:55}}   Transcribed: {{NAME:ck}}`,
  `Patient portal message - {{FACILITY:Prairie Lakes Health - Marshall Clinic}}
From: {{NAME:Kou Her}} (proxy for mother {{NAME:Nou Lor Her}}, MRN {{MRN:PLH8827145}})
Sent: {{DATE:Mon, Aug 12, 2024 6:02 AM}}
Subject: mom BP med
"Hi Dr {{NAME:Sandvik}}, my mom {{NAME:Nou}} has been dizzy since the new amlodipine 10mg. She check at home 98/60 this morning and 102/64 last night. she is {{AGE:91}} now and walks with the cane, I am scared she fall. Should she stop it? Also she need refill on eye drop (latanoprost) to {{FACILITY:Marshall Main Street Pharmacy}}. She can come Thursday, I am off from {{FACILITY:Prairie Turkey Processing}} that day. My number changed: {{PHONE:507-555-0133}}. thank you, {{NAME:Kou}}"

Reply from: {{NAME:Erik Sandvik}}, MD    Sent: {{DATE:8/12/2024 12:41 PM}}
"Hi {{NAME:Kou}}, thank you for checking her pressures. Please have your mother stop the amlodipine 10 mg today. Starting tomorrow she can take half a tablet (5 mg) only if her top number is over 150. Keep the log. My nurse {{NAME:Hailey}} will call you to set a BP check {{DATE:Thursday 8/15}} in the afternoon, and I've asked for a Hmong interpreter. Latanoprost was sent. If she faints or has chest pain call 911. - Dr. {{NAME:Sandvik}}"`,
  `PHARMACIST MEDICATION RECONCILIATION
{{FACILITY:Delta Health Cooperative Pharmacy}}, {{LOCATION:Greenville}}, MS
Pt: {{NAME:Earnestine Bolden}}   DOB {{DATE:9/9/1946}}   Phone {{PHONE:(662) 555-0103}}
Brown-bag review w/ pt and niece {{NAME:Tamika Bolden}}, {{DATE:June 4th, 2024}}.
Prescribers: Dr. {{NAME:Okafor}} (PCP); Dr. {{NAME:Vishal Mehta}} (cardiology, {{FACILITY:Delta Heart Institute}}); {{NAME:J. Pruett}}, NP (nephrology).
Findings:
1. Duplicate beta-blocker: metoprolol tartrate 25 mg BID (Rx {{ID:6620417}}, filled {{DATE:5/2/24}}) AND metoprolol succinate 50 mg daily (Rx {{ID:6631102}}, filled {{DATE:5/20/24}}) - pt taking both. HR 52 today. Called Dr. {{NAME:Mehta}}'s office {{PHONE:662-555-0155}}; tartrate d/c'd.
2. Glipizide 10 mg BID with eGFR 28; BG 48 on {{DATE:5/28}}. Recommend linagliptin 5 mg instead - faxed to PCP.
3. OTC: Goody's powder 3-4 a day for "arthritis" - counseled on NSAIDs and CKD; acetaminophen 650 mg TID instead.
4. Expired nitroglycerin SL (exp 11/2022) discarded, new Rx requested.
Part D: Humana, ID {{HEALTH_PLAN:H97412256-01}}. Extra Help likely - application given.
F/u call to niece {{PHONE:(662) 555-0104}} in 1 wk.
{{NAME:Andre Coleman}}, PharmD, CDCES`,
  `MSW HOME VISIT - {{FACILITY:Hoosier Valley Home Care}}
Client: {{NAME:Hershberger, Mose}}   {{AGE:92}} yo M   DOB {{DATE:11.02.1931}}
Visit {{DATE:4/16/24}} in home, {{ADDRESS:3380 N 1000 W}}, {{LOCATION:Shipshewana}}, IN ({{LOCATION:LaGrange County}}).
Present: pt; dtr-in-law {{NAME:Katie Hershberger}}; son {{NAME:Menno}}; bishop {{NAME:Ammon Beiler}} of the {{FACILITY:Emma South Church District}}.
Pt is Old Order Amish, widowed, lives in the dawdy haus behind the son's farm. Falls x 3 since {{DATE:2/10/24}}, one w/ scalp lac. Hard of hearing; speaks Pennsylvania Dutch, English adequate.
Family wishes to keep caring for him at home per community custom and declines the nursing home ({{FACILITY:LaGrange Countryside Care Center}}) suggested by the hospital.
Finances: no insurance; church aid fund pays bills. Hospital bill acct {{ACCOUNT:HB-7712045}}, $14,880 - charity care application completed today.
Plan:
- Walker, bath bench, bedside commode from {{FACILITY:Topeka Mennonite Relief Closet}}.
- Grab bars: son will install this wk.
- Neighbor driver {{NAME:Dale Eash}} ({{PHONE:260-555-0181}}) takes pt to appts, $0.60/mi.
- Medical alert: no electricity; family will hang a bell by bed.
- Revisit in 30 days.
{{NAME:Jessica Nisley}}, LCSW`,
  `PEDIATRIC SICK VISIT
{{FACILITY:Clínica Familiar del Westside}}, {{ADDRESS:3220 W. 25th St}}, {{LOCATION:Cleveland}}, OH {{ZIP:44109}}
Patient: {{NAME:Yadiel Santiago Nieves}}   DOB {{DATE:01/09/2019}} (5 y)   MRN {{MRN:CFW-55201}}
Date: {{DATE:14 Feb 2024}}   Provider: {{NAME:Héctor Luis Rosario}}, MD
With: mother {{NAME:Yadira Nieves}} and maternal aunt {{NAME:Xiomara}} (translating).
HPI: 4 d cough, congestion, R ear pain since last night, fever to 102.2. Attends pre-K at {{FACILITY:Clark Avenue Early Learning Center}}, several classmates sick.
PMH: AOM x 4 in past yr, last {{DATE:11/30/23}} (amoxicillin). Eczema. Imms UTD per state registry.
Exam: T 101.6, HR 118, RR 24, SpO2 98%. R TM bulging, erythematous, opaque; L TM dull w/ effusion. Lungs clear. Neck supple.
A/P: R AOM, recurrent (4th in 12 mo) - amox-clav 90 mg/kg/day div BID x 10 d (600/42.9 per 5 mL, 6 mL BID). ENT referral for tubes: Dr. {{NAME:Aryeh Goldfarb}}, {{FACILITY:Lakeshore Pediatric ENT}}, {{PHONE:216-555-0192}}.
School note: out until fever-free 24 h.
Family moving to {{LOCATION:Lorain}} next month, new address {{ADDRESS:1844 E. 31st St}} - update at next visit. Abuelo in {{LOCATION:Ponce}} sends "remedios" (Vicks + agua de violeta) - discussed.
CareSource Medicaid {{HEALTH_PLAN:106644392}}. Mom cell {{PHONE:(216) 555-0116}} / aunt {{PHONE:(440) 555-0172}}.`,
  `POSTPARTUM VISIT (6 WK)
{{FACILITY:Black Belt Women's Clinic}}, {{LOCATION:Selma}}, AL
Pt: {{NAME:Kiara D. Tolliver}}   DOB {{DATE:05/23/2001}}   MRN {{MRN:BBW-2289}}
Visit: {{DATE:March 18, 2024}}   Delivered {{DATE:2/4/24}} at {{FACILITY:Alabama River Regional Hospital}}
SVD at 38w1d, baby girl {{NAME:Nevaeh}} 6 lb 9 oz, Apgars 8/9. Course c/b preeclampsia w/o severe features, d/c'd on nifedipine XL 30 mg.
Today: BP 128/82 on nifedipine. Breastfeeding + formula. Lochia resolved. EPDS 11 - tearful, poor sleep; partner {{NAME:Marquis Hayes}} works offshore for {{FACILITY:Gulf Coast Marine Services}} 14 on/14 off. Her mother {{NAME:Bernice Tolliver}} helps w/ baby. Denies SI/HI.
Exam: fundus nonpalpable, perineum healed, breasts soft, no masses.
Contraception: Nexplanon placed L arm today, lot R011783 (exp 06/2026), pt tolerated well.
Plan:
1. Positive EPDS - referral to {{FACILITY:Cahaba Behavioral Health}} {{PHONE:334-555-0170}}; postpartum support line given.
2. HTN - cont nifedipine, home BP log, recheck 2 wks.
3. Medicaid postpartum coverage extended to 12 mo, ID {{HEALTH_PLAN:AL-5512098733}}.
4. Baby followed by Dr. {{NAME:Chinwe Obi}}.
Pt address confirmed {{ADDRESS:1207 Lapsley St}}, {{LOCATION:Selma}} {{ZIP:36701}}; cell {{PHONE:334.555.0138}}.
Annual exam due {{DATE:Feb 2025}}.
{{NAME:Adaeze Nwosu}}, MD`,
  `HEALTH OFFICE NOTE - {{FACILITY:Osage Bend Middle School}}
Student: {{NAME:Brayden Kessinger}}   Gr 7   DOB {{DATE:10/3/2011}}   Student ID {{ID:300017742}}
{{DATE:Wed., Sept. 18, 2024}}
1120 - Dexcom G7 low alert on school receiver (sensor SN {{DEVICE:G7-8B4K2X}}), reading 62 w/ double down arrow. Student walked to health office with aide. Alert, pale, shaky.
Fingerstick 58. Per DMMP signed by Dr. {{NAME:Lakshmi Iyer}} ({{FACILITY:Missouri Valley Pediatric Endocrinology}}), gave 15 g glucose tabs.
1135 - recheck 74. 1150 - 96. Gave 15 g snack (crackers + PB) since lunch not until 1215. Omnipod 5 (PDM serial {{DEVICE:PDM-44107733}}) in automated mode; no insulin given in office.
Called mom {{NAME:Heather Kessinger}} {{PHONE:573.555.0124}} - aware, states sensor was changed {{DATE:9/14}} and may read low the first days. Dad {{NAME:Josh}} to bring new glucagon (Baqsimi) - school dose expires 10/2024.
1200 - returned to class (rm 204, Mr. {{NAME:Dampier}}). Lunch 60 g carbs, bolus via PDM, counted with nurse.
Coach {{NAME:Bledsoe}} notified to check CGM before 6th hr PE; snack kept in gym office.
{{NAME:Melissa Farrow}}, BSN, RN`,
  `MEDICAL EXAMINATION REPORT - COMMERCIAL DRIVER (summary)
Examiner: {{NAME:Glenn Uhlenhake}}, DC   National Registry # {{LICENSE:3418822051}}
Clinic: {{FACILITY:Tri-State Occupational Health}}, {{LOCATION:Evansville}}, IN
Driver: {{NAME:Larry Dean Whitfield}}   DOB {{DATE:8-19-1963}}   Age 60
Address: {{ADDRESS:5512 Old State Rd}}, {{LOCATION:Newburgh}}, IN {{ZIP:47630}}
DL# {{LICENSE:1420-55-8817}}   State: IN   CDL: Yes (Class A)
Phone {{PHONE:812-555-0158}}   Email {{EMAIL:lwhitfield63@hoosiernet.com}}
Employer: {{FACILITY:Ohio River Valley Freight}}
Exam date: {{DATE:05/06/2024}}
Health history: OSA on CPAP (ResMed AirSense 11, SN {{DEVICE:23191144872}}); download 92% of nights over 4 h. HTN on lisinopril 20 mg. DM2, metformin only.
Vision: R 20/25, L 20/30, both 20/25 corrected; fields 85/85 degrees; distinguishes red/green/amber.
Hearing: forced whisper >5 ft both ears.
BP 138/86, P 76. UA: SG 1.020, protein neg, glucose neg, blood neg.
Determination: meets standards in 49 CFR 391.41 with periodic monitoring; qualified 1 year, corrective lenses required. Certificate {{ID:MEC-2024-11873}} expires {{DATE:05/06/2025}}.
Copy to carrier safety mgr {{NAME:Jolene Bauer}} by fax {{FAX:812.555.0159}}.`,
  `MRO VERIFICATION NOTE
{{FACILITY:Bluegrass MRO Services}}
Donor: {{NAME:Tyrell Mabry}}   CCF # {{ID:A0447192}}   Employee ID {{ID:77123}}
Employer: {{FACILITY:Commonwealth Paving & Asphalt}}, DER {{NAME:Stacey Lovins}} {{PHONE:859.555.0174}}
Collection: {{DATE:10/21/2023 0702}}, {{FACILITY:WorkFirst Collection Site #12}}, {{LOCATION:Lexington}}, KY
Reason: post-accident (dump truck backed into guardrail at {{ADDRESS:I-64 mile marker 87}}, no injuries).
Lab: amphetamine 1,480 ng/mL (POS, cutoff 500); methamphetamine NEG; other analytes NEG. Specimen validity normal.
Interview {{DATE:10/24/23 1415}} by phone {{PHONE:(859) 555-0198}}: donor reports Adderall XR 20 mg daily prescribed by Dr. {{NAME:Noreen Cheatham}}, filled {{DATE:9/30/23}}, Rx #{{ID:4418803}}. Verified with {{FACILITY:Versailles Family Pharmacy}} ({{PHONE:859-555-0130}}), pharmacist {{NAME:Ben Sallee}}, and with prescriber's office.
Result reported to DER as NEGATIVE on {{DATE:10/24/2023}}. Safety concern: none identified - donor denies sedation or misuse; prescriber aware of safety-sensitive job.
{{NAME:Kathleen O'Bannon}}, MD, MRO`,
  `INCIDENT / ACCIDENT REPORT - CONFIDENTIAL QA DOCUMENT
FACILITY: {{FACILITY:Shady Oaks Care Center}}, {{LOCATION:Ville Platte}}, LA
RESIDENT: {{NAME:Ophelia Fontenot Savoie}}   ROOM 108-A   AGE {{AGE:ninety-seven}}   MR {{MRN:SO-1044}}
INCIDENT # {{ID:IR-2024-0219}}   DATE/TIME: {{DATE:2/19/2024 0335}}   FOUND BY: {{NAME:Keisha Ardoin}}, CNA
Description: resident found sitting on floor beside bed, bed alarm sounding, gown wet. Said in French "J'ai voulu aller aux toilettes" - was trying to get to bathroom alone.
Injuries: 2 cm skin tear L forearm, steri-strips applied. ROM all extremities at baseline, no shortening or rotation. Neuro checks q15min x 1 h then q1h x 4 - WNL. Not on anticoagulants.
Notifications: Dr. {{NAME:Landry}} at {{DATE:2/19/24 0400}}, order XR L wrist + hip prn pain. Son {{NAME:Ulysse Savoie}} at 0715, {{PHONE:337 555 0143}}. Daughter {{NAME:Eunice Doucet}} in {{LOCATION:Eunice}}, LA - left vm {{PHONE:337-555-0149}}.
Root cause: toileting need; bed not in lowest position. Morse 75.
Interventions: toileting q2h nights, low bed, floor mat, night light, call light in reach.
Care plan updated by {{NAME:D. Broussard}}, RN, DON, {{DATE:2/19/24}}.`,
  `hospice rn death visit - {{FACILITY:kentucky river hospice}}
pt: {{NAME:pearl o. sizemore}}   {{AGE:101}} yo   dob {{DATE:12/24/1922}}   mr {{MRN:hp004418}}
home: {{ADDRESS:88 sizemore branch rd}}, {{LOCATION:hyden}} ky
called by granddtr {{NAME:crystal}} 0212 {{DATE:11/5/23}} - "mamaw quit breathing."
arrived 0305. pt in hosp bed in living room, family at bedside (dtr {{NAME:ruby sizemore napier}}, granddtr {{NAME:crystal}}, great-grandson {{NAME:kaden}}). no resp, no apical pulse x 1 full min, pupils fixed/dilated.
time of death pronounced {{DATE:11/5/2023 0312}}.
dr {{NAME:begley}} notified 0320 via answering svc {{PHONE:606-555-0111}}, agrees, will sign dc. coroner not required - expected death under hospice.
post-mortem care w/ dtr. funeral home ({{FACILITY:lewis & sons fh}}) called 0330, arrived 0445.
meds destroyed w/ dtr as witness: morphine 20 mg/ml approx 8 ml, lorazepam 0.5 mg x 14 tabs - drug disposal pouch.
dme pickup ({{FACILITY:mountain medical equip}}) requested for {{DATE:11/6}}.
bereavement referral placed. family attends {{FACILITY:stinnett old regular baptist}}, brother {{NAME:carl}} preaching the funeral.
{{NAME:rhonda c}}, rn`,
  `RECEIVING SCREENING FORM - {{FACILITY:TANGIPAHOA PARISH DETENTION ANNEX}}
ARRESTEE: {{NAME:BREAUX, DUSTIN P}}   BOOKING # {{ID:T24-10332}}   DOB {{DATE:04-02-1990}}
DATE/TIME: {{DATE:06/15/2024 2250}}   ARRESTING AGENCY: LSP TROOP L
CHARGE: DWI 2ND. VEHICLE: 2011 FORD F-150, LA PLATE {{VEHICLE:Z451 882}}, TOWED BY {{FACILITY:CORMIER'S TOWING}}.
DL (SEIZED): LA {{LICENSE:008812447}}
1. CURRENT MEDS? Y - "SUBOXONE 8MG" FROM DR. {{NAME:THIBODAUX}}, {{FACILITY:NORTHSHORE RECOVERY CLINIC}}. PMP CHECKED - LAST FILL {{DATE:06/01/2024}}. LAST DOSE THIS AM.
2. ALCOHOL: DAILY 12-PACK, LAST DRINK ABOUT 1900. BAC 0.14 PER TROOPER. CIWA 6.
3. SUICIDAL THOUGHTS: DENIES. NO PRIOR ATTEMPTS.
4. INJURIES: ABRASION R KNEE.
5. CHRONIC: HEP C (UNTREATED), ASTHMA - NO INHALER ON PERSON.
VS: BP 152/98 P 104 T 98.4 SPO2 97%
DISPOSITION: NOT CLEARED FOR GEN POP. MEDICAL OBS CELL M-3, CIWA + COWS Q4H, BUPRENORPHINE CONTINUATION PER PROTOCOL PENDING NP REVIEW.
EMERGENCY CONTACT: GIRLFRIEND {{NAME:ASHLYN GUIDRY}} {{PHONE:985.555.0165}}
SCREENER: DEP. {{NAME:T. VARNADO}} #{{ID:2218}} / {{NAME:R. CHERAMIE}}, LPN`,
  `CHRONIC CARE CLINIC - HIV / HCV (telemedicine)
{{FACILITY:Kaskaskia River Correctional Center}}, {{LOCATION:Carlyle}}, IL
Name: {{NAME:Washington, Darnell K.}}   IDOC # {{ID:R47719}}   DOB {{DATE:1/4/1977}}   Housing 4-B
Visit: {{DATE:07-Jun-2024}}   ID consultant Dr. {{NAME:Priya Natarajan}}, {{FACILITY:Mid-State Infectious Disease Telehealth}}; onsite {{NAME:L. Koenig}}, RN
HIV: on Biktarvy since 2019, adherent by DOT. VL <20 ({{DATE:5/28/24}}), CD4 612.
HCV: genotype 1a, VL 2.1 million IU/mL, FibroScan 8.1 kPa (F2), no decompensation. Approved for Mavyret x 8 wk, prior auth {{ID:PA-IL-447120}}. Start {{DATE:6/10/2024}}; labs wk 4 and SVR12.
Other: HTN controlled on amlodipine 5. Hep A/B immune. Flu + PCV20 up to date.
Reentry: projected parole {{DATE:3/14/2025}}. Pt requests mother {{NAME:Almeta Washington}} of {{LOCATION:East St. Louis}} be added to ROI, phone {{PHONE:618-555-0121}}. Linkage referral to {{FACILITY:Metro East Community Health}} for post-release care.
Next chronic care visit 90 days.
{{NAME:P. Natarajan}}, MD / {{NAME:lk}}`,
  `hha visit note - {{FACILITY:gentle hands home care}}
client: ms. {{NAME:hattie mae crenshaw}}   age {{AGE:93}}   {{ADDRESS:2207 mlk jr dr apt 6}}, {{LOCATION:tuskegee}}
medicaid waiver case # {{ID:EW-2231877}}
{{DATE:3/8/24}} time in 0800 / time out 1100
- sponge bath, lotion to legs + back, nails filed. hair wrapped.
- ate grits + scrambled egg 75%, 1 ensure. fluids 2 cups coffee 1 water.
- bm x1 formed. voiding ok.
- client says grandson {{NAME:ray-ray}} didnt come by yesterday to bring her pills from {{FACILITY:tuskegee drug co}} so she missed her water pill.
- ms {{NAME:hattie}} c/o left foot hurting, blister on back of heel about 1 cm, not open. reported to rn {{NAME:simone}} by phone {{PHONE:334 555 0112}} at 10:15, she will visit today.
- church ladies from {{FACILITY:greenwood missionary baptist}} bringing dinner 5pm.
- neighbor mr. {{NAME:otis}} has key, number on fridge.
- swept kitchen, changed linens, took trash to road.
next visit {{DATE:mon 3/11}}
aide: {{NAME:lakeisha p.}}`,
  `IMMUNIZATION ADMINISTRATION RECORD - off-site clinic
Site: parish hall, {{FACILITY:St. Genevieve of the Bayou Catholic Church}}, {{ADDRESS:1120 Rue Chataignier}}, {{LOCATION:Opelousas}} ({{LOCATION:St. Landry Parish}})
Event date: {{DATE:October 14, 2023}}   Sponsor: {{FACILITY:Acadiana Community Health}}
Recipient: {{NAME:Boudreaux, Alphonse J.}}   DOB {{DATE:07/30/1932}}   Age {{AGE:91}}
Address: {{ADDRESS:332 Hwy 182}}, {{LOCATION:Washington}}, LA {{ZIP:70589}}   Phone {{PHONE:(337) 555-0166}}
Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}; supplement policy {{HEALTH_PLAN:SUP-88120453}}
VACCINES GIVEN
- Fluzone High-Dose 0.7 mL IM L deltoid. Lot UT8143LA, exp 06/30/2024. VIS edition 8/6/2021 given.
- COVID-19 (2023-24 formula) 0.5 mL IM R deltoid. Lot 3040203, exp 02/2024.
Screening: no fever today, no prior reactions, not on blood thinners. Observed 15 min - no reaction.
Pt hard of hearing, speaks mostly Cajun French; daughter {{NAME:Marie Boudreaux Landry}} interpreted and signed consent.
Reported to state registry {{DATE:10/16/23}}.
Given by {{NAME:Genevieve Comeaux}}, LPN; supervising {{NAME:Paul Rabalais}}, RN.
Next: RSV vaccine - discuss with PCP Dr. {{NAME:Fontenot}} at {{FACILITY:Prairie Ronde Family Medicine}}.`,
  `{{DATE:August 2, 2023}}
To: on-call obstetrician, Labor & Delivery, {{FACILITY:Killbuck Valley Hospital}}
From: {{NAME:Ruth Ann Schrock}}, CPM - {{FACILITY:Gentle Beginnings Birth Center}}, {{ADDRESS:4290 County Road 77}}, {{LOCATION:Berlin}}, OH {{ZIP:44610}}, {{PHONE:330-555-0109}}
RE: transfer of {{NAME:Rebecca (Becky) Schlabach}}, age 29, G6P5005, DOB {{DATE:3/1/94}}

Mrs. {{NAME:Schlabach}} came to the birth center in active labor at 0540 today, 40w3d by LMP ({{DATE:10/23/22}}). Reached complete dilation at 1010. After 2 h 40 min of pushing, fetal head remains at +1 station, OP position; FHR baseline 140s with recurrent variable decels to 90s over the last 20 min. Maternal temp 99.8. Membranes ruptured 0830, clear fluid.
Prior 5 births: all spontaneous vaginal at home or our center, largest 9 lb 2 oz. No prenatal labs this pregnancy except Hgb 11.8 and blood type A pos (done by the clinic in {{LOCATION:Mt. Hope}} {{DATE:1/2023}}). GBS status unknown.
The family is Old Order Amish, self-pay, and agrees to transfer. Husband {{NAME:Jonas Schlabach}} is following with their driver {{NAME:Gary Miller}}; her sister {{NAME:Edna Yoder}} is staying with the other children at home, {{ADDRESS:6015 Twp Rd 362}}.
I am riding in the ambulance and will stay to support her. My cell {{PHONE:(330) 555-0110}}.
{{NAME:Ruth Ann Schrock}}, CPM, Ohio registry # {{LICENSE:CPM-OH-0418}}`,
  `COMMUNITY HEALTH SCREENING - Health & Wellness Sunday
{{FACILITY:Mount Calvary AME Church}}, {{LOCATION:Sumter}}, SC - {{DATE:Sunday, May 5th, 2024}}
Sponsored by {{FACILITY:Palmetto Parish Nursing Ministry}} with nursing students of {{FACILITY:Santee Technical College}}

Participant #27: Deacon {{NAME:Leroy Pinckney}}, 74, {{ADDRESS:611 Oswego Hwy, Lot 14}}
BP 172/104, repeat 168/100 (L arm, large cuff). Random glucose 212. Total chol 240. BMI 34.
Says he has not seen a doctor since Dr. {{NAME:Gaillard}} retired "a few years back." Out of amlodipine 2 months. No chest pain, no HA, no vision change.
Referred to {{FACILITY:Sumter Family Health Center}} {{PHONE:803-555-0150}}; appt made for {{DATE:5/9/24}}, 10:30 AM. Sliding fee explained.

Participant #28: {{NAME:Geraldine Pinckney}} (wife), 71
BP 128/78. A1c (POC) 5.9 - prediabetes handout. Heel ultrasound T-score -2.1, advised DEXA via PCP.

Follow-up calls for both to granddaughter {{NAME:Shay Pinckney}}, {{PHONE:(803) 555-0153}}, {{EMAIL:shay.pinckney@sumtermail.net}}.
Screened by Sister {{NAME:Bettye Jenkins}}, RN (parish nurse) and student {{NAME:T. Wigfall}}.`,
  `NEW PATIENT REGISTRATION / INTAKE
{{FACILITY:Hope Valley Community Health Center}} - {{LOCATION:Dalton}}, GA
Name: {{NAME:Cantrell, Loretta Faye}}   Preferred name: {{NAME:Faye}}
DOB: {{DATE:11/17/1968}}   SSN: {{SSN:259-40-7718}}   Sex: F   Language: English
Address: {{ADDRESS:408 Tibbs Bridge Rd, Trlr 9}}, {{LOCATION:Chatsworth}}, GA {{ZIP:30705}} ({{LOCATION:Murray County}})
Home: none   Cell: {{PHONE:706-555-0182}}   Work: {{PHONE:706-555-0101 ext 3340}}
Email: {{EMAIL:fayecantrell68@yahoo.com}}
Employer: {{FACILITY:Conasauga Carpet Mills}} (tufting, 2nd shift)
Insurance: none - sliding fee scale level C, acct {{ACCOUNT:SF-0044127}}; household of 2, income verified by pay stubs.
ID verified: GA DL {{LICENSE:058814422}}
Emergency contact: son {{NAME:Dustin Cantrell}}, {{PHONE:(706) 555-0185}}
Preferred pharmacy: {{FACILITY:Eton Pharmacy}}, {{LOCATION:Eton}}
Prior PCP: Dr. {{NAME:William Tate}}, {{FACILITY:Cohutta Medical Group}} (closed 2021) - records request sent.
Referred by: {{FACILITY:Whitfield County Free Clinic}} nurse {{NAME:Shelby}}
Reason for visit: "sugar and blood pressure," L shoulder pain at work.
Consent for treatment, NPP acknowledgment, and portal enrollment signed {{DATE:2024-01-22}}.
Registered by {{NAME:Maribel Acosta}}, PSR`,
  `TELEPSYCHIATRY PROGRESS NOTE
Originating site: {{FACILITY:Ozark Hills Rural Health Clinic}}, {{LOCATION:Mountain View}}, AR; distant site: provider office, {{LOCATION:Little Rock}}.
Video platform; session log IP {{IP:166.205.88.14}}; audio dropped x1, reconnected.
Patient: {{NAME:Harley Dawn Ledbetter}}   DOB {{DATE:04/11/1990}}   MRN {{MRN:OHRHC-30177}}
Date: {{DATE:Jan 9 2024 1:30 PM}}   Visit length 25 min
Interval: Husband {{NAME:Wade}} laid off from {{FACILITY:Stone County Sawmill}} in Dec; money tight, sleeping 4 h/night, crying spells. Kids ({{NAME:Kaylee}}, 9, and {{NAME:Hunter}}, 6) at {{FACILITY:Timbo Elementary}}. No alcohol. Vapes.
PHQ-9 16 (was 11), GAD-7 14. C-SSRS screen negative; no firearms access change - husband's guns locked at his brother's.
MSE: casually dressed, tearful, linear, no SI/HI, no psychosis.
A/P: MDD recurrent, moderate; GAD.
- Sertraline 100 -> 150 mg daily.
- Hydroxyzine 25 mg qHS prn sleep.
- Continue counseling with {{NAME:Tammy Rorie}}, LPC, at the originating site.
- Safety plan reviewed; 988 and clinic line {{PHONE:870-555-0135}}.
Follow-up {{DATE:2/6/24}}.
{{NAME:J. Okonkwo-Reyes}}, PMHNP-BC`,
  `PRE-PLACEMENT HEALTH EXAM
Employer: {{FACILITY:Heritage Manor of Tupelo}} (CNA applicant)   Exam site: {{FACILITY:North Mississippi WorkWell}}
Applicant: {{NAME:Shaquita R. Gates}}   DOB {{DATE:06/30/1999}}   Applicant ID {{ID:HM-APP-2291}}
Exam date: {{DATE:01/17/2024}}
TB screening - 2-step TST (Tubersol lot C5422AA):
 step 1 placed {{DATE:1/8/24}}, read {{DATE:1/10/24}}: 0 mm
 step 2 placed {{DATE:1/15/24}}, read {{DATE:1/17/24}}: 0 mm
Hep B: 3-dose series (records from {{FACILITY:Itawamba Community College}} nursing program), anti-HBs 48 - immune.
MMR x 2 documented; varicella by hx of disease age 5; Tdap 2019.
Physical: BP 118/74, BMI 27, vision 20/20 both. Back exam normal, no scoliosis.
Lift test 50 lb floor to waist x 5: pass.
10-panel drug screen negative, CCF {{ID:B1180442}}.
Fingerprints taken for state background check, transaction # {{ID:TCN-MS-24-0117-3391}}.
Result: cleared for full duty, no restrictions. Form sent to HR (Ms. {{NAME:Pritchett}}) fax {{FAX:662-555-0106}}.
{{NAME:Cheryl Humphries}}, FNP`,
  `{{FACILITY:Tri-County Urgent Care & Family Practice}}
{{ADDRESS:1900 E. Main St.}}, {{LOCATION:Ottumwa}}, IA {{ZIP:52501}} - Tel {{PHONE:641-555-0128}} - Fax {{FAX:641-555-0129}}

{{DATE:04/29/2024}}

To: Human Resources / Safety, {{FACILITY:Des Moines River Pork Processing}}
RE: {{NAME:Sia Xiong}}   DOB {{DATE:12/2/1985}}   Employee #{{ID:040771}}

{{NAME:Sia Xiong}} was seen in our clinic on {{DATE:4/24/24}} and {{DATE:4/29/24}} for a laceration of the left index finger (8 stitches, sutures removed today) sustained at work. The wound is healed. She may return to work on {{DATE:Wednesday, May 1, 2024}} with these restrictions for 2 weeks: cut-resistant glove on the left hand at all times; no wet-side sanitation duty until {{DATE:5/15/24}}.
No restrictions after that date. Workers' comp claim {{ACCOUNT:IA-24-300187}} is open with the carrier; please forward the first report of injury if not done.
Her husband {{NAME:Pheng Yang}} interpreted at both visits at her request (she declined a professional interpreter).
Questions: call me at the number above.

Sincerely,
{{NAME:Bradley Vanderhoef}}, PA-C
for Dr. {{NAME:Anita Gutierrez-Small}}, supervising physician`,
  `FMLA - CERTIFICATION OF HEALTH CARE PROVIDER (FAMILY MEMBER) - Section III summary
Employer: {{FACILITY:Cumberland Textile Mills}}, {{LOCATION:Manchester}}, TN
Employee: {{NAME:Verna Lee Gunter}}   Employee # {{ID:CTM-11872}}
Family member: father, {{NAME:Odell Gunter}}, age {{AGE:90}}, DOB {{DATE:02/14/1934}}
Provider: {{NAME:Ayodele Bankole}}, MD, {{FACILITY:Highland Rim Internal Medicine}}, {{ADDRESS:215 Hillsboro Blvd}}, {{LOCATION:Manchester}} {{ZIP:37355}}; ph {{PHONE:(931) 555-0147}}; fax {{FAX:(931) 555-0148}}; NPI {{LICENSE:1457392810}}
Condition began: approx. {{DATE:11/2023}} (stroke, L hemiparesis, vascular dementia), hospitalized {{DATE:11/20/2023}} to {{DATE:11/27/2023}}.
Probable duration: 6 months or longer (lifetime).
Care needed: transport to appointments (PT 2x/wk at {{FACILITY:Coffee County Rehab}}, neurology q3 mo), assistance with bathing and meds, supervision during flare of confusion.
Frequency of flare-ups: about 2 per month, 1-2 days each.
Intermittent leave is medically necessary. Employee's sister {{NAME:Darlene Pack}} shares caregiving on weekends.
Signature: {{NAME:A. Bankole}}, MD   Date: {{DATE:1-8-2024}}`,
  `{{DATE:September 9, 2023}}

Disability Determination Services
RE: Claimant {{NAME:Carmen Luz Ocasio}}   SSN {{SSN:331-62-0184}}   DOB {{DATE:04/04/1971}}

To whom it may concern:
I have treated Ms. {{NAME:Ocasio}} at {{FACILITY:Humboldt Park Rheumatology}}, {{ADDRESS:2700 W. Division St., Suite 3}}, {{LOCATION:Chicago}}, IL {{ZIP:60622}}, since {{DATE:March 2019}}, for seropositive rheumatoid arthritis (RF 210, anti-CCP >250) with erosive changes of both hands and feet, and secondary fibromyalgia.
Despite methotrexate 20 mg weekly, and adalimumab, now upadacitinib, she has persistent synovitis of the MCPs and wrists (DAS28-CRP 5.1 on {{DATE:8/30/23}}). Grip strength is 8 kg R and 6 kg L. She cannot button clothing or lift a gallon of milk. Morning stiffness lasts 2-3 hours.
She last worked {{DATE:6/2022}} as a sewing machine operator at {{FACILITY:Lakeview Uniform Company}} and had to stop due to hand pain.
She can stand 20 minutes, walk 1 block, and would miss more than 4 days per month. I do not expect improvement to allow full-time work in the next 12 months.
Her daughter {{NAME:Xiomara Ocasio}} ({{PHONE:773-555-0189}}) may be contacted to arrange a consultative exam; Ms. {{NAME:Ocasio}} prefers Spanish.

{{NAME:Rafael Montañez}}, MD, FACR`,
  `AFTER-HOURS NURSE LINE
Encounter {{ID:NL-88120447}}   Practice: {{FACILITY:Genesee Family Physicians}}, {{LOCATION:Flint}}, MI
Call: {{DATE:Sat 12/16/2023 22:14}}   RN: {{NAME:Courtney Baird}}
Caller: {{NAME:Inez Burnett}} (wife) for {{NAME:Roosevelt Burnett}}, age {{AGE:90}}, DOB {{DATE:1/5/1933}}, MRN {{MRN:GFP-771203}}
Callback: {{PHONE:810-555-0172}} (home) / {{PHONE:810 555 0179}} (dtr {{NAME:Angela}})
Concern: since supper husband "talking out of his head," not knowing the grandkids; coughing; urine dark and strong. Temp 100.9 oral. Usually walks with cane; tonight needed 2 people to get up. On Eliquis.
Protocol: confusion - new onset, adult. Positive: acute change in mental status + fever in elderly.
Disposition: go to ED now. Caller declined 911; daughter {{NAME:Angela}} will drive him to {{FACILITY:Mott Park Regional ED}}, about 10 min away. Advised call 911 if unresponsive or trouble breathing. Bring med list and his DNR papers.
On-call Dr. {{NAME:Szymanski}} paged at 22:31 (pager {{PHONE:3318}}), agrees; ED notified.
Follow-up call {{DATE:12/17/2023 08:05}}: wife reports he was admitted for UTI/sepsis, room 4 West.`,
  `{{FACILITY:Frogtown Family Pediatrics}} | {{ADDRESS:640 University Ave W}} | {{LOCATION:St. Paul}}, MN {{ZIP:55104}} | {{PHONE:651-555-0114}}

{{DATE:May 21, 2024}}

Dr. {{NAME:Ingrid Halvorsen}}
Developmental-Behavioral Pediatrics, {{FACILITY:Twin Cities Child Development Center}}

Re: {{NAME:Nhia Kao Lee}}   DOB {{DATE:08/09/2021}}   MRN {{MRN:FFP-019934}}

Dear Dr. {{NAME:Halvorsen}},
Thank you for seeing {{NAME:Nhia}}, age 2 years 9 months, for evaluation of possible autism spectrum disorder. His M-CHAT-R/F at the 24-month visit scored 9 (high risk). He has about 5 words in Hmong and none in English, rarely points, lines up his toy cars, and does not respond to his name. Hearing was normal by ABR in {{DATE:3/2024}}. Lead 3 mcg/dL. Growth normal. No seizures.
He attends {{FACILITY:Little Paj Ntaub Child Care}} 3 days a week; staff note he plays alone and has tantrums with transitions. Part C early intervention started {{DATE:4/1/24}}.
Parents {{NAME:Tou Lee}} and {{NAME:Mee Vang}} are worried; paternal grandmother, who lives with the family, felt he was "just slow to talk like his uncle." A Hmong interpreter is needed; family prefers appointments after 3 PM when Mr. {{NAME:Lee}} finishes at {{FACILITY:Midway Bus Garage}}. Father's cell {{PHONE:(651) 555-0199}}.
Insurance: Medical Assistance, PMI {{HEALTH_PLAN:00451293}}.
Sincerely,
{{NAME:Abigail Thorsen}}, MD`,
  `PRIOR AUTHORIZATION REQUEST - PHARMACY BENEFIT
Payer: Ambetter of Tennessee   PA reference # {{ID:PA-88431207}}
Member: {{NAME:Jackson, Lawanda R.}}   DOB {{DATE:03/19/1979}}   Member ID {{HEALTH_PLAN:U7120448301}}   Group {{HEALTH_PLAN:TNX0041}}
Address: {{ADDRESS:3117 Shelby Oaks Dr, Apt 204}}, {{LOCATION:Memphis}}, TN {{ZIP:38134}}
Drug requested: Ozempic 0.25/0.5 mg pen, NDC 0169-4132-12, qty 1 pen / 28 days
Diagnosis: E11.65 T2DM with hyperglycemia; E66.01 class 2 obesity (BMI 38.4)
Recent labs: A1c 9.4% ({{DATE:2/22/24}}), 8.9% ({{DATE:11/10/23}}); eGFR 71.
Prior therapy: metformin ER 2000 mg - GI intolerance (2022); glipizide 10 mg - hypoglycemia x3 (2023); Jardiance 25 mg - recurrent yeast infections, stopped {{DATE:12/2023}}.
Clinical rationale: ASCVD risk (MI in mother at 52), needs weight-neutral/weight-reducing agent with CV benefit.
Prescriber: {{NAME:Olufemi Adeyemi}}, MD - {{FACILITY:Raleigh-Frayser Family Health}}
NPI {{LICENSE:1396847720}}   DEA {{LICENSE:BA4412871}}
Phone {{PHONE:901-555-0116}}   Fax {{FAX:901-555-0117}}
Office contact: {{NAME:Precious}} (PA coordinator), ext {{PHONE:114}}
Submitted {{DATE:03/01/2024 10:12}}. Determination: APPROVED {{DATE:03/04/2024}} through {{DATE:03/03/2025}}.`,
  `CERTIFICATE OF MEDICAL NECESSITY - HOME OXYGEN
Supplier: {{FACILITY:Bluegrass Home Respiratory}}, {{LOCATION:Pikeville}}, KY - ph {{PHONE:(606) 555-0131}}
Patient: {{NAME:Begley, Garnet L.}}   DOB {{DATE:9/27/1944}}   MBI {{HEALTH_PLAN:5NV8-KD3-RT14}}
Address: {{ADDRESS:1416 Greasy Creek Rd}}, {{LOCATION:Shelbiana}}, KY {{ZIP:41562}}   Phone {{PHONE:606 555 0137}}
Initial date: {{DATE:02/05/2024}}   Length of need: 99 (lifetime)
Qualifying test: SpO2 86% on room air at rest, {{DATE:01/30/2024}}, performed at {{FACILITY:Pikeville Pulmonary & Sleep}} while pt was in a chronic stable state, not inpatient.
On O2: 2 L/min, SpO2 93%.
Dx: J44.9 COPD; J60 coal workers' pneumoconiosis.
Equipment: stationary concentrator (Respironics EverFlo, SN {{DEVICE:EF2203348812}}), E-cylinders x 6 with conserver, portable POC for church and appointments.
Flow: 2 L/min continuous, 24 h/day.
Safety: pt quit smoking 2019; wife {{NAME:Opal Begley}} still smokes - counseled on no smoking indoors, fire risk, and the wood stove. Smoke detector checked.
Ordering physician: {{NAME:Sanjay Kulkarni}}, MD, NPI {{LICENSE:1780665431}}, signed {{DATE:2/5/24}}.
Delivered and set up {{DATE:2/6/24}} by RT {{NAME:Casey Mullins}}.`,
  `WOUND CARE CENTER - WEEKLY VISIT
{{FACILITY:Kanawha Valley Wound & Hyperbaric Center}}, {{LOCATION:Charleston}}, WV
Pt: {{NAME:Hobart "Hobie" Dingess}}   DOB {{DATE:12-Jul-1956}}   MRN {{MRN:KV-004571}}   Visit #6   {{DATE:07/15/2024}}
Wound: R plantar 1st met head, diabetic foot ulcer, Wagner 2. Onset {{DATE:4/20/24}} after walking in new work boots at {{FACILITY:Dingess Brothers Timber}} (family business).
Today: 1.4 x 1.1 x 0.3 cm (last wk 1.8 x 1.3 x 0.4). Granular base 80%, slough 20%, mod serous drainage, callused rim. No probe to bone. No cellulitis. DP palpable; ABI 0.92 ({{DATE:5/2/24}}).
Procedure: selective sharp debridement of callus + slough to bleeding tissue, 1.5 sq cm (CPT 97597). Hemostasis w/ pressure.
Dressing: collagen + foam, offloading TCC applied, lot 2207A.
A1c 8.6 ({{DATE:6/28/24}}) - PCP Dr. {{NAME:Wren}} adjusting insulin.
Pt states wife {{NAME:Bonnie}} checks foot nightly; he still drives the log truck (WV plate {{VEHICLE:7RT 443}}) against advice while in cast - counseled.
Photo uploaded to chart.
RTC 1 wk {{DATE:7/22}}, cast change.
{{NAME:Natalie Sturgill}}, DPM`,
  `DIALYSIS UNIT MONTHLY PROGRESS NOTE
{{FACILITY:Delta Kidney Center - Clarksdale}}   Chair 7, MWF 2nd shift
Pt: {{NAME:Stovall, Willie James}}   DOB {{DATE:05/02/1958}}   Facility ID {{MRN:DKC-0911}}
Month: {{DATE:April 2024}}   Nephrologist: {{NAME:Chidi Ugwu}}, MD
ESRD due to HTN/DM; HD since 2019. Access: L brachiocephalic AVF, good thrill/bruit, no infiltration this month.
Labs {{DATE:4/8/24}}: Kt/V 1.4, URR 72%, Hgb 10.2, ferritin 480, TSAT 24%, Ca 8.9, phos 6.8, PTH 640, albumin 3.6, K 5.4.
IDWG avg 3.4 kg (goal <3). Missed 1 tx ({{DATE:4/19}}) - Medicaid van from {{FACILITY:Delta Rides Transport}} didn't come.
Plan: Mircera 100 mcg q2wk; sevelamer 1600 mg TID w/ meals (pt admits skipping at lunch); cinacalcet 30 mg daily; renal diet education with RD {{NAME:Kelsey Flowers}}.
Transplant: referral to {{FACILITY:University Transplant Institute}} {{LOCATION:Jackson}} - eval appt {{DATE:6/12/2024}}. Needs dental clearance and colonoscopy.
Social: lives w/ wife {{NAME:Annie Ruth Stovall}} in {{LOCATION:Lula}}. Retired from {{FACILITY:Coahoma Cotton Gin}}. Emergency contact: son {{NAME:Terrance}} {{PHONE:662-555-0186}}.
Medicare {{HEALTH_PLAN:8AJ3-PL6-WN28}}; Medicaid {{HEALTH_PLAN:MS0044129875}}.
{{NAME:C. Ugwu}}, MD / {{NAME:K. Flowers}}, RD / {{NAME:Tasha Hollins}}, MSW`,
  `OBSTETRIC ULTRASOUND REPORT - 2nd TRIMESTER ANATOMY
{{FACILITY:Capital City Maternal-Fetal Medicine}}, {{LOCATION:Jackson}}, MS
Patient: {{NAME:Destiny Amari Crump}}   DOB {{DATE:1/30/2002}}   MRN {{MRN:CCMFM-228817}}
Exam: {{DATE:09/24/2024 09:15}}   Referring: {{NAME:Monique Lott}}, CNM, {{FACILITY:Rankin Women's Clinic}}
Sonographer: {{NAME:Brittany Nall}}, RDMS   Machine: Voluson E10 (room 2)
LMP {{DATE:05/07/2024}} -> GA 20w0d, EDD {{DATE:02/11/2025}}. By US today 20w2d, EDD {{DATE:02/09/2025}}. Dating by LMP retained (consistent with 8 wk US).
Single live IUP, cephalic. FHR 148 bpm.
Biometry: BPD 4.8 cm, HC 17.7 cm, AC 15.2 cm, FL 3.3 cm. EFW 340 g (51st %ile, Hadlock).
Placenta posterior, fundal, no previa. Cord: 3 vessels, central insertion. AFI normal (MVP 5.1 cm).
Cervix 3.6 cm transvaginal, no funneling.
Anatomy: intracranial, face, spine, 4-chamber heart and outflow tracts, stomach, kidneys, bladder, extremities seen and normal. Fetal sex: female (pt wished to know).
Impression: normal anatomy at 20 weeks; appropriate growth.
Interpreted by {{NAME:Samuel Oyelaran}}, MD, MFM   {{DATE:9/24/2024 11:48}}`,
  `newborn wt check + lactation visit - {{FACILITY:Greenbrier Valley Family Medicine}}, {{LOCATION:Lewisburg}} wv
baby: baby boy {{NAME:fugate}} ("{{NAME:Bentley}}")   born {{DATE:6/3/24 @ 0417}} at {{FACILITY:Greenbrier Birth Center}}, 39w, svd
mrn {{MRN:gvfm-88712}}   seen {{DATE:6/7/24}} day of life 4
mom: {{NAME:kayla fugate}}, 19, g1p1. dad {{NAME:colton}} at visit, works at {{FACILITY:white sulphur lumber}}.
bw 7 lb 4 oz (3289 g). d/c wt 6 lb 14 oz. today 6 lb 11 oz = 7.5% down.
feeds: breast q2-3h, 10-15 min, latch painful L nipple, cracked. 5 wet, 3 yellow seedy stools.
tcb today 12.8 at 100 h (low-int risk, below photo threshold). 
exam: mild jaundice to chest, active, good suck, mild tongue tie (hazelbaker fn 9 / appearance 8) - not restricting per lc.
lc ({{NAME:dana k}}, ibclc) observed feed: shallow latch corrected w/ football hold, nipple shield not needed, lanolin.
pump loaner from wic arranged. 
plan: recheck wt + bili {{DATE:mon 6/10}}. call if <4 wet diapers. 
mom's phone {{PHONE:304-555-0163}}, grandma {{NAME:tammy fugate}} {{PHONE:304-555-0164}} (lives next door, {{ADDRESS:210 wolf creek rd}}).
{{NAME:e. bostic}}, do`,
  `SOCIAL WORK - MANDATED REPORT DOCUMENTATION (CONFIDENTIAL)
{{FACILITY:Ouachita Kids Pediatric Clinic}}, {{LOCATION:Monroe}}, LA
Child: {{NAME:Zaylen Tyree Bell}}   DOB {{DATE:11/02/2019}}   MRN {{MRN:OKP-60341}}
Date of visit/report: {{DATE:02-26-2024}}
Presenting: 4 yo brought by maternal grandmother {{NAME:Doris Bell}} for cough. On exam Dr. {{NAME:Ferrand}} noted patterned linear bruises (loop shape) R thigh and buttock in various stages of healing, and a healing burn 1 cm L forearm. Child said "{{NAME:Dre}} whooped me with the cord."
Grandmother reports child lives with mother {{NAME:Kierra Bell}} and mother's boyfriend {{NAME:Andre "Dre" Mayfield}} at {{ADDRESS:1408 Louberta St}}, {{LOCATION:Monroe}}. Child attends {{FACILITY:Little Blessings Christian Academy}} pre-K.
Actions: report made by phone to the state child abuse hotline at 1430, intake # {{ID:CW-24-0226-0871}}. Assigned worker {{NAME:Latrice Hampton}} {{PHONE:318-555-0112}}. Skeletal survey ordered at {{FACILITY:St. Francis North Imaging}}. Child discharged with grandmother per worker's safety plan; grandmother's address {{ADDRESS:317 Jackson St, Apt B}}, {{LOCATION:West Monroe}}, phone {{PHONE:318.555.0127}}.
{{NAME:Renee Calhoun}}, LCSW`,
  `INTERDISCIPLINARY CARE CONFERENCE
{{FACILITY:Lutheran Good Shepherd Home}}, {{LOCATION:Fergus Falls}}, MN - Unit: 2 North
Resident: {{NAME:Anna Marie Schwab}}   Age {{AGE:99}}   Adm {{DATE:03/2019}}   MR {{MRN:GSH-3301}}
Conference: {{DATE:Tue 10/8/2024 1400}} (quarterly)
Attendees: {{NAME:J. Nordquist}}, RN MDS; {{NAME:P. Amundson}}, SW; {{NAME:Hans Keller}}, dietary; {{NAME:L. Haugen}}, activities; son {{NAME:Gerhard Schwab}} by phone from {{LOCATION:Bismarck}}, ND; dtr {{NAME:Margaret Ulrich}} in person.
Nursing: stable. Dementia (BIMS 9), no behaviors. 1 fall {{DATE:8/22}} without injury. Skin intact. Continent w/ prompting.
Dietary: wt 112 lb, stable. Mech soft, likes German potato salad; family brings kuchen Sundays.
Therapy: PT screen - no skilled need.
Activities: attends devotions and polka hour; reads the {{FACILITY:Zion Lutheran Church}} bulletin daily.
Code status reviewed: DNR/DNI, POLST on chart {{DATE:2/14/2022}}. Son requests no hospital transfer unless comfort cannot be managed here; hospice info given.
Medicaid (MA) {{HEALTH_PLAN:02284419}}. Next conference {{DATE:January 2025}}.`,
  `HOSPICE IDT / RECERTIFICATION NOTE
{{FACILITY:Acadiana Hospice Partners}}   Team B
Patient: {{NAME:Arcement, Lucien J.}}   88 y/o M   DOB {{DATE:04/17/1936}}   MR {{MRN:AHP-7120}}
Benefit period 3, {{DATE:05/30/2024}} to {{DATE:07/28/2024}}. IDT date {{DATE:5/29/24}}.
Dx: ALS (G12.21). PPS 30%, now nonambulatory, PEG since {{DATE:3/2024}}, BiPAP at night (DreamStation SN {{DEVICE:J2417733908}}). Weight down 6 lb in 60 days. Dysarthria - uses letter board.
Home: {{ADDRESS:1520 Bayou Tigre Rd}}, {{LOCATION:Erath}}, LA, wife {{NAME:Azelie}} primary caregiver; son {{NAME:Rene Arcement}} comes from {{LOCATION:Abbeville}} evenings.
RN {{NAME:Gabrielle Trahan}}: secretions increasing - glycopyrrolate started. Skin intact on alt pressure mattress.
SW {{NAME:Brent Comeaux}}: wife fatigued, respite 5 days at {{FACILITY:Maison de Vermilion Nursing Home}} planned {{DATE:6/10}}. Family priest Father {{NAME:Hebert}} visits weekly.
Chaplain: pt asked for anointing; done {{DATE:5/26}}.
MD {{NAME:Jean-Paul Leger}}: face-to-face done {{DATE:5/28/2024}}; continues to meet LCD criteria; recertified.
Aide 5x/wk, volunteer Miss {{NAME:Odile}} sits with pt Thursdays.`,
  `EMERGENCY OFFSITE TRANSFER - MEDICAL
{{FACILITY:BIG BLACK RIVER CORRECTIONAL FACILITY}} - INFIRMARY
OFFENDER: {{NAME:TOLBERT, JEROME A.}}   MDOC # {{ID:K04417}}   DOB {{DATE:03/03/1964}}   UNIT 29-C, BED 41
EVENT: {{DATE:12/28/2023 @ 0552}} - officer {{NAME:S. Pace}} found offender diaphoretic, c/o crushing substernal CP radiating to L arm x 30 min.
VS: BP 88/54, HR 48, RR 22, SpO2 90% RA. 12-lead: ST elevation II, III, aVF; ST depression I, aVL.
TX: ASA 324 mg chewed, O2 4 L NC, IV NS 18g L AC. NTG held (hypotension). Telemedicine w/ on-call Dr. {{NAME:Whitten}} 0601.
DISPOSITION: emergent transfer to {{FACILITY:Central Mississippi Heart Hospital}} cath lab, STEMI alert called 0604 ({{PHONE:601-555-0144}}). Ambulance {{FACILITY:Magnolia EMS}} unit 12 departed 0619.
SECURITY: escort officers {{NAME:D. Hamer}} #{{ID:3318}} and {{NAME:K. Sisson}} #{{ID:2947}} following in state vehicle tag {{VEHICLE:G 44871}}; restraints per policy, leg irons removed for cath per hospital request.
NOTIFICATIONS: shift commander, medical director Dr. {{NAME:Abernathy}}. Next of kin (sister {{NAME:Bernadine Tolbert}}, {{PHONE:(662) 555-0115}}) NOT notified per security policy until offender arrives at hospital.
Chart copy + MAR + DNR status (full code) sent with escort.
{{NAME:V. Tillery}}, RN`,
  `URGENT CARE NOTE - ANIMAL BITE
{{FACILITY:Lakeland Urgent Care}}, {{LOCATION:Cookeville}}, TN
Pt: {{NAME:Addison Grace Pippin}}   8 yo F   DOB {{DATE:2016-02-11}}   Acct {{ACCOUNT:LUC-4471203}}
Seen {{DATE:06/22/2024 17:40}} with mother {{NAME:Brooke Pippin}}.
HPI: bitten R forearm about 1 h ago by neighbor's dog (pit mix, "Diesel") while playing in yard. Owner {{NAME:Curtis Ledford}}, {{ADDRESS:224 Whitaker Hollow Ln}}, says dog is vaccinated; mom has his number {{PHONE:931-555-0161}}.
Exam: two 1 cm puncture wounds + 3 cm superficial lac volar R forearm. NV intact, FROM wrist/fingers. No tendon exposure.
Proc: irrigated 500 mL NS, lac loosely approximated w/ 2 Steri-strips (not sutured - bite).
Rx: amoxicillin-clavulanate 600 mg/42.9 per 5 mL, 7 mL BID x 5 d. Tetanus UTD (DTaP #5 at age 4 per state registry). Attends {{FACILITY:Cane Creek Elementary}}, note for 2 days no recess given. Rabies PEP not indicated if dog available for 10-day observation.
Report: animal bite report faxed to county animal control {{FAX:931.555.0196}}, report # {{ID:AB-24-0622-17}}; officer {{NAME:Mike Dyer}} will confirm quarantine at owner's home.
F/u PCP Dr. {{NAME:Sullivan}} 48 h or sooner for redness/fever.
{{NAME:J. Upchurch}}, FNP-C`,
  `URGENT CARE - MOTOR VEHICLE COLLISION
{{FACILITY:DeSoto Express Care}}, {{ADDRESS:7150 Airways Blvd}}, {{LOCATION:Southaven}}, MS {{ZIP:38671}}
Patient: {{NAME:Marcus DeWayne Hollins}}   DOB {{DATE:Aug 30 1992}}   MRN {{MRN:DEC-1189043}}
DOS {{DATE:11/11/2023}} 1125
HPI: restrained driver, 2019 Nissan Altima (VIN {{VEHICLE:1N4BL4BV9KC184402}}), rear-ended at ~30 mph while stopped at {{ADDRESS:Goodman Rd & Getwell Rd}} this AM around 0810. No airbag deployment, no LOC, self-extricated. C/o neck pain + stiffness, HA 4/10.
Other vehicle: pickup, TN plate {{VEHICLE:BXR-7714}}. {{LOCATION:Southaven}} PD report # {{ID:23-114872}}, Officer {{NAME:R. Kimbrough}}.
Exam: ambulatory, GCS 15. Paraspinal cervical tenderness, no midline tenderness. Canadian C-spine rule: low risk, rotates 45 deg both ways - no imaging. Neuro intact. Seatbelt sign absent.
Dx: cervical strain (S16.1XXA), post-traumatic HA.
Tx: ibuprofen 600 TID x 5 d, cyclobenzaprine 5 mg qHS, heat, ROM exercises. Off work 2 days at {{FACILITY:Memphis Freight Hub}} - note given.
Auto insurer (at-fault driver's): claim # {{ACCOUNT:0447-12-88190}}, adjuster {{NAME:Lisa Gentry}} {{PHONE:(901) 555-0173 ext 4410}}. Pt asked records go to his attorney {{NAME:Terrence Bolden}}, Esq., fax {{FAX:901-555-0188}} - ROI signed.
{{NAME:A. Patel}}, MD`,
  `EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
{{FACILITY:Prairie View Health & Rehab}}, {{LOCATION:Salina}}, KS
Employee: {{NAME:Rebekah Unruh}}, LPN   Emp ID {{ID:PV0712}}   DOB {{DATE:5/14/1991}}
Exposure: {{DATE:Friday 1/26/2024 2130}}, Room 118. Percutaneous, 25G safety needle (BD Eclipse, lot 3088412) after SQ insulin, safety not yet activated. Gloved, superficial, bled freely, washed w/ soap x 5 min.
Source: resident {{NAME:Walter Friesen}}, MR {{MRN:PVHR-2218}}, consent obtained from his POA (dtr {{NAME:Lois Friesen Ediger}}, {{PHONE:785-555-0176}}) at 2200.
Source labs {{DATE:1/26/24}} ({{FACILITY:Salina Regional Lab}}, acc {{ID:SRL-0126-4471}}): HIV-1/2 Ag/Ab nonreactive; HBsAg neg; HCV Ab REACTIVE, HCV RNA 1.2 million IU/mL.
Employee baseline: HIV neg, HCV Ab neg, ALT 22, anti-HBs 112 (immune).
Plan: no HIV PEP (source neg). HCV: RNA at 3-6 wk ({{DATE:2/19/24}}) and HCV Ab + ALT at 4-6 mo ({{DATE:7/2024}}). No restrictions on work. Counseled: safe sex not required by guidelines, no blood donation until cleared.
Sharps injury log # {{ID:SI-24-003}}; workers' comp first report filed, claim {{ACCOUNT:KS-WC-240126-09}}.
{{NAME:Gretchen Penner}}, RN, Employee Health`,
  `INDEPENDENT MEDICAL EXAMINATION
Requested by: {{FACILITY:Hartwell & Stamps, PLLC}} on behalf of the employer/carrier
Claimant: {{NAME:Luis Ángel Figueroa Rosado}}   DOB {{DATE:10/12/1978}}   Claim {{ACCOUNT:LA-WC-2211-40872}}
Employer: {{FACILITY:Gulf South Shipbuilding}}, {{LOCATION:Houma}}   DOI {{DATE:November 8, 2022}}
Exam: {{DATE:3/27/2024}} at {{FACILITY:Terrebonne Orthopedic Associates}}. Certified Spanish interpreter {{NAME:Gladys Rentas}}.
Records reviewed: ED note {{FACILITY:Bayou Regional Medical Center}} {{DATE:11/8/22}}; MRI L shoulder {{DATE:12/1/22}}; op note Dr. {{NAME:Kevin Duplantis}} (arthroscopic RCR {{DATE:2/14/23}}); PT notes {{FACILITY:Coastal Rehab}} x 36 visits; FCE {{DATE:1/10/24}}.
History: welder/fitter; fell ~6 ft from staging onto L shoulder. Moved from {{LOCATION:Mayagüez}} in 2015. Lives with wife {{NAME:Ivelisse}} and 3 children.
Exam: L shoulder forward flexion 150, abduction 140, ER 50 (R 170/170/80). Strength 4+/5 supraspinatus. Negative drop arm; mild pain with Hawkins. Jamar grip symmetric. Effort consistent; no Waddell-type findings.
Opinions: (1) injury causally related to the work event; (2) MMI reached {{DATE:01/10/2024}}; (3) 6% upper extremity impairment (AMA Guides 6th ed.); (4) may work at medium PDL, no overhead welding more than occasionally; (5) no further surgery indicated.
I have no treating relationship with the claimant.
{{NAME:Warren K. Theriot}}, MD, ABIME   LA License {{LICENSE:MD.021447}}`,
  `HOME HEALTH PT VISIT - {{FACILITY:Lakeshore Visiting Nurses}}
Pt: {{NAME:Moua, Yia}}   DOB {{DATE:01/01/1930}} (assigned at resettlement)   Age {{AGE:94}}
Address: {{ADDRESS:1623 N. 11th St, lower unit}}, {{LOCATION:Sheboygan}}, WI {{ZIP:53081}}
Visit {{DATE:10/17/2024}}, 10:00-10:50. Visit 4 of 8.
Interpreter: phone, Hmong, ID {{ID:78812}}; grandson {{NAME:Fue Moua}} also present (works nights at {{FACILITY:Lakeside Foundry}}).
S: pt reports "legs weak like water." Walked to the garden with walker once since last visit. Family shaman ceremony held last weekend for "lost soul" after the fall - family asks that strings on wrists not be cut; honored.
O: Tinetti 14/28 (was 11). TUG 28 sec with FWW (was 34). Sit-to-stand x 5 from 20-inch chair using arms. Gait: step-to, decreased clearance R. BP 138/72 seated, 126/70 standing, no dizziness.
Ther ex: LAQ, marching, heel raises 2 x 10; transfer training toilet/bed; home safety - night light placed, rug by door taped.
A: progressing toward goals; high fall risk persists.
P: cont 2w3. Grandson to supervise outdoor walking. Coordinate with RN {{NAME:Abby Heinen}} re: BP meds.
Daughter-in-law {{NAME:Pang Xiong}} phone {{PHONE:920-555-0183}}.
{{NAME:Tyler Vorpahl}}, PT, DPT`,
  `PREPARTICIPATION PHYSICAL EVALUATION (KHSAA-style form summary)
School: {{FACILITY:Cutshin Creek High School}}   Sport: football, wrestling   Grade 10
Athlete: {{NAME:Colby Ray Asher}}   DOB {{DATE:07/19/2008}}   Age 16
Parent/guardian: {{NAME:Misty Asher}} (mother), {{PHONE:606-555-0157}}; stepdad {{NAME:Jimmy Wooton}}
Exam: {{DATE:July 31, 2024}} at {{FACILITY:Hyden Family Clinic}}
History: concussion {{DATE:10/13/2023}} in game vs. a county rival - symptoms resolved in 9 days, RTP protocol completed with athletic trainer {{NAME:Brandon Caudill}}, ATC. No syncope with exercise, no chest pain. FHx: maternal uncle died age 34 of "enlarged heart" while coon hunting - HCM never confirmed.
Exam: Ht 5'10", Wt 171 lb, BP 124/76, HR 64. Vision 20/20 both. Murmur: none supine or standing; no change with Valsalva. Marfan features absent. MSK: full, duck walk normal. Skin: no tinea or impetigo.
Testing: ECG ordered given FHx - normal sinus rhythm, no LVH (read by Dr. {{NAME:Ochoa}} {{DATE:8/1/24}}). Echo referral placed to {{FACILITY:Appalachian Heart Center}}, {{LOCATION:Hazard}}.
Clearance: cleared for all sports pending echo; may practice while awaiting.
{{NAME:D. Roark}}, APRN`,
  `PEDIATRIC ELEVATED BLOOD LEAD FOLLOW-UP
{{FACILITY:Calumet Region Pediatrics}}, {{LOCATION:East Chicago}}, IN
Child: {{NAME:Kamari J. Freeman}}   DOB {{DATE:04/27/2022}}   MRN {{MRN:CRP-55817}}
Visit: {{DATE:6.19.2024}}   Age 2 y 1 mo
Venous BLL: 14 mcg/dL ({{DATE:6/5/24}}); capillary screen 17 on {{DATE:5/22/24}}. Hgb 10.9.
Home: rental built 1918, {{ADDRESS:4721 Magoun Ave, 1st fl}}, {{LOCATION:East Chicago}} {{ZIP:46312}}. Peeling paint on porch and window sills; child plays in yard. Landlord {{NAME:Steve Kovach}}, {{PHONE:219-555-0190}}. County environmental inspection requested.
Other exposures: grandmother {{NAME:Gloria Freeman}} (babysits) uses imported spices; none. Father {{NAME:Jamal Freeman}} works at {{FACILITY:Indiana Harbor Battery Recycling}} - advised shower and change clothes before coming home.
Sibling {{NAME:Amir}}, 5, BLL 6 ({{DATE:6/5/24}}). Child also in daycare at {{FACILITY:Little Learners of Indiana Harbor}}.
Plan: iron-rich diet, ferrous sulfate 3 mg/kg/day, developmental screen (ASQ-3 - communication borderline), First Steps referral. Repeat venous BLL in 1 month, {{DATE:7/19/24}}. Mother {{NAME:Danielle Freeman}} phone {{PHONE:(219) 555-0193}}.
Medicaid (Hoosier Healthwise) {{HEALTH_PLAN:100447219933}}.
{{NAME:Olga Petrović}}, MD`,
  `MEDICARE ANNUAL WELLNESS VISIT (SUBSEQUENT)
{{FACILITY:Gasconade Valley Family Care}}, {{LOCATION:Hermann}}, MO
Patient: {{NAME:Theresa Brüggemann}}   {{AGE:91}} y.o.   DOB {{DATE:1933-03-22}}   MRN {{MRN:GVFC-00418}}
Visit: {{DATE:Mar 25 '24}}   With son {{NAME:Alois}} (HCPOA)
Health risk assessment reviewed. Lives alone on the home farm, {{ADDRESS:2980 Bluff Rd}}; son lives 1/4 mile away. Widowed 2009. Still gardens, drives to mass at {{FACILITY:Holy Family Mission Church}} and to town only in daylight.
Functional: independent ADLs; IADLs - son does finances.
Cognition: Mini-Cog 4/5. Mood: PHQ-2 0.
Falls: none in 12 mo. TUG 11 sec.
Hearing: bilateral aids (Phonak Audeo, serials {{DEVICE:2218A4471}} / {{DEVICE:2218A4472}}); whisper test passed with aids.
Vision: cataract surgery 2019; eye exam due.
Advance directive: DPOA-HC on file ({{DATE:4/2/2018}}); reviewed, wishes unchanged (no feeding tube).
Immunizations: Shingrix x2 (2021), PCV20 ({{DATE:10/2023}}), flu {{DATE:9/30/23}}. RSV discussed - will get at pharmacy.
Screening: no further mammogram/colonoscopy per shared decision (age 91). DEXA 2022 osteopenia.
Personalized plan given in writing. Next AWV {{DATE:3/2025}}.
{{NAME:Kurt Oberhaus}}, MD`,
  `phone note - OB
{{FACILITY:Bayou Women's Health}}, {{LOCATION:Houma}}
{{DATE:8/6/24 11:20}} - {{NAME:Simone Pitre}}, RN
pt {{NAME:Chelsea Naquin}} (DOB {{DATE:09/15/1996}}, mrn {{MRN:BWH-77105}}) called re: referral to MFM. currently 15w4d. hx 2 prior sptb (32 wk 2019, 29 wk 2022) - Dr {{NAME:Authement}} wants MFM consult + cervical length series, start 17-OHP? (makena off market - discussed w/ Dr, vaginal progesterone instead).
called {{FACILITY:Gulf Coast Maternal-Fetal Medicine}} scheduler {{NAME:Trina}} at {{PHONE:985-555-0108}}. appt {{DATE:Wed 8/14/24}} 9:00, referral # {{ID:REF-2024-08-3371}}, records faxed to {{FACILITY:GCMFM}} {{FAX:985-555-0109}}.
pt lives in {{LOCATION:Chauvin}} ({{LOCATION:Terrebonne Parish}}), about 1 h 30 min from MFM office - no car this month, husband {{NAME:Dylan Naquin}} offshore. Medicaid NET transport request # {{ID:NET-8812047}} placed for 0700 pickup at {{ADDRESS:5512 Hwy 56}}.
pt also asked for work note for {{FACILITY:Naquin's Seafood}} (family shrimp dock) - no heavy lifting >25 lb. done, mailed to pt.
cb {{PHONE:(985) 555-0117}}. pt verbalized understanding.`,
  `VIDEO VISIT - {{FACILITY:Sandhills Family Medicine}} (via {{FACILITY:Heartland Virtual Care}} platform)
Patient: {{NAME:Dale E. Vinton}}   DOB {{DATE:2/2/1957}}   MRN {{MRN:SFM-338201}}
Date/time: {{DATE:06/03/2024 07:45}} CT
Patient location (verified): home, {{ADDRESS:41255 Snake River Rd}}, {{LOCATION:Valentine}}, NE {{ZIP:69201}} ({{LOCATION:Cherry County}}). Provider location: clinic, {{LOCATION:Ainsworth}}.
Session: {{URL:https://visit.heartlandvc.net/r/8KQ2-77TX-VINTON}}; patient IP {{IP:63.147.203.88}}; consent to telehealth verbal, documented.
CC: f/u R lower leg cellulitis (scraped on barbed wire while working cattle {{DATE:5/27}}). On cephalexin 500 QID day 5 of 7.
Pt uploaded 2 photos via portal yesterday ({{DATE:6/2/24 19:10}}): erythema receding inside marker line, no blisters, small scab. Today on video: able to bear weight, walking normally in kitchen. Temp 98.2 at home.
Wife {{NAME:Marlys}} present, helping with camera.
A/P: cellulitis improving. Finish cephalexin. Elevate. Tdap given at clinic {{DATE:5/28/24}}. Return in person if spreading, fever, or streaks. Next diabetes visit in person {{DATE:7/15/24}}.
Pt's cell for callback if disconnect: {{PHONE:402-555-0119}}.
{{NAME:Anne-Marie Kucera}}, PA-C`,
  `{{FACILITY:Tar River Farmworker Health Program}} - mobile clinic
Site: labor camp at {{FACILITY:Boykin Bros. Farms}}, {{ADDRESS:8890 Old Stantonsburg Rd}}, {{LOCATION:Wilson County}}, NC
Date: {{DATE:7-23-2024}}, evening clinic 1900-2200
Pt: {{NAME:Eleazar Morales Tapia}}   Age 27   DOB {{DATE:03/05/1997}}   Pt # {{MRN:TRF-24-0518}}
H-2A worker, home town {{LOCATION:Tlapa de Comonfort}}, Guerrero, Mexico. 3rd season in NC. Spanish + Mixteco; interpreter {{NAME:Noemí}} (outreach worker).
CC: nausea, vomiting x 3, dizziness, HA since noon after priming tobacco wet with dew; no gloves or rain suit. Several crew members similar.
VS: BP 104/62, HR 112, T 98.9, SpO2 98%. Diaphoretic, pale, mucous membranes dry.
Dx: green tobacco sickness (nicotine toxicity) + dehydration.
Tx: removed wet clothes, washed skin, ORS 1 L, ondansetron 4 mg ODT. HR 90 after 1 h.
Education: rain gear, gloves, change wet clothes; crew leader {{NAME:Rigoberto Salas}} ({{PHONE:252-555-0148}}) informed; will bring PPE. Grower {{NAME:Wade Boykin}} notified by outreach coordinator.
F/u: return to clinic {{DATE:7/25}} or call {{PHONE:(252) 555-0140}} (WhatsApp OK). Family contact in Mexico: wife {{NAME:Rosalba}} {{PHONE:+52 757 555 0143}}.
{{NAME:Carolina Espinoza}}, FNP`,
  `PALLIATIVE CARE CLINIC - FAMILY MEETING
{{FACILITY:Acadiana Cancer & Palliative Center}}, {{LOCATION:Lafayette}}, LA
Pt: {{NAME:Aucoin, Dudley Paul}}   79 yo   DOB {{DATE:11/19/1944}}   MRN {{MRN:ACPC-228041}}
Meeting {{DATE:Thursday, 10 October 2024}}, 14:00-15:15, conference rm 2.
Present: pt; wife {{NAME:Rita Aucoin}}; children {{NAME:Dwayne}}, {{NAME:Lisa Aucoin Richard}}, {{NAME:Brent}}, and {{NAME:Tammy Aucoin Stelly}}; Father {{NAME:Guidry}} (pastor, {{FACILITY:Our Lady of the Prairie Church}}); oncologist Dr. {{NAME:Viator}}; SW {{NAME:M. Babineaux}}.
Summary: metastatic pancreatic adenocarcinoma, progression on 2nd-line chemo (CT {{DATE:10/2/24}} liver mets enlarging, new ascites). ECOG 3. Pt clearly stated: "I want to go home to {{LOCATION:Church Point}} and sit on my porch." Family in agreement after discussion; {{NAME:Brent}} initially wanted a clinical trial in {{LOCATION:Houston}} - accepted after oncologist explained eligibility.
Family asks that the traiteur, Mrs. {{NAME:Olivia Thibodeaux}}, be allowed to visit and pray - supported.
Decisions: DNR, POST form completed; hospice referral to {{FACILITY:Bayou Country Hospice}}; home address {{ADDRESS:433 Canal St}}, {{LOCATION:Church Point}} {{ZIP:70525}}. Paracentesis prn.
Primary contact {{NAME:Lisa}} {{PHONE:337-555-0152}}.
{{NAME:Claire Broussard}}, MD, HPM`,
  `COMPLETE PULMONARY EVALUATION - FEDERAL BLACK LUNG PROGRAM
{{FACILITY:Guyan Valley Black Lung Clinic}}, {{LOCATION:Logan}}, WV
Miner: {{NAME:Roscoe Lee Ferrell}}   DOB {{DATE:06-08-1955}}   DOL claim # {{ACCOUNT:BL-2023-048817}}
Exam date: {{DATE:Jan. 16, 2024}}
Work history: 31 years underground (roof bolter, continuous miner operator) - last at {{FACILITY:Island Creek No. 9 Mine}}, retired {{DATE:4/2014}}. Also 4 yrs at {{FACILITY:Holden Coal Preparation Plant}}.
Smoking: 1/2 ppd x 20 yrs, quit 1998.
Symptoms: dyspnea after 1 flight, cough w/ black sputum mornings, 3-pillow orthopnea.
Spirometry (pre/post BD): FEV1 1.38 L (44% pred), FVC 2.61 L (62%), ratio 0.53; no significant BD response.
DLCO 48% pred. ABG rest RA: pH 7.41, pCO2 40, pO2 61. Exercise ABG: pO2 52 at 3 METs.
CXR {{DATE:1/16/24}}: classified by B reader Dr. {{NAME:Aurelio Santamaria}} (NIOSH B reader cert {{LICENSE:B-7781}}): small opacities q/r, profusion 2/2, all 6 zones; large opacity category A.
Opinion: complicated pneumoconiosis (PMF) due to coal mine dust; totally disabled from his last coal mine work on both spirometry and blood gas criteria.
Wife {{NAME:Norma Jean Ferrell}} present. Records to claimant's representative {{NAME:Kendra Lusk}}, fax {{FAX:304.555.0127}}.
{{NAME:Peter Vanmeter}}, MD`,
  `RURAL HEALTH CLINIC - ACUTE VISIT
{{FACILITY:Current River Rural Health Clinic}}, {{LOCATION:Doniphan}}, MO
Pt: {{NAME:Kenneth "Buck" Yount}}   DOB {{DATE:3/30/1966}}   Chart {{MRN:CRR-44019}}
{{DATE:Sun 8/18/2024 16:05}} (walk-in)
HPI: bitten dorsum L foot 40 min ago by a snake (copperhead per pt, killed it, brought it in a bucket - confirmed copperhead by staff) while mowing along fence at home, {{ADDRESS:HC 62 Box 1180}}. Wearing sandals.
Exam: 2 fang marks, swelling to ankle, ecchymosis 4 cm, pain 7/10. No bleeding gums, no fasciculations. Marked leading edge of swelling 1610, 1640 (now mid-shin).
Labs POC: none available on Sunday.
Tx: immobilized, elevated to heart level, IV NS, morphine 4 mg IV. Missouri Poison Center 1-800-222-1222 consulted, case # {{ID:MO24-118422}}.
Disposition: transfer for antivenom (CroFab/Anavip) to {{FACILITY:Poplar Bluff Regional ED}} by {{FACILITY:Ripley County Ambulance}} 1705. Report called to Dr. {{NAME:Hanna Lindquist}}.
Wife {{NAME:Darla Yount}} following in their truck, MO plate {{VEHICLE:HX4-L2K}}. Cell {{PHONE:573 555 0104}}.
{{NAME:Wes Crider}}, FNP`,
  `SBAR - NURSING HOME TO HOSPITAL TRANSFER FORM
From: {{FACILITY:Riverbend Senior Living & Rehab}}, {{LOCATION:Natchez}}, MS   Unit: Hall C   Nurse station ph {{PHONE:601-555-0123}}
To: ED, {{FACILITY:Natchez Trace Regional Medical Center}}
Resident: {{NAME:Maybelle Holloway}}   DOB {{DATE:1/9/1930}}   Age {{AGE:94}}   MR {{MRN:RSL-10773}}
Date/time: {{DATE:5/4/2024 2015}}
S: found with new L-sided weakness and slurred speech at 1955; last known well 1830 at supper (ate 100%, talking with roommate).
B: HTN, AFib (not anticoagulated - prior GI bleed 2021), CHF EF 40%, mild dementia (BIMS 11). Allergies: PCN (hives). Code status: FULL CODE per son. Ambulates w/ walker.
A: BP 196/102, HR 104 irreg, RR 20, T 97.8, SpO2 95% RA, FSBS 138. L facial droop, L arm drift, NIHSS ~8 by nurse estimate.
R: 911 called 1958; EMS {{FACILITY:Adams County EMS}} arrived 2010. Copy of MAR, face sheet, POLST sent.
Family: son Rev. {{NAME:Calvin Holloway}} (HCPOA), pastor at {{FACILITY:Zion Hill Baptist Church}}, notified 2005 at {{PHONE:(601) 555-0128}}; will meet pt at ED. Granddaughter {{NAME:Keandra}} is listed 2nd contact.
Attending Dr. {{NAME:Laurent}} notified 2000. Hospice: no.
Sending nurse: {{NAME:Alicia Netterville}}, RN   Report called to ED RN {{NAME:Josh}} 2022.`,
  `*** REFILL AUTHORIZATION REQUEST ***    FAX
FROM: {{FACILITY:HOMETOWN DRUG OF BATESVILLE}}, {{ADDRESS:118 PUBLIC SQ}}, {{LOCATION:BATESVILLE}}, MS {{ZIP:38606}}
PH {{PHONE:662-555-0145}}   FX {{FAX:662-555-0146}}
TO: DR. {{NAME:JANET HOLCOMB}} / {{FACILITY:PANOLA MEDICAL GROUP}}   FX {{FAX:(662) 555-0102}}
DATE SENT: {{DATE:05/13/24 09:02}}   PAGE 1 OF 1

PATIENT: {{NAME:TATE, ROOSEVELT}}   DOB: {{DATE:07/21/1949}}   PH: {{PHONE:662.555.0168}}
ADDR: {{ADDRESS:2281 PLEASANT GROVE RD}}, {{LOCATION:POPE}}, MS
INS: MS MEDICAID / MEDICARE D (SILVERSCRIPT) ID {{HEALTH_PLAN:S9920417730}}

RX# {{ID:2207415}}  LISINOPRIL 20 MG TAB   #90   1 PO QD   LAST FILL {{DATE:02/12/24}}   RF REMAINING 0
RX# {{ID:2207416}}  METFORMIN 500 MG TAB   #180  1 PO BID  LAST FILL {{DATE:02/12/24}}   RF REMAINING 0
RX# {{ID:2211890}}  ATORVASTATIN 40 MG TAB #90   1 PO QHS  LAST FILL {{DATE:02/20/24}}  RF REMAINING 0

PRESCRIBER RESPONSE:
[X] APPROVED - REFILLS: 1 (all three)    [ ] DENIED    [X] PATIENT MUST BE SEEN BEFORE NEXT REFILL
Comments (handwritten): "overdue A1c + BMP - last seen {{DATE:8/2023}}. Have him call {{NAME:Shonda}} to sched. -{{NAME:jh}}"
PRESCRIBER SIGNATURE: {{NAME:J. Holcomb}}, MD   NPI {{LICENSE:1548802217}}   DATE: {{DATE:5/13/24}}
Pharmacist: {{NAME:Will Pegues}}, RPh`,
  `{{FACILITY:Blue Grass Family Physicians}}
{{ADDRESS:305 Prospect St.}} - {{LOCATION:Berea}}, Kentucky {{ZIP:40403}} - {{PHONE:(859) 555-0106}}

{{DATE:June 14, 2024}}

Mr. {{NAME:Ishmael Turner}}
{{ADDRESS:1010 Chestnut St, Apt 2B}}
{{LOCATION:Berea}}, KY {{ZIP:40403}}

Dear Mr. {{NAME:Turner}},
Here are the results of the tests from your visit on {{DATE:June 7}}:
- Cholesterol: LDL 96 - at goal on your atorvastatin. Keep taking it.
- Kidney and liver tests: normal.
- Blood count: hemoglobin 11.9, a little low (normal 13.2-16.6). Your stool test (FIT) was POSITIVE.
Because of these two results, you need a colonoscopy. We have sent a referral to Dr. {{NAME:Rupa Nair}} at {{FACILITY:Madison County Digestive Health}}; their office will call you from {{PHONE:(859) 555-0181}} within a week. If you do not hear from them, call our office.
Your son {{NAME:Marcus}} asked at the visit whether he should be screened because of your results - he should talk with his own doctor; screening at 45 is recommended for everyone, and earlier if a parent has colon cancer or polyps.
Your next diabetes visit is {{DATE:Tuesday, September 10, 2024}}.

Sincerely,
{{NAME:Leah Mahaffey}}, MD
{{NAME:LM}}/{{NAME:dr}}`,
  `SKILLED NURSING DISCHARGE SUMMARY
{{FACILITY:Crestwood Health & Rehabilitation}}, {{LOCATION:Bessemer}}, AL
Resident: {{NAME:Odessa Pearl Whitfield}}   Age {{AGE:90}}   DOB {{DATE:10-02-1933}}   MR# {{MRN:CHR-50218}}
Admitted {{DATE:04/03/2024}} from {{FACILITY:Red Mountain Medical Center}} s/p L hip hemiarthroplasty ({{DATE:3/29/24}}, Dr. {{NAME:Jernigan}}) after fall at home.
Discharged {{DATE:04/27/2024}} to home with daughter.
Course: PT/OT 5x/wk. Transfers supervision, ambulates 150 ft with RW, stairs x 3 with rail. Posterior hip precautions maintained. Incision healed, staples out {{DATE:4/12}}. Hgb 10.1 -> 11.0. One episode UTI ({{DATE:4/15/24}}), nitrofurantoin x 5 d. Bowel regimen effective. Weight stable.
Meds at d/c: apixaban 2.5 mg BID until {{DATE:5/10/24}}, then stop; acetaminophen 650 q6h prn; amlodipine 5 mg; levothyroxine 50 mcg; calcium + D; senna.
Home: dtr {{NAME:Carolyn Whitfield-Moss}}, {{ADDRESS:5409 Westmoreland Ave SW}}, {{LOCATION:Birmingham}} {{ZIP:35221}}, ph {{PHONE:205-555-0177}}. Raised toilet seat, tub bench, RW delivered by {{FACILITY:Magic City Medical Supply}}.
Home health: {{FACILITY:Vulcan Home Health}} SOC {{DATE:4/29/24}} (PT, RN).
F/u: ortho Dr. {{NAME:Jernigan}} {{DATE:5/8/24}}; PCP Dr. {{NAME:Obasi}} in 2 wks.
Medicare A days used: 24.
{{NAME:Felicia Gaines}}, CRNP / attending {{NAME:T. Ruffin}}, MD`,
  `OCCUPATIONAL ILLNESS - HEAT RELATED (follow-up visit)
{{FACILITY:Central Florida WorkHealth}}, {{LOCATION:Kissimmee}}, FL
Employee: {{NAME:Jesús Alberto Quiñones Pagán}}   DOB {{DATE:2/29/1988}}   Emp # {{ID:SSR-2218}}
Employer: {{FACILITY:Sunshine State Roofing & Sheet Metal}}; foreman {{NAME:Danny Albritton}} {{PHONE:407-555-0136}}
Event: {{DATE:Monday 7/8/2024 1340}}, re-roofing job at {{ADDRESS:2915 Ravenna Way}}, {{LOCATION:St. Cloud}}; heat index 108F. 2nd day back after 3 weeks visiting family in {{LOCATION:Bayamón}}, Puerto Rico. Became confused and vomited; coworker {{NAME:Edwin}} says he was still sweating. Taken by coworker to {{FACILITY:Osceola Regional ED}}: T 103.1, CK 2,140, Cr 1.6. IV fluids 3 L, discharged next morning ({{DATE:7/9/24}}).
Today {{DATE:7/12/24}}: feels well, urine clear. CK 410, Cr 1.0. Exam normal.
Dx: heat exhaustion with mild rhabdomyolysis (T67.5XXA, M62.82).
Work status: return {{DATE:7/15/24}} with acclimatization schedule - 20% of normal exposure day 1, +20%/day; water, rest, shade 15 min/hr; buddy system. Employer heat illness plan reviewed with foreman by phone.
WC claim {{ACCOUNT:FL-WC-0724-5519}}, carrier adjuster {{NAME:Marisol Vega}}.
Wife {{NAME:Keila}} cell {{PHONE:(787) 555-0124}} (in PR).
{{NAME:L. Okafor-Diaz}}, MD`,
  `{{FACILITY:White River Community Clinic}}
{{ADDRESS:1420 S. Madison St.}}, {{LOCATION:Muncie}}, IN {{ZIP:47302}}   Tel. {{PHONE:765-555-0120}}   Fax {{FAX:765-555-0121}}

{{DATE:December 4, 2023}}

{{LOCATION:Center Township}} Trustee - Poor Relief / Emergency Assistance
RE: {{NAME:Wendell Ray Stamper}}, DOB {{DATE:05/10/1958}}

To the Trustee:
Mr. {{NAME:Stamper}} is a patient of this clinic with severe COPD who requires continuous home oxygen from an electric concentrator (2 L/min, 24 hours a day) and a nebulizer four times a day. Loss of electric service would place his life at immediate risk.
He has received a disconnection notice from the electric utility, account {{ACCOUNT:4471-22918-03}}, service address {{ADDRESS:809 E. Jackson St., Apt 3}}, balance $412.77, shut-off scheduled {{DATE:12/11/23}}. He lives on SSDI and his wife, {{NAME:Darlene Stamper}}, was recently laid off from {{FACILITY:Ball Glass Container Plant 2}}.
I am also completing the utility's medical certificate. Please consider emergency assistance for this household. Mrs. {{NAME:Stamper}} can be reached at {{PHONE:(765) 555-0154}}.

Respectfully,
{{NAME:Gabriel Oyelowo}}, NP
Indiana RN/APRN license {{LICENSE:71009338A}}`,
  `COURT-ORDERED SUBSTANCE USE ASSESSMENT
Provider: {{FACILITY:Natural State Recovery Services}}, {{LOCATION:Little Rock}}, AR
Client: {{NAME:Cody Wayne Pruitt}}   DOB {{DATE:09/23/1995}}   Client # {{MRN:NSR-24-1183}}
Referral: {{LOCATION:Pulaski County}} Drug Court, case # {{ID:60CR-24-0419}}, Judge {{NAME:Harriet Sims}}; probation officer {{NAME:Darnell Givens}}, {{PHONE:501-555-0142}}.
Assessment date: {{DATE:3/6/2024}}, 1:00-2:45 PM. ROI (42 CFR Part 2 compliant) signed for court and PO.
History: arrested {{DATE:1/14/24}} - possession of methamphetamine, driving on suspended license (AR DL {{LICENSE:934412087}}). First use of alcohol age 13, meth age 19, IV use since 2021. Last use {{DATE:2/29/24}}. One non-fatal overdose (fentanyl-contaminated) {{DATE:11/2023}}, revived with naloxone by girlfriend {{NAME:Brittany Long}}.
Employment: laid off from {{FACILITY:Maumelle Metal Fabricators}} 2023. Lives with grandmother {{NAME:Lorene Pruitt}}, {{ADDRESS:4408 W. 29th St}}, {{LOCATION:North Little Rock}}.
ASAM: D1 2, D2 1, D3 2 (anxiety, PTSD sx), D4 2, D5 3, D6 3. UDS today: + amphetamine/methamphetamine, + THC.
DSM-5: stimulant use disorder, severe; cannabis use disorder, mild.
Recommendation: ASAM level 2.1 IOP, 9 h/wk x 12 wk, plus MAT evaluation; naloxone kit given.
{{NAME:Shannon Beebe}}, LADAC`,
  `MEDICAL CERTIFIER WORKSHEET - CERTIFICATE OF DEATH (draft for funeral home)
Decedent: {{NAME:Lucille Beatrice Amerson}}   Sex F   Age {{AGE:104}}   DOB {{DATE:January 6, 1920}}
SSN {{SSN:252-18-4407}}
Date of death: {{DATE:02/17/2024}}   Time pronounced 0640
Place of death: decedent's residence, {{ADDRESS:517 Pecan St}}, {{LOCATION:Americus}}, GA {{ZIP:31709}}, {{LOCATION:Sumter County}}
Father: {{NAME:Jesse Amerson}}   Mother (maiden): {{NAME:Viola Hardnett}}
Informant: {{NAME:Claudette Amerson Byrd}} (granddaughter), {{PHONE:229-555-0193}}
Funeral director: {{NAME:Rodney McGarrah}}, {{FACILITY:McGarrah & Sons Mortuary}}, license {{LICENSE:FDE-3318}}
CAUSE OF DEATH
Part I: (a) Congestive heart failure, months; (b) Hypertensive heart disease, years.
Part II: Alzheimer dementia; chronic kidney disease stage 4.
Manner: Natural. Autopsy: No. Tobacco contributed: No.
Decedent was under hospice care ({{FACILITY:Flint River Hospice}}) since {{DATE:11/2023}}; last seen by certifier {{DATE:2/12/24}}.
Certifier: {{NAME:Marcus Oglesby}}, MD, GA license {{LICENSE:052218}}; {{FACILITY:Southwest Georgia Family Care}}.
Signed electronically in state EDRS {{DATE:2/18/2024 09:12}}.`,
  `DSMES - educación en diabetes (visita individual)
{{FACILITY:Centro de Salud Comunitario Boricua}}, {{LOCATION:Orlando}}, FL
Paciente: Doña {{NAME:Ana Delia Rosario Vélez}}   78 años   DOB {{DATE:15/08/1945}} (dd/mm as written on her PR ID)   MRN {{MRN:CSCB-90214}}
Fecha/date: {{DATE:04-12-2024}}
With daughter {{NAME:Zuleika}} (translating) and granddaughter {{NAME:Kiara}}. Moved from {{LOCATION:Arecibo}} after Hurricane Maria, lives with daughter at {{ADDRESS:11902 Lake Underhill Rd, Apt 1207}}, {{ZIP:32825}}.
A1c 10.2 (was 9.1). Meter: Contour Next One, SN {{DEVICE:CN1-7728104}} - downloads show fasting 160-240, no lows.
Diet recall: café con leche with 3 sugars x3, pan sobao, arroz con habichuelas 2 cups at dinner, tostones, malta. Discussed plate method using her own dishes; swap malta for agua; 1 cup arroz.
Meds: metformin 1000 BID - "a veces se me olvida la de la noche." Lantus 18 u qHS given by daughter. Pill box set.
Activity: walks in the hallway; attends {{FACILITY:Iglesia Pentecostal Monte Sinaí}} Tue/Thu/Sun - suggested walking group after service.
Goals: 1) arroz 1 cup, 2) walk 15 min daily, 3) no malta.
Next visit {{DATE:5/10/24}}. Daughter cell {{PHONE:321-555-0167}}.
{{NAME:Maritza Colón-Burgos}}, RN, CDCES`,
  `ADULT DAY SERVICES - DAILY PARTICIPANT NOTE
{{FACILITY:Golden Years Adult Day Center}} at {{FACILITY:Second Ebenezer Baptist Church}}, {{LOCATION:Greenwood}}, SC
Participant: Mr. {{NAME:Julius "June" Goodwin}}   DOB {{DATE:4/4/1936}}   Participant # {{ID:GYA-118}}
Date: {{DATE:Fri. Feb. 9, 2024}}
Arrival 0845 on church van (driver Brother {{NAME:Fred Sanders}}, van #2). Departure 1530, picked up by daughter-in-law {{NAME:Connie Goodwin}} (ID checked, on approved pickup list).
VS: BP 142/80, P 70, T 97.6. Wt 168 (monthly).
Meds given at center: acetaminophen 500 mg x2 at 1200 for knee pain per order (donepezil 10 mg is given at home).
Meals: breakfast 100%, lunch (baked chicken, greens, cornbread) 90%.
Activities: bingo, gospel sing-along, chair exercise 30 min. Told staff about working at {{FACILITY:Ninety Six Cotton Mill}} 40 years and playing baseball in the Negro Leagues barnstorming circuit.
Behavior: brief agitation 1400 asking for his late wife {{NAME:Ethel}} - redirected with music.
Incident: none. Skin intact. Toileting with standby assist.
Note to family: needs new briefs (size L) and sweater. Called son {{NAME:Marvin Goodwin}} {{PHONE:864-555-0139}} re: Monday doctor appt at {{FACILITY:Lakelands Geriatrics}}, {{DATE:2/12/24}}.
{{NAME:Sharonda Tinch}}, CNA / reviewed {{NAME:P. Ouzts}}, RN`,
  `ORTHOPAEDIC HAND CLINIC - POST-OP FOLLOW-UP
{{FACILITY:CENTRAL ILLINOIS HAND & UPPER EXTREMITY}}, {{LOCATION:CHAMPAIGN}}, IL
PATIENT: {{NAME:TROYER, ABE J.}}   DOB: {{DATE:12/14/1987}}   MRN: {{MRN:CIHUE-77310}}
DOS: {{DATE:AUG-29-2024}}   DOI: {{DATE:AUG-02-2024}}   SURGERY: {{DATE:AUG-03-2024}}
36 YO OLD ORDER AMISH FARMER FROM {{LOCATION:ARTHUR}} ({{LOCATION:DOUGLAS COUNTY}}). R HAND CAUGHT IN ENGINE-DRIVEN HAY BALER PULLED BY HORSES. OPEN FX R 4TH AND 5TH METACARPALS, EXTENSOR TENDON LAC 4TH. I&D, ORIF W/ PLATES, EXTENSOR REPAIR AT {{FACILITY:PRAIRIE GARDENS REGIONAL}} BY DR. {{NAME:KIM}}.
TODAY 4 WKS POST-OP: INCISION HEALED, NO DRAINAGE. DIGITS PINK, CAP REFILL BRISK. TAM 4TH 160, 5TH 170. EXTENSOR LAG 15 DEG 4TH.
XR: HARDWARE INTACT, FRACTURES HEALING, ALIGNMENT MAINTAINED.
PLAN: WEAN SPLINT, OT 2X/WK WITH {{NAME:MEGAN HOSTETLER}}, OTR/L - HOME PROGRAM GIVEN SINCE TRAVEL IS BY HIRED DRIVER ({{NAME:RANDY BECK}}) AT 45 MIN EACH WAY. NO BALER OR HARNESS WORK X 6 WKS; BROTHER {{NAME:ELI TROYER}} AND NEIGHBORS DOING HAY.
SELF-PAY; COMMUNITY HOSPITAL AID PLAN - BILLING ACCT {{ACCOUNT:CIH-0829-4471}}. DISCOUNT APPLIED.
NO PHONE; MESSAGES TO {{FACILITY:ARTHUR COUNTRY STORE}} {{PHONE:(217) 555-0135}} OR MAIL {{ADDRESS:284 E CR 200 N}}, {{LOCATION:ARTHUR}} {{ZIP:61911}}.
RTC 4 WKS {{DATE:SEP-26-2024}}.
{{NAME:D. KIM}}, MD`,
  `JUVENILE DETENTION - 14-DAY HEALTH ASSESSMENT
{{FACILITY:Lower Ohio Valley Regional Juvenile Detention Center}}, {{LOCATION:Paducah}}, KY
Youth: {{NAME:Toomer, DeAndre Q.}}   Age 15   DOB {{DATE:01/28/2009}}   JDC # {{ID:J24-0391}}
Admitted {{DATE:10/30/2024}}; exam {{DATE:11/12/2024}} by {{NAME:K. Lyles}}, APRN
Guardian: grandmother {{NAME:Mattie Toomer}} {{PHONE:270-555-0118}}. DJJ worker {{NAME:Chris Ogden}} {{PHONE:(270) 555-0111}}.
School: 9th grade at {{FACILITY:Lone Oak Alternative Academy}}; IEP for ADHD/reading.
Meds: methylphenidate ER 36 mg daily - verified with {{FACILITY:Reidland Pharmacy}}, Rx {{ID:0558213}}, resumed {{DATE:10/31}}. Melatonin 3 mg qHS.
Screens: MAYSI-2 - angry-irritable "caution," suicide ideation 0, traumatic experiences 4 (brother {{NAME:Tavion}} killed 2023). PHQ-A 8. Referred to MH clinician Ms. {{NAME:Barkley}}, LCSW.
Labs: GC/CT NAAT urine neg, HIV/syphilis neg. TST placed {{DATE:10/31}}, read 0 mm.
Exam: Ht 5'9", Wt 141 lb, BP 116/70. Dental caries #3, #14, #19 - dental referral. Healed scar L forearm. Tanner 4.
Imms: behind - HPV #1 and MenACWY given today (grandmother consent by phone, witnessed by {{NAME:T. Rudd}}, RN).
Court: detention review hearing {{DATE:11/20/2024}}, {{LOCATION:McCracken County}} District Court, juvenile session.
Plan: cont meds, dental, MH weekly, re-eval at discharge. Copy of records to grandmother on release.`,
  `{{DATE:August 12, 2024}}

To: School nurse, {{FACILITY:Greenbrier East Elementary}}, and the State Immunization Officer
RE: Medical exemption request - {{NAME:Ellie Grace Shrewsbury}}, DOB {{DATE:03/08/2019}}
Address: {{ADDRESS:1177 Muddy Creek Mountain Rd}}, {{LOCATION:Alderson}}, WV {{ZIP:24910}}

To whom it may concern:
I am the primary care physician for {{NAME:Ellie}} at {{FACILITY:Alderson-Greenbrier Family Practice}}. At her 12-month visit ({{DATE:3/15/2020}}) she developed generalized hives, wheeze and hypotension 15 minutes after MMR and varicella vaccines, treated with epinephrine at our office and observed at {{FACILITY:Greenbrier Valley Medical Center}}.
She was evaluated by pediatric allergist Dr. {{NAME:Kavita Menon}} ({{FACILITY:Mountain State Allergy & Asthma}}) on {{DATE:June 2, 2020}}: skin test positive to gelatin, specific IgE to bovine gelatin 6.2 kUA/L. Both MMR and varicella vaccines contain gelatin as a stabilizer.
I request a PERMANENT medical exemption from MMR (doses 1 and 2) and varicella (doses 1 and 2). All other vaccines are up to date, including DTaP #5 and IPV #4 given {{DATE:7/30/24}}. Her mother, {{NAME:Amber Shrewsbury}}, understands the risk during measles outbreaks.
Please contact me at {{PHONE:304-555-0175}} or by fax {{FAX:304-555-0176}}.

{{NAME:Jonathan Hylton}}, MD   WV license {{LICENSE:23817}}`,
  `HEARING CONSERVATION PROGRAM - ANNUAL AUDIOGRAM REVIEW
Employer: {{FACILITY:Bluegrass Axle & Drivetrain}}, {{LOCATION:Georgetown}}, KY - Stamping, Line 4 (TWA 91 dBA)
Employee: {{NAME:Shelby Renee Tackett}}   Emp ID {{ID:BAD-20417}}   DOB {{DATE:9-9-1984}}
Baseline: {{DATE:03/15/2016}}   Annual: {{DATE:03/12/2024}}   Retest: {{DATE:04/09/2024}}
LEFT ear (dB HL)   500  1k  2k  3k  4k  6k
 baseline          10   10  15  20  25  25
 current           15   15  25  40  45  40
RIGHT ear: no significant change.
Average shift L at 2/3/4 kHz = 16.7 dB, after OSHA age correction 12.3 dB -> STANDARD THRESHOLD SHIFT. Average L at 2/3/4k 36.7 dB HL (>25) -> OSHA recordable (300 log).
Hx: reports shooting (deer season, no protection) and loud music; wears foam plugs "most of the time." Tinnitus L.
Action: refit with 3M E-A-R Classic (NRR 29), fit-test PAR 22 dB; written notice to employee {{DATE:4/10/2024}} (within 21 days); ENT referral Dr. {{NAME:Ravi Chandrasekhar}}, {{FACILITY:Bluegrass ENT & Audiology}}; supervisor {{NAME:Jeff Buchanan}} informed of STS only.
Audiometer Maico MA 41 (calibrated 01/2024). Booth ambient levels within ANSI S3.1.
Reviewed by {{NAME:Dana Whitehouse}}, Au.D.; tested by {{NAME:M. Gullett}}, COHC cert {{LICENSE:CAOHC-551902}}.`,
  `nsg note 2300-0700   {{FACILITY:pine haven manor}}   rm 12b
night of {{DATE:4/20-4/21/24}}
res: miss {{NAME:beulah mae tinsley}}, {{AGE:102}} yo, dnr/comfort focus, hospice ({{FACILITY:heart of the ozarks hospice}}) following.
2300 - in bed, eyes closed, resp even 18, no distress. repositioned r side, pillow btwn knees. brief changed, sm urine, skin intact except sacrum stage 2 (dressing dry/intact).
0130 - moaning, restless, picking at sheets. painad 4. roxanol 5 mg sl given per hospice order. 0200 resting quietly.
0330 - o2 2l nc on, sats 90%. mouth care w/ swabs, lips moist.
0500 - resp 24 w/ some pauses ~10 sec. hospice on-call rn {{NAME:trent}} notified at {{PHONE:417-555-0108}}, will visit in am. 
0545 - niece {{NAME:wilma jean tinsley}} called back ({{PHONE:417 555 0186}}), coming from {{LOCATION:mountain grove}} to sit w/ her. nephew {{NAME:carl}} in {{LOCATION:springfield}} aware.
0630 - {{FACILITY:shiloh freewill baptist}} prayer chain called by niece; pastor {{NAME:bowling}} may come by.
0700 - report to day nurse {{NAME:k. dunaway}}, lpn. res medicaid # {{HEALTH_PLAN:MO-771204495}} / mr {{MRN:phm-0442}}.
{{NAME:j. yarbrough}}, rn`,
];

export const HELDOUT_REALISTIC_68_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout68-${i + 1}`, n));
