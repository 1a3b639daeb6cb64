// A hundred-and-eleventh held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is infectious disease, public health and occupational/employee
// health: ID consult notes and e-consults, HIV and PrEP clinic notes, hepatitis C treatment starts
// and SVR messages, TB clinic intakes and directly observed therapy (DOT and video DOT) logs,
// contact-tracing interviews and outbreak line lists (norovirus on a cruise ship, measles exposures
// in a school, legionella at a hotel, salmonella at a church supper, scabies in a nursing home),
// STI partner notification and expedited partner therapy, notifiable-disease case reports faxed or
// exported to county health departments, travel-medicine and yellow-fever clinic visits, rabies PEP
// schedules and animal-bite reports, needlestick and body-fluid exposure workups for staff,
// employee-health fit tests, TB screening and return-to-work notes, vaccine adverse event reports,
// refugee health screenings, antibiotic stewardship and OPAT (home IV antibiotic) notes, and lab
// callbacks of positive cultures. Names come surname first, in capitals, as initials, nicknames,
// first names alone, hyphenated and non-English names (Nguyen Thi Lan, Abdirahman, Oyelaran-Smith),
// and as typist and signer initials; places are loosely written addresses, apartment, space
// and RV-site numbers, hotels, ships' ports, schools, employers and shelters (FACILITY) and
// cities abroad (LOCATION); dates come as 3/4/24, 03-17-2005, 2024-03-04, 14-May-2024, 7.9.2024, 20240716,
// 15/08/1986, "March 3rd, 2025", "12 December 2024", month/year, month/day alone and with times.
// Look-alikes that are NOT PHI: organism names (Klebsiella, Listeria, Legionella, Brucella,
// Coxiella, Vibrio, Candida auris), eponymous tests, signs and devices (Duke
// criteria, Janeway lesions, Osler nodes, Koplik spots, Jarisch-Herxheimer, Argyll Robertson,
// Romberg, Semmes-Weinstein, Ishihara, Fite stain, Gram stain, Hickman, Foley), drug names and doses
// (Biktarvy, Descovy, Epclusa, Apretude 600 mg, cefazolin 2 g q8h, rifampin 600 mg), CD4 counts,
// viral loads, MIC values, Ct values, RPR titres, Tdap/MMR/YF-Vax and other vaccine names, lot
// numbers and their expiry, CLIA numbers, ICD-10 and LOINC codes, room, bed, cabin and deck
// numbers, N95 model numbers, years alone, seasons with a year, weekdays alone, clock times alone,
// ages of 89 and under, states and countries.
//
// Annotation follows the README guideline and the conventions of set 72's header: titles, kin
// terms and newborn labels stay outside NAME spans; a month/day without a year and a month with a
// year (Dec 2023, 11/2024) are DATE, a year alone is not; a clock time next to a month/day without a
// year stays outside the span, while a time attached to a date with a year is inside; a weekday
// written with a date is part of it; a date range written as one token (4/6-4/8/24) is one span;
// ages over 89 are AGE however written (and when written in error); schools, employers, hotels,
// churches, farms, shelters, a cruise ship named as a setting, labs, pharmacies, home-infusion
// agencies, proper-named wards and county or city health departments are FACILITY, while state and
// federal agencies and payers are not PHI; cities abroad, towns and counties are LOCATION;
// insurer, Medicare and Medicaid member numbers are HEALTH_PLAN; billing, copay-card and claim
// numbers are ACCOUNT; NPIs are LICENSE; plates and boat registrations are VEHICLE; pump, phone
// IMEI, wound-vac, data-logger and fit-tester serials are DEVICE; case, accession, outbreak,
// employee, VAERS, certificate, message, order, passport and alien numbers and a social-app handle
// are ID; the file reference of a photo showing a patient's face is PHOTO; a palm-vein template
// number is BIOMETRIC; short in-house pagers and extensions are PHONE; lot numbers, CLIA numbers and
// a lot's expiry date are not PHI.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-23 final engine
// (18d1e8d) 0.9664 / 0.9558; pass-24 engine (whose rules were made from sets 105-107 and 110
// without reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `INFECTIOUS DISEASE CONSULT
Pt: {{NAME:OKONKWO, Chinedu A.}}   MRN {{MRN:40028815}}   DOB {{DATE:07/14/1961}}
Admitted {{DATE:3/2/2024}} to {{FACILITY:Halvorsen 6}} rm 614-B. Requesting: Dr. {{NAME:Pettibone}} (hospitalist), pgr {{PHONE:4471}}
Reason: MSSA bacteremia, ? endocarditis

HPI: 62M w/ T2DM, ESRD on HD via L AVF at {{FACILITY:Riverbend Dialysis - Eastgate}}, p/w rigors during HD on {{DATE:2/29}}. BCx 2/2 GPC in clusters -> MSSA (cefazolin MIC <=0.5, oxacillin S). Repeat BCx {{DATE:3/3}} NGTD. TTE no veg; TEE booked {{DATE:Thursday 3/7}}. Duke criteria: 1 major, 1 minor so far. No Janeway lesions, no Osler nodes, no splinters.
Social: lives w/ wife {{NAME:Ngozi}} at {{ADDRESS:2210 Tamarack Ct}}, {{LOCATION:Brooklyn Park}} {{ZIP:55443}}. Retired bus driver. Travel to {{LOCATION:Enugu}} {{DATE:Dec 2023}}.

Recs:
1. Cefazolin 2 g IV after each HD (TIW), dose by {{FACILITY:Riverbend}} RN.
2. Dc vanc. 
3. TEE; if neg and BCx clear x72h, 4 wk from first neg cx ({{DATE:3/3/24}}).
4. OPAT referral placed; ID clinic f/u with Dr. {{NAME:Shah-Morales}} in 2 wks.
Thank you for this consult. Will follow.
{{NAME:Imani Ruggles}}, MD  ID fellow  x{{PHONE:6-2290}}`,

  `HIV PRIMARY CARE - RETURN VISIT   {{DATE:04/18/2024}}
{{NAME:Delacroix, Marcus}} | MRN: {{MRN:HV-0093317}} | Ins: Medicaid {{HEALTH_PLAN:MN77120438}}
Preferred name: "{{NAME:Mars}}"  pronouns he/him

S: Doing well on Biktarvy 1 tab daily, missed ~2 doses since last visit ({{DATE:1/16}}). Works nights at {{FACILITY:Shamrock Logistics}} warehouse. New partner since Feb, both using condoms "mostly". Denies fevers, wt loss, thrush.
O: BP 128/76, wt 81.4 kg. No LAD, no oral lesions.
Labs ({{DATE:4/2/24}}): CD4 612 (31%), HIV-1 RNA <20 copies/mL, Cr 1.02, ALT 22. RPR nonreactive. GC/CT NAAT (3-site) neg.
A/P:
- HIV, virologically suppressed (B20). Continue BIC/FTC/TAF. 
- Partner {{NAME:Tomás}} interested in PrEP -> gave PrEP nav line {{PHONE:(612) 555-0184}}.
- HPV vaccine #3 given today (Gardasil 9, lot not recorded here - see MAR).
- Ryan White recert due {{DATE:6/30/2024}}; case mgr {{NAME:Bev Lindqvist}} notified by email {{EMAIL:blindqvist@northloopcare.example.org}}.
RTC 6 mo with labs. 
{{NAME:A. Haddad}}, PA-C / {{NAME:km}}`,

  `PrEP INITIATION - SEXUAL HEALTH CLINIC
Date: {{DATE:14-May-2024}}      Clinic: {{FACILITY:Ferncliff Sexual Health Clinic}}, {{ADDRESS:415 W Oak St, Ste 2}}
Name: {{NAME:Jae-won Park}}      DOB: {{DATE:1998-02-03}}      Chart #{{MRN:0057712}}
Phone (cell, ok to text): {{PHONE:503-555-0147}}    Email: {{EMAIL:jwpark98@example.net}}

Indication: MSM, condomless receptive anal sex, rectal GC {{DATE:March '24}} (treated ceftriaxone 500 mg IM).
Baseline: 4th gen Ag/Ab nonreactive (same day), HIV RNA sent. HBsAg neg, anti-HBs 4 (nonimmune), HCV Ab neg. Cr 0.88 eGFR >90. RPR NR.
Plan: Descovy 200/25 daily. HBV series #1 today (Heplisav-B). 30-day supply via {{FACILITY:Corner Drug #118}}; copay card applied, acct {{ACCOUNT:CPC-448801920}}.
Counselled re: lead-in 7 days for rectal protection, STI screening q3mo, doxy-PEP discussed (200 mg within 72 h).
Pt prefers secure msgs through portal {{URL:https://mychart.ferncliffhealth.example.org}}.
F/U {{DATE:6/11}} at 0930 with RN {{NAME:Oksana}}.
-- {{NAME:Rhiannon Beale}}, NP (NPI {{LICENSE:1689023354}})`,

  `Hep C Tx start - pharmacist note
{{DATE:7.9.2024}}  {{NAME:SIMMONS, Darlene K}}  MRN {{MRN:3387126}}  {{AGE:91}} y/o F

HCV GT 1a, VL 2,340,000 IU/mL, FIB-4 1.9, FibroScan 7.1 kPa (F1-F2). Tx-naive. No HBV (sAg neg, cAb neg). 
Regimen: Epclusa (sofosbuvir/velpatasvir 400/100) 1 tab daily x 12 wk. 
Interaction check: omeprazole 20 mg -> take Epclusa w/ food 4h before PPI; amiodarone NONE. OK.
PA approved by plan: member ID {{HEALTH_PLAN:XQH 882 441 907}}, auth #{{ID:PA-24-0717733}}. Specialty pharmacy: {{FACILITY:Meridian Specialty Rx}} ph {{PHONE:1-800-555-0199}} fax {{FAX:1-800-555-0198}}.
Ship to: {{ADDRESS:88 Cobb Hollow Rd}}, {{LOCATION:Tellico Plains}} {{ZIP:37385}} (daughter {{NAME:Rhonda}} manages meds, cell {{PHONE:423.555.0162}}).
Labs: HCV RNA at wk 4 optional; SVR12 due ~{{DATE:Dec 30, 2024}}.
Pt {{AGE:91}} but sharp, lives alone, goes to {{FACILITY:Monroe Co Senior Center}} M/W/F.
{{NAME:J. Oyelaran-Smith}}, PharmD`,

  `MyChart message sent {{DATE:02/03/2025 16:12}}
To: {{NAME:Luis Echevarría}}
From: Dr. {{NAME:Fenwick}}'s office, {{FACILITY:Lakeside Liver & ID Associates}}

Hi {{NAME:Luis}},
Great news - your hepatitis C viral load from {{DATE:January 27}} is UNDETECTABLE (<15 IU/mL, target not detected). That is 12 weeks after you finished Mavyret, which means you are cured (SVR12). 
A few things:
 - You can still get hep C again. The syringe program at {{FACILITY:Harm Reduction Hub}} on {{ADDRESS:Cedar & 9th}} has free supplies.
 - Since you had cirrhosis (F4), you still need a liver ultrasound every 6 months. Next one is booked {{DATE:3/14/25}} at {{FACILITY:Lakeside Imaging}}.
 - Your hep A and B shots are complete.
Lab accession for your records: {{ID:LC2501270443}}.
Call {{PHONE:(920) 555-0133}} with questions. 
{{NAME:Maren}}, RN care coordinator for Dr. {{NAME:Caleb Fenwick}}`,

  `COUNTY TB CLINIC - LTBI INTAKE
{{FACILITY:Ramsey Co Public Health}} TB Program, {{ADDRESS:90 Plato Blvd W}}, {{LOCATION:St Paul}} {{ZIP:55107}}
Client: {{NAME:ABDIRAHMAN, Hodan Yusuf}}   DOB {{DATE:01/01/1987}}   Case# {{ID:TB-L-2024-00318}}
Interpreter: Somali, {{NAME:Faadumo}} (in person)
Referred by: {{FACILITY:Cedar-Riverside Family Clinic}} - QFT-Plus positive {{DATE:5/20/24}} (TB1 2.41, TB2 3.02, Nil 0.08).
Born {{LOCATION:Mogadishu}}, arrived US 2016 via {{LOCATION:Nairobi}}. Prior BCG (scar L deltoid). No hx TB tx. No known contacts. Works as CNA at {{FACILITY:Maplewood Care Center}}.
Sx screen: no cough, fever, night sweats, wt loss. CXR {{DATE:5/28/24}}: clear, no cavitation.
Plan: 3HP (isoniazid 900 mg + rifapentine 900 mg weekly x 12) by self-admin w/ weekly text checks; baseline LFT normal. Not pregnant (urine hCG neg). Counsel: orange urine, contraception (rifapentine decreases OCP efficacy).
Phone {{PHONE:651-555-0129}}, prefers WhatsApp. Med pick-up first {{DATE:Tue 6/4}}.
Nurse case manager: {{NAME:P. Vang}} RN`,

  `DOT LOG - ACTIVE PULM TB (RIPE -> RI continuation)
Pt {{NAME:Rosales Ortiz, Efraín}}  state case {{ID:2024-TB-0471}}  MRN {{MRN:7720145}}
Address for field DOT: {{ADDRESS:1518 E Adams St, Apt 3}}, {{LOCATION:Phoenix}} {{ZIP:85034}} (back unit, blue door)

date      | doses | by   | notes
{{DATE:08/05}}  | R600 I300 | {{NAME:MC}} | ok, took w/ water, no N/V
{{DATE:08/06}}  | R600 I300 | {{NAME:MC}} | mild itching, no rash
{{DATE:08/07}}  | missed    | --   | not home; called {{PHONE:602-555-0176}} x2 no answer
{{DATE:08/08}}  | R600 I300 | {{NAME:JT}} | found at work ({{FACILITY:Sunbelt Pallet Co}}), DOT done in truck
{{DATE:08/09}}  | R600 I300 | {{NAME:MC}} | sputum AFB smear neg x3 (conversion), culture pending
{{DATE:08/12}}  | R600 I300 | {{NAME:JT}} | wt 63.1 kg (up 4 kg since dx {{DATE:6/10/2024}})

Vehicle used for field visits: county fleet (not recorded). Pt's truck plate {{VEHICLE:AZ CVD4418}} noted for locating at jobsite per pt ok.
Isolate: M. tuberculosis, pan-susceptible (MGIT). Dose count: 48/182. Next monthly visit w/ Dr. {{NAME:Begay}} {{DATE:8/22/24}}.
-{{NAME:M. Castañeda}}, DOT worker`,

  `CONTACT INVESTIGATION INTERVIEW - index {{NAME:R.O.}} (case {{ID:2024-TB-0471}})
Interviewer: {{NAME:Lourdes Mata}}, DIS     Date {{DATE:6/14/2024}}   Spanish
Infectious period set {{DATE:3/10/24}} - {{DATE:6/24/24}} (3 mo before sx onset, smear +, cavitary).

Household contacts:
1. {{NAME:Marisol Rosales}} (wife) 41 - TST placed {{DATE:6/17}}
2. {{NAME:Kevin R.}} 14 - attends {{FACILITY:Eastlake Traditional Middle School}}
3. Abuela {{NAME:Cata}} - {{AGE:93}} yo, bedbound; CXR at home by {{FACILITY:MobileX Imaging}}
4. infant "{{NAME:Nico}}" 8 mo - window prophylaxis INH
Work: {{FACILITY:Sunbelt Pallet Co}}, {{ADDRESS:4400 W Buckeye Rd}}, shares cab w/ "{{NAME:Güero}}" (real name {{NAME:Daniel Ibarra}}, cell {{PHONE:480-555-0151}}).
Church: {{FACILITY:Iglesia Roca de Salvación}} - services 2x/wk, ~40 people, small room; defer to 2nd ring.
Travel: {{LOCATION:Hermosillo}} {{DATE:April 2024}} x 10 days (bus).
Next: notify employer HR ({{NAME:Cindy Marr}}, {{EMAIL:cmarr@sunbeltpallet.example.com}}), schedule onsite IGRA.`,

  `OUTBREAK LINE LIST - AGE (norovirus suspected) - export {{DATE:2024-11-03}} 22:40
Vessel: {{FACILITY:MS Aurora Meridian}} (voyage {{ID:AM-2431}}), departed {{LOCATION:Fort Lauderdale}} {{DATE:10/27}}, ports {{LOCATION:Cozumel}}, {{LOCATION:Roatán}}, {{LOCATION:Belize City}}
Reported to VSP by ship's MO Dr. {{NAME:Henrik Aas}} ({{EMAIL:medical.aurora@oceanvista-lines.example.com}})

case_id | name              | pax/crew | cabin | onset          | sx       | stool
N-001   | {{NAME:WEBER, Ilse}}       | pax | 8142  | {{DATE:10/31 0215}}     | V,D      | sent
N-002   | {{NAME:WEBER, Klaus}}      | pax | 8142  | {{DATE:10/31}} am       | D        | -
N-003   | {{NAME:Dumas-Pike, Tara}}  | pax | 6019  | {{DATE:11/01}}          | V        | -
N-004   | {{NAME:SANTOS, Rodel}}     | crew| C-211 | {{DATE:11/01 2300}}     | V,D,fever| sent
N-005   | {{NAME:Gaddy, Wm}}         | pax | 9007  | {{DATE:11/02}}          | V,D      | -
N-006   | {{NAME:Gaddy, June}}       | pax | 9007  | {{DATE:11/02}}          | D        | -
N-007   | {{NAME:O'Rourke, Cillian}} | pax | 4410  | {{DATE:11/02}}          | V        | -
Attack rate pax 2.9%, crew 0.6%. Common exposure: Lido buffet {{DATE:10/30}} dinner. Ct (GII) 19.4 on N-004. 
Enhanced sanitation (level 3) begun. Isolation in cabins 48h post-sx.`,

  `MEMO - MEASLES EXPOSURE NOTIFICATION
From: {{FACILITY:Dakota County Public Health}} Epidemiology, {{PHONE:952-555-0110}}, fax {{FAX:952-555-0111}}
To: Principal {{NAME:Gwen Hollister}}, {{FACILITY:Eagan Hills Elementary}}, {{ADDRESS:3305 Diffley Rd}}
Date: {{DATE:Feb. 21, 2025}}

A confirmed measles case (rash onset {{DATE:2/18}}, IgM+, PCR+ genotype D8) attended your school while infectious {{DATE:2/14}}-{{DATE:2/20}}. Exposure sites: Rm 112 (2nd grade, teacher Mr. {{NAME:Oduya}}), cafeteria 11:10-11:40, bus #37 AM route.
Action list:
1. Send attached letter to all families tonight.
2. Unvaccinated students/staff (per roster: {{NAME:L. Barros}}, {{NAME:E. Barros}}, {{NAME:Sophie Tran-Whitlock}}, {{NAME:Aiden K.}}) excluded through {{DATE:3/13/25}} unless MMR given by {{DATE:2/17}} (72 h) or IG within 6 d.
3. Staff born before 1957 presumed immune; others need 2 MMR docs or titer.
Nurse {{NAME:Paula}} to fax immunization roster to {{FAX:952-555-0111}} by noon.
Koplik spots / rash photos: do not post on social media.
Epi contact: {{NAME:Dev Raghunathan}}, MPH  {{EMAIL:dev.raghunathan@dakotaph.example.gov}}  ref {{ID:MEA-25-004}}`,

  `LEGIONELLA CLUSTER - HOTEL ENVIRONMENTAL ASSESSMENT (field notes)
Site: {{FACILITY:Grand Tavish Hotel & Conference Center}}, {{ADDRESS:1200 Riverside Pkwy}}, {{LOCATION:Chattanooga}} {{ZIP:37406}}
Visit {{DATE:09/12/2024}} 1000-1530. Team: {{NAME:R. Ng}} (epi), {{NAME:Bo Strickland}} (EH), eng. mgr {{NAME:Dwayne Ellery}} ({{PHONE:423-555-0188}}).
Outbreak ID {{ID:OB-2024-HC-019}}. 3 confirmed (urine Ag + L. pneumophila sg1), 1 probable; all stayed {{DATE:8/22}}-{{DATE:8/30}}.
 - case A {{NAME:Pruitt, Harold}} {{AGE:90}}M, rm 517, ICU at {{FACILITY:Lookout Valley Medical Center}}
 - case B {{NAME:Yolanda Fisk}}, rm 1103, discharged
 - case C {{NAME:Ahmed Qureshi}} (conf. attendee, did not stay overnight - pool/spa deck)
Findings: hot tub free chlorine 0.4 ppm (log shows 3.0 entered daily by same initials "{{NAME:DE}}" - suspect backfilled). Cooling tower drift eliminator damaged. Hot water return 41 C in 5th floor riser (Legionella grows 25-45 C).
Samples (n=14) to Tennessee State Public Health Lab, chain-of-custody #{{ID:COC-88130}}. 
Spa closed voluntarily. Guest notification letter to stays {{DATE:8/15}}-{{DATE:9/10}} via reservation system; mgr {{NAME:Ellery}} to provide list by {{DATE:9/13}}.`,

  `STI PARTNER SERVICES - DIS field record
Original pt (OP): {{NAME:TRAN, Bao Ngoc}}  DOB {{DATE:11/30/1993}}  Dx: early latent syphilis (RPR 1:64, TP-PA reactive) {{DATE:10/2/24}}
Interview {{DATE:10/04/2024}} by {{NAME:K. Whitfield}} (DIS #{{ID:DIS-207}})
Partners named (interview period 12 mo):
 P1: "{{NAME:Jordy}}" - {{NAME:Jordan Paquette}}, Grindr handle "{{ID:jpq_rides}}", ~28, lives near {{ADDRESS:Lyndale & 26th}}; ph {{PHONE:612-555-0159}}
 P2: {{NAME:Minh}} (last name unk), met at {{FACILITY:Saigon Nails & Spa}} where OP works; OP will not give #
 P3: anonymous, {{LOCATION:Las Vegas}} trip {{DATE:Jun 2024}} - unlocatable
Outcome P1: notified {{DATE:10/7}} in person at home; BPG 2.4 MU IM same day at {{FACILITY:Lantern Street Clinic}}; RPR 1:8. 
OP treated BPG 2.4 MU weekly x3 ({{DATE:10/2}}, {{DATE:10/9}}, {{DATE:10/16}}). No Jarisch-Herxheimer rxn.
PRISM record {{ID:PR-24-1189340}}. Close-out {{DATE:11/01/24}}.`,

  `NOTIFIABLE DISEASE CASE REPORT - PERTUSSIS
To: {{FACILITY:Lancaster County Health Dept}}, Disease Surveillance  FAX {{FAX:(402) 555-0173}}
From: {{FACILITY:Prairie Lakes Pediatrics}}, {{ADDRESS:5600 S 48th St}}, {{LOCATION:Lincoln}} NE {{ZIP:68516}}  ph {{PHONE:(402) 555-0170}}
Date of report: {{DATE:1/22/2025}}

Patient: {{NAME:Halvorsen, Ada Grace}}   DOB {{DATE:08/09/2024}}   Sex F
Parent/guardian: {{NAME:Kristin Halvorsen}}, {{PHONE:402-555-0141}}
Address: {{ADDRESS:7719 Pine Lake Rd}}, {{LOCATION:Lincoln}} {{ZIP:68516}}
Onset of cough: {{DATE:01/08/2025}}; paroxysms, post-tussive emesis, apnea x2. Whoop: no.
Lab: B. pertussis PCR POSITIVE (IS481 Ct 24.7) collected {{DATE:1/20/25}}, {{FACILITY:Great Plains Reference Lab}} accession {{ID:25-020-118844}}.
Vaccines: DTaP #1 {{DATE:10/10/24}} (2 mo); #2 due. Mother no Tdap in pregnancy.
Tx: azithromycin 10 mg/kg x5d started {{DATE:1/21}}.
Household: 2 sibs ({{NAME:Leif}} 6, {{NAME:Britta}} 3) at {{FACILITY:Little Sprouts Daycare}}; prophylaxis Rx'd.
Reporter: {{NAME:Sanjay Bhatnagar}} MD, NPI {{LICENSE:1457789021}}`,

  `TRAVEL MEDICINE CLINIC - PRE-TRAVEL CONSULT
{{DATE:March 3rd, 2025}}   {{NAME:FAIRWEATHER, Louisa}}   DOB {{DATE:6/2/1979}}   MRN {{MRN:TM-55120}}
Itinerary: {{LOCATION:Lima}} -> {{LOCATION:Cusco}} -> {{LOCATION:Puerto Maldonado}} (Amazon lodge 5 nights) -> {{LOCATION:Manaus}}. Departs {{DATE:4/11/25}}, returns {{DATE:5/2/25}}.
Purpose: birding trip w/ husband {{NAME:Graham}}.
Hx: none, no thymus disease, not immunocompromised. Egg ok.
Given today:
 - Yellow fever (YF-Vax 0.5 mL SC) - ICVP issued, cert #{{ID:YF-2025-03817}}, valid 10 d after
 - Typhoid Vi (Typhim Vi)
 - Hep A #2 (Havrix)
Rx: atovaquone-proguanil 250/100 daily 1-2 d before, during, 7 d after; acetazolamide 125 mg BID for altitude; azithro 1 g once for TD.
Counsel: DEET 30%/picaridin, permethrin clothing, dengue/Oropouche risk, rabies (no PEP access at lodge - declined pre-exposure series d/t cost $$).
Stamp no. on ICVP: {{ID:UVSC-4471}}. Pt email for cert copy {{EMAIL:louisa.fw@example.com}}.
{{NAME:D. Marchetti}}, RN / Dr. {{NAME:Oyelowo}}`,

  `RABIES PEP - ED NOTE
{{DATE:7/22/24 0312}}  {{NAME:Kowalczyk, Piotr}}  {{AGE:90}} yo M  MRN {{MRN:8845021}}
CC: "bat in the bedroom"
Woke 0100 to bat flying in bedroom at {{ADDRESS:31 Orchard Lane}}, {{LOCATION:Stowe}}. Wife {{NAME:Halina}} trapped it under colander; bat in freezer?? -> instructed NOT to freeze; animal control Officer {{NAME:Tibbs}} to collect (ACO case {{ID:AC-24-3310}}). No visible bite but pt asleep -> PEP indicated if bat unavailable/untestable.
PMH: afib on apixaban, CKD3. Never rabies vaccinated.
Given: HRIG 20 IU/kg (1,640 IU) infiltrated... no wound -> all IM L thigh. Imovax 1 mL IM R deltoid (day 0).
Schedule: d3 {{DATE:7/25}}, d7 {{DATE:7/29}}, d14 {{DATE:8/5}} at {{FACILITY:Lamoille Valley Infusion Center}}. Not immunosuppressed -> 4 doses.
If bat tests negative at state lab, stop series. Results to Dr. {{NAME:Ames-Whitaker}}, {{PHONE:802-555-0116}}.
Son {{NAME:Tomasz}} drove; plate {{VEHICLE:VT HBT 442}} (parking ticket voided).
-{{NAME:lr}}`,

  `EMPLOYEE HEALTH - BLOODBORNE PATHOGEN EXPOSURE
Employee: {{NAME:Brianna Okafor-Lyle}}, RN   EE ID {{ID:E0447821}}   Dept: {{FACILITY:Kessler 4 Med-Surg}}
DOB {{DATE:04/25/1996}}   cell {{PHONE:216-555-0193}}
Date/time of exposure: {{DATE:10/15/2024 21:45}}   Reported: {{DATE:10/15/2024 22:05}}
Type: percutaneous, 25G hollow-bore after SC heparin, L index finger, through glove, bled freely. Device: safety not activated (BD SafetyGlide). Washed w/ soap & water.
Source: {{NAME:McAllister, Dean}} MRN {{MRN:6630918}}, rm 4127. Source consent obtained by charge RN {{NAME:Tasha}}; rapid HIV Ag/Ab NR, HBsAg neg, HCV Ab POS -> HCV RNA sent.
Employee: HBV vaccinated, anti-HBs 212 (2019) -> immune. Baseline HIV/HCV Ab/ALT drawn (acc {{ID:26-1015-3319}}).
HIV PEP: not indicated (source neg). 
HCV follow-up: HCV RNA at 3-6 wk, HCV Ab + ALT at 4-6 mo. Next: {{DATE:11/12/24}}.
OSHA 300 log entry #{{ID:2024-118}}. Sharps injury log. 
Seen by {{NAME:Gail Fortunato}}, NP, Employee Health, ext {{PHONE:4-6630}}.`,

  `RESPIRATOR FIT TEST RECORD
Employee name: {{NAME:NGUYEN THI LAN}}      Emp #: {{ID:300918}}       Unit: {{FACILITY:Sorensen 3 Endoscopy}}
Date: {{DATE:2025-01-09}}    Tester: {{NAME:R. Delgado-Boyce}}
Method: Quantitative (PortaCount 8048, s/n {{DEVICE:80481903117}})
Respirator                 | size | fit factor | result
3M 1870+ (flat fold)       | std  | 41         | FAIL
3M 1860S                   | sm   | 212        | PASS
Halyard FluidShield 46827  | sm   | 187        | PASS
Medical clearance questionnaire reviewed {{DATE:1/6/25}} (no cardiopulm issues). Facial hair: none. 
Employee issued 1860S. Annual re-test due {{DATE:JAN 2026}}.
Badge scan photo on file: {{PHOTO:IMG_EH_300918_face.jpg}}
Signature: __{{NAME:Lan Nguyen}}__     Tester sig: {{NAME:RDB}}
Note: employee also works PRN at {{FACILITY:Ridgeview Surgery Center}} - copy of card given.`,

  `EMPLOYEE HEALTH - ANNUAL TB SCREENING (batch {{DATE:3/4/2025}})
Screening type: symptom questionnaire + IGRA for new hires; symptom-only for existing w/ neg baseline
emp#     name                    dept           test     result       action
{{ID:210344}}   {{NAME:Abernathy, Colleen}}     ED             sx only  neg          none
{{ID:211902}}   {{NAME:Rasool, Imran}}          Pharmacy       QFT      POS 1.88     CXR {{DATE:3/6}}, EH MD
{{ID:218870}}   {{NAME:Vu, Kim}}                Lab            QFT      indeterm.    repeat
{{ID:220015}}   {{NAME:Chukwu, Obinna}}         Environ Svcs   T-SPOT   neg          none
{{ID:220121}}   {{NAME:DeLuca, Francesca "Frankie"}} Peds     QFT      neg          none
{{ID:199877}}   {{NAME:Petrosyan, Anahit}}      ICU            sx only  cough 3 wk   CXR + sputum, off work
Rasool: prior BCG ({{LOCATION:Lahore}}), no known exposure; likely LTBI, offer 4R. 
Petrosyan: notify IP ({{NAME:Shonda Kerr}}, {{EMAIL:skerr.ip@mercyvalley.example.org}}) pending AFB x3. Surgical mask at home.
Prepared by {{NAME:tlw}} - {{FACILITY:Mercy Valley Hospital}} Employee Health`,

  `VACCINE ADVERSE EVENT REPORT (draft for VAERS)
VAERS ID: {{ID:2758213-1}}      Date of report {{DATE:11/19/2024}}
Patient: {{NAME:Esperanza Quintanilla}}   DOB {{DATE:02/14/1950}}   Age 74   Sex F
Address: {{ADDRESS:620 Mesquite Trl}}, {{LOCATION:Las Cruces}} NM {{ZIP:88011}}   Ph {{PHONE:575-555-0182}}
Vaccination: {{DATE:11/15/2024}} 10:20 at {{FACILITY:Farmacia Del Valle}}; RSV (Arexvy) L deltoid + high-dose flu R deltoid. Lots in VAERS box 13 (not copied here).
Event: {{DATE:11/16/24}} fever 38.6, arm swelling 9 cm L, then {{DATE:11/17}} bilateral leg weakness, areflexia -> ED {{FACILITY:Organ Mountain Regional}}; LP: albuminocytologic dissociation (protein 112, WBC 2). Dx GBS (G61.0), IVIG 2 g/kg.
Outcome: hospitalized, improving, not yet recovered.
Reporter: {{NAME:Alejandro Sifuentes}}, PharmD, {{EMAIL:asifuentes@farmaciadelvalle.example.com}}
Medicare: {{HEALTH_PLAN:7QJ4-TW2-MK81}}`,

  `REFUGEE HEALTH DOMESTIC SCREENING - INITIAL
Clinic: {{FACILITY:New Arrivals Clinic at Hennepin East}}    Visit {{DATE:08-Jan-2025}}
Name: {{NAME:HAKIZIMANA, Jean-Pierre}}   DOB (per I-94) {{DATE:01/01/1978}}   A# {{ID:A-219-884-306}}
Arrived {{DATE:12/10/2024}} from {{LOCATION:Kakuma}} camp via {{LOCATION:Nairobi}}. Resettlement agency: {{FACILITY:Open Door Resettlement}}, caseworker {{NAME:Esther Mwangi}} {{PHONE:763-555-0125}}.
Language: Kinyarwanda, Swahili. Interpreter: {{NAME:Claudine}} (phone line).
Household: wife {{NAME:Uwimana Solange}}, 4 kids (seen separately).
Overseas: IOM presumptive albendazole + praziquantel given {{DATE:11/28/24}}. Class B1 TB? no.
Today: QFT sent; HIV, HBsAg, syphilis, CBC w/ diff (eos 9%), Strongyloides IgG, lead (kids). Ova & parasite x1.
Vaccines: Td, MMR, varicella #1, Hep B #1 (ACIP catch-up).
Housing: {{ADDRESS:2815 Nicollet Ave Apt 207}}, {{LOCATION:Minneapolis}} {{ZIP:55408}}.
Medicaid {{HEALTH_PLAN:0049118732}} active {{DATE:12/10/24}}. 
Next visit {{DATE:1/29}}.  -{{NAME:H. Solberg}} MD`,

  `ANTIMICROBIAL STEWARDSHIP - PROSPECTIVE AUDIT & FEEDBACK
{{DATE:Wed 5/8/24}}   Pt {{NAME:Lindgren, Oskar}}  MRN {{MRN:5120987}}  {{FACILITY:Pemberton 11}} bed 2
Current abx: meropenem 1 g q8h (D4), vancomycin (D4, trough 17.2), micafungin 100 mg (D2)
Indication per order: "sepsis ?source"
Micro: UCx {{DATE:5/4}} >100K E. coli, ESBL neg (ceftriaxone MIC <=1, cefazolin MIC 2 (urine bkpt S), cipro R). BCx {{DATE:5/4}} x2 NG at 96h. MRSA nares PCR neg. No yeast in any cx; beta-D-glucan not sent.
Recommendation (called to Dr. {{NAME:Yusupova}} on rounds, accepted):
 1. Stop vanc (MRSA nares neg, NPV ~99%).
 2. Stop micafungin - no indication.
 3. De-escalate mero -> ceftriaxone 1 g q24h, total 7 d for pyelo (through {{DATE:5/10}}).
 4. Consider PO switch (cefpodoxime) once tolerating diet.
Estimated savings ~$410/d. Logged in TheraDoc intervention #{{ID:INT-2024-05-0612}}.
{{NAME:Wojcik, M.}} PharmD BCIDP / Dr. {{NAME:Oyenuga}} ASP physician`,

  `OPAT NOTE - week 3 visit
Patient: {{NAME:BRANNIGAN, Thomas "Tommy"}}   MRN {{MRN:2290731}}   DOB {{DATE:12/01/1957}}
Dx: L knee PJI (MSSA), s/p DAIR {{DATE:4/2/2024}}. Abx: cefazolin 2 g IV q8h via elastomeric pump (Homepump C-Series) + rifampin 300 mg PO BID.
Home infusion: {{FACILITY:CareFlow Home Infusion}}, RN {{NAME:Jocelyn}} visits weekly; pharmacy line {{PHONE:330-555-0102}}, fax {{FAX:330-555-0103}}.
Line: R basilic PICC placed {{DATE:04/05/24}}, 4 Fr single lumen, ext length 2 cm, site clean. 
Weekly labs ({{DATE:4/23}}): WBC 6.1, ANC 3.9, Cr 0.9, AST/ALT 31/40, ESR 48 (from 92), CRP 2.1 (from 11.8).
Rifampin interactions: warfarin -> INR 1.6 today, Coumadin clinic ({{NAME:Sheila}}) aware.
Plan: 6 wk IV total -> stop date {{DATE:5/14/24}}, then PO cephalexin + rif to complete 3-6 mo per ortho (Dr. {{NAME:Kaminski-Ruiz}}). PICC pull on {{DATE:5/15}}.
Address on file {{ADDRESS:4 Ridgeline Dr}}, {{LOCATION:Hudson}} {{ZIP:44236}}. 
Home health acct {{ACCOUNT:HH-3390182}}.  
{{NAME:R. Iqbal}}, MD (OPAT)`,

  `MICRO LAB CRITICAL CALLBACK
{{DATE:06/30/2024 0147}}
Called to: {{NAME:Jenna}} RN, {{FACILITY:Whitaker 5 ICU}}, ext {{PHONE:3-5521}} - read back OK
Pt: {{NAME:Farouk, Samira}}   MRN {{MRN:9001337}}   Acc {{ID:M24-182-0419}}
Specimen: blood cx, R arm, collected {{DATE:6/29/24 1915}}
Result: 1 of 2 bottles (aerobic) - Gram stain: Gram-negative rods. Time to positivity 5.4 h.
BCID2 panel: Klebsiella pneumoniae group DETECTED; CTX-M DETECTED; KPC/NDM/OXA-48 not detected.
Comment: ESBL producer likely - recommend carbapenem per ASP guidance; ASP pharmacist paged ({{NAME:Dmitri}}, pgr {{PHONE:7712}}).
Called by: {{NAME:A. Mensah}}, MLS(ASCP) (tech #{{ID:MLS-0442}})
Also notified attending Dr. {{NAME:Lopez-Haldane}} via secure chat 0152.
Susceptibilities to follow ~24-36 h (VITEK).`,

  `Lab callback - LISTERIA
{{DATE:10/3/2024}}, 14:05. Call from {{FACILITY:Keystone Diagnostics}} micro ({{NAME:Devon}}, {{PHONE:800-555-0164}}) re: {{NAME:Hollis, Kaitlyn M}}, DOB {{DATE:5/22/1995}}. 
BCx drawn at our office {{DATE:10/1}} (fever 38.9, myalgia, 31 wk pregnant): Listeria monocytogenes, 2/2 bottles. Acc {{ID:QA291774410}}.
Called pt at {{PHONE:919-555-0138}} 14:12 - she's at home, feels "meh", fetal movement ok. Sent to L&D at {{FACILITY:Oakwood Women's Hospital}} for admission + IV ampicillin 2 g q4h + gent per OB/ID.
Called L&D charge ({{NAME:Marisa}}) to expect her. Her husband {{NAME:Drew}} driving.
Food hx: deli turkey, queso fresco from {{FACILITY:La Bodeguita}} market on {{ADDRESS:Capital Blvd}} ~{{DATE:9/20}}. Reportable - case report faxed to {{FACILITY:Wake Co Communicable Disease}} {{FAX:919-555-0135}}.
- Dr. {{NAME:Pham}}`,

  `EXPEDITED PARTNER THERAPY (EPT) - CHLAMYDIA
Pt: {{NAME:Kiara J. Whitlock}}   DOB {{DATE:03-17-2005}}   MRN {{MRN:CHC-448201}}   {{DATE:2/6/25}}
Dx: C. trachomatis NAAT + (vaginal swab {{DATE:1/31/25}}), GC neg, trich neg. Doxycycline 100 mg BID x7d Rx'd to {{FACILITY:Peach State Pharmacy #21}}.
Partner: {{NAME:Tyrese}} (boyfriend), no PCP, allergies unk. Pt agrees to deliver EPT.
EPT Rx: doxycycline 100 mg BID x7d written in partner's name "{{NAME:Tyrese Booker}}" per state EPT law. Info sheet given.
Retest in 3 mo ~{{DATE:5/6/25}}. Pt declines 2nd partner notification via DIS.
School: senior at {{FACILITY:Northside Early College HS}}; confidential minor services - DO NOT send EOB. Claim flagged #{{ACCOUNT:CLM-88201937}}.
Contact: cell only {{PHONE:(404) 555-0117}}, "say it's the clinic calling about a school form".
{{NAME:M. Adeyemi}}, FNP`,

  `HIV - NEW DIAGNOSIS / RAPID START
{{DATE:September 9, 2024}}  {{FACILITY:Sweet Auburn Immunology Center}}
{{NAME:Oyelaran, Babatunde}}  DOB {{DATE:10/21/1990}}  MRN {{MRN:G-3318270}}
Reactive 4th gen screen {{DATE:9/6}} at {{FACILITY:Peachtree Positive Outreach}} mobile unit (outreach worker {{NAME:Kwame}}), confirmed HIV-1 on Geenius. Linked same wk.
Baseline: CD4 188 (11%), VL 412,000 c/mL, genotype sent. HLA-B*5701 sent. HBV: sAg neg, sAb neg, cAb neg. Toxo IgG neg, CrAg neg. RPR 1:4 (hx treated 2021?). 
Start: Biktarvy today (rapid start). Bactrim DS daily for PCP ppx (CD4 <200). 
Disclosure: wants to tell partner {{NAME:Chidi}} himself; DIS ({{NAME:L. Harrow}}) to f/u in 10 d if not.
Insurance: none -> ADAP app submitted, ref {{ID:ADAP-GA-2291047}}. 340B card.
Address: {{ADDRESS:1750 Cascade Rd SW, Unit 14}}, {{LOCATION:Atlanta}} {{ZIP:30311}}. Cell {{PHONE:470-555-0196}}. Ok to leave VM: NO.
Employer: {{FACILITY:Hartsfield ramp services}} (contract).
RTC 2 wk, labs 4 wk. {{NAME:Y. Delacourt}} MD / scribe {{NAME:bn}}`,

  `MPOX CONTACT MONITORING - day 21 summary
Contact: {{NAME:Sebastián Ferreira-Lund}}   ID {{ID:MPX-C-0093}}   exposure {{DATE:7/2/2024}} (sexual, case {{ID:MPX-24-031}})
JYNNEOS #1 {{DATE:7/5}} (PEP, within 4 d), #2 due {{DATE:8/2}}.
Daily symptom check via text to {{PHONE:(305) 555-0152}}, responses logged:
 d1-d10 no sx
 d11 ({{DATE:7/13}}) "small bump on thigh??" -> selfie sent (face + thigh lesion), file {{PHOTO:MPX-C-0093_0713_selfie.jpg}}; RN {{NAME:Graciela}} reviewed: folliculitis, not umbilicated
 d12-d21 no sx, no fever, no LAD
Monitoring closed {{DATE:7/23/24}}. Tecovirimat not needed. Pt's roommate {{NAME:Thiago}} (no contact w/ linens per pt) declined vaccine.

Pt travelling to {{LOCATION:Barcelona}} {{DATE:8/10}}: advised to get dose 2 before.
Case worker: {{NAME:E. Navarro}}  {{FACILITY:Miami-Dade Dept of Health}} Epi, {{PHONE:305-555-0150}}`,

  `COVID-19 OUTBREAK - LTC LINE LIST (abbrev.)
Facility: {{FACILITY:Willow Bend Rehabilitation & Nursing}}, {{ADDRESS:11 Hospital Hill Rd}}, {{LOCATION:Keene}} NH {{ZIP:03431}}
Outbreak # {{ID:NH-2025-LTC-044}}; first case {{DATE:1/3/25}}
res  | name                 | age | rm   | test      | onset  | tx          | status
R1   | {{NAME:Pelletier, Rita}}      | {{AGE:94}}  | 112A | Ag+       | {{DATE:1/3}}    | Paxlovid    | recovered
R2   | {{NAME:Boucher, Armand}}      | 88  | 112B | PCR Ct 21 | {{DATE:1/4}}    | remdesivir  | hosp {{FACILITY:Monadnock General}}
R3   | {{NAME:Szabo, Eleanor "Ellie"}} | {{AGE:101}} | 118  | Ag+  | {{DATE:1/5}}    | molnupiravir| recovered
R4   | {{NAME:Hurd, Walter}}         | 79  | 120  | Ag+       | {{DATE:1/6}}    | none (declined) | died {{DATE:1/12/25}}
Staff S1 | {{NAME:Amadou Diallo}} CNA |  | -  | Ag+  | {{DATE:1/4}} | - | RTW {{DATE:1/11}}
DON: {{NAME:Carla Bisson}}, {{PHONE:603-555-0121}}. Reported via NHSN {{DATE:1/6}}. Visitors masked through {{DATE:1/31}}.`,

  `EMPLOYEE HEALTH - HEP B NON-RESPONDER
{{NAME:Fitzgerald, Siobhan}}  EE# {{ID:118433}}  Surgical tech, Main OR at {{FACILITY:St. Brendan's Medical Center}}
Hx: Engerix-B x3 (2015), anti-HBs <10 post-series. Repeat series Heplisav-B x2 ({{DATE:8/1/24}}, {{DATE:9/3/24}}); anti-HBs {{DATE:10/15/24}} = 3.2 mIU/mL (neg).
HBsAg neg, anti-HBc neg -> true non-responder.
Counselled {{DATE:10/22/2024}}: considered susceptible; any percutaneous exposure to HBsAg+ or unknown source -> HBIG x2 (1 mo apart). Letter placed in EH file and badge flag.
Pt asked if she can stay in OR - yes, standard precautions; no restriction.
Next: none routine. Copy to manager {{NAME:Luca Benedetti}} - consent signed (see scanned form {{ID:EH-DOC-77120}}).
Pt contact {{EMAIL:sfitz.surgtech@example.com}}, {{PHONE:617-555-0169}}.
{{NAME:A. Kapoor}} MD, Occ Med`,

  `ID CONSULT - RETURNING TRAVELER WITH FEVER
{{DATE:11/04/2024}}   {{NAME:Mensah-Berg, Kofi}}   MRN {{MRN:1183390}}   ED bay 14
42M, born {{LOCATION:Kumasi}}, lives {{LOCATION:Duluth}}; VFR trip to {{LOCATION:Accra}} and {{LOCATION:Kumasi}} {{DATE:9/28}}-{{DATE:10/26}}. No malaria ppx ("I grew up there"). 
Fever 40.1, rigors, HA x3 d. Plt 61, T bili 2.8, Cr 1.4, lactate 2.9. 
Thick/thin smear: P. falciparum, parasitemia 3.8%. BinaxNOW Malaria +. 
Not severe by WHO (parasitemia <5%, no AMS) but borderline; Cr rising.
Recs: 
 - Artemether-lumefantrine (Coartem) 4 tabs now, 8 h, then BID x2 d, w/ fatty food. 
 - If parasitemia >5%, AMS, or Cr >3 -> IV artesunate (stocked at {{FACILITY:St. Ansgar Medical Center}}, pharm {{NAME:Gunnar}} {{PHONE:218-555-0177}}).
 - Smear q12-24h until neg.
 - Report to state health dept (malaria reportable).
Wife {{NAME:Akosua}} & daughter also traveled; daughter {{NAME:Ama}} 9yo febrile -> peds ED.
{{NAME:T. Lindahl}}, MD ID`,

  `ANIMAL BITE REPORT - to Animal Services / Health Dept
Report # {{ID:AB-2024-1187}}   Date of bite {{DATE:06/02/2024}} ~1730
Victim: {{NAME:Castellanos, Mateo}} (age 7)   Parent: {{NAME:Yesenia Castellanos}} {{PHONE:(210) 555-0109}}
Address: {{ADDRESS:342 Rancho Verde Dr}}, {{LOCATION:San Antonio}} {{ZIP:78245}}
Site of bite: R forearm, 2 puncture wounds, provoked (child pulled tail). Seen {{FACILITY:Westover Mission Hospital}} ED.
Animal: dog, pit mix, brown, ~40 lb, owner {{NAME:Ray Villarreal}}, {{ADDRESS:346 Rancho Verde Dr}} (next door). Rabies vax: tag #{{ID:BX-24-77102}}, current per {{FACILITY:Loop 410 Animal Hospital}} record (exp {{DATE:3/2025}}).
Plan: 10-day home observation of dog through {{DATE:6/12/24}}; no PEP unless dog ill/escapes. Amox-clav x3d. Tdap UTD.
Reported by {{NAME:N. Okeke}} RN to {{FACILITY:San Antonio Animal Care Services}} fax {{FAX:210-555-0190}} on {{DATE:6/2}} 2000.
Bite officer assigned: {{NAME:C. Gallegos}} unit 18.`,

  `EH exposure - splash, OR
{{DATE:2/19/25}} 1340. Dr. {{NAME:Wren}}... correction: Employee is {{NAME:Harriet Wren}}, CRNA, emp {{ID:E-55102}}, home ph {{PHONE:608-555-0148}}.
During intubation in OR 7, pt coughed -> blood-tinged secretions to R eye (no eye protection, only mask). Irrigated 15 min at eyewash station. 
Source pt: {{NAME:J.D.}} ({{NAME:Dorsey, Jamal}}), MRN {{MRN:41190283}}, known HIV on ART, last VL {{DATE:12/2024}} 38 copies, CD4 540; HBV immune; HCV Ab neg.
Risk: mucous membrane, small volume, source suppressed -> very low risk. Offered PEP after discussion with ID on call (Dr. {{NAME:Nakagawa}}, after PEPline call).
Employee chose PEP: Biktarvy x28 d, 1st dose 1415. Preg test neg. Baseline HIV Ab/Ag, HBsAb (titer 88 in 2022), HCV, CMP.
F/U: {{DATE:2/24}} EH visit, HIV testing 6 wk ({{DATE:4/2/25}}) & 12 wk ({{DATE:5/14/25}}).
Workers comp claim # {{ACCOUNT:WC-25-0038817}} filed with {{FACILITY:Lakeshore Health}} risk mgmt.
-{{NAME:gf}} / EH`,

  `[secure chat export]  OPAT team <> {{FACILITY:Summit Infusion Partners}}
{{DATE:03/11/2025 08:02}}  {{NAME:Rosa}} (Summit RN): pt {{NAME:Edgar Whitcombe}} PICC occluded this am, tPA 2 mg instilled, now flushing. also his pump (CADD-Solis s/n {{DEVICE:SOL-4471-0982}}) alarmed "upstream occlusion" x3 overnight
{{DATE:03/11/2025 08:09}}  {{NAME:Iqbal}}: thanks. is he on dapto or the ertapenem?
08:10  {{NAME:Rosa}}: dapto 8 mg/kg q24, 700 mg. CK last wk 212
08:14  {{NAME:Iqbal}}: ok. can you draw CK + BMP today and swap pump. send to {{FACILITY:Pinnacle Labs}}. his ortho f/u is {{DATE:3/13}}?
08:15  {{NAME:Rosa}}: yes {{DATE:3/13}} w/ Dr {{NAME:Farraday}}. replacement pump s/n {{DEVICE:SOL-4471-1133}}
08:20  {{NAME:Iqbal}}: thx. if CK >1000 hold and page me {{PHONE:555-0131}}
08:31  {{NAME:Rosa}}: pt's daughter {{NAME:Mira}} asking if he can drive to {{LOCATION:Bend}} this wknd
08:33  {{NAME:Iqbal}}: fine if line covered & pump bag. address on referral {{ADDRESS:6077 NW Kinglet Way}}, {{LOCATION:Redmond}} still correct?
08:34  {{NAME:Rosa}}: yes`,

  `SALMONELLA CLUSTER - CHURCH SUPPER - interview form
Event: fellowship supper, {{FACILITY:Bethany Prairie Lutheran Church}}, {{DATE:Sunday Aug 18 2024}}, ~120 attendees
Interviewer {{NAME:J. Haugen}} ({{FACILITY:City-County Health District}})   interview {{DATE:8/23/24}}
Respondent: {{NAME:Olson, Marlys}}  DOB {{DATE:2/2/1948}}  ph {{PHONE:701-555-0104}}
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Valley City}} {{ZIP:58072}}
Ill? YES. Onset {{DATE:8/19}} 0300: diarrhea (>10/d, bloody x1), cramps, fever 101.8. went to {{FACILITY:Sheyenne Valley Regional}} ED {{DATE:8/20}}.
Stool cx: Salmonella Enteritidis (PFGE/WGS pending, state lab #{{ID:SL24-08811}}).
Foods eaten: [x] chicken salad  [x] deviled eggs  [ ] ham  [x] potato salad  [x] bars (lemon)  [ ] jello
Who made deviled eggs: "{{NAME:Deloris}}, she keeps her own hens out by {{LOCATION:Sibley}}".
Household: husband {{NAME:Arvid}} ({{AGE:92}}) ate ham only, well.
Others she knows ill: Pastor {{NAME:Ruud}}'s wife, the {{NAME:Engebretson}} twins.`,

  `STEC O157 - CHILD CARE EXCLUSION LETTER
{{DATE:July 9, 2024}}

To the director, {{FACILITY:Little Acorns Learning Center}} (Ms. {{NAME:Tamsin Roe}}):
Re: child {{NAME:Elodie Marchand}}, DOB {{DATE:04/03/2021}}, room "Otters"

This child has a confirmed Shiga toxin-producing E. coli O157:H7 infection (stool cx collected {{DATE:7/5/24}}, stx2 positive, Minnesota Dept of Health isolate {{ID:MN24-EC-1192}}). Per state rule, she must stay out of child care until 2 consecutive negative stool cultures collected >=24 h apart and >=48 h after antibiotics (none given - antibiotics are NOT recommended for STEC, HUS risk).
Symptomatic contacts in the Otters room should be tested. Please send us the list of children with diarrhea since {{DATE:6/28}}.
Parent: {{NAME:Camille Marchand}}, {{PHONE:763-555-0157}}, {{EMAIL:cmarchand.home@example.org}}.
Suspected source: petting zoo at {{FACILITY:Rum River Family Farm}} {{DATE:6/30}}.
Signed, {{NAME:Rutendo Moyo}}, RN, PHN - {{FACILITY:Hennepin County Public Health}} Epi, {{PHONE:612-555-0163}}, fax {{FAX:612-555-0164}}`,

  `HEPATITIS A - FOOD HANDLER CASE
case {{ID:HAV-2025-0012}}  reported {{DATE:1/28/2025}} by {{FACILITY:Foothill Regional Lab}} lab
{{NAME:Gutiérrez Pérez, Ana Lucía}}, 34F, DOB {{DATE:3/9/1990}}
Sx onset {{DATE:1/21}} (jaundice {{DATE:1/25}}). IgM anti-HAV POS, ALT 2,840, T bili 6.2. 
Occupation: line cook at {{FACILITY:Taquería El Farolito #2}}, {{ADDRESS:8820 Auburn Blvd}}, {{LOCATION:Citrus Heights}} {{ZIP:95610}}. Worked while ill {{DATE:1/19}}-{{DATE:1/24}} (prepped salsa, cut cilantro, bare hands sometimes).
Action:
 - Excluded from work until 7 d after jaundice onset ({{DATE:2/1}}).
 - Co-workers (n=11) -> Havrix PEP clinic {{DATE:1/30}} at {{FACILITY:Placer Co PH}}, {{ADDRESS:11484 B Ave}}, {{LOCATION:Auburn}}.
 - Press release re: patrons {{DATE:1/19-1/24/25}}? Epi (Dr. {{NAME:Okwuosa}}) deciding.
Household: partner {{NAME:Rubén}}, kids {{NAME:Sofi}} & {{NAME:Emi}} -> Havrix.
Mgr {{NAME:Héctor Lozano}}, {{PHONE:916-555-0186}}. Case worker {{NAME:PL}}.`,

  `INFECTION PREVENTION - C. AURIS SCREENING RESULT / TRANSFER NOTICE
{{DATE:05/17/2024}}
Patient {{NAME:Baptiste, Jean-Claude}} MRN {{MRN:67012398}} transferred from {{FACILITY:Northbrook Long-Term Acute Care}} on {{DATE:5/15}}.
Admission axilla/groin composite swab (PCR) {{DATE:5/15}}: Candida auris DETECTED (Ct 27.6). Lab acc {{ID:IP-24-05-1173}}.
Actions: contact precautions + EVS sporicidal (bleach) daily & terminal; dedicated equipment; rm 318 -> private. Flag placed in EHR. 
Notified: IDPH via I-NEDSS {{DATE:5/17}}; sending facility IP {{NAME:Marguerite Ostrowski}} ({{EMAIL:mostrowski@kindrednb.example.org}}, fax {{FAX:847-555-0172}}). 
Pt ({{AGE:96}}) has trach/PEG; family (son {{NAME:Réginald}}, {{PHONE:773-555-0144}}) informed, education sheet given in French.
Point prevalence survey of unit ({{FACILITY:Orr 3}}) scheduled {{DATE:5/20}}.
IP: {{NAME:Felicity Adebayo}}, MPH CIC`,

  `stewardship f/u - C diff
{{DATE:1/14/25}} pt {{NAME:ESPOSITO, CARMELA}} mrn {{MRN:3019446}} 89?? -> DOB {{DATE:12/28/1934}} so actually {{AGE:90}}. Tower 9 West rm 9W-22
c diff PCR+ / toxin EIA+ {{DATE:1/12}}, 6 BMs/d, WBC 17.9, Cr 1.6 (baseline 0.9) -> severe (IDSA). 1st episode.
was on cipro for ?UTI (UCx mixed flora, asympt) since {{DATE:1/5}} - started at {{FACILITY:Fairhaven Urgent Care}}. DC'd.
recs: fidaxomicin 200 mg BID x10d (pref over vanc PO given age/recurrence risk). if fidax denied by plan -> vanc 125 mg QID. no bezlotoxumab (CHF, EF 30%).
PPI -> d/c if no indication (pantoprazole "for years", no GI bleed hx). 
inappropriate FQ rx fed back to UC medical director Dr. {{NAME:L. Sato}}? -> letter drafted.
contact + enteric precautions, soap & water (not alcohol).
{{NAME:mw}}/ASP`,

  `MENINGOCOCCAL DISEASE - CLOSE CONTACT PROPHYLAXIS LIST
Index: {{NAME:Delgado, Xavier}}, 19, student at {{FACILITY:Cayuga Lakes College}}, dorm {{FACILITY:Terrace 6}} rm 311; N. meningitidis serogroup B from CSF {{DATE:10/20/24}}, {{FACILITY:Finger Lakes General}}.
Case ID {{ID:NM-TC-24-02}}.  Prepared {{DATE:10/21/2024 06:30}}.
Contacts (within 7 d before onset):
 roommate {{NAME:Owen Birchfield}}   cipro 500 mg x1 {{DATE:10/21}} 0815  done
 gf {{NAME:Priya Ramaswamy}}          cipro 500 x1   done
 suitemates {{NAME:T. Abara}}, {{NAME:J. Klein}}   cipro   done / done
 teammate "{{NAME:Moose}}" ({{NAME:Dylan Mosley}}) - shared water bottle at practice - cipro done
 RA {{NAME:Hannah Oyelowo}}  - not close, no ppx, educated
Mom {{NAME:Lucía Delgado}} flew from {{LOCATION:Santo Domingo}}, arr {{DATE:10/21}}.
MenB (Bexsero) campus clinic {{DATE:10/24}}-{{DATE:10/25}} - not ppx, for outbreak control if 2nd case.
{{FACILITY:Tompkins County Health Dept}} lead: {{NAME:Sarah Lindenmuth}}, {{PHONE:607-555-0115}}`,

  `VARICELLA EXPOSURE - STAFF WORK RESTRICTION
Exposure: pt in rm 5412 ({{FACILITY:Carrow 5}}) with disseminated zoster, not on airborne precautions {{DATE:3/2}} 0700-{{DATE:3/3}} 1400 (dx by derm {{DATE:3/3}}).
Exposed staff without evidence of immunity:
 - {{NAME:Kaur, Simran}} RN, emp {{ID:41120}}: born {{LOCATION:Ludhiana}}, no hx varicella, no vaccine docs; VZV IgG sent {{DATE:3/4}} -> NEGATIVE.
    -> furlough day 8-21 post 1st exposure = {{DATE:3/10/25}} through {{DATE:3/23/25}} (to d28 if VariZIG). Varivax #1 given {{DATE:3/4}} (within 5 d).
 - {{NAME:Toby Hatch}} PCT, emp {{ID:44987}}: VZV IgG POSITIVE -> no restriction.
 - student nurse "{{NAME:Kenzie}}" from {{FACILITY:Greenspring College of Nursing}}: school notified (Prof. {{NAME:Adair}}), proof of 2 doses varivax received.
Manager {{NAME:Eun-ji Seo}} aware; staffing adjusted. 
EH contact: {{PHONE:410-555-0143}}.`,

  `TYPHOID FEVER - CASE INVESTIGATION SUMMARY
Case: {{NAME:Siddiqui, Ayaan}}  DOB {{DATE:2016-07-30}}  case no. {{ID:TYP-24-0007}}
Parent interviewed: {{NAME:Farah Siddiqui}} (mother) by phone {{PHONE:(713) 555-0128}}, {{DATE:Aug 29 2024}}
Travel: family visited relatives in {{LOCATION:Karachi}} and {{LOCATION:Hyderabad}} {{DATE:6/20/24}}-{{DATE:8/5/24}}. No typhoid vaccine pre-travel ("clinic was out"). Ate street food, gol gappay, ice.
Onset fever {{DATE:8/12}}; admitted {{FACILITY:Bayou City Children's Hospital}} {{DATE:8/18}}. BCx: Salmonella Typhi, XDR (R ampicillin, chloramphenicol, TMP-SMX, cipro, ceftriaxone; S azithro, meropenem). Tx meropenem -> azithro.
Household: father {{NAME:Imran}}, sister {{NAME:Zoya}} (5) - stool cx x3 neg each. 
Child attends {{FACILITY:Westbury Oaks Elementary}}; exclusion until 3 neg stools >=48 h off abx, 24 h apart (collected {{DATE:9/4}}, {{DATE:9/5}}, {{DATE:9/6}}).
Home: {{ADDRESS:9407 Bissonnet St #12}}, {{LOCATION:Houston}} {{ZIP:77074}}.
Investigator: {{NAME:Marcus Obi}}, {{FACILITY:Houston Health Dept}}, {{EMAIL:marcus.obi@houstonhd.example.gov}}`,

  `VIDEO DOT (vDOT) - weekly review
Patient: {{NAME:Lhamo Tsering}}   TB case {{ID:CO-TB-24-0133}}   MRN {{MRN:88014457}}
Platform: emocha-type app, login {{URL:https://vdot.denverph.example.org/p/88014457}}
Enrolled {{DATE:10/07/2024}}; identity check by palm-vein template {{BIOMETRIC:PV-7731-0A9C-22E1}} at enrollment.
Device: county-issued phone IMEI {{DEVICE:356938035643809}}; last login from IP {{IP:198.51.100.47}}.
wk of {{DATE:11/18}}:
 Mon  video ok, 4 pills seen (RIPE), 07:12
 Tue  video ok 07:40
 Wed  video uploaded but pt off-frame at swallow -> flagged, RN called, re-recorded 09:05
 Thu  no video - pt reports in {{LOCATION:Boulder}} for work, phone died. Counted as missed.
 Fri  ok
 Sat/Sun  self-administered (5-day DOT schedule)
Adherence 43/45 DOT doses. Mild nausea; taking w/ toast. Vision screen (Ishihara) normal.
Reviewer {{NAME:Anneliese Kroll}}, RN  {{FACILITY:Denver Metro TB Clinic}}  {{PHONE:303-555-0138}}`,

  `Refugee f/u - eosinophilia
{{DATE:2/20/2025}}  {{NAME:NYIRAHABIMANA, Claudine}}  MRN {{MRN:RH-21774}}  DOB {{DATE:1/1/1969}}
arrived {{DATE:11/2024}} from {{LOCATION:Nyarugusu}} (Tanzania), orig. DRC ({{LOCATION:Uvira}}).
eos 1,420 (18%) on initial screen; strongyloides IgG POS (index 3.1), schisto Ab POS, O&P x3 neg. No presumptive ivermectin overseas (Loa loa area? - Uvira no; ok). 
tx today: ivermectin 200 mcg/kg x2 d (12 mg x2), praziquantel 40 mg/kg div BID x1d. 
hep B: sAg POS, eAg neg, DNA 1,880 IU/mL, ALT 19 -> inactive carrier, monitor q6mo; household screening (husband {{NAME:Emmanuel}}, kids) ordered.
QFT neg. HIV neg.
lives w/ sister {{NAME:Béatrice}} at {{ADDRESS:414 N Garfield Ave, #3}}, {{LOCATION:Columbus}} OH {{ZIP:43203}}.
interp {{NAME:Jean-Bosco}} (Kirundi).
caseworker {{NAME:Kayla Dunmore}} ({{FACILITY:New Roots Resettlement}}) {{PHONE:614-555-0192}}.
{{NAME:ST}}/{{NAME:bk}}`,

  `PERINATAL HIV EXPOSURE - NEWBORN NOTE
Infant: Baby boy {{NAME:Akande}}  MRN {{MRN:NB-2024-33019}}  DOB {{DATE:06/11/2024 03:48}}
Mother: {{NAME:Folasade Akande}}, MRN {{MRN:5529017}}, HIV dx 2018, on Dovato; VL {{DATE:5/28/24}} 1,240 copies/mL (not suppressed near delivery, adherence gaps). IV zidovudine in labor x3 h before C/S.
Risk: HIGH (maternal VL >50 near delivery).
Infant plan (per peds ID Dr. {{NAME:Castellano-Briggs}}):
 - Presumptive HIV therapy: zidovudine + lamivudine + nevirapine (treatment dose) started 3 h of life.
 - HIV DNA/RNA PCR: birth (sent {{DATE:6/11}}), 14-21 d, 1-2 mo, 4-6 mo.
 - No breastfeeding; formula via WIC.
 - Pharmacy: {{FACILITY:Blue Valley Children's Outpatient Pharmacy}}, liquid AZT/3TC/NVP, syringes pre-marked.
Social: mother's partner {{NAME:Segun}} not aware of status; SW {{NAME:Dana Kroeger}} involved. Home {{ADDRESS:2700 E 38th St}}, {{LOCATION:Kansas City}} {{ZIP:64128}}. Medicaid (infant) {{HEALTH_PLAN:MO-44018275}}.
Reported to state perinatal HIV surveillance {{DATE:6/12}}.`,

  `PrEP - LONG-ACTING CABOTEGRAVIR INJECTION VISIT
{{DATE:10/30/2024}}  Pt: {{NAME:Dawit Haile}}  MRN {{MRN:PA0091842}}  
Injection #4 (q2mo phase). Last inj {{DATE:8/29/24}} - within window (+/- 7 d). 
Pre-inj HIV RNA (Aptima) {{DATE:10/23}}: not detected. 
Apretude 600 mg/3 mL IM L gluteal (ventrogluteal), lot per MAR. Site reaction last time: mild pain x2 d. 
STI screen: GC/CT 3-site neg, RPR NR.
Pt moving to {{LOCATION:Oakland}} in Dec -> gave transfer letter for {{FACILITY:Clínica Fruitvale Salud}}, and reminder tail-risk (CAB detectable up to 12 mo; needs oral PrEP if injections stop).
Ins: Aetna member {{HEALTH_PLAN:W281445190}}, copay via Gilead?? no - ViiV Connect ID {{ID:VC-3381902}}.
Next inj due {{DATE:12/29/24}} (window {{DATE:12/22}}-{{DATE:1/5}}).
Contact {{PHONE:206-555-0155}} / {{EMAIL:dhaile.prep@example.com}}.
{{NAME:Chloe Ambrose}}, RN  cosign Dr. {{NAME:Mbeki}}`,

  `SYRINGE SERVICES PROGRAM - HCV TEST & TREAT ENCOUNTER
Site: {{FACILITY:Second Street Exchange}} van, parked {{ADDRESS:corner of Jefferson & 2nd, by the laundromat}}, {{LOCATION:Huntington}} WV
{{DATE:Thurs 4/11/24}}. Participant code (SSP): {{ID:MARO0385}}. Legal name (for Rx only): {{NAME:Marcus Allen Rollins}}, DOB {{DATE:03/08/1985}}
Peer navigator: "{{NAME:Shug}}" ({{NAME:Tavon Bledsoe}}).
OraQuick HCV reactive -> point-of-care HCV RNA (Xpert fingerstick) DETECTED, 5.9 log. 
Same-day start: sof/vel (Epclusa) 8 wk? no - 12 wk standard (no cirrhosis assessment yet; APRI 0.6). Pharmacy: {{FACILITY:Guyandotte Community Pharmacy}}. Mavyret not covered.
Medicaid {{HEALTH_PLAN:WV3310904412}}. 
Phone: borrowing girlfriend's ({{NAME:Destiny}}) {{PHONE:304-555-0112}}; best to find him at {{FACILITY:Riverside Mission}} shelter, mornings.
Also given: naloxone x2, fentanyl test strips, Hep A/B #1 (Twinrix). Bup induction offered - thinking about it.
Weekly pill pack pickup Thursdays at van.  - {{NAME:K. Perdue}}, RN`,

  `LYME DISEASE - NEDSS CASE REPORT (export)
CASE_ID={{ID:2024-LYM-008812}}|REPORT_DT={{DATE:20240716}}|COUNTY={{LOCATION:Chittenden}}
PT_LAST={{NAME:BEAUCHESNE}}|PT_FIRST={{NAME:MAXIME}}|DOB={{DATE:19771102}}|SEX=M
ADDR={{ADDRESS:58 Hinesburg Rd}}|CITY={{LOCATION:South Burlington}}|ZIP={{ZIP:05403}}|PHONE={{PHONE:8025550197}}
ONSET_DT={{DATE:20240702}}|EM_RASH=Y (>5 cm, on neck; photo w/ face in frame {{PHOTO:LYM008812_EM_01.jpg}})|ARTHRITIS=N|BELLS_PALSY=N|CARDITIS=N
LAB=2-tier not done (EM present -> clinical dx)|TICK_BITE=Y ({{LOCATION:Shelburne}} trail hike {{DATE:6/29}})
TX=doxycycline 100 BID x10d
PROVIDER={{NAME:Whitney Sorel}} APRN|NPI={{LICENSE:1326045598}}|FACILITY={{FACILITY:Champlain Valley Family Practice}}
REPORTER_EMAIL={{EMAIL:wsorel@cvfp.example.org}}|SUBMIT_IP={{IP:203.0.113.82}}
NOTES=also asked about anaplasma/babesia; CBC normal, no sx. Case classification: confirmed (EM + exposure in high-incidence county).`,

  `LEGIONNAIRES' - CASE B FOLLOW-UP PHONE CALL
{{DATE:09/20/2024}} 1115   Re: {{NAME:Fisk, Yolanda R.}}, outbreak {{ID:OB-2024-HC-019}}
Spoke with pt at {{PHONE:(770) 555-0135}}. She is home in {{LOCATION:Marietta}} GA, post-d/c from {{FACILITY:Kennesaw Heights Medical}} on {{DATE:9/6}}.
Exposure recap: stayed rm 1103 {{DATE:8/24}}-{{DATE:8/27}} for {{FACILITY:Southeastern Dental Assoc.}} conference; showered daily; used hot tub once {{DATE:8/25}} evening ~20 min. Onset {{DATE:8/30}}: fever, cough, diarrhea, confusion per husband {{NAME:Curtis}}.
Urine Ag+; sputum not collected -> request any remaining resp specimen for culture (sg1 matching). Lab contact {{NAME:Lorna Pike}}, {{EMAIL:lpike.micro@khmed.example.org}}.
Tx: levofloxacin 750 x10d completed. CXR f/u {{DATE:10/15}}.
She asked whether she can sue hotel - referred to her own counsel; we don't advise.
{{NAME:R. Ng}}, MPH - {{FACILITY:Hamilton County Health Dept}}`,

  `Crew interview - AGE outbreak, {{FACILITY:MS Aurora Meridian}}
{{DATE:2 Nov 2024}}, crew clinic, deck 2. Interpreter not needed (English/Tagalog).
Crew member: {{NAME:SANTOS, Rodel Bautista}}, galley utility, crew ID {{ID:OVL-CR-55810}}, passport {{ID:P4471902B}} (Philippines)
Home: {{LOCATION:Iloilo City}}. Cabin C-211 (shared w/ {{NAME:Jun-Jun Ramos}} and {{NAME:Arnel Dizon}}).
Onset {{DATE:11/01}} 2300 - vomiting x6, diarrhea x4, T 38.1. Last worked shift {{DATE:11/01}} 1400-2200 at Lido buffet dish return (no food contact per supervisor Chef {{NAME:Maurizio}}; pt says he "helped refill salad bar for 10 min").
Ill crew contacts: none yet. Cabin-mates asymptomatic, told to report.
Action: isolated cabin C-211 x48h after last sx; stool sent ashore at {{LOCATION:Belize City}} -> norovirus GII.4 PCR positive, Ct 19.4.
Food handler exclusion until 48 h sx-free. Report to VSP updated (ship code {{ID:VSP-AMR-2431}}).
Ship MO Dr. {{NAME:H. Aas}}; nurse {{NAME:Priyanka}} signing.`,

  `MEASLES - CASE INTERVIEW (index)
Case {{ID:MEA-25-004}} - {{NAME:Wyatt Brenneman}}, 8 y/o, DOB {{DATE:5/11/2016}}. Parent: {{NAME:Rebekah Brenneman}}, {{PHONE:651-555-0186}}.
Unvaccinated (religious exemption on file at {{FACILITY:Eagan Hills Elementary}}).
Rash onset {{DATE:2/18/25}}; prodrome fever, cough, coryza, conjunctivitis from {{DATE:2/14}}; Koplik spots seen by Dr. {{NAME:Ulrich}} at {{FACILITY:Cedar Grove Urgent Care}} {{DATE:2/19}} (waiting room exposure 1620-1850!).
Likely source: family trip, flight {{LOCATION:Amsterdam}} -> {{LOCATION:Minneapolis}} {{DATE:2/2}}; visited cousins in {{LOCATION:Antwerp}}.
Other places while infectious:
 - church {{FACILITY:Grace Fellowship of Apple Valley}}, {{DATE:Sun 2/16}} 10-12
 - {{FACILITY:Valley Fresh Market}} on {{ADDRESS:Cliff Rd}}, {{DATE:2/15}} ~1500
 - sibling's hockey game, {{FACILITY:Northview Ice Arena}}, {{DATE:2/16}} 1800
Household: sibs {{NAME:Levi}} (5, unvax), {{NAME:Hannah}} (13, 1 MMR) -> IG/MMR given {{DATE:2/20}}.
Home: {{ADDRESS:4491 Sandstone Dr}}, {{LOCATION:Eagan}} {{ZIP:55122}}. 
Interviewed by {{NAME:D. Raghunathan}} {{DATE:2/20/25}}.`,

  `EMPLOYEE HEALTH - RETURN TO WORK (influenza)
{{DATE:12/27/24}}   {{NAME:Pham, Quang}}   emp id {{ID:77-40219}}   RT (resp therapy), nights
Called in sick {{DATE:12/22}}: fever 39.2, myalgia, cough. Flu A PCR + at {{FACILITY:Bayside Urgent Care}} {{DATE:12/22}} 1910. Oseltamivir 75 BID x5d.
Today: afebrile >24 h w/o antipyretics (last fever {{DATE:12/25}} am), cough improving.
Flu vaccine this season: YES, {{DATE:10/4/24}} (Flucelvax) - documented.
Cleared to RTW {{DATE:12/28/24}} 1900 shift. Mask at all times until {{DATE:1/1}} (7 d from onset) - standard per policy IP-014.
Unit exposures: worked {{DATE:12/21}} night shift before onset (within 24 h) on {{FACILITY:Carrow 5}} and NICU - IP ({{NAME:Shonda}}) reviewing pt exposures; oseltamivir ppx for 2 high-risk pts per ID.
Employee questions re: paid sick time -> HR {{NAME:Marguerite}} ext {{PHONE:2-4410}}.
Note faxed to supervisor {{NAME:Ricardo Beltrán}}, fax {{FAX:510-555-0147}}.
{{NAME:G. Fortunato}} NP`,

  `VAERS-style report - school-based clinic
Date {{DATE:09/26/2024}}. Clinic: {{FACILITY:Kearney Park High School-Based Health Center}}, {{ADDRESS:4830 N Crockett Ave}}, {{LOCATION:Fresno}} {{ZIP:93726}}.
Pt: {{NAME:Maya Ochoa-Lindqvist}}, 15 y/o F, DOB {{DATE:1/30/2009}}, student ID {{ID:S00719248}}.
Vaccines 10:05: HPV9 dose 1 (R deltoid), MenACWY booster (L deltoid), Tdap (L). Lots per VIS log.
Event 10:09: while seated, pallor, said "everything's fuzzy", slumped; brief jerking of arms ~5 s; LOC ~15 s. Supine, legs up. HR 48 -> 72 at 10:14, BP 88/50 -> 104/66. No incontinence, no tongue bite. Glucose 94. 
Dx: vasovagal syncope w/ convulsive features after vaccination (not seizure). Observed 45 min, ate crackers.
Parent {{NAME:Lucía Ochoa}} called 10:20, {{PHONE:559-555-0179}}; picked up 11:05.
Guidance: 15-min post-vax observation seated was in place - pt got up early to see friend {{NAME:Jazmin}}.
Reported online, VAERS e-report {{ID:2781443-1}}. 
{{NAME:N. Whitefeather}}, RN / Dr. {{NAME:Hadley}} (med dir)`,

  `Travel clinic - Hajj/Umrah
{{DATE:4 April 2025}}.  {{NAME:Abdullahi, Mariam}} & {{NAME:Abdullahi, Yusuf}} (husband), seen together.
DOBs {{DATE:1/7/1958}} / {{DATE:3/22/1954}}.   MRNs {{MRN:TV-0213}} / {{MRN:TV-0214}}
Trip: {{LOCATION:Jeddah}} -> {{LOCATION:Makkah}} -> {{LOCATION:Madinah}} via {{LOCATION:Istanbul}}, {{DATE:May 24}} - {{DATE:June 18}}.
Required: MenACWY (quadrivalent) within 5 y and >=10 d before arrival -> MenQuadfi given today, both. Certificates #{{ID:MEN-25-0440}} and #{{ID:MEN-25-0441}}.
Also: COVID booster, high-dose flu (SH vaccine not avail), PCV20 for {{NAME:Yusuf}}.
{{NAME:Yusuf}}: DM2, CKD3b -> heat illness counsel, MERS-CoV (avoid camels, raw camel milk), hand hygiene. Rx azithro for TD. 
{{NAME:Mariam}}: asked re: Ramadan? - not relevant, trip after Eid.
Group organizer: {{FACILITY:Al-Noor Travel & Tours}}, {{PHONE:313-555-0146}}.
Home: {{ADDRESS:15110 W Warren Ave}}, {{LOCATION:Dearborn}} {{ZIP:48126}}.
Seen by {{NAME:Tahira Siddiq}}, PA`,

  `RABIES PEP - DOSE SCHEDULE (started abroad)
Patient: {{NAME:Katarzyna "Kasia" Wójcik}}   MRN {{MRN:20019847}}   DOB {{DATE:9/19/1988}}
Exposure: monkey bite (macaque), L hand, {{DATE:1/6/2025}} at a temple forest park, {{LOCATION:Ubud}}. Wound washed, seen at clinic in {{LOCATION:Denpasar}}: Verorab dose 1 {{DATE:1/6/25}}; NO RIG (unavailable).
Pt is on rituximab (MS) -> immunocompromised: 5-dose series + titer.
day | due         | given         | where
0   | {{DATE:01/06/25}}    | yes (Verorab) | {{LOCATION:Denpasar}}
3   | {{DATE:01/09/25}}    | yes           | {{LOCATION:Changi}} airport clinic
7   | {{DATE:01/13/25}}    | yes (Imovax)  | {{FACILITY:Lakeview Travel & ID Clinic}}
14  | {{DATE:01/20/25}}    | pending       | same
28  | {{DATE:02/03/25}}    | pending       | same
RIG: >7 d since first vaccine dose at presentation to us -> RIG no longer indicated.
RVNA titer 1-2 wk after last dose (~{{DATE:2/14}}) to {{FACILITY:Heartland Rabies Serology Lab}}; goal >=0.5 IU/mL.
Neurologist Dr. {{NAME:Brzezinski}} informed re: holding next rituximab.
Pt cell {{PHONE:312-555-0153}}, email {{EMAIL:kasia.wojcik88@example.com}}.`,

  `FAX COVER - OPAT WEEKLY LABS
TO: Dr. {{NAME:Rashid Iqbal}}, OPAT Clinic, {{FACILITY:Northfield ID Associates}}   FAX: {{FAX:330-555-0119}}
FROM: {{FACILITY:CareFlow Home Infusion}}, pharmacist {{NAME:Lydia Koenig}}   PH: {{PHONE:330-555-0102}}
DATE: {{DATE:05/07/2024}}   PAGES: 3 (incl. cover)
RE: {{NAME:BRANNIGAN, THOMAS}}  DOB {{DATE:12/01/1957}}  CareFlow pt # {{ACCOUNT:CF-00418823}}
Drug: cefazolin 2 g q8h via elastomeric + rifampin PO
Labs drawn {{DATE:5/6/24}} by RN {{NAME:J. Okoro}}:
 WBC 5.8  Hgb 11.9  Plt 302  ANC 3.2  Eos 6%
 BUN 14  Cr 0.94  K 4.1
 AST 44  ALT 61 (up from 40)  Alk phos 118  T bili 0.7
 ESR 31  CRP 1.2
Pharmacist comment: ALT rising - rifampin? Please advise whether to continue. Eos 6% - watch for drug rash/DRESS.
Next labs {{DATE:5/13}}. Stop date per order {{DATE:5/14/24}}.
CONFIDENTIALITY: This fax may contain PHI. If received in error call {{PHONE:330-555-0100}}.`,

  `E-CONSULT (ID) - response
Question from Dr. {{NAME:Aurelia Montenegro}} (FM, {{FACILITY:Santa Fe Family Health}}): 58F w/ positive Cryptococcal Ag? on serum sent by pulm for lung nodule. What next?
Chart reviewed {{DATE:6/3/2024}}: pt {{NAME:Trujillo, Benita}} MRN {{MRN:SF-118302}} DOB {{DATE:8/15/1965}}.
 - serum CrAg LFA POS, titer 1:40 ({{DATE:5/29/24}}).
 - CT chest {{DATE:5/20}}: 1.8 cm RUL nodule, no cavitation.
 - HIV neg (2023 screen - repeat), on prednisone 10 mg for RA, plus methotrexate.
 - No headache, vision change, AMS documented.
Recommendations:
 1. Needs LP with opening pressure + CSF CrAg/culture to r/o CNS disease (immunosuppressed). Can be done at {{FACILITY:Sangre de Cristo Regional}} IR.
 2. If CSF neg and pulmonary only, mild-mod: fluconazole 400 mg daily x6-12 mo.
 3. If CSF +: admit for induction (L-AmB + flucytosine).
 4. Repeat HIV.
Pt lives in {{LOCATION:Española}}; travel hx: {{LOCATION:Vancouver Island}} {{DATE:Aug 2022}} (C. gattii endemic!) - ask lab to speciate if cultured.
e-consult time 22 min. {{NAME:L. Tsinajinnie}}, MD ID`,

  `MICRO ALERT - CRE / CARBAPENEMASE
{{DATE:2024-12-02 11:26}}  Accession {{ID:M24-337-0078}}
Patient: {{NAME:WASHINGTON, Loretta Mae}}   MRN {{MRN:1004377}}   Loc: {{FACILITY:Sutton 7}} rm 712
Specimen: urine, catheter, coll. {{DATE:11/30/2024 0600}}
Organism: Klebsiella pneumoniae >100,000 CFU/mL
 meropenem MIC >=16 R, ertapenem >=8 R
 ceftazidime-avibactam 2 S, meropenem-vaborbactam 1 S
 Xpert Carba-R: KPC DETECTED
Called to Dr. {{NAME:Fofanah}} 11:31 (read back) & IP {{NAME:Adebayo}}.
IP action: contact precautions, CRE flag; isolate sent to AR Lab Network regional lab {{FACILITY:Great Lakes ARLN Lab}}, req {{ID:ARLN-24-11903}}. Screen roommate (rm 712-B, {{NAME:H. Quist}}) - rectal swab ordered.
Pt was transferred from {{FACILITY:Lakeshore Subacute}} {{DATE:11/28}}: call their IP ({{PHONE:414-555-0103}}).
Pt is {{AGE:97}}; daughter {{NAME:Bernice}} is HCPOA.`,

  `TB CONTACT INVESTIGATION - WORKSITE SCREENING
Site: {{FACILITY:Prairie Gold Pork Processing}}, {{ADDRESS:2200 Industrial Pkwy}}, {{LOCATION:Worthington}} {{ZIP:56187}}; Line 3 (loin boning), 2nd shift.
Index case {{ID:TB-NOB-24-011}} ({{NAME:M.A.G.}}) - smear 3+, cavitary, onset {{DATE:7/2024}}. Shift overlap defined {{DATE:4/15/24}}-{{DATE:8/1/24}}.
Screening event {{DATE:Aug 20-21, 2024}}; interpreters Spanish, Karen, Somali, Tigrinya.
Line 3 contacts: 46 identified, 44 tested (IGRA).
 IGRA+: 11 (24%) - incl. {{NAME:Lah Say}}, {{NAME:Eh Kaw Htoo}}, {{NAME:Gebremedhin, Yonas}}, {{NAME:Rosa Icú}}, {{NAME:Noor Abdi}}, 6 others (see line list). All CXR {{DATE:8/27}} - one abnormal ({{NAME:Gebremedhin}}, RUL opacity) -> sputum x3, isolation at home {{ADDRESS:415 10th Ave, Apt B}}.
 Not tested: 2 (quit - {{NAME:J. Flores}} moved to {{LOCATION:Storm Lake}}, referred to {{FACILITY:Buena Vista Co PH}}).
Prior baseline positivity in this workforce ~20% (high-burden countries of birth) -> consider expanding to Line 2.
HR contact {{NAME:Gary Voss}} {{PHONE:507-555-0131}}. PH nurses {{NAME:A. Htoo}}, {{NAME:B. Kjeldahl}}.`,

  `CONGENITAL SYPHILIS - CASE REPORT WORKSHEET
Infant: Baby Girl {{NAME:Herrera}}? -> named {{NAME:Aaliyah Herrera}}, DOB {{DATE:11/03/2024}}, MRN {{MRN:BN-88120}}, {{FACILITY:San Joaquin Children's NICU}}
Mother: {{NAME:Jessenia Herrera}}, DOB {{DATE:6/6/2002}}, SSN {{SSN:612-55-0931}}, address {{ADDRESS:1420 E Belmont Ave, Spc 41}}, {{LOCATION:Fresno}} {{ZIP:93701}} (mobile home park).
Maternal hx: no prenatal care until 34 wk ({{DATE:10/10/24}}); RPR 1:128, TP-PA+. BPG x1 {{DATE:10/10}} only (<30 d before delivery) -> inadequate.
Infant: RPR 1:256 (4-fold > mother's at delivery 1:32), hepatosplenomegaly, snuffles, desquamation palms. LP: CSF VDRL reactive. Long-bone films: periostitis.
Classification: confirmed CS. Tx: aqueous PCN G 50,000 U/kg IV q12h -> q8h, 10 d.
Mother's partner: "{{NAME:Chuy}}" ({{NAME:Jesús Alvarado}}), DIS field record {{ID:FR-24-77319}}; not yet located - last known {{ADDRESS:Kings Canyon Rd & Clovis Ave}}.
Medi-Cal (infant pending), mother {{HEALTH_PLAN:91522018A}}.
Reporter {{NAME:Khadija Osei}}, RN, {{PHONE:559-555-0191}}. CS review board {{DATE:12/2024}}.`,

  `ELR MESSAGE (flattened HL7 2.5.1 ORU^R01) - HCV RNA
MSH|^~&|LABSYS|{{FACILITY:TRI-COUNTY REFERENCE LAB}}|NEDSS|STATE|{{DATE:20250214083305}}||ORU^R01|{{ID:MSG00019937}}|P|2.5.1
PID|1||{{MRN:00733219}}^^^TCRL^MR~{{SSN:518-55-2204}}^^^SSA^SS||{{NAME:MORNINGSTAR^DELIA^R}}||{{DATE:19810417}}|F|||{{ADDRESS:77 W Sprague Ave APT 9}}^^{{LOCATION:SPOKANE}}^WA^{{ZIP:99201}}||^PRN^PH^^1^{{PHONE:509^5550168}}
ORC|RE|{{ID:ORD4471208}}|||||||||{{LICENSE:1902881345}}^{{NAME:KESTREL^ADAM}}^^^^^^NPI
OBR|1|{{ID:ORD4471208}}|{{ID:TC25-045-00312}}|11011-4^HCV RNA quant^LN|||{{DATE:20250212}}
OBX|1|NM|11011-4^HCV RNA^LN||1840000|IU/mL|<15|H|||F
OBX|2|ST|32286-7^HCV genotype^LN||3a||||||F
NTE|1||Reflex genotype performed. CLIA 50D0987654.
SPM|1|||BLD^Blood|||||||||||||{{DATE:20250212}}
-- parsed by DSB intake, ack {{ID:ACK-88120337}}, received from {{IP:192.0.2.118}}`,

  `INTER-FACILITY INFECTION CONTROL TRANSFER FORM
Sending: {{FACILITY:Mount Hebron Regional Medical Center}}, {{ADDRESS:300 College Ave}}, {{LOCATION:Beckley}}    Receiving: {{FACILITY:Greenbrier Valley Skilled Nursing}}
Date of transfer {{DATE:08/16/2024}}
Resident name: {{NAME:Cordle, Everett J.}}    DOB {{DATE:02/09/1932}}   Age {{AGE:92}}
MRN {{MRN:MH-2290415}}   Medicare {{HEALTH_PLAN:1EG4-TE5-MK73}}
MDRO / infection:     [x] MRSA (nares + wound, {{DATE:8/2/24}})   [ ] VRE   [ ] CRE   [x] C. diff ({{DATE:7/29}}, completed vanc PO {{DATE:8/8}})   [ ] C. auris
Precautions at time of transfer: contact (MRSA wound); C. diff - resolved, no diarrhea >48 h.
Current abx: doxycycline 100 BID for sacral wound cellulitis, end {{DATE:8/20}}.
Devices: Foley? no. PICC? no. Trach? no. Wound vac (KCI, s/n {{DEVICE:VAC-ULTA-30118842}}) - going with pt.
Vaccines: flu (2023-24 season), PCV20 {{DATE:11/2023}}, RSV not given.
Form completed by {{NAME:Tammy Lilly}}, RN, IP   {{PHONE:304-555-0124}}   {{EMAIL:tlilly@mthebronrmc.example.org}}
Receiving IP: {{NAME:Jolene Persinger}}, fax {{FAX:304-555-0181}}`,

  `SOURCE PATIENT TESTING - CONSENT & NOTE
{{DATE:1/30/2025}} 0215. Unit {{FACILITY:Ellery 8}}, rm 822.
Source pt: {{NAME:Harlan Kowalski-Reyes}}, MRN {{MRN:30771456}}, DOB {{DATE:10/04/1974}}.
Explained that a staff member ({{NAME:J.M.}}, RN) had a needlestick with a used lancet from his fingerstick glucose at 0140. Requested consent to test for HIV, hepatitis B and C; explained results go to him and (without his name) to employee health.
Pt agreed verbally and signed form EH-22. Witness: {{NAME:Carlos Dimas}}, charge RN.
Drawn 0225: rapid HIV Ag/Ab (ED lab), HBsAg, HCV Ab w/ reflex RNA. Lab req {{ID:R25-030-0044}}.
Result 0310: rapid HIV nonreactive. Others pending.
Pt asked about own hep C - says "maybe from a tattoo in {{LOCATION:Tijuana}} in the 90s". If HCV Ab +, PCP Dr. {{NAME:Alvarado}} to be informed with pt permission.
Pt's wife {{NAME:Luz}} at bedside, aware.
{{NAME:K. Mbatha}}, RN house supervisor, pgr {{PHONE:5520}}`,

  `CLABSI REVIEW - INFECTION PREVENTION
Event {{ID:NHSN-CLABSI-24-0091}}   Unit: {{FACILITY:Hartwell 4 Oncology}}   Date of event {{DATE:10/08/2024}}
Pt {{NAME:Adeyemi, Folake}}, MRN {{MRN:6118304}}, AML on induction (7+3). Line: R IJ tunneled (Hickman) placed {{DATE:9/20/24}} by IR Dr. {{NAME:Sorensen}}.
BCx {{DATE:10/8}} x2: Enterococcus faecium (VRE), both bottles, and from line lumen. No other source. MBI-LCBI? - yes, meets MBI-LCBI 1 (VRE is an MBI organism, ANC 0) -> NOT counted as CLABSI for SIR.
Bundle audit (days 1-18): CHG bathing 16/18 (missed {{DATE:9/29}}, {{DATE:10/2}}); cap changes ok; dressing change overdue 2 d on {{DATE:10/4}} (RN {{NAME:L. Pruitt}} - educated).
Tx: daptomycin 10 mg/kg; line retained per onc (Dr. {{NAME:Haugland}}).
Unit huddle {{DATE:10/10}} 1400. Report to quality committee (chair Dr {{NAME:Kemi Alabi}}).
IP: {{NAME:F. Adebayo}}`,

  `SCABIES OUTBREAK - NURSING HOME
Facility {{FACILITY:Cedar Knoll Care & Rehab}}, {{ADDRESS:808 Old Salem Rd}}, {{LOCATION:Winston-Salem}} {{ZIP:27101}}   Outbreak {{ID:NC-SCB-24-17}}
{{DATE:Tue 11/12/24}} site visit. Present: DON {{NAME:Renee Pope}}, ADON {{NAME:Kwabena Asare}}, derm NP {{NAME:Lisette Marchand}}, county CD nurse {{NAME:T. Hairston}}.
Index: resident {{NAME:Spainhour, Velma}} ({{AGE:95}}), crusted (Norwegian) scabies dx {{DATE:11/5}} by skin scraping (mites+ eggs). Hall B.
Cases: 7 residents (Hall B x6, Hall C x1), 4 staff (CNAs {{NAME:Shaquana}}, {{NAME:Dee}}, {{NAME:Prakash}}, LPN {{NAME:Mo Brewer}}), 1 visitor (granddaughter of {{NAME:Spainhour}}).
Plan: mass tx all residents, staff and frequent visitors {{DATE:11/14}} (day 1) & {{DATE:11/21}} (day 8): permethrin 5% + ivermectin 200 mcg/kg for crusted & contacts of crusted. Laundry hot cycle / bag 72 h. Contact precautions index until 2 neg scrapings.
Admissions held until {{DATE:11/28}}. Family letters mailed. 
Next call {{DATE:11/19}} 1000.`,

  `HANSEN'S DISEASE CLINIC - follow-up
{{DATE:March 18, 2025}}. Pt: {{NAME:Ramírez Choque, Edgar}}  MRN {{MRN:HD-00412}}  DOB {{DATE:07/07/1971}}
Dx: borderline lepromatous leprosy (BL), dx {{DATE:9/2023}} by skin bx (AFB Fite stain+, BI 4+). Born {{LOCATION:Cochabamba}}; lived in {{LOCATION:Belém}} 2005-2012 (armadillo? no - worked in fishing). 
Tx: WHO MDT-MB (rifampin 600 monthly, clofazimine 50 daily + 300 monthly, dapsone 100 daily) month 18 of 24. G6PD normal.
Today: ENL? - no new nodules. Mild reversal rxn L ulnar n. (thickened, tender) -> prednisone 40 mg taper. Sensory test (Semmes-Weinstein monofilament) 10 g lost at L 5th digit.
Skin darkening from clofazimine - pt upset; counselled, reversible.
Household contacts (wife {{NAME:Rosa}}, sons {{NAME:Diego}}, {{NAME:Mateo}}): exam normal, rifampin SDR given 2023.
Drugs shipped by national program; pharmacy contact {{NAME:Isidro}} {{PHONE:225-555-0178}}.
Next visit {{DATE:4/15/25}}. Photo of facial lesions/madarosis (for chart) {{PHOTO:HD00412_20250318_face.png}}.
{{NAME:O. Fairbanks}}, MD`,

  `COCCIDIOIDOMYCOSIS - REPORT + PT CALL
{{DATE:1/9/2025}}.  Reportable (AZ).  Pt {{NAME:Halloran, Seamus}} DOB {{DATE:11/25/1962}} MRN {{MRN:TC-7732091}}
Snowbird from {{LOCATION:Duluth}}, wintering at {{ADDRESS:Palm Shadows RV Resort, Site 114, 9800 E Broadway Blvd}}, {{LOCATION:Tucson}} {{ZIP:85748}} since {{DATE:11/1}}.
Sx: cough, fatigue, erythema nodosum shins, 3 wk. CXR LLL infiltrate + hilar LAD. Cocci EIA IgM+ IgG+, ID IgM+, CF titer 1:8 (not high).
Risk factors for dissemination: none (white, not immunosupp, not preg). 
Plan: no antifungal for now (mild, CF <1:16); repeat CF in 4-6 wk; fluconazole if worse. Rest. "Valley fever" handout.
Called pt {{PHONE:(218) 555-0106}} 1430, discussed. Wife {{NAME:Noreen}} asks if she is contagious - no.
Reported to {{FACILITY:Pima County Health Department}} via MEDSIS {{DATE:1/9}}. Case {{ID:MED-25-0031774}}.
Returns to MN {{DATE:April 2025}}; f/u w/ PCP Dr. {{NAME:Ingrid Maki}} (fax {{FAX:218-555-0107}}) - records sent.
{{NAME:jh}}`,

  `Dengue - returning traveller, ED to ID handoff
{{DATE:08/21/24 2315}}  {{NAME:Okafor, Chiamaka "Chi"}}  {{AGE:90}}?? - NO, typo; pt is 29F (DOB {{DATE:3/3/1995}}). MRN {{MRN:7190024}}
Trip: {{LOCATION:Medellín}} & {{LOCATION:Cartagena}} {{DATE:8/3}}-{{DATE:8/14}}, mosquito bites++, no repellent.
Onset fever {{DATE:8/17}}, retro-orbital HA, myalgia, rash day 4. Tourniquet test +. 
Plt 38K (from 96 on {{DATE:8/19}} at {{FACILITY:QuickCare Astoria}}), Hct 44 (rising), AST 210. No bleeding, mild abd pain -> WARNING SIGNS (abd pain, plt falling w/ Hct rising).
NS1 Ag +; dengue RT-PCR (DENV-3) sent to {{FACILITY:NYC DOHMH PHL}}.
Admit medicine, cautious IVF, avoid NSAIDs. Zika/chik: not pregnant; send anyway per ED.
Travel companion {{NAME:Adaeze}} also febrile? - asked her to come in.
Pt works as nurse at {{FACILITY:Queensbridge General}} - EH to be told she's out (not transmissible person-to-person).
Handed off to Dr. {{NAME:Varga}} (ID night) - {{NAME:P. Sandoval}} MD (ED)`,

  `CHAGAS SCREENING - prenatal clinic
{{DATE:6/24/2024}}  {{NAME:Mamani Quispe, Roxana}}  DOB {{DATE:12/12/1994}}  MRN {{MRN:OB-339102}}  G2P1 at 22 wk
Born {{LOCATION:Sucre}}; childhood in adobe house w/ thatched roof (vinchucas seen). Moved US 2019; lives {{ADDRESS:5217 Chillum Pl NE}}, {{LOCATION:Washington}} DC {{ZIP:20011}}.
T. cruzi screening (universal for pts from endemic areas): IgG ELISA (Wiener) POSITIVE; confirmatory TESA-blot sent to reference lab, req {{ID:RL-24-00913}}.
ECG: RBBB + LAFB. Echo: EF 58%, no apical aneurysm. 
Plan: no benznidazole during pregnancy; treat postpartum after breastfeeding. Infant: PCR at birth and 1 mo, IgG at 9-12 mo.
1st child {{NAME:Josué}} (6 y) -> test now, referred to {{FACILITY:Capitol Kids Pediatrics}}.
Mother (in {{LOCATION:Sucre}}) and sister {{NAME:Wilma}} (here, {{PHONE:202-555-0183}}) advised testing.
Health plan: {{HEALTH_PLAN:DCM-00481933}}. Interp Spanish (pt also speaks Quechua).
{{NAME:C. Yupanqui}}, CNM / {{NAME:F. Oduya}}, MD ID`,

  `Patient portal message - PrEP telehealth
Received {{DATE:Mar 02, 2025 11:47 PM}} from portal user {{EMAIL:kaito.m.prep@example.net}} (session IP {{IP:203.0.113.207}})
Patient: {{NAME:Kaito Matsumura}}  DOB {{DATE:04/12/2000}}  MRN {{MRN:TH-550197}}
"hi, I ran out of my truvada 3 days ago bc the pharmacy ({{FACILITY:Mail-Rx Direct}}) said my insurance changed?? I had sex yesterday w/ a new guy no condom. should I just restart or do I need PEP? also my new card member id is {{HEALTH_PLAN:BCB-99018273}}. my address changed too: {{ADDRESS:1300 E Pike St #504}}, {{LOCATION:Seattle}} {{ZIP:98122}}. thanks - kaito"
RN reply {{DATE:3/3/25}} 0815 ({{NAME:Wendell Obi}}, RN):
Hi {{NAME:Kaito}} - since you were off PrEP >=3 days before the exposure, please come in today for PEP evaluation (within 72 h = by tonight). Go to {{FACILITY:Capitol Hill Sexual Health}} walk-in, or call {{PHONE:206-555-0142}}. We'll do an HIV test and restart. Insurance update saved.
Routed to Dr. {{NAME:Nwachukwu}} for PEP Rx.`,

  `ID CONSULT - HISTOPLASMOSIS (cavers)
{{DATE:2024-04-29}}   {{NAME:Tillman, Reid}}  MRN {{MRN:4412876}}  DOB {{DATE:1/17/1990}}  ward {{FACILITY:Pryor 6}} rm 603
21 d after caving trip w/ {{FACILITY:Bluegrass Grotto}} club to a bat cave near {{LOCATION:Cave City}} KY ({{DATE:4/6-4/8/24}}), fever, dry cough, pleuritic CP, arthralgia. CT: diffuse bilateral small nodules + mediastinal LAD.
Urine Histoplasma Ag 6.8 ng/mL, serum Ag +. Blasto Ag cross-reacts - neg. 
4 of 6 trip members ill: {{NAME:Jess Ferrante}}, {{NAME:Omar Haddad}}, {{NAME:Kyle "Kip" Dunn}} + pt; leader {{NAME:Margo Ellison}} ({{PHONE:859-555-0165}}) gave list.
Recs: moderate-severe acute pulm histo (hypoxemia SpO2 89% RA) -> L-AmB 3 mg/kg x1-2 wk then itraconazole 200 TID x3 d then BID for 12 wk total; itra level at 2 wk (goal >1). Methylpred if resp failure.
Notify {{FACILITY:Barren River District Health Dept}} (cluster, reportable in KY). Epi cluster ref {{ID:KY-HIS-24-003}}.
{{NAME:N. Bhattacharya}}, MD`,

  `LAB EXPOSURE RISK ASSESSMENT - BRUCELLA
Trigger: blood cx from pt {{NAME:Villalobos, Ernesto}} (MRN {{MRN:2281903}}, queso fresco from a vendor in {{LOCATION:Ciudad Juárez}}) grew small GNCB on {{DATE:2/11/25}}; worked on open bench {{DATE:2/10}}-{{DATE:2/12}} before ID as Brucella melitensis (MALDI-TOF, {{DATE:2/12/25 1620}}). Sent to LRN lab.
Micro staff exposure classification (per CDC/ASM):
emp#     name                  activity                         risk    plan
{{ID:50211}}   {{NAME:Torres, Alma}}          subculture, sniffed plate (!)     HIGH    doxy 100 BID + rif 600 x3 wk
{{ID:50388}}   {{NAME:Begay, Loren}}          catalase/oxidase, open bench      HIGH    doxy + rif x3 wk
{{ID:50407}}   {{NAME:Stavros Lekkas}}        in room <5 ft during manip.       HIGH    doxy + rif x3 wk
{{ID:50119}}   {{NAME:Ng, Wai-Ling}}          in room >5 ft                     LOW     symptom watch, no PEP
{{ID:50642}}   {{NAME:R. Oyelowo}}            not in room                       none    -
Serology (Brucella SAT) baseline + wk 2, 4, 6, 24 for HIGH/LOW; due {{DATE:2/26}}, {{DATE:3/12}}, {{DATE:3/26}}, {{DATE:7/30/25}}.
Pregnant staff: {{NAME:Torres}} - NO (checked). 
Lab director Dr. {{NAME:Esperanza Gallardo}}; EH notified {{DATE:2/12}} 1700. Incident # {{ID:LAB-INC-25-004}}.`,

  `Q FEVER - goat farm cluster, field notes
{{DATE:May 6 2024}}. Farm: {{FACILITY:Hollow Creek Dairy Goats}}, {{ADDRESS:N4120 County Rd KK}}, {{LOCATION:Cambria}} WI. Owners {{NAME:Ruth}} & {{NAME:Amos Stoltzfus}} (Amish - no phone; reached via neighbor {{NAME:Darla Kinney}} {{PHONE:920-555-0114}}).
Kidding season {{DATE:March-April 2024}} - 14 abortions in does; placentas disposed in open compost.
Human cases (Coxiella burnetii phase II IgG >=1:128 + clinically compatible):
 1. {{NAME:Amos Stoltzfus}}, 51 - fever, hepatitis; doxy started {{DATE:4/29}}
 2. son {{NAME:Eli Stoltzfus}}, 19 - pneumonia, {{FACILITY:Marquette Country Hospital}}
 3. farmhand {{NAME:Maximino Cruz}} - HA, fever; lives at {{ADDRESS:W2287 Hwy 16, trailer 3}}, {{LOCATION:Randolph}}
 4. vet tech {{NAME:Jordan Schaller}} from {{FACILITY:Crawfish River Vet Clinic}} - assisted deliveries {{DATE:4/2}}
Cheese sold at {{FACILITY:Old Mill Farmers Market}} - raw milk cheese? owners say pasteurized (state ag dept checking).
Recs: doxy 100 BID x14 d for acute cases; echo for all (endocarditis risk w/ valve dz); f/u serology 6 mo for chronic Q fever.
Reported to state (CDC cat B). Epi: {{NAME:K. Thorsen}}, {{FACILITY:Columbia County Health & Human Services}}.`,

  `MUMPS OUTBREAK - CAMPUS LINE LIST (as of {{DATE:04/02/2025}})
{{FACILITY:Western Plains State University}} Student Health, {{LOCATION:Hays}}. Outbreak {{ID:KS-MUM-25-01}}.
#  name                   age  dorm / group        onset    parotitis  MMR doses  buccal PCR
1  {{NAME:Kessler, Brody}}         20   {{FACILITY:Prairie View Hall}}, rugby   {{DATE:3/14}}     bilat      2          +
2  {{NAME:Achterberg, Lily}}       19   {{FACILITY:Prairie View Hall}}          {{DATE:3/18}}     L          2          +
3  {{NAME:Mwangi, Brian}}          22   off campus, rugby   {{DATE:3/19}}     bilat      2 (1 docs) +
4  {{NAME:Zeller, Hope}}           21   sorority house      {{DATE:3/22}}     R          2          pending
5  {{NAME:Delaney "Lane" Fox}}     20   rugby (manager)     {{DATE:3/25}}     bilat      2          +  (abd pain ?oophoritis)
6  {{NAME:Park, Jun-seo}}          24   grad housing        {{DATE:3/28}}     L          0 (intl, {{LOCATION:Busan}})  +
Isolation 5 d after parotitis onset. MMR3 clinic for rugby team + Prairie View residents {{DATE:3/26}}-{{DATE:3/27}}: 312 doses.
SHS director Dr. {{NAME:Ann Boxberger}}, {{PHONE:785-555-0133}}; county {{FACILITY:Ellis County Health Dept}}.
Student privacy: list not to be shared w/ athletics beyond coach {{NAME:Huelsmann}}.`,

  `phone note - flu outbreak, daycare
{{DATE:1/16/25}} 0940 call from director {{NAME:Tonya Redbird}}, {{FACILITY:Little Feathers Child Development Center}}, {{ADDRESS:1207 SW Lee Blvd}}, {{LOCATION:Lawton}} {{ZIP:73501}}, {{PHONE:580-555-0127}}
Reports 9 of 14 kids in the Toddler 2 room + 2 staff out w/ fever/cough since {{DATE:Monday 1/13}}. 3 kids tested + flu A at {{FACILITY:Comanche Pediatrics}} (one hospitalized at {{FACILITY:Southwest Plains Regional}}: "{{NAME:Bentley}}", 2 y, on O2).
staff ill: Mrs. {{NAME:Paddyaker}} (teacher), {{NAME:Gloria}} (aide). Neither got flu shot.
advice given: exclude ill until 24 h fever-free w/o meds; cohort room; no room mixing; hand hygiene; clean toys daily; letter to parents re: antivirals for high-risk sibs; staff vaccination now (not too late).
asked to send roster w/ onset dates to fax {{FAX:580-555-0129}} by EOD.
Tribal health (kids from {{FACILITY:Cache Creek Indian Health Clinic}} catchment) - courtesy call to their IP {{NAME:Rena Tahdooahnippah}}.
-{{NAME:kl}} / CD nurse`,

  `EMPLOYEE HEALTH - TB EXPOSURE (unprotected) NOTIFICATION LIST
Source pt: {{NAME:K.L.}} (MRN {{MRN:5530981}}) admitted {{DATE:9/2/24}} 2210 via ED to {{FACILITY:Landry 6}} rm 618 w/o airborne isolation; AFB smear 2+ / MTB PCR + resulted {{DATE:9/4/24 1130}}, moved to AIIR 612.
Exposure window {{DATE:9/2}} 2210 - {{DATE:9/4}} 1150 (approx 38 h).
Staff entering room w/o N95 (from door badge log + MAR):
name                       role    emp#     time in room (est)   baseline TB test     plan
{{NAME:Acosta, Yadira}}            RN      {{ID:60215}}    3.5 h                  QFT neg {{DATE:1/2024}}      QFT now + 8-10 wk
{{NAME:Bell, Terrence}}            PCT     {{ID:61877}}    1 h                    TST neg {{DATE:6/2023}}      QFT 8-10 wk
{{NAME:Rutkowski, Agnieszka}}      RT      {{ID:58802}}    40 min (neb tx!)       QFT neg {{DATE:3/2024}}      QFT now + 8-10 wk
Dr. {{NAME:Farid Haddad}}          hosp.   {{ID:70044}}    25 min                 prior +, treated 2015 sx screen only
{{NAME:Moua, Pa Houa}}             EVS     {{ID:63310}}    15 min                 QFT neg {{DATE:8/2024}}      QFT 8-10 wk
ED staff: separate list from ED IP ({{NAME:Keisha Lamont}}).
Badge-access report pulled from {{IP:192.0.2.44}} (door controller) by security {{NAME:R. Dupuis}}.
Follow-up QFT draw dates {{DATE:11/4/24}}-{{DATE:11/15/24}}. Letters sent {{DATE:9/6}}.`,

  `PATIENT NOTIFICATION LETTER - VACCINE STORAGE INCIDENT
{{DATE:October 21, 2024}}

Mr. and Mrs. {{NAME:Gerald Fontenot}}
{{ADDRESS:216 Bayou Teche Rd}}
{{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}

Re: your vaccines at {{FACILITY:Acadiana Family Medicine - Breaux Bridge}} on {{DATE:9/30/2024}} and {{DATE:10/1/2024}}

Dear Mr. and Mrs. {{NAME:Fontenot}},
Our clinic refrigerator (data logger serial {{DEVICE:LogTag-TRED30-7F-2211908}}) recorded temperatures above 8 C for about 9 hours overnight {{DATE:9/29-9/30}}. The Fluzone High-Dose (lot UT8812BA, exp 06/30/2025) and Shingrix (lot 4HB93) doses given to you may not protect as well as they should. They are not harmful.
We recommend repeating: {{NAME:Gerald}} ({{AGE:91}}) - flu high-dose; {{NAME:Odile}} - flu high-dose and Shingrix dose 2.
There is no charge; your Medicare numbers ({{HEALTH_PLAN:3TK8-WD1-YR46}}, {{HEALTH_PLAN:5RG2-HN4-QC19}}) will not be billed. Please call {{NAME:Danielle}} at {{PHONE:337-555-0108}} to schedule.
Sincerely,
{{NAME:Étienne Guidry}}, MD, Medical Director`,

  `ACTIVE MONITORING LOG - traveler from outbreak area (Marburg)
Traveler: {{NAME:Nakato, Grace Achieng}}   DOB {{DATE:15/08/1986}} (per passport, d/m/y)   passport {{ID:B04471196}}
Arrived {{DATE:2024-10-12}} flight via {{LOCATION:Kampala}} -> {{LOCATION:Doha}} -> {{LOCATION:Dulles}}; CBP referral ref {{ID:DGMQ-24-10-3381}}.
Risk: low (no direct contact; visited family in {{LOCATION:Kigali}} during outbreak). Monitoring 21 d through {{DATE:11/02/24}}.
Staying with cousin {{NAME:Peter Ssemwanga}}, {{ADDRESS:8800 Piney Branch Rd, Apt 1112}}, {{LOCATION:Silver Spring}} {{ZIP:20903}}. Cell {{PHONE:240-555-0161}}; WhatsApp same.
Day | date  | temp AM/PM   | sx   | by
1   | {{DATE:10/13}} | 36.6 / 36.8  | none | text
2   | {{DATE:10/14}} | 36.5 / 37.0  | none | text
3   | {{DATE:10/15}} | -- / --      | no reply until 2200 -> called, 36.7, ok | {{NAME:ML}}
4   | {{DATE:10/16}} | 36.4 / 36.9  | HA mild (jet lag?) | video call
Plan if fever >=38.0 or sx: do NOT go to ED; call {{FACILITY:Montgomery County DHHS}} on-call {{PHONE:240-555-0100}}; transport by designated EMS to {{FACILITY:Capital Region Special Pathogens Unit}}.
Monitor: {{NAME:Maria Lindholm}}, RN`,

  `OPAT DISCHARGE SUMMARY - IE
Patient: {{NAME:PRZYBYLSKI, Walter F.}}   {{AGE:91}} y.o. M   MRN {{MRN:0095120}}   Acct {{ACCOUNT:AC-240615-0093}}
Admit {{DATE:05/28/2024}}  Discharge {{DATE:06/04/2024}} to home w/ OPAT via {{FACILITY:Heritage Home Infusion}}
Dx: Enterococcus faecalis native MV endocarditis (TEE {{DATE:5/30}}: 9 mm vegetation, mod MR). Source: likely GU (BPH, recent cysto {{DATE:5/10}} at {{FACILITY:Lakeland Urology}}).
Surgery: CT surg Dr. {{NAME:Okonjo}} - not a candidate ({{AGE:ninety-one}}, frailty); medical mgmt.
Abx: ampicillin 2 g IV q4h -> via continuous infusion 12 g/24 h (CADD pump s/n {{DEVICE:CS2-0884120}}) + ceftriaxone 2 g IV q12h. Start of effective tx {{DATE:5/29/24}} (1st neg BCx), planned 6 wk -> end {{DATE:7/10/24}}.
PICC: L brachial, 4 Fr DL, tip cavoatrial jxn; placed {{DATE:6/1/24}}. 
Weekly labs: CBC, BMP to OPAT fax {{FAX:616-555-0139}}.
Caregiver: wife {{NAME:Helen}} ({{AGE:90}}) and son {{NAME:Mark Przybylski}} ({{PHONE:616-555-0172}}, {{EMAIL:mark.przyb@example.com}}). Home: {{ADDRESS:3040 Burlingame Ave SW}}, {{LOCATION:Wyoming}} MI {{ZIP:49509}}.
F/U: ID clinic {{DATE:6/18}} (Dr. {{NAME:Vandermolen}}); dental eval before any procedures; repeat TTE end of tx.
Dictated by {{NAME:S. Kettering}}, PA-C; {{NAME:ak}}/{{NAME:rt}} {{DATE:06/04/2024 15:22}}`,

  `VIBRIO VULNIFICUS - LAB CALLBACK + CASE REPORT
{{DATE:07/19/2024 0620}}: micro (tech {{NAME:Bao}}) called ED re: {{NAME:Boudreaux, Clovis}}, MRN {{MRN:3300917}}: wound + blood cx -> curved GNR, oxidase +, green colonies on TCBS -> V. vulnificus (MALDI). 
Pt 64M, cirrhosis (EtOH), hurt L shin on boat trailer {{DATE:7/16}} launching at {{LOCATION:Cocodrie}} then waded in bay. Boat reg {{VEHICLE:LA-4471-BK}}, trailer plate {{VEHICLE:LA X449201}} (per wildlife agent).
Now in MICU at {{FACILITY:Bayou Lafourche Medical Center}}, hemorrhagic bullae, septic shock. Doxy 100 IV q12 + ceftazidime 2 g q8; surgery (Dr. {{NAME:Hebert}}) for fasciotomy/debridement.
Wife {{NAME:Marie-Claire}} {{PHONE:985-555-0110}}. 
Reported to Region 3 Office of Public Health {{DATE:7/19}} by IP {{NAME:Chantelle Guidry}}. COVIS form {{ID:COVIS-LA-24-0061}}.
Lab # {{ID:B24-201-3376}}. SSN on facesheet {{SSN:433-55-9087}} (for state report).`,

  `LETTER TO PCP - ID CLINIC
{{DATE:12 December 2024}}
Dr. {{NAME:Priscilla Ambrose-Nakamura}}
{{FACILITY:Harborview Family Practice}}, {{ADDRESS:1880 Oceanview Dr, Suite 210}}, {{LOCATION:Newport Beach}} CA {{ZIP:92660}}
Fax {{FAX:949-555-0154}}

Re: {{NAME:Hargreaves, Lionel}}, DOB {{DATE:04/30/1933}}, our MRN {{MRN:ID-60019}}

Dear {{NAME:Priscilla}},
Thank you for sending Mr. {{NAME:Hargreaves}}, a {{AGE:91}}-year-old retired merchant seaman, seen today for a reactive syphilis screen found on memory work-up (treponemal EIA reactive, RPR 1:32). He recalls "a sore in {{LOCATION:Marseille}}" in the 1950s and was never treated. His neuro exam shows mild gait ataxia and absent ankle jerks; Romberg positive; Argyll Robertson pupils absent. 
LP {{DATE:12/10}}: WBC 14, protein 68, CSF VDRL reactive 1:2 -> neurosyphilis. 
Plan: aqueous penicillin G 24 MU/day IV x14 d via {{FACILITY:Coastline Home Infusion}} (start {{DATE:12/16}}); repeat CSF at 6 mo. HIV neg. His daughter {{NAME:Fiona}} (HCPOA, {{PHONE:714-555-0189}}) will supervise.
Partner notification not indicated (widowed since 2009).
With best wishes,
{{NAME:Ravi Subramaniam}}, MD, Infectious Diseases
cc: {{NAME:Fiona Hargreaves}} (by pt request)`,
];

export const HELDOUT_REALISTIC_111_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout111-${i + 1}`, n));
