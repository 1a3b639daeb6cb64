// Held-out set 62: 80 hand-written, realistic, fully synthetic behavioral-health and addiction-medicine
// notes. All is invented: no real person, record or number; phones are 555 numbers; real towns, cities
// and streets appear only as places; clinics, hospitals, programs, employers and shelters are invented.
// Shapes: inpatient psychiatry H&Ps, nursing and progress notes, ALL CAPS discharge summaries and
// lower-case resident shorthand; emergency-hold applications, Baker/Marchman/LPS/AOT and probate court
// papers; crisis-line, crisis-text and warmline records; mobile crisis and street outreach; OTP intake,
// dosing tables and guest-dosing faxes; buprenorphine/naltrexone/XR-bupe records; PDMP, tox reports,
// prior auths; IOP/SMART/CPT group notes with initials; sober-living incident and application forms;
// residential DAP/ISP notes; peer-support and alumni calls; collateral contacts (family, probation, CPS,
// schools, employers, landlords, drug court); seclusion, AWOL, grievance, duty-to-warn, ED triage, C-L,
// geriatric, ECT and clozapine notes; emails, portal messages, two MIMIC-style [** **] notes, a Part 2 fax.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other held-out
// sets, and never run through the engine by its author: measure only. Do not change a note after the
// engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions in the header of heldout-realistic-6.ts.
// Decisions for shapes the guideline does not name:
// - Titles, ranks and credentials (Dr., Ofc., Sgt., SSG (ret), Judge, Fr., Uncle, Miss, PO, RN, LCSW)
//   stay outside NAME; a quoted nickname inside a full name is one NAME span; a nickname or street name
//   alone ("Smoke", "Tank") is NAME without its quotes. Logins and social-media handles are NAME; pets not.
// - Named courts, police/sheriff and probation departments and county programs are FACILITY over the whole
//   name (with its county or town word); a county alone is LOCATION. State/federal agencies (DCS, CPS,
//   DMV, APA), payers and their fax lines, 988/911 and named laws (Kendra's Law, Baker Act) are not PHI.
// - Programs, OTPs, sober-living houses, shelters, AA/NA/SMART groups with a proper name, churches, bars,
//   stores, libraries, apartment complexes and units with a proper name (Larkspur Unit, Mauka 3) are
//   FACILITY; "4 West", rooms and beds are not PHI. Named parks, rivers and neighbourhoods are LOCATION.
// - Case, docket, booking, inmate, HMIS, registry, grievance, incident, call, PDMP-report, specimen,
//   order, prior-auth, voucher, badge and facilitator numbers are ID (the MIMIC "MD Number" too); clinic
//   and state-hospital numbers are MRN; house, billing and SNAP accounts are ACCOUNT.
// - A palm-vein template ID is BIOMETRIC; a named face-photo file is PHOTO; SCRAM bracelet, ignition
//   interlock and ECT device serials are DEVICE.
// - A street named without a number, an intersection or overpass where someone was, is ADDRESS.
// - Partial SSNs (XXX-XX-6620, a bare "last 4") are SSN over the written token.
// - Sobriety dates, month-year (Jan 2021, 3/2023), a month alone naming when something happened
//   ("in August", "January rent") and a range written as one token (4/1-6/30/25) are DATE; a season
//   with a year, years alone, weekdays alone and holidays (Xmas) are not.
// - A clock time written right after a full date is inside its DATE span; after a date without a year
//   it stays outside. An extension written with its number is inside the PHONE span.
// - Hold and statute codes (5150, Section 12), scales and scores, CPT/ICD codes, lot numbers and their
//   expiry dates, NDC and CLIA numbers and payers' toll-free lines are not PHI.
// First run (token recall / precision, before anyone read the misses): pass-14 final engine
// (34e6a79; the pass-15 speed changes leave its output the same) 0.9437 / 0.9594; pass-15 final engine
// (6bfffbb) 0.9437 / 0.9594. Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine; it reported no slips left unfixed.
// The author kept real county courts, sheriff's offices and police departments under their real
// names as FACILITY (public bodies, an exception to "all invented").
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `INPATIENT PSYCHIATRY - ADMISSION H&P
{{FACILITY:Riverbend Behavioral Health Hospital}} / {{FACILITY:Larkspur Unit}}   Rm 214-B
PT: {{NAME:OKAFOR, CHIDI E.}}   MRN {{MRN:RB-0048821}}   DOB {{DATE:04/17/1991}}
ADMIT: {{DATE:11/02/2023 2215}}   LEGAL: emergency hold, petitioner Ofc. {{NAME:D. Halvorsen}} badge {{ID:4417}} ({{FACILITY:Dayton Police Dept}})

CC: "they put something in the water at my job"
HPI: 32 yo M w/ schizoaffective d/o, bipolar type, BIB police after coworkers at {{FACILITY:Miami Valley Pallet & Crate}} called 911 when pt barricaded himself in the break room. Sister {{NAME:Adaeze Okafor-Bello}} ({{PHONE:937-555-0164}}) reports he stopped Invega Sustenna 234 mg after last inj at {{FACILITY:Five Rivers Community Mental Health}} on {{DATE:8/9}}. +AH, +paranoia re supervisor Mr. {{NAME:Kessler}}. Denies SI/HI. UDS + THC only. BAL 0.
PAST PSYCH: 3 prior admits, last {{FACILITY:Stillwater Behavioral Healthcare}} {{DATE:Jan 2021}}. No suicide attempts.
SOCIAL: lives alone, {{ADDRESS:2210 Salem Ave Apt 3}}, {{LOCATION:Dayton}} OH {{ZIP:45406}}. Medicaid ID {{HEALTH_PLAN:1190447382}}.
MSE: disheveled, guarded, speech pressured, TP tangential, insight/judgment poor.
A/P: psychosis in setting of nonadherence. Restart paliperidone PO 6 mg qhs, q15 checks, AIMS baseline 0. Probate affidavit within 72h.
Dr. {{NAME:Ramanathan}} / {{NAME:kt}}`,

  `APPLICATION FOR EMERGENCY ADMISSION (form MH-7, rev 2019)
Case No.: {{ID:2024-MH-00731}}
Respondent: {{NAME:Lindqvist, Maren J.}}     DOB: {{DATE:February 3, 1986}}
Address: {{ADDRESS:47 Cobblestone Lane}}
         {{LOCATION:Wauwatosa}}, WI {{ZIP:53213}}
Applicant: {{NAME:Tomas Ferreira}}, LPC, crisis clinician, {{FACILITY:Tri-County Crisis Mobile Team}}   Phone: {{PHONE:(414) 555-0139}}

Statement of facts (personal observation):
On {{DATE:Sunday, March 10, 2024}} at approx 1640 I responded to respondent's home at the request of her husband {{NAME:Per Lindqvist}}. Respondent stated "I won't be here by Tuesday, I already wrote the letters." Three handwritten letters addressed to her children were on the kitchen table. She has stockpiled sertraline 100 mg and zolpidem 10 mg (approx 60 tablets). C-SSRS positive for ideation with plan and intent. She refused voluntary admission to {{FACILITY:Lakeshore Psychiatric Hospital West}}.

Transport: {{FACILITY:Wauwatosa Police Department}}, Ofc. {{NAME:Brianne Koch}}, squad 12.
Signed: {{NAME:T. Ferreira}}    Date/time: {{DATE:03/10/2024 17:55}}
Reviewed by on-call psychiatrist Dr. {{NAME:Aziz}}; telephone order received {{DATE:3/10/24 1810}}.`,

  `CRISIS LINE CONTACT RECORD              Call ID {{ID:CL-240518-0093}}
Line: regional 988 backup center      Counselor login: {{NAME:jwashington}}
Start {{DATE:05/18/2024 02:14}}   End 02:51   Duration 37 min
Caller: self.  Name given: "{{NAME:Rae}}" (declined last name)
Callback: {{PHONE:(602) 555-0187}} (from caller ID)
Location: caller in her car in the lot of {{FACILITY:Desert Sun Market}}, {{ADDRESS:Baseline Rd & McClintock Dr}}, {{LOCATION:Tempe}}

Risk: C-SSRS lifetime +, past month +. Reports taking "a few" of her mom's lorazepam 1 mg at ~0130 with 2 beers. No firearm access. Hx 1 attempt at age 19.
Protective: dog "Biscuit", sister {{NAME:Keisha}} in {{LOCATION:Mesa}}, job at {{FACILITY:Copperline Dental Group}}.
Interventions: collaborative safety planning; caller agreed to sister picking her up. Warm transfer to sister at {{PHONE:480-555-0122}} @ 0240; sister en route, ETA 15 min. Poison control consulted re: dose, advised ED eval.
Follow-up call scheduled {{DATE:5/18}} 1400.
Dispatch: none (risk reduced, 3rd party present). Supervisor consult: {{NAME:M. Oyelaran}}.
Copied to CRM record {{ID:PT-88213}}.`,

  `MOBILE CRISIS RESPONSE NOTE
Team: {{NAME:Fatima Haddad}}, LCSW / {{NAME:Joaquin "Quino" Reyes}}, CPRS
Dispatch {{DATE:9/22/23 1905}} via 988 (ref {{ID:MC-23-11408}}); on scene 1942
Location: {{ADDRESS:1803 N. 9th Street, Unit B}}, {{LOCATION:Boise}} {{ZIP:83702}} (duplex, use side door)
Client: {{NAME:Eli Brandvold}}, 17 y/o, DOB {{DATE:10-30-2005}}, junior at {{FACILITY:North Ridge High School}}
Present: mother {{NAME:Dana Brandvold}}, stepfather {{NAME:Rick}}.

Situation: client punched a wall after argument about phone being taken, then posted "done with all of it" from account {{NAME:@eli.brndvld}}. Friend's parent called 988.
Assessment: calm on arrival, R hand swollen, cooperative. Denies plan. Firearms: stepfather's two rifles moved to Uncle {{NAME:Bo}}'s house tonight (confirmed by phone). C-SSRS: passive ideation, no behavior. PHQ-A 15.
Intervention: safety plan written with client, means counseling, hand iced; urgent care advised for x-ray.
Disposition: remain home; next-day appt at {{FACILITY:Treasure Valley Youth Counseling}} {{DATE:9/23}} 1300 with Dr. {{NAME:Min-jun Park}}.
Follow-up call by {{NAME:Haddad}} on {{DATE:9/24/23}}.`,

  `OPIOID TREATMENT PROGRAM - INTAKE / INDUCTION
{{FACILITY:Bayside Crossing Recovery Services}} OTP, {{ADDRESS:900 Broadway}}, {{LOCATION:Chelsea}}, MA {{ZIP:02150}}
Patient: {{NAME:Nguyen, Thanh "Tommy" Van}}   Clinic ID {{MRN:BC2-10944}}   Central registry {{ID:MA-CR-5517302}}
DOB {{DATE:12/1/1979}}   SSN {{SSN:XXX-XX-6620}}   MassHealth {{HEALTH_PLAN:100384729116}}
Dosing ID: palm-vein enrolled, template {{BIOMETRIC:PV-7730-A14}}
Intake date: {{DATE:06/03/2024}}

Hx: IV fentanyl ~1 g/day x 4 yrs; prior methadone 2019-2020 at {{FACILITY:Mystic Valley Treatment Center}}, tapered when incarcerated at {{FACILITY:Fells County House of Correction}}. Last use today 0700. Likely xylazine exposure; 2 wounds L forearm.
COWS 14 at 1015. HCV Ab+ (2022), HIV neg. EKG QTc 438.
Induction: methadone 30 mg PO observed 1030, addl 10 mg at 1345 per Dr. {{NAME:Pereira-Santos}} (COWS 9). Day 1 total 40 mg.
Emergency contact: partner {{NAME:Linh Tran}} {{PHONE:617-555-0119}}.
Counselor assigned: {{NAME:Siobhan Murtagh}}, LADC I. Naloxone kit dispensed, lot 2F4471, exp 11/2026.`,

  `DOSING HISTORY  -  printed {{DATE:07/15/2024 08:02}} by {{NAME:RMOLINA}}
Pt: {{NAME:BRZEZINSKI, KAROL}}    ID {{MRN:0031277}}    Phase II (2 take-homes/wk)
Nurse key: {{NAME:RM}} = {{NAME:R. Molina}}, RN;  {{NAME:AS}} = {{NAME:A. Sato}}, LPN

DATE       DOSE     TYPE     RN   NOTES
{{DATE:07/08/24}}   95 mg    obs      {{NAME:RM}}
{{DATE:07/09/24}}   95 mg    obs      {{NAME:RM}}
{{DATE:07/10/24}}   95 mg    TH x1    {{NAME:AS}}
{{DATE:07/11/24}}   --       missed        no call
{{DATE:07/12/24}}   95 mg    obs      {{NAME:AS}}   drowsy, held 1 h, re-eval ok
{{DATE:07/13/24}}   100 mg   obs      {{NAME:RM}}   incr per Dr {{NAME:Haile}}, order {{ID:ORD-558120}}
{{DATE:07/14/24}}   100 mg   TH x1    {{NAME:RM}}

UDS {{DATE:7/9}}: methadone +, fentanyl -, cocaine +, BZD -   (specimen {{ID:T24-190287}})
Take-home review: Thursday team mtg. Cocaine + x2 in 30 days -> hold step-up to Phase III.
Counselor {{NAME:Wojcik}} to address in session.`,

  `bup f/u   {{DATE:2/6/25}}   in person
pt {{NAME:jessie kowalczyk}} 34f, monthly f/u. suboxone 16/4 mg film daily, last rx {{DATE:1/7}}. cravings 2/10. no use since {{DATE:11/23/24}} per pt. works nights at {{FACILITY:kwik stop}} in {{LOCATION:poughkeepsie}}. bf {{NAME:marco}} still using - discussed safety, narcan in the house.
pdmp checked today, no other ctrl rx. ref # {{ID:NY-PMP-88412076}}
uds poc: bup +, norbup +, fent neg, oxy neg, thc + (has card)
vitals bp 128/82 p 76. pupils 4 mm. no new track marks.
a/p: oud, early remission, on maint tx. cont 16/4 #30 0 rf. discussed sublocade, she wants to think abt it. hep c tx referral to {{FACILITY:mid-hudson liver clinic}} again (missed {{DATE:12/3}}).
rx sent to {{FACILITY:hudson ave pharmacy}} {{PHONE:845-555-0173}}. next appt 4 wks. if no show call pt cell {{PHONE:845-555-0108}} or mom ({{NAME:barb}}).
- dr {{NAME:o'sullivan}}`,

  `GROUP PROGRESS NOTE - IOP Relapse Prevention
Program: {{FACILITY:New Dawn Recovery Center}} IOP, {{LOCATION:Knoxville}}
Date: {{DATE:Thurs 10/17/2024}}   Time: 1800-2100   CPT 90853
Facilitator: {{NAME:Grace Ifeanyi}}, LCSW; co-facilitator {{NAME:Dwayne Pruitt}}, CPRS
Topic: HALT triggers / urge surfing (Marlatt relapse model)
Attendance (8): {{NAME:A.M.}}, {{NAME:T.K.}}, {{NAME:Lorenzo}}, {{NAME:Britt S.}}, {{NAME:J.W.}}, {{NAME:Hannah}}, {{NAME:R.P.}}, this client

Client: {{NAME:Caldwell, Trevor}}   MRN {{MRN:NDR-20418}}
Participation: active. Shared he drove past his old dealer's place on {{ADDRESS:Magnolia Ave near Cherry St}} after a double shift at {{FACILITY:Smoky Ridge Cabinetry}}; identified "angry + tired" as top trigger. 23 days clean (sobriety date {{DATE:9/24/24}}). Peer {{NAME:Lorenzo}} offered ride to Saturday NA at {{FACILITY:St. Mark's Fellowship Hall}}.
Plan: continue 3x/wk, random UDS. Next group {{DATE:10/22}}.
{{NAME:G. Ifeanyi}}, LCSW   e-signed {{DATE:10/17/2024 21:26}}`,

  `INCIDENT REPORT - {{FACILITY:Serenity House for Men}}
{{ADDRESS:3321 Oak Grove Rd}}, {{LOCATION:Decatur}}, GA {{ZIP:30033}}   House phone {{PHONE:404-555-0151}}
Date of incident: {{DATE:04/27/2025}}   Time: approx 2330
Reported by: house manager {{NAME:Marcus "Big Mike" Thibodeaux}}
Residents involved: {{NAME:Hollis Greer}} (rm 4), {{NAME:Devante Simms}} (rm 2)

Description: During curfew check HM found resident {{NAME:Greer}} unsteady, odor of ETOH. Breathalyzer (AlcoMate Premium AL7000) read 0.06. He admitted 2 tall cans from {{FACILITY:Tucker Package Store}}. Resident {{NAME:Simms}} stated {{NAME:Greer}} asked him to "hold" a bag; bag contained 2 empty cans, no pills.
Action: per house rules sec 4.2, {{NAME:Greer}} given 24 h to make arrangements; referred back to {{FACILITY:DeKalb Addiction Clinic}}. His PO, Lt. {{NAME:Ortega}}, notified by voicemail {{PHONE:(404) 555-0176}} at 2350. Balance $140 on house acct {{ACCOUNT:SH-0412}}.
Other residents spoken to at house meeting next morning.
Signed {{NAME:M. Thibodeaux}}   {{DATE:4/28/25}}`,

  `RESIDENTIAL PROGRESS NOTE (DAP)
{{FACILITY:Cedar Hollow Treatment Center}} - Women's Residential (ASAM 3.5)
Client: {{NAME:Ayesha Qureshi}}   Client #: {{MRN:CH-7781}}   Day 19   Admit {{DATE:1/8/2025}}
Session: individual, 50 min, {{DATE:01/27/2025}}   Clinician: {{NAME:Rebecca Stoltzfus}}, MS, LAC

D: Client tearful discussing DCS supervised visit on {{DATE:Monday 2/3}} with daughters {{NAME:Zara}} (6) and {{NAME:Inaya}} (3), placed with maternal aunt {{NAME:Rukhsana Malik}} in {{LOCATION:Carmel}}. States she "can't face them after what happened at the {{FACILITY:Red Maple Inn}}." PHQ-9 16 (from 21). GAD-7 14. Meth cravings 4/10, worse evenings.
A: moderate depressive sx, engaged. Processing trauma with CPT worksheets. Sertraline titrated by Dr. {{NAME:Bhattacharya}} to 100 mg.
P: continue CPT module 4; coordinate with DCS FCM {{NAME:Jordan Whitlock}} ({{PHONE:317-555-0193}}) re: visit logistics; family session with aunt {{DATE:2/10}}.
{{NAME:R. Stoltzfus}}, MS, LAC   {{DATE:1/27/25 1512}}`,

  `Peer Recovery Support Note
Peer specialist: {{NAME:Luis Cardenas}}, CPRS
Participant: {{NAME:Kayleigh O'Donnell-Pratt}}
Contact: {{DATE:Wed. 8/14}}, 11:00-12:15, community (met at {{FACILITY:Lucky Bean Coffee}}, {{ADDRESS:412 E Main St}})
Purpose: housing + recovery capital

{{NAME:Kayleigh}} reports she got her 90-day chip at the {{FACILITY:Friday Night Big Book Group}} last week. Still at {{FACILITY:Grace Street Women's Shelter}} (bed 22), waitlisted for {{FACILITY:Hope Harbor Apartments}}. We called the housing authority together; case # {{ID:HA-2024-03391}}. Helped her set up email {{EMAIL:kayleigh.op92@mailbox.example.com}} for the application portal. She's nervous about drug court on {{DATE:8/29}} (Judge {{NAME:Abernathy}}); I'll go with her if she wants.
Next: ride to DMV for state ID {{DATE:Monday 8/19}}; I'll text her at {{PHONE:555-0133}}.
Recovery Capital Scale: 32 -> 37.
{{NAME:LC}}`,

  `COLLATERAL CONTACT NOTE
Date/Time: {{DATE:03/05/2025 10:40}}   Type: phone, outgoing   ROI on file (signed {{DATE:2/12/25}}, exp {{DATE:2/12/26}})
Client: {{NAME:Sokolov, Dmitri A.}}   DOB {{DATE:7/22/1988}}   MRN {{MRN:4470192}}
Contact: {{NAME:Tanisha Bright}}, Adult Probation Officer, {{FACILITY:Allegheny County Adult Probation}}, {{PHONE:412-555-0128 ext 2214}}

Probation case {{ID:CP-02-CR-0018834-2023}}; conditions: tx compliance, random UA, no contact with {{NAME:Irina Sokolova}} (PFA).
Summary: PO requested attendance and UA results for the last 2 months per Part 2 consent. Writer confirmed: attended 14/16 IOP sessions; UAs {{DATE:1/14}}, {{DATE:1/28}}, {{DATE:2/11}} negative; {{DATE:2/25}} positive for alcohol (EtG 1,840 ng/mL). PO will address at next report date {{DATE:March 19}}, not seeking violation at this time. SCRAM bracelet {{DEVICE:SC4-0087215}} was removed {{DATE:Feb 1}} per court.
Writer did not disclose beyond ROI scope (no dx details).
{{NAME:Henrik Aalto}}, LPC, CAADC`,

  `Collateral - School
Pt: {{NAME:Mateo Villanueva}} (14)   DOB {{DATE:2010-05-19}}   Chart {{MRN:P-551804}}
Spoke w/ school counselor Ms. {{NAME:Harriet Olusanya}} at {{FACILITY:Lincoln-Douglas Middle School}} ({{PHONE:509-555-0147}}, fax {{FAX:509-555-0148}}) on {{DATE:11/12/24}} re: return-to-school plan after d/c from {{FACILITY:Sagebrush Youth Psychiatric Unit}}.
- 504 meeting set {{DATE:Nov 19}} 0800 w/ VP Mr. {{NAME:Dwyer}} and mom ({{NAME:Lucia Villanueva}}, Spanish-speaking; interpreter requested).
- Per counselor, before admit he was vaping in bathrooms + 2 fights; friends "{{NAME:Nico}}" and "{{NAME:JJ}}" reported his posts about wanting to die.
- Agreed: daily check-in w/ counselor, pass to leave class, no PE x 2 wks (on lithium 300 mg bid, hydration).
- Counselor email for updates: {{EMAIL:h.olusanya@ldms-k12.example.org}}
ROI signed by mother {{DATE:11/8/24}}.
{{NAME:Priya Venkataraman}}, MSW, child & adolescent therapist`,

  `IN THE {{FACILITY:PROBATE COURT OF FRANKLIN COUNTY}}, OHIO
IN RE: {{NAME:JEROME T. WASHINGTON-BOYD}}                 CASE NO. {{ID:24-MI-1187}}
AFFIDAVIT OF MENTAL ILLNESS / REQUEST FOR CONTINUED TREATMENT

Now comes {{NAME:Elena Popescu}}, M.D., attending psychiatrist at {{FACILITY:Olentangy Regional Psychiatric Center}}, and states that Respondent, born {{DATE:September 8, 1975}}, residing at {{ADDRESS:1550 Parsons Ave}}, {{LOCATION:Columbus}}, Ohio {{ZIP:43207}}, was admitted on {{DATE:October 29, 2024}} on emergency hospitalization and remains a mentally ill person subject to court order (R.C. 5122.01(B)) in that he represents a substantial risk of physical harm to others, as shown by repeated threats to kill his neighbor, Mr. {{NAME:Oduya}}, and possession of a machete at time of arrest.
Diagnosis: schizophrenia, paranoid features; stimulant use disorder.
Hearing requested on or before {{DATE:November 8, 2024}}. Respondent's counsel: {{NAME:Gwendolyn Achebe}}, Esq., Public Defender ({{PHONE:614-555-0110}}).
Sworn before me this {{DATE:4th day of November, 2024}}. Notary {{NAME:Carl Rinaldi}}, commission expires {{DATE:6/30/2027}}.`,

  `NSG PROGRESS NOTE   {{DATE:12/24/23}} 0700-1930   4 West (adult psych)   Rm 409-1
pt {{NAME:Gallagher, Siobhan}} 41F   MRN {{MRN:00927741}}   q15 obs, SP
0745 in bed, refused breakfast. "leave me alone". Sertraline 50 mg PO given.
0930 attended community mtg briefly, left after 5 min.
1115 tearful, states ex {{NAME:Declan}} is keeping kids for Xmas. 1:1 support x 20 min. Denies SI plan at this time. CSSRS screen low-mod.
1300 phone call w/ sister {{NAME:Maeve Gallagher-Ruiz}} in {{LOCATION:Galway}}, Ireland, 15 min, brighter after.
1420 belongings search per policy after visit from Fr. {{NAME:Tom Quill}} ({{FACILITY:St. Brigid's Parish}}); no contraband.
1700 dinner 75%.
1815 PRN hydroxyzine 25 mg PO for anxiety 7/10 -> 3/10 @ 1900.
Safety checks per flowsheet. No aggression. VS 118/74, 72, 16, 98.1, SpO2 98%.
{{NAME:J. Adeyemi}}, RN`,

  `DISCHARGE SUMMARY
PATIENT: {{NAME:HERNANDEZ-LUNA, ROSARIO}}   MRN: {{MRN:7734102}}   ACCT: {{ACCOUNT:90021877345}}
ADMITTED: {{DATE:08/12/2024}}   DISCHARGED: {{DATE:08/23/2024}}   ATTENDING: {{NAME:MCALLISTER, GRAHAM}} MD
LEGAL STATUS: 5150 ON ADMIT, 5250 CERTIFICATION {{DATE:08/15/2024}}; CERT REVIEW HEARING UPHELD (HEARING OFFICER {{NAME:L. NAKASHIMA}}). VOLUNTARY AT D/C.
DIAGNOSES: BIPOLAR I, CURRENT EPISODE MANIC, SEVERE W/ PSYCHOTIC FEATURES (F31.2). ALCOHOL USE D/O, MILD.
HOSPITAL COURSE: 38 YO F BIB {{FACILITY:SAN JOSE PD}} AFTER FOUND DIRECTING TRAFFIC AT {{ADDRESS:SANTA CLARA ST & 4TH ST}}. YMRS 34 ON ADMIT. LITHIUM 300 MG BID -> 600 MG BID, LEVEL 0.9 ON {{DATE:8/21}}. OLANZAPINE 10 MG QHS. YMRS 8 AT D/C. TSH, CR WNL.
DISPOSITION: HOME WITH HUSBAND {{NAME:ARTURO}}, {{ADDRESS:882 LOS PADRES BLVD}}, {{LOCATION:SANTA CLARA}} {{ZIP:95050}}.
F/U: {{FACILITY:VALLEY CREST COUNSELING}}, DR. {{NAME:TSENG}}, {{DATE:08/28/2024 1030}}. LITHIUM LEVEL {{DATE:8/30}} AT {{FACILITY:BAYLAB DRAW STATION}}.
DICTATED {{NAME:G. MCALLISTER}} {{DATE:08/23/2024 16:40}} / T: {{NAME:LMF}} {{DATE:08/24/2024}}`,
  `*** CONFIDENTIAL - PROTECTED BY 42 CFR PART 2 ***
{{DATE:06/11/2025 14:22}}   FROM: {{FAX:3035550162}}   TO: {{FAX:3035550190}}   P. 1/4
{{FACILITY:Front Range Recovery Clinic}}
{{ADDRESS:7400 W Colfax Ave, Suite 210}}
{{LOCATION:Lakewood}}, CO {{ZIP:80214}}

To: {{NAME:Nora Blackfeather}}, Medical Records, {{FACILITY:Mile High Psychiatric Associates}}
Re: {{NAME:Whitaker, Colby R.}}   DOB {{DATE:3/14/97}}
Pages: cover + ROI + last 3 progress notes

This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). The federal rules prohibit you from making any further disclosure of this information unless further disclosure is expressly permitted by written consent.
Sender: {{NAME:Yolanda Esparza}}, HIM   ph {{PHONE:303-555-0161}}
If received in error, call the number above and destroy all pages.
---------------------------------- page 2 ----------------------------------
AUTHORIZATION: I, {{NAME:Colby Whitaker}}, authorize {{FACILITY:Front Range Recovery Clinic}} to release to Dr. {{NAME:Farouk}} my dx, medications and attendance. Purpose: continuity of care. Expires {{DATE:12/31/2025}}.
Signature: {{NAME:C. Whitaker}} (signed)   Date {{DATE:6/9/25}}`,

  `CONTROLLED SUBSTANCE REVIEW
Pt: {{NAME:Delacroix, Amelie}}   DOB {{DATE:May 2, 1983}}   MRN {{MRN:55-901-233}}
Prescriber: {{NAME:Kwabena Asante}}, PMHNP   DEA {{LICENSE:MA4419270}}   NPI {{LICENSE:1326047719}}
PDMP query {{DATE:10/04/2024 09:13}}, report # {{ID:PMP-OR-24100418827}}:

Fill date   Drug                       Qty  Days  Prescriber        Pharmacy
{{DATE:09/06/24}}    clonazepam 0.5 mg          60   30    {{NAME:Asante}}            {{FACILITY:Rose City Pharmacy}}
{{DATE:09/19/24}}    alprazolam 1 mg            30   15    {{NAME:Hutchins, L}}       {{FACILITY:Bridgeway Drug #114}}
{{DATE:09/28/24}}    oxycodone/APAP 5/325       12    3    Dr. {{NAME:Yee}} (dental)  {{FACILITY:Bridgeway Drug #114}}

Assessment: overlapping benzodiazepines from 2 prescribers, 2 pharmacies; pt did not disclose. Discussed in visit, pt tearful, states urgent care gave alprazolam "for a flight." MME low, but BZD+opioid risk reviewed.
Plan: coordinate with Dr. {{NAME:Hutchins}}, single pharmacy agreement (signed today), begin clonazepam taper 0.25 mg q2wk, start CBT-I referral. Naloxone rx sent.
{{NAME:K. Asante}}, PMHNP`,

  `Telepsychiatry - Medication Management (video)
Visit link: {{URL:https://telehealth.pinecrestbh.example/room/8841-xq}}   Session IP {{IP:73.162.40.219}}
Pt: {{NAME:Ibrahim Al-Sayed}}   MRN {{MRN:PC-3320917}}   DOB {{DATE:08/30/1990}}
Location during visit: home, {{LOCATION:Dearborn}}, MI (pt confirmed)   Provider location: clinic
Date: {{DATE:01/16/2025 15:30}}   Duration 25 min

S: Started escitalopram 10 mg {{DATE:12/12}}. Sleep improved, panic attacks 1/wk (was 4-5). Some nausea first week, resolved. Working again at {{FACILITY:Fordline Auto Parts}}. Brother {{NAME:Yusuf}} moved in, supportive. AUDIT-C 1.
O: well groomed, euthymic, linear. No SI. GAD-7 9 (from 17).
A: panic d/o, improving.
P: escitalopram 15 mg x 1 wk then 20 mg. Continue CBT with {{NAME:Noor Haddad}}, LMSW. RTC 6 wks.
--- portal message ({{DATE:1/17/25 08:11}}) ---
"Thank u doctor, can the new rx go to the {{FACILITY:Warren Ave pharmacy}} not mail order? - {{NAME:Ibrahim}}"
Reply by {{NAME:sr}}: rerouted, pharmacy ph {{PHONE:313-555-0102}}.
Dr. {{NAME:Sofia Ruggiero}}`,

  `GERIATRIC PSYCHIATRY CONSULT
Requesting: Dr. {{NAME:Lindgren}}, hospitalist   Location: {{FACILITY:St. Anselm Medical Center}} 6 South, bed 12
Pt: {{NAME:Winifred Abernathy-Cole}}   Age: {{AGE:92}}   MRN {{MRN:SA-118204}}   Adm {{DATE:2/19/2025}}
Reason: agitation, ?depression vs delirium; daughter requests capacity eval re: returning home

HPI: {{AGE:92}} yo widowed F admitted with UTI and fall at home ({{ADDRESS:16 Larkin Court}}, {{LOCATION:Bethlehem}}). Nights: pulling lines, calling for late husband {{NAME:Harold}}. CAM positive {{DATE:2/20}}, negative today. MMSE 22/30 (poor attention items). GDS-15 = 6. Hx Parkinson disease on carbidopa/levodopa 25/100 tid; avoid haloperidol.
Collateral: daughter {{NAME:Penelope Cole}} ({{PHONE:610-555-0181}}), HCPOA, reports forgetting stove twice since {{DATE:December 2024}}.
Assessment: hyperactive delirium, resolving, superimposed on probable mild NCD (Lewy body features?). Capacity for discharge decision: lacks at this time; re-eval in 48 h.
Rec: melatonin 3 mg qhs, quetiapine 12.5 mg prn only if severe, sleep hygiene, glasses/hearing aids, OT home safety eval.
{{NAME:Tobias Engel}}, MD, geriatric psychiatry   pager {{PHONE:4471}}`,

  `Psychiatry progress note, hospital day 3
Patient: [**{{NAME:Known lastname 4412}}**], [**{{NAME:Known firstname 887}}**]   Unit: [**{{FACILITY:Hospital Ward Name 219}}**]
Date: [**{{DATE:2148-6-17}}**]

S: Slept 6 h. States voices "quieter". Asked for call to his mother [**{{NAME:Name (NI) 3301}}**] at [**{{PHONE:Telephone/Fax (1) 5542}}**].
O: less guarded, fair hygiene. Ate 100% lunch. No PRN last 24 h. Haloperidol level pending. Orthostatics neg. AIMS 0. Weight 81.2 kg.
A: 26M with first-episode psychosis, improving on risperidone 2 mg bid. Cannabis use d/o (daily, high-potency concentrate).
P: - risperidone 3 mg qhs from tonight
   - family meeting [**{{DATE:2148-6-19}}**] at 2pm with mother and Dr. [**{{NAME:Last Name (STitle) 1106}}**]
   - referral to early psychosis program at [**{{FACILITY:Hospital 1874}}**] (coordinated specialty care)
   - PSA for lab: A1c, lipids baseline
   - legal: voluntary, signed conditional voluntary [**{{DATE:2148-6-14}}**]
[**{{NAME:First Name8 (NamePattern2) 2231}}**] [**{{NAME:Last Name (NamePattern1) 7720}}**], MD`,

  `ASSISTED OUTPATIENT TREATMENT (AOT) - TREATMENT PLAN UPDATE
Pursuant to Kendra's Law (MHL 9.60)   AOT order # {{ID:AOT-2023-00418}}   Order expires {{DATE:08/14/2025}}
Recipient: {{NAME:Rahman, Tariq}}   DOB {{DATE:1/5/1994}}   Medicaid CIN {{HEALTH_PLAN:XK48821T}}
Care coordinator: {{NAME:Bianca Moreno-Vasquez}}, ACT team, {{FACILITY:Bronx Community ACT 2}}, cell {{PHONE:718-555-0124}}
Residence: supportive housing, {{ADDRESS:1411 Grand Concourse, Apt 6F}}, {{LOCATION:Bronx}}, NY {{ZIP:10452}}

Services mandated: ACT 3x/wk min; Invega Trinza 546 mg q3mo (last {{DATE:5/20/25}}, due {{DATE:8/19/25}}); weekly UDS; substance use counseling.
Compliance this period ({{DATE:4/1-6/30/25}}): 38/39 ACT contacts; LAI on time; UDS 11/12 neg (1 + cannabinoids {{DATE:6/3}}).
Incidents: none. No hospitalizations. Working 15 h/wk at {{FACILITY:Fordham Road Thrift}}.
Recommendation: petition for renewal not sought; transition to voluntary ACT.
Submitted to AOT program director Dr. {{NAME:R. Feldstein}} {{DATE:7/2/2025}}.`,

  `BAKER ACT - LAW ENFORCEMENT REPORT (summary entered by intake RN)
Receiving facility: {{FACILITY:Palmetto Coast Crisis Stabilization Unit}}   Arrival {{DATE:02/09/2025 03:47}}
Person: {{NAME:Beaumont, Chantal Marie}}   DOB {{DATE:11/22/1999}}   DL {{LICENSE:B553-781-99-862-0}}
Initiated by: Deputy {{NAME:K. Alvarado}} #{{ID:5521}}, {{FACILITY:Pinellas County Sheriff's Office}}, case {{ID:PCSO-25-031877}}
Circumstances: deputy responded to {{ADDRESS:2701 Gulf Blvd}}, {{LOCATION:Indian Rocks Beach}}, after roommate {{NAME:Skylar Dunn}} reported pt walking into the surf fully clothed, saying she "wanted to stop existing." Pt's vehicle, silver Corolla tag {{VEHICLE:JKW 4R2}}, left at beach access lot.
Criteria checked: mental illness; refusal of voluntary exam; substantial likelihood of serious bodily harm to self in near future.
Intake: BAL 0.11 on arrival, UDS pending. Wet clothes removed, warmed. C-SSRS high risk. Pt states sister {{NAME:Josephine}} in {{LOCATION:Lyon}}, France is only family.
Exam by psychiatrist required within 72 hours (by {{DATE:2/12/25 0347}}).
{{NAME:Hope Castellanos}}, RN`,

  `PETITION FOR INVOLUNTARY ASSESSMENT AND STABILIZATION (Marchman Act, ch. 397)
{{FACILITY:Circuit Court, Ninth Judicial Circuit, Orange County}}    Case: {{ID:2025-MA-000219-O}}
Petitioner: {{NAME:Gloria Tremblay}} (mother)   {{ADDRESS:5530 Conroy Rd}}, {{LOCATION:Orlando}} FL {{ZIP:32839}}   {{PHONE:407-555-0157}}
Respondent: {{NAME:Austin Tremblay}}   DOB {{DATE:04-09-2001}}   last known: same address / sometimes at {{FACILITY:Lake Eola Inn}}

Facts: Respondent has used IV heroin/fentanyl since about 2021. Overdosed {{DATE:Jan 17, 2025}} (EMS run {{ID:OCFR-25-004412}}, naloxone x3) and {{DATE:Feb 26, 2025}} at {{FACILITY:Sunshine Car Wash}} where he worked. He left {{FACILITY:Orlando Recovery Pavilion}} detox AMA {{DATE:3/1/25}} after 2 days. He has lost 30 lbs, has an abscess on his arm and refuses care. I believe he is in danger of dying.
Respondent has no attorney. Respondent's girlfriend {{NAME:Mackenzie Ruiz}} can confirm.
Signed: {{NAME:G. Tremblay}}   {{DATE:03/04/2025}}
Clerk stamp: FILED {{DATE:MAR 04 2025 11:52 AM}}  Deputy clerk {{NAME:DM}}`,

  `ED TELEPSYCHIATRY EVALUATION
Originating site: {{FACILITY:Prairie View Memorial Hospital}} ED, {{LOCATION:Hays}}, KS   Consultant site: remote
Pt: {{NAME:Running Bear, Samuel}}   DOB {{DATE:6/6/1968}}   ED MRN {{MRN:PVM00412978}}   ED arrival {{DATE:07/28/2024 21:05}}
Boarding hour 19 at time of eval. Referral: ED physician Dr. {{NAME:Gutierrez}}.

HPI: 56M brought by his wife {{NAME:Loretta}} after he said he'd "go out to the shed and end it" following foreclosure notice on their farm near {{LOCATION:Victoria}}. Owns firearms (3 shotguns), wife reports son {{NAME:Caleb}} removed them to his place. Drinks 6-8 beers/day, last drink 2000 yesterday. CIWA 6. PHQ-9 22. No prior attempts. Hx PTSD (Army, Iraq 2004-05), followed at {{FACILITY:Smoky Hill VA outpatient clinic}} (he says he stopped going).
MSE: tired, constricted, TP logical, + SI without current intent; future oriented re: grandkids.
Risk: high chronic, moderate acute.
Rec: inpatient admission recommended; voluntary accepted; bed search: {{FACILITY:High Plains Behavioral Health}} has male bed. Start CIWA protocol, thiamine 100 mg, gabapentin.
{{NAME:Anjali Deshmukh}}, MD (telepsych)   {{DATE:7/29/24 16:10}} CT`,

  `WITHDRAWAL MANAGEMENT FLOWSHEET (ASAM 3.7-WM)   {{FACILITY:Blue Ridge Detox Center}}   bed 7
Pt {{NAME:Hollingsworth, Dale}}   MRN {{MRN:BRD-66120}}   Admit {{DATE:10/11/24 1930}}   Last drink per pt {{DATE:10/11}} 1100

Date/time          CIWA  BP       HR   T     Med given                  Init
{{DATE:10/11}} 2000          14    158/96   108  99.1  chlordiazepoxide 50 mg     {{NAME:TW}}
{{DATE:10/11}} 2200          11    150/92   100  99.0  --                         {{NAME:TW}}
{{DATE:10/12}} 0000          17    162/100  114  99.4  chlordiazepoxide 50 mg     {{NAME:NL}}
{{DATE:10/12}} 0400          9     142/88   94   98.8  --                         {{NAME:NL}}
{{DATE:10/12}} 0800          6     136/84   88   98.6  thiamine 100 mg, MVI       {{NAME:PB}}

Notes: 0000 tremor 3, tactile disturbances 2 (picking at sheets), oriented. MD {{NAME:Ferrante}} notified 0010, order to continue symptom-triggered. Seizure hx 2019 (Glasgow 15 today). Wernicke prophylaxis started. Wife {{NAME:Cheryl}} called {{PHONE:828-555-0195}} 0830, updated per ROI.
Initials: {{NAME:TW}} = {{NAME:T. Whitfield}} RN, {{NAME:NL}} = {{NAME:N. Lam}} RN, {{NAME:PB}} = {{NAME:P. Baptiste}} LPN`,

  `EXTENDED-RELEASE BUPRENORPHINE INJECTION RECORD
Pt: {{NAME:Ortiz, Yesenia}}   DOB {{DATE:02/27/1992}}   MRN {{MRN:0088-4120}}   Payer: CareSource Medicaid {{HEALTH_PLAN:CS8809127734}}
Prior auth # {{ID:PA-25-7712094}} approved {{DATE:01/03/2025}} - {{DATE:07/02/2025}}

Inj #   Date        Product/dose        Lot       Exp       Site               Given by
3       {{DATE:01/06/25}}    Sublocade 100 mg    24A091    09/2026   abd RUQ            {{NAME:M. Abara}} RN
4       {{DATE:02/05/25}}    Sublocade 100 mg    24A091    09/2026   abd LUQ            {{NAME:M. Abara}} RN
5       {{DATE:03/07/25}}    Sublocade 100 mg    24C317    12/2026   abd RLQ            {{NAME:D. Kerr}} RN

NDC 12496-0100-1. REMS: dispensed via specialty pharmacy {{FACILITY:Keystone Specialty Rx}}, shipment ID {{ID:KSR-3390145}}.
Today ({{DATE:3/7/25}}): site from {{DATE:2/5}} healed, small nodule, nontender. Pt reports no use, cravings 0-1. Working at {{FACILITY:Kroeger's Family Diner}}. Next due {{DATE:4/6/25}} (window 26-42 d).
Provider: {{NAME:Theo Marchetti}}, DO`,
  `Naltrexone ER (Vivitrol) visit - court-referred
{{DATE:Tue 05/13/2025}}   {{FACILITY:Lakes Region Recovery Clinic}}, {{LOCATION:Laconia}} NH
Pt: {{NAME:Duchesne, Remy}}   DOB {{DATE:9/19/1985}}   MRN {{MRN:LRR-00731}}
Referred by: {{FACILITY:Belknap County Drug Court}}, coordinator {{NAME:Ashley Fortin}} ({{PHONE:603-555-0114}})

Injection #4 naltrexone 380 mg IM R gluteal, lot 2412-77A, exp 04/2027. Prior site (L) no induration.
UDS today neg all panels incl fentanyl, EtG neg. Opioid-free per pt since release from {{FACILITY:Belknap County House of Corrections}} on {{DATE:January 30}}.
LFTs {{DATE:4/28}}: AST 31, ALT 40 (ok).
Pt concerned about overdose risk if he "slips" -- counseled re: loss of tolerance, naloxone on hand. He is living with his grandmother {{NAME:Therese Duchesne}} at {{ADDRESS:88 Pleasant St}}, working for {{FACILITY:Winnipesaukee Marine Services}}. Ankle monitor removed last month.
Report faxed to drug court {{FAX:603-555-0115}} per consent (attendance + UDS only).
Next inj {{DATE:6/10/25}}.
{{NAME:Carmen Ilunga}}, APRN`,

  `FAMILY SESSION NOTE   (90847, 55 min)
Client: {{NAME:Sebastian Holt}}, 19   Program: young adult residential, {{FACILITY:Juniper Ridge Recovery}}
Date: {{DATE:November 3rd, 2024}}
Present: client; mother {{NAME:Meredith Holt}}; father {{NAME:Curtis Holt}} (via phone from {{LOCATION:Calgary}}, AB); brother {{NAME:Owen}}, 16
Therapist: {{NAME:Aiyana Whitehorse}}, LMFT

Goals: communication re: relapse warning signs; home contract before d/c ({{DATE:11/22}}).
Content: Mother described finding pills in his car in {{DATE:August}} and "never sleeping since." Father expressed anger re: $4,800 taken from his account. Client apologized, did not minimize; described Xanax/Percocet use starting at {{FACILITY:Cascade State University}} freshman year. {{NAME:Owen}} quiet, later said he misses gaming with client. Used CRAFT-informed framing, validated both parents.
Agreements (draft): curfew 11pm, random home UDS, no car until 60 days, attend Al-Anon (mother) at {{FACILITY:Unity Church of Bend}}.
Plan: next family session {{DATE:11/10}} same time; father to join by video.
{{NAME:A. Whitehorse}}, LMFT   signed {{DATE:11/3/2024}}`,

  `COLLATERAL: CHILD PROTECTIVE SERVICES
Client: {{NAME:Maria Elena Cuevas}}   MRN {{MRN:MH-200578}}   (OTP client, methadone 70 mg)
Caller: {{NAME:Rashad Coleman}}, investigator, state CPS, {{PHONE:(505) 555-0145}}, intake # {{ID:CYFD-24-119004}}
Date: {{DATE:09/09/2024 13:15}}, incoming

Investigator states a report was made after client's son {{NAME:Diego}} (age 7) told teacher at {{FACILITY:Los Padillas Elementary}} that "mom sleeps all day." Requested confirmation of treatment. Client signed CPS ROI {{DATE:9/9/24}} at 12:50 (on file).
Disclosed: enrolled since {{DATE:3/2023}}, dose 70 mg stable, 4/4 recent UDS positive only for methadone, attending counseling w/ {{NAME:Yazzie}} weekly.
Not disclosed: psych dx, hx.
Investigator plans home visit {{DATE:9/11}}. Client informed; tearful, states she works overnights at {{FACILITY:Sandia Linen Service}} and naps after dosing. Discussed dose timing/sedation w/ Dr. {{NAME:Begay-Lopez}}; 2-hr post-dose check ordered.
{{NAME:Renata Gurule}}, LISW`,

  `CASE MANAGEMENT - DISCHARGE PLANNING
Pt: {{NAME:Kowalski, Bartholomew "Bart"}}   DOB {{DATE:1/30/1977}}   Unit: detox, rm 3
Anticipated d/c: {{DATE:Friday 7/19}}

Housing: accepted at {{FACILITY:Northpoint House of Flint}} (Level II recovery residence), {{ADDRESS:614 E Court St}}, {{LOCATION:Flint}}, MI {{ZIP:48503}}. House manager {{NAME:Reggie Thornton}} {{PHONE:810-555-0106}}. Move-in fee $150 covered by SOR grant voucher {{ID:SOR-V-20417}}.
Transportation: {{FACILITY:Genesee Ride Link}} pickup 1000; confirmation {{ID:YR-884120}}.
Outpatient: IOP at {{FACILITY:Genesee Counseling Partners}} start {{DATE:7/22}} 0900; bupe bridge script 8 mg/2 mg SL bid x 7 days to {{FACILITY:Dort Hwy Pharmacy}}.
Benefits: Healthy Michigan ID {{HEALTH_PLAN:0049827716}} active. SNAP case {{ACCOUNT:SNAP-88102244}} pending redetermination.
ID: MI driver's license {{LICENSE:K423 881 302 119}} suspended; state ID appointment {{DATE:7/25}}.
Pt agreeable. Ex-wife {{NAME:Janine}} not to be contacted per pt.
{{NAME:Precious Mbeki}}, BSW, case manager`,

  `{{FACILITY:Elliott Bay Employee Assistance Program}}
{{ADDRESS:2200 Sixth Avenue, Floor 9}}
{{LOCATION:Seattle}}, WA {{ZIP:98121}}

{{DATE:April 22, 2025}}

{{NAME:Derek Yamamoto}}
Human Resources Business Partner
{{FACILITY:Puget Freight Logistics}}

RE: Return-to-duty, employee {{NAME:Valentina Rossi}}, employee ID {{ID:PFL-031877}}

Dear Mr. {{NAME:Yamamoto}},

This letter confirms that Ms. {{NAME:Rossi}} completed the treatment recommended by the Substance Abuse Professional on {{DATE:04/18/2025}}, and has a negative return-to-duty test (collected {{DATE:4/19/25}}, CCF # {{ID:A08841327}}). Per DOT 49 CFR Part 40, she is subject to at least 6 unannounced follow-up tests in the first 12 months. Follow-up testing plan sent separately to your DER.
No information about diagnosis or treatment content is included, consistent with her consent dated {{DATE:4/10/25}}.

Sincerely,
{{NAME:Olufemi Adebayo}}, LICSW, SAP
{{PHONE:206-555-0179}} | {{EMAIL:oadebayo@elliottbay-eap.example}}`,

  `To: Honorable {{NAME:Patricia Okonjo-Reyes}}
{{FACILITY:Hennepin County Treatment Court}}
Re: {{NAME:Lamar J. Whitfield}}, Case No. {{ID:27-CR-23-14872}}
Date: {{DATE:10/01/2024}}

Your Honor,
I am writing at Mr. {{NAME:Whitfield}}'s request and with his written consent (42 CFR Part 2 compliant, signed {{DATE:9/24/2024}}) to report his progress at {{FACILITY:Northside Recovery Collaborative}}.
Mr. {{NAME:Whitfield}} entered our outpatient program on {{DATE:June 3, 2024}}. Since then he has attended 41 of 44 scheduled groups and all individual sessions. Of 18 random urine screens, 17 were negative; one on {{DATE:July 8}} was positive for cannabis and he self-reported it before the result. He completed the Seeking Safety curriculum and now mentors newer members. He obtained full-time work at {{FACILITY:Twin Cities Metal Fab}} in {{DATE:August}}.
We recommend he move to phase 3. Please contact me at {{PHONE:612-555-0143}} or {{EMAIL:k.sandoval@nrc-mn.example.org}} with questions.

Respectfully,
{{NAME:Kristina Sandoval}}, LADC
Clinical Supervisor
cc: {{NAME:M. Halloran}}, defense counsel; file`,

  `SECLUSION/RESTRAINT EVENT NOTE
Pt: {{NAME:Tsosie, Darnell}}   MRN {{MRN:0772451}}   Unit: {{FACILITY:Aspen Unit}} (adolescent), rm 6
Event start: {{DATE:03/02/2025 19:42}}   Release: {{DATE:03/02/2025 20:17}}
Type: physical hold 4 min -> seclusion 31 min. No mechanical restraint.
Antecedent: peer ({{NAME:K.M.}}) took pt's drawing; pt threw chair, struck MHT {{NAME:Ruiz}} on forearm. Verbal de-escalation x 6 min unsuccessful (CPI).
Staff involved: {{NAME:V. Ruiz}} MHT, {{NAME:B. Oduya}} MHT, {{NAME:S. Lindholm}} RN (lead).
Face-to-face eval by Dr. {{NAME:Chaudhry}} at 2010 (within 1 h). Order {{ID:SR-250302-04}}.
Monitoring q15: 1945 yelling, pacing; 2000 crying, seated; 2015 calm, asks for blanket. Circulation checks N/A. Vitals post 122/70, 96.
Injuries: pt none; MHT forearm abrasion, incident report {{ID:IR-2025-0388}}.
Guardian notified: grandmother {{NAME:Ella Tsosie}} {{PHONE:928-555-0137}} at 2040, voicemail; reached {{DATE:3/3}} 0815.
Debrief with pt {{DATE:3/3/25}}; coping card updated (weighted blanket, drawing).
{{NAME:S. Lindholm}}, RN`,

  `phone msgs - outpt BH front desk - {{DATE:thurs 1/9}}
0812  mrs {{NAME:florence ng}} (mother of pt {{NAME:kenny ng}}) - {{NAME:kenny}} not taking lithium again, wants dr {{NAME:haas}} to call back. {{PHONE:415-555-0188}}. ok to lv msg.
0840  pharmacy ({{FACILITY:clement st drugs}}) - PA needed for vraylar 1.5 mg for {{NAME:OYELOWO, B}} dob {{DATE:3/3/88}}. fax form to {{FAX:415-555-0189}}
0915  {{NAME:t. mcbride}} - cancel {{DATE:1/10}} appt, car broke down. resched to {{DATE:1/17}} 1pm w/ {{NAME:jen}}.
1002  officer {{NAME:pham}}, {{FACILITY:SFPD Taraval Station}}, re welfare check on {{NAME:ruben alcantar}} - pt not home, neighbor says moved to {{LOCATION:daly city}}? call {{PHONE:415-555-0120}} badge {{ID:2291}}
1130  {{NAME:hassan}} from {{FACILITY:Mission Street Shelter}} - client {{NAME:Jimenez}} ("{{NAME:J-Bird}}") lost his invega appt card, what day? (told: {{DATE:1/14}} 10:30, w/o disclosing more, he has ROI? -> checked, yes)
1245  billing Q: acct {{ACCOUNT:88-201744}} copay dispute, transferred to {{NAME:marisol}}
-{{NAME:dl}}`,

  `BIOPSYCHOSOCIAL ASSESSMENT (excerpt) - Residential Intake
{{FACILITY:Mesa Verde Recovery Ranch}}   Intake {{DATE:08.05.2024}}   Client {{NAME:Lopez-Whitehat, Cheyenne}}   ID {{MRN:MVR-1144}}

SUBSTANCE USE HX
Substance        Age 1st use   Pattern last 30 d           Route   Last use
Alcohol          13            weekends, 10+ drinks         PO      {{DATE:8/2/24}}
Methamphetamine  17            daily ~0.5 g                 smoke   {{DATE:8/4/24}}
Fentanyl         22            2-3x/wk "blues"              smoke   {{DATE:7/30/24}}
Cannabis         12            daily                        smoke   {{DATE:8/4/24}}

FAMILY/SOCIAL
Born in {{LOCATION:Shiprock}}, raised by grandmother {{NAME:Irene Whitehat}} until age 11, then foster care in {{LOCATION:Farmington}}. Mother ({{NAME:Darlene}}) died of ETOH cirrhosis 2015. One son, {{NAME:Kaiden}}, 4, with paternal grandparents in {{LOCATION:Gallup}}; custody hearing pending, caseworker {{NAME:Tully}}.
Education: GED 2018 via {{FACILITY:Four Corners Adult Learning Center}}. Employment: last worked Spring 2023 at {{FACILITY:Animas Valley Mall}} food court.
Legal: probation (possession), PO {{NAME:D. Yellowhorse}}. No pending charges.
Spiritual: wants to attend sweat lodge; referred to cultural liaison {{NAME:Herman Tso}}.`,

  `PSYCHOLOGICAL EVALUATION - SUMMARY OF FINDINGS
Examinee: {{NAME:Fitzgerald, Niamh A.}}   DOB {{DATE:07/07/2003}}   Dates of testing: {{DATE:3/11/2025}} and {{DATE:3/13/2025}}
Referral: Dr. {{NAME:Obuya}}, outpatient psychiatry, re: ADHD vs. substance-induced attention problems
Examiner: {{NAME:Jonathan Reisz}}, PsyD, licensed psychologist (lic. {{LICENSE:PSY-31884}})

Tests: WAIS-IV, CPT-3, Conners CAARS (self + observer: roommate {{NAME:Chloe Baptiste}}), PAI, AUDIT, DAST-10, Rey 15-item.
Results: FSIQ 108; WMI 94; PSI 89. CPT-3 omissions T=61, commissions T=52, HRT T=63. CAARS DSM inattentive T=72 (self), 58 (observer). PAI valid; elevations DRG 74, ANX 68. DAST-10 = 6 (cannabis daily since fall 2021).
School records from {{FACILITY:St. Columba's Academy}} show no attention concerns through grade 12.
Impression: attention complaints best accounted for by cannabis use disorder, moderate, and generalized anxiety; ADHD not established. Stimulants not recommended at this time.
Feedback session held {{DATE:3/27/25}} with examinee; report released to Dr. {{NAME:Obuya}} only.`,

  `CLOZAPINE MONITORING - {{FACILITY:Eastside Community Mental Health}} clozapine clinic
Pt {{NAME:Aleksandrov, Viktor}}   DOB {{DATE:11-14-1979}}   MRN {{MRN:EC-00881}}   REMS pt ID {{ID:CR-4417620}}
Dose: clozapine 350 mg/day (100 AM / 250 HS). Started {{DATE:06/2019}}. Monitoring: monthly ANC.

Date        ANC (x10^3/uL)   WBC   Status      Dispensed   Pharmacy
{{DATE:2025-01-08}}  2.9              5.1   normal      28 d        {{FACILITY:Cherry Hill Pharmacy}}
{{DATE:2025-02-05}}  1.6              3.9   mild neutropenia, recheck 3x/wk
{{DATE:2025-02-07}}  1.8              4.2   mild
{{DATE:2025-02-10}}  2.4              4.8   normal      7 d         {{FACILITY:Cherry Hill Pharmacy}}

Comment: benign ethnic neutropenia not suspected. Mild URI week of {{DATE:2/3}}. Hematology (Dr. {{NAME:Sandhu}}) consulted by phone, no action.
Side effects: sialorrhea, constipation (on senna/docusate), wt +1.5 kg. Clozapine level {{DATE:1/8}}: 410 ng/mL, norclozapine 220.
Sister {{NAME:Olga}} manages meds (blister packs). She can be reached at {{PHONE:(216) 555-0177}}.
{{NAME:Hae-won Choi}}, PharmD, BCPP`,

  `ECT PROCEDURE NOTE - Treatment #7 (index course)
Pt: {{NAME:Montgomery, Eugenia}}   Age 71   MRN {{MRN:UH-5512093}}   {{FACILITY:University Hospital}} ECT suite
Date: {{DATE:10/22/2024}}   Time-out 0742
Indication: MDD, recurrent, severe with psychotic features (mood-congruent nihilistic delusions), failed venlafaxine + aripiprazole.
Consent: pt (capacity confirmed) + son {{NAME:Reginald Montgomery}} present for first tx.
Anesthesia: methohexital 80 mg, succinylcholine 60 mg; Dr. {{NAME:Kaczmarek}} (anesthesia).
Device: Thymatron System IV, serial {{DEVICE:TXIV-041877}}. RUL ultrabrief, 0.3 ms, 50% energy.
Seizure: motor 32 s (cuff), EEG 48 s, good postictal suppression. HR peak 118, BP peak 176/94 -> labetalol 10 mg.
Recovery: reoriented at 25 min, mild headache, acetaminophen 650 mg.
MoCA today 24 (baseline 26). HAM-D 17 (baseline 34).
Next tx {{DATE:Friday 10/25}}. Transport from {{FACILITY:Brookhaven Senior Living}} arranged.
{{NAME:Rosalind Agyeman}}, MD, ECT attending`,
  `INTAKE MENTAL HEALTH SCREEN - {{FACILITY:Marion County Adult Detention Center}}
Booking # {{ID:B25-006613}}   SO # {{ID:448120}}   Booked {{DATE:01/21/2025 0215}}
Name: {{NAME:PETTIGREW, LEON D}}   AKA "{{NAME:Smoke}}"   DOB {{DATE:05/16/1987}}   Housing: intake holding 2
Screener: {{NAME:A. Karimi}}, QMHP

Current psych meds (per pt): Depakote ER 1000 mg, Seroquel 200 mg - "ran out like 2 weeks ago." Prescriber: {{FACILITY:Midtown Community Mental Health}}, Dr. {{NAME:Gaines}}. Verified w/ {{FACILITY:Midtown CMHC}} on-call {{PHONE:317-555-0117}} at 0340.
Substance: fentanyl daily, last use ~2200 yesterday; ETOH occasional. COWS 7 at 0300.
Suicide screen: prior attempt 2019 (hanging, jail in another county). Current SI denied. Recent loss: brother {{NAME:Terrell}} died of OD {{DATE:12/30/24}}.
Disposition: refer to MH housing, suicide watch level 2 (q15) pending psych eval; opioid withdrawal protocol; MOUD eval by {{FACILITY:Correctional Care Partners}}-contracted provider in AM.
Emergency contact: girlfriend {{NAME:Shanice Lowe}} {{PHONE:317-555-0153}}.
Copies: medical, classification.`,

  `CRISIS STABILIZATION UNIT - PROGRESS NOTE (day 2)
{{FACILITY:Coastal Bend Crisis Center}}   Chair 4   {{DATE:06-18-2024}}
Consumer: {{NAME:Garza, Esteban}}   MRN {{MRN:CBC-330918}}   Status: voluntary   Adm {{DATE:06-17-2024 1420}}

S: "I feel less like the walls are closing." Slept 5 h. Ate breakfast. Reports wife {{NAME:Marisol}} texted she is staying at her mother's in {{LOCATION:Kingsville}} "for now."
O: A&Ox4, improved eye contact, mood "eh", affect constricted but reactive. Denies SI/HI/AVH. No PRNs overnight. BAC neg, UDS + cocaine (adm).
A: adjustment d/o w/ depressed mood, cocaine use d/o mild. Acute risk now low; chronic risk moderate (male, access to hunting rifle - now secured at cousin {{NAME:Beto}}'s ranch per pt and cousin by phone {{PHONE:361-555-0140}}).
P: d/c today 1500. Safety plan reviewed. Outpt appt {{FACILITY:Nueces Behavioral Clinic}} {{DATE:6/21}} w/ {{NAME:Lorena Trevino}}, LPC. Peer specialist {{NAME:Andre Batiste}} to call {{DATE:6/19}}. Employer ({{FACILITY:Port Aransas Marine Supply}}) FMLA paperwork given.
{{NAME:Wendell Ashby}}, LCSW-S`,

  `CONTINGENCY MANAGEMENT - PRIZE DRAW LOG (stimulant use d/o)
Client: {{NAME:Reyes-Ibarra, Natalia}}   ID {{MRN:CM-0229}}   Program: {{FACILITY:Sunrise Health Collaborative}}, {{LOCATION:Fresno}}
Start {{DATE:4/1/24}}   Counselor {{NAME:J. Vang}}

Wk  Date      UA (coc/amph)   Draws   Prize(s)                       Init
1   {{DATE:4/1}}       neg/neg          1       "good job" slip                 {{NAME:JV}}
1   {{DATE:4/4}}       neg/neg          2       $5 gift card                   {{NAME:JV}}
2   {{DATE:4/8}}       neg/POS          0       -- reset                        {{NAME:JV}}
2   {{DATE:4/11}}      neg/neg          1       slip                            {{NAME:MK}}
3   {{DATE:4/15}}      neg/neg          2       slip, $20 (large)               {{NAME:JV}}
3   {{DATE:4/18}}      neg/neg          3       slip x2, $5                     {{NAME:JV}}
4   {{DATE:4/22}}      absent           0       -- reset (no UA)                {{NAME:MK}}

Running total YTD $30 of $599 federal cap.
{{DATE:4/22}}: client texted from {{PHONE:559-555-0169}} that her kids' dad ({{NAME:Alonzo}}) took the car, no ride. Offered bus pass. {{NAME:MK}} = {{NAME:Mai Kue}}, CHW.`,

  `DRUG COURT STATUS REPORT - week of {{DATE:9/16/2024}}
{{FACILITY:Jefferson County Adult Drug Court}}   Judge {{NAME:Harlan Whitcomb}}   Treatment provider: {{FACILITY:Bluegrass Recovery Alliance}}
Prepared by: {{NAME:Mariah Dunbar}}, CADC, court liaison   {{EMAIL:mdunbar@bgra.example.org}}

Participant           Docket          Phase  Tx attend  UDS (last 7d)          Sobriety date   Rec.
{{NAME:Abbott, Kyle}}          {{ID:23-CR-00912}}     2      3/3        neg x2                  {{DATE:05/02/24}}        praise
{{NAME:Cruz, Daniela}}         {{ID:24-CR-00188}}     1      2/3        dilute x1               {{DATE:08/21/24}}        reminder
{{NAME:Hutchinson, Ray "Bo"}}  {{ID:22-CR-01377}}     3      1/1        neg                     {{DATE:11/30/23}}        phase up
{{NAME:N'Diaye, Moussa}}       {{ID:24-CR-00404}}     1      0/3        missed x2 (no call)     --              sanction

Notes: {{NAME:Cruz}} started job at {{FACILITY:Derby City Concessions}}; requests schedule change.
{{NAME:N'Diaye}}: per mother, in {{FACILITY:Oldham Ridge Hospital}} ED {{DATE:9/14}}; unverified, ROI requested.`,

  `CARING CONTACTS / POST-DISCHARGE FOLLOW-UP CALL
Pt: {{NAME:Henrietta "Hattie" Bloom}}   MRN {{MRN:WP-780431}}   D/C from {{FACILITY:Westpark Hospital}} inpatient psych {{DATE:5/30/25}}
Call #1   {{DATE:05/31/2025 16:05}}   to {{PHONE:(503) 555-0126}}

Reached pt. She's home at {{ADDRESS:311 SE Ankeny St, #4}}, daughter {{NAME:Rachel}} staying through the weekend. Picked up meds at {{FACILITY:Belmont Community Pharmacy}} (mirtazapine 15 mg, started {{DATE:5/26}}). Slept "ok". Denies SI, says safety plan is on fridge. Firearm: late husband's revolver surrendered to {{FACILITY:Portland Police Bureau}} {{DATE:May 28}} (property receipt {{ID:PPB-PR-25-11804}}), per daughter.
Appointments: therapy {{NAME:Goldberg}} {{DATE:6/3}} 2 pm, psychiatry {{DATE:6/10}}. Confirmed transport via {{FACILITY:Rose Transit Assist}}.
Reminded of 988 and crisis line. Next call {{DATE:6/7}}; then postcard series (12) to mailing address.
{{NAME:Theodore Wan}}, BSW, transitions specialist`,

  `CRISIS TEXT CONVERSATION - exported transcript (timestamps local)
Conversation ID {{ID:CTX-7F2A-90114}}   Texter number {{PHONE:555-0191}} (masked in CRM)   Volunteer {{NAME:crisiscounselor_amara}}
[{{DATE:11/30/2024 23:48}}] TEXTER: idk why im doing this
[23:49] CC: I'm really glad you reached out. What's going on tonight?
[23:51] TEXTER: my mom found out im gay and said dont come back. im at my friend {{NAME:tyler}}s but his dad is gonna kick me out
[23:53] CC: That sounds incredibly painful. Are you thinking about suicide?
[23:55] TEXTER: kinda. not like a plan. i just want to sleep forever
[23:58] TEXTER: im 16 btw. in {{LOCATION:lubbock}}
[00:04] CC: Would you be okay with me sharing some places that help LGBTQ youth, like {{FACILITY:Hub City Youth Haven}}?
[00:07] TEXTER: ok. can u not call the cops
[00:09] CC: ... (safety plan steps 1-4)
[00:31] TEXTER: {{NAME:tyler}}s mom said i can stay til {{DATE:monday dec 2}}. thank u
Risk: low-moderate, no imminent. Supervisor {{NAME:Reggie O.}} reviewed {{DATE:12/1/2024 00:40}}. No active rescue.`,

  `WARMLINE CALL NOTE (peer-run, non-crisis)
{{FACILITY:Peer Connect Warmline}}   Shift 1600-2200   Peer: {{NAME:Dolores "Dee" Kaminski}}
Date: {{DATE:Saturday 2/22/2025}}   Call #7   1912-1948
Caller: regular caller "{{NAME:Walt}}" (first name only, per his preference), ~60s, lives alone in {{LOCATION:Scranton}}

{{NAME:Walt}} called about loneliness; his dog passed last month. Talked about his old job at {{FACILITY:Lackawanna Steel & Wire}} and his friend {{NAME:Sully}} from the VFW who "doesn't call anymore." No SI voiced; asked directly, he said "no, nothing like that, I just need to hear a voice."
Shared my own story of grief (appropriate self-disclosure). He agreed to go to the Sunday coffee at {{FACILITY:Holy Rosary Hall}} and maybe the grief group at {{FACILITY:Keyser Valley Senior Center}} on {{DATE:3/4}}.
Follow-up: he knows our hours. No referral to crisis needed.
Supervisor check-in: {{NAME:Ngozi}} (by text {{PHONE:570-555-0135}}) 2000.
{{NAME:DK}}`,

  `INTERFACILITY TRANSFER SUMMARY - to state psychiatric hospital
From: {{FACILITY:Mercy Ridge Medical Center}} Behavioral Health, 3N   To: {{FACILITY:Little Dixie State Psychiatric Hospital}}
Pt: {{NAME:Fairweather, Corbin L.}}   DOB {{DATE:Oct 12, 1996}}   MRN {{MRN:MR-0558127}}   State hosp # {{MRN:WS-25-0412}}
Court: civil commitment order {{DATE:4/9/25}}, {{FACILITY:Boone County Circuit Court}}, Judge {{NAME:Tillman}}, case {{ID:25-MH-0093}}; 90-day.
Course: 23 days inpatient for schizophrenia with persistent command AH, assaultive x2 ({{DATE:3/22}}, {{DATE:4/1}}). Trials: risperidone 6 mg (partial), olanzapine 20 mg (refused after 10 days). Clozapine discussed, pt refused. Petition for involuntary meds: hearing was set {{DATE:4/16}}, pending at receiving facility.
Meds at transfer: olanzapine 20 mg qhs (accepting PO), benztropine 1 mg bid, lorazepam 1 mg q6h prn.
Transport: sheriff's deputies, {{DATE:04/14/2025 0900}}, soft restraints per order.
Guardian: none. Mother {{NAME:Anita Fairweather}} {{PHONE:573-555-0125}} aware.
Accepting MD: Dr. {{NAME:Obi Nwachukwu}}. Report RN to RN {{NAME:Sherry Voss}} -> {{NAME:Ian McTavish}} at 0815.`,
  `UNAUTHORIZED LEAVE (AWOL) REPORT
Facility: {{FACILITY:Stonebrook Residential Treatment}}, {{ADDRESS:4180 County Road 12}}, {{LOCATION:Loveland}}, CO {{ZIP:80537}}
Resident: {{NAME:Jaxon Pryce-Whitley}}   DOB {{DATE:03/28/2008}}   Resident # {{MRN:SRT-0917}}
Legal: placed by {{FACILITY:Larimer County Department of Human Services}}; caseworker {{NAME:Mona Fiorentino}} {{PHONE:970-555-0132}}
Discovered missing: {{DATE:08/03/2024 0615}} bed check (last seen 0300 check, asleep, per night staff {{NAME:Quentin Ames}})

Description: window screen rm 11 pushed out. Peer reported he talked about meeting girlfriend "{{NAME:Kenzie}}" at the {{FACILITY:Loveland Gas-N-Go}} station. Believed to have left in a blue 2011 Honda Civic, CO plate {{VEHICLE:BXR-J71}}, belonging to her older brother.
Clothing: grey hoodie, black joggers. Height 5'10", 140 lb. Hx: cannabis, vaping, self-harm (cutting).
Notifications: 911 / {{FACILITY:Loveland PD}} 0622, report # {{ID:LPD-24-18840}}; caseworker 0630; mother {{NAME:Stacy Pryce}} 0635; Program Director Dr. {{NAME:Ilse Brandt}} 0640.
Returned: {{DATE:8/3/24 1410}} by LPD from {{LOCATION:Fort Collins}}. Medical check: no injuries, UDS collected.
Author: {{NAME:Rosa Mendez}}, shift supervisor`,

  `DUI / IMPAIRED DRIVING ASSESSMENT (ASAM, state level II education vs treatment)
Client: {{NAME:Callahan, Brendan P.}}   DOB {{DATE:12-02-1990}}   OL # {{LICENSE:C450-2288-1907}}
Referral: {{FACILITY:Dane County Circuit Court}}, case {{ID:2024TR004417}}; arrest {{DATE:10/5/24}}, BAC 0.16
Interlock: Smart Start SSI-20/30, serial {{DEVICE:SSI-8830147}}, installed {{DATE:11/1/24}} on 2019 Ram 1500 VIN {{VEHICLE:1C6SRFFT7KN551208}}
Assessor: {{NAME:Ingrid Solberg}}, CSAC   Date {{DATE:11/19/2024}}

AUDIT 21. MAST 9. Drinks 5-8 beers 4 nights/wk at {{FACILITY:The Rusty Anchor}} after shifts at {{FACILITY:Badger Ready-Mix}}. Prior OWI 2016. Interlock log shows 3 failed starts (0.04, 0.06, 0.05) on {{DATE:11/9}}, {{DATE:11/15}} mornings.
Dx: alcohol use d/o, moderate (F10.20).
Rec: outpatient tx 16 wks (ASAM 1.0), naltrexone eval, victim impact panel, no driving without interlock. Wife {{NAME:Shauna}} supportive.
Report to DMV driver safety plan, plan # {{ID:DSP-24-61102}}; cc {{FACILITY:Madison Alcohol & Drug Services}}.`,

  `NALOXONE DISTRIBUTION - outreach van log  {{DATE:07/27/2024}}  Route: {{LOCATION:Huntington}} east end
Staff: {{NAME:Kiara Bledsoe}} (driver), {{NAME:Paulie Dorsey}} (peer)
Kits: Narcan 4 mg nasal, lot 4F2219 exp 02/2027; fentanyl test strips lot FT-0424.

Time   Location                              Recipient (code/first name)   Kits  FTS  Notes
1010   {{ADDRESS:Hal Greer Blvd & 8th Ave}}            {{NAME:Shorty}}                      2     10   reversed someone {{DATE:Tue 7/23}}
1045   {{FACILITY:Fairfield Tower apartments}}           code {{ID:HU-0811}}                     1     5
1130   {{LOCATION:Ritter Park}} shelter area          Miss {{NAME:Ann}}                   3     0    asked re: detox bed
1215   {{FACILITY:Harmony House}} (day center)           12 people, group training     12    20
1340   {{ADDRESS:1400 blk of 3rd Ave}}                 {{NAME:D.J.}}                      1     5    wound on calf, referred
1500   back at {{FACILITY:Cabell Harm Reduction Hub}}

Reversal reports this shift: 1 (reported by {{NAME:Shorty}}; EMS not called). Referrals: 2 to {{FACILITY:Marshall St Bridge Clinic}} (bupe same-day).
Total kits 19. Sign: {{NAME:KB}}`,

  `From: {{NAME:Caroline Ashworth-Lee}} <{{EMAIL:cashworth@evergreenacademy.example.org}}>
Sent: {{DATE:Friday, January 10, 2025 4:52 PM}}
To: {{NAME:Greg}} and {{NAME:Tanya Morrow}}
Subject: Weekly update - {{NAME:Lily}}

Hi {{NAME:Greg}} and {{NAME:Tanya}},
Quick update for week 6. {{NAME:Lily}} had a strong week at {{FACILITY:Evergreen Academy}} school (A- on her biology lab!) and earned Level 3, which means her first off-campus pass on {{DATE:1/18}} if you're able to come to {{LOCATION:Bozeman}}.
In DBT skills group she's using TIPP and opposite action when urges come; no self-harm since {{DATE:12/21}}. She did have a hard night Tuesday after a call with her friend {{NAME:Ava}} from home and asked staff for the ice pack, which is exactly what we want.
Medication: Dr. {{NAME:Thornquist}} increased fluoxetine to 30 mg on {{DATE:1/8}}.
Family therapy is {{DATE:Wed 1/15}} at 3:00 PT via the usual link ({{URL:https://meet.evergreenacademy.example.org/fam-morrow}}).
Warmly,
{{NAME:Caroline}}
{{NAME:Caroline Ashworth-Lee}}, LCPC | Primary Therapist | {{PHONE:406-555-0189}}
CONFIDENTIALITY NOTICE: This email may contain protected health information...`,

  `ACT TEAM CONTACT NOTE
Team: {{FACILITY:Riverside ACT Team B}}   Staff: {{NAME:Oksana Petrenko}}, RN & {{NAME:Marcus Lee}}, peer
Consumer: {{NAME:Bellamy, Octavia}}   ID {{MRN:RACT-0461}}   Contact {{DATE:02/14/2025}} 1030-1115, home visit
Address: {{ADDRESS:72 Chestnut St, 2nd floor rear}}, {{LOCATION:Holyoke}}, MA

Observed: apt cluttered, food in fridge, cat fed. Consumer in robe, pleasant, mildly disorganized. States "the radio people are quieter since my shot." Fluphenazine decanoate 37.5 mg IM given L deltoid (lot 31124C), tolerated. AIMS 2 (lip). BP 134/86.
Money mgmt: rep payee {{FACILITY:Pioneer Valley Payee Services}} - checked balance ($212), gave weekly $60.
Housing: landlord Mr. {{NAME:Ferraro}} left note on door re: smoke detector; we replaced battery.
Upcoming: PCP {{DATE:2/20}} at {{FACILITY:Holyoke Family Medicine Associates}} for A1c (7.9 on {{DATE:11/2024}}); team will transport.
Risk: none noted. Next contact {{DATE:2/17}}.`,

  `STREET OUTREACH NOTE
Outreach worker: {{NAME:Benedikt Hofer}}, with {{NAME:Tamika Greene}} (nurse)   {{DATE:1/3/25}}   0630-0900   temp 19F
Client: "{{NAME:Pops}}" / {{NAME:Wendell Obi}} (name per HMIS {{ID:HMIS-558012}}), est. 60s
Location: under the {{ADDRESS:I-94 overpass at Snelling Ave}}, {{LOCATION:St. Paul}}

Found in tent, alert, oriented x3, hands cold. Declined shelter at {{FACILITY:Mercy Haven Shelter}} ("too many people, they steal"). Accepted sleeping bag, hand warmers, socks, 2 Narcan. Says he still drinks "a pint, maybe two." No withdrawal signs. Foot: R great toe dusky - nurse advised ED; declined. Will revisit this afternoon.
Hx per HMIS: schizophrenia, was at {{FACILITY:Metro Regional Treatment Center}} {{DATE:2022-09}}. Has a sister {{NAME:Gloria}} in {{LOCATION:Minneapolis}}, number lost.
Plan: cold weather emergency protocol; ask {{FACILITY:Ramsey County Mobile Crisis}} for evaluation if refuses again and temp < 0.
Coordinated entry assessment score (VI-SPDAT) 14.`,
  `GUEST MEDICATION (COURTESY DOSING) REQUEST -- FAX
To: {{FACILITY:Gulf Shores Methadone Clinic}}   Attn: nursing   Fax {{FAX:(251) 555-0186}}
From: {{FACILITY:Piedmont Treatment Associates}}, {{ADDRESS:1205 Reidsville Rd}}, {{LOCATION:Winston-Salem}}, NC {{ZIP:27105}}
Ph {{PHONE:336-555-0172}}   Fax {{FAX:336-555-0173}}   Sent {{DATE:06/24/2025 10:18 AM}}

Patient: {{NAME:Farrell, Audrey Lynn}}   DOB {{DATE:1/11/1981}}   Our ID {{MRN:PTA-44019}}
Photo attached: {{PHOTO:guest_farrell_face_0624.jpg}}
Guest dates requested: {{DATE:6/30/25}} through {{DATE:7/6/25}} (family vacation, {{LOCATION:Orange Beach}})
Current dose: methadone 115 mg liquid daily; last observed dose here {{DATE:6/29/25}} AM.
Take-home status: none during guest dosing.
Last UDS {{DATE:6/17/25}}: methadone only. Last EKG {{DATE:2/3/25}}: QTc 452.
Allergies: codeine (rash). Other meds: gabapentin 300 mg tid, sertraline 50 mg.
Program physician: Dr. {{NAME:Lucien Broussard}}, DEA {{LICENSE:BB8840217}}
Nurse contact for questions: {{NAME:Tasha Whitlow}}, RN
Please fax dosing confirmation at end of stay.`,

  `ADDICTION MEDICINE CONSULT (inpatient)
Pt: {{NAME:Sandoval-Ruiz, Marco Antonio}}   MRN {{MRN:40881273}}   Rm 7112   {{FACILITY:Treasure Valley Regional Medical Center}}
Requesting: Dr. {{NAME:Fong}} (ID) re: OUD in pt with MSSA tricuspid endocarditis, needs 6 wks IV cefazolin
Date {{DATE:2024-12-04}}

HPI: 29M injecting fentanyl + meth ~4 yrs. Admitted {{DATE:11/30}} with fevers, septic emboli. Left {{FACILITY:Canyon View Hospital}} AMA in {{DATE:October}} when withdrawal was undertreated. Currently COWS 11, on oxycodone 10 mg q4h prn from primary team. Wants treatment: "I don't want to leave this time."
Other: lives w/ girlfriend {{NAME:Destiny}} in {{LOCATION:Nampa}}; works roofing for {{FACILITY:Snake River Roofing}} (paid cash). HCV RNA+.
Recs:
1. Start buprenorphine via low-dose (micro) induction: 0.5 mg SL q12h day 1, escalate per protocol; continue full agonist during overlap.
2. Short-acting opioids for pain ok; consider methadone if induction fails.
3. OPAT not advised with PICC + active use; discuss {{FACILITY:Boise Skilled Nursing & Rehab}} vs. dalbavancin.
4. Bridge to {{FACILITY:Payette Recovery Clinic}} (Dr. {{NAME:Amundsen}}) at d/c; appt requested.
5. Naloxone + FTS at d/c.
{{NAME:Hiroshi Tanabe}}, MD, addiction medicine   pgr {{PHONE:6612}}`,

  `OB / ADDICTION INTEGRATED VISIT  -  {{FACILITY:Lowcountry Women's Health}} MOMS program
{{NAME:Jenkins, Tabitha}}   DOB {{DATE:09/25/1998}}   MRN {{MRN:LWH-301228}}   G3P1011 @ 29w2d   EDD {{DATE:11/14/2024}}
Visit {{DATE:8/22/24}}

OUD on methadone 85 mg/d via {{FACILITY:Ashley River OTP}} (split dosing discussed for 3rd trimester). Last illicit use {{DATE:April 2024}}. UDS today: methadone, EDDP only.
Fundal height 29 cm, FHT 142. BP 112/70. No edema. GCT 121.
Psych: EPDS 11; anxious about DSS involvement and NICU. Counseled on NOWS, Eat-Sleep-Console, rooming-in and breastfeeding on methadone (encouraged) at {{FACILITY:Cooper Bay Birthing Center}}. Plan of safe care started with social work ({{NAME:Yvette Pinckney}}, LMSW).
Support: partner {{NAME:Darius Middleton}}, on bupe at same clinic; her mother {{NAME:Loretta Jenkins}} in {{LOCATION:Summerville}} to help after delivery. Older child {{NAME:Jaylen}} (3) in daycare at {{FACILITY:Little Lambs Learning Center}}.
Tdap today (lot U7781AA). Next: growth US {{DATE:9/5}}, MFM Dr. {{NAME:Okwuosa}}.
{{NAME:Rebekah Tolliver}}, CNM / Dr. {{NAME:Amir Sadeghi}}, addiction medicine`,

  `PATIENT GRIEVANCE - intake form (completed by patient advocate)
Grievance # {{ID:GR-2025-0147}}   Received {{DATE:Mar 18 2025}}   Method: in person
Patient: {{NAME:Haverford, Quincy}}   MRN {{MRN:BH-662019}}   Unit at time of event: {{FACILITY:Cypress Unit}}
Contact: {{PHONE:555-0159}}, {{EMAIL:qhaverford77@inbox.example.net}}
Complaint (patient's words): "On {{DATE:March 11}} night shift tech {{NAME:Brandon}} (tall, beard) laughed at me when I asked for my inhaler and said I was faking for attention. Then the nurse, Ms. {{NAME:Ogundipe}}, said I'd get it in the morning. I couldn't breathe right until 4am. My roommate {{NAME:Tobias}} saw it."
Requested resolution: apology, staff training, my inhaler kept at nurses station not locked in pharmacy.
Advocate actions: acknowledged receipt in writing {{DATE:3/18/25}} (within 7 days per policy); forwarded to nurse manager {{NAME:Lynette Carrow}} and risk mgmt; med record reviewed - albuterol MDI order present, PRN not given 2310-0600, no documentation of request.
Response due by {{DATE:04/17/2025}}. Pt informed of right to contact state protection & advocacy agency and the accreditor.
Advocate: {{NAME:Fernando Quiroga}} ext {{PHONE:3310}}`,

  `INDIVIDUAL SERVICE PLAN - 90-DAY REVIEW
Client: {{NAME:Washington, Deshawn M.}}   DOB {{DATE:4/4/1995}}   Record # {{MRN:CCS-18844}}
Program: {{FACILITY:Crossroads Counseling Services}} outpatient SUD   Review date: {{DATE:07-01-2024}}   Next: {{DATE:09-30-2024}}
Dx: F15.20 stimulant (meth) use d/o, mod; F43.10 PTSD. ASAM level 1.0 (stepped down from 2.1 {{DATE:5/15/24}}).

Goal 1 (client's words): "Stay clean so I can get my daughter back."
  Obj 1a: attend 2 groups/wk -> MET (22/24)
  Obj 1b: negative UDS -> PARTIAL (1 + meth {{DATE:6/8}}, disclosed)
  Obj 1c: identify 3 coping skills for triggers near {{ADDRESS:Beech St & 14th}} -> MET
Goal 2: "Get my own place."
  Obj 2a: apply for {{FACILITY:Maple Court Housing}} -> MET, waitlist #38
  Obj 2b: keep job at {{FACILITY:Riverfront Car Wash}} -> MET
Goal 3: trauma tx - CPT with Dr. {{NAME:L. Ferreira-Dunn}}, session 6 of 12 -> ONGOING
Family: daughter {{NAME:Nevaeh}} (5) in kinship care w/ aunt; supervised visits Saturdays; FCM {{NAME:Greta Lindstrom}}.
Client participated in review and agrees.
Client signature: {{NAME:D. Washington}} {{DATE:7/1/24}}   Clinician: {{NAME:Ramona Escobedo}}, LCSW {{DATE:7/1/24}}   Supervisor: {{NAME:P. Nakamura}}, LCSW-C`,

  `TOXICOLOGY REPORT - DEFINITIVE (LC-MS/MS)
{{FACILITY:Northstar Clinical Toxicology}}   CLIA 24D0987654   {{ADDRESS:455 Industrial Blvd NE}}, {{LOCATION:Minneapolis}} MN {{ZIP:55413}}
Patient: {{NAME:LEFEBVRE, GENEVIEVE}}   DOB: {{DATE:08/08/1974}}   Sex: F
Accession: {{ID:NCT-25-0418822}}   Collected: {{DATE:04/14/2025 09:05}}   Received: {{DATE:04/15/2025 07:40}}   Reported: {{DATE:04/16/2025 15:12}}
Ordering: {{NAME:SAMUELSON, ERIK}} MD, {{FACILITY:Lake Street Recovery Clinic}}   Acct {{ACCOUNT:LSRC-0092}}
Specimen: urine; creatinine 88 mg/dL; SG 1.018; pH 6.0 (valid)

ANALYTE              RESULT     CUTOFF   UNITS
Buprenorphine        POS 42     5        ng/mL
Norbuprenorphine     POS 118    5        ng/mL
Naloxone             POS 31     5        ng/mL
Fentanyl             NEG        1        ng/mL
Norfentanyl          NEG        1        ng/mL
Methamphetamine      NEG        100      ng/mL
Gabapentin           POS >5000  1000     ng/mL
Ethyl glucuronide    NEG        500      ng/mL

Comment: norbuprenorphine/buprenorphine ratio consistent with ingestion. Gabapentin not on med list provided.
Reviewed by: {{NAME:M. Oyelaran-Fitch}}, PhD, DABCC`,

  `PRIOR AUTHORIZATION REQUEST - Medication (behavioral health)
Plan: UnitedHealthcare Community Plan   Member ID {{HEALTH_PLAN:UHC-932041177-01}}
Member: {{NAME:Thibault, Jean-Marc}}   DOB {{DATE:10/03/1986}}   Phone {{PHONE:(504) 555-0131}}
Prescriber: {{NAME:Nadia Boudreaux}}, MD   NPI {{LICENSE:1588204473}}   Office {{FACILITY:Crescent City Psychiatry}}   Fax {{FAX:504-555-0130}}
Drug: Lybalvi (olanzapine/samidorphan) 10/10 mg daily, qty 30
Dx: F20.0 schizophrenia; F10.20 alcohol use disorder
Clinical rationale: 2 prior antipsychotic trials - risperidone 4 mg (2021) and aripiprazole 15 mg (2023) - inadequate response. Olanzapine 15 mg effective ({{DATE:11/2023-6/2024}}) but 11 kg weight gain, A1c 6.1. Samidorphan to mitigate weight gain; note: pt NOT on opioids (PDMP {{DATE:1/12/25}} clear), not on naltrexone.
Urgency: standard.
Signature: {{NAME:N. Boudreaux}}   {{DATE:01/13/2025}}
Fax to plan PA dept 1-866-555-0100. Reference # {{ID:PA-LA-250113-5528}}`,
  `CONSERVATORSHIP INVESTIGATION - PSYCHIATRIC DECLARATION (LPS)
{{FACILITY:Superior Court of California, County of Sacramento}}   Case No. {{ID:24PR-LPS-00582}}
Proposed conservatee: {{NAME:Vo, Quang Minh}}   DOB {{DATE:02/17/1970}}   Currently at {{FACILITY:Sierra Foothills Psychiatric Health Facility}}
Public Conservator deputy: {{NAME:Lorraine Espinoza-Hale}}   {{PHONE:916-555-0138}}

I, {{NAME:Wilhelm Schaefer}}, M.D., declare: I examined Mr. {{NAME:Vo}} on {{DATE:October 2, 2024}} and {{DATE:October 9, 2024}}. He has schizophrenia, chronic. Since {{DATE:July 2024}} he has been hospitalized on 5150/5250/temporary conservatorship. He does not accept that he has an illness, states he is "the owner of every house on {{ADDRESS:Stockton Boulevard}}," and cannot identify how he would obtain food or shelter; prior placement at {{FACILITY:Golden Bough Board & Care}} ended after he left and was found 3 days later near the {{LOCATION:American River}}, hypothermic.
His son, {{NAME:Andrew Vo}} of {{LOCATION:Elk Grove}}, is willing to visit but cannot provide care.
In my opinion he is gravely disabled and a conservatorship is necessary. Recommended placement: locked IMD, {{FACILITY:Valley Oaks MHRC}}.
I declare under penalty of perjury the foregoing is true. Executed {{DATE:10/10/2024}} at {{LOCATION:Sacramento}}, California.
/s/ {{NAME:W. Schaefer}}, MD   CA lic {{LICENSE:G 118402}}`,

  `DETOX - AGAINST MEDICAL ADVICE DISCHARGE
{{DATE:12/29/2024 22:50}}   pt {{NAME:Kruger, Anneliese}} (MRN {{MRN:DT-55102}}), day 2 of 5-day alcohol WM, bed 14
pt demanding to leave, states her boyfriend {{NAME:Wade}} is outside in the lot (white F-150, plate {{VEHICLE:TN 8TR-4471}}) and she "has to get home to the kids." CIWA at 2200 was 12, last librium 2130.
RN {{NAME:Obinna Eze}} and on-call Dr. {{NAME:Marquardt}} ({{PHONE:865-555-0161}}) spoke w/ pt at bedside. Risks explained incl seizure, DTs, death, and driving risk (she is not driving). Pt alert, oriented x4, able to repeat risks back, has capacity. Not meeting criteria for emergency hold.
Offered: stay overnight; outpatient librium taper (declined, "I'll just drink a little"); Narcan N/A. Gave thiamine 100 mg PO, printed list of {{FACILITY:Knox Area AA}} meetings and crisis #. Encouraged ED if shakes/hallucinations.
AMA form signed 2305. Belongings returned (phone, $37, ring). Left w/ {{NAME:Wade}} 2312.
Called sister {{NAME:Heidi Kruger}} ({{PHONE:865-555-0199}}) per existing ROI at 2320 - no answer, left brief msg to call.
{{NAME:O. Eze}}, RN`,

  `RE: RE: coordination - {{NAME:M. Delgado}} (shared pt)
From: {{NAME:Sunita Rao}} <{{EMAIL:srao@valleyfqhc.example.org}}>
To: {{NAME:Jeremy Whitlock}} <{{EMAIL:jwhitlock@oasisrecovery.example.com}}>
Date: {{DATE:Mon 3/17/2025 9:14 AM}}

Thanks {{NAME:Jeremy}}. I saw {{NAME:Mercedes}} Friday - she said the 12 mg bupe is holding her till about 4pm. I'm fine with 16 mg if you are, I'll send to {{FACILITY:Plaza Drug}} today. A1c is 9.2 so we're restarting metformin; she asked that we not share that w/ her PO.

> From: {{NAME:Jeremy Whitlock}}
> Sent: {{DATE:Fri 3/14/2025 4:47 PM}}
> {{NAME:Sunita}} - {{NAME:Mercedes Delgado}} (DOB {{DATE:6/2/86}}) missed group Tue and Thu. Says cravings late afternoon, used once {{DATE:3/9}} (fent). UDS {{DATE:3/11}} confirmed. Can we talk about dose? Also her PO {{NAME:Arturo Benavides}} ({{FACILITY:Hidalgo County CSCD}}) is asking for a letter - ROI covers attendance only.
> {{NAME:Jeremy Whitlock}}, LCDC | {{FACILITY:Oasis Recovery Center}} | {{PHONE:956-555-0109}}

--
{{NAME:Sunita Rao}}, MD | {{FACILITY:Valley Family Health Center}} | {{PHONE:956-555-0150 x214}}`,

  `SMART Recovery - meeting sign-in / facilitator notes (copy kept for IOP credit)
Meeting: Tuesday 6:30pm, {{FACILITY:Grand Avenue Public Library}} room B, {{LOCATION:Des Moines}}
Date: {{DATE:10.08.24}}   Facilitator: {{NAME:Bart V.}}   Co: {{NAME:Nkechi}}

#   Name (first/initial ok)   Verify?   Program / counselor
1   {{NAME:Holly R.}}                 Y         {{FACILITY:Polk County IOP}} / {{NAME:Teague}}
2   {{NAME:Manny}}                    N
3   {{NAME:J.S.}}                     Y         court - PO {{NAME:Klinefelter}}
4   {{NAME:Annika Lund}}              Y         {{FACILITY:Raccoon River Recovery}} / Dr. {{NAME:Osei}}
5   "{{NAME:Tank}}"                   N
6   {{NAME:Priyanka}}                 N

Tools: cost-benefit analysis (CBA), DISARM. Check-in themes: holidays, family, boredom.
{{NAME:Holly R.}} - 41 days, did CBA on going to her brother's wedding with open bar. {{NAME:J.S.}} quiet, left early (bus). {{NAME:Annika}} shared a slip {{DATE:10/5}}, group supportive.
Facilitator signature for verification: {{NAME:Bartholomew Vandersloot}}, SMART facilitator #{{ID:F-20931}}, {{DATE:10/8/24}}
Questions: {{EMAIL:desmoines.smart.tues@groups.example.org}}`,

  `ALUMNI / CONTINUING CARE CALL - 6 months post discharge
Alum: {{NAME:Reginald "Reggie" Osei-Bonsu}}   D/C from {{FACILITY:Hillcrest Lodge}} residential {{DATE:06/12/2024}}
Call {{DATE:12/13/2024 1715}}, to {{PHONE:470-555-0166}}   Staff: {{NAME:Marguerite Blanchard}}, alumni coordinator

{{NAME:Reggie}} answered, upbeat. Sober date {{DATE:May 3, 2024}}; 224 days. Attends 3 AA meetings/wk, home group {{FACILITY:Sunrise Serenity Group}} in {{LOCATION:Marietta}}, sponsor {{NAME:Calvin}}. Back at work at {{FACILITY:Cobb Electrical Contractors}} since {{DATE:August}}, got promoted to foreman. Still sees Dr. {{NAME:Pham}} monthly for naltrexone 50 mg and therapist {{NAME:Leah Steinberg}} every 2 wks.
Stressors: divorce final {{DATE:11/20}}, sees kids {{NAME:Kofi}} and {{NAME:Ama}} every other weekend.
Relapse: none. Cravings "maybe once a week, passes."
BAM score 9 (low risk). Invited to alumni holiday event {{DATE:12/21}} at {{FACILITY:Hillcrest Lodge}}; he'll bring a plus-one.
Next call at 9 months ({{DATE:3/2025}}). Updated email {{EMAIL:reggie.ob@fastmail.example}}.`,
  `PSYCHIATRIC ADVANCE DIRECTIVE (declaration for mental health treatment)
Declarant: {{NAME:Margarethe "Greta" Solheim}}   DOB {{DATE:June 21, 1979}}
Address: {{ADDRESS:509 Willow Bend Dr.}}
{{LOCATION:Eau Claire}}, WI {{ZIP:54701}}

Agent: my partner {{NAME:Ruth Adeyinka-Moss}}, {{PHONE:715-555-0174}}. Alternate: my brother {{NAME:Lars Solheim}}, {{LOCATION:Duluth}}, MN, {{PHONE:218-555-0148}}.
Preferred facility: {{FACILITY:Chippewa Valley Behavioral Health}}, 2 East. Please avoid {{FACILITY:Northwoods Regional Hospital}} (past restraint experience).
Medications: lithium worked well in 2016 and 2020. Lamotrigine ok. NO haloperidol (dystonia). Ok to use lorazepam for sleep short term.
ECT: I do not consent.
Crisis preferences: a quiet room, my weighted blanket, let me call {{NAME:Ruth}}. My cat "Pepper" needs feeding - neighbor Mrs. {{NAME:Ochoa}} has a key (unit 3).
Providers to notify: Dr. {{NAME:Helena Vasquez}}, psychiatrist; therapist {{NAME:Thomas Greyeyes}}, LPC.
Signed {{DATE:09/14/2023}}. Witnesses: {{NAME:Dana Kim}}, {{NAME:Luis Aranda}}. Filed with {{LOCATION:Eau Claire County}} registry {{DATE:9/20/23}}, ref {{ID:PAD-EC-2023-0071}}.
Revocable at any time when I have capacity.`,

  `DUTY TO WARN / PROTECT - DOCUMENTATION
Client: {{NAME:Strand, Colton}}   MRN {{MRN:OP-228730}}   Session {{DATE:05/06/2025}} 1600-1650
Clinician: {{NAME:Adaora Nwosu}}, PhD

In session client stated, re: his ex-girlfriend's new partner {{NAME:Brady Kessler}}: "I know where he parks at {{FACILITY:Tri-State Distribution}}. I've got my dad's pistol. Friday he's done." Client named a specific time (end of shift) and location (employee lot off {{ADDRESS:Route 22 and Kemper Rd}}).
Assessment: serious threat of physical violence against a reasonably identifiable victim; intent, plan, means. Meets state duty-to-protect threshold (Tarasoff-type statute).
Actions:
1650 consulted clinical director Dr. {{NAME:Feinberg}} in person.
1705 called {{FACILITY:Sharonville Police Department}} non-emergency, spoke with Sgt. {{NAME:Ogilvie}}, incident {{ID:SPD-25-050611}}.
1720 attempted to warn victim: phone {{PHONE:513-555-0112}} obtained from client's ex-girlfriend {{NAME:Kaylee Morgan}}; reached Mr. {{NAME:Kessler}} 1731, informed of threat only.
1740 client voluntarily evaluated at {{FACILITY:Mill Creek Hospital Psych ED}} via mobile crisis; firearm retrieved by police from father's home.
Only minimum necessary information disclosed. Supervisor and risk mgmt notified.`,

  `CHILD & ADOLESCENT PSYCHIATRY - NEW PATIENT
Pt: {{NAME:Amara Okonkwo-Liu}}   Age 11   DOB {{DATE:1/29/2014}}   MRN {{MRN:CH-9908213}}   Visit {{DATE:2/27/2025}}
Informants: mother {{NAME:Chiamaka Okonkwo}}, father {{NAME:David Liu}}; teacher Vanderbilt forms from Ms. {{NAME:Abernethy}}, 5th grade, {{FACILITY:Maplewood Elementary}}
Referred by: pediatrician Dr. {{NAME:Sorensen}}, {{FACILITY:Lakeside Pediatrics}}

CC: "she won't go to school" - school refusal since {{DATE:November}}, stomachaches on Sunday nights, panic at drop-off. 22 absences. Bullying by a peer ("{{NAME:M.}}") in {{DATE:Oct.}} Sleeps in parents' bed.
Development: born at 38 wks, Apgar 8/9, milestones normal. No prior psych care.
Family hx: maternal uncle bipolar; father anxiety (on sertraline).
Screens: SCARED-P 41, SCARED-C 38 (separation, social, school avoidance). CDI-2 T 58. Vanderbilt inattention 3/9.
MSE: shy, warms up, drew her dog "Mochi". No SI.
Dx: separation anxiety d/o; social anxiety d/o.
Plan: CBT with exposure at {{FACILITY:Bright Path Child Therapy}} ({{NAME:Ines Carvalho}}, LICSW); graded school re-entry plan with school psych; consider sertraline 12.5 mg if limited response at 6-8 wks. Letter to school for 504. RTC 4 wks.`,

  `PROBLEM GAMBLING HELPLINE - call record
Call ID {{ID:GH-2024-11-0457}}   {{DATE:11/24/2024 01:12}}   Line: state problem gambling helpline (contracted)
Specialist: {{NAME:Noelani Kahale}}
Caller: {{NAME:Victor}} (first name only), age 44, {{LOCATION:Reno}}
Callback: {{PHONE:775-555-0193}} (ok to call, don't leave msg - wife {{NAME:Anita}} doesn't know)

Caller lost ~$38,000 in past 3 months on sports betting apps and video poker at the {{FACILITY:Silver Lantern Casino}}. Took $9,500 cash advance on credit card, behind on mortgage. "I'm thinking they'd be better off with the life insurance." No plan, no gun. Drinking 4-6 beers when betting.
NODS-CLiP: 3/3. PHQ-2: 5.
Interventions: risk assessment, self-exclusion info (state program + app self-exclusion), referral for free treatment: {{FACILITY:Sierra Gambling Recovery Services}} (intake tel {{PHONE:775-555-0107}}), GA meeting Tue at {{FACILITY:Holy Spirit Hall}}. Financial counseling referral. Gave 988.
Consent for follow-up call {{DATE:11/25}} pm. Caller's email for resources: {{EMAIL:vdh.nv@mail.example.com}}.`,

  `REENTRY MOUD BRIDGE - pre-release visit
Facility: {{FACILITY:Cuyahoga Valley Correctional Institution}}   Inmate # {{ID:A793-441}}   Release date {{DATE:08/02/2024}}
Pt: {{NAME:Boateng, Kwame}}   DOB {{DATE:3/30/1989}}   Medicaid pre-release ID {{HEALTH_PLAN:OH-9917730254}}
Seen by: {{NAME:Fiona McAllister}}, CNP, via tele from {{FACILITY:Lakefront Bridge Clinic}}   {{DATE:7/29/24}}

In-custody MOUD: buprenorphine 16 mg daily since {{DATE:1/2024}} (jail program), no diversion incidents per Sgt. {{NAME:Hruska}}.
Release plan: mother's home, {{ADDRESS:3417 E. 116th St}}, {{LOCATION:Cleveland}} {{ZIP:44120}}. Mother {{NAME:Grace Boateng}} {{PHONE:216-555-0184}}.
- 7-day bupe supply handed at gate + naloxone
- first clinic visit {{DATE:8/5/24 10am}} at {{FACILITY:Lakefront Bridge Clinic}}, {{ADDRESS:1800 Superior Ave, Ste 300}}
- parole officer {{NAME:Dontae Simmons}}, APA {{PHONE:216-555-0179}}
- job lead: {{FACILITY:Greater Cleveland Food Hub}} warehouse
Counseled: overdose risk in first 2 wks post-release is very high; don't use alone; FTS.
Pt in agreement. Signed consent for APA (attendance only).`,

  `Admission Date: [**{{DATE:2172-11-3}}**]     Discharge Date: [**{{DATE:2172-11-14}}**]
Date of Birth: [**{{DATE:2129-4-22}}**]     Sex: F
Service: PSYCHIATRY

Chief Complaint: "I took all my pills"
History of Present Illness: 43 yo woman with BPAD and borderline personality d/o, transferred from [**{{FACILITY:Hospital 1234}}**] MICU after intentional ingestion of ~30 lamotrigine 200 mg and quetiapine 300 mg on [**{{DATE:11-1}}**]. Found by roommate [**{{NAME:First Name (Titles) 9902}}**]. Intubated 24 h. Medically cleared [**{{DATE:11-3}}**]. Section 12 on arrival.
Social History: lives in [**{{LOCATION:Location (un) 4471}}**] with roommate; works at [**{{FACILITY:Company 1098}}**]; one daughter age 19.
Hospital Course: DBT skills started, lamotrigine re-titration from 25 mg (SJS counseling). Family meeting with mother [**{{NAME:Name (NI) 2201}}**] on [**{{DATE:11-10}}**].
Followup Instructions: Dr. [**{{NAME:Last Name (STitle) 5508}}**] [**{{DATE:2172-11-18}}**] 3pm; DBT intake at [**{{FACILITY:Hospital 771}}**] phone [**{{PHONE:Telephone/Fax (1) 3392}}**].
[**{{NAME:First Name11 (Name Pattern1) 421}}**] [**{{NAME:Last Name (NamePattern4) 6610}}**] MD [**{{ID:MD Number(1) 6611}}**]
Completed by: [**{{DATE:2172-11-14}}**] 14:02`,
  `OUTPATIENT PSYCHOTHERAPY - PROGRESS NOTE (SOAP)   CPT 90837
Client: {{NAME:Bergström, Elin}}   DOB {{DATE:12/12/1992}}   Session #14   {{DATE:2025-04-09}}   Telehealth (client at home in {{LOCATION:Ann Arbor}}, MI)
Therapist: {{NAME:Marcus Oyelowo}}, LMSW

S: Client reports 3 weeks since last purge. "Work is chaos" - deadline at {{FACILITY:Huron Valley Software}}. Spent weekend with sister {{NAME:Karin}} who flew in from {{LOCATION:Gothenburg}}. Drinking "2 glasses of wine most nights."
O: engaged, appropriate affect, mild psychomotor restlessness. PHQ-9 8, GAD-7 11, EDE-Q global 2.9.
A: bulimia nervosa, in partial remission; GAD. Alcohol use rising - discussed AUDIT (score 7).
P: continue CBT-E phase 3; meal plan per dietitian {{NAME:Rosalind Chu}}, RD (next {{DATE:4/16}}); psychiatry f/u with Dr. {{NAME:Al-Khatib}} {{DATE:4/22}} re: fluoxetine 60 mg.
-- copied forward from {{DATE:3/26/2025}} note (reviewed, unchanged): --
Safety: no SI/HI. Crisis plan on file; emergency contact partner {{NAME:Jonah Feld}} {{PHONE:734-555-0115}}. Client aware of 988.
Consent for telehealth on file ({{DATE:1/8/2025}}). Location verified at start of session.
{{NAME:M. Oyelowo}}, LMSW   {{DATE:4/9/25 1702}}`,

  `EATING DISORDER RESIDENTIAL - WEEKLY TREATMENT TEAM SUMMARY
{{FACILITY:Willowbrook Center for Eating Disorders}}   Week of {{DATE:7/8/2024}}
Resident: {{NAME:Calloway, Brynn}}   Age 17   Resident # {{MRN:WB-2207}}   Admit {{DATE:6/17/2024}}   Payer: Aetna (auth # {{ID:AET-UR-8841021}}, next review {{DATE:7/12}})

Medical (Dr. {{NAME:Iyer}}): wt 44.9 kg (83% mBMI, +1.1 kg), HR nadir 52 (was 41), orthostatics resolved. Phos 3.4, K 3.9. Refeeding risk low now.
Psychiatry (Dr. {{NAME:Mbatha}}): olanzapine 2.5 mg qhs continued; OCD sx prominent around food rituals.
Therapy ({{NAME:Sloane Fairchild}}, LCSW): FBT-informed; parents {{NAME:Neil}} and {{NAME:Jessamyn Calloway}} attended family week, flew from {{LOCATION:Boise}}. {{NAME:Brynn}} disclosed pro-ana account; agreed to delete.
Dietitian ({{NAME:Tova Birnbaum}}, RD): 3000 kcal, completing 90%, 1 supplement/day.
School: tutor from {{FACILITY:Willowbrook Academy}}; credit transfer to {{FACILITY:Centennial High School}} ({{LOCATION:Meridian}}).
Plan: step down to PHP ~{{DATE:7/22}} if wt trajectory holds. UR call scheduled {{DATE:Friday 7/12}} 10:00 with {{NAME:Beverly Stamos}}, RN reviewer.`,
  `ED TRIAGE - BEHAVIORAL HEALTH
Arrival {{DATE:09/14/2024 01:38}} by EMS ({{FACILITY:Metro Ambulance}} unit 47, run # {{ID:MA-240914-0112}})   ESI 2
Pt: {{NAME:Ramírez, Ximena}}   DOB {{DATE:7/7/2001}}   MRN {{MRN:E4410983}}   Room: BH-3 (safe room)
CC: "my boyfriend called them, I'm fine"
Triage note: 23 yo F, EMS reports pt cut L forearm with razor after argument w/ bf ({{NAME:Kyle Brandt}}, who called 911 from {{ADDRESS:2525 N Lincoln Ave, Apt 12C}}). 6 superficial lacerations, bleeding controlled. Smells of ETOH, admits 5 shots. Pt tearful then angry, asking to leave. States "I didn't want to die, I just needed it to stop." Prior ED visit for same {{DATE:6/2024}}.
Vitals: BP 128/80 HR 104 RR 18 SpO2 99% T 36.8. Glucose 96. Breathalyzer 0.12.
ASQ: positive (non-acute per pt; full eval needed).
Actions: belongings secured (phone, wallet, vape); security sitter {{NAME:D. Okafor}} 1:1; paper scrubs. Charge RN {{NAME:Patel}} aware. Psych consult paged 0150 (Dr. {{NAME:Lowenstein}}).
Mother listed as contact: {{NAME:Guadalupe Ramírez}} {{PHONE:(773) 555-0196}} - pt declines contact at this time.
{{NAME:Hannah Kowalewski}}, RN`,

  `psych h&p - {{DATE:3/8/25}} - pgy2 {{NAME:n. abdi}}
id: {{NAME:tremaine coates}}, 27m, mrn {{MRN:2209341}}, adm from ed on pink slip (emergency certificate) signed by dr {{NAME:garber}} {{DATE:3/7/25 2340}}
cc: "god told me to fast"
hpi: pt w/ hx of bipolar i, 2 prior admits (last {{DATE:may 2023}} at {{FACILITY:kingsley psychiatric}}). per mom ({{NAME:bernadette coates}}, {{PHONE:313-555-0127}}) he stopped depakote ~2 mo ago, hasn't slept >2h/night x 1 wk, gave away his car to a stranger at the {{LOCATION:greektown}} bus stop, hasn't eaten in 4 days "fasting for god". no drugs per pt, uds neg, etoh 0.
pmh: none. nkda.
sh: lives w/ mom on {{ADDRESS:hazelwood st}}, {{LOCATION:detroit}}. was enrolled at {{FACILITY:wayne community college}} until fall 2024. no guns.
mse: thin, intrusive, pressured, flight of ideas, grandiose religious delusions, denies ah/vh but looks to side, no si/hi. insight nil.
labs: na 146, bun 31 cr 1.3 (dry), ck 410.
a/p: bipolar i, current manic w/ psychotic features. ivf, restart depakote 500 bid -> level, olanzapine 10 qhs, q15. will need probate petition if declines to sign voluntary. d/w attending dr {{NAME:szabo}}.`,

  `CPT GROUP (Cognitive Processing Therapy) - PTSD clinic, session 8 of 12
{{FACILITY:Cascade Mountain VA Outpatient Clinic}}   {{DATE:10/30/2024}} 1300-1430   Facilitators: Dr. {{NAME:Lauren Whitford}}, SSG (ret) {{NAME:Ivan Petrov}}, peer support
Veteran: {{NAME:Castellano, Robert J.}}   Last 4: {{SSN:7719}}   Station ID {{MRN:VA-663-001982}}

Attendance 6/8 (absent: {{NAME:Mbeki}} - excused; {{NAME:Haskell}} - no call).
Content: trust module; challenging beliefs worksheets, "patterns of problematic thinking".
Vet shared stuck point: "If I had driven the lead vehicle, {{NAME:Danny}} would be alive" ({{LOCATION:Kandahar}}, 2010). Group member Sgt. {{NAME:Wu}} offered alternative thoughts. Vet able to generate one balanced statement. PCL-5 today 41 (intake 58).
Homework: trust worksheet re: wife {{NAME:Marisa}}. Reports sleep 5 h, prazosin 3 mg helping with nightmares.
Risk: denies SI, firearms locked at brother-in-law's in {{LOCATION:Kent}}. Veterans Crisis Line info given.
Next: {{DATE:11/6}}.
Signed {{NAME:L. Whitford}}, PhD`,

  `COMMITMENT HEARING - SOCIAL WORK NOTE
Pt: {{NAME:Ishikawa, Daniel K.}}   MRN {{MRN:HI-880431}}   Unit {{FACILITY:Mauka 3}}
Hearing: {{DATE:Thursday, May 15, 2025 1:30 PM}}, held on unit (court video), {{FACILITY:First Circuit Family Court}}, case {{ID:FC-MH 25-00127}}
Present: Judge {{NAME:Kealoha}}; pt; pt's attorney {{NAME:Leilani Fonoti}} (public defender); deputy AG {{NAME:Brent Yoshimura}}; testifying psychiatrist Dr. {{NAME:Carvalho-Nunes}}; writer.
Pt's mother {{NAME:Emiko Ishikawa}} attended by phone from {{LOCATION:Hilo}}.
Outcome: court found pt meets criteria (imminently dangerous to self) and ordered involuntary hospitalization up to 90 days, with review on or before {{DATE:08/13/2025}}. Request for AAT (assisted community tx) to be considered at discharge.
Pt reaction: upset, said "I'll appeal", then calmed; wants to return to his job at {{FACILITY:Kona Coast Surf Co.}} and his apartment at {{ADDRESS:94-1020 Waipahu St, #207}}.
Plan: SW to contact landlord re: rent hold (pt consent given), apply for {{FACILITY:Hale Malama Clubhouse}} day program, obtain benefits letter.
{{NAME:Noelani Akana}}, MSW, LSW   {{DATE:5/15/25}}`,
  `CONSULTATION-LIAISON PSYCHIATRY
Pt: {{NAME:Esposito, Gianluca}}   MRN {{MRN:CL-3391027}}   MICU bed 9   {{FACILITY:Lakeview University Hospital}}
Consult date {{DATE:01/05/2025}}   Requested by MICU team (Dr. {{NAME:Adebayo-Grant}})
Q: SI assessment after overdose; need for hold

HPI: 52M, hx MDD and AUD, admitted {{DATE:1/3/25}} after wife {{NAME:Francesca}} found him unresponsive in garage with car running (COHb 28%) + empty bottle of trazodone. Hyperbaric O2 x1 at {{FACILITY:Lakeview}} HBO unit. Extubated {{DATE:1/4}}. Today he states "I meant it. The bakery is gone." (his business, {{FACILITY:Esposito & Sons Bakery}} on {{ADDRESS:Taylor Street}}, closed {{DATE:12/20/24}}). Drinking a fifth of vodka/day x 2 mo. Two prior attempts (2009, 2017).
MSE: psychomotor slowing, hopeless, + SI, ambivalent intent, poor future orientation. MoCA 25.
Risk: high acute.
Recs: 1:1 sitter; involuntary petition filed today (certificate by writer, {{DATE:1/5/25 1130}}); CIWA; thiamine; transfer to inpatient psych when medically cleared, bed at {{FACILITY:Lakeview Pavilion 5}}. Collateral: daughter {{NAME:Chiara Esposito}} {{PHONE:312-555-0168}}; firearms: none per wife.
{{NAME:Margit Halvorsen}}, MD, C-L psychiatry`,

  `RECOVERY RESIDENCE - APPLICATION FOR ADMISSION
{{FACILITY:Bridgewater Sober Living}} (NARR Level II)   {{ADDRESS:1126 W. Oak St}}, {{LOCATION:Louisville}}, KY {{ZIP:40210}}
Applicant: {{NAME:Gutierrez, Ana Lucia}}        Date of application: {{DATE:11/04/2024}}
DOB: {{DATE:05/09/1994}}   Phone: {{PHONE:502-555-0104}}   Email: {{EMAIL:analucia.g94@webmail.example}}
Driver's lic: {{LICENSE:KY G11-482-307}}   Vehicle: none
Current location: {{FACILITY:Beargrass Creek Women's Residential}}, expected d/c {{DATE:11/15/24}}
Drug of choice: meth, alcohol   Sobriety date: {{DATE:09/28/2024}}
MAT: none   Psych meds: bupropion XL 300 mg
Legal: on probation, PO {{NAME:Terrence Vaughn}}, {{PHONE:502-555-0183}}; no violent/sex offenses
Employment: applying at {{FACILITY:Ohio Valley Packaging}}; previous {{FACILITY:Waffle Palace}} server
References: 1) counselor {{NAME:Bethany Roush}}, LCADC; 2) sponsor {{NAME:Dolores "Lolo" Pike}}
Emergency contact: aunt {{NAME:Maribel Ortega}}, {{LOCATION:Bowling Green}}, {{PHONE:270-555-0147}}
Fees: $150/wk, first week + $100 deposit. Payment via state recovery voucher? [ ] yes [x] no
Interview: {{DATE:11/8}} 4pm with house mgr {{NAME:Shay}}. Approved [x]  by {{NAME:R. Calloway}}`,

  `COLLATERAL CONTACT - EMPLOYER / LANDLORD (two calls)
Client: {{NAME:Adeyemi, Oluwaseun "Seun"}}   MRN {{MRN:CMH-50214}}   ROI for both on file, signed {{DATE:1/22/2025}}
Case manager: {{NAME:Dolly Varga}}, QMHP

1) {{DATE:1/23/25 1010}} - call to {{NAME:Gareth Pruitt}}, shift supervisor, {{FACILITY:Summit Hotel Laundry}} ({{PHONE:804-555-0145}}). Confirmed client has medical leave {{DATE:1/13-1/31}}; FMLA paperwork received from Dr. {{NAME:Kowalczyk}}. Employer willing to move client to day shift on return (night shift disrupts sleep, relevant to mood stability - not disclosed). Return date tentatively {{DATE:Mon Feb 3}}.
2) {{DATE:1/23/25 1045}} - call to landlord Mrs. {{NAME:Yolanda Baptiste}}, {{FACILITY:Baptiste Properties LLC}}, re: unit {{ADDRESS:2204 Hull St, Apt 2}}, {{LOCATION:Richmond}}. {{DATE:January}} rent $850 unpaid; writer confirmed payment request submitted to {{FACILITY:Richmond Housing Crisis Fund}} (ref {{ID:RHCF-0125-3387}}). Landlord agreed to hold eviction filing until {{DATE:2/10}}.
Client informed of both outcomes by phone {{PHONE:804-555-0193}} at 1130; relieved.
Next: f/u with fund {{DATE:1/28}}.`,
];

export const HELDOUT_REALISTIC_62_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout62-${i + 1}`, n));
