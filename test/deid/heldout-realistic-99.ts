// A ninety-ninth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come from the
// documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is behavioral health and addiction care: inpatient psychiatric
// admissions and daily progress notes, involuntary holds and court petitions (case numbers, judges,
// attorneys, hearing officers), 988 crisis line call logs, mobile crisis team notes, detox and
// residential treatment, methadone and buprenorphine clinic dosing logs, PDMP checks, group therapy
// notes with members' first names and initials, peer support, sober-living and shelter referrals,
// probation officer letters, school counselor referrals for adolescents, safety plans with family
// phone numbers, and discharge planning. It mixes formal court captions and forms with terse
// nursing shorthand, copied-forward text, secure-message threads, tables and fax covers, and puts
// next to the identifiers many look-alikes that are not PHI: 5150, 5250, Baker Act, Section 12,
// CIWA-Ar, COWS, PHQ-9, C-SSRS, AUDIT-C, Wernicke, Korsakoff, Romberg, Suboxone 8/2, methadone
// 95 mg, Vivitrol 380 mg, Sublocade 300 mg, ICD-10, CPT and HCPCS codes, NDC and lot numbers, rooms,
// beds, dosing windows, step numbers, 24/7, 1/2 tab, BP 132/86, years alone and relative days.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-21 final engine
// (ae581d0) 0.9511 / 0.9438.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's conventions: titles and credentials stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Honorifics in other
// languages stay outside NAME spans like titles; a highway mile marker or intersection where a
// person was is ADDRESS; a date range written as one token (4/11-4/15/92) is one DATE span; a city
// abroad is LOCATION wherever it appears. A month/day without a year (3/4, mar 13) is a DATE; a
// clock time next to a month/day without a year stays outside the span, while one attached to a
// date with a year is inside; compact all-digit and military-style dates are DATE; an age over 89
// is AGE however it is written, ages of 89 and under are not; a nickname, first name alone, last
// name alone, lower-case name or initials standing for a person (pt, family, group member or staff,
// incl. typist and signer initials) are NAME, one span per occurrence, and a nickname in quotes or
// brackets is its own span; kin terms, honorifics and newborn labels (Mom, Avó, unci, Mamá, Sra.,
// Atty., Ofc., Sgt., Deputy, Judge, Hon., PO, Fr., Sister, Pastor, Tech, Baby Girl) stay outside
// NAME spans; a time range after a date (1800-2100) stays outside the DATE span; a
// county named with County or Co is LOCATION; tribal citizen, passport, booking, badge and parcel
// tracking numbers are ID; a VA ICN is MRN; a file name of a patient's face photo is PHOTO; a
// fingerprint or palm-vein template number is BIOMETRIC; a mention of a name as a word is still
// NAME. Applied to this set's material: court, docket, petition, probation, inmate (DOC), crisis
// call, PDMP query, REMS and specimen numbers are ID; bar numbers, CADC/LCSW/LPC numbers and DEA-X
// numbers are LICENSE; an opioid-treatment program's patient number is MRN; a GPS ankle monitor or
// alcohol-monitoring bracelet serial is DEVICE; a jail, treatment program, sober-living house or
// recovery residence is FACILITY; a reservation is LOCATION with the word Reservation; participant,
// alumni, interpreter and employee numbers are ID; the city or county in a police department,
// sheriff's office or court name is LOCATION while the rest of that name is not annotated; 988,
// 911, the 741741 text
// line, 5150 and similar statute or form numbers are not PHI; a clean or sobriety date is a DATE;
// a pet's name is not PHI; a chat or social-media user name standing for a person is NAME, and
// a link to a person's own profile or meeting room is URL.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `BEHAVIORAL HEALTH UNIT - ADMISSION H&P
Pt: {{NAME:Okonkwo, Chidi E.}}    MRN {{MRN:BH-0048217}}    DOB {{DATE:04/19/1996}}
Admitted {{DATE:03/02/2024 22:47}} from ED at {{FACILITY:St. Brendan Medical Center}}
Legal: 72-hr hold (WIC 5150) written by {{LOCATION:Oakland}} PD Ofc. {{NAME:R. Delgado}} badge #{{ID:4471}}
Unit 4 West, Rm 412-B

CC: "they put a chip in my tooth"
HPI: 27 y/o M w/ schizophrenia (F20.9), last admit {{FACILITY:Linwood Pavilion}} {{DATE:Oct 2023}}, off Invega
Sustenna x ~3 mo. Landlord {{NAME:Gus Haskell}} called police after pt barricaded door of
{{ADDRESS:2280 Fruitvale Ave, Apt 3}}, {{LOCATION:Oakland}} {{ZIP:94601}}. +AH, no CAH. Denies SI. UDS + THC, neg fentanyl/cocaine/amph. BAL 0.
PPHx: 3 prior admits; 1 SA by OD 2019 (Tylenol). No ECT. Clozapine never tried.
SHx: lives alone, SSI payee is sister {{NAME:Ngozi Okonkwo-Reyes}} {{PHONE:(510) 555-0164}}. Worked at
{{FACILITY:Fruitvale Tire & Brake}} until 2022. Cannabis daily, EtOH rare, denies IVDU.
FHx: uncle ?bipolar in {{LOCATION:Enugu}}.
Exam: Romberg neg, no cogwheeling, no tremor. Babinski down bilat.
MSE: guarded, poor hygiene, TP tangential, TC paranoid re: dental implant, I/J poor.
Plan: Haldol 5 mg PO BID, Cogentin 1 mg prn EPS, Ativan 1 mg prn agitation, q15 obs,
labs, EKG (QTc). Invega re-load prior to d/c.
{{NAME:Andrew Feldstein}}, MD  (attending)  pgr {{PHONE:7731}}`,
  `PSYCHIATRY PROGRESS NOTE   HD#3
{{DATE:Tue 3/5/24 0915}}
pt {{NAME:Chidi Okonkwo}} ({{MRN:BH-0048217}}) seen on 4 West w/ MS3 {{NAME:Priya}} and RN {{NAME:Marguerite}}
S: slept 5h per night RN. "the chip stopped talking." denies SI/HI. asking when he can call sister
{{NAME:Ngozi}} ({{PHONE:510-555-0164}}). ate 75% of meals.
O: BP 132/86 HR 94 T 98.1. AIMS 0. Barnes 1 (mild restlessness). Cogentin 1 mg x1 overnight.
MSE: disheveled, fair EC, speech nl rate; TP circumstantial; TC + paranoia re neighbor "Mr. {{NAME:Haskell}}",
no AH today; insight poor/improving
A/P: schizophrenia, acute exac - improving
 - Haldol 5 mg PO BID cont; discuss LAI (Invega Sustenna 234 mg d1 / 156 mg d8)
 - 5150 expires {{DATE:3/5}} 2247 -> 5250 cert served 1400, cert review hearing {{DATE:3/8}} 1:30 pm,
   hearing officer {{NAME:Dana Whitcomb}}, PD {{NAME:Luis Arrellano}} notified by fax
 - SW {{NAME:Tamsin Greer}} LCSW to call board & care {{FACILITY:Maple Grove Residential Care}} re: bed
---copied from {{DATE:3/4}} note---
"pt reports the chip is in upper left molar, refused dental exam, refused labs x2"
---
{{NAME:Andrew Feldstein}}, MD    cosign: {{NAME:A. Feldstein}}    typed {{NAME:af}}/{{NAME:mt}}`,
  `APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT
Welfare and Institutions Code Section 5150            page 1 of 2
Detainee: {{NAME:MARISOL QUINTERO-BALDWIN}}           DOB {{DATE:11-07-1988}}
Address: {{ADDRESS:417 W. Olive St., #B}}, {{LOCATION:Stockton}} CA {{ZIP:95203}}
Phone {{PHONE:(209) 555-0119}}        CA DL {{LICENSE:D4419072}}
Date/time taken into custody: {{DATE:07/14/2024 0310}}
Location: {{ADDRESS:Weber Ave & N Center St}}, by the channel
[X] danger to self   [ ] danger to others   [ ] gravely disabled
Circumstances: sister {{NAME:Yesenia Quintero}} called 911 after texts at 0220 ("im done, tell {{NAME:Mateo}}
im sorry"). Pt found sitting on rail, wet, BAL later 0.14. States she wanted "to go see Papi in the
water" (father drowned 2016). Prior attempt by cutting per sister. 35 y/o, 2 children, son {{NAME:Mateo}}
age 9 w/ ex-partner {{NAME:Dario Baldwin}} in {{LOCATION:Lodi}}.
Detaining officer: Ofc. {{NAME:Kyle Brandt-Moreno}} #{{ID:2287}}, {{LOCATION:Stockton}} PD
Incident # {{ID:24-071403}}    Transported by {{FACILITY:Delta Care Ambulance}} unit 14
Designated facility: {{FACILITY:Calloway Psychiatric Health Facility}}
Advisement completed: [X] yes  by {{NAME:K. Brandt-Moreno}} at 0345, in English; Spanish offered.
Signature ______________  {{DATE:7/14/24}}  Received by RN {{NAME:O. Ferreira}} 0412`,
  `IN THE DISTRICT COURT OF {{LOCATION:WASHOE COUNTY}}, NEVADA
IN THE MATTER OF THE INVOLUNTARY
COURT-ORDERED ADMISSION OF                        Case No. {{ID:MH25-00391}}
{{NAME:DESMOND T. FAIRWEATHER}},                          Dept. No. 7
                    Respondent.
______________________________________/
        PETITION FOR INVOLUNTARY COURT-ORDERED ADMISSION
Petitioner {{NAME:Helena Obuya}}, M.D., a licensed psychiatrist at {{FACILITY:Sierra Crest Behavioral Hospital}},
states: 1. Respondent, born {{DATE:February 2, 1979}}, last residing at {{ADDRESS:1190 Kietzke Ln, Unit 22}},
{{LOCATION:Reno}} {{ZIP:89502}}, has been held on an emergency admission since {{DATE:January 28, 2025 at 4:10 p.m.}}
2. Respondent presents a clear and present danger of harm to others, in that on {{DATE:1/27/25}} he threatened his mother, {{NAME:Lorraine Fairweather}}, aged 72, with
a kitchen knife. See certificate of {{NAME:Ibrahim Sayed}}, M.D.
3. Less restrictive alternatives were considered and rejected.
DATED this {{DATE:30th day of January, 2025}}.
/s/ {{NAME:Helena Obuya}}, MD   NV license {{LICENSE:R-17734}}
Counsel for Respondent: {{NAME:Marcus Oyelaran}}, Deputy Public Defender, Nevada Bar No. {{LICENSE:11834}}
Deputy District Attorney: {{NAME:Siobhan Kettering}}, Bar No. {{LICENSE:9402}}
Hearing: {{DATE:Feb. 4, 2025, 9:00 a.m.}}, before Hon. {{NAME:Alistair P. Munro}}`,
  `MINUTES - MENTAL HEALTH CALENDAR                      Hearing Officer {{NAME:D. Whitcomb}}
{{DATE:Friday, March 8, 2024}}     Calendar 3B    Clerk: {{NAME:T. Lindqvist}}   Reporter: none (recorded)
Location: {{FACILITY:Calloway Psychiatric Health Facility}}, conference rm 2

Matter: Certification review, WIC 5250      Pt: {{NAME:Okonkwo, C.}}   ref {{ID:CR-24-0612}}
Present: pt; Patients' Rights Advocate {{NAME:Renata Solis}}; facility rep {{NAME:Tamsin Greer}}, LCSW;
treating MD {{NAME:A. Feldstein}} by phone {{PHONE:x4416}}
Evidence: pt continues to believe device implanted in tooth by neighbor; has refused food at times;
no plan for housing, board & care waitlisted. Sister {{NAME:Ngozi}} (by phone {{PHONE:510 555 0164}}) states he
cannot return to her home in {{LOCATION:Hayward}}.
Finding: probable cause [X] found  [ ] not found  - gravely disabled.
Advised of right to writ of habeas corpus; pt requests writ. Writ request faxed to {{LOCATION:Alameda County}}
Superior Court, Dept 9, at 1052. Next: 14-day cert ends {{DATE:3/19/24}}.

Matter: Certification review      Pt: {{NAME:Juarez Pinto, Eliseo}}   ref {{ID:CR-24-0613}}
Present: pt, advocate {{NAME:R. Solis}}, Dr. {{NAME:Hyun-woo Bae}}. Pt discharged to self {{DATE:3/7}} PM, matter
dropped. -{{NAME:tl}}`,
  `988 REGIONAL CALL CENTER - OVERNIGHT LOG          {{DATE:08/22/2024}}  2300-0700   team B
CallID             time   counselor  summary
{{ID:C240822-1187}}     2314   {{NAME:JMW}}        "{{NAME:Tasha}}" ~30s F, {{LOCATION:Gary}} IN. breakup, SI no plan, no means.
                                     safety plan done, f/u 0900. cb {{PHONE:219-555-0148}}
{{ID:C240822-1192}}     2351   {{NAME:RO}}         M caller, declined name, 11 min.
{{ID:C240823-0004}}     0012   {{NAME:JMW}}        3rd party: {{NAME:Bev Lundgren}} re: son {{NAME:Kyle}} 24, texts re OD'ing
                                     "on purpose this time". lives {{ADDRESS:6021 Lincoln Hwy, Lot 14}},
                                     {{LOCATION:Merrillville}}. imminent risk -> 911 warm transfer 0019,
                                     LCPD ref {{ID:24-118722}}.
{{ID:C240823-0031}}     0240   {{NAME:DK}}         chat: user "{{NAME:moonchild_ella}}", 16 y/o, cutting, parents asleep.
                                     IP {{IP:198.51.100.73}} logged per protocol. C-SSRS: ideation 4, no
                                     behavior. plan: school counselor {{FACILITY:Calumet Ridge High}} in am.
{{ID:C240823-0057}}     0518   {{NAME:RO}}         repeat caller ({{NAME:Arnie}}), 911 not indicated, 988 limit set.
Sup on call: {{NAME:Colleen Ybarra}}, LMHC  cell {{PHONE:219.555.0102}}`,
  `MOBILE CRISIS TEAM - FIELD ASSESSMENT
Dispatch {{DATE:9/30/24 1422}} from 988 (ref {{ID:MCT-24-3391}}), arrived 1510, cleared 1705
Team: {{NAME:Hollis Greenleaf}} QMHP, {{NAME:Benny Amaro}} peer specialist (CPRS)
Location: {{ADDRESS:88 Crescent Dr}}, {{LOCATION:Chillicothe}} OH {{ZIP:45601}}, side door (dog)
Client: {{NAME:Ronald}} "{{NAME:Ronnie}}" {{NAME:Cutshaw}}  DOB {{DATE:6/2/1961}}  Ph {{PHONE:740-555-0187}}
Medicaid {{HEALTH_PLAN:901847733201}}
Referred by daughter {{NAME:Kayla Cutshaw-Pruitt}} ({{PHONE:740-555-0153}}) after he posted on FB that
"everybody would be better off". Pt 63, vet (Army, Desert Storm), wife {{NAME:Deb}} passed {{DATE:July 2024}}.
Drinking "a fifth a day" since funeral. Guns: 2 long guns + revolver. Daughter's husband {{NAME:Travis}}
agreed to hold firearms at their home; removed during visit, documented.
C-SSRS: passive ideation, no intent, no plan. AUDIT-C 11. CIWA not done (last drink 1300).
Pt declined ED. Agreed to: VA crisis line, f/u with {{FACILITY:Hocking Valley VA clinic}} MH, walk-in detox
eval at {{FACILITY:Paint Creek Recovery Center}} tomorrow, daughter to stay tonight.
Next contact: follow-up call {{DATE:10/1}} by 1200.
Officer present: Deputy {{NAME:Jessup}}, {{LOCATION:Ross County}} SO, badge {{ID:318}}
-{{NAME:HG}} / {{NAME:BA}}`,
  `DETOX ADMISSION (ASAM 3.7-WM)    {{FACILITY:Beacon Cove Withdrawal Management}}
{{DATE:12/26/2023 0205}}   Rm 6 bed B
Name: {{NAME:Fenwick, Lowell J.}}   ID# {{MRN:HLW-22918}}   age 54   DOB {{DATE:3/17/69}}
Presents via {{FACILITY:Lynnfield General Hospital}} ED, BAL 0.312 at 2210, EtOH daily x 20y, 1.75 L vodka/day.
Last drink "night before last around 9". Hx of DTs 2021 at {{FACILITY:Rockport VA}}, seizure x1.
CIWA-Ar on arrival: 17 (tremor 4, sweats 3, anxiety 3, agitation 2, tactile 1, HA 2, orientation 2)
Librium 100 mg given 0215, then per symptom-triggered protocol. Thiamine 500 mg IV TID x3d (r/o
Wernicke), folate 1 mg, MVI. No ataxia, no nystagmus, no ophthalmoplegia. Korsakoff screen deferred.
Labs from ED: AST 212 ALT 98 GGT 640 Plt 88 Na 131 Mg 1.4.
Emergency contact: brother {{NAME:Dale Fenwick}} {{PHONE:978-555-0136}} (ok to discuss per 42 CFR pt 2 form)
Employer: {{FACILITY:Salem Harbor Marine}}, on FMLA.
Insurance: MassHealth {{HEALTH_PLAN:100238871134}}
Admitting RN {{NAME:Corinne Mbeki}} RN / on-call {{NAME:Saul Reinholt}} NP notified 0230`,
  `cows flowsheet - 3N detox - {{NAME:TRAN, VINH}} {{MRN:00731846}}
{{DATE:4/11}}
0600 COWS 14 (HR 112, sweat 2, restless 3, pupils 2, yawn 2, rhinorrhea 2, GI 2, gooseflesh 1)
     last use fentanyl "blues" ~2200 {{DATE:4/10}}. bup 4 mg SL given 0610 per Dr {{NAME:Kaplan}}
0700 COWS 9. pt asleep sitting up
0900 COWS 5. 2nd dose bup 4/1 given (total 8 mg). pt calling girlfriend {{NAME:Lien}} at {{PHONE:555-0171}}
1130 pt wants to leave AMA, talked down by peer {{NAME:Marcus}}. ok to stay. lunch 50%
1400 COWS 3. gabapentin 300 mg, clonidine 0.1 mg held for SBP 98
1600 mom Mrs. {{NAME:Tran}} ({{NAME:Hoa}}) visiting - lobby - brought clothes
1900 handoff to {{NAME:shawna}} rn. total bup today 12/3 mg. no precipitated w/d.
{{DATE:4/12}}
0015 COWS 6, pt req more bup, given 2 mg per order. pt says cousin {{NAME:Danh}} will pick up {{DATE:Thursday 4/13}}
0500 slept ~4h.
-{{NAME:jk}} rn`,
  `RESIDENTIAL INTAKE - LEVEL 3.5    {{FACILITY:Cedar Hollow Recovery Ranch}}
Admit {{DATE:May 6, 2024}}   Counselor {{NAME:Jolene Whitehorse}}, CADC II #{{LICENSE:AC-40215}}
Client {{NAME:Braxton Lee Tillery}}, 22 y/o M, DOB {{DATE:08/30/2001}}, SSN {{SSN:529-77-4108}}
Home: {{ADDRESS:3 Pinon Ct}}, {{LOCATION:Farmington}} NM {{ZIP:87401}}   cell {{PHONE:505-555-0193}}
Referral: {{LOCATION:San Juan County}} Adult Drug Court, case {{ID:D-1116-CR-2023-00582}}, PO {{NAME:R. Chischilly}}
Substances: meth IV daily, fentanyl smoked 2-3x/wk, EtOH weekends. Onset age 14.
Last use {{DATE:5/4}}. UDS today + amph, + fent, - bup. On Suboxone 8/2 BID started at {{FACILITY:Four Corners MAT Clinic}}.
Medical: hep C Ab+ (RNA pending), abscess L forearm healing, tdap {{DATE:5/6}} lot U7734AB.
Legal: possession w/ intent, pled into drug court {{DATE:Feb 2024}}.
Family: grandmother {{NAME:Lula Tillery}}, {{AGE:91}}, raised him, lives in {{LOCATION:Shiprock}}; mother in
{{FACILITY:Sandia Valley Women's Correctional Facility}}. Girlfriend {{NAME:Kaycee}}, 4 mo pregnant.
ASAM dims: D1 2, D2 2, D3 2, D4 3, D5 4, D6 4. Dx F15.20, F11.20.
Plan: 60-90 days, Suboxone continued by {{NAME:Rafael Ochoa-Vigil}}, MD, MAT group Tues/Thurs.
Belongings: phone (locked), $41 cash, {{LOCATION:Farmington}} PD property receipt #{{ID:P-77102}}.`,
  `{{FACILITY:RIVERBEND OPIOID TREATMENT PROGRAM}} DOSING LOG win 2
{{DATE:Mon 01/13/2025}}   Nurse: {{NAME:P. Adeyemi}}, LPN   MethaDose pump #3
Pt #       Name                    Dose    TH  Verif            Time   Init
{{MRN:OTP-10442}}  {{NAME:Kowalczyk, Danuta}}      95 mg   0   palm {{BIOMETRIC:PV-88213}}    0612   {{NAME:PA}}
{{MRN:OTP-10571}}  {{NAME:Greer, Dontrell}}        120 mg  6   photo {{PHOTO:10571_face.jpg}}  0618   {{NAME:PA}}
{{MRN:OTP-10588}}  {{NAME:Sandoval, Ma. Lourdes}}  60 mg   0   palm {{BIOMETRIC:PV-90114}}    0631   {{NAME:PA}}
              ** split 30/30 per Dr {{NAME:Whitfield}} {{DATE:1/9}}, QTc 478
{{MRN:OTP-10602}}  {{NAME:Beaulieu, Remy}}         85 mg   1   palm {{BIOMETRIC:PV-90277}}    0650   {{NAME:PA}}
              ** missed {{DATE:Fri 1/10}} + {{DATE:Sat 1/11}}, held to 85 (was 100)
{{MRN:OTP-10640}}  {{NAME:Hutchins}}, "{{NAME:Boo}}"        40 mg   0   --               --     --
              ** GUEST DOSE for {{FACILITY:Lakeshore Comprehensive Treatment Center}} pt, verified
                 by fax {{NAME:Kim Oduya}} RN ({{FAX:231-555-0126}}) {{DATE:1/10/25}}, {{DATE:1/13-1/17}}
{{MRN:OTP-10655}}  {{NAME:Nakamura-Ellis, Jun}}    30 mg   0   palm {{BIOMETRIC:PV-90430}}    0703   {{NAME:PA}}
Lot MT2417C exp 11/2026
Recon w/ {{NAME:L. Ruiz}}, RN 1115, var 0.0 mL.
Sticky: "{{NAME:Remy}}'s sister {{NAME:Celeste}} called {{PHONE:555-0139}}, wants call back re: ride"`,
  `OFFICE-BASED OPIOID TREATMENT - FOLLOW UP            {{FACILITY:Mercy Family Health - Eastgate}}
Pt: {{NAME:Alvarado, Jesenia}}   DOB {{DATE:9/4/1991}}   MRN {{MRN:3317742}}   Visit {{DATE:06/18/2024}}
Prescriber: {{NAME:Whitney Pham}}, DO   NPI {{LICENSE:1497738201}}   DEA {{LICENSE:FP4417729}}
S: 14 months on bup/nal. "Doing good, started at {{FACILITY:Eastgate Food Fair}} deli." Cravings 1/10, no use.
   Partner {{NAME:Luis}} also in recovery (sees Dr. {{NAME:Farah}} at {{FACILITY:BrightPath}}).
PDMP (OARRS) checked {{DATE:6/18/24 10:42}}, report # {{ID:OH-2024-6618-93310}}: only
   buprenorphine/naloxone 8-2 mg film #56 from {{FACILITY:Beechmont Pharmacy #2}}, last filled {{DATE:5/21}},
   prescriber self. No benzos, no other opioids. MED n/a.
UDS (POC): + bup, + norbup, - fent, - opiates, - oxy, - methadone, - amph, - benzo, - THC.
   Confirm sent, accession {{ID:LC-24-170-05521}}.
O: BP 118/76, no track marks. PHQ-9 6, GAD-7 8.
A: OUD severe, in sustained remission on MOUD (F11.21). Hep C tx completed 2023 (SVR12).
P: continue Suboxone 8/2 mg film BID, #56, 0 RF. Naloxone 4 mg nasal refilled. Next visit 4 wks
   ({{DATE:7/16}}). Consider q8wk visits after next negative. Return to work letter given to employer HR
   rep {{NAME:Deanna Kohl}}, fax {{FAX:(513) 555-0172}}, with pt's signed consent.
{{NAME:W. Pham}}, DO  e-signed {{DATE:06/18/2024 11:07}}`,
  `PMP - PATIENT RX HISTORY REPORT
Request ID {{ID:PMP-77120450}}   Run by: {{NAME:Gianna Russo}}, PharmD (delegate of {{NAME:K. Abernathy}} MD)
Requested {{DATE:02/27/2025 08:15}}
Patient: {{NAME:HOLLOWAY, TREVOR M}}  DOB {{DATE:12/01/1985}}  ZIP {{ZIP:37918}}
Variants: {{NAME:TREV HOLLOWAY}}, {{NAME:TREVOR HOLLOWAY-BASS}}
Addresses on file: {{ADDRESS:5420 Washington Pike}} {{LOCATION:Knoxville}}; {{ADDRESS:PO Box 112}} {{LOCATION:Maynardville}}

Filled      Drug                          Qty  Days  Prescriber          Pharmacy           Pay
{{DATE:02/20/25}}    oxycodone HCl 10 mg           60   15   {{NAME:SHAH, N}}           {{FACILITY:Central Drug 4471}}     Cash
{{DATE:02/12/25}}    alprazolam 1 mg               60   30   {{NAME:BRENNAN, O}}        {{FACILITY:Halls Pharmacy}}     Comm
{{DATE:02/03/25}}    oxycodone HCl 10 mg           90   30   {{NAME:SHAH, N}}           {{FACILITY:Halls Pharmacy}}     Comm
{{DATE:01/27/25}}    buprenorphine-nal 8-2 mg      28   14   {{NAME:ABERNATHY, K}}      {{FACILITY:Fountain City Drug}} Mcaid
MME 60. Opioid + benzo overlap: YES. Prescribers/pharmacies 90 d: 3/3.
NarxScore 640/410/000. ORS 710.
Comment: bup + oxycodone from another prescriber; called Dr {{NAME:Shah}}'s
office ({{PHONE:865-555-0108}}), spoke w/ {{NAME:Tonya}}, who was unaware. Pt scheduled with
{{NAME:Abernathy}} {{DATE:2/28}} to discuss. -{{NAME:GR}}`,
  `GROUP THERAPY NOTE - IOP Relapse Prevention (CPT 90853 / H0015)
{{FACILITY:New Dawn Outpatient Recovery}}    {{DATE:Wednesday 10/16/24}}  1800-2100   Rm "Serenity"
Facilitator: {{NAME:Darnell Whitacre}}, LPC, LCADC #{{LICENSE:37LC00921900}}   Co-fac: {{NAME:Maribel}} (intern)
Topic: HALT and high-risk situations; Step 4 inventory check-in.
Present (9): {{NAME:Angela R.}}, {{NAME:Jimmy}}, {{NAME:T.O.}}, {{NAME:Precious M.}}, {{NAME:Kenji}}, {{NAME:Big Mike}},
{{NAME:D.S.}}, {{NAME:Yolanda}}, Fr. {{NAME:Tom}}'s nephew {{NAME:Caleb}}
Absent: {{NAME:Rhiannon K.}} (excused - court), {{NAME:Wes}} (unexcused, 2nd absence, call placed)
Individual note for: {{NAME:ANGELA RODRIGUEZ-FIELDS}}  chart {{MRN:ND-40981}}
{{NAME:Angela}} shared she was at sister {{NAME:Marisa}}'s baby shower Sat and "the mimosas were right there".
Used HALT: was hungry + tired. Called sponsor {{NAME:Gloria}} from the bathroom. Did not drink.
Clean date remains {{DATE:3/2/2024}}. Peer {{NAME:T.O.}} gave feedback re: "playing the tape forward".
Pt engaged, affect bright, denies SI. BAC 0.000 on arrival. UDS random not today.
Plan: cont IOP 3x/wk; next individual w/ writer {{DATE:10/21}}. Homework: triggers list for holidays.
{{NAME:D. Whitacre}}, LPC   {{DATE:10/16/2024 21:40}}`,
  `PEER RECOVERY SUPPORT - CONTACT NOTE
Peer: {{NAME:Lorenzo}} "{{NAME:Zo}}" {{NAME:Battaglia}}, CPRS        Participant: {{NAME:Shanice Odom}}  ({{MRN:PRS-2291}})
Contact {{DATE:2/3/25}}, 45 min, in person at {{FACILITY:Mt. Olive Missionary Baptist Church}} fellowship hall
{{NAME:Shanice}} got her 30-day chip at the Sunday NA meeting. We talked about her kids (DCS case worker
Ms. {{NAME:Pruitt}}) and the visit schedule. She wants to get her license back; BMV
said she owes reinstatement fee, DL {{LICENSE:OH-SR448102}}.
Went to {{FACILITY:Cuyahoga Works}} job fair together. She applied at {{FACILITY:Dellwood Market}} and {{FACILITY:Lakewood Laundromat}}.
Bus pass renewed. She has not talked to her ex {{NAME:Rashad}} in 2 wks, good.
Her mom (Miss {{NAME:Bernice}}, {{PHONE:216-555-0141}}) is keeping {{NAME:Jaylen}} and {{NAME:Aaliyah}} weekdays.
Goals: 1) 60 days, 2) GED class at {{FACILITY:Lakeview Adult Learning Center}}, 3) move out of {{FACILITY:Harbor House Women's Shelter}}
into recovery housing.
Next: {{DATE:Thu 2/6}} 2pm, ride to {{FACILITY:Bellflower Recovery House}} intake.
-{{NAME:Zo}} ({{PHONE:216-555-0160}}, peer line)`,
  `REFERRAL TO RECOVERY RESIDENCE (NARR Level II)
To: {{FACILITY:Serenity House - Men's}}, attn {{NAME:Clyde Pettiford}}, house manager
    {{ADDRESS:1418 E. Walnut St}}, {{LOCATION:Springfield}} MO {{ZIP:65802}}  ph {{PHONE:417-555-0115}}
From: {{NAME:Erin McCallister}}, LMSW, discharge planner, {{FACILITY:Ozark Ridge Treatment Center}}
Date: {{DATE:11/25/2024}}     fax {{FAX:417-555-0197}}    email {{EMAIL:emccallister@ozarkridge.example.org}}
Resident applicant: {{NAME:Dalton Wayne Spurlock}}, DOB {{DATE:1/9/1990}}
Current: completing 28-day residential, anticipated d/c {{DATE:12/3/24}}
Sobriety date: {{DATE:10/30/24}}   Primary: alcohol, meth (F10.20, F15.20)
MAT: none (declined naltrexone); ok with house policy on MAT.
Income: was employed {{FACILITY:Hammons Poultry plant}} line; applying for rehire, otherwise SNAP.
Can pay first week ($150) via family - mother {{NAME:Rhonda Spurlock}} {{PHONE:(417) 555-0182}}.
Legal: {{LOCATION:Greene County}} probation, officer {{NAME:B. Yates}}, case {{ID:2331-CR04411}}.
No sex offense, no arson. Smoker. Has car: 2009 Silverado, plate {{VEHICLE:MO 7XK-Y42}}.
Please call me to arrange phone interview. Thank you, {{NAME:Erin}}
[consent for disclosure signed {{DATE:11/22/24}}, 42 CFR Part 2 compliant, expires at d/c+90d]`,
  `SHELTER REFERRAL / BED REQUEST   (faxed 2:14 PM)
To: {{FACILITY:Cornerstone Gospel Mission}} Men's Emergency Shelter, intake desk   Fax {{FAX:509-555-0130}}
Re: {{NAME:Abdirahman Yusuf Warsame}}   DOB {{DATE:07/22/1979}}   Preferred: "{{NAME:Abdi}}"
From: {{FACILITY:Providence Crest Hospital}}, inpatient psychiatry 6 South, SW {{NAME:Kirsten Vollmer}}
Ph {{PHONE:509-555-0124}} ext {{PHONE:3381}}   {{DATE:Aug 19, 2024}}
Pt medically and psychiatrically stable for d/c tomorrow {{DATE:8/20}} at approx 11:00.
Dx: PTSD, MDD recurrent, AUD in early remission. Ambulatory, independent ADLs, no O2, no wound care.
Meds (7-day supply + Rx sent to {{FACILITY:Division St Pharmacy}}): sertraline 150 mg, prazosin 2 mg qhs,
naltrexone 50 mg daily. Not on controlled substances.
Pt arrived from {{LOCATION:Mogadishu}} via {{LOCATION:Nairobi}} 2011; speaks Somali/English; halal diet.
Last housed at {{ADDRESS:E. 1720 Sprague Ave, #9}}, {{LOCATION:Spokane}} (evicted {{DATE:6/2024}}).
ID: WA ID card {{LICENSE:WDLWARSAY517P}}; SSN card lost, SS office appt {{DATE:8/27}}.
Contact: cousin {{NAME:Hodan Ali}} {{PHONE:(206) 555-0159}} in {{LOCATION:Kent}}, not able to house.
Transport: cab voucher, {{FACILITY:Inland Northwest Transit}} bus pass.
Please confirm bed by phone. -{{NAME:KV}}`,
  `{{LOCATION:MULTNOMAH COUNTY}} DEPARTMENT OF COMMUNITY JUSTICE
Adult Services Division - Mid-County Field Office
{{ADDRESS:10317 E Burnside St}}, {{LOCATION:Portland}}, OR {{ZIP:97216}}   Tel {{PHONE:503-555-0121}}

{{DATE:March 12, 2025}}

{{FACILITY:Columbia Gorge Recovery Center}}
Attn: Clinical Director / {{NAME:Ana-Lucia Prado}}, CADC III
VIA FAX {{FAX:541-555-0177}}

RE: {{NAME:WENDELL ARTHUR KIRBY}}, SID# {{ID:19442871}}, DOB {{DATE:05/14/1983}}
    Case # {{ID:22CR58113}}

Dear Ms. {{NAME:Prado}}:
Mr. {{NAME:Kirby}} is under my supervision on felony probation through {{DATE:09/2027}}. A special
condition ordered by Judge {{NAME:Conrad Whitlock-Hayes}} requires him to complete residential substance
use treatment and follow all recommendations. Please accept this letter as a request for admission
and for monthly progress reports (attendance, UA results, and discharge status) under his signed
release. He is also being monitored with a SCRAM CAM unit, serial {{DEVICE:SC4-0081927}}, which must stay on.
Please notify me within 24 hrs of any AMA discharge, positive UA or new law violation.

Sincerely,
{{NAME:Tamara Ochoa-Rennick}}
Probation/Parole Officer II     cell {{PHONE:503-555-0190}}
{{EMAIL:tamara.ochoa-rennick@dcj.example.gov}}
cc: file; Defense atty {{NAME:Jared Silverberg}}`,
  `STUDENT SUPPORT REFERRAL - COUNSELING / SAP
{{FACILITY:Westbrook Middle School}} -> {{FACILITY:Lakeside Youth & Family Services}}
Date of referral: {{DATE:January 22, 2025}}
Student: {{NAME:Aiyana Begay-Sorensen}}   Grade 8   DOB {{DATE:3/30/2011}}   Student ID {{ID:2031147}}
Parent/guardian: {{NAME:Tess Sorensen}} (mom) {{PHONE:(952) 555-0110}}; dad {{NAME:Marcus Begay}} (lives in {{LOCATION:Gallup}},
joint custody, {{PHONE:505-555-0174}})
Referred by: {{NAME:Liesl Hartmann}}, school counselor, {{EMAIL:lhartmann@westbrook.example.k12.mn.us}}
Reason: teacher (Mr. {{NAME:Dube}}, science) found vape pen + notes in notebook: "I wish I
could disappear." Student disclosed cutting thighs since fall, last {{DATE:1/19}}. Friends {{NAME:Sadie}} and
{{NAME:Ximena}} confirmed she posts on a private account ({{URL:https://www.instagram.com/aiyana.sleeps.never}}).
Screen: ASQ positive (non-acute). Columbia lite: wish to be dead, no plan. PHQ-A 17.
Mom informed by phone 11:40, came in 1:15, agreed to referral and same-week appt; safety plan done.
Grades dropped (Cs/Ds), 6 tardies, nurse visits x9 (HA, stomach). 504 plan: none. IEP: none.
Release signed by {{NAME:T. Sorensen}} for school <-> agency communication.
Follow-up: check-in daily w/ counselor; SAP team meets {{DATE:1/29}}.`,
  `MY SAFETY PLAN  (Stanley-Brown)        made with: {{NAME:Ifeoma}} (therapist)   date {{DATE:4/3/25}}
Name: {{NAME:Gabriel}} "{{NAME:Gabe}}" {{NAME:Mendonça}}

1. Warning signs: not sleeping, skipping class at {{FACILITY:Middlesex State College}}, playing the same song on
   repeat, thinking "what's the point", drinking alone.
2. Things I can do alone: run the river path, shower, call of duty w/ headphones, make my avó's soup.
3. People/places that distract me: {{NAME:Tomas}} (roommate), {{FACILITY:Brew'd Awakening}} cafe, the gym.
4. People I can ask for help:
   - Mom {{NAME:Fernanda}}: {{PHONE:978-555-0127}}
   - sister {{NAME:Bia}}: {{PHONE:(617) 555-0145}}
   - Avó {{NAME:Conceição}} ({{AGE:92}}!) - call her on the landline {{PHONE:978 555 0150}}
   - RA {{NAME:Dev Patel}}: {{PHONE:978-555-0133}}
5. Professionals: therapist {{NAME:Ifeoma Nwosu}}, LICSW {{PHONE:978-555-0166}} x{{PHONE:204}}
   after hours: 988 / text HOME to 741741
   urgent care: {{FACILITY:Lowell Riverside Hospital}} ED, {{ADDRESS:1 Hospital Dr}}, {{LOCATION:Lowell}}
6. Making my environment safe: gave my roommate my old Adderall & the bottle of Tylenol; no
   alcohol in the room; uncle {{NAME:Rui}} keeps the hunting rifle locked at his house in {{LOCATION:Dracut}}.
The one thing most important to me: my sister and my dog Biscuit.
Signed: {{NAME:Gabe M.}} / {{NAME:I. Nwosu}}`,
  `DISCHARGE SUMMARY - INPATIENT PSYCHIATRY
Patient: {{NAME:Pellegrino, Vincent A.}}     MRN: {{MRN:E7720193}}     Acct: {{ACCOUNT:HAR 40018827731}}
Admit: {{DATE:09/03/2024}}   Discharge: {{DATE:09/17/2024}}   LOS 14d   Unit: {{FACILITY:Bigelow 4}} (locked)
Attending: {{NAME:Rosalind Achebe}}, MD     PCP: {{NAME:Neil Goldfarb}}, MD ({{FACILITY:Wakefield Internal Medicine}})
Legal status: admitted on Section 12(b), converted to conditional voluntary (Section 18) {{DATE:9/5}}.
Dx: Bipolar I, manic, severe w/ psychotic features (F31.2); AUD
Hospital course: Pt brought by {{LOCATION:Melrose}} police after neighbor reported him on roof at 3 a.m.
YMRS 38 on admit -> 9 at d/c. Lithium titrated to 900 mg qhs (Li 0.8 on {{DATE:9/15}}), olanzapine
15 mg qhs, tapered off Ativan. No restraints after HD#2. Wife {{NAME:Gina}}
attended family mtg {{DATE:9/12}}; agreed to hold car keys x2 wks.
At d/c: euthymic, no SI/HI, future oriented (daughter {{NAME:Sofia}}'s wedding 2025).
Follow-up: Dr. {{NAME:Mehta}} ({{FACILITY:North Suburban Psychiatric Associates}}) {{DATE:9/24/24 2:00 PM}},
{{PHONE:781-555-0106}}; Li level + BMP {{DATE:9/23}} at {{FACILITY:Fells Lab - Stoneham}}; AA daily offered.
Discharged to home: {{ADDRESS:77 Linwood Ave}}, {{LOCATION:Melrose}} MA {{ZIP:02176}}, with wife.
Dictated {{NAME:RA}}/{{NAME:jlw}}  D: {{DATE:09/17/2024 15:12}}  T: {{DATE:09/18/2024 08:40}}  job {{ID:77120934}}`,
  `SOCIAL WORK - DISCHARGE PLANNING NOTE        {{DATE:12/2/24 1530}}
re: {{NAME:Jacqueline}} "{{NAME:Jackie}}" {{NAME:Thibodeaux}}, 41F, rm 318 bed 1, HD#6
Pt is homeless x 3 mo after leaving {{ADDRESS:2214 Gentilly Blvd}} ({{LOCATION:New Orleans}}) due to DV by ex
({{NAME:Royce Guidry}}, active protective order, {{LOCATION:Orleans Parish}} Civil District Court # {{ID:2024-07718}}).
- Called {{FACILITY:Magnolia House DV shelter}} ({{PHONE:504-555-0181}}), spoke w/ {{NAME:Keisha}}: bed likely {{DATE:12/4}}.
- Called {{FACILITY:Bayou Bridge Recovery Residence}} as backup, waitlist 2 wks. Contact Mr. {{NAME:Phung}},
  voicemail left.
- Medicaid (Healthy Louisiana) active, member {{HEALTH_PLAN:LA0081747726}}; MCO care mgr {{NAME:Tiffany Broussard}}
  {{PHONE:225-555-0140}} ext {{PHONE:6621}}.
- Outpt: intake at {{FACILITY:Crescent Community Mental Health}} {{DATE:12/9}} 10 am; LAI (Abilify Maintena 400 mg)
  given {{DATE:11/30}}, next due {{DATE:12/28}}.
- Phone: pt has Lifeline phone {{PHONE:504-555-0112}}; sister {{NAME:Dominique}} in {{LOCATION:Lafayette}} {{PHONE:337-555-0177}}.
- Transport via Medicaid cab, booked, conf {{ID:MTM-88120443}}.
Barriers: no ID (stolen) - letter from hospital for OMV; birth cert from {{LOCATION:Lake Charles}}.
{{NAME:Camille Arceneaux}}, LCSW-BACS`,
  `[Secure Chat] OTP nursing / prescribers         thread: {{NAME:Espinoza, R}} dose question
{{DATE:3/18/25 06:41}}  {{NAME:Hana Yoshida}} RN: pt {{NAME:Ricky Espinoza}} (#{{MRN:OTP-22817}}) here at window, says he
   vomited his dose yesterday at 0700 in front of staff? asking for replacement.
06:44  {{NAME:Hana Yoshida}} RN: nothing charted. {{NAME:Benji}} was on window 1 yesterday
06:52  {{NAME:Benjamin Ruiz-Castro}} LPN: yes I saw it, threw up ~15 min after 110 mg, forgot to chart, sorry!!
   will late-enter
06:55  Dr. {{NAME:Kapoor}}: ok - no replacement for yesterday (>30 min? no, was 15). Today give usual 110 mg.
   if vomits again within 15 min call me. Check UPT not needed. PDMP checked, nothing new.
06:56  {{NAME:Hana Yoshida}} RN: ok thx
07:30  {{NAME:Hana Yoshida}} RN: fyi his girlfriend {{NAME:Marisela}} is in the lobby asking about his take-homes,
   no ROI on file for her, told her I can't confirm he's a pt
07:31  Dr. {{NAME:Kapoor}}: correct. 42 CFR part 2.
--- thread archived {{DATE:03/18/2025 09:00}} by system ---
{{FACILITY:Northgate Treatment Services}} | {{ADDRESS:9021 Aurora Ave N}}, {{LOCATION:Seattle}} {{ZIP:98103}}`,
  `4W nsg note 1900-0730   {{DATE:10/7-10/8}}
rm 402A  {{NAME:dobbs, kendra}}  ({{MRN:2298114}})  on q15 checks, voluntary
- rec'd report from {{NAME:mel}} rn. pt in dayroom watching tv, calm, denies SI/HI, AVH.
- 2040 pt called mom ({{NAME:Pat}}) on unit phone, crying after, asked for prn. hydroxyzine 50 mg po
  given 2055 w/ good effect by 2140.
- 2200 HS meds: lamotrigine 100 mg, trazodone 50 mg. pt cheeked trazodone?? - found in cup, re-given,
  observed. notified Dr. {{NAME:Singh-Oberoi}} via pgr {{PHONE:4-4129}}.
- 2315 asleep. resp even/unlabored.
- 0300 awake, at desk, "the lady in 405 was saying my name". pt in 405 (Mrs. {{NAME:O}}) asleep. reassured.
  no AH otherwise. back to bed 0320.
- 0600 VS 116/74, 78, 16, 97.9, 98% RA. BG n/a.
- 0645 pt asks to call her work ({{FACILITY:Prairie Smiles Dental}}) at 0800 re: missing shift. reminded.
plan: cont q15, day team to address d/c, consider step down to PHP at {{FACILITY:Prairie Wind PHP}}.
safety checks complete, sharps/belongings count correct.
{{NAME:ogechi a}}, rn   / {{NAME:OA}}`,
  `RESTRAINT / SECLUSION EVENT NOTE              Event # {{ID:RS-2025-0147}}
Pt {{NAME:Morningstar, Elijah}}   {{MRN:00882719}}   Unit: {{FACILITY:Hartwell Adolescent Unit}} (5E)   age 16
Start {{DATE:01/09/2025 1422}}     End {{DATE:01/09/2025 1505}}    Type: 4-point mechanical + seclusion rm 5E-S1
Precipitant: peer ({{NAME:J.R.}}) took his headphones; pt punched window (plexiglass), then charged MHT
{{NAME:Demetrius Hale}}, struck him x2 in face. Verbal de-escalation by {{NAME:Carla}} RN and {{NAME:Demetrius}} x8 min failed.
Less restrictive: quiet room offered, prn PO offered/refused, 1:1 offered.
Order: Dr. {{NAME:Francesca Liang-Whitby}} in-person eval 1430 (face-to-face within 1 hr met).
Meds: olanzapine 5 mg IM + diphenhydramine 25 mg IM at 1428 (emergency med, refused PO).
Monitoring q15: circulation/ROM/hydration checked 1437, 1452; toileting offered 1452.
Released 1505 when calm, contracted for safety; debrief w/ pt 1530.
Injuries: pt - R knuckle abrasion, ice; staff {{NAME:D. Hale}} - lip lac, sent to employee health.
Parent notified: mother {{NAME:Winona Morningstar}} {{PHONE:605-555-0129}} at 1540, left vm; reached 1610. Guardian
also: tribal ICWA worker Ms. {{NAME:Two Bulls}} informed per court order.
Staff involved: {{NAME:DH}}, {{NAME:CR}}, {{NAME:LT}}, {{NAME:MV}} (security).
{{NAME:Carla Reyes}}, RN   {{DATE:01/09/2025 16:25}}`,
  `ECT TREATMENT RECORD  -  course 2, tx #7
Pt: {{NAME:Eleanora Whitcombe-Fisk}}   {{AGE:91}} y.o. F   MRN {{MRN:0005521806}}   {{DATE:Thurs 11/14/2024}}
Indication: MDD severe w/ psychotic features, catatonic features, refusing PO (wt 41 kg).
Consent: by health care proxy, son {{NAME:Graham Fisk}} ({{PHONE:203-555-0191}}), probate court order
  ({{LOCATION:New Haven}} Regional Probate Court) docket {{ID:PD06-24-0913}}.
Pacemaker: Medtronic Azure, SN {{DEVICE:RNB418822H}}, magnet not required per EP (Dr. {{NAME:Obi}}).
Anesthesia: {{NAME:Kristof Halvorsen}}, MD. Methohexital 40 mg, succinylcholine 30 mg, glyco 0.2 mg.
Device: Thymatron System IV. RUL ultrabrief, 0.3 ms, 900 mA, 30% energy.
Seizure: EEG 38 sec, motor 24 sec (cuff R ankle). Postictal agitation mild, no prn.
Vitals: pre 148/82, peak 186/94 (labetalol 5 mg), post 140/80. SpO2 97%.
MoCA (weekly): 18/30 (was 20). MMSE not done. HAM-D 17 item: 19 (baseline 34).
Next tx {{DATE:Mon 11/18}}. Continue 2x/wk. Family aware.
Psychiatrist: {{NAME:Yusuf Demir}}, MD        RN: {{NAME:Lacey Bruno}}        {{NAME:yd}}/{{NAME:lb}}`,
  `C-L PSYCHIATRY CONSULT                              {{FACILITY:Beth Adler Memorial Hospital}}, 7 Tower
Requested by Dr. {{NAME:Ferrante}} (hospitalist) for: capacity to refuse SNF, ?depression, ?EtOH w/d
Pt: {{NAME:Augustin Delacroix-Moreau}}, {{AGE:93}}M, MRN {{MRN:61-004-2278}}, HD#4, rm 712-2
Seen {{DATE:Saturday, June 21, 2025 at 11:20}} with granddaughter {{NAME:Amélie}} ({{PHONE:646-555-0138}}) at bedside.
Admitted after fall at home ({{ADDRESS:340 Riverside Dr, Apt 11C}}, {{LOCATION:New York}} {{ZIP:10025}}), found by
home aide {{NAME:Marisol}} from {{FACILITY:Harmony Home Care}}. Drinks 2-3 glasses red wine nightly "since {{LOCATION:Lyon}}",
last {{DATE:6/17}}. CIWA 0-2 throughout, no benzos needed. Wife {{NAME:Simone}} died {{DATE:1/2025}}.
CAM-ICU negative x2. MoCA 22/30 (missed delayed recall 3/5, cube). GDS-15: 9. No SI; "at {{AGE:ninety-three}}
I am allowed to be sad." No psychosis.
Capacity: understands SNF recommendation, risks (falls, hip fx), alternatives (24h aide), and
consistently chooses home with more aide hours. Reasoning intact. => HAS capacity for this decision.
Recs: 1) sertraline 25 mg daily; 2) no benzos, avoid Benadryl (Beers); 3) thiamine 100 mg;
4) SW to arrange aide 24/7 - daughter-in-law {{NAME:Nadine Moreau}} is HCP; 5) f/u geri psych
Dr. {{NAME:Okafor}} at {{FACILITY:Morningside Senior Health Practice}}.
{{NAME:Rebecca Szymanski}}, MD, C-L Psychiatry   pager {{PHONE:87-3120}}`,
  `ADOLESCENT INPATIENT ADMISSION - PSYCHIATRIC EVALUATION
{{FACILITY:Brookhaven Children's Behavioral Center}} - {{FACILITY:Sloane Unit}} (ages 13-17)
Pt: {{NAME:Nevaeh Jolie Tran-Whitaker}}   15F   DOB {{DATE:02-14-2010}}   MRN {{MRN:BCBC-77104}}
Admit {{DATE:10/29/2024 17:55}}, voluntary by parent (minor), transfer from {{FACILITY:Sequoia Valley Children's}} ED
CC: intentional OD of 18 x 200 mg ibuprofen + "some of mom's Xanax" on {{DATE:10/28}}; medically cleared.
HPI: bullied in group chat; ex-boyfriend ({{NAME:Jace}}, 16) shared photos. Wrote note to best friend
{{NAME:Riley}}. Found by stepdad {{NAME:Omar Whitaker}} in bathroom. PHQ-A 24, C-SSRS: actual attempt.
School: 10th gr, {{FACILITY:Clovis Heights High School}}; counselor Ms. {{NAME:Barajas}} aware. Vapes THC daily.
Guardians: mom {{NAME:Lan Tran}} {{PHONE:(559) 555-0116}} (primary), stepdad {{NAME:Omar}} {{PHONE:(559) 555-0167}};
bio dad {{NAME:Kevin Tran}} "not involved" per mom, lives in {{LOCATION:Houston}}.
Insurance: Medi-Cal, CIN {{HEALTH_PLAN:91822047B}}.
MSE: tearful, slowed, "I just want to sleep forever", no psychosis.
Dx: MDD single episode severe (F32.2); cannabis use d/o mild; r/o PTSD.
Plan: fluoxetine 10 mg, family therapy w/ {{NAME:Talia Ben-Ami}}, LMFT, school re-entry mtg, lock box
for meds at home, CPS report re: photos (ref {{ID:24-3310-CA}}), mom's alprazolam to be locked.
{{NAME:Sunil Varadarajan}}, MD  Child & Adolescent Psychiatry`,
  `FAMILY MEETING NOTE          {{DATE:4/9/2025}}  14:00-14:50   conf room B, 3 North
Pt: {{NAME:Thaddeus Oyelowo}} ("{{NAME:Tad}}")  MRN {{MRN:440187213}}
Present: pt; mother {{NAME:Adaeze Oyelowo}}; father {{NAME:Gbenga Oyelowo}} (by phone from {{LOCATION:Lagos}},
{{PHONE:+234 803 555 0142}}); brother {{NAME:Kunle}}; attending Dr. {{NAME:Lindgren}}; SW {{NAME:Haruka Mori}}, LCSW; RN {{NAME:Bea}}
Purpose: first-episode psychosis, dx discussion, d/c plan.
- Dr. {{NAME:Lindgren}} explained schizophreniform d/o vs substance-induced (K2 use), ~6 mo course.
- Mom asked if "this is from the spice". Discussed cannabis/synthetics as risk. Dad asked re: school at
  {{FACILITY:Fairmount Polytechnic}}; pt plans medical leave (Spring 2025).
- Pt agrees to coordinated specialty care program, {{FACILITY:NAVIGATE team - Kensington Clinic}}; intake
  {{DATE:4/16}} at 1 pm; clinician {{NAME:Ofelia Grant}} {{PHONE:215-555-0183}}.
- Meds: aripiprazole 10 mg; family educated on akathisia.
- Brother will stay with pt at mom's ({{ADDRESS:5120 N. 11th St}}, {{LOCATION:Philadelphia}} {{ZIP:19141}}).
- Family given NAMI Family-to-Family info; crisis: 988.
Anticipated d/c {{DATE:4/11}}.
{{NAME:H. Mori}}, LCSW`,
  `COLLATERAL CONTACT LOG  -  {{NAME:Ruiz-Delgado, Estela}}  ({{MRN:CM-55821}})
ACT Team 2, {{FACILITY:Eastside Community Mental Health Center}}

{{DATE:08/01}}  0910  call to landlord {{NAME:Harold Feinberg}} ({{PHONE:915-555-0114}}) re: noise complaints at
                   {{ADDRESS:1603 Montana Ave, Apt 2}}. he agrees to hold eviction notice 30 days.
{{DATE:08/01}}  1045  call to rep payee, {{FACILITY:Sunbelt Payee Services}}, acct {{ACCOUNT:SPS-0019927}}, {{NAME:Lupita}}.
                   rent check cut, $725.
{{DATE:08/02}}  1330  pharmacy {{FACILITY:Five Points Pharmacy}} ({{PHONE:915-555-0179}}): clozapine blister pack ready;
                   REMS ANC {{DATE:7/30}} 2.9, ok. REMS pt ID {{ID:C-8814207}}.
{{DATE:08/05}}  0800  daughter {{NAME:Xochitl}} texted {{PHONE:915-555-0105}}: "mom didnt open the door sat".
                   home visit 0900 w/ {{NAME:Nate}} (RN): pt ok, had not heard knocking, no ADR.
{{DATE:08/06}}  1500  spoke to {{FACILITY:Sacred Heart Church}} food pantry, Sister {{NAME:Imelda}}: pt
                   can pick up box Thursdays; sister will call {{PHONE:915-555-0148}} if she misses.
{{DATE:08/07}}  1115  PCP {{FACILITY:Clínica Familiar del Valle}}, Dr. {{NAME:Anaya}}: A1c 8.1, metformin
                   increased. next appt {{DATE:9/3}}.
-{{NAME:V. Castañeda}}, case manager`,
  `TELEPSYCHIATRY VISIT - MED MANAGEMENT (video, CPT 99214-95 + 90833)
Patient: {{NAME:Soto Villanueva, Héctor}}   DOB {{DATE:1/23/1975}}   MRN {{MRN:TP-0093318}}
Date of service: {{DATE:2025-05-02}}   Start 16:05  End 16:31
Patient location: home, {{ADDRESS:Rural Route 2, Box 41}}, {{LOCATION:Kremmling}} CO {{ZIP:80459}} (verified)
Provider location: {{FACILITY:Front Range Behavioral Health}}, {{LOCATION:Denver}}
Platform log: session {{ID:VS-4410-2271-9}}, pt IP {{IP:203.0.113.58}}, provider IP {{IP:192.0.2.14}};
video froze x2, completed by phone ({{PHONE:970-555-0102}}) last 6 min.
Consent for telehealth on file ({{DATE:01/2024}}). Interpreter not needed.
S: ranch hand at {{FACILITY:Troublesome Creek Ranch}}, calving season, sleeping 4-5h. Drinking "a few beers"
most nights, AUDIT-C 7. Nightmares better on prazosin. Wife {{NAME:Rosa}} worried re: temper.
PCL-5 41 (was 52). PHQ-9 12. No SI, no firearms in the house (brother-in-law {{NAME:Efraín}} keeps them).
O: alert, casually dressed, speech nl, mood "tired", affect constricted, no tremor seen on video.
A/P: PTSD (F43.10), AUD mild. Sertraline 150 -> 200 mg. Prazosin 3 mg qhs cont. Start naltrexone
50 mg for EtOH; LFTs ordered at {{FACILITY:Kremmling Family Clinic}}. Next video {{DATE:6/6/25 4 pm}}.
{{NAME:Ingrid Halvorsen-Diaz}}, PMHNP-BC   e-signed {{DATE:05/02/2025 16:48}}`,
  `CONSENT FOR THE RELEASE OF CONFIDENTIAL SUBSTANCE USE DISORDER INFORMATION (42 CFR Part 2)
I, {{NAME:Tobias Wren Ashcombe}}, date of birth {{DATE:October 3, 1987}}, authorize
{{FACILITY:Meridian Recovery Services}}, {{ADDRESS:600 Commerce Pkwy, Suite 210}}, {{LOCATION:Lexington}} KY {{ZIP:40509}},
to disclose to:
   Hon. {{NAME:Patricia Oduya-Graves}}, {{LOCATION:Fayette County}} Drug Court, and drug court coordinator
   {{NAME:Lamar Whitt}} ({{EMAIL:lwhitt@fayettedrugcourt.example.gov}}, fax {{FAX:859-555-0188}})
the following information: attendance, toxicology results, diagnosis, treatment plan and progress,
discharge status.
Purpose: compliance with drug court, case no. {{ID:24-CR-01177}}.
This consent expires upon: final disposition of case or 1 year from signing, whichever is later.
I understand that I may revoke this consent at any time except to the extent action has been taken,
and that this consent cannot be revoked while the court order is in effect (42 CFR 2.35).
Signature: {{NAME:T. W. Ashcombe}}          Date: {{DATE:11/04/2024}}
Witness: {{NAME:Keandra Suggs}}, intake coordinator          Client ID {{MRN:MRS-30817}}
Redisclosure notice given: [X]     Copy to client: [X]
Revocation: ____________   date ______
Internal use: scanned {{DATE:11/4/24}} by {{NAME:ks}}; flagged in EHR "Part 2 - court"`,
  `VIVITROL (naltrexone ER 380 mg IM) INJECTION LOG        {{FACILITY:Lakeview Health Center}} - MAT suite
Month: {{DATE:Feb 2025}}         NDC 65757-0300-01
Date      Patient (last, first)        MRN        Site     Lot         Exp       By        Next
{{DATE:02/03}}     {{NAME:Orozco, Delfina}}            {{MRN:0662931}}    L glut   A4172K      06/2026   {{NAME:MK}}        {{DATE:03/03}}
{{DATE:02/05}}     {{NAME:Rasmussen, Kurt}}            {{MRN:0591108}}    R glut   A4172K      06/2026   {{NAME:MK}}        {{DATE:03/05}}
{{DATE:02/05}}     {{NAME:Abubakar, Hauwa}}            {{MRN:0710044}}    L glut   A4172K      06/2026   {{NAME:JT}}        {{DATE:03/05}}
{{DATE:02/11}}     {{NAME:Whitehall}}, "{{NAME:Skip}}"   {{MRN:0488170}}    R glut   A4190M      08/2026   {{NAME:MK}}        {{DATE:03/11}}
                   ** UDS neg opioids, naloxone challenge not needed, 9 days since last use
{{DATE:02/19}}     {{NAME:Petrosyan, Armen}}           {{MRN:0723315}}    L glut   A4190M      08/2026   {{NAME:JT}}        NO SHOW -> called
                   {{PHONE:818-555-0163}} x3, vm; letter mailed to {{ADDRESS:4417 Lemona Ave}}, {{LOCATION:Sherman Oaks}}
{{DATE:02/24}}     {{NAME:Orozco, Delfina}}            {{MRN:0662931}}    --       --          --        --        rash at L glut
                   site, 3x4 cm induration, seen by Dr. {{NAME:Haddad}}, warm compress, recheck {{DATE:2/26}}
Fridge #2 temps ok. Reviewed {{NAME:M. Kaczmarek}}, RN`,
  `SUBLOCADE ADMINISTRATION RECORD
Patient: {{NAME:Quinn Harlowe-Babatunde}}     DOB {{DATE:06/11/1994}}     Chart {{MRN:QH-118204}}
Clinic: {{FACILITY:Canal Street Recovery Clinic}}, {{LOCATION:Lowell}}       Visit: {{DATE:July 9, 2024 10:20}}
REMS: Sublocade REMS certified healthcare setting # {{ID:SRC-4471920}}; pt enrolled
Dose: 300 mg/1.5 mL, injection #2 (of 2 at 300 mg; then 100 mg monthly). Prior inj {{DATE:6/10/24}}.
Lot: 2214-B9   Exp: 2025-10   NDC 12496-0300-01    Dispensed by specialty pharmacy ({{FACILITY:CarePoint Specialty Rx}}),
  order {{ID:RX-55710283}}, delivered {{DATE:7/8}} to clinic, stored 2-8 C.
Site: abdomen, RUQ, subQ, 5 cm from umbilicus. Prior site LUQ - small lump (expected depot), nontender.
Pre: COWS 1. Pt reports 0 use since {{DATE:5/31}}, cravings 2/10. Works at {{FACILITY:Boott Mills Brewing}}.
Post: observed 15 min, no reaction. Pt counseled not to dig out depot. Naloxone kit on hand: yes.
PDMP (MassPAT) checked today, request {{ID:MP-24-0709-22105}}: no other controlled Rx.
Insurance: Tufts Health Together member {{HEALTH_PLAN:1209944571-01}}; PA {{ID:PA-883102}} valid through {{DATE:12/31/24}}.
Next: {{DATE:Fri 8/9}} (100 mg) - reminder text to {{PHONE:978-555-0124}} per pt preference.
Administered by {{NAME:Felicity Amankwah}}, RN; prescriber {{NAME:Darius Kheirabadi}}, MD (DEA-X {{LICENSE:XK7729104}})`,
  `TOXICOLOGY - CONFIRMATION REPORT (LC-MS/MS)              {{FACILITY:Keystone Clinical Toxicology Lab}}
CLIA 39D0981776      Accession: {{ID:KCT-25-0411-8830}}      Req #: {{ID:1190244}}
Patient: {{NAME:MCALLISTER, JORDAN P}}     DOB: {{DATE:03/09/1999}}     Sex: F     Pt ID: {{MRN:PX-20199}}
Ordering: {{NAME:YEUNG, WINSTON}} DO       Client: {{FACILITY:Allegheny Bridge Treatment Center}}, acct {{ACCOUNT:ABTC-0207}}
Collected: {{DATE:04/11/2025 0845}}   Received: {{DATE:04/12/2025 1102}}   Reported: {{DATE:04/14/2025 1630}}
Specimen: urine, observed collection: Y, temp in range: Y, creatinine 88 mg/dL (valid)
Analyte                    Result       Cutoff (ng/mL)
Buprenorphine              POS 412      5
Norbuprenorphine           POS 1180     5
Naloxone                   POS 96       5
Fentanyl                   NEG          1
Norfentanyl                POS 2.4      1      ** see comment
Xylazine                   NEG          5
Morphine/Codeine           NEG          50
Methamphetamine            NEG          100
Benzoylecgonine            NEG          50
Comment: Norfentanyl without parent drug may reflect use 1-4 days prior. Interpret clinically.
Reviewed by: {{NAME:A. Ostrowski}}, PhD, DABCC. Called to Dr. {{NAME:Yeung}}'s nurse {{NAME:Brianna}} at
{{PHONE:412-555-0157}} on {{DATE:4/14}} at 1645, read back OK.`,
  `{{LOCATION:CASCADE COUNTY}} ADULT TREATMENT COURT - PARTICIPANT PROGRESS REPORT
Staffing date: {{DATE:Tuesday, September 9, 2025}}     Judge: Hon. {{NAME:Mariah Stillwater}}
Coordinator: {{NAME:Beau Lindahl}}    Treatment: {{FACILITY:Big Sky Recovery Associates}}    Prob: {{NAME:K. Fenske}}
Participant: {{NAME:DRAPER, COLTON JAMES}}    Case {{ID:DC-23-614}}    Phase 2 (day 188)
Attendance since last staffing ({{DATE:8/26}}): groups 6/6, individual 2/2, AA/NA 9 (slips signed).
Testing: 11 UAs (color line), all negative; 1 EtG neg; SCRAM n/a. Patch removed {{DATE:8/29}}.
Employment: full time at {{FACILITY:Electric City Auto Body}}, supervisor {{NAME:Travis Kuehn}} confirms.
Housing: {{FACILITY:Oxford House Missouri River}}, {{ADDRESS:215 4th Ave N}}, {{LOCATION:Great Falls}}.
Fees: $310 balance, paid $40 on {{DATE:9/2}}. Restitution acct {{ACCOUNT:R-2023-00614}}.
Treatment provider comment ({{NAME:Nora Blackfeather}}, LAC #{{LICENSE:LAC-2117}}): engaged, completed
relapse prevention workbook, sponsor {{NAME:Dale}} 14 yrs sober. Working Step 5.
Recommendation: advance to Phase 3; incentive (fishbowl). Next review {{DATE:9/23}}.
Team vote: 6-0. Defense ({{NAME:Ruth Amsel}}, OPD) concurs. County Attorney {{NAME:J. Pretty On Top}} concurs.`,
  `Hon. {{NAME:Reginald T. Ebersole}}
{{LOCATION:Lackawanna County}} Court of Common Pleas, Treatment Court
{{ADDRESS:200 N. Washington Ave}}, {{LOCATION:Scranton}}, PA {{ZIP:18503}}

{{DATE:June 2, 2025}}

Re: Commonwealth v. {{NAME:Nadia Petrenko-Shaw}}, No. {{ID:CP-35-CR-0002218-2024}}

Your Honor,
I am writing at the request of Ms. {{NAME:Petrenko-Shaw}}, with her written consent, regarding her
treatment at {{FACILITY:Anthracite Valley Recovery}}. She was admitted to our medically monitored
residential program on {{DATE:March 17, 2025}} and completed it on {{DATE:May 28, 2025}}. During her
stay she attended all scheduled groups, began buprenorphine (currently 16 mg daily) with Dr.
{{NAME:Chaudhry}}, and had 10 of 10 negative urine drug screens. She has stepped down to our intensive
outpatient program (3 days/week) and is living at {{FACILITY:Hope Street Recovery House}}.
She has been honest with staff about one lapse early on (alcohol, reported by her). Her daughter
{{NAME:Zoriana}} visits on Saturdays, supervised by {{LOCATION:Lackawanna County}} CYS.
We recommend she continue in IOP for at least 12 weeks and remain on MOUD.
Please contact me at {{PHONE:570-555-0146}} or {{EMAIL:gbranagh@anthracitevalley.example.org}}.

Respectfully,
{{NAME:Gwendolyn Branagh}}, MS, LPC, CAADC
Clinical Director`,
  `{{FACILITY:RIVER VALLEY REGIONAL JAIL}} - MEDICAL/MH INTAKE SCREEN
Booking # {{ID:25-004471}}   Inmate: {{NAME:LOCKLEAR, JERMAINE D}}   DOB {{DATE:8/30/88}}   Age 36
Booked {{DATE:02/15/2025 0233}}   Arresting agency: {{LOCATION:Lumberton}} PD   Housing: intake B-2 -> medical obs
Screen by: {{NAME:Shayla Oxendine}}, LPN   {{DATE:02/15/2025 0315}}
Current meds: methadone 90 mg via {{FACILITY:Robeson Treatment Center}} (pt #{{MRN:RTC-8821}}); last dose {{DATE:2/14}} 0700
  -> verified with clinic nurse {{NAME:Tammy}} at 0810 ({{PHONE:910-555-0131}}). Guest dosing arranged,
  per policy continue 90 mg. Also quetiapine 100 mg qhs (per pt).
SI screen: denies current; hx attempt 2019 (hanging, cut down by cousin). Placed on suicide watch
  level 2 (q15) per MH policy for hx + intoxication.
EtOH/drugs: used fentanyl + xylazine {{DATE:2/14}} PM. COWS 6 at 0330. BAC 0.00.
Visible injuries: abrasion L elbow. Wounds: xylazine ulcer R shin 2 cm, dressing applied.
Emergency contact: wife {{NAME:Kiana Locklear}}, {{PHONE:910-555-0189}}.
Tribal enrollment # {{ID:LT-0440218}} (pt requests notify tribal behavioral health).
MH referral sent to Dr. {{NAME:Hunt}} for sick call {{DATE:2/17}}. ---{{NAME:SO}}`,
  `RE-ENTRY / MOUD CONTINUITY PLAN                         {{FACILITY:Franklin County Correctional Center}}
Resident: {{NAME:Brannigan, Shay}}   DOC# {{ID:A771204}}   DOB {{DATE:12/19/1992}}   Unit C-pod bunk 14
Projected release: {{DATE:Thursday 5/22/2025 at 0800}} (max-out), picked up by aunt {{NAME:Colleen Brannigan}}
  ({{PHONE:802-555-0135}}), grey Corolla plate {{VEHICLE:VT HJX 442}}
MOUD in custody: buprenorphine SL 12 mg daily since {{DATE:1/8/25}} (induction by Dr. {{NAME:Mwangi}}).
Last dose in facility: day of release, 0600 med pass. Bridge: 7-day Rx (#7 x 8 mg + #7 x 4 mg) e-prescribed
  to {{FACILITY:Champlain Drug St. Albans}}, Rx {{ID:4408217}}.
Community provider: hub {{FACILITY:Lake Champlain Hub Services}} - spoke Dr. {{NAME:Patel-Lamoureux}},
  intake {{DATE:5/23}} 1:00 PM ({{PHONE:802-555-0199}}). Appointment letter in release envelope.
Naloxone: 2 x 4 mg nasal in property bag (Narcan, lot 3GK04).
Medicaid: reactivation submitted {{DATE:5/5}}, Green Mountain Care ID {{HEALTH_PLAN:VT0031872904}}.
ID: state ID in property; SSN {{SSN:008-44-1922}} on file for benefits.
Housing: aunt's, {{ADDRESS:19 Lake St, Apt 2}}, {{LOCATION:St. Albans}} VT {{ZIP:05478}}.
Probation: PO {{NAME:Derek Audette}}, report within 48 h, {{LOCATION:St. Albans}} P&P office.
Prepared by {{NAME:Leah Trombley}}, LICSW, re-entry coordinator   {{DATE:5/15/25}}`,
  `PHARMACY NOTE - PRIOR AUTH / INSURANCE         {{FACILITY:Greenway Community Pharmacy}}   store 7
{{DATE:11/20/24 10:14}} - Rx rejected for {{NAME:Obi-Whitfield, Ngozi}} (DOB {{DATE:4/2/1983}}):
  buprenorphine/naloxone 8-2 mg films #60, 30 DS. Reject 75: PA required (qty > 2/day).
  Plan: Wellcare, member ID {{HEALTH_PLAN:U9301884712}}, BIN 004336, PCN MCAIDADV, grp RX8831.
10:20 - called prescriber office, {{FACILITY:Dogwood Family Medicine}} ({{PHONE:(404) 555-0128}}), spoke w/ MA {{NAME:Jasmin}}.
  She will submit PA via CoverMyMeds, key {{ID:BLK7-Q4RZ}}.
10:22 - pt in store, has 0 films left, last dose last night. Offered 3-day emergency supply: Georgia
  allows? pharmacist {{NAME:R. Okonjo}} dispensed #6 films x 3 days, pt paid cash $38.41.
  PDMP (GA PDMP) checked 10:25, request {{ID:GA-2411-20-77813}}, appropriate.
13:48 - PA approved, auth {{ID:PA24-1120-00917}}, eff {{DATE:11/20/24-05/19/25}}.
  Claim re-run, paid, copay $0.00. Rx # {{ID:6612049}}. Remaining #54 ready.
14:05 - left vm for pt at {{PHONE:404-555-0176}}: "Rx ready". Husband {{NAME:Chidi}} picked up 16:30,
  verified ID (GA DL {{LICENSE:058223917}}), pt listed him as ok to pick up.
-{{NAME:RO}} RPh / tech {{NAME:kv}}`,
  `ED PSYCHIATRIC EVALUATION - BOARDING DAY 3        {{FACILITY:Maumee Valley General ED}}, pod C, hall bed 4
Pt {{NAME:Dmitri Volkonsky}}  MRN {{MRN:M00371982}}  CSN {{ACCOUNT:8840021177}}   {{DATE:Sun 1/5/25 0820}}
Arrived {{DATE:1/2/25 23:40}} by {{LOCATION:Toledo}} PD on pink slip (ORC 5122.10), officer {{NAME:Kowalski}} #{{ID:1187}}.
Pt w/ schizoaffective d/o, bipolar type; off meds x 2 mo; found wandering {{ADDRESS:I-75 NB near mile marker 201}}
barefoot, temp 95.1 F. Now warm, eating. Still pressured, grandiose ("I own {{FACILITY:Glasstown Industries}}"),
no SI/HI. Slept 3h (per {{NAME:Janelle}} RN). Received Zyprexa 10 mg IM x1 on {{DATE:1/3}}, since then PO.
Collateral: mother {{NAME:Larisa Volkonskaya}} {{PHONE:419-555-0123}} says he "does this every winter",
last admit {{FACILITY:Lakeshore State Psychiatric Hospital}} 2022. Has case mgr at {{FACILITY:Portside Behavioral Health}},
{{NAME:Quentin}} ({{PHONE:419-555-0170}}) - left msg.
Bed search: see log. No adult psych beds within 100 mi; state hospital waitlist #6.
Plan: continue hold, affidavit filed w/ {{LOCATION:Lucas County}} Probate Court {{DATE:1/3}} (case {{ID:2025-MH-0017}});
lithium 300 BID, Zyprexa 10 qhs; sitter d/c'd; q15 obs. Re-eval daily.
{{NAME:Pradeep Raghunathan}}, MD, psychiatry (tele-consult from {{FACILITY:Bayside Psychiatric Network}})`,
  `BED SEARCH LOG - {{NAME:VOLKONSKY, D}}  ({{MRN:M00371982}})
access center: {{NAME:Tori}} x{{PHONE:6402}}

{{DATE:1/3}} 0915  {{FACILITY:Sylvania Memorial}} BH - full, 2 pending d/c, call back 1400
{{DATE:1/3}} 0930  {{FACILITY:Beacon Crisis Center}} - does not take ED transfers w/ medical needs (hypothermia), declined
{{DATE:1/3}} 1010  {{FACILITY:Wildwood Behavioral}} - faxed packet to {{FAX:419-555-0192}}, reviewing
{{DATE:1/3}} 1405  {{FACILITY:Sylvania Memorial}} - still full
{{DATE:1/3}} 1550  {{FACILITY:Wildwood Behavioral}} - declined "acuity"
{{DATE:1/4}} 0800  {{FACILITY:Lakeshore State}} (state hospital) - waitlist #8; forensic priority ahead
{{DATE:1/4}} 1130  {{FACILITY:Erie Shores Regional Medical Center}} BH, {{LOCATION:Sandusky}} - faxed, spoke to {{NAME:Marty}}
{{DATE:1/4}} 1600  {{FACILITY:Erie Shores Regional Medical Center}} - declined (no male beds)
{{DATE:1/5}} 0845  {{FACILITY:Scioto Ridge Behavioral}} - accepted pending insurance; Medicaid MCO {{HEALTH_PLAN:106773340299}}
                   (Buckeye) auth req {{ID:BK-25-0105-3391}} submitted
{{DATE:1/5}} 1210  auth approved. accepting MD Dr. {{NAME:Osei-Tutu}}. RN report called to {{NAME:Fern}} {{PHONE:614-555-0118}}.
                   transport: {{FACILITY:Buckeye Medical Transport}}, ETA 1500.
-{{NAME:tc}}`,
  `TRANSPORT OF INVOLUNTARY PATIENT - SHERIFF'S DEPT
{{LOCATION:Deschutes County}} Sheriff's Office    Transport log # {{ID:T25-0388}}
Date {{DATE:03/27/2025}}   Deputies: {{NAME:Kyle Ingebretsen}} #{{ID:D-214}}, {{NAME:Maria Solano}} #{{ID:D-309}}
Unit 12 (caged), mileage out 48,221 in 48,390
Patient: {{NAME:HOLLIS, AUGUSTINE}} "{{NAME:GUS}}"   DOB {{DATE:1/15/1966}}
From: {{FACILITY:High Desert Medical Center}} ED, rm 14, 0905 (released by RN {{NAME:Alana}}, belongings bag #3)
To: {{FACILITY:Willamette State Hospital}} admissions, {{LOCATION:Salem}}, arrived 1240
Paperwork: notice of mental health custody, order of commitment (case {{ID:25CC01419}}, Judge {{NAME:Alder}}),
MAR, face sheet. Restraints: wrist/ankle soft per policy, checked q30 min.
Stops: 1045 rest stop {{ADDRESS:US-20 milepost 77}} for bathroom (pt escorted), water given.
Behavior: talkative, "you guys are Pinkertons". No incidents.
Handoff to {{NAME:Ben Okafor}}, MHT, {{DATE:3/27}} 1252. Property receipt signed.
Pt's dog left with neighbor Mrs. {{NAME:Ahlberg}} ({{PHONE:541-555-0184}}) per pt request.
-{{NAME:KI}}`,
  `CERTIFICATE OF PHYSICIAN / EXAMINER - INVOLUNTARY EXAMINATION (Baker Act, s. 394.463 F.S.)
Form CF-MH 3052b
Person examined: {{NAME:Leilani Kahananui-Brooks}}       Date of birth: {{DATE:08/08/2002}}
Address: {{ADDRESS:7810 SW 104th St, Apt 1207}}, {{LOCATION:Miami}}, FL {{ZIP:33156}}
I personally examined the person on {{DATE:05/30/2025 at 21:15}} (time), at {{FACILITY:Kendall Bay Behavioral Hospital}}
Receiving Facility, and found that there is reason to believe:
 [X] without care or treatment the person is likely to suffer from neglect ... real and present threat of
     substantial harm
 [X] there is a substantial likelihood that in the near future the person will inflict serious bodily harm
     on self, as evidenced by recent behavior: posted video on {{URL:tiktok.com/@lani.lowtide}} holding
     a bottle of her roommate's lithium saying "tonight"; roommate {{NAME:Cierra}} called {{LOCATION:Miami-Dade}} police.
 Observations: tearful, labile, states "I wasn't going to do it" then "I don't know". C-SSRS 5.
Examiner: {{NAME:Oluwaseun Adebayo-Klein}}, MD     License No. {{LICENSE:ME 148802}}
Phone: {{PHONE:305-555-0109}}     Date/time signed: {{DATE:05/30/2025 21:40}}
Copy to: {{NAME:Dana Kahananui}} (mother, representative), {{PHONE:808-555-0172}}, lives in {{LOCATION:Hilo}}.
Received by: {{NAME:A. Cabrera}}, RN charge, Unit 2 North   Clerk {{NAME:mf}}
ROI not required for Baker Act notice to representative.`,
  `NOTICE OF RIGHTS / ADVISEMENT - acknowledgment
Patient name: {{NAME:Ezekiel Abernathy-Kwon}}     Hospital #: {{MRN:HX-4410287}}
I was given, both orally and in writing, on {{DATE:Sept. 15th 2024 at 3:10 pm}}, notice of:
 - my status (involuntary, 72-hour emergency admission), and the right to a hearing within 5 court days
 - the right to counsel; the public defender for {{LOCATION:Hennepin County}} will be notified
 - the right to contact family and friends by phone, mail ({{ADDRESS:PO Box 5531}}, {{LOCATION:Minneapolis}} {{ZIP:55458}})
 - the right to refuse medication except in emergency or by court order (Jarvis)
 - the right to be free from restraint except for safety
Patient signature: [refused to sign - "rights are for citizens of the earth"]
Staff witness: {{NAME:Marguerite Olufemi-Hart}}, RN      {{DATE:09/15/2024}}
Second witness: {{NAME:Tomás Ek}}, MHT
Advisement repeated {{DATE:9/16}} 0900 by Dr. {{NAME:Sorensen}}: pt acknowledged verbally, asked for
  attorney. Attorney {{NAME:Luanne Pfeiffer}} ({{PHONE:612-555-0153}}) assigned, case {{ID:27-MH-PR-24-1109}}.
Interpreter: none needed (English). Hearing aid: no. Copy given to pt: yes; copy to brother {{NAME:Samuel Kwon}}.`,
  `COMMONWEALTH OF MASSACHUSETTS                     {{LOCATION:WORCESTER}} DIVISION, PROBATE AND FAMILY COURT
                                                   Docket No. {{ID:WO25P0412GD}}
In re: {{NAME:DARIUS K. OYELARAN-HUNT}}
PETITION FOR AUTHORITY TO TREAT WITH ANTIPSYCHOTIC MEDICATION (ROGERS)
Petitioner: {{FACILITY:Quinsigamond Valley Hospital}}, by its attorney {{NAME:Meredith Saltonstall-Ruiz}}, Esq., BBO# {{LICENSE:662104}}
1. Respondent, age 34, resides at {{ADDRESS:41 Chandler St, 3rd fl}}, {{LOCATION:Worcester}}, MA {{ZIP:01609}}, and is
   presently a patient at petitioner's {{FACILITY:Haskell 3 inpatient unit}}, committed under G.L. c. 123 s. 8
   on {{DATE:February 21, 2025}}.
2. Treating psychiatrist {{NAME:Lucia Fernández-Orr}}, MD, proposes haloperidol up to 20 mg/day or
   olanzapine up to 30 mg/day, with benztropine.
3. Respondent is incapable of making informed treatment decisions (affidavit of Dr. {{NAME:Fernández-Orr}}
   dated {{DATE:3/3/25}}); he states he is "the archangel of the seventh seal" and medication is "poison
   made in {{LOCATION:Geneva}}".
4. Respondent's sister, {{NAME:Abigail Hunt}}, {{PHONE:(508) 555-0111}}, has been notified.
Respondent's counsel: {{NAME:Thomas Q. Nakashima}}, Esq., CPCS Mental Health Litigation Unit, {{PHONE:508-555-0137}}.
Guardian ad litem requested. Hearing requested on or before {{DATE:March 14, 2025}}.
Date: {{DATE:3/4/2025}}       /s/ {{NAME:M. Saltonstall-Ruiz}}`,
  `CONSERVATORSHIP INVESTIGATION REPORT (LPS)            Office of the Public Guardian / Conservator
Proposed conservatee: {{NAME:Rosalind}} "{{NAME:Roz}}" {{NAME:Abercrombie}}   DOB {{DATE:11/30/1932}}   Age {{AGE:92}}
Case no.: {{ID:24PR-LPS-00871}}     Investigator: {{NAME:Hiroshi Tanabe}}, LCSW     Date: {{DATE:12/10/2024}}
Current placement: {{FACILITY:Golden Poppy Skilled Nursing}}, {{ADDRESS:2600 Alhambra Blvd}}, {{LOCATION:Sacramento}} {{ZIP:95817}},
  on T-con (temporary conservatorship) since {{DATE:11/22/24}}, Judge {{NAME:Ojeda}}, Dept 42.
History: Admitted {{FACILITY:Sutter Creek Behavioral}} {{DATE:10/3/24}} on 5150 (grave disability) after found by
  neighbor {{NAME:Dolores Vang}} with no food, 11 cats, and utilities shut off (SMUD acct {{ACCOUNT:7700-1882-34}}).
  Late-onset psychosis + major neurocognitive d/o (Alzheimer type). SLUMS 11/30.
Interviews: conservatee states she is "{{AGE:ninety-two}}, not a hundred, and I can cook". Cannot state how she
  would obtain food or pay bills. Nephew {{NAME:Martin Abercrombie}} ({{PHONE:916-555-0197}}, {{LOCATION:Folsom}}) declines to
  serve. No advance directive. Bank: {{FACILITY:Delta River Credit Union}}, acct **{{ACCOUNT:4471-0092-18}}.
Recommendation: permanent LPS conservatorship of person and estate; Public Guardian to serve; placement
  least restrictive = locked memory care; powers to consent to psychotropics (Riese not applicable).
{{NAME:H. Tanabe}}`,
  `CASE MANAGEMENT PROGRESS NOTE - benefits         {{DATE:07/08/2024}}   face to face, 55 min
Client: {{NAME:Lamont}} "{{NAME:Monty}}" {{NAME:Greathouse}}   ID {{MRN:CMH-203391}}   Program: SOAR / supported housing
Location: {{FACILITY:Fourth Street Drop-In Center}}, {{LOCATION:Louisville}}
Purpose: SSI/SSDI application via SOAR.
- Completed SSA-3368 with client. SSN {{SSN:407-61-2290}} verified against card.
- Work hx: {{FACILITY:Bluegrass Downs}} backside (groom) 2004-2011; {{FACILITY:Ohio Valley Axle}} temp 2013.
- Medical records requested: {{FACILITY:Riverport State Hospital}} (3 admits, last {{DATE:3/2023}}), {{FACILITY:Falls City Counseling}}
  outpatient, {{FACILITY:Broadway Memorial}} ED. Releases signed x3.
- Medical summary report drafted w/ psychiatrist Dr. {{NAME:Abimbola}}; dx schizoaffective, AUD in remission
  (sobriety date {{DATE:11/9/2021}}).
- Rep payee: client wants sister {{NAME:Carolyn Greathouse-Moss}} ({{PHONE:502-555-0156}}), she agreed.
- Mailing address: c/o {{FACILITY:Fourth Street Drop-In Center}}, {{ADDRESS:1030 W. 4th St}}, {{LOCATION:Louisville}} KY {{ZIP:40203}}.
- Phone: TracFone {{PHONE:502-555-0121}} (minutes run out monthly).
- Filed online {{DATE:7/8/24 3:40 pm}}, re-entry # {{ID:SSA-RE-7730119}}; DDS examiner will be assigned.
Next: {{DATE:7/15}} check status; {{DATE:7/22}} housing voucher briefing at the housing authority.
{{NAME:Ximena Castellanos}}, BSW, SOAR-trained case manager`,
  `{{FACILITY:PIEDMONT BEHAVIORAL ASSOCIATES}}
{{ADDRESS:3100 Glenwood Ave, Ste 400}} | {{LOCATION:Raleigh}}, NC {{ZIP:27612}} | T {{PHONE:919-555-0165}} | F {{FAX:919-555-0166}}

{{DATE:August 14, 2024}}

To: Leave Administration, {{FACILITY:Triangle Logistics Group}} (attn: {{NAME:Brenda Oakes}}, HR)
Re: Employee {{NAME:Santiago Ferreira-Lowe}}, employee ID {{ID:TLG-008812}}

This letter confirms that the above employee has been under my care since {{DATE:July 1, 2024}} and
was unable to work from {{DATE:07/01/2024}} through {{DATE:08/16/2024}} due to a serious health condition
(details withheld per employee's request; FMLA certification WH-380-E submitted separately).
He may return to full duty on {{DATE:Monday, August 19, 2024}}, with the following temporary
accommodation for 8 weeks: a fixed day shift (no rotating nights), and release for a weekly
1-hour appointment (Thursdays, 4:00 pm).
He may not operate forklifts (Class I/II) until {{DATE:9/1}} due to a medication adjustment; this is not
a safety-sensitive DOT position. No further information will be released without a new signed
authorization.

Sincerely,
{{NAME:Naomi Eisenberg-Tate}}, PsyD
Licensed Psychologist, NC #{{LICENSE:4471}}
cc: employee; chart {{MRN:PBA-11902}}     {{NAME:NET}}/{{NAME:cd}}`,
  `NALOXONE DISTRIBUTION LOG (OEND)              site: {{FACILITY:Kensington Avenue Outreach Van}}   {{DATE:Sat 6/14/25}}
staff: {{NAME:Yvette}} + {{NAME:Rob D.}}      kits out: 23      fentanyl test strips: 60      xylazine strips: 40
#   participant code   name/alias given     kits  trained  reversal reported   notes
1   {{ID:MAJO0412}}           "Mamá {{NAME:Jo}}"              4     prior     yes x2 ({{DATE:6/10}}, {{DATE:6/12}})  for her block
2   {{ID:TRKE0799}}           {{NAME:Trey}}                 2     new       no                   
3   {{ID:ANGA1130}}           {{NAME:Angel G.}}             2     prior     yes, on {{DATE:6/13}}     used 3 doses on friend, EMS came
4   --                        declined                1     new       no                   tourist? gave 1
5   {{ID:SHWI0205}}           {{NAME:Shawnee W.}}           3     prior     no                   wound care referral -> {{FACILITY:Front Street Wound Clinic}}
6   {{ID:DODA0921}}           "{{NAME:Doc}}"                 2     prior     yes, {{DATE:6/14}} AM     said friend {{NAME:Reggie}} "came up swinging"
...rest of sheet (7-15) on back
Rescue breathing refresher done with 6. Overdose reported at {{ADDRESS:Kensington & Allegheny}} 1:15 PM, {{LOCATION:Philadelphia}}
Fire Dept medic 2 responded, pt transported to {{FACILITY:Harrowgate Hospital}}.
Van phone {{PHONE:267-555-0104}}. Entered into REDCap by {{NAME:YR}} {{DATE:6/16}}.`,
  `POST-OVERDOSE OUTREACH (QRT) - FOLLOW-UP VISIT
Quick Response Team: Sgt. {{NAME:Amos Reinhardt}} ({{LOCATION:Huntington}} PD), paramedic {{NAME:Jolynn Staats}},
peer {{NAME:Curtis}} "{{NAME:Bo}}" {{NAME:Maynard}} (CPRS), counselor {{NAME:Farida Haidari}}, LPC
OD date: {{DATE:10/26/2024}} ~0140, naloxone x2 by EMS (run {{ID:CHE-24-118834}}), refused transport.
Visit: {{DATE:10/28/24 1015}} at {{ADDRESS:1844 Madison Ave, upstairs}}, {{LOCATION:Huntington}} WV {{ZIP:25704}}
Person: {{NAME:Krystal Dawn Adkins}}, 29, ph {{PHONE:304-555-0187}}; boyfriend {{NAME:Dusty}} present.
- She answered door, agreed to talk on porch. Says it was "a bad batch, pressed 30s".
- Left: 2 naloxone kits, test strips, QRT card, {{FACILITY:Guyandotte Women's Recovery}} program info.
- Interested in Suboxone, not methadone ("my mamaw was on the 'done 20 yrs"). Warm handoff call
  made to {{FACILITY:Ritter Park MAT Clinic}}, spoke to {{NAME:Tasha}}, appt {{DATE:10/29}} 8:30am for induction.
- Kids (ages 6 and 3) with her mother {{NAME:Brenda Adkins}} in {{LOCATION:Barboursville}}; CPS not involved.
- Boyfriend declined services. {{NAME:Bo}} gave him his number anyway.
Next QRT check: {{DATE:11/1}}. Peer to text appt reminder {{DATE:10/28}} PM.
QRT case # {{ID:QRT-24-0917}}    entered by {{NAME:FH}}`,
  `SSP ENCOUNTER - {{FACILITY:Red Mesa Harm Reduction Collective}} storefront, {{ADDRESS:412 W Aztec Ave}}, {{LOCATION:Gallup}}
{{DATE:3/3/25 1340}}
Participant UID: {{ID:RD0317MNM}}  (no legal name recorded per program policy)  goes by "{{NAME:Rooster}}"
M, says he is 41. Syringes: in 40 / out 50 (1 cc 28g). Cookers 10, cottons 10, sharps container 1.
Naloxone: 2 kits (lot HE2207, exp 08/2026). Fentanyl test strips 10, xylazine strips 5.
Wound check: L forearm abscess 3 cm, fluctuant, warm. Referred same day to {{FACILITY:Sagebrush Wound & Foot Clinic}};
  van ride by {{NAME:Kee}} at 1430.
Testing: HIV/HCV rapid offered - HCV Ab reactive (prior reactive {{DATE:Nov 2023}}), HIV neg. RNA draw declined.
  Linkage: navigator {{NAME:Shandiin Yazzie}} ({{PHONE:505-555-0103}}) scheduled HCV tx intake at
  {{FACILITY:Puerco Valley Health Center}} ID clinic {{DATE:3/12}} (he prefers IHS).
Says he sleeps at the wash behind {{FACILITY:Tohatchi Chapter House}} some nights, other nights with his
  sister in {{LOCATION:Twin Lakes}}. Interested in detox "after the rodeo".
Staff: {{NAME:Kee Tsosie}} (outreach), {{NAME:Mariah}} (RN). Notes by {{NAME:MT}}.`,
  `MANDATED REPORTER - SUSPECTED CHILD ABUSE/NEGLECT REPORT (phone report made, written follow-up)
Reporter: {{NAME:Yolanda Bustamante-Creel}}, LCSW, {{FACILITY:Pathways Adolescent IOP}}   ph {{PHONE:(773) 555-0125}}
Hotline call: {{DATE:01/16/2025 11:52}}   call-taker {{NAME:J. Oyelaran}}, intake # {{ID:SCR-2501-160448}}
Child: {{NAME:Kamari Ellison}}, 14 y/o M, DOB {{DATE:05/01/2010}}, 8th grade at {{FACILITY:Pershing Park Elementary}}
Address: {{ADDRESS:7133 S. Euclid Ave, 1st fl}}, {{LOCATION:Chicago}} IL {{ZIP:60649}}
Caregivers: mother {{NAME:Danielle Ellison}} ({{PHONE:773-555-0194}}); mother's boyfriend known as "{{NAME:Smoke}}"
  (legal name unknown, ~35).
Concern: in group today {{NAME:Kamari}} disclosed that mom has been "nodding out" daily, that there are
"blue pills" on the kitchen table, and that he has been making dinner for sibs {{NAME:Aniya}} (7) and
{{NAME:Jalen}} (4). On {{DATE:Sunday 1/12}} he found mom unresponsive and "{{NAME:Smoke}}" used Narcan; no 911 call.
{{NAME:Kamari}} denies physical abuse. Has bruise L cheek, says from basketball at the park district gym.
He is afraid mom will "go to jail". Safety: he says he is ok to go home tonight; aunt {{NAME:Tiana Wells}}
({{PHONE:708-555-0151}}, {{LOCATION:Harvey}}) could take kids.
Screened in as neglect (substance-affected caregiver). DCFS investigator to be assigned within 24 h.
Supervisor informed: {{NAME:Graciela Ruelas}}, LCSW.   Report # also entered in EHR.`,
  `OB / ADDICTION MEDICINE CARE COORDINATION - prenatal OUD
Pt: {{NAME:Harper Leigh Van Buskirk}}   G3P1011   EDD {{DATE:9/22/25}}   GA 24w1d on {{DATE:6/9/25}}
MRN {{MRN:0041187263}}   OB: Dr. {{NAME:Amina Bello}}, {{FACILITY:Wyndmoor Women's Health}}
OTP: {{FACILITY:Crossroads Methadone Program}}, counselor {{NAME:Pete Szabo}}, pt #{{MRN:CMP-3381}}
- Methadone 110 mg daily; split dose discussed for 3rd trimester (increased clearance). Last
  dose change {{DATE:5/27}}. Take-homes: Sundays only.
- UDS {{DATE:6/2}}: + methadone, + EDDP only. THC neg.
- Hep C RNA neg. HIV neg. Syphilis neg. GBS not yet.
- NICU consult scheduled at {{FACILITY:Hartwell Children's Hospital}} (Eat, Sleep, Console model) {{DATE:7/15}} 2 pm;
  NAS/NOWS education given; rooming-in encouraged; breastfeeding OK on methadone.
- Plan of Safe Care (CAPTA) started w/ {{NAME:Rhonda Iwu}}, perinatal SW ({{PHONE:215-555-0112}}).
- FOB {{NAME:Cody Van Buskirk}}, in recovery (bup), works at {{FACILITY:Norristown Lumber}}.
- Pt's mom {{NAME:Linda Mulcahy}} ({{PHONE:610-555-0140}}) supportive, will be birth partner.
- Insurance: PA Medicaid (Keystone First) {{HEALTH_PLAN:KF4401982270}}.
Next coordination call {{DATE:July 7}}, 12:30.   -{{NAME:R. Iwu}} / {{NAME:A. Bello}}`,
  `NURSERY - NOWS / EAT, SLEEP, CONSOLE FLOWSHEET          {{FACILITY:Hartwell Children's Hospital}}, Mother-Baby 5
Baby Girl {{NAME:Van Buskirk}} ("{{NAME:Juniper}}")   MRN {{MRN:0041190518}}   born {{DATE:09/19/2025 04:12}}
Mother: {{NAME:Harper Van Buskirk}}, methadone 120 mg/day at delivery ({{FACILITY:Crossroads Methadone Program}})
39w1d SVD, BW 2980 g, Apgar 8/9. Rooming-in rm 5112. Finnegan scoring not used (ESC unit).
DOL  date    Eat  Sleep>1h  Console<10m  Parent present          ESC plan
1    {{DATE:9/19}}    Y    Y         Y            Y mom, dad {{NAME:Cody}}         continue
2    {{DATE:9/20}}    Y    N         Y            Y                       huddle - swaddle, dim lights
3    {{DATE:9/21}}    N    N         N            N (mom dosing at OTP)   huddle x2 -> morphine 0.05 mg/kg x1
4    {{DATE:9/22}}    Y    Y         Y            Y grandma {{NAME:Linda}}        continue, no further doses
5    {{DATE:9/23}}    Y    Y         Y            Y                       continue
Weight DOL5 2870 g (-3.7%). Feeding: breast + EBM, mom's UDS consistent w/ program.
Plan of Safe Care: notification to county (not a report) filed {{DATE:9/20}} by SW {{NAME:R. Iwu}}, ref {{ID:POSC-25-09-1187}}.
Pediatrician after d/c: Dr. {{NAME:Farrokhzad}}, {{FACILITY:Cheltenham Pediatrics}}, {{DATE:9/26}} 10:15.
RN {{NAME:Gwen}} / {{NAME:Ines}} / {{NAME:Tomeka}}`,
  `VOICEMAIL LOG - intake line ({{PHONE:x2200}})   retrieved {{DATE:Mon 4/14}} 0805 by {{NAME:Kelsey}}
1) Sat 9:12 pm - "hi this is {{NAME:Ray Mondragón}}, I was at detox last month, um, I need to get back in,
   my number's {{PHONE:575-555-0108}}, please call, I'm at my cousin {{NAME:Art}}'s."  -> called back 0830, no ans, 2nd vm
2) Sat 11:47 pm - hang up, no msg. caller ID {{PHONE:575-555-0139}}.
3) Sun 7:02 am - "{{NAME:Gloria Tafoya}} from {{FACILITY:Las Cruces Community Shelter}}, we have a guy here, {{NAME:Manny}},
   wants residential, he has a Medicaid card, call me at {{PHONE:575-555-0177}} ext {{PHONE:12}}" -> called 0840, intake
   scheduled {{DATE:4/15}} 9 am for {{NAME:Manuel Ortiz-Baca}} (DOB per shelter {{DATE:2/2/79}})
4) Sun 3:30 pm - pharmacy ({{FACILITY:Mesilla Valley Pharmacy}}) re Rx for {{NAME:Luz Herrera}}, clarify naltrexone
   dose 50 vs 25. -> forwarded to Dr. {{NAME:Benavides}} in-basket.
5) Sun 10:15 pm - "Mom, it's me" - wrong number, no action.
6) Mon 6:40 am - PO {{NAME:Sharpe}}, {{LOCATION:Doña Ana County}} adult probation, re: client {{NAME:Jaime Luján}}, needs
   attendance letter by Weds, fax {{FAX:575-555-0160}}. -> ROI on file? yes ({{DATE:3/3/25}}). letter to {{NAME:Kelsey}}'s queue.
all vms deleted after logging.`,
  `INCIDENT REPORT - ELOPEMENT / AWOL (involuntary pt)           Incident # {{ID:IR-25-0631}}
Date/time discovered: {{DATE:06/03/2025 19:42}}    Unit: {{FACILITY:Whitmore 2}} (adult locked)
Patient: {{NAME:Castellano, Bruno}}   MRN {{MRN:7719304}}   status: 96-hr hold since {{DATE:6/2}} 2310
Description: pt left via sally port ~1938 behind dietary cart. Last seen on camera crossing {{ADDRESS:Delmar Blvd & N. Kingshighway}} heading W.
Risk: high - stated SI w/ plan to jump from overpass on admission. Wearing grey scrubs, red socks.
Notifications: house sup {{NAME:Dionne Blakely}} 1944; security (Code Yellow) 1944; {{LOCATION:St. Louis}}
  Metropolitan PD 1947, report # {{ID:25-038817}}, Ofc. {{NAME:Pruett}}; attending Dr. {{NAME:Karimi}} 1950;
  mother {{NAME:Graziella Castellano}} {{PHONE:314-555-0190}} 2001.
BOLO given to PD: M, 31, 5'10", ~165 lb, shaved head, tattoo "Nonna" L forearm. May go to ex-girlfriend
  {{NAME:Kenzie}}'s apt, {{ADDRESS:5560 Pershing Ave, #3W}}, or to his car, 2016 Jetta, plate {{VEHICLE:MO LX4-B7Q}},
  parked at his job ({{FACILITY:Lafayette Square Bistro}}).
Outcome: located 2217 by PD at {{ADDRESS:I-64 overpass at Grand Blvd}}, standing at rail; talked down, returned
  by ambulance 2250, unharmed. 1:1 started. Contractor door policy reviewed with facilities ({{NAME:Lyle}}).
Reported by {{NAME:Ashanti Moore}}, RN, charge    Reviewed: {{NAME:P. Underwood}}, Risk Mgmt {{DATE:6/4/25}}`,
  `CLOZAPINE MONITORING LOG                       {{FACILITY:Elliott Bay Clubhouse Clinic}}   prescriber Dr. {{NAME:T. Nwachukwu}}
Patient: {{NAME:Ibsen, Nils-Erik}}   DOB {{DATE:2/27/1980}}   REMS PT ID {{ID:CLZ-00418827}}   pharmacy {{FACILITY:Pioneer Square Apothecary}}
Monitoring frequency: monthly (>12 mo)   Baseline ANC 4.1 ({{DATE:3/2022}})
Draw date      ANC (x10^3/uL)   status     dispense   dose                 drawn by
{{DATE:01/06/25}}       3.2              normal     30 d       300 mg qhs           {{NAME:MB}}
{{DATE:02/03/25}}       2.8              normal     30 d       300 mg qhs           {{NAME:MB}}
{{DATE:03/03/25}}       1.4              MILD NEUT  hold?      --                   {{NAME:JH}}
   -> mild neutropenia: continue, ANC 3x/wk until >=1500. Called pt {{PHONE:206-555-0115}} and case mgr {{NAME:Wendell Oyama}} {{PHONE:206-555-0131}}.
{{DATE:03/05/25}}       1.6              normal     7 d        300 mg qhs           {{NAME:JH}}
{{DATE:03/07/25}}       1.9              normal     7 d        300 mg qhs           {{NAME:MB}}
{{DATE:03/10/25}}       2.5              normal     back to monthly                  {{NAME:MB}}
Other: CRP nl, troponin n/a, constipation - on senna/docusate + PEG. Weight 231 lb. A1c 6.1.
Clozapine level {{DATE:2/3}}: 412 ng/mL (norclozapine 198). Smoking status unchanged (1 ppd).
Reviewed {{NAME:T. Nwachukwu}}, MD {{DATE:3/10/2025}}`,
  `LAB CRITICAL VALUE CALL
{{DATE:Wed 11/6/24 16:22}}   Lab: {{NAME:Ramón}} (chem) called ref # {{ID:CV-24-311-0097}}
Patient: {{NAME:Abernathy-Singh, Priya}}   MRN {{MRN:3008814}}   Location: outpt, {{FACILITY:Lindell Mood Disorders Clinic}}
Result: lithium 2.1 mmol/L (critical >1.5), drawn {{DATE:11/6/24 08:05}}, ~13h post-dose. Cr 1.9 (baseline 0.9).
Read back: yes.   Received by: {{NAME:Olga Brandvold}}, RN
16:26 paged Dr. {{NAME:Iyer}} ({{PHONE:5-8813}}) - returned call 16:31.
16:35 called pt at {{PHONE:636-555-0142}} - husband {{NAME:Vikram}} answered, pt had vomiting x2 days, "shaky",
      diarrhea. Started HCTZ 2 wks ago by PCP (Dr. {{NAME:Lowenstein}}, {{FACILITY:Chesterfield Family Care}}).
16:40 per Dr. {{NAME:Iyer}}: hold lithium, go to ED now. Husband driving her to {{FACILITY:Westport Regional}} ED;
      ED charge RN {{NAME:Dee}} notified at {{PHONE:636-555-0100}}, ETA 17:15. HCTZ interaction flagged to PCP.
17:02 documented in chart; in-basket to Dr. {{NAME:Iyer}} and SW {{NAME:Carmen}}. -{{NAME:OB}}`,
  `UTILIZATION REVIEW - CONCURRENT REVIEW CALL
Pt: {{NAME:Gutierrez-Olmos, Yareli}}   MRN {{MRN:55-201-887}}   Adm {{DATE:2/10/25}}   Level: acute inpatient psych
Payer: Aetna Better Health, UM line (not pt-specific)   Member ID {{HEALTH_PLAN:MEB338201774}}
Reviewer: {{NAME:Carol Sturgis}}, RN (payer)   Our UR: {{NAME:Deshawn Pickett}}, RN   call {{DATE:02/14/2025 10:05}}
Clinical presented: day 4. Still +CAH to hurt self ("the voice says cut deeper"), 2 prn IM in last 24h
  (Zyprexa 10 mg IM {{DATE:2/13}} 0215 and 1640), refusing PO clozapine titration day 3 (75 mg), not eating
  breakfast, wt down 1.2 kg. On 1:1 since {{DATE:2/12}}. CGI-S 6. Family ({{NAME:Yolanda}}, mother) unable to take home.
Request: 5 additional days.
Outcome: approved 3 days ({{DATE:2/14-2/16}}), auth # {{ID:AUTH-0214-66310}}; next review {{DATE:2/17}} by 12:00.
  Peer-to-peer offered if further days denied: Dr. {{NAME:Manfred Oyen}} (payer MD), schedule via
  1-800-555-0144 opt 3.
Attending Dr. {{NAME:Sahar Nikpour}} informed 10:30. SW {{NAME:Ivy}} to start residential referral
  ({{FACILITY:Casa Serena Crisis Residential}}) as step-down.
-{{NAME:DP}}`,
  `outpt psych f/u  {{DATE:5/20}}  15 min  (99213)
{{NAME:kamau, wanjiru}}  {{MRN:8830142}}  39F
bipolar II, GAD. on lamotrigine 200, bupropion XL 300, hydroxyzine prn.
s: "mostly ok". sleep 6-7h. no hypomanic sx. still drinking 2 glasses wine most nights ("stress at work" - drafter at {{FACILITY:Halvorsen Engineering}}).
o: calm, linear. PHQ9 8, GAD7 11. no rash.
a/p: stable. etoh counseling, AUDIT 9 - motivated to cut to weekends; consider naltrexone next visit.
 rtc 8 wks ({{DATE:7/15}}). refills x2 sent {{FACILITY:Harmon Pharmacy}}.
 husband {{NAME:Jonah}} called re her "sleeping a lot" {{DATE:5/12}} - addressed, she signed ROI for him today.
 sister {{NAME:Njeri}} in {{LOCATION:Nakuru}} - pt planning trip {{DATE:Aug 2025}}, discussed travel supply.
 pt asked about letter for {{FACILITY:Overland Park Community College}} night class accomodations - will do.
-{{NAME:JR}} (Dr. {{NAME:Jude Rasmussen}})`,
  `IOP SIGN-IN / ATTENDANCE - week of {{DATE:9/8/25}}     {{FACILITY:Northstar Recovery IOP}}, {{LOCATION:Duluth}}
Counselors: {{NAME:Britt Halvorson}}, LADC ({{LICENSE:LADC-30419}}); Ojibwe-language co-fac {{NAME:Waabi}}
Client                 chart       {{DATE:Mon 9/8}}  {{DATE:Wed 9/10}}  {{DATE:Thu 9/11}}  BAC/UA         notes
{{NAME:A. Lindqvist}}           {{MRN:NR-4410}}     P         P          P          neg/neg        
{{NAME:Marcus Whitebird}}       {{MRN:NR-4418}}     P         L (15m)    P          neg/--         bus late
{{NAME:Jenny K.}}              {{MRN:NR-4420}}     A-exc     P          P          --/neg         kid sick
{{NAME:Ho, Tuan}}              {{MRN:NR-4427}}     P         P          A          neg/+THC       call placed
{{NAME:Rachel Dubois-Moen}}     {{MRN:NR-4431}}     P         P          P          neg/neg        step-down eligible
"{{NAME:Cookie}}" {{NAME:Gunderson}} {{MRN:NR-4433}}     A         A          A          --             3rd absence, d/c?
Legend: P present, L late, A absent, A-exc excused. Groups: Mon CBT, Wed family, Thu relapse prev.
Outreach: {{NAME:Gunderson}} - called {{PHONE:218-555-0181}} x2, letter sent to {{ADDRESS:2207 W. 3rd St}}, {{LOCATION:Duluth}} {{ZIP:55806}};
  PO {{NAME:Hakala}} ({{LOCATION:St. Louis County}} probation) notified per ROI {{DATE:9/12}}.
{{NAME:Tuan}} - +THC, discussed in individual {{DATE:9/12}}.
Sheet audited by {{NAME:BH}} {{DATE:9/12/25}}.`,
  `{{FACILITY:Willow Creek Recovery Center}} Alumni Program
{{ADDRESS:8800 Ranch Road 12}}, {{LOCATION:San Marcos}}, TX {{ZIP:78666}}

{{DATE:December 1, 2024}}

Dear {{NAME:Mateo}},

Happy one year! Our records show your sobriety date as {{DATE:November 29, 2023}}, and the whole
team, especially your primary counselor {{NAME:Rachelle}} and Tech {{NAME:Big Lou}}, wanted to say how proud we are.
Your coin is enclosed. If you'd like to share your story at the {{DATE:Jan. 18}} alumni
breakfast (9:00 am, {{FACILITY:First United Methodist Church}} fellowship hall, {{LOCATION:Wimberley}}), reply to
{{EMAIL:alumni@willowcreekrecovery.example.com}} or text {{NAME:Jess Okafor}} at {{PHONE:512-555-0119}}.
Reminder: aftercare group still meets Tuesdays 6:30 pm (virtual link changes monthly:
{{URL:https://meet.willowcreekrecovery.example.com/alumni-tue-mgarza}}).

With gratitude,
Dr. {{NAME:Patricia}} "{{NAME:Trish}}" {{NAME:Holloway-Nunez}}, Executive Director

Mailed to: {{NAME:Mateo R. Garza}}, {{ADDRESS:1419 Bluebonnet Ln}}, {{LOCATION:Kyle}} TX {{ZIP:78640}}
Alumni ID {{ID:WC-ALM-2023-1187}}   (do not send to workplace per pt request; ROI {{DATE:11/29/23}})`,
  `HOUSE MEETING MINUTES - {{FACILITY:Oxbow Sober Living}} (women's), {{ADDRESS:27 Fremont St}}, {{LOCATION:Bangor}}
{{DATE:Sunday 2/16/25 7 pm}}.  Chair: {{NAME:Deb M.}} (house mgr)   Minutes: {{NAME:Kaylee}}
Present: {{NAME:Deb}}, {{NAME:Kaylee}}, {{NAME:Trinh}}, {{NAME:Samantha P.}} ("{{NAME:Sam}}"), {{NAME:Marie-Ève}}, {{NAME:Ashley R.}}, {{NAME:Ashley T.}}
Absent: {{NAME:Courtney}} (working a double at {{FACILITY:Penobscot Diner}})
Old business:
 - chore wheel: bathrooms not done wk of {{DATE:2/9}}. {{NAME:Ashley T.}} agreed to make up.
 - heat: landlord Mr. {{NAME:Pelletier}} coming Tues to look at furnace ({{PHONE:207-555-0126}}).
New business:
 - new resident moving in {{DATE:2/20}}: {{NAME:Joanna}}, coming from {{FACILITY:Kenduskeag Valley Hospital}} detox,
   on Sublocade. Room 3, top bunk. {{NAME:Trinh}} will be her house buddy.
 - {{NAME:Marie-Ève}} celebrating 90 days on {{DATE:2/22}}! cake.
 - reminder: curfew 11 pm Sun-Thu, 12 Fri/Sat. Overnight passes need 48 hr notice to {{NAME:Deb}}.
 - rent due 1st; {{NAME:Ashley R.}} on payment plan, $75/wk.
 - random UA/breathalyzer this week: all neg (6/6).
Gratitude round. Serenity Prayer. Adjourned 7:50.
House phone {{PHONE:207-555-0199}}.`,
  `VA MENTAL HEALTH - SUD/PTSD INTEGRATED CLINIC NOTE
{{FACILITY:Gulf Shores VA Clinic}}, PCT/SUD      {{DATE:10/02/2024 13:00}}
Veteran: {{NAME:HARGROVE, TERRENCE L}}   ICN {{MRN:1012884753V441207}}   age 58
Branch: USMC 1985-1993 (Desert Storm), 100% SC (PTSD 70, tinnitus, lumbar).
Therapist: {{NAME:Alondra Whitfield-Moss}}, PhD     Psychiatry: {{NAME:Kenneth Ibekwe}}, MD
Session: COPE (Concurrent Tx of PTSD & SUD) session 7 of 12, in person.
Vet reports 21 days no alcohol (since {{DATE:9/11}} - "picked that day on purpose"). PCL-5 44 (baseline 61).
Did in-vivo exposure: drove past the {{FACILITY:Sunoco on Gulf Blvd}} where he worked nights in 2003 (robbery).
SUDS peak 80 -> 45. Cravings 3/10, uses "urge surfing". Attending AA at {{FACILITY:St. Jerome's}} Mondays.
Wife {{NAME:Carla}} attended last 10 min; son {{NAME:TJ}} (Army, deployed to {{LOCATION:Grafenwöhr}}) calls weekly.
Firearms: 2 handguns stored at VFW post cmdr {{NAME:Ray Duchesne}}'s safe (lethal means counseling done).
Meds (Dr. {{NAME:Ibekwe}}): naltrexone 50, prazosin 6 qhs, sertraline 150. VCL 988 press 1 reviewed.
Next: {{DATE:10/9/24 1300}}. Homework: SUDS log.
/es/ {{NAME:ALONDRA WHITFIELD-MOSS}}, PhD   Signed: {{DATE:10/02/2024 14:12}}`,
  `TRIBAL BEHAVIORAL HEALTH - HOME VISIT
{{FACILITY:Oglala Wellness Lodge}} BH program    {{DATE:Thursday 8/21/25}}    mileage 74 (round trip)
Client: {{NAME:Lorenzo Black Elk-Runs Above}}  chart {{MRN:OWL-07713}}   tribal ID {{ID:OST-2210943}}
Visit at grandmother's home, {{ADDRESS:BIA Route 2, House 17}}, {{LOCATION:Kyle}} ({{LOCATION:Pine Ridge Reservation}}).
Present: client; unci {{NAME:Evangeline Runs Above}} ({{AGE:94}}); cousin {{NAME:Shaylee}}.
Client 19, discharged from {{FACILITY:Black Hills Regional Behavioral}} {{DATE:8/15}} after suicide attempt (hanging,
  interrupted by cousin). Now on fluoxetine 20. Says he feels "heavy but ok". No plan today. C-SSRS screen neg.
Grandma asked about inipi (sweat) with spiritual advisor {{NAME:Francis Two Crow}}; team supports, pt interested.
Safety plan reviewed: ropes/cords removed from shed; cousin {{NAME:Shaylee}} ({{PHONE:605-555-0147}}) will stay in.
Meth use: denies since d/c. Drinking: "couple beers at the powwow" {{DATE:8/17}}.
Connected to {{FACILITY:Medicine Root Adult Learning}} GED program; contact {{NAME:Janis Yellow Hawk}}.
Next visit {{DATE:8/28}}; transport by CHR {{NAME:Delbert}}. Crisis: 988 or BH on-call {{PHONE:605-555-0100}}.
{{NAME:Wakinyan Iron Shell}}, LAC, CSW-PIP`,
  `NOTA DE SESIÓN FAMILIAR / FAMILY SESSION NOTE (interpreter-assisted)
Pt: {{NAME:Brayan Josué Cifuentes López}}, 16 y/o   MRN {{MRN:2210448}}   {{DATE:03/26/2025}}  1600-1650
Program: {{FACILITY:Puentes Adolescent Substance Use Program}}
Interpreter: {{NAME:Ximena Duarte}}, CHI, ID {{ID:INT-5512}} (Spanish), in person
Present: pt, mother Sra. {{NAME:Maribel López de Cifuentes}}, older brother {{NAME:Kevin}} (19), therapist.
Family arrived from {{LOCATION:San Pedro Sula}} 2021; father remains in {{LOCATION:Honduras}}.
Mother ("la señora") tearful; reports {{NAME:Brayan}} coming home at 3-4 am, smelling of marijuana, grades failing
at {{FACILITY:Northeast Early College High}}, was suspended {{DATE:3/10-3/14}} for vaping in bathroom.
{{NAME:Brayan}}: "everybody smokes"; admits daily cannabis (dabs), Xanax bars "a few times" from a friend
called "{{NAME:Chino}}". CRAFFT 5. Denies SI. Brother {{NAME:Kevin}} works at {{FACILITY:Lone Star Pallet}} and offered rides.
Interventions: MI, family contract drafted (curfew 10 pm weekdays, phone in kitchen overnight),
psychoeducation re: counterfeit pills and fentanyl; Narcan demo for mother in Spanish.
Plan: weekly family session, IOP 3x/wk, UDS weekly, school liaison call to counselor Mr. {{NAME:Okoro}}
({{PHONE:713-555-0163}}). Mother's cell {{PHONE:713-555-0128}} (WhatsApp preferred); no ROI for father yet.
{{NAME:Lucía Barrientos}}, LPC-S, LCDC   next {{DATE:4/2}}`,
  `PROGRESS NOTE - DETOX / WM (RN)                 {{FACILITY:Gateway Crossing Detox}}   bed 9
{{DATE:11/18/24 0800}}  {{NAME:Sorensen, Ingrid M.}} ({{MRN:GC-30118}})  day 2 EtOH + benzo w/d
CIWA 12 -> 8 after Librium 50 mg 0610. BP 148/92 HR 98. tremor mod. no hallucinations. ate 50%.
Pt tearful re: daughter {{NAME:Astrid}} ({{PHONE:320-555-0114}}) not answering. Phenobarb protocol not needed.
Plan per Dr {{NAME:Mahmoud}}: cont Librium taper, thiamine, MVI, seizure precautions. -{{NAME:kb}} RN

{{DATE:11/19/24 0800}}  {{NAME:Sorensen, Ingrid M.}} ({{MRN:GC-30118}})  day 3 EtOH + benzo w/d
CIWA 12 -> 8 after Librium 50 mg 0610. BP 148/92 HR 98. tremor mod. no hallucinations. ate 50%.
Pt tearful re: daughter {{NAME:Astrid}} ({{PHONE:320-555-0114}}) not answering. Phenobarb protocol not needed.
Plan per Dr {{NAME:Mahmoud}}: cont Librium taper, thiamine, MVI, seizure precautions. -{{NAME:kb}} RN
   ** addendum {{DATE:11/19}} 1015: above copied fwd in error. Today CIWA 6 at 0600, no Librium needed,
   BP 132/84. Daughter called back, visiting {{DATE:Wed 11/20}} after her shift at
   {{FACILITY:Granite City Clinic}}. Pt asking about residential at {{FACILITY:Lakes Region Lodge}},
   referral faxed {{FAX:218-555-0172}}. -{{NAME:Kirsten Bjornstad}}, RN`,
  `EMS PATIENT CARE REPORT - suspected opioid OD
Agency: {{LOCATION:Kenosha}} Fire Dept   Medic 4   Run # {{ID:2025-009871}}   {{DATE:04/05/2025}}
Dispatched 02:14  On scene 02:21  Transport 02:39  At dest 02:51 ({{FACILITY:Lakeshore Memorial}} ED)
Location: {{ADDRESS:6512 22nd Ave, Apt 2}} (bathroom floor)   Caller: roommate {{NAME:Devonte}} {{PHONE:262-555-0132}}
Pt: Unknown, "{{NAME:Nico}}", later ID'd as {{NAME:Nicolás Ferrante-Ruiz}}, DOB {{DATE:7/7/01}}, WI DL {{LICENSE:F653-4412-1107-02}}
Found: GCS 3, RR 4, SpO2 72% RA, pinpoint pupils, cyanotic lips. Syringe + foil nearby, "blues".
Roommate gave Narcan 4 mg IN x1 at ~0210, no response.
Tx: BVM w/ O2, naloxone 2 mg IN 0223 + 0.5 mg IV 0229 (titrated), RR 14, SpO2 96%, GCS 14 by 0232.
Pt combative briefly on waking, "you ruined my high", then apologetic. BGL 104. EKG sinus tach 118.
Pt initially refused transport; after discussion w/ med control Dr. {{NAME:Halvorsen}} agreed to go.
Leave-behind naloxone kit given to roommate. Police ({{LOCATION:Kenosha}} PD Ofc. {{NAME:Brandt}}) on scene, no arrest.
Crew: {{NAME:J. Kowalczyk}} (P), {{NAME:A. Mensah}} (EMT)`,
  `ON-CALL PSYCHIATRY PAGER LOG - weekend   {{DATE:Sat 7/12/25 0800}} to {{DATE:Mon 7/14/25 0800}}   Dr. {{NAME:Ezra Lindqvist-Oke}}
time          from                       re                                   action
Sat 0912      {{NAME:Josie}} RN 4W x{{PHONE:4471}}         {{NAME:R. Kaplan}} rm 410 agitated         haldol/ativan IM x1 ok'd, f2f 0940
Sat 1350      ED (Dr. {{NAME:Fenn}}) {{PHONE:555-0188}}   {{NAME:Yusuf A.}}, 17, SI after breakup     eval 1430, admit adol, mom {{NAME:Hawa}}
Sat 2205      4W x{{PHONE:4471}}                   Mr. {{NAME:Osgood}} refusing clozapine      advised hold, recheck AM, no IM
Sun 0318      crisis line ({{NAME:Bev}})              caller {{NAME:Lonnie Pratt}}, known pt         safety plan, MCT 0900, called back
Sun 1106      pharmacy ({{NAME:Anil}}) x{{PHONE:2290}}         lithium 900 vs 1200 for {{NAME:D. Greer}}    clarified 900 qhs
Sun 1730      family: {{NAME:Monica Dale}} {{PHONE:(608) 555-0117}} re: son {{NAME:Tyler}} (d/c'd Fri) not sleeping   advised ED/988 if unsafe; msg to clinic
Mon 0614      4W                         {{NAME:Osgood}} took clozapine 0600               noted
Admissions: 2 ({{NAME:Yusuf A.}}, {{NAME:B. Thornquist}}). Holds written: 1. Restraints: 0. Calls total 14 (7 shown).`,
  `PRETRIAL SERVICES - ELECTRONIC MONITORING ENROLLMENT / TX CONDITION
Defendant: {{NAME:ROURKE, CIARÁN PATRICK}}    Case {{ID:24CR-3310-B}}   Bond set by Judge {{NAME:Halima Osei}} {{DATE:10/21/24}}
Conditions: no alcohol (CAM), no contact w/ {{NAME:Aoife Rourke}}, stay away from {{ADDRESS:918 Wyandotte St}}, attend
  SUD eval + follow recs at {{FACILITY:Crosstown Recovery}}, GPS with exclusion zone (500 ft).
Equipment: GPS ankle unit SN {{DEVICE:BI-LOC8-200774}}; alcohol bracelet SN {{DEVICE:SCR-4410998}}; base station {{DEVICE:HB-771203}}
Install: {{DATE:10/22/2024 14:05}} by tech {{NAME:Marisa Quon}}, L ankle; strap check ok.
Residence: {{ADDRESS:4410 Genessee St, Apt 6}}, {{LOCATION:Kansas City}}, MO {{ZIP:64111}}; landline none; cell {{PHONE:816-555-0198}}.
Employer: {{FACILITY:Westport Catering Co}} (supervisor {{NAME:Rhett}} aware of schedule).
Alerts {{DATE:10/22-10/31}}: 1 strap tamper ({{DATE:10/25}} 0312 - sock bunched, cleared), 0 drinking events, 0 zone.
Tx verification: eval completed {{DATE:10/29}}, rec IOP; counselor {{NAME:Denise Tull}}, LMSW {{PHONE:816-555-0155}}.
Officer: {{NAME:Grant Whitley}}, pretrial officer, {{EMAIL:gwhitley@pretrial.example.gov}}`,
  `TAKE-HOME MEDICATION ELIGIBILITY REVIEW (42 CFR 8.12(i))     {{FACILITY:Bridgeway Treatment Services}}
Patient: {{NAME:Oduya, Samuel K.}}   OTP # {{MRN:BTS-7702}}   Admit {{DATE:06/14/2022}}   Dose: methadone 105 mg
Review date: {{DATE:2/4/2025}}   Current: 13 take-homes/2 wks (Phase 4)   Requested: 27 take-homes (28-day)
Criteria:
 1. Absence of recent misuse: UDS last 90 d 13/13 neg except methadone/EDDP (last {{DATE:1/29}})   MET
 2. Regular clinic attendance: counseling monthly w/ {{NAME:Hye-jin Park}}, LCPC, 100%                MET
 3. No serious behavioral problems at clinic                                                    MET
 4. Absence of known recent diversion; call-back {{DATE:1/15}} bottle count correct                 MET
 5. Stable home: lives w/ wife {{NAME:Grace}}, {{ADDRESS:3318 Lakewood Ct}}, {{LOCATION:Joliet}} {{ZIP:60435}}           MET
 6. Safe storage: lockbox seen on video {{DATE:1/22}}; no children in home under 12                  MET
 7. Benefit > risk: works 2nd shift at {{FACILITY:Des Plaines River Foods}}, clinic hours conflict             MET
Medical director: Dr. {{NAME:Bernadette Okoye}}, DEA {{LICENSE:BO2281994}}: APPROVED, 27 doses, eff {{DATE:2/10/25}}.
State exception request not required. Emergency contact for recall: wife {{PHONE:815-555-0161}}.
Pt informed {{DATE:2/5}}; signed take-home agreement; Narcan in home confirmed. -{{NAME:HP}}/{{NAME:BO}}`,
  `FAX COVER SHEET - CONFIDENTIAL
{{FACILITY:Sunrise Ridge Psychiatric Hospital}}  Health Information Management
{{ADDRESS:1500 N. Hospital Loop}}, {{LOCATION:Albuquerque}}, NM {{ZIP:87106}}
To: Dr. {{NAME:Wen-Li Hsu}} / {{FACILITY:Mesa Verde Community Counseling}}      Fax: {{FAX:(505) 555-0193}}
From: {{NAME:Roberta Chávez}}, ROI clerk                Phone: {{PHONE:(505) 555-0191}}   Fax: {{FAX:(505) 555-0190}}
Date: {{DATE:08/29/2025}}   Pages (incl. cover): 14
Re: Transfer of care - {{NAME:TAFOYA, ANDRÉS}} - DOB {{DATE:01/12/1990}} - MRN {{MRN:SR-0092174}}
Enclosed: discharge summary ({{DATE:8/27/25}}), MAR, last 3 progress notes, labs, ROI ({{DATE:8/25/25}}),
  safety plan, pending court date note (competency, case {{ID:D-202-CR-2025-01188}}).
Follow-up appt already scheduled: {{DATE:9/3/25 10:00}} with Dr. {{NAME:Hsu}}.
THIS FAX CONTAINS INFORMATION PROTECTED BY 42 CFR PART 2 AND HIPAA. Federal rules prohibit any further
disclosure of this information unless expressly permitted by the written consent of the person to whom
it pertains. If you received this in error, call {{PHONE:(505) 555-0191}} and destroy.
Sent by: {{NAME:rc}}   Confirmation: OK 14/14  {{DATE:08/29/2025 15:22}}`,
  `ACT TEAM 3 - MORNING HUDDLE   {{DATE:Tues 1/28}}   (whiteboard transcribed by {{NAME:Nia}})
CLIENT          STATUS / TODAY                                            WHO      
{{NAME:Big Ern}} ({{NAME:E. Tolliver}})  LAI Invega Trinza due - home visit 10a, {{ADDRESS:14 Kerr Ave}}    {{NAME:Nate}} RN + {{NAME:Nia}}
{{NAME:Lupe}}            in {{FACILITY:Pima County Jail}} since Sun, booking {{ID:25-00871}}, jail MH notified    {{NAME:Carlos}} 
{{NAME:Shirlene W.}}     eviction hearing 1:30 pm Justice Ct - bring payee ledger          {{NAME:Mo}}
{{NAME:Tomás}}           clozapine ANC draw, {{FACILITY:Sonoran Labs}} 9a, then groceries          {{NAME:Mo}}
{{NAME:Dale K.}}         HOSPITALIZED {{FACILITY:Palo Verde Behavioral}} since {{DATE:1/24}}, d/c plan mtg Thurs     Dr. {{NAME:Ngata}}
Ms. {{NAME:Henrietta}}   {{AGE:96}} y/o mother ({{NAME:Opal}}) fell - pt stressed; call sister {{PHONE:520-555-0189}}     {{NAME:Nia}}
{{NAME:J.J.}}            missed meds x2 (pill box full) - check in PM; girlfriend {{NAME:Crystal}} ok per ROI {{NAME:Carlos}}
{{NAME:Abdullah}}        job interview {{FACILITY:Tucson Thrift Works}} 11a - ride                     peer {{NAME:Ray}}
Misc: van #2 in shop. Team phone {{PHONE:520-555-0102}}. Psychiatrist clinic PM. {{NAME:Carlos}} off Fri.`,
  `*** {{FACILITY:GLENHAVEN BEHAVIORAL HEALTH}} - BED BOARD / CENSUS ***  printed {{DATE:05/12/2025 06:55}}  pg 1/1
UNIT 3E ADULT ACUTE (20 beds)  census 18  charge {{NAME:Precious Nwankwo}} RN  ext {{PHONE:3300}}
RM-BED  PATIENT  AGE SEX  ADM  LEGAL  OBS  ATTENDING  NOTES
301-1  {{NAME:ALVES, RODRIGO}}  44  M  {{DATE:05/02}}  INVOL-14  q15  {{NAME:NAKASHIMA}}  hearing {{DATE:5/13}} 0930
301-2  {{NAME:BRENNER, OTTO}}  {{AGE:90}}  M  {{DATE:05/09}}  VOL  q15  {{NAME:NAKASHIMA}}  fall risk, geri chair
302-1  {{NAME:CHOWDHURY, TASNIM}}  23  F  {{DATE:05/10}}  72HR  1:1  {{NAME:OKAFOR}}  SI, no sharps
303-1  {{NAME:DIMAGGIO, PAUL}} "{{NAME:PAULIE}}"  58  M  {{DATE:04/28}}  INVOL-14  q15  {{NAME:OKAFOR}}  CIWA, d/c plan {{FACILITY:Haven House}}
303-2  --blocked--
304-1  {{NAME:ESPARZA, LUZ MARIA}}  37  F  {{DATE:05/11}}  72HR  q15  {{NAME:VAN WYK}}  pregnant 12w, OB consult
305-1  {{NAME:FOSTER-GREY, JAMAL}}  29  M  {{DATE:05/07}}  VOL  q15  {{NAME:VAN WYK}}  clozapine d5
306-1  {{NAME:GOLDMAN, RUTH}}  {{AGE:101}} F  {{DATE:05/11}}  VOL  q15  {{NAME:NAKASHIMA}}  delirium r/o, daughter {{NAME:Esther}} {{PHONE:555-0130}}
Pending admits: ED bay 6 ({{NAME:Kowalski, B.}}), transfer from {{FACILITY:Pinewood Medical Center}} ({{NAME:Ortega, S.}})
Discharges today: {{NAME:Alves}}? (if hearing dismissed), {{NAME:Foster-Grey}} to {{FACILITY:Camden Crisis Residential}}`,
  `BEREAVEMENT OUTREACH - after client death (overdose)
Deceased client: {{NAME:Tyler James Okerlund}}, DOB {{DATE:04/03/1998}}, DOD {{DATE:06/29/2025}}   chart {{MRN:SV-44102}}
Per ME office ({{LOCATION:Salt Lake County}}), case {{ID:ME25-2291}}: suspected fentanyl toxicity, found at
  {{ADDRESS:455 S. 500 E, #12}}, {{LOCATION:Salt Lake City}}. Last seen here {{DATE:6/24}} (bup visit, UDS + bup only).
{{DATE:7/2/25 1400}} - called mother {{NAME:Jeanine Okerlund}} ({{PHONE:801-555-0175}}) per ROI on file listing her.
  Condolences offered. She asked if he "was still taking his Suboxone" - I shared that
  he was attending and had been prescribed through {{DATE:7/8}} (ROI permits). She said he had relapsed
  after his friend {{NAME:Brody}} got out of {{FACILITY:Wasatch Front Correctional Facility}} last month.
- Funeral {{DATE:Sat 7/5}} 11 am at {{FACILITY:Larkin Sunset Chapel}}, {{LOCATION:Sandy}}. Team may attend (pt's wish per mom).
- Referred mom to GRASP (Grief Recovery After Substance Passing) + Pastor {{NAME:Lyle Anders}}'s
  support circle; she also has a daughter, {{NAME:Kenna}}, 15 - gave school counselor info for
  {{FACILITY:Little Cottonwood High}}. Naloxone kit offered to family, accepted.
- Staff debrief scheduled {{DATE:7/3}} 4 pm, facilitated by Dr. {{NAME:Reyes-Tolman}}; EAP info to {{NAME:Hal}} (his counselor).
- Sentinel review per policy, ID {{ID:SR-25-014}}.
{{NAME:Marisa Quintanilla}}, LCSW, clinical supervisor`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-19}}**]
Date of Birth:  [**{{DATE:2089-11-2}}**]             Sex:   M
Service: PSYCHIATRY
Attending:[**{{NAME:First Name3 (LF) 2291}}**]
Chief Complaint: "I drank everything in the house"
HPI: 58 yo man w/ AUD, MDD, prior withdrawal seizures, BIBA from [**{{LOCATION:Location (un) 4417}}**] after his
sister ([**{{NAME:Known firstname 1102}}**]) found him confused. Last drink [**{{DATE:3-2}}**]. Transferred from
[**{{FACILITY:Hospital1 18}}**] MICU on HD 3 after phenobarbital load (peak CIWA 32); Wernicke ruled out,
high-dose thiamine x 3 days. Moved here from [**State 350**] in 2140; lives with his father, who is
[**{{AGE:Age over 90}} **] and has dementia. Retired machinist at [**{{FACILITY:Company 2210}}**].
Brief Hospital Course: naltrexone started [**{{DATE:3-12}}**] after LFTs trended down (AST 140 -> 62).
Family meeting [**{{DATE:2148-3-15}}**] with sister and nephew [**{{NAME:Name (NI) 3390}}**]; accepted residential.
Discharge Disposition: Extended Care - [**{{FACILITY:Hospital 8812}}**]
Followup: Dr. [**{{NAME:Last Name (STitle) 4412}}**] [**{{PHONE:Telephone/Fax (1) 8813}}**] on [**{{DATE:2148-4-2}}**] at 10:30.
[**{{NAME:First Name8 (NamePattern2) 1501}}**] [**{{NAME:Last Name (NamePattern1) 1502}}**] MD [**{{LICENSE:MD Number(1) 1503}}**]
Completed by: [**{{DATE:2148-3-19}}**]`,
  `PSYCHOLOGICAL ASSESSMENT - SUMMARY OF FINDINGS
Examinee: {{NAME:Wilhelmina}} "{{NAME:Billie}}" {{NAME:Strand-Oduya}}   DOB {{DATE:12/8/2007}}   Age 17   ID {{MRN:PSY-20431}}
Referral: Dr. {{NAME:Kavanagh}} ({{FACILITY:Riverside Pediatric Associates}}) and school psychologist {{NAME:M. Ortiz-Lamb}}
  ({{FACILITY:Harborside Regional High School}}), for diagnostic clarification after 2 psychiatric admissions.
Dates of testing: {{DATE:2/11/25}}, {{DATE:2/18/25}}, {{DATE:2/25/25}}. Examiner: {{NAME:Solveig Marchetti}}, PsyD.
Collateral: mother {{NAME:Ingrid Strand}} ({{PHONE:207-555-0179}}); BASC-3 from teachers Ms. {{NAME:Fogg}} and Mr. {{NAME:Adjei}}.
Measures: WAIS-IV, MMPI-A-RF, CAARS, TSCC, SCID-5, CRAFFT.
Results: FSIQ 104 (average); WMI 86, PSI 82 (low average). MMPI-A-RF valid; elevations EID, RC2, SUB.
  TSCC: posttraumatic stress T=71. CRAFFT 4 (alcohol, benzodiazepines from a friend's mother's supply).
  No psychotic disorder; "voices" are intrusive memories.
Impressions: PTSD (F43.10); ADHD, predominantly inattentive (F90.0); alcohol use d/o, mild; r/o emerging
  borderline traits (deferred, age). Not consistent with bipolar d/o, Asperger's or schizophrenia.
Recs: TF-CBT; reconsider quetiapine; 504 plan; DBT-A group at {{FACILITY:Casco Bay Adolescent Center}}. Feedback session held {{DATE:3/4/25}} with {{NAME:Billie}} and mom.
{{NAME:S. Marchetti}}, PsyD, Licensed Psychologist #{{LICENSE:PS-1187}}`,
  `CRISIS STABILIZATION UNIT - 23-HR OBSERVATION NOTE     {{FACILITY:Front Door Crisis Center}}, chair 7
Arrival {{DATE:12/31/24 21:48}} walk-in with friend; Discharge {{DATE:1/1/25 15:30}}
Client: {{NAME:Phan, Quoc Bao}} ("{{NAME:Bobby}}")  DOB {{DATE:7/17/1996}}  CSU# {{MRN:FD-48812}}
Reason: "I need to not be alone tonight." Laid off from {{FACILITY:Cascade Aero Parts}} 7 wks ago, drinking daily
  since; girlfriend {{NAME:Linh}} moved out {{DATE:12/20}}. Friend {{NAME:Marcus Oyelowo}} ({{PHONE:425-555-0186}}) brought him.
Assessment: C-SSRS passive SI, no plan; thought of "driving into the lake" last week, no rehearsal.
  BAC 0.09 on arrival. CIWA 4 at 0600. PHQ-9 19. No firearms (sold rifle 2023). No psychosis.
Interventions: sobering, food, slept 0030-0700; safety plan w/ {{NAME:Renée}} (MHP); peer {{NAME:Abe}} shared his story.
  Called mom {{NAME:Thuy Phan}} in {{LOCATION:Garden Grove}} at 0930 with consent ({{PHONE:714-555-0122}}).
Disposition: home with friend {{NAME:Marcus}}; outpt intake at {{FACILITY:Eastlake Counseling}} {{DATE:1/3}} 11 am;
  naltrexone discussed, will ask PCP; 988 card given.
Discharged by {{NAME:Renée Caldwell}}, MHP / tele-psych Dr. {{NAME:Ostrowski}}   -{{NAME:rc}}`,
  `From: {{NAME:Tess Sorensen}} <{{EMAIL:tess.sorensen84@example.net}}>
Sent: {{DATE:Monday, February 3, 2025 7:12 AM}}
To: {{NAME:Hartmann, Liesl}} <{{EMAIL:lhartmann@westbrook.example.k12.mn.us}}>
Cc: {{NAME:Dana Kowalski-Ruiz}} <{{EMAIL:dkowalski@lakesideyfs.example.org}}>
Subject: RE: {{NAME:Aiyana}} return to school

Hi Ms. {{NAME:Hartmann}}, {{NAME:Aiyana}} is coming back today after the week at {{FACILITY:Minnehaha Youth Behavioral Unit}}
(discharged {{DATE:Sat 2/1}}). I'll bring the hospital's re-entry plan to the 9:30 meeting. Her dad
({{NAME:Marcus}}) may call in from {{LOCATION:Gallup}}. Please don't let her go to the nurse alone for now.
Thanks, {{NAME:Tess}}

> From: {{NAME:Hartmann, Liesl}}
> Sent: {{DATE:Friday, January 31, 2025 3:48 PM}}
> Mrs. {{NAME:Sorensen}} - so glad she's doing better. Re-entry meeting {{DATE:Mon 2/3}} at 9:30 in the
> counseling office with me, Mr. {{NAME:Dube}}, and our nurse Ms. {{NAME:Halvorsen}}. Her therapist {{NAME:Dana}} is
> welcome by phone ({{PHONE:612-555-0135}}). We'll set up a check-in pass and a quiet space.
> {{NAME:Liesl Hartmann}}, School Counselor, {{FACILITY:Westbrook Middle School}}, {{PHONE:952-555-0100}} x{{PHONE:2241}}
> CONFIDENTIALITY: this message may contain student information protected by FERPA.`,
];

export const HELDOUT_REALISTIC_99_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout99-${i + 1}`, n));
