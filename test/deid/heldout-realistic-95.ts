// A ninety-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x/198.51.100.x/203.0.113.x; towns and cities are real
// places used only as LOCATION). It leans towards chronic disease managed with devices and remote
// monitoring: hemodialysis and peritoneal dialysis unit notes and run sheets, chair-side handoffs,
// home-hemo and PD training and home visits, nephrology, transplant-evaluation, living-donor and
// waitlist notes and letters, pacemaker/ICD/CRT-D/S-ICD/leadless and loop-recorder interrogations,
// remote-monitoring worklists and alerts with device serial numbers and model names, LVAD clinic
// notes, on-call logs, home equipment checks and EMS cards, insulin pump and CGM downloads and
// diabetes-education notes, home sleep tests, CPAP set-ups and compliance downloads, remote patient
// monitoring portal alerts with URLs, IP addresses and account numbers, a portal-privacy audit,
// device recall and field-action letters and trackers, DME orders and vendor call logs, prior-auth
// appeals, and vascular-access and cannulation logs. It is full of things that look like PHI and
// are not: model names and numbers (W1DR01, PM2272, 5076-52, DSX500T11), manufacturers and
// products (Medtronic, Abbott, CareLink, LATITUDE, Merlin@home, Clarity, t:slim X2, HeartMate 3),
// lot numbers and a lot's expiry, recall and field-notice references (Z-2231-2024, FSN-2024-117),
// CPT/HCPCS codes (93295, 99457, E0601, A7030), chairs, machines, kits, rooms, EMS units and fire
// stations, eponyms (Tenckhoff, Brescia-Cimino, Allen, Hoyer, Fogarty, Cheyne-Stokes, Mallampati,
// Bence Jones), drug doses, lab values, scores, clock times, years alone and seasons.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-20 final engine
// (8dad65e) 0.9870 / 0.9525; pass-21 engine (c661a04, whose rules were made from sets 2-92 without
// reading this one) 0.9874 / 0.9540.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and set 72's header: titles (Dr., Mr., Mrs., Ms., also
// lower-case mr/ms/dr) and kin terms (wife, son, dtr, Mom) stay outside NAME spans; a first name,
// last name, lower-case name, nickname or initials standing for a person (patient, family, staff,
// vendor rep, typist or signer such as -SR, kp, ck/jb in a log) is NAME, once per occurrence; a
// nickname in quotes is its own span (Harold "Buddy" McAllister -> three spans) and a suffix (Jr.)
// stays inside the name; a full date includes an attached clock time (3/14/2025 1300) and a weekday
// written with it (Tue 03/12/2024, wed 1/17); a month/day without a year is a DATE and a time next
// to it stays outside; a date range written as one token (8/1-8/21) is one span, while two dates
// joined by a spaced dash or "to" are two; a time range after a date (5/6/2025, 1000-1100) stays
// outside; ages over 89 are AGE (92yo, 94F, "brother-in-law, 96"), younger ages are not; a city abroad (Pune) and
// a town named like a state (Virginia, MN) are LOCATION, states are not; dialysis units, labs,
// pharmacies, DME and oxygen suppliers, transport and interpreter agencies, ALFs and nursing homes,
// schools, churches and employers are FACILITY; payers (Medicare, UnitedHealthcare, Molina, Apple
// Health) are not PHI and no payer phone or fax is written; Medicare MBIs, Medicaid/Medi-Cal/AHCCCS
// and insurer member numbers are HEALTH_PLAN; supplier, remote-monitoring-program, portal,
// guarantor, utility and claim numbers are ACCOUNT; NPI, DEA, CDL, NRCME and RT licence numbers are
// LICENSE; plates and a VIN are VEHICLE; transmission, alert, case, ticket, change-request, order,
// PA/authorization/denial, RGA/RMA, culture/accession, NHSN event, EMS run, CoverMyMeds key, parcel
// tracking, interpreter-ID, UNOS/UNet candidate and living-donor numbers are ID.
// Decisions for cases the guideline and set 72 do not cover: every serial number of a patient's
// device is DEVICE, implanted or not (generators, leads, ILRs, LVAD pumps, controllers, power
// modules and chargers, pumps, PD and home-HD cyclers, CGM transmitters, sensors and receivers,
// CPAP/HGNS/HST units, a home INR meter, bedside communicators, cellular hubs' IMEIs), while a
// dialysis machine or HST kit written by its in-house number is not; a month with a year (08/2019,
// 3/2021, 12/2025) is a DATE, a season with a year (fall 2025) or a season alone is not; every
// e-mail address, URL and IP address is annotated whoever owns it (a clinic's shared inbox, a
// vendor's confirmation link, a vendor gateway's IP), and a record number inside a URL stays inside
// the one URL span; every phone number, including a manufacturer's support line, is PHONE; a file
// name of a photo showing the patient's face is PHOTO, and palm-vein, fingerprint and voiceprint
// template or enrollment numbers are BIOMETRIC; a lot's expiry (exp 03/2026, exp 2026-03) is not
// PHI, while the date of a recall letter addressed to a patient is a DATE like any other.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `HEMODIALYSIS RUN SHEET — {{FACILITY:Lakeshore Kidney Center}}, Unit B
Pt: {{NAME:WASHINGTON, DELORES M}}    MRN {{MRN:LKC-0048217}}    DOB {{DATE:06/11/1951}}
Tx date: {{DATE:Tue 03/12/2024}}    Chair 7 / Machine #14 (2008T)    2nd shift
ACCESS: L BC AVF (created {{DATE:08/2019}}, Dr. {{NAME:Feldman}}) +thrill/+bruit, 15g x2, rope ladder
PRE: wt 84.6 kg (EDW 82.0)  BP 168/92  HR 78  T 36.7  lungs clear, 1+ pedal edema
RX: 4.0 h, Qb 400, Qd 600, 2K/2.5Ca, Optiflux 180NR, heparin 2000u bolus + 500u/h
0730 on | 0830 BP 144/80 | 0930 cramping L calf, UF rate to 700 ml/h, NS 100 ml | 1130 off
POST: wt 82.3 kg  BP 138/76  net UF 2.4 L.  Last monthly spKt/V 1.38, URR 71%.
Hemostasis 8 min both sites. Monthly labs drawn, sent to {{FACILITY:Northcoast Renal Lab}} req# {{ID:NRL-77120934}}.
Pt asks re transport: dtr {{NAME:Keisha}} will drive TTS now, cell {{PHONE:(216) 555-0143}}; {{FACILITY:MedRide Cleveland}} van cancelled. SW {{NAME:Ramona Ortiz}} aware, updating 2728 contact page.
RN {{NAME:T. Kowalczyk}} / PCT {{NAME:jl}}`,
  `DIALYSIS UNIT NURSING NOTE   {{DATE:4/2/24}}
pt {{NAME:Hamid Al-Sayegh}} (MRN {{MRN:00731925}}) no-show for 2nd shift. Called home {{PHONE:313-555-0187}} x2, no answer; called wife {{NAME:Samira}} cell {{PHONE:313-555-0122}} - says pt "too tired", also missed Sat. Explained K+ risk.
1415 pt arrived via {{FACILITY:Dearborn Care Cab}}, c/o weakness + palpitations. i-STAT K 6.9. 12-lead: peaked T, QRS 118 ms.
Charge RN {{NAME:Bianca}} paged Dr {{NAME:Venkataraman}} (pgr {{PHONE:4471}}) → send to ED, do not run here. 911 called 1432, Medic 12 left 1450 for {{FACILITY:Rouge Valley General}} ED; report given to ED RN {{NAME:Coulter}}.
Arabic interpreter by phone, interpreter ID# {{ID:20981}}.
Address verified for EMS: {{ADDRESS:7719 Calhoun St}}, {{LOCATION:Dearborn}} MI {{ZIP:48126}}.
Calcium gluconate not given here (no IV access, AVF only). Kayexalate refused.
Plan: f/u tomorrow; makeup tx offered {{DATE:Thurs 4/4}} 3rd shift if discharged. Notify Dr. {{NAME:V}} of outcome.
— {{NAME:M. Ndiaye}}, RN`,
  `INTERDISCIPLINARY PLAN OF CARE — monthly review
Patient: {{NAME:Nguyen Van Thanh}} ("{{NAME:Tony}}")   Chart # {{MRN:RB-220416}}
Unit: {{FACILITY:Red Bluff Dialysis}} — MWF 1st shift, chair 11     Meeting {{DATE:5/14/2024}}
Attendees: Dr. {{NAME:Anjali Mehra}} (nephro), {{NAME:Carl Boone}} RN (CN), {{NAME:Lupe Estrada}} RD, {{NAME:Dennis Whitehorse}} MSW, pt + son {{NAME:Minh}}
ADEQUACY   spKt/V 1.21 (goal ≥1.2) marginal → tx time 3.5→3.75 h, Qb 350→400 if access allows
ANEMIA     Hgb 9.6, TSAT 18%, ferritin 212 → Venofer 100 mg x10 starting {{DATE:5/17}}; Mircera 120 mcg q2wk
MBD        Ca 8.9  Phos 7.1  iPTH 684 → sevelamer 1600 TID w/ meals, Sensipar 30 daily; eats pho 4-5x/wk (discussed)
NUTRITION  alb 3.4, nPCR 0.9 — Nepro 1 can post-tx
ACCESS     RUE AVG (Gore-Tex) placed {{DATE:11/03/2022}}, 2 clots; last fistulagram {{DATE:2/27/24}} at {{FACILITY:Tehama Vascular Access Center}}: 60% venous outflow stenosis, PTA
PSYCHOSOCIAL  PHQ-2 = 1. Lives w/ son in {{LOCATION:Red Bluff}}. Medi-Cal {{HEALTH_PLAN:91847302A}}, Medicare MBI {{HEALTH_PLAN:4TQ7-JK2-WN83}}
TRANSPLANT referral sent {{DATE:1/9/24}} to {{FACILITY:Valley Oaks Transplant Institute}}; coordinator {{NAME:Bree Hollings}} {{PHONE:916-555-0190}}
Pt signed plan. Next review {{DATE:6/11/2024}}.`,
  `VASCULAR ACCESS HISTORY / SURVEILLANCE LOG
{{NAME:OKONKWO, CHIDINMA}}    MRN {{MRN:4409182}}    DOB {{DATE:1967-02-19}}
Date       | Access                         | Event                                        | By
{{DATE:03/15/2021}} | R IJ tunneled cath (Palindrome 23cm) | placed, IR                     | Dr. {{NAME:Haverford}}
{{DATE:05/02/2021}} | L radiocephalic AVF (Brescia-Cimino) | created                        | Dr. {{NAME:Szymanski}}
{{DATE:08/20/2021}} | L RC AVF   | failed to mature; fistulagram, PTA juxta-anast 4 mm | Dr. {{NAME:Szymanski}}
{{DATE:10/11/2021}} | L BC AVF   | created                                              | Dr. {{NAME:Szymanski}}
{{DATE:01/06/2022}} | L BC AVF   | 1st cannulation 17g; cath pulled {{DATE:2/1/22}}     |
{{DATE:09/13/2023}} | L BC AVF   | infiltration venous needle, hematoma, held x1 tx     | RN {{NAME:Ama Boateng}}
{{DATE:04/18/2024}} | L BC AVF   | Transonic flow 580 mL/min (was 1100) → referred      | {{NAME:AB}}
{{DATE:04/25/2024}} | L BC AVF   | cephalic arch stenosis 70%, 8 mm PTA, post flow 1240 | Dr. {{NAME:Lindqvist}}, {{FACILITY:Piedmont Access Care}}
Monthly flow checks 1st Tues of month. Allen test nl L hand, no steal sx. Rope-ladder cannulation.
Access coordinator {{NAME:Georgette Pillay}} x{{PHONE:2271}}`,
  `NEW PATIENT ADMISSION — OUTPATIENT HEMODIALYSIS
{{FACILITY:Red River Dialysis}} | admit date {{DATE:02/27/2024}}
Name: {{NAME:Reginald T. Boykins}}   DOB {{DATE:9/30/1958}}   Age 65
Address: {{ADDRESS:2231 Mayfair Ave, Unit 6}}, {{LOCATION:Shreveport}}, LA {{ZIP:71104}}
Home {{PHONE:318-555-0166}}   Cell {{PHONE:318-555-0114}}
Emergency contact: {{NAME:Loretta Boykins}} (sister) {{PHONE:318-555-0139}}
Insurance: Medicare A/B, MBI {{HEALTH_PLAN:2GH8-QW3-RT59}}; secondary BCBS LA mbr {{HEALTH_PLAN:XUB884102937}}
SSN (for CMS-2728): {{SSN:437-55-0912}}
Referred by Dr. {{NAME:Pierre Landry}} after inpatient start at {{FACILITY:Caddo Regional Hospital}} on {{DATE:2/20/2024}}. ESRD 2/2 HTN + T2DM. Tunneled L IJ Permcath.
Schedule TTS 2nd shift, chair 19. EDW 97.0 kg (to challenge). Hep B sAg neg, sAb <10 → start Heplisav series.
Chart photo taken: {{PHOTO:IMG_BOYKINS_R_0227.jpg}}. Palm-vein check-in enrolled, template ID {{BIOMETRIC:PV-00318842}}.
Pt drives self; parking hangtag issued for plate {{VEHICLE:748 KTZ}} (LA).
Admitting RN {{NAME:Yvette Broussard}}`,
  `NEPHROLOGY ROUNDING NOTE — HD unit
{{DATE:Thursday, June 6, 2024}}
Pt: Mrs. {{NAME:Eleanor Fitzgerald-Ruiz}}, {{AGE:91}} yo F, ESRD 2/2 ADPKD, on HD since 2017. Lives at {{FACILITY:Magnolia Terrace ALF}}, {{LOCATION:Columbus}} GA.
Seen on machine, chair 2. Intradialytic hypotension last 3 tx (SBP 80s at hr 3). Midodrine 10 mg pre-tx started {{DATE:5/30}}; today nadir SBP 96. IDWG 1.5-2 kg. Cool dialysate 35.5 °C.
Occasional chest tightness w/ transfers; cardiology (Dr. {{NAME:Ikeda}}) has her on ASA/statin. Echo {{DATE:1/2024}} EF 50%, mod AS (AVA 1.1).
Goals of care: dtr {{NAME:Maureen}} is HCPOA; pt wants to continue HD "for now". DNR/DNI on file since {{DATE:3/3/2023}}. Palliative f/u by {{FACILITY:Bluewater Palliative Care}}, NP {{NAME:Okonjo}}.
Labs: Hgb 10.2 (hold ESA), K 4.1, alb 3.1, Kt/V 1.52.
PLAN: cont midodrine, EDW 51.0 → 51.5 kg, Nepro BID, revisit goals at family mtg {{DATE:6/20}}.
{{NAME:S. Abernathy}}, MD  / typed {{NAME:kp}}`,
  `home hemo training — wk 3 (NxStage System One)
pt {{NAME:Daniel Yazzie}} / care partner {{NAME:Rosalind Yazzie}} (wife)
in-center sessions {{DATE:7/8}}, {{DATE:7/10}}, {{DATE:7/12}} w/ trainer {{NAME:Kim-Ly Tran}}, RN
cycler assigned for home SN {{DEVICE:NX1A40218}}; PureFlow SL SN {{DEVICE:PF33017}}
- buttonhole cannulation L upper arm AVF; pt self-cannulating 2/3 attempts
- alarm "Air detected" x1, resolved by pt
- {{NAME:rosalind}} good w/ rinseback, needs practice on PAK change
- K 4.6, phos 5.0 this wk. Rx 5x/wk, 2.5 h, 20 L.
- home visit {{DATE:7/19}}: {{ADDRESS:HC 61 Box 2290}}, {{LOCATION:Chinle}} AZ {{ZIP:86503}} — water + electrical check w/ tech {{NAME:Ervin}} from {{FACILITY:Four Corners Home Dialysis}}. Directions: 4 mi past the chapter house, blue roof, 2 dogs.
- backup generator: pt has one, will confirm load.
- AHCCCS ID {{HEALTH_PLAN:A12938475}}. IHS chart {{MRN:CH-0558127}}.
- dr {{NAME:Benally-Shorty}} signed home Rx {{DATE:7/12}}.
plan: 2 more wks in center, target home start {{DATE:7/29}}.   —{{NAME:KLT}}`,
  `TRANSIENT / TRAVEL TREATMENT REQUEST
To: {{FACILITY:Coastal Kidney Care}} – {{LOCATION:Myrtle Beach}}   Fax {{FAX:843-555-0177}}   Attn: {{NAME:Shonda}}, admissions
From: {{FACILITY:Piedmont Triad Dialysis}}, {{LOCATION:Greensboro}}   ph {{PHONE:336-555-0102}}   fax {{FAX:336-555-0103}}
Patient: {{NAME:Harold}} "{{NAME:Buddy}}" {{NAME:McAllister}}   DOB {{DATE:12/02/1949}}
Requested: {{DATE:8/12/24}}, {{DATE:8/14/24}}, {{DATE:8/16/24}} (MWF, 1st shift preferred)
Staying at {{ADDRESS:1207 S Ocean Blvd, Unit 804}}, {{LOCATION:North Myrtle Beach}} SC {{ZIP:29582}}; cell {{PHONE:336-555-0151}}
Enclosed: H&P, last 3 run sheets, CXR, EKG, HBsAg neg ({{DATE:7/22/24}}), HBsAb 46, standing orders, Medicare card copy (MBI {{HEALTH_PLAN:7KP2-XN4-CV16}}).
Rx: 3.75 h, Qb 450, 2K/2.5Ca, EDW 88.5, heparin 1000 u bolus only. Access R BC AVF, 15g. No isolation needs.
Attending Dr. {{NAME:Prakash Iyer}}, NPI {{LICENSE:1538294076}}
Questions: {{NAME:Jolene Hatch}}, RN, travel coordinator, {{EMAIL:jhatch@piedmonttriaddialysis.org}}`,
  `INFECTION / EVENT NOTE — catheter-related BSI
{{NAME:PETROVA, GALINA}}    MRN {{MRN:22-0947713}}    {{DATE:10/03/2023}}
Pt febrile 38.9 w/ rigors 15 min into tx. Tunneled R IJ cath placed {{DATE:8/28/23}} at {{FACILITY:Westbrook Medical Center}} IR.
Blood cx x2 (cath + periph) before abx, accession {{ID:M23-276-0041}} / {{ID:M23-276-0042}}. Vanc 1500 mg + ceftaz 2 g post-tx per protocol.
{{DATE:10/5}}: 2/2 bottles MSSA → cefazolin 2g/2g/3g post-HD x 4 wk; cath exchange over wire {{DATE:10/6}} by Dr. {{NAME:Rahimi}}.
TTE {{DATE:10/9}} no vegetation. NHSN dialysis event reported, event # {{ID:NHSN-5520193}}.
Pt lives alone in {{LOCATION:Lewiston}} ME; sister {{NAME:Olga}} checks daily.
Fistula planning: vein mapping ordered at {{FACILITY:Androscoggin Vein & Vascular}}; pt hesitant ("my arm is fine for Bingo").
Unit audit: cath dressing changes documented 9/12 tx; 1 missed scrub-the-hub. Staff re-education {{DATE:10/12}}.
IP RN {{NAME:Theresa Gagnon}} / MD {{NAME:Rahimi}}`,
  `1st→2nd shift handoff   {{DATE:wed 1/17}}   charge {{NAME:RB}}
ch1  mr {{NAME:jabari}} — needle reset x1, bleeding 15 min post. told him hold pressure, no Band-Aid over wet gauze.
ch4  ms {{NAME:Tso}} — IDWG 3.2 kg!! (grandson's bday). K 5.8 pre, on 2K bath. Lokelma 10 g per Dr {{NAME:Fenwick}}.
ch6  {{NAME:Earl Pettaway}} — signed AMA, off at 2h50m, UF 2.1 L. dtr {{NAME:Nia}} to call unit re: {{FACILITY:Valley Paratransit}} ride times.
ch9  Mrs. {{NAME:Ochoa}} — new, 2nd tx. Permcath dsg changed, Biopatch on. Spanish, used interp line.
ch12 {{NAME:Xiong, Pa Houa}} — BG 58 @ 0930, juice + crackers → 112. Omnipod pt, told to call endo Dr. {{NAME:Vang}} today.
ch14 — empty (machine down, biomed notified)
ch16 {{NAME:Willard}} — Hoyer to chair, 2-assist. wound L heel, pics in chart, wound RN {{NAME:Gwen}} to see Fri.
ch18 {{NAME:Max}} ({{NAME:Maximo Reyes}}) — max assist transfer today, weaker. pre BP 98/60, ran w/o UF x1h.
PCTs today: {{NAME:Dwayne}}, {{NAME:Aiyana}}.   —{{NAME:rb}}`,
  `PERITONEAL DIALYSIS — HOME TRAINING, DAY 4
Pt: {{NAME:Priya Raghunathan}}   MRN {{MRN:PD-118834}}   {{DATE:02/21/2024}}
Trainer: {{NAME:Helen Mwangi}}, RN, {{FACILITY:Summit Home Dialysis}}
Catheter: Tenckhoff double-cuff, lap placement {{DATE:1/29/24}} (Dr. {{NAME:Castellanos}}). Exit site clean, no crust; mupirocin daily.
Cycler: Baxter Amia w/ Sharesource, SN {{DEVICE:AMA2211847}}; Sharesource patient ID {{ID:SS-00934122}}.
Rx: CCPD 5 x 2.0 L 1.5% Dianeal, last fill 1.5 L Extraneal, total 9 h.
Skills: hand hygiene ✓ mask ✓ connect/disconnect ✓ exit-site care ✓ alarms ("Check patient line", "Low drain volume") - needs review
Husband {{NAME:Arvind}} present, learning backup role; mother-in-law speaks Tamil only.
Home: {{ADDRESS:58 Birchwood Ct}}, {{LOCATION:Edison}} NJ {{ZIP:08820}}. Spare room ok for 2 months of boxes. 1st supply delivery {{DATE:2/28}}.
PET scheduled {{DATE:3/25/24}}. Went home 1530. Given after-hours line {{PHONE:732-555-0126}} and {{EMAIL:summithomepd@summitkidney.org}} for non-urgent Qs.
{{NAME:HM}}`,
  `PD CLINIC — PERITONITIS FOLLOW-UP   {{DATE:11/07/2023}}
{{NAME:Mohammed Idris}}, 54M, CCPD since {{DATE:3/2021}}. Nephrologist Dr. {{NAME:Halvorsen}}.
HPI: cloudy effluent {{DATE:11/2}} am, called on-call RN; seen same day. Effluent WBC 1,840 (82% PMN), GS GPC clusters. Cx #{{ID:23-MB-118290}}: S. epidermidis, methicillin-R.
Tx: IP vanc 2 g load, then dosed by level (14.2 today). Abd pain resolved day 2.
Today: effluent WBC 46, clear. Exit site 1+ crust, no erythema, tunnel non-tender.
Root cause: touch contamination — skipped mask when son {{NAME:Yusuf}} visiting w/ the kids. Retraining w/ {{NAME:Cora Lindahl}}, RN on {{DATE:11/9}}.
Cycler download (Liberty Select SN {{DEVICE:LS7734019}}): 28/30 nights, avg UF 640 mL, 3 low-drain alarms, 2 bypassed dwells.
Moved {{DATE:10/15}} → {{ADDRESS:3310 Elmhurst Rd, Apt 2C}}, {{LOCATION:Minneapolis}} MN {{ZIP:55417}}; supply acct {{ACCOUNT:FHC-0049218}} updated, new phone {{PHONE:612-555-0171}}.
Plan: complete 3 wk vanc, repeat cell count {{DATE:11/14}}, nasal MRSA screen.
{{NAME:R. Halvorsen}}, MD`,
  `PD HOME VISIT
Visit {{DATE:Aug 22, 2024}}    RN: {{NAME:Shawna Redcloud}}
Pt {{NAME:Wilbur Two Bulls}}, 71, CAPD 4x/day, 2 L 2.5%.
Drove 1 h 10 m from {{FACILITY:White Clay Renal Clinic}}. Home: {{ADDRESS:House 14, Evergreen Housing}}, {{LOCATION:Kyle}} SD {{ZIP:57752}} — turn at church w/ red door.
Water: hauled; nephew {{NAME:Tanner}} fills cistern weekly.
Storage: dry, off floor ✓. 6 boxes 2.5% left → order placed w/ {{FACILITY:Great Plains Renal Supply}}, order # {{ID:GP-550312}}, ETA {{DATE:8/29}}.
Exchange observed: technique good. Was warming bags in microwave — re-educated, heating pad only.
Exit site clean. Wt 68.2 (dry 67). Home BP log 150s/80s.
Log reviewed {{DATE:8/1-8/21}}: 3 missed noon exchanges when at the powwow.
Meds: Lasix 80 bid, amlodipine 10, Renvela 800 TID, calcitriol 0.25.
Pt wants to go to {{LOCATION:Rapid City}} for granddaughter's graduation {{DATE:9/7}} — will pack supplies for weekend.
IHS # {{MRN:PR-0091837}}.   Next visit {{DATE:9/19}}.   -{{NAME:SR}}`,
  `SURGERY CONSULT — PD catheter malfunction
Requesting: Dr. {{NAME:Oyelaran}} (nephrology)    Pt: {{NAME:Liang, Mei-Hua}}    MRN {{MRN:8830157}}
{{DATE:January 16, 2025}}
71F CCPD x 14 mo, poor outflow x 1 wk, "Low drain" alarms nightly (HomeChoice Claria SN {{DEVICE:HCC19088412}}). KUB {{DATE:1/14}}: catheter tip migrated to RUQ, stool burden. Failed senna/PEG x3 d.
PSH: lap chole 2009 (Taiwan); PD cath {{DATE:10/2023}} at {{FACILITY:Eastgate Surgical Hospital}}.
Exam: soft, exit site healthy, deep cuff palpable.
Plan: lap catheter revision + omentopexy {{DATE:1/21/25}}. Pt declines temp HD cath; low-volume supine CAPD until surgery if it drains.
Consent discussed w/ pt & daughter {{NAME:Jenny Liang}} (HCP, {{PHONE:626-555-0148}}) via Mandarin interpreter Mr. {{NAME:Hu}}.
Anticoag: none.
{{NAME:Gabriela Restrepo}}, MD, Surgery | pager {{PHONE:5-2290}}
cc: {{FACILITY:Arcadia Home Dialysis}} fax {{FAX:626-555-0199}}`,
  `NEPHROLOGY CLINIC — FOLLOW UP
{{NAME:Marcus Delacroix-Bell}}   DOB {{DATE:04/23/1962}}   MRN {{MRN:A00928371}}
Visit {{DATE:09/10/2024}} | {{FACILITY:Bayou Nephrology Associates}}, {{LOCATION:Lafayette}}
CC: CKD 4 f/u, RRT planning.
eGFR (CKD-EPI 2021) trend: 24 ({{DATE:3/24}}) → 21 ({{DATE:6/24}}) → 18 (today). UACR 1,460 mg/g. K 5.3, CO2 19, Hgb 10.1, PTH 188.
Meds: losartan 100, Jardiance 10, Kerendia 10 (since {{DATE:6/2024}}), NaHCO3 650 bid, Veltassa 8.4 g.
Education: attended "Options" class w/ wife {{NAME:Simone}}. Leans PD. Referred to Dr. {{NAME:Abubakar}} for PD cath eval and to {{FACILITY:Gulf South Transplant Center}}.
Vein preservation: no BP/IV L arm — bracelet given.
Hep B vaccine #2 today (Heplisav-B lot 7Y93K, exp 2026-03).
Work: welder at {{FACILITY:Acadiana Fabrication}}; asks about disability paperwork.
RTC 8 wks, labs prior.
{{NAME:K. Thibodeaux}}, NP / sup. Dr. {{NAME:Abubakar}}`,
  `KIDNEY TRANSPLANT EVALUATION — SURGICAL
{{FACILITY:Cascadia Transplant Institute}}
Candidate: {{NAME:Ahmed Farouk Hassan}}    DOB {{DATE:07/01/1975}}    MRN {{MRN:CTI-3301947}}
Eval date {{DATE:03/04/2025}}.  Referring unit {{FACILITY:Yakima Valley Dialysis}} (Dr. {{NAME:Morgenstern}}).
ESRD 2/2 IgA nephropathy, HD since {{DATE:5/12/2022}} (counts for waiting time). R BC AVF.
BMI 31.2. No prior abd surgery. CT A/P non-con: mild iliac calcification, R EIA acceptable.
Cardiac: stress echo {{DATE:2/11/25}} negative, EF 60%.
Dental clearance pending (Dr. {{NAME:Ruiz}}).
Social: lives w/ wife {{NAME:Fatima}} + 3 kids in {{LOCATION:Union Gap}}; drives taxi for {{FACILITY:Valley Cab Co}}. Support person: brother {{NAME:Khalid Hassan}} {{PHONE:509-555-0135}}.
Potential living donor: brother (O+), referred to donor team, donor ID {{ID:LD-25-0088}}.
Insurance: Medicare MBI {{HEALTH_PLAN:8VN3-RW2-QJ64}} + Apple Health.
Impression: acceptable candidate pending dental + cPRA. Present at selection committee {{DATE:3/19/25}}.
{{NAME:Olusegun Adeyemi}}, MD, Transplant Surgery`,
  `LIVING DONOR ADVOCATE NOTE
Donor candidate: {{NAME:Tomasz Wiśniewski}}, 38M    Donor MRN {{MRN:CTI-3302210}}
Intended recipient: his sister {{NAME:Agnieszka Kowal}} (MRN {{MRN:CTI-3198854}})
{{DATE:5/6/2025}}, 1000-1100, in person + video w/ his partner {{NAME:Ewa}}.
Motivation: voluntary, "nobody pushed me". Understands ~6 wk off work and small lifetime ESRD risk.
Employment: forklift operator at {{FACILITY:Kent Distribution Center}}; FMLA forms to HR ({{NAME:Darnell Hughes}}) fax {{FAX:253-555-0181}}.
Financial: NLDAC application started, case # {{ID:NLDAC-2025-04417}}. Lodging near hospital: {{FACILITY:Harbor House Guest Lodge}}.
Polish-speaking mother {{NAME:Halina}} opposes donation; donor aware, no coercion detected.
No driving 2 wks post-op; car on file for parking validation, plate WA {{VEHICLE:BXR4471}}.
ILDA recommendation: proceed. Explained he may withdraw at any time; team will give a confidential "medical reason".
{{NAME:Marisol Quintanilla}}, LICSW, ILDA`,
  `TRANSPLANT NEPHROLOGY — post-tx f/u (month 4)
{{NAME:Jamal Okoro-Williams}} | DOB {{DATE:1989-11-14}} | MRN {{MRN:HSH7712093}}
DDKT {{DATE:01/18/2025}} (KDPI 34%, CIT 14 h) at {{FACILITY:Hollis Street Hospital}}; UNOS ID {{ID:XFG2291}}
Today {{DATE:5/20/2025}}. Feels well, back to work at the {{FACILITY:Metro Transit}} garage.
Cr 1.32 (baseline 1.2-1.4). Tac trough 7.8 (goal 6-8). BK PCR <500. CMV PCR ND. UPCR 0.21.
Meds: Envarsus XR 8 mg, mycophenolate 720 bid, pred 5, Bactrim SS, valganciclovir 450 (stop {{DATE:7/18}}).
BP 128/78 on amlodipine 5. Stent removed {{DATE:2/14}}.
Girlfriend {{NAME:Keandra}} asks re: pregnancy planning — wait ≥1 yr, MMF → azathioprine first.
Labs q2wk → monthly. Next visit {{DATE:6/17}} w/ Dr. {{NAME:Goldfarb}}. Lab order {{ID:LO-55810273}} faxed to {{FACILITY:Eastline Patient Service Center}} {{FAX:410-555-0160}}.
{{NAME:Priyanka Sethi}}, PharmD / {{NAME:A. Goldfarb}}, MD`,
  `{{FACILITY:Sierra Foothills Kidney Care}}
{{ADDRESS:1450 Grass Valley Hwy, Suite 210}}, {{LOCATION:Auburn}}, CA {{ZIP:95603}}
Tel {{PHONE:530-555-0107}}   Fax {{FAX:530-555-0108}}

{{DATE:October 2, 2024}}

Dr. {{NAME:Helena Whitcombe}}, {{FACILITY:Foresthill Family Medicine}}, fax {{FAX:530-555-0112}}
RE: {{NAME:Gutierrez, Ramón}}   DOB {{DATE:3/17/1948}}

Dear Dr. {{NAME:Whitcombe}},
Thank you for referring Mr. {{NAME:Gutierrez}} for CKD 3b (eGFR 38) and hyperkalemia. Likely diabetic and hypertensive nephrosclerosis; renal US {{DATE:9/20/24}} symmetric 9.8/10.1 cm, no obstruction. Bence Jones neg, SPEP/FLC normal.
Recs: 1) stop spironolactone; 2) continue lisinopril 20 if K <5.5 on repeat; 3) add Jardiance 10; 4) low-K diet handout in Spanish given; 5) avoid NSAIDs (takes Aleve for knees).
Granddaughter {{NAME:Itzel}} helps with meds and asked that results go to his portal.
Follow-up 3 months.
Sincerely,
{{NAME:Naveen Chakraborty}}, MD      {{NAME:NC}}/{{NAME:lmr}}`,
  `{{FACILITY:Great Lakes Regional Transplant Program}}
{{DATE:June 3, 2024}}

Ms. {{NAME:Shaniqua R. Tolliver}}
{{ADDRESS:16620 Greenlawn Ave}}
{{LOCATION:Detroit}}, MI {{ZIP:48221-2904}}

Dear Ms. {{NAME:Tolliver}},
This letter confirms that you were added to the national kidney transplant waiting list on {{DATE:May 29, 2024}}. Your waiting time is counted from your dialysis start date, {{DATE:August 14, 2019}}.
Blood type: B.  cPRA 87%.  Status: Active.
UNet candidate ID: {{ID:DKW5519}}.  Program MRN: {{MRN:GL-00441896}}.
Please tell us about any change in your phone number (on file {{PHONE:313-555-0175}}), address, dialysis unit ({{FACILITY:Northwest Detroit Dialysis}}), insurance or health. Call within 24 hours of any hospital stay.
Monthly antibody samples must be sent by your unit by the 5th of each month.
Your coordinator is {{NAME:Francine Obi}}, RN, {{PHONE:313-555-0196}}, {{EMAIL:fobi@glrtp.org}}.
Sincerely,
{{NAME:Raymond Kessler}}, MD, Surgical Director
cc: Dr. {{NAME:Abena Owusu}}, referring nephrologist`,
  `DEVICE CLINIC — PACEMAKER INTERROGATION (in-office)
Patient: {{NAME:HERNANDEZ-LUNA, ROSARIO}}    DOB {{DATE:02/09/1941}}    MRN {{MRN:554-20-118}}
Date: {{DATE:07/15/2024}}    Indication: CHB (2019)
Device: Medtronic Azure XT DR MRI SureScan (W1DR01), SN {{DEVICE:RNB612408S}}, implanted {{DATE:04/22/2019}} by Dr. {{NAME:Castellano}}
Leads: RA CapSureFix 5076-52 SN {{DEVICE:PJN4482109}}; RV 5076-58 SN {{DEVICE:PJN4482377}}
Mode DDDR 60/130, SAV/PAV 150/180, MVP off (CHB).   Battery 7.9 yr.
RA: P 2.8 mV, imp 494 Ω, thr 0.625 V @ 0.4 ms
RV: no underlying escape at 30 bpm, imp 608 Ω, thr 0.75 V @ 0.4 ms
AP 34%, VP 99.8%. AT/AF burden <0.1%; 2 AHREs, longest 42 s on {{DATE:6/30}}. No VHR.
Changes: none. CareLink monitor paired; next remote {{DATE:10/15/24}}.
Granddaughter {{NAME:Xochitl}} interpreted. Pt c/o fatigue on stairs; rate response on, sensor appropriate.
Medtronic rep {{NAME:Brandon Steele}} present.
{{NAME:Ifeoma Chukwu}}, NP, device clinic / reviewed Dr. {{NAME:Castellano}}`,
  `REMOTE TRANSMISSION REVIEW — ICD (ALERT)
Received {{DATE:11/23/2024 03:12}} via LATITUDE NXT, transmission ID {{ID:LAT-88301746}}
Pt: {{NAME:Bogdan Munteanu}}, MRN {{MRN:0087213}}, DOB {{DATE:5/5/1958}}
Device: Boston Scientific RESONATE EL ICD D433, SN {{DEVICE:190447}}; DF4 RV lead SN {{DEVICE:742209}}
Alert: shock delivered. Episode {{DATE:11/23/2024 02:47}}: VF ~250 bpm, 1 x 41 J → SR. No ATP (VF zone).
Battery 9 yr, HV imp 58 Ω, R wave 11.2 mV.
0815 called pt {{PHONE:773-555-0158}}; wife {{NAME:Ileana}} answered. Pt felt "a kick" in his sleep, now fine, no syncope. K 3.4 last week per outside labs ({{FACILITY:Jefferson Park Clinic}}).
Instructed: ED if another shock or symptoms; no driving x 6 mo discussed.
Plan: BMP today, d/w EP Dr. {{NAME:Sandoval}} re amiodarone; device clinic visit {{DATE:11/26}}.
{{NAME:Kateryna Bondar}}, RN, remote monitoring`,
  `ILR REMOTE REPORT
Patient {{NAME:Sato, Hiroshi}}    DOB {{DATE:12/20/1950}}    MRN {{MRN:K-9021174}}
Device: Medtronic LINQ II (LNQ22), SN {{DEVICE:RLB881025G}}, inserted {{DATE:08/08/2023}} for cryptogenic stroke ({{DATE:7/30/23}}, L MCA)
Transmissions {{DATE:1/1/2025}} to {{DATE:1/31/2025}} reviewed.
Episodes: AF x3, longest 6 h 14 min beginning {{DATE:1/19/2025 22:40}}, V rate 90-118. Strips consistent w/ AF (irregular, no P waves).
Pause: none. Brady: none. Pt-activated symptom {{DATE:1/20}} 0810 — sinus w/ PACs.
Battery OK.
Action: notified neurology (Dr. {{NAME:Abernethy}}) and PCP Dr. {{NAME:Mina Youssef}}; recommend OAC (CHA2DS2-VASc 5). Apixaban 5 bid sent to {{FACILITY:Tanaka Pharmacy}}, {{LOCATION:Gardena}}.
Pt notified by phone {{PHONE:310-555-0133}}; son {{NAME:Ken}} on speaker, understands bleeding precautions.
Reviewed by {{NAME:Dmitri Sokolov}}, MD (EP)   {{DATE:2/3/25}}`,
  `CRT-D CHECK — 2 wk post-op / wound check
{{NAME:Abdullahi Warsame}}, 66M    {{DATE:08/19/2024}}    MRN {{MRN:3318209}}
Implant {{DATE:8/5/24}} at {{FACILITY:Riverside Heart Institute}}, Dr. {{NAME:Kowalski}}. NICM EF 25%, LBBB QRS 168.
Device: Abbott Gallant HF CRT-D CDHFA500Q, SN {{DEVICE:81140952}}
Leads: RA Tendril STS 2088TC SN {{DEVICE:CMJ302218}}; RV Durata 7122Q SN {{DEVICE:BVF114806}}; LV Quartet 1458Q SN {{DEVICE:QRT775190}}
Pocket healing, steri-strips off, no hematoma.
BiV pacing 97%. LV thr 1.25 V @ 0.5 ms (D1-M2), no PNS at 8 V. VT zone 171, VF 200. No therapies.
myMerlinPulse app paired to pt's phone; Abbott rep {{NAME:Lacey Tran}} confirmed enrollment, account {{ACCOUNT:MPL-40092217}}.
Somali interpreter {{NAME:Hodan}} (agency {{FACILITY:Twin Cities Language Link}}).
Plan: Entresto 49/51 bid titration, remote q91d, in-clinic 3 mo.
{{NAME:Kowalski}} / {{NAME:NB}}, RN`,
  `Phone note — remote monitoring, missed transmissions
{{DATE:3/27/2025 1040}}
Pt {{NAME:Winona}} "{{NAME:Noni}}" {{NAME:Lightfoot}}, DOB {{DATE:10/02/1953}}. PPM Biotronik Enitra 8 DR-T, SN {{DEVICE:68823104}} — no Home Monitoring data since {{DATE:1/9}}.
Called home {{PHONE:918-555-0129}}: pt says CardioMessenger "lights blink orange". She moved in with daughter {{NAME:Renee}} at {{ADDRESS:412 N Cherokee Ave}}, {{LOCATION:Tahlequah}} OK {{ZIP:74464}}; the unit is still at her old house in {{LOCATION:Stilwell}}.
Called Biotronik patient services {{PHONE:800-555-0104}}, case # {{ID:BIO-7730142}}: new CardioMessenger Smart shipping to the new address, ETA {{DATE:4/2}}.
Demographics updated in Home Monitoring Service Center.
No sx, no syncope. Last in-office {{DATE:10/14/24}}: battery 6.5 yr, normal.
Will look for transmission {{DATE:4/7}}.   — {{NAME:Lorna Kingfisher}}, LPN`,
  `OPERATIVE NOTE — ICD generator change (ERI)
Pt: {{NAME:Kwame Asante}}    MRN {{MRN:77-441-208}}    DOS {{DATE:12/03/2024}}
Surgeon Dr. {{NAME:Lucía Fernández}}; asst {{NAME:J. Whitaker}}, PA-C; anesthesia MAC, Dr. {{NAME:Park}}
Indication: ERI reached {{DATE:11/18/24}} (remote alert). Primary prevention, ICM EF 30%.
Explanted: St. Jude Fortify Assura VR CD1359-40Q, SN {{DEVICE:3109872}} (implanted {{DATE:2/2015}})
Implanted: Abbott Gallant VR CDVRA500Q, SN {{DEVICE:81337410}}. Existing Durata 7122Q lead SN {{DEVICE:BVF029913}} retained: R 9.8 mV, pace imp 520 Ω, HV 61 Ω, thr 0.75 V.
Procedure: L infraclavicular incision through prior scar, partial capsulectomy, pocket irrigated, TYRX envelope. 2-0/3-0 Vicryl, 4-0 Monocryl, Dermabond. EBL 10 mL. No DFT. Complications: none.
Explanted device returned to manufacturer, RGA {{ID:RGA-660219}}; pt declined keepsake.
Dispo: home today, wound check {{DATE:12/12}}; driver wife {{NAME:Efua}}.
{{NAME:L. Fernández}}, MD`,
  `leadless PPM f/u 6 mo — Micra AV2 (MC2AVR1) SN {{DEVICE:MAV204318H}}
{{NAME:beatrice o'sullivan}}, {{AGE:92}}yo, lives at {{FACILITY:Glenview Manor}} (memory care), {{LOCATION:Worcester}}
date {{DATE:6/2/25}}
hx: AF w/ slow VR, syncope → Micra implanted {{DATE:12/4/24}} via R femoral, Dr {{NAME:Okafor}}
today: VVIR 50. battery ~12 yr. thr 0.5 V @ 0.24 ms, imp 580, R 8.5 mV. V-paced 41%.
no pocket (leadless!). groin healed, no hematoma. apixaban 2.5 bid resumed, no bleeding.
meds per facility MAR ({{DATE:5/28}}): apixaban, donepezil 10, sertraline 50, metoprolol stopped after implant.
CNA {{NAME:Dolores}} accompanied, says pt more alert, fewer falls. w/c, Hoyer for transfers.
HCP nephew {{NAME:Fintan O'Sullivan}} {{PHONE:508-555-0116}} updated by phone.
remote monitor at bedside rm 214, serial {{DEVICE:RLM3308271}}; last transmission {{DATE:5/30}} ok. facility fax for reports {{FAX:508-555-0117}}.
plan: remote q6mo, in office {{DATE:12/2025}}. no restrictions. ok for MRI (conditional) if needed.
{{NAME:okafor}} / {{NAME:tw}}`,
  `REMOTE CARDIAC DEVICE MONITORING — ENROLLMENT
Clinic: {{FACILITY:Palmetto Heart & Rhythm}}
Patient: {{NAME:Simmons, Tyrone L}}    DOB {{DATE:08/27/1970}}    MRN {{MRN:PHR0093318}}
Address: {{ADDRESS:905 Savannah Hwy, Lot 22}}, {{LOCATION:Charleston}} SC {{ZIP:29407}}
Phone {{PHONE:843-555-0162}} (cell, text ok)    Email {{EMAIL:tsimmons70@mailbox.example.com}}
Device: Medtronic Cobalt XT VR ICD, SN {{DEVICE:BLD226619H}}, implant {{DATE:4/11/2025}}
Monitor: MyCareLink Heart app on pt's Android. Registration confirmed {{DATE:4/12/2025 16:05}}, login from IP {{IP:203.0.113.58}}.
Enrollment link sent to pt: {{URL:https://enroll.palmettoheart.net/rm?pt=PHR0093318}}
Billing: 93295/93296 q90d; Healthy Connections Medicaid ID {{HEALTH_PLAN:0048817293}}; guarantor acct {{ACCOUNT:770093218}}.
Alerts routed to RN line {{PHONE:843-555-0180}}; after hours to EP on call.
Consent signed by pt. Witness: {{NAME:Araceli Vega}}, MA.`,
  `S-ICD interrogation — {{DATE:February 12, 2025}}
{{NAME:Zainab Al-Khouri}}, 34F, HCM (MYBPC3+), S-ICD since 2020. MRN {{MRN:CRW-660183}}
Device: Boston Sci EMBLEM MRI A219, SN {{DEVICE:157332}}; electrode 3501 SN {{DEVICE:63390}}
Sensing: secondary vector, gain 1x. Conditional zone 200, shock zone 240. SMART Pass ON.
Episodes since last: 1 untreated NSVT 3 s ({{DATE:12/28/24}}). No shocks. No oversensing.
Battery 62%.
Running a half-marathon in {{LOCATION:Providence}} in the spring — treadmill test {{DATE:1/30/25}}: no T-wave oversensing at HR 178.
Brother {{NAME:Omar}} (19) also MYBPC3+; genetic counselor {{NAME:Sarah Feinstein}} following.
Meds: metoprolol succinate 50, no anticoag. Echo {{DATE:1/2025}}: septum 22 mm, LVOT gradient 18 at rest.
Pregnancy planning: cardio-OB referral to {{FACILITY:Charles River Women's Hospital}}.
LATITUDE communicator SN {{DEVICE:LC6291047}}.
{{NAME:E. Brennan}}, MD, EP`,
  `MRI CONDITIONAL DEVICE CHECKLIST
Exam: MRI L-spine w/o, {{FACILITY:Northfield Imaging}}, {{DATE:Sat 9/14/2024 0800}}
Pt {{NAME:Graciela Montoya}}   MRN {{MRN:NF4420917}}   phone {{PHONE:507-555-0119}}
System: Boston Sci ACCOLADE MRI L311, SN {{DEVICE:742281}}; RA INGEVITY+ 7740 SN {{DEVICE:11208344}}; RV INGEVITY+ 7742 SN {{DEVICE:11208519}} — full system MR-conditional ✓ (ImageReady)
Implant > 6 wk ✓ ({{DATE:3/2/2023}}). No abandoned leads/fragments ✓. Pace thr < 2.0 V ✓. Lead imp in range ✓.
Pacer-dependent? No (underlying SR 68).
MRI Protect Mode programmed 0742 by rep {{NAME:Devon Mbeki}}, timeout 6 h. Scan 1.5 T, normal SAR mode; no complaints.
Exit MRI mode 0955 — restored DDDR 60, interrogation unchanged.
Radiologist Dr. {{NAME:Van der Berg}}. Tech {{NAME:Luis}}. Ordering Dr. {{NAME:Sorensen}} ({{FACILITY:Cannon Valley Orthopedics}}).`,
  `PROCEDURE: Implantable loop recorder insertion
{{DATE:03/18/2025}}   {{FACILITY:Mesa Verde Regional}} cath lab, room 3
Pt: {{NAME:Begay, Lorraine}}   DOB {{DATE:4/14/1962}}   MRN {{MRN:MVR-115093}}
Indication: recurrent syncope; Holter + 14-d Zio x2 negative; TTE normal.
Device: Abbott Assert-IQ ICM (DM5000), SN {{DEVICE:AIQ0450281}}
1% lidocaine w/ epi 5 mL. Incision 4th ICS L parasternal, inserted w/ tool at 45°. R wave 0.42 mV. Dermabond + steri-strips.
Paired to myMerlinPulse on pt's iPhone; husband {{NAME:Virgil Begay}} helped set up. Initial upload {{DATE:3/18/25 11:42}}.
Detection: pause 3 s, brady 40, tachy 176, AF on. Symptom activation via app reviewed w/ pt (syncope w/ standing at work, most recent {{DATE:3/2}}).
Pt is a teacher at {{FACILITY:Nataani Nez Elementary}}; may return to work tomorrow, no lifting > 10 lb x 1 wk.
No complications. Pt going home to {{LOCATION:Shiprock}} today. Wound check 7-10 d at {{FACILITY:San Juan Basin Clinic}}.
Operator Dr. {{NAME:Tsosie}}. RN {{NAME:Harmony Etsitty}}.`,
  `**ALERT** Remote: RRT reached — {{NAME:GOLDSTEIN, MIRIAM}}   {{AGE:94}}F   DOB {{DATE:01/03/1931}}
Device Assurity MRI PM2272, SN {{DEVICE:7829104}}, implanted {{DATE:06/19/2014}}; Merlin@home transmitter.
Alert received {{DATE:5/9/2025 02:15}}. Battery at RRT; est. ~3 mo to EOS.
Pt is pacer-dependent (CHB) → gen change this month.
Called {{FACILITY:Lakeview Jewish Home}}, nurse {{NAME:Precious}} at {{PHONE:847-555-0149}}; son {{NAME:Aaron Goldstein}} (POA) {{PHONE:847-555-0191}} agrees, wants it done before Shavuot.
Scheduled gen change {{DATE:5/14/25}}, Dr. {{NAME:Nakamura}}. Pre-op labs at facility. Transport {{FACILITY:North Shore Medi-Van}}, wheelchair.
Hold Eliquis 48 h prior. Last in-office check {{DATE:11/12/2024}}: battery 8 mo, VP 100%, thr 1.0 V.
Facility to send current MAR + code status (DNR but OK for procedure per son).
Orders faxed to facility {{FAX:847-555-0150}}.
{{NAME:Yolanda Perez}}, RN`,
  `RM WORKLIST — week of {{DATE:10/7/24}}   reviewer {{NAME:GH}}
Pt | Device | Alert | Action
{{NAME:Adebayo, Funmi}} ({{MRN:1120834}}) | PPM Azure | AHRE burden 11% | msg Dr {{NAME:Lee}} re OAC
{{NAME:Castillo, Ruben}} ({{MRN:1093371}}) | ICD Cobalt | RV imp 1840 Ω (was 520) | in-office {{DATE:10/9}}, r/o lead fx
{{NAME:Fogarty, Sean}} ({{MRN:1201128}}) | ILR Reveal | pause 4.2 s {{DATE:10/5}} 0312 in sleep | d/w Dr {{NAME:Lee}}: vagal, no action
{{NAME:Pham, Thuy}} ({{MRN:1188420}}) | CRT-D | BiV 86% (PVCs) | Holter ordered
{{NAME:Whitfield, Gloria}} ({{MRN:1034471}}) | PPM Accolade | no transmission 45 d | called {{PHONE:601-555-0137}}, LM
{{NAME:Yellowhorse, Jacob}} ({{MRN:1226019}}) | ICD Resonate | HeartLogic 22 (>16) | HF clinic {{DATE:10/10}}
212 transmissions total; 6 actionable. {{NAME:Whitfield}}: 2nd attempt {{DATE:10/8}}, daughter says monitor unplugged during move to {{LOCATION:Hattiesburg}} — she will re-pair.
{{NAME:Castillo}} seen {{DATE:10/9}}: RV lead noise confirmed, Dr {{NAME:Lee}} scheduling revision. Others routine.`,
  `VENDOR CALL — wearable cardioverter-defibrillator (ZOLL LifeVest 4000)
{{DATE:Jan 6 2025 1420}} — spoke w/ ZOLL patient services rep {{NAME:Cassidy}}, {{PHONE:800-555-0173}}.
Pt: {{NAME:Leticia Barragán}}, 37F, peripartum CM, EF 20% dx {{DATE:12/19/24}}, d/c'd from {{FACILITY:Arroyo Colorado Medical Center}}.
LifeVest SN {{DEVICE:WCD4K229180}}, garment M.
Issue: wear time ~14 h/day on LifeVest Network; she removes it at night to breastfeed.
Rep doing home re-fit visit {{DATE:1/8}} at {{ADDRESS:2207 E Tyler Ave}}, {{LOCATION:Harlingen}} TX {{ZIP:78550}}.
Medicaid STAR mbr {{HEALTH_PLAN:519048273}}; PA # {{ID:PA-25-0011832}} valid through {{DATE:3/31/25}}.
Pt speaks Spanish; husband {{NAME:Joaquín}} cell {{PHONE:956-555-0128}}.
GDMT: metoprolol succ 25, losartan 25 (breastfeeding-compatible), furosemide 20; spironolactone deferred.
LifeVest Network: 2 "press response buttons" alarms (motion artifact), no treatments. Pt reassured; remove only to shower.
Repeat echo {{DATE:3/2025}} for ICD decision.   — {{NAME:M. Garza}}, RN, HF clinic`,
  `{{FACILITY:Heartland Electrophysiology}}
{{DATE:August 30, 2024}}

Mr. {{NAME:Vikram Chaudhary}}
{{ADDRESS:88 Prairie Rose Dr}}
{{LOCATION:Overland Park}}, KS {{ZIP:66213}}

Dear Mr. {{NAME:Chaudhary}},
Your remote pacemaker check sent on {{DATE:August 26, 2024}} was reviewed and is normal. Your battery has about 10 years left. Your next automatic check is {{DATE:November 25, 2024}}; please keep your bedside monitor plugged in near where you sleep.
Your device: Medtronic Azure S DR MRI (W3DR01), serial {{DEVICE:RNC227719S}}.
If you travel (you mentioned a trip to {{LOCATION:Pune}} in December), take your device ID card. The bedside monitor will not send from abroad; use the app instead.
Questions? Call our device nurses at {{PHONE:913-555-0118}} or message us at {{URL:https://portal.heartlandep.com}}.
Sincerely,
{{NAME:Katherine Moyo}}, RN, for Dr. {{NAME:Benjamin Adler}}`,
  `ED — EP CONSULT, inappropriate shocks
{{DATE:04/27/2025 21:50}}   {{FACILITY:Tri-County Medical Center}} ED bay 6
{{NAME:Jin-woo Baek}}, 52M, MRN {{MRN:TC0772193}}, DCM, ICD 2016.
Pt received 4 shocks while mowing at home, {{ADDRESS:17 Orchard Hill Rd}}, {{LOCATION:Lititz}}; EMS (Medic 56-2) brought him in.
Interrogation: St. Jude Ellipse VR, SN {{DEVICE:2240197}}; RV lead Durata 7120, SN {{DEVICE:BGT882013}}.
Findings: nonphysiologic high-frequency noise on near-field EGM, RV pace imp 2,400 Ω (prior 480) → lead fracture. Tachy therapies OFF 2205; on tele w/ pads.
Plan: lead extraction/replacement w/ Dr. {{NAME:Hoffmann}} tomorrow, NPO after midnight.
Wife {{NAME:Min-ji}} at bedside, cell {{PHONE:717-555-0154}}.
Abbott tech services case {{ID:CS-01948823}} opened; product experience report to follow.
Labs: K 4.0, Mg 2.1, trop 0.04 (post-shock). Pads on, amiodarone not started. Pt upset — chaplain and SW offered; he drives for work, driving restriction discussed.
{{NAME:Rafael Ocasio}}, MD, EP fellow`,
  `LVAD CLINIC NOTE
{{NAME:Terrence}} "{{NAME:T.J.}}" {{NAME:Odom}}    MRN {{MRN:UH-6620184}}    Visit {{DATE:10/22/2024}}
HeartMate 3 implanted {{DATE:3/5/2023}} (DT) at {{FACILITY:University Heart Hospital}}, Dr. {{NAME:Siddiqui}}.
Pump SN {{DEVICE:HM3-38812}}; primary controller SN {{DEVICE:MLP421770}}, backup controller SN {{DEVICE:MLP419026}}
Params: 5400 rpm, flow 4.6 L/min, PI 3.8, power 4.3 W. No PI events. Log: 2 low-flow advisories {{DATE:10/3}} (hot day, dehydrated).
Doppler MAP 82. INR 2.3 (goal 2-2.5), ASA 81. LDH 210. Hgb 12.8.
Driveline: exit site healed, velour not exposed; weekly dressing by wife {{NAME:Charmaine}}, supplies via {{FACILITY:CardioCare Home Supply}}.
Batteries: 8 in rotation, oldest cycle count 310 — replace 2 (order # {{ID:HMB-22918}}).
Back to part-time work at {{FACILITY:Southside Hardware}} (register, no lifting > 10 lb).
Echo: AV opens 1:3, LVEDD 6.1 cm, mild MR, RV fxn ok.
Plan: no speed change; f/u 3 mo; monthly CBC/BMP/LDH via {{FACILITY:Medina Home Labs}}.
Coordinator {{NAME:Bethany Kraus}}, RN   x{{PHONE:64410}}`,
  `LVAD ON-CALL PHONE LOG
{{DATE:12/14/24 2310}} — pt {{NAME:Oksana Melnyk}} called ({{PHONE:412-555-0117}}): controller beeping, yellow battery symbol. Walked through swap to charged batteries; alarm cleared 2318. Power out on her street (storm), so no mobile power unit — batteries only, ~17 h. Pt on utility's medical-priority list, acct {{ACCOUNT:4410-2291-077}}; advised to call outage line.
Address for EMS if needed: {{ADDRESS:1108 Brownsville Rd}}, {{LOCATION:Pittsburgh}} PA {{ZIP:15210}}.
{{DATE:12/15}} 0640 f/u call: power back 0300, batteries charging. Pt also reports driveline site drainage, yellow, x2 d, T 37.9 → come to clinic today.
{{DATE:12/15}} clinic: DL exit site erythema 2 cm, purulent. Swab cx {{ID:W24-349-0217}}. Start doxycycline 100 bid pending cx. US of driveline tunnel ordered.
Daughter {{NAME:Natalia}} to do daily dressing (chlorhexidine + Sorbaview).
On call: {{NAME:Jesse Kowalczyk}}, RN (VAD)  |  attending Dr. {{NAME:Aloysius Grant}}`,
  `VAD HOME SAFETY / EQUIPMENT CHECK (pre-discharge home visit)
{{DATE:6/27/2024}}   Pt {{NAME:Ernesto Villalobos}}   MRN {{MRN:0049221873}}
Address {{ADDRESS:4012 W Camelback Rd, #118}}, {{LOCATION:Phoenix}} AZ {{ZIP:85019}} — 1st-floor apt, grounded 3-prong outlets ✓, no power strips ✓, AC working (110°F outside).
Equipment:
  Power module SN {{DEVICE:PM-108331}}
  Controller primary SN {{DEVICE:MLP433902}} / backup SN {{DEVICE:MLP433871}}
  Battery charger SN {{DEVICE:UBC-77520}}
  Batteries x8
Utility medical-equipment form submitted, acct {{ACCOUNT:8820447193}}. Fire station 18 given pt info sheet.
Caregivers trained: wife {{NAME:Marisela}} ✓, son {{NAME:Ernie Jr.}} ✓ (competency passed {{DATE:6/25}}).
Posted on fridge: VAD pager {{PHONE:602-555-0100}}, {{FACILITY:Desert Sun Heart Center}}.
Pt not to drive; wife's car plate {{VEHICLE:CTH9021}} registered for hospital parking.
Visit by {{NAME:Noor Haddad}}, RN, VAD coordinator, and {{NAME:Jimmy Nez}}, biomed.`,
  `VAD ANTICOAGULATION LOG — {{NAME:Smith-Kamara, Adama}}   MRN {{MRN:HH551302}}   (2024)
HeartMate 3. Goal INR 2.0-3.0; ASA 81.
Home INR: CoaguChek XS meter SN {{DEVICE:UP38204419}}; pt calls or posts results in portal.
Date  | INR | warfarin/wk | notes | init
{{DATE:7/1}}  | 1.7 | 35 mg   | missed 2 doses (moving)                          | {{NAME:ck}}
{{DATE:7/8}}  | 2.2 | 37.5    |                                                  | {{NAME:ck}}
{{DATE:7/15}} | 3.6 | 37.5    | Bactrim started by {{FACILITY:QuickMed Fairfax}} for UTI | {{NAME:ck}}
{{DATE:7/17}} | 3.1 | hold x1, then 32.5 | LDH 240 stable                       | {{NAME:jb}}
{{DATE:7/22}} | 2.4 | 35      |                                                  | {{NAME:ck}}
{{DATE:7/29}} | 2.6 | 35      | no melena, no epistaxis                          | {{NAME:ck}}
New address: {{ADDRESS:6604 Little River Tpke, Apt 301}}, {{LOCATION:Annandale}} VA {{ZIP:22003}}.
Pharmacy {{FACILITY:Ravensworth Pharmacy}} {{PHONE:703-555-0147}}.
RPh {{NAME:Cathy Kim}} ({{NAME:ck}}) / {{NAME:Jon Bergstrom}} ({{NAME:jb}})`,
  `HEART FAILURE / VAD — TRANSPLANT CANDIDACY UPDATE   {{DATE:02/10/2025}}
{{NAME:Nakagawa, Ren}}  43M  MRN {{MRN:SW-2290481}}  UNOS {{ID:HRT8841}}
BTT HeartMate 3 since {{DATE:9/9/2023}}. Listed Status 4 since {{DATE:11/2023}}.
cPRA 12%. Blood type A. Wt 78 kg.
Issues: driveline infection {{DATE:8/2024}}, resolved; no pump thrombosis. PVR 2.1 WU on RHC {{DATE:1/28/25}}.
Insurance: BCBS mbr {{HEALTH_PLAN:YRX550194837}}.
Social: lives w/ partner {{NAME:Daisuke}} in {{LOCATION:Bellevue}}, within 2 h of center ✓. Works remotely for {{FACILITY:Evergreen Software}}.
Phones for organ offers: pt {{PHONE:425-555-0169}}, partner {{PHONE:425-555-0170}}; both verified {{DATE:2/10}}.
Pump: 5600 rpm, flow 5.0, PI 3.1, no alarms in log since {{DATE:12/2024}}. LDH 198. INR 2.6.
Dental ✓, colonoscopy ✓ ({{DATE:10/2/24}}), vaccines ✓ (RSV, PCV20). Psych re-eval: stable, no EtOH.
Committee: remain active, Status 4.
{{NAME:Harriet Okwuosa}}, MD / VAD coord {{NAME:Lisa Tran-Nguyen}}, RN`,
  `TO EMS / ED STAFF — LVAD PATIENT INFORMATION
This patient has a left ventricular assist device. He may NOT have a palpable pulse — use Doppler MAP. Do not disconnect both power sources at once.
Name: {{NAME:DeShawn Marcus Reid}}    DOB {{DATE:3/28/1981}}
Address: {{ADDRESS:300 Riverside Dr, Apt 14F}}, {{LOCATION:Yonkers}} NY {{ZIP:10705}}
Device: HeartMate 3, implanted {{DATE:01/09/2024}}; controller SN {{DEVICE:MLP440128}}
Implanting center: {{FACILITY:Hudson Valley Cardiac Institute}}
VAD 24/7 line: {{PHONE:914-555-0188}}    VAD coordinator: {{NAME:Guadalupe Serrano}}, RN
Cardiologist: Dr. {{NAME:Emeka Nwosu}}
Meds: warfarin (INR goal 2-3), aspirin 81, carvedilol, Entresto, spironolactone.
Emergency contact: mother {{NAME:Bernadette Reid}} {{PHONE:914-555-0142}}
Bring ALL equipment and the backup bag to the hospital. Transport to nearest VAD center if possible.
Issued {{DATE:1/20/2024}}; updated {{DATE:11/4/2024}}.`,
  `ENDO — pump/CGM download review
{{NAME:Isabella Conti}}   DOB {{DATE:02/28/2001}}   MRN {{MRN:E-4410926}}   Visit {{DATE:4/16/2025}}
T1DM since age 9. Tandem t:slim X2 w/ Control-IQ+ (SN {{DEVICE:1284407}}), Dexcom G7 (sensor SN {{DEVICE:440228190175}}). t:connect data, 14 d ({{DATE:4/2}} to {{DATE:4/15}}).
TIR 68% | TAR >180 24%, >250 6% | TBR <70 2%, <54 0.3% | GMI 7.1% | CV 36%
Control-IQ active 94%. TDD 42 u (basal 46% / bolus 54%). Autocorrections ~18/day.
Pattern: post-dinner highs ~260 — bolusing after eating 4/7 evenings. Overnight lows after soccer Tues/Thurs; Exercise activity rarely used.
Changes: dinner CR 1:10 → 1:8. Sleep activity 2230-0630 unchanged. Set Exercise activity 1 h before soccer.
Student at {{FACILITY:Greenhill Community College}}; works nights 2x/wk at {{FACILITY:Elm City Diner}}.
Supplies via {{FACILITY:Northeast Diabetic Supply}}; pump warranty ends fall 2025.
POC A1c 7.0.
RTC 3 mo. — {{NAME:Yael Rosenblum}}, MD; CDCES {{NAME:Tamika Fords}}`,
  `CGM REPORT (Dexcom Clarity, clinic account) — 90 d
Patient: {{NAME:BAPTISTE, JEAN-ROBERT}}    DOB {{DATE:11/11/1960}}
Clarity sharing code verified; pt linked to clinic {{DATE:1/22/2025}}.
Devices: Dexcom G6, transmitter ID {{DEVICE:8RK4M2}}; no receiver (app on Android).
Period {{DATE:02/01/2025}} – {{DATE:04/30/2025}}
Avg glucose 178, GMI 7.6%, TIR 54%, TBR 1%, sensor wear 81%.
Patterns: overnight highs 0200-0400 after late snacks; weekend highs.
Meds: Tresiba 34 u, Humalog 6-10 u w/ meals, Jardiance 25, Ozempic 1 mg weekly.
Pt speaks Haitian Creole; daughter {{NAME:Mirlande}} reads reports, her email {{EMAIL:mirlande.baptiste@mailbox.example.com}} on the Clarity share.
PCP Dr. {{NAME:Suleiman Barre}}, {{FACILITY:Little River Community Health}}.
Plan: Tresiba → 36 u; CDCES f/u; consider G7 (Medicare Part B, MBI {{HEALTH_PLAN:5XA1-PD3-KE72}}).
{{NAME:Charlotte Ambroise}}, RN, CDCES    {{DATE:5/2/2025}}`,
  `DIABETES EDUCATION — INSULIN PUMP START (in person, 2 h)
{{DATE:Monday, 9/9/2024}}    Educator {{NAME:Rhiannon Parry}}, RD, CDCES
Pt {{NAME:Tran, Minh-Anh}}, 29F, T1DM dx 2011, MDI (Lantus 22 u, Novolog ICR 1:12, ISF 45).
Device: Insulet Omnipod 5, controller SN {{DEVICE:OP5C-2290471}}; pods lot L51223 (exp 03/2026); paired w/ Dexcom G6 (TX {{DEVICE:8JN2W7}}).
Settings per Dr. {{NAME:Ogundipe}}'s order: target 110, ICR 1:12, CF 45, AIT 3 h; manual-mode basal 0.9 u/h.
Topics: filling pod, site rotation (abd, thighs, back of arm), occlusion alarm, sick-day rules, DKA signs, ketone strips, backup pens (keep Lantus pen at home).
Return demo ✓ x2. First pod L abd 1530.
Aetna mbr {{HEALTH_PLAN:W284471930}}; pods via pharmacy benefit at {{FACILITY:Bellaire Pharmacy}}.
Contacts: pt cell {{PHONE:713-555-0183}}; partner {{NAME:Jordan}} {{PHONE:713-555-0184}}.
F/u call {{DATE:9/10}}, visit {{DATE:9/23}}.   {{NAME:RP}}`,
  `PEDS ENDO — DIABETES MEDICAL MANAGEMENT PLAN (school year 2024-25)
Student: {{NAME:Aaliyah Johnson}}   DOB {{DATE:05/03/2015}}   Grade 4
School: {{FACILITY:Lincoln Elementary}}, {{LOCATION:Lawrence}} KS; nurse Mrs. {{NAME:Pat Hendricks}}, {{PHONE:785-555-0121}}, fax {{FAX:785-555-0122}}
Device: Omnipod 5 (controller SN {{DEVICE:OP5-P-883012}}) + Dexcom G7. Parent follows via Dexcom Follow.
Target 110 (automated mode). Snacks: ICR 1:20; lunch 1:15.
Low <70: 15 g fast carb, recheck 15 min. <54 or can't swallow → Baqsimi 3 mg nasal, call 911 + parent.
High >300 x2 or ketones ≥0.6: call parent, no PE.
Field trip to {{LOCATION:Topeka}} {{DATE:10/18}}: trained adult Mr. {{NAME:Ortega}} (teacher) carries kit.
Parents: mom {{NAME:Kiara Johnson}} {{PHONE:785-555-0190}}, dad {{NAME:Andre}} {{PHONE:785-555-0191}}.
Signed Dr. {{NAME:Helen Zhou}}, {{FACILITY:Kaw Valley Pediatric Endocrinology}}, {{DATE:8/12/2024}}. NPI {{LICENSE:1902837465}}.`,
  `PCP visit — diabetes f/u, CGM review
{{NAME:Agnes Whitebird}}, {{AGE:90}} y/o    {{DATE:11/19/2024}}
Lives alone, {{ADDRESS:Rural Route 2 Box 118}}, {{LOCATION:Fort Yates}} ND {{ZIP:58538}}. Granddaughter {{NAME:Shayla}} checks daily.
FreeStyle Libre 3 since {{DATE:8/2024}} (reader SN {{DEVICE:LR3-0093381}}); uploads to LibreView when {{NAME:Shayla}} brings reader to town.
14 d: avg 164, TIR 71%, TBR 4% (lows 0300-0500 after evening glipizide).
A1c 7.2. eGFR 41.
Plan: STOP glipizide 5 mg qPM (hypoglycemia, age > 80, CKD). Continue Lantus 10 u qAM, metformin 500 bid. Goal A1c < 8.
Called {{FACILITY:Prairie Knights Pharmacy}} {{PHONE:701-555-0148}} to d/c glipizide.
No falls; walker. Cataract OD — eye exam {{DATE:12/3}} in {{LOCATION:Bismarck}}.
Transport: tribal transit van. Sister {{NAME:Bernice}} ({{PHONE:701-555-0120}}) backup contact.
Sensor adhesion ok w/ Skin Tac; one fell off at bingo hall, replaced from spare.
RTC 3 mo, sooner if lows.
Dr. {{NAME:Joseph Running Horse}}`,
  `TELEPHONE ENCOUNTER — pump error
{{DATE:7/21/2024 2140}}, weekend on-call
Pt {{NAME:Kevin O'Brien-Mensah}} called endo on-call ({{PHONE:617-555-0163}}): MiniMed 780G "Critical pump error", SN {{DEVICE:NG2288019H}}.
Advised: disconnect, start backup MDI — Tresiba 24 u now (80% of basal TDD 30), Humalog by ISF 1:40 q3h prn, check BG/ketones q2-3h. BG 246, ketones 0.4.
Pt called Medtronic 24-h line, case {{ID:MDT-00882715}}; replacement pump overnighted to {{ADDRESS:24 Linden St, #3}}, {{LOCATION:Somerville}} MA {{ZIP:02143}}, ETA {{DATE:7/23}}.
Guardian 4 sensor (transmitter SN {{DEVICE:GT4C10482K}}) to pair with new pump.
Works at {{FACILITY:Kendall Square Biolabs}} — will stay home tomorrow. Roommate {{NAME:Dev}} aware, has glucagon.
ED if ketones ≥1.5 or vomiting.
{{DATE:7/22}} 0900 f/u: BG 150s overnight, ketones neg.
— {{NAME:A. Kaminski}}, MD (on call)`,
  `IT / DIABETES CLINIC — CGM data integration ticket
Ticket {{ID:INC0457719}} opened {{DATE:03/03/2025 09:14}} by {{NAME:Kofi Mensah}} (clinic analyst)
Issue: pt {{NAME:Gonzalez, Maria Fernanda}} (MRN {{MRN:7720194}}) Dexcom data not populating flowsheet since {{DATE:2/24}}.
Checks: Clarity clinic link active; receiver SN {{DEVICE:PG71120488}} uploading to Clarity OK.
Callback to {{URL:https://cgm-gw.mountainviewhealth.org/api/v2/dexcom/callback}} returning 403 for vendor IP {{IP:198.51.100.140}}; allow-list still had old IP {{IP:198.51.100.12}}. Firewall change {{ID:CHG0091823}}.
Pt-side: last app upload {{DATE:3/2}} 2311 from {{IP:203.0.113.201}} (mobile).
Resolved {{DATE:3/4/2025 16:40}}: backfill OK for {{DATE:2/24-3/4}}.
Notified Dr. {{NAME:Aarav Shah}} + CDCES {{NAME:Pauline}}; pt emailed at {{EMAIL:mafer.gonzalez22@mailbox.example.com}}.`,
  `H&P — MICU ADMIT   {{DATE:01/27/2025}}
{{NAME:Obinna Eze}}, 24M, T1DM on t:slim X2 (SN {{DEVICE:1310587}}), in DKA: pH 7.08, HCO3 6, AG 29, BHB 7.1, glucose 512, K 5.9.
HPI: per roommate {{NAME:Caleb}}, infusion set kinked/dislodged evening of {{DATE:1/26}}; pt drinking at a party, ignored CGM alerts. Found confused 0600; EMS from {{ADDRESS:1400 W Lafayette Blvd, Apt 6}}, {{LOCATION:Detroit}} to {{FACILITY:Corktown General}} ED.
2nd DKA in 6 mo ({{DATE:8/2024}} at {{FACILITY:Dearborn Heights Medical}}).
Plan: insulin gtt per DKA protocol; pump removed and sent home w/ roommate; endo consult; CDCES for pump troubleshooting; SW for EtOH.
Mom {{NAME:Ngozi Eze}} (lives in {{LOCATION:Houston}}) updated by phone {{PHONE:832-555-0145}}.
Student health plan via {{FACILITY:Great Lakes Polytechnic}}, mbr {{HEALTH_PLAN:GLP00392174}}.
{{NAME:Sophie Lindgren}}, MD (MICU resident) / Dr. {{NAME:Adeyinka}}`,
  `MFM / DIABETES IN PREGNANCY — CGM review
{{NAME:Fatima Zahra Benali}}   G2P1 at 29w3d   EDD {{DATE:8/14/2025}}   MRN {{MRN:OB-5520178}}
Visit {{DATE:5/28/2025}}, {{FACILITY:Westside Maternal-Fetal Medicine}}
GDM A2, dx 26w (1-h GCT 168; 3-h OGTT 2 abnl). Libre 2 Plus since {{DATE:5/14}}, sensor SN {{DEVICE:0M00A3K9VT}}.
14 d: fasting 92-104, 1-h PP 128-160 (dinner highest). TIR 63-140: 78%.
Start NPH 10 u qHS today; ↑ 2 u q3d if FBG > 95.
US {{DATE:5/27}}: EFW 62%ile, AFI 16.
Husband {{NAME:Youssef}} present; pt prefers French/Arabic, interpreter {{NAME:Leïla}} in person.
Delivery plan {{FACILITY:St. Brigid's Women's Hospital}}, IOL 39w if A2 well controlled.
Pediatrician chosen: Dr. {{NAME:Ama Kyei}}. NST twice weekly from 32w.
Pt asks about breastfeeding on NPH — ok; insulin stops after delivery, 2-h 75 g OGTT at 4-12 wk pp.
Nurse line for glucose logs {{PHONE:503-555-0131}}; pt uploads LibreLink daily.
{{NAME:Nadia Haddad}}, MD (MFM)`,
  `CDCES NOTE — professional CGM (blinded) placement
{{DATE:10/1/2024}}   {{FACILITY:Clínica del Valle}}, {{LOCATION:Salinas}}
Pt {{NAME:Jesús Ramírez Ochoa}}, 61M, T2DM, A1c 10.4; metformin 1000 bid, glipizide 10 bid.
Placed Dexcom G6 Pro (blinded) L posterior arm 0910; sensor lot 5232109; TX SN {{DEVICE:8PB3LQ}}.
Instructed: food log by photo via WhatsApp to clinic line {{PHONE:831-555-0152}}; no need to scan. Return {{DATE:10/11}} for removal/upload.
Works in lettuce fields for {{FACILITY:Salinas Valley Growers}}, shifts 0500-1500, skips lunch but takes glipizide → hypoglycemia risk reviewed, glucose tabs given.
Wife {{NAME:Esperanza}} cooks; Spanish class {{DATE:10/15}} 1800 w/ promotora {{NAME:Lucha}}.
Medi-Cal {{HEALTH_PLAN:93018274B}}.
Pharmacy: {{FACILITY:Farmacia Central}}, {{ADDRESS:410 E Alisal St}}.
Plan after download: likely stop glipizide, start basal (Basaglar 10 u) — d/w Dr. {{NAME:Nakashima}} {{DATE:10/11}}.
Pt has no email; reminders by text in Spanish.
{{NAME:Veronica Salgado}}, RN, CDCES`,
  `HOME SLEEP APNEA TEST — INTERPRETATION
Patient: {{NAME:Eriksen, Lars P}}    DOB {{DATE:07/07/1966}}    MRN {{MRN:SL-330918}}
Study night {{DATE:08/21/2024}}; WatchPAT ONE (disposable), SN {{DEVICE:WP1-5573809}}, data uploaded via app.
Ordering: Dr. {{NAME:Temitope Ajayi}}.  Sleep facility: {{FACILITY:Lakes Region Sleep Center}}
Recording 7 h 41 m; valid sleep 6 h 52 m.
pAHI (3%) 38.4/h; pRDI 41.2; ODI 4% 29.7. Supine pAHI 61, non-supine 18. Central AHI 1.1. Nadir SpO2 78%, T<88% 34 min. Snoring >45 dB 22% of night.
Epworth 14; STOP-BANG 6; Mallampati IV; BMI 36.
IMPRESSION: severe obstructive sleep apnea.
REC: APAP 5-15 cm H2O w/ heated humidity, mask fitting. DME {{FACILITY:Granite State Medical Supply}}, fax {{FAX:603-555-0131}}. Compliance review 31-90 d (Medicare rule).
Drowsy driving counseled — pt drives a delivery truck for {{FACILITY:Lakes Region Propane}}, CDL {{LICENSE:NHD4471902}}; no commercial driving until treated per employer policy.
Interpreting physician {{NAME:Marguerite Dubois}}, MD, D-ABSM    {{DATE:8/26/24}}`,
  `CPAP COMPLIANCE DOWNLOAD (AirView)
Pt {{NAME:Pryor, Marcus}}    DOB {{DATE:3/9/1979}}    MRN {{MRN:0772915}}
ResMed AirSense 11 AutoSet, SN {{DEVICE:23221094471}}, modem active. Mask AirFit F20 M.
Range {{DATE:06/01/2025}} – {{DATE:06/30/2025}} (30 d)
Days used 27/30 (90%); ≥4 h 24/30 (80%) ✓ meets CMS.
Avg use 6 h 12 m. Median pressure 9.8, 95th 12.4, max 13.1 cm H2O. Leak 95th 28 L/min. Residual AHI 2.4.
Setup {{DATE:4/28/2025}} by {{FACILITY:Metro Respiratory Care}}, RT {{NAME:Juanita Olvera}}.
Dry mouth → humidity 4 → 5, ClimateLine on. Missed 3 nights at his mother's in {{LOCATION:Macon}} (forgot power cord).
Medicare MBI {{HEALTH_PLAN:3RQ8-HT6-YC21}}; compliance letter faxed to DME {{FAX:404-555-0157}} on {{DATE:7/2/25}} for continued coverage.
Employer {{FACILITY:Hartsfield Cargo Services}} (forklift, day shift) — ESS 15 → 7.
Next visit {{DATE:9/2025}}.    —{{NAME:LMT}}`,
  `DME CALL LOG — Philips DreamStation recall remediation
{{DATE:10/10/2023}}
Pt {{NAME:Kaur, Harpreet}}    DOB {{DATE:12/01/1957}}    acct {{ACCOUNT:RCS-2091774}} ({{FACILITY:Rocky Mountain CPAP Supply}})
Original: DreamStation Auto CPAP DSX500T11, SN {{DEVICE:J2910588233D}}; registered on recall site {{DATE:7/2021}}, confirmation # {{ID:PR-20210722-5591}}.
Remediated: DreamStation 2 Auto, SN {{DEVICE:K3C2107744B5}}, received {{DATE:9/28/23}}; old unit returned w/ prepaid label.
Settings transferred: APAP 6-14, Flex 2. Compliance last 30 d 87%.
Pt asks if foam caused her cough (2 yr). Advised to discuss w/ Dr. {{NAME:Gill}}; gave FDA MedWatch info.
Son {{NAME:Gurpreet}} manages device, {{PHONE:720-555-0111}}, {{EMAIL:gsingh.family@mailbox.example.com}}.
Supplies ship to {{ADDRESS:15200 E Iliff Ave, Unit 42}}, {{LOCATION:Aurora}} CO {{ZIP:80014}}.
Rep {{NAME:Tori}} / supervisor {{NAME:Dwight Ellsworth}}`,
  `SLEEP MEDICINE FOLLOW-UP — DOT / commercial driver
{{NAME:Rudy Kaczmarek}}, 58M, CMV driver, IL CDL {{LICENSE:K263-4410-5897}}, dispatched by {{FACILITY:Midway Freight Lines}}.
Visit {{DATE:12/05/2024}}. OSA, AHI 52 on PSG {{DATE:9/30/24}} at {{FACILITY:Joliet Sleep Disorders Center}}.
PAP: AirSense 10 (home) SN {{DEVICE:22181557302}} + AirMini (truck) SN {{DEVICE:AM30219844}}. Combined 90-d use 86% of nights ≥4 h.
ESS 14 → 5. No drowsy events per pt; wife {{NAME:Donna}} confirms snoring gone.
DOT medical examiner Dr. {{NAME:Patel}} (NRCME # {{LICENSE:4421938776}}) requested compliance letter for 1-yr card; faxed {{FAX:815-555-0196}}.
Company sleep program also wants tractor on file: VIN {{VEHICLE:1XKYD49X5NJ447210}} (AirMini inverter installed in sleeper).
Plan: continue, annual f/u. Mask refit at {{FACILITY:Will County Home Medical}}.
{{NAME:Priscilla Anand}}, DO`,
  `RT SETUP NOTE — home CPAP
{{FACILITY:Blue Ridge Home Medical}} | setup {{DATE:3/14/2025 1300}} at pt home
Pt {{NAME:Leland Brightwater}}, {{ADDRESS:88 Crooked Creek Rd}}, {{LOCATION:Boone}} NC {{ZIP:28607}}
Order: Dr. {{NAME:Aisha Rahman}} (NPI {{LICENSE:1467281930}}): APAP 5-15, humidity, full face mask.
Equipment: ResMed AirSense 11 AutoSet SN {{DEVICE:23231188409}}, humidifier; AirFit F30 M (lot 24A0918); ClimateLineAir tube.
Mask leak 12 L/min supine. Pt claustrophobic at first — desensitization practice, AutoRamp 20 min.
myAir app: email {{EMAIL:lbrightwater@mailbox.example.com}} registered; supplier acct {{ACCOUNT:BRH-442019}}.
Wife {{NAME:Opal}} present. Dog sleeps in bed — educated re tubing chewing lol.
Cleaning + replacement schedule reviewed.
Compliance call {{DATE:3/21}}, 30-d download {{DATE:4/14}}.
RT {{NAME:Corey Blankenship}}, RRT, NC license # {{LICENSE:RCP-7720}}`,
  `ENT — Inspire HGNS activation
{{NAME:Okafor, Emmanuel}}   47M   MRN {{MRN:ENT-0881265}}   {{DATE:6/18/2024}}
Implanted {{DATE:5/16/2024}} by Dr. {{NAME:Larsen}}: Inspire IV IPG model 3028, SN {{DEVICE:IPG4402891}}; stim lead 4063, SN {{DEVICE:SL1128830}}.
CPAP-intolerant (3 masks). DISE: AP collapse, no CCC. Pre AHI 34, BMI 29.
Activation: sensation thr 0.9 V, functional 1.4 V; bilateral protrusion. Electrode config + − +.
Patient remote SN {{DEVICE:RMT229104}} issued; start 1.4 V, titrate 0.1 V/wk via Inspire app (acct {{ACCOUNT:INS-7729011}}).
Titration PSG {{DATE:8/2024}} at {{FACILITY:Riverbend Sleep Lab}}.
Pastor at {{FACILITY:Greater Mount Zion Baptist Church}}, {{LOCATION:Tulsa}}; ok to preach; MRI only per conditional labeling.
Pre-op face photo in chart ({{PHOTO:ENT_OKAFOR_E_front.jpg}}) for tongue-motion comparison consent.
Wife {{NAME:Adaeze}} present; reports snoring much quieter at 1.4 V.
Post-op check: incisions (neck, chest) healed; mild tongue soreness expected first weeks.
Dr. {{NAME:Mette Larsen}}`,
  `sleep lab front desk — HST kit tracking
{{DATE:2/4}} kit #12 (NightOne) issued to {{NAME:Guo, Lian}} (MRN {{MRN:3317702}}), due back {{DATE:2/6}}
{{DATE:2/7}} not returned. called pt {{PHONE:626-555-0197}}: thinks she dropped it at front desk? no record.
{{DATE:2/8}} pt found kit in her car. returning {{DATE:2/9}} am.
{{DATE:2/9}} returned, SN {{DEVICE:N1-330287}} — only night 1 recorded (battery died night 2).
scored by {{NAME:Y. Ibrahim}}, RPSGT → Dr. {{NAME:Wojcik}}: REI 11.2 (mild), nadir 86%.
BCBS auth {{ID:AUTH-8830221}} covers 1 study only → appeal drafted if repeat needed.
pt asked results be emailed to {{EMAIL:lian.guo@mailbox.example.com}} — sent via portal instead per policy.
kit #12 cleaned (Cavi wipes) and back on shelf.
{{DATE:2/12}} pt seen by Dr. {{NAME:Wojcik}}: mild OSA, positional (supine REI 19). trial of positional therapy + oral appliance referral to Dr. {{NAME:Farouk}} (dental sleep).
-{{NAME:kd}}`,
  `SLEEP CONSULT — central sleep apnea
Pt {{NAME:Patrick Nwachukwu}}   64M   {{DATE:11/12/2024}}   Ref: HF clinic, Dr. {{NAME:Olamide Bello}}
HFrEF, EF 30%, CRT-D (Boston Sci, SN {{DEVICE:602918}}), persistent AF.
PSG {{DATE:10/28/24}} at {{FACILITY:Prairie View Sleep Institute}}: AHI 46, CAI 31, Cheyne-Stokes respiration 58% of TST.
ASV contraindicated (SERVE-HF, EF ≤45%) — not prescribing.
Options: optimize GDMT, nocturnal O2 2 L, consider transvenous phrenic nerve stimulation.
CRT-D HeartLogic index rising since {{DATE:11/1}} — HF team aware.
Retired chemistry teacher ({{FACILITY:Central High School}}, {{LOCATION:Omaha}}).
Daughter {{NAME:Chiamaka}} {{PHONE:402-555-0138}}.
Meds: Entresto 97/103 bid, carvedilol 25 bid, spironolactone, empagliflozin, apixaban. BMI 27, ESS 8.
Plan: nocturnal O2 via {{FACILITY:Heartland Oxygen}}; overnight oximetry in 2 wk; phrenic stim eval w/ Dr. {{NAME:Voss}}.
{{NAME:Ines Carvalho}}, MD`,
  `RPM ALERT — Hypertension program
Alert ID {{ID:RPM-A-5530921}}   generated {{DATE:2025-03-11 06:42}}
Patient {{NAME:Loretta Simms-Baptiste}}   MRN {{MRN:0992187}}   Program acct {{ACCOUNT:HTN-RPM-44810}}
Device: cellular BP cuff BodyTrace BT105, IMEI {{DEVICE:357129093374412}}
Reading 192/108, HR 88 (threshold >180/110). Repeat 0650: 186/104.
Portal: {{URL:https://rpm.sunbeltcare.net/patients/44810/alerts/5530921}}; reading posted from gateway {{IP:198.51.100.203}}.
Reviewed 0715 by {{NAME:Marisa Chen}}, RN. Called pt {{PHONE:205-555-0174}}: mild headache, no CP/SOB/vision change. Missed amlodipine 2 d — ran out, refill at {{FACILITY:Ensley Drug}} delayed.
Refill sent; recheck 1100 and 1600. Dr. {{NAME:Thaddeus Greer}} notified via secure chat.
1612: 148/88 ✓. Alert closed. Time logged 22 min (99457).
Pt averages 27 readings/mo (needs ≥16 for 99454). 30-d avg 151/91 → Dr. {{NAME:Greer}} adding chlorthalidone 12.5 at visit {{DATE:3/18}}.`,
  `HF RPM — daily weight alert
{{DATE:Fri 9/6/2024}}
{{NAME:Rosario Guzmán}} ("{{NAME:Chayo}}")   MRN {{MRN:HF-228197}}
Cellular scale SN {{DEVICE:WS50C-88137A}}; hub IMEI {{DEVICE:860912044718330}}
Wt 71.8 kg today vs 69.4 on {{DATE:9/3}} (+2.4 kg/3 d) → RED alert.
Portal {{URL:https://hf.cardiocarelink.org/ptview?acct=55021}}; data from gateway {{IP:192.0.2.44}}.
0910 called pt (Spanish) {{PHONE:559-555-0127}}: ankle swelling, 2-pillow orthopnea; ate menudo at a quinceañera Sat.
Per protocol torsemide 40 → 60 mg x3 d; BMP {{DATE:9/9}}.
Dr. {{NAME:Amir Tehrani}} agrees. Daughter {{NAME:Yesenia}} will drive her to {{FACILITY:Fresno Heart & Vascular}} Mon.
Meds: Entresto 24/26 bid, metoprolol succ 50, spironolactone 25, Farxiga 10. Last EF 28% ({{DATE:6/2024}}).
Reminded 2 g Na, 1.5 L fluid; weigh after voiding, before breakfast.
{{DATE:9/9}} f/u: wt 69.9, K 4.4, Cr 1.3 → back to torsemide 40.
HF nurse {{NAME:Charlotte Nakamura}}, RN`,
  `PRIVACY OFFICE — portal access review (complaint)
Case {{ID:PRV-2024-0317}}   opened {{DATE:04/02/2024}}   investigator {{NAME:Ruth Ekwueme}}
Complainant: {{NAME:Darnell Whitaker}} (MRN {{MRN:5540281}}) — says ex-partner got into his portal/RPM account and viewed his ICD transmissions.
Login audit:
{{DATE:03/28/2024 22:14}}  success   {{IP:203.0.113.91}}   Chrome/Android
{{DATE:03/28/2024 22:31}}  viewed "Device Remote Transmissions"
{{DATE:03/29/2024 07:02}}  success   {{IP:198.51.100.66}}   Safari/iOS (pt's usual)
{{DATE:03/30/2024 23:48}}  failed x3 {{IP:203.0.113.91}}
Pt confirms {{IP:203.0.113.91}} is not his.
Actions: password reset, MFA on, proxy access for {{NAME:Keyonna Price}} revoked {{DATE:4/2}}; new email {{EMAIL:d.whitaker.77@mailbox.example.com}}. Phone verification now by voiceprint, enrollment ID {{BIOMETRIC:VP-2209187}}. Identity checked against SSN {{SSN:512-44-0936}} and portal profile (face) photo {{PHOTO:pt_5540281_profile.jpg}}.
Device clinic (Dr. {{NAME:Ferreira}}) notified.`,
  `REMOTE PATIENT MONITORING — ENROLLMENT / KIT SHIPMENT
Enrolled {{DATE:1/15/2025}} by {{NAME:Pooja Venkatesh}}, MA, {{FACILITY:Clearwater Family Practice}}
Pt {{NAME:Herbert Lindqvist}}, {{AGE:93}}, CHF/COPD/DM2. SSN {{SSN:266-38-1147}} (vendor enrollment form).
Ship to {{ADDRESS:2440 Sunset Point Rd, Lot 77}}, {{LOCATION:Clearwater}} FL {{ZIP:33765}}
Kit: BP cuff SN {{DEVICE:BPC-4410927}}; pulse ox SN {{DEVICE:OX-22819}}; scale SN {{DEVICE:SC-7719402}}; 4G hub IMEI {{DEVICE:352099108447261}}
UPS tracking {{ID:1Z9F44A10391827765}}
Portal acct {{ACCOUNT:CFP-RPM-00918}}; caregiver login for son {{NAME:Nils}} ({{EMAIL:nils.lindqvist@mailbox.example.com}}). Tablet unlock by fingerprint, template {{BIOMETRIC:FP-T-0093361}}.
Medicare Part B, MBI {{HEALTH_PLAN:6TJ2-MR8-XP45}}; cost-share explained.
Thresholds: SBP >170 or <95, SpO2 <88, wt +1.5 kg/24 h or +2.5 kg/wk.
Pt hard of hearing — call son first, {{PHONE:727-555-0159}}.`,
  `rpm alert q — copd pulse ox
{{DATE:12/30}} 0755 spo2 84% (threshold 88), hr 112 — {{NAME:wanda tso}}, MRN {{MRN:NAIHS-0021937}}
hub cellular, last sync 0753, src ip {{IP:192.0.2.18}}
called home {{PHONE:505-555-0133}} no answer. called dtr {{NAME:Marlena}} {{PHONE:505-555-0134}} — at work ({{FACILITY:Rehoboth Trading Co}}), going over.
0820 spoke to pt: on 2 L home O2 (concentrator SN {{DEVICE:IC5-887102}}) but tubing came off in the night; reconnected → 92%. no fever, cough baseline.
vendor {{FACILITY:Red Rock Respiratory}} to check unit, ticket {{ID:RRR-30928}}.
portal: {{URL:https://monitor.nmruralhealth.org/alerts?id=88120}}
reviewed by {{NAME:bn}}; fwd to Dr {{NAME:Benally}}
meds: Trelegy 1 puff daily, albuterol prn, pred burst ended {{DATE:12/20}}. last admit {{DATE:11/2024}} for AECOPD.
grandson {{NAME:Kyle}} put tape on tubing connector, taught to check at bedtime.
{{DATE:12/31}} 0800 spo2 91-93% overnight. closing.`,
  `PATIENT PORTAL MESSAGE
From: {{NAME:Nadia Petrosyan}} <{{EMAIL:nadia.petrosyan@mailbox.example.com}}>
Sent: {{DATE:Sun 2/16/2025 9:47 PM}}
To: Device Clinic pool
Subject: my ICD buzzed??
Hi, tonight around 8:30 my defibrillator made a vibrating buzz twice while I was sitting. No shock. Is this bad? The bedside box (serial on bottom {{DEVICE:SCB9221740}}) shows solid green. I'm at my sister {{NAME:Anahit}}'s in {{LOCATION:Glendale}} until Tuesday, her number is {{PHONE:818-555-0161}}.
{{NAME:Nadia}} (DOB {{DATE:5/30/1972}})

Reply {{DATE:2/17/2025 08:12}} — {{NAME:Farah Qureshi}}, RN:
Hi {{NAME:Nadia}}, a vibration alert on your Medtronic ICD means it found something we should check (often a lead or the battery). We got an automatic transmission at 20:31 showing an RV lead impedance alert. Dr. {{NAME:Morales}} wants to see you today — please call {{PHONE:818-555-0102}} to confirm a time.`,
  `{{FACILITY:Coastal Carolina Cardiology}} — Device Clinic
{{DATE:September 4, 2024}}

{{NAME:Clarence Beauchamp}}
{{ADDRESS:611 Live Oak Dr}}
{{LOCATION:Wilmington}}, NC {{ZIP:28403}}

RE: Important safety notice about your pacemaker
Dear Mr. {{NAME:Beauchamp}},
The maker of your pacemaker has issued a field safety notice (reference FSN-2024-117; FDA recall Z-2231-2024) for a small number of devices that may lose battery power faster than expected. Our records show your device — Assurity MRI PM2272, serial number {{DEVICE:8011492}} — is in the affected group.
No surgery is needed now. We have changed your remote checks to every month and turned on a low-battery alert. Please keep your Merlin@home monitor plugged in.
Your next clinic visit is on {{DATE:Tuesday, September 24, 2024}} with {{NAME:Wanda Lisowski}}, NP (please check in by 10:15 AM).
If you feel dizzy, faint or very tired, call us at {{PHONE:910-555-0144}}.
Sincerely,
Dr. {{NAME:Jerome Ashby}}, Electrophysiology
Patient ID {{MRN:CCC-118203}}`,
  `URGENT MEDICAL DEVICE CORRECTION
{{DATE:March 18, 2025}}

{{NAME:Sunita Krishnamurthy}}
{{ADDRESS:7 Hawthorne Ln}}
{{LOCATION:Princeton Junction}}, NJ {{ZIP:08550}}
Customer account: {{ACCOUNT:0048129977}}      Pump serial number: {{DEVICE:1196604}}

Dear {{NAME:Sunita}},
We are writing about a software issue in version 7.x of the pump's mobile app on iOS. In rare cases the app may crash and restart repeatedly, which drains the pump battery faster.
What to do: update the app to 7.6.1 or later; check your pump battery every day; always carry backup insulin and supplies.
This notice (ref. Z-1447-2025) does not require a pump replacement.
Please confirm receipt by returning the enclosed form or at {{URL:https://confirm.pumpnotice.example.com/r/0048129977}}.
Questions: Customer Technical Support, {{PHONE:877-555-0115}}, 24 hours.
Your clinic ({{FACILITY:Mercer Endocrine Associates}}, Dr. {{NAME:L. Fontaine}}) has also been told.`,
  `VAD PROGRAM — FIELD ACTION TRACKING
Advisory: system controller communication fault (mfr ref. FA-0623, class II). Affected controllers by SN per vendor list.
Patient {{NAME:Gustavo Pereira da Silva}}   MRN {{MRN:SLH0044827}}
Primary controller SN {{DEVICE:MLP402288}} — AFFECTED; backup SN {{DEVICE:MLP402291}} — AFFECTED.
Controller exchange in clinic {{DATE:7/10/2025 0900}}, supervised by {{NAME:Jonah Whitley}}, RN, and field clinical engineer {{NAME:Reza Farahani}}.
Pt notified by phone {{DATE:6/30/25}} ({{PHONE:305-555-0186}}) and by letter to {{ADDRESS:19 NW 87th St}}, {{LOCATION:Miami Shores}} FL {{ZIP:33150}}. Wife {{NAME:Ana Paula}} (Portuguese) — interpreter used.
Old controllers returned under RMA {{ID:RMA-77019322}}; new primary SN {{DEVICE:MLP455102}}, backup SN {{DEVICE:MLP455117}}.
Post-exchange: 5500 rpm, flow 4.9, no alarms. Pt and wife demonstrated controller swap ✓.
{{NAME:J. Whitley}}`,
  `DEVICE ADVISORY TRACKER — {{FACILITY:Sandhills Heart Center}} (as of {{DATE:02/01/2025}})
Advisory: premature battery depletion, subset of ICDs built 2018-2019.
Pt | SN | Last remote | Battery | Plan
{{NAME:Oduya, Grace}}          | {{DEVICE:PZT401188S}} | {{DATE:1/28/25}} | 6.1 y       | monthly remote
{{NAME:McCarthy, Liam}}        | {{DEVICE:PZT401902S}} | {{DATE:1/30/25}} | 2.0 y ↓     | gen change {{DATE:2/18}}
{{NAME:Chavez-Ortiz, Rebeca}}  | {{DEVICE:PZT402215S}} | {{DATE:12/2/24}} | 5.8 y       | NO REMOTE 60 d — call
{{NAME:Haddad, Sami}}          | {{DEVICE:PZT400877S}} | {{DATE:1/31/25}} | 4.4 y       | monthly
{{NAME:Lowry, Ebenezer}}       | {{DEVICE:PZT403340S}} | —                | —           | deceased {{DATE:12/19/24}}, close
{{NAME:Tanaka, Yumiko}}        | {{DEVICE:PZT401044S}} | {{DATE:1/29/25}} | 7.0 y       | monthly
Notes: {{NAME:Chavez-Ortiz}} phone disconnected; letter sent to {{ADDRESS:2203 Fayetteville St}}, {{LOCATION:Sanford}} NC. {{NAME:McCarthy}} wants gen change at {{FACILITY:Longleaf Cardiac Surgery Center}}.
Tracker kept by {{NAME:Lorraine Bynum}}, RN.`,
  `phone call — CGM receiver correction (speaker)
{{DATE:5/6/24 1100}}  pt {{NAME:Mariam Yusuf}} called re: letter about Dexcom G6 receivers not sounding alarms.
receiver SN {{DEVICE:PG60318822}} — checked on vendor lookup: affected.
pt uses receiver at night b/c phone is off; hx severe hypo w/ seizure {{DATE:1/2023}}.
advised: phone app w/ alerts ON until replacement arrives; speaker test daily.
replacement ordered, complaint # {{ID:DXC-9910372}}, ship to {{ADDRESS:5540 N Kenmore Ave, Apt 2W}}, {{LOCATION:Chicago}} {{ZIP:60640}}.
husband {{NAME:Abdirahman}} will also Follow on his phone ({{PHONE:773-555-0121}}).
meds: Tresiba 18 u, Fiasp per ICR 1:10. glucagon (Gvoke) at home, husband trained.
last A1c 6.4 — tight control, lows mostly 0200-0400, CGM urgent-low-soon alert set.
Dr. {{NAME:Sharma-Lewis}} informed, wants basal ↓ to 16 u; pt agrees.
{{DATE:5/10/24}}: replacement received, tested speaker ✓, old receiver returned.
— {{NAME:Tiffany Oyelowo}}, LPN`,
  `DETAILED WRITTEN ORDER — PAP SUPPLIES
Beneficiary: {{NAME:Gertrude Aho}}    DOB {{DATE:08/15/1945}}    MBI {{HEALTH_PLAN:1PQ4-KN7-WD29}}
Address: {{ADDRESS:412 Elm St N}}, {{LOCATION:Virginia}}, MN {{ZIP:55792}}    Phone {{PHONE:218-555-0163}}
Order date {{DATE:01/06/2025}}.   Length of need: 99 (lifetime).   Dx G47.33 OSA
E0601 CPAP — pt-owned ResMed AirSense 10, SN {{DEVICE:22170344518}} (no new device)
A7030 full face mask ............ 1 per 3 mo
A7031 FFM cushion ............... 1 per mo
A7037 tubing / A4604 heated tube  1 per 3 mo
A7038 disposable filters ........ 2 per mo
A7039 non-disposable filter ..... 1 per 6 mo
A7046 humidifier chamber ........ 1 per 6 mo
Supplier: {{FACILITY:Iron Range Medical Equipment}}, {{PHONE:218-555-0140}}, fax {{FAX:218-555-0141}}
Prescriber: {{NAME:Anders Nyberg}}, MD, NPI {{LICENSE:1285730041}}; signature on file {{DATE:1/6/25}}
Face-to-face {{DATE:12/17/2024}} at {{FACILITY:Mesabi Range Clinic}}: using nightly, 94% ≥4 h, ESS 6, benefit documented.
Daughter {{NAME:Karin Aho-Lindstrom}} picks up supplies (pt no longer drives in winter).`,
  `CALL LOG — CGM supplies
{{DATE:8/12/24 0915}} called {{FACILITY:Apex Diabetic Supply}} ({{PHONE:888-555-0192}}) re pt {{NAME:Thompson, Kayla}}, DOB {{DATE:3/3/1998}}. rep {{NAME:Brianna}}: G7 sensors on hold — plan changed {{DATE:7/1}} to Molina Marketplace, mbr {{HEALTH_PLAN:MMP7720918431}}, new PA needed.
0930 PA submitted (CoverMyMeds key {{ID:BXT7L4KQ}}): E10.65, MDI 4+ inj/day, TBR 6%.
{{DATE:8/13/24 1400}} PA approved, ref {{ID:PA-2408-55129}}, valid to {{DATE:8/12/25}}.
1415 vendor notified, order {{ID:ADS-SO-339102}}: 9 sensors (90 d).
1420 texted pt {{PHONE:602-555-0125}}: approved, ships tomorrow.
{{DATE:8/16/24}} pt portal msg: box received; 1 sensor "Sensor failed" on day 2 — SN {{DEVICE:550112874402}} reported to Dexcom, replacement case {{ID:DXC-1120773}}.
{{DATE:8/20/24}} replacement arrived per pt. Reminded her: overpatch for swimming (lifeguard at {{FACILITY:Mesa Aquatic Center}} this summer).
— {{NAME:Estela Dominguez}}, MA ({{NAME:ed}})`,
  `DME ORDER / PT EVAL — dialysis pt
Pt {{NAME:Booker T. Hollins}}    DOB {{DATE:1/19/1946}}    MRN {{MRN:LKC-0051022}}    SSN {{SSN:288-41-7730}}
HD at {{FACILITY:Lakeshore Kidney Center}} MWF; bilat BKA (2021, 2023); ESRD, DM2.
Items:
 - K0003 lightweight wheelchair 18" w/ elevating leg rests, anti-tippers
 - E0630 Hoyer lift w/ full-body sling (wife {{NAME:Cordelia}} cannot do slide-board transfers alone)
 - E0255 semi-electric hospital bed + trapeze
Home {{ADDRESS:1847 E 105th St}}, {{LOCATION:Cleveland}} OH {{ZIP:44106}}: 3 steps, ramp built by {{FACILITY:Hough Neighborhood Builders}} {{DATE:5/2}}.
Supplier {{FACILITY:Buckeye Home Medical}}, rep {{NAME:Darius Fennell}}, {{PHONE:216-555-0178}}. Delivery ID check: pt face photo saved as {{PHOTO:HOLLINS_B_face.png}}.
Insurance: Medicare + Ohio Medicaid {{HEALTH_PLAN:102938475612}}.
Transport to HD: son's wheelchair van, plate {{VEHICLE:JKP 4418}} (OH).
PT eval {{NAME:Siobhan Kearney}}, DPT, {{DATE:5/9/2024}}. Signed Dr. {{NAME:Feldman}} {{DATE:5/10/2024}}.`,
  `HOME OXYGEN ORDER
Pt {{NAME:Rafferty, Colm}}    DOB {{DATE:10/10/1950}}    MRN {{MRN:RV-2093381}}
Qualifying test {{DATE:02/20/2025 10:15}}: room air at rest SpO2 87%, within 2 d of discharge from {{FACILITY:Roanoke Valley Hospital}}. On 2 L: 94%.
Dx: COPD GOLD 3 (J44.1), chronic hypoxemic resp failure.
Rx: stationary concentrator 2 L/min continuous, 24 h; POC Inogen One G5 for ambulation, pulse setting 3.
Supplier {{FACILITY:Shenandoah Oxygen & Medical}} delivered {{DATE:2/22}}: concentrator SN {{DEVICE:EV8-20391774}}, POC SN {{DEVICE:G5-0044192}}.
Quit smoking 2019. Wife {{NAME:Bridget}} cooks on a gas stove — fire safety taught, no O2 within 10 ft.
County program notified {{LOCATION:Salem}} FD of O2 in home.
Address {{ADDRESS:226 Apperson Dr}}, {{LOCATION:Salem}} VA {{ZIP:24153}}; home {{PHONE:540-555-0172}}.
Retest at 60-90 d.
Prescriber {{NAME:Kalinda Moore}}, NP, NPI {{LICENSE:1770452983}}, DEA {{LICENSE:MM4471290}}`,
  `{{FACILITY:Chesapeake Endocrinology}}
{{DATE:April 9, 2025}}
To: UnitedHealthcare Appeals
RE: {{NAME:Delgado, Marisol}}   DOB {{DATE:6/6/1984}}   Member ID {{HEALTH_PLAN:UHC912047735}}   Claim # {{ACCOUNT:CLM-2025-0399182}}
Denial dated {{DATE:3/28/2025}} (ref {{ID:DN-55720189}})

I am appealing the denial of a continuous glucose monitor (Dexcom G7) for my patient, Ms. {{NAME:Delgado}}, who has type 2 diabetes on basal-bolus insulin (Toujeo 40 u + Admelog with meals, 4 injections daily). She has had 3 documented level 2 hypoglycemic events in 90 days, including one on {{DATE:2/14/2025}} that required EMS (run # {{ID:EMS-25-004418}}). She drives a school bus for {{FACILITY:Anne Arundel Student Transport}}, which makes nocturnal and unrecognized hypoglycemia a safety concern for her and for others.
CGM use is consistent with ADA Standards of Care 2025, section 7. Records attached (12 pages).
Please approve.
{{NAME:Reginald Osei}}, MD    NPI {{LICENSE:1093847562}}    tel {{PHONE:410-555-0165}}    fax {{FAX:410-555-0166}}`,
  `PD home program — supply issue
{{DATE:10/21/24}} pt {{NAME:Chukwuemeka}} "{{NAME:Emeka}}" {{NAME:Obiora}} called: 3 days of dialysate left, delivery due {{DATE:10/18}} never came.
called {{FACILITY:HomeRenal Direct}} ({{PHONE:800-555-0137}}), acct {{ACCOUNT:HRD-5520918}}: driver couldn't get in, gate code changed. new code given to vendor (not charted). redelivery {{DATE:10/22}} am, order {{ID:SO-88127405}}.
interim: Dr {{NAME:Mahmoud}} ok'd CAPD 3 x 2 L manual exchanges from clinic emergency stock (12 bags); wife {{NAME:Adaora}} picking up today 1500.
address confirmed {{ADDRESS:9 Magnolia Bend Ct}}, {{LOCATION:Sugar Land}} TX {{ZIP:77479}}. alt phone {{PHONE:281-555-0149}}.
cycler SN {{DEVICE:AMA1988023}} — no issues, last night's treatment complete per Sharesource.
{{DATE:10/22/24 1130}} delivered ✓ 40 cases. pt returned 4 unused CAPD bags to clinic.
— {{NAME:Giselle Fontenot}}, RN, PD coordinator`,
  `CANNULATION RECORD — new AVF, first 6 weeks
Pt {{NAME:Yupanqui, Rosa}}   Chair 5   MWF 2nd shift   {{FACILITY:Alamo Heights Dialysis}}
AVF L BC, created {{DATE:11/04/2024}} (Dr. {{NAME:Alvarado}}); cleared {{DATE:12/30/24}} after US: diam 6.8 mm, depth 4 mm, flow 720 mL/min.
Plan: 17g A + cath return wk 1; 17g x2 wk 2; 16g wk 3-4; 15g wk 5+. Qb 250→300→350→400.
Date | Needles | Qb | Result | Cannulator
{{DATE:1/3}}  | 17g A only | 250 | ok | {{NAME:Mbali}}
{{DATE:1/6}}  | 17g A only | 250 | ok | {{NAME:Mbali}}
{{DATE:1/8}}  | 17g x2 | 250 | V infiltrated, fistula rested x1 | {{NAME:Dustin}}
{{DATE:1/13}} | 17g A only | 250 | ok | {{NAME:Mbali}}
{{DATE:1/15}} | 17g x2 | 300 | ok | {{NAME:Mbali}}
{{DATE:1/17}} | 17g x2 | 300 | ok | {{NAME:Ruth}}
{{DATE:1/20}} | 16g x2 | 350 | ok; asked Dr. {{NAME:Alvarado}} re cath removal | {{NAME:Mbali}}
Level-3 cannulators only wks 1-4. Pt prefers Spanish/Quechua; son {{NAME:Wilfredo}} interprets.
Check-in by palm scan, template {{BIOMETRIC:PV-00421176}}.`,
  `VASCULAR SURGERY CLINIC — AV access planning
{{NAME:Thaddeus Wojciechowski}}, 73M, ESRD on HD via R IJ TDC since {{DATE:8/2024}} at {{FACILITY:Kenosha Dialysis}}.
Visit {{DATE:10/29/2024}}. Vein mapping {{DATE:10/15}} ({{FACILITY:Lakeside Vascular Lab}}): L cephalic 2.1 mm at wrist, 3.4 mm at antecubital; basilic 4.0 mm. Radial a. 2.2 mm; Allen test normal. R arm: 3 prior PICCs.
Plan: L brachiocephalic AVF; 2nd-stage BVT if cephalic fails.
Surgery {{DATE:11/12/24}} at {{FACILITY:Pleasant Prairie Surgery Center}}. Hold Plavix 5 d (cardiology Dr. {{NAME:Ostrowski}} ok'd).
Wife {{NAME:Jadwiga}} asks if he can still golf — yes, after 6 wk.
Home phone {{PHONE:262-555-0184}}. Address {{ADDRESS:7021 39th Ave}}, {{LOCATION:Kenosha}} WI {{ZIP:53142}}.
Pre-op consent photo of pt (face + marked L arm): {{PHOTO:VS_WOJ_20241029_01.jpg}}.
Pt's brother-in-law, {{AGE:96}}, also on HD at same unit — pt wants same chair time (not our decision; msg to unit SW {{NAME:Bea Lindgren}}).
{{NAME:Nkechi Anyanwu}}, MD, Vascular Surgery / scribe {{NAME:tb}}`,
  `IR PROCEDURE — declot of AV graft
{{DATE:05/05/2025 16:20}}   {{FACILITY:Three Rivers Interventional}}, suite 2
Pt {{NAME:Khadija Bello}}    MRN {{MRN:TRI-448810}}    SSN {{SSN:174-60-2283}} (registration)
Referred by {{FACILITY:Monongahela Valley Dialysis}} (charge RN {{NAME:Stacy}}, {{PHONE:724-555-0153}}): no thrill/bruit at 0600 chair-side.
Access: L upper arm loop AVG (PTFE) placed {{DATE:3/2023}}; prior declot {{DATE:1/9/25}}.
Procedure: crossed-catheter technique, heparin 5000 u, mechanical thrombectomy, Fogarty balloon for arterial plug. Venous anastomosis stenosis 80% → 7 mm x 4 cm PTA, then Viabahn 7x50 stent-graft (lot 21993384).
Result: good thrill, residual <20%. Complications none. Midazolam 2 mg, fentanyl 100 mcg.
May dialyze tonight — unit notified, HD {{DATE:5/5}} 3rd shift via graft.
Operator Dr. {{NAME:Ewa Zielinski}}. Access coordinator {{NAME:Marcus Holloway}} updated log; pt identity checked against registration face photo {{PHOTO:TRI_448810_id.jpg}} and fingerprint {{BIOMETRIC:FPR-5530127}}.
Return if no thrill. Surveillance flow {{DATE:6/2}}.`,
];

export const HELDOUT_REALISTIC_95_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout95-${i + 1}`, n));
