// A thirtieth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555 numbers; towns, cities and neighbourhoods are
// real places used only as LOCATION). Its flavour is Mid-Atlantic urban safety-net care in
// Baltimore, Philadelphia, Washington DC and Newark: ED and psychiatric emergency notes, opioid
// treatment programs (methadone, buprenorphine, injectable naltrexone), shelters and recovery
// houses, jail and detention health, street medicine and xylazine wound care, HIV/PrEP clinics,
// behavioral health intake forms, discharge summaries, outpatient follow-up, pharmacy and social
// work notes, crisis line calls, letters to courts, probation officers and housing authorities.
// Names lean West African, Caribbean, Ethiopian, Eritrean, Salvadoran, Puerto Rican, Korean and
// African American; addresses are rowhouses and public-housing units with apartment numbers; many
// kinds of numbers (MRNs, accounts, Medicaid IDs, court case and docket numbers, booking numbers,
// NPI/DEA, ankle-monitor serials, plates). Written in Title case, ALL CAPS and lower-case shorthand,
// with look-alike non-PHI throughout: eponyms (Narcan is a drug, Foley, Glasgow, Wernicke, Braden),
// drug names and doses, COWS/CIWA/PHQ-9 scores, lab values, statute numbers (302, 303, 1013),
// rooms, beds, pods and tiers, CPT/ICD codes, lot numbers, years and weekdays alone, clock times,
// ages of 89 and under, states and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles
// (Dr., Mr., Ms., PO, Officer, Judge, Sister, Pastor) stay outside NAME spans; a time attached to a
// full date is part of it; a weekday written with a date is part of it; a shift range after a date
// is not; payers (Medicaid, MCOs, Medicare), their departments and fax lines, and city, state or
// federal agencies (police and fire departments, probation and parole divisions, housing
// authorities, health departments) are not PHI; hospitals and their abbreviations, wards named
// for people, clinics, opioid treatment programs, shelters, recovery houses, jails, detention
// centres, courts, schools, employers, churches, pharmacies and labs are FACILITY; cities,
// neighbourhoods and counties are LOCATION, and so is a city abroad; states, DC as a
// jurisdiction, territories (Puerto Rico) and countries are not PHI; insurer and Medicaid member
// numbers are HEALTH_PLAN; billing and claim numbers are ACCOUNT; NPI, DEA, X-waiver and licence
// numbers are LICENSE; plates are VEHICLE; ankle-monitor, glucometer and wound-vac serials are
// DEVICE; court case, docket, booking, inmate, warrant, incident, referral and authorization
// numbers are ID; short in-house extensions are PHONE; lot and NDC numbers, statute numbers,
// rooms, beds, pods and tiers are not PHI; a year alone, ages of 89 and under, clock times alone
// and weekdays alone are not PHI; typist initials are NAME.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9004 / 0.9431; pass-11 engine (789a1c5) 0.9370 / 0.9381; pass-12 final engine (978114a) 0.9435 / 0.9451;
// pass-13 engine of the day (547d82c) 0.9474 / 0.9460.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 ED provider note, overdose, Baltimore
  `EMERGENCY DEPT PROVIDER NOTE
{{FACILITY:Patterson Park Community Hospital}} - ED
Pt: {{NAME:HOLLOWAY, DANTE R}}   MRN {{MRN:00718842}}   Acct# {{ACCOUNT:4410298817}}
DOS: {{DATE:03/14/2024 02:47}}   Arrival: BCFD Medic 14   Attending: {{NAME:N. Okafor}}, MD

HPI: 41 yo M BIBA after found unresponsive in vestibule of rowhouse at {{ADDRESS:2417 E. Monument St}}. Per medic RR 4, pinpoint pupils, Narcan 4 mg IN x2 w/ response. Pt states he "did a bag" around midnight, thinks it had tranq in it. Lives w/ sister {{NAME:Keisha Holloway}} ({{PHONE:443-555-0117}}) in {{LOCATION:McElderry Park}}. Hx OUD since 2011, prior OTP at {{FACILITY:Eastern Avenue Recovery Services}}, dropped out {{DATE:Nov 2023}}. Hep C Ab+ untreated. Denies SI/HI.

EXAM: GCS 15 at 0410. BP 132/84 HR 96 SpO2 97% RA. Pupils 3mm. Healed track marks bilat AC, no abscess. Lungs CTA.

MDM: opioid OD, reversed. Obs 4h, no renarcotization. Offered bupe induction - COWS 11 at 0615, SL buprenorphine 8 mg, tolerated well. Narcan kit + fentanyl test strips given. Bridge rx to {{FACILITY:Greenmount Apothecary}}. Referred to {{FACILITY:PPCH}} Bridge Clinic, appt {{DATE:Mon 3/18}} 9am w/ peer recovery coach {{NAME:Terrell Gaines}}.

Dispo: home w/ sister.
{{NAME:N. Okafor}}, MD   {{DATE:3/14/24 0702}}`,

  // 2 Psychiatric emergency evaluation, Philadelphia
  `CRISIS RESPONSE CENTER - PSYCHIATRIC EVALUATION
{{FACILITY:Frankford-Torresdale Behavioral Crisis Center}}
Name: {{NAME:Migdalia Cruz Ortiz}}     DOB: {{DATE:7/22/1979}}     MR#: {{MRN:PH-3381920}}
Date of eval: {{DATE:April 2, 2024}}   Legal status: 302 (petitioner: daughter {{NAME:Yaritza Cruz}})
Evaluating psychiatrist: Dr. {{NAME:Hae-won Park}}

CC: "they are putting things in my water"
HPI: 44 yo female brought by police on 302 after daughter called 988 and was transferred to the mobile crisis team. Per daughter (cell {{PHONE:267-555-0163}}) pt stopped Invega Sustenna ~3 mo ago after missing injections at {{FACILITY:Northeast Community Mental Health}}, not sleeping, barricaded door of apt at {{ADDRESS:4812 Torresdale Ave Apt 2F}}, {{LOCATION:Philadelphia}} {{ZIP:19124}}. Born in {{LOCATION:Mayagüez}}, Puerto Rico, moved to mainland 2002. Prior admit {{FACILITY:Wissahickon Ridge Hospital}} {{DATE:2019-06}}.

MSE: disheveled, guarded, pressured speech, Spanish > English. Paranoid re: neighbors. Denies SI; passive HI toward "the man upstairs," no plan. +AH. Insight/judgment poor.
Labs: UDS +THC, BAL 0, TSH 1.8.
Dx: Schizoaffective d/o, bipolar type, acute exacerbation (F25.0).
Plan: extended obs, 303 hearing if not voluntary. Restart paliperidone. Notify TCM case mgr {{NAME:Wanda Feliciano}} ({{EMAIL:wfeliciano@necmh-phila.org}}).`,

  // 3 Methadone OTP intake, Baltimore
  `OPIOID TREATMENT PROGRAM - ADMISSION H&P
{{FACILITY:Fulton Street Treatment Center}}, {{ADDRESS:1120 N. Fulton Ave}}, {{LOCATION:Baltimore}}, MD {{ZIP:21217}}
Client: {{NAME:Oluwaseun Adeyemi}}    Client ID {{MRN:FSTC-20417}}    DOB {{DATE:02/09/1986}}
Admit date: {{DATE:01/08/2024}}   MA#: {{HEALTH_PLAN:71402239815}} (Maryland Medicaid / Priority Partners)

Hx: 37 yo M, born {{LOCATION:Lagos}}, Nigeria, in US since age 14. Began oxycodone after MVC 2015 (L femur ORIF), switched to street fentanyl 2019. Uses 8-10 bags/day IV + intranasal. Last use this AM 0500. 2 ODs (most recent {{DATE:12/2/23}}, reversed by bystander w/ Narcan). No prior MAT. PMP checked {{DATE:1/8/24}} - no controlled rx since {{DATE:August 2022}}.
Works part time at {{FACILITY:Westport Auto Salvage}}. Lives with girlfriend {{NAME:Tamika Boone}} at {{ADDRESS:1933 W. Lafayette Ave}}.

Exam: COWS 14 (yawning, rhinorrhea, gooseflesh, restless). Mild tachycardia 104. No Wernicke signs. Skin: no abscess.
Labs sent: CMP, HCV Ab, HIV 4th gen, RPR, UDS (+fentanyl, +norfentanyl, +xylazine screen).
EKG: QTc 428.

Plan: Methadone 30 mg PO today, may give +10 mg after 2-3h if COWS >8. Titrate per protocol. Counselor assigned: {{NAME:Rhonda Pettiford}}, LCPC. Take-homes: none (phase I).
Medical director: {{NAME:Samuel Asante}}, MD  NPI {{LICENSE:1548826301}}`,

  // 4 Buprenorphine telehealth follow-up, DC
  `TELEHEALTH VISIT (audio/video) - BUPRENORPHINE MAINTENANCE
{{FACILITY:Georgia Avenue Family Clinic}} | Addiction Medicine
Patient: {{NAME:Yonas Tesfay}}   DOB {{DATE:11-30-1991}}   MRN {{MRN:GAFC0091287}}
Visit: {{DATE:Thursday, May 9, 2024}} 14:20   Provider: {{NAME:Grace Mensah-Arthur}}, NP
Patient location: home, {{ADDRESS:3519 13th St NW Apt 404}}, {{LOCATION:Washington}}, DC {{ZIP:20010}} (verified)
Interpreter: Tigrinya, ID #{{ID:4471}} via phone vendor

S: 32 yo M, month 7 on Suboxone 16/4 mg daily. No use since {{DATE:Feb 14}}. Cravings 2/10. Working overnight security at {{FACILITY:Brightwood Storage Co}}. Brother {{NAME:Filmon}} moved in; supportive. Some insomnia. Mood ok. PHQ-9 = 6.
Came from {{LOCATION:Asmara}} 2017 via Ethiopia; asylum case pending.
O: Alert, well-groomed on video. No sedation.
UDS (collected {{DATE:5/6}} at clinic): bup+, norbup+, fentanyl neg.
PDMP: consistent, single prescriber.

A/P: OUD, in sustained early remission on maintenance (F11.21).
- continue buprenorphine-naloxone 8/2 film, 2 daily, #56, 28 days -> {{FACILITY:Petworth Pharmacy}}
- discussed Sublocade, pt wants to think
- sleep hygiene; avoid benzos
- RTC 4 wks, in person. Call line {{PHONE:(202) 555-0148}}
e-signed {{NAME:G. Mensah-Arthur}} NP, DEA {{LICENSE:MM4418207}}`,

  // 5 Shelter nurse note, Newark
  `{{FACILITY:LINCOLN PARK MISSION}} - NURSE'S STATION LOG
date: {{DATE:2/21/24}}   nurse: {{NAME:m. jean-baptiste}} rn

resident: {{NAME:Marlon Thompson}}   bed 38 (upper)   intake # {{ID:LPM-24-0338}}
dob {{DATE:6/5/1958}}   ph none (uses dtr {{NAME:Shanice}} {{PHONE:973-555-0129}})

s/p d/c from {{FACILITY:Branch Brook Hospital}} yesterday after CHF exac. d/c papers say furosemide 40 bid, metoprolol succ 50 daily, lisinopril 10. pt has only the furosemide - other rx never picked up from {{FACILITY:Broad St Drugs}}.
c/o swelling legs, 2+ pitting bilat to mid shin. sob w/ stairs, sleeps sitting up on 2 pillows (shelter only gives 1). wt 211 lb on our scale (d/c wt 204??).
bp 158/96 hr 88 o2 94% ra.
jamaican, came from {{LOCATION:Kingston}} 1989, worked at {{FACILITY:Doremus Ave Logistics}} warehouse til back injury.

plan:
- called {{FACILITY:BBH}} transitions line {{PHONE:973-555-0190}} x2, left vm for {{NAME:Lorna Whitfield}} RN
- escorted pt to pharmacy, rx picked up 1430 (copay waived, NJ FamilyCare)
- f/u apt {{FACILITY:Ironbound Community Health Center}} {{DATE:2/26}} 10:15 w/ Dr {{NAME:Rivera}}
- daily wts at 0700, call 911 if cp/sob at rest
- asked case mgr re: lower bunk / medical respite bed`,

  // 6 Recovery house verification letter
  `{{FACILITY:MOUNT CLARE RECOVERY HOUSE}}
{{ADDRESS:1842 W. Pratt Street}} | {{LOCATION:Baltimore}}, Maryland {{ZIP:21223}}
Phone {{PHONE:410-555-0152}} | Fax {{FAX:410-555-0153}} | {{URL:www.mountclarerecovery.org}}

{{DATE:June 3, 2024}}

To: Agent {{NAME:Derrick Coleman}}
Maryland Division of Parole and Probation, Central Region
RE: {{NAME:Jamal A. Whitaker}}, DOB {{DATE:10/17/1990}}, Case No. {{ID:114-19-008372}}

Dear Agent {{NAME:Coleman}},

This letter confirms that Mr. {{NAME:Whitaker}} has resided at our MARR-certified recovery residence since {{DATE:March 11, 2024}}. He pays weekly program fees, attends house meetings on Sunday evenings, and has attended a minimum of 4 NA meetings per week (sign-in sheets attached). All random urine screens (9 total, most recent {{DATE:5/29/2024}}) have been negative for all substances except prescribed buprenorphine, which he receives through {{FACILITY:Druid Hill Medical Center}} OBOT clinic.

He is employed full time at {{FACILITY:Carroll Park Bakery}} on the early shift and has met all curfew requirements. He is eligible to remain through at least {{DATE:September 2024}}.

Please contact me with questions.

Respectfully,
{{NAME:Vernon Spriggs}}, CPRS
House Manager
{{EMAIL:vspriggs@mountclarerecovery.org}}`,

  // 7 Jail intake screening
  `RECEIVING SCREENING - MEDICAL
{{FACILITY:MADISON STREET DETENTION CENTER}}     BOOKING # {{ID:2024-018833}}
DETAINEE: {{NAME:RAMIREZ, JOSE LUIS}}   SID {{ID:3390147}}   DOB {{DATE:04/23/1983}}
DATE/TIME: {{DATE:01/27/2024 23:15}}    SCREENER: {{NAME:T. BANKS}}, LPN

ARRESTING AGENCY: BPD (Southeast District)   CHARGE: CDS poss, FTA warrant
LANGUAGE: SPANISH - interpreter line ext {{PHONE:2210}}
BORN: {{LOCATION:SAN MIGUEL}}, EL SALVADOR

CURRENT MEDS: "pastilla para el azucar" - metformin 1000 mg BID (per pt, from {{FACILITY:CLINICA SALUD HIGHLANDTOWN}})
ALLERGIES: PCN (rash)
SUBSTANCE: ETOH daily, 8-12 beers. Last drink ~1800 today. Prior DTs? - "no se." Denies opioids.
CIWA-Ar at intake: 9
MENTAL HEALTH: denies SI/HI, no prior hospitalization. No psych meds.
TB SCREEN: no cough, fever, wt loss. PPD placed L forearm, read due {{DATE:1/29}}.
VS: BP 164/98  P 102  T 98.9  FSBS 241

DISPOSITION: housed medical obs, Tier 2 Cell 14 for CIWA q4h x72h. Librium protocol per on-call Dr. {{NAME:Kwabena Ofori}} (called 2330). Metformin continued. Emergency contact: wife {{NAME:Reina Hernández}} {{PHONE:443-555-0186}}, {{ADDRESS:3306 Eastern Ave Apt 1}}.`,

  // 8 Street medicine outreach, xylazine wound, Kensington
  `street med outreach - {{FACILITY:kensington wellness collective}} van
{{DATE:8/14/24}} approx 1030, {{ADDRESS:K&A}} under the el ({{ADDRESS:Kensington Ave & Allegheny}})
team: {{NAME:j. okonkwo}} pa-c, {{NAME:Luz Santiago}} (peer), {{NAME:Bryce Albrecht}} rn

pt goes by "{{NAME:Peanut}}", legal name {{NAME:Christopher Dwayne Marsh}}, dob {{DATE:12/01/1987}} (per state ID, not scanned). no phone - best reached through his mom {{NAME:Doreen Marsh}} {{PHONE:215-555-0138}} in {{LOCATION:Port Richmond}}.

wounds: L forearm dorsal 6x4 cm xylazine-assoc ulcer, eschar ~40%, slough, mod serous drainage, mild odor, no fluctuance, periwound erythema <1 cm. R shin 3x2 cm superficial, granulating. no fever per pt. says he's been using "tranq dope" daily x2 yr, smoking now more than injecting.
tx: NS irrigation, xeroform, ABD, kerlix, coban. gave 3 days of supplies + vaseline gauze. doxy not started (no cellulitis).
hep c - dx'd at {{FACILITY:Lehigh Avenue Health Center}} 2022, never treated.
offered bupe - declined today, "maybe next week."
narcan x2, FTS/xylazine strips given.
plan: recheck Wed at same corner; if worse → {{FACILITY:Schuylkill General}} ED. WEIGHT/photos not taken (declined).`,

  // 9 HIV PrEP clinic visit, DC
  `{{FACILITY:MERIDIAN HILL HEALTH CENTER}} - SEXUAL HEALTH / PrEP VISIT
Patient: {{NAME:Andre Kamara}}          MRN: {{MRN:MHHC-558201}}
DOB: {{DATE:03/03/1999}}                 Visit: {{DATE:10/22/2024}}
Pronouns: he/him                       Insurance: DC Healthy Families, ID {{HEALTH_PLAN:DC0048812274}}
Provider: {{NAME:Soo-jin Choi}}, MD     Navigator: {{NAME:Fatoumata Diallo}}

25 yo cis M, MSM, here for q3mo PrEP f/u on F/TAF (Descovy) daily since {{DATE:Jan 2024}}. Adherence: missed ~2 doses/month. Partners: 3 in past 3 mo, condom use inconsistent. Interested in switching to cabotegravir LA (Apretude) q2mo.
Family: parents from {{LOCATION:Freetown}}, Sierra Leone; lives with roommate in {{LOCATION:Columbia Heights}}. Student at {{FACILITY:Carver Technical Institute}}, HVAC program.

Labs today: HIV Ag/Ab (4th gen) + HIV RNA PCR, RPR, GC/CT NAAT x3 sites, Cr 0.94 (eGFR >90), HBsAg neg.
Prior: RPR NR {{DATE:7/15/24}}.

Plan:
1. If HIV neg, start Apretude 600 mg IM gluteal, 2nd dose in 1 month; PA submitted, ref #{{ID:PA-77310458}}.
2. Doxy-PEP discussed, rx doxycycline 200 mg within 72h of condomless sex, #20.
3. Texted results via portal; backup contact {{EMAIL:akamara.hvac99@gmail.com}}.
4. RTC 1 mo for injection #2.`,

  // 10 Wound care clinic, Philadelphia
  `WOUND CARE CENTER PROGRESS NOTE
{{FACILITY:Schuylkill General Hospital}} Outpatient Wound & Hyperbaric, 3rd fl {{FACILITY:Dorrance Pavilion}}
Patient: {{NAME:Nilsa Santiago-Velez}}   MRN {{MRN:SG04419382}}   DOB {{DATE:9/14/1962}}
Date of service: {{DATE:11/06/2024}}   Referring: Dr. {{NAME:Elliot Brandt}} (podiatry)

61 yo F w/ DM2 (A1c 10.2 on {{DATE:10/1/24}}), PAD, ESRD on HD MWF at {{FACILITY:Fairhill Dialysis}}, here for wk 6 of R plantar 1st MTH ulcer.
Wagner grade 2. Measurements today: 2.1 x 1.8 x 0.4 cm (prev 2.6 x 2.0 x 0.6 on {{DATE:10/30}}). Base 80% beefy red granulation, 20% slough. No probe to bone. Mod serosanguinous exudate. No odor.
ABI R 0.71 / TBI 0.45 (vascular f/u w/ Dr {{NAME:Adaeze Nwosu}} pending).
Offloading: total contact cast not tolerated -> CAM boot, pt admits not wearing at home (rowhouse, {{ADDRESS:3017 N. Lawrence St, 2nd fl}}, lots of stairs).
Procedure: selective sharp debridement (CPT 97597), 2.3 sq cm, curette; hemostasis w/ pressure.
Dressing: collagen + foam, change q3d by home health ({{FACILITY:Keystone Visiting Nurses}}, RN {{NAME:Carmen Aponte}}).
Plan: cont, RTC 1 wk. Notify if fever/redness. Daughter {{NAME:Iris}} {{PHONE:215-555-0177}} to transport.
{{NAME:K. Lee}}, DPM / tr {{NAME:dm}}`,

  // 11 Behavioral health intake form, Newark
  `BEHAVIORAL HEALTH INTAKE ASSESSMENT
{{FACILITY:Clinton Hill Counseling Services}} - Outpatient Mental Health
-----------------------------------------------------------------
CLIENT NAME: {{NAME:Adjoa Boateng-Mensah}}        PREFERRED: "{{NAME:Adjoa}}"
DOB: {{DATE:08/19/1995}}   AGE: 28   SEX: F   LANGUAGE: English, Twi
ADDRESS: {{ADDRESS:412 Clinton Ave, Apt 3C}}, {{LOCATION:Newark}}, NJ {{ZIP:07108}}
PHONE: {{PHONE:(862) 555-0104}}      EMAIL: {{EMAIL:adjoa.bm@outlook.com}}
INSURANCE: NJ FamilyCare / Horizon   MEMBER ID: {{HEALTH_PLAN:NJH447102835}}
EMERGENCY CONTACT: {{NAME:Kofi Mensah}} (husband) {{PHONE:862-555-0105}}
REFERRAL SOURCE: OB, Dr. {{NAME:Akua Darko}}, {{FACILITY:University Heights Women's Health}}
INTAKE DATE: {{DATE:03/05/2024}}   CLINICIAN: {{NAME:Renee Castellanos}}, LCSW
-----------------------------------------------------------------
PRESENTING PROBLEM: 11 wks postpartum (infant born {{DATE:12/18/23}} at {{FACILITY:Branch Brook Hospital}}), low mood, crying daily, poor sleep even when baby sleeps, intrusive thoughts that "something bad will happen to him." Denies thoughts of harming baby or self.
EPDS: 19    PHQ-9: 17    GAD-7: 14    C-SSRS screen: negative
HISTORY: born {{LOCATION:Kumasi}}, Ghana; came to US 2016 on student visa; RN student at {{FACILITY:Passaic Valley Nursing Institute}} (on leave). No prior tx. Mother had "nerves" after births.
SUBSTANCE: none. AUDIT-C 0.
DX: F53.0 Postpartum depression; r/o GAD
PLAN: weekly CBT; refer psychiatry for sertraline eval (compatible w/ breastfeeding); Postpartum Support group Tuesdays.`,

  // 12 ALL CAPS discharge summary, endocarditis
  `DISCHARGE SUMMARY
{{FACILITY:HARBOR EAST MEDICAL CENTER}} - MEDICINE SERVICE, {{FACILITY:WEINSTOCK 6}}
PATIENT: {{NAME:BARNES, TYRELL M}}     MRN: {{MRN:HEM-2209184}}     ACCT: {{ACCOUNT:90022184411}}
ADMIT: {{DATE:09/02/2024}}     DISCHARGE: {{DATE:09/19/2024}}
ATTENDING: {{NAME:ESI ANKRAH}}, MD      PCP: NONE (NEW PT APPT MADE, SEE BELOW)

DIAGNOSES: 1. MSSA TRICUSPID VALVE ENDOCARDITIS WITH SEPTIC PULMONARY EMBOLI  2. OPIOID USE DISORDER, SEVERE  3. CHRONIC HEP C (GENOTYPE 1A)  4. L ANTECUBITAL ABSCESS S/P I&D {{DATE:9/3}}

HOSPITAL COURSE: 34 Y/O M PWID PRESENTED WITH FEVER, RIGORS. BCX 4/4 MSSA. TTE: 1.6 CM TV VEGETATION, MOD-SEVERE TR. DUKE CRITERIA MET. CEFAZOLIN 2 G IV Q8H, BCX CLEARED {{DATE:9/5/24}}. CT SURGERY (DR. {{NAME:MIN-HO KANG}}) - NO SURGERY. ADDICTION CONSULT: STARTED METHADONE, UPTITRATED TO 70 MG. PT DECLINED PICC/OPAT. RECEIVED DALBAVANCIN 1500 MG {{DATE:9/18}} WITH 2ND DOSE DUE {{DATE:9/25/24}} AT INFUSION CENTER.

DISPOSITION: HOME TO GRANDMOTHER {{NAME:GLORIA BARNES}}, {{ADDRESS:2905 ELLIOTT ST}}, {{LOCATION:BALTIMORE}} {{ZIP:21224}}. TEL {{PHONE:410-555-0121}}.
FOLLOW-UP: {{FACILITY:FULTON STREET TREATMENT CENTER}} FOR METHADONE DOSING STARTING {{DATE:9/20}} (LAST HOSPITAL DOSE 70 MG AT 0900 {{DATE:9/19}}); ID CLINIC DR. {{NAME:R. AGYEMAN}} {{DATE:10/1}}; PCP NEW PT VISIT {{FACILITY:PATTERSON PARK FAMILY HEALTH}} {{DATE:10/3}}.

DICTATED BY: {{NAME:E. ANKRAH}}  TRANSCRIBED: {{NAME:LKW}}  {{DATE:09/19/2024 16:40}}`,

  // 13 Pharmacy note, guest dosing
  `OTP PHARMACY NOTE - GUEST DOSING REQUEST
{{FACILITY:Broad Street Opioid Treatment Program}}, {{LOCATION:Newark}} NJ
Pharmacist: {{NAME:Hyun-woo Lim}}, PharmD    Date: {{DATE:07/01/2024}}

Incoming request from: {{FACILITY:Allegheny Avenue Methadone Clinic}} ({{LOCATION:Philadelphia}}), nurse {{NAME:Dolores Quiñones}}, ph {{PHONE:215-555-0166}}, fax {{FAX:215-555-0167}}
Patient: {{NAME:Luis A. Ortiz Rivera}}   home clinic ID {{MRN:AAMC-11873}}   DOB {{DATE:5/30/1977}}
Reason: staying w/ sister {{NAME:Maribel Ortiz}} at {{ADDRESS:87 Ferry St Apt 2}}, {{LOCATION:Ironbound}}, while mother is in hospice.
Guest dates requested: {{DATE:7/3/24}} - {{DATE:7/16/24}} (14 days, incl. holiday {{DATE:7/4}})

Verified:
- current dose methadone 95 mg liquid, stable x 6 mo
- last dose at home clinic {{DATE:7/2}}, no take-homes in possession (pt confirmed, home clinic confirmed)
- no benzodiazepines on PDMP (NJPMP + PA PDMP queried 1105)
- EKG {{DATE:3/2024}} QTc 441
- photo ID verified: PA DL {{LICENSE:31 482 907}}

Plan: approved. 1st guest dose {{DATE:7/3}} window 0630-1100. Holiday {{DATE:7/4}}: clinic open 0700-1000 only, pt informed. Dispensing record faxed back to home clinic nightly. If 3 missed doses -> notify home clinic, hold.
cc: Dr. {{NAME:Ogunleye}} (medical director)`,

  // 14 Social work note, elderly Ethiopian, DC
  `SOCIAL WORK PROGRESS NOTE
{{FACILITY:Anacostia Riverside Hospital}}, 5 West, Rm 512-B
Pt: {{NAME:Almaz Wolde Gebre}}   MRN {{MRN:ARH7720193}}   age {{AGE:91}}   DOB {{DATE:01/01/1933}}
Date: {{DATE:2/12/2025}}   SW: {{NAME:Beza Tadesse}}, LICSW (Amharic-speaking)

Met pt and granddaughter {{NAME:Hiwot Alemu}} ({{PHONE:202-555-0182}}) at bedside re: d/c planning after hip fx s/p ORIF {{DATE:2/8}}. Pt lives alone in 2nd floor unit at {{ADDRESS:1400 Congress St SE, Apt 21}}, {{LOCATION:Congress Heights}}, no elevator. Son {{NAME:Dawit}} lives in {{LOCATION:Addis Ababa}}; daughter {{NAME:Selamawit}} in {{LOCATION:Silver Spring}} works nights. PT recs SNF; family initially wanted home w/ aide. Explained Medicare Part A SNF benefit after 3-midnight inpatient stay (met). Pt's QMB/Medicaid ID {{HEALTH_PLAN:7001946632}} on file.
Family prefers facility near church ({{FACILITY:Kidus Yohannes Ethiopian Orthodox Church}}) and w/ Amharic staff. Referrals sent: {{FACILITY:Fort Stanton Rehab & Nursing}}, {{FACILITY:Riverside Terrace Health Care}}, {{FACILITY:Hillcrest Heights Manor}}.
Advance directive: none; pt says granddaughter decides. MOLST discussed, pt wishes full code for now.
Plan: await bed offers, f/u {{DATE:2/13}}. SW pager {{PHONE:4-7712}}.`,

  // 15 Letter to treatment court, Philadelphia
  `{{FACILITY:LEHIGH AVENUE HEALTH CENTER}}
Behavioral Health & Recovery Services
{{ADDRESS:2830 N. 5th Street}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19133}}  ·  Tel {{PHONE:215-555-0140}}

{{DATE:December 10, 2024}}

Hon. {{NAME:Patricia Oyelaran}}
{{FACILITY:Filbert Street Justice Center}} - Treatment Court, Courtroom 1105
Re: Commonwealth v. {{NAME:Kevin Ocasio}}, {{ID:MC-51-CR-0018842-2024}}
Next listing: {{DATE:12/17/2024}}

Your Honor,

I am writing at the request of Mr. {{NAME:Ocasio}}'s public defender, {{NAME:Alana Whitmore}}, Esq. Mr. {{NAME:Ocasio}} (DOB {{DATE:4/2/1996}}) has been in our intensive outpatient program since {{DATE:October 2, 2024}}. He attends 3 groups/week (Mon, Wed, Fri 10-1) and individual counseling with me on Thursdays. Attendance 22 of 24 sessions; both absences were excused (documented ER visit {{DATE:11/4}} at {{FACILITY:Episcopal Crossing Hospital}}). He receives Sublocade 300 mg monthly, last injection {{DATE:11/26/24}}. Toxicology results have been negative for fentanyl and xylazine since {{DATE:10/20}}.

He is currently staying at {{FACILITY:Second Chance Recovery Home}}, {{ADDRESS:3321 Kensington Ave}}.

Sincerely,
{{NAME:Teresa Lugo-Baptiste}}, MS, CADC
Primary Counselor`,

  // 16 Crisis line call log, Baltimore
  `CRISIS HOTLINE - CALL RECORD
{{FACILITY:Central Maryland Crisis Connect}}       Call ID: {{ID:CMCC-240611-0932}}
Date/time: {{DATE:06/11/2024 22:41}}   Duration: 38 min   Counselor: {{NAME:Imani Brooks}} (#{{ID:2217}})
Caller: self, first name "{{NAME:Chantel}}", later gave full name {{NAME:Chantel Renee Dorsey}}
Callback #: {{PHONE:443-555-0195}}   Location given: {{ADDRESS:1502 Gough St, Apt 4D}} (public housing)

Summary: 29 y/o F calling after argument w/ boyfriend ("{{NAME:Boo}}"/{{NAME:Darnell Fields}}), crying, said "I can't do this anymore." Endorsed SI today, plan to take her mother's pills (amlodipine, gabapentin - "a whole bottle"). No attempt made. Pills in kitchen. 2 children (ages 4, 7) asleep in apt. No weapons. Hx one prior attempt 2019 (OD, {{FACILITY:St. Brendan's}}). Sees therapist at {{FACILITY:Harbor Family Services}} - Ms. {{NAME:Tran}}? (unsure of last name).
Safety planning: agreed to give pills to neighbor Miss {{NAME:Bernice}}, did so while on phone (neighbor got on line, confirmed). Identified reasons for living: kids. Declined mobile crisis team tonight; agreed to follow-up call.
Risk: moderate. No 911 dispatch needed.
F/u: call back {{DATE:6/12}} 10:00 — scheduled; warm handoff email to therapist at {{EMAIL:intake@harborfamilysvcs.org}}.`,

  // 17 Outpatient follow-up after ED, Korean patient
  `PRIMARY CARE - POST-ED FOLLOW UP
{{FACILITY:Greenmount East Family Health}}  |  {{DATE:Tue 04/16/2024}} 10:40
Pt: {{NAME:Kim, Sung-ho}}   DOB {{DATE:1959-03-02}}   MRN {{MRN:GEFH-004471}}
Interpreter: Korean, in person ({{NAME:Eun-ji Yoon}})
Provider: {{NAME:Abena Osei}}, MD

Reason: seen at {{FACILITY:St. Brendan's Hospital}} ED {{DATE:4/12}} for BP 212/118 w/ headache. CT head neg, trop neg x2, Cr 1.3. Given labetalol, d/c'd on amlodipine 10 mg.
Pt is 65 yo M, owns {{FACILITY:Kim's Corner Market}} at {{ADDRESS:3100 Greenmount Ave}}, works 7 days/wk 6a-11p. Ran out of his old BP meds ("from Korea") ~2 mo ago, brother in {{LOCATION:Busan}} used to mail them. Wife {{NAME:Mi-kyung}} helps at store; son {{NAME:Daniel Kim}} (cell {{PHONE:410-555-0175}}) is main contact, lives in {{LOCATION:Ellicott City}}.
Smokes 1 ppd x40 yrs. Soju "a few" nightly. 

BP today 168/96, rpt 162/94. HR 78. BMI 24. Fundi: AV nicking. No edema.
Labs {{DATE:4/12}}: K 3.6, Cr 1.3 (baseline unknown), UA 1+ protein.

A/P:
1. HTN, uncontrolled, hx urgency - cont amlodipine 10, add losartan 25; BMP 2 wk.
2. CKD? - UACR, renal US.
3. Tobacco - counseled, NRT patch 21 mg; Maryland Quitline referral.
4. Uninsured -> referred to navigator {{NAME:Paulette Gray}} for Medicaid/QHP screening.
RTC 2 wks. Home BP cuff given (loaner serial {{DEVICE:OMR-7731904}}).`,

  // 18 Reasonable accommodation letter, public housing, Newark
  `{{FACILITY:IRONBOUND COMMUNITY HEALTH CENTER}}
{{ADDRESS:179 Van Buren Street}}, {{LOCATION:Newark}}, NJ {{ZIP:07105}}
T {{PHONE:973-555-0144}}   F {{FAX:973-555-0145}}

{{DATE:January 22, 2025}}

NHA - Reasonable Accommodation Coordinator
Re: {{NAME:Aminata Sesay}}, Head of Household - Tenant ID {{ID:NHA-0042281}}
Current unit: {{ADDRESS:Building 4, Apt 7E, 50 Kinney Plaza}}

To Whom It May Concern:

Ms. {{NAME:Sesay}} (DOB {{DATE:05/12/1971}}) has been my patient since 2019. She has severe COPD (FEV1 38% predicted on {{DATE:11/2024}} spirometry), requires home oxygen 2 L continuous, and has had two hospitalizations this winter ({{FACILITY:Branch Brook Hospital}}, {{DATE:Dec 3-9}} and {{DATE:Jan 8-12}}). Her 7th-floor unit's elevator has been out of service repeatedly, and she cannot climb stairs. On {{DATE:1/4/25}} she was unable to leave for a pulmonology appointment for this reason.

I request, as a reasonable accommodation under the Fair Housing Act, a transfer to a ground-floor or elevator-reliable unit. Her oxygen supplier is {{FACILITY:Garden State Home Medical}} (acct {{ACCOUNT:GSHM-88210}}).

Please contact me with any questions.

{{NAME:Jorge Mejía-Salazar}}, MD
NJ License {{LICENSE:25MA09981400}}`,

  // 19 Detention sick call
  `SICK CALL ENCOUNTER
{{FACILITY:Half Street Correctional Facility}} - Medical Unit
Resident: {{NAME:JEAN-LOUIS, WOODLY}}   DCDC# {{ID:398-112}}   PDID {{ID:771045}}
DOB: {{DATE:10/08/2001}}    Housing: SW-2, cell 118, lower bunk
Date: {{DATE:08/03/2024}}  Time seen: 0915   Clinician: {{NAME:Marisol Benítez}}, NP
Sick call slip dated {{DATE:8/2}}

S: 22 y/o M w/ asthma since childhood (grew up in {{LOCATION:Port-au-Prince}}, then {{LOCATION:Irvington}} NJ) c/o wheezing x3 days, using albuterol "all day." Says dust from the tier renovation is bad. Night waking 3x/wk. No fever. 2 ED visits last yr before incarceration ({{FACILITY:Branch Brook}}? pt unsure).
KOP inhaler: albuterol HFA, count 112 on {{DATE:7/20}}, today 31.
O: RR 22, SpO2 94% RA, HR 104. Diffuse exp wheeze, no accessory mm use. PEF 280 (pred ~560).
A: Asthma, moderate persistent, poorly controlled / acute exacerbation.
P: Duoneb x1 in clinic -> PEF 360, wheeze improved. Prednisone 40 mg daily x5 (DOT). Start Symbicort 160/4.5 2 puffs BID (formulary exception #{{ID:FE-24-0617}}). Asthma action plan reviewed in Creole w/ officer-free interpreter line. F/u 1 wk; return to sick call sooner PRN. Notified housing Sgt. {{NAME:Pruitt}} re: dust exposure.
Mother {{NAME:Mireille Jean-Louis}} called medical line {{DATE:8/1}} ({{PHONE:973-555-0113}}) asking about him; ROI on file, updated her.`,

  // 20 ED triage, lower-case, Philadelphia
  `triage note {{FACILITY:sgh}} ed  {{DATE:05/20/24}} 1312
pt {{NAME:marvin alvarado portillo}}  dob {{DATE:2/4/88}}  mrn {{MRN:SG05520917}}
arrived via private vehicle, coworker {{NAME:Wilmer}} drove him. spanish only - used video interp (#{{ID:21894}}).
cc: fall from ladder ~8 ft at job site (rowhome rehab, {{ADDRESS:2200 blk S. Bonsall St}}, {{LOCATION:Point Breeze}}). landed on R side. no loc per coworker. c/o R wrist pain, R ribs. ambulating.
employer: {{FACILITY:JR Remodeling & Paint}} - boss {{NAME:Rafael Jovel}} {{PHONE:267-555-0108}}. pt worried about paying / immigration, told him we dont ask.
vs: bp 148/90 hr 110 rr 20 spo2 98 t 37.1 pain 8/10
R wrist deformity, snuffbox ttp, cap refill <2. R lat chest ttp, no crepitus, lung sounds = bilat.
gcs 15. no c-spine ttp (nexus neg).
allergies nkda. meds none. pmh none. last tetanus unk.
esi 3. to fast track bed 14 -> changed to main ed rm 22 (rib fx concern).
splint applied, ice, xr ordered per protocol. tdap given L deltoid, lot U7712AA.
tylenol 1 g po.
wife {{NAME:Yesenia}} called {{PHONE:267-555-0109}}, updated.
- {{NAME:k. mcbride}} rn`,

  // 21 Vivitrol injection, re-entry
  `RE-ENTRY MAT NURSING NOTE
{{FACILITY:Kenilworth Avenue Detention Center}} / Community Re-entry Clinic at {{FACILITY:Towson Health Annex}}
Client: {{NAME:Ryan P. Kowalczyk}}    DOB {{DATE:07/27/1993}}    ID# {{ID:KADC-441908}}
Release date: {{DATE:11/15/2024}}    Injection date: {{DATE:11/14/2024}} 1420

Pt is 31 yo M, OUD (heroin/fentanyl), abstinent since arrest {{DATE:8/30/24}}. Completed naloxone challenge neg {{DATE:11/12}}. LFTs {{DATE:11/7}}: AST 42, ALT 51 (mild, ok per Dr. {{NAME:Ifeoma Chukwu}}).
Given naltrexone ER (Vivitrol) 380 mg IM R upper outer gluteal, lot 24-118, exp 03/26. Site clean, no immediate rxn. Observed 15 min.
Education: blocked opioid effect, OD risk if he tries to override or after missed dose, naloxone kit given. Wallet card given.
Release plan: to mother's home {{ADDRESS:7818 Wise Ave}}, {{LOCATION:Dundalk}} {{ZIP:21222}}. Mother {{NAME:Dorota Kowalczyk}} {{PHONE:410-555-0130}}.
Next injection due {{DATE:12/12/24}} at {{FACILITY:Dundalk Outpatient Recovery}} (appt w/ {{NAME:Nicole Fenwick}}, CRNP, 10:30). Medicaid reactivated, MA# {{HEALTH_PLAN:55120984411}}.
Parole agent: {{NAME:Keith Yarborough}}, ph {{PHONE:410-555-0131}} (pt signed 42 CFR Part 2 consent for limited disclosure).
{{NAME:S. Abubakar}}, RN`,

  // 22 Telephone encounter, insulin
  `TELEPHONE ENCOUNTER
{{FACILITY:Fairhill Family Practice}}     {{DATE:Fri 01/10/2025}} 3:52 PM
Caller: {{NAME:Carmen Rosado}} (daughter of pt) ph {{PHONE:(267) 555-0121}}
Patient: {{NAME:Ana Luisa Rosado}}, DOB {{DATE:3/16/1950}}, MRN {{MRN:FFP-091446}}
Taken by: {{NAME:Gladys Nieves}}, MA

Daughter states mom's Lantus was denied at pharmacy ({{FACILITY:Farmacia Borinquen}}, {{ADDRESS:5th & Lehigh}}, ph {{PHONE:215-555-0199}}) - "they said insurance wants a different one." Mom has 2 days left. Sugars running 180s-250s fasting. No lows. Mom is at home, {{ADDRESS:2941 N. Reese St}}, feeling ok, "just tired."
Plan ins: Keystone First, member {{HEALTH_PLAN:KF100892214}}.

-> routed to Dr. {{NAME:Nestor Figueroa}}

Addendum {{DATE:1/10/25}} 4:30p - Dr. {{NAME:Figueroa}}: formulary change to Basaglar (glargine). Sent Basaglar KwikPen 100 u/mL, 26 u qHS (same dose), pen needles 32G. Called pharmacy, spoke w/ {{NAME:Ramón}}, will fill tonight. Daughter notified at 4:41p, verbalized understanding. Reminded mom has A1c due, appt {{DATE:1/28}}.
Addendum {{DATE:1/13/25}} - {{NAME:G. Nieves}}: daughter confirms pen picked up.`,

  // 23 Inpatient psychiatry discharge summary, DC
  `INPATIENT PSYCHIATRY - DISCHARGE SUMMARY
{{FACILITY:Anacostia Riverside Hospital}} Behavioral Health Unit ({{FACILITY:Douglass 3}})
Patient: {{NAME:Senait Gebremedhin}}? -> corrected: {{NAME:Robel Gebremedhin}}  (sister's name was on old face sheet)
MRN: {{MRN:ARH7731560}}   DOB: {{DATE:June 9, 2004}}
Admitted: {{DATE:07/28/2024}} on FD-12 (emergency hospitalization)   Discharged: {{DATE:08/12/2024}}
Attending: Dr. {{NAME:Tsegaye Worku}}   Resident: Dr. {{NAME:Lauren Schaefer}}

HISTORY: 20 yo M, arrived from {{LOCATION:Asmara}} via Sudan/Egypt 2021, lives with older sister {{NAME:Senait}} in {{LOCATION:Takoma}}. Brought by MPD after standing in traffic on {{ADDRESS:Georgia Ave}} shouting he was "being recorded by the satellites." First episode. No substance use except khat in Eritrea years ago; UDS neg. MRI brain neg, RPR NR, HIV neg, TSH nl.

COURSE: Started risperidone, titrated to 3 mg qHS. Improved sleep by day 4, AH decreased. Family meeting {{DATE:8/6}} w/ sister and uncle {{NAME:Kidane Habte}} via Tigrinya interpreter. Mild akathisia, propranolol 10 bid added. Converted to voluntary {{DATE:8/2}}.

DISCHARGE DX: Unspecified schizophrenia spectrum d/o (F29), r/o schizophreniform.
MEDS: risperidone 3 mg qHS, propranolol 10 mg BID.
FOLLOW-UP: First Episode Psychosis program at {{FACILITY:Rhode Island Avenue Wellness}} - intake {{DATE:8/15/24}} 1pm, coordinator {{NAME:Abdi Warsame}} {{PHONE:202-555-0156}}. Sister's cell {{PHONE:202-555-0157}}.`,

  // 24 ED note, assault, Newark
  `ED PHYSICIAN NOTE — {{FACILITY:Newark Ironbound Medical Center}}
Name: {{NAME:Mamadou Bah}}   MRN {{MRN:NIMC-3390715}}   DOB {{DATE:4/4/1984}}   Arrival {{DATE:12/31/2024 23:58}}
Interpreter: Pular unavailable -> French (pt fluent), via iPad.

HPI: 40M from {{LOCATION:Conakry}}, Guinea, delivery driver ({{FACILITY:QuickBite Couriers}}), states was punched and kicked by 2 men who took his e-bike and phone near {{ADDRESS:Ferry St & Wilson Ave}} ~2330. +brief LOC? "I don't know." Pain L face, L ribs. No AC.
Police on scene, officer {{NAME:D. Pacheco}} badge {{ID:4412}}, incident # {{ID:24-NW-118372}}.

Exam: GCS 14 -> 15 at 0045. L periorbital swelling/ecchymosis, step-off L inferior orbital rim, no entrapment, EOMI, VA 20/30 OS. L lat ribs ttp. FAST neg.
CT head: neg. CT maxillofacial: L orbital floor fx (blowout), minimally displaced, L zygomatic arch fx. CXR: L 7th rib fx, no ptx.

Plan: ENT/OMFS (Dr. {{NAME:Chang-min Seo}}) consulted - outpt f/u in 1 wk, sinus precautions, no nose blowing. Augmentin x7d. Ophtho exam nl. Pain control, incentive spirometer.
SANE/forensic: n/a. Victim advocate contact given.
Dispo: d/c to cousin {{NAME:Ibrahima Barry}} ({{PHONE:862-555-0161}}), {{ADDRESS:61 Chestnut St, 3rd floor}}.
{{NAME:Priya Raman}}, MD  {{DATE:01/01/2025 03:10}}`,

  // 25 Medical respite discharge, DC
  `MEDICAL RESPITE PROGRAM — DISCHARGE NOTE
{{FACILITY:Benning Road Medical Respite}} (operated w/ {{FACILITY:Unity Street Health}})
Guest: {{NAME:Walter "Skip" Benton}}    DOB {{DATE:02/28/1961}}    Respite ID {{ID:BRR-0719}}
Admit to respite: {{DATE:10/03/24}}   D/C: {{DATE:11/21/24}}   LOS 49 days
Nurse case mgr: {{NAME:Tigist Bekele}}, RN  ext {{PHONE:3318}}

Referred from {{FACILITY:Capital Crossing Hospital}} after R BKA revision ({{DATE:9/24}}) - homeless x6 yrs, previously sleeping at {{FACILITY:New Hope Men's Shelter}} and under the {{ADDRESS:K St underpass}}.
Course: stump healed, staples out {{DATE:10/10}}. Prosthetic fitting at {{FACILITY:Capitol Prosthetics & Orthotics}} {{DATE:11/7}}. A1c 9.4 -> 7.8. Started on Ozempic 0.5 mg weekly. Quit crack cocaine, 6 wks neg UDS. Reconnected w/ daughter {{NAME:Renita Benton-Hayes}} in {{LOCATION:Capitol Heights}}, MD.
Housing: matched via coordinated entry to PSH unit at {{ADDRESS:4120 Minnesota Ave NE, Unit 210}}, {{LOCATION:Washington}} DC {{ZIP:20019}}. Move-in today; case mgmt by {{FACILITY:Pathways to Home DC}} (worker {{NAME:Luis Carranza}}, {{EMAIL:lcarranza@pathwaystohomedc.org}}).
Meds: 30-day supply + blister pack from {{FACILITY:Minnesota Ave Pharmacy}}. Wheelchair serial {{DEVICE:WC-KZ44190}} goes with pt.
PCP: Dr. {{NAME:Nnamdi Eze}} {{DATE:12/2}}.`,

  // 26 Syringe services van encounter, Baltimore
  `SSP MOBILE UNIT — PARTICIPANT ENCOUNTER
Van 2 | {{DATE:Wed 9/25/24}} | stop: {{ADDRESS:Pennsylvania Ave & North Ave}} | staff: {{NAME:Tasha Mayfield}}, {{NAME:Quentin Ruffin}}
Participant code: {{ID:DEGR0368}} (mother's first 2 + last 2 of first name + birth month/yr) — name given voluntarily: {{NAME:Derek Graham}}
DOB {{DATE:03/1968}}? says "{{DATE:March '68}}"

Supplies: 60 x 1cc 28G, 10 cookers, 20 cottons, 10 alcohol pads, tourniquets x2, 4 fentanyl strips, 4 xylazine strips, naloxone 4 mg x2 (reports 1 reversal of friend last wk at the laundromat on {{ADDRESS:Presstman}}).
Returned sharps: ~45.
Health: small abscess R forearm, red, warm, ~2 cm, no fluctuance → referred to wound clinic at {{FACILITY:Druid Hill Medical Center}} same day (walk-in hrs 1-4). Given Sharpie-marked border, warm compress instructions.
HIV/HCV rapid: HIV neg, HCV Ab reactive → RNA referral; last tested {{DATE:Jan 2023}}.
Interested in bupe: yes, warm handoff by phone to {{FACILITY:North Ave Bridge Program}}, nurse {{NAME:Alicia Stokes}} {{PHONE:410-555-0114}}, appt {{DATE:Thurs 9/26}} 9:00.
Notes: pt staying w/ cousin on {{ADDRESS:Presstman St}}, no fixed address. Phone: {{PHONE:443-555-0172}} (texts ok).`,

  // 27 HIV new diagnosis linkage, Philadelphia
  `HIV CARE LINKAGE — INITIAL VISIT
{{FACILITY:Spring Garden Immunology Clinic}}
Pt: {{NAME:Kerry-Ann Joseph}}    DOB {{DATE:12.11.1987}}    MRN {{MRN:SGIC-70082}}
Visit {{DATE:Jan 6 2025}}. Linked by DIS worker (health dept) — pt dx'd HIV+ on {{DATE:12/30/24}} on routine screen at {{FACILITY:CityMed Urgent Care Chelten Ave}}.
Provider: {{NAME:Oyinkansola Bello}}, MD   Linkage coord: {{NAME:Marcus Pryor}}

37 y/o F, originally from {{LOCATION:San Fernando}}, Trinidad; in {{LOCATION:Philadelphia}} since 2010, works as CNA at {{FACILITY:Wister Hall Nursing Home}}. 1 male partner x 4 yrs (aware, testing this wk). No IDU. G2P2, LMP {{DATE:12/20}}, urine hCG neg.
Labs: CD4 412 (24%), VL 38,200 copies/mL, genotype sent. HBV: sAb+, core neg (vaccinated). HCV neg. RPR NR. Quant TB pending. Cr 0.7.
Started same-day ART: Biktarvy 1 tab daily. Given 30-day bottle from clinic 340B pharmacy.
Ryan White eligibility: enrolled, ID {{ID:RW-PA-5517093}}. Insurance: employer plan (Aetna) {{HEALTH_PLAN:W229481130}}.
Disclosure concerns: does not want employer or church ({{FACILITY:Mt. Zion Caribbean SDA}}) to know. Safe #: cell {{PHONE:215-555-0147}} only, no voicemail details.
RTC 2 wks (VL, side effects).`,

  // 28 Fax cover + update to probation officer, Newark
  `*** CONFIDENTIAL FAX — 42 CFR PART 2 PROTECTED ***
FROM: {{FACILITY:Broad Street Opioid Treatment Program}}      FAX {{FAX:(973) 555-0126}}   PHONE {{PHONE:(973) 555-0125}}
TO: PO {{NAME:Lakeisha Vaughn}}, Adult Probation           FAX {{FAX:(973) 555-0188}}
DATE: {{DATE:04/29/2024}}     PAGES: 3 (incl. cover)
RE: {{NAME:Rivera, Edwin}}     DOB {{DATE:09/09/1980}}    Probation # {{ID:ESX-PB-22-04471}}
Consent on file signed {{DATE:2/14/24}}, expires {{DATE:2/14/25}}; scope: attendance, tox results, compliance only.

Ms. {{NAME:Vaughn}} —
Per your request of {{DATE:4/24}}: Mr. {{NAME:Rivera}} has dosed daily ({{DATE:4/1}}–{{DATE:4/28}}) with 1 missed day ({{DATE:Sat 4/13}} — reported car trouble). Current methadone 110 mg. Urine tox {{DATE:4/3}}, {{DATE:4/17}}: methadone+, all else neg. {{DATE:4/24}}: methadone+, cocaine+ (discussed w/ pt, increased counseling to 2x/wk). He has a court date {{DATE:May 14}} at {{FACILITY:Market Street Courthouse}}; he asked me to note he is employed at {{FACILITY:Mulberry Street Car Wash}}.

If questions, call counselor {{NAME:Hector Irizarry}} ext {{PHONE:207}} or email {{EMAIL:hirizarry@broadstotp.org}}.

This information has been disclosed to you from records protected by federal confidentiality rules (42 CFR part 2). Federal rules prohibit any further disclosure...`,

  // 29 Psych ED, emergency petition, lower case
  `psych ed note {{FACILITY:druid hill mc}} cpep   {{DATE:10/05/24}} 0215
pt: {{NAME:lamont ellis jr}}   mrn {{MRN:DHMC-1127704}}   dob {{DATE:8/30/1997}}
ep (emergency petition) filed by bpd officer {{NAME:s. garrity}} #{{ID:3318}} after 911 call from grandmother {{NAME:ruth ellis}} ({{PHONE:410-555-0127}}) — pt breaking windows at her rowhouse {{ADDRESS:1617 n. bethel st}}, threatening to "burn it down."
27 yo m, hx bipolar i (dx at {{FACILITY:sheppard ridge}} 2018), 4 prior admits, last {{DATE:may 2024}}. off depakote since ~{{DATE:july 2024}}. +etoh, +k2 per gm. no guns in home per gm.
on arrival: pacing, yelling, grandiose ("i own the ravens"), pressured speech, flight of ideas, not redirectable. no si. hi vague re: gm's boyfriend.
given haldol 5 / ativan 2 / benadryl 50 im at 0140 (b52) → calmer by 0200. no restraints.
labs: etoh 0.09, uds +thc, +synth cannabinoid screen neg (doesnt detect most), cbc/cmp nl, valproate <10.
eval by dr {{NAME:folasade adebayo}}: meets ep criteria (mental d/o, danger to others, refuses vol). hearing at {{FACILITY:dhmc}} within 10 days.
bed search: {{FACILITY:harborview psych}} no beds, {{FACILITY:patapsco state hosp}}? not acute. holding in cpep bay 6.
pt's pcp: none. medicaid {{HEALTH_PLAN:71388410294}}.
-{{NAME:jh}}/{{NAME:fa}}`,

  // 30 OTP counselor progress note, ASAM
  `COUNSELING PROGRESS NOTE — {{FACILITY:Allegheny Avenue Methadone Clinic}}
Client: {{NAME:Gregory "Greg" Szymanski}}    Client # {{MRN:AAMC-10394}}    DOB {{DATE:1/19/1975}}
Session: {{DATE:3/8/2024}}, individual, 45 min (90834)    Counselor: {{NAME:Yolanda Harmon}}, LPC, CAADC

Dose: 140 mg (split 80/60 per Dr. {{NAME:Quiñones-Baker}}), phase III, 4 take-homes/wk.
ASAM dimensions:
D1 Withdrawal: none reported; mild AM sweats.
D2 Biomedical: HCV cured 2022 (SVR12); cellulitis L hand {{DATE:2/11/24}} treated at {{FACILITY:Frankford Campus ED}}.
D3 Emotional/Behavioral: grieving - partner {{NAME:Debbie Kline}} died of OD {{DATE:01/27/24}}, funeral at {{FACILITY:Kensington Ave Baptist Church}}. Sleep poor. PHQ-9 14. Denies SI. Referred to grief group (Tuesdays) + psych NP {{NAME:Henry Ahn}}.
D4 Readiness: maintenance, motivated - "I'm not going back out for her."
D5 Relapse potential: high risk period; cocaine + on tox {{DATE:2/22}}. Discussed CM (contingency mgmt) voucher program.
D6 Recovery environment: lives alone now at {{ADDRESS:2742 E. Somerset St, rear apt}}, {{LOCATION:Harrowgate}}. Landlord {{NAME:Tuan Vu}} threatening eviction (rent was in her name).
Plan: legal aid referral ({{FACILITY:Kensington Tenant Law Project}}), weekly session, reassess take-homes at next team mtg.
{{NAME:Y. Harmon}}`,

  // 31 Jail release continuity-of-care summary
  `CONTINUITY OF CARE SUMMARY — RELEASE
{{FACILITY:State Road Correctional Annex}} — Health Services Unit
Inmate: {{NAME:OKAFOR, CHINEDU E}}   PP# {{ID:1198342}}   DOB {{DATE:11/02/1989}}
Release: {{DATE:03/29/2025}} (bail posted)     Prepared by: {{NAME:Joy Amadi-Ross}}, RN, discharge planner

PROBLEMS: HIV (on ART, VL <20 {{DATE:2/12/25}}, CD4 588); latent TB s/p 3HP completed {{DATE:1/2025}}; hypertension; hx PTSD.
MEDICATIONS AT RELEASE (7-day supply handed to pt, signed):
- Biktarvy 1 tab daily
- amlodipine 5 mg daily
- prazosin 2 mg qHS
Community HIV provider: {{FACILITY:Spring Garden Immunology Clinic}}, Dr. {{NAME:Oyinkansola Bello}}; appt {{DATE:4/2/2025}} 11:00 — confirmed by phone w/ {{NAME:Marcus Pryor}} {{PHONE:215-555-0149}}.
Pharmacy: {{FACILITY:Spring Garden Clinic Pharmacy}} (340B), remaining refills sent.
Medicaid: PA MA reinstated, ID {{HEALTH_PLAN:0029417733}}.
Address on release: {{ADDRESS:5531 Chestnut St, Apt B}}, {{LOCATION:West Philadelphia}} {{ZIP:19139}} (brother {{NAME:Emeka Okafor}}, {{PHONE:267-555-0133}}).
Ankle monitor: pretrial GPS unit {{DEVICE:SCR-4T-0071145}}, supervising officer Ms. {{NAME:Delgado}}? (per pt).
Next court date: {{DATE:April 21, 2025}}, docket {{ID:CP-51-CR-0003318-2025}}.`,

  // 32 Shelter foot clinic, DC
  `FOOT CARE CLINIC @ {{FACILITY:NEW HOPE MEN'S SHELTER}}, 2nd floor
Volunteer podiatry night — {{DATE:Tuesday, February 4, 2025}}
Clinician: {{NAME:Rachel Goldfarb}}, DPM; student {{NAME:Kwasi Ampofo}} (MS3, {{FACILITY:Potomac College of Podiatric Medicine}})
Guest: {{NAME:Ernesto Flores Chicas}}    Shelter ID {{ID:NHM-11602}}    DOB {{DATE:8/8/1966}}

58 yo, from {{LOCATION:Usulután}}, El Salvador, day laborer, sleeps at shelter since {{DATE:Nov 2024}}; before that in car (plate MD {{VEHICLE:3FX8821}}, now towed).
c/o both feet burning, cracking, "pies mojados" — walks ~8 mi/day looking for work, same socks x1 wk.
Exam: bilateral interdigital maceration 3-4, 4-5 w/ white fissuring, plantar moccasin scaling. Onychomycosis 1st toes. Monofilament intact 10/10 bilat. DP/PT 2+. No ulcers. Mild trench foot changes? — no, sensation + cap refill ok.
Dx: tinea pedis, maceration.
Tx: soak/dry, clotrimazole cream BID x4 wk (donated), 6 pairs wool socks, foot powder. Debrided nails 1-5 bilat.
Referred: {{FACILITY:La Clínica de Columbia Road}} for DM screen (A1c), appt via navigator {{NAME:Yesica Ventura}} {{PHONE:202-555-0135}}.
Return next Tues.`,

  // 33 Pediatric ED discharge instructions, bilingual, DC
  `{{FACILITY:CAPITAL CROSSING HOSPITAL}} — PEDIATRIC EMERGENCY
DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA
Patient / Paciente: {{NAME:Kevin Josué Hernández Ayala}}        DOB: {{DATE:05/02/2018}}
MRN: {{MRN:CCH-P-0448120}}        Visit: {{DATE:11/03/2024 19:05}} – {{DATE:11/04/2024 01:30}}
Parent / Padre-Madre: {{NAME:Glenda Ayala}}     Tel: {{PHONE:202-555-0103}}

Diagnosis / Diagnóstico: Asthma attack (moderate) / Ataque de asma (moderado)
Your child received / Su hijo recibió: albuterol x3, ipratropium, dexamethasone 0.6 mg/kg (16 mg) by mouth.

Medicines / Medicinas:
• Albuterol inhaler with spacer: 4 puffs every 4 hours for 2 days, then as needed.
• No more dexamethasone needed (1 dose only) / No necesita más dexametasona.
School note given for {{FACILITY:Lamont Street Elementary}} — may return {{DATE:11/5}}.

Follow up / Cita: Dr. {{NAME:Yessenia Romero}}, {{FACILITY:Centro Familiar Mount Pleasant}}, {{ADDRESS:3160 16th St NW}}, in 2-3 days. Call {{PHONE:202-555-0170}}.

Return right away if / Regrese de inmediato si: hard breathing, lips blue, can't talk in sentences, needs albuterol more than every 4 hours.

Home: {{ADDRESS:1435 Park Rd NW #3}} — smoke exposure: father smokes outside only.
RN: {{NAME:Obiageli Nwachukwu}}   MD: {{NAME:S. Farooqui}}`,

  // 34 Pharmacist med rec, elderly, Baltimore
  `CLINICAL PHARMACY — ADMISSION MEDICATION RECONCILIATION
{{FACILITY:St. Brendan's Hospital}}, {{FACILITY:McAuley 4}}, bed 17
Patient: Mme. {{NAME:Célestine Pierre-Louis}} (listed as {{NAME:PIERRE-LOUIS, CELESTINE}})    Age: {{AGE:93}}    MRN {{MRN:SBH-00394471}}
Date: {{DATE:7/17/2024}}     Pharmacist: {{NAME:Jae-hyun Cho}}, PharmD, BCPS

Sources: pt (Haitian Creole, limited), granddaughter {{NAME:Nadège Etienne}} (brought bag of bottles), fill history from {{FACILITY:Belair Road Pharmacy}} ({{PHONE:410-555-0193}}), PCP list from {{FACILITY:Hamilton Senior Clinic}} dated {{DATE:5/2024}}.

| Med | Bag | Fill hx | PCP list | Action |
| donepezil 10 mg qHS | yes | {{DATE:6/30}} | yes | continue |
| metoprolol tart 25 BID | yes | {{DATE:6/12}} | succ 50 daily | clarify → PCP intended succ |
| furosemide 20 daily | yes | {{DATE:7/1}} | yes | HOLD (Na 129) |
| glyburide 5 BID | yes | {{DATE:4/18}}! | no (stopped 2023?) | STOP — Beers, hypoglycemia on adm (BG 41) |
| "tizane" (herbal tea, moringa) | — | — | — | documented |
| omeprazole 20 | yes | yes | yes | continue |

Key issue: glyburide from old bottle (prescriber Dr. {{NAME:Lucien Baptiste}}, retired) likely cause of hypoglycemia. Bottles removed w/ family consent.
Recs paged to Dr. {{NAME:Amara Conteh}} (hospitalist) pgr {{PHONE:6-2281}}.`,

  // 35 Withdrawal management admission, Newark
  `WITHDRAWAL MANAGEMENT (ASAM 3.7-WM) ADMISSION NOTE
{{FACILITY:North Ward Detox & Recovery Center}}, {{ADDRESS:210 Bloomfield Ave}}, {{LOCATION:Newark}}
Pt: {{NAME:Héctor Luis Vázquez}}   DOB {{DATE:01-22-1972}}   Chart # {{MRN:NWD-8842}}
Adm: {{DATE:09/14/2024 16:20}}     Referred by: {{FACILITY:Newark Ironbound Medical Center}} ED (Dr. {{NAME:Priya Raman}})

52 yo M, born {{LOCATION:Ponce}}, PR; lives w/ wife {{NAME:Awilda}} at {{ADDRESS:77 Parker St, 2nd fl}}, {{LOCATION:Newark}} {{ZIP:07104}}; wife ph {{PHONE:973-555-0159}}. Drinks 1 pint vodka + 6-pack daily x10 yrs. Last drink 0900 today. Hx withdrawal seizure 2019, no DTs. No benzos/opioids. Smokes.
Prior detox: {{FACILITY:Sussex Ave Treatment House}} {{DATE:March 2023}} — left AMA day 2.
PMH: HTN, GERD, ?cirrhosis (US {{DATE:8/2024}}: coarse echotexture, no ascites). Plt 98. INR 1.2. AST/ALT 112/58. Mg 1.4.
Exam: tremor, diaphoresis, HR 112, BP 168/102, T 37.6. Oriented x3. No nystagmus/ataxia (Wernicke screen neg). No asterixis.
CIWA-Ar 17.
Orders: phenobarbital load per protocol (d/w MD, seizure hx) → then symptom-triggered; thiamine 500 mg IV TID x3d then 100 PO; folate; MVI; Mg repletion. Fall precautions. Seizure pads. Room 6, bed A.
Employer ({{FACILITY:Ironbound Seafood Distributors}}) FMLA form — pt to bring.
MD: {{NAME:Adewale Ogundipe}}, MD      RN: {{NAME:Kristen Bui}}, RN`,

  // 36 PrEP nurse note, lower case, Baltimore
  `prep nurse visit — {{FACILITY:charles village sexual health clinic}} — {{DATE:6/18/24}}
pt ms. {{NAME:jade holloway}}? pt corrected, legal name on insurance {{NAME:jerome holloway}}, goes by {{NAME:jade}} (she/her) — chart updated, pref name flag on.
mrn {{MRN:CVSH-30119}}, dob {{DATE:11/11/2000}}, medicaid mco {{HEALTH_PLAN:71502283390}}
23 yo trans woman, on estradiol valerate 20 mg im q2wk (via dr {{NAME:okwuosa}} at {{FACILITY:gender wellness baltimore}}), here for prep start.
sex work hx, 5+ partners/mo, condoms "most of the time". no idu. last hiv test neg {{DATE:3/2024}} at ssp van.
labs today: hiv ag/ab, rna, rpr, gc/ct pharynx/rectal/urine, hbv panel, cr 1.02 (egfr 101).
rapid hiv neg 1012.
plan per standing order / np {{NAME:h. fontaine}}: truvada (ftc/tdf) 200/300 daily #30, 2 refills → pt prefers {{FACILITY:charles st pharmacy}}.
counseled: 7 days to protection for receptive anal, 21 days vaginal/neovag n/a. bone/kidney sx. no interactions w/ estradiol (reassured).
safety: partner violence screen + (ex, {{NAME:tre}}, not in home). gave {{FACILITY:harbor house dv line}} card.
contact: text only {{PHONE:443-555-0198}}. rtc 1 mo.
— {{NAME:b. nakamura}} rn`,

  // 37 Methadone travel / medication letter, DC
  `{{FACILITY:Capitol Recovery Services}} — Opioid Treatment Program
{{ADDRESS:1900 Rhode Island Ave NE, Suite 200}}, {{LOCATION:Washington}}, DC {{ZIP:20018}}
Tel {{PHONE:202-555-0112}}  ·  Fax {{FAX:202-555-0111}}

{{DATE:August 19, 2024}}

TO WHOM IT MAY CONCERN / Customs and airport security

This is to certify that Mr. {{NAME:Abebe Girma Tessema}}, date of birth {{DATE:14 March 1979}}, passport no. {{ID:EP4410982}}, is a patient of our program and is prescribed methadone hydrochloride oral solution 10 mg/mL for the treatment of a medical condition. His daily dose is 65 mg.

Because he is traveling to {{LOCATION:Addis Ababa}}, Ethiopia, to attend to his father's funeral, he has been approved for an exceptional take-home supply covering {{DATE:08/22/2024}} through {{DATE:09/04/2024}} (14 doses, 910 mg total), dispensed in labeled, child-resistant bottles, Rx #{{ID:CRS-2408-5513}}. The Ethiopian embassy was contacted regarding import rules.

He will resume daily dosing at our clinic on {{DATE:September 5, 2024}}. In an emergency abroad, physicians may contact our 24-hour line at {{PHONE:202-555-0119}} or the undersigned at {{EMAIL:mtesfaye@capitolrecovery.org}}.

{{NAME:Meron Tesfaye}}, MD
Medical Director, DEA {{LICENSE:BT5519023}}
Program counselor: {{NAME:Kibret Alemayehu}}`,

  // 38 Admission H&P, xylazine wound, Philadelphia
  `ADMISSION H&P — MEDICINE, {{FACILITY:Schuylkill General Hospital}}
Pt: {{NAME:Jessenia Rodríguez Colón}}   MRN {{MRN:SG05591204}}   DOB {{DATE:10/31/1990}}   Adm {{DATE:2/27/2025 03:15}}
Admitting: {{NAME:Tomasz Nowicki}}, MD (nights)   Team: Med B / {{NAME:Ayodele Fashola}} attending

CC: "my leg smells and I can't walk on it"
HPI: 34 yo F w/ OUD (fentanyl/xylazine, IV + smoked), homeless in {{LOCATION:Kensington}} (sleeps near {{ADDRESS:Somerset station}}), known to the outreach van, p/w 4 wk enlarging L lower leg wounds, now circumferential, exposed tendon per ED. Fever 38.9 in ED. Last use 2200.
PMH: HCV (untreated), 2 prior admits for wounds ({{DATE:Aug 2024}}, {{DATE:Nov 2024}}), left AMA both. G3P2, kids w/ her aunt {{NAME:Lourdes Colón}} in {{LOCATION:Reading}}.
Exam: T 38.4, HR 118, BP 102/64. L leg: circumferential ulceration knee to ankle, necrotic tissue, exposed anterior tibialis tendon, purulent drainage, foul. Pulses dopplerable.
Labs: WBC 19.8, Hgb 7.9, lactate 2.8, CRP 212. BCx pending. XR: periosteal reaction distal tibia.
A/P: sepsis from L leg wound infxn, ?osteo. Vanc + pip-tazo. MRI. Ortho/plastics consult. Wound RN. Addiction consult AM: start methadone 30 + short-acting oxy for w/d (per our protocol); ketamine for dressing changes prn. Dexmedetomidine only if xylazine w/d. Discussed AMA risk openly. Peer {{NAME:Jimmy Haddad}}.
Contact: aunt {{PHONE:610-555-0124}}.`,

  // 39 Discharge summary, sickle cell, Newark
  `Discharge Summary
{{FACILITY:Branch Brook Hospital}} — Hematology/Medicine, {{FACILITY:Kessler 5}}
Name: {{NAME:Chukwuemeka "Emeka" Nwosu}}        MRN: {{MRN:BBH-7719302}}        DOB: {{DATE:3/21/1998}}
Admission: {{DATE:Sunday 6/9/2024}}        Discharge: {{DATE:Friday 6/14/2024}}
Attending: Dr. {{NAME:Folake Adeyinka}}        PCP/Heme: Dr. {{NAME:Ramesh Iyer}}, {{FACILITY:Newark Sickle Cell Center}}

Diagnoses: HbSS with vaso-occlusive crisis (D57.00); acute chest syndrome ruled out; iron overload (ferritin 2,140).

Hospital course: 26-year-old man, parents from {{LOCATION:Enugu}}, Nigeria, presented w/ back and bilateral thigh pain 9/10 after working double shifts in heat at {{FACILITY:Port Street Distribution Center}}. Treated with individualized pain plan (hydromorphone PCA, ketorolac x 3 days), IV fluids, incentive spirometry. CXR day 2 and 3 clear; SpO2 ≥95% RA. Hgb nadir 6.8 (baseline 7.5–8), no transfusion. Transitioned to oral oxycodone 10 mg q6h prn on {{DATE:6/13}}. Voxelotor discussed (withdrawn from market) — continue hydroxyurea 1,500 mg daily; adherence ~70% per pharmacy fill.

Discharge meds: hydroxyurea, folic acid 1 mg, oxycodone 10 mg #12 (3 days), deferasirox.
Follow-up: {{FACILITY:Newark Sickle Cell Center}} {{DATE:6/20/24}}; PCP portal {{URL:https://mychart.branchbrookhealth.org}}.
Work note through {{DATE:6/17}} for HR rep {{NAME:Denise Walcott}}.
Mother {{NAME:Ngozi Nwosu}} ({{PHONE:973-555-0136}}) at bedside, agrees w/ plan.
Electronically signed: {{NAME:F. Adeyinka}}, MD — {{DATE:06/14/2024 15:02}}`,

  // 40 Outpatient psychiatry med management, Korean-American, Philadelphia
  `OUTPATIENT PSYCHIATRY — MEDICATION MANAGEMENT
{{FACILITY:Olney Community Mental Health Center}}
Patient: {{NAME:Lee, Ji-young}} ({{NAME:Grace}})     DOB {{DATE:09/04/1983}}     MRN {{MRN:OCMH-22107}}
Date: {{DATE:03/27/2025}}    Psychiatrist: Dr. {{NAME:Daniel Park-Whitman}}    Time: 25 min (99214)
Korean/English, pt prefers English; mother Mrs. {{NAME:Lee}} attends, Korean only.

S: 41 yo F, MDD recurrent + panic d/o, on sertraline 150 mg (since {{DATE:Oct 2024}}) + hydroxyzine 25 prn. Reports mood "better, 6/10." Panic attacks down from daily to 1-2/wk, mostly on SEPTA commute to job at {{FACILITY:Cheltenham Nail & Spa}}. Sleep 6h. No SI since {{DATE:Jan 2025}}. Had a passive SI period after husband {{NAME:Min-jun}} returned to {{LOCATION:Seoul}} in {{DATE:Nov 2024}}. Church ({{FACILITY:Olney Korean Presbyterian}}) helpful, pastor Rev. {{NAME:Chung}} visits.
AUDIT-C 1. No drug use.
O: Well-groomed, tearful briefly when discussing husband. Linear, goal directed. No SI/HI/AH.
PHQ-9 9 (from 19 at start of sertraline). GAD-7 8.
A/P:
- continue sertraline 150; no change.
- CBT w/ therapist {{NAME:Soo-ah Bang}}, LCSW, weekly.
- Mother's own depressive sx noted → gave Korean-speaking resource list, {{FACILITY:Hanmaum Senior Center}}.
RTC 6 wks. Crisis: 988 (pt has card).`,

  // 41 Social work, newborn NOWS / plan of safe care, Philadelphia
  `SOCIAL WORK NOTE — NICU / MOTHER-BABY
{{FACILITY:Episcopal Crossing Hospital}}    {{DATE:04/08/2025}}    SW: {{NAME:Danielle Okoro}}, MSW
Infant: Baby Girl {{NAME:Mercado}} ("{{NAME:Amaris}}")   MRN {{MRN:ECH-N-118204}}   DOB {{DATE:4/5/2025 21:48}}   NICU bed 9
Mother: {{NAME:Stephanie Mercado}}   MRN {{MRN:ECH-0662190}}   DOB {{DATE:2/17/1996}}

Reason: prenatal exposure to buprenorphine (prescribed) + positive cord tox for fentanyl. Infant Finnegan/ESC scoring: ESC "no" x2 on day 2, pharmacotherapy not needed so far; Eat-Sleep-Console with rooming-in.
Mom 29 yo, in treatment at {{FACILITY:Lehigh Avenue Health Center}} OBOT since {{DATE:9/2024}}, Subutex 16 mg daily, prescriber {{NAME:Yaw Boateng}}, CRNP ({{PHONE:215-555-0141}}). Reports 1 relapse ~{{DATE:3/20}}. Honest, engaged, breastfeeding discouraged d/t recent fentanyl — pumping & discarding; re-eval 2 wk.
FOB: {{NAME:Angel Figueroa}}, involved, works at {{FACILITY:Aramingo Auto Body}}.
Home: {{ADDRESS:3145 N. Hope St}}, with maternal grandmother {{NAME:Nydia Mercado}} ({{PHONE:267-555-0143}}). Crib present (pack-n-play).
Mandated report: CY-47 / ChildLine report made {{DATE:4/7/25}} 1015, ref # {{ID:CL-2025-0448193}}. DHS hotline worker {{NAME:Brian Kowalski}}. Plan of Safe Care drafted with mom.
Referrals: Nurse-Family Partnership, WIC, early intervention, {{FACILITY:Kensington MOMS Program}}.
Next: DHS visit {{DATE:4/9}} at bedside.`,

  // 42 Jail mental health segregation round, Baltimore
  `MENTAL HEALTH RESTRICTIVE HOUSING ROUND
{{FACILITY:Madison Street Detention Center}} — Segregation Unit J, Tier 3
Date: {{DATE:12/02/2024}}    Clinician: {{NAME:Orlando Betancourt}}, LCPC
Detainee: {{NAME:FIELDS, DARNELL Q}}    Booking {{ID:2024-031167}}    DOB {{DATE:05/05/1994}}    Cell J-3-22
MH Level: 2 (on caseload)    Days in RH: 11    Next court: {{DATE:12/19/24}}, {{FACILITY:Eutaw Street District Court}}

Observation (cell front, officer CO {{NAME:Tillman}} present): Detainee lying on bunk, responded to name, sat up. Cell cluttered, food tray untouched x1 per officer. Hygiene fair.
Interview: "I'm good, just tired." Sleeping most of day. Denies SI/HI. Appetite "not really." Reports missing his daughter's birthday ({{DATE:Dec 1}}). Girlfriend {{NAME:Chantel Dorsey}} not visiting d/t protective order.
Meds: sertraline 100 mg — MAR shows 3 refusals last 7 days.
MSE: flat affect, mildly psychomotor slowed, TP linear, no psychosis. Oriented.
Risk: chronic risk factors (prior attempt in jail 2021, RH placement); acute risk low–moderate.
Plan: increase to daily checks, f/u psychiatry (Dr. {{NAME:Hyejin Song}}) this week re: med refusals; recommend review of RH status to Maj. {{NAME:Gorsuch}}.`,

  // 43 Mobile crisis team report, DC
  `MOBILE CRISIS RESPONSE — FIELD ASSESSMENT
Team: CMCT-3 ({{NAME:Femi Adebisi}}, LICSW; {{NAME:Crystal Wynn}}, peer)    Dispatch #: {{ID:MC-24-07719}}
Date: {{DATE:07/04/2024}}    Dispatched 1932 / on scene 2010 / cleared 2145
Location: {{ADDRESS:2816 Naylor Rd SE, Apt 101}}, {{LOCATION:Hillcrest}} — {{LOCATION:Washington}}, DC {{ZIP:20020}}
Referral: neighbor called crisis line (no 911)

Client: {{NAME:Desmond "Dez" McKenzie}}, DOB {{DATE:1/15/1971}}, 53 y/o M, from {{LOCATION:Montego Bay}}, Jamaica. Lives alone. Sister {{NAME:Paulette McKenzie-Grant}} in {{LOCATION:Hyattsville}} ({{PHONE:301-555-0184}}).
Presentation: fireworks triggered severe anxiety/flashbacks (hx PTSD after shooting 2015). Found sitting in bathtub w/ lights off, tearful, hyperventilating. Had 6-8 beers. Denied SI/HI. No weapons (verified, walked apt with client's consent).
Interventions: grounding, breathing; called sister, who came. Client declined CPEP/ED. Agreed to safety plan; sister staying overnight.
Current provider: {{FACILITY:Congress Heights Behavioral Health}}, therapist {{NAME:Omolola Adeyemi-Ford}}; last seen {{DATE:5/2024}}; missed 2 appts.
Meds: prazosin 2 mg (not taking), sertraline 50 (taking).
Follow-up: CMCT call {{DATE:7/5}} AM; urgent appt request faxed to provider {{FAX:202-555-0176}}.
Insurance: DC Medicaid {{HEALTH_PLAN:70099314}}`,

  // 44 Recovery house intake checklist, Philadelphia
  `{{FACILITY:SECOND CHANCE RECOVERY HOME}} — RESIDENT INTAKE CHECKLIST
{{ADDRESS:3321 Kensington Ave}}  {{LOCATION:Phila}} PA {{ZIP:19134}}   house phone {{PHONE:215-555-0102}}

Name: {{NAME:Omar Abdul-Rahim}}          Nickname: "{{NAME:O}}"
DOB: {{DATE:8-14-86}}    SS#: {{SSN:219-55-0431}}    PA ID: {{LICENSE:28 119 405}}
Move-in date: {{DATE:1/13/25}}    Room 3 / bunk B    Intake by: {{NAME:Ray Colón}} (house mgr)
Referred by: self, from {{FACILITY:Wyoming Ave Inpatient Rehab}} (28 day, completed {{DATE:1/12}})

[x] House rules signed           [x] Curfew 10pm wk1-4
[x] Meds locked in office: Suboxone 8mg x2/day (rx Dr. {{NAME:Patel}}, {{FACILITY:Frankford Ave Family Med}}), gabapentin 300 TID
[x] UA on entry: bup+ only
[ ] Job/school — looking (forklift cert from {{FACILITY:Philly Works Training}})
[x] Emergency contact: mother {{NAME:Halima Abdul-Rahim}} {{PHONE:267-555-0115}}
[x] Probation? YES — PO {{NAME:Gerald Matthews}}, {{PHONE:215-555-0128}}, report 1st Tues monthly
[x] Sponsor: {{NAME:Big Mike}} ({{NAME:Michael Torres}}), home group Tues "Keep It Simple"
[x] Weekly fee $165 — pd 1st wk cash, receipt # {{ACCOUNT:00412}}

Notes: allergy to Bactrim. Asthma — has inhaler. Says last lived at {{ADDRESS:1716 W. Erie Ave}} w/ ex.
Signature: ______   Staff: {{NAME:R. Colón}}   {{DATE:01/13/2025}}`,

  // 45 ED bridge buprenorphine, Newark
  `ED BRIDGE PROGRAM NOTE — {{FACILITY:Newark Ironbound Medical Center}}
Pt: {{NAME:Jung, Tae-yang "Ty"}}   MRN {{MRN:NIMC-3401188}}   DOB {{DATE:2/29/1998}}   Seen {{DATE:10/10/2024}} 0745
Peer navigator: {{NAME:Marisol Ortega}}, CPRS      Provider: {{NAME:Chinonso Eze}}, DO

26 yo M, grew up in {{LOCATION:Fort Lee}} NJ, parents own dry cleaner, moved to {{LOCATION:Newark}} for job at {{FACILITY:Raymond Blvd Logistics}}. Started pressed "M30s" 2021 after shoulder surgery, now ~15 pills/day (fentanyl per tox). Wants to stop before parents find out. No prior treatment. Denies IV use. Last use 2330 last night.
COWS 13 at 0650 → buprenorphine 8 mg SL 0655, COWS 4 at 0750, +8 mg at 0800. Tolerated, no precipitated w/d.
Social: lives w/ girlfriend {{NAME:Bianca Soares}} ({{PHONE:862-555-0118}}), {{ADDRESS:34 Jefferson St Apt 5}}, {{ZIP:07105}}. Insurance: employer (Cigna), ID {{HEALTH_PLAN:U77821904}}.
Plan:
- Rx bupe/nx 8/2 mg 2 films daily x7d, #14 → {{FACILITY:Ferry Street Pharmacy}}
- Bridge clinic f/u {{DATE:10/14}} 2pm, then transfer to {{FACILITY:Bloomfield Ave OBOT}} (Dr. {{NAME:Grace Han}})
- Narcan 4 mg x2 dispensed, FTS
- Discussed confidentiality (42 CFR 2), parents not contacted per pt wish.
NJ X-waiver no longer req'd; prescriber DEA {{LICENSE:FE2291847}}.`,

  // 46 ED note, cold injury, Baltimore
  `ED NOTE — {{FACILITY:Druid Hill Medical Center}} Adult ED, Pod C
Pt: {{NAME:Yohannes Berhane}}   MRN {{MRN:DHMC-1130822}}   DOB unk → per old chart {{DATE:1969-07-20}}   Arr {{DATE:01/21/2025 06:12}}
BIBA (BCFD Medic 7) from bus shelter at {{ADDRESS:North Ave & Charles St}}; Code Blue night, low 9°F.

HPI: 55 yo M, Tigrinya speaker, from {{LOCATION:Keren}}, Eritrea. Unsheltered ~1 yr since leaving brother's apt ({{ADDRESS:2200 Maryland Ave, Apt 3}}). Found by passerby, "not making sense." EtOH hx per EMS. Interpreter (phone) used after rewarming.
Exam: core temp 33.1°C (rectal), HR 52, BP 98/60. GCS 13 (E3V4M6). Bilat hands: fingers 2-5 waxy white, firm, no blisters yet; feet: toes mottled L>R. Osborn waves on EKG.
Course: active external rewarming (Bair Hugger), warm IVF, temp 36.2 by 0930. Rapid rewarming of hands/feet in 40°C water bath 30 min — painful, IV morphine. Clear blisters formed after. Tetanus given. BAL 0.21. Glucose 61 → D50.
Dispo: admit Burn/Plastics at {{FACILITY:Harbor East Medical Center}} burn unit for frostbite, tPA candidate? — per Dr. {{NAME:Lindqvist}} (burn) no: >24h exposure unknown. Transfer accepted 1015.
Brother {{NAME:Tekle Berhane}} reached {{PHONE:410-555-0166}}, will come.
SW to f/u: shelter options, ID replacement.
{{NAME:Uchenna Obi}}, MD / scribe {{NAME:KT}}`,

  // 47 Wound care flowsheet, lower case, shelter clinic Baltimore
  `wound clinic — {{FACILITY:cathedral st women's shelter}} health room — rn flowsheet
pt: {{NAME:t. dixon}} ({{NAME:tonya marie dixon}})  dob {{DATE:4/4/77}}  chart {{MRN:CSW-0582}}

date       | site          | size (cm)     | bed                  | drainage   | dressing              | rn
{{DATE:3/3/25}}     | r forearm    | 4.0x3.2x0.2   | 50% slough           | mod serous | medihoney/foam/kerlix | {{NAME:ap}}
{{DATE:3/5/25}}     | r forearm    | 3.8x3.0x0.2   | 40% slough           | mod        | same                  | {{NAME:ap}}
{{DATE:3/7}}        | r forearm    | 3.8x3.1       | 40% slough, bleeding | mod-heavy  | same + abd            | {{NAME:lr}}
{{DATE:3/10/25}}    | r forearm    | 3.5x2.8x0.1   | 25% slough           | small      | same                  | {{NAME:ap}}
{{DATE:3/10/25}}    | l ant thigh (new) | 1x1      | pink                 | none       | vaseline gauze        | {{NAME:ap}}

notes: pt says stopped injecting, now smoking only since {{DATE:3/1}}. xylazine hx. no fever. braden n/a (ambulatory). pain 5/10, ibuprofen given.
{{DATE:3/10}} - asked about bupe again, she wants to go to {{FACILITY:fallsway recovery clinic}}, walk-in 8-11am. gave bus pass.
pcp: none. medicaid active {{HEALTH_PLAN:71930018842}} per eligibility check {{DATE:3/3}}.
case mgr ms. {{NAME:rowena cobb}} notified re: wound + housing voucher appt {{DATE:3/14}}.
— {{NAME:a. pham}} rn`,

  // 48 Forensic medical evaluation letter (asylum), DC
  `{{FACILITY:GEORGIA AVENUE FAMILY CLINIC}} — Human Rights Clinic
{{ADDRESS:5401 Georgia Ave NW}}, {{LOCATION:Washington}}, DC {{ZIP:20011}}

{{DATE:February 18, 2025}}

Re: Medical affidavit for {{NAME:Reina Isabel Chicas Portillo}}, DOB {{DATE:22/06/1992}}, A# {{ID:A 219-447-803}}
Attorney: {{NAME:Kathleen Murphy-Diaz}}, Esq., {{FACILITY:Capital Area Immigrant Defense}}, {{EMAIL:kmurphydiaz@caid-legal.org}}
Hearing: {{FACILITY:Crystal Plaza Immigration Court}}, {{DATE:April 3, 2025}}

I, {{NAME:Luisa Fernanda Quintero}}, MD, evaluated Ms. {{NAME:Chicas Portillo}} on {{DATE:January 30, 2025}} and {{DATE:February 6, 2025}} for 3.5 hours total with a Spanish-language interpreter ({{NAME:Ana Velásquez}}).

Ms. {{NAME:Chicas}} reports that in {{LOCATION:Soyapango}}, El Salvador, between 2021 and {{DATE:March 2023}}, she was repeatedly threatened and once beaten by gang members after refusing to pay "renta" from her pupusería. I observed: (1) a 4.5 cm linear hypopigmented scar on the left parietal scalp; (2) three round 0.8–1 cm scars on the left forearm consistent with cigarette burns; (3) healed deformity of the right 5th metacarpal (boxer's-type fracture pattern). These findings are highly consistent with her account (Istanbul Protocol terms).
Psychological: PCL-5 score 58; meets criteria for PTSD and major depressive disorder.

I declare under penalty of perjury that the foregoing is true and correct.
{{NAME:Luisa F. Quintero}}, MD — DC License {{LICENSE:MD041187}}`,

  // 49 Community pharmacy PDMP / naloxone note, Philadelphia
  `PHARMACIST CLINICAL NOTE — {{FACILITY:Frankford Ave Community Pharmacy}}, store #12
{{DATE:05/22/2024}} 11:14    RPh: {{NAME:Ngozi Uzoma}}, PharmD    Tech: {{NAME:Luis}} (initials {{NAME:LM}})
Patient: {{NAME:Deborah "Debbie" Quinn}}    DOB {{DATE:12/12/1964}}    Rx # {{ID:6612093}}, {{ID:6612094}}

New rx presented: oxycodone/APAP 10/325 q4h prn #120 + alprazolam 2 mg TID #90, both from Dr. {{NAME:V. Rostova}} ({{FACILITY:Castor Ave Pain & Wellness}}), NPI {{LICENSE:1699238841}}, written {{DATE:5/21/24}}.
PDMP (PA): 3 opioid prescribers in 60 days, 4 pharmacies, MME ~ 150 w/ this rx + active tramadol fill from {{FACILITY:Bustleton Pharmacy}} {{DATE:5/10}}. Early fill of alprazolam by 9 days.
Red flags: combo opioid + benzo high dose, paid cash, pt agitated, prescriber ~45 min away.
Action: called prescriber office {{PHONE:215-555-0191}}, spoke w/ MA {{NAME:Kayla}} — they were unaware of other prescribers; Dr. {{NAME:Rostova}} to call back. Declined to fill alprazolam today; oxycodone held pending callback. Pt informed, given explanation in writing.
Naloxone: dispensed Narcan 4 mg nasal under statewide standing order, pt accepted after discussion; husband {{NAME:Frank Quinn}} shown use. Insurance: PA Medicaid (Health Partners), ID {{HEALTH_PLAN:HP0477128336}}.
Callback at 12:40 — Dr. {{NAME:Rostova}} cancelled alprazolam Rx, reduced oxycodone to #60. Filled.`,

  // 50 Adolescent behavioral health intake, school-based, Baltimore
  `SCHOOL-BASED BEHAVIORAL HEALTH — INTAKE
Site: {{FACILITY:Fulton Heights Academy}} SBHC, Room 114
Student: {{NAME:Jaylen Whitfield}}    DOB {{DATE:10/02/2008}}    Grade 10    Student ID {{ID:3309127}}
Parent/guardian: {{NAME:Monique Whitfield}} (mother)  ☎ {{PHONE:443-555-0139}}  consent signed {{DATE:11/12/24}}
Clinician: {{NAME:Esther Adu-Gyamfi}}, LGPC    Intake date: {{DATE:11/14/2024}}
Referral: asst principal Mr. {{NAME:Dorsey}} after 3 fights + 12 absences since {{DATE:9/3}}.

Presenting: 16 yo M, irritable, "can't sit still," failing 3 classes. Cousin {{NAME:DeShawn}} was shot and killed {{DATE:Aug 2024}} near {{ADDRESS:Edmondson Ave & Payson St}}; pt was on the block when it happened. Nightmares, avoids that street, startles at loud noises. Smoking weed daily "to sleep." Denies SI; +passive thoughts "if it happens it happens." No plan.
Lives w/ mom + 2 sisters at {{ADDRESS:2014 W. Lexington St}} ({{LOCATION:Harlem Park}}). Dad incarcerated at {{FACILITY:Patuxent Ridge Correctional}}.
Screeners: PHQ-A 15; CATS (trauma) 31; CRAFFT 4.
Dx (provisional): PTSD (F43.10), cannabis use d/o mild.
Plan: TF-CBT weekly in school; safety plan; refer psychiatry at {{FACILITY:Druid Hill Medical Center}} child clinic for sleep/med eval; violence intervention program ({{FACILITY:Peace Corner Violence Interrupters}}) contact w/ consent; 504 meeting {{DATE:12/3}}.`,

  // 51 HIV medical case management, Newark
  `RYAN WHITE MEDICAL CASE MANAGEMENT — PROGRESS NOTE
{{FACILITY:University Heights Infectious Disease Clinic}}
Client: {{NAME:Jean-Robert Désir}}    Client # {{ID:UHID-RW-04418}}    DOB {{DATE:07/14/1976}}
Date: {{DATE:11/19/2024}}    MCM: {{NAME:Farah Louissaint}}, BSW    Contact: phone + in person

Follow-up on housing + ADAP recertification.
- ADAP (NJ) recert submitted {{DATE:11/15}}; confirmation {{ID:ADDP-9937142}}. Biktarvy coverage ok through {{DATE:5/31/25}}.
- HOPWA STRMU: landlord Mr. {{NAME:Abreu}} filed for eviction (nonpayment, 2 mo after job loss at {{FACILITY:Newark Liberty Catering}}). Court date {{DATE:12/4/24}} (Special Civil Part, L/T), docket {{ID:LT-009214-24}}. Application for 2 months' rent ($2,350) sent to HOPWA administrator w/ lease for {{ADDRESS:145 Hunterdon St, Apt 2L}}, {{LOCATION:Newark}} {{ZIP:07103}}.
- Client reports missed 4 doses this month due to stress. Last VL {{DATE:9/24/24}}: 86 copies (was undetectable). Flagged to Dr. {{NAME:Obinna Okeke}}.
- Food: referred to {{FACILITY:St. Ann's Pantry}}, Thursdays.
- Emotional: tearful about mother in {{LOCATION:Cap-Haïtien}} (ill). Offered BH referral, accepted → {{NAME:Gina Toussaint}}, LCSW.
Client's best #: {{PHONE:973-555-0192}}; alt: cousin {{NAME:Marie-Ange}} {{PHONE:973-555-0193}}.
Next contact: {{DATE:12/2}} (pre-court).`,

  // 52 ALL CAPS psych ED note, Philadelphia
  `CRC NOTE — {{FACILITY:EPISCOPAL CROSSING HOSPITAL}} CRISIS RESPONSE CENTER
PT: {{NAME:SANTIAGO, WILFREDO}}   MR#: {{MRN:ECH-0671133}}   DOB: {{DATE:03/03/1967}}   ARRIVED: {{DATE:08/30/2024 10:05}}
ACCOMPANIED BY: LANDLORD'S SON {{NAME:JUNIOR PADILLA}} AND POLICE (VOLUNTARY AFTER DISCUSSION)

PT IS A 57 Y/O SPANISH-SPEAKING MALE FROM {{LOCATION:CAGUAS}}, PUERTO RICO, EVICTED THIS AM FROM {{ADDRESS:2934 N. MASCHER ST}} (SHERIFF LOCKOUT). TOLD DEPUTY "I'LL JUMP OFF THE BRIDGE, I HAVE NOTHING." DAUGHTER {{NAME:MARITZA SANTIAGO}} IN {{LOCATION:ORLANDO}} — PHONE {{PHONE:407-555-0107}}, NOT REACHED.
HX: MDD, ETOH USE D/O (SOBER 3 YRS, AA AT {{FACILITY:IGLESIA PENTECOSTAL LA ROCA}}), DM2, HTN. NO PRIOR ATTEMPTS. MEDS: FLUOXETINE 20, METFORMIN, LISINOPRIL — ALL LEFT IN APT.
MSE: TEARFUL, HOPELESS, LINEAR. ENDORSES SI WITH PLAN (BRIDGE), NO INTENT NOW "WITH YOU HERE." NO HI/AH/VH. C-SSRS: POSITIVE, MODERATE-HIGH.
LABS: BAL 0. FSBS 288. UDS NEG.
PLAN: VOLUNTARY 201 SIGNED 1130. ADMIT TO {{FACILITY:ECH}} INPATIENT PSYCH ({{FACILITY:HAGAN 2}}). RESTART HOME MEDS. SW TO CONTACT {{FACILITY:KENSINGTON TENANT LAW PROJECT}}; RETRIEVE MEDS W/ LANDLORD ({{NAME:RAFAEL PADILLA}}, {{PHONE:215-555-0154}}). MEDICAID ID {{HEALTH_PLAN:9104418273}}.
— DR. {{NAME:O. NWANKWO}} / {{NAME:MHA}}`,

  // 53 OTP physician note, QTc, Baltimore
  `OTP MEDICAL NOTE — {{FACILITY:Eastern Avenue Recovery Services}}
Patient: {{NAME:Comfort Kollie}}    ID# {{MRN:EARS-30981}}    DOB {{DATE:05/19/1973}}
Date: {{DATE:10/30/2024}}    Physician: {{NAME:Ahmed El-Sayed}}, MD

Reason: annual EKG review + dose reassessment.
51 yo F from {{LOCATION:Monrovia}}, Liberia, in program since {{DATE:3/2019}}. Methadone 180 mg daily. Take-homes 6/wk (phase V). No illicit use >3 yrs. Works as home health aide ({{FACILITY:Loving Hands Home Care}}).
EKG {{DATE:10/22/24}}: QTc 512 ms (prior 468 on {{DATE:10/2023}}). K 3.3, Mg 1.6 (on HCTZ from PCP, started {{DATE:June 2024}}). Also started citalopram 20 by PCP (Dr. {{NAME:Abiola Fagbemi}}, {{FACILITY:Highlandtown Family Medicine}}, fax {{FAX:410-555-0181}}).
No syncope, palpitations. FHx sudden death: none known.
A/P: QTc >500 — risk/benefit discussed. Plan:
1. Called PCP office 10:20, spoke to nurse {{NAME:Adele}} — will switch HCTZ → amlodipine and citalopram → sertraline.
2. KCl 20 mEq x7d, Mg oxide 400 daily.
3. Do NOT reduce methadone abruptly (relapse risk); consider slow taper to 160 or buprenorphine transition if QTc persists.
4. Repeat EKG {{DATE:11/13}}.
Pt agreed. Daughter {{NAME:Musu Kollie}} ({{PHONE:443-555-0122}}) present at pt's request.`,

  // 54 Jail chronic care clinic, DC
  `CHRONIC CARE CLINIC — DIABETES/HTN
{{FACILITY:Half Street Correctional Facility}} Medical, Clinic Room 2
Resident: {{NAME:ALVARADO MEJÍA, CARLOS ERNESTO}}    DCDC# {{ID:401-775}}    DOB {{DATE:12/24/1979}}
Unit: NE-1, cell 07    Date: {{DATE:02/11/2025}}    Provider: Dr. {{NAME:Sheila Ruffin-Oduya}}
Interpreter: Spanish, staff interpreter {{NAME:O. Zelaya}}

44 yo M from {{LOCATION:Chalatenango}}, El Salvador. DM2 x8 yrs, HTN. In custody since {{DATE:10/2/24}}. Pre-incarceration care at {{FACILITY:La Clínica de Columbia Road}} (records rec'd {{DATE:11/2024}}).
Meds (pill line): metformin 1000 BID, glipizide 5 BID, lisinopril 20, atorvastatin 40, ASA 81.
Commissary: buys ramen, honey buns, soda daily (pt admits).
FSBS log (AM): 180–260. A1c {{DATE:2/3/25}}: 9.6 (was 8.1 on {{DATE:11/4/24}}). BP 146/92. BMI 31. Monofilament: decreased L great toe. Eye exam: none x3 yrs.
A/P:
- DM2 uncontrolled: add insulin glargine 10 u qHS (KOP not allowed — nurse admin), diabetic snack bag at HS, dietitian consult. Commissary counseling.
- HTN: ↑ lisinopril 40.
- Refer tele-ophthalmology (retinal photo), podiatry.
- Labs 3 mo. RTC chronic care 6 wk.
Wife {{NAME:Dinora}} called {{DATE:2/10}} ({{PHONE:240-555-0164}}), ROI on file {{DATE:10/15/24}}; updated re: insulin start.`,

  // 55 Street outreach, encampment, DC
  `OUTREACH CONTACT NOTE — {{FACILITY:Unity Street Health}} Street Medicine
{{DATE:03/19/2025}} 0815–0910 | encampment at {{ADDRESS:E St NW & 20th St NW}} (NPS land; clearing posted for {{DATE:3/26}})
Staff: Dr. {{NAME:Hannah Strauss}}, {{NAME:Mekdes Alemu}} (outreach, Amharic), {{NAME:Joel Ochieng}} (CHW)

Client: {{NAME:Tsehay Wondimu}}, ~60s, DOB per HMIS {{DATE:9/11/1961}}, HMIS ID {{ID:HM-220981}}. Tent #4 by the fence.
Known to us since {{DATE:Oct 2023}}. Hx per prior notes: HTN, suspected psychotic d/o (refuses eval), never hospitalized here. Came from {{LOCATION:Dire Dawa}}, Ethiopia; nephew {{NAME:Samuel Wondimu}} in {{LOCATION:Alexandria}} ({{PHONE:703-555-0146}}) last spoke {{DATE:Christmas 2024}}.
Today: in tent, bundled, alert, said "God keeps me." Ankle edema 2+, BP 188/104 (wrist cuff). Accepted amlodipine 5 mg DOT (dose #3 this wk). Declined labs. Ate breakfast we brought.
Clearing: explained in Amharic; she wants to stay near the church ({{FACILITY:St. Gabriel's Ethiopian Church}}) on {{ADDRESS:Virginia Ave}}. Offered low-barrier shelter {{FACILITY:Harriet's House}} (women only) — declined, "too many people."
Coordinated entry VI-SPDAT 13 → PSH priority list; vouchers pending.
Plan: return {{DATE:Fri 3/21}} 8am w/ nephew if reachable; f/u w/ DBH re: capacity concern (no imminent danger now).`,

  // 56 AMA discharge note, Philadelphia
  `DISCHARGE AGAINST MEDICAL ADVICE — {{FACILITY:Schuylkill General Hospital}}, {{FACILITY:Wyeth 7}} rm 714
Patient: {{NAME:Clive Anthony Reid}}    MRN {{MRN:SG04401877}}    DOB {{DATE:04/11/1985}}
Admit {{DATE:6/2/24}} · Left {{DATE:6/6/24 2140}}    Hospitalist: {{NAME:Meredith Szabo}}, MD (on call: {{NAME:Kofi Antwi}}, MD)

39 yo M (from {{LOCATION:Spanish Town}}, Jamaica; lives {{LOCATION:Germantown}}) admitted w/ L hand abscess + cellulitis after injecting; I&D by hand surgery (Dr. {{NAME:Mirela Popescu}}) {{DATE:6/3}}. On IV vancomycin. Wound cx: MRSA. Also OUD on methadone 60 mg (in-house; home OTP {{FACILITY:Germantown Ave Treatment Center}}, last dose there {{DATE:6/1}}).
At 2100 pt stated he needs to leave — "my landlord is changing the locks tomorrow and my stuff is there." Capacity assessed: understands infection could spread, lose function of hand, sepsis/death; able to repeat back; decision consistent with his values. Has capacity.
Harm reduction discharge: doxycycline 100 mg BID x10d + Bactrim DS BID (MRSA), wound supplies, naloxone, FTS. Called his OTP at 2115 → night nurse {{NAME:Yvette}}; faxed dose verification ({{FAX:215-555-0151}}) so he can dose {{DATE:6/7}} AM (last hospital dose 60 mg at 0830 {{DATE:6/6}}).
Hand clinic f/u {{DATE:6/10}}. Told he can return anytime, no penalty.
Girlfriend {{NAME:Latoya Simms}} picked him up; her cell {{PHONE:267-555-0112}}. Pt's address {{ADDRESS:118 W. Chelten Ave, Apt 3R}}.
{{NAME:K. Antwi}}, MD {{DATE:6/6/24 22:05}}`,

  // 57 Medical certificate, utility shutoff, Baltimore
  `MEDICAL CERTIFICATION TO POSTPONE SERVICE TERMINATION
To: Chesapeake Gas & Electric — Customer Care / Medical Certification Unit
Fax: 1-800-555-0160

Customer/Account holder: {{NAME:Gwendolyn Pearson}}         Account #: {{ACCOUNT:3300 4812 7719}}
Service address: {{ADDRESS:3611 Dolfield Ave, Apt B}}, {{LOCATION:Baltimore}}, MD {{ZIP:21215}}
Resident with medical condition: {{NAME:Marcus Pearson Jr.}} (grandson), DOB {{DATE:09/17/2012}}
Relationship: grandson, lives in home full time.

I certify that termination of gas and/or electric service would aggravate an existing serious illness or would prevent the use of life-sustaining equipment. Condition(s): Duchenne muscular dystrophy, non-ambulatory; uses BiPAP nightly (Philips DreamStation, serial {{DEVICE:J8821047093B}}), suction machine, and power wheelchair charger; chronic respiratory failure.
Certification period requested: 30 days from {{DATE:12/16/2024}}, renewable.

Physician: {{NAME:Adebola Akinwande}}, MD, Pediatric Pulmonology
{{FACILITY:Harbor East Medical Center}} Children's Specialty Clinic
License MD {{LICENSE:D0081129}}    NPI {{LICENSE:1922047513}}
Phone {{PHONE:410-555-0168}}   Fax {{FAX:410-555-0169}}
Signature: ____________________   Date: {{DATE:12/16/2024}}

Social work contact for payment plan / OHEP application: {{NAME:Tamara Ellison}}, LCSW-C, {{EMAIL:tellison@harboreastmed.org}}`,

  // 58 Telepsychiatry follow-up with audit footer, Newark
  `TELEPSYCHIATRY FOLLOW-UP (VIDEO)
{{FACILITY:Clinton Hill Counseling Services}} — ACT Team B
Patient: {{NAME:Kwame Asare-Bediako}}    DOB {{DATE:01/30/1988}}    MRN {{MRN:CHCS-11290}}
Date: {{DATE:09/09/2024}}    Start 15:02  End 15:24    Psychiatrist: {{NAME:Nana Yaa Owusu}}, MD (remote, {{LOCATION:Montclair}})
Pt location: ACT office w/ nurse {{NAME:Devon Riley}}, RN present

S: 36 yo M, schizophrenia, on Invega Trinza 546 mg q3mo (last inj {{DATE:7/22/24}} L deltoid by ACT nurse). Says "voices are quiet, maybe 1 a week." Sleeping 8h. Working 20h/wk stocking at {{FACILITY:Springfield Ave Food Mart}}. Brother {{NAME:Yaw}} checks on him daily. Still smokes 1 ppd.
Apt: supported housing, {{ADDRESS:501 S. Orange Ave, Unit 4B}}.
O: calm, good hygiene, speech nl, no overt psychosis. AIMS 0. Wt 96 kg (↑2). A1c {{DATE:8/2024}} 5.9.
A/P: stable. Continue PP3M, next due {{DATE:10/21/24}}. Metformin 500 BID for wt/prediabetes. Smoking: varenicline offered, pt will think. RTC 8 wk.

— audit footer —
session id {{ID:TH-240909-77310}} | provider IP {{IP:10.44.18.203}} | patient endpoint IP {{IP:172.16.90.41}} | platform: web video (encrypted) | consent: verbal {{DATE:9/9/24}} 15:02`,

  // 59 Inpatient pharmacy, OTP dose verification, Baltimore
  `PHARMACY NOTE — OPIOID TREATMENT PROGRAM DOSE VERIFICATION
{{FACILITY:St. Brendan's Hospital}}   Unit: {{FACILITY:Mercy 3 North}}   Bed 3N-08
Pt: {{NAME:Vanessa Lynn Carrington}}    MRN {{MRN:SBH-00411923}}    DOB {{DATE:6/6/1981}}    Admit {{DATE:1/3/2025 22:40}}
Pharmacist: {{NAME:Olumide Bankole}}, PharmD    Date/time: {{DATE:01/04/2025 07:55}}

Pt reports methadone 85 mg daily at "{{FACILITY:Fulton Street}}". Called OTP at 0715 ({{PHONE:410-555-0178}}), spoke w/ dosing nurse {{NAME:Crystal Mabry}}, RN:
• Program: {{FACILITY:Fulton Street Treatment Center}}, client ID {{MRN:FSTC-18822}}
• Verified dose: 85 mg (not 95 as in old ED note)
• Last dose: {{DATE:01/03/2025}} 0612 (observed, not take-home)
• Take-homes given: none this week
• Other: also on gabapentin from PCP; no benzos per PDMP (CRISP) queried 0740
Recommendation: methadone 85 mg PO daily, first inpatient dose may be given today 0900 (>24h not exceeded). QTc on adm EKG 451 — ok. Avoid ondansetron stacking and prochlorperazine (also QT); prefer low-dose metoclopramide if needed.
OTP notified of admission; will fax last-dose letter at discharge to {{FAX:410-555-0179}}. Ask d/c team to call OTP before discharge (weekend hours Sat 0600-0900 only).
Entered as verbal order per protocol, cosign Dr. {{NAME:Isaac Mensah}}.`,

  // 60 Inpatient wound/ostomy consult, pressure injury, DC
  `WOC NURSE CONSULT
{{FACILITY:Capital Crossing Hospital}} — {{FACILITY:Whitman 6}} ICU step-down, room 6112
Pt: {{NAME:Park, Young-soo}}    MRN {{MRN:CCH-0915522}}    Consult date {{DATE:08/27/2024}}
Requested by: Dr. {{NAME:Arielle Ben-David}}    WOC RN: {{NAME:Femi Oladipo}}, BSN, CWOCN

Hx: 78 yo M admitted {{DATE:8/19}} from home ({{ADDRESS:2431 Pennsylvania Ave SE, Apt 3}}) after found down ~2 days; rhabdo, AKI. Lives alone; son {{NAME:David Park}} in {{LOCATION:Annandale}}, VA (cell {{PHONE:571-555-0187}}). Korean primary language.
Braden 11 (high risk). Incontinent of stool. On heparin gtt.

Findings:
1. Sacrum/coccyx: Stage 3 pressure injury, 5.5 x 4.0 x 0.6 cm, 90% red granular, 10% yellow slough, scant serous, periwound macerated. Present on admission (documented ED photo {{DATE:8/19/24}}).
2. L heel: deep tissue injury, 3 x 3 cm maroon, intact, boggy.
3. R greater trochanter: Stage 2, 2 x 1.5 cm.
Plan: low-air-loss mattress (ordered, unit serial {{DEVICE:LAL-220-08471}}), turn q2h, heel offloading boots, fecal management system if stool persists, sacrum: hydrofiber + silicone foam q3d; L heel: skin prep + float; trochanter: foam. Nutrition consult (albumin 2.4). Photo documentation in Epic Media.
Will follow 2x/wk. Pager {{PHONE:77-4410}}.`,

  // 61 Trauma note, GSW, Philadelphia
  `TRAUMA ACTIVATION — LEVEL 1
{{FACILITY:Schuylkill General Hospital}} Trauma Bay 2    {{DATE:07/13/2024 01:32}}
Pt: TRAUMA {{ID:ZULU-417}} → identified as {{NAME:Isaiah Moore}}, DOB {{DATE:3/8/2005}}, MRN {{MRN:SG05561002}}
Arrived by police transport (scoop & run) — no EMS. Dropped at ambulance bay by PPD wagon.
Scene: {{ADDRESS:N. 22nd St & W. Lehigh Ave}}, {{LOCATION:North Philadelphia}}. Per officer Cpl. {{NAME:Rourke}}, shooter fled in silver sedan, plate PA {{VEHICLE:LKT-4482}}; incident # {{ID:DC 24-39-041877}}.

Primary: A patent, B bilat BS, RR 28, SpO2 95%; C: HR 128, BP 88/52, GSW x2 — R flank entry, L lateral thigh through-and-through. D: GCS 15. E: no other wounds.
FAST: + RUQ. To OR 0148 (Dr. {{NAME:Babajide Ogunbiyi}}, trauma) — ex lap: liver lac grade III, packed; R colon injury, resected, left in discontinuity. L thigh: no vascular injury (CTA).
MTP activated: 6U PRBC, 6 FFP, 1 plt.
Post-op to SICU bed 12.
Family: mother {{NAME:Sharon Moore}} ({{PHONE:215-555-0158}}) arrived 0230; grandmother asked about chaplain — Rev. {{NAME:Eldridge}} from {{FACILITY:Greater Mount Moriah Baptist}} called.
Hospital violence intervention program ({{FACILITY:Second Breath HVIP}}) consult placed.
Pt is 19, student at {{FACILITY:Fairmount Trade Institute}}.`,

  // 62 Juvenile detention admission health screen, Baltimore
  `JUVENILE DETENTION — ADMISSION HEALTH SCREEN
{{FACILITY:Gay Street Youth Detention Center}}    Youth #: {{ID:Y24-00917}}
Youth: {{NAME:Kamari D. Pettaway}}    DOB {{DATE:02/14/2009}}    Age 15    Admitted {{DATE:05/03/2024 19:20}}
Screened by: {{NAME:Latisha Greer}}, RN    Unit: Pod 2, room 9
Parent/guardian: grandmother {{NAME:Evelyn Pettaway}}, {{ADDRESS:1309 N. Caroline St}}, {{LOCATION:Baltimore}} {{ZIP:21213}}, {{PHONE:410-555-0106}} — notified 2005.
School: 9th grade, {{FACILITY:Dunbar Heights High}} (IEP for ADHD per grandmother).

Medical: asthma (albuterol — not w/ him; grandmother to bring), ADHD on Concerta 36 mg (last dose today AM). Allergies: peanuts (EpiPen needed — ordered from pharmacy). Immunizations per ImmuNet: up to date except HPV #2.
Injury screen: abrasions L knee + R palm from arrest ("ran and fell"), cleaned, bacitracin. No head injury. Pain 3/10.
MH/substance: MAYSI-2 — angry-irritable caution, suicidal ideation scale 0. Uses cannabis "on weekends." Denies other drugs. Hx trauma: brother killed {{DATE:2022-10-09}}. Prior outpatient therapy at {{FACILITY:Harbor Family Services}}, therapist Mr. {{NAME:Okoye}}.
STI screen: urine GC/CT sent. Denies sexual activity.
Plan: MH clinician eval within 24h, peanut-free diet tray, Concerta continued once verified (call {{FACILITY:Greenmount Apothecary}} {{PHONE:410-555-0189}}).
Probation intake worker: {{NAME:Andrea Liu}}, DJS.`,

  // 63 OTP dosing nurse notes, lower case, Philadelphia
  `dosing window notes — {{FACILITY:germantown ave treatment center}} — nurse {{NAME:p. ekwueme}} rn
client {{NAME:Roberto "Bobby" Caraballo}} / id {{MRN:GATC-5520}} / dob {{DATE:7/7/82}} / dose 120 mg

{{DATE:mon 11/4}} 0650 — dosed 120. appeared drowsy, pinned, slurred. dose already given before i noticed, monitored 30 min in lobby, alert by 0730. told to come back tomorrow for eval. pt admits "2 xanax bars" last night from guy on {{ADDRESS:chelten & germantown}}.
{{DATE:tue 11/5}} 0702 — assessed before dosing: alert, steady, no slurring. dosed 120. referred to dr {{NAME:marguerite obasi}} re: benzo use. narcan kit #2 given.
{{DATE:wed 11/6}} — no show. called {{PHONE:267-555-0196}} x2, vm full. emergency contact sister {{NAME:Evelyn Caraballo}} {{PHONE:267-555-0197}} — she says he's ok, working double at {{FACILITY:Wayne Junction Recycling}}.
{{DATE:thu 11/7}} 0615 — missed 1 day, no dose change needed (<3 missed). dosed 120. take-home bottle #{{ID:TH-33871}} (sat) NOT given per new md order (benzo).
{{DATE:fri 11/8}} 0640 — pt upset about take-home loss, says he has to travel to {{LOCATION:Allentown}} sat for nephew's baptism. counselor {{NAME:d. greenfield}} to meet w/ him at 0800. uds collected, observed by {{NAME:j. rivera}} (male staff).
{{DATE:11/8/24}} 1420 addendum: uds +benzo, +methadone, −fentanyl. md {{NAME:obasi}} ok'd sat dose at {{FACILITY:Lehigh Valley Methadone Services}} as guest — faxed.`,

  // 64 Primary care follow-up, Ethiopian driver, DC
  `{{FACILITY:Columbia Road Health Services}} — Adult Medicine
Patient: {{NAME:Dereje Haile Mariam}}    DOB {{DATE:04/09/1966}}    MRN {{MRN:CRHS-0048832}}
DOS {{DATE:06/25/2024}}    Provider: {{NAME:Kristin Oyelowo}}, PA-C    Supervising: Dr. {{NAME:Mulugeta Asfaw}}

CC: DOT physical paperwork + DM f/u
58M, drives for {{FACILITY:Capital Checker Cab}} and rideshare; needs DC for-hire vehicle medical form. DC Taxicab operator license {{LICENSE:FH-0229174}}. Vehicle plate DC {{VEHICLE:H-77201}}. Lives {{ADDRESS:1330 Fairmont St NW, Apt 21}}, {{ZIP:20009}}; wife {{NAME:Meseret}}.
DM2 on metformin 1000 BID + Jardiance 10. A1c today 7.1 (was 8.4 {{DATE:Jan 2024}}). BP 128/78. LDL 98 on atorva 20. Eye exam {{DATE:3/2024}} at {{FACILITY:Adams Eye Associates}}: no retinopathy. Monofilament nl. Sleep: STOP-BANG 5 — snores, falls asleep at red lights "sometimes"!! → sleep study ordered, counseled not to drive drowsy; form held pending PSG. Fasts during Ethiopian Orthodox lent (Hudade, ~55 days) — adjusted: hold Jardiance on fasting days, check sugars.
Hep B: sAg+ (known, from Ethiopia), VL {{DATE:5/2024}} <20, AFP nl; US liver q6mo — due {{DATE:8/2024}}.
Plan: PSG ({{FACILITY:Capitol Sleep Lab}}), RTC 3 mo. Daughter {{NAME:Liya}} handles portal, {{EMAIL:liya.dereje@gmail.com}}.`,

  // 65 HIV follow-up, older patient, Baltimore
  `HIV PRIMARY CARE FOLLOW-UP
{{FACILITY:Druid Hill Medical Center}} — {{FACILITY:Tubman Clinic}} for ID, Suite 4B
Pt: {{NAME:Cornelius Ashby}}    Age: {{AGE:90}}    DOB {{DATE:12/03/1933}}    MRN {{MRN:DHMC-0099127}}
Visit {{DATE:04/22/2024}}    Provider: {{NAME:Eun-Kyung Seo}}, MD    RN: {{NAME:Patrice Lomax}}

Dx HIV 1991 ("back in '91"), acquired via transfusion after MVC. On dolutegravir/lamivudine (Dovato) since {{DATE:2/2022}}. VL undetectable x 10+ yrs. CD4 520.
Comorbid: CKD 3a (eGFR 52), osteoporosis, mild cognitive impairment (MoCA 21/30), BPH. Falls: 1 in past yr (bathroom, no injury).
Lives in senior public housing, {{ADDRESS:Linden Court Apartments, 1528 Bolton St, Apt 612}}, with aide from {{FACILITY:Reservoir Hill Home Care}} 4h/day. Niece {{NAME:Carolyn Ashby-Lewis}} is POA ({{PHONE:410-555-0102}}); she manages meds in weekly pillbox.
Meds reviewed with niece by phone. Tamsulosin continued; dizziness better.
Vaccines: RSV given today (lot 7G22K), Shingrix #2 done.
Goals of care: DNR/DNI on MOLST signed {{DATE:1/10/2024}}; wants to "keep coming here till I can't."
RTC 6 mo, labs prior. Van transport via paratransit booked for {{DATE:10/21/24}}.`,

  // 66 Return-to-work letter, Philadelphia
  `{{FACILITY:OLNEY COMMUNITY HEALTH}} · Occupational & Family Medicine
{{ADDRESS:5730 N. 5th St}} · {{LOCATION:Philadelphia}}, PA {{ZIP:19120}} · {{PHONE:215-555-0105}}

{{DATE:10/17/2024}}

To: {{NAME:Hye-jin Oh}}, Owner
{{FACILITY:Golden Lotus Nail Salon}}, {{ADDRESS:6001 N. Broad St}}

RE: Employee {{NAME:Yoon, Mi-sook}} — work status

Ms. {{NAME:Yoon}} was seen in our clinic on {{DATE:10/3/2024}}, {{DATE:10/10/2024}} and today for work-related contact dermatitis of both hands and occupational asthma symptoms (wheezing, chest tightness worse at work, better on days off). Spirometry {{DATE:10/10}}: FEV1 78% predicted, +bronchodilator response 14%. Patch testing at {{FACILITY:Broad Street Dermatology}} ({{DATE:10/14}}) positive to 2-hydroxyethyl methacrylate (HEMA) and ethyl cyanoacrylate.

She may return to work on {{DATE:Monday, October 21, 2024}} with these restrictions for 8 weeks:
1. No application or removal of acrylic, gel, or dip nails.
2. Nitrile gloves at all times (latex-free).
3. Work station with local exhaust ventilation; not within 10 feet of acrylic stations.
4. Manicure/pedicure (non-acrylic) and reception duties allowed.

Workers' compensation claim # {{ACCOUNT:WC-24-7781903}}, carrier adjuster {{NAME:Brenda Tolliver}}.
Questions: {{NAME:Joon Kwak}}, MD, {{EMAIL:jkwak@olneychc.org}}`,

  // 67 Care coordination phone note with supervision officer, DC
  `CARE COORDINATION — PHONE
{{FACILITY:Capitol Recovery Services}}    {{DATE:1/16/2025}} 13:05    By: {{NAME:Helen Kidane}}, CAC-II
Client: {{NAME:Ghirmay Tekeste}}    ID {{MRN:CRS-77105}}    DOB {{DATE:6/1/1990}}
Release: 42 CFR pt 2 consent to CSOSA, signed {{DATE:12/20/24}}, exp {{DATE:12/20/25}}

Incoming call from CSO {{NAME:Raymond Battle}} (supervision officer), {{PHONE:202-555-0174}}, re: client's missed drug test at CSOSA on {{DATE:1/13}} and a new positive (fentanyl) from {{DATE:1/9}}.
Shared (within consent): client is enrolled, methadone 70 mg, attendance 90% last 30 days, our tox {{DATE:1/8}} fentanyl+, {{DATE:1/15}} fentanyl−. Client reported to us he missed CSOSA test because he was at {{FACILITY:Anacostia Riverside Hospital}} ED {{DATE:1/13}} for chest pain (discharge papers in chart, ED visit {{ID:ENC-0081447210}}).
CSO asked about treatment plan changes: dose ↑ to 80 mg per Dr. {{NAME:Tesfaye}} {{DATE:1/14}}, added weekly group. CSO states status hearing {{DATE:Feb 6, 2025}} before Judge {{NAME:Lorraine Whitcomb-Ayodele}}; may request sanction of GPS. CSO will accept letter from us by {{DATE:1/31}}.
Not shared: HIV status, psych hx (outside consent scope).
Client informed of call at dosing {{DATE:1/17}} — agreed w/ letter.
Follow-up: letter draft to clinical supervisor {{NAME:Abel Mengistu}}.`,

  // 68 Family shelter intake health screen, Philadelphia
  `FAMILY SHELTER — HEALTH SCREEN AT INTAKE
{{FACILITY:Fairmount Family Haven}}, {{ADDRESS:1620 Poplar St}}   Intake #{{ID:FFH-25-0112}}   Date {{DATE:2/3/25}}
Screener: {{NAME:Alma Reyes}}, RN (Spanish)

Head of household: {{NAME:Yesenia Marisol Guardado}}, DOB {{DATE:11/8/1994}}, 30 y/o
Children:
  1) {{NAME:Kevin Guardado Flores}}, DOB {{DATE:3/15/2016}} — asthma, uses albuterol prn; school {{FACILITY:Francisville Bridge Elementary}}
  2) {{NAME:Abigail Guardado}}, DOB {{DATE:8/2/2020}} — anemia per WIC (Hgb 10.1 in {{DATE:Dec 2024}})
  3) {{NAME:Mateo Guardado}}, DOB {{DATE:12/29/2024}} — 5 wk old, born at {{FACILITY:Episcopal Crossing Hospital}}, 1st well visit not yet done!

Came from: {{LOCATION:Santa Ana}}, El Salvador → {{LOCATION:Langley Park}} MD → doubled up w/ cousin in {{LOCATION:Hunting Park}}, asked to leave {{DATE:1/30}}. Husband {{NAME:Nelson Flores}} detained by ICE (per pt), location unknown.
Mom: postpartum, vaginal delivery, bleeding light. EPDS 14 — positive → referred to perinatal BH. BP 118/72. Takes PNV.
Infant: wt 4.6 kg on shelter scale, feeding breast + formula (Similac), 6-8 wet diapers.
Actions: well-baby appt made at {{FACILITY:Spring Garden Pediatrics}} {{DATE:2/5/25}} 9:40 (Dr. {{NAME:Ifeoma Nnaji}}); CHIP/Medicaid application started; crib (pack-n-play) given; legal referral ({{FACILITY:Poplar Street Immigrant Legal Clinic}}) re: husband.
Mom's phone: {{PHONE:267-555-0120}} (WhatsApp).`,

  // 69 Discharge summary, hip fracture, nonagenarian, Baltimore
  `DISCHARGE SUMMARY — ORTHOPAEDICS / MEDICINE CO-MANAGEMENT
{{FACILITY:Patterson Park Community Hospital}}, {{FACILITY:Conway 5}}
Name: {{NAME:Hattie Mae Crawford}}    Age {{AGE:94}}    MRN {{MRN:00652207}}    Acct {{ACCOUNT:4410377102}}
Admitted {{DATE:11/09/2024}} via ED    Discharged {{DATE:11/15/2024}} to SNF
Surgeon: Dr. {{NAME:Viktor Halász}}    Hospitalist: Dr. {{NAME:Abimbola Ojo}}

Dx: R intertrochanteric femur fx (S72.141A) after mechanical fall at home; s/p cephalomedullary nail {{DATE:11/10}}. Postop delirium (resolved), acute blood loss anemia (Hgb 7.4 → 1U PRBC {{DATE:11/11}}), CKD 3b, HFpEF, mod AS.
Home: senior public housing, {{ADDRESS:Poppleton Senior Tower, 901 Hollins St, Apt 1107}}; lives alone, daughter {{NAME:Bernadette Crawford}} ({{PHONE:410-555-0116}}) visits daily; son Rev. {{NAME:Leon Crawford}}, pastor at {{FACILITY:Hollins Street AME Zion}}.
Course: WBAT. PT: min-mod assist, walker 20 ft. Delirium mgmt non-pharm. Apixaban 2.5 BID x 35 d for VTE ppx (age, Cr 1.6, wt 52 kg). Vit D low (14) → repleting. Fall risk high. Goals: DNR/DNI confirmed w/ pt and daughter.
Disposition: {{FACILITY:Mount Clare Manor Rehab}} (accepted {{DATE:11/14}}); report called to RN {{NAME:Joanne Fiske}} {{PHONE:410-555-0150}}.
F/u: ortho clinic 2 wk (staples out at SNF {{DATE:11/24}}), PCP Dr. {{NAME:Harold Nyamekye}} 4 wk.
— {{NAME:A. Ojo}}, MD  /  cc: {{NAME:V. Halász}}  /  tr {{NAME:ssg}}`,

  // 70 Pediatric psych ED note, lower case, Newark
  `peds psych ed — {{FACILITY:branch brook hosp}} — {{DATE:3/12/25}} 16:45
pt {{NAME:Naïka Bellegarde}}  14 yo f  dob {{DATE:9/21/2010}}  mrn {{MRN:BBH-P-220418}}
brought by school resource officer + mom from {{FACILITY:orange st middle-high}} after classmate showed counselor a snapchat post "im done with all of this." 
mom {{NAME:Rose-Andrée Bellegarde}} ({{PHONE:973-555-0123}}), speaks creole + english. dad in {{LOCATION:Les Cayes}}, haiti — no contact.
hpi: bullied x months (hair, accent). cutting l forearm x2 mo w/ pencil sharpener blade, last {{DATE:3/10}}. today thought about taking mom's "pressure pills" (amlodipine) — didn't. +anhedonia, sleep ↓, grades ↓. no prior tx. no substance. no guns at home.
exam: superficial linear healing cuts l volar forearm ~10, no infection.
asq: positive (acute). c-ssrs: si w/ method no plan/intent today.
mse: quiet, tearful, cooperative, future-oriented re: sister {{NAME:Djenane}} (age 6).
plan: psych consult dr {{NAME:emeka ibekwe}} — not requiring inpt per eval; safety plan w/ mom (lock meds — mom will bring them to neighbor mme. {{NAME:florvil}}), remove blades; mobile response (state children's system) f/u within 72h; outpt therapy intake {{FACILITY:clinton hill counseling}} {{DATE:3/14}} 3pm; school re-entry meeting; bullying report.
dispo home w/ mom 19:30.
— {{NAME:r. adeyemo}} np / scribe {{NAME:tn}}`,

  // 71 Addiction consult, buprenorphine microinduction, DC
  `ADDICTION MEDICINE CONSULT
{{FACILITY:Anacostia Riverside Hospital}} — {{FACILITY:Barton 4}} (Medicine), rm 418B
Patient: {{NAME:Antoine Marcel Brooks}}    MRN {{MRN:ARH7745018}}    DOB {{DATE:1/2/1979}}
Date {{DATE:May 13, 2024}}    Consultant: {{NAME:Sarah Kaminski-Oduro}}, MD (addiction fellow) / attending Dr. {{NAME:Gebre}}
Requesting: Dr. {{NAME:Lionel Pratt}} (hospitalist) for "help with opioids + pain"

45M adm {{DATE:5/10}} w/ L psoas abscess (MSSA), s/p IR drain. OUD: fentanyl smoked, ~1 g/day; also daily Percocet from street. Previously on methadone at {{FACILITY:Capitol Recovery Services}} 2020-2022, tapered off when he moved to {{LOCATION:Suitland}}. Wants buprenorphine now; fears precipitated withdrawal ("happened to my cousin").
Currently on hydromorphone 2 mg IV q3h prn + oxycodone 10 q4h prn, using max. COWS 3 while on full agonists.
Plan: low-dose (micro) induction, continue full agonists during:
 D1 bup 0.5 mg SL daily → D2 0.5 BID → D3 1 BID → D4 2 BID → D5 4 TID → D6 8 mg BID, stop full agonists → D7 16 mg/day.
 Multimodal: acetaminophen 1 g q8h, ketorolac x3 days (Cr ok), lidocaine patch.
 Discharge plan: bupe via {{FACILITY:Minnesota Ave Pharmacy}}, OBOT f/u at {{FACILITY:Georgia Avenue Family Clinic}} w/ NP {{NAME:G. Mensah-Arthur}} (fax {{FAX:202-555-0150}}); or OTP if preferred.
 Naloxone at bedside + d/c kit. HCV/HIV screens: HCV Ab+ → RNA sent.
Girlfriend {{NAME:Kiara Lucas}} ({{PHONE:240-555-0138}}) — pt ok'd sharing plan with her.
Will follow daily. Consult pager {{PHONE:5-0093}}.`,

  // 72 Occupational PEP, harm-reduction worker, Baltimore
  `EMPLOYEE HEALTH / ED — OCCUPATIONAL EXPOSURE (NEEDLESTICK)
{{FACILITY:Harbor East Medical Center}} ED    {{DATE:09/06/2024 17:50}}
Exposed worker: {{NAME:Rasheeda Blount}}    DOB {{DATE:12/19/1990}}    Employee ID {{ID:E-0041187}}
Employer: {{FACILITY:Charm City Harm Reduction Coalition}} (outreach worker)    Supervisor: {{NAME:Dominic Sandoval}} {{PHONE:443-555-0111}}
Workers' comp claim # {{ACCOUNT:MDWC-2024-119042}}

Event: ~16:30 while collecting discarded syringes in alley behind {{ADDRESS:2100 block of E. Preston St}}, stuck R index finger through glove by a hollow-bore needle (visible blood in hub). Source unknown. Washed w/ soap/water within 5 min.
Worker: HBV vaccinated, anti-HBs 48 ({{DATE:3/2023}}), HCV Ab neg, HIV neg ({{DATE:1/2024}}). Not pregnant (hCG neg). Cr 0.8.
Assessment: significant percutaneous exposure, unknown source in high-prevalence setting.
PEP: started Biktarvy 1 tab daily x 28 days, 1st dose 18:10. Baseline: HIV Ag/Ab, HCV Ab + RNA, HBsAg, CMP, hCG. Tdap up to date.
F/u: employee health ({{FACILITY:Occupational Health at HEMC}}, Dr. {{NAME:Nadia Farouk}}) {{DATE:9/9}}; HIV testing at 6 wk & 4 mo; HCV RNA at 3-6 wk.
Rx sent to {{FACILITY:HEMC Outpatient Pharmacy}}, 28-day supply, no copay (WC).
Documented per OSHA bloodborne pathogens standard; sharps log # {{ID:CCHRC-SL-0917}}.
{{NAME:Thomas Oyelaran}}, MD`,

  // 73 Certified recovery specialist note, Philadelphia
  `CRS (CERTIFIED RECOVERY SPECIALIST) CONTACT NOTE
Program: {{FACILITY:Frankford Ave Family Med}} warm handoff / CRS {{NAME:Anthony "Tony" DiSalvo}}
Participant: {{NAME:Shawna Marie Kelleher}}    DOB {{DATE:05/25/1989}}    Ref # {{ID:WH-24-3317}}
Contact date: {{DATE:Sat. 8/24/24}}, 11:00–12:40, community (met at coffee shop at {{ADDRESS:Frankford Ave & Cottman Ave}})

Met as planned. Shawna is 35, 9 days on Suboxone 16 mg since ED induction at {{FACILITY:Episcopal Crossing}} on {{DATE:8/15}}. Says cravings are "like a 3 now." Staying with her aunt {{NAME:Peggy Kelleher}} in {{LOCATION:Mayfair}} ({{ADDRESS:3329 Cottman Ave, 2nd fl}}), aunt is strict but supportive.
Went with her to: 1) {{FACILITY:Cottman Ave Pharmacy}} — picked up next 7 days; 2) DHS office re: SNAP recert (done); 3) phone call to {{FACILITY:Kensington Ave Baptist Church}} food pantry.
Goals (her words): "get my daughter back" — daughter {{NAME:Kayleigh}} (6) with paternal grandmother, CYS caseworker Mr. {{NAME:Whitlock}}, next family court hearing {{DATE:10/2}}; "get my GED."
Barriers: no phone (lost) → gave her a program phone, # {{PHONE:215-555-0186}}; transportation → SEPTA Key card loaded.
Recovery capital: NA meeting Tues at {{FACILITY:St. Bernard's parish hall}}; sponsor not yet.
Next contact {{DATE:Tue 8/27}} at 2:00, walk her to OBOT intake.
— {{NAME:T. DiSalvo}}, CRS`,

  // 74 Custody patient ED transfer note, Newark
  `INTER-FACILITY TRANSFER / CUSTODY PATIENT
From: {{FACILITY:Essex Hill Correctional Center}} Medical (Dr. {{NAME:Anil Varghese}}, on call) — ph {{PHONE:973-555-0131}}
To: {{FACILITY:Newark Ironbound Medical Center}} ED       Sent {{DATE:10/19/2024 04:25}} via {{FACILITY:Garden State Transport}} BLS unit 22
Inmate: {{NAME:DIALLO, ALPHA OUMAR}}    SBI # {{ID:000882741C}}    Jail ID {{ID:24-11903}}    DOB {{DATE:03/30/1995}}
Custody: 2 officers (Ofc. {{NAME:Bautista}}, Ofc. {{NAME:Greer}}), leg restraints; no handcuffs during exam per policy.

Reason: hunger strike day 12 — refusing food since {{DATE:10/7}}, fluids only (water ~1 L/day). Today lightheaded, syncope in shower 0330, HR 48.
Hx: 29 y/o M from {{LOCATION:Labé}}, Guinea; detained pending hearing. Sickle trait. No meds.
Vitals: BP 92/58 sitting → 74/40 standing, HR 48, T 36.1, wt 58.9 kg (admission wt {{DATE:9/25}} 67.2 kg). FSBS 62.
Labs at jail: K 3.0, Phos 2.1 (drawn 0200).
Concern: refeeding risk, bradycardia, orthostasis.
Capacity: pt has capacity (eval {{DATE:10/14}} by psych Dr. {{NAME:Seo-yeon Ha}}), states protest re: conditions, accepts IV fluids and labs, declines food. Interpreter (Pular) used via line ext {{PHONE:4471}}.
Brother {{NAME:Thierno Diallo}} ({{PHONE:862-555-0144}}), attorney {{NAME:Rebecca Stoll}}, Esq. notified per ROI.
Report called to ED charge RN {{NAME:Joy}}.`,

  // 75 Overdose fatality review case summary, Baltimore
  `LOCAL OVERDOSE FATALITY REVIEW TEAM — CASE SUMMARY (CONFIDENTIAL)
Case {{ID:OFR-2024-061}}    Review meeting {{DATE:Thursday, 3/13/2025}}    Prepared by {{NAME:Alison Rudd}}, MPH

Decedent: {{NAME:Terrence Lamar Gilliam}}    DOB {{DATE:08/08/1982}}    DOD {{DATE:11/26/2024}}
Place of death: residence, {{ADDRESS:1806 N. Smallwood St}}, {{LOCATION:Walbrook}}, {{LOCATION:Baltimore}} {{ZIP:21216}}
OCME case # {{ID:24-05188}}. Cause: combined fentanyl, xylazine and cocaine toxicity. Manner: accident.

Timeline of service contacts (last 12 months):
- {{DATE:1/2024}}: released from {{FACILITY:Madison Street Detention Center}} after 94 days; no MOUD in custody (not offered — pre-policy). Naloxone given at release.
- {{DATE:2/19/2024}}: ED visit {{FACILITY:Druid Hill Medical Center}}, nonfatal OD; declined bupe; peer referral not completed (wrong phone #).
- {{DATE:April–June 2024}}: intermittent at {{FACILITY:Fulton Street Treatment Center}}, methadone up to 60 mg; discharged for nonattendance {{DATE:6/28}}.
- {{DATE:9/2024}}: SSP van contacts x3 (participant code only).
- {{DATE:11/25/2024}}: called sister {{NAME:Angela Gilliam-Reese}}, "sounded down"; found next day by her.
Family interview ({{NAME:Angela}}, {{DATE:2/4/25}}): lost job at {{FACILITY:Reisterstown Road Tire}} in {{DATE:Oct 2024}}; mother died {{DATE:Aug 2024}}.
Missed opportunities: MOUD at release; OTP re-engagement outreach; bereavement support.
Recommendations to be voted at meeting.`,

  // 76 Hepatitis C treatment start, Philadelphia
  `HCV TREATMENT — START VISIT
{{FACILITY:Lehigh Avenue Health Center}} Integrated HCV Clinic    {{DATE:07/08/2024}}
Pt: {{NAME:Wanda I. Maldonado Pagán}}    DOB {{DATE:4/15/1974}}    MRN {{MRN:LAHC-2031948}}
Clinician: {{NAME:Adaora Nweke}}, CRNP    Pharmacist: {{NAME:Kevin Trinh}}, PharmD

50 yo F, OUD on methadone 90 mg at {{FACILITY:Allegheny Avenue Methadone Clinic}} (stable 2 yrs), HCV genotype 3a, VL 2,410,000 IU/mL ({{DATE:5/30/24}}). FIB-4 1.9, FibroScan 8.1 kPa (F2). HBV: sAb+, cAb+ (prior infxn), sAg neg → monitor ALT q4wk on DAA. HIV neg. No cirrhosis, no prior tx.
Meds: methadone, omeprazole 40 daily (interaction w/ velpatasvir — switching to famotidine 20 BID, take 12h apart), lisinopril.
Regimen: sofosbuvir/velpatasvir (Epclusa) 400/100 daily x 12 wks. PA approved — Medicaid plan ID {{HEALTH_PLAN:100392281749}}, PA # {{ID:PA24-0708-66190}}. Specialty pharmacy: {{FACILITY:Keystone Specialty Rx}} (mail to {{ADDRESS:2518 N. Fairhill St}}) — pt prefers pickup at OTP; arranged w/ OTP nurse {{NAME:Dolores Quiñones}} for DOT with methadone dose.
Start date: {{DATE:7/15/24}}. Labs: HCV VL wk 4 ({{DATE:8/12}}), SVR12 ~{{DATE:Jan 2025}}.
Reinfection counseling: new equipment, partner {{NAME:Eddie Rosa}} to be tested — appt {{DATE:7/22}}.
Pt phone {{PHONE:215-555-0145}}; Spanish preferred, son {{NAME:Javier}} helps with English mail.`,

  // 77 Crisis text line transcript summary, DC
  `CRISIS TEXT SERVICE — CONVERSATION SUMMARY
{{FACILITY:DC Youth Crisis Text}} (local 988 text partner)    Conv ID {{ID:CTX-7730219}}
Start {{DATE:10/27/2024 23:52}}    End {{DATE:10/28/2024 01:10}}    Crisis counselor: {{NAME:Joanna}} (#{{ID:4028}}), supervisor {{NAME:M. Addo}}

Texter identified self as "{{NAME:Bri}}," 17, later as {{NAME:Brianna Okafor-Jones}}; texting from {{PHONE:202-555-0109}}.
Summary: texter said she was at a house party in {{LOCATION:Brookland}}, drank "a lot," friend left her, she took "some of the pills" (unknown, "blue ones") 30 min earlier to "make it stop." Reported SI, intent unclear. Location: "the yellow house on {{ADDRESS:Monroe St NE near 10th}}."
Risk: imminent (ingestion of unknown pills + SI + intoxication, minor).
Action: active rescue initiated 00:14 per protocol — 911 w/ location and phone number; texter stayed engaged; EMS on scene 00:31, texter confirmed "they're here," transported to {{FACILITY:Capital Crossing Hospital}} pediatric ED per EMS.
Follow-up: supervisor called ED 00:55 — arrived, stable; parent (mother, {{NAME:Ngozi Okafor}}) notified by ED.
Counselor debrief done.`,

  // 78 Immigration detention medical transfer summary, NJ
  `MEDICAL TRANSFER SUMMARY — IMMIGRATION DETENTION
From: {{FACILITY:Port Elizabeth Processing Center}}, Health Services    Fax {{FAX:908-555-0172}}
To: {{FACILITY:University Heights Infectious Disease Clinic}} (TB clinic)     Date {{DATE:2024-12-05}}
Detainee: {{NAME:Kouassi, Yao Serge}}    A-Number {{ID:A 240 118 593}}    Facility ID {{ID:PEPC-88120}}
DOB: {{DATE:15/03/1988}} (per passport)    Country of citizenship: Côte d'Ivoire    Languages: French, Baoulé

Reason: abnormal CXR on intake ({{DATE:11/28/24}}) — RUL cavitary lesion 2.4 cm. IGRA positive. Sputum AFB smear x3: 1+ on #2 ({{DATE:11/30}}), others neg. GeneXpert MTB detected, rif resistance NOT detected.
Symptoms: cough 3 mo, night sweats, 6 kg wt loss since leaving {{LOCATION:Abidjan}} ({{DATE:Aug 2024}}) via Brazil, Central America, Mexico.
HIV: neg ({{DATE:11/29}}). A1c 5.4. LFTs nl.
Started RIPE {{DATE:12/2/24}} (rifampin 600, isoniazid 300, pyrazinamide 1500, ethambutol 1200 + B6), DOT. In AII room (negative pressure) since {{DATE:11/30}}.
Health dept notified (TB case report {{ID:TBR-NJ-24-3310}}).
Continuity: if released/transferred, needs DOT & TB clinic f/u; contact cousin {{NAME:Akissi Kouadio}} in the {{LOCATION:Bronx}}, {{PHONE:718-555-0134}}.
Physician: {{NAME:Camille Dufresne}}, MD    Nurse coordinator: {{NAME:Marcus Webb}}, RN {{EMAIL:mwebb.health@pepc-detention.us}}`,

  // 79 Research-corpus style discharge summary with placeholders
  `Admission Date:  [**{{DATE:2151-2-11}}**]              Discharge Date:   [**{{DATE:2151-2-16}}**]

Date of Birth:  [**{{DATE:2103-9-4}}**]             Sex:   M

Service: MEDICINE

Attending:[**{{NAME:First Name4 (NamePattern1) 1123}}**] [**{{NAME:Last Name (NamePattern1) 4471}}**], M.D.

Chief Complaint:
fever, L arm swelling

History of Present Illness:
47 yo M w/ IVDU (heroin, now "mostly fentanyl"), HCV, p/w 3 days L antecubital swelling and fevers to 102. Lives in rowhouse with brother [**{{NAME:Known firstname 882}}**] in [**{{LOCATION:Location (un) 2261}}**]. Last used AM of admission. Seen at [**{{FACILITY:Hospital 1527}}**] ED [**{{DATE:2-9}}**], given Bactrim and d/c'd, did not fill.

Hospital Course:
# L arm abscess/cellulitis: I&D at bedside [**{{DATE:2151-2-11}}**], cx MRSA. Vanc -> transitioned to doxycycline [**{{DATE:2-14}}**]. BCx NGTD x2.
# OUD: COWS 12 on arrival, buprenorphine induction, stabilized 16 mg/day. Met with peer [**{{NAME:First Name8 (NamePattern2) 339}}**]. Bridge appt at [**{{FACILITY:Hospital1 18}}**] addiction clinic [**{{DATE:2151-2-20}}**].
# HCV: VL sent, refer to ID.

Discharge Disposition:
Home

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 5512}}**] at [**{{FACILITY:Location (un) 4107}}**] clinic, Phone: [**{{PHONE:Telephone/Fax (1) 6621}}**], Date/Time: [**{{DATE:2151-2-20}}**] 9:30

[**{{NAME:First Name11 (Name Pattern1) 1123}}**] [**{{NAME:Last Name (NamePattern4) 4471}}**] MD [**{{ID:MD Number(2) 7738}}**]

Completed by: [**{{DATE:2151-2-16}}**]`,

  // 80 Post-hospital psychiatric bridge visit, Korean elder, Baltimore
  `BRIDGE CLINIC — POST-DISCHARGE PSYCHIATRY VISIT (7-DAY)
{{FACILITY:Harbor Family Services}} Geriatric Behavioral Health    {{DATE:Wed., Jan. 29, 2025}}
Pt: {{NAME:CHOI, BYUNG-CHUL}}    Age {{AGE:90}}    DOB {{DATE:01/08/1935}}    Chart {{MRN:HFS-60211}}
Clinician: {{NAME:Jin-ah Moon}}, PMHNP-BC (Korean-speaking)    Accompanied by: daughter-in-law {{NAME:Sunhee Choi}}

Recent admission: {{FACILITY:St. Brendan's Hospital}} geri-psych ({{FACILITY:Seton 2}}), {{DATE:1/10–1/21/2025}}, for MDD severe w/ psychotic features (nihilistic delusions, refusing food, wt 49 kg). Treated w/ mirtazapine 15 → 30 mg + olanzapine 2.5 mg; ECT discussed, family declined.
Lives w/ son {{NAME:Daniel Choi}} and family, {{ADDRESS:4202 Stonewood Rd}}, {{LOCATION:Ellicott City}} {{ZIP:21043}}. Wife died {{DATE:Sept 2024}}. Former owner of {{FACILITY:Seoul Garden Dry Cleaners}} on {{ADDRESS:Charles St}} (retired 2010). Church: {{FACILITY:Sarang Light Presbyterian Church}}.
Today: eating 2 meals/day w/ supplements (Ensure), wt 50.1 kg. Sleeping 7h. Still says "my insides are rotting" but less distressed. No SI (GDS-15: 11). No EPS. Orthostatics neg. Fell? no. MoCA deferred (Korean version next visit).
Plan: cont mirtazapine 30 qHS, olanzapine 2.5 qHS (reassess 4 wk; metabolic + falls monitoring), weekly RN check-in call, PCP Dr. {{NAME:Hyun Bae}} for labs (Na, CBC) {{DATE:2/3}}. Family crisis plan; 988 w/ Korean interpreter. RTC 2 wk.
Daughter-in-law cell {{PHONE:443-555-0161}}.`,
];

export const HELDOUT_REALISTIC_30_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout30-${i + 1}`, n));
