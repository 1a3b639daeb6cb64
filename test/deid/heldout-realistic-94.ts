// A ninety-fourth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x/198.51.100.x/203.0.113.x; towns and cities are real
// places used only as LOCATION). It leans towards public health, addiction medicine and
// correctional health: communicable-disease case reports (TB, syphilis, HIV, hepatitis, measles),
// contact-tracing interviews naming contacts, workplaces, schools, churches and addresses, outbreak
// line lists, health-department faxes, directly-observed-therapy logs, opioid treatment program and
// buprenorphine clinic notes with PDMP checks (DEA numbers), methadone dosing logs, syringe-services
// encounters, jail and prison intake screenings with booking numbers, sick-call requests, parole
// officers, court dates, and shelter and street-outreach notes.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-20 final engine
// (8dad65e) 0.9681 / 0.9589; pass-21 engine (c661a04, whose rules were made from sets 2-92 without
// reading this one) 0.9696 / 0.9602.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header: titles, honorifics and kin terms
// (Dr., RN, PO, Officer, Sgt, Cpl, Capt., Dep., Deputy, Agent, Judge, Atty., Pastor, Rev., Lola,
// Baby Girl, Baby Boy) stay outside NAME spans; full names, first names alone, last names alone,
// nicknames and street names ("Smokey", "T-Man"), lower-case names and initials of patients,
// contacts, staff, typists and signers are NAME, one span per occurrence, and a nickname in quotes
// or brackets is its own span with the quotes outside; a time attached to a full date is inside
// its span (3/14/24 1030, 8/20/24 1:30 PM), a time next to a month/day without a year is outside
// ([1/13] 0100); a weekday written with a date is part of it; a month/day without a year and a
// month with a year are DATEs; a date range written as one token (7/14-7/27, 6/2025-9/2025) is one
// DATE span, one written with spaces around the dash is two; years alone, seasons or quarters with
// a year (Q3 2024), clock times alone, shift and clinic-hour ranges, ages of 89 and under, states
// and countries are not PHI, while cities abroad are LOCATION; ages over 89 are AGE; schools,
// employers, churches, mosques, temples, shelters, warming centres, motels, bars, stores,
// pharmacies, clinics, labs, hospitals, jails, prisons, courts, pretrial-services offices, named
// police departments and named local health departments are FACILITY; state and federal agencies
// (CDC, PHAC, state DOH, DEA, the state PDMP, a state parole board, Medicaid as a payer), payers and
// drug makers are not PHI; street addresses with their unit, rural routes, PO boxes, General
// Delivery, intersections, highway exits, and named streets, parks, overpasses, underpasses,
// bridges and camps where a person stays or was found are ADDRESS (a motel's name is FACILITY,
// its street address ADDRESS); counties (Wasco Co), chapters and neighbourhoods as places are
// LOCATION; Medicaid, CHIP and insurer member numbers are HEALTH_PLAN; billing, inmate trust, SNAP
// EBT card, benefit-claim and workers' compensation claim numbers are ACCOUNT; DEA, NPI, state ID
// card and driver's licence numbers are LICENSE; plates (the state abbreviation outside the span)
// and VINs are VEHICLE; ankle-monitor, dispensing-pump, glucometer, naloxone vending machine,
// phone (IMEI) and telehealth-app device serials are DEVICE; booking, sheriff's office, inmate/DOC,
// A-number, FBI number, badge, court case, docket, cause, warrant, grievance, health-department
// case, field record, ELR message, lab accession and requisition, PDMP query, prior-auth, Rx,
// order, shipment tracking, telehealth session, HMIS, employee and medical-examiner numbers,
// syringe-services participant codes and app or social-media screen names are ID; OTP client and
// dosing-roster numbers are MRN; palm-vein, fingerprint (Livescan TCN) and iris template numbers
// are BIOMETRIC; a booking photo's or ID photo's file name is PHOTO; profile, portal and
// order-record links are URL; short in-house extensions are PHONE (inside the span of the number
// they extend when written together).
// Decisions for cases the guideline does not cover: jail pods, units, tiers, cells, bunks, shelter
// beds and lockers are not PHI, like rooms and beds; a pet's name is not PHI; airline flight
// numbers and bus route numbers are not PHI; lot, NDC, CLIA, ICD-10 codes, statute and regulation
// numbers, UDS cup numbers, methadone take-home bottle numbers, dosing-window numbers, outreach van
// numbers and a medicine's or kit's expiry date are not PHI; CD4 counts, viral loads, RPR titres,
// fractions (5/7 DOT, 4/4 attended, 7/10 cravings) and COWS/CIWA scores are not PHI.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `TUBERCULOSIS CASE REPORT - CONFIDENTIAL
Reporting facility: {{FACILITY:St. Brendan Regional Medical Center}}   Fax to CD unit: {{FAX:(541) 555-0172}}
Pt: {{NAME:DELA CRUZ, MARIBEL T}}   DOB {{DATE:04/19/1971}}   Sex F   MRN {{MRN:SB-00731946}}
Addr: {{ADDRESS:2286 Laurel Hill Rd, Apt 12}}, {{LOCATION:Springfield}} OR {{ZIP:97477}}
Ph {{PHONE:541-555-0139}} (cell; daughter {{NAME:Joanna}} usually answers, translates Tagalog)
Country of birth: Philippines. Arrived US 2004, prior residence {{LOCATION:Quezon City}}.
Occupation: CNA at {{FACILITY:Willamette Gardens Care Center}}, night shift, halls B and C.
Dx {{DATE:3/11/24}}. Sx: cough x 8 wks, night sweats, ~6 kg wt loss. CXR RUL cavitary lesion.
AFB smear 3+ (collected {{DATE:03/09/2024}}), GeneXpert MTB detected, rpoB mutation NOT detected.
Culture pending, accession {{ID:MB24-018823}}. HIV neg {{DATE:3/10}}. A1c 8.9.
RIPE started {{DATE:3/12/24}}: INH 300 / RIF 600 / PZA 1500 / EMB 1200 + B6 50 mg.
Airborne isolation until 3 neg smears. Pt agreeable to DOT via county.
Attending Dr. {{NAME:Okonkwo}}; ID consult Dr. {{NAME:Priya Venkataraman}}
Reported by {{NAME:L. Haskins}} RN, Infection Prevention, {{PHONE:541-555-0188 x4402}}
Date reported: {{DATE:March 12, 2024}}`,
  `TB CONTACT INVESTIGATION - initial interview (index: {{NAME:Maribel Dela Cruz}}, case {{ID:LC-2024-0317}})
Interview {{DATE:3/14/24 1030}} at pt home, w/ daughter interpreting. Infectious period est. back to {{DATE:12/15/23}} (3 mo before sx onset).

HOUSEHOLD
 - {{NAME:Rodel Dela Cruz}} (husband) 56M, works at {{FACILITY:Coast Fork Lumber}} mill, graveyard
 - {{NAME:Joanna Dela Cruz}} 24F, student {{FACILITY:Cascade Ridge Community College}}
 - {{NAME:Ella}} 3F (granddaughter) - <5 yo, HIGH PRIORITY, window prophylaxis
 - Lola {{NAME:Consolacion Reyes}}, {{AGE:92}} y/o, bedbound, lives w/ them since 2022

WORK: {{FACILITY:Willamette Gardens}}, ~40 residents on halls B/C; DON {{NAME:Sheryl Mattingly}} {{PHONE:541-555-0127}}
CHURCH: {{FACILITY:Santo Nino Chapel}}, choir Thurs evenings + Sunday 0900 mass, choir dir "{{NAME:Boyet}}" (real name unknown)
OTHER: carpools w/ coworker {{NAME:Nenita Sarmiento}}, 40 min each way, car windows up.

Plan: TST/IGRA household this wk; IGRA for {{AGE:92}}yo in home; window INH for {{NAME:Ella}} per peds. Facility screening coordinated w/ {{NAME:Mattingly}}.
-- {{NAME:K. Abernathy}}, PHN, {{FACILITY:Tri-River Public Health District}}`,
  `DOT LOG  pt {{NAME:DELA CRUZ, M}}  case# {{ID:LC-2024-0317}}  regimen RIPE daily (5/7 DOT)
date      time  site     obs  doses   AE/notes
{{DATE:3/18}}  0745  home     {{NAME:KA}}   all 4   mild nausea, took w/ crackers
{{DATE:3/19}}  0750  home     {{NAME:KA}}   all 4   -
{{DATE:3/20}}  0800  home     {{NAME:DS}}   all 4   orange urine explained again
{{DATE:3/21}}  --    --       --   MISSED  pt at {{FACILITY:Springfield Urgent Care}} for L ankle sprain
{{DATE:3/22}}  0815  vDOT     {{NAME:DS}}   all 4   video via app, device id {{DEVICE:A7F3-22KQ-91X0}}
{{DATE:3/25}}  0740  home     {{NAME:KA}}   all 4   LFTs drawn: AST 41 ALT 38 Tbili 0.9
{{DATE:3/26}}  0745  home     {{NAME:KA}}   all 4   visual acuity 20/25 OU, Ishihara ok
smear conversion: {{DATE:3/27/24}} sputum AFB neg x1 ({{ID:MB24-020117}})
next sputum {{DATE:4/1}}, {{DATE:4/3}}. wt 54.2 kg (up 0.6).
Note: husband {{NAME:Rodel}} IGRA POS {{DATE:3/20}}, CXR clear - LTBI, will offer 3HP.
obs initials: KA = {{NAME:Kate Abernathy}} RN, DS = {{NAME:Daniel Soto}} CHW`,
  `PARTNER SERVICES INTERVIEW - SYPHILIS
DIS: {{NAME:Marcus Whitfield}}   Field record # {{ID:FR-24-00981}}
Client: {{NAME:Ortega-Lima, Adrian}}  DOB {{DATE:9/2/1996}}  cell {{PHONE:(915) 555-0164}}
email {{EMAIL:adrianol96@mailbox.example}}  Addr {{ADDRESS:4410 Dyer St Apt 7}}, {{LOCATION:El Paso}} {{ZIP:79930}}
Dx: secondary syphilis, RPR 1:128, TP-PA reactive ({{DATE:05/06/2024}}). Palmar rash, condylomata lata. HIV neg today, started on PrEP referral.
Tx: Bicillin L-A 2.4 MU IM x1 given {{DATE:5/7/24 1420}}, lot 3FK221, observed 30 min, Jarisch-Herxheimer counseling done.
Interview period: 6 mo + 10 days.
Partners named:
 1. "{{NAME:Javi}}" - app screen name {{ID:javi_elp_915}}, met ~{{DATE:4/12}}, oral/anal recpt, no phone
 2. {{NAME:Luis Enrique Barraza}}, ~30s, works at {{FACILITY:Sunland Crossing Mall}} food court, ph {{PHONE:915-555-0191}}
 3. unknown male, {{FACILITY:Club Azul}} bathroom, {{DATE:March 2024}}, no locating info
 4. ex {{NAME:Tyler Brandt}} in {{LOCATION:Las Cruces}}, last contact {{DATE:Jan 2024}}, IG {{URL:instagram.com/tbrandt.nm}}
Client declined to notify partners himself; DIS to do anonymous notification.
Next: re-RPR 6 mo, ~{{DATE:11/2024}}.`,
  `HIV NEW DX - LINKAGE TO CARE NOTE
{{DATE:Tues 8/13/2024}}  Linkage coordinator {{NAME:Shanice Porter}}
Pt {{NAME:Kwame Asante-Boateng}}, 29 y/o M, born in Ghana (family in {{LOCATION:Kumasi}}), in US since 2019 on student visa, grad student at {{FACILITY:Keystone Polytechnic University}}.
Prelim reactive at outreach event {{DATE:8/9}}, confirmed HIV-1 by Geenius {{DATE:8/12/24}}. Acc# {{ID:PHL-24-551290}}.
Baseline: CD4 388 (22%), VL 74,200 copies/mL, genotype sent. HBsAg neg, HCV Ab neg, RPR NR.
Same-day ART: Biktarvy 1 tab daily, 30-day supply from {{FACILITY:Northgate Pharmacy #127}} on {{ADDRESS:Broad & Cecil B Moore}}.
Insurance: student plan, member ID {{HEALTH_PLAN:UHC-STU-88340172}}.
Pt prefers contact by text {{PHONE:267-555-0148}}, NOT home line (roommate {{NAME:Femi}} unaware). OK to leave VM: "{{NAME:Shanice}} from the clinic" only.
First ID appt {{DATE:8/20/24 1:30 PM}} w/ Dr. {{NAME:Hollis Grant}}, {{FACILITY:Fairmount Immunology Clinic}}.
Partner services referral to DIS {{NAME:R. Kaminski}}; pt named 1 partner, "{{NAME:Ama}}", partner's phone not known.
Ryan White eligibility packet given. Pt tearful but engaged. -{{NAME:SP}}`,
  `HEP A OUTBREAK LINE LIST (PEH cluster) - updated {{DATE:10/28/23}} by {{NAME:jvu}}
#  name                    DOB        onset    hosp  shelter/camp                      IgM  vax?
1  {{NAME:HOLLOWAY, DWIGHT}}        {{DATE:02/11/1968}} {{DATE:10/02}}   Y     {{FACILITY:Bethel Rescue Mission}}             +    N
2  {{NAME:ramirez, jose luis}}      {{DATE:07/30/1981}} {{DATE:10/06}}   N     camp under {{ADDRESS:Hwy 99 overpass at 4th St}}   +    N
3  "{{NAME:Red}}" ({{NAME:Tammy Ostrowski}}) 1975      {{DATE:10/09}}   Y     {{FACILITY:Bethel Rescue Mission}}             +    unk
4  {{NAME:Little Bear, Clarence}}   {{DATE:12/24/1959}} {{DATE:10/11}}   Y-ICU {{FACILITY:Cornerstone Men's Shelter}}               +    N
5  {{NAME:NGUYEN, THANH}}           {{DATE:03/03/1990}} {{DATE:10/19}}   N     car, lot behind {{FACILITY:Valu-Mart}}       +    N
Notes: #4 fulminant, INR 3.1, transferred {{FACILITY:Valley Regional Medical Center}} {{DATE:10/14}}. #3 DOB yr only per pt.
Common exposure: free meal at {{FACILITY:Grace Fellowship}} Tues/Thurs, volunteer food handler {{NAME:Gary P.}} (ill {{DATE:9/26}}, refused testing).
Vaccine POD {{DATE:10/30}} 0900-1400 at {{FACILITY:Bethel Rescue Mission}}, Havrix lot AHAVB519.`,
  `MEASLES - EXPOSURE SITE NOTIFICATION (draft for PIO; do not release names)
Case: {{NAME:Yusuf Abdirahman}}, 4 y/o, unvaccinated. Rash onset {{DATE:2/3/2025}}. IgM +, PCR + ({{ID:SPHL-25-00417}}). Genotype D8.
Infectious {{DATE:1/30}} - {{DATE:2/7}}.
Exposure sites:
 * {{FACILITY:Riverbend Community Clinic}} waiting rm, {{DATE:Fri 1/31}} 1015-1300
 * {{FACILITY:Masjid An-Noor}}, Fri prayer {{DATE:1/31}} 1230-1430 (women's section - case w/ mother)
 * {{FACILITY:Riverside Family Center}} daycare room 2, {{DATE:2/3}} and {{DATE:2/4}} all day
 * Bus route 22 (not tracing)
Household: mother {{NAME:Hodan Farah}} (MMR x1 as child in {{LOCATION:Mogadishu}}, titer pending), sibs {{NAME:Amina}} 7 (0 MMR), {{NAME:Abdi}} 11mo (too young, IG given {{DATE:2/5}}).
Daycare director {{NAME:Ilhan W.}} {{PHONE:612-555-0119}} provided roster - 14 kids, 3 staff; 5 kids no MMR - exclusion thru {{DATE:2/25}}.
Koplik spots noted by Dr. {{NAME:Barbara Lindqvist}} on exam. No Vit A deficiency hx; given vit A 200,000 IU x2.
Contact: {{NAME:Tom Hegland}}, epi, {{EMAIL:thegland@hennepin-ph.example.org}}`,
  `*** FAX ***  {{FACILITY:Saguaro County Dept of Public Health}} - Office of Disease Control
TO: Dr. {{NAME:Frances Whitehorse}}, {{FACILITY:Desert Sage Family Medicine}}   FAX {{FAX:602-555-0113}}
FROM: {{NAME:Angela Ruiz}}, RN, CD Investigations   PH {{PHONE:602-555-0150}}   FAX {{FAX:602-555-0198}}
DATE: {{DATE:06/18/2024}}   PAGES: 3 (incl cover)
RE: {{NAME:BEGAY, LORETTA}}   DOB {{DATE:11/05/1984}}   your MRN {{MRN:DSFM-44102}}
We received a reactive RPR (1:16) + reactive TP-PA from {{FACILITY:Desert Reference Laboratories}} ({{ID:SQ-6629104}}), collected {{DATE:6/12/24}}. Pt is currently 22 wks pregnant per lab requisition. No treatment reported to us.
Please fax treatment record (drug, dose, dates) to {{FAX:602-555-0198}} within 24h. Pregnant pts require Bicillin L-A 2.4 MU weekly x3 if late latent/unknown duration; doses must be 7 days apart (9 day max interval in pregnancy).
Our case #{{ID:MC24-SY-01886}}. Partner {{NAME:Derrick Yazzie}} also to be offered testing.
CONFIDENTIALITY: This fax contains PHI protected under A.R.S. 36-664. If received in error call {{PHONE:602-555-0150}}.`,
  `BUPRENORPHINE CLINIC - NEW PT INTAKE
{{FACILITY:Bridgeway Recovery Clinic}}   Date {{DATE:01/09/2025}}   Provider: {{NAME:Oluwaseun Adeyemi}}, NP   DEA {{LICENSE:MA4417392}}  X-waiver n/a (eliminated 2023)
Pt: {{NAME:Brittany Kowalczyk}}   DOB {{DATE:08/27/1993}}   MRN {{MRN:BRC-20931}}
Medicaid ID {{HEALTH_PLAN:MH-118402755}}   Ph {{PHONE:(330) 555-0126}}
CC: "I'm done, I want off fentanyl." Using ~1 g/day IV + smoking, last use 0200 today. Prior: methadone at {{FACILITY:Lakeshore Treatment Center}} 2021, left after 4 mo (transport). 2 ODs, last {{DATE:11/2024}}, Narcan by boyfriend {{NAME:Cody}}.
COWS at 1115 = 14 (sweating 2, restless 3, pupils 2, bone aches 2, GI 2, yawning 1, anxiety 2).
PDMP checked {{DATE:1/9/25 1108}}, query {{ID:OARRS-77120458}}: gabapentin 600 TID from Dr. {{NAME:Raymond Szabo}} (DEA {{LICENSE:BS2290815}}), last fill {{DATE:12/30/24}} {{FACILITY:Ridgeview Pharmacy}}; no other controlled rx x 12 mo.
UDS: fentanyl +, norfentanyl +, xylazine +, THC +, bup neg. HCG neg.
Plan: microdose not needed; induct in clinic 4 mg now, repeat 4 mg in 1 hr if COWS >8. Day 1 max 16 mg. Rx Suboxone 8/2 film BID x 7d to {{FACILITY:Ridgeview Pharmacy}}. Narcan 4 mg x2 given.
F/u {{DATE:1/16/25 0900}}. -{{NAME:OA}}`,
  `METHADONE DOSING LOG  {{FACILITY:Northside Opioid Treatment Program}}  window 3
Pt: {{NAME:JEFFERSON, LAMONT R}}  ID {{MRN:NOTP-004517}}  palm scan {{BIOMETRIC:PV-88213-0457}}
Dose order: 95 mg daily (Dr. {{NAME:Greenbaum}}, {{DATE:5/2/24}})  Take-homes: Sat only (phase II)
DATE        TIME   DOSE   BTL#     NURSE   COMMENT
{{DATE:05/06/24}}    0612   95mg   -        {{NAME:mt}}      obs, no sedation
{{DATE:05/07/24}}    0620   95mg   -        {{NAME:mt}}
{{DATE:05/08/24}}    ----   held   -        {{NAME:rf}}      appeared sedated, slurred; BAC 0.00, UDS sent; pt reports took "a couple Neurontin"
{{DATE:05/09/24}}    0645   95mg   -        {{NAME:rf}}      alert, RN {{NAME:Rosa Feliciano}} d/w Dr. {{NAME:Greenbaum}}
{{DATE:05/10/24}}    0608   95mg   -        {{NAME:mt}}
{{DATE:05/11/24}}    0615   95mg   T-4412   {{NAME:mt}}      take-home Sun, lockbox checked
{{DATE:05/13/24}}    0630   95mg   -        {{NAME:mt}}      returned empty T-4412
QTc {{DATE:4/29/24}}: 448 ms. Next ECG due {{DATE:10/2024}}.
Counselor {{NAME:Denise Whitlock}} notified re {{DATE:5/8}} hold. mt = {{NAME:Marisol Trujillo}} LPN.`,
  `OTP COUNSELING NOTE - individual, 45 min
Client: {{NAME:Sokolova, Irina}}   Client# {{MRN:HVT-31877}}   Date: {{DATE:July 22, 2024}}
Counselor: {{NAME:Derek Amankwah}}, LCDC   Program: {{FACILITY:Heritage Valley Treatment Services}}
Current dose methadone 110 mg (stable since {{DATE:4/2024}}). Phase 3: 4 take-homes/wk.
UDS {{DATE:7/15}}: + methadone/EDDP only. UDS {{DATE:7/19}} (random callback): + methadone, + benzo (pt has Rx clonazepam 0.5 mg from Dr. {{NAME:Alan Ferreira}}, verified on PDMP {{DATE:7/20}}).
Client reports stress: husband {{NAME:Pavel}} lost job at {{FACILITY:Midland Steel Fabrication}}; eviction notice for {{ADDRESS:118 Orchard Ave, Unit 3}}. Daughter {{NAME:Katya}} (16) attending {{FACILITY:Roosevelt High}}, doing well.
Court: custody review hearing {{DATE:8/5/24 9:00 AM}}, {{FACILITY:Lake County Family Court}}, caseworker {{NAME:Tanya Dillard}} (DCFS). Client signed ROI to DCFS today for attendance/UDS only.
Goals: maintain phase 3; apply for rental assistance thru {{FACILITY:Hope Springs Family Services}} (appt {{DATE:7/25}} 1 pm).
SOAPP/ASAM dims reviewed; dim 6 (recovery environment) risk 2. No SI/HI.
Next session {{DATE:8/1/24}}. -{{NAME:D. Amankwah}}`,
  `SSP ENCOUNTER  {{FACILITY:Harm Reduction Alliance}} mobile, stop: lot at {{ADDRESS:Kensington & Allegheny}}
{{DATE:11/3/23}}  staff {{NAME:Jo}} / {{NAME:Benny R.}}
participant code: {{ID:MAWI0712B}} (per code rules)   pref name "{{NAME:Smokey}}"
supplies: 30x 1cc 28g, 10 cookers, 20 cottons, 5 tourniquets, 40 alc pads, 2 sharps 1qt, 10 FTS, 5 xylazine strips, Narcan 4mg x2 (lot 2318A, exp 06/2026)
returned ~60 used in 1 gal container.
wound check: R forearm ulcer ~4x3 cm, eschar, no purulence, no fever. Looks like xylo wound. Cleaned, xeroform + kerlix. Advised not to inject at site. Referred to wound clinic Thurs at {{FACILITY:St. Christopher's Outreach Clinic}}.
OD in last 30d: yes x1, {{DATE:10/28}}, reversed by friend "{{NAME:Tink}}" w/ our Narcan, 2 doses. refused ED.
HCV test today: rapid Ab reactive. Offered RNA draw - declined today, will think. HIV rapid NR.
Wants bup: warm handoff to Dr. {{NAME:Leila Haddad}} at clinic, bridge script sent. Participant has no phone; leaves msgs w/ sister {{NAME:Wanda Ingram}} {{PHONE:215-555-0171}}.
Sleeping at {{ADDRESS:Emerald St & E Somerset St}} under the El mostly.
next van visit same stop {{DATE:11/10}}.`,
  `{{FACILITY:RIVER BEND COUNTY DETENTION CENTER}} - MEDICAL INTAKE SCREENING
Booking # {{ID:2024-018847}}   SO# {{ID:311942}}   Arrest date/time: {{DATE:09/14/2024 2316}}
Name: {{NAME:TRAN, DUC MINH}}   AKA: "{{NAME:Danny}}"   DOB {{DATE:01/07/1987}}   Age 37
Arresting agency: {{FACILITY:Cedar Falls PD}}, Ofc. {{NAME:Brandon Pulaski}} #{{ID:622}}
Screened {{DATE:09/15/2024 0104}} by {{NAME:N. Okafor}}, LPN   Booking photo: {{PHOTO:BK2024018847_F.jpg}}
Vitals: BP 152/96, HR 108, T 98.9, RR 18, SpO2 97% RA. BG 142.
Q1 Current meds? Suboxone 8/2 BID from {{FACILITY:Clearview Addiction Medicine}} - VERIFY. Lisinopril 10.
Q2 Drug/ETOH use? fentanyl "on and off", last use ~1800 yesterday. ETOH 6 beers/day. Last drink 2000.
COWS 6 / CIWA 9 at intake.
Q3 TB sx? denies cough >3 wk, fever, NS, wt loss. Last PPD "in prison, 2019" - neg.
Q4 Suicide hx? attempt 2016 (OD). Denies current SI. No MH hold.
Q5 Pregnant? N/A. Q6 Injuries? abrasion L knee from arrest.
Housing: Pod D, bunk 14 low. Detox protocol (COWS+CIWA q6h). MAT verification call placed to clinic {{PHONE:319-555-0133}} - left msg for Dr. {{NAME:Ochoa}}.
Emergency contact: mother {{NAME:Tran Thi Lan}} {{PHONE:319-555-0180}}.`,
  `INMATE SICK CALL REQUEST (handwritten, transcribed)
Name: {{NAME:Deshawn Mabry}}   ID#: {{ID:A-774193}}   Unit/Cell: 3B-217   Date: {{DATE:2-8-25}}
"my tooth been hurting for like 2 weeks and now my jaw swoll up. cant eat. also i need my HIV meds i aint got them since monday. Nurse {{NAME:Kim}} said she put it in. please help"
Signed: {{NAME:D. Mabry}}
---------------- MEDICAL USE ----------------
Triaged {{DATE:2/8/25 1530}} by {{NAME:Colleen Moriarty}}, RN. Seen same day (urgent).
S: L lower jaw pain/swelling x 3 d, worse today. Missed Biktarvy since {{DATE:2/3}} - pharmacy reorder not received from {{FACILITY:Correctional Pharmacy Partners}}.
O: T 100.6, L submandibular swelling, tender, trismus ~2 FB, floor of mouth soft. Tooth #18 grossly carious.
A: dental abscess, r/o early Ludwig's - mild. ART interruption 5 days.
P: Augmentin 875 BID x 10d, ibuprofen 600, dental referral urgent (Dr. {{NAME:Haverford}} on {{DATE:Tue 2/11}}), stock Biktarvy from emergency supply, 1st dose 1545 witnessed. Called Sgt {{NAME:Ellison}}, asked to move pt to medical obs if floor of mouth changes. Last CD4 412 / VL <20 ({{DATE:11/2024}}).
Notified HSA {{NAME:R. Bhattacharya}} re pharmacy delay.`,
  `CHRONIC CARE CLINIC - HEPATITIS C     {{FACILITY:Harlan Ridge Correctional Facility}}
Inmate: {{NAME:WHITEFEATHER, JOSEPH D.}}   DOC# {{ID:1184206}}   DOB {{DATE:3/30/1979}}   Housing: C-unit
Visit {{DATE:04/02/2024}}, provider {{NAME:Mirela Petrescu}}, PA-C
HCV Ab + {{DATE:1/2024}} intake; RNA 2,140,000 IU/mL, GT 1a. FIB-4 1.8. Elastography {{DATE:3/11/24}} 7.9 kPa (F2). HBsAg neg, anti-HBs neg -> HBV vax series started. HIV neg.
Risk: IDU since age 19, tattoo in county jail. Release date {{DATE:10/19/2026}} - adequate time for 8-12 wk tx.
Plan: Mavyret 3 tabs daily x 8 wks per DOC HCV protocol, approval req {{ID:HCV-PA-24-0377}} submitted to regional medical director Dr. {{NAME:Conrad Ebersole}}.
DOT at pill line. Baseline labs {{DATE:4/3}}. SVR12 draw planned.
Pt asks if sister {{NAME:Lorraine Whitefeather}} in {{LOCATION:Pine Ridge}} can be told - pt signed ROI for her, {{PHONE:605-555-0146}}.
Pt education: reinfection risk, no sharing razors/tattoo needles. Understands.
Next CCC {{DATE:5/1/24}}. Dictated {{NAME:MP}}/typed {{NAME:jc}}`,
  `From: {{EMAIL:t.holloway@corrections.example.gov}}
To: {{EMAIL:intake@clearviewrecovery.example.com}}
Date: {{DATE:Mon, 3 Jun 2024 14:07}}
Subject: RE: {{NAME:Kyle Brennan}} - ROI / reporting

Ms. {{NAME:Osei}},
Thank you for getting back to me. I am {{NAME:Kyle Brennan}}'s parole agent ({{NAME:Travis Holloway}}, Region 4). His parole case # is {{ID:PV-19-66031}}. He reported to me on {{DATE:5/30}} that he's been enrolled w/ you since {{DATE:May 21}} and on Sublocade.
Per his conditions he needs monthly verification of (1) attendance and (2) UDS results. I have the signed 42 CFR Part 2 consent, attached. Please send to this email or fax {{FAX:(517) 555-0129}}.
His next office visit w/ me is {{DATE:6/27/24}}. Also FYI he has a review hearing at {{FACILITY:Thornapple County Circuit Court}} on {{DATE:July 9}}, case {{ID:23-004418-FH}}.
{{NAME:Travis Holloway}}, Parole Agent
Cell {{PHONE:517-555-0194}}

> On {{DATE:5/31/2024}}, {{NAME:Abena Osei}} wrote:
> Agent {{NAME:Holloway}}, we can only release info w/ a Part 2-compliant consent naming you...`,
  `STREET OUTREACH - field note   {{DATE:1/17/25}}  approx 2130   team: {{NAME:Marisa}} (RN), {{NAME:Deon}} (peer), {{NAME:K. Yamamoto}} (MSW)
Code Blue night (low 14F). Checked encampment along {{ADDRESS:Brookside Creek trail behind 900 blk W Main}}.
1) "{{NAME:Pops}}" - older man, approx 70s, gives name as {{NAME:Earl Tidwell}}, DOB "{{DATE:6-6-51}}". Tent collapsed. Cold, shivering, oriented x3. Feet: no frostbite, wet socks changed. Declined shelter (dog Bruno not allowed). Gave sleeping bag, hand warmers, 2 pr socks. Will call {{FACILITY:Eastside Emergency Warming Center}} re pets.
2) {{NAME:Chantel Rivers}}, 34F, 26 wks pregnant per pt. No PNC. Using meth + fentanyl smoking. Agreed to ride to {{FACILITY:Mercy Women's Clinic}} walk-in tomorrow - {{NAME:Deon}} to pick up 0830 at {{FACILITY:Dollar Barn}}, {{ADDRESS:1410 S Kirkwood}}.
3) couple in a blue Ford Econoline van, plate KY {{VEHICLE:8HT 331}}, both asleep, woke them, carbon monoxide risk reviewed (generator). Gave Narcan x2.
Police welfare check requested for (1) at 2300 if temp drops further - Ofc. {{NAME:Hargrove}}.
Entered in HMIS: {{NAME:Tidwell}} HMIS ID {{ID:HM-0042219}}.`,
  `shelter nursing note - {{FACILITY:Open Door Family Shelter}}, clinic rm   {{DATE:2/26/24}}
seen: {{NAME:Gutierrez, Rosa Elena}} (bed 41, family wing) w/ son {{NAME:Mateo}} 6y and dau {{NAME:Lupita}} 2y
c/o {{NAME:Mateo}} cough x 10d, "whooping" per mom, post-tussive emesis. afebrile. o2 98%. no cyanosis.
immunizations per mom "all done in {{LOCATION:Tegucigalpa}}" - no card. will request from state IIS.
concern pertussis -> NP swab PCR collected 1040, sent to {{FACILITY:Tri-County Public Health Lab}} req# {{ID:TCPHL-2418833}}. called CD nurse {{NAME:Alicia Brandvold}} {{PHONE:(701) 555-0158}} to report suspect case.
azithro 10 mg/kg day 1 then 5 mg/kg d2-5 for {{NAME:Mateo}}; ppx azithro for {{NAME:Lupita}} and mom (not pregnant, LMP {{DATE:2/10}}).
school: {{NAME:Mateo}} attends {{FACILITY:Prairie View Elementary}}, 1st grade, teacher Mrs. {{NAME:Haugen}} - PH will contact school.
other close contacts: family in bed 42-43 ({{NAME:Abdullahi}} family, infant 5 wk!!) - urgent ppx, called their case mgr {{NAME:Jen Sorensen}} {{PHONE:701-555-0112}}.
mom's phone {{PHONE:701-555-0175}}, Medicaid {{HEALTH_PLAN:ND-MA-600418279}} (kids only).
exclude from school/daycare until 5 d of abx complete ({{DATE:3/2}}). shelter mgr {{NAME:Ron}} informed, family moved to isolation room 3.
-{{NAME:hb}} RN`,
  `PERINATAL SYPHILIS CASE MGMT - PHN note
Client {{NAME:Jasmine Tolliver}}  DOB {{DATE:5/14/2001}}  EDD {{DATE:9/30/2024}}  case {{ID:SY-24-0612}}
{{DATE:7/9/24 1400}} home visit to {{ADDRESS:3317 Dunbar Ave}} - not there. Neighbor said she stays w/ grandmother on {{ADDRESS:Gentilly Blvd}}, house w/ green awning. Left door hanger.
{{DATE:7/10/24}} called {{PHONE:504-555-0137}} - VM full. Texted.
{{DATE:7/11/24}} client called back. Agrees to tx at {{FACILITY:Crescent City Women's Health}} w/ Dr. {{NAME:Nadia Boudreaux}} {{DATE:7/12}}.
  Titers: RPR 1:64 ({{DATE:6/28}}), TP-PA +. Stage: late latent vs unknown duration (neg RPR {{DATE:10/2022}} at {{FACILITY:Planned Family Health}}).
  Bicillin #1 {{DATE:7/12/24}}, #2 {{DATE:7/19/24}}, #3 {{DATE:7/26/24}} - all given (confirmed by clinic fax from {{NAME:Renee}} {{FAX:504-555-0186}}).
Partner: {{NAME:Terrence Hollins}} aka "{{NAME:T-Man}}", ~27, works at {{FACILITY:Big Easy Car Wash}}. Treated {{DATE:7/15/24}} by DIS {{NAME:Quentin Batiste}} in field (Bicillin x1, early contact).
Plan: RPR at delivery + infant RPR/exam at birth; notify L&D at {{FACILITY:St. Anne's Infirmary}} - see below.
Delivering hospital per client is {{FACILITY:Lakeview Baptist Hospital}}, NOT {{FACILITY:St. Anne's}} - corrected. Faxed alert to L&D charge RN {{FAX:504-555-0103}} {{DATE:7/29}}.
Client consents to contact via Instagram DM if phone off: {{URL:https://www.instagram.com/jazzy.t.nola}}
-{{NAME:P. Arceneaux}} PHN`,
  `MPOX CONTACT TRACING - interview notes
Case: {{NAME:Hamid Rezaei}}, 38M  |  onset {{DATE:8/2/2024}}  |  OPX PCR + ({{ID:ACC-24-77410}})  |  case id {{ID:MPX-24-0091}}
Interviewed by phone {{DATE:8/6/24}} by {{NAME:Lindsey Marchetti}}. Pt at home, {{ADDRESS:1022 Pearl St, #4R}}, {{LOCATION:Denver}} {{ZIP:80203}}. Isolating. Lesions: genital, perianal, 2 on R hand. Pain 6/10, on tecovirimat (STOMP enrollment declined).
Travel: {{LOCATION:Toronto}} {{DATE:7/18-7/22}} (festival), flight AC 1037 home.
Contacts (21 d before onset):
  a) {{NAME:Gabe Lindqvist}} - roommate, shares towels. {{PHONE:720-555-0163}}. JYNNEOS #1 offered.
  b) "{{NAME:Nico}}", sex partner {{DATE:7/27}}, met via app handle {{ID:nico_den_303}}. No phone. App notification sent.
  c) partner in {{LOCATION:Toronto}}, name unk - referred to local health unit in {{LOCATION:Toronto}} via PHAC.
  d) coworkers at {{FACILITY:Blue Sky Data Systems}} - no close contact, WFH since {{DATE:7/29}}.
Pt works as barista on weekends at {{FACILITY:Larimer Grind Coffee}} - last shift {{DATE:7/28}}; no lesions at that time per pt. Mgr {{NAME:Tessa}} not contacted (pt request; low risk).
Vaccine hx: 1 dose JYNNEOS {{DATE:9/2022}}. HIV neg on PrEP (Descovy).
Daily symptom check via text until lesions crust. -{{NAME:LM}}`,
  `TB CLUSTER - {{FACILITY:Dawson County Jail}} - line list v3 ({{DATE:04/22/2025}})  prepared: {{NAME:E. Nakamura}}, TB Control
Index: {{NAME:PRUITT, Wade}} bk# {{ID:25-00412}}, smear+ cavitary, dx {{DATE:4/8/25}}, housed 2-North {{DATE:2/27}} to {{DATE:4/8}}.
bk#        name                     housing   IGRA      prior   CXR        action
{{ID:25-00377}}   {{NAME:ALVARADO, Hector}}         2N-06     POS {{DATE:4/14}} neg     clear      LTBI - 3HP on release?
{{ID:25-00388}}   {{NAME:BOONE, Trevor L}}          2N-06     NEG {{DATE:4/14}}  -       -          repeat 8 wk ({{DATE:6/3}})
{{ID:24-09911}}   {{NAME:OKEKE, Chukwuemeka}}       2N-08     POS {{DATE:4/15}} unk     RUL nodule sputum x3, AII cell
{{ID:25-00251}}   {{NAME:SANTIAGO-VEGA, Luis}}      2N-10     INDET     -       clear      redraw
{{ID:25-00403}}   {{NAME:HARJO, Kenneth}}           2N-02     POS {{DATE:4/16}} neg     clear      LTBI; RELEASED {{DATE:4/18}} - notify {{FACILITY:Beaver Creek Tribal Clinic}}
staff: CO {{NAME:Delgado}} (IGRA neg), CO {{NAME:Fitzpatrick}} (TST 12mm, prior BCG, IGRA pending), RN {{NAME:Haley Ambrose}} (neg)
Released contacts to be located: {{NAME:Harjo}} - last known {{ADDRESS:Rt 2 Box 118}}, {{LOCATION:Okmulgee}}; {{NAME:Boone}} - bonded out {{DATE:4/19}}, PO {{NAME:Stacy Renner}} {{PHONE:918-555-0140}}.
GIMS genotype pending; MIRU to compare w/ 2023 county cluster.`,
  `HEPATITIS B CASE REPORT (chronic)
Patient: {{NAME:Lin, Meihua}}   DOB: {{DATE:1962-08-03}}   Sex: F   Race/eth: Asian, Chinese
Address: {{ADDRESS:58-14 Main St, Apt 3C}}, {{LOCATION:Flushing}}, NY {{ZIP:11355}}   Phone: {{PHONE:(718) 555-0157}}
Birthplace: {{LOCATION:Fuzhou}}, China   Language: Fuzhounese/Mandarin
Labs: HBsAg POS ({{DATE:01/05/2024}} and {{DATE:07/11/2024}}), HBeAg neg, anti-HBe pos, HBV DNA 3,400 IU/mL, ALT 29. HDV Ab neg. AFP 3.2.
Ordering provider: {{NAME:Wei Zhang}}, MD   NPI {{LICENSE:1497203385}}   {{FACILITY:Golden Harvest Medical Practice}}
Lab: {{FACILITY:Eastbridge Clinical Lab}} accession {{ID:EB0711-33982}}
Household contacts: husband {{NAME:Chen Guoliang}} (HBsAg neg, anti-HBs neg - vaccinate), son {{NAME:Kevin Chen}} (vaccinated as infant, anti-HBs 112). Daughter-in-law {{NAME:Xiaoyu}} pregnant - OB aware, screen.
Liver US {{DATE:8/2/24}}: no mass, mild steatosis. Not on antivirals (immune inactive). US + AFP q6 mo.
Reporter: {{NAME:Grace Ho}}, office mgr, {{PHONE:718-555-0190}}  fax {{FAX:718-555-0191}}
Date of report: {{DATE:08/09/2024}}`,
  `VIDEO DOT - LTBI 3HP  (weekly INH 900 / rifapentine 900 + B6)
Client: {{NAME:Kaur, Harpreet}}  DOB {{DATE:12/1/1990}}  case {{ID:LTBI-24-1147}}  app login {{EMAIL:harpreetk90@mail.example.com}}
platform log: {{URL:https://vdot.health.example.org/session/7f31c2}}
wk  date          obs     result   notes
1   {{DATE:Sep 4 2024}}    {{NAME:RB}}      taken    IP {{IP:198.51.100.37}}, ate first
2   {{DATE:Sep 11 2024}}   {{NAME:RB}}      taken    flu-like 2h after, mild, resolved
3   {{DATE:Sep 18 2024}}   {{NAME:AT}}      taken    IP {{IP:203.0.113.144}} (at work, {{FACILITY:Sunrise Logistics}} breakroom)
4   {{DATE:Sep 25 2024}}   --      missed   recorded video failed upload; called {{PHONE:559-555-0122}}, took late {{DATE:9/26}} w/ phone obs
5   {{DATE:Oct 2 2024}}    {{NAME:RB}}      taken
6   {{DATE:Oct 9 2024}}    {{NAME:AT}}      taken    rash? photo reviewed by Dr. {{NAME:Murali}}: not drug rash
Contraception counseling: rifapentine reduces OCP efficacy, pt using condoms + copper IUD.
Husband {{NAME:Gurpreet Singh}} also on 3HP (case {{ID:LTBI-24-1148}}), same sessions.
Exposure source: brother-in-law, pulm TB dx in {{LOCATION:Ludhiana}} {{DATE:May 2024}} while visiting.
Observers: {{NAME:Rachel Bui}} (RB), {{NAME:Arturo Trevino}} (AT). Planned completion {{DATE:11/6/24}}.`,
  `NALOXONE DISTRIBUTION / OD REVERSAL REPORT LOG - {{FACILITY:Southside Harm Reduction Coalition}}
date        staff     recipient (first/initial or code)   kits   reversal reported?
{{DATE:06/03/24}}    {{NAME:TJ}}        {{ID:CAJO0385}}                            2      Y - used 1 on "{{NAME:Lil Mike}}" at {{ADDRESS:Grand River & Oakman}}, 2 sprays, EMS declined
{{DATE:06/03/24}}    {{NAME:TJ}}        {{NAME:Angie}} (mom of pt)                       2      n
{{DATE:06/05/24}}    {{NAME:Rafa}}      {{ID:DEMA0771}}                            4      n - bought for {{FACILITY:Elmwood Motel}} rms
{{DATE:06/06/24}}    {{NAME:Rafa}}      {{NAME:K.W.}}                              2      Y - reversed girlfriend in car, blue lips, 3 doses. 4mg
{{DATE:06/07/24}}    {{NAME:Nkechi}}    {{ID:ROBI0992}}                            2      n
Vending machine at {{FACILITY:Corktown Library}} restocked {{DATE:6/7}} - 36 kits, serial {{DEVICE:VM-NX-20417}}.
Reported reversals entered to state ODMAP. Total kits this wk: 12 + 36 machine.
Kit lot 4Z51AK exp 11/2026. Next Narcan order: ask {{NAME:Darnell Hughes}} (program dir) {{EMAIL:dhughes@southsidehrc.example.org}}
Training given {{DATE:6/5}} to staff at {{FACILITY:Mack Ave Baptist Church}} food pantry, 11 attendees, led by {{NAME:Nkechi Obi}}.`,
  `PEER RECOVERY - POST-OVERDOSE FOLLOW-UP
Referral: {{FACILITY:Bayou City General}} ED, visit {{DATE:12/28/2024}} (OD, 3 mg naloxone by EMS). ED SW {{NAME:Carla Mendez}} faxed consent from {{FAX:713-555-0117}}.
Participant: {{NAME:Royce Dumont}}, 41M. Cell {{PHONE:832-555-0129}}. Lives w/ mother at {{ADDRESS:7719 Sandy Creek Ln}}, {{LOCATION:Pasadena}} TX {{ZIP:77505}}.
{{DATE:12/30}} 1000 call #1 - no answer. VM left ("{{NAME:Chris}} from {{FACILITY:Bridge Recovery Network}}").
{{DATE:12/31}} 1430 call #2 - spoke w/ pt, agreed to meet.
{{DATE:1/2/25}} met 45 min at the {{FACILITY:Waffle Stop}} on {{ADDRESS:Red Bluff Rd}}. {{NAME:Royce}} says he took "blues" (pressed M30s) from a guy at work ({{FACILITY:Gulf Coast Marine Services}}, welder). Says first OD. Interested in bup, not methadone ("my uncle was on the juice 20 yrs").
Warm handoff to {{FACILITY:Harbor Street Health}} bup walk-in {{DATE:Fri 1/3}}; I will drive him. Narcan x2, FTS x10 given.
Recovery capital: supportive mom {{NAME:Ginette}}, has truck, job. Barrier: DWI court date {{DATE:1/21/25}}, {{FACILITY:Brazos Bend County Court at Law No. 3}}, cause no. {{ID:2398817}}.
Next contact {{DATE:1/3/25 0830}}.
-{{NAME:Chris Landry}}, CPRS`,
  `JAIL MOUD CONTINUATION - VERIFICATION NOTE
Pt: {{NAME:McCALLISTER, SHAWNA}}   Booking {{ID:B24-11083}}   DOB {{DATE:10/02/1988}}   Housing F-pod, cell 9
Booked {{DATE:10/21/24 0340}} on FTA warrant {{ID:W-2024-55120}}.
Reports methadone 140 mg daily at {{FACILITY:Metro Comprehensive Treatment}}, last dose {{DATE:10/20}} am.
Verification: called OTP {{PHONE:503-555-0109}} at 0815, spoke w/ nurse {{NAME:Lorenzo}}: enrolled since {{DATE:3/2022}}, 140 mg, last dosed {{DATE:10/20/24 0702}}, no take-homes out. Dosing letter faxed from {{FAX:503-555-0168}}, rec'd {{DATE:10/21/24 0930}}.
Order: methadone 140 mg daily via OTP courier, first dose given {{DATE:10/21}} 1015 (COWS 9 prior).
PDMP ({{ID:PMP-8830142}}): no bup or other opioids; alprazolam 1 mg TID from Dr. {{NAME:Victor Anand}} DEA {{LICENSE:FA7731204}}, last fill {{DATE:9/28/24}}. Benzo w/d risk -> CIWA-B q8h, taper per Dr. {{NAME:Whitcombe}}.
hCG neg. QTc 462 ms.
OTP counselor {{NAME:Marguerite Dunn}} notified per ROI.
Court: arraignment {{DATE:10/22/24 1:30 PM}}, {{FACILITY:Willow Creek County Courthouse}} rm 4B. If released, instructed to go to OTP same day; discharge letter in property.
{{NAME:Anita Ruiz-Beltran}}, RN  {{DATE:10/21/24}}`,
  `REENTRY / DISCHARGE PLANNING - {{FACILITY:Stonebridge State Prison}}
Inmate: {{NAME:Delacroix, Marcus J.}}   DOC {{ID:K-40718}}   Parole date {{DATE:03/14/2025}}
SSN {{SSN:412-55-0193}} (verified w/ card for Medicaid app)
Medicaid pre-release app submitted {{DATE:1/6/25}}; approved {{DATE:2/3/25}}, member ID {{HEALTH_PLAN:TN-MCD-7730184}}.
Dx: HIV (VL <20, CD4 610), OUD in sustained remission in controlled environment, HTN.
Release meds: Biktarvy 30d + 2 RF; naltrexone ER 380 mg IM given {{DATE:3/10/25}} (lot 2301AB); amlodipine 5.
Appts:
 - HIV: {{FACILITY:Cumberland Positive Health}} {{DATE:3/18/25 10:00}}, case mgr {{NAME:Yolanda Pettis}} {{PHONE:615-555-0116}}
 - MOUD: {{FACILITY:Riverfront Recovery Clinic}}, Vivitrol #2 due {{DATE:4/7/25}}
 - Parole: Agent {{NAME:Brian Kowalski}}, report within 72 h, {{ADDRESS:1340 Lafayette St, 2nd fl}}
Residence: sister {{NAME:Monique Delacroix}}, {{ADDRESS:901 Heiman St, Apt 2}}, {{LOCATION:Nashville}} {{ZIP:37208}}, ph {{PHONE:615-555-0152}}.
DL {{LICENSE:TN 118834207}} expired - DMV voucher given.
Trust acct {{ACCOUNT:IT-0040718-22}} bal $212.40 (gate money).
{{NAME:Marcus}} verbalized plan, Narcan kit in property. -{{NAME:Ruth Ann Coble}}, LCSW`,
  `{{FACILITY:Pinewood Behavioral Health}} - Outpatient Addiction Services
{{ADDRESS:4400 Harwood Rd, Suite 210}}, {{LOCATION:Bedford}}, TX {{ZIP:76021}}   Tel {{PHONE:817-555-0131}}   Fax {{FAX:817-555-0132}}

{{DATE:February 19, 2025}}

The Honorable {{NAME:Marisol Ybarra}}
{{FACILITY:Cross Timbers County Drug Court}}
RE: {{NAME:Cody Ray Pennington}}, DOB {{DATE:06/11/1995}}, Cause No. {{ID:1688204D}}

Dear Judge {{NAME:Ybarra}}:
Mr. {{NAME:Pennington}} has been a patient in our office-based opioid treatment program since {{DATE:October 3, 2024}}. He is prescribed buprenorphine/naloxone 16/4 mg daily. He has attended 19 of 20 visits (missed {{DATE:12/24/24}}, seen next day). Of 14 urine drug screens, 13 were positive for buprenorphine only; one ({{DATE:11/7/24}}) was also positive for methamphetamine, which he disclosed before testing.
He attends weekly group with {{NAME:Lacey Worthington}}, LPC, and works full time at {{FACILITY:Tarrant Tire & Brake}}.
Medication for opioid use disorder is evidence-based care; we respectfully ask that probation not be conditioned on tapering off buprenorphine.
Sincerely,
{{NAME:Samuel Oyelaran}}, MD   DEA {{LICENSE:BO5528391}}
cc: CSO {{NAME:Rick Salazar}}; patient`,
  `MEASLES ED EXPOSURE - CONTACT LIST for county epi ({{NAME:B. Throckmorton}})
Source pt {{NAME:KOVALENKO, ARTEM}}, 19M, returned from {{LOCATION:Lviv}} {{DATE:3/4/25}}, in ED {{DATE:03/08/2025 14:20}} until admit to AII rm at 1905. Measles IgM + {{DATE:3/9}}.
Exposure window for waiting rm: 1420-2105 (+2 h after he left).
 name                    role           where/time       MMR evidence        action
 {{NAME:Rivas, Daniela}}          pt             WR 1430-1750     2 doses (card)      none
 {{NAME:Rivas, Sofia}} (dau)      pt, 9 mo       WR 1430-1750     0 - too young       IG IM {{DATE:3/10}} 1100
 {{NAME:Pham, Bao}}               pt             WR 1500-1620     unk                 titer drawn, home quarantine pending
 {{NAME:Adeleke, Funmilayo}}      pt, 31 wk preg WR 1520-1900     IgG neg (2023), see note        IVIG {{DATE:3/10}}
 {{NAME:Greer, Hollis}}           triage RN      1420-1435        2 doses (EHS)       symptom watch
 {{NAME:Ng, Patrick}}             registration   1420-1425        born <1957          ok
 Dr. {{NAME:Saltzman}}            ED attending   1450-1520        IgG +               ok
Note re {{NAME:Adeleke}}: prenatal rubella/measles IgG neg in prior pregnancy; OB Dr. {{NAME:Oduya}} aware.
Security guard "{{NAME:Big Lou}}" ({{NAME:Louis Carvalho}}) at door whole shift - MMR unk, excluded from work through {{DATE:3/29}}.
List faxed to {{FAX:505-555-0161}} {{DATE:3/10/25}} by {{NAME:Ingrid Solheim}}, RN, Infection Prevention, {{FACILITY:Mesa Vista Hospital}}.`,
  `STI CLINIC - EPT NOTE   {{FACILITY:Eastgate Sexual Health Clinic}}   {{DATE:Thursday, May 16, 2024}}
Pt {{NAME:Aaliyah Grant}}, 20F, DOB {{DATE:01/25/2004}}, MRN {{MRN:ESH-0091447}}
NAAT (vaginal, self-collected {{DATE:5/9}}): CT POS, GC NEG, TV NEG. RPR NR, HIV Ag/Ab NR.
Treated today: doxycycline 100 mg BID x 7 d. Counseled: abstain 7 d after both complete tx + sx resolved.
Partners last 60 d: 1 - {{NAME:Jamal}} (boyfriend, ~22). Pt prefers EPT; partner not allergic per pt.
EPT: doxycycline 100 mg BID x 7 d Rx written in partner's name "{{NAME:Jamal Whitaker}}" (EPT allowed by state law), sent to {{FACILITY:Eastgate Pharmacy}} w/ written info sheet.
Retest in 3 mo: ~{{DATE:8/16/24}}. Reminder text to {{PHONE:414-555-0187}} OK.
Contraception: Depo given today (next due {{DATE:8/1-8/15/24}}). UPT neg.
Provider: {{NAME:Helena Kristiansen}}, WHNP-BC    Scribe: {{NAME:tn}}
Reported to state via ELR; no DIS follow up for CT. Chart copy to school clinic at {{FACILITY:Lakefront Technical College}} declined by pt.`,
  `PrEP @ SSP van - {{DATE:4/24/24}} - {{ADDRESS:E 14th St & International Blvd}} stop
Participant code {{ID:LOGA1103}}, goes by "{{NAME:Gigi}}" (legal name {{NAME:Gregorio Alcantar}} on Medi-Cal card {{HEALTH_PLAN:91833076A}}), 27, trans woman, she/her.
Uses meth IV ~daily, shares works w/ partner "{{NAME:Dre}}" sometimes. Transactional sex. Condoms rarely.
Today: HIV rapid NR (Determine), 4th gen venous sent ({{FACILITY:Bay Public Health Lab}} acc {{ID:BPH-240424-118}}). HCV Ab reactive -> RNA sent. Cr pending. HBsAg sent.
Started Descovy... no - Truvada 200/300 daily (Descovy not indicated for receptive vaginal/neovaginal sex; pt has not had GAS, receptive anal) - OK Descovy also fine; chose Truvada per pt preference for generic. 30d supply dispensed from van stock, lot 1185EM.
Will check labs at next stop {{DATE:5/1}}; if Cr abnl call. Pt's phone broken; reachable through {{FACILITY:Trans Health Collective}} drop-in, case mgr {{NAME:Marisol Ocampo}} {{PHONE:510-555-0144}}.
Also gave: 20 syringes, 2 Narcan, 10 FTS, meth pipes x3, lube/condoms. Hormones: on estradiol from street, referred to Dr. {{NAME:Kenji Watanabe}}, gender clinic, {{DATE:5/8}} 2 pm.
staff: {{NAME:ML}} (NP), {{NAME:Tavo}} (outreach)`,
  `HEP A / HEP B VACCINE CLINIC - {{FACILITY:Lorain Valley Correctional Center}} - {{DATE:Wed 9/18/24}} 0900-1130
Vaccinator: {{NAME:Beatriz Onwuachi}}, RN (county PHN)   Jail RN: {{NAME:Sean Kettering}}
Twinrix lot 7TK44 exp 03/2026   Havrix lot AHAVC301
bk#         name                         dose        site   VIS  consent  notes
{{ID:24-3310}}     {{NAME:Abernathy, Cole}}             Twinrix #1  L del  Y    Y
{{ID:24-3318}}     {{NAME:Mwangi, Peter K.}}            Twinrix #2  R del  Y    Y        #1 {{DATE:8/21/24}}
{{ID:24-3325}}     {{NAME:Castellanos, Ruben}}          refused     -      Y    N        "had it in {{LOCATION:Juarez}}"
{{ID:24-3341}}     {{NAME:Yellowhorse, Tyrell}}         Havrix #1   L del  Y    Y        HBV immune (anti-HBs 44)
{{ID:24-3349}}     {{NAME:O'Donnell, Bridget}}          Twinrix #1  R del  Y    Y        female pod, LMP {{DATE:9/2}}
{{ID:24-3352}}     {{NAME:Hussain, Tariq}}              deferred    -      -    -        court transport 0930, returned 1140
{{ID:24-3360}}     {{NAME:Fuentes, Yadira}}             Twinrix #1  L del  Y    Y        needle phobia, ok
Doses entered to state IIS {{DATE:9/18}} by {{NAME:BO}}. Series completion: #2 at 1 mo ({{DATE:10/16}}), #3 at 6 mo - if released, card given w/ {{FACILITY:Lorain Valley Health Dept}} clinic {{PHONE:440-555-0135}}.
{{NAME:Hussain}} rescheduled {{DATE:9/25}}. No adverse events observed 15 min.`,
  `INFIRMARY PROGRESS NOTE - {{FACILITY:Blue Mesa State Correctional Facility}}, Long-Term Care Unit bed 6
Pt: {{NAME:HOSKINS, VIRGIL E.}}   CDC# {{ID:BM-07733}}   Age {{AGE:91}}   DOB {{DATE:02/12/1933}}
{{DATE:11/20/2024}}  S: "I'm tired, doc." Nursing reports intake ~40% meals, 2 falls this month (last {{DATE:11/16}}, no injury). Incontinent at night.
O: 98.1, 118/64, 72, wt 58 kg (down 4 kg / 3 mo). MMSE 18/30 (was 23 in 2023). Sacral stage 2 PI 2x1 cm. Walker, 1 assist.
A/P: 1) Major neurocognitive d/o, progressing. 2) Frailty / wt loss - albumin 2.9, Ensure TID. 3) CHF (EF 35%), stable on furosemide 20. 4) Remote latent TB treated 1998.
Compassionate release / medical parole: criteria met (age 65+ w/ serious illness, 2 ADL deps). Packet submitted {{DATE:11/20/24}} to warden {{NAME:Delphine Marchbanks}} and board. Family: niece {{NAME:Carolyn Hoskins-Reed}} in {{LOCATION:Pueblo}}, {{PHONE:719-555-0102}}, willing to take him; placement option {{FACILITY:Arkansas Valley Care Home}}.
POLST reviewed w/ pt (capacity limited) and niece by phone: DNR, selective treatment.
Hospice eval requested. -Dr. {{NAME:Anselm Fairweather}} / {{NAME:tk}}`,
  `WITHDRAWAL MONITORING FLOWSHEET - {{FACILITY:Kittitas Ridge County Jail}} medical
inmate {{NAME:LaPointe, Autumn R}}  bk {{ID:J25-00871}}  booked {{DATE:1/12/25 2250}}  protocol: opioid + alcohol
date/time        COWS  CIWA  BP       HR   T     meds given                     RN
{{DATE:1/13}} 0100        7     6    148/92   104  98.8  clonidine 0.1, ondansetron 4  {{NAME:jw}}
{{DATE:1/13}} 0700        11    8    156/98   112  99.1  bup 4 mg SL (per Dr. {{NAME:Farouk}} tel order)  {{NAME:jw}}
{{DATE:1/13}} 0800        6     7    140/88   96   98.9  bup 4 mg SL                    {{NAME:pm}}
{{DATE:1/13}} 1400        3     5    132/84   88   98.6  -                              {{NAME:pm}}
{{DATE:1/13}} 2000        4     9    138/90   94   99.0  chlordiazepoxide 25            {{NAME:ds}}
{{DATE:1/14}} 0200        2     12   150/96   108  99.4  chlordiazepoxide 50, MD notified {{NAME:ds}}
comments: {{DATE:1/14}} 0215 tremor, diaphoretic, no hallucinations. Moved to medical obs cell M-3. Dr {{NAME:Farouk}} called at 0220 - continue CDZ per CIWA. Bup 16 mg daily starting {{DATE:1/14}}. Outside prescriber unknown; pt says was buying street bup. PDMP ({{ID:PMP-WA-6610294}}) - no active rx.
hx seizures w/ ETOH w/d in 2022? pt unsure.
RN key: jw = {{NAME:Jenna Wolcott}}, pm = {{NAME:Paul Medina}}, ds = {{NAME:Deepa Sundaram}}.
Sister {{NAME:Rain LaPointe}} called front desk {{DATE:1/13}} asking re welfare - no info released (no ROI).`,
  `SUBLOCADE INJECTION NOTE
{{FACILITY:Summit Ridge Addiction Medicine}}   {{DATE:12/04/2024 10:45}}
Pt {{NAME:Nakai Tsosie}}  DOB {{DATE:7/7/1991}}  MRN {{MRN:SRAM-77104}}
Health plan: {{HEALTH_PLAN:BCBS-NM-XQJ440912771}}; PA approved thru {{DATE:5/31/25}}, auth # {{ID:PA-2411-883021}}
Inj #3 (300 mg x2 done {{DATE:10/2}}, {{DATE:11/4}}; today first 100 mg maintenance - pt prefers 300, d/w Dr. {{NAME:Ileana Costache}}, will stay 300 mg given cravings 4/10).
Dose: Sublocade 300 mg/1.5 mL SC, abdomen RLQ, lot 2419C11, NDC 12496-0300-01, exp 08/2025. Prefilled syringe from specialty pharmacy {{FACILITY:Apex Specialty Rx}}, shipment tracking {{ID:1Z88W4Y20391145563}}, cold chain ok.
Site: prior LLQ nodule from {{DATE:11/4}} palpable, nontender, 1 cm - normal depot.
UDS: bup +, norbup +, fentanyl neg. PDMP reviewed ({{ID:NMPMP-3029471}}): no other controlled rx.
Pt reports working at {{FACILITY:Gallup Tire Center}}, staying w/ cousin {{NAME:Darlene}} in {{LOCATION:Twin Lakes}} chapter. Drives 2 h each way; discussed telehealth for counseling w/ {{NAME:Hoskie Benally}}, LCSW.
Next inj due {{DATE:1/3/25}} (window 26-35 d: {{DATE:12/30}} to {{DATE:1/8}}).
Administered by {{NAME:Whitney Begaye}}, RN. Observed 15 min, no reaction.`,
  `TELEHEALTH VISIT - buprenorphine f/u (audio-video)
Date {{DATE:3/12/2025}}  start 16:02  end 16:21   Platform session {{ID:TH-5520193}}
Pt location (verified): home, {{ADDRESS:88 Birch Hollow Rd}}, {{LOCATION:Montpelier}}, VT {{ZIP:05602}}. Pt IP {{IP:192.0.2.211}}. Provider at {{FACILITY:Green Mountain Recovery Partners}}, {{LOCATION:Burlington}}.
Pt {{NAME:Ethan Szczepanski}}, 33M, on Suboxone 12/3 mg daily since {{DATE:Aug 2023}}.
S: doing well, 19 mo no illicit opioids. Working at {{FACILITY:Maple Leaf Cabinetry}}. Girlfriend {{NAME:Hanna}} 30 wks pregnant. Some insomnia.
PDMP checked 1558 ({{ID:VPMS-20250312-4471}}): bup fills q7d from {{FACILITY:Capital City Pharmacy}}, last {{DATE:3/7/25}}; no others.
UDS (observed, {{FACILITY:Onion River Labs}} {{DATE:3/10}}): bup/norbup +, other neg.
A/P: OUD severe, sustained early remission on MOUD. Cont 12/3 daily, #14 films, 2 RF, q14d now. Sleep hygiene. Offered naloxone refill, pt has 2.
Next video {{DATE:3/26/25 4 PM}}.
{{NAME:Priyanka Deshmukh}}, MD  DEA {{LICENSE:FD6120458}}  NPI {{LICENSE:1730559421}}
Connection dropped once at 16:10, rejoined from IP {{IP:198.51.100.88}} (pt phone hotspot).`,
  `PDMP REVIEW - copied into chart by {{NAME:R. Castellano}}, PharmD, {{DATE:06/27/2024}}
Patient searched: {{NAME:HALVORSEN, DANA M}}  DOB {{DATE:03/15/1977}}  Request ID {{ID:KY-ASPR-99103448}}
Lookback 12 mo. MME today: 0 (prev peak 90 MME in {{DATE:Jan 2024}}).
Fill date   Drug                           Qty  Days  Prescriber (DEA)                           Pharmacy
{{DATE:01/04/24}}    oxycodone/APAP 10/325          120  30    {{NAME:Hargis, Leonard}} ({{LICENSE:AH3381062}})         {{FACILITY:Hilltop Drug}}
{{DATE:02/02/24}}    oxycodone/APAP 10/325          90   30    {{NAME:Hargis, Leonard}} ({{LICENSE:AH3381062}})         {{FACILITY:Hilltop Drug}}
{{DATE:02/19/24}}    tramadol 50                    20   5     {{NAME:Yoon, Christine}} ({{LICENSE:BY2094417}}) ED     {{FACILITY:Corbin Family Pharmacy}}
{{DATE:03/08/24}}    alprazolam 0.5                 60   30    {{NAME:Hargis, Leonard}} ({{LICENSE:AH3381062}})         {{FACILITY:Hilltop Drug}}
{{DATE:04/11/24}}    bup/nal 8/2 film               14   7     {{NAME:Mbeki, Thandiwe}} ({{LICENSE:FM4450129}})         {{FACILITY:Hilltop Drug}}
{{DATE:04/18/24-06/20/24}} bup/nal 8/2 film x2/d q7d (10 fills)   {{NAME:Mbeki}}                        {{FACILITY:Hilltop Drug}}
Comment: Dr. {{NAME:Hargis}} office closed {{DATE:3/2024}} (retired). No overlapping opioid since bup start. Alprazolam not refilled since {{DATE:3/8}} - pt states stopped.
Payer for all bup fills: Medicaid {{HEALTH_PLAN:KY-1144098321}} (no cash fills).
Called {{FACILITY:Hilltop Drug}} {{PHONE:606-555-0124}}, spoke w/ RPh {{NAME:Ollie Stamper}} - confirmed. No red flags. -{{NAME:RC}}`,
  `*** FAX - GUEST DOSING REQUEST ***
FROM: {{FACILITY:Upstate Methadone Services}}, {{ADDRESS:2100 Wade Hampton Blvd}}, {{LOCATION:Greenville}}, SC {{ZIP:29615}}
  Ph {{PHONE:864-555-0110}}  Fax {{FAX:864-555-0111}}   Contact: {{NAME:Tamika Greer}}, RN, dosing supervisor
TO: {{FACILITY:Cape Fear Harbor OTP}}, {{LOCATION:Wilmington}}, NC   Fax {{FAX:910-555-0170}}
Date sent: {{DATE:07/01/2024 15:42}}   Pages 2
Patient: {{NAME:Brandon Lee Whitaker}}   DOB {{DATE:11/23/1985}}   Our ID {{MRN:PCTC-118290}}
Photo ID on file: {{PHOTO:WHITAKER_B_ID_2023.jpg}} (attached p2)
Reason: family funeral in {{LOCATION:Wilmington}}; staying w/ aunt at {{ADDRESS:415 Castle St}}.
Guest dates requested: {{DATE:7/3/24}} through {{DATE:7/8/24}} (6 doses)
Current dose: methadone 85 mg liquid, last dose here {{DATE:7/2/24}} (will receive). No take-homes (phase 1).
Last UDS {{DATE:6/24/24}}: methadone +, EDDP +, otherwise neg. QTc 441 ({{DATE:2/2024}}).
Allergies: NKDA. Other meds: sertraline 100.
Physician: {{NAME:Abdul-Rahman Qureshi}}, MD, DEA {{LICENSE:BQ3300718}}
Please confirm acceptance by fax. If pt misses 3 consecutive doses please notify us at {{PHONE:864-555-0110 ext 214}}.
Pt signed 42 CFR Part 2 consent {{DATE:7/1/24}}, witness {{NAME:T. Greer}}.`,
  `street med - wound rounds   {{DATE:Sat 8/17/24}}   team: Dr. {{NAME:O}} / {{NAME:Ximena}} RN / {{NAME:Jerome}} CHW
spot 1: underpass at {{ADDRESS:I-676 & N 8th St}}
 - {{NAME:Brianna Kasprzak}} ("{{NAME:Bree}}"), 29. Bilat forearm xylazine wounds, L 6x4 cm w/ exposed tendon?? - looks like yes, R 3x2 healing. Foul odor L. T 100.2. Sent to ED - declined. Doxy 100 BID + Bactrim DS BID x 7d started, wound cleaned, Medihoney + ABD + kerlix. {{NAME:Bree}} agreed to f/u Tues at {{FACILITY:Kensington Point Wound Clinic}}.
   Her man "{{NAME:Junior}}" says she fell asleep sitting up "tranq dope" - education on positioning.
spot 2: tents behind {{FACILITY:Giordano's Deli}} on {{ADDRESS:Girard Ave}}
 - {{NAME:Walt}} (last name {{NAME:Pietrowski}}), 61, DM, foot ulcer plantar 1st MTP 2 cm, probe to bone neg. BG 318. Lost glucometer. New meter given, serial {{DEVICE:GM7-4410283}}. Metformin refill via {{FACILITY:Spring Garden Pharmacy}}.
 - unnamed woman ~40s, refused eval, took water + Narcan.
spot 3: van parked {{ADDRESS:Lehigh Ave near Front St}}, PA plate {{VEHICLE:LKT-4471}}, occupant {{NAME:Manny Rosado}} - Hep C tx day 34/56 (Epclusa), pill count ok, 22 left. Next HCV RNA {{DATE:9/14}}.
supplies used: 6 Medihoney, 14 ABD, 10 kerlix, 4 Narcan.
photos of wounds taken on team phone - no pt identifiers in photos.
-{{NAME:xg}}`,
  `TB SCREENING EVENT - {{FACILITY:St. Vincent de Lima Day Center}} & adjacent encampment
Date {{DATE:10/10/2024}}   Mobile CXR unit (digital, read remotely by Dr. {{NAME:Harutyunyan}})   Lead: {{NAME:Fatima Zahra Benali}}, TB PHN
Context: 2 smear+ cases among guests since {{DATE:Aug 2024}} ({{NAME:Ruiz}} {{ID:TB24-033}}, {{NAME:Khalil}} {{ID:TB24-041}}), same genotype.
Screened 47; symptom screen + CXR; IGRA offered if no prior positive.
Abnormal CXR call-back list:
 1. {{NAME:Dennis Mulcahy}} ("{{NAME:Tex}}") - LUL opacity. Sputum x1 collected on site. Sleeps at {{ADDRESS:Alameda St camp near 6th St}}.
 2. {{NAME:Oyelowo, Grace}} - old granulomas only; IGRA sent. Phone {{PHONE:213-555-0179}}.
 3. {{NAME:Trinh Van Hoa}} - RUL fibrosis, prior TB tx in {{LOCATION:Ho Chi Minh City}} 2009 per pt. Sputum x1. Stays at {{FACILITY:Union Square Men's Shelter}} bed 112.
 4. "{{NAME:Shorty}}" (no other name given) - cough 2 mo, CXR infiltrate RML, sputum x1; left before 2nd spec. Team to find at camp - {{NAME:Tex}} knows him.
IGRA drawn: 19. Lab: {{FACILITY:County Public Health Laboratory}}, batch {{ID:CPHL-1010-TB}}.
Shelter contact: {{NAME:Miguel Arambula}}, ops mgr, {{PHONE:213-555-0106}}, {{EMAIL:marambula@unionsqshelter.example.org}}
Follow-up event {{DATE:10/24/24}}; {{NAME:Benali}} to return for sputa #2-3 {{DATE:10/11}} and {{DATE:10/12}}.`,
  `REFUGEE DOMESTIC HEALTH SCREENING - visit 1
{{FACILITY:International Family Health Center}}   {{DATE:01/28/2025}}   Interpreter: Mr. {{NAME:Habib}} (Dari, in person)
Pt: {{NAME:AHMADZAI, Zarghona}}   DOB {{DATE:01/01/1994}} (assigned)   A# {{ID:A219-448-305}}   MRN {{MRN:IFHC-552019}}
Arrival {{DATE:1/9/25}} via {{LOCATION:Doha}}; prior: {{LOCATION:Kabul}}, then {{LOCATION:Islamabad}} 2 yrs. Resettlement agency {{FACILITY:New Roots Resettlement}}, caseworker {{NAME:Layla Sahak}} {{PHONE:402-555-0163}}.
Household: husband {{NAME:Mohammad Nabi Ahmadzai}}, kids {{NAME:Sana}} 8, {{NAME:Omid}} 5, {{NAME:Farzana}} 2. Apt: {{ADDRESS:6020 Maple St, Apt 211}}, {{LOCATION:Omaha}} {{ZIP:68104}}.
Overseas exam (DS-3025): Class B1 TB - CXR fibrotic changes, sputum smears/cultures neg x3 in {{LOCATION:Islamabad}}.
Today: IGRA +. CXR: stable apical scarring. Sx neg. -> Class B1 f/u per CDC; refer TB clinic for LTBI vs old TB eval, Dr. {{NAME:Sorensen}} {{DATE:2/11}}.
HBsAg neg, anti-HBs neg (vaccinate). HIV neg. Strongyloides IgG +, ivermectin x2d. Hgb 10.4, ferritin 6 - iron.
Immunizations: MMR #1, Tdap, HepB #1, flu given today.
SSN card pending; Medicaid {{HEALTH_PLAN:NE-3308716554}} active.`,
  `DIS FIELD RECORD - HIV partner notification
FR# {{ID:FR-25-00217}}   Orig. pt: {{NAME:Calloway, Desmond}} (case {{ID:HIV-25-0048}})   DIS: {{NAME:Yvette Marchand}}
Partner to locate: {{NAME:ROLLINS, KEISHA LATRICE}}   DOB {{DATE:04/09/1990}} per DMV
Locating info: DL {{LICENSE:GA 058871204}}; vehicle 2012 silver Nissan Altima, tag {{VEHICLE:RKT 4418}}; works at {{FACILITY:Peachtree Nail Spa}} on {{ADDRESS:Old National Hwy}}.
Last known addr {{ADDRESS:2250 Godby Rd, Bldg 4, Apt 12}}, {{LOCATION:College Park}} {{ZIP:30349}}. Ph {{PHONE:404-555-0195}} (disconnected). Email {{EMAIL:keishar90@inbox.example.net}}.
{{DATE:2/3/25}} field visit addr - moved per mgr. Forwarding: mother's house {{ADDRESS:118 Ruby Ln}}, {{LOCATION:Riverdale}}.
{{DATE:2/4/25}} visited {{FACILITY:Peachtree Nail Spa}} at 1100 - partner working, private notification in DIS car. Disposition: previously neg (test {{DATE:6/2024}}), tested today rapid HIV - REACTIVE. Confirm drawn, acc {{ID:GPHL-25-01933}}.
Referred same-day to {{FACILITY:Southside Ryan White Clinic}}, appt {{DATE:2/5/25 0930}} w/ Dr. {{NAME:Nkemelu}}.
Partner named 1 other partner: "{{NAME:Big Ray}}" ({{NAME:Raymond Tatum}}), no locating info.
Disposition code: 1 (prev neg, new pos). Closed {{DATE:2/6/25}}. -{{NAME:YM}}`,
  `HIV MOLECULAR CLUSTER - CASE CONFERENCE NOTES   {{DATE:11/14/2024}}
Cluster: CDC-flagged priority cluster, 9 linked by HIV-TRACE, 0.5% threshold. Growth: 4 new dx in 12 mo.
Attendees: {{NAME:Gwen Oyelaran}} (epi), {{NAME:Tomasz Wojcik}} (DIS supv), {{NAME:Renata Silva}} (SSP), Dr. {{NAME:Amos Kettleborough}} (ID, {{FACILITY:Westside Infectious Disease Associates}})
Cases discussed:
 - {{NAME:F.R.}} ({{ID:HIV-24-0301}}): dx {{DATE:3/2024}}, VL suppressed. Injects w/ group at {{ADDRESS:Riverside Park near the 12th St bridge}}.
 - {{NAME:J.M.}} ({{ID:HIV-24-0412}}): dx {{DATE:6/19/24}}, out of care since {{DATE:8/2024}}. Last known at {{FACILITY:Gateway Inn}} motel, rm 14. Re-engagement: {{NAME:Renata}} to look at SSP Thursdays.
 - {{NAME:Deshon Pryor}} ({{ID:HIV-24-0588}}): dx {{DATE:9/30/24}} in {{FACILITY:Ashford County Jail}} intake; released {{DATE:10/15}}; ART started in jail, 30d supply. PO {{NAME:Kendra Voss}} agreed to remind re appt.
 - {{NAME:Lorna Whitecloud}} ({{ID:HIV-24-0611}}): dx {{DATE:10/22/24}}, pregnant ~12 wk, linked to OB/ID; partner {{NAME:Shane}} tested neg {{DATE:11/1}}.
Network: 3 cases named "{{NAME:Pony}}" as supplier/injecting partner - not located. Plan: expand SSP HIV testing at {{ADDRESS:Riverside Park}} + {{FACILITY:Gateway Inn}}; PrEP at SSP.
Next conference {{DATE:12/12/24}}. Minutes: {{NAME:GO}}`,
  `CUSTODY PATIENT - HOSPITAL TRANSPORT / ADMISSION NOTE
{{DATE:05/03/2025 02:15}}  {{FACILITY:Three Rivers Medical Center}} ED -> admit 6 West rm 614
Pt: {{NAME:OKAFOR-LEWIS, JEROME}}  inmate # {{ID:DOC-3318845}} ({{FACILITY:Clearwater Correctional Institution}})  MRN {{MRN:TRMC-9920184}}
Escort: Officers {{NAME:T. Beaumont}} and {{NAME:R. Nguyen-Pham}}, 2 officers at bedside 24/7, L ankle shackle to bed; remove for imaging only.
CC: fever, dyspnea. Hx OUD on methadone 60 mg (facility program), IVDU prior, HCV untreated.
Findings: T 102.8, new holosystolic murmur, septic emboli on CT. BCx 2/2 MSSA. TTE: 1.4 cm tricuspid vegetation. -> R-sided endocarditis.
Plan: cefazolin 2 g IV q8h x 6 wk, PICC placement {{DATE:5/5}} (serial/lot recorded in IR log). Methadone continued 60 mg (verified w/ facility RN {{NAME:Helen Zwick}} {{PHONE:850-555-0161}}). ID: Dr. {{NAME:Ramaswamy}}. Addiction consult: Dr. {{NAME:Teodora Ilic}}.
Family contact restricted per DOC policy - sister {{NAME:Adaeze Okafor}} called; told only that DOC chaplain Rev. {{NAME:Miles}} can relay.
Discharge back to facility infirmary when stable; OPAT via facility, PICC to remain.`,
  `MENTAL HEALTH INTAKE / SUICIDE RISK - {{FACILITY:Sandoval Hills Detention Center}}
Inmate {{NAME:Reyes-Baca, Alonzo}}   bk {{ID:SHDC-25-06412}}   DOB {{DATE:2/14/1999}}   eval {{DATE:3/22/25 1340}}
Referral: booking officer Cpl {{NAME:Trujillo}} flagged statement "better off dead" during booking.
Hx: MDD, OUD (fentanyl smoking), prior SA {{DATE:12/2023}} by hanging (interrupted by brother {{NAME:Isaiah}}). Inpt at {{FACILITY:Rio Grande Behavioral Hospital}} after. Not in care since.
Current: charged w/ agg burglary; first incarceration. Girlfriend {{NAME:Marisela}} "left me." Denies plan now, endorses passive SI. Poor sleep, COWS 8.
C-SSRS: positive screen, high risk (attempt past 2 yr).
Plan: suicide watch level 1 (constant obs), safety smock, cell M-2. Bup induction per medical (Dr. {{NAME:Archuleta}}). Psychiatry f/u {{DATE:3/23}}. Notified shift Sgt {{NAME:Benavidez}} and HSA {{NAME:Colette Ramirez}}.
Collateral: mother {{NAME:Dolores Baca}} {{PHONE:505-555-0183}} - confirms attempt, says he "talks like this when withdrawing."
Court: first appearance {{DATE:3/24/25 0830}} via video, {{FACILITY:Sandoval Hills Metro Court}}; PD {{NAME:Josh Feldstein}}.
{{NAME:Sofia Lucero}}, LPCC   reviewed w/ Dr. {{NAME:Archuleta}}`,
  `JUVENILE DETENTION - NURSING ADMISSION SCREEN
{{FACILITY:Cottonwood Regional Juvenile Detention Center}}   Admit {{DATE:06/08/2024 22:40}}
Youth: {{NAME:Jaylen M. Carrington}}   DOB {{DATE:09/19/2008}} (15 y/o)   Youth ID {{ID:JV-24-1187}}
Guardian: grandmother {{NAME:Bernice Carrington}}, {{PHONE:(214) 555-0147}}; mother incarcerated at {{FACILITY:Mountain View Unit}}.
School: 9th gr {{FACILITY:Lincoln Park Academy}}, IEP (ADHD). Juvenile PO {{NAME:Rashida Nwosu}} {{PHONE:214-555-0169}}.
Medicaid/CHIP {{HEALTH_PLAN:TX-CHIP-530092817}}.
Screen: MAYSI-2 alcohol/drug scale caution; uses vapes THC daily, "percs" (pressed) 2-3x/wk - fentanyl risk. Last use 1600. COWS 3. Naloxone in unit stock.
STI: sexually active, 2 partners, no condoms. UA NAAT GC/CT sent, HIV/syphilis offered - consented (minor consent for STI per state law).
TB: no sx. TST placed L forearm 2300, read {{DATE:6/10-6/11}}.
Injuries: healing abrasions R hand (fight at school {{DATE:6/5}}). No head injury.
Meds: methylphenidate ER 36 - grandmother to bring bottle; verify w/ {{FACILITY:Oak Cliff Pharmacy}}.
Detention hearing {{DATE:6/10/24 9 AM}}, Judge {{NAME:Ellen Castaneda}}.
RN {{NAME:Marcus Oyebanjo}}`,
  `DRUG TREATMENT COURT - WEEKLY PROGRESS REPORT to team (staffing {{DATE:Wed 10/9/24}})
Prepared by {{NAME:Celeste Abernathy-Moore}}, treatment liaison, {{FACILITY:Hamilton Flats Recovery Services}}
Participant            Docket       Ph  Attend  UDS                                  MOUD          Notes
{{NAME:Barrientos, Oscar}}      {{ID:DC-23-0418}}   3   4/4     neg {{DATE:10/1}}, {{DATE:10/4}}                  bup 16        job at {{FACILITY:Kroeger Auto Body}}; ready for phase 4
{{NAME:Huang, Michelle}}        {{ID:DC-24-0102}}   2   3/4     + meth {{DATE:10/3}} (self-disclosed)       none          missed IOP {{DATE:10/7}}; sanction rec: essay
{{NAME:Two Bulls, Dakota}}      {{ID:DC-24-0155}}   1   4/4     + fent {{DATE:9/30}}, neg {{DATE:10/4}}            methadone 70  housing at {{FACILITY:Serenity House}}
{{NAME:O'Rourke, Patrick}} ("{{NAME:Paddy}}") {{ID:DC-24-0177}}  1  2/4  dilute {{DATE:10/2}}            Vivitrol {{DATE:9/20}}  no-show court {{DATE:10/2}}; bench warrant {{ID:BW-24-7781}}
Comments:
- {{NAME:Oscar}}: recommend phase advance + gift card incentive. Sponsor {{NAME:Ray D.}} attended graduation practice.
- {{NAME:Michelle}}: honest; recommend increase IOP to 3x/wk, no jail sanction. Child's school ({{FACILITY:Fairmont Elementary}}) reports good attendance.
- {{NAME:Dakota}}: new to phase 1, UDS trending right; methadone via {{FACILITY:Eastside OTP}}, dose ok per their MD.
- {{NAME:Paddy}}: mom {{NAME:Kathleen O'Rourke}} called {{DATE:10/3}} - he is at {{FACILITY:Motel 9}} on {{ADDRESS:US-27}}, rm 118. Recommend recall warrant if he self-surrenders by {{DATE:10/11}}.
Next staffing {{DATE:10/16/24}} before docket, Judge {{NAME:Harlan Whitmer}}.`,
  `OTP - ADMINISTRATIVE WITHDRAWAL / TAPER NOTE
{{FACILITY:Lakeshore Treatment Center}}   {{DATE:August 30, 2024}}
Pt: {{NAME:Villanueva, Teresa}}   ID {{MRN:LTC-40277}}   biometric enroll {{BIOMETRIC:FP-LTC-40277-R2}} (R index)
Reason: 2nd documented diversion incident. {{DATE:8/26/24}} staff {{NAME:Omar Haddad}} observed pt leave dosing window, spit dose into cup in lobby; cup retrieved. Prior incident {{DATE:6/11/24}} (contract signed).
Per program policy + 42 CFR 8.12, administrative taper (not immediate discharge) offered for safety.
Current dose: 120 mg. Taper: 10%/wk to 60 mg, then 5 mg q3d. Projected end ~{{DATE:11/15/24}}.
Alternatives discussed: transfer to another OTP - referral faxed to {{FACILITY:Harbor Bay Methadone Clinic}} {{FAX:216-555-0138}}; bup induction offered via Dr. {{NAME:Kaminski}}; Vivitrol after taper.
Pt tearful, states she was saving dose for partner {{NAME:Ruben}} who is "sick." Grievance rights explained, hearing offered w/ medical director Dr. {{NAME:Elaine Greenbaum}} on {{DATE:9/4/24 1 pm}}.
Naloxone x2 given. Counselor {{NAME:Petra Lindahl}} to meet weekly.
Take-homes revoked; photo on file updated {{PHOTO:IMG_40277_20240830.png}}.
Signed: {{NAME:Dale Okonjo}}, Program Director   Pt signature: {{NAME:T. Villanueva}}`,
  `PRE-RELEASE XR-NALTREXONE - {{FACILITY:Granite County House of Correction}}
{{DATE:12/16/2024}}   Release date {{DATE:12/18/2024}}
Inmate: {{NAME:Fitzgerald, Connor J}}   bk# {{ID:GC-24-3370}}   DOB {{DATE:05/02/1990}}   Medicaid {{HEALTH_PLAN:NH-40112873}}
Hx: OUD (heroin/fentanyl IV since 2012), 3 prior ODs, last {{DATE:7/2024}} (2 wks before arrest). HCV Ab+/RNA neg (spontaneously cleared). Incarcerated 5 mo, opioid-free > 7 d (naloxone challenge not needed).
Chose XR-NTX over bup ("don't want anything that gets me high in my head"). Risks reviewed incl. loss of tolerance, OD risk if attempting to override.
Given: naltrexone ER 380 mg IM, L gluteal, 1405, lot 4172R, exp 2026-03. LFTs {{DATE:12/10}}: AST 28, ALT 31.
Post-release plan:
 - 2nd inj {{DATE:1/15/25}} at {{FACILITY:Seacoast Recovery Medicine}} w/ {{NAME:Aisha Rahimi}}, PA ({{PHONE:603-555-0128}})
 - probation: PO {{NAME:Dennis LaFleur}}, report {{DATE:12/19/24}}
 - housing: sober house {{FACILITY:Hope on Elm}}, {{ADDRESS:77 Elm St}}, {{LOCATION:Manchester}} {{ZIP:03101}}; house mgr {{NAME:Skip}}
 - Narcan kit x2 in property, FTS given.
Mom {{NAME:Maureen Fitzgerald}} picking up 0800 {{DATE:12/18}}. Pt aware to call {{PHONE:603-555-0177}} (our reentry line) if missed appt.
RN {{NAME:Lucia Marchetti}} / NP {{NAME:Kofi Mensah-Bonsu}}`,
  `MOBILE MEDICATION UNIT (methadone van) - daily log {{DATE:Fri 2/21/25}}
Site: lot of {{FACILITY:Bethany AME Church}}, {{ADDRESS:1205 N Carey St}}, {{LOCATION:Baltimore}} {{ZIP:21217}}   hours 0630-1030
Staff: {{NAME:Natalia Cruz}} RN (dosing), {{NAME:LeRoy Banks}} (driver/security), counselor {{NAME:Imani}} (1000-1030)
Dispenser pump ser {{DEVICE:MDP-22-10874}}, calibrated 0615 by {{NAME:NC}}. Safe count start 14,250 mg / end 11,395 mg.
pt ID      name                      dose   time   note
{{MRN:M-01183}}    {{NAME:Gaines, Tyrone}}          80     0641
{{MRN:M-01190}}    {{NAME:Pulaski, Erin}}           105    0652   palm scan failed x2, visual ID vs photo {{PHOTO:M01190.jpg}}
{{MRN:M-01204}}    {{NAME:Adebayo, Kunle}}          60     0710   new, day 9, COWS 2
{{MRN:M-01211}}    {{NAME:Holmes, Darlene}}         90     0738   "{{NAME:Peaches}}" - asked re take-homes, to counselor
{{MRN:M-01226}}    {{NAME:Nowak, Stanislaw}}        45     --     NO SHOW (3rd day) - call {{PHONE:443-555-0114}}
{{MRN:M-01230}}    {{NAME:Espinal, Yesenia}}        100    0802   pregnant 24 wk, split dose (50 am here / 50 pm bottle), OB Dr. {{NAME:Achebe}}
...27 others dosed, see roster printout.
Incident: 0915 man not enrolled asked for "a taste" - declined, gave Narcan + SSP card.
{{NAME:Nowak}} - called 1040, sister says in {{FACILITY:Jonestown General Hospital}} since {{DATE:2/19}} (pneumonia). Notified hospital pharmacy of last dose {{DATE:2/18/25}} 45 mg.
Signed {{NAME:N. Cruz}} RN`,
  `OVERDOSE FATALITY REVIEW - case summary (confidential, peer review privilege)
OFR case {{ID:OFR-2024-027}}   Review mtg {{DATE:09/12/2024}}   Presenter: {{NAME:Harriet Lindgren}}, epi
Decedent: {{NAME:Schaefer, Kyle Andrew}}, 34M, DOD {{DATE:06/02/2024}}, found 0700 in bathroom at {{FACILITY:Ridgeway Truck Stop}}, {{ADDRESS:I-94 exit 138}}. Tox (ME case {{ID:ME24-1193}}): fentanyl 18 ng/mL, 4-ANPP, xylazine, bromazolam.
Timeline:
 - {{DATE:3/2024}} released from {{FACILITY:Jackson Valley Correctional}} after 14 mo; no MOUD in prison; no naloxone at release.
 - {{DATE:4/9/24}} ED {{FACILITY:Marsh County Hospital}} - nonfatal OD; Narcan leave-behind, referral to bup clinic - never attended.
 - {{DATE:5/1/24}} PO {{NAME:Greg Vandermeer}}: "positive UA, verbal warning."
 - {{DATE:5/20/24}} PCP Dr. {{NAME:Anjali Varghese}}, {{FACILITY:Lakeside Family Practice}}: PDMP checked, no controlled rx; bup offered, pt "thinking about it."
 - {{DATE:5/28/24}} lost job at {{FACILITY:Northland Freight}} per mother {{NAME:Donna Schaefer}}.
Missed opportunities: no MOUD in custody; no naloxone at release; ED bup not started; no peer f/u after OD.
Recommendations: (1) MOUD continuation/induction at {{FACILITY:Jackson Valley Correctional}}; (2) ED bup protocol at {{FACILITY:Marsh County Hospital}}; (3) naloxone vending at truck stops on I-94.
Family interview by {{NAME:H. Lindgren}} {{DATE:8/15/24}}; {{NAME:Donna}} consented to share. Minutes: {{NAME:kp}}`,
  `INMATE GRIEVANCE - MEDICAL RESPONSE
Grievance # {{ID:GRV-2025-0331}}   Rec'd {{DATE:03/03/2025}}   Facility: {{FACILITY:Tall Pines Regional Jail}}
Grievant: {{NAME:Bashir Al-Masri}}   bk# {{ID:TP-24-09982}}   Housing: B-2, cell 14
Complaint (summ.): "I told intake I take Suboxone from Dr. {{NAME:Leventhal}} and they gave me nothing and I been sick for 4 days. Also nobody checked my sugar." Dated {{DATE:2/27/25}}.
Review by HSA {{NAME:Margaret Oduya-Klein}}, RN:
 - Intake {{DATE:2/23/25 2210}} by LPN {{NAME:R. Sandoval}}: pt reported bup 8 mg BID from Dr. {{NAME:Leventhal}} ({{FACILITY:Valley Recovery Clinic}}). Verification call not placed (night shift, no protocol) - DEFICIENCY.
 - PDMP ({{ID:PMP-25-7719330}}) confirms bup/nal 8/2 #60 filled {{DATE:2/10/25}} at {{FACILITY:Kessler Pharmacy}}.
 - Insulin-dependent DM: fingersticks ordered AC/HS but MAR shows only 3 of 16 done {{DATE:2/24-2/27}}.
Actions: bup resumed {{DATE:3/3/25}} 8 mg BID (Dr. {{NAME:Castellanos}}); COWS 11 at restart. BG checks reinforced; staff education {{DATE:3/5}}. Intake MOUD verification protocol revised.
Disposition: SUSTAINED. Grievant informed {{DATE:3/4/25}}, signed receipt.
Appeal rights: to jail administrator Capt. {{NAME:Leon Whitley}} within 10 days.`,
  `INTER-FACILITY HEALTH TRANSFER SUMMARY
From: {{FACILITY:Ironwood Reception & Diagnostic Center}}   To: {{FACILITY:Big Sandy Ridge Correctional Complex}}   Transfer {{DATE:07/15/2024}}
Name: {{NAME:CHAVIS, ROBERT LEE JR}}   DOC# {{ID:0091442}}   SSN {{SSN:247-55-0386}}   DOB {{DATE:10/10/1970}}
FBI# {{ID:228714KD3}}   Iris template {{BIOMETRIC:IRX-0091442-L}}
Active problems: HIV on DTG/3TC (VL <40 {{DATE:6/20/24}}), HBV: HBsAg neg, anti-HBc +, anti-HBs + (resolved). HTN. OUD - on methadone 70 mg at reception; receiving facility has no OTP -> bup transition planned, d/w Dr. {{NAME:Lomasney}} ({{DATE:7/12}}).
TB: IGRA neg {{DATE:5/30/24}}. CXR clear.
Allergies: sulfa (rash).
Meds sent (7d): DTG 50 / 3TC 300 (Dovato) #7, amlodipine 10 #7, methadone: NOT sent - final dose {{DATE:7/15/24 0545}}.
Pending: dental extraction #30, ophthalmology (hx retinal detachment OD 2019).
Emergency contact: wife {{NAME:Loretta Chavis}}, {{ADDRESS:PO Box 2271}}, {{LOCATION:Pembroke}}, NC {{ZIP:28372}}, {{PHONE:910-555-0187}}.
Prepared by {{NAME:Yusra Mahmood}}, RN   Reviewed: {{NAME:T. Lomasney}}, MD   Courier: sealed envelope w/ transport officer Sgt {{NAME:Hill}}`,
  `CONTACT ATTEMPT LOG - syphilis contacts to index {{ID:SY-25-0144}} (index: {{NAME:Dontrell Haynes}})
Worker: {{NAME:Lupe Castaneda}}, DIS II
contact                     attempt  date/time          method          result
{{NAME:Jamie Okwuosa}}               1        {{DATE:04/02/25 0915}}      phone {{PHONE:323-555-0118}}   VM, generic msg
{{NAME:Jamie Okwuosa}}               2        {{DATE:04/03/25 1620}}      text            replied "who is this"
{{NAME:Jamie Okwuosa}}               3        {{DATE:04/04/25 1100}}      phone           reached; notified; tx {{DATE:4/7}} at {{FACILITY:Crenshaw Health Center}}
"{{NAME:Cali}}" (app {{ID:calibaby_la}})       1        {{DATE:04/02/25 1000}}      app msg         read, no reply
"{{NAME:Cali}}"                      2        {{DATE:04/05/25 2130}}      app msg         blocked. UTL.
{{NAME:Antoine Beaudry}}             1        {{DATE:04/03/25 1400}}      field, {{ADDRESS:4120 W 54th St}}   not home; left card w/ roommate {{NAME:Kev}}
{{NAME:Antoine Beaudry}}             2        {{DATE:04/08/25 0830}}      field, work     found at {{FACILITY:Leimert Barbershop}}; tested, BPG given in van
{{NAME:Sharonda}} (no last name)     1        {{DATE:04/03/25}}           -               no locating info. UTL.
Summary: 4 named, 2 notified+treated (prev neg), 2 UTL. {{NAME:Beaudry}} RPR 1:8 - new case {{ID:SY-25-0161}}, interview scheduled {{DATE:4/10}}.
Supervisor review {{NAME:M. Takahashi}} {{DATE:4/9/25}}`,
  `EMPLOYEE HEALTH - LTBI EVAL (HCW converter)
Employee: {{NAME:Adeyemi-Cole, Folasade}}   Emp ID {{ID:E0448217}}   Dept: 5 North med-surg, RN
Employer: {{FACILITY:Riverbend Memorial Hospital}}   Visit {{DATE:05/21/2024}}
Annual IGRA {{DATE:5/6/24}}: QFT-Plus POS (TB1 0.82, TB2 1.14, nil 0.05). Prior QFT {{DATE:5/2023}} neg. -> converter.
Exposure: unprotected exposure {{DATE:2/11/24}} to pt later dx pulm TB (rm 512, pt {{NAME:G.H.}} - details via IP only), N95 fit-tested but not worn on first entry. Listed on exposure list by IP {{NAME:Dana Kowalski}}.
Born in {{LOCATION:Lagos}}, Nigeria; BCG as infant. Lives w/ husband {{NAME:Tunde}} and 2 kids in {{LOCATION:Brooklyn Park}}.
Sx neg. CXR {{DATE:5/20/24}} clear. LFTs nl. HIV neg.
Plan: 4R (rifampin 600 daily x 4 mo), self-administered; monthly check w/ EH. OCP interaction counseled - switch to condoms/IUD.
Rx sent to employee pharmacy. Work: no restrictions (LTBI not infectious).
Workers' comp claim # {{ACCOUNT:WC-24-118820}} filed (occupational exposure).
EH NP {{NAME:Brianne Halvorsen}}   cc: IP {{NAME:D. Kowalski}}, mgr {{NAME:Ruth Essien}}`,
  `[secure chat - outreach team]  {{DATE:Thu 12/12/24}}
0712 {{NAME:Deon Mathis}}: morning. anyone seen {{NAME:Pops}}?? not at his spot by the {{ADDRESS:Broadway bridge}}
0715 {{NAME:Marisa K}}: no. last saw him mon at {{FACILITY:Eastside Warming Center}}. he was coughing bad
0716 {{NAME:Deon Mathis}}: ok. also {{NAME:chantel}} had the baby!! girl, 5lb 2oz at {{FACILITY:Mercy Women's}}, sunday. baby in NICU for NAS watch
0718 {{NAME:Marisa K}}: omg. is she on bup still? need to get her to dr {{NAME:haddad}} before d/c
0719 {{NAME:kyoko}}: I called {{FACILITY:Mercy Women's}} SW {{NAME:Patrice}} {{PHONE:859-555-0142}} - CPS notified per protocol (plan of safe care), not a removal. {{NAME:chantel}}'s d/c prob sat
0725 {{NAME:Deon Mathis}}: the guy w the blue van, plate KY {{VEHICLE:8HT 331}} - tow notice on it. they need a place
0726 {{NAME:kyoko}}: will add to CE list. his name is {{NAME:Ricky Tull}}, hers {{NAME:Amber}}
0731 {{NAME:Marisa K}}: pls dont put last names in chat lol. ok
0740 {{NAME:Deon Mathis}}: found {{NAME:Pops}}!! inside the {{FACILITY:Krogan's Market}} on {{ADDRESS:Euclid Ave}} warming up. T 101.4 on our thermometer. I'm taking him to urgent care
0741 {{NAME:Marisa K}}: tell them hx? he got TB tested at the {{DATE:10/10}} event? not sure
0745 {{NAME:kyoko}}: his HMIS {{ID:HM-0042219}}, DOB {{DATE:6/6/51}}. sending to UC now`,
  `ELR REVIEW - HEPATITIS C (acute vs chronic)   reviewer {{NAME:Olamide Fashola}}, MPH   {{DATE:01/22/2025}}
Incoming ELR msg {{ID:ELR-250121-004471}} from {{FACILITY:Keystone Reference Lab}} (CLIA 39D0987654)
Pt: {{NAME:BRODERICK, CAITLYN M}}   DOB {{DATE:08/08/2002}}   addr {{ADDRESS:16 Schuylkill Ave, Fl 2}}, {{LOCATION:Pottsville}} PA {{ZIP:17901}}
HCV RNA 1,880,000 IU/mL ({{DATE:1/17/25}}); HCV Ab reactive. ALT 612, Tbili 2.1.
Prior: HCV Ab NEG {{DATE:7/30/24}} at {{FACILITY:Schuylkill Women's Health}} (postpartum visit). -> seroconversion w/in 12 mo = ACUTE HCV case per CSTE.
Ordering: Dr. {{NAME:Hema Raghunathan}}, {{FACILITY:Coal Region Family Medicine}}, ph {{PHONE:570-555-0159}}.
Investigation: called pt {{PHONE:570-555-0101}} {{DATE:1/22/25 1445}}. Reports IDU since {{DATE:Sept 2024}}, shares cookers w/ boyfriend {{NAME:Trevor}}. Infant son {{NAME:Liam}} ({{DATE:6/2024}} birth) - HCV exposure? mom Ab neg at delivery, low risk; peds to test.
Referred: SSP ({{FACILITY:Anthracite Harm Reduction}}), and to Dr. {{NAME:Raghunathan}} for DAA (Medicaid: no PA needed).
NEDSS entry {{ID:PA-NEDSS-30019548}}; portal audit: record opened from {{IP:203.0.113.52}} by user {{NAME:O. Fashola}}.
Link sent to pt for results portal: {{URL:https://myresults.keystonereflab.example.com/p/CB0808}}`,
  `SHELTER INTAKE - {{FACILITY:Harbor House Women's Shelter}}   intake {{DATE:11/04/2024 19:20}}   staff {{NAME:Tanisha Boyd}}
Guest: {{NAME:Kowalski, Renata}} ("{{NAME:Ren}}")   DOB {{DATE:02/29/1984}}   SSN {{SSN:361-55-0724}}   State ID {{LICENSE:S530-8841-2209}}
Referred by: {{FACILITY:Lakeview Hospital}} SW {{NAME:Greta Lindholm}}, d/c today after cellulitis/abscess (IDU R arm). On Bactrim DS BID until {{DATE:11/10}}.
Benefits: SNAP EBT {{ACCOUNT:5077 0411 8823 1194}}; SSI pending (claim {{ACCOUNT:SSA-CL-77201934}}); Medicaid {{HEALTH_PLAN:IL-MCD-91820455}}.
Last address: {{ADDRESS:4418 N Kedzie Ave, Apt 3F}}, {{LOCATION:Chicago}} {{ZIP:60625}} (evicted {{DATE:9/2024}}).
Health: OUD - started bup in hospital (8/2 BID), Rx to {{FACILITY:Albany Park Pharmacy}}; f/u {{FACILITY:Lawrence Ave Health Center}} {{DATE:11/7}} w/ Dr. {{NAME:Oyelaran}}. HCV+ untreated. No DV hx disclosed; no OP.
Emergency contact: friend {{NAME:Mireille Baptiste}} {{PHONE:773-555-0108}}.
Bed 22 (lower). Locker 22. Meds locked in office - self-admin w/ staff observation per policy. Narcan on each floor.
Rules signed. {{NAME:Ren}} asked that her ex, {{NAME:Dariusz Nowicki}}, not be told she is here - flagged in HMIS (no-info).
-{{NAME:TB}}`,
  `CONFIDENTIAL MORBIDITY REPORT   (fax to local health dept {{FAX:(916) 555-0135}})
Disease: Tuberculosis, suspected (pulmonary)   Date of report: {{DATE:2/9/2025}}
PATIENT: last {{NAME:Saetern}}  first {{NAME:Nai Fin}}  DOB {{DATE:06/30/1948}}  Age 76  Sex M
Ethnicity: Mien (born Laos; lived in refugee camp near {{LOCATION:Nan}}, Thailand)
Address {{ADDRESS:7320 Florin Mall Dr, #118}}  City {{LOCATION:Sacramento}}  ZIP {{ZIP:95823}}  Phone {{PHONE:916-555-0163}}
Occupation: retired; attends {{FACILITY:Iu Mien Community Temple}} daily, helps at {{FACILITY:Florin Asian Market}} weekends.
Clinical: cough 3 mo, hemoptysis x1, wt loss 5 kg. CXR {{DATE:2/6/25}}: bilat upper lobe cavities. AFB smear 2+ x2. NAAT pending ({{ID:SAC-25-002187}}).
Hospitalized? Y - {{FACILITY:Valley Oak Medical Center}} rm 3W-12 (AII), admit {{DATE:2/7/25}}.
Treatment: RIPE started {{DATE:2/8/25}}.
REPORTER: {{NAME:Duc Nguyen}}, MD   NPI {{LICENSE:1104938276}}   Clinic: {{FACILITY:South Sacramento Internal Medicine}}
Phone {{PHONE:916-555-0120}}   Fax {{FAX:916-555-0121}}   Email {{EMAIL:dnguyen@ssim-clinic.example.com}}
Comments: lives w/ son {{NAME:Kao Saetern}}, daughter-in-law and 4 grandchildren (youngest 18 mo). Interpreter needed (Iu Mien); grandson {{NAME:Tony}} speaks English.`,
  `PERINATAL HEP B PREVENTION - case mgmt log
Mother: {{NAME:Nguyen Thi Thu Ha}}   DOB {{DATE:3/3/1993}}   HBsAg+, HBeAg+, HBV DNA 8.2 log IU/mL   case {{ID:PHB-24-088}}
On tenofovir from 28 wk (Dr. {{NAME:Lam}}, {{FACILITY:Bellaire Asian Women's Clinic}}).
Infant: Baby Boy {{NAME:Tran}}, born {{DATE:09/14/2024 03:12}} at {{FACILITY:Westchase General Hospital}}, 3.2 kg; named {{NAME:Ethan Minh Tran}} on birth cert.
  HBIG 0.5 mL + HepB #1 given {{DATE:9/14/24 0455}} (within 2 h) - confirmed by L&D RN {{NAME:Kimberly Otis}}.
  HepB #2 {{DATE:10/15/24}} at peds, Dr. {{NAME:Hoang Vu}}, {{FACILITY:Little Saigon Pediatrics}}.
  HepB #3 due {{DATE:3/14/25}}.
  PVST (HBsAg + anti-HBs) due at 9-12 mo: {{DATE:6/2025-9/2025}}.
Household: father {{NAME:Tran Van Long}} - anti-HBs+ (immune). Grandmother {{NAME:Pham Thi Lieu}}, {{AGE:91}} y/o, HBsAg neg, anti-HBc+ (past infection) - no vaccine needed. Aunt {{NAME:Thu Trang}} (visits daily) - vaccinated per her.
Contact: mom cell {{PHONE:832-555-0190}}, Vietnamese preferred (interpreter line).
{{DATE:10/16/24}} call: mom asks if OK to breastfeed - yes, counseled; also cracked nipples ok unless bleeding heavily.
Mom's tenofovir continued postpartum by hepatology (Dr. {{NAME:Lam}} referral).
Worker: {{NAME:Linh Dao}}, PHN, {{FACILITY:Bayou Public Health District}}   {{PHONE:832-555-0111}}`,
  `OTP NURSING NOTE - pretrial client w/ electronic monitor
{{DATE:4/15/2025}}  {{FACILITY:Crossway Methadone Clinic}}   RN {{NAME:Fernanda Quiroga}}
Pt {{NAME:Baptiste, Jean-Robert}}  clinic ID {{MRN:CMC-60731}}  methadone 75 mg, day 41.
Pt on pretrial release w/ GPS ankle monitor, unit serial {{DEVICE:BI-LOC8-3309172}}, supervised by Pretrial Officer {{NAME:Lakisha Grant}} ({{FACILITY:Meadowlands Pretrial Services}}) {{PHONE:973-555-0166}}. Curfew 2000-0600; exclusion zone incl. {{ADDRESS:Springfield Ave corridor}}.
Today: monitor strap causing skin breakdown L ankle, 2x1 cm abrasion, no cellulitis. Pt asks for letter - provided note to officer requesting strap refit / switch to R ankle. We do NOT remove or adjust device.
UDS {{DATE:4/11}}: methadone/EDDP +, cocaine +. Pt admits cocaine {{DATE:4/9}}. Discussed: clinic will report attendance only per ROI, not UDS (consent limited to attendance).
Dose: 75 mg, obs. COWS 4 pre-dose (afternoon sx). Plan: increase to 80 mg per Dr. {{NAME:Feinstein}} order tomorrow.
Next court date {{DATE:5/6/25}} - pt asks for dosing before 0700 that day; approved (window opens 0545).
Wife {{NAME:Marie-Claude}} drops him off; she asked about Narcan for home - 2 kits given.`,
  `PHARMACY CALL - early refill request (buprenorphine)
{{DATE:10/30/2024 16:05}}  call from {{FACILITY:Fairview Pharmacy #12}} RPh {{NAME:Ahmed Siddiqui}} {{PHONE:651-555-0172}}
Re: {{NAME:Hollister, Jenna}}  DOB {{DATE:9/21/1988}}  Rx # {{ID:RX-7730451}} bup/nal 8/2 film #28 (14d), last filled {{DATE:10/23/24}}, requesting fill today (7 d early).
Pt states films "got wet in my bag" at work ({{FACILITY:Midway Distribution Center}}).
PDMP checked 1609 ({{ID:MN-PMP-4412903}}): only our Rx; no other controlled subs. Prescriber: Dr. {{NAME:Raymond Okeke}}, DEA {{LICENSE:BO9917245}}.
Called pt {{PHONE:651-555-0123}}: consistent story; she has 1 film left; no signs of misuse; UDS {{DATE:10/23}} appropriate (bup+/norbup+).
Plan (per Dr. {{NAME:Okeke}}, verbal 1620): authorize 7-day replacement #14 - insurance override req'd, pt pays cash if denied ($41). Documented 1 replacement per 12 mo policy. Next visit moved up to {{DATE:11/6/24}}.
Called back RPh {{NAME:Siddiqui}} 1625 - override obtained for member ID {{HEALTH_PLAN:MN-PMAP-00331877}}. -{{NAME:kl}}, RN care coordinator`,
  `PRIOR AUTHORIZATION REQUEST - buprenorphine ER injection (Brixadi)
Submitted {{DATE:02/04/2025}} via payer portal; PA ref {{ID:PA-25-0204-11872}}
Member: {{NAME:Morningstar, Tallulah}}   DOB {{DATE:12/12/1997}}   Member ID {{HEALTH_PLAN:OKM-558201946}}
Prescriber: {{NAME:Elif Demir}}, DO   NPI {{LICENSE:1669027731}}   DEA {{LICENSE:FD3308827}}   {{FACILITY:Red Earth Recovery Clinic}}, {{LOCATION:Tahlequah}}
Contact for PA: {{NAME:Cheyenne Harjo}}, MA   {{PHONE:918-555-0137}}   fax {{FAX:918-555-0138}}
Dx: F11.20 opioid use disorder, severe.
History: SL bup/nal since {{DATE:6/2023}}; 3 episodes of lost/stolen films; lives 70 mi from clinic on {{ADDRESS:Rural Route 3, Box 42}}, {{LOCATION:Stilwell}}; no reliable transport; children ages 4 and 7. Monthly injection removes diversion/theft risk and daily adherence barrier.
Request: Brixadi weekly 24 mg x4 then monthly 96 mg.
Supporting: UDS last 6 mo all bup+/norbup+, no illicit. PDMP ({{ID:OK-PMP-7720019}}) reviewed {{DATE:2/3/25}}, no other controlled.
Status {{DATE:2/6/25}}: APPROVED thru {{DATE:8/5/25}}, call ref {{ID:CR-0206-3391}} (rep "{{NAME:Monica}}").
Specialty pharmacy: {{FACILITY:Cimarron Specialty Pharmacy}}, delivery to clinic.`,
  `MMR CATCH-UP CLINIC (measles exposure response)   {{FACILITY:Iglesia Pentecostal Monte Sion}} fellowship hall
{{DATE:Sun 3/16/25}} after 2nd service, 1230-1500   Lead RN {{NAME:Graciela Montoya}}; vaccinators {{NAME:Paul Eze}}, {{NAME:Hanna Lindqvist}}
Exposure: case {{NAME:R.V.}} (15 y/o) attended services {{DATE:3/2}} and {{DATE:3/9}} while infectious. Pastor {{NAME:Efrain Villalobos}} shared attendance list (~180).
MMR lot Y012345 exp 09/2026 (Merck ProQuad not used). Prefilled diluent lot 4R22A.
Given: 61 MMR (48 kids, 13 adults). IG referrals: 3 infants <6 mo - sent to {{FACILITY:Valle del Sol Pediatrics}} (Dr. {{NAME:Mercado}}) for IMIG today.
Deferred: 2 pregnant women (serology drawn), 1 on chemo ({{NAME:Hermelinda Rojas}} - oncologist Dr. {{NAME:Kapoor}} called, IVIG arranged {{DATE:3/17}}).
Exclusions: unvaccinated kids at {{FACILITY:Escuela Cristiana Monte Sion}} excluded thru {{DATE:3/30}} unless MMR today (dose within 72h counts).
Hotline for families: {{PHONE:480-555-0142}}. Roster entered to state IIS by {{NAME:H. Lindqvist}}.
Choir director {{NAME:Noemi Paredes}} - no MMR record, refused, quarantine letter given; address {{ADDRESS:2231 W Broadway Rd, Apt 8}}, {{LOCATION:Mesa}} {{ZIP:85202}}.`,
  `TB DISCHARGE PLANNING - infectious TB pt (approval req'd by health dept)
Pt {{NAME:Mendoza Quispe, Wilfredo}}  MRN {{MRN:CHS-3381902}}  adm {{DATE:1/3/25}}  rm 7N-22 AII   Hospital: {{FACILITY:Central Harbor Hospital}}
Dx: pulm TB, smear 3+ on adm, now 1+ ({{DATE:1/14}}); GeneXpert RIF-R not detected; culture MTB pan-S ({{DATE:1/20}}).
Proposed d/c {{DATE:1/22/25}} to home: {{ADDRESS:1419 Atlantic Ave, Unit 5}}, {{LOCATION:Long Beach}} {{ZIP:90813}}.
Home: wife {{NAME:Yesica}}, son {{NAME:Brayan}} 17, daughter {{NAME:Dayana}} 3 (IGRA/TST done - all neg {{DATE:1/8}}; {{NAME:Dayana}} on window INH). No new contacts to be added; no immunocompromised in home.
Pt agrees to home isolation until cleared, no work ({{FACILITY:Pacific Pallet Co}} - employer notified w/o dx by PHN), no visitors, masks for household.
DOT: {{FACILITY:Seaside TB Clinic}} PHN {{NAME:Janelle Fairbanks}}, first home DOT {{DATE:1/23/25 0800}}. Meds: 2 wk supply given from inpatient pharmacy.
Health dept approval: Dr. {{NAME:Ivan Petrov}}, TB Controller, verbal {{DATE:1/21/25 1530}}, written approval faxed from {{FAX:562-555-0124}}.
Peru-born; sister in {{LOCATION:Cusco}} informed by pt. Pt's phone {{PHONE:562-555-0181}}.
CM {{NAME:Oksana Hrytsenko}}, RN   ext {{PHONE:4-7712}}`,
  `ORDER OF THE HEALTH OFFICER - ISOLATION (TUBERCULOSIS)   Order No. {{ID:HO-2024-TB-006}}
Issued {{DATE:November 8, 2024}} by {{NAME:Miriam Adebayo-Stern}}, MD, MPH, Health Officer, {{FACILITY:Tri-River Public Health District}}
TO: {{NAME:Dwayne Earl Pickett}}, DOB {{DATE:05/17/1979}}, last known {{FACILITY:Sunset Motor Lodge}}, {{ADDRESS:880 S 7th St, Unit 21}}, {{LOCATION:Eugene}}, OR {{ZIP:97401}}
FINDINGS: You have infectious pulmonary tuberculosis (sputum AFB smear positive {{DATE:10/28/24}} and {{DATE:10/30/24}}; culture M. tuberculosis). You left {{FACILITY:St. Brendan Regional Medical Center}} against medical advice on {{DATE:11/5/24}} and missed directly observed therapy on {{DATE:11/6}} and {{DATE:11/7}}.
ORDER: You must remain in isolation at the address above, take TB medicines by DOT daily, and not use public transit or enter {{FACILITY:Whiteaker Community Kitchen}} or other congregate settings until released in writing.
Failure to comply may result in a petition to {{FACILITY:Lane Valley Circuit Court}} for detention under ORS 433.123.
Right to counsel / hearing: call {{PHONE:541-555-0199}}. Outreach worker {{NAME:Hector Salinas}} will bring meals and phone (IMEI {{DEVICE:356938035643809}}) for video DOT.
Served in person {{DATE:11/8/24 1410}} by {{NAME:K. Abernathy}}, PHN, witness Deputy {{NAME:Colton Reyes}}. Recipient signature: refused to sign.`,
  `SYPHILIS LINE LIST - {{LOCATION:Wasco Co}} / {{LOCATION:Sherman Co}} - Q3 2024 (internal, DO NOT FWD)
ID           name                 age sex  stage      RPR    tx date       partner of  venue
{{ID:SY-24-201}}    {{NAME:Abrams, Cody}}         23  M    P&S        1:32   {{DATE:7/8}}           -           {{FACILITY:Gorge Bar & Grill}}
{{ID:SY-24-207}}    {{NAME:Lightfoot, Raven}}     19  F    secondary  1:64   {{DATE:7/19}}          201         {{FACILITY:Gorge Bar & Grill}}
{{ID:SY-24-211}}    {{NAME:Pacheco, Eduardo}}     31  M    early lat  1:16   {{DATE:8/2}}           207         works {{FACILITY:Columbia Orchards}}
{{ID:SY-24-219}}    {{NAME:Lightfoot, Marcus}}    44  M    late lat   1:4    NOT TX'D      -           -
{{ID:SY-24-224}}    {{NAME:Yates, Brandi}}        27  F    P&S        1:8    {{DATE:9/3}}           211         pregnant 18 wk
{{ID:SY-24-230}}    {{NAME:Kirkpatrick, Sam}}     58  M    neuro?     1:256  {{DATE:9/12}} (adm)     -           {{FACILITY:Cascade Gorge Regional}}
notes: 219 is uncle of 207 - household, not sexual contact; found on family testing.
{{NAME:Brandi}} - OB Dr. {{NAME:Feldman}} at {{FACILITY:Celilo Women's Clinic}} aware; Bicillin #2 {{DATE:9/10}}, #3 {{DATE:9/17}}.
{{NAME:Sam}} - LP done, CSF VDRL +; PCN G IV x 14 d.
Venue: testing night at {{FACILITY:Gorge Bar & Grill}} {{DATE:10/4}} w/ owner {{NAME:Dale Spurlock}}'s permission.
DIS: {{NAME:Rosalind Tso}} / {{NAME:Abe}}`,
  `VARICELLA - {{FACILITY:Monroe Flats County Jail}} - outbreak note #2   {{DATE:02/19/2025}}
Author: {{NAME:Ruth Okonkwo-Baines}}, RN, infection control   cc: Dr. {{NAME:Pavlik}} (med dir), county epi {{NAME:Shaun Tillery}}
Cases (2):
 1) {{NAME:Cabrera, Julio}} bk {{ID:MF-25-0877}}, rash onset {{DATE:2/12}}, VZV PCR + {{DATE:2/13}}, housed E-pod. Born in Honduras ({{LOCATION:San Pedro Sula}}), no vax hx. Medical AII cell, valacyclovir.
 2) {{NAME:Oduya, Samuel}} bk {{ID:MF-25-0912}}, onset {{DATE:2/17}}, E-pod bunk next to #1. Clinical dx, PCR pending.
Exposed E-pod (48 inmates) - quarantine {{DATE:2/13-3/10}}: no new intakes, no transfers, court by video only.
Serology: 41 VZV IgG +, 5 neg -> Varivax given {{DATE:2/18}} (lot 2V8K1), 2 pending.
High risk: {{NAME:Whitlock, Gene}} (prednisone 40, COPD) IgG neg - VariZIG from {{FACILITY:Monroe Flats Regional Hospital}} pharmacy, given {{DATE:2/19}} 1015.
Staff: CO {{NAME:Brianna Kessler}} (IgG neg, pregnant) reassigned off E-pod per HR; CO {{NAME:Mike Dunleavy}} immune.
Released from E-pod during quarantine: {{NAME:Tyson Greer}}, {{DATE:2/16}} - exposure letter mailed to {{ADDRESS:301 Commerce St, Apt 9}}; PO {{NAME:Diane Kowal}} notified.
Next update {{DATE:2/26}}.`,
  `NEWBORN NURSERY - CONGENITAL SYPHILIS EVALUATION
Infant: Baby Girl {{NAME:Yates}} ("{{NAME:Harmony}}" per mom)   born {{DATE:01/27/2025 06:48}}   MRN {{MRN:CGR-N-0048812}}   {{FACILITY:Cascade Gorge Regional}} nursery
Mother: {{NAME:Brandi Yates}}, 27, G2P2. Maternal P&S syphilis dx {{DATE:9/3/24}} (RPR 1:8); Bicillin L-A x3 {{DATE:9/3}}, {{DATE:9/10}}, {{DATE:9/17}} - adequate, completed >4 wk before delivery. Maternal RPR at delivery 1:1 (4-fold decline). HIV neg x2.
Infant: 39+2 wk, 3,180 g, Apgars 8/9. Exam: no HSM, no rash, no snuffles, no pseudoparalysis. Infant RPR NR ({{DATE:1/27/25}}).
CDC scenario 3 (CS less likely): no CSF/long bone eval. Single dose benzathine PCN 50,000 U/kg IM discussed - not given (maternal tx adequate, titer low, good f/u). 
Father {{NAME:Eduardo Pacheco}} treated {{DATE:8/2/24}}, RPR now NR per DIS.
Reported to county DIS {{NAME:Rosalind Tso}} {{PHONE:541-555-0193}} at 1130 today.
F/u: peds Dr. {{NAME:Tomasz Brzezinski}}, {{FACILITY:Hood River Kids Clinic}}, {{DATE:2/3/25}}; no repeat RPR needed if NR at birth.
Anticipated d/c {{DATE:1/29}} to {{ADDRESS:615 E 9th St}}, {{LOCATION:The Dalles}} {{ZIP:97058}}; mom's cell {{PHONE:541-555-0148}}.
Nursery RN {{NAME:Kaylee Brandt}} / Peds hospitalist Dr. {{NAME:Anand Rao}}`,
  `OTP - ON-SITE HEP C TREATMENT VISIT (week 4)
{{FACILITY:Heritage Valley Treatment Services}}   {{DATE:6/18/2024}}   Provider {{NAME:Ngozi Eze-Uche}}, NP (HCV clinic Tuesdays)
Pt {{NAME:Sokolova, Irina}}   Client# {{MRN:HVT-31877}}   methadone 110 mg, phase 3
HCV GT3a, RNA 3.9M baseline ({{DATE:5/14}}), F1 (FibroScan 6.2 kPa). Epclusa 1 tab daily x 12 wk started {{DATE:5/21/24}} - taken WITH methadone at window, observed, days she has take-homes: pill in lockbox w/ bottles.
Adherence: 28/28 per dosing log + pill count. Side effects: headache wk 1, resolved.
Wk 4 RNA: <15 IU/mL detected, not quantifiable. ALT 34 (from 88).
Drug interactions: none w/ methadone; omeprazole stopped (PPI interaction).
Husband {{NAME:Pavel Sokolov}} Ab+ - referred to our clinic; he's not enrolled in OTP - can be seen as HCV-only pt, intake {{DATE:6/25}}.
Insurance: {{HEALTH_PLAN:OH-MCD-223018447}}; Epclusa via 340B, {{FACILITY:Valley Community Pharmacy}}, last fill {{DATE:6/14}}, next {{DATE:7/12}}.
SVR12 draw: ~{{DATE:11/12/24}}.
Counselor {{NAME:Derek Amankwah}} aware. -{{NAME:NEU}}`,
  `TAKE-HOME CALLBACK / BOTTLE RECALL - diversion control
{{FACILITY:Northside Opioid Treatment Program}}   called {{DATE:Mon 9/9/24 0905}} by {{NAME:Rosa Feliciano}}, RN
Pt: {{NAME:JEFFERSON, LAMONT R}}   ID {{MRN:NOTP-004517}}   phase III (3 take-homes/wk since {{DATE:8/1/24}})
Random callback: pt instructed to bring all take-home bottles (T-5120, T-5121) within 24 h.
Pt arrived {{DATE:9/9/24 1340}}. Both bottles present, seals intact, volumes consistent (T-5120 95 mg, T-5121 95 mg). Lockbox present. Palm-vein ID matched {{BIOMETRIC:PV-88213-0457}}.
UDS observed (cup #4419): methadone +, EDDP +, all else neg.
Result: CALLBACK PASSED. Phase III continues.
Pt reports new job at {{FACILITY:Tri-State Rail Yard}} - shift 1500-2330, asks for later dosing; window 3 open until 1330 - OK.
Pt also asks for guest dosing {{DATE:10/11-10/14/24}} in {{LOCATION:Gary}}, IN (brother {{NAME:Marcus Jefferson}}'s wedding). Request to be faxed to {{FACILITY:Lakeside OTP Gary}} fax {{FAX:219-555-0162}}. Counselor {{NAME:Denise Whitlock}} to complete.
Dr. {{NAME:Greenbaum}} reviewed {{DATE:9/10/24}}.`,
  `bup f/u - {{FACILITY:Bridgeway Recovery Clinic}} - {{DATE:3/6/25}}
pt {{NAME:brittany kowalczyk}} (MRN {{MRN:BRC-20931}}), on bup/nal 8/2 TID since {{DATE:1/2025}}
S: "I slipped." used fentanyl x2 last wk after bf {{NAME:cody}} was arrested ({{FACILITY:Portage Lakes County Jail}}, bk # he told her {{ID:2025-004187}}). Now staying w/ her aunt {{NAME:Deb}} at {{ADDRESS:2290 Wedgewood Dr}}, {{LOCATION:Stow}}. Still working at {{FACILITY:Wedgewood Fresh Market}} deli.
cravings 7/10. no OD. has Narcan. took bup every day per her.
O: pupils 4mm, no track marks new. UDS today: bup+, norbup+, fent+, norfent+. ratio norbup/bup ok (taking it).
PDMP {{DATE:3/6/25}} ({{ID:OARRS-80113397}}): bup fills q7d {{FACILITY:Ridgeview Pharmacy}} only; gabapentin d/c'd by Dr. {{NAME:Szabo}} {{DATE:2/2025}}.
A/P: return to use in context of stressor. Not a reason to d/c. Increase to 8/2 x3 + 4 mg PRN cravings (max 28). Weekly visits x 4. Offered Sublocade - will think. Counseling w/ {{NAME:Jess}} Thurs. Al-Anon info re bf.
Court: she's subpoenaed as witness {{DATE:3/20/25}} in his case {{ID:CR-2025-00931}}, {{FACILITY:Portage Lakes Common Pleas Court}} - letter for work provided.
next {{DATE:3/13/25}}. -{{NAME:OA}} NP`,
  `Re: {{NAME:Eugene Whitlow}}, DOC {{ID:R-552187}} - parole violation hearing {{DATE:05/22/2024}}
To: Hearing Officer {{NAME:Alana Prescott}}, State Board of Parole Hearings, Northern Regional Office
From: {{NAME:Jonah Birnbaum}}, MD, Medical Director, {{FACILITY:Eastfield Comprehensive Health}}
Date: {{DATE:May 17, 2024}}

Mr. {{NAME:Whitlow}} has been my patient since {{DATE:January 2023}} for HIV infection and opioid use disorder. He is prescribed Biktarvy and methadone 90 mg daily at {{FACILITY:Eastfield OTP}}. His HIV viral load has been undetectable since {{DATE:April 2023}} (most recent {{DATE:4/30/24}}).
The alleged violation (positive test for "opiates" on {{DATE:4/12/24}}) is explained by his prescribed methadone; the parole office's screen was a point-of-care cup that does not distinguish methadone from other opioids. Our confirmatory LC-MS/MS on the same day (specimen {{ID:EF-24-33109}}) was positive only for methadone and EDDP.
Returning Mr. {{NAME:Whitlow}} to custody would interrupt both treatments; an interruption of methadone carries a high risk of overdose death after release.
I am available at {{PHONE:(312) 555-0185}} or {{EMAIL:jbirnbaum@eastfieldhealth.example.org}}.
cc: Agent {{NAME:Donnell Shaw}}; Atty. {{NAME:Rebecca Lutz}}, Public Defender`,
  `SICK CALL - {{FACILITY:Willow Bend Women's Correctional Facility}}
Request rec'd {{DATE:7/2/24}}: "Im pregnant I think. I was on subs before I came in and they took me off at county. Please test me. - {{NAME:Amber Lynn Ricketts}} #{{ID:W-31044}} Unit 4 bed 12"
Seen {{DATE:7/3/24 0830}} by {{NAME:Cheryl Vance}}, RN; provider {{NAME:Nadia Petrosyan}}, CNM.
S: LMP ~{{DATE:5/10}}. Was on bup 16 mg/d from {{FACILITY:Blue Ridge Recovery}} until booked at {{FACILITY:Hollow Creek County Detention}} {{DATE:6/12}}, then tapered off over 5 d. Now cravings, insomnia, nausea. Smokes 1/2 ppd.
O: BP 112/70, P 92. UPT POS. COWS 3.
A/P: 1) IUP ~7 wk by LMP - dating US ordered at {{FACILITY:Hollins Valley Hospital}} women's imaging. 2) OUD, early remission in controlled environment, pregnant - restart bup 8 mg today, 16 mg from tomorrow (facility MOUD protocol: pregnant pts not tapered). 3) Prenatal labs: HIV, HBsAg, HCV, RPR, GC/CT, CBC, type & screen. PNV daily.
Notified medical director Dr. {{NAME:Farid Haddad}}; classification re lower bunk / pregnancy diet.
Pt's mother {{NAME:Sheila Ricketts}} is on approved visitor list; pt will tell her herself.
Next OB visit {{DATE:7/17/24}}. -{{NAME:C. Vance}} RN`,
  `SCHOOL TB EXPOSURE - contact list from school nurse
{{FACILITY:Northgate Middle School}}   prepared {{DATE:10/02/2024}} by {{NAME:Lisa Ferraro}}, RN (school nurse) {{PHONE:503-555-0144}}
Index: staff member (teacher, name withheld from list per district; known to TB program as {{ID:MC-TB-24-019}}). Infectious {{DATE:6/2024}} - {{DATE:9/20/24}} (summer break excluded).
Period 3 science, room 114 (exposure {{DATE:9/3-9/20}}, 50 min/day):
  {{NAME:Alvarez, Mia}}        gr7   parent {{NAME:Rosa Alvarez}} {{PHONE:503-555-0191}}
  {{NAME:Chen, Ethan}}         gr7   parent {{NAME:Lily Chen}} {{PHONE:503-555-0115}}
  {{NAME:Diallo, Aminata}}     gr7   parent {{NAME:Moussa Diallo}} {{PHONE:503-555-0126}} (French/Pular)
  {{NAME:Kozlov, Daniil}}      gr7   IEP; parent {{NAME:Olga Kozlova}} {{PHONE:503-555-0187}}
  {{NAME:Running Water, Eli}}  gr7   parent {{NAME:Sarah Running Water}} {{PHONE:503-555-0152}}
  ...+23 more on attached page
Staff in same room/lunch: {{NAME:Brad Nichols}} (co-teacher), {{NAME:Fatou Ceesay}} (para).
Plan: IGRA at school clinic {{DATE:10/9}} and {{DATE:10/10}}; 8-10 wk post-exposure repeat {{DATE:11/25}}.
Letters home in English/Spanish/Russian/French. Questions to TB program {{NAME:Gabriel Ortiz}} {{PHONE:503-555-0100}}.`,
  `From: {{NAME:Marcus Whitfield}} <{{EMAIL:mwhitfield@elpaso-dis.example.gov}}>
Sent: {{DATE:Friday, June 14, 2024 8:52 AM}}
To: {{NAME:Adriana Ochoa}}; {{NAME:Ben Cardenas}}
Subject: GC cluster - {{FACILITY:Club Azul}} / {{FACILITY:The Rusty Spur}}

Team - 6th case in 5 wks linked to the 2 bars. New one is {{NAME:R. Dominguez}} (GC pharyngeal + rectal, {{ID:GC-24-1187}}), named {{NAME:Luis Enrique Barraza}} again - that's the same {{NAME:Luis}} from {{NAME:Adrian O-L}}'s syphilis interview last month. Still not located; his old number {{PHONE:915-555-0191}} now goes to a different person.
He has a public FB: {{URL:facebook.com/luisenrique.barraza.54}} - {{NAME:Ben}}, pls send a DIS friend request from the work acct per protocol.
Also: ceftriaxone-resistant? no - all 6 isolates cef MIC <=0.015. Cultures from {{FACILITY:Sunland Sexual Health Clinic}} ({{ID:SSHC-GC-0611}}).
Outreach night at {{FACILITY:The Rusty Spur}} {{DATE:6/21}} 9 pm-1 am, owner "{{NAME:Chuy}}" ok'd; {{NAME:Adriana}} bringing doxy-PEP info.
-- {{NAME:Marcus}}
{{NAME:Marcus Whitfield}}, DIS III | {{PHONE:915-555-0102}} | fax {{FAX:915-555-0103}}`,
  `HEP A - FOOD HANDLER CASE - restaurant assessment
Case: {{NAME:Sandoval, Rigoberto}}, 36M, line cook at {{FACILITY:La Palapa Mariscos}}, {{ADDRESS:2715 E Colfax Ave}}, {{LOCATION:Aurora}} {{ZIP:80010}}. Case {{ID:HAV-24-0331}}.
Onset jaundice {{DATE:7/28/24}}; IgM anti-HAV + {{DATE:7/30}}. Infectious {{DATE:7/14}} - {{DATE:8/4}}. Worked shifts {{DATE:7/14-7/27}} (lunch + dinner), handled cold items (ceviche, salsa, cut fruit). Hand hygiene obs'd inadequate.
Household: wife {{NAME:Lourdes}}, kids {{NAME:Rigo Jr}} 9, {{NAME:Alexa}} 6 - vaccine given {{DATE:8/1}}; mother-in-law {{NAME:Ofelia Cisneros}}, {{AGE:93}}, HAV IgG + (immune).
Coworkers (14): 11 vaccinated {{DATE:8/2}} on site; 3 declined/absent: {{NAME:Juan Pablo Ixcot}}, {{NAME:Marleny}}, {{NAME:Kevin Tran}}.
Patrons: exposures {{DATE:7/22-8/4}} too remote for PEP for early dates; press release for {{DATE:7/26-8/4}} diners - PEP clinics {{DATE:8/6}} and {{DATE:8/7}}. Reservations list via manager {{NAME:Alma Duarte}} {{PHONE:303-555-0138}}; credit card receipts NOT used.
Restaurant closed {{DATE:8/1}} voluntarily, reopened {{DATE:8/3}} after inspection by EHS {{NAME:Greg Pulaski}}.
Pt excluded from work until 7 d after jaundice onset ({{DATE:8/4}}). Employer letter faxed to {{FAX:303-555-0139}}.
Investigator: {{NAME:Tuyet Pham}}, {{DATE:8/2/24}}`,
  `INTERJURISDICTIONAL TB NOTIFICATION (IJN) - outgoing
From: {{FACILITY:Tri-River Public Health District}} TB Program - {{NAME:Kate Abernathy}}, RN   ph {{PHONE:541-555-0183}}   fax {{FAX:541-555-0184}}
To: TB Control, {{FACILITY:Capitol Valley Public Health Dept}}   fax {{FAX:916-555-0176}}
Date: {{DATE:12/03/2024}}
Type: case transfer of care + contact notification
CASE: {{NAME:Dela Cruz, Maribel}}, DOB {{DATE:04/19/1971}}, our case {{ID:LC-2024-0317}}. Pulm TB, pan-S. Smear conv {{DATE:3/27/24}}, culture conv {{DATE:4/15/24}}. RIPE x 2 mo then INH/RIF; extended to 9 mo (cavitary + DM, 2-mo culture +), planned end {{DATE:12/12/24}}. 8 DOT doses remain.
Moving {{DATE:12/5/24}} to daughter's home: {{ADDRESS:5519 Stockton Blvd, Apt 30}}, {{LOCATION:Sacramento}} {{ZIP:95820}}. Phone unchanged {{PHONE:541-555-0139}}. Tagalog; daughter {{NAME:Joanna}} interprets.
CONTACTS moving with her:
 - mother {{NAME:Consolacion Reyes}}, {{AGE:92}}, IGRA neg {{DATE:3/2024}} and {{DATE:5/21/24}} - eval complete, FYI only.
 - granddaughter {{NAME:Ella Dela Cruz}}, 3 y/o (DOB {{DATE:1/9/2021}}) - window INH then 4R, completed {{DATE:8/2024}}.
Enclosed: DOT log, susceptibility report ({{ID:MB24-018823}}), CXR reports, LFT flowsheet. Images on CD mailed {{DATE:12/3}}.
Please confirm receipt and return IJN outcome within 30 d to {{EMAIL:tbcontrol@trph.example.org}}.`,
  `MAIL-BASED HARM REDUCTION - order review
Order {{ID:NX-2025-04412}} placed {{DATE:01/06/2025 23:17}} via web form from IP {{IP:198.51.100.203}}
Name given: "{{NAME:J. Hawk}}" (alias allowed)   email {{EMAIL:jhawk.riverroad@mail.example.com}}   text {{PHONE:406-555-0133}}
Ship to: {{ADDRESS:General Delivery}}, {{LOCATION:Browning}}, MT {{ZIP:59417}} (post office pickup)
Requested: naloxone 4 mg x4, FTS x20, xylazine strips x10, syringes 1cc x100, 2 qt sharps, wound kit.
Screening: injects - yes; uses alone - "mostly"; witnessed OD in past 12 mo - yes, cousin, {{DATE:12/24/24}}, "we had narcan, he made it."
Interested in telehealth bup: YES -> referred to {{FACILITY:Two Medicine Recovery Clinic}}.
Follow-up: peer {{NAME:Winona Running Crane}} texted {{DATE:1/7/25 0930}}; reply "ok call me after 5". Called {{DATE:1/7}} 1715, 12 min. Tele-bup appt set {{DATE:1/9/25}} w/ Dr. {{NAME:Paul Lefthand}}; pt will use library computer at {{FACILITY:Browning Public Library}} if no signal at home.
Packed by {{NAME:sm}}, shipped USPS {{DATE:1/7/25}}, tracking {{ID:9400 1118 9922 3344 5566 77}}.
Order record: {{URL:https://hrbm.example.org/p/NX-2025-04412}}
Note: 2nd order this month from same IP - allowed (limit 3/mo). {{NAME:Winona}} to ask if supplies going to others (secondary distribution - encouraged, offer extra Narcan).`,
  `{{FACILITY:SHELBY CREEK COUNTY JAIL}} - BOOKING / MEDICAL INTAKE
Booking # {{ID:SC25-01472}}   Booked {{DATE:04/26/2025 01:55}}   Arresting officer Dep. {{NAME:K. Holtz}} badge {{ID:4471}}
Name: {{NAME:PRESTON, KAYLA DAWN}}   AKA {{NAME:Kayla Whitt}}   DOB {{DATE:03/08/1996}}   SSN {{SSN:408-55-0271}}
Livescan fingerprint TCN {{BIOMETRIC:E2025116-01472-KY}}   Booking photo {{PHOTO:SC2501472_front.jpg}}
Charges: poss. controlled substance; DUI. Vehicle impounded: 2015 Chevy Malibu, KY {{VEHICLE:HBK 9032}}, VIN {{VEHICLE:1G11C5SA9FF230184}}, towed by {{FACILITY:Big Creek Towing}}.
Medical screen ({{NAME:Tasha Combs}}, LPN, 0230):
- Meds: bup/nal 8/2 BID from {{FACILITY:Appalachian Recovery Partners}} (Dr. {{NAME:Eli Sizemore}}); sertraline 50. Bottle in property: #22 films, Rx date {{DATE:4/19/25}} - count matches.
- Pregnant? UPT neg. LMP {{DATE:4/10}}.
- Last use: "a little meth yesterday," no opioids. BAC .06. COWS 2.
- HCV Ab+ (treated 2023, SVR per pt). TB sx neg.
- Suicide screen neg. 
- Kids: 2, with grandmother {{NAME:Judy Preston}} {{PHONE:606-555-0154}}.
Plan: continue bup per jail MOUD policy after verification - call clinic at 0800 ({{PHONE:606-555-0112}}). Bond hearing {{DATE:4/28/25}}.`,
];

export const HELDOUT_REALISTIC_94_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout94-${i + 1}`, n));
