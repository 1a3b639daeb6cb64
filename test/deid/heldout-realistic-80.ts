// An eightieth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution, courts being named only by the real places they sit in;
// phone and fax numbers are 555 numbers; real towns, cities, counties, boroughs, neighbourhoods,
// parks and subway stations are used only as places). It leans towards community mental health
// and social services: intake assessments, case-management and ACT notes, supportive-housing and
// Housing Choice Voucher paperwork, SSI/SSDI (SOAR, hearings, overpayments) and Medicaid renewals,
// assisted outpatient treatment petitions, affidavits and court orders, crisis line, text line,
// warmline and mobile crisis logs, peer-support and peer-respite notes, clubhouse attendance
// sheets, newsletters and TE timesheets, representative-payee plans and account changes, shelter,
// safe-haven, safe-parking and supportive-housing records, booking screens and re-entry plans
// after jail or prison, and letters to landlords, employers, schools, courts and caseworkers. It
// is heavy on agencies, programs, shelters and residences named as FACILITY in lower case,
// abbreviated or by nickname ("the Haven", "the Birch", "TCSU"), loosely written addresses (cross
// streets, "2nd ave & 117th", a street without a number, a subway station, a highway mile
// marker), first names, initials and nicknames alone, and on look-alikes that are not PHI:
// statutes and named laws (Kendra's Law, Laura's Law, Baker Act, Marchman Act, MHL 9.39, 302,
// 5150, CPL 330.20, 42 CFR Part 2), form numbers (SSA-827, SSA-3368, HUD-52517, WH-380-E), hotline
// numbers (988, 911), benefit amounts, routing numbers, recurring days of the month, scores
// (PHQ-9, C-SSRS, WHODAS, MoCA, VI-SPDAT, YMRS), ICD-10, CPT and HCPCS codes, doses of long-acting
// injectables, lot numbers, beds, rooms, lockers, courtroom parts and alarm codes.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts: titles,
// honorifics and kin terms (Dr., Mrs, Hon., Rev., Judge, doña, cô, Mama, Mister) stay outside
// NAME spans; a nickname in quotes is its own span; initials, first names alone and lower-case
// names are NAME; a month/day without a year is a DATE and a clock time next to it stays outside,
// while a time attached to a date with a year is inside; a date range written as one token is one
// DATE; ages over 89 are AGE however written; payers and state or federal agencies are not PHI;
// schools, employers, churches, shelters, prisons, labs, pharmacies and home-care agencies are
// FACILITY; case, booking, badge, employee, student and incident numbers are ID; Medicaid and
// Medicare member numbers are HEALTH_PLAN and a VA ICN is MRN; driver's licences, NPIs and
// professional licences are LICENSE; plates and VINs are VEHICLE; ranches and home places used as
// places are LOCATION; a city abroad is LOCATION; a lot's expiry date is not PHI.
// Added for this set: community agencies and their named programs and teams (ACT teams, clinics,
// clubhouses, drop-in and peer centres, respites, shelters, safe havens, SROs and supportive-housing
// residences, pantries and soup kitchens, payee organisations, property-management firms and
// landlords that are companies, jails and detention centres) are FACILITY, also when abbreviated,
// lower-case or nicknamed, and one span even when the name holds a place or a person's name
// ("Parent Circle of the Bronx", "Grace Tabernacle Utica"), while kinds of programme named
// generically (ACT, AOT, HARP, PROS, Housing First, SOAR, Section 8, HUD-VASH, "the clubhouse",
// "the shelter", "state hospital") are not PHI; federal, state, county and city agencies (SSA,
// HRA, ACS, DSS, HUD, a housing authority, probation and parole, OMH, DOCCS, DMV, a city police
// department such as OPD) are not PHI, but a place named in them ("the Bronx field office",
// "Spokane housing authority") is LOCATION and the street of a local office is ADDRESS; a court
// named by its city or county ("Bronx Family Court", "SUPREME COURT, KINGS COUNTY") is FACILITY, a
// court named only by its state is not, and a county caption ("COUNTY OF ERIE") is LOCATION; a
// street named without a house number, a cross-street or intersection, a bus stop or subway
// station where a person lives, sleeps or was met, and a highway mile marker are ADDRESS, while
// neighbourhoods, parks, bridges, overpasses and encampments used as places are LOCATION; a month
// with a year (Feb 2024, 06/2022, 11/2023) and a notarial date ("8th day of May, 2024") are DATE,
// while a recurring day of the month ("checks come on the 3rd", "rent due the 1st"), a month
// alone, a holiday named as such (Christmas, Memorial Day) and a year alone are not; the last
// four digits of an SSN written alone are SSN, and the last four digits of an account ("ending
// 4418") are ACCOUNT; a bank's name and its routing number are not PHI, while payee, checking,
// savings, debit and EBT card, rent-ledger and utility account numbers are ACCOUNT; an agency's
// own client, chart or programme number is MRN, while HMIS, SNAP and HRA case numbers, SSA BNC
// numbers, court index, docket and case numbers, voucher, housing-application and work-order
// numbers, DIN, NYSID, booking, badge, complaint, misuse-report, trip and crisis-call or chat
// contact ids, a tribal census number and an owner's tax ID are ID; a Medicaid CIN, AHCCCS,
// Medi-Cal, Apple Health, CHIP or MBI number is HEALTH_PLAN; a DMV non-driver ID and a notary's
// registration number are LICENSE like a driver's licence; GPS ankle monitors, medication
// dispensers and lockboxes, oxygen concentrators and a phone's IMEI are DEVICE (a phone's model is
// not); a booking photo, ID or intake photo file is PHOTO and a shelter's or clinic's finger-scan,
// palm-vein or livescan number is BIOMETRIC; an IP address is IP even when private (10.x).
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9348 / 0.9648; pass-17 engine (a322156, whose rules were made from sets 67-78 without this set)
// 0.9359 / 0.9634. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:RIVERBEND COMMUNITY MENTAL HEALTH}} -- ADULT INTAKE ASSESSMENT
Client: {{NAME:Okonkwo, Chidera A.}}   DOB: {{DATE:07/19/1986}}   Client #: {{MRN:RB-0044918}}
Addr: {{ADDRESS:2217 w lehigh ave apt 3R}}, {{LOCATION:phila}} PA {{ZIP:19132}}
Cell {{PHONE:(215) 555-0147}} (prepaid, runs out mid-month); sister {{NAME:Ngozi}} {{PHONE:215-555-0193}}
Medical Assistance ID: {{HEALTH_PLAN:4471902286}}
Referral: {{NAME:Denise Farraday}}, LSW, {{FACILITY:Kensington CRC}}, after a 302 on {{DATE:3/2/24}} that was not upheld; released {{DATE:3/5}}.
Presenting: "I hear the neighbors talking thru the vents." AH x2 yrs, worse since eviction notice in {{DATE:Feb 2024}}. Denies SI/HI; C-SSRS screen neg. PHQ-9 = 17, GAD-7 = 12.
Hx: 1st episode at 22; inpt at {{FACILITY:Norris Pavilion}} 2009 and 2016. Haldol 5 mg -> dystonia ("my jaw locked"). No meds now.
Substance: cannabis daily, EtOH weekends, AUDIT-C 6.
Social: lives w/ partner {{NAME:Marcus Bell}}; part-time at {{FACILITY:Sal's Hoagies}} on {{ADDRESS:Frankford Ave}}. Landlord Mr. {{NAME:Petrakis}} filed for eviction, hearing {{DATE:April 11}}.
Dx (prov): F25.0 schizoaffective, bipolar type; Z59.811 housing instability.
Plan: psychiatry eval w/ Dr. {{NAME:Anand Iyer}} {{DATE:3/14}} 10:30; refer to tenant legal aid; ROI signed for {{NAME:Ngozi}}.
-- {{NAME:T. Rawlings}}, MA, intake clinician`,
  `cm prog note {{DATE:10/03/23}}   f2f @ clt apt   1:15-2:05pm
clt: {{NAME:ramon quiñones}} ({{MRN:BX-20931}})   cm: {{NAME:lk}}
{{ADDRESS:1480 grand concourse #6e}} {{LOCATION:bx}} {{ZIP:10457}}
- apt cluttered, fridge empty. clt says SNAP stopped. called HRA: recert missed bc letter went to old addr ({{ADDRESS:2nd ave & 117th}}). SNAP case # {{ID:007734219J}}. phone interview tues.
- lithium 300 bid, last level 0.6 on {{DATE:9/19}}; pillbox filled thru sun.
- mom doña {{NAME:carmen}} ({{AGE:91}}) lives w/ him, falls x2, needs home attendant -> referred {{FACILITY:Sunrise Home Care}} {{PHONE:718-555-0162}}.
- clt asked about clubhouse, gave flyer for {{FACILITY:Kingsbridge House}}, orientation thurs 1pm.
- ACT referral discussed w/ sup {{NAME:Tasha}}, hold for now. GAF not used anymore, WHODAS 2.0 = 31.
- next visit {{DATE:10/10}}; if SNAP not back by {{DATE:10/15}} take him to {{FACILITY:st ann's pantry}} on {{ADDRESS:e 169th}}.
- clt's nephew {{NAME:junior}} ({{PHONE:646-555-0128}}) helps w/ groceries sometimes, no ROI yet.
{{NAME:lk}}/CM II`,
  `SUPPORTIVE HOUSING APPLICATION (2010e) -- SUMMARY PAGE
Applicant .......... {{NAME:WILLIAMS-ODUYA, KEISHA}}
DOB ................ {{DATE:11-02-1979}}      Age 44
SSN ................ {{SSN:531-27-8864}}
HRA case # ......... {{ID:00451129C}}
Medicaid CIN ....... {{HEALTH_PLAN:TQ48213K}}
Current location ... {{FACILITY:Bedford Ave Women's Shelter}} ({{ADDRESS:1122 Bedford Ave}}, {{LOCATION:Brooklyn}}) since {{DATE:06/2022}}
Chronic homeless ... YES  (HMIS {{ID:HM-7720395}}; 24 of last 48 mos)
Population ......... NY/NY III cat. A (SMI)
Dx ................. F33.2 MDD recurrent severe; F43.10 PTSD
Psych eval ......... {{NAME:Lucía Barragán}}, MD   {{DATE:05/30/2023}}
Psychosocial ....... {{NAME:Owen Thackeray}}, LMSW  lic # {{LICENSE:094417}}
Income ............. SSI $943/mo (Direct Express card)
Boroughs ........... {{LOCATION:Bklyn}}, {{LOCATION:Queens}}  -- NOT {{LOCATION:Bronx}} (DV hx w/ ex {{NAME:Dorian Pike}}, OOP in effect)
Interviews ......... {{FACILITY:Harbor Light Residence}} {{DATE:8/14}} 11am;  {{FACILITY:Ruth Hale Apts}} {{DATE:8/21}} 2pm
Contact ............ {{NAME:Owen Thackeray}}  {{PHONE:347-555-0118}}  {{EMAIL:othackeray@bedfordwomensvc.org}}`,
  `SOAR MEDICAL SUMMARY REPORT -- draft 2
Re: {{NAME:Teodoro Vasquez Lim}}    SSN xxx-xx-{{SSN:4471}}    DOB {{DATE:1/8/1971}}
Filed {{DATE:09/12/2023}} at the {{ADDRESS:N. Oracle Rd}} field office, {{LOCATION:Tucson}}. BNC# {{ID:23FK091B77}}. AHCCCS ID {{HEALTH_PLAN:A01928374}}.
Mr. {{NAME:Vasquez Lim}} is a 52-year-old man who worked as a packer at {{FACILITY:Desert Sun Produce}} until {{DATE:March 2021}}, when he walked off the line after "the belts were talking about me." He has slept in his truck (AZ plate {{VEHICLE:CKR4417}}) and at {{FACILITY:Casa Piedra shelter}} since.
Treatment: {{FACILITY:Saguaro Bend Counseling}} since 2019; prescriber {{NAME:Imelda Torrance}}, PMHNP. Risperdal 3 mg qhs, sertraline 100 mg. MoCA 24/30.
Collateral: landlady Mrs. {{NAME:Esperanza Ruelas}} (2018-2021) reports he stopped paying rent and "talked to the swamp cooler." Sister {{NAME:Pilar}} in {{LOCATION:Nogales}} confirms no work since.
ADLs: needs prompts to shower; cannot use bus alone; lost 3 jobs in 2 yrs.
Forms: SSA-3368, SSA-827 signed {{DATE:9/5/23}}; 1696 names {{NAME:Ana Belén Ocampo}} (SOAR specialist, {{PHONE:520-555-0186}}) as appointed rep.`,
  `SUPREME COURT OF THE STATE OF NEW YORK
COUNTY OF {{LOCATION:ERIE}}
In the Matter of the Application of {{NAME:Margaret Osei-Bonsu}}, Director of Community Services, for an Order Authorizing Assisted Outpatient Treatment for {{NAME:DWAYNE T. KOWALCZYK}}, Respondent.
Index No. {{ID:AOT-2024-0317}}
ORDER -- Mental Hygiene Law 9.60 (Kendra's Law)
Upon the verified petition dated {{DATE:February 20, 2024}}, and the testimony of {{NAME:Rahul Menon}}, M.D., examining physician, heard at {{FACILITY:Niagara Frontier Behavioral Hospital}}, the Court finds by clear and convincing evidence that the Respondent, born {{DATE:04/27/1990}}, residing at {{ADDRESS:88 Sobieski St, Lower}}, {{LOCATION:Buffalo}}, New York {{ZIP:14212}}, meets the criteria of MHL 9.60(c).
ORDERED that Respondent receive AOT for six (6) months, to include: case management by the {{FACILITY:Broadway-Fillmore ACT Team}}; Invega Sustenna 156 mg IM monthly; urine toxicology as clinically indicated; and housing support.
ENTER:  Hon. {{NAME:Celeste A. Marchetti}}, J.S.C.      Dated: {{DATE:March 1, 2024}}
AOT coordinator: {{NAME:Brendan Fahey}}  tel {{PHONE:716-555-0104}}  fax {{FAX:716-555-0105}}`,
  `CRISIS LINE CONTACT LOG -- {{FACILITY:Cascadia Lifeline}} (988 backup center, {{LOCATION:Portland}} OR)
Contact ID {{ID:CL-24-118804}} | channel: chat | start {{DATE:01/27/2024 02:14}} | end 03:02 | counselor {{NAME:JW}}
Chat IP {{IP:73.158.22.190}}; visitor name given as "{{NAME:Remy}}", 19, staying w/ roommate {{NAME:Kaylee}} in {{LOCATION:Gresham}}.
Summary: took ~10 of roommate's Seroquel 50 mg at 0130, "just want to sleep for a week." Columbia: ideation w/ method, no plan beyond ingestion. Gave location as "the blue apts on {{ADDRESS:SE 162nd & Stark}}." Poison control consulted (ref {{ID:PC-55120}}). Active rescue initiated 02:41 w/ visitor consent; {{FACILITY:Eastside Mobile Crisis}} ({{PHONE:503-555-0175}}) + EMS dispatched. Chat dropped 03:02.
F/u {{DATE:1/28}} 14:10: {{NAME:Kaylee}} answered {{PHONE:971-555-0152}}, says {{NAME:Remy}} at {{FACILITY:Eastgate Medical Ctr}} ED, "medically ok."
---
Contact ID {{ID:CL-24-118822}} | phone | {{DATE:01/27/2024 04:40}} | counselor {{NAME:MB}}
Caller {{NAME:Walt}}, 67, widower, calls most nights from {{LOCATION:Hillsboro}}. No SI. Talked about wife {{NAME:Dottie}}'s birthday ({{DATE:Jan 29}}). Safety plan reviewed; knows 988 and 911. Caller ID {{PHONE:503-555-0116}}.`,
  `PEER SUPPORT NOTE -- {{FACILITY:the lighthouse}} drop-in   {{DATE:Thurs 6/13}}
peer: {{NAME:Gabriela Ruiz-Pena}}, CPS
met w/ "{{NAME:Smokey}}" ({{NAME:Lionel Prewitt}}) at the picnic tables out back, ~40 min.
he's been sleeping under the {{LOCATION:Jefferson St bridge}} again since {{DATE:6/2}} when the {{FACILITY:Cornerstone SRO}} locked him out for "the dog thing." dog's name is Biscuit, she's fine, he shared his sandwich with her.
we went over his WRAP plan: early warning signs = not eating, counting cars. he said both are happening. he's out of Abilify since {{DATE:5/30}} -- I called {{FACILITY:Parkside Pharmacy}} ({{PHONE:402-555-0139}}), refill ready, needs $3 copay, paid from peer fund.
walked him to the DMV for a state ID. photo taken, receipt # {{ID:DMV-R-660412}}; card to mail to the drop-in address ({{ADDRESS:1701 N 24th St}}, {{LOCATION:Omaha}} {{ZIP:68110}}).
he asked me to tell his case mgr {{NAME:Dee}} at {{FACILITY:Heartland Community Services}} he wants to go back to the {{FACILITY:Cornerstone}}. I left msg at {{PHONE:402-555-0164}}.
"{{NAME:Smokey}}" agreed to check in Mon. I shared my own story about losing housing in 2015 -- he laughed, first time today.
-- {{NAME:GRP}}`,
  `{{FACILITY:GREENPOINT CLUBHOUSE}} -- WORK-ORDERED DAY / ATTENDANCE   wk of {{DATE:9/9/24}}
unit        member                  M  T  W  Th F   notes
kitchen     {{NAME:A. Bielski}}             x  x  -  x  x   lunch lead
kitchen     {{NAME:Dolores}} "{{NAME:Lola}}" {{NAME:Ferrante}}  x  -  -  x  -   dental appt W
clerical    {{NAME:Tran, Minh}}             x  x  x  x  -   snack bar $ count
clerical    {{NAME:Jerome}}                 -  -  x  -  -   back after {{FACILITY:Bellwether}} stay
reception   {{NAME:Wozniak, Teresa}}        x  x  x  x  x   birthday {{DATE:9/12}}!
thrift      {{NAME:Obi}}                    x  -  x  -  x
TE placements:
  {{NAME:Minh}} -- {{FACILITY:Nassau Ave Hardware}}, 12 hrs/wk, supervisor {{NAME:Stan Kuzma}}
  {{NAME:Teresa}} -- mailroom at {{FACILITY:Eastbridge Realty}}, started {{DATE:8/26}}
Reach-out calls: {{NAME:Jerome}} (no answer {{PHONE:718-555-0121}}); {{NAME:Obi}}'s sister {{NAME:Adaeze}} says he's ok.
Colleague-led mtg Tues 10am; house meeting Fri 2pm. Attendance entered by {{NAME:mk}}.`,
  `REPRESENTATIVE PAYEE -- MONEY MANAGEMENT PLAN
Beneficiary: {{NAME:Harold}} "{{NAME:Hal}}" {{NAME:Betancourt}}   DOB {{DATE:2/2/1958}}
Payee: {{FACILITY:Northstar Fiduciary Services}} (organizational payee), {{ADDRESS:400 Main St, Suite 210}}, {{LOCATION:Worcester}} MA {{ZIP:01608}}
Benefit: SSDI $1,412/mo, paid on the 3rd
Payee acct (Bay State Community Bank, routing 211370545): {{ACCOUNT:4410 2287 9063}}
Budget:
  rent $650 -> {{FACILITY:Mapleton Property Mgmt}}, tenant ledger {{ACCOUNT:T-55091}}, due the 1st
  electric $60 -> acct {{ACCOUNT:88120-44731}}
  phone $25 (Lifeline) 
  allowance $85/wk, pick up Fridays at payee office; $20 of it on {{NAME:Hal}}'s EBT {{ACCOUNT:5077 1402 3389 6610}} is NOT ours to touch
  savings $50/mo toward conserved funds (cap $2,000 for SSI purposes, n/a SSDI)
Notes: {{NAME:Hal}} asked for extra $40 for his daughter {{NAME:Renata}}'s graduation {{DATE:June 7}}; approved from savings.
Payee staff: {{NAME:Yolanda Pierce}} {{PHONE:508-555-0170}}  fax {{FAX:508-555-0171}}
Signed {{DATE:05/20/2024}}.  Beneficiary declined to sign, "I'll think about it."`,
  `RE-ENTRY / DISCHARGE PLAN -- {{FACILITY:Brookside Correctional Annex}}, mental health unit
Name: {{NAME:DeShawn Marcel Pruitt}}  Booking # {{ID:B24-003317}}  DOB {{DATE:10/30/1992}}
Release: {{DATE:07/22/2024 0600}} -- time served; 2 yrs probation, PO {{NAME:Krystal Dunmore}} {{PHONE:216-555-0131}}
GPS ankle monitor SN {{DEVICE:7741-22390}} fitted {{DATE:7/21}}; curfew 9p-6a.
Meds: 14-day bridge Zyprexa 10 mg qhs; Vivitrol 380 mg IM given {{DATE:7/19}}, next due {{DATE:8/16}}.
Medicaid: suspended on booking {{DATE:3/4/24}}, reactivation sent; ID {{HEALTH_PLAN:9902213457}}.
Housing: bed held at {{FACILITY:Hope Haven men's residence}}, {{ADDRESS:3120 Lorain Ave}}, {{LOCATION:Cleveland}} {{ZIP:44113}}; intake w/ Rev. {{NAME:Ellis}} at 10am on release day.
Transport: mother {{NAME:Lorraine Pruitt}} ({{PHONE:216-555-0188}}) picks up at sally port.
Follow-up: {{FACILITY:Westside Recovery Clinic}} psych intake {{DATE:7/25}} 1pm w/ Dr. {{NAME:Okafor}}; peer mentor {{NAME:Tyrell}} from {{FACILITY:Second Chance Collective}}.
Docs given: state ID (license # {{LICENSE:RT559017}}), SS card, birth cert copy, med list.
Prepared by {{NAME:S. Haddad}}, re-entry coordinator`,
  `{{FACILITY:Harborview Behavioral Health Associates}}
{{ADDRESS:77 Water Street, 2nd Floor}} * {{LOCATION:New Bedford}}, MA {{ZIP:02740}} * {{PHONE:508-555-0102}} * fax {{FAX:508-555-0103}}

{{DATE:August 5, 2024}}

{{FACILITY:Seaport Gardens Apartments}}
Attn: Ms. {{NAME:Rhonda Castellucci}}, Property Manager
{{ADDRESS:1200 Acushnet Ave}}
{{LOCATION:New Bedford}}, MA {{ZIP:02746}}

RE: Request for reasonable accommodation -- {{NAME:Maria do Carmo Fontes}}, Unit 3C

Dear Ms. {{NAME:Castellucci}}:

I am writing at the request of my client, Ms. {{NAME:Fontes}}, whom I have treated since {{DATE:January 2022}}. She has a disability as defined under the Fair Housing Act. I ask that the notice to quit dated {{DATE:July 18, 2024}} be paused for 60 days while she receives in-home support from our team, and that she be allowed to keep her emotional support animal, a cat.
The items stored on her balcony will be removed by {{DATE:8/31}} with help from her nephew, Mr. {{NAME:Paulo Fontes}}.
Please contact me with any questions. A release of information signed by Ms. {{NAME:Fontes}} on {{DATE:8/1/24}} is enclosed.

Sincerely,
{{NAME:Bernadette Oyelaran}}, LICSW (MA lic. {{LICENSE:118204}})
{{EMAIL:boyelaran@harborviewbha.org}}
cc: {{NAME:Maria do Carmo Fontes}}; {{FACILITY:SouthCoast Legal Services}}`,
  `SHELTER INTAKE -- {{FACILITY:MIDTOWN MEN'S SHELTER}} (aka "{{FACILITY:the Armory}}")
Date/time: {{DATE:11/19/23 21:47}}   Staff: {{NAME:R. Batiste}}
Guest: {{NAME:ABDI, MOHAMED YUSUF}}   DOB {{DATE:03/03/1984}}   HMIS {{ID:8812340}}
Finger-scan enrolled: template {{BIOMETRIC:FS-0092117}}   Photo: {{PHOTO:IMG_20231119_2151.jpg}}
Bed 212 (lower), locker 47, meal card issued.
Last night: slept at {{ADDRESS:Nicollet & Lake}} bus shelter; before that {{FACILITY:Harriet House}} overflow.
Screen: VI-SPDAT 11. Says hears "jinn" at night; no SI/HI; no weapons. Speaks Somali + English; brother {{NAME:Hassan Abdi}} {{PHONE:612-555-0138}} in {{LOCATION:St. Cloud}}.
Meds: none. Hx hosp at {{FACILITY:Riverside Psych}} 2021? -- guest unsure of year.
Referred to on-site nurse {{NAME:Kowalski}} a.m.; outreach worker {{NAME:Faduma}} from {{FACILITY:Cedar-Riverside Outreach}} to follow up re housing.
Belongings: backpack, 2 bags; phone (IMEI {{DEVICE:356938035643809}}) charging at desk.
Incident hx: none in this system.`,
  `Medi-Cal annual renewal -- worksheet (cm copy)
beneficiary: {{NAME:Nguyen Thi Hoa}}   CIN {{HEALTH_PLAN:91827364A}}   case # {{ID:4Q77210}}
county: {{LOCATION:Alameda}}   renewal pkt dated {{DATE:4/02/2024}}, due {{DATE:5/15/2024}}
address on file: {{ADDRESS:2519 International Blvd #4}}, {{LOCATION:Oakland}} CA {{ZIP:94601}}  <- WRONG, she moved {{DATE:Jan 2024}} to her daughter's: {{ADDRESS:38 Maple Ct}}, {{LOCATION:San Leandro}} {{ZIP:94577}}
daughter {{NAME:Linh Tran}}, ph {{PHONE:(510) 555-0144}}, translates (Vietnamese)
income: SSI/SSP $1,182.64 -- no change
assets: checking at Pacific Coast Savings acct {{ACCOUNT:00731-559208}} bal approx $1,300
docs attached: SSI award ltr {{DATE:12/28/23}}, bank stmt Mar, lease
notes: client (73) worried she'll lose IHSS worker cô {{NAME:Lan}}; explained renewal doesn't affect that if on time.
submitted via BenefitsCal {{DATE:4/29/24}} confirmation {{ID:BCW-0421-99317}}
-- {{NAME:J. Alcaraz}}, {{FACILITY:Eastbay Asian Wellness Ctr}}`,
  `ACT TEAM HUDDLE -- {{FACILITY:Northside ACT}}  {{DATE:mon 2/5}}  0830
present: {{NAME:Kim}}, {{NAME:DL}}, {{NAME:Rasheed}}, {{NAME:Jo}}, nurse {{NAME:Abena}}, psych Dr {{NAME:Feld}}
- {{NAME:T.M.}}: missed Invega 234 fri. {{NAME:Abena}} to go to {{ADDRESS:Oak & 14th}} where he panhandles, 10am.
- {{NAME:Gloria S.}}: AOT renewal hearing {{DATE:2/12}} in {{FACILITY:Bronx Supreme}}, Part 8. {{NAME:Kim}} writes affidavit.
- {{NAME:Wendell}}: back at {{FACILITY:Cherry St SRO}} rm 5; landlord says another leak from his sink. {{NAME:Rasheed}} -> plumber.
- "{{NAME:Birdie}}": evicted from {{FACILITY:Shelton Arms}} sat, now at {{FACILITY:Tremont Safe Haven}}? call {{PHONE:718-555-0149}}
- {{NAME:Vukovic}}: clozapine ANC 2,100 ok; next draw {{DATE:2/9}}.
- Ms. {{NAME:P}}: {{AGE:92}}-yo mother in hospice, pt tearful. Dr {{NAME:Feld}} to see tues.
- {{NAME:Eddie}} still in {{FACILITY:the Island}}? no -> {{FACILITY:Harlem River Detention}}, court {{DATE:2/20}}. NYSID {{ID:06618335Q}}.
- new referral from {{FACILITY:Mott Haven CPEP}}: {{NAME:Adewale}}, 24, first psychosis. intake wed.
on call this wk: {{NAME:DL}} {{PHONE:917-555-0106}}`,
  `To: Human Resources, {{FACILITY:Lakeview Distribution Center}}
Fax: {{FAX:(414) 555-0190}}
From: {{NAME:Priya Raghunathan}}, MD -- {{FACILITY:Menomonee Valley Psychiatry}}, {{PHONE:414-555-0181}}
Date: {{DATE:10/14/2024}}

RE: Employee {{NAME:Gerald Okwuosa}}, employee ID {{ID:LDC-20877}}, DOB {{DATE:6/21/1975}}

To whom it may concern,
Mr. {{NAME:Okwuosa}} has been under my care since {{DATE:May 2023}}. He was unable to work from {{DATE:9/23/2024}} through {{DATE:10/11/2024}} because of a medical condition and may return to work on {{DATE:Monday, October 21, 2024}}.
For 90 days I recommend the following accommodations under the ADA: (1) day shift only, no rotation to nights; (2) a 15-minute break every 2 hours; (3) up to 4 hrs/month of intermittent leave for appointments (FMLA certification WH-380-E enclosed).
He does not pose a safety risk to co-workers and may operate the pallet jack. I have not disclosed his diagnosis and ask that this letter be kept in his confidential medical file, not his personnel file.
Questions: my nurse {{NAME:Lacey}} at {{PHONE:414-555-0182}}, or {{EMAIL:intake@mvpsychiatry.net}}.

{{NAME:Priya Raghunathan}}, MD   NPI {{LICENSE:1720394581}}
/{{NAME:lm}}`,
  `{{FACILITY:Jefferson Heights Middle School}} -- Counseling Office
{{DATE:Feb. 26, 2024}}

Dear Mr. {{NAME:Alvarado}} and Ms. {{NAME:Whitfield}},

Thank you for meeting with us on {{DATE:Thursday, February 22}} about {{NAME:Jaylen}}. As discussed, {{NAME:Jaylen}} will start the 504 plan effective {{DATE:3/4/24}}. Accommodations: extended time (1.5x) on tests, a quiet space (Room 118) when he feels overwhelmed, check-in/check-out with Mrs. {{NAME:Dunleavy}} each day, and no penalty for late work on days after therapy.
His therapist, {{NAME:Kenji Oshiro}}, LPC, at {{FACILITY:Youth Bridges Family Services}} ({{PHONE:(303) 555-0155}}) will send a short update before the review meeting on {{DATE:April 18}}. We have your signed consent ({{DATE:2/22/24}}) to talk with Mr. {{NAME:Oshiro}}.
Student ID: {{ID:S-3390184}}.  Homeroom 7B.
The district's family liaison, {{NAME:Araceli Montoya}}, can help with the application for the free-lunch program and with bus pass questions -- {{EMAIL:amontoya@jhms-school.org}}.

Warmly,
{{NAME:Courtney Haldane}}, School Counselor
{{ADDRESS:4100 W. Jewell Ave}}, {{LOCATION:Denver}}, CO {{ZIP:80219}}`,
  `MOBILE CRISIS RESPONSE -- {{FACILITY:Alameda Valley MCT}} unit 3
run # {{ID:MCT-23-04417}}  dispatched {{DATE:8/9/23 1622}} by OPD (non-violent call); on scene 1648; clear 1830
location: {{ADDRESS:14th St & Broadway}}, {{LOCATION:Oakland}}, in front of the check-cashing place
subject: male approx 30s, later ID'd as {{NAME:Kwame Asante-Bryce}}, DOB {{DATE:12/1/1991}}, Medi-Cal {{HEALTH_PLAN:96A77120C}}
presentation: shirtless, pacing, shouting at traffic re "the satellites," not eating x2 days per his friend "{{NAME:Tiny}}" (real name {{NAME:Marcus}}, no last name given).
risk: no weapon, no SI; HI vague toward "the bank people." Grave disability per 5150 criteria? -> discussed with clinician {{NAME:R. Solano}}; did NOT meet.
intervention: water, de-escalation, accepted ride to {{FACILITY:Willow Rock Crisis Residential}}. Mom {{NAME:Abena Asante}} notified at {{PHONE:510-555-0191}}.
prior contacts: {{DATE:6/30/23}} same corner.
team: {{NAME:RS}} (clinician), {{NAME:DW}} (peer), EMT {{NAME:Haskins}}.`,
  `HOUSING CHOICE VOUCHER -- REQUEST FOR TENANCY APPROVAL (HUD-52517) / cm notes
Tenant: {{NAME:Lucille Arbogast}}    voucher # {{ID:HCV-0098213}}    2 BR (w/ grandson {{NAME:Tre'von}}, 9)
Unit: {{ADDRESS:612 Elm Row, Unit B}}, {{LOCATION:Charleston}}, WV {{ZIP:25302}}
Owner: {{NAME:Dale R. Hickle}}  {{PHONE:304-555-0114}}   owner tax ID {{ID:55-2290417}}
Contract rent $875; utility allowance $142; tenant portion est. $288 (SSI + SNAP).
Inspection: failed {{DATE:1/9}} -- no handrail back steps, broken GFCI kitchen; reinspect {{DATE:1/23}}.
Voucher expires {{DATE:02/11/2024}} -> asked for 60-day extension as reasonable accommodation (dx: bipolar I, letter from Dr. {{NAME:Amadi}} at {{FACILITY:Kanawha Valley Counseling}}).
{{NAME:Lucille}}'s current place ({{ADDRESS:Rt 60 trailer lot 14}}, {{LOCATION:Belle}}) has no heat. Space heater from {{FACILITY:Covenant Hope Pantry}}.
Next: meet {{NAME:Dale}} at unit {{DATE:1/22}} 3pm to check repairs.
-- {{NAME:Marisol Teague}}, housing specialist, {{EMAIL:mteague@wvhousingconnect.org}}`,
  `From: {{NAME:Shauna McGillicuddy}} <{{EMAIL:smcgillicuddy@pathwaysnh.org}}>
To: {{EMAIL:tommy.b.rentals@gmail.com}}
Date: {{DATE:Tue, 3 Sep 2024 09:12}}
Subject: RE: {{NAME:Everett}} -- apt 2 heat / rent

Hi {{NAME:Tommy}},
Thanks for calling me before filing anything. {{NAME:Everett}}'s SSDI goes to the payee on the 3rd and the payee ({{FACILITY:Granite Payee Services}}) mails your check same week -- this month it went to your old PO box ({{ADDRESS:PO Box 1187}}, {{LOCATION:Laconia}} {{ZIP:03247}}). They've reissued it to {{ADDRESS:26 Union Ave}}. Should arrive by Friday.
About the heat: {{NAME:Everett}} turned the thermostat off because he thinks it's "recording." I'll come by Thurs with his nurse {{NAME:Dana}} and we'll sort it out. Please don't go in without notice, it scares him.
Our portal for landlords is {{URL:https://pathwaysnh.org/landlord?client=EM4471}} if you want to upload the lease renewal.
{{NAME:Shauna}}
{{FACILITY:Pathways Community Support}} | {{PHONE:603-555-0123}} cell
-----
> From: {{EMAIL:tommy.b.rentals@gmail.com}}
> Sent: {{DATE:Mon, Sep 2, 2024 7:55 PM}}
> {{NAME:shauna}} -- no rent from {{NAME:E. Mahoney}} for sept and it's 52 in his place, neighbor Mrs {{NAME:Tuttle}} complained. call me. {{NAME:tom}} {{PHONE:603-555-0199}}`,
  `SAFE HAVEN NIGHTLY CENSUS -- {{FACILITY:St. Brigid's Safe Haven}}   night of {{DATE:12/21/23}}   staff {{NAME:Osei}} / {{NAME:Delacroix}}
bed  guest                    in     notes
1    {{NAME:Pardo, Luz}}              1930   meds obs'd 2100 (Depakote 500)
2    "Mama {{NAME:T}}"                2010   refused shower again
3    {{NAME:Hargrove, Bettina}}       --     AWOL 2nd night -> called her son {{NAME:Jamal}} {{PHONE:267-555-0140}}, not there
4    {{NAME:Svetlana K.}}             1845   
5    {{NAME:Nakamura, Ruth}}          2200   late, came from {{FACILITY:Arch St Fellowship}} dinner
6    (empty -- held for {{NAME:Cherelle}}, at {{FACILITY:Belmont Pavilion}}? d/c {{DATE:12/23}})
7    {{NAME:Yvette Dumas}}            1950   says she's 89, chart says 1940 DOB -> confirm
8    {{NAME:Okoro, Grace}}            2030
Incidents: none. Outreach van ({{FACILITY:Street Reach}}) brought {{NAME:Luz}} her ID at 8p.
0300 check: all present except bed 3. Heat ok. Coffee set up for 0600.`,
  `{{FACILITY:fountainview clubhouse}} -- membership referral form
name: {{NAME:Bartholomew}} "{{NAME:Bart}}" {{NAME:Szymanski}}      dob: {{DATE:9-14-66}}
address: c/o {{ADDRESS:19 Ferry St rear}}, {{LOCATION:Easthampton}} {{ZIP:01027}}
phone: none -- msgs via sister {{NAME:Irene Szymanski-Cole}} {{PHONE:413-555-0157}}
insurance: MassHealth {{HEALTH_PLAN:100288461733}}  /  Medicare {{HEALTH_PLAN:5TG9-QW2-XK41}}
referred by: {{NAME:Hollis}} at {{FACILITY:Valley Outpatient}}, ph {{PHONE:413-555-0131}}
interests: cooking, fixing bikes, "not computers." worked 12 yrs at {{FACILITY:Holyoke Paper Co.}} until layoff in 2009.
dx (per referral): F20.0 paranoid schizophrenia; DM2 (A1c 8.1); hx EtOH, sober since {{DATE:11/2017}}.
meds: clozapine 400 mg (REMS ok), metformin 1000 bid, dispensed by MedPal machine SN {{DEVICE:MP3-004128}} at sister's.
transport: PVTA bus, or his bike. NO car (license suspended, MA lic {{LICENSE:S40917723}}).
goals (in his words): "get out of the house. be around people who get it. maybe a job at a bike shop."
tour scheduled {{DATE:Wed 4/17}} 10am with member {{NAME:Dmitri}} and staff {{NAME:Naomi Achebe}}.
photo consent for member board: yes, file {{PHOTO:FVC_mem_0417_szymanski.jpg}}
form rec'd {{DATE:4/10/24}} -- {{NAME:NA}}`,
  `STATE DOCCS -> COMMUNITY: PRE-RELEASE PLANNING (CORP referral)
Name: {{NAME:MALDONADO, EFRAIN}}   DIN {{ID:17-A-3392}}   NYSID {{ID:04471928M}}
Facility: {{FACILITY:Greenhaven Hills Correctional}} (OMH level 2)   ME date {{DATE:06/14/2024}}
Parole: Senior PO {{NAME:Felicia Cardenas}}, {{LOCATION:Bronx}} area office, {{PHONE:718-555-0112}}
Approved residence: {{FACILITY:Nueva Senda Residence}} (transitional), {{ADDRESS:725 Prospect Av}}, {{LOCATION:Bronx}} {{ZIP:10455}}
  backup: mother's apt {{ADDRESS:1010 Simpson St 4F}} -- NOT approved (co-def {{NAME:Hector}} "{{NAME:Flaco}}" {{NAME:Ruiz}} lives in bldg)
Medicaid: pre-release app submitted {{DATE:4/30/24}}, CIN {{HEALTH_PLAN:ZL70913R}}; HARP eligible.
Meds on release: Prolixin Dec 25 mg q2wk (last {{DATE:6/7}}), benztropine 1 mg bid, 30-day supply + Rx.
Appts: {{FACILITY:Port Morris Wellness Clinic}} {{DATE:6/17/24 9:30}} (intake, ask for {{NAME:Yesenia}}); Health Home CM {{NAME:Curtis Oyelowo}} {{PHONE:347-555-0177}}.
Benefits: SSI reinstatement -- SSA prerelease agreement, BNC {{ID:24BX118F2}}.
ID: non-driver ID app, DMV # {{LICENSE:712 448 905}}; birth cert from {{LOCATION:Ponce}}, PR requested.
Family: daughter {{NAME:Naylani}} (16), wants contact; mother {{NAME:Carmen Maldonado}} {{PHONE:718-555-0163}}.
Preparer: {{NAME:K. Whitlock}}, ORC   {{DATE:05/02/2024}}`,
  `PETITION FOR ASSISTED OUTPATIENT TREATMENT (Welf. & Inst. Code 5346 -- "Laura's Law")
SUPERIOR COURT OF CALIFORNIA, COUNTY OF {{LOCATION:SAN MATEO}}
Case No. {{ID:24-MH-000812}}
Petitioner: {{NAME:Gwendolyn Pascual}}, LMFT, designee of the county behavioral health director
Subject: {{NAME:Connor James Whitaker-Lee}}, age 27, DOB {{DATE:02/09/1997}}
Last known residence: {{ADDRESS:318 Linden Ave}}, {{LOCATION:South San Francisco}} {{ZIP:94080}} (parents' home); lately in his car, silver Honda Civic, CA lic plate {{VEHICLE:8KMZ142}}, at {{LOCATION:Oyster Point}} lot.
Facts: two 5150 holds in 36 months: {{FACILITY:Bayshore Psychiatric Emergency Services}} {{DATE:11/3/2022}} and {{DATE:1/18/2024}}; released both times w/o f/u. Refused outreach from {{FACILITY:Coastside FSP}} on {{DATE:2/6/24}}, {{DATE:2/20/24}} and {{DATE:3/5/24}}.
Father, Mr. {{NAME:Simon Whitaker}}, reports subject threatened neighbor {{NAME:Arturo Beltrán}} with a tire iron on {{DATE:3/11/24}} (SSFPD report {{ID:24-04412}}).
Requested: AOT not to exceed 180 days; FSP services; voluntary meds encouraged.
Affidavit of examining psychiatrist Dr. {{NAME:Helen Ashworth}} attached.
Hearing requested: Dept. 28.  Date filed: {{DATE:March 22, 2024}}`,
  `TEXT LINE -- conversation record (exported)
conv id: {{ID:TXT-8841-20240312-0097}}     platform: SMS via 741-style short code
texter #: {{PHONE:(602) 555-0126}}   carrier lookup: prepaid
web chat fallback IP: {{IP:2600:1700:5a20:88f0::1c}}  referrer {{URL:https://www.desertlifeline.org/chat?src=tiktok}}
specialist: {{NAME:Marisela}} (#42)   supervisor: {{NAME:Ken O.}}
[{{DATE:03/12/2024 23:18}}] texter: idk why im doing this
[23:19] spec: I'm glad you reached out. What's going on tonight?
[23:24] texter: my mom kicked me out. im at the gas station on {{ADDRESS:Indian School and 35th}}
[23:26] spec: Are you thinking about killing yourself?
[23:27] texter: kinda. not with anything. just thinking
[23:41] texter: my name is {{NAME:Destiny}} btw. im 16
[23:44] spec: shared {{FACILITY:Stepping Stones Youth Shelter}} {{PHONE:602-555-0177}} and the {{LOCATION:Phoenix}} youth crisis line
[00:02] texter: my aunt {{NAME:Rosalind}} said i can come there. she lives in {{LOCATION:Glendale}}
[00:05] spec: Can you text her now? I'll stay with you.
[00:19] texter: she's coming. gray tahoe. thanks
outcome: de-escalated, safety plan (aunt's house, remove belts from room), no active rescue. CPS report NOT required per supervisor {{NAME:Ken O.}} review {{DATE:3/13/24}}.`,
  `{{FACILITY:Suncoast Behavioral Receiving Center}} -- Baker Act follow-up / case mgmt
Pt: {{NAME:Leroy Fitzgerald Mabry}}   MRN {{MRN:SBR-118842}}   DOB {{DATE:4/4/1962}}
BA-52a initiated by LEO {{DATE:07/30/2024 1950}} at {{ADDRESS:US-19 & Park Blvd}}; ex parte not needed.
Released {{DATE:8/2/24}} to home: {{ADDRESS:6620 46th Ave N, Lot 33}}, {{LOCATION:St. Petersburg}} FL {{ZIP:33709}}.
Wife {{NAME:Bernice}} ({{PHONE:727-555-0148}}) wants him back home but "not if he drinks." Marchman Act discussed with her as option if relapse -- she declined for now.
He is a Vietnam-era veteran: VA ICN {{MRN:1012934471V552209}}; enrolled at {{FACILITY:Gulf Shores VA clinic}}? -> confirm; vet center peer {{NAME:Sarge}} {{PHONE:727-555-0160}}.
Meds: sertraline 50, naltrexone 50 daily, gabapentin 300 tid.
Gun safety: son {{NAME:Travis Mabry}} took his two rifles to {{LOCATION:Largo}} on {{DATE:8/1}}.
Appointments: CM home visit {{DATE:8/6}}; psychiatrist Dr. {{NAME:Lakshmi Venkataraman}} {{DATE:8/13}} 9am; AA at the VFW on Tuesdays.
CM: {{NAME:Anita Brooks-Whaley}}, BSW`,
  `HOUSING FIRST -- MOVE-IN CHECKLIST
Participant: {{NAME:Yusuf Karimi}}    HMIS {{ID:HMIS-33901}}    program: {{FACILITY:Front Range Housing First}}
Unit: {{ADDRESS:1455 Clarkson St #204}}, {{LOCATION:Denver}} {{ZIP:80218}}    landlord: {{FACILITY:Cheesman Court LLC}} (mgr {{NAME:Trudy Albrecht}}, {{PHONE:720-555-0108}})
Lease start {{DATE:10/1/2023}}; keys picked up {{DATE:9/29/23}} (2 apt, 1 mailbox #14)
[x] security deposit $1,150 paid by program (check #5512)
[x] furniture voucher -> {{FACILITY:Second Home Furniture Bank}} delivery {{DATE:9/30}}
[x] Xcel acct opened in participant's name: {{ACCOUNT:53-0094817-2}}
[ ] phone -- Lifeline app pending, IMEI {{DEVICE:352099001761481}}
[x] food -- SNAP card, pantry list, {{FACILITY:Capitol Hill Community Fridge}}
[ ] bed bug inspection 30 days (around {{DATE:10/31}})
Notes: {{NAME:Yusuf}} slept on the floor first two nights, "the bed is too soft." Was camping at {{LOCATION:Cuernavaca Park}} 3 yrs. Brother {{NAME:Jawad}} in {{LOCATION:Kabul}}, WhatsApp only.
Case manager {{NAME:Hana Petrossian}}; backup {{NAME:Luis}}.`,
  `SSDI RECONSIDERATION / HEARING PREP -- {{FACILITY:Legal Aid of the Piedmont}}, disability unit
Client: {{NAME:Annette Corriher}}   SSN {{SSN:244-61-0937}}   DOB {{DATE:08/15/1969}}
Claim: T2 + T16, onset alleged {{DATE:11/01/2021}}; initial denial {{DATE:4/19/2023}}; recon denied {{DATE:10/2/23}}; RFH filed {{DATE:10/27/23}}.
Hearing: {{DATE:Wednesday, June 12, 2024 9:15 a.m.}}, {{LOCATION:Charlotte}} hearing office, ALJ {{NAME:Whitcombe}} (video ok'd).
Treating sources:
  - {{FACILITY:Rowan Family Counseling}} -- therapist {{NAME:Jolene Barringer}}, LCMHC, weekly since {{DATE:1/2022}}
  - Dr. {{NAME:Tobias Nwachukwu}} (psychiatry) -- MSS signed {{DATE:5/3/24}}, marked "extreme" in CPP
  - {{FACILITY:Salisbury Regional}} inpt {{DATE:7/9/22}} - {{DATE:7/16/22}}
Work hx: CNA at {{FACILITY:Autumn Oaks Nursing Home}} 2004-2021; VE likely to cite "cleaner, housekeeping" DOT 323.687-014.
Witness: husband {{NAME:Ray Corriher}} ({{PHONE:704-555-0135}}) -- she "stays in the bedroom three days at a time."
Exhibits uploaded via ERE {{DATE:5/29}}; fee agreement 25% / cap.
Atty {{NAME:Marcus Eppling}}; paralegal {{NAME:DH}}.`,
  `HEALTH HOME / HARP CARE CONFERENCE -- {{DATE:1/16/2024 2pm}} (Teams)
member: {{NAME:Sherwin Abernathy-Cole}}   Medicaid {{HEALTH_PLAN:KR33096P}}   HH ID {{MRN:HH-5528107}}
attending: CM {{NAME:Ifeoma}} ({{FACILITY:Hudson Valley Care Coordination}}); {{NAME:Peter Vance}}, housing ({{FACILITY:Sycamore Residence}}); nurse {{NAME:Orla McBride}} ({{FACILITY:Ulster Home Health}}); member; his girlfriend {{NAME:Tamsin}} w/ consent
1. housing: {{FACILITY:Sycamore}} says 3 lease violations (smoking in rm, guest overnight x2). {{NAME:Peter}} willing to hold if member signs behavior agreement by {{DATE:1/23}}.
2. meds: missed Abilify Maintena 400 ({{DATE:12/28}}); nurse to give at residence {{DATE:1/18}}.
3. physical: COPD, O2 2L at night (concentrator SN {{DEVICE:INV-PB7723160}}), needs new pulm appt at {{FACILITY:Kingston Chest Associates}}.
4. HCBS: wants supported employment -- refer {{FACILITY:Rondout Works}}.
5. money: SSI $943 + SNAP $23; {{NAME:Tamsin}} helps budget. Bank: Hudson City Credit Union ck {{ACCOUNT:2201-884-53}}.
next conference {{DATE:2/20/24}}. notes by {{NAME:IA}}.`,
  `WARMLINE LOG -- {{FACILITY:Peer Connections Warmline}} ({{LOCATION:Des Moines}})   shift {{DATE:Sat 11/9}} 5p-11p   peers: {{NAME:Rocco}} / {{NAME:Jen T.}}
#  time  caller               min  topic / follow-up
1  1712  "Mister {{NAME:Bo}}"           22   lonely, dog died in Aug. regular caller. ok.
2  1745  {{NAME:Kathleen}} (new)        35   just d/c'd from "the hospital on {{ADDRESS:Hickman}}", wants clubhouse info -> gave {{FACILITY:Beacon House}} {{PHONE:515-555-0141}}
3  1830  anon (male)            4   hung up
4  1902  {{NAME:Deb}} from {{LOCATION:Ankeny}}   18   fight w/ son {{NAME:Cody}}; no SI. will call tmrw
5  2010  Mr. {{NAME:Lindqvist}}        41   his wife {{NAME:Astrid}} turned {{AGE:90}} today, he's {{AGE:93}}; misses church, no ride -> gave DART paratransit #
6  2115  {{NAME:Keon}}                 12   asked about 988 vs us. explained. said he's "just bored."
7  2240  {{NAME:Kathleen}} again        20   can't sleep, voices "quiet tonight." said {{NAME:Rocco}} can call her {{DATE:11/10}} at {{PHONE:515-555-0196}}
transfers to 988: 0.  911: 0.  calls total 7.
handoff to overnight ({{NAME:Shirelle}}): {{NAME:Kathleen}} may call again; she lives alone at {{ADDRESS:Euclid & 2nd}} apts, hates being asked her address.
-- {{NAME:RD}}`,
  `{{DATE:September 3, 2024}}

{{FACILITY:Ozark Plains Community College}}
Office of Accessibility Services
Attn: {{NAME:Dwight Kellerman}}, Coordinator
{{ADDRESS:2200 E. Chestnut Expy}}, {{LOCATION:Springfield}}, MO {{ZIP:65802}}

Re: {{NAME:Savannah Leigh Pruett}}, student ID {{ID:OPCC-0731944}}, DOB {{DATE:3/27/2003}}

Mr. {{NAME:Kellerman}},
{{NAME:Savannah}} has been a client of the early psychosis program at {{FACILITY:Ozark Hope Bridges}} since {{DATE:February 2024}}. With her permission I am confirming that she has a chronic health condition that substantially limits concentration and sleep.
Requested accommodations for the fall term: a reduced course load (9 credit hours) without loss of her Pell grant; 50% extended time and a reduced-distraction room for exams; permission to record lectures; and flexibility of up to 2 absences per class for treatment.
She also works 15 hrs/wk at {{FACILITY:Mama Rosa's Kitchen}} on {{ADDRESS:Glenstone}}, which we support.
Her coordinated specialty care team: {{NAME:Abigail Thorsen}}, LPC (that's me), psychiatrist Dr. {{NAME:Emeka Udeh}}, and supported education specialist {{NAME:Colt Hanrahan}}.
I can be reached at {{PHONE:417-555-0150}} or {{EMAIL:athorsen@ozarkhopebridges.org}}.

Sincerely,
{{NAME:Abigail Thorsen}}, LPC  (MO #{{LICENSE:2019004412}})`,
  `APS REFERRAL -- SELF-NEGLECT / INTAKE SUMMARY (copy to CM)
Reported by: {{NAME:Wanda Goff}}, RN, {{FACILITY:Riverbend Senior Housing}} service coordinator, {{PHONE:859-555-0113}}
Date of report: {{DATE:2/14/24 10:40}}      APS intake # {{ID:APS-24-001877}}
Alleged victim: {{NAME:Ophelia Marchbanks}}, age {{AGE:94}}, DOB {{DATE:1/30/1930}}, apt 5G, {{ADDRESS:301 Deweese St}}, {{LOCATION:Lexington}} KY {{ZIP:40507}}
Concern: apt full of newspapers to ceiling in 2 rooms, no working stove, spoiled food; refused Meals on Wheels since {{DATE:Jan 3}}. Hx: late-life psychosis vs. dementia (never evaluated), believes nephew is "stealing her mail."
Nephew: {{NAME:Clifford Marchbanks}} ({{PHONE:859-555-0172}}), has POA? -- unclear; cashes her checks at the grocery on {{ADDRESS:Euclid}}.
Income: SS $1,106 + pension from {{FACILITY:Bluegrass Typeset & Print}} (typesetter 40 yrs).
Capacity: SLUMS not done; neighbor Mrs. {{NAME:Harriet Vo}} ({{AGE:91}}) checks on her daily.
Plan: APS worker {{NAME:Darnell Fugate}} home visit {{DATE:2/16}}; geriatric psych via {{FACILITY:Bluegrass Mobile Geri}}.`,
  `SHELTER INCIDENT REPORT -- {{FACILITY:Haven of Rest Family Shelter}} ("{{FACILITY:the Haven}}")
incident # {{ID:IR-2024-0219}}    date/time {{DATE:05/11/2024 0215}}    reporter: {{NAME:Quentin Dusseau}}, overnight monitor
involved: {{NAME:Brianna Colquitt}} (room 14, w/ children {{NAME:Amir}}, 6, and {{NAME:Zariah}}, 3) and {{NAME:Tonya}} (room 15)
what happened: loud argument in hallway re missing diapers; {{NAME:Brianna}} said {{NAME:Tonya}} took her phone. No physical contact. Separated. {{NAME:Tonya}} later found the phone in the laundry room and returned it.
{{NAME:Brianna}} tearful, says she hasn't slept since the eviction from {{ADDRESS:4410 Garland Ave}}, {{LOCATION:Little Rock}}. Asked for "her counselor from {{FACILITY:Riverside Family Counseling}}" -- gave crisis # and left msg for case mgr Ms. {{NAME:Pearl}}.
Guest ID verification: palm-vein scan {{BIOMETRIC:PV-00418823}} matched at 0230; intake photo {{PHOTO:haven_photo_0418823.png}}.
Police not called. No injuries. Children slept through.
follow-up: house meeting {{DATE:5/12}} re: shared supplies; {{NAME:Brianna}} to see on-site therapist {{NAME:Fatima Al-Sayed}}, LCSW, Monday.
reviewed by: program director {{NAME:Coretta Bivens}} {{DATE:5/11/24}}`,
  `STATUS REPORT TO THE COURT -- {{FACILITY:Hamilton County Mental Health Court}}
Participant: {{NAME:Jeremiah Stoltz}}    Case # {{ID:B 2301447}}    Phase 2 of 4
Period: {{DATE:3/1/24}} -- {{DATE:3/28/24}}     Next review: {{DATE:April 4, 2024 1:30 PM}}, Courtroom 164
Submitted by: {{NAME:Lorena Vasquez-Ibarra}}, MSW, forensic liaison, {{FACILITY:Queen City Recovery Services}}
Attendance: 11 of 12 groups (missed {{DATE:3/19}}, bus broke down -- verified). Individual therapy with Dr. {{NAME:Hakimi}} weekly.
Drug screens: 4/4 negative (last {{DATE:3/25}}, lab accession {{ID:QC-77120934}}).
Medication: Depakote ER 1500 mg; level 78 on {{DATE:3/12}}.
Housing: moved {{DATE:3/9}} from {{FACILITY:Sixth St Shelter}} to an efficiency at {{ADDRESS:2134 Vine St, #3}}, {{LOCATION:Cincinnati}} {{ZIP:45202}}. Rent paid by {{FACILITY:Over-the-Rhine Housing Partners}} for 6 mo.
Employment: started {{DATE:3/18}} at {{FACILITY:Findlay Produce Co-op}}, 20 hrs, supervisor {{NAME:Gus Demetriou}} aware of court.
Concerns: ex-girlfriend {{NAME:Kayla Brandenburg}} has contacted him; stay-away order from {{DATE:11/2023}} remains. He reported this himself.
Recommendation: remain Phase 2; consider advancement at {{DATE:5/2}} review. Incentive: fishbowl drawing.
cc: APD {{NAME:Nathaniel Oduya}}, Esq.; prosecutor {{NAME:S. Kirchner}}`,
  `TAY DROP-IN INTAKE -- {{FACILITY:Northwest Youth Hub}} ({{LOCATION:Seattle}}), ages 18-24
{{DATE:10.07.2023}} | intake worker: {{NAME:Beatriz}} | preferred name: {{NAME:Rain}} (legal: {{NAME:Lorraine Ashby-Kuo}}), they/them
DOB {{DATE:2004-05-19}}, age 19
staying: couch at a friend's in {{LOCATION:Capitol Hill}}; before that a tent at {{LOCATION:Cal Anderson}}
school: left {{FACILITY:Ballard Vista High}} junior yr; wants GED at {{FACILITY:North Seattle Learning Ctr}}
family: mom {{NAME:Jennifer Ashby}} in {{LOCATION:Spokane}} -- "don't contact"; grandma {{NAME:Mei-Ling Kuo}} {{PHONE:206-555-0185}} ok to contact
health: Apple Health {{HEALTH_PLAN:200318755WA}}; anxiety, "maybe bipolar?" never dx'd; T 50 mg weekly from "the clinic on {{ADDRESS:Broadway}}"
money: none; sells art on insta ({{URL:instagram.com/rain.draws.things}}) + venmo
safety: ASQ positive (past SI, none now). no weapons. ex {{NAME:Dakota}} "not safe," won't say more.
needs: locker (#23 assigned), phone charger, YHDP housing assessment, food handler card for job at {{FACILITY:Pike Street Bagels}}.
next: meet w/ housing navigator {{NAME:Terrence Abiola}} {{DATE:10/10}} 3pm; mental health drop-in Thurs.`,
  `SAFE PARKING PROGRAM -- enrollment / vehicle record
Program: {{FACILITY:Good Neighbor Safe Parking}} -- lot at {{FACILITY:First Lutheran Church}}, {{ADDRESS:1900 Mission St}}, {{LOCATION:Santa Cruz}}
Participant: {{NAME:Gordon Teague}}   DOB {{DATE:07/07/1961}}   age 62
Household: self + partner {{NAME:Luanne Pickett}} + 2 cats
Vehicle: 2004 Ford E-350 van, white, CA plate {{VEHICLE:5JRX731}}, VIN {{VEHICLE:1FBSS31L04HA28810}}
Registration expired {{DATE:Nov 2023}} -- program to pay $312 renewal via DMV fee waiver app
Insurance: none -> referral to low-cost auto program
Health: {{NAME:Gordon}} -- PTSD (Army '79-'83), sees VA in {{LOCATION:Capitola}}; {{NAME:Luanne}} -- schizoaffective, Medi-Cal {{HEALTH_PLAN:90155302F}}, psychiatrist at {{FACILITY:Santa Cruz Harbor Behavioral}}, clozapine 300 mg
Rules signed {{DATE:1/8/24}}: in by 7p, out by 7a, no cooking in lot.
Space # 6. Porta-potty + handwash on site.
CM: {{NAME:Rosalind Okeke}}  {{PHONE:831-555-0124}}  {{EMAIL:rokeke@goodneighborsc.org}}
Next: housing problem-solving conversation {{DATE:1/15}}; ask about {{NAME:Luanne}}'s sister in {{LOCATION:Watsonville}}.`,
  `CRISIS STABILIZATION UNIT -- ADMISSION NOTE
{{FACILITY:Tidewater Crisis Stabilization Unit}} ({{FACILITY:TCSU}}), bed 4
Pt: {{NAME:Lamont Harrell Bynum}}    MRN {{MRN:0093115-7}}    DOB {{DATE:12/24/1979}}
Admit: {{DATE:06/03/2024 19:22}}, voluntary (TDO not needed). Arrived via {{FACILITY:Hampton Roads Mobile Crisis}}, clinician {{NAME:Yolanda Reaves}}.
CC: "I haven't slept since Friday and my mind is going 100 mph."
HPI: 44M w/ bipolar I, off lithium x6 wks after losing Medicaid in the unwinding (renewal letter went to {{ADDRESS:915 W. 35th St}}, old address). Now staying with cousin {{NAME:Darnell}} at {{ADDRESS:2701 Colley Ave, Apt 2}}, {{LOCATION:Norfolk}} {{ZIP:23508}}. Spent $1,800 on Cash App over weekend. Works at {{FACILITY:Portside Marine Supply}} -- boss Mr. {{NAME:Hadley}} called him "not himself."
MSE: pressured speech, grandiose ("I'm buying the shipyard"), no AH/VH, denies SI/HI. YMRS 28.
Labs: BMP nl, UDS neg, Li level <0.1.
Plan: restart lithium 300 bid, titrate; Zyprexa 5 qhs prn; Medicaid re-application via CSU benefits worker {{NAME:Tamika}} on {{DATE:6/4}}; sister {{NAME:Renée Bynum-Price}} {{PHONE:757-555-0119}} given update w/ consent.
Est. LOS 3-5 days. -- {{NAME:J. Okonjo}}, NP`,
  `IPS SUPPORTED EMPLOYMENT -- job development log
ES: {{NAME:Colleen Farrugia}}    client: {{NAME:Abdirahman Warsame}} ("{{NAME:Abdi}}")    agency: {{FACILITY:Lakes Region Employment Partners}}
{{DATE:4/2}}  visited {{FACILITY:Tri-State Warehouse}} ({{ADDRESS:Rte 3}}, {{LOCATION:Tilton}}) -- HR {{NAME:Becky Lavoie}} hiring 2nd shift pickers, $17.50. left flyer.
{{DATE:4/3}}  w/ {{NAME:Abdi}} filled online app at library; user id {{ID:TSW-APP-449180}}. he wants days bc of bus.
{{DATE:4/5}}  {{FACILITY:Mill Street Diner}} -- owner {{NAME:Costas}} needs dishwasher, cash. {{NAME:Abdi}} said no, "I want a real paycheck for SSI reporting."
{{DATE:4/9}}  interview at {{FACILITY:Tri-State Warehouse}}, 10am. passed. drug test at {{FACILITY:Concord Occupational Health}} {{DATE:4/10}}.
{{DATE:4/15}} first shift. texted me at 11pm: "it was good. loud." ({{PHONE:603-555-0187}})
benefits: SSI $943 -> expect reduction; did Benefits Counseling w/ {{NAME:Pam Whitcher}} ({{FACILITY:Granite WIPA}}); will report wages monthly by the 10th.
disclosure: he chose NOT to disclose; I won't contact employer w/o his ok.
team mtg: update to therapist {{NAME:Li Na Fortier}} and Dr. {{NAME:Berhane}}.`,
  `REPRESENTATIVE PAYEE REPORT (SSA-623-style summary) -- internal copy
Payee: {{FACILITY:Mid-Valley Money Management}}, payee ID {{ID:RP-00331987}}
Beneficiary: {{NAME:Estelle Brandt}}   SSN {{SSN:417-55-2093}}   Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}
Period {{DATE:06/01/2023}} -- {{DATE:05/31/2024}}
Funds received: $14,352 (SSDI $1,196 x 12)
  Housing ({{FACILITY:Linnton Terrace}}, ledger {{ACCOUNT:LT-2208-05}})  $7,800
  Food/personal (weekly to beneficiary)          $3,640
  Utilities (PGE acct {{ACCOUNT:7730019448}})      $ 744
  Medical copays ({{FACILITY:Burnside Pharmacy}})   $ 156
  Saved                                          $2,012
Checking: Columbia Riverway Bank ck {{ACCOUNT:000448172290}}, rtg 123206972 (title "{{FACILITY:Mid-Valley Money Mgmt}} FBO {{NAME:Estelle Brandt}}")
Did beneficiary live alone? yes -- {{ADDRESS:8830 N Lombard St #117}}, {{LOCATION:Portland}} {{ZIP:97203}}
Changes: hosp at {{FACILITY:Mt. Tabor Behavioral}} {{DATE:1/4/24}}-{{DATE:1/19/24}}, no change to rent.
Prepared by {{NAME:Luz Ortega}}, {{DATE:6/10/24}}.  Reviewed {{NAME:GH}}.`,
  `group home -- overnight log + MAR exceptions   {{FACILITY:Birchwood CR}} ("{{FACILITY:the Birch}}")   {{DATE:friday 1/12}}
resident         2100 meds         notes
{{NAME:Tomas}}            given            watched tv till 11
{{NAME:Evangeline R.}}    REFUSED Latuda   said "it's poison from {{NAME:Vernon}}" (her ex). called on-call RN {{NAME:Mbeki}} {{PHONE:860-555-0110}}, no action
{{NAME:Big Mike}}         given            snoring
{{NAME:Haskell, Orrin}}   given + prn Ativan 0.5 @ 2230 for pacing
{{NAME:Phuong}}           LOA -- at her daughter {{NAME:Kim Anh}}'s in {{LOCATION:New Britain}} till sun
{{NAME:Desmond}}          given, ECT tmrw 0630 at {{FACILITY:Farmington Valley Psych}}, NPO after midnight
0200 rounds: all in bed except {{NAME:Orrin}} in kitchen, redirected.
0500: {{NAME:Desmond}} up, NPO kept, van driver {{NAME:Arturo}} here 0545.
house: back door alarm beeping (code 4471 per manager), kitchen sink slow.
EMERG numbers: manager {{NAME:Sheila Brandão}} {{PHONE:860-555-0133}}; {{FACILITY:Farmington River MH Center}} crisis {{PHONE:860-555-0134}}.
-- {{NAME:cw}} (overnight)`,
  `STREET OUTREACH LOG -- {{FACILITY:Downtown Outreach Team}} / {{FACILITY:Mercy Street Ministries}}   {{DATE:07-17-2024}}   team: {{NAME:Hollis}} & {{NAME:Ximena}}
0615  {{ADDRESS:5th & Main}} -- {{NAME:Ray-Ray}} asleep in doorway of old bank, woke ok. water, socks. says he's "waiting on his check" (SSI on the 1st). no change.
0640  {{LOCATION:Riverside Park}} east pavilion -- new person, woman approx 50s, gave name "{{NAME:Queenie}}". disorganized, talking about {{LOCATION:Memphis}}. declined everything. will try again tmrw.
0710  under the {{LOCATION:I-40 overpass}} -- camp of 6. {{NAME:Tiffany Blevins}} asked for help w/ birth certificate (born {{LOCATION:Chattanooga}}). {{NAME:Ximena}} took info, DOB {{DATE:9/9/1988}}.
0745  {{ADDRESS:Union Ave bus stop}} -- {{NAME:Marvin Oakes}}, diabetic, foot wound worse. called {{FACILITY:Healing Hands Street Medicine}} {{PHONE:901-555-0166}}, they'll see him at 10.
0820  {{FACILITY:Calvary Soup Kitchen}} -- {{NAME:Ray-Ray}} again, breakfast. His sister {{NAME:Annette}} left a msg at {{PHONE:901-555-0102}} asking for him.
0900  back at office. HMIS entered ({{ID:3310847}}, {{ID:3310912}}, new: {{ID:3311204}}).
heat advisory 104F -- cooling center at {{FACILITY:Lamar Ave Community Center}}.`,
  `FAX COVER SHEET -- CONFIDENTIAL
To: Medical Records, {{FACILITY:St. Dymphna Behavioral Hospital}}          Fax: {{FAX:(412) 555-0178}}
From: {{NAME:Kirsten Volkov}}, intake coordinator, {{FACILITY:Three Rivers Community Supports}}   Fax: {{FAX:412-555-0179}}  Ph: {{PHONE:412-555-0180}}
Date: {{DATE:02/27/24}}     Pages (incl. cover): 4
RE: Records request -- {{NAME:Ignatius}} "{{NAME:Iggy}}" {{NAME:Pawlowski}}, DOB {{DATE:5/5/1955}}, your MR# {{MRN:SD-4471120}}
Please send: discharge summary and med list from admission {{DATE:1/22/24}} - {{DATE:2/9/24}}; last clozapine ANC; any guardianship paperwork.
Signed authorization attached (PA 42 CFR Part 2 compliant; expires {{DATE:2/27/2025}}).
Client now lives at {{FACILITY:Mon Valley Personal Care Home}}, {{ADDRESS:48 Grant Ave}}, {{LOCATION:McKeesport}} PA {{ZIP:15132}}, administrator {{NAME:Doreen Kasperek}}.
If you receive this fax in error, call {{PHONE:412-555-0180}} and destroy all pages. Thank you.
page 2: ROI form | page 3: copy of his PA ID (DL/ID {{LICENSE:30 447 192}}) | page 4: POA letter from niece {{NAME:Agnieszka Pawlowski-Reed}}`,
  `TELEHEALTH SESSION NOTE (video) -- {{FACILITY:Blue Ridge Virtual Counseling}}
Client: {{NAME:Hollie Mae Cantrell}}   Chart # {{MRN:BRVC-22190}}   DOB {{DATE:11/11/1990}}
Session: {{DATE:Tue 01/09/2024 16:00}}-16:50, CPT 90834-95, POS 10
Platform log: joined from IP {{IP:174.203.88.41}}, Galaxy A14, IMEI {{DEVICE:351234567891234}}; link sent to {{EMAIL:holliemae.c90@yahoo.com}}
Location verified: client at home, {{ADDRESS:Hwy 421 N, past the Dollar General}}, {{LOCATION:Boone}} NC -- cell signal poor, audio-only last 12 min.
Emergency contact for session: boyfriend {{NAME:Dusty}} {{PHONE:828-555-0145}}.
S: "Been a rough week." Lost job at {{FACILITY:High Country Lodge}} (housekeeping) on {{DATE:1/3}}; Christmas with mom {{NAME:Darlene}} "went bad."
O: tearful, linear, no psychosis. PHQ-9 19 (prev 14). C-SSRS: passive SI, no plan/intent.
A: MDD recurrent, moderate-severe; Z56.0 unemployment.
P: safety plan updated (remove pills to {{NAME:Dusty}}'s truck); referral to {{FACILITY:Watauga Works}} for job search; Medicaid expansion app -- NC ePASS ref {{ID:EP-2024-0038817}}; next session {{DATE:1/16}} same time.
Therapist: {{NAME:Reuben Ashkenazi}}, LCMHC   NC lic {{LICENSE:L-011493}}`,
  `PSYCHIATRIC ADVANCE DIRECTIVE (PAD) -- declaration summary
Declarant: {{NAME:Theodora Nkemelu}}   DOB {{DATE:6 July 1977}}
Address: {{ADDRESS:3308 Greenmount Ave, 2nd fl}}, {{LOCATION:Baltimore}} MD {{ZIP:21218}}
Agent: my brother, {{NAME:Chukwudi Nkemelu}}, {{PHONE:443-555-0161}}; alternate: my friend {{NAME:Marguerite Ollivier}}, {{PHONE:410-555-0129}}
If I am in crisis, please take me to {{FACILITY:Charles Village Crisis Center}}, NOT {{FACILITY:Pratt Street Psychiatric}} (I was restrained there in 2016).
Meds that help: Lamictal 200 mg, Seroquel 100 mg at night. Meds that DON'T: Haldol (dystonia), Depakote (hair loss, 40 lb gain).
No ECT. Yes to a female staff member for searches. Please call my pastor, Rev. {{NAME:Josiah Ambrose}}, at {{FACILITY:Greater Hope AME}}.
My cat Pepper goes to {{NAME:Marguerite}}.
Please notify my job ({{FACILITY:Waverly Public Library}}, supervisor Ms. {{NAME:Hatfield}}) only that I am out sick.
Signed {{DATE:04/16/2024}} before witnesses {{NAME:Samuel Oduya}} and {{NAME:Patrice Lindell}}; copy on file with {{FACILITY:Greenmount Peer Wellness Ctr}} and uploaded to CRISP.
Revocable at any time while I have capacity.  -- {{NAME:T.N.}}`,
  `BOOKING MENTAL HEALTH SCREEN (BJMHS) -- {{FACILITY:Kaw River Adult Detention}}, intake
booking # {{ID:2024-018834}}   booked {{DATE:08/03/2024 0312}}   arresting: CIT Ofc. {{NAME:Haverford}}, badge {{ID:4417}}
name: {{NAME:PELLETIER, RONALD JAMES}}   aka "{{NAME:Frenchy}}"   DOB {{DATE:01/19/1983}}
livescan TCN {{BIOMETRIC:KS0033981724}}   booking photo {{PHOTO:MUG-2024-018834-F.jpg}}
charge: criminal trespass -- loading dock of {{FACILITY:Mass St Furniture Outlet}}, {{LOCATION:Lawrence}}
BJMHS: (1) thinks someone controlling mind Y (2) others can read mind Y (3) wt change N (4) unusual energy N (5) prior psych hosp Y -- "state hospital" 2019, 2022 (6) current meds Y -- "the shot" monthly at {{FACILITY:Riverbank Wellness Clinic}}, last one "right after the fireworks" (7) feels useless/sinful N (8) unhappy or sad N
=> REFER for MH evaluation.
property: phone, $7.14, KS ID card {{LICENSE:K03-44-1187}}
emergency contact: mother {{NAME:Jeannine Pelletier}} {{PHONE:785-555-0127}}
housing: unsheltered, sleeps near {{LOCATION:Burcham Park}}
screener: {{NAME:M. Ostrowski}}, LPN. MH referral to jail clinician {{NAME:Daria}} at 0340; watch status: routine. Release of info to clinic requested for injection date (Invega Trinza? vs Sustenna).`,
  `HUD-VASH case note -- {{FACILITY:Gateway VA Community Resource Center}}
Veteran: {{NAME:Calvin DuBose}}, USMC 1998-2006   ICN {{MRN:1008871234V112233}}   last4 {{SSN:0917}}
{{DATE:11/28/23}} -- voucher # {{ID:VASH-4410-23}} issued {{DATE:11/20/2023}}, search period to {{DATE:3/19/24}}.
Unit found: {{ADDRESS:4737 Natural Bridge Ave, Apt 1W}}, {{LOCATION:St. Louis}} MO {{ZIP:63115}}; owner Ms. {{NAME:Gladys Pettiford}} {{PHONE:314-555-0153}}, rent $825 (within payment standard).
Currently at {{FACILITY:Cass Ave Transitional Living}}, bed 9; some nights sleeps in his 2011 Malibu, MO plate {{VEHICLE:NE4-B7K}}.
Clinical: PTSD, 70% SC ($1,716/mo comp); prazosin 2 mg qhs, sertraline 150. PCL-5 = 51. AUDIT-C 2. No SI.
Furniture: {{FACILITY:Vet Home Starter}} delivery {{DATE:12/14}}. Peer mentor {{NAME:Alvin}} from vet center will help move.
Plan: HQS inspection {{DATE:12/5}}; lease signing {{DATE:12/12/23 10:00}}; utility transfer (Ameren acct to be opened); follow-up with Dr. {{NAME:Sadowski}} in PCT {{DATE:12/18}}.
-- {{NAME:Yvonne Tillery}}, LCSW, HUD-VASH, {{PHONE:314-555-0168}}`,
  `COORDINATED ENTRY -- BY-NAME LIST (excerpt), {{LOCATION:Bernalillo Co.}} CoC   run {{DATE:06/05/2024}}
rk  name                        HMIS     VI-SPDAT  last seen  where                          status
1   {{NAME:Baca, Anselmo}}              {{ID:551209}}   16        {{DATE:6/3}}        {{LOCATION:Coronado Park}}                 PSH match {{FACILITY:Sol de Vida Apts}}
2   {{NAME:Yazzie, Loretta}}            {{ID:548877}}   15        {{DATE:6/1}}        {{ADDRESS:Central & San Mateo}}            doc-ready pending
3   "{{NAME:Cowboy}}" (no legal name)   {{ID:560031}}   14        {{DATE:5/28}}       arroyo off {{ADDRESS:Tramway}}             outreach {{NAME:Cruz}}
4   {{NAME:Montoya-Reyes, Celestina}}   {{ID:541990}}   13        {{DATE:6/4}}        {{FACILITY:Westside Emergency Housing}}    RRH
5   {{NAME:Begay, Harrison}}            {{ID:557312}}   13        {{DATE:5/30}}       car, NM plate {{VEHICLE:BTJ-418}}          needs ID; tribal census # {{ID:NN-221904}}
6   {{NAME:Whitmore, Jo Ellen}}         {{ID:562118}}   12        {{DATE:6/2}}        {{FACILITY:Desert Mercy Shelter}}          PSH
case conf {{DATE:Thurs 6/6}} 9am at {{FACILITY:Duke City Street Health}}. prepared by CE lead {{NAME:R. Quintana}}`,
  `{{FACILITY:PROBATE COURT OF JEFFERSON COUNTY}}, ALABAMA
Case No. {{ID:PC-2024-000417}}
In re the Guardianship of {{NAME:LEOLA MAE TUBBS}}, an alleged incapacitated person

Dear Judge {{NAME:Abernethy}}:
Ms. {{NAME:Tubbs}}, age {{AGE:90}} (DOB {{DATE:10/2/1933}}), has been my patient at {{FACILITY:Magic City Geriatric Psychiatry}} since 2019. She has major neurocognitive disorder with psychotic features (F02.B2); MMSE 14/30 on {{DATE:4/8/24}}. She believes her late husband, {{NAME:Otis}}, is alive and "at the plant."
She resides at {{FACILITY:Vestavia Pines Assisted Living}}, {{ADDRESS:1800 Pinehurst Dr}}, {{LOCATION:Birmingham}} {{ZIP:35216}}. In my opinion she cannot manage her finances or medical decisions.
I support the petition of her granddaughter, Ms. {{NAME:Shaniqua Tubbs-Haywood}}, to serve as guardian and conservator. I am aware that her son, Mr. {{NAME:Leonard Tubbs}}, withdrew about $6,000 from her checking account (ending {{ACCOUNT:4418}}) in {{DATE:March 2024}}.
Respectfully,
{{NAME:Oluwaseun Adebayo-Grant}}, MD   AL lic. {{LICENSE:MD.38114}}   tel {{PHONE:205-555-0137}}  fax {{FAX:205-555-0138}}`,
  `ACT PROGRESS NOTE (SOAP) -- {{FACILITY:Mile High ACT Team 2}}
consumer: {{NAME:Reginald Okafor-Stein}}   EHR {{MRN:MH2-0071184}}   DOS {{DATE:09/18/2024}}   H0039 x 6 units   staff: {{NAME:Inés Calderón}}, RN + {{NAME:Beau}} (peer)
location: consumer's apt, {{ADDRESS:1320 Pennsylvania St, #5}}, {{LOCATION:Denver}} {{ZIP:80203}}
S: "I'm fine, just tired of the shots." Says landlord ({{FACILITY:Uptown Rental Group}}) left a 10-day notice on door {{DATE:9/16}}. Girlfriend {{NAME:Chantal}} moved out last week.
O: unshaven, apt smells of smoke, 3 days of dishes; speech slowed; no AH reported; BP 138/86, P 92, wt 242 (up 6). Refrigerator had milk dated {{DATE:9/2}}.
A: partial adherence, mood declining after breakup; risk of eviction. C-SSRS neg.
P: gave Aristada 882 mg IM L deltoid, lot # AR24417B (next due {{DATE:10/16}}). Called property mgr {{NAME:Brock Ellison}} {{PHONE:303-555-0193}}, agreed to 2-week payment plan if payee ({{FACILITY:Colfax Payee Services}}) sends $400 by {{DATE:9/27}}. {{NAME:Beau}} to take him to {{FACILITY:Capitol Hill Clubhouse}} Thurs. Team psychiatrist Dr. {{NAME:Mendelsohn}} notified re wt gain.`,
  `{{FACILITY:Cumberland Plateau Human Services}}
Supportive Housing Program  |  {{ADDRESS:115 N. Washington Ave}}, {{LOCATION:Cookeville}}, TN {{ZIP:38501}}  |  {{PHONE:931-555-0115}}

{{DATE:1/29/2024}}

To: Mr. and Mrs. {{NAME:Delbert Qualls}}
{{ADDRESS:4 Sunset Ridge Rd}}
{{LOCATION:Baxter}}, TN {{ZIP:38544}}

Re: rental application of {{NAME:Sierra Lynn Dyer}} for the duplex at {{ADDRESS:209 Depot St, Unit A}}

Dear Mr. and Mrs. {{NAME:Qualls}},
{{NAME:Sierra}} has been enrolled in our program since {{DATE:August 2022}}. During that time she has rented a room at {{ADDRESS:1412 Old Kentucky Rd}} and has paid her share of rent on time every month. Her previous landlord, Mr. {{NAME:Hobart Nichols}}, can confirm this at {{PHONE:931-555-0186}}.
Our program will pay the security deposit ($650) and first month's rent, and a case manager will visit at least twice a month for the first year. If any problem comes up, you can call me directly and we will respond within one business day.
She is moving with her son, {{NAME:Easton}} (age 7), who attends {{FACILITY:Capshaw Elementary}}, and would like to stay in that school zone.

Sincerely,
{{NAME:Marla Brewington}}, Housing Case Manager
{{EMAIL:mbrewington@cphumanservices.org}}`,
  `NEMT trip log (Medicaid transport) -- client {{NAME:Wilhelmina Ajayi}}, Medicaid ID {{HEALTH_PLAN:0077129045}}
broker: {{FACILITY:Keystone Ride Services}}   CM arranging: {{NAME:Tobias Renner}} ({{FACILITY:Lancaster Recovery Alliance}})
trip #        date        pickup                               drop-off                                    status
{{ID:KR-558120}}     {{DATE:02/05/24}}    {{ADDRESS:622 S Duke St}}, {{LOCATION:Lancaster}}           {{FACILITY:Conestoga Psych Associates}}           completed, 14 min late
{{ID:KR-558431}}     {{DATE:02/12/24}}    same                                 {{FACILITY:Lancaster Dialysis North}}               NO SHOW -- driver says no answer, client says she was on porch
{{ID:KR-559002}}     {{DATE:02/19/24}}    same                                 {{FACILITY:Conestoga Psych Associates}}           completed, lift van sent
complaint filed {{DATE:2/13}} re {{DATE:2/12}}, ref {{ID:CMP-24-03318}}. Client uses walker; needs lift van flagged in profile.
daughter {{NAME:Folake}} ({{PHONE:717-555-0122}}) to be called 30 min before pickup.`,
  `CRISIS RESIDENTIAL -- DISCHARGE SUMMARY
{{FACILITY:Cedar House Crisis Residential}} | {{ADDRESS:9 Orchard Ln}}, {{LOCATION:Montpelier}} VT {{ZIP:05602}}
Resident: {{NAME:Ezekiel Thibodeaux}}   record {{MRN:CH-24-0193}}   DOB {{DATE:08/30/1998}}
Admitted {{DATE:4/22/24}} (diversion from {{FACILITY:Central Vermont ED}}); discharged {{DATE:4/29/24 11:00}}.
Reason: escalating paranoia after losing job at {{FACILITY:Green Mountain Creamery}}; slept in car at the I-89 rest area two nights.
Course: restarted aripiprazole 10 mg, slept 7+ hrs from night 3, ate well, joined groups. Mother, Mrs. {{NAME:Genevieve Thibodeaux}}, visited {{DATE:4/26}}.
Discharge to: mother's home, {{ADDRESS:1277 County Rd}}, {{LOCATION:Calais}} {{ZIP:05648}}.
Follow-up:
  * therapy -- {{FACILITY:Winooski Valley Counseling}}, {{NAME:Petra Lund}}, LCMHC, {{DATE:5/1}} 2pm
  * psychiatry -- Dr. {{NAME:Bhattacharya}}, {{DATE:5/8}} 9:30 (telehealth link to {{EMAIL:zeke.thib98@gmail.com}})
  * vocational -- {{FACILITY:Capital Region Job Connect}}, {{NAME:Marty}}
Rx: aripiprazole 10 mg #30, no refills (to {{FACILITY:Barre Family Pharmacy}}).
Crisis plan: call 988 or the team's line {{PHONE:802-555-0159}}; mother will hold car keys for 2 wks.
Summary by {{NAME:Wren Castellanos}}, crisis clinician`,
  `CM note -- benefits / online accounts   {{DATE:3/6/2024}}
client: {{NAME:Marcus Adeyemi-Holt}} ({{MRN:CL-008812}})
- helped client log in to my Social Security on library computer; his login email {{EMAIL:marcus.holt.77@outlook.com}}. Downloaded benefit verification letter (SSI $943, effective {{DATE:Jan 2024}}). Did NOT save password.
- his cousin set up a fundraiser for his bus ticket home to {{LOCATION:Tulsa}}: {{URL:https://www.gofundme.com/f/help-marcus-get-home-to-tulsa}}. Explained this could count as income for SSI -- must report by the 10th of next month. He said "it's only $210 so far."
- he is staying at {{FACILITY:Oak Cliff Men's Shelter}} (bed 33) since {{DATE:2/14}}; mailing address there: {{ADDRESS:1717 S Lancaster Rd}}, {{LOCATION:Dallas}} TX {{ZIP:75216}}.
- aunt in {{LOCATION:Tulsa}}: {{NAME:Beatrice Holt}}, {{PHONE:918-555-0107}} -- she confirmed he can stay w/ her "till he's on his feet." address {{ADDRESS:2431 N Boston Pl}}.
- TODO: change of address to SSA once he moves; transfer Medicaid (TX -> OK); records from {{FACILITY:Trinity Bend Psychiatric}} to his new clinic.
-- {{NAME:Shonda Leverett}}, case manager`,
  `{{FACILITY:WESTSIDE CLUBHOUSE}} MONTHLY -- {{DATE:May 2024}} -- "The Westsider"
HAPPY BIRTHDAY to {{NAME:Ruthie}} ({{DATE:5/3}}), {{NAME:Alonzo P.}} ({{DATE:5/11}}), Mrs. {{NAME:G}} ({{DATE:5/19}}) and {{NAME:Fernando Ybarra}} ({{DATE:5/27}})!
WELCOME new members {{NAME:Kenzie}}, {{NAME:Oluwadamilare}} ("{{NAME:Dami}}") and {{NAME:Grant Fairweather}}.
EMPLOYMENT: {{NAME:Sunil}} is celebrating 1 year at {{FACILITY:Lakewood Public Library}}! {{NAME:Trish Okonski}} started TE at {{FACILITY:Pho Saigon Noodle House}} on {{ADDRESS:Detroit Ave}}.
IN MEMORY: our friend {{NAME:Clarence}} "{{NAME:Doc}}" {{NAME:Whitby}}, member since 1996, passed away {{DATE:April 20}}. Service at {{FACILITY:Our Lady of Mercy}} on {{DATE:Saturday, May 4}}.
UNIT NEWS: Kitchen unit served 1,212 lunches in April ($1.50 each). Clerical unit needs help with the Medicaid renewal mailing -- see {{NAME:Lorna}}.
OUTINGS: Guardians game {{DATE:5/18}} (sign up by {{DATE:5/10}}), picnic at {{LOCATION:Edgewater Park}} {{DATE:5/30}}.
REMINDER: clubhouse closed {{DATE:Monday 5/27}} for Memorial Day. Warmline still open 5-9 pm.
Questions: call the front desk {{PHONE:216-555-0148}} or email {{EMAIL:westsideclubhouse.frontdesk@gmail.com}}.
Newsletter team: {{NAME:Ruthie}}, {{NAME:Beto}}, {{NAME:Harlan}} and staff {{NAME:JP}}.`,
  `PEER RESPITE -- GUEST STAY LOG   {{FACILITY:Rose Hill Peer Respite}} ("{{FACILITY:the Rose}}")
guest: {{NAME:Anjali Sorensen}}   stay # {{ID:PR-2024-066}}   room "Lilac"
arrived {{DATE:Sun 7/14}} 4pm, self-referred after hearing about us at {{FACILITY:Hilltop Recovery Community Center}}
day 1 -- peer {{NAME:Mo}}: guest left her apartment on {{ADDRESS:Pine Grove Ave}} because "the walls were too loud." Does not want hospital. Made tea, walked to the creek. Slept at 2am.
day 2 ({{DATE:7/15}}) -- peer {{NAME:Carlotta}}: guest called her therapist {{NAME:Ruth Emerson-Bey}} at {{FACILITY:Lakeside Psychotherapy}} ({{PHONE:608-555-0151}}) and kept her appt by phone. Her boss at {{FACILITY:Monona Bay Grocery Co-op}}, {{NAME:Gil}}, knows she's out "for family stuff."
day 3 ({{DATE:7/16}}) -- peer {{NAME:Mo}}: talked about her mom, who died in {{DATE:Oct 2021}}. Art group. Ate dinner with the other guests.
day 4 ({{DATE:7/17}}) -- checkout 11am. Plan: stay at sister {{NAME:Priyanka}}'s in {{LOCATION:Middleton}} for a week; back to work {{DATE:7/22}}. Gave her our warmline {{PHONE:608-555-0150}}.
max stay 7 nights; used 3. No incidents. Guest wrote in the journal: "thank you for not making me a patient."`,
  `EMERGENCY RENTAL ASSISTANCE -- application worksheet
Applicant: {{NAME:Gloria Etienne-Baptiste}}   DOB {{DATE:3/15/1968}}   SSN {{SSN:072-41-5539}}
Household: self + adult son {{NAME:Jean-Robert}} (SMI, on SSI)
Address: {{ADDRESS:8820 NE 2nd Ave, Apt 211}}, {{LOCATION:Miami}} FL {{ZIP:33138}}
Landlord: {{FACILITY:Little River Gardens LLC}}, agent {{NAME:Yosef Birnbaum}}, {{PHONE:305-555-0142}}, fax {{FAX:305-555-0143}}
Tenant ledger #: {{ACCOUNT:LRG-211-0087}}
Arrears: $2,460 (Jan-Mar). 3-day notice {{DATE:3/8/24}}; eviction complaint filed {{DATE:3/20/24}}, case {{ID:2024-008812-CC-05}}; answer due {{DATE:3/25}}.
Reason: son's psychiatric admission at {{FACILITY:North Biscayne Behavioral}} {{DATE:12/28/23}}-{{DATE:1/19/24}}; applicant missed 6 wks of work at {{FACILITY:Aventura Shores Hotel}} (housekeeping).
Income: $1,540/mo wages + son's SSI $943.
Docs: lease, ledger, pay stubs, hospital letter, electric shutoff notice (acct {{ACCOUNT:44120-88731}}).
Submitted {{DATE:3/21/2024 16:12}} online, confirmation {{ID:ERA-MD-771902}}.
Worker: {{NAME:Dayana Quintero}}, {{FACILITY:Little Haiti Community Action}}`,
  `{{DATE:June 18, 2024}}

Ms. {{NAME:Rochelle Abernathy}}, Caseworker
Administration for Children's Services, {{LOCATION:Bronx}} field office
RE: {{NAME:Kiara Moultrie}} (mother) -- children {{NAME:Jaden}} (8) and {{NAME:Nevaeh}} (5); Family Court docket {{ID:NN-04417-23}}

Dear Ms. {{NAME:Abernathy}},
I have been Ms. {{NAME:Moultrie}}'s therapist at {{FACILITY:Tremont Family Wellness}} since {{DATE:09/2023}}. She has attended 34 of 37 sessions and completed the 12-week parenting group at {{FACILITY:Parent Circle of the Bronx}} on {{DATE:5/30/24}}. Her toxicology screens through {{FACILITY:Crotona Lab Services}} have been negative since {{DATE:Oct. 2023}}.
She now lives at {{ADDRESS:2040 Valentine Ave, Apt 3C}}, {{LOCATION:Bronx}}, NY {{ZIP:10457}}, a two-bedroom unit at {{FACILITY:Valentine Ave Residences}}, with on-site case management.
I support unsupervised day visits before the next court date, {{DATE:July 9, 2024}}, before Judge {{NAME:Esposito-Larkin}} in {{FACILITY:Bronx Family Court}}, Part 3.

Sincerely,
{{NAME:Adaeze Nwosu}}, LCSW-R
{{PHONE:718-555-0174}}`,
  `FORENSIC TRANSITION PLAN -- CPL 330.20 order of conditions
patient: {{NAME:Augustin Lefebvre-Ndiaye}}   MRN {{MRN:PC-5513008}}   DOB {{DATE:2/29/1972}}
from: {{FACILITY:Hudson River Forensic Center}}, ward 12
to: {{FACILITY:Larchmont Community Residence}}, {{ADDRESS:33 Pelham Rd}}, {{LOCATION:New Rochelle}} {{ZIP:10805}}, move date {{DATE:10/1/2024}}
Order of conditions signed {{DATE:09/12/2024}} by Hon. {{NAME:Bernard Kessler}}, {{FACILITY:Westchester County Court}}; indictment # {{ID:IND-2011-0447}}.
Conditions (5 yrs): monthly reports to the DCS; random tox; no alcohol; no contact with {{NAME:Viviane Ndiaye}} or her home at {{ADDRESS:117 Fifth Ave}}, {{LOCATION:Pelham}}.
Treatment: clozapine 500 mg, ANC monthly at {{FACILITY:Sound Shore Labs}}; ACT by {{FACILITY:Westchester Forensic ACT}}; forensic coordinator {{NAME:Janine Tulloch}} {{PHONE:914-555-0121}}.
Notify the DA's office (ADA {{NAME:Patrick Rourke}}) 10 days before any change of residence.
Brother {{NAME:Cheikh Ndiaye}} in {{LOCATION:Dakar}} calls Sundays; cousin {{NAME:Awa}} in {{LOCATION:Yonkers}} may visit after 90 days.
Risk (HCR-20 v3): moderate, stable. Insight improved.
prepared by {{NAME:Lucinda Farr}}, SW II, {{DATE:9/16/24}}`,
  `OTP dosing record / take-home review -- {{FACILITY:Harbor Point Treatment Center}}
pt {{NAME:Dominic Ferreira-Costa}}   OTP # {{MRN:HP-30991}}   PDMP checked {{DATE:8/12/24}}
window ID: palm scan {{BIOMETRIC:PS-77310482}} + photo {{PHOTO:HPTC_ID_30991.jpg}}
dose: methadone 95 mg liquid; phase 3 (4 take-homes/wk); lockbox serial {{DEVICE:LB-0044173}}
co-occurring: PTSD, GAD; therapist {{NAME:Sunniva Berg}}, LCSW-C, {{FACILITY:Fells Point Counseling}}
tox {{DATE:8/5}} +fentanyl -> take-homes cut to 2/wk pending review {{DATE:8/19}}.
works at {{FACILITY:Locust Point Container Terminal}}, 6a-2:30p; asks for 5:30am dosing.
emergency contact: wife {{NAME:Teresa Costa}} {{PHONE:410-555-0116}}; pharmacy {{FACILITY:Canton Square Pharmacy}}.
plan: naloxone kit (lot 4471A, exp 11/2026) given; f/u with counselor {{NAME:DFB}} weekly; Dr. {{NAME:Achterberg}} co-signed.
pt's quote: "I slipped once. I'm not going back to {{ADDRESS:North Ave}}."`,
  `988 CALL -- imminent risk / 911 transfer record
call ref {{ID:988-24-0713-5521}}   received {{DATE:07/13/2024 22:51}}   counselor {{NAME:Tomasz}} (#118)
ANI {{PHONE:(317) 555-0134}}   ALI (approx): {{ADDRESS:5200 block E 38th St}}, {{LOCATION:Indianapolis}}
caller gave name "{{NAME:Dre}}", later "{{NAME:Andre Whitlow}}"; says handgun on the table; wife {{NAME:Keisha}} left with the kids to her mom's in {{LOCATION:Lawrence}}.
22:58 caller refused to move the gun. supervisor {{NAME:L. Armbruster}} approved active rescue.
23:02 warm transfer to 911 dispatch, CIT requested. dispatch incident # {{ID:24-0713-1187}}.
23:05 caller confirmed {{ADDRESS:5214 E 38th St, Apt B}}, {{ZIP:46218}}.
23:19 officers on scene; caller went voluntarily to {{FACILITY:Eastside Behavioral ED}}.
f/u {{DATE:7/14}} 15:00: called {{PHONE:(317) 555-0134}}, VM left. {{DATE:7/15}}: hospital SW {{NAME:Nadia Farouk}} confirmed admission.`,
  `SECURE TEXT EXPORT -- {{FACILITY:Englewood Community Support Program}}
CM {{NAME:Farah Siddiqui}} ({{PHONE:773-555-0108}}) <-> client {{NAME:Tyrone Batts}} ({{PHONE:773-555-0191}})
[{{DATE:2/6/24 8:02 AM}}] CM: morning {{NAME:Tyrone}}! SSA appt at 10, the office on {{ADDRESS:S Western Ave}}. bring state ID + the letter
[8:40 AM] {{NAME:Tyrone}}: yea im up. meet me at the {{ADDRESS:69th red line}}?
[8:41 AM] CM: yes 9:15 by the turnstiles
[11:58 AM] {{NAME:Tyrone}}: they said my ssi stopped bc i was locked up over 30 days. but i was only in 28
[12:03 PM] CM: we'll fight it. I have your release paper from {{DATE:Dec 19}}. ask them for the notice #
[12:10 PM] {{NAME:Tyrone}}: BNC {{ID:23CH0077K4}}
[12:11 PM] CM: perfect. go eat. see you thurs at {{FACILITY:the Hub}}
[{{DATE:2/8/24 7:15 PM}}] {{NAME:Tyrone}}: my cousin {{NAME:Deshawn}} say i can use his address for mail {{ADDRESS:6540 S Green St}} {{ZIP:60621}}
[7:31 PM] CM: ok I'll update it tmrw. proud of you today
[{{DATE:2/9/24 9:02 AM}}] CM: updated. also Ms. {{NAME:Odom}} at the pantry has a coat for you
[9:20 AM] {{NAME:Tyrone}}: bet. tell her thank u`,
  `REQUEST FOR INFORMAL HEARING -- denial of reasonable accommodation
To: Hearing Officer, {{LOCATION:Spokane}} housing authority
Tenant: {{NAME:Clementine Oyler}}    HCV # {{ID:S8-00917735}}
Unit: {{ADDRESS:1119 W Mansfield Ave, #6}}, {{LOCATION:Spokane}} WA {{ZIP:99205}}    tenant phone {{PHONE:509-555-0188}}
The denial letter dated {{DATE:April 2, 2024}} (ref {{ID:RA-24-0312}}) refused Ms. {{NAME:Oyler}}'s request to add a live-in aide, her daughter {{NAME:Harmony Oyler}}, because of the daughter's 2019 misdemeanor.
Grounds: (1) Ms. {{NAME:Oyler}} has schizoaffective disorder and COPD and needs daily help with meds, meals and appointments; (2) a live-in aide is not a family member for income purposes (24 CFR 5.403); (3) the misdemeanor was a shoplifting charge, dismissed {{DATE:8/14/2020}}.
Enclosed: letter from Dr. {{NAME:Ingrid Solberg}}, {{FACILITY:Inland Northwest Behavioral Clinic}}, dated {{DATE:3/28/24}}; ADL assessment from {{FACILITY:Lilac City Home Supports}}; court disposition.
Accommodations for the hearing: large-print notices; daughter may attend.
Advocate: {{NAME:Benedikt Haas}}, {{FACILITY:Northwest Disability Advocacy Project}}, {{PHONE:509-555-0127}}, {{EMAIL:bhaas@nwdap.org}}
Submitted {{DATE:4/12/24}}.`,
  `{{DATE:11 March 2024}}

Ms. {{NAME:Gretchen Albers}}, Store Manager
{{FACILITY:Prairie Fresh Market #114}}
{{ADDRESS:3301 S Louise Ave}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57106}}

Re: {{NAME:Dustin Kahlert}}, employee # {{ID:114-08873}}

Dear Ms. {{NAME:Albers}},
Thank you for meeting with {{NAME:Dustin}} and me on {{DATE:3/7}} after what happened in the back room on {{DATE:March 2}}. I am his employment specialist at {{FACILITY:Southeast Dakota Supported Employment}}. With {{NAME:Dustin}}'s written permission (signed {{DATE:3/6/24}}), I can share that he has a mental health condition that makes loud, sudden noise very hard for him -- the falling pallet was not a reason for anger at his co-worker, {{NAME:Kyle}}, but a panic reaction.
We suggest: earplugs or one earbud allowed while stocking; a 5-minute break off the floor when needed; his schedule posted a week ahead.
{{NAME:Dustin}} wants to keep working at your store, where he has worked since {{DATE:June 2021}} with good reviews.
Please call me with any questions at {{PHONE:605-555-0139}}.

{{NAME:Hallie Brandvold}}, Employment Specialist`,
  `snap recert phone interview -- cm sitting w/ clt   {{DATE:11/30/23 10:15}}
clt: {{NAME:Vo Thanh Binh}}   case # {{ID:SN-1187744}}   EBT card {{ACCOUNT:6008 9012 3344 5512}}
interpreter: Vietnamese line
- household: lives alone, {{ADDRESS:11210 Bellaire Blvd #318}}, {{LOCATION:Houston}} {{ZIP:77072}}
- income: SSI $914, no other
- shelter: rent $525 to {{FACILITY:Bellaire Garden Apts}}; electric about $70 (acct {{ACCOUNT:1008 4471 20}})
- medical deduction: copays at {{FACILITY:Saigon Pharmacy}} ~$35/mo, receipts in folder
- worker Mr. {{NAME:Ochoa}} says approved pending rent verification; upload lease by {{DATE:12/10}} online.
- clt asked if money he sends to his brother {{NAME:Vo Thanh Long}} ({{AGE:91}}) in {{LOCATION:Da Nang}} counts -- no, not a deduction.
- clt has trouble reading letters, wants mail to also go to daughter {{NAME:Lily Vo}}, {{PHONE:832-555-0114}} -> need authorized rep form.
- PHQ-9 not done today; clt says sleep better since Mirtazapine 15.
cm {{NAME:jr}} / {{FACILITY:Alief Community Wellness}}`,
  `HOARDING RESPONSE TEAM -- joint home visit   {{DATE:Wednesday 5/22}}
address: {{ADDRESS:57 Birch Hollow Rd}}, {{LOCATION:Westbrook}} ME {{ZIP:04092}}
occupant: {{NAME:Mildred Ashcombe}}, {{AGE:96}}, widowed; lives with son {{NAME:Ellis}} (62, schizophrenia, clozapine via {{FACILITY:Presumpscot Valley Counseling}})
team: city code enforcement officer {{NAME:Dana Thibault}}; {{NAME:Ruth Kowalczyk}}, RN, {{FACILITY:Casco Home Health}}; CM {{NAME:Jamie Lessard}}; fire inspector
code case # {{ID:CE-2024-0551}}. Clutter Image Rating: kitchen 7, living rm 6, bedroom 4.
findings: rear exit blocked, 22 cats, no working smoke detectors, 3 space heaters.
Mrs. {{NAME:Ashcombe}}: "{{NAME:Ellis}} keeps things for when the bad times come." Son calm, cooperative. His sister {{NAME:Marjorie}} in {{LOCATION:Bangor}} ({{PHONE:207-555-0147}}) willing to come down {{DATE:6/1}}.
agreed: clear rear exit by {{DATE:5/29}}; fire dept installs detectors free; rehome 10 cats via shelter; CM applies for homemaker hours.
photos taken on city tablet for the file.
next visit {{DATE:6/5}} 1pm. -- {{NAME:JL}}`,
  `WITHDRAWAL MGMT / SOBERING -- property & ID inventory
{{FACILITY:Second Street Sobering & Detox}}, {{LOCATION:Albany}} NY     {{DATE:12/02/2023 01:40}}
client: {{NAME:Jasper Winterbourne}}   ID {{MRN:SSD-118204}}   DOB {{DATE:4/14/1987}}
brought by police from {{ADDRESS:Central Ave & Quail St}}; no charges.
items: wallet -- NY DL {{LICENSE:841 227 093}}, Medicaid card CIN {{HEALTH_PLAN:JB55102X}}, $23.00 cash, debit card ending {{ACCOUNT:9931}}; keys (3); vape; phone (cracked); lighter (held); folding knife 3" (held, locked bin #2).
housing: says evicted from {{ADDRESS:412 Clinton Ave}} last month; "can stay with my girl {{NAME:Shayla}} on {{ADDRESS:Lark St}}."
clinical: BAC 0.21 on arrival, CIWA-Ar 14 at 0200. Prior stay here {{DATE:10/9/23}}. Bipolar II, Lamictal 150 (not taking x3 wks). Denies SI.
contact: mother {{NAME:Rosemary Winterbourne}} {{PHONE:518-555-0183}} -- ok to call in AM per client.
referrals at d/c: {{FACILITY:Capital District Recovery Center}} for rehab bed; peer recovery coach {{NAME:Nico}}.
client signed with an X; staff {{NAME:O. Mensah}} witness.`,
  `PROS INDIVIDUALIZED RECOVERY PLAN -- {{FACILITY:Mohawk Valley PROS}}
participant: {{NAME:Nadine Ferguson-Pike}}   PROS ID {{MRN:MVP-00417}}   CIN {{HEALTH_PLAN:FP72019M}}
plan date {{DATE:01/08/2024}}   next review {{DATE:07/08/2024}}
Life role goal (her words): "I want to be a student again."
Objective 1: enroll part-time at {{FACILITY:Utica Harbor College}} for fall (6 credits) -- IR sessions weekly with {{NAME:Aurelio Santangelo}}, MHC.
Objective 2: ride the bus from {{LOCATION:Frankfort}} to campus 3x with a peer before {{DATE:8/15}} -- panic on buses; coping card, breathing app.
Objective 3: keep PHQ-9 under 10 (now 13); Clinical Treatment with Dr. {{NAME:Somayeh Karimzadeh}}, sertraline 150 mg.
Natural supports: aunt {{NAME:Bev}} ({{PHONE:315-555-0112}}); church {{FACILITY:Grace Tabernacle Utica}}.
Barriers: transportation, $ for books (apply to {{FACILITY:Mohawk Valley Community Fund}}), past failed semester in 2011.
Crisis plan: 988; PROS on-call {{PHONE:315-555-0100}}.
Signatures: {{NAME:N. Ferguson-Pike}} {{DATE:1/8/24}}; {{NAME:A. Santangelo}}, MHC {{DATE:1/8/24}}; reviewed by Dr. {{NAME:Karimzadeh}} {{DATE:1/10/24}}.`,
  `LEGAL AID INTAKE -- SSI overpayment
{{FACILITY:Gulf Coast Justice Center}} | intake by {{NAME:Renata Okwu}}, paralegal | {{DATE:10/2/2023}}
Client: {{NAME:Barnabas Ikechukwu Obi}}   SSN {{SSN:438-90-1276}}   DOB {{DATE:7/1/1964}}   ph {{PHONE:504-555-0154}}
Notice: overpayment $6,214, dated {{DATE:September 14, 2023}}, BNC {{ID:23NO4471P8}}; reason "excess resources" {{DATE:Jan 2022}} - {{DATE:Nov 2022}}.
Facts: client's late mother {{NAME:Eunice Obi}} put his name on her savings account at a local credit union (acct {{ACCOUNT:0088214-S1}}); he never used it and didn't know. Balance went over $2,000 after her death {{DATE:12/28/2021}}.
Rep payee: {{FACILITY:Crescent City Payee Services}} since {{DATE:03/2023}}, contact {{NAME:Lydell}} {{PHONE:504-555-0196}}.
Mental health: schizophrenia, {{FACILITY:Tremé Community Mental Health}}; psychiatrist letter re capacity requested.
Plan: request waiver (SSA-632) -- not at fault; ask for recovery to stop pending decision; file by {{DATE:10/14/23}} (30 days from receipt for continued benefits).
Client lives at {{ADDRESS:1830 N Claiborne Ave, rear}}, {{LOCATION:New Orleans}} {{ZIP:70116}}.
Atty assigned: {{NAME:Caroline Dubuisson}}.`,
  `VA SUICIDE PREVENTION COORDINATOR -- HRF follow-up
Veteran: {{NAME:Gideon Ravensworth}}   last 4 {{SSN:6620}}   DOB {{DATE:09/03/1989}}
High Risk Flag placed {{DATE:3/19/24}} after ED visit at {{FACILITY:Washington Ridge Medical Ctr}} (OD, 30 x trazodone 100 mg).
{{DATE:3/26/24}} phone 1330: reached veteran at {{PHONE:479-555-0176}}; he's staying at his uncle's place, {{ADDRESS:County Rd 4410}}, near {{LOCATION:Huntsville}} AR.
Lethal means: rifle and shotgun now with uncle, locked in uncle's safe; veteran still has pickup truck (AR plate {{VEHICLE:771 NKD}}) -- says he sleeps in it when "the house gets loud."
Supports: girlfriend {{NAME:Brandi}}; battle buddy {{NAME:Ortiz}} from 2nd BN, texts daily.
Care: offered VA MH intake; veteran prefers community care: {{FACILITY:Northwest Arkansas Trauma Counseling}}, {{NAME:Lauren Schaefer}}, LPC, {{DATE:4/2}}.
Safety plan updated; Veterans Crisis Line (988 press 1) reviewed.
Next contact {{DATE:4/2/24}}. -- {{NAME:Kofi Mensah-Boateng}}, LCSW, SPC`,
  `SCHOOL-BASED MENTAL HEALTH -- REFERRAL FORM
School: {{FACILITY:Roosevelt-Lincoln Elementary}}   referring staff: Mrs. {{NAME:Dorothea Quaye}} (3rd grade)
Student: {{NAME:Mateo Sandoval-Reyes}}   DOB {{DATE:01/26/2016}}   student # {{ID:2031447}}   grade 3, rm 204
Parent/guardian: grandmother {{NAME:Graciela Reyes}}, {{PHONE:956-555-0111}} (Spanish); mother {{NAME:Yesenia Sandoval}} -- "in the hospital in {{LOCATION:Harlingen}}," per student
Address: {{ADDRESS:517 E. Elizabeth St}}, {{LOCATION:Brownsville}} TX {{ZIP:78520}}
Reason: since {{DATE:October 14}} crying at lunch, hides under desk during fire drills, told nurse "mami talks to people who aren't there and I have to watch my brother." 4 absences in Oct.
Already tried: seat near teacher, check-ins with counselor Mr. {{NAME:Villarreal}}.
Medicaid/CHIP: {{HEALTH_PLAN:518830247}}
Parent consent: signed by {{NAME:Graciela Reyes}} {{DATE:10/30/23}}.
Routed to: {{FACILITY:Valley Kids Counseling}} school-based clinician {{NAME:Itzel Garza}}, LPC-A; first session {{DATE:11/6}} during specials.
Notes: family may need kinship support -- refer to {{FACILITY:Rio Grande Kinship Program}}. IEP portal: {{URL:https://sis.rlelem-bisd.net/parent/student/2031447}}`,
  `SUPPORTIVE HOUSING -- ANNUAL RECERTIFICATION (tenant file)
Residence: {{FACILITY:Maple Leaf Commons}} (32 units, PSH)   unit 17   tenant since {{DATE:02/01/2019}}
Tenant: {{NAME:Ferdinand Achterberg-Mills}}   DOB {{DATE:06/12/1957}}   SSN {{SSN:219-73-4406}}   Medicaid {{HEALTH_PLAN:77310928B}}
Recert effective {{DATE:02/01/2024}}
Income                 monthly    verified by
SSDI                   $1,288     SSA award letter {{DATE:12/04/2023}}
Pension ({{FACILITY:Wabash Steel}})     $212       1099-R
Savings int.           $0.41      bank stmt, ck/sav {{ACCOUNT:6620019874}}
Total adj. income $17,985/yr; TTP 30% = $449/mo; rent subsidy covers rest.
Household: alone. Son {{NAME:Lukas}} visits ({{LOCATION:Gary}}), not on lease.
Services: CM {{NAME:Bettina Oduro}}; nurse visits 2x/mo; clubhouse member at {{FACILITY:Calumet House}}.
Inspection {{DATE:1/17/24}}: smoke det ok; shower grab bar loose -> work order {{ID:WO-88120}}.
Tenant statement: "I want to stay here till I die. Fix the bar please."
Signed: tenant {{DATE:1/22/24}}; property mgr {{NAME:Rosario Delgadillo}} {{DATE:1/22/24}}; {{FACILITY:Northwest Indiana Supportive Housing}}`,
  `CAMPUS CRISIS CHAT -- transcript summary
service: {{FACILITY:TigerLine}} after-hours counseling ({{FACILITY:Delta Plains University}} contract)
session {{ID:TL-2024-03-08-0419}} | {{DATE:03/08/2024 01:12}} - 01:57 | counselor {{NAME:Okoye}}
user: {{NAME:Madison Greer}} (self-ID), student ID {{ID:900417723}}, uni email {{EMAIL:mgreer7@dpu.edu}}
connection: IP {{IP:10.14.203.77}} (campus resnet, {{FACILITY:Hollister Hall}})
presenting: panic, failed o-chem midterm, "my parents will kill me" (figure of speech per user). Breakup w/ {{NAME:Tanner}} {{DATE:3/2}}. Not sleeping, 5 energy drinks/day.
risk: SI passive, no plan/intent; no access to firearms; roommate {{NAME:Lexi}} present in room.
plan: grounding, sleep, call counseling center at 8am for same-day; referral link sent {{URL:https://dpu.edu/counseling/sameday?ref=TL0419}}; Dean of Students notified? NO (not required).
follow-up: counseling center intake {{DATE:3/8}} 10am w/ Dr. {{NAME:Faisal Rahimi}}; user consented to share summary.`,
  `AUTHORIZATION TO RELEASE / OBTAIN INFORMATION (42 CFR Part 2 + HIPAA)
Client: {{NAME:Lucinda Marie Halvorsen}}   DOB {{DATE:12/08/1981}}   agency # {{MRN:NRC-301188}}
Agency: {{FACILITY:North Rim Counseling}}, {{ADDRESS:210 E Aspen Ave}}, {{LOCATION:Flagstaff}} AZ {{ZIP:86001}}
I authorize exchange of information with:
[x] {{FACILITY:Coconino Housing Collaborative}} -- {{NAME:Raymond Tsosie}}, fax {{FAX:928-555-0162}}  (housing application only)
[x] my probation officer, {{NAME:Kelsey Drummond}}, fax {{FAX:928-555-0170}} (attendance + UA results only, NOT therapy notes)
[x] {{FACILITY:Sunset Crater Primary Care}} -- Dr. {{NAME:Emeka Ogundipe}}
[ ] my ex-husband {{NAME:Curtis Halvorsen}} -- NO
[x] my sister {{NAME:Anneliese Brandt}}, {{PHONE:928-555-0149}} (appointment times only)
Purpose: coordination of care, housing, court compliance.
Expires: {{DATE:12/31/2024}} or on written revocation.
AHCCCS ID {{HEALTH_PLAN:A04471230}}
Client signature: {{NAME:L. Halvorsen}}   date {{DATE:3/11/24}}
Witness: {{NAME:Tallulah Begay}}, intake specialist
Redisclosure notice given. Copy to client: yes.`,
  `{{FACILITY:fountainview clubhouse}} -- TRANSITIONAL EMPLOYMENT TIMESHEET   pay period {{DATE:3/3/24}} - {{DATE:3/16/24}}
placement: {{FACILITY:Pioneer Valley Bagel Co.}}, {{ADDRESS:88 King St}}, {{LOCATION:Northampton}}   position: counter/prep, 15 hrs/wk
member      emp #        Su  M   T   W   Th  F   Sa   total
{{NAME:Bart S.}}     {{ID:PVB-0412}}     -   3   3   -   3   3   3    15
{{NAME:Kayleigh}}    {{ID:PVB-0413}}     4   -   -   4   -   4   3    15   (covered {{NAME:Bart}}'s W)
week 2:
{{NAME:Bart S.}}     {{ID:PVB-0412}}     -   3   -   3   3   3   3    15
{{NAME:Kayleigh}}    {{ID:PVB-0413}}     4   -   3   -   4   -   4    15
absences: {{NAME:Bart}} out {{DATE:3/5}} (dentist at {{FACILITY:Hampshire Dental Clinic}}); covered by staff {{NAME:Naomi Achebe}}.
supervisor on site: {{NAME:Gino Carbonaro}} ({{PHONE:413-555-0175}}) -- "both doing great, {{NAME:Kayleigh}} wants more hours."
TE ends {{DATE:6/28/24}}; next members in line: {{NAME:Dmitri}}, {{NAME:Rosa Iannucci}}.
timesheet faxed to payroll {{FAX:413-555-0176}} by {{NAME:NA}} {{DATE:3/18/24}}`,
  `MOBILE CRISIS -- RURAL RESPONSE   {{FACILITY:High Plains Crisis Team}}   unit 2
call rec'd {{DATE:09/21/2023 1735}} from sheriff's dispatch; on scene 1852 (94 mi)
location: pickup pulled over at {{ADDRESS:Hwy 385 MM 211}}, ~8 mi north of {{LOCATION:Alliance}}, NE
person: {{NAME:Wade Ellingson}}, 58, rancher, {{LOCATION:Box Butte County}}; truck NE plate {{VEHICLE:65-A412}}
wife {{NAME:Carol}} called it in from the {{LOCATION:Ellingson place}}: he said goodbye and drove off with his dad's pistol.
on arrival: deputy {{NAME:Stroh}} had secured the pistol. {{NAME:Wade}} sitting on tailgate, crying, says hail took the whole crop {{DATE:Aug 30}} and the bank called the note. C-SSRS: SI w/ intent + plan today.
intervention: 40 min talk, {{NAME:Carol}} drove out. He agreed to voluntary eval.
transport: deputy to {{FACILITY:Panhandle Regional Behavioral}} in {{LOCATION:Scottsbluff}}; admitted 2215.
follow-up: ag stress line, {{FACILITY:Farm & Ranch Family Counseling}}; pastor Rev. {{NAME:Lindgren}} at {{FACILITY:Zion Lutheran}} notified w/ consent.
team: {{NAME:M. Ruiz}}, LMHP / {{NAME:T. Eagle Bear}}, peer`,
  `SUBWAY OUTREACH -- overnight shift log   team B ({{NAME:Osagie}}, {{NAME:Marguerite}})   {{DATE:1/23-1/24/24}}
2310  {{ADDRESS:W 4th St station}}, A/C platform -- {{NAME:Hollis Grant}} (known), asleep on bench. offered {{FACILITY:Delancey Safe Haven}} bed, declined "too many rules." socks, coffee.
2345  A train northbound -- woman ~40s, barefoot, gave name "{{NAME:Mercy}}" only. disorganized, cold. declined EMS. engaged 20 min, flagged for day team.
0120  {{ADDRESS:207th St terminal}} -- {{NAME:Luis Ángel Carrasquillo}}, DOB {{DATE:5/2/79}} per his state ID, HMIS {{ID:NYC-4417302}}. accepted ride to {{FACILITY:Inwood Stabilization Center}} in our van; intake staff {{NAME:Dionne}}.
0230  {{ADDRESS:Jay St-MetroTech}} mezzanine -- "{{NAME:Professor}}" (real name {{NAME:Emmanuel Osei-Tutu}}), reading as always. long state hospital hx. says his SSI goes to {{FACILITY:Borough Hall Payee Svcs}}, "they're fine."
0400  {{ADDRESS:Broadway Junction}} -- 3 people sleeping, all known, all declined.
0545  end of shift. 14 engagements, 1 placement.
note: {{NAME:Hollis}}'s sister {{NAME:Celeste Grant}} ({{PHONE:646-555-0153}}) called the hotline last wk looking for him -- told him tonight, he said "not yet."`,
  `AFFIDAVIT IN SUPPORT OF AOT PETITION -- MHL 9.60(e)
{{FACILITY:SUPREME COURT, KINGS COUNTY}}        Index No. {{ID:AOT 2024-1188}}
In the Matter of {{NAME:ROSALIND AMARA EZE}}, Respondent
STATE OF NEW YORK, COUNTY OF {{LOCATION:KINGS}} ss.:
{{NAME:Viktor Ambartsumyan}}, M.D., being duly sworn, deposes and says:
1. I am a psychiatrist licensed in New York (lic. {{LICENSE:281947}}) and examined the Respondent on {{DATE:May 6, 2024}} at {{FACILITY:Sheepshead Bay Psychiatric Unit}}.
2. Respondent, 34, born {{DATE:10/10/1989}}, has schizophrenia and has repeatedly stopped treatment after discharge.
3. Within the last 36 months she was hospitalized under MHL 9.39 from {{DATE:7/2/2022}} to {{DATE:8/15/2022}} and from {{DATE:1/3/2024}} to {{DATE:2/20/2024}}; and on {{DATE:12/30/2023}} she threatened her downstairs neighbor, Mr. {{NAME:Nasser Haddad}}, with a kitchen knife at {{ADDRESS:2911 Ocean Pkwy, Apt 5F}}, {{LOCATION:Brooklyn}} {{ZIP:11235}} (police complaint {{ID:2023-061-04417}}).
4. Recommended plan: ACT through {{FACILITY:Brighton Beach ACT}}; Invega Hafyera 1092 mg every 6 months; supportive housing referral; her mother, Mrs. {{NAME:Chinwe Eze}}, to be notified of hearings.
Sworn to before me this {{DATE:8th day of May, 2024}}
{{NAME:Feliks Dombrowski}}, Notary Public, Reg. No. {{LICENSE:01DO6330912}}`,
  `{{FACILITY:St. Columba Medical Center}} -- Department of Social Work
{{DATE:Friday, 8/16/2024 15:40}}
To: Intake desk, {{FACILITY:Lantern Rescue Mission}}, {{LOCATION:Tacoma}}    fax {{FAX:253-555-0192}}
RE: discharge of {{NAME:Pham Van Duc}} ("{{NAME:Danny}}"), DOB {{DATE:3/1/1966}}, our MRN {{MRN:SC00781142}}

Mr. {{NAME:Pham}} was admitted {{DATE:8/9}} for cellulitis of the left leg and alcohol withdrawal; he also has depression (sertraline 50 mg). He is medically stable for discharge today. He walks with a cane, is independent in ADLs, and leaves with 7 days of cephalexin 500 mg qid in a pill pack. Dressing change daily; supplies sent. Follow-up at {{FACILITY:Hilltop Street Clinic}} {{DATE:8/20}} 9am with {{NAME:Marisol Uy}}, PA-C.
He has agreed to a bed at your shelter and to follow house rules. Belongings: 2 bags. ID: WA ID card {{LICENSE:WDL7L4JX223B}}. Cousin {{NAME:Pham Thi Mai}} in {{LOCATION:Lakewood}} ({{PHONE:253-555-0118}}) may bring clothes.
Please call me with any concerns.
{{NAME:Hyun-woo Bae}}, MSW   {{PHONE:253-555-0190}}`,
  `PAYEE ACCOUNT CHANGE -- internal memo
to: fiscal, {{FACILITY:Keystone Representative Payee Program}}
from: {{NAME:Dolores Vankirk}}    date: {{DATE:7.8.24}}
beneficiary: {{NAME:Walter}} "{{NAME:Sonny}}" {{NAME:Pietrowski}}, DOB {{DATE:11/23/1960}}
SSA approved change of payee from his brother {{NAME:Frank Pietrowski}}, effective {{DATE:8/1/24}}, after 3 months of unpaid rent (misuse report {{ID:MR-24-0093}}).
old acct (brother's joint): {{ACCOUNT:3320145587}} -- closed per bank {{DATE:7/3}}
new collective acct: Allegheny Valley Savings, routing 043318092, sub-acct {{ACCOUNT:KRP-C-004417}}
landlord Mrs. {{NAME:Agnes Bittner}}, {{ADDRESS:18 Carnegie Pl}}, {{LOCATION:Pittsburgh}} {{ZIP:15208}}: owed $1,950; agreed to $150/mo extra starting {{DATE:Sept 1}}; rent due the 1st.
his psychiatrist Dr. {{NAME:Hoang}} at {{FACILITY:East Liberty Behavioral}} wrote the capability letter ({{DATE:6/20/24}}).
"{{NAME:Sonny}}" says he's relieved, wants $30/wk for coffee and the racetrack bus. Compromise: $25/wk, picked up Tuesdays.
cc: CM {{NAME:Rashida Gaines}}`,
  `CRITICAL INCIDENT REVIEW -- client death (confidential, peer review)
Program: {{FACILITY:Merrimack Community Support Team}}    review # {{ID:CIR-2024-003}}
Client: {{NAME:Philippa Marchand}}, 52, client # {{MRN:MCST-8812}}
Date of death: {{DATE:02/11/2024}} (est.); found {{DATE:2/12/24 0840}} by sister {{NAME:Colette}} at {{ADDRESS:77 Fairmount St, Apt 2}}, {{LOCATION:Lowell}} MA {{ZIP:01852}}.
Cause (ME): pending; suspected accidental fentanyl overdose.
Timeline:
- {{DATE:1/20}} mother, Mrs. {{NAME:Yvonne Marchand}} ({{AGE:97}}), died at {{FACILITY:Pawtucket Blvd Nursing}}.
- {{DATE:1/29}} last face-to-face (CM {{NAME:Deirdre Kallas}}); client said she'd been "using a little."
- {{DATE:2/5}} no-show with Dr. {{NAME:Goldfarb}}; outreach call to {{PHONE:978-555-0165}} unanswered.
- {{DATE:2/7}} home visit, no answer; card left.
- {{DATE:2/12}} 0915 team notified by {{NAME:Colette}}.
Findings: no naloxone in the home (kit offered {{DATE:11/2023}}, declined); no escalation after 2 missed contacts (policy: 3).
Recommendations: naloxone to all clients with OUD hx; bereavement flag in EHR; family outreach after 2 misses.
Committee: {{NAME:R. Abernathy-Lowe}} (chair), {{NAME:Siobhan Keogh}}, RN, {{NAME:Dev Malhotra}} (peer). Reviewed {{DATE:3/1/24}}.`,
  `CLIENT FACE SHEET -- {{FACILITY:GREATER LAKES BEHAVIORAL HEALTH}} -- PRINTED {{DATE:04/22/2024 08:15}}
NAME: {{NAME:STANISLAW, JOZEF P}}     PREF: {{NAME:JOE}}     CLIENT #: {{MRN:0000418807}}
DOB: {{DATE:19610315}}   AGE: 63   SEX: M   LANG: POLISH/ENGLISH
SSN: {{SSN:352-18-9046}}
ADDR: {{ADDRESS:4419 N MILWAUKEE AVE APT 3}}  {{LOCATION:CHICAGO}} IL {{ZIP:60630}}
PHONE: {{PHONE:773-555-0130}} (HOME)     EMAIL: NONE
PRIMARY INS: MEDICARE {{HEALTH_PLAN:2KX7-FJ4-PL90}}     SECONDARY: IL MEDICAID {{HEALTH_PLAN:580447193}}
PAYEE: {{FACILITY:ST. HYACINTH FIDUCIARY}}   ACCT {{ACCOUNT:SH-22071}}
EMERG CONTACT: {{NAME:KRYSTYNA NOWAK}} (NIECE) {{PHONE:847-555-0188}}
PRIMARY CLIN: {{NAME:AYODELE FASHOLA}}, LCPC     PRESCRIBER: {{NAME:M. ZIELINSKI}}, APRN
PROGRAMS: CST; CLUBHOUSE ({{FACILITY:JEFFERSON PARK HOUSE}})
DX: F31.81 BIPOLAR II; F10.20 ALCOHOL USE D/O, SEVERE
PHOTO ON FILE: {{PHOTO:GLBH_0000418807.JPG}}     KIOSK FINGERPRINT ID: {{BIOMETRIC:FP-418807-02}}
PATIENT PORTAL: LAST LOGIN {{DATE:04/19/2024}} FROM {{IP:98.212.40.17}}
ALERT: ** NO INFO TO BROTHER {{NAME:TADEUSZ STANISLAW}} ** ORDER OF PROTECTION, CASE {{ID:24OP000417}}`,
];

export const HELDOUT_REALISTIC_80_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout80-${i + 1}`, n));
