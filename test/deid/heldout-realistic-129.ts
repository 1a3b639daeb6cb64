// A hundred-and-twenty-ninth held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses are
// from the documentation ranges; towns, counties and cities are real places used only as
// LOCATION). Its theme is nephrology, dialysis and transplant: in-center hemodialysis run sheets,
// monthly nephrology progress notes, interdisciplinary plans of care, dialysis census boards,
// check-in audits, incident and grievance logs, missed-treatment call logs and transient-dialysis
// and transfer faxes; vascular access clinic notes, fistulograms and access operative notes and an
// access-tracking CSV export; transplant evaluations, selection-committee minutes, social work and
// dental and cardiac clearances, waitlist status letters, living-donor inquiries, advocate notes,
// pre-op calls, donor nephrectomy notes and six-month follow-up forms; organ offer logs from
// procurement organisations, surgeon-coordinator text threads, OPO referral summaries, donor-family
// correspondence and paired-exchange e-mails; tacrolimus, cyclosporine, everolimus and BK level
// calls; pharmacy refill and prior-authorisation calls; home PD and home HD training records,
// home visits, telehealth visits and a patient's handwritten home HD log; CMS-2728, Medicare
// secondary payer, billing statements, FMLA forms and appeal and necessity letters to payers;
// portal messages, voicemails and letters to employers, schools, customs and doctors.
// Deliberately left unmarked: eponyms and disease or device names that look like names (Alport,
// Berger, Brescia-Cimino, Tenckhoff, Allen test, Banff, Gore-Tex, Hibiclens, Kt/V, CKD-EPI), drugs
// and doses (Envarsus XR 4 mg, Prograf, Myfortic 720, Thymoglobulin 1.5 mg/kg, Mircera, Velphoro),
// scores and lab values (KDPI 38%, cPRA 62%, MFI 6,800, SIPAT 19, pump RI 0.28, spKt/V 1.52, URR
// 72%, BP 142/88, pain 6/10), HLA types (A2, B44, DR15, DQ7), dialyzer and machine models (F180,
// 2008T), graft, vaccine and contrast lots and their expiry dates, CLIA numbers, ICD-10 codes
// (N18.6, Z94.0), decline code 830, UNOS status 7, match sequence numbers, KPD segment letters,
// chairs, pods, machine numbers, rooms, beds, ORs, shifts, EMS unit names, payer names, a plan's
// group number, payers' and ESRD Network phone and fax lines, clock times alone, years alone
// (KT 2009, Tdap 2019), POD 41, "2/2" (secondary to), page counts (1/9), and ages 89 and under.
//
// Annotation follows the README guideline and the conventions written in set 72's header: titles
// and honorifics (Dr, Mrs., Sra., Sgt., Rev., Pastor, Br.) and kin terms stay outside NAME spans;
// a nickname in quotes is its own NAME span; surname-first, initials, first names alone,
// lower-case typist initials and sign-offs (-RFV, jl, PV/kt) are NAME; a weekday written with a
// date and a time attached to a full date are inside the DATE span, while a clock time next to a
// month/day without a year stays outside; month/day alone (3/30, 22nd, April 13), month with year
// (August 2019, 09/2021, Jan '23), d/m/y, dotted, ISO and spelt-out dates are DATE; ages over 89
// are AGE however written (91, ninety-one, 96 y/o, 97yo, 100), also when the note says they were a
// typo; dialysis units, transplant centres, OPOs, HLA and reference labs, pharmacies, supply and
// DME vendors, couriers, paratransit companies, lodging houses, employers, schools, churches,
// shelters, assisted-living homes, prisons and named wards (Whitaker 6, Pruitt 7, Oakmont 3) are
// FACILITY; a foreign hospital is FACILITY and a city abroad is LOCATION; Medicare MBIs, Medicaid
// and insurer member numbers are HEALTH_PLAN; billing accounts, claim numbers, copay cards and
// utility accounts are ACCOUNT; NPI, state medical, dental, dietitian and paramedic licences and a
// driver's licence are LICENSE; PD cycler, home HD machine and warmer serials are DEVICE; a plate
// and a VIN are VEHICLE; palm-vein template numbers are BIOMETRIC and face-photo file names are
// PHOTO; OPO donor IDs, match IDs, offer and referral numbers, waitlist and living-donor reference
// numbers, a paired-exchange chain number, accession, case, incident, grievance, ticket, trip,
// order, job, session, prior-authorisation, application and Rx numbers, courier tracking numbers,
// interpreter badges, employee, DOC and passport numbers and police report numbers are ID; a
// partial MRN ("MRN ending 88142") is MRN; a phone number spelt out in words is PHONE, and short
// extensions and pagers are PHONE; a highway mile marker and an HC box are ADDRESS.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-27 final engine
// (aab8690) 0.9743 / 0.9618.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `LAKESIDE KIDNEY CENTER - SOUTH   |   HD RUN SHEET
Pt: {{NAME:OKAFOR, Chinedu A.}}    MRN {{MRN:LKC-0048817}}    DOB {{DATE:04/17/1958}}
Tx date: {{DATE:Tue 03/12/2024}}   Shift 2   Chair 14   Machine #22 (2008T)
Nephrologist: Dr. {{NAME:Ruiz-Albornoz}}    Charge RN: {{NAME:T. Mbeki}}
Access: L brachiocephalic AVF, thrill +, bruit +.  15g x2 cannulated by {{NAME:Dee}} (PCT)
Dialyzer F180   Bath 2K/2.5Ca   BFR 400  DFR 600   Heparin 2000u bolus, 500u/hr
Pre wt 88.4 kg   EDW 85.0   Goal UF 3.5 L
Time   BP      HR  BFR  VP   AP    UF
0645   168/92  78  400  180  -210  0.0
0745   151/84  80  400  190  -220  0.9
0845   128/70  86  400  190  -230  1.9  c/o cramping, UF off x10 min, NS 200 mL
0945   134/76  82  400  200  -220  2.9
1045   139/80  80  --   --   --    3.3  rinse back
Post wt 85.3    Kt/V last ({{DATE:02/27}}) 1.41    URR 72%
Pt states son {{NAME:Emeka}} will drive him Thurs; wife {{NAME:Ngozi}} is in {{LOCATION:Lagos}} until {{DATE:3/30}}.
Transport normally {{FACILITY:Blue Heron Medi-Van}} ph {{PHONE:(414) 555-0172}}.
Ck'd by {{NAME:RMP}} RN / {{NAME:jl}}`,
  `MONTHLY NEPHROLOGY PROGRESS NOTE -- IN-CENTER HEMODIALYSIS
{{FACILITY:Riverbend Dialysis of Kenosha}}, {{ADDRESS:2210 52nd Street, Suite 100}}, {{LOCATION:Kenosha}}, WI {{ZIP:53140}}

Patient: {{NAME:Halvorsen, Ingrid M}}    MRN: {{MRN:00731259}}    Age: {{AGE:91}}
Date of service: {{DATE:February 8, 2024}}    Schedule: MWF 2nd shift

Ms. {{NAME:Halvorsen}} is a {{AGE:ninety-one}}-year-old woman with ESRD secondary to hypertensive nephrosclerosis, on HD since {{DATE:August 2019}}. Seen chairside on rounds. Good appetite, some post-HD fatigue. Daughter {{NAME:Solveig Brandt}} is her health care agent ({{PHONE:262-555-0148}}).
Labs {{DATE:2/5}}: Hgb 10.4, K 5.1, Phos 6.2, Ca 8.9, PTH 512, Alb 3.6. spKt/V 1.52, URR 74%.
Anemia: Mircera 100 mcg q2wk, hold if Hgb >11.5. TSAT 24%, ferritin 640 -> Venofer 100 mg x5.
MBD: increase Velphoro to 2 tabs TID w/ meals; cont Sensipar 30 mg. Diet reviewed w/ RD {{NAME:Kaylee O'Donnell}}.
Access: R BCF (old Brescia-Cimino failed 2018), cannulating well.
Goals of care: DNR/DNI per POLST dated {{DATE:11/14/2023}}. Pastor {{NAME:Lindqvist}} of {{FACILITY:Bethany Fjord Lutheran Church}} present at family request.
Transplant: not a candidate (age, frailty).
{{NAME:Priya Venkataraman}}, MD
{{NAME:PV}}/{{NAME:kt}}   D: {{DATE:02/08/2024 16:12}}   T: {{DATE:02/09/2024 08:03}}`,
  `VASCULAR ACCESS CLINIC - {{FACILITY:St. Brendan's Medical Center}}
{{DATE:4/22/24}}
Pt {{NAME:Tran Van Minh}} ("{{NAME:Minh}}")  63M, HD TTS at {{FACILITY:Fox Valley Dialysis}}
Referred by Dr {{NAME:Adeyemi}} for poor flows + prolonged bleeding after needle pull (>20 min) x3 wks.
Hx: L RC AVF created {{DATE:09/2021}} by Dr {{NAME:S. Kowalczyk}}; fistulogram w/ PTA of juxta-anastomotic stenosis {{DATE:Jan '23}}.
Exam: pulsatile AVF, poor augmentation, aneurysmal segment 2.8 cm mid forearm, shiny skin, no ulceration. Allen test nl.
Duplex today: Qa 480 mL/min, ~70% stenosis at cephalic arch.
Plan: fistulogram +/- PTA/stent, sched {{DATE:Fri 5/3}} at {{FACILITY:Northshore IR Suite}}. Avoid cannulating aneurysm. Call if bleeding >30 min or loss of thrill.
Interpreter (Vietnamese): {{NAME:Lan Pham}}, badge {{ID:INT-40821}}.
Daughter {{NAME:Tran Thi Hoa}} cell {{PHONE:920.555.0133}} - prefers texts.
MRN {{MRN:SBM7720194}}   Acct {{ACCOUNT:551093827}}
Signed: {{NAME:Marguerite Obi-Lansing}}, PA-C`,
  `ORGAN OFFER LOG -- KIDNEY PROGRAM, {{FACILITY:Mercy Ridge Transplant Institute}}
Offer rec'd {{DATE:06/02/2024 02:47}} from {{FACILITY:Heartland Donor Connection}} (OPO), coord {{NAME:Brandon Yazzie}}, cb {{PHONE:(816) 555-0190}}
Donor ID {{ID:AHGK411}}   Match ID {{ID:1587392}}   Seq #7
Donor: 34M, DBD, COD anoxia/drug OD, KDPI 38%, terminal Cr 1.4, HCV NAT neg, HBcAb neg, PHS increased risk: yes
Bx: R kidney 5% GS; pump RI 0.28
HLA: A2,A24 B7,B44 DR4,DR15
Recipient (primary): {{NAME:GUTIERREZ-SALAS, Rosa Elena}}, MRN {{MRN:MRT-3398214}}, cPRA 62%, virtual XM neg
Backup: {{NAME:Whitfield, Darnell}}, MRN {{MRN:MRT-3401877}}
0320 d/w on-call surgeon Dr {{NAME:Haruka Ishikawa}} -> provisional YES
0335 called pt at home {{PHONE:913-555-0107}}, spoke w/ husband {{NAME:Joaquín}}; pt NPO, ETA 0600, driving from {{LOCATION:Olathe}}.
0410 backup notified - {{NAME:Darnell}} on standby, VM left {{PHONE:816.555.0163}}
0655 OR time set. Cross-clamp 0515.
Final: accepted.  Logged by {{NAME:K. Nwachukwu}}, RN coord.   UNet ref {{ID:OFR-2024-06-0211}}`,
  `Tacro level call -- {{DATE:Mon 7/15}} 1040
From: {{FACILITY:Quest Ridge Laboratories}} (Sherri) -> Txp office
Pt: {{NAME:Abernathy, Colleen}}  DOB {{DATE:10/03/1971}}  MRN {{MRN:4410-2297}}
Accession {{ID:QR24196-00871}}
Tacrolimus trough 14.8 ng/mL (goal 6-8 at 7 mo post KT). Drawn {{DATE:7/14}} 0715?? pt says took AM dose at 0600 so prob not a true trough.
Called pt 1055 @ {{PHONE:(502) 555-0119}} - no answer, LM to call back. Called alt # (work, {{FACILITY:Bluegrass Feed & Seed}}) {{PHONE:502-555-0184}} spoke w/ pt.
Denies tremor, HA, diarrhea. No new meds, no grapefruit. Did start "a cold medicine" from {{FACILITY:Fairdale Drug}} on {{DATE:7/11}} - pt will read label & call back.
Per Dr {{NAME:Osei-Bonsu}}: hold tonight's Envarsus? NO -> reduce Envarsus XR 5 mg -> 4 mg daily, repeat trough Thurs {{DATE:7/18}} at least 24h after dose, BMP same day.
Pt verbalized understanding, read back dose. Updated med list + pharmacy ({{FACILITY:Fairdale Drug}}, fax {{FAX:502-555-0177}}).
-- {{NAME:Jocelyn M.}}, RN txp coord  x{{PHONE:4471}}`,
  `[Secure chat - Transplant Coordinators pool]
{{DATE:11/19/2023}}
07:52 {{NAME:Alyssa Brennan}}: morning! anyone know if Mr. {{NAME:Castellanos}} (the one from {{LOCATION:Pueblo}}) got his CT done? his eval committee date is {{DATE:12/4}}
07:55 {{NAME:Dev Raghunathan}}: which one lol we have 2. {{NAME:Ignacio}} or {{NAME:Rubén}}?
07:55 {{NAME:Alyssa Brennan}}: {{NAME:Rubén}}, MRN ending {{MRN:88142}}
07:58 {{NAME:Dev Raghunathan}}: CT A/P non-con done {{DATE:11/10}} at {{FACILITY:Parkside Ridge Imaging}}, read says mild iliac calcs. cards clearance still pending from Dr {{NAME:Feldstein}}
08:01 {{NAME:Alyssa Brennan}}: ugh ok. I'll fax them again {{FAX:719-555-0156}}. also his wife {{NAME:Yolanda}} called saying dialysis unit ({{FACILITY:Arkansas Valley Dialysis Pueblo West}}) never got the HBsAb order
08:03 {{NAME:Dev Raghunathan}}: I sent it {{DATE:11/14}}... will resend. her # is {{PHONE:719-555-0112}}?
08:03 {{NAME:Alyssa Brennan}}: yes. thx Dev
08:40 {{NAME:Mo}} (SW): fyi pt's Medicaid recert due {{DATE:1/31/24}}, member # {{HEALTH_PLAN:C48210973}}, I'll handle`,
  `HOME PERITONEAL DIALYSIS TRAINING -- DAY 3 of 5
{{FACILITY:Cascade Home Dialysis Program}}, {{LOCATION:Tacoma}}
Trainee: {{NAME:Lê Thị Thu}} ({{NAME:Thu}})  MRN {{MRN:CHD-20447}}   Care partner: nephew {{NAME:Kevin Lê}}
Date: {{DATE:05-14-2024}}   Trainer: {{NAME:Rosalind Ferreira-Vaz}}, RN
Catheter: Tenckhoff, placed {{DATE:04/09/2024}} by Dr {{NAME:Bjornstad}}, exit site clean, no crust, no tenderness.
Skills today:
 [x] hand hygiene / mask    [x] connect & disconnect (Y-set)
 [x] cycler setup - program 4 exch x 2.0 L, 9 hr, last fill 1.0 L icodextrin
 [ ] troubleshooting drain alarms (resume Day 4)
 [x] BP / weight log
Cycler serial {{DEVICE:LQ7-008314-B}} delivered {{DATE:5/10}} to home at {{ADDRESS:1847 S Puget Pl, Unit 3}}, {{LOCATION:Tacoma}} {{ZIP:98405}}.
Supplies from {{FACILITY:Evergreen Renal Supply}} acct {{ACCOUNT:ERS-556120}}; 1st delivery {{DATE:May 21}}.
Pt quiz 9/10. Nephew works nights at {{FACILITY:Commencement Bay Freight Terminal 7}}, will be present for Day 5 ({{DATE:Fri 5/17}}).
Next: peritonitis signs, cloudy effluent, when to call on-call line {{PHONE:253-555-0138}}.
-- {{NAME:RFV}}`,
  `CMS-2728 / ESRD MEDICAL EVIDENCE REPORT -- worksheet (SW)
Patient name: {{NAME:Boateng, Kwabena}}       SSN: {{SSN:431-76-0982}}
Medicare claim # (MBI): {{HEALTH_PLAN:5TR9-KM2-WA64}}    DOB: {{DATE:12/29/1966}}
Address: {{ADDRESS:417 Cherokee Bend Rd}}, {{LOCATION:Gastonia}}, NC {{ZIP:28056}}    Phone: {{PHONE:704-555-0161}}
Primary dx: N18.6 / E11.22 (DM2 w/ diabetic CKD)   Date regular dialysis began: {{DATE:03/18/2024}}
Dialysis facility: {{FACILITY:Piedmont Crescent Dialysis}}   Employer at onset: {{FACILITY:Carolina Textile Finishers}} (left work {{DATE:01/2024}})
Prior coverage: employer group health plan ({{FACILITY:Carolina Textile Finishers}}) via BlueRiver PPO, member {{HEALTH_PLAN:BRX904412877}}
Pt informed of transplant options: YES, {{DATE:3/22/24}}; referred to {{FACILITY:Wake Oak Transplant Center}}
EPO pre-dialysis: no   Nephrology care pre-dialysis: >12 mo w/ Dr {{NAME:Sandoval}}
Form signed by pt {{DATE:3/25/2024}}; physician sig Dr {{NAME:Ama Sarpong}}, NPI {{LICENSE:1487732290}}
Notes: wife {{NAME:Abena}} helping w/ paperwork; COBRA letter arrived. Medicare Part B effective pending 3rd month rule.
{{NAME:tw}} - MSW`,
  `{{FACILITY:Lakeview Nephrology Associates}}
{{ADDRESS:880 Harbor Point Drive, Suite 310}}
{{LOCATION:Traverse City}}, MI {{ZIP:49684}}
Tel {{PHONE:231-555-0140}}   Fax {{FAX:231-555-0141}}

{{DATE:October 2, 2023}}

{{NAME:Harold Pemberton}}, MD
{{FACILITY:Elk Rapids Family Medicine}}
{{ADDRESS:215 River St}}, {{LOCATION:Elk Rapids}}, MI {{ZIP:49629}}

RE: {{NAME:Margaret}} "{{NAME:Peggy}}" {{NAME:Sokolowski}}   DOB {{DATE:06/11/1933}}

Dear Dr. {{NAME:Pemberton}},

Thank you for asking me to see Mrs. {{NAME:Sokolowski}}, a delightful {{AGE:90}}-year-old retired teacher from {{FACILITY:Kalkaska Elementary}}, for CKD stage 4 (eGFR 18 by CKD-EPI 2021, UACR 340). After a long conversation with her and her son {{NAME:Thaddeus}}, she has chosen conservative kidney management rather than dialysis. We will continue furosemide 40 mg daily, sodium bicarbonate 650 mg BID, and stop the naproxen. Her next labs are due {{DATE:11/1}}; I will see her again on {{DATE:December 4}}.

Sincerely,
{{NAME:Beatriz Onwuachi-Hale}}, MD
cc: {{NAME:Thaddeus Sokolowski}} (HCPOA)`,
  `INDEPENDENT LIVING DONOR ADVOCATE (ILDA) NOTE
{{FACILITY:University Lakes Transplant Center}} -- Living Donor Program
Potential donor: {{NAME:Fitzgerald, Siobhán}}   Donor MRN {{MRN:ULT-D-60218}}   DOB {{DATE:3/9/1988}}
Intended recipient: brother {{NAME:Declan Fitzgerald}} (MRN {{MRN:ULT-449150}}), ESRD from Alport syndrome, HD at {{FACILITY:Shoreline Renal Care}}
Visit {{DATE:01/23/2024}}, in person, donor seen alone w/o recipient or family.
Ms. {{NAME:Fitzgerald}} is a 35 y/o pediatric OT at {{FACILITY:Holy Family Children's Therapy}} in {{LOCATION:Evanston}}. She lives with partner {{NAME:Aoife Brannigan}} at {{ADDRESS:1322 Hinman Ave, Apt 2F}}, {{LOCATION:Evanston}} {{ZIP:60201}}. Understands risks incl. ~1 in 3,000 periop mortality, lifetime ESRD risk, effect on future pregnancy, and that she may withdraw at any time w/o the reason shared.
Finances: employer offers 6 wks paid donor leave (HR contact {{NAME:Gina Marchetti}}, {{EMAIL:gmarchetti@hfctherapy.org}}). NLDAC application started, ref {{ID:NLDAC-24-08817}}.
No evidence of coercion or payment. Ambivalence: none expressed. Donor's mother {{NAME:Bridget}} is "nervous" - donor declined to have her at the surgical consult.
Assessment: appropriate to proceed to selection committee {{DATE:2/6}}.
{{NAME:Thomas Ekwueme}}, LCSW, ILDA    pager {{PHONE:7731}}`,
  `SURGICAL PATHOLOGY REPORT                    Case: {{ID:S24-118734}}
{{FACILITY:Meridian Pathology Partners}} | CLIA 44D2098812 | {{ADDRESS:1600 Medical Park Blvd}}, {{LOCATION:Knoxville}}, TN {{ZIP:37920}}
Patient: {{NAME:DUBOIS, Marc-Antoine}}     MRN: {{MRN:7051183}}    DOB: {{DATE:08/30/1979}}
Submitting: {{NAME:Nnamdi Eze}}, MD (Transplant Nephrology, {{FACILITY:Smoky Mountain Transplant}})
Collected: {{DATE:09/17/2024 10:05}}   Received: {{DATE:09/17/2024 13:40}}
Clinical: DDKT {{DATE:02/2023}}, Cr 1.3 -> 2.1 over 3 wks, new DSA (DQ7 MFI 6,800). Tacro 5.2.
SPECIMEN: transplant kidney, needle core bx x2 (16g)
DIAGNOSIS:
 - Active antibody-mediated rejection (Banff 2019): g2, ptc2, C4d 2 (IF), v0
 - Borderline tubulitis, i1 t1
 - Interstitial fibrosis/tubular atrophy mild (ci1 ct1), cv1
 - No SV40/BK by IHC; no evidence of CNI toxicity
Glomeruli: 22, of which 2 globally sclerosed.
EM: pending (ref {{ID:EM-24-3307}})
Called to Dr {{NAME:Eze}} {{DATE:9/18/24}} 1122 by {{NAME:RK}}.
Electronically signed {{NAME:Rashida Kilpatrick-Moore}}, MD   {{DATE:09/18/2024 11:31}}`,
  `HISTOCOMPATIBILITY LABORATORY -- FINAL CROSSMATCH
{{FACILITY:Great Plains Immunogenetics Lab}}    Accession: {{ID:GPX-2024-40912}}
Recipient: {{NAME:Lomasney, Bernadette}}  MRN {{MRN:00-882-417}}  ABO O+
Donor: living related (son) {{NAME:Patrick Lomasney}}  donor # {{ID:LD-2024-0137}}  ABO O+
Sample dates: recip serum {{DATE:8/26/2024}}, donor blood {{DATE:8/27/2024}}
Flow XM: T-cell 42 MCS (cutoff 50) NEG; B-cell 88 MCS (cutoff 100) NEG
CDC-AHG: NEG
Single antigen (Luminex): no DSA > 1000 MFI; historic peak serum {{DATE:3/2022}} showed B8 weak 1,400 (non-donor)
cPRA 18%
Interpretation: compatible for living donor transplant, surgery {{DATE:Tue Sept 10}}.
Reviewed: {{NAME:Wen-Li Chao}}, PhD, D(ABHI)   Tech: {{NAME:mfd}}
Reported to coordinator {{NAME:Ashleigh}} by phone {{DATE:08/28/2024 15:02}}; fax copy to {{FAX:(402) 555-0126}}.`,
  `pharm call / refill -- {{DATE:3-4-24}}
{{FACILITY:ApexCare Specialty Pharmacy}} (rep "{{NAME:Jamal}}") called re pt {{NAME:Nakamura, Kenji}} DOB {{DATE:1/5/62}}
Rx: mycophenolate mofetil 500 mg tab, 2 tabs BID (CellCept generic); Rx # {{ID:7738120-04}}
Issue: new plan year, MedGuard Part D denied - needs PA. Member ID {{HEALTH_PLAN:MGD4471902}}, group 7715.
Pt has 4 days left. Also needs valganciclovir 450 mg daily x3 more mo (CMV D+/R-, txp {{DATE:11/20/23}}).
PA submitted via ePA portal key {{ID:BX7KQ2LM}}, dx Z94.0, urgent.
Called pt's wife {{NAME:Emiko}} at {{PHONE:(808) 555-0164}} - they can pick up 7-day emergency supply from {{FACILITY:Kaimuki Community Pharmacy}}, {{ADDRESS:3621 Waialae Ave}}.
Told Dr {{NAME:Kealoha}} (txp ID). Will f/u {{DATE:3/6}}.
{{NAME:Brianna L.}}, CPhT / txp pharmacy`,
  `FAX -- TRANSIENT DIALYSIS REQUEST
To: {{FACILITY:Gulf Breeze Kidney Center}}, Admissions    Fax {{FAX:850-555-0115}}
From: {{FACILITY:Northwoods Dialysis - Duluth}}    Fax {{FAX:218-555-0174}}   Ph {{PHONE:218-555-0170}}
Date: {{DATE:12/01/2023}}   Pages: 14 (incl cover)
Patient: {{NAME:Kowalski, Eugene J.}} "{{NAME:Gene}}"   DOB {{DATE:02/19/1933}} (pt is {{AGE:ninety}})
Requested dates: {{DATE:Dec 27, 2023}} through {{DATE:Jan 10, 2024}}, MWF, 1st shift preferred
Staying w/ daughter {{NAME:Carol Ann Whitcomb}}, {{ADDRESS:77 Santa Rosa Blvd, #402}}, {{LOCATION:Fort Walton Beach}}, FL {{ZIP:32548}}; cell {{PHONE:218-555-0199}}
Insurance: Medicare A/B {{HEALTH_PLAN:2GN7-VF4-JP81}}; secondary NorthStar Medigap {{HEALTH_PLAN:NSM00918273}}
Enclosed: H&P, last 3 run sheets, labs ({{DATE:11/20}}), HBsAg neg {{DATE:10/30/23}}, CXR, EKG, standing orders, med list, advance directive.
Access: L AVG (Gore-Tex), buttonhole NOT used. EDW 71.0 kg. Heparin-free (hx HIT).
Contact: {{NAME:Brenda Lussier}}, RN, transient coordinator, {{EMAIL:blussier@northwoodsdialysis.net}}
CONFIDENTIALITY NOTICE: this fax contains PHI ...`,
  `MyChart message -- received {{DATE:4/2/2024 9:48 PM}}
From: {{NAME:Adaeze Nwosu}} (patient)     To: Transplant Nephrology Pool
Subject: swelling & my levels

hi Dr {{NAME:Lindgren}} / nurse {{NAME:Maribel}}, its {{NAME:Ada}}. my left leg (the side of the kidney) has been swollen since sunday and my pee looks less?? Also the lab at {{FACILITY:Cedar Point Lab Services}} said my tacro draw got "lost". I'm on 3mg AM 2.5mg PM still. I have my sister {{NAME:Chioma}}'s wedding in {{LOCATION:Houston}} on {{DATE:April 13}} and I really need to go. can I still fly?? my phone is {{PHONE:443-555-0158}} call anytime, or email {{EMAIL:ada.nwosu88@mailbox.example}}
thank u

---- Reply {{DATE:4/3/2024 07:31}} {{NAME:Maribel Soto-Quiñones}}, RN: Called pt. Advised same-day visit; duplex transplant kidney + BMP, tacro, UA today at {{FACILITY:Harborcrest Tower 4 Lab}}. Discussed travel after results. Dr {{NAME:Lindgren}} aware. Ref {{ID:CRM-2024-0403-118}}.`,
  `{{FACILITY:Sunderland Poultry Processing, Inc.}}
Human Resources Department
{{ADDRESS:4500 County Road 12}}, {{LOCATION:Gainesville}}, GA {{ZIP:30507}}

{{DATE:May 3, 2024}}

To whom it may concern,

This letter is written at the request of our patient, Mr. {{NAME:Rigoberto Almonte}} (employee ID {{ID:E-204487}}), who has been approved as a living kidney donor for his cousin at {{FACILITY:Peachtree Transplant Institute}}. His donor nephrectomy is scheduled for {{DATE:June 11, 2024}}. We anticipate 2 nights in hospital and no heavy lifting (>10 lb) or line work for 6 weeks after surgery, i.e. he may return to light duty around {{DATE:July 23}} pending his post-op visit. Please also allow 2 half-days for follow-up on {{DATE:6/18}} and {{DATE:7/16}}.

Under the Georgia living donor leave policy and FMLA he may qualify for protected leave. Questions may be directed to me at {{PHONE:404-555-0132}} or {{EMAIL:living.donor@peachtreetx.org}}.

Sincerely,
{{NAME:Keisha Villanueva-Grant}}, RN, BSN
Living Donor Coordinator
{{FACILITY:Peachtree Transplant Institute}}`,
  `Nephrology progress -- hospice / dialysis withdrawal
{{FACILITY:Good Shepherd Valley Hospital}}, {{FACILITY:Whitaker 6}} Rm 612B     {{DATE:Sat 1/6/24}}
Pt Mrs. {{NAME:Esperanza}} "{{NAME:Lupe}}" {{NAME:Villarreal}}, {{AGE:94}}yo, ESRD on HD x6 yrs at {{FACILITY:Valle Verde Dialysis}}, adm for RLL PNA + afib RVR.
Family meeting today at 1400 w/ daughters {{NAME:Graciela}}, {{NAME:Teresa}} and son {{NAME:Tomás Villarreal Jr.}}, palliative NP {{NAME:H. Okonkwo}}, chaplain {{NAME:Br. Anselm}}.
Pt has voiced many times she is "tired of the machine"; decisional capacity intact today.
Decision: stop HD. Last tx was {{DATE:1/4}}. Transition to inpatient hospice; family requests transfer to {{FACILITY:Casa de Paz Hospice House}}, {{LOCATION:Harlingen}}.
Comfort: morphine 2 mg IV q2h prn dyspnea, glyco for secretions. D/C HD orders, D/C Epogen, binders.
Notified outpt unit charge RN {{NAME:Yesenia}} {{PHONE:956-555-0125}} and Dr {{NAME:Cavazos}}.
Expected survival days to ~2 wks.  Spent 55 min, >50% counseling.
-- {{NAME:A. Gunasekara}} MD, nephrology`,
  `WEDS {{DATE:2/21}} -- A.M. SHIFT CENSUS  (pod B)   {{FACILITY:Tri-County Dialysis Unit}}
chair  pt                    access    notes
B1     {{NAME:ARCHULETA, F}}         L AVF     HBsAg neg, wt ^ 4.1
B2     {{NAME:Ngata, Hemi}}          R IJ TDC  CVC dressing due, cx drawn {{DATE:2/19}}
B3     {{NAME:Doyle-Papadakis M}}     L AVG     needs new 2728 copy
B4     (empty - Mr. {{NAME:Beaulieu}} hosp @ {{FACILITY:Lakes Regional}})
B5     {{NAME:Xiong Pa Houa}}        L AVF     Hmong interp {{NAME:Nou}} at 0730
B6     {{NAME:Stavros}} "{{NAME:Steve}}" {{NAME:Kontos}}  R AVF  {{AGE:96}} y/o, fall risk, wheelchair
B7     {{NAME:Ibrahim, Fadumo}}      L BBT     new pt, 1st tx {{DATE:2/14/24}}
B8     {{NAME:Jefferson, LaTonya}}   L AVF     HOLD heparin - GI bleed
charge: {{NAME:KMS}}   pcts: {{NAME:Rolly}}, {{NAME:Desiree}}   RN: {{NAME:Fatima Z.}}
tech note: machine 9 conductivity alarm -> biomed ({{NAME:Hector}} x{{PHONE:2219}})`,
  `CRITICAL VALUE -- phone report
{{DATE:03/29/2024 05:42}}   Caller: {{NAME:Duc Nguyen}}, MLS, {{FACILITY:St. Columba Regional Lab}}   Ref# {{ID:CV-0329-0117}}
Pt {{NAME:Pettigrew, Alvin R}}  MRN {{MRN:SCR-1189034}}   Loc: {{FACILITY:Oakmont 3}} rm 318
K 7.1 (hemolyzed? NO), CO2 14, BUN 118, Cr 12.6
Read back and verified. Paged night hospitalist Dr {{NAME:Yusupova}} pgr {{PHONE:4406}} at 0544.
Pt is HD pt of {{FACILITY:Ravenswood Dialysis}} (TTS), missed {{DATE:Thurs 3/28}} session - states his ride (cousin {{NAME:Lonnie}}) didn't show.
Orders: Ca gluconate 1 g IV, insulin R 10u + D50, albuterol neb, Lokelma 10 g, EKG (peaked T, QRS 112).
Renal on call Dr {{NAME:Azikiwe}} {{PHONE:(312) 555-0129}} -> urgent HD this AM, HD RN {{NAME:Pam}} called in.
-- {{NAME:Liesl Dunmore}}, RN   Oakmont 3 charge`,
  `POST-TRANSPLANT CLINIC -- {{DATE:August 12, 2024}}
{{FACILITY:Pacific Crest Transplant Clinic}}   Provider: {{NAME:Siddharth Iyer}}, MD
Pt: {{NAME:Kealamakia, Leilani}}  MRN {{MRN:PCT00551892}}   POD 41 s/p DDKT ({{DATE:07/02/2024}}), KDPI 52%, DGF x1 HD
S: feels well, walking 2 mi/day. Mild hand tremor. Back to part-time at {{FACILITY:Waialae Nui Elementary School}} cafeteria in {{DATE:Sept}}? Asks re lifting.
O: BP 132/78, wt 68.2 kg. Incision healed. Graft non-tender.
Labs {{DATE:8/9}}: Cr 1.18 (nadir 1.10), K 4.9, Mg 1.4, tacro 9.1, WBC 4.2, BK PCR neg, CMV PCR neg. UPCR 0.2.
Meds: Envarsus 8 mg, Myfortic 720 BID, pred 5, Bactrim SS, valganciclovir 450, Mg ox 400 BID.
A/P: stable graft fx. Tacro goal 8-10 mo 1-3 -> no change. Mg replete. Return to work OK light duty from {{DATE:9/3}}, note given. Next visit {{DATE:8/26}}; labs weekly at {{FACILITY:Makaleha Outreach Lab}}.
Husband {{NAME:Keoni}} present. Coordinator {{NAME:Marisol Tanaka}} ({{PHONE:808-555-0191}}).`,
  `HOME HEMODIALYSIS TRAINING RECORD -- wk 2
Program: {{FACILITY:Bayou City Home Therapies}}   Trainer: {{NAME:Oluwaseun}} "{{NAME:Seun}}" {{NAME:Adebayo}}, RN
Pt: {{NAME:Reyes-Montoya, Arturo}}   MRN {{MRN:BCH-771306}}    Partner: wife {{NAME:Marisela}}
Dates: {{DATE:10/7}} - {{DATE:10/11/2024}}
Machine: portable HHD cycler, serial {{DEVICE:SN HC1-22-049715}}; warmer/PAK serial {{DEVICE:PK-88130442}}
Access: L BCF, buttonhole tracks est. by {{NAME:Seun}} {{DATE:9/23}}-{{DATE:10/4}}; pt self-cannulating R track, wife L track.
Rx: 5x/wk, 3.0 hr, 30 L dialysate, lactate 45, BFR 400, UF per wt.
Mon: prime + alarm drills ok.  Tue: pt got air detector alarm, resolved w/o prompt.
Wed: wife anxious re needle infiltration; reviewed clamp & call procedure. Thu/Fri: independent run x2, no errors.
Home eval done {{DATE:9/30/2024}} by {{NAME:G. Shapiro}}: {{ADDRESS:9910 Bellfort Ave}}, {{LOCATION:Houston}} {{ZIP:77031}} - dedicated 20A outlet installed by {{FACILITY:Sandoval Electric LLC}}; water supply OK.
Utility med-priority letter sent to power co, acct {{ACCOUNT:4471-0932-558}}.
Go-home date: {{DATE:Mon 10/21/24}}. On-call: {{PHONE:713-555-0185}}.
Signed {{NAME:OA}} / reviewed Dr {{NAME:Castellano-Whitley}}`,
  `RENAL DIETITIAN MONTHLY NOTE   {{DATE:Jun 2024}}
{{FACILITY:Magnolia Kidney Care - Hattiesburg}}
Pt: Mr. {{NAME:Odell Batiste}}  (goes by "{{NAME:Dell}}")    MRN {{MRN:MKC-30019}}
Labs {{DATE:6/3/24}}: Alb 3.4 (prev 3.7), Phos 7.8, K 5.9, Ca 8.6, nPCR 0.8, IDWG avg 4.2 kg
Diet recall: pt eats lunch most days at {{FACILITY:Greater Shiloh Rock Missionary Baptist Church}} senior program - fried fish, greens, cornbread, sweet tea; dinner often from {{FACILITY:Big Mama's Kitchen}} on {{ADDRESS:Hardy St}}. Uses salt substitute (KCl!) - told to STOP.
Binder: Renvela 800 mg 2 w/ meals - says he "forgets at church." Discussed carrying pill case.
Plan: Nepro 1 can/day on non-HD days, protein goal 1.2 g/kg. Will call granddaughter {{NAME:Kiara}} ({{PHONE:601-555-0103}}) who shops for him. Handout given ("Potassium and Phosphorus: Better Choices").
Goals for {{DATE:July}}: Phos < 5.5, IDWG < 3 kg.
{{NAME:Haley Broussard-Nguyen}}, RD, LD   lic #{{LICENSE:LD-04417}}`,
  `ABBREVIATED TREATMENT / AGAINST MEDICAL ADVICE
{{FACILITY:Desert Sage Dialysis}}, {{LOCATION:Yuma}}    {{DATE:11-02-2023}}
Pt {{NAME:Tsosie, Harrison}}   MRN {{MRN:DSD 004-5521}}
Pt requested to come off at 2 hr 05 min of 4 hr Rx stating he had to get back to {{LOCATION:Chinle}} before dark, 4 hr drive, and that his truck (plate {{VEHICLE:AZ 7KR-319}}) "is acting up".
Risks explained incl. hyperK, fluid overload, death. Pt verbalized understanding, signed AMA form. Pre wt 94.3, post 92.6 (goal 90.5). Post BP 172/98.
Offered to move him to Tues/Thu/Sat + overnight at {{FACILITY:Canyon Mesa Health Center}} dialysis - he'll think about it. Social worker {{NAME:Della Begay}} to call him at {{PHONE:928-555-0144}} and his sister {{NAME:Loretta}} in {{LOCATION:Many Farms}}.
Notified Dr {{NAME:Halloran}} 1350.
Witness: {{NAME:J. Wauneka}}, PCT    RN: {{NAME:Ramón Ybarra}}`,
  `phone msg  {{DATE:Thursday, January 18, 2024}} 3:15p  taken by {{NAME:Tasha}}
re: MRS. {{NAME:NAKASHIMA-COLE}}   (M-W-F 2nd shift, chair 7)
Caller: {{NAME:Fern}} at {{FACILITY:Reliant Ride Paratransit}}  {{PHONE:509-555-0122}}  trip ID {{ID:RR-0118-66352}}
Says pt's address changed - she moved in w/ daughter {{NAME:Renée Cole}} at {{ADDRESS:3308 N Division St, Apt 12}}, {{LOCATION:Spokane}} {{ZIP:99207}}. Pickup needs to be 1010 not 0945 starting {{DATE:1/22}}. Also wheelchair now, needs lift van.
Facesheet updated? -> {{NAME:DJ}} pls update in EMR + notify SW {{NAME:Corinne}}.
Daughter's cell {{PHONE:509-555-0109}}; her work ({{FACILITY:Northtown Credit Union}}) {{PHONE:509-555-0152}} - don't call before noon, she works nights. Pt is {{AGE:92}}, uses hearing aid L ear - speak to daughter for scheduling.`,
  `IR PROCEDURE NOTE -- FISTULOGRAM / ANGIOPLASTY
{{FACILITY:Rocky Heights Vascular Access Center}}   {{DATE:05/03/2024}}
Pt: {{NAME:Gallegos, Teodoro}}   DOB {{DATE:07-22-1955}}   MRN {{MRN:RHV0093318}}
Operator: {{NAME:Caleb Winterbourne}}, MD    RN: {{NAME:Jun Park}}   Tech: {{NAME:Amos T.}}
Indication: dec Qa (510), high VP 240 at {{FACILITY:Mile High Dialysis - Aurora}}.
Procedure: L arm AVF accessed antegrade 6F sheath. Fistulogram: 80% stenosis at cephalic arch, 50% mid-outflow. PTA cephalic arch 8 mm x 4 cm balloon (Conquest), then 10 mm; residual <20%. Central veins patent. Thrill restored. Heparin 3000 u. Moderate sedation (midazolam 2 mg, fentanyl 75 mcg), 22 min.
EBL minimal. No complications. Purse-string suture; remove at next HD.
F/U: surveillance 3 mo. Report faxed to unit {{FAX:303-555-0127}} and Dr {{NAME:Vukovic}}.
Implants: none.  Contrast: Omnipaque 300, 45 mL.
Dictated {{NAME:CW}}/{{NAME:mh}}`,
  `From: {{NAME:Rachel Goldfarb-Amari}} <{{EMAIL:rgoldfarb@valleyforgetx.org}}>
To: KPD coordinators; {{NAME:Tiago Mendonça}} <{{EMAIL:tmendonca@lakeerietx.org}}>
Sent: {{DATE:Wed 3/6/2024 11:14 AM}}
Subject: chain {{ID:4421}} -- segment B logistics (CONFIDENTIAL)

Tiago -- confirming our donor in segment B ({{NAME:H.S.}}, our ID {{ID:VF-LD-0382}}) is cleared for OR {{DATE:3/26}}. Kidney ships via {{FACILITY:AirLink Medical Courier}} to your center, tracking {{ID:ALM77310924}}, est. arrival 1430 local. Your recipient (Mr. {{NAME:Ostrowski}}?) needs final XM on the {{DATE:22nd}}.
Our recipient (the one getting your donor's kidney) is Ms. {{NAME:Delacroix-Haines}}, MRN {{MRN:VF-2207718}} -- cPRA 99.8, so please double check anatomy report (2 arteries L kidney?).
Call my cell {{PHONE:610-555-0139}} anytime. Backup {{NAME:Priyanka}} {{PHONE:610-555-0186}}.
thanks, {{NAME:Rachel}}
{{FACILITY:Valley Forge Transplant Center}} | Living Donor & Paired Exchange`,
  `LETTER OF MEDICAL NECESSITY -- belatacept (Nulojix)

{{DATE:September 30, 2024}}
Utilization Management, Cornerstone Health Plan
Fax (800) 555-0111

Member: {{NAME:Ayodele Okonjo-Fashola}}     Member ID: {{HEALTH_PLAN:CHP-66209148-01}}     DOB: {{DATE:02/14/1981}}
Prior auth reference: {{ID:PA2409-771830}}

I am writing on behalf of my patient, who received a deceased donor kidney transplant on {{DATE:01/09/2024}} at {{FACILITY:Three Rivers Transplant Center}}. She has developed biopsy-proven calcineurin inhibitor nephrotoxicity and posterior reversible encephalopathy syndrome on tacrolimus (admitted {{DATE:8/14}}-{{DATE:8/21/2024}}). EBV IgG is positive. Conversion to belatacept 5 mg/kg IV q4wk with mycophenolate and prednisone is standard of care in this situation. Infusions will be given at {{FACILITY:Three Rivers Infusion Center}}, {{ADDRESS:400 Penn Center Blvd}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15235}}.

Please contact me at {{PHONE:412-555-0150}} with any questions.

{{NAME:Gregory Abernathy-Lutz}}, MD, Transplant Nephrology
NPI {{LICENSE:1093384756}}`,
  `KIDNEY TRANSPLANT EVALUATION -- initial consult
{{FACILITY:Sierra Foothill Medical Center}} Transplant Program   Date: {{DATE:15 Feb 2024}}
Pt: {{NAME:Mahmoud, Youssef A.}}   MRN {{MRN:SVMC-40091277}}   Referred by Dr {{NAME:Ghazarian}} ({{FACILITY:Fresno Central Nephrology}})
HPI: 52M, ESRD 2/2 ADPKD (father & paternal aunt also had PKD), HD since {{DATE:6/2022}} at {{FACILITY:Kings River Dialysis}} MWF via L AVF. Native kidneys 22 cm each, early satiety. Still makes ~500 mL urine.
PMH: HTN, hx nephrolithiasis, L inguinal hernia repair 2015. No DM, no CAD.
Soc: married to {{NAME:Rania}}, 3 kids. Works as pharmacist at {{FACILITY:Valley Drug & Compounding}} in {{LOCATION:Clovis}}. Never smoker. Drives himself.
Potential living donors: brother {{NAME:Karim}} (not PKD tested), friend from {{FACILITY:Tower District Islamic Center}} ({{NAME:Omar Haddad}}) - both to call Living Donor line.
Exam: BMI 28.1, ballotable kidneys bilat.
Plan: cardiac stress echo, CT A/P (?native nephrectomy for space), dental clearance, age-appropriate cancer screening. Present at selection committee when complete. Waitlist time accrues from dialysis start date.
{{NAME:Lucía Arámbula}}, MD`,
  `TRANSPLANT SOCIAL WORK PSYCHOSOCIAL ASSESSMENT  (SIPAT 19)
Date {{DATE:07.08.2024}}    SW: {{NAME:Beverly Chen-Abara}}, LICSW
Pt: {{NAME:Sheehan, Padraig}} "{{NAME:Paddy}}"   MRN {{MRN:000-551-983}}
Living: rents room at {{ADDRESS:62 Dorchester Ave, Rm 4}}, {{LOCATION:South Boston}}, MA {{ZIP:02127}}, from Mrs. {{NAME:Flaherty}} (landlady). Previously at {{FACILITY:Fenwick Street Shelter}} shelter 2021-2022.
Support: sister {{NAME:Nuala Sheehan-Byrne}} ({{PHONE:617-555-0114}}) is primary caregiver plan; backup friend "{{NAME:Mickey}}" from AA home group at {{FACILITY:St. Augustine Parish Hall}}.
Substance: ETOH use d/o, sober since {{DATE:3/17/2022}} (sponsor letter in chart). No tobacco x2 yrs, vapes nicotine.
Adherence: missed 3 HD sessions in last 6 mo at {{FACILITY:Harborpoint Dialysis}} ("oversleeping").
Finances: SSDI + MassHealth member {{HEALTH_PLAN:100458817296}}. Can't afford copays for tacro -> referred to {{FACILITY:Bay State Kidney Assistance Fund}} HIPP.
Assessment: moderate risk. Recommend: 6 months documented sobriety (done), 3 mo perfect HD attendance, caregiver contract signed by sister.`,
  `INCIDENT REPORT (internal, not part of medical record)     Incident #: {{ID:IR-2024-0588}}
Facility: {{FACILITY:Prairie Wind Dialysis - Wichita East}}    Date/time of event: {{DATE:04/16/2024 10:52}}
Person involved: {{NAME:Hollister, Wayne D.}}   MRN {{MRN:PWD-118244}}   Chair 11, machine 4
Type: venous needle dislodgement
Description: Pt repositioned under blanket while sleeping; venous needle (L AVG) pulled out, blood on floor noted by neighboring pt (Mrs. {{NAME:Abuelhawa}}) who called out. Blood pump stopped by PCT {{NAME:Trinh}} within ~1 min; VP alarm had NOT triggered (VP low limit set at 50). Pressure held 8 min. Est blood loss 200-250 mL. Post BP 104/60, HR 96.
Actions: Dr {{NAME:Mbatha}} notified 1058, CBC drawn, pt monitored 45 min, son {{NAME:Curtis}} called at {{PHONE:316-555-0178}} to drive him home.
Contributing: blanket covering access (policy: access visible at all times); alarm limits.
Follow-up: staff in-service {{DATE:4/23}} by CNO {{NAME:Anneliese Vogt}}; reported to ESRD Network.
Reported by {{NAME:Shay Ortega-Briggs}}, RN, employee #{{ID:004712}}`,
  `FRONT DESK CHECK-IN AUDIT -- {{DATE:Sat 8/10/24}}
{{FACILITY:Gentilly Crescent Dialysis}} (New Orleans East)   palm-vein scanner station 2
time  pt                         palm template ID        photo on file          status
0541  {{NAME:BERGERON, Lucien}}        {{BIOMETRIC:PV-0003817-R}}           {{PHOTO:IMG_PT_00381.jpg}}        OK
0544  {{NAME:THIBODEAUX, Marie-Claire}}  {{BIOMETRIC:PV-0004102-L}}           {{PHOTO:IMG_PT_00410.jpg}}        OK
0550  {{NAME:NGUYEN, Thanh B.}}         {{BIOMETRIC:PV-0004455-R}}           none - retake needed   no match x3, ID checked manually
0602  {{NAME:WASHINGTON, Odessa}}       {{BIOMETRIC:PV-0002290-R}}           {{PHOTO:IMG_PT_00229.jpg}}        OK ({{AGE:97}}yo - escorted)
0611  {{NAME:BROUSSARD, Jean-Paul}}     not enrolled                      -                    enroll today
Notes: {{NAME:Nguyen}} has new bandage R hand (burn) - enroll L palm, new photo taken by {{NAME:Tamika}} 0620 -> {{PHOTO:IMG_PT_00445b.jpg}}.
Scanner kiosk IP {{IP:192.0.2.47}} dropped offline 0630-0645, IT ticket {{ID:INC0091734}}.
Audit by {{NAME:LaShonda R.}}, front office`,
  `HEPATITIS B / IMMUNIZATION RECORD -- dialysis
Pt: {{NAME:Szabó, Erzsébet}}  DOB {{DATE:09/04/1932}}  ({{AGE:91}})   MRN {{MRN:GLD-60773}}
Unit: {{FACILITY:Great Lakes Dialysis - Parma}}
HBsAg neg {{DATE:01/05/24}}, {{DATE:04/02/24}}, {{DATE:07/01/24}}     anti-HBs <10 (non-responder)
Heplisav-B #1 {{DATE:02/12/2024}}  lot 7X49C  L deltoid  {{NAME:KR}}
Heplisav-B #2 {{DATE:03/11/2024}}  lot 7X49C  R deltoid  {{NAME:KR}}
anti-HBs {{DATE:5/6}} = 4 -> still non-responder; Engerix-B 40 mcg series to start {{DATE:8/5}}
Influenza (Fluzone HD) {{DATE:10/3/23}}   PCV20 {{DATE:11/2023}}   COVID booster {{DATE:Sept '23}} at {{FACILITY:Lakeshore Drug #4417}}... pt unsure
Tdap: 2019 (per son {{NAME:László}})
Pneumovax 2012 (records from Dr {{NAME:Horvath}}, {{FACILITY:West Park Family Practice}}, fax {{FAX:216-555-0181}})
Verified by {{NAME:Kristen Radcliffe}}, RN    {{DATE:7/22/24}}`,
  `{{FACILITY:Children's Hospital of the Ozarks}}
Pediatric Nephrology & Kidney Transplant
{{ADDRESS:1 Children's Way}}, {{LOCATION:Springfield}}, MO {{ZIP:65807}}

{{DATE:August 19, 2024}}

{{FACILITY:Cedar Bluff Middle School}} -- Attn: Mrs. {{NAME:Delaney Harp}}, school nurse, and 504 coordinator

Re: {{NAME:Jaxon Whitebear}}, 7th grade, DOB {{DATE:05/02/2012}}

{{NAME:Jaxon}} received a kidney transplant on {{DATE:March 8, 2024}}. He takes anti-rejection medicines at 8 AM and 8 PM; the morning dose may be given at home. Please:
 - allow free access to water and a water bottle at his desk (goal 2.5 L/day) and bathroom passes as needed
 - notify his mother {{NAME:Crystal Whitebear}} ({{PHONE:417-555-0107}}) the same day of any chickenpox, measles or flu cases in his class
 - no contact sports (football, wrestling) -- PE otherwise OK
 - allow absences for clinic visits, usually Tuesdays (next {{DATE:9/3}}, {{DATE:9/17}})
He must not receive live vaccines at school clinics.

{{NAME:Anjali Deshpande-Moore}}, MD
Transplant coordinator: {{NAME:Tyler Greenough}}, RN  {{PHONE:417-555-0196}}`,
  `KIDNEY WAITLIST STATUS UPDATE
{{DATE:02/02/2024}}

Mr. {{NAME:Felipe Arrieta Cruz}}
{{ADDRESS:PO Box 1187}}
{{LOCATION:Calexico}}, CA {{ZIP:92232}}

Dear Mr. {{NAME:Arrieta Cruz}},

This letter confirms that on {{DATE:January 30, 2024}} the {{FACILITY:Imperial Valley Kidney Transplant Program}} changed your status on the national kidney waiting list to INACTIVE (status 7). Your waiting time continues to count from your dialysis start date ({{DATE:10/17/2019}}). You were made inactive because your cardiology clearance has expired (last stress test {{DATE:12/14/2022}}) and the surgical team asked for an updated CT of your abdomen after your hernia repair at {{FACILITY:Imperial Desert Regional}}.

To become active again, please schedule the tests with your coordinator, {{NAME:Ximena Oropeza}}, at {{PHONE:760-555-0153}}, or by email at {{EMAIL:xoropeza@ivktp.org}}. Your patient portal is at {{URL:https://myportal.ivktp.org/login}}.

Sincerely,
Kidney Transplant Program
WL ID {{ID:WL-IV-000-4471}}   MRN {{MRN:IV1199504}}`,
  `OFFER LOG (declines) -- {{FACILITY:Northern Plains Transplant Center}} -- week of {{DATE:10/21/24}}
date/time        OPO                     donor ID   KDPI  pt (seq)                               reason / by
{{DATE:10/21}} 0212       {{FACILITY:Dakota Donor Partners}}         {{ID:ACFJ228}}    91%   {{NAME:Hagen, Orrin}} (3)                  830 - donor quality, bx 25% GS / Dr {{NAME:Lund}}
{{DATE:10/22}} 1545       {{FACILITY:Upper Midwest Organ Recovery}}  {{ID:ACFR901}}    47%   {{NAME:Thunder Hawk, Winona}} (12)  positive XM (virtual) - DSA B57 / Dr {{NAME:Lund}}
{{DATE:10/23}} 2330       {{FACILITY:Dakota Donor Partners}}         {{ID:ACGA115}}    66%   {{NAME:Mahoney, Sean P.}} (1)            pt ill - COVID+ {{DATE:10/22}}, declined, pt aware
{{DATE:10/25}} 0405       {{FACILITY:Big Sky Donor Services}}    {{ID:ACGB004}}    22%   {{NAME:Hagen, Orrin}} (5)                 ACCEPTED -> primary
note: pt {{NAME:Orrin}} reached at {{PHONE:701-555-0130}}; daughter {{NAME:Britt}} driving from {{LOCATION:Minot}}
logged {{NAME:SG}}/{{NAME:AMV}}`,
  `OPERATIVE NOTE -- laparoscopic hand-assisted left donor nephrectomy
Date: {{DATE:6/11/2024}}    {{FACILITY:Peachtree Transplant Institute}}, OR 9
Donor: {{NAME:Almonte, Rigoberto}}  MRN {{MRN:PTI-D-20931}}
Surgeon: {{NAME:Olamide Fashanu}}, MD   Assist: {{NAME:Chen, Wei}}, MD (fellow)   Anesth: Dr. {{NAME:K. Moreau}}
Findings: single L renal artery, single vein with lumbar and gonadal branches; ureter normal. Warm ischemia 2 min 40 s.
Procedure: Pfannenstiel hand port; 3 trocars. Colon mobilized, gonadal & adrenal veins clipped and divided; artery and vein divided with stapler (Endo GIA vascular). Kidney extracted, flushed on back table w/ cold UW, handed to recipient team (Dr. {{NAME:Ishaan Bhatt}}) for recipient {{NAME:Almonte Peña, Joselyn}} in OR 10.
EBL 75 mL. UOP 600. No complications. Pt to PACU stable.
Specimen: L kidney (transplanted), no path.
{{NAME:OF}} / {{NAME:dr}}  {{DATE:06/11/2024 13:28}}`,
  `VOICEMAIL (transcribed) -- Transplant line, box 3      received {{DATE:Sun 12/15}} 6:02 PM
"Hi, this is, um, {{NAME:Gwendolyn Pryce-Osei}}, I'm calling for my husband {{NAME:Kofi}}, {{NAME:Kofi Osei}}, date of birth {{DATE:July 9th, 1960}}. He had his transplant in, um, {{DATE:October}}? Dr. {{NAME:Abramowitz}}'s patient. He's had a fever of 101.4 since this afternoon and chills and he says his kidney, the new one, hurts. We're at my mother's house in {{LOCATION:Bowie}}, it's {{ADDRESS:14 Tulip Grove Court}}. My cell is {{PHONE:two four zero, five five five, zero one two one}}. Should we go to {{FACILITY:Largo Community Medical}} or come up to you? Thank you."
-- returned 1810 by on-call coord {{NAME:Viv}}: told to go to nearest ED, call report to ED at {{PHONE:301-555-0167}}, on-call nephrology Dr {{NAME:Sandhu}} aware. ticket {{ID:TX-CALL-1215-04}}`,
  `STATEMENT OF ACCOUNT
{{FACILITY:Heartland Renal Partners, LLC}}  |  billing office {{PHONE:(866) 555-0142}}
Statement date: {{DATE:09/05/2024}}        Account no.: {{ACCOUNT:HRP-0077159-3}}
Patient: {{NAME:Marguerite Lacombe}}       Guarantor: {{NAME:Roger Lacombe}}
Mailing: {{ADDRESS:2819 Rue Royale Rd}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}
Service period {{DATE:08/01/2024}} - {{DATE:08/31/2024}}, in-center HD x13, ESA, IV iron
Primary: Medicare (MBI {{HEALTH_PLAN:7AC3-QD1-HN25}})  paid $3,482.10   claim {{ACCOUNT:24231801772}}
Secondary: Bayou Senior Supplement, policy {{HEALTH_PLAN:BSS-44920188}}  pending
Patient responsibility: $0.00 (pending secondary)
Questions? Ask for {{NAME:Renita}} ext {{PHONE:311}}. Pay online {{URL:www.heartlandrenalpay.com/acct}}
Remit to: {{ADDRESS:PO Box 40291}}, {{LOCATION:Lafayette}}, LA {{ZIP:70504}}`,
  `ED NOTE -- emergent dialysis
{{FACILITY:Mission Oaks County Hospital}} ED   {{DATE:3/3/24}} 0218
Pt {{NAME:Hernández López, Maribel}}, 41F, undocumented, no PCP; "emergency-only" HD pt, presents q5-7d when symptomatic (last ED HD {{DATE:2/26}}).
Lives w/ sister {{NAME:Guadalupe}} in {{LOCATION:Lamont}}; works at packing house ({{FACILITY:Kern Valley Citrus Packing}}) when well.
CC: SOB, orthopnea, vomiting. RR 28, SpO2 88% RA, BP 198/110.  K 6.8, HCO3 12, BUN 142.
Tx: BiPAP, Ca gluconate, insulin/dextrose, nitro gtt. Renal (Dr {{NAME:Aguilar-Stein}}) -> HD tonight via R IJ temp cath.
SW consult: emergency Medi-Cal application, ref {{ID:EMC-2024-031-7760}}; discussed Cal state program for scheduled HD; pt asks about transplant -- referral to {{FACILITY:Valley Kidney Access Clinic}} ({{PHONE:661-555-0118}}).
Spanish interpreter phone #{{ID:48221}} used.
ED attending {{NAME:Benjamin Adeyemi-Ross}}, MD`,
  `PD PHONE TRIAGE  {{DATE:2024-01-27}} 21:40   on-call RN {{NAME:Esther Kamau}}
Caller: pt {{NAME:Vishal Trivedi}} ({{PHONE:614-555-0171}}), home CCPD, {{FACILITY:Buckeye Home Dialysis}}
"bag looks cloudy, like skim milk" on AM drain, abd pain 6/10, temp 100.8. No diarrhea. Last peritonitis: none. Cycler serial {{DEVICE:LQ7-011927-A}} -> no alarms.
Exit site: some crust, wife {{NAME:Hetal}} sent pic via portal (not viewed yet).
Advised: save cloudy bag, come to {{FACILITY:Scioto Valley ER}} now for cell count/cx + IP abx. Called ER charge {{NAME:Joe}} {{PHONE:614-555-0112}} to expect him, gave protocol (vanc + ceftaz IP, 6 hr dwell).
Notified Dr {{NAME:Oyelaran}} 2150.  Pt's address if EMS needed: {{ADDRESS:6620 Sawmill Pkwy, Apt 208}}, {{LOCATION:Dublin}} OH {{ZIP:43017}}.
F/u call {{DATE:1/28}} AM - {{NAME:EK}}`,
  `TRANSPLANT PHARMACY -- discharge medication teaching
{{FACILITY:Blue Ridge University Hospital}}, {{FACILITY:Pruitt 7}} Transplant Unit     {{DATE:Thu 05/16/2024}}
Pt: {{NAME:Haddad, Leila}}   MRN {{MRN:BRU 2209-4418}}   POD 5 LDKT (donor: husband {{NAME:Samir}})
Present: pt, husband, daughter {{NAME:Nour}} (translating Arabic, pt prefers family over phone interpreter)
Reviewed pillbox + med calendar:
  tacrolimus (Prograf) 4 mg q12h 0800/2000 - goal trough 8-10
  mycophenolate 1000 mg BID, prednisone taper per calendar (20 -> 5 mg by wk 6)
  Bactrim SS daily, nystatin swish, valganciclovir 450 mg daily (CMV D+/R+? no - D-/R+, so 3 mo)
  amlodipine 5 mg, famotidine 20 mg, Mag-Ox 400 BID
Avoid: grapefruit, pomegranate, St John's wort, OTC NSAIDs. Told to hold AM tacro on lab days until drawn.
Rx filled at {{FACILITY:Roanoke Transplant Pharmacy}}, {{ADDRESS:1020 Jefferson St SE}}, {{LOCATION:Roanoke}} {{ZIP:24016}}, ph {{PHONE:540-555-0135}}; copay card # {{ACCOUNT:CPC-88010442}}.
Teach-back: pt & {{NAME:Nour}} 100%. Pt will log BP/temp/wt on app.
{{NAME:Rebecca Thornbury}}, PharmD, BCTXP   pgr {{PHONE:6620}}`,
  `Renal consult f/u -- {{DATE:12/9/2023}}
{{FACILITY:Memorial Hermosa Hospital}} MICU bed 4
{{NAME:Fontenot, Clarence}} "{{NAME:Buddy}}"  78M  MRN {{MRN:MHH-3304817}}
AKI on CKD3b (bl Cr 1.9, now 6.4), oliguric 3 d after CTA + sepsis from cholangitis. Failed furosemide stress test. Volume up 9 L.
Tunneled HD cath (R IJ, 19 cm cuff-to-tip) placed today by IR Dr {{NAME:Whitlock}}; cath lot not recorded. First HD tonight 2 h, BFR 250, UF 1 L, no heparin.
D/w wife {{NAME:Loretta Fontenot}} + son {{NAME:Clarence Jr.}} ({{PHONE:337-555-0193}}): chance of renal recovery ~30-40%; if still HD-dependent at d/c will need outpt chair - placement request sent to {{FACILITY:Acadiana Dialysis Center}} and {{FACILITY:Teche Kidney Care}}.
Pt was a deacon at {{FACILITY:St. Landry Catholic Church}}; retired from {{FACILITY:Gulf Coast Refining}} - has retiree plan (member {{HEALTH_PLAN:GCR-R-00419932}}).
Hep B serologies pending (needed before outpt placement).
-- {{NAME:Abimbola Ogundipe}}, MD  renal fellow, pgr {{PHONE:7713}}`,
  `DENTAL CLEARANCE -- pre-transplant
To: {{FACILITY:Coastal Carolina Transplant Center}}, fax {{FAX:843-555-0188}}, attn {{NAME:Janelle}}
Patient: {{NAME:Pinckney, Deshawn M.}}     DOB {{DATE:1984-03-11}}
Exam date: {{DATE:04/08/2024}}
Findings: generalized moderate periodontitis, #3 and #30 non-restorable (extracted {{DATE:4/8}}), caries #12, #19 restored. Panorex: no periapical lesions remaining.
Cleared for transplant: [x] YES  [ ] NO  [ ] after treatment
Antibiotic prophylaxis needed for future dental work post-tx: per transplant team
Dentist: {{NAME:Marcus Ravenel}}, DDS    {{FACILITY:Lowcountry Family Dental}}, {{ADDRESS:55 Sam Rittenberg Blvd}}, {{LOCATION:Charleston}} SC {{ZIP:29407}}
Phone {{PHONE:843-555-0105}}    SC dental lic {{LICENSE:DDS-7781}}
Signature: ________  {{DATE:4/9/24}}`,
  `texts -- dialysis RN group (exported {{DATE:2024-07-02}})
[05:48] {{NAME:Marisol}}: im running late, {{NAME:Bao}} can u put Mr. {{NAME:Kessler}} on first, hes always 1st in chair 3
[05:49] {{NAME:Bao}}: ok. Ms. {{NAME:Oyelowo}} called the unit phone, not coming, hosp'd at {{FACILITY:St. Vincent Westside}} since sat
[05:50] {{NAME:Marisol}}: ugh k. tell {{NAME:Jackie}} to call their renal fellow for d/c date
[06:12] {{NAME:Bao}}: {{NAME:Kessler}} AVF clotted?? no thrill. called access coord Dr. {{NAME:Benavides}} office {{PHONE:505-555-0172}} - they can do declot at 11 at {{FACILITY:Duke City Access Center}}
[06:13] {{NAME:Marisol}}: 😩 ok. his daughter {{NAME:Ilse}} drives, her # in chart {{PHONE:505-555-0120}}
[06:40] {{NAME:Bao}}: also new admit tmrw - {{NAME:Tsinajinnie, Roberta}} from {{LOCATION:Crownpoint}}, 1st tx {{DATE:7/3}}, sw {{NAME:Leon}} has papers
[06:41] {{NAME:Marisol}}: 👍 here in 10`,
  `HOME VISIT -- PD annual   {{DATE:March 19, 2024}}
{{FACILITY:High Desert Home Dialysis}} RN {{NAME:Caroline Ashdown}}
Pt: {{NAME:Abeyta, Crescencio}}  MRN {{MRN:HDH-000781}}  CCPD x3 yrs
Address verified: {{ADDRESS:HC 64 Box 22B}}, {{LOCATION:Questa}}, NM {{ZIP:87556}} (off {{ADDRESS:NM-522 near mile marker 19}}, green gate, dogs)
Home: clean storage room, 4 wks supplies, boxes off floor. Handwashing sink OK. Well water - pt uses bottled for hand wash per prior advice.
Cycler serial {{DEVICE:LQ7-006550-C}} - due for swap ({{DATE:6/2024}} per vendor {{FACILITY:Sangre Renal Supply}}).
Exit site: clean, no tunnel tenderness. BP 138/82, wt 77.5 (dry 76). Effluent clear.
Caregiver: wife {{NAME:Eloísa}}. Son {{NAME:Cruz}} works at {{FACILITY:Red River Moly Mill}}? - pt says closed, now at {{FACILITY:Hondo Canyon Lodge}}.
Emergency plan: nearest hospital {{FACILITY:Rio Fernando Hospital}} 35 min; power co. medical priority acct {{ACCOUNT:KCEC-55810-02}}; backup generator yes.
-- {{NAME:CA}} RN`,
  `LIVING DONOR INQUIRY -- phone screen form
Date {{DATE:9/12/24}}   Screener {{NAME:Paolo}}
Caller name: {{NAME:Kimberly Ann Strand}}   DOB {{DATE:11/30/1979}}   age 44
Phone {{PHONE:(763) 555-0115}}   email {{EMAIL:kimstrand.mn@inbox.example}}
Address {{ADDRESS:5501 Hillsboro Ave N}}, {{LOCATION:New Hope}} MN {{ZIP:55428}}
Intended recipient: {{NAME:Arne Gustafsson}} (coworker at {{FACILITY:Twin Ports Tool & Die}}), txp MRN {{MRN:NMT-8812045}}
Blood type: O (per blood bank donor card)   Ht 5'6"  Wt 172 lb  BMI 27.8
HTN: no   DM: no (mother DM2)   Kidney stones: once, 2015   Smoker: quit 2019
Meds: sertraline 50 mg, OCPs
Insurance: Northland Health member {{HEALTH_PLAN:NH449017722}} (not needed, recipient's plan pays)
Next: packet mailed + urine/blood kit to {{FACILITY:Crystal Lake Lab}}; donor coord {{NAME:Siri Haugen}} to call {{DATE:9/16}}.`,
  `KIDNEY/PANCREAS SELECTION COMMITTEE -- minutes {{DATE:Tues 4/9/2024}}
Present: Drs {{NAME:Whitman}}, {{NAME:Oduya}}, {{NAME:Fairbanks}}; coord {{NAME:L. Sato}}, {{NAME:R. Bhatia}}; SW {{NAME:Kwame}}; RD {{NAME:Ines}}; pharm {{NAME:T. Ng}}
1. {{NAME:Delgado, Rafael}} ({{MRN:442-118}}) -- APPROVED, list active. cPRA 0, blood B.
2. {{NAME:Mwangi, Grace}} ({{MRN:442-507}}) -- APPROVED pending dental.
3. {{NAME:O'Shaughnessy, Liam}} ({{MRN:443-090}}) -- DEFERRED: BMI 42, refer bariatric at {{FACILITY:Lakeside Weight Management}}, recheck {{DATE:Oct}}.
4. {{NAME:Begum, Rokeya}} ({{MRN:441-876}}) -- SPK candidate, T1DM; APPROVED.
5. {{NAME:Price, Jerome}} "{{NAME:JJ}}" ({{MRN:443-311}}) -- DECLINED: active cocaine (UDS + {{DATE:3/28}}), non-adherence; letter to pt + referring Dr {{NAME:Abernethy}}, may re-refer after 6 mo.
6. {{NAME:Fujimoto, Aiko}} ({{MRN:442-954}}) -- {{AGE:90}} y/o?? -> no, age 70; typo on agenda; APPROVED.
Next meeting {{DATE:4/23}}.`,
  `llamada -- nivel de ciclosporina / cyclosporine level call
{{DATE:17/06/2024}}  (pt uses d/m/y on her log)  {{DATE:June 17, 2024}} 14:20
Pt Sra. {{NAME:Rosario Quispe Mamani}}, 58F, KT 2009 (Peru, rec'd at {{FACILITY:Hospital Regional del Rimac}} in {{LOCATION:Lima}}), now f/u here at {{FACILITY:Desert Palms Transplant Clinic}}
CsA C0 = 62 (goal 75-125), Cr 1.6 stable. Pt takes Neoral 75 mg BID, bought partly in {{LOCATION:Nogales}} (Sonora) - brand differences discussed.
Spoke via interpreter {{NAME:Milagros}} (#{{ID:IP-3312}}). Plan per Dr {{NAME:Echeverría}}: increase to 100 mg AM / 75 mg PM; repeat level {{DATE:6/24}} at {{FACILITY:Sonoran Lab - Ina Rd}}.
Son {{NAME:Wilber}} ({{PHONE:520-555-0187}}) will pick up new Rx at {{FACILITY:Tucson Mountain Pharmacy}}.
{{NAME:Gabriela O.}}, RN`,
  `OPO DONOR REFERRAL SUMMARY (confidential)     Referral #: {{ID:REF-24-018833}}
{{FACILITY:Chesapeake Regional Donor Alliance}}
Referral called by {{NAME:Tonya Whitaker}}, RN, {{FACILITY:Tidewater General}} ICU, {{DATE:02/24/2024 19:46}}
Donor: {{NAME:HALLORAN, Brendan Michael}}   DOB {{DATE:08/08/1996}}   Hospital MRN {{MRN:TG-7740219}}   DMV donor registry: YES (VA lic {{LICENSE:T61-22-4470}})
Mechanism: MVC, GCS 3; BD exam #1 {{DATE:2/25}} 0900, #2 {{DATE:2/25}} 2115
Next of kin: mother {{NAME:Maureen Halloran}} ({{PHONE:757-555-0103}}), father {{NAME:Dennis}}; family supportive, authorization signed {{DATE:2/26}}.
Vehicle involved: {{VEHICLE:3FAHP0HA7CR194562}} (per police rpt {{ID:VBPD-24-005271}})
Kidneys: Cr 0.9 -> 1.6, UOP adequate; KDPI 11%. Placed via match run; recovery {{DATE:02/27/2024}}.
Family services: Rev. {{NAME:Lionel Dabney}} ({{FACILITY:Bethel Tabernacle AME Church}}) present.
Coordinator: {{NAME:J. Okoro-Whitfield}}`,
  `INTERDISCIPLINARY PLAN OF CARE -- annual / unstable review
{{FACILITY:Willamette Valley Kidney Center}}     Meeting {{DATE:10/10/2023}}
Pt: {{NAME:Underwood, Beatrice Lorraine}}   MRN {{MRN:WVK-200318}}   {{AGE:93}} yrs    HD MWF 1st shift
Attendees: Dr {{NAME:Kasprzak}} (MD), {{NAME:Nhi Vo}} RN (CM), {{NAME:Gordon Ashby}} MSW, {{NAME:Farah Siddiqui}} RD, pt, niece {{NAME:Pauline Dorsey}} by phone ({{PHONE:503-555-0149}})
Adequacy: spKt/V 1.38 (goal 1.2) - met.   Anemia: Hgb 9.6 - not met, Aranesp titrated.
Nutrition: Alb 3.1, wt loss 3 kg/3 mo, poor dentition -> soft diet, Nepro.
Access: R IJ TDC (pt declines AVF, "at my age, no more surgery") - documented informed refusal {{DATE:9/2023}}.
Psychosocial: lives at {{FACILITY:Rosewood Terrace Assisted Living}}, {{ADDRESS:4410 River Rd N}}, {{LOCATION:Keizer}} {{ZIP:97303}}; KDQOL done {{DATE:9/28}}. Transport via facility van.
Transplant: not referred - pt declines.
Modality: home therapies discussed, declined.
Advance directive: POLST on file, full code -> pt now wants DNR; new POLST signed today.
Next review {{DATE:Jan 2024}} (unstable: falls x2).`,
  `ACCESS SURGERY F/U -- AVF maturation check
{{DATE:Aug 28 2024}}   {{FACILITY:Cumberland Vascular Surgery}}, {{LOCATION:Clarksville}}
{{NAME:Pham, Quoc Bao}}   MRN {{MRN:CVS-11290}}   6 wks s/p L BCF ({{DATE:7/17/24}}, Dr {{NAME:Hollingsworth}})
Pre-dialysis, CKD 5, eGFR 9, planning HD start at {{FACILITY:Fort Campbell Blvd Dialysis}}.
Exam: incision healed, strong thrill, vein visible, easily palpable.
Duplex: diameter 0.68 cm, depth 0.4 cm, flow 720 mL/min -> meets "rule of 6s" except depth fine. Side branch at 8 cm noted, 0.3 cm.
Plan: OK to cannulate starting 2 wks (~{{DATE:9/11}}), 17g needles x2 wks then 16g, BFR 250-300. Letter to unit RN mgr {{NAME:Jolene Castellanos}}, fax {{FAX:931-555-0176}}.
Pt's employer ({{FACILITY:Clarksville Auto Body & Glass}}) - note for light duty L arm.
Wife {{NAME:Hanh}} present. Next visit {{DATE:10/9}}.
{{NAME:W. Hollingsworth}}, MD /{{NAME:sb}}`,
  `BK virus result call           {{DATE:11.14.2023}}
Txp coord: {{NAME:Ruth-Anne McAllister}}, RN
Pt: {{NAME:Soto Rivera, Edgardo}}   DOB {{DATE:3/27/1965}}   MRN {{MRN:TXP-5503826}}   DDKT {{DATE:4/2023}}
Plasma BK PCR (drawn {{DATE:11/10}}, acc {{ID:VRL-23-88014}}): 18,400 copies/mL (prev {{DATE:10/11}}: 2,100). Cr 1.42 (baseline 1.3).
Per Dr {{NAME:Nakagawa-Reyes}}: reduce mycophenolate 720 mg BID -> 360 mg BID, keep tacro goal 5-7 (last 6.8), repeat BK PCR + BMP in 2 wks ({{DATE:11/28}}); if rising, consider bx + leflunomide.
Called pt at {{PHONE:787-555-0166}} (Spanish) - wife {{NAME:Nilda}} answered, conference w/ pt. He's visiting family in {{LOCATION:Mayagüez}} through {{DATE:11/24}}; lab there: {{FACILITY:Laboratorio Clínico del Oeste}}, fax {{FAX:787-555-0170}} - requisition faxed 1105.
Read-back OK. -- {{NAME:RAM}}`,
  `MEDICARE SECONDARY PAYER / COORDINATION -- SW note
{{DATE:01/16/2024}}   {{FACILITY:Keystone Valley Dialysis}}
Pt {{NAME:Kaczmarek, Stanley}} (HD since {{DATE:05/01/2023}}), has employer group plan through wife {{NAME:Dorota}}'s job at {{FACILITY:Saucon Creek School District}}.
Plan: Capital Keystone PPO, subscriber {{NAME:Dorota Kaczmarek}}, member {{HEALTH_PLAN:CKP8840032115}}, group 44107.
Medicare: A/B effective {{DATE:08/01/2023}} (3rd month), MBI {{HEALTH_PLAN:9HJ2-XW5-TR40}}.
30-month coordination period: group plan primary until {{DATE:01/31/2026}}, then Medicare primary.
Completed MSP questionnaire; copy to billing ({{NAME:Trish}}, ext {{PHONE:2204}}). Pt asked about Medigap - explained PA rules.
Wife's contact {{PHONE:(610) 555-0131}}, email {{EMAIL:dkaczmarek@lvsd-mail.example}}.
{{NAME:Yvette Morales-Dunn}}, LSW`,
  `DONOR FAMILY CORRESPONDENCE -- forwarded via OPO
{{FACILITY:Sierra Nevada Donor Network}}, Aftercare Program
Log # {{ID:AC-2024-0917}}   Received {{DATE:9/17/2024}}   Screened by {{NAME:Marisa Delgadillo}}

Letter from recipient (kidney, transplanted {{DATE:March 2024}}) -- identifying details REMOVED before sending:
"Dear donor family, my name is {{NAME:Jordan}}. I am 38 and I was on dialysis for six years at a center near my home in [removed]. Because of your loved one I held my daughter at her graduation without a port in my chest ..."
Removed by screener: recipient surname ({{NAME:Beauchamp}}), town ({{LOCATION:Sparks}}), employer ({{FACILITY:Sparks Municipal Water Works}}), daughter's name ({{NAME:Madison}}) and school ({{FACILITY:Vista Ridge High School}}).
Donor family contact: Mrs. {{NAME:Consuelo Arriaga}} ({{PHONE:775-555-0110}}), donor was her son {{NAME:Mateo}}, d. {{DATE:03/02/2024}}.
Mother previously requested letters be held until after first anniversary -> hold until {{DATE:3/3/2025}}.`,
  `TELEHEALTH VISIT -- home HD monthly    {{DATE:Fri Feb 23 2024}} 10:00
Platform session {{ID:VV-2402-118344}} ({{URL:https://visit.pnwkidney.example/j/118344}}); pt connected from {{IP:198.51.100.23}} (home), provider from clinic
Provider: {{NAME:Andrés Villalobos}}, MD    HHD RN: {{NAME:Brigid Kearney}}
Pt: {{NAME:Iwu, Chiamaka}}   MRN {{MRN:PNW-HHD-0442}}   location confirmed: home, {{LOCATION:Kent}}, WA
Rx: 6x/wk 2.5 h, nocturnal considered. Flowsheets uploaded via app: avg pre BP 142/84, IDWG 1.6 kg.
Labs {{DATE:2/19}}: K 4.1, Phos 4.8, Hgb 11.2, stdKt/V 2.4.
Issues: pt's husband {{NAME:Obinna}} (care partner) starting new job at {{FACILITY:Green River Logistics}} nights - pt wants solo HHD. Needs remote monitoring; machine serial {{DEVICE:HC1-21-033071}} compatible, modem to be installed by {{FACILITY:CascadeTech Home Medical}}.
Plan: solo training refresher {{DATE:3/4}}-{{DATE:3/6}}, bed-wetness alarm, in-person visit {{DATE:3/22}}.
Video dropped once (11 min), resumed by phone {{PHONE:253-555-0117}}.`,
  `OPERATIVE NOTE -- L upper arm AV graft
{{FACILITY:Brazos Bend Surgical Hospital}}   {{DATE:01/30/2024}}
Patient: {{NAME:Washington, Deloris}}    MRN {{MRN:BVS-449102}}    DOB {{DATE:07/04/1951}}
Surgeon {{NAME:Lakshmi Subramanian}}, MD    Asst {{NAME:Tate Rowland}}, PA
Dx: ESRD on HD via R IJ TDC; veins inadequate for AVF on vein mapping {{DATE:1/12}}.
Procedure: L brachial artery to axillary vein loop AVG, 6 mm PTFE (GORE ACUSEAL 6 mm x 40 cm, lot 28839124 exp 2026-05). Tunneled in upper arm loop. Heparin 3000 u.
Findings: good thrill at end. Radial pulse palpable, hand warm.
EBL 40 mL.  Anesthesia: regional (supraclavicular) + MAC.
Disp: home same day w/ son {{NAME:Terrence}}. Early-cannulation graft: OK to use in 72 h ({{DATE:2/2}}) at {{FACILITY:Aggieland Dialysis}}; remove TDC after 3 successful runs.
F/u {{DATE:2/13}} with {{NAME:T. Rowland}}.
{{NAME:LS}}/{{NAME:jc}}`,
  `EMS PATIENT CARE REPORT (summary)       Run # {{ID:24-018836}}   Medic 7
Dispatched {{DATE:06/20/2024 09:14}} to {{FACILITY:Brandywine Dialysis}}, {{ADDRESS:1200 Philadelphia Pike}}, {{LOCATION:Wilmington}} DE {{ZIP:19809}} -- "unresponsive pt in chair"
Pt: {{NAME:GREENE, Otis Lamar}}  DOB {{DATE:10/05/1947}}  Chair 16
Per dialysis RN {{NAME:Kateryna Bondarenko}}: pt c/o nausea ~0855, then unresponsive, pulseless 0858; CPR + AED (1 shock) by staff, ROSC 0906. Blood returned, needles in place.
On arrival: GCS 6, BP 92/50, HR 118 ST, K unknown (pre-HD K last wk 6.2).
Tx: airway - iGel, O2; IV via L hand; Ca chloride 1 g per med control (Dr {{NAME:Fennimore}}, {{FACILITY:Naamans Creek ED}}).
Transport to {{FACILITY:Naamans Creek ED}} emergent. Wife {{NAME:Evelyn Greene}} notified by unit, ph {{PHONE:302-555-0136}}.
Crew: {{NAME:R. DiMarco}} (P), {{NAME:S. Yoon}} (EMT)   DE cert #{{LICENSE:P-22817}}`,
  `CKD OPTIONS CLASS -- sign-in {{DATE:Sat Nov 4}}
{{FACILITY:Magic Valley Kidney Education Center}}, {{ADDRESS:630 Addison Ave W}}, {{LOCATION:Twin Falls}} ID {{ZIP:83301}}   Educator: {{NAME:Shawna Pettibone}}, RN
 #  name                       DOB         guest                phone
 1  {{NAME:Eldridge, Marvin}}          {{DATE:1/22/1950}}   wife {{NAME:Jean}}             {{PHONE:208-555-0104}}
 2  {{NAME:Ruiz, Anabel}}              {{DATE:7/3/1973}}    none                  {{PHONE:208-555-0163}}
 3  {{NAME:Yellowhorse, Leland}}       {{DATE:2/9/1966}}    dtr {{NAME:Shandiin}}           {{PHONE:208-555-0190}}
 4  {{NAME:Bergstrom}}, "{{NAME:Ole}}" {{NAME:Olaf}}     {{DATE:4/16/1932}}   son {{NAME:Nils}}              {{PHONE:208-555-0128}}
 5  {{NAME:Mukherjee, Sunita}}         {{DATE:12/1/1961}}   husband {{NAME:Arup}}          -
Topics: in-center HD, home HD, PD, transplant (living donor), conservative mgmt.
Note: #4 ({{AGE:91}}) interested in conservative care; referral to Dr {{NAME:Haugland}}. #3 wants PD, lives {{LOCATION:Fort Hall}}, ~2 hr.`,
  `{{FACILITY:Piedmont Heart & Vascular}}
{{ADDRESS:3300 Healthy Way, Bldg C}}  *  {{LOCATION:Burlington}}, NC {{ZIP:27215}}  *  ph {{PHONE:336-555-0159}}  fax {{FAX:336-555-0160}}

{{DATE:July 22, 2024}}

To: Kidney Transplant Selection Committee, {{FACILITY:Wake Oak Transplant Center}} (attn {{NAME:Shanice Mobley}}, RN)
Re: {{NAME:Boateng, Kwabena}}, DOB {{DATE:12/29/1966}}

Mr. {{NAME:Boateng}} was seen for pre-transplant cardiac risk assessment. He has DM2, ESRD on HD since {{DATE:3/2024}}, and 2 prior episodes of atypical chest pain. Regadenoson SPECT on {{DATE:7/15/2024}} showed a small fixed inferior defect, EF 55%, no ischemia. Echo: LVH, normal valves, RVSP 34. Coronary calcium score (2023) 410.
In my opinion he is at acceptable cardiac risk for kidney transplantation. I recommend continuing atorvastatin 40 mg and aspirin 81 mg, and a repeat stress study every 12 months while on the waitlist (next due {{DATE:July 2025}}).

{{NAME:Vikram Balasubramanian}}, MD, FACC
NC license {{LICENSE:2009-01847}}
cc: Dr {{NAME:Ama Sarpong}}, {{FACILITY:Piedmont Crescent Dialysis}}`,
  `DISCHARGE SUMMARY -- Kidney Transplant
{{FACILITY:Sinai Lakeshore Hospital}}      Adm {{DATE:10/02/2024}}   D/C {{DATE:10/08/2024}}
Pt {{NAME:Marchetti-Obuya, Daniela}}   MRN {{MRN:SLH-06672019}}   Attending Dr {{NAME:Feinberg}}
Procedure: DDKT R iliac fossa {{DATE:10/2/24}} (donor {{ID:AGHF772}}, KDPI 29%, CIT 14 h), induction Thymoglobulin 4.5 mg/kg total, methylpred.
Course: immediate graft fx, Cr 7.8 -> 1.5. Mild hyperglycemia on steroids - insulin glargine 8u, endo f/u. JP drain removed POD 4. Stent (6Fr x 12 cm double J) to be removed in 4-6 wks by urology Dr {{NAME:Takahashi}}.
D/C meds: tacrolimus 5 mg BID, MMF 1000 mg BID, prednisone 20 mg, TMP-SMX, valganciclovir, nystatin, glargine 8u.
Follow-up: txp clinic {{DATE:Fri 10/11}} 0800, labs Mon/Thu at {{FACILITY:Sinai Outreach Lab - Evanston}}. HD chair at {{FACILITY:Skokie Renal Center}} released {{DATE:10/9}} - unit notified ({{NAME:Farida}}, {{PHONE:847-555-0121}}).
Caregiver: partner {{NAME:Luca Marchetti}} {{PHONE:773-555-0182}}.
Dictated by {{NAME:Omar El-Sayed}}, MD (fellow)   job {{ID:DX-9913042}}`,
  `pre-op call -- LD nephrectomy tomorrow
{{DATE:Sun 11/3/2024}} 1630, coord {{NAME:Hollis Grantham}}
Called donor {{NAME:Nguyen, Bich Ngoc}} ("{{NAME:Ngoc}}") @ {{PHONE:408-555-0147}}. Recipient is her husband {{NAME:Dang Van Loc}} ({{MRN:SCV-7730092}}), surgery same AM.
- Arrive {{FACILITY:Santa Clara Valley Transplant Pavilion}} 0530, 2nd floor, entrance on {{ADDRESS:Forest Ave}}.
- NPO after midnight, clear liquids till 0330. Hibiclens shower tonight + AM.
- Stop ibuprofen (took 1 on {{DATE:10/30}} - ok, >72h). Holding OCP already.
- Ride: her sister {{NAME:Bich Thuy}} will drive both and stay at {{FACILITY:Hearthstone Transplant House}}, confirmation {{ID:HL-24-5582}}.
- Kids with grandma in {{LOCATION:Milpitas}}. Garage permit for sister's Camry, CA plate {{VEHICLE:8MRT462}}.
- COVID screen neg. Type & screen done {{DATE:11/1}}.
Pt asked if she can still donate if the husband's XM changes - explained the donor surgery would be cancelled. Emotional support, pt tearful but "ready".
{{NAME:HG}}`,
  `HOME HD LOG (pt's handwritten sheet, transcribed by RN)     pt: {{NAME:Dlamini, Sipho}}   wk of {{DATE:5/6}}
date    pre wt  pre BP    post wt  post BP   time   UF    notes
{{DATE:5/6}}     81.9    151/88    80.1     128/76    2:45   1.9   ok
{{DATE:5/7}}     81.3    147/90    79.8     122/70    2:45   1.6   cramp last 10 min
{{DATE:5/8}}     --      --        --       --        --     --    skipped - my cousin {{NAME:Themba}}'s funeral in {{LOCATION:Columbus}}
{{DATE:5/9}}     83.0    162/94    80.2     131/80    3:00   2.9   long
{{DATE:5/10}}    81.2    140/86    79.9     126/78    2:45   1.4
{{DATE:5/11}}    81.0    138/84    79.7     120/74    2:45   1.4   machine code 47 -> called tech line
RN comments: pressure alarms {{DATE:5/11}}, vendor tech {{NAME:Kyle}} replaced cartridge; machine serial {{DEVICE:HC1-20-071458}}. Skipped session {{DATE:5/8}} -> OK, discussed fluid. EDW 79.5 unchanged.
Reviewed {{DATE:5/13/24}} -- {{NAME:Mercy Achieng}}, RN, {{FACILITY:Central Ohio Home Dialysis}}; Dr {{NAME:Patel-Greenberg}} cosign.`,
  `OUTPATIENT DIALYSIS TRANSFER SUMMARY
From: {{FACILITY:Tallgrass Dialysis - Lawrence}}, KS   To: {{FACILITY:Front Range Kidney Center - Longmont}}, CO
Date: {{DATE:8/30/2024}}   Effective first tx: {{DATE:Tue 9/3/2024}} (TTS, 2nd shift)
Patient: {{NAME:Whitehorse-Lindqvist, Aiyana}}   DOB {{DATE:01-17-1990}}   SSN {{SSN:518-40-2276}}
New address: {{ADDRESS:1455 Sunset St, Apt B}}, {{LOCATION:Longmont}} CO {{ZIP:80501}}   cell {{PHONE:785-555-0116}}
Reason: moving for husband's job ({{FACILITY:Left Hand Creek Schools}}, teacher).
Dx: ESRD 2/2 lupus nephritis class IV; HD since 2021; on waitlist at {{FACILITY:Kansas Heartland Transplant}} - transfer of waiting time to {{FACILITY:Rocky Mountain University Transplant}} requested.
Rx: 4 h, F180, 2K/2.5Ca, BFR 450, EDW 58.5, heparin 1000/500. Access L RC AVF, rope ladder.
Hep B: immune (anti-HBs 88). Meds: HCQ 200, pred 5, Hectorol 2 mcg TIW.
Contact: {{NAME:Rhonda Keel}}, RN CM, {{EMAIL:rkeel@tallgrassdialysis.example}}`,
  `CERTIFICATION OF HEALTH CARE PROVIDER FOR FAMILY MEMBER'S SERIOUS HEALTH CONDITION (FMLA) -- section III, completed by clinic
Employee: {{NAME:Roxanne Delacruz-Pierce}}     Employer: {{FACILITY:Cattail Creek Casino & Resort}}, HR fax {{FAX:715-555-0193}}
Patient (family member): {{NAME:Eduardo Delacruz}} (father)   DOB {{DATE:05/25/1933}}  Age {{AGE:91}}
Condition: ESRD on in-center hemodialysis 3x/wk at {{FACILITY:Chippewa Falls Dialysis}} since {{DATE:2/2022}}; recent hospitalization {{DATE:6/3/24}} - {{DATE:6/9/24}} ({{FACILITY:Eau Claire Riverside Medical}}).
Care needed: transportation to/from dialysis MWF (approx 6 hrs/day incl. travel), assistance with meals and meds; intermittent leave for flares ~2x/mo, 1-2 days each.
Estimated duration: lifelong.
Provider: {{NAME:Mai Nou Vang-Schultz}}, NP   {{FACILITY:Chippewa Valley Nephrology}}, {{ADDRESS:2715 Damon St}}, {{LOCATION:Eau Claire}} WI {{ZIP:54701}}
NPI {{LICENSE:1558403392}}    Signature ________  Date {{DATE:07/01/2024}}`,
  `STANDING LAB ORDER -- post kidney transplant  (fax to outside lab)
To: {{FACILITY:Lowcountry Diagnostic Lab - Summerville}}   fax {{FAX:843-555-0129}}
Pt: {{NAME:Gadsden, Tamika R.}}   DOB {{DATE:06/09/1977}}   MRN {{MRN:CCT-3309127}}
Ins: SC Medicaid {{HEALTH_PLAN:1089443720}}
Dx: Z94.0, D84.821, N18.6 (hx)
Frequency: weekly x4 wks starting {{DATE:4/15/2024}}, then every 2 wks through {{DATE:7/15/2024}}
Tests: BMP, Mg, Phos, CBC w/ diff, tacrolimus trough (draw 12 h post dose, before AM dose), UA, UPCR; monthly BK PCR plasma, CMV PCR.
STAT call if: K > 6.0, Cr > 2.0, WBC < 2.0, tacro > 15.
Results to: Dr {{NAME:Hawthorne-Mbeki}} & coordinator {{NAME:Dawn Feaster}}, RN -- fax {{FAX:843-555-0188}}, ph {{PHONE:843-555-0187}}
Ordering NPI {{LICENSE:1346670921}}   order # {{ID:SO-24-04-4471}}`,
  `[text thread, exported to chart] txp surgeon on call <-> coordinator     {{DATE:1/19/24}}
02:51 {{NAME:Gwen R}}: Dr {{NAME:Mukasa}} sorry to wake u - kidney offer from {{FACILITY:Ohio Valley Donor Alliance}}, donor {{ID:AGBX340}}, 61F DCD, KDPI 87, Cr 1.1->2.9, bx 12% GS, on pump RI 0.41. pt #1 for us = {{NAME:Szymanski}} (the {{AGE:ninety}}-yo? no -- age 70, the one from {{LOCATION:Wheeling}})
02:55 Dr {{NAME:Mukasa}}: RI too high + AKI. whos next
02:56 {{NAME:Gwen R}}: {{NAME:Hollings, Booker}}, 66, on HD 8 yrs, cPRA 0, consented to high KDPI
02:58 Dr {{NAME:Mukasa}}: ok accept for {{NAME:Hollings}} if pump RI improves <0.35 on next read. decline for {{NAME:Szymanski}} code 830.
03:02 {{NAME:Gwen R}}: ok. calling {{NAME:Booker}} {{PHONE:304-555-0124}}
03:20 {{NAME:Gwen R}}: RI 0.33. {{NAME:Booker}} coming, his nephew {{NAME:Tyrell}} driving from {{LOCATION:Parkersburg}}
03:21 Dr {{NAME:Mukasa}}: 👍`,
  `TRANSPLANT NEPHROLOGY -- inpatient progress      {{DATE:3/14/2024}}  HD#3
{{FACILITY:Bellwether University Hospital}} {{FACILITY:Garrison 5}}
Pt {{NAME:Adeyinka, Folasade}}  34F  MRN {{MRN:BUH-8820374}}  LDKT from sister {{NAME:Funmi}} {{DATE:9/2023}}
Bx {{DATE:3/12}}: acute TCMR Banff IIA (v1, i2 t3), C4d neg, no DSA.
S: ok, tired, nausea w/ rATG.  O: T 37.8 with dose 2, BP 128/74. Cr 2.6 (peak 3.1) -> 2.2 today. WBC 3.1, plt 118.
Tx: methylpred 500 mg x3 (done), Thymoglobulin 1.5 mg/kg dose 3 today (premed APAP, diphenhydramine, hydrocortisone); CMV ppx restarted valgan renal dose; hold MMF while WBC < 3.
Adherence: missed tacro doses over the holidays while visiting family in {{LOCATION:Ibadan}} - pharmacy refill gaps confirmed by {{FACILITY:Walden Pharmacy}}.
Plan: tacro goal 8-10, DSA + BK next wk, d/c when Cr < 2 and done rATG ({{DATE:3/16}}?). Husband {{NAME:Tunde}} updated.
{{NAME:M. Castellanos-Reid}}, MD`,
  `PATIENT GRIEVANCE LOG -- Q2        {{FACILITY:Sunbelt Kidney Center - Mesa}}
# {{ID:GRV-24-031}}  rec'd {{DATE:04/04/2024}}  from: pt {{NAME:Ochoa, Reynaldo}} (verbal)
  "Tech {{NAME:Brandi}} was rough putting needles in, 3 sticks." -> mgr {{NAME:Lorraine Tsai}} met w/ pt {{DATE:4/5}}; cannulation reassigned to RN {{NAME:Ikenna}} x2 wks. Resolved {{DATE:4/19}}.
# {{ID:GRV-24-036}}  rec'd {{DATE:05/13/2024}}  from: daughter {{NAME:Sunita Rao}} for pt {{NAME:Rao, Venkatesh}} ({{AGE:95}})
  Wants father moved to 1st shift (he's "exhausted" by 2nd shift + van ride from {{FACILITY:Desert Sun Retirement Village}}). Chair avail {{DATE:6/3}} -> accepted. Resolved.
# {{ID:GRV-24-040}}  rec'd {{DATE:06/21/2024}}  written, from pt {{NAME:Kessler-Dunn, Marjorie}}
  Complains lobby TV too loud and that staff discussed her labs where pt in chair 9 (Mr. {{NAME:Yazzie}}) could hear. Privacy review by {{NAME:L. Tsai}}; staff re-education {{DATE:6/28}}. Pt informed of right to contact ESRD Network (800-555-0166). Open.
Log maintained by {{NAME:Chantal Beaupré}}, admin.  email {{EMAIL:cbeaupre@sunbeltkidney.example}}`,
  `Portal msg {{DATE:6/10/24}} 11:02 -- pt {{NAME:Ruslan Abdurakhmanov}} to SW
"Hello Mrs {{NAME:Greer}}. My insurance from work ({{FACILITY:Five Boroughs Coach Lines}}, I was driver) ends on {{DATE:30 June}} because I am on disability now. I got letter about COBRA $812 per month, too much. You said about program that pay premium? My wife {{NAME:Dilnoza}} can call you, she speaks better English, her phone {{PHONE:718-555-0145}}. My Medicare number is {{HEALTH_PLAN:4QW7-RT2-YK19}} and Medicaid I applied (application {{ID:2024-0611-88231}}). Transplant center {{FACILITY:Gotham Kidney Transplant}} says I must keep insurance active or they put me inactive. Thank you. {{NAME:Ruslan}}, chair 22, Tue/Thu/Sat"
-- SW reply {{DATE:6/10/24}} 15:40 ({{NAME:Yolanda Greer}}, LMSW): called {{NAME:Dilnoza}}; HIPP application started, case {{ID:HIPP-77120}}; fax COBRA notice to {{FAX:718-555-0150}}.`,
  `access_tracking_export.csv  (run {{DATE:2024-09-30 06:00}})
pt_name,mrn,dob,access,created,last_intervention,next_due,surgeon
"{{NAME:Abara, Uchenna}}",{{MRN:KC40018}},{{DATE:1959-02-11}},L BCF,{{DATE:2022-03-14}},PTA {{DATE:2024-06-02}},{{DATE:2024-12-02}},{{NAME:Lindahl}}
"{{NAME:Bjerke, Solveig}}",{{MRN:KC40233}},{{DATE:1931-10-30}},R AVG,{{DATE:2019-11-05}},thrombectomy {{DATE:2024-08-19}},{{DATE:2024-10-19}},{{NAME:Lindahl}}
"{{NAME:Cardenas, Julio}}",{{MRN:KC40501}},{{DATE:1970-07-07}},R IJ TDC,{{DATE:2024-07-22}},--,vein map {{DATE:2024-10-04}},{{NAME:Oyelowo}}
"{{NAME:Dao, Kim Lien}}",{{MRN:KC40662}},{{DATE:1948-05-19}},L RC AVF,{{DATE:2016-04-01}},none,{{DATE:2025-01-15}},{{NAME:Oyelowo}}
"{{NAME:Eagleheart, Tom}}",{{MRN:KC40777}},{{DATE:1964-12-24}},L BBT,{{DATE:2024-05-13}},superficialization {{DATE:2024-08-05}},cannulate {{DATE:2024-10-01}},{{NAME:Lindahl}}
# note by {{NAME:AR}}: {{NAME:Bjerke}} is {{AGE:92}}, family ({{NAME:Ingrid}}, {{PHONE:612-555-0168}}) asks no more surgery -- flag for goals-of-care talk`,
  `LIVING DONOR FOLLOW-UP -- 6 MONTH (OPTN LDF)
Donor: {{NAME:Fitzgerald, Siobhán}}   Donor MRN {{MRN:ULT-D-60218}}   Donation date {{DATE:03/19/2024}}
Visit date: {{DATE:09/24/2024}}   Done at: local PCP {{FACILITY:North Shore Primary Care - Evanston}} (Dr {{NAME:Adebisi}}), results faxed from {{FAX:847-555-0102}}
Status: alive, working full time ({{FACILITY:Holy Family Children's Therapy}}); no readmissions since d/c {{DATE:3/21}}.
Cr 1.08 (pre-donation 0.79)  eGFR 68   UACR 12   BP 118/74   wt 63 kg
Insurance at visit: employer plan, member {{HEALTH_PLAN:BCI-993021177}}
Complications: incisional numbness L flank; no hernia.
Psychosocial: good; brother {{NAME:Declan}}'s graft "doing great"; attending donor support group at {{FACILITY:St. Nicholas Parish Center}} monthly.
Next: 12-month form due {{DATE:3/19/2025}} (reminder set). Form completed by {{NAME:Priscilla Oyinlola}}, RN, living donor coord.`,
  `NEPHROLOGY CLINIC NOTE   {{DATE:1/9/2024}}     {{FACILITY:Shenandoah Kidney Associates}}, {{LOCATION:Harrisonburg}}
Pt: Ms. {{NAME:Odessa Mae Lantz}}, {{AGE:92}} y.o. F, MRN {{MRN:SKA-0019932}}; accompanied by granddaughter {{NAME:Brittany Lantz-Heatwole}} (POA)
CKD 4 (eGFR 19 -> 16 over 1 yr), ischemic nephropathy, HFpEF. Lives alone on farm on {{ADDRESS:3147 Singers Glen Rd}}, {{LOCATION:Singers Glen}}; neighbor Mr. {{NAME:Shank}} checks daily.
Pt: "I'm {{AGE:ninety-two}}, I'm not doing that machine." Discussed dialysis vs conservative kidney care; she chooses conservative management. Hospice eligibility not yet met.
Meds: torsemide 20 mg, metolazone 2.5 prn wt gain > 3 lb, NaHCO3 650 BID, ESA (Retacrit 10,000 u q2wk via home health {{FACILITY:Valley Visiting Nurses}}).
Labs: K 5.3, HCO3 19, Hgb 9.7.
Plan: low K diet review, MOST form updated, f/u 3 mo or sooner; Dr {{NAME:Yoder-Kline}} will call granddaughter ({{PHONE:540-555-0113}}) with lab results.`,
  `NO-SHOW / MISSED TREATMENT CALL LOG  -- {{FACILITY:Gateway South Dialysis}}
pt: {{NAME:Pruitt, Terrance}} "{{NAME:T-Bone}}"    MRN {{MRN:GSD-55102}}    sched TTS 3rd shift
{{DATE:Tue 2/6}} 1730  called cell {{PHONE:314-555-0198}} - disconnected msg
{{DATE:Tue 2/6}} 1745  called emerg contact mother {{NAME:Gloria Pruitt}} {{PHONE:314-555-0175}} - says he's "staying at his girlfriend's" in {{LOCATION:East St. Louis}}, will tell him
{{DATE:Thu 2/8}} 1720  no show again. Called girlfriend {{NAME:Kiana}} (# from mother) {{PHONE:618-555-0126}} - pt on phone, says van ({{FACILITY:Metro Access Rides}}) didn't come. Van co. says pt not at {{ADDRESS:4412 Natural Bridge Ave}} pickup.
{{DATE:Thu 2/8}} 1800  Dr {{NAME:Mensah}} aware; pt instructed to come to ED if SOB. Pt agreed to come {{DATE:Fri 2/9}} for extra tx 1300.
{{DATE:Fri 2/9}}  pt arrived 1320, wt +5.6 kg, K 6.4. Ran 4.5 h.  SW {{NAME:Danielle}} to update address.
-- {{NAME:J. Whitacre}} RN / {{NAME:jw}}`,
  `TRANSPLANT COORDINATOR NOTE -- correctional facility pt
{{DATE:07/29/2024}}
Pt: {{NAME:Redbird, Marcus J.}}   DOC # {{ID:A-488213}}   MRN {{MRN:TXC-4418830}}   LDKT {{DATE:2/2022}} (donor: mother {{NAME:Alberta Redbird}})
Housed: {{FACILITY:Osage Plains Correctional Facility}} medical unit; nurse contact Sgt. {{NAME:Harlow}}? -> actually RN {{NAME:Denise Harlow}}, {{PHONE:913-555-0181}} x{{PHONE:214}}, fax {{FAX:913-555-0189}}
Everolimus level 2.1 (goal 3-8) drawn {{DATE:7/25}} at facility, tacro 4.4 (goal 4-6). Pt reports doses given by med line 0600 & 1800 - sometimes late due to lockdown.
Plan per Dr {{NAME:Okafor-Bell}}: everolimus 0.75 -> 1 mg BID, repeat level {{DATE:8/8}}. Order faxed to facility + pharmacy vendor {{FACILITY:Correctional Pharmacy Services of Kansas}}.
Transport for clinic {{DATE:8/19}} requires 2 wk notice - request #{{ID:TR-24-1187}} submitted. Pt's sister {{NAME:Winona}} asked for update - NOT on release of info; declined.
{{NAME:Ellie Brandvold}}, RN`,
  `(letter from pt, handwritten, scanned {{DATE:Nov 12 2023}})

Dear Dr. {{NAME:Ferreira}} and all the nurses at {{FACILITY:Seaside Dialysis}},

This is {{NAME:Walter Higginbotham}}, chair 5, the one who sings. I wanted to write because as you know I am turning {{AGE:100}} on {{DATE:December 3rd}} and my great-grandson {{NAME:Tyler}} is throwing me a party at the {{FACILITY:Rockport Granite Hall}}. I would like all of you to come, especially {{NAME:Marcy}} and "{{NAME:Big Lou}}" who get my needles in first try. My phone at the house ({{ADDRESS:22 Granite Street}}, {{LOCATION:Rockport}}) is {{PHONE:978-555-0137}} but I don't always hear it. Also please tell Dr. {{NAME:Ferreira}} I have been good with the water, mostly.

God bless,
{{NAME:Walt}}
(In chart: pt {{AGE:99}} y.o., Medicare {{HEALTH_PLAN:3MK8-PP4-DL52}}.)`,
  `{{FACILITY:Prairie Lakes Transplant Institute}}
{{ADDRESS:700 Kidney Lane, Floor 3}}, {{LOCATION:Sioux Falls}}, SD {{ZIP:57105}}

{{DATE:March 1, 2024}}

TO WHOM IT MAY CONCERN (travel / customs)

Mr. {{NAME:Anand Krishnamurthy}}, passport no. {{ID:Z4810937}}, date of birth {{DATE:21 Nov 1969}}, is a kidney transplant recipient under my care. He will travel to {{LOCATION:Chennai}} and {{LOCATION:Bengaluru}} from {{DATE:March 10}} to {{DATE:April 7, 2024}} to visit his mother {{NAME:Kamala}}, who is {{AGE:93}}.
He must carry in his hand luggage: tacrolimus (Prograf) 1 mg capsules, mycophenolate 500 mg tablets, prednisone 5 mg tablets, and trimethoprim-sulfamethoxazole. These are prescribed for lifelong use and must not be interrupted.
In an emergency, please contact our transplant team at {{PHONE:+1 605-555-0127}} or {{EMAIL:transplant.oncall@prairielakestx.example}}; local contact in Chennai: his cousin Dr {{NAME:S. Raghavan}}, {{PHONE:+91 44 5550 1234}}.

{{NAME:Kristin Haugen-Olatunji}}, MD`,
  `HOSPITAL -> OUTPATIENT HD HANDOFF (fax)          pages 1/9
From: {{FACILITY:Oak Hollow Regional Medical Center}}, case mgmt {{NAME:Felicia Amoah}}, RN  ph {{PHONE:901-555-0134}} fax {{FAX:901-555-0135}}
To: {{FACILITY:Midsouth Dialysis - Germantown}}  attn admissions ({{NAME:Derrick}})
Sent {{DATE:11/27/2023 15:48}}
Pt: {{NAME:LOCKHART, Beverly Jean}}   DOB {{DATE:4/30/1958}}   SSN {{SSN:409-62-8813}}
Address {{ADDRESS:8140 Poplar Pike, Apt 11C}}, {{LOCATION:Germantown}} TN {{ZIP:38138}}
Insurance: TennCare Select {{HEALTH_PLAN:TNC0042281934}}; Medicare pending (2728 signed {{DATE:11/24}})
New ESRD (FSGS, lost to f/u). HD started {{DATE:11/19/23}} via R IJ tunneled cath (placed {{DATE:11/21}}, Dr {{NAME:Okwuosa}}).
Last inpatient HD {{DATE:11/27}}: 3.5 h, EDW ~74 kg (still adjusting), K 2 bath, heparin 1000 bolus.
Labs: HBsAg neg, anti-HBc neg, anti-HBs 2 ({{DATE:11/20}}); Hgb 8.1; PPD/QFT neg.
First outpt tx requested {{DATE:Wed 11/29}} MWF. Pt's son {{NAME:Marcus Lockhart}} ({{PHONE:901-555-0161}}) will drive.
Attending nephrologist: Dr {{NAME:Adaora Ilechukwu}}. Vein mapping scheduled {{DATE:12/6}} at {{FACILITY:Oak Hollow Vascular Lab}}.`,
  `coord worklist -- {{NAME:Renata}}'s pts -- week of {{DATE:5 Aug}}
- {{NAME:Abdi, Hodan}} -- needs colonoscopy (refer {{FACILITY:Cedar-Riverside GI}}), Somali interp; husband {{NAME:Abdirahman}} {{PHONE:612-555-0179}}
- {{NAME:Birch, Harold}} -- PRA sample overdue (last {{DATE:5/2}}), unit {{FACILITY:Anoka Dialysis}} to draw {{DATE:8/7}}
- {{NAME:Castañeda, Lupita}} -- LD eval for her: donor {{NAME:Maribel Castañeda}} (dtr) failed 24h urine - CrCl 78 -> repeat
- {{NAME:Dziedzic, Walt}} -- dental clearance rec'd {{DATE:8/1}} ✓ ; cards stress echo {{DATE:8/14}} at {{FACILITY:Northstar Heart}}
- {{NAME:Her, Xee}} -- inactive (status 7) since {{DATE:6/10/24}} for wound; podiatry Dr {{NAME:Lundgren}}, reassess {{DATE:9/1}}
- {{NAME:Kipkemboi, Daniel}} -- new referral from Dr {{NAME:Solheim}} ({{FACILITY:Mankato Renal Clinic}}), fax rec'd {{DATE:8/2}}, call pt {{PHONE:507-555-0140}}
- {{NAME:Pérez-Oquendo, Nydia}} -- insurance: Medalia plan {{HEALTH_PLAN:MDA-10992844}} needs transplant auth - submitted, ref {{ID:AUTH-558120}}
ask Dr. {{NAME:Whitman}} re {{NAME:Birch}} age (79) & frailty`,
  `{{FACILITY:Cascade Foothills Transplant Program}} -- Living Donor Office
{{DATE:October 18, 2024}}

Ms. {{NAME:Haruna Ito-Bellamy}}
{{ADDRESS:2201 NE 65th St, #310}}
{{LOCATION:Seattle}}, WA {{ZIP:98115}}

Dear Ms. {{NAME:Ito-Bellamy}},

Thank you for offering to be a living kidney donor. After review of your evaluation (completed {{DATE:10/3/2024}}) the selection committee met on {{DATE:October 15}} and determined that you are not able to donate at this time. Your donor advocate, {{NAME:Marcus Feldmann}}, LICSW, will call you to discuss the medical reason, which we do not share with the intended recipient. The recipient will only be told that you are not a candidate.
We recommend you follow up with your primary care provider, Dr. {{NAME:Nomvula Carter}} at {{FACILITY:Ravenna Family Clinic}}, about your blood pressure readings.
If you have questions, please call {{PHONE:206-555-0172}}. Your donor reference number is {{ID:CF-LD-24-0318}}.

With gratitude,
{{NAME:Leah Abrams-Teo}}, RN, Living Donor Coordinator`,
  `{{DATE:May 28, 2024}}
Appeals Department, White Birch Health Plan
RE: Member {{NAME:Thibault Gagnon}}, ID {{HEALTH_PLAN:GSH-771204-03}}, claim/auth {{ID:UM-24-0419-3391}} -- EXPEDITED APPEAL

To the reviewer,

I am appealing your denial dated {{DATE:May 20, 2024}} of the kidney transplant evaluation for Mr. {{NAME:Gagnon}} at {{FACILITY:Connecticut River Transplant Center}}, which cited "out-of-network." Mr. {{NAME:Gagnon}}, a 57-year-old logger from {{LOCATION:Berlin}}, NH ({{LOCATION:Coos County}}), has ESRD from IgA nephropathy (Berger disease), on HD since {{DATE:1/8/2024}} at {{FACILITY:North Country Dialysis}}. The only in-network program requires a 5-hour round trip. His living donor, his wife {{NAME:Sylvie}}, has already been partly evaluated at {{FACILITY:Connecticut River Transplant Center}}. Pre-emptive and early transplant improves survival and lowers the plan's costs.

Please call me at {{PHONE:603-555-0119}}, fax {{FAX:603-555-0120}}.

{{NAME:Josée Lavoie-Tremblay}}, MD, Nephrology
{{FACILITY:White Mountains Kidney Care}}, {{ADDRESS:14 Glen Ave}}, {{LOCATION:Berlin}} NH {{ZIP:03570}}
NH license {{LICENSE:MD-17724}}`,
];

export const HELDOUT_REALISTIC_129_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout129-${i + 1}`, n));
