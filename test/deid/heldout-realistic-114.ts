// A hundred-and-fourteenth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is geriatrics, long-term care, neurology and memory care:
// skilled nursing facility admission notes and MDS section notes, assisted living incident reports
// (falls, elopements, wandering alarms), memory-care family meetings, guardianship petitions, court
// visitor reports and power-of-attorney paperwork, Adult Protective Services intakes, comprehensive
// geriatric assessments, neurology clinic notes (Parkinson's with DBS programming, ALS, MS, epilepsy
// with VNS, myasthenia, NPH), EEG and EMG/NCS reports, stroke code and tPA timelines, dementia
// caregiver phone calls and voicemails, hospice referrals and IDT notes from nursing homes,
// medication aide logs and controlled-substance counts, consultant pharmacist reviews, INTERACT-style
// transfer forms between nursing homes and hospitals, resident council minutes, CMS-2567 survey
// deficiency text, ombudsman complaints, death pronouncements, memorial notes and funeral home calls,
// outbreak line lists, census lists and HL7-like machine exports.
// Names of residents, relatives, guardians, aides, nurses and physicians come in many forms: surname
// first, all caps, initials, typist and signer initials, nicknames in quotes, first names alone,
// "Mrs." and "Mr." with a surname, a spelled-out surname, hyphenated, Franco-American, Vietnamese,
// Korean (also in Hangul), Polish, Somali, Haitian, Greek, Armenian, Spanish and Portuguese names,
// lower case in hurried messages, HL7 caret-separated names; facilities, wings, halls, cottages and
// rooms named for people are FACILITY (the word Wing/Hall/Cottage inside the span when it is part of
// the proper name), as are hospitals, funeral homes, cemeteries, pharmacies, adult day programs,
// schools, employers, churches and courts; addresses are written loosely (no comma, "Apt", "unit",
// rural routes, a street alone, a highway junction); dates are written as 03/02/2025, 3/2/25,
// 11-04-2025, 2025-02-11, Mar 4 2025, 14-Aug-2025, 4MAR25, 20250304, "14th day of January, 2019"
// and month/year (3/2025, Jan 2024); ages over 89 are AGE however written (93, 96yo, 91F,
// ninety-two, "turns 100"), ages of 89 and under are not marked.
// Annotation choices as in set 72: a month/day without a year (3/4, Apr 3) is a DATE, and a clock
// time next to it stays outside the span, while a time attached to a full date is inside; a date
// range written as one token (7/11-7/16) is one DATE span; a weekday written with a date is part of
// it; a nickname in quotes in the middle of a full name is inside that name's span, one written after
// the name is its own span; a county is LOCATION; an interpreter's ID is ID.
// Look-alikes that are NOT PHI and are left unmarked: eponyms and named criteria (Parkinson's,
// Alzheimer's, Lewy body, Huntington's, Lennox-Gastaut, Babinski, Romberg, Hoffmann, Lhermitte,
// Myerson, Tinel, Phalen, Hoehn and Yahr, Tinetti, Berg, Otago, Braden, Morse, Beers, El Escorial,
// Hodges and Warlow, Tensilon, Foley), scores (MMSE, MoCA, SLUMS, BIMS, Mini-Cog, NIHSS, ASPECTS,
// EDSS, ALSFRS-R, UPDRS, UHDRS, PHQ-9, GDS, FAST, PPS, PAS, mRS), drug and brand names and doses, lab
// values, EEG electrode names (F7, T3), ICD-10 and F-tag codes, room, bed and chair numbers, EMS
// medic units, units named for birds or trees (Cardinal, Bluebird, "Maple") and wings without a
// proper name (North wing, 2 East, Memory Care, Household 2), survey resident codes (R12), years
// alone, seasons with a year, clock times alone, weekdays alone, states and countries, Medicare and
// Medicaid as payers, state agencies (APS, DMV, the survey agency) and DBS/VNS/shunt settings.
// Identifier conventions: Medicare MBIs and Medicaid or plan member numbers are HEALTH_PLAN; facility
// billing and trust-fund account numbers are ACCOUNT; NPI, DEA, nursing and medication-aide licences
// and driver's licences are LICENSE; plates and VINs are VEHICLE; wander-guard bracelet, DBS
// generator, VNS, shunt valve, hearing-aid and pump serials are DEVICE; incident, APS case, court
// docket, survey event, complaint, order and employee numbers are ID; a photo file reference is
// PHOTO; fingerprint and palm-vein enrolment ids are BIOMETRIC; kin terms, titles and honorifics
// (Dr., Mrs., Miss, Sister, Father, Fr., Rev., Imam, Atty., Chef, Nurse, Officer, Doña) stay outside
// NAME spans; a VA ICN and a hospice or adult day program number are MRN; a first name that is also
// a place (Odessa) is NAME, and a facility called by a place-like short name (Wexford) is FACILITY.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-23 final engine
// (18d1e8d) 0.9787 / 0.9628; pass-24 engine (whose rules were made from sets 105-107 and 110
// without reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `SNF ADMISSION NOTE - {{FACILITY:Harmon Ridge Health & Rehabilitation}}
Unit: {{FACILITY:Whitcomb Wing}}, rm 212-B
Resident: {{NAME:PELLETIER, Marguerite A.}} ("{{NAME:Peggy}}")  DOB {{DATE:04/17/1931}}  age {{AGE:93}}
MRN {{MRN:HR-0048812}} | Medicare {{HEALTH_PLAN:4TR7KD2MX61}} | Medicaid pending
Admitted {{DATE:03/02/2025 15:40}} by stretcher van from {{FACILITY:St. Brendan Regional Medical Center}}, s/p L hip hemiarthroplasty {{DATE:2/26}} after a fall at home ({{ADDRESS:41 Quarry Hill Rd}}, {{LOCATION:Barre}} {{ZIP:05641}}).
PMH: Alzheimer's dementia (MMSE 17/30 on {{DATE:1/9/25}}), HTN, CKD 3a, OA both knees, macular degeneration.
Meds per hospital d/c: donepezil 10 mg qhs, apixaban 2.5 mg BID x 35 d, amlodipine 5 mg daily, acetaminophen 650 mg q6h prn.
Braden 14, Morse 75 = high fall risk: low bed, floor mats, bed alarm. Tinetti deferred, WBAT per ortho Dr. {{NAME:Sandoval}}.
Skin: stage 2 sacrum 1.5 x 1 cm, photo in wound file {{PHOTO:WND_0302_HR48812_01.jpg}}.
Code status DNR/DNI, MOLST signed {{DATE:02/27/2025}}. HCP: daughter {{NAME:Colette Pelletier-Rouse}} {{PHONE:802-555-0177}}, lives in {{LOCATION:Montpelier}}.
Pt pleasant, calls this place "the hotel", asks for her late husband {{NAME:Armand}}.
Attending: {{NAME:R. Okonkwo}}, MD   typed {{NAME:jl}}`,
  `MDS 3.0 QUARTERLY - ARD {{DATE:05/14/2025}}
Res: {{NAME:Hollis T. Vantongeren}}   Rm 118 North wing   MRN {{MRN:0072241}}
C: BIMS 6/15 (severe impairment). Staff assessment of mental status not needed.
D: PHQ-9 OV (staff) = 4.
E: no behaviors coded; wanders in hall evenings, redirectable, not exit-seeking.
GG: eating 04, oral hygiene 03, sit to stand 03, walk 10 ft 02.
J: one fall without injury {{DATE:4/29}} (incident {{ID:IR-25-0412}}).
N: quetiapine 12.5 mg hs - GDR attempt {{DATE:3/2025}} failed per psych NP {{NAME:Marisol Ybarra}}.
O: no hospice. PT/OT discharged {{DATE:04-02-2025}}.
Q: son {{NAME:Dwayne Vantongeren}} took part by phone {{PHONE:(413) 555-0109}}; no referral to local contact agency requested.
Face sheet check: resident is {{AGE:96}} (DOB {{DATE:11/30/1928}}), Medicaid {{HEALTH_PLAN:100448291772}}, MBI {{HEALTH_PLAN:7GH2-QW4-RT88}}.
Entered by {{NAME:Bernadette Quaye}}, RN, RAC-CT, signed {{DATE:5/16/2025 11:22}}
CMS submission batch {{ID:SUB-88213047}} accepted {{DATE:5/19}}.`,
  `ASSISTED LIVING INCIDENT REPORT        Incident # {{ID:AL-2025-0087}}
Community: {{FACILITY:The Linden at Carver Pond}}, {{ADDRESS:900 Carver Pond Rd}}, {{LOCATION:Plymouth}} MA {{ZIP:02360}}
Resident: {{NAME:Eunice Barksdale}}   Apt 3C   DOB {{DATE:08/02/1932}}
Type: FALL - unwitnessed
Date/time found: {{DATE:06/11/2025 0545}}
Found by: {{NAME:Tamika R.}}, resident assistant, on rounds. Res sitting on floor beside recliner, pendant not worn (on nightstand).
Res states "I was going to the bathroom and my legs quit". Denies head strike, c/o R wrist pain.
Actions: vitals BP 148/82 P 88 SpO2 95% RA, ROM intact except R wrist, ice applied. Wellness nurse {{NAME:Gregory Phan}}, LPN notified 0555.
Called PCP Dr. {{NAME:Adaeze Nwosu}} answering service {{PHONE:508-555-0131}} 0610; orders for wrist x-ray by mobile x-ray.
Family: son {{NAME:Lowell Barksdale}} notified {{PHONE:774-555-0148}} at 0700, will visit after work.
Contributing: new trazodone 50 mg started {{DATE:6/6}}, nocturia, no night-light.
Follow-up: motion light ordered, toileting offer at 0200, pharmacy consult.
Signed {{NAME:T. Robinson}} RA / reviewed {{NAME:GP}} / ED {{NAME:Carla Montejo}} {{DATE:6/11/25}}`,
  `ELOPEMENT - CRITICAL INCIDENT REPORT to state licensing
Facility: {{FACILITY:Brookhaven Memory Care}}, secure neighborhood "Maple"
Resident: {{NAME:Raymond "Ray" Kolodziej}}  DOB {{DATE:1/4/1940}}  age 85  Res ID {{MRN:BMC-3318}}
Wander-guard bracelet serial {{DEVICE:WG-7C44-18290}}; battery last checked {{DATE:5/28/25}}.
Timeline {{DATE:Sunday 6/1/2025}}:
1412 Res seen in dayroom by CNA {{NAME:Keisha}}.
1425 delivery driver propped front vestibule door; alarm sounded x 3 sec then silenced by receptionist {{NAME:Norma Vail}}, who did not see a res.
1440 headcount: {{NAME:Ray}} missing. Code Silver called, building + grounds search.
1452 {{LOCATION:Ogden}} PD called, report {{ID:OPD-25-014467}}; Officer {{NAME:Brandt}} badge {{ID:2291}}.
1518 Res found by neighbor {{NAME:Hal Timmons}} at {{ADDRESS:2204 Jefferson Ave}}, 0.6 mi away, sitting on porch, "waiting for the bus to the plant".
1530 returned by ED {{NAME:Lorna Gustafsen}}; skin check no injury, VS wnl.
Notified: wife {{NAME:Dolores}} {{PHONE:801-555-0112}}, PCP Dr. {{NAME:Feinberg}}, ombudsman.
Plan: 1:1 x 72h, door delay fixed by vendor, staff in-service {{DATE:6/3}}.`,
  `wander alarm log - {{FACILITY:Abernathy Cottage}} (memory care)  wk of {{DATE:7/7/25}}
{{DATE:07/07}} 2105  front door  {{NAME:Gatewood, Lila}}  bracelet {{DEVICE:SN 40018833}}  redirected by {{NAME:Jas}}, said "my mother is picking me up"
{{DATE:07/08}} 0312  patio door  {{NAME:Lila G.}} again, barefoot, toileted, back to bed. no injury. -{{NAME:mk}}
{{DATE:07/08}} 1640  front door  {{NAME:Fenstermacher, Otto}}  {{DEVICE:SN 40017702}}  wanted to "go to the feed store in {{LOCATION:Kutztown}}". walk w/ activity aide {{NAME:Bree}}, calmed
{{DATE:07/09}} 1930  kitchen door (false alarm, staff badge) - reset
{{DATE:07/10}} 2250  front door  {{NAME:Lila}}  pushed door x 15 sec, delayed egress held. PRN not given. -{{NAME:jas}}
{{DATE:07/11}} 0620  battery low bracelet {{DEVICE:SN 40018833}}, replaced, new serial {{DEVICE:SN 40021196}}, log to maintenance ({{NAME:Curtis}})
{{DATE:07/12}} 1515  front door  {{NAME:Otto F.}}  daughter {{NAME:Renate}} visiting, walked him out to car by mistake, alarm caught it. Daughter educated.
Summary to DON {{NAME:Priya Raman}}: {{NAME:Lila G.}} 3 exit attempts, all evening/night, consider sundowning plan + UA. Care conf for {{NAME:Gatewood}} set {{DATE:7/16}} with son {{NAME:Porter}} ({{PHONE:610-555-0184}}).`,
  `MEMORY CARE FAMILY MEETING
Date: {{DATE:March 4, 2025}}   Location: conference rm, {{FACILITY:Ashby House}} at {{FACILITY:Greenleaf Village}}
Resident: Mrs. {{NAME:Imogene Falkner}} (staff call her Miss {{NAME:Genie}}, her preference)   age {{AGE:91}}
Present: daughter {{NAME:Sharon Falkner-Boyd}} (POA), son {{NAME:Mitchell Falkner}} by phone from {{LOCATION:Tucson}}, grandson {{NAME:Tyler}}, SW {{NAME:Ana Lucia Prado}}, RN {{NAME:Dennis O'Hare}}, activities {{NAME:Jo}}.
Updates: FAST stage 6c, MMSE no longer able to complete; SLUMS 4/30 in {{DATE:Nov 2024}}. Weight 118 -> 109 lb since {{DATE:12/2024}}. Now needs hand-over-hand at meals.
Family concerns: {{NAME:Sharon}} worries about bruising on forearms (skin tears from transfers, documented {{DATE:2/19}} and {{DATE:2/27}}). {{NAME:Mitchell}} asked whether she "still knows us" - discussed.
Discussed hospice eligibility; {{NAME:Sharon}} not ready, wants to revisit after Easter. {{NAME:Mitchell}} agrees to comfort-focused care, no hospital for pna unless comfort requires.
Plan: dietitian review, finger foods, 2-person assist for transfers, revisit in 30 days.
Next meeting {{DATE:4/8/25}} 10:00. Family contact: {{EMAIL:sfboyd.home@ravenmail.example}}, {{PHONE:(502) 555-0126}}.
Recorded by {{NAME:A. L. Prado}}, LCSW`,
  `IN THE PROBATE COURT OF {{LOCATION:ESSEX COUNTY}}
In the matter of: {{NAME:DUBOIS, ROLAND J.}}, respondent        Docket No. {{ID:ES25P0417GD}}
PHYSICIAN'S CERTIFICATE IN SUPPORT OF PETITION FOR GUARDIANSHIP
Respondent DOB: {{DATE:09/12/1933}}   Age: {{AGE:91}}
Residence: {{FACILITY:Saint Joseph Manor}}, {{ADDRESS:215 Lowell St}}, {{LOCATION:Peabody}}, {{ZIP:01960}}
Petitioner: {{NAME:Yvette Dubois-Marchand}}, niece, {{ADDRESS:18 Ocean View Terr. Apt 2}}, {{LOCATION:Salem}}
I examined the respondent on {{DATE:02/20/2025}} at the facility. Diagnosis: major neurocognitive disorder, probable mixed Alzheimer's/vascular (F01.B0 / G30.1). MoCA 9/30. He could not state the year, the facility or his own age, and believed his brother {{NAME:Lucien}} (d. 1998) was visiting.
He is unable to manage finances or make informed medical decisions. Less restrictive alternatives: no valid HCP or durable POA exists.
Clinician: {{NAME:Harriet Okafor-Lind}}, MD   NPI {{LICENSE:1578204633}}   MA license {{LICENSE:271844}}
Office: {{ADDRESS:4 Federal St, Ste 300}}, {{LOCATION:Salem}} {{ZIP:01970}}   tel {{PHONE:978-555-0150}} fax {{FAX:978-555-0151}}
Signed under penalties of perjury {{DATE:2/21/2025}}.`,
  `DURABLE POWER OF ATTORNEY - ACKNOWLEDGMENT (scanned, OCR)
I, {{NAME:ELEANOR MAE HUTCHENS}}, of {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Cedar Bluff}}, VA {{ZIP:24609}}, born {{DATE:June 3, 1929}},
SSN {{SSN:228-41-6093}}, hereby appoint my son {{NAME:Wendell Ray Hutchens}}, of {{ADDRESS:77 Old Mill Lane}}, {{LOCATION:Richlands}}, as my attorney-in-fact,
and my daughter {{NAME:Patsy H. Compton}} as alternate. This power shall not be affected by my subsequent disability or incapacity.
Signed this {{DATE:14th day of January, 2019}}.
_____________ {{NAME:Eleanor M. Hutchens}}
Notary: {{NAME:Glenda Sue Mullins}}, Notary Public, reg. no. {{LICENSE:7302219}}, commission exp. {{DATE:12/31/2022}}
---
SW note attached {{DATE:04/22/2025}}: copy received from {{NAME:Wendell}} at bedside, placed in chart for {{FACILITY:Clinch Valley Nursing & Rehab}} resident {{NAME:Hutchens}}, rm 14. Res is {{AGE:95}}, BIMS 11/15, confirms {{NAME:Wendell}} handles her bills. POA does NOT contain health care language; advance directive on file names {{NAME:Patsy}} as health care agent. Clarified with {{NAME:Patsy}} {{PHONE:276-555-0133}}. - {{NAME:K. Lambert}}, SW`,
  `ADULT PROTECTIVE SERVICES - INTAKE (mandated reporter)
APS case # {{ID:APS-2025-118842}}   Received {{DATE:08/19/2025 09:47}}   Intake worker {{NAME:D. Ferreira}}
Alleged victim: {{NAME:Constance "Connie" Albright}}, F, age {{AGE:90}}, DOB {{DATE:3/3/1935}}
Address: {{ADDRESS:1411 Brayton Ave, unit 6}}, {{LOCATION:Fall River}} {{ZIP:02721}}   home phone {{PHONE:508-555-0161}}
Reporter: {{NAME:Jennifer Stoughton}}, RN, home health agency {{FACILITY:Coastline Visiting Nurses}}, {{PHONE:508-555-0199}}
Alleged perpetrator: grandson {{NAME:Kyle Albright}}, 34, lives in home.
Concerns: at visit {{DATE:8/18}} client had bruising to both upper arms in grip pattern, said "{{NAME:Kyle}} gets mad when I ask for my checkbook". Refrigerator nearly empty; bank statements show ATM withdrawals ~$400/wk from her checking acct {{ACCOUNT:004471902238}}. Client missed neurology f/u for Parkinson's (Hoehn & Yahr 3) on {{DATE:8/12}}.
Capacity: oriented x2, MoCA 18 last spring per PCP.
Other contacts: daughter {{NAME:Rhonda Pacheco}} in {{LOCATION:New Bedford}} {{PHONE:774-555-0102}}.
Screening: accepted, priority 24 h; assigned {{NAME:Manny Sousa}}.`,
  `COMPREHENSIVE GERIATRIC ASSESSMENT - {{FACILITY:Prairie Lakes Senior Health Clinic}}
Pt: {{NAME:Anund Bergstrom}}  {{AGE:92}} y/o M   MRN {{MRN:PL-556071}}   visit {{DATE:10/07/2025}}
Accompanied by dtr-in-law {{NAME:Kristi}}. Lives alone in farmhouse {{ADDRESS:31472 County Rd 9}}, {{LOCATION:Fergus Falls}}.
Function: ADLs independent except bathing; IADLs - no longer drives since spring 2024 (family took keys), meals on wheels M-F.
Cognition: Mini-Cog 3/5, SLUMS 21/30 (HS educ). GDS-15: 6.
Mobility: TUG 16 s, Tinetti 19/28. Romberg negative. Mild rest tremor L hand, no cogwheeling.
Nutrition: MNA-SF 10. Vision: cataract R, last eye exam with Dr. {{NAME:Hallvard Moe}} in 2023.
Meds (11): reviewed, stop diphenhydramine (Beers), reduce glipizide.
Social: wife {{NAME:Solveig}} died {{DATE:Feb 2022}}; son {{NAME:Erik}} {{PHONE:218-555-0139}} and {{NAME:Kristi}} check daily.
Plan: PT home safety eval, audiology (hearing aids R {{DEVICE:SN 2219-HA-480157}} not working), f/u 3 mo.
{{NAME:Ingrid Solheim}}, MD, geriatrics`,
  `NEUROLOGY - MOVEMENT DISORDERS CLINIC, {{FACILITY:Kessler-Yoon Neuroscience Institute}}
Patient: {{NAME:Tran Van Minh}} (Mr. {{NAME:Tran}})   DOB {{DATE:05/22/1944}}   MRN {{MRN:KY-2204518}}
Visit {{DATE:9/15/2025}}. Vietnamese interpreter {{NAME:Ngoc Anh}} #{{ID:INT-4471}} by video.
CC: f/u idiopathic Parkinson's disease dx 2016, wearing off.
Accompanied by son {{NAME:Tran Quoc Bao}} ("{{NAME:Bobby}}"), who fills the pillbox.
HPI: off periods ~2 h/day, mostly before 2nd and 4th doses; mild peak-dose dyskinesia. 2 falls since last visit ({{DATE:7/3}}, {{DATE:8/21}}), both turning in the kitchen. Constipation. REM sleep behavior - kicks wife {{NAME:Le Thi Hoa}} at night.
Meds: carbidopa/levodopa 25/100 1.5 tab 5x/day, entacapone 200 mg with each dose, rasagiline 1 mg.
Exam (on, 1 h after dose): MDS-UPDRS III 31, Hoehn and Yahr 3, retropulsion 3 steps on pull test, mild neck dyskinesia, no Babinski. MoCA 24/30.
A/P: PD with motor fluctuations and falls.
- opicapone instead of entacapone? check formulary, plan ID {{HEALTH_PLAN:HUM-H5216-884201}}
- PT LSVT BIG at {{FACILITY:Riverbend Outpatient Rehab}}
- DBS candidacy: refer Dr. {{NAME:Ilse Morgenthaler}}, functional neurosurgery
- fall pendant; melatonin 3 mg for RBD
RTC 3 mo.  {{NAME:Sung-min Yoon}}, MD`,
  `DBS PROGRAMMING NOTE   {{DATE:11-04-2025}}
Pt {{NAME:Gerald "Gerry" Ostrowski}}   MRN {{MRN:3390417}}   81 M
System: bilateral STN DBS placed {{DATE:06/18/2023}} by Dr. {{NAME:Morgenthaler}} at {{FACILITY:Lakeshore University Hospital}}
IPG (rechargeable) serial {{DEVICE:NKT104433H}}; patient programmer {{DEVICE:PPR-00881937}}; leads L {{DEVICE:LD-5521873}} / R {{DEVICE:LD-5521880}}
Impedances in range. Battery 78%.
Settings on arrival: L C+ 2- 2.8 mA 60 us 130 Hz; R C+ 10- 3.1 mA 60 us 130 Hz.
Wife {{NAME:Barbara}} reports softer speech and more freezing in doorways since {{DATE:Oct 10}}.
Changes: L reduced to 2.5 mA; R unchanged. Speech clearer in clinic. UPDRS III on stim/off meds 22 (was 25).
Remote programming set up via {{URL:https://dbs-connect.lakeshoreneuro.example/pt/3390417}}; test session from home IP {{IP:198.51.100.47}} connected ok.
Lives with wife at {{ADDRESS:5120 N Sheridan Rd Apt 14F}}, {{LOCATION:Chicago}} {{ZIP:60640}}; cell {{PHONE:773-555-0145}}.
MRI conditional (full body), card reissued. Next visit {{DATE:12/2/25}}.
{{NAME:Anita Chowdhury}}, NP / attending {{NAME:S. Yoon}}`,
  `MULTIDISCIPLINARY ALS CLINIC   {{DATE:Thursday, July 10, 2025}}
{{NAME:McKENNA, Siobhan}}   71 F   MRN {{MRN:000882734}}   dx ALS (El Escorial definite) {{DATE:01/2024}}
ALSFRS-R 29/48 (was 34 on {{DATE:4/3}}). FVC 58% pred sitting, 49% supine. SNIP -41 cmH2O.
Neuro (Dr. {{NAME:Bashir}}): tongue fasciculations, spastic-flaccid dysarthria, UE 4-/5 proximal, brisk reflexes, Hoffmann +, Babinski equivocal R.
Resp (RT {{NAME:Dominic}}): start nocturnal BiPAP, DME {{FACILITY:Lakeland Home Medical}}; unit serial {{DEVICE:BPX22-0718834}} to be confirmed on delivery.
SLP: coughs on thin liquids -> mildly thick. Voice banking discussed.
Nutrition: wt 52.3 kg, down 6% in 3 mo. PEG discussed; she wants to think. Husband {{NAME:Declan}} supportive.
SW: husband needs FMLA paperwork for his employer {{FACILITY:Ridgeline Freight}}; ALS Association loan closet.
Equipment: power wheelchair, prior auth # {{ID:PA-77120394}} sent to plan, member {{HEALTH_PLAN:BCX884210553}}.
Riluzole 50 BID, edaravone oral - continue.
Best number: {{PHONE:(617) 555-0138}} ({{NAME:Declan}}). Home: {{ADDRESS:12 Tolman St}}, {{LOCATION:Quincy}}.
Next clinic {{DATE:10/9/25}}.   scribe {{NAME:RH}}`,
  `MS Center f/u - {{NAME:Dagny Halvorsen-Price}}, 46F, MRN {{MRN:MS-0019283}}
Date of visit {{DATE:2025-02-11}}
RRMS dx {{DATE:08/2011}} (optic neuritis OD), on ocrelizumab since 2019, last infusion {{DATE:1/14/25}} at {{FACILITY:Cedar Crest Infusion Center}}.
Interval: no relapse. Fatigue, bladder urgency. Works part-time at {{FACILITY:Ames Free Library}}.
Exam: EDSS 3.0 (pyramidal 2, cerebellar 2, sensory 2, bowel/bladder 2). Lhermitte neg, Romberg +. T25FW 6.2 s. 9HPT R 24 s, L 26 s.
MRI brain/C-spine {{DATE:1/28/2025}}: no new T2 or enhancing lesions vs {{DATE:Jan 2024}}.
Labs: IgG 612, CD19 <1%, vit D 34.
Plan: continue Ocrevus q6mo, next {{DATE:7/15/25}}; oxybutynin -> mirabegron (anticholinergic burden); PT for gait.
She asked about her mother {{NAME:Margit Halvorsen}} ({{AGE:94}}, at {{FACILITY:Norlund Lutheran Home}} in {{LOCATION:Story City}}), who "is getting confused" - advised memory eval via her PCP.
Portal msg to pt {{EMAIL:dagnyhp@sealmail.example}}.
{{NAME:Rohan Ghatak}}, MD / MS fellow Dr. {{NAME:Li}}`,
  `ELECTROENCEPHALOGRAM REPORT
Name: {{NAME:ESPINOZA-RUIZ, AURELIO}}    MRN: {{MRN:E4410098}}    Acct: {{ACCOUNT:HA-20938811}}
DOB: {{DATE:12/01/1934}}   Age: {{AGE:90}}   Location: 6 West rm 611
Study: {{DATE:03/19/2025 10:02}}, 31 min, routine, EEG # {{ID:EEG25-0711}}
Referring: Dr. {{NAME:Kavita Reddy}}. Indication: transient confusion and L arm jerking at {{FACILITY:Villa Serena Care Center}}, r/o nonconvulsive status.
Technique: 21 electrodes, international 10-20 system, single-lead EKG. Photic done; HV not done (age/cooperation).
Description: posterior dominant rhythm 7 Hz, poorly reactive. Intermittent 2-3 Hz polymorphic delta over R temporal, occasionally sharply contoured. No epileptiform discharges. No triphasic waves. No electrographic seizures.
Impression: Abnormal EEG: (1) mild diffuse slowing, nonspecific, c/w encephalopathy; (2) focal R temporal slowing, suggesting structural dysfunction (old R MCA infarct 2019 on CT). No evidence of NCSE.
Interpreting physician: {{NAME:Thaddeus Mwangi}}, MD   Tech: {{NAME:C. Oyelaran}}, R. EEG T.
Dictated {{DATE:3/19/25 1412}}, transcribed {{DATE:3/20/25}} /{{NAME:dkp}}
cc: Dr. {{NAME:Reddy}}; {{FACILITY:Villa Serena}} fax {{FAX:(915) 555-0128}}`,
  `EMG / NERVE CONDUCTION STUDY
Patient: {{NAME:Beaulieu, Gilberte}}   DOB {{DATE:7/27/1936}}   MRN {{MRN:0449017}}   Study {{DATE:5/6/2025}}
From {{FACILITY:Maison Sainte-Anne}} (LTC), with daughter {{NAME:Suzanne}}. Referred by Dr. {{NAME:Fontaine}}: bilateral hand numbness, L thumb weakness, drops cups.
NCS:
Nerve            Lat(ms)  Amp      CV(m/s)
L median (APB)   6.8      3.1 mV   44
R median (APB)   5.1      5.9 mV   48
L ulnar (ADM)    3.0      8.2 mV   54
L median sens    NR
R sural sens     NR
F-waves: L median prolonged.
EMG: L APB fibs 2+, large MUAPs, reduced recruitment; FDI and pronator teres normal. No fasciculations.
Bedside: Tinel and Phalen positive L.
Impression: 1. Severe L and moderate R median neuropathy at the wrist (carpal tunnel). 2. Absent sural responses, c/w length-dependent sensory polyneuropathy; B12 pending. No evidence of motor neuron disease.
Electromyographer: {{NAME:Paulo Henrique Barbosa}}, MD, {{FACILITY:Merrimack Valley Neurodiagnostics}}, {{ADDRESS:300 Canal St Suite 7}}, {{LOCATION:Lawrence}} MA {{ZIP:01840}}
Faxed to {{FAX:(978) 555-0172}} on {{DATE:5/6/25}}.`,
  `STROKE CODE TIMELINE - ED, {{FACILITY:Mercy Pines Hospital}}
Pt {{NAME:WALLACE, ALBERTA}}  {{AGE:90}}F  MRN {{MRN:MP00981276}}  DOB {{DATE:04/30/1935}}
From {{FACILITY:Sweetwater Nursing Center}} via {{LOCATION:Coweta County}} EMS Medic 12
LKW {{DATE:10/22/2025 0640}} per CNA {{NAME:Jasmine Toles}} (fed breakfast, talking normally)
0748 found w/ R weakness + aphasia by nurse {{NAME:Mike Stroud}}
0811 ED arrival, stroke alert
0813 neuro at bedside, Dr {{NAME:Elena Vasquez-Ortiz}}
0817 NIHSS 14 (LOC-Q 2, R arm 3, R leg 2, aphasia 2, face 2, dysarthria 1, sensory 1, gaze 1)
0819 glucose 142
0821 CT: no hemorrhage, ASPECTS 9; CTA: L M1 occlusion
0829 wt 61 kg (bed scale), BP 176/92
0834 consent by daughter {{NAME:Loretta Wallace-Given}} by phone {{PHONE:770-555-0167}}, witness RN {{NAME:Oluwaseun A.}}
0838 tenecteplase 15 mg IV push (0.25 mg/kg). Door-to-needle 27 min.
0846 accepted for thrombectomy at {{FACILITY:Peachtree Comprehensive Stroke Center}}, Dr. {{NAME:Hollings}}
0902 wheels up, air run # {{ID:RW-25-10334}}
scribe {{NAME:tk}} / signed {{NAME:E. Vasquez-Ortiz}} {{DATE:10/22/25 09:15}}`,
  `TELEPHONE ENCOUNTER  {{DATE:01/13/2026 16:05}}
Caller: {{NAME:Bev}}, wife of pt {{NAME:Harold "Hal" Lindqvist}} (DOB {{DATE:2/14/1941}}), cb {{PHONE:715-555-0118}}
"He's not himself." Since Sat more agitated in evenings, accused her of hiding the truck keys (truck sold last yr, plates {{VEHICLE:WI 744-RKD}} turned in), tried to walk to his old shop at {{ADDRESS:N4410 US Hwy 53}} at 9 pm in the snow; she found him at the end of the driveway.
No fever she knows of, ?burning with urination, drinking less, not sleeping. Takes donepezil 10 mg + memantine 10 mg BID.
She is exhausted; daughter {{NAME:Kari}} in {{LOCATION:Eau Claire}} helps weekends.
Advised: UA today at {{FACILITY:Chippewa Valley Clinic}} lab, fluids, ID bracelet, knob covers, no new sedatives. MedicAlert wandering enrollment packet mailed to {{ADDRESS:2290 Pine Hollow Dr}}, {{LOCATION:Chippewa Falls}} {{ZIP:54729}}.
Told her about respite at {{FACILITY:Meadowlark Adult Day Center}}.
ER precautions reviewed, routed to Dr. {{NAME:Aslesen}}.
{{NAME:Nancy K.}}, RN
--- addendum {{DATE:1/14/26}}: UA + nitrites, Dr. {{NAME:A.}} sent nitrofurantoin (CrCl 38). {{NAME:Bev}} aware. {{NAME:nk}}`,
  `HOSPICE REFERRAL (faxed {{DATE:09/02/25}} 1430 to {{FACILITY:Compass Hospice of the Valley}}, intake fax {{FAX:559-555-0194}})
From: {{FACILITY:Kingsburg Gardens Post-Acute}}, {{ADDRESS:1100 Sierra St}}, {{LOCATION:Kingsburg}} CA {{ZIP:93631}}  ph {{PHONE:559-555-0190}}
Resident: {{NAME:Haroutunian, Siranoush}}   DOB {{DATE:10/10/1928}}   {{AGE:96}} yo F   Rm 22B
Medicare MBI {{HEALTH_PLAN:2PK8-HV6-TN31}}   Medi-Cal {{HEALTH_PLAN:91883027A}}
Dx: Alzheimer's dementia, FAST 7c; recurrent aspiration pna, 2 admissions in 60 d ({{DATE:7/11-7/16}}, {{DATE:8/20-8/25}}) at {{FACILITY:Valley Saint Luke Medical Center}}.
PPS 30%, bedbound, MAC 21 cm, wt loss 11% in 6 mo, eats <25% of meals, pocketing food.
Goals: son {{NAME:Aram}} (agent under AHCD) wants comfort care, no rehospitalization. Granddaughter {{NAME:Lusine}} {{PHONE:559-555-0107}} arranges visits.
Attending Dr. {{NAME:Nareg Kassabian}} agrees and will be attending of record, NPI {{LICENSE:1093847562}}.
Meds: none crushed except acetaminophen; d/c atorvastatin, d/c donepezil.
Referral by {{NAME:Mercedes Quintero}}, SSD; call back {{PHONE:559-555-0193}}.`,
  `MEDICATION AIDE PASS LOG - {{FACILITY:Hawthorne Commons}} AL, 2nd floor   {{DATE:Fri 08/08/2025}}
Aide: {{NAME:Rosalind Mbeki}}, CMA lic {{LICENSE:MA-0031842}}   shift 0600-1400
0800 {{NAME:ABERNETHY, C.}} 204 - levetiracetam 500, lisinopril 10, vit D: given
0800 {{NAME:Zielinski, Bronislawa}} ("{{NAME:Bronnie}}") 206 - carbidopa/levodopa 25/100 x1: given 0812, late (in shower)
0800 Mr. {{NAME:Oduya}} 207 - refused metformin, "already ate"; nurse {{NAME:Leah}} notified
0900 {{NAME:Delacroix, Yvonne}} 211 - rivastigmine patch 9.5 mg to L upper back, old patch R removed, skin ok
1100 {{NAME:Bronnie Z.}} - C/L dose 2 given
1200 {{NAME:C. Abernethy}} - FSBS 188, no SSI ordered
1315 PRN {{NAME:Oduya, Samuel}} acetaminophen 650 for knee pain 6/10, recheck by next shift
Count: tramadol card #3 ({{NAME:Delacroix}}) 14 -> 14, co-signed {{NAME:R.M.}} / {{NAME:J. Ferrante}}, LPN
Delivery from {{FACILITY:CarePoint LTC Pharmacy}} received 1330; refill request {{ID:RR-5510932}} for {{NAME:Bronnie}}'s entacapone.`,
  `CONSULTANT PHARMACIST MEDICATION REGIMEN REVIEW
Facility: {{FACILITY:Oak Hollow Care & Rehabilitation Center}}   Review month: {{DATE:June 2025}}
Consultant: {{NAME:Miriam Tzadik}}, PharmD, BCGP   pager {{PHONE:6612}}
1) {{NAME:GRABOWSKI, Stanley}}  rm 101A  ({{AGE:93}})
   Haloperidol 0.5 mg q6h PRN agitation - PRN antipsychotic > 14 days without re-eval (F758). Recommend d/c or prescriber evaluation with documented rationale.
   Attending Dr. {{NAME:Ferreira-Lowe}}: [x] agree  [ ] disagree  signed {{DATE:6/12/25}}
2) {{NAME:Vu, Thi Lan}}  rm 104B
   Amitriptyline 25 mg hs for sleep - strong anticholinergic (Beers), MoCA fell 19 -> 15 since {{DATE:2/2025}}. Suggest taper, consider mirtazapine 7.5 mg if appetite also poor.
3) Mrs. {{NAME:Okonjo}}  rm 110
   Phenytoin level 4.8 on {{DATE:5/30}} with albumin 2.6: corrected ~8.7. No seizures since {{DATE:March 2023}}. Ask neuro Dr. {{NAME:Adeyemi}} re switch to levetiracetam (renally dose, CrCl 41).
4) {{NAME:Hernandez, Refugio}} "{{NAME:Cuco}}"  rm 115
   Sliding scale insulin x 9 mo, FSBS 110-160, A1c 6.1. Recommend d/c SSI, FSBS daily.
5) {{NAME:Wilhelmina Shapiro}}  rm 121  ({{AGE:101}})
   Donepezil 10 mg + bradycardia HR 48, two falls. Recommend hold, notify son {{NAME:Leonard}}.
Copies to DON {{NAME:K. Ashworth}} and medical director Dr. {{NAME:Amos Ferreira-Lowe}}.`,
  `NURSING HOME TO HOSPITAL TRANSFER FORM (INTERACT)
Sending: {{FACILITY:Birchwood Terrace Nursing & Rehab}}, {{ADDRESS:66 Hartwell Ave}}, {{LOCATION:Lexington}} {{ZIP:02421}}   unit phone {{PHONE:781-555-0121}}
Receiving: {{FACILITY:Middlesex Saint Agnes Hospital}} ED
Resident: {{NAME:Aldo Ciccarelli}}   DOB {{DATE:02/08/1932}}   Age {{AGE:93}}   Sex M
Medicare {{HEALTH_PLAN:5NW3-YT2-QA17}}   Supplement: AARP {{HEALTH_PLAN:0049172831}}
Transfer {{DATE:12/28/2025 21:15}} by {{FACILITY:Pro EMS}} ambulance
Reason: fever 101.6, SpO2 86% RA -> 92% 3L, RR 28, new confusion (baseline: oriented to self, knows wife).
Code status: DNR/DNI, hospital treatment ok, no ICU. MOLST copy sent.
HCP: wife {{NAME:Carmela}} (also resident here, rm 33) and son {{NAME:Paul Ciccarelli}} {{PHONE:617-555-0186}}.
Dx: vascular dementia, AFib on apixaban, CHF EF 35%, BPH w/ chronic Foley.
Allergies: PCN (rash), sulfa.
Belongings: hearing aids (L/R), upper denture, glasses; wander-guard removed ({{DEVICE:WGD-2207-3341}}) and kept at desk.
Clinician sending: {{NAME:Shauna Tiernan}}, RN; MD notified Dr. {{NAME:Goldfarb}} at 2050.
Report called to ED RN {{NAME:Marcus}} 2110. Bed hold notice given to son.`,
  `RESIDENT COUNCIL MINUTES   {{DATE:Tuesday, April 15, 2025}}  2:00 pm, {{FACILITY:Fairbanks Room}}
{{FACILITY:Lakeview Pointe Senior Living}}
President: Mrs. {{NAME:Doris Kettleman}} ("{{NAME:Dot}}")   Secretary: Mr. {{NAME:Elmer Stout}}
Present: 19 residents; staff liaison {{NAME:Tameka Boone}} (activities). Admin {{NAME:Greg Paulsen}} joined at 2:30.
Old business: dining - soup too salty (dietary mgr Chef {{NAME:Luis}} says low-sodium base ordered). Shopping van to {{LOCATION:Brainerd}} now every other Thursday.
New business:
- Mr. {{NAME:Alvin Yost}} (rm 214) says call lights on 2nd floor take 20+ min at night. Admin will audit call light logs.
- {{NAME:Ruth}} from 3rd floor asked for Catholic Mass again; Father {{NAME:Tomasz Wierzbicki}} of {{FACILITY:St. Hedwig Parish}} can come 1st Sunday.
- Laundry lost Mrs. {{NAME:Pruitt}}'s blue cardigan (labelled).
- Birthday party: {{NAME:Viola Hanrahan}} turns {{AGE:100}} on {{DATE:May 2}}! Family coming from {{LOCATION:Duluth}}.
Grievances forwarded to {{NAME:G. Paulsen}} per F565. Next meeting {{DATE:5/20/25}}.
Minutes taken by {{NAME:E. Stout}}, read back and approved.`,
  `STATEMENT OF DEFICIENCIES AND PLAN OF CORRECTION (CMS-2567) - excerpt
Provider: {{FACILITY:Greystone Manor Healthcare Center}}   Survey event ID {{ID:Q7LK11}}
Survey completed {{DATE:09/26/2025}}
F689 Free of Accident Hazards/Supervision/Devices - Scope/Severity G
Based on observation, interview and record review, the facility failed to provide adequate supervision to prevent falls for 1 of 4 residents reviewed (R12).
R12 (identified on confidential key as {{NAME:Wilma J. Treadaway}}) was a {{AGE:92}} year old admitted {{DATE:3/14/2025}} with Alzheimer's disease, Morse Fall Scale 85.
Record review of nurse note dated {{DATE:8/30/25 at 2:10 AM}} revealed R12 was found on the floor of her room with a laceration to the forehead and was transferred to {{FACILITY:Tri-County Regional}}, where she received 6 sutures.
Interview on {{DATE:9/24/25 at 10:40 AM}} with CNA {{NAME:V. Okereke}} (Staff F) revealed the bed alarm "had been turned off because it kept going off."
Interview with the DON, {{NAME:Carol Baptiste}}, on {{DATE:9/25/25}} confirmed the care plan required a functioning bed alarm.
Complaint # {{ID:TX00391177}} substantiated.
Surveyor: {{NAME:Jorge Villalobos}}, RN, HFSS, surveyor ID {{ID:4471}}`,
  `DEATH NOTE - {{FACILITY:Maplecrest Nursing Home}}, {{FACILITY:Whitfield Hall}}
Called to bedside rm 7 at 0322 by CNA {{NAME:Priscilla}}. Resident Mrs. {{NAME:Hazel Lorraine Dunnigan}}, {{AGE:98}} yo, on hospice with {{FACILITY:Good Shepherd Hospice}} since {{DATE:11/3/25}} for end-stage dementia.
No respirations, no apical pulse x 1 full minute, pupils fixed and dilated, no response to verbal or tactile stimuli.
Time of death pronounced {{DATE:12/09/2025 03:31}} by {{NAME:Ruth Amankwah}}, RN (pronouncement per hospice and facility policy).
Hospice RN {{NAME:Travis}} notified 0335 ({{PHONE:606-555-0159}}), will come for visit.
Attending Dr. {{NAME:Kenji Moriyama}} notified 0340, will sign certificate.
Family: daughter {{NAME:Loretta Sue}} (HCP) called at 0345 {{PHONE:606-555-0114}}, was expecting the call, will come with her brother {{NAME:Buddy}} from {{LOCATION:Hazard}}. Requested that rosary stay with her.
Funeral home per pre-arrangement: {{FACILITY:Combs & Sizemore Funeral Home}}, contacted 0415, removal after family visit.
Post-mortem care done. Belongings inventoried with CNA; wedding ring taped, given to family.
MRN {{MRN:MC-10438}}`,
  `PHONE CALL - FUNERAL HOME   {{DATE:12/09/25}} 0815
Caller {{NAME:Dwight Sizemore}}, funeral director, {{FACILITY:Combs & Sizemore Funeral Home}}, {{ADDRESS:412 Main St}}, {{LOCATION:Hindman}} KY {{ZIP:41822}}, ph {{PHONE:606-555-0170}}, fax {{FAX:606-555-0171}}
Re: decedent {{NAME:Hazel L. Dunnigan}}, DOB {{DATE:3/1/1927}}, DOD {{DATE:12/9/2025}}.
Needs for death certificate: SSN (gave from face sheet: {{SSN:401-28-7736}}), father's name {{NAME:Elias Combs}}, mother's maiden name {{NAME:Ollie Pratt}}, place of birth {{LOCATION:Knott County}}, usual occupation "homemaker / school cook at {{FACILITY:Carr Creek Elementary}}".
Attending physician for cert: Dr. {{NAME:Moriyama}}, who will e-sign through the state EDRS; FH case # {{ID:CSF-25-318}}.
Removal done 0700 by {{NAME:Dwight}} and {{NAME:Joey}}. Family chose burial at {{FACILITY:Dunnigan Family Cemetery}}, {{ADDRESS:Ball Creek Rd}}.
Told him medications (incl. morphine 20 mg/mL, 14 mL) destroyed per hospice policy with 2 witnesses.
Took call: {{NAME:Amy Jo Caudill}}, ward clerk`,
  `EPILEPSY CLINIC - VNS CHECK   {{DATE:Aug 19, 2025}}
{{NAME:Bartholomew Ncube}}, 34M, MRN {{MRN:2290117}}, lives in a group home ({{FACILITY:Holloway House}}, {{ADDRESS:88 Prospect Ave}}, {{LOCATION:Hartford}}) with staff {{NAME:Marisol}} present.
Dx: Lennox-Gastaut syndrome, intellectual disability. Sz diary (staff): drop attacks 6/mo (was 14/mo before VNS), GTC 1 on {{DATE:7/28}}.
VNS generator model 1000, serial {{DEVICE:73114}}; implanted {{DATE:3/2022}} at {{FACILITY:Farmington Valley Children's Hospital}}
Interrogation: lead impedance OK (2,840 ohms), battery IFI = NO.
Settings: output 2.0 mA, 30 Hz, 250 us, 30 s on / 5 min off; magnet 2.25 mA. AutoStim 2.125 mA, threshold 40%.
Changed: output 2.0 -> 2.25 mA. Tolerated, mild hoarseness.
Meds: clobazam 10 BID, rufinamide 800 BID, valproate 750 BID (level 78).
Guardian: mother {{NAME:Nomvula Ncube}} {{PHONE:860-555-0124}}, consent on file, guardianship letters from {{FACILITY:Hartford Probate Court}} docket {{ID:HFD-PR-19-0042}}.
Rescue: midazolam nasal 5 mg.
{{NAME:Isabel Cardenas}}, APRN / Dr. {{NAME:Whitlock}}`,
  `secure chat - memory care nurses  {{DATE:2/3/26}}
[1905] {{NAME:marcy}}: heads up mr {{NAME:bellweather}} in 14 hasnt voided since 0900, bladder scan 640
[1906] {{NAME:Jules}}: straight cath order? or call Dr {{NAME:P}}
[1907] {{NAME:marcy}}: paged {{NAME:Patel}} x{{PHONE:3391}}. also {{NAME:Gus}} (rm 9) keeps taking {{NAME:Opal}}s walker lol, she fell asleep in the lobby chair
[1915] {{NAME:Jules}}: Dr {{NAME:P}} ok'd cath, got 700 clear yellow. UA sent w/ {{FACILITY:Northstar Diagnostics}} courier
[1932] {{NAME:marcy}}: ty. fyi daughter {{NAME:Trish Bellweather}} wants call back tonight {{PHONE:419-555-0140}}, she's upset, says last UTI he ended up at {{FACILITY:St V's}}
[1940] {{NAME:Jules}}: will call. {{NAME:Opal Yoder}} is {{AGE:ninety-five}} and sharp as a tack btw she told me the walker is hers by the name tag lol
[2004] {{NAME:marcy}}: wanderguard on {{NAME:Gus}} chirping, serial {{DEVICE:WG 55-0914410}}. battery swap tmrw
[2011] {{NAME:Jules}}: k. night shift = {{NAME:Dena}} + {{NAME:Ibrahim}}`,
  `DISCHARGE SUMMARY - hospital to SNF
{{FACILITY:Providence Harbor Medical Center}}   Admit {{DATE:11/02/2025}}   Discharge {{DATE:11/08/2025}}
Patient: {{NAME:Fernanda Albuquerque da Silva}}   87 F   MRN {{MRN:PH-7730925}}   CSN {{ACCOUNT:400198225531}}
To: {{FACILITY:Seaview Post-Acute}}, {{ADDRESS:250 Ocean Blvd}}, {{LOCATION:Fall River}}, short-term rehab. Report called to {{NAME:Deolinda}}, RN, {{PHONE:508-555-0111}}.
Course: wake-up stroke with acute L hemiparesis, NIHSS 8, LKW {{DATE:11/1}} 2300, outside lytic window. MRI: acute R internal capsule infarct. CTA no LVO. Echo EF 60%, no thrombus. 30-day event monitor placed, serial {{DEVICE:CM-3318806}}, mail back by {{DATE:12/8}}.
Secondary prevention: aspirin 81 + clopidogrel 75 x 21 d, then clopidogrel alone; atorvastatin 80.
Swallow: passed bedside screen, regular diet, thin liquids.
Language: Portuguese (Azorean), interpreter needed; son {{NAME:Jose Carlos da Silva}} ({{PHONE:774-555-0181}}) prefers calls in English.
F/u: stroke neurology Dr. {{NAME:Nkemelu}} in 4 wk at {{FACILITY:Harbor Neurology Associates}} ({{PHONE:508-555-0115}}); PCP Dr. {{NAME:Aurelia Ramos}}.
PT: min A transfers, gait 40 ft RW. OT: L neglect mild.
Discharging: {{NAME:Benedict Osei}}, MD, hospitalist, {{DATE:11/8/2025 13:40}}`,
  `INCIDENT REPORT - RESIDENT TO RESIDENT   # {{ID:INC-0925-044}}
{{FACILITY:Saint Clare Living Center}}, Memory Care (Household 2)
Date {{DATE:9/25/2025}} approx 1730, dining room
Resident A: {{NAME:Lemuel "Lem" Haskins}}, rm 207, {{AGE:90}}yo, vascular dementia, hx verbal aggression
Resident B: {{NAME:Agnieszka Wróbel}}, rm 211, 84yo, Alzheimer's
What happened: CNA {{NAME:Destiny Harrell}} heard shouting; Mr. {{NAME:Haskins}} grabbed Mrs. {{NAME:Wrobel}}'s L wrist when she took his dinner roll. Staff separated them within ~10 s.
Injury: Res B 2 cm red mark L wrist, no skin tear, ROM full. Res A none.
Notified: administrator {{NAME:Todd Kirkegaard}} 1745; DON; Dr. {{NAME:Oyelowo}}; state agency online report {{DATE:9/25/25 19:02}}, ref {{ID:SR-2025-77301}}. Families: {{NAME:Lem}}'s son {{NAME:Virgil}} {{PHONE:405-555-0135}}; Mrs. {{NAME:W}}'s daughter {{NAME:Kasia Nowak}} {{PHONE:405-555-0178}}.
Interventions: separate tables, {{NAME:Lem}} served first, UA for {{NAME:Lem}}, psych referral to {{FACILITY:Red Earth Geriatric Psychiatry}}.
Care plans updated {{DATE:9/26}}.
Completed by {{NAME:D. Harrell}}, CNA / {{NAME:Faith Okoye}}, RN charge`,
  `NEUROPSYCHOLOGICAL EVALUATION - SUMMARY
Examinee: {{NAME:Cornelius Van der Berg}} ("{{NAME:Neil}}")   DOB {{DATE:08/14/1946}}   Testing {{DATE:6/3/2025}} and {{DATE:6/5/2025}}
Referral: Dr. {{NAME:Yasmin Haddad}}, cognitive neurology, {{FACILITY:Brightwater Memory Clinic}}
Background: retired civil engineer (31 yrs at {{FACILITY:Hoffmeyer & Blatt Engineering}}), 18 yrs education. Wife {{NAME:Marijke}} reports he got lost driving to their daughter's in {{LOCATION:Grand Rapids}}; repeated questions since about 2023.
Results: MoCA 21/30. WTAR 112 (premorbid high average). RBANS total 74. CVLT-3 long-delay free recall 2/16 with poor recognition. BNT 48/60. Animals 11. Trails A 52 s, B 186 s. Clock 2/3. GDS 3/15.
Impression: amnestic multidomain MCI vs mild dementia; profile c/w Alzheimer's disease, not typical of Lewy body or bvFTD.
Recommendations: amyloid PET or CSF biomarkers; no driving pending on-road eval at {{FACILITY:Sutherland Driver Rehab Program}}; wife to take over bill paying; f/u with Dr. {{NAME:Haddad}} {{DATE:7/1/25}}.
Examiner: {{NAME:Rebecca Lunde-Okafor}}, PhD, ABPP-CN   psychometrist {{NAME:T. Grieve}}
Sent to {{EMAIL:referrals@brightwatermemory.example}}`,
  `EMU DISCHARGE   {{DATE:4MAR25}}
{{NAME:OYELARAN-SMITH, Beatrice}}  78F  MRN {{MRN:0081122734}}
Admitted {{DATE:2/27/2025}} for spell characterization: staring, lip smacking, "deja vu" 1-2x/wk x 6 mo; husband {{NAME:Winston}} thought they were TIAs.
Video-EEG 5 days, ASM tapered: 3 typical events captured {{DATE:3/1}} 0412, {{DATE:3/2}} 1530, {{DATE:3/3}} 0905 - L temporal rhythmic theta onset, evolving; postictal aphasia ~4 min. Interictal L anterior temporal sharp waves (F7/T3). Study # {{ID:LTM25-0227}}.
MRI 3T epilepsy protocol: subtle L hippocampal sclerosis; microvascular change.
Dx: focal impaired awareness seizures, L temporal onset.
Plan: lacosamide 100 mg BID (no enzyme inducers; on warfarin). No driving x 6 mo per state law; DMV medical report submitted, DL {{LICENSE:S530-4721-8813}}. No tub baths alone.
F/u Dr. {{NAME:Mwangi}} in 6 wk; epilepsy clinic {{PHONE:915-555-0163}}.
Home: {{ADDRESS:7703 Desert Willow Ln}}, {{LOCATION:El Paso}} {{ZIP:79912}}. Husband cell {{PHONE:915-555-0148}}.
d/c by {{NAME:Gabriela Ontiveros}}, MD {{DATE:03/04/2025 11:20}}`,
  `stroke clinic f/u {{DATE:1/22/26}}
{{NAME:jose luis arredondo}} 74m mrn {{MRN:44109873}}
L MCA ischemic stroke {{DATE:10/30/25}} s/p tnk + thrombectomy TICI 2b at {{FACILITY:St Raphael}}.
now mRS 2, NIHSS 2 (mild R face, R pronator drift). aphasia mostly resolved, some word finding.
home w/ wife {{NAME:Lupita}} + grandkids in {{LOCATION:Pharr}}. outpt speech at {{FACILITY:Valle Rehab}} 2x/wk.
meds asa 81 -> stopped, apixaban 5 bid (afib found on loop recorder), atorva 80.
ILR serial {{DEVICE:RLA804417S}} transmitting ok, last transmission {{DATE:1/20}}.
ldl 58, a1c 6.8, bp 128/76.
asks re driving - not yet, reeval at 3 mo. retired from {{FACILITY:Rio Grande Citrus Co-op}}, wants to go back to church choir at {{FACILITY:San Martin de Porres}}.
daughter {{NAME:Marisela}} interprets, ph {{PHONE:956-555-0123}}.
rtc 3 mo. -{{NAME:jvo}} / Dr {{NAME:Vasquez-Ortiz}}`,
  `{{FACILITY:Cedar Ridge Geriatrics}}
{{ADDRESS:1200 W Main St, Suite 210}}
{{LOCATION:Bozeman}}, MT {{ZIP:59715}}
{{DATE:October 6, 2025}}
Medical Review Unit, Motor Vehicle Division
RE: {{NAME:Thelma Rasmussen-Hauge}}   DOB {{DATE:01/19/1935}}   MT DL {{LICENSE:0193517HAUGE}}
Vehicle: 2009 Buick Lucerne, plate {{VEHICLE:16-4471B}}, VIN {{VEHICLE:1G4HD57209U118334}}
Dear Medical Review Unit,
I am the primary physician of Mrs. {{NAME:Rasmussen-Hauge}}, age {{AGE:90}}. She has moderate dementia of the Alzheimer type (MoCA 14/30 on {{DATE:9/29/2025}}, unable to complete Trails B) and a homonymous hemianopia after a stroke. On {{DATE:9/14}} a deputy found her near {{LOCATION:Livingston}}, 60 miles from home, unable to say where she was going.
In my opinion she is not safe to drive. Her son {{NAME:Anders Hauge}} ({{PHONE:406-555-0152}}) has the keys and agrees.
Sincerely,
{{NAME:Marguerite Ochoa}}, MD   NPI {{LICENSE:1841209773}}
cc: chart {{MRN:CRG-20771}}`,
  `TELENEUROLOGY VISIT (video)   {{DATE:2025-06-30 14:00}}
Pt located at {{FACILITY:Shady Oaks Skilled Nursing}}, {{LOCATION:Wahpeton}} ND, nurse {{NAME:Britt Larsgaard}} at bedside
Provider at {{FACILITY:Red River Neurology}}, {{LOCATION:Fargo}}
Link {{URL:https://visit.rrneuro-tele.example/room/8841-jkq}}; facility endpoint IP {{IP:203.0.113.58}}; audio dropped x2.
Pt: {{NAME:Lorentz, Augustin P.}}   DOB {{DATE:3/8/1931}} ({{AGE:94}})   MRN {{MRN:RRN-114093}}
Reason: new tremor and falls on the unit since {{DATE:5/2025}}.
Meds: metoclopramide 10 mg TID since {{DATE:4/11/25}} for gastroparesis, sertraline 50, amlodipine 5.
Video exam: hypomimia, bilateral rest tremor R>L, slow finger taps, rigidity per RN, shuffling gait with walker; Myerson sign present.
Impression: drug-induced parkinsonism (metoclopramide) more likely than idiopathic PD.
Plan: stop metoclopramide, reassess 6-8 wk; DaTscan if it persists. Fall precautions. Spoke w/ niece {{NAME:Helga}} {{PHONE:701-555-0166}}.
{{NAME:Prakash Venkataraman}}, MD`,
  `HOME VISIT - ALS   {{DATE:Oct 2 2025}}
{{NAME:Siobhan McKenna}} at home ({{ADDRESS:12 Tolman St}}, {{LOCATION:Quincy}}) with husband {{NAME:Declan}} and sister {{NAME:Aoife}}, over from {{LOCATION:Galway}}.
ALSFRS-R 24. PEG placed {{DATE:8/27/25}} at {{FACILITY:Boston Harborview Hospital}}, 20 Fr, site clean.
BiPAP serial {{DEVICE:BPX22-0718834}}: 7.2 h/night, AHI 3.1, leak ok. IPAP 12 / EPAP 6.
Cough assist serial {{DEVICE:CA-1190-55830}} delivered {{DATE:9/30}}.
Eye-gaze SGD serial {{DEVICE:TD-I16-2204981}}, voice bank loaded.
Power chair arrived; ramp built by men's group from {{FACILITY:St. Ann's Parish}}.
Mood tearful, PHQ-9 12. Talked about hospice eventually; husband not ready.
Meds: riluzole via PEG, glycopyrrolate for sialorrhea, baclofen 10 TID.
Next clinic {{DATE:10/9}}; left info from {{FACILITY:South Shore Hospice}}.
RN {{NAME:Colm Fitzgerald}}, {{FACILITY:Bay State ALS Home Care}} ({{PHONE:617-555-0157}})`,
  `WANDER MANAGEMENT - TRANSMITTER CHECK   {{FACILITY:Rosewood Gardens}} Memory Care   {{DATE:08/2025}}
Checked by {{NAME:Antoine Baptiste}} (maint) & {{NAME:Rhea S.}} (RN), tester unit #3
Rm   Resident                Transmitter SN    Batt   Result
101  {{NAME:ADAMCZYK, Jan}}          {{DEVICE:TX-0048821}}       88%    pass
103  {{NAME:BELLAMY, Ora}}           {{DEVICE:TX-0049177}}       71%    pass
104  {{NAME:CHO, Min-ja}}            {{DEVICE:TX-0047302}}       9%     REPLACED -> {{DEVICE:TX-0051460}}
107  {{NAME:DEVEREAUX, Lucille}}     {{DEVICE:TX-0048833}}       80%    pass
108  {{NAME:EASTWOOD, Homer}}        {{DEVICE:TX-0049012}}       64%    fail at door 2, reseated, pass
112  {{NAME:FIGUEROA, Consuelo}}     {{DEVICE:TX-0050118}}       93%    pass
115  {{NAME:GUNDERSON, Pearl}}       removed {{DATE:8/14}}, d/c to {{FACILITY:Bethany Lutheran Hospice House}}
Door panels front, patio, service: alarm at 6 ft, all ok.
Mrs. {{NAME:Cho}}'s daughter {{NAME:Eun-hee}} asked for the bracelet on L ankle (skin tear on wrist) - done.
Signed {{NAME:A. Baptiste}} {{DATE:8/29/25}}`,
  `BUSINESS OFFICE NOTE - {{FACILITY:Heritage Pines Nursing Center}}   {{DATE:07/21/2025}}
Resident: {{NAME:Mabry, Odessa}}   acct {{ACCOUNT:HP-004417-02}}   resident trust acct {{ACCOUNT:RTF-88310}}
Payer: Medicare A days 1-20 ended {{DATE:6/30/25}}; coinsurance days 21-34; now private pay pending Medicaid.
Medicaid application filed {{DATE:6/2/25}}, case # {{ID:MS-DHS-2025-0667193}}, caseworker Ms. {{NAME:Latrice Odom}} {{PHONE:601-555-0127}}.
Missing per agency letter: 60 months of statements for checking {{ACCOUNT:5520018837}}; cash value of life insurance policy {{ACCOUNT:POL-77420196}}.
Irrevocable burial contract with {{FACILITY:Peoples Funeral Home of Hattiesburg}} ($8,900) - copy received.
SSN {{SSN:587-30-1142}} verified against card; Medicare {{HEALTH_PLAN:9DQ4-MM7-UJ62}}.
Daughter/POA {{NAME:Bernice Mabry-Teague}}, {{ADDRESS:4410 Hardy St}}, {{LOCATION:Hattiesburg}} MS {{ZIP:39401}}, {{EMAIL:bmteague61@pinemail.example}}.
Balance $14,220.35 through {{DATE:7/31}}; payment plan discussed, she will bring statements {{DATE:Fri 7/25}}.
{{NAME:Corinne Pettway}}, Business Office Manager`,
  `GRIEVANCE / MISSING PROPERTY   # {{ID:GR-25-031}}
Resident {{NAME:Irving Goldblatt}}   rm 312, 3 North   {{AGE:97}} y.o.
Reported by son {{NAME:Marty Goldblatt}} ({{PHONE:(954) 555-0173}}) on {{DATE:Mon 2/10/2025}}: both hearing aids missing since the weekend.
Items: behind-the-ear, beige, R serial {{DEVICE:1829AX0471}}, L serial {{DEVICE:1829AX0488}}, bought {{DATE:Jan 2023}} at {{FACILITY:Coral Springs Hearing Center}}.
Admission inventory ({{DATE:9/12/2024}}) lists both; photo of items on file {{PHOTO:INV_312_GOLDBLATT_0912.jpg}}.
Search: room, laundry, linen carts, dining - not found. CNA {{NAME:Yolette Pierre-Louis}} recalls putting them in the case on the nightstand {{DATE:2/8}} at hs.
Resolution: facility replaces per policy; audiology with Dr. {{NAME:Shira Feld}}, AuD, {{DATE:2/19}}.
Son also asked about a watch not on inventory; told to file separately.
Grievance official {{NAME:Manuel Echevarría}}; resolution letter mailed to {{ADDRESS:1880 NE 14th Ave, Apt 503}}, {{LOCATION:Fort Lauderdale}} {{ZIP:33305}}.`,
  `eMAR / MED ROOM ACCESS AUDIT - {{FACILITY:Sandpiper Bay Health Center}}   exported {{DATE:2025-11-18 06:00}}
when               staff                 role  enrolment id      cab  resident           item
{{DATE:11/17/25 21:14}}     {{NAME:Okafor, Chinedu}}       LPN   fp {{BIOMETRIC:FP-002114}}      A    {{NAME:Lindgren, Ada}}      oxycodone 5 mg x1
{{DATE:11/17/25 23:40}}     {{NAME:Okafor, Chinedu}}       LPN   fp {{BIOMETRIC:FP-002114}}      A    {{NAME:Paz, Ramiro}}        lorazepam 0.5 mg x1
{{DATE:11/18/25 02:05}}     {{NAME:Stiles, Brenda}}        CMA   fp {{BIOMETRIC:FP-003390}}      A    OVERRIDE           no order selected
{{DATE:11/18/25 02:06}}     {{NAME:Stiles, Brenda}}        CMA   fp {{BIOMETRIC:FP-003390}}      A    {{NAME:Lindgren, Ada}}      oxycodone 5 mg x1
{{DATE:11/18/25 05:30}}     {{NAME:Mensah, Kofi}}          RN    palm {{BIOMETRIC:PV-7781-22}}   B    count              correct
Flags: override by CMA without RN co-sign; Ms. {{NAME:Lindgren}} got 2 doses 5 h apart (order q6h PRN).
Referred to DON {{NAME:Hollis Vane}}; employee {{ID:E-40918}} removed from schedule pending review; pharmacy {{FACILITY:Gulfside Institutional Pharmacy}} notified.`,
  `LONG-TERM CARE OMBUDSMAN - COMPLAINT RECORD
Case {{ID:OMB-25-00917}}   opened {{DATE:May 27, 2025}}   ombudsman {{NAME:Graciela Fuentes-Hart}}, {{PHONE:520-555-0144}}
Facility: {{FACILITY:Desert Bloom Assisted Living}}, {{ADDRESS:3350 E Speedway Blvd}}, {{LOCATION:Tucson}} {{ZIP:85716}}
Resident: Mr. {{NAME:Ignatius "Iggy" Bowerman}}, {{AGE:93}}, apt 118, retired machinist
Complainant: resident himself, with consent; also neighbor resident {{NAME:Frances Yazzie}} (apt 120).
Complaint: 30-day involuntary discharge notice dated {{DATE:5/20/25}} citing "needs exceed level of care" after two falls; resident wants to stay. No appeal rights listed. Also says aide {{NAME:Kyla}} "yells at me when I use the call button at night".
Actions: met resident {{DATE:5/29}}; reviewed notice; called ED {{NAME:Brent Callahan}}, who agreed to a care conference. Referred the allegation to APS ({{ID:APS-AZ-25-31880}}) and licensing.
Nephew {{NAME:Dale Bowerman}} (POA, lives in {{LOCATION:Prescott}}) {{EMAIL:dbowerman.az@quailnet.example}} informed.
Status {{DATE:6/12/25}}: notice rescinded, PT started, night call-light audit. Closed - resolved to resident's satisfaction.`,
  `MOLST REVIEW - annual / change in condition
Resident: {{NAME:Szymanski, Teofila}} ("{{NAME:Teddy}}")   DOB {{DATE:02/29/1932}}   rm 9, {{FACILITY:Kowalczyk Pavilion}}
{{FACILITY:Our Lady of Czestochowa Home}}, {{LOCATION:Erie}}
Date of review: {{DATE:1/16/2025}}
Participants: resident (BIMS 13/15, able to participate), granddaughter {{NAME:Joanna Szymanski-Reid}} (agent under HCP, by phone {{PHONE:814-555-0175}}), Sister {{NAME:Bernadette}} (pastoral care), Dr. {{NAME:Mariusz Kaczmarek}}.
Section A: DNR (unchanged).
Section B: limited interventions - may transfer to hospital, no ICU, no intubation.
Section C: no feeding tube; trial of IV fluids ok.
Resident said, in Polish and then English: "I am {{AGE:ninety-two}}, I had a good life, no machines." Granddaughter agrees.
Prior MOLST from {{DATE:12/2023}} superseded; new form signed {{DATE:01/16/2025 10:40}}, copy to {{FACILITY:Lakeside Erie General}} by fax {{FAX:814-555-0188}} and to family.
Documented by {{NAME:Halina Nowicki}}, RN, MDS coordinator`,
  `HOSPICE IDT NOTE   {{DATE:11/19/2025}}   {{FACILITY:Willow Creek Hospice}}
Pt: {{NAME:Cyrus Abernathy-Pole}}, {{AGE:92}}M (turned {{AGE:92}} on {{DATE:11/15}})   hospice ID {{MRN:WCH-25-4410}}
Location: {{FACILITY:Brightwood Manor}} NH, rm 116; attending of record Dr. {{NAME:Lillian Oyaga}}
Dx: Parkinson's disease with dementia, dysphagia.
RN CM {{NAME:Kelsey Dunmore}}: PPS 30 -> 20%, sleeps 20 h/day, sips only, mottling of knees since {{DATE:11/17}}. Pain controlled with morphine oral soln 5 mg q2h prn (3 doses/24 h). Terminal secretions: glycopyrrolate started.
SW {{NAME:Jamal Ruffin}}: wife {{NAME:Estelle}} ({{AGE:90}}, in AL at {{FACILITY:Cobblestone Court}}) visits daily by van; daughter {{NAME:Renee}} arriving from {{LOCATION:Richmond}} {{DATE:Thurs 11/20}}.
Chaplain Rev. {{NAME:Obadiah Greer}}: Baptist, requested hymns; pastor from {{FACILITY:Zion Hill Baptist Church}} visited.
Aide {{NAME:Marisol}}: baths 3x/wk -> daily.
Plan: routine level of care; continuous care if symptoms escalate. Vigil volunteers scheduled.
Medical director Dr. {{NAME:Ahmed Qureshi}}; note by {{NAME:KD}}`,
  `VOICEMAIL TRANSCRIPTION - memory clinic line   received {{DATE:03/11/2025 07:52}}
from {{PHONE:(216) 555-0197}}
"Hi, this is {{NAME:Loretta}}, {{NAME:Loretta Kuchar}}, I'm calling about my mother {{NAME:Agnes Kuchar}}, {{NAME:K-U-C-H-A-R}}, her birthday is {{DATE:July 9th 1934}}. She sees Doctor {{NAME:Abernathy}}. She's been up all night three nights now, she thinks there's children in the house and she keeps setting places at the table for them. She's on the Exelon patch and the, um, the quetiapine? The little one. My brother {{NAME:Stevie}} says just give her more but I don't want to do that without asking. Also the pharmacy, {{FACILITY:Marcy's Family Pharmacy}} on {{ADDRESS:Lorain Ave}}, said the prior auth ran out. Her Medicare number is, hang on, {{HEALTH_PLAN:3JM6 EW1 RK40}}. You can call me back at this number or my work {{PHONE:216-555-0108}}, I'm at the {{FACILITY:Parma school district office}} till four. Thank you. Oh and she's {{AGE:ninety}}, I don't know if that matters."
--- triaged by {{NAME:R. Okonkwo-Bell}}, RN {{DATE:3/11/25 0830}}: visual hallucinations, ?Lewy body vs delirium. Call back placed, UA ordered, appt {{DATE:3/12}} w/ Dr. {{NAME:A.}}. Message to PA team re PA.`,
  `NEURO ICU TRANSFER NOTE   {{DATE:07/04/2025 02:35}}
{{NAME:HALVERSON, WENDELL O.}}  MRN {{MRN:RM-3317045}}  DOB {{DATE:12/12/1930}}  {{AGE:94}}M
From: {{FACILITY:Pine Ridge Care Center}} via ED at {{FACILITY:Rapid Mercy Medical Center}}.
Found on floor next to bed by aide {{NAME:Cheyenne}} at 2310, GCS 12, R hemiparesis. On warfarin for mechanical AVR, INR 3.8.
CT: 32 mL L basal ganglia ICH with IVH, no hydrocephalus yet. ICH score 3.
Reversal: 4F-PCC 50 u/kg and vit K 10 mg IV given 0110; repeat INR 1.3. SBP goal <140 on nicardipine.
GOC: HCP wife {{NAME:Lorraine Halverson}} ({{PHONE:605-555-0104}}) + son {{NAME:Nils}} on speaker. DNR confirmed, no EVD, no surgery; ok to continue ICU care for 24-48 h, then reassess. Chaplain paged.
NIHSS 19. Pupils 3 mm reactive. L gaze preference. Babinski R.
Neurosurgery Dr. {{NAME:Boaz Lindqvist}} reviewed: nonoperative.
Nursing home contact for belongings: {{NAME:Shelly}} {{PHONE:605-555-0130}}.
{{NAME:Aditi Banerjee}}, MD, neurocritical care`,
  `MEMORY CARE CENSUS - {{FACILITY:Larkspur Hall}}   {{DATE:Sat 10/4/25}}   night -> day
rm  resident                       age  code   notes
1   {{NAME:ACHTERBERG, Wilhelmus}}        87   DNR    FAST 6, sundowns, wander-guard
2   {{NAME:BOATENG, Comfort}}             {{AGE:91}}   FULL   new adm {{DATE:10/1}}, son {{NAME:Kwabena}} calls nightly
3   {{NAME:CALLOWAY, June}}               82   DNR    on hospice ({{FACILITY:Heartland Valley Hospice}}), comfort
4   {{NAME:DeLUCA, Salvatore}}            {{AGE:99}}   DNR    pureed diet, aspiration precautions
5   {{NAME:ESCALANTE, Maria de Jesus}}    86   DNR    Spanish only, dtr {{NAME:Chuy}} visits am
6   {{NAME:FINNEGAN, Bridget}}            {{AGE:93}}   DNR    fall {{DATE:10/2}} no injury, hip protectors
7   empty (deep clean)
8   {{NAME:GOLDSTEIN, Mordecai}}          {{AGE:90}}   DNR    kosher meals, Shabbat - no TV
9   {{NAME:HUYNH, Bao}}                   79   FULL   EOLD, wife {{NAME:Mai}} stays till 8
10  {{NAME:IVERSEN, Torvald}}             88   DNR    refused shower x2
night: {{NAME:Kenyatta}} / {{NAME:Lisbeth}}   day: {{NAME:Rosa}}, {{NAME:Tremaine}}, {{NAME:Wren}}`,
  `PHARMACY ORDER - FAX   to {{FACILITY:Keystone LTC Pharmacy}}  fax {{FAX:(717) 555-0119}}
from {{FACILITY:Conestoga Manor}}, 2 South   ph {{PHONE:(717) 555-0103}}   sent {{DATE:04/07/2025 16:22}}
Resident: {{NAME:Hostetler, Miriam E.}}   DOB {{DATE:05/05/1930}}   Rm 224
Allergies: codeine, latex
Dx: Alzheimer's disease G30.1, seizure disorder G40.909
NEW: levetiracetam 250 mg PO BID (CrCl 32) - start tonight, STAT delivery
D/C: phenytoin 100 mg TID
Labs: BMP in 1 wk
Prescriber: Dr. {{NAME:Elam Zook}}   NPI {{LICENSE:1366018842}}   DEA {{LICENSE:BZ4418203}}
Nurse: {{NAME:Lydia Stoltzfus}}, RN, read back and verified {{DATE:4/7/25 1618}}
Order # {{ID:ORD-887104}}   Insurance: Part D plan member {{HEALTH_PLAN:RXA 11903448701}}
Pharmacist verify: {{NAME:B. Eberly}} {{DATE:4/7/25 1700}}  delivered ___`,
  `PODIATRY / DENTAL ROUNDS - {{FACILITY:Greenbriar Commons}}   {{DATE:6/19/2025}}
Podiatry: Dr. {{NAME:Felix Aguirre}}, DPM ({{FACILITY:Footcare Associates of the Shoals}})
- {{NAME:Tubbs, Arnold}} rm 12: mycotic nails x10 debrided, L hallux ulcer 0.5 cm healing. DM2, PAD. Next {{DATE:8/21}}.
- {{NAME:Pettus, Ruby Nell}} rm 15 ({{AGE:96}}): nails trimmed, heel protectors, Braden 12.
- Mr. {{NAME:Gaines}} rm 18: refused. Will ask daughter {{NAME:Tonya}}.
Dental: mobile unit {{FACILITY:SmileWell Mobile Dental}}, hygienist {{NAME:Karla Duarte}}, Dr. {{NAME:Henry Ikeda}}, DDS
- {{NAME:Pettus, R.}}: upper denture relined; lost lower denture (labelled "{{NAME:RNP}}") - grievance filed.
- {{NAME:Lindqvist, Maj-Britt}} rm 21: broken tooth #8, pain, extraction scheduled {{DATE:7/2}} at clinic {{ADDRESS:220 E College St}}, {{LOCATION:Florence}}. Transport: facility van.
Consents: {{NAME:Tubbs}} signs own; {{NAME:Pettus}} - niece {{NAME:Geraldine Hollins}} by phone {{PHONE:256-555-0165}}.
Billing for visit to Medicaid ids on file; {{NAME:Pettus}} AL Medicaid {{HEALTH_PLAN:503 118 2270}}.`,
  `SOCIAL SERVICES NOTE - {{DATE:8/4/25}}
Res: {{NAME:Abdirahman Warsame}}   rm 3B   {{FACILITY:Cedar Lane Health Center}}   MRN {{MRN:CL0099812}}
Long-term placement after CVA. Speaks Somali; children: daughter {{NAME:Hodan}}, son {{NAME:Abdullahi}} (in {{LOCATION:Nairobi}}).
Met with daughter {{NAME:Hodan Warsame}} (POA) re Medicaid LTC application. Collected: Social Security card (SSN {{SSN:472-19-6630}}), permanent resident card, bank letter for account {{ACCOUNT:318-4471-09}}, SSI award letter. No Medicare - not eligible (entered US 2012). 
Address before admission: {{ADDRESS:1417 Riverside Ave S, Apt 612}}, {{LOCATION:Minneapolis}} {{ZIP:55454}}.
Imam {{NAME:Yusuf Aden}} from {{FACILITY:Dar Al-Salaam Center}} visits Fridays; halal meals arranged with dietary ({{NAME:Gerri}}).
Age per ID card: 78 (family thinks older; DOB listed as {{DATE:01/01/1947}}).
{{NAME:Hodan}} contact {{PHONE:612-555-0147}}, {{EMAIL:hodan.w.family@northmail.example}}.
Next: county financial worker {{NAME:Sue Lindahl}}, interview {{DATE:8/14}} at 1:30.
{{NAME:Trina Haugen}}, LSW`,
  `POST-FALL HUDDLE (within 1 h)   {{DATE:02/17/2026 1405}}
Resident: {{NAME:McAllister, Ewan}} "{{NAME:Scotty}}"   rm 132   {{FACILITY:Thornbury House}} (North wing)
Witnessed? No - heard by {{NAME:Ngozi}} (CNA) in hallway 1340.
Where: bathroom, found sitting on floor next to toilet, grab bar R.
Why (per res): "needed to go and couldn't wait for the girl". Call light not used.
Injury: abrasion R elbow 2 x 1 cm. No head strike. Neuro checks started (on clopidogrel).
Root cause: urgency after furosemide at 1300 (moved from 0900 by mistake on {{DATE:2/15}}); gripper socks off.
Interventions: furosemide back to 0900, scheduled toileting after lunch, PT screen (Tinetti 14/28 last month).
Notified: Dr. {{NAME:Salome Kiptoo}} 1415, wife {{NAME:Moira}} 1420 ({{PHONE:207-555-0153}}).
Present: {{NAME:Ngozi Eze}} CNA, {{NAME:Bryce Tolliver}} LPN, {{NAME:Dana Whitcomb}} RN UM.
Incident # {{ID:F-26-0219}} entered in risk system.`,
  `INFUSION NURSING NOTE - {{FACILITY:Cedar Crest Infusion Center}}, chair 6
{{DATE:07/15/2025}}   Pt {{NAME:Halvorsen-Price, Dagny}}   MRN {{MRN:MS-0019283}}   Acct {{ACCOUNT:CC-7731920}}
Ocrelizumab 600 mg IV (dose 12). Premeds 0815: methylprednisolone 100 mg IV, diphenhydramine 25 mg PO, acetaminophen 650 mg PO.
Start {{DATE:07/15/2025 08:52}}; rate titrated per protocol 40 -> 200 mL/h. Lot recorded in MAR.
0945 mild throat itch, BP 128/78, no hives; rate held 30 min, resolved; resumed at 160 mL/h.
End 1218. Observation 1 h, VS stable. PIV L forearm 22g removed, intact.
Husband {{NAME:Curtis Price}} drove, waited in lobby.
She mentioned her mother {{NAME:Margit}} moved from {{FACILITY:Norlund Lutheran Home}} to memory care at {{FACILITY:Sondergaard Cottage}}, and that she is now {{AGE:95}}.
Prior auth {{ID:AUTH-25-0433817}} valid through {{DATE:1/31/2026}}. Next dose due {{DATE:1/13/26}}; scheduling line {{PHONE:515-555-0136}}.
Specialty pharmacy: {{FACILITY:Prairie Specialty Rx}}.
{{NAME:Josie Verhoeven}}, RN, CRNI`,
  `EMG REPORT - REPETITIVE NERVE STIMULATION / SFEMG
Patient: {{NAME:MAHONEY, Cornelius F.}}   DOB {{DATE:10/03/1934}}   Age {{AGE:90}}   MRN {{MRN:00561203}}
Study date: {{DATE:Feb 3, 2025}}   Referring: Dr. {{NAME:Priya Natarajan}}
History: 6 wk of fluctuating ptosis, diplopia by evening, difficulty chewing steak, "voice gets nasal". Lives at {{FACILITY:Marycrest Assisted Living}}; daughter {{NAME:Noreen}} drove him.
RNS 3 Hz: R ADM decrement 9%; R trapezius (spinal accessory) decrement 24% with repair after 10 s exercise; R nasalis decrement 31%.
SFEMG R frontalis: mean jitter 68 us, 9/20 pairs abnormal, 3 with blocking.
Routine NCS: mild sensorimotor polyneuropathy (age). Needle EMG: no active denervation.
Ice pack test at bedside: ptosis improved 3 mm. (No Tensilon.)
Impression: findings support a disorder of neuromuscular transmission, postsynaptic, c/w myasthenia gravis, generalized with bulbar features. AChR binding Ab sent {{DATE:2/3}}.
Recommend CT chest (thymoma), pyridostigmine trial, neuromuscular clinic f/u.
{{NAME:Oluwaseyi Adebanjo}}, MD   lab {{FACILITY:Marion County Neurodiagnostic Lab}} {{PHONE:317-555-0116}}
Typed {{NAME:mr}} {{DATE:2/4/25}}`,
  `FAMILY MEETING - HUNTINGTON'S DISEASE   {{DATE:9/8/2025}}
{{FACILITY:Meridian Neurobehavioral Unit}}, {{FACILITY:Ostrander Wing}}
Resident: {{NAME:Dustin Greaves}}, 58M, CAG 44 repeats, dx 2014
Present: wife {{NAME:Crystal Greaves}}; sister {{NAME:Rhonda Greaves-Pike}} (also at-risk, declined testing); social worker {{NAME:Imani Cole}}; neurologist Dr. {{NAME:Wojciech Zielinski}}; nurse manager {{NAME:Trevor}}.
UHDRS TMS 62, TFC 3. Chorea severe, falls from chair x3 in Aug. Weight 61 kg (down 8).
Behavior: irritability, threw tray at CNA {{DATE:8/30}}; now on olanzapine 5 mg + tetrabenazine 25 TID.
Family goals: comfort, remain on unit; no feeding tube (per his own HD advance directive written {{DATE:6/2019}}).
Legal: {{NAME:Crystal}} has DPOA; guardianship not needed. Copy of advance directive scanned.
Sister asked about genetic counseling; referred to {{FACILITY:Lakemont Genetics Clinic}}, {{PHONE:412-555-0189}}.
Safety: padded chair, helmet, high-calorie diet 3500 kcal.
Their son {{NAME:Kyle}} (22) in {{LOCATION:Pittsburgh}} not present; {{NAME:Crystal}} will update him.
Recorded by {{NAME:I. Cole}}, MSW`,
  `COGNITIVE NEUROLOGY f/u - dementia with Lewy bodies
{{DATE:14-Aug-2025}}  {{NAME:Quigley, Rosemary}}  81F  MRN {{MRN:BW-0081339}}  {{FACILITY:Brightwater Memory Clinic}}
w/ husband {{NAME:Desmond}} ("{{NAME:Des}}") who keeps a diary.
Core features: fluctuations (some days "gone", some days does crossword), well-formed visual hallucinations (small people on the bookshelf, not frightened), RBD since 2010s, parkinsonism (mild, UPDRS III 18). DaTscan {{DATE:3/2025}} abnormal bilaterally.
MoCA 17/30 (visuospatial 1/5, attention intact today). Orthostatic: 132/78 -> 104/66 at 3 min.
Meds: rivastigmine patch 9.5 mg, melatonin 6 mg. Avoid haloperidol - wallet card given. Quetiapine NOT started.
Falls: 2 (syncope vs orthostatic). Add compression stockings, increase salt, consider midodrine.
{{NAME:Des}} is struggling; caregiver strain index 9. Referred to {{FACILITY:Lewy Body Caregiver Circle}} at {{FACILITY:Gresham Senior Center}} and respite.
Home: {{ADDRESS:44 Larch Court}}, {{LOCATION:Beaverton}} {{ZIP:97005}}; {{PHONE:503-555-0182}}.
RTC 4 mo. Dr. {{NAME:Yasmin Haddad}}`,
  `NPH - SHUNT CLINIC   {{DATE:12/01/2025}}
{{NAME:Orrin Blackwelder}}   DOB {{DATE:3/30/1939}}   MRN {{MRN:UVN-2210455}}
s/p R VP shunt {{DATE:9/10/2025}} (Dr. {{NAME:Anjali Sethuraman}}) for idiopathic NPH: triad of magnetic gait, urinary urgency, slowed thinking. Pre-op high-volume tap: TUG 28 -> 17 s.
Programmable valve serial {{DEVICE:CHV-1408-22197}}; setting on arrival 1.5 (verified with x-ray and indicator tool).
Now: TUG 15 s, gait broader, fewer falls; wife {{NAME:Jolene}} says he is "back to doing the crossword". Mild headache upright x 1 wk.
CT: small bilateral subdural hygromas, no mass effect.
Plan: increase setting 1.5 -> 2.0 to reduce drainage; recheck CT 4 wk. MRI precautions - valve must be rechecked after any MRI.
Pt and wife instructed; card reissued with serial.
Lives {{ADDRESS:Route 9 Box 412}}, {{LOCATION:Elkins}} WV {{ZIP:26241}}; phone {{PHONE:304-555-0142}}.
{{NAME:Bertrand Oyelaran}}, PA-C / attending Dr. {{NAME:Sethuraman}}`,
  `ED NOTE - {{FACILITY:Halcyon Bay Hospital}}   {{DATE:06/22/2025 11:48}}
{{NAME:Philippa "Pip" Carrington-Vaux}}   71F   MRN {{MRN:HB-5512087}}
HPI: Brought by husband {{NAME:Reginald}} from their condo at {{ADDRESS:9 Marina Way, Unit 3}}, {{LOCATION:Sarasota}}. At 0930 after swimming in cold pool she began asking the same questions every 30 s: "What day is it? Did we pay the {{FACILITY:Longboat Yacht Club}}?" Knows her name, husband, and that she taught at {{FACILITY:Pinecrest Academy}}. No weakness, no seizure activity, no headache.
Exam: NIHSS 0. Anterograde amnesia, cannot recall 3 words at 5 min. Retrograde for ~2 days.
CT head and CTA neg. EEG (routine, {{DATE:6/22/25}} 1400): normal, no epileptiform discharges.
Dx: transient global amnesia (Hodges and Warlow criteria met).
Course: by 1630 repeating stopped; recall 2/3. Still amnestic for the episode.
Dispo: home with husband, MRI DWI outpatient in 24-72 h, neurology f/u with Dr. {{NAME:Farouk}}. Driving ok after resolution.
Contact {{PHONE:941-555-0134}}. Signed {{NAME:L. Espinal}}, MD`,
  `OUTBREAK LINE LIST - norovirus-like GI illness   {{FACILITY:Hillcrest Care Center}}   reported to county HD {{DATE:1/9/2026}}
Case  Name                       Unit       Onset        Sx            Hosp  Outcome
R1    {{NAME:Dombrowski, Eugenia}}        Cardinal   {{DATE:1/6/26}}       V, D x6       no    recovered
R2    {{NAME:Pham, Van Long}}             Cardinal   {{DATE:1/7/26}}       D x4          no    recovering
R3    {{NAME:Kerrigan, Mae}} ({{AGE:94}})        Cardinal   {{DATE:1/7/26}}       V, D, fever   yes   {{FACILITY:Hillcrest Community Hosp}}, IV fluids
R4    {{NAME:Osei-Bonsu, Yaw}}            Bluebird   {{DATE:1/8/26}}       D x3          no
S1    {{NAME:Tolbert, Keyonna}} (CNA)     both       {{DATE:1/7/26}}       V             -     excluded until {{DATE:1/10}}
S2    {{NAME:Ruiz, Marco}} (dietary)      -          {{DATE:1/8/26}}       D             -     excluded
Stool specimens R1, R3 sent {{DATE:1/8}} to state lab; specimen IDs {{ID:SL26-000418}}, {{ID:SL26-000419}}.
Measures: Cardinal unit closed to admissions, bleach 1:10, dining in rooms, visitors screened.
County HD contact nurse {{NAME:Delphine Acheampong}}, case {{ID:OB-26-0007}}.
IP: {{NAME:Naomi Friedlander}}, RN, CIC   {{EMAIL:infection.prev@hillcrestcare.example}}`,
  `From: {{NAME:Marguerite Desrosiers}} <{{EMAIL:mdesrosiers58@lakemail.example}}>
To: DON {{NAME:Patricia Lam}} <{{EMAIL:plam@evergreenterrace.example}}>
Sent: {{DATE:Sunday, November 9, 2025 10:17 PM}}
Subject: My father - Room 208

Ms. {{NAME:Lam}},
I visited Dad ({{NAME:Jean-Baptiste Desrosiers}}, 208, {{FACILITY:Evergreen Terrace}}) tonight and he was still in the same clothes as Friday and his hearing aids were in the drawer with the batteries out. He told me "the night girl" doesn't come when he rings. I know he is {{AGE:ninety-one}} and confused at night but he deserves better. Also his weight - the scale in the hall says 142, he was 156 on {{DATE:Aug 12}}.
I want a care conference this week. My brother {{NAME:Luc}} can join by phone from {{LOCATION:Montreal}}. My cell is {{PHONE:603-555-0129}}.
I've attached a photo of the bruise on his hand ({{PHOTO:IMG_20251109_2141.jpg}}).
Thank you,
{{NAME:Marguerite}}`,
  `COURT VISITOR REPORT - limited guardianship of an incapacitated adult
{{FACILITY:Superior Court, Probate Division}}, {{LOCATION:Kenai}}   Case No. {{ID:3KN-25-00214PR}}
Respondent: {{NAME:Arvid Thorkelsson}}, DOB {{DATE:7/1/1934}}, age {{AGE:91}}
Proposed guardian: {{NAME:Linnea Thorkelsson-Beck}}, daughter, {{ADDRESS:51020 Kalifornsky Beach Rd}}, {{LOCATION:Soldotna}} AK {{ZIP:99669}}, {{PHONE:907-555-0192}}
Visit: {{DATE:10/14/2025}}, 1:00-2:15 pm, at {{FACILITY:Heritage Place}}, {{LOCATION:Soldotna}}.
Observations: Mr. {{NAME:Thorkelsson}} was seated in a wheelchair in the dayroom, pleasant, hard of hearing. He knew his name and that he "fished at {{LOCATION:Ninilchik}} for 40 years", but believed it was 1988 and that his late wife {{NAME:Ingeborg}} was at the cannery. He did not understand what a guardian is after explanation x2.
Records reviewed: neurologist Dr. {{NAME:Kwame Asante}} letter ({{DATE:9/2/2025}}): dementia, MMSE 12/30; facility social worker {{NAME:Chloe Ridley}}.
Respondent expressed no objection to his daughter. Other relatives: son {{NAME:Soren}} in {{LOCATION:Bergen}}, Norway, notified by email.
Recommendation: limited guardianship (medical and placement) is appropriate; conservatorship not needed as {{NAME:Linnea}} is rep payee.
{{NAME:Margaret O'Toole}}, court visitor`,
  `PSYCHOTROPIC / GDR REVIEW COMMITTEE - {{FACILITY:Ridgeview Rehabilitation & Nursing}}   meeting {{DATE:09/30/2025}}
Present: medical director Dr. {{NAME:Solomon Achebe}}, consultant pharmacist {{NAME:Miriam Tzadik}}, DON {{NAME:Kathleen Ashworth}}, SW {{NAME:Pedro Alcantara}}, psych NP {{NAME:Marisol Ybarra}}.
Resident                        Drug / dose              Target                 Decision
{{NAME:Brannigan, Fiona}} ({{AGE:92}})        quetiapine 25 mg hs      night yelling          GDR to 12.5 mg {{DATE:10/1}}, behavior log
{{NAME:Castellano, Vito}}               sertraline 100 mg        depression, PHQ-9 4    GDR to 75 mg
{{NAME:Dlamini, Thandiwe}}              lorazepam 0.5 mg prn     anxiety                d/c prn, non-drug plan
{{NAME:Eckhardt, Otto}} "{{NAME:Big Otto}}"     risperidone 0.5 mg BID   hitting staff          continue: GDR failed {{DATE:6/2025}} (2 staff injuries); consent from son {{NAME:Dieter}} renewed
{{NAME:Farraday, Ruth}}                 mirtazapine 7.5 mg       appetite, sleep        continue
Dx check: no antipsychotic without a qualifying dx ({{NAME:Fiona}}: dementia with psychosis F02.A2; {{NAME:Otto}}: same).
AIMS for {{NAME:Otto}} {{DATE:9/12}}: 2. Black box warning consent on file for both.
Minutes: {{NAME:K. Ashworth}}   next meeting {{DATE:12/30/25}}`,
  `RESPITE STAY - ADMISSION CHECKLIST   {{FACILITY:Magnolia Grove Assisted Living}}
Guest: {{NAME:BEAUCHAMP, Lucien}} "{{NAME:Frenchy}}"   DOB {{DATE:11/11/1929}}   age {{AGE:95}}
Stay: {{DATE:7/18/2025}} to {{DATE:8/1/2025}} (caregiver wife {{NAME:Odile}} having cataract surgery)
Apt: R-4 (respite suite)   Rate: private pay, deposit on acct {{ACCOUNT:MG-R-20250718}}
[x] physician orders signed by Dr. {{NAME:Theriot}} ({{PHONE:337-555-0151}}, fax {{FAX:337-555-0152}})
[x] TB screen (chest x-ray {{DATE:7/10/25}} neg)
[x] meds brought in bubble packs from {{FACILITY:Bayou Teche Drug}} - carbidopa/levodopa, tamsulosin, donepezil
[x] wander risk assessment: moderate - wander-guard issued, serial {{DEVICE:WG-4417-2290}}
[x] emergency contacts: son {{NAME:Remy Beauchamp}} {{PHONE:337-555-0160}}; neighbor Mrs. {{NAME:Thibodeaux}} {{PHONE:337-555-0168}}
[ ] DNR - not provided, full code unless family brings LaPOST
Notes: speaks Cajun French when tired; likes coffee black at 5 am; Korea veteran, VA ICN {{MRN:1011904477V220185}}.
Home address {{ADDRESS:118 Rue Chretien}}, {{LOCATION:Breaux Bridge}} LA {{ZIP:70517}}.
Admitted by {{NAME:Yvette Guidry}}, LPN, wellness director`,
  `HOSPICE RN - DEATH VISIT   {{FACILITY:Blue Heron Hospice}}
Pt: {{NAME:Sarkisian, Vartan}}   hospice # {{MRN:BHH-031177}}   DOB {{DATE:4/24/1933}}
Location: {{FACILITY:Orchard Park Senior Residences}}, apt 412, {{ADDRESS:7700 Orchard Park Dr}}, {{LOCATION:Glendale}}
Call from AL med aide {{NAME:Tigran}} {{DATE:10/27/2025 05:50}}: pt not breathing. Arrived 0630.
Findings: no respirations, no heart sounds x 2 min, pupils fixed. Pronounced {{DATE:10/27/2025 06:34}} by {{NAME:Anahit Petrosyan}}, RN, expected death under hospice.
Present: wife {{NAME:Zabel}} ({{AGE:92}}); daughter {{NAME:Lena Sarkisian-Moore}} arrived 0650.
Notified: attending Dr. {{NAME:Grigor Babayan}} 0655; hospice MD on call Dr. {{NAME:Felder}}; mortuary {{FACILITY:Ararat Memorial Chapel}} ({{PHONE:818-555-0146}}), removal 0900.
Fr. {{NAME:Khoren}} of {{FACILITY:St. Gregory Armenian Church}} came 0715 for prayers.
Meds wasted with daughter as witness into deactivation pouch: morphine 20 mg/mL 9 mL, lorazepam 2 mg/mL 4 mL.
DME pickup (hospital bed; O2 concentrator serial {{DEVICE:OC5-88019332}}) with {{FACILITY:ValleyCare Medical Supply}} {{PHONE:818-555-0117}}.
Bereavement referral for {{NAME:Zabel}} and {{NAME:Lena}} (cell {{PHONE:818-555-0183}}).`,
  `IN LOVING MEMORY - The {{FACILITY:Wexford Commons}} Courier, {{DATE:December 2025}} issue
{{NAME:Agatha Mary "Aggie" Lindqvist-Farrow}}
{{DATE:May 14, 1925}} - {{DATE:November 21, 2025}}
{{NAME:Aggie}} passed peacefully in her room on the {{FACILITY:Pemberton}} hallway at the age of {{AGE:100}}, holding the hand of her great-niece {{NAME:Claire}}. Born in {{LOCATION:Galway}}, Ireland, she came to {{LOCATION:Worcester}} in 1948 and taught piano for fifty years at {{FACILITY:St. Peter's School}}. Many of us remember her playing "Danny Boy" at every St. Patrick's party and beating Mr. {{NAME:Harold Finch}} at cribbage (he says he let her win). She moved to {{FACILITY:Wexford}} in 2019, after her husband {{NAME:Desmond}} died.
A funeral Mass was held {{DATE:Nov. 28}} at {{FACILITY:Our Lady of Angels Church}}, {{LOCATION:Worcester}}; arrangements by {{FACILITY:Callahan-Reyes Funeral Home}}. Donations in her memory may go to the {{FACILITY:Wexford}} activities fund or to the Alzheimer's Association.
"Play it again, {{NAME:Aggie}}."
- {{NAME:Bonnie}} and the activities team`,
  `MEDICATION ERROR REPORT   # {{ID:MER-2025-0193}}
{{FACILITY:Crescent Lake Nursing & Rehabilitation}}, 2 East   error {{DATE:05/03/2025 20:00}}   discovered {{DATE:05/03/2025 21:10}}
Resident given wrong meds: {{NAME:Abernathy, Clement}} rm 214B (MRN {{MRN:CLN-40019}})
Meds intended for: {{NAME:Abernethy, Clara}} rm 241A (sound-alike names!)
What: {{NAME:Clement}} received {{NAME:Clara}}'s 2000 meds - levetiracetam 750 mg, lacosamide 100 mg, quetiapine 25 mg.
Staff: med aide {{NAME:Fatou Diallo}}, CMA lic {{LICENSE:CMA-118274}}, 2 wk on unit. Two-identifier check not done; eMAR photo of {{NAME:Clement}} ({{PHOTO:RES-214B-CA.jpg}}) was from 2019.
Outcome: drowsy, VS stable, q1h checks x 12 h, no seizure. NCC MERP category D.
{{NAME:Clara}} got her meds late at 2130 from {{NAME:Ivan Petrenko}}, LPN.
Notified: Dr. {{NAME:Rahul Mistry}} 2115; {{NAME:Clement}}'s wife {{NAME:Beatrice}} 2125 ({{PHONE:262-555-0121}}); {{NAME:Clara}}'s guardian Atty. {{NAME:Lorraine Kubiak}} {{DATE:5/4}} 0900.
Corrective: name-alert stickers, {{NAME:Clara}} moved to 2 West, eMAR photos retaken, CMA re-education and competency check.
Reported by {{NAME:I. Petrenko}}; reviewed by DON {{NAME:Helen Marchetti}} {{DATE:5/4/25}}.`,
  `E-CONSULT (neurology)   request {{ID:EC-25-118406}}   {{DATE:2025-04-14}}
Q from Dr. {{NAME:Marjorie Fenwick}}, SNF attending at {{FACILITY:Applegate Health & Rehab}}: "{{AGE:96}}yo F with new episodes of R hand shaking 1-2 min, 3x this week, fully alert during. On donepezil. Seizure? Need EEG?"
Pt: {{NAME:Cordelia Ashby-Nunn}}, DOB {{DATE:01/02/1929}}, MRN {{MRN:AHR-7712}}.
Chart: CT {{DATE:3/2/25}} chronic L frontal infarct; Na 128 on {{DATE:4/10}}; citalopram 20 mg started {{DATE:3/28}}.
Answer (Dr. {{NAME:Nnamdi Okeke}}, neurology):
1. Fits focal aware motor seizures from the old L frontal infarct vs limb-shaking TIA (check carotids) vs tremor/asterixis from hyponatremia.
2. Hyponatremia likely SIADH from citalopram: stop, fluid restrict, BMP in 48 h.
3. Routine EEG reasonable, low yield. If events recur with normal Na, levetiracetam 250 mg BID (renal dosing). Avoid phenytoin.
4. Staff may video an event for the chart.
22 min. Reply posted to {{URL:https://econsult.applegatehealth.example/case/118406}}; copy to pharmacist {{NAME:Tzadik}}.`,
  `AMBULATORY EEG REPORT (72 h, with video)
Name {{NAME:Fitzpatrick, Ronan}}   DOB {{DATE:06/06/1956}}   MRN {{MRN:GH-03318820}}
Recording {{DATE:08/11/2025 09:15}} to {{DATE:08/14/2025 09:02}}; recorder serial {{DEVICE:AMB-EEG-22-0417}}; study {{ID:AEEG-25-3391}}
Set up at home, {{ADDRESS:23 Kilbride Lane}}, {{LOCATION:Scranton}} {{ZIP:18505}}; wife {{NAME:Maura}} pressed the event button.
Indication: 69M, spells of confusion and lip smacking since a fall on {{DATE:3/17/25}}.
Background: 9 Hz PDR, reactive. Normal sleep architecture.
Interictal: rare L temporal sharp waves (T7), sleep > wake.
Events: 4 pushbutton events ({{DATE:8/12}} 0704 and 1333; {{DATE:8/13}} 2110 and 2340). The {{DATE:8/12}} 1333 event shows L temporal rhythmic 5-6 Hz activity evolving over 70 s with lip smacking on video = focal seizure. Others: no EEG change (wife: "zoned out").
Impression: abnormal study - L temporal epileptiform discharges and one focal electroclinical seizure.
Read by {{NAME:Marisa Quintanilla-Roth}}, MD, {{DATE:8/15/25}}. Data uploaded from clinic PC {{IP:192.0.2.114}}.`,
  `CODE STROKE - RN note   {{DATE:12/03/2025}}
Pt {{NAME:Ramírez Ochoa, Guadalupe}} (Doña {{NAME:Lupe}}), 89 F, MRN {{MRN:TX-00927741}}
Spanish interpreter {{NAME:Esteban}} (ID {{ID:INT-20331}}); grandson {{NAME:Brandon Ochoa}} at bedside.
At 1512 at {{FACILITY:Casa de Paz Adult Day}} she "dejo de hablar", R side weak; staff {{NAME:Yesenia}} called 911 at 1518. LKW 1505.
Arrival {{DATE:12/03/2025 15:41}}. NIHSS 11. BP 188/96 -> labetalol 10 mg -> 172/90.
CT 1553: no bleed. Glucose 201. Platelets 210. On aspirin only.
Alteplase 0.9 mg/kg, wt 58 kg = 52.2 mg: bolus 5.2 mg at 1609, 47 mg over 60 min. DTN 28 min.
Consent: pt aphasic; grandson agreed, emergency consent by Dr. {{NAME:Herrera}} and Dr. {{NAME:Kowalski}}.
Post-lytic: neuro checks q15 min x 2 h, q30 min x 6 h; BP < 180/105; angioedema watch (lisinopril).
Daughter {{NAME:María Guadalupe Ochoa}} driving from {{LOCATION:Ciudad Juárez}}, {{PHONE:915-555-0179}}.
Home: {{ADDRESS:2815 Calle Tres Arroyos}}, {{LOCATION:Socorro}} TX.
RN {{NAME:Juliana Becerra}}`,
  `ADULT DAY PROGRAM - INCIDENT / BEHAVIOR NOTE
{{FACILITY:Harbor Lights Adult Day Health}}, {{ADDRESS:17 Wharf Street}}, {{LOCATION:Portsmouth}} NH   {{DATE:Wednesday 4/16/25}}
Participant: {{NAME:Nguyen Thi Kim}} (goes by Mrs. {{NAME:Kim}}), program ID {{MRN:HLADH-0338}}
1045 during chair exercise stood up, said she had to "pick up the children from {{FACILITY:Mast Way School}}" and walked toward exit. Aide {{NAME:Brody}} walked with her; she became tearful and hit his arm with her purse. Redirected with photo album and tea.
1130 calm, ate 75% lunch.
1400 van driver {{NAME:Earl Pinkham}} took her home; handoff to son-in-law {{NAME:Duc}} at {{ADDRESS:240 Greenleaf Ave, Apt 6}}.
Called daughter {{NAME:Lan Tran}} ({{PHONE:603-555-0132}}): no new meds, poor sleep, grandson's wedding this weekend.
Plan: seat away from exit, shorter exercise, RN {{NAME:Colleen}} to screen for UTI. Care plan review with family {{DATE:4/23}}.
Documented {{NAME:Brody Hallett}}, program aide; reviewed {{NAME:C. Murphy}}, RN`,
  `INCIDENT - RESIDENT LEFT IN OWN VEHICLE   {{FACILITY:Pinecrest Assisted Living}}   {{DATE:Sat 3/22/2025}}   # {{ID:PC-IR-25-019}}
Res: {{NAME:Harlan Everett Doss}}, 86, apt 109, early Alzheimer's (SLUMS 19); car kept on site by family agreement.
1315 signed out "to the hardware store". 1630 not back; daughter {{NAME:Cheryl Doss-Whitley}} ({{PHONE:(479) 555-0185}}) called - not with her.
1645 {{LOCATION:Rogers}} PD notified, Silver Alert requested. 2014 Ford F-150, silver, AR plate {{VEHICLE:831-KPV}}, VIN {{VEHICLE:1FTFW1EF5EFA41786}}.
1712 phone pinged near {{LOCATION:Eureka Springs}}.
1850 trooper {{NAME:Vance}} found him at a gas station at {{ADDRESS:US 62 and Hwy 23}}, out of gas, cold, oriented x2, "going to the lake house". State police case {{ID:ASP-25-034412}}.
2030 daughter drove him back; truck towed to her house, keys kept by family.
Nurse {{NAME:Becky Lund}}: no injury, BG 96, VS wnl.
F/u: care conference {{DATE:3/25}}; wander risk reassessed; Dr. {{NAME:Kimura}} to send DMV medical review; driver's license {{LICENSE:AR 9041172266}} surrendered voluntarily.
Written by {{NAME:Jonah Reyes}}, ED`,
  `NOTICE OF TRANSFER AND BED-HOLD POLICY
{{DATE:February 2, 2026}}
To: Mrs. {{NAME:Anh Pham}} (resident) and Mr. {{NAME:Quang Pham}} (representative)
{{ADDRESS:3120 Bellaire Blvd, Apt 14}}, {{LOCATION:Houston}}, TX {{ZIP:77036}}
Re: resident {{NAME:Pham Thi Anh}}, DOB {{DATE:08/08/1933}}, Medicaid # {{HEALTH_PLAN:518873302}}
Dear Mrs. {{NAME:Pham}} and Mr. {{NAME:Pham}},
On {{DATE:01/31/2026}} you were transferred from {{FACILITY:Bellaire Garden Care Center}} to {{FACILITY:Gulfgate General Hospital}} because of low oxygen and fever, as ordered by Dr. {{NAME:Tuan Vo}}.
Under our bed-hold policy (enclosed), room 118-A on the {{FACILITY:Roberta Kline Wing}} will be held for 3 days at the Medicaid rate, then at $285/day private rate if you choose. You may appeal a transfer to the state Medicaid agency or call the ombudsman, {{NAME:Daniel Okwuosa}}, {{PHONE:713-555-0196}}.
Please call our social worker {{NAME:Thu Nguyen}} at {{PHONE:713-555-0137}} ext 204 with your decision by {{DATE:2/4/26}}.
Sincerely,
{{NAME:Roland P. Whitaker}}, Administrator, NFA license {{LICENSE:NFA-4410812}}`,
  `COMPLAINT INVESTIGATION - INTERVIEW NOTES (surveyor worksheet)
Intake {{ID:NE00218834}}   Facility: {{FACILITY:Prairie Wind Care Campus}}   onsite {{DATE:01/27/2026}}-{{DATE:01/29/2026}}
Allegation: resident left in soiled brief for 6+ hours, pressure injury developed.
Resident #3 = {{NAME:Harvey Lindblad}} ({{AGE:90}}), rm 14, {{FACILITY:Osterberg Hall}}
Interviews:
- {{DATE:1/27}} 0915 resident (BIMS 12): "nobody came all night once, I hollered." Could not give date.
- {{DATE:1/27}} 1040 daughter {{NAME:Pam Lindblad-Ortiz}} (complainant) by phone {{PHONE:402-555-0138}}: found him wet at 1400 on {{DATE:1/4}}, took photo (provided, file {{PHOTO:LINDBLAD_0104_sacrum.jpg}}).
- {{DATE:1/27}} 1320 CNA {{NAME:T. Mwale}}: 2 aides for 28 residents on nights {{DATE:1/3-1/4}}; {{NAME:Harvey}} needs 2-assist.
- {{DATE:1/28}} 0900 DON {{NAME:Rochelle Baumgartner}}: staffing sheets show 1 call-off.
- {{DATE:1/28}} 1015 wound nurse {{NAME:Ileana}}: stage 3 sacrum first noted {{DATE:1/9}}; Braden 11 on admission.
Record review: turning log blank 2200-0600 on {{DATE:1/3}} and {{DATE:1/4}}.
Tentative: F686, F725. Exit conference {{DATE:1/29/26}} 1500 with administrator {{NAME:Cal Jorgensen}}.
Surveyor {{NAME:Bethany Kroeker}}, RN, #{{ID:S-0612}}`,
  `CONTROLLED SUBSTANCE COUNT - DISCREPANCY
Unit: {{FACILITY:Dunmore Pavilion}} 1st floor cart   {{FACILITY:St. Aidan's Nursing & Rehab}}   shift change {{DATE:03/14/2025 2300}}
Off-going: {{NAME:Latoya Brinson}}, LPN (emp # {{ID:40772}})   On-coming: {{NAME:Gediminas Petraitis}}, RN (emp # {{ID:41196}})
Card: hydrocodone/APAP 5/325, Rx # {{ID:7731048}}, resident {{NAME:Fogarty, Declan}} ({{AGE:91}}) rm 108
Count sheet says 17, card has 16.
MAR: dose given 1800 charted; narc sheet not signed for that dose -> probable documentation error. {{NAME:Latoya}} states she gave it and forgot to sign.
Resident interviewed: "yes, the nice girl gave me my pain pill with supper." Pain 3/10.
Second card check: lorazepam 0.5 mg for {{NAME:Ochieng, Rose}} rm 111 - 22/22 correct.
Actions: DON {{NAME:Maura Keane}} notified 2315 by phone {{PHONE:570-555-0141}}; pharmacist consultant notified {{DATE:3/15}}; staff statement obtained; urine drug screen per policy - negative {{DATE:3/15/25}}.
Outcome: documentation error, counseling. Pharmacy {{FACILITY:Anthracite LTC Pharmacy}} informed; no report to DEA required.
Signed {{NAME:L. Brinson}} / {{NAME:G. Petraitis}} / {{NAME:M. Keane}}`,
  `PT EVALUATION - {{FACILITY:Sorensen Rehab Gym}}, {{FACILITY:Fjordview Lutheran Home}}
Pt: {{NAME:Grete Amundsen}}   {{AGE:93}} y/o F   MRN {{MRN:FLH-20417}}   eval {{DATE:Mon 9/29/25}}
Referring: Dr. {{NAME:Olav Brekke}}. Dx: frequent falls, Parkinsonism (vascular), L THA 2012.
Prior level: amb with 4WW in household distances, independent toileting until fall {{DATE:9/21}}.
Objective:
- Tinetti POMA balance 8/16, gait 6/12 = 14/28 (high fall risk)
- TUG 24 s with 4WW; 5x sit-to-stand unable without UE
- Berg 31/56
- Romberg: unable (loss of balance < 10 s)
- Strength hips 3+/5 bilat, quads 4-/5
- Sensation: decreased LE to monofilament
Goals (4 wk): TUG < 18 s, Tinetti >= 19, safe toileting with SBA.
Plan: 5x/wk x 4 wk, gait + balance, Otago exercises, hip protectors.
Pt's granddaughter {{NAME:Sigrid}} ({{PHONE:701-555-0193}}) asked to bring better shoes.
Medicare Part A, MBI {{HEALTH_PLAN:6AC1-UP9-WE37}}.
{{NAME:Tobias Ness}}, PT, DPT   co-sign {{NAME:K. Varga}}, PTA`,
  `SPEECH-LANGUAGE PATHOLOGY - MODIFIED BARIUM SWALLOW
{{DATE:2025-10-16}}  {{FACILITY:Northgate Imaging}} at {{FACILITY:Covenant Hills Hospital}}
Pt: {{NAME:Wojcik, Stanislaw}} "{{NAME:Stan}}"   DOB {{DATE:08/22/1934}}   MRN {{MRN:CHH-8890271}}   from {{FACILITY:Willowbend Nursing Center}}
Hx: Parkinson's disease 12 yrs, H&Y 4, recurrent pneumonia, wt loss. Current diet: regular/thin at facility.
Findings: oral - reduced bolus control, repetitive tongue pumping. Pharyngeal - delayed initiation to pyriform sinuses; silent aspiration with thin liquid by cup (PAS 8); penetration with mildly thick (PAS 3), cleared with cued cough. Moderate vallecular residue with solids.
Recommendations: mildly thick liquids by cup, no straws; minced & moist (IDDSI 5); meds in puree; upright 90 degrees, 30 min after meals; time meals with levodopa "on" (dose 45 min before).
Family: wife {{NAME:Halina}} and son {{NAME:Marek}} present in viewing room; discussed aspiration risk and his wish (stated today) to keep eating "real food".
Report faxed to facility SLP {{NAME:Carla Fenn}} at {{FAX:(920) 555-0114}}.
{{NAME:Dana Ritchey-Oakes}}, MS, CCC-SLP   study # {{ID:MBS-25-1016-04}}`,
  `GERIATRIC PSYCHIATRY CONSULT (in-house visit)   {{DATE:02/05/2025}}
Resident: {{NAME:Percival "Percy" Ogunleye}}   {{AGE:94}} yo M   {{FACILITY:Chadwick Manor}}, rm 19
Requested by DON {{NAME:Shanice Corbett}}: new paranoia, accusing staff of stealing, refusing meds x 5 days.
Hx: retired postal supervisor, widower; daughter {{NAME:Folake}} visits Sundays from {{LOCATION:Newark}}.
MSE: well groomed, guarded, oriented to person/place, not date. Says "they take my pension checks"; his pension is direct-deposited to account {{ACCOUNT:7720041185}}, statements reviewed with daughter - no losses.
Cognition: SLUMS 14/30 (was 20 in {{DATE:Aug 2024}}). CAM negative today. UA {{DATE:2/3}} negative, Na 136, TSH nl.
Hearing: severe bilateral loss, L aid lost {{DATE:1/20}} - may drive misperception.
Dx: major NCD, probable Alzheimer type, with paranoid delusions; r/o hearing-related misperception.
Plan: replace hearing aid first (audiology via {{FACILITY:Ridgewood Hearing}}); pocket talker today; consistent staff ({{NAME:Gloria}} and {{NAME:Samson}} on days); no antipsychotic now. If distressing delusions persist in 4 wk, low-dose risperidone 0.25 mg discussed with {{NAME:Folake}} (HCP, {{PHONE:973-555-0177}}).
Follow-up {{DATE:3/5/25}}. {{NAME:Adunni Bakare-Lowry}}, MD, geriatric psychiatry`,
  `POLYSOMNOGRAPHY REPORT - {{FACILITY:Lakeshore Sleep Disorders Center}}
Patient: {{NAME:OSTROWSKI, GERALD}}   DOB {{DATE:02/17/1944}}   MRN {{MRN:3390417}}   study {{DATE:04/02/2025}} (in-lab, video)
Referring: Dr. {{NAME:Sung-min Yoon}}. Indication: dream enactment (wife {{NAME:Barbara}} reports punching and shouting), PD, DBS.
Technical: full montage incl. EMG of chin, both FDS and both AT. DBS on. Tech {{NAME:Rashida Coleman}}, RPSGT.
Results: TST 322 min, SE 71%. Sleep latency 24 min, REM latency 131 min. AHI 11.4/h (supine 19.2), O2 nadir 86%. PLMI 8.
REM sleep without atonia: tonic chin activity 38% of REM epochs, phasic 41%. Video: two episodes of arm flailing and vocalization in REM at 0214 and 0447.
Impression: 1. REM sleep behavior disorder, confirmed. 2. Mild OSA, positional.
Recs: bedroom safety (mattress on floor, remove nightstand lamp), melatonin up to 9 mg, positional therapy; consider CPAP trial if daytime sleepiness (ESS 12).
Interpreted by {{NAME:Henrik Dalgaard}}, MD, {{DATE:4/6/2025}}. Raw data on server {{IP:198.51.100.203}}, study ID {{ID:PSG-25-0402-2}}.`,
  `MSH|^~\\&|PCC|{{FACILITY:WILLOWBROOK_SNF}}|HIE|STATE|{{DATE:20250603141522}}||ADT^A03|{{ID:MSG-0603-88217}}|P|2.5.1
PID|1||{{MRN:WB00418833}}^^^WB^MR~{{HEALTH_PLAN:8TF4EX9KA21}}^^^CMS^MB||{{NAME:DEMPSEY^ARCHIBALD^LOUIS}}||{{DATE:19300711}}|M|||{{ADDRESS:14 BRIAR PATCH LN}}^^{{LOCATION:CONCORD}}^NH^{{ZIP:03301}}||{{PHONE:(603)555-0106}}|||W|||{{SSN:031-52-8874}}
PV1|1|I|LTC^212^A||||{{LICENSE:1669402217}}^{{NAME:KAPOOR^ANIKA}}|||||||||||{{ACCOUNT:V0042281}}
PV2|||DISCHARGE TO HOSPICE
NK1|1|{{NAME:DEMPSEY-HALE^JOANNE}}|DAU|{{ADDRESS:77 MAPLE ST}}^^{{LOCATION:BOW}}^NH|{{PHONE:(603)555-0122}}
DG1|1||G30.9^ALZHEIMER'S DISEASE, UNSPECIFIED^I10
DG1|2||G20.A1^PARKINSON'S DISEASE WITHOUT DYSKINESIA^I10
OBX|1|NM|AGE^AGE||{{AGE:94}}|a
OBX|2|ST|DISCH_DISP||TO {{FACILITY:MERRIMACK VALLEY HOSPICE HOUSE}}
ZDS|{{DATE:20250603}}|{{NAME:TREMBLAY^NOELLE}}^RN
ZWG|WANDERGUARD^{{DEVICE:WG-9912-0047}}^REMOVED`,
  `MEMORY CARE FAMILY CONFERENCE   Korean interpreter Mrs. {{NAME:Yoo}} (language line ID {{ID:LL-55102}})
Date {{DATE:6/27/2025}} 2:30 pm  |  {{FACILITY:Hanbit Senior Care}}, {{FACILITY:Park Cottage}}
Resident: {{NAME:KIM Soon-ja}} ({{NAME:김순자}}), {{AGE:96}}F, rm C-5
Attendees: eldest son {{NAME:Park Min-ho}} (HCP), daughter-in-law {{NAME:Choi Eun-young}}, granddaughter {{NAME:Grace Park}} (video from {{LOCATION:Seoul}}), RN {{NAME:Jocelyn Ebanks}}, SW {{NAME:Hyun-woo "Danny" Seo}}, Dr. {{NAME:Ambrose Kellerman}}.
Updates: FAST 7a, speaks a few words, Korean only; eats well with rice porridge and kimchi brought by family on weekends. Weight stable 41 kg. No falls since {{DATE:Apr 3}}.
Concerns: Mr. {{NAME:Park}} asked why his mother cries at sunset; team explained sundowning; hymns recorded by the choir of {{FACILITY:Korean Central Presbyterian Church}} help. {{NAME:Grace}} asked about hospice.
Decisions: no feeding tube, no hospital unless for comfort; POLST updated to comfort-focused, signed by {{NAME:Park Min-ho}} {{DATE:6/27/25}}. Korean-speaking aide {{NAME:Sun-hee}} assigned evenings. Recheck in 60 days.
Contact: {{PHONE:(201) 555-0187}}, {{EMAIL:minho.park.fam@hanmail.example}}
Recorded by {{NAME:D. Seo}}, LSW`,
  `DEATH CERTIFICATE WORKSHEET - facility copy for funeral director
Decedent: {{NAME:Theodora Anastasia Papadakis}}   AKA "{{NAME:Dora Papas}}"
Sex F   DOB {{DATE:09/09/1930}}   Age {{AGE:95}}   SSN {{SSN:014-36-2295}}
Date/time of death: {{DATE:10/01/2025 at 1420}}
Place: {{FACILITY:Kallas Family Nursing Home}}, {{ADDRESS:301 Harbor Rd}}, {{LOCATION:Tarpon Springs}}, {{LOCATION:Pinellas County}}, FL {{ZIP:34689}}
Birthplace: {{LOCATION:Kalymnos}}, Greece   Marital: widowed, spouse {{NAME:Nikolaos Papadakis}}
Father {{NAME:Ioannis Kalafatis}}   Mother (maiden) {{NAME:Eleni Mavros}}
Usual occupation: bookkeeper, {{FACILITY:Anclote Sponge Exchange}}
Informant: son {{NAME:George Papadakis}}, {{ADDRESS:1200 Dodecanese Blvd Apt 4}}, {{LOCATION:Tarpon Springs}}, ph {{PHONE:727-555-0149}}
Cause of death (per Dr. {{NAME:Spiros Galanis}}): a) aspiration pneumonia - days; b) Alzheimer's disease - 8 yrs. Other: Parkinson's disease, CKD 4.
Disposition: burial, {{FACILITY:St. Nicholas Memorial Gardens}}.
Funeral home: {{FACILITY:Dodecanese Family Funeral Services}}, license {{LICENSE:F041877}}; director {{NAME:Alexi Stamos}}.
ME case: no (natural, attended).
Prepared by {{NAME:Maria Korakis}}, medical records, {{DATE:10/1/25}}`,
  `SNF DISCHARGE SUMMARY / RECAPITULATION OF STAY
{{FACILITY:Harmon Ridge Health & Rehabilitation}}, {{FACILITY:Whitcomb Wing}}
Resident {{NAME:Pelletier, Marguerite}} ("{{NAME:Peggy}}")   {{AGE:93}} yo   MRN {{MRN:HR-0048812}}
Stay {{DATE:03/02/2025}} - {{DATE:04/11/2025}} (40 days, Medicare A)
Dx: L femoral neck fx s/p hemiarthroplasty {{DATE:2/26/25}}; Alzheimer's dementia; CKD 3a.
Course: PT/OT 5x/wk; now amb 150 ft with RW, SBA; Tinetti 21/28 (from 9). Sacral stage 2 healed {{DATE:3/24}} (final photo {{PHOTO:WND_0324_HR48812_04.jpg}}). MMSE 18/30. No falls. Apixaban course completed {{DATE:4/2}}.
To: {{FACILITY:Maple Hill Assisted Living}}, memory care neighborhood, {{ADDRESS:5 Depot Square}}, {{LOCATION:Northfield}} VT {{ZIP:05663}}; wander-guard {{DEVICE:WG-3310-7784}} goes with her.
Meds: donepezil 10 mg hs, amlodipine 5 mg, acetaminophen 650 TID, vit D 2000 u.
F/u: ortho Dr. {{NAME:Sandoval}} {{DATE:4/24/25}}; PCP Dr. {{NAME:Faye Lindqvist}}.
Daughter {{NAME:Colette}} to transport {{DATE:4/11}} 11:00; email {{EMAIL:colette.p.rouse@greenmtnmail.example}}.
Home health PT via {{FACILITY:Central Vermont Home Health}}, referral # {{ID:REF-25-04117}}.
{{NAME:R. Okonkwo}}, MD   /{{NAME:jl}}`,
];

export const HELDOUT_REALISTIC_114_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout114-${i + 1}`, n));
