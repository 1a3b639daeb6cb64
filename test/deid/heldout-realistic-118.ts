// A hundred-and-eighteenth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is military, veterans' and occupational and transport medicine:
// VA primary-care, mental-health, audiology, pharmacy and community-care notes, C&P examination DBQs,
// registry exams, caregiver and HUD-VASH notes, military sick-call logs (SF 600), shipboard sick
// call, pre- and post-deployment health assessments (DD 2795, DD 2796, PDHRA), profiles, MEB
// narrative summaries, line-of-duty reports, flight-medicine grounding notes, TRICARE referrals and
// letters, DOT commercial driver physicals and medical examiner's certificates, FAA aviation medical
// exams and AME messages, railroad and merchant-mariner fitness-for-duty exams, pre-placement and
// return-to-work evaluations, first reports of injury, MRO verification worksheets, custody and
// control forms, breath-alcohol and post-accident testing, hearing-conservation and respirator
// clearances, firefighter and police physicals, and travel and expedition medicine.
// Names come with ranks and grades before them (SPC, SSG, LTC, HM2, TSgt, A1C, Capt), surname first
// with a comma, in all caps, as initials, nicknames in quotes, first names alone and hyphenated or
// non-English names; places as bases, ships, units, employers, clinics, street and rural-box
// addresses, highway mile markers, towns and cities abroad; dates as 12MAR2024, 04 JUN 24,
// 20240603, 2024-11-08, 3/4/24, Tue 9/24/24 and month/year.
// Look-alikes that are NOT PHI and are left unmarked: ranks and grades alone, generic unit words
// (the battalion aid station, BAS, TMC, Bravo company, the squadron), MOS and AFSC codes (11B, 68W,
// 92Y, 0311, 3D1X2), PULHES profiles (111111, P3 L3), audiogram thresholds in dB, blood pressures,
// vision 20/20, drug panels and cutoffs (5-panel, THC, COC, 100 ng/mL), breath-alcohol values, form
// numbers (DD 214, DD 2796, MCSA-5875, CG-719K, 8500-8, DWC-73), regulation citations (49 CFR 391.41,
// 29 CFR 1910.134, AR 40-501, 14 CFR Part 67), VASRD and ICD-10 codes, scores (PCL-5, PHQ-9, Epworth,
// MACE 2, AUDIT-C), eponyms (Cobb, Ishihara, Gerkin, Jamar, Ottawa, Lake Louise), fleet, bus,
// engine and rig numbers, Role 1 and MUTA-4, rooms and buildings, drug lots, a pet's name, the crisis line
// 988, and years alone.
//
// Annotation follows the README guideline and the notes of set 72: titles, ranks and grades
// (including "(ret)") stay outside NAME spans; a nickname in quotes is its own NAME span; a time
// attached to a date with a year is inside the DATE span, a date range written as one token is one
// span, and a month with a year (Feb 2021) is a DATE. Named military units, bases, posts, forward
// operating bases, armories and ships are FACILITY (they are the member's employer or place of care),
// while towns and cities at home or abroad are LOCATION; federal and state agencies, payers and
// programmes (FAA, FMCSA, USCG, VBA, TRICARE, CHAMPVA) are not PHI. A DoD ID (EDIPI), employee
// number, specimen and CCF number, lab accession, referral and authorization number, consult ID,
// passport, tracking, incident and case number and an Rx number are ID; a VA ICN and a hospital MRN
// are MRN; a TRICARE DBN, a Medicare MBI, a CHAMPVA or travel-insurance member number are
// HEALTH_PLAN; VA claim numbers and workers' compensation claim numbers are ACCOUNT; CDL and
// driver's licences, pilot and airman certificates, AME, NRCME and MRO numbers, engineer
// certificates, merchant-mariner reference numbers, CAOHC and state professional licences and NPI
// are LICENSE; plates, VINs and aircraft N-numbers are VEHICLE; hearing-aid, CPAP, CGM, prosthesis,
// pump and implant serials are DEVICE; an ID-photo file is PHOTO; a fingerprint or iris template
// number is BIOMETRIC; the last four of an SSN are SSN.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-24 final engine
// (a32ba5b) 0.9577 / 0.9452; pass-25 engine (whose rules were made from sets 111-114 without
// reading this one) 0.9609 / 0.9454.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `VA PACT PRIMARY CARE - F/U
{{FACILITY:Dunmore CBOC}} (parent: {{FACILITY:Harmon Creek VAMC}})
PT: {{NAME:HOLLOWAY, CLARENCE R}}   ICN {{MRN:1012845573V331902}}   DOB {{DATE:02/17/1931}} ({{AGE:93}}yo)
Accompanied by dtr {{NAME:Linda Holloway-Pruitt}} (POA), cell {{PHONE:(570) 555-0143}}.
S: Korea vet, infantry 1951-52, SC 70% (hearing loss, tinnitus, R knee DJD). Doing ok. Walks w/ cane to the mailbox. Denies falls since {{DATE:Jan 9}}. Sleeping "like a log". Wants flu + RSV today.
O: BP 148/82, HR 64, wt 151 lb (down 3). MMSE 26/30. Trace pedal edema. Whisper test failed bilat - wears aids (R ser {{DEVICE:PH-22A8817}}, L ser {{DEVICE:PH-22A8819}}).
A/P:
1. HTN - cont lisinopril 10 mg daily. Home BP log.
2. Hearing - audiology f/u w/ Dr. {{NAME:Eskandari}} for tubing/domes.
3. Fall risk - PT referral + home safety eval at {{ADDRESS:418 Quarry Rd}}, {{LOCATION:Olyphant}}, PA {{ZIP:18447}}.
4. Immunizations given, lots in VIMS.
RTC 3 mo. Dtr aware of Veterans Crisis Line, 988 press 1.
{{NAME:M. Okonkwo-Reyes}}, NP / {{NAME:kl}}`,

  `Initial PTSD DBQ - Compensation & Pension Examination
Veteran: {{NAME:Desmond A. Whitfield}}   VA claim #: {{ACCOUNT:29448170}}   SSN last 4: {{SSN:4417}}
Exam date: {{DATE:14 May 2024}}   Examiner: {{NAME:Rachel Ng-Delacroix}}, PsyD (contract examiner, {{FACILITY:Veritas Medical Evaluations}})
Records reviewed: VBMS e-folder, STRs, DD 214, CPRS notes from {{FACILITY:Harmon Creek VAMC}}.
Military hx: USMC 2007-2015, 0311 rifleman, two deployments: Iraq ({{LOCATION:Ramadi}}, 2008) and Afghanistan ({{LOCATION:Sangin}}, 2010-11). Unit {{FACILITY:2nd Bn, 17th Marines}}.
Criterion A stressor: IED strike on foot patrol {{DATE:23 Nov 2010}}; LCpl {{NAME:Tomas Ibarra}} KIA. Corroborated by unit records.
Current: lives w/ wife {{NAME:Kiana}} in {{LOCATION:Wilkes-Barre}}; works nights at {{FACILITY:Keystone Cold Storage}}. PCL-5 = 58. PHQ-9 = 17. Nightmares 4-5x/wk, hypervigilance, sits facing doors, startle to fireworks.
Dx: PTSD, chronic (F43.12); alcohol use disorder, mild, in early remission.
Opinion: the claimed condition is at least as likely as not (50% or greater probability) incurred in or caused by the in-service stressor.
{{NAME:R. Ng-Delacroix}}, PsyD, PA lic. {{LICENSE:PS018822}}`,

  `HEARING LOSS AND TINNITUS DBQ
Vet: {{NAME:PFEIFFER, Gunther J.}}   DOB {{DATE:1958-03-30}}   Claim {{ACCOUNT:31 772 905}}   Exam {{DATE:2024-06-11}}
Audiologist: {{NAME:Anjali Venkataraman}}, Au.D., CCC-A ({{FACILITY:Ridgeline VA Clinic}} Audiology, rm 2B-114)
Service: Army 1977-1999, 13B cannon crewmember then 13Z. Howitzer noise w/o consistent HPD, "foam plugs if we had them". Civilian: {{FACILITY:Lackawanna Tool & Die}} 2000-2018, in a hearing conservation program.
Pure tone thresholds (dB HL):
          500  1000  2000  3000  4000
RIGHT      20    25    40    60    70
LEFT       25    30    45    65    75
Maryland CNC: R 84%, L 80%. Tymps Type A AU.
Dx: SNHL bilat; tinnitus, recurrent, bilat.
Enlistment audiogram ({{DATE:08/22/1977}}) WNL; separation ({{DATE:05/06/1999}}) shows shift at 3-4 kHz.
Opinion: hearing loss and tinnitus at least as likely as not due to military noise exposure.
Current aids: R {{DEVICE:2219A04471}}, L {{DEVICE:2219A04478}}, issued {{DATE:Feb 2021}}.`,

  `CHRONOLOGICAL RECORD OF MEDICAL CARE (SF 600) - SICK CALL
{{FACILITY:Tolliver Army Health Clinic}}, {{FACILITY:Fort Kessling}} - TMC 2
Pt: SPC {{NAME:OKAFOR, CHINEDU E.}}   DoD ID {{ID:1587302264}}   Unit: {{FACILITY:B Co, 2-318th IN}}   MOS 11B   PULHES 111111
Date/time: {{DATE:12MAR2024 0640}}
CC: L ankle pain x2d after 12 mi ruck (35 lb). Rolled ankle on gravel near range 14.
O: mild swelling lat malleolus, TTP over ATFL, no bony TTP, Ottawa ankle rules neg, ambulates w/ slight limp. NV intact.
A: L ankle sprain, grade I (S93.402A)
P: RICE, ibuprofen 800 mg TID x5d w/ food, ankle brace. Temp profile 7 days: no running, no rucking, walk at own pace and distance. F/u w/ PA {{NAME:Delgado}} on {{DATE:19 Mar}} if not improved, sooner PRN.
Cmd notified: 1SG {{NAME:Breckenridge}} via email {{EMAIL:j.breckenridge2.mil@mail.mil}}.
Seen by SGT {{NAME:Alvarez-Quinones}}, 68W / supervised by CPT {{NAME:Haddad}}, PA-C`,

  `POST-DEPLOYMENT HEALTH ASSESSMENT (DD FORM 2796) - PROVIDER REVIEW
Name: {{NAME:Kowalczyk, Teresa M.}}   Rank/Grade: SSG/E-6   DoD ID: {{ID:1304459812}}
Component: ARNG   Unit: {{FACILITY:1157th Engineer Company}}   Home station: {{FACILITY:Camp Tamarack Armory}}, {{LOCATION:Rapid City}}, SD
Deployment: {{DATE:02 JUN 2023}} to {{DATE:28 FEB 2024}}, {{FACILITY:FOB Halcyon}} near {{LOCATION:Erbil}}; TDY {{LOCATION:Amman}} {{DATE:Nov 2023}}.
Exposures endorsed: burn pit smoke (~1 km), JP-8, generator noise, sand/dust.
Concerns: cough since ~{{DATE:Oct 2023}}, low back pain (lifting), poor sleep.
PC-PTSD-5 2/5 (neg). PHQ-2 1 (neg). AUDIT-C 4.
Vitals: BP 126/78. Vision 20/20 OU corrected.
Plan: CXR and spirometry, PCM f/u at {{FACILITY:Black Hawk Troop Medical Clinic}}; encouraged Airborne Hazards and Open Burn Pit Registry. PDHRA due in 90-180 days (~{{DATE:Aug 2024}}).
Reviewing provider: MAJ {{NAME:Solberg, Erik T.}}, MD   ph {{PHONE:(605) 555-0178}}`,

  `PDHRA (DD 2900) telephonic - contract RN call log
{{DATE:9/17/24}} 1412 - called SGT {{NAME:Marcus Bell}} at {{PHONE:605-555-0119}}, no answer, VM left w/ callback {{PHONE:1-800-555-0164}}.
{{DATE:9/18/24}} 0905 - pt returned call. ID verified w/ DOB {{DATE:11/04/1996}} + last 4 {{SSN:7731}}.
 - redeployed {{DATE:4/2/24}} from {{LOCATION:Mosul}}.
 - ringing in both ears since an IDF event, "hear it at night". no LOC.
 - drinking more: 6-8 beers on weekends. AUDIT-C 7 (+).
 - wife {{NAME:Jess}} "says I'm short-tempered".
 - PC-PTSD-5 3/5 (+). denies SI/HI. C-SSRS screen neg.
Referred to {{FACILITY:Spearfish Creek Vet Center}} + unit BH. Warm handoff done.
Referral # {{ID:PDHRA-24-0091827}}. Pt email for f/u {{EMAIL:mbell.1996@prairiewave.net}}.
Audiology appt requested via the BAS.
RN {{NAME:T. Baumgartner}} / reviewed by Dr. {{NAME:Okeke}}`,

  `TRICARE REFERRAL / AUTHORIZATION
From: {{FACILITY:Naval Health Clinic Cobb Point}}, Family Medicine Team Gold
PCM: LCDR {{NAME:Yusuf Al-Amin}}, MC, USN   NPI {{LICENSE:1730495528}}
To: {{FACILITY:Tidewater Orthopaedic Associates}}, attn Dr. {{NAME:Pamela Strickland}}   Fax {{FAX:(757) 555-0127}}   Ph {{PHONE:(757) 555-0126}}
Beneficiary: {{NAME:REYES-MORALES, ISABELLA}}   DOB {{DATE:07/30/2009}}   FMP 30
Sponsor: HMC {{NAME:Reyes-Morales, Luis}}   DBN {{HEALTH_PLAN:10384527716}}
Plan: TRICARE Prime (East)   Referral/Auth #: {{ID:0024071183452}}   Valid {{DATE:07/08/2024}} - {{DATE:01/04/2025}}, 6 visits
Dx: M41.125 adolescent idiopathic scoliosis, thoracic; Cobb angle 27 deg on standing films {{DATE:6/28/24}}.
Reason: specialty consult, bracing eval. Routine.
Pt address: {{ADDRESS:2219 Sandpiper Ct, Unit C}}, {{LOCATION:Virginia Beach}}, VA {{ZIP:23456}}
Mother's email {{EMAIL:carmen.rm@tidewave.net}}
Please return consult results to MTF fax {{FAX:(757) 555-0199}}.`,

  `{{DATE:August 2, 2024}}

Mr. {{NAME:Walter E. Dunleavy}}
{{ADDRESS:77 Bittersweet Lane}}
{{LOCATION:Cheyenne}}, WY {{ZIP:82009}}

RE: Claim {{ACCOUNT:TFL-2024-08813290}}, date of service {{DATE:06/14/2024}}
Beneficiary DBN: {{HEALTH_PLAN:20917734650}}   Medicare MBI: {{HEALTH_PLAN:5EG4-TE5-MK72}}

Dear Mr. {{NAME:Dunleavy}},

We reviewed the claim from {{FACILITY:Frontier Sleep & Lung}} for your sleep study. Medicare paid first as your primary coverage. TRICARE For Life has now paid the remaining $212.40 after your cost share, so your account with that provider ({{ACCOUNT:FSL-55019}}) should show a zero balance.

The CPAP supplies billed by {{FACILITY:High Plains Home Medical}} on {{DATE:06/20/2024}} were denied because no certificate of medical necessity was on file. Your doctor, Dr. {{NAME:Imelda Gutierrez-Soto}}, may send one and the claim will be reprocessed.

If you disagree with this decision you may ask for reconsideration within 90 days of the date of this letter.

Sincerely,
{{NAME:K. Abernathy}}
Claims Appeals`,

  `DOT MEDICAL EXAMINATION REPORT (MCSA-5875) - examiner summary
Driver: {{NAME:Terrence L. Boudreaux}}   DOB {{DATE:04/19/1971}}   Age 53
CDL: LA {{LICENSE:008815273}} Class A, endorsements H, N, T
Address: {{ADDRESS:1406 Bayou Des Glaises Rd}}, {{LOCATION:Marksville}}, LA {{ZIP:71351}}   Cell {{PHONE:318-555-0172}}
Employer: {{FACILITY:Red River Tank Lines}}
Exam {{DATE:03/05/2024}} - recertification
Hx: HTN on amlodipine 10. DM2 on metformin only (no insulin, so no MCSA-5870). Denies OSA sx, Epworth 6, neck 17.5 in, BMI 33.
BP 146/90 (recheck 138/86). Pulse 78. UA: SG 1.020, protein neg, blood neg, sugar 1+.
Vision: R 20/25, L 20/20, both 20/20 uncorrected; horizontal field 85 deg each eye; recognizes red, green, amber.
Hearing: forced whisper 5 ft each ear.
Determination: meets standards in 49 CFR 391.41; certified 1 year (HTN stage 1). Expires {{DATE:03/05/2025}}.
ME: {{NAME:Priya Raghunathan}}, DO   National Registry # {{LICENSE:4459021137}}   {{FACILITY:Acadiana Occupational Health}}, {{PHONE:337-555-0150}}`,

  `MEDICAL EXAMINER'S CERTIFICATE (MCSA-5876) -- print preview
I certify that I have examined
  Last: {{NAME:NGUYEN}}      First: {{NAME:THANH HUONG}}
  DOB: {{DATE:1985-12-02}}   Driver License #: {{LICENSE:N830-4157-2611-04}}   State: WI
in accordance with the FMCSRs (49 CFR 391.41-391.49) and with knowledge of the driving duties, and find this person is qualified:
  [X] Meets standards in 49 CFR 391.41; qualifies for 2-year certificate
  [X] Wearing corrective lenses
  [ ] Accompanied by a ___ waiver/exemption
  [ ] Skill Performance Evaluation (SPE) Certificate
Medical Examiner's Name: {{NAME:HALVERSON, JORDAN K}}, PA-C
ME signature: /s/ {{NAME:J Halverson}}
ME telephone: {{PHONE:(608) 555-0187}}   ME license: WI PA {{LICENSE:10294-31}}
National Registry Number: {{LICENSE:7712004587}}
Address: {{FACILITY:Driftless Occupational Medicine}}, {{ADDRESS:2501 Commerce Pkwy, Ste 110}}, {{LOCATION:Sun Prairie}}, WI {{ZIP:53590}}
Date certificate signed: {{DATE:10/21/2024}}   Expiration date: {{DATE:10/21/2026}}
Employer (optional): {{FACILITY:Badger State Dairy Haulers}}
Driver photo on file: {{PHOTO:DRV_NGUYEN_20241021.jpg}}`,

  `Occ Med - DOT recert w/ OSA
{{DATE:Wed 1/10/2024}}
{{NAME:Gil Ferreira}} (goes by "{{NAME:Gilly}}"), 58M, long-haul for {{FACILITY:Cascadia Reefer Express}}, {{LOCATION:Portland}} to {{LOCATION:Boise}} runs.
Severe OSA (AHI 41) on PSG {{DATE:9/2022}}. CPAP ResMed AirSense 11, SN {{DEVICE:23231456789}}.
Compliance download {{DATE:12/10/23}}-{{DATE:1/8/24}}: used 29/30 nights, >=4 h on 93% of nights, avg 6 h 41 m, residual AHI 2.3. Meets the usual >=70% threshold.
Report link he forwarded: {{URL:https://airview-share.example.com/r/GF-8841-2207}}
Epworth 5. BP 132/84. BMI 36. Neck 18.5 in.
Certified 1 yr, exp {{DATE:1/10/2025}}. Bring 90-day compliance to next exam; would not cert w/o it.
CDL OR {{LICENSE:5821944}}.
Copy of cert to safety mgr {{NAME:Dana Whitcomb}}, {{EMAIL:dwhitcomb@cascadiareefer.com}}, w/ driver's signed release on file.
Driver asked about the new Clearinghouse query fee - told to ask dispatch.
-- {{NAME:E. Sorensen}}, MD (NRCME {{LICENSE:3306718842}})`,

  `AME EXAM WORKSHEET - FAA Form 8500-8 (First Class)
Applicant: {{NAME:Amara Okonjo-Blake}}   MID: {{ID:A9F2KX77}}   MedXPress conf: {{ID:MX-4471902}}
Pilot certificate: ATP {{LICENSE:3581127}}   Total time 6,420 h; last 6 mo 410 h
Employer: {{FACILITY:Skyline Regional Airways}}, crew base {{LOCATION:Charlotte}}
DOB {{DATE:22 Aug 1983}}   Exam {{DATE:15 Apr 2024}}
Item 18: hay fever (loratadine, no sedation). No visits to health professionals in last 3 yrs except dental and this office ({{DATE:10/2023}}).
Ht 66 in, wt 142. BP 118/74, P 66.
Distant vision 20/15 OU uncorrected; near 20/20; intermediate 20/20. Color: Ishihara 14/14. Fields normal. Hearing: conversational voice at 6 ft, back turned.
ECG (first exam after age 40, required): NSR 62, unchanged from tracing of {{DATE:04/2023}}; transmitted electronically.
Result: First class issued, no limitations.
AME: {{NAME:Harold Yazzie-Chen}}, MD, AME # {{LICENSE:70481}}   {{FACILITY:Piedmont Aviation Medicine}}
Ph {{PHONE:704-555-0139}}   Fax {{FAX:704-555-0140}}`,

  `To: {{NAME:Bryce Tanaka-Moreland}} <{{EMAIL:bryce.tm.flies@aerogrid.net}}>
Sent: {{DATE:Thu 6/6/2024 4:12 PM}}
Subj: your 3rd class - kidney stone

Hi {{NAME:Bryce}},
Thanks for sending the CT from {{FACILITY:Lakeshore Urology}} ({{DATE:May 21}}). It shows the 4 mm stone passed with no residual calculi. Under the CACI worksheet for renal calculi I still need (1) a status note from your urologist, Dr. {{NAME:Oyelaran}}, saying no retained stones plus any metabolic workup, and (2) the 24-h urine if it was done.
With those I can issue at your exam on {{DATE:6/14}}. If there is a retained stone I'd have to defer to the FAA and that can take 60-90 days.
Also, the aircraft N-number you typed in the MedXPress comments isn't needed - I removed {{VEHICLE:N4417T}} from that field.
Student pilot cert # {{LICENSE:4210773}}.
Call {{PHONE:(312) 555-0183}} with questions.
-- Dr. {{NAME:Lisette Marchand}}, Senior AME
{{FACILITY:Midway Flight Medicine}} | {{ADDRESS:5820 W 63rd Pl, Ste 2}}, {{LOCATION:Chicago}} IL {{ZIP:60638}}`,

  `{{FACILITY:CRESTLINE RAIL}} - MEDICAL DEPT - FITNESS FOR DUTY
Employee: {{NAME:DOYLE, FRANCIS X}}   Emp ID {{ID:E0482215}}   Craft: locomotive engineer
Territory: {{LOCATION:Altoona}} - {{LOCATION:Harrisburg}} subdivision
Engineer certificate (49 CFR 240) # {{LICENSE:ENG-PA-118402}}, exp {{DATE:09/30/2025}}
Reason: RTW after L TKA {{DATE:04/02/2024}} (Dr. {{NAME:Szymanski}}, {{FACILITY:Juniata Valley Ortho}})
Findings {{DATE:06/18/2024}}: ROM 0-115, quad 5-/5, mounts/dismounts locomotive ladder x10 unassisted, walks ballast 200 ft w/ steady gait. Off opioids since {{DATE:5/1}}.
Vision (240.121): 20/20 OD, 20/25 OS. Color: Ishihara 12/14 - fail; FRA field color test passed {{DATE:6/18/24}}.
Hearing: 500/1k/2k avg R 22 dB, L 25 dB - ok.
Meds: meloxicam 15 mg, atorvastatin 40.
Decision: FIT for duty, no restrictions. Notify road foreman {{NAME:Gus Patel}} and crew management.
{{NAME:Anne-Marie Kessler}}, MD, Chief Medical Officer
Tel {{PHONE:814-555-0104}} / Fax {{FAX:814-555-0105}}`,

  `MERCHANT MARINER MEDICAL EVALUATION (CG-719K) - clinic notes
Applicant: {{NAME:Siosaia Fifita}}   DOB {{DATE:03 Jan 1979}}   MMC reference #: {{LICENSE:2738841}}
Position: AB / Tankerman-PIC, currently on {{FACILITY:M/V Kestrel Dawn}} ({{FACILITY:Pacific Crescent Towing}}), 28 on / 14 off out of {{LOCATION:Tacoma}}.
Home: {{ADDRESS:3312 E Portland Ave}}, {{LOCATION:Fife}}, WA {{ZIP:98424}}   ph {{PHONE:253-555-0167}}
Exam {{DATE:07/12/2024}}:
- Vision 20/20 OU corrected; Ishihara 16/16.
- Audiometry avg R 30 dB, L 35 dB (standard <= 40).
- BP 142/88 on losartan. A1c 6.9 on metformin, no insulin.
- Demonstrated physical ability: ladder climb, lift 40 lb, stand 2 h, don PFD - all ok.
- OSA on CPAP since 2021, SN {{DEVICE:22190038812}}, 88% use >= 4 h.
Recommendation: meets standards, no limitations. Uploaded to NMC {{DATE:7/13/24}}.
Examiner: {{NAME:Katrina Lindqvist}}, ARNP, WA {{LICENSE:AP60448721}}
Fax {{FAX:253-555-0168}}`,

  `PRE-PLACEMENT EXAM - {{FACILITY:Meridian Distribution Center #4}}
Candidate: {{NAME:Latoya Simmons-Greer}}   Req # {{ID:REQ-88213}}   Position: order selector (PDL: lift 50 lb occasionally)
Scheduled by HR {{NAME:Brett Kaminski}} ({{EMAIL:bkaminski@meridiandist.com}})
DOB {{DATE:5/9/1994}} - cell {{PHONE:(501) 555-0121}} - {{ADDRESS:1209 Pershing Ave}}, {{LOCATION:North Little Rock}} AR {{ZIP:72114}}
Exam {{DATE:Mon 2/12/24}}
Hx: asthma (albuterol PRN, last used "a month ago"), L wrist fx 2015, healed.
BP 118/70, P 72, SpO2 99%. Snellen 20/20 OU. Lungs clear.
Functional screen: floor-waist lift 50 lb x5 ok, waist-shoulder 35 lb ok, carry 40 lb 50 ft ok, squat/kneel ok.
Non-DOT 5-panel urine collected here at {{FACILITY:Arkansas Valley Occupational Health}}, specimen ID {{ID:0713258846}}.
TB: QuantiFERON pending.
Result: Qualified, no restrictions (pending drug screen).
{{NAME:D. Whitehorse}}, FNP-C`,

  `RETURN TO WORK EVALUATION
Employee: {{NAME:Raul Esparza}} | Employer: {{FACILITY:Sunbelt Precast Concrete}} | Supervisor: {{NAME:Mike}} "{{NAME:Tank}}" {{NAME:Dorsey}}
WC claim #: {{ACCOUNT:WC-24-117-66031}} | Adjuster: {{NAME:Holly Pruett}}, {{EMAIL:hpruett@lonestarcomp.com}}
DOI: {{DATE:01/22/2024}} - struck L hand with 8 lb sledge while stripping forms. Fx L 4th metacarpal, ORIF {{DATE:01/25/2024}} by Dr. {{NAME:Adebayo}} at {{FACILITY:Hill Country Hand Center}}.
Visit {{DATE:03/14/2024}}: Jamar grip (pos 2) R 98 lb, L 61 lb (62%). Full composite fist. Mild dorsal edema. Pain 2/10.
Job demands: frequent gripping and tool use, lift 75 lb occasionally.
Work status: modified duty eff. {{DATE:3/15/24}} x 4 wk - no lifting > 20 lb L hand, no vibrating tools, no sledge or jackhammer; may operate forklift. Hand therapy 2x/wk. Re-eval {{DATE:04/11/24}}.
DWC-73 completed, faxed to employer {{FAX:(512) 555-0133}}.
Home address on file {{ADDRESS:804 Mesquite Trl}}, {{LOCATION:Kyle}}, TX {{ZIP:78640}}.
-- {{NAME:C. Villanueva}}, MD, {{FACILITY:Hays County Occupational Clinic}}`,

  `MRO VERIFICATION WORKSHEET
Donor: {{NAME:KELLER, BRANDON J}}   Donor ID (CDL): {{LICENSE:K460-7712-9084}}
CCF # {{ID:1043377621}}   Lab accession {{ID:AC24-0091173}}
Employer/DER: {{FACILITY:Great Plains Aggregate}}, DER {{NAME:Sandra Voss}} {{PHONE:(316) 555-0116}}
Collected {{DATE:02/27/2024}} at {{FACILITY:Wichita Occ Health Collection Site}}; reason: random (DOT/FMCSA)
Lab: {{FACILITY:NorthStar Forensic Laboratories}} - POSITIVE oxycodone 1,840 ng/mL (cutoff 100), oxymorphone 212 ng/mL
Interview {{DATE:02/29/2024 10:15}}: donor reached at {{PHONE:(316) 555-0117}}, ID verified w/ DOB {{DATE:6/2/1988}}. States Rx from dentist for molar extraction; pharmacy {{FACILITY:Riverside Family Pharmacy}}.
{{DATE:03/01/2024}}: pharmacy confirms oxycodone 5 mg #12 filled {{DATE:9/14/2022}} - 17+ months old, not a legitimate medical explanation for current use.
MRO determination: VERIFIED POSITIVE - oxycodone/oxymorphone. Donor told same day, advised of SAP process (49 CFR 40.289). DER notified 14:40. Reported to FMCSA Clearinghouse.
{{NAME:Nathaniel Oduya}}, MD, MRO (cert {{LICENSE:MRO-22817}})`,

  `FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - COPY 2 (MRO) [OCR EXPORT]
SPECIMEN ID NO. {{ID:0091844726}}   ACCESSION NO. {{ID:SLX7720194}}
STEP 1: A. EMPLOYER: {{FACILITY:BLUE HERON MARINE SERVICES}}, {{ADDRESS:44 PIER RD}}, {{LOCATION:HOUMA}} LA {{ZIP:70363}}  TEL {{PHONE:985-555-0181}}  FAX {{FAX:985-555-0182}}
B. MRO: {{NAME:GRETCHEN ALVORD}}, MD, {{FACILITY:GULFSIDE MRO SERVICES}}, {{PHONE:504-555-0110}}
C. DONOR SSN OR EMPLOYEE I.D. NO.: {{SSN:438-66-1092}}
D. TESTING AUTHORITY: USCG   E. REASON: PRE-EMPLOYMENT   F. TESTS: THC, COC, PCP, OPI, AMP
G. COLLECTION SITE: {{FACILITY:BAYOU COLLECT-N-GO}}, {{ADDRESS:1877 GRAND CAILLOU RD}}, {{LOCATION:HOUMA}} {{ZIP:70363}}  COLLECTOR PH {{PHONE:985-555-0185}}
STEP 2: TEMP 90-100F WITHIN 4 MIN: YES   SPLIT: YES
STEP 4: COLLECTOR {{NAME:ROUX, DANIELLE}}   {{DATE:04/08/2024 0812}}   RELEASED TO: COURIER
STEP 5: DONOR {{NAME:THIBODEAUX, REMY}}   DAYTIME PH {{PHONE:985-555-0176}}   DOB {{DATE:11/23/1990}}
STEP 6 (MRO): NEGATIVE   {{DATE:04/10/2024}}   /S/ {{NAME:G. ALVORD}}`,

  `BREATH ALCOHOL TEST - BAT notes (49 CFR Part 40 subpart L)
{{DATE:Sat 11/16/24}} - reasonable suspicion, requested by supv {{NAME:Lonnie Burkhalter}} ({{FACILITY:Ozark Transit Authority}}), who noted odor of alcohol and unsteady gait at pre-trip of bus 2207.
Employee: {{NAME:Wendell Pryor}}, emp # {{ID:OTA-30417}}, operator since 2009.
BAT: {{NAME:Joanne Castellano}}, on site at {{FACILITY:Ozark Transit North Garage}}, {{ADDRESS:3100 N Kansas Expy}}, {{LOCATION:Springfield}} MO.
Screening test 0723: 0.047. Confirmation 0741 after 15-min wait, no eating or belching: 0.044.
Result >= 0.04: removed from safety-sensitive duty; no return until SAP evaluation and RTD test.
Did not drive - released to wife {{NAME:Cheryl}}, who picked him up (MO plate {{VEHICLE:KD4-R7H}}).
ATF # {{ID:ATF-2024-118320}}. DER {{NAME:Burkhalter}} notified by phone {{PHONE:417-555-0135}} at 0750.
EBT calibration current. Employee signed step 4, refused copy.
{{NAME:JC}}`,
  `HEARING CONSERVATION PROGRAM - ANNUAL AUDIOGRAM REVIEW (29 CFR 1910.95)
Plant: {{FACILITY:Tri-State Stamping, Plant 2}}   Dept: press line B (TWA 91 dBA)
Employee: {{NAME:Mbeki, Thandiwe}}   Emp # {{ID:40773}}   DOB {{DATE:08/14/1976}}
Test {{DATE:2024-09-03}} (14 h quiet) - tech {{NAME:R. Fiorentino}}, CAOHC {{LICENSE:C-118764}}
Baseline {{DATE:2016-07-11}}:
 Hz       500  1k  2k  3k  4k  6k
 R base    10  10  15  20  25  25
 R now     15  15  25  35  40  35
 L base    10  10  10  20  20  25
 L now     10  15  15  25  25  30
R ear: avg shift at 2/3/4k = 13.3 dB - STS, confirmed on retest {{DATE:9/24/24}}. Still STS after age correction (App F). Recordable (avg >= 25 dB above audiometric zero): yes, OSHA 300 log.
Actions: written notice within 21 days; refit HPD (foam plugs -> custom molded, NRR 26); retrain; recheck 6 mo.
Supervisor {{NAME:Chuck Ostrowski}} notified.
Reviewer: {{NAME:Leah Abramowitz}}, Au.D.`,

  `RESPIRATOR MEDICAL CLEARANCE (OSHA 29 CFR 1910.134, Appendix C)
Name: {{NAME:Jae-won Park}}   Employer: {{FACILITY:Hollister Abatement Group}}
Job: asbestos abatement worker. Respirators: full-face PAPR and half-face APR (P100), Tyvek. Heavy exertion, hot environment, ~6 h/day.
Questionnaire rec'd via portal {{DATE:10/02/2024}} from IP {{IP:203.0.113.57}}; reviewed {{DATE:10/03/2024}}.
Positive answers: Q9 smoker (1/2 ppd x 12 yrs), Q7 seasonal allergies. Denies chest pain, SOB, claustrophobia.
Spirometry: FVC 4.61 L (96%), FEV1 3.52 L (91%), ratio 0.76.
Determination: medically cleared for full-face PAPR and APR, no limitations. Fit test next (QNFT, Portacount). Re-eval 1 yr or sooner if sx.
Employee contact {{PHONE:(702) 555-0190}}; mailing {{ADDRESS:9045 W Sahara Ave Apt 1216}}, {{LOCATION:Las Vegas}} NV {{ZIP:89117}}.
Written clearance only (no medical detail) to safety officer {{NAME:Teodoro Mancini}}, {{EMAIL:tmancini@hollisterabate.com}}.
PLHCP: {{NAME:Farida Haidari}}, MD, MPH - {{FACILITY:Silver State Occupational Medicine}}`,

  `NFPA 1582 ANNUAL MEDICAL EVALUATION - {{FACILITY:Pine Hollow Fire Rescue}}
FF/EMT {{NAME:Mateo}} "{{NAME:Teo}}" {{NAME:Castellanos}}, Engine 7 / B shift, emp # {{ID:PHFR-1187}}
Age 44. Exam {{DATE:1/29/2024}}.
- Category A/B conditions: none.
- BP 136/84. BMI 29.
- Spirometry FEV1 102%, FVC 104%.
- Audiogram: 4k R 35 dB, L 40 dB, mild HF loss, no change vs {{DATE:1/2023}}.
- Vision 20/20 corrected, color normal.
- Treadmill (Gerkin protocol): 13.5 METs, est VO2 47 ml/kg/min (>= 42); no ectopy.
- Labs: LDL 162, A1c 5.7.
- Skin check: 1 atypical nevus L shoulder, referred to Dr. {{NAME:Pham}} (derm).
- Hep B surface Ab: immune. TB IGRA neg.
Fitness for duty: cleared, full duty incl. SCBA and interior attack. Letter to Chief {{NAME:Harlan Voigt}} states capacity only.
Portal message sent to {{EMAIL:teo.castellanos@pinehollowfire.org}}.
{{NAME:Shirin Farahani}}, MD, fire department physician`,

  `{{FACILITY:Mesa Verde County Sheriff's Office}} - PEACE OFFICER PRE-EMPLOYMENT MEDICAL
Candidate: {{NAME:TRUJILLO, ADRIAN M}} | Background investigator: Det. {{NAME:Ramona Sandoval}} | Exam {{DATE:05-07-2024}}
Address: {{ADDRESS:27 Calle Rosa}}, {{LOCATION:Cortez}} CO {{ZIP:81321}} | DL CO {{LICENSE:17-442-8913}}
Hx: R ACL reconstruction 2017 (football at {{FACILITY:Four Corners State College}}), full return. No other surgery.
Vision: 20/15 uncorrected OU; Farnsworth D-15 pass.
Hearing: all thresholds <= 25 dB at 500-4000 Hz.
Resting ECG normal. BP 122/76.
Job task simulation: 1.5-mi run 12:41; push-ups 38; 300 m 58 s (Cooper standards).
Psych eval with Dr. {{NAME:Ingrid Solheim}}, PhD, scheduled {{DATE:5/21}}.
10-panel urine neg, specimen {{ID:D7714208}}.
Disposition: medically suitable for peace officer duties.
Examiner: {{NAME:Kwame Asante}}, MD - {{FACILITY:Montezuma Valley Occupational Health}} - {{PHONE:970-555-0158}}`,

  `TRAVEL MEDICINE CONSULT
{{NAME:Hildegard}} "{{NAME:Hilde}}" {{NAME:Brandt-Oyelowo}}, 67F, retired USAF nurse
Visit {{DATE:03-Oct-2024}}; departs {{DATE:02-Nov-2024}} x 5 wk
Itinerary: {{LOCATION:Nairobi}} -> lodges in the Mara -> {{LOCATION:Arusha}} -> {{LOCATION:Zanzibar City}} (Kenya, Tanzania).
PMH: HTN, s/p R TKA, AF on apixaban (CHA2DS2-VASc 3).
Vaccines: YF given today (lot UJ117AA), ICVP signed. Typhoid oral rx. Hep A #2 due {{DATE:April 2025}}. Td 2019 ok. Rabies PrEP discussed, declined.
Malaria: atovaquone-proguanil 250/100 daily from 1-2 d before to 7 d after; no significant interaction w/ apixaban.
TD: azithromycin 1 g x1 standby.
Passport # {{ID:A08871234}} recorded on ICVP.
Emergency contact: son {{NAME:Felix}} {{PHONE:(210) 555-0148}}.
Travel insurance w/ medevac: member # {{HEALTH_PLAN:GTX-5518820}}.
Enrolled in STEP.
{{NAME:Y. Castaneda}}, PA-C, {{FACILITY:Alamo Travel & Tropical Medicine}}`,

  `EXPEDITION MEDICAL BRIEF - {{FACILITY:Vertical Limit Expeditions}} autumn trek/climb
Team arrives {{LOCATION:Kathmandu}} {{DATE:Oct 3}}, flies to {{LOCATION:Lukla}} {{DATE:Oct 6}}, rest day in {{LOCATION:Namche Bazaar}}.
Roster med notes:
1. {{NAME:Okwuosa, Ifeanyi}} (47) - HTN on amlodipine; acetazolamide 125 mg bid prophylaxis.
2. {{NAME:Lindgren, Astrid}} (38) - hx HAPE 2019 at 5,200 m; nifedipine ER 30 mg bid prophylaxis; strict ascent profile.
3. {{NAME:Wojcik, Pawel}} (55) - T2DM, CGM serial {{DEVICE:3MH2K07RWQ}}; backup glucometer; insulin in inner pocket.
4. {{NAME:Sato, Kenji}} (61) - s/p PCI 2021, cardiology clearance from Dr. {{NAME:Bhattacharya}} dated {{DATE:8/30/24}}.
Daily SpO2 + Lake Louise score log; SpO2 80-88% expected at 4,400 m.
Evac: helicopter via insurer hotline; aid post {{FACILITY:Dingboche Mountain Clinic}}. Sat phone {{PHONE:+881 631 555 0188}}.
Dex 4 mg, nifedipine, Gamow bag in kit.
Prepared by {{NAME:Miriam Achterberg}}, MD, DiMM - {{EMAIL:m.achterberg@vertlimitexp.com}}`,

  `My HealtheVet Secure Message
From: {{NAME:BARRERA, JOSEFINA}} (patient)
To: MH TEAM - {{FACILITY:RIO BRAVO VA HCS}}
Sent: {{DATE:07/03/2024 22:47}}
Subject: meds

hi dr {{NAME:lopez-whitman}} i ran out of my prazosin last week the mail order never came, pharmacy says it shipped to my old address {{ADDRESS:3207 yandell dr apt 4}}?? im staying at my sister {{NAME:Marisol}}s now, {{ADDRESS:11480 pebble hills blvd}} {{LOCATION:el paso}} {{ZIP:79936}}. the nightmares are back since the neighbors started the fireworks. not drinking. can someone call me {{PHONE:915 555 0113}}. thank you
- {{NAME:Josie}}

Reply {{DATE:07/05/2024 08:10}}: Ms. {{NAME:Barrera}}, I updated your address and sent a 30-day supply of prazosin 5 mg by CMOP, USPS tracking {{ID:9400 1112 0255 8873 4410 07}}. Your therapist {{NAME:Dawit}} will call you today. If you are in crisis dial 988 then press 1.
-- {{NAME:A. Lopez-Whitman}}, MD / {{NAME:kt}}`,

  `PHARMACY PHONE CALL - {{FACILITY:Harmon Creek VAMC}} Outpatient Pharmacy
{{DATE:10/15/24}} 1310 - Pt {{NAME:Vernon Tibbs}}, {{AGE:96}} y/o WWII vet, called w/ dtr-in-law {{NAME:Gloria}} on speaker. Last4 {{SSN:0628}} and DOB {{DATE:3/3/1928}} verified.
Req: refill warfarin 2.5 mg and metoprolol tartrate 25 mg, Rx #{{ID:2784411}} and #{{ID:2784412}}.
INR 2.6 on {{DATE:10/9}} (anticoag clinic, goal 2-3), next INR {{DATE:10/30}}.
Mailing addr confirmed: {{ADDRESS:PO Box 214}}, {{LOCATION:Moosic}} PA {{ZIP:18507}}.
Window pickup not possible, he sold the Buick in spring.
Processed to CMOP, ETA 5-7 d. Pt asked for a pill splitter - mailed. Reminded him no new aspirin/ibuprofen w/ warfarin.
Gloria's cell for questions {{PHONE:570-555-0188}}.
{{NAME:S. Iwu}}, PharmD`,

  `VA VIDEO CONNECT - SESSION NOTE
Provider: {{NAME:Tamsin Greer-Obi}}, LCSW (telework)
Patient: {{NAME:CROWFEATHER, DALE}}   ICN {{MRN:1009932184V552107}}
Session {{DATE:2024-04-22 13:58}} to 14:49 MT
Pt endpoint {{IP:198.51.100.23}} (mobile app); provider endpoint {{IP:192.0.2.144}}
Pt location confirmed at start: home, {{ADDRESS:HC 62 Box 118}}, {{LOCATION:Lame Deer}}, MT {{ZIP:59043}}; callback if dropped {{PHONE:406-555-0196}}.
Emergency contact: brother {{NAME:Lyle}}.
CPT session 6 of 12 - stuck points about a convoy incident outside {{LOCATION:Tikrit}}, 2005. Pt completed ABC worksheets.
PCL-5 today 41 (intake 59).
Connection dropped 14:21 for ~2 min, rejoined through the same link {{URL:https://vvc-meet.example.org/j/88421170332}}.
Plan: next session {{DATE:4/29}} same time.
/es/ {{NAME:TAMSIN GREER-OBI}}, LCSW`,

  `PHYSICAL PROFILE RECORD (DA FORM 3349) - e-Profile summary
Soldier: {{NAME:WASHINGTON, DARNELL K}}   SGT/E-5   DoD ID {{ID:1466021873}}
Unit: {{FACILITY:HHC, 4-237th Aviation Regt}}   Installation: {{FACILITY:Fort Kessling}}
MOS 15T (UH-60 repairer)
Profile: PERMANENT   P U L H E S: 1 1 3 1 1 1
Condition: lumbar DDD L4-5 w/ radiculopathy, s/p microdiscectomy {{DATE:11 Jan 2024}}.
Functional limitations: no carrying > 25 lb, no ruck, no jumping, body armor < 2 h; ACFT alternate aerobic event: 2.5-mi walk.
MRDP: referred to IDES {{DATE:20240603}}.
Approving authority: MAJ {{NAME:Chiara Benedetti}}, MD; profiling officer CPT {{NAME:Owusu}}, PA.
Commander notified: LTC {{NAME:Hargrove}}, {{DATE:04 JUN 24}}.
Soldier cell {{PHONE:(254) 555-0107}}
Note: 1SG asked about 24-h duty (CQ) - allowed if seated.`,

  `MEB NARRATIVE SUMMARY (NARSUM) - excerpt
{{FACILITY:Kessling Army Community Hospital}}, Dept of Orthopaedics
SM: SSG {{NAME:Eleanor Vasquez-Tull}}, 34 y/o F, 92Y, 13 yrs service, DoD ID {{ID:1270388451}}
Dictated {{DATE:7/22/2024}} by CPT {{NAME:Rafferty}}, MD; typed {{NAME:jr}}
HPI: R hip pain since airborne ops at {{FACILITY:Fort Kessling}} drop zone {{DATE:March 2022}}; labral tear on MRA {{DATE:14JUN2022}}; arthroscopic repair {{DATE:09/2022}} at {{FACILITY:Lone Star Regional Military Medical Center}}. Persistent pain despite PT x 9 mo and 2 CSIs.
Exam: R hip flexion 95 deg, IR 10 deg, FABER +, Trendelenburg neg.
Duty limitations: cannot ruck, run or jump; cannot lift > 20 lb as a 92Y. Failed ACFT (alt 2.5-mi walk 40:12).
Dx: R hip FAI s/p labral repair, persistent pain (M25.551); VASRD DC 5252.
Does not meet retention standards IAW AR 40-501, para 3-41. Profile P3 L3.
Counseled {{DATE:07/25/2024}}; PEBLO Mr. {{NAME:Grant Ebbesen}}, {{EMAIL:grant.a.ebbesen.civ@health.mil}}.`,

  `{{FACILITY:USS HARLAN PRYCE (DDG-140)}} - MEDICAL DEPT SICK CALL LOG
{{DATE:21 SEP 2024}} - underway
0730 ET3 {{NAME:Delacroix}} - URI sx x3d, afebrile, rapid strep neg. Pseudoephedrine, fluids. Full duty. Seen by HM2 {{NAME:Ochoa}}.
0745 SN {{NAME:K. Abernathy-Lin}} - 2nd degree burn R forearm from galley steam line, 4x6 cm; silver sulfadiazine, dressing; SIQ 24 h, dressing change daily. CS1 {{NAME:Mendez}} notified. Mishap report # {{ID:24-PRY-0117}}.
0810 GSM3 {{NAME:Tuiasosopo}} - f/u L great toe paronychia, improving; continue cephalexin.
0830 LTJG {{NAME:Rasheeda Banks}} - OCP refill; hCG neg.
0905 FC1 {{NAME:Zhou Wei}} - dental pain #19, no swelling; ibuprofen; dental at next port visit, {{LOCATION:Sasebo}}.
0920 SA {{NAME:Pettibone}} ("{{NAME:Rocky}}") - L hand lac 2 cm from a dog-down, irrigated, steri-strips, Td up to date.
SMO review: LT {{NAME:Iheanacho}}, MC, USN. Log printed {{DATE:22SEP24}}.`,

  `FLIGHT MEDICINE - DNIF / RTFS
{{FACILITY:639th Medical Group}}, {{FACILITY:Ramsey AFB}} - flight medicine clinic
Aircrew: Capt {{NAME:Liam O'Rourke-Adeyemi}}, pilot, {{FACILITY:311th Air Refueling Squadron}}   DoD ID {{ID:1512830097}}
{{DATE:05 Feb 2024}}: acute sinusitis, unable to Valsalva R. DNIF, AF Form 1042 issued. Amox-clav x 7 d, saline. No flying, no altitude chamber.
{{DATE:12 Feb 2024}}: sx resolved, Valsalva normal AU, TMs mobile, no effusion. RTFS, 1042 signed by Maj {{NAME:Kristin Haugen}}, FS.
Also asked about his waiver for hx nephrolithiasis (single stone, 2019): waiver valid through {{DATE:30 Sep 2026}}, AIMWTS # {{ID:AIMW-2024-33812}}. KUB next due at PHA.
Sq/CC Lt Col {{NAME:Dmitri Volkov}} informed of RTFS by phone; SGP aware.
Pt personal cell {{PHONE:(509) 555-0172}}.
-- {{NAME:K. Haugen}}, Maj, USAF, MC, FS`,

  `LINE OF DUTY - DA FORM 2173 NARRATIVE (informal LOD)
SM: SPC {{NAME:Kaylee Brandt}}, {{FACILITY:B Trp, 2-217th Cavalry}}
Injury: {{DATE:13 Apr 2024 1745}}, during drill weekend travel from {{FACILITY:Platte River Readiness Center}} to billeting.
Location: {{ADDRESS:US-30 at mile marker 312}}, near {{LOCATION:Kearney}}, NE.
Vehicle: POV, 2014 Honda Civic, plate {{VEHICLE:UDV 482}}; struck by a pickup (plate {{VEHICLE:ZTK 1190}}) that ran a stop sign. State Patrol case # {{ID:NSP-24-041322}}.
Injuries: L clavicle fx (closed), seatbelt abrasion, mild concussion (MACE 2 cognitive 26/30).
Treated at {{FACILITY:Buffalo County Regional Medical Center}} ED, MRN {{MRN:BCR0048817}}. BAC neg.
Not due to own misconduct; SM was in authorized travel status.
Finding: IN LINE OF DUTY.
Investigating officer: 1LT {{NAME:Osei}}. Appointing authority: LTC {{NAME:Marguerite Lanning}}. Medical review MAJ {{NAME:Fitzgerald}}, {{DATE:4/20/2024}}.`,

  `EMPLOYER'S FIRST REPORT OF INJURY - clinic intake copy
Employer: {{FACILITY:Keystone Cold Storage}}, {{ADDRESS:600 Hanover Industrial Dr}}, {{LOCATION:Hanover Township}}, PA {{ZIP:18706}}
Contact: safety coordinator {{NAME:Renee Szczepanski}}, {{PHONE:570-555-0129}}, fax {{FAX:570-555-0130}}
Employee: {{NAME:Ortiz, Wilfredo}}   DOB {{DATE:1/18/67}}   SSN {{SSN:172-40-8856}}
Job: forklift operator, freezer dock (-10 F)
Injury: {{DATE:12/04/2023 0215}}, 3rd shift - L foot pinned between pallet jack and rack.
Witness: {{NAME:Tyrell Haynes}} (lead).
Clinic eval {{DATE:12/04/23}}: dorsal swelling, cap refill < 2 s, XR nondisplaced fx 3rd MT base. No compartment signs.
Post-accident testing (company policy, non-DOT): urine specimen {{ID:4418920077}}, breath 0.000.
Plan: CAM boot, crutches, NWB x 2 wk, ortho f/u w/ Dr. {{NAME:Kaminski-Lowe}}. Off work until {{DATE:12/11}}, then seated duty only.
WC claim # {{ACCOUNT:23-WC-5531027}}.
Dr. {{NAME:Ahmad}}, {{FACILITY:Wyoming Valley Occupational Health}}`,

  `POST-ACCIDENT TESTING - DOT/FMCSA (49 CFR 382.303)
Driver: {{NAME:Russell D. Kincaid}} ("{{NAME:Rusty}}"), {{FACILITY:Hi-Line Freight}}
Accident {{DATE:08/19/2024 0530}}, {{ADDRESS:I-94 WB at mile marker 211}} near {{LOCATION:Glendive}}, MT. Tractor-trailer jackknifed; other driver taken by ambulance, citation issued -> test required.
Truck: 2021 Freightliner Cascadia, MT plate {{VEHICLE:4-88731A}}, VIN {{VEHICLE:3AKJHHDR5MSMK4471}}; trailer plate {{VEHICLE:TR-550219}}.
Alcohol 0940 (within 8 h): 0.000, BAT {{NAME:Marla Dahl}}.
Drug test collected {{DATE:8/19/24}} 1105 (within 32 h), CCF {{ID:1177002345}}.
Driver statement: "deer in the road, swerved".
C/o neck pain - seen by {{NAME:Ngozi Eze}}, PA-C, {{FACILITY:Dawson County Health Clinic}}, {{PHONE:406-555-0193}}. Cervical strain, no neuro deficit, NEXUS neg. Cyclobenzaprine given; not to drive for 48 h.
CDL {{LICENSE:MT-0419883221}}.
Dispatcher {{NAME:Bev}} to arrange relay driver.`,

  `PERIODIC HEALTH ASSESSMENT (PHA) - {{FACILITY:639th Medical Group}}, {{FACILITY:Ramsey AFB}}
Member: TSgt {{NAME:Paulette Nakamura-Diaz}} | AFSC 3D1X2 | DoD ID {{ID:1398776012}} | DOB {{DATE:19880615}}
Date {{DATE:2024-11-08}} | Tech: A1C {{NAME:Boateng}} | Provider: Dr. {{NAME:Feliciano}}
IMR: dental class 1 (exam {{DATE:2024-06-02}}); immunizations current except influenza (given today); HIV drawn {{DATE:2023-03-14}}; readiness glasses yes, mask inserts no -> ordered; DOEHRS audiogram done, no STS.
Reports knee pain when running; PT score 88.6; BMI 24. Labs: A1c 5.2, lipids nl.
PHQ-2 0; AUDIT-C 2.
Deployability: no DLC; IMR GREEN once inserts arrive.
Spouse {{NAME:Hiroshi}} is deploying; family care plan on file.
Member phone {{PHONE:(505) 555-0141}}, email {{EMAIL:p.nakamuradiaz@desertlink.net}}`,

  `SRP SITE - PRE-DEPLOYMENT HEALTH ASSESSMENT (DD 2795) - exceptions list
{{DATE:16-17 JAN 2024}}, {{FACILITY:Fort Kessling}} SRP center, bldg 41012
Unit: {{FACILITY:542nd Quartermaster Company}}, deploying to {{FACILITY:Camp Redcliff}}, {{LOCATION:Kuwait City}} area
- PFC {{NAME:Adebisi, Tunde}}: sertraline 100 mg since {{DATE:Nov 28 2023}}; needs 90 days stable per MOD 16 -> DEFER until {{DATE:Feb 26}}.
- SPC {{NAME:Lundqvist, Ingrid}}: dental class 3 (#30 deep caries) -> dental today.
- SGT {{NAME:MOREAU, JEAN-BAPTISTE}}: no mask inserts, ordered.
- SSG {{NAME:Hollis Ward}}: BP 152/98 x2 -> amlodipine 5, recheck 48 h; deployable if < 140/90.
- 1LT {{NAME:Priyanka Menon}}: G6PD deficient, primaquine contraindicated, annotated on DD 2795.
- PV2 {{NAME:Ruiz}}: pregnancy test positive -> non-deployable, to OB.
Reviewer LTC {{NAME:Abernathy}} / PA {{NAME:Kovacs}}. List sent to unit S1 from {{EMAIL:m.kovacs.srp@kesslingmed.org}}.`,

  `VA COMMUNITY CARE - REFERRAL PACKET (MISSION Act)
Consult ID: {{ID:CC-648-24-0119873}} | SEOC: Orthopedic Surgery - Knee
Veteran: {{NAME:BAPTISTE, MARIE-CLAIRE}} | ICN {{MRN:1016655023V118840}} | DOB {{DATE:09/09/1962}}
Eligibility: drive time > 60 min to VA specialty care (from {{LOCATION:Presque Isle}}, ME).
Referring: Dr. {{NAME:Naveen Kulkarni}}, {{FACILITY:Caribou CBOC}}
Accepting: {{FACILITY:Aroostook Bone & Joint}}, {{ADDRESS:140 Academy St}}, {{LOCATION:Presque Isle}} ME {{ZIP:04769}}; ph {{PHONE:207-555-0115}}, fax {{FAX:207-555-0116}}
Appt: {{DATE:Tue 9/24/24 10:30}} w/ Dr. {{NAME:Thibeault}}
Authorization # {{ID:VA0019442871}}, valid 180 d, 8 visits.
Records: MRI L knee {{DATE:08/02/2024}}, XR {{DATE:7/11/24}}. Dx M17.12.
Prefers French; daughter {{NAME:Sophie Baptiste}} interprets, {{PHONE:207-555-0117}}.
Scheduler {{NAME:J. Pelletier}}, sent via HSRM {{DATE:09/03/2024}}.`,

  `CAREGIVER SUPPORT PROGRAM - HOME VISIT (PCAFC wellness contact)
Veteran: {{NAME:Jerome}} "{{NAME:JJ}}" {{NAME:Fontenot Jr.}} - 100% P&T, TBI + bilat BKA (IED near {{LOCATION:Baqubah}}, {{DATE:06/2007}})
Primary Family Caregiver: wife {{NAME:Nadine Fontenot}}
Visit {{DATE:February 20, 2024}} at home, {{ADDRESS:5512 Live Oak Bend}}, {{LOCATION:Lafayette}}, LA {{ZIP:70508}}.
Home has ramp and roll-in shower. Vet uses microprocessor knees (R serial {{DEVICE:3C98-4-18823}}, L serial {{DEVICE:3C98-4-18827}}) and a manual chair. Caregiver reports more irritability and poor sleep, "he yells at the TV". Zarit 38.
Caregiver health: HTN, no PCP visit in 2 yrs; CHAMPVA member # {{HEALTH_PLAN:CV-0043327185}}, given list of local providers.
Respite 30 d/yr; arranging adult day health at {{FACILITY:Acadiana Adult Day Center}}.
Stipend unchanged.
{{NAME:Lisbeth Arceneaux}}, LCSW, CSP coordinator, {{PHONE:337-555-0159}}`,

  `HUD-VASH CASE MGMT NOTE  {{DATE:3/18/2024}}
Vet: {{NAME:Curtis}} "{{NAME:Smoke}}" {{NAME:Lavalle}}, 61, Army 1981-85 (63B).
Currently at {{FACILITY:Bethany House Men's Shelter}}, bed 14, {{ADDRESS:215 S 4th St}}, {{LOCATION:Billings}}.
Voucher issued {{DATE:02/06/2024}}. Unit found: {{ADDRESS:1820 Lewis Ave, Apt 3}}, landlord {{NAME:Ruth Engebretson}} {{PHONE:406-555-0124}}; inspection passed {{DATE:3/15}}.
Needs: furniture, kitchen kit, state ID (lost); birth cert ordered from vital records. DD 214 obtained.
Health: COPD on Trelegy, ETOH in sustained remission 8 mo; AA at {{FACILITY:First Lutheran Church}} Tues nights.
VA pension claim pending, # {{ACCOUNT:44 019 223}}.
Phone (Lifeline): {{PHONE:406-555-0125}}.
Move-in target {{DATE:4/1/24}}. Will do home visit week of move-in w/ peer support {{NAME:Dwayne}}.
{{NAME:Kelsey Runningwater}}, MSW, HUD-VASH`,

  `AIRBORNE HAZARDS & OPEN BURN PIT REGISTRY - in-person exam
Vet: {{NAME:Fatima Al-Sayegh}}, 41F, Army 2004-2012 (92A)
Questionnaire submitted {{DATE:Jan 8, 2024}}, confirmation {{ID:AHOBPR-2241870}}.
Deployments: {{FACILITY:FOB Redcliff}} near {{LOCATION:Balad}}, {{DATE:Oct 2005}}-{{DATE:Oct 2006}}; {{FACILITY:FOB Sentinel Ridge}} outside {{LOCATION:Kandahar}}, 2010-11.
Exposures: burn pit ~500 m from her CHU, dust storms, diesel exhaust, "the black cloud every evening".
Sx: DOE, chronic rhinosinusitis, cough since ~2011.
PFTs {{DATE:2/14/24}}: FEV1/FVC 0.68, FEV1 78%, +14% post-BD; DLCO 88%.
CT chest: mild mosaic attenuation; ?constrictive bronchiolitis -> pulm referral.
PACT Act presumptives: asthma dx after service, chronic sinusitis -> claim filed {{DATE:03/01/2024}}, # {{ACCOUNT:33 718 466}}.
Environmental Health Clinician: Dr. {{NAME:Owen Heinrich}}, {{FACILITY:Harmon Creek VAMC}}
Vet cell {{PHONE:(717) 555-0111}}`,

  `AGENT ORANGE REGISTRY EXAM
Vet: LTC (ret) {{NAME:Ambrose T. Kittredge}}, 78, USMC then Army; RVN {{DATE:Aug 1968}}-{{DATE:Aug 1969}}, {{LOCATION:Da Nang}} and {{LOCATION:Chu Lai}}.
Lives w/ his older sister {{NAME:Eunice Kittredge}}, {{AGE:90}}, at {{ADDRESS:9 Orchard Hill Rd}}, {{LOCATION:Brattleboro}}, VT {{ZIP:05301}}. Pt is her caregiver; she uses a walker.
Conditions: DM2 (2004), IHD s/p CABG (2015), prostate ca s/p XRT (2019), peripheral neuropathy - all on the presumptive list.
Labs {{DATE:5/30/2024}}: A1c 7.4, PSA < 0.1, Cr 1.3, eGFR 55.
Exam: BP 134/70, monofilament decreased both feet, no ulcers.
Advised: registry exam is not a claim; VSO (DAV) can help w/ increase for neuropathy.
F/u w/ PCP Dr. {{NAME:Abigail Stroud}} at {{FACILITY:Brattleboro CBOC}}.
Emergency contact: nephew {{NAME:Paul Kittredge}}, {{PHONE:802-555-0131}}.
Seen by {{NAME:N. Yildirim}}, NP`,

  `IONIZING RADIATION REGISTRY - VA Environmental Health
{{DATE:November 12, 2024}}
Veteran: {{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Mertz}} -- reviewed with his son {{NAME:Dennis Mertz}} (POA)
Age: {{AGE:95}} (DOB {{DATE:04/27/1929}})
Service: Navy 1947-1953; aboard {{FACILITY:USS Tarrant Bay}} during atmospheric testing in the Pacific, 1952; film badge records requested from DTRA (none found so far, dose reconstruction pending).
Conditions: basal cell ca x3 (face, ears), CLL dx {{DATE:2016-09-12}} (watch and wait), cataracts s/p bilat surgery.
Current: frail, lives at {{FACILITY:Maple Crest Assisted Living}}, {{ADDRESS:2200 Rolling Meadow Dr, Rm 114}}, {{LOCATION:Dubuque}} IA {{ZIP:52001}}.
Radiogenic diseases discussed; CLL is presumptive.
Son's phone {{PHONE:563-555-0102}}, email {{EMAIL:dmertz52@riverbend-mail.com}}.
ICN {{MRN:1003398712V402267}}.
-- Dr. {{NAME:Grace Oyelaran-Fitch}}`,

  `FITNESS-FOR-DUTY EVALUATION REFERRAL (psychological) - {{FACILITY:Cedar Falls Police Department}}
To: Dr. {{NAME:Marguerite Ostby}}, PhD, ABPP - {{FACILITY:Prairie Forensic & Police Psychology}}, fax {{FAX:319-555-0146}}
From: Chief {{NAME:Roland Tveit}}   Date: {{DATE:09/05/2024}}
Officer: Ofc. {{NAME:Kyle Brannigan}}, badge # {{ID:CF-2281}}, DOB {{DATE:2/19/1987}}, 11 yrs service.
Reason: after OIS {{DATE:8/10/2024}} officer returned to duty {{DATE:8/26}}; since then 2 citizen complaints, angry outburst at roll call {{DATE:8/30}}, and Sgt {{NAME:Hoang}} reports he slept in his patrol car. Officer on administrative leave since {{DATE:9/3}}.
Questions: Is the officer psychologically fit to perform the essential functions? Any accommodations/ conditions (EAP, counseling)?
Records enclosed: IA summary #{{ID:IA-24-017}}, EAP attendance (no content), prior FFDE none.
Officer contact: {{PHONE:319-555-0147}}. Appt requested within 10 business days.
HR contact {{NAME:Patrice Wendt}} {{EMAIL:pwendt@cedarfallspd.org}}`,

  `SAP FOLLOW-UP EVALUATION & RTD RECOMMENDATION (49 CFR 40.301)
Employee: {{NAME:Brandon J. Keller}}   DOB {{DATE:6/2/1988}}   CDL {{LICENSE:K460-7712-9084}}
Violation: verified positive oxycodone, collected {{DATE:02/27/2024}} ({{FACILITY:Great Plains Aggregate}})
Initial SAP eval {{DATE:03/12/2024}}: recommended 12-session outpatient program at {{FACILITY:Arkansas River Recovery Center}} + education.
Compliance: completed {{DATE:05/24/2024}}, 12/12 sessions, counselor {{NAME:Tess Marlowe}}, LADC, confirms. Urine screens in program all neg.
Follow-up eval {{DATE:05/31/2024}}: demonstrated successful compliance.
Follow-up testing plan (to DER only): 6 unannounced directly observed tests in first 12 months; drug only; continue aftercare 4 mo.
RTD test required (directly observed).
Reported in Clearinghouse.
SAP: {{NAME:Orlando Becerra}}, LCSW, SAP qualification cert {{LICENSE:SAP-KS-00917}}
{{ADDRESS:333 W Douglas Ave, Ste 410}}, {{LOCATION:Wichita}} KS {{ZIP:67202}} - {{PHONE:316-555-0162}}`,

  `{{FACILITY:GULFSIDE MRO SERVICES}}
{{ADDRESS:2900 Veterans Memorial Blvd, Ste 230}}, {{LOCATION:Metairie}}, LA {{ZIP:70002}}
{{DATE:June 18, 2024}}

To: DER, {{FACILITY:Delta Pipe & Valve}} - attn {{NAME:Cheryl Robichaux}} (sent via secure fax {{FAX:504-555-0166}})

RE: Donor {{NAME:Armand Guidry}}, employee ID {{ID:DPV-10442}}, CCF {{ID:2088134657}}, collected {{DATE:06/14/2024}}, pre-employment (non-DOT)

The MRO has reviewed this result: NEGATIVE-DILUTE (creatinine 4.1 mg/dL, SG 1.0018).
Creatinine is >= 2 and < 5 mg/dL; under the employer's policy an immediate recollection under direct observation is required. Please send the donor without prior notice.
No medical information other than the result is being released.

{{NAME:Gretchen Alvord}}, MD, MRO
Direct line {{PHONE:504-555-0111}}`,

  `MSH|^~&|STX-LIMS|SENTINEL TOX|MRO-PORTAL|NORTHSTAR MRO|{{DATE:20240722143015}}||ORU^R01|{{ID:MSG00981274}}|P|2.5.1
PID|1||{{ID:DPV-10442}}^^^EMP||{{NAME:GUIDRY^ARMAND^J}}||{{DATE:19920311}}|M
ORC|RE|{{ID:2088134702}}|{{ID:SLX7733051}}
OBR|1|{{ID:2088134702}}|{{ID:SLX7733051}}|DOT5^DOT 5-PANEL URINE|||{{DATE:202407191140}}
OBX|1|ST|CREAT^Creatinine||62.4|mg/dL
OBX|2|ST|SG^Specific gravity||1.017
OBX|3|ST|THC^Marijuana metab||NEG|ng/mL|50/15
OBX|4|ST|COC^Cocaine metab||NEG|ng/mL|150/100
OBX|5|ST|OPI^Opiates||NEG|ng/mL|2000/2000
OBX|6|ST|AMP^Amphetamines||NEG|ng/mL|500/250
OBX|7|ST|PCP^Phencyclidine||NEG|ng/mL|25/25
NTE|1||Observed recollection. Collector {{NAME:D. Roux}}; site {{FACILITY:BAYOU COLLECT-N-GO}} {{PHONE:985-555-0185}}
NTE|2||Certifying scientist {{NAME:Wen-Li Hsu}}, PhD, {{DATE:07/22/2024}}`,

  `PORT WORKER PRE-PLACEMENT + TWIC PACKET
Applicant: {{NAME:Olamide Fashola}}   DOB {{DATE:12 Dec 1990}}   Employer: {{FACILITY:Gulf Gateway Stevedoring}}
Position: longshore / reach-stacker operator, {{FACILITY:Terminal 5 Container Yard}}, {{LOCATION:Mobile}}, AL
TWIC: card # {{ID:TW-7730018842}}, enrollment {{DATE:02/14/2024}}; fingerprint template ref {{BIOMETRIC:FP-TMPL-55190374}} (captured at enrollment center, on file for card reader).
Photo for badge: {{PHOTO:badge_FASHOLA_O_0214.png}}
Exam {{DATE:02/20/2024}}:
- Vision 20/25 OD, 20/20 OS; color normal. Depth perception 40 sec arc.
- Hearing: all <= 25 dB.
- BP 128/80. BMI 27.
- Hair drug test (90-day window), 5-panel: specimen {{ID:H-00415592}} - negative.
- Lift 60 lb floor-to-waist ok.
Result: qualified for heavy equipment operation.
Home {{ADDRESS:1450 Dauphin Island Pkwy}}, {{LOCATION:Mobile}} AL {{ZIP:36605}}, phone {{PHONE:251-555-0174}}.
Examiner {{NAME:Ravi Subramaniam}}, MD`,

  `COMMERCIAL DIVER FITNESS EXAMINATION (ADCI / 29 CFR 1910.410)
Diver: {{NAME:Brennan}} "{{NAME:Moose}}" {{NAME:O'Shaughnessy}}
Employer: {{FACILITY:Sabine Subsea Contractors}} | Exam {{DATE:2024-03-27}} | DOB {{DATE:1982-07-04}}
Hx: 2 DCS episodes: type I (limb bends) {{DATE:2016-05-19}}, treated TT6 at {{FACILITY:Lake Charles Hyperbaric Center}}; none since. No PFO history; TTE bubble study {{DATE:2023-11-02}} negative.
Exam: TMs mobile, Valsalva ok both; lungs clear; no neuro deficit; BMI 30.
Spirometry FEV1/FVC 0.81. CXR clear. Long bone survey - no dysbaric osteonecrosis. Audiogram: mild HF loss L (4k 40 dB), stable.
Exercise ECG: 12 METs, no ischemia.
Determination: FIT for diving, surface-supplied and saturation, 12 months. Next exam due {{DATE:2025-03-27}}.
Physician: {{NAME:Lucien Arsenault}}, MD, UHM - {{FACILITY:Calcasieu Diving Medicine}} - {{PHONE:337-555-0114}}
Diver's logbook # {{ID:ADCI-LB-339018}} stamped.`,

  `OFFSHORE MEDICAL CERTIFICATE - consultation record
Worker: {{NAME:Eilidh MacAskill}}   DOB {{DATE:19/05/1986}}   Employer: {{FACILITY:North Sea Well Services}}
Home: {{ADDRESS:14 Craigton Gardens}}, {{LOCATION:Aberdeen}} {{ZIP:AB15 7UH}}
Assessment date {{DATE:11/09/2024}} at {{FACILITY:Dyce Occupational Health Centre}}, {{LOCATION:Aberdeen}}
Role: derrickhand, rotation 3 weeks on / 3 off, helicopter transfer.
History: asthma (mild, salbutamol rarely), no admissions. Previous certificate expired {{DATE:10/09/2024}}.
Exam: BP 122/78, BMI 26, vision 6/6 both eyes, colour normal, hearing normal, PEFR 480.
Helicopter underwater escape: chest circumference 108 cm - standard seat; CA-EBS trained.
Outcome: FIT, certificate valid 2 years, expires {{DATE:11/09/2026}}.
Certificate no. {{ID:OGUK-24-551870}}
Examining physician Dr {{NAME:Callum Drummond}}, GMC {{LICENSE:7019532}}
Worker contact {{PHONE:+44 1224 555 0190}}`,

  `CRANE OPERATOR PHYSICAL - {{FACILITY:Ironbridge Erectors}}
Name: {{NAME:Stanislav Petrenko}} | emp # {{ID:IB-0398}} | exam {{DATE:Aug-05-2024}}
Cert: NCCCO mobile crane cert # {{LICENSE:CCO-1227734}} exp {{DATE:Oct-2026}}
Crane work at 280 ft on tower crane (climbs ladder ~20 min each shift).
PMH: paroxysmal AF, ablation {{DATE:03/2023}} at {{FACILITY:Lakewood Heart Institute}} (Dr. {{NAME:Sandhu}}); no recurrence on 14-day patch ({{DATE:6/2024}}); off anticoagulation.
No syncope. Epworth 4. Not on sedating meds.
Exam: BP 130/82, HR 68 reg. Vision 20/20 OU corr; depth perception ok; color ok. Hearing whispered voice ok.
Ladder climb test observed - no dyspnea.
Determination: meets ASME B30 physical qualifications. Cleared, 1 year given cardiac hx.
Supervisor: {{NAME:Dale Yurkovich}}, {{PHONE:216-555-0136}}
His pickup is on the site parking permit list, OH plate {{VEHICLE:JKR 4471}}.
{{NAME:AG}}/{{NAME:rw}}`,

  `HAZWOPER MEDICAL SURVEILLANCE (29 CFR 1910.120) - periodic
Employee: {{NAME:Darnell Whitlock-Hayes}}   Employer: {{FACILITY:Ridgeback Environmental Response}}
Emp ID {{ID:RER-2209}}   Exam {{DATE:4/16/2024}}   Last exam {{DATE:4/11/2023}}
Exposures this yr: benzene spill cleanup at rail yard ({{DATE:9/2023}}), chlorine release drill, Level B PPE ~40 days.
Sx: none. No rashes, no hearing change. Smoker - quit {{DATE:Jan 2024}}.
Vitals: BP 124/80, HR 70, BMI 28.
Labs: CBC nl (Hgb 14.9, Plt 244), CMP nl, ALT 28. UA nl. Blood lead 3 ug/dL.
Spirometry: FEV1 94%, FVC 97%.
Audiometry: no STS vs baseline.
Respirator: cleared SCBA + APR.
Written opinion (to employer): no detected medical conditions that increase risk; may wear respirator; no limitations. Pt informed of results in person and by portal ({{URL:https://portal.ridgeback-ohs.com/u/dwhayes}}).
Next exam due {{DATE:04/2025}} or after any over-exposure.
Employee cell {{PHONE:(225) 555-0153}}
{{NAME:Hyun-Joo Lim}}, MD, MPH - occupational medicine`,

  `LEAD SURVEILLANCE - medical removal f/u
Pt: {{NAME:Dobrowolski, Jan}}   DOB {{DATE:10/02/1979}}   Employer: {{FACILITY:Lakeshore Battery Recycling}}, smelter area
Supv: {{NAME:Ken Matsuda}}   Emp # {{ID:LBR-77104}}
BLL trend:
  {{DATE:01/09/24}}  38 ug/dL
  {{DATE:02/06/24}}  54 ug/dL  -> removed from exposure {{DATE:02/08/24}} (>= 50), MRP benefits
  {{DATE:03/05/24}}  41 ug/dL
  {{DATE:04/02/24}}  33 ug/dL
  {{DATE:04/30/24}}  27 ug/dL
ZPP 88 ug/dL. Hgb 13.1. Cr 0.9. BP 138/86 (up from 124/78 baseline).
Sx: fatigue, some irritability per wife {{NAME:Agnieszka}}; no abd pain, no neuropathy.
Take-home: kids' BLLs (drawn at {{FACILITY:Sheboygan Family Health}} {{DATE:3/2024}}): 4 and 6 ug/dL - told to shower and change at work, no work boots in car.
Plan: may return when 2 consecutive BLL < 40 (today 27 and last 33 -> ok). RTW to smelter {{DATE:5/6/24}} with PAPR; monthly BLL x 6.
Employee home {{ADDRESS:1604 N 12th St}}, {{LOCATION:Sheboygan}} WI {{ZIP:53081}}
{{NAME:P. Ferreira}}, MD`,

  `FF BLOODBORNE PATHOGEN EXPOSURE - occ health
{{DATE:7/27/24 0215}} call from FF {{NAME:Brianna Kowalski}}, {{FACILITY:Station 3 - Lakota Hills Fire District}}: needlestick L index finger (hollow-bore, visibly bloody) while clearing scene of an overdose call at {{ADDRESS:88 Elm Grove Ct}}, {{LOCATION:Lakota Hills}}.
Source pt transported to {{FACILITY:St. Brendan Regional ED}}, source MRN {{MRN:SBR-4418230}}; source consent for rapid HIV/HBV/HCV obtained by ED charge RN {{NAME:Moises}}.
Employee: vaccinated HBV, anti-HBs 86 ({{DATE:2019-03-11}}). 
Baseline labs drawn 0340 (HIV Ag/Ab, HBsAb, HCV Ab, CMP, hCG).
Source rapid HIV neg; HCV Ab POSITIVE, HCV RNA pending; HBsAg neg.
PEP for HIV: not indicated after source neg. HCV: f/u HCV RNA at 3-6 wk and Ab at 4-6 mo.
Incident # {{ID:LHFD-EXP-24-031}}. Capt {{NAME:Morales}} notified; OSHA 300 recordable.
Employee cell {{PHONE:(605) 555-0138}}. F/u {{DATE:8/19}} 0900.
{{NAME:Lauren DeWitt}}, PA-C, on-call occ health`,

  `SCHOOL BUS DRIVER ANNUAL PHYSICAL - {{FACILITY:Wabash Valley Community Schools}} Transportation
Driver: {{NAME:Beverly Ann Stoltzfus}}   DOB {{DATE:03/15/1958}}   Route 14 (AM/PM)
CDL IN {{LICENSE:0471-88-2931}} Class B, P and S endorsements
Exam {{DATE:07/23/2024}}
Hx: hypothyroid on levothyroxine; R carpal tunnel release 2022; uses readers.
BP 132/78. Pulse 70. BMI 31.
Vision: 20/30 OD, 20/25 OS uncorrected; 20/20 OU w/ glasses -> corrective lenses required.
Hearing: forced whisper 5 ft bilat.
Grip: equal, no thenar atrophy.
Able to evacuate a child (50 lb sandbag) from the rear emergency door: yes.
Determination: meets 49 CFR 391.41 and state school-bus standards; 1-year cert (state requires an annual exam at 65+), exp {{DATE:07/23/2025}}.
Transportation director {{NAME:Gary Lindahl}}, fax {{FAX:(765) 555-0144}}
Driver phone {{PHONE:(765) 555-0145}}; address {{ADDRESS:RR 2 Box 57}}, {{LOCATION:Attica}} IN {{ZIP:47918}}
{{NAME:Monique Baptiste}}, NP`,

  `BASICMED - COMPREHENSIVE MEDICAL EXAMINATION CHECKLIST (FAA Form 8700-2), physician notes
Airman: {{NAME:Eugene Vandermolen}}   DOB {{DATE:01/30/1951}}   Pilot cert # {{LICENSE:2240915}}
Last FAA medical: 3rd class, expired {{DATE:01/2019}} - eligible for BasicMed.
Flies a 1978 Cessna 182, {{VEHICLE:N735EV}}, based at {{FACILITY:Tri-County Airport}}, {{LOCATION:Holland}}, MI.
Exam {{DATE:05/02/2024}}:
- Meds: tamsulosin, rosuvastatin, omeprazole - none impair flying.
- BP 138/76. Vision 20/30 OU (readers for near). Color normal. Hearing: conversational voice 6 ft ok.
- Heart RRR; lungs clear; neuro normal. Mini-Cog 5/5.
- s/p TURP {{DATE:2022-08-15}}, no issues.
No condition that requires a special issuance. I certify the exam per checklist.
Physician: {{NAME:Rebecca Chu}}, MD   MI lic {{LICENSE:4301098412}}   {{FACILITY:Lakeshore Family Medicine}}, {{ADDRESS:411 Washington Blvd}}, {{LOCATION:Holland}} MI {{ZIP:49423}}, {{PHONE:616-555-0181}}
Airman to complete an FAA-accepted online course within 24 calendar months; keep this checklist with the logbook.`,

  `AME - SECOND CLASS, post-accident (ag pilot)
Applicant: {{NAME:Cody Rae Holmgren}}   DOB {{DATE:7-21-1990}}   Commercial pilot {{LICENSE:3914476}}
Operator: {{FACILITY:Red River Ag Aviation}}, {{LOCATION:Grafton}}, ND
Accident {{DATE:07-02-2024}}: Air Tractor AT-502, {{VEHICLE:N502RR}}, wire strike on a spray pass near {{LOCATION:Drayton}}; forced landing in a wheat field. NTSB case {{ID:CEN24LA271}}.
Injuries: L distal radius fx (ORIF at {{FACILITY:Walsh County Regional Hospital}}, {{DATE:7-3-24}}), forehead lac. CT head neg, no LOC per EMS.
Today {{DATE:10-08-2024}}: wrist ROM 85% of R, grip 78 lb L vs 96 R; full function w/ stick and throttle per his flight instructor ({{NAME:Wade Forsberg}}, CFI).
Exam otherwise normal; vision 20/20 OU; color ok.
Issued second class, no limitations. Asked to report any headaches or memory issues.
Certificate sent to {{EMAIL:codyrae.h@flatlandair.net}} (copy), original mailed to {{ADDRESS:5120 County Road 9}}, {{LOCATION:Grafton}} ND {{ZIP:58237}}.
AME {{NAME:Tobias Engstrom}}, MD, AME # {{LICENSE:55912}}`,

  `CRUISE CREW PRE-EMBARKATION MEDICAL (PEME) - clinic record
Crew: {{NAME:DELA CRUZ, Ma. Cristina B.}}   Position: cabin steward   Line: {{FACILITY:Azure Horizon Cruises}}
Born {{DATE:14-Feb-1995}}, {{LOCATION:Iloilo City}}; seaman's book # {{ID:SB-0771902}}; passport {{ID:P4419023B}}
Exam {{DATE:18-Jun-2024}} at {{FACILITY:Makati Maritime Medical Clinic}}, {{LOCATION:Makati}}
Vitals: BP 110/70, HR 78, BMI 22.
Vision 20/20 OU; Ishihara normal. Audiometry normal.
CXR: no active TB. Labs: CBC nl; HBsAg neg; RPR nonreactive; HIV neg; UA nl; stool O&P neg (food handler). Pregnancy test neg. Drug/alcohol test neg.
Vaccines: MMR x2, varicella immune, YF (for itinerary incl. South America) given, Td, COVID booster.
Dental: fit.
Result: FIT for sea duty without restrictions. Valid 12 months.
Manning agency contact {{NAME:Rodel Paguio}}, {{EMAIL:r.paguio@bluecrestmanning.ph}}
Examining physician Dr. {{NAME:Ligaya Santos-Reyes}}, PRC lic {{LICENSE:0118842}}
Applicant photo: {{PHOTO:PEME_0618_DELACRUZ.jpg}}`,

  `PRE-DEPARTURE MEDICAL CLEARANCE - NGO field staff
To: {{NAME:Tomasz Wieczorek}}, HR, {{FACILITY:Clearwater Relief International}} ({{EMAIL:hr.clearance@clearwaterrelief.org}})
Re: {{NAME:Naledi Mokoena}}, logistician, assignment to {{LOCATION:Goma}} and {{LOCATION:Bukavu}}, {{DATE:1 Sept 2024}} - {{DATE:28 Feb 2025}}
Seen {{DATE:8/12/2024}}. Summary (with her consent):
- Fit for field assignment in a low-resource, insecure setting.
- Vaccines complete: YF (ICVP), typhoid, hep A/B, rabies PrEP x2 (third dose not needed), polio IPV booster, cholera oral, mening ACWY.
- Malaria: doxycycline 100 mg daily; long-term use discussed.
- Carries: TD kit, PEP starter pack (occupational exposure), dental fine.
- No mental health contraindication; resilience briefing done by Dr. {{NAME:Farouk}}.
Emergency contact: partner {{NAME:Thabo}} {{PHONE:+27 21 555 0184}}.
Staff ID {{ID:CRI-STF-2391}}. Medevac membership # {{HEALTH_PLAN:MEDX-88301927}}.
{{NAME:Ilse van der Merwe}}, MD, travel and expedition medicine
{{FACILITY:Lowveld Travel Clinic}}, fax {{FAX:+27 13 555 0127}}`,

  `POST-TRAVEL CLINIC - fever in returned traveler
{{DATE:Mon 3/11/2024}}
{{NAME:Adaeze Nwankwo-Fields}}, 29F, engineer w/ {{FACILITY:Trans-Sahel Water Partners}}, back {{DATE:3/6}} from 6 wk in {{LOCATION:Kano}} and {{LOCATION:Abuja}} (Nigeria).
Took doxycycline "most days", stopped on the flight home.
Sx: fever 39.4, rigors, HA, myalgia since {{DATE:3/9}}.
Exam: T 39.1, HR 112, BP 104/66, mild splenomegaly, no rash, no jaundice.
Thick/thin smear: P. falciparum, parasitemia 2.8%. Plt 88, Hgb 11.9, bili 1.8, Cr 0.9, lactate 1.6. No severe criteria.
Plan: admit to {{FACILITY:Mercy Lakes Hospital}} for artemether-lumefantrine, repeat smears q12-24h; ID consult Dr. {{NAME:Olusegun Bakare}}.
Reported to county health dept (reportable).
Employer's travel security contact: {{NAME:Ines Carvalho}}, {{PHONE:(614) 555-0165}}.
Pt's husband {{NAME:Marcus Fields}}, {{PHONE:(614) 555-0166}}.
MRN {{MRN:ML-00918342}}
{{NAME:H. Quist}}, MD, travel & tropical medicine`,

  `ALTITUDE CONSULT - high-altitude trek (8 days, summit ~5,900 m)
Patient: {{NAME:Rosalind Achebe-Thornton}}   DOB {{DATE:November 4, 1966}}   Seen {{DATE:December 2, 2024}}
Departure {{DATE:Jan 14, 2025}}; lands {{LOCATION:Moshi}}, climb w/ {{FACILITY:Kibo Summit Outfitters}}.
Hx: ran out of breath at 3,500 m in Colorado (likely AMS) in 2021; HTN on lisinopril; no sulfa allergy.
Plan:
- Acetazolamide 125 mg bid starting day before ascent to 3,000 m; trial dose done at home.
- Dexamethasone 4 mg q6h for HACE rescue; nifedipine ER 30 mg for HAPE rescue, carry in daypack.
- Lake Louise self-scoring card given.
- Yellow fever: not required for Tanzania when arriving directly from US - not given. Typhoid, hep A given today.
- Malaria: atovaquone-proguanil for {{LOCATION:Moshi}}/safari days.
Travel partner: {{NAME:Gwen}} (sister), same itinerary.
Pt email {{EMAIL:rachebe.thornton@lanternmail.com}}; cell {{PHONE:(503) 555-0179}}
Home {{ADDRESS:2714 NE Alberta St}}, {{LOCATION:Portland}} OR {{ZIP:97211}}
Seen by {{NAME:Jonah Feldstein}}, MD, CTH`,

  `HYPERBARIC REFERRAL - suspected DCS after recreational diving
From ED, {{FACILITY:Coastal Bend Medical Center}}, {{DATE:05/26/2024 21:40}}
Pt {{NAME:Travis Oyelowo-Banks}}, 36M, flew home today from {{LOCATION:Cozumel}} (last dive {{DATE:5/24}} 1600; 3 dives/day x 5 d, max 28 m, Nitrox 32). Flew 18 h after last dive.
Sx: onset of R shoulder pain 2 h after landing, then paresthesias L hand, fatigue, "foggy". 
Exam: decreased pinprick L C6-7, Romberg sharpened abnormal, no weakness.
Dx: DCS type II (neuro). 100% O2 NRB started.
Called DAN line, then {{FACILITY:Gulf Coast Hyperbaric Medicine}} on-call Dr. {{NAME:Anneliese Kraus}} {{PHONE:(361) 555-0125}} - accepts for USN TT6.
Transport: ground ambulance, no altitude issue.
Dive computer (Shearwater) serial {{DEVICE:SW-PER-0042117}} - profile downloaded, sent to chamber.
Buddy/wife {{NAME:Kendra}} dove the same profile, asymptomatic, advised to come in if sx.
Pt MRN {{MRN:CBMC-7710452}}; DAN member # {{HEALTH_PLAN:DAN-2230917}}.
{{NAME:R. Salinas}}, DO`,

  `{{FACILITY:Cheyenne Mountain Readiness Center}} - DRILL WEEKEND SICK CALL (MUTA-4)
{{DATE:Sat 10 Feb 24}}
Unit: {{FACILITY:HHB, 3-157th Field Artillery}}   Medics: SGT {{NAME:Abeyta}}, SPC {{NAME:Lujan-Pacheco}}
- PFC {{NAME:Shultz}}: sprained R wrist at PT, splint, ice, no weight bearing R arm. LOD not needed (no medical tx beyond first aid)? PA says do informal LOD anyway.
- SGT {{NAME:Gonzalez-Mora, Yesenia}}: BP 168/104 at PHA station; asymptomatic. Advised PCP Mon; unit cdr informed; no PT today.
- SPC {{NAME:Daniel}} "{{NAME:DT}}" {{NAME:Tolliver}}: c/o racing heart, chest tightness, anxiety; HR 118, SpO2 99. BH on call (chaplain + CPT {{NAME:Nakai}}) met with him; safety plan; no SI.
- PV2 {{NAME:Myers}}: needs flu shot + Tdap, given.
Pt list sent to readiness NCO SSG {{NAME:Brandt}}, {{EMAIL:k.brandt.readiness@ngmail.example}}
Phone for TMC: {{PHONE:(719) 555-0170}}
PA: 1LT {{NAME:Grace Whitefeather}}, PA-C`,

  `PREGNANCY PROFILE - e-Profile
Soldier: SPC {{NAME:Tiana Mae Redcloud}}   DoD ID {{ID:1599820374}}   Unit: {{FACILITY:C Co, 202nd Brigade Support Battalion}}
Installation: {{FACILITY:Fort Kessling}}
EDD {{DATE:12 NOV 2024}} by 8-wk US ({{DATE:26 MAR 2024}}).
Profile dates {{DATE:05 APR 2024}} - {{DATE:12 MAY 2025}} (pregnancy + postpartum; to be extended after delivery per current postpartum policy).
Limitations: no ACFT; may walk/run at own pace; no body armor after 20 wks; no exposure to fuels/solvents, CBRN training, or firing ranges (lead/noise); no standing at parade rest > 15 min; may wear ACU-Maternity.
OB: Dr. {{NAME:Lorraine Mbatha}}, {{FACILITY:Kessling Army Community Hospital}} OB clinic.
PCM: MAJ {{NAME:Thorsen}}.
Commander: CPT {{NAME:Vikram Aulakh}}, notified {{DATE:05 APR 24}}.
SM phone {{PHONE:(254) 555-0183}}.
Husband SGT {{NAME:Lowell Redcloud}} (same bde) - no info shared without SM consent.`,

  `TBI EVALUATION - Role 1, {{FACILITY:Task Force Ironhide}}, {{FACILITY:Patrol Base Marlow}}
Potentially concussive event {{DATE:18 AUG 2023 0920}}: VBIED ~40 m from MRAP, SM was gunner.
SM: SGT {{NAME:Ekow Mensah}}   DoD ID {{ID:1621174905}}
Symptoms: HA 6/10, ringing ears, "saw stars", dizziness; possible AOC ~1 min, no LOC.
MACE 2 (24 h after): cognitive 23/30, neuro exam normal, symptoms +, red flags neg -> positive screen.
VOMS: provocation w/ saccades.
Audiology: L TM intact; 4k notch 45 dB.
Plan: 24 h rest, then progressive return to activity (PRA) stages 1-6; no convoy/gunner duty until cleared; log in BAT (blast exposure tracker).
Re-eval {{DATE:20 AUG 23}}: symptom-free at rest.
{{DATE:25 AUG 23}}: completed stage 6, cleared RTD by CPT {{NAME:Hwang}}, PA-C.
Also exposed: SPC {{NAME:Pruitt}} (driver) - MACE 2 neg, 24 h rest.
Battle roster # is not used in notes (OPSEC).
Entered in JTS / DoDTR {{DATE:21AUG2023}}.`,

  `COLD WEATHER INJURY REPORT - {{FACILITY:Northern Warfare Training Center}}
Date: {{DATE:2024-01-23}}, FTX day 3 near {{LOCATION:Delta Junction}}, AK, temp -34F, wind 10 kt.
Casualty: PFC {{NAME:Hernandez, Joaquin}}   Unit: {{FACILITY:1-59th Infantry (Arctic)}}   DoD ID {{ID:1641830926}}
MOI: wet socks after river crossing, boots not changed ~6 h.
Findings: bilateral toes 1-3 white, waxy, numb; blisters clear fluid R 2nd toe next morning. Core 36.4 C.
Dx: frostbite, superficial (2nd degree) bilat toes; no deep injury on exam; cold injury type: frostbite.
Tx: rapid rewarming 40 C water x 30 min in the BAS, ibuprofen 400 q12, aloe, elevated, no walking on feet; evac to {{FACILITY:Denali Regional Army Health Center}}; tPA/iloprost not indicated per surgeon.
Reported to DoD cold injury surveillance, report # {{ID:CWI-24-0117}}.
Platoon sergeant SSG {{NAME:Kiplagat}} counseled on foot checks.
Medic SPC {{NAME:Amaruq Lincoln}}; PA CPT {{NAME:Beaumont}}; {{DATE:24 JAN 2024}}`,

  `HEAT INJURY - ruck march, {{FACILITY:Fort Kessling}}
{{DATE:6/14/2024}} 0945, mile 10 of 12, WBGT 88 F (cat 5, black flag per TB MED 507 was at 1000).
Pt: PV2 {{NAME:Jaylen Whitaker-Cole}}, 19M, {{FACILITY:D Co, 2-318th IN}}, DoD ID {{ID:1678012455}}
Collapsed, confused ("where's my rifle? what day is it"), rectal T 41.2 C at 0952 by medic.
Cold-water immersion in ice sheet/tarp by 0955, cooled to 38.9 C at 1010. Mental status improved.
Transported to {{FACILITY:Kessling Army Community Hospital}} ED (ambulance, no bumper # recorded).
Labs: CK 4,820, Cr 1.6, AST 112, ALT 98, Na 136; UA + blood, no RBC -> myoglobinuria.
Dx: exertional heat stroke (T67.01XA) w/ AKI, rhabdo.
Admitted ICU; IVF; CK peak 18,900 on {{DATE:6/16}}.
Heat injury profile x 30 days; RTD per AR 40-501 process and heat tolerance test? (consider). Reportable medical event # {{ID:DRSi-24-06-9931}}.
Drill sergeant SSG {{NAME:Oladipo}} statement taken. Mother {{NAME:Tanya Cole}} notified by CO {{DATE:6/14/24}}, ph {{PHONE:(803) 555-0122}}.
{{NAME:M. Greaves}}, MD`,

  `WHOLE HEALTH COACHING - telephone
{{DATE:4/3/2024}}   Vet: {{NAME:Rosario}} "{{NAME:Chayo}}" {{NAME:Delgadillo}} - 52, Navy 1990-2010 (HM, FMF corpsman)
Coach: {{NAME:Bethany Kroll}}, NBC-HWC   {{FACILITY:Rio Bravo VA HCS}} Whole Health
Call to {{PHONE:915-555-0151}} (home).
MAP (mission, aspiration, purpose): "be around for my granddaughter {{NAME:Ximena}}'s quinceanera" ({{DATE:Sept 2026}}).
SMART goal last wk: walk 20 min 4x/wk - did 3x. Knee (SC 20%) sore after walking the levee by {{LOCATION:Socorro}}; tried the pool at {{FACILITY:Eastside YMCA}} - liked it.
Sleep: CPAP use better since new mask; device SN {{DEVICE:22234019875}} synced.
Food: cut back on sweet tea; A1c {{DATE:3/20}} 7.1 (from 7.8).
New goal: aqua class Tue/Thu + walk Sat w/ wife {{NAME:Lupe}}.
Next call {{DATE:4/17}}.
Whole Health portal: {{URL:https://wholehealth-riobravo.example.org/coach/rdelgadillo}}`,

  `SUICIDE PREVENTION COORDINATOR NOTE - REACH VET outreach
{{DATE:01/16/2024}} 1030
Veteran {{NAME:Gordon P. Ainsworth}} identified in top 0.1% tier this month. Provider Dr. {{NAME:Lai}} notified (PACT) and reviewed care.
Outreach call to {{PHONE:(307) 555-0160}}: spoke w/ vet. Lives alone since wife {{NAME:Marion}} died {{DATE:Nov 2023}}. Retired from {{FACILITY:Bighorn Coal Co}}. Has guns at home - agreed to let son {{NAME:Travis}} keep them at his place in {{LOCATION:Sheridan}} for now; gun lock mailed.
C-SSRS: passive death wish, no plan/intent. Protective: dog "Boone", grandkids, church ({{FACILITY:Story Community Church}}).
Safety plan updated; 988 press 1 on fridge card.
Address for lock: {{ADDRESS:34 Prairie Dog Ln}}, {{LOCATION:Story}}, WY {{ZIP:82842}}.
PCMHI appt {{DATE:1/19/24}} w/ {{NAME:Jolene Barlow}}, PsyD.
Flag: none (HRF not indicated).
{{NAME:Carter Wynn}}, LCSW, SPC
cc: Dr. {{NAME:Lai}}`,

  `BENEFICIARY TRAVEL - claim review
Claimant: {{NAME:ESPINOZA, TEODORO}}   Age {{AGE:98}} ({{AGE:ninety-eight}}, WWII Pacific)   ICN {{MRN:1001173495V870322}}
Appointment: {{DATE:02/28/2024}} cardiology, {{FACILITY:Harmon Creek VAMC}}
Mileage: from {{ADDRESS:1207 Calle Luna}}, {{LOCATION:Las Cruces}} NM {{ZIP:88005}} to facility - 44 mi each way; deductible waived (SC 50%).
Attendant: grandson {{NAME:Andres Espinoza}} drove; vehicle NM plate {{VEHICLE:BXH-219}}.
Special mode (wheelchair van) previously approved {{DATE:12/2023}}, not used this trip.
Claim # {{ACCOUNT:BT-2024-0330917}} submitted via BTSSS on {{DATE:03/01/2024}} from IP {{IP:198.51.100.188}}.
Payment by direct deposit, acct ending {{ACCOUNT:4471}}.
Approved $51.92.
Reviewer {{NAME:Lourdes Quintana}}, BT clerk, ext {{PHONE:4418}}`,

  `VET CENTER - readjustment counseling, individual
{{FACILITY:Spearfish Creek Vet Center}} | {{DATE:08/08/24}} | 55 min
Client: {{NAME:Jess Tollefson}} (spouse of SGT {{NAME:Marcus Bell}}) - family counseling eligibility via vet's service.
Reports husband drinking more since return from {{LOCATION:Mosul}}, not violent, "he sleeps on the couch with the TV on". Kids {{NAME:Maddie}} (7) and {{NAME:Cole}} (4).
She works as a classroom aide at {{FACILITY:Whitewood Valley Elementary}}.
Discussed secondary stress, boundaries, Al-Anon; gave Military OneSource info.
Marcus agreed to come to couples session {{DATE:8/22}}.
Safety: no IPV, no weapons concerns (guns in safe, she has the code).
Contact {{PHONE:605-555-0120}}; okay to leave VM.
Counselor: {{NAME:Ruben Echohawk}}, LPC`,

  `SECURE CHAT - Referral Management Center / network clinic
[{{DATE:2024-05-09 09:14}}] {{NAME:Jasmine Okoro}} (RMC, {{FACILITY:Naval Health Clinic Cobb Point}}): hi - pt {{NAME:Reyes-Morales, Isabella}}, auth {{ID:0024071183452}}, mom says your office told her the referral isn't in the system?
[09:16] {{NAME:Kathy}} ({{FACILITY:Tidewater Orthopaedic Associates}}): I see it now, it was under the sponsor's name {{NAME:Luis}}. DOB {{DATE:07/30/2009}} correct?
[09:16] {{NAME:Jasmine Okoro}}: correct. DBN {{HEALTH_PLAN:10384527716}}.
[09:18] {{NAME:Kathy}}: ok got her for {{DATE:5/21}} 8:40 w/ Dr {{NAME:Strickland}}. Brace fitting is separate - does that need its own auth?
[09:20] {{NAME:Jasmine Okoro}}: DME needs a new one, send the order to our fax {{FAX:757-555-0199}}. I'll call mom at {{PHONE:757-555-0186}}.
[09:21] {{NAME:Kathy}}: ty!
[09:22] {{NAME:Jasmine Okoro}}: also her new address: {{ADDRESS:57 Osprey Landing Way}}, {{LOCATION:Chesapeake}} {{ZIP:23322}}
-- chat closed by {{NAME:jokoro}} --`,

  `FEDERAL POLICE OFFICER - MEDICAL FITNESS EXAM (installation DoD police)
Officer: {{NAME:Beatriz Oyarzun-Lee}}   Badge {{ID:DAC-PD-0417}}   Emp ID {{ID:DA-118220}}
Station: {{FACILITY:Fort Kessling Directorate of Emergency Services}}
Exam {{DATE:03/19/2024}} (annual + return after R shoulder arthroscopy {{DATE:11/29/2023}}, Dr. {{NAME:Kemal Ozturk}})
Shoulder: full AROM, strength 5/5, negative impingement; handcuffing drill and 2-handed weapon retention demo ok. Qualified at range {{DATE:3/12}} per range officer.
Vision 20/20 corrected; hearing: 4k R 30 dB, L 25 dB, ok.
BP 118/76. BMI 25.
Access credential: CAC reissued after name change; iris template {{BIOMETRIC:IRS-0093381-R}} and fingerprint {{BIOMETRIC:FPR-4410290}} re-enrolled at ID card office {{DATE:3/18/2024}}.
Determination: medically qualified, full duty, may carry firearm.
Supervisor Lt. {{NAME:Daniel Okafor}} notified ({{EMAIL:daniel.okafor.civ@kessling-des.example}}).
{{NAME:Hamid Rostami}}, MD, Occupational Health`,


  `TPA RANDOM SELECTION - export (CSV view), {{FACILITY:ClearPath Screening}}
pool,select_date,employee,emp_id,test,notify_by,site,status
{{FACILITY:Ozark Transit Authority}} FTA,{{DATE:2024-10-01}},"{{NAME:PRYOR, WENDELL}}",{{ID:OTA-30417}},drug,{{DATE:2024-10-04}},{{FACILITY:Ozark Occ Health}},collected {{DATE:10/02/2024 06:55}}
{{FACILITY:Ozark Transit Authority}} FTA,{{DATE:2024-10-01}},"{{NAME:NAKASHIMA, RYAN}}",{{ID:OTA-30588}},drug+alc,{{DATE:2024-10-04}},{{FACILITY:Ozark Occ Health}},excused - on FMLA until {{DATE:11/15}}
{{FACILITY:Red River Tank Lines}} FMCSA,{{DATE:2024-10-01}},"{{NAME:BOUDREAUX, TERRENCE}}",{{ID:RRT-0912}},drug,{{DATE:2024-10-31}},{{FACILITY:Acadiana Occupational Health}},pending
{{FACILITY:Red River Tank Lines}} FMCSA,{{DATE:2024-10-01}},"{{NAME:LEBLANC, ODILE}}",{{ID:RRT-1107}},alc,{{DATE:2024-10-31}},mobile unit,refused - DER notified
notes: ODILE LEBLANC left site before test per collector {{NAME:K. Guillory}}; DER {{NAME:Arlette Fontenot}} ({{PHONE:318-555-0108}}) documenting refusal.
exported by {{NAME:mharwell}} {{DATE:10/08/2024 16:02}}`,

  `SHY BLADDER EVALUATION (49 CFR 40.193)
Employee: {{NAME:Leonard Pasquale}}   DOB {{DATE:9/12/1964}}   Employer: {{FACILITY:Hudson Highlands Transit}}
CCF {{ID:3011892240}} - collection {{DATE:8/6/24}} at {{FACILITY:Newburgh Collection Services}}: 0 mL at start, 40 oz fluids over 3 h, total 22 mL -> insufficient; collector {{NAME:Dana Frisch}}; DER {{NAME:Ray Acosta}} notified.
Evaluation {{DATE:8/9/24}} (within 5 d), referred by MRO Dr. {{NAME:Ngozi Achebe}}:
Hx: BPH on tamsulosin, LUTS x 2 yrs; urology note from Dr. {{NAME:Iannucci}} ({{FACILITY:Orange County Urology Group}}) {{DATE:3/14/2024}} documents PVR 180 mL and urinary retention episode.
Exam: enlarged prostate.
Opinion: a medical condition has, or with a high degree of probability could have, precluded the employee from providing a sufficient specimen.
-> MRO to cancel the test (no refusal).
Pt given copy of this opinion for future collections.
Examiner: {{NAME:Sunil Varghese}}, MD   {{PHONE:(845) 555-0157}}   Employee cell {{PHONE:(845) 555-0158}}`,

  `GULF WAR REGISTRY EXAM
Vet: {{NAME:Reginald}} "{{NAME:Reggie}}" {{NAME:Okafor-Smalls}}, 56, Army 1986-1994, 88M truck driver.
Deployed {{DATE:Oct 1990}} - {{DATE:May 1991}}: {{LOCATION:Dhahran}}, then convoy routes into Iraq near {{LOCATION:Basra}}; also "{{LOCATION:KKMC}} for a month" ({{LOCATION:King Khalid Military City}}).
Exposures: oil well fire smoke, PB pills (pyridostigmine) x 2 wk, anthrax vaccine, {{LOCATION:Khamisiyah}} notification letter received.
Sx since ~1992: fatigue, joint pain, memory lapses, IBS-type sx. Dx'd with chronic fatigue syndrome by Dr. {{NAME:Ashcroft}} {{DATE:2011-06-22}}.
Exam: normal except diffuse tender points.
Labs today ({{DATE:1/24/2024}}): CBC, CMP, TSH nl; ESR 12.
MUCMI/ Gulf War illness presumptive - discussed; VSO {{NAME:Cheryl Moody}} ({{FACILITY:American Legion Post 88}}) to help w/ claim.
Address: {{ADDRESS:614 Tupelo St}}, {{LOCATION:Columbus}}, MS {{ZIP:39701}}. Ph {{PHONE:(662) 555-0190}}.
Registry entry {{ID:GWR-2024-004471}}.
{{NAME:A. Baranowski}}, MD, Environmental Health`,

  `PROSTHETICS & SENSORY AIDS - CPAP replacement / VIC
{{DATE:June 4 2024}}
Vet {{NAME:Mahmoud El-Khatib}} walked in to {{FACILITY:Harmon Creek VAMC}} PSAS, rm 1C-210, w/ broken CPAP (motor noise, error code).
Old unit: SN {{DEVICE:20191748822}}, issued {{DATE:08/2019}}, out of warranty.
Sleep med (Dr. {{NAME:Yevgenia Orlova}}) consult {{DATE:5/30/24}}: AHI 38 on 2018 PSG, APAP 6-14, 91% compliance -> replacement approved.
New unit SN {{DEVICE:23241903316}} + humidifier, modem enabled; patient ID in AirView {{ID:AV-HCV-772019}}.
Supplies: F20 full face mask size M, 90-day auto-ship to {{ADDRESS:47 Wyoming Ave, 2nd Fl}}, {{LOCATION:Kingston}} PA {{ZIP:18704}}.
While here: new Veteran ID Card printed; photo {{PHOTO:VIC_ELKHATIB_20240604.jpg}} taken at the kiosk.
Pt's email for AirView app {{EMAIL:m.elkhatib1971@keystonenet.com}}.
Phone {{PHONE:570-555-0197}}.
Issued by {{NAME:Trevor Mahaffey}}, PSAS tech / {{NAME:tm}}`,

  `OCC HEALTH - PHONE MESSAGE LOG (front desk), week of {{DATE:3/4/24}}
{{DATE:3/4}} 0812 - {{NAME:Diane}} @ {{FACILITY:Great Plains Aggregate}} ({{PHONE:316-555-0116}}): needs DOT physical for new hire {{NAME:Colby Ashworth}} Thurs; also asks if random for {{NAME:Keller}} is done -> told MRO will call DER. -{{NAME:lw}}
{{DATE:3/4}} 1130 - Mr. {{NAME:Esparza}} called, wants copy of his work status form faxed to the adjuster; gave adjuster's email instead ({{EMAIL:hpruett@lonestarcomp.com}}). -{{NAME:lw}}
{{DATE:3/5}} 0905 - Dr {{NAME:Villanueva}} on call pager {{PHONE:4420}} re: crush injury from {{FACILITY:Sunbelt Precast Concrete}}, sent to ED. -{{NAME:rb}}
{{DATE:3/5}} 1400 - {{NAME:Mike Dorsey}} at {{FACILITY:Sunbelt}} wants the DWC-73 from {{DATE:2/12}} resent, fax {{FAX:512-555-0133}}. -{{NAME:rb}}
{{DATE:3/6}} 1015 - pt {{NAME:Tran Minh Khoa}} lost his CDL card, asks if we can see him w/o it -> yes w/ state ID + CDL # {{LICENSE:TX-44109873}}. -{{NAME:lw}}
{{DATE:3/7}} 0750 - {{NAME:Joanne C.}} (BAT) sick today, {{NAME:Rhett}} covering breath tests. -{{NAME:rb}}`,


  `BACK (THORACOLUMBAR SPINE) CONDITIONS DBQ - C&P
Veteran: SGM (ret) {{NAME:Isaiah Bernard Quarles}}   Claim # {{ACCOUNT:27 905 118}}   DOB {{DATE:12/01/1966}}
Exam {{DATE:Friday, March 22, 2024}}   Examiner: {{NAME:Colleen Ferraro-Whitby}}, PA-C, {{FACILITY:Riverfront Medical Plaza}} (contract exam site)
Evidence: STRs incl. LBP after a parachute landing at {{FACILITY:Fort Kessling}} {{DATE:17 MAY 1989}}; MRI {{DATE:2/2/2023}} ({{FACILITY:Chattahoochee Imaging}}): L4-5 and L5-S1 DDD w/ L5-S1 foraminal narrowing.
Dx: lumbosacral strain; DDD lumbar spine; radiculopathy L LE (sciatic, mild).
Flare-ups: 2-3x/mo, lasting 2 d, "can't tie my shoes".
Initial ROM (deg): flexion 0-55, extension 0-15, R lat flex 0-20, L lat flex 0-20, R rot 0-25, L rot 0-25. Pain on all. After 3 reps: flexion 0-50.
SLR + L at 45 deg. Reflexes: L achilles 1+, R 2+. Sensation decreased L lateral foot.
IVDS: no incapacitating episodes prescribed by a physician in past 12 mo.
Assistive device: cane occasionally. Works as a security supervisor at {{FACILITY:Peachtree Logistics Park}}, misses ~6 d/yr.
Vet ph {{PHONE:(706) 555-0112}}; address {{ADDRESS:3319 Macon Rd, Lot 12}}, {{LOCATION:Columbus}} GA {{ZIP:31907}}.
{{NAME:C. Ferraro-Whitby}}, PA-C / {{NAME:mf}}`,
];

export const HELDOUT_REALISTIC_118_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout118-${i + 1}`, n));
