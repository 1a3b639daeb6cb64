// A ninety-sixth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x/198.51.100.x/203.0.113.x; towns and cities are real
// places used only as LOCATION). It leans towards pharmacy, insurance and the revenue cycle as they
// touch patients: retail and specialty pharmacy call logs, e-prescribing (NewRx, RxChange, CancelRx)
// messages with prescriber NPI and DEA numbers, prior-authorization requests, denials, renewals and
// step-therapy and quantity-limit exceptions, appeal letters written by clinicians, patients and
// family, MTM reviews, patient-assistance, Extra Help, Medicaid and charity-care applications, EOB
// and claim disputes with member, group, claim and account numbers, coordination of benefits,
// workers' comp and auto med-pay billing, good-faith-estimate and ambulance balance-bill disputes,
// financial counselling, payment plans, collection and credit-reporting letters, interpreter-assisted
// calls (Vietnamese, Somali, Haitian Creole, Punjabi, Ukrainian, K'iche', Mam, Navajo, Arabic,
// Cantonese, Korean), IVR and pickup-kiosk verification logs, telepharmacy and portal access logs,
// and mail-order and cold-chain shipping notices with tracking numbers. It is heavy on payer,
// PBM, manufacturer and programme names, BIN/PCN, NDC, lot, CPT/HCPCS/ICD and reject codes, dollar
// amounts, doses, scores, rooms and chairs, which are not PHI, next to identifiers that are.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-20 final engine
// (8dad65e) 0.9892 / 0.9336; pass-21 engine (c661a04, whose rules were made from sets 2-92 without
// reading this one) 0.9892 / 0.9341.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header exactly: titles and credentials
// (Dr., Mr., Mrs., Ms., Pastor, Sheikh; MD, RPh, PharmD, CPhT, NP, PA-C) stay outside NAME spans, as
// do kin terms and honorifics in other languages (Bà, Ông, Hastiin, Asdzą́ą́, Sardar, Manman), and
// such a term used alone as a form of address (Ayeeyo, Halmeoni) is not annotated; a nickname in
// quotes is its own span; initials, first names alone, lower-case names and typist or signer
// initials are NAME; a month/day without a year is a DATE and a clock time next to it stays
// outside, a time attached to a date with a year is inside; a weekday written with a date is part
// of it; a date range written as one token is one span; ages over 89 are AGE, ages of 89 and under,
// years alone and clock times alone are not PHI; payers, PBMs, plans, their departments, help
// desks and phone and fax lines are not PHI (but a person named at a payer is NAME and a payer's
// call reference is ID); the patient's own pharmacy (retail, specialty, mail-order, compounding,
// long-term-care, telepharmacy) is FACILITY, as are DME suppliers, infusion, ambulance,
// interpreter and resettlement agencies, senior centres, churches, employers and schools; member,
// subscriber, Medicaid and Medicare (MBI) numbers are HEALTH_PLAN; claim, billing and utility
// numbers are ACCOUNT; NPI, DEA, state licences and driver's licences (incl. CDL) are LICENSE;
// authorization, case, order, refill-request, police report, badge, EMS run, A-number and parcel
// tracking numbers are ID; pump and CGM serials are DEVICE; lot, NDC, BIN, PCN and a lot's or
// medicine's expiry are not PHI; highway mile markers and PO/HC boxes are ADDRESS; a county named
// as a place and a Navajo chapter as a place are LOCATION, a chapter's CHR office is FACILITY.
// Decisions for cases those do not cover:
// - group and RxGroup numbers, presumptive-eligibility IDs and a plan-issued OTC/flex benefit card
//   number are HEALTH_PLAN; manufacturer copay and savings card IDs, foundation grant IDs and
//   patient-assistance, LIS and Medicaid application or confirmation numbers are ID;
// - prescription (Rx) numbers, good-faith-estimate and price-estimate numbers, payment
//   confirmations, interpreter vendor IDs, USCIS receipt numbers, IHS census numbers, probate case
//   numbers and state immunization-registry client IDs are ID;
// - guarantor, FIN, statement, charge, DME customer, auto/WC/short-term-disability claim numbers,
//   a collection agency's account number and a card's last four digits are ACCOUNT; the last four
//   digits of an SSN are SSN;
// - a pharmacy's or specialty pharmacy's patient profile number is MRN;
// - a store number written with the pharmacy's name is inside its FACILITY span (Kessler Drug #212);
// - month and year (08/2024, April 2023, Mar-Apr 2025) are DATE, a month alone (in Nov, by August)
//   is not; a DOT medical card expiry is DATE; a beyond-use date printed on a label is not PHI;
// - manufacturers and their programmes, charities, shipping carriers, state and federal agencies
//   (IHS, CMS, SSA, USCIS, FDA, the board of pharmacy, a "local PD"), an unnamed collection agency
//   and device models (Dexcom G7, t:slim X2, Omnipod 5) are not PHI;
// - a staff extension (x4471) and a foreign phone number are PHONE; a pharmacy's SMS short
//   number is PHONE;
// - only patient-specific links (tracking, payment, crowdfunding page) occur and are URL; an ID-scan
//   image file, a pickup-camera reference and a kiosk enrolment photo are PHOTO; voiceprint and
//   fingerprint template numbers are BIOMETRIC; a CPAP serial is DEVICE; a truck's fleet unit
//   number, dialysis chairs, drive-thru windows and crew numbers are not PHI;
// - a word that is also a name is annotated only where it stands for a person ("bill (William
//   Torgerson)" but not "his bill"); eponyms (Parkinson's, Ryan White, Beers list) are not PHI.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `RETAIL RX CALL LOG — {{FACILITY:Lakeview Pharmacy #0318}}
{{DATE:03/11/2024}} 10:42  inbound, caller = daughter {{NAME:Thao}} (on HIPAA form)
Pt: {{NAME:NGUYEN, THI LAN}}   DOB {{DATE:06/02/1951}}   prof# {{MRN:P-0448172}}
Callback {{PHONE:(503) 555-0187}}
Issue: amlodipine 10mg + losartan 100mg rejected 79 REFILL TOO SOON. Last fill {{DATE:2/28}} qty 90. Per daughter, Bà {{NAME:Lan}} dropped both bottles in the sink, tabs dissolved.
Called Cascadia Health Plan pharmacy help desk 1-800-555-0122, rep {{NAME:Marcus}}, ref# {{ID:CH24031188702}}. Lost/damaged override approved x1.
Member ID {{HEALTH_PLAN:CHP77104452}}  grp {{HEALTH_PLAN:OR4410}}  BIN 610591 PCN CASC
Rx# {{ID:6021774}} and {{ID:6021775}} re-billed, paid, copay $0.00 / $4.15.
{{NAME:Thao}} asked if we can put mom on auto-refill + blister packs -> enrolled in med sync, both meds aligned.
Delivery to {{ADDRESS:8822 SE Foster Rd, Apt 12}}, {{LOCATION:Portland}} {{ZIP:97266}}; driver to knock twice, pt HOH.
Vietnamese interpreter offered (LanguageLine), declined, daughter translating.
Reminder: next sync fill due {{DATE:3/25}}, call {{NAME:Thao}} day before.
—{{NAME:KD}} RPh`,
  `SureScripts NewRx — received {{DATE:2024-04-09 08:17:33}}
PRESCRIBER: {{NAME:Adebayo O. Ogunleye}}, MD   NPI {{LICENSE:1437209856}}   DEA {{LICENSE:BO6614027}}
Practice: {{FACILITY:Northgate Family Medicine}}, {{ADDRESS:1400 N Harwood St Ste 210}}, {{LOCATION:Dallas}} TX {{ZIP:75201}}
  ph {{PHONE:214-555-0143}}   fx {{FAX:214-555-0199}}
PATIENT: {{NAME:OKAFOR, CHIDINMA}}   F   DOB {{DATE:11/23/1988}}
  addr {{ADDRESS:3107 Glenfield Ave}}, {{LOCATION:Dallas}} TX {{ZIP:75233}}   ph {{PHONE:469-555-0172}}
MED 1: hydroxyzine HCl 25 mg tab   Sig: 1 tab po q6h prn itch   Qty 30   RF 1   DAW 0
MED 2: triamcinolone 0.1% cream 80 g   apply bid x 14 d   Qty 1   RF 0
Dx L20.9
Note to pharmacist: "pt may pay cash if not covered — pls use discount card"
-- RPh review {{DATE:4/9}} 0905: no DDI, allergy PCN (hives) on profile, filled. Triamcinolone rejected 70 NDC not covered → ran discount card, pt paid $11.40.
Counselled by {{NAME:J. Whitfield}}, PharmD. Pt's sister {{NAME:Ngozi}} picked up, ID checked (TX DL {{LICENSE:40917723}}), signed log.`,
  `FAX COVER — {{FACILITY:Summit Rheumatology Associates}}
To: Prior Authorization Dept, BlueHarbor Health     Fax 1-888-555-0160
From: {{NAME:Renata Kowalczyk}}, CMA    ph {{PHONE:(617) 555-0128}}   fx {{FAX:(617) 555-0129}}
Date: {{DATE:01/16/2025}}     Pages: 7 incl. cover

PRIOR AUTHORIZATION REQUEST — SPECIALTY DRUG
Member: {{NAME:Fitzgerald, Declan P.}}    DOB {{DATE:09/30/1979}}
Member ID {{HEALTH_PLAN:XJH882047715}}    Group {{HEALTH_PLAN:0074121}}
Prescriber: {{NAME:Priya Raman}}, MD    NPI {{LICENSE:1992847310}}
Drug: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL pen SC q14d, #2 per 28 days
Dx: M05.79 seropositive RA, multiple sites
Tried/failed: methotrexate 20 mg weekly x 6 mo (stopped {{DATE:08/2024}}, ALT 3x ULN); hydroxychloroquine 200 mg bid; sulfasalazine (GI intolerance).
CDAI 31 (high). QuantiFERON neg {{DATE:12/02/2024}}. HBsAg neg, HCV Ab neg.
Dispensing: {{FACILITY:Meridian Specialty Pharmacy}}, ph {{PHONE:1-877-555-0134}}
Please fax determination to {{FAX:(617) 555-0129}} attn {{NAME:Renata}}.
CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, notify sender and destroy.`,
  `PA DENIAL — scanned into chart {{DATE:2/7/25}} by {{NAME:lmt}}
Pt {{NAME:Declan Fitzgerald}}   MRN {{MRN:004417209}}
BlueHarbor Health determination dated {{DATE:February 5, 2025}}, case # {{ID:PA-25-0193384}}
Request: Hyrimoz 40 mg pen. DECISION: DENIED.
Reason: "Member has not tried and failed TWO preferred agents (Enbrel, Rinvoq) per criteria RA-014. Documentation of methotrexate hepatotoxicity not received."
Reviewer: {{NAME:Howard Tsai}}, MD, Medical Director.  P2P available within 14 days: 1-800-555-0171 opt 3, cite case #.
Plan: Dr. {{NAME:Raman}} to do P2P — booked {{DATE:Tue 2/11}} 1215 w/ Dr. {{NAME:Tsai}}. Sending LFTs from {{DATE:07/22/2024}} and {{DATE:08/05/2024}} (ALT 142, 131) + hepatology consult from {{FACILITY:Mass Bay Liver Center}}.
If upheld → 1st level appeal, 60-day deadline ({{DATE:4/6/25}}).
Pt aware via portal msg; he asked about Enbrel copay card, "doesn't want to wait another month". Copay card ID on file {{ID:CC8819204471}}.
—{{NAME:Lucia M. Torres}}, RN care coordinator`,
  `{{FACILITY:Riverside Pulmonary & Sleep}}
{{ADDRESS:220 Commerce Pkwy, Suite 4}} · {{LOCATION:Fort Wayne}}, IN {{ZIP:46825}} · T {{PHONE:260-555-0110}} · F {{FAX:260-555-0119}}

{{DATE:March 3, 2025}}

Appeals & Grievances Unit, Hoosier Crossroads Medicaid Plan

RE: Level 1 appeal — {{NAME:Gabriela Quiñónez-Ruiz}}, DOB {{DATE:04/18/2009}}
Medicaid ID {{HEALTH_PLAN:100384471922}}    Denial ref {{ID:DN-2502-77410}}

To whom it may concern:
I am writing on behalf of my patient, {{NAME:Gabriela}}, a 15-year-old with severe persistent eosinophilic asthma (FEV1 58% predicted, eos 610 cells/uL), to appeal the denial of dupilumab 200 mg q2wk. She had 3 ED visits and one PICU admission at {{FACILITY:Allen County Children's Hospital}} ({{DATE:11/14/2024}}–{{DATE:11/19/2024}}) despite high-dose ICS/LABA (Advair 500/50), montelukast and tiotropium, with adherence confirmed by fill history. She has missed 22 school days at {{FACILITY:Spy Run High School}} this year. The plan's step requirement (omalizumab) is not appropriate: total IgE 41 IU/mL, below the dosing range.
Sincerely,
{{NAME:Tomasz Wierzbicki}}, MD    NPI {{LICENSE:1285736194}}
cc: mother, {{NAME:Elvira Ruiz}}`,
  `MTM — COMPREHENSIVE MEDICATION REVIEW (telephonic)
Date {{DATE:05/20/2024}}   start 14:05  end 14:48
Pt: {{NAME:Mildred Haverstock}}, {{AGE:91}} y/o F.  Plan: Evergreen Rx Advantage (PDP)   Member {{HEALTH_PLAN:EVR004492187}}
Niece/caregiver {{NAME:Donna Pruitt}} on line, ph {{PHONE:(319) 555-0164}}
PCP Dr. {{NAME:Elias Bergstrom}}, {{FACILITY:Cedar Valley Clinic}}
Meds (11): donepezil 10, metoprolol succ 25, apixaban 2.5 bid (age >80 + wt 54 kg → reduced dose OK), furosemide 20, KCl 10 mEq, levothyroxine 50 mcg, omeprazole 20 (since 2016, ?indication), oxybutynin 5 tid, calcium+D, sennosides, APAP 500 prn.
MRPs:
 1. oxybutynin + donepezil — opposing, Beers list, confusion → rec d/c, consider mirabegron
 2. PPI >8 yr, no GI indication → deprescribe trial, taper
 3. two falls ({{DATE:3/30}}, {{DATE:4/22}}) — orthostatics?  no PT since {{DATE:Jan 2024}}
Niece fills pill box Sundays; no missed doses reported. Cost ok, in catastrophic? no.
Recs faxed to Dr. {{NAME:Bergstrom}} {{FAX:319-555-0177}}. Personal medication list + action plan mailed to {{ADDRESS:412 W 3rd St}}, {{LOCATION:Waterloo}} IA {{ZIP:50701}}.
{{NAME:Anjali Deshpande}}, PharmD`,
  `PATIENT ASSISTANCE PROGRAM — APPLICATION WORKSHEET (pharmacy financial svcs)
Applicant: {{NAME:Hodan Abdi Warsame}}   DOB {{DATE:1972-07-01}}   SSN {{SSN:518-44-0937}}
Address {{ADDRESS:2950 Cedar Ave S, #314}}, {{LOCATION:Minneapolis}} MN {{ZIP:55407}}
Phone {{PHONE:612-555-0138}} (son {{NAME:Abdirahman}}, best contact, English)
Language Somali — interpreter {{NAME:Faadumo Hirsi}} (ID {{ID:SOM-2231}}) in person
Household 5: self, husband {{NAME:Mohamed Farah Yusuf}}, 3 children (9–17)
Income: husband drives for {{FACILITY:Twin Star Shuttle}} ~$2,900/mo; applicant not working.
Ins: state plan — drug non-formulary, denial letter dated {{DATE:6/3/2024}} attached
Drug: sacubitril/valsartan 49/51 mg bid (HFrEF, EF 30%)
Prescriber: Dr. {{NAME:Sven Lindqvist}}, {{FACILITY:Phillips Heart Clinic}}, NPI {{LICENSE:1730492268}}
Docs: 2023 1040 ✔, pay stubs x2 ✔, proof of address (electric bill acct {{ACCOUNT:51-8837104-6}}) ✔, denial ✔
Faxed to manufacturer program {{DATE:06/12/2024}}; confirmation # {{ID:PAP-9910427}}
F/u call to {{NAME:Hodan}} via interpreter in 10 business days.   —{{NAME:RB}}`,
  `PATIENT FINANCIAL SERVICES — CALL NOTE
{{DATE:08/14/2024 09:58}}   rep {{NAME:Keisha Lamont}} x{{PHONE:4471}}
Caller: {{NAME:Robert}} "{{NAME:Bobby}}" {{NAME:Delacroix}} (self/guarantor), verified DOB {{DATE:2/9/1966}} + last 4 SSN {{SSN:6621}}
Guarantor acct {{ACCOUNT:G00781452}}
Pt states EOB from Pinnacle Mutual shows claim {{ACCOUNT:24188A0091173}}, DOS {{DATE:06/27/2024}} (MRI L-spine w/o, CPT 72148) processed OUT OF NETWORK, pt resp $1,874.30. Imaging was at {{FACILITY:St. Brendan Imaging Center}}, which is in-network on plan directory.
Found: our location loaded under wrong TIN w/ Pinnacle since {{DATE:May 2024}}.
Action: corrected claim (freq 7) sent {{DATE:8/14}}; acct on billing hold until {{DATE:10/13/24}}.
Member ID {{HEALTH_PLAN:PMU-3307712-01}}   group {{HEALTH_PLAN:55102}}
Pinnacle provider line ref {{ID:C-0814-22871}} (spoke w/ {{NAME:Angela}}).
Told {{NAME:Bobby}} he will get a new EOB; if still OON he can file a reprocessing request with the plan.
Stmt copies to {{EMAIL:bdelacroix66@mailbox.example}}`,
  `FINANCIAL COUNSELING NOTE — {{FACILITY:Biscayne General Hospital}}
Counselor {{NAME:Marisol Vega}}   {{DATE:10/02/2024}}
Pt {{NAME:PIERRE-LOUIS, Jean Wilner}}   MRN {{MRN:BG-2291847}}   FIN {{ACCOUNT:880041926}}
Adm {{DATE:9/26/24}}–{{DATE:9/30/24}} DKA, new T1DM. Total charges $48,212.60.
Seen bedside rm 6114 w/ Haitian Creole interpreter {{NAME:Roseline}} (vendor ID {{ID:HC-40817}}) and wife {{NAME:Nadège}}.
Uninsured. Cook at {{FACILITY:Kay Manmi Restaurant}} in {{LOCATION:North Miami}}, 32 h/wk, no employer plan. Wife home w/ toddler.
Household 3, gross ~$2,300/mo (~105% FPL).
Screening: Medicaid — immigration status pending (USCIS receipt {{ID:IOE0918827745}}); Emergency Medicaid for the stay → app started; hospital Financial Assistance Policy → 100% write-off likely.
Insulin: meds-to-beds filled glargine + lispro via manufacturer $35 program; meter kit from {{FACILITY:Little Haiti Community Pharmacy}}.
Docs needed: pay stubs, lease for {{ADDRESS:781 NE 59th St}}, {{LOCATION:Miami}} {{ZIP:33137}}, photo ID.
Return visit {{DATE:Oct 9}} 1000 w/ interpreter.`,
  `{{FACILITY:Mercy Ridge Health System}}
Patient Business Office · {{ADDRESS:PO Box 20917}} · {{LOCATION:Knoxville}}, TN {{ZIP:37940}}
{{DATE:November 18, 2024}}

{{NAME:LATOYA M. JENKINS}}
{{ADDRESS:5518 Brookhaven Cir Apt C}}
{{LOCATION:Knoxville}} TN {{ZIP:37918}}

FINAL NOTICE BEFORE COLLECTION PLACEMENT
Account {{ACCOUNT:MR-60038174}}    Patient: {{NAME:Jaylen D. Jenkins}}    Service date {{DATE:05/03/2024}}
Balance due: $612.48 (after Volunteer State Health Plan payment of $1,188.52)

Dear Ms. {{NAME:Jenkins}}:
Our records show no payment since {{DATE:07/15/2024}}. If the balance is not paid, or a payment arrangement made, by {{DATE:December 18, 2024}}, the account may be referred to an outside collection agency. You may qualify for financial assistance even after billing. Call {{PHONE:865-555-0140}} Mon–Fri 8:00–5:00 and have your account number ready.

-- detach and return with payment --
Account {{ACCOUNT:MR-60038174}}   Amount due $612.48   Amount enclosed $________`,
  `INTERPRETER-ASSISTED CALL  {{DATE:01/08/2025}} 15:20–15:44
Pharmacy: {{FACILITY:Fresno Westside Drug}}     RPh: {{NAME:Carla Mendes}}
Interpreter: Punjabi, {{NAME:Harpreet}} (vendor ID {{ID:PJ-77102}}), via phone
Pt: {{NAME:Gurnam Singh Dhillon}}   DOB {{DATE:03/15/1958}}   ph {{PHONE:559-555-0186}}
Reason: pt upset re insulin copay $142.60 at pickup {{DATE:1/6}}, said last month $35.
Looked at claim: new plan yr, Part D deductible reset {{DATE:1/1/25}} (plan: Valley Senior Advantage, member {{HEALTH_PLAN:VSA1120489337}}). Insulin should be capped $35/mo under IRA — claim adjudicated w/ NDC for Basaglar KwikPen but plan applied deductible → likely plan error.
Called plan pharmacy help desk, rep {{NAME:DeShawn}}, ref {{ID:VS-0108-4471}}: confirmed error, reprocessed, now $35.00. Refund of $107.60 to pt — cash drawer refund approved by mgr {{NAME:T. Okoro}}.
Sardar {{NAME:Dhillon}} also asked about pen needles (BD Nano 4 mm) — covered, $3.
Son {{NAME:Manjit}} will come in Thu to pick up refund, pt ok with that (verbal consent documented).
Interpreter confirmed pt understood. Teach-back ok.`,
  `*** SHIPPING NOTIFICATION — {{FACILITY:RxDirect Home Delivery Pharmacy}} ***
Order # {{ID:HD-5508137240}}   shipped {{DATE:07/22/2024}}
Ship to: {{NAME:Halyna Bondarenko}}
         {{ADDRESS:1907 Ridgecrest Dr, Unit 2B}}
         {{LOCATION:Spokane Valley}}, WA {{ZIP:99206}}
Carrier UPS 2nd Day Air   Tracking {{ID:1Z8V60W10231874462}}
Track: {{URL:https://track.rxdirect-example.com/s/HD-5508137240?k=9fQ27xLm}}
Items:
  Rx {{ID:7730291}}  atorvastatin 40 mg #90   (3 of 4 refills)
  Rx {{ID:7730292}}  metformin ER 500 mg #180
  Rx {{ID:7734815}}  Ozempic 1 mg/dose pen — SHIPS SEPARATELY w/ cold pack, tracking {{ID:1Z8V60W10231874479}}
Total member cost $0.00 — billed to plan, member ID {{HEALTH_PLAN:WCP-880174-02}}
Questions? Pharmacist line {{PHONE:1-866-555-0107}} (24/7)
Next refill eligible {{DATE:10/14/2024}}. Reply STOP to {{PHONE:555-0107}} to opt out of texts.
Note added {{DATE:7/23}} by {{NAME:jpc}}: pt's daughter {{NAME:Oksana}} called, mom on vacation in {{LOCATION:Lviv}} until {{DATE:8/5}} — hold cold-chain pkg? UPS intercept requested.`,
  `SPECIALTY PHARMACY INTAKE — Neurology program
{{FACILITY:Allegheny Specialty Rx}}   intake {{DATE:12/03/2024}}   coordinator {{NAME:Brianna Kessler}}
Pt: {{NAME:Mykola Shevchuk}}   M   DOB {{DATE:08/29/1990}}   spec pharm ID {{MRN:ASR-0091774}}
Arrived from {{LOCATION:Kharkiv}} {{DATE:April 2023}} (U4U parolee). Lives w/ sponsor family at {{ADDRESS:45 Overlook Terrace}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15216}}
Cell {{PHONE:412-555-0159}}   email {{EMAIL:m.shevchuk.pgh@example.net}}
Dx: RRMS (G35), dx'd {{LOCATION:Kyiv}} 2019, on fingolimod there; records translated.
Rx: ocrelizumab? NO — prescriber switched to ofatumumab 20 mg SC monthly (home inj.)
Prescriber Dr. {{NAME:Ines Carvalho}}, {{FACILITY:Three Rivers MS Center}}, NPI {{LICENSE:1508836627}}
Insurance: Medical Assistance (PA Medicaid) via HealthChoices MCO, ID {{HEALTH_PLAN:8831047762}}, active since {{DATE:05/01/2023}}
PA: submitted {{DATE:11/27}}, approved {{DATE:12/2}} auth # {{ID:AUTH-5520713}} thru {{DATE:12/01/2025}}
Prefers English for calls, Ukrainian for teaching → interpreter {{NAME:Iryna Lysenko}} booked for first-dose injection teach {{DATE:12/10}}; home nurse from {{FACILITY:Keystone Home Infusion}}.
Copay $0. Ship to sponsor address, signature req. —{{NAME:BK}}`,
  `PURCHASED/REFERRED CARE (PRC) — pharmacy benefit note
{{FACILITY:Red Mesa Valley Indian Health Center}} outpatient pharmacy    {{DATE:09/17/2024}}
Pt: {{NAME:BEGAY, DELBERT R.}}   DOB {{DATE:02/04/1949}}   chart # {{MRN:RMV-118402}}
Mailing: {{ADDRESS:HC 61 Box 3317}}, {{LOCATION:Round Rock}} AZ {{ZIP:86547}}  (no street addr; home is off {{ADDRESS:N12 at mile marker 57}}, south of {{LOCATION:Lukachukai}})
Phone {{PHONE:928-555-0116}} (granddaughter {{NAME:Shandiin}}; pt has no cell signal at home)
Census # {{ID:NN-044719}}.  Also has AZ Medicaid (AHCCCS) ID {{HEALTH_PLAN:A20718846}} — payer of last resort rules: IHS is after Medicaid.
Issue: Hastiin {{NAME:Begay}} was d/c'd from {{FACILITY:Flagstaff Northern Regional Medical Center}} {{DATE:9/12}} on enoxaparin 80 mg bid + warfarin bridge. Hospital outpt pharmacy billed AHCCCS, rejected (pt showed as "IHS only" in their system) and he paid $0 because they gave a 3-day supply only.
Filled remaining enoxaparin here today, AHCCCS paid. INR 1.8 at clinic. Public health nurse {{NAME:Loretta Nez}} to visit {{DATE:Thurs 9/19}} for INR + injection check.
Navajo interpreter {{NAME:Wilbert Tsosie}} (staff) used for counseling; pt prefers Diné bizaad for med teaching.
PRC referral # {{ID:PRC-24-3019}} for hematology f/u — pending committee.
—{{NAME:A. Chee}}, PharmD`,
  `ER FINANCIAL SCREENING — K'iche' interpreter via video
{{FACILITY:San Joaquin Valley Medical Center}}   {{DATE:06/29/2024 22:10}}
Screener {{NAME:Yesenia Ortiz}}   interpreter {{NAME:Domingo}} (K'iche', VRI ID {{ID:VRI-55018}}); Spanish not adequate for pt
Pt: {{NAME:Rosa Elvira Xicay Tzoc}}   DOB {{DATE:1994-02-11}}   MRN {{MRN:SJV00729164}}
From {{LOCATION:Santa Cruz del Quiché}}, Guatemala; in US ~3 yrs. Works packing grapes for {{FACILITY:Del Rey Vineyards}} — seasonal, no coverage.
Presenting: 34 wk pregnant, HTN 168/104, headache → admitted L&D, r/o preeclampsia.
Coverage: none. Screened for emergency/pregnancy Medi-Cal (restricted scope) — likely eligible regardless of status. Application # {{ID:MC-BEN-7714420}} submitted tonight; presumptive eligibility card issued, PE ID {{HEALTH_PLAN:91Y402873E}}.
Husband {{NAME:Juan Pablo Cux Ajanel}} present; phone {{PHONE:559-555-0191}}. Address {{ADDRESS:1120 S Frankwood Ave Spc 18}}, {{LOCATION:Reedley}} {{ZIP:93654}}.
Prenatal care had been at {{FACILITY:Clínica Campesina del Valle}} (records requested fax {{FAX:559-555-0190}}).
Pt worried about cost and "immigration" — reassured via interpreter. f/u with financial counselor {{NAME:Marisol}} on {{DATE:7/1}}.`,
  `DME / CGM COVERAGE NOTE
{{DATE:02/20/2025}}   pharmacy tech {{NAME:Tyrone Gaskins}} — {{FACILITY:Hillcrest Pharmacy & Medical Supply}}
Pt {{NAME:Aisha Rahman}}   DOB {{DATE:10/10/2001}}   T1DM on MDI
Plan: Gateway Commercial PPO   member {{HEALTH_PLAN:GCP5501947388}}   grp {{HEALTH_PLAN:GW-20114}}   rxBIN 003858 PCN A4
Rx: Dexcom G7 sensors #3/30d + receiver, prescriber Dr. {{NAME:Omar Haddad}} NPI {{LICENSE:1659302278}}
Pharmacy claim: reject 75 PA REQUIRED. Plan says CGM = pharmacy benefit only w/ PA; PA form faxed to Dr. {{NAME:Haddad}}'s office {{FAX:(314) 555-0146}} {{DATE:2/20}}.
Meanwhile pt still using old G6 w/ transmitter SN {{DEVICE:8GH7K2M4Q1}} (session ends in ~10 days), 2 sensors left.
Pt cell {{PHONE:(314) 555-0183}}. She asked if receiver needed — no, will use phone app (iPhone), so receiver removed from claim.
Update {{DATE:2/24/25}} 11:05: PA approved, ref {{ID:GCP-PA-880125}}, 12 mo. Filled G7 x3, copay $60. Pt picked up, {{NAME:Aisha}}'s mother {{NAME:Nasreen}} paid by card.  —{{NAME:TG}}`,
  `CLAIM DISPUTE — insulin pump supplies
{{DATE:09/03/2024}}   Pt/guarantor {{NAME:Caleb Whitehorse}} called (son {{NAME:Eli Whitehorse}}, age 12, is pt)
Pt DOB {{DATE:05/22/2012}}   DME supplier {{FACILITY:Prairie Diabetes Supply}}   cust # {{ACCOUNT:PDS-4409172}}
Pump: Omnipod 5 — PDM SN {{DEVICE:PDM-24A0917743}}; Dexcom G6 integration
EOB dated {{DATE:8/21/24}}, claim {{ACCOUNT:2024233H118402}}: pods (A4225?) DENIED "not medically necessary / frequency exceeded" — billed 15 pods for 30 days; plan allows 10.
Dad explained {{NAME:Eli}}'s pods fail ~1/wk ("occlusion" alarms), replacement pods from manufacturer not always sent.
Plan: Big Sky Benefit Trust (self-funded), member {{HEALTH_PLAN:BSB000481127-03}}
Action: asked Dr. {{NAME:Naomi Fairbanks}} ({{FACILITY:Billings Children's Endocrinology}}) for LMN documenting failure rate; supplier to resubmit w/ KX mod + notes.
Also gave dad the manufacturer's pod-failure line and told him to log pod lot numbers (e.g. lot 240612A) + PDM error codes.
Call-back {{PHONE:406-555-0133}}, alt email {{EMAIL:cwhitehorse@prairienet.example}}`,
  `PHARMACY NOTE — controlled Rx problem   {{DATE:4/15/2025}} 1732
Pt {{NAME:DOMINGUEZ, ARTURO}}   DOB {{DATE:12/01/1975}}   profile {{MRN:P-2207815}}
eRx oxycodone/APAP 5/325 #20 from Dr. {{NAME:Kimberly Ashworth}} ({{FACILITY:Lakeside Orthopedics}}), post-op L knee scope {{DATE:4/14}}.
Problem: DEA on eRx {{LICENSE:FA3318207}} is registered to a different state (per DEA lookup), prescriber address on Rx is {{LOCATION:Reno}}. Cannot fill until clarified.
PDMP (NV) reviewed 1740: last CII fill {{DATE:11/2024}} hydrocodone #12, single prescriber. No red flags.
Called office {{PHONE:775-555-0122}}, spoke w/ MA {{NAME:Jess}}; Dr. {{NAME:Ashworth}} recently moved from CA, NV DEA is {{LICENSE:FA4490126}}. Office resent eRx w/ correct DEA 1802.
Filled 1810. Pt waiting in lobby 1 hr, frustrated, offered apology.
Plan billed: Silver State Health, member {{HEALTH_PLAN:SSH-77410928}}, copay $8.
Counseled re: constipation, no EtOH, naloxone offered (declined, has one from {{FACILITY:Truckee Meadows Harm Reduction Center}}). —{{NAME:MP}}`,
  `{{FACILITY:Kessler Drug #212}} · {{ADDRESS:600 W Main St}} · {{LOCATION:Ardmore}} OK {{ZIP:73401}}
PH {{PHONE:580-555-0102}}   FAX {{FAX:580-555-0103}}
PHARMACY → PRESCRIBER: FORMULARY ALTERNATIVE REQUEST
Date {{DATE:10/21/24}}     To: Dr. {{NAME:Grant Holloway}}  fax {{FAX:580-555-0171}}
Patient: {{NAME:Wanda Sue Pickens}}     DOB {{DATE:7/7/1944}}
Rx received: Xarelto 20 mg daily #30 (Rx {{ID:881204}})
Plan: Red River Senior PDP — Xarelto is Tier 3 now, pt copay $118/mo; plan preferred alternative Eliquis 5 mg bid ($47) — requires new Rx.
Pt CrCl est 48 mL/min (SCr 1.1, wt 61 kg, age 80) — if switching, apixaban 5 bid appropriate (only 1 of 3 dose-reduction criteria).
Pt also eligible to apply for Extra Help; gave her form + SHIP counselor number.
[ ] Approve change to apixaban 5 mg bid #60 RF 5
[ ] Continue Xarelto — pt will pay / PA for tiering exception
[ ] Other ____________
Prescriber signature ___________  NPI ___________
Pharmacist: {{NAME:Randall Chitwood}}, RPh    pt callback {{PHONE:580-555-0164}} (her son {{NAME:Dale}} handles her meds)
-- reply rec'd {{DATE:10/22/24}}: approved apixaban, signed Dr. {{NAME:G. Holloway}} NPI {{LICENSE:1114958302}}`,
  `SPECIALTY PHARMACY — DELIVERY EXCEPTION
{{FACILITY:CuraLink Specialty Pharmacy}}   Cold-chain shipment
Pt {{NAME:Takahashi, Kenji}}   DOB {{DATE:1967-03-30}}   SP ID {{MRN:CL-3308712}}
Drug: etanercept 50 mg/mL SureClick x4 (2-8°C)   Rx {{ID:CL884120}}
Shipped {{DATE:Mon 01/13/2025}} FedEx Priority Overnight, tracking {{ID:7791 4402 8817}}, to {{ADDRESS:2281 Kalakaua Ave, Apt 1504}}, {{LOCATION:Honolulu}} HI {{ZIP:96815}}
{{DATE:01/14/2025 16:40}}: FedEx shows "delivery exception — recipient not available"; building front desk refused (no signature).
Called pt {{PHONE:808-555-0124}} x2, no answer; left VM. Called wife {{NAME:Yumiko}} {{PHONE:808-555-0125}} — pt at work ({{FACILITY:Ala Moana Hotel Group}}), she'll pick up at FedEx station tomorrow a.m.
Temp monitor in box (TempTale) — stable 3.4-5.8°C per upload. Package ok per stability: 72 h validated shipper.
{{DATE:1/15}} 1015: wife picked up. Asked pt to check TempTale light = green. Pt confirmed 1120, refrigerated.
Next ship {{DATE:2/10/2025}} — flagged "hold at FedEx location" per pt request.
—{{NAME:Lani K.}}, CPhT`,
  `MEDS-TO-BEDS DISCHARGE DELIVERY
{{FACILITY:Good Shepherd Regional Medical Center}} — Outpatient Pharmacy   {{DATE:3/18/2025}}
Unit 5 West, rm 5212-B   RN {{NAME:Abena}} called 1305 w/ d/c time 1500
Pt {{NAME:Kwame Asante-Boateng}}   MRN {{MRN:GS-00614829}}   DOB {{DATE:1961-12-19}}
Dx NSTEMI s/p DES to LAD {{DATE:3/15}}.
New Rx: ticagrelor 90 mg bid, atorvastatin 80, metoprolol tart 25 bid, ASA 81, NTG 0.4 SL prn
Ins: Keystone Commercial HMO  ID {{HEALTH_PLAN:KCH90018473}}  grp {{HEALTH_PLAN:H3391}}
Brilinta copay $95 — applied manufacturer savings card (BIN 004682 / ID {{ID:SC50019938421}}) → $0 first fill.
Total pt pay $13.20, paid by wife {{NAME:Efua}} (card).
Delivered bedside 1420 by {{NAME:D. Mbeki}}, CPhT; counseled by {{NAME:Paolo Ferraro}}, PharmD (14 min): do NOT stop ticagrelor; bleeding signs; NTG use.
Pt prefers English; wife speaks Twi + English.
F/u fill to go to {{FACILITY:Asante Family Pharmacy}} in {{LOCATION:Worcester}} (transfer faxed {{FAX:508-555-0148}}).
Cardiology f/u {{DATE:4/1/25}} 0930 w/ Dr. {{NAME:Lindgren}}.`,
  `LIS / EXTRA HELP APPLICATION ASSIST — SHIP counseling session
{{DATE:07/09/2024}}   counselor {{NAME:Gloria Tafoya}}, {{FACILITY:Sandoval County Senior Center}}
Client: {{NAME:Ramón Archuleta}}, {{AGE:90}}, widower
Medicare # (MBI) {{HEALTH_PLAN:4TQ7-JK2-RN88}}    SSN {{SSN:585-21-0846}}
Address {{ADDRESS:14 Calle del Norte}}, {{LOCATION:Bernalillo}} NM {{ZIP:87004}}     ph {{PHONE:505-555-0178}}
Income: SS $1,204/mo; small VA pension $160. Resources: checking ~$3,100, no other. House owned (excluded).
Current Part D: High Desert Rx Saver, member {{HEALTH_PLAN:HDR22018405}}; monthly drug costs ~$260 (Januvia, Entresto, Eliquis).
Application submitted online during session; confirmation # {{ID:LIS-2024-0719-55821}}.
Also screened for MSP (QMB/SLMB) → referred to county ISD office; appt {{DATE:July 23}} 10:00.
Son {{NAME:Fernando Archuleta}} ({{PHONE:505-555-0179}}) is authorized rep; will bring bank statement.
Client asked "Will the Eliquis be cheaper by August?" — told decision letter in ~4–6 weeks; retroactive.
Pharmacy on file: {{FACILITY:Rio Rancho Family Drug}}.`,
  `PHARMACY REJECT FOLLOW-UP — Medicaid lapse
{{DATE:2025-05-06}}   {{FACILITY:Eastside Community Pharmacy}}   tech {{NAME:Jasmine Cole}}
Pt {{NAME:Terrell Washington Jr.}}   DOB {{DATE:08/12/1983}}
Rx: buprenorphine/naloxone 8/2 film #28 (Rx {{ID:4408712}}), prescriber {{NAME:Marguerite Obi}}, NP, DEA {{LICENSE:MO2290417}}, X-waiver n/a
Reject: 65 PATIENT NOT COVERED. Medicaid ID {{HEALTH_PLAN:MA0038817245}} termed {{DATE:04/30/2025}} — annual renewal not returned.
Pt says renewal packet went to old address ({{ADDRESS:2207 E Federal St}}), now staying w/ cousin at {{ADDRESS:418 N Milton Ave, 2nd fl}}, {{LOCATION:Baltimore}} {{ZIP:21205}}.
Actions:
- Called clinic ({{FACILITY:Harbor Recovery Center}}), {{NAME:Marguerite}} aware; clinic case mgr {{NAME:Tasha}} will help w/ reinstatement (90-day reconsideration window).
- Pt can't afford cash ($186). Gave 7-day supply on clinic's bridge voucher # {{ID:HRC-V-1193}}.
- Updated phone {{PHONE:443-555-0185}}.
Reinstated {{DATE:5/9}} retro to {{DATE:5/1}}; rebilled, voucher reversed. —{{NAME:JC}}`,
  `COORDINATION OF BENEFITS — REGISTRATION UPDATE
{{DATE:11/04/2024 13:12}}   {{FACILITY:Lakeshore Pediatrics}} front desk: {{NAME:Mariam Siddiqui}}
Pt {{NAME:Zara Malik-Chen}}   DOB {{DATE:03/03/2017}}   acct {{ACCOUNT:LP-0081174}}
Mom: {{NAME:Sana Malik}}   DOB {{DATE:05/14/1987}}   employer {{FACILITY:Lakeview Unified School District}}
   Lakeland Health PPO, subscriber ID {{HEALTH_PLAN:LHP330184477}}, grp {{HEALTH_PLAN:88120-04}}
Dad: {{NAME:Wei Chen}}   DOB {{DATE:09/02/1985}}   employer {{FACILITY:Brightline Logistics}}
   Midwest Choice HMO, ID {{HEALTH_PLAN:MCH7710932-01}}, grp {{HEALTH_PLAN:BLX001}}
Birthday rule → mom's plan PRIMARY (May before Sept). Parents married, same household.
Claims for DOS {{DATE:9/16/24}} and {{DATE:10/07/24}} went to Midwest Choice first → denied "other coverage primary" (EOB claim #s {{ACCOUNT:MC24260118831}}, {{ACCOUNT:MC24281090217}}).
Rebilled Lakeland as primary {{DATE:11/4}}; will send secondary w/ primary EOB.
Dad called back ({{PHONE:847-555-0150}}) asking why he got a bill for $310; explained. Mom's email for COB questionnaire: {{EMAIL:sana.malik.chen@example.org}}.
Note: Midwest Choice also requests COB update via member portal yearly — dad said he'll do it tonight.`,
  `WORKERS' COMP — PHARMACY FIRST FILL
{{FACILITY:Tri-County Pharmacy}}   {{DATE:08/19/2024}}
Injured worker: {{NAME:Luis Alberto Bautista}}   DOB {{DATE:04/27/1979}}
Employer: {{FACILITY:Cornerstone Framing & Drywall}}, {{LOCATION:Boise}}     DOI {{DATE:08/16/2024}} (fall from ladder, L wrist fx)
Claim # {{ACCOUNT:WC-24-0058817}}    adjuster {{NAME:Stephanie Lund}} (via carrier portal)
Carrier: Gem State Mutual Insurance (WC). PBM first-fill form used (temp card # {{ID:FF-90331442}}).
Rx: ibuprofen 800 mg tid #30; tramadol 50 mg q6h prn #12 (CIV) — Dr. {{NAME:Noor Al-Hashimi}}, {{FACILITY:Treasure Valley Occupational Health}}, DEA {{LICENSE:FA5519024}}
Tramadol: WC formulary requires prior approval after 7 days — #12 ok.
Pt speaks Spanish; counseled in Spanish by {{NAME:Elena}} (bilingual tech) + RPh.
Pt has no SSN on file — employer has ITIN; not needed for fill.
Address {{ADDRESS:3318 W Kootenai St}}, {{LOCATION:Boise}} ID {{ZIP:83705}}.   cell {{PHONE:208-555-0177}}`,
  `AUTO PIP / MED-PAY — pharmacy billing note
{{DATE:12/11/2024}}   billing specialist {{NAME:Rachel Goldfarb}}
Pt {{NAME:Ifeoma Nwachukwu}}   DOB {{DATE:1990-06-08}}
MVC {{DATE:12/02/2024}} on {{ADDRESS:I-285 at exit 33}} — pt driver, rear-ended.
Vehicle: 2019 Toyota Camry, GA plate {{VEHICLE:RFK 4418}}, VIN {{VEHICLE:4T1B11HK5KU209847}}
Auto insurer: Peachtree Casualty — claim {{ACCOUNT:PC-AUTO-2412-88103}}, med-pay limit $5,000; adjuster {{NAME:Brandon Pike}}.
Rx: cyclobenzaprine 10 mg, naproxen 500 mg, lidocaine 5% patch (PA — denied on health plan, Georgia Premier HMO {{HEALTH_PLAN:GPH003119247}})
Pt asked to bill auto insurer first. Med-pay requires itemized pharmacy receipts + police report # {{ID:APD24-1202-3371}} + HCFA w/ dx.
Sent itemized receipts (Rx {{ID:551927}}, {{ID:551928}}, {{ID:551930}}) via insurer's claims portal {{DATE:12/11}}; {{NAME:Brandon}} confirmed receipt {{DATE:12/13}}.
Pt ph {{PHONE:678-555-0139}}; mailing {{ADDRESS:90 Peachtree Pl NW, Apt 812}}, {{LOCATION:Atlanta}} {{ZIP:30309}}.`,
  `GOOD FAITH ESTIMATE DISPUTE (No Surprises Act) — self-pay
{{DATE:01/27/2025}}   {{FACILITY:Clearwater Ambulatory Surgery Center}} business office, {{NAME:Vanessa Ochoa}}
Pt {{NAME:Dmitri Volkov}}   DOB {{DATE:10/31/1972}}   acct {{ACCOUNT:CASC-2291047}}   uninsured/self-pay
GFE issued {{DATE:11/20/2024}}, GFE # {{ID:GFE-24-11-4471}}: lap chole w/ anesthesia, est. total $6,850.
Procedure {{DATE:12/09/2024}}. Bills received: facility $6,120; anesthesia (separately billed by {{FACILITY:Suncoast Anesthesia Partners}}) $2,940 — anesthesia was NOT listed on the GFE as co-provider.
Combined $9,060 → exceeds GFE by $2,210 (> $400 threshold) → pt eligible for patient-provider dispute resolution (PPDR) within 120 days of bill date ({{DATE:1/3/25}}).
Pt called upset; speaks Russian + English, wants letters in English. Email {{EMAIL:dvolkov72@example.com}}, ph {{PHONE:727-555-0193}}.
Addr {{ADDRESS:2600 Gulf Blvd, Unit 307}}, {{LOCATION:Indian Rocks Beach}} FL {{ZIP:33785}}.
Our action: internal review — anesthesia should have been on GFE; CFO {{NAME:Harold Nkemelu}} approved adjusting anesthesia to GFE variance. Letter sent {{DATE:1/28}}.
Pt may still file PPDR; gave him the federal number. —{{NAME:VO}}`,
  `SELF-PAY PRICE ESTIMATE — requested by phone
{{DATE:06/03/2024}} 0912   estimator: {{NAME:Chloe Brandt}}   {{FACILITY:Saint Ansgar Medical Center}}
Caller: {{NAME:Amara Diallo}} for herself, DOB {{DATE:02/17/1995}}, ph {{PHONE:414-555-0126}}
Ins: none (between jobs; previous employer {{FACILITY:Lakefront Brewing Supply}} coverage ended {{DATE:5/31/24}}; COBRA too expensive, $712/mo)
Service: MRI brain w/ and w/o contrast (CPT 70553), ordered by Dr. {{NAME:Isaac Feldman}}, {{FACILITY:Milwaukee Neurology Group}}, order # {{ID:ORD-8840217}}
Estimate: $3,180 gross; self-pay discount 40% → $1,908; prompt pay additional 10% → $1,717.20.
Informed pt of Financial Assistance (income ~$1,900/mo for household of 1 → likely 75% discount) and Marketplace special enrollment (loss of coverage, 60 days from {{DATE:5/31}} → until {{DATE:7/30/2024}}).
Estimate # {{ID:EST-0603-2291}} emailed to {{EMAIL:amara.diallo95@example.net}}.
Pt scheduled MRI {{DATE:June 11}} 0730; will bring FA application. Pt's cousin {{NAME:Mariama}} will drive.`,
  `PAYMENT PLAN AGREEMENT — notes
{{DATE:09/25/2024}}   {{FACILITY:Blue Valley Hospital}} PFS   rep {{NAME:Derrick Huang}}
Guarantor {{NAME:Patricia}} "{{NAME:Trish}}" {{NAME:O'Donnell}}, DOB {{DATE:12/08/1969}}, ph {{PHONE:913-555-0114}}
Accounts combined: {{ACCOUNT:BV-4410228}} (ER {{DATE:3/2/24}}, $842.11) + {{ACCOUNT:BV-4419870}} (outpt PT x8, $1,210.00) + daughter {{NAME:Kaylee}}'s acct {{ACCOUNT:BV-4402291}} ($390.50)
Total $2,442.61 after BCBS-type plan payments & adjustments.
Plan: 12 monthly payments of $203.55, 0% interest, autopay on the 5th via card ending {{ACCOUNT:4417}} (Visa). First draft {{DATE:10/05/2024}}.
FA screen: household 4, income $96k → above 300% FPL, not eligible; pt aware.
{{NAME:Trish}} said she'd been sent to collections on an older acct from 2021 — checked: acct {{ACCOUNT:BV-3100476}} closed/paid {{DATE:2/2022}}, never placed. Mailed paid-in-full letter to {{ADDRESS:7725 W 119th Terrace}}, {{LOCATION:Overland Park}} KS {{ZIP:66213}}.
Agreement e-signed 1048; copy emailed {{EMAIL:trish.odonnell@example.com}}.
Missed payment → reminder; 2 missed → plan voids.`,
  `PATIENT PORTAL — BILLING MESSAGE THREAD + access log
Acct {{ACCOUNT:CVH-00918274}}   Pt {{NAME:Nasser Al-Farsi}}   MRN {{MRN:CV-7720145}}
[{{DATE:02/03/2025 21:47}}] pt: "I got a bill for $1,240 for my sleep study on {{DATE:12/12}}. My insurance said it was approved?? Auth was given by Dr {{NAME:Khoury}} office. Please fix. — {{NAME:Nasser}}"
[{{DATE:02/04/2025 09:15}}] {{NAME:Olivia P.}} (billing): "Hi Mr. {{NAME:Al-Farsi}}, the claim was denied by your plan for 'no authorization on file'. The auth number your doctor's office obtained ({{ID:SA-4471920}}) was for a home sleep test, not an in-lab study. We have asked {{FACILITY:Cumberland Valley Sleep Lab}} to request a retro-auth. Your account is on hold for 45 days."
[{{DATE:02/04/2025 18:02}}] pt: "ok thank u. can you send to my work email too {{EMAIL:nalfarsi@harrisburgcivil.example}}"
[{{DATE:02/05/2025 08:40}}] {{NAME:Olivia P.}}: "For security we can only message through the portal."
-- Access log (security) --
{{DATE:02/03/2025 21:44}} login OK from {{IP:198.51.100.73}} (iOS app)
{{DATE:02/04/2025 18:00}} login OK from {{IP:203.0.113.118}} (browser)
{{DATE:02/04/2025 18:01}} failed MFA from {{IP:192.0.2.41}}, then OK`,
  `IVR / REFILL LINE — CALLER VERIFICATION AUDIT
{{FACILITY:Granite State Mail Pharmacy}}   export {{DATE:03/02/2025}}
----------------------------------------------------------------
{{DATE:03/01/2025 07:12:44}}  ANI {{PHONE:603-555-0121}}  member {{HEALTH_PLAN:GSM-4419027}}  {{NAME:LEBLANC, GERARD}}
   voiceprint match 0.93 (template {{BIOMETRIC:VP-0077142-A}})  PASS   refill req # {{ID:RR-81104}} Rx {{ID:3309174}} lisinopril 20
{{DATE:03/01/2025 07:31:05}}  ANI {{PHONE:603-555-0140}}  member {{HEALTH_PLAN:GSM-5508813}}  {{NAME:PATEL, HEMA}}
   voiceprint match 0.41 (template {{BIOMETRIC:VP-0091835-A}})  FAIL → transferred to agent {{NAME:Cory}}
   agent note: caller was husband {{NAME:Nilesh}}, not on HIPAA auth; info not released. Asked pt to call back or add him.
{{DATE:03/01/2025 08:02:17}}  ANI {{PHONE:207-555-0109}}  member {{HEALTH_PLAN:GSM-2207716}}  {{NAME:OUELLETTE, MARIE-CLAIRE}}
   voiceprint not enrolled → KBA (DOB {{DATE:01/19/1940}} + ZIP {{ZIP:04240}}) PASS
   pt 85 y/o, requested large-print labels; refill req # {{ID:RR-81117}} Rx {{ID:2208815}} + {{ID:2208816}}
{{DATE:03/01/2025 08:40:52}}  ANI {{PHONE:603-555-0188}}  no member match — hang-up after 3 prompts
Reviewed by {{NAME:S. Thibodeau}}, compliance. 1 FAIL escalated per policy.`,
  `CII PICKUP — ID VERIFICATION
{{FACILITY:Cactus Flats Pharmacy}}   {{DATE:11/12/2024}} 16:25   RPh {{NAME:Eduardo Salazar}}
Pt: {{NAME:Brittany Nicole Saunders}}   DOB {{DATE:06/30/1992}}
Rx {{ID:902271}}: dextroamphetamine-amphetamine ER 20 mg #30 — Dr. {{NAME:Farah Qureshi}} DEA {{LICENSE:BQ7731902}}
Person picking up: boyfriend, {{NAME:Cody Rainwater}} — AZ DL {{LICENSE:D08817420}}, exp 2029. ID scanned → image {{PHOTO:IDSCAN_20241112_162611.jpg}} stored in pickup log.
Pt's profile has no designee listed. Called pt {{PHONE:480-555-0195}} — she confirmed {{NAME:Cody}} may pick up, added as designee.
PDMP (AZ CSPMP) checked 16:28: fills q28–30d, same prescriber, same pharmacy since {{DATE:Feb 2023}}. No concerns.
Ins: Sonoran Health Alliance, member {{HEALTH_PLAN:SHA22810947}}, copay $15 (paid cash by {{NAME:Cody}}).
Signature captured on pad; {{NAME:Cody}} also photographed at counter per store policy for CII — photo ref {{PHOTO:PU-CAM-4471-0917}}.
Next fill not before {{DATE:12/9/24}}.`,
  `IMMUNIZATION RECORD — pharmacy
{{FACILITY:Northshore Apothecary}}   {{DATE:10/15/2024}}   immunizer {{NAME:Grace Oyelaran}}, PharmD
Pt {{NAME:Dang, Van Thanh}}   DOB {{DATE:04/04/1956}}   ph {{PHONE:206-555-0170}}
Ins: Medicare Part B, MBI {{HEALTH_PLAN:7KX2-UJ9-YT41}} (flu); Part D plan for RSV/Tdap: Puget Senior Rx, member {{HEALTH_PLAN:PSR00817724}}
VIS given (Vietnamese versions, current editions): yes
| vaccine                | lot        | exp        | site  | route |
| Fluzone HD 2024-25     | UT8819CA   | 06/30/2025 | L delt| IM    |
| Arexvy (RSV)           | 7A5K2      | 01/31/2026 | R delt| IM    |
Consent signed by pt; son {{NAME:Minh}} interpreted (pt declined professional interpreter).
Screening: no egg allergy, no GBS hx, no fever. Observed 15 min, no rxn.
Reported to state IIS {{DATE:10/15/2024}} 1420, IIS client ID {{ID:WA-IIS-33019284}}.
PCP notified: Dr. {{NAME:Helen Park}}, {{FACILITY:International District Family Clinic}}, fax {{FAX:206-555-0117}}.
Next: Shingrix dose 2 due ~{{DATE:12/2024}} (dose 1 given {{DATE:10/20/2023}} at {{FACILITY:Northshore Apothecary}}).`,
  `COMPOUNDING — COVERAGE & PRICING NOTE
{{FACILITY:Heritage Compounding Pharmacy}}   {{DATE:2025-02-14}}   tech {{NAME:Mercedes Villanueva}}
Pt {{NAME:Eleanor Whitcombe}}, {{AGE:94}} yo, resident of {{FACILITY:Maple Grove Assisted Living}} rm 118
Rx: metronidazole 0.75% / nystatin / lidocaine topical (magic paste) — and omeprazole 2 mg/mL oral susp 150 mL (pt can't swallow caps)
Prescriber: {{NAME:Samuel Achterberg}}, DO  NPI {{LICENSE:1366019472}}
Claim (Heartland Senior PDP, ID {{HEALTH_PLAN:HSP0771029}}) → omeprazole susp reject 34 "compound not covered"; submitted w/ SCC 8 → paid, copay $9.20.
Topical compound not covered at all → cash $64. Daughter/POA {{NAME:Judith Whitcombe-Ames}} approved by phone {{PHONE:641-555-0108}}, card on file ending {{ACCOUNT:0932}}.
BUD: omeprazole susp 30 d refrigerated, BUD 03/16/25 on label; paste BUD 180 d.
Delivery to facility w/ courier Tues/Fri; nurse {{NAME:Bonnie}} at {{FACILITY:Maple Grove}} to sign. Facility fax {{FAX:641-555-0119}}.
Pt's Medicare MBI {{HEALTH_PLAN:2WR8-HN4-PD63}} on profile for Part B nebs only.
—{{NAME:MV}}`,
  `ONCOLOGY ORAL CHEMO — FINANCIAL NAVIGATION
{{FACILITY:Pacific Crest Cancer Institute}} specialty pharmacy   navigator {{NAME:Jun-ho Kim}}   {{DATE:05/08/2024}}
Pt {{NAME:Ricardo Esteban Alvarado}}   DOB {{DATE:09/14/1957}}   MRN {{MRN:PCCI-0049123}}
Dx: CLL, starting zanubrutinib 160 mg bid (Dr. {{NAME:Mei-Ling Zhou}}, NPI {{LICENSE:1821064557}})
Ins: Medicare Advantage (Golden Coast MAPD), member {{HEALTH_PLAN:GCM8820174411}}. PA approved {{DATE:5/6}} auth {{ID:GC-PA-2405-11873}}.
OOP: first fill $3,210 (coverage phase, 2024 cap rules) — pt cannot pay.
Actions:
1) Foundation grant: applied to CLL fund at independent charity {{DATE:5/8}} 1015 — APPROVED $10,000, grant ID {{ID:FND-CLL-550918}}, valid to {{DATE:05/07/2025}}; BIN/PCN/grp loaded as secondary (grant is not insurance).
2) Medicare Prescription Payment Plan opt-in explained for 2025.
3) Mfr free-drug program not needed.
Pt portion now $0. First shipment {{DATE:5/9}} to {{ADDRESS:1436 Alder Creek Rd}}, {{LOCATION:Medford}} OR {{ZIP:97504}}, signature req, FedEx trk {{ID:7792 1083 5516}}, link texted to pt: {{URL:https://ccspx-example.com/t/779210835516?m=ALV0957}}.
Wife {{NAME:Consuelo}} ({{PHONE:541-555-0197}}) manages pillbox; Spanish-preferring, bilingual materials sent.
Oral chemo teach done by {{NAME:Bethany Cole}}, PharmD — BTK class AEs, bleeding, AFib, HTN, drug interactions (no strong CYP3A inducers).`,
  `HEP C DAA — PRIOR AUTH WORKSHEET
{{DATE:08/27/2024}}   {{FACILITY:Mountain View Infectious Disease}}   PA coordinator {{NAME:Katarzyna Nowak}}
Pt: {{NAME:Jesse Lee Harjo}}   DOB {{DATE:01/09/1986}}   MRN {{MRN:MVID-220871}}
Medicaid ({{HEALTH_PLAN:OK8841027734}}), SoonerCare-type FFS
HCV RNA 2,340,000 IU/mL ({{DATE:8/2/24}}), genotype 1a, treatment-naive
FibroScan 9.1 kPa (F2), FIB-4 1.62, APRI 0.7; no decompensation; HBsAg neg, HIV neg
Drug: sofosbuvir/velpatasvir 400/100 mg daily x 12 wk
Sobriety requirement: none (state removed); prescriber requirement: ID specialist ✔ Dr. {{NAME:Rahul Venkataraman}} NPI {{LICENSE:1043577291}}
Submitted via state portal {{DATE:8/27}} 1100, PA # {{ID:SO-PA-24-0887614}}. Approved {{DATE:8/28/24}} for 84 days.
Dispensing: {{FACILITY:Red Earth Specialty Pharmacy}} (in-network), sent eRx; pt pickup preferred — lives in {{LOCATION:Okmulgee}}, tribal clinic {{FACILITY:Deep Fork Tribal Health Clinic}} may also dispense.
Pt phone {{PHONE:918-555-0151}}; partner {{NAME:Lacey}} alt {{PHONE:918-555-0152}}.
SVR12 lab to be drawn ~{{DATE:02/2025}}.`,
  `To: Appeals Department, Great Lakes Unity Health Plan
From: {{NAME:Tamika R. Freeman}}
{{ADDRESS:19340 Greenlawn St}}, {{LOCATION:Detroit}}, MI {{ZIP:48221}}
Member ID: {{HEALTH_PLAN:GLU-60017724}}   Group: {{HEALTH_PLAN:DPS-0418}}
Date: {{DATE:April 2, 2025}}
Re: Denial of Wegovy (semaglutide 2.4 mg), denial letter {{DATE:3/14/2025}}, reference {{ID:GLU-D-25-049218}}

Dear Appeals Reviewer,
i am writing to appeal the denial of my Wegovy. The letter says "weight loss drugs excluded" but my doctor, Dr. {{NAME:Femi Adeyemi}}, prescribed it for my heart. I had a heart attack on {{DATE:August 9, 2023}} and was in {{FACILITY:Northland Heart Pavilion}} for 6 days. The FDA approved Wegovy in 2024 to reduce heart attack and stroke in people like me with heart disease and BMI over 27 (mine is 36.4).
I work as a para at {{FACILITY:Greenfield Park Elementary-Middle School}} and my plan is through the district. I have tried diet and a walking program. My A1c is 6.2.
Please call me at {{PHONE:313-555-0168}} or my daughter {{NAME:Imani Freeman}} at {{PHONE:313-555-0169}}.
Enclosed: letter from Dr. {{NAME:Adeyemi}}, discharge summary.
Sincerely, {{NAME:Tamika Freeman}}`,
  `{{FACILITY:Harborview Specialty Pharmacy}}
{{DATE:June 17, 2024}}

{{NAME:Vikram Subramaniam}}
{{ADDRESS:88 Larkspur Ln}}
{{LOCATION:Edison}}, NJ {{ZIP:08820}}

IMPORTANT: YOUR MEDICATION IS CHANGING TO A BIOSIMILAR
Dear {{NAME:Vikram}},
Beginning {{DATE:July 1, 2024}}, your plan (Garden State Employee Rx, member {{HEALTH_PLAN:GSE7730018415}}) will cover adalimumab-adbm (Cyltezo) instead of Humira. Your prescriber, Dr. {{NAME:Lorraine Castellano}}, has approved the switch (signed interchange form rec'd {{DATE:6/12/24}}).
What stays the same: your dose (40 mg every other week), your copay ($0 with the savings program), your delivery day.
Your next shipment (Rx {{ID:HSP-447109}}) is scheduled for {{DATE:07/08/2024}} to the address above.
A pharmacist will call you at {{PHONE:732-555-0135}} to review the new pen — it has a different button. Injection training video and sharps container included.
Questions: {{PHONE:1-855-555-0142}}, Mon–Sat.
Sincerely,
{{NAME:Christopher Ng}}, PharmD, Clinical Pharmacist
Ref: ptID {{MRN:HSP-PT-0092718}}`,
  `STEP THERAPY EXCEPTION REQUEST (state-mandated form)
Submitted {{DATE:11/05/2024}} by {{FACILITY:Copper Canyon Psychiatry}}, fax {{FAX:520-555-0155}}, ph {{PHONE:520-555-0154}}
Pt: {{NAME:Esperanza Lucero-Tapia}}   DOB {{DATE:07/21/1998}}   Member {{HEALTH_PLAN:DSH4401973}}   grp {{HEALTH_PLAN:UA-STU-24}}
Requested: vortioxetine 10 mg daily (Trintellix), NF
Step req: 2 generic SSRIs + bupropion
Hx:
 - sertraline 50→150 mg ({{DATE:1/2022}}–{{DATE:9/2022}}), partial resp, sexual AE
 - escitalopram 10→20 mg ({{DATE:10/2022}}–{{DATE:6/2023}}), emotional blunting
 - bupropion XL 300 — tried {{DATE:8/2023}}, ↑anxiety, stopped after 3 wk
 - currently vortioxetine samples since {{DATE:9/10/24}} with PHQ-9 19 → 8
Exception basis: previously tried & failed required drugs; currently stable on requested drug.
Prescriber: {{NAME:Diego Ferrán}}, PMHNP, NPI {{LICENSE:1558920314}}
Pt is a grad student at {{FACILITY:Santa Rita State College}} (student plan). Pt cell {{PHONE:520-555-0163}}.
Determination due within 72 h (non-urgent). Rec'd approval {{DATE:11/07/2024}} 1630, ref {{ID:STX-110724-0338}}, valid 12 mo. Sent to {{FACILITY:Catalina Foothills Pharmacy}}. —{{NAME:dlf}}`,
  `QUANTITY LIMIT OVERRIDE — phone log
{{DATE:2/19/25}} 1410  {{FACILITY:Peachtree Corners Pharmacy}}   RPh {{NAME:Olumide Bakare}}
Pt {{NAME:Hollis Rutherford}}   DOB {{DATE:3/22/1950}}   ph {{PHONE:770-555-0103}}
Rx {{ID:2271903}} sumatriptan 100 mg #18/30d (sig 1 prn migraine, may repeat x1 in 2h, max 200 mg/day) — Dr. {{NAME:Chandra Lakshmanan}}
Reject 76 PLAN LIMITATIONS EXCEEDED — plan QL 9 tabs / 30 days.
Called prescriber {{PHONE:770-555-0118}} → MA {{NAME:Brenda}}: pt has chronic migraine, on Botox q12wk at {{FACILITY:Gwinnett Headache Center}}, using ~12 days/mo. Office will submit QL exception through plan portal.
Dispensed #9 today (plan limit), copay $10. Pt ok.
Pt's wife {{NAME:Dorothy}} asked about Nurtec samples — referred to prescriber.
{{DATE:2/21/25}} 0930: QL exception approved thru {{DATE:2/20/2026}}, ref {{ID:QL-2502-66710}}. Billed remaining #9 as separate claim. Called pt, LVM.
{{DATE:2/21/25}} 1515: pt picked up; {{NAME:Hollis}} asked to pre-auth the 12-month renewal — noted on profile.
Plan help desk agent: {{NAME:Corinne}}.
—{{NAME:OB}}`,
  `VACATION SUPPLY OVERRIDE — international travel
{{DATE:12/02/2024}}   {{FACILITY:Stockton Central Pharmacy}}   RPh {{NAME:Kimberly Tran}}
Pt {{NAME:Harjit Kaur Sandhu}}   DOB {{DATE:05/05/1963}}   profile {{MRN:SCP-771093}}
Traveling to {{LOCATION:Ludhiana}}, India {{DATE:12/10/24}} → {{DATE:03/04/25}} (family wedding + visiting her mother, {{AGE:96}})
Needs 90-day supply early: metformin 1000 bid, glipizide 5, losartan 50, rosuvastatin 10, Trulicity 1.5 mg pens.
Plan (Delta Valley Health, member {{HEALTH_PLAN:DVH-3308145}}): vacation override allowed 1x/yr, called help desk, ref {{ID:DVH-VO-88214}}, agent {{NAME:Luz}}.
Trulicity: cold storage for 24 h flight — gave insulated travel case + letter for airport security (TSA) signed by Dr. {{NAME:Paramjit Grewal}}.
Interpreter: Punjabi by phone, {{NAME:Navdeep}} (ID {{ID:LL-220419}}); son-in-law {{NAME:Rajinder}} also present.
Copays: $0 x4, Trulicity $45 x 3 mo = $135.
Advice: glipizide + fasting during travel → hypoglycemia; keep glucose tabs; don't pack pens in checked bags.
Emergency contact in India: brother {{NAME:Balwinder Singh}}, {{PHONE:+91 98155 50123}}.
US ph {{PHONE:209-555-0167}}. Next fill due after return, {{DATE:3/8/25}}.`,
  `RX TRANSFER — incoming
{{DATE:2024-09-30}} 11:20   receiving RPh {{NAME:Ahmed Elsayed}}, {{FACILITY:Crescent Drug & Gift}}, {{LOCATION:Dearborn}} MI
From: {{FACILITY:Ridgeway Pharmacy #4410}}, {{LOCATION:Toledo}} OH, ph {{PHONE:419-555-0144}}, RPh {{NAME:Sarah Blankenship}} (OH lic {{LICENSE:03-3-177204}})
Pt {{NAME:Layla Haddad}}   DOB {{DATE:01/28/1979}}   new addr {{ADDRESS:6120 Calhoun St}}, {{LOCATION:Dearborn}} {{ZIP:48126}}
Rx transferred:
  orig Rx {{ID:0448127}}  levothyroxine 75 mcg #90, written {{DATE:3/11/24}}, orig fill {{DATE:3/12/24}}, last fill {{DATE:9/1/24}}, 1 RF left → new Rx {{ID:110294}}
  orig Rx {{ID:0448129}}  sertraline 100 mg #30, written {{DATE:6/20/24}}, 4 RF left → new Rx {{ID:110295}}
Prescriber: Dr. {{NAME:Yousef Nassar}}, NPI {{LICENSE:1679240983}}, {{LOCATION:Toledo}} — pt to establish care locally.
Ins: Buckeye-Mich Health Partners, ID {{HEALTH_PLAN:BMH0093371-02}}, grp {{HEALTH_PLAN:7700}} (through husband {{NAME:Karim}}, employer {{FACILITY:Great Lakes Auto Parts}})
Pt prefers Arabic for counseling — done in Arabic by me.
Both filled {{DATE:9/30}}, copays $4 / $10.`,
  `PHARMACIST-PRESCRIBED HORMONAL CONTRACEPTION (state protocol)
{{DATE:08/06/2024}}   {{FACILITY:Willamette Station Pharmacy}}   RPh {{NAME:Hye-jin Yoon}}
Pt {{NAME:Soo-ah Kang}}   DOB {{DATE:10/12/2003}}   student, {{FACILITY:Yaquina Bay Community College}}
Self-screening questionnaire completed; BP 118/74 (L arm, seated, 2 readings); BMI 22.
No migraine w/ aura, no smoking, no VTE hx, not postpartum, no breastfeeding.
Rx (pharmacist as prescriber, OR license {{LICENSE:RPH-0019427}}): norgestimate/EE 0.25/35 #3 packs, RF x3
Ins: parent's plan, subscriber {{NAME:Dong-hyun Kang}}, member {{HEALTH_PLAN:PNW5522018-03}}; ACA preventive → $0
Pt asked that EOB not go to parents' house ({{ADDRESS:301 NW Spruce Ct}}, {{LOCATION:Newport}}) — gave confidential communication request form for plan; plan's confidentiality unit will reroute EOBs to her address {{ADDRESS:2150 NW Monroe Ave Apt 6}}, {{LOCATION:Corvallis}} OR {{ZIP:97330}}.
Referral to PCP: none established; gave list incl. {{FACILITY:Benton Student Health}}.
Pt phone {{PHONE:541-555-0128}}. f/u BP check in 12 mo before renewal. —{{NAME:HJY}}`,
  `PEDS RX — SHORTAGE / SUBSTITUTION CALL (Somali interpreter)
{{DATE:01/22/2025}} 17:05   {{FACILITY:Riverside Plaza Pharmacy}}   RPh {{NAME:Tom Bergeron}}
Pt: {{NAME:Ilhan Mohamed Jama}}, 3 y/o, DOB {{DATE:04/09/2021}}, wt 14.2 kg
Caller: mother {{NAME:Xaliimo Ahmed}}, ph {{PHONE:(612) 555-0149}}; interpreter {{NAME:Abdiweli}} (ID {{ID:SOM-0417}}) by phone
Rx from {{FACILITY:Cedar-Riverside Pediatric Clinic}}: amoxicillin 400 mg/5 mL, 90 mg/kg/day div bid x 10d (AOM) — 400 mg/5 mL OUT OF STOCK (wholesaler backorder).
Option: 250 mg/5 mL susp — dose 640 mg bid = 12.8 mL bid (vs 8 mL), total 256 mL → dispense 2 x 150 mL.
Called prescriber Dr. {{NAME:Leila Ghanem}} {{PHONE:612-555-0156}} 17:15, approved substitution; new Rx {{ID:508211}}.
Medical Assistance ID {{HEALTH_PLAN:00483917}} — paid $0.
Counselled mom via interpreter: new volume 12.8 mL, oral syringe marked w/ tape; refrigerate; finish all 10 days even if better; return if fever >48–72 h.
Teach-back: mom showed 12.8 mL correctly.
Mom asked if {{NAME:Ilhan}}'s sister {{NAME:Hibaaq}} (6 y/o) can get "the same medicine" — no, needs own visit.
Ayeeyo (grandmother) will pick up at 1900.`,
  `RECALL NOTIFICATION — patient-level (Class II, metformin ER lot recall)
{{FACILITY:Pine Hollow Pharmacy}}   {{DATE:06/11/2024}}
Recall: metformin ER 500 mg, mfr lots MF2304A, MF2304B (NDC 00000-0417-01) — NDMA above limit.
Pts who received affected lots (from dispensing log {{DATE:3/1/24}}–{{DATE:6/10/24}}):
| pt | DOB | Rx# | fill date | contact | outcome |
| {{NAME:Arnold Pettigrew}} | {{DATE:2/17/1948}} | {{ID:600418}} | {{DATE:4/02/24}} | {{PHONE:540-555-0111}} | reached, exchange {{DATE:6/12}} |
| {{NAME:Mae Belle Crouch}} | {{DATE:11/3/1955}} | {{ID:600921}} | {{DATE:5/14/24}} | {{PHONE:540-555-0112}} | LVM x2, letter |
| {{NAME:Demetrius Hairston}} | {{DATE:7/29/1971}} | {{ID:601377}} | {{DATE:5/30/24}} | {{PHONE:540-555-0118}} | reached, exchanged same day |
| {{NAME:Lupe Ortega}} | {{DATE:1/5/1966}} | {{ID:601502}} | {{DATE:6/06/24}} | {{PHONE:540-555-0119}} | # disconnected; letter to {{ADDRESS:44 Sycamore Hollow Rd}}, {{LOCATION:Floyd}} VA {{ZIP:24091}} |
Replacement lot MF2311C (exp 11/2025), no charge to plans.
Called by {{NAME:Jolene Sizemore}}, CPhT; RPh {{NAME:A. Hardiman}} reviewed.`,
  `REFILL REMINDER / TWO-WAY TEXT LOG
{{FACILITY:Bayou City Pharmacy}} SMS gateway   pt {{NAME:Thanh-Huong Pham}}   mobile {{PHONE:713-555-0193}}
{{DATE:10/01/2024 09:00}} OUT: {{FACILITY:Bayou City Pharmacy}}: Rx {{ID:7021184}} (LEVOTHYROXINE) is due for refill. Reply 1 to refill, 2 to talk to pharmacist.
{{DATE:10/01/2024 12:47}} IN: 1
{{DATE:10/01/2024 12:47}} OUT: Thanks! Your refill will be ready {{DATE:10/02}} after 2 PM.
{{DATE:10/02/2024 14:05}} OUT: Rx {{ID:7021184}} is ready for pickup. Copay $4.00.
{{DATE:10/04/2024 18:22}} IN: my mom Ms. {{NAME:Huong}} cannot come, can my husband {{NAME:Bao}} pick up? also her sugar pill, the glipizide, is it ready
{{DATE:10/04/2024 18:30}} OUT: (RPh {{NAME:Marisa Lopez}}) Hi, this is the pharmacist. We can release to {{NAME:Bao}} if Ms. {{NAME:Pham}} authorizes; please have her call {{PHONE:713-555-0190}}. Glipizide Rx {{ID:7021190}} needs a new prescription — we faxed Dr. {{NAME:Cao}} {{DATE:10/3}}.
{{DATE:10/05/2024 10:11}} IN: ok she will call
Note {{DATE:10/5}}: pt called, added son-in-law {{NAME:Bao Le}} as authorized pickup.`,
  `DRUG INTERACTION — pharmacist to prescriber call
{{DATE:03/27/2025}} 1130   {{FACILITY:Sunnyside Family Pharmacy}}   RPh {{NAME:Nkechi Eze}}
Pt {{NAME:GALLAGHER, PATRICK J}}   DOB {{DATE:10/02/1954}}   Rx profile {{MRN:SFP-0018846}}
New eRx: clarithromycin 500 mg bid x 14d (H. pylori quad?) from {{NAME:Jordan Whitaker}}, PA-C, {{FACILITY:Elmwood Urgent Care}}
Interaction: pt on simvastatin 40 mg (Dr. {{NAME:Ruth Abernathy}}) → contraindicated (CYP3A4, rhabdo risk). Also on amlodipine 10 → ↑ levels, edema/hypotension.
Called UC {{PHONE:716-555-0147}}, spoke w/ {{NAME:Jordan}} 1140: indication = CAP? no — sinusitis. Changed to amoxicillin-clav 875 bid x 7d instead. Verbal order taken, new Rx {{ID:330817}}.
Alternative: hold simvastatin x duration — not needed w/ switch.
Pt informed; wife {{NAME:Maureen}} at pickup. Copay $6.
Plan: Empire Lakes Health, member {{HEALTH_PLAN:ELH-4471002938}}.
Documented intervention in MTM platform (CMR not due). Notified PCP Dr. {{NAME:Abernathy}} fax {{FAX:716-555-0139}}.
Time spent 18 min. —{{NAME:NE}}`,
  `MED SYNC ENROLLMENT + BLISTER PACKING
{{DATE:July 8, 2024}}   {{FACILITY:Gallup Family Pharmacy}}   tech {{NAME:Renee Yellowhair}}
Pt: {{NAME:Tsosie, Mae}}   DOB {{DATE:03/31/1934}}   ({{AGE:90}} y/o)
Address: {{ADDRESS:#27 Chapter House Rd}}, {{LOCATION:Tohatchi}} NM {{ZIP:87325}} (no mail delivery — uses {{ADDRESS:PO Box 412}}, {{LOCATION:Tohatchi}})
Phone: granddaughter {{NAME:Kimberly Benally}} {{PHONE:505-555-0136}}
Coverage: Medicare A/B + Part D (Four Corners Rx PDP, member {{HEALTH_PLAN:FCR00071934}}); NM Medicaid {{HEALTH_PLAN:NM55210773}}; IHS eligible.
Meds synced to fill on the same day monthly: amlodipine 5, lisinopril 10, metformin 500 bid, atorvastatin 20, ASA 81, calcium, vit D.
Blister cards AM/PM; delivery via clinic courier to {{FACILITY:Tohatchi Chapter}} CHR office on Fridays; CHR {{NAME:Alvin Nez}} will take to home.
Counseled in Navajo via {{NAME:Renee}} (tech, fluent). Asdzą́ą́ {{NAME:Tsosie}} asked that the pills not be changed in color. Noted on profile: "DAW manufacturer pref — do not change generic mfr w/o calling."
Start date {{DATE:7/19/24}}.`,
  `HOME INFUSION — BILLING / BENEFITS VERIFICATION
{{FACILITY:Blue Ridge Home Infusion}}   intake {{DATE:04/30/2025}}   BV by {{NAME:Courtney Albright}}
Pt {{NAME:Mohammed Abdullahi}}   DOB {{DATE:11/15/1969}}   MRN {{MRN:BRHI-551027}}
Referral: {{FACILITY:Roanoke Valley General Hospital}}, d/c planner {{NAME:Sheila Gantt}}, ph {{PHONE:540-555-0181}}, fx {{FAX:540-555-0182}}
Dx: MSSA vertebral osteomyelitis; cefazolin 2 g IV q8h x 6 wk via PICC (placed {{DATE:4/28}}, R basilic, 4 Fr DL, 41 cm, lot 0224M117)
Primary: Commonwealth Choice PPO, member {{HEALTH_PLAN:CCP7710294836}}, grp {{HEALTH_PLAN:RVT-2200}}; employer {{FACILITY:Roanoke Valley Transit}}
Benefits: home infusion covered 80% after ded ($1,500, met $1,120). Per diem S9500 (q8h abx) + drug J0690 x 3/day + nursing 99601/99602.
Auth # {{ID:CCP-HI-25-004471}} for {{DATE:4/30/25}}–{{DATE:6/10/25}}.
Est. pt responsibility ~$2,900 → referred to our financial assistance + payment plan.
Pt speaks Hausa + English; prefers English. Wife {{NAME:Aisha Bello}} ({{PHONE:540-555-0158}}) to learn SASH flush technique.
First delivery {{DATE:4/30}} 1900 to {{ADDRESS:3416 Peters Creek Rd NW}}, {{LOCATION:Roanoke}} {{ZIP:24017}}; RN visit {{NAME:Ginny}} {{DATE:5/1}} 0900.
Elastomeric pumps, Baxter, 100 mL — pump serials n/a (disposable).`,
  `DIALYSIS UNIT — ESRD DRUG COVERAGE NOTE (social work / billing)
{{FACILITY:Lone Star Kidney Center - Pasadena}}   {{DATE:09/09/2024}}   SW {{NAME:Adriana Cisneros}}, LMSW
Pt {{NAME:Calvin Broussard}}   DOB {{DATE:02/28/1958}}   MRN {{MRN:LSK-0093316}}   chair 14, MWF 2nd shift
Medicare (ESRD) MBI {{HEALTH_PLAN:9RN4-CE7-AX22}}; secondary TX Medicaid (QMB) {{HEALTH_PLAN:518800427}}
Issue: pt got bill from {{FACILITY:Clear Lake Pharmacy}} $212 for cinacalcet 60 mg — oral calcimimetics now in ESRD PPS bundle (TDAPA ended) → should be supplied by unit, not billed to Part D.
Called pharmacy {{PHONE:281-555-0123}}, pharmacist {{NAME:Binh Vo}}: will reverse claim + refund.
Unit pharmacy to dispense cinacalcet from {{DATE:9/11}} run; also sevelamer 800 (Part D, $4.15 copay, LIS level 1).
Pt's daughter {{NAME:Monique Broussard-Hill}} ({{PHONE:281-555-0107}}) manages bills; mailing addr {{ADDRESS:1102 Burnett St}}, {{LOCATION:Pasadena}} TX {{ZIP:77506}}.
Transplant referral: active at {{FACILITY:Bayou Transplant Institute}}, on list since {{DATE:3/2023}}.
Pt joked "Medicare knows me better than my wife". Kt/V 1.42, Hgb 10.6, PTH 612, Ca 8.9, Phos 6.1.`,
  `TRANSPLANT PHARMACY — PART B vs PART D BILLING REVIEW
{{FACILITY:Lakeshore Transplant Pharmacy}}   {{DATE:01/15/2025}}   {{NAME:Gabriel Moreau}}, PharmD
Pt {{NAME:Ana Lucía Bermúdez}}   DOB {{DATE:06/06/1976}}   MRN {{MRN:LTP-110829}}
Kidney tx (LDKT, donor = brother {{NAME:Julio}}) at {{FACILITY:St. Columba University Hospital}} {{DATE:08/14/2019}}.
Medicare-covered transplant? Yes — Medicare Part A at time of tx (ESRD) → immunosuppressants under Part B (80%).
Tacrolimus 1 mg + mycophenolate 500 → billed Part B (MBI {{HEALTH_PLAN:3JD1-WP6-KM70}}), Medigap Plan G picks up 20%.
Prednisone 5 mg, valganciclovir not on B for this indication → Part D (Lakefront Rx Basic, member {{HEALTH_PLAN:LRB441902773}}).
Problem {{DATE:12/2024}}: tacrolimus claim went to Part D, rejected "B vs D determination needed". Fixed: resubmitted as Part B w/ tx date {{DATE:8/14/2019}} and KX modifier.
Pt will move to Medicare Part B-ID (immunosuppressive drug coverage) if she loses ESRD Medicare 36 mo post-tx — not applicable (still on Medicare via disability).
Pt phone {{PHONE:773-555-0174}}; prefers Spanish — counseled by {{NAME:Gabriel}} w/ interpreter {{NAME:Beatriz}} (staff ID {{ID:E-20318}}).
Tac trough 6.8 ng/mL ({{DATE:1/10}}), SCr 1.2.`,
  `HIV PrEP — PHARMACY NOTE (340B contract pharmacy)
{{DATE:05/16/2024}}   {{FACILITY:Castro Wellness Pharmacy}}   RPh {{NAME:Jonah Feld}}
Pt: {{NAME:DeAndre Moses}}   (goes by "{{NAME:Dre}}")   DOB {{DATE:09/18/1999}}
Covered entity: {{FACILITY:Mission Street Health Center}} (Ryan White / 340B) — prescriber {{NAME:Farida Karimi}}, NP, NPI {{LICENSE:1417863920}}
Rx: emtricitabine/tenofovir alafenamide 200/25 mg daily #30 RF 2 — Rx {{ID:4420917}}
Labs ({{DATE:5/10/24}}): HIV Ag/Ab neg, CrCl > 90, HBsAg neg, STI screen neg.
Ins: Bay Area Commercial HMO, member {{HEALTH_PLAN:BAC-80012947}}, grp {{HEALTH_PLAN:SF-TECH-441}}; PrEP = ACA preventive, $0 cost share, but plan charged $40 copay → called plan, ref {{ID:BAC-0516-33981}}, rep {{NAME:Yolanda}} — reprocessed to $0.
Mfr copay card on file as backup: {{ID:MCA-2207719054}}.
Pt asked about injectable (cabotegravir q2mo) — told to discuss w/ {{NAME:Farida}} at next visit {{DATE:8/9}}.
Pt email {{EMAIL:dre.moses99@example.com}} for refill reminders; cell {{PHONE:415-555-0163}}.
Confidentiality: pt on parent's plan until 26 — requested EOB suppression, form sent.`,
  `HOME DELIVERY — elderly couple, language support
{{FACILITY:Little Saigon Pharmacy}}   {{DATE:11/26/2024}}   driver log + RPh note
Pts: Ông {{NAME:Trần Văn Minh}} ({{AGE:92}}), DOB {{DATE:02/01/1932}}; Bà {{NAME:Phạm Thị Hồng}}, 87, DOB {{DATE:10/15/1937}}
Addr {{ADDRESS:9871 Bolsa Ave, Space 44}}, {{LOCATION:Westminster}} CA {{ZIP:92683}}   ph {{PHONE:714-555-0142}}
Medi-Medi (Medicare + Medi-Cal), Ông {{NAME:Minh}} MBI {{HEALTH_PLAN:5HF3-TC2-NM19}}, Bà {{NAME:Hồng}} MBI {{HEALTH_PLAN:1PW8-KD6-RA55}}
Delivered 1430: 2 weeks of blister packs each. Ông {{NAME:Minh}}: warfarin 3 mg (INR 2.6 on {{DATE:11/22}} at {{FACILITY:Orange Coast Anticoag Clinic}}), digoxin 0.125, furosemide 40, tamsulosin.
Bà {{NAME:Hồng}}: donepezil 5, amlodipine 5, alendronate 70 weekly (Sunday) — reminded to take w/ full glass water, upright 30 min.
Found Ông {{NAME:Minh}}'s old warfarin bottles (5 mg, pink) on the table → removed w/ permission, returned to pharmacy for disposal.
Son {{NAME:Tony Tran}} ({{PHONE:714-555-0143}}) notified by RPh {{NAME:Quynh Dao}} in Vietnamese.
Next delivery {{DATE:12/10}}.`,
  `PHARMACY CONSULT — Haitian Creole interpreter (in person)
{{DATE:2/12/2025}} 1040   {{FACILITY:Mattapan Square Pharmacy}}   RPh {{NAME:Colleen Fahey}}
Interpreter: {{NAME:Wisly Dorcéus}} ({{FACILITY:Boston Medical Language Services}} ID {{ID:HC-8812}})
Pt {{NAME:Marie-Carmelle Dieujuste}}   DOB {{DATE:07/04/1960}}   ph {{PHONE:617-555-0175}}
Concern: says she "cannot pay for the pressure pills anymore" — $67/mo total.
Review: amlodipine/benazepril 10/40 (brand Lotrel DAW 1 written by Dr. {{NAME:Joseph Étienne}}!) + chlorthalidone 25 + atorvastatin 40.
Ins: MassHealth Standard ID {{HEALTH_PLAN:100207714385}} — should be ~$3.65/fill. Found claims billed to old commercial plan (employer {{FACILITY:Harbor Point Nursing Home}}, coverage ended {{DATE:12/31/24}}) → pt paid cash because deductible.
Fixed: MassHealth now primary; reversed Jan claims {{DATE:1/10/25}}, rebilled, refund $58.90.
Called Dr. {{NAME:Étienne}} office ({{PHONE:617-555-0181}}) re DAW 1 → OK generic.
Pt's daughter {{NAME:Fabienne}} lives in {{LOCATION:Cap-Haïtien}}; pt sends meds? — advised not to mail Rx meds abroad.
Teach-back via interpreter ok. Manman {{NAME:Carmelle}} — as she likes to be called — will return {{DATE:3/12}} for sync.`,
  `INSULIN ACCESS — humanitarian parolee, Medi-Cal pending
{{DATE:07/02/2024}}   {{FACILITY:Rancho Cordova Slavic Pharmacy}}   RPh {{NAME:Olena Marchenko}} (counseled in Ukrainian)
Pt {{NAME:Vasyl Kravchenko}}   DOB {{DATE:1947-12-25}}   arrived {{DATE:03/19/2024}} from {{LOCATION:Zaporizhzhia}} (U4U)
Sponsor: Pastor {{NAME:Andriy Hnatiuk}}, {{FACILITY:Slavic Baptist Church of Rancho Cordova}}, ph {{PHONE:916-555-0129}}
Living at {{ADDRESS:10440 Coloma Rd, Apt 221}}, {{LOCATION:Rancho Cordova}} CA {{ZIP:95670}}
T2DM on insulin since 2015 in Ukraine (Humulin R + NPH). Has 1 vial left.
Medi-Cal application filed {{DATE:6/10/24}}, case # {{ID:34-MC-9017745}}, pending; A-Number {{ID:A221-084-337}} on I-94.
Rx from Dr. {{NAME:Svitlana Moroz}}, {{FACILITY:Folsom Boulevard Community Clinic}}: Humulin R U-100 + Humulin N vials; syringes 0.5 mL 31G.
Cost: cash → used mfr insulin value program ($35/mo cap), card ID {{ID:IVP-4411902836}}.
Glucometer + strips: Medi-Cal pending → cash $19.
Daughter-in-law {{NAME:Tetiana}} ({{PHONE:916-555-0131}}) helps; grandson {{NAME:Bohdan}} (14) reads English.
Will rebill all to Medi-Cal retro once BIC issued. Update {{DATE:7/29/24}}: approved, CIN {{HEALTH_PLAN:91E887204A}}, retro to {{DATE:6/1/24}}; rebilled, refunds ready. —{{NAME:OM}}`,
  `MAIL-ORDER INSULIN — rural delivery problem
{{DATE:01/06/2025}}   {{FACILITY:Four Corners Mail Service Pharmacy}}   care coordinator {{NAME:Lorenzo Gishie}}
Pt {{NAME:Norman Etsitty}}   DOB {{DATE:04/12/1963}}   ID {{MRN:FCM-3308127}}
Ship-to: {{ADDRESS:PO Box 1187}}, {{LOCATION:Kayenta}} AZ {{ZIP:86033}} — physical: ~6 mi N of {{ADDRESS:US-163 mile marker 399}}, near {{LOCATION:Monument Valley}} (no street delivery).
Order {{ID:MO-9918204}}: insulin glargine-yfgn pens x 5 boxes + lispro x 2, shipped USPS Priority Mail {{DATE:12/27/24}} w/ cold packs, tracking {{ID:9405 5112 0620 4471 8830 22}}.
USPS: "available for pickup" {{DATE:12/30}}; pt didn't get to {{LOCATION:Kayenta}} PO until {{DATE:1/3}} (road closed, snow). Package 7 days in transit → cold packs exhausted; insulin unusable per policy (>30°C? unknown).
Action: reship at no charge via UPS to {{FACILITY:Kayenta Mesa Clinic}} pharmacy (agreed to hold in fridge), tracking {{ID:1Z4F8E730318247716}}. Plan (Navajo Nation employee plan, member {{HEALTH_PLAN:NNE-0047719}}) approved replacement, ref {{ID:RPL-0106-118}}.
Pt phone spotty — use wife {{NAME:Priscilla Etsitty}} {{PHONE:928-555-0104}}.
Future shipments: hold at clinic; flagged profile.`,
  `MIGRANT HEALTH CENTER — pharmacy assistance / sliding fee
{{FACILITY:Skagit Valley Farmworker Health Center}}   {{DATE:8/20/2024}}   enrollment specialist {{NAME:Milagros Paz}}
Pt {{NAME:Francisco Domingo Ramírez Jiménez}}   DOB {{DATE:03/09/1988}}   MRN {{MRN:SVF-0072231}}
From {{LOCATION:San Ildefonso Ixtahuacán}}, {{LOCATION:Huehuetenango}}; speaks Mam, some Spanish → Mam interpreter {{NAME:Ana Matías}} (remote, ID {{ID:MAM-114}})
H-2A worker, {{FACILITY:Cascade Berry Farms}}; housing {{ADDRESS:18250 Ovenell Rd, Cabin 7}}, {{LOCATION:Mount Vernon}} WA {{ZIP:98273}}; season ends ~{{DATE:10/15}}.
Coverage: employer WC only, no health plan. Sliding fee: household 1 here (wife + 2 kids in Guatemala, income sent home) → Category A, $20 visit.
New Dx: T2DM (A1c 9.8 on {{DATE:8/16}}), HTN.
Rx via our 340B in-house pharmacy: metformin 500 bid→1000 bid, lisinopril 10 — $4 each; glucometer free (grant stock).
Wants 90-day supply before leaving for {{LOCATION:Immokalee}} FL in Nov — ok, + transfer letter for {{FACILITY:Immokalee Farmworker Clinic}}.
Cell {{PHONE:360-555-0146}} (WhatsApp). Supervisor {{NAME:Ramiro}} gives time off for visits, crew #12.
Teach-back via {{NAME:Ana}}: ok.`,
  `PHARMACIST CONSULT — CDL driver, DOT medical card concerns
{{DATE:10/03/2024}} 0615   {{FACILITY:Fontana Truck Plaza Pharmacy}}   RPh {{NAME:Marcus Feldman}}
Pt {{NAME:Jaswinder Singh Gill}}   DOB {{DATE:08/08/1977}}   CA CDL {{LICENSE:B7720391}}
Employer {{FACILITY:Golden Eagle Freight Lines}}, {{LOCATION:Fontana}}; truck tractor CA plate {{VEHICLE:XP43910}}, unit 118 (fleet #, not plate)
Rx: new from {{FACILITY:Inland Empire Urgent Care}} — cetirizine 10 (ok, low sedation), and promethazine DM syrup → flagged: sedating, may violate FMCSA rules while driving. Called UC {{PHONE:909-555-0130}}, Dr. {{NAME:Aiko Nakamura}} changed to benzonatate 100 tid.
Pt also asks re insulin: new T2DM, A1c 8.9 — if insulin needed, must get ITDM assessment form (MCSA-5870) from treating clinician before DOT exam; his med card expires {{DATE:11/30/2024}}.
Ins: Teamsters-type trust fund plan, member {{HEALTH_PLAN:WTF-00917734}}, grp {{HEALTH_PLAN:LOC-1932}}, copay $5.
Counseled in Punjabi by tech {{NAME:Simran}}; pt prefers Punjabi for med teaching.
Wife {{NAME:Parminder Kaur}} ({{PHONE:909-555-0187}}) in {{LOCATION:Rialto}}.`,
  `{{DATE:March 28, 2025}}

To: Financial Assistance Committee, {{FACILITY:Peninsula Mercy Hospital}}
From: {{NAME:Noel Dela Cruz}} (son and authorized representative)
{{ADDRESS:227 Southgate Ave}}, {{LOCATION:Daly City}}, CA {{ZIP:94015}} · {{PHONE:650-555-0116}} · {{EMAIL:noel.delacruz@example.net}}

RE: Appeal of charity care denial — patient {{NAME:Leticia M. Dela Cruz}}, DOB {{DATE:11/02/1940}}, SSN {{SSN:560-38-2217}}
Account {{ACCOUNT:PMH-7004192}} · denial letter dated {{DATE:03/10/2025}}

To the Committee,
My mother was admitted {{DATE:January 4–9, 2025}} for pneumonia. Your letter denied financial assistance because "household income exceeds 400% FPL". This is not correct. You counted my income. I live separately in {{LOCATION:South San Francisco}}; I only helped her fill in the form. Her household is 1 person (my father {{NAME:Rodolfo}} passed away {{DATE:06/2023}}). Her only income is Social Security $1,486/mo and a small pension from {{FACILITY:Seton Garment Works}}.
She has Medicare (MBI {{HEALTH_PLAN:6MG2-XH4-TE08}}) but no supplement. Balance after Medicare is $1,676 (Part A deductible + room charges).
Enclosed: SSA-1099, bank statements, my lease showing a different address.
Thank you,
{{NAME:Noel Dela Cruz}}`,
  `CREDIT REPORTING DISPUTE — PFS note
{{DATE:10/21/2024}}   {{FACILITY:Lakeland Heights Medical Center}} patient accounts   rep {{NAME:Gwendolyn Price}}
Caller {{NAME:Shanice Whitfield}}, DOB {{DATE:04/30/1991}}, verified (SSN last 4 {{SSN:0875}}, addr {{ADDRESS:1540 Dunbar Rd, Apt 9}}, {{LOCATION:Lakeland}} FL {{ZIP:33801}})
Says a $318 medical collection is on her credit report from ED visit {{DATE:2/14/2022}}, acct {{ACCOUNT:LHMC-22045117}}.
Review: claim to Sunshine State Medicaid {{HEALTH_PLAN:8820113764}} denied for timely filing (our error, billed {{DATE:9/2022}}) → balance should never have gone to pt. Medicaid pts can't be balance billed.
Acct placed w/ outside agency {{DATE:04/2023}}, agency acct {{ACCOUNT:CA-77810294}}.
Actions: recalled from agency, adjusted to $0 (adj code 4410 — admin write-off), requested agency delete tradeline (also < $500 medical debt no longer reported by the bureaus).
Letter of deletion request + $0 statement mailed; copy emailed {{EMAIL:shanice.whitfield91@example.com}}.
Pt asked to speak to supervisor re how it happened — escalated to {{NAME:Ray Castellanos}} (PFS mgr), callback {{PHONE:863-555-0199}}.
Pt also asked re daughter {{NAME:Nevaeh}}'s urgent care bill {{DATE:8/2024}} — separate acct, paid by Medicaid, $0 due.`,
  `DECEASED PATIENT — ACCOUNT / ESTATE CORRESPONDENCE
{{DATE:05/02/2025}}   {{FACILITY:Prairie Rose Pharmacy}}   mgr {{NAME:Lynette Kowalski}}
Pt {{NAME:Ardith Mae Lindahl}}, {{AGE:97}}, DOB {{DATE:09/09/1927}}, DOD {{DATE:04/18/2025}} (obit in paper)
Charge acct {{ACCOUNT:PRP-CHG-00318}} balance $146.75 (OTC + Rx copays {{DATE:Mar-Apr 2025}}).
Executor: nephew {{NAME:Gordon Lindahl}}, {{ADDRESS:810 4th Ave NE}}, {{LOCATION:Watertown}} SD {{ZIP:57201}}, ph {{PHONE:605-555-0113}}.
Probate: {{LOCATION:Codington County}} case {{ID:14PRO25-000067}}; letters testamentary copy received {{DATE:4/29}}.
Actions:
 - profile inactivated, auto-refill + med sync cancelled (sync fill of {{DATE:4/22}} cancelled, reversed claim Rx {{ID:1100472}} not picked up).
 - Part D plan notified of death via claim reversal only; SSA notifies CMS.
 - Home delivery route sheet updated — remove {{ADDRESS:1206 Maple St}}, {{LOCATION:Clark}} SD.
 - Unused meds: nephew asked about returning — explained cannot restock; gave drug take-back info (kiosk in lobby).
 - Balance: submitted claim to estate per {{NAME:Gordon}}'s request; invoice mailed.
Sent sympathy card signed by staff. {{NAME:Ardith}} had been a customer since 1962.`,
  `SPECIALTY PHARMACY — RA CLINICAL ASSESSMENT (refill call)
{{DATE:06/24/2024}}   {{FACILITY:Meridian Specialty Pharmacy}}   clinical RPh {{NAME:Yasmin Haddad}}
Pt {{NAME:Rosalind Achebe}}   DOB {{DATE:02/14/1975}}   SP ID {{MRN:MSP-2209184}}   ph {{PHONE:301-555-0102}}
Drug: tofacitinib XR 11 mg daily — Rx {{ID:MSP-8812044}}, fill #7
PROs: RAPID3 9.3 (moderate, was 14.0 at baseline {{DATE:12/2023}}); morning stiffness 30 min; HAQ-DI 0.75.
Missed doses last 30d: 1 (traveled to {{LOCATION:Enugu}} for a funeral {{DATE:6/1}}–{{DATE:6/12}}; took supply).
AEs: none; no infections; no shingles (Shingrix x2 done 2023). Labs {{DATE:6/3/24}} via {{FACILITY:Chevy Chase Rheumatology}}: CBC ok, lipids LDL 131 (up from 104) → fwd to Dr. {{NAME:Benedict Osei}}, fax {{FAX:301-555-0170}}.
Ins: Chesapeake Federal Employee plan, member {{HEALTH_PLAN:R40771829}}; copay card {{ID:XJ-0088173345}} covers $0.
Ship {{DATE:6/26}} via UPS to {{ADDRESS:4707 Harling Ln}}, {{LOCATION:Bethesda}} MD {{ZIP:20814}}; pt works from home Wed.
Next assessment {{DATE:7/22/24}}. —{{NAME:YH}}`,
  `MTM — TARGETED MEDICATION REVIEW (quarterly, telephonic)
{{DATE:09/12/2024}} 10:20   {{NAME:Priscilla Huang}}, PharmD — MTM services for {{FACILITY:Oakwood Community Pharmacy}}
Pt {{NAME:Olufemi Adebisi Adewale}}   DOB {{DATE:12/25/1949}}   Part D member {{HEALTH_PLAN:SRP0094471}} (Star Rx Plus PDP)
Plan-flagged targets: (1) statin use in persons w/ diabetes — no statin claim 2024; (2) adherence, RAS antagonist, PDC 71%.
Spoke w/ pt + wife {{NAME:Folasade}} (Yoruba-speaking; pt translated for her).
(1) pt stopped atorvastatin in {{DATE:April 2024}}, "legs were paining me"; CK never checked. Rec to PCP Dr. {{NAME:Kayode Ogunbiyi}}: rosuvastatin 5 mg 3x/wk trial, CK if sx.
(2) losartan gaps: pt spends summers w/ daughter {{NAME:Bukola}} in {{LOCATION:Houston}}, forgot to transfer Rx → set up 90-day fills + mail option, synced w/ metformin.
Home BP 138/82 (Omron, upper arm). A1c 7.4 ({{DATE:7/30}}).
Recs faxed {{FAX:614-555-0115}} to {{FACILITY:Linden Health Partners}}.
Pt address {{ADDRESS:2291 Ridgewood Ave}}, {{LOCATION:Columbus}} OH {{ZIP:43219}}; callback {{PHONE:614-555-0120}}.
Next TMR in Dec. Time 22 min.`,
  `LTC PHARMACY — CYCLE FILL EXCEPTION REPORT
{{FACILITY:Keystone Institutional Pharmacy}} → {{FACILITY:Willow Creek Health & Rehabilitation}}
Cycle {{DATE:10/01/2024}}–{{DATE:10/31/2024}}   prepared {{DATE:09/26/2024}} by {{NAME:Darnell Fisher}}, CPhT; reviewed {{NAME:Irina Petrova}}, RPh
| rm     | resident                  | payer                          | issue                                   | action |
| B204-A | {{NAME:KOWALCZYK, STANLEY}}   | Part A, skilled day 18         | apixaban in PPS bundle                  | bill facility |
| B211   | {{NAME:GREENE, HATTIE}} ({{AGE:101}}) | MA plan {{HEALTH_PLAN:AMP33018472}} | memantine PA expired {{DATE:9/20}} | renewal faxed Dr. {{NAME:Sadowski}} {{FAX:724-555-0166}} |
| C305-B | {{NAME:RAMOS, OFELIA}}        | Medicaid {{HEALTH_PLAN:4409187723}} | quetiapine — GDR due per CMS       | to consultant RPh {{NAME:Tom Ellery}} |
| C318   | {{NAME:YAZDANI, PARVIZ}}      | Part D, card not on file       | new admit {{DATE:9/24}}                 | call son {{NAME:Kaveh}} {{PHONE:724-555-0133}} |
| D402   | {{NAME:BELL, LUCILLE}}        | private pay                    | Lucentis inj — not our supply           | n/a |
Note: Ms. {{NAME:Greene}} turns {{AGE:102}} on {{DATE:10/14}}; facility asked that her meds not be changed to liquid. Mr. {{NAME:Yazdani}}'s son picks up statements at {{ADDRESS:55 Orchard Ln}}, {{LOCATION:Greensburg}} PA {{ZIP:15601}}.`,
  `PBM AUDIT — DESK AUDIT RESPONSE WORKSHEET
{{FACILITY:Millbrook Pharmacy}}   audit notice rec'd {{DATE:08/05/2024}}   audit # {{ID:DA-24-77120}} (PBM: NorthStar Rx Solutions)
Due {{DATE:08/26/2024}}. Pulled by {{NAME:Heather Quinlan}}, PharmD-in-charge.
| Rx# | fill date | patient | drug | issue cited | doc found |
| {{ID:5510238}} | {{DATE:02/03/2024}} | {{NAME:Abernathy, Colleen}} | insulin aspart | days supply (10 mL = 25d?) | sig "SS up to 40u/day" → recalc 25d ✔ |
| {{ID:5510944}} | {{DATE:02/19/2024}} | {{NAME:Mwangi, Peter K.}} | fluticasone inh | DAW 1 | Rx hardcopy DAW ✔ |
| {{ID:5512007}} | {{DATE:03/07/2024}} | {{NAME:Bui, Kim Loan}} | amox-clav susp | signature log | pickup sig by {{NAME:Tuan Bui}} (father) ✔ |
| {{ID:5513380}} | {{DATE:03/22/2024}} | {{NAME:Stromberg, Elin}} | testosterone cyp | CIII prescriber DEA | DEA {{LICENSE:AS3309411}} on Rx ✔ |
| {{ID:5514715}} | {{DATE:04/11/2024}} | {{NAME:Rivera, Ángel}} | Dexcom G7 | qty 3 vs 1 box | pkg size 1 sensor/box, qty 3 ✔ |
Total at risk $4,118.72. All docs scanned; fax to PBM audit dept (fax no. on letter).
Prescriber called for {{ID:5510238}}: Dr. {{NAME:Imran Chaudhry}} confirmed max dose {{DATE:8/7}}.`,
  `FRAUD ALERT — suspected forged CII prescription
{{DATE:03/04/2025}} 1915   {{FACILITY:Hilltop Discount Drug}}   RPh {{NAME:Ngoc Anh Truong}}
Presented: paper Rx hydrocodone/APAP 10/325 #90 for "{{NAME:Travis Kyle Denton}}", DOB {{DATE:5/5/1988}}. Prescriber printed on pad: Dr. {{NAME:Harold Whitmore}}, {{FACILITY:Lakeside Family Practice}}, DEA {{LICENSE:BW8812037}}.
Red flags: qty, no tamper-resistant features, DEA checksum fails, pad phone {{PHONE:865-555-0184}} → generic voicemail.
Called practice number from our records ({{PHONE:865-555-0112}}): Dr. {{NAME:Whitmore}} retired {{DATE:12/2023}}, no such pt.
Presenter showed TN DL {{LICENSE:118820475}} in that name; ID scanned to {{PHOTO:IDIMG_0304_1917.png}}.
Rx not filled, retained. Presenter left in gray Silverado, TN plate {{VEHICLE:BKW-3391}} (per tech {{NAME:Kaylee}} at drive-thru window 2).
Reported to local PD 1935, report # {{ID:KPD-25-030417}}, officer {{NAME:Reginald Toomey}} badge {{ID:2271}}. Also reported to state Board of Pharmacy & PDMP.
Profile for "{{NAME:Denton}}" (exists: last fill {{DATE:9/2024}} amoxicillin) flagged "verify all CS Rx".
Alert sent to area pharmacies via regional list (no pt DOB shared).`,
  `BALANCE BILL DISPUTE — ground ambulance (out of network)
{{DATE:2024-11-14}}   pt advocate {{NAME:Simone Lefebvre}}, {{FACILITY:Granite Peak Hospital}}
Pt {{NAME:Everett Bigsby}}   DOB {{DATE:06/19/1952}}   MRN {{MRN:GPH-3301829}}
Transport {{DATE:08/23/2024}} from home ({{ADDRESS:77 Old County Rd}}, {{LOCATION:Littleton}} NH) to our ED; EMS run # {{ID:RUN-24-08231147}} by {{FACILITY:North Country Ambulance Service}} (OON for pt's plan).
Billed $2,860 (A0427 ALS1 emergency + A0425 x 19 mi). Plan (Granite Medicare Advantage, member {{HEALTH_PLAN:GMA-00174423}}) allowed $712.40, paid $662.40; ambulance balance-billed pt $2,197.60.
Notes: Medicare Advantage + OON emergency ambulance → provider should accept Medicare rates (MA balance billing protections), NSA does not cover ground ambulance but MA rules do.
Called ambulance billing office {{PHONE:603-555-0148}}, spoke w/ {{NAME:Trudy}}; they will rebill as Medicare-rate; acct {{ACCOUNT:NCAS-551920}}.
Pt wife {{NAME:Louise Bigsby}} ({{PHONE:603-555-0149}}) relieved. Letter to confirm in 30 days.
Pt also had ER physician bill from {{FACILITY:White Mountain Emergency Physicians}}, $0 after plan — ok.`,
  `FINANCIAL COUNSELING — CANCER CENTER
{{DATE:07/17/2024}}   {{FACILITY:Lakeside Regional Cancer Center}}   counselor {{NAME:Benjamin Osterhout}}
Pt {{NAME:Zeynep Arslan-Kaya}}   DOB {{DATE:10/04/1980}}   MRN {{MRN:LRCC-0091745}}
New dx breast CA (ER+/HER2+), starting TCHP q3wk x 6 at our infusion ctr {{DATE:7/24}}.
Employment: HR specialist at {{FACILITY:Midwest Grain Cooperative}}, {{LOCATION:Mankato}}; FMLA paperwork done {{DATE:7/12}}; STD via employer (60% salary) — claim # {{ACCOUNT:STD-24-118203}}.
Ins: employer PPO (Heartland Benefits), member {{HEALTH_PLAN:HBP66019472}}, grp {{HEALTH_PLAN:MGC-0041}}; OOP max $5,500 in-network, met $820.
Est. pt cost for 2024: reach OOP max (~$4,680 more).
Resources: 
 - pertuzumab/trastuzumab mfr copay program → enrolled, ID {{ID:PTZ-8813024}}
 - hospital FAP app (SSN {{SSN:476-90-3318}} verified): income $78k, HH 3 → ~230% FPL → 50% discount tier on pt-resp balances
 - gas cards yes; lodging at {{FACILITY:Riverbend Guest House}} not needed, lives 12 mi away
Pt husband {{NAME:Emre}} ({{PHONE:507-555-0176}}); pt prefers email {{EMAIL:zeynep.arslankaya@example.org}}.`,
  `MEMBER SERVICES CALL — MA OTC / FLEX BENEFIT CARD (pharmacy assisted)
{{DATE:01/30/2025}} 14:50   {{FACILITY:Roosevelt Road Pharmacy}}   tech {{NAME:Guadalupe Ibarra}}
Pt {{NAME:Chen, Mei-Fang}}   DOB {{DATE:1944-08-08}}   Cantonese-speaking; daughter {{NAME:Winnie Chen}} on speaker
MA plan: Lakeshore Advantage Plus (HMO-POS), member {{HEALTH_PLAN:LAP-20991847}}
OTC/flex card # {{HEALTH_PLAN:6019 8830 4471 2210}} declined at register for Ensure + reading glasses, $58.17.
Called plan member services w/ pt, agent {{NAME:Jamal}}, call ref {{ID:LAP-0130-55817}}: 2025 quarterly OTC allowance $90 loaded {{DATE:1/1}} but card not activated — new card mailed {{DATE:12/2024}} to old address.
Updated address on plan to {{ADDRESS:2320 S Wentworth Ave, Apt 3F}}, {{LOCATION:Chicago}} IL {{ZIP:60616}}. Activated card by phone.
Re-ran: Ensure approved, glasses NOT on OTC catalog → pt paid $12.99 cash.
Daughter asked about dental allowance — referred to plan. {{NAME:Winnie}}'s # {{PHONE:312-555-0191}}.
Mrs. {{NAME:Chen}} thanked us in Cantonese; {{NAME:Guadalupe}} printed Chinese-language OTC catalog.`,
  `TELEPHARMACY — REMOTE VERIFICATION LOG
Remote site: {{FACILITY:Bowman Telepharmacy}} ({{LOCATION:Bowman}}, ND), hub: {{FACILITY:Dakota Plains Pharmacy}} ({{LOCATION:Dickinson}})
Date {{DATE:2025-03-10}}   verifying RPh {{NAME:Kristin Hagen}} (ND lic {{LICENSE:R-7819}})   site tech {{NAME:Brady Olstad}}, CPhT
Session: hub workstation {{IP:203.0.113.54}} ↔ site camera/scanner {{IP:198.51.100.201}} (VPN up 0801)
| time | Rx# | pt | drug | result |
| 0815 | {{ID:880147}} | {{NAME:Tollefson, Arlene}} | levothyroxine 88 | verified |
| 0822 | {{ID:880148}} | {{NAME:Runs Above, Wendell}} | metformin 1000 | verified, counsel via video |
| 0847 | {{ID:880151}} | {{NAME:Schaefer, Carl}} | warfarin 5 mg | REJECTED — image shows 2.5 mg tabs (NDC mismatch), re-pick |
| 0902 | {{ID:880151}} | {{NAME:Schaefer, Carl}} | warfarin 5 mg | verified |
| 0915 | {{ID:880153}} | {{NAME:Gunderson, Lily}} ({{AGE:93}}) | amoxicillin | verified |
Video drop 0930–0941 — site IP changed to {{IP:198.51.100.214}}; reconnected.
Counseling for Mr. {{NAME:Runs Above}} done 0824 by video, grandson {{NAME:Tanner}} present. —{{NAME:KH}}`,
  `APPE STUDENT NOTE — ambulatory care / diabetes (co-signed)
{{DATE:10/08/2024}}   {{FACILITY:Westbrook Community Health Center}} pharmacotherapy clinic
Student: {{NAME:Aaliyah Brooks}}, PharmD candidate    Preceptor: {{NAME:Hannah Lindqvist}}, PharmD, BCACP
Pt: {{NAME:Rafael Ortega Salinas}}, 44 M, MRN {{MRN:WCHC-448102}}, referred by Dr. {{NAME:Suresh Iyer}}
S: Mr. {{NAME:Ortega}} reports BG "all over the place" since his Medicaid MCO moved pump supplies to a new DME supplier, {{FACILITY:Northeast Diabetes Direct}}. Missed 2 site changes when shipment was late ({{DATE:9/28}}). Works as line cook at {{FACILITY:Harbor Grille}}, often skips lunch bolus.
O: t:slim X2 pump SN {{DEVICE:TSX-1190847}}, Control-IQ on. Dexcom G6: TIR 48%, TBR 3%, GMI 8.1%. A1c 8.6% ({{DATE:9/30/24}}). Basal 1.2 u/h, ICR 1:10, ISF 40. Wt 88 kg.
A: suboptimal control, likely supply gaps + missed meal boluses; no DKA, no severe hypo.
P: 1) called supplier {{PHONE:207-555-0190}} — order {{ID:NDD-5509127}} set to auto-ship q90d, next ship {{DATE:12/20}}.
   2) enable missed-meal-bolus reminders 1130–1400.
   3) f/u {{DATE:10/22}} w/ {{NAME:Aaliyah}}/{{NAME:Hannah}}; pt cell {{PHONE:207-555-0125}}.
Discussed w/ preceptor. Co-signed {{NAME:H. Lindqvist}} 1610.`,
  `SCRIPT MESSAGES — RxChange / CancelRx queue   (pharmacy: {{FACILITY:Elm Street Pharmacy}})
[1] RxChangeRequest sent {{DATE:2025-02-11 09:14}}  type: Prior Authorization
   Pt {{NAME:HOLLOWAY, MARCUS T}}  DOB {{DATE:1983-05-30}}   Rx {{ID:662091}} Jardiance 10 mg
   To: {{NAME:Beatrice Nwosu}}, MD  NPI {{LICENSE:1902736481}}  ({{FACILITY:Crossroads Internal Medicine}})
   Note: plan requires PA; alternatives on formulary: Farxiga 10 mg (preferred)
[2] RxChangeResponse rec'd {{DATE:2025-02-11 13:40}}: APPROVED w/ change → dapagliflozin 10 mg daily #90 RF3
[3] CancelRx rec'd {{DATE:2025-02-11 13:41}} for Rx {{ID:662091}} (Jardiance) → CancelRxResponse: Approved, not dispensed
[4] CancelRx rec'd {{DATE:2025-02-12 08:02}}  Pt {{NAME:SOTO, MARIBEL}}  DOB {{DATE:1971-09-17}}  Rx {{ID:662145}} lisinopril 20 mg — reason "dose change"; prescriber {{NAME:Luis Caballero}}, NP, NPI {{LICENSE:1487720396}}. Rx already dispensed {{DATE:2/10}} → CancelRxResponse: Denied — already dispensed; called office {{PHONE:602-555-0138}} ({{NAME:Kelsey}}), pt told to take 1/2 tab until new Rx.
[5] RxRenewalRequest sent {{DATE:2025-02-12 09:30}}  Pt {{NAME:Fa'asavalu, Sione}}  Rx {{ID:650118}} allopurinol 300 mg, to Dr. {{NAME:Nwosu}} — pending`,
  `PRIOR AUTH RENEWAL — GROWTH HORMONE (pediatric)
{{DATE:05/13/2025}}   {{FACILITY:Children's Endocrine Associates of Tulsa}}   PA nurse {{NAME:Shelby Crenshaw}}, RN
Pt {{NAME:Mateo Aguilar-Reyes}}   DOB {{DATE:02/22/2014}}   MRN {{MRN:CEAT-009184}}
Plan: SoonerSelect-type Medicaid MCO, member {{HEALTH_PLAN:B11840937}}; previous auth {{ID:GH-24-0551}} expires {{DATE:05/31/2025}}
Drug: somatropin (Norditropin FlexPro 15 mg/1.5 mL), 0.3 mg/kg/wk ÷ 7
Dx: GHD (E23.0). Stim tests {{DATE:3/2023}}: arginine peak 4.1, clonidine 5.6 ng/mL.
Renewal criteria: growth velocity ≥ 2 cm/yr over baseline — GV 9.4 cm/yr (height 128.6 → 138.0 cm, {{DATE:5/2024}}→{{DATE:5/2025}}); bone age 9y10m (CA 11y3m); epiphyses open; IGF-1 +0.8 SDS.
Adherence: pen fill records from {{FACILITY:Green Country Specialty Pharmacy}} 11/12 months.
Submitted {{DATE:5/13}} via plan portal; ref {{ID:PA-GH-881204}}. Ordering: Dr. {{NAME:Miriam Goldstein}}, NPI {{LICENSE:1093847261}}.
Mom {{NAME:Graciela Reyes}} notified ({{PHONE:918-555-0144}}), bilingual letter mailed to {{ADDRESS:4410 S Peoria Ave, Apt 7}}, {{LOCATION:Tulsa}} {{ZIP:74105}}.`,
  `PHARMACIST CONSULT — Ramadan fasting plan (Somali interpreter, in person)
{{DATE:02/24/2025}}   {{FACILITY:Karmel Square Pharmacy}}   RPh {{NAME:Aaron Lindstrom}}
Interpreter {{NAME:Sahra Ismail}} (agency ID {{ID:SOM-3390}})
Pt {{NAME:Abdullahi Hassan Nur}}   DOB {{DATE:1966-01-01}}   ph {{PHONE:612-555-0111}}
Ramadan expected ~{{DATE:2/28}} or {{DATE:3/1}}; pt plans to fast all 30 days. Last year 2 hypos on glyburide (BG 48 and 55), once at work driving for {{FACILITY:Lake Street Cab Co}}.
Current: metformin 1000 bid, glyburide 5 bid, amlodipine 10, atorvastatin 40.
Plan (called PCP Dr. {{NAME:Colette Keller}}, {{FACILITY:Cedar Avenue Clinic}}, {{PHONE:612-555-0157}} — agreed):
 - metformin 1000 at iftar + 1000 at suhoor
 - STOP glyburide → glipizide 5 mg once at iftar only (new Rx {{ID:7740215}})
 - amlodipine + atorvastatin at iftar
 - check BG midday + any time dizzy; BREAK FAST if < 70 or > 300 (exemption for illness explained; pt said Sheikh {{NAME:Abdirizak}} at his mosque told him the same)
Ins: Northstar Senior Care MA, member {{HEALTH_PLAN:NSC-7720419}}; glipizide $0, extra strips (QL 100/30d) ok.
Wife {{NAME:Hawa}} will keep glucose tabs in the cab. Teach-back via {{NAME:Sahra}}: correct. F/u call {{DATE:3/10}}. —{{NAME:AL}}`,
  `REFUGEE HEALTH — PHARMACY BENEFITS CASE NOTE
{{DATE:09/05/2024}}   {{FACILITY:Cumberland Refugee Resettlement Partners}}   case mgr {{NAME:Hala Mansour}} (Arabic)
Family: {{NAME:Khaled Al-Hamwi}} (DOB {{DATE:03/12/1982}}), wife {{NAME:Rasha Darwish}} ({{DATE:07/30/1987}}), children {{NAME:Omar}} (9), {{NAME:Lina}} (6), {{NAME:Yara}} (2)
Arrived {{DATE:08/20/2024}} via {{LOCATION:Amman}}, originally from {{LOCATION:Homs}}. A-numbers on file ({{NAME:Khaled}}: {{ID:A245-118-902}}).
Housing: {{ADDRESS:3310 Taylor Blvd, Apt 14}}, {{LOCATION:Louisville}} KY {{ZIP:40215}}. Phone {{PHONE:502-555-0161}}.
Coverage: Medicaid approved {{DATE:9/3}} (all 5), IDs pending cards; {{NAME:Omar}}'s ID {{HEALTH_PLAN:KY7018840925}}.
Urgent: {{NAME:Omar}} — epilepsy, on levetiracetam 250 mg bid from {{LOCATION:Amman}}, 4 days left. Domestic health screen {{DATE:9/4}} at {{FACILITY:Southwick Refugee Clinic}}, Dr. {{NAME:Yusra Othman}} wrote Rx; filled today at {{FACILITY:Iroquois Park Pharmacy}} — Medicaid not yet in pharmacy system → paid cash $14 from agency fund; pharmacy will rebill & refund.
Community raised $2,300 for winter clothes + meds: {{URL:https://give.example.org/campaign/alhamwi-family-lou}}
Next: pediatric neuro referral ({{FACILITY:Crescent Hill Children's Neurology}}), appt {{DATE:10/17}}.`,
  `{{DATE:June 3, 2024}}

To: PRC Appeals, Navajo Area Indian Health Service
From: {{NAME:Lorraine Yazzie-Begaye}}, daughter of the patient
{{ADDRESS:PO Box 2281}}, {{LOCATION:Tuba City}}, AZ {{ZIP:86045}} · {{PHONE:928-555-0172}}

RE: appeal of Purchased/Referred Care denial
Patient: {{NAME:Herbert Yazzie}}   DOB {{DATE:11/19/1941}}   census # {{ID:NAV-0118472}}
Bill: {{FACILITY:Flagstaff Northern Regional Medical Center}}, acct {{ACCOUNT:FNR-90044718}}, DOS {{DATE:03/08/2024}}–{{DATE:03/13/2024}}, $41,880
Denial letter {{DATE:4/22/2024}}: "72-hour notification not received."

My father, Hastiin {{NAME:Yazzie}}, had a stroke at home in {{LOCATION:Tonalea}} on {{DATE:March 8}}. The ambulance took him to {{LOCATION:Flagstaff}} because it was the closest stroke center. I called the PRC office on {{DATE:March 11}} and spoke with {{NAME:Velma}}; she said she would write it down. That was within 72 hours of the weekend. He is 82 and does not speak English; we were with him in the ICU.
He also has AHCCCS ({{HEALTH_PLAN:A31104728}}), which should pay first. Please reconsider.
{{NAME:Lorraine Yazzie-Begaye}}`,
  `24-HR PICKUP KIOSK — ENROLLMENT + MAIL-ORDER OPT-OUT
{{DATE:04/18/2025}} 11:05   {{FACILITY:Koreatown Plaza Pharmacy}}   tech {{NAME:Jiwon Seo}}, RPh {{NAME:Daniel Cho}}
Pt {{NAME:PARK, SOON-JA}}   DOB {{DATE:1934-11-02}} ({{AGE:90}})   ph {{PHONE:213-555-0152}}
New address (senior apts): {{ADDRESS:3100 W 8th St, Apt 512}}, {{LOCATION:Los Angeles}} {{ZIP:90005}}
Kiosk enrollment: fingerprint template {{BIOMETRIC:FP-KIOSK-002817}} + PIN; enrollment photo {{PHOTO:kiosk_enroll_0418_1107.jpg}}
Designee: son {{NAME:Steven Park}}, fingerprint {{BIOMETRIC:FP-KIOSK-002818}}, CA DL {{LICENSE:B4471902}}
Part D plan (Pacific Senior Rx) sent letter saying maintenance meds must go to mail order after 2 local fills. Pt reads Korean only; son read it {{DATE:4/15}}. Called plan w/ pt, opt-out of mandatory mail (plan allows retail 90-day at preferred pharmacy), ref {{ID:PSR-0418-22019}}, agent {{NAME:Melissa}}.
Medi-Cal secondary {{HEALTH_PLAN:94K118307C}}; Part D member {{HEALTH_PLAN:PSR-88107215}}.
First kiosk pickup: {{DATE:4/19}} after 6 pm — amlodipine, donepezil, Fosamax weekly. Halmeoni (as staff call her) was worried about "the machine"; {{NAME:Jiwon}} walked her through in Korean.`,
  `PART D LATE ENROLLMENT PENALTY — RECONSIDERATION ASSIST
{{DATE:03/05/2025}}   HICAP counselor {{NAME:Wing-Yee Lau}}, {{FACILITY:Chinatown Senior Services Center}} (Cantonese)
Client {{NAME:CHAN Kwok Wah}}   DOB {{DATE:02/09/1958}}   MBI {{HEALTH_PLAN:8VC5-RA1-HJ27}}
Addr {{ADDRESS:835 Jackson St, Rm 402}}, {{LOCATION:San Francisco}} {{ZIP:94133}}; phone {{PHONE:415-555-0189}} (shared hall phone — ask for Mr. {{NAME:Chan}})
Issue: Part D plan (Bay Golden Rx, member {{HEALTH_PLAN:BGR00381945}}) charging LEP $11.62/mo since {{DATE:01/2025}} — says 33 months w/o creditable coverage.
Client had drug coverage from employer {{FACILITY:Pacific Garment Workers Co-op}} retiree plan until {{DATE:12/31/2024}}. Co-op's creditable coverage notice dated {{DATE:10/01/2023}} found in his papers (in English; he didn't know what it was).
Completed LEP reconsideration request form + notice copy; faxed to the IRE {{DATE:3/5}} 1530; confirmation {{ID:LEP-RC-25-0308811}}.
Must continue paying premium + penalty while pending.
Daughter {{NAME:Cindy Chan}} in {{LOCATION:Hong Kong}} emailed: {{EMAIL:cindy.chan.hk@example.com}} — client consents to updates.
F/u {{DATE:4/15}}.`,
  `PRIOR AUTH — L-glutamine oral powder, pediatric sickle cell disease
{{DATE:01/21/2025}}   {{FACILITY:Magnolia Children's Hematology Clinic}}   PA specialist {{NAME:Courtney Dupuis}}
Pt {{NAME:Oluwaseun}} "{{NAME:Seun}}" {{NAME:Bankole}}   DOB {{DATE:08/15/2011}}   MRN {{MRN:MCH-2207194}}
LA Medicaid (Healthy Louisiana MCO) ID {{HEALTH_PLAN:3301884720156}}
Dx: HbSS (D57.1). VOC admissions x4 in 12 mo at {{FACILITY:Bayou Children's Hospital}} (last {{DATE:12/28/24}}–{{DATE:1/2/25}}), 2 ACS episodes lifetime.
Hydroxyurea since age 4, now 28 mg/kg/day (MTD; ANC 2.1, HbF 18%) — adherence verified by MCV 118 + pharmacy fills.
Requesting L-glutamine 10 g bid (wt 44 kg → 10 g bid) as add-on. Prescriber Dr. {{NAME:Adaeze Okonkwo}}, NPI {{LICENSE:1275038841}}.
School: {{FACILITY:Pecan Grove Middle School}}, missed 19 days; 504 plan in place — school nurse Mrs. {{NAME:Thibodeaux}}, fax {{FAX:337-555-0127}}.
Parents {{NAME:Babatunde}} and {{NAME:Folake Bankole}}, ph {{PHONE:337-555-0160}}; dad works nights at {{FACILITY:Acadiana Poultry Processing}}.
Submitted via MCO portal {{DATE:1/21}} 1410, ref {{ID:HLA-PA-0121-77405}}; pharmacy {{FACILITY:Lafayette Specialty Pharmacy}} on standby. —{{NAME:CD}}`,
  `PHARMACY PHONE LOG — {{FACILITY:Main Street Pharmacy of Cedar Rapids}} — {{DATE:Fri 11/22/24}}
0905 {{NAME:ed kowalski}} (dob {{DATE:3/3/48}}) wants CPAP supplies → we don't carry; his DME is {{FACILITY:Hawkeye Home Medical}}, machine SN {{DEVICE:23171D04477}}; gave him their # {{PHONE:319-555-0188}}.
0931 dr {{NAME:patel}}'s office ({{NAME:Rhonda}}) re {{NAME:J. Amundson}}: Nurtec PA approved, ref {{ID:PA5540127}} — notified pt, filling.
1012 {{NAME:Lupita}} for her mom {{NAME:Esperanza Cano}} — paid balance $22.50 via text link {{URL:https://pay.example-rx.com/p/7Hc2QxN9}}, conf {{ID:PMT-449102}}.
1040 Hawkeye Health plan rep {{NAME:Derek}} — audit question re Rx {{ID:3091174}} (qty), sent hardcopy.
1115 {{NAME:bill}} ({{NAME:William Torgerson}}) asked why his bill was $48 for Eliquis — new yr deductible, explained; gave copay card info. Will call back.
1150 driver: pkg for {{NAME:Hattie Mae Brown}} left w/ neighbor at {{ADDRESS:1420 5th Ave SE}} per pt's request.
1305 {{NAME:STONE, MARCUS}} — booked COVID/flu {{DATE:11/25}} 1000.
1340 fax in from {{FACILITY:Mercy Family Medicine}} ({{FAX:319-555-0166}}): amoxicillin for {{NAME:Kaya Whitecloud}}, DOB {{DATE:05/04/2019}} — mom {{NAME:Shawna}} picking up 1700.
1500 Parkinson's pt {{NAME:Gene Hruska}} — carbidopa/levodopa back-ordered, ordered from 2nd wholesaler, due Mon.
—{{NAME:jr}}/{{NAME:tm}}`,
];

export const HELDOUT_REALISTIC_96_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout96-${i + 1}`, n));
