// A forty-third held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns, cities and
// counties are real places used only as LOCATION). Its flavour is behavioral health and addiction
// care across the US: outpatient psychiatry and therapy progress notes (SOAP, DAP, BIRP),
// inpatient psychiatric admissions and discharges, ED and mobile crisis evaluations, involuntary
// holds and court-ordered treatment (courts, case numbers, judges, attorneys, public defenders,
// probation and parole officers, drug and mental-health courts), residential, detox, PHP and
// intensive outpatient programs, methadone and buprenorphine clinics, peer support, group therapy
// attendance logs, school and employer letters, collateral calls with family, safety plans with
// contacts, medication management, urine drug screens, prescription monitoring program checks,
// releases of information, prior authorisations, fax covers, portal messages and care coordination
// with shelters, housing programs, jails and case-management agencies. Many relatives, clinicians,
// programs and facilities; dates, phones, addresses. Title case, ALL CAPS and lower-case shorthand
// are mixed, with look-alike non-PHI (scales such as PHQ-9, GAD-7, C-SSRS, CIWA-Ar, COWS, AUDIT-C,
// GCS, MoCA, PCL-5, EPDS, Vanderbilt; eponyms such as Wernicke, Korsakoff, Tourette, Parkinson's,
// Alzheimer's, Apgar, Stevens-Johnson, Stanley-Brown, Baker Act, Marchman Act, Kendra's Law; device
// and drug brand names (Thymatron, Spravato, Vivitrol, Sublocade, Invega Sustenna) and doses,
// levels, ICD-10 F codes, CPT and HCPCS codes, statute sections, lot numbers, rooms and beds, years
// and weekdays alone, clock times, ages of 89 and under, state abbreviations such as ID and IN,
// countries, payers).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles,
// ranks, honorifics and credentials (Dr., Hon., Judge, Officer, Ofc., Sgt., Cpl., Dep., PO, Uncle,
// Esq., RN, LCSW, MD) stay outside NAME spans, and so do field labels; a time attached to a full
// date is part of it, a weekday written with a date is part of it, and a date range written as one
// token (7/22-8/21, 1/2/24-2/10/24) is one DATE span while a range with spaces is two; partial
// dates (3/4, Feb 27) and month-with-year (March 2021, 11/2009) are DATE, while a year alone, a
// season, weekdays alone, clock times alone, durations, HD#6 or "day 112" are not; ages of 89 and
// under are not PHI, ages of 90 and over are AGE; nicknames and first names of patients, relatives
// and staff are NAME wherever they recur, and typist, clinician and roster initials are NAME; a
// pet's name is not PHI. Hospital, program and agency abbreviations (FGH, MHH, HRH, RGMC, CBH, AFD)
// are FACILITY; courts, probation departments, police, sheriff and fire departments, jails,
// prisons, schools, colleges, employers, churches, shelters, housing programs, residential, IOP,
// PHP, detox and OTP programs, recovery residences, clubhouses, labs, pharmacies, transport
// agencies, parks and named wards or halls are FACILITY; state and federal agencies (DCFS, SSA,
// DDS, parole divisions, Office of Regional Counsel), payers and their lines, PDMP systems
// (CURES, INSPECT, OARRS, NC CSRS, Idaho PMP) and public hotlines (988, 911, 1-800-GAMBLER) are not
// PHI. Cities, towns, neighbourhoods and counties outside a facility's name are LOCATION (the word
// "County" or "Co." stays outside the span), cities abroad are LOCATION, states and countries are
// not PHI; a street address includes its unit, and a bare street, an intersection or an underpass
// where a person was is ADDRESS. Insurer and Medicaid/Medicare member and group numbers are
// HEALTH_PLAN; hospital and patient billing accounts are ACCOUNT (a clinic's own client account at
// a lab is not PHI); NPI, DEA, state clinical licences and driver's licences are LICENSE; plates
// are VEHICLE; ECT and alcohol-monitoring bracelet serials are DEVICE; court, docket, index and
// cause numbers, booking, SID and inmate numbers, badge and employee numbers, police incident and
// CAD numbers, HMIS, SSP participant codes, REMS patient enrolment, authorization, accession,
// specimen, referral, trip, claim and student numbers are ID; short in-house extensions and pagers
// are PHONE. Lot numbers and lot expiry dates, CLIA/CAP and REMS setting certifications, NDC,
// CPT/HCPCS/ICD codes, statute and form numbers, rooms, beds, bunks and lockers are not PHI.
// Research-corpus placeholders are annotated over their content with the [** **] brackets
// outside, typed by what they stand for.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9008 / 0.9460; pass-11 engine (789a1c5) 0.9428 / 0.9401; pass-12 final engine (978114a) 0.9470 / 0.9447;
// pass-13 engine of the day (3ed9ecd) 0.9503 / 0.9457.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 outpatient psychiatry med management
  `OUTPATIENT PSYCHIATRY - MEDICATION MANAGEMENT
{{FACILITY:Riverbend Behavioral Health}} | {{ADDRESS:2210 Kessler Blvd, Suite 300}}, {{LOCATION:Indianapolis}}, IN {{ZIP:46222}}
Ph {{PHONE:(317) 555-0142}}  Fax {{FAX:(317) 555-0143}}

Patient: {{NAME:Dolores Quintanilla}}    DOB: {{DATE:04/17/1979}}    MRN: {{MRN:RB-0048817}}
DOS: {{DATE:03/12/2024 10:15}}    Provider: {{NAME:Anil Ramaswamy}}, MD

S: 44 yo F w/ MDD, recurrent, severe w/o psychotic features (F33.2) and GAD (F41.1). Mood "about a 6 out of 10." Sleeping ~6h on trazodone. PHQ-9 11 today (17 on {{DATE:1/9}}), GAD-7 9. Denies SI/HI, no AH/VH. Stressor: daughter {{NAME:Marisol}} moved back home after leaving {{FACILITY:Wabash Ridge College}}; pt picking up extra night shifts in the laundry at {{FACILITY:Eastgate Community Hospital}}.
Meds: sertraline 150 mg qd, trazodone 50 mg qhs, hydroxyzine 25 mg q6h prn anxiety.
PDMP (INSPECT) reviewed {{DATE:3/12/24}}: no controlled Rx x 12 mo.
Therapy w/ {{NAME:Kelsey Brandt}}, LMHC q2wk, last seen {{DATE:Feb 27}}.

MSE: casually dressed, good eye contact, speech nl rate, mood "tired", affect congruent, TP linear, no SI, insight/judgment fair.
A/P: partial response. Increase sertraline to 200 mg. Continue trazodone. Safety plan reviewed; 988 given. RTC 6 wks.
CPT 99214 + 90833.
e-signed {{NAME:Anil Ramaswamy}}, MD  {{DATE:03/12/2024 11:02}}`,

  // 2 inpatient admission under 5150
  `PSYCHIATRIC ADMISSION H&P
{{FACILITY:Arden Oaks Behavioral Hospital}} - {{FACILITY:Manzanita Unit}}, Rm 214-B
Pt: {{NAME:Tobias Whitcombe-Ng}}   MRN {{MRN:AO88201733}}   Acct {{ACCOUNT:400918227}}
Adm: {{DATE:08/03/2023 02:47}}   Legal: WIC 5150 (DTS), hold written by Dep. {{NAME:R. Alcaraz}}; 5250 cert hearing set {{DATE:8/9/23}}

CC: "they put a chip in my tooth"
HPI: 27M, no prior psych hx per pt, brought from {{ADDRESS:1190 Fulton Ave, Apt 7}}, {{LOCATION:Sacramento}} {{ZIP:95825}} after neighbor called 911 re: pt threatening to cut himself w/ box cutter. Mother {{NAME:Grace Ng}} ({{PHONE:916-555-0178}}) reports 3 wks of insomnia, pacing, stopped going to work at {{FACILITY:Delta Fresh Foods}} warehouse. Heavy cannabis (dabs) since spring. UDS + THC only, BAL 0.
PMH: none. NKDA. Fam hx: maternal uncle w/ schizophrenia, long stay at {{FACILITY:Coast Range State Hospital}}.
MSE: disheveled, guarded, PMA, speech pressured, TP tangential, +paranoid delusions, +AH (command, "cut the signal out"), SI w/o clear plan, HI denied. A&Ox3. GCS 15.
Dx: Unspecified psychosis (F29) r/o cannabis-induced psychotic d/o (F12.959).
Plan: olanzapine 10 mg qhs, 5 mg IM q6h prn agitation; q15 checks; CBC, CMP, TSH, lipids, A1c.
Attending: {{NAME:Priya Venkataraman}}, DO  pgr {{PHONE:4471}}`,

  // 3 mobile crisis eval lowercase shorthand
  `mobile crisis eval -- {{FACILITY:Lane County MCT}}
date {{DATE:11/19/22}}   time of call 2214   arrived 2241
location: {{ADDRESS:Ferry St Bridge underpass}}, {{LOCATION:Eugene}}
client: {{NAME:Jolene "Jo" Redcloud}} dob {{DATE:2/2/1991}}  known to us, last contact {{DATE:10/30/22}}
caller: {{NAME:Dale Pruitt}}, outreach worker w/ {{FACILITY:Whiteoak Street Outreach}} {{PHONE:541-555-0119}}

pt found sitting on rail, crying, states "i just want it quiet." +etoh (pt says 1 pint vodka), smells of etoh, ambulatory. c-ssrs screener: +wish to be dead, +active si w/o method last month, last attempt {{DATE:2019-06-14}} (od on tylenol, admitted {{FACILITY:McKenzie Valley Medical Center}}).
pt agreed to step away from rail. denies hi. no weapons on search.
supports: sister {{NAME:Carla Redcloud}} in {{LOCATION:Springfield}} {{PHONE:541-555-0164}} -- called, no answer, vm left.
pt on ohp, member id {{HEALTH_PLAN:OHP-7743019X}}.
disposition: voluntary transport to {{FACILITY:Royal Avenue Crisis Center}} for sobering + crisis stabilization, bed 6. no hold needed.
staff: {{NAME:M. Ferreira}} qmhp / {{NAME:T. Osei}} emt
f/u: outreach to call pt {{DATE:11/21}} am.`,

  // 4 AOT hearing note (Kendra's Law)
  `COURT LIAISON NOTE - ASSISTED OUTPATIENT TREATMENT (Kendra's Law, MHL 9.60)
Respondent: {{NAME:Reginald T. Baptiste}}    DOB {{DATE:07-22-1985}}    MRN {{MRN:0091-44820}}
Court: {{FACILITY:Supreme Court of the State of New York, Kings County}}, Part 8
Index No. {{ID:MH-512/2024}}   Hearing {{DATE:Tuesday, May 14, 2024}} 9:30 AM
Justice: Hon. {{NAME:Miriam Oyelaran-Kessler}}
Petitioner: Dr. {{NAME:Helen Szabo}}, DCS designee
Respondent's counsel: {{NAME:Jonah Feld}}, Esq., {{FACILITY:Brooklyn Defender Collective}}
Examining physician: {{NAME:Carlos Ibarra}}, MD ({{FACILITY:Flatlands General Hospital}} CPEP)

Summary: 38M w/ schizoaffective d/o, bipolar type, 3 admissions in 36 mo (last {{FACILITY:FGH}} 4-North {{DATE:1/2/24-2/10/24}}), nonadherent to Invega Sustenna 234 mg after each d/c. Testimony by this writer re: missed ACT visits {{DATE:3/5}}, {{DATE:3/19}}, {{DATE:4/2}}. Sister {{NAME:Yvette Baptiste}} testified re: pt barricading apt at {{ADDRESS:405 Linden Blvd, 3F}}, {{LOCATION:Brooklyn}} {{ZIP:11226}}.
Outcome: AOT order granted x 12 months. ACT team {{FACILITY:Flatbush ACT 4}}; case manager {{NAME:Shanice Pope}} {{PHONE:718-555-0136}}.
Next compliance review {{DATE:08/13/2024}}.
{{NAME:L. Gutierrez}}, LMSW, court liaison`,

  // 5 IOP attendance table
  `{{FACILITY:NEW DAWN RECOVERY CENTER}} -- INTENSIVE OUTPATIENT PROGRAM (IOP)
WEEKLY ATTENDANCE / PROGRESS REPORT
Client: {{NAME:BRANDON KOVACH}}     Client ID: {{MRN:NDR-22817}}     Level of care: ASAM 2.1
Referral source: {{FACILITY:Summit County Adult Drug Court}}, case {{ID:CR-2023-04-1187}}
Sent to: PO {{NAME:Teresa Vukovich}}, {{FACILITY:Summit County Adult Probation}}, fax {{FAX:330-555-0107}}
Week of {{DATE:10/2/2023}} - {{DATE:10/6/2023}}

DATE        GROUP                     TIME         STATUS
{{DATE:10/02}}       Relapse Prevention        6:00-9:00p   Present
{{DATE:10/03}}       Process Group             6:00-9:00p   Present (left 8:40, ride)
{{DATE:10/04}}       Family Education          6:00-9:00p   Present - wife {{NAME:Ashley}} attended
{{DATE:10/05}}       Seeking Safety            6:00-9:00p   ABSENT - no call
{{DATE:10/06}}       Individual w/ counselor   5:00-5:50p   Present

UDS {{DATE:10/03}} (obs, specimen {{ID:U4471902}}): NEG all panels incl. fentanyl, EtG neg.
UDS {{DATE:10/06}}: pending, sent to {{FACILITY:Lakeshore Toxicology}}.
Counselor comment: engaged, sharing about relapse at brother {{NAME:Kyle}}'s house last month. Absence {{DATE:10/5}} unexcused; pt states worked OT at {{FACILITY:Akron Gasket & Seal}}.
Counselor: {{NAME:Deanna Whitfield}}, LICDC    {{PHONE:330-555-0181}} x{{PHONE:214}}`,

  // 6 safety plan with contacts
  `SAFETY PLAN (Stanley-Brown)     Pt: {{NAME:Keanu Akana-Reyes}}   DOB {{DATE:12/30/2006}}   MRN {{MRN:4420198}}
Completed with: {{NAME:Rachel Lindqvist}}, LCSW, and pt's mom {{NAME:Leilani Akana}}     Date: {{DATE:6/21/2024}}

Step 1 - Warning signs: not answering texts, staying in room, giving away my games, thinking "no one would notice."
Step 2 - Things I can do on my own: shoot hoops at {{FACILITY:Puuhale Community Park}}, play guitar, shower, music (not sad playlists).
Step 3 - People/places for distraction: cousin {{NAME:Makoa}}, best friend {{NAME:Jayden Torres}}; youth room at {{FACILITY:Ka Lama Hope Church}} Weds nights.
Step 4 - People I can ask for help: Mom {{PHONE:808-555-0127}}; Uncle {{NAME:Keoni Akana}} {{PHONE:808-555-0152}}; coach Mr. {{NAME:Dela Cruz}} at {{FACILITY:Kapalama Heights High}}.
Step 5 - Professionals: therapist {{NAME:Rachel Lindqvist}} {{PHONE:808-555-0111}} (M-F 8-4:30); after hours {{FACILITY:Hale Kokua Crisis Line}} {{PHONE:808-555-0100}}; 988 call or text; nearest ED {{FACILITY:Kalihi Medical Center}}, {{ADDRESS:1301 Punchbowl Way}}.
Step 6 - Making environment safe: mom locked up Dad's hunting rifle at Uncle {{NAME:Keoni}}'s house in {{LOCATION:Waianae}} on {{DATE:6/20}}; meds (sertraline, old oxycodone from Grandma's surgery) now in lockbox.
Reason for living: my little sister {{NAME:Nohea}}, and making varsity.
Copy given to pt and mom. Scanned to chart by {{NAME:kt}}.`,

  // 7 collateral call, lowercase
  `collateral contact - phone
pt: {{NAME:hernandez, luis a}}  mrn {{MRN:7730215}}
spoke w/ pt's mother {{NAME:rosa hernandez}} ({{PHONE:(915) 555-0193}}) on {{DATE:1/17/25}} @ 1540, ~20 min. ROI on file signed {{DATE:1/10/25}}, exp {{DATE:1/10/26}}.

mom reports {{NAME:luis}} (22) has not come home since sun, she thinks he is staying w/ his gf {{NAME:Brianna}} near {{ADDRESS:Montana Ave & Hawkins}} in {{LOCATION:El Paso}}. she found "blues" (fent pills) in his jacket, flushed them. he told her he relapsed after his cousin {{NAME:Adrian Hernandez}} od'd and died {{DATE:12/28}}. she is scared, has narcan from {{FACILITY:Paso del Norte Harm Reduction}}.
she asked whether he still has appt -- yes, w/ dr. {{NAME:okafor}} on {{DATE:1/22}} 9am at our Northeast clinic. encouraged her to bring him; gave her the walk-in hrs and {{FACILITY:Franklin Mountains Crisis Line}} {{PHONE:915-555-0171}}. explained we cannot share details beyond what ROI allows (42 cfr pt 2).
dad {{NAME:Jesus Hernandez}} works in {{LOCATION:Juarez}}, not involved.
plan: outreach call to pt today, left vm at {{PHONE:915-555-0104}}. will try text. route to {{NAME:M. Salas}} peer.
{{NAME:Gabriela Ortiz}}, LPC-A`,

  // 8 school letter
  `{{FACILITY:Cedar Hollow Partial Hospitalization Program}}
{{ADDRESS:88 Meeting House Rd}}, {{LOCATION:Manchester}}, NH {{ZIP:03104}}  *  {{PHONE:603-555-0129}}  *  fax {{FAX:603-555-0130}}

{{DATE:February 6, 2025}}

To: Ms. {{NAME:Paulette Greer}}, School Counselor
{{FACILITY:Amoskeag Falls High School}}, Student Services

RE: {{NAME:Addison M. Cote}}   DOB {{DATE:09/14/2009}}   Student ID {{ID:S0062183}}

Dear Ms. {{NAME:Greer}},
{{NAME:Addison}} was a patient in our adolescent partial hospitalization program from {{DATE:January 13, 2025}} through {{DATE:February 5, 2025}} and is medically cleared to return to school on {{DATE:Monday, February 10}}. With her and her father's ({{NAME:Marc Cote}}) permission, we recommend a 504 re-entry meeting in the first week, a half-day schedule for the first 5 school days, a pass to see the nurse or counselor when anxious, and extended time on make-up work through the end of the quarter. She will continue outpatient therapy with {{NAME:Jillian Marchetti}}, LICSW, at {{FACILITY:Seacoast Family Counseling}} weekly, and medication follow-up with Dr. {{NAME:Owen Fairbanks}}.
Please contact me with questions.

Sincerely,
{{NAME:Renee Aboud}}, MSW, LICSW, Program Therapist
{{EMAIL:raboud@cedarhollowphp.org}}`,

  // 9 buprenorphine clinic visit with UDS and PDMP
  `OBOT FOLLOW-UP (buprenorphine)       {{FACILITY:Blue Ridge Family Recovery}} - {{LOCATION:Asheville}} site
Pt {{NAME:Cody Lee Barnhill}}   DOB {{DATE:3/8/1988}}   MRN {{MRN:BRF-100422}}   Visit {{DATE:05/28/2024}}
Prescriber: {{NAME:Naomi Feldstein}}, FNP-C   DEA {{LICENSE:MF4471021}}   NPI {{LICENSE:1730049921}}

Interval: month 14 in tx. Suboxone film 8/2 mg BID (16 mg/day). No use since {{DATE:Jan 2023}} per pt. Cravings 2/10. Working at {{FACILITY:Tri-County Roofing}}, got his license back last month. Living w/ partner {{NAME:Kayla Shook}} and her 2 kids at {{ADDRESS:17 Old Haw Creek Rd, Lot 22}}, {{LOCATION:Swannanoa}}.
UDS (POC cup, lot 2407781 exp 2025-11): BUP +, norbup +, FEN neg, MOR neg, OXY neg, AMP neg, BZO neg, THC +. Confirm sent, req# {{ID:LC-88310294}}.
NC CSRS checked {{DATE:5/28/24}} 10:41: only bup from this clinic; filled at {{FACILITY:Swannanoa Valley Pharmacy}} q7d. No other prescribers.
COWS n/a. Vitals WNL.
A: OUD, severe, in sustained remission on MAT (F11.21); cannabis use, mild.
P: continue 16 mg/day, #28 films x 2 wk (extended from weekly). Narcan kit refilled. Counseling w/ {{NAME:Travis Wooten}}, CADC, Thurs groups. RTC {{DATE:6/11}}.
Controlled substance agreement re-signed; copy to pt.`,

  // 10 ALL CAPS discharge summary
  `DISCHARGE SUMMARY - ADULT INPATIENT PSYCHIATRY
{{FACILITY:MERCY HARBOR HOSPITAL}} - {{FACILITY:BRANNIGAN 5}}
PATIENT: {{NAME:OKONKWO, CHIDINMA E}}     MRN: {{MRN:MH2290174}}     FIN: {{ACCOUNT:7100038842}}
ADMITTED: {{DATE:04/02/2024}}     DISCHARGED: {{DATE:04/16/2024}}     LOS: 14 DAYS
ATTENDING: {{NAME:MARGARET HOLLOWAY}}, MD     PCP: {{NAME:DANIEL YEUNG}}, MD, {{FACILITY:NORTHSIDE INTERNAL MEDICINE}}
LEGAL STATUS: ADMITTED ON EMERGENCY HOLD, CONVERTED TO VOLUNTARY {{DATE:04/04/2024}}.

REASON FOR ADMISSION: 31 Y/O F, 2ND YEAR NURSING STUDENT AT {{FACILITY:ST. BRENDAN'S COLLEGE OF NURSING}}, BROUGHT BY ROOMMATE AFTER INGESTING APPROX 40 TABS DIPHENHYDRAMINE. MEDICALLY CLEARED AT {{FACILITY:MHH}} MICU (QTC 502 ON ARRIVAL, NORMALIZED).
HOSPITAL COURSE: STARTED ESCITALOPRAM 10 MG, TITRATED TO 20 MG. PARTICIPATED IN DBT SKILLS AND CBT GROUPS. FAMILY MEETING {{DATE:04/11}} WITH MOTHER {{NAME:NGOZI OKONKWO}} (VIA PHONE FROM {{LOCATION:LAGOS}}) AND BROTHER {{NAME:EMEKA}}. C-SSRS LOW RISK AT D/C.
DISCHARGE DX: MDD, SINGLE EPISODE, SEVERE (F32.2); INTENTIONAL OD (T45.0X2A).
FOLLOW-UP: {{FACILITY:LAKEVIEW IOP}} INTAKE {{DATE:04/18/2024}} 1:00 PM; THERAPIST {{NAME:SONIA BERGSTROM}}, PHD {{PHONE:(414) 555-0166}}.
DICTATED BY {{NAME:MH}}/TYPED {{NAME:RLW}}  D: {{DATE:04/16/2024}} T: {{DATE:04/17/2024}}`,

  // 11 employer return-to-work letter
  `{{FACILITY:Harborview Counseling Associates, PLLC}}
{{ADDRESS:1420 Pacific Ave, Ste 210}} | {{LOCATION:Tacoma}}, WA {{ZIP:98402}} | {{PHONE:253.555.0148}}

{{DATE:September 3, 2024}}

{{FACILITY:Puget Sound Freight Lines}}
Attn: {{NAME:Gretchen Albers}}, HR Benefits / Leave Administration
Via fax {{FAX:253.555.0177}}

Re: Employee {{NAME:Marcus D. Fontenot}}, Employee # {{ID:PSF-019274}}
Leave claim # {{ID:LV-24-33081}}

To whom it may concern,
This letter confirms that Mr. {{NAME:Fontenot}} has been under my care since {{DATE:07/15/2024}} and completed a 30-day residential program at {{FACILITY:Cascade Pines Recovery}} in {{LOCATION:Enumclaw}} ({{DATE:7/22-8/21}}). He is able to return to full duty on {{DATE:09/09/2024}} without restrictions, except that per DOT rules his return to safety-sensitive driving requires a SAP evaluation, which is scheduled with {{NAME:Leonard Haskins}}, SAP, on {{DATE:9/5}}. He will attend aftercare on Tuesday and Thursday evenings, which should not conflict with day shift. No further details about diagnosis are released under this authorization.

Respectfully,
{{NAME:Ingrid Solheim}}, LMHC, SUDP
WA lic. {{LICENSE:LH60712209}}
cc: {{NAME:Marcus Fontenot}} (patient)`,

  // 12 peer support note
  `PEER RECOVERY SUPPORT - CONTACT NOTE
Agency: {{FACILITY:Second Wind Peer Collective}}   Peer: {{NAME:Tamika "Mika" Holloway}}, CPRS
Participant: {{NAME:Dwayne Pettaway}}   ID {{MRN:SW-3318}}   Date {{DATE:Thurs 8/15/24}}   Duration 75 min   Type: community

Met {{NAME:Dwayne}} at {{FACILITY:Mt. Zion AME}} fellowship hall after the noon NA mtg ("Just for Today" group). He picked up his 90-day keytag today, first time since 2021 he's made it this far. We walked to {{FACILITY:Sal's Diner}} on {{ADDRESS:Germantown Ave}} and talked about his goals: 1) get ID replaced (lost at {{FACILITY:Ridge Avenue Shelter}}), 2) reconnect w/ daughter {{NAME:Aaliyah}} (14) who lives with her grandmother {{NAME:Bernice Pettaway}} in {{LOCATION:Chester}}, 3) GED.
Helped him fill out birth cert request online (www.health.pa.gov vital records). Gave bus pass.
{{NAME:Dwayne}} shared his sponsor {{NAME:Curtis}} is moving to {{LOCATION:Baltimore}} next month and he's nervous. Brainstormed: ask {{NAME:Big Lou}} from the Saturday meeting to be temp sponsor.
No safety concerns voiced. Next contact {{DATE:8/22}} at the {{FACILITY:Germantown Recovery Community Center}} on {{ADDRESS:5200 Chew Ave}}.
{{NAME:T. Holloway}}, CPRS   sup: {{NAME:J. Rinaldi}}`,

  // 13 DBT group note with roster initials
  `DBT SKILLS GROUP - Emotion Regulation module, wk 3 of 6
Site: {{FACILITY:Aspen Grove Counseling}}, group rm B     Date: {{DATE:10/23/2023}}  5:30-7:00 PM
Facilitators: {{NAME:Lauren Pacheco}}, LPC; co-lead {{NAME:Benjamin Oduya}}, MSW intern

Topic: Check the Facts; Opposite Action. Homework review: PLEASE skills diary cards.
Attendance (initials per group confidentiality policy):
  {{NAME:K.M.}} - present, completed diary card
  {{NAME:R.T.}} - present, late 15 min (bus)
  {{NAME:A.V.-S.}} - present, did not share
  {{NAME:J.D.}} - absent, excused (called {{DATE:10/23}} 2pm, sick child)
  {{NAME:S.B.}} - absent, no call -- 2nd NCNS, outreach per policy
  {{NAME:M.F.}} - present

Individual note for this chart: {{NAME:Sabrina Beaulieu}} (MRN {{MRN:AG-60031}}) -- NCNS x2 ({{DATE:10/16}}, {{DATE:10/23}}). Called {{PHONE:720-555-0185}}, mailbox full. Emergency contact partner {{NAME:Devin Lacroix}} {{PHONE:720-555-0150}} reached at 7:20p: states pt "okay, just overwhelmed with the new job at {{FACILITY:Front Range Credit Union}}." No safety concerns reported. Will notify primary therapist {{NAME:Hannah Zeller}}, PsyD.
CPT 90853 x4.  -{{NAME:LP}}`,

  // 14 methadone OTP take-home evaluation
  `{{FACILITY:EASTSIDE TREATMENT SERVICES}} (OTP)     TAKE-HOME ELIGIBILITY REVIEW
Patient: {{NAME:Vasquez-Lugo, Maribel}}   Pt # {{MRN:ETS-04712}}   Adm to OTP {{DATE:11/03/2021}}
Review date: {{DATE:07/09/2024}}   Current dose: methadone 95 mg PO daily (liquid)
Counselor: {{NAME:Frank DiStefano}}, CADC II     Medical Director: {{NAME:Sushila Raman}}, MD

42 CFR 8.12 criteria:
 1. Absence of recent drug/alcohol use - UDS x 90 days neg except methadone/EDDP ({{DATE:4/11}}, {{DATE:5/2}}, {{DATE:5/30}}, {{DATE:6/27}})
 2. Regular clinic attendance - 1 missed dose ({{DATE:6/3}}, car broke down)
 3. No serious behavioral problems - none
 4. Stable home - lives w/ mother {{NAME:Carmen Lugo}} at {{ADDRESS:2217 E. 4th St, Apt 2R}}, {{LOCATION:Los Angeles}} {{ZIP:90033}}
 5. Lockbox - seen by RN {{NAME:D. Amparo}} {{DATE:7/8}}
 6. Employment - CNA at {{FACILITY:Boyle Heights Care Center}} since {{DATE:Feb 2024}}, shift starts 6a
Diversion risk: low. CURES check {{DATE:7/9/24}}: no benzos/opioids.
Decision: approved for Step 3 (3 take-homes/wk), effective {{DATE:7/15/2024}}. Pt informed, signed take-home agreement. Bottles labeled w/ pt name and OTP phone {{PHONE:323-555-0122}}.
{{NAME:S. Raman}}, MD {{DATE:07/09/2024 13:15}}`,

  // 15 detox admission with CIWA
  `WITHDRAWAL MGMT ADMISSION (ASAM 3.7-WM)   {{FACILITY:Stonebridge Detox}}, {{LOCATION:Worcester}} MA
Name: {{NAME:Patrick J. Moriarty}}   DOB {{DATE:01/05/1966}}   MRN {{MRN:SB-990142}}   Adm {{DATE:12/26/2023 19:40}}
Insurance: MassHealth, ID {{HEALTH_PLAN:100387725519}}
Referred by: self; brother {{NAME:Sean Moriarty}} ({{PHONE:508-555-0133}}) drove him

Hx: 57M, EtOH ~1.75L vodka/day x 3 mo after losing job at {{FACILITY:Worcester Wire Works}}. Last drink {{DATE:12/26}} 1300. Hx of withdrawal seizure 2019, DTs at {{FACILITY:St. Vincent de Paul Hospital}} {{DATE:March 2021}}. No Wernicke sx but at risk (poor diet). Also benzos (street Xanax) occasionally.
BAL on arrival 0.142. UDS + BZO. 
CIWA-Ar 1945: 14 (tremor 3, sweats 2, anxiety 3, agitation 2, HA 2, orientation 0, N/V 2). BP 158/96, HR 108.
Orders: chlordiazepoxide 50 mg q6h x 24h then taper; CIWA q4h, give additional 25 mg if >10; thiamine 100 mg IM now then PO daily x 3 d; folate 1 mg; MVI; seizure precautions.
Aftercare: wants CSS at {{FACILITY:Hope House Lowell}}; CM {{NAME:Keisha Grant}} to call. PCP {{NAME:Ellen Marsh}}, NP.
Admitting RN {{NAME:Deb Szymanski}}, RN / {{NAME:Thomas Lowe}}, PA-C`,

  // 16 shelter care coordination phone note
  `CARE COORDINATION - TELEPHONE
Client: {{NAME:Eugene "Gene" Whitehorse}}    DOB {{DATE:10/11/1959}}    MRN {{MRN:00-318-227}}
Date/time: {{DATE:2/14/2025 0915}}
Contact: {{NAME:Rhonda Kittredge}}, case manager, {{FACILITY:Rio Bravo Rescue Mission}} men's shelter, {{ADDRESS:310 Harrison Ave NE}}, {{LOCATION:Albuquerque}} {{ZIP:87102}}, ph {{PHONE:505-555-0158}}

{{NAME:Rhonda}} called to report {{NAME:Gene}} was found sleeping in the stairwell at 0300, confused, and was taken by {{FACILITY:AFD}} to {{FACILITY:Sandia Vista}} ED? -- clarified: taken to {{FACILITY:Rio Grande Medical Center}} ED. He has been at the shelter since {{DATE:1/28}}, bunk 42. Has not been taking his lithium (300 mg BID) -- shelter holds meds in office, last dose logged {{DATE:2/9}}. Last Li level 0.3 on {{DATE:2/3/25}} (subtherapeutic).
Writer called {{FACILITY:RGMC}} ED, spoke w/ SW {{NAME:Luis Baca}} ext {{PHONE:6612}}: pt medically stable, Na 138, Cr 1.1, lithium level pending. ED psych consult requested.
{{NAME:Gene}} is on waitlist for PSH voucher through {{FACILITY:Supportive Housing Coalition of NM}} (HMIS # {{ID:HM-88102455}}); coordinator {{NAME:Ana Trujillo}} {{EMAIL:atrujillo@shcnm.org}}. Will notify her of admission so he keeps his place.
Sister {{NAME:Lorraine Whitehorse}} in {{LOCATION:Gallup}} {{PHONE:505-555-0114}} is emergency contact; message left.
{{NAME:K. Begay}}, BSW, care coordinator`,

  // 17 PSH housing referral
  `PERMANENT SUPPORTIVE HOUSING REFERRAL / VERIFICATION OF DISABILITY
Program: {{FACILITY:Keystone Housing First}} (CoC-funded)    Referral date: {{DATE:03/04/2024}}
Applicant: {{NAME:Lashonda Renee Mabry}}    DOB: {{DATE:06/30/1983}}    HMIS ID: {{ID:PA-600-4471829}}
Current location: unsheltered / car (2009 Chevy Impala, PA plate {{VEHICLE:KMR-4410}}), parked nightly in the {{FACILITY:Colonial Park Plaza}} lot, {{ADDRESS:2200 Rt 22}}, {{LOCATION:Harrisburg}}
VI-SPDAT score: 13 (prioritized)

I, the undersigned licensed clinician, certify that the applicant has a disabling condition: Bipolar I disorder, current episode depressed (F31.4) and alcohol use disorder, moderate, in early remission (F10.21), long-continuing and substantially impeding her ability to live independently.
Treating since {{DATE:11/2022}} at {{FACILITY:Capital Area Community Mental Health}}, {{ADDRESS:17 S. Cameron St}}, {{LOCATION:Harrisburg}}, PA {{ZIP:17101}}.
Children: son {{NAME:DeShawn}} (9) staying with her aunt {{NAME:Odessa Mabry}} in {{LOCATION:Steelton}}.
Medicaid (PA HealthChoices) ID {{HEALTH_PLAN:4471002938}}.
Clinician: {{NAME:Robert Tsai}}, LPC   PA lic. {{LICENSE:PC009184}}   {{PHONE:717-555-0137}}
Signature: ______   Date {{DATE:3/4/24}}
Case mgr: {{NAME:Yolanda Price}}, {{EMAIL:yprice@capitalcmh.org}}`,

  // 18 probation progress letter
  `{{FACILITY:Tri-Valley Behavioral Services}}
{{ADDRESS:600 N. Main St, Suite B}}  {{LOCATION:Las Cruces}}, New Mexico  {{ZIP:88001}}
Tel {{PHONE:575-555-0126}}   Fax {{FAX:575-555-0127}}

{{DATE:Jan. 8, 2024}}

Officer {{NAME:Raymond Chavira}}
{{FACILITY:Doña Ana County Adult Probation}}, Field Unit 3
Via email: {{EMAIL:rchavira@donaanacounty-probation.org}}

RE: {{NAME:Esteban Leyva}}, DOB {{DATE:5/19/1997}}, Cause No. {{ID:D-307-CR-2023-00419}}

Dear Officer {{NAME:Chavira}},
Per the court's order of {{DATE:August 22, 2023}} (Judge {{NAME:Consuelo Arrieta}}), Mr. {{NAME:Leyva}} was required to complete a substance use assessment and follow recommendations. He completed his assessment with me on {{DATE:9/6/2023}} and was placed in our Level 1 outpatient program (1x/week group + biweekly individual). Between {{DATE:9/13/2023}} and {{DATE:1/3/2024}} he attended 15 of 17 groups and 7 of 8 individual sessions. Two absences ({{DATE:11/22}}, {{DATE:12/27}}) were excused for work at {{FACILITY:Mesilla Valley Pecan Co.}} during harvest. Random UAs: 6 collected, all negative except {{DATE:10/18}} (+THC, pt admitted use).
He is expected to complete on {{DATE:2/14/2024}}. I recommend no additional treatment beyond aftercare.

{{NAME:Alma Rosas}}, LADAC
NM lic. {{LICENSE:LADAC-1188}}`,

  // 19 drug court staffing report
  `ADULT TREATMENT COURT -- WEEKLY STAFFING REPORT
{{FACILITY:Greene County Circuit Court}}, Div. 12 -- Judge {{NAME:Harlan B. Stroud}} presiding
Staffing: {{DATE:Wed 04/17/2024}}  Court: {{DATE:Thu 04/18/2024}} 1:30 pm

PARTICIPANT: {{NAME:MEADOWS, Tanner}}     Case # {{ID:2331-CR01927}}     Phase II (day 112)
Tx provider: {{FACILITY:Wilson Creek Recovery Center}} -- counselor {{NAME:Bethany Kolb}}
PO: {{NAME:Gary Lindsey}} (P&P District 31)   Defense: {{NAME:Renata Osgood}}, APD   State: {{NAME:Colin Pruett}}, APA

Attendance: 3/3 IOP groups, 2/2 self-help (sheets verified), 1/1 indiv.
Testing (color code, {{FACILITY:Ozark Forensic Labs}}): called {{DATE:4/12}}, {{DATE:4/15}} -- both NEG. Sweat patch removed {{DATE:4/16}}, sent (chain # {{ID:SP-204418}}).
Employment: started at {{FACILITY:Springfield Tire & Lube}} {{DATE:4/8}}.
Housing: {{FACILITY:Oxford House Cherry St}}, {{ADDRESS:1012 E Cherry St}}, {{LOCATION:Springfield}} MO {{ZIP:65806}}.
Concerns: girlfriend {{NAME:Kaylee Ruiz}} (active user) seen dropping him at group {{DATE:4/11}}; pt acknowledges.
Team recommendation: praise + fishbowl drawing; discuss healthy relationships w/ counselor; remains Phase II; phase-up eligible {{DATE:5/16}}.
Submitted by {{NAME:B. Kolb}}, LPC, {{PHONE:417-555-0189}}`,

  // 20 Baker Act initiation (Florida)
  `REPORT OF LAW ENFORCEMENT OFFICER INITIATING INVOLUNTARY EXAMINATION -- s. 394.463, F.S. (BAKER ACT)
Receiving facility: {{FACILITY:Suncoast Crisis Stabilization Unit}}, {{ADDRESS:4100 Ulmerton Rd}}, {{LOCATION:Clearwater}}, FL {{ZIP:33762}}
Person: {{NAME:Desiree Ann Pelletier}}   DOB {{DATE:11/23/2001}}   Race/Sex W/F
Taken into custody: {{DATE:07/04/2024 23:55}} at {{ADDRESS:2731 Gulf Blvd, Unit 508}}, {{LOCATION:Indian Rocks Beach}} ({{LOCATION:Pinellas}} County)
Officer: Cpl. {{NAME:Anthony Marchetti}}, {{FACILITY:Pinellas County Sheriff's Office}}, ID {{ID:PCSO-7714}}   Agency case # {{ID:24-118804}}

Circumstances: Deputies responded to a call from RP {{NAME:Jordan Pelletier}} (husband, {{PHONE:727-555-0103}}) stating subject had taken "a handful" of her alprazolam and posted a goodbye message. On arrival subject was on balcony (5th floor), tearful, stated "I'm done, let me go." Subject refused voluntary evaluation. EMS ({{FACILITY:Gulfline EMS}} unit 22) assessed, GCS 14, transported to {{FACILITY:Gulf Beaches Medical Center}} ED for medical clearance, then to CSU.
Criteria: substantial likelihood that without care subject will cause serious bodily harm to self in the near future, as evidenced by recent behavior.
Firearms in home: none per husband.
Signature of officer ______  Date/time {{DATE:07/05/2024 0040}}
Form CF-MH 3052a`,

  // 21 Marchman Act petition summary
  `IN THE CIRCUIT COURT OF THE {{FACILITY:NINTH JUDICIAL CIRCUIT, IN AND FOR ORANGE COUNTY}}, FLORIDA
In re: {{NAME:JACOB WYATT SORENSEN}}        Case No.: {{ID:2024-MA-000318-O}}
PETITION FOR INVOLUNTARY ASSESSMENT AND STABILIZATION (MARCHMAN ACT, CH. 397 F.S.)

Petitioner(s): {{NAME:Linda Sorensen}} and {{NAME:Erik Sorensen}}, parents, {{ADDRESS:9914 Lake Nona Blvd}}, {{LOCATION:Orlando}}, FL {{ZIP:32827}}, {{PHONE:407-555-0116}}
Respondent: {{NAME:Jacob W. Sorensen}}, age 24, DOB {{DATE:02/09/2000}}, last known address {{ADDRESS:455 N Orange Ave, Apt 1210}}, {{LOCATION:Orlando}} {{ZIP:32801}}
Respondent's attorney (appointed): {{NAME:Patrice Okeke}}, Office of Regional Counsel

Facts alleged: Respondent has used IV fentanyl and methamphetamine daily since approx. {{DATE:October 2023}}; overdosed {{DATE:1/12/24}} and {{DATE:2/2/24}}, both revived with Narcan and seen at {{FACILITY:Conway Lakes Medical Center}}; left AMA both times. Lost job at {{FACILITY:Lake Nona Golf & Country Club}}. On {{DATE:2/18/24}} he threatened his father with a kitchen knife over money.
Requested provider: {{FACILITY:Central Florida Addiction Receiving Facility}}.
Hearing set before Magistrate {{NAME:Deborah Llewellyn}} on {{DATE:February 26, 2024}} at 8:45 a.m., Courtroom 9-C.
Filed {{DATE:02/20/2024}} -- Clerk {{NAME:T. Raimondi}}, D.C.`,

  // 22 ED boarding / bed search log
  `ED BEHAVIORAL HEALTH BOARDING -- BED SEARCH LOG
{{FACILITY:St. Anselm Regional Medical Center}} ED, Room 14 (safe room)
Pt: {{NAME:Marguerite Ducharme}}  MRN {{MRN:SA-4411920}}  ED arrival {{DATE:05/10/25 16:22}}
IVC petition filed {{DATE:5/10}}; 1st exam Dr. {{NAME:Amir Haddad}}; magistrate custody order {{ID:25SP00871}}
Ins: Medicare A/B + Medicaid dual; MBI {{HEALTH_PLAN:7RW4TE2KY81}}
Age 72, dementia w/ behavioral disturbance vs late-onset psychosis. Needs geri-psych.

date   time  facility                                  contact           result
{{DATE:5/10}}   2130  {{FACILITY:Cape Fear Geriatric Behavioral}}           {{NAME:Trina}} RN       no geri beds
{{DATE:5/10}}   2145  {{FACILITY:Holly Ridge Hospital}}                     intake line       faxed packet to {{FAX:910-555-0199}}
{{DATE:5/11}}   0800  {{FACILITY:HRH}}                                      {{NAME:Marcus}}            declined - "too medically complex"
{{DATE:5/11}}   0815  {{FACILITY:Wrightsboro Senior Behavioral Unit}}       {{NAME:J. Albrecht}}       waitlist #3
{{DATE:5/12}}   1010  state hospital ({{FACILITY:Cherry Grove}})             ADATC/state ref   referral # {{ID:NC-SH-55218}}, est 2-3 wks
{{DATE:5/12}}   1400  {{FACILITY:Wrightsboro Senior Behavioral Unit}}       {{NAME:J. Albrecht}}       ACCEPTED, bed 7

Daughter {{NAME:Claudette Ducharme-Price}} ({{PHONE:910-555-0145}}) updated each day. Transfer by {{FACILITY:Coastal Medical Transport}} {{DATE:5/12/25 1630}}.
BH navigator: {{NAME:Kendra Wilcox}}, LCSW`,

  // 23 42 CFR Part 2 consent
  `CONSENT FOR THE RELEASE OF CONFIDENTIAL SUBSTANCE USE DISORDER INFORMATION (42 CFR Part 2)

I, {{NAME:Harold Eugene Tillman}} (DOB {{DATE:08/02/1971}}, client # {{MRN:RR-20577}}), authorize
  {{FACILITY:Red Rock Recovery Services}}, {{ADDRESS:2850 W. Horizon Ridge Pkwy, Ste 200}}, {{LOCATION:Henderson}}, NV {{ZIP:89052}}
to disclose to:
  [x] {{NAME:Valerie Cho}}, Parole Agent, Nevada Division of Parole and Probation -- Southern Command, {{PHONE:702-555-0124}}
  [x] My wife, {{NAME:Angela Tillman}}, {{PHONE:702-555-0169}}
  [ ] My employer
Information: attendance, UA results, tx plan progress, discharge summary. NOT psychotherapy notes.
Purpose: supervision of parole (inmate # {{ID:1144382}}, released from {{FACILITY:Sagebrush Flats Correctional Center}} {{DATE:12/01/2023}}) and family support.
This consent expires: upon discharge from parole, or {{DATE:12/01/2025}}, whichever is sooner. I understand I may revoke it at any time except to the extent action has been taken in reliance on it; revocation does not apply to criminal justice referrals until parole ends.
Signed: {{NAME:H. Tillman}}  Date {{DATE:1/9/2024}}
Witness: {{NAME:Jasmine Ocampo}}, intake coordinator
Redisclosure notice attached (42 CFR 2.32).`,

  // 24 prior authorization for residential SUD
  `PRIOR AUTHORIZATION REQUEST -- RESIDENTIAL SUD TREATMENT (ASAM 3.5)
To: UnitedHealthcare Behavioral UM dept   fax 1-800-555-0198
From: {{FACILITY:Lantern House Treatment Center}}, UR: {{NAME:Monica Beltran}}  ph {{PHONE:(602) 555-0176}} fax {{FAX:(602) 555-0175}}
Date submitted: {{DATE:06/03/2024}}

Member: {{NAME:Nathaniel Brooks Ashford}}   DOB {{DATE:10/31/1995}}   Member ID {{HEALTH_PLAN:989104422-01}}   Group # {{HEALTH_PLAN:771403}}
Subscriber: father, {{NAME:Charles Ashford}}, employer {{FACILITY:Salt River Electric Co-op}}
Facility NPI {{LICENSE:1558820044}}   Attending: {{NAME:Victor Alvarado}}, MD NPI {{LICENSE:1396701188}}
Requested: 14 days, {{DATE:6/3/24-6/16/24}}. Rev code 1002. H0018.
Clinical: 28M, severe alcohol use d/o + severe stimulant (meth) use d/o, completed 3.7-WM at {{FACILITY:Papago Springs Detox}} {{DATE:5/28-6/2}} (CIWA peak 19, no seizure). 2 prior IOP attempts ({{FACILITY:Desert Sage IOP}}, failed x2 within 3 wks). Dim 5 high (relapsed 48h after each IOP d/c), Dim 6 high (lives with using roommates at {{ADDRESS:1717 E Apache Blvd, #221}}, {{LOCATION:Tempe}}).
Auth # assigned: {{ID:A240603-88172}}  approved 7 days, concurrent review due {{DATE:6/9}}. Reviewer: {{NAME:K. Hamblin}}, RN.`,

  // 25 fax cover
  `*** CONFIDENTIAL FAX ***
{{FACILITY:PRAIRIE WINDS PSYCHIATRIC ASSOCIATES}}
{{ADDRESS:3301 W 13th St N, Bldg C}} -- {{LOCATION:WICHITA}} KS {{ZIP:67203}}
MAIN {{PHONE:316-555-0131}}   FAX {{FAX:316-555-0132}}

DATE: {{DATE:11/07/2024}}          PAGES (incl cover): 9
TO: Medical Records / Intake, {{FACILITY:Arkansas River Behavioral Hospital}}
ATTN: {{NAME:Shelby}} in admissions          FAX #: {{FAX:316-555-0188}}   PHONE #: {{PHONE:316-555-0189}}
FROM: {{NAME:Dominic Reyes-Arnold}}, RN care coordinator, ext {{PHONE:2207}}

RE: {{NAME:WENDELL P. ORTEGA}}   DOB {{DATE:03/03/1962}}   our chart {{MRN:PW-000781}}

[X] Urgent   [ ] For review   [X] Please reply

Enclosed per your request for pending admission: last 3 med mgmt notes ({{DATE:8/14}}, {{DATE:9/25}}, {{DATE:10/30}}), clozapine ANC log (REMS), signed ROI dated {{DATE:11/6/24}}, face sheet. Last ANC 2,400 on {{DATE:11/4/2024}}. Current clozapine 350 mg qhs; pt's pharmacy {{FACILITY:Delano Drug}} {{PHONE:316-555-0150}} holds the REMS dispense.
Guardian: {{NAME:Francine Ortega}} (sister, court-appointed, {{FACILITY:Sedgwick County District Court}} case {{ID:2019-GN-000244}}) {{PHONE:316-555-0160}}.

The documents accompanying this fax contain confidential health information protected by federal and state law. If you received this in error, call {{PHONE:316-555-0131}} and destroy all copies.`,

  // 26 portal messages
  `MyChart Message Thread -- {{FACILITY:Lakeshore Behavioral Health}}
Patient: {{NAME:Priyanka Deshmukh}}   MRN {{MRN:LBH5530912}}

From: {{NAME:Priyanka Deshmukh}}   Sent: {{DATE:Sun 3/2/2025 11:48 PM}}
hi dr {{NAME:whalen}}, sorry to bother on weekend. the lamotrigine went up to 150 on friday and now i have a rash on my arms & neck?? its red and itchy not blistering. also my mom ({{NAME:Sunita}}) wants to know if she can call you, she's visiting from {{LOCATION:Pune}} until april. my new number is {{PHONE:312-555-0147}}. thx

From: {{NAME:Caroline Whalen}}, MD   Sent: {{DATE:Mon 3/3/2025 7:12 AM}}
{{NAME:Priyanka}} -- please STOP lamotrigine today and do not restart until you are seen. Any rash on lamotrigine needs to be checked (rare but serious reaction called Stevens-Johnson syndrome). If you have fever, mouth sores, blisters or peeling, go to the ED now ({{FACILITY:Lakeview Mercy}} ED is closest to your address on {{ADDRESS:W. Belmont Ave}}). I have asked {{NAME:Jen}} to put you on my schedule today at 1:40. Your mom can call with your verbal OK at the front desk ({{PHONE:312-555-0108}}). -- Dr. {{NAME:W}}

From: {{NAME:Jennifer Hoang}}, MA   Sent: {{DATE:3/3/2025 7:30 AM}}
Scheduled {{DATE:3/3}} 1:40 PM in person, {{ADDRESS:1 E. Erie St, 5th fl}}.`,

  // 27 telehealth therapy note (BIRP)
  `TELEHEALTH PSYCHOTHERAPY NOTE (BIRP)
Client: {{NAME:Sawyer Bellamy-Crane}} (they/them)   DOB {{DATE:2000-05-27}}   Acct {{ACCOUNT:CB-448120}}
Session: {{DATE:2024-09-18}} 16:00-16:53 (53 min), 90837-95
Platform: video, link {{URL:https://telehealth.northpinecounseling.com/room/kgreene}}; client located at home, {{LOCATION:Bozeman}}, MT; clinician at {{FACILITY:North Pine Counseling}} office, {{LOCATION:Missoula}}. Verified identity and location; emergency contact on file: roommate {{NAME:Ezra Lund}} {{PHONE:406-555-0191}}.
Clinician: {{NAME:Kathleen Greene}}, LCPC   MT lic {{LICENSE:LCPC-LIC-11907}}

B: Client reports 2 panic attacks this wk, one at work ({{FACILITY:Bridger Bagel Co.}}) during rush. Avoiding grocery store. PDSS 14. Sleep 5-6 h. Smoking cannabis nightly "to come down."
I: Reviewed interoceptive exposure hierarchy; practiced spinning-in-chair exposure x3 in session (SUDS 70 -> 35). Psychoeducation on cannabis and rebound anxiety. Discussed PCP referral to {{NAME:Marco Vitale}}, PA-C, re: propranolol.
R: Engaged, humor intact. Completed exposure with coaching. Denies SI.
P: Daily exposure log; return {{DATE:9/25}} same time. Session connection dropped once at 16:21 (client IP {{IP:174.45.210.88}} logged per platform audit), reconnected in 1 min.`,

  // 28 child psychiatric evaluation
  `CHILD & ADOLESCENT PSYCHIATRY -- INITIAL EVALUATION
{{FACILITY:Bayou Pediatric Behavioral Clinic}}, {{LOCATION:Baton Rouge}}, LA
Patient: {{NAME:Thibodeaux, Elijah}}    DOB {{DATE:07/08/2014}}    MRN {{MRN:BPB-771206}}    Seen {{DATE:8/20/2024}}
Informants: mother {{NAME:Monique Thibodeaux}} ({{PHONE:225-555-0118}}); stepfather {{NAME:Darnell Jackson}}; Vanderbilt forms from 4th-grade teacher Mrs. {{NAME:Bourgeois}} at {{FACILITY:Cypress Bend Elementary}}
Custody: joint; bio father {{NAME:Andre Thibodeaux}} lives in {{LOCATION:Lafayette}}, every other weekend. Mom has custody order ({{FACILITY:19th JDC}} docket {{ID:C-703118}}) -- copy requested for chart.

CC: "he can't sit still and he's getting suspended."
HPI: 10 yo M, 3 suspensions since {{DATE:Jan 2024}} for hitting peers and throwing a chair. Teacher Vanderbilt: inattentive 8/9, hyperactive 7/9, ODD items 5/8. Sleep onset >1 h. No tics (Tourette's screen neg). No abuse disclosed; DCFS case closed {{DATE:2022-04}} (unfounded). Trauma: witnessed house fire {{DATE:Aug 2021}}.
Dev: born 34 wk at {{FACILITY:Bluebonnet Women's Hospital}}, NICU x 10 days, Apgars 7/9; speech tx age 3.
Dx: ADHD, combined (F90.2); r/o ODD; r/o PTSD.
Plan: start methylphenidate ER 18 mg qAM; baseline BP 102/64, HR 88, wt 31 kg; PCIT referral to Dr. {{NAME:Simone Batiste}}'s group; 504 letter to school; f/u 4 wks.
{{NAME:Rafael Ocasio}}, MD`,

  // 29 eating disorder residential weekly update
  `WEEKLY TREATMENT TEAM UPDATE -- {{FACILITY:Willow Creek Eating Disorder Residence}}
Resident: {{NAME:Eleanor "Nell" Vandermeer}}   Age 19   Adm {{DATE:09/03/2024}}   Wk 5
To: parents {{NAME:Pieter}} & {{NAME:Joanne Vandermeer}} ({{EMAIL:jvandermeer71@gmail.com}}); outpt team Dr. {{NAME:Lisa Kowalczyk}} (PCP, {{FACILITY:Grand Haven Family Medicine}}), {{NAME:Amara Diallo}}, RD
Date of team: {{DATE:Oct 8, 2024}}

Medical: wt 47.9 kg (adm 44.1), BMI 17.6 -> goal 19.5. Orthostatics resolved. K 3.9, phos 3.4 (phos supplement d/c'd {{DATE:9/20}}). HR 52 -> 61. DEXA ordered at {{FACILITY:Lakeshore Radiology Partners}}.
Nutrition: 3200 kcal/day, completing 100% w/ 1 Ensure Plus 6/7 days. Passed restaurant challenge {{DATE:10/5}} with RD.
Therapy: FBT-informed family session by Zoom {{DATE:10/3}}; EMDR deferred. Body checking decreased per staff log. {{NAME:Nell}} requested a call with her roommate at {{FACILITY:Macatawa Christian College}}, {{NAME:Tessa}} -- approved, supervised.
School: medical withdrawal filed with registrar {{NAME:D. Kuipers}}; readmission letter to follow at d/c.
Insurance: Priority Health, ID {{HEALTH_PLAN:PH0088217365}}; next concurrent review {{DATE:10/11}}, auth {{ID:PRA-2024-551903}}.
Anticipated step-down to PHP at {{FACILITY:Willow Creek Holland}} on/around {{DATE:10/21}}.
Primary therapist: {{NAME:Grace Hwang}}, LMSW   {{PHONE:616-555-0174}}`,

  // 30 VA PTSD psychotherapy note
  `LOCAL TITLE: MH PSYCHOTHERAPY NOTE -- CPT (COGNITIVE PROCESSING THERAPY)
STANDARD TITLE: MENTAL HEALTH PSYCHOTHERAPY NOTE
DATE OF NOTE: {{DATE:JUN 12, 2024@14:05}}     ENTRY DATE: {{DATE:JUN 12, 2024@15:31:08}}
AUTHOR: {{NAME:DELACROIX,SIMONE R}}     EXP COSIGNER: {{NAME:HUTCHENS,GERALD}}
STATUS: COMPLETED
PATIENT: {{NAME:MCALLISTER,ROY DEAN}}   SSN {{SSN:529-01-4476}}   LOC: {{FACILITY:RAPID CITY CBOC}} (VVC to home)

Session 7 of 12. Veteran joined VA Video Connect from home in {{LOCATION:Box Elder}}; wife {{NAME:Darlene}} in next room, aware of session. PCL-5 today 41 (baseline 58 on {{DATE:04/24/2024}}). PHQ-9 12.
Index trauma: IED strike on convoy outside {{LOCATION:Kandahar}}, {{DATE:11/2009}}; SGT {{NAME:Luis Ferreira}} KIA. Reviewed Challenging Beliefs Worksheet on stuck point "I should have seen the wire." Veteran generated alternative: "I was 22 and following the route we were given." Affect tearful but regulated.
Work: back to full shifts at {{FACILITY:Dakota Granite Works}}; nightmares 2x/wk (was nightly) on prazosin 3 mg.
Risk: C-SSRS screen negative. Owns 2 handguns kept in safe; wife holds combination (lethal means counseling reviewed {{DATE:5/1}}). VCL: dial 988, press 1.
Plan: practice assignment Patterns of Problematic Thinking; next VVC {{DATE:6/19/24}} 1400.
/es/ {{NAME:SIMONE R. DELACROIX}}, PhD, Psychologist, PTSD Clinical Team, {{FACILITY:Harney Peak VA Medical Center}}
Signed: {{DATE:06/12/2024 15:31}}`,

  // 31 jail mental health intake
  `JAIL MENTAL HEALTH INTAKE SCREENING
{{FACILITY:Clackamas Ridge Detention Center}} -- Health Services
Inmate: {{NAME:TRAYLOR, Quentin Marcus}}   DOB {{DATE:04/29/1990}}   Booking # {{ID:2025-004471}}   SID {{ID:OR19922841}}
Booked {{DATE:01/31/2025 0210}} by {{FACILITY:Gresham PD}}. Housing: intake 3 -> MH unit 2C, cell 14
Charges: crim trespass II, harassment. Arraignment {{DATE:2/3/25}}, {{FACILITY:Multnomah County Circuit Court}}, courtroom 3.
Screener: {{NAME:Ivy Pham}}, QMHP ({{FACILITY:Corrisana Health}})

Reports schizophrenia dx at 19, last inpt {{FACILITY:Sunnyside Behavioral Hospital}} {{DATE:Oct 2024}}. Meds verified w/ {{FACILITY:Rockwood Pharmacy}} {{PHONE:503-555-0115}}: Abilify Maintena 400 mg q4wk, last inj {{DATE:1/6/25}} at {{FACILITY:Eastside Assertive Community Treatment}}. Daily meth; CIWA 2.
Suicide screen: prior attempt 2017 (hanging, while in jail in {{LOCATION:Salem}}); currently denies SI, but poor eye contact, responding to internal stimuli.
Contacts: mother {{NAME:Bettye Traylor}} {{PHONE:503-555-0173}}; ACT case mgr {{NAME:Kofi Mensah}} {{PHONE:503-555-0138}}.
Dispo: MH housing, suicide watch level 2 (q15), psychiatry sick call w/ Dr. {{NAME:Hollis}} within 24 h; notified PD {{NAME:Sarah Lindgren}}, {{FACILITY:Columbia Defenders Office}}, re: possible aid-and-assist (ORS 161.370) issue.
{{NAME:IP}}/{{NAME:mk}} {{DATE:1/31/25}} 0355`,

  // 32 competency evaluation excerpt
  `FORENSIC EVALUATION -- COMPETENCY TO STAND TRIAL (Tex. Code Crim. Proc. art. 46B)
State v. {{NAME:Delgado-Ruiz, Armando}}   Cause No. {{ID:F23-41187-T}}
{{FACILITY:282nd Judicial District Court}}, {{LOCATION:Dallas}} County, Texas -- Hon. {{NAME:Beatrice Nwankwo}}
Ordered: {{DATE:October 30, 2023}}   Examined: {{DATE:November 14, 2023}}, 10:05-12:40, {{FACILITY:Trinity Point County Jail}}, attorney room 4
Examiner: {{NAME:Howard Lemieux}}, PhD, ABPP   TX lic. {{LICENSE:34471}}
Defense: {{NAME:Rosalind Greer-Amos}}   Prosecutor: ADA {{NAME:Kevin Tran}}

Sources: interview; MacCAT-CA; jail medical records ({{DATE:9/2/23-11/10/23}}); 2019 discharge summary from {{FACILITY:Red River State Hospital}}; phone interview with brother {{NAME:Ignacio Delgado}} ({{PHONE:214-555-0140}}) on {{DATE:11/15/23}}.
Notification: Mr. {{NAME:Delgado-Ruiz}} was told the evaluation was not confidential and results would go to the court and both attorneys; he repeated this back.
Findings: 44-year-old man, schizophrenia, multiple episodes, currently acutely psychotic. Believes his attorney is "working for the cartel in {{LOCATION:Monterrey}}" and refused to discuss the offense with her. MacCAT-CA: Understanding 9/16, Reasoning 6/16, Appreciation 1/6 (impaired).
Opinion: Not competent to stand trial at this time; there is a substantial probability he will attain competency within one year with inpatient restoration and antipsychotic treatment.
{{NAME:H. Lemieux}}, PhD   {{DATE:11/20/2023}}`,

  // 33 LPS conservatorship placement note
  `SOCIAL WORK NOTE -- LPS CONSERVATORSHIP / PLACEMENT
Pt: {{NAME:Winifred Castellanos}}   MRN {{MRN:0833917}}   Unit: {{FACILITY:Ortega Pavilion}} 3E, bed 12   Hospital day 41
Legal: temporary LPS conservatorship granted {{DATE:3/28/2024}}, {{FACILITY:Superior Court of California, County of San Mateo}}, case {{ID:24-MH-000412}}; deputy public conservator {{NAME:Alan Whitsett}} ({{PHONE:650-555-0121}}).
Pt's attorney: {{NAME:Mireille Dufresne}}, {{FACILITY:Peninsula Defenders}}. Trial on permanent conservatorship set {{DATE:5/20/2024}}.

Contacted {{FACILITY:Bayshore Villa MHRC}} ({{PHONE:650-555-0183}}), admissions coordinator {{NAME:Rudy}}: packet received {{DATE:4/29}}, phone interview set {{DATE:Friday 5/3}} at 10:00. No IMD beds open in {{LOCATION:San Mateo}} County this week; second referral faxed to {{FACILITY:Golden Hills Psychiatric Health Facility}} in {{LOCATION:Stockton}} ({{FAX:209-555-0162}}).
Pt's niece {{NAME:Dolores "Lola" Castellanos-Bui}} ({{PHONE:415-555-0192}}) called asking whether pt can come live with her in {{LOCATION:Daly City}}; explained conservator decides placement, gave her Mr. {{NAME:Whitsett}}'s number. Niece reports pt's SSI rep payee is {{FACILITY:Peninsula Money Management Services}}.
Pt remains gravely disabled per team: refusing meals intermittently, believes food poisoned, no insight; Clozaril titration per Dr. {{NAME:Oyelowo}}.
{{NAME:Beatriz Almanza}}, LCSW  x{{PHONE:5527}}  {{DATE:04/30/2024 15:10}}`,

  // 34 clozapine monitoring, lowercase
  `clozapine clinic f/u -- {{FACILITY:harbor point cmhc}}
{{DATE:9/9/24}}  pt {{NAME:jonah whitfield}} 33yo m  mrn {{MRN:hp-551027}}
provider: {{NAME:a. mbeki}} pmhnp / rn {{NAME:corinne dusseault}}

clozapine 400mg qhs (yr 3). ANC today 2.9 (k/uL) -- nl range, monthly monitoring. REMS rpt'd. level {{DATE:8/12}}: clozapine 512, norclozapine 290.
se: sialorrhea at night (towel on pillow), constipation -- on senna + miralax, BM qod. no chest pain, HR 96. wt 104.5 kg (+2). A1c 6.1 on {{DATE:7/1/24}}.
psych: no AH per pt and per mom {{NAME:cheryl whitfield}} (lives w/ her, {{ADDRESS:88 Quarry Rd}}, {{LOCATION:Rockport}}). going to {{FACILITY:Lighthouse Clubhouse}} M/W/F, works 10 h/wk at {{FACILITY:Cape Ann Thrift}}.
pharmacy {{FACILITY:Rockport Apothecary}} ({{PHONE:978-555-0172}}) -- confirmed 30-day supply dispensed {{DATE:9/3}}.
plan: cont clozapine 400, add glycopyrrolate 1 mg qhs for drooling, bowel regimen, metformin 500 bid for wt/A1c. next anc {{DATE:10/7}}. call mom if missed.
-{{NAME:am}}`,

  // 35 pharmacy call re early benzo refill
  `TELEPHONE ENCOUNTER                                   {{DATE:07/22/2024 16:47}}
Caller: {{NAME:Brent Kallas}}, RPh, {{FACILITY:Lakeside Family Pharmacy}}, {{LOCATION:Ashtabula}} OH, {{PHONE:440-555-0134}}
Re: {{NAME:Dawn M. Sturgill}}   DOB {{DATE:12/12/1968}}   MRN {{MRN:AC-337014}}
Taken by: {{NAME:Heather}} (front desk) -> routed to {{NAME:Lucas Petrakis}}, MD

Pharmacist reports pt presented Rx for clonazepam 1 mg TID #90 written by our office {{DATE:7/15}}, but OARRS shows she filled clonazepam 0.5 mg #60 on {{DATE:7/8/24}} from Dr. {{NAME:Rosalind Eberhardt}} (urgent care, {{FACILITY:Conneaut Walk-In Clinic}}) and hydrocodone 5/325 #12 on {{DATE:7/10/24}} from a dentist ({{NAME:Kyle Marchbanks}}, DDS).
MD review of OARRS {{DATE:7/22/24}} 17:05 confirms; our last clonazepam fill {{DATE:6/17/24}}.
Called pt at {{PHONE:440-555-0197}}: states urgent care gave "a few" after panic attack at her daughter {{NAME:Tiffany}}'s wedding, forgot to tell us. Tooth extraction {{DATE:7/10}}.
Plan: told pharmacist OK to fill but as #60 (reduced), will discuss taper at visit {{DATE:7/29}}. Reminded pt of controlled-substance agreement (single prescriber). Letter sent to Dr. {{NAME:Eberhardt}}, fax {{FAX:440-555-0113}}.
{{NAME:L. Petrakis}}, MD`,

  // 36 DUI assessment summary
  `DWI ASSESSMENT SUMMARY -- confidential
Agency: {{FACILITY:Piedmont Substance Abuse Services}}   Assessor: {{NAME:Cheryl Ann Moultrie}}, LCAS, CCS
Client: {{NAME:Grayson T. Whitlock}}   DOB {{DATE:08-14-1993}}   DL# {{LICENSE:000048812290}} (NC, revoked)
Referral: {{FACILITY:Forsyth County District Court}}, file no. {{ID:24CR 713508}}, arrest {{DATE:5/4/24}}, BAC .14
Atty: {{NAME:Martin Esposito}}, {{PHONE:336-555-0179}}
Assessment date: {{DATE:May 21, 2024}}

Instruments: SASSI-4 (high probability of SUD), AUDIT 17, ASI lite. Collateral: fiancee {{NAME:Brooke Hanley}} by phone, reports weekend binges and one blackout at {{FACILITY:Tanglewood Bar & Grill}}.
Vehicle at arrest: 2018 Ford F-150, plate {{VEHICLE:PKT-8821}}, impounded; ignition interlock vendor {{FACILITY:Carolina Breath Lock}} will install on reinstatement.
Dx: Alcohol use disorder, moderate (F10.20).
Recommendation: Short-Term Outpatient, 20 hrs over min 30 days, start {{DATE:6/3/24}}; 2 random EtG tests; completion certificate to DMV (form DL-24) and to court.
Client informed of results and signed ROI for attorney and court.
{{NAME:C. Moultrie}}, LCAS    {{DATE:5/21/2024}}`,

  // 37 gambling disorder therapy note, DAP
  `PROGRESS NOTE (DAP) - Problem Gambling Services
{{FACILITY:Delta Point Counseling}}, {{ADDRESS:1200 Riverside Dr, Ste 4}}, {{LOCATION:Tunica}}, MS {{ZIP:38676}}
Client: {{NAME:Vu Thanh Nguyen}} ("{{NAME:Tommy}}")   DOB {{DATE:2/17/1975}}   Chart {{MRN:DPC-1189}}
Date: {{DATE:Monday 01/13/2025}}   Time in/out 3:00/3:55 PM   Clinician: {{NAME:Maureen Gaskins}}, LPC, ICGC-II

D: {{NAME:Tommy}} reports no gambling for 41 days. Self-exclusion filed at {{FACILITY:Magnolia Queen Casino}} and {{FACILITY:Riverbend Gaming Hall}} on {{DATE:12/3/24}} (5-yr list). Wife {{NAME:Lan}} now manages the debit card; his paycheck from {{FACILITY:Mid-South Catfish Processing}} goes to joint acct. Reports urge 7/10 Saturday after watching the game at brother-in-law {{NAME:Hieu Tran}}'s house in {{LOCATION:Southaven}}. Used urge surfing + called GA sponsor {{NAME:Ron}}. Debt: ~$38,000; appt with credit counselor {{NAME:Felicia Boone}} at {{FACILITY:Delta Consumer Credit}} {{DATE:1/20}}.
A: Meets DSM-5 gambling disorder, moderate, early remission not yet met. PGSI 14 (down from 21). No SI; previous passive SI {{DATE:Nov 2024}} resolved.
P: Continue weekly CBT; Gam-Anon info for {{NAME:Lan}} (meeting Thursdays at {{FACILITY:St. Matthias Parish Hall}}); next session {{DATE:1/20/25}} 3 PM. 1-800-GAMBLER reviewed.
{{NAME:M. Gaskins}} LPC`,

  // 38 inpatient family meeting
  `FAMILY MEETING NOTE -- {{FACILITY:Pinecrest Adolescent Unit}}, {{FACILITY:Good Shepherd Behavioral Hospital}}
Pt: {{NAME:Kaitlyn Rose Dabrowski}}, 15F   MRN {{MRN:GS-7730045}}   HD#6
Meeting {{DATE:12/04/2023}} 1400-1500, conf rm 2
Present: mother {{NAME:Agnieszka Dabrowski}}; father {{NAME:Tomasz Dabrowski}} (by phone from {{LOCATION:Warsaw}}, Poland, for work); maternal grandmother {{NAME:Halina Nowak}}; attending Dr. {{NAME:Bernard Achterberg}}; SW {{NAME:Dana Fitzsimmons}}, LCSW; RN {{NAME:Jocelyn Tate}}.

Reviewed: admitted after cutting (forearm, superficial, 11 sutures at {{FACILITY:Grandview Children's ED}}) and saying she wanted to die following cyberbullying by classmates at {{FACILITY:Ridgeland Heights High}}. Mom found group chat; police report {{ID:RHPD-23-019944}} filed {{DATE:11/29}}.
{{NAME:Kaitlyn}} chose not to attend first half, joined at 1430, tearful, asked parents to "stop yelling at each other on speaker."
Plan agreed: d/c target {{DATE:12/7}} to PHP at {{FACILITY:Evergreen Youth PHP}}; phone stays with mom overnight; school meeting w/ dean {{NAME:Rob Kessler}} before return; lock up meds incl grandma's lorazepam; outpt therapist {{NAME:Maya Iverson}}, LCPC.
Next call with dad {{DATE:Wed 12/6}} 0800 our time.
{{NAME:D. Fitzsimmons}}, LCSW`,

  // 39 ACT team huddle note
  `ACT TEAM DAILY HUDDLE -- {{FACILITY:Gateway ACT Team}} ({{FACILITY:Mile High Community Behavioral}})
{{DATE:Thu 2/6/2025}} 0830   scribe: {{NAME:R. Castillo}}
Team: {{NAME:Naledi}} (TL), {{NAME:Joe P.}} (RN), {{NAME:Ximena}} (peer), {{NAME:Brett}} (SUD), Dr. {{NAME:K}} (psychiatrist, phone)

CONSUMER / ISSUE / ASSIGNED
- {{NAME:H. Yazzie}}: missed Invega inj due {{DATE:2/4}}; mom says he's at cousin's trailer in {{LOCATION:Commerce City}}. -> {{NAME:Joe P.}} + {{NAME:Ximena}} outreach 10a, bring inj kit.
- {{NAME:L. Abernathy}}: evicted from {{ADDRESS:1550 Xenia St, #3}}, {{LOCATION:Aurora}} {{DATE:2/5}}. Staying at {{FACILITY:Samaritan Haven}} tonight. -> {{NAME:Naledi}} call landlord re: deposit; housing app to {{FACILITY:Colfax Commons}}.
- {{NAME:D. Oyelaran}}: court {{DATE:2/10}}, {{FACILITY:Denver County Court}} rm 3H, case {{ID:24M08812}}; needs ride + letter. -> {{NAME:Brett}}.
- {{NAME:M. Villalobos}}: UDS + fentanyl {{DATE:2/3}}; narcan restocked; MOUD conversation. -> Dr. {{NAME:K}} tele visit 2p.
- {{NAME:P. Greenleaf}}: stable. Birthday tomorrow, peer to drop card.
Med deliveries: 11 (see log). Team car #2 (white Prius) in shop.
Crisis overnight: none. On-call phone {{PHONE:720-555-0113}}.`,

  // 40 interfacility transfer summary
  `INTERFACILITY TRANSFER SUMMARY (PSYCHIATRY)
FROM: {{FACILITY:Sacred Oaks Medical Center}} -- 6 Tower Medicine, rm 6114   TO: {{FACILITY:Bluestem Psychiatric Hospital}}, {{FACILITY:Larkin Unit}}
Patient: {{NAME:Ferris, Calvin J.}}   DOB {{DATE:1955-01-30}}   MRN {{MRN:SOM-00399182}}   Transfer {{DATE:2024-03-19 11:20}}
Accepting: Dr. {{NAME:Hyun-woo Park}}   Sending: Dr. {{NAME:Gabrielle Ostrowski}} (C-L psychiatry), pager {{PHONE:3-8841}}
Legal: Involuntary, 72-hr hold (Kan. Stat. 59-2953) initiated {{DATE:3/16/24}}; petition filed in {{FACILITY:Shawnee County District Court}} {{DATE:3/18}}, case {{ID:2024-CV-000219}}.

Medical course: admitted {{DATE:3/12}} after serious suicide attempt (CO poisoning in garage at {{ADDRESS:4417 SW Wanamaker Ct}}, {{LOCATION:Topeka}}); found by neighbor {{NAME:Earl Dunham}}. HBO x2 at {{FACILITY:Midlands Hyperbaric}}. COHb 31% -> nl. Troponin peak 0.09, echo EF 55%. Neuro: mild short-term memory deficits, MoCA 24/30.
Psych: 69M widower (wife {{NAME:June}} d. {{DATE:Dec 2023}}), MDD severe, AUD. C-SSRS high. Sertraline 50 mg started {{DATE:3/14}}.
Belongings: wallet, glasses; firearms removed from home by son {{NAME:Derek Ferris}} ({{PHONE:785-555-0156}}) {{DATE:3/13}}.
Transport: {{FACILITY:Capital City Ambulance}}, BLS w/ sitter. Report called to RN {{NAME:Abby Lindholm}} at 1105.
{{NAME:G. Ostrowski}}, MD`,

  // 41 AMA discharge nursing note, lowercase
  `nursing note -- {{FACILITY:crossroads detox}} unit b     {{DATE:08/17/24}} 0615
pt {{NAME:r. delgado}} ({{NAME:roberto}}), rm 4 bed 2, adm {{DATE:8/15}} for opioid w/d. cows 0530 = 11 (yawning, rhinorrhea, gooseflesh, restless). bup 4mg sl given 0545 per protocol, total 12 mg since {{DATE:8/16 2200}}.
0555 pt at nurses station stating "i'm out, my girl is coming." girlfriend {{NAME:jazmin}} waiting in lot in grey civic, plate {{VEHICLE:8JKL227}}. pt states she has "something for him."
educated on loss of tolerance + od risk, offered to call dr {{NAME:ferrante}} on call ({{PHONE:559-555-0186}}), pt declined. c-ssrs screen neg. a&ox4, not intoxicated, has capacity per charge rn {{NAME:Teodora Sandoval}}.
ama form signed 0608. given narcan 4mg nasal x2, fentanyl test strips, list of bup clinics incl {{FACILITY:Valley Bridge Clinic}} {{ADDRESS:2310 Tulare St}}, {{LOCATION:Fresno}} (walk-in m-f 8a), and {{FACILITY:san joaquin ed bridge}} nav {{NAME:Osvaldo}} {{PHONE:559-555-0102}}.
belongings returned from locker 7 incl wallet, phone, $43. no meds to return.
mom {{NAME:Lupe Delgado}} (ec, {{PHONE:559-555-0149}}) called at 0612 per pt request, no answer.
{{NAME:t. sandoval}} rn`,

  // 42 therapy progress note SOAP, copy-forward
  `Progress Note - Individual Psychotherapy
Client: {{NAME:Abigail Strand}}      DOB: {{DATE:3/22/1986}}      Client #: {{MRN:10554}}
Date: {{DATE:04/09/2024}}    Start 9:00   End 9:52   CPT 90837
Therapist: {{NAME:Isaac Bernstein-Mora}}, LMFT  (CA lic. #{{LICENSE:118204}})
Location: {{FACILITY:Coastal Oak Therapy Group}}, {{ADDRESS:500 E. Main St, Suite 12}}, {{LOCATION:Ventura}}

S: "My sister said I'm ruining Mom's last months." Mother {{NAME:Ingrid Strand}} on hospice at {{FACILITY:Channel Islands Hospice House}} since {{DATE:3/30}} (pancreatic ca). Client sleeping 4 h. Drinking 3-4 glasses wine nightly (up from 1-2). Sister {{NAME:Greta}} flew in from {{LOCATION:Minneapolis}}.
O: tearful, organized, no psychomotor changes. PHQ-9 16. AUDIT-C 7.
A: Adjustment d/o w/ mixed anxiety and depressed mood (F43.23), r/o AUD mild. Anticipatory grief.
P: Grief psychoed, values clarification re: time with mom. Discussed alcohol + sleep; pt agrees to 1 glass max. Referral to hospice bereavement coordinator {{NAME:Lorraine Oduya}} ({{PHONE:805-555-0125}}). Next {{DATE:4/16}}.

[copied forward from {{DATE:4/2/24}}, edited] Safety: no SI/HI. Firearms: none in home. Crisis: 988, {{FACILITY:Ventura County Crisis Team}} {{PHONE:805-555-0190}}.`,

  // 43 psychological testing report excerpt
  `PSYCHOLOGICAL EVALUATION -- CONFIDENTIAL
Name: {{NAME:Oluwaseun "Seun" Adebayo-Hart}}   DOB: {{DATE:May 2, 2006}}   Age: 18
Dates of testing: {{DATE:6/10/24}}, {{DATE:6/12/24}}, {{DATE:6/17/24}}   Report date: {{DATE:July 1, 2024}}
Referred by: {{NAME:Celeste Marrone}}, MD, {{FACILITY:Fox Valley Adolescent Psychiatry}}
Examiner: {{NAME:Jerome Kaczmarek}}, PsyD, licensed psychologist (WI #{{LICENSE:3187-57}})

Reason for referral: clarify diagnosis (ADHD vs. anxiety vs. emerging bipolar) and accommodations before freshman year at {{FACILITY:Menominee River Technical College}}.
Collateral: mother {{NAME:Folake Adebayo}}, father {{NAME:Steven Hart}}; records from {{FACILITY:Fox Crossing High}} (504 plan since 9th grade) and therapist {{NAME:Kari Lindstrom}}, LPC.

Tests administered: WAIS-IV, WIAT-4 (selected), CPT-3, BRIEF-2 (self/parent), MMPI-A-RF, MDQ, Conners 4.
Results (summary): FSIQ 108; WMI 92 and PSI 86, significantly below VCI 121. CPT-3: elevated omissions and HRT variability. BRIEF-2: clinically elevated working memory and plan/organize across raters. MMPI-A-RF valid; elevated anxiety; no thought dysfunction. MDQ negative; no history of distinct hypomanic episode per parents.
Impressions: ADHD, predominantly inattentive presentation (F90.0); GAD (F41.1). No evidence of bipolar disorder at this time.
Recommendations: extended time (1.5x), reduced-distraction testing, note-taker; register with campus disability office before {{DATE:8/15/24}}; stimulant trial per Dr. {{NAME:Marrone}}; CBT for anxiety.
{{NAME:J. Kaczmarek}}, PsyD`,

  // 44 residential SUD discharge summary
  `RESIDENTIAL TREATMENT DISCHARGE SUMMARY
{{FACILITY:High Plains Recovery Ranch}} -- Men's Program, {{LOCATION:Lubbock}}, TX
Resident: {{NAME:Cruz Amador Villanueva}}   ID {{MRN:HPR-24-0331}}   Adm {{DATE:3/11/24}}   D/C {{DATE:4/22/24}}
Type of discharge: Successful completion
Primary counselor: {{NAME:Wade Eckhardt}}, LCDC   Medical: {{NAME:Sonal Mehta}}, MD

Presenting problems at admission: methamphetamine use disorder, severe; alcohol use disorder, moderate; legal (pending possession charge, {{FACILITY:Lubbock County Court at Law No. 2}}, cause {{ID:2023-498,117}}); estrangement from children.
Course: 42 days. Completed Matrix Model groups, Life Skills, anger management, 2 family sessions with ex-wife {{NAME:Rosalinda Pena}} and daughters ({{DATE:4/5}}, {{DATE:4/19}}). All 7 UDS negative ({{FACILITY:Caprock Diagnostics}}). Earned chapter 5 of Big Book presentation; chose sponsor {{NAME:Manny}}.
Aftercare: sober living at {{FACILITY:Second Chance House}}, {{ADDRESS:2019 29th St}}, {{LOCATION:Lubbock}} {{ZIP:79411}}, house mgr {{NAME:Gil Ortiz}} {{PHONE:806-555-0168}}; IOP at {{FACILITY:Llano Estacado Counseling}} starting {{DATE:4/24}}; attorney {{NAME:Ben Sato}} notified of completion with consent.
Prognosis: fair-good.
{{NAME:W. Eckhardt}}, LCDC {{DATE:4/22/2024}}`,

  // 45 recovery residence verification letter
  `{{FACILITY:SERENITY RIDGE RECOVERY RESIDENCES, LLC}}
NARR Level II certified   |   {{ADDRESS:742 Holcomb Bridge Rd}}, {{LOCATION:Roswell}}, GA {{ZIP:30076}}   |   {{PHONE:770-555-0153}}

{{DATE:10/28/2024}}

To Whom It May Concern / {{FACILITY:Fulton County Accountability Court}}:

This letter verifies that {{NAME:Tyler James Rutledge}} (DOB {{DATE:01/19/1999}}) has resided at our {{FACILITY:Holcomb House}} residence since {{DATE:August 2, 2024}}. He pays weekly rent ($175) on time, has completed all assigned chores, and has attended house meetings every Sunday. He is subject to random breathalyzer and 12-panel UA testing; all {{DATE:9/2-10/27}} results were negative. Curfew 11 PM has been met with one documented exception ({{DATE:10/12}}, work late at {{FACILITY:Perimeter Auto Body}}, confirmed by supervisor {{NAME:Darius Whitmore}}). He attends NA at {{FACILITY:Vickery Creek Methodist}} Mon/Thu and meets with sponsor {{NAME:Chris H.}}.

Case # per participant: {{ID:24-AC-1062}}

Please contact me with any questions.
{{NAME:Loretta Banks}}, House Manager / CPRS
{{EMAIL:lbanks@serenityridgerr.com}}`,

  // 46 inpatient psych nursing shift note, lowercase
  `rn shift note 1900-0730   4 south adult acute   {{DATE:03/02/25}}
pt: {{NAME:g. ferreira-lopes}} rm 409a  legal: 72h hold exp {{DATE:3/3/25 2145}}
mood "fine", affect labile. pacing halls 1900-2130, intrusive w/ peers, called another pt "a fed." redirected x4. refused 2100 depakote er 1000mg, said "the nurse {{NAME:keisha}} put bleach in it." accepted from this rn at 2140 after explanation. sleep 0030-0600, checks q15 per order. no aggression.
visitor: brother {{NAME:paulo lopes}} 1915-1945, brought clothes (searched, shoelaces removed), asked about d/c date -- referred to md. brother's # {{PHONE:617-555-0187}} confirmed for ec.
vs 0600 bp 132/84 p 92 t 98.4 spo2 97%. vpa level drawn 0600 (trough).
pending: probable court hearing for commitment, atty {{NAME:Hal Brennan}} ({{FACILITY:Bay State Mental Health Defenders}}) to meet pt {{DATE:3/3}} am.
report given to day rn {{NAME:j. okafor}} at 0715.
{{NAME:b. lemay}}, rn`,

  // 47 seclusion and restraint documentation
  `RESTRAINT/SECLUSION EVENT DOCUMENTATION
Facility: {{FACILITY:Ridgeview Regional Psychiatric Center}}   Unit: {{FACILITY:Hollis Ward}} (ICU)
Patient: {{NAME:Marcellus Odom}}   MRN {{MRN:RRPC-55-1042}}   Age 34   Legal: court-ordered, {{FACILITY:Hinds County Chancery Court}} order {{ID:CC-2024-MH-0877}}
Event date: {{DATE:11/02/2024}}   Initiated 1412   Released 1458   Event # {{ID:RS-24-1187}}

Antecedent: pt learned at 1350 his mother {{NAME:Ernestine Odom}} would not be visiting; struck wall, then lunged at MHT {{NAME:Carlos Vance}}, punching him in the face.
Less restrictive measures tried: verbal de-escalation ({{NAME:J. Whitley}}, RN), offered PRN PO (refused), quiet room offered.
Intervention: 4-point mechanical restraint 1412-1431 (TASS hold by team of 5), then locked seclusion 1431-1458. Haldol 5 mg + Ativan 2 mg + Benadryl 50 mg IM L deltoid at 1418.
Face-to-face eval within 1 hr: Dr. {{NAME:Yusuf Karimi}} at 1440. Circulation/ROM checks q15 documented. No injury to pt. Staff injury: MHT {{NAME:Vance}} -- lip laceration, sent to employee health, incident report {{ID:IR-88412}}.
Family notification: mother called {{DATE:11/2/24}} 1530 at {{PHONE:601-555-0171}} -- informed.
Debrief with pt 1605: pt apologized, identified "news about mom" as trigger; added to safety plan.
RN: {{NAME:Janelle Whitley}}, RN`,

  // 48 EAP referral / fitness for duty
  `EAP MANDATORY REFERRAL -- CLINICAL CONTACT NOTE
EAP vendor: {{FACILITY:Keystone Workplace Solutions}}  case # {{ID:EAP-240915-3307}}
Employee: Sgt. {{NAME:Daniel Ruiz-Whitaker}}, {{FACILITY:Allentown Police Department}}, badge/employee # {{ID:4471}}
DOB {{DATE:06/06/1984}}   Home: {{ADDRESS:1829 W Turner St}}, {{LOCATION:Allentown}}, PA {{ZIP:18104}}   Cell {{PHONE:610-555-0109}}
Referred by: Lt. {{NAME:Monica Hess}}, Professional Standards ({{PHONE:610-555-0155}}), after on-duty odor of alcohol {{DATE:9/12/24}}; PBT .031.
Session {{DATE:9/16/2024}}, 60 min, in person. Clinician {{NAME:Owen Fitzgerald}}, LCSW, CEAP.

Employee acknowledges increased drinking (6-8 beers nightly) since the officer-involved shooting on {{DATE:6/30/24}} and the death of his partner, Ofc. {{NAME:Brian Kostelnik}}. Nightmares, hypervigilance, avoids {{ADDRESS:Hamilton St}} corridor. PCL-5 52; AUDIT 19. Denies SI; has service weapon (surrendered per dept policy {{DATE:9/13}}) and 1 personal handgun now with wife {{NAME:Elena}}.
Recommendations sent to dept (with signed limited release): unfit for duty pending tx; referral to {{FACILITY:Blue Line Wellness Center}} PTSD/SUD track (trauma-informed IOP) and peer support team lead Cpl. {{NAME:Jim Sauer}}.
Next contact {{DATE:9/23}}.`,

  // 49 perinatal psychiatry consult
  `REPRODUCTIVE PSYCHIATRY CONSULT -- {{FACILITY:Magnolia Women's Center}}, OB clinic suite 2
Pt: {{NAME:Ana Lucia Ferreira Santos}}   DOB {{DATE:09/25/1996}}   MRN {{MRN:MWC331208}}   Date {{DATE:02/19/2025}}
Referring: {{NAME:Tasha Greenwood}}, CNM   Interpreter: Portuguese, {{NAME:Rui}} (ID {{ID:INT-2271}}) via video

G2P2, 5 wk postpartum (SVD {{DATE:1/14/25}} at {{FACILITY:Peachtree Birthing Center}}, Apgars 8/9). EPDS 19 at 4-wk visit, item 10 = 1 ("hardly ever"). Crying daily, not sleeping even when baby {{NAME:Mateus}} sleeps, intrusive images of dropping him, checks on him repeatedly; no intent to harm, images ego-dystonic. No psychosis. Hx MDD after first child (2021, in {{LOCATION:Belo Horizonte}}, Brazil), untreated.
Supports: husband {{NAME:Wellington Santos}} works nights at {{FACILITY:Hartsfield Cargo Services}}; her mother arrives from Brazil {{DATE:3/1}}. 
Breastfeeding exclusively.
Impression: postpartum MDD w/ perinatal OCD features (F53.0 / F42.2). Risk low.
Plan: sertraline 25 mg x 7 d then 50 mg (compatible w/ breastfeeding; LactMed reviewed). Referral to {{FACILITY:Postpartum Support Network of GA}} group, coordinator {{NAME:Ivy Kamau}} {{PHONE:404-555-0128}}. Zuranolone discussed, deferred. F/u 2 wks; EPDS each visit.
{{NAME:Helena Marchand}}, MD`,

  // 50 geriatric psychiatry nursing-home consult
  `GERIATRIC PSYCHIATRY CONSULTATION (telepsychiatry to SNF)
Facility: {{FACILITY:Elmhurst Gardens Nursing & Rehabilitation}}, {{ADDRESS:55 Orchard Hill Rd}}, {{LOCATION:Danbury}}, CT {{ZIP:06811}}, Rm 118-A
Resident: {{NAME:Beatrice L. Vanterpool}}   Age {{AGE:92}}   DOB {{DATE:11/04/1931}}   Facility MR# {{MRN:EG-20931}}
Date: {{DATE:1/23/2024}}   Requested by {{NAME:Colleen Murphy}}, DON   Consultant: {{NAME:Samuel Adeyemi}}, MD

Reason: "yelling at night, refusing showers, hitting CNA." Also on quetiapine 25 mg BID started at {{FACILITY:St. Bartholomew's}} during {{DATE:Dec 2023}} hospitalization for UTI/delirium -- GDR review required.
Hx: Alzheimer's dementia, moderate-severe (BIMS 4). Parkinson's disease excluded (no rigidity). Son {{NAME:Harold Vanterpool}} (HCP, {{PHONE:203-555-0161}}) reports she was a church organist at {{FACILITY:Mt. Pleasant Baptist}} for 40 years and calms to hymns. Her sister, age {{AGE:95}}, also a resident here (rm 204).
Behaviors cluster 1500-1900 (sundowning) and during care by male staff.
Recs: 1) quetiapine taper 25 mg qhs x 2 wk then stop; 2) music program (hymns) 1500; female caregivers for bathing; 3) check for pain -- scheduled APAP 650 mg TID; 4) UA only if symptomatic; 5) f/u {{DATE:2/20}}.
Discussed with son; agreed.
{{NAME:S. Adeyemi}}, MD`,

  // 51 NEMT / transportation coordination
  `CASE MGMT NOTE -- transportation for MAT + court
Client: {{NAME:Shawna Lee Prater}}   DOB {{DATE:7/30/1992}}   KY Medicaid ID {{HEALTH_PLAN:9802214477}} (MCO: WellCare of KY)
Date {{DATE:04/02/2024}}   CM: {{NAME:Dustin Caudill}}, TCM, {{FACILITY:Cumberland River Behavioral Health}}

Client lives at {{ADDRESS:HC 71 Box 218}}, {{LOCATION:Hyden}}, KY {{ZIP:41749}} ({{LOCATION:Leslie}} Co.), no vehicle, license suspended. Needs rides to: 1) {{FACILITY:Mountain Laurel Recovery Clinic}} in {{LOCATION:Hazard}} q-weekly for Sublocade 300 mg (next {{DATE:4/9}}); 2) {{FACILITY:Leslie County District Court}} review {{DATE:4/16}} 9 AM (Judge {{NAME:Alvin Couch}}, case {{ID:23-F-00091}}).
Called NEMT broker {{FACILITY:Kentucky River Transit}} {{PHONE:606-555-0144}}, spoke w/ {{NAME:Tammy}}: trip #s {{ID:TR-553812}} ({{DATE:4/9}} pick-up 7:15 AM) and {{ID:TR-553813}} ({{DATE:4/16}} pick-up 7:00 AM). Court trips not covered by Medicaid -- arranged gas card through {{FACILITY:Leslie County Drug Court}} coordinator {{NAME:Rhonda Sizemore}}.
Client's grandmother {{NAME:Opal Prater}} ({{PHONE:606-555-0106}}) can drive as backup.
Texted confirmations to client {{PHONE:606-555-0180}}. Will call {{DATE:4/8}} pm to remind.`,

  // 52 ECT treatment note
  `ECT TREATMENT RECORD -- {{FACILITY:Brightwater Neuromodulation Service}}, {{FACILITY:Alder Hall}} PACU bay 3
Pt: {{NAME:Frederick "Fritz" Oberholzer}}   MRN {{MRN:BW-1180247}}   Tx # 7 (acute course)   {{DATE:Wed 10/16/2024}} 07:40
Consent: voluntary, signed {{DATE:9/24/24}}; witness {{NAME:Lydia Barr}}, RN. HCP: wife {{NAME:Ursula Oberholzer}} ({{PHONE:503-555-0135}}).
Psychiatrist: {{NAME:Nikhil Banerjee}}, MD   Anesthesia: {{NAME:Clara Jimenez}}, MD, CRNA {{NAME:Troy Ahn}}

Dx: MDD recurrent severe w/ psychotic features, med-resistant (failed venlafaxine, lithium augmentation, nortriptyline).
Device: Thymatron System IV, serial {{DEVICE:TX4-20771}}. RUL ultrabrief 0.3 ms, 40% energy (titrated Tx1 seizure threshold 10%).
Anesthesia: methohexital 90 mg, succinylcholine 80 mg, glycopyrrolate 0.2 mg. Bite block placed.
Seizure: motor 28 s (cuff method, R ankle), EEG 46 s, good postictal suppression. HR peak 128, BP peak 176/94 -> labetalol 10 mg.
Post: reoriented 25 min. No headache. MoCA weekly: 26 ({{DATE:10/14}}) vs 27 baseline.
Response: MADRS 21 (baseline 41 on {{DATE:9/23}}). Delusions of guilt fading.
Plan: continue M/W/F; next {{DATE:10/18}}. Driver: daughter {{NAME:Heidi}}.
{{NAME:N. Banerjee}}, MD`,

  // 53 esketamine REMS monitoring
  `SPRAVATO (esketamine) TREATMENT SESSION -- REMS monitoring form
Site: {{FACILITY:Clearview Interventional Psychiatry}}   REMS-certified HCS # HCS-0044719
Patient: {{NAME:Lindsey Park-Obuya}}   DOB {{DATE:11/11/1980}}   REMS pt enrollment # {{ID:PT-77120458}}
Session {{DATE:08/27/2024}}  Dose 84 mg (3 devices)  Session # 11 (wkly phase)
Monitoring staff: {{NAME:Aaron Feliciano}}, RN;  Prescriber: {{NAME:Deirdre Callahan}}, MD

Pre-dose BP 124/78 (0902). Devices given 0910, 0915, 0920 (lot 24D118, exp 2026-04).
BP 40 min 148/90; 1h 51 min 132/82. Sedation (MOAA/S) lowest 4 at 0955. Dissociation: CADSS 18 at 0950, resolved by 1040. Nausea mild, no emesis.
Discharged 1115 with husband {{NAME:Gideon Obuya}} driving (pt may not drive until next day).
PHQ-9 today 9 (baseline 23 on {{DATE:5/21/24}}). Continues sertraline 200 mg.
Next session {{DATE:9/3}} 0900; wk 12 decision point re: q2wk dosing.
Insurance: BCBS, ID {{HEALTH_PLAN:XQP887216604}}, PA # {{ID:PA-24-771902}} through {{DATE:12/31/24}}.
{{NAME:AF}}/{{NAME:dc}}`,

  // 54 Vivitrol injection visit
  `VIVITROL INJECTION VISIT
{{FACILITY:Northwoods Addiction Medicine}} -- {{LOCATION:Duluth}} clinic           {{DATE:Jan 30 2025}}  1:20p
pt: {{NAME:Harlan Two Bulls}}  dob {{DATE:3-9-1977}}  mrn {{MRN:NW040771}}
indication: AUD (severe) + OUD in remission; chose XR-naltrexone over bup (works at {{FACILITY:Arrowhead Taconite Co.}}, DOT-regulated? no, but employer testing).
last dose {{DATE:1/2/25}} R glute. injection site check: small nodule R glute, non-tender, no erythema.
opioid-free confirmed: UDS neg opioids/fent/bup, pt denies use x 7+ d. EtOH: 2 drinks {{DATE:1/18}} (brother {{NAME:Vernon}}'s bday), none since. PEth pending (acc# {{ID:25-0130-0441}}).
naltrexone ER 380 mg IM L gluteal, 1:32p, by RN {{NAME:Kirsten Aho}}; observed 15 min, no reaction.
LFTs {{DATE:12/19}}: AST 38, ALT 41 (stable).
counseling w/ {{NAME:Marlene Defoe}}, LADC at {{FACILITY:Manidoo Lake Wellness Center}} -- released w/ consent.
wallet card reviewed (opioid blockade / pain mgmt).
next inj {{DATE:2/27/25}}; reminder text to {{PHONE:218-555-0117}}.
{{NAME:P. Lindahl}}, PA-C`,

  // 55 syringe services program / HCV linkage
  `SSP PARTICIPANT ENCOUNTER -- {{FACILITY:Southside Harm Reduction Collective}}
participant code: {{ID:MAJO0771}} (first 2 letters mother's first name + ...; no legal name required)
legal name (for HCV referral only, consented): {{NAME:Joaquin Maldonado}}   DOB {{DATE:10/02/1987}}
date {{DATE:06/06/2024}}   site: mobile van at {{ADDRESS:S 16th St & W Lincoln Ave}}, {{LOCATION:Milwaukee}}
staff: {{NAME:Bea}} / {{NAME:Kwame}}

supplies: 100 x 1cc 28g, cookers, cottons, 10 FTS, 2 narcan (reports reversing friend "{{NAME:Shorty}}" {{DATE:6/1}} behind {{FACILITY:Lincoln Ave Laundromat}} -- EMS not called).
wound: abscess L forearm 3 cm, fluctuant -> warm handoff to {{FACILITY:Lincoln Village Wound Clinic}}.
HCV: rapid Ab REACTIVE {{DATE:5/9/24}}; RNA drawn today by RN {{NAME:Patrice Lyle}}, lab req {{ID:QL-7718265}}.
treatment nav: {{NAME:Hector Arroyo}} {{PHONE:414-555-0120}} will call pt at sister's # {{PHONE:414-555-0166}} (sister {{NAME:Yesenia}}).
MOUD interest: "maybe." gave card for {{FACILITY:Kinnickinnic Bup Clinic}} same-day.
next van visit Thurs.`,

  // 56 post-overdose outreach follow-up
  `POST-OVERDOSE RESPONSE TEAM -- HOME VISIT
Team: Ofc. {{NAME:Greg Lanza}} (plainclothes, {{FACILITY:New Bedford PD}}), {{NAME:Alyssa Furtado}} (recovery coach), {{NAME:Pam Souza}}, LICSW
Visit date: {{DATE:Sat 11/9/2024}} 10:30      Ref: OD call {{DATE:11/6/24}}, incident # {{ID:24-38817-OF}}
Subject: {{NAME:Nicholas "Nicky" Medeiros}}, 26   Address: {{ADDRESS:214 Acushnet Ave, 2nd fl}}, {{LOCATION:New Bedford}}, MA {{ZIP:02740}}

{{NAME:Nicky}} answered with his grandmother {{NAME:Fatima Medeiros}}. Reports OD at the {{FACILITY:Brooklawn Park}} skate area; revived with 2 Narcan by a friend, refused EMS transport (refusal signed). Says he used "a half bag" after 5 months clean when he got laid off from {{FACILITY:Fairhaven Scallop Co.}}.
Offered: same-day bup at {{FACILITY:Harbor Bridge Clinic}} (walk-in till 3), detox bed at {{FACILITY:Seacoast Stabilization Center}} -- declined both, accepted coach contact and Narcan x2 for grandma. Grandma asked about Section 35; explained process and gave {{FACILITY:New Bedford District Court}} clerk line {{PHONE:508-555-0170}}.
Coach will text {{NAME:Nicky}} {{PHONE:774-555-0142}} {{DATE:11/11}}. Grandma's # {{PHONE:508-555-0111}}.
{{NAME:P. Souza}}, LICSW`,

  // 57 crisis stabilization unit discharge, ALL CAPS
  `CRISIS STABILIZATION UNIT - DISCHARGE NOTE
{{FACILITY:MAGIC VALLEY CRISIS CENTER}} - {{ADDRESS:485 MAIN AVE N}}, {{LOCATION:TWIN FALLS}}, ID {{ZIP:83301}}
CLIENT: {{NAME:ESPINOZA, RAMON}}   DOB: {{DATE:08/19/2003}}   CSU#: {{MRN:MV-24-00912}}
ADMIT: {{DATE:09/27/2024 0310}}   DISCHARGE: {{DATE:09/28/2024 1545}}   LOS 36.5 HRS

ARRIVED VIA {{FACILITY:TWIN FALLS PD}} (VOLUNTARY) AFTER ARGUMENT WITH GIRLFRIEND {{NAME:KASSIDY MORROW}} AT THEIR APT; PT PUNCHED WINDOW, SMALL LACS R HAND (STERI-STRIPS). STATED "I'D BE BETTER OFF DEAD."
ON UNIT: SLEPT 7 HRS. MET WITH PRESCRIBER {{NAME:E. HALVERSON}}, PMHNP -- STARTED HYDROXYZINE 25 MG PRN. C-SSRS AT D/C: NO CURRENT IDEATION, NO PLAN. NO FIREARMS.
UDS: + THC, + AMPHETAMINE (PT ADMITS "A LITTLE MEETH" -- SIC, METH).
DISPOSITION: HOME TO MOTHER'S ({{NAME:GRACIELA ESPINOZA}}, {{ADDRESS:1121 ELM ST E}}, {{LOCATION:KIMBERLY}}), NOT TO GIRLFRIEND'S.
FOLLOW-UP: {{FACILITY:SNAKE RIVER BEHAVIORAL}} INTAKE {{DATE:10/1/24}} 10:00 W/ {{NAME:JODI NAKAMURA}}; PEER SUPPORT {{NAME:COLBY RASMUSSEN}} WILL CALL {{DATE:9/30}}.
SAFETY PLAN COMPLETED, COPY GIVEN. MOTHER'S # {{PHONE:208-555-0159}}.
D/C BY {{NAME:R. ABERNETHY}}, LCSW`,

  // 58 988 follow-up call
  `988 FOLLOW-UP / CARING CONTACT
Center: {{FACILITY:Gulf Coast Crisis Line}}   Counselor: {{NAME:Noor Haddad}}   Call ID {{ID:GC-240731-0419}}
Original contact: {{DATE:7/31/24 2:12 AM}} (text); texter gave first name "{{NAME:Mari}}", later full name {{NAME:Marisol Benavides}}, DOB {{DATE:4/4/2008}}, 16, rising junior at {{FACILITY:Padre Shores High School}}.
Initial risk: passive SI after breakup, cutting thighs w/ pencil sharpener blade. No plan/intent. Agreed to safety plan; consented to follow-up at {{PHONE:361-555-0196}}.

Follow-up {{DATE:8/1/2024}} 4:30 PM, phone, 18 min: {{NAME:Mari}} answered, reports no cutting since texting. Told her aunt {{NAME:Yolanda Garza}} (lives with her on {{ADDRESS:Ocean Dr}}, {{LOCATION:Corpus Christi}}); aunt on speaker, agreed to remove blades. Mom {{NAME:Irene Benavides}} works offshore in {{LOCATION:Ciudad del Carmen}}, Mexico, returns {{DATE:8/12}}.
Linked to {{FACILITY:Coastal Bend Youth Services}} -- intake {{DATE:8/5}} w/ {{NAME:Sofia Lerma}}, LPC; mobile crisis number given.
Next caring contact {{DATE:8/3}}.
{{NAME:N. Haddad}}, crisis counselor`,

  // 59 co-responder field note
  `CO-RESPONDER FIELD CONTACT (clinician embedded w/ patrol)
Clinician: {{NAME:Hope Tennyson}}, LPC, {{FACILITY:Cimarron Behavioral Health}}   Officer: Ofc. {{NAME:D. Ramirez}} #{{ID:2214}}, {{FACILITY:Tulsa PD}} North Div.
Date/time: {{DATE:03/15/2025 14:05}}   CAD # {{ID:TPD25-031504412}}
Location: parking lot of {{FACILITY:Pine & Peoria Food Mart}}, {{ADDRESS:1410 E Pine St}}, {{LOCATION:Tulsa}} {{ZIP:74106}}
Subject: {{NAME:Lorenzo Bighorse}}, 41, sitting in running vehicle (2006 Buick LaCrosse, OK tag {{VEHICLE:LRT-552}}) for 5+ hrs per store clerk {{NAME:Amit}}.

Subject talking to himself, says his late mother is "in the radio." Known to {{FACILITY:CBH}} (last seen {{DATE:1/2025}}, missed injections). No weapons seen; consented to pat-down by officer. Oriented to person/place, not date. Hydrated with water. Denies SI/HI. Not meeting emergency detention criteria (43A O.S. 5-207) per my eval -- no danger, able to meet basic needs in car w/ food.
Plan: voluntary ride to {{FACILITY:CBH Urgent Recovery Center}} accepted; vehicle left legally parked, keys with subject. Called his case manager {{NAME:Sherri Yellowhorse}} {{PHONE:918-555-0132}} -- will meet him there. Cousin {{NAME:Wade Bighorse}} notified ({{PHONE:918-555-0177}}).
Time on scene 52 min. No arrest. Diversion documented.
{{NAME:H. Tennyson}}, LPC`,

  // 60 child protective services collateral
  `COLLATERAL CONTACT -- CHILD WELFARE
Client (parent): {{NAME:Crystal Dawn Hensley}}   DOB {{DATE:02/27/1994}}   MRN {{MRN:AR-88120}}
Date: {{DATE:05/07/2024}}  2:15 PM   Type: phone   Clinician: {{NAME:Megan Pruitt}}, LCSW, {{FACILITY:Ozark Mountain Family Recovery}}
Spoke with: {{NAME:Jerrod Hughes}}, Family Service Worker, DCFS {{LOCATION:Baxter}} County office, {{PHONE:870-555-0184}}, {{EMAIL:jerrod.hughes@dhs.example.gov}}
ROI: signed {{DATE:4/22/24}} (42 CFR Part 2 compliant), scope: attendance, UDS, progress.

DCFS case {{ID:DCFS-2024-04418}}; children {{NAME:Bryson}} (6) and {{NAME:Kaylynn}} (3) in relative placement w/ maternal grandfather {{NAME:Dale Hensley}} in {{LOCATION:Mountain Home}} since {{DATE:3/30/24}}. Dependency-neglect hearing {{DATE:6/18/24}}, {{FACILITY:Baxter County Circuit Court}} juvenile div, Judge {{NAME:Laurel Abston}}; parent counsel {{NAME:Trent Moody}}; AAL {{NAME:Sarah Kincaid}}.
Shared: {{NAME:Crystal}} attended 11/12 IOP sessions since {{DATE:4/8}}; UDS {{DATE:4/10}}, {{DATE:4/17}}, {{DATE:4/24}}, {{DATE:5/1}} all neg (meth, fent). Started Suboxone 8 mg/d w/ Dr. {{NAME:Villareal}}.
Worker reports supervised visits at {{FACILITY:Twin Lakes Visitation Center}} going well; asked for letter by {{DATE:6/10}}. Will draft.
{{NAME:M. Pruitt}}, LCSW`,

  // 61 school SAP referral (adolescent vaping THC)
  `STUDENT ASSISTANCE PROGRAM (SAP) -- REFERRAL & SCREENING SUMMARY
School: {{FACILITY:Mill Creek Valley Middle School}}   SAP team lead: Ms. {{NAME:Renata Yoder}}, school counselor
Student: {{NAME:Landon Michael Shirk}}   Gr 8   DOB {{DATE:3/3/2011}}   Student # {{ID:220871}}
Parent/guardian: {{NAME:Heather Shirk}} (mother) {{PHONE:717-555-0163}}; {{NAME:Travis Shirk}} (father)
Referral date: {{DATE:November 4, 2024}}   Reason: THC vape found in backpack {{DATE:10/31}} (disciplinary referral, 3-day OSS); grades dropped (D/F in 3 classes); sleeping in homeroom.

Liaison screening ({{FACILITY:Lancaster County Drug & Alcohol Commission}} contracted provider {{FACILITY:Susquehanna Youth Services}}), {{DATE:11/12/24}}, by {{NAME:Caleb Esh}}, CAC: CRAFFT 4/6. Uses THC vape daily since summer, got carts from an older cousin and through Snapchat. Also PHQ-A 12 (moderate); denies SI. Parents separated in {{DATE:Aug 2024}}; dad moved to {{LOCATION:Ephrata}}.
Recommendation: outpatient adolescent D&A assessment at {{FACILITY:Susquehanna Youth Services}} ({{ADDRESS:230 N. Duke St}}, {{LOCATION:Lancaster}}) -- scheduled {{DATE:11/19}} 3:30 PM; SAP support group Wednesdays; counselor check-ins weekly.
Parent consent signed {{DATE:11/12/24}}.
cc: principal Mr. {{NAME:Glick}}; nurse {{NAME:B. Zimmerman}}, RN`,

  // 62 college counseling center note
  `University Counseling Center -- Initial Consultation (triage)
{{FACILITY:Tidewater State University Counseling & Psychological Services}}, {{FACILITY:Whitcomb Hall}} rm 214
Student: {{NAME:Imani Okafor-Blake}}   Student ID {{ID:U00938117}}   Email {{EMAIL:iokaforblake@tsu-student.example.edu}}
Date: {{DATE:10/02/2023}}  11:00   Counselor: {{NAME:Theo Marchant}}, PhD (postdoc), supervised by {{NAME:Rebecca Lynch}}, PhD

Presenting: 19 yo sophomore, pre-nursing, walked in after RA {{NAME:Dion}} in {{FACILITY:Langley Residence Hall}} urged her. Panic attacks 3x/wk since midterms, not eating, "I can't fail, my mom sacrificed everything." Mother {{NAME:Adaeze Okafor}} in {{LOCATION:Houston}}; father deceased {{DATE:Feb 2022}}.
Screening: CCAPS distress index elevated; PHQ-9 14; GAD-7 17; C-SSRS: passive ideation last week, no plan/intent/behavior. AUDIT-C 2.
Safety: agreed to safety plan; will call the 24/7 line or 988; roommate {{NAME:Kenzie}} aware.
Plan: brief therapy (6 sessions) w/ {{NAME:T. Marchant}} starting {{DATE:10/5}}; referral to campus psychiatry ({{NAME:Diane Fuentes}}, PMHNP) for eval; Accessibility Office letter re: exam accommodations; dietitian consult.
Next appt {{DATE:Thu 10/5/23}} 2 PM.`,

  // 63 treatment letter to defense attorney
  `{{FACILITY:Bluegrass Integrated Psychiatry}}
{{ADDRESS:3120 Tates Creek Rd, Suite 5}}  *  {{LOCATION:Lexington}}, KY {{ZIP:40502}}  *  {{PHONE:859-555-0147}}

{{DATE:April 1, 2025}}

{{NAME:Harrison P. Whitlow}}, Esq.
{{FACILITY:Whitlow & Bragg, PLLC}}
{{ADDRESS:250 W. Main St, 14th Floor}}, {{LOCATION:Lexington}}, KY {{ZIP:40507}}

Re: Commonwealth v. {{NAME:Spencer Adair Caldwell}}, {{FACILITY:Fayette Circuit Court}}, Indictment No. {{ID:24-CR-00813}}
Our patient: {{NAME:Spencer A. Caldwell}}, DOB {{DATE:09/09/1990}}

Dear Mr. {{NAME:Whitlow}}:
At your client's request and with his written authorization dated {{DATE:March 27, 2025}}, I confirm that Mr. {{NAME:Caldwell}} has been in continuous psychiatric treatment with me since {{DATE:June 18, 2024}} for bipolar I disorder and alcohol use disorder. He has kept 14 of 15 scheduled appointments, takes lithium carbonate (most recent level 0.8 mEq/L on {{DATE:3/20/25}}) and naltrexone 50 mg daily, and has provided 9 breath and urine samples, all negative. He also completed the 16-week IOP at {{FACILITY:Kentucky River Recovery}} on {{DATE:12/6/24}}.
I am available to testify at the sentencing hearing on {{DATE:April 22}} if subpoenaed; please contact my assistant {{NAME:Carla Nunn}}.

Sincerely,
{{NAME:Meredith Oyelowo-Grant}}, MD, DFAPA
KY lic. {{LICENSE:48817}}`,

  // 64 biopsychosocial intake excerpt
  `BIOPSYCHOSOCIAL ASSESSMENT -- ADULT OUTPATIENT SUD
Agency: {{FACILITY:Great Salt Lake Recovery Partners}}   Assessor: {{NAME:Bryce Halvorsen}}, CMHC
Client: {{NAME:Emmeline Sorensen-Tuilagi}}   DOB {{DATE:12/05/1989}}   Intake {{DATE:07/01/2024}}
Address: {{ADDRESS:3481 S. 2700 W, Apt 14}}, {{LOCATION:West Valley City}}, UT {{ZIP:84119}}   Cell {{PHONE:801-555-0148}}
Insurance: Utah Medicaid {{HEALTH_PLAN:0012874455}} / Healthy U

Substance hx: EtOH onset 14; opioids after C-section {{DATE:2018-03-02}} (oxycodone Rx), escalated to heroin then fentanyl; last use {{DATE:6/29/24}}. Prior tx: residential at {{FACILITY:Wasatch Hope House}} 2021 (completed), relapsed after 8 mo.
Family: Samoan father {{NAME:Sione Tuilagi}} (deceased), mother {{NAME:Karen Sorensen}} in {{LOCATION:Ogden}}; 2 children ({{NAME:Malia}} 6, {{NAME:Ezra}} 3) live with her; ex-partner {{NAME:Cody Briggs}} -- protective order ({{FACILITY:Third District Court}} case {{ID:241900318}}).
Legal: none pending. DV survivor; connected with {{FACILITY:Jordan River Safe Haven}}.
Employment: part-time cashier, {{FACILITY:Granger Fresh Market}}.
Medical: Hep C treated 2022 (SVR). PCP {{FACILITY:Bangerter Family Health}}.
ASAM dims: 1 moderate, 2 low, 3 moderate, 4 high readiness, 5 high, 6 moderate. Rec: 2.1 IOP + MOUD (Sublocade referral).
{{NAME:B. Halvorsen}}`,

  // 65 case management: SSI application and rep payee
  `CASE MANAGEMENT PROGRESS NOTE
{{FACILITY:Cityview Community Support Services}} -- Targeted Case Mgmt
Consumer: {{NAME:Alphonse Lavigne}}  DOB {{DATE:6/14/1970}}  Consumer ID {{MRN:CCS-008812}}
Date {{DATE:12/10/2024}}  Contact: face-to-face at {{FACILITY:Tenderloin Navigation Center}}, 45 min   CM: {{NAME:Jun Takahashi}}

Goal 2 (income): SSI application filed {{DATE:9/3/24}}, claim # {{ID:SSI-C-0994721}}. DDS requested records from {{FACILITY:Potrero Hill Psychiatric Emergency Service}} and from psychiatrist Dr. {{NAME:Marisa Ebright}}; CM faxed ROI to both {{DATE:12/9}}. Consultative exam scheduled {{DATE:1/14/25}} 9:30 at {{ADDRESS:1390 Market St, Ste 600}}; CM will escort.
Goal 3 (benefits): Medi-Cal active (CIN {{HEALTH_PLAN:91448823B}}); CalFresh EBT card replaced.
Rep payee: if approved, sister {{NAME:Josette Lavigne-Moore}} ({{PHONE:510-555-0151}}, {{LOCATION:Oakland}}) declined; referred to {{FACILITY:Golden Gate Money Management}} org payee, intake contact {{NAME:Ray}}.
Housing: on CES list, assessment # {{ID:CES-SF-200441}}; nav center bed through {{DATE:1/31}}.
Consumer in good spirits, reports hearing voices "only at night now." Taking Invega daily per med room log.
Next: {{DATE:12/17}}.
{{NAME:J. Takahashi}}, CM II`,

  // 66 veterans treatment court progress report
  `VETERANS TREATMENT COURT -- PROGRESS REPORT TO THE COURT
Court: {{FACILITY:El Paso County Combined Courts}}, Div. 10, Judge {{NAME:Marcus Oyler}}
Participant: SSG (Ret.) {{NAME:Dana Michelle Kowalski}}   Case {{ID:23CR4471}}   Phase 3   Report period {{DATE:2/1/24-2/29/24}}
VJO: {{NAME:Terrence Ashby}}, LCSW ({{FACILITY:Eastern Colorado VA}})   Mentor: {{NAME:Ray Delgado}} (USMC vet)   Probation: {{NAME:Kimberly Stahl}}

Treatment: PTSD residential program completed {{DATE:1/19/24}}; now weekly prolonged exposure w/ Dr. {{NAME:Alana Reeves}} at the {{FACILITY:Colorado Springs CBOC}} and SUD aftercare Tuesdays. Attendance 100%.
Testing: SCRAM bracelet ({{DEVICE:SCR-0078114}}) removed {{DATE:2/5/24}} after 120 days no alerts; now random UAs via {{FACILITY:Pikes Peak Testing}} -- 4 of 4 negative.
Mentor contact: weekly coffee at {{FACILITY:Fort Carson}} PX; helped her with VA disability appeal (claim {{ID:VBA-22-7719044}}).
Community service: 16 hrs at {{FACILITY:Shooks Run Rescue Mission}} food line.
Family: reconciled w/ wife {{NAME:Tracy}}; couples counseling through the Vet Center starting {{DATE:3/6}}.
Incentive recommended: phase 4 advancement; next review {{DATE:3/28/24}} 8:30 AM.
{{NAME:T. Ashby}}, LCSW`,

  // 67 tribal behavioral health note
  `BEHAVIORAL HEALTH PROGRESS NOTE
{{FACILITY:Whispering Pines Indian Health Center}} -- Behavioral Health Dept, {{LOCATION:Pine Ridge}}, SD
Patient: {{NAME:Winona Brave Heart-Little Elk}}   HRN {{MRN:005512}}   DOB {{DATE:08/11/2001}}   Visit {{DATE:9/18/2024}}
Provider: {{NAME:Calvin Iron Shell}}, LAC   Traditional healing consult: Uncle {{NAME:Amos Red Bird}} (at pt request)

Pt seen 2 wks after her cousin {{NAME:Tyler Little Elk}} died by suicide ({{DATE:9/3}}); she found him. Reports not sleeping, sees his face, drinking "to sleep" (4-5 cans beer nightly). PCL-5 47; PHQ-9 19; item 9 = 2. C-SSRS: passive ideation, no plan, no prior attempts. Lives w/ grandmother {{NAME:Marie Brave Heart}} (age {{AGE:91}}) in {{LOCATION:Wanblee}}; no firearms in home per pt; uncle's rifle removed to {{LOCATION:Kyle}} with family agreement.
Pt wants to participate in sweat lodge and wiping of tears ceremony with Uncle {{NAME:Amos}}; supported.
Plan: weekly therapy (grief + trauma-focused), Thursday talking circle at {{FACILITY:Wanblee Community Center}}; prazosin discussed w/ Dr. {{NAME:Hoskins}} (PCP); safety plan incl. tribal crisis line {{PHONE:605-555-0112}} and 988. CRAFFT n/a (adult) -- AUDIT 14, brief intervention done.
Next {{DATE:9/25}}; transport by CHR {{NAME:Lorna White Face}}.
{{NAME:C. Iron Shell}}, LAC`,

  // 68 med management with interpreter, family present
  `Psychiatry f/u (med mgmt) -- {{FACILITY:Clinica Familiar del Valle}}, {{LOCATION:McAllen}}
Paciente/Patient: {{NAME:Guadalupe "Lupita" Zamora de Leon}}   DOB {{DATE:1/6/1958}}   Exp. # {{MRN:CFV-30118}}   Fecha {{DATE:04/15/2024}}
Present: pt, husband {{NAME:Abelardo Leon}}, daughter {{NAME:Nayeli Leon}} (requests to be contacted at {{PHONE:956-555-0115}}); Spanish interpreter {{NAME:Rocio}} (staff, ID {{ID:44120}})
Prescriber: {{NAME:Ernesto Villarreal}}, MD

S: "Ya duermo mejor, pero me siento nerviosa." Sleeping 6 h on mirtazapine 15 mg. Worried about son {{NAME:Rogelio}}, who moved to {{LOCATION:Monterrey}} last winter. Appetite better, wt +2 kg. GDS-15 score 7 (was 11). Daughter reports mom forgot stove on twice; MoCA (Spanish) 22/30.
Meds: mirtazapine 15 mg qhs, sertraline 100 mg qd, metformin, lisinopril. Fills at {{FACILITY:Farmacia San Judas}} {{PHONE:956-555-0170}}.
A: MDD recurrent, moderate, improving; mild NCD r/o (vascular vs Alzheimer's).
P: continue meds; B12, TSH, RPR; MRI brain at {{FACILITY:Rio Grande Imaging}}; neuropsych referral to Dr. {{NAME:Paulina Arce}}; f/u 8 wk {{DATE:6/10/24}}. Daughter to supervise pillbox.
{{NAME:E. Villarreal}}, MD / interp {{NAME:R.M.}}`,

  // 69 discharge instructions to patient
  `YOUR DISCHARGE INSTRUCTIONS -- {{FACILITY:Meadowlark Behavioral Health Hospital}}
Name: {{NAME:Jasper Quinn Holloway}}     Discharge date: {{DATE:Friday, January 10, 2025}}
Your unit: {{FACILITY:Aspen Unit}} (adult)   Unit phone (24 h): {{PHONE:(402) 555-0138}}

YOUR APPOINTMENTS
 * Psychiatrist: Dr. {{NAME:Leticia Okonjo}}, {{FACILITY:Platte River Psychiatry}}, {{ADDRESS:8420 W Dodge Rd, Suite 110}}, {{LOCATION:Omaha}} {{ZIP:68114}} -- {{DATE:Thursday 1/16}} at 2:30 PM, {{PHONE:402-555-0105}}
 * Therapist: {{NAME:Caleb Nordquist}}, LIMHP -- {{DATE:Tuesday 1/14}} at 4:00 PM (telehealth; link will be texted to {{PHONE:402-555-0176}})
 * Labs: lithium level at {{FACILITY:Westroads Lab}} on {{DATE:1/15}} -- 12 hours after evening dose, do not take morning dose until after draw.

YOUR MEDICINES
 lithium carbonate ER 450 mg -- 2 tabs at bedtime (NEW)
 quetiapine 100 mg at bedtime (CHANGED from 200 mg)
 STOP: bupropion
Prescriptions sent to {{FACILITY:Dodge Street Pharmacy}}, {{PHONE:402-555-0164}}.

IF YOU FEEL UNSAFE: call or text 988, call 911, or come to the nearest ER. Your safety plan is in this folder. Your mom ({{NAME:Deborah Holloway}}) has a copy.
Nurse: {{NAME:Kelsey}}, RN   Reviewed with patient at 10:40`,

  // 70 research-corpus style placeholders, psych consult in medical ICU
  `Admission Date:  [**{{DATE:2148-3-4}}**]       Discharge Date:  [**{{DATE:2148-3-19}}**]
Date of Birth:  [**{{DATE:2101-7-22}}**]       Sex:  F
Service: MEDICINE  /  Psychiatry C-L following

PSYCHIATRY CONSULT FOLLOW-UP [**{{DATE:2148-3-6}}**]
Pt is a 46 yo woman w/ EtOH use d/o, h/o withdrawal seizures, admitted to [**{{FACILITY:Hospital Unit Name 153}}**] after found down at home by her son [**{{NAME:Name (NI) 4417}}**]. CIWA peaked 27 on HD2, required phenobarbital load. Now day 4, CIWA 3-5. Oriented x3, no hallucinations. Denies SI. Reports she was drinking 1 L vodka/day since losing her job at [**{{FACILITY:Company 2291}}**] in the fall.
Collateral: sister [**{{NAME:First Name8 (NamePattern2) 880}}**] [**{{NAME:Last Name (NamePattern1) 1199}}**] ([**{{PHONE:Telephone/Fax (1) 5531}}**]) confirms 2 prior detoxes at [**{{FACILITY:Hospital 1474}}**], last [**{{DATE:2147-11-20}}**].
Assessment: alcohol withdrawal, resolving; AUD severe; r/o Wernicke (started high-dose thiamine 500 mg IV TID on [**{{DATE:3-5}}**]); no evidence of Korsakoff on bedside testing.
Recs: 1) naltrexone 50 mg once LFTs < 3x ULN (AST 212); acamprosate alternative. 2) SW for residential referral -- pt agreeable to [**{{FACILITY:Location (un) 2205}}**] program. 3) f/u with Dr. [**{{NAME:Last Name (STitle) 3317}}**] in [**{{LOCATION:Location (un) 86}}**] clinic.
[**{{NAME:First Name11 (Name Pattern1) 902}}**] [**{{NAME:Last Name (NamePattern4) 3318}}**], MD  [**{{ID:MD Number(1) 3319}}**]`,

  // 71 PHP daily note
  `PARTIAL HOSPITALIZATION PROGRAM -- DAILY PROGRESS NOTE
{{FACILITY:Harbor Lights PHP}} (adult mood track)   Day 8 of est. 15
Pt: {{NAME:Min-jun "Mike" Seo}}   MRN {{MRN:HL-2024-7719}}   Date {{DATE:7/24/2024}}   hrs 0900-1500
Groups: 0900 check-in; 1000 CBT behavioral activation; 1130 med ed (RN {{NAME:Patty Okoro}}): lithium toxicity signs; 1300 DBT distress tolerance; 1415 process group (Dr. {{NAME:Olsen}})
Participation: attended all; shared in process group about guilt over leaving job at {{FACILITY:Hanmi Trading Co.}}; gave feedback to peers. Mood 5/10, affect brighter. PHQ-9 13 (admit 22). No SI/HI. Slept 7 h.
Vitals 118/76, HR 72. Li level {{DATE:7/22}} = 0.7. Mild tremor, no diarrhea.
Collateral: wife {{NAME:Eun-ji Seo}} ({{PHONE:206-555-0179}}) called at lunch; she will attend family night {{DATE:7/25}} 6 PM.
Work: short-term disability form from employer's HR ({{NAME:Grace Yun}}, fax {{FAX:206-555-0144}}) completed by Dr. {{NAME:Olsen}} {{DATE:7/23}}.
Transport: {{FACILITY:King County Metro}} Access van, confirmation {{ID:AC-8841203}}.
Plan: continue PHP; step-down planning to IOP at {{FACILITY:Harbor Lights}} {{LOCATION:Bellevue}} site ~{{DATE:8/2}}.
{{NAME:Rhea Castellano}}, LMHC`,

  // 72 supported employment (IPS) note, lowercase-ish
  `IPS supported employment -- job development contact
agency: {{FACILITY:Three Rivers Clubhouse}}   employment specialist: {{NAME:nadia farouk}}
member: {{NAME:Wesley Tran}}  member # {{MRN:TRC-0442}}  date {{DATE:2/21/25}}  time 10:00-11:15

went w/ {{NAME:wesley}} to interview at {{FACILITY:Allegheny Bike Works}}, {{ADDRESS:4120 Butler St}}, {{LOCATION:Pittsburgh}} {{ZIP:15201}}, mgr {{NAME:Sam Kowalczyk}} ({{PHONE:412-555-0139}}). {{NAME:wesley}} chose to disclose dx (schizophrenia) -- we practiced the script on {{DATE:2/18}}. interview went well, asked about 20 hrs/wk weekends. {{NAME:sam}} to call by {{DATE:2/26}}.
benefits: {{NAME:wesley}} on SSDI + Medicaid; benefits counselor {{NAME:Lorraine Tibbs}} ({{FACILITY:Work Incentives Planning Center}}) did calc {{DATE:2/10}} -- 20 hr/wk @ $15 keeps him under SGA.
psych: per ACT team (dr. {{NAME:amari}}) stable on clozapine; occasional voices at night.
transport: 54 bus from {{LOCATION:Lawrenceville}}, practiced route {{DATE:2/19}}.
next: follow-up call w/ employer {{DATE:2/26}}; resume edits at clubhouse {{DATE:2/24}}.
{{NAME:n. farouk}}, ES`,

  // 73 ED peer navigator / buprenorphine bridge
  `ED SUBSTANCE USE NAVIGATOR NOTE
{{FACILITY:Salisbury Plain Medical Center}} ED, bed H-12   {{DATE:10/05/2024}} 03:10
Pt: {{NAME:Kristopher Allen Dube}}  MRN {{MRN:SPMC-6610937}}  35M
Navigator: {{NAME:Aubrey Lindsey}}, CRPA   ED attending: Dr. {{NAME:Femi Oladipo}}

Pt presented in precipitated/spontaneous w/d (COWS 14), last fentanyl 18 h ago. Given bup 8 mg SL at 0215 + 8 mg at 0300, COWS now 5. Pt agreeable to continue MOUD.
Talked w/ pt ~25 min: in recovery 2 yrs until brother {{NAME:Shane}} died ({{DATE:June 2024}}); sleeping in his truck behind {{FACILITY:Eastbay Plaza}}, {{LOCATION:Brockton}}; works day labor.
Bridge: Rx bup/nlx 8/2 mg BID x 7 d sent to {{FACILITY:Belmont Street Pharmacy}} (opens 0800); appt {{DATE:10/7}} 10:00 at {{FACILITY:Old Colony Bridge Clinic}} w/ {{NAME:Joanna Pereira}}, NP, {{PHONE:508-555-0146}}.
Narcan x2 + FTS given. Pt's phone {{PHONE:508-555-0108}}; OK to text. Mother {{NAME:Diane Dube}} as contact ({{PHONE:508-555-0125}}), pt consents.
Will call pt {{DATE:10/6}} to confirm pharmacy pick-up. Pt thanked staff.
{{NAME:A. Lindsey}}, CRPA`,

  // 74 adult ADHD stimulant management with PDMP
  `ADULT ADHD -- CONTROLLED SUBSTANCE FOLLOW-UP
{{FACILITY:Summit Ridge Psychiatry}}  |  {{DATE:03-18-2025}}  |  video visit (pt at home in {{LOCATION:Boise}}, ID)
Pt: {{NAME:Haley Brooke Winters}}   DOB {{DATE:07-02-1995}}   MRN {{MRN:SRP40917}}
Prescriber: {{NAME:Owen Castaneda}}, PMHNP-BC   DEA {{LICENSE:MC8830172}}

Current: Adderall XR 20 mg qAM (fills q30d). Works as dental hygienist at {{FACILITY:Treasure Valley Smiles}}; reports focus good at work, afternoon crash ~3 pm.
PDMP (Idaho PMP) reviewed {{DATE:3/18/25}} 09:12: Adderall XR 20 #30 filled {{DATE:2/17/25}} and {{DATE:1/16/25}} at {{FACILITY:Vista Village Pharmacy}}; no other controlled Rx. Note: tramadol #10 from oral surgeon {{DATE:11/2024}} (disclosed).
UDS (random, collected {{DATE:3/11}} at {{FACILITY:Gem State Lab}}, specimen {{ID:GS-0311-2287}}): + amphetamine (expected), all else neg.
Vitals (home cuff): 118/74, HR 84. Wt stable. Sleep 7 h. No palpitations.
Partner {{NAME:Jordan}} reports less irritability evenings.
Plan: add Adderall IR 5 mg at 1 pm prn, #30; e-Rx to {{FACILITY:Vista Village Pharmacy}} ({{PHONE:208-555-0153}}). Controlled substance agreement current (signed {{DATE:9/9/24}}). RTC 3 mo, in person.
{{NAME:O. Castaneda}}, PMHNP`,

  // 75 nurse telephone triage
  `TELEPHONE TRIAGE -- BEHAVIORAL HEALTH NURSE LINE
Call rec'd {{DATE:06/30/2024 19:52}}   Line: after-hours, {{FACILITY:Valley Oaks Counseling Center}}
Caller: {{NAME:Patricia Engstrom}} (mother) {{PHONE:651-555-0161}}
Patient: {{NAME:Erik Engstrom}}, 20, DOB {{DATE:11/02/2003}}, MRN {{MRN:VO-228104}}; prescriber {{NAME:Nadia Kurtz}}, MD
RN: {{NAME:Steph Varga}}, RN

Reason: mother reports pt started aripiprazole 5 mg {{DATE:6/24}}; since yesterday "can't sit still," pacing, says his legs feel "wrong," not sleeping. Pt on line briefly: denies SI, just "crawling out of my skin." No fever, no confusion, no rigidity described, drinking fluids.
Assessment: likely akathisia; rule out dystonia (no tongue/neck spasm described).
Advice: hold tonight's aripiprazole. Paged on-call Dr. {{NAME:Haakon Lindgren}} (pgr {{PHONE:651-555-0100}}) at 2001 -> orders: hold aripiprazole, may take diphenhydramine 25 mg x1 OTC tonight, clinic to call in am to see Dr. {{NAME:Kurtz}} {{DATE:7/1}}. If fever, stiffness, confusion or any thoughts of self-harm: go to the ED at {{FACILITY:St. Croix Valley Hospital}} or call 911/988.
Mother verbalized understanding, repeated instructions back. Message routed to Dr. {{NAME:Kurtz}}'s inbox.
{{NAME:S. Varga}}, RN  {{DATE:6/30/24 20:14}}`,

  // 76 utilization review with payer
  `UTILIZATION REVIEW -- CONCURRENT (inpatient psych)
{{FACILITY:Chesapeake Pines Hospital}} UR dept   Reviewer (facility): {{NAME:Lydia Marsh-Okoye}}, RN, ext {{PHONE:3390}}
Payer: Maryland Medicaid MCO (Priority Partners)   Care mgr: {{NAME:Devon}} ph 1-888-555-0147 (payer line)
Member: {{NAME:Tremaine Lucas Gwatkins}}   DOB {{DATE:05/05/2002}}   MA # {{HEALTH_PLAN:41887230119}}   Auth {{ID:IP-MD-24-0093317}}
Review date {{DATE:10/21/2024}}  -- day 6 of stay (admit {{DATE:10/15/2024}}); approved through {{DATE:10/20}}; requesting 3 add'l days

Clinical update: 22M, schizophrenia, admitted after threatening neighbor w/ bat at {{ADDRESS:1712 N. Collington Ave}}, {{LOCATION:Baltimore}}; 3 admits this yr (last at {{FACILITY:Patapsco Valley Hospital}}, {{DATE:June 2024}}).
Last 24 h: refused 2 of 4 olanzapine doses; PRN IM x1 {{DATE:10/20}} 2215 for agitation; paranoid re: staff; not yet accepting LAI. Grandmother {{NAME:Mae Gatkins}} (guardian petition pending, {{FACILITY:Circuit Court for Baltimore City}}) refuses return home until stable.
Dispo plan: LAI trial (Aristada), referral to {{FACILITY:Harbor ACT Team}}, RRP bed at {{FACILITY:Gwynns Falls Residential}}.
Outcome: 2 days approved ({{DATE:10/21-10/22}}); next review {{DATE:10/23}}. Peer-to-peer offered if denied; Dr. {{NAME:Kaveh Rostami}} available at {{PHONE:410-555-0190}}.`,

  // 77 individualized treatment plan review
  `INDIVIDUALIZED TREATMENT PLAN -- 90-DAY REVIEW
{{FACILITY:PRAIRIE HOME COMMUNITY MENTAL HEALTH}} -- {{LOCATION:FARGO}} OFFICE
CLIENT: {{NAME:Solveig Anne Haugen}}   CLIENT #: {{MRN:PH-0093187}}   DOB: {{DATE:02/14/1979}}
PLAN PERIOD: {{DATE:01/08/2025}} - {{DATE:04/08/2025}}   REVIEW DATE: {{DATE:04/03/2025}}
TEAM: {{NAME:Jared Lindqvist}}, LPCC (primary); {{NAME:Amina Yusuf}}, MD (psychiatry); {{NAME:Tara Olmstead}}, TCM; client; husband {{NAME:Nils Haugen}} (invited by client)

PROBLEM 1: Depression (F33.1)  GOAL: "get back to church choir and work"
  Obj 1a: PHQ-9 < 10 by review -- PARTIALLY MET (PHQ-9 12; was 19)
  Obj 1b: return to part-time at {{FACILITY:Red River Valley Co-op}} -- MET ({{DATE:3/3/25}}, 24 h/wk)
  Obj 1c: attend choir at {{FACILITY:Bethany Lutheran}} 2x/mo -- MET
PROBLEM 2: Alcohol use (F10.10)  GOAL: "stop hiding wine"
  Obj 2a: 0 drinking days/wk via calendar -- NOT MET (avg 1.5/wk); AUDIT-C 5
  Intervention added: naltrexone 50 mg (Dr. {{NAME:Yusuf}}, started {{DATE:3/20}}); SMART Recovery online Tues.
PROBLEM 3: Housing/finances -- RESOLVED (mortgage modification approved {{DATE:2/12}}).
Client participated, agrees with updates. Signatures on file. Next review {{DATE:07/03/2025}}.`,

  // 78 inpatient group therapy attendance log
  `GROUP THERAPY ATTENDANCE -- {{FACILITY:Whitman 3}} Adult Acute, {{FACILITY:Lakeside Regional Behavioral Center}}
Date: {{DATE:Sat 9/14/2024}}    Leader: {{NAME:Corinne Abara}}, OTR/L   Co-leader: {{NAME:Javier}} (MHT)

Time   Group                        Pt (initials/rm)            Partic.
0930   Community mtg                {{NAME:A.B.}} 301, {{NAME:C.D.R.}} 302, {{NAME:L.M.}} 305  full/full/min
1030   OT: coping skills toolbox    {{NAME:A.B.}} 301, {{NAME:T.W.}} 308             full/partial (left 1050)
1330   Music & mood                 {{NAME:C.D.R.}} 302, {{NAME:L.M.}} 305, {{NAME:T.W.}} 308  full/min/full
1500   Goals wrap-up                all except {{NAME:L.M.}} (asleep)

Individual entry for {{NAME:Lamar McCullough}} (rm 305, MRN {{MRN:LRB-4471928}}): attended 2 of 4, minimal participation, guarded; said he won't talk until his lawyer, Ms. {{NAME:Ortiz}}, comes Monday for the commitment hearing ({{FACILITY:Washtenaw County Probate Court}}, case {{ID:2024-MI-00819}}, Judge {{NAME:Feeney}}). Drew a picture of his dog Biscuit during music group, smiled once. Slept through 1500 group.
Plan: offer 1:1 OT session {{DATE:9/15}} am; encourage attendance; update Dr. {{NAME:Pellegrino}}.
{{NAME:C. Abara}}, OTR/L  {{DATE:9/14/24}} 1610`,

  // 79 toxicology confirmation lab report
  `{{FACILITY:LAKESHORE TOXICOLOGY LABORATORY}}   CLIA 36D0999812   CAP 8812044
{{ADDRESS:7700 Brecksville Rd, Bldg 2}}, {{LOCATION:Independence}}, OH {{ZIP:44131}}   Client services {{PHONE:216-555-0157}}

FINAL REPORT -- DEFINITIVE DRUG TESTING (LC-MS/MS)
Patient: {{NAME:KOVACH, BRANDON J}}   DOB: {{DATE:04/12/1990}}   Sex: M
Accession: {{ID:LT24-1006-03318}}   Specimen ID: {{ID:U4471903}}   Type: urine (observed)
Collected: {{DATE:10/06/2023 17:42}}   Received: {{DATE:10/07/2023 09:15}}   Reported: {{DATE:10/09/2023 14:03}}
Ordering: {{NAME:DEANNA WHITFIELD}}, LICDC / {{NAME:Arjun Malhotra}}, MD NPI {{LICENSE:1902837714}}
Client: {{FACILITY:NEW DAWN RECOVERY CENTER}} acct LT-C-2290

Analyte                    Result     Cutoff (ng/mL)
Fentanyl                   NEG        1
Norfentanyl                NEG        2
Buprenorphine              NEG        5
Amphetamine                NEG        100
Methamphetamine            NEG        100
THC-COOH                   NEG        15
Ethyl glucuronide (EtG)    POSITIVE   500   (measured 1,340)
Ethyl sulfate (EtS)        POSITIVE   100   (measured 410)
Creatinine 88 mg/dL, pH 6.0, SG 1.015 -- valid specimen.
Comment: EtG/EtS consistent with ethanol ingestion within ~80 h; incidental exposure unlikely at this level.
Lab director: {{NAME:Helen R. Szczepanski}}, PhD, DABCC`,

  // 80 discharge-to-shelter coordination, mixed
  `SW DISCHARGE COORDINATION -- SHELTER PLACEMENT
pt: {{NAME:DESHAWN "DEE" MCNAIR}}   mrn {{MRN:41-008-7724}}   unit {{FACILITY:Carver 6}} psych   anticipated d/c {{DATE:Mon 12/16/2024}} 1100

1) Shelter: called {{FACILITY:Hennepin Avenue Men's Shelter}} intake ({{PHONE:612-555-0194}}) {{DATE:12/13}} 1420, spoke w/ {{NAME:Lars}}. Bed held x 24h from 1100 {{DATE:12/16}}; must arrive by 8 PM, bring ID + med list. No detox/intox allowed. Meds may be kept in locked staff cabinet.
2) Meds: 30-day supply via meds-to-beds ({{FACILITY:Carver Outpatient Pharmacy}}), incl Invega Sustenna 156 mg given on unit {{DATE:12/12}}; next due {{DATE:1/9/25}} at {{FACILITY:Northside Mental Health Clinic}}.
3) Follow-up: intake w/ {{NAME:Rosalind Achebe}}, MSW, {{DATE:12/18}} 10:00; ACT referral pending (ref # {{ID:ACT-MN-55120}}).
4) Housing: Coordinated Entry assessment done {{DATE:12/11}} (HMIS {{ID:HC-2024-338104}}); outreach worker {{NAME:Bobby Whitecloud}} ({{EMAIL:bwhitecloud@streetworks.example.org}}) will look for him at shelter.
5) Family: sister {{NAME:Tanisha McNair-Brooks}} in {{LOCATION:St. Paul}} ({{PHONE:651-555-0121}}) can't house him (lease), will bring winter coat to unit Sunday.
6) Transport: cab voucher; ride to shelter at {{ADDRESS:1010 Currie Ave}}.
pt agreeable. {{NAME:Judith Kowalski}}, LICSW  x{{PHONE:4426}}`,
];

export const HELDOUT_REALISTIC_43_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout43-${i + 1}`, n));
