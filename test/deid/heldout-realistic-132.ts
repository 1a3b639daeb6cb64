// A one hundred and thirty-second held-out set of hand-written, realistic synthetic notes (all
// invented: no real person, record, number or institution; phone numbers are 555 numbers; IP
// addresses come from the documentation ranges; towns, cities and counties are real places used
// only as LOCATION, while every jail, prison, court, hospital, clinic, pharmacy, lab, vendor,
// employer, shelter, church and school is made up). Its theme is correctional and forensic health:
// jail receiving screenings, paper and kiosk sick-call requests, med-pass and eMAR exports,
// refusal forms, withdrawal flowsheets, mental-health crisis notes, suicide-watch and
// restraint-chair logs, hunger-strike monitoring, off-site send-outs, intersystem and interstate
// transfer summaries, court transport manifests, subpoena and records-request letters, parole and
// probation health letters, drug-court and mental-health-court reports, competency, insanity,
// Miranda-waiver, malingering, violence-risk and juvenile-waiver evaluations, conditional-release
// reports, compassionate-release and prison-hospice notes, grievances and appeals, emails,
// secure chats, text handoffs, phone messages and voicemail transcripts, reentry clinic and
// halfway-house notes, and a county claims table.
// Deliberately left unmarked: eponyms, case law and legal standards (Dusky, M'Naghten, Sell,
// Harper, Estelle v Gamble, Miranda, Gudjonsson, McMurray, Lachman, Beers, Hoyer, St. Jude valve),
// drugs, doses and brand names (Haldol, Cogentin, Narcan, Suboxone, Sublocade, Keppra, Abilify
// Maintena), scores and instruments (CIWA, COWS, C-SSRS, MAYSI-2, ECST-R, M-FAST, SIRS-2, TOMM,
// HCR-20, PCL-R, Static-99R, SLUMS, MoCA, PPS, ECOG), device models (Omnipod 5, Dexcom G7,
// ResMed AirSense 11, Phonak Audeo P90, Medtronic Cobalt XT, Inogen One G5, TASER 7, GE MAC 2000),
// cells, pods, bunks, rooms, dialysis chairs, vans and EMS units, standing-order and policy
// codes, statutes (42 CFR Part 2, OSHA 1910.134), clock times alone, years alone, a quarter with
// its year, months alone, weekdays alone, and ages 89 and under.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts: titles,
// ranks and honorifics (Dr., Judge, Hon., Sgt, Lt., Capt., CO, Dep., Ofc., Det., Trooper, Agent,
// PO, HSA, Imam, Fr., Bro., Sister, Mrs.) and credentials stay outside NAME spans; inmates'
// surname-first names are one span; a nickname or alias in quotes or brackets is its own span;
// staff initials in logs and sign-offs are NAME, one span per occurrence. Jails, prisons, named
// housing units and infirmaries, courts, forensic hospitals, county probation offices, public
// defender offices, law firms, halfway houses, detention vendors, monitoring and interpreting
// companies, pharmacies, labs, DME suppliers, employers, churches and schools are FACILITY;
// state agencies (parole boards, Department of Corrections, Adult Probation & Parole) and payers
// are not PHI. Booking, inmate/DOC, SID, A-numbers, court case, docket, petition, warrant,
// grievance, incident, PREA, evidence-kit, ME case, authorization, accession, interpreter,
// badge, jail phone PIN, kiosk request, state ID card and prescription numbers are ID; jail and
// hospital chart numbers are MRN; Medicaid, Medicare and plan member ids are HEALTH_PLAN; trust,
// commissary, claim, invoice, vendor and hospital account numbers are ACCOUNT; NPI, DEA,
// professional licences and certificates, bar and notary numbers and driver's licences are
// LICENSE; a GPS ankle monitor, CPAP, pump, CGM, hearing aid, oxygen concentrator and ICD serial
// is DEVICE; a booking photo file or reference is PHOTO; a fingerprint record number is
// BIOMETRIC; a plate is VEHICLE; extensions and in-house pagers are PHONE. A name in a tattoo is
// NAME; a date range without spaces (12/19-12/22/24) is one DATE; a month with a year, a holiday
// with a year and a spelled-out date of birth are DATE; an age over 89 is AGE however written.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-28 final engine
// (9307391, rules and token model) 0.9738 / 0.9571; its rules alone 0.9550 / 0.9623.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:LARKMOOR REGIONAL JAIL}} - RECEIVING SCREENING (MEDICAL)
Booking #: {{ID:24-011873}}      In: {{DATE:03/14/2024 02:47}}
Name: {{NAME:PETTAWAY, DESHAWN L}}   AKA "{{NAME:Shaw}}"    DOB {{DATE:07/22/1991}}
Home addr: {{ADDRESS:3318 N Kittitas Way, Apt 12}}, {{LOCATION:Yakima}} {{ZIP:98901}}
Arresting agcy: State Patrol, Trooper {{NAME:K. Allred}} badge {{ID:1142}}
Screener: {{NAME:T. Odum}}, RN

1. Current meds? Y - "insulin and the purple one" -> Lantus 22u qhs, metformin 1000 mg BID per pt. Last dose {{DATE:3/13}} ~2100.
2. Pharmacy: {{FACILITY:Rx Corner Drug}} on {{ADDRESS:Summitview Ave}} - verified by phone {{PHONE:(509) 555-0143}} at 0320
3. PCP/clinic: {{FACILITY:Three Pines Family Health}}, {{NAME:Ana Lucia Ferreyra}} NP
4. Drug/ETOH: "a 40 a day", last drink {{DATE:3/13}} pm. CIWA 6 at booking. Denies opioids. UDS declined.
5. SI/HI: denies both. Prior attempt 2019 (OD, ITA hold). No current MH provider.
6. Visible injuries: abrasion L forearm. Tattoo "{{NAME:KEISHA}}" R hand, teardrop L eye. No TASER probes.
7. FSBS 287. BP 158/96  P 104  SpO2 97% RA
8. Emerg contact: grandmother {{NAME:Odessa Pettaway}} {{PHONE:509-555-0187}} - she is {{AGE:94}}, pt lives w/ her
9. Apple Health / ProviderOne ID {{HEALTH_PLAN:108847215WA}} - suspended on booking per policy

Disposition: gen pop w/ chronic care flag, diabetic tray, FSBS AC/HS, CIWA q8h x72h. Refer to Dr. {{NAME:Carrizo}} for AM sick call.
`,
  `HEALTH SERVICES REQUEST (SICK CALL)    {{FACILITY:Kestrel Hollow C.I.}}
print name: {{NAME:tomasz wisniewski}}    DOC# {{ID:A-558102}}    housing: D-pod 2 cell 7 lower
date: {{DATE:4-2-24}}
what is the problem: MY TOOTH IS KILLING ME ITS BEEN 5 DAYS CANT EAT. also my sugar pills ran out sunday, CO {{NAME:Delacroix}} said put in a slip. i told nurse {{NAME:Jen}} at pill line already. please my mom {{NAME:Halina}} can send money if i got to pay the $5 copay take it off acct # {{ACCOUNT:0045-8812}}
signature:  {{NAME:T. Wisniewski}}

--------- FOR MEDICAL USE ---------
rec'd {{DATE:04/02/2024}} 2215 by {{NAME:J. Ruhl}} LPN.  Triage: URGENT (dental pain + missed meds)
S: L lower molar pain x5d, swelling since yest. Metformin 500 BID KOP card expired {{DATE:3/31}}.
O: T 99.4  L submandibular swelling mild, no trismus, FOM soft, tolerating secretions. FSBS 212.
A/P: ? dental abscess #19. Amoxicillin 500 TID x7d + ibuprofen 600 q8h prn per standing order SO-14 (verbal Dr. {{NAME:I. Carrizo}} 2240). Metformin renewed KOP x30d. Dental line {{DATE:Thurs 4/4}} w/ {{NAME:Okafor}} DDS. Copay waived (chronic care pt).
Pt educated, verbalized understanding, return if fever/trismus/swelling to neck.   -{{NAME:jr}}
`,
  `eMAR EXPORT  {{FACILITY:Sable Point Detention Facility}}  Pill line B (AM)  {{DATE:2024-05-09}}
Inmate                      | Bkg#       | Med / dose                        | Time | Init | Code
{{NAME:OKONKWO, Chidi}}             | {{ID:2024-3381}}  | buprenorphine 8 mg SL (DOT)       | 0612 | {{NAME:MB}}   | G
{{NAME:Xiong, Bao}}                 | {{ID:2024-3402}}  | sertraline 100 mg po              | 0615 | {{NAME:MB}}   | G
{{NAME:Ibanez-Soto, R.}}            | {{ID:2024-3290}}  | lithium 300 mg po (level due {{DATE:5/13}}) | 0617 | {{NAME:MB}} | R "not today"
{{NAME:Hrytsenko, Oksana}}          | {{ID:2024-3415}}  | levothyroxine 75 mcg              | 0621 | {{NAME:MB}}   | G
{{NAME:FALEOLO, TAVITA}}            | {{ID:2024-3377}}  | insulin glargine 30 u SC          | 0624 | {{NAME:DS}}   | G  FSBS 143
{{NAME:Beasley, Darnell}} "{{NAME:Dee}}"   | {{ID:2024-3399}}  | Haldol 5 mg / Cogentin 1 mg      | 0627 | {{NAME:DS}}   | G (mouth check)
{{NAME:Volkov, Dmitri}}             | {{ID:2024-3366}}  | clonidine 0.1 mg                  | --   | {{NAME:DS}}   | H BP 92/58
Codes: G given, R refused, H held, NS no-show, C court.
Notes: {{NAME:Volkov}} held per parameter, court transport 0630 to {{FACILITY:Harlow Creek Justice Court}}, recheck on return. Refusal form signed for {{NAME:Ibanez-Soto}} - 3rd consecutive refusal, MH notified ({{NAME:Priya Raman}}, LCSW, x{{PHONE:4471}}).
Key: MB = {{NAME:M. Boateng}} LPN, DS = {{NAME:D. Saavedra}} RN.
`,
  `MENTAL HEALTH CRISIS CONTACT
Pt: {{NAME:Jolene Tsosie}}    DOB {{DATE:11/02/1998}}    Bkg {{ID:B2406-0091}}    Jail MRN {{MRN:SP-0077412}}
Date: {{DATE:June 8, 2024}} 1935    Location: {{FACILITY:Bramblewood W.C.C.}}, intake holding 3
Referral: CO {{NAME:Abernathy}} after pt told cellmate she "just wants to go be with my shimasani."
S: Tearful, states daughter {{NAME:Kaylee}} (6) was placed by CPS on {{DATE:6/5}} and "I can't do this." Hx cutting (last 2022), one OD attempt age 19. Drinking daily prior to arrest. Sister {{NAME:Loretta Begay}} in {{LOCATION:Gallup}} is her support, {{PHONE:505.555.0129}}. Grew up near {{LOCATION:Chinle}}. Previously seen at {{FACILITY:Red Willow Counseling Center}}.
O: Poor eye contact, psychomotor slowing, superficial scratches L wrist (fresh, from zipper pull). Denies AH/VH.
C-SSRS screen: wish to be dead Y, active SI Y, method Y, intent N, plan N, behavior past 3 mo Y.
A: High acute risk. MDD, recurrent, severe; AUD; r/o PTSD.
P: Suicide precautions level 2 (constant obs until psych eval), safety smock, finger foods, no blanket. Telepsych Dr. {{NAME:Haruto Sakamoto}} notified 2010, will see {{DATE:6/9}} AM. CIWA per medical.
{{NAME:Renee Whitfield}}, MA, LPC  lic {{LICENSE:LPC-00418}}
`,
  `INTERSYSTEM HEALTH TRANSFER SUMMARY
From: {{FACILITY:Osterby County Jail}} Medical        To: {{FACILITY:Granite Fork State Prison}} - R&R
Inmate: {{NAME:Villalobos, Efrain}}    DOC# {{ID:1187734}}    Local bkg {{ID:23-09918}}
DOB {{DATE:02/29/1980}}    Sentenced {{DATE:9-18-2024}}    Transport {{DATE:09/24/2024}}
Problem list: HTN; HCV Ab+ (RNA pending, drawn {{DATE:9/12}} at {{FACILITY:Kellam Labs}}, acc# {{ID:KL-77120934}}); L knee DJD; LTBI (QFT+ {{DATE:Aug 2023}}).
Meds (7-day blister sent): lisinopril 20 mg daily; HCTZ 25 mg daily; naproxen 500 mg BID prn; isoniazid 300 mg + B6 50 mg (doses 14/36 given, see MAR).
Allergies: PCN (rash)
Pending: ortho consult at {{FACILITY:Dunmore Regional Medical Center}} was sched {{DATE:10/3}} - please reschedule at receiving facility. Ortho: Dr. {{NAME:Linnea Achterberg}}, office {{PHONE:(541) 555-0166}}, fax {{FAX:(541) 555-0167}}.
Last BP 138/84 on {{DATE:9/23}}. MH: no hx. Dental: #19 extracted {{DATE:7/30/24}}.
Mobility: bottom bunk, no stairs x 90 days (chrono expires {{DATE:12/15/24}}).
Completed by: {{NAME:Gretchen Volz}}, FNP-C    NPI {{LICENSE:1629904418}}    {{DATE:9/23/2024}}
Received by: ____________  Date: ________
`,
  `{{FACILITY:Quillan Ridge State Forensic Hospital}} - Forensic Evaluation Service
{{ADDRESS:2200 Old Mill Pike}}, {{LOCATION:Pueblo}}, CO {{ZIP:81003}}  Tel {{PHONE:719-555-0102}}  Fax {{FAX:719-555-0108}}

{{DATE:October 15, 2024}}

The Honorable {{NAME:Marguerite Oyelaran-Price}}
{{FACILITY:Brennard County District Court}}, Division 4
Re: People v. {{NAME:Nathaniel R. Cobb}}, Case No. {{ID:24CR1187}}

Dear Judge {{NAME:Oyelaran-Price}}:
Pursuant to your order dated {{DATE:8/27/2024}}, I evaluated Mr. {{NAME:Cobb}} (DOB {{DATE:3/9/1986}}) for competency to proceed. Interviews took place {{DATE:9/10/2024}} and {{DATE:9/24/2024}} at the {{FACILITY:Larkmoor Regional Jail}} (about 4.5 hours). Collateral: defense counsel {{NAME:Sunil Varghese}}, Esq.; Deputy DA {{NAME:Colleen Harte}}; records of {{FACILITY:Valle Sereno Behavioral Health}} (MRN {{MRN:VSB-220931}}).
Instruments: ECST-R (Rational 6, Factual 4, Consult 3), MacCAT-CA, M-FAST (total 3). The Dusky standard was applied.
Opinion: Mr. {{NAME:Cobb}} is presently INCOMPETENT to proceed due to schizophrenia, multiple episodes, currently acute. He could not describe the role of the prosecutor and believes his attorney is "an agent of the Halcyon signal." He is likely restorable within the statutory period with antipsychotic treatment; inpatient restoration is recommended.
Respectfully submitted,
{{NAME:Alma Reyes-Tanaka}}, PsyD, ABPP   Licensed Psychologist {{LICENSE:PSY.0004721}}
`,
  `{{FACILITY:Casa Alameda Community Health}}
{{ADDRESS:415 S. Alameda Blvd, Suite 2}} | {{LOCATION:Las Cruces}}, NM {{ZIP:88005}}
ph {{PHONE:575-555-0131}}   fx {{FAX:575-555-0139}}

{{DATE:1/22/2025}}

To: Parole Officer {{NAME:Renata Szabo}}, Adult Probation & Parole, Region 3
RE: {{NAME:Rafael Ibanez Soto}}    NMCD # {{ID:78114}}    DOB {{DATE:12-04-1975}}

Ms. {{NAME:Szabo}},
Mr. {{NAME:Ibanez}} has been a patient at our clinic since his release on {{DATE:Nov 6 2024}}. He keeps his monthly appointments (last seen {{DATE:1/14}}) and takes lithium as prescribed; his level was 0.7 on {{DATE:1/08/25}}. He was admitted to {{FACILITY:Amberlake Community Hospital}} {{DATE:12/19-12/22/24}} for lithium toxicity after a dehydrating illness, which is why he missed his check-in on {{DATE:12/20}}.
He needs a lithium level drawn every Tuesday for the next 6 weeks at {{FACILITY:Kellam Labs}}, which opens at 0700. I ask that his curfew allow him to be there 0700-0800 on those days.
Medicaid member ID {{HEALTH_PLAN:NM4471093826}} is active again.
Sincerely,
{{NAME:Ximena Olguin}}, MSN, FNP-BC
cc: patient; {{NAME:Oscar Madrigal}}, LMSW (case manager)
`,
  `INMATE GRIEVANCE - MEDICAL        Grievance #: {{ID:GR-2024-0613}}
Facility: {{FACILITY:Kestrel Hollow Correctional Institution}}    Unit: {{FACILITY:Juniper Unit}} B-14
Name: {{NAME:Marcus Hollins}} ("{{NAME:Peanut}}")    DOC {{ID:A-603377}}    Date filed: {{DATE:6/13/24}}
Statement: I been asking since {{DATE:may 20}} to see the eye doctor. my glasses got broke in the shakedown on {{DATE:5/18}} by Sgt. {{NAME:Kowalczyk}} and his team. I put in 3 sick calls. Nurse {{NAME:Beth}} said the optometrist from {{FACILITY:Vistaline Optical}} only come once a month. I cant read my legal mail or my papers for my appeal hearing {{DATE:July 2nd}}. This is deliberate indifference (Estelle v Gamble). I want glasses and my copay back.
Informal resolution tried with: HSA {{NAME:Monroe}}  [x]

RESPONSE - Health Services Administrator    {{DATE:06/20/2024}}
Records reviewed. Sick call slips rec'd {{DATE:5/21}}, {{DATE:5/29}}, {{DATE:6/6}}. Pt placed on optometry list for {{DATE:6/27}}. Temporary readers +2.00 issued today. $5 copay refunded to trust acct {{ACCOUNT:KH-0603377-T}}. Property claim for broken glasses referred to Lt. {{NAME:Osei}}.
Disposition: RESOLVED - PARTIALLY GRANTED.
{{NAME:D. Monroe}}, RN, HSA
Inmate signature: {{NAME:M Hollins}}     Appeal? [ ] yes  [x] no
`,
  `From: {{NAME:Sunil Varghese}} <{{EMAIL:svarghese@brennardpd.org}}>
Sent: {{DATE:Tuesday, August 20, 2024 4:12 PM}}
To: {{EMAIL:medrecords@larkmoor-med.org}}
Cc: {{NAME:Colleen Harte}}
Subject: RE: records request - {{NAME:COBB, Nathaniel}} bkg {{ID:24-008815}}

Hi - following up on my fax of {{DATE:8/9}}. I still need Mr. {{NAME:Cobb}}'s complete medical and MH chart from {{DATE:6/30/24}} forward, including MAR and refusal forms, for the competency eval ordered in {{ID:24CR1187}}. His signed ROI is attached (dated {{DATE:8/2/24}}). Dr. {{NAME:Reyes-Tanaka}} at {{FACILITY:Quillan Ridge}} needs them by {{DATE:9/6}}.
Thanks,
{{NAME:Sunil}}
{{FACILITY:Brennard County Public Defender}} | {{PHONE:719-555-0144}}

> From: Medical Records, {{FACILITY:Larkmoor Regional Jail}} ({{FACILITY:Sentinel Correctional Health Partners}})
> Sent: {{DATE:Wed 8/21/2024 9:03 AM}}
> Mr. {{NAME:Varghese}} - 542 pages uploaded to the secure share {{URL:https://share.sentinelchp-files.net/r/8c1f2a}} (expires {{DATE:9/3}}). Password texted to {{PHONE:719-555-0191}}. MH progress notes by {{NAME:Priya Raman}}, LCSW, are included; the telepsych notes from Dr. {{NAME:Sakamoto}} are in a separate PDF.
> {{NAME:Keiko Ashworth}}, Health Information Tech, ext {{PHONE:2210}}
`,
  `PHONE MSG   {{DATE:2/17}} 1410    taken by: {{NAME:kf}} (medical front desk)
Caller: {{NAME:Yesenia Quinonez}} - mother of inmate {{NAME:Adrian Quinonez-Lugo}}, bkg {{ID:25-00417}}
Call back: {{PHONE:(956) 555-0174}} cell, work {{PHONE:956-555-0110}} ext 3 ({{FACILITY:Dalby Pallet & Crate}})
Msg: son is type 1, uses Omnipod 5 pump + Dexcom G7. Says pump was taken at booking {{DATE:2/15}} and put in property and he is only getting "shots twice a day." Worried - he went into DKA last yr and was in ICU at {{FACILITY:Harwick Memorial}}. Pump serial she read off the box: {{DEVICE:OP5-2219-84471}}. Endo is Dr {{NAME:Fatima Al-Sayegh}}, office {{PHONE:956-555-0193}}. Mom can bring supplies, asks who to give them to. Prefers Spanish.
-> routed to {{NAME:Volz}} NP and charge RN {{NAME:Odum}}

f/u {{NAME:GV}} {{DATE:2/17}} 1630: pt seen in clinic, FSBS 318, ketones neg. Started basal-bolus per DM protocol (glargine 18u + lispro scale). Pump not allowed in housing per security; will take to HSA mtg {{DATE:Fri 2/21}}. Called mom back, LM in Spanish via interpreter line (interp ID {{ID:41982}}).
`,
  `opioid w/d flowsheet note - {{FACILITY:Sable Point DF}} medical
pt {{NAME:Dmitri Volkov}}   bk {{ID:2024-3366}}   DOB {{DATE:1/30/89}}
{{DATE:05/07/2024}}
0800  COWS 11 (HR 112, sweats, yawning, rhinorrhea, gooseflesh)
1200  COWS 14
1600  COWS 9 after clonidine 0.1 + loperamide 4 mg
pt states on methadone 95 mg at {{FACILITY:Lilac Bend Recovery}} in {{LOCATION:Spokane}}, last dose {{DATE:5/5}}. Called OTP {{PHONE:509-555-0122}}, spoke w/ {{NAME:Marisol}} in dosing: confirmed 95 mg, last dosed {{DATE:Sunday 5/5}}, client ID {{ID:LBR-30918}}, take-homes none.
Per Dr. {{NAME:Carrizo}} (phone 1215): continue methadone at verified dose via DOT, first dose 1330 today, OTP to fax dosing hx to {{FAX:509-555-0128}}. Hold if sedated/RR<12.
1330 methadone 95 mg given, observed 20 min, no sedation.
Pt asks that his girlfriend {{NAME:Svetlana}} "{{NAME:Lana}}" {{NAME:Orlova}} not be told anything - ROI for her DECLINED.
Wt 71 kg. Encourage fluids, Ensure BID x3d.
{{NAME:D. Saavedra}} RN
`,
  `OFF-SITE TRANSFER / SEND-OUT    {{FACILITY:Osterby County Jail}}
{{DATE:11/03/2024}}  0315
Inmate {{NAME:ASANTE-BOATENG, Kwame}}   bkg {{ID:24-10452}}   DOB {{DATE:6/6/1967}}   Pod 4 cell 11
Reason: CP x40 min, diaphoretic, BP 178/102. 12-lead (GE MAC 2000): ST elev II, III, aVF. ASA 324 chewed, NTG 0.4 SL x1.
911 called 0302, EMS Medic 7 on scene 0311. Dest: {{FACILITY:St. Odile Medical Center}} ED; report to charge RN {{NAME:Brandon Tuivasa}} at {{PHONE:(541) 555-0150}}.
Security escort: Dep. {{NAME:L. Harkness}} #{{ID:D-2281}} and Dep. {{NAME:Ruiz}} #{{ID:D-2307}}. Restraints: leg irons only per medical.
Sent: MAR, problem list, ECG copy, face sheet w/ booking photo ({{PHOTO:ASANTEBOATENG_K_2410452.jpg}}).
Family notification by shift Sgt per policy - wife {{NAME:Abena}} {{PHONE:541-555-0115}}. Do NOT give her the hospital name (security hold).
Nurse: {{NAME:Rhiannon Pike}}, RN.   MD notified: Dr {{NAME:Carrizo}} 0305, agrees.
Addendum 0640 ({{NAME:RP}}): Dep. {{NAME:Harkness}} reports pt to cath lab, admitted CCU. Post for hospital watch 2 deputies / 12h shifts.
`,
  `CHRONIC CARE CLINIC - {{FACILITY:Granite Fork SP}} infirmary annex
{{DATE:Jan 9 2025}}
{{NAME:Holloway, Clarence E.}}   DOC #{{ID:0499132}}   {{AGE:91}} y/o M, incarcerated since 1979
Dx: HTN, CKD 3b, BPH, mild NCD (SLUMS 19/30), bilat hearing loss - hearing aids Phonak Audeo P90, serials {{DEVICE:2231X0887}} / {{DEVICE:2231X0891}} (L/R).
S: no falls since {{DATE:11/30}}. Uses wheelchair for distance. Cellie {{NAME:Mayes}} ("{{NAME:Bishop}}") helps with ADLs through the ADA worker program. Some nocturia x3. Appetite fair.
O: BP 146/78  HR 64  Wt 58 kg (down 2). Cr 1.9, eGFR 31, K 5.0 ({{DATE:12/30/24}}).
A/P:
1. HTN - amlodipine 10, stop HCTZ given Cr. Recheck BMP 2 wks.
2. CKD - renally dose meds, avoid NSAIDs. Nephrology e-consult to Dr. {{NAME:Idowu}} at {{FACILITY:Bellcrest University Hospital}}.
3. NCD - stable; repeat SLUMS 6 mo.
4. Goals of care: POLST on file dated {{DATE:3 Feb 2023}} (DNR/limited). Niece {{NAME:Dolores Holloway-Briggs}} is HCPOA, lives in {{LOCATION:Macon}}, {{PHONE:478-555-0163}} - called, aware.
5. Pt meets age criterion for medical parole; referral to classification ({{NAME:C. Brandt}}).
{{NAME:Kenji Morrow}}, MD
`,
  `STATE BOARD OF PAROLE - MEDICAL / COMPASSIONATE RELEASE SUMMARY
Applicant: {{NAME:Augustine P. Delaune}}    DOC {{ID:0312-774}}    DOB {{DATE:04/11/1931}}  (age {{AGE:ninety-three}})
Institution: {{FACILITY:Kestrel Hollow Correctional Institution}}, {{FACILITY:Sycamore Infirmary}} bed 6
Prepared {{DATE:18 Dec 2024}} by {{NAME:R. Achebe-Lund}}, MD, Regional Medical Director

Diagnoses: metastatic prostate ca (bone mets, dx {{DATE:Mar 2024}}), HFrEF EF 25%, Parkinson disease, major NCD (MoCA 11/30). ECOG 4. PPS 30%.
Prognosis: in my opinion, life expectancy less than 6 months.
Needs: total care for ADLs, Hoyer lift, hospital bed, O2 2 L.
Release plan: hospice at {{FACILITY:Cypremort Lane Hospice House}}, {{ADDRESS:901 Rue Poche}}, {{LOCATION:Breaux Bridge}} {{ZIP:70517}}; admissions nurse {{NAME:Claudette Guidry}} {{PHONE:337-555-0148}} accepted on {{DATE:12/16}}. Son {{NAME:Rene Delaune}}, 67, of {{LOCATION:Lafayette}}, will visit and is agent under POA.
Medicare MBI {{HEALTH_PLAN:7QW4-TN8-MK21}} verified; Part A active.
Pt was last seen by his son {{DATE:Thanksgiving 2024}}; has stated "I want to die at home, not in here."
Attachments: oncology note, {{FACILITY:Bellcrest University Hospital}} {{DATE:11/21/24}}; hospice acceptance letter.
`,
  `CONFIDENTIAL - FORENSIC PSYCHIATRIC EVALUATION (excerpt)
Criminal responsibility (insanity) - State v. {{NAME:Priyanka Deshpande}}, No. {{ID:CR-23-004471}}
Evaluator: {{NAME:Lucas Bergström}}, MD (board cert. forensic psychiatry)   {{DATE:02/06/2025}}

Sources: 3 interviews at {{FACILITY:Bramblewood Women's Correctional Center}} ({{DATE:12/2}}, {{DATE:12/16/24}}, {{DATE:1/13/25}}); body-worn camera video from arresting officer {{NAME:J. Whitcomb}}; 911 audio; records of {{FACILITY:Valle Sereno Behavioral Health}} and {{FACILITY:Harwick Memorial Hospital}}; interview of husband {{NAME:Arjun Deshpande}} by phone {{DATE:1/7/25}}; her employer, {{FACILITY:Pemberly Oaks Elementary School}} (principal {{NAME:Gwen Talley}}).
History: Ms. {{NAME:Deshpande}} had postpartum onset of psychosis after the birth of her son on {{DATE:5/30/2023}}. In the weeks before the offense on {{DATE:August 14, 2023}}, she believed her neighbors at {{ADDRESS:77 Heron Ct}} were broadcasting into her baby's monitor.
Testing: PAI valid, SCZ elevated; SIRS-2 genuine responding.
Opinion: to a reasonable degree of medical certainty, at the time of the offense she had a severe mental disease (postpartum psychosis) and, as a result, was unable to appreciate the wrongfulness of her conduct (M'Naghten standard as adopted in this state).
`,
  `{{FACILITY:Osterby County Adult Probation}}
{{ADDRESS:120 Courthouse Sq, Rm 204}}
{{LOCATION:Eureka}}, CA {{ZIP:95501}}
Tel {{PHONE:707-555-0136}}  Fax {{FAX:707-555-0137}}

{{DATE:March 3, 2025}}

{{FACILITY:Hollister Bend Family Practice}}
Attn: Medical Records

RE: Request for health information
Probationer: {{NAME:Keanu K. Kahananui}}    DOB: {{DATE:08-17-1994}}    Case: {{ID:CRF-2022-1893}}
Last 4 SSN: {{SSN:6621}}

Per the conditions of probation ordered by Judge {{NAME:Eleanor Ma}} on {{DATE:11/9/2022}}, Mr. {{NAME:Kahananui}} must show proof of compliance with medication-assisted treatment and monthly visits. Enclosed is his signed authorization (42 CFR Part 2 compliant), dated {{DATE:2/27/25}}, valid until {{DATE:2/27/26}}.
Please send visit dates and UDS results from {{DATE:9/1/2024}} to the present, only. We do not need full notes.
Questions: {{EMAIL:t.nakagawa@osterbyprob.org}}

{{NAME:Takeshi Nakagawa}}
Deputy Probation Officer III   badge {{ID:P-114}}
`,
  `[secure chat - booking nurses - {{DATE:9/28/24}}]
02:14 {{NAME:Odum, T}}: got a fresh one from state patrol, {{NAME:HALVORSEN}} 4th DUI, says he's on "heart pills" n warfarin, doesnt know the dose
02:15 {{NAME:Pike, R}}: pharmacy?
02:15 {{NAME:Odum, T}}: {{FACILITY:Valley Drug}} in {{LOCATION:Selah}}, closed til 9. wife {{NAME:Ingrid}} is calling in
02:17 {{NAME:Pike, R}}: check PMP + ask for his anticoag clinic. INR machine is down again fyi
02:21 {{NAME:Odum, T}}: anticoag clinic at {{FACILITY:Harwick Memorial}}, card in wallet says Dr {{NAME:Oduya}}, warfarin 5mg MWF / 7.5 other days. Mech valve (St. Jude) so cant just hold it
02:22 {{NAME:Pike, R}}: ok call oncall {{NAME:Volz}} {{PHONE:541-555-0199}}. put him on the list for INR draw in AM, {{FACILITY:Kellam}} courier comes 0700
02:30 {{NAME:Odum, T}}: also DOB on his license says {{DATE:3/3/1959}}, DL {{LICENSE:HALVOEJ512NR}}, bkg {{ID:24-10119}}. BAC .19 at scene
02:31 {{NAME:Pike, R}}: CIWA q4 then. does he have a bracelet
02:33 {{NAME:Odum, T}}: medic alert bracelet "WARFARIN - VALVE" ID# {{ID:MA-00382215}}
02:40 {{NAME:Pike, R}}: got it. ill chart. -rp
`,
  `DENTAL SICK CALL - {{FACILITY:Granite Fork State Prison}} dental clinic
{{DATE:07/16/2024}}   Pt: {{NAME:Nguyen, Van Minh}}  DOC {{ID:1120458}}   DOB {{DATE:1962-10-03}}
Interpreter: Vietnamese via language line, interpreter {{NAME:Lan}} #{{ID:204417}}
CC: "rang dau qua" - pain LR x 2 wks, worse w/ cold
Hx: DM2, HTN. A1c 8.1 ({{DATE:6/2024}}). Allergy: codeine (N/V).
Exam: #30 large MOD caries, percussion +, cold lingering >10 s. PA radiograph: periapical radiolucency #30. #31 missing. Gen. calculus, BOP 30%.
Dx: symptomatic apical periodontitis #30.
Tx options discussed: RCT not available in-house, offsite endo referral ~4-6 mo wait vs extraction. Pt elects EXT.
Consent signed (VN form). Witness: DA {{NAME:M. Yazzie}}.
Procedure: 2 carps lidocaine 2% w/ epi 1:100k IANB, #30 extracted, sockets irrigated, 3-0 chromic x1. Hemostasis achieved.
Rx: ibuprofen 600 q6h x3d, acetaminophen 500 2 tabs q6h prn. No narcotics per policy.
Post-op instructions given in Vietnamese. Recall 2 wks for prophy. Soft diet slip to food service (Ms. {{NAME:Dunleavy}}).
{{NAME:Sofia Amaral}}, DDS   lic {{LICENSE:DDS 10972}}
`,
  `OB NOTE - PREGNANT IN CUSTODY     {{FACILITY:Bramblewood Women's Correctional Center}}
{{NAME:Hrytsenko, Oksana}}   ID {{ID:W-24-0977}}   DOB {{DATE:9/14/2001}}   G2P1   EDD {{DATE:10/29/2024}}
Visit {{DATE:Thurs, 7/11/2024}} (26w2d), seen with OB {{NAME:Nadia Petrakis}}, CNM via video from {{FACILITY:St. Odile Women's Clinic}} (session from {{IP:203.0.113.45}} per IT log, ext. {{PHONE:7712}})
S: +FM, no LOF/VB/ctx. Nausea resolved. Lives pre-arrest w/ partner {{NAME:Viktor}} in {{LOCATION:Stockton}}; he has their son {{NAME:Maksym}} (3).
O: BP 112/68, FHT 148 by doppler, FH 26 cm. Wt +6 lb since intake {{DATE:5/2}}.
Labs: 1-hr GTT 128, Hgb 10.4 -> start ferrous sulfate 325 daily. Rh pos.
Plan: RhoGAM n/a. Tdap at 28 wk. Growth US at {{FACILITY:St. Odile}} {{DATE:8/8}}. No restraints in 3rd trimester/labor per state law - flag sent to Capt. {{NAME:Whitlock}} and transport.
Doula program ({{FACILITY:Mothers Behind Walls Doula Collective}}) - referral faxed {{DATE:7/11}} to {{FAX:209-555-0172}}.
Pt asks for pregnancy-safe pillow + extra mattress -> med chrono approved until {{DATE:12/31/24}}.
{{NAME:H. Lindqvist}}, RN (facility OB liaison)
`,
  `POST USE-OF-FORCE MEDICAL ASSESSMENT
Facility: {{FACILITY:Larkmoor Regional Jail}}    Incident # {{ID:UOF-24-0388}}    Date/time of exam: {{DATE:12/01/2024 1752}}
Inmate: {{NAME:BEASLEY, DARNELL}}   bkg {{ID:24-011402}}   Housing: MAX-2 cell 4
Force used (per Sgt {{NAME:Pruitt}}): OC spray x1 burst, escort hold, restraint chair (placed 1731). CED (TASER 7) - not deployed.
Inmate statement: "they slammed me, my wrist is broke" - refused to answer other questions.
Exam: alert, agitated, shouting. OC to face/chest - decon w/ water 10 min, eyes flushed. Superficial abrasion R cheek 2 cm. R wrist: mild swelling dorsal, FROM, radial pulse 2+, cap refill <2 s. No LOC per staff. Resp 22 unlabored. BP 162/98.
Restraint chair check: circulation checked all 4 extremities q15 min; see restraint log.
Plan: R wrist XR (portable vendor {{FACILITY:MobileRad West}}, req # {{ID:MRW-558130}}). Ice. MH notified - pt on Haldol, missed 2 doses this wk; {{NAME:P. Raman}} to see tonight.
Photos taken by Cpl. {{NAME:Ng}} for incident file.
Examined by: {{NAME:Tamika Odum}}, RN     Reviewed: Dr. {{NAME:I. Carrizo}} {{DATE:12/2/24}}
`,
  `TB SCREENING LOG - NEW ADMITS - {{FACILITY:Sable Point Detention Facility}} - wk of {{DATE:01/06/2025}}
(symptom screen + QFT drawn; CXR if QFT+ or sx+)
 date  | name                         | bkg#       | sx screen | QFT     | CXR       | housing
 {{DATE:1/6}}   | {{NAME:Diallo, Amara}}               | {{ID:2025-0041}}  | neg       | neg     | -         | gen pop
 {{DATE:1/6}}   | {{NAME:Rahimi, Ahmad}}               | {{ID:2025-0044}}  | cough 3wk | POS     | {{DATE:1/7}} RUL opacity | AIIR rm 2 !!
 {{DATE:1/7}}   | {{NAME:Sakamoto, H}} ({{NAME:Hiro}})         | {{ID:2025-0052}}  | neg       | indet   | {{DATE:1/8}} clear | gen pop, repeat QFT
 {{DATE:1/8}}   | {{NAME:Tavares-Lindqvist, J.}}        | {{ID:2025-0060}}  | neg       | prior + (2019), hx LTBI tx | {{DATE:1/8}} clear | gen pop
 {{DATE:1/9}}   | "{{NAME:Smokey}}" {{NAME:Redcloud}}         | {{ID:2025-0067}}  | refused   | refused | refused   | med seg per policy
 {{DATE:1/10}}  | {{NAME:Ong, Bich Ngoc}}              | {{ID:2025-0071}}  | neg       | neg     | -         | gen pop
Notes:
- {{NAME:Rahimi}}: AFB x3 sent to {{FACILITY:Kellam Labs}} (acc {{ID:KL-78803115}}, {{ID:KL-78803116}}, {{ID:KL-78803117}}). County TB nurse {{NAME:Margit Oyelowo}} notified {{DATE:1/7}} 1420, {{PHONE:(509) 555-0181}}. Contact list: cellmate {{NAME:Diallo}} + 2 holding tank.
- {{NAME:Redcloud}}: 2nd refusal, counselled by Dr. {{NAME:Carrizo}}; TB order per health officer if refuses x3.
log kept by {{NAME:L. Esperanza}}, RN, infection control
`,
  `CIWA-Ar / ALCOHOL WITHDRAWAL - progress note
{{FACILITY:Osterby County Jail}}       {{DATE:Sat 10/19/24}}
{{NAME:Halvorsen, Einar J}}   bkg {{ID:24-10119}}   DOB {{DATE:3/3/1959}}   cell: medical obs 2
Hx: daily drinker ~1/5 vodka; hx w/d seizure {{DATE:Feb 2021}} at {{FACILITY:Amberlake Community Hospital}}. Mechanical AVR on warfarin (INR {{DATE:10/18}} = 2.1).
0400 CIWA 12 - tremor 3, sweats 2, anxiety 3, agitation 2, HA 2. HR 108 BP 164/94 T 37.6
0415 chlordiazepoxide 50 mg po per protocol (Dr. {{NAME:Carrizo}} standing order), thiamine 100 IM, MVI, folate
0600 CIWA 8. sleeping intermittently. Oriented x3.
0800 CIWA 6. drank 600 ml, ate half tray.
Wife {{NAME:Ingrid Halvorsen}} called {{PHONE:509-555-0112}} asking if he is "getting his heart pills" - told her we cannot discuss w/o ROI; pt then signed ROI for her (copy in chart). She says his cardiologist is Dr. {{NAME:Bhattacharya}} at {{FACILITY:Ohme Ridge Cardiology}}, {{LOCATION:Wenatchee}}.
Court: arraignment {{DATE:Mon 10/21}} 1330, video from jail.
Plan: continue CIWA q4h, taper per protocol, seizure precautions, bottom bunk, fall risk band.
{{NAME:R. Pike}} RN / {{NAME:J. Baca}} LPN
`,
  `{{FACILITY:Larkmoor Regional Jail}} - Health Services
RELEASE / REENTRY MEDICATION LETTER                       Date: {{DATE:04.28.2025}}

To the receiving pharmacy / prescriber:
{{NAME:Chidi Okonkwo}} (DOB {{DATE:05/19/1993}}, booking {{ID:2024-3381}}) is released today. While in custody he received:
  - buprenorphine/naloxone 8/2 mg SL film, 2 films daily (last dose {{DATE:4/28}} 0615)
  - sertraline 50 mg daily
  - naloxone 4 mg nasal spray x2 given at release (kit lot 3FG201, exp 11/2026)
A 7-day bridge supply was e-prescribed to {{FACILITY:Pillbridge Pharmacy}}, {{ADDRESS:2706 Fruitvale Blvd}}, {{LOCATION:Yakima}}, ph {{PHONE:509-555-0160}}. Prescriber DEA {{LICENSE:BV4471902}}, X-waiver no longer required.
Follow-up: intake at {{FACILITY:Northgate Reentry Clinic}} on {{DATE:May 1st}} at 10:30 with {{NAME:Tomas Echeverria}}, PA-C. Case manager {{NAME:Bernadette}} "{{NAME:Bernie}}" {{NAME:Kowal}} will meet him at the release door.
Medicaid reinstatement submitted {{DATE:4/21}}; pending ID {{HEALTH_PLAN:108990327WA}}.
Emergency contact on file: brother {{NAME:Ikenna}}, {{PHONE:509.555.0102}}, of {{ADDRESS:14 S 6th Ave, Unit B}}, {{LOCATION:Union Gap}} {{ZIP:98903}} (release address per probation).
Questions: jail pharmacy line {{PHONE:509-555-0179}}, fax {{FAX:509-555-0178}}.
{{NAME:Imelda Carrizo}}, MD   NPI {{LICENSE:1093355710}}
`,
  `COMPETENCY RESTORATION - WEEKLY PROGRESS NOTE
{{FACILITY:Quillan Ridge State Forensic Hospital}}  /  {{FACILITY:Aspen Unit}}  /  wk 6
Pt: {{NAME:Cobb, Nathaniel R.}}   Hosp # {{MRN:QR-118403}}   Court case {{ID:24CR1187}}   Admit {{DATE:11/4/24}}
Date {{DATE:12/13/2024}}
Legal: 90-day restoration order from Judge {{NAME:Oyelaran-Price}}; report due {{DATE:2/2/25}}. Defense {{NAME:S. Varghese}}. Pt consented to meds {{DATE:11/15}}; no Sell hearing needed.
Meds: paliperidone palmitate 234 mg IM ({{DATE:11/8}}), 156 mg ({{DATE:11/15}}), next monthly {{DATE:12/13}} given today L deltoid. Benztropine 1 mg prn.
Groups: attended 9/10 competency classes (leader {{NAME:Tasha Milbourne}}, MSW). Mock trial: named judge, jury, plea options; described plea bargain accurately. Still says "the signal" comes "sometimes at night" but no longer about his attorney.
Scores: ECST-R Factual 10 (was 4), Rational 13 (was 6). BPRS 41 -> 29.
Visits: mother {{NAME:Loretha Cobb}} visited {{DATE:12/8}}; she lives in {{LOCATION:Canon City}}.
Plan: continue; anticipate opinion of competent by wk 10. Coordinate return transport to {{FACILITY:Larkmoor}} with Sgt. {{NAME:Ybarra}}.
{{NAME:Alma Reyes-Tanaka}}, PsyD / {{NAME:Dev Malhotra}}, MD (attending)
`,
  `ORDER SUMMARY - INVOLUNTARY MEDICATION TO RESTORE COMPETENCY (Sell)
U.S. v. {{NAME:Haroldo Benitez-Acuna}}, Crim. No. {{ID:2:23-cr-00417-KJB}}
Held at: {{FACILITY:Redhawk Mesa Federal Medical Unit}}    Reg. No. {{ID:58821-408}}
Hearing: {{DATE:3/19/2024}}.  Order entered {{DATE:03/26/2024}}.
Findings (per order): (1) important government interest - charges of assault on a federal officer; (2) medication substantially likely to render him competent and unlikely to cause side effects that interfere with his ability to assist counsel; (3) less intrusive means tried and failed (voluntary trial of olanzapine 10 mg, refused after 4 days); (4) medically appropriate.
Authorized: haloperidol decanoate up to 200 mg IM q4wk, or fluphenazine decanoate as alternative; oral haloperidol to be offered first.
Treating psychiatrist: Dr. {{NAME:Wen-Li Cheng}}. Defense expert: {{NAME:Gabriel Ostrowski}}, PhD.
Defense counsel {{NAME:Maribel Escamilla}} ({{EMAIL:mescamilla@fpd-desertdist.org}}, {{PHONE:520-555-0146}}) to receive monthly reports; first due {{DATE:April 26, 2024}}.
Patient's sister {{NAME:Graciela Benitez}} (in {{LOCATION:Nogales}}) has been informed by counsel.
Note: Harper hearing standard does NOT apply (not dangerousness-based). Summary prepared by {{NAME:K. Oyama}}, legal liaison, {{DATE:3/27/24}}.
`,
  `HUNGER STRIKE MONITORING - DAY 6
{{FACILITY:Granite Fork State Prison}} - {{FACILITY:Birch Unit}} seg, cell 112
Inmate {{NAME:Rahimi, Ahmad}}  DOC {{ID:1190345}}  DOB {{DATE:7 Jul 1984}}
Date: {{DATE:2025-02-11}} 0930. Strike declared {{DATE:2/5}} (last meal {{DATE:2/4}} dinner) over visiting restrictions; states he is drinking water + tea only.
Wt 61.2 kg (admit wt {{DATE:2/5}}: 66.0; BMI now 20.1). BP 104/70, HR 92, orthostatic + (HR 118 standing). Ketones 3+ urine.
Labs {{DATE:2/10}}: Na 138, K 3.4, glucose 61, BUN 24, Cr 1.0, phos 2.9.
Capacity: understands risks incl. refeeding, death; consistent; no psychosis per MH ({{NAME:Renee Whitfield}}, LPC, {{DATE:2/10}}). Refuses IV and supplements; accepts electrolyte water.
Advance directive: wants no force-feeding; brother {{NAME:Farid Rahimi}} in {{LOCATION:Fresno}} ({{PHONE:559-555-0105}}) is not to be called per pt.
Imam {{NAME:Yusuf Haddad}} from {{FACILITY:Masjid Al-Noor of the Valley}} visited {{DATE:2/9}} at pt request.
Plan: daily wt/vitals, BMP q48h, thiamine offered, refeeding protocol ready. Notify warden's office and Dr. {{NAME:Morrow}} if wt < 58 kg or K < 3.0.
{{NAME:Lise Hammarberg}}, RN
`,
  `RESTRAINT CHAIR OBSERVATION LOG    {{FACILITY:Larkmoor Regional Jail}}
Inmate: {{NAME:BEASLEY, D.}}   bkg {{ID:24-011402}}   Incident {{ID:UOF-24-0388}}   Date {{DATE:12/1/24}}
Placed 1731 by Sgt {{NAME:Pruitt}}; authorized by Lt {{NAME:A. Castellanos}}
time | behavior              | circ/skin chk | fluids/toilet | officer | nurse
1745 | yelling, spitting     | ok x4         | refused       | CO {{NAME:Ng}} | {{NAME:TO}}
1800 | yelling               | ok x4         | -             | {{NAME:Ng}}      |
1815 | quieter, crying       | ok, R wrist swollen, loosened | water 200 ml | {{NAME:Ng}} | {{NAME:TO}}
1830 | calm, talking w/ MH   | ok x4         | -             | {{NAME:Fairbanks}} |
1845 | calm                  | ok x4         | toilet offered, used | {{NAME:Fairbanks}} | {{NAME:TO}}
1900 | calm, asks for mom    | ok            | -             | {{NAME:Fairbanks}} |
1915 | released from chair (1h44m) - escorted to MAX-2 cell 4, safety smock per MH
MH: {{NAME:P. Raman}} LCSW at 1825 - no SI, agitated re: phone call with mother {{NAME:Gloria Beasley}} earlier that day.
Portable XR R wrist {{DATE:12/1}} 2040: no fx.
Nurse: {{NAME:TO}} = {{NAME:T. Odum}} RN. Reviewed by HSA {{NAME:Lindgren}} {{DATE:12/2/2024}}.
`,
  `{{FACILITY:Ferncliff Juvenile Detention Center}} - ADMISSION HEALTH SCREEN (MAYSI-2 + nursing)
Youth: {{NAME:Marrero, Jayden}} ("{{NAME:JJ}}")   JDC # {{ID:J25-0213}}   DOB {{DATE:2009-04-30}} (15)
Admit: {{DATE:03/22/2025 23:10}}  brought by Ofc. {{NAME:Dziedzic}}, school resource officer, {{FACILITY:Wexler Ridge High School}}
Guardian: grandmother {{NAME:Carmen Marrero}}, {{PHONE:315-555-0127}}, {{ADDRESS:512 Bleecker St, 2nd fl}}, {{LOCATION:Utica}}, NY {{ZIP:13501}}. Mother incarcerated ({{FACILITY:Bramblewood}}).
MAYSI-2: Alcohol/Drug 5 (caution), Angry-Irritable 7 (warning), Depressed-Anxious 4, Suicide Ideation 1, Thought Disturbance 0, Traumatic Experiences 3.
Health: asthma - albuterol HFA from home (pharmacy label {{FACILITY:Oneida Square Pharmacy}}, Rx# {{ID:6620193}}). ADHD on methylphenidate ER 36 mg - last dose this AM. Last PCP visit {{DATE:Nov 2024}} at {{FACILITY:Mohawk Hills Pediatrics}} (Dr. {{NAME:Siddiqui}}).
Injuries: bruise L cheek, says from "a fight at lunch" {{DATE:3/22}}. Denies abuse at home.
Immunizations: NYSIIS lookup shows missing MenACWY booster.
Medicaid CIN {{HEALTH_PLAN:KD48221T}}.
Disposition: general unit, nurse recheck AM, MH clinician {{NAME:Abigail Sorensen}} LMHC to see within 24h; school enrollment w/ detention teacher Mr. {{NAME:Ferrante}}.
Screened by {{NAME:N. Adeyemi}}, RN
`,
  `DETAINEE INTAKE HEALTH SCREEN - {{FACILITY:Redhawk Mesa Processing Center}}
Detainee: {{NAME:QUISPE MAMANI, Wilber}}    A# {{ID:A-219-884-403}}    Subject ID {{ID:RM-2025-07741}}
DOB {{DATE:13/06/1997}} (per Bolivian cedula; dd/mm)    Arrived {{DATE:8 Jan 2025}} 1605 from {{LOCATION:Laredo}} by bus
Language: Spanish + Quechua; interpreter by phone, ID {{ID:88130}} ({{NAME:Florencia}}).
Travel: left {{LOCATION:El Alto}} 4 months ago, crossed through Panama; wife {{NAME:Roxana Condori}} and daughter still in {{LOCATION:Tapachula}}, Mexico. US contact: cousin {{NAME:Elmer Quispe}}, {{PHONE:(703) 555-0153}}, {{ADDRESS:6021 Leesburg Pike, Apt 210}}, {{LOCATION:Falls Church}}, VA {{ZIP:22041}}.
Sx: cough x2 wk, no fever, no hemoptysis; wt loss unknown. Rash both ankles (scabies?).
Vitals: T 37.2, HR 88, BP 118/74, SpO2 98%. BMI 19.
TB: CXR same day - neg; sputum not indicated. Scabies: permethrin 5% applied, laundry per protocol.
Fingerprints captured (IDENT), biometric record no. {{BIOMETRIC:FPR-7720-01938}}; photo file {{PHOTO:RM2025-07741_front.jpg}}.
MH: PHQ-2 = 3 -> refer, reports threats in transit. PREA screen: not at risk.
Screened by {{NAME:Inés Calderón}}, RN, for {{FACILITY:Harbinger Detention Health Services}}
`,
  `TELEPSYCHIATRY FOLLOW-UP
Pt: {{NAME:Bao Xiong}}   DOB {{DATE:12/1/1990}}   booking {{ID:2024-3402}}   {{FACILITY:Sable Point DF}}, unit 3 (med/MH)
Date: {{DATE:5/16/2024}} 1110-1132 (video)
Provider: {{NAME:Haruto Sakamoto}}, MD (remote, {{LOCATION:Boise}}). Site nurse: {{NAME:M. Boateng}}, LPN.
Connection: jail cart 'TELE-2' IP {{IP:198.51.100.23}} -> provider {{IP:198.51.100.77}}; dropped once at 1119, reconnected.
S: "sleeping better." Denies SI. Nightmares 2x/wk (was nightly). Still hears "my father's voice" when falling asleep, not commanding. Hmong interpreter by video ({{NAME:Pa Nhia Vang}}, #{{ID:31177}}).
Hx: PTSD, MDD w/ psychotic features. Outpatient: {{FACILITY:Lao Family Wellness Center}} before arrest, psychiatrist Dr. {{NAME:Fong}}.
MSE: calm, fair eye contact, mood "ok", affect constricted, TP linear, no AH to exam, insight partial.
Meds: sertraline 100 mg (adherent per MAR 14/14), prazosin 1 -> 2 mg qhs, quetiapine 50 mg qhs (keep).
Plan: f/u 4 wk. Labs: A1c, lipids (on quetiapine). Next court {{DATE:6/3}}; if released, bridge Rx and referral back to Dr. {{NAME:Fong}} ({{PHONE:559-555-0138}}).
`,
  `FAX  *  FAX  *  FAX
TO: {{FACILITY:Clayborne Pharmacy}}  attn {{NAME:Reggie}}     FAX {{FAX:(318) 555-0120}}
FROM: {{FACILITY:Osterby County Jail}} Medical     FAX {{FAX:(541) 555-0178}}     PH {{PHONE:(541) 555-0179}}
DATE: {{DATE:7/8/24}}     PAGES: 2 (incl cover)
RE: Medication verification - inmate {{NAME:LeBlanc, Tyrell A.}}  DOB {{DATE:10/10/1988}}

Please verify the following fills for the above pt in the last 90 days:
  [ ] aripiprazole 15 mg daily
  [ ] divalproex ER 1000 mg qhs
  [ ] gabapentin 600 mg TID  (pt reports; PMP shows fill {{DATE:6/11/24}} at your store)
  [ ] albuterol HFA
Prescriber(s) listed by pt: Dr. {{NAME:Melancon}}, {{FACILITY:Teche Valley Behavioral}}; NP {{NAME:A. Broussard}}.
Pt's last address on your profile please (for probation release planning): ____________
Signed release enclosed (pt signature dated {{DATE:07/07/2024}}).

Reply by fax or call {{NAME:Jorge Baca}}, LPN (ext {{PHONE:318}}).
CONFIDENTIALITY: This fax contains protected health information...

--- pharmacy reply written on page 2, received {{DATE:7/8}} 1612 ---
ARIP 15 filled {{DATE:6/3}}, DVP ER filled {{DATE:6/3}}, gaba 600 filled {{DATE:6/11}} (#90), NO albuterol on file. Addr {{ADDRESS:118 Pinhook Rd Lot 22}}, {{LOCATION:Lafayette}} LA {{ZIP:70508}}. -{{NAME:RT}}
`,
  `nursing note   {{DATE:8/29}}   0845
{{NAME:Faleolo, T.}} ({{NAME:Tavita}})  bk {{ID:2024-3377}}  pod 2C
seen at sick call for "spider bite" R thigh x4d. 5x6 cm indurated, fluctuant center 2 cm, erythema to 9 cm (marked w/ pen 0850), warm, tender. T 100.9. FSBS 244 (DM2 on glargine).
2 others on 2C with boils this month ({{NAME:Ruiz-Tafoya}} {{DATE:8/14}}, {{NAME:Kim}} {{DATE:8/22}}). Likely MRSA cluster - notified infection control ({{NAME:L. Esperanza}} RN) + HSA.
Per Dr {{NAME:Carrizo}} by phone: I&D on site at 1000 (done by Dr. C) - 8 ml purulent, cx sent {{FACILITY:Kellam}} (acc# {{ID:KL-79114020}}), packed. TMP-SMX DS 2 tab BID x7d. Wound check daily. Move to medical obs single cell until drainage stops. Laundry/linen change pod 2C, chlorhexidine showers offered to whole pod.
Pt asks we call his aunt {{NAME:Losa Faleolo}} in {{LOCATION:Carson}} - ROI not on file, pt signed one now. Aunt {{PHONE:310-555-0164}}.
{{DATE:9/1}} addendum: cx MRSA, sens TMP-SMX. Wound clean, granulating. Erythema receding inside pen mark. -{{NAME:DS}}
`,
  `CRITICAL VALUE CALL
From: {{FACILITY:Kellam Labs}} client services, caller {{NAME:Joaquin}} (ID {{ID:CS-412}})
To: {{FACILITY:Granite Fork State Prison}} infirmary, received by {{NAME:Lise Hammarberg}}, RN
Call ref# {{ID:CV-2025-118342}}    Called {{DATE:02/12/2025 0213}}
Pt: {{NAME:RAHIMI, AHMAD}}    DOC {{ID:1190345}}    DOB {{DATE:07/07/1984}}    specimen acc {{ID:KL-80022671}} (drawn {{DATE:2/11}} 1700)
Result: potassium 2.6 mmol/L (crit <2.8); phos 1.4; Mg 1.3.
Read-back done: yes.
Actions: pt on day 7 of hunger strike; accepted oral KCl 40 mEq x1 at 0225 after discussion; refuses IV. On-call provider Dr. {{NAME:K. Morrow}} notified 0220 via pager {{PHONE:4419}}. ECG 0240: U waves, no arrhythmia. Repeat BMP 0800.
Warden's duty officer (Lt. {{NAME:Szymanski}}) informed per hunger strike policy.
Outside hospital on standby: {{FACILITY:Bellcrest University Hospital}} ED, transfer center {{PHONE:916-555-0188}}.
`,
  `PRELIMINARY NOTIFICATION - DEATH IN CUSTODY (internal, privileged - peer review)
Facility: {{FACILITY:Larkmoor Regional Jail}}      Report # {{ID:DIC-2025-002}}
Decedent: {{NAME:Wade Emmett Tull}}    DOB {{DATE:09/09/1972}}    bkg {{ID:25-001187}}    booked {{DATE:2/2/25}} (hold for {{FACILITY:Tolliver Street RRC}} violation)
Found unresponsive {{DATE:02/04/2025 0512}}, cell H-14, by CO {{NAME:Fairbanks}} during count. CPR started 0513, Narcan 4 mg IN x2, AED (no shock advised). EMS arrived 0524; pronounced 0541 by ED physician via radio, {{FACILITY:St. Odile Medical Center}}.
Medical hx: OUD, on no MOUD at booking (declined); COWS 4 on {{DATE:2/3}}. Intake screen by {{NAME:T. Odum}} RN noted hx OD {{DATE:Dec 2024}}.
Notifications: Sheriff's office investigator Det. {{NAME:Pham}} ({{PHONE:509-555-0117}}); medical examiner case {{ID:ME-25-0341}}; next of kin (sister {{NAME:Darla Tull-Sweeney}}, {{LOCATION:Moxee}}) notified by chaplain Fr. {{NAME:Tobin}} 0930.
Immediate actions: cell search - paper with powder residue sent to lab; housing unit H on lockdown; all H-unit inmates offered naloxone education.
Mortality review meeting set {{DATE:2/11}} 1400. Prepared by {{NAME:I. Carrizo}}, MD, Medical Director.
`,
  `PREA - MEDICAL/FORENSIC REFERRAL (restricted access)
Facility: {{FACILITY:Bramblewood Women's Correctional Center}}    PREA case # {{ID:PREA-25-0019}}
Resident: {{NAME:Siobhan Ni Bhriain}}    ID {{ID:W-23-1140}}    DOB {{DATE:5/5/1999}}
Report made {{DATE:01/27/2025}} 2145 to Sgt. {{NAME:Okoro}} (first responder); alleged incident {{DATE:1/27}} approx 1900, {{FACILITY:Laurel Hall}} laundry room. Alleged abuser: staff (name withheld from medical file per investigator).
Medical: no acute injury requiring ED. Pt requests forensic exam. Within 120 h window.
Transport to {{FACILITY:Harwick Memorial Hospital}} ED for SANE exam, SANE on call {{NAME:Rosalyn Achterberg-Mwangi}}, RN, SANE-A (via {{PHONE:541-555-0135}}). Advocate from {{FACILITY:Lantern House Crisis Line}} ({{NAME:Dani}}) requested, pt consented.
Evidence kit # {{ID:SK-25-00811}} - chain of custody to investigator {{NAME:M. Estrada}}, badge {{ID:4471}}.
Prophylaxis given at ED per SANE: ceftriaxone, doxycycline, metronidazole, levonorgestrel 1.5 mg; HIV nPEP started (Biktarvy x28d - dispensed 5 days, rest via jail pharmacy).
Follow-up: MH crisis contact within 24h (done {{DATE:1/28}} by {{NAME:R. Whitfield}}, LPC); labs 2, 6 wk; housing separation per PREA coordinator {{NAME:Hollis Drummond}}.
Nurse: {{NAME:H. Lindqvist}}, RN   {{DATE:1/28/25}} 0110
`,
  `{{FACILITY:Northgate Reentry Clinic}}
{{ADDRESS:880 E Pioneer Rd}}, {{LOCATION:Billings}}, MT {{ZIP:59101}}   |   {{PHONE:406.555.0119}}

{{DATE:June 3, 2025}}

{{FACILITY:Bellwether Monitoring Services}} / Supervising agent {{NAME:Clint Yellowhorse}}
RE: {{NAME:Dakota Lee Runningwater}} - DOB {{DATE:02/14/1987}} - SID {{ID:MT4402197}} - ankle unit s/n {{DEVICE:BW-GPS3-0048817}}

Mr. {{NAME:Yellowhorse}},
Mr. {{NAME:Runningwater}} is scheduled for an MRI of the lumbar spine at {{FACILITY:Alkali Creek Imaging}} on {{DATE:6/12}} at 0645, and for physical therapy twice weekly after that. The MRI cannot be done with the GPS ankle monitor in place. Please arrange a supervised removal or a temporary alternative for that morning. Imaging scheduler: {{NAME:Kiona}}, {{PHONE:406-555-0189}}.
He also has leg edema and skin breakdown under the strap (photos in our chart); we ask that the unit be moved to the other ankle.
His travel between {{LOCATION:Hardin}} and {{LOCATION:Billings}} for care is medically necessary.
Thank you,
{{NAME:Evelyn Two Bulls}}, FNP   NPI {{LICENSE:1447283905}}
cc: pt; Probation & Parole officer {{NAME:Strand}}
`,
  `INTERSTATE COMPACT (ICAOS) - HEALTH TRANSFER SUMMARY
Offender: {{NAME:Haynes, Lorraine Marie}} aka {{NAME:Lori Petitjean}}    Sending state case {{ID:ICOTS 2024-9917421}}
DOB {{DATE:Oct. 2, 1979}}    SSN {{SSN:482-55-0193}}
Sending: Probation, {{LOCATION:Sioux City}} IA - PO {{NAME:Tanner Gilchrist}}, {{EMAIL:tgilchrist@prob-d3.example.org}}
Receiving: {{LOCATION:Omaha}} NE - PO TBD. Proposed residence: w/ daughter {{NAME:Brianna Haynes}}, {{ADDRESS:4410 Pratt St}}, {{LOCATION:Omaha}} NE {{ZIP:68111}}, {{PHONE:402-555-0108}}.
Health conditions: COPD on home O2 2 L (Inogen One G5, s/n {{DEVICE:IG5-2207-33410}}); HCV treated 2021 (SVR); bipolar I.
Current meds: Trelegy 1 puff daily, albuterol prn, lamotrigine 200 mg, quetiapine 100 mg qhs.
Providers: {{FACILITY:Brandvold Lung & Sleep}} (Dr. {{NAME:Vogt}}); MH at {{FACILITY:Riverbluff Counseling}} ({{NAME:Amy Strasburg}}, LISW).
Insurance: Iowa Medicaid ID {{HEALTH_PLAN:0338174K}} - will terminate on move; NE application to be filed by daughter.
Reason for request: family support, medical care. Reporting instructions: report within 5 business days of arrival; first appt pending.
Prepared {{DATE:11/14/2024}} by {{NAME:T. Gilchrist}}.
`,
  `From: {{NAME:Mercedes Álvarez-Pruitt}} <{{EMAIL:mercy.alvarez.p@freemail.example}}>
Date: {{DATE:Sun, 16 Mar 2025 22:41}}
To: warden's office <{{EMAIL:warden.kh@corrections-mail.example}}>
Subject: my husband is not getting his seizure medicine!!!!

To Warden {{NAME:Thibodeaux}} or whoever reads this,
My husband is {{NAME:Luis Alberto Álvarez}} DOC {{ID:A-611290}} in {{FACILITY:Cypress Unit}} at {{FACILITY:Kestrel Hollow}}. He called me tonight on the phone (his PIN is {{ID:77015}} if you need it) and said he had TWO seizures this week and fell and cut his head on the bunk. He said the nurse told him his Keppra "is on order" since {{DATE:3/10}}. He has been on Keppra 750 twice a day for 8 years from Dr {{NAME:Narayanan}} at {{FACILITY:Bellcrest University Hospital}} neuro clinic. I can bring the pills myself!!! I am his wife and I have his medical power of attorney, I sent it to medical on {{DATE:Feb 3}}.
Please call me {{PHONE:(337) 555-0176}}. I live in {{LOCATION:Opelousas}} and I will drive up there.
{{NAME:Mercedes}}

--- forwarded by {{NAME:D. Monroe}} HSA {{DATE:3/17/25}} 0712 to {{NAME:Gretchen}} and Dr. {{NAME:Morrow}}: "pls verify levetiracetam given since {{DATE:3/10}}, check MAR + stock, see pt today, call wife back w/ ROI on file."
`,
  `OFF-SITE DIALYSIS - TRANSPORT SCHEDULE / MEDICAL HOLD   (posted in transport office, do not copy)
Inmate: {{NAME:OYELOWO, BABATUNDE}}   DOC {{ID:1175520}}   {{FACILITY:Granite Fork SP}} infirmary bed 3
Unit: {{FACILITY:Ostrander Dialysis}}, {{ADDRESS:3150 Gateway Oaks Dr, Ste 110}}, {{LOCATION:Sacramento}} {{ZIP:95833}}   charge RN {{NAME:Marivic Dela Cruz}} {{PHONE:916-555-0124}}
Chair 6, 2nd shift. MWF. Leave 0945, chair time 1100-1500.
  {{DATE:Mon 4/7}}   van 2 / officers {{NAME:Briggs}} + {{NAME:Nakamura}}
  {{DATE:Wed 4/9}}   van 2 / {{NAME:Briggs}} + {{NAME:Ocampo}}
  {{DATE:Fri 4/11}}  van 3 / {{NAME:Ocampo}} + {{NAME:Tran}}  (court first @ 0800 - {{FACILITY:Sacramento Valley Superior Court Annex}} Dept 9; dialysis moved to 3rd shift 1500)
Medical: AV fistula L arm - NO cuffs/restraints/BP on L arm. Hep B surface Ab+ (immune). Dry wt 74.5 kg. Renal diet.
Nephrologist: Dr. {{NAME:Sandeep Idowu}}. Access surgeon at {{FACILITY:Bellcrest University Hospital}} - fistulagram pending, auth # {{ID:UM-25-00913}}.
If missed treatment: notify infirmary RN immediately - K checks.
Emergency contact (NOT to be told schedule - security): wife {{NAME:Folasade}} {{PHONE:916-555-0166}}.
Posted {{DATE:4/3/2025}} by Lt. {{NAME:Szymanski}} / medical {{NAME:L. Hammarberg}} RN
`,
  `ELECTRONIC SICK CALL - KIOSK EXPORT  ({{FACILITY:Sable Point Detention Facility}})
req#   | submitted          | inmate                    | bkg#      | text
{{ID:SC-88412}} | {{DATE:10/02/25 21:14}}   | {{NAME:REDCLOUD, WAYLON}}         | {{ID:2025-0067}} | i need my glasses from my property there in my backpack. cant see nothing
{{ID:SC-88413}} | {{DATE:10/02/25 21:20}}   | {{NAME:TAVARES-LINDQVIST, JOAO}}   | {{ID:2025-0060}} | headaches every day since i fell in the shower on {{DATE:9/29}}. CO {{NAME:Jacobs}} seen it
{{ID:SC-88419}} | {{DATE:10/02/25 22:03}}   | {{NAME:DIALLO, AMARA}}            | {{ID:2025-0041}} | I am diabetic and the night snack bag is not coming. Please my sugar was 52 on {{DATE:sept 30}}
{{ID:SC-88420}} | {{DATE:10/02/25 22:05}}   | {{NAME:ONG, BICH NGOC}}           | {{ID:2025-0071}} | (vietnamese) dau bung, toi muon gap bac si. - translated: stomach pain, want doctor
{{ID:SC-88431}} | {{DATE:10/03/25 00:47}}   | {{NAME:SAKAMOTO, HIRO}}            | {{ID:2025-0052}} | can you call my wife {{NAME:Yuki}} at {{PHONE:208-555-0142}} she has my CPAP. ResMed AirSense 11, the serial is {{DEVICE:23191874552}}. i stop breathing at night
Triage {{DATE:10/03/25}} 0630 by {{NAME:D. Saavedra}} RN: {{ID:88419}} urgent (FSBS 61 at 0640, juice given, HS snack reordered); {{ID:88413}} urgent - seen 0900; {{ID:88420}} routine w/ interp; {{ID:88412}} property request to Sgt {{NAME:Lomeli}}; {{ID:88431}} - CPAP property release form sent to wife, home sleep study from {{FACILITY:Owyhee Bench Sleep Lab}} requested.
`,
  `ADMISSION NOTE - FORENSIC PSYCHIATRY
{{FACILITY:Quillan Ridge State Forensic Hospital}}, {{FACILITY:Cottonwood Unit}} (maximum)
Pt: {{NAME:Deshpande, Priyanka}}   Hosp # {{MRN:QR-119027}}   DOB {{DATE:4/17/1991}}
Admitted {{DATE:03/31/2025}} 1420 from {{FACILITY:Bramblewood Women's Correctional Center}} following verdict of not guilty by reason of insanity, {{DATE:3/24/25}} (No. {{ID:CR-23-004471}}, Judge {{NAME:Hallett}}). Committed for evaluation under the NGRI statute; 90-day report due {{DATE:6/29/25}}.
HPI: 33 y/o woman, postpartum psychosis 2023, index offense {{DATE:8/14/2023}}. Stable on olanzapine 15 mg since {{DATE:Jan 2024}}. Currently denies AH/paranoia; grieving, guilt-laden. Son is in care of husband {{NAME:Arjun}}; she has had no contact per protective order (expires {{DATE:9/1/2026}}).
PMH: hypothyroid (levothyroxine 50). G1P1. Allergies: sulfa.
MSE: well groomed, tearful at times, TP goal-directed, no delusions elicited, insight good, judgment fair.
Risk: C-SSRS - passive SI last month; none now. HCR-20 to be completed.
Plan: continue olanzapine; TSH, A1c, lipids; individual therapy w/ Dr. {{NAME:Fiona MacAulay}}; grief group; privileges level 1 (unit only). Visits: husband's attorney requests none at this time. Mother {{NAME:Sunanda Kulkarni}} ({{PHONE:+1 719 555 0107}}) approved visitor.
{{NAME:Dev Malhotra}}, MD  attending
`,
  `CONDITIONAL RELEASE - QUARTERLY MONITORING REPORT TO THE COURT
Case: State v. {{NAME:Tobias Wrenfield}}, No. {{ID:CR-2016-0339}}  (NGRI, conditional release granted {{DATE:May 9, 2022}})
Report period: {{DATE:1/1/2025}} - {{DATE:3/31/2025}}     Submitted {{DATE:4/7/2025}}
To: {{FACILITY:Brennard County District Court}}, attn Judge {{NAME:M. Oyelaran-Price}}; cc: DA's office; defense {{NAME:Lorna Fitch}}, Esq.
Residence: {{FACILITY:Marigold Court Supported Living}}, {{ADDRESS:1806 Lake Ave}}, {{LOCATION:Pueblo}} {{ZIP:81004}}; house manager {{NAME:Delfina}}.
Employment: 22 hrs/wk at {{FACILITY:Gorman's Feed & Seed}} (supervisor aware of status).
Treatment: monthly psychiatry with Dr. {{NAME:Kerrigan}} at {{FACILITY:Huerfano Bend Community Mental Health}}; clozapine 400 mg/day, ANC 2.8 ({{DATE:3/14}}), REMS documented. Weekly therapy with {{NAME:Juan Pablo Ortega}}, LPC.
Compliance: 12/12 UDS negative (incl. EtG). Breathalyzer interlock on vehicle plate {{VEHICLE:BXR-417}} (CO) - no fails.
Incidents: {{DATE:2/20}} missed appointment (snowstorm, rescheduled {{DATE:2/22}}).
Recommendation: continue conditional release; request approval for out-of-county travel to {{LOCATION:Trinidad}} {{DATE:5/3-5/4}} for his niece's confirmation at {{FACILITY:St. Casimir of the Plains Parish}}.
{{NAME:Odalys Ferrer}}, LCSW, Forensic Community Coordinator   {{EMAIL:oferrer@qrsfh-cr.org}}
`,
  `VIOLENCE RISK ASSESSMENT - SUMMARY SHEET (HCR-20 V3)
Examinee: {{NAME:Volkov, Dmitri A.}}   DOB {{DATE:01/30/1989}}   Referral: parole board, hearing {{DATE:11/18/2025}}
Institution: {{FACILITY:Granite Fork State Prison}}   DOC# {{ID:1201187}}
Examiner: {{NAME:Gabriel Ostrowski}}, PhD   License {{LICENSE:PSY 27714}}   Interview {{DATE:9/30/25}} (3 hrs), file review.
Historical: H1 violence Y; H2 other antisocial Y; H3 relationships P; H4 employment P; H5 substance Y; H6 major MI N; H7 personality disorder P; H8 trauma Y; H9 violent attitudes P; H10 treatment response P.
Clinical (last 6 mo): C1 insight P; C2 ideation N; C3 symptoms N; C4 instability N; C5 treatment response N.
Risk management (community): R1 professional services P; R2 living situation Y; R3 personal support P; R4 compliance P; R5 stress/coping Y.
PCL-R: 19 (not psychopathic range). Static-99R n/a.
Collateral: case manager {{NAME:Rhonda Pettigrew}}; former employer {{FACILITY:Latah Creek Steel Erectors}} (foreman {{NAME:Gus Varela}}); ex-partner {{NAME:Svetlana Orlova}} (declined).
Scenarios: most plausible - intoxicated bar altercation within first 6 months.
Summary risk rating: MODERATE. Key: housing - proposed address {{ADDRESS:1220 W Mallon Ave}}, {{LOCATION:Spokane}}, is 2 blocks from a tavern where prior offense occurred ({{DATE:July 4, 2019}}).
`,
  `FORENSIC PSYCHOLOGICAL EVALUATION - RESPONSE STYLE (excerpt, pp. 6-7)
Defendant: {{NAME:Reginald Fontenot III}} ("{{NAME:Reggie}}")   Docket {{ID:2024-CR-01562}}   DOB {{DATE:6/21/1982}}
Held: {{FACILITY:Osterby County Jail}}, bkg {{ID:24-07733}}
Referral: defense (atty {{NAME:Chantal Broussard-Ng}}) re: claimed amnesia for offense of {{DATE:4/2/24}} and reported AH.
Tests administered {{DATE:08/05/2024}}:
  TOMM  Trial 1 = 31, Trial 2 = 29, Retention = 27 (below cutoff 45)
  SIRS-2  Primary scales: RS 14 (definite range), BL 11, SU 9, IA 6; Rare Symptoms index elevated
  M-FAST total 12 (cutoff 6)
  MMPI-2-RF  F-r T=120, Fp-r T=100, FBS-r T=88
  WAIS-IV (abbreviated) FSIQ 84 - effort-dependent, interpret with caution
Collateral: jail MH notes ({{NAME:R. Whitfield}}, LPC) document no observed responding to stimuli; CO {{NAME:Delacroix}} reports pt "plays cards and talks normal till medical comes." Pt's mother, {{NAME:Odile Fontenot}} of {{LOCATION:Ville Platte}}, reported by phone {{DATE:7/29}} that he "never heard voices before this."
Prior records: {{FACILITY:Teche Valley Behavioral}} admission {{DATE:2/2017}} for cannabis-induced psychosis (MRN {{MRN:TVB-0048812}}), resolved in 4 days.
Interpretation: the pattern is consistent with feigned psychiatric and memory symptoms. This does not rule out genuine illness, but self-report cannot be relied upon.
{{NAME:G. Ostrowski}}, PhD
`,
  `SEX OFFENSE-SPECIFIC TREATMENT - PROGRESS REPORT FOR PAROLE
Client: {{NAME:Harlan D. Voss}}   Parole # {{ID:PA-55720}}   DOB {{DATE:11.23.1966}}
Provider: {{FACILITY:Cascadilla Path Treatment Associates}}, {{ADDRESS:212 W 10th St, Suite 3}}, {{LOCATION:Erie}}, PA {{ZIP:16501}}
Therapist: {{NAME:Marguerite Delacroix-Hines}}, LPC, CSOTP   cert {{LICENSE:CSOTP-1193}}
Agent: {{NAME:Jerome Whitlow}}, PA Board of Probation & Parole, {{LOCATION:Erie}} district
Period: {{DATE:Jan 1}} - {{DATE:Mar 31, 2025}}
Attendance: group 12/13 (excused absence {{DATE:2/18}} - ER visit at {{FACILITY:Lakeshore Presque Hospital}} for chest pain, records received). Individual 6/6.
Polygraph: maintenance exam {{DATE:3/6/25}} by {{NAME:Wes Hartigan}} (examiner #{{LICENSE:PE-2207}}) - no significant response on all relevant questions.
Risk: Static-99R 3 (avg); STABLE-2007 8 (moderate). Treatment targets: intimacy deficits, sexual preoccupation (improving).
Health: type 2 DM and new stable angina; cardiology at {{FACILITY:Lakeshore Presque}} (Dr. {{NAME:Amadi}}). Medications do not interfere with treatment.
Living: {{ADDRESS:1547 Sassafras St}} (approved residence); employer {{FACILITY:Bayfront Marine Supply}} aware.
Recommendation: continue current level; he may move to biweekly group in Q3 if progress continues.
Signed {{DATE:04/03/2025}} - {{NAME:M. Delacroix-Hines}}
`,
  `{{DATE:September 9, 2025}}

Chair, Parole Board Hearing Panel
RE: Medical accommodations for parole hearing - {{NAME:Clarence E. Holloway}}, DOC #{{ID:0499132}}, hearing {{DATE:10/14/2025}}

I am the treating physician for Mr. {{NAME:Holloway}} at {{FACILITY:Granite Fork State Prison}}. He is {{AGE:92}} years old (DOB {{DATE:5/2/1933}}). To take part in his hearing in a meaningful way, he needs:
 1. Hearing: bilateral hearing aids (Phonak Audeo P90, s/n {{DEVICE:2231X0887}} and {{DEVICE:2231X0891}}) with fresh batteries, plus a pocket talker amplifier; speakers should face him.
 2. Cognition: mild neurocognitive disorder (SLUMS 18/30 on {{DATE:7/8/25}}). Short questions, one at a time; a 10-minute break each hour.
 3. Mobility: wheelchair; he cannot stand for the oath.
 4. Support person: his niece and health care agent, {{NAME:Dolores Holloway-Briggs}} of {{LOCATION:Macon}}, GA ({{PHONE:478-555-0163}}), asks to attend by video; her email is {{EMAIL:dhbriggs1958@mailbox.example}}.
 5. Timing: morning, after his 0800 medications.
He has a pending request for geriatric/medical parole (filed {{DATE:2/10/25}}).
{{NAME:Kenji Morrow}}, MD, Staff Physician    CA lic {{LICENSE:A-158204}}
{{FACILITY:Granite Fork State Prison}} Health Care Services, {{PHONE:(916) 555-0180}} x{{PHONE:3302}}
`,
  `DRUG COURT - WEEKLY STATUS REPORT          for staffing {{DATE:Thurs 6/19/25}}
Court: {{FACILITY:Harlow Creek Justice Court}} Adult Treatment Court (Judge {{NAME:Benedetti}})
Treatment provider: {{FACILITY:Lilac Bend Recovery}} - reporting counselor {{NAME:Maddie Oyler}}, CDP

Participant            | Case #       | Phase | UDS this wk            | Attend | Notes
{{NAME:Okonkwo, Chidi}}        | {{ID:DC-24-0217}}   | 2     | neg x2                 | 3/3    | started job at {{FACILITY:Stadium Way Auto Detail}} {{DATE:6/16}}
{{NAME:Pettaway, DeShawn}}     | {{ID:DC-24-0231}}   | 1     | + EtG {{DATE:6/14}}           | 2/3    | admits drinking at cousin's bday; sanction rec: 2 days community svc
{{NAME:Kahananui, Keanu}}      | {{ID:DC-25-0004}}   | 3     | bup + (expected), neg other | 3/3 | requests travel to {{LOCATION:Hilo}} {{DATE:7/3-7/10}} for grandfather's funeral
{{NAME:Orlova, Svetlana}}      | {{ID:DC-25-0019}}   | 1     | dilute x1, neg x1       | 1/3    | missed 2 groups - hospitalized {{FACILITY:Harwick Memorial}} {{DATE:6/11-6/13}} (pyelo), records rec'd
"{{NAME:Tiny}}" {{NAME:Mapes}}       | {{ID:DC-25-0022}}   | 1     | NO SHOW {{DATE:6/16}}         | 0/3    | bench warrant recommended; PO {{NAME:Szabo}} attempting contact {{PHONE:509-555-0196}}
Incentives: {{NAME:Okonkwo}} - phase-up application; {{NAME:Kahananui}} - 90 days clean coin.
Prepared {{DATE:6/18/2025}} {{NAME:MO}}
`,
  `MENTAL HEALTH COURT - REFERRAL / ELIGIBILITY SCREEN
Referred by: {{NAME:Sunil Varghese}}, {{FACILITY:Brennard County Public Defender}}     Date rec'd {{DATE:2/4/2025}}
Defendant: {{NAME:Yolanda Tsinajinnie-Ruiz}}   DOB {{DATE:8/8/1979}}   Case(s): {{ID:25M0113}} (trespass), {{ID:25M0140}} (FTA)
In custody: {{FACILITY:Larkmoor Regional Jail}} since {{DATE:1/28}}; bkg {{ID:25-000954}}
Dx per records: schizoaffective d/o, bipolar type; AUD in early remission (in controlled environment). Hx 6 psych admissions, most recent {{FACILITY:Valle Sereno Behavioral Health}} {{DATE:Oct. 2024}}.
Current tx in jail: Abilify Maintena 400 mg ({{DATE:1/30}}), seen by telepsych Dr. {{NAME:Sakamoto}}.
Housing hx: unsheltered since summer; previously at {{FACILITY:Lamplight Women's Shelter}}, {{ADDRESS:419 E Arrowhead St}}. Mail c/o {{ADDRESS:PO Box 2281}}, {{LOCATION:Pueblo}} {{ZIP:81002}}.
Benefits: SSI (suspended); Medicaid ID {{HEALTH_PLAN:B447201}} (suspended). SSN {{SSN:521-55-8847}} verified w/ SSA letter in property.
Treatment slot: {{FACILITY:Huerfano Bend Community Mental Health}} ACT team ({{NAME:Rosa Quintana}}, team lead, {{PHONE:719-555-0171}}) can accept {{DATE:2/17}}.
Eligibility: MEETS criteria (SMI, non-violent charges, nexus). Victim (store mgr {{NAME:Curtis Albrecht}}) notified by DA victim advocate.
Next: staffing {{DATE:Wed 2/12}}; plea hearing {{DATE:2/14}} Dept 2.
Screener: {{NAME:Naomi Feldstein-Arce}}, MSW, MH court coordinator
`,
  `[text thread - jail med night shift -> day shift, {{DATE:8/30/24}}]
{{NAME:Rhiannon}}: hey {{NAME:Tam}}, handoff quick bc {{NAME:Pike}} went home sick
{{NAME:Rhiannon}}: 1) {{NAME:Faleolo}} med obs 1 - MRSA thigh, packing change due 0900, T max 100.2
{{NAME:Rhiannon}}: 2) new bkg {{NAME:GUTIERREZ-MOLINA}} ({{ID:24-09871}}) says hes {{AGE:90}} lol. DOB on his ID {{DATE:12/25/1933}} so hes actually {{AGE:90}}!! fall risk, needs lower bunk + walker. came from {{FACILITY:Juniper Knoll Senior Living}}?? on a DUI
{{NAME:Tamika}}: omg ok. family?
{{NAME:Rhiannon}}: son {{NAME:Rigoberto}} called {{PHONE:(541) 555-0137}}, bringing his meds in AM. dementia? seems sharp tbh
{{NAME:Rhiannon}}: 3) {{NAME:Volkov}} methadone given 0600 watched 20 min fine
{{NAME:Rhiannon}}: 4) {{NAME:Beasley}} refused HS Haldol, 3rd time, MH aware. ({{NAME:Priya}} to see)
{{NAME:Rhiannon}}: 5) sharps count correct. fridge temp 4C. narc count correct w/ {{NAME:Jorge}}
{{NAME:Tamika}}: got it. anyone out to hospital?
{{NAME:Rhiannon}}: just {{NAME:Asante-Boateng}} still at {{FACILITY:St Odile}} CCU, deputies {{NAME:Harkness}}/{{NAME:Ruiz}}. discharge maybe {{DATE:9/1}}
{{NAME:Tamika}}: ty, go sleep
`,
  `SICK CALL LOG   {{FACILITY:Kestrel Hollow C.I.}}   {{FACILITY:Juniper Unit}}   {{DATE:Tue 11/12/24}}   RN: {{NAME:J. Ruhl}} / {{NAME:B. Castellano}}
#  name                 DOC#       complaint                        pri   disp
1  {{NAME:Hollins, M}}          {{ID:A-603377}}   rash groin x1 wk                 R     tinea - clotrimazole KOP
2  {{NAME:Wisniewski, T}}       {{ID:A-558102}}   f/u dental, swelling gone        R     d/c abx, dental recall {{DATE:12/3}}
3  {{NAME:Adebayo-Stone, K}}    {{ID:A-620014}}   CP 2 days, worse on exertion     E     ECG NSR, trop POC neg, MD {{NAME:Morrow}} saw - stress test referral
4  {{NAME:Al-Masri, Yusuf}}     {{ID:A-598812}}   asks diet - halal/diabetic       R     diet order sent, chaplain Imam {{NAME:Haddad}} notified
5  {{NAME:Pham, Quoc}} "{{NAME:Q}}"     {{ID:A-611004}}   L ankle twisted basketball       R     ice, wrap, XR ordered
6  {{NAME:Bigcrow, Levi}}       {{ID:A-600779}}   wants his glasses, same as {{NAME:Hollins}} - {{FACILITY:Vistaline}} {{DATE:11/26}}  R  readers
7  {{NAME:Álvarez, Luis A}}     {{ID:A-611290}}   seizure f/u, keppra levels       U     level drawn, neuro f/u {{FACILITY:Bellcrest}}
8  {{NAME:Oduya, Festus}}       {{ID:A-591337}}   no-show (court)                  -     reschedule
pri: E emergent / U urgent / R routine.  Total 8. Copays charged: 3, 5.
`,
  `REFUSAL OF MEDICAL TREATMENT / RELEASE OF RESPONSIBILITY
{{FACILITY:Sable Point Detention Facility}} - Health Services
Patient name: {{NAME:Ibanez-Soto, Rafael}}     Booking: {{ID:2024-3290}}     DOB: {{DATE:12/04/1975}}
Date: {{DATE:05/13/2024}}   Time: 0740
Treatment / test refused:  [x] lab draw - lithium level, BMP, TSH    [ ] medication    [ ] off-site appt
Explanation given by staff: lithium level is needed because of his dose and tremor noted on {{DATE:5/12}}; risks of toxicity (confusion, seizures, kidney damage) explained in English and Spanish.
Patient's reason (his words): "me sacaron sangre ayer en la corte, ya no mas." (States blood was drawn at court yesterday - no record of this; told him.)
Capacity: alert, oriented x4, repeats risks back.
I understand the risks and refuse the above.  Patient signature: {{NAME:R. Ibanez S.}}
Witness 1: {{NAME:Marcus Boateng}}, LPN       Witness 2: CO {{NAME:Vanessa Lund}} #{{ID:3318}}
Provider notified: {{NAME:Gretchen Volz}}, NP @ 0805 - plan: hold lithium until level drawn, offer draw again {{DATE:5/14}} AM, MH ({{NAME:P. Raman}}) to speak w/ pt; if tremor worsens or confusion -> ED ({{FACILITY:Dunmore Regional Medical Center}}).
Copy to pt: [x]  Scanned to chart by {{NAME:KA}} {{DATE:5/13/24}}
`,
  `HEPATITIS C TREATMENT - UTILIZATION REVIEW REQUEST
To: {{FACILITY:Sentinel Correctional Health Partners}} UM Committee        Fax {{FAX:(615) 555-0198}}
Requesting: {{NAME:Kenji Morrow}}, MD, {{FACILITY:Granite Fork State Prison}}
Date {{DATE:03-02-2025}}       Auth # assigned: {{ID:UM-25-01774}}
Patient: {{NAME:Villalobos, Efrain}}   DOC {{ID:1187734}}   DOB {{DATE:2/29/1980}}   Release date (earliest) {{DATE:01/15/2027}}
Labs: HCV RNA 2,340,000 IU/mL ({{DATE:9/12/24}}, {{FACILITY:Kellam Labs}}); genotype 1a; HBsAg neg, HBsAb neg (vaccine series started {{DATE:1/6/25}}); HIV neg; plt 168; AST 58, ALT 71, alb 4.1, INR 1.0.
Fibrosis: APRI 0.86; FIB-4 1.9; elastography {{DATE:2/11/25}} 8.7 kPa (F2).
No prior treatment. No decompensation. eGFR >90. No drug interactions with lisinopril/HCTZ.
Request: sofosbuvir/velpatasvir 400/100 mg daily x12 wk, DOT at pill line.
Adherence: 98% adherence to INH (36/36 doses by {{DATE:11/2024}}).
Justification: per AASLD/IDSA all persons with chronic HCV should be treated; F2.
UM decision ({{DATE:3/9/25}}): APPROVED. Reviewer: {{NAME:Adaeze Nwachukwu}}, MD. Dispense via {{FACILITY:Pillbridge Pharmacy Services}} central fill, start by {{DATE:3/20}}.
`,
  `From: {{NAME:Gretchen Volz}} <{{EMAIL:gvolz@sentinelchp-health.example}}>
To: Regional Medical Director {{NAME:R. Achebe-Lund}}
Date: {{DATE:Thu, Jan 23, 2025 at 3:47 PM}}
Subject: Appeal - ortho referral denial, {{NAME:VILLALOBOS}} (ref {{ID:UM-24-08841}})

Dr. {{NAME:Achebe-Lund}},
I am asking for a collegial review of the ATP (alternative treatment plan) issued on {{DATE:1/16}} for the ortho consult on Mr. {{NAME:Villalobos}}'s L knee. Since the ATP:
- he fell twice ({{DATE:1/18}}, {{DATE:1/21}}) when the knee "gave out"; the second fall was witnessed by Officer {{NAME:Quentin Abara}};
- effusion is recurrent, aspirated {{DATE:1/21}} (40 ml straw-colored fluid);
- MRI at {{FACILITY:Dunmore Regional Medical Center}} from {{DATE:June 2023}} (pre-incarceration, acc {{ID:DRMC-RAD-2231907}}) showed a complex medial meniscal tear.
McMurray +, Lachman negative. He has failed 6 months of NSAIDs, PT handouts and a knee sleeve. He works in the kitchen and cannot stand for a shift.
Dr. {{NAME:Linnea Achterberg}}'s office has a slot {{DATE:2/6}}. Please call me at {{PHONE:541-555-0199}} before Monday.
Thanks,
{{NAME:Gretchen}}
{{NAME:Gretchen Volz}}, FNP-C | {{FACILITY:Osterby County Jail}} / {{FACILITY:Granite Fork SP}} coverage
`,
  `INTAKE SCREENING - INTERPRETER USED (Haitian Creole)
{{FACILITY:Osterby County Jail}}    {{DATE:Nov. 17th, 2024}} 1340
Pt: {{NAME:JEAN-BAPTISTE, Wisly}}    bkg {{ID:24-10733}}    DOB {{DATE:03/08/1995}}    FIN/photo ref {{PHOTO:OCJ-24-10733-P1}}
Interpreter: {{FACILITY:Lingo Bridge Interpreting}} phone, interpreter ID {{ID:H-20771}} ({{NAME:Marie-Ange}})
Q: medical problems? A: "sik" - diabetes x3 yrs, on metformin; "tansyon" - HTN, unsure of med name; bottle says amlodipine 5 from {{FACILITY:Pharmacie Lakay}} on {{ADDRESS:NE 54th St}}.
Q: doctor? A: {{FACILITY:Ti Kay Family Clinic}} ... Dr. {{NAME:Pierre-Louis}}, phone on card {{PHONE:305-555-0121}}.
Q: injuries? A: R hand swollen - "mwen te frape yon mi" (punched a wall) {{DATE:11/16}}. Boxer's fx suspected. XR ordered.
Q: drugs/alcohol? "rum weekends." Last {{DATE:11/15}}.
Q: SI? No. Q: prior psych? No. PHQ-2 0.
Q: family? wife {{NAME:Nadège}}, {{PHONE:305-555-0184}}; 2 kids; they live in {{LOCATION:North Miami}}. Works at {{FACILITY:Biscayne Crest Hotel}} (housekeeping/laundry).
Vitals: BP 152/94, HR 80, FSBS 198. Wt 92 kg.
Plan: metformin 500 BID, amlodipine 5 daily (verified w/ pharmacy {{PHONE:305-555-0115}}), R hand splint + XR, chronic care.
Screener {{NAME:Jorge Baca}}, LPN / reviewed {{NAME:GV}}
`,
  `REASONABLE ACCOMMODATION REQUEST (ADA) - MEDICAL VERIFICATION
Inmate: {{NAME:Delaune, Augustine P.}}     DOC {{ID:0312-774}}     Unit: {{FACILITY:Sycamore Infirmary}}
Date request rec'd: {{DATE:7-22-2024}}   ADA coordinator: {{NAME:Phyllis Okafor-Grant}}
Requested: (1) wheelchair-accessible cell; (2) hearing amplifier for phone calls to family; (3) extra time at pill line; (4) large-print forms.
Medical findings (to be completed by provider):
 - Age {{AGE:93}}; Parkinson disease H&Y stage 4; falls x3 in 2024 ({{DATE:2/2}}, {{DATE:5/19}}, {{DATE:7/4}}).
 - Audiology ({{DATE:6/10/24}}, {{FACILITY:Vermilion Bay Hearing Center}}): severe bilateral SNHL. Hearing aids issued, s/n {{DEVICE:SG-44817-L}}, {{DEVICE:SG-44818-R}}.
 - Vision 20/200 OU (cataracts) - optometry {{FACILITY:Vistaline Optical}} referral for surgery eval pending.
 - Wheelchair: standard, issued {{DATE:2/5/24}}, DME vendor {{FACILITY:Atchafalaya DME Supply}}.
Recommendation: ALL four approved as medically indicated. Add: TTY/captioned phone for calls to son {{NAME:Rene}} ({{PHONE:337-555-0103}}).
Provider: {{NAME:R. Achebe-Lund}}, MD     Date {{DATE:7/25/24}}
ADA decision: approved {{DATE:7/29/24}} - {{NAME:P. Okafor-Grant}}
`,
  `PERSONAL PROPERTY - MEDICAL DEVICE RELEASE / INTAKE FORM
{{FACILITY:Sable Point Detention Facility}} Property Room & Medical
Inmate: {{NAME:Sakamoto, Hiroshi}} ("{{NAME:Hiro}}")    Booking {{ID:2025-0052}}    Housing 4A-07
Device: CPAP - ResMed AirSense 11 AutoSet, serial # {{DEVICE:23191874552}}, humidifier tub, mask (AirFit F20 M), power cord, 6 ft tubing.
Brought in by: {{NAME:Yuki Sakamoto}} (wife), driver's license (ID) {{LICENSE:WS182733G}}, on {{DATE:10/4/2025}} 1415. Vehicle in lot: {{VEHICLE:2ABC417}} (ID plate).
Prescribing: {{FACILITY:Owyhee Bench Sleep Lab}}, sleep study {{DATE:03/11/2023}} - AHI 41 (severe OSA). DME supplier {{FACILITY:Sawtooth Home Respiratory}}, acct {{ACCOUNT:SHR-0093342}}.
Inspection: property Sgt {{NAME:Lomeli}} + RN - no contraband, cord length approved w/ security waiver (med chrono {{ID:MC-25-0412}}).
Cleaning: distilled water via medical only. Device stays in cell 4A-07 at night; checked out at 2100, returned 0600 daily per log.
Staff: {{NAME:D. Saavedra}} RN, Sgt. {{NAME:E. Lomeli}}
Wife's contact: {{PHONE:208-555-0142}}, {{ADDRESS:2907 N Five Mile Rd}}, {{LOCATION:Boise}} {{ZIP:83713}}
`,
  `{{FACILITY:Fitch & Amadou, PLLC}}
Attorneys at Law
{{ADDRESS:600 Main St, Suite 1410}}, {{LOCATION:Shreveport}}, LA {{ZIP:71101}}
T {{PHONE:318.555.0155}}  F {{FAX:318.555.0156}}  {{URL:www.fitchamadou-law.example}}

VIA FAX ONLY - {{DATE:May 27, 2025}}

Custodian of Medical Records
{{FACILITY:Kestrel Hollow Correctional Institution}} / Health Services

Re:  Our client {{NAME:Luis Alberto Alvarez}}, DOC {{ID:A-611290}}, DOB {{DATE:1/19/1977}}
     {{NAME:Alvarez}} v. {{NAME:Thibodeaux}}, et al., Civil Action No. {{ID:5:25-cv-00288}}

Please produce, under the enclosed HIPAA-compliant authorization signed by our client on {{DATE:5/20/2025}}, complete copies of:
  1. all sick-call requests, MAR and nursing notes {{DATE:3/1/2025}} to present;
  2. pharmacy records for levetiracetam (order, receipt, stock-out logs);
  3. incident reports for falls on or about {{DATE:March 12}} and {{DATE:March 14, 2025}};
  4. outside records from {{FACILITY:Bellcrest University Hospital}} neurology (Dr. {{NAME:Narayanan}}).
Certified copies to our paralegal {{NAME:Shonda Reese}}, {{EMAIL:sreese@fitchamadou-law.example}}.
Sincerely,
{{NAME:Lorna Fitch}}
Bar No. {{LICENSE:31772}}
`,
  `RESPONSE TO SUBPOENA DUCES TECUM - COVER / CERTIFICATION
{{DATE:06/11/2025}}
Clerk of Court, {{FACILITY:Harlow Creek Justice Court}}
Case: State v. {{NAME:Waylon T. Redcloud}}, {{ID:HC-25-CR-0611}}; subpoena served {{DATE:6/2/25}} by process server {{NAME:Ed Mbeki}}.
Records of: {{NAME:Redcloud, Waylon T.}}, DOB {{DATE:1988-07-19}}, bookings {{ID:2025-0067}} and {{ID:2023-4410}}, jail MRN {{MRN:SP-0069905}}.
Enclosed (sealed, 214 pp): intake screens {{DATE:1/9/25}} and {{DATE:10/30/23}}; sick-call and kiosk requests; MAR; TB screening refusals; telepsychiatry notes by Dr. {{NAME:H. Sakamoto}}; outside ED record {{FACILITY:Dunmore Regional Medical Center}} ({{DATE:3/3/25}}, acct {{ACCOUNT:DRMC-88273451}}).
Withheld: substance use treatment notes from {{FACILITY:Lilac Bend Recovery}} - protected under 42 CFR Part 2; court order required.
I certify that I am the duly authorized custodian of the records of {{FACILITY:Sentinel Correctional Health Partners}} at {{FACILITY:Sable Point Detention Facility}}, that the enclosed are true copies made in the regular course of business.
{{NAME:Keiko Ashworth}}, RHIT     ext {{PHONE:2210}}
Notary: {{NAME:Bettina Saroyan}}, commission # {{LICENSE:NP-2019-44817}}, exp. {{DATE:8/31/2027}}
`,
  `SAFETY CELL / SUICIDE WATCH OBSERVATION LOG  (15-min staggered)
{{FACILITY:Bramblewood Women's Correctional Center}} - Intake SC-2
Resident: {{NAME:TSOSIE, JOLENE}}   bkg {{ID:B2406-0091}}   Level: 2 -> constant   Started: {{DATE:6/8/24}} 1950
{{DATE:6/8}}
2000 lying on floor, crying             {{NAME:AB}}
2012 sitting, rocking                   {{NAME:AB}}
2024 talking to self in Navajo, calm    {{NAME:AB}}
2035 ate sandwich, water                 {{NAME:AB}}
2049 sleeping, resp even                 {{NAME:KW}}
2101 sleeping                            {{NAME:KW}}
2116 awake, asked for her sister {{NAME:Loretta}}   {{NAME:KW}}
2130 picking at scratches L wrist, redirected, RN notified  {{NAME:KW}}
2131 RN {{NAME:H. Lindqvist}} - cleaned, steri-strip x2, no new wounds
2145 sleeping                            {{NAME:KW}}
Shift change 2200: off CO {{NAME:K. Wójcik}}, on CO {{NAME:T. Redhouse}}
Initials key: AB = CO {{NAME:A. Abernathy}}; KW = CO {{NAME:K. Wójcik}}
Supervisor review: Lt. {{NAME:Morningstar}} {{DATE:6/9}} 0015
`,
  `SUICIDE RISK REASSESSMENT - STEP-DOWN
Pt: {{NAME:Tsosie, Jolene}}   Bkg {{ID:B2406-0091}}   DOB {{DATE:11/2/98}}   {{DATE:6/11/2024}}  1030
Seen with telepsych Dr. {{NAME:Sakamoto}} on {{DATE:6/9}}: started sertraline 50 mg, hydroxyzine 25 prn.
Interval: no self-harm since {{DATE:6/8}}. Slept 6 hrs. Ate 3 meals. Called sister in {{LOCATION:Gallup}} (supervised call) - learned daughter {{NAME:Kaylee}} is placed with her aunt {{NAME:Verna Yazzie}} in {{LOCATION:Window Rock}}, "so she is with family." Hearing for custody set {{DATE:July 9}}.
C-SSRS since last contact: wish to be dead N, SI N. Future oriented - wants to do parenting class and AA (Native Wellness circle on Thursdays with Sister {{NAME:Agnes Tohee}}).
Protective: daughter, sister, faith, engaged in tx. Risk: recent loss, prior attempt, AUD.
Risk: moderate -> low-moderate.
Plan: step down from constant obs to level 1 (15-min checks) x48h, then gen pop w/ MH caseload weekly. Safety plan completed, copy to pt; hotline 988 poster in unit. Notify {{NAME:Abernathy}} (unit CO) and HSA.
{{NAME:Renee Whitfield}}, MA, LPC
`,
  `INFIRMARY PROGRESS NOTE - {{FACILITY:Bramblewood Women's Correctional Center}}, {{FACILITY:Magnolia Infirmary}} rm 2
{{DATE:Sunday, 4/6/2025}} 1015
{{NAME:Pruett-Ainsworth, Ida Mae}}  ID {{ID:W-88-0031}}  {{AGE:96}}yo F  (in custody since 1988; oldest resident)
S: "My hip is fussing." Slept poorly, asked for her granddaughter {{NAME:Shaniqua}} again. Chaplain Bro. {{NAME:Lemuel Tate}} visited yest.
O: T 36.9 BP 128/62 HR 71 RR 18 SpO2 95%. Sacral skin intact, heels offloaded. Wt 44 kg. Mild confusion in afternoons per aides ({{NAME:Precious}}, {{NAME:Dawn}} - inmate caregivers).
Meds: acetaminophen 650 TID, donepezil 5, mirtazapine 7.5 qhs, vit D, calcium, senna.
A/P:
1. OA R hip/s/p ORIF (2019, {{FACILITY:Amberlake Community Hospital}}) - continue APAP; heat pack.
2. Dementia, mild-mod (MMSE 17) - redirect, daytime activities; avoid anticholinergics (Beers).
3. Nutrition - Ensure BID, likes grits; dietitian {{NAME:Lourdes Ybarra}} to see.
4. Clemency packet: letter requested by her attorney {{NAME:Patrice Odum-Lyles}} ({{EMAIL:podumlyles@innocence-south.example}}), due {{DATE:4/30}}.
5. Family: granddaughter in {{LOCATION:Dothan}}, {{PHONE:334-555-0190}}, last visit {{DATE:Christmas Day 2024}}.
{{NAME:C. Adjei-Mensah}}, NP
`,
  `PRISON HOSPICE - INTERDISCIPLINARY NOTE
{{FACILITY:Kestrel Hollow Correctional Institution}} - {{FACILITY:Sycamore Infirmary}} hospice bed 6
{{NAME:DELAUNE, AUGUSTINE}}   DOC {{ID:0312-774}}   {{DATE:01/09/2025}}
Status: compassionate release hearing postponed to {{DATE:1/28/25}} (board quorum). Pt now PPS 20%, bedbound, taking sips only. Last BM {{DATE:1/7}}.
Symptoms: pain controlled on morphine oral solution 5 mg q2h prn (used 4x/24h) + scheduled 10 mg q4h; terminal secretions mild - glycopyrrolate 0.2 SC q4h prn; no agitation.
Inmate hospice volunteers: {{NAME:Tyrell LeBlanc}} and "{{NAME:Deacon}}" {{NAME:Marchand}} sitting with him in shifts (trained {{DATE:Oct 2024}}). They read to him from his Bible and play zydeco on the CD player.
Family: son {{NAME:Rene}} approved for extended bedside visit {{DATE:Sat 1/11}} 0900-1500 by Warden {{NAME:Thibodeaux}}; travel from {{LOCATION:Lafayette}}. Granddaughter {{NAME:Amelie Delaune-Fusilier}} asking to come too - clearance pending (NCIC check by Capt. {{NAME:Broussard}}).
Spiritual: Catholic; Fr. {{NAME:Anselm Okeke}} from {{FACILITY:St. Genevieve of the Bayou Church}} gave anointing {{DATE:1/8}}.
Post-mortem plan: body released to {{FACILITY:Guidry-Landry Funeral Home}}, {{LOCATION:Breaux Bridge}}, {{PHONE:337-555-0111}}; ME notification required (death in custody) even if expected.
Team: {{NAME:R. Achebe-Lund}} MD; {{NAME:S. Batiste}} RN; {{NAME:M. Okafor}} SW; chaplain {{NAME:L. Tate}}
`,
  `{{FACILITY:Bellcrest University Hospital}} - Division of Nephrology
{{ADDRESS:4900 Ridgeline Pkwy}}, {{LOCATION:Sacramento}}, CA {{ZIP:95817}}   tel {{PHONE:916-555-0130}}

{{DATE:February 20, 2025}}

Hon. {{NAME:Raymond Kessler-Obi}}
{{FACILITY:Sacramento Valley Superior Court Annex}}, Dept. 9
Re: People v. {{NAME:Babatunde Oyelowo}}, Case {{ID:24FE011873}} - sentencing {{DATE:3/14/25}}

Your Honor,
At the request of defense counsel, {{NAME:Priscilla Adeyemi-Ross}}, Deputy Public Defender, I write about Mr. {{NAME:Oyelowo}}'s health. I have treated him since 2019 for end-stage kidney disease due to hypertension. He needs hemodialysis three times a week, four hours a session, and he has been listed for a kidney transplant at our center since {{DATE:08/2023}} (UNOS listing, waiting time counted from his dialysis start on {{DATE:4/30/2021}}).
While in custody he has missed two treatments ({{DATE:11/22/24}}, {{DATE:1/6/25}}) because of transport problems, and was admitted once with a potassium of 7.1 ({{DATE:1/7/25}}, MRN {{MRN:BUH-6602194}}).
A transplant requires that he can be reached within one hour of an organ offer. If he is sentenced to a term in custody, I ask that the court consider a facility with on-site dialysis, and that his listing coordinator, {{NAME:Hyun-Joo Park}}, RN ({{PHONE:916-555-0186}}), be given a custody contact.
Respectfully,
{{NAME:Sandeep Idowu}}, MD, FASN
`,
  `JUVENILE TRANSFER (WAIVER) EVALUATION - SUMMARY OF FINDINGS
Youth: {{NAME:D'Andre Whitaker-Soulé}}    DOB {{DATE:01-11-2008}} (16 at time of offense)    Petition {{ID:JV-24-00391}}
Court: {{FACILITY:Brennard County District Court}}, Juvenile Division - Magistrate {{NAME:Hui-Fen Castañeda}}
Evaluator: {{NAME:Miriam Okonjo-Blake}}, PhD, ABPP (forensic)   {{DATE:Sep 4, 2024}}
Data: 4 interviews at {{FACILITY:Ferncliff Juvenile Detention Center}} ({{DATE:8/6}}, {{DATE:8/13}}, {{DATE:8/20}}, {{DATE:8/27}}); mother {{NAME:Tanisha Whitaker}}; grandfather {{NAME:Henri Soulé}}; teacher Mr. {{NAME:Obuya}} at {{FACILITY:Wexler Ridge High School}}; records of {{FACILITY:Mohawk Hills Pediatrics}} and {{FACILITY:Valle Sereno Behavioral Health}} (adolescent unit {{DATE:3/2023}}); probation officer {{NAME:Dwight Kaminski}}.
Instruments: RSTI (Risk-Sophistication-Treatment Inventory): Dangerousness - middle range; Sophistication-Maturity - low; Treatment Amenability - high. SAVRY: moderate. WISC-V FSIQ 88. YLS/CMI 19 (moderate).
Development: ADHD (on methylphenidate since age 9), exposure to community violence (cousin {{NAME:Marcus}} killed {{DATE:6/15/2022}}), no prior adjudications.
Conduct in detention: 0 major incident reports since {{DATE:5/12/24}}; earned level 3; tutored by Ms. {{NAME:Abigail Sorensen}}.
Opinion: his level of sophistication is below that of most 16-year-olds; he is highly amenable to treatment available in the juvenile system before age 21. The clinical data do not support transfer to adult court.
Signed {{NAME:M. Okonjo-Blake}}, PhD   lic {{LICENSE:PSY-6623}}
`,
  `PRE-SENTENCE INVESTIGATION - SECTION 7: PHYSICAL & MENTAL HEALTH
Defendant: {{NAME:MARCHETTI, Giancarlo}} "{{NAME:Johnny}}"     Case {{ID:CR-24-2209}}     Sentencing {{DATE:04/22/2025}}
Investigator: USPO {{NAME:Renee Castellanos-Boyd}}, {{LOCATION:Scranton}} office
Sources: defendant interview {{DATE:3/5/25}}; records from {{FACILITY:Lackawanna Heights Medical Group}} (PCP Dr. {{NAME:Fiorella Santangelo}}), {{FACILITY:Nay Aug Gardens Behavioral}} (2021 admission), and the {{FACILITY:Larkmoor Regional Jail}} medical unit; wife {{NAME:Donna Marchetti}} by phone {{DATE:3/7}}.
Physical: age 61. CAD s/p CABG x3 ({{DATE:Nov. 2022}}); ICD implanted {{DATE:1/2023}} (Medtronic Cobalt XT, serial {{DEVICE:RZB418227S}}) - device clinic checks every 3 months required; DM2 (A1c 7.9); OSA on CPAP.
Medications: metoprolol succinate 100, atorvastatin 80, clopidogrel 75, metformin 1000 BID, sertraline 100.
Mental health: MDD after wife's cancer dx; one inpatient stay 2021. No SI. AUDIT 9.
Substance: alcohol; no illicit drugs. UDS neg x4 on pretrial supervision.
Insurance: Medicare Advantage ID {{HEALTH_PLAN:W447283019}}; VA eligibility - no.
Officer's note: BOP designation to a Medical Center / Care Level 3 facility may be warranted; defense requests designation near family in {{LOCATION:Dunmore}}.
`,
  `{{FACILITY:Northgate Reentry Clinic}} - NEW PATIENT INTAKE (post-release)
{{DATE:05/01/2025}}   Pt: {{NAME:Okonkwo, Chidi E.}}   DOB {{DATE:5/19/93}}   Clinic MRN {{MRN:NRC-004417}}
Released {{DATE:4/28/25}} from {{FACILITY:Larkmoor Regional Jail}} (5 mo). On probation - PO {{NAME:Renata Szabo}}, {{PHONE:509-555-0196}}. Drug court ({{ID:DC-24-0217}}).
Bridge Rx from jail: bup/nal 8/2 x2 daily (7 days, runs out {{DATE:5/5}}), sertraline 50.
Housing: {{FACILITY:Tolliver Street Residential Reentry Center}}, {{ADDRESS:1120 Tolliver St}}, {{LOCATION:Yakima}} {{ZIP:98902}}, room 14. House phone {{PHONE:509-555-0170}}. Curfew 2200.
Work: starting at {{FACILITY:Stadium Way Auto Detail}} mid-June (per case mgr {{NAME:Bernie Kowal}}).
ID: state ID card {{ID:WDL-OKONKCE512Q}} (temporary paper); SSN card in property - last 4 {{SSN:3306}}.
Insurance: Apple Health reinstated {{DATE:4/30}}, ProviderOne {{HEALTH_PLAN:108990327WA}}. Plan: managed care, PCP assignment pending.
PMH: OUD (fentanyl, smoked), 2 prior ODs ({{DATE:8/2022}}, {{DATE:1/2024}}), MDD, HCV Ab neg {{DATE:12/24}}. Immunizations: Tdap 2024, HBV series incomplete.
Plan: continue bup/nal 16 mg, 28-day Rx to {{FACILITY:Pillbridge Pharmacy}}; PDMP checked; naloxone x2; sertraline 50 -> 75; HBV dose 2; peer support with {{NAME:Lamar}} "{{NAME:Coach}}" {{NAME:Dixon}}.
`,
  `PAROLE OFFICE - PHONE MESSAGE / CONTACT NOTE
Date: {{DATE:07/15/2025}}   Time: 0912   Taken by: {{NAME:Jess T.}} (front desk)
For: Agent {{NAME:Jerome Whitlow}}
Caller: {{NAME:Carol Voss}} (sister of parolee {{NAME:Harlan Voss}}, {{ID:PA-55720}})   Cb {{PHONE:814-555-0109}}
Message: {{NAME:Harlan}} was taken by ambulance last night to {{FACILITY:Lakeshore Presque Hospital}}, chest pain, now in the cath lab. He will miss his 10am report today and group tomorrow at {{FACILITY:Cascadilla Path}}. She is at the hospital, room 5112. His phone is dead. She asks whether "the ankle thing" (he doesn't have one - she means his GPS? no, he is not on GPS) will go off.
Agent contact note ({{NAME:JW}}, 1040): called {{FACILITY:Lakeshore Presque}} nursing station 5 North ({{PHONE:814-555-0150}}), spoke with RN {{NAME:Kamila}}, confirmed admission {{DATE:7/14}} 2330, NSTEMI, stent placed, expected d/c {{DATE:7/17}}. Excused absence. Parolee to report within 48 h of discharge with discharge papers. Notified therapist {{NAME:M. Delacroix-Hines}} by email ({{EMAIL:mdhines@cascadillapath.example}}).
Home visit rescheduled to {{DATE:7/24}}, address {{ADDRESS:1547 Sassafras St}}, {{LOCATION:Erie}}.
`,
  `WORK RELEASE - MEDICAL CLEARANCE
{{FACILITY:Wexcombe Work Release Center}}  |  {{ADDRESS:45 Depot Rd}}, {{LOCATION:Zanesville}}, OH {{ZIP:43701}}
Resident: {{NAME:Tran, Kevin Minh}}      # {{ID:WR-2025-118}}      DOB {{DATE:9.9.1990}}
Proposed employer: {{FACILITY:Muskingum River Fabrication}}, {{ADDRESS:2290 Maysville Pike}} - job: MIG welder, 2nd shift.
Employer contact: HR {{NAME:Diane Kovach}}, {{PHONE:740-555-0147}}, {{EMAIL:dkovach@mrfab.example}}
Medical review {{DATE:08/04/2025}} by {{NAME:Oluwaseun Bakare}}, PA-C:
  Hx asthma (mild intermittent, albuterol prn, last used ~3 wks ago), no hospitalizations. R shoulder surgery 2018.
  Spirometry FEV1 88% pred. Hearing screen pass. Vision 20/25 OU.
  Respirator: medical evaluation questionnaire (OSHA 1910.134 App. C) reviewed - cleared for half-face PAPR/N95; fit test by employer.
  TB: IGRA neg {{DATE:6/30/25}}.
  Meds: albuterol HFA - KOP approved for work site (counted, 1 inhaler).
  Restrictions: none. Must carry inhaler; no exposure to isocyanates without PAPR.
Cleared: YES.  Resident signature {{NAME:K. Tran}}   Staff {{NAME:O. Bakare}}
Copy to: case manager {{NAME:Shirley Habib}}; employer (clearance only, no diagnosis).
`,
  `RRC MEDICATION COUNT / OBSERVED SELF-ADMIN LOG - {{FACILITY:Tolliver Street RRC}}, week of {{DATE:6/2/25}}
Resident            | Rm | Med                           | In     | Out    | Staff | Notes
{{NAME:Okonkwo, C.}}        | 14 | bup/nal 8/2 film              | 28     | 14     | {{NAME:AG}}    | observed daily 0700, OK
{{NAME:Quinonez-Lugo, A.}}  | 9  | insulin glargine + lispro pens | 2     | 2      | {{NAME:AG}}    | Dexcom G7 transmitter SN {{DEVICE:8LJ2K4XQ}}; readings on phone
{{NAME:Mapes, Robert}} ("{{NAME:Tiny}}") | 3 | gabapentin 300 TID     | 42     | 21     | {{NAME:LH}}    | count off by 2 on {{DATE:6/4}} - incident rpt {{ID:TS-IR-25-061}}, PO notified
{{NAME:Tull-Sweeney, Darla}} | 7 | sertraline 100, trazodone 50 | 30/30 | 23/23  | {{NAME:LH}}    | first week out of {{FACILITY:Bramblewood}}
{{NAME:Abdi, Hamza}}        | 11 | none                          | -      | -      | -     | ER {{FACILITY:Harwick Memorial}} {{DATE:6/5}} for asthma, returned w/ prednisone x5 (count 5 -> 0)
Staff: AG = {{NAME:Angelica Guzman}}, res. monitor; LH = {{NAME:Lyle Hendrickx}}, case mgr.
Weekly review {{DATE:Friday 6/6}}: {{NAME:Mapes}} gabapentin discrepancy - UDS ordered, his prescriber Dr. {{NAME:Waweru}} at {{FACILITY:Northgate Reentry Clinic}} informed by fax {{FAX:509-555-0175}}.
Facility director: {{NAME:Hollis Drummond-Kaye}}.
`,
  `DISCHARGE SUMMARY (to correctional facility)
{{FACILITY:Harwick Memorial Hospital}}   Acct {{ACCOUNT:HMH-40917762}}   MRN {{MRN:H00583319}}
Patient: {{NAME:QUINONEZ-LUGO, ADRIAN}}   DOB {{DATE:03/27/2002}}   In custody - {{FACILITY:Osterby County Jail}}
Admit {{DATE:02/24/2025 19:05}}   Discharge {{DATE:02/27/2025 11:30}}   Attending: {{NAME:Fatima Al-Sayegh}}, MD (endocrinology)
Dx: diabetic ketoacidosis, moderate (pH 7.18, HCO3 11, AG 24, BHB 5.9) - precipitated by insulin omission/inadequate regimen in custody; T1DM.
Course: insulin infusion per DKA protocol, AG closed in 14 h; transitioned to SC. Hypokalemia repleted. Diabetes educator {{NAME:Corinne Ashby}}, RN, CDCES met pt + deputy.
Discharge regimen: glargine 24 u qHS; lispro 1 u/10 g carb + correction 1 u/40 > 150; FSBS AC/HS + 0300 x 3 nights. Strongly recommend restarting his own pump (Omnipod 5) and CGM (Dexcom G7) - serial of pod PDM {{DEVICE:OP5-2219-84471}} in property. Hypoglycemia kit.
Follow-up: endocrine clinic {{DATE:3/13}} 1:40 pm (transport needed), phone {{PHONE:956-555-0193}}.
Escort: Deputies {{NAME:Calloway}} and {{NAME:Ruiz}}; hospital security notified of custody status.
Summary faxed to jail medical {{FAX:(541) 555-0178}} on {{DATE:2/27/25}} 1145 by unit clerk {{NAME:Ty}}.
`,
  `HSA WEEKLY REPORT - wk ending {{DATE:Sat 11/9/2024}}
{{FACILITY:Osterby County Jail}} (ADP 412)   prepared by {{NAME:Ingrid Lindgren}}, RN, HSA
Off-site / inpatient:
 - {{NAME:Asante-Boateng, K.}} ({{ID:24-10452}}) - {{FACILITY:St. Odile}} CCU since {{DATE:11/3}}, s/p PCI to RCA. Hospital watch cost 96 deputy-hrs. Expected back {{DATE:11/12}}.
 - {{NAME:Tull, W.}} - n/a (released {{DATE:11/5}})
ED visits: 3 ({{NAME:Pettaway}} hypoglycemia {{DATE:11/4}}; {{NAME:Reyes Mendoza, J.}} facial lac after fall {{DATE:11/6}}; {{NAME:Kovalenko}} chest pain r/o {{DATE:11/8}})
Suicide watch: 4 placements, 0 attempts. Restraint chair: 1 ({{ID:UOF-24-0402}}).
MOUD: 38 on bup, 11 on methadone ({{FACILITY:Lilac Bend Recovery}} guest dosing), 6 Sublocade.
Detox: 22 CIWA, 31 COWS starts.
Staffing: RN vacancy x2; agency RNs from {{FACILITY:Meridian Travel Nursing}} ({{NAME:Kaylee Brandt}}, {{NAME:Osvaldo Prieto}}). LPN {{NAME:J. Baca}} on leave until {{DATE:11/18}}.
Grievances: 6 medical (2 sustained). {{ID:GR-OCJ-24-1187}} re: delayed insulin - see separate memo.
Pharmacy: levetiracetam back-order resolved via {{FACILITY:Pillbridge Pharmacy Services}} {{DATE:11/7}}.
Upcoming: NCCHC survey {{DATE:Dec 3-4}}; county commissioner {{NAME:Patty Oyler-Hanes}} tour {{DATE:11/14}}.
`,
  `COURT TRANSPORT MANIFEST - {{DATE:TUE 03/18/2025}} - {{FACILITY:Larkmoor Regional Jail}} -> {{FACILITY:Harlow Creek Justice Court}}
Van 4 (plate exempt) / Dep {{NAME:Ybarra}} (lead), Dep {{NAME:Mwangi}}
 #  NAME                       BKG        COURT/DEPT     MEDICAL / SECURITY NOTES
 1  {{NAME:PETTAWAY, DESHAWN}}          {{ID:25-001402}}  Dept 2  0830     DIABETIC - snack bag + glucose tabs sent; FSBS 0600 = 131
 2  {{NAME:TSINAJINNIE-RUIZ, YOLANDA}}  {{ID:25-000954}}  MH Court 0900   meds given 0600; ok to transport; no restraint concerns
 3  {{NAME:COBB, NATHANIEL}}            {{ID:25-001120}}  Div 4   1030     returned from {{FACILITY:Quillan Ridge}} {{DATE:3/10}}; competency hrg; cooperative
 4  {{NAME:NGUYEN-PHAM, TRINH}}         {{ID:25-001455}}  Dept 2  0830     PREGNANT 31 wk - NO belly chain, NO leg irons (state law), front cuffs only
 5  {{NAME:WALKINGSTICK, AMOS}}         {{ID:25-001391}}  Dept 5  1330     wheelchair; O2 2L portable (2 tanks); keep separate from #1 (keep-sep order)
 6  {{NAME:OKAFOR, MICHAEL}} aka "{{NAME:BIG MIKE}}"  {{ID:25-001460}}  Dept 9  1400  seizure d/o - keppra 1000 given 0600, carry 1400 dose in sealed envelope
Medical released by: {{NAME:T. Odum}} RN 0615.  Return by 1700 for pill line.
If medical emergency at court: call 911, then jail medical {{PHONE:509-555-0179}}; court bailiff Sgt. {{NAME:Harlan Mott}}.
Attorney visits at court: #3 w/ {{NAME:S. Varghese}}; #2 w/ {{NAME:N. Feldstein-Arce}} (MH court coord).
`,
  `MAN DOWN / SEIZURE - NURSING RESPONSE NOTE
{{FACILITY:Kestrel Hollow C.I.}}   {{FACILITY:Cypress Unit}} C-22   {{DATE:03/12/2025 02:38}}
Inmate: {{NAME:Álvarez, Luis Alberto}}   DOC {{ID:A-611290}}   DOB {{DATE:01/19/1977}}
Called by CO {{NAME:Quentin Abara}} (radio "medical emergency C-22") at 0236. Cellmate {{NAME:Oduya}} states pt "shook all over about 2 min, fell off the top bunk."
Arrival 0238: pt on floor, post-ictal, GCS 11 (E3 V3 M5), snoring resp, SpO2 91% RA -> 96% NRB 15 L. 3 cm lac R parietal, bleeding controlled w/ pressure. Tongue bite L. Incontinent urine.
FSBS 104. BP 168/90 HR 118.
0244 second GTC seizure 90 s -> midazolam 10 mg IM per protocol. Seizure stopped 0246.
MAR: levetiracetam 750 BID NOT given since {{DATE:3/10}} PM - "not available" (pharmacy back-order per {{FACILITY:Pillbridge}}).
0250 911 - EMS Medic 12 arrived 0303, to {{FACILITY:Bellcrest University Hospital}} ED. Escort Ofc. {{NAME:Benoit}} #{{ID:K-1187}}.
Notifications: on-call Dr. {{NAME:K. Morrow}} 0248 (pager {{PHONE:4419}}); shift commander Lt. {{NAME:Szymanski}}; HSA {{NAME:Monroe}} by text 0320. Wife (HCPOA) {{NAME:Mercedes Alvarez-Pruitt}} - to be called by chaplain in AM per policy.
Incident report # {{ID:IR-KH-25-00419}}.
RN: {{NAME:Bianca Castellano}}
`,
  `GRIEVANCE APPEAL - LEVEL II (MENTAL HEALTH)      Appeal # {{ID:GR-BWC-25-0088-A2}}
Facility: {{FACILITY:Bramblewood Women's Correctional Center}}
Resident: {{NAME:Ni Bhriain, Siobhan}}   ID {{ID:W-23-1140}}   Date of appeal: {{DATE:4/02/2025}}
Original grievance {{DATE:3/10/25}}: "I was told to wait 3 WEEKS for a counselor after what happened to me in January. I have panic attacks every night. Ms. {{NAME:Whitfield}} only sees me every 2 weeks for 10 mins at the door. I asked for EMDR or any trauma therapy. Level 1 said 'caseload is full.'"
Level I response ({{DATE:3/19/25}}, {{NAME:D. Monroe}}): denied - seen per policy.
Why I am appealing: policy says PREA victims get "ongoing" care. Dr. {{NAME:Sakamoto}} put me on prazosin but it makes me dizzy and I fell on {{DATE:3/28}}. My mother {{NAME:Bríd Ní Bhriain}} in {{LOCATION:Galway}} wrote to the warden too.
LEVEL II DECISION ({{DATE:04/16/2025}}) - Regional MH Director {{NAME:Tomasina Featherstone}}, PsyD:
GRANTED in part. Record shows 3 contacts {{DATE:Feb 1}} - {{DATE:Mar 31}}, all brief, cell-front. Ordered: weekly 50-min confidential sessions with a trauma-trained clinician (Dr. {{NAME:Fiona MacAulay}}), start by {{DATE:4/23}}; psychiatry review of prazosin within 7 days; orthostatic vitals today.
Copy to: PREA coordinator {{NAME:H. Drummond}}; resident.
`,
  `APPLICATION FOR EMERGENCY DETENTION / 72-HR EVALUATION (from jail, at release)
To: County Designated Crisis Responder, {{FACILITY:Ahtanum Crisis Response Team}}   fax {{FAX:509-555-0158}}
Date/time: {{DATE:10.30.2024 1615}}
Respondent: {{NAME:Redcloud, Waylon T.}}   DOB {{DATE:07/19/1988}}   bkg {{ID:2023-4410}} - charges dismissed today, to be released at 1800
Last known address: none; previously camped near {{ADDRESS:E Mission Ave & N Freya St}}.
Applicant: {{NAME:Priya Raman}}, LCSW, jail MH ({{PHONE:509-555-0179}} x{{PHONE:4471}})
Facts: since {{DATE:10/26}} respondent has not eaten (states food is "poisoned by the Colonel"), lost 4 kg, refuses all fluids except tap water from his own sink. Smeared feces on cell window {{DATE:10/28}}. Told CO {{NAME:Jacobs}} on {{DATE:10/29}} "when I get out I'm going to finish my brother" (brother {{NAME:Tyson Redcloud}}, {{LOCATION:Toppenish}}; brother notified by Lt. {{NAME:Aguilar}} per duty-to-warn).
Hx: schizophrenia, 3 prior ITA detentions (last {{DATE:May 2023}}, {{FACILITY:Valle Sereno Behavioral Health}}).
Opinion: gravely disabled and imminent danger to others.
DCR {{NAME:Amos Whitehorse}} arrived 1730; respondent detained, transported by {{FACILITY:Naches Ridge Ambulance}} unit 31 to {{FACILITY:Valle Sereno}} E&T. Petition # {{ID:ITA-24-01977}}.
`,
  `{{FACILITY:Three Pines Family Health}}
{{ADDRESS:1611 S 1st St}}  *  {{LOCATION:Yakima}}, WA {{ZIP:98901}}  *  {{PHONE:509-555-0133}}  *  {{URL:https://threepinesfh.example.org/portal}}

{{DATE:Dec. 12, 2025}}

Community Service Coordinator
{{FACILITY:Larkmoor District Probation Services}}
RE: {{NAME:DeShawn L. Pettaway}}, DOB {{DATE:7/22/91}}, probation case {{ID:CRF-2025-0417}}, 240 hrs community service

To the coordinator:
Mr. {{NAME:Pettaway}} is my patient. He has type 2 diabetes treated with insulin and had a left great toe amputation on {{DATE:10/2/2025}} at {{FACILITY:Dunmore Regional Medical Center}}. He may do community service with these limits until {{DATE:March 1, 2026}}:
 - seated or light standing work only, no more than 4 hours a shift;
 - no ladders, no heavy lifting (>20 lb), no outdoor work below freezing;
 - a 15-minute break every 2 hours to check his blood sugar and eat.
He is able to do office or food-bank sorting. His assigned site, {{FACILITY:Sunnyside Gleaners Food Bank}}, has agreed (volunteer lead {{NAME:Marisela Chavarría}}).
He wears an offloading boot (Aircast, size L) - not a restraint device.
If you have questions, our care coordinator {{NAME:Wendell Araújo}} can be reached at ext {{PHONE:214}}.
{{NAME:Ana Lucia Ferreyra}}, ARNP
`,
  `FORENSIC EVALUATION - CAPACITY TO WAIVE MIRANDA RIGHTS (excerpt)
State v. {{NAME:Bao Xiong}}, No. {{ID:24-1-00388-39}}    Evaluator: {{NAME:Siew Ling Tan-Harrington}}, PhD    Report date {{DATE:08/19/2024}}
Question: whether Mr. {{NAME:Xiong}} knowingly, intelligently and voluntarily waived his rights during the interrogation of {{DATE:March 2, 2024}} (11:40 PM to 2:15 AM) by Det. {{NAME:Karl Lindahl}} and Det. {{NAME:R. Ocampo}}, {{LOCATION:Selah}}.
Records: video of interrogation (file {{ID:SEL-24-0302-INT}}); {{FACILITY:Sable Point DF}} intake screen {{DATE:3/3/24}} (noted "hearing voices, not sleeping"); school records, {{FACILITY:Eisenhower Crest High School}} (IEP, 2006-2008); {{FACILITY:Lao Family Wellness Center}} chart (Dr. {{NAME:Fong}}).
Tests: Miranda Rights Comprehension Instruments (MRCI) - Comprehension of Miranda Rights 4/8; Recognition 7/12; Vocabulary 8/24; Function of Rights in Interrogation 21/30. WAIS-IV VCI 71. Gudjonsson Suggestibility Scale (GSS 1): Yield 1 = 11, Shift = 9, Total Suggestibility 20 (high).
Interpreter: none provided at interrogation; Hmong is his first language. His uncle {{NAME:Tou Xiong}} ({{PHONE:509-555-0161}}) confirmed he speaks mainly Hmong at home.
Opinion: Mr. {{NAME:Xiong}}'s understanding of the warnings was impaired by limited English, intellectual limitations, sleep deprivation and psychotic symptoms, and his suggestibility is high. The waiver was not knowing and intelligent.
`,
  `From: {{NAME:Alma Reyes-Tanaka}} <{{EMAIL:areyestanaka@qrsfh-forensic.example}}>
To: {{NAME:Dolores Finnegan}} (Clerk, Div. 4) <{{EMAIL:div4clerk@brennardcourts.example}}>
Date: {{DATE:Mon 1/27/2025 08:02}}
Subject: {{ID:24CR1187}} {{NAME:Cobb}} - restoration report + invoice

Good morning {{NAME:Dolores}},
Attached: (1) 90-day restoration report on Mr. {{NAME:Nathaniel Cobb}} (opinion: now competent to proceed), filed ahead of the {{DATE:2/2}} deadline; (2) invoice {{ACCOUNT:INV-2025-0031}} for the initial evaluation (11.5 hrs x $225) under vendor account {{ACCOUNT:V-118204}}.
Please let Judge {{NAME:Oyelaran-Price}} know I am available for the review hearing any morning the week of {{DATE:Feb 10}}, except {{DATE:Wednesday 2/12}} (I am testifying in {{LOCATION:Colorado Springs}}). I can appear by video from {{IP:192.0.2.118}} if the court's platform allows whitelisting; our IT contact is {{NAME:Marco Bellini}} ({{PHONE:719-555-0104}}).
Mr. {{NAME:Cobb}}'s mother (Mrs. {{NAME:Loretha Cobb}}) called my office asking about the date; I referred her to defense counsel.
Thanks,
{{NAME:Alma}}
--
{{NAME:Alma Reyes-Tanaka}}, PsyD, ABPP | Forensic Evaluation Service | {{FACILITY:Quillan Ridge State Forensic Hospital}}
Direct {{PHONE:719-555-0109}} | Fax {{FAX:719-555-0108}}
`,
  `OUTSIDE MEDICAL CLAIMS - INMATE CARE - Q3 2024 reconciliation (county auditor copy)
Payer: county general fund (inmate Medicaid suspended unless inpatient >24h - then billed to Medicaid under inpatient exception)
Claim #        | Provider                          | Pt (bkg)                          | DOS              | Billed     | Medicaid ID if inpt
{{ACCOUNT:CLM-24-30917}} | {{FACILITY:St. Odile Medical Center}}           | {{NAME:Asante-Boateng, K}} ({{ID:24-10452}})     | {{DATE:11/3-11/12/24}}    | $148,220   | {{HEALTH_PLAN:OR11847293}}
{{ACCOUNT:CLM-24-30918}} | {{FACILITY:MobileRad West}}                     | {{NAME:Beasley, D}} ({{ID:24-011402}})           | {{DATE:12/1/24}}          | $185       | -
{{ACCOUNT:CLM-24-30925}} | {{FACILITY:Harwick Memorial Hospital}}         | {{NAME:Halvorsen, E}} ({{ID:24-10119}})          | {{DATE:10/20/24}}         | $2,940     | - (ED only)
{{ACCOUNT:CLM-24-30931}} | {{FACILITY:Kellam Labs}}                        | multiple (23 pts)                  | {{DATE:Sept 2024}}        | $6,118     | -
{{ACCOUNT:CLM-24-30940}} | {{FACILITY:Dunmore Regional Medical Center}}   | {{NAME:Villalobos, E}} ({{ID:23-09918}})        | {{DATE:9/19/24}}          | $410       | -
Notes: {{ACCOUNT:CLM-24-30917}} - hospital acct {{ACCOUNT:SOMC-7730041}}; Medicaid eligibility reinstated for the stay via inpatient exception, confirmed by {{NAME:Yvette Marchbanks}} (eligibility, {{PHONE:503-555-0126}}) on {{DATE:11/20}}. Rates per contract at 110% of Medicare.
Reviewed: {{NAME:I. Lindgren}}, HSA, and {{NAME:Phil Grabowski}}, county finance. Next audit {{DATE:January 15}}.
`,
  `MEDICAL LINE - VOICEMAIL TRANSCRIPTS (auto-transcribed, unverified)   {{FACILITY:Sable Point Detention Facility}}   {{DATE:Mon 7/21/25}}
[1] 06:12  from {{PHONE:+1 208-555-0119}}: "hi this is {{NAME:Rosa}}, um, {{NAME:Rosa Delgado}}, my son is {{NAME:Manny}} - {{NAME:Emmanuel Delgado-Reyes}} - he got booked saturday, he's on Depakote and he has seizures, his neurologist is doctor {{NAME:Haddad}} at {{FACILITY:St. Brendan's Neuroscience Center}}..." [transcript cut]
[2] 07:40  from {{PHONE:208-555-0145}}: "This is {{NAME:Carla}} with {{FACILITY:Owyhee Apothecary}} returning the verification on patient date of birth {{DATE:four twelve ninety-six}}, the Suboxone fills are {{DATE:June eighth}} and {{DATE:June twenty-second}}, call me back at extension {{PHONE:3}}."
[3] 08:05  from {{PHONE:208-555-0168}}: "yes good morning, public defender's office, {{NAME:Ibrahim Sesay}}, I represent Ms. {{NAME:Kowalski}}, booking number {{ID:two five zero zero eight eight one}}, she told me she's pregnant and hasn't seen anyone, please call."
[4] 09:31  from unknown: "(Spanish) ... mi esposo {{NAME:Esteban}} ... la presion ... por favor ..." -> routed to interpreter.
Reviewed by {{NAME:K. Ashworth}} 0945; [1] and [3] to RN {{NAME:D. Saavedra}}; [2] to pharmacy tech {{NAME:Lupe}}.
`,
];

export const HELDOUT_REALISTIC_132_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout132-${i + 1}`, n));
