// A forty-seventh held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record or number; phone numbers are 555 numbers; towns and cities are real places used
// only as LOCATION, and some clinics, hospitals, employers and agencies carry the names of real
// public institutions used only as settings, never with real records). Its flavour is community
// and public health records across the US: county health department clinics (TB, STI, immunization, WIC), communicable-disease case
// investigations and contact tracing, school-based clinics and school nurse logs, mobile vans and
// health fairs, refugee health screenings, occupational health and workers' comp visits, home
// visiting nurses, community health worker notes, lead and outbreak follow-up, jail and shelter
// screenings. Places of every kind (towns, counties, neighborhoods, workplaces, schools, churches,
// shelters, camps, motels) and many people (patients, parents, household and work contacts,
// nurses, CHWs, interpreters, supervisors, typists) are written in Title case, ALL CAPS and
// lower-case shorthand, with many kinds of numbers (case, state registry, Medicaid, WIC, claim,
// employee, alien and I-94 numbers, licences, plates) and as many look-alike non-PHI (eponyms,
// drug names, doses, TST mm, IGRA values, lot and NDC numbers, CPT/ICD codes, rooms, years and
// weekdays alone, clock times, ages of 89 and under, states and countries, payers and agencies).
// Shapes: TB clinic flowsheets, LTBI and DOT logs, STI clinic and partner-services notes, shot
// records and VFC screening forms, WIC certifications, case report forms, contact tracing
// line-lists, school nurse and SBHC notes, mobile-van and health-fair screening logs, refugee
// domestic exams, occupational injury and DOT physical notes, workers' comp forms, home visit and
// CHW notes, letters, faxes and phone notes.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// labels stay outside spans (Dr., RN, CHW, Mrs., "MRN:"); typist and clinician initials are NAME;
// a time attached to a full date is part of it, a weekday written with a date is part of it, a
// partial date (3/4, Jan 9) or a month with its year is DATE, but a year alone, a season with a
// year, a weekday alone, clock times alone and shift ranges are not; ages of 89 and under are not
// PHI, 90 and over are AGE; cities, towns, counties, neighborhoods and cities abroad are LOCATION,
// states and countries are not PHI; a street address includes its unit, and city, ZIP and
// facility are separate spans; hospitals, clinics (incl. abbreviations and named wards), health
// departments' named clinic sites, schools, employers, churches, shelters, motels, camps, jails,
// labs, pharmacies and county or city health departments (with their named clinic sites) are
// FACILITY, but payers and state or federal agencies (CDC, state DOH, USCIS, OSHA) are not PHI;
// insurer, Medicaid and Medicare member numbers are HEALTH_PLAN; WIC,
// claim, billing and account numbers are ACCOUNT; case, registry, state event, lab accession,
// employee, alien (A-number), I-94 and incident numbers are ID; NPI, DEA, nurse, CDL and driver's
// licences are LICENSE; plates and VINs are VEHICLE; lot, NDC, CLIA and trial numbers, CPT and
// ICD codes, TST readings and IGRA values are not PHI. Also: short in-house extensions are PHONE;
// anonymous participant and testing-event codes are ID; an intersection or GPS point where a
// person lives or was is ADDRESS; a date range written as one token (2/12-2/13) is one DATE span;
// honorifics in other languages (Don, Doña, Sheikh, Sis.) stay outside NAME spans like titles.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.8412 / 0.9445; pass-11 engine (789a1c5) 0.8961 / 0.9394; pass-12 final engine (978114a) 0.9036 / 0.9462;
// pass-13 final engine (d08b7f6) 0.9077 / 0.9477.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 TB clinic intake
  `{{FACILITY:MARICOPA COUNTY DEPT OF PUBLIC HEALTH}} - TB CONTROL PROGRAM
{{FACILITY:Southeast Regional Clinic}}, {{ADDRESS:1645 E Roosevelt St, Bldg C}}, {{LOCATION:Phoenix}} AZ {{ZIP:85006}}
Ph {{PHONE:(602) 555-0147}}  Fax {{FAX:(602) 555-0148}}

CLIENT: {{NAME:ESPINOZA-RUIZ, Mateo}}     DOB: {{DATE:04/17/1979}}     Clinic #: {{MRN:TB-0048812}}
State case # {{ID:AZ-TB-2023-00391}}    AHCCCS ID {{HEALTH_PLAN:A01938274}}
Visit date: {{DATE:09/12/2023}}   Interp: Spanish via {{NAME:Lorena Paz}} (staff)

Referred from {{FACILITY:Banner - University Medical Center Phoenix}} after CXR w/ RUL cavity {{DATE:8/29}}. Sputum AFB smear 2+ x1 (acc {{ID:B23-118042}}), NAAT pos for MTB complex, rpoB not detected.
Pt works as framer for {{FACILITY:Desert Ridge Builders LLC}}, lives w/ wife {{NAME:Rosa}} and 3 kids on {{ADDRESS:3312 W Pierce St}}, {{LOCATION:Phoenix}}. Born in Mexico, in US since 2004.
Sx: cough x 3 mo, night sweats, wt loss 14 lb. HIV neg {{DATE:9/1}}. A1c 6.9.

PLAN: RIPE per wt 71 kg - INH 300, RIF 600, PZA 1500, EMB 1200 daily by DOT. Baseline LFTs, visual acuity/Ishihara ok.
Isolation letter given, no work until 3 neg smears. Employer contact {{NAME:Gary Tolliver}} (foreman) {{PHONE:602-555-0192}}.
Contact investigation opened - see CI form.
{{NAME:K. Whitehorse}}, RN PHN  /{{NAME:lm}}`,

  // 2 contact tracing line list
  `CONTACT INVESTIGATION LINE LIST  -- index: {{NAME:ESPINOZA-RUIZ M}} ({{ID:AZ-TB-2023-00391}})
prepared by {{NAME:Kayla Whitehorse}} RN / updated {{DATE:10/03/23}}

#  name                  rel        age  priority  TST/IGRA        CXR     disp
1  {{NAME:Rosa Espinoza}}         wife       41   HIGH      QFT POS 4.21   nl      LTBI -> 3HP
2  {{NAME:Daniel E.}}             son        14   HIGH      TST 12mm {{DATE:9/19}}   nl      LTBI -> 4R
3  {{NAME:Yesenia E.}}            dau         9   HIGH      TST 0mm        --      window repeat {{DATE:11/14}}
4  {{NAME:Mia E.}}                dau         3   HIGH      TST 0mm        nl      window prophylaxis INH
5  {{NAME:Tomas Ruiz}}            brother    38   MED       QFT neg        --      no f/u
6  {{NAME:Jerry Kowalczyk}}       coworker   55   MED       QFT indet      pend    redraw
7  {{NAME:Andre "Dre" Buckner}}   coworker   27   MED       refused        --      letter sent {{DATE:10/2}}
8  unk x4                 crew       --   LOW       --             --      site visit {{FACILITY:Desert Ridge}} yard

School notif: {{FACILITY:Isaac Middle School}} nurse Ms. {{NAME:Ortega}} -> no, kid under 5 does not attend; {{FACILITY:Mitchell Elem}} notified re {{NAME:Yesenia}}, no class screening needed (not infectious).
{{NAME:Dre}} phone {{PHONE:480-555-0163}} disconnected. Last addr {{ADDRESS:2219 N 36th Ave #114}}, {{LOCATION:Phoenix}} {{ZIP:85009}}.
Window period for <5 yo per CDC guidance. next review wk of {{DATE:10/16}}.`,

  // 3 DOT log
  `dot log -- {{NAME:mateo espinoza-ruiz}}  mrn {{MRN:TB-0048812}}
wk 6  ({{DATE:10/16/23}} - {{DATE:10/20/23}})

mon {{DATE:10/16}} 0715 home visit {{ADDRESS:3312 w pierce}} - doses taken, obs'd. no n/v. orange urine expected, reviewed. -{{NAME:jc}}
tue {{DATE:10/17}} 0720 vDOT (emocha) video ok, INH/RIF/PZA/EMB -{{NAME:jc}}
wed {{DATE:10/18}} missed - pt at {{FACILITY:St Joseph's}} ED for ankle sprain at jobsite?? called {{PHONE:602-555-0139}} no answer
thu {{DATE:10/19}} 0700 obs'd at {{FACILITY:Roosevelt clinic}}, makeup dose. Reports went back to work on tuesday (not cleared!!). spoke w/ {{NAME:Gary}} at {{FACILITY:DRB}}, pt sent home. smear 3 still pending.
fri {{DATE:10/20}} 0715 vDOT ok. wt 73.4 kg (up 2.4)

doses this wk 4/5, cumulative 38/40
LFT {{DATE:10/13}}: AST 41 ALT 52 Tbili 0.8 -> cont, recheck 2 wk
visual acuity 20/20 OU, Ishihara 14/14

CHW {{NAME:Jesus Camacho}} / sup {{NAME:K Whitehorse}} RN`,

  // 4 STI clinic
  `{{FACILITY:DENVER HEALTH}} - {{FACILITY:Denver Sexual Health Clinic}}   {{ADDRESS:605 Bannock St}}, {{LOCATION:Denver}} CO {{ZIP:80204}}
Visit {{DATE:Tue 2/6/24 10:42}}       Clinician: {{NAME:Priya Ramanathan}}, NP
Pt: {{NAME:Tyler J. Okafor}}   DOB {{DATE:1998-11-03}}   MRN {{MRN:3307719}}

CC: urethral d/c x4 days, dysuria. last sex {{DATE:1/29}} w/ male partner, receptive + insertive anal, no condom. 3 partners in last 60 days (2 anon via app).
PrEP: none. Previously declined at {{FACILITY:Colfax Ave clinic}} {{DATE:Aug 2022}}.
Exam: mucopurulent d/c, no lesions, no LAD.
Gram stain: GNID in PMNs -> presumptive GC.
Tx: ceftriaxone 500 mg IM x1 (lot EK4471, exp 3/2026), doxycycline 100 bid x7d.
NAAT 3-site GC/CT sent (acc {{ID:DH24-0206-5511}}), RPR, HIV Ag/Ab 4th gen.
Partner services referral: DIS {{NAME:Marcus Bell}} {{PHONE:720-555-0118}}. Pt gave first name + app handle for 1 partner only ("{{NAME:Javi}}").
PrEP discussed again, pt interested - Rx Descovy after neg HIV, RTC 2 wk, labs Cr.
Notify via portal {{URL:https://mychart.denverhealth.example.org}} results. ph on file {{PHONE:303-555-0174}}.
{{NAME:PR}}/{{NAME:dk}}`,

  // 5 partner services interview
  `PARTNER SERVICES / FIELD RECORD  -- CO DISEASE INTERVENTION
Interview date {{DATE:02/09/2024}}   DIS: {{NAME:M. Bell}}   Case # {{ID:CO-24-0117}}
Original patient (OP): {{NAME:OKAFOR, TYLER}}  dx 300 gonorrhea (urethral + rectal)  also 710 syphilis, early latent (RPR 1:32, TPPA +)

Partners elicited:
P1  "{{NAME:Javier}}" ~25 yo Latino male, app handle "{{ID:javi_mile_high}}", met at {{FACILITY:The Wrangler}} bar, {{LOCATION:Capitol Hill}}. exposure {{DATE:1/29}}. Initiated via app notification {{DATE:2/9}}.
P2  {{NAME:Kenneth Abara}}, 31, {{ADDRESS:1420 Ogden St Apt 6}}, {{LOCATION:Denver}} {{ZIP:80218}}, ph {{PHONE:720-555-0151}}. exposure {{DATE:1/12}} + {{DATE:1/20}}. Called {{DATE:2/9 15:10}}, agreed to come in {{DATE:2/12}}.
P3  anonymous, no info - untraceable.

Social contacts: roommate {{NAME:Devonte}} (suspect, no exposure reported) - cluster interview offered.
OP tx'd: Bicillin L-A 2.4 MU IM {{DATE:2/9/24}} at {{FACILITY:DHSHC}}. ceftriaxone given {{DATE:2/6}}.
Disposition P2 {{DATE:2/12}}: tested + treated preventively (C).  P1 pending.
Notes: OP works at {{FACILITY:King Soopers}} on {{LOCATION:Colfax}}, prefers text only.`,

  // 6 immunization clinic VFC screening
  `{{FACILITY:LINN COUNTY PUBLIC HEALTH}} -- Immunization Clinic
{{ADDRESS:1020 6th Street SE}}, {{LOCATION:Cedar Rapids}}, IA {{ZIP:52401}} / {{PHONE:(319) 555-0110}}

VFC ELIGIBILITY SCREENING + VACCINE ADMIN RECORD        date {{DATE:8/14/2023}}
Child: {{NAME:Amani Bizimana}}   DOB {{DATE:3-22-2019}}   IRIS ID {{ID:4417829}}
Parent/guardian: {{NAME:Josiane Uwase}} (mother)  ph {{PHONE:319-555-0186}}
Address {{ADDRESS:2815 Wilson Ave SW Apt 11}}, {{LOCATION:Cedar Rapids}}
VFC elig: [x] Medicaid enrolled  Iowa Medicaid # {{HEALTH_PLAN:1843920K}}   [ ] uninsured  [ ] AI/AN
School: {{FACILITY:Taylor Elementary}} kindergarten fall.
Interpreter Kinyarwanda: {{NAME:Emmanuel Habimana}} (phone, ID {{ID:46271}})

vaccine       mfr      lot        site   route  dose#   given by
DTaP-IPV      GSK      3K72A      L thigh IM    #5      {{NAME:S. Nguyen}} RN
MMRV          Merck    W009341    R arm   SQ    #2      {{NAME:S. Nguyen}} RN
Flu (too early - return Oct)

Screening questions all "no". No prior reactions. Pt ate, stayed 15 min, fine.
Next: 11-12 yo Tdap/HPV/MenACWY. Record copied to IRIS + parent card.`,

  // 7 WIC certification
  `WIC CERTIFICATION - {{FACILITY:Hidalgo County WIC Clinic #7}} ({{LOCATION:Edinburg}})
cert date {{DATE:06/05/2023}}  family ID {{ACCOUNT:WIC-7-0093318}}
Participant: {{NAME:Guadalupe Treviño}} (postpartum, breastfeeding)  dob {{DATE:02/11/2001}}
Infant: {{NAME:Sebastián Treviño-Garza}} dob {{DATE:05/14/2023}}, born {{FACILITY:DHR Health}}, BW 6 lb 3 oz
Other family: {{NAME:Luis Garza}} (FOB), {{NAME:Itzel}} 3 yo (child cat.)
address {{ADDRESS:410 E Cano St}}, {{LOCATION:Edinburg}} TX {{ZIP:78539}}  cel {{PHONE:956-555-0122}}
Income: SNAP adjunctive eligible (case {{ACCOUNT:SNAP 55301827}}), Medicaid {{HEALTH_PLAN:528713490}}

Anthro mom: ht 5'2" wt 158 lb, pregravid 136. Hgb 10.9 (low) - risk 201.
Infant wt today 7 lb 0 oz, 20.5 in. Exclusively BF, 8-10 feeds/d, wet diapers 6+.
Nutrition risks: 201 low hgb, 133 high maternal wt gain, 602 BF complications (nipple pain L).
Referral: IBCLC {{NAME:Maria Elena Saucedo}}, peer counselor {{NAME:Brenda}}. Pump: Medela loaner, serial {{DEVICE:MDL-22C018837}}.
Food pkg: full BF mom + infant (no formula). eWIC card issued.
CPA {{NAME:A. Villarreal}}, RD`,

  // 8 school nurse log
  `{{FACILITY:RIVERSIDE HIGH SCHOOL}} HEALTH OFFICE DAILY LOG   {{DATE:Thursday, January 18, 2024}}
{{LOCATION:Chattanooga}} TN / {{FACILITY:Hamilton County Schools}} - school nurse {{NAME:Deb Pruitt}} RN

0755  {{NAME:Kaylee Summers}} gr10 - inhaler before PE (albuterol 2 puffs, own supply). ok
0820  {{NAME:Jamal Whitfield}} gr12 - T1DM, BG 62, 15g glucose tabs, recheck 0835 BG 108, back to class. mom {{NAME:Angela Whitfield}} texted {{PHONE:423-555-0157}}
0915  {{NAME:Hunter Gaines}} gr9 - hit head on locker, no LOC, GCS 15, ice. Concussion sx checklist neg. Parent note sent.
1040  {{NAME:Ximena Ortiz}} gr11 - c/o HA, temp 100.9. Sent home w/ grandmother {{NAME:Delia Ortiz}}. Flu A+ x3 in 3rd period this week (see outbreak log).
1130  meds: methylphenidate 10mg {{NAME:Cody R.}}, {{NAME:Landon P.}}; sertraline none.
1300  SBHC referral {{NAME:Tre'Von Mack}} for sports physical -> {{FACILITY:Erlanger Community Health Center}} van here {{DATE:1/24}}.
1410  {{NAME:Kaylee S.}} again - asthma, peak flow 310 (PB 420). duoneb not avail at school. called mom {{PHONE:423-555-0108}}, picked up 1440.

absences for ILI today: 47 (enrollment 1,210) -> reported to {{FACILITY:Hamilton Co Health Dept}} epi {{NAME:Tom Lasseter}}.`,

  // 9 refugee domestic exam
  `REFUGEE HEALTH DOMESTIC SCREENING   {{FACILITY:International Clinic, Harborview}}  {{LOCATION:Seattle}} WA
Date of exam {{DATE:11/02/2023}}   arrival date US {{DATE:10/11/2023}}
Name: {{NAME:Abdirahman Hassan Nur}}    DOB {{DATE:01/01/1987}} (per I-94; pt unsure)
A# {{ID:A-219 884 305}}    I-94 {{ID:48873920 1A3}}    Medicaid (Apple Health) {{HEALTH_PLAN:200418337WA}}
Resettlement agency: {{FACILITY:IRC Seattle}}, case mgr {{NAME:Fadumo Ali}} {{PHONE:206-555-0133}}
Country of origin Somalia, processed via Kenya ({{LOCATION:Kakuma}} camp 2011-2023).
Household: wife {{NAME:Hodan Mohamed Warsame}} 31, children {{NAME:Ayaan}} 8, {{NAME:Zakaria}} 5, {{NAME:Maryan}} 2.
Interpreter Somali {{NAME:Ismail Dualeh}} in person.

Overseas: IGRA neg ({{LOCATION:Nairobi}} IOM panel {{DATE:6/2023}}), presumptive albendazole + praziquantel given pre-departure, malaria AL given.
Today: CBC w/ diff eos 11%! (post-tx?) -> strongyloides IgG, schisto ser. HBsAg, HCV, HIV, RPR, lead (kids), UA.
Vaccines: Td, MMR #1, Varicella #1, HepB #1. Pt has VA 20/70 OS - refer optometry.
Mental health RHS-15: score 9 (neg).
PCP assigned {{FACILITY:Neighborcare Health at Rainier Beach}}, appt {{DATE:11/29}}.
{{NAME:E. Lindqvist}} MD`,

  // 10 occ health workers comp
  `{{FACILITY:CONCENTRA URGENT CARE - OCCUPATIONAL}}  {{LOCATION:Toledo}}, OH
WORK STATUS REPORT / INITIAL VISIT   DOI {{DATE:3/18/24}}   DOS {{DATE:3/18/24 16:20}}

Employee: {{NAME:Robert "Bobby" Kaszynski}}   DOB {{DATE:7/30/1966}}   EE# {{ID:004417}}
Employer: {{FACILITY:Maumee Valley Stamping Co.}}, {{ADDRESS:9300 Airport Hwy}}, {{LOCATION:Holland}} OH {{ZIP:43528}}
Supervisor: {{NAME:Denise Grubb}} ph {{PHONE:419-555-0169}}  fax {{FAX:419-555-0170}}
BWC claim # {{ACCOUNT:24-810337}}  MCO: CompManagement

HPI: 57 yo press operator caught L index finger in die at ~1415, 2nd shift, machine #14. Guard reportedly bypassed. Wearing cut gloves.
Exam: L index crush, DIP laceration 2 cm, nail bed avulsion partial, cap refill <2s, FDP/FDS intact. Xray: tuft fx distal phalanx nondisplaced.
Tx: digital block lido 1% 3 mL, repair 5-0 nylon x5, nail bed 6-0 chromic, splint. Tdap given (lot U7731AA). Keflex 500 qid x5d.
ICD S62.632A, S61.311A. CPT 12002, 11760.
Work status: modified duty - no use L hand, no press operation, until recheck {{DATE:3/25}}.
Post-accident drug screen collected (DOT-no, company policy) CCF {{ID:0471983}} - chain of custody {{NAME:T. Harmon}}.
Provider {{NAME:Leah Sorensen}}, PA-C  NPI {{LICENSE:1548392017}}`,
  // 11 home visiting nurse (NFP)
  `NURSE-FAMILY PARTNERSHIP HOME VISIT ENCOUNTER
agency: {{FACILITY:Kanawha-Charleston Health Department}} NFP   nurse home visitor {{NAME:Becky Stollings}}, RN BSN
client: {{NAME:Destiny M. Pauley}}   client ID {{ID:NFP-WV-30219}}   dob {{DATE:8/9/2005}}
visit {{DATE:4/22/2024}} 1:30-2:45 pm  home - {{ADDRESS:507 Pennsylvania Ave Lot 22}}, {{LOCATION:St. Albans}} {{ZIP:25177}}
present: client, baby {{NAME:Bentley}} (dob {{DATE:2/28/24}}), FOB {{NAME:Cody Hager}} (part of visit), MGM {{NAME:Tammy Pauley}}

Infant: wt 11 lb 4 oz on home scale, feeding Similac Advance 4 oz q3h, WIC at {{FACILITY:Putnam Co WIC}}. 2 mo shots done at {{FACILITY:Valley Health - Teays Valley}} {{DATE:4/15}}. ASQ-3 2mo all above cutoff.
Client: EPDS 13 (up from 8) - endorses crying, not sleeping, no SI/HI. Safety plan reviewed. Warm handoff to {{FACILITY:Prestera Center}} therapist {{NAME:Jenna}} - intake {{DATE:4/29}} 10am, will drive her? no car. Transport via Modivcare (Medicaid {{HEALTH_PLAN:01229384751}}).
Home: smoke detector present, working. Space heater in nursery - discussed. Safe sleep: bassinet, ok, but saw bumper pad, removed with permission.
IPV screen: deferred, FOB present. Will re-screen next visit alone.
Goals: GED at {{FACILITY:Carver Career Center}} in fall.
next visit {{DATE:May 6}}  ph {{PHONE:304-555-0129}}`,

  // 12 CHW note
  `community health worker note -- {{FACILITY:Unity Health Care}} CHW program, {{LOCATION:Ward 8}}
date {{DATE:3/7/24}}   chw: {{NAME:Shanice Boyd}}
client {{NAME:Lionel Pettaway}}  mrn {{MRN:UHC-772031}}  dob {{DATE:12/02/1958}}

met pt at {{FACILITY:Congress Heights Senior Wellness Center}} lunch. he says bp meds ran out 2 wk ago (amlodipine 10, lisinopril 20). bp cuff reading 172/98 L arm. no cp, no ha.
pharmacy is {{FACILITY:CVS on Alabama Ave}} - called, refill needs new rx. messaged dr {{NAME:Okonjo}} via inbox, rx sent 1140.
SDOH: lives alone {{ADDRESS:3520 Wheeler Rd SE Apt 302}}, {{LOCATION:Washington}} DC {{ZIP:20032}}. elevator broken since feb, he has COPD, can't do stairs well -> called DCHA work order # {{ID:WO-2024-118372}}. food - gets SNAP $94, out by week 3. signed up for {{FACILITY:Martha's Table}} market.
son {{NAME:Darnell}} in {{LOCATION:Baltimore}} checks in sundays. nephew {{NAME:Reggie Pettaway}} {{PHONE:202-555-0183}} is emergency contact.
plan: chw to bring pt to pharmacy fri, bp recheck next wk at center. DC Medicaid MCO AmeriHealth Caritas id {{HEALTH_PLAN:7130039284}}.
-- {{NAME:SB}}`,

  // 13 health fair screening log
  `HEALTH FAIR SCREENING LOG -- {{FACILITY:Greater New Hope Missionary Baptist Church}}, {{LOCATION:Jackson}} MS
Sat {{DATE:10/14/2023}}   sponsor: {{FACILITY:Jackson-Hinds Comprehensive Health Center}} mobile unit #2
volunteers: Pastor {{NAME:Wendell Hughes}}, Sis. {{NAME:Carolyn Foote}} RN (ret.), Dr. {{NAME:Adaeze Nwosu}}

no. name                 age  BP       gluc  chol  A1c   referral
01  {{NAME:Ernestine Coleman}}    71   188/102  141   --    7.8   urgent - sent to ER {{FACILITY:UMMC}}
02  {{NAME:Willie Mae Tate}}      66   144/88   98    212   --    PCP
03  {{NAME:Lamar Jefferson}}      45   130/84   --    --    --    none
04  {{NAME:Tonya Ruffin}}         38   118/76   89    --    5.4   none
05  {{NAME:Curtis Blackmon}}      59   162/94   247   244   9.9   FQHC new pt appt {{DATE:10/19}}
06  {{NAME:B. Stampley}}          {{AGE:94}}   150/70   --    --    --    PCP (lives w/ dau)
07  {{NAME:Kenyatta Harris}}      29   -- (flu shot only, lot UJ449AB)

Flu shots given: 23. COVID boosters 11. Hep C rapid 6 (1 reactive - {{NAME:Blackmon}}, confirm RNA).
#01 Mrs. {{NAME:Coleman}} transported by daughter {{NAME:Renita}} {{PHONE:601-555-0115}}, refused ambulance.
Sign-in sheets to Ms. {{NAME:Foote}} for church records.`,

  // 14 lead case mgmt
  `CHILDHOOD LEAD POISONING PREVENTION PROGRAM -- CASE MANAGEMENT NOTE
{{FACILITY:Cuyahoga County Board of Health}}   case mgr: {{NAME:Heather Lenz}}, RS, MPH
Child: {{NAME:Jaylen Marcus Dority}}  DOB {{DATE:05/30/2021}}  ODH case # {{ID:OH-PB-22-41907}}
Parent: {{NAME:Shaquita Dority}}   address {{ADDRESS:11009 Ashbury Ave, Down}}, {{LOCATION:Cleveland}} OH {{ZIP:44106}} ({{LOCATION:Glenville}})
Landlord: {{NAME:Viktor Radev}} / {{FACILITY:R&R Rental Holdings}} ph {{PHONE:216-555-0145}}

BLL history (venous):
 {{DATE:11/01/22}}   18 ug/dL
 {{DATE:01/09/23}}   22
 {{DATE:04/12/23}}   14
 {{DATE:08/28/23}}   9.1
Risk assessment done {{DATE:1/20/23}} by {{NAME:Paul Szabo}} (lic. lead risk assessor {{LICENSE:LRA-3381}}): deteriorated paint window sills, porch, soil 1,240 ppm at dripline. Lead hazard control order issued; interim controls completed {{DATE:3/2023}}.
Child attends {{FACILITY:Mt. Pleasant Head Start}}. Dev screen ASQ - speech delay, referred Help Me Grow.
Pica reported by mom (chewing window ledge). Nutrition counseling: iron, calcium, vit C; WIC at {{FACILITY:Glenville WIC}}.
Plan: repeat BLL 3 mo ({{DATE:Nov 2023}}). Case closes when <3.5 x2 and hazards cleared.`,

  // 15 jail intake TB screening
  `{{FACILITY:PIMA COUNTY ADULT DETENTION COMPLEX}} - MEDICAL INTAKE / TB SYMPTOM SCREEN
Booking # {{ID:2311-04472}}    Inmate {{NAME:DELACRUZ, ANTHONY RAY}}   DOB {{DATE:06-08-1990}}
Housing: intake pod, cell 3B-12 (bunk low)
Date/time {{DATE:11/14/2023 0215}}    Screened by {{NAME:R. Mendivil}} LPN

TB sx: cough >3wk N, hemoptysis N, fever N, NS N, wt loss N.
Prior TB: states "positive skin test in prison" ({{FACILITY:ASPC-Tucson}}, ~2016?), never treated? CXR ordered in lieu of TST.
CXR {{DATE:11/15/23}} read by Dr. {{NAME:Heiland}} ({{FACILITY:Radiology Partners of Tucson}}): no active dz, small calcified granuloma LLL.
Other: opioid use - last used fentanyl "blues" {{DATE:11/13}} pm. COWS q4h started 0400. Buprenorphine per MAT protocol after COWS >=8.
Hep C: Ab reactive 2019 at {{FACILITY:El Rio Health}}, untreated.
Emergency contact: mother {{NAME:Yolanda Delacruz}} {{PHONE:520-555-0137}}, {{ADDRESS:4425 S Fremont Ave}}, {{LOCATION:Tucson}} {{ZIP:85714}}.
Refer ID clinic / LTBI eval; notify {{FACILITY:Pima County Health Department}} TB ({{NAME:Liz Carrillo}}) if LTBI tx started.`,

  // 16 measles exposure investigation
  `MEASLES EXPOSURE NOTIFICATION -- PUBLIC HEALTH INVESTIGATION SUMMARY
{{FACILITY:Clark County Public Health}}, {{LOCATION:Vancouver}} WA     event # {{ID:WDRS-2024-0887613}}
Investigator {{NAME:Nadia Petrenko}}, MPH    date {{DATE:2/19/2024}}

Case: {{NAME:L.A.K.}}, 4 y/o F, unvaccinated (religious exemption on file at {{FACILITY:Little Acorns Montessori}}). Rash onset {{DATE:2/14}}, IgM + ({{FACILITY:WA PHL}} acc {{ID:24-PHL-03317}}), genotype D8 pending.
Infectious period {{DATE:2/10}} - {{DATE:2/18}}.
Exposure sites:
 - {{FACILITY:PeaceHealth Southwest Medical Center}} ED waiting room {{DATE:2/15}} 1900-2300
 - {{FACILITY:Fred Meyer}} {{ADDRESS:7411 NE 117th Ave}} {{DATE:2/13}} 1000-1230
 - {{FACILITY:Cascade Park Community Library}} story time {{DATE:2/12}} 1030-1200
 - {{FACILITY:Little Acorns Montessori}} {{DATE:2/12-2/13}}
Household: mother {{NAME:Kristina K.}} (MMR x2 doc), father {{NAME:Aleksei}} (unk -> titers), siblings {{NAME:Matvei}} 7, {{NAME:Sofiya}} 11 mo (IG given {{DATE:2/19}}, within 6 days).
School exclusion: 21 days for unimmunized contacts through {{DATE:3/8}}.
Media release coordinated w/ DOH. Call center {{PHONE:564-555-0100}}.`,

  // 17 SBHC visit
  `{{FACILITY:ROOSEVELT HS SCHOOL-BASED HEALTH CENTER}}  ({{FACILITY:Multnomah County Health Dept}})  {{LOCATION:Portland}} OR
Visit {{DATE:10/30/23}}   Provider {{NAME:Gabriela Funes}} FNP    MA {{NAME:Tuan Le}}
Student {{NAME:Marisol Ibarra-Cruz}}  17 yo  DOB {{DATE:6/2/2006}}  gr 12   MRN {{MRN:0061729934}}
Confidential visit (ORS 109.640) - parent not to be contacted re: this visit.

S: wants birth control, also ?UTI. LMP {{DATE:10/12}}. sexually active w/ 1 male partner, condoms "mostly". Dysuria 2d, freq.
O: afeb, UA LE+ nitrite+. UPT neg.
A/P: cystitis - nitrofurantoin 100 bid x5d. Contraception: chose Nexplanon; placed L arm today, lot U043122, exp 04/2026. Back-up 7d. GC/CT urine sent.
Depression PHQ-A 6. Works evenings at {{FACILITY:Taco Bell on NE Lombard}}.
Billing: confidential - OHP (CCO {{FACILITY:Health Share}}) not billed per student request; grant-funded. OHP id {{HEALTH_PLAN:XY7730281}} in chart only.
Contact pref: cell {{PHONE:971-555-0148}} text ok, no vm.
F/u {{DATE:11/13}} or prn.`,

  // 18 occ health DOT physical
  `DOT MEDICAL EXAMINATION - NOTES TO FILE (Form MCSA-5875 attached)
{{FACILITY:Midwest Occupational Medicine}}, {{ADDRESS:2200 S 13th St, Suite 110}}, {{LOCATION:Omaha}} NE {{ZIP:68108}}
Exam date {{DATE:05/09/2024}}   Examiner {{NAME:Glen A. Matusek}}, DO  NRCME # {{LICENSE:3917745562}}

Driver: {{NAME:PHAM, Quang Minh}}    DOB {{DATE:09/21/1971}}   CDL NE {{LICENSE:H09288213}} class A
Employer: {{FACILITY:Crete Carrier Corp}} terminal {{LOCATION:Lincoln}}
Truck tractor unit 4471, plate NE {{VEHICLE:1-J7722}}

HTN on amlodipine 5, BP 148/92 -> recheck 138/88. Pass, 1-yr cert.
DM2 on metformin only (no insulin) - A1c 7.1 per PCP Dr. {{NAME:Hoang}} at {{FACILITY:OneWorld Community Health Centers}}.
OSA: Epworth 12, BMI 36.4, neck 18.5". Referred sleep study; CPAP compliance needed if dx. AHI unknown.
Vision 20/25 OU corrected, hearing whisper 5 ft ok. Urine SG 1.020 prot neg gluc 1+.
Certificate: 1 year, expires {{DATE:05/09/2025}}. Wearing corrective lenses required.
ph {{PHONE:402-555-0131}}  email {{EMAIL:qpham71@mailbox.example.com}}
/{{NAME:gam}}/{{NAME:jt}}`,

  // 19 hep A outbreak restaurant
  `HEPATITIS A OUTBREAK - FOOD HANDLER INVESTIGATION   (DRAFT)
{{FACILITY:Knox County Health Department}} Epidemiology, {{LOCATION:Knoxville}} TN
Investigator: {{NAME:J. Rowan Eldridge}}    opened {{DATE:July 3, 2023}}

Index: {{NAME:Corey Lamb}}, 34, line cook, {{FACILITY:Smoky Mtn Smokehouse & Grill}}, {{ADDRESS:6824 Clinton Hwy}}, {{LOCATION:Powell}} {{ZIP:37849}}
Jaundice onset {{DATE:6/27}}, IgM anti-HAV + {{DATE:6/30}} ({{FACILITY:Fort Sanders Regional}}). Hx: experiencing homelessness until {{DATE:5/2023}}, stayed at {{FACILITY:KARM}} shelter; meth use (smoked). Worked while sx {{DATE:6/20-6/26}}.
Restaurant mgr {{NAME:Stacy Wampler}} {{PHONE:865-555-0176}}. Employee roster 31 -> all offered vaccine/IG on site {{DATE:7/5}}.
PEP clinic at restaurant: HAV vaccine given 27 (Havrix lot 7B3X2), IG 2 (age >40 w/ liver dz). 2 declined.
Patron notification: press release {{DATE:7/5}} for diners {{DATE:6/20-6/26}}; hotline {{PHONE:865-555-0199}}.
Secondary: girlfriend {{NAME:Amber Lusk}} and her son {{NAME:Kaiden}} 6 vaccinated {{DATE:7/4}}.
Env: restroom handwashing sink blocked w/ boxes - violation, health inspector {{NAME:Mike Ogle}}.`,

  // 20 phone note TB
  `TELEPHONE ENCOUNTER   {{DATE:01/08/2024 09:12}}    {{FACILITY:Hennepin County Public Health Clinic}} TB
caller: {{NAME:Fartun Abdi}}, daughter of pt {{NAME:Halima Jama Yusuf}} (DOB {{DATE:3/3/1956}}, MRN {{MRN:HCPH-55017}})
call back # {{PHONE:612-555-0162}}

daughter reports mom vomited after pills x2 days, yellow eyes? Pt on 6-mo RIPE for pulm TB, started {{DATE:11/20/23}}, weight 52 kg.
Per nurse {{NAME:Sarah Vang}} RN: HOLD all TB meds. Come in today for LFTs, we can see 1pm.
Daughter will drive from {{LOCATION:Cedar-Riverside}} - they moved to {{ADDRESS:1815 S 6th St, Apt 1107}}, {{LOCATION:Minneapolis}} {{ZIP:55454}} (update chart, old addr {{LOCATION:Brooklyn Park}}).
Somali interpreter not needed (daughter) - offered, declined.
Informed Dr. {{NAME:Ahmed Raage}} covering MD.
1410 addendum: AST 388 ALT 412 Tbili 3.1. DILI. Meds held, restart sequentially per ATS/CDC guideline when ALT <2x ULN. Next LFT {{DATE:1/11}}. Sent to {{FACILITY:HCMC}} ED? no - pt well-appearing, tolerating fluids. -{{NAME:SV}}`,
  // 21 mobile van log
  `MOBILE HEALTH UNIT -- DAILY SITE REPORT
Unit: "Care-A-Van 3"  VIN {{VEHICLE:1FDXE4FS8KDC30417}}  plate {{VEHICLE:GV 4471}} (govt)
Site: {{FACILITY:Dollar General}} parking lot, {{ADDRESS:102 Main St N}}, {{LOCATION:Belzoni}}, {{LOCATION:Humphreys County}} MS
Date {{DATE:Wednesday 5/15/24}}   hours 0900-1500
Staff: {{NAME:Tameka Sims}} NP, {{NAME:Jordan Pugh}} LPN, driver {{NAME:Earl Wiggins}}, CHW {{NAME:Latrice Banks}}

Pts seen 19 (new 7).  BP checks 14, A1c POC 9, Pap 2, vaccines 6.
notable:
- {{NAME:Roosevelt Tate}} 63 BP 210/118 asymptomatic, clonidine 0.1 given, recheck 178/100, sent to {{FACILITY:Humphreys County Memorial Hospital}} w/ wife.
- {{NAME:Doris McGee}} needs mammogram -> scheduled {{FACILITY:Delta Health - The Medical Center}} {{DATE:6/3}}.
- child {{NAME:Zion Brown}} 6 shots catch-up, mom {{NAME:Keisha}} ph {{PHONE:662-555-0120}}.
Generator fault 1230-1300, vaccine fridge temp stayed 4.1C (log attached, data logger LogTag TRED30-7F s/n {{DEVICE:5511829}}).
Next stop {{DATE:5/16}} {{FACILITY:Silver City Missionary Baptist}} fellowship hall.`,

  // 22 occupational needlestick
  `EMPLOYEE HEALTH -- BLOOD/BODY FLUID EXPOSURE
{{FACILITY:Mercy Hospital St. Louis}} Employee Health Services, 4 West, ext {{PHONE:4471}}
Employee: {{NAME:Chantelle R. Moody}}  EE ID {{ID:E0339182}}  dept: 5 North med-surg, RN
Date/time of exposure {{DATE:08/02/2023 03:40}}    reported 0415
Incident report # {{ID:IR-23-08-0117}}

Hollow-bore needlestick L thumb during insulin (no - it was a butterfly for blood draw) on 5N room 514 bed B. Through glove, bled. Washed w/ soap.
Source pt: {{NAME:Gerald Huffstetler}}, MRN {{MRN:M10049281}}, consented to testing {{DATE:8/2/23 0600}}: HIV Ag/Ab neg, HCV Ab neg, HBsAg neg. Source hx IVDU per chart.
Employee: HBV vaccinated, anti-HBs 84 (2019). Baseline HIV/HCV drawn.
PEP: initially started Biktarvy 1 tab at 0500 (before source results) - d/c'd after source neg.
f/u HCV RNA not indicated given source neg; counsel.
Workers comp first report filed - claim {{ACCOUNT:WC-2308-55102}} (self insured).
Manager {{NAME:Diane Osterhaus}} notified. OSHA 300 log: recordable? yes - sharps log entry.
{{NAME:Pat Rinehart}}, RN COHN-S`,

  // 23 STI syphilis congenital follow up
  `CONGENITAL SYPHILIS PREVENTION -- PRENATAL CASE REVIEW
{{FACILITY:Fresno County Department of Public Health}}, CS team    review date {{DATE:09/26/2023}}
Mother: {{NAME:Yesenia Calderón}}  DOB {{DATE:10/4/1995}}  CalREDIE {{ID:1038849217}}
EDD {{DATE:11/30/23}}   G3P2  prenatal care at {{FACILITY:Clinica Sierra Vista - Elm}} since 28 wk (late entry)
Address: unstable - motel {{FACILITY:Economy Inn}} rm 12, {{ADDRESS:2570 S Parkway Dr}}, {{LOCATION:Fresno}} {{ZIP:93725}}; prior {{LOCATION:Selma}}.

Labs: RPR 1:64 {{DATE:8/15}}, TP-PA reactive. Stage: late latent/unknown duration.
Tx: Bicillin L-A 2.4 MU #1 {{DATE:8/22}}, #2 {{DATE:8/29}}, #3 {{DATE:9/8}} (10 days - interval >9 d in pregnancy = restart series!!) -> restart #1 {{DATE:9/15}}, #2 {{DATE:9/22}}.
Partner: {{NAME:Ramon "Chino" Vargas}}, untreated, located at {{FACILITY:Fresno County Jail}} booking {{ID:23-118734}}; jail medical treated {{DATE:9/20}}.
3rd trimester RPR repeat at 36 wk and at delivery ({{FACILITY:CRMC}} L&D alerted).
PHN {{NAME:Araceli Mendoza}} will do home visits q1wk; Medi-Cal {{HEALTH_PLAN:94117302F}} CalViva.
cell {{PHONE:559-555-0171}} (bf's phone {{PHONE:559-555-0190}}).`,

  // 24 refugee peds screening
  `REFUGEE HEALTH ASSESSMENT -- PEDIATRIC
{{FACILITY:Jefferson County Refugee Health Program}} @ {{FACILITY:Family Health Centers - Phoenix Clinic}}, {{LOCATION:Louisville}} KY
exam {{DATE:12 Dec 2023}}   arrival {{DATE:29 Nov 2023}}
pt: {{NAME:Nour Al-Khatib}}   DOB {{DATE:15 Jul 2017}}   A# {{ID:A 221 457 093}}   KY Medicaid {{HEALTH_PLAN:9018827314}}
parents: {{NAME:Mahmoud Al-Khatib}}, {{NAME:Rania Haddad}}; sib {{NAME:Omar}} 12, {{NAME:Lina}} 3
Syria -> Jordan ({{LOCATION:Irbid}} 2013-2023). Agency {{FACILITY:Catholic Charities of Louisville}}, CM {{NAME:Jessica Thorne}} {{PHONE:502-555-0106}}.
Arabic interp {{NAME:Samir Boutros}} (ID {{ID:LL-20871}}, LanguageLine).

Growth: wt 19.8 kg (10th %), ht 113 cm. Hgb 10.1, MCV 68 -> iron vs thal trait; ferritin, Hb electrophoresis.
Lead 6.2 ug/dL (>3.5) -> repeat 3-6 mo, home assessment, report to state.
IGRA neg. Stool O&P x1 neg. Dental: caries 6 teeth (#A, #J, #K, #T, #L, #S) -> {{FACILITY:U of L School of Dentistry}} peds clinic.
Vaccines: had only BCG + partial per card; catch-up today DTaP #1, IPV #1, MMR #1, Var #1, HepA #1.
School: {{FACILITY:Cochran Elementary}} ESL, enrolled {{DATE:12/4}}.
{{NAME:Mary-Kate Ruehl}} MD / {{NAME:mkr}}`,

  // 25 CHW diabetes home visit Navajo
  `CHR HOME VISIT NOTE   ({{FACILITY:Navajo Nation CHR Program}} - {{LOCATION:Chinle}} Service Unit)
date {{DATE:06/18/2024}}    CHR: {{NAME:Loretta Begay}}
client: {{NAME:Harrison Yazzie}}   dob {{DATE:02/09/1949}}   IHS chart {{MRN:CH-004417}}
home: {{LOCATION:Many Farms}} chapter, no street address - directions: N on Rt 191 ~3 mi past {{FACILITY:Many Farms High School}}, dirt road E at blue water tank, 2nd hogan. GPS {{ADDRESS:36.3891, -109.6102}}

Grandson {{NAME:Tyrell Yazzie}} present. Pt's wife {{NAME:Mae}} passed {{DATE:March 2024}}, pt grieving, eating less.
BG 287 (fingerstick, ate fry bread 1 hr ago). BP 158/86. Feet: callus R 1st MTP, no ulcer. Monofilament decreased bilat.
Meds: metformin 1000 bid, glipizide 10 - has pills, takes "sometimes". pill box filled x2 wk.
Hauls water, no running water. Propane low - referred to chapter house (Mr. {{NAME:Tsosie}}).
Next PHN visit {{NAME:Ruth Nez}} RN {{DATE:6/25}}; podiatry at {{FACILITY:Chinle Comprehensive Health Care Facility}} {{DATE:7/2}} 9:30, transport CHR.
Grandson cell {{PHONE:928-555-0153}}.`,

  // 26 contact tracing COVID nursing home
  `OUTBREAK LINE LIST - COVID-19 - LONG TERM CARE
Facility: {{FACILITY:Maple Grove Care & Rehab}}, {{ADDRESS:840 Orchard Ln}}, {{LOCATION:Marshalltown}} IA {{ZIP:50158}}
Outbreak # {{ID:IA-OB-2024-0113}}    {{FACILITY:Marshall County Public Health}} liaison {{NAME:Brenda Kopecky}} RN
report date {{DATE:1/22/2024}}    DON {{NAME:Shelly Amundson}} {{PHONE:641-555-0112}}

res  name                   rm    onset   test      vax     outcome
R1   {{NAME:Dorothy Feldt}}          112A  {{DATE:1/14}}    Ag+       up      recovered
R2   {{NAME:Harold Nissen}}          114B  {{DATE:1/15}}    PCR+      none    hosp {{FACILITY:MercyOne North Iowa}} {{DATE:1/17}}
R3   {{NAME:Lois Vander Wal}}        118   {{DATE:1/16}}    Ag+       up      paxlovid
R4   {{NAME:Arvid Holm}} ({{AGE:97}})     121A  {{DATE:1/16}}    Ag+       not up  died {{DATE:1/20/24}}
R5   {{NAME:June Bartlett}}          121B  asympt  Ag+       up      --
staff
S1   {{NAME:Kelsey Thiele}} CNA      --    {{DATE:1/13}}    Ag+       --      RTW {{DATE:1/20}}
S2   {{NAME:Oscar Lopez}} dietary    --    {{DATE:1/18}}    PCR+      --      off

Hall 100 cohorted. Visitation: open w/ masks. Testing q3-5d until 14d no new cases. NHSN reported.`,

  // 27 school immunization exclusion letter
  `{{FACILITY:SPRINGDALE PUBLIC SCHOOLS}} -- OFFICE OF HEALTH SERVICES
{{ADDRESS:804 W Johnson Ave}}, {{LOCATION:Springdale}}, AR {{ZIP:72764}}

{{DATE:September 5, 2023}}

To the parent/guardian of: {{NAME:Jinah Kabua}}   Grade 7   {{FACILITY:Helen Tyson Middle School}}
Student ID {{ID:2031847}}

Our records show your child is missing the following required immunizations:
   Tdap (1 dose at age 11)
   MenACWY (1 dose)
Arkansas law requires these for 7th grade. Your child may attend for 30 days in provisional status (until {{DATE:10/05/2023}}) if a shot is given or scheduled.
Free shots: {{FACILITY:Washington County Health Unit}}, {{ADDRESS:3270 Wimberly Dr}}, {{LOCATION:Fayetteville}}, Tues/Thurs. Marshallese interpreter {{NAME:Wilton Jibon}} available - {{PHONE:479-555-0143}}.
Prior record from {{LOCATION:Majuro}} shows DTP x4, OPV x3, MMR x2, Hep B x3 - accepted.

Questions: school nurse {{NAME:Alyssa Groves}}, RN   {{PHONE:479-555-0181}}   {{EMAIL:agroves@sdale.k12.example.us}}
cc: file / {{NAME:ag}}`,

  // 28 WIC nutrition note lowercase
  `wic f/u nutrition ed - {{FACILITY:south side wic}} ({{FACILITY:milwaukee health dept}})
{{DATE:2/2/24}}  ca: {{NAME:ka lee}} (mom {{NAME:pa houa vang}}), ppt id {{ACCOUNT:WI0033981275}}
{{NAME:ka}} is 2 yo 3 mo, wt 10.4 kg (3rd %ile), ht 86 cm (25th). wt/ht <5th -> risk 103 underweight.
hgb 11.2.
diet: drinks 5-6 bottles whole milk/day (~36 oz!), picky w/ meat, eats rice + broth. juice 8 oz.
counseled: wean bottle to cup, limit milk 16-24 oz, offer protein (eggs, pork, tofu). mom agrees to try 2 cups/d.
hmong interp {{NAME:chue xiong}} in person.
referred to pcp dr. {{NAME:thao}} at {{FACILITY:sixteenth street chc}} for FTT eval, appt {{DATE:2/9}} (mom will call {{PHONE:414-555-0126}}).
home {{ADDRESS:2418 w burnham st upper}}, {{LOCATION:milwaukee}} {{ZIP:53204}}.
dad {{NAME:tou lee}} works 2nd shift at {{FACILITY:briggs & stratton}}. older sib {{NAME:mai}} 6 at {{FACILITY:longfellow school}}.
next cert {{DATE:5/2024}}. - {{NAME:jh}} rd`,

  // 29 workers comp follow-up form style
  `PHYSICIAN'S REPORT OF WORK ABILITY  (state WC form)  -- FOLLOW UP #3
Pt: {{NAME:Luz Marina Ochoa}}   SSN {{SSN:521-88-4471}}   DOI {{DATE:01/11/2024}}   Claim {{ACCOUNT:2024-WC-7731098}}
Employer: {{FACILITY:Pilgrim's Pride}} - {{LOCATION:Cold Spring}} plant, deboning line
Carrier: Sedgwick adjuster {{NAME:Nicole Brandvold}} ph {{PHONE:800-555-0135}} fax {{FAX:866-555-0136}}
Visit {{DATE:03/04/2024}}   {{FACILITY:CentraCare Occupational Health - St. Cloud}}

Dx: R carpal tunnel syndrome (G56.01), R lateral epicondylitis. NCS {{DATE:2/14}}: moderate median neuropathy at wrist (DML 5.1 ms).
Tinel + R, Phalen + at 20s. grip R 18 kg, L 29 kg. Nighttime splint helping ~30%.
Restrictions: no repetitive grip/knife work R hand; may do packaging/QA 8 hr/d; lifting 10 lb R.
Referral: hand surgery Dr. {{NAME:Okwuosa}} {{FACILITY:St. Cloud Orthopedics}} for CTR consideration.
Spanish interpreter {{NAME:Diego Ruvalcaba}}.
MMI: not yet.  Next appt {{DATE:3/25/24}}.
Signed {{NAME:Theresa J. Kuechle}}, MD  lic MN {{LICENSE:48832}}`,

  // 30 TB LTBI clinic 3HP
  `LTBI TREATMENT - 3HP (weekly INH/rifapentine) -- SELF-ADMINISTERED / vDOT
{{FACILITY:Fairfax County Health Department}} - {{FACILITY:Springfield District Office}}, {{LOCATION:Springfield}} VA
pt {{NAME:Nguyen Thi Thu Ha}}  dob {{DATE:1985.06.30}}  chart {{MRN:FX-TB-118302}}
start {{DATE:Oct 4 2023}}  wt 49 kg: INH 300mg x3 tabs (900), RPT 150mg x5 (750), B6 50

dose  date      obs    sx              by
1     {{DATE:10/4}}      clinic none            {{NAME:R. Castillo}} RN
2     {{DATE:10/11}}     vDOT   mild flu-like   {{NAME:RC}}
3     {{DATE:10/18}}     vDOT   none            {{NAME:RC}}
4     {{DATE:10/25}}     missed - travel to {{LOCATION:Houston}} for cousin wedding
4     {{DATE:10/28}}     vDOT   none            {{NAME:A. Desta}} RN
5     {{DATE:11/1}}      vDOT   dizziness, rash chest -> BP 92/58, hives; HELD
Reaction: possible hypersensitivity/flu-like >=grade 2 -> 3HP d/c'd {{DATE:11/1/23}}. Switch 4R (RIF 600 daily). Start {{DATE:11/8}} after rash resolved.
Reason for LTBI: QFT+ on immigration exam (Vietnam), contact? no. Works nail salon {{FACILITY:Lovely Nails & Spa}}, {{ADDRESS:6230 Rolling Rd}}.
husband {{NAME:Tran Van Minh}} {{PHONE:703-555-0114}}.`,
  // 31 STI clinic ALL CAPS chart
  `{{FACILITY:FULTON COUNTY BOARD OF HEALTH}} - {{FACILITY:ADAMSVILLE REGIONAL HEALTH CENTER}} STD CLINIC
{{ADDRESS:3700 MARTIN LUTHER KING JR DR SW}}, {{LOCATION:ATLANTA}} GA {{ZIP:30331}}

DATE OF SERVICE: {{DATE:07/19/2023}}     CLINICIAN: {{NAME:T. OYELARAN}}, MD
PATIENT: {{NAME:WASHINGTON, KEYONNA S}}    DOB: {{DATE:03/14/2002}}    PT#: {{MRN:0072294}}
REASON: PARTNER NOTIFIED BY DIS ({{NAME:C. HOLLOWAY}}) - EXPOSED TO SYPHILIS

HX: NO SX. LAST SEX {{DATE:07/08}}. 1 MALE PARTNER LAST 3 MO ({{NAME:DESHAWN}}). G1P1, DAUGHTER 2 YO. NOT PREGNANT (UPT NEG). DEPO LAST {{DATE:05/30/23}}.
EXAM: NO CHANCRE, NO RASH, NO CONDYLOMA LATA, NO LAD.
LABS: RPR STAT NR (RESULT 14:10). TP-EIA SENT. HIV RAPID NEG. GC/CT NAAT SENT. HEP C NOT DONE.
TX: EXPOSED W/IN 90 DAYS -> BENZATHINE PCN G 2.4 MU IM X1 GIVEN 14:30 L/R GLUTE (LOT 2PH61, NDC 60793-701-10). OBS 15 MIN NO RXN.
DEPO PROVERA 150 MG GIVEN (DUE). NEXT DEPO {{DATE:10/11-10/25/23}}.
PT AT {{FACILITY:BENJAMIN E. MAYS HS}}? NO - GRADUATED, WORKS AT {{FACILITY:HARTSFIELD-JACKSON}} CONCESSIONS.
PHONE {{PHONE:470-555-0188}}  OK TO TEXT RESULTS: Y
ICD Z20.2  CPT 99213, 96372, J0561 x24
/{{NAME:TO}}/{{NAME:vw}}`,

  // 32 health fair hearing/vision school screening
  `VISION & HEARING SCREENING RESULTS -- {{FACILITY:Lincoln Elementary School}} ({{FACILITY:Sioux Falls School District}})
screening date {{DATE:Oct. 3 2023}}   screener {{NAME:Marlys Engebretson}} (volunteer)  reviewed by school nurse {{NAME:Kari Thune}} RN

rm 104 (Mrs. {{NAME:Halvorson}} 2nd gr)
 student               VA R   VA L   hearing 1k/2k/4k    result
 {{NAME:Brayden Olson}}         20/20  20/25  pass                pass
 {{NAME:Emilia Rojas}}          20/50  20/40  pass                REFER vision
 {{NAME:Ahmed Sharif}}          20/25  20/25  fail R 2k,4k        rescreen
 {{NAME:Paisley Schroeder}}     20/20  20/20  pass                pass
 {{NAME:Kenji Thao-Berg}}       20/70  20/70  pass                REFER vision (has glasses, not wearing)
 {{NAME:Chloe Eagle Bear}}      absent                            makeup {{DATE:10/10}}

rescreen {{NAME:Ahmed S.}} {{DATE:10/17}}: fail R again, tymp flat R -> referral letter to parent {{NAME:Samira Sharif}}, ENT/audiology at {{FACILITY:Sanford Children's}}.
Referral letters sent home {{DATE:10/4}}. Free exam vouchers: {{FACILITY:Sioux Falls Eye Associates}}.
Data entered in Infinite Campus {{DATE:10/5}} /{{NAME:kt}}`,

  // 33 domestic violence shelter health screen
  `HEALTH INTAKE -- {{FACILITY:Safe Haven Family Shelter}} (confidential location) -- nurse outreach from {{FACILITY:Sedgwick County Health Dept}}
date {{DATE:4/11/24}}  RN {{NAME:Michelle Duong}}
resident "{{NAME:Jane D.}}" ({{NAME:Danielle Whitlock}}) age 27   children: {{NAME:Aubree}} 5, {{NAME:Karter}} 18 mo
address withheld (shelter). prior address - {{ADDRESS:1219 S Seneca St}}, {{LOCATION:Wichita}} KS {{ZIP:67213}}; abuser {{NAME:Travis Whitlock}} may still reside, PFA case # {{ID:2024-DM-000412}} ({{FACILITY:Sedgwick County District Court}}).

Injuries: healing bruise L cheek, R forearm; states choked {{DATE:4/8}} - no LOC, hoarse voice x2d, no dysphagia now. Strangulation -> advised CT neck angio at {{FACILITY:Wesley Medical Center}} - declined today.
Meds: sertraline 50 - left at home. Rx bridge from {{FACILITY:GraceMed}} walk-in arranged.
Kids: {{NAME:Karter}} needs 15-18 mo shots; {{NAME:Aubree}} due for K entry shots. Records in KSWebIZ.
{{NAME:Karter}}'s WIC transfer to {{FACILITY:Sedgwick Co WIC - Stanley}} site.
Safety: phone new, number given to shelter only {{PHONE:316-555-0159}}. Do not release info to anyone calling.
Advocate {{NAME:Rachel Imhoff}} ext {{PHONE:231}}.`,

  // 34 TB contact school screening
  `TB SCHOOL CONTACT INVESTIGATION -- SUMMARY MEMO
To: Dr. {{NAME:Carla Benavides}}, Health Officer   From: {{NAME:Sean McAuliffe}}, TB PHN supervisor
{{FACILITY:San Joaquin County Public Health Services}}, {{LOCATION:Stockton}} CA
Date: {{DATE:April 30, 2024}}   Re: {{FACILITY:Franklin High School}} (index case {{ID:SJ-24-TB-014}}, student, smear+ cavitary)

Index: 16 yo, 11th gr, symptomatic since ~{{DATE:Jan 2024}}, dx {{DATE:3/28/24}} at {{FACILITY:SJGH}}. Attended school through {{DATE:3/27}}. Rode bus #22.
Tier 1 (close classroom contacts, 6 periods, + JROTC + bus seatmates): n=68. TST placed {{DATE:4/9-4/10}}, read 48-72h.
  results: positive (>=10 mm) 9, neg 54, not read 5.  Positives -> CXR at {{FACILITY:Hazelton clinic}}: all nl -> LTBI.
Tier 2 (same grade): deferred pending tier 1 infection rate (13%) > baseline ~5% -> EXPAND to tier 2 (n=212), plan {{DATE:5/14}}.
Staff: teacher Mr. {{NAME:Ortega}} QFT neg, coach {{NAME:Dana Whitlow}} QFT pos (prior BCG, born Philippines) - CXR nl.
Household of index: mother, 2 siblings ({{FACILITY:Van Buren Elementary}}) - all LTBI on 4R.
Parent meeting {{DATE:5/2}} 6pm school library, Spanish + Khmer interp. Principal {{NAME:Linda Roque}} {{PHONE:209-555-0197}}.`,

  // 35 oral health school sealant
  `SCHOOL SEALANT PROGRAM - PROVIDER NOTE
program: {{FACILITY:Smiles Across Dakota}} (contract w/ {{FACILITY:Minot Public Schools}})   site: {{FACILITY:Jefferson Elementary}}, {{LOCATION:Minot}} ND
date {{DATE:11/08/2023}}   RDH {{NAME:Courtney Hegland}}  lic {{LICENSE:ND-RDH-2217}}   supervising DDS {{NAME:Paul Ueckert}}

student {{NAME:Aiyana Bird Horse}}  DOB {{DATE:01/25/2016}}  gr 2  ND Medicaid {{HEALTH_PLAN:ND7740219}}
consent signed by grandmother {{NAME:Ardella Bird Horse}} (guardian) {{DATE:10/20/23}}.
Findings: untreated decay #S, #T (large, near pulp #T), #3 and #14 erupted, sound.
Sealants placed #3, #14 (Delton, lot 2209154). Fluoride varnish 5% NaF.
Urgency code 2 (early care needed) -> letter home + call guardian {{PHONE:701-555-0165}}; referral {{FACILITY:Northland Community Health Center}} dental {{LOCATION:Minot}}.
Student reports tooth pain "sometimes at lunch". No swelling.
CDT D1351 x2, D1206, D0191.`,

  // 36 hep B perinatal case
  `PERINATAL HEPATITIS B PREVENTION PROGRAM - INFANT CASE MANAGEMENT
{{FACILITY:NYC DOHMH}} Bureau of Hepatitis, PHN {{NAME:Grace Lin-Feldman}}
Mother {{NAME:Chen Xiuying}}  DOB {{DATE:1992-08-19}}  HBsAg+ HBeAg+, HBV DNA 8.2 log at 28 wk -> TDF started 28 wk by Dr. {{NAME:Wu}} at {{FACILITY:Charles B. Wang Community Health Center}}.
Infant Baby Boy {{NAME:Chen}} ({{NAME:Lucas Zhang}})  DOB {{DATE:02/03/2024 06:51}}  born {{FACILITY:NYU Langone Hospital - Brooklyn}}
HBIG + HepB #1 given {{DATE:2/3/24}} at 08:10 (within 12 h). HepB #2 {{DATE:3/5/24}} at {{FACILITY:Sunset Park Family Health Center}}. #3 due {{DATE:8/3/24}}.
PVST (HBsAg + anti-HBs) due 9-12 mo: ~{{DATE:Nov 2024}}.
Household contacts: FOB {{NAME:Zhang Wei}} anti-HBs+ immune; MGM {{NAME:Lin Meifang}} HBsAg neg, susceptible -> vaccine series at {{FACILITY:Sunset Park}} (pt preference).
Address: {{ADDRESS:5618 8th Ave, Apt 3F}}, {{LOCATION:Brooklyn}} NY {{ZIP:11220}}
Mandarin/Fuzhounese - mother ph {{PHONE:718-555-0149}}
Reg # {{ID:PHBPP-24-03391}}`,

  // 37 CHW lowercase asthma home visit
  `chw asthma home visit #2 -- {{FACILITY:breathe easy bronx}} program
{{DATE:9/21/23}}  chw {{NAME:yolanda perez}}
child {{NAME:jayden rivera}} 7yo  dob {{DATE:6/14/16}}  mrn {{MRN:8120447}} ({{FACILITY:montefiore}})
mom {{NAME:marisol rivera}}  tel {{PHONE:347-555-0172}}
apt {{ADDRESS:1455 grand concourse apt 4d}}, {{LOCATION:bronx}} {{ZIP:10452}}

home assessment: mold in bathroom ceiling, roaches seen in kitchen daytime, mice droppings under sink. carpet in kids room. dad smokes outside (says). gas stove.
ACT score 14 (not controlled). ED x2 since june ({{FACILITY:bronx-lebanon}} {{DATE:7/2}}, {{DATE:8/19}}).
meds: flovent 44 2 puffs bid - only using when sick. albuterol prn, no spacer at home -> gave aerochamber.
taught: spacer technique, controller daily. asthma action plan posted on fridge (spanish).
IPM kit given (bait gel, traps). hepa filter delivered, serial {{DEVICE:HF-2031-771045}}.
called landlord/super mr. {{NAME:gonzalez}} {{PHONE:718-555-0102}} re mold - no answer. 311 complaint # {{ID:311-21945508}}.
school: {{FACILITY:ps 35}} nurse has school inhaler + form.
next visit {{DATE:10/19}}. - {{NAME:yp}}`,

  // 38 occupational heat illness farmworker
  `MIGRANT/SEASONAL FARMWORKER CLINIC NOTE -- {{FACILITY:Salud Family Health}} mobile unit, {{LOCATION:Fort Lupton}} CO
{{DATE:July 26, 2023}} 19:40   (evening clinic at {{FACILITY:Ranchito Labor Camp}}, {{ADDRESS:11855 County Rd 12}}, {{LOCATION:Weld County}})
pt {{NAME:Efraín Tzul Cac}}  approx 24 yo  (dob on H-2A papers {{DATE:3/3/1999}})  employer {{FACILITY:Brighton Produce Growers}}
crew leader Don {{NAME:Chuy}} ({{NAME:Jesús Ledesma}}) ph {{PHONE:303-555-0119}}
lang: K'iche' primary, some Spanish. interp via {{NAME:Petrona}} (cousin) + phone K'iche' interp ID {{ID:88213}}.

cc: HA, cramps, vomit x2 after harvesting onions 6a-3p, heat index ~101F. drank 2 L water only.
T 38.1 oral, HR 112, BP 104/66. alert, oriented. skin moist.
dx heat exhaustion. tx: shade, cool cloths, ORS 1 L po + NS 1 L IV. HR 92 after. no AMS -> not heat stroke.
counsel: rest breaks, water + electrolyte, buddy. gave ORS packets x10.
work note: off tomorrow {{DATE:7/27}}. notified crew leader per pt permission.
Guatemala home ({{LOCATION:Totonicapán}}). sends $ home. no insurance - sliding fee A.
{{NAME:Adriana Lucero}} PA-C`,

  // 39 flu vaccine clinic at workplace
  `WORKPLACE FLU CLINIC - CONSENT/ADMIN ROSTER (page 3 of 7)
Site: {{FACILITY:Tyson Foods}} - {{LOCATION:Noel}} MO processing plant, break room B
Date {{DATE:10/24/2023}}  vendor: {{FACILITY:McDonald County Health Department}}  lead RN {{NAME:Janet Seeley}}
Vaccine: Flucelvax quadrivalent 0.5 mL IM, lot 487612, exp 06/30/2024

#   employee              emp#     DOB          arm  by    note
41  {{NAME:Mariam Abdullahi}}      {{ID:77104}}    {{DATE:03/12/1988}}   L    {{NAME:JS}}
42  {{NAME:Than Htay}}             {{ID:80319}}    {{DATE:11/01/1975}}   R    {{NAME:JS}}
43  {{NAME:Lusia Langi}}           {{ID:80777}}    {{DATE:07/07/1993}}   L    {{NAME:KM}}    egg allergy ok (cell-based)
44  {{NAME:Rogelio Bustos}}        {{ID:66218}}    {{DATE:02/28/1969}}   R    {{NAME:KM}}
45  {{NAME:Ko Myo Aung}}           {{ID:81002}}    {{DATE:05/19/2000}}   --   --    deferred - fever 100.6
46  {{NAME:Seini Tuipulotu}}       {{ID:79455}}    {{DATE:12/24/1981}}   L    {{NAME:JS}}    vasovagal, sat 10 min, ok
47  {{NAME:Dwayne Pruett}}         {{ID:60011}}    {{DATE:09/09/1962}}   R    {{NAME:KM}}

Interpreters: Burmese {{NAME:Saw Eh Htoo}}, Somali {{NAME:Abdi Warsame}}. Billed to employer contract.
VIS given to all.`,

  // 40 case report form pertussis
  `PERTUSSIS CASE REPORT   -- {{FACILITY:Deschutes County Health Services}}   ({{LOCATION:Bend}} OR)
Orpheus # {{ID:OR-2024-331907}}   reporter: {{NAME:Anne Kirkpatrick}} MD, {{FACILITY:Mosaic Medical}} {{PHONE:541-555-0128}}
Pt: {{NAME:Weston Ray Hollis}}   DOB {{DATE:09/02/2023}} (4 mo)   sex M
Parent {{NAME:Kaitlyn Hollis}} / {{NAME:Brandon Hollis}}  {{ADDRESS:20418 Mahogany St}}, {{LOCATION:Bend}} {{ZIP:97702}}
Onset cough {{DATE:12/29/23}}; paroxysms + post-tussive emesis, apnea x2. Admit {{FACILITY:St. Charles Bend}} PICU {{DATE:1/5/24-1/11/24}}.
PCR B. pertussis + ({{FACILITY:St Charles lab}} acc {{ID:SCB-24-00458}}).
Vax: DTaP #1 {{DATE:11/6/23}} only. Mother Tdap in pregnancy: NO.
Tx: azithro 10 mg/kg x5d.
Contacts (PEP azithro): mother, father, sib {{NAME:Harper}} 4 ({{FACILITY:Little Sprouts Preschool}} - letter sent), MGM {{NAME:Sharon Teague}} (daily caregiver), daycare provider n/a.
Case classification: confirmed. Outbreak? no linked cases yet.
Investigator {{NAME:Luis Ibarra}}, RN   {{DATE:1/9/2024}}`,
  // 41 syphilis reactor follow up field note lowercase
  `field visit - reactor f/u   dis {{NAME:t. nakamura}}   {{DATE:3/12/24}} 1430
pt {{NAME:brittany nicole sauer}} dob {{DATE:4/2/97}}  event {{ID:2024-0031558}}
rpr 1:128 reported by {{FACILITY:quest diagnostics}} ({{DATE:3/6}}), ordering {{FACILITY:women's care of henderson}} - no tx given, pt no-showed return.
ph {{PHONE:702-555-0138}} x3 attempts, vm full. letter {{DATE:3/8}} returned.
field: {{ADDRESS:2740 s nellis blvd #219}}, {{LOCATION:las vegas}} {{ZIP:89121}} (address from DMV). apt mgr says moved out ~feb. fwd to sister's?
sister {{NAME:kelsey sauer}} at {{ADDRESS:4100 e sahara ave sp 88}} (mobile home park {{FACILITY:desert sands mhp}}) - pt was there! interviewed in car.
pt 23 wk pregnant (!!) - not in prenatal care. rash palms/soles x2 wk, hair patchy. = secondary.
transported pt to {{FACILITY:snhd sexual health clinic}} ({{ADDRESS:280 s decatur blvd}}) - seen by dr. {{NAME:amaro}}, bicillin 2.4 x1 given 1600. ob referral {{FACILITY:umc}} high risk, appt {{DATE:3/15}}.
partners: "{{NAME:ty}}" (bf), {{NAME:marcus}} - details in pi.
pt cell new: {{PHONE:725-555-0104}}
next: {{DATE:3/19}} bicillin #2? (not needed for secondary - single dose) - confirm with supv {{NAME:rhonda f.}}`,

  // 42 Refugee adult exam ALL CAPS
  `{{FACILITY:MIDTOWN REFUGEE CLINIC}} -- {{FACILITY:DENVER HEALTH}} -- DOMESTIC MEDICAL SCREENING
DATE: {{DATE:08/21/2023}}   ARRIVAL: {{DATE:08/02/2023}}   VISA: SIV (AFGHANISTAN)
NAME: {{NAME:SAHAK, MOHAMMAD NASIR}}   DOB: {{DATE:01/01/1990}}   MRN: {{MRN:4418826}}
A-NUMBER: {{ID:A-240-118-773}}   HEALTH FIRST CO MEDICAID: {{HEALTH_PLAN:R447391}}
RESETTLEMENT: {{FACILITY:AFRICAN COMMUNITY CENTER OF DENVER}} / CM {{NAME:ZAHRA AMIRI}} {{PHONE:303-555-0156}}
TEMP HOUSING: {{FACILITY:EXTENDED STAY AMERICA}} {{ADDRESS:4885 S QUEBEC ST RM 311}}, {{LOCATION:DENVER}} {{ZIP:80237}}
HOUSEHOLD: WIFE {{NAME:FARIBA SAHAK}} (PREG ~20 WK), SONS {{NAME:AHMAD}} 6, {{NAME:YUSUF}} 4
PASHTO INTERP: {{NAME:GUL AHMAD KHAN}} (VIDEO)
PRIOR: INTERPRETER FOR US ARMY IN {{LOCATION:KANDAHAR}} 2010-2019. BLAST INJURY 2014 - L TM PERF, TINNITUS. 
PHQ-9 12, PCL-5 44 -> BEHAVIORAL HEALTH REFERRAL (DARI/PASHTO COUNSELOR DR. {{NAME:RASULI}}).
LABS: IGRA POSITIVE (1.88). CXR NORMAL -> LTBI, REFER {{FACILITY:DENVER METRO TB CLINIC}}. HBsAg NEG, anti-HBs NEG -> HEP B SERIES. HIV NEG. STRONGY IgG NEG. EOS 3%.
VACCINES TODAY: TDAP, MMR, VAR, HEPB #1, COVID.
WIFE: OB REFERRAL {{FACILITY:DH WOMEN'S CARE}} {{DATE:08/24}}.
{{NAME:J. ABERNATHY}}, MD`,

  // 43 employee health respirator fit test
  `RESPIRATOR MEDICAL CLEARANCE + FIT TEST RECORD
{{FACILITY:Kaiser Permanente Occupational Health - Sacramento}}   tester {{NAME:Victor Alcantar}}
employee {{NAME:Ngozi E. Chukwu}}  emp # {{ID:K0994412}}  job: RRT, {{FACILITY:Kaiser South Sacramento}} NICU/PICU
date {{DATE:06-Feb-2024}}

OSHA questionnaire: no hx asthma, no claustrophobia, no cardiac. Reviewed by PLHCP {{NAME:Hannah Gottlieb}} NP - cleared, no restrictions.
Fit test (quantitative, PortaCount 8048 s/n {{DEVICE:80481922110}}):
  3M 1870+ Aura N95 size std   FF 187  PASS
  Halyard 46727 small          FF 62   FAIL
  PAPR (loose-fitting) - no fit test required, trained.
Facial hair: none. Glasses: no.
Next annual fit test due {{DATE:02/2025}}.
TB screen annual: symptom review neg, IGRA hx pos 2016 (treated 4R, completed at {{FACILITY:Sac County TB Clinic}}).
Flu 2023-24: declined -> masking policy ack signed.
badge scan confirmed. /{{NAME:va}}`,

  // 44 School nurse individualized health plan seizure
  `INDIVIDUALIZED HEALTHCARE PLAN (IHP) -- SEIZURE DISORDER
School: {{FACILITY:Wheeler Middle School}} ({{FACILITY:Lowell Public Schools}}), {{LOCATION:Lowell}} MA    yr 2023-2024
Student: {{NAME:Sokunthea "Thea" Chhim}}   DOB {{DATE:11/19/2011}}   gr 6   hr 212
Parents: {{NAME:Sovann Chhim}} cell {{PHONE:978-555-0116}}, {{NAME:Chanthy Prak}} work {{PHONE:978-555-0117}} ({{FACILITY:Market Basket}} Chelmsford St)
Neuro: Dr. {{NAME:Anjali Mehrotra}}, {{FACILITY:Boston Children's at Waltham}}  ph {{PHONE:781-555-0140}}  fax {{FAX:781-555-0141}}
Dx: Lennox-Gastaut? no - juvenile myoclonic epilepsy (G40.B09). Last GTC {{DATE:9/27/23}} at home.
Daily meds at home: levetiracetam 750 bid. No meds at school except rescue.
Rescue: Valtoco (diazepam nasal) 10 mg for seizure >5 min or cluster of 3 in 1 hr; call 911.
Triggers: sleep deprivation, flashing lights (no strobe in drama).
Trained staff: Ms. {{NAME:Keo}} (homeroom), Mr. {{NAME:Bettencourt}} (PE), bus driver {{NAME:Alvin Reese}} bus #31.
Plan reviewed w/ parents {{DATE:10/4/23}} (Khmer interp {{NAME:Bopha Sam}}). Signed: school nurse {{NAME:Colleen Dwyer}}, RN, NCSN.`,

  // 45 STI EPT note
  `{{FACILITY:Planned Parenthood - Fort Collins Health Center}}
DOS {{DATE:5.1.2024}}   provider {{NAME:Hollis Marquardt}} CNM
Pt {{NAME:Avery Kuykendall}} 22F  dob {{DATE:8.8.2001}}  chart {{MRN:FC-2207413}}
CSU student - {{FACILITY:Colorado State University}} (student health closed for break).

Returns for result: CT NAAT + (vaginal) from {{DATE:4/24}}. GC neg, trich neg. Asymptomatic.
Tx: doxy 100 bid x7d. Expedited partner therapy: Rx doxy x7 given for partner "{{NAME:Jake}}" - pt declined to give last name/DOB. EPT info sheet.
Test of reinfection 3 mo ~{{DATE:8/1}}.
Contraception: NuvaRing, refilled x3.
Screened PrEP: low risk, declined.
Payment: self-pay sliding fee (doesn't want on parents' Anthem - EOB goes to {{ADDRESS:1187 Oakwood Ct}}, {{LOCATION:Castle Rock}}). Title X.
Preferred contact: email {{EMAIL:averyk22@rams.example.edu}} - consented to email.
{{NAME:HM}}/{{NAME:cb}}`,

  // 46 Legionella investigation
  `LEGIONELLOSIS CLUSTER INVESTIGATION - ENVIRONMENTAL + CASE SUMMARY
{{FACILITY:Allegheny County Health Department}} - epi Dr. {{NAME:Megan Ruffo}}; env {{NAME:Steve Kaczmarek}} REHS
As of {{DATE:Friday, August 9, 2024}}

Cases (3), all stayed at/visited {{FACILITY:Riverview Towers Senior Apartments}}, {{ADDRESS:500 Greenfield Ave}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15207}} ({{LOCATION:Greenfield}})
 C1 {{NAME:Milton Sobczak}}, {{AGE:91}} yo, apt 7G, onset {{DATE:7/25}}, UAT+, {{FACILITY:UPMC Mercy}}, died {{DATE:8/1/24}}
 C2 {{NAME:Rosalind Frye}}, 78, apt 9B, onset {{DATE:7/29}}, UAT+, sputum cx L. pneumophila sg1 ({{FACILITY:ACHD lab}} isolate {{ID:LP-24-0117}}), {{FACILITY:AHN Allegheny General}}
 C3 {{NAME:Darius Kemp}}, 44, maintenance worker at building (emp'd by {{FACILITY:Keystone Property Svcs}}), onset {{DATE:8/2}}, outpt, UAT+
Environmental: cooling tower none; domestic hot water heater set 112F, dead legs on 7th/9th floors. Samples {{DATE:8/6}} - pending CDC ELITE lab.
Actions: point-of-use filters installed on 7-9 floors {{DATE:8/7}}, hyperchlorination scheduled {{DATE:8/12}}. Resident letter. Bldg mgr {{NAME:Pam Yurkovich}} {{PHONE:412-555-0103}}.`,

  // 47 home visit elderly public health nurse
  `PUBLIC HEALTH NURSE HOME VISIT -- {{FACILITY:Aroostook Public Health Nursing}} district office {{LOCATION:Presque Isle}}
visit {{DATE:Jan 16 2024}}  PHN {{NAME:Gail Thibodeau}} RN
pt {{NAME:Lucien J. Ouellette}}  DOB {{DATE:10/05/1931}} ({{AGE:92}} yo)  MaineCare {{HEALTH_PLAN:M0439981A}}
lives {{ADDRESS:18 Rte 1A}}, {{LOCATION:Van Buren}} ME {{ZIP:04785}} w/ wife {{NAME:Yvette}} (87, dementia)
referred by PCP Dr. {{NAME:Pelletier}} ({{FACILITY:Pines Health Services}}) after fall at home {{DATE:1/9}}.

house 58F at visit - wood stove out, furnace oil low. grandson {{NAME:Marc Ouellette}} ({{PHONE:207-555-0124}}) delivers wood weekly.
BP 102/58 sitting, 88/50 standing + dizzy - orthostatic. on metoprolol 50 bid + lasix 40. weight 61 kg.
R hip bruise, ambulating w/ walker. no head strike per pt.
meds: pillbox incorrect - doubled lasix tues/wed.
plan: call PCP re hold lasix / lower metoprolol - spoke w/ RN {{NAME:Denise}} 1420, order received hold lasix x3 days.
LIHEAP / HEAP emergency fuel via {{FACILITY:ACAP}} called, delivery {{DATE:1/17}}.
Lifeline button ordered. Adult Protective? not at this time.
next visit {{DATE:1/23}}`,

  // 48 mumps outbreak university
  `mumps outbreak -- case interview notes ({{FACILITY:univ of iowa}} cluster)
{{FACILITY:Johnson County Public Health}}, {{LOCATION:Iowa City}}   interviewer {{NAME:Priya Venkatesh}}   {{DATE:2/27/2024}}
case #7  {{NAME:Caleb Strand}}  20M  dob {{DATE:5/5/2003}}  IDSS {{ID:IA-2024-MUM-0007}}
residence: {{FACILITY:Hillcrest Hall}} rm 4312; roommate {{NAME:Owen Brightwell}}
onset parotitis L {{DATE:2/22}}, R {{DATE:2/24}}. fever 101.4. no orchitis.
buccal swab PCR + ({{FACILITY:SHL}} acc {{ID:24SHL-01893}}).
vax: MMR x2 documented (12 mo, 4 yo) per IRIS.
isolation 5 days after onset thru {{DATE:2/27}}. excused from classes/work (works {{FACILITY:Hy-Vee on N Dodge}}).
activities while infectious ({{DATE:2/20-2/27}}): {{FACILITY:Sigma Nu}} party {{DATE:2/23}}, intramural bball at {{FACILITY:CRWC}} {{DATE:2/21}}, lab section chem 1110.
contacts listed: 14 (see spreadsheet). 3rd MMR dose clinic at {{FACILITY:Student Health}} {{DATE:3/1}} for outbreak-affected groups.
cell {{PHONE:319-555-0191}}  email {{EMAIL:caleb-strand@uiowa.example.edu}}`,

  // 49 school clinic immunization catch-up lowercase + table
  `sbhc imms catch-up -- {{FACILITY:cesar chavez academy}} ({{LOCATION:detroit}}) / {{FACILITY:Detroit Health Dept}} school-based program
date {{DATE:8/30/23}}   rn {{NAME:monique fairley}}
student: {{NAME:alejandro guzmán-reyes}}  dob {{DATE:2/18/12}}  gr 6   MCIR id {{ID:0128837420}}
guardian: aunt {{NAME:veronica reyes}} (legal guardianship papers on file, {{FACILITY:wayne county probate court}})  {{PHONE:313-555-0130}}
addr {{ADDRESS:5710 michigan ave flat 2}}, {{LOCATION:detroit}} {{ZIP:48210}} ({{LOCATION:mexicantown}})

MCIR review: missing tdap, menacwy, hpv, 2nd var.
given today:
 tdap   0.5 IM  L delt   lot 3CA22C1
 mcv4   0.5 IM  R delt   lot U7289AA
 hpv9   0.5 IM  L delt   lot Y016493
 var #2 0.5 SQ  R arm    lot X009124
vfc: medicaid (MHP molina {{HEALTH_PLAN:31190048271}})
waiver not needed now - compliant for 7th gr.
no rxns observed 15 min. ice pack.
hpv #2 due in 6-12 mo (~{{DATE:3/2024}}). reminder sent via text.
student asked about acne - referred back {{DATE:9/6}} np visit w/ {{NAME:t. adeyemi}}.`,

  // 50 occupational silica surveillance
  `MEDICAL SURVEILLANCE - RESPIRABLE CRYSTALLINE SILICA (29 CFR 1926.1153)
{{FACILITY:WorkWell Occupational Health}}, {{ADDRESS:300 S Broadway Ste 200}}, {{LOCATION:Tyler}} TX {{ZIP:75702}}
exam {{DATE:2024-03-21}}     employer: {{FACILITY:East Texas Countertops & Stone}}, {{LOCATION:Longview}}
employee {{NAME:Juan Carlos Aguirre Peña}}   DOB {{DATE:1988-12-02}}   emp {{ID:1193}}
supv {{NAME:Randy Whitten}} {{PHONE:903-555-0167}}

Work: engineered stone (quartz) fabrication x8 yr, dry cutting until 2022 (!), now wet. Respirator half-face P100 intermittently.
Sx: DOE 1 flight stairs x6 mo, dry cough. Nonsmoker.
Spirometry: FVC 71% pred, FEV1 69%, ratio 0.80 - restrictive pattern.
CXR (ILO B-read by Dr. {{NAME:Faiz Rahimi}}, NIOSH B reader # {{LICENSE:B-8812}}): small rounded opacities q/r, profusion 2/1, upper zones. c/w silicosis.
TB: QFT neg.
Plan: refer pulm {{FACILITY:UT Health East Texas}} pulmonary for HRCT, ANA (autoimmune assoc). Written opinion to employer: limitation - no further silica exposure recommended; detailed findings to employee only.
Coworker {{NAME:Eliseo}} same crew - advised screening. State reportable (TX DSHS occupational disease).
{{NAME:Mark L. Tanaka}} MD, MPH`,
  // 51 WIC breastfeeding peer counselor phone log
  `BF PEER COUNSELOR CONTACT LOG -- {{FACILITY:Tulsa Health Department WIC}} - {{FACILITY:North Regional Health and Wellness Center}}
peer: {{NAME:Shawna Littlejohn}}     supv IBCLC: {{NAME:Erin Stobaugh}}

participant {{NAME:Aaliyah Freeman}}  WIC id {{ACCOUNT:OK-WIC-40388127}}   baby {{NAME:Kingston}} dob {{DATE:9/30/23}}
{{DATE:10/2/23}}  call - at {{FACILITY:Saint Francis Hospital}} still, BF going ok, latch sore L. reviewed positions.
{{DATE:10/5/23}}  call - home. engorged, baby sleepy, 5 wet diapers. advised wake q3h, hand expression. referred IBCLC.
{{DATE:10/6/23}}  IBCLC visit at clinic ({{NAME:Erin}}): weight 6#14 (BW 7#6, -7%). tongue tie? posterior - ped Dr. {{NAME:Nwachukwu}} at {{FACILITY:Morton Comprehensive Health Services}} to eval.
{{DATE:10/12/23}} text - frenotomy done {{DATE:10/10}}, latch better. pumping 2x/day w/ loaner Spectra serial {{DEVICE:S2-2211-08845}}.
{{DATE:10/26/23}} call - going back to work {{DATE:11/6}} at {{FACILITY:Amazon TUL2}} fulfillment center. discussed lactation room, PUMP Act, pump schedule. Employer HR {{NAME:Trina}} {{PHONE:918-555-0185}} (pt gave permission).
{{DATE:11/20/23}} no answer x2. text sent.
{{DATE:12/4/23}}  call - still BF + pumping 3x at work. 
pt cell {{PHONE:918-555-0113}}`,

  // 52 COVID contact tracing call script notes
  `CONTACT MONITORING CALL  -- case/contact mgmt system record {{ID:CT-883104}}
county: {{LOCATION:Yakima County}} ({{FACILITY:Yakima Health District}})   tracer {{NAME:Gabriel Ocampo}}
date/time {{DATE:12/28/2023 11:05}}   lang: Spanish

contact {{NAME:Maribel Cuevas Ortiz}}  dob {{DATE:3/19/1984}}  exposed to case {{NAME:Heriberto Cuevas}} (husband, {{ID:CT-883097}}), last exposure {{DATE:12/26}} (ongoing, same household)
household: {{ADDRESS:1108 S 3rd St}}, {{LOCATION:Wapato}} WA {{ZIP:98951}} - 7 people, 2 bedrooms, 3 generations.
 - suegra Doña {{NAME:Amparo}} 76, diabetic, on dialysis MWF at {{FACILITY:DaVita Yakima}} -> notified unit charge RN {{NAME:Kelli}} {{PHONE:509-555-0150}}
 - kids {{NAME:Yahir}} 12 ({{FACILITY:Wapato Middle}}), {{NAME:Jocelyn}} 9, {{NAME:Ángel}} 5
symptoms today: sore throat, no fever. Test: home Ag neg today. Recommend retest 48h.
Work: packing house {{FACILITY:Columbia Reach Pack}}, {{LOCATION:Yakima}} - advised mask 10 days.
Paxlovid eligibility for suegra discussed; PCP at {{FACILITY:Yakima Valley Farm Workers Clinic - Toppenish}}.
Resources: food box from {{FACILITY:Northwest Harvest}}, isolation support app submitted.
next call {{DATE:12/30}}.`,

  // 53 jail medical STI/HIV testing
  `{{FACILITY:COOK COUNTY JAIL}} - {{FACILITY:CERMAK HEALTH SERVICES}}   OPT-OUT HIV/STI TESTING
Division 5, tier 2B    date {{DATE:10/05/23}}
Detainee {{NAME:BANKS, TERRELL D.}}   IR # {{ID:20230918447}}   DOB {{DATE:02/12/1995}}   Cermak MRN {{MRN:C-6009127}}

Results:
 HIV 4th gen     REACTIVE -> HIV-1/2 diff: HIV-1 pos. VL 48,200, CD4 412.
 RPR             NR
 GC/CT urine     neg/neg
 HCV Ab          neg
Disclosed {{DATE:10/7/23 1400}} by {{NAME:A. Okoro}} HIV counselor with Dr. {{NAME:Hanna Wieczorek}}. Pt tearful, states "I knew". Prior neg test 2021 at {{FACILITY:Howard Brown Health}}.
Started Biktarvy {{DATE:10/7}}. Linkage: {{FACILITY:CORE Center}} Ryan White, appt made for release.
Partner services referral to {{FACILITY:CDPH}} DIS: 2 partners - "{{NAME:Nikki}}" ({{NAME:Nicole Harmon}}) ph {{PHONE:773-555-0132}}, and {{NAME:Jerome}} (unk).
Court date {{DATE:10/19}} - discharge planner {{NAME:Vanessa Rios}} ext {{PHONE:5-3318}}.
Mother {{NAME:Gloria Banks}} (emerg contact) NOT informed of dx per pt.
Medicaid reactivation on release: IL Medicaid {{HEALTH_PLAN:118830274}} (suspended).`,

  // 54 immunization record request / fax
  `FAX COVER SHEET
{{FACILITY:Bernalillo County Public Health Office}} - Immunization
{{ADDRESS:2400 Wellesley Dr NE}}, {{LOCATION:Albuquerque}} NM {{ZIP:87107}}
TO: {{FACILITY:Native American Community Academy}} - Attn: {{NAME:Dolores Chavez}}, school health aide   FAX {{FAX:505-555-0196}}
FROM: {{NAME:Ruben Archuleta}}, immunization nurse   PH {{PHONE:505-555-0197}}   FAX {{FAX:505-555-0198}}
DATE: {{DATE:08/09/2023}}   PAGES: 3 incl cover

RE: {{NAME:Kaden Tsinajinnie}}  DOB {{DATE:04/22/2010}}   NMSIIS ID {{ID:7104482196}}
Attached: NMSIIS certificate of immunization + Tdap/MenACWY given today {{DATE:8/9/23}} (lot 5C7K2, lot U8811AB).
Hep A #2 not found in NMSIIS - records from {{FACILITY:Gallup Indian Medical Center}} requested (2014?). Mom {{NAME:Verna Tsinajinnie}} thinks given at {{FACILITY:Crownpoint Health Care Facility}}.
Please allow student to attend; provisional until {{DATE:9/8/23}}.

CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error call {{PHONE:505-555-0199}} and destroy.`,

  // 55 occupational hearing conservation
  `AUDIOMETRIC TEST - HEARING CONSERVATION PROGRAM (standard threshold shift review)
{{FACILITY:Anderson Occupational Health}}, onsite trailer at {{FACILITY:Nucor Steel Gallatin}}, {{LOCATION:Ghent}} KY
tech: {{NAME:Brittani Vest}} (CAOHC cert {{LICENSE:CAOHC-66104}})   reviewer: {{NAME:S. Pennington}}, AuD
date {{DATE:11/29/2023}}
EE {{NAME:Dale Wayne Riddle}}   EE# {{ID:NS-20417}}   DOB {{DATE:4/1/1970}}   dept: melt shop, TWA 94 dBA

          500  1k  2k  3k  4k  6k   (dB HL)
R base    10   10  15  25  35  40   (baseline {{DATE:6/14/2012}})
R now     15   15  25  40  55  55
L now     10   10  20  35  50  55
STS R: avg 2/3/4k shift 15 dB age-corrected -> STS YES (R). L borderline.
Retest in 30 days {{DATE:12/28}} - confirmed? pending.
Earplug fit test (FitCheck): PAR 11 with foam rollup - poor insertion. retrained, switched to Howard Leight Max; PAR 28.
Recordable OSHA 300 if retest confirms and >=25 dB HL avg.
Employee notified in writing within 21 days. Copy to safety mgr {{NAME:Jeff Conley}} {{EMAIL:jconley@nucor-gallatin.example.com}}.`,

  // 56 home visit CHW maternal lowercase Haitian
  `chw prenatal home visit -- {{FACILITY:healthy start}} {{LOCATION:north miami}}
{{DATE:june 4 2024}}  chw {{NAME:mirlande jean-baptiste}}
client {{NAME:nadège pierre-louis}} 26 g2p1 ~32 wk, edd {{DATE:7/24/24}}
home {{ADDRESS:12320 ne 11th ct apt 7}}, {{LOCATION:north miami}} fl {{ZIP:33161}}. lives w/ mother {{NAME:marie-ange}} + son {{NAME:woodley}} 3.
kreyol (chw native speaker).
ob at {{FACILITY:jackson north}}, last visit {{DATE:5/28}}: bp 142/90 - told to monitor. we checked today 148/94 then 146/92. ha mild, no vision change, no ruq pain. called ob triage {{PHONE:305-555-0175}} - told to come in for PEC labs today. cousin {{NAME:jean-robert}} to drive.
kick counts reviewed. car seat - none, referred {{FACILITY:safe kids miami-dade}} event {{DATE:6/15}}.
medicaid (sunshine health {{HEALTH_PLAN:6612093381}}) - pending renewal, helped submit on ACCESS portal.
son {{NAME:woodley}} due 3 yo well child at {{FACILITY:borinquen health care center}}.
follow up call tomorrow. -{{NAME:mjb}}`,

  // 57 TB clinic chest x-ray clinic list ALL CAPS
  `{{FACILITY:KING COUNTY TB CLINIC}} ({{FACILITY:HARBORVIEW}} 3 WEST) -- CLASS B FOLLOW-UP LIST
WEEK OF {{DATE:03/11/2024}}   PREPARED {{NAME:L. ESPARZA}} / PHN {{NAME:H. TRAN}}

NAME                      DOB         CLASS  ORIGIN       ARRIVAL     APPT                STATUS
{{NAME:KAYEMBE, JEAN-PAUL}}        {{DATE:05/08/1979}}  B1 TB  DR CONGO     {{DATE:02/14/24}}    {{DATE:3/12 0900}}           CXR STABLE, DONE
{{NAME:HTOO, PAW MU}}              {{DATE:01/01/2001}}  B1 TB  MYANMAR      {{DATE:02/20/24}}    {{DATE:3/12 1030}}           NO SHOW -> CALL
{{NAME:AL-OBAIDI, SAMER}}          {{DATE:09/10/1966}}  B2 LTBI IRAQ        {{DATE:01/30/24}}    {{DATE:3/13 0930}}           START RIF
{{NAME:GEBREMEDHIN, SELAM}}        {{DATE:12/02/1992}}  B1 TB  ERITREA      {{DATE:02/28/24}}    {{DATE:3/14 1300}}           SPUTUM X3 ORDERED
{{NAME:RAMIREZ LOPEZ, ANA}}        {{DATE:07/15/1958}}  B1 TB  GUATEMALA    {{DATE:03/01/24}}    {{DATE:3/15 0800}}           INTERP MAM

NOTES: {{NAME:HTOO}} - CASE MGR {{NAME:ROSE KIM}} @ {{FACILITY:WORLD RELIEF SEATTLE}} {{PHONE:253-555-0142}}, LIVES {{LOCATION:KENT}}.
{{NAME:KAYEMBE}} - LINGALA INTERP. EDN NOTIFIED. 
{{NAME:GEBREMEDHIN}} - COUGH, ISOLATE AT HOME; MASK AT VISIT; NEG PRESSURE RM 3W-12.`,

  // 58 workers comp back injury lower case
  `wc f/u visit -- {{FACILITY:advocate occupational health}} {{LOCATION:naperville}}
{{DATE:1/17/24}}  pt {{NAME:samantha o'rourke-diaz}} 42F  claim {{ACCOUNT:IL-WC-23-0881745}}  doi {{DATE:12/4/23}}
employer {{FACILITY:edward-elmhurst home health}} (home health aide) - injured lifting pt from tub in client home ({{LOCATION:lisle}}).
adjuster {{NAME:kevin moy}} (gallagher bassett) {{PHONE:630-555-0144}}

s: LBP 5/10 (was 8), no radiation, no bowel/bladder sx. PT 2x/wk at {{FACILITY:athletico lisle}} - 6 of 12 visits. cyclobenzaprine qhs helps sleep.
o: lumbar flex 60 deg, SLR neg bilat, strength 5/5, DTR 2+ sym. 
a: lumbar strain, improving. M54.50, S39.012D.
p: cont PT 3 wk. restrictions: no lifting >20 lb, no patient transfers, may do visits w/ assist. naproxen 500 bid.
mri not indicated at this time.
rtc {{DATE:2/7/24}}, anticipate full duty then.
pt asks re: TTD - she's been off since employer can't accommodate; forms to {{NAME:kevin}}.
- {{NAME:d. castellanos}} md / {{NAME:rt}}`,

  // 59 STI clinic doxyPEP + HIV PrEP
  `{{FACILITY:San Francisco City Clinic}}   {{ADDRESS:356 7th St}}, {{LOCATION:San Francisco}} CA {{ZIP:94103}}
DOS {{DATE:04/03/2024}}  NP {{NAME:Kwame Osei-Bonsu}}
Pt {{NAME:Diego Alarcón-Whitfield}} (he/him)  DOB {{DATE:07/11/1989}}  MRN {{MRN:SFCC-390217}}
On PrEP (TDF/FTC daily) since 2021 - q3mo labs today. Cr 0.98, HIV Ab/Ag neg, RPR NR, 3-site NAAT pending.
Hx: syphilis 2022 (treated); GC x2 last yr (rectal {{DATE:Sept 2023}}).
Started doxy-PEP: doxycycline 200 mg within 72h after condomless sex, max 200/24h. Counselled GI sx, photosensitivity, take w/ water upright.
Mpox vax: JYNNEOS x2 complete (2022).
Partner: primary {{NAME:Brandon}} (HIV+ undetectable, U=U). Others via Sniffies.
Works as bartender at {{FACILITY:The Stud}}, lives {{LOCATION:Castro}}. Cell {{PHONE:415-555-0125}}.
Covered by Medi-Cal (SF Health Plan {{HEALTH_PLAN:SF8830219-01}}); PrEP-AP not needed.
RTC {{DATE:7/3}}. Next visit in {{FACILITY:SFCC}} express lane.`,

  // 60 newborn home visit / metabolic screen follow up
  `NEWBORN SCREENING FOLLOW-UP - PHN HOME VISIT
{{FACILITY:Lincoln-Lancaster County Health Department}}, {{LOCATION:Lincoln}} NE
PHN {{NAME:Julie Brabec}}   visit {{DATE:Thurs 3/21/24}}
Infant Baby Girl {{NAME:Mohammed}} ({{NAME:Rahma}}) DOB {{DATE:3/12/2024}}  NBS kit # {{ID:24-NE-0031782}}
Mother {{NAME:Hawa Mohammed Ahmed}}, father {{NAME:Ibrahim Adam}}. Sudanese Arabic; interp {{NAME:Nasr}} (phone ID {{ID:51190}}).
Home {{ADDRESS:2745 Holdrege St Apt B}}, {{LOCATION:Lincoln}} {{ZIP:68503}}   ph {{PHONE:402-555-0161}}
Born {{FACILITY:Bryan Medical Center East}}, d/c 36 hr, NBS collected at 26 hr.
Out-of-range: C3 (propionylcarnitine) elevated - state lab called PCP Dr. {{NAME:Sjogren}} ({{FACILITY:Bluestem Health}}) {{DATE:3/18}}. Repeat NBS + urine organic acids drawn {{DATE:3/19}} at {{FACILITY:Children's Nebraska}} genetics (Dr. {{NAME:Nyberg}}).
Today: wt 3.21 kg (BW 3.30), feeding breast + formula, alert, no vomiting, no lethargy. Reviewed red flags - go to ED for poor feeding/lethargy.
Parents anxious; explained in plain language. Next: genetics results expected ~{{DATE:3/26}}.`,
  // 61 health fair BMI/skin cancer screening at county fair
  `{{LOCATION:CODINGTON COUNTY}} FAIR - HEALTH BOOTH SIGN-IN & RESULTS (page 2)
{{DATE:Aug 18, 2023}}  booth staffed by {{FACILITY:Prairie Lakes Healthcare System}} + {{FACILITY:SDSU College of Nursing}} students
derm screen by Dr. {{NAME:Ingrid Haugen}} ({{FACILITY:Watertown Dermatology}})

name                 town          age  screen        finding                       f/u
{{NAME:Lyle Vanderwerff}}     {{LOCATION:Castlewood}}    68   skin          R ear 6mm pearly lesion ?BCC    derm appt {{DATE:8/29}}
{{NAME:Bonnie Hofer}}         {{LOCATION:Clark}}         54   BP/chol       BP 152/90                     PCP
{{NAME:Travis Schaefer}}      {{LOCATION:Watertown}}     37   A1c           6.1 (prediabetes)             DPP class info
{{NAME:Marvel Kranz}}         {{LOCATION:Henry}}         {{AGE:90}}   BP            128/70                        none
{{NAME:Kaylyn Dahl}}          {{LOCATION:Florence}}      19   skin          multiple nevi, none atypical  sunscreen
{{NAME:Gordon "Gordie" Bauer}} {{LOCATION:Lake Norden}} 72   skin          L forearm AK x3               LN2 at office
Farmer's lung / grain dust handout given x14. Free sunscreen 200 bottles.
Contact for results: {{NAME:Nikki Olson}} RN {{PHONE:605-555-0111}}, {{EMAIL:nolson@plhs.example.org}}`,

  // 62 Campylobacter / foodborne interview lowercase-ish
  `ENTERIC DISEASE INTERVIEW - Campylobacteriosis
{{FACILITY:Wright County Public Health}} ({{LOCATION:Buffalo}} MN) -> forwarded to MDH foodborne unit
interviewer {{NAME:Samuel Okafor-Lind}}  {{DATE:6/11/24}}  MEDSS {{ID:5102283}}
case {{NAME:Madelyn Juergens}} 8F dob {{DATE:10/20/2015}}  parent respondent {{NAME:Tara Juergens}} {{PHONE:763-555-0179}}
onset diarrhea (bloody) {{DATE:6/3}}, fever 102, cramps. stool cx + C. jejuni ({{FACILITY:Allina Health Buffalo Hospital}} lab {{DATE:6/7}}).
exposures 7 d prior:
- raw milk? yes!! from neighbor farm ({{FACILITY:Hillside Dairy}}, {{ADDRESS:4471 County Rd 35}}, {{LOCATION:Maple Lake}}) - family buys weekly
- petting zoo at {{LOCATION:Wright County}} Fair? no - fair not until July
- chicken: grilled at grandparents' {{DATE:5/31}} in {{LOCATION:Annandale}}
- water: private well
- daycare/camp: {{FACILITY:Camp Friendship}} day program {{DATE:6/3}} only
other ill: brother {{NAME:Owen}} 5 mild diarrhea {{DATE:6/5}}, no testing.
raw milk sample collected {{DATE:6/12}} by MDA inspector {{NAME:R. Tollefson}}. 3 other families buy from same farm - contacted.
school: {{FACILITY:Northwood Elementary}} - school out for summer.
exclusion: none needed (not daycare/food handler).`,

  // 63 occupational exposure lab worker Brucella
  `EMPLOYEE HEALTH NOTE - LABORATORY EXPOSURE (Brucella spp.)
{{FACILITY:Sanford Health Fargo Medical Center}} Employee Health   date {{DATE:04/30/2024 08:15}}
Employees exposed (micro lab, {{FACILITY:Sanford Laboratories}}), bench opened plate outside BSC {{DATE:4/26}}:
  1. {{NAME:Katie Lindgren}} MLS (high risk - manipulated plate, sniffed? denies)  emp {{ID:S60218}}
  2. {{NAME:Abdullahi Farah}} MLT (low risk - within 5 ft)  emp {{ID:S71903}}
  3. {{NAME:Hoang Vu}} MLS (low risk - in room)  emp {{ID:S55280}}
Source pt isolate: B. melitensis confirmed by {{FACILITY:ND Public Health Lab}} (acc {{ID:NDPHL-24-11098}}) {{DATE:4/29}}. Source pt travel: Mexico, unpasteurized cheese.
PEP: doxycycline 100 bid + rifampin 600 daily x3 wk offered to all per CDC. {{NAME:Katie L.}} 20 wk pregnant -> TMP-SMX? contraindicated late; consult ID Dr. {{NAME:Reuben Glass}} - rifampin alone x3 wk.
Baseline Brucella serology (SAT) drawn all 3; repeat wk 2, 4, 6, 24.
Sx monitoring: daily fever check x24 wk, diary.
Reported to ND DHHS + CDC.
Lab safety officer {{NAME:Tom Brekke}} {{PHONE:701-555-0137}}; incident {{ID:SLS-0426-03}}.
{{NAME:Marta Quiñones}}, APRN, Employee Health`,

  // 64 School-based mental health referral / counselor note
  `SCHOOL NURSE / COUNSELOR CONSULT NOTE -- {{FACILITY:Eastside High School}}, {{LOCATION:Gainesville}} FL ({{FACILITY:Alachua County Public Schools}})
{{DATE:Mon 2/5/2024}} 1:15 pm   nurse {{NAME:Tasha Greer}} RN, counselor Mr. {{NAME:Philip Abernathy}}
student {{NAME:Riley Kessler}} gr 9, 14 yo, student # {{ID:4400318}}
seen for "stomach ache" 4th time this wk. Nurse noticed superficial cuts L forearm healing. Student disclosed self-harm since Dec, passive SI "wouldn't mind not waking up", no plan, no intent. ASQ screen + (non-acute).
Parents divorced; lives w/ dad {{NAME:Craig Kessler}} ({{PHONE:352-555-0146}}), mom {{NAME:Jennifer Moss}} in {{LOCATION:Ocala}}.
Bullying reported in group chat (Snapchat) - screenshots to AP Ms. {{NAME:Renfroe}}.
Action: dad notified, came to school 2:30. Safety plan completed. Referral to {{FACILITY:Meridian Behavioral Healthcare}} - same-week intake {{DATE:2/8}}. School-based therapist {{NAME:Alexis Dunn}} LMHC to see weekly (Tue).
Means restriction counseling: dad has firearms at home -> agreed to lock / store at uncle's.
Crisis line 988 card given. Follow up {{DATE:2/6}} check-in homeroom.`,

  // 65 Refugee health - vaccination record reconciliation, short ALL CAPS mixed
  `IMMUNIZATION RECONCILIATION - REFUGEE HOUSEHOLD  ({{FACILITY:Salt Lake County Health Department}} Refugee Health)
CLINIC: {{FACILITY:SOUTH MAIN PUBLIC HEALTH CENTER}}, {{ADDRESS:3690 S Main St}}, {{LOCATION:South Salt Lake}} UT {{ZIP:84115}}
DATE {{DATE:1/10/2024}}   NURSE {{NAME:Kalani Fonoti}}   RESETTLEMENT: {{FACILITY:IRC Salt Lake City}} ({{NAME:Bahati Ndayishimiye}})

Head of household {{NAME:Esperance Niyonzima}} (DOB {{DATE:06/15/1983}}), Burundi via Tanzania ({{LOCATION:Nyarugusu}} camp).
Members & overseas docs (DS-3025):
  {{NAME:Esperance}}    Td x1, MMR x1 (overseas {{DATE:11/2023}}) -> today Td #2, MMR #2
  {{NAME:Claude}} 15    MMR x1, Tdap x1, HepB x1 -> today HepB #2, MenACWY, HPV #1, Var #1
  {{NAME:Gloria}} 11    MMR x1, DTaP x3 -> today Tdap, MMR #2, Var #1, HPV #1
  {{NAME:Jonathan}} 4   none documented -> today DTaP/IPV, MMR, Var, HepA #1, HepB #1, Hib
USIIS updated: IDs {{ID:3300918}}, {{ID:3300919}}, {{ID:3300920}}, {{ID:3300921}}.
Kirundi interp {{NAME:Pascal Nduwimana}}. Next doses {{DATE:2/7}}.
Address: {{ADDRESS:255 E Kensington Ave #14}}, {{LOCATION:Salt Lake City}} {{ZIP:84115}}. Phone (CM) {{PHONE:801-555-0109}}.`,

  // 66 animal bite / rabies PEP
  `ANIMAL BITE REPORT & RABIES PEP DECISION
{{FACILITY:Harris County Public Health}} Veterinary Public Health   report # {{ID:AB-24-07716}}
received {{DATE:07/06/2024 10:20}} from {{FACILITY:Memorial Hermann Katy}} ED (RN {{NAME:Jolene}})

victim {{NAME:Ethan Truong}}  9 yo  DOB {{DATE:03/27/2015}}  parent {{NAME:Linh Truong}} {{PHONE:281-555-0178}}
address {{ADDRESS:21410 Highland Knolls Dr}}, {{LOCATION:Katy}} TX {{ZIP:77450}}
bite {{DATE:7/5}} ~7 pm, R calf, Level 3 (punctures). Location: {{LOCATION:Cinco Ranch}} trail near {{FACILITY:Seven Lakes High School}}.
animal: stray dog, tan pit mix, no collar - not captured. Neighbors Mr. {{NAME:Alvarado}} says dog seen daily near {{ADDRESS:Greenbusch Rd and Westheimer Pkwy}}.
Decision: PEP recommended (animal unavailable for 10-day obs). HRIG 20 IU/kg (wt 31 kg -> 620 IU) infiltrated + vaccine day 0 {{DATE:7/5}}. Schedule d3 {{DATE:7/8}}, d7 {{DATE:7/12}}, d14 {{DATE:7/19}} at {{FACILITY:Memorial Hermann Katy}} infusion center.
Animal control officer {{NAME:Ricky Cantu}} badge {{ID:1187}} searching area.`,

  // 67 WIC high risk dietitian note ALL CAPS
  `WIC HIGH RISK NUTRITION CARE PLAN - {{FACILITY:GUILFORD COUNTY WIC}} ({{LOCATION:HIGH POINT}} OFFICE)
DATE {{DATE:03/28/2024}}   RD: {{NAME:LAKISHA MCADOO}}, RD, LDN
PARTICIPANT: {{NAME:DUC NGUYEN-PHAN}}  CATEGORY: CHILD  DOB {{DATE:09/14/2022}}   WIC ID {{ACCOUNT:NC-0044172093}}
MOTHER: {{NAME:THUY PHAN}}  PH {{PHONE:336-555-0121}}   ADDR {{ADDRESS:1506 E LEXINGTON AVE APT C}}, {{LOCATION:HIGH POINT}} NC {{ZIP:27262}}

RISKS: 134 FAILURE TO THRIVE (DX BY DR. {{NAME:KAPOOR}}, {{FACILITY:CONE HEALTH PEDS}}), 341 NUTRIENT DEFICIENCY (IRON), 211 ELEVATED BLOOD LEAD 4.8.
WT 9.1 KG (<3RD), LENGTH 80 CM (10TH). WFL <2ND.
FOOD PKG: PEDIASURE 1.0 (MEDICAL DOCUMENTATION ON FILE, EXP {{DATE:06/2024}}), WHOLE MILK 16 QT.
GOALS: 3 MEALS + 2-3 SNACKS, PEDIASURE 2 CANS/DAY, LIMIT JUICE.
LEAD: HOME BUILT 1948; REFERRED {{FACILITY:GUILFORD CO ENVIRONMENTAL HEALTH}} INSPECTOR {{NAME:B. CAUDLE}}.
INTERP: VIETNAMESE, {{NAME:ANH DAO}} (STAFF).
NEXT RD F/U 1 MO ({{DATE:04/25/2024}}).`,

  // 68 mobile van HIV/HCV harm reduction
  `HARM REDUCTION VAN ENCOUNTER -- {{FACILITY:Prevention Point Philadelphia}} outreach
stop: {{ADDRESS:Kensington Ave & E Allegheny Ave}} ({{LOCATION:Kensington}}), {{LOCATION:Philadelphia}}
date {{DATE:11/09/2023}} 1600-1900    staff {{NAME:Nasir Coleman}} (outreach), {{NAME:Jen Toth}} RN
participant code {{ID:KRD0471}} ("{{NAME:Kendra}}", 34F)  - uses code, no legal name given

HCV rapid reactive -> RNA draw (lab {{FACILITY:Quest}}) req {{ID:Q23-8810447}}. HIV rapid nonreactive.
wound: L forearm xylazine wound 5x4 cm, slough, no cellulitis. cleaned, xeroform + kerlix. referral wound clinic {{FACILITY:Temple Episcopal}} - declined.
naloxone x2 kits, fentanyl test strips x10, xylazine strips x10, syringes 30.
MOUD interest: yes - bridge bupe script via {{FACILITY:Path to Recovery}} telehealth {{URL:https://pathtorecovery.example.org/bridge}}, pharmacy {{FACILITY:Rite Aid on Frankford}}.
housing: sleeping outside under the El. shelter list given.
next van visit same stop Thursday.`,

  // 69 Occ health pre-placement for school bus driver + TB test
  `PRE-PLACEMENT EXAM -- school transportation
{{FACILITY:Cabarrus Health Alliance}} Occupational Services, {{LOCATION:Kannapolis}} NC
{{DATE:07-31-2023}}   examiner {{NAME:R. Jessup}}, FNP
applicant {{NAME:Gwendolyn Pharr}}  DOB {{DATE:11-03-1961}}  for: school bus driver, {{FACILITY:Cabarrus County Schools}} transportation (dept head {{NAME:Dwight Helms}})
NC CDL class B w/ S+P endorsement {{LICENSE:000031887742}}

TST placed {{DATE:7/31}} L forearm (Tubersol lot D2721AA); read {{DATE:8/2}} 0 mm - neg.
Vision 20/30 R, 20/25 L uncorrected. Whisper test ok.
BP 136/84. HR 72. UA neg.
Hx: hypothyroid (levothyroxine 88 mcg), knee replacement R 2019 - full ROM, can climb bus steps, emergency exit drill ok.
Drug screen 5-panel neg (MRO Dr. {{NAME:Saul Fenster}}).
Cleared for duty. Med card exp {{DATE:07-31-2025}}.
Emerg contact husband {{NAME:Ellis Pharr}} {{PHONE:704-555-0127}}.
{{NAME:rj}}/{{NAME:ts}}`,

  // 70 TB DOT homeless shelter
  `DOT / CASE MGMT NOTE -- TB, client experiencing homelessness
{{FACILITY:Los Angeles County DPH}} TB Control, {{FACILITY:Central Health Center}} {{ADDRESS:241 N Figueroa St}}, {{LOCATION:Los Angeles}} {{ZIP:90012}}
{{DATE:02/14/2024}}   PHN {{NAME:Mariana Esquivel}}   CW {{NAME:Darryl Banks}}
client {{NAME:Walter "Mac" McAllister}} 61  DOB {{DATE:8/30/1962}}  case {{ID:LAC-TB-23-1844}}  Medi-Cal {{HEALTH_PLAN:97701843A}} (LA Care)

Location: was at {{FACILITY:Union Rescue Mission}} - discharged for rules violation {{DATE:2/9}}. Found today in tent at {{ADDRESS:6th St & San Julian}}, {{LOCATION:Skid Row}}.
DOT: missed {{DATE:2/10-2/13}}. Observed today 1040 (INH/RIF). Total 96/130 doses, continuation phase.
Incentive: $25 grocery gift card given. Lunch.
Housing: TB housing voucher (hotel) - placed at {{FACILITY:Hotel Alexandria}} rm 814 through {{DATE:3/15}}, approved by {{NAME:Sandra Oyelowo}} program mgr.
Alcohol use: drinks daily, LFTs ok {{DATE:2/1}} (ALT 38).
Phone: none. Contact via shelter case mgr {{NAME:Tony}} {{PHONE:213-555-0164}} or sister {{NAME:Eileen McAllister}} in {{LOCATION:Bakersfield}} {{PHONE:661-555-0184}}.`,
  // 71 gonorrhea case report form fax from private provider
  `CONFIDENTIAL MORBIDITY REPORT (faxed)  -> {{FACILITY:Shelby County Health Department}} STD/HIV Program  fax {{FAX:901-555-0107}}
Reporting provider: {{FACILITY:Regional One Health - Hollywood Clinic}}? (stamp illegible) / {{NAME:S. Adebayo-Grant}} MD  ph {{PHONE:901-555-0108}}
Date reported {{DATE:12/01/2023}}

Patient: {{NAME:LaToya M. Hardaway}}   DOB {{DATE:5/23/1999}}   Race/eth: Black, non-Hisp   Sex F
Address {{ADDRESS:3561 Boxdale St}}, {{LOCATION:Memphis}} TN {{ZIP:38118}} ({{LOCATION:Oakhaven}})   ph {{PHONE:901-555-0152}}
Pregnant: Y  EDD {{DATE:4/19/24}}
Dx: gonorrhea, cervical. Specimen {{DATE:11/27/23}}, result {{DATE:11/30/23}}. Lab {{FACILITY:LabCorp Memphis}} acc {{ID:333-118-4471-0}}.
Treated: Y  ceftriaxone 500 mg IM {{DATE:12/1/23}}.  Partner tx: EPT? N (TN allows) - pt declined.
HIV test: neg {{DATE:11/27}}.  Syphilis: RPR NR.
Received by {{NAME:jw}} {{DATE:12/1 15:42}}; assigned DIS {{NAME:Marcus Pegues}}.
Medicaid TennCare BlueCare {{HEALTH_PLAN:ZEC447193801}}`,

  // 72 home visit lead + asthma lowercase brief
  `healthy homes visit - {{FACILITY:monroe county dept of public health}} lead program
{{DATE:10/11/23}} 10:00  phn {{NAME:kristen dimarco}} + lead inspector {{NAME:tyrone maddox}} (epa cert {{LICENSE:NAT-118827-2}})
child {{NAME:ny'asia ford}} 2 yo  bll 12 ({{DATE:9/26}})  chart {{MRN:MC-LD-2291}}
mom {{NAME:tanisha ford}}  {{PHONE:585-555-0166}}  {{ADDRESS:77 clifford ave, 2nd fl}}, {{LOCATION:rochester}} ny {{ZIP:14621}}
house built ~1910, 2 family. landlord {{NAME:amit sharma}} ({{FACILITY:sharma properties llc}}) lives in {{LOCATION:pittsford}}.
xrf: window troughs kitchen 4.2 mg/cm2, porch rails 6.8, interior door jambs 1.9. dust wipe sill 880 ug/ft2 (!). 
kid has asthma too - roaches, carpet. 
education: wet mop, hand washing, no eating on floor, iron-rich foods. wic at {{FACILITY:anthony l jordan health center}}.
notice + demand to landlord, 21 days. reinspection {{DATE:11/1}}. 
repeat bll in 1 month (~{{DATE:11/9}}).
sibling {{NAME:ja'marion}} 5 (goes to {{FACILITY:school 9}}) - needs bll, hasn't had since 2021.`,

  // 73 SBHC sports physical
  `SPORTS PRE-PARTICIPATION PHYSICAL -- {{FACILITY:Okmulgee High School}} SBHC ({{FACILITY:Muscogee Creek Nation Community Health}})
date {{DATE:07/25/2024}}    provider {{NAME:Devin Harjo}} PA-C
athlete {{NAME:Cheyenne Deere}}  DOB {{DATE:01/06/2009}}  sport: volleyball, softball   tribal ID {{ID:MCN-44103}}
parent {{NAME:Lorene Deere}} {{PHONE:918-555-0189}}

hx: no syncope w/ exercise, no chest pain, no FHx sudden death <50. One concussion 2022 (softball), cleared by Dr. {{NAME:Beaver}}. Asthma exercise-induced, albuterol pre-game.
exam: HR 64, BP 112/68, no murmur supine/standing, Marfan screen neg, Beighton 2/9. Vision 20/20.
Tanner 5. BMI 23.
A: cleared w/o restriction. Albuterol form for athletic trainer {{NAME:Shane Tiger}} ATC.
HPV #2 given today (lot Y019920). Flu in fall.
Forms: OSSAA PPE form signed, copy to {{FACILITY:Okmulgee Public Schools}} athletics.
next well visit 1 yr.`,

  // 74 letter to employer return to work TB
  `{{FACILITY:DOUGLAS COUNTY HEALTH DEPARTMENT}}
{{ADDRESS:1111 S 41st St}} - {{LOCATION:Omaha}}, Nebraska {{ZIP:68105}}
Tuberculosis Program   tel {{PHONE:402-555-0172}}

{{DATE:December 12, 2023}}

Ms. {{NAME:Carla Jepsen}}, HR Manager
{{FACILITY:JBS Omaha}} beef plant - Human Resources
{{ADDRESS:4201 S 27th St}}, {{LOCATION:Omaha}} NE {{ZIP:68107}}

RE: Mr. {{NAME:Bol Deng Garang}}  (Employee ID {{ID:J-662019}})

Dear Ms. {{NAME:Jepsen}}:
This letter confirms that your employee named above has been under the care of the {{FACILITY:Douglas County Health Department}} TB Program for infectious pulmonary tuberculosis since {{DATE:October 30, 2023}}. He has completed more than 2 weeks of effective treatment, has 3 consecutive negative sputum smears ({{DATE:11/28}}, {{DATE:11/30}}, {{DATE:12/4}}) and is clinically improving. He is NO LONGER INFECTIOUS and may return to work without restriction effective {{DATE:12/13/2023}}.
He will continue daily medicine through directly observed therapy; please allow a 15-minute break at 0600 on first shift if our nurse visits the plant.
Co-workers on the kill floor, line 3, were screened on {{DATE:11/15-11/16}}; individual results have been mailed.
Sincerely,
{{NAME:Andrea Whitmore}}, RN, TB Nurse Case Manager
cc: chart {{MRN:DC-TB-7740}}`,

  // 75 community health fair - hep C and HIV testing at mosque
  `HIV/HCV TESTING EVENT LOG -- {{FACILITY:Masjid Al-Nur}}, {{ADDRESS:6440 Dix St}}, {{LOCATION:Dearborn}} MI  (after Jumu'ah)
{{DATE:Fri 4/19/24}} 1:30-4:00 pm   agency {{FACILITY:ACCESS Community Health & Research Center}}; tester {{NAME:Hussein Bazzi}} (cert {{LICENSE:MDHHS-HIV-22117}})

client id   age  sex  test       result   linkage
{{ID:D-041}}       52   M    HCV Ab     R        RNA draw referred {{FACILITY:Henry Ford Dearborn}} GI, Dr. {{NAME:Saad}}
{{ID:D-042}}       29   F    HIV/HCV    NR/NR    --
{{ID:D-043}}       67   M    HCV Ab     NR       --
{{ID:D-044}}       34   M    HIV        NR       PrEP info
{{ID:D-045}}       71   F    HCV Ab     R        prior cured 2018 (Harvoni) -> RNA to confirm clear
Names kept on separate secured sheet (not attached) per protocol; {{ID:D-041}} {{NAME:Ali Fawaz}} requested callback in Arabic {{PHONE:313-555-0181}}.
Imam Sheikh {{NAME:Mohammad Jaber}} announced event. BP screening by {{FACILITY:Wayne State}} med students (supv Dr. {{NAME:Layla Hamdan}}).
Kits: OraQuick lot 2311K, INSTI lot 23GH08.`,

  // 76 Varicella outbreak school daycare note lower
  `varicella outbreak - daycare f/u note  ({{FACILITY:Polk County Health Department}}, {{LOCATION:Des Moines}})
{{DATE:2/20/24}}  rn {{NAME:abby vermeer}}   outbreak {{ID:IA-OB-24-0207}}
site: {{FACILITY:little lambs christian child care}}, {{ADDRESS:3900 e euclid ave}}, {{LOCATION:des moines}} {{ZIP:50317}} (at {{FACILITY:grace fellowship church}})
director {{NAME:pam huisman}} {{PHONE:515-555-0134}}

cases to date: 5 (all in toddler rm + preK)
 {{NAME:harper}} 3 - unvax (exempt), onset {{DATE:2/6}}
 {{NAME:maverick o.}} 2 - 1 dose, mild (<50 lesions) {{DATE:2/12}}
 {{NAME:zoey k.}} 4 - 1 dose, {{DATE:2/13}}
 {{NAME:liam t.}} 18 mo - 1 dose {{DATE:2/15}}
 staff {{NAME:kendra boone}} 24 - no hx, no vax record -> IgG neg; onset {{DATE:2/16}}, pregnant? no.
exclusion until all lesions crusted. unvax/1-dose kids offered 2nd dose - vax clinic at center {{DATE:2/21}} (VFC), 14 kids.
pregnant staff {{NAME:megan}} - immune (IgG+ {{DATE:2/19}}).
immunocompromised child? {{NAME:jonah}} 3 on chemo (ALL) - family notified {{DATE:2/14}}, VariZIG given at {{FACILITY:blank children's}} {{DATE:2/15}} by dr. {{NAME:feld}}.
letter to parents sent (eng/span/swahili).
next check {{DATE:3/5}} - 2 incubation periods (42 d) w/o new case to close.`,

  // 77 agricultural pesticide exposure report
  `PESTICIDE-RELATED ILLNESS REPORT  (SENSOR-style)   state ID {{ID:WA-PEST-24-0318}}
reported by {{FACILITY:Confluence Health Wenatchee Valley Hospital}} ED  {{DATE:05/02/2024 21:10}}
interviewer {{NAME:Rosa Valdez-Hurst}}, WA DOH pesticide program / local {{FACILITY:Chelan-Douglas Health District}}

Cases (3), orchard thinning crew, {{FACILITY:Sunrise Ridge Orchards}} block 14, {{ADDRESS:2890 Easy St}}, {{LOCATION:Wenatchee}} {{ZIP:98801}}
 1. {{NAME:Fidel Morales Cruz}} 45 - nausea, HA, eye burning, sweating. ChE RBC 78% of norm.
 2. {{NAME:Guadalupe Sánchez}} 38 - HA, dizziness, vomit x1.
 3. {{NAME:Bernardo "Nayo" Zúñiga}} 19 - eye irritation only.
Onset ~1500 {{DATE:5/2}}. Adjacent block sprayed by airblast ~1400 (wind drift), product: chlorpyrifos? no - phosmet (Imidan 70-W). Applicator {{NAME:Kyle Brandt}} license {{LICENSE:WSDA-68417}}.
Crew leader {{NAME:Eusebio}} {{PHONE:509-555-0161}}. Decon: showers at hospital. Atropine not needed.
L&I claims started (claim {{ACCOUNT:BK-44718}}, {{ACCOUNT:BK-44719}}, {{ACCOUNT:BK-44720}}).
WSDA investigator notified {{DATE:5/3}}.`,

  // 78 hep B/C case investigation with email + URL
  `CHRONIC HEPATITIS C - CASE INVESTIGATION (surveillance)
{{FACILITY:Kanawha-Charleston Health Department}} epi, investigator {{NAME:Olivia Crites}}   {{DATE:3/1/24}}
WVEDSS {{ID:2024-WV-118302}}
pt {{NAME:Dustin Ray Workman}}  DOB {{DATE:02/26/1991}}  ph {{PHONE:304-555-0193}}   email {{EMAIL:dworkman91@mail.example.com}}
addr {{ADDRESS:205 Kanawha Terrace, Trlr 4}}, {{LOCATION:St. Albans}} WV {{ZIP:25177}}
Lab: HCV RNA 2.1 million IU/mL, genotype 1a ({{FACILITY:CAMC}} lab {{DATE:2/20/24}}), ALT 88.
Risk: IDU (heroin/meth) 2015-2022, now on buprenorphine at {{FACILITY:Ideal Options Charleston}} (Dr. {{NAME:Shamblin}}). Incarcerated {{FACILITY:South Central Regional Jail}} 2019.
Tattoo: yes, unlicensed, in jail.
Treatment: pt prefers telehealth via Project ECHO pcp; Medicaid (Aetna Better Health WV {{HEALTH_PLAN:WV00281947}}). Sofosbuvir/velpatasvir PA submitted.
Partner {{NAME:Kayla Boggess}} - tested neg {{DATE:2/28}}.
Patient education portal: {{URL:https://hepc.kchd.example.org/patient/118302}}.`,

  // 79 Refugee mental health CHW home visit lowercase
  `chw/cultural broker home visit -- {{FACILITY:bhutanese community of pittsburgh}} partnership w/ {{FACILITY:squirrel hill health center}}
{{DATE:5/9/24}} 5:30 pm  chw {{NAME:bishnu adhikari}}
client {{NAME:dil maya rai}} 66F  mrn {{MRN:SHHC-20184}}  lives w/ son {{NAME:tek bahadur rai}} + dil {{NAME:sita}}, 3 grandkids, {{ADDRESS:1817 brownsville rd apt 2}}, {{LOCATION:carrick}} {{LOCATION:pittsburgh}} {{ZIP:15210}}
nepali spoken, illiterate.
came to us from {{LOCATION:beldangi}} camp (nepal) 2010.
son worried - mom not eating, crying, talks about husband (late {{NAME:purna bahadur}}) who died 2023. sleeping in day. says "no point". PHQ-9 (verbal, nepali) = 19. item 9 = 1 (sometimes).
no plan, no means (meds kept by dil).
dm2: metformin - son manages. bp 150/88.
called np {{NAME:jess haberman}} at clinic, same-week appt {{DATE:5/13}} 10am + bh dr. {{NAME:sangita ghimire}} psychologist (nepali-speaking).
crisis numbers given (988, and re:solve). son agrees to stay w/ her tonight.
temple: goes to {{FACILITY:hindu jain temple}} {{LOCATION:monroeville}} sundays - priest support.
- {{NAME:ba}}`,

  // 80 Occupational health hep B titers / new hire immunization for county jail nurses + ALL CAPS summary
  `NEW HIRE HEALTH CLEARANCE SUMMARY
EMPLOYER: {{FACILITY:WASHOE COUNTY SHERIFF'S OFFICE}} - DETENTION MEDICAL (CONTRACT {{FACILITY:NAPHCARE}})
CLINIC: {{FACILITY:RENOWN OCCUPATIONAL HEALTH}}, {{ADDRESS:975 RYLAND ST}}, {{LOCATION:RENO}} NV {{ZIP:89502}}
DATE: {{DATE:09/18/2023}}

EMPLOYEE: {{NAME:OKONKWO, CHIDINMA A.}}  RN   NV RN LIC {{LICENSE:RN-884102}}   DOB {{DATE:10/30/1987}}   EMP {{ID:NPH-30917}}
HEP B: SERIES X3 (2009), ANTI-HBs {{DATE:9/5/23}} = 4 (NON-IMMUNE) -> HEPLISAV-B #1 TODAY, #2 {{DATE:10/16/23}}, TITER 1-2 MO AFTER.
MMR: TITERS IMMUNE. VARICELLA: HX + IgG POS. TDAP 2021.
TB: IGRA (QFT-PLUS) NEG {{DATE:9/11/23}} - BASELINE. ANNUAL SYMPTOM SCREEN.
RESPIRATOR: N95 FIT PASS (3M 1860S).
FLU: WILL RECEIVE OCT.
CLEARED FOR DUTY W/O RESTRICTION PENDING HEP B #2.
REVIEWED BY {{NAME:G. ALVAREZ-KIM}}, MD.  QUESTIONS {{PHONE:775-555-0168}} / FAX {{FAX:775-555-0169}}
/{{NAME:GAK}}/{{NAME:mw}}`,
];

export const HELDOUT_REALISTIC_47_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout47-${i + 1}`, n));
