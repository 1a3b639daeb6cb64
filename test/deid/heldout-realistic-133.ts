// A hundred-and-thirty-third held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from 192.0.2.x, 198.51.100.x and 203.0.113.x; towns, cities and counties are real places used only
// as LOCATION). Its theme is general internal medicine in a large multi-site health system (an
// invented system with a flagship, a community hospital, a river campus and a Kentucky site), with
// no ophthalmology: hospitalist admission H&Ps (typed, dictated, lower-case nocturnist shorthand,
// speech-recognition drafts), progress notes and attending attestations, consult requests and
// consult notes (nephrology, GI, ID, endocrine e-consult, C-L psychiatry, palliative care),
// discharge summaries with medication lists and plain-language discharge instructions,
// transitions-of-care calls and attempt logs, nurse-to-nurse and SNF transfer forms, prior
// authorization and medical-necessity letters, a peer-to-peer record, utilization reviews,
// observation notices, readmission reviews, a payer's denial notice and a member's appeal, patient
// portal threads (proxy, all-caps, non-native English), billing disputes, financial-counselling and
// collection-agency letters, fax covers, secure chats, pager logs, sign-out tables, rapid response,
// death pronouncement, privacy audit exports, critical-value and interpreter logs, home infusion,
// oxygen CMN, hospital-at-home and remote-monitoring logs, APS, custody, ROI, jury, FMLA, HCPOA,
// CDI query and registration print screens. Names come from many cultures and in many forms
// (surname first, all caps, initials, nicknames in quotes, first names alone, hyphenated and
// accented names, misspellings quoted as such, typist and signer initials).
// Deliberately left unmarked: eponyms and lookalikes (Kussmaul, Murphy sign, Mallory-Weiss,
// Dieulafoy, Janeway, Osler, Duke, Hoehn & Yahr, Child-Pugh, West Haven, Cullen/Grey Turner,
// Kernig/Brudzinski, Appelbaum, Morse, Braden, Beers, Hashimoto, Parkinson, Foley, Canadian CT Head
// Rule, Glasgow-Blatchford, Rockall), drugs, brands and doses (Entresto, Ozempic, Advil,
// 24/26 mg, 2.5/2.5 mcg), scores and lab values (CURB-65, CHA2DS2-VASc, HAS-BLED, LACE,
// MELD-Na, MoCA 14/30, PHQ-9, BP 158/94, BCx 2/2), device models (Zio XT, t:slim X2, Dexcom G7,
// AirSense 10, EverFlo, CoaguChek XS), ICD-10, CPT, HCPCS and MS-DRG codes, NDC/lot/CLIA numbers,
// rooms, beds, dialysis chairs, EMS and ambulance unit numbers, weekdays alone, clock times alone,
// years alone (2019, 2022-2024), seasons with a year (fall 2023), ages 89 and under, states and
// countries, and payers, their plan names, departments, P.O. boxes and toll-free lines.
// Annotation follows the README guideline: titles and credentials (Dr., Mrs., Rev., Sr., Fr.,
// Atty., CO, Chaplain, MD, RN) stay outside NAME spans; a time attached to a date with a year is
// inside its span, a time after a month/day without a year stays outside; a weekday written with a
// date is part of it; a month/year, a month/day without year and a holiday with a year are DATE;
// an age over 89 is AGE however written ([91] Y, [92]yo, [ninety], [94] YEARS OLD); a nickname in
// quotes or brackets is its own NAME span, and a name mentioned as a word is still NAME; named
// wards and units (Whitcombe 5, Delacroix 3 North, Lilac Hall), hospitals, campuses, clinics, labs,
// pharmacies, DME and infusion vendors, transport and ambulance companies, hospices, shelters,
// jails, churches, schools, employers, restaurants, law firms, credit unions and collection
// agencies are FACILITY; street addresses, road intersections, county roads and P.O. boxes of a
// patient or a treating facility are ADDRESS, with city, ZIP and county (LOCATION) separate;
// insurer, Medicare MBI, Medicaid, Medigap and retiree-plan member and group numbers are
// HEALTH_PLAN; hospital, guarantor, claim, ICN, invoice and vendor account numbers are ACCOUNT;
// NPI, DEA, state medical licences, notary commissions, supplier numbers and driver's licences
// are LICENSE; plates, VINs and an aircraft tail number are VEHICLE; pump, CGM, CPAP,
// concentrator, monitor, mattress and RPM kit serials are DEVICE; prior-auth, case, referral,
// interpreter, inmate, badge, employee, user, juror, accession, order, dispute, document, check and
// call-recording numbers are ID; short in-house pagers and extensions are PHONE; a wound or ID-scan
// photo file is PHOTO; a palm-vein template number is BIOMETRIC.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-28 final engine
// (9307391, rules and token model) 0.9812 / 0.9609; its rules alone 0.9722 / 0.9640.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `HOSPITALIST ADMISSION H&P
{{FACILITY:Calloway-Brandt Medical Center - Northgate}}    Unit: {{FACILITY:Whitcombe 5}}   Rm 5114-B
Pt: {{NAME:OKONKWO, Adaeze N.}}    MRN {{MRN:CBH-00418827}}    DOB {{DATE:07/19/1951}}    Adm {{DATE:03/02/2024 22:47}}
PCP: Dr. {{NAME:Lionel Abernathy}}, {{FACILITY:Harrow Street Primary Care}}
Attending: {{NAME:R. Castellanos-Wu}}, MD

CC: "can't catch my breath" x 4 days

HPI: 72F w/ HFrEF (EF 30% on TTE {{DATE:11/2023}}), CKD 3b, T2DM, presents from home in {{LOCATION:Beavercreek}} w/ progressive DOE, 3-pillow orthopnea, +8 lb wt gain. Ran out of furosemide 40 mg BID ~{{DATE:2/24}} b/c mail order from {{FACILITY:Kessler Drug #214}} was delayed. Daughter {{NAME:Chidinma}} ({{PHONE:937-555-0143}}) brought her in. No CP, no fever. Denies NSAIDs.

Exam: BP 158/94  HR 104  RR 24  SpO2 89% RA -> 94% 2L NC. JVP to angle of jaw, bibasilar crackles, 2+ pitting edema to knees. Kussmaul sign absent.
Labs: BNP 2,140  Cr 2.1 (baseline 1.6)  K 5.2  trop 0.04 -> 0.05 flat.
CXR: cephalization, small bilat effusions.

A/P:
1. Acute on chronic HFrEF, NYHA IV - IV furosemide 80 mg BID, strict I/O, daily wts, 1.5 L fluid restriction.
2. AKI on CKD - likely cardiorenal; BMP q12h.
3. T2DM - hold metformin, SSI.
Code: FULL (confirmed w/ pt and {{NAME:Chidinma}}).
Dispo: 3-4 days; {{FACILITY:Bellwether Home Health}} already follows.
-- {{NAME:RCW}} / dictated {{DATE:3/3/24 0112}}`,
  `PROGRESS NOTE   HD#3   {{DATE:Wed 3/6}}
{{NAME:Okonkwo, A}}   {{MRN:CBH-00418827}}   {{FACILITY:Whitcombe 5}}/5114B
S: slept in chair, "better", 2 pillows now. dtr {{NAME:Chidi}} at bedside asking re d/c Friday
O: Tmax 37.4  BP 132/78  HR 88  SpO2 95% 1L
   I/O -2.3L/24h, net -5.1L since adm.  wt 81.2 (adm 85.6)
   Cr 2.3 -> 2.0   K 4.1   Mg 1.8
   lungs few crackles L base, edema 1+
A/P
#ADHF - IV lasix 80 BID x1 more day then PO torsemide 40 daily. restart carvedilol 6.25 BID. Entresto on hold, PA submitted ref {{ID:PA-88315027}}; last echo {{DATE:11/14/2023}}
#AKI on CKD - improving
#DM - A1c 8.9. glargine 14u qHS + SSI
#Dispo - PT/OT rec home w/ HH. {{FACILITY:Bellwether Home Health}} liaison {{NAME:Marisol}} to see today x{{PHONE:6620}}. meds to beds via {{FACILITY:Northgate Outpatient Pharmacy}}
d/w cards fellow Dr {{NAME:Vanterpool}} - no ischemic w/u inpt, outpt nuc stress at {{FACILITY:Calloway Riverside Heart Institute}}
{{NAME:T. Nakashima-Reyes}}, DO (hospitalist)  pgr {{PHONE:4471}}`,
  `*** INPATIENT CONSULT REQUEST ***
Requested: {{DATE:03/05/2024 09:14}}       Priority: ROUTINE (within 24h)
Consulting service: NEPHROLOGY      Requested by: {{NAME:Priya Raghunathan}}, MD (Hospital Medicine)
Patient: {{NAME:Halvorsen, Birgit}}    Age: {{AGE:91}} Y    Sex: F
MRN: {{MRN:00872265}}      CSN: {{ACCOUNT:4410098723}}      Loc: {{FACILITY:Brandt Memorial Hospital}} / {{FACILITY:Delacroix 3 North}} / 3N-21
Reason for consult: Hyponatremia, Na 118 on admit ({{DATE:3/4}}), now 121. On HCTZ + sertraline. Urine Osm 410, UNa 52. ?SIAD vs thiazide. Also CKD 4 (eGFR 22) - question of candidacy for dialysis access planning; pt and son {{NAME:Anders}} say she "never wants the machine."
Question: Rate of correction / tolvaptan? Long-term plan?
Contact: Dr. {{NAME:Raghunathan}} via secure chat or vocera; unit clerk {{PHONE:(513) 555-0177}}
Outpt nephrologist (if any): Dr. {{NAME:S. Ferreira-Lund}}, {{FACILITY:Lebanon Kidney Associates}}, fax {{FAX:513-555-0190}}
Family at bedside most days - son {{NAME:Anders Halvorsen}} {{PHONE:513-555-0134}}, lives in {{LOCATION:Mason}}.
Note: Pt is Norwegian-speaking primarily; interpreter ID {{ID:INT-20733}} used on admission.
---
Accepted by: {{NAME:K. Oyelaran}}, MD (Nephrology) {{DATE:03/05/2024 11:02}}`,
  `DISCHARGE SUMMARY
Patient: {{NAME:Mwangi, Joseph Kamau}}            MRN: {{MRN:CB7719046}}
Admit: {{DATE:February 26, 2024}}     Discharge: {{DATE:March 1, 2024}}
Facility: {{FACILITY:Pine Hollow Community Hospital}}
Attending: {{NAME:Hélène Lefebvre}}, MD    PCP: {{NAME:Daniel Ruiz}}, NP, {{FACILITY:Eastfield Internal Medicine Associates}}

Principal dx: Community-acquired pneumonia, RLL (J18.1)
Secondary: COPD (GOLD 3), HTN, tobacco use (40 pk-yr)

Course: CURB-65 of 2. Ceftriaxone + azithromycin x3d then PO cefpodoxime. Legionella urine Ag neg. Weaned to RA {{DATE:2/29}}. Ambulated 150 ft w/o desat.

DISCHARGE MEDICATIONS
  NEW    cefpodoxime 200 mg PO BID x 4 more days (last dose {{DATE:3/4}})
  NEW    nicotine patch 21 mg/24h daily
  CHANGE prednisone 40 mg daily x 2 more days, then stop
  SAME   tiotropium 18 mcg inh daily; albuterol HFA 2 puffs q4h prn
  SAME   amlodipine 10 mg daily
  STOP   benzonatate (not helping)

Follow-up: {{NAME:Daniel Ruiz}}, NP - {{DATE:Thursday, March 7}} 10:40 AM, {{ADDRESS:2250 Harrow St, Suite 300}}, {{LOCATION:Kettering}} {{ZIP:45429}}. Repeat CXR 6 wk.
Pulm rehab referral faxed to {{FACILITY:Calloway Pulmonary Rehab - Fairborn}} ({{FAX:937-555-0119}}).
Employer note given for {{FACILITY:Dunmore Freight Lines}} - off work until {{DATE:3/11/24}}.
e-signed {{NAME:H. Lefebvre}} {{DATE:03/01/2024 15:22}}`,
  `TRANSITIONS OF CARE CALL - 48 HR POST DISCHARGE
Call date: {{DATE:3/3/2024}}   Caller: {{NAME:Ines Baptiste}}, RN, Care Transitions
Pt: {{NAME:Joseph Mwangi}}  DOB {{DATE:10/02/1956}}  MRN {{MRN:CB7719046}}
Number dialed: {{PHONE:(937) 555-0162}} (home) - no answer, LVM. Called cell {{PHONE:937.555.0188}} - spoke w/ wife {{NAME:Wanjiru}}, pt got on phone after 2 min.

- Picked up meds? YES, at {{FACILITY:Haverly Pharmacy}} on {{ADDRESS:Wilmington Pike}}. Cefpodoxime $14 copay.
- Understands pred taper? says "2 more then done" - correct.
- Smoking: "down to 4 a day," wearing patch. Referred to quit line.
- Breathing: better, using albuterol 2-3x/day. No fever. O2 sat at home 93% on his fingertip thing.
- F/u appt w/ {{NAME:Ruiz}} on {{DATE:3/7}} - aware. Ride: his nephew {{NAME:Otieno}} drives.
- Red flags reviewed (fever >101, worse SOB, chest pain -> call or ED).
- Teach-back: adequate.
Pt asked for letter for union rep at {{FACILITY:Dunmore Freight Lines}}; told him PCP office can help.
Time spent: 14 min.   Next call: {{DATE:3/10}} (7-day).
-IB`,
  `{{FACILITY:CALLOWAY-BRANDT HEALTH}}  |  Department of Hospital Medicine
{{ADDRESS:400 Brandt Parkway}}, {{LOCATION:Dayton}}, OH {{ZIP:45406}}  |  Fax {{FAX:937-555-0100}}

{{DATE:March 8, 2024}}

Pharmacy Prior Authorization Unit
BuckeyeSummit Advantage (HMO)
Fax: 1-800-555-0199

RE: Letter of Medical Necessity - sacubitril/valsartan 24/26 mg BID
Member: {{NAME:Adaeze N. Okonkwo}}      DOB: {{DATE:07/19/1951}}
Member ID: {{HEALTH_PLAN:BSA7730418802}}     PA case #: {{ID:PA-88315027}}

To Whom It May Concern,

I am writing on behalf of my patient, Mrs. {{NAME:Okonkwo}}, who was hospitalized at {{FACILITY:Calloway-Brandt Medical Center}} from {{DATE:3/2/2024}} to {{DATE:3/9/2024}} with acute decompensated heart failure with reduced ejection fraction (LVEF 30%, ICD-10 I50.23). This was her second HF admission in 6 months (prior: {{DATE:September 2023}}, {{FACILITY:Brandt Memorial Hospital}}). She has tolerated lisinopril in the past but ACE inhibitors were stopped after angioedema in 2019. ARNI therapy is guideline-directed (ACC/AHA 2022, Class 1) and reduces HF hospitalization. A 36-hour ACE washout is not applicable.

Denial of this medication places her at high risk of readmission. Please contact me directly at {{PHONE:937-555-0158}}.

Sincerely,
{{NAME:Tomoko Nakashima-Reyes}}, DO
NPI {{LICENSE:1457392016}}`,
  `UTILIZATION REVIEW - CONTINUED STAY
Reviewer: {{NAME:G. Petrosyan}}, RN, CCM      Date of review: {{DATE:2024-03-06}}
Pt: {{NAME:HALVORSEN, BIRGIT}}    Acct {{ACCOUNT:HAR 700413382}}    Payer: Medicare Part A (traditional)   MBI {{HEALTH_PLAN:4TR9-JK2-MW63}}
Facility: {{FACILITY:Brandt Memorial}}     Status: INPATIENT (2-MN met {{DATE:3/5}})
Criteria set: InterQual 2023, Hyponatremia subset

Day 2 review:
  Na 121 -> 124 on fluid restriction + salt tabs; q6h BMP. Still meets intensity of service (IS) for serial lytes q6h.
  Severity of illness: confusion improving (CAM neg today).
  Barrier: Pt {{AGE:91}} y/o, lives alone at {{ADDRESS:18 Orchard Knoll Ct}}, {{LOCATION:Lebanon}}. Son {{NAME:Anders}} lives 30 min away.
Plan: anticipate d/c {{DATE:3/8}} to SNF vs home w/ HH. SNF referrals sent: {{FACILITY:Maple Terrace Rehabilitation}}, {{FACILITY:Greyledge Nursing & Rehab}}.
Physician advisor review not needed at this time.
Secondary review requested? N
Notified attending Dr {{NAME:Raghunathan}} and CM {{NAME:Lucía Quispe}}, LSW (ext {{PHONE:3318}}).
-- {{NAME:GP}}`,
  `Patient Portal Message Thread  (MyCB Connect)
Subject: question about my water pill??

From: {{NAME:Birgit Halvorsen}} (proxy access: {{NAME:Anders Halvorsen}})
Sent: {{DATE:3/12/2024 7:41 PM}}
To: {{NAME:Lionel Abernathy}}, MD - {{FACILITY:Harrow Street Primary Care}}

hi this is {{NAME:Anders}} writing for my mom. she came home from {{FACILITY:Maple Terrace}} on {{DATE:Sunday 3/10}} and the discharge paper says STOP hydrochlorothiazide but the bottle from {{FACILITY:Kroll Family Pharmacy}} still has 2 refills and the aide from {{FACILITY:Bellwether}} put it in her pill box anyway. which is right?? also her salt pills - how long. she is {{AGE:91}} and gets confused with all this. my cell is {{PHONE:513-555-0134}} if easier. thanks -{{NAME:Anders}}

---
Reply from {{NAME:Jolene Traxler}}, RN (on behalf of Dr. {{NAME:Abernathy}})   {{DATE:3/13/2024 8:05 AM}}
Hi {{NAME:Anders}}, thank you for catching this. Dr. {{NAME:Abernathy}} agrees: she should NOT take hydrochlorothiazide (it lowered her sodium). Please take it out of the pill box. Sodium chloride 1 g twice daily until her lab check on {{DATE:3/15}} at the {{FACILITY:Quillon Reference Labs}} draw site on {{ADDRESS:Columbus Ave}} in {{LOCATION:Lebanon}}. I called {{FACILITY:Kroll Family Pharmacy}} to inactivate the HCTZ refills (spoke w/ {{NAME:Ray}}, RPh).
- {{NAME:JT}}`,
  `{{NAME:Rafael Domínguez-Arce}}
{{ADDRESS:7713 Old Troy Pike, Apt 12}}
{{LOCATION:Huber Heights}}, OH {{ZIP:45424}}
{{EMAIL:rafa.dominguez.arce@example.net}}

{{DATE:April 2, 2024}}

Patient Financial Services, {{FACILITY:Calloway-Brandt Health}}
{{ADDRESS:PO Box 9120}}, {{LOCATION:Dayton}}, OH {{ZIP:45401}}

RE: Guarantor acct {{ACCOUNT:GA-3390127}}, statement dated {{DATE:03/18/2024}}, balance $4,812.60

I am disputing the charges for my stay at {{FACILITY:Pine Hollow Community Hospital}} {{DATE:1/9/24}}-{{DATE:1/11/24}}. The admitting doctor (Dr. {{NAME:Kwame Asante-Boateng}}) told me I was "inpatient" but the bill says observation, so my plan (Heartland Mutual PPO, member {{HEALTH_PLAN:HMX-55120943-01}}) paid it as outpatient and I owe 20% coinsurance instead of the $250 inpatient copay. Nobody ever gave me a paper saying observation.

Also CPT 99223 was billed twice for {{DATE:1/9}}, and there is a lab charge for "troponin x4" but I only had blood drawn two times.

Please send an itemized bill and the UB-04 to the address above and put the account on hold while this is reviewed. The claim # on my EOB is {{ACCOUNT:CLM-2024-0117738}}.

My phone is {{PHONE:937-555-0126}} (after 4 pm, I work days at {{FACILITY:Wright-Haddad Tool & Die}}).

Sincerely,
{{NAME:Rafael Domínguez-Arce}}`,
  `[Secure Chat]  Thread: {{NAME:Nguyen Thi Lan}} (Rm 612)  MRN {{MRN:2204197}}   {{DATE:03/14/24}}
07:52 {{NAME:Castellanos-Wu, Rosa}} (Hospitalist): morning - 612 Mrs {{NAME:Nguyen}} had 9 beat run NSVT overnight on tele, K 3.3 Mg 1.6. repleting. EF?? nothing in our system
07:55 {{NAME:Sandeep Kaur}} (Cards NP): pulled CareEverywhere - echo at {{FACILITY:St. Anselm Regional}} ({{LOCATION:Springfield}}) {{DATE:8/22/23}} EF 55%, mild LVH
07:56 {{NAME:Castellanos-Wu, Rosa}}: ok so prob lytes. need formal consult?
07:58 {{NAME:Sandeep Kaur}}: curbside ok, but if recurs w/ K>4/Mg>2 call us. Dr {{NAME:Vanterpool}} is on, x{{PHONE:5590}}
08:01 {{NAME:Castellanos-Wu, Rosa}}: ty. son {{NAME:Minh}} asking about her old "heart monitor" - she had a Zio patch?
08:04 {{NAME:Sandeep Kaur}}: outside note says Zio XT SN {{DEVICE:ZX4471902A}}, read {{DATE:Sept 2023}} - PACs only, no AF
08:05 {{NAME:Castellanos-Wu, Rosa}}: thx!!
08:30 {{NAME:Tran, Bao}} (RN): FYI K recheck 3.9. pt asking for pho from {{FACILITY:Pho Saigon Garden}} - ok to let family bring?
08:31 {{NAME:Castellanos-Wu, Rosa}}: lol yes, low sodium broth pls. tell {{NAME:Minh}} to call me {{PHONE:937-555-0158}} after 2`,
  `ED -> HOSPITALIST HANDOFF (I-PASS)   rec'd by {{NAME:P. Raghunathan}} {{DATE:3/15/2024 2310}}
From: Dr. {{NAME:Tobias Achterberg}} (ED), {{FACILITY:Calloway Riverside Campus}}, hallway bed 14
I: watcher
P: {{NAME:Dmitri Volkov}}, 58M, MRN {{MRN:CR-3318450}}. EtOH use d/o (a fifth of vodka daily), last drink ~1400 today, CIWA 18 in ED. Hx withdrawal sz 2021. Lipase 680 ?pancreatitis. AST 212 ALT 98 plt 88. Brought by {{FACILITY:Sugar Hollow Fire & Rescue}} Medic 3.
A: phenobarb load per protocol, thiamine 500 IV TID, banana bag, LR 150/h, RUQ US in AM.
S: lives w/ GF {{NAME:Oksana}} at {{ADDRESS:2241 Valleywood Dr}}, {{LOCATION:Fairborn}}; she is at bedside, cell {{PHONE:937-555-0152}}. Works at {{FACILITY:Hollister Auto Salvage}}. Police kept his truck (plate OH {{VEHICLE:JXM-4471}}) after he hit a mailbox at {{ADDRESS:Dayton-Yellow Springs Rd & Trebein Rd}}; report #{{ID:24-FPD-010332}}. CT head/C-spine neg.
S: admitted to {{FACILITY:Osei Tower 7}} stepdown, bed 7-22. Accepting: {{NAME:Raghunathan}}.`,
  `RAPID RESPONSE TEAM NOTE
Called: {{DATE:03/16/2024 04:18}}   Location: {{FACILITY:Osei Tower 7}}, 7-22
Pt: {{NAME:Volkov, Dmitri A.}}   MRN {{MRN:CR-3318450}}
Caller: {{NAME:Jess Oduya}}, RN - "he's seeing bugs on the wall, HR 140s"
On arrival: agitated, diaphoretic, tremulous, RASS +3, HR 142 ST, BP 172/104, T 38.1, SpO2 96% RA, BG 141. CIWA 28.
Interventions: phenobarbital 260 mg IV x1 (cumulative 910 mg since adm, ~10 mg/kg), lorazepam 2 mg IV x1, 1:1 sitter, bed alarm. Restraints not needed.
Escalated: accepted by Dr. {{NAME:Ngozi Eze-Whitfield}} (MICU) 0455, transfer to {{FACILITY:Riverside MICU}} bed 4.
Family: GF {{NAME:Oksana Hrytsenko}} called {{PHONE:937-555-0152}} at 0510 and updated.
Team: {{NAME:M. Lindqvist}} RRT-RN, {{NAME:A. Bello}} RT, hospitalist Dr. {{NAME:Raghunathan}}
Time at bedside: 42 min
Signed {{NAME:Mikael Lindqvist}}, RN  {{DATE:3/16/24 0540}}`,
  `MEDICATION RECONCILIATION AT DISCHARGE - printed {{DATE:22-Mar-2024 11:06}}
Patient: {{NAME:ESPINOZA QUISPE, MARTA}}   MRN {{MRN:PH-0098124}}   DOB {{DATE:1931-05-04}}   Age {{AGE:92}}
Pharmacist: {{NAME:Yusuf Al-Rashid}}, PharmD  |  Preferred pharmacy: {{FACILITY:Haverly Pharmacy}} {{PHONE:937-555-0171}}

| Medication           | Dose/Route/Freq     | Status            | Last given | Next due |
| apixaban             | 2.5 mg PO BID       | NEW               | 0900       | 2100     |
| metoprolol succinate | 25 mg PO daily      | CHANGED (was 50)  | 0900       | AM       |
| levothyroxine        | 50 mcg PO daily     | SAME              | 0600       | 0600     |
| warfarin             | 2 mg PO daily       | STOPPED           | {{DATE:3/18}}       | --       |
| meclizine            | 12.5 mg PO TID prn  | STOPPED (Beers)   | --         | --       |

Apixaban dose: age >=80 + wt 49 kg -> 2.5 mg BID. CHA2DS2-VASc 5, HAS-BLED 2. INR {{DATE:3/20}} 1.4, started apixaban when <2.
Copay: Part D (Medicare Rx Secure) member {{HEALTH_PLAN:MRX-90041377}}: $47/mo. Granddaughter {{NAME:Yessenia}} ok with cost.
Anticoag clinic f/u at {{FACILITY:Eastfield Anticoagulation Clinic}} cancelled; notified {{NAME:Deb}} ({{PHONE:937-555-0108}}).
Reviewed via Spanish interpreter {{NAME:Rocío}} (ID {{ID:INT-11876}}) and granddaughter. -{{NAME:YAR}}`,
  `Nurse-to-nurse report, hospital -> SNF, phone {{DATE:03/22/2024 13:40}}
From {{NAME:Kayleigh}} RN, {{FACILITY:Pine Hollow}} 2 West (ext {{PHONE:2218}})  to  {{NAME:Abiodun}} LPN, {{FACILITY:Greyledge Nursing & Rehab}} ({{PHONE:937-555-0137}})
re: {{NAME:Marta Espinoza Quispe}}, {{AGE:92}}yo F, Spanish speaking, DOB {{DATE:5/4/31}}
- adm {{DATE:3/17}} for rapid AF + fall at home, no fx. now rate controlled 70s-80s.
- full code per pt, but wants to talk to priest - family asked for Fr. {{NAME:Ignacio Paredes}} from {{FACILITY:St. Ignatius of the Pines Parish}}
- skin: stage 2 sacrum 2x1.5 cm, mepilex, photo in chart {{PHOTO:IMG_20240321_0932_sacrum.jpg}}
- last BM {{DATE:3/21}}. voiding, no foley
- diet: mech soft, thin liquids
- transport: {{FACILITY:Careway Medical Transport}} w/c van, pickup 1500, confirmation {{ID:CMT-7781204}}
- belongings: dentures (upper), hearing aid R, walker
- contact: granddaughter {{NAME:Yessenia Flores}} {{PHONE:937-555-0183}}, home {{ADDRESS:515 Delphos Ave}}, {{LOCATION:Dayton}} {{ZIP:45417}}
questions call back ext {{PHONE:2218}} till 1930. -{{NAME:KM}}`,
  `GASTROENTEROLOGY CONSULT NOTE
{{FACILITY:Calloway-Brandt Medical Center}}   Date of service: {{DATE:March 19, 2024}}
Requesting: Dr. {{NAME:Hélène Lefebvre}} (Hospital Medicine)   Consultant: {{NAME:Arjun Bhattacharya}}, MD (GI)
Pt: {{NAME:Siobhán Ní Bhriain}}, 66F   MRN {{MRN:CBH-01177340}}

Reason: melena x2 days, Hgb 11.8 -> 7.9.
HPI: Retired teacher from {{FACILITY:Westbrook Middle School}}, recently back from visiting family in {{LOCATION:Galway}}. On naproxen 500 BID for knee OA and ASA 81. No prior EGD. Glasgow-Blatchford 11. Rockall pre-endoscopy 3.
Exam: HR 104, BP 104/62. Abd soft, mild epigastric TTP, no Murphy sign. Rectal: melena on glove (chaperone {{NAME:L. Sato}}, RN).
Impression: UGIB, likely NSAID PUD; also r/o Mallory-Weiss (no retching hx) and Dieulafoy.
Rec:
 - PPI pantoprazole 40 IV BID
 - transfuse Hgb <7
 - EGD today 1400 in {{FACILITY:Brandt Endoscopy Center}}; consent obtained, husband {{NAME:Declan}} ({{PHONE:937-555-0114}}) aware
 - H. pylori serology + biopsy
 - stop naproxen permanently
Will follow.  {{NAME:A. Bhattacharya}}  pager {{PHONE:937-555-0441}}`,
  `PEER-TO-PEER REVIEW - documentation by attending
Date/time of call: {{DATE:03/20/2024 16:05}}
Payer: Crestline Health Plan (Medicare Advantage)   Member ID {{HEALTH_PLAN:CHP-00918273-X}}
Pt: {{NAME:Achterberg, Willem}}  (no relation to ED Dr {{NAME:Achterberg}})  DOB {{DATE:12/30/1940}}
Acct {{ACCOUNT:70044219835}}   Ref # for denial: {{ID:UM-24-339017}}
Payer physician: Dr. {{NAME:Carol Benninghoff}}, medical director (callback {{PHONE:1-888-555-0142}})
Attending: {{NAME:Rosa Castellanos-Wu}}, MD

Summary: Inpatient admission {{DATE:3/16}} for sepsis from UTI (lactate 3.4, MAP 58 after 30 cc/kg, qSOFA 2) was downgraded by payer to observation. I reviewed: 2 L bolus, norepi 0.04 mcg/kg/min x6 h in ED at {{FACILITY:Calloway Riverside}}, blood cx + E. coli, AKI Cr 2.6 (bl 1.1). Expected LOS >2 MN at time of admission. Two-midnight rule applies to MA per 2024 CMS final rule.
Outcome: Dr {{NAME:Benninghoff}} overturned denial; inpatient approved for {{DATE:3/16/24}}-{{DATE:3/20/24}}. Auth #{{ID:A24-0771903}}.
Time: 11 min. Copy to UR ({{NAME:G. Petrosyan}}).`,
  `FAX COVER SHEET
{{FACILITY:Calloway-Brandt Health}} - Care Transitions Office
{{ADDRESS:400 Brandt Parkway, 2nd Floor}}, {{LOCATION:Dayton}} OH {{ZIP:45406}}

DATE: {{DATE:3-25-24}}       PAGES (incl cover): 7
TO: Dr. {{NAME:Magdalena Zielinski}} / {{FACILITY:Greene Valley Family Medicine}}
FAX: {{FAX:(937) 555-0127}}      PHONE: {{PHONE:(937) 555-0128}}
FROM: {{NAME:Ines Baptiste}}, RN     PHONE: {{PHONE:937-555-0102}}     FAX: {{FAX:937-555-0103}}

RE: {{NAME:ZIMMERMANN, HAROLD J}}   DOB {{DATE:08.11.1929}}   ({{AGE:94}} y)
Hospital MRN {{MRN:CBH-00233198}}

Enclosed: discharge summary ({{DATE:3/24/24}}), med list, pending labs (blood cx final, TSH), SNF refusal note.
Pt declined SNF, went home w/ daughter {{NAME:Trudy}} in {{LOCATION:Xenia}}. Needs PCP visit within 7 days per TCM; please call to schedule.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information... If received in error call {{PHONE:937-555-0102}} and destroy.`,
  `Pronouncement of Death
Pt: {{NAME:Bernadette}} "{{NAME:Bernie}}" {{NAME:Kowalczyk}}   MRN {{MRN:BMH-0047712}}   Age {{AGE:96}}
Unit: {{FACILITY:Delacroix 3 North}}, {{FACILITY:Brandt Memorial Hospital}}, room 3N-08
Called by {{NAME:Tamsin}} (RN) at 0312 for pt not breathing. Pt was DNR/DNI, comfort care since {{DATE:4/2}} (MOLST on chart, signed {{DATE:10-Jan-2023}}).
Exam 0320: no spontaneous respirations, no heart sounds x 1 min, no carotid pulse, no response to sternal rub.
Time of death: {{DATE:04/05/2024 03:20}}
Cause: aspiration pneumonia; underlying advanced dementia (FAST 7c), CKD 4.
Notified: son {{NAME:Stan Kowalczyk}} ({{PHONE:937-555-0195}}) at 0335, will come in. Attending Dr. {{NAME:Abernathy}} notified by voicemail.
Regional OPO notified 0341, referral {{ID:LB-2404-05512}}: not a candidate.
Funeral home per family: {{FACILITY:Novak & Sons Funeral Home}}, {{LOCATION:Kettering}}.
Chaplain Rev. {{NAME:Odell Fairweather}} at bedside w/ family 0415.
Coroner not required (expected death, >24h in hospital).
{{NAME:J. Adeyemi-Scott}}, MD (nocturnist)`,
  `MyCB Connect message
From: {{NAME:Harold Zimmermann}}  ({{EMAIL:hzimm1929@example.com}})
Sent: {{DATE:Mon, Apr 8, 2024 at 10:17 PM}}
Subject: BILL I GOT FOR AMBULANCE

TO WHOM IT CONCERNS,
I AM {{AGE:94}} YEARS OLD AND I DID NOT ASK FOR ANY AMBULANCE. ON {{DATE:MARCH 21}} THE PEOPLE AT {{FACILITY:PINE HOLLOW}} PUT ME IN ONE TO GO TO THE BIG HOSPITAL IN {{LOCATION:DAYTON}} AND NOW {{FACILITY:VALLEYLINE AMBULANCE}} WANTS $1,940. INVOICE NUMBER {{ACCOUNT:VLA-558102}}. MY MEDICARE NUMBER IS {{HEALTH_PLAN:1EG4-TE5-MK72}} AND I HAVE A SUPPLEMENT PLAN G TOO. WHY DIDNT THEY BILL IT. MY DAUGHTER {{NAME:TRUDY}} SAYS WRITE HERE. CALL ME {{PHONE:937 555 0193}} NOT BEFORE 9.
{{NAME:H. ZIMMERMANN}}

---
Reply: {{NAME:Keisha Monroe-Adebayo}}, Patient Financial Advocate  {{DATE:4/9/2024 9:32 AM}}
Dear Mr. {{NAME:Zimmermann}}, I'm sorry for the worry. Inter-facility transfer was ordered by Dr. {{NAME:Asante-Boateng}} for a cardiac cath. {{FACILITY:Valleyline}} is a separate company, but I have sent them your Medicare and supplement information and asked them to hold the bill (ref {{ID:PFA-0409-2231}}). I'll call you Thursday after 9. - {{NAME:Keisha}}`,
  `HOSPITALIST SIGN-OUT  {{FACILITY:Whitcombe 5}}  {{DATE:Sat 3/23}} day -> night  from {{NAME:TNR}} to {{NAME:Adeyemi-Scott}}
RM  | PT                 | 1-LINER                               | TO DO / IF-THEN
5102| {{NAME:Petrosyan, Armen}} 71M | NSTEMI s/p PCI LAD {{DATE:3/21}}, DAPT | if CP -> ECG, trop, call cards fellow {{NAME:Ojo}}
5105| {{NAME:Begay, Loretta}} 64F   | DKA resolved, new pump?              | pump rep {{NAME:Carla}} coming AM; old pump SN {{DEVICE:PT-77K-301455}} in locker
5109| "{{NAME:Sully}}" {{NAME:Sullivan}} 80M | cellulitis LLE, MRSA hx              | vanc trough 0500; if >20 hold
5111| {{NAME:Ramírez-Ochoa, T}} 45F  | SLE flare, Cr up                     | renal bx Mon - NPO MN {{DATE:3/24}}
5114| {{NAME:Okonkwo, A}} 72F       | ADHF                                 | d/c'd - bed clean
5120| {{NAME:Wojcik, Feliks}} {{AGE:90}}M | hip fx s/p ORIF, delirium           | no benzos. dtr {{NAME:Hanna}} {{PHONE:937-555-0146}} wants call if agitated
Code status all FULL except 5120 DNR (POLST).
Cross-cover pager {{PHONE:4471}}. Good luck - {{NAME:T}}`,
  `ADMISSION HISTORY AND PHYSICAL   (dictated; transcribed by {{NAME:mkh}} job {{ID:T-4471802}})
PATIENT: {{NAME:OBI-FITZGERALD, CHUKWUEMEKA}}      MR#: {{MRN:CR-3390611}}
DATE OF ADMISSION: {{DATE:04/11/2024}}       ATTENDING: {{NAME:PRIYA RAGHUNATHAN}}, MD
LOCATION: {{FACILITY:CALLOWAY RIVERSIDE CAMPUS}}, 6 EAST

CHIEF COMPLAINT: Vomiting and "sugar over 600."

HISTORY OF PRESENT ILLNESS: The patient is a 47-year-old man with type 1 diabetes since age 12 who goes by "{{NAME:Emeka}}." He is a custodian at {{FACILITY:Sandoval Elementary School}} and lost his insulin when his car was towed from {{ADDRESS:1120 Salem Avenue}} on {{DATE:April 8th}}; the car, a 2009 Honda Accord, VIN {{VEHICLE:1HGCP26849A017733}}, is still at the impound lot. Without basal insulin for three days. Initial pH 7.08, bicarb 6, anion gap 31, beta-hydroxybutyrate 7.9, potassium 5.8.

PAST MEDICAL HISTORY: Type 1 diabetes, prior DKA x2 (last {{DATE:June 2022}}), Hashimoto thyroiditis.

SOCIAL HISTORY: Lives with his sister {{NAME:Ngozi Obi}} at {{ADDRESS:3306 Hoover Ave}}, {{LOCATION:Dayton}}, {{ZIP:45402}}. No alcohol.

ASSESSMENT AND PLAN: Severe DKA. Insulin infusion per DKA protocol, two-bag system, potassium repletion once K below 5.3. Admit to step-down. Social work for insulin access; uninsured since leaving {{FACILITY:Montgomery Metro Transit}} in {{DATE:Jan 2024}}.

D: {{DATE:04/11/2024 03:12}}   T: {{DATE:04/11/2024 06:40}}
{{NAME:PR}}/{{NAME:mkh}}`,
  `Hospital Medicine Progress Note - {{DATE:Apr 12 2024}}
{{NAME:Faadumo Cali Warsame}} | 38F | MRN {{MRN:CBH-01266014}} | {{FACILITY:Northgate}} 4 West, airborne isolation rm 4W-02

Subjective: Via Somali interpreter {{NAME:Abdirahman}} (phone, ID {{ID:PI-55810}}). Cough less, still night sweats. Asking when she can see her children; husband {{NAME:Hassan}} keeping them home from {{FACILITY:Fairview Islamic Academy}}.

Objective: T 38.2 last night, 37.3 now. SpO2 97% RA. Wt 49.8 kg.
AFB smear x3: 1st 2+, 2nd 1+, 3rd pending. MTB PCR positive, rifampin resistance NOT detected. HIV neg. CXR RUL cavity.

Assessment/Plan:
1. Pulmonary TB, smear+. RIPE started {{DATE:4/10}} (weight-based). Pyridoxine 25 mg daily. Baseline LFTs ok.
2. Public health: reported to {{LOCATION:Montgomery County}} public health TB program, case # {{ID:MCPH-TB-24-0061}}. DOT nurse {{NAME:Renata Szabo}} ({{PHONE:937-555-0121}}) will visit home at {{ADDRESS:44 Kercher St, Unit B}}.
3. Contacts: household of 6; health dept to screen.
4. Isolation until 3 negative smears + clinical improvement.

{{NAME:Hélène Lefebvre}}, MD   pager {{PHONE:937-555-0443}}`,
  `INFECTIOUS DISEASES CONSULTATION
Date: {{DATE:4/15/24}}     Requesting: Dr. {{NAME:Nakashima-Reyes}} (Hospitalist)     Consultant: {{NAME:Wilhelmina Okafor-Strand}}, MD
Pt: {{NAME:Ellsworth, Thaddeus}} ("{{NAME:Tad}}"), 61M, MRN {{MRN:CBH-00611892}}, {{FACILITY:Whitcombe 5}}

Reason: MSSA bacteremia, source?
HPI: Retired lineman for {{FACILITY:Stillwater Prairie Electric Co-op}}. Presented {{DATE:4/12}} w/ rigors, L knee pain. Blood cx 4/4 MSSA. Knee tap: 88k WBC, GPC in clusters. Prosthetic L knee placed {{DATE:3/2019}} at {{FACILITY:Lakeshore Orthopaedic Hospital}}, {{LOCATION:Toledo}}. TEE {{DATE:4/14}}: no vegetation. No Janeway lesions, no Osler nodes.

Impression: MSSA bacteremia w/ PJI L TKA (early hematogenous). Duke criteria not met for IE.
Recs:
 - cefazolin 2 g IV q8h; repeat BCx until neg x48h
 - ortho for DAIR (Dr. {{NAME:Ibáñez}} aware) -- scheduled {{DATE:Wed 4/17}}
 - PICC after clearance; OPAT via {{FACILITY:LumaCare Infusion}} ({{PHONE:877-555-0164}}), intake ref {{ID:LCI-240415-882}}
 - rifampin to be added post-op
 - weekly CBC/BMP/ESR/CRP faxed to ID clinic {{FAX:937-555-0181}}
Discussed w/ pt and wife {{NAME:Georgette}}.
{{NAME:W. Okafor-Strand}}`,
  `HOME INFUSION REFERRAL FORM - {{FACILITY:LumaCare Infusion}} (fax {{FAX:877-555-0165}})
Referral date: {{DATE:04/18/2024}}     Anticipated SOC: {{DATE:04/20/2024}}
Patient name: {{NAME:Thaddeus Ellsworth}}     DOB: {{DATE:02/09/1963}}     Sex: M
Home address: {{ADDRESS:9 Quarry Hill Rd}}     City: {{LOCATION:Arcanum}}     ZIP: {{ZIP:45304}}
Phone: {{PHONE:937-555-0111}}     Alt contact: {{NAME:Georgette Ellsworth}} (wife) {{PHONE:937-555-0112}}
Insurance: Ohio Public Employees Retiree plan - member ID {{HEALTH_PLAN:OPR884720115}}  Group {{HEALTH_PLAN:GRP-00420}}
Dx: T84.53XA PJI L knee; R78.81 bacteremia
Drug: cefazolin 2 g IV q8h x 6 wk; end date {{DATE:5/27/24}}
Access: PICC, 4 Fr single lumen, R basilic, 41 cm, tip cavoatrial jxn per CXR {{DATE:4/18}}. Lot 23K0114 (not needed by pharmacy).
Labs: weekly CBC w/ diff, BMP, ESR, CRP -> ID clinic
[X] Nursing visit weekly + prn     [X] Teach pt/caregiver     [ ] Infusion suite
Ordering MD: {{NAME:Wilhelmina Okafor-Strand}}    NPI {{LICENSE:1669302845}}
Signature: /s/ {{NAME:W O-S}}     Date {{DATE:4/18/24}}
Intake coordinator: {{NAME:Darnell}} ext {{PHONE:331}}`,
  `DISCHARGE SUMMARY - {{FACILITY:Calloway-Brandt Medical Center}}
{{NAME:Loretta Begay}}  DOB {{DATE:9/14/1959}}  MRN {{MRN:CBH-00990277}}  Admit {{DATE:3/20/2024}}  D/C {{DATE:3/25/2024}}
Attending {{NAME:T. Nakashima-Reyes}}, DO

Dx: DKA (mild) from insulin pump occlusion; T1DM; hypothyroid.
Course: Pump site occluded; DKA resolved on IV insulin in <24h. Pump replaced under warranty by Tandem rep {{NAME:Carla Whitehorse}}. Old pump t:slim X2 SN {{DEVICE:PT-77K-301455}} returned. New pump SN {{DEVICE:PT-91M-118207}}; Dexcom G7 sensor, transmitter code {{DEVICE:DXG7-4H2QK9}}. Basal rates reviewed with diabetes educator {{NAME:Rhiannon Pugh}}, CDCES.

D/C meds:
 - insulin lispro via pump (basal 0.85 u/h 0000-0600, 1.0 u/h 0600-2400; ICR 1:10; ISF 45)
 - glargine 10 u SC back-up if pump fails
 - levothyroxine 88 mcg daily (same)
 - glucagon 3 mg nasal prn
F/u: endo Dr. {{NAME:Oyelaran-Price}} at {{FACILITY:Calloway Diabetes Center}} in 1-2 wk; call {{PHONE:937-555-0133}}.
Pt is from {{LOCATION:Shiprock}}, visiting sister {{NAME:Darlene}} in {{LOCATION:Centerville}} until {{DATE:May 3}}; records sent to her clinic, {{FACILITY:Shiprock Valley Family Clinic}}, fax {{FAX:505-555-0176}}.`,
  `{{DATE:April 22, 2024}}

Attn: Utilization Management / DME Prior Authorization
Riverbend Community Care (Medicaid managed care)
Fax 1-866-555-0140

Re: {{NAME:Chukwuemeka Obi-Fitzgerald}}, DOB {{DATE:06/30/1976}}
Medicaid ID {{HEALTH_PLAN:106633847219}}     Request: continuous glucose monitor (HCPCS E2103, A4239)
Prior request # {{ID:RCC-DME-2404-11093}} (denied {{DATE:4/19/24}}, "no documented hypoglycemia")

Dear Medical Reviewer,

Mr. {{NAME:Obi-Fitzgerald}} has type 1 diabetes (E10.10 at admission) and was admitted to {{FACILITY:Calloway Riverside Campus}} from {{DATE:4/11}} to {{DATE:4/15/2024}} with severe diabetic ketoacidosis (pH 7.08), his third DKA episode. During that stay he had two glucose readings below 54 mg/dL ({{DATE:4/13}} 0220 and 0540) during insulin transition. He uses 4+ injections a day. Under the plan's own criteria a CGM is indicated for insulin-requiring diabetes with level 2 hypoglycemia or recurrent DKA; he meets both.

His Medicaid coverage became active {{DATE:04/16/2024}} after our financial counselor, Mr. {{NAME:Tobiah Lindgren}}, completed the application.

Supplier: {{FACILITY:Apex Respiratory & Diabetic Supply}}, NPI {{LICENSE:1992847103}}.
Please call me with questions at {{PHONE:937-555-0147}}.

{{NAME:Priya Raghunathan}}, MD, Hospital Medicine
Ohio license {{LICENSE:35.141872}}`,
  `NOTICE OF OBSERVATION STATUS - staff documentation
Pt: {{NAME:Gutiérrez-Nakamura, Elena}}     MRN {{MRN:PH-0104455}}     Acct {{ACCOUNT:PH88104733}}
Arrived ED: {{DATE:04/23/2024 19:52}}     Obs order: {{DATE:04/23/2024 23:15}}
Dx: chest pain, r/o ACS (HEART score 4)
Payer: Medicare Part B (MBI {{HEALTH_PLAN:7QN3-WE8-KP15}}) + secondary AARP-type supplement (not verified)

Form CMS-10611 (MOON) delivered {{DATE:4/24/24 1010}} by {{NAME:Brianna Okoye}}, Patient Access, with oral explanation.
Pt preferred that her daughter-in-law {{NAME:Yuki Nakamura}} (POA, {{PHONE:937-555-0169}}) co-sign; she did, by phone witness {{NAME:R. Haddad}}, RN.
Pt asked "will this be paid like the hospital?" - explained Part B coinsurance, SNF 3-day rule. Pt is {{AGE:ninety}} and sharp; she said she understood.
Refused signature? NO
Copy given to pt; original scanned to media tab ({{ID:DOC-0424-77120}}).
UR RN {{NAME:Gohar Petrosyan}} reviewed {{DATE:4/24}} 1300: continues to meet OBS (serial trops, stress test tomorrow at {{FACILITY:Pine Hollow}} nuclear). Not meeting IP.
Address on file verified: {{ADDRESS:1840 Shroyer Rd}}, {{LOCATION:Oakwood}} {{ZIP:45419}}.`,
  `FINANCIAL COUNSELING - PHONE LOG
Acct/guarantor: {{ACCOUNT:GA-3390127}} ({{NAME:DOMINGUEZ-ARCE, RAFAEL}})
{{DATE:04/09/24 11:20}} - Inbound from pt {{PHONE:937-555-0126}}. Pt upset re obs vs IP ({{DATE:1/9}}-{{DATE:1/11/24}}, {{FACILITY:Pine Hollow}}). Read him the obs order from chart (Dr {{NAME:Asante-Boateng}}, {{DATE:1/9/24 2205}}). Explained status set at admit and UR downgraded next AM per condition code 44. Pt says nobody told him. Verified no MOON needed (commercial plan). Opened dispute {{ID:DSP-24-004418}}, acct placed on 60-day hold. Sent itemized bill to {{ADDRESS:7713 Old Troy Pike Apt 12}}. -{{NAME:K.M.A.}}
{{DATE:04/16/24 09:05}} - Coding review ({{NAME:Lorraine Fitch}}, CCS): 99223 x2 on {{DATE:1/9}} = duplicate, 2nd line reversed. Troponin: 4 results but 2 draws (add-on from same tube) - billed correctly per CPT 84484 x4? -> sent to charge audit.
{{DATE:04/30/24 14:47}} - Charge audit: troponin reduced to x2. Corrected claim to Heartland Mutual (claim {{ACCOUNT:CLM-2024-0117738}}), new bal est $3,960. Pt emailed at {{EMAIL:rafa.dominguez.arce@example.net}} and offered financial assistance app + 24-mo plan. -{{NAME:KMA}}`,
  `MyCB Connect > Messages > Medication Renewal Request
Patient: {{NAME:Oluwaseun Adebayo-Clarke}}    DOB {{DATE:1/27/1988}}    MRN {{MRN:CBH-01409931}}
Requested {{DATE:05/02/2024 23:48}} from IP {{IP:198.51.100.74}} (iOS app 11.2)

Medication: apixaban 5 mg tab, 1 tab BID  (originally prescribed at discharge {{DATE:4/5/2024}} by {{NAME:J. Adeyemi-Scott}}, MD)
Pharmacy: {{FACILITY:Kessler Drug #219}}, {{ADDRESS:4100 Linden Ave}}, {{LOCATION:Riverside}} OH   {{PHONE:937-555-0175}}
Comment from patient: "only 3 left!!! hospital dr said 3 months for the clot (PE) but my new PCP appt isnt till {{DATE:may 20}}. also do i still need to avoid ibuprofen. i coach at {{FACILITY:Stebbins Youth Soccer League}} and my knee hurts"

---- staff ----
{{DATE:5/3/24 0812}} {{NAME:Cassidy L.}}, CMA: routed to covering MD, hospital discharge clinic pool.
{{DATE:5/3/24 0930}} Dr. {{NAME:Moses Kiprono}}: 30-day supply sent, 1 refill. PE provoked? Per d/c summary unprovoked - will need PCP to decide duration. Yes avoid ibuprofen; acetaminophen ok. PCP Dr. {{NAME:Zielinski}} visit {{DATE:5/20}} confirmed.
Reply sent via portal {{DATE:5/3/24 0934}}.`,
  `EHR ACCESS AUDIT - privacy investigation {{ID:PRIV-2024-0193}}
Requested by: {{NAME:Annika Sorensen-Hale}}, Privacy Officer, {{FACILITY:Calloway-Brandt Health}}
Subject record: {{NAME:KIPRONO, GRACE W}}  MRN {{MRN:CBH-00788413}}  (employee, {{FACILITY:Brandt Memorial}} Environmental Services)
Complaint rec'd {{DATE:5/06/2024}}: pt believes co-worker viewed her admission (ED {{DATE:4/28/2024}}).

timestamp            | user id   | user name           | dept          | action        | workstation / IP
{{DATE:2024-04-28 21:14:07}} | {{ID:u118204}}   | {{NAME:OKOYE, BRIANNA}}     | Patient Access| Registration  | {{IP:203.0.113.41}}
{{DATE:2024-04-28 22:40:51}} | {{ID:u093377}}   | {{NAME:HADDAD, RAMI}}       | 3 North RN    | MAR view      | {{IP:203.0.113.88}}
{{DATE:2024-04-29 02:03:12}} | {{ID:u201569}}   | {{NAME:PINKNEY, DESHAWN}}   | EVS           | Chart review  | {{IP:198.51.100.203}}
{{DATE:2024-04-29 02:05:44}} | {{ID:u201569}}   | {{NAME:PINKNEY, DESHAWN}}   | EVS           | Notes view    | {{IP:198.51.100.203}}
{{DATE:2024-04-29 07:30:19}} | {{ID:u100045}}   | {{NAME:KIPRONO, MOSES}}     | Hospitalist   | Progress note | {{IP:203.0.113.12}}

Note: Dr. {{NAME:Kiprono}} is pt's spouse but was assigned attending? -> verify schedule. EVS access has no treatment relationship.
Findings due {{DATE:5/20}}. Cc HR ({{NAME:Wendell Ames}}).`,
  `PALLIATIVE CARE CONSULT
Date {{DATE:5/8/2024}}  |  Req: Dr. {{NAME:Castellanos-Wu}} (HM)  |  Seen by {{NAME:Benedikt Aurelio}}, NP-C, with chaplain Sr. {{NAME:Perpetua Mbah}}
Pt: {{NAME:Augustin Delacroix-Pierre}}, {{AGE:93}}M, MRN {{MRN:BMH-0051207}}, {{FACILITY:Delacroix 3 North}} rm 3N-14 (family says the unit is named for his grandfather's brother)

Reason: goals of care; recurrent aspiration, 3rd admission in 60 days.
Hx: Parkinson disease (Hoehn & Yahr 5), dysphagia, sarcopenia; LTC resident at {{FACILITY:Greyledge Nursing & Rehab}} since {{DATE:Oct 2022}}.
Family meeting 1400, 3N conference rm: daughter {{NAME:Marie-Claire Pierre}} (HCPOA, {{PHONE:937-555-0106}}), son {{NAME:Jean-Luc}} on speaker from {{LOCATION:Montreal}}, grandson {{NAME:Théo}}.
Prognosis discussed (PPS 20%, likely weeks). Family recalls he said "no tubes" at his birthday party in the hall of {{FACILITY:Our Lady of the Valley Church}}.
Decisions: DNR/DNI (order entered), no PEG, comfort feeds, hospice eval. Preferred: {{FACILITY:Cedar Lantern Hospice}}, referral {{ID:CLH-88120}} faxed to {{FAX:937-555-0197}}.
Symptoms: secretions -> glycopyrrolate 0.2 mg IV q6h prn; dyspnea -> morphine 2 mg IV q2h prn.
POLST completed and signed {{DATE:05/08/2024}}.
Time 75 min, >50% counseling.
{{NAME:B. Aurelio}}, NP / {{NAME:PM}}`,
  `SOCIAL WORK ASSESSMENT - {{FACILITY:Calloway Riverside Campus}}
{{DATE:05/10/2024}}    LSW: {{NAME:Lucía Quispe}}
Pt {{NAME:Roderick}} "{{NAME:Rocky}}" {{NAME:Thibodeaux}}, 54M, MRN {{MRN:CR-3401778}}, admitted {{DATE:5/7}} w/ R forearm abscess/cellulitis (IVDU).
Housing: staying at {{FACILITY:Gable Street Night Shelter}}. Lived w/ brother {{NAME:Clovis}} at {{ADDRESS:617 Ziegler St}}, {{LOCATION:Dayton}} until eviction {{DATE:2/2024}}.
Income: none; applying for SSDI - SSN {{SSN:552-48-7719}} confirmed w/ pt for the application; SSA phone appt {{DATE:May 21}}.
ID: state ID lost; BMV letter given; birth cert requested from {{LOCATION:Lafayette Parish}}, Louisiana.
Substance use: IV fentanyl, wants MOUD. Buprenorphine started inpatient by Dr. {{NAME:Kiprono}}; bridge appt at {{FACILITY:Calloway Addiction Bridge Clinic}} {{DATE:5/13}} 9am.
Phone: prepaid {{PHONE:937-555-0109}} (often off). Alt: case mgr {{NAME:Tasha Greenlee}}, {{FACILITY:Daybreak Outreach}}, {{PHONE:937-555-0124}}.
Plan: shelter bed held through {{DATE:5/12}}; naloxone kit given; bus pass x2.
-{{NAME:LQ}}`,
  `CM NOTE {{DATE:5.14.24}}   {{NAME:Feliks Wojcik}} {{AGE:90}}M   MRN {{MRN:CBH-00154360}}   rm 5120
Per PT/OT: SNF level (Max A transfers, AM-PAC 11). Pt/dtr {{NAME:Hanna Wojcik-Brandt}} choices in order:
 1. {{FACILITY:Maple Terrace Rehabilitation}} ({{LOCATION:Centerville}}) - bed offer rec'd 1030, can accept {{DATE:5/15}}
 2. {{FACILITY:Linden Grove Care Center}} - declined (no Medicare bed)
 3. {{FACILITY:Greyledge Nursing & Rehab}} - pending
Medicare A: 3 qualifying MN met ({{DATE:5/9}}-{{DATE:5/14}}). No auth needed. Secondary Medigap plan N, member {{HEALTH_PLAN:MGN-3301-778-02}}.
Transport: {{FACILITY:Careway Medical Transport}} stretcher {{DATE:5/15}} 1300, conf {{ID:CMT-7790311}}.
IMM (2nd copy) to be given {{DATE:5/15}} AM.
dtr phone {{PHONE:937-555-0146}}; lives {{ADDRESS:2901 Wilmington Pike}}, {{LOCATION:Kettering}}.
Note: pt's wife {{NAME:Zofia}} is at {{FACILITY:Maple Terrace}} already (LTC) - family happy they will be together.
-{{NAME:rwd}} x{{PHONE:3324}}`,
  `INTERPRETER SERVICES - ENCOUNTER LOG   {{FACILITY:Northgate}}   week of {{DATE:5/13/24}}
date | pt (MRN) | lang | interpreter | modality | clinician | min
{{DATE:5/13}} | {{NAME:Warsame, F}} ({{MRN:CBH-01266014}}) | Somali | {{NAME:Abdirahman H.}} #{{ID:PI-55810}} | phone | {{NAME:Lefebvre}} | 22
{{DATE:5/13}} | {{NAME:Pham Van Duc}} ({{MRN:CBH-01301285}}) | Vietnamese | {{NAME:Nguyen, Kim-Anh}} (staff) | in person | {{NAME:Kiprono}} | 35
{{DATE:5/14}} | {{NAME:Espinoza Q., Marta}} ({{MRN:PH-0098124}}) | Spanish | {{NAME:Rocío Delgado}} #{{ID:INT-11876}} | video | {{NAME:Bhattacharya}} | 18
{{DATE:5/15}} | {{NAME:Hrytsenko, Oksana}} (family of {{NAME:Volkov}}) | Ukrainian | {{NAME:Taras}}, vendor {{FACILITY:LinguaBridge Remote}} | video | SW | 40
{{DATE:5/16}} | {{NAME:Ahmadzai, Gul}} ({{MRN:CR-3412094}}) | Pashto/Dari | {{NAME:Farid}} #{{ID:LB-7731}} | phone | {{NAME:Raghunathan}} | 27
ASL: none.
Note: family member used as interpreter {{DATE:5/14}} overnight for Mr {{NAME:Pham}} - reminder sent to 4W charge RN {{NAME:Destiny}}.`,
  `ANTICOAGULATION CLINIC - TELEPHONE ENCOUNTER
{{FACILITY:Eastfield Anticoagulation Clinic}}    {{DATE:5/17/2024 1015}}
Pt: {{NAME:Harold Zimmermann}}, {{AGE:94}}y, MRN {{MRN:CBH-00233198}}. Indication: mechanical MVR (On-X), goal INR 2.5-3.5
Spoke with: daughter {{NAME:Gertrud}} "{{NAME:Trudy}}" {{NAME:Ames}} (on HIPAA release) at {{PHONE:937-555-0192}}
POC INR today (home monitor CoaguChek XS, meter SN {{DEVICE:UQ1840077652}}): 1.9
Warfarin 5 mg tabs: 5 mg daily except 7.5 mg Mon/Fri (40 mg/wk)
Missed doses? "maybe 1 last weekend when he was at his son's in {{LOCATION:Yellow Springs}}"
New meds: none. Diet: more salads - reviewed vitamin K consistency.
Bleeding/clots: none.
Plan: 7.5 mg today, then 45 mg/wk (7.5 mg Mon/Wed/Fri, 5 mg other days). Recheck {{DATE:5/24}}.
Result uploaded by remote monitoring vendor {{FACILITY:HomeClot Direct}}, acct {{ACCOUNT:HCD-0052718}}.
Teach-back done.
{{NAME:Mariel Santos-Ocampo}}, PharmD, CACP`,
  `CRITICAL RESULT NOTIFICATION LOG - {{FACILITY:Quillon Reference Labs}} -> {{FACILITY:Calloway-Brandt Medical Center}}
accession | patient | test | result | called to | read-back | time
{{ID:Q24-138-00417}} | {{NAME:ANAND, KAVITA}} | K | 6.4 H (not hemolyzed) | {{NAME:Ashlyn}} RN, {{FACILITY:Whitcombe 5}} | Y | {{DATE:05/17/2024 0214}}
{{ID:Q24-138-00502}} | {{NAME:VOLKOV, DMITRI}} | Plt | 19 | {{NAME:J. Oduya}} RN | Y | {{DATE:05/17/2024 0305}}
{{ID:Q24-138-00688}} | {{NAME:THIBODEAUX, RODERICK}} | BCx 1/2 | GPC clusters | Dr {{NAME:Kiprono}} (pgr {{PHONE:4419}}) | Y | {{DATE:05/17/2024 0447}}
{{ID:Q24-138-00712}} | {{NAME:PHAM VAN DUC}} | Lactate | 4.6 | {{NAME:Delmar}} RN 4W | N - recalled, done 0516 | {{DATE:05/17/2024 0510}}
Tech: {{NAME:C. Ferreira}}, MLS(ASCP); verified {{NAME:S.B.}}
Lab CLIA 36D0000000 on file. Reportable to state? No.`,
  `VIDEO VISIT - Hospital Follow-up Clinic, {{FACILITY:Calloway-Brandt Health}}
Date: {{DATE:May 20, 2024}}   Start 1:30 PM   End 1:52 PM
Pt location: home, {{LOCATION:Piqua}}, Ohio (confirmed)   Provider location: {{FACILITY:Northgate}} clinic
Link: {{URL:https://video.callowaybrandt-health.example/join/7Hq2-PL9x}}  (pt joined from IP {{IP:192.0.2.58}})
Pt: {{NAME:Kavita Anand}}, 67F, MRN {{MRN:CBH-01322870}}

Adm {{DATE:5/14}}-{{DATE:5/18}} for hyperkalemia (K 6.4) on spironolactone + lisinopril + TMP-SMX (the last given by {{FACILITY:FirstStop Urgent Care}} for UTI).
Today: feels well, no palpitations. Home-draw BMP {{DATE:5/19}} by {{FACILITY:Quillon}} mobile phlebotomist: K 4.7, Cr 1.3.
Meds: spironolactone stopped; lisinopril 10 mg (was 20). TMP-SMX added to intolerances as "hyperkalemia".
Husband {{NAME:Rajesh}} on video, manages the pillbox.
Plan: BMP 1 wk; PCP Dr. {{NAME:Zielinski}} on {{DATE:6/3}}. Avoid salt substitutes (KCl).
Total time 22 min.  {{NAME:Moses Kiprono}}, MD`,
  `{{FACILITY:HARROW STREET PRIMARY CARE}}
{{ADDRESS:2250 Harrow St, Suite 300}} | {{LOCATION:Kettering}}, OH {{ZIP:45429}} | Tel {{PHONE:937-555-0130}} | Fax {{FAX:937-555-0131}}

{{DATE:05/21/2024}}

Jury Commissioner
{{LOCATION:Montgomery County}} Court of Common Pleas

RE: Juror {{NAME:Ruth Abernathy-Lowe}}, Juror No. {{ID:J-2024-118830}}, summoned for {{DATE:June 10, 2024}}
DOB {{DATE:03/03/1933}}

Please excuse my patient from jury service. Mrs. {{NAME:Abernathy-Lowe}} is {{AGE:91}} years old, was recently hospitalized at {{FACILITY:Brandt Memorial Hospital}} ({{DATE:April 30}} - {{DATE:May 6, 2024}}) for heart failure, uses oxygen at 2 L/min, and cannot sit for extended periods. She is also the caregiver for her husband, {{NAME:Cyrus}}. Permanent excusal is requested.

(We are not related; "{{NAME:Abernathy}}" is a common name in this county.)

Sincerely,
{{NAME:Lionel Abernathy}}, MD
Ohio Medical License {{LICENSE:35.098214}}`,
  `CERTIFICATION OF HEALTH CARE PROVIDER FOR FAMILY MEMBER'S SERIOUS HEALTH CONDITION (WH-380-F) - excerpt
Employer: {{FACILITY:Brookline Packaging Solutions}}   HR: {{NAME:Dana Whitfield}} {{EMAIL:dwhitfield@brooklinepack.example}}
Employee: {{NAME:Marie-Claire Pierre}}    Employee ID {{ID:E-204471}}
Family member: {{NAME:Augustin Delacroix-Pierre}}   Relationship: father
Provider: {{NAME:Hélène Lefebvre}}, MD, Internal Medicine, {{FACILITY:Brandt Memorial Hospital}}, {{ADDRESS:1 Memorial Dr}}, {{LOCATION:Dayton}} OH {{ZIP:45405}}; ph {{PHONE:937-555-0150}}; fax {{FAX:937-555-0151}}
1. Approximate date condition commenced: {{DATE:04/28/2024}}
2. Probable duration: lifetime (weeks to months; hospice)
3. Inpatient care: yes, {{DATE:5/5/24}} to {{DATE:5/12/24}}, {{FACILITY:Brandt Memorial}}
4. Care the employee will provide: feeding, transport to hospice house, comfort, psychological support.
5. Leave: continuous {{DATE:5/13/2024}} through {{DATE:7/31/2024}}; then intermittent ~2 episodes/month, 1-2 days each.
Signature: {{NAME:H. Lefebvre}}      Date: {{DATE:5/13/2024}}`,
  `HIM - AUTHORIZATION FOR RELEASE OF INFORMATION   (rec'd by fax {{DATE:5/22/2024 16:18}} from {{FAX:614-555-0188}})
Patient: {{NAME:Dmitri A. Volkov}}    DOB {{DATE:11/11/1965}}    MRN {{MRN:CR-3318450}}
ID verified: Ohio DL {{LICENSE:TK418862}} (scan {{PHOTO:ROI_0522_DL_scan_02.png}}); identity also confirmed at kiosk by palm-vein template {{BIOMETRIC:PV-00718842}}
Release to: Atty. {{NAME:Miriam Oyelowo-Grant}}, {{FACILITY:Oyelowo-Grant & Pettibone LLP}}, {{ADDRESS:88 E Broad St, Ste 1400}}, {{LOCATION:Columbus}} OH {{ZIP:43215}}
Records: ED + inpatient {{DATE:3/15/2024}}-{{DATE:3/22/2024}} incl. BAL/tox. 42 CFR Part 2 SUD consent box [X] checked.
Purpose: legal - {{LOCATION:Fairborn}} Municipal Court case {{ID:24TRC01877}}
Expires: {{DATE:11/22/2024}}      Signed by pt: {{DATE:05/20/2024}}
Processed by {{NAME:Tyesha Grund}}, ROI Specialist; request {{ID:ROI-24-052217}}; invoice {{ACCOUNT:ROI-INV-77105}} ($28.50) mailed.`,
  `h&p - hospitalist (nocturnist) {{DATE:6/2/24 0140}}  {{FACILITY:pine hollow community}} 2W
pt {{NAME:pham van duc}} 81m, mrn {{MRN:PH-0110238}}, vietnamese only - used son {{NAME:tuan}} initially then tele-interp {{NAME:Lien}} #{{ID:LB-6620}}
cc fever/confusion
hpi: per son, pt lives w/ them at {{ADDRESS:1411 richard st}} {{LOCATION:miamisburg}}, worse x2d, "talking nonsense", foul urine. has BPH, chronic foley? no. last hosp {{FACILITY:CBMC}} {{DATE:may 13-17}} for urosepsis (ESBL e coli per outside records). 
ros neg except above
pmh: BPH, HTN, DM2, mild NCD
meds: tamsulosin 0.4, amlodipine 5, metformin 500 bid, donepezil 5
all: PCN (rash)
sh: ex-smoker, was a fisherman in {{LOCATION:Vung Tau}} then worked at {{FACILITY:Miamisburg Die Cast}} till retired. no etoh
exam: T 39.1 hr 118 bp 92/54 rr 22 spo2 94% ra. dry mm. suprapubic ttp. cva ttp R. A&Ox1 (baseline x3 per son). no nuchal rigidity, kernig/brudzinski neg
labs: wbc 18.2 lactate 3.8 cr 1.9 (bl 1.1) ua lg LE, nitrite+, >100 wbc
a/p: sepsis 2/2 pyelo, hx ESBL -> meropenem 1g q8 (renal adj), 30cc/kg LR, BCx x2, UCx, bladder scan (PVR 410 -> straight cath). hold metformin/amlodipine. delirium precautions.
code: FULL per son (pt lacks capacity now). son {{NAME:Pham Minh Tuan}} {{PHONE:937-555-0189}}
{{NAME:jas}} / {{NAME:J. Adeyemi-Scott}} MD`,
  `Renal f/u   {{DATE:06/03/2024}}   {{NAME:K Oyelaran}} MD, {{FACILITY:Lebanon Kidney Associates}} (consulting at {{FACILITY:Pine Hollow}})
re: {{NAME:Pham Van Duc}} ({{MRN:PH-0110238}}) - AKI on CKD 3a, prerenal + obstructive
Cr 1.9 -> 1.6; UOP 1.4 L w/ foley in (placed {{DATE:6/2}}). Renal US: mild R hydro, no stones, trabeculated bladder.
K 4.4  HCO3 20  Na 137
No NSAIDs, no IV contrast. Meropenem renally dosed per pharmacy ({{NAME:Y. Al-Rashid}}).
Rec:
 - IVF 75/h x12h then stop
 - voiding trial after abx course; if fails, home w/ foley + outpt urology, Dr. {{NAME:Ling Chen-Mbatha}}, {{FACILITY:Stillwater Urology Group}} ({{PHONE:937-555-0116}})
 - hold metformin until Cr <1.5 x2 days
 - BMP daily
Son {{NAME:Tuan}} asked whether dad "will need dialysis like his uncle in {{LOCATION:Houston}}" - no, reassured.
Will sign off if Cr continues to improve; call {{PHONE:513-555-0190}} (office) or cell via operator.
-{{NAME:KO}} {{DATE:6/3/24 1720}}`,
  `PAGER / SECURE-TEXT LOG - hospitalist team C, {{FACILITY:Calloway-Brandt Medical Center}}, {{DATE:Fri 6/7/2024}}
0702 to {{PHONE:4471}}: "5114 Mr. {{NAME:Ellis}} SBP 88, MAP 60, asymptomatic, pls call {{NAME:Ashlyn}} x{{PHONE:6602}}"
0705 reply {{NAME:TNR}}: 500cc LR bolus, recheck 30 min
0748 from cards {{NAME:Ojo}}: "re {{NAME:Petrosyan}} 5102 - ok for d/c on DAPT, clinic f/u {{DATE:6/21}}"
0911 to {{PHONE:4471}}: "{{NAME:Begum, Rashida}} 5107 daughter {{NAME:Nasreen}} here wants to talk, {{PHONE:937-555-0160}}"
1030 consult request placed: GI for {{NAME:Halloran, Seamus}} 5118 - "iron def anemia, FOBT+, EGD/colo inpt vs outpt?" - accepted {{NAME:Bhattacharya}} 1104
1215 from pharmacy {{NAME:Y.A.R.}}: "{{NAME:Ellis}} on both apixaban + enoxaparin ppx - d/c lovenox?" reply: yes, my error, d/c'd
1402 from CM {{NAME:rwd}}: "{{NAME:Halloran}} ins is Crestline MA, member {{HEALTH_PLAN:CHP-00442791-A}} - needs auth for SNF, ref {{ID:UM-24-512208}}"
1540 RRT called 5120 (not our pt - fyi)
1655 sign out to {{NAME:Adeyemi-Scott}}
Note: Mr {{NAME:Ellis}} is "{{NAME:Ellis Goodnight}}" (first name {{NAME:Ellis}}; staff keep writing it as surname)`,
  `DISCHARGE SUMMARY - LEFT AGAINST MEDICAL ADVICE
{{FACILITY:Calloway Riverside Campus}}    Admit {{DATE:06/08/2024}}   Left {{DATE:06/09/2024 21:30}}
Patient: {{NAME:Thibodeaux, Roderick}}  ({{NAME:Rocky}})   MRN {{MRN:CR-3401778}}   DOB {{DATE:1/2/1970}}
Attending: {{NAME:Moses Kiprono}}, MD

Readmitted 1 day after d/c from prior stay for MSSA bacteremia (BCx {{DATE:5/17}} 1/2 positive, repeat neg) - now recurrent fever, R forearm fluctuance. I&D by surgery {{DATE:6/8}}. TTE neg.
On {{DATE:6/9}} pt stated he needed to "check on my stuff at the shelter" and leave. Capacity assessed: understands risks including death from sepsis/endocarditis; capacity present. AMA form signed, witnessed by {{NAME:Destiny Holcomb}}, RN.

MEDICATIONS GIVEN AT DEPARTURE (harm reduction)
 - cephalexin 500 mg PO QID x14d (Rx sent to {{FACILITY:Gateway Community Pharmacy}})
 - buprenorphine-naloxone 8-2 mg SL BID (bridge until {{DATE:6/12}}; X-waiver no longer req'd; DEA {{LICENSE:FK7720418}})
 - naloxone 4 mg nasal x2
 - STOP: none

Told him he is welcome back any time. Called {{NAME:Tasha Greenlee}} ({{FACILITY:Daybreak Outreach}}) {{PHONE:937-555-0124}} with his plan; she'll meet him at {{FACILITY:Gable Street Night Shelter}}.
F/u bridge clinic {{DATE:6/12}}; BCx pending - will call {{PHONE:937-555-0109}} if positive.`,
  `TOC OUTREACH - ATTEMPTS LOG
Pt: {{NAME:Goodnight, Ellis W.}}    DOB {{DATE:4/4/1945}}    MRN {{MRN:CBH-00301145}}    d/c {{DATE:6/10/24}} to home
Risk: LACE 14 (high)    PCP: Dr. {{NAME:Zielinski}}, {{FACILITY:Greene Valley Family Medicine}}
Dx: hypotension on apixaban + diltiazem + new AF; syncope w/u neg.

#1 {{DATE:6/11/24 1010}}  {{PHONE:937-555-0117}} (home) - rang out, no VM set up.
#2 {{DATE:6/11/24 1545}}  same - busy.
#3 {{DATE:6/12/24 0930}}  alt contact on face sheet: neighbor "Miss {{NAME:Opal}}" {{PHONE:937-555-0118}} - she says he is fine, his granddaughter {{NAME:Keziah Goodnight}} took him to {{LOCATION:Wilmington}} to stay with her; gave granddaughter's cell {{PHONE:937-555-0196}}.
#4 {{DATE:6/12/24 0945}}  reached {{NAME:Keziah}}. Pt on speaker. Has all meds except diltiazem (pharmacy {{FACILITY:Kessler Drug #214}} out of stock - transferred to {{FACILITY:Wilmington Apothecary}} on {{ADDRESS:Main St}}). Orthostatic sx none. Scale? no. Appt {{DATE:6/17}} 11:20 w/ {{NAME:Zielinski}} - will need to reschedule since pt is staying at {{ADDRESS:78 Sugartree St}}, {{LOCATION:Wilmington}} {{ZIP:45177}} for 2 wks; offered video visit.
Updated address in chart (temporary).
{{NAME:Ines Baptiste}} RN  {{DATE:6/12/24 1002}}`,
  `{{FACILITY:Calloway-Brandt Health}} - Hospital Medicine
{{DATE:June 14, 2024}}

Clinical Pharmacy Review / Prior Authorization
Heartland Mutual Commercial PPO, via CoverMyMeds key {{ID:BXK7-QW2M}}

Patient: {{NAME:Seamus P. Halloran}}          DOB {{DATE:02/17/1958}}
Member #: {{HEALTH_PLAN:HMX-30077126-02}}    Employer group: {{FACILITY:Fairmont Brewing Co.}}
Drug: rifaximin 550 mg PO BID (for secondary prevention of hepatic encephalopathy)

Mr. {{NAME:Halloran}} has alcohol-associated cirrhosis (Child-Pugh C, MELD-Na 24). He was admitted {{DATE:6/5/2024}} to {{DATE:6/13/2024}} at {{FACILITY:Calloway-Brandt Medical Center}} with overt hepatic encephalopathy (West Haven grade 3) requiring ICU-level care. This was his second episode; the first was in {{DATE:February 2024}} at {{FACILITY:St. Anselm Regional}}, {{LOCATION:Springfield}}. Despite lactulose titrated to 3 soft stools per day, he had breakthrough HE. Rifaximin added to lactulose reduces recurrence and readmission (NNT ~4 over 6 months) and is standard of care per AASLD/EASL guidance.

Please approve for 12 months. Hepatology follow-up is arranged with Dr. {{NAME:Imani Ashford-Kaye}} at {{FACILITY:Calloway Liver Center}}.

{{NAME:Rosa Castellanos-Wu}}, MD   |   NPI {{LICENSE:1730218854}}   |   {{PHONE:937-555-0158}}   |   {{EMAIL:rcastellanoswu@callowaybrandt.example}}`,
  `CRESTLINE HEALTH PLAN
Medicare Advantage HMO  |  Utilization Management  |  P.O. Box 4400, Hartford CT 06101

NOTICE OF DENIAL OF MEDICAL COVERAGE (Integrated Denial Notice)
Date of notice: {{DATE:06/18/2024}}

Member: {{NAME:SEAMUS HALLORAN}}           Member ID: {{HEALTH_PLAN:CHP-00442791-A}}
{{ADDRESS:5 Wrenfield Ct}}
{{LOCATION:Springboro}}, OH {{ZIP:45066}}

Ordering provider: {{NAME:R. Castellanos-Wu}}, MD      Facility requested: {{FACILITY:Maple Terrace Rehabilitation}}
Case number: {{ID:UM-24-512208}}

We have DENIED your request for skilled nursing facility care beginning {{DATE:6/13/2024}}.
Why: Based on the records from your hospital stay at {{FACILITY:Calloway-Brandt Medical Center}}, you are able to walk 200 feet with a walker and you do not need daily skilled care. Our medical director, Dr. {{NAME:Arvind Mehra-Sloane}}, reviewed your case.

You have the right to an expedited appeal. Call 1-800-555-0148 (TTY 711). Your representative {{NAME:Fiona Halloran}} (wife) may call for you.
cc: {{NAME:Gohar Petrosyan}}, RN, {{FACILITY:Calloway-Brandt}} UR, fax {{FAX:937-555-0155}}`,
  `From: {{EMAIL:fiona.halloran58@example.org}}
To: {{EMAIL:patientrelations@callowaybrandt.example}}
Date: {{DATE:Wed, 19 Jun 2024 06:12:44 -0400}}
Subject: complaint - my husband's discharge ({{NAME:Seamus Halloran}}, DOB {{DATE:2/17/58}})

To Patient Relations,

My husband {{NAME:Seamus}} was sent home on {{DATE:June 13}} from {{FACILITY:Whitcombe 5}} even though the doctors said he needed rehab. Then the insurance denied the rehab and NOBODY from the hospital called us. He fell in the bathroom the first night home at {{ADDRESS:5 Wrenfield Ct}}. The squad from {{FACILITY:Wrenfield Hills Volunteer Fire}} came and he did not go back but he is black and blue.

The nurse {{NAME:Ashlyn}} was wonderful but the case manager (I think {{NAME:Rhonda}}?) told me "the insurance decides." I want someone to explain why he was discharged before the appeal, and I want it in writing. Our MRN is {{MRN:CBH-01012266}}.

I can be reached at {{PHONE:(937) 555-0138}} or my work number at {{FACILITY:Springboro Public Library}} {{PHONE:937-555-0139}}.

{{NAME:Fiona Halloran}}

--- PR log: rec'd {{DATE:6/19/24}}, case {{ID:PR-2024-1187}} assigned to {{NAME:Cordelia Vance}}, ack letter due {{DATE:6/26}}.`,
  `{{NAME:Lwazi Dlamini-Hart}}
{{ADDRESS:3120 Rustic Rd}}
{{LOCATION:Richmond}}, IN {{ZIP:47374}}

{{DATE:June 20, 2024}}

{{FACILITY:Tri-Star Recovery Associates}} (collection agency)
Re: Your account {{ACCOUNT:TSR-00913824}}; original creditor {{FACILITY:Calloway-Brandt Health}}, hospital acct {{ACCOUNT:HAR 700559017}}

DEBT VALIDATION REQUEST / DISPUTE

I received your letter dated {{DATE:6/3/2024}} demanding $2,216.40 for "hospital services {{DATE:11/29/2023}}." I dispute this debt. On that date I was seen in the ED at the {{FACILITY:Calloway-Brandt}} site in {{LOCATION:Eaton}} for a kidney stone and was approved for 100% financial assistance on {{DATE:1/17/2024}} (approval letter #{{ID:FAP-23-88410}}, enclosed). My ACA marketplace plan at the time (member {{HEALTH_PLAN:AMB441907733}}) paid their share.

Under the FDCPA, please stop collection until you provide validation. Do not call me at work ({{FACILITY:Whitewater Logistics Hub}}). Also please correct my name - it is spelled {{NAME:Lwazi}}, not "{{NAME:Iwazi}}."

Your letter also lists SSN {{SSN:311-40-6620}}, which is not mine. Send validation only by mail to the address above. My phone is {{PHONE:765-555-0110}} (texts ok).

Sincerely,
{{NAME:L. Dlamini-Hart}}
Enclosures: FAP approval, EOB from plan dated {{DATE:12/22/23}}`,
  `YOUR DISCHARGE INSTRUCTIONS  -  {{FACILITY:Pine Hollow Community Hospital}}
Name: {{NAME:Tomasz Grabowski}}      Date: {{DATE:06/21/2024}}      Your nurse today: {{NAME:Kayleigh}}      Your doctor: Dr. {{NAME:Adeyemi-Scott}}

WHY YOU WERE IN THE HOSPITAL: Your gout flared in both knees and your kidneys were a little dry.

WHAT TO TAKE
  * prednisone 30 mg - 1 pill every morning for 5 days, then STOP (last pill {{DATE:June 25}})
  * colchicine 0.6 mg - 1 pill daily while on prednisone
  * allopurinol - DO NOT restart until your doctor says so
  * STOP: ibuprofen / Advil / Aleve (hurts your kidneys)

APPOINTMENTS
  * Dr. {{NAME:Lionel Abernathy}}, {{FACILITY:Harrow Street Primary Care}} - {{DATE:Mon 7/1}} at 2:15 pm - {{PHONE:937-555-0130}}
  * Lab (uric acid + kidney test) - {{FACILITY:Quillon Reference Labs}}, {{ADDRESS:3840 Far Hills Ave}}, {{LOCATION:Kettering}} - any day the week of {{DATE:6/24}}, no appointment

CALL US OR GO TO THE ER IF: fever over 100.4, you can't walk, you stop peeing.

Questions? Nurse line {{PHONE:937-555-0100}}, press 2. Your hospital account number is {{ACCOUNT:PH88129940}}. Portal sign-up link: {{URL:https://mycb.callowaybrandt.example/activate?code=TG7R-22QX}}
I understand these instructions:  ___{{NAME:T. Grabowski}}___   Witness: {{NAME:K. Moyer}} RN`,
  `HOSPITAL MEDICINE PROGRESS NOTE
{{NAME:Halloran, Seamus P}} -- {{MRN:CBH-01012266}} -- Bed 5118 -- LOS 4 -- {{DATE:6/9/2024}}

INTERVAL EVENTS: Overnight pt more alert, oriented to self and "{{FACILITY:Calloway}}," not date. 4 BMs on lactulose. No GI bleed. Wife {{NAME:Fiona}} stayed overnight.

EXAM: asterixis present but less. Abd distended, no tenderness, shifting dullness. Spider angiomata. No Cullen/Grey Turner sign. Caput not seen.

DATA: Na 131  K 3.6  Cr 1.2  TBili 4.8  INR 2.1  Alb 2.4  NH3 (not trending). Dx para {{DATE:6/8}}: PMN 90, SAAG 1.8 -> no SBP.

A/P
 1. Overt HE, West Haven 2 (improved from 3) - lactulose titrate 3-4 BMs, add rifaximin (PA letter in progress), zinc.
 2. EtOH cirrhosis, decompensated (MELD-Na 24) - hepatology Dr. {{NAME:Ashford-Kaye}} aware; transplant eval requires 6 mo sobriety per {{FACILITY:Calloway Liver Center}} policy. Last drink {{DATE:5/31}}.
 3. Ascites - spironolactone 100 / furosemide 40, 2 g Na diet.
 4. Disposition - likely SNF; UR ({{NAME:Petrosyan}}) requested auth.
 5. AUD - acamprosate, SW; AA sponsor "{{NAME:Big Mike}}" visited.

{{NAME:Elif Demirci}}, MD (PGY-2) for Dr. {{NAME:Castellanos-Wu}}`,
  `E-CONSULT (interprofessional) - ENDOCRINOLOGY
Submitted {{DATE:06/24/2024 13:50}} by {{NAME:Moses Kiprono}}, MD (Hospital Medicine, {{FACILITY:Northgate}})
Pt: {{NAME:Ruth Abernathy-Lowe}}  {{AGE:91}}F  MRN {{MRN:BMH-0029931}}

Question: Incidental TSH 0.02, FT4 2.4 found on admission for HF ({{DATE:4/30}}). On amiodarone since {{DATE:2022-08}} for AF (started at {{FACILITY:St. Anselm Regional}}). Thyroid US {{DATE:5/2}}: normal vascularity. Type 1 vs type 2 AIT? Okay to treat as outpatient?

Response ({{NAME:Svetlana Morozova-Idowu}}, MD, {{FACILITY:Calloway Diabetes & Endocrine Center}}) {{DATE:06/25/2024 08:17}}:
Low vascularity favors type 2 AIT (destructive). Suggest prednisone 30 mg daily w/ taper over 8-12 wk if cardiology agrees to continue amiodarone; check FT4/T3 q2-3 wk. Given age {{AGE:91}} and HF, would not start methimazole unless no response. Ok to manage outpatient; I can see her at the {{LOCATION:Centerville}} office, scheduling {{PHONE:937-555-0156}}.
Time: 15 min, e-consult code 99451.`,
  `SNF -> HOSPITAL TRANSFER FORM (INTERACT)    sent w/ pt {{DATE:6/27/24 1845}}
From: {{FACILITY:Greyledge Nursing & Rehab}}, {{ADDRESS:2700 Far Hills Ave}}, {{LOCATION:Oakwood}}   Unit: {{FACILITY:Lilac Hall}}
Nurse: {{NAME:Abiodun Fashola}}, LPN   Phone {{PHONE:937-555-0137}}   Fax {{FAX:937-555-0138}}
To: {{FACILITY:Brandt Memorial}} ED
Resident: {{NAME:Wojcik, Feliks}}    DOB {{DATE:01-Feb-1934}}    Age {{AGE:90}}
Code status: DNR-CC (POLST attached)    HCPOA: {{NAME:Hanna Wojcik-Brandt}} {{PHONE:937-555-0146}} - notified 1820
Attending at facility: Dr. {{NAME:Feng Liu-Ramsay}}   Notified: Y
Reason: new hypoxia 86% RA, T 38.4, productive cough x1d; aspiration suspected. BG 188.
Vitals 1800: BP 104/58  HR 112  RR 28
Meds: see attached MAR (last doses: apixaban 2.5 at 0900, metoprolol 25 at 0900)
Isolation: none. Dentures: upper, sent in bag. Hearing aids: both.
Transport: {{FACILITY:Valleyline Ambulance}} ALS, unit 12
Belongings list signed by {{NAME:A.F.}} and EMT {{NAME:Bryce Kettleman}}
Insurance: Medicare A ({{HEALTH_PLAN:2XC7-NM4-TT91}}); SNF day 43 of benefit period.`,
  `SPIRITUAL CARE NOTE      {{DATE:Thursday, June 27, 2024}}
Chaplain {{NAME:Odell Fairweather}}, M.Div., BCC   (pager {{PHONE:4480}})
Pt: {{NAME:Bai Yulan}}, {{AGE:97}}F, {{FACILITY:Osei Tower 7}} rm 7-09, MRN {{MRN:CR-3120087}}
Referral: RN {{NAME:Jess Oduya}} - pt tearful, asking for "someone from church."

Visit: Pt speaks Mandarin; granddaughter {{NAME:Lily Zhou}} interpreted at pt's request. Pt is a member of {{FACILITY:Grace Harvest Chinese Church}}; her pastor, Rev. {{NAME:Samuel Ho}}, last visited {{DATE:6/23}}. She worries she is "a burden" since her husband {{NAME:Wei}} died in {{DATE:March 2021}} in {{LOCATION:Hangzhou}}. Offered prayer; she asked for Psalm 23 - granddaughter read it in Chinese from her phone. Pt smiled, held my hand.

Assessment: spiritual distress r/t dependence and grief; strong faith community, good family support.
Plan: called Rev. {{NAME:Ho}} at {{PHONE:937-555-0105}}; he will visit {{DATE:Sat 6/29}}. Chaplaincy to follow 2-3x/week. Advance directive conversation deferred to primary team per family.
- {{NAME:OF}}`,
  `NUTRITION ASSESSMENT     {{DATE:06/28/2024}}
RD: {{NAME:Marguerite}} "{{NAME:Margo}}" {{NAME:Lindahl}}, RD, LD    ext {{PHONE:5817}}
Pt: {{NAME:Ahmadzai, Gul}}  72M  MRN {{MRN:CR-3412094}}  {{FACILITY:Calloway Riverside}} 6E
Dx: severe chronic malnutrition (ASPEN/AND: wt loss 12% in 6 mo, intake <75% >1 mo, temporal + clavicular wasting, grip weak).
Wt 51.3 kg (usual 58.5 kg in {{DATE:Dec 2023}} per {{FACILITY:Northridge Refugee Health Clinic}}). BMI 17.6.
Diet hx via Pashto interpreter {{NAME:Farid}} (#{{ID:LB-7731}}): naan, rice, green tea; refuses hospital meat - halal tray ordered. Son {{NAME:Wahid}} brings food from {{FACILITY:Ariana Halal Market}} on {{ADDRESS:Wayne Ave}}.
Refeeding risk: moderate (phos 2.4, Mg 1.7) - replete; thiamine 100 mg daily x5d.
Plan:
 - halal regular diet + Ensure Plus BID (vanilla)
 - calorie count x72h, MVI w/ minerals
 - goal 1,800 kcal / 75 g protein
 - weigh Mon/Thu
Pt and son agree. Will f/u {{DATE:7/1}}.`,
  `WOUND/OSTOMY NURSE CONSULT      {{DATE:7/1/24}}
Pt: {{NAME:Wojcik, Feliks}}  {{AGE:90}}M  MRN {{MRN:CBH-00154360}}  {{FACILITY:Brandt Memorial}} 3N-11
Consult by Dr. {{NAME:Elif Demirci}}
Wound #1 sacrum: stage 3 PI, 3.2 x 2.4 x 0.4 cm, 100% granular, mod serous, periwound macerated. Photo {{PHOTO:WND-20240701-0915-01}}.
Wound #2 R heel: DTPI 2 x 2 cm, purple, intact. Photo {{PHOTO:WND-20240701-0918-02}}.
POA: #1 yes (on {{FACILITY:Greyledge}} transfer form {{DATE:6/27}}); #2 no - HAPI, safety event {{ID:SE-24-07-0031}}.
Braden 10.
Plan: Allevyn foam to sacrum q3d + prn; Prevalon heel boots; low air loss mattress rented from {{FACILITY:Apex Respiratory & Diabetic Supply}}, unit serial {{DEVICE:LAL-5512-88307}}; turn q2h; RD consult.
Dtr {{NAME:Hanna}} updated by phone {{PHONE:937-555-0146}}.
{{NAME:Yvette Broussard-Kim}}, BSN, RN, CWOCN`,
  `PHARMACY - VANCOMYCIN AUC DOSING NOTE      {{DATE:2024-07-02}}
Pt: {{NAME:Nwankwo-Stroud, Beatrice}}   MRN {{MRN:CBH-01455063}}   {{FACILITY:Whitcombe 5}}
Indication: MRSA bacteremia (BCx {{DATE:6/30}} 2/2), source R IJ tunneled HD cath placed {{DATE:5/2024}} at {{FACILITY:Lebanon Kidney Associates}} access center.
ESRD on HD MWF at {{FACILITY:Eastside Dialysis Unit}} (chair 9).
Wt 78 kg. Load 1,750 mg (~22 mg/kg) given {{DATE:6/30}} 2210; then 1,000 mg after each HD.
Pre-HD level {{DATE:7/2}}: 18.3 mcg/mL (goal pre-HD 15-25). Continue 1,000 mg post-HD.
Line removed {{DATE:7/1}} by IR (Dr. {{NAME:Haskins}}); tip cx pending. TEE planned.
Outpatient HD coordinator {{NAME:Pilar}} ({{PHONE:937-555-0161}}) will give vanc w/ each run after d/c; outpt order # {{ID:ORD-55102873}}.
{{NAME:Yusuf Al-Rashid}}, PharmD, BCPS`,
  `TRANSFER CENTER - REQUEST LOG     {{FACILITY:Calloway-Brandt Health}} Transfer Center ({{PHONE:937-555-0199}})
Case {{ID:TC-240703-014}}     Opened {{DATE:07/03/2024 02:41}}
Referring: {{FACILITY:Darke Prairie Memorial Hospital}}, {{LOCATION:Greenville}} OH - Dr. {{NAME:Hollis Vandermeer}} (ED), cb {{PHONE:937-555-0170}}
Pt: {{NAME:Akinyi Otieno-Barrett}}, 59F, DOB {{DATE:12/12/1964}}, outside MRN {{MRN:DPM-440128}}
Dx: UGIB w/ hemodynamic instability, Hgb 6.1, on 2nd unit PRBC; no GI/IR at sending.
02:48  hospitalist {{NAME:Adeyemi-Scott}} paged - recommends ICU
02:55  MICU Dr. {{NAME:Eze-Whitfield}} accepts
02:58  bed: {{FACILITY:Riverside MICU}} 6
03:05  transport: {{FACILITY:SkyLark Air Medical}} rotor, tail {{VEHICLE:N417SL}}
03:40  ETA. Husband {{NAME:Gerald Barrett}} driving from {{LOCATION:Versailles}}, cell {{PHONE:937-555-0174}}
Payer: Heartland Mutual, member {{HEALTH_PLAN:HMX-77120034-01}}
Call recording {{ID:REC-0703-0241-TC}}
TC RN: {{NAME:Brynn O'Rourke}}`,
  `SAFETY EVENT REPORT  #{{ID:SE-24-07-0048}}     Entered {{DATE:07/04/2024 05:02}}
Event type: Fall - patient     Harm: minor (skin tear)
Location: {{FACILITY:Whitcombe 5}}, rm 5109     Event: {{DATE:07/04/2024 03:35}}
Patient: {{NAME:SULLIVAN, JAMES}} "{{NAME:SULLY}}", 80M, MRN {{MRN:CBH-00772610}}
Reporter: {{NAME:Marcus Delgado-Reyes}}, RN (employee # {{ID:E-118840}})
Description: Pt found sitting on floor beside bed by NA {{NAME:Keely}}. States he "went to find the bathroom." Bed alarm on but volume low. Morse 65. On IV vanc; enoxaparin ppx held since {{DATE:7/2}}. Skin tear L forearm 3 cm, steri-stripped.
Notified: Dr. {{NAME:Adeyemi-Scott}} 0345 - examined, no head strike, CT not indicated (Canadian CT Head Rule); wife {{NAME:Peggy}} called {{PHONE:937-555-0122}} at 0700.
Contributing: sundowning; sitter not available (staffing).
Follow-up: nurse manager {{NAME:Joanne Pruitt}}; huddle {{DATE:7/5}} 1400.`,
  `ATTENDING ATTESTATION - teaching service, {{FACILITY:Calloway-Brandt Medical Center}}
Pt: {{NAME:Bai Yulan}}  {{AGE:97}}F  MRN {{MRN:CR-3120087}}    {{DATE:6/28/2024}}
I saw and examined the patient with resident Dr. {{NAME:Kwabena Owusu-Ansah}} (PGY-1) and student doctor {{NAME:Saanvi Iyer}} (MS3), and agree with their note of today with these additions:
New AF with RVR on presentation, now rate controlled on diltiazem 60 mg q6h. CHA2DS2-VASc 5. Discussed anticoagulation w/ pt and granddaughter {{NAME:Lily}}: apixaban 2.5 mg BID (age >=80 and wt 47 kg; Cr 0.9). Fall risk considered; benefit outweighs.
Echo {{DATE:6/27}}: EF 60%, LA 4.4 cm. TSH 2.1.
Dispo: home with daughter-in-law at {{ADDRESS:6650 Brandt Pike}}, {{LOCATION:Huber Heights}}, w/ {{FACILITY:Bellwether Home Health}} PT/RN; anticipate {{DATE:7/1}}.
Goals: DNR confirmed (pt's wish, interpreted by {{NAME:Lily}}).
{{NAME:Rosa Castellanos-Wu}}, MD, attending   {{DATE:06/28/2024 17:40}}`,
  `ADMISSION H&P   {{FACILITY:Calloway-Brandt Northern Kentucky - Florence}}   {{DATE:07/08/2024}}
Pt {{NAME:Ferreira da Silva, Joaquim}}   MRN {{MRN:NK-0220813}}   DOB {{DATE:March 9, 1949}}   Rm 310
Admitting: {{NAME:Nkechi Amadi-Laurent}}, MD (hospitalist)   PCP: {{NAME:Walt Hennessey}}, APRN, {{FACILITY:Boone Ridge Family Practice}}

CC: SOB, somnolence
HPI: 75M w/ COPD (FEV1 38%), OSA on CPAP, chronic hypoxemic resp failure on 3 L home O2, brought by wife {{NAME:Conceição}} from home in {{LOCATION:Burlington}}, KY after 3 days of purulent sputum and "sleeping all day." Home CPAP (ResMed AirSense 10, SN {{DEVICE:23161457892}}) broke {{DATE:7/1}}; vendor {{FACILITY:BreatheWell Home Medical}} hasn't replaced it. VBG pH 7.26 / pCO2 78. Started BiPAP 16/6 in ED.
PMH: COPD, OSA, HFpEF, former smoker (quit {{DATE:Christmas 2015}}), worked 30 yr at {{FACILITY:Ohio River Barge & Towing}}.
Exam: drowsy but arousable, diffuse wheeze, prolonged exp phase, no accessory muscle use on BiPAP. Mild LE edema.
A/P:
 1. Acute on chronic hypercapnic resp failure - AECOPD + untreated OSA. BiPAP, duonebs q4h, methylpred 40 IV daily x5d, doxycycline.
 2. OSA - RT to check home device; SW to call {{FACILITY:BreatheWell}} ({{PHONE:859-555-0127}}).
 3. HFpEF - euvolemic-ish, hold diuretic today.
Code: FULL. Wife's cell {{PHONE:859-555-0184}}. Pt's preferred language Portuguese (Brazil) - interpreter used.
{{NAME:N. Amadi-Laurent}}`,
  `DISCHARGE SUMMARY (abbrev.) - {{FACILITY:CB Northern Kentucky - Florence}}
{{NAME:FERREIRA DA SILVA, JOAQUIM}}  |  {{MRN:NK-0220813}}  |  {{DATE:7/8/24}} - {{DATE:7/13/24}}  |  Dr {{NAME:Amadi-Laurent}}
Dx: AECOPD w/ acute on chronic hypercapnic + hypoxemic resp failure; OSA non-adherent due to equipment failure.
Course: BiPAP x2 nights then home settings; pCO2 78 -> 52. Steroid + doxy completed inpatient.
New CPAP delivered to bedside {{DATE:7/12}} by {{FACILITY:BreatheWell Home Medical}} tech {{NAME:Jorge}}: AirSense 11 SN {{DEVICE:23241190077}}, pressure 12 cm, full face mask M. Old unit {{DEVICE:23161457892}} taken back.

MEDS AT DISCHARGE
  tiotropium/olodaterol 2.5/2.5 mcg 2 puffs daily .......... SAME
  budesonide-formoterol 160/4.5 2 puffs BID ................ NEW (triple therapy)
  albuterol neb 2.5 mg q4h prn ............................... SAME
  furosemide 20 mg daily ..................................... RESUME {{DATE:7/14}}
  prednisone ..................................................... NONE (course done)
  roflumilast 500 mcg daily .................................. NEW - PA may be needed
Home O2: 3 L NC at rest, 4 L exertion/sleep (bleed into CPAP).
F/u: {{NAME:Walt Hennessey}}, APRN - {{DATE:7/18}} 9:00; pulm Dr. {{NAME:Oksana Lutsenko}}, {{FACILITY:Kenton Pulmonary & Sleep}} - {{DATE:8/2}}.
Wife {{NAME:Conceição}} trained on CPAP. -{{NAME:NAL}}`,
  `CERTIFICATE OF MEDICAL NECESSITY - OXYGEN (CMS-484) - recert
Supplier: {{FACILITY:BreatheWell Home Medical}}, {{ADDRESS:7 Industrial Rd}}, {{LOCATION:Erlanger}}, KY {{ZIP:41018}}  NSC # {{LICENSE:4410287719}}
Patient: {{NAME:Joaquim Ferreira da Silva}}   {{ADDRESS:1902 Rosetta Dr}}, {{LOCATION:Burlington}}, KY {{ZIP:41005}}   Tel {{PHONE:859-555-0183}}
Medicare MBI {{HEALTH_PLAN:5KW2-HT3-YD88}}
Physician: {{NAME:Nkechi Amadi-Laurent}}, MD   NPI {{LICENSE:1083375926}}   Tel {{PHONE:859-555-0120}}
Initial date: {{DATE:02/2021}}   Revised/recert date: {{DATE:07/13/2024}}
HCPCS: E1390 (concentrator), E0431 (portable gaseous), E0443 (contents)
Q1a. Most recent ABG/SpO2: SpO2 86% RA at rest   Q1b. Date of test: {{DATE:07/12/2024}}
Q2. Test performed: [X] inpatient within 2 days of discharge
Q3. Flow rate 3 LPM   Q5. Portable: Y
Concentrator on file: Inogen? no - Respironics EverFlo, SN {{DEVICE:EF-4419387}}
Signature: /es/ {{NAME:N. Amadi-Laurent}}   {{DATE:7/13/24}}`,
  `MyCB Connect - new message
from: {{NAME:joaquim ferreira}}  (sent by wife {{NAME:conceicao}})
date: {{DATE:7/20/2024 6:02pm}}
subj: oxygen

hello dr. the company {{FACILITY:breathewell}} bring 4 tanks only for the portable and my husband go to the church ({{FACILITY:Igreja Batista Nova Vida}} in {{LOCATION:covington}}) 3 times a week and to his brother {{NAME:Tião}} in {{LOCATION:cincinati}}, the tanks finish fast. they say need new paper from doctor for portable concentrator. also the new machine for sleep is very good, he sleep all night first time in many months. 
he weight today 82.1 kilo. last week 81.
our new phone number is {{PHONE:859 555 0172}} the old one is cancel.
thank you very much to dr {{NAME:Nkechi}} and nurse {{NAME:Darlene}} on 3rd floor
- {{NAME:Conceição Ferreira}}

---
{{DATE:7/22/2024}} {{NAME:Walt Hennessey}}, APRN: Hi {{NAME:Conceição}}, so glad he is sleeping! I signed the order for a portable concentrator (POC) and faxed it to {{FACILITY:BreatheWell}} at {{FAX:859-555-0128}}. I updated your phone. Weight looks stable. - {{NAME:Walt}}`,
  `PATIENT FINANCIAL SERVICES - DISPUTE CASE {{ID:DSP-24-007731}}
Opened {{DATE:07/23/2024}}    Owner: {{NAME:Keisha Monroe-Adebayo}}
Guarantor: {{NAME:Marchetti, Elizabeth}} ("{{NAME:Betty}}"), age {{AGE:100}}, DOB {{DATE:06/14/1924}}
Caller: nephew {{NAME:Dominic Marchetti}} (POA on file since {{DATE:3/2/2022}}), {{PHONE:513-555-0166}}
Accounts: {{ACCOUNT:HAR 700612204}} (IP {{DATE:6/2}}-{{DATE:6/6/24}}, {{FACILITY:Brandt Memorial}}) and {{ACCOUNT:HAR 700612988}} (ED {{DATE:6/30/24}})
Issue: Medicare paid both, but autopay also pulled $1,214.77 from her checking. Statements addressed to "{{NAME:Elisabetta Marchettti}}" (misspelled) at old address {{ADDRESS:411 Wyoming St}}, {{LOCATION:Dayton}}; she has lived at {{FACILITY:Wyndmoor Senior Living}}, {{ADDRESS:2200 Wyndmoor Ln, Apt 118}}, {{LOCATION:Centerville}} {{ZIP:45459}} since 2019.
{{DATE:7/23}} Verified POA; updated mailing address. Medicare ICN {{ACCOUNT:22424180339210}} paid in full. Autopay enrollment belonged to another guarantor w/ same surname - merged in error. Escalated to cash posting ({{NAME:Hollis}}).
{{DATE:7/25}} Refund approved, check {{ID:CHK-0088213}} mailed to new address. Called {{NAME:Dominic}} - pt "turned {{AGE:100}} last month and wants her money back for the party."
-{{NAME:KMA}}`,
  `30-DAY READMISSION REVIEW (Quality / UR)
Index: {{DATE:6/2/2024}}-{{DATE:6/6/2024}}, {{FACILITY:Pine Hollow Community Hospital}} - sepsis 2/2 pyelonephritis (MS-DRG 872)
Readmit: {{DATE:06/29/2024}}, {{FACILITY:Calloway-Brandt Medical Center}} - sepsis, ESBL pyelo (MS-DRG 871)
Pt: {{NAME:Pham Van Duc}}   DOB {{DATE:08/15/1942}}   MRN {{MRN:PH-0110238}} / {{MRN:CBH-01301285}} (duplicate - HIM merge {{ID:MRG-24-3317}})
Payer: Crestline MA, member {{HEALTH_PLAN:CHP-00673019-B}}
Planned? No.   Related? Yes (same organism).
Preventable? Possibly: discharged w/ foley {{DATE:6/6}}; urology f/u w/ Dr. {{NAME:Chen-Mbatha}} not until {{DATE:7/22}}; TOC call {{DATE:6/8}} by {{NAME:I. Baptiste}} - son {{NAME:Tuan}} reported "smelly urine," advised PCP, no appt made.
HRRP condition? No.
Reviewer: {{NAME:Gohar Petrosyan}}, RN. Physician advisor Dr. {{NAME:Lamont Birchfield}} concurred {{DATE:7/10/24}}.
Action: refer to TOC committee; propose foley-at-discharge bundle (urology appt <7d, catheter teaching, 48h call by RN).`,
  `CONSULT ORDER - PSYCHIATRY (C-L)      Ordered {{DATE:7/16/2024 10:22}}
Pt: {{NAME:Arvo Lindqvist-Mäki}}, 84M, MRN {{MRN:BMH-0062240}}, {{FACILITY:Delacroix 3 North}} 3N-17
Reason: capacity to refuse SNF and return home alone. Vascular dementia (MoCA 14/30 on {{DATE:7/15}}), HFrEF, 2 falls in a month. Wants to go home to his farm on {{ADDRESS:County Road 25A}} outside {{LOCATION:Troy}}. Lives alone; nephew {{NAME:Eero}} is in {{LOCATION:Helsinki}}; neighbor {{NAME:Delbert Sayre}} ({{PHONE:937-555-0153}}) checks in.
Question: capacity for discharge disposition decision? Also depression screen (PHQ-9 = 12).
Collateral: neighbor; PCP Dr. {{NAME:Yolanda Briggs-Osei}}, {{FACILITY:Troy Family Health}}, fax {{FAX:937-555-0145}}.
Urgency: within 24 h (dispo pending).
Ordering: {{NAME:Hélène Lefebvre}}, MD - callback {{PHONE:937-555-0150}}
Acknowledged by Dr. {{NAME:Rafiq Chowdhury}} (C-L) 1140`,
  `C-L PSYCHIATRY - DECISIONAL CAPACITY EVALUATION      {{DATE:7/16/24}}
Pt: {{NAME:Arvo Lindqvist-Mäki}}   Evaluator: {{NAME:Rafiq Chowdhury}}, MD
Appelbaum criteria:
 - Communicates a choice: yes, consistently "home."
 - Understanding: knows he fell twice and has "heart trouble"; cannot describe what SNF offers.
 - Appreciation: denies risk ("I've lived on that farm since 1961, I'll be fine"); cannot say how he would call for help after a fall - no phone in the barn.
 - Reasoning: limited; does not weigh options.
Collateral: neighbor {{NAME:Delbert}} found him on the floor {{DATE:6/28}} after ~10 h. PCP Dr. {{NAME:Briggs-Osei}}: steady decline since fall 2023.
Impression: lacks capacity for this decision at this time. Adjustment d/o w/ depressed mood.
Rec: no HCPOA and nephew abroad - recommend guardianship petition ({{LOCATION:Miami County}} Probate Court) and APS referral; sertraline 25 mg daily; reassess 1 wk.
Discussed w/ Dr. {{NAME:Lefebvre}} and SW {{NAME:Lucía Quispe}}. Nephew {{NAME:Eero Mäki}} emailed ({{EMAIL:eero.maki@example.fi}}) per pt's permission.
{{NAME:R. Chowdhury}}`,
  `ADULT PROTECTIVE SERVICES REFERRAL - phone intake summary (by hospital SW)
Date {{DATE:7/17/2024 0915}}    Agency: {{LOCATION:Miami County}} APS intake line {{PHONE:937-555-0178}}
Intake worker: {{NAME:Corinne Bledsoe}}    APS ref # {{ID:APS-MC-24-0912}}
Alleged victim: {{NAME:Arvo Lindqvist-Mäki}}    DOB {{DATE:10/30/1939}}
Address: {{ADDRESS:4471 County Road 25A}}, {{LOCATION:Troy}}, OH {{ZIP:45373}}
Concern: self-neglect. Per neighbor, no working heat and no running water since spring. Still drives a 1998 Ford F-150, plate OH {{VEHICLE:HKR 2281}}; drove into a ditch on {{DATE:7/4}}.
Possible exploitation: a "handyman" called {{NAME:Curt}} has been cashing pt's checks at {{FACILITY:Stillwater Valley Credit Union}}.
Reporter: {{NAME:Lucía Quispe}}, LSW, {{FACILITY:Brandt Memorial Hospital}}, {{PHONE:937-555-0136}}
Pt informed of referral; said "do what you have to."
Worker to visit pt in hospital {{DATE:7/18}} pm.`,
  `HOSPITALIST ADMISSION NOTE - PATIENT IN CUSTODY
{{DATE:07/19/2024 16:40}}    {{FACILITY:Calloway Riverside Campus}} 6 East, rm 6E-30 (secure room)
Pt: {{NAME:Marlon Ebbets-Quaye}}   DOB {{DATE:5/5/1981}}   MRN {{MRN:CR-3440102}}   Inmate # {{ID:HRC-240611-077}}
From: {{FACILITY:Harmon Road Correctional Center}}. Officers at bedside: CO {{NAME:Tran}} (badge {{ID:5183}}) and CO {{NAME:Beckwith}} (badge {{ID:3902}}); one ankle restraint per policy.
CC: pain crisis.
HPI: 43M w/ HbSS, 3 days of back/chest pain; facility nurse {{NAME:Pruitt}} sent him after SpO2 91%. Hgb 6.4 (baseline 8), retic 9%, LDH 610. CXR no infiltrate (no ACS yet).
Heme: Dr. {{NAME:Adaora Nnaji}}, {{FACILITY:Calloway Sickle Cell Center}} - individualized care plan on file ({{DATE:2/14/2024}}).
Plan: hydromorphone PCA per plan, IVF 1/2 maintenance, incentive spirometry q1h while awake, 1 u PRBC, VTE ppx, hold hydroxyurea while Hgb low.
Per facility policy, family is not told his location; mother {{NAME:Gwendolyn Quaye}} (emergency contact, {{PHONE:937-555-0163}}) to be contacted by the facility chaplain.
Return: call facility medical {{PHONE:937-555-0159}}, fax {{FAX:937-555-0157}}.
{{NAME:Moses Kiprono}}, MD`,
  `POST-DISCHARGE PHARMACIST CALL (72 h)      {{DATE:7/24/2024 1410}}
Pharmacist: {{NAME:Mariel Santos-Ocampo}}, PharmD
Pt: {{NAME:Nwankwo-Stroud, Beatrice}}, MRN {{MRN:CBH-01455063}}, d/c {{DATE:7/21}} from {{FACILITY:Whitcombe 5}}
Spoke with pt and sister {{NAME:Chiamaka}} at {{PHONE:937-555-0186}}; pill bottles reviewed by video (FaceTime).

Discrepancies found:
 1. Sevelamer 800 mg TID w/ meals on d/c list - pt taking calcium acetate 667 mg from old supply as well. -> stop calcium acetate (Ca 10.4 on {{DATE:7/20}}).
 2. Metoprolol tartrate 25 BID (hospital) vs succinate 50 daily (home). Taking BOTH. -> continue succinate 50 only.
 3. Vancomycin given at HD - confirmed w/ {{FACILITY:Eastside Dialysis Unit}} RN {{NAME:Pilar}}, dose 1,000 mg post-HD, last {{DATE:8/7}}.
 4. Cinacalcet not picked up - {{FACILITY:Kessler Drug #219}} needs PA from plan (member {{HEALTH_PLAN:RCC-106744310552}}); faxed nephrology {{FAX:513-555-0190}}.
Adherence aid: blister packs from {{FACILITY:Haverly Pharmacy}} starting {{DATE:8/1}}.
Updated med list sent to nephrologist Dr. {{NAME:Oyelaran}} and PCP. Pt verbalized understanding.
Time 28 min.`,
  `{{NAME:Priscilla Yeboah-Marsh}}
{{ADDRESS:90 Shaker Run Blvd}}
{{LOCATION:Lebanon}}, OH {{ZIP:45036}}
{{DATE:July 26, 2024}}

Appeals & Grievances Dept., Heartland Mutual
RE: Level 1 appeal - denial of semaglutide (Ozempic) 1 mg weekly
Member ID: {{HEALTH_PLAN:HMX-61190233-03}}      Denial reference: {{ID:RX-DN-24-0719-4410}}

To the reviewer,

I was in {{FACILITY:Calloway-Brandt Medical Center}} from {{DATE:July 2}} to {{DATE:July 6}} with a heart attack (NSTEMI). I have type 2 diabetes, my A1c was 9.4, and my BMI is 41. Dr. {{NAME:Castellanos-Wu}} and the cardiologist Dr. {{NAME:Emmanuel Ojo}} both said semaglutide lowers the chance of another heart attack for people like me (SELECT and SUSTAIN-6 trials). Your letter says "weight loss drugs are excluded," but I am not asking for weight loss - I am asking for diabetes and my heart. Metformin gave me diarrhea so bad I missed work at {{FACILITY:Warren County Career Center}}, where I teach.

I have attached my discharge summary and a letter from Dr. {{NAME:Ojo}} (NPI {{LICENSE:1548802137}}). Please call me at {{PHONE:513-555-0144}} or email {{EMAIL:pyeboahmarsh@example.com}}.

Thank you,
{{NAME:Priscilla Yeboah-Marsh}}`,
  `HOSPITAL AT HOME - DAILY ATTENDING NOTE (virtual)    Day 3    {{DATE:08/02/2024}}
Pt: {{NAME:Delphine Achebe-Rousseau}}  71F  MRN {{MRN:CBH-01502277}}
Home: {{ADDRESS:118 Pembroke Ct}}, {{LOCATION:Beavercreek}} {{ZIP:45440}} (gate code in logistics tab, not here)
Program: {{FACILITY:Calloway-Brandt Hospital at Home}}; acute dx: CHF exacerbation
RPM kit: tablet hub SN {{DEVICE:HUB-0093321}}, BP cuff SN {{DEVICE:BPC-55180442}}, scale SN {{DEVICE:SCL-7719004}}, pulse ox SN {{DEVICE:POX-3304871}}; hub last check-in 0712 from IP {{IP:203.0.113.190}}.
Video visit via {{URL:https://h2h.callowaybrandt.example/room/achebe-7730}} at 0915, pt and husband {{NAME:Lucien}} present.
Overnight: no alerts. Wt 74.6 (-0.8), BP 128/76, SpO2 95%.
In-person RN visit 0800 by {{NAME:Paulina Wierzbicka}}, RN (paramedic partner {{NAME:Dewayne}}): IV furosemide 40 mg given, BMP drawn - K 4.0, Cr 1.1.
Plan: switch to PO torsemide 20 tomorrow; anticipate discharge from program {{DATE:8/4}}; handoff to PCP Dr. {{NAME:Magdalena Zielinski}}.
Escalation: if SpO2 <90 or chest pain -> 911 + call command center {{PHONE:937-555-0101}}.
{{NAME:Rosa Castellanos-Wu}}, MD`,
  `RPM ALERT LOG - {{FACILITY:Calloway-Brandt Hospital at Home}} command center   export {{DATE:2024-08-03 06:00}}
alert_id | patient | device | reading | time | action | by
{{ID:AL-881203}} | {{NAME:ACHEBE-ROUSSEAU, D}} | scale {{DEVICE:SCL-7719004}} | 76.1 kg (+1.5) | {{DATE:08/02/24 21:14}} | called pt, re-weighed 74.8 (rug) | {{NAME:pwz}}
{{ID:AL-881219}} | {{NAME:GRABOWSKI, T}} | pulse ox {{DEVICE:POX-3302210}} | 84% | {{DATE:08/02/24 23:50}} | probe off finger, repeat 96% | {{NAME:jlm}}
{{ID:AL-881240}} | {{NAME:HALVORSEN, B}} | BP cuff {{DEVICE:BPC-55177701}} | 86/50 | {{DATE:08/03/24 02:31}} | RN dispatched, orthostatic; MD {{NAME:Kiprono}} notified, held AM metoprolol | {{NAME:jlm}}
{{ID:AL-881255}} | {{NAME:ACHEBE-ROUSSEAU, D}} | hub {{DEVICE:HUB-0093321}} | offline 47 min | {{DATE:08/03/24 04:02}} | wifi outage at home; back online from {{IP:203.0.113.191}} | auto
{{ID:AL-881260}} | {{NAME:OSEI-BONSU, KWAME}} | scale {{DEVICE:SCL-7719120}} | no reading | {{DATE:08/03/24 05:45}} | called daughter {{NAME:Abena}} {{PHONE:937-555-0115}}: pt asleep | {{NAME:jlm}}
Nurses on shift: {{NAME:Paulina Wierzbicka}} ({{NAME:pwz}}), {{NAME:Jasmine L. Moreau}} ({{NAME:jlm}})`,
  `From: {{NAME:Hélène Lefebvre}} <{{EMAIL:hlefebvre@callowaybrandt.example}}>
To: {{NAME:Yolanda Briggs-Osei}} <{{EMAIL:ybriggsosei@troyfamilyhealth.example}}>
Cc: {{NAME:Lucía Quispe}} <{{EMAIL:lquispe@callowaybrandt.example}}>
Sent: {{DATE:Friday, July 19, 2024 5:48 PM}}
Subject: [SECURE] your pt Mr. {{NAME:Lindqvist-Mäki}}

{{NAME:Yolanda}} -

Thanks for calling back Tuesday. Quick update on {{NAME:Arvo}}: psych found he lacks capacity for dispo; APS (worker {{NAME:Corinne Bledsoe}}) saw him {{DATE:7/18}} and is filing for emergency guardianship in {{LOCATION:Miami County}} probate - hearing set {{DATE:7/30}}. Until then he stays with us on {{FACILITY:Delacroix 3 North}}. He's eating well, no falls here, sertraline started.

Two asks: (1) could you send your notes from 2022-2024 on his cognition - our ROI fax is {{FAX:937-555-0154}}; (2) do you know whether the "handyman" {{NAME:Curt}} has a last name? Neighbor {{NAME:Delbert}} thinks it's {{NAME:Curtis Pelfrey}} from {{LOCATION:Casstown}}.

Also: his truck keys are with our security office (property receipt {{ID:SEC-24-1187}}); sheriff asked us to hold them.

Have a good weekend,
{{NAME:Hélène}}

{{NAME:Hélène Lefebvre}}, MD | Hospital Medicine | {{FACILITY:Brandt Memorial Hospital}} | {{PHONE:937-555-0150}}`,
  `REGISTRATION / DEMOGRAPHICS - print screen   {{FACILITY:Pine Hollow Community Hospital}} Patient Access   {{DATE:08/05/2024 07:58}}
Name (Last, First MI): {{NAME:OSEI-BONSU, KWAME A}}     Preferred name: {{NAME:Kojo}}
DOB: {{DATE:09/22/1946}}   Sex: M   SSN: {{SSN:409-66-2173}}   Marital: W
Address: {{ADDRESS:2525 Lyons Rd, Apt 2D}}   City: {{LOCATION:Miamisburg}}   State: OH   ZIP: {{ZIP:45342}}   County: {{LOCATION:Montgomery}}
Home: {{PHONE:937-555-0114}}   Mobile: {{PHONE:937-555-0115}} (dtr's)   Email: {{EMAIL:kojo.oseibonsu@example.net}}
Photo ID: OH DL {{LICENSE:SR884210}}, exp {{DATE:09/22/2027}}   Patient photo on file: {{PHOTO:PTPHOTO-PH-0121770.jpg}}
MRN: {{MRN:PH-0121770}}   HAR: {{ACCOUNT:PH88150316}}   Visit type: direct admit from {{FACILITY:Calloway-Brandt Hospital at Home}}
Primary ins: Medicare A/B   MBI {{HEALTH_PLAN:9HJ4-PL2-VW30}}
Secondary: Retiree plan via {{FACILITY:Great Miami Valley Paper Mill}} (former employer) - member {{HEALTH_PLAN:GMP-0045521}}
Emergency contact: {{NAME:Abena Osei-Bonsu}} (daughter) {{PHONE:937-555-0115}}
Family parking pass: vehicle plate {{VEHICLE:JYT 7031}} (OH), blue Camry
Language: English/Twi   Religion: Methodist - {{FACILITY:Ebenezer Ghanaian Methodist Fellowship}}
Palm-vein ID enrolled: Y, template {{BIOMETRIC:PV-00812290}}
Registrar: {{NAME:BOKOYE}}   COA signed: Y`,
  `STATE OF OHIO HEALTH CARE POWER OF ATTORNEY - scanned, key fields (HIM indexing)
Document ID {{ID:DOC-0806-44120}}     Indexed {{DATE:8/6/2024}} by {{NAME:T. Grund}}
Principal: {{NAME:Bai Yulan}}   DOB {{DATE:11/03/1926}}   Age at signing {{AGE:97}}
Address: {{ADDRESS:6650 Brandt Pike}}, {{LOCATION:Huber Heights}}, Ohio {{ZIP:45424}}
Agent: {{NAME:Zhou Meiling}} (daughter-in-law), {{PHONE:937-555-0168}}, {{EMAIL:meilingzhou@example.com}}
Alternate agent: {{NAME:Lily Zhou}} (granddaughter), {{ADDRESS:41 Shroyer Rd, #3}}, {{LOCATION:Dayton}} {{ZIP:45419}}
Living will: attached - no CPR, no mechanical ventilation, no artificial nutrition if permanently unconscious or terminal.
Anatomical gift: declined.
Signed {{DATE:the 2nd day of August, 2024}} at {{FACILITY:Calloway-Brandt Medical Center}}.
Witness 1: {{NAME:Odell Fairweather}} (chaplain)     Witness 2: {{NAME:Brianna Okoye}}
Notary: {{NAME:Ruth-Ann Calderón}}, commission {{LICENSE:2019-RE-771304}}, expires {{DATE:05/14/2029}}
Interpreter attestation (Mandarin): {{NAME:Kim-Anh Nguyen}} - crossed out; {{NAME:Huang Lei}}, interpreter {{ID:INT-30218}}
Indexed to MRN {{MRN:CR-3120087}}; flag "AD on file" set.`,
  `HOSPITAL -> HOSPICE TRANSFER SUMMARY
To: {{FACILITY:Cedar Lantern Hospice}} - inpatient unit, {{ADDRESS:3300 Lantern Way}}, {{LOCATION:Centerville}}    Intake RN: {{NAME:Bronwyn Ap-Rhys}}, {{PHONE:937-555-0198}}
From: {{FACILITY:Brandt Memorial Hospital}}, {{FACILITY:Delacroix 3 North}}    Date of transfer: {{DATE:08/09/2024}}
Patient: {{NAME:Augustin Delacroix-Pierre}}    DOB {{DATE:02-Sep-1930}}    Age {{AGE:93}}    MRN {{MRN:BMH-0051207}}
Hospice referral # {{ID:CLH-88120}}; election statement signed by HCPOA {{NAME:Marie-Claire Pierre}} {{DATE:8/8/24}}.
Terminal dx: Parkinson disease, end stage (G20.C), with recurrent aspiration pneumonia. PPS 10-20%.
Code: DNR/DNI, comfort only. POLST (pink) travels with pt.
Current comfort meds:
  morphine 2 mg IV q2h prn dyspnea/pain (used 3 doses/24h)
  glycopyrrolate 0.2 mg IV q6h prn secretions
  haloperidol 0.5 mg IV q4h prn agitation (used 0)
  acetaminophen 650 mg PR q6h prn fever
Lines: PIV L forearm (remove on arrival if SC route preferred). Foley: no.
Family: daughter (HCPOA) {{PHONE:937-555-0106}}; son {{NAME:Jean-Luc Delacroix}} arriving from {{LOCATION:Montreal}} {{DATE:8/10}}.
Transport: {{FACILITY:Careway Medical Transport}} BLS stretcher 1400, trip {{ID:CMT-7824410}}.
Physician: {{NAME:H. Lefebvre}}, MD - will remain attending of record? No, hospice MD Dr. {{NAME:Ignatius Oyelowo}} assumes.`,
  `CDI QUERY - CLINICAL DOCUMENTATION CLARIFICATION
To: Dr. {{NAME:Tomoko Nakashima-Reyes}}     From: {{NAME:Bettina Kowalski-Ruiz}}, RN, CCDS     Sent {{DATE:08/12/2024 10:05}}
Patient: {{NAME:Goodnight, Ellis W.}}    MRN {{MRN:CBH-00301145}}    Acct {{ACCOUNT:CB70118822}}    Adm {{DATE:08/08/2024}}
Query ID {{ID:CDI-Q-24-19931}}   Response requested within 48 h

Clinical indicators in the record:
 - Na 124 on {{DATE:8/8}}, 127 on {{DATE:8/9}}, 132 on {{DATE:8/11}}
 - Treated with fluid restriction 1.2 L and NaCl tabs
 - Progress note {{DATE:8/9}} documents "low sodium" only

Based on your clinical judgment, can you clarify the diagnosis being treated?
 [ ] Hyponatremia (E87.1)
 [ ] SIADH (E22.2)
 [ ] Other: ____________
 [ ] Unable to determine

Please also clarify "AKI?" in H&P of {{DATE:8/8/24}} (Cr 1.9, baseline 1.0 on {{DATE:6/10/24}}): [ ] AKI, ATN  [ ] AKI, prerenal  [ ] ruled out.
This query is not intended to lead toward any diagnosis. Questions: {{NAME:Bettina}} ext {{PHONE:4127}} or {{EMAIL:bkowalskiruiz@callowaybrandt.example}}.
Response {{DATE:8/12/24 1522}} ({{NAME:TNR}}): [X] Hyponatremia - hypovolemic/thiazide; [X] AKI, prerenal, resolved.`,
  `Progress Note - Hospital Medicine - Weekend Coverage
Dictated via speech recognition, not proofread for errors.
Date of service: {{DATE:Saturday August 17 2024}}
Patient: {{NAME:Tomasz Grabowski}} medical record {{MRN:PH-0133805}} room 218 {{FACILITY:Pine Hollow}}
Covering: {{NAME:Jude Adeyemi-Scott}} MD for Dr. {{NAME:Amadi Laurent}} (note: dictation heard "Dr. {{NAME:Omadi Lauren}}")

Subjective this is a 68-year-old man admitted {{DATE:August 15th}} with gout flare recurrent both knees and now right wrist also, he says the steroids "worked last time." Wife {{NAME:Grażyna}} at bedside, she works at {{FACILITY:St. Jadwiga Academy of Dayton}} and requests a note for work at discharge.

Objective temp 37.8 heart rate 92 blood pressure 138/84. Right wrist warm swollen. Knees improved. Creatinine 1.4 from 1.6. Uric acid 9.8.

Assessment and plan
1. Polyarticular gout flare - prednisone 40 mg daily, colchicine 0.6 mg daily. Rheumatology referral to Dr. {{NAME:Ananya Krishnaswamy}} at {{FACILITY:Calloway Arthritis & Rheumatology}}.
2. CKD 3a - hold NSAIDs permanently.
3. Disposition home tomorrow {{DATE:8/18}} if wrist improving; follow-up with {{NAME:Lionel Abernathy}} MD.
Phone number for wife for updates {{PHONE:937 555 0135}} comma which she requests we use instead of home.
End of dictation. {{NAME:JAS}}/vr job number {{ID:VR-24081711334}}`,
];

export const HELDOUT_REALISTIC_133_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout133-${i + 1}`, n));
