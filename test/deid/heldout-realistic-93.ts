// A ninety-third held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x/198.51.100.x/203.0.113.x; towns and cities are real
// places used only as LOCATION). It leans towards geriatrics and long-term care: skilled nursing
// facility admissions and MDS-style assessment worksheets, nursing home progress notes, night-shift
// shorthand, shift report sheets and secure-chat threads, incident, fall, elopement, medication-error,
// abuse-allegation, lost-property and privacy reports, assisted living and memory care logs,
// guardianship, court-visitor and power-of-attorney paperwork, advance directives, POLST/MOLST forms
// and psychotropic consents, family meetings and care conferences with many relatives, residents
// aged over 89 (written as 91 y/o, 94F, ninety-two, 100th birthday, MIMIC "Age over 90"),
// Medicare/Medicaid numbers, long-term-care insurance policies and claims, resident trust funds and
// billing disputes, consultant pharmacist reviews, wound and pressure-injury logs with photo
// references, hospice elections, IDG and bereavement notes, death pronouncements, releases of
// remains to funeral homes, medical examiner notifications, transfers to and from hospitals,
// dialysis and EMS hand-off sheets, state survey deficiency statements, ombudsman and APS referrals.
// It is heavy on eponyms, scores and look-alikes that are not PHI (Alzheimer's, Parkinson's, Lewy
// body, Foley, Hoyer, Broda, Braden, Morse, Tinetti, BIMS, PHQ-9, FAST 7c, PAINAD, McGeer, Beers,
// Posey, Mepilex, Santyl, F689/F758 tags, Part A day counts, BP 96/54, MoCA 16/30, lot numbers,
// rooms, beds, chairs, apartments, units numbered like 2 North, ages of 89 and under, years alone).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-20 final engine
// (8dad65e) 0.9847 / 0.9531; pass-21 engine (c661a04, whose rules were made from sets 2-92 without
// reading this one) 0.9849 / 0.9536.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header conventions: titles, credentials and
// honorifics (Dr., Mr., Mrs., Fr., Rev., Pastor, Imam, Sister, Officer, nurse, CNA, RN, Esq.) and kin
// terms (Mama, Mom, Dad) stay outside NAME spans; a nickname in quotes or brackets is its own span;
// first names alone, surnames alone, lower-case names and initials standing for a person (incl.
// signer/typist initials and QAPI initials like J.T.) are NAME; a month/day without a year is a
// DATE and a clock time next to it stays outside, while a time attached to a date with a year is
// inside; a weekday written with a date is part of it; a date range written as one token is one
// span; MIMIC placeholders are annotated over their content, brackets outside; short extensions
// and pagers are PHONE; an intersection where a resident was found is ADDRESS; a county named with
// Co is LOCATION; cities abroad are LOCATION; states, countries and payers are not PHI.
// Decisions for cases those conventions do not cover:
// - "in her 90s", "over 90", "centenarian" are not an exact age and are not annotated; an age over
//   89 in any other form is AGE, including an ordinal birthday ("her [100th] birthday") and an age in
//   quoted speech; ages of 89 and under are not annotated even in a table of older residents.
// - Medicare MBIs, Medicaid IDs, Medicare Advantage and supplement member IDs and long-term-care
//   insurance policy numbers are HEALTH_PLAN; LTC insurance, VA and Medicare claim numbers (incl. an
//   ICN), resident trust-fund, billing, invoice, guardianship-estate and bank accounts are ACCOUNT;
//   insurers (Genworth, John Hancock, BCBS) are not PHI.
// - Assisted living and memory care communities, hospices, funeral homes, congregations and
//   churches, home-health, DME, oxygen, pharmacy, lab, staffing, transport and mobile imaging,
//   dental and podiatry providers are FACILITY; a named unit or hall (Sycamore, Rosewood, Magnolia
//   hall, Magnolia Court, Juniper House) is FACILITY like a ward with a proper name; numbered units
//   (2 North, 3 East, 5 Tower) are not.
// - Guardianship case numbers, state intake, survey event, ombudsman, APS, police, ME, funeral-home
//   case numbers, incident, grievance, outbreak, loss-report and lab accession numbers, POLST
//   registry confirmations, immunization-registry IDs, telehealth session IDs, employee and badge
//   numbers are ID; a courthouse or agency (probate court, APS, state survey agency, QIO) is not PHI.
// - Notary commission, NHA and CNA licence numbers, NPI, DEA, driver's licences and a MIMIC "MD
//   Number" are LICENSE; hearing-aid, wander-guard, pendant, CPAP, concentrator, rental mattress,
//   pacemaker, ICD, DBS, lead, bedside-monitor and device-cloud serials are DEVICE, while a
//   facility asset number ("concentrator #12") is not; a full SSN or its last four is SSN.
// - Wound-photo, face-photo, retinal-image and screenshot file names and photo reference codes are
//   PHOTO; a palm-vein enrollment, a voiceprint and a fingerprint record or fingerprint-submission
//   number are BIOMETRIC.
// - Month with year (Oct 2021, 1/2024) is a DATE; a month or a holiday alone (Christmas, Memorial
//   Day) and a weekday alone are not; vaccine information statement edition dates and lot numbers
//   are not PHI; public figures, hymns and shows (Lawrence Welk, Amazing Grace, Chopin) are not NAME.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `SKILLED NURSING ADMISSION H&P
{{FACILITY:Willow Crest Health & Rehabilitation}} - 2 North, Rm 214-B

Resident: {{NAME:HALVORSEN, INGRID M}}    DOB: {{DATE:02/17/1932}}    Age: {{AGE:92}}
MRN {{MRN:WC-0048817}}   Medicare MBI {{HEALTH_PLAN:5TQ8-JK2-RM41}}
Admit date/time: {{DATE:03/11/2024 16:40}} from {{FACILITY:St. Brendan Regional Medical Center}}
Attending: Dr. {{NAME:Obafemi Adeyemi}}   PCP prior to admit: Dr. {{NAME:Laura Kessler}} ({{LOCATION:Rochester}})

HPI: {{AGE:92}} y/o F w/ hx Alzheimer's dementia (moderate), HFpEF, CKD 3b, OA. Admitted to hosp {{DATE:3/6}} after unwitnessed fall at her assisted living ({{FACILITY:Maple Terrace Senior Living}}); L femoral neck fx, s/p L hemiarthroplasty {{DATE:3/7}} by Dr. {{NAME:Chen}}. 3-midnight qualifying stay met. WBAT LLE, posterior hip precautions x 6 wks. Foley removed POD#2, voiding. Hgb nadir 8.4, no transfusion.

PMH: Alzheimer's, HTN, HFpEF EF 60%, CKD 3b (Cr 1.6), hypothyroid, cataracts OU s/p, hx C. diff 2019.
MEDS: donepezil 10 mg qhs, furosemide 20 mg daily, levothyroxine 50 mcg, enoxaparin 30 mg SC daily x 28 d, APAP 650 q6h prn, senna-S.

SOCIAL: widowed, in AL x3 yrs. Daughter {{NAME:Karin Halvorsen-Boyd}} is HCPOA, cell {{PHONE:(585) 555-0143}}. Son {{NAME:Erik}} lives in {{LOCATION:Oslo}}.
Code status: DNR/DNI per POLST signed {{DATE:01/09/2023}}.
PLAN: PT/OT 5x/wk; Braden 14 - q2h turns; Morse 65 - high fall risk, low bed, floor mats.`,
  `MDS 3.0 -- 5-DAY PPS / ADMISSION ASSESSMENT (worksheet copy)
Resident: {{NAME:Gutierrez, Rosalba}}   Resident ID {{MRN:100293}}   Room 118
ARD: {{DATE:03/18/2024}}   Entry date {{DATE:03/12/2024}} from {{FACILITY:Bronx Riverside Hospital}}
Medicaid # {{HEALTH_PLAN:NY-77315084K}}   DOB {{DATE:1931-08-04}} ({{AGE:ninety-two}})

Sect C - BIMS: repetition 3/3, yr 0, mo 1, day 1, recall 1/3 -> BIMS 6 (severe impairment). Interview in Spanish w/ interpreter {{NAME:Milagros Ortega}} (ext {{PHONE:4417}}).
Sect D - PHQ-9 total 4
Sect E - no behaviors in 7-day lookback
Sect GG - self-care adm perf: eating 04, oral hygiene 03, toileting hygiene 02; sit-stand 02, chair/bed transfer 02, walk 10 ft 88 (not attempted d/t pain)
Sect H - occasionally incontinent of urine
Sect J - fall in month prior to entry: yes, w/ fracture
Sect K - wt 104 lb, ht 58 in
Sect M - stage 2 PI sacrum 1.5 x 1.0 cm, POA
Sect N - anticoagulant 7/7, opioid 4/7
Sect Q - expects to return to community: unknown; daughter {{NAME:Leticia Gutierrez}} wants her home in {{LOCATION:Yonkers}} w/ HHA

Completed by: {{NAME:Deborah Whitcomb}}, RN, RAC-CT   {{DATE:03/19/2024}}
Sect GG: {{NAME:T. Okonkwo}}, PT, DPT    Sect K: {{NAME:J. Fairbanks}}, RD`,
  `{{DATE:4/2/24}} 2300-0700 nursing
res: {{NAME:KOWALCZYK, Stanislawa}} ("{{NAME:Stasia}}")  {{AGE:96}}F  rm 305A  MR# {{MRN:0071-5529}}
a&ox1 (self), pleasant. 0030 found sitting edge of bed calling for "{{NAME:Tadeusz}}" (late husband) - redirected, toileted, back to bed. bed alarm on, low bed, mats.
0215 VS 138/72 HR 88 irreg RR 18 T 97.9 SpO2 93% RA. lungs coarse bases, +1 edema BLE.
0400 brief changed, sm BM, skin intact except known stage 3 R heel - dsg c/d/i (Mepilex border, changed {{DATE:4/1}} per wound RN {{NAME:Abby}}).
0545 refused metformin, took it w/ applesauce on 2nd approach.
granddaughter {{NAME:Natalia Wisniewska}} called 0620 from {{LOCATION:Chicago}} asking about "the Hoyer thing" - explained PT assessing stand-pivot vs Hoyer lift. she is not POA; POA is son {{NAME:Jerzy Kowalczyk}}, {{PHONE:312-555-0188}}. ok to give general update per face sheet.
Dr. {{NAME:Pham}} paged re edema 0230, no new orders, wt in AM.
plan: cont q2h checks, fall precautions. report given to day nurse {{NAME:Tamika}}.
-- {{NAME:R. Bautista}}, LPN`,
  `INCIDENT / ACCIDENT REPORT -- CONFIDENTIAL QA DOCUMENT
Incident # {{ID:IR-2024-0412}}    Facility: {{FACILITY:Cedar Hollow Care Center}}, {{ADDRESS:4180 Old Mill Rd}}, {{LOCATION:Lancaster}}, PA {{ZIP:17601}}
Resident: {{NAME:Thaddeus Brooks}}   DOB {{DATE:11/30/1929}}   Age {{AGE:94}}   Unit: {{FACILITY:Sycamore}}, Rm 22
Date/time of occurrence: {{DATE:05/04/2024 0310}}    Witnessed: N
Discovered by: {{NAME:Kenya Marshall}}, CNA

Description: resident found on floor beside bed, lying on R side, bed in low position, floor mat displaced. Resident states "I was going to the bathroom, I didn't want to bother anybody." Call light not on. Non-skid socks on.
Assessment: GCS 15, ROM all extremities WNL, c/o R hip pain 3/10, skin tear R forearm 2 cm (Steri-Strips). Denies head strike, but on Eliquis 2.5 mg so neuro checks x 72 h per protocol.
Notifications: Dr. {{NAME:Maribel Santos-Ruiz}} 0330 - xray R hip/pelvis ordered via {{FACILITY:PortaView Mobile Imaging}}; son {{NAME:Darnell Brooks}} {{PHONE:717-555-0169}} notified 0705; DON {{NAME:Patricia Lindqvist}} notified.
Root cause (prelim): toileting need at night, hx nocturia, Lasix given 2000.
Interventions: scheduled toileting 0200/0400, bedside commode, move Lasix to 1400.
Reporter: {{NAME:Kenya Marshall}}, CNA    Nurse: {{NAME:Olu Adebayo}}, RN    {{DATE:5/4/24}}`,
  `SOCIAL SERVICES - FAMILY MEETING / CARE CONFERENCE
Date: {{DATE:Thursday, June 13, 2024}} 1400, conf rm B
Resident: Mr. {{NAME:Aurelio Benavides}}, {{AGE:91}} y/o, LTC since {{DATE:Oct 2021}}, rm 140

Present: daughter {{NAME:Dolores Benavides-Cruz}} (HCPOA), son {{NAME:Ramon Benavides}}, granddaughter {{NAME:Marisol Cruz}}, daughter-in-law {{NAME:Yvonne}}, grandson "{{NAME:Junior}}" ({{NAME:Aurelio Benavides III}}); son {{NAME:Tony}} by phone from {{LOCATION:San Antonio}}; parish priest Fr. {{NAME:Michael Okafor}}. Staff: {{NAME:Jenna Pruitt}}, LMSW; Dr. {{NAME:Haddad}}; {{NAME:Lorraine}} (MDS coord); {{NAME:Kwame}} (RD).

Discussion: 11 lb wt loss over 90 days (from 142 to 131), intake 25-50%, now needing 1:1 feeding assist. Dr. explained progression of vascular dementia and that Remeron trial + Ensure TID have not helped. Reviewed MOLST from {{DATE:2/2/22}} (DNR, no tube feeding). {{NAME:Ramon}} asked about PEG - "Dad would want to fight." {{NAME:Dolores}} and {{NAME:Tony}} disagree, read from his living will. Fr. {{NAME:Okafor}} spoke about comfort care being consistent with their faith.
Outcome: family agreed to hospice eval; referral to {{FACILITY:Heart of Texas Hospice}} sent. Next mtg 2 wks.
{{NAME:J. Pruitt}}, LMSW`,
  `POLST - transcription into EHR (original pink form in front of chart, copy to {{FACILITY:Sierra Foothills Medical Group}} per request)
Patient last name: {{NAME:NAKAMURA}}   First: {{NAME:Fumiko}}   Middle: {{NAME:E.}}
DOB: {{DATE:07/22/1928}}   Gender: F   MRN {{MRN:3300-84217}}
Address: {{ADDRESS:2210 Sunrise Blvd, Apt 6}}, {{LOCATION:Citrus Heights}}, CA {{ZIP:95610}} (prior residence; now LTC resident rm 9)

A. CPR: [X] Attempt Resuscitation/CPR  [ ] DNR   ... CHANGED, see below
B. Medical interventions: [ ] Full  [X] Selective  [ ] Comfort-focused
C. Artificially administered nutrition: [X] No artificial nutrition by tube
D. Info & signatures: discussed with patient (pt has capacity per Dr. today) and her niece {{NAME:Grace Tanaka-Reyes}}, legally recognized decisionmaker = none appointed; pt signs for herself.
Physician: {{NAME:Sunil Raghavan}}, MD   License {{LICENSE:A-128844}}   phone {{PHONE:916-555-0127}}   signed {{DATE:09/03/2024}}

**UPDATE {{DATE:09/10/2024 11:15}}: pt asked to revise Section A to DNR after talking w/ her pastor, Rev. {{NAME:Daniel Whitehorse}}. New POLST completed, old one voided (VOID written across, dated, initialed {{NAME:SR}}). Registry submission confirmation {{ID:POLST-CA-0092217}}.
Pt is {{AGE:96}}, sharp, does the crossword in ink. states "I'm not afraid, I just don't want my ribs broken at my age."
- {{NAME:Alma Duarte}}, RN`,
  `ADVANCE DIRECTIVE / HEALTH CARE PROXY REVIEW -- admission, SS + nursing
Resident: {{NAME:WASHINGTON, EZEKIEL T.}}   "{{NAME:Zeke}}"   DOB {{DATE:4/9/1933}}   rm 27 ({{FACILITY:Magnolia hall}})
Documents on file (scanned to Misc tab {{DATE:08/15/2024}}):
 1) Health Care Proxy dated {{DATE:March 3, 2015}} - agent: wife {{NAME:Bernice Washington}} (deceased 2020); alternate agent: nephew {{NAME:Cornelius Jeffries}}, {{ADDRESS:77 Pulaski St}}, {{LOCATION:Petersburg}}, VA {{ZIP:23803}}, ph {{PHONE:804-555-0110}}.
 2) Living Will, same date, witnessed by {{NAME:Harold P. Stokes}} and {{NAME:Ida Mae Greene}}; notarized, notary commission {{LICENSE:7390042}}.
 3) Out-of-hospital DDNR - NOT found. Hospital d/c summary from {{FACILITY:Southside Community Hospital}} says "Full code."

Discrepancy: LW says no CPR/vent if terminal or permanently unconscious; code status on hospital orders = Full. Pt is A&O x3, BIMS 14, understands. Spoke w/ pt: "I'm {{AGE:91}} years old, honey, I've been to Korea and back, don't pound on my chest." 
Per pt, DNR; Dr. {{NAME:Abernathy}} notified 1520, will see pt tomorrow to confirm & sign DDNR. Nephew {{NAME:Cornelius}} called and left VM at {{PHONE:804-555-0110}}.
Age verified: pt states {{AGE:91}}, matches DOB.
{{NAME:Faith Oduya}}, MSW / {{NAME:Carla Mendes}}, RN`,
  `Business Office - POA documentation rec'd
{{DATE:10/02/2024}}  {{NAME:mh}}

Rec'd copy of Durable General Power of Attorney for resident {{NAME:Margaret}} "{{NAME:Peggy}}" {{NAME:O'Rourke}} ({{AGE:93}}), executed {{DATE:06/21/2019}} before notary {{NAME:Lucille Banerjee}} (commission exp. {{DATE:12/31/2026}}). Agent: son {{NAME:Sean O'Rourke}}, {{ADDRESS:19 Harborview Ter}}, {{LOCATION:Quincy}}, MA {{ZIP:02169}}, cell {{PHONE:617-555-0152}}, email {{EMAIL:sorourke.quincy@examplemail.com}}. Successor agent: daughter {{NAME:Bridget Tully}}.
Note - this is a FINANCIAL POA only; HCP is a separate doc (agent = {{NAME:Bridget}}). Do not let {{NAME:Sean}} sign clinical consents.

{{NAME:Sean}} requests:
 - monthly statement to his email above
 - auto-pay from resident's checking, acct ending {{ACCOUNT:4471}} (bank form in file)
 - MassHealth LTC application started; MassHealth ID when issued. Current Medicare MBI {{HEALTH_PLAN:8PX2-WE4-TN17}}, supplemental plan {{HEALTH_PLAN:BCX448120937}}.
Resident billing acct {{ACCOUNT:RB-000731}}. Private pay balance $18,442.16 as of {{DATE:9/30}}.
Also has LTC insurance policy {{HEALTH_PLAN:GNW-LTC-5590-2281}} - elimination period 90 days, daily benefit $180. Claim form sent to {{NAME:Sean}}.
-{{NAME:Marcy Hollister}}, BOM`,
  `COURT VISITOR REPORT -- PETITION FOR APPOINTMENT OF GUARDIAN (summary abstracted into chart by SW)
Case No. {{ID:2024-GP-001187}}   Hearing date: {{DATE:November 19, 2024}}
Respondent: {{NAME:Bogdan Petrovic}}, age {{AGE:90}}, DOB {{DATE:01/05/1934}}
Residence: {{FACILITY:Lakeshore Memory Care}}, {{ADDRESS:600 W. Lakeshore Dr}}, {{LOCATION:Euclid}}, OH {{ZIP:44123}}
Petitioner: daughter {{NAME:Vesna Petrovic-Allen}}, {{LOCATION:Mentor}}, OH
Proposed guardian: same. Attorney for petitioner: {{NAME:Stuart Greenbaum}}, Esq.
Court visitor: {{NAME:Angela Moretti}}, visited {{DATE:11/4/24}} 10:30.

Findings: Respondent oriented to name only; thinks year is 1975 and that he still works at the steel mill in {{LOCATION:Cleveland}}. Expert eval by Dr. {{NAME:Rhee}} ({{DATE:10/28/24}}) - MoCA 7/30, major neurocognitive disorder, likely Alzheimer's type w/ vascular component. He was read his rights in English; primary language Serbian, nephew {{NAME:Milos}} interpreted. Respondent said "{{NAME:Vesna}} is good girl, let her do it."
Less restrictive alternatives: no POA ever executed. Respondent's son {{NAME:Dragan Petrovic}} (lives in {{LOCATION:Belgrade}}) was notified by mail, no objection filed.
Recommendation: plenary guardianship of person and estate.`,
  `CONSULTANT PHARMACIST - MONTHLY MEDICATION REGIMEN REVIEW
Facility: {{FACILITY:Riverbend Nursing & Rehab}}   Review date {{DATE:07/08/2024}}
Resident: {{NAME:Lillian Featherstone}}  Rm 12A  {{AGE:95}} yo F   MRN {{MRN:RB44921}}
Attending: Dr. {{NAME:Ngozi Eze}}    Pharmacy: {{FACILITY:Ozark Valley Pharmacy Services}}

Irregularities / recommendations:
1. Quetiapine 25 mg qhs for "sundowning" since {{DATE:1/2024}} - no documented target behaviors x 60 days. CMS F758: recommend GDR to 12.5 mg qhs, monitor behavior log.
2. Omeprazole 40 mg daily > 8 wks, no GI bleed hx, no active indication. Recommend taper to 20 mg x 2 wks then dc.
3. Glipizide 5 mg BID - A1c 6.1 ({{DATE:6/18/24}}), two FSBG < 70 this month (54 on {{DATE:6/29}} at 0600). Beers list; hypoglycemia risk in elderly. Recommend dc glipizide.
4. Lorazepam 0.5 mg prn anxiety - used x0 in 30 days. Prn psychotropic >14 d needs re-eval; recommend dc.
5. Vit D 1000 IU - ok. 25-OH D 34.
6. Metoprolol tartrate 25 BID, HR 52-58 - consider dose reduce.
Physician response requested by {{DATE:7/22/24}}. Copy to DON {{NAME:Rhonda Pickett}}.
{{NAME:Henry Vo}}, PharmD, BCGP  NPI {{LICENSE:1487726390}}   {{PHONE:(417) 555-0133}}`,
  `WOUND CARE NOTE - weekly rounds w/ wound MD
{{DATE:08/21/2024}}   Res: {{NAME:Oyelaran, Adebola}}   {{AGE:90}} y/o M   rm 221-A   MR {{MRN:558310}}
Wound MD: Dr. {{NAME:Priya Sethuraman}} ({{FACILITY:Vohra Wound Physicians}} group)   Wound nurse: {{NAME:Gretchen Albrecht}}, RN, WCC

#1 SACRUM/COCCYX - stage 4 pressure injury, facility-acquired (identified {{DATE:6/30/24}})
  4.2 x 3.1 x 1.8 cm, undermining 1.2 cm 10-2 o'clock, tunnel 2.5 cm at 12. 40% slough, 60% beefy red gran. mod serosang. periwound macerated.
  Photo: {{PHOTO:IMG_20240821_0914_OYEL_SAC.jpg}} (wound camera, uploaded to chart)
  Tx: cleanse NS, Santyl to slough, calcium alginate AG, foam border q day & prn. Low air loss mattress (rental, serial {{DEVICE:LAL-7734-0921}}).
#2 R HEEL - unstageable, DTI evolving, 3.0 x 2.6 cm, dark purple/maroon, intact. Photo: {{PHOTO:IMG_20240821_0921_OYEL_RHEEL.jpg}}
  Tx: skin prep BID, float heels, Prevalon boot.
Labs: albumin 2.6, prealb 11, Hgb 9.9. RD ({{NAME:Kofi}}) added Juven BID + MVI.
Braden 11. Turning q2h - turning log reviewed, gaps noted on nights {{DATE:8/17}} & {{DATE:8/18}} -> reported to unit mgr {{NAME:Lakshmi}}.
Wife {{NAME:Folake Oyelaran}} updated by phone {{PHONE:(713) 555-0174}}; she asked if he needs surgery - Dr. {{NAME:Sethuraman}} explained debridement only, not a flap candidate at {{AGE:90}}.`,
  `PRESSURE INJURY TRACKING LOG - 3 EAST          week ending {{DATE:02/09/2025}}
res               | rm   | site      | stg  | onset    | L x W x D (cm)  | trend | photo ref
{{NAME:ABERNETHY, C}}     | 301  | sacrum    | 3    | {{DATE:01/12/25}} | 2.1x1.8x0.4     | better| {{PHOTO:PI-0301-0209}}
{{NAME:DUONG, THI LAN}}   | 304B | L ischium | 2    | {{DATE:01/29/25}} | 1.0x0.8x0.1     | same  | {{PHOTO:PI-0304-0209}}
{{NAME:McKINNEY, R}}      | 310  | R heel    | DTI  | {{DATE:02/03/25}} | 3.4x2.9         | worse | {{PHOTO:PI-0310-0209}}
{{NAME:FERREIRA, JOAO}}   | 312A | coccyx    | unst | POA      | 5.0x4.1         | same  | {{PHOTO:PI-0312-0209}}
{{NAME:YELLOWHORSE, M}}   | 318  | L ear (O2 tubing) | MDRPI 2 | {{DATE:02/06/25}} | 0.6x0.3 | new | {{PHOTO:PI-0318-0209}}

notes:
- Mrs {{NAME:Duong}} ({{AGE:97}}) family (son {{NAME:Minh}}) requests no photos - consent in chart from {{DATE:1/30}} is signed, reviewed again w/ him, ok to continue.
- {{NAME:McKinney}} DTI worse -> Dr notified, heel offload boots ordered, Braden 10.
- Mr {{NAME:Ferreira}}: present on adm, came from {{FACILITY:Hospital Santa Luzia}} ({{LOCATION:Porto}}) transfer, pt just moved here w/ granddaughter.
- O2 ear cushion applied to {{NAME:Yellowhorse}}.
Reviewed {{NAME:G. Albrecht}} RN WCC / {{NAME:S. Iwu}} ADON`,
  `HOSPICE ELECTION / TRANSFER OF CARE - SNF resident electing hospice benefit
Resident: {{NAME:Ethel Mae Dubois}}   DOB {{DATE:12/02/1930}}   ({{AGE:93}})   MRN {{MRN:00-61-447}}
Hospice: {{FACILITY:Bayou Comfort Hospice}}, {{ADDRESS:1120 Jefferson Hwy, Suite 200}}, {{LOCATION:Baton Rouge}}, LA {{ZIP:70806}}   ph {{PHONE:225-555-0190}}   fax {{FAX:225-555-0191}}
Election effective: {{DATE:09/14/2024}}. Skilled Part A stay ends {{DATE:09/13/2024}} (day 41 of 100). NOMNC delivered {{DATE:9/11}}, signed by daughter/rep.
Terminal dx: Alzheimer's disease, FAST 7c; secondary CHF. PPS 30%. Wt loss 14% in 6 mo. MAC 21 cm.
Hospice RN case manager: {{NAME:Clarisse Thibodeaux}}, RN; hospice MD: Dr. {{NAME:Jean-Luc Arceneaux}}; attending remains Dr. {{NAME:Tran}}.
Routine level of care. Room & board now Medicaid (LA Medicaid ID {{HEALTH_PLAN:4400918273}}), hospice is Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}.
DME via hospice: hospital bed, LAL mattress, Broda chair. Meds covered: morphine conc 20 mg/mL 5 mg SL q2h prn, lorazepam 0.5 mg SL q4h prn, atropine 1% 2 gtts SL prn secretions, haloperidol 0.5 mg prn, bisacodyl supp.
Family: daughter {{NAME:Ruthie Dubois LeBlanc}} (rep), grandson {{NAME:Tyrell}}. Catholic, requests anointing - Fr. {{NAME:Boudreaux}} from {{FACILITY:St. Agnes Parish}} called.
{{NAME:K. Simmons}}, RN, unit mgr`,
  `DEATH PRONOUNCEMENT NOTE
Resident: {{NAME:Gustavo Ibarra Mendoza}}   {{AGE:ninety-four}} yo M   Rm 16   MR# {{MRN:200884}}
Called to bedside by CNA {{NAME:Brianna Kemp}} at 0412 - resident not breathing. Resident on hospice ({{FACILITY:Sonoran Sky Hospice}}), DNR/POLST on file, comfort care.
Exam: unresponsive to verbal and sternal rub, pupils fixed & dilated, no carotid pulse x 1 min, no heart sounds on auscultation x 2 min, no resp effort.
Time of death: {{DATE:01/27/2025 04:26}}. Pronounced by {{NAME:Alicia Yazzie}}, RN (RN pronouncement per AZ protocol & facility policy for expected hospice deaths).
Notified: hospice RN on call {{NAME:Dennis Oakley}} 0435 (will visit); attending Dr. {{NAME:Farouk Haddad}} 0440, will sign death certificate; daughter {{NAME:Carmen Ibarra}} {{PHONE:520-555-0137}} 0445 - family coming, wants time with him before removal; son {{NAME:Gustavo Jr}} in {{LOCATION:Hermosillo}} notified by {{NAME:Carmen}}.
Funeral home: {{FACILITY:Rosales & Sons Funeral Chapel}}, {{LOCATION:Tucson}} ({{PHONE:520-555-0156}}) - called 0612 after family left.
Post-mortem care done, dentures in, rosary in hands per daughter. Belongings inventoried, list signed by {{NAME:Carmen}}. Wander-guard bracelet removed (serial {{DEVICE:WG-55A-10293}}) and returned to supply.
{{NAME:A. Yazzie}}, RN   {{DATE:1/27/25}} 0650`,
  `RELEASE OF REMAINS / AUTHORIZATION FOR REMOVAL
To: {{FACILITY:Whitfield-Crane Funeral Home}}, {{ADDRESS:302 N. Main Street}}, {{LOCATION:Greenville}}, SC {{ZIP:29601}}   Tel {{PHONE:864-555-0121}}  Fax {{FAX:864-555-0122}}
From: {{FACILITY:Palmetto Gardens Skilled Nursing}}

Deceased: {{NAME:CALLOWAY, HATTIE BELLE}}     DOB {{DATE:03/15/1926}}     Age {{AGE:98}}
SSN {{SSN:247-61-0853}} (for death certificate worksheet only)
Date/time of death: {{DATE:02/02/2025 23:50}}   Pronounced by: {{NAME:Marcus Odom}}, RN
Attending physician to certify: Dr. {{NAME:Elaine Pettigrew}}   NPI {{LICENSE:1659084417}}
ME notification required? [ ] Y [X] N  (expected death, no fall/injury w/in 30 days)
Authorized by next of kin: {{NAME:Lorenzo Calloway}}, grandson / POA-HC, ph {{PHONE:864-555-0178}}
Funeral home case # {{ID:WC-25-0044}}
Released to: {{NAME:D. Whitfield}}, funeral director, at {{DATE:02/03/2025 01:35}}.   Vehicle: removal van, plate {{VEHICLE:SC 4KT-882}}
Personal effects released w/ body: wedding band (yellow metal), hearing aids x2 (L serial {{DEVICE:PH-L-88104512}}, R serial {{DEVICE:PH-R-88104513}}) - family asked to bury w/ her.
Effects retained for family: glasses, Bible, clothing x 2 bags.
Nurse signature: {{NAME:M. Odom}}, RN`,
  `SBAR - INTERACT Change in Condition / Transfer Form
To: {{FACILITY:Mercy Valley Hospital}} ED   Sent {{DATE:11/09/2024 19:20}} via {{FACILITY:Tri-County Ambulance}}
Resident {{NAME:Yusuf Al-Rashid}}   {{AGE:91}}M   DOB {{DATE:06/18/1933}}   SNF rm 402   Code: FULL (per pt & son)
S: acute AMS + fever 102.4, new O2 need.
B: admitted to SNF {{DATE:10/30}} after CAP; hx COPD, AFib on apixaban, BPH w/ chronic Foley (last changed {{DATE:11/1}}), DM2. Baseline A&Ox3, ambulates w/ RW.
A: T 102.4, HR 118 irreg, BP 96/54, RR 26, SpO2 87% RA -> 92% 3L NC. Foley w/ cloudy urine, sediment. Lethargic, opens eyes to voice. FSBG 244. Suspect urosepsis vs recurrent PNA.
R: transfer to ED for eval. Labs drawn before transfer: CBC, BMP, lactate (sent to {{FACILITY:Northfield Reference Lab}}, req # {{ID:QV-3390271}}).
Packet sent: face sheet, MAR, med list, advance directive, last H&P, this SBAR. Bed hold notice given.
Son {{NAME:Omar Al-Rashid}} notified {{PHONE:313-555-0109}} - will meet at ED. Pt speaks Arabic mainly; son to interpret.
Report called to ED RN {{NAME:Stacy}} 1915.
Dr {{NAME:Venkataraman}} aware, ordered transfer.
{{NAME:Jolene Kowalski}}, RN`,
  `READMISSION NOTE - return from hospital
{{DATE:11/14/24}} 1530  rm 402 (held)
{{NAME:Al-Rashid, Yusuf}} ({{AGE:91}}) back from {{FACILITY:Mercy Valley}} after 5-day stay (adm {{DATE:11/9}}, dc {{DATE:11/14}}) for E. coli urosepsis + AKI (Cr peak 2.3, now 1.4). Foley exchanged in ED; urology (Dr. {{NAME:Gallagher}}) recommends voiding trial in 2 wks.
New meds: cefpodoxime 200 mg BID x 3 more days (end {{DATE:11/17}}), tamsulosin 0.4, apixaban resumed 2.5 BID (dose reduced - age >80, Cr). Metformin HELD until Cr < 1.3.
Hosp d/c summary by Dr. {{NAME:Chioma Nwachukwu}} reviewed, med rec done w/ pharmacy ({{FACILITY:Great Lakes LTC Pharmacy}}) & NP {{NAME:Rosa Villanueva}}.
Skin: new stage 1 R heel, heel boots on. Braden 15. Morse 75.
VS 128/70, 84, 18, 98.6, 95% RA. Alert, speaking w/ son in Arabic, oriented x2.
Son {{NAME:Omar}} present, upset that "nobody called about the Foley" -> grievance form given, SS ({{NAME:Hana}}) to f/u. Son ph {{PHONE:313-555-0109}}.
PT/OT re-eval ordered. Part A new benefit period? No - day count continues (day 16). 
-{{NAME:Jo Kowalski}} RN`,
  `STATEMENT OF DEFICIENCIES - excerpt (complaint survey), kept in QAPI binder
Provider: {{FACILITY:Evergreen Terrace Nursing Center}}   Survey completed {{DATE:04/26/2024}}   Event ID {{ID:X7QK11}}   Complaint intake # {{ID:TX00391455}}
F689 - Free of Accident Hazards/Supervision/Devices   Scope/Severity: G

Based on observation, interview and record review, the facility failed to provide adequate supervision to prevent falls for 1 of 4 residents reviewed (Resident #2).
Findings include: Resident #2 was a {{AGE:97}} year old female admitted {{DATE:01/18/2024}} with dx of Parkinson's disease, osteoporosis, dementia. Care plan dated {{DATE:1/19/24}} indicated 2-person assist with all transfers and use of a gait belt. Review of incident report dated {{DATE:03/30/2024}} revealed Resident #2 was transferred from wheelchair to bed by one aide, was lowered to the floor and sustained a L distal radius fracture.
Interview on {{DATE:4/24/24}} at 2:10 PM with CNA A revealed she "couldn't find anybody to help" on the 2-10 shift.
Interview on {{DATE:4/25/24}} at 9:40 AM with the DON revealed staff should follow the care plan.
[Resident identifiers removed in public copy; internal key: Resident #2 = {{NAME:Opal Jean Hutchins}}, rm 14; CNA A = {{NAME:Destiny Ramos}}]
POC due {{DATE:May 6, 2024}}. Administrator {{NAME:Craig Lundgren}}, NHA lic {{LICENSE:NHA-TX-4412}}.`,
  `LONG-TERM CARE OMBUDSMAN - complaint contact (copy provided to facility w/ resident consent)
Complainant: resident's daughter, {{NAME:Sharon Whitlock-Ames}}, {{PHONE:503-555-0148}}, {{EMAIL:sharon.w.ames@examplemail.net}}
Resident: {{NAME:Virgil Ames}}, {{AGE:93}}, {{FACILITY:Columbia Bluffs Care Center}}, {{LOCATION:The Dalles}}, OR
Date rec'd: {{DATE:7/15/2024}}    Case #: {{ID:OR-LTCO-24-08812}}    Ombudsman: {{NAME:Teresa Blackfeather}}

Complaint: (1) call lights not answered, daughter timed 47 min on {{DATE:7/13}} evening; (2) dad's hearing aids lost since around {{DATE:July 4th}}, facility "won't replace them"; (3) notice of discharge for non-payment given {{DATE:7/10/24}} while Medicaid application pending.
Resident interviewed privately {{DATE:7/16/24}}: "They're nice girls but there's only two of them at night." Consents to ombudsman sharing his name w/ admin.
Action: met w/ administrator {{NAME:Paul Dimitriou}} and SW {{NAME:Keiko Sato}} {{DATE:7/17}}. Facility to file theft/loss report (#{{ID:GR-0716}}) and replace hearing aids. Discharge notice rescinded pending Medicaid determination; application # {{ID:OHP-LTC-2024-559012}}.
F/u visit planned in 2 wks.`,
  `ASSISTED LIVING MOVE-IN / SERVICE PLAN ASSESSMENT
Community: {{FACILITY:The Heritage at Stone Creek}}   Apt 2-114
Resident: {{NAME:LINDGREN, Beatrice A.}}   pref name "{{NAME:Bea}}"
DOB {{DATE:May 30, 1934}}   Move-in {{DATE:6/1/2024}}   Prior address: {{ADDRESS:8815 Cottonwood Ln}}, {{LOCATION:Edina}}, MN {{ZIP:55435}}
Referred by: daughter (online inquiry); prior: lived alone, husband {{NAME:Walt}} d. 2016
Emergency contacts: daughter {{NAME:Kristin Lindgren Moe}} {{PHONE:952-555-0162}}; son-in-law {{NAME:Arne Moe}}.
Physician: Dr. {{NAME:Hamid Rostami}}, {{FACILITY:Southdale Internal Medicine}}.
{{NAME:Bea}} turned {{AGE:90}} two days ago - family party planned in the bistro Sat.
ADLs: indep w/ eating, grooming; needs standby for shower (Tue/Fri); med mgmt - Level 2 (staff administer); walks w/ rollator; uses Lifeline pendant (device ID {{DEVICE:LL-3320558}}).
Cognition: SLUMS 22/30, mild NCD. Drives? No - car (2012 Buick, plate {{VEHICLE:MN 7TRW 441}}) being sold by daughter.
Diet: regular, no pork per preference. Likes bridge, Lutheran services Sunday.
Service level: B. Monthly rate per contract. LTC insurance policy {{HEALTH_PLAN:JH-LTC-00719332}} (John Hancock) - benefit trigger needs 2 ADLs, not yet met.
Completed by {{NAME:Renee Swanson}}, RN, wellness director`,
  `ELOPEMENT / MISSING RESIDENT INCIDENT - memory care
{{FACILITY:Magnolia Court}} secured unit, {{FACILITY:Brightwater Senior Living}}   Incident {{ID:BW-MC-2024-031}}
Resident: {{NAME:Harlan Dwight Pruitt}}, {{AGE:92}}, Apt MC-7, DOB {{DATE:10/10/1931}}
Last seen: {{DATE:08/03/2024 15:45}} in activity room (sing-along). Found missing at 1610 head count.
Code Silver called 1612 by {{NAME:Shayla}} (care partner). Unit & grounds searched. Door alarm log: east fire door opened 1551 - wander-guard alarm did NOT sound; bracelet {{DEVICE:WG-4410-88231}} found to have low battery (last tested {{DATE:7/1}}).
1628 - 911 called; {{LOCATION:Overland Park}} PD responded, Officer {{NAME:Delgado}} badge {{ID:OPPD-2217}}. Face photo from chart provided to police ({{PHOTO:BW-face-MC7-2024.jpg}}).
1655 - located by a neighbor at a gas station at {{ADDRESS:W. 119th St and Metcalf Ave}}, ~0.6 mi, sitting on the curb, "waiting for the bus to the plant." Uninjured, mild sunburn, VS 148/82, 96, 18, temp 99.1. Oriented to self.
Notified: daughter {{NAME:Rebecca Pruitt-Saenz}} 1700 {{PHONE:913-555-0166}}; Dr {{NAME:Ogunleye}}; exec dir {{NAME:Bill Hennessey}}; state agency self-report filed {{DATE:8/3/24}} 2015.
Corrective: all wander-guard bracelets tested (battery check now weekly, logged), east door magnetic lock re-timed, 1:1 for 72 h, exit-seeking care plan updated.
{{NAME:Tamara Ochieng}}, RN, memory care director`,
  `BUSINESS OFFICE NOTE - Medicaid / LTC insurance
{{DATE:01/06/2025}}
Res: {{NAME:Szabo, Erzsebet}} ({{AGE:ninety-nine}}, LTC rm 33)   Acct {{ACCOUNT:PF-20881}}

1) Medicaid: application submitted {{DATE:11/12/24}} via county DSS, case worker {{NAME:Monique Ferris}}, {{PHONE:(860) 555-0120}}, fax {{FAX:(860) 555-0129}}. Pending: 60-month lookback - gift of $12,000 to grandson {{NAME:Levente}} in 2021 questioned. Son/POA {{NAME:Gabor Szabo}} sending letter explaining (graduation gift). Request for info due {{DATE:1/20/25}}.
2) LTC insurance: {{NAME:Erzsebet}}'s Genworth policy {{HEALTH_PLAN:LTC-8841-20-7716}}, claim # {{ACCOUNT:CLM-55019832}} - benefits paid through {{DATE:12/31/24}}, lifetime max exhausts approx {{DATE:Feb 2025}}. Plan of care recertification form faxed to Genworth {{DATE:1/3}}, signed by Dr. {{NAME:Wojcik}}.
3) Medicare A/B {{HEALTH_PLAN:3HN7-PQ1-VY88}} active; Part D plan changed {{DATE:1/1/25}}.
4) Resident trust fund acct {{ACCOUNT:RTF-0033}} balance $212.40; personal needs allowance will be $60/mo once Medicaid starts.
Spoke w/ {{NAME:Gabor}} {{PHONE:860-555-0183}}, agrees to pay current balance privately. He asks that mail go to {{ADDRESS:41 Ridgewood Rd}}, {{LOCATION:Wethersfield}}, CT {{ZIP:06109}}.
-{{NAME:D. Kaminski}}, business office mgr`,
  `SOCIAL SERVICES - QUARTERLY / SIGNIFICANT CHANGE NOTE        {{DATE:03/27/2025}}
Resident: Mrs. {{NAME:Chinyere Obi-Nwosu}}   rm 118B   LTC, Medicaid   in her 90s per family; face sheet DOB has year only (1932), day/month unknown per immigration papers
BIMS 11. Mood: PHQ-9 = 9 (mild), tearful on Sundays when no visitors. Attends Catholic mass via TV, Nigerian music per activities.
Family: son {{NAME:Emeka}} ({{LOCATION:Houston}}) calls Weds; daughter {{NAME:Adaeze Obi}} visits q2wk from {{LOCATION:Dallas}}; daughter {{NAME:Ngozi}} in {{LOCATION:Lagos}} - video calls arranged on facility iPad (WhatsApp, {{PHONE:+234 803 555 0142}}) with activities aide {{NAME:Luz}}.
Hx: retired nurse, worked at {{FACILITY:Bayou City General}} for 30 yrs.
Preferences: likes to be called "Mama {{NAME:Chi}}" by staff? - asked pt, she prefers "Mrs. {{NAME:Obi}}".
Concerns: roommate ({{NAME:L. Stanton}}) TV volume at night -> room change to 122A offered, pt declined; earphones ordered for roommate.
Advance directive: HCP names {{NAME:Adaeze}}; full code -> {{NAME:Adaeze}} wants to discuss at next care conf {{DATE:4/10}}.
Discharge potential: none, long-term placement.
Plan: 1:1 visits 2x/wk, psych referral if PHQ > 10, continue video calls.
{{NAME:Marisol Quintero}}, MSW, LSW`,
  `NUTRITION NOTE - RD - significant wt change
{{DATE:5/14/24}}   {{NAME:Tsosie, Lorraine}}   {{AGE:95}} y.o. F   Rm 9   MRN {{MRN:NH-77120}}
Wt hx: {{DATE:2/12}} 118.4 | {{DATE:3/11}} 115.0 | {{DATE:4/15}} 111.2 | {{DATE:5/13}} 108.6 lb  -> -8.3% x 3 mo (significant). BMI 19.9. Ht 62".
Intake: 25-50% most meals per CNA flow sheets, refuses meat "too tough," likes blue corn mush and mutton stew that her grandson {{NAME:Darrell Begay}} brings from {{LOCATION:Chinle}} on weekends.
Labs {{DATE:5/10}}: alb 3.1, BUN 28, Cr 1.0, Na 146 -> possible dehydration.
Dentition: upper denture loose - dental referral to {{FACILITY:Canyon Mobile Dental}} (visit {{DATE:5/22}}).
Meds reviewed: donepezil may reduce appetite; discussed w/ NP {{NAME:Whitney Cho}}.
Cultural: pt speaks Dine (Navajo) primarily; daughter {{NAME:Rita Tsosie}} ({{PHONE:928-555-0114}}) interprets by phone; CNA {{NAME:Verna}} also speaks Navajo.
Estimated needs: 1350-1500 kcal (25-28 kcal/kg), 55-65 g pro (1.1-1.3 g/kg), 1500 mL fluid.
Interventions: mech soft diet, Ensure Plus BID (350 kcal, 13 g pro each), fortified cereal at breakfast, family may bring traditional foods - OK per food safety policy, weekly wts x 4.
Goal: wt stable +/- 2 lb over next 30 days.
{{NAME:Kofi Mensah}}, MS, RDN, LD`,
  `PT EVALUATION - Part A skilled
Patient: {{NAME:Delacroix, Marcel}}     {{AGE:93}}M     Onset/admit {{DATE:12/02/2024}}     Referring: Dr. {{NAME:Imani Battle}}
Dx: R TKA revision (done at {{FACILITY:Lakeview Orthopedic Hospital}} {{DATE:11/27/24}}), debility, hx Parkinson's disease (H&Y stage 2), A-fib.
Prior level: lived w/ wife {{NAME:Simone}} ({{AGE:90}}) in 2-story home, {{ADDRESS:512 Rue Dauphine}}, {{LOCATION:Lafayette}}, LA; 12 steps w/ 1 rail; ambulated w/ SPC community distances; drove until last yr.
Current: bed mobility min A; sup-sit CGA; sit-stand mod A from w/c, needs cues for hand placement; amb 25 ft RW min A x1, festinating gait, freezing at doorways; R knee AROM 10-78 deg; MMT RLE 3-/5. Tinetti 11/28 (high fall risk). TUG 38 sec. 6MWT not tested.
Pain 5/10 R knee, premedicated w/ tramadol 50 mg.
Goals (2 wks): sit-stand w/ RW SBA; amb 150 ft RW SBA; R knee flex 95 deg; 4 steps w/ rail min A.
Plan: 5x/wk x 3 wks - gait, LSVT BIG cues, TherEx, NMES quad, balance, family training w/ son {{NAME:Andre}} and wife.
Wife and son ask about Medicare coverage past 20 days - referred to business office ({{NAME:Nadine}}).
{{NAME:Ji-woo Park}}, PT, DPT   {{DATE:12/03/2024}}`,
  `SLP CLINICAL SWALLOW EVAL / MBSS f/u
{{NAME:Sato, Haruko}}  {{AGE:98}} yo F  rm 210  {{DATE:Tue 10/15/24}}
Referred by nsg ({{NAME:Bethany}}) for coughing w/ thin liquids at lunch {{DATE:10/12}} and {{DATE:10/13}}. Low-grade temp 99.8 on {{DATE:10/13}}, CXR neg.
Hx: CVA 2018 w/ mild R hemiparesis, dementia, GERD, xerostomia.
Oral mech: reduced labial seal R, tongue ROM/strength mildly reduced, edentulous lower, upper partial.
PO trials: thin via cup - delayed cough 3/5 trials; thin via tsp - 1/5; mildly thick (IDDSI 2) - clear x5; puree - clear; soft & bite-sized (IDDSI 6) - prolonged mastication, oral residue, cleared w/ liquid wash.
MBSS done {{DATE:10/14/24}} at {{FACILITY:Westbrook Outpatient Imaging}} (mobile FEES unavailable): penetration-aspiration scale 7 w/ thin, 3 w/ mildly thick; no aspiration w/ puree. Report signed by {{NAME:L. Okafor-Mills}}, CCC-SLP.
Recs: IDDSI 5 minced & moist, IDDSI 2 mildly thick liquids, meds crushed in puree (pharm to review ER meds - metoprolol succinate not crushable), upright 90 deg, chin tuck, small sips, 1:1 supervision at meals, oral care BID.
Pt's son {{NAME:Kenji}} ({{PHONE:808-555-0131}}) wants her to still have her green tea - discussed thickened tea; he declined, prefers risk. Risk waiver discussed; Dr. {{NAME:Alvarez}} to meet w/ {{NAME:Kenji}} {{DATE:10/17}}.
{{NAME:Naomi Feldstein}}, MS, CCC-SLP`,
  `PHYSICIAN MONTHLY VISIT (regulatory 60-day)          {{DATE:02/20/2025}}
Resident: {{NAME:Obadiah Cranford}}   {{AGE:101}} y/o   LTC since 2019   rm 5
S: Per staff (nurse {{NAME:Lupe}}), eating well, sleeping, sits in hallway "watching traffic." Pt: "Still kicking, Doc." No falls. 1 episode incontinence/day. Denies CP, SOB.
O: 132/64, 66, 16, 97.2, 96% RA, wt 141 (stable). Pleasant, HOH (hearing aids in), oriented to person/place. Lungs clear. RRR w/ 2/6 SEM RUSB (known AS). Trace BLE edema. Skin intact, heels soft. 
Labs {{DATE:2/14/25}}: Na 138, K 4.4, Cr 1.3 (baseline 1.2-1.4), Hgb 11.2, TSH 2.1.
A/P:
1. Aortic stenosis, moderate, asymptomatic - no intervention per goals; cont. monitoring.
2. CKD 3a - stable; avoid NSAIDs.
3. Hypothyroid - levothyroxine 75 mcg, TSH ok.
4. Dementia, mild - MMSE 22; no psychotropics. 
5. Goals of care: DNR/DNH per MOLST {{DATE:6/3/2023}}; treat in house. Reviewed w/ granddaughter {{NAME:Amelia Cranford-Hsu}} by phone {{PHONE:410-555-0124}}.
6. Immunizations UTD: flu {{DATE:10/2/24}}, COVID {{DATE:10/2/24}}, RSV {{DATE:11/5/24}}.
Next visit ~{{DATE:4/20}}. 
{{NAME:Martin Ekwueme}}, MD - {{FACILITY:Chesapeake Geriatric Associates}}   NPI {{LICENSE:1902367741}}`,
  `TELEHEALTH VISIT - NP (after-hours, video via facility tablet)
Date/time: {{DATE:12/28/2024 21:05}}   Platform session ID {{ID:VX-88120-4471}}   Connection from {{IP:198.51.100.47}} (facility) to {{IP:203.0.113.15}} (provider)
Pt: {{NAME:Renata Vasquez-Ocampo}}, {{AGE:90}}F, {{FACILITY:Sunrise Ridge Post-Acute}} rm 118
Presenting nurse: {{NAME:Jaylen Fortune}}, LPN
CC: new confusion + "picking at the air" since 1600, per nurse. Baseline: A&Ox3, reads the paper.
VS: 101.1 F, HR 104, BP 110/62, RR 22, SpO2 94% RA. UA dip (straight cath): LE 3+, nitrite +. 
Exam over video: drowsy but arousable, follows simple commands, no facial droop, moves all 4, no nuchal rigidity per nurse maneuver. Mucous membranes dry.
Impression: delirium likely 2/2 UTI +/- dehydration. R/o pneumonia.
Plan: UA/UCx sent ({{FACILITY:Coastal Diagnostic Lab}} accession {{ID:CDL-24-1228-3306}}), CBC/BMP stat draw AM, CXR mobile. Ceftriaxone 1 g IM now then daily pending cx. Encourage fluids, hypodermoclysis NS 1 L over 8h if poor intake. Avoid Benadryl/anticholinergics. Bed alarm, sitter PRN.
Daughter {{NAME:Graciela}} called {{PHONE:(805) 555-0112}}; agrees w/ treating in place; wants hospital transfer only if worsening (per POLST "selective treatment").
Escalation: if SBP < 90 or SpO2 < 90 -> transfer to {{FACILITY:Marian Coastal Hospital}}.
{{NAME:Devon Achterberg}}, AGNP-C`,
  `SPIRITUAL CARE NOTE - chaplain                     {{DATE:Sunday, 9/8/2024}}
Resident: {{NAME:Ahmad Karimi}}, {{AGE:ninety-three}}, hospice (via {{FACILITY:Valley Crossroads Hospice}}), rm 301
Requested by: wife {{NAME:Parvin}} and daughter {{NAME:Shirin Karimi-Hale}}.
Visit 1030-1115. Pt Muslim (Shia), originally from {{LOCATION:Tabriz}}, came to US 1979. Nonverbal today, eyes open to voice. Family reciting Quran at bedside. Wife requests that when death is near the bed be turned so he faces the qibla, and that his body be washed by family/mosque per custom, no embalming, burial within 24 h if possible.
Coordinated w/ nursing ({{NAME:Beverly}}, charge RN): bed can be rotated, room 301 layout ok. Notified hospice SW {{NAME:Daniel Reyes-Ortiz}} {{PHONE:559-555-0117}}.
Imam {{NAME:Hassan Mousavi}} from {{FACILITY:Islamic Center of the Central Valley}} {{PHONE:559-555-0170}} will visit this afternoon.
Funeral home pre-arranged: {{FACILITY:Al-Noor Funeral Services}}, {{LOCATION:Fresno}}. Family aware facility needs release form signed.
Son {{NAME:Reza}} flying from {{LOCATION:Toronto}}, arrives Tues.
Spiritual assessment: family's faith is strong source of comfort; {{NAME:Parvin}} expresses anticipatory grief, "46 years, he is my whole life." Offered presence, prayer (family-led), bereavement info.
Plan: daily visits, available on call.
Chaplain {{NAME:Ruth Abernathy-Sole}}, MDiv, BCC`,
  `ACTIVITIES / RECREATION PROGRESS NOTE - quarterly + special event
{{NAME:Florence Adelaide Whitaker}}   ("{{NAME:Flossie}}")   rm 104   {{DATE:4/22/2024}}

{{NAME:Flossie}} celebrated her {{AGE:100th}} birthday on {{DATE:April 19}} in the Garden Room - 41 guests, 4 generations: daughter {{NAME:June Whitaker Pell}} (76, came from {{LOCATION:Dubuque}}), grandchildren {{NAME:Mark}}, {{NAME:Lisa}} and {{NAME:Toby Pell}}, great-grandson {{NAME:Aiden}}. Letter from the Governor read aloud; the mayor of {{LOCATION:Cedar Rapids}} sent a proclamation. Local TV filmed a short segment; media consent signed by {{NAME:June}}, photos posted w/ consent at {{URL:https://www.examplecare-news.org/flossie-100}}.
Pt said "I never thought I'd see {{AGE:100}}, and I don't feel a day over {{AGE:95}}." Ate 2 pieces of lemon cake (diabetic diet - RD {{NAME:Sandeep}} ok'd for the day).

Quarterly review: attends 5-6 groups/wk - hymn sing, Bingo, Wii bowling, manicures w/ volunteer Mrs. {{NAME:Okoye}} (Tues). Reads large-print westerns from {{FACILITY:Marion Public Library}} outreach. Enjoys phone calls w/ her sister {{NAME:Ida}} ({{AGE:97}}) at {{FACILITY:Linn Manor Assisted Living}}.
Barriers: macular degeneration, fatigue after 1400.
Plan: cont 1:1 reading visits, large-print Bingo cards, invite to Memorial Day social.
{{NAME:Colleen Reinholt}}, ADC`,
  `DISCHARGE SUMMARY - SNF to home w/ home health
Pt: {{NAME:Winifred Ashby-Cole}}   DOB {{DATE:8/14/1934}}   {{AGE:90}} y/o   MRN {{MRN:4410-27-09}}
SNF stay {{DATE:10/21/2024}} - {{DATE:11/08/2024}} ({{FACILITY:Hillcrest Transitional Care}}); prior hosp {{FACILITY:Northshore University Medical Center}} {{DATE:10/16-10/21/24}} for CHF exacerbation.
D/c to: home w/ daughter, {{ADDRESS:2736 W. Farwell Ave, Unit 2}}, {{LOCATION:Chicago}}, IL {{ZIP:60645}}
Home health: {{FACILITY:Lakeside Home Health Partners}} - SOC visit {{DATE:11/9/24}}, SN/PT/OT/HHA; agency ph {{PHONE:773-555-0175}}, intake fax {{FAX:773-555-0176}}
Functional status at d/c: amb 200 ft w/ rollator mod I, stairs 3 w/ rail SBA, showers w/ shower chair + supervision. 
Wt at d/c 148.2 lb (dry wt); instruct daily wts, call if +3 lb/day or +5 lb/wk.
Meds: furosemide 40 mg daily (was 20), spironolactone 12.5, carvedilol 6.25 BID, sacubitril-valsartan 24/26 BID, KCl 10 mEq, atorvastatin 20, sertraline 50.
F/u: cardiology Dr. {{NAME:Aleksandr Volkov}} {{DATE:11/15/24}} 10:40; PCP Dr. {{NAME:Sheila Grant}} within 7 days.
DME: rollator, shower chair, scale - delivered by {{FACILITY:MedEquip Direct}}.
Caregiver: daughter {{NAME:Pamela Cole}} {{PHONE:773-555-0193}} trained on meds/wts/low Na diet.
Code: full.
{{NAME:Felicia Otieno}}, NP`,
  `MEDICATION ERROR / VARIANCE REPORT                     Report # {{ID:MV-24-0117}}
Date of error: {{DATE:06/22/2024}}   Time: ~0800 med pass   Discovered {{DATE:06/22/2024 11:10}}
Unit: {{FACILITY:Rosewood}}   Med cart 2
Resident affected: {{NAME:Ignatius Mbeki-Jones}}, {{AGE:92}}, rm 214A
Resident whose meds were given: {{NAME:Ignacio Molina}}, rm 214B (roommate)
Type: wrong resident. Given: {{NAME:Molina}}'s meds - lisinopril 20 mg, amlodipine 10 mg, metformin 1000 mg, sertraline 100 mg. {{NAME:Mbeki-Jones}}' own meds (Eliquis 2.5, donepezil) not given at 0800.
How discovered: CNA {{NAME:Precious Nkosi}} noted pt lightheaded; LPN realized on re-check of MAR photo (photo ID on eMAR did not load on cart tablet - IT ticket {{ID:HD-448812}}).
Resident outcome: BP 88/50 at 1110, FSBG 61 at 1130. Dr. {{NAME:Yoon}} notified 1115 - orders: q1h VS x 6, IV fluids via hypodermoclysis, juice + snack, hold PM BP meds. BP 112/64 by 1500. No transfer needed.
Family notified: daughter {{NAME:Thandiwe Mbeki-Jones}} {{PHONE:(404) 555-0147}} 1200 - upset but appreciated call.
Staff involved: {{NAME:Colton Reeves}}, LPN (agency, {{FACILITY:StatNurse Staffing}}) - suspended from building pending review.
Root cause: two residents w/ similar names in same room; photo not displayed; 2-identifier check not done.
Action: room change for one resident, name alert stickers, agency orientation on 2 IDs.
{{NAME:Kim Thao}}, RN, DON`,
  `INITIAL REPORT - ALLEGATION OF ABUSE/NEGLECT (2-hour / 24-hour report to state agency)
Facility: {{FACILITY:Green Meadows Health Center}}, {{ADDRESS:1500 Prairie View Rd}}, {{LOCATION:Bismarck}}, ND {{ZIP:58501}}
Reported {{DATE:03/02/2025 09:55}} by administrator {{NAME:Gwen Halvorson}}; state intake # {{ID:ND-HFS-25-00781}}
Alleged victim: {{NAME:Cyrus Eagleheart}}, {{AGE:90}} y/o M, rm 19, DOB {{DATE:02/11/1935}}, BIMS 13
Alleged perpetrator: staff - CNA {{NAME:Tyler Bjornstad}}, employee # {{ID:E-20417}}
Type: verbal/mental abuse.
Summary: At approx 0640 on {{DATE:3/2/25}} resident reported to nurse {{NAME:Aiyana Runningwater}}, LPN, that the night aide "called me a dirty old man and threw my blanket on the floor" when he asked for help to the bathroom around 0300. Roommate (Mr. {{NAME:Larsen}}, BIMS 15) states he heard a raised voice but could not make out words.
Immediate actions: CNA {{NAME:Bjornstad}} removed from schedule/suspended pending investigation at 0705; resident assessed - no injury, skin intact, states he feels safe now; psychosocial check by SW {{NAME:Elena Sokolova}}. Son {{NAME:Russell Eagleheart}} notified {{PHONE:701-555-0138}}; physician Dr. {{NAME:Mandal}} notified.
Ombudsman notified by phone. Other residents on hall interviewed (8) - no other concerns.
5-day investigation report due {{DATE:3/7/25}}.`,
  `RESIDENT TRUST FUND - quarterly statement & ledger note
Resident: {{NAME:Abernathy, Clement}}      Trust acct # {{ACCOUNT:RT-10448}}      Quarter ending {{DATE:09/30/2024}}
Rep payee for SSA benefits: facility (since {{DATE:2/1/2022}}); SSA claim # on file.  SSN {{SSN:433-08-1926}}
Medicaid ID {{HEALTH_PLAN:MO-120448815}}   Medicare {{HEALTH_PLAN:7CD1-WA9-XK03}}

date     | descr                                  | in      | out     | bal
{{DATE:07/01/24}} | beg bal                                |         |         | 1,612.05
{{DATE:07/03/24}} | SSA deposit                            | 1,184.00|         | 2,796.05
{{DATE:07/03/24}} | applied to patient liability (Medicaid)|         | 1,134.00| 1,662.05
{{DATE:07/19/24}} | beauty shop - {{NAME:Donna}}                   |         | 18.00   | 1,644.05
{{DATE:08/09/24}} | cash to res (signed)                   |         | 20.00   | 1,624.05
{{DATE:08/28/24}} | Walmart - shoes, purchased by {{NAME:J. Torres}} (activities) | | 42.17 | 1,581.88
... rest of Q3 similar ...
Balance {{DATE:9/30/24}}: $2,041.12
** Balance within $200 of Missouri Medicaid resource limit ($2,000 nonexempt? verify). Notify niece/responsible party {{NAME:Loretta Abernathy}} {{PHONE:816-555-0181}} re spend-down options: burial fund ({{FACILITY:Ozark Hills Funeral Home}} irrevocable contract), clothing, TV.
Statement mailed to {{NAME:Loretta}} at {{ADDRESS:906 E. 39th St}}, {{LOCATION:Kansas City}}, MO {{ZIP:64111}}.
{{NAME:Ana Lucia Perales}}, business office`,
  `From: {{NAME:Diane Kostopoulos}} <{{EMAIL:dkostopoulos58@examplemail.com}}>
Sent: {{DATE:Monday, January 13, 2025 10:42 PM}}
To: {{NAME:Rachel Greer}} (DON) <{{EMAIL:rgreer@pinehavenrehab.example.org}}>
Cc: {{NAME:Nick Kostopoulos}} <{{EMAIL:nick.k.1964@examplemail.com}}>
Subject: My mother - room 208 - AGAIN

{{NAME:Rachel}},
I'm writing because I visited Mom ({{NAME:Kalliope Kostopoulos}}, {{AGE:94}}) tonight at 7:30 and she was still in her wheelchair in the same clothes from yesterday, her brief was soaked through and her dinner tray was sitting on the dresser where she can't reach it. She has macular degeneration, she can't SEE it. This is the third time since Christmas. Her heel has a bandage now and nobody told me about a wound.
I am her health care proxy (copy on file since {{DATE:Sept 2023}}). I want (1) a care conference this week, (2) the wound nurse to call me, and (3) to know who was her aide tonight.
My brother {{NAME:Nick}} is cc'd. If I don't hear back by Wednesday I'm calling the ombudsman and the state.
{{NAME:Diane}}
{{PHONE:(847) 555-0159}}

---- DON note appended {{DATE:1/14/25}} 0815: called {{NAME:Diane}} back, conf set for {{DATE:1/16}} 1300. Grievance log #{{ID:G-2025-004}}. -{{NAME:RG}}`,
  `secure msg thread - 3W charge / on-call NP     {{DATE:7/19/24}}
[1842] {{NAME:kayla b}} RN: hi its 3W. mr {{NAME:okonjo}} rm 309, {{AGE:96}}yo, family here asking if he can go out on LOA sat for grandsons wedding in {{LOCATION:Silver Spring}}. gone ~6 hrs. ok?
[1847] {{NAME:D. Fitzgerald}} NP: who's taking him? he's 2 assist / hoyer
[1849] {{NAME:kayla b}}: grandson {{NAME:Chidi}} + his wife, she's an RN at {{FACILITY:Montgomery Ridge Hospital}}. they have a wc van. ph {{PHONE:301-555-0186}}
[1851] {{NAME:D. Fitzgerald}}: ok for LOA {{DATE:7/20}} 1100-1800. send meds for 1300 + 1700 (metoprolol, sinemet - DON'T skip the sinemet, he freezes up), brief supplies, his thickener. they sign LOA form, teach hoyer/stand aid - they're borrowing a lift? 
[1853] {{NAME:kayla b}}: no lift. they'll use 2 ppl + gait belt. I'll have PT ({{NAME:Ravi}}) show them tmrw am
[1854] {{NAME:D. Fitzgerald}}: fine. also he's on Medicare A - LOA not midnight so no issue w/ days. note in chart pls
[1911] {{NAME:kayla b}}: also dtr {{NAME:Ifeoma}} wants copy of his POLST to bring. ok to give copy?
[1913] {{NAME:D. Fitzgerald}}: yes copy ok, orig stays. ty {{NAME:kayla}}
[2102] {{NAME:kayla b}}: fyi {{NAME:okonjo}} fam signed. form in chart. {{NAME:Chidi}} lic # copied for LOA log {{LICENSE:MD-O524-118-702}}
[2103] {{NAME:D. Fitzgerald}}: 👍`,
  `GERIATRIC PSYCHIATRY CONSULT (telepsych)           {{DATE:05/30/2024}}
Pt: {{NAME:LEVY, MIRIAM R.}}   {{AGE:91}}F   {{FACILITY:Shalom Park Nursing Home}}, Unit B   MRN {{MRN:SP-008813}}
Referred by: Dr. {{NAME:Goldfarb}} / DON {{NAME:Esther Klein}} - "agitation, hitting during care, GDR due"
HPI: Alzheimer's dementia, FAST 6d. Agitation mostly during AM care and showers; striking out at female aides, yelling in Yiddish and Polish. Per daughter {{NAME:Naomi Levy-Brenner}} (HCP), pt survived the camps as a teenager; showers and uniforms may be triggering. Current: risperidone 0.5 mg BID (since hosp stay at {{FACILITY:Westchester Valley Hospital}} {{DATE:Feb 2024}}), sertraline 50, trazodone 25 qhs. Fall {{DATE:5/11}} w/ no injury.
MSE: thin elderly woman in Broda chair, calm w/ music (Yiddish songs on CD from grandson {{NAME:Ari}}), oriented to self. Speech soft. No evidence of psychosis today.
Cornell Scale for Depression in Dementia: 11.
Assessment: BPSD driven by trauma-related triggers and care approach, not psychosis. Strong GDR candidate (boxed warning).
Recs: 1) reduce risperidone to 0.25 BID x 2 wks, then 0.25 qhs, then stop; 2) bed bath instead of shower, same consistent female aide ({{NAME:Svetlana}} per staff), explain each step, no uniforms/gloves visible before needed; 3) increase sertraline to 75; 4) music before care; 5) f/u 4 wks.
Discussed w/ {{NAME:Naomi}} by phone {{PHONE:(914) 555-0161}}, agrees.
{{NAME:Oksana Hrytsenko}}, MD, geriatric psychiatry`,
  `LAB CRITICAL VALUE CALL LOG - night shift
{{DATE:12/11/24}}
0212 - call from {{FACILITY:TriState Clinical Lab}} tech {{NAME:Marco}} (call ref # {{ID:CV-778102}}): res {{NAME:Harriet Boateng}} ({{AGE:ninety-five}}), rm 116, K+ 6.4 (hemolyzed? tech says NOT hemolyzed), Cr 2.9 (prev 1.7 on {{DATE:12/4}}). Read back & verified.
0215 - pt assessed: sleeping, arousable, A&O x2 (baseline), HR 58 irreg, BP 102/58, no CP. Meds: lisinopril 10, spironolactone 25 (started {{DATE:12/2}} by cardiology), KCl 20 mEq daily (!!).
0220 - paged Dr. {{NAME:Abdi Warsame}} (on call for Dr. {{NAME:Fontaine}}) pager {{PHONE:4-4120}}.
0231 - Dr {{NAME:Warsame}} called back: POLST = selective tx / transfer ok for reversible problem. Orders: hold lisinopril/spironolactone/KCl, Lokelma 10 g now, stat EKG (mobile), repeat BMP 0600. If EKG peaked T or wide QRS -> send to {{FACILITY:St. Columba Hospital}} ED.
0305 - EKG by {{FACILITY:CardioMobile Services}}: SB 56, peaked T waves V2-V4. Dr notified 0310 -> send out.
0325 - son {{NAME:Kwabena Boateng}} notified {{PHONE:(267) 555-0199}}, will meet at ED.
0340 - EMS (Medic 12) departed w/ packet. Bed hold. Report to ED RN {{NAME:Gina}}.
-{{NAME:P. Adewale}} RN`,
  `IMMUNIZATION RECORD - resident (printout from eMAR, annotated)
{{NAME:Quintanilla, Ofelia}}   DOB {{DATE:11/03/1930}}   Age {{AGE:93}}   MRN {{MRN:77-01934}}   State IIS ID {{ID:IIS-CO-4481920}}
vaccine               | date given  | lot        | site  | given by        | VIS date
Influenza HD (Fluzone HD)| {{DATE:10/04/2023}} | UT8023KA   | L delt| {{NAME:M. Greeley}} LPN | 08/06/2021
COVID-19 (2023-24)    | {{DATE:10/04/2023}} | FN9011     | R delt| {{NAME:M. Greeley}} LPN | EUA fact sheet
RSV (Arexvy)          | {{DATE:11/15/2023}} | 4Y7C2      | L delt| {{NAME:S. Nakashima}} RN | 10/19/2023
PCV20 (Prevnar 20)    | {{DATE:02/02/2024}} | LP3401     | R delt| {{NAME:S. Nakashima}} RN | 04/01/2024? see note
Tdap                  | 2016 per family, no documentation
Shingrix #1/#2        | declined {{DATE:3/1/24}} - daughter {{NAME:Marta}} says "she had shingles in 1998 she's fine"
Influenza HD          | {{DATE:09/27/2024}} | UT8370LA   | R delt| {{NAME:K. Bell}} RN  | 08/06/2021
TB screen: 2-step PPD on admission {{DATE:6/2019}} neg/neg; annual symptom screen neg {{DATE:6/12/24}}.
Consent for vaccines: signed by daughter/HCPOA {{NAME:Marta Quintanilla-Ruiz}} {{DATE:09/20/2024}}, ph {{PHONE:(719) 555-0157}}.
Note: VIS dates are edition dates of the CDC sheet, not patient dates. Lot numbers verified vs. pharmacy ({{FACILITY:Front Range LTC Pharmacy}}) receipt.`,
  `INFECTION PREVENTION - COVID-19 OUTBREAK LINE LIST (resident cases)   outbreak # {{ID:OB-2025-MI-0219}} reported to local health dept {{DATE:1/22/25}}
Facility: {{FACILITY:Huron Shores Care & Rehab}}
#  | resident              | rm   | age | onset     | test (POC ag / PCR)       | sx             | outcome
1  | {{NAME:Brzezinski, Walter}}    | 112  | {{AGE:93}}  | {{DATE:01/19/25}}  | ag+ {{DATE:1/19}}                  | fever, cough   | Paxlovid (renal dose)
2  | {{NAME:Fontenot, Agnes}}       | 114  | 88  | {{DATE:01/20/25}}  | ag+ {{DATE:1/20}}                  | ST, fatigue    | remdesivir x3 in-house
3  | {{NAME:Ng, Wai-Ling}}          | 115B | {{AGE:96}}  | {{DATE:01/20/25}}  | ag neg, PCR+ {{DATE:1/21}}          | asymptomatic   | monitor
4  | {{NAME:Odum, Reginald}}        | 118  | 79  | {{DATE:01/21/25}}  | ag+ {{DATE:1/21}}                  | SOB, hypoxia   | sent to {{FACILITY:Bay Harbor Hospital}} {{DATE:1/22}}
5  | {{NAME:Castellanos, Pilar}}    | 120  | {{AGE:90}}  | {{DATE:01/22/25}}  | ag+ {{DATE:1/22}}                  | cough          | Paxlovid - interaction w/ her amiodarone, pharm (Dr. {{NAME:Lu}}) recommended molnupiravir instead
Staff cases (n=3) on separate employee list (confidential).
Actions: unit closed to new admits, full PPE (N95, eye protection), cohorting on 1 North, daily testing. Families notified by phone + email blast {{DATE:1/22}} 1600 by {{NAME:Heather Stroud}}, IP.
#2 Mrs. {{NAME:Fontenot}}: POLST comfort-focused, daughter declined transfer if worse.`,
  `PODIATRY VISIT - in-house (routine foot care, Q61 class findings)
Date of service {{DATE:08/05/2024}}   Provider: {{NAME:Leonard Fishbein}}, DPM - {{FACILITY:Gateway Mobile Podiatry}}   NPI {{LICENSE:1336159082}}
Resident: {{NAME:Tomasina Greco}}   {{AGE:97}}F   rm 7   Medicare {{HEALTH_PLAN:2RT5-HU8-PW36}}
CC: "my toenails are killing me." Requested by nursing ({{NAME:Alyssa}}).
Hx: DM2 (A1c 7.4), PAD, CKD, hx L 2nd toe amputation 2017 at {{FACILITY:St. Louis Vascular Institute}}.
Exam: DP/PT pulses non-palpable b/l, doppler monophasic; CFT 4 sec; hair absent; skin thin/shiny. Nails 1-5 R, 1,3-5 L thick, yellow, dystrophic, subungual debris (onychomycosis). Hyperkeratotic lesion sub-met 1 R 1.2 cm. Monofilament 3/10 sites b/l - LOPS. No open wounds, no signs infection.
Procedures: debridement of mycotic nails x9 (11721), paring of 1 lesion (11055). No bleeding.
Assessment: onychomycosis w/ PAD + LOPS (class findings met: Q8 - absent posterior tibial & DP pulses + 3 advanced trophic changes).
Plan: return 61 days ({{DATE:10/5/24}} approx), diabetic shoes referral, nursing: daily foot checks, lotion not between toes. Vascular f/u w/ Dr. {{NAME:Olumide Bankole}} overdue - SW {{NAME:Trina}} to schedule; granddaughter {{NAME:Gina Greco-Bell}} ({{PHONE:314-555-0116}}) to transport.`,
  `AUDIOLOGY / LOST HEARING AID FOLLOW-UP
{{DATE:07/29/2024}}   {{NAME:Virgil Ames}} ({{AGE:93}}), {{FACILITY:Columbia Bluffs Care Center}} rm 22
Ref: ombudsman case {{ID:OR-LTCO-24-08812}}, facility loss report #{{ID:GR-0716}}
Lost devices (per {{FACILITY:Gorge Hearing Center}} records): Phonak Audeo L90 RIC pair, fit {{DATE:3/14/2023}}, L serial {{DEVICE:2318A0M4K}}, R serial {{DEVICE:2318A0M4N}}. Loss & damage warranty expired {{DATE:3/14/2024}}.
Audiologist: Dr. {{NAME:Mei-Ling Castro}}, AuD
Audiogram today (portable, quiet room): mod-severe sloping SNHL b/l, WRS 68% R / 60% L at 75 dB. Cerumen impaction L - removed by curette after nursing softened w/ Debrox x 3 days.
Pt: "I can't hear my daughter on the phone, I can't hear the TV, I just sit there." Engaged well once amplified w/ pocket talker.
Plan: replacement pair ordered (same model), new serials L {{DEVICE:2429B1P7Q}} / R {{DEVICE:2429B1P7R}}; cost billed to facility per loss report - invoice {{ACCOUNT:GHC-INV-55182}}. Engrave name labels, add to inventory sheet, nightly storage in labeled case at nurses station, battery/charging log.
Daughter {{NAME:Sharon Whitlock-Ames}} ({{PHONE:503-555-0148}}) informed; fitting {{DATE:8/12/24}}.
Ombudsman {{NAME:T. Blackfeather}} cc'd.`,
  `OPTOMETRY - on-site eye exam (assisted living)
{{FACILITY:Sunflower Place Assisted Living}}, {{LOCATION:Wichita}} KS      DOS {{DATE:03/07/2025}}
Pt: {{NAME:Pham Van Duc}} ({{NAME:Duc Pham}} on insurance)   DOB {{DATE:1931-12-20}}   {{AGE:93}} yo M
Insurance: Medicare Advantage member ID {{HEALTH_PLAN:H2931-00417726}}
Provider: {{NAME:Trang Nguyen-Ellis}}, OD - {{FACILITY:ClearView Senior Eye Care}}
Hx: POAG OU on latanoprost qhs (AL staff administer), pseudophakia OU (CE/IOL 2014), AMD dry OU. Son reports pt "bumps into things on the left."
VA cc: OD 20/60, OS 20/200, PH no improvement OS. IOP (iCare) 17 OD / 23 OS. Confrontation VF: L inferior defect OS.
Fundus: C/D 0.7 OD, 0.9 OS, drusen + RPE changes OU, no heme.
A/P: POAG OS progressing -> add timolol 0.5% BID OS; refer to glaucoma specialist Dr. {{NAME:Bahar Moradi}}; fall-risk note to AL nurse ({{NAME:Sunny}}); low-vision referral; magnifier.
Images (OCT/fundus) saved under pt ID; retinal photo file {{PHOTO:CVSEC-FUN-20250307-0418.tif}}.
Summary sent to son {{NAME:Pham Minh Tuan}} via portal {{URL:https://portal.clearview-eyes.example.com/pt/88213}} and by email {{EMAIL:tuan.pham.ks@examplemail.com}}, pt's PCP Dr. {{NAME:Akerele}} fax {{FAX:316-555-0104}}.
Pt speaks Vietnamese; son interpreted by phone {{PHONE:316-555-0187}}.`,
  `DIALYSIS COMMUNICATION SHEET  (SNF <-> outpatient HD unit)   pt carries in binder
Resident: {{NAME:Jasper Thornbury}}   DOB {{DATE:10/01/1934}}   ({{AGE:90}})   SNF: {{FACILITY:Ashgrove Nursing & Rehabilitation}} rm 17   ph {{PHONE:(615) 555-0144}}
HD unit: {{FACILITY:Music City Dialysis - Hermitage}}   MWF 2nd shift, chair 14   ph {{PHONE:(615) 555-0151}}   fax {{FAX:(615) 555-0152}}
Transport: {{FACILITY:Volunteer Medical Transport}} w/c van, pick-up 1045

SNF section, date {{DATE:2/17/25}}:  
pre-wt (SNF scale) 71.4 kg, BP 142/78, ate 75% bkfst, held AM midodrine? -> NO, given 0800 per order. AV fistula L arm +thrill/+bruit. BM x1. Concerns: more confused this AM; fell {{DATE:2/15}} no injury. Signed {{NAME:Lourdes Paz}}, LPN.

HD unit section: 
pre 71.9 kg / post 69.8 kg (EDW 69.5), UF 2.1 L, BP nadir 94/50 hr 3 -> saline 200 mL. K 5.3, Hgb 9.6 - Mircera given. Access cannulated 15g x2, good flows. Pt asked for "{{NAME:Ellie}}" (late wife) during tx, redirected.
Nephrologist Dr. {{NAME:Sandeep Bhullar}} wants: hold carvedilol AM of HD days, new EDW 69.0. Next labs {{DATE:3/3}}.
Signed {{NAME:Marcus Tate}}, RN (HD) {{DATE:2/17/25}} 1820`,
  `NOTICE OF BED-HOLD POLICY AND RETURN (given at transfer) - acknowledgement page
Resident: {{NAME:Philomena Agyeman}}    Medicaid ID {{HEALTH_PLAN:GA-9001447725}}    Payer: Medicaid LTC
Date of transfer: {{DATE:August 30, 2024}}    To: {{FACILITY:Piedmont Crossing Medical Center}}, {{LOCATION:Macon}}
Per Georgia Medicaid, the state pays to hold your bed for up to 7 days per hospital stay... Bed hold elected: [X] Yes, resident/rep will privately pay after Medicaid days exhausted  [ ] No
Representative: {{NAME:Kojo Agyeman}}, son, {{ADDRESS:4478 Bellflower Ct}}, {{LOCATION:Warner Robins}}, GA {{ZIP:31088}}, {{PHONE:478-555-0113}}
Signed by representative (by phone, witnessed by 2 staff: {{NAME:B. Tillman}} RN and {{NAME:Ayesha Qureshi}} SW) {{DATE:08/30/2024 15:10}}
Written notice mailed {{DATE:8/30/24}} to the address above and emailed to {{EMAIL:kojo.agyeman@examplemail.org}}.
Facility contact for readmission: admissions coordinator {{NAME:Lacey Dunbar}} ext {{PHONE:2231}}.
Resident note: Mrs. {{NAME:Agyeman}} ({{AGE:96}}) was alert enough to say "keep my window bed, {{NAME:Kojo}}" before ambulance left.
Room 132-W held through {{DATE:9/6/24}}; returned {{DATE:9/4/24}}.`,
  `NOMNC - Notice of Medicare Non-Coverage - delivery note
{{DATE:11/20/2024}}  14:05
Resident {{NAME:HOLLINS, Clarence}} ("{{NAME:Buddy}}")   {{AGE:92}} y/o   rm 227   Medicare {{HEALTH_PLAN:6AM3-XR2-LJ90}}
Skilled services (PT/OT) ending: last covered day {{DATE:11/22/2024}}. Reason: goals met/plateau - amb 150 ft RW SBA, transfers mod I.
NOMNC (CMS-10123) delivered in person to resident, who has capacity (BIMS 14), and his wife {{NAME:Loretta Hollins}} present. Explained right to fast-track appeal w/ the BFCC-QIO by noon of {{DATE:11/21}}; QIO phone on form.
"{{NAME:Buddy}}" stated: "I'm {{AGE:92}}, I'm not going to get any better than this, let's go home." Signed {{DATE:11/20/24}}.
Wife worried about managing at home - SW ({{NAME:Kwesi Appiah}}) arranging home health w/ {{FACILITY:Faithful Hands Home Care}}, private-pay aide 4 h/day, Life Alert.
Also explained: DENC not needed since no appeal; if they choose to stay as private pay, daily rate per business office ({{NAME:Maureen}}). Copy of NOMNC to chart & to son {{NAME:Darius Hollins}} ({{EMAIL:dhollins.atl@examplemail.com}}) per resident request.
D/c plan: home {{DATE:11/23}} to {{ADDRESS:1187 Magnolia Ave}}, {{LOCATION:Augusta}}, GA {{ZIP:30904}}; son driving.
{{NAME:Nicole Faraday}}, RN, MDS / UR`,
  `HOSPICE IDG MEETING - recertification discussion         IDG date {{DATE:01/08/2025}}
{{FACILITY:Prairie Wind Hospice}} - team 2
Pt: {{NAME:Ruby Nell Satterfield}}  {{AGE:98}}F  lives at {{FACILITY:Oak Hollow Memory Care}}, {{LOCATION:Norman}} OK   hospice ID {{MRN:PWH-24-1187}}
Benefit period 3 (60-day), began {{DATE:11/10/24}}; F2F encounter required before period 3 -> done {{DATE:11/6/24}} by NP {{NAME:Carla Whitebird}}.
Terminal dx: Alzheimer's disease. FAST 7d (unable to sit up independently), PPS 30%, MAC 20.5 cm (was 22.0 at admit), eats 2-3 bites/meal.
RN CM ({{NAME:Dawn Kettle}}): 2 new stage 2 areas (sacrum, L hip), new sleeping 20 h/day, 1 aspiration episode {{DATE:12/30}}.
SW ({{NAME:Tomas Herrera}}): daughter {{NAME:Lynette Satterfield}} struggling, caregiver strain; wants respite for herself - explained GIP/respite applies to home pts, pt already in facility.
Chaplain (Rev. {{NAME:Odell Fisher}}): Baptist, sings "Amazing Grace" w/ pt, she hums along.
Aide ({{NAME:Brandy}}): baths 3x/wk, pt grimaces w/ turning - PAINAD 4 -> MD (Dr {{NAME:Sandoval}}) adds scheduled APAP 650 TID + morphine 2.5 mg SL before care.
Volunteer Mrs. {{NAME:Hooper}} reads to her Tues.
Decision: continues to meet LCD criteria; recertified for period 3 by Dr. {{NAME:Sandoval}}, narrative signed {{DATE:1/8/25}}.`,
  `hospice RN routine visit - home (pt lives w/ dtr)
{{DATE:10/03/24}}  0930-1040   mileage logged
pt: {{NAME:Arvilla Shumway}} {{AGE:ninety-six}} y/o  dx end-stage HF  {{ADDRESS:HC 62 Box 118}}, {{LOCATION:Paonia}}, CO {{ZIP:81428}}  (gravel drive past the red barn, dogs friendly)
caregiver: dtr {{NAME:Bonnie Shumway-Ritter}} {{PHONE:970-555-0126}}
S: "mama's been breathing harder at night." using O2 3L via concentrator (serial {{DEVICE:EV5-2207-14418}}, from {{FACILITY:Western Slope Oxygen}}), backup E cylinders x4 in shed.
O: 104/60, 96 irreg, RR 24, SpO2 89% 3L. crackles bases, 3+ pitting to knees, sacral edema. alert, oriented x2, wants to stay in her recliner, won't use the hosp bed.
meds: furosemide 80 BID (was 40), metolazone 2.5 prn, morphine 20mg/mL 0.25 mL q2h prn dyspnea - used x3 last 24h w/ relief, lorazepam 0.5 prn.
teaching: positioning, fan to face, morphine dosing - dtr demo'd correctly.
plan: call MD (Dr. {{NAME:Villarreal}}) re metolazone sched; visit freq up to 3x/wk; chaplain (Pastor {{NAME:Gene}}) Sat; reviewed signs of active dying. DNR/MOST form on fridge - confirmed signed {{DATE:8/12/24}}.
dtr's son {{NAME:Colt}} coming from {{LOCATION:Grand Junction}} this wknd to help.
-{{NAME:Marla Quintana}}, RN CHPN`,
  `BEREAVEMENT CONTACT - 30-day call
Deceased: {{NAME:Harold Zimmerman}}, {{AGE:94}}, DOD {{DATE:09/02/2024}} (at {{FACILITY:Hearthstone Nursing Center}}); hospice pt of {{FACILITY:Horizon Light Hospice}}
Contact: widow {{NAME:Sylvia Zimmerman}}, {{AGE:91}}, lives alone at {{ADDRESS:3041 Linden Ave}}, {{LOCATION:Shaker Heights}}, OH   {{PHONE:216-555-0115}}
Call {{DATE:10/04/24}} 1400, 22 min. Bereavement coordinator {{NAME:Ming Zhou}}, MSW.
{{NAME:Sylvia}} reports sleeping "in his chair" most nights, eating 1 meal/day, son {{NAME:Jeffrey}} brings groceries Sundays, daughter {{NAME:Ellen Zimmerman-Katz}} calls daily from {{LOCATION:Tel Aviv}}. Said kaddish at {{FACILITY:Congregation B'nai Shalom of the Heights}} for shloshim. Mentions she stopped driving after getting lost coming home from the funeral at {{FACILITY:Rosenthal-Levin Memorial Chapel}}. No SI, denies hopelessness, "I'm sad, I'm {{AGE:91}}, I miss him, that's all."
Risk screen: moderate (age, lives alone, wt loss, isolation).
Plan: mail grief packet + widow/widower support group flyer; refer to {{FACILITY:Cuyahoga Senior Center}} meals program; 60-day call {{DATE:11/4}}; ask son re: driving, car keys (her Camry, plate {{VEHICLE:OH HXB 2917}}, still in garage).`,
  `ADULT PROTECTIVE SERVICES REFERRAL - suspected financial exploitation (SW documentation)
Date {{DATE:04/15/2025}}    APS intake ref {{ID:APS-NV-2025-041533}}    Reported by {{NAME:Rochelle Dunn}}, LSW
Resident: {{NAME:Eleanor Voss}}, {{AGE:92}}, {{FACILITY:Desert Willow Assisted Living}}, {{LOCATION:Henderson}}, NV, DOB {{DATE:06/09/1932}}, SSN {{SSN:530-17-6642}}
Alleged exploiter: grandson {{NAME:Bradley Voss}}, 34, ph {{PHONE:702-555-0168}}, drives a black pickup, plate {{VEHICLE:NV 8HJ-442}} (seen by front desk).
Concerns: (1) resident's monthly AL fee ($5,850) unpaid x 2 months, acct {{ACCOUNT:DW-3318}}; (2) resident says she "never got her checks"; her bank's fraud dept told daughter that online banking for checking acct {{ACCOUNT:000719-44823}} was accessed from IP {{IP:203.0.113.88}} and a new device on {{DATE:3/28/25}}, and the phone-banking voiceprint on file was re-enrolled ({{BIOMETRIC:VP-7720193}}) - resident cannot use phone due to hearing loss; (3) new POA "signed" {{DATE:2/20/25}} naming {{NAME:Bradley}}, notary stamp illegible.
Resident capacity: MoCA 16/30, could not state her bank or income.
Daughter {{NAME:Gail Voss-Fremont}} (prior POA, {{LOCATION:Reno}}) {{PHONE:775-555-0135}} agrees w/ referral.
Ombudsman & exec director {{NAME:Lionel Castro}} notified. Police report #{{ID:HPD-25-018874}}.`,
  `SOCIAL WORK NOTE - driving / vehicle / license
{{DATE:06/04/2024}}
Res {{NAME:Bartholomew Nwachukwu-Grant}} ("{{NAME:Bart}}"), {{AGE:90}}, AL apt 3-210, {{FACILITY:Willowbrook Commons}}
Issue: {{NAME:Bart}} still has his car (2015 Honda Accord, silver, plate {{VEHICLE:IL DG 55721}}, VIN {{VEHICLE:1HGCR2F57FA118830}}) in resident lot and drove to the bank {{DATE:6/1}} - scraped the gate. Dx: mild NCD (MoCA 19), macular degeneration, hx TIA.
Dr. {{NAME:Rebecca Lindahl}} completed driving eval recommendation {{DATE:5/20}}: should not drive; referred to OT driving rehab at {{FACILITY:Northwestern Lakes Rehab Institute}} - pt declined.
Family mtg by phone: daughter {{NAME:Nkechi Grant}} (POA-finance, {{LOCATION:Evanston}}), son {{NAME:Marcus Grant}} ({{LOCATION:Atlanta}}), and {{NAME:Bart}}. {{NAME:Bart}}: "I drove a bus in this city for 31 years." Agreed to (1) voluntary surrender of IL driver's license {{LICENSE:G652-4418-0913}} at SOS facility w/ daughter {{DATE:6/10}}, (2) state ID instead, (3) car sold to grandson {{NAME:Tobi}}, title transfer handled by POA, (4) AL shuttle + daughter Sundays.
Keys given to front desk in envelope, signed by {{NAME:Bart}} and {{NAME:Nkechi}}.
Will monitor mood (loss of independence); PHQ-9 next wk.
{{NAME:Gloria Fuentes-Hahn}}, LCSW`,
  `ADMISSION SKIN ASSESSMENT - head to toe, 2-nurse verification
{{DATE:10/17/2024 19:40}}   {{NAME:Mendelssohn, Gertrude}}   {{AGE:99}}F   rm 117   from {{FACILITY:Good Samaritan Regional}} (4 day stay, PNA)
Findings (body diagram scanned):
A) sacrum - stage 3, 3.5 x 2.0 x 0.3, 100% red granulation, scant serous. POA (noted on hosp d/c summary as "stage 2" - facility stages as 3). Photo {{PHOTO:ADM-117-A-20241017.jpg}}
B) L heel - DTI 2.0 x 2.0, maroon, boggy. Photo {{PHOTO:ADM-117-B-20241017.jpg}}
C) R forearm - skin tear cat 2b 4 cm, Steri-Strips from hosp intact.
D) bilat shins - scattered ecchymosis (on Plavix + ASA).
E) groin - IAD/candida, satellite lesions.
F) coccyx/buttocks - blanchable erythema.
Tx orders obtained from Dr. {{NAME:Ifeanyi Ezenwa}} 2000: A - hydrocolloid -> changed to foam, daily; B - float, skin prep; E - nystatin powder BID; low air loss mattress ordered from {{FACILITY:ProCare Medical Rentals}} (delivery {{DATE:10/18}}).
Verified by: {{NAME:Hollis Greer}}, RN and {{NAME:Mercy Asante}}, LPN.
Daughter {{NAME:Helga Mendelssohn-Ward}} notified of skin status {{PHONE:(503) 555-0189}} - said her mom "came out of the hospital worse than she went in"; I documented concern, DON {{NAME:Pat Yeung}} aware.
Wound RN referral for AM.`,
  `BED RAIL / RESTRAINT ASSESSMENT & INFORMED CONSENT
Resident: {{NAME:Kamau, Wanjiru}}   {{AGE:91}} y/o F   Rm 228-B   MRN {{MRN:SN-66120}}   Assessment {{DATE:02/26/2025}}
Reason for review: daughter requests full side rails up at night "so she doesn't fall out like last time" (fall {{DATE:2/19/25}} 0400, no injury).
Assessment: pt on hospital bed w/ Invacare half rails; uses R rail to turn & to sit up. Cognition BIMS 8. Entrapment zone check: zones 1-4 pass w/ current mattress (measured by maintenance, {{NAME:Eddie Cruz}}), zone 7 - gap 3.5 in at footboard -> fixed w/ bolster.
Full rails = physical restraint (restricts getting OOB) + climbing risk. Not recommended.
Alternatives in place: low bed, floor mats, bolster mattress, bed/chair alarm, q1h rounding 2200-0600, toileting at 0300, night light.
Consent for 1/4 rail as enabler: explained to daughter {{NAME:Wairimu Kamau-Sterling}} (HCPOA, {{PHONE:(206) 555-0132}}) w/ risks/benefits; she initially argued, then agreed after seeing zone check. Son {{NAME:Kiprop}} lives in {{LOCATION:Nairobi}}, daughter will update him via WhatsApp.
Signed {{DATE:2/26/25}} by {{NAME:W. Kamau-Sterling}} and {{NAME:Ruth Okoro}}, RN; care plan updated. Quarterly review due {{DATE:5/26/25}}.`,
  `SMOKING SAFETY ASSESSMENT - quarterly
{{DATE:Jan 9 2025}}   Resident {{NAME:Dutch Van Der Meer}} (legal name {{NAME:Hendrik Van Der Meer}})   {{AGE:90}}   rm 44   MRN {{MRN:GH-30517}}   adm {{DATE:8/14/2023}} from {{FACILITY:Holland Lakeshore Hospital}}
Smoker x 72 yrs, 1/2 ppd, Marlboro reds. COPD GOLD 3, 2L O2 PRN at night -> MUST remove O2 and leave in room; oxygen concentrator stays in rm 44.
Observed smoking {{DATE:1/8}} 1300 on designated patio w/ staff ({{NAME:Jamal}}): lit own cigarette w/ facility lighter, ash fell on lap blanket x1 - not noticed by res, brushed off by staff. Hand tremor (essential). 
Score: 7 = supervised smoking required.
Cigarettes & lighter kept at nursing station, signed out. Smoking apron ordered. Times: 0900, 1300, 1700, 2000 (not after dark in winter).
Resident agreeable: "Just don't take my smokes, I've outlived two doctors who told me to quit." Son {{NAME:Pieter}} ({{PHONE:616-555-0140}}) buys cartons, agrees to drop off at front desk, not in room.
Incident hx: {{DATE:11/2024}} cigarette found in nightstand - written warning per policy.
Nicotine patch offered - declined. Dr. {{NAME:Osei-Bonsu}} aware.
{{NAME:S. Vanderlaan}}, RN   / reviewed by ADM {{NAME:Kurt Boersma}}`,
  `PAIN ASSESSMENT - PAINAD (non-verbal resident)
{{NAME:Yamamoto, Kiyoshi}}   {{AGE:94}}M   rm 15   MR {{MRN:0092231}}   {{DATE:3/31/25}}
time | breathing | vocal | face | body | consol | total | intervention
0600 | 1 | 1 | 2 | 1 | 1 | 6 | APAP 650 + reposition
0700 | 0 | 1 | 1 | 1 | 0 | 3 |
1000 | 1 | 2 | 2 | 2 | 1 | 8 | during wound care -> stopped, MD paged
1045 | 0 | 0 | 1 | 0 | 0 | 1 | 45 min after oxycodone 2.5 mg
1400 | 0 | 0 | 0 | 0 | 0 | 0 | sleeping
Comment: pain max w/ sacral dsg changes & turning R side. Dr. {{NAME:Hirsch}} (ext {{PHONE:3310}}) ordered oxycodone 2.5 mg 30 min prior to wound care + scheduled APAP 650 q6h; bowel regimen added. Wife {{NAME:Emiko}} ({{AGE:ninety}}) at bedside most days, says he "grimaced like that when he had gallstones in {{LOCATION:Osaka}}." Granddaughter {{NAME:Hana Yamamoto-Lee}} is HCP, {{PHONE:425-555-0190}}, agrees w/ plan.
Care plan: pain - nonverbal indicators; staff (CNA {{NAME:Lupita}}, CNA {{NAME:Dev}}) educated to report grimace/guarding.
{{NAME:C. Mwangi}}, RN`,
  `CHANGE IN CONDITION - eINTERACT SBAR (treat in place)
{{DATE:5/19/2024}} 1415   Res {{NAME:Marguerite Lafleur}}   DOB {{DATE:01/30/1927}}   {{AGE:ninety-seven}} yo F   rm 8   MRN {{MRN:BM-4471}}   {{FACILITY:Bayside Manor}}
S: new incontinence, increased confusion x 2 days, foul-smelling urine. "She called me {{NAME:Yvette}} - that's her sister who died" per CNA {{NAME:Keisha}}.
B: dementia (Lewy body), hx recurrent UTI (last ESBL E. coli {{DATE:1/2024}}, tx w/ fosfomycin), CKD 3a, allergy - sulfa (rash), nitrofurantoin (lung sx).
A: T 99.6, HR 92, BP 124/70, RR 18, SpO2 95%. Abd soft, suprapubic tenderness. Voiding, PVR 180 by bladder scan. Intake ~900 mL/day.
R: NP {{NAME:Imelda Guerrero}} called 1420 - orders: UA w/ reflex cx (straight cath), BMP, CBC; push fluids 1.5 L/day; hold oxybutynin (anticholinergic); no abx until cx unless febrile > 100.4 or hemodynamic change (antibiotic stewardship / McGeer criteria not met yet).
Specimen to {{FACILITY:Gulf Coast Pathology Lab}}, req {{ID:GCP-20240519-0881}}.
Responsible party: son {{NAME:Remy Lafleur}} {{PHONE:(251) 555-0173}} notified 1440, agrees, asks to avoid hospital (POLST: limited interventions, transfer only if comfort can't be met).
Updated: care plan, 24-h report, MD board. Recheck VS q4h x 72 h.
{{NAME:Toni Beaulieu}}, RN`,
  `PHONE REPORT - hospital to SNF (nurse-to-nurse handoff) - taken by receiving nurse
{{DATE:09/26/2024}} 1310
From: {{NAME:Britney Vaughn}}, RN, 5 Tower, {{FACILITY:Hope Mercy Medical Center}}, callback {{PHONE:(501) 555-0102}} x {{PHONE:5512}}
Pt: {{NAME:Leland Oyelowo-Price}}, {{AGE:92}}M, DOB {{DATE:3/3/1932}}, hosp MRN {{MRN:H00827714}}
Adm {{DATE:9/21}} for GI bleed (duodenal ulcer, clipped on EGD {{DATE:9/22}}), 2u PRBC. Hgb 7.1 -> 9.4 today. Pantoprazole 40 BID x 8 wks then daily. Eliquis STOPPED - cardiology (Dr. {{NAME:Saperstein}}) to readdress at f/u {{DATE:10/10}}. Cont metoprolol 25 BID.
Diet: soft, tolerating. Last BM today, brown, guaiac neg.
Mobility: RW + 1 assist, unsteady. Fall in hosp {{DATE:9/23}} w/o injury. Has Posey bed alarm.
Lines: PIV L FA to be removed before d/c. No Foley.
Skin: intact, Braden 16.
Code: DNR (converted in hosp after family mtg w/ son {{NAME:Desmond}} and daughter {{NAME:Claudette}}).
Transport: {{FACILITY:Arkansas Valley EMS}} stretcher, ETA 1600.
Receiving: {{NAME:Heidi Lundquist}}, RN, {{FACILITY:Pinecrest Rehab & Nursing}} 2 West. Read-back done. Requested d/c summary + MAR + POLST be faxed to {{FAX:(501) 555-0149}}.`,
  `EMS PATIENT CARE REPORT (non-emergent interfacility) - copy left at receiving facility
Run # {{ID:24-118302}}   Unit M-7   {{FACILITY:Blue Ridge Ambulance Service}}
Date {{DATE:11/30/2024}}   Dispatch 0915 / at pt 0932 / depart 0950 / arrive 1022
From: {{FACILITY:Shenandoah Oaks Nursing Home}}, {{ADDRESS:220 Orchard Hill Rd}}, {{LOCATION:Winchester}}, VA {{ZIP:22601}}
To: {{FACILITY:Valley View Medical Center}} - radiology (scheduled CT abd/pelvis), then return
Pt: {{NAME:Crowder, Opal Mae}}   {{AGE:99}}F   DOB {{DATE:04/12/1925}}   Wt 42 kg
CC/reason: CT for wt loss/abd mass eval per Dr. {{NAME:Hargrove}}. Pt bedbound, contractures, stretcher required. DNR - DDNR form (VA) with pt, copy in packet.
Assessment: A&O x1, nonverbal mostly, moans w/ movement. BP 108/62, HR 78, RR 16, SpO2 95% RA, BGL 112. Skin: dressing sacrum intact.
Tx: positioning w/ pillows, padding to heels, O2 not needed.
Pt's niece {{NAME:Darlene Crowder Shifflett}} rode along (front seat), ph {{PHONE:540-555-0105}}.
Billing: Medicare {{HEALTH_PLAN:9VX4-NB7-QA12}}, secondary VA Medicaid {{HEALTH_PLAN:VA-118240552}}; PCS form signed by {{NAME:L. Hess}}, RN. Crew: {{NAME:T. Lam}} EMT-A, {{NAME:J. Whitlow}} EMT-B (driver).`,
  `RESPIRATORY THERAPY - CPAP / O2 equipment note
Res: {{NAME:Ogbonna, Cornelius}}   {{AGE:90}}M   rm 201   {{DATE:7/11/24}}
Dx: OSA (AHI 41 on PSG at {{FACILITY:Sleep Diagnostics of Tulsa}} {{DATE:3/2019}}), COPD, chronic hypoxic RF on 2 L.
Home equipment brought by family on admission: ResMed AirSense 10 AutoSet serial {{DEVICE:23181645902}}, F20 mask (M). Owned, supplier {{FACILITY:Green Country Home Medical}} ({{PHONE:918-555-0163}}). Compliance download via SD card: 4.2 h/night avg, AHI 6.8, leak 28 L/min (high) - mask refit to size S by RT.
O2: facility concentrator #12 (facility asset, not pt-owned) bled into CPAP at 2 L.
Modem data sharing w/ supplier portal: device cloud ID {{DEVICE:RMD-CL-7720018}}, last upload from facility Wi-Fi {{IP:192.0.2.61}} - son asked to disable sharing (privacy); supplier {{NAME:Stephanie}} says need written request.
Son {{NAME:Obinna Ogbonna}} {{PHONE:918-555-0109}}, email {{EMAIL:obinna.ogbonna@examplemail.com}}.
Cleaning schedule: mask daily, tubing weekly (Tue), filter monthly.
Pt said "I can't sleep without my machine, been using it since before my wife passed." 
{{NAME:Garrett Ellsworth}}, RRT`,
  `DEVICE CLINIC - remote pacemaker transmission review (copy faxed to SNF)
{{FACILITY:Capitol Heart & Rhythm Associates}}   fax to SNF {{FAX:(916) 555-0197}}
Pt: {{NAME:Abelard Fontaine-Okoro}}   DOB {{DATE:05/05/1932}}   ({{AGE:92}})   Clinic MRN {{MRN:CHR-0044719}}
Residence: {{FACILITY:Oak Park Skilled Nursing}}, rm 33   Contact: daughter {{NAME:Celeste Okoro}} {{PHONE:(916) 555-0128}}
Device: dual-chamber PPM, implanted {{DATE:08/19/2016}}, generator serial {{DEVICE:PJN418822S}}; RA lead serial {{DEVICE:BBL0209915}}, RV lead serial {{DEVICE:BBL0209877}}. Bedside monitor serial {{DEVICE:MC-24-5538104}}.
Transmission {{DATE:10/02/2024 02:14}} (scheduled):
 - battery: ERI reached - RRT {{DATE:9/29/24}}. Est ~3 months to EOS.
 - AP 12%, VP 98% (pacer-dependent: underlying rhythm CHB, escape ~30 bpm)
 - leads stable, thresholds RA 0.75 V, RV 1.0 V @ 0.4 ms
 - AT/AF burden 4%, 2 episodes > 6 min
Plan: generator change needed; pt is {{AGE:92}}, DNR w/ selective treatment per POLST - daughter states generator change is consistent w/ goals (pacer-dependent; not a "resuscitation"). Scheduled w/ Dr. {{NAME:Kaveh Jafari}} {{DATE:10/14/24}} at {{FACILITY:Capitol Ridge Surgery Center}}. Hold Eliquis 48 h pre-op per Dr. {{NAME:Jafari}}.
-{{NAME:Lindsey Moua}}, RN, CCDS`,
  `INFORMED CONSENT - PSYCHOTROPIC MEDICATION (state form, transcribed)
Resident: {{NAME:Zielinski, Dorota}}    DOB {{DATE:12/24/1929}}    Age {{AGE:94}}    Facility {{FACILITY:Briarwood Health Campus}}    MR {{MRN:BH-10672}}
Medication: mirtazapine 7.5 mg PO qhs    Class: antidepressant    Start {{DATE:07/02/2024}}
Target sx: depressed mood, poor appetite (wt -6 lb/30d), insomnia, tearfulness since roommate Mrs. {{NAME:Gallo}} died {{DATE:6/11}}.
Non-drug interventions tried: 1:1 visits, music (Chopin), church (Our Lady of Czestochowa TV mass), call w/ sister {{NAME:Halina}} in {{LOCATION:Krakow}}.
Risks explained: sedation, falls, wt gain, hyponatremia, serotonin syndrome (w/ tramadol - d/c'd). Black box warning re suicidality (primarily < 25 yo) reviewed.
Alternatives: no medication; sertraline.
Consent given by: [ ] resident  [X] legal representative - grandson {{NAME:Piotr Zielinski}}, HCPOA (pt BIMS 5, lacks capacity per Dr. {{NAME:Acheampong}} {{DATE:6/28/24}}). Obtained by phone {{DATE:07/01/2024 16:20}}, {{PHONE:(262) 555-0106}}, witnessed by {{NAME:Ewa Nowak}}, RN and {{NAME:Joy Fitzsimmons}}, LPN. Written consent signed on visit {{DATE:7/6/24}}.
GDR review due {{DATE:10/2024}}. Behavior/mood monitoring q shift on MAR.
Prescriber: {{NAME:Kwame Acheampong}}, MD   DEA {{LICENSE:FA4418203}}`,
  `CARE PLAN CONFERENCE - annual + significant change
Date {{DATE:March 4, 2025}}   Resident: Mr. {{NAME:Lucius Fairweather}}   {{AGE:103}} years old (DOB {{DATE:01/11/1922}})   LTC rm 1, 1st floor window - "the mayor's room"
Attending: Mr. {{NAME:Fairweather}}; great-niece {{NAME:Tamsin Fairweather-Oduya}} (HCPOA) via Zoom from {{LOCATION:London}}; friend/neighbor {{NAME:Cletus Brown}} (89 - he says he's "the young one"); staff: {{NAME:Angela Soto}} MDS; {{NAME:Raj Malhotra}} SW; {{NAME:Bev}} activities; {{NAME:Darnell}} CNA.
Zoom link (facility account): {{URL:https://zoom.example.us/j/84410022913}}
Review: WWII vet (Army, Italy). Hospice declined in 2023, now ? - gradual decline, wt 128 -> 119 in 6 mo, sleeping more, no pain. Still reads large-print Bible, loves the Orioles on radio.
Significant change MDS ARD {{DATE:3/10/25}}.
Goals: comfort, stay here, no hospital (DNR/DNH MOLST on file). He states: "I'm {{AGE:103}}. I've had a good run. Let me go in my own bed." {{NAME:Tamsin}} agrees.
Plan: hospice re-referral to {{FACILITY:Gentle Harbor Hospice}} for eval {{DATE:3/6}}; VA benefits check (claim # {{ACCOUNT:VA-C-22187734}}); funeral pre-need at {{FACILITY:Harwood & Sons Funeral Home}} confirmed by {{NAME:Cletus}}.
Next conf: {{DATE:6/2025}} or prn.`,
  `Discharge Summary
Name: [**{{NAME:Known lastname 4471}}**], [**{{NAME:Known firstname 882}}**]   Unit No: [**{{MRN:Numeric Identifier 10293}}**]
Admission Date: [**{{DATE:2148-3-4}}**]   Discharge Date: [**{{DATE:2148-3-11}}**]
Date of Birth: [**{{DATE:2056-9-30}}**]   Sex: F
Service: MEDICINE
Attending: [**{{NAME:First Name4 (NamePattern1) 1123}}**] [**{{NAME:Last Name (NamePattern1) 2204}}**], MD

HPI: [**{{AGE:Age over 90}}**] y/o F from [**{{FACILITY:Hospital 1320}}**] nursing home w/ dementia, CHF, AFib, p/w hypoxia and fever. Found to have RLL PNA and CHF exacerbation.
Hospital course: treated w/ ceftriaxone/azithro x 5d, diuresed 3 L w/ IV lasix. Goals of care discussed w/ HCP (son, [**{{NAME:Name (NI) 3312}}**]) on [**{{DATE:3-7}}**] - pt made DNR/DNI, no re-hospitalization unless for comfort. Course c/b delirium, improved.
Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital 1320}}**] - [**{{LOCATION:Location (un) 86}}**]
Discharge Diagnosis: RLL pneumonia; acute on chronic diastolic CHF; delirium.
Discharge Condition: stable, at baseline mental status (oriented x1).
Followup: Dr. [**{{NAME:Last Name (STitle) 5512}}**] at NH within 3 days; phone [**{{PHONE:Telephone/Fax (1) 7781}}**].
Meds on discharge: furosemide 40 mg daily, metoprolol succ 25 mg, apixaban 2.5 mg BID, cefpodoxime 200 mg BID x 2 days, senna.
[**{{NAME:First Name8 (NamePattern2) 7711}}**] [**{{NAME:Last Name (NamePattern1) 92}}**] MD [**{{LICENSE:MD Number(1) 4412}}**]`,
  `GRIEVANCE / CONCERN LOG - {{FACILITY:Lakeview Terrace Rehabilitation}} - 1st qtr 2025 (excerpt)
#        | rec'd      | resident (rm)            | from                        | concern                          | assigned   | resolved
{{ID:G25-011}}  | {{DATE:01/06/25}}   | {{NAME:Esposito, Carmela}} (210)  | dtr {{NAME:Angela Russo}}            | missing gold cross necklace      | {{NAME:J. Pike}} (SS) | {{DATE:01/10/25}} - found in laundry
{{ID:G25-014}}  | {{DATE:01/13/25}}   | {{NAME:Kostopoulos, Kalliope}} (208) | dtr {{NAME:Diane Kostopoulos}}   | care/neglect, wound not reported | {{NAME:R. Greer}} DON | open - care conf {{DATE:1/16}}
{{ID:G25-019}}  | {{DATE:01/28/25}}   | {{NAME:Baptiste, Jean-Robert}} (115) | self                    | cold food, wants Haitian food    | {{NAME:Kwame}} (dietary) | {{DATE:02/03/25}} - menu option added
{{ID:G25-022}}  | {{DATE:02/04/25}}   | {{NAME:Olsen, Agnes}} (302)       | roommate {{NAME:M. Tran}}           | roommate's TV volume             | {{NAME:J. Pike}}         | {{DATE:02/05/25}} - headphones
{{ID:G25-030}}  | {{DATE:02/26/25}}   | {{NAME:Haskell, Wendell}} (119)   | son {{NAME:Bryce Haskell}} {{PHONE:262-555-0125}} | billing - charged for Medicare days | bus. office ({{NAME:Maureen}}) | open
Notes: {{ID:G25-014}} escalated to administrator; ombudsman aware per family. {{ID:G25-030}} - Medicare Part A days 21-100 coinsurance explained ($204.00/day in 2025); son disputes; acct {{ACCOUNT:LT-550912}} on hold.
Reviewed at QAPI {{DATE:3/19/25}} by {{NAME:Graham Whitfield}}, NHA.`,
  `ADMISSION ORDERS / MED RECONCILIATION - SNF
{{DATE:06/07/2024 17:25}}   Pt: {{NAME:Ramírez de León, Consuelo}}   {{AGE:90}}F   DOB {{DATE:02/02/1934}}   MRN {{MRN:WF-22871}}
Admit to: {{FACILITY:Westfield Gardens Post-Acute}}, Part A skilled, dx: s/p L hip ORIF ({{DATE:6/3}}), NSTEMI type 2 during stay, CKD 3b, T2DM.
Hospital: {{FACILITY:San Gabriel Valley Medical Center}} - d/c summary by Dr. {{NAME:Paul Iwasaki}}
Allergies: PCN (hives), codeine (N/V)
Code: Full code (confirmed w/ pt in Spanish via interpreter {{NAME:Rocío}} + dtr {{NAME:Alma Ramírez}})

Home med        | hosp d/c med     | SNF order         | comment
glyburide 5 BID | stopped          | NO                | hypoglycemia risk, Beers
insulin glargine| 8 u qhs          | 8 u qhs           | FSBG AC/HS
metoprolol tart 25 BID | metoprolol succ 50 daily | same as d/c |
ASA 81          | ASA 81           | ASA 81            |
(none)          | enoxaparin 30 SC daily | same x 30 d from surgery (stop {{DATE:7/3}}) | renal dose
omeprazole 20   | pantoprazole 40  | pantoprazole 40   | formulary
alendronate 70 weekly | held       | HOLD              | resume per ortho Dr. {{NAME:Nakagawa}}
(none)          | oxycodone 2.5 q4h prn | same        | max 4/day, bowel regimen
Vit D 2000 IU   | -                | resume            |
Verified w/ dtr's bag of home meds + {{FACILITY:CVS Pharmacy #4412}} fill hx.
Orders rec'd from Dr. {{NAME:Samuel Obuya}} by phone 1710, read back. {{NAME:Lena Ortiz}}, RN`,
  `2 NORTH - shift report sheet 1500-2300   {{DATE:12/02/24}}   charge: {{NAME:Lyn}}
rm  | res                    | code  | notes
201 | {{NAME:Abercrombie, Ruth}} {{AGE:95}}   | DNR   | A&Ox2, ate 50%, c/o back pain, Tylenol 1900 helped. dtr {{NAME:Karen}} visiting tmrw.
202A| {{NAME:Said, Mahmoud}} 78     | FULL  | new adm from {{FACILITY:Lutheran Memorial}}, CHF, daily wt, 1.5L FR. Arabic - son {{NAME:Khalid}} interprets {{PHONE:651-555-0184}}
202B| {{NAME:Tkachenko, Pavlo}} {{AGE:91}}    | DNR   | hospice ({{FACILITY:North Star Hospice}}), mouth care q2h, morphine 2.5 SL x1 at 1800
203 | Sister {{NAME:Bernadette Murphy}} {{AGE:99}} | DNR | retired nun, pleasant, O2 2L, poor PO - encourage fluids; Fr. {{NAME:Tomasz}} visits Weds
204 | {{NAME:Lindqvist, Harold}} 84  | FULL  | Foley, UTI on cipro day 3/5, Parkinson's meds TIME CRITICAL 0600/1000/1400/1800/2200
205 | {{NAME:Begaye, Rosalind}} {{AGE:ninety-one}} | DNR | 2 assist Hoyer, stage 2 coccyx - Mepilex changed today
206 | empty - adm coming {{DATE:12/3}} ({{NAME:J. Oyelaran}} from {{FACILITY:Ramsey Ridge Hospital}})
** 205 {{NAME:Rosalind}} - granddaughter {{NAME:Shayna Begaye}} called, wants callback re: care conf, {{PHONE:651-555-0172}}.
** call light for 202B not working - maintenance notified 1640.
report given to night nurse {{NAME:Femi}} 2300. -{{NAME:lyn}}`,
  `MEMORY CARE - daily resident log (care partner notes)      {{FACILITY:Juniper House}} at {{FACILITY:Canyon Vista Senior Living}}
Resident: {{NAME:Cordelia Ashworth-Pike}} ("{{NAME:Dee}}")   apt J-4   {{DATE:Sat 8/10/24}}
0700 {{NAME:Dee}} up on her own, dressed in 2 blouses, cued to change. Bkfst 100%, coffee x2. -{{NAME:MV}}
0930 exit-seeking at front door, "I have to get to the school, the children are waiting" (retired teacher, {{FACILITY:Roosevelt Elementary}}, 38 yrs). Redirected w/ folding laundry. Door log shows palm-vein reader denied her 3x - her enrollment {{BIOMETRIC:PV-J4-008127}} is resident-level (no exit access) as intended. -{{NAME:MV}}
1200 lunch 50%. Visit from husband {{NAME:Reginald Pike}} ({{AGE:93}}, lives on the independent living side, {{FACILITY:Canyon Vista}} apt 2-110). Held hands, watched the Lawrence Welk show. -{{NAME:Tasha}}
1500 tearful after he left, asked for "{{NAME:Reggie}}" x6. Doll therapy, snack. Calmer by 1545. -{{NAME:Tasha}}
1730 dinner 75%. Lorazepam NOT given (prn not needed).
2000 sundowning mild, walking hall. Wearing wander-guard (serial {{DEVICE:WG-7715-0330}}) - tested OK today.
2200 asleep.
Family call: daughter {{NAME:Priscilla Ashworth}} {{PHONE:602-555-0121}} asked for a photo of her mom at the ice cream social - sent via family app to {{EMAIL:p.ashworth@examplemail.com}} per consent on file.
Next: podiatry {{DATE:8/14}}; hair appt {{DATE:8/12}} w/ {{NAME:Lorena}}.`,
  `GUARDIAN'S ANNUAL REPORT OF THE PERSON (copy for facility record)
In re the Guardianship of {{NAME:Bogdan Petrovic}}, an incapacitated person.   Case No. {{ID:2024-GP-001187}}
Reporting period: {{DATE:11/19/2024}} through {{DATE:11/18/2025}}
Guardian: {{NAME:Vesna Petrovic-Allen}}, {{ADDRESS:7720 Kirtland Ln}}, {{LOCATION:Mentor}}, OH {{ZIP:44060}}, ph {{PHONE:440-555-0177}}, email {{EMAIL:vesna.allen@examplemail.com}}
Guardian background check: BCI fingerprint submission # {{BIOMETRIC:WEBCHECK-FP-88120547}}, cleared {{DATE:10/30/2024}}.
Ward's residence: {{FACILITY:Lakeshore Memory Care}}, {{ADDRESS:600 W. Lakeshore Dr}}, {{LOCATION:Euclid}}, OH {{ZIP:44123}} - no change.
Ward's age: {{AGE:91}}. Physician: Dr. {{NAME:Rhee}} - statement of expert evaluation attached ({{DATE:10/21/25}}): continued need, FAST 6e.
Visits by guardian: weekly (Sundays), ~48 visits.
Significant events: fall {{DATE:2/2/25}} w/ L wrist fx, treated at {{FACILITY:Euclid Lakefront Hospital}}; hospice eval {{DATE:9/2025}} - not eligible yet. 
Medical decisions made: consented to DNR ({{DATE:2/5/25}}), declined feeding tube.
Ward's Medicaid {{HEALTH_PLAN:OH-0448911275}} active; estate guardianship report filed separately (acct {{ACCOUNT:GD-ESTATE-4417}}).
Guardian recommends continuation.  Signed {{NAME:V. Petrovic-Allen}} {{DATE:11/20/2025}}`,
  `SS note - family conflict re: POA / visitation        {{DATE:8/26/2024}} 1120
Res: {{NAME:Eunice Marbury}}, {{AGE:92}}, rm 131, LTC
Two daughters in conflict:
 - {{NAME:Lavonne Marbury-Tate}} - holds DPOA-HC & financial, executed {{DATE:4/17/2020}} (copy on file). Lives locally, {{PHONE:757-555-0191}}.
 - {{NAME:Charlene Marbury}} ({{LOCATION:Baltimore}}) - arrived today w/ a NEW POA "signed" {{DATE:8/24/24}} naming her, notarized in {{LOCATION:Norfolk}} by notary {{NAME:Derek Simms}}, commission {{LICENSE:7716602}}. Pt was not seen leaving the building that day; sign-out log shows {{NAME:Charlene}} took her out on LOA 1300-1700 {{DATE:8/24}}.
Pt's BIMS {{DATE:7/30/24}} = 4. Dr. {{NAME:Ofori}} note {{DATE:8/1/24}}: "lacks capacity for complex medical/financial decisions."
Action: facility will continue to recognize the 2020 POA pending legal review; corporate counsel ({{NAME:Amanda Kerr}}, Esq.) consulted; {{NAME:Charlene}} informed in person - left upset, stated she'll "call a lawyer and the news." APS report made (ref {{ID:VA-APS-24-55918}}). Visits by {{NAME:Charlene}} not restricted at this time; staff to observe, LOA with {{NAME:Charlene}} requires {{NAME:Lavonne}}'s OK.
Pt herself said "I just want my girls to stop fighting." Pastor {{NAME:Willie Fenwick}} ({{FACILITY:Mt. Olive Baptist}}) to visit.
{{NAME:T. Greenlee}}, MSW`,
  `LOST / MISSING PERSONAL PROPERTY REPORT
Report # {{ID:LP-2024-062}}     Date reported {{DATE:10/21/2024}}     Reported by: son {{NAME:Hiroshi Tanabe}} ({{PHONE:206-555-0153}})
Resident: {{NAME:Setsuko Tanabe}}   {{AGE:95}}   rm 119-A   {{FACILITY:Puget Pines Nursing & Rehab}}
Item(s): (1) upper full denture - engraved "{{NAME:S. TANABE}}" on palate; (2) jade bangle, green, family heirloom from {{LOCATION:Okinawa}}; (3) hearing aid, L only, Oticon, serial {{DEVICE:OT2219-88431}}.
Last seen: denture - in cup on meal tray {{DATE:10/19}} at lunch per CNA {{NAME:Pauline}}; bangle - on pt's wrist at shower {{DATE:10/18}} per CNA {{NAME:Marisela}}; hearing aid - unknown.
Inventory sheet on admission ({{DATE:3/2/2022}}) lists denture + bangle; hearing aid added {{DATE:5/2023}}.
Search: room, laundry, kitchen dish room, trash ({{DATE:10/21}} bags already picked up). Denture FOUND in dish room {{DATE:10/21}} 1530 by dietary aide {{NAME:Hector}} - sanitized, pt's dentist Dr. {{NAME:Irene Matsuda}} ({{PHONE:206-555-0139}}) to check fit {{DATE:10/24}}.
Bangle + hearing aid NOT found. Police report offered; son accepted for bangle (est value $3,000) - {{LOCATION:Kent}} PD case # {{ID:24-KPD-07719}}. Hearing aid replacement per policy.
Administrator {{NAME:Oliver Strand}} notified {{DATE:10/21}}; grievance/abuse screen done - no suspicion of misappropriation at this time, will report to state if evidence.
{{NAME:Nia Washington}}, SSD`,
  `Scanned to chart - OBITUARY (printed from funeral home website by SS for memorial board, w/ family permission)
Source: {{URL:https://www.hollowaybrothersfuneral.example.com/obituaries/maria-elena-castillo-1929}}
{{NAME:María Elena Castillo Vda. de Ortega}}, {{AGE:95}}, of {{LOCATION:Las Cruces}}, passed peacefully on {{DATE:Tuesday, December 10, 2024}} at {{FACILITY:Mesilla Valley Care Center}}, surrounded by her family and the staff she called "mis ángeles." She was born {{DATE:May 3, 1929}} in {{LOCATION:Ciudad Juárez}}, Chihuahua, to {{NAME:Ramón}} and {{NAME:Eulalia Castillo}}. She married {{NAME:Alfonso Ortega}} in 1951; he preceded her in death in 2003. She worked 27 years in the cafeteria at {{FACILITY:Picacho Valley High School}}.
She is survived by her children {{NAME:Teresa Ortega-Kim}} ({{NAME:Daniel}}), {{NAME:Rafael Ortega}} ({{NAME:Linda}}), and {{NAME:Alfonso}} "{{NAME:Poncho}}" {{NAME:Ortega Jr.}}, 11 grandchildren and 14 great-grandchildren.
Rosary {{DATE:Dec. 16}} at 6 PM and Mass {{DATE:Dec. 17}} at 10 AM at {{FACILITY:Our Lady of the Valley Church}}. Arrangements by {{FACILITY:Holloway Brothers Funeral Home}}.
[SS: condolence card signed by 2 West staff mailed to {{NAME:Teresa}} at {{ADDRESS:1452 Calle de Paz}}, {{LOCATION:Las Cruces}}, NM {{ZIP:88001}}. -{{NAME:AV}}]`,
  `INFECTION PREVENTION NOTE - C. difficile, contact-plus isolation
Res: {{NAME:Ferreira, João}}   {{AGE:92}}M   rm 312A -> moved to private rm 300 {{DATE:02/11/25}}
Onset: 4 loose stools/24h beginning {{DATE:2/9/25}} 2200; on amoxicillin-clav for dental abscess since {{DATE:2/1}} (prescribed by {{FACILITY:Bright Smile Mobile Dentistry}}, Dr. {{NAME:Chowdhury}}).
Test: stool C. diff PCR + / toxin EIA + ({{DATE:2/10/25}}), {{FACILITY:Lakes Regional Lab}} accession {{ID:LRL-0210-55716}}. Reported to IP {{NAME:Heather Stroud}} and Dr. {{NAME:Ng}}.
Meets NHSN LabID event - community vs facility onset: facility-onset (> 3 days after adm). Entered in NHSN {{DATE:2/11}}.
Tx: oral vancomycin 125 mg QID x 10 days (end {{DATE:2/20}}); d/c Augmentin (dentist agreed, abscess drained); hold PPI.
Precautions: gown + gloves, dedicated BP cuff/stethoscope, bleach (sporicidal) wipes, handwashing w/ soap & water (not ABHR). Sign on door. Roommate Mr. {{NAME:Sousa}} screened - no sx.
Family: granddaughter {{NAME:Inês Ferreira}} ({{PHONE:401-555-0197}}) educated re: handwashing, may visit w/ PPE. She speaks w/ him in Portuguese.
Stool log q shift. Isolation until 48 h no diarrhea.
{{NAME:H. Stroud}}, RN, CIC`,
  `LTC INSURANCE - BENEFIT ELIGIBILITY / PLAN OF CARE CERTIFICATION (licensed health care practitioner)
Insured: {{NAME:Whitcombe, Archibald J.}}    DOB {{DATE:09/14/1933}}    Age {{AGE:91}}
Policy # {{HEALTH_PLAN:LTC-MN-300471129}}    Claim # {{ACCOUNT:CL-2025-018334}}    SSN last 4: {{SSN:4719}}
Care setting: assisted living - {{FACILITY:Stonebridge Senior Residences}}, {{ADDRESS:4400 Valley View Rd}}, {{LOCATION:Edina}}, MN {{ZIP:55439}}, since {{DATE:01/15/2025}}
Benefit trigger (HIPAA-qualified): [X] needs substantial assistance w/ >= 2 of 6 ADLs expected >= 90 days; [X] severe cognitive impairment requiring substantial supervision.
ADLs: bathing - hands-on assist; dressing - hands-on assist; toileting - standby; transferring - standby; continence - independent w/ pads; eating - independent.
Cognition: SLUMS 14/30 ({{DATE:1/20/25}}), Dx: Alzheimer's dementia, moderate.
Plan of care: AL level 3, med administration, bathing 3x/wk, 2 check-ins/night.
Certifying practitioner: {{NAME:Helena Rask}}, RN, care manager (license {{LICENSE:R-182204}}), assessed in person {{DATE:02/04/2025}}.
Attending physician: Dr. {{NAME:Farid Nazari}}, NPI {{LICENSE:1285590416}}, {{PHONE:952-555-0118}}.
Authorized rep: son {{NAME:Graham Whitcombe}}, {{EMAIL:g.whitcombe@examplemail.com}}, {{PHONE:612-555-0145}}.
Elimination period: 90 days from {{DATE:1/15/25}}, satisfied {{DATE:4/15/25}}.`,
  `PALLIATIVE CARE CONSULT - in SNF
{{DATE:04/03/2024}}   Requested by Dr. {{NAME:Lemaire}}   Pt: {{NAME:Kazimierz Nowicki}} ("{{NAME:Kaz}}")   {{AGE:ninety}}   rm 226   MRN {{MRN:SF-093317}}
Reason: goals of care, recurrent hospitalizations (3 in 4 months: {{DATE:12/2023}} CHF, {{DATE:2/2024}} aspiration PNA, {{DATE:3/2024}} CHF), pt/family "don't know what to do."
Background: HFrEF EF 20%, ICD in place (generator serial {{DEVICE:ICD-88A1-09427}}), CKD 4, mild dementia, wt loss. Lives here LTC since wife died.
Met w/ {{NAME:Kaz}} (BIMS 12, able to participate) + daughter {{NAME:Agnieszka Nowicki-Brandt}} (HCP) + son {{NAME:Stefan}} by phone from {{LOCATION:Warsaw}}.
{{NAME:Kaz}}: "No more hospitals. I want to be here with my pictures and my friends." Values: his roommate Mr. {{NAME:Dabrowski}} (they play cards daily), Polish radio, Sunday Mass.
Discussed: ICD shocks at end of life - family unaware device could shock him while dying. Both agree to deactivate tachy therapies (pacing stays). Device clinic ({{FACILITY:Heartland Electrophysiology}}, {{PHONE:(414) 555-0108}}) to deactivate {{DATE:4/5}}; magnet at bedside meanwhile.
Outcome: POLST updated - DNR, comfort-focused, DNH except if comfort cannot be met; hospice referral to {{FACILITY:Lakeshore Community Hospice}}.
Sx: dyspnea - morphine 2.5 mg PO q4h prn; edema - cont torsemide.
{{NAME:Agnieszka}} thanked team. f/u 1 wk.
{{NAME:Renee Salazar-Voight}}, DNP, ACHPN`,
  `NEUROLOGY F/U (outpatient, pt came by w/c van from SNF) - Parkinson's w/ DBS
{{DATE:09/17/2024}}   {{FACILITY:University Movement Disorders Clinic}}, {{LOCATION:Ann Arbor}}
Pt: {{NAME:Aldous Kerrigan}}   {{AGE:91}}M   clinic MRN {{MRN:U-20448172}}   lives at {{FACILITY:Huron Shores Care & Rehab}}
Accompanied by SNF CNA ({{NAME:Tierra}}) and niece {{NAME:Colleen Kerrigan-Moss}} ({{PHONE:734-555-0122}}).
Hx: idiopathic PD dx 2006, bilat STN DBS 2014 (Dr. {{NAME:Vasilakis}}), IPG replaced {{DATE:3/2021}}. Now w/ PD dementia, falls, dysphagia.
Device: Medtronic Percept PC, serial {{DEVICE:NWK419877H}}; patient programmer serial {{DEVICE:PP-0093315}}. Battery 2.61 V (OK, ~2 yrs). Impedances normal. Settings: L 2.8 V / R 3.1 V, 60 us, 130 Hz.
Meds: carbidopa/levodopa 25/100 1.5 tab 6x/day (0600, 0900, 1200, 1500, 1800, 2100) - SNF MAR shows doses given up to 90 min late -> freezing & falls (2 falls in past month).
Exam: MDS-UPDRS III on 38, severe hypophonia, retropulsion. MoCA 14.
Plan: no DBS changes (gait not expected to improve, speech may worsen); stress TIME-CRITICAL PD meds to SNF - letter to DON {{NAME:Brenda Ostrowski}}; avoid haloperidol/metoclopramide; SLP; pimavanserin for hallucinations? - declined by niece (cost).
Note: DBS pt - NO diathermy, MRI only per protocol. Wallet card given.
{{NAME:Sofia Lindahl}}, MD`,
  `BILLING DISPUTE - call log & resolution (business office)
Resident: {{NAME:Haskell, Wendell}}  rm 119   Resident acct {{ACCOUNT:LT-550912}}   Grievance {{ID:G25-030}}
Responsible party: son {{NAME:Bryce Haskell}}, {{ADDRESS:2209 N. Oakland Ave, Apt 3}}, {{LOCATION:Milwaukee}}, WI {{ZIP:53211}}, {{PHONE:262-555-0125}}
{{DATE:02/26/25}} - {{NAME:Bryce}} called: statement shows $4,080.00 for {{DATE:1/28-2/16/25}} (20 days x $204). He says "Medicare covers 100 days." Explained SNF benefit: days 1-20 covered in full, days 21-100 coinsurance; dad's stay began {{DATE:1/8/25}}, so day 21 = {{DATE:1/28/25}}.
{{DATE:02/27/25}} - checked: Medicare Supplement Plan G (BCBS, member ID {{HEALTH_PLAN:XKB908441273}}) should cover coinsurance - claim sent to Medicare only, crossover failed. Rebilled, ICN {{ACCOUNT:2225058114390}}.
{{DATE:03/12/25}} - remittance rec'd; balance $0 for coinsurance. Letter to {{NAME:Bryce}}; also posted to family portal, acct login {{URL:https://billing.lakeviewterrace.example.com/acct/LT-550912}}.
{{DATE:03/13/25}} - {{NAME:Bryce}} satisfied. Grievance {{ID:G25-030}} closed. Apology made for error.
Note: online portal access from {{IP:198.51.100.203}} flagged by IT as new device {{DATE:3/13}} - verified w/ {{NAME:Bryce}} it was him.
-{{NAME:Maureen Dyer}}, BOM`,
  `QAPI - 30-DAY RE-HOSPITALIZATION REVIEW (Q3) - PIP worksheet
Facility: {{FACILITY:Ashgrove Nursing & Rehabilitation}}    Reviewed {{DATE:10/15/2024}} by QAPI team (NHA {{NAME:Denise Oakes}}, DON {{NAME:Curtis Bell}}, Medical Director Dr. {{NAME:Yasmin Abboud}}, IP {{NAME:Rhea Santos}})
Rehospitalized within 30 d of SNF admission - 7 of 58 admissions (12.1%):
pt        | age | adm SNF    | sent out   | hosp        | reason         | avoidable?
{{NAME:J.T.}}      | {{AGE:90}}  | {{DATE:07/02/24}}   | {{DATE:07/09/24}}   | {{FACILITY:Harpeth Valley Medical}} | CHF            | possibly - wt gain not reported 2 days
{{NAME:M.R.O.}}    | 77  | {{DATE:07/11/24}}   | {{DATE:07/12/24}}   | {{FACILITY:Harpeth Valley Medical}} | hypoglycemia   | yes - glipizide continued from hosp
{{NAME:E.B.}}      | {{AGE:94}}  | {{DATE:07/30/24}}   | {{DATE:08/14/24}}   | {{FACILITY:Stones River General}} | fall w/ hip fx  | unclear
{{NAME:H.K.}}      | 85  | {{DATE:08/05/24}}   | {{DATE:08/06/24}}   | {{FACILITY:Harpeth Valley Medical}} | "failure to thrive" - family request | no (POLST full tx)
{{NAME:J. Thornbury}} | 89 | {{DATE:08/19/24}} | {{DATE:09/02/24}} | {{FACILITY:Harpeth Valley Medical}} | missed HD, hyperK | yes - transport no-show
... 2 more on p.2
Findings: 3/7 potentially avoidable; common factor = change in condition not escalated on nights/weekends.
Actions: INTERACT Stop & Watch for CNAs, weekend NP coverage ({{NAME:F. Otieno}}), HD transport backup w/ {{FACILITY:Volunteer Medical Transport}}.`,
  `FALL REPORT #2 + POST-FALL HUDDLE
Incident {{ID:IR-2024-0457}}   Resident {{NAME:Thaddeus Brooks}}   {{AGE:94}}   {{FACILITY:Sycamore}} rm 22   (prior fall {{DATE:5/4/24}}, {{ID:IR-2024-0412}})
Occurrence: {{DATE:05/19/2024 1455}}, witnessed by activity aide {{NAME:Rosa Linares}} - in dayroom, stood up from recliner w/o walker, knees buckled, slid to floor, landed on buttocks. No head strike.
Assessment by {{NAME:Olu Adebayo}}, RN: no injury, ROM full, pain 0/10, VS 118/60 (sitting) -> 96/58 standing after 3 min, HR 76 -> 98. = orthostatic.
Huddle 1520 (nurse, CNA {{NAME:Kenya Marshall}}, therapy {{NAME:Brett}}, resident): "I was gonna go see my son's car out the window." Son {{NAME:Darnell}} had texted he was in the lot.
Contributing: orthostasis (new tamsulosin started {{DATE:5/14}} by urology Dr. {{NAME:Hughes}}); Lasix moved to 1400 after last fall - given 1400 today.
Interventions: MD Dr. {{NAME:Santos-Ruiz}} notified - tamsulosin changed to qhs, orthostatic VS daily x 7, TED hose, dangle before standing; walker within reach; PT screen.
Son {{NAME:Darnell Brooks}} ({{PHONE:717-555-0169}}) notified 1530, he had been in parking lot in his truck ({{VEHICLE:PA ZKT-4491}}), came up; upset re: 2nd fall, request care conf - set {{DATE:5/22}}.
State reportable? No (no injury). 
{{NAME:P. Lindqvist}}, DON`,
  `UNEXPECTED DEATH - MEDICAL EXAMINER NOTIFICATION (assisted living, nurse on call)
{{DATE:07/06/2024}}   {{FACILITY:Cypress Pointe Assisted Living}}, {{ADDRESS:9100 Gulf Breeze Pkwy}}, {{LOCATION:Pensacola}}, FL {{ZIP:32507}}
Resident: {{NAME:Wilhelmina Achterberg}}   {{AGE:93}}   apt 118   DOB {{DATE:02/27/1931}}   SSN {{SSN:264-55-0918}}
0645 med tech {{NAME:Jasmine Pryor}} found resident on bathroom floor, cold, rigor in jaw/arms, dependent lividity. Last seen alive {{DATE:7/5/24}} 2130 at evening med pass (per eMAR).
No DNR order / no Florida DNRO (yellow form) on file -> 911 called 0648 per policy; {{LOCATION:Escambia Co}} EMS arrived 0655, no resuscitation (obvious death), pronounced 0658 by paramedic {{NAME:R. Cutler}}.
Because unwitnessed, found on floor, not on hospice -> ME notified 0710. ME investigator {{NAME:Dana Whitley}}, case # {{ID:ME-24-1733}}, arrived 0815; photos taken by ME (not facility); decedent ID confirmed by fingerprint (ME record {{BIOMETRIC:FP-ME24-1733-R1}}) + facility face photo {{PHOTO:CPAL-118-ID.jpg}}.
Body released to ME office for exam; then to {{FACILITY:Bayview Memorial Gardens Funeral Home}} per family.
Notified: son {{NAME:Pieter Achterberg}} ({{LOCATION:Mobile}}, AL) {{PHONE:251-555-0144}} 0725; PCP Dr. {{NAME:Gabriela Monteiro}} 0800; ED {{NAME:Ron Tillis}}; state AHCA adverse incident report within 24h (log {{ID:AI-0706-24}}).
Apt secured, meds counted w/ 2 staff, controlled drugs (tramadol 50 mg #14) reconciled.
{{NAME:Lakisha Greene}}, RN (on-call)`,
  `PRIVACY / DIGNITY INCIDENT - resident photo posted on social media (F583/F609 self-report)
Facility: {{FACILITY:Meadowlark Health & Rehab}}   Report {{DATE:01/30/2025 18:40}}   state intake # {{ID:KS-ACH-25-00412}}   internal # {{ID:PRV-25-003}}
Residents involved: {{NAME:Ardith Selvig}} ({{AGE:96}}, rm 14) and {{NAME:Leonard Pacheco}} ("{{NAME:Lenny}}", 84, rm 16)
What happened: granddaughter of another resident saw a video posted {{DATE:1/29/25}} ~2300 by CNA {{NAME:Kaylee Brandt}} (employee # {{ID:E-31190}}) showing Mrs. {{NAME:Selvig}} partially undressed during HS care w/ a caption mocking her, and {{NAME:Lenny}} singing in the hall. Link reported: {{URL:https://www.tiktok.example.com/@kaybee_cna/video/73311902}}. Screenshot saved by DON ({{PHOTO:PRV-25-003-screenshot1.png}}).
Actions: CNA suspended {{DATE:1/30}} 1530, phone inspected w/ her consent - video deleted; platform takedown request filed. Post originated from {{IP:203.0.113.204}} per platform response (facility guest Wi-Fi). Abuse coordinator {{NAME:Vanessa Troutman}} leading investigation; police ({{LOCATION:Salina}} PD) notified; CNA license {{LICENSE:KS-CNA-118203}} reported to state registry.
Families: {{NAME:Ardith}}'s son {{NAME:Roald Selvig}} {{PHONE:785-555-0111}} - very upset, requests she not be cared for by agency staff; {{NAME:Lenny}}'s daughter {{NAME:Gloria Pacheco}} {{PHONE:785-555-0150}} - "that's not the point."
Mrs. {{NAME:Selvig}} (BIMS 3) not aware, no distress.
All-staff in-service on cell phone/photography policy {{DATE:1/31}} and {{DATE:2/1}}.
{{NAME:Vanessa Troutman}}, RN, Admin/abuse coordinator`,
];

export const HELDOUT_REALISTIC_93_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout93-${i + 1}`, n));
