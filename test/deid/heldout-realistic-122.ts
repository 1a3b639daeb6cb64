// A hundred-and-twenty-second held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is the rheumatology, infusion, hematology and wound care
// outpatient practice: rheumatology clinic notes (RA, lupus, gout, vasculitis, Still, Behcet,
// Sjogren, GCA, scleroderma, myositis), infusion center chair logs, CSV exports and reaction notes,
// biologic specialty pharmacy enrollment forms, refill and delivery calls, manufacturer hub and
// patient-assistance calls and letters, prior-authorization appeals, anticoagulation clinic dosing
// logs and phone notes, hemophilia treatment center notes with factor shipments (product names, no
// lots) and home infusion nurse visits, sickle cell day-hospital notes and handoffs, iron infusion
// logs, outpatient wound clinic notes with wound measurements and photo file names, hyperbaric
// oxygen treatment logs and consents, lymphedema therapy notes, compression garment and pump vendor
// orders, home visit scheduling threads and voicemails, portal messages and billing statements.
// Names come as full names, SURNAME, FIRST, all caps, initials and typist/RN initials, nicknames in
// quotes, first or last names alone, hyphenated, Irish, Slavic, West African, Navajo/Lakota,
// Vietnamese, Hispanic and German names; addresses are loosely written (Apt, Unit, RR and HC boxes,
// PO boxes, abbreviated streets); dates come as 03/11/2025, 3/11/25, 3/11, 2025-06-10, 9-Apr-2025,
// 14MAR25, Tue 3/18, month and year, with times attached. Look-alikes that are NOT PHI and are left
// unmarked: DAS28, CDAI, SLEDAI-2K, BVAS, HJHS, ANA titers (1:640), INR values and goals, factor
// levels in % and IU, Bethesda units, wound sizes in cm, Wagner grades, ABI/TBI values, ATA and
// treatment numbers, CCL classes and mmHg, L-Dex, eponyms (Raynaud, Sjogren, Behcet, Still, Felty,
// Stemmer, Fishbane, Unna, Marx), drug and brand names, doses, ICD-10, CPT, HCPCS and J codes, years
// alone, ages of 89 and under, clock times alone, weekdays alone, chairs, pods, chambers and rooms,
// payers and manufacturer hub programs. Annotation follows the README guideline and set 72's
// header: titles and credentials stay outside NAME spans; a patient's pharmacy, specialty pharmacy,
// DME, compression or home infusion vendor and an employer or school are FACILITY; insurer and
// Medicare/Medicaid member numbers are HEALTH_PLAN; billing accounts and copay card numbers are
// ACCOUNT; NPI, DEA and state licences are LICENSE; pump, meter, port, NPWT and compression pump
// serials are DEVICE; case, order, authorization, PAP, claim, tracking and accession numbers are ID;
// wound and face photo file names are PHOTO; a palm-vein or fingerprint template number is
// BIOMETRIC; a month/day without a year and a month with a year are DATE.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-25 final engine
// (72034ea) 0.9794 / 0.9692; pass-26 engine (whose rules were made from sets 115-118 without
// reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `RHEUMATOLOGY FOLLOW-UP  {{FACILITY:Cedar Bluff Arthritis & Infusion Center}}
Pt: {{NAME:HALVORSEN, INGRID M}}   MRN {{MRN:CB-0048817}}   DOS {{DATE:03/11/2025}}
Ref: Dr. {{NAME:Pradeep Vaswani}} (PCP, {{FACILITY:Northfork Family Medicine}})

S: 58F seropositive RA dx 2016, on MTX 20 mg weekly + FA 1 mg. AM stiffness ~90 min, worse since {{DATE:Feb 2}} after pred taper ended. Raynaud sx in cold, no digital ulcers. Daughter {{NAME:Solveig}} drove her down from {{LOCATION:Decorah}}.
O: TJC 8, SJC 5, PtGA 6/10, ESR 38, CRP 2.1 mg/dL. DAS28-ESR 5.4, CDAI 24 = high activity. RF 112, anti-CCP >250. MCP 2-3 synovitis bilat. No Felty features (spleen not palpable, ANC 4.2).
Imaging: hand XR {{DATE:1/6/25}} - early erosion R MCP2.
A/P:
1. RA, high activity despite MTX -> add TNFi. Start adalimumab-aaty 40 mg q14d; enrollment faxed to {{FACILITY:Meridian Specialty Rx}} fax {{FAX:(319) 555-0187}}.
2. Bone health: DXA due, last one 2021.
3. CBC/CMP q8wk, next {{DATE:5/6}}.
HBcAb neg, QuantiFERON neg {{DATE:02/27/2025}}.
RTC 3 mo w/ Dr. {{NAME:Okonkwo-Reyes}}, room 4 if available.
e-signed {{NAME:A. Okonkwo-Reyes}}, MD {{DATE:03/11/2025 16:42}}`,

  `{{FACILITY:Holloway Rheumatology Associates}} - SLE visit
{{NAME:Marisol Quintanilla-Ybarra}} | DOB {{DATE:07/22/1991}} | MRN {{MRN:4471029}} | seen {{DATE:4/2/2025}}
Interpreter {{NAME:Ramón}} (Spanish) on phone for intro only.
HPI: 33 yo w/ SLE dx 2018 (ANA 1:640 homogeneous, dsDNA 212, low C3/C4) + secondary Sjogren sicca. Flare since ~{{DATE:3/15}}: malar rash, oral ulcers, polyarthralgia, fatigue. No pleuritic CP. Missed HCQ x2 wk when her pharmacy ({{FACILITY:Farmacia Del Valle}}) was out of stock.
Labs {{DATE:3/28/25}}: C3 62, C4 8, dsDNA 340, UPCR 0.42, Cr 0.7, WBC 3.1, plt 142.
SLEDAI-2K 12 (rash 2, ulcers 2, arthritis 4, low complement 2, dsDNA 2). PGA 1.8.
Ophtho HCQ screen {{DATE:Jan 2025}} normal (Dr. {{NAME:Tsai}}, {{FACILITY:Pacific Eye Institute}}).
Plan: pred 20 mg w/ taper over 6 wk, resume HCQ 300 mg, start belimumab 200 mg SC weekly - BI/PA through hub. Repeat UPCR 2 wk; if >0.5 -> nephrology ({{NAME:Adaeze Obi}}, MD). Contraception counseling done; husband {{NAME:Teo}} aware.
Cell {{PHONE:(915) 555-0143}}, prefers text. Portal: {{URL:https://myhealth.hollowayrheum.example/msg/88213}}
{{NAME:LQ}}/{{NAME:dm}}`,

  `INFUSION CENTER CHAIR LOG - {{FACILITY:St. Brendan Outpatient Infusion}}, Pod B   {{DATE:Thu 05/08/2025}}
Charge RN {{NAME:Keisha Baptiste}}  Pharm {{NAME:Vu, Hanh}} PharmD
CHR|ARR |PT           |MRN     |AGENT / DOSE                  |RN
1  |0745|{{NAME:PELLETIER, R}} |{{MRN:00918374}}|infliximab 5 mg/kg (410 mg) wk6|{{NAME:KB}}
2  |0800|{{NAME:Abernathy, J}} |{{MRN:00773120}}|rituximab 1000 mg C1D15        |{{NAME:TO}}
3  |0815|{{NAME:Nakashima, E}} |{{MRN:01022458}}|ferric carboxymaltose 750 mg   |{{NAME:KB}}
4  |0830|{{NAME:Diallo, M}}    |{{MRN:00655901}}|tocilizumab 8 mg/kg            |{{NAME:JL}}
5  |0900|NO SHOW {{NAME:Ferreira, A}} - called {{PHONE:555-0192}} x2|pegloticase 8 mg|--
6  |0930|{{NAME:Whitcombe, D}} |{{MRN:00840017}}|IVIG 2 g/kg day 2 of 3         |{{NAME:TO}}
7  |1000|{{NAME:Begay, L}}     |{{MRN:01100362}}|iron sucrose 200 mg #3/5       |{{NAME:JL}}
8  |1100|{{NAME:Osei-Bonsu, K}}|{{MRN:00991245}}|abatacept 750 mg               |{{NAME:KB}}
Notes: chr 2 pre-med APAP/diphenhydramine/methylpred 100; chr 6 max 3 mL/kg/h. {{NAME:Begay}}'s ride from {{LOCATION:Shiprock}} is {{FACILITY:Dine Ride Transit}}, p/u 1330.
RNs: {{NAME:KB}} = {{NAME:Keisha Baptiste}}, {{NAME:TO}} = {{NAME:Tunde Olawale}}, {{NAME:JL}} = {{NAME:Jess Lindqvist}}`,

  `Infusion Reaction Note
Patient: {{NAME:Dwayne T. Whitcombe}} ("{{NAME:Dee}}")  MRN {{MRN:00840017}}
Event: {{DATE:05/08/2025 11:52}}   Location: chair 6, Pod B, {{FACILITY:St. Brendan Outpatient Infusion}}
Agent: IVIG 10% day 2 of 3, at 4.8 mL/kg/h at time of event.
~55 min in pt c/o chills, low back pain, flushing. T 38.1, HR 118, BP 92/58 (baseline 128/76), SpO2 95% RA. No wheeze/stridor/urticaria.
Actions: infusion stopped 1153; NS 500 mL bolus; diphenhydramine 25 mg IV; APAP 650 po; hydrocortisone 100 mg IV. Dr. {{NAME:Ferraro}} at chairside 1157. RRT not called.
1230: T 37.4, BP 118/70, sx resolved. Restarted 0.5 mL/kg/h x 30 min per Dr {{NAME:F}}, titrated to 2 mL/kg/h, done 1540 w/o recurrence.
Grade 2 infusion reaction (CTCAE v5). Safety report # {{ID:SR-2025-06612}}.
Day 3 ({{DATE:5/9}}): premed + max 3 mL/kg/h; consider splitting to 4 days next cycle ({{DATE:6/5-6/8}}).
Wife {{NAME:Carol Whitcombe}} updated at {{PHONE:(608) 555-0166}}; she drove him home to {{LOCATION:Baraboo}}.
RN {{NAME:Tunde Olawale}}, BSN  ext {{PHONE:4-7719}}`,

  `HUB SERVICES - CALL LOG   Case # {{ID:PA-7731904}}
Case manager: {{NAME:Brianna Coutts}}  direct {{PHONE:1-888-555-0134}} x{{PHONE:2281}}  fax {{FAX:1-888-555-0135}}
Pt: {{NAME:Osei-Bonsu, Kwabena}}  DOB {{DATE:11-Sep-1967}}
Ins: Anthem commercial, member {{HEALTH_PLAN:XKP884120937}}; Rx benefit via PBM.
{{DATE:04/14/25}} 10:05 - BI started. abatacept 125 mg SC weekly (pt prefers home vs chair). PA req'd; submitted, CMM key {{ID:BKLW7TQ2}}.
{{DATE:04/17/25}} - PA approved thru {{DATE:04/16/2026}}, auth # {{ID:A26-0418837}}. Est copay $1,150/mo until deductible met.
{{DATE:04/17/25}} - copay card enrolled, card ID {{ACCOUNT:CP55218804117}}; pt pays $5/fill, $15,000 annual max.
{{DATE:04/18/25}} - triaged to {{FACILITY:Orion Specialty Pharmacy}} ({{LOCATION:Louisville}}).
{{DATE:04/21/25}} - welcome call; verified {{ADDRESS:2217 Wentworth Ave, Apt 3}}, {{LOCATION:Evanston}} IL {{ZIP:60201}}. Alt contact son {{NAME:Kofi}} {{PHONE:(847) 555-0171}}.
{{DATE:04/22/25}} - nurse educator home visit set {{DATE:4/29}} w/ {{NAME:Lorraine Pike}}, RN (injection training).
Pt asked about MTX copay help - gave foundation info, outside program.
-{{NAME:BC}}`,

  `SPECIALTY PHARMACY ENROLLMENT FORM - {{FACILITY:Meridian Specialty Rx}}   Fax {{FAX:319-555-0187}}
PATIENT
Name: {{NAME:Ingrid Marie Halvorsen}}   DOB: {{DATE:10/03/1966}}   Sex: F
SSN: {{SSN:478-22-9051}}
Address: {{ADDRESS:RR 2 Box 118}}, {{LOCATION:Decorah}}, IA {{ZIP:52101}}
Home {{PHONE:563-555-0108}}  Cell {{PHONE:563-555-0129}}  Email {{EMAIL:ingrid.halvorsen66@example.com}}
Primary ins: Wellmark  Member ID {{HEALTH_PLAN:WMK4410837702}}
PRESCRIBER
{{NAME:Amara Okonkwo-Reyes}}, MD  NPI {{LICENSE:1487702239}}  DEA {{LICENSE:BO4471820}}  IA lic {{LICENSE:MD-41882}}
{{FACILITY:Cedar Bluff Arthritis & Infusion Center}}, {{ADDRESS:900 N Lindell St, Suite 210}}, {{LOCATION:Cedar Rapids}} IA {{ZIP:52402}}
Ph {{PHONE:319-555-0150}}  Fax {{FAX:319-555-0151}}  Contact: {{NAME:Gwen}} (PA coordinator)
CLINICAL
Dx: M05.79 RA w/ RF, multiple sites. Prior: MTX since 2016 (inadequate response), HCQ 2016-2019.
TB: QFT neg {{DATE:02/27/2025}}. HBV neg.
Rx: adalimumab-aaty 40 mg/0.4 mL pen SC q14 days. Qty 2 pens/28 d, RF x11. Ship to patient home, signature req'd.
Signature: {{NAME:A Okonkwo-Reyes}}   Date {{DATE:3/11/25}}`,

  `ANTICOAGULATION CLINIC - phone encounter
{{FACILITY:Lakeshore Anticoagulation Service}}   {{NAME:Devorah Klein}}, PharmD, CACP
Pt: {{NAME:FITZGERALD, EAMON P}}  {{AGE:91}} yo M  MRN {{MRN:LS2204873}}
Indication: AF (CHA2DS2-VASc 5) + mech AVR (On-X, 2011). Goal INR 2.0-3.0.
Home meter INR today {{DATE:06/03/2025}}: 3.8 (called in by daughter {{NAME:Nuala}}).
Last 4: {{DATE:5/6}} 2.6 | {{DATE:5/13}} 2.9 | {{DATE:5/20}} 3.1 | {{DATE:5/27}} 3.3
Meter SN {{DEVICE:UQ3108842}} uploads through gateway {{IP:192.0.2.47}} to {{FACILITY:Brightline Home INR Services}}.
Changes: levofloxacin started {{DATE:5/29}} for UTI (Dr {{NAME:Agarwal}}). No bleeding, no dark stools. Ensure 1/day, diet same.
Dose: warfarin 5 mg tabs; 5 mg daily except 2.5 mg Mon/Fri (30 mg/wk). Plan: hold tonight, 2.5 mg x 2 days, then resume 30 mg/wk. Recheck {{DATE:Mon 6/9}}.
Daughter repeated plan back; ph {{PHONE:(414) 555-0138}}. Lives w/ pt at {{ADDRESS:4310 S Kinnickinnic Ave}}, {{LOCATION:St. Francis}} WI.
14 min. {{NAME:DK}}`,

  `{{FACILITY:Great Plains Hemophilia Treatment Center}} - comprehensive visit {{DATE:04/24/2025}}
{{NAME:Jaxon Running-Bear}} ("{{NAME:Jax}}"), 16 yo, severe hemophilia A (FVIII <1%), no inhibitor (Bethesda 0.0 BU {{DATE:02/2025}}).
Mom {{NAME:Tawna Running-Bear}} present. From {{LOCATION:Pine Ridge}}, 2 hr drive.
Regimen: emicizumab 3 mg/kg q2wk SC (since 2022) + rFVIII 2000 IU for breakthrough bleeds.
Bleeds since last visit ({{DATE:Oct 14, 2024}}): L ankle {{DATE:12/30}} (2 doses), R elbow {{DATE:2/11}} (1 dose). Target joint L ankle. HJHS 7.
Factor: {{FACILITY:Summit Bleeding Disorders Pharmacy}} ships monthly to {{ADDRESS:HC 49 Box 2207}}, {{LOCATION:Kyle}} SD {{ZIP:57752}}. Last ship {{DATE:4/02/25}}, order # {{ID:SBD-0044918}}.
SD Medicaid ID {{HEALTH_PLAN:SD10448392}}.
Home infusion RN {{NAME:Marla Two Crow}} ({{FACILITY:Wind River Home Infusion}}) visits q2wk; pt did own venipuncture x3.
PT: {{NAME:Gideon Ashby}}, DPT - ankle ROM, strengthening.
School: nurse at {{FACILITY:Cottonwood Butte School}} has emergency letter + emicizumab lab card.
Next: 6 mo, or sooner for any joint bleed.`,

  `SICKLE CELL DAY HOSPITAL - {{FACILITY:Mercy Grove Adult Sickle Cell Center}}, 4th fl
{{DATE:Tuesday, January 14, 2025}}
{{NAME:Tameka L. Ashford}} ("{{NAME:Meek}}"), 27F, HbSS, MRN {{MRN:MG-6620184}}
Arrived 0812 via {{FACILITY:Travis County Ride Link}} from home in {{LOCATION:Pflugerville}}.
CC: VOC - low back + bilat thighs 8/10, typical, began last night. No CP/SOB/fever. Oxycodone 10 mg x2 at home.
Individualized plan (Dr {{NAME:Emeka Nwosu}}, updated {{DATE:11/2024}}): HYDROmorphone 1 mg IV q30min x3 then reassess; ketorolac 15 mg IV x1; NS 1 L.
0830 Hgb 6.9 (baseline 7.5-8), retic 11%, LDH 512, Tbili 3.4. CXR clear.
Pain: 0835 8 | 0905 6 | 0935 5 | 1010 4 | 1200 3.
Voxelotor stopped 2024; on hydroxyurea 1500 mg + L-glutamine.
Dispo 1315 home w/ partner {{NAME:DeShawn}}; heme f/u {{DATE:1/28}} w/ {{NAME:Nwosu}}.
Work note for {{FACILITY:Bluebonnet Logistics}} faxed to HR {{FAX:512-555-0177}}.
RN {{NAME:Consuelo Ibarra}} / NP {{NAME:Priya Raman-Sethi}}`,

  `IRON INFUSION LOG | {{FACILITY:Riverbend Hematology & Infusion}} | wk of {{DATE:3/17/2025}}
Date|Pt|DOB|Product/dose|Ferritin/TSAT|30-min obs|RN
{{DATE:3/17}}|{{NAME:Kowalczyk, Agnieszka}}|{{DATE:1/4/1959}}|iron sucrose 200 mg #2/5|6/4%|stable|{{NAME:mh}}
{{DATE:3/17}}|{{NAME:Brightwater, Sky}}|{{DATE:8/30/1988}}|FCM 750 mg #1/2|9/5%|stable; phos 2 wk|{{NAME:mh}}
{{DATE:3/18}}|{{NAME:Huynh, Bao}}|{{DATE:12/12/1932}}|ferumoxytol 510 mg #2/2|11/7%|BP 168/90 -> resolved|{{NAME:rt}}
{{DATE:3/19}}|{{NAME:Castellanos, Yesenia}}|{{DATE:5/2/2001}}|LMW iron dextran 1000 mg, test dose ok|4/3%|mild myalgia|{{NAME:rt}}
{{DATE:3/20}}|{{NAME:O'Shaughnessy, Maeve}}|{{DATE:9/9/1975}}|iron sucrose 200 mg #4/5|15/9%|stable|{{NAME:mh}}
{{DATE:3/21}}|{{NAME:Kowalczyk, A}}|--|iron sucrose 200 mg #3/5|--|stable|{{NAME:jp}}
Comments: {{NAME:Huynh}} ({{AGE:92}}) came w/ grandson {{NAME:Minh}}; w/c from lot, plate {{VEHICLE:8MZT441}} on valet list.
{{NAME:Castellanos}} 2nd tri, OB Dr. {{NAME:Halima Yusuf}} aware.
Key: {{NAME:mh}} = {{NAME:Marisa Holt}}, {{NAME:rt}} = {{NAME:Reggie Tan}}, {{NAME:jp}} = {{NAME:June Park}}`,

  `{{FACILITY:Tidewater Wound & Hyperbaric Center}} - Wound Clinic Progress Note
Pt: {{NAME:Lemuel Haskins}}  DOB {{DATE:02/19/1948}}  MRN {{MRN:TW-330981}}  Visit {{DATE:2025-06-10}}
Provider: {{NAME:Odalys Fuentes}}, DPM   Scribe: {{NAME:kt}}
Wound #1 R plantar 1st MTH, DFU, Wagner 2.
 L x W x D 2.4 x 1.9 x 0.5 cm (prev {{DATE:6/3}}: 2.9 x 2.1 x 0.6). Area 4.56 cm2, down 25%.
 Base 80% granular/20% slough; no probe to bone; mod serous; periwound callus.
 Photo: {{PHOTO:HASKINS_L_W1_20250610_0931.jpg}}
Wound #2 L lat malleolus, mixed venous/arterial. 1.1 x 0.8 x 0.2 cm. Photo {{PHOTO:IMG_4418.HEIC}}
Vasc: ABI R 0.68, L 0.74; TBI R 0.41; toe pressure 48 mmHg. Vasc surg referral to Dr. {{NAME:Baptiste-Moreau}}.
Procedure: sharp excisional debridement #1 to subcut, 4.56 cm2, curette, minimal bleeding.
A1c 8.4 ({{DATE:5/22}}).
Plan: TCC R. Recheck {{DATE:6/17}}. Offloading teaching to wife {{NAME:Bernice}}. HH: {{FACILITY:Coastal Care Home Health}} RN {{NAME:Stacey-Ann Reid}} for dressings M/W/F, orders faxed {{FAX:757-555-0194}}.
HBOT only if Wagner 3 or no 50% reduction at 4 wk.`,

  `HYPERBARIC OXYGEN THERAPY - TREATMENT RECORD
{{FACILITY:Tidewater Wound & Hyperbaric Center}}   Monoplace chamber #2
Pt: {{NAME:HASKINS, LEMUEL}}  MRN {{MRN:TW-330981}}  Dx: DFU R foot now Wagner 3, osteo 1st MTH (bx {{DATE:7/15/25}})
Protocol 2.4 ATA x 90 min O2, 2 air breaks. 40 tx ordered by Dr. {{NAME:Anand Subramaniam}}.
Tx#|Date|Pre BG|Vitals|TEED R/L|Notes|CHT
11|{{DATE:08/04/25}}|188|142/80 HR78|0/0|uneventful|{{NAME:R. Oyelaran}}
12|{{DATE:08/05/25}}|96|138/76 HR72|0/0|juice, BG 132 -> proceeded|{{NAME:R. Oyelaran}}
13|{{DATE:08/06/25}}|211|150/84|1/0|R ear pressure, slow descent|{{NAME:M. Vance}}
14|{{DATE:08/07/25}}|--|--|--|HELD - URI, congestion|{{NAME:M. Vance}}
15|{{DATE:08/08/25}}|154|136/78 HR80|0/0|uneventful|{{NAME:R. Oyelaran}}
Safety: grounding check, cotton gown, no prohibited items each tx; hearing aid removed.
Pt asks for slots after 1300 - wife {{NAME:Bernice}} works mornings at {{FACILITY:Dismal Swamp Outfitters}} in {{LOCATION:Chesapeake}}.
Physician supervision: {{DATE:8/4-8/8}} Dr {{NAME:Subramaniam}}; {{DATE:8/6}} Dr {{NAME:Lindgren}} covering.
CHT key: {{NAME:RO}} = {{NAME:Rasheed Oyelaran}}, {{NAME:MV}} = {{NAME:Mallory Vance}}`,

  `Lymphedema Therapy - Daily Note   {{DATE:9-Apr-2025}}
{{FACILITY:Harbor Point Rehab}} Lymphedema Program
Pt: {{NAME:Roswitha Ebner-Klaus}}  64 F  MRN {{MRN:HP77120}}
Dx: L UE secondary lymphedema s/p L mastectomy + ALND 2019, ISL stage II. Cellulitis x1 in 2023.
Therapist: {{NAME:Cormac Doyle}}, PT, CLT-LANA
Girth L/R (cm): wrist 17.2/15.8, 10 cm 24.6/21.9, 20 cm 29.8/26.1, axilla 33.0/30.4. Vol diff 21% (28% at eval {{DATE:3/12/25}}). L-Dex 14.2. Stemmer neg (UE).
Tx: MLD 30 min, skin care, short-stretch multilayer bandaging, tx #10 of CDT phase 1. Tolerating bandages overnight; tingling digits 4-5 resolved w/ rewrap.
Garment measured for phase 2: flat-knit CCL2 sleeve + gauntlet; order to {{FACILITY:Bayside Medical Compression}}, order {{ID:BMC-88210}}.
Pneumatic pump trial - home unit SN {{DEVICE:FT4-0228817}} delivered {{DATE:4/7}}.
Next visits {{DATE:4/11}}, {{DATE:4/14}}. Husband {{NAME:Dieter}} learning self-bandaging.
Work note for {{FACILITY:Kessler & Braun Accounting}} given.
{{NAME:C. Doyle}} PT  NH lic {{LICENSE:PT-019443}}`,

  `ORDER FORM - {{FACILITY:Bayside Medical Compression}}
{{ADDRESS:1450 Harbor View Rd, Unit C}}, {{LOCATION:Portsmouth}} NH {{ZIP:03801}}  ph {{PHONE:603-555-0110}}  fax {{FAX:603-555-0111}}
Order # {{ID:BMC-88210}}   Rec'd {{DATE:04/09/2025}}   Fitter: {{NAME:Tamsin}}
Bill to: Harvard Pilgrim, member {{HEALTH_PLAN:HPH00748812-01}}
Patient: {{NAME:Ebner-Klaus, Roswitha}}   DOB {{DATE:06.30.1960}}
Ship to: {{ADDRESS:87 Old Post Rd}}, {{LOCATION:Kittery}} ME {{ZIP:03904}}   ph {{PHONE:207-555-0184}}
Items:
 1 flat-knit arm sleeve CCL2 (23-32 mmHg), custom, L, silicone top band - qty 2
 2 gauntlet w/ thumb, CCL2, L - qty 2
 3 night garment (foam chip), L arm - qty 1
Measurements (cm): c 17.0 / d 22.1 / e 24.5 / f 27.0 / g 29.6 / length 52
HCPCS A6545 x0, S8420 x2, S8421 x2 (payer review).
Rx: {{NAME:Cormac Doyle}}, PT for Dr {{NAME:Eleni Papadakis}}, NPI {{LICENSE:1326094418}}
Acct # {{ACCOUNT:BMC-C-004417}}, pt balance $0.
Est delivery {{DATE:4/25}}. Pt prefers beige; wants in-person fitting, not mailed.
Entered by {{NAME:tg}}`,

  `HOME VISIT SCHEDULING - team thread ({{FACILITY:Crossroads Home Infusion}}, north route)
{{DATE:6/2/25}}
0814 {{NAME:Rhonda K}}: @{{NAME:Luis}} can u add Mr {{NAME:Fitzgerald}} INR draw thurs? daughter {{NAME:Nuala}} wants AM, she works 2nd shift
0822 {{NAME:Luis Arreola}} RN: yes thurs {{DATE:6/5}} 0900. still {{ADDRESS:4310 S KK Ave}}?
0825 {{NAME:Rhonda K}}: yes. side door, big dog
0831 {{NAME:Luis}}: also Mrs {{NAME:Abernathy}} PICC dsg change - she moved to {{ADDRESS:19 Larkspur Ct}} {{LOCATION:Wauwatosa}} {{ZIP:53213}}, new # {{PHONE:414-555-0163}}
0835 {{NAME:Rhonda K}}: ok. {{NAME:Jaylen}} has the pump from {{NAME:Pelletier}} (CADD SN {{DEVICE:CS2-0917734}}), needs back to depot by fri
0840 {{NAME:Jaylen Brooks}}: got it, dropping at depot {{ADDRESS:2800 W Layton Ave}} after my 11:00 in {{LOCATION:Greenfield}}
0915 {{NAME:Rhonda K}}: new referral {{NAME:Bao Huynh}}, {{AGE:92}}, home iron -> denied by plan, stays in clinic. ignore
0921 {{NAME:Luis}}: k. im off {{DATE:6/13}}, {{NAME:Pat}} covering my route
0923 {{NAME:Rhonda K}}: noted`,

  `RHEUM - GOUT CLINIC   {{FACILITY:Sandhill Rheumatology}}, {{LOCATION:Grand Island}}
{{DATE:07 Feb 2025}}   {{NAME:Thorsen, Arvid}}   MRN {{MRN:SR-119044}}   67M
Referred by {{NAME:Jolene Marsh}}, APRN for recurrent flares.
Hx: gout since 2009, ~6 flares/yr (knees, L 1st MTP, R wrist). Tophi R olecranon + L 2nd DIP. CKD3a (eGFR 52). Allopurinol up to 300 mg - stopped 2023 w/ rash (not SJS). Febuxostat declined (CV hx: CABG 2018).
sUA {{DATE:1/29}}: 10.4. G6PD nl ({{DATE:1/29/25}}). HLA-B*58:01 neg.
Exam: tophus R elbow 2.5 cm; L MTP warm, not acute. No Still-type rash (asked re: fevers - none).
Imp: chronic tophaceous gout, refractory -> pegloticase w/ MTX 15 mg weekly (start MTX 4 wk before).
Plan: MTX start {{DATE:2/10}}; pegloticase 8 mg IV q2wk from {{DATE:3/10/25}}, chair pre-inf sUA each time, stop if >6 x2.
Colchicine 0.6 daily prophylaxis. BI to hub; pharmacy {{FACILITY:Platte Valley Drug}}.
Wife {{NAME:Carol Ann}} at visit. ph {{PHONE:308-555-0121}}
{{NAME:N. Petrakis}}, MD`,

  `PEGLOTICASE INFUSION FLOWSHEET - {{NAME:THORSEN, ARVID}} ({{MRN:SR-119044}})
{{FACILITY:Sandhill Rheumatology}} infusion suite, chair 3
Inf#|Date|Pre sUA|Premeds|Start-End|Rxn|RN
1|{{DATE:3/10/25}}|7.9|fexofenadine, APAP, methylpred 125|0902-1105|none|{{NAME:B. Kaur}}
2|{{DATE:3/24/25}}|1.1|same|0855-1100|none|{{NAME:B. Kaur}}
3|{{DATE:4/7/25}}|<0.2|same|0910-1112|none|{{NAME:D. Wynn}}
4|{{DATE:4/21/25}}|0.4|same|0900-1104|mild flushing, self-limited|{{NAME:B. Kaur}}
5|{{DATE:5/5/25}}|--|--|--|RESCHEDULED - MTX missed x2 wk|{{NAME:D. Wynn}}
5|{{DATE:5/12/25}}|0.3|same|0905-1109|none|{{NAME:B. Kaur}}
MTX adherence check: pt/wife confirm 15 mg every Sat.
Flares: L knee {{DATE:3/30}} (mobilization flare), treated colchicine/pred 20 x5d by Dr {{NAME:Petrakis}} via phone.
Tophus R elbow 2.5 -> 1.8 cm ({{DATE:5/12}}).
Pt's parking pass: plate {{VEHICLE:NE 4-M8821}}.
RNs: {{NAME:Baljit Kaur}}, RN; {{NAME:Dorothy Wynn}}, LPN`,

  `VASCULITIS CLINIC NOTE  {{FACILITY:Westfall University Rheumatology}}
{{NAME:Kristóf Varga}}  48M  MRN {{MRN:WU00832155}}  DOS {{DATE:10/28/2024}}
Dx: GPA, PR3-ANCA+ (c-ANCA 1:320, PR3 86 U/mL at dx {{DATE:Aug 2024}}). ENT + lung nodules + pauci-immune GN on bx ({{DATE:8/22/24}}, accession {{ID:S24-118733}}).
Induction: rituximab 375 mg/m2 weekly x4 ({{DATE:9/3}}, {{DATE:9/10}}, {{DATE:9/17}}, {{DATE:9/24}}) + pred taper (PEXIVAS reduced). Now pred 10 mg.
Today: BVAS/WG 1 (nasal crusting). Cr 1.4 (peak 2.9), UA 1+ blood, UPCR 0.3. PR3 22. CD19 0.
CT chest {{DATE:10/15/24}}: nodules smaller.
PJP ppx TMP-SMX DS MWF. Vaccines: Shingrix #2 due.
Plan: maintenance RTX 500 mg q6mo starting {{DATE:3/2025}}; taper pred 10 -> 5 by {{DATE:12/1}}. Nephrology (Dr. {{NAME:Sato}}) following.
Pt works at {{FACILITY:Lakeside Tool & Die}}; note given for light duty. Wife {{NAME:Enikő}} asked about travel to {{LOCATION:Budapest}} in spring - OK w/ precautions.
Fellow {{NAME:R. Mbeki}} / attending {{NAME:Harriet Olumide}}, MD`,

  `RITUXIMAB TREATMENT PLAN (rheum, non-oncology)
Pt {{NAME:Varga, Kristof}}  DOB {{DATE:1976-05-14}}  Wt 88 kg  BSA 2.05
Ordering: {{NAME:Harriet Olumide}}, MD  NPI {{LICENSE:1750318826}}
Site: {{FACILITY:Westfall Infusion Center - Eastgate}}, chair TBD
Cycle: maintenance #1  Date: {{DATE:03/04/2025}}
Premeds 30 min prior: acetaminophen 650 po, cetirizine 10 po, methylPREDNISolone 100 mg IV.
Rituximab-abbs 500 mg in NS 500 mL (1 mg/mL). First-inf of product rate 50 mg/h, incr by 50 q30 to max 400 if tolerated.
Labs before: CBC, CMP, IgG (last 612 {{DATE:2/20/25}}), HBsAg/anti-HBc neg (2024).
Auth: payer PA {{ID:UHC-PA-5518832}} valid {{DATE:2/25/25-8/24/25}}. Member {{HEALTH_PLAN:9128847701}}.
Reaction hx: none w/ induction.
Next due {{DATE:9/2025}}.
Pt contact {{PHONE:(262) 555-0117}} / {{EMAIL:kvarga.gpa@example.net}}
Verified by pharm {{NAME:S. Hollis}} {{DATE:3/3/25 1420}}; RN 2nd check {{NAME:A. Dube}}`,

  `RHEUM CONSULT - inpatient to outpt f/u
{{NAME:Siobhán Ní Bhriain}} ("{{NAME:Shiv}}"), 24F, grad student at {{FACILITY:Pacific Bluff University}}
Referral {{DATE:12/9/24}} from Dr {{NAME:Ocampo}} ({{FACILITY:Westchester Urgent Care}}): 3 wk quotidian fevers to 39.6, evanescent salmon rash, sore throat, arthralgia wrists/knees.
Labs: ferritin 8,420 (glyco-ferritin 14%), WBC 21.3 (88% PMN), ALT 94, CRP 18. ANA neg, RF neg. Blood cx x3 neg. EBV/CMV neg. CT CAP: splenomegaly 14.5 cm, no mass.
Meets Yamaguchi criteria (4 major + 3 minor) after exclusion -> adult-onset Still disease. No MAS (fibrinogen 410, plt 310, TG 180).
Plan: anakinra 100 mg SC daily; pred 40 mg taper. Specialty rx via {{FACILITY:Coastal Specialty Pharmacy}}; hub case {{ID:KN-2290418}}.
Mom {{NAME:Máire}} flying in from {{LOCATION:Galway}} {{DATE:12/14}}.
Student health plan member {{HEALTH_PLAN:AET-S-77410932}}.
Contact {{PHONE:310-555-0152}}, {{EMAIL:shiv.nibhriain@example.edu}}
f/u {{DATE:12/23/24 0830}} w/ Dr {{NAME:Castellano-Burke}}`,

  `Rheumatology - new pt   {{DATE:Wed 1/22/2025}}
{{NAME:Yilmaz, Emre}}  31M  MRN {{MRN:0093-44172}}  Referred by dermatology (Dr. {{NAME:Feldstein}}, {{FACILITY:Oakmont Dermatology}})
Family from {{LOCATION:Kayseri}}; moved here 2015. Works night shift at {{FACILITY:Northgate Bakery}}.
CC: recurrent oral aphthae (>3/yr x 6 yrs), 2 genital ulcers (last {{DATE:Dec 2024}}), papulopustular lesions back, R eye redness {{DATE:11/2024}} (urgent care said pink eye).
Pathergy: positive at 48 h (read {{DATE:1/24}} by RN {{NAME:Hollis}}). HLA-B51 pending.
Exam: 3 oral ulcers, scrotal scar, EN-like nodules shins.
ICBD score 6 -> Behcet disease. R/o uveitis urgently.
Plan: ophtho today - called Dr {{NAME:Nakagawa}} at {{FACILITY:Bridgeport Eye Associates}} {{PHONE:203-555-0147}}, seen same day. Colchicine 0.6 BID; apremilast 30 BID (titration pack) via {{FACILITY:Keystone Specialty Pharmacy}}; if uveitis -> adalimumab.
Brother {{NAME:Kaan}} has similar ulcers - suggested eval.
Pt email {{EMAIL:emre.yilmaz.88@example.com}}, cell {{PHONE:203-555-0190}}.
Address update: {{ADDRESS:55 Pequonnock St Apt 2R}}, {{LOCATION:Bridgeport}} CT {{ZIP:06604}}
{{NAME:M. Haddad}}, DO`,

  `sjogren f/u - {{NAME:pruitt, darlene}} - {{DATE:3/3/25}}
60F, primary Sjogren (SSA 8+, SSB+, ANA 1:1280 speckled, RF 45; lip bx focus score 2 in 2020). Sicca both, parotid swelling L side off/on.
Schirmer 3 mm R / 2 mm L at 5 min. OSS 7. Ophtho (Dr. {{NAME:Amadi}}) on cyclosporine gtts + punctal plugs.
Neuro: burning feet, SFN on skin bx 2023. No purpura, C4 nl, cryo neg - low lymphoma risk markers but parotid US due.
ESSDAI 5, ESSPRI 6.3.
Meds HCQ 200 BID, pilocarpine 5 mg TID (sweats - try cevimeline), gabapentin 300 TID.
plan: parotid US at {{FACILITY:Lowcountry Imaging}} - scheduled {{DATE:3/19}} 1015. labs 3 mo. dental q3mo (caries x4 last yr) - dentist Dr. {{NAME:Rourke}} in {{LOCATION:Summerville}}.
husband {{NAME:Earl}} asks re: disability paperwork for {{FACILITY:Berkeley County School District}} - form completed, faxed {{FAX:843-555-0118}}.
sister {{NAME:Rhonda Pruitt-Gaines}} has lupus (Raynaud + nephritis), FYI.
pt # {{PHONE:843-555-0186}}
rtc 4 mo
-{{NAME:jw}} / {{NAME:Jonah Whitfield}} MD`,

  `GCA - URGENT FAST-TRACK CLINIC   {{FACILITY:Providence Hill Rheumatology}}
{{DATE:2025-02-18 07:15}}
Mrs. {{NAME:Gwendolyn Abernathy-Soule}}, {{AGE:94}} yo F, MRN {{MRN:PH-5528013}}, lives at {{FACILITY:Maple Terrace Assisted Living}}, {{LOCATION:Cranston}}
Sent by PCP Dr. {{NAME:Lyle Okafor}} for new L temporal HA x 10 d, jaw claudication, scalp tenderness, 1 episode of transient blurring L eye {{DATE:2/16}}.
ESR 88, CRP 7.4, plt 512. No PMR sx.
Exam: L temporal artery beaded, tender, reduced pulse. Fundi no pallor (limited).
US temporal arteries (in-clinic, Dr. {{NAME:Henrikson}}): halo sign L frontal branch, compression sign +.
Imp: GCA, high pretest prob (GCAPS 22). Visual sx -> methylpred 500 mg IV x3 via infusion center today, then pred 60.
TAB L side booked {{DATE:2/20}} w/ vasc surg Dr {{NAME:Ruiz}}; path accession to follow.
Tocilizumab 162 mg SC weekly to start once TB/HBV back; hub referral sent.
Bone: alendronate, Ca/D. PPI.
Niece/HCP {{NAME:Lorna Abernathy}} {{PHONE:401-555-0149}} - consent discussed by phone; facility nurse {{NAME:Benedicta}} fax {{FAX:401-555-0150}}.
Ophtho Dr. {{NAME:Pham}} to see tomorrow AM.
{{NAME:S. Kowalski}}, MD`,

  `Telephone note - PMR
{{DATE:Fri 08/15/2025}} 1340
Caller: pt {{NAME:Herbert}} "{{NAME:Herb}}" {{NAME:Lindqvist}} (verified DOB {{DATE:4/4/1949}} + address {{ADDRESS:310 Cottonwood Ln}}, {{LOCATION:Ames}})
Reason: pred tapered 12.5 -> 10 on {{DATE:8/1}}; now 1 wk of bilat shoulder + hip girdle stiffness ~60 min AM again. No HA/jaw/vision sx.
Last labs {{DATE:7/28}}: ESR 18, CRP 0.6.
Per Dr {{NAME:Sørensen}}: go back to 12.5 mg x 4 wk then try 11. Check ESR/CRP next wk at {{FACILITY:Story County Lab Draw}}. Sarilumab discussed at last visit as steroid-sparing - pt wants to wait.
Pt asked to have rx sent to {{FACILITY:Campus Town Pharmacy}} instead of mail order.
Wife {{NAME:Marit}} also on line.
Callback {{PHONE:515-555-0114}}.
-{{NAME:Tess B.}}, RN
cc: Dr. {{NAME:Sørensen}}`,

  `SPECIALTY PHARMACY - REFILL / ADHERENCE CALL
{{FACILITY:Orion Specialty Pharmacy}}   Rx # {{ID:7702418-03}}
Pt {{NAME:Osei-Bonsu, Kwabena}}  DOB {{DATE:09/11/1967}}
Drug: abatacept 125 mg/mL ClickJect x4 (28 d)
Call {{DATE:07/07/25}} 11:20 by {{NAME:Carmen Villalobos}}, CPhT
- Doses left: 1 (due {{DATE:7/10}}). Missed doses: 0. Injection site rxn: none.
- Side effects: URI x1 in June, no abx.
- New meds: none. Upcoming surgery: dental implant {{DATE:8/4}} - sent to RPh.
- Ship {{DATE:7/8}} for {{DATE:7/9}} delivery, cold pack, sig req'd. Addr on file {{ADDRESS:2217 Wentworth Ave Apt 3}} {{ZIP:60201}} - confirmed.
- Copay $5 (copay card {{ACCOUNT:CP55218804117}} applied).
RPh note ({{NAME:J. Adeyemi}}, PharmD): hold abatacept wk of implant per rheum? -> message sent to Dr {{NAME:Haldane}}'s office, fax {{FAX:847-555-0140}}.
FedEx tracking {{ID:7741 9902 3385}}
Next call {{DATE:8/4/25}}.`,

  `BENEFITS VERIFICATION SUMMARY  (sent by fax to prescriber)
To: {{NAME:Gwen Larsen}}, PA coordinator, {{FACILITY:Cedar Bluff Arthritis & Infusion Center}}  Fax {{FAX:319-555-0151}}
From: {{NAME:Tobias Wren}}, Reimbursement Specialist   Ph {{PHONE:1-877-555-0166}}
Date {{DATE:May 2, 2025}}   Hub case {{ID:CX-40918825}}
Patient: {{NAME:Ingrid M. Halvorsen}}   DOB {{DATE:10/3/66}}
Product: infliximab-dyyb IV (buy & bill vs. specialty pharmacy)
Medical benefit: Wellmark PPO, ID {{HEALTH_PLAN:WMK4410837702}}
 - In-network site of care: yes ({{FACILITY:Cedar Bluff Arthritis & Infusion Center}})
 - PA: required, J1745? no -> Q5103. Submit via payer portal.
 - Deductible $3,000, met $2,210. Coinsurance 20% after. OOP max $6,500.
 - Site-of-care policy: hospital outpatient not covered w/o exception.
Pharmacy benefit: adalimumab-aaty covered tier 5, PA on file thru {{DATE:3/12/26}}.
Patient support: eligible for co-pay program (commercial). Enrollment ID {{ACCOUNT:IFX-CP-3318207}}.
Questions: {{EMAIL:twren@pathaheadsupport.example}}
This summary is based on info from the payer rep ({{NAME:Denise}}, call ref {{ID:WM-250502-8891}}) and is not a guarantee of coverage.`,

  `PATIENT ASSISTANCE PROGRAM APPLICATION - page 1 of 3
Applicant: {{NAME:Yesenia Castellanos Ruiz}}   DOB {{DATE:05/02/2001}}
SSN {{SSN:604-38-1127}}
Address: {{ADDRESS:1208 Calle Amapola}}, {{LOCATION:Brownsville}}, TX {{ZIP:78520}}
Phone {{PHONE:956-555-0161}}   Email {{EMAIL:yesi.castellanos@example.com}}
Household size: 3 (self, partner {{NAME:Josue Ramírez}}, son {{NAME:Mateo}})
Annual household income: $31,200 (pay stubs attached, employer {{FACILITY:Rio Grande Packing Co.}})
Insurance: uninsured; Medicaid pending - application # {{ID:TX-MA-8812004}}
Medication requested: belimumab 200 mg SC weekly
Prescriber: {{NAME:Alejandra Treviño}}, MD  NPI {{LICENSE:1689023374}}
Clinic: {{FACILITY:Valle Sur Rheumatology}}, {{ADDRESS:301 E Elizabeth St Ste 5}}, {{LOCATION:Brownsville}} TX {{ZIP:78520}}  fax {{FAX:956-555-0162}}
Dx: M32.14 SLE glomerular disease (class III+V, bx 2024)
Pt signature: {{NAME:Y. Castellanos}}   {{DATE:6/17/2025}}
FOR PROGRAM USE: PAP ID {{ID:PAP-BEL-0076124}}  received {{DATE:6/20/25}} by {{NAME:KR}}`,

  `{{FACILITY:Valle Sur Rheumatology}}
{{ADDRESS:301 E Elizabeth St Ste 5}}, {{LOCATION:Brownsville}} TX {{ZIP:78520}} | {{PHONE:956-555-0160}}

{{DATE:July 9, 2025}}

Appeals Dept. (fax on file)
RE: Level 1 appeal - denial of tocilizumab IV
Member: {{NAME:Delfina Saucedo}}   ID {{HEALTH_PLAN:MCD-TX-40019927}}   DOB {{DATE:02/14/1958}}
Denial ref {{ID:DN-25-0611742}} dated {{DATE:6/30/2025}}

To whom it may concern,
I am writing on behalf of my patient Ms. {{NAME:Saucedo}}, who has seropositive RA since 2011 with DAS28-CRP 5.9 and CDAI 31 on {{DATE:6/12/25}}. She has failed methotrexate (to 25 mg SC), leflunomide (hepatotoxicity, ALT 212), etanercept (secondary failure 2021) and adalimumab (injection reactions + inadequate response). Step therapy with a second TNF inhibitor is not appropriate after two TNF failures. Tocilizumab IV 8 mg/kg q4wk at our infusion suite is medically necessary. Her interstitial changes on CT (2024) also argue against further TNF exposure.
Please reconsider. Peer-to-peer available at {{PHONE:956-555-0163}}.

Sincerely,
{{NAME:Alejandra Treviño}}, MD, FACR
cc: pt; {{NAME:Ana Lucía}} (office mgr)`,

  `INFUSION REACTION - rituximab (RA)
{{DATE:11/19/2024}}  {{FACILITY:Westfall Infusion Center - Eastgate}}, chair 11
Pt {{NAME:Ngozi Eze-Hartmann}} 57F MRN {{MRN:WU00917240}}, cycle 1 dose 1 (1000 mg), premeds given 0805.
0840 start 50 mg/h. 0910 -> 100 mg/h. 0940 -> 150 mg/h.
0952 throat tightness, pruritus, hives upper chest; BP 102/64 (pre 134/82), HR 104, SpO2 93%.
Stopped inf. Epi 0.3 mg IM not needed per Dr {{NAME:Abiodun}} - mild/moderate. diphenhydramine 50 IV, famotidine 20 IV, hydrocortisone 100 IV, O2 2L.
1015 sx resolved, SpO2 98% RA.
1045 restart 25 mg/h, slow titration, completed 1610; total 1000 mg.
Husband {{NAME:Gerhard}} notified ({{PHONE:262-555-0181}}). He'll drive, pt not to drive today.
Follow-up: C1D15 {{DATE:12/3/24}} with 12 h-style slow protocol; flag on chart.
Event report {{ID:IR-24-03319}}.
{{NAME:Priyanka Deshmukh}}, RN, OCN / {{NAME:Nnamdi Abiodun}}, MD`,

  `EXPORT infusion_schedule.csv  site={{FACILITY:St. Brendan Outpatient Infusion}}  run={{DATE:2025-05-09 05:00}}
appt_dt,chair,pt_name,mrn,dob,drug,dose,rn,ph
{{DATE:2025-05-09 07:30}},1,"{{NAME:ROBICHAUX, LUCIEN}}",{{MRN:00412287}},{{DATE:1952-03-30}},infliximab,700mg,{{NAME:KBAPTISTE}},{{PHONE:337-555-0174}}
{{DATE:2025-05-09 08:00}},2,"{{NAME:WHITCOMBE, DWAYNE T}}",{{MRN:00840017}},{{DATE:1961-12-02}},IVIG,88g,{{NAME:TOLAWALE}},{{PHONE:608-555-0166}}
{{DATE:2025-05-09 08:15}},4,"{{NAME:NGUYEN THI, LAN}}",{{MRN:01188034}},{{DATE:1979-07-07}},belimumab IV,10mg/kg,{{NAME:JLINDQVIST}},{{PHONE:608-555-0125}}
{{DATE:2025-05-09 09:00}},5,"{{NAME:FERREIRA, ANTONIO}}",{{MRN:00702911}},{{DATE:1958-10-21}},pegloticase,8mg,{{NAME:KBAPTISTE}},{{PHONE:608-555-0192}}
{{DATE:2025-05-09 10:30}},7,"{{NAME:BEGAY, LORETTA}}",{{MRN:01100362}},{{DATE:1970-01-15}},iron sucrose,200mg,{{NAME:JLINDQVIST}},{{PHONE:505-555-0133}}
# 5 rows; export by svc acct; host {{IP:198.51.100.23}}`,

  `NURSING NOTE - implanted port access / IVIG
{{DATE:01/07/2025}} 0905  {{FACILITY:Lakeview Infusion Suites}}, room 3
Pt {{NAME:Aurelio Bustamante}}, 44M, dermatomyositis (anti-TIF1g neg, anti-MDA5 neg), MRN {{MRN:LV-202258}}
Port: R chest single-lumen power port placed {{DATE:10/2/24}} by IR (Dr. {{NAME:Chaudhry}}). Port ID card: model PP-8F, SN {{DEVICE:18KQ47720}}.
Site clean, no erythema. Accessed w/ 20G 3/4" non-coring needle, first attempt, brisk blood return. Labs drawn: CK 388 (was 4,120 in Sept), aldolase, CMP.
IVIG 2 g/kg divided over 2 days (80 g today), pre-hydration 500 mL NS. Rate per protocol; max 6 mL/kg/h reached 1115.
VS stable throughout. MMT-8 per PT {{NAME:Rosalind}} 128/150 (up from 109).
1430 complete, flushed 10 mL NS + heparin 500 u/5 mL, de-accessed. Dressing dry.
Pt reports grip better, able to climb stairs to apt ({{ADDRESS:77 Ridgeview Terr #3F}}, {{LOCATION:Yonkers}}).
Day 2 {{DATE:1/8}} 0900. Sister {{NAME:Inés}} will bring him.
{{NAME:Makeda Tesfaye}}, RN`,

  `ANTICOAG CLINIC - POC INR LOG   {{FACILITY:Lakeshore Anticoagulation Service}}   {{DATE:Tue 04/15/2025}}
Pt|MRN|Indic|Goal|INR|Wkly dose (mg) old->new|Next|By
{{NAME:Lindgren, Astrid}}|{{MRN:LS1187720}}|AF|2-3|2.4|35->35|{{DATE:5/13}}|{{NAME:DK}}
{{NAME:Obi, Chukwuemeka}}|{{MRN:LS2011493}}|LV thrombus|2-3|1.6|42.5->47.5|{{DATE:4/22}}|{{NAME:DK}}
{{NAME:Sanchez-Lugo, Ivelisse}}|{{MRN:LS2077631}}|APS, arterial|2.5-3.5|2.9|52.5->52.5|{{DATE:4/29}}|{{NAME:MP}}
{{NAME:Whitehorse, Dale}}|{{MRN:LS1990845}}|mech MVR|2.5-3.5|4.6|40->35 (hold x1)|{{DATE:4/18}}|{{NAME:MP}}
{{NAME:Petrov, Yuri}}|{{MRN:LS2140008}}|DVT/PE|2-3|2.1|30->30|{{DATE:5/13}}|{{NAME:DK}}
{{NAME:Tran, Phuong}}|{{MRN:LS2031126}}|AF + CKD4|2-3|3.2|25->22.5|{{DATE:4/29}}|{{NAME:MP}}
Comments:
- {{NAME:Whitehorse}}: no bleeding; had 3 days of cipro from UC in {{LOCATION:Bemidji}}. Wife {{NAME:Lorraine}} to call if any bleeding.
- {{NAME:Obi}}: missed 3 doses (traveled to {{LOCATION:Enugu}} for funeral), back {{DATE:4/10}}.
- {{NAME:Sanchez-Lugo}}: lupus anticoagulant+, triple positive; DOAC not appropriate (discussed again).
Pharmacists: {{NAME:DK}} {{NAME:Devorah Klein}}; {{NAME:MP}} {{NAME:Marcus Pryor}}`,

  `PERI-PROCEDURAL ANTICOAGULATION PLAN
To: Dr. {{NAME:Faisal Haroun}}, {{FACILITY:Northshore Endoscopy Center}}  fax {{FAX:(847) 555-0128}}
Re: {{NAME:FLANAGAN, BRIDGET A}}  DOB {{DATE:3/19/1951}}  MRN {{MRN:LS2066402}}
Procedure: colonoscopy w/ possible polypectomy, {{DATE:Thursday June 12, 2025}}
Indication for anticoag: unprovoked PE 2019 + recurrent DVT 2022; on warfarin (goal 2-3). CrCl 48.
Bridging: not indicated for VTE >12 mo per guidance; no mech valve.
Plan:
 {{DATE:6/7}} (Sat) - last warfarin dose
 {{DATE:6/11}} - INR at clinic; if >1.5 call us
 {{DATE:6/12}} - procedure. Resume warfarin usual dose that evening if hemostasis ok
 {{DATE:6/13-6/16}} - no enoxaparin unless high-risk polypectomy -> then enoxaparin 1 mg/kg q12h starting 48 h post
 {{DATE:6/19}} - INR check
Pt aware; son {{NAME:Declan}} will drive ({{PHONE:847-555-0102}}).
Questions: {{NAME:Marcus Pryor}}, PharmD  {{PHONE:847-555-0109}}  {{EMAIL:mpryor@lakeshoreanticoag.example.org}}
Signed {{DATE:5/30/25}}`,

  `HTC - HOME INFUSION NURSE VISIT
Agency: {{FACILITY:Wind River Home Infusion}}   Visit {{DATE:03/21/2025}} 1600-1715
Pt: {{NAME:Tobias}} "{{NAME:Toby}}" {{NAME:Greenleaf}} 9 yo, moderate hemophilia B (FIX 2%), HTC: {{FACILITY:Great Plains Hemophilia Treatment Center}}
Home: {{ADDRESS:41 County Rd 112}}, {{LOCATION:Lander}} WY {{ZIP:82520}}
Present: mom {{NAME:Krista Greenleaf}}, grandma "{{NAME:Nonie}}".
Reason: prophylaxis teaching - rFIX EHL 50 IU/kg q7d (1500 IU). Mom infusing via peripheral since {{DATE:Jan 2025}}.
Mom accessed L hand vein 2nd attempt, 25G butterfly; infused over 4 min; no issue. Reviewed bleed log: 1 bleed R knee {{DATE:3/9}} after trampoline (treated 1 extra dose).
Supply check: 4 doses on hand, sharps bin 3/4 full. Next delivery due {{DATE:3/28}} from {{FACILITY:Summit Bleeding Disorders Pharmacy}}.
Vitals nl. Knee no effusion.
Plan: next visit {{DATE:4/18}}; mom to self-infuse independently after 2 more supervised.
Call HTC nurse {{NAME:Greta Olmstead}} {{PHONE:307-555-0115}} w/ questions.
RN {{NAME:Marla Two Crow}}  mileage 64`,

  `PACKING SLIP / DELIVERY CONFIRMATION
{{FACILITY:Summit Bleeding Disorders Pharmacy}}   {{ADDRESS:6020 Arapahoe Rd, Bldg 2}}, {{LOCATION:Boulder}} CO {{ZIP:80303}}  {{PHONE:303-555-0170}}
Order {{ID:SBD-0045102}}   Ship date {{DATE:03/27/2025}}   Carrier ground, cold chain 2-8C
Ship to: {{NAME:Krista Greenleaf}} (parent of {{NAME:Tobias Greenleaf}})  {{ADDRESS:41 County Rd 112}}, {{LOCATION:Lander}} WY {{ZIP:82520}}
Contents:
 - rFIX extended half-life 1500 IU vial kit   x 4
 - rFIX extended half-life 1000 IU vial kit   x 2 (breakthrough)
 - ancillary: 25G butterflies x10, alcohol pads, 10 mL syringes, sharps bin 1.4 qt
 - temp logger
Rx # {{ID:RX-2204417}} written by {{NAME:Hugo Lindahl}}, MD (HTC)  NPI {{LICENSE:1972004561}}
Payer: WY Medicaid ID {{HEALTH_PLAN:WYM-00482771}}
Tracking {{ID:1Z92A8F40377521108}}
Delivered {{DATE:3/28/25 10:42}}  signed: "{{NAME:K Greenleaf}}"
Dose on hand reported by phone {{DATE:3/25}}: 2 (call by {{NAME:Shay}}, pharmacy tech)`,

  `{{FACILITY:Great Plains Hemophilia Treatment Center}} - Women & Bleeding Disorders clinic
{{DATE:Oct 3 2024}}   {{NAME:Hollis-Amadi, Chiamaka}}  "{{NAME:Chi}}"  22F  MRN {{MRN:GP-0081142}}
vWD type 1: VWF:Ag 31%, VWF:RCo 28%, FVIII 44% (baseline {{DATE:Jun 2023}}). Blood type O.
HMB since menarche; PBAC 310; ferritin 7 -> iron sucrose x5 done {{DATE:8/2024}} (ferritin now 62).
Plan for dental extraction (wisdom teeth x4) {{DATE:10/21/24}} w/ Dr {{NAME:Winslow}}, {{FACILITY:Prairie Oral Surgery}}:
 - DDAVP trial {{DATE:10/8}}: VWF:RCo 28 -> 96% at 1 h, 71% at 4 h. Responsive.
 - day of: DDAVP 0.3 mcg/kg IV 1 h pre-op; TXA 1300 mg TID x7 d starting night before; fluid restrict 24 h; Na check day 1.
 - If >1 dose needed call HTC.
Gyn (Dr. {{NAME:Mbatha}}): LNG-IUD placed; bleeding down.
Mom {{NAME:Ngozi}} (likely type 1 too) scheduled for testing {{DATE:11/5}}.
Emergency letter updated; pt carries card. Insurance {{HEALTH_PLAN:BCBSND-7730012847}}.
Cell {{PHONE:701-555-0183}}
{{NAME:Hugo Lindahl}}, MD / {{NAME:Greta Olmstead}}, RN`,

  `HOME INFUSION VISIT - peds hemophilia A w/ port
{{FACILITY:Crossroads Home Infusion}}   {{DATE:2/4/2025}}
Pt: {{NAME:Mateusz Wiśniewski}} ("{{NAME:Matti}}") 3 yo, severe HA, inhibitor hx (ITI completed 2024, now tolerized)
Caregivers: mom {{NAME:Kasia}}, dad {{NAME:Piotr}}; live at {{ADDRESS:1902 N Oakley Ave, 2nd fl}}, {{LOCATION:Chicago}} {{ZIP:60647}}
Port: L chest, placed 2023, SN {{DEVICE:PX4419803}}. Accessed sterile by RN; good return; flushed.
Infused rFVIII 500 IU (≈35 IU/kg) - prophylaxis q48h. Recovery level drawn for HTC: FVIII 1 h post (sent to {{FACILITY:Ravenswood Reference Lab}}, req {{ID:RRL-5530192}}).
Child tolerated w/ tablet video. Mom practicing port access on training doll - 3/5 checklist items independent.
Concern: dad says port site itchy - skin intact, tegaderm reaction? switched to IV3000.
Next visit {{DATE:2/6}}, then {{DATE:2/8}}. HTC (Dr. {{NAME:Sandoval}}) updated by msg.
Polish interpreter {{NAME:Agnieszka}} (ID 48812) via video for teach portion.
{{NAME:Luis Arreola}}, RN  cell {{PHONE:773-555-0198}}`,

  `SICKLE CELL DAY HOSPITAL - transition pt
{{FACILITY:Mercy Grove Adult Sickle Cell Center}}  {{DATE:03-06-2025}}
{{NAME:Jamal Okoro-Beckford}} 19M HbSS, transferred from {{FACILITY:Hill Country Children's Hematology}} {{DATE:Aug 2024}}; hx stroke age 6 (L MCA) -> chronic transfusion.
Today: scheduled automated RBC exchange (erythrocytapheresis) via R IJ Vortex port SN {{DEVICE:VX7-20331948}}.
Pre: HbS 38%, Hct 27, ferritin 1,140 (was 2,300 before switch to exchange). Post: HbS target <30%, Hct 30.
Procedure by apheresis RN {{NAME:Winifred Achterberg}} 0915-1130. 8 units HbS-neg, C/E/K matched; antibody screen neg (anti-E hx, honored).
Tolerated; tingling lips -> Ca gluconate per protocol. 
Transition readiness: TRAQ 3.4. Pt manages own appts now; mom {{NAME:Patrice Beckford}} still co-signs.
School: {{FACILITY:Balcones Technical College}} - DSS letter renewed.
Deferasirox 14 mg/kg daily, adherence ok.
Next exchange {{DATE:4/3}}. Call {{PHONE:512-555-0145}}.
Dr. {{NAME:Emeka Nwosu}} / {{NAME:CI}}`,

  `{{FACILITY:Mercy Grove Adult Sickle Cell Center}}
{{ADDRESS:1810 E 32nd St, Suite 400}}, {{LOCATION:Austin}} TX {{ZIP:78722}}   ph {{PHONE:512-555-0140}}   fax {{FAX:512-555-0141}}
INDIVIDUALIZED ED CARE PLAN - please keep with pt
Patient: {{NAME:Tameka Ashford}}   DOB {{DATE:08/19/1997}}   MRN {{MRN:MG-6620184}}
Genotype HbSS. Baseline Hgb 7.5-8.0, retic 8-12%, Tbili 2-3. Allo-antibodies: anti-Fya, anti-Jkb (need matched blood).
Pain plan (effective {{DATE:11/15/2024}}, review {{DATE:11/15/2025}}):
 1. Within 60 min of triage: HYDROmorphone 1.5 mg IV/SC; repeat q20-30 min x2.
 2. Ketorolac 15 mg IV if Cr normal.
 3. Avoid meperidine. No NSAIDs if AKI.
 4. IVF D5 1/2NS at 1x maint - avoid bolus unless hypovolemic.
Red flags: ACS (CXR hx ACS x2 2019/2021), priapism N/A, stroke sx -> call heme.
Primary hematologist: {{NAME:Emeka Nwosu}}, MD  pager {{PHONE:512-555-0146}}
Day hospital M-F 0800-1600 - prefer direct admit there.
Emergency contact: {{NAME:DeShawn Reyes}} (partner) {{PHONE:512-555-0147}}
Approved by {{NAME:E. Nwosu}} {{DATE:11/15/24}}`,

  `IRON INFUSION - adverse reaction note
{{FACILITY:Riverbend Hematology & Infusion}}   {{DATE:3/19/2025}} 1347
Pt {{NAME:Castellanos, Yesenia}}  MRN {{MRN:RB-4420917}}  23F, G2P1 at 24 wk, IDA (Hgb 8.9, ferritin 4)
Product: LMW iron dextran 1000 mg in 250 mL NS after 25 mg test dose (tolerated 1310-1340).
At 1347 (~5 min into full dose) flushing face/chest, myalgia back/chest, no wheeze, no hypotension (BP 118/72), SpO2 99%, FHR per OB tele 140s.
Consistent w/ Fishbane reaction (not anaphylaxis). Infusion paused 15 min, sx resolved w/o meds. Restarted at 50% rate, completed 1620 w/o recurrence.
OB (Dr {{NAME:Halima Yusuf}}, {{FACILITY:Women's Clinic of South Padre}}) notified by phone 1400.
Partner {{NAME:Josue}} in waiting room, updated.
Plan: repeat CBC/ferritin 4 wk; if 2nd dose needed -> switch to ferric carboxymaltose or iron sucrose (PAP pending, ID {{ID:PAP-FCM-221904}}).
Report {{ID:RB-ADR-0147}}.
{{NAME:Reggie Tan}}, RN / Dr. {{NAME:Benedikt Aurich}}`,

  `FAX COVER - REFERRAL FOR IV IRON
To: {{FACILITY:Riverbend Hematology & Infusion}} scheduling   Fax {{FAX:(563) 555-0156}}
From: {{FACILITY:Quad Cities Digestive Health}}, {{ADDRESS:2400 Kimberly Rd, Ste 120}}, {{LOCATION:Davenport}} IA {{ZIP:52807}}   Ph {{PHONE:563-555-0157}}
Date: {{DATE:04/30/25}}   Pages: 6 (incl. cover)
Patient: {{NAME:MCALLISTER, DOUGLAS R}}   DOB {{DATE:12/01/1944}}   Ph {{PHONE:563-555-0168}}
Ins: Medicare A/B MBI {{HEALTH_PLAN:3PK9-RW2-HT71}}; supplement AARP {{HEALTH_PLAN:AA0488217301}}
Dx: D50.0 IDA from chronic GI blood loss (gastric AVMs, APC x2 2024); CKD3b; intolerant to oral iron (constipation, nausea).
Labs {{DATE:4/22/25}}: Hgb 9.1, MCV 74, ferritin 9, TSAT 5%.
Request: ferric derisomaltose 1000 mg x1 or iron sucrose 200 mg x5, per your protocol. Pt prefers fewest visits - wife {{NAME:Joan}} drives and he's on O2 2L.
Ordering: Dr. {{NAME:Rajiv Menon}}  NPI {{LICENSE:1558309127}}
Contact: {{NAME:Becky}} (MA) ext {{PHONE:214}}
CONFIDENTIALITY: this fax contains PHI. If received in error call {{PHONE:563-555-0157}} and destroy.`,

  `WOUND CLINIC - VLU   {{FACILITY:Sun Prairie Wound Care}}
{{NAME:Oyelowo, Funmilayo}}   DOB {{DATE:7/28/1963}}   acct {{ACCOUNT:SPW-118830}}   DOS {{DATE:Mon 9/8/25}}
Clinician {{NAME:Jarrah Whitlock}}, FNP-C, CWS
Wk 6 of care. Venous leg ulcers L gaiter.
W1 L medial malleolus: 5.6 x 4.2 x 0.2 (wk1 7.9 x 5.5 x 0.3). Yellow slough 30%, granulation 70%. Heavy serous. Periwound maceration, hemosiderin staining, lipodermatosclerosis.
W2 L anterior shin: 1.0 x 0.7 x 0.1 - nearly closed.
Photos: {{PHOTO:SPW_118830_W1_2025-09-08.png}}, {{PHOTO:SPW_118830_W2_2025-09-08.png}}
ABI L 0.96 / R 1.02 ({{DATE:7/28/25}}), arterial ok for compression. Venous duplex: GSV reflux L.
Tx: selective debridement W1 (curette) 23.5 cm2; calcium alginate, zinc paste (Unna boot) + 2-layer compression 40 mmHg. Elevate.
Referral: vein clinic Dr. {{NAME:Castellanos-Reid}} for ablation eval.
Pt lives alone {{ADDRESS:618 Bird St}}, {{LOCATION:Sun Prairie}}; neighbor {{NAME:Gail}} helps w/ groceries. Works part-time {{FACILITY:Prairie Lanes Bowling}}.
Next {{DATE:9/15}}. Boot change by {{FACILITY:Dane Home Nursing}} Thurs.
-{{NAME:JW}}`,

  `WOUND CONSULT - pressure injury   {{DATE:11.04.2024}}
Referred from {{FACILITY:Glenhaven Skilled Nursing & Rehab}} ({{LOCATION:Rocky Mount}}) - transport by {{FACILITY:Tar River Medical Transport}}.
{{NAME:Eula Mae Pettiford}}, {{AGE:96}} yo F, MRN {{MRN:NA-77410238}}. Advanced dementia, bedbound, PO intake ~40%, albumin 2.6.
Sacrum: Stage 4 PI, 6.8 x 5.1 x 2.3 cm, undermining 2.0 cm 10-2 o'clock, tunnel 3.1 cm at 12. Bone palpable? - no. Eschar 20%. Foul odor. Photo ref {{PHOTO:PETTIFORD_SACRUM_110424_A.jpg}}.
R heel: unstageable, 3.0 x 2.8 cm stable dry eschar - leave intact. Photo {{PHOTO:PETTIFORD_RHEEL_110424_B.jpg}}.
Braden 9.
Plan: conservative sharp debridement sacrum today (non-viable, 12 cm2). NPWT to sacrum 125 mmHg continuous, change MWF by SNF wound nurse {{NAME:Lashonda Bullock}}, LPN. Low air loss mattress. Protein supplement. Heel offloading boots.
Goals: comfort + healing as feasible; discussed w/ granddaughter/POA {{NAME:Tonya Pettiford-Hines}} ({{PHONE:252-555-0131}}), aware of poor healing potential at {{AGE:96}}.
Medicaid {{HEALTH_PLAN:903318774K}}.
Return 2 wk {{DATE:11/18}}.
Dr. {{NAME:Ikenna Ugwu}}, MD, CWSP   dictated, tx {{NAME:rl}}`,

  `NPWT ORDER / DELIVERY TICKET
Vendor: {{FACILITY:CarolinaWound DME}}  ph {{PHONE:919-555-0112}}  fax {{FAX:919-555-0113}}
Ticket {{ID:CWD-2024-110532}}   Ordered {{DATE:11/04/2024}}   Delivered {{DATE:11/05/2024 14:20}}
Patient: {{NAME:Pettiford, Eula Mae}}   DOB {{DATE:02/02/1928}}
Location: {{FACILITY:Glenhaven Skilled Nursing & Rehab}}, {{ADDRESS:900 Hunter Hill Rd}}, {{LOCATION:Rocky Mount}} NC {{ZIP:27804}}, rm 214B
Unit: NPWT portable, SN {{DEVICE:NW5-24-0088317}}, canister 300 mL
Settings: 125 mmHg continuous, black foam, sacral wound 6.8 x 5.1 x 2.3 cm
Dressing changes: 3x/wk. Supplies: 15 dressing kits, 10 canisters per month.
Ordering: {{NAME:Ikenna Ugwu}}, MD  NPI {{LICENSE:1093318826}}
Payer: NC Medicaid {{HEALTH_PLAN:903318774K}} - PA {{ID:NCM-PA-77120093}} approved 30 days, recert due {{DATE:12/4/24}}
Received by: {{NAME:L. Bullock}}, LPN (facility)
Delivery tech: {{NAME:Corey Mabe}}
Alarm troubleshooting: 24 h line {{PHONE:1-800-555-0119}}`,

  `HYPERBARIC MEDICINE CONSULT
{{FACILITY:Tidewater Wound & Hyperbaric Center}}   {{DATE:January 27, 2025}}
Pt: {{NAME:Augustin Delacroix}}   62M   MRN {{MRN:TW-341177}}
Referred by: oral surgeon Dr. {{NAME:Ilse Vandermeer}} ({{FACILITY:Chesapeake Oral & Maxillofacial}})
Hx: SCC base of tongue 2019, IMRT 70 Gy. Now exposed bone R posterior mandible x 4 mo after extraction #30-31; trismus 28 mm. Needs further extraction #29.
Dx: osteoradionecrosis mandible, Notani II.
HBOT: 2.0-2.4 ATA x 90-120 min; Marx-type 20 pre / 10 post-op protocol (30 tx). UHMS indication accepted.
Screening: no PTX, no untreated COPD (ex-smoker 30 pk-yr, PFT FEV1 78%), no claustrophobia (tolerated MRI), ears - TM mobile, Valsalva ok. Not on bleomycin/doxorubicin.
Meds: pentoxifylline 400 TID + vit E 1000 IU started by OMFS.
Plan: begin {{DATE:2/3}}, weekdays 0800 slot chamber 1. Transport via son {{NAME:Rémy}}; lives in {{LOCATION:Smithfield}}.
Auth submitted, ref {{ID:OPT-HBO-551920}}; member {{HEALTH_PLAN:TRC9920174433}}.
Phone {{PHONE:757-555-0175}}; email {{EMAIL:adelacroix62@example.net}}
{{NAME:Anand Subramaniam}}, MD, UHM`,

  `HBO DAILY LOG - monoplace chamber 1 - wk of {{DATE:3/10/25}}
Pt {{NAME:DELACROIX, A.}}  {{MRN:TW-341177}}  ORN mandible, post-op tx 4-8 of 10 (ext #29 done {{DATE:3/4}} by Dr {{NAME:Vandermeer}})
{{DATE:3/10}} tx 24  2.4 ATA 90'  no issues  - {{NAME:MV}}
{{DATE:3/11}} tx 25  2.4 ATA 90'  c/o fatigue; BP 148/86  - {{NAME:MV}}
{{DATE:3/12}} tx 26  aborted at 12 min: L ear pain at 1.6 ATA, unable to clear. TEED 2 L. Decompressed. Dr {{NAME:Lindgren}} assessed; Afrin + pseudoephedrine pre-tx  - {{NAME:RO}}
{{DATE:3/13}} tx 26  2.4 ATA 90'  slow compression 1 psi/min, ok  - {{NAME:RO}}
{{DATE:3/14}} tx 27  2.4 ATA 90'  ok. Myopia check: reading blurrier, informed reversible  - {{NAME:MV}}
Wound check (OMFS {{DATE:3/14}}): mucosa closing over socket.
Son {{NAME:Rémy Delacroix}} requests written sched for employer ({{FACILITY:Elizabeth River Marine Services}}) - printed.
Remaining: tx 28-30 {{DATE:3/17-3/19}}.
{{NAME:MV}} = {{NAME:Mallory Vance}}, CHT; {{NAME:RO}} = {{NAME:Rasheed Oyelaran}}, CHT`,

  `LYMPHEDEMA EVALUATION - LE
{{FACILITY:Harbor Point Rehab}}  {{DATE:5/20/25}}
Pt {{NAME:Beauregard, Lucille}} ("{{NAME:Lou}}")  71F  MRN {{MRN:HP80311}}
Referral Dr {{NAME:Eleni Papadakis}} ({{FACILITY:Seacoast Vascular}}) - bilat LE edema R>L x 5 yrs, cellulitis x3 (last {{DATE:Feb 2025}}, admitted {{FACILITY:Cocheco Valley Hospital}} 4 d).
PMH: obesity BMI 41, CHF EF 55%, OSA, venous insuff, hx R knee TKA 2016.
Exam: Stemmer + bilat 2nd toes. Pitting 2+ R, 1+ L. Skin: papillomatosis R dorsum foot, hyperkeratosis, no open wounds. Lipedema features thighs? fat pads sparing feet - consider.
Girth (cm) R/L: MTP 25.0/23.2; ankle 31.5/27.9; calf 49.8/44.3; knee 52.0/47.6.
ISL stage II R, I-II L. LLIS score 42.
Plan: CDT phase 1 - 3x/wk x 4 wk; multilayer bandaging to knee; pneumatic pump LMN - letter to payer. Garments after reduction: flat-knit CCL3 thigh-high R.
Pt's daughter {{NAME:Coralie}} drives from {{LOCATION:Dover}}; pt prefers afternoon.
Goals discussed; consented.
{{NAME:Cormac Doyle}}, PT, CLT-LANA   cosign {{NAME:HPR}}`,

  `From: {{EMAIL:orders@baysidecompression.example.com}}
To: {{EMAIL:lymph.clinic@harborpointrehab.example.org}}
Sent: {{DATE:Tue, 10 Jun 2025 09:12}}
Subject: RE: order {{ID:BMC-90117}} - Beauregard - thigh-high CCL3 - backorder

Hi {{NAME:Cormac}},
Quick update on Ms. {{NAME:Beauregard}}'s custom flat-knit R thigh-high (CCL3, 34-46 mmHg, silicone band, open toe). Manufacturer shows backorder on the "sand" fabric until ~{{DATE:6/27}}. Options: (a) black, ships {{DATE:6/13}}; (b) wait for sand. Her daughter {{NAME:Coralie Beauregard}} called us and said black is fine but wanted to check with you re: fit appt.
Also: Medicare denied the wrap-around Velcro device as non-covered - ABN signed {{DATE:5/28}}, she'll self-pay $289 on acct {{ACCOUNT:BMC-C-005230}}.
Fitting slot {{DATE:6/24}} 2pm at our {{LOCATION:Dover}} store, {{ADDRESS:12 Broadway, Unit 4}} - does that work w/ her CDT schedule?
Thanks,
{{NAME:Tamsin Leclerc}}, CFm
{{FACILITY:Bayside Medical Compression}} | {{PHONE:603-555-0110}}`,

  `wound nurse texts - {{FACILITY:Dane Home Nursing}} ({{DATE:9/11}})
{{NAME:Bree}} 0712: morning! route: 1) {{NAME:Oyelowo}} Unna change 2) {{NAME:Kjellberg}} (vac) 3) Mrs. {{NAME:T}} heel
{{NAME:Sam}} 0715: i can take 3, im near {{LOCATION:Cottage Grove}}
{{NAME:Bree}} 0716: ty. mrs {{NAME:T}} = {{NAME:Trudy Haugen}}, {{ADDRESS:4410 Vilas Hope Rd}}. she gets confused so call son {{NAME:Nils}} first {{PHONE:608-555-0106}}
{{NAME:Sam}} 0720: 👍 photo upload to portal as usual? {{URL:https://woundlink.danehn.example/upload?pt=4471}}
{{NAME:Bree}} 0721: yes. name files LASTNAME_SITE_MMDD
{{NAME:Bree}} 1105: {{NAME:Oyelowo}} W1 4.9 x 3.8 today, better. pic {{PHOTO:OYELOWO_W1_0911.jpg}}
{{NAME:Bree}} 1240: {{NAME:Kjellberg}} vac alarm "leak" - reseal ok. unit {{DEVICE:NW5-24-0091140}}. vendor # if needed {{PHONE:1-800-555-0119}}
{{NAME:Sam}} 1302: {{NAME:Haugen}} heel blister popped, 1.2 x 1.0, pic {{PHOTO:HAUGEN_RHEEL_0911.jpg}}. texted {{NAME:Jarrah}} at clinic for orders
{{NAME:Jarrah W}} 1310: foam + float heels, I'll see her {{DATE:9/15}}`,

  `PATIENT PORTAL - message thread (exported for chart)
Pt: {{NAME:Nguyen Thi Lan}}  MRN {{MRN:01188034}}   Portal acct {{ACCOUNT:PT-88301926}}
[{{DATE:2025-04-28 21:47}}] from pt: Dr {{NAME:Olumide}}, my knuckles swell again and fingers turn white then blue when cold (Raynaud?). Also rash on cheeks after garden. Next Benlysta is {{DATE:May 9}} right? Can I take advil? -Lan
[{{DATE:2025-04-29 08:15}}] {{NAME:Hana Brzezinski}}, RN: Hi Lan - yes infusion {{DATE:5/9}} 0815 chair 4. Ok to take ibuprofen 400 mg with food up to 3x/day for a few days (your kidney labs {{DATE:4/10}} were normal). Use sunscreen SPF 50. Please come for labs (CBC, C3/C4, dsDNA, UA) before infusion. I scheduled Dr {{NAME:Olumide}} to see you {{DATE:5/9}} during infusion.
[{{DATE:2025-04-29 12:03}}] from pt: thank you. my husband {{NAME:Tuan}} can bring me. parking plate {{VEHICLE:AKR-3317}} for validation pls
[{{DATE:2025-04-29 12:30}}] {{NAME:HB}}: added to list.
Audit: pt sessions from {{IP:203.0.113.58}} (home) and {{IP:198.51.100.140}} (mobile).`,

  `LUPUS NEPHRITIS - IV CYCLOPHOSPHAMIDE (Euro-Lupus) dose 4/6
{{DATE:06/16/2025}}   {{FACILITY:Valle Sur Rheumatology}} infusion room B
Pt: {{NAME:Castellanos Ruiz, Yesenia}}  MRN {{MRN:VS-30022817}}  24F  (postpartum 3 mo, not breastfeeding)
Class III+V LN (bx {{DATE:Mar 2024}}, {{FACILITY:Rio Bravo General Hospital}}, path {{ID:VRP-24-01987}}).
Doses: #1 {{DATE:4/21}} #2 {{DATE:5/5}} #3 {{DATE:5/19}} #4 today; #5 {{DATE:6/30}}, #6 {{DATE:7/14}}.
Pre: WBC 5.2, ANC 3.9 (nadir d10 after #3: 2.8), Cr 0.9, UPCR 1.1 (from 3.4), UA no blood. C3 78.
Premeds: ondansetron 8 mg IV, mesna 100 mg IV pre + 2 po. Leuprolide for ovarian protection given {{DATE:4/14}}. Contraception: Nexplanon.
CYC 500 mg in 250 mL NS over 60 min - 1005-1110. No rxn. Post-hydration 500 mL.
MMF to start 2 wk after #6. HCQ 300, pred 7.5, losartan 25.
Partner {{NAME:Josué}} w/ baby {{NAME:Mateo}}. Pt asked re: belimumab PAP - approved, ID {{ID:PAP-BEL-0076124}}, first ship to clinic {{DATE:7/1}}.
SLEDAI-2K today 6 (proteinuria 4, low C 2).
{{NAME:Alejandra Treviño}}, MD / RN {{NAME:Ana Lucía Garza}}`,

  `HEMATOLOGY - thrombophilia/pregnancy   {{FACILITY:Lakeshore Anticoagulation Service}} (co-managed w/ MFM)
{{DATE:2/3/2025}}   {{NAME:Sanchez-Lugo, Ivelisse}}  DOB {{DATE:9/23/1989}}  MRN {{MRN:LS2077631}}
APS (triple positive: LA+, aCL IgG 88, anti-b2GPI IgG 64) w/ arterial event (L PCA stroke 2021). Also SLE (ANA 1:640, no renal).
Now G3P1 (1 loss at 11 wk 2022) at 6w2d by LMP {{DATE:12/21/24}}.
Warfarin stopped {{DATE:1/30}} (teratogenic after 6 wk) -> enoxaparin 1 mg/kg q12h (80 mg q12h). Anti-Xa goal 0.6-1.0, check {{DATE:2/10}} 4 h post.
ASA 81 mg continue. HCQ 200 BID continue (reduces pregnancy complications).
Teaching: self-inject abdomen, sharps disposal. Pharmacy {{FACILITY:Humboldt Park Community Pharmacy}} - enoxaparin PA approved, ref {{ID:PA-ENX-884120}}.
MFM: Dr {{NAME:Odunayo Bankole}}, {{FACILITY:Northshore Maternal-Fetal Medicine}}, 1st visit {{DATE:2/12}}.
Postpartum: resume warfarin (breastfeeding OK), bridge w/ enox until INR 2.5-3.5 x2.
Husband {{NAME:Andrés}} at visit. Pt phone {{PHONE:773-555-0154}}.
{{NAME:Marcus Pryor}}, PharmD / Dr. {{NAME:Shoshana Feld}}, hematology`,

  `INFUSION CENTER KIOSK CHECK-IN LOG   {{FACILITY:Westfall Infusion Center - Eastgate}}   {{DATE:2025-03-04}}
time|pt|ID method|match|chair|note
0712|{{NAME:VARGA, KRISTOF}}|palm vein tmpl {{BIOMETRIC:PV-7730-2281-91}}|99.2%|9|RTX maint #1
0721|{{NAME:EZE-HARTMANN, NGOZI}}|palm vein tmpl {{BIOMETRIC:PV-7730-0417-55}}|98.7%|11|RTX C3D1
0735|{{NAME:DUBOIS, MARGUERITE}}|photo ID + DOB {{DATE:06/11/1947}}|manual|3|tocilizumab; enroll palm vein next visit
0740|{{NAME:OKAFOR, CHIDI}}|palm vein tmpl {{BIOMETRIC:PV-7730-3318-02}}|71.0% FAIL|--|re-scan x2 fail (hand bandaged); verified by MRN {{MRN:WU01044618}} + face, photo {{PHOTO:checkin_0740_okafor.jpg}}
0802|{{NAME:STAVROU, ELENI}}|palm vein tmpl {{BIOMETRIC:PV-7730-1205-77}}|99.6%|6|zoledronic acid
0815|caregiver for {{NAME:DUBOIS}}: son {{NAME:Laurent Dubois}}, visitor badge {{ID:V-31185}}
Front desk: {{NAME:Yara Haddad}}. Kiosk terminal {{IP:192.0.2.118}}.
Issue for IT: kiosk 2 camera fogging - ticket to IT.`,

  `TELEHEALTH VISIT - Rheumatology (video)
{{DATE:08/19/2025}} 1400-1422   Provider at {{FACILITY:Sandhill Rheumatology}}; pt at home in {{LOCATION:Kearney}} (NE, confirmed for licensure)
Pt: {{NAME:Marguerite}} "{{NAME:Peg}}" {{NAME:Oltmanns}}  58F  MRN {{MRN:SR-120377}}
Link: {{URL:https://visit.sandhillrheum.example/room/7731-peg}}  pt IP {{IP:203.0.113.19}}
Consent for video obtained; husband {{NAME:Wendell}} helped w/ camera.
Psoriatic arthritis (DIP-predominant + dactylitis L 3rd toe), on secukinumab 150 mg q4wk since {{DATE:Jan 2025}}. Reports 70% better. Skin clear except scalp. No uveitis, no IBD sx.
On camera: no visible dactylitis, full fist, DIP swelling mild L 2-3. PsAID-12 3.1 (was 6.8).
Labs {{DATE:8/5}} CBC/CMP ok. 
Plan: continue secukinumab; refill via {{FACILITY:Orion Specialty Pharmacy}}; in-person visit {{DATE:11/18}} w/ XR feet.
Pt asks re: Sjogren - dry eyes only, no SSA; artificial tears.
{{NAME:N. Petrakis}}, MD (located {{LOCATION:Grand Island}})`,

  `NEW PATIENT INTAKE - auto-generated from e-form (submitted {{DATE:2025-01-06T19:33}})
Practice: {{FACILITY:Providence Hill Rheumatology}}
full_name: {{NAME:Bartholomew J. Okafor-Lindsey}}
preferred_name: {{NAME:Bart}}
dob: {{DATE:1982-11-30}}
address: {{ADDRESS:88 Eddy St Apt 12}}, {{LOCATION:Providence}} RI {{ZIP:02903}}
phone_mobile: {{PHONE:401-555-0127}}
email: {{EMAIL:bart.okaforlindsey@example.org}}
emergency_contact: {{NAME:Simone Okafor-Lindsey}} (spouse) {{PHONE:401-555-0128}}
insurance: Narragansett Health Plan, member {{HEALTH_PLAN:NHP00773019}}
pharmacy: {{FACILITY:Atwells Corner Pharmacy}}
employer: {{FACILITY:Ocean State Movers}}
reason_for_visit: "big toe and ankle swelling, went to ER twice, told gout, uric acid 9.8"
prior_dx: gout 2023; HTN; psoriasis (mild)
meds: HCTZ 25, allopurinol 100 (stopped, "didnt work")
family_hx: father - gout, mother - RA
haq_di: 0.75   rapid3: 14.2
referring: Dr. {{NAME:Lyle Okafor}} (no relation)
form_ip: {{IP:198.51.100.77}}   form_id: {{ID:EF-20250106-4471}}`,

  `LAB CRITICAL VALUE CALL
{{DATE:09/02/2025}} 1612   Caller: {{NAME:Darnell}}, {{FACILITY:Lakeview Reference Laboratory}}, ref # {{ID:CV-0902-118}}
Pt: {{NAME:WHITEHORSE, DALE}}  DOB {{DATE:7/7/1956}}  MRN {{MRN:LS1990845}}
Result: INR 7.2 (collected {{DATE:9/2/25 1305}}); Hgb 12.9 (stable vs 13.3).
Read back: yes. Received by {{NAME:Marcus Pryor}}, PharmD.
Called pt {{PHONE:218-555-0137}} 1620: wife {{NAME:Lorraine}} answered, pt on line. No bleeding, no bruising, no melena/hematuria, no HA, no falls. Started fluconazole {{DATE:8/28}} for thrush (Dr {{NAME:Holmquist}}, {{FACILITY:Cass Lake Family Clinic}}).
Mech MVR, goal 2.5-3.5.
Plan: hold warfarin {{DATE:9/2}} + {{DATE:9/3}}; no vit K (mech valve, no bleeding, INR <10) per Dr {{NAME:Shoshana Feld}} 1628. Recheck INR {{DATE:9/4}} at clinic. Fluconazole ends {{DATE:9/10}} - anticipate dose drop then rebound.
ED precautions reviewed. Home address for home draw if needed: {{ADDRESS:Rt 1 Box 49A}}, {{LOCATION:Cass Lake}} MN.
{{NAME:MP}} 1635`,

  `HTC CLINIC - hemophilia A with inhibitor
{{FACILITY:Great Plains Hemophilia Treatment Center}}   {{DATE:7-Nov-2024}}
{{NAME:Abdirahman Warsame}}  41M  MRN {{MRN:GP-0043318}}  Interpreter Somali ({{NAME:Faadumo}}, in person)
Severe HA, high-responding inhibitor (peak 64 BU 2015; now 3.2 BU {{DATE:10/2024}}). Failed ITI x1 as child in {{LOCATION:Nairobi}}.
On emicizumab 1.5 mg/kg weekly since 2020. Breakthrough: rFVIIa 90 mcg/kg q2-3h - avoid aPCC >100 U/kg/day on emicizumab (TMA risk) - reviewed again.
Bleeds 2024: 3 (R elbow x2, L hip iliopsoas {{DATE:6/12}} -> admitted {{FACILITY:Prairie Rose Medical Center}} 5 d).
Target joints: R elbow (synovitis), L knee (arthropathy, planned TKA - needs surgical plan w/ heme).
Home delivery: {{FACILITY:Summit Bleeding Disorders Pharmacy}}; address {{ADDRESS:2215 12th Ave S, Apt 108}}, {{LOCATION:Fargo}} ND {{ZIP:58103}}.
Works at {{FACILITY:Northern Plains Poultry}}; FMLA renewed.
Wife {{NAME:Hodan}}, 4 kids; daughters {{NAME:Ayaan}} (17) and {{NAME:Sagal}} (14) - carrier testing offered, FVIII levels ordered.
ND Medicaid {{HEALTH_PLAN:ND-M-55021937}}.
Dr. {{NAME:Hugo Lindahl}} / SW {{NAME:Birgit Halvorsen}}`,

  `HYDROXYUREA MONITORING - phone/labs log
Pt: {{NAME:Okoro-Beckford, Jamal}}  MRN {{MRN:MG-6631007}}   HU 1500 mg daily (~22 mg/kg)
date|ANC|plt|Hgb|MCV|HbF%|action|by
{{DATE:01/09/25}}|3.1|212|8.6|108|18|cont|{{NAME:PRS}}
{{DATE:02/06/25}}|1.4|165|8.4|111|--|hold x1 wk, recheck|{{NAME:PRS}}
{{DATE:02/13/25}}|2.2|190|8.5|--|--|resume 1500|{{NAME:CI}}
{{DATE:03/06/25}}|2.9|201|8.9|112|21|cont; exchange today|{{NAME:EN}}
{{DATE:04/03/25}}|3.4|225|9.0|113|22|cont|{{NAME:PRS}}
Phone {{DATE:2/7/25}}: left VM {{PHONE:512-555-0145}}; pt called back {{DATE:2/7}} 1710, understood to hold. Says pharmacy {{FACILITY:Cherrywood Pharmacy}} refilled early by mistake.
Pill count {{DATE:3/6}}: 28 of 30 expected - good.
Mom {{NAME:Patrice}} asks about HU and fertility - counseled; sperm banking info given ({{FACILITY:Capital Fertility Associates}}).
Key: {{NAME:PRS}} {{NAME:Priya Raman-Sethi}} NP; {{NAME:CI}} {{NAME:Consuelo Ibarra}} RN; {{NAME:EN}} {{NAME:Emeka Nwosu}} MD`,

  `WOUND IMAGING SYSTEM - upload audit export
site={{FACILITY:Sun Prairie Wound Care}}  range={{DATE:2025-09-08}}..{{DATE:2025-09-12}}
uploaded_at,uploader,patient,mrn,file,wound,L_cm,W_cm,D_cm
{{DATE:2025-09-08 10:14}},{{NAME:jwhitlock}},{{NAME:OYELOWO F}},{{MRN:SPW-118830}},{{PHOTO:SPW_118830_W1_2025-09-08.png}},W1,5.6,4.2,0.2
{{DATE:2025-09-08 10:15}},{{NAME:jwhitlock}},{{NAME:OYELOWO F}},{{MRN:SPW-118830}},{{PHOTO:SPW_118830_W2_2025-09-08.png}},W2,1.0,0.7,0.1
{{DATE:2025-09-09 14:02}},{{NAME:kstraub}},{{NAME:KJELLBERG H}},{{MRN:SPW-120214}},{{PHOTO:SPW_120214_W1_2025-09-09.png}},W1,8.1,6.0,1.9
{{DATE:2025-09-11 11:05}},{{NAME:bmoss}},{{NAME:OYELOWO F}},{{MRN:SPW-118830}},{{PHOTO:OYELOWO_W1_0911.jpg}},W1,4.9,3.8,--
{{DATE:2025-09-11 13:02}},{{NAME:sfolau}},{{NAME:HAUGEN T}},{{MRN:SPW-121907}},{{PHOTO:HAUGEN_RHEEL_0911.jpg}},R heel,1.2,1.0,0.0
flags: row 4-5 uploaded from home-visit tablets {{IP:192.0.2.201}}, {{IP:192.0.2.202}}; missing depth on row 4.
exported by {{NAME:admin.tvo}}`,

  `DIABETIC FOOT CLINIC  {{FACILITY:Tidewater Wound & Hyperbaric Center}}
{{DATE:12/02/2024}}  {{NAME:Ezekiel Pruett}}  {{AGE:90}} yo M  MRN {{MRN:TW-298844}}
Accompanied by caregiver {{NAME:Yolanda}} from {{FACILITY:Nansemond Home Companions}}.
L hallux ulcer, neuropathic/ischemic, Wagner 2, no probe to bone. 1.6 x 1.4 x 0.4 cm. Photo {{PHOTO:PRUETT_LHALLUX_20241202.jpg}}
ABI L 0.52 (compressible), TBI 0.28, TcPO2 dorsum 31 mmHg. 
Angio by Dr {{NAME:Baptiste-Moreau}} {{DATE:11/20}}: SFA occlusion, AT/PT diseased; s/p atherectomy + PTA. TcPO2 pending repeat.
A1c 7.1. Cr 1.6.
Plan: gentle debridement only; cadexomer iodine; post-op shoe. Xray {{DATE:12/2}}: no osteo. Vasc f/u {{DATE:12/18}}.
HBOT discussed - Wagner 2 not covered; not candidate anyway given age/ear issues.
Goals: pt clear he wants to avoid amputation. Son {{NAME:Obadiah Pruett}} (POA) {{PHONE:757-555-0159}}.
Transport: {{FACILITY:Suffolk Senior Shuttle}}, regular slot Mon.
{{NAME:Odalys Fuentes}}, DPM`,

  `{{FACILITY:Tidewater Wound & Hyperbaric Center}}
{{ADDRESS:3100 Volvo Pkwy, Bldg C}}, {{LOCATION:Chesapeake}} VA {{ZIP:23320}}  Tel {{PHONE:757-555-0190}}  Fax {{FAX:757-555-0191}}

{{DATE:August 20, 2025}}
Utilization Management - Letter of Medical Necessity: HBOT (CPT 99183, G0277)
Patient: {{NAME:Lemuel Haskins}}   DOB {{DATE:02/19/1948}}   Member ID {{HEALTH_PLAN:2QW7RT4KJ18}}
Reference: request {{ID:UM-25-0819-3310}}

Mr. {{NAME:Haskins}} has a Wagner grade 3 diabetic foot ulcer of the right first metatarsal head with biopsy-confirmed osteomyelitis ({{DATE:7/15/2025}}). He completed more than 30 days of standard wound therapy at our clinic beginning {{DATE:5/27/2025}} (sharp debridement, total contact cast offloading, glycemic management with his PCP Dr. {{NAME:Pradeep Anand}}, and revascularization assessment: ABI 0.68, TBI 0.41, and no further intervention per vascular surgery on {{DATE:6/30/2025}}) without a measurable response over the last 4 weeks. He meets criteria for adjunctive HBOT. We request authorization for 40 treatments at 2.4 ATA for 90 minutes, with reassessment at 20 and 30 treatments. Treatments 1-15 have been given under the initial approval ({{ID:UM-25-0722-1184}}).
Wound photographs ({{PHOTO:HASKINS_L_W1_20250801_0915.jpg}}) and measurements are attached.

{{NAME:Anand Subramaniam}}, MD, FUHM
NPI {{LICENSE:1265509931}}`,

  `DME ORDER - Pneumatic Compression Device (E0652)
Supplier: {{FACILITY:NorthStar Lymphatic Supply}}   fax {{FAX:888-555-0142}}
Date {{DATE:07/02/2025}}
Pt: {{NAME:Lucille Beauregard}}  DOB {{DATE:11/11/1953}}  Medicare MBI {{HEALTH_PLAN:5TY3-JK8-QW22}}
Address {{ADDRESS:204 Back River Rd}}, {{LOCATION:Dover}} NH {{ZIP:03820}}   Ph {{PHONE:603-555-0122}}
Dx: I89.0 lymphedema, bilat LE; I87.2 venous insuff; hx cellulitis x3 (last {{DATE:2/2025}}).
4-wk trial of CDT completed {{DATE:5/20-6/17}}: girth reduction R calf 49.8 -> 45.1 cm, but recurrence w/ garments alone; pt cannot self-bandage (BMI 41, R shoulder OA).
Device: segmental, calibrated gradient, full-leg + truncal garments (E0652 + E0673 x2).
Settings: 40 mmHg, 60 min BID.
Ordering: {{NAME:Eleni Papadakis}}, MD  NPI {{LICENSE:1326094418}}   Therapist: {{NAME:Cormac Doyle}}, PT
Delivered {{DATE:7/15/25}}: unit SN {{DEVICE:LMP-E0652-7741306}}; trained pt + daughter {{NAME:Coralie}}. Rep {{NAME:Javier Okonjo}} {{PHONE:603-555-0124}}.
Medicare rental cap 13 mo; claim {{ID:CLM-0715-88201}}.`,

  `ph triage - gout flare
{{DATE:5/27/25}} 0910 - {{NAME:Bart Okafor-Lindsey}} called ({{PHONE:401-555-0127}}), DOB verified
R ankle + R 1st MTP red/hot/swollen since Sun night, can't put shoe on. Temp 99.9. No injury. Drank at cousin's wedding in {{LOCATION:Pawtucket}} Sat. Started allopurinol 100 -> 200 mg {{DATE:5/12}} (dose increase visit w/ Dr {{NAME:Kowalski}}), sUA was 8.1.
Has colchicine at home? yes 0.6 mg, took 1.2 + 0.6 yesterday at 1pm. No diarrhea. Cr 1.1 ({{DATE:5/12}}).
Per Dr {{NAME:S. Kowalski}}: cont allopurinol (don't stop during flare), colchicine 0.6 BID until 2-3 d after resolution, add pred 30 mg x5d (not diabetic). Ice, elevate. If fever >100.4 or worsening -> urgent visit for arthrocentesis to r/o septic.
Sent pred to {{FACILITY:Atwells Corner Pharmacy}}.
Work note for {{FACILITY:Ocean State Movers}}, 3 days - sent to portal.
Callback from pt's wife {{NAME:Simone}} 1140 - picked up rx, asked about tart cherry. ok.
-{{NAME:Rosa Delgado-Finch}}, LPN`,

  `SSc DIGITAL ULCER CLINIC - iloprost infusion day 3/5
{{FACILITY:Holloway Rheumatology Associates}} infusion bay 2   {{DATE:02/12/2025}}
Pt: {{NAME:Antonia}} "{{NAME:Toni}}" {{NAME:Ferraro-Weiss}}  52F  MRN {{MRN:4483301}}
dcSSc dx 2021 (Scl-70+, mRSS 24 -> 16), ILD on nintedanib + MMF 1500 BID. Severe Raynaud w/ recurrent DU.
DUs today: R 2nd fingertip 0.5 x 0.4 cm, L 3rd 0.3 x 0.3 cm, L 4th healed. Photos {{PHOTO:FERRAROWEISS_RHAND_0212.jpg}}, {{PHOTO:FERRAROWEISS_LHAND_0212.jpg}}.
Iloprost 0.5 -> 2.0 ng/kg/min over 6 h via pump (center pump #14). HA + jaw pain at 2.0, reduced to 1.5 - tolerated. BP 104/66 lowest.
Also on sildenafil 20 TID, nifedipine XL 30 (edema), ASA 81. Bosentan considered for DU prevention - LFT baseline ok; REMS enrollment form to {{FACILITY:Alamo Specialty Pharmacy}}, REMS ID {{ID:REMS-BOS-0471188}}.
Hand therapy ({{NAME:Ingeborg Schultz}}, OTR) for contractures.
Sister {{NAME:Bianca}} from {{LOCATION:El Paso}} staying for wk.
Day 4 {{DATE:2/13}}, day 5 {{DATE:2/14}}.
{{NAME:LQ}} / {{NAME:Lourdes Quintero}}, MD`,

  `HOME INFUSION NURSING VISIT - IVIG (myositis)
{{FACILITY:Crossroads Home Infusion}}   {{DATE:Sat Apr 12 2025}} 0830-1330
Pt {{NAME:Halvard Nyberg}}, 67M, IMNM (anti-HMGCR+, statin-associated), MRN {{MRN:CHI-44190}}
Address {{ADDRESS:N7421 County Hwy P}}, {{LOCATION:Cedarburg}} WI {{ZIP:53012}}
IVIG 10% 1 g/kg/day x2 (day 1 today, 85 g). Premeds APAP 650 + cetirizine 10. PIV 22G L forearm, 1 attempt.
Pump CADD Prizm SN {{DEVICE:CP1-3306612}}. Rate titration 0.5 -> 4 mL/kg/h over 2 h per order. Mild HA at max rate, resolved w/ fluids.
VS q15 x4 then q30 - stable. Weight 85 kg.
Strength: able to rise from chair w/o arms (new). CK drawn -> {{FACILITY:Ozaukee Clinical Lab}} courier.
Wife {{NAME:Brit}} present. Dog put away per request.
Next: day 2 {{DATE:4/13}} 0830 (RN {{NAME:Jaylen Brooks}}).
Supplies left: 1 x 50 g, 1 x 20 g for day 2.
{{NAME:Luis Arreola}}, RN  mileage 38  visit # {{ID:HV-250412-0931}}`,

  `AFTER-VISIT SUMMARY - Infusion Center
{{FACILITY:Cedar Bluff Arthritis & Infusion Center}}
{{ADDRESS:900 N Lindell St, Suite 210}}, {{LOCATION:Cedar Rapids}} IA {{ZIP:52402}}   {{PHONE:319-555-0150}}
Patient: {{NAME:Ingrid Halvorsen}}   Date of visit: {{DATE:June 3, 2025}}
Today you received: infliximab-dyyb 5 mg/kg (350 mg), dose 2 of induction (week 2). Infusion time 2 h. No reaction.
Your nurse: {{NAME:Bethany}}. Chair 7.
Your next appointments:
 - Infliximab week 6: {{DATE:Tuesday, July 1, 2025}} at 9:00 AM, chair area B
 - Labs (CBC, CMP): {{DATE:06/24/2025}} any time 7-4 at {{FACILITY:Cedar Bluff Lab}}, 1st floor
 - Dr. {{NAME:Okonkwo-Reyes}}: {{DATE:07/15/2025}} 10:40 AM
Call us if: fever over 100.4, rash, shortness of breath, new cough lasting >2 weeks (TB symptoms), or signs of infection. After hours {{PHONE:319-555-0199}}.
Your infusion account: {{ACCOUNT:CBA-0048817-02}}. Questions about bills: {{EMAIL:billing@cedarbluffrheum.example.com}}.
Patient portal: {{URL:https://cedarbluff.portal.example/halvorsen-i}}
Printed {{DATE:06/03/2025 13:12}} by {{NAME:bls}}`,

  `SPECIALTY RX - DELIVERY EXCEPTION / TEMP EXCURSION
{{FACILITY:Keystone Specialty Pharmacy}}   Case {{ID:KSP-EXC-25-0318}}
Pt: {{NAME:Emre Yilmaz}}  DOB {{DATE:04/16/1993}}   Rx {{ID:KSP-4471902}}
Drug: adalimumab 40 mg pen x2 (uveitis - started after ophtho {{DATE:2/3}})
Shipped {{DATE:3/17/25}}, carrier delay (weather); delivered {{DATE:3/19/25 16:55}} to {{ADDRESS:55 Pequonnock St Apt 2R}}, {{LOCATION:Bridgeport}}.
Pt called {{DATE:3/19}} 1720: gel packs warm. Logger ID {{DEVICE:TL-88301-A}} downloaded by pt via app - max 19.4C for 31 h.
Mfr stability: adalimumab ok at room temp up to 14 d, max 25C -> product acceptable. Advised pt: mark date, use within 14 d; no replacement needed. RPh {{NAME:Yuki Tanabe}} approved.
Pt prefers future deliveries to work: {{FACILITY:Northgate Bakery}}, {{ADDRESS:1470 Main St}}, {{LOCATION:Stratford}} {{ZIP:06615}} (has fridge).
Carrier claim {{ID:CLM-FX-5532019}}.
Notes entered by {{NAME:D. Okonjo}}, CPhT {{DATE:3/19/25 17:41}}`,

  `{{FACILITY:Lakeshore Anticoagulation Service}}
{{DATE:10/14/2024}}
To: Dr. {{NAME:Mirela Popescu}}, DDS   {{FACILITY:Bayview Family Dentistry}}   fax {{FAX:414-555-0188}}
Re: {{NAME:Astrid Lindgren}}, DOB {{DATE:06/06/1940}}
Dear Dr. {{NAME:Popescu}},
Ms. {{NAME:Lindgren}} takes warfarin for atrial fibrillation (goal INR 2-3, last INR 2.4 on {{DATE:10/8/24}}). For your planned extraction of 2 teeth on {{DATE:10/22/24}}:
 - Do NOT stop warfarin; minor dental procedures can be done at therapeutic INR.
 - Please check INR within 24-72 h before (we will do POC INR on {{DATE:10/21}}).
 - Use local hemostatic measures: oxidized cellulose, sutures, and tranexamic acid 5% mouthwash 10 mL QID x 2-5 days (rx sent to {{FACILITY:Bay View Drug}}).
 - Avoid NSAIDs; acetaminophen for pain. Avoid metronidazole/fluconazole if possible - call us if needed.
Her daughter {{NAME:Karin}} will accompany her. 
Questions: {{NAME:Devorah Klein}}, PharmD, {{PHONE:414-555-0180}}.
Sincerely,
{{NAME:D. Klein}}`,

  `HTC - annual comprehensive, mild hemophilia A
{{DATE:09/24/2024}}  {{FACILITY:Great Plains Hemophilia Treatment Center}}
{{NAME:O'Rourke, Cathal}}  54M  MRN {{MRN:GP-0012207}}   FVIII 18% (baseline), F8 missense c.6104T>C.
No spontaneous bleeds. Bleeding w/ procedures: tonsillectomy age 7 (transfused), tooth ext 2019 (DDAVP + TXA ok).
DDAVP responder (FVIII 18 -> 62%). Stimate nasal discontinued; uses IV DDAVP at HTC pre-procedure.
Upcoming: colonoscopy {{DATE:11/6/24}} at {{FACILITY:Bismarck Endoscopy Center}} - plan DDAVP 0.3 mcg/kg IV 1 h pre, TXA 1 g TID x5d if polypectomy; Na check.
Family: daughter {{NAME:Niamh O'Rourke-Jensen}} (obligate carrier), 27, pregnant, EDD {{DATE:3/2025}} -> FVIII level {{DATE:9/24}}: 48%; 3rd trimester level + delivery plan w/ OB Dr {{NAME:Adeyemi}}; cord blood FVIII if male.
Son {{NAME:Rory}} 22 unaffected.
HJHS 2 (R ankle). Hep C cleared 2016 (SVR).
Address update: {{ADDRESS:1406 N 4th St}}, {{LOCATION:Bismarck}} ND {{ZIP:58501}}. Email {{EMAIL:cathal.orourke@example.net}}.
Dr. {{NAME:Hugo Lindahl}}; genetic counselor {{NAME:Pilar Achebe}}`,

  `SCD DAY HOSPITAL - shift handoff ({{DATE:4/22}} 1530, {{NAME:CI}} -> {{NAME:Bex}})
bed 1 {{NAME:Ashford, T}} ("{{NAME:Meek}}") VOC, 3rd dose dilaudid 1200, pain 5 -> likely home 1700, partner {{NAME:DeShawn}} picking up
bed 2 {{NAME:Mbeki, Thandiwe}} 34F HbSC - fever 38.6, port, blood cx x2 sent 1410, cefepime given 1425. Port SN {{DEVICE:PP8-11027734}} in chart. If 2nd spike -> admit to {{FACILITY:Mercy Grove Hospital}} 7 West. Husband {{NAME:Sipho}} {{PHONE:512-555-0131}}
bed 3 {{NAME:Okoro-Beckford, J}} exchange done, post Hct 30, ok to go after 1600 vitals
bed 4 {{NAME:Villanueva, Rosario}} 45F HbS-b0 thal, 2u pRBC (Hgb 5.8) 2nd unit started 1500, due done 1700. Antibodies anti-K, anti-C. Daughter {{NAME:Lupe}} at bedside
bed 5 empty - {{NAME:Quaye, Kwesi}} no-show; left VM {{PHONE:512-555-0179}}, social work ({{NAME:Berta}}) to follow up, lives in {{LOCATION:Round Rock}} - transport issue?
MD on call after 1600: NP {{NAME:Raman-Sethi}} / Dr {{NAME:Nwosu}} backup
pyxis count correct. {{NAME:CI}}`,

  `WOUND CLINIC / RHEUM co-visit - pyoderma gangrenosum
{{DATE:Jul 1, 2025}}  {{FACILITY:Sun Prairie Wound Care}} w/ Dr {{NAME:Harriet Olumide}} (rheum, via video from {{FACILITY:Westfall University Rheumatology}})
Pt {{NAME:Kjellberg, Henrik}} 59M  MRN {{MRN:SPW-120214}}  Crohn's (ileocolonic), seroneg arthritis.
R lateral leg ulcer after minor trauma {{DATE:May 2025}}, rapidly enlarging, violaceous undermined border, cribriform edges; pathergy after debridement at OSH {{DATE:6/2}} (got much worse).
Today: 8.1 x 6.0 x 1.9 cm; undermining 1.5 cm circumferential. Photo {{PHOTO:SPW_120214_W1_2025-07-01.png}}. PARACELSUS score 14.
Bx ({{DATE:6/10}}, accession {{ID:DP25-044871}}): neutrophilic infiltrate, no vasculitis, cultures neg.
NO sharp debridement. Moist non-adherent dressing, topical clobetasol to border, gentle compression only (ABI 1.05).
Systemic: pred 1 mg/kg started {{DATE:6/12}}; infliximab 5 mg/kg (covers Crohn's) - first dose {{DATE:7/8}} at {{FACILITY:Westfall Infusion Center - Eastgate}}; BI case {{ID:CX-41120557}}.
NPWT held (PG). Prior vac unit {{DEVICE:NW5-24-0091140}} returned to vendor.
GI Dr {{NAME:Amir Sadeghi}} agrees.
Wife {{NAME:Solvei}} does dressings daily; home nurse 2x/wk ({{FACILITY:Dane Home Nursing}}).
{{NAME:Jarrah Whitlock}}, FNP-C, CWS`,

  `HYPERBARIC OXYGEN THERAPY - INFORMED CONSENT (page 2, signatures)
Patient: {{NAME:Augustin P. Delacroix}}   MRN {{MRN:TW-341177}}
I understand the risks of HBOT including ear/sinus barotrauma, temporary vision change (myopia), confinement anxiety, oxygen toxicity seizure (rare, about 1-2 per 10,000 treatments), pneumothorax (rare), and fire. I have been told to not bring lighters, lotions, hair products, phones or battery devices into the chamber. I understand my treatments are 2.4 ATA for 90 minutes, 5 days a week.
Patient signature: {{NAME:A. Delacroix}}    Date/time: {{DATE:01/31/2025 08:05}}
Witness: {{NAME:Mallory Vance}}, CHT   Date: {{DATE:1/31/25}}
Physician: {{NAME:Anand Subramaniam}}, MD   Date: {{DATE:1/31/25}}
Interpreter used? No. Language: English (also speaks French - grew up in {{LOCATION:Lafayette}}, family in {{LOCATION:Lyon}}).
Emergency contact on file: {{NAME:Rémy Delacroix}} (son) {{PHONE:757-555-0176}}
Consent scanned as {{ID:DOC-CONS-0131-77412}}
Facility: {{FACILITY:Tidewater Wound & Hyperbaric Center}}, monoplace unit 1-3`,

  `VENDOR PHONE LOG - {{FACILITY:Bayside Medical Compression}}   acct {{ACCOUNT:BMC-C-004417}}
Pt: {{NAME:EBNER-KLAUS, ROSWITHA}}
{{DATE:04/25/25}} 10:10 - called pt ({{PHONE:207-555-0184}}) - sleeve #1 arrived, gauntlet backordered to {{DATE:5/9}}. Pt ok. -{{NAME:TL}}
{{DATE:04/28/25}} 14:30 - fitting at {{ADDRESS:1450 Harbor View Rd}} w/ {{NAME:Tamsin}}: sleeve fits well, top band rolling slightly at axilla -> add 1 cm to "l" measure on 2nd sleeve. -{{NAME:TL}}
{{DATE:05/02/25}} 09:02 - therapist {{NAME:C. Doyle}} ({{FACILITY:Harbor Point Rehab}}) called - pt L-Dex 8.9 now; ok to proceed w/ night garment. -{{NAME:MW}}
{{DATE:05/09/25}} - gauntlet x2 shipped UPS {{ID:1Z4V07W10354298874}}. -{{NAME:MW}}
{{DATE:05/12/25}} - pt husband {{NAME:Dieter}} called: thumb of gauntlet too tight. Exchange authorized, RMA {{ID:RMA-22091}}. -{{NAME:TL}}
{{DATE:05/30/25}} - replacement received by pt. Billing: Granite Coast Health Plan paid S8420/S8421; pt resp $42.18, invoice {{ID:INV-77120-3}}. -{{NAME:JP}}
Next replacement due in 6 mo (~{{DATE:11/2025}}); reminder set.`,

  `VOICEMAIL TRANSCRIPTIONS - home visit scheduling line ({{FACILITY:Crossroads Home Infusion}})
[{{DATE:06/09/2025 07:02}}] "Hi this is {{NAME:Nuala Fitzgerald}}, my dad is {{NAME:Eamon Fitzgerald}}, he's the INR patient on Kinnickinnic. Can the nurse come before 9 Thursday, I start work at 2 but I have his eye appointment at {{FACILITY:Bay View Eye Care}}. My number {{PHONE:414-555-0138}}. Thanks."
[{{DATE:06/09/2025 08:47}}] "Yeah it's {{NAME:Halvard Nyberg}}, the IVIG guy in {{LOCATION:Cedarburg}}. The pump is beeping, says occlusion downstream, it's not running, I already finished the bag yesterday so, uh, do I need to do anything with it? Call {{PHONE:262-555-0116}}."
[{{DATE:06/09/2025 09:30}}] "Good morning, {{NAME:Patricia Oduya}} from {{FACILITY:Mercy Grove Adult Sickle Cell Center}}, calling about a new home hydration referral for {{NAME:Kwesi Quaye}}, date of birth {{DATE:ten eighteen two thousand}}, we faxed orders to {{FAX:414-555-0170}}. Call me back at {{PHONE:512-555-0148}}."
[{{DATE:06/09/2025 11:15}}] (Spanish) "Buenos días, habla {{NAME:Marisol}}, la hija de la señora {{NAME:Quintanilla}}, para cambiar la cita del lunes... mi número {{PHONE:915-555-0144}}."
Triage by {{NAME:Rhonda K}}: #1 -> {{NAME:Luis}} {{DATE:6/12}} 0800; #2 -> pump pickup, tech {{NAME:Jaylen}}; #3 -> intake; #4 -> Spanish callback, {{NAME:Inés}}.`,

  `Admission Date: [**{{DATE:2148-3-11}}**]     Discharge Date: [**{{DATE:2148-3-16}}**]
Date of Birth: [**{{DATE:2079-8-2}}**]   Sex: F
Service: MEDICINE (rheum consult)
Name: [**{{NAME:Known lastname 4471}}**], [**{{NAME:Known firstname 218}}**]
History: 69 yo F w/ RA (dx 2131) on rituximab, presenting from [**{{FACILITY:Hospital 1121}}**] infusion center w/ fever and cough 4 d after cycle. Followed by Dr. [**{{NAME:Last Name (STitle) 8812}}**] in [**{{LOCATION:Location (un) 3310}}**].
Exam: T 38.9, RR 24, crackles R base. Joints: MCP synovitis mild, ulnar deviation, no Felty (spleen nl, ANC 5.6).
Labs: WBC 11.2, IgG 410 (low), CRP 19.
CXR: RLL consolidation. Flu/COVID neg. Legionella neg.
Course: CAP - ceftriaxone/azithro, improved. Hypogammaglobulinemia post-RTX -> IVIG 0.4 g/kg x1 given [**{{DATE:3-14}}**]. RTX held; rheum (Dr. [**{{NAME:First Name8 (NamePattern2) 227}}**]) to consider abatacept.
Disposition: home w/ services, [**{{FACILITY:Company 1814}}**] VNA.
F/u rheum clinic [**{{DATE:2148-4-1}}**] 10:30, tel [**{{PHONE:Telephone/Fax (1) 5502}}**].
MRN [**{{MRN:Medical Record Number 88201}}**]`,

  `HEMATOLOGY CONSULT - neutropenia in RA
{{FACILITY:Westfall University Hematology}}   {{DATE:2024-11-05}}
Requested by: {{NAME:Olumide, Harriet}} MD (rheum)
Pt: {{NAME:Hartigan, Moira}}  66F  MRN {{MRN:WU00560321}}
Long-standing RF+/CCP+ nodular RA (2004), erosive. ANC 0.6 on 3 checks ({{DATE:9/3}}, {{DATE:10/1}}, {{DATE:10/29}}). Splenomegaly 15.8 cm on US. Recurrent cellulitis L leg x2 in 2024.
Triad -> Felty syndrome likely. LGL leukemia to exclude (overlap): flow {{DATE:11/5}} - CD3+CD8+CD57+ population 9% (borderline), TCR gene rearrangement sent, accession {{ID:HP24-77310}}.
Not on MTX (stopped 2019 for pneumonitis). On HCQ; sulfasalazine stopped by rheum {{DATE:Sept 2024}} (marrow risk).
Plan: rituximab (also treats RA) - discussed w/ Dr {{NAME:Olumide}}; G-CSF 300 mcg PRN for ANC <0.5 with infection; no routine splenectomy.
Pt's sister {{NAME:Deirdre Hartigan}} ({{LOCATION:Limerick}}) asked by email re: genetics - no.
Marrow bx only if LGL clonal/cytopenias progress.
PCP: Dr. {{NAME:Yosef Mendelsohn}}, {{FACILITY:Shorewood Primary Care}}.
Contact {{PHONE:414-555-0123}}.
Dr. {{NAME:Tatiana Vorobyova}}, heme/onc`,

  `From: {{NAME:Marisa Holt}} <{{EMAIL:mholt@riverbendhem.example.org}}>
To: {{NAME:Dana Ferris}} <{{EMAIL:dferris@quadcitiesnephro.example.com}}>
Date: {{DATE:Mon, May 12, 2025 3:18 PM}}
Subject: IV iron - {{NAME:McAllister}} + 2 others

Dana,
Got your 3 referrals. Scheduling:
1. {{NAME:Douglas McAllister}} (DOB {{DATE:12/1/44}}) - ferric derisomaltose 1000 mg single dose {{DATE:5/20}} 0900, chair 2. He's on O2 - wife {{NAME:Joan}} brings the tank. Phos baseline today.
2. {{NAME:Rosalind Achterberg-Mays}} (CKD4, not on HD) - iron sucrose 200 mg x5 over 14 days: {{DATE:5/14}}, {{DATE:5/16}}, {{DATE:5/21}}, {{DATE:5/23}}, {{DATE:5/28}}. Hx hypotension w/ iron - we'll go 200 over 30 min.
3. {{NAME:Eldon Birdwhistle}} - can't schedule yet; insurance (member {{HEALTH_PLAN:HM-3310042875}}) needs PA for ferumoxytol; PA submitted {{DATE:5/12}}, ref {{ID:PA-FER-66103}}.
Also FYI {{NAME:Bao Huynh}}'s grandson called to say he moved to {{LOCATION:Moline}} and wants to keep coming here - fine.
Thanks!
{{NAME:Marisa}}
{{FACILITY:Riverbend Hematology & Infusion}} | direct {{PHONE:563-555-0158}} | fax {{FAX:563-555-0156}}`,

  `HUB ENROLLMENT - EGPA (mepolizumab 300 mg SC q4wk)
Received {{DATE:01/15/2025}} via e-fax  Case {{ID:EGPA-HC-2019447}}  Case mgr {{NAME:Shanice Thibodeaux}} {{PHONE:1-866-555-0121}}
Pt: {{NAME:Rasmussen, Leif}}  DOB {{DATE:04/09/1969}}  Sex M
{{ADDRESS:7730 SE Division St, #14}}, {{LOCATION:Portland}} OR {{ZIP:97206}}   Cell {{PHONE:503-555-0119}}
Primary ins: Cascade Mutual, ID {{HEALTH_PLAN:CMU884102277}}; pharmacy benefit via PBM ID {{HEALTH_PLAN:PBM-CM-7741022}}
Dx: M30.1 EGPA - asthma, eos 2,800, mononeuritis multiplex (L peroneal), MPO-ANCA neg. BVAS 9 at dx ({{DATE:Oct 2024}}). FFS 0.
Prior: pred (current 15 mg), azathioprine intolerant (LFTs).
Prescriber: {{NAME:Fumiko Hale}}, MD  {{FACILITY:Willamette Valley Rheumatology}}  NPI {{LICENSE:1447829306}}  fax {{FAX:503-555-0131}}
Requested services: BI/PA, copay, home injection training.
Pt consent to hub services signed {{DATE:1/14/25}} (e-sign IP {{IP:203.0.113.204}}).
Status {{DATE:1/22/25}}: PA approved, auth {{ID:CM-AUTH-55109832}}; copay ID {{ACCOUNT:MEP-CP-8830217}}; SP {{FACILITY:Rose City Specialty Pharmacy}}; first ship {{DATE:1/27}}.`,

  `REFERRAL / ORDER - INFUSION CENTER
From: {{FACILITY:Holloway Rheumatology Associates}}   fax {{FAX:915-555-0138}}   ph {{PHONE:915-555-0137}}
To: {{FACILITY:Franklin Mountains Infusion}}   fax {{FAX:915-555-0192}}
Date {{DATE:8/4/2025}}
Patient: {{NAME:Quintanilla-Ybarra, Marisol}}   DOB {{DATE:7/22/91}}   MRN (ours) {{MRN:4471029}}
Phone {{PHONE:(915) 555-0143}}   Address {{ADDRESS:3612 Dyer St Apt 7}}, {{LOCATION:El Paso}} TX {{ZIP:79930}}
Insurance: Sun Country Health, member {{HEALTH_PLAN:SCH-009918274}}
Dx: M32.14 lupus nephritis (class IV on bx {{DATE:7/2025}}); SLEDAI-2K 14.
Order: belimumab IV 10 mg/kg (wt 62 kg = 620 mg) wk 0, 2, 4 then q4wk, premed optional. Switch from SC (pt prefers clinic + nephritis dosing).
Also: MMF 3 g/d started {{DATE:7/30}} by nephrology (Dr. {{NAME:Adaeze Obi}}).
PA: approved {{DATE:8/1/25}}, auth {{ID:SCH-PA-2508-1193}}.
Hep B/TB: neg {{DATE:6/2025}}.
Ordering MD: {{NAME:Lourdes Quintero}}, MD  NPI {{LICENSE:1902885174}}   signature on file
Contact for scheduling: {{NAME:Dina}} {{PHONE:915-555-0139}}`,

  `STATEMENT - {{FACILITY:St. Brendan Outpatient Infusion}} billing office
{{ADDRESS:PO Box 44180}}, {{LOCATION:Madison}} WI {{ZIP:53744}}   Billing questions {{PHONE:608-555-0100}}
Statement date {{DATE:06/20/2025}}   Account # {{ACCOUNT:SBO-00840017-7}}   Guarantor: {{NAME:Carol Whitcombe}}
Patient: {{NAME:Dwayne T Whitcombe}}   Mail to: {{ADDRESS:E10255 Hwy 33}}, {{LOCATION:Baraboo}} WI {{ZIP:53913}}
Svc date|Description|Charges|Ins paid|Adj|You owe
{{DATE:05/07/25}}|IVIG 10% J1561 x 880 units, chair time 96365/96366 x4|$14,882.00|$11,380.10|$2,802.40|$699.50
{{DATE:05/08/25}}|IVIG day 2 + reaction mgmt 96375 x3, J1200, J2930|$15,210.00|$11,641.55|$2,868.95|$699.50
{{DATE:05/09/25}}|IVIG day 3|$14,882.00|$11,380.10|$2,802.40|$699.50
Claim # {{ID:CLM-25-0507-44891}}; primary payer Dairyland Health, member {{HEALTH_PLAN:DHP-448210937}}
Total due: $2,098.50 by {{DATE:07/15/2025}}.
Financial assistance: ask for {{NAME:Inga}} in patient financial services or apply at {{URL:https://stbrendan-infusion.example.org/pay/SBO-00840017-7}}
Pay by phone {{PHONE:1-800-555-0160}}.`,

];

export const HELDOUT_REALISTIC_122_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout122-${i + 1}`, n));
