// A hundred-and-thirty-first held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges; towns and cities are real places used only as LOCATION). Its theme
// is obstetric triage, labor and delivery and postpartum care at a small community hospital and a
// freestanding birth center nearby: L&D triage notes, labor progress notes and flowsheet-style
// entries, dictated delivery summaries, CNM delivery notes, anesthesia notes, newborn nursery notes
// and admission/discharge summaries, lactation consults, doula visit logs, intake-form exports and
// superbills, midwife labor records and home visits (one transcribed from an all-caps paper log),
// EPDS screens and postpartum mood follow-up calls, a psychiatry consult, birth certificate and
// parentage worksheets and an amendment request, a hemorrhage debrief, an infant-security incident
// log, a critical-value call log, EMS and neonatal transport records, a birth log table, an L&D
// handoff board, an on-call phone log, secure chats, a WhatsApp and an on-call text export, patient
// portal messages, fax cover sheets, letters to employers, patients and colleagues, and billing notes.
// Left unmarked on purpose: eponyms and named manoeuvres, signs and scales (Leopold, Bishop, Ballard,
// Ortolani/Barlow, Moro, Bhutani, Hadlock, Hazelbaker, McRoberts, Rubin, Schultze, Duncan, Edinburgh,
// Apgar, Foley bulb, Gomco, Mogen, Kleihauer-Betke, turtle sign), drugs and doses (Pitocin 30u/500,
// Cytotec 25 mcg, RhoGAM 300 mcg, Mag 2 g/h, bupi 0.125%), scores and exams (Apgars 8/9, SVE 5/80/-1,
// G2P1001, 38w5d, EPDS 13, LATCH 7, BPP 8/8, BP 148/96), device models (Medela Symphony, Spectra S1/S2,
// Natus ALGO 5, GE Voluson E8, CADD-Solis, Kiwi OmniCup, Bakri balloon, Hugs tags as a system), codes
// (T1032, E0603, Z34.01, F53.0, DRG 807), lot numbers, door codes, rooms, beds and LDR numbers,
// birthing-room names (Willow, Fern), EMS unit names (Medic 3, Neo 2), isolette and camera numbers,
// clock times alone, years alone, seasons, a month alone, and ages of 89 and under (maternal ages,
// "17 y/o", "29 F").
//
// Annotation follows the README guideline and the conventions stated in the header of
// heldout-realistic-72.ts: titles, honorifics and kin terms stay outside NAME spans (Dr., RN, CNM,
// Pastor, Rabbi, Sheikh, Chaplain, Sgt., Lt., Mama, grandma), and a kin term used as a form of
// address (Mémé) is not annotated; newborn labels (Baby Boy, Baby Girl, baby girl, Twin A/B) stay
// outside, so "Baby Boy [Okafor]"; a nickname in quotes is its own span ([Beatriz] "[Bia]"
// [Ferreira]); first names alone, surnames alone, lower-case names and staff initials and sign-offs
// (-tb, -MML, jkr) are NAME; a month/day without a year (3/14, Tues 4/16, May 20, 04 APR) is DATE with
// a clock time after it left outside, while a time attached to a date with a year is inside
// ([3/14/24 1158], [Wednesday, May 8, 2024 1:30 pm]); a time after a label (Time: 2214, TOB 0347) and
// a time range after a date stay outside; month-and-year (May 2021, 06/2019) and day-first dates
// (14/08/2024, 26/11/2024, 12 February 2025) are DATE; an age over 89 is AGE however written ([91],
// [ninety-two], [97]). The hospital and birth center are FACILITY under any short name (SRCH,
// Sawmill, Sawmill River, LBBC, Little Brook BC); employers, schools, churches, a mosque's clinic,
// congregations, cemeteries, funeral homes, pharmacies, labs, DME suppliers, milk banks, a cord-blood
// bank, doula collectives, counselling practices, ambulance and transport services, a towing company,
// a WIC office and a restaurant are FACILITY; payers and plans named alone (MassHealth, Medicaid,
// BCBS, AHCCCS) and state agencies (DCF, Registry of Vital Records) are not PHI. Insurer and Medicaid
// member numbers are HEALTH_PLAN; account, FIN, visit, invoice and claim numbers are ACCOUNT; NPI,
// DEA, AMCB, IBLCE and doula certificate numbers, a Medicaid doula provider ID, LICSW, RN/APRN and
// paramedic licences and driver's licences are LICENSE; birth-certificate registration and state
// file numbers, newborn screen card numbers, cord-blood kit, WIC, interpreter, donor, employee,
// badge, passport, incident, police report, accession, requisition, transfer-center, EMS run, pump
// loan, Rx, dictation job and portal invitation numbers are ID; infant-security tag, breast pump,
// BiliBlanket, BP cuff, epidural pump and scale serials are DEVICE; plates and VINs (an ambulance VIN
// too) are VEHICLE; an infant footprint template and a mother's thumbprint match reference are
// BIOMETRIC; file names of face photographs (an infant ID photo, a bereavement photo, a phone
// picture) are PHOTO; in-house extensions and pagers are PHONE; highway mile markers and
// intersections are ADDRESS; a county written "Franklin Co" or "Hampshire County" is LOCATION, and
// a misspelt birthplace quoted in an amendment ("Kumasee") is still LOCATION; a notary's commission
// expiry date is DATE.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-28 final engine
// (9307391, rules and token model) 0.9840 / 0.9563; its rules alone 0.9758 / 0.9619.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `L&D TRIAGE NOTE - {{FACILITY:Sawmill River Community Hospital}}, Birthing Center 2nd fl
Pt: {{NAME:OKAFOR, Chidinma A.}}     MRN {{MRN:SRC-0048823}}    FIN {{ACCOUNT:7720154431}}
DOB {{DATE:06/19/1996}}   Arrived {{DATE:03/14/2024 02:47}} via private car (FOB driving)
CC: "my water broke around midnight"
28 y/o G2P1001 @ 38w5d by 7wk US {{DATE:8/2/23}}, EDD {{DATE:3/23/24}}. PNC at {{FACILITY:Mohawk Trail Family Health}} w/ CNM {{NAME:Pryce}}, uncomplicated. GBS neg ({{DATE:2/20}}). Rh pos, rubella immune.
SSE: pooling +, nitrazine +, ferning +. Clear fluid, no odor.
ctx q4-5 min, mild to palp. SVE 3/60/-2, vtx confirmed by bedside US. Leopolds c/w EFW 3400 g.
FHT: baseline 135, moderate variability, + accels, no decels -> Cat I.
VS: BP 118/74  HR 88  T 98.4  RR 18. Pain 3/10.
Plan: admit LDR 6. Expectant mgmt, Pitocin per low-dose protocol if not in active labor by 0600. No GBS ppx indicated. CBC, T&S drawn.
Husband {{NAME:Emeka}} at bedside, cell {{PHONE:(413) 555-0182}}. Dr. {{NAME:Vasquez-Hale}} notified 0310, agrees.
- {{NAME:T. Brightwater}}, RN  ({{NAME:tb}})`,
  `LABOR PROGRESS   {{NAME:Nguyen, Thi Bich Ngoc}} ("{{NAME:Ngoc}}")   LDR 4   MRN {{MRN:00931547}}
{{DATE:3/14}} 0615  SVE 5/80/-1 per {{NAME:RP}} CNM. ctx q3, palp mod. FHR 140s, mod var, early decels w/ ctx. Pit @ 6 mu/min. Epidural placed 0540 by Dr {{NAME:Haddad}} (anesth), bupi 0.125% w/ fentanyl 2 mcg/mL @ 10 mL/h, comfortable.
0815  7/90/0, AROM clear. IUPC placed, MVUs 180-200. Pt's mom {{NAME:Lan}} & sister {{NAME:Vy}} arrived from {{LOCATION:Springfield}}, in waiting rm.
1020  9/100/+1, ant lip. peanut ball L side. FSE not needed.
1105  complete/+2, rectal pressure, begins pushing w/ coaching from {{NAME:Meg}} (RN) + doula {{NAME:Saoirse Kavanagh}} ({{FACILITY:Hearthside Doula Collective}}).
1142  NSVD viable female, Apgars 8/9, see delivery summary.
1150  2nd deg lac, CNM {{NAME:Pryce}} repairing w/ 3-0 Vicryl Rapide. Dr {{NAME:Obi}} (OB on call) aware, not needed at bedside.
QBL 410 mL. Fundus firm, Pit 30u/500 running.
---{{NAME:M. Lindahl}} RN  {{DATE:3/14/24 1158}}`,
  `DELIVERY SUMMARY (dictated)   {{FACILITY:Sawmill River Community Hospital}}
Patient: {{NAME:Chidinma Okafor}}    MRN: {{MRN:SRC-0048823}}    Date of delivery: {{DATE:March 14, 2024}}
Attending: {{NAME:Imogen Vasquez-Hale}}, MD   Nurse: {{NAME:Tova Brightwater}}, RN
This is a 28-year-old G2, now P2002, who presented with spontaneous rupture of membranes at 38 weeks 5 days. Labor was augmented with oxytocin. She progressed to complete at 10:58 and pushed for 19 minutes. Delivered a liveborn male infant over an intact perineum, ROA, at 11:17 on {{DATE:03/14/2024}}. Nuchal cord x1, easily reduced. Delayed cord clamping 60 seconds; father, {{NAME:Emeka Okafor}}, cut the cord. Apgars 8 and 9. Weight 3,410 g. Placenta delivered spontaneously, Schultze, three-vessel cord, intact. EBL 350 mL by QBL. Fundus firm with oxytocin 30 units in 500 mL. No lacerations. Skin-to-skin, to breast within the hour.
Private cord blood banking: kit from {{FACILITY:CordSafe Biologics}}, kit number {{ID:CSB-22-190443}}, courier called at {{PHONE:800-555-0147}}, pickup confirmed.
Dictated by {{NAME:I. Vasquez-Hale}}, MD  {{DATE:3/14/2024 13:02}}
Transcribed {{DATE:3/15/2024}} by {{NAME:jkr}}   Job # {{ID:D-4481720}}`,
  `NEWBORN ADMISSION H&P - Well Baby Nursery, {{FACILITY:Sawmill River}}
Baby Boy {{NAME:Okafor}}    MRN {{MRN:SRC-0048901}}    DOB/TOB {{DATE:03/14/2024 1117}}
Mother: {{NAME:Chidinma Okafor}} (MRN {{MRN:SRC-0048823}}), 28 yo G2P2, O+, GBS neg, HBsAg neg, HIV neg, RPR NR, rubella imm.
Birth hx: NSVD at 38+5, ROM ~11h, clear. Apgars 8/9. BW 3410 g (62%ile), L 51 cm, HC 34.5 cm. Ballard 39 wk.
Exam: pink, vigorous. AFOF. Red reflex + bilat. Palate intact. Clavicles intact. Lungs clear. No murmur. Femorals 2+. Ortolani/Barlow neg. No sacral dimple. Moro, grasp, suck intact. Slate-gray macule over sacrum (congenital dermal melanocytosis), documented in chart.
Plan: routine care. Erythromycin ointment + vit K 1 mg IM at 1210. Hep B #1 w/ consent. TcB at 24h, CCHD, hearing screen, state newborn screen card #{{ID:NBS-2404-118230}} at 24 HOL.
Security: Hugs tag #{{DEVICE:HT-55172}} on L ankle, matched to mom's band. Infant ID photo saved as {{PHOTO:IDPHOTO_BBOkafor_031424.png}}.
Pediatrician: Dr. {{NAME:Anand Bhattacharya}}, {{FACILITY:Quabbin Hills Pediatrics}}, {{ADDRESS:40 Mill Pond Rd}}, {{LOCATION:Belchertown}}. F/u {{DATE:3/18}}.
{{NAME:L. Castellanos}}, MD (nursery hospitalist)`,
  `LACTATION CONSULT - IBCLC note
Mother: {{NAME:Reyes-Calderón, Marisol}}   Rm 212   MRN {{MRN:00877304}}
Infant: Baby Girl {{NAME:Reyes-Calderón}}, DOL 2, born {{DATE:4/2/24}} @ 39w1d. BW 3.12 kg, today 2.95 kg (-5.4%).
Referred by {{NAME:Kelsey}} RN for sore nipples & "baby won't stay on".
Hx: P1, plans exclusive BF. Flat nipples bilat. No breast surgery. PCOS (on metformin pre-preg).
Observed feed 0930: shallow latch on L, clicking, lower lip tucked; after correction flanged, audible swallows by 3 min. R nipple compression stripe post-feed. LATCH 7.
Plan: laid-back + cross-cradle, nipple shield 20 mm only if still unable. Hand expression taught (0.5 mL colostrum by spoon). Lanolin prn. Hospital-grade pump rental - Medela Symphony, serial {{DEVICE:SYM-0291-77841}} - via {{FACILITY:Valley Home Medical Supply}}, {{PHONE:413.555.0139}}. MassHealth ID {{HEALTH_PLAN:MH104477285}} on file for pump coverage.
BF support group Thursdays 10-11:30 at {{FACILITY:Little Brook Birth Center}}, {{ADDRESS:19 Orchard Ln}}, {{LOCATION:Hadley}} {{ZIP:01035}}.
Partner {{NAME:Javier}} present and very supportive.
{{NAME:Farida Noorzai}}, IBCLC   pgr {{PHONE:4471}}`,
  `doula pp visit log -- {{FACILITY:Hearthside Doula Collective}}
client: {{NAME:Priya}} ({{NAME:Priya Raghunathan-Shaw}})
visit #2, {{DATE:Sat 4/13}} 10a-1p, at home {{ADDRESS:88 Chapman St, Apt 3}} {{LOCATION:Greenfield}}
baby {{NAME:Arjun}} 11 days, nursing q2-3h, cluster feeding evenings. mom says "tired but ok". cried twice talking about the birth (unplanned c/s at {{FACILITY:Sawmill River}} after 26h labor). processed birth story, she wants to request her records -- gave her Dr. {{NAME:Obi}}'s office # {{PHONE:413-555-0190}}.
EPDS not my scope but told her about the PP warmline; husband {{NAME:Dev}} works nights at {{FACILITY:Hillside Maple Co.}} so she's alone overnight. her mother flies in from {{LOCATION:Chennai}} on {{DATE:4/20}}.
incision dry per her, no fever, taking motrin 600 + tylenol.
did: dishes, laundry, made dal, held baby so she could shower + nap 45 min.
next visit {{DATE:Tues 4/16}}, texted reminder to {{PHONE:413-555-0116}}.
- {{NAME:Saoirse K.}}`,
  `{{FACILITY:LITTLE BROOK BIRTH CENTER}} -- Midwifery Labor Record
Client: {{NAME:Annika Sørensen}}    Chart # {{MRN:LB-2024-0211}}    EDD {{DATE:05/02/2024}}
Support: partner {{NAME:Mads}}, doula {{NAME:Hollis Greer}}; big sister {{NAME:Ingrid}} (4) home w/ grandma.
{{DATE:04/29/2024}}
0320  phone: ctx q5 x 1h, 60 sec. Advised hydrate, rest, call back. -{{NAME:MML}}
0512  arrived, Birthing Room "Willow". BP 112/70 P 82 T 98.1. FHT 130s by doppler. SVE 6/90/-1, BOW intact.
0600  in tub, water 37.2 C. FHT q15-30 min, 125-140.
0655  SROM clear, spontaneous pushing.
0714  waterbirth, female, Apgars 9/9. Placenta 0731, intact, Duncan. EBL ~250. 1st deg, hemostatic, not repaired.
0830  breastfed 20 min, good latch.
Transfer criteria reviewed, none met. Backup hospital ({{FACILITY:Sawmill River Community Hospital}}) not notified.
Midwife: {{NAME:Marguerite Lindahl}}, CNM (AMCB cert #{{LICENSE:CNM-7721840}})
2nd attendant: {{NAME:Beatriz}} "{{NAME:Bia}}" {{NAME:Ferreira}}, CPM
Home visit 24h: {{DATE:4/30}} at {{ADDRESS:312 Bay Rd}}, {{LOCATION:Amherst}}.`,
  `EDINBURGH POSTNATAL DEPRESSION SCALE -- 2-week postpartum visit
{{FACILITY:Mohawk Trail Family Health}} OB/GYN
Name: {{NAME:KOWALCZYK, Jolanta M}}    DOB: {{DATE:11-08-1991}}    MRN: {{MRN:MTFH-330918}}
Delivery date: {{DATE:04-03-2024}}    Visit date: {{DATE:04-17-2024}}
Item scores: 1) 1  2) 1  3) 2  4) 2  5) 1  6) 2  7) 1  8) 2  9) 1  10) 0
TOTAL 13     Item 10 (self-harm) = 0 ("never")
PHQ-2: 3.  GAD-7: 9.
Interpretation: EPDS >= 13, positive screen. Not acutely unsafe; denies SI/HI. Sleeps 3-4 h/night broken. Husband {{NAME:Tomasz}} working doubles at {{FACILITY:Pelletier Trucking}}; her mother is in {{LOCATION:Kraków}}, video calls daily.
Plan: discussed w/ Dr. {{NAME:Obi}}. Referral to perinatal BH, {{NAME:Dana Whitcomb}}, LICSW, {{FACILITY:Riverbend Counseling Associates}}, fax {{FAX:413-555-0177}}. Sertraline 25 mg daily discussed, compatible with BF; pt wants to think it over. Warmline and crisis line 988 reviewed. Repeat EPDS at 6-wk visit {{DATE:5/15}}.
Screened by: {{NAME:A. Mwangi}}, MA    Reviewed: {{NAME:T. Obi}}, MD`,
  `TELEPHONE ENCOUNTER    {{DATE:04/09/24 14:20}}
Caller: pt {{NAME:Haddad, Layla}} (DOB {{DATE:02/27/1999}})   cb# {{PHONE:(413) 555-0153}}
Reason: PP day 6 call-back, discharge f/u.
Delivered {{DATE:4/3}} at {{FACILITY:SRCH}}, primary C/S for arrest of descent.
S: incision "a little pink at the edge", no drainage. Pain 3/10 on ibuprofen 600 q6 + acetaminophen 1 g q8. Lochia rubra -> serosa, pad q4h, no clots > golf ball. Voiding ok. BM x1. Denies HA, vision changes, RUQ pain. Home BP 128/82. BF; baby {{NAME:Yusuf}} sees peds tmrw.
Mood: "up and down", cries some evenings, asks if this is baby blues. Mother-in-law {{NAME:Samira}} staying with them.
A/P: routine. Wound check {{DATE:4/11}} 10:15 w/ {{NAME:Lindahl}} CNM at {{FACILITY:Mohawk Trail Family Health}}, {{ADDRESS:212 Federal St}}, {{LOCATION:Greenfield}}. Return precautions (BP >= 160/110, T > 100.4, soaking pad/hr, SI). Verbalized understanding.
{{NAME:Kim, R.}} RN`,
  `MOTHER'S WORKSHEET FOR CHILD'S BIRTH CERTIFICATE -- {{FACILITY:Sawmill River Community Hospital}}
1. Child's name: {{NAME:Mateo Andrés Ramírez-Ortega}}
2. Date of birth: {{DATE:04/06/2024}}   Time: 2214   Sex: M   Plurality: single
3. Place of birth: hospital, {{LOCATION:Greenfield}}, {{LOCATION:Franklin County}}
4. Mother's current legal name: {{NAME:Lucía Ramírez Ortega}}   Surname at birth: {{NAME:Ramírez}}
   DOB {{DATE:09/30/1994}}   Birthplace: {{LOCATION:Oaxaca}}, Mexico
   SSN: {{SSN:031-55-8820}}
   Residence: {{ADDRESS:7 Sunderland Rd, Unit B}}, {{LOCATION:Montague}} {{ZIP:01351}}   Inside city limits? N
   Mailing: {{ADDRESS:PO Box 1184}}, {{LOCATION:Turners Falls}} {{ZIP:01376}}
5. Father: {{NAME:Andrés Felipe Ortega}}   DOB {{DATE:01/12/1992}}   Birthplace: {{LOCATION:Bogotá}}, Colombia   SSN: declined
6. Education: some college / HS diploma.  Hispanic origin: Y (Mexican / Colombian)
7. Prenatal care began {{DATE:8/29/23}}, # visits 11.  WIC: Y.  Principal payer: Medicaid
8. Request SSN for child: YES
Completed w/ interpreter {{NAME:Graciela}} (interpreter ID {{ID:INT-40712}}) on {{DATE:4/7/24}}.  Clerk initials: {{NAME:ph}}`,
  `{{FACILITY:Mohawk Trail Family Health}} -- Women's Health
{{ADDRESS:212 Federal St, Suite 3}}  ·  {{LOCATION:Greenfield}}, MA {{ZIP:01301}}  ·  tel {{PHONE:413-555-0190}}  ·  fax {{FAX:413-555-0191}}

{{DATE:May 20, 2024}}

To: Human Resources, {{FACILITY:Tri-Town Transit Cooperative}}
Re: {{NAME:Shaniqua Baptiste}}, DOB {{DATE:7/14/1990}}, employee # {{ID:TTC-08813}}

To whom it may concern,
Ms. {{NAME:Baptiste}} gave birth on {{DATE:March 28, 2024}} and is under my care. She returns to work as a bus operator on {{DATE:June 3}} and is breastfeeding. Under federal law (the PUMP Act) she needs reasonable break time and a private space, other than a bathroom, to express milk about every 3 hours for 20 to 30 minutes during her shift. She will bring her own pump (Spectra S1) and a cooler. A refrigerator is helpful but not required.
Please contact my office with any questions. Thank you for supporting her.

Sincerely,

{{NAME:Rosalind Pryce}}, CNM, MSN
NPI {{LICENSE:1487293051}}
cc: patient (portal); {{NAME:Baptiste}} chart {{MRN:MTFH-318207}}`,
  `Patient Portal message -- {{FACILITY:Sawmill River Health}} MyCare
From: {{NAME:Emily-Rose Tran}} <{{EMAIL:emrose.tran88@examplemail.com}}>
To: OB Nurse Triage pool
Sent: {{DATE:Sun 5/5/2024 9:48 PM}}
Subject: bleeding question??

hi sorry to bother on a sunday. im 3 wks pp (baby born {{DATE:4/14}}) and today had a gush of bright red blood and a clot like the size of a plum after i walked w/ the stroller. no fever. i feel ok just nervous. is this normal?? my husband {{NAME:Khoa}} says go to ER but i dont want to wait 6 hrs w/ the baby
-{{NAME:Em}}

Reply -- {{DATE:05/05/2024 22:07}} -- {{NAME:Jocelyn Marsh}}, RN
Hi {{NAME:Emily-Rose}}, thank you for writing. A gush with a plum-sized clot at three weeks needs to be checked tonight. Please call L&D triage at {{PHONE:413-555-0100}} now or come to Birthing Center triage (2nd floor; ED entrance after 9 pm). If you soak a pad in an hour or feel faint, call 911. I also left a voicemail at {{PHONE:413-555-0124}}.
[audit] session IP {{IP:203.0.113.47}}  device: iPhone, app v6.2`,
  `NURSERY NURSING NOTES   Baby Boy {{NAME:Pettibone-Yazzie}} ("{{NAME:Oakley}}")   MRN {{MRN:00931812}}   wt 2.84 kg (-7.8%)
{{DATE:5/2}} 2300  fussy, 15 mL EBM by paced bottle. mom pumping in rm 218. void x1, stool x1 transitional. T 36.7 ax. -{{NAME:kd}}
{{DATE:5/3}} 0200  TcB 9.8 @ 40 HOL, low-intermediate zone (Bhutani). no tx, repeat w/ NBS. -{{NAME:kd}}
0430  CCHD pass: RH 98 / foot 97. -{{NAME:kd}}
0700  report to {{NAME:Wren}} RN. dad ({{NAME:Tyrell}}) asleep on couch, mom {{NAME:Desiree}} wants to room in today.
0915  ABR hearing screen pass bilat (Natus ALGO 5).
1040  circ by Dr {{NAME:Szabó}}, Gomco 1.3, DPNB 0.8 mL 1% lido, sucrose 24%. vaseline gauze. tol well. -{{NAME:W.A.}}
1200  grandma {{NAME:Loretta Yazzie}} called from {{LOCATION:Shiprock}} for update -- she IS on mom's info list.
1400  car seat check at curb by CPST {{NAME:Dunleavy}} ({{FACILITY:Safe Ride Kids Coalition}}): rear-facing, harness at/below shoulders. 2016 Subaru Outback, plate {{VEHICLE:7KX-482}}. -{{NAME:W.A.}}
1430  d/c to home w/ parents. PCP {{FACILITY:Quabbin Hills Pediatrics}} {{DATE:5/5}}.`,
  `{{FACILITY:LBBC}} ON-CALL PHONE TRIAGE   {{DATE:06/11/24 23:40}}   on-call: {{NAME:Bia F.}}
Caller {{NAME:Hiroko Tanaka-Bell}}, 36 y/o G3P2002 @ 40w3d, planned birth center birth. Husband {{NAME:Graham}} on speaker.
S: ctx q6-8 since 2100, 45 sec, "crampy". No LOF. Small pink mucus. FM +, "rolling around like normal". Prior births 9h and 4h (!) -- fast.
Lives at {{ADDRESS:1450 Route 9}}, {{LOCATION:Cummington}} -- 40 min drive, longer in fog.
A: early labor vs prodromal. Hx precipitous 2nd birth + distance.
P: advised come in now rather than wait, given hx. Told to call 911 if urge to push en route. Meet at center 0030. Called backup midwife {{NAME:Lindahl}} at {{PHONE:413-555-0162}} to come as 2nd.
Kids ({{NAME:Ren}} 6, {{NAME:Mika}} 3) to neighbor {{NAME:Pauline Ashby}}.
-----
addendum {{DATE:6/12/24 0105}}: arrived 0042, SVE 7/100/0, into Willow room. -{{NAME:BF}}
addendum {{DATE:6/12/24 0219}}: spont birth male 0211, Apgars 8/9, EBL 300. Intact. All well. -{{NAME:BF}} / {{NAME:MML}}`,
  `{{FACILITY:Sawmill River Community Hospital}} -- OB HEMORRHAGE DEBRIEF (quality, not part of legal record)
Event date: {{DATE:2024-06-18}}   Pt: {{NAME:D. Achterberg}}   MRN {{MRN:01044279}}   Incident report # {{ID:IR-24-06-0331}}
Summary: G1 now P1, 41w1d, IOL w/ Cytotec 25 mcg x3 then Pit. Vacuum-assisted delivery (Kiwi OmniCup) for maternal exhaustion at 1633. Uterine atony, QBL 1,650 mL.
Timeline: 1641 QBL 600, fundal massage, Pit bolus. 1645 stage 2 called, methergine 0.2 mg IM. 1650 Hemabate 250 mcg IM, TXA 1 g IV. 1658 Bakri balloon placed by Dr {{NAME:Vasquez-Hale}}, 400 mL. 1705 2 u PRBC from OB cooler. Stable by 1730.
What went well: cart at bedside in 2 min (thx {{NAME:Priscilla}}), blood bank ({{NAME:Ramesh}} x{{PHONE:3317}}) fast.
Improve: QBL scale in LDR 3 out of calibration; Biomed ticket # {{ID:BME-77102}}, scale serial {{DEVICE:SC-0093-114A}}.
Attendees: {{NAME:IVH}}, {{NAME:TB}}, {{NAME:ML}}, anesth Dr. {{NAME:Haddad}}, charge {{NAME:Jocelyn}}.
Pt and husband {{NAME:Joost}} debriefed by attending {{DATE:6/19}}.`,
  `PEDS FOLLOW-UP -- NEWBORN WEIGHT CHECK
{{FACILITY:Quabbin Hills Pediatrics}}    {{DATE:Mon, Mar 18, 2024}}
Pt: {{NAME:Okafor}}, Baby Boy -> now "{{NAME:Chukwuemeka Jr.}}" ("{{NAME:CJ}}")   DOB {{DATE:3/14/24}}   Acct {{ACCOUNT:QHP-661093}}
Accompanied by mom ({{NAME:Chidinma}}) and maternal grandma ({{NAME:Ngozi}}), who is visiting from {{LOCATION:Enugu}}.
4 days old. BW 3410 g, d/c wt 3260, today 3295 g (-3.4% from BW). Nursing 8-10x/day, 6 wet, 4 yellow seedy stools. Mild jaundice to chest. TcB 11.2 -- below photo threshold (AAP 2022). 
Exam: nl. Umbilical stump dry. Circumcision healing.
Newborn screen pending. Hearing pass. Hep B #1 given {{DATE:3/14}}.
Plan: next visit 2 wk ({{DATE:4/1}}). Vit D 400 IU daily. Call nurse line {{PHONE:413-555-0133}} for poor feeding, fewer wet diapers, fever >= 100.4 rectal.
Insurance: BCBS member {{HEALTH_PLAN:XJH884021773-02}} (sub: {{NAME:Emeka Okafor}}).
{{NAME:Anand Bhattacharya}}, MD`,
  `SOCIAL WORK NOTE -- Postpartum unit
Pt {{NAME:Kayleigh Dufresne}}, 19, P1, delivered {{DATE:2/9}}. MRN {{MRN:00952261}}.
Consult reason: no PNC until 31 wks, +THC on admission UDS, housing.
Met w/ pt and her great-grandmother {{NAME:Arlette Dufresne}}, age {{AGE:91}}, who raised her (pt calls her Mémé; "she still drives"). Lives w/ Mémé at {{ADDRESS:45 Pleasant St, 2nd fl}}, {{LOCATION:Orange}} {{ZIP:01364}}. FOB {{NAME:Brayden Cole}} "not involved", no safety concerns reported.
Pt works part-time at {{FACILITY:Quarry Street Diner}}; enrolled at {{FACILITY:North Quabbin Adult Learning Center}} HiSET program.
THC: reports use for nausea until 28 wk. Baby's UDS/meconium sent. Per state policy, filed report with DCF; intake worker {{NAME:Monique Tavares}}, {{PHONE:617-555-0148}}, case # {{ID:DCF-24-117892}}.
Resources: WIC ({{FACILITY:North Quabbin WIC office}} appt {{DATE:2/14}}), Early Intervention referral, Healthy Families home visiting.
Safe sleep, car seat (donated Graco via {{FACILITY:Tully Brook Community Church}} -- Pastor {{NAME:Gwen}}) ok.
{{NAME:D. Marchetti}}, LICSW  x{{PHONE:2290}}`,
  `OB/L&D ANESTHESIA PRE-OP NOTE   {{DATE:07/02/2024}}
Pt {{NAME:Farah Al-Masri}}   MRN {{MRN:01051130}}   Wt 86 kg   ASA 2E
Procedure: repeat cesarean (scheduled moved up -- SROM at 38w0d). Surgeon: Dr. {{NAME:Obi}}.
Hx: prior C/S x1 ({{DATE:May 2021}}, at {{FACILITY:Al-Karmel Women's Hospital}}, {{LOCATION:Bethlehem}}, under spinal, "no problems"). GDM A1 diet-controlled. No bleeding hx. Mallampati II. Airway nl.
Labs: Hgb 11.2, Plt 198. T&S: A pos, antibody screen neg.
NPO: ate 0600 (toast), now 1315.
Plan: spinal -- 0.75% hyperbaric bupivacaine 1.6 mL + fentanyl 15 mcg + PF morphine 150 mcg. Phenylephrine infusion. Ondansetron 4 mg. Ancef 2 g + azithromycin 500 mg.
Consent in Arabic via video interpreter {{NAME:Hussein}} (# {{ID:VRI-220854}}). Husband {{NAME:Omar}} to accompany to OR 2.
{{NAME:Y. Haddad}}, MD, anesthesiology   pager {{PHONE:413-555-0107}}`,
  `text thread exported from on-call phone -- {{FACILITY:Little Brook BC}}
{{DATE:7/9}} 21:14  {{NAME:Carmen}} (pt): hey its {{NAME:carmen olivares}}, my bp cuff says 148/96 and i have a headache that tylenol isnt touching
21:16  {{NAME:Bia}}: hi {{NAME:Carmen}}. any vision spots, pain under R ribs, swelling in face/hands?
21:17  {{NAME:Carmen}}: little sparkles in eyes yes. face puffy
21:18  {{NAME:Bia}}: ok please go to {{FACILITY:Sawmill River}} L&D now. i'm calling them. don't drive yourself -- can {{NAME:Luis}} take you?
21:19  {{NAME:Carmen}}: yes he's getting keys
21:22  {{NAME:Bia}} -> L&D charge {{NAME:Jocelyn}}: sending {{NAME:Carmen Olivares}}, DOB {{DATE:3/3/97}}, 37w4d, {{FACILITY:LBBC}} chart {{MRN:LB-2024-0188}}, BP 148/96 + HA + scotomata. ETA 25 min from {{LOCATION:Shutesbury}}.
21:23  {{NAME:Jocelyn}}: got it, room 3 ready, {{NAME:Vasquez-Hale}} in house
23:50  {{NAME:Jocelyn}}: she's on mag 2g/h, labetalol x1, pre-e w/ severe features. IOL tonight. she asked for you
23:51  {{NAME:Bia}}: tell her i'm coming at 0700 
-- exported by {{NAME:B. Ferreira}} for chart {{DATE:7/10/24}}`,
  `POSTPARTUM DISCHARGE SUMMARY
{{FACILITY:Sawmill River Community Hospital}} Mother-Baby Unit
Patient: {{NAME:Whitfield, Genevieve}} "{{NAME:Gigi}}"  -- {{NAME:Gigi}} on unit board
MRN {{MRN:00961207}}   Admit {{DATE:07/21/2024}}   Delivery {{DATE:07/22/2024 04:55}}   Discharge {{DATE:07/24/2024}}
Delivering provider: {{NAME:Thaddeus Obi}}, MD
Dx: IUP 39w6d, delivered. Chronic HTN on nifedipine XL 30. Postpartum preeclampsia w/o severe features.
Course: SVD over 2nd deg lac (repaired). Postpartum BPs 140s-150s/90s; nifedipine increased to 60 mg. Labs: AST/ALT nl, plt 210, Cr 0.6. Mag not indicated.
Infant: female, 3,080 g, feeding formula (Similac Pro-Advance) per maternal choice, to {{FACILITY:Larkspur Family Medicine}}.
Contraception: Nexplanon placed {{DATE:7/23}} L arm, lot on MAR. Rh+: RhoGAM not indicated. Rubella immune. Tdap given in pregnancy.
D/C meds: nifedipine XL 60 mg daily, ibuprofen 600 q6h prn, docusate.
F/u: BP check in 3 days ({{DATE:7/27}}) via remote BP program -- cuff serial {{DEVICE:OMR-BP7450-22819}}, readings to {{URL:https://bp.sawmillriverhealth.example/enroll/G4411}}; 6-wk PP {{DATE:9/3}}.
Dictated {{NAME:T. Obi}} / typed {{NAME:lmn}}`,
  `{{FACILITY:LITTLE BROOK BIRTH CENTER}} -- Outpatient Lactation Visit
{{DATE:Wednesday, May 8, 2024 1:30 pm}}
Dyad: {{NAME:Annika Sørensen}} (chart {{MRN:LB-2024-0211}}) / infant {{NAME:Solveig}} ("{{NAME:Sol}}"), 9 days
Referral: painful latch, nipple blanching after feeds, "lipstick" nipple shape. Dad ({{NAME:Mads}}) present.
Pre-feed wt 3,386 g -> post-feed 3,432 g = 46 mL transfer R side, 14 min (scale: Medela BabyWeigh II).
Oral assessment: heart-shaped tongue tip, limited elevation, restricted lateral movement. Hazelbaker ATLFF: appearance 6, function 9. Upper lip ties noted but likely not functional.
Plan: deep latch work, exaggerated latch / "nipple sandwich". Referred for frenotomy eval to Dr. {{NAME:Ignatius Pham}}, DDS at {{FACILITY:Bright Meadow Pediatric Dentistry}}, {{ADDRESS:600 Northampton Rd}}, {{LOCATION:Easthampton}} ({{PHONE:413-555-0170}}); sent visit summary by fax to {{FAX:413-555-0171}}. Bodywork w/ {{NAME:Lupe}} at center optional.
Recheck {{DATE:5/15}}. Email questions to {{EMAIL:lactation@littlebrookbirth.example}}.
{{NAME:Farida Noorzai}}, IBCLC, RLC   (IBLCE # {{LICENSE:L-41178}})`,
  `HOME VISIT -- 72h postpartum/newborn   {{FACILITY:LBBC}}
Date {{DATE:5/2/24}}  Arrived 1005, left 1150   Midwife {{NAME:M. Lindahl}}, student midwife {{NAME:Ayasha Redcloud}}
Address {{ADDRESS:312 Bay Rd}}, {{LOCATION:Amherst}} -- long gravel drive, 2nd mailbox past the red barn. Dog friendly.
MOTHER ({{NAME:Annika}}): T 98.2, BP 108/68, P 76. Fundus firm 2 FB below umb. Lochia rubra mod. Perineum healing, 1st deg approximated. Voiding, BM today. Breasts filling, no redness. Mood good, "weepy once" yesterday. Sleeping in stretches w/ {{NAME:Mads}} doing nights w/ burping.
BABY: wt 3,290 g (BW 3,450, -4.6%). Jaundice to face only, TcB not available -- visual. 8+ feeds, 5 wet, 3 stools turning yellow. Cord dry.
Heel stick for state newborn screen done L heel, card # {{ID:NBS-2405-030781}}, mailed via courier same day. CCHD pass (99/98).
Hearing screen: referred to {{FACILITY:Sawmill River Audiology}}, appt {{DATE:5/9}}.
Grandmother {{NAME:Birgitte}} here from {{LOCATION:Aarhus}} until {{DATE:May 20}}.
Next: 1-wk visit at center {{DATE:5/6}} 11:00. -{{NAME:MML}} / {{NAME:AR}}`,
  `PP MOOD FOLLOW-UP CALL (EPDS positive {{DATE:4/17}})
Pt: {{NAME:Jolanta Kowalczyk}}   MRN {{MRN:MTFH-330918}}   phone {{PHONE:413.555.0119}}
{{DATE:4/19/2024 10:05}} -- no answer, VM left (generic, no clinical info). -{{NAME:AM}}
{{DATE:4/19/2024 15:40}} -- pt called back. Spoke in English (declined Polish interpreter).
Reports slept 5h last night because {{NAME:Tomasz}}'s sister {{NAME:Agnieszka}} stayed over. Still tearful, "not enjoying baby like I should". Denies thoughts of harming self or baby. Eating ok. Has appointment with {{NAME:Dana Whitcomb}} at {{FACILITY:Riverbend Counseling}} on {{DATE:Tue 4/23}} at 2 pm, confirmed by their front desk ({{NAME:Shelby}}).
Safety plan reviewed: husband, sister-in-law, this office {{PHONE:413-555-0190}}, crisis line 988, ED at {{FACILITY:Sawmill River}}.
Decided to start sertraline 25 mg -- Dr {{NAME:Obi}} e-prescribed to {{FACILITY:Crossroads Pharmacy}}, {{ADDRESS:15 Main St}}, {{LOCATION:Turners Falls}}. Rx # {{ID:RX-7720193}}.
Plan: call again {{DATE:4/26}}. -{{NAME:A. Mwangi}}, MA / {{NAME:R. Pryce}}, CNM`,
  `FAX COVER SHEET

{{FACILITY:LITTLE BROOK BIRTH CENTER}}
{{ADDRESS:19 Orchard Lane}}, {{LOCATION:Hadley}}, MA {{ZIP:01035}}
Phone {{PHONE:413-555-0160}}    Fax {{FAX:413-555-0161}}

DATE: {{DATE:06/12/2024}}        PAGES (incl. cover): 14
TO: Medical Records / L&D, {{FACILITY:Sawmill River Community Hospital}}    FAX: {{FAX:413-555-0109}}
ATTN: {{NAME:Jocelyn Marsh}}, RN, L&D charge
FROM: {{NAME:Beatriz Ferreira}}, CPM / {{NAME:Marguerite Lindahl}}, CNM

RE: Intrapartum transfer -- {{NAME:TANAKA-BELL, HIROKO}}, DOB {{DATE:10/04/1987}}, {{FACILITY:LBBC}} chart {{MRN:LB-2024-0156}}
Enclosed: prenatal flowsheet, labs (CBC, T&S, GBS neg {{DATE:5/21/24}}), 20-wk anatomy US from {{FACILITY:Pioneer Ridge Imaging}}, labor flowsheet {{DATE:6/12}}, consent for transfer.
Reason: retained placenta > 60 min after birth at 0211, EBL 300 and stable. Transported by private vehicle with midwife.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, notify the sender at the number above and destroy all copies.`,
  `L&D TRIAGE -- decreased fetal movement
{{DATE:8/13/2024 19:25}}   Pt {{NAME:Yesenia Barrientos López}}   MRN {{MRN:01062418}}   G4P3003 @ 35w2d
Interpreter: Spanish, in person ({{NAME:Rocío}}, staff interp).
S: "el bebé no se mueve como antes" since this AM. Ate dinner, lay L side, counted 4 kicks in 1h. No ctx, LOF, VB. Works at {{FACILITY:Stillwater Orchards}} packing house, on feet 10h.
O: BP 116/72, HR 94. NST: baseline 145, mod var, 3 accels 15x15 in 20 min -> reactive. BPP 8/8 by Dr {{NAME:Castellanos}}. AFI 11. Toco: irritability, no ctx. Urine: 1+ ketones, no protein.
A: reassuring fetal status. Mild dehydration.
P: 1 L LR, d/c home. Kick counts explained with handout (Spanish). Follow-up at {{FACILITY:Orchard Valley Community Health Center}} on {{DATE:8/15}} w/ Dr. {{NAME:Ruth Feinberg}}.
Return precautions reviewed. Husband {{NAME:Efraín}} drove, cell {{PHONE:413-555-0193}}.
Ride home: same. -{{NAME:S. Okonjo-Price}}, RN`,
  `NEWBORN DISCHARGE SUMMARY -- {{FACILITY:Sawmill River Community Hospital}} Nursery
Name: Baby Girl {{NAME:Nguyen}}  (to be "{{NAME:Mai Anh}}")   MRN {{MRN:00931562}}
DOB {{DATE:3/14/2024}}   Discharge {{DATE:3/17/2024}}   GA 39w0d   BW 3,180 g   D/C wt 2,960 g (-6.9%)
Mother {{NAME:Ngoc Nguyen}}, O+; baby A+, DAT positive.
Course: TcB 12.1 at 30 HOL, TSB 13.0 -> above phototherapy threshold for risk factors (DAT+). Phototherapy {{DATE:3/15}} 0900 to {{DATE:3/16}} 1700. Rebound TSB 10.4 at 12 h off. Breastfeeding + 10-15 mL formula supplements.
Home phototherapy not needed. If TSB rises: BiliBlanket from {{FACILITY:Valley Home Medical Supply}} (unit {{DEVICE:BB-4T-008812}} reserved).
Screens: CCHD pass, hearing pass, NBS card {{ID:NBS-2403-114987}} sent.
F/u: {{FACILITY:Larkspur Family Medicine}} Dr {{NAME:Huong Tran-Whitaker}} tomorrow {{DATE:3/18}} 9:40 with TSB drawn at {{FACILITY:Valley Outpatient Lab}} at 8:30.
{{NAME:L. Castellanos}}, MD`,
  `ACKNOWLEDGMENT OF PARENTAGE / BIRTH REGISTRY WORKSHEET (parents not married)
Facility: {{FACILITY:Sawmill River Community Hospital}}    Birth registrar: {{NAME:Patrice Hull}}  ext {{PHONE:3104}}
Child: {{NAME:Journee Skye Whitaker-Boateng}}    DOB {{DATE:09/01/2024}}    Sex F
Mother: {{NAME:Tamika Whitaker}}   DOB {{DATE:12/16/2000}}   SSN {{SSN:048-55-2716}}
  Address {{ADDRESS:23 Hope St, Apt 1L}}, {{LOCATION:Greenfield}} {{ZIP:01301}}   {{LOCATION:Franklin Co}}
  Phone {{PHONE:413-555-0175}}   Email {{EMAIL:tamika.w2000@examplemail.com}}
Father: {{NAME:Kwame Boateng}}   DOB {{DATE:03/08/1999}}   SSN {{SSN:052-55-9843}}
  Birthplace: {{LOCATION:Kumasi}}, Ghana    Address same as mother
  ID shown: MA driver's license {{LICENSE:S44827193}} (father), passport {{ID:G0217736}} (father)
Both parents signed VAP form in presence of notary {{NAME:Linda Szczepanski}} (commission exp {{DATE:4/30/2027}}).
Surname for child: hyphenated, both parents agree.
Certificate registration # {{ID:2024-MA-011873}} pending.
Worksheet reviewed with parents {{DATE:9/2/24}}. -{{NAME:PH}}`,
  `SPIRITUAL CARE NOTE -- perinatal loss
{{DATE:10/3/2024}}  L&D rm 8 (butterfly on door)
Called by RN {{NAME:Ximena}} for family of {{NAME:Abigail Stoltzfus-Reyes}}, 33, G2P0 -> stillbirth at 36w, baby boy "{{NAME:Ezra}}", born 0847.
Present: pt, husband {{NAME:Daniel Reyes}}, her mother {{NAME:Miriam Stoltzfus}}. Pastor {{NAME:Aaron Beiler}} of {{FACILITY:Conestoga Ridge Mennonite Fellowship}} on speaker from {{LOCATION:Lancaster}}.
Offered blessing; family requested naming and blessing rather than baptism. Held {{NAME:Ezra}}, sang hymn. Memory box: hand/foot prints, lock of hair, ID band, knit hat from {{FACILITY:Second Meadow Congregational Church}} knitting group.
Bereavement photography by volunteer {{NAME:Kira Vogel}} ({{FACILITY:Little Lanterns Remembrance Photography}}); images given on USB. File {{PHOTO:LL_StoltzfusReyes_Ezra_004.jpg}} chosen by family for obituary.
Funeral home: {{FACILITY:Kellogg & Sons Funeral Home}}, {{LOCATION:Northampton}}, contact {{NAME:Tom Kellogg}} {{PHONE:413-555-0108}}. Autopsy declined; placenta to path, accession {{ID:SP24-8812}}.
Will follow up by phone {{DATE:10/10}}.
Chaplain {{NAME:Ruth Oyelaran-Fisk}}, MDiv, BCC`,
  `LAB CRITICAL VALUE CALL LOG -- L&D
Date/time: {{DATE:08/20/2024 03:12}}   Called by: {{NAME:Mehmet Çelik}} (lab, {{FACILITY:SRCH Core Lab}})
Received by: {{NAME:Jocelyn Marsh}}, RN   Read back: YES
Patient: {{NAME:OLIVARES, CARMEN}}   MRN {{MRN:01063907}}   Rm LDR 3
Test: serum magnesium 8.4 mg/dL (critical > 8.0)   Accession {{ID:A24-233-0417}}   Call ref # {{ID:CV-117740}}
Pt on MgSO4 2 g/h for pre-e w/ severe features (4 g load 2215). Cr 1.1 (up from 0.7). UO 20 mL/h x 2h.
Assessment at bedside 0315: DTRs 1+ (were 2+), RR 14, SpO2 97% RA, alert, "feels heavy".
Actions: Mg paused 0316 per Dr {{NAME:Vasquez-Hale}} (paged 0314 to {{PHONE:413-555-0111}}). Ca gluconate 1 g at bedside, not given. Repeat Mg + BMP 0500. Foley output hourly. 
Husband {{NAME:Luis}} updated. CNM {{NAME:B. Ferreira}} from {{FACILITY:LBBC}} texted per pt request.
-{{NAME:JM}}`,
  `L&D BOARD -- night handoff {{DATE:11/16}} 1900   charge {{NAME:T. Brightwater}}  ->  {{NAME:J. Marsh}}
LDR1  {{NAME:Pham}} 23 G1 39w IOL cytotec #2 0400, cx 2/50/-3. GBS+ PCN. {{NAME:Vasquez-Hale}}.
LDR2  {{NAME:Mukherjee, S.}} G2P1 41w1d Pit 10, 6/90/-1, epid. VBAC-TOLAC, consented. {{NAME:Obi}}. husband {{NAME:Arnab}} ++ anxious.
LDR3  empty (clean)
LDR4  "{{NAME:Bunny}}" {{NAME:Lachance}} 17 G1 34w PTL, Mag for neuro + BMZ #1 1630, #2 due {{DATE:11/17}} 1630. mom {{NAME:Colette}} w/ her. DCF aware (hx). peds aware.
LDR5  {{NAME:Ibrahim}} -- triage obs, r/o ROM, nitrazine neg, ferning pending. Somali interp on iPad.
LDR6  held for {{NAME:Nkemelu}}, planned C/S 0730 tomorrow OR 2, NPO after MN.
PACU  {{NAME:O'Shaughnessy, B.}} s/p C/S 1510, Mag no, BPs ok, wants baby back from nursery.
Staffing: {{NAME:Kelsey}} float to MBU at 2300, {{NAME:Wren}} orienting {{NAME:Tayo}}.
Scrub tech {{NAME:Dom}} on call {{PHONE:413-555-0128}}. Anesth {{NAME:Haddad}} in house.`,
  `PATIENT FINANCIAL SERVICES -- account note
Guarantor: {{NAME:Boateng, Kwame}}    Patient: {{NAME:Whitaker, Tamika}}    Acct # {{ACCOUNT:7731-009-4410}}
Newborn acct (linked): {{ACCOUNT:7731-009-4418}} ({{NAME:Journee Whitaker-Boateng}})
Primary: commercial plan via father's employer ({{FACILITY:Connecticut Valley Cabinetry}}), member ID {{HEALTH_PLAN:TVH-2209187-01}}. Mother's MassHealth ID {{HEALTH_PLAN:MH100238815}} secondary.
{{DATE:09/10/2024}}  Claim {{ACCOUNT:CLM-24-0911-55310}} (delivery, DRG 807) denied -- "newborn not added to policy within 30 days". Called plan, rep {{NAME:Dolores}}, ref # {{ID:CALL-88213004}}. Father has until {{DATE:10/1/24}} to add baby.
{{DATE:09/12/2024}}  Left msg for guarantor at {{PHONE:413-555-0175}} re: add newborn. Mailed letter to {{ADDRESS:23 Hope St, Apt 1L}}, {{LOCATION:Greenfield}} {{ZIP:01301}}.
{{DATE:09/19/2024}}  Mr. {{NAME:Boateng}} called back; baby added eff. DOB. Resubmitted claim. Breast pump (E0603) auth # {{ID:PA-4471190}} approved, shipped by {{FACILITY:Valley Home Medical Supply}}.
-{{NAME:Renata V.}}, PFS rep II`,
  `ED / OB TRIAGE NOTE -- postpartum readmission
{{DATE:Jul 30 2024 22:41}}   {{NAME:WHITFIELD, GENEVIEVE}}  MRN {{MRN:00961207}}  DOB {{DATE:2/11/1989}}
PPD #8 s/p SVD {{DATE:7/22}}. CHTN on nifedipine XL 60.
HPI: frontal HA since this afternoon, 7/10, not better w/ Tylenol 1 g + caffeine. "Seeing zigzags." Remote BP program flagged 168/104 at 2050 (cuff {{DEVICE:OMR-BP7450-22819}}), RN {{NAME:Pilar}} from the program called her and sent her in. Partner {{NAME:Marcus}} drove from {{LOCATION:Deerfield}}; baby with his mom.
Exam: BP 164/102, 158/100 (15 min). HR 88. Clonus 2 beats. RUQ nontender. Neuro nonfocal.
Labs: plt 188, AST 31, ALT 28, Cr 0.7, UPC 0.6.
A: postpartum preeclampsia with severe features (BP + HA + visual).
P: labetalol 20 mg IV -> repeat. Mag 4 g load then 2 g/h x 24h. Admit to L&D, Dr {{NAME:Obi}}. Baby can room in if family stays (peds Dr. {{NAME:Bhattacharya}} informed).
Neuro imaging only if HA persists after BP control.
{{NAME:Okonjo-Price, S.}} RN / {{NAME:I. Vasquez-Hale}} MD`,
  `{{FACILITY:LITTLE BROOK BIRTH CENTER}} -- Prenatal Visit (SOAP)
Client {{NAME:Ruthie Fairweather}}  chart {{MRN:LB-2024-0277}}  {{DATE:8/27/2024}}  28w2d  G1P0
S: feels well. Some round ligament pain. Teaches 2nd grade at {{FACILITY:Long Plain Elementary School}}, starts back {{DATE:9/3}}. Wife {{NAME:Jo}} ({{NAME:Josephine Ames}}) attended by video from {{LOCATION:Ithaca}} (work trip).
O: BP 104/66, wt +1 kg. FH 28 cm. FHT 148 doppler. Vertex by Leopolds. No edema.
Labs today: 1-h GCT 118 (nl). CBC Hgb 11.0. Antibody screen neg. Blood type O NEG -> RhoGAM 300 mcg IM L deltoid today, lot recorded on MAR.
A: healthy IUP, Rh neg.
P: Tdap at next visit. Childbirth class series starts {{DATE:Sept 12}} (Thurs eves). Birth plan: waterbirth, doula TBD, wants to meet {{NAME:Saoirse}}. Peds: {{FACILITY:Larkspur Family Medicine}}. Next visit {{DATE:9/10}}.
Insurance: BCBS member {{HEALTH_PLAN:XKB551902364}}; pt portal set up at {{URL:https://portal.littlebrookbirth.example/u/rfairweather}}.
{{NAME:M. Lindahl}}, CNM`,
  `NURSERY -- IDM hypoglycemia protocol (infant of diabetic mother)
Baby Boy {{NAME:Al-Masri}}   MRN {{MRN:01051198}}   DOB {{DATE:07/02/2024 1402}} by rpt C/S   BW 4,120 g (LGA)
Mom {{NAME:Farah Al-Masri}}, GDM A1.
1502  POC glu 38 -> dextrose gel 40% 0.5 mL/kg + BF. -{{NAME:nk}}
1600  glu 44 -> 2nd gel, BF 15 min + 10 mL donor milk (lot on log). -{{NAME:nk}}
1700  glu 52. -{{NAME:nk}}
2000  glu 55 pre-feed. -{{NAME:nk}}
2330  glu 49 (<50 after 4 h) -> notified Dr {{NAME:Castellanos}}, order: supplement 20 mL, recheck.
0130  glu 58. 
0430  glu 61. off protocol after 3 consecutive >= 50. 
Also: infant footprint scan for ID system done at 1430, template ref {{BIOMETRIC:FP-NB-2407-0093}}; mom's thumbprint matched ({{BIOMETRIC:TP-M-2407-0093}}).
Dad ({{NAME:Omar}}) asking about outpatient circumcision; Sheikh {{NAME:Bilal}} of their mosque recommended {{FACILITY:Al-Noor Pediatric Clinic}} in {{LOCATION:West Springfield}}; gave info.
-{{NAME:N. Kaur}} RN  / day RN {{NAME:Wren Abernathy}}`,
  `PHONE MESSAGE (lactation line)     rec'd {{DATE:10/22}} 0812 by {{NAME:kp}}
From: {{NAME:Priya Raghunathan-Shaw}}   DOB {{DATE:08/03/1993}}   cb {{PHONE:413-555-0116}} (ok to leave detailed msg: Y)
Baby {{NAME:Arjun}} 6 mo. Last night R breast hard red wedge, 101.8, chills, "like the flu". Pumping at work ({{FACILITY:Pioneer Title & Abstract}}).
Returned call 0840 -- {{NAME:F. Noorzai}} IBCLC:
Likely mastitis. Continue feeding/pumping on demand, don't overpump. Ice, ibuprofen 600 q6, lymphatic drainage massage (gentle). Sunflower lecithin ok. Needs provider eval today for abx.
Scheduled w/ {{NAME:Lindahl}} CNM 1:15 pm today. If worse, urgent care at {{FACILITY:Sawmill River Walk-In}} on {{ADDRESS:Mohawk Trail}}.
Rx later sent: cephalexin 500 mg QID x10d to {{FACILITY:Crossroads Pharmacy}} ({{PHONE:413-555-0145}}).
F/u call {{DATE:10/24}}. -{{NAME:FN}}`,
  `{{FACILITY:Little Brook Birth Center}}
{{ADDRESS:19 Orchard Lane}} | {{LOCATION:Hadley}}, MA {{ZIP:01035}} | {{URL:www.littlebrookbirth.example}}

{{DATE:January 6, 2025}}

Ms. {{NAME:Thanh Huong Pham}}
{{ADDRESS:77 Lower Rd, Apt 5}}
{{LOCATION:Deerfield}}, MA {{ZIP:01342}}

Dear {{NAME:Huong}},

Welcome to {{FACILITY:Little Brook}}! We're glad you chose us for your care. Your first midwife visit is on {{DATE:Tuesday, January 14}} at 10:00 with {{NAME:Beatriz Ferreira}}, CPM. Please bring your insurance card, a list of medicines, and your records from {{FACILITY:Greenfield Women's Care}}. Your estimated due date is {{DATE:August 2, 2025}}.
Our orientation night is the second Monday of each month (next: {{DATE:Feb 10}}), and partners are welcome. You can book and message us in the portal -- your invitation code is {{ID:LB-INV-55819}}.
Questions? Call {{PHONE:413-555-0160}} or write {{EMAIL:hello@littlebrookbirth.example}}.

Warmly,
{{NAME:Marguerite Lindahl}}, CNM, Clinical Director`,
  `birth notes (doula) -- {{NAME:Ngozi}} & {{NAME:Femi Adeyemi}}, {{DATE:Nov 3-4}}
called 11:40p, came to house {{ADDRESS:9 Cherry Rd}}, {{LOCATION:Sunderland}}. ctx 4 min. she's swaying, vocalizing. {{NAME:Femi}} timing on app.
1:30a left for hospital in their Honda CR-V (plate {{VEHICLE:2HMB77}}), me following.
2:10a triage {{FACILITY:SRCH}}, 5 cm. Nurse {{NAME:Tova}} lovely.
3-6a tub, hip squeezes, rebozo sifting. she asked for "the shot" (nubain?) -- decided vs, wanted to wait.
6:40a epidural (Dr {{NAME:Haddad}}). slept 2h!! 
9:15a complete. pushed 50 min, side-lying then hands/knees.
10:07a baby girl {{NAME:Ifeoluwa}} born!! {{NAME:Femi}} cried, announced sex. great-grandma Mama {{NAME:Comfort}} on FaceTime from {{LOCATION:Ibadan}} -- she's {{AGE:ninety-two}} and sang.
11:00 1st latch ok. placenta whole. small tear, few stitches by Dr. {{NAME:Obi}}.
left 12:30p. pp visit planned {{DATE:11/7}}. invoice #{{ACCOUNT:HDC-2024-118}} sent to {{EMAIL:femi.adeyemi@examplemail.com}}.
-{{NAME:SK}}`,
  `SECURITY INCIDENT LOG -- Infant Protection System (Birthing Center)
Incident # {{ID:SEC-24-1207-02}}   Date {{DATE:12/07/2024}}   Officer: Sgt. {{NAME:Raymond Oduya}} (badge {{ID:SR-0415}})
0214  Alarm: tag {{DEVICE:HT-55318}} (Baby Girl {{NAME:Lachance}}, MBU rm 206) at stairwell B door. Code Pink called. Doors maglocked.
0215  RN {{NAME:Kelsey Dunn}} located infant in mother's arms walking hallway; tag loosened on ankle. Not an abduction.
0219  Code Pink cleared by House Sup {{NAME:Vernon Ashby}}.
0230  Tag replaced w/ {{DEVICE:HT-55402}}, band re-matched to mother ({{NAME:Brianna}} "{{NAME:Bunny}}" {{NAME:Lachance}}), grandma {{NAME:Colette}} present.
Vehicles logged at ED entrance during lockdown: gray Chevy Malibu MA {{VEHICLE:8PZ-331}} (visitor {{NAME:D. Gagnon}}), delivery van from {{FACILITY:Pioneer Linen Service}} plate {{VEHICLE:1VN-443}}.
Video retained: cameras 14, 15 from 0210-0225.
Follow-up: education to pt re: leaving room w/ baby; checked tag fit on all infants (8).
Report to nurse mgr {{NAME:P. Hull}} and risk mgmt {{DATE:12/7/24}}.`,
  `VIDEO VISIT -- perinatal behavioral health   {{DATE:6/4/2024}} 15:00-15:50
Clinician: {{NAME:Dana Whitcomb}}, LICSW ({{FACILITY:Riverbend Counseling Associates}}), MA lic. {{LICENSE:LICSW-118204}}
Client: {{NAME:Kowalczyk, Jolanta}}   DOB {{DATE:11/8/1991}}   Client ID {{MRN:RCA-20447}}
Platform: telehealth link {{URL:https://telehealth.riverbendcounseling.example/room/dwhitcomb}}; client connected from home, IP {{IP:198.51.100.23}}; location confirmed: {{ADDRESS:14 Oak Hill Rd}}, {{LOCATION:Gill}}.
Session 5. EPDS today 8 (from 13 on {{DATE:4/17}}). On sertraline 50 mg since {{DATE:5/10}}. Sleeping better; {{NAME:Tomasz}} took paternity week. Baby {{NAME:Zofia}} 2 months, "smiling at me now".
Themes: guilt re: formula supplementing; her mother's expectations; return to work at {{FACILITY:Pocumtuck Savings Cooperative}} on {{DATE:7/8}}.
No SI. Safety plan reviewed and unchanged.
Plan: biweekly sessions, next {{DATE:6/18}}. Coordinate w/ {{NAME:Pryce}} CNM. 
Dx: F53.0 postpartum depression, improving.`,
  `CERTIFICATE OF LIVE BIRTH -- FACILITY WORKSHEET (birth center birth)
Place of birth: Freestanding birth center -- {{FACILITY:Little Brook Birth Center}}, {{ADDRESS:19 Orchard Lane}}, {{LOCATION:Hadley}}, {{LOCATION:Hampshire County}} {{ZIP:01035}}
Child: {{NAME:Wilder James Fairweather-Ames}}   DOB {{DATE:11/19/2024}}   TOB 0347   M   BW 3,560 g   GA 40w1d
Parent 1 (birthing): {{NAME:Ruth Anne Fairweather}}  DOB {{DATE:06/22/1994}}  birthplace {{LOCATION:Burlington}}, VT  SSN {{SSN:008-55-4419}}
Parent 2: {{NAME:Josephine Ames}}  DOB {{DATE:02/14/1992}}  birthplace {{LOCATION:Toronto}}, Canada
Residence: {{ADDRESS:51 Montague Rd}}, {{LOCATION:Leverett}} {{ZIP:01054}}
Attendant: {{NAME:Marguerite M. Lindahl}}, CNM   NPI {{LICENSE:1720063319}}   MA RN/APRN lic {{LICENSE:RN2271840}}
Certifier: same.  Medical record # {{MRN:LB-2024-0277}}
Method: spontaneous vaginal, waterbirth. No transfer. Apgars 9/9.
Infant transferred? No.  Living at time of report: Yes.
Entered into state EVRS by {{NAME:Bia Ferreira}} {{DATE:11/20/2024}}. Confirmation {{ID:EVRS-24-4471903}}.`,
  `OB ADMISSION H&P -- INDUCTION OF LABOR
{{FACILITY:Sawmill River Community Hospital}}      Admit: {{DATE:10/01/2024 20:00}}
Patient: {{NAME:Dubois, Marie-Claude}}     MRN {{MRN:01070022}}     Age 41     G3P1011
Attending: {{NAME:T. Obi}}, MD     PNC: {{FACILITY:Greenfield Women's Care}} (Dr {{NAME:Hélène Marchand}})
EDD {{DATE:10/06/2024}} by IVF transfer date ({{FACILITY:Valley Fertility Partners}}, transfer {{DATE:1/20/2024}}).
Indication: AMA >= 40, 39w2d -- elective IOL per ARRIVE discussion.
PMH: hypothyroid on levothyroxine 88 mcg. Prior SVD 2016 at 3,600 g. SAB x1 2019.
Allergies: sulfa (rash).
Labs: GBS pos ({{DATE:9/5}}). Rubella immune. Hep B neg. HIV neg. A pos.
Exam: BP 122/78. Cephalic by US. SVE 1/50/-3, posterior, firm. Bishop 3.
Plan: cervical Foley bulb + misoprostol 25 mcg PV q4h x up to 6 doses. PCN G 5 MU then 2.5 MU q4h. Continuous EFM. Epidural on request.
Social: married to {{NAME:Jean-Luc}}, teaches French at {{FACILITY:Deerfield Valley Regional High School}}. Mother ({{NAME:Thérèse}}) coming from {{LOCATION:Sherbrooke}}. Son {{NAME:Théo}}, 8.
Emergency contact: {{NAME:Jean-Luc Dubois}} {{PHONE:413-555-0138}}.
Signed: {{NAME:Thaddeus Obi}}, MD  {{DATE:10/1/24 20:45}}`,
  `MBU NURSING -- {{NAME:Adeyemi, Ngozi}}  rm 210  PPD1  SVD {{DATE:11/4}}  2nd deg (repaired)   MRN {{MRN:01078814}}
0800  VS 110/68, 80, 98.0. fundus firm U-1 midline. lochia mod rubra. perineum edematous, ice pack, Dermoplast, Tucks. pain 4/10 -> ibuprofen 600. -{{NAME:cw}}
0930  BF q2-3h, baby {{NAME:Ife}} latching well, LATCH 9. -{{NAME:cw}}
1100  visitors: husband {{NAME:Femi}}, doula {{NAME:Saoirse}}, pastor {{NAME:Adebayo Ogun}} from {{FACILITY:Redeemed Grace Chapel}} {{LOCATION:Springfield}}. pt tired, asked visitors to leave at 1200.
1300  EPDS (day 1, baseline) = 4. 
1430  voided 400 mL. ambulating. 
1600  Rhogam n/a (O+). MMR n/a. Tdap given in preg.
1700  birth cert worksheet done w/ registrar {{NAME:Patrice}}. Baby's full name: {{NAME:Ifeoluwa Comfort Adeyemi}}.
1900  handoff to {{NAME:Lucía}} RN (nights). -{{NAME:Chloe W.}}, RN
2200  pt c/o afterpains w/ nursing, oxycodone 5 mg x1 (first dose). -{{NAME:LR}}`,
  `PP FOLLOW-UP CALL -- community health worker (Portuguese)
Data: {{DATE:14/08/2024}} (entered {{DATE:8/14/24}})   CHW: {{NAME:Valéria Nascimento}}, {{FACILITY:Valley Immigrant Family Services}}
Cliente: {{NAME:Jéssica Rodrigues da Silva}}, 26, P2, delivered {{DATE:7/31}} at {{FACILITY:Sawmill River}}.
Phone {{PHONE:413-555-0186}} (WhatsApp), lives {{ADDRESS:102 Avenue A, Apt 9}}, {{LOCATION:Turners Falls}}.
Baby {{NAME:Davi}} feeding mixed. Mom reports poor sleep, "cabeça cheia" (mind full), worries about immigration status of husband {{NAME:Wellington}}; misses her mother in {{LOCATION:Governador Valadares}}.
EPDS (Portuguese version) done by phone: total 15. Q10 = 1 ("hardly ever" thoughts of harming self).
Because Q10 > 0: warm-transferred to OB on call Dr. {{NAME:Vasquez-Hale}} -> spoke w/ pt w/ interpreter line (interp # {{ID:PT-300417}}). Not imminent risk, no plan, protective factors kids + faith ({{FACILITY:Igreja Batista Monte Sião do Vale}}).
Plan: next-day BH appt w/ {{NAME:Dana Whitcomb}} via telehealth; CHW home visit {{DATE:8/16}}; MassHealth active ({{HEALTH_PLAN:MH100558127}}).
-{{NAME:VN}}`,
  `{{FACILITY:SAWMILL RIVER COMMUNITY HOSPITAL}} -- Department of Obstetrics
Maternal Transfer Summary (to higher level of care)
Date/time: {{DATE:11/16/2024 03:55}}
To: Maternal-Fetal Medicine, {{FACILITY:Commonwealth Perinatal Center}}, {{LOCATION:Worcester}} -- accepting Dr. {{NAME:Priyanka Venkataraman}}; transfer center ref {{ID:TC-1116-0387}}
Patient: {{NAME:Brianna Lachance}} ("{{NAME:Bunny}}")   DOB {{DATE:05/30/2007}}   MRN {{MRN:01081123}}
17 y/o G1P0 at 33w6d, PPROM {{DATE:11/15}} 2210, PTL, cx 4/80/-1 at 0300. Breech by US. EFW 2,150 g. BMZ #1 {{DATE:11/15}} 2300. Mag for neuroprotection running 2 g/h. Ampicillin + azithro for latency. GBS unknown.
Reason: no NICU at {{FACILITY:SRCH}} (level I nursery).
Mode: ground ALS, {{FACILITY:Riverline Critical Care Transport}}, with L&D RN {{NAME:Tayo Adebisi}}. Mother {{NAME:Colette Lachance}} (legal guardian, consented) following in own car.
Records: faxed to {{FAX:508-555-0122}}; imaging pushed to PACS.
{{NAME:Imogen Vasquez-Hale}}, MD   cell {{PHONE:413-555-0111}}`,
  `NEONATAL TRANSPORT RECORD -- {{FACILITY:Riverline Critical Care Transport}}
Run # {{ID:RCCT-24-09183}}   Unit: Neo 2   {{DATE:12/01/2024}}
Referring: {{FACILITY:Sawmill River Community Hospital}} nursery, Dr {{NAME:L. Castellanos}}
Receiving: NICU, {{FACILITY:Commonwealth Perinatal Center}} (Dr. {{NAME:Oyelowo}}, fellow)
Pt: Baby Boy {{NAME:Mukherjee}}, DOB {{DATE:11/30/2024 2338}}, GA 41w1d, BW 3,720 g, MRN (ref) {{MRN:01082290}}
Hx: VBAC, thick mec, Apgars 3/6/8, PPV 90 sec. Now grunting, retracting, FiO2 0.45 on CPAP +6. CXR: patchy infiltrates c/w MAS. Temp 37.1. Glu 62.
Team: RN {{NAME:Garrett Lindqvist}}, RT {{NAME:Hana Yoshida}}. Depart 0214, arrive 0336. Stable en route. Isolette #4.
Parents: father {{NAME:Arnab Mukherjee}} driving separately ({{PHONE:413-555-0151}}), mother {{NAME:Sreoshi}} to follow at d/c.
Ambulance VIN {{VEHICLE:1FDUF5HT8KDA04417}} logged for equipment check.
Handoff to bedside RN {{NAME:Imani}} 0345.`,
  `LACTATION -- NICU pumping mother (outpatient phone + pump loan)
Mom: {{NAME:Sreoshi Mukherjee}}   DOB {{DATE:4/19/1990}}   {{DATE:12/3/24}}
Baby in NICU at {{FACILITY:Commonwealth Perinatal Center}} since {{DATE:12/1}} (MAS, off CPAP {{DATE:12/3}}).
Pumping q3h w/ hospital-grade pump loaned by {{FACILITY:SRCH}}, serial {{DEVICE:SYM-0291-80233}}; yields 20-40 mL/session on day 4. Colostrum frozen, husband {{NAME:Arnab}} drives it to NICU daily (90 min).
Discussed: hands-on pumping, power pumping 1x/day, storing & labeling w/ infant's NICU labels, cooler w/ ice packs. Milk bank donor milk bridging per NICU ({{FACILITY:Northeast Donor Milk Collective}}).
Mom lives {{ADDRESS:5 Ridge Hill Rd}}, {{LOCATION:Shelburne Falls}}; pump to be returned when baby home. Loan agreement signed; deposit waived. Pump loan # {{ID:PL-2024-0077}}.
NICU lactation contact: {{NAME:Giulia Bertolucci}}, IBCLC {{PHONE:508-555-0134}}.
{{NAME:F. Noorzai}}, IBCLC`,
  `{{FACILITY:LITTLE BROOK BIRTH CENTER}} -- 6-week postpartum visit
{{NAME:Hiroko Tanaka-Bell}} / chart {{MRN:LB-2024-0156}} / {{DATE:Jul 24, 2024}}
Birth {{DATE:6/12}} at {{FACILITY:LBBC}}, transferred for retained placenta -> manual removal at {{FACILITY:SRCH}} under epidural, EBL total 700, home {{DATE:6/13}}.
S: Feeling "mostly like me". Baby {{NAME:Kaito}} 10 lbs 4 oz. Exclusively BF. Bleeding stopped wk 4. Back to intercourse: not yet. Returning to work at {{FACILITY:Bear Swamp Land Trust}} in the fall (remote).
EPDS 5. GAD-7 3.
O: BP 110/70. Wt 63 kg. Perineum healed. Uterus nl size. Hgb 11.6.
A/P: normal PP course.
- Contraception: ParaGard IUD placed today, lot on log. Strings trimmed 3 cm. Check strings in 4-6 wk.
- Pelvic floor PT referral to {{NAME:Marisa Delgado}}, DPT, {{FACILITY:Core Restore PT}} in {{LOCATION:Northampton}}.
- Transfer of care back to PCP Dr. {{NAME:Keiko Sato}}.
{{NAME:B. Ferreira}}, CPM / {{NAME:M. Lindahl}}, CNM`,
  `PATIENT PORTAL -- message to OB office
From: {{NAME:Marie-Claude Dubois}}    Sent: {{DATE:10/28/2024 07:12}}    Subject: FMLA + disability forms
Bonjour -- my employer ({{FACILITY:Deerfield Valley Regional Schools}}) needs the FMLA certification and my short-term disability carrier needs an attending physician statement. Claim number {{ACCOUNT:STD-5519-02284}}. Their fax is {{FAX:866-555-0179}}, attn {{NAME:Keisha Morrow}}. HR contact at school is {{NAME:Gordon Pyle}} {{EMAIL:gpyle@dvrschools.example}}. Baby {{NAME:Élodie}} born {{DATE:10/3}} by C/S so I think 8 weeks? I want to go back {{DATE:January 6}}. merci!! - {{NAME:M-C}}

Reply -- {{DATE:10/28/2024 13:30}} -- {{NAME:Annette Kowal}}, medical assistant (forms)
Hi {{NAME:Marie-Claude}}, we received the forms. Dr. {{NAME:Obi}} will complete them within 7-10 business days (fee waived for FMLA). For C/S the usual period is 8 weeks ({{DATE:10/3}} to {{DATE:11/28}}); anything longer needs a medical reason. We'll fax both to the carrier and upload a copy here. Your employee ID on the form is blank -- please reply with it.
Reply -- {{DATE:10/28/2024 19:02}} -- pt: it's {{ID:E-204718}}. thank you`,
  `AMENDMENT REQUEST -- birth record correction (office copy)
{{DATE:February 18, 2025}}
To: Registry of Vital Records, Amendments Unit
From: {{NAME:Patrice Hull}}, Birth Registrar, {{FACILITY:Sawmill River Community Hospital}}, {{ADDRESS:500 Sawmill River Rd}}, {{LOCATION:Montague}}, MA {{ZIP:01351}}; tel {{PHONE:413-555-0104}}; fax {{FAX:413-555-0105}}
Re: Certificate # {{ID:2024-011873}} -- child {{NAME:Journee Skye Whitaker-Boateng}}, DOB {{DATE:09/01/2024}}
Facility error: mother's date of birth entered as {{DATE:12/16/2001}}; correct is {{DATE:12/16/2000}}, per her MA driver's license {{LICENSE:S39174402}} and hospital record MRN {{MRN:00990544}}. Also father's birthplace misspelled "{{LOCATION:Kumasee}}"; correct: {{LOCATION:Kumasi}}, Ghana.
Supporting documents enclosed: copy of worksheet signed {{DATE:9/2/24}}, mother's license (front), affidavit signed by {{NAME:Tamika Whitaker}} on {{DATE:2/14/25}} before notary {{NAME:L. Szczepanski}}.
Please send the corrected certified copy to the mother at {{ADDRESS:23 Hope St, Apt 1L}}, {{LOCATION:Greenfield}} {{ZIP:01301}}.
Sincerely, {{NAME:P. Hull}}`,
  `ON-CALL PHONE LOG -- OB triage line (night of {{DATE:1/11}} -> {{DATE:1/12/25}})   RN: {{NAME:Jocelyn Marsh}}
2015  {{NAME:Kaur, Simran}} 31w, ctx x3/h, no LOF. hydrate, lie L side, kick counts. called back 2115: fewer ctx. -> OK at home.
2142  {{NAME:Liam O'Donnell}} (husband of {{NAME:Niamh}}) 39w: "she's pushing in the car" -- advised pull over, 911. EMS from {{LOCATION:Bernardston}} brought mom + baby in 2220 (born in car at {{ADDRESS:Route 10 and Shattuck Rd}}). 
2305  Mrs. {{NAME:Gutiérrez}} PPD 10, fever 101.2, incision red. -> come in. seen, cellulitis, keflex.
0020  {{NAME:Tess}} (no last name given) from {{LOCATION:Wendell}}, 12w bleeding -> ED, not L&D (< 20w). cb {{PHONE:978-555-0166}}.
0310  {{NAME:Amani Yusuf}} 38w SROM, GBS+ -> come in now. ETA 0400.
0450  {{NAME:Okafor}} pp (baby 10 mo?) asks re: Tdap for grandma {{NAME:Ngozi}}, who is {{AGE:90}} -- told to call PCP in AM.
0615  pharmacy ({{FACILITY:Crossroads}}) re: clarify {{NAME:Gutiérrez}} keflex dose -> 500 QID.`,
  `ANESTHESIA PROCEDURE NOTE -- labor epidural
Pt {{NAME:Mukherjee, Sreoshi}}  MRN {{MRN:01081990}}  {{DATE:11/30/2024}}  LDR2
Consent: risks incl. PDPH, hypotension, inadequate block, nerve injury, infection/hematoma discussed; pt + husband {{NAME:Arnab}} questions answered. Plt 224.
Time-out 1905 w/ RN {{NAME:Kelsey Dunn}}.
Sitting, L3-4, LOR to saline at 6 cm, Tuohy 17g, catheter 5 cm in space (11 cm at skin). Neg aspiration. Test dose lido 1.5% w/ epi 3 mL: neg.
Loading: bupi 0.125% 10 mL in divided doses. PIEB via CADD-Solis pump, serial {{DEVICE:CS3-114-07719}}: ropivacaine 0.1% + fentanyl 2 mcg/mL, 8 mL q45 min, PCEA 5 mL q15 min lockout.
T10 bilateral by 1925, VAS 1/10. BP 108/62 -> phenylephrine 100 mcg x1. FHR 130s, Cat I.
Complications: none. 
{{NAME:Yusuf Haddad}}, MD   {{DATE:11/30/24 1931}}   pager {{PHONE:413-555-0107}}
Addendum {{DATE:12/1}} 0110: catheter removed intact, blue tip seen. -{{NAME:YH}}`,
  `OB ULTRASOUND -- Triage (limited)    Accession {{ID:US-24-0813-2271}}
Patient: {{NAME:BARRIENTOS LOPEZ, YESENIA}}   DOB {{DATE:03/22/1988}}   MRN {{MRN:01062418}}
Exam date: {{DATE:2024-08-13}}   Ordering: {{NAME:Castellanos, Leigh}} MD   Sonographer: {{NAME:R. Thibodeaux}}, RDMS
Equipment: GE Voluson E8, probe C1-5
GA by LMP ({{DATE:12/8/2023}}): 35w2d. 
Single live IUP, cephalic. Placenta posterior fundal, grade II, no previa. FHR 146.
BPP: breathing 2, movement 2, tone 2, AFV 2 (AFI 11.4 cm; deepest pocket 4.2). NST reactive -> 10/10.
EFW 2,610 g (Hadlock) -- 48th %ile.
Cervix not assessed.
Impression: reassuring BPP 8/8 (10/10 w/ NST). Appropriate growth.
Prior OB US: {{FACILITY:Orchard Valley Community Health Center}} {{DATE:4/30/24}} (anatomy, nl).
Read by {{NAME:L. Castellanos}}, MD  {{DATE:08/13/2024 20:47}}`,
  `TRANSCRIBED FROM HANDWRITTEN BIRTH CENTER LOG (old format, all caps)
{{DATE:03 APR 2024}}  CLIENT: {{NAME:NOVAK, ELSKE}}  #{{MRN:LB-2024-0101}}  G2P1  40+2
1400 PH CALL FROM HUSB {{NAME:PIETER}} -- CTX Q4 X 2H. TOLD COME IN.
1450 ARR. BP 118/76. FHT 128. SVE 5/90/0. GBS NEG. TO "FERN" RM.
1600 7CM. BIRTH BALL, SHOWER. DOULA {{NAME:HOLLIS}} HERE.
1712 SROM CLEAR.
1734 SVB FEMALE "{{NAME:LIESBETH}}" APGAR 8/9, 3.85 KG. NO LAC. PLAC 1745 INTACT SCHULTZE. EBL 200.
1900 BF X2. VOID. SHOWER.
2230 D/C HOME W/ HUSB + GRANDPA {{NAME:WILLEM}} (HE DROVE FROM {{LOCATION:ALBANY}}, NY).
HOME ADDR {{ADDRESS:2 CRANBERRY POND RD}}, {{LOCATION:SUNDERLAND}}.
24H VISIT {{DATE:04 APR}}. -{{NAME:MML}} / {{NAME:BF}}
[TRANSCRIBED {{DATE:4/5/24}} BY {{NAME:A. REDCLOUD}}, STUDENT MW]`,
  `PEDIATRIC NOTE -- brit milah, home
Infant: {{NAME:Asher Levi Greenbaum}}   DOB {{DATE:10/14/2024}}   MRN {{MRN:01074456}}
Parents: {{NAME:Rachel Greenbaum}} and {{NAME:Noah Feld}}. Grandmother {{NAME:Esther}} and great-grandfather {{NAME:Irving Feld}} ({{AGE:97}}, in wheelchair) present.
Setting: family home, {{ADDRESS:61 Elm St}}, {{LOCATION:Northampton}}; brit milah {{DATE:10/22/2024}}, day 8.
Mohel: Rabbi {{NAME:Shmuel Kaplan}}, of {{FACILITY:Congregation Beth Shalom Ha-Emek}}. I attended at family's request as infant's pediatrician.
Pre-check: wt 3,520 g (BW 3,470). Feeding well. Vit K given at birth ({{FACILITY:SRCH}}). No FHx bleeding. Penis nl, no hypospadias.
Procedure by mohel with Mogen clamp; topical EMLA applied 45 min prior; sucrose + wine drops. Hemostasis good. Petrolatum gauze.
Observed 30 min after: wet diaper, no bleeding.
Instructions reviewed w/ parents. Call {{FACILITY:Quabbin Hills Pediatrics}} {{PHONE:413-555-0133}} or mohel ({{PHONE:413-555-0197}}) for bleeding more than a quarter-size spot.
{{NAME:Anand Bhattacharya}}, MD   signed {{DATE:10/22/24}}`,
  `LACTATION CONSULT -- TWINS
Mom: {{NAME:Aisling Ní Bhriain}} (pronounced "ASH-ling nee VREE-in")   MRN {{MRN:01090476}}   PPD 2 s/p C/S 36w4d ({{DATE:1/7}})
Twin A: boy, {{NAME:Cian}}, 2,480 g.  Twin B: girl, {{NAME:Fiadh}}, 2,210 g (SGA). Both in nursery w/ glucose monitoring, both cleared 2nd day.
Partner {{NAME:Declan Murphy}} very hands-on; his mum {{NAME:Bríd}} arriving from {{LOCATION:Galway}} {{DATE:1/12}}.
Assessment: Twin A latches well, sleepy at breast after 8 min. Twin B tires quickly, weak suck, needs supplement. Mom wants to tandem-feed eventually.
Plan:
- Triple feeding for Twin B: BF 10 min max -> 15-20 mL EBM/formula via paced bottle -> pump.
- Twin A: BF on cue, breast compressions.
- Twin pillow (My Brest Friend twin) demonstrated.
- Rental pump Symphony serial {{DEVICE:SYM-0291-81177}}, covered by plan member {{HEALTH_PLAN:HPH-774210395-01}}.
- Twin parents group at {{FACILITY:Little Brook Birth Center}} first Saturdays.
Outpatient f/u {{DATE:1/14/25}} 1 pm. -{{NAME:F. Noorzai}} IBCLC / RN {{NAME:J. Marsh}}`,
  `{{FACILITY:HEARTHSIDE DOULA COLLECTIVE}} -- client intake (export from form tool, {{DATE:2024-09-02}})
field,value
client_name,"{{NAME:Kaur, Simran}}"
preferred_name,"{{NAME:Simi}}"
dob,{{DATE:1993-05-11}}
edd,{{DATE:2024-11-28}}
address,"{{ADDRESS:410 Conway St}}, {{LOCATION:Greenfield}} {{ZIP:01301}}"
phone,{{PHONE:413-555-0149}}
email,{{EMAIL:simran.kaur.rn@examplemail.com}}
partner,"{{NAME:Harjit Singh Sandhu}}"
care_provider,"{{NAME:Pryce}} CNM / {{FACILITY:Mohawk Trail Family Health}}"
birth_place,"{{FACILITY:Sawmill River Community Hospital}}"
languages,"English, Punjabi"
employer,"{{FACILITY:Baystone Nursing & Rehab}} (RN, nights)"
prior_births,"0"
fears,"hospital won't let me move; in-laws in the room"
support_people,"mother-in-law {{NAME:Gurpreet}} (after birth only), sister {{NAME:Navneet}}"
doula_assigned,"{{NAME:Saoirse Kavanagh}}; backup {{NAME:Hollis Greer}}"
fee,"sliding scale $600, paid via {{URL:https://pay.hearthsidedoulas.example/inv/SK-0912}}"
referral,"friend ({{NAME:Priya R-S}})"
submitted_from_ip,{{IP:192.0.2.118}}`,
  `PSYCHIATRY CONSULT -- Mother-Baby Unit
Date: {{DATE:Feb 21, 2025}}    Requested by: Dr. {{NAME:Vasquez-Hale}}    Consultant: {{NAME:Oluwaseun Bankole-Reid}}, MD
Pt: {{NAME:Brandt, Hannelore}} ("{{NAME:Hanni}}")   MRN {{MRN:01094417}}   PPD 4 s/p SVD {{DATE:2/17}}
Reason: husband {{NAME:Felix}} reports she has not slept in 72 h, is "talking fast", believes the baby ({{NAME:Greta}}) has been switched in the nursery.
Hx: bipolar I, off lithium since conception (her choice), last admission {{DATE:March 2019}} at {{FACILITY:Green Mountain Behavioral Hospital}} in {{LOCATION:Brattleboro}}. Mother had "nerves after births".
MSE: hyperverbal, tangential, grandiose ("I am the only one who can feed her properly"), paranoid about infant identity, no AH/VH reported, denies SI/HI but poor insight.
Collateral: husband, and her sister {{NAME:Ute Brandt-Okoro}} by phone {{PHONE:+49 30 5550 1842}}.
Infant ID double-verified by Hugs tag {{DEVICE:HT-55611}} and footprint record {{BIOMETRIC:FP-NB-2502-0148}}; shown to pt, not reassured.
Impression: postpartum psychosis / manic episode with psychotic features. Psychiatric emergency.
Plan: 1:1 sitter, infant cares supervised only. Olanzapine 5 mg now. Lithium restart after labs. Transfer to inpatient psych (mother-baby unit not available); bed search via {{NAME:D. Marchetti}} LICSW. Husband agrees; pt voluntary for now.
{{NAME:O. Bankole-Reid}}, MD  cell {{PHONE:413-555-0126}}`,
  `EMS PATIENT CARE REPORT (excerpt) -- {{FACILITY:Upper Valley Rescue & Ambulance}}
Run # {{ID:HAA-25-00412}}   Medic 3   Dispatched {{DATE:03/02/2025 05:51}}
Location: private residence, {{ADDRESS:888 Patten Rd}}, {{LOCATION:Shelburne}} (planned home birth), then met intercept at {{ADDRESS:Route 2 mile marker 31}}.
Pt: {{NAME:Rivka Hershberger}}, 29 F, DOB {{DATE:8/8/95}}. Home-birth midwife {{NAME:Tamsin Ruehl}}, CPM, on scene.
CC: PPH after home birth 0520, est. 1000 mL per midwife, placenta delivered 0531 "ragged". Midwife gave oxytocin 10 u IM, Cytotec 800 mcg PR, bimanual compression ongoing.
Assessment: pale, diaphoretic, A&Ox4. BP 88/52, HR 124, SpO2 98%. Fundus boggy.
Tx: 2 large-bore IVs, NS 1 L wide open, TXA 1 g IV (per regional protocol), fundal massage. Newborn (baby girl {{NAME:Hershberger}}) warm, skin-to-skin with dad {{NAME:Eli}} in front seat.
Radio report 0614 to {{FACILITY:Sawmill River}} L&D: "{{FACILITY:Sawmill}}, Medic 3, 29 y/o postpartum hemorrhage, 15 out." 
Transfer of care 0631 to Dr {{NAME:Obi}} and RN {{NAME:Tova}}. 
Crew: {{NAME:K. Lemieux}} (Paramedic, lic. {{LICENSE:P-771920}}), {{NAME:J. Foote}} (EMT).`,
  `{{FACILITY:Mohawk Trail Family Health}} · {{ADDRESS:212 Federal St, Suite 3}} · {{LOCATION:Greenfield}} MA {{ZIP:01301}}

{{DATE:September 4, 2024}}

{{NAME:Anh Thu Le}}
{{ADDRESS:3 Silver St, #2}}
{{LOCATION:Greenfield}}, MA {{ZIP:01301}}

Dear Ms. {{NAME:Le}},

Your recent lab results from {{DATE:August 29}} are below.
- 1-hour glucose test: 152 mg/dL. This is above our cutoff (140), so we need a 3-hour glucose test. It does not mean you have diabetes. Please schedule it at {{FACILITY:Valley Outpatient Lab}} ({{PHONE:413-555-0144}}); no appointment needed before 10 am, fasting from midnight.
- Rubella: not immune. This is common. We will offer the MMR vaccine after your baby is born (not during pregnancy). Please avoid anyone with a rash illness.
- Hemoglobin 10.4: mild anemia. Take iron (ferrous sulfate 325 mg) every other day with vitamin C.
Everything else (blood type B positive, antibody screen negative) is normal.
Your next visit is {{DATE:9/18}} with {{NAME:Rosalind Pryce}}, CNM. Questions: {{PHONE:413-555-0190}} or the portal.

Sincerely,
{{NAME:Nadia Haddad-Lemoine}}, RN, nurse care manager`,
  `NURSERY -- Hepatitis B exposed infant
Baby Boy {{NAME:Trương}}   MRN {{MRN:01099021}}   DOB/TOB {{DATE:04/11/2025 0622}}   BW 3,010 g   39w3d
Maternal: {{NAME:Trương Thị Hạnh}}, HBsAg POS, HBeAg neg, HBV DNA 1,200 IU/mL ({{DATE:2/26/25}}), on no tx. Followed by Dr. {{NAME:Wen-Li Zhao}}, hepatology, {{FACILITY:Commonwealth Perinatal Center}}.
0645  HBIG 0.5 mL IM R thigh, lot on MAR.
0650  Hep B vaccine #1 0.5 mL IM L thigh. (both within 12 h) -{{NAME:N. Kaur}} RN
Plan per CDC: vaccine series at 1-2 mo and 6 mo; HBsAg + anti-HBs at 9-12 mo. BF OK (not contraindicated).
Mom speaks Vietnamese; interpreter {{NAME:Minh}} (VRI # {{ID:VRI-311085}}) used for teaching. Father {{NAME:Phúc}} works at {{FACILITY:Golden Lotus Restaurant}}, {{LOCATION:Northampton}}; cell {{PHONE:413-555-0188}}.
Referred to state perinatal Hep B case mgmt, case # {{ID:PHB-25-0044}}.
PCP: {{FACILITY:Larkspur Family Medicine}}, {{NAME:Huong Tran-Whitaker}} MD, appt {{DATE:4/14}}.
-{{NAME:L. Castellanos}}, MD  {{DATE:4/11/25}}`,
  `{{FACILITY:LBBC}} -- phone consult note (VBAC inquiry)
{{DATE:2/3/2025}}   caller: {{NAME:Shira Yellowhorse-Katz}}, 34, G2P1001, ~11 wks, referred by friend {{NAME:Mackenzie}}.
Prior C/S {{DATE:Oct 2022}} at {{FACILITY:Flagstaff Medical Partners}} ({{LOCATION:Flagstaff}}) for breech; lives now in {{LOCATION:Northfield}}, {{ADDRESS:27 Pine Meadow Rd}}.
Wants out-of-hospital VBAC. Explained our practice guidelines: TOLAC not offered at {{FACILITY:LBBC}} (state regs + backup MD agreement). Offered: co-management -- prenatal with us, birth at {{FACILITY:Sawmill River}} w/ hospital midwives, doula support.
She is also considering home birth w/ CPM {{NAME:Tamsin Ruehl}}; I gave honest counseling re: uterine rupture risk ~0.5-1%, transfer times from {{LOCATION:Northfield}} (~35 min).
Requested op note from prior C/S (low transverse? unknown). Release form emailed to {{EMAIL:shira.yk@examplemail.com}}; records fax {{FAX:928-555-0157}}.
Insurance: Medicaid (AHCCCS -> switching to MassHealth), pending ID.
F/u call {{DATE:2/10}}. -{{NAME:M. Lindahl}} CNM`,
  `WIC PEER COUNSELOR NOTE (shared with clinic, consent on file)
Agency: {{FACILITY:North Quabbin WIC office}}   Counselor: {{NAME:Deisy Castañeda}}   {{DATE:6/20/2024}}
Participant: {{NAME:Kayleigh Dufresne}}   WIC ID {{ID:WIC-0028811947}}   Infant {{NAME:Nova Dufresne}} DOB {{DATE:2/9/24}}
Mom says supply "dropped" since returning to work at the diner ({{DATE:5/28}}). Pumping 2x/shift but manager ({{NAME:Gus}}) "gets annoyed". Gets 2 oz total. Baby 4 mo, getting 3 bottles formula/day.
Discussed: her right to pump breaks; offered letter template. Pump: manual only -- WIC electric pump issued today, Spectra S2, serial {{DEVICE:S2-2405-330918}}, loan agreement signed.
Power pumping, fenugreek not recommended (she has asthma). Referred to IBCLC {{NAME:Farida Noorzai}}.
Mémé (great-gma, {{AGE:91}}) watches baby during shifts; gave paced-bottle handout for her (large print).
Next contact: text {{DATE:6/27}} to {{PHONE:978-555-0112}}.
-{{NAME:DC}}`,
  `WELCOME HOME CALL (48-72 h post discharge) -- Mother-Baby Unit
Pt {{NAME:Niamh O'Donnell}}   MRN {{MRN:01091738}}   disch {{DATE:1/14/25}}   call {{DATE:1/16/25 11:20}}   by {{NAME:Chloe Whitford}}, RN
[x] reached pt  [ ] VM  -- number used {{PHONE:413-555-0121}}
Mom: bleeding lighter, no clots. pain ok on ibuprofen. perineum (1st deg) ok. BP n/a. Mood: "emotional but good", EPDS not due. Sleep: husband {{NAME:Liam}} doing bottles of EBM overnight.
Baby ({{NAME:Saoirse Rose}}, born in the car on {{ADDRESS:Route 10}}!): nursing 8-10x, 6+ wet, yellow stools. Peds visit done {{DATE:1/15}} at {{FACILITY:Bernardston Family Pediatrics}}, wt up 40 g.
Questions: wants copy of baby's record for birth certificate (born outside facility -- registrar {{NAME:Patrice Hull}} to call her re: out-of-hospital birth registration).
Also asked how to thank EMT crew -- gave {{FACILITY:Gill Road Rescue Squad}} address.
Red flags reviewed. No concerns.`,
  `NURSERY -- Neonatal Opioid Withdrawal, Eat/Sleep/Console
Baby Girl {{NAME:Pelkey}}   MRN {{MRN:01100562}}   DOB {{DATE:5/5/2025}}   40w0d   rooming in MBU 214
Mom {{NAME:Autumn Pelkey}} on buprenorphine 16 mg daily from {{FACILITY:Clearwater Recovery Center}} (prescriber Dr. {{NAME:Ismail Farouk}}, DEA {{LICENSE:BF4471902}}). UDS + only bup. HCV ab pos, RNA neg.
ESC log:
{{DATE:5/6}} 0200  eating: yes (BF 20 min). sleep >= 1h: yes. console <= 10 min: yes. -> continue non-pharm. -{{NAME:LR}}
{{DATE:5/6}} 0800  yes/yes/yes. sneezing, mild tremor when disturbed. -{{NAME:cw}}
{{DATE:5/6}} 1400  sleep < 1h after feed x1 (loud visitors). huddle w/ mom + {{NAME:Chloe}}: quiet room, swaddle, skin-to-skin, limit visitors. -{{NAME:cw}}
{{DATE:5/7}} 0200  yes/yes/yes.
Plan of Safe Care filed (state), no removal. Dad {{NAME:Cody Marsh}} -- not related to RN {{NAME:Marsh}} -- supportive; lives w/ them at {{ADDRESS:18 River St, Apt 2}}, {{LOCATION:Millers Falls}}.
Early Intervention referral: {{FACILITY:Kidstep Family Services}}. Obs for 5 days total -> d/c {{DATE:5/10}} tentative.`,
  `BIRTH LOG -- {{FACILITY:Sawmill River Community Hospital}} L&D -- {{DATE:April 2025}} (page 2 of 3)
date   | mother (last, first)         | MRN       | time | sex | wt g | mode      | deliverer      | RN
{{DATE:4/09}}   | {{NAME:Ramos, Itzel}}                 | {{MRN:01098830}}  | 0412 | F   | 3290 | SVD       | {{NAME:Pryce}} CNM      | {{NAME:TB}}
{{DATE:4/09}}   | {{NAME:Cardinal-Wells, Joanna}}       | {{MRN:01098847}}  | 1555 | M   | 3905 | VAVD      | {{NAME:Obi}}            | {{NAME:ML}}
{{DATE:4/10}}   | {{NAME:Sato, Emi}}                    | {{MRN:01098902}}  | 0230 | M   | 2870 | pLTCS     | {{NAME:Vasquez-Hale}}   | {{NAME:JM}}
{{DATE:4/11}}   | {{NAME:Trương, Hạnh}}                 | {{MRN:01099014}}  | 0622 | M   | 3010 | SVD       | {{NAME:Lindahl}} CNM    | {{NAME:NK}}
{{DATE:4/11}}   | {{NAME:Begay, Tanisha}}               | {{MRN:01099020}}  | 2341 | F   | 3460 | SVD       | {{NAME:Pryce}} CNM      | {{NAME:KD}}
{{DATE:4/12}}   | {{NAME:Ahmadi, Parisa}}               | {{MRN:01099051}}  | 1108 | F/F | 2410/2290 | SVD/breech extr | {{NAME:Obi}} | {{NAME:TB}}
{{DATE:4/13}}   | {{NAME:Wojcik, Danielle}}             | {{MRN:01099070}}  | 0719 | M   | 4280 | SVD, SD 40s | {{NAME:Vasquez-Hale}} | {{NAME:TA}}
notes: SD = shoulder dystocia; VAVD = vacuum; {{DATE:4/12}} twins = di/di, 35w5d.
entered by {{NAME:P. Hull}}`,
  `From: {{NAME:Marguerite Lindahl}} <{{EMAIL:mlindahl@littlebrookbirth.example}}>
To: {{NAME:Priyanka Venkataraman}} <{{EMAIL:pvenkataraman@commonwealthperinatal.example}}>
Date: {{DATE:Thu, 13 Mar 2025 08:17}}
Subject: curbside -- low-lying placenta at 32 wk, birth center candidate?

Hi {{NAME:Priyanka}} --
Quick one (no need for formal consult unless you think so). Client {{NAME:E.W.}}, 31, G2P1, 32w1d, anterior placenta with edge 2.4 cm from the internal os on TVUS at {{FACILITY:Pioneer Ridge Imaging}} {{DATE:3/11}} (was 1.1 cm at 20 wk). Asymptomatic, no bleeding. Her first birth was here in 2022, 6-hour labor.
Our guideline says >= 2 cm at 36 wk is ok for BC birth. Would you repeat at 36 wk or earlier? She lives in {{LOCATION:Heath}} -- about 50 min to {{FACILITY:SRCH}} in winter -- so I'm nervous.
Thanks so much, and congrats on the new unit!
{{NAME:Meg}}
--
{{NAME:Marguerite Lindahl}}, CNM, Clinical Director | {{FACILITY:Little Brook Birth Center}} | direct {{PHONE:413-555-0162}}`,
  `L&D TRIAGE -- TRAUMA IN PREGNANCY (MVC)
{{DATE:12/19/2024 16:05}}   Pt {{NAME:Danielle Wojcik}}   DOB {{DATE:7/2/1996}}   MRN {{MRN:01086655}}   29w4d G1
Brought by EMS after low-speed rear-end MVC on {{ADDRESS:Silver St at Federal St}}, {{LOCATION:Greenfield}} ~1520. Restrained driver, lap belt low, no airbag deploy. Her car: 2019 Toyota Corolla, plate {{VEHICLE:5RLD38}}, VIN {{VEHICLE:2T1BURHE5KC193847}} (per police report). Officer Lt. {{NAME:Rourke}}, report # {{ID:GPD-24-18823}}.
S: mild abd tightening, no VB, no LOF, +FM. Neck sore.
O: BP 124/80, HR 96. Abdomen soft, no seatbelt sign. Continuous EFM x 4 h: baseline 140, mod var, accels; toco: ctx q10-15 min first hour -> resolved. SSE no blood.
Labs: CBC nl, fibrinogen 410, KB test sent (accession {{ID:HEM-24-1219-0881}}) -- 0.0%. Blood type O NEG -> RhoGAM 300 mcg IM 1930.
A/P: minor trauma, no abruption signs after 4 h monitoring. D/c home 2015 w/ precautions. Husband {{NAME:Kyle}} to pick up; car towed by {{FACILITY:Rte 2 Towing}}.
{{NAME:S. Okonjo-Price}} RN / {{NAME:T. Obi}} MD`,
  `[WhatsApp chat export] {{NAME:Saoirse}} (doula) & {{NAME:Simi Kaur}}
[{{DATE:26/11/2024}}, 21:03] {{NAME:Simi}}: hiii i think it's starting?? ctx like 8 min apart
[{{DATE:26/11/2024}}, 21:05] {{NAME:Saoirse}}: yay!! how long are they lasting? eat something, try to rest. text me when 5-1-1 or if waters go
[{{DATE:26/11/2024}}, 23:48] {{NAME:Simi}}: 5 min now, 50 sec. {{NAME:Harjit}} is freaking out lol
[{{DATE:27/11/2024}}, 00:02] {{NAME:Saoirse}}: on my way, 25 min. what's the door code again
[{{DATE:27/11/2024}}, 00:03] {{NAME:Simi}}: 4471 side door, {{ADDRESS:410 Conway}}. dog is shut in
[{{DATE:27/11/2024}}, 02:40] {{NAME:Saoirse}}: leaving for {{FACILITY:Sawmill}} now, I'll follow your car
[{{DATE:27/11/2024}}, 09:57] {{NAME:Saoirse}}: 💛💛 welcome baby {{NAME:Rehmat}}!!! you were amazing
[{{DATE:28/11/2024}}, 14:12] {{NAME:Simi}}: can u send the photos? also my cousin {{NAME:Jasleen}} wants your number for her birth in the spring
[{{DATE:28/11/2024}}, 14:30] {{NAME:Saoirse}}: of course! share: {{PHONE:413-555-0114}} / {{URL:hearthsidedoulas.example/saoirse}}. photos uploaded (face pic you liked is {{PHOTO:IMG_20241127_1004.jpg}})`,
  `{{FACILITY:LBBC}} NEWBORN TRANSFER FORM
Date/time of decision: {{DATE:08/02/2025 06:40}}     Transfer to: {{FACILITY:Sawmill River Community Hospital}} nursery/ED
Infant: {{NAME:Pham}}, baby boy ("{{NAME:Bảo}}")   DOB {{DATE:08/02/2025 0512}}   GA 40w0d   BW 3,340 g
Parent: {{NAME:Thanh Huong Pham}} (chart {{MRN:LB-2025-0019}}); father {{NAME:Quang Nguyen}}, {{PHONE:413-555-0155}}
Reason: grunting + RR 72 persisting at 60 min and 90 min; SpO2 pre 93 / post 91 on RA; T 97.5 after warming. Mom GBS pos, 1 dose PCN only (precipitous).
Interventions: skin-to-skin, warm blankets, blow-by O2 -> SpO2 96. Glucose 48 (meter).
Mode: midwife-driven private vehicle declined -> 911 called 0642, {{FACILITY:Upper Valley Rescue & Ambulance}} arrived 0701.
Report called to Dr {{NAME:Castellanos}} 0650 ({{PHONE:413-555-0103}}).
Mother stable, EBL 250, accompanying infant with {{NAME:Beatriz Ferreira}}, CPM.
Midwife signature: {{NAME:M. Lindahl}}, CNM   {{DATE:8/2/25 0715}}`,
  `POSTPARTUM VISIT -- {{FACILITY:Orchard Valley Community Health Center}}, {{LOCATION:Holyoke}}
Fecha/Date: {{DATE:09/24/2024}}   Paciente: {{NAME:Yesenia Barrientos López}}   MRN {{MRN:OVCHC-552019}}
Interpreter: {{NAME:Marisol Ybarra}} (in person, Spanish)   Provider: Dr. {{NAME:Ruth Feinberg}}
Delivered {{DATE:9/3}} at 38w at {{FACILITY:Sawmill River}} (SVD, baby {{NAME:Emiliano}}, 3,200 g).
S: feels well. BF + formula at night. Lochia done. Back pain from lifting. Wants no more children after this (G4P4) -- "cuatro es suficiente". Partner {{NAME:Efraín}} agrees.
EPDS (Spanish) 6. Works again at {{FACILITY:Stillwater Orchards}} from {{DATE:Oct 14}}.
O: BP 114/70. Incision n/a. Perineum healed. Breasts nl.
A/P: PP visit, normal.
- Contraception: desires permanent. Discussed salpingectomy (laparoscopic) vs vasectomy for partner; 30-day Medicaid consent signed today {{DATE:9/24/24}} -- earliest surgery {{DATE:10/24/24}}. Referral to Dr. {{NAME:Obi}}, fax {{FAX:413-555-0191}}. Depo-Provera bridge today.
- Health plan: MassHealth {{HEALTH_PLAN:MH100719354}}.
RTC 1 yr annual. -{{NAME:RF}}`,
  `{{FACILITY:QUABBIN HILLS PEDIATRICS}}
{{ADDRESS:40 Mill Pond Road}}, {{LOCATION:Belchertown}}, MA {{ZIP:01007}}   Tel {{PHONE:413-555-0133}}   Fax {{FAX:413-555-0132}}

{{DATE:12 February 2025}}

Pediatric Audiology, {{FACILITY:Commonwealth Perinatal Center}}
Attn: Dr. {{NAME:Beatrix Lund}}, AuD

RE: {{NAME:Aisling}}'s twin B -- {{NAME:FIADH MURPHY}}, DOB {{DATE:01/07/2025}}, our MRN {{MRN:QHP-70331}}

Dear Dr. {{NAME:Lund}},
{{NAME:Fiadh}} is a former 36-week twin (SGA) who did not pass her automated ABR in the right ear in the nursery on {{DATE:1/9}} and again on outpatient rescreen {{DATE:1/30}} at {{FACILITY:Sawmill River Audiology}} (left pass). Her twin brother passed both ears. No family history of permanent childhood hearing loss; no NICU stay; no ototoxic drugs; CMV saliva test at birth negative.
I would be grateful for a diagnostic ABR before 3 months of age. Parents: {{NAME:Aisling Ní Bhriain}} and {{NAME:Declan Murphy}}, {{PHONE:413-555-0181}}, {{ADDRESS:8 Ferry Rd}}, {{LOCATION:South Hadley}}.
Thank you,
{{NAME:Anand Bhattacharya}}, MD, FAAP`,
  `POSTPARTUM DEPRESSION -- clinician letter to PCP (6-month summary)
{{DATE:10/15/2024}}
To: {{NAME:Keiko Sato}}, MD, {{FACILITY:Turners Falls Family Practice}}, fax {{FAX:413-555-0168}}
From: {{NAME:Dana Whitcomb}}, LICSW, {{FACILITY:Riverbend Counseling Associates}}
Re: {{NAME:Jolanta Kowalczyk}}, DOB {{DATE:11/08/1991}}

Dear Dr. {{NAME:Sato}},
With Ms. {{NAME:Kowalczyk}}'s written permission (signed {{DATE:10/1/24}}), I am summarizing her perinatal mental health care as she moves back to your practice for medication management.
She screened positive on the EPDS (13) at her 2-week postpartum visit on {{DATE:April 17, 2024}} after the birth of her daughter {{NAME:Zofia}}. She started sertraline 25 mg on {{DATE:4/20}}, increased to 50 mg on {{DATE:5/10}}, with good response. We met for 11 sessions (CBT and interpersonal therapy). Her EPDS on {{DATE:10/8}} was 4. She returned to work this summer and is sleeping 6 hours a night. There has been no suicidal ideation at any point.
She wishes to continue sertraline through at least {{DATE:April 2025}} and to taper with you. She may return to therapy any time ({{PHONE:413-555-0178}}).
Sincerely,
{{NAME:Dana Whitcomb}}, LICSW`,
  `MILK DONOR SCREENING -- phone interview
{{FACILITY:Northeast Donor Milk Collective}} (nonprofit milk bank)   {{DATE:3/4/25}}
Donor applicant: {{NAME:Hiroko Tanaka-Bell}}   DOB {{DATE:10/4/1987}}   Donor # assigned {{ID:NDMC-D-08817}}
Referred by: {{NAME:Farida Noorzai}}, IBCLC ({{FACILITY:Little Brook Birth Center}})
Baby {{NAME:Kaito}} ~9 mo, mom has ~600 oz frozen surplus.
Screening: no tobacco/nicotine, alcohol rare (< 2/wk, pumps & dumps not required), no recreational drugs. No transfusion in past 12 mo -- NOTE: received 0 units at retained placenta {{DATE:6/12/24}} (EBL 700, no blood). Meds: vit D, prenatal vitamin only. No travel to vCJD-risk areas. Tattoo > 12 mo ago.
Serology kit mailed to {{ADDRESS:1450 Route 9}}, {{LOCATION:Cummington}} {{ZIP:01026}}; draw at {{FACILITY:Valley Outpatient Lab}}, requisition {{ID:REQ-NDMC-33104}}.
Provider approval letter requested from {{NAME:M. Lindahl}}, CNM (fax {{FAX:413-555-0161}}).
Husband {{NAME:Graham Bell}} will drive milk in cooler to depot at {{FACILITY:Sawmill River Community Hospital}} lactation office.
Interviewer: {{NAME:Joanne Fitzsimmons}}, RN`,
  `DELIVERY NOTE -- CNM (hospital)   {{DATE:4/13/2025}}
Pt {{NAME:Wojcik, Danielle}}  MRN {{MRN:01086655}}  G1 now P1001  39w6d
Spont labor, epidural. Complete 0610, pushed 1 h. At 0719 delivered head LOA, turtle sign noted -> shoulder dystocia called 0719:30. Help summoned: Dr {{NAME:Vasquez-Hale}}, charge RN {{NAME:T. Adebisi}}, peds {{NAME:Castellanos}}.
McRoberts + suprapubic pressure (by {{NAME:Tayo}}) -> unsuccessful. Rubin II -> anterior shoulder delivered. Head-to-body interval 40 sec. No fundal pressure.
Infant male, 4,280 g, Apgars 6/8, moving both arms symmetrically, clavicles intact on exam; peds at bedside. Cord gases sent: arterial pH 7.21, BE -6.
Placenta spontaneous, intact. 2nd deg lac, repaired w/ 3-0 Vicryl Rapide. QBL 520 mL.
Debriefed w/ pt and husband {{NAME:Kyle}} at 0800. Disclosure documented. Event report {{ID:IR-25-04-0117}}.
Baby named "{{NAME:Kacper}}" per parents. Grandpa {{NAME:Stan}} on the way from {{LOCATION:Chicopee}}.
{{NAME:Rosalind Pryce}}, CNM   {{DATE:04/13/2025 08:22}}`,
  `TELEPHONE ENCOUNTER -- fall in pregnancy, Rh negative
{{DATE:Fri 1/31/25 17:45}}   Pt: {{NAME:Eloise Whitcombe}} (not the LICSW)   DOB {{DATE:3/12/1992}}   MRN {{MRN:MTFH-341177}}   cb {{PHONE:413-555-0192}}
24w3d G2P1, blood type A NEG (RhoGAM due at 28 wk).
S: slipped on ice in driveway at ~1600, landed on buttocks/side, did not hit belly directly. No VB, LOF, cramping. Baby moving. Husband {{NAME:Thibault}} at work at {{FACILITY:Cranberry Hill Sugarhouse}}.
A: fall in pregnancy, Rh neg, >= 20 wk -> needs eval (monitoring + KB + RhIG).
P: advised L&D triage tonight. Pt says roads bad, lives in {{LOCATION:Leyden}} ({{ADDRESS:9 Greenfield Rd}}). Neighbor {{NAME:Odette}} can drive her. L&D charge {{NAME:Jocelyn}} aware, ETA 1830.
Addendum {{DATE:1/31/25 2215}} ({{NAME:J. Marsh}} RN): 3 h monitoring reassuring, no ctx. KB 0.0% (accession {{ID:HEM-25-0131-0214}}). RhoGAM 300 mcg given 2150 (counts as 28-wk dose? -- no, per Dr {{NAME:Obi}} still give at 28 wk, {{DATE:2/25}}). Home with neighbor.
Call taken by {{NAME:Annette K.}}, MA; triaged by {{NAME:R. Pryce}} CNM.`,
  `BIRTH CERTIFICATE WORKSHEET -- PLURAL BIRTH (twins)   {{FACILITY:Sawmill River Community Hospital}}
Child 1 (Twin A): {{NAME:Darya Ahmadi-Rahimi}}   born {{DATE:04/12/2025 1108}}   F   2,410 g   order 1 of 2
Child 2 (Twin B): {{NAME:Donya Ahmadi-Rahimi}}   born {{DATE:04/12/2025 1114}}   F   2,290 g   order 2 of 2
Mother: {{NAME:Parisa Ahmadi}}   DOB {{DATE:1/23/1990}}   born {{LOCATION:Shiraz}}, Iran   SSN {{SSN:029-55-6613}}
  Previous live births now living: 1 ({{NAME:Kian}}, b. {{DATE:2019-06-30}})   Last live birth: {{DATE:06/2019}}
  Residence: {{ADDRESS:66 Allen St, Apt 12}}, {{LOCATION:Amherst}} {{ZIP:01002}}   Occupation: postdoctoral researcher, {{FACILITY:Five Valleys Agricultural Research Station}}
Father: {{NAME:Reza Rahimi}}   DOB {{DATE:9/9/1987}}   born {{LOCATION:Tabriz}}, Iran   SSN {{SSN:041-55-3380}}   Occupation: software engineer
Risk factors: IVF (no), di/di twins, 35w5d, breech Twin B (total breech extraction).
Form completed by mother in Farsi w/ interpreter {{NAME:Shirin}} (phone, # {{ID:PI-774519}}), father reviewed.
Registrar: {{NAME:Patrice Hull}}   reviewed {{DATE:4/13/25}}   state file #s pending: {{ID:2025-MA-004417}} / {{ID:2025-MA-004418}}`,
  `{{FACILITY:Hearthside Doula Collective}}
{{ADDRESS:PO Box 212}}, {{LOCATION:Shelburne Falls}}, MA {{ZIP:01370}} · {{PHONE:413-555-0115}} · Medicaid doula provider ID {{LICENSE:DLA-000871}} · NPI {{LICENSE:1992047731}}

SUPERBILL / RECEIPT FOR REIMBURSEMENT
Date issued: {{DATE:12/15/2024}}     Invoice # {{ACCOUNT:HDC-2024-131}}
Client: {{NAME:Simran Kaur}}   DOB {{DATE:05/11/1993}}   Plan member ID {{HEALTH_PLAN:BSH-88107342-00}}
Doula: {{NAME:Saoirse Kavanagh}}, certified birth doula (cert # {{LICENSE:CBD-310772}})
Services:
  {{DATE:10/02/2024}}  prenatal visit #1 (home)          T1032   $150
  {{DATE:10/30/2024}}  prenatal visit #2 (home)          T1032   $150
  {{DATE:11/26/2024}} - {{DATE:11/27/2024}}  labor & birth support, 10.5 h   T1033   $900
  {{DATE:12/04/2024}}  postpartum visit #1               T1032   $150
Dx: Z34.01, Z39.2
Total $1,350. Paid by client {{DATE:12/15/24}}: $600 (sliding scale). Balance $0 (remainder waived).
Birth at {{FACILITY:Sawmill River Community Hospital}}; delivering provider {{NAME:R. Pryce}}, CNM.
Signed: {{NAME:S. Kavanagh}}`,
  `Secure chat -- L&D / MBU charge channel -- {{DATE:Sat 8/16}}
0702 {{NAME:Tayo A.}}: MBU any beds? triage has Mrs. {{NAME:Castellanos-Reyes}} (no relation to Dr {{NAME:C}} lol) 6 cm G3 about to go, LDR 1-6 full
0704 {{NAME:Chloe W}}: 208 clean in 20 min, {{NAME:Begay}} going home after peds rounds. 212 waiting on Dr {{NAME:B}} for baby's d/c
0705 {{NAME:Tayo A.}}: can u move {{NAME:O'Shaughnessy}} to 208 and give me her LDR? she's 2 days out
0706 {{NAME:Chloe W}}: she's in PACU-overflow not LDR, but yes taking her at 0730
0715 {{NAME:Tayo A.}}: ty. also lab called -- {{NAME:Sato}} baby bili 15.8, Dr {{NAME:Castellanos}} aware, lights ordered
0720 {{NAME:Pilar}} (remote BP): fyi {{NAME:Whitfield}} readings normal x 7 days, discharging her from BP program today
0731 {{NAME:Chloe W}}: {{NAME:Begay}}'s aunt {{NAME:Lorraine}} is asking for the car seat check, {{NAME:Dunleavy}} is off -- who's CPST today?
0733 {{NAME:Tayo A.}}: {{NAME:Kelsey}} is certified, ext {{PHONE:2241}}
0750 {{NAME:Chloe W}}: 👍`,
  `DISCHARGE INSTRUCTIONS -- MOTHER (patient copy, printed {{DATE:4/15/2025 10:52}})
{{FACILITY:Sawmill River Community Hospital}} Mother-Baby Unit · {{PHONE:413-555-0100}}
Name: {{NAME:TANISHA BEGAY}}        MRN: {{MRN:01099020}}        Visit #: {{ACCOUNT:HAR-55102947}}
You had: vaginal birth on {{DATE:04/11/2025}}. Your baby: girl, "{{NAME:Nizhoni}}" -- see baby's own sheet.
Your appointments:
  * BP check: {{DATE:Fri 4/18}} 9:30 am, {{FACILITY:Mohawk Trail Family Health}}, {{ADDRESS:212 Federal St}}
  * Baby's first visit: {{DATE:4/16}} 2:15 pm, {{FACILITY:Larkspur Family Medicine}}
  * Postpartum visit: {{DATE:May 23, 2025}} with {{NAME:Rosalind Pryce}}, CNM
  * Lactation drop-in: Thursdays 10-11:30, {{FACILITY:Little Brook Birth Center}}
Medicines: ibuprofen 600 mg every 6 hours as needed; acetaminophen 1,000 mg every 8 hours as needed; prenatal vitamin daily.
Call or come in for: bleeding that soaks a pad in 1 hour, fever 100.4 or higher, headache that won't go away, vision changes, chest pain, trouble breathing, thoughts of hurting yourself or your baby.
Your nurse: {{NAME:Kaya}}. Your aunt {{NAME:Lorraine Tsosie}} is listed as your support person ({{PHONE:505-555-0173}}).`,
  `BEREAVEMENT FOLLOW-UP CALL
{{DATE:10/10/2024 13:30}}   Caller: Chaplain {{NAME:Ruth Oyelaran-Fisk}}   To: {{NAME:Abigail Stoltzfus-Reyes}} ({{PHONE:717-555-0109}})
One week after stillbirth of son {{NAME:Ezra}} on {{DATE:10/3}}.
Spoke with {{NAME:Abigail}} and, briefly, {{NAME:Daniel}}. Graveside service was held {{DATE:10/7}} at {{FACILITY:Owl Hill Mennonite Cemetery}} near {{LOCATION:Lititz}}, led by Pastor {{NAME:Beiler}}. They said the photographs from {{NAME:Kira}} were "the only thing that made him real to everyone". Milk came in day 3; she used cabbage leaves and the binder; mostly resolved. Sleeping poorly. Feels "empty". Denies thoughts of self-harm.
Reviewed: normal grief vs signs of depression; EPDS to be done at PP visit {{DATE:11/14}} with Dr {{NAME:Vasquez-Hale}}; autopsy declined, placenta pathology ({{ID:SP24-8812}}) pending -- results to be reviewed in person.
Gave: local perinatal loss group at {{FACILITY:Second Meadow Congregational Church}} (2nd Tuesdays), and online group info. Mailed sympathy card + memory book to {{ADDRESS:415 Owl Hill Rd}}, {{LOCATION:Lititz}}, PA {{ZIP:17543}}.
Will call again around {{DATE:Nov 3}} (what would have been his due date).
-{{NAME:R. O-F}}`,
];

export const HELDOUT_REALISTIC_131_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout131-${i + 1}`, n));
