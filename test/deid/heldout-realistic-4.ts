// A fourth held-out set of hand-written, realistic synthetic notes (all invented; no real person,
// record or number) in the shapes graders and real deployments see: outpatient clinic notes,
// ICU/nursing shift notes (half of them terse all-lower-case shorthand), i2b2-style discharge
// summaries with plain surrogates ("Record date:", dictation footers, typist initials), a few
// MIMIC-style notes with [** **] placeholders, OB/L&D, NICU and pediatric notes, psychiatry,
// geriatrics and home health, hospice, oncology infusion, social work and community health
// worker notes, PT/OT, wound/ostomy care, echo, stress, device and cath reports, lab, pathology and
// radiology reports, referral, school, disability and prior-authorization letters, and patient
// portal messages; with look-alike non-PHI (eponyms, scores, doses, fractions, codes, room numbers).
// Written without reading the detectors, the lexicon, the engine or the tuning sets, and never
// tuned on: measure only. Do not change a note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-3.ts (MIMIC
// placeholders annotated over their content, brackets outside, typed by what they stand for;
// payers, their departments and fax lines and disability agencies are not PHI; a weekday or a
// year alone is not PHI; a weekday written with a date is part of it; titles stay outside NAME
// spans; a time attached to a full date is part of it, a visit or shift range is not), plus: a
// pharmacy, supplier or DME company named as the patient's is FACILITY like an employer; a
// street named alone as where a person is ("on Water St") is ADDRESS; lot, CLIA and clinical-trial
// numbers are not PHI; a patient's kit, rental, requisition, order, authorization,
// chain-of-custody, employee and accession numbers and an officer's badge number are ID; a
// billing, utility, claim or long-term-care policy number is ACCOUNT; a Medicare/Medicaid or
// insurer member number is HEALTH_PLAN; a provider's NPI, DEA or state licence and a CDL are
// LICENSE; a pump, sensor, port, CPAP or ICD serial or transmitter number is DEVICE; a short
// in-house pager or extension is PHONE.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:Marrowfield Family Medicine}}
{{ADDRESS:418 Quarry Hill Road, Suite 210}}, {{LOCATION:Dunmore}}, PA {{ZIP:18512}}
Phone {{PHONE:570-555-0162}}  Fax {{FAX:570-555-0163}}

Patient: {{NAME:Orla Bettencourt}}    DOB: {{DATE:09/14/1961}}    MRN: {{MRN:MF-0093318}}
Visit date: {{DATE:Thursday, March 6, 2025}}    Provider: {{NAME:Teodoro Lindqvist}}, DO

Subjective: 63 y/o F here for 3-month f/u of HTN, hypothyroidism and knee OA. Walking 20 min most days with her neighbor {{NAME:Bev}}. Denies CP, SOB. Right knee pain 4/10, worse on stairs. Tried Voltaren gel with some relief. Works part time at {{FACILITY:Keystone Savings Bank}} as a teller.

Meds: amlodipine 5 mg daily, levothyroxine 75 mcg, acetaminophen 650 mg q8h prn.

Objective: BP 134/82, HR 68, BMI 31.2. Knee: crepitus, no effusion, McMurray neg. Thyroid non-palpable.

Labs {{DATE:2/27/25}}: TSH 2.1, BMP wnl, A1c 5.9.

A/P:
1. HTN - at goal, continue.
2. Hypothyroid - stable on 75 mcg.
3. R knee OA - refer to PT at {{FACILITY:Lackawanna Valley Rehab}}; Kellgren-Lawrence grade 2 on x-ray {{DATE:1/2025}}.
4. Prediabetes - diet counseling, recheck A1c in 6 mo.
RTC {{DATE:June 2025}} or sooner prn.

Electronically signed {{NAME:T. Lindqvist}}, DO {{DATE:03/06/2025 16:42}}`,

  `micu nsg 0700-1900
neuro: a&ox2, not to date. follows commands. perrla 3mm brisk. moving all ext. cam-icu neg this am.
cv: nsr 70s-90s, no ectopy. sbp 100-120 on levo 0.04 weaning. map >65. k 3.6 repleted 40 meq po.
resp: 4l nc sats 94-97. ls coarse bases, dim rll. ncp q4h, sm amt thick tan sputum. cxr {{DATE:4/19}} unchanged.
gi: tf jevity 1.5 @ 45 goal 60 via ngt. +bs, bm x1 soft. fs bs 140-180 ssi.
gu: foley draining clear yellow 40-60cc/hr. bun/cr 32/1.4.
id: tmax 100.4, vanc/zosyn day 4. bcx {{DATE:4/17}} ngtd.
skin: stage 2 coccyx, mepilex changed. turned q2h.
social: wife {{NAME:margit}} in, updated by dr {{NAME:oyelaran}} at 1400. daughter {{NAME:carly}} calling from {{LOCATION:tucson}}, # {{PHONE:520-555-0187}}. wife asks re transfer to {{FACILITY:st. bartholomew ltach}} if trach. fam mtg planned {{DATE:4/21}} 1100.
plan: wean levo, sbt in am, cont abx. rn {{NAME:jw}}`,

  `DISCHARGE SUMMARY

Patient: {{NAME:HOLLOWAY, DESMOND R.}}
MRN: {{MRN:33-80-124}}   Acct #: {{ACCOUNT:9004412876}}
Admitted: {{DATE:10/28/2093}}   Discharged: {{DATE:11/03/2093}}
Attending: {{NAME:Fenwick Aldous}}, MD
Service: Cardiology, {{FACILITY:Whitcombe 7}}

Diagnosis: NSTEMI; 3-vessel CAD s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) on {{DATE:10/30/2093}}.

HPI: 68 yo man with HTN, HLD, tobacco use presented from {{FACILITY:Brantley Community Hospital}} with substernal pressure at rest. Troponin peaked 4.2. Cath showed 90% LM-equivalent disease.

Hospital course: Uneventful CABG by Dr. {{NAME:Sandoval-Reyes}}. Extubated POD#0. Chest tubes out POD#2. Brief AF on POD#3 converted on amiodarone. Levine sign noted on admission. TIMI score 5. Cardiac rehab referral placed to {{FACILITY:Northgate Heart & Fitness}}.

Disposition: Home with VNA. Lives with wife {{NAME:Jolene}} at {{ADDRESS:77 Sparrow Lane}}, {{LOCATION:Millbury}}. Follow up with Dr. {{NAME:Aldous}} on {{DATE:11/17/2093}} at 10:15 AM and Dr. {{NAME:Sandoval-Reyes}} in 4 weeks.

Discharge meds: ASA 81, atorvastatin 80, metoprolol 25 bid, amiodarone 200 daily x 4 wks, furosemide 20 x 5 days.

Dictated by: {{NAME:Fenwick Aldous}}, MD
{{NAME:FA}}/{{NAME:kmt}}  Job #: {{ID:448213}}
D: {{DATE:11/03/2093}}  T: {{DATE:11/04/2093}}`,

  `Admission Date:  [**{{DATE:2155-7-2}}**]              Discharge Date:   [**{{DATE:2155-7-9}}**]

Date of Birth:  [**{{DATE:2071-1-22}}**]             Sex:   F

Service: MEDICINE

Allergies: Codeine

Attending:[**{{NAME:First Name3 (LF) 2291}}**]
Chief Complaint: fall, hip pain

History of Present Illness:
84 y/o woman with osteoporosis, afib on warfarin, found down at [**{{FACILITY:Hospital 1263}}**] assisted living by staff. Taken to [**{{FACILITY:Hospital3 4417}}**] where CT head neg; transferred for ortho. Her son [**{{NAME:Name (NI) 8812}}**] is HCP, reachable at [**{{PHONE:Telephone/Fax (1) 3391}}**].

Hospital Course:
Left femoral neck fx s/p hemiarthroplasty [**{{DATE:7-3}}**] by Dr. [**{{NAME:Last Name (STitle) 5520}}**]. INR reversed with vitamin K and Kcentra. Postop delirium, resolved by [**{{DATE:7-6}}**]. PT cleared for rehab.

Discharge Disposition:
Extended Care

Facility:
[**{{FACILITY:Hospital 6602}}**] - [**{{LOCATION:Location (un) 1121}}**]

Followup Instructions:
Dr. [**{{NAME:First Name (STitle) 771}}**] [**{{NAME:Last Name (NamePattern1) 772}}**], orthopedics, [**{{PHONE:Telephone/Fax (1) 1228}}**], [**{{DATE:2155-7-23}}**] 9:40.

                             [**{{NAME:First Name11 (Name Pattern1) 2291}}**] [**{{NAME:Last Name (NamePattern4) 2292}}**] MD [**{{LICENSE:MD Number(1) 2293}}**]

Completed by:[**{{DATE:2155-7-9}}**]`,

  `OB Prenatal Visit - {{FACILITY:Riverbend Women's Health}}
{{DATE:08/12/2024}}
Pt: {{NAME:Yesenia Quintanar-Ruiz}}  DOB {{DATE:2/2/1996}}  MRN {{MRN:4471902}}
G2P1001 at 28w3d by 8 wk US. EDD {{DATE:10/25/2024}}.

S: Good FM. No VB, LOF, ctx. Mild heartburn. Partner {{NAME:Arturo}} present. Works at {{FACILITY:Halvorsen Elementary School}} as a para, on her feet all day.
O: BP 118/72, wt 168 (+2 lb), FHR 142, FH 28 cm. Urine neg prot/glu.
Labs: 1-hr GTT 152 -> 3-hr GTT scheduled {{DATE:8/19}}. Hgb 10.4. Rh neg -> RhoGAM today, lot RG44718B. Tdap given.
A/P: IUP 28w3d.
- anemia: start ferrous sulfate 325 qod
- GTT f/u
- Prior C/S (2021 at {{FACILITY:St. Ives Medical Center}}, {{LOCATION:Sacramento}}) - desires TOLAC, consent reviewed, Bishop score to be assessed at 39 wk.
- Insurance: Medi-Cal member ID {{HEALTH_PLAN:91733804C}}
- Pediatrician chosen: Dr. {{NAME:Hanneke Voss}}
RTC 2 wk. Call L&D {{PHONE:(916) 555-0114}} w/ concerns.
{{NAME:Maribel Ocampo}}, CNM`,

  `PEDIATRIC WELL CHILD - 15 MONTH
{{FACILITY:Little Acorn Pediatrics}}
Patient: {{NAME:Kofi Mensah-Darrow}}   DOB: {{DATE:06/30/2023}}   MRN {{MRN:LA-220871}}
Date of service: {{DATE:10/02/2024}}
Accompanied by mother {{NAME:Abena}} and grandmother.

Interval hx: Walking independently since 13 mo. 6 words. Attends {{FACILITY:Sunny Days Child Care}} on {{ADDRESS:Elm Street}} 4 days/wk. 2 ear infections since last visit, both treated with amox. Drinks 24 oz whole milk.

Growth: wt 10.1 kg (45%), len 78 cm (50%), HC 46.5 cm (48%).
Exam: TMs clear, 8 teeth, Denver II passed. Ortolani/Barlow not applicable. Mongolian spots lower back unchanged.

Immunizations given: DTaP #4, Hib #4, PCV15 #4, Varicella #1. VIS given. Lot numbers in MAR.
Lead level {{DATE:9/2024}}: 2 mcg/dL.

Plan: limit milk to 16 oz, MVI w/ iron. Dental referral to Dr. {{NAME:Pryce}}. Next WCC at 18 mo. Mom's cell {{PHONE:617-555-0176}}; prefers text. WIC office in {{LOCATION:Dorchester}} notified of formula change.

{{NAME:Imogen Saltonstall}}, MD, FAAP`,

  `PSYCHIATRY INPATIENT PROGRESS NOTE
Unit: {{FACILITY:Carrow 3 North}}, {{FACILITY:Fennimore Behavioral Health}}
Date: {{DATE:1/14/2026}}
Patient: {{NAME:Lucian Pettibone}}, 34M, MRN {{MRN:000558213}}, legal status Section 12

S: "The voices are quieter." Slept 6 h. Denies SI/HI. Still believes his landlord at {{ADDRESS:2204 Beacon View Terrace, Unit 3}} is "reading his mail through the walls" but less distressed. Sister {{NAME:Rosalind}} visited yesterday; she lives in {{LOCATION:Worcester}}.
O: MSE - disheveled, calm, good eye contact. Speech nl rate. Mood "ok", affect constricted. TP: mostly linear. TC: fixed persecutory delusion, no AH today. Insight poor, judgment fair. AIMS 0. BPRS 41 (from 58).
Meds: olanzapine 15 mg qhs (day 6), benztropine prn not needed.
A/P: Schizophrenia, acute exacerbation, improving.
- Continue olanzapine; metabolic labs {{DATE:1/16}}
- SW ({{NAME:Gwendolyn Achterberg}}, LICSW) contacting {{FACILITY:Harbor Street Clubhouse}} for aftercare
- DMH case mgr {{NAME:Tobias Wren}} ph {{PHONE:508-555-0139}} x4412
- Probate court date {{DATE:1/22/26}} re: Rogers guardianship
{{NAME:Anselm Kovacic}}, MD PGY-3 / attending {{NAME:Delphine Maroun}}, MD`,

  `Home Health Skilled Nursing Visit
Agency: {{FACILITY:Bluestem Home Care}}   Visit {{DATE:05/22/2025}} 1330-1420
Patient: {{NAME:Agatha Pfeiffer}}, age {{AGE:94}}   ID {{MRN:BHC-71184}}
Address: {{ADDRESS:31 Old Mill Rd}}, {{LOCATION:Lanesborough}}, MA {{ZIP:01237}}

Homebound: yes, requires walker and assist of 1, taxing effort to leave home.
Vitals: T 97.8, P 72 irreg, R 18, BP 146/70, SpO2 95% RA. Wt 121 lb (down 3 lb from {{DATE:5/8}}).
Assessment: alert, oriented x2, pleasant. 1+ pitting edema BLE. Lungs diminished bases. Pill organizer set up for week; found 2 missed doses of Eliquis (Tue, Wed). Daughter-in-law {{NAME:Sharon Pfeiffer}} fills box Sundays.
Fall risk: Morse 55, high. Grab bars installed. Lifeline pendant, acct {{ACCOUNT:LL-3308417}}.
Teaching: CHF zones, daily weights, low Na diet. Teach-back 2/3.
Communication: called PCP Dr. {{NAME:Ruairi Okonjo}} office {{PHONE:413-555-0190}} re wt loss and missed doses; RN {{NAME:Denise}} to relay. Pharmacy {{FACILITY:Berkshire Apothecary}} to blister pack.
Next visit {{DATE:5/29}}.
{{NAME:Carmen Iturbide}}, RN`,

  `ONCOLOGY INFUSION NOTE
{{FACILITY:Halcyon Cancer Institute}} - Infusion Bay 14
Date: {{DATE:02/03/2026}}
Patient: {{NAME:Bernadette Akinyemi}}   MRN {{MRN:HCI-6620198}}   DOB {{DATE:11/08/1958}}
Regimen: FOLFOX C5D1 (oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, 5-FU 400 mg/m2 bolus + 2400 mg/m2 CI over 46h)
BSA 1.71 m2. Wt 64.2 kg.

Pre-infusion: ECOG 1. Neuropathy grade 1 (cold sensitivity fingers). ANC 2.1, plt 148, Hgb 10.9, Cr 0.8, bili 0.6. Parameters met per Dr. {{NAME:Valderrama}}.
Port: R chest PowerPort accessed with 20G 3/4" Huber, + blood return. Port serial {{DEVICE:PP-8F-55102937}}.
Premeds: ondansetron 16 mg IV, dexamethasone 12 mg IV.
Infusion tolerated, no reaction. CADD pump {{DEVICE:CADD-S 4471-0932}} connected for 46h 5-FU; disconnect {{DATE:2/5}} at 1200 at {{FACILITY:Halcyon Satellite - Brookfield}}.
Education: mouth care, cold avoidance. Pt's husband {{NAME:Femi}} drove; pt will call triage line {{PHONE:262-555-0151}} for fever > 100.4.
Next cycle {{DATE:2/17/2026}}.
{{NAME:Liesl Harjo}}, RN, OCN`,

  `Social Work Assessment
{{DATE:7/8/2025}}   {{FACILITY:Grantham General Hospital}}, {{FACILITY:Ellery 5}}
Pt: {{NAME:Rodrigo "Rudy" Salcedo}}, 58M, MRN {{MRN:2209417}}

Reason: d/c planning, housing instability.
Pt admitted {{DATE:7/5}} with cellulitis LLE. Reports staying at {{FACILITY:Haven House shelter}} on {{ADDRESS:14 Foundry St}} for 3 months after eviction from apartment in {{LOCATION:Chelsea}}. Previously worked as a line cook at {{FACILITY:Marconi's Trattoria}} until {{DATE:March}}. Income: none; SNAP active. SSN on file verified for MassHealth application: {{SSN:031-55-8824}}. MassHealth ID pending; previous {{HEALTH_PLAN:100448291633}} terminated.
Supports: brother {{NAME:Hector Salcedo}} in {{LOCATION:Lawrence}}, ph {{PHONE:978-555-0122}}, can't house him. Friend {{NAME:Dee}} visits.
Substance: EtOH 4-6 beers/day, AUDIT-C 9. Interested in detox at {{FACILITY:Pinecrest Recovery}}.
Plan: 1) medical respite referral to {{FACILITY:Marian Colfax House}}, 2) MassHealth app, 3) housing search w/ {{FACILITY:HomeStart}} worker {{NAME:Ilse Brandauer}}, 4) SBIRT done.
{{NAME:Paloma Whitcroft}}, LICSW  pgr {{PHONE:4-7719}}`,

  `OUTPATIENT PHYSICAL THERAPY - INITIAL EVALUATION
{{FACILITY:Cedar Point Physical Therapy}}, {{ADDRESS:900 Lakeshore Blvd}}, {{LOCATION:Sandusky}}, OH {{ZIP:44870}}
Patient: {{NAME:Gunnar Ostergaard}}  DOB {{DATE:4/17/1979}}  Claim # {{ACCOUNT:WC-2025-118304}}
Referring: {{NAME:Marisol Etxeberria}}, MD
Date of eval: {{DATE:09/09/2025}}   Date of injury: {{DATE:08/21/2025}}

Dx: L shoulder rotator cuff strain (S46.012A).
History: 46 yo forklift operator at {{FACILITY:Lakeshore Logistics}}; injured lifting pallet. Pain 6/10, 8/10 overhead.
Exam: AROM flex 120, abd 95, ER 40. MMT: flex 4-/5, abd 3+/5, ER 4/5. Neer +, Hawkins-Kennedy +, drop arm neg, empty can +. DASH 52.
Assessment: impingement pattern with cuff weakness; good rehab potential.
Plan: 2x/wk x 6 wk: manual therapy, scapular stabilization, HEP. Work status: light duty, no lifting > 10 lb, no overhead. Adjuster {{NAME:Kent Borowiak}} ({{PHONE:419-555-0108}}, {{EMAIL:kborowiak@ohiomutualclaims.example}}) sent copy.
{{NAME:Fiona Achebe}}, PT, DPT  Lic # {{LICENSE:PT.019844}}`,

  `Wound Care Clinic Note  {{DATE:11/19/2024}}
{{FACILITY:Saint Amara Wound & Hyperbaric Center}}
Patient: {{NAME:Marvin Tuckerman}}  MRN {{MRN:0081-42-77}}
PCP: Dr. {{NAME:Yoshiko Brannagh}}

Wound #1: R plantar 1st MTH, diabetic foot ulcer, Wagner 2.
Measurements: 2.1 x 1.6 x 0.4 cm (prev 2.6 x 1.9 x 0.5 on {{DATE:11/5}}). 80% granulation, 20% slough. Mod serous exudate. Periwound callus debrided.
Procedure: selective sharp debridement, 3.36 cm2, curette. Tolerated well.
Dressing: collagen + foam, offloading with TCC applied.
ABI 0.92 R, 0.95 L. TcPO2 42.
Labs: A1c 8.8. Xray {{DATE:11/12/2024}} no osteo.
Plan: weekly TCC change; HBO not indicated. Podiatry Dr. {{NAME:Castellanos}} f/u. Shoe vendor {{FACILITY:StepRight Orthotics}} to fit after healing.
Transportation by {{FACILITY:Ride Ready Medical Transport}}, van plate MA {{VEHICLE:7TK-419}} noted for pickup log.
{{NAME:Hollis Marchetti}}, NP-C, CWS`,

  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Ashby Heart Institute}}   Echo Lab
Patient: {{NAME:Philippa Drummond-Kaur}}   MRN: {{MRN:77120945}}   DOB: {{DATE:03/03/1950}}
Study date: {{DATE:12/01/2025 09:12}}   Accession: {{ID:ECH25-0338114}}
Ordering: {{NAME:Caspian Ngata}}, MD   Sonographer: {{NAME:RMK}}
Ht 162 cm, Wt 70 kg, BSA 1.76, BP 128/76, HR 64. Rhythm: sinus.

Findings:
LV: normal size, LVIDd 4.6 cm. EF 55-60% by Simpson's biplane. Grade I diastolic dysfunction, E/A 0.7, E/e' 11.
RV: normal size and function, TAPSE 2.1 cm.
Atria: LA mildly dilated, LAVI 38 mL/m2.
Valves: AV trileaflet, mild sclerosis, Vmax 2.1 m/s. MV mild MR. TV trace TR, RVSP 28 mmHg. Carpentier classification n/a.
Pericardium: no effusion.
Compared with prior of {{DATE:07/15/2023}} at {{FACILITY:Pinewood Medical Center}}: no significant change.

Impression: Normal LV systolic function, grade I DD, mild LA enlargement.

Electronically signed by {{NAME:Idris Falkenrath}}, MD on {{DATE:12/01/2025 14:03}}`,

  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Concord Valley Pathology Associates}}
Case: {{ID:S25-19033}}    Received: {{DATE:06/11/2025}}    Reported: {{DATE:06/13/2025}}
Patient: {{NAME:KESSLER, WYNONA M}}    MRN: {{MRN:5582014}}    Age/Sex: 71/F
Physician: {{NAME:Aurelio Bramante}}, MD   Location: {{FACILITY:CVMC Endoscopy}}

SPECIMEN: A) Colon, ascending, polyp, cold snare. B) Colon, sigmoid, biopsy.
FINAL DIAGNOSIS:
A) Tubular adenoma, 1.2 cm, low-grade dysplasia; margin not assessable.
B) Colonic mucosa with no significant histopathologic abnormality. Negative for microscopic colitis.
GROSS: A) One pink-tan polyp 1.2 x 0.9 x 0.6 cm, bisected, entirely submitted in A1. B) Three fragments 0.2-0.4 cm, B1.
Block A1 sent to {{FACILITY:Meridian Molecular Labs}} for MMR IHC at request of Dr. {{NAME:Bramante}}: MLH1, PMS2, MSH2, MSH6 retained.
Grossed by {{NAME:J. Oduya}}, PA(ASCP).
Electronically signed: {{NAME:Marguerite Sallow}}, MD {{DATE:06/13/2025 15:27}}
CLIA 22D0871440`,

  `RADIOLOGY REPORT
Exam: CT ABDOMEN/PELVIS W CONTRAST   Accession {{ID:CT-20260211-004417}}
Patient {{NAME:Dariusz Wojcik}}  MRN {{MRN:30041128}}  DOB {{DATE:1/9/1967}}
Exam date {{DATE:02/11/2026 23:48}}   {{FACILITY:Glenmore Regional Medical Center}} ED
Referring {{NAME:Ottilie Frisch}}, MD

Clinical: RLQ pain, fever. McBurney point tenderness.
Technique: 100 mL Omnipaque 350 IV. DLP 612 mGy-cm.
Findings: Dilated appendix 13 mm with periappendiceal fat stranding and a 6 mm appendicolith. No abscess or free air. Liver, spleen, pancreas, adrenals normal. Simple L renal cyst 2.2 cm, Bosniak I. No hydronephrosis. Small fat-containing umbilical hernia. Degenerative changes L4-5.
Impression: Acute uncomplicated appendicitis with appendicolith.
Critical result called to Dr. {{NAME:Frisch}} at 00:05 on {{DATE:2/12/2026}}, read back confirmed.
Reading radiologist: {{NAME:Benedikt Auclair}}, MD, {{FACILITY:Vantage Teleradiology}}
Images: {{URL:https://pacs.glenmore-rmc.example/viewer?acc=CT-20260211-004417}}`,

  `Dear Dr. {{NAME:Ferreira-Lund}},

Thank you for seeing my patient, Mr. {{NAME:Alistair Quaye}}, DOB {{DATE:05/19/1955}}, for evaluation of progressive dyspnea and a new murmur. He is a 70-year-old retired postal carrier who lives with his partner {{NAME:Rolf}} in {{LOCATION:Bayfield}}.

Over the past 3 months he has noticed exertional breathlessness after one flight of stairs (NYHA II-III). On exam today I heard a 3/6 crescendo-decrescendo systolic murmur at the RUSB radiating to the carotids, with a soft S2. ECG shows LVH with strain. An echo at our office on {{DATE:September 4}} estimated AVA 0.9 cm2, mean gradient 38 mmHg.

PMH: HTN, CKD 3a (eGFR 52), gout. Meds: losartan 50, allopurinol 100, chlorthalidone 12.5.

I would appreciate your assessment regarding TAVR vs SAVR. His insurance is Medicare with a Humana supplement, ID {{HEALTH_PLAN:H44719023-01}}. He can be reached at {{PHONE:(715) 555-0128}} or by email at {{EMAIL:a.quaye55@fastmail.example}}.

Sincerely,

{{NAME:Maren Solheim}}, MD
{{FACILITY:Chequamegon Bay Internal Medicine}}
{{ADDRESS:55 Harbor View Dr}}, {{LOCATION:Ashland}}, WI {{ZIP:54806}}
Tel {{PHONE:715-555-0100}} | Fax {{FAX:715-555-0101}}
NPI {{LICENSE:1689043372}}`,

  `Subject: Re: blood pressure readings and refill
From: {{NAME:Tamsin Okafor-Hale}} (patient portal)
Sent: {{DATE:Mon 8/4/2025 9:17 PM}}

Hi Dr. {{NAME:Grünewald}},
Here are my BPs since our visit on {{DATE:7/21}}: 142/88, 138/85, 131/80, 129/79 (morning, sitting). I've been taking the lisinopril 10 every morning. I'm also almost out of my inhaler. Can you send it to the {{FACILITY:CVS on Wadsworth Ave}}? My new cell is {{PHONE:720-555-0193}}. Also my son {{NAME:Jayden}} starts at {{FACILITY:Lakewood High}} this month and needs his sports physical form signed - his DOB is {{DATE:3/15/2011}}.
Thanks, {{NAME:Tamsin}}

-----
Reply from {{NAME:Anneliese Grünewald}}, MD  {{DATE:8/5/2025 7:48 AM}}:
Hi {{NAME:Tamsin}}, those numbers look much better. Keep going with lisinopril 10 mg. I sent the albuterol refill. Please schedule {{NAME:Jayden}}'s physical on the portal or call {{PHONE:303-555-0140}}. -Dr. {{NAME:G}}
MyChart MRN {{MRN:E10448273}}`,

  `DISABILITY LETTER

{{DATE:January 20, 2026}}

To: Pacific Coast Disability Determination Services
RE: {{NAME:Evangelina Moreau}}     DOB: {{DATE:12/24/1972}}     SSN: xxx-xx-{{SSN:4481}}
Claim number: {{ACCOUNT:DDS-09-7714526}}

To whom it may concern,

I have treated Ms. {{NAME:Moreau}} at {{FACILITY:Tidewater Rheumatology}} since {{DATE:April 2019}} for seropositive rheumatoid arthritis with erosive disease of both hands and feet, secondary Sjögren syndrome and fibromyalgia. Despite methotrexate, then adalimumab and now tofacitinib, she continues to have 6-8 swollen joints, CDAI 28 (high activity), morning stiffness > 2 hours and grip strength of 8 kg R / 6 kg L.

She is unable to perform her prior work as a dental hygienist at {{FACILITY:Bright Smiles Dental Group}}, which she left on {{DATE:9/30/2024}}. She cannot sustain fine manipulation for more than 10 minutes or stand more than 20 minutes.

In my opinion, these limitations are expected to last at least 12 months.

Please contact me at {{PHONE:(541) 555-0147}} if further information is needed.

{{NAME:Oswin Thackeray}}, MD
License {{LICENSE:MD204488}}
{{ADDRESS:2890 Coastline Hwy, Bldg C}}, {{LOCATION:Coos Bay}}, OR {{ZIP:97420}}`,

  `Geriatrics consult  {{DATE:3/3/2026}}
Pt {{NAME:Winifred Ashgrove}}, {{AGE:91}} y.o. F, {{FACILITY:Larkspur 6}}, bed 2, {{FACILITY:Mercy Northfield Hospital}}
Reason: delirium, polypharmacy.
Lives alone in {{LOCATION:Stoughton}}; daughter {{NAME:Prudence Ashgrove-Baines}} (HCP, {{PHONE:608-555-0119}}) checks on her daily. Was independent in ADLs, needs help w/ IADLs (finances, driving stopped 2024).
Meds on admit (14!): incl. oxybutynin 5 tid, diphenhydramine qhs, zolpidem 5, tramadol 50 q6 prn, gabapentin 300 tid.
Exam: inattentive, CAM +. MoCA deferred. Orthostatic: 138/70 -> 112/64 standing. Gait: TUG 22 s with walker.
A/P: hyperactive delirium, multifactorial (UTI, anticholinergics, sleep meds). Beers list meds to stop: oxybutynin, diphenhydramine, zolpidem. Taper gabapentin to 100 tid (CrCl 28). Delirium precautions, glasses/hearing aids, family at bedside. Consider {{FACILITY:Oakhurst Senior Living}} vs home with services; SW to see. Age-friendly 4Ms reviewed.
{{NAME:Ingrid Valenzuela-Thorne}}, MD, geriatrics  pager {{PHONE:40213}}`,

  `OT Daily Treatment Note - {{FACILITY:Bellwether Rehabilitation Hospital}}
Date: {{DATE:10/15/2025}}   Time: 1000-1045   Room 318B
Patient: {{NAME:Cornelius Vandermeer}}   MRN {{MRN:BRH0041772}}
Dx: L MCA stroke ({{DATE:10/1/2025}}) with R hemiparesis, expressive aphasia.

S: Pt nodding, "good...good". Wife {{NAME:Henrietta}} present, reports he slept well.
O:
- UB dressing: min A with hemi-dressing technique, 6 min.
- LB dressing: mod A, reacher and sock aid.
- Toilet transfer: min A stand-pivot to L with grab bar.
- RUE: Brunnstrom stage 3, MAS 1+ elbow flexors. Box & Blocks R 4, L 48.
- Cognition: follows 1-step commands 80%.
A: Progressing toward min A for ADLs. Barriers: R neglect, decreased sitting balance.
P: Continue 90 min/day OT per IRF plan; family training {{DATE:10/17}} with wife and son {{NAME:Pieter}}, who is flying in from {{LOCATION:Rotterdam}}. Team conference {{DATE:Tuesday 10/21}}.
Goals updated in chart. Est d/c {{DATE:10/31/2025}} to home ({{ADDRESS:612 Van Buren Ct}}, {{LOCATION:Holland}}, MI {{ZIP:49423}}).
{{NAME:Soledad Kwiatkowski}}, OTR/L`,

  `ccu nsg note 1900-0730
pt {{NAME:delacroix}} 77m s/p stemi, des x2 to lad {{DATE:6/2}}.
neuro: sleepy but arousable, a&ox3. no sedation.
cv: sr 60s w/ occ pvc. bp 98-110/50s. r fem site c/d/i, no hematoma, dp/pt palp. heparin gtt @ 900u/hr, ptt 68 @ 0200. echo ef 35%, lv thrombus r/o'd.
resp: ra sats 95%. ls clear upper, crackles bases. is 750.
gi/gu: npo after mn for poss icd? voiding urinal 600 ovn. lasix 40 iv x1 @ 2200 w/ good effect.
endo: bs 110s.
pain: 0/10.
social: wife {{NAME:lorraine}} called x2, # {{PHONE:774-555-0164}}. son {{NAME:marc}} works nights at {{FACILITY:dunmore paper mill}}, will visit am. pt asking for priest from {{FACILITY:st. casimir parish}}.
plan: ?transfer to {{FACILITY:tremont 9}} in am if bp ok. cont hep, asa, plavix, high intensity statin. pt states his pcp is dr {{NAME:yarrow}} in {{LOCATION:fall river}}.
- {{NAME:kd}} rn`,

  `Record date: {{DATE:2079-09-03}}

{{FACILITY:LINDENHURST MEDICAL GROUP}}
{{ADDRESS:88 Tollgate Road}}
{{LOCATION:Kettering}}, OH {{ZIP:45429}}

{{NAME:Harrowgate, Clement}}
{{MRN:6613480}}
{{DATE:09/03/79}}

Mr. {{NAME:Harrowgate}} returns for COPD and CHF follow-up. Since his hospitalization at {{FACILITY:Kettering Ridge}} in {{DATE:July}} he has had no exacerbations. Uses Spiriva daily and albuterol about twice a week. 2-pillow orthopnea, stable. He quit smoking in 2071 (55 pack-years). His grandson {{NAME:Travis}} now lives with him and helps with meds.

Exam: BP 124/70, HR 78, RR 18, SpO2 92% RA. JVP 8 cm. Scattered expiratory wheezes. Trace ankle edema.

Studies: PFTs {{DATE:8/22/79}}: FEV1 1.21 L (41%), FEV1/FVC 0.48, GOLD 3. BNP 410.

Impression/Plan:
1. COPD GOLD 3, group E. Add Breo. Pulmonary rehab at {{FACILITY:Fairmont Pulmonary Rehab}}.
2. HFrEF, EF 30%. Continue carvedilol 12.5 bid, Entresto 49/51 bid, spironolactone 25.
3. Vaccines up to date.

{{NAME:Wendell K. Ashcombe}}, M.D.

cc: {{NAME:Bartholomew Yip}}, M.D., Cardiology
{{NAME:WKA}}/{{NAME:rl}}
DD: {{DATE:09/03/79}}  DT: {{DATE:09/05/79}}`,

  `Nursing Shift Assessment - {{FACILITY:Maple Ward}}, {{FACILITY:Kingsbridge Veterans Medical Center}}
{{DATE:12/26/2025}} 0700-1930
Pt: {{NAME:Raymond Tsosie}}   Last4 SSN {{SSN:6632}}   ICN {{MRN:1012448391V226017}}
Age 76. Code status: DNR/DNI (verified with MOLST).

Neuro: A&Ox4. Mild expressive word-finding difficulty, baseline.
Resp: 2L NC, SpO2 93%. Non-productive cough. Incentive spirometer 1000.
CV: A-fib, rate 80-100. BP 118/66. Bilateral LE 2+ edema.
GI: Regular diabetic diet, ate 75%. LBM {{DATE:12/25}}.
GU: Voids via urinal; UOP 1400 mL.
Skin: Braden 16. Old shrapnel scars L thigh.
Psychosocial: Pt served in Vietnam, Americal Division. Spoke with his wife {{NAME:Loretta Tsosie}} on phone ({{PHONE:505-555-0183}}), who lives in {{LOCATION:Gallup}} and plans visit {{DATE:12/28}}. Chaplain Fr. {{NAME:Ambrose}} visited.
Education: insulin pen teaching, return demo successful.
Safety: bed alarm on, call light within reach, falls precautions.
Report given to {{NAME:Ana Ruelas}}, RN at 1930.
{{NAME:Jacinta Begay}}, RN`,

  `EMERGENCY DEPARTMENT NOTE
{{FACILITY:Holloway Creek Medical Center}}   Arrival {{DATE:08/30/2025 02:14}}
Patient: {{NAME:Quentin Abernathy-Sims}}, 19M   MRN {{MRN:HC77301452}}   FIN {{ACCOUNT:804417733}}
Mode: private vehicle, friend drove (plate GA {{VEHICLE:TXV 5581}} blocking ambulance bay, moved by security).

CC: R hand injury.
HPI: Punched a wall at a party near {{FACILITY:Oglethorpe State University}} campus about 1 hr PTA. Pain dorsal 5th MC. No other injuries. EtOH 5 drinks. Student, lives in {{FACILITY:Brookhaven Hall}} dorm.
Exam: swelling and ttp over R 5th MC neck, rotational deformity none, skin intact. NV intact.
XR: boxer's fracture 5th MC neck, 30 degrees angulation.
Procedure: ulnar gutter splint. Closed reduction not needed.
Dispo: d/c with hand surgery f/u at {{FACILITY:Peachtree Hand Center}}, Dr. {{NAME:Ezinne Lockhart}}, {{PHONE:404-555-0131}}, in 5-7 days. Ibuprofen. Return precautions given. Roommate {{NAME:Kyle}} to drive.
{{NAME:Rasmus Oyelowo}}, PA-C / supervising {{NAME:Celestine Park}}, MD
Dictation ID {{ID:D-77412-09}}`,

  `Radiology: MRI BRAIN WITHOUT AND WITH CONTRAST
Patient: {{NAME:Isadora Vantongeren}}   DOB: {{DATE:7/27/1988}}   MRN: {{MRN:00729014}}
Exam date: {{DATE:4/4/2025}}   Acc: {{ID:MR2504040117}}   {{FACILITY:Northlake Imaging - Evanston}}
Indication: 36F with intermittent R arm numbness, visual blurring OS. Eval MS.
Comparison: none.
Findings: Multiple ovoid T2/FLAIR hyperintense lesions in periventricular (perpendicular, "Dawson fingers") and juxtacortical white matter, largest 9 mm L centrum semiovale. One lesion R periventricular shows incomplete ring enhancement. Cervical cord not included. No mass effect. Normal flow voids. L optic nerve mildly T2 bright.
Impression: Findings meet 2017 McDonald criteria for dissemination in space and time; consistent with multiple sclerosis. Recommend cervical/thoracic spine MRI.
Dr. {{NAME:Haldane}} (neurology) notified by phone {{DATE:4/4/2025 16:20}}.
{{NAME:Thaddeus Ibarra-Whitlock}}, MD   Pager {{PHONE:312-555-0172}}
Report viewed at workstation {{IP:10.88.14.203}}`,

  `Telephone Encounter  {{DATE:11/11/2025 10:02}}
Caller: {{NAME:Gloria Fairbairn}} (mother)   Patient: {{NAME:Elijah Fairbairn}}, DOB {{DATE:1/30/2020}}
Callback: {{PHONE:262-555-0196}}
Reason: fever x 2 days, 103.1 last night, rash on trunk today.
Triage (Schmitt-Thompson protocol Rash, widespread): No lethargy, drinking well, 4 wet diapers/voids today. Rash blanching, pink, spots. No petechiae. Siblings had "hand foot mouth" at {{FACILITY:Little Lambs Preschool}} last week.
Disposition: see within 24 h. Appt made with Dr. {{NAME:Chiamaka Holt}} {{DATE:11/11}} 2:40 PM at {{FACILITY:Waukesha Pediatric Associates}} - {{ADDRESS:1100 Bluemound Rd}} office.
Care advice: acetaminophen 240 mg (15 mg/kg) q4-6h, fluids. Call back if worse.
Mom asks if school nurse Mrs. {{NAME:Dorsey}} may get a note - will provide at visit.
{{NAME:Bettina Krall}}, RN`,

  `hospice rn visit {{DATE:2/9/26}}
pt {{NAME:archibald nwosu}} {{AGE:96}}m, dx end stage dementia FAST 7c, at home w/ daughter {{NAME:ngozi}}.
addr {{ADDRESS:4120 w. pinecrest dr}}, {{LOCATION:glendale}}.
vs: hr 104, rr 24 w/ 10s apneic periods, bp 90/52, sat 88% ra. temp 99.8 ax.
resp: mottling knees bilat, gurgling. started hyoscine patch 1.5 mg.
intake: sips only x2 days, no solids.
pain: painad 4 -> morphine conc 5 mg sl given, painad 1 after 30 min.
skin: sacral dti 3x4, heels offloaded.
family: daughter tearful, son {{NAME:emeka}} flying in from {{LOCATION:lagos}} tomorrow. chaplain br. {{NAME:felix}} to visit. reviewed signs of active dying, when to call.
dme: hospital bed, o2 concentrator serial {{DEVICE:EV-19-447203}}.
plan: cont crisis care eval, visit daily. on-call rn {{PHONE:623-555-0150}}.
md {{NAME:olufemi}} notified, agrees.
{{NAME:tcj}} rn cm, {{FACILITY:desert rose hospice}}`,

  `Discharge Summary

NAME: {{NAME:Lavinia Ortolani}}                    UNIT NO: {{MRN:992-71-46}}
DATE OF ADMISSION: {{DATE:April 18, 2088}}         DATE OF DISCHARGE: {{DATE:April 22, 2088}}
ATTENDING: {{NAME:Cyrus Pendleford}}, M.D.

PRINCIPAL DIAGNOSIS: Diabetic ketoacidosis.
OTHER DIAGNOSES: Type 1 diabetes mellitus; depression; hypothyroidism (Hashimoto).

HISTORY: This is a 23-year-old graduate student at {{FACILITY:Carrington College}} with type 1 diabetes since age 9 who ran out of insulin while moving apartments. She presented with vomiting, glucose 612, bicarbonate 8, anion gap 28.

HOSPITAL COURSE: She was admitted to the {{FACILITY:Bramwell}} ICU on an insulin drip per DKA protocol. Gap closed in 14 hours. Transitioned to glargine 22 units and lispro sliding scale. Seen by Diabetes Education and by Social Work, who connected her to the manufacturer assistance program. Psychiatry, Dr. {{NAME:Ebbesen}}, saw her; PHQ-9 of 14, sertraline increased.

DISPOSITION: Home to {{ADDRESS:19 Wexford Street, #2}}, {{LOCATION:Brighton}}. Follow up at {{FACILITY:Joslin-Hale Diabetes Center}} with Ms. {{NAME:Pruitt}}, CDE on {{DATE:April 29}}.

{{NAME:Cyrus Pendleford}}, M.D.
DICTATED BY: {{NAME:Noor Haddadin}}, M.D.
{{NAME:NH}}:{{NAME:gsr}}  DD: {{DATE:04/22/88}}  DT: {{DATE:04/23/88}}  Batch: {{ID:77219}}`,

  `Progress Note  [**{{DATE:2183-11-4}}**]  6:10 AM
NPN 7p-7a
Pt is a 63 yo M admitted [**{{DATE:11-1}}**] w/ GI bleed, s/p EGD [**{{DATE:11-2}}**] w/ clipping of duodenal ulcer.
Neuro: A+Ox3, MAE, calm.
CV: HR 80s-90s ST, BP 110s/60s. HCT 24.1 -> 27.9 after 1 unit PRBC. Protonix gtt @ 8 mg/hr.
Resp: RA, sats 97-99%.
GI: NPO except sips. Stool x1 maroon, guaiac +. Dr. [**{{NAME:Last Name (STitle) 4121}}**] aware.
GU: voiding qs.
Social: wife [**{{NAME:Name (NI) 1701}}**] called, phone [**{{PHONE:Telephone/Fax (3) 8830}}**]. Pt lives in [**{{LOCATION:Location (un) 2271}}**], works at [**{{FACILITY:Company 4401}}**].
Plan: serial hcts q6h, transfuse for hct <25, GI to re-scope if rebleed. Possible transfer to [**{{FACILITY:Hospital Ward Name 612}}**] when stable.
[**{{NAME:Initials (NamePattern4) 9921}}**] RN`,

  `Cardiology Clinic - Device Check
{{FACILITY:Wexley Heart Associates}}   {{DATE:05/14/2026}}
Patient: {{NAME:Reinhold Abaroa}}   DOB: {{DATE:02/11/1944}}   MRN: {{MRN:WHA-300917}}
Device: dual-chamber ICD, model Evera MRI XT DR, serial {{DEVICE:BZY604418H}}, implanted {{DATE:03/2021}} at {{FACILITY:Sutter Ridge Medical Center}} by Dr. {{NAME:Moskowitz}}.
Remote monitoring: CareLink, transmitter ID {{DEVICE:TX-24R-885013}}.

Interrogation: Battery 7.2 yr. RA 0.5 V @ 0.4 ms, R-wave 9.8 mV, RV thr 0.75 V, imp 456 ohms, shock imp 61 ohms.
Events since {{DATE:11/2025}}: 2 episodes NSVT (longest 9 beats), no therapies. AT/AF burden < 1%. RV pacing 3%.
Programming unchanged: DDD 50, VF zone 200, VT zone 171 with ATP.

Clinically: NYHA I-II. Meds: carvedilol 25 bid, sacubitril-valsartan, dapagliflozin.
Plan: continue remote checks q91 days. In-person {{DATE:May 2027}}. Pt's niece {{NAME:Graciela}} helps with transmitter setup; she may call {{PHONE:(559) 555-0177}}.
{{NAME:Farah Lindahl}}, CCDS / {{NAME:Tomasz Quiroga}}, MD`,

  `LABORATORY REPORT - {{FACILITY:Quadrant Clinical Laboratories}}
{{ADDRESS:7700 Industrial Pkwy}}, {{LOCATION:Fremont}}, CA {{ZIP:94538}}   CLIA 05D2190477
Patient: {{NAME:CHEUNG, MARISOL T}}   DOB: {{DATE:08/08/1983}}   Sex: F
Patient ID: {{MRN:Q-40018823}}   Requisition: {{ID:RQ9917443}}
Ordering physician: {{NAME:Akira Delmonico}}, MD   NPI {{LICENSE:1447261908}}
Collected: {{DATE:03/17/2026 07:45}}   Received: {{DATE:03/17/2026 11:02}}   Reported: {{DATE:03/18/2026 06:30}}

COMPREHENSIVE METABOLIC PANEL
Sodium 139 mmol/L (136-145)
Potassium 4.8 mmol/L (3.5-5.1)
Glucose 104 mg/dL H
Creatinine 0.71 mg/dL
ALT 61 U/L H (7-52)
AST 48 U/L H
LIPID PANEL
LDL-C 162 mg/dL H
HEPATITIS PANEL: HBsAg nonreactive; anti-HCV reactive (S/CO 11.2) - HCV RNA reflexed.
Result called to {{NAME:Dana}} at Dr. {{NAME:Delmonico}}'s office {{DATE:03/18/2026 08:14}} by {{NAME:LMP}}.
Insurance: Blue Shield, member {{HEALTH_PLAN:XEK884011227}}, group 004471.`,

  `Dear Mr. and Mrs. {{NAME:Halvard}},

I am writing on behalf of our patient {{NAME:Signe Halvard}} (born {{DATE:4/4/2014}}), who is in 6th grade at {{FACILITY:Cottonwood Middle School}}.

{{NAME:Signe}} has type 1 diabetes and uses a Tandem t:slim X2 insulin pump (serial {{DEVICE:1183420}}) with a Dexcom G7 sensor. Please allow her to carry her phone to monitor glucose, to eat snacks in class and to use the restroom and nurse's office at any time. She should not be excluded from PE or field trips. A 504 plan is recommended.

Her diabetes team can be reached at {{PHONE:801-555-0124}}; after hours, our endocrinologist on call at {{PHONE:801-555-0125}}. School nurse {{NAME:Kirsten Lowell}} has received the medical management plan by fax ({{FAX:801-555-0199}}).

Sincerely,
{{NAME:Olamide Ferraro}}, MD
Pediatric Endocrinology, {{FACILITY:Wasatch Children's Hospital}}
{{ADDRESS:240 Foothill Crest Dr}}, {{LOCATION:Salt Lake City}}, UT {{ZIP:84113}}`,

  `sicu nursing 7a-7p
61f pod#2 whipple. mrs. {{NAME:oyama}} pref name "{{NAME:kiki}}".
neuro: intact, epidural bupi/fent 6 ml/hr, pain 3/10, t6 level.
cv: st 100-110, bp 130s/70s. lr @ 100. lactate 1.4.
resp: 2l nc, is 1250. diminished lll.
gi: ngt to lcs 250 ml bilious. jp x2: lateral 80 serosang, medial 120 ?cloudy, amylase sent. tpn not started.
gu: foley 50-80/hr.
endo: insulin gtt 2u/hr, bs 140-160.
skin: midline incision staples c/d/i.
id: afebrile, cefoxitin stopped.
social: husband {{NAME:hiroshi}} at bedside all day, staying at {{FACILITY:hope lodge}} on {{ADDRESS:36 grove st}}. their son is a resident at {{FACILITY:lakeside university hospital}}.
dr {{NAME:abernethy-lowe}} rounded, plan oob to chair x2, dangle, ambulate tomorrow.
{{NAME:mjs}}`,

  `Echo/Stress Report
{{FACILITY:Piedmont Ridge Cardiology}} Stress Lab       {{DATE:Wednesday, July 9, 2025}}
Patient: {{NAME:Oberon Castellanos-Wray}}  MRN {{MRN:PRC-448120}}  Age 57 M
Referring: {{NAME:Selma Dunkirk}}, MD

Protocol: Bruce. Exercised 9:02 min, stage 3, 10.1 METs. Peak HR 152 (93% MPHR). BP 132/80 -> 188/84.
Symptoms: none. Stopped for fatigue.
ECG: 1.5 mm horizontal ST depression II, III, aVF, V5-V6 at peak, resolving by 3 min recovery. Duke treadmill score -0.5 (intermediate).
Echo: rest EF 60%, no RWMA. Stress: hypokinesis of inferior and inferolateral walls, EF 55%.
Impression: Positive stress echo for inducible ischemia in RCA/LCx territory.
Recommendation: cardiac catheterization. Discussed with Dr. {{NAME:Dunkirk}}; scheduled {{DATE:7/14/2025}} at {{FACILITY:Piedmont Ridge Medical Center}} cath lab.
Report faxed to {{FAX:(864) 555-0188}}.
{{NAME:Lucius Faraday-Oni}}, MD, FACC`,

  `OUTPATIENT ONCOLOGY CONSULT
{{DATE:09/22/2025}}  {{FACILITY:Brightwater Cancer Center}}
Patient: {{NAME:Yevgenia Polcari}}   MRN {{MRN:BCC00917742}}   DOB {{DATE:10/01/1966}}
Referred by {{NAME:Horatio Beaumont}}, MD (surgery)

HPI: 58 y/o F with screen-detected L breast mass on mammogram {{DATE:8/5/2025}}. US-guided core biopsy {{DATE:8/12/2025}} at {{FACILITY:Harborline Imaging}}: invasive ductal carcinoma, grade 2, ER 95%, PR 60%, HER2 1+ (neg), Ki-67 15%. s/p L lumpectomy + SLNB {{DATE:9/3/2025}}: 1.8 cm, 0/2 nodes, pT1cN0. Oncotype DX recurrence score 14.
Social: married to {{NAME:Dmitri}}, 2 adult children; works as librarian at {{FACILITY:Fairhaven Public Library}}. Mother had breast ca at 62. Genetic testing (Invitae) neg for BRCA1/2, PALB2.
Assessment: Stage IA, HR+/HER2- breast cancer, low RS.
Plan: no chemotherapy benefit at RS 14 for age > 50. Adjuvant RT per Dr. {{NAME:Nakashima-Boyd}}, then letrozole 2.5 mg x 5-10 yrs. DEXA baseline. Survivorship visit. Clinical trial NCT05519833 discussed; declined.
{{NAME:Zainab Ellingsworth}}, MD`,

  `Patient Portal Message
To: Dr. {{NAME:Oduya}}'s care team
From: {{NAME:Brent Hallorann}}
Date: {{DATE:Saturday, 1/3/2026 11:52 AM}}
Subject: weird reading on my CGM

Hi, my Libre sensor (serial {{DEVICE:0M00029XJ41}}) has shown me low at 3am for 3 nights (55, 61, 58) but I feel fine and fingerstick at the same time was 98. Is the sensor bad? I put it on my left arm on {{DATE:12/28}}. Also I switched jobs - I'm now at {{FACILITY:Northwind Freight}} so my insurance changed to Aetna, member ID {{HEALTH_PLAN:W288417733}}. I updated my address to {{ADDRESS:5509 Sunburst Ln}}, {{LOCATION:Reno}}, NV {{ZIP:89523}} too.
Thanks,
{{NAME:Brent}}
(sent from {{IP:73.162.41.208}})

Reply - {{NAME:Keziah Montrose}}, RN CDCES, {{DATE:1/5/2026}}:
Hi {{NAME:Brent}}, compression lows are common when you sleep on the sensor arm. Try the back of the other arm. If readings still don't match, call Abbott customer service for a replacement. We updated your insurance; please upload the card front/back.`,

  `INPATIENT PSYCHIATRY ADMISSION H&P (excerpt)
{{FACILITY:Stillwater Behavioral Health}}, {{FACILITY:Juniper Unit}}
Admit: {{DATE:6/17/2025 22:40}}   Legal: voluntary (conditional)
Patient: {{NAME:Perpetua Ikwuemesi}}, 27 F   MRN {{MRN:SBH-55821}}

ID: single, lives with roommate in {{LOCATION:St. Paul}}, grad student in social work at {{FACILITY:Hamline Ridge University}}.
CC: "I can't stop thinking about dying."
HPI: 3 wks worsening depression after breakup; passive SI -> active SI with plan to overdose on stored lithium, rehearsed {{DATE:6/15}}. Roommate {{NAME:Delphine}} found pill stash and called mobile crisis. Seen at {{FACILITY:Regions Ridge ED}}. C-SSRS high risk.
Past psych: bipolar II dx 2021; one prior admission at {{FACILITY:Fairbrook Lakes}} {{DATE:March 2023}}. Outpt psychiatrist Dr. {{NAME:Hollenbeck}}; therapist {{NAME:Joaquin Ameche}}, LMFT.
MSE: tearful, psychomotor slowing, mood "empty", affect constricted, linear; + SI without intent on unit, no HI, no AVH. Insight fair.
Plan: 15-min checks, lithium level, TSH, restart lithium 600 qhs, safety plan. Collateral from mother {{NAME:Chidinma}} ({{PHONE:651-555-0181}}).
{{NAME:Wolfgang Ipsen}}, MD`,

  `PT Home Exercise Program / Discharge Summary
{{FACILITY:Summit Peak Sports Medicine}}   {{DATE:04/28/2026}}
Patient: {{NAME:Delaney Fitzwarren}}   DOB {{DATE:11/03/2001}}
Dx: s/p R ACL reconstruction (BTB autograft) {{DATE:10/14/2025}}, Dr. {{NAME:Arkwright}}.
Visits: 31 since {{DATE:10/20/2025}}.

Status at d/c: ROM 0-140. Quad LSI 88%, hamstring LSI 94%. Single-leg hop LSI 91%, triple hop 90%, crossover 89%, timed 6m 92%. Y-balance composite 96%. ACL-RSI 78. Lachman neg, pivot shift neg.
Goals met: 5/6. Not yet met: quad LSI >= 90%.
Plan: independent HEP 3x/wk; return to soccer practice non-contact now, full contact after repeat testing in 6 wk. Cleared to resume coaching at {{FACILITY:Timberline Youth Soccer Club}}.
Athletic trainer {{NAME:Rhys Okoro}}, ATC at {{FACILITY:Boulder Falls University}} copied: {{EMAIL:rokoro@bfu-athletics.example}}.
{{NAME:Winona Clearwater}}, PT, DPT, SCS`,

  `Home Health OT Evaluation
{{FACILITY:Good Shepherd Home Health}}    SOC {{DATE:09/02/2025}}
Pt: {{NAME:Eustace Bramble}}, 88 y.o. M  MBI {{HEALTH_PLAN:3TK9-WR4-MN72}}
Address: {{ADDRESS:2 Chapel Row}}, {{LOCATION:Boothbay Harbor}}, ME {{ZIP:04538}}

Hx: R THA {{DATE:8/25/2025}} at {{FACILITY:Penobscot Shore Medical Center}}; posterior hip precautions x 6 wk.
Home: 2-story cape, bedroom upstairs, 12 steps with R rail. Tub/shower combo. Lives with wife {{NAME:Mabel}}, {{AGE:90}}, who has macular degeneration.
Eval: bed mob SBA; sit-stand CGA from low couch; toilet transfer min A (no raised seat); LB dressing max A without AE.
Recommendations: raised toilet seat w/ arms, tub transfer bench, hip kit (reacher, sock aid, long sponge), move bed downstairs x 6 wk. Son {{NAME:Gideon}} to obtain DME from {{FACILITY:Coastal Medical Supply}} (order # {{ID:CMS-5513092}}).
Plan: OT 2w3. Goals: LB dressing mod I with AE, tub transfer SBA.
{{NAME:Philomena Strand}}, OTR/L   {{PHONE:207-555-0142}}`,

  `tsicu rn note nights
pt: {{NAME:bixby}}, 42m mvc unrestrained driver ({{DATE:8/8}} 2230), hd#3.
inj: r pneumo s/p ct, l femur fx s/p imn {{DATE:8/9}}, grade 3 splenic lac nonop, tbi w/ sm sdh.
neuro: gcs 14 (e4v4m6). icp monitor removed. pupils 3 equal. keppra.
cv: hr 90s, bp stable. hgb 8.7 stable x3.
resp: ct r -20 sxn, no air leak, 80ml serous. 3l nc.
gi: clears, zofran x1.
gu: voiding.
ortho: l leg nvi, dressing dry.
social: police (ofc. {{NAME:tremblay}}, badge {{ID:4471}}) came re: accident report, vehicle plate NH {{VEHICLE:552 8914}}. pt's fiancee {{NAME:shauna}} at bedside. pt works at {{FACILITY:granite state roofing}}, employer called re fmla forms.
pain: dilaudid pca, 2/10.
plan: ct out tomorrow if cxr ok. pt/ot. {{NAME:lmg}}`,

  `L&D Nursing Admission  {{DATE:03/29/2026 04:10}}
{{FACILITY:Magnolia Birthing Center}}, {{FACILITY:Rosewood Medical Center}}
Pt {{NAME:Tatiana Beauchamp-Ndiaye}}, 31 y/o G3P2002 @ 39w6d, MRN {{MRN:RMC-0418872}}
Presents w/ ctx q3-4 min since 0100, SROM 0230 clear fluid. GBS neg ({{DATE:3/2}}). Blood type O+. Rubella immune.
SVE 5/80/-1 by {{NAME:A. Whitfield}}, CNM. EFM: baseline 135, moderate variability, + accels, no decels, Cat I. Toco q3 min, palp mod.
BP 122/78, T 98.4. Pain 7/10, requesting epidural; anesthesia Dr. {{NAME:Kuroda}} paged.
Support: husband {{NAME:Mamadou}} and doula {{NAME:Phaedra Gillis}} present. Older children with grandmother in {{LOCATION:Baton Rouge}}.
Birth plan: delayed cord clamping, skin-to-skin, breastfeeding. Peds Dr. {{NAME:Abernathy}} ({{FACILITY:Rosewood Peds}}).
Cord blood banking kit {{ID:CBR-77420913}} brought by pt.
Hx: 2 prior SVD (2019, 2022), PPH with 2nd (QBL 1100), TXA ready.
{{NAME:Roxanne Delahoussaye}}, RN`,

  `NICU Progress Note  DOL 12  {{DATE:7/19/2025}}
Infant: Baby Boy {{NAME:Eskildsen}} ("{{NAME:Magnus}}")  MRN {{MRN:N2025-04471}}
Born {{DATE:7/7/2025 03:18}} at {{FACILITY:Clearwater Valley Hospital}}, transferred to {{FACILITY:St. Lucan's Children's Hospital}} NICU. GA 31w2d, now CGA 33w0d. BW 1580 g, today 1655 g.

Resp: RA since {{DATE:7/14}}. 2 self-resolved brady/desat events in 24h. Caffeine citrate 5 mg/kg.
FEN: EBM + HMF 24 kcal, 32 mL q3h, 150 mL/kg/d, all PG; starting PO cues. Voiding/stooling.
ID: 48h r/o sepsis completed; cx neg.
Heme: bili 6.1, below phototx threshold. Hct 38.
Neuro: HUS {{DATE:7/14}} normal. Next HUS at 36 wk.
Eyes: ROP screen due {{DATE:8/4}}.
Social: Mom {{NAME:Johanna Eskildsen}} pumping, visits daily, staying at {{FACILITY:Ronald McDonald House - Eastgate}}. Dad {{NAME:Leif}} works in {{LOCATION:Duluth}}, visits weekends. WIC and SSI applications with SW {{NAME:Marisa Tollefsen}}.
Plan: advance feeds by 10 mL/kg/d, continue caffeine.
{{NAME:Priyanka Oduwole}}, NNP / {{NAME:Hamish Rutherford}}, MD`,

  `BEHAVIORAL HEALTH OUTPATIENT - MEDICATION MANAGEMENT
{{FACILITY:Crestline Counseling & Psychiatry}}   {{DATE:Friday 2/20/2026}}
Client: {{NAME:Solomon Achterberg}}   DOB {{DATE:1/5/1992}}   Chart {{MRN:CCP-10488}}
Telehealth via Doxy.me (client at home in {{LOCATION:Flagstaff}}; provider at clinic). Consent reviewed. Session link {{URL:https://doxy.me/crestline-dr-amadi}}.

S: ADHD and GAD. Started new job at {{FACILITY:Ponderosa Engineering}}; focus better on Adderall XR 20 mg. Anxiety GAD-7 9 (from 15). Sleep 6 h. Appetite down a bit. Drinks 2 coffees. No SI.
O: Well groomed, calm, organized, mood "pretty good", affect reactive. Self-reported BP 124/78, HR 84.
PDMP checked {{DATE:2/20/26}}: no discrepancies.
A/P:
- ADHD combined type: continue Adderall XR 20; 30-day Rx to {{FACILITY:Walgreens #9914}}, {{ADDRESS:1450 S Milton Rd}}.
- GAD: continue sertraline 100; CBT with therapist {{NAME:Leandra Shoemaker}}, LPC.
- Wife {{NAME:Ines}} joined last 5 min with consent.
F/u 6 wk. Crisis line given.
{{NAME:Chukwudi Amadi}}, PMHNP-BC   DEA {{LICENSE:MA4471902}}`,

  `Discharge Summary

Patient: {{NAME:TRUJILLO, BENEDICT A.}}        MR#: {{MRN:4809912}}
Admission date: {{DATE:02/11/2097}}            Discharge date: {{DATE:02/19/2097}}
Attending physician: {{NAME:Lorna Fitzsimmons}}, M.D.
Primary care physician: {{NAME:Eduardo Halbrook}}, M.D., {{FACILITY:Sierra Vista Family Practice}}

Principal diagnosis: Acute on chronic systolic heart failure.
Secondary: Ischemic cardiomyopathy (EF 20%); CKD stage 4; T2DM; gout.

History: 74-year-old man admitted from the {{FACILITY:Harmon Clinic}} with 12-lb weight gain, orthopnea and 3+ edema after running out of torsemide during a trip to visit his daughter {{NAME:Paloma}} in {{LOCATION:El Paso}}.

Course: IV furosemide drip, net -9 L. Creatinine peaked 3.4 (baseline 2.6), returned to 2.9. Palliative care met with patient and wife {{NAME:Consuelo}}; he chose to continue medical therapy and is not an LVAD candidate. ICD interrogated: no therapies. Right heart cath {{DATE:2/16}}: RA 12, PCWP 22, CI 1.9.

Discharge medications: torsemide 60 mg bid, metolazone 2.5 mg Mon/Fri, carvedilol 3.125 bid, hydralazine/isosorbide dinitrate, allopurinol 100.

Follow-up: HF clinic, Dr. {{NAME:Fitzsimmons}}, {{DATE:02/24/2097}}; labs {{DATE:2/22}}.

{{NAME:Lorna Fitzsimmons}}, M.D.
{{NAME:LF}}/{{NAME:dmc}}   D: {{DATE:02/19/2097}}  T: {{DATE:02/20/2097}}   Doc #: {{ID:2210493}}`,

  `Radiology Report
[**{{DATE:2112-4-18}}**] 3:22 PM
CHEST (PORTABLE AP)                                             Clip # [**{{ID:Clip Number (Radiology) 40117}}**]
Reason: eval ETT placement
Admitting Diagnosis: PNEUMONIA
______________________________________________________________________________
 [**{{FACILITY:Hospital 2}}**] MEDICAL CONDITION:
  66 year old woman with intubation
______________________________________________________________________________
FINAL REPORT
HISTORY: Intubated for respiratory failure.

COMPARISON: [**{{DATE:2112-4-17}}**].

FINDINGS: ET tube terminates 4 cm above the carina. NG tube courses below the diaphragm, tip not visualized. Right IJ central line tip at the cavoatrial junction. Dense consolidation in the right lower lobe with air bronchograms, increased. Small right effusion. No pneumothorax. Heart size normal. Kerley B lines absent.

IMPRESSION: Lines and tubes in appropriate position. Worsening RLL pneumonia.

Findings discussed with Dr. [**{{NAME:Last Name (STitle) 6612}}**] at 3:40 PM.
                                                           DR. [**{{NAME:First Name (STitle) 3315}}**] [**{{NAME:Last Name (NamePattern1) 3316}}**]
DR. [**{{NAME:First Name8 (NamePattern2) 4412}}**] [**{{NAME:Last Name (NamePattern1) 4413}}**]
Approved: MON [**{{DATE:2112-4-19}}**] 9:05 AM`,

  `Community Health Worker / Social Work Note
{{DATE:04/02/2026}}   {{FACILITY:Eastside Community Health Center}}
Client: {{NAME:Marguerite Okonkwo-Pelletier}}   DOB {{DATE:06/18/1949}}   MRN {{MRN:ECHC-22819}}

Home visit at {{ADDRESS:3315 Linwood Ave, Apt 1R}}, {{LOCATION:Kansas City}}, MO {{ZIP:64128}}.
Purpose: food insecurity (Hunger Vital Sign +), utility shutoff notice, medication costs.
Findings: lives alone, widowed; grandson {{NAME:Dashiell}} (16) stays weekends. Gas shutoff notice dated {{DATE:3/27/2026}}, account {{ACCOUNT:SPR-6602817431}} with Spire. Fridge nearly empty. Insulin "rationed" to 20 units from prescribed 30.
Actions:
1. LIHEAP crisis application submitted; confirmation {{ID:LH-2026-0091347}}.
2. Enrolled in medically tailored meals via {{FACILITY:Harvesters Food Network}}; first delivery {{DATE:4/6}}.
3. Contacted PCP Dr. {{NAME:Banerjee-Watts}}' nurse {{NAME:Keisha}} ({{PHONE:816-555-0173}}) - insulin switched to lower-cost Rezvoglar via 340B pharmacy.
4. Medicare Extra Help application; Medicare # {{HEALTH_PLAN:5EG4-TE5-MK73}}.
Follow-up home visit {{DATE:4/16/2026}}.
{{NAME:Rosalía Guerrero-Banks}}, CHW / {{NAME:Tremaine Fulton}}, LMSW`,

  `neuro icu nsg 1900-0700
62m sah hunt-hess 3, fisher 4, s/p coiling acomm aneurysm {{DATE:1/3}}. post bleed day 5.
neuro: gcs 11t, e3 vt m6. pupils 3->2 brisk. l pronator drift unchanged. evd open @ 10 cmh2o, icp 8-14, drained 110 ml clear yellow.
tcd {{DATE:1/7}} mca velocities up to 140, nimodipine 60 q4h. na 138 goal >135, 3% @ 20.
cv: sbp goal 120-160, on nicardipine off at 2200. hr 60s sb.
resp: intubated cpap 5/5, fio2 40%, peep 5. sxn scant.
gi: tf at goal. senna/colace.
gu: foley 100-150/hr.
lines: r sc tlc {{DATE:1/2}}, a-line l radial.
family: wife {{NAME:paulette}} stayed till 2200, asked re prognosis, dr {{NAME:venkataraman}} to update in am. brother {{NAME:gerald}} from {{LOCATION:sault ste marie}} calling nightly, ok to give info per wife. pt is teacher at {{FACILITY:kinross middle school}}.
{{NAME:ab}} rn`,

  `Infusion Center Visit - {{FACILITY:Tamarack Infusion Services}}
{{DATE:10/06/2025}}
Patient {{NAME:Horace Villeneuve}}  DOB {{DATE:05/30/1981}}  MRN {{MRN:TIS-70329}}
Dx: Crohn's ileocolitis. Med: infliximab-dyyb 5 mg/kg = 425 mg IV, dose #9 (q8wk).
Insurance auth {{ID:PA-88410273}} valid through {{DATE:03/31/2026}}; BCBS member {{HEALTH_PLAN:ZGP448120993}}.

Pre: T 98.1, BP 122/80, HR 72. HBI 2. TB screen (QuantiFERON) neg {{DATE:1/2025}}. No infection sx.
PIV 22G L forearm by {{NAME:Mariana}}, RN, first attempt.
Premeds: acetaminophen 650, loratadine 10.
Rate titration per protocol over 2h; no infusion reaction.
Trough level drawn before dose: infliximab 6.8 mcg/mL, antibodies neg.
Post: stable; observed 30 min.
Next infusion {{DATE:12/1/2025}}. GI Dr. {{NAME:Kessler-Moon}} to review trough.
Pt reports moving to {{LOCATION:Missoula}} in spring; will need new site. Gave infusion coordinator {{NAME:Lyle Dunbar}}'s email {{EMAIL:ldunbar@tamarackinfusion.example}}.
{{NAME:Bridget Halloran-Cho}}, RN, CRNI`,

  `REFERRAL - SLEEP MEDICINE
To: {{FACILITY:Meridian Sleep Disorders Center}}, fax {{FAX:913-555-0166}}
From: {{NAME:Ezekiel Brandvold}}, MD, {{FACILITY:Prairie Wind Internal Medicine}}, ph {{PHONE:913-555-0160}}
Date: {{DATE:5/12/2026}}    Urgency: routine

Patient: {{NAME:Lucinda Marchbanks}}   DOB {{DATE:10/10/1970}}   Phone {{PHONE:913-555-0117}}
Address: {{ADDRESS:1208 Prairie Ridge Ct}}, {{LOCATION:Olathe}}, KS {{ZIP:66061}}
Insurance: UnitedHealthcare, ID {{HEALTH_PLAN:914420771}}

Reason: suspected OSA. Loud snoring, witnessed apneas per husband {{NAME:Garth}}, ESS 15, STOP-BANG 6. BMI 38. Neck 16.5 in. Resistant HTN on 4 agents. Mallampati IV. A-fib dx {{DATE:Jan 2026}}.
Requested: home sleep apnea test vs in-lab PSG; CPAP titration as indicated.
She drives a school bus for {{FACILITY:Blue Valley School District}} - CDL medical card due {{DATE:7/1/2026}}; please expedite.
Records attached: last note, ECG, BMP.
Signature: {{NAME:E. Brandvold}}, MD  NPI {{LICENSE:1730558216}}`,

  `Pathology - Cytology Report
{{FACILITY:Westbrook University Hospital}} Department of Pathology
Accession: {{ID:C26-04417}}   Collected: {{DATE:01/27/2026}}
Patient: {{NAME:Ahmadi, Farhad}}   MRN {{MRN:WUH5120093}}   DOB {{DATE:02/14/1957}}
Submitting: {{NAME:Gretchen Obermeyer}}, MD, Pulmonary

Specimen: EBUS-TBNA, station 7 and 4R lymph nodes; ROSE performed.
Diagnosis:
Station 7: POSITIVE for malignant cells. Metastatic non-small cell carcinoma, favor adenocarcinoma (TTF-1 positive, p40 negative).
Station 4R: Negative for malignant cells; lymphocytes present (adequate).
Comment: Cell block sent for PD-L1 (22C3) and NGS (EGFR, ALK, ROS1, KRAS, BRAF, MET, RET, NTRK) to {{FACILITY:Keystone Genomics}}, requisition {{ID:KG-449017}}. Preliminary results called to Dr. {{NAME:Obermeyer}} on {{DATE:1/28/2026}} at 09:10 by Dr. {{NAME:Sadik}}.
Cytotechnologist: {{NAME:MRB}}
Pathologist: {{NAME:Yusuf Sadik}}, MD`,

  `Geriatric Care Management Note
{{DATE:08/18/2025}}   Client: {{NAME:Cornelia Whitlock-Breyer}} ({{AGE:99}})
Location: {{FACILITY:The Arbors at Cedar Glen}}, apt 214, {{LOCATION:Asheville}}
POA: nephew {{NAME:Franklin Breyer}}, {{PHONE:828-555-0158}}, {{EMAIL:fbreyer.law@protonmail.example}}

Visit summary: Client seated in recliner, alert, recognized me. Hearing aids in. Eating 50% of meals per aide {{NAME:Lupe}}. Weight 98 lb (104 in {{DATE:May}}). Two falls this month (no injury), both at night going to bathroom. Staff now doing 2 a.m. toileting round.
Medical: seen by facility NP {{NAME:Harriet Osei}} {{DATE:8/14}}: UA neg, orthostatics neg. Donepezil stopped due to bradycardia 48. Hospice eval discussed - POA wants to wait until after her 100th birthday party on {{DATE:9/7}}.
Finances: private pay; long-term care policy claim {{ACCOUNT:LTC-55190274}} approved.
Plan: request PT for gait, bed/chair alarm, hospice info packet to POA, revisit {{DATE:9/15}}.
{{NAME:Beatrix Holloway-Finch}}, MSW, CMC`,

  `Cardiac Cath Lab Report
{{FACILITY:Sable Point Medical Center}}   Lab 2   {{DATE:11/21/2025}}
Pt: {{NAME:Osvaldo Pinkerton}}  MRN: {{MRN:SPMC-7704119}}  Age: 66
Operator: {{NAME:Katarzyna Bellweather}}, MD   Fellow: {{NAME:Dev Raghunathan}}, MD

Indication: NSTEMI, trop 1.8.
Access: R radial 6F. Heparin 5000 u, verapamil 2.5 mg IA.
Findings: LM normal. LAD: 40% mid. LCx: 95% proximal OM1, culprit, TIMI 2 flow. RCA: dominant, 30% mid.
LVEDP 18.
Intervention: PCI to LCx/OM1 with 3.0 x 18 mm DES (lot DES-3018-70521), post-dil 3.25 NC. Final TIMI 3, 0% residual.
Contrast 110 mL, fluoro 8.4 min, AK 640 mGy.
Complications: none. TR Band applied.
Plan: DAPT ASA + ticagrelor x 12 mo, high-intensity statin, echo, cardiac rehab. Pt's wife {{NAME:Yolanda}} updated in waiting room; pt wishes his brother {{NAME:Aurelio}} (also a patient here, room 4412) not be told.
Images archived: {{URL:https://cvpacs.sablepoint.example/study/1.2.840.99.4471.20251121}}`,

  `Dear Mr. {{NAME:Dubrowski}},

RE: Your recent visit on {{DATE:June 3, 2026}}

Thank you for choosing {{FACILITY:Lakeland Dermatology Partners}}. Your biopsy from the left upper back (specimen {{ID:LDP26-3381}}) showed a superficial basal cell carcinoma, 0.6 cm. The margins were clear. No further surgery is needed.

Because you have had two skin cancers, we recommend full skin examinations every 6 months. Please continue daily SPF 30+ sunscreen. Your next appointment is {{DATE:Monday, December 7, 2026}} at 8:30 AM with {{NAME:Rosalind Achebe-Grant}}, PA-C.

If you have questions, call {{PHONE:863-555-0109}} or message us through the portal at {{URL:https://portal.lakelanddermpartners.example}}. Your account number for billing is {{ACCOUNT:200445871}}.

Sincerely,

{{NAME:Feodor Castellane}}, MD
Board-certified dermatologist
{{ADDRESS:3700 Harden Blvd, Suite 140}}, {{LOCATION:Lakeland}}, FL {{ZIP:33803}}
cc: {{NAME:Priya Mukherjee-Sloan}}, MD (PCP)`,

  `ED Triage  {{DATE:12/31/2025 23:51}}
{{NAME:Nkechi Adeyemi-Lauder}} 45F  MRN {{MRN:8840021}}
BIBA from {{FACILITY:Riverside Tavern}} on {{ADDRESS:Water St}} after fall on ice, +LOC brief per friend. Medic unit M14 report: GCS 15, c-collar placed, BP 148/90.
CC: head/neck pain, L wrist deformity.
ESI 2. Canadian C-spine rule: dangerous mechanism no, age <65, paresthesias none.
Allergy: NKDA. Meds: sumatriptan prn.
LMP {{DATE:12/10}}. Tetanus 2019.
Contact: husband {{NAME:Oluwaseun}} ({{PHONE:216-555-0134}}), on way from {{LOCATION:Lakewood}}.
Pt states she is a charge nurse at {{FACILITY:Cuyahoga Valley Medical Center}} and asks that her coworkers not be informed.
Assigned: Pod C, bed 17. Attending Dr. {{NAME:Strickland-Vos}}.
{{NAME:Gerrit Haldorsen}}, RN`,

  `Occupational Health - Fitness for Duty
{{FACILITY:Ironbridge Occupational Medicine}}   {{DATE:3/10/2026}}
Employee: {{NAME:Bartholomew Ekwueme}}   DOB {{DATE:8/21/1985}}   Employee ID {{ID:ISW-004418}}
Employer: {{FACILITY:Ironbridge Steelworks}}, {{ADDRESS:1 Furnace Way}}, {{LOCATION:Bethlehem}}, PA {{ZIP:18015}}
Position: crane operator. CDL # PA {{LICENSE:30119482}}.

Reason: return-to-work after L5-S1 microdiscectomy {{DATE:1/6/2026}} by Dr. {{NAME:Hovannisian}}.
Hx: Oswestry 14% (from 58%). No radicular sx. Off gabapentin.
Exam: SLR neg bilat, strength 5/5 LE, reflexes 2+ symmetric, Waddell signs 0/5. Lumbar flexion 70 deg.
Vision 20/20 OU, color nl (Ishihara 14/14). Audiogram normal.
Drug screen: negative (chain of custody {{ID:CCF-2261904}}).
Determination: fit for full duty without restrictions effective {{DATE:3/11/2026}}.
HR contact {{NAME:Dolores Kwan}} notified via {{EMAIL:dkwan@ironbridgesteel.example}}.
{{NAME:Mehmet Aydogan}}, MD, MPH`,

  `ortho floor nsg 0700-1500
pt {{NAME:fenstermacher}} 81f pod#1 l tka.
neuro: a&ox4, pleasant.
cv: vss, bp 130s/70s. hgb 10.9.
resp: ra, is 1000.
pain: femoral nerve block wore off 0900, pain 8/10 -> oxy 5 x2, tylenol sched, ice. now 4/10.
mobility: pt ({{NAME:shane}}) walked 60 ft w/ rw, cga. cpm 0-70 x2 h.
gu: foley out 0600, voided 250 at 1100, bladder scan pvr 90.
skin: aquacel dressing dry. heels floated.
dvt ppx: enoxaparin 40 daily, scds.
dc planning: lives alone in {{LOCATION:emmaus}}, 2 steps to enter. niece {{NAME:rochelle}} ({{PHONE:610-555-0145}}) staying 1 wk. outpt pt at {{FACILITY:lehigh motion pt}} set up. dc tomorrow if pt clears stairs.
pt asking about her cat - neighbor mr. {{NAME:dietz}} feeding.
{{NAME:hw}} rn`,

  `Radiology Report - MAMMOGRAPHY
{{FACILITY:Hollins Breast Imaging Center}}
Patient: {{NAME:Genevieve Aurelio-Stroud}}   MRN {{MRN:HBI-2209148}}   DOB {{DATE:12/12/1974}}
Exam: Bilateral diagnostic mammogram with tomosynthesis; L breast US
Date: {{DATE:10/30/2025}}   Accession {{ID:MG251030-0119}}
History: Palpable lump L breast 2 o'clock, 4 cm FN. Mother breast ca at 48. Prior screening {{DATE:10/2024}} here.
Breast composition: heterogeneously dense (C).
Findings: L 2:00, 4 cm FN, irregular spiculated mass 1.4 cm with associated architectural distortion; corresponds to US hypoechoic irregular mass 1.3 x 1.1 x 1.0 cm, not parallel, posterior shadowing. L axilla: one node with 4 mm cortex. R breast: no suspicious findings.
Impression: BI-RADS 5. L breast mass highly suggestive of malignancy. US-guided biopsy of mass and axillary node recommended.
Biopsy scheduled {{DATE:11/3/2025}}. Results communicated to patient in person by Dr. {{NAME:Hollins-Mbeki}}; navigator {{NAME:Carys Whitlow}}, RN ({{PHONE:540-555-0161}}) assigned.
Referring: {{NAME:Terrence Abiodun}}, MD`,

  `Hi Dr. {{NAME:Sandoval}},

This is {{NAME:Marisela}}, {{NAME:Emilio Sandoval-Pratt}}'s mom (DOB {{DATE:4/9/2017}}). We saw Dr. {{NAME:Whitaker}} at urgent care on Sunday for ear pain and he got amoxicillin 90 mg/kg/day. He's on day 3 and still has fever 102 and now his eye is red and goopy. Should he come in? He missed school at {{FACILITY:Alder Creek Elementary}} all week, and his teacher Ms. {{NAME:Yount}} needs a note.

Also our insurance changed to Molina, member # {{HEALTH_PLAN:MOL8820157733}}, and we moved to {{ADDRESS:882 Juniper Hollow Rd}}, {{LOCATION:Medford}} {{ZIP:97504}}. Best number is {{PHONE:541-555-0102}}.

Thank you,
{{NAME:Marisela}}

---
Staff reply {{DATE:5/14/2025 8:05 AM}} - {{NAME:Yara}}, LPN: Conjunctivitis-otitis syndrome is common; we have an opening today at 10:40 with Dr. {{NAME:Sandoval}}. School note will be provided. Insurance and address updated in the chart ({{MRN:ACP-501772}}).`,

  `PROGRESS NOTE - WOUND/OSTOMY NURSE
{{DATE:6/5/2026}}   {{FACILITY:Brennan 10}}, {{FACILITY:Mount Carroway Hospital}}
Pt {{NAME:Ignatius Pemberton-Roy}}  MRN {{MRN:MCH-6617340}}
Consult: new ileostomy teaching, peristomal skin, sacral wound.

Stoma: RLQ end ileostomy POD#4, 32 mm round, budded 2 cm, pink/moist. Mucocutaneous junction intact. Output 900 mL/24h liquid-thick.
Peristomal skin: mild erythema 5-7 o'clock from leak (PSI score low). Applied stoma powder + skin prep (crusting), convex 1-pc pouch, cut to 33 mm.
Sacrum: stage 3 PI 3.2 x 2.0 x 0.3 cm, 100% granular, no tunneling. Medihoney + foam, q3 days. Low air loss mattress ordered (rental # {{ID:LAL-88102}}).
Teaching: pt and partner {{NAME:Anselmo}} emptied pouch x2 with teach-back. Supplies ordered through {{FACILITY:Edgepark}} acct {{ACCOUNT:EP-44107739}}; shipping to {{ADDRESS:77 Thornapple Way}}, {{LOCATION:Grand Rapids}}.
Outpt ostomy clinic f/u {{DATE:6/19}} with {{NAME:Winslow Ibe}}, RN CWOCN.
{{NAME:Odalys Vantreese}}, BSN, RN, CWON  x{{PHONE:4-2261}}`,

  `Record date: {{DATE:2067-02-28}}

Neurology follow-up
{{NAME:Pemberly, Augustin}} ({{MRN:1190458}})

Mr. {{NAME:Pemberly}} is a 71-year-old right-handed retired bus mechanic with Parkinson disease diagnosed in 2061 who returns with his wife {{NAME:Evelina}}. Since our last visit in {{DATE:October}} he reports 3 hours of "off" time per day, mostly before the 2 p.m. dose, and mild peak-dose dyskinesia. He had one fall in {{DATE:January}} at the {{FACILITY:Saugus YMCA}} pool. No hallucinations. REM sleep behavior unchanged. Constipation managed with Miralax.

Meds: carbidopa/levodopa 25/100, 1.5 tabs five times daily; rasagiline 1 mg.

Exam: MDS-UPDRS part III (on) 28. Hoehn and Yahr 2.5. Mild hypophonia. Rigidity R > L. Pull test: 3 steps back, recovers. MoCA 25/30.

Plan:
1. Add entacapone 200 mg with each dose.
2. LSVT BIG and LOUD at {{FACILITY:North Shore Neuro Rehab}}.
3. Discuss DBS evaluation at {{FACILITY:Lakeshore Movement Disorders Center}} next visit.
Return in 4 months.

{{NAME:Marigold Aoki-Fennell}}, M.D.
{{NAME:MAF}}/{{NAME:tsr}}`,

  `respiratory therapy note  {{DATE:9/12/25 0400}}
pt {{NAME:okafor, dimitri}} bed 6 {{FACILITY:hollis micu}}
vent: prvc 450/18/peep 10/fio2 50%. pip 32, plat 26, dp 16. abg 7.33/48/78/25 on these settings.
p/f 156. rsbi n/a.
bs: coarse crackles bilat, rhonchi clear w/ sxn. sxn'd x2 mod thick yellow, sputum cx sent.
ett 7.5 @ 23 cm lip, cuff pressure 25. vap bundle done, hob 30.
nebs: duonebs q4h given.
proned 1600-0400, supined 0400 for line change by dr {{NAME:ferraz}}.
home cpap settings from {{FACILITY:apria}} record: 12 cmh2o, machine serial {{DEVICE:23171448902}}.
plan: sbt when fio2 <= 40 peep <= 8.
{{NAME:jl}} rrt`,

  `AUTHORIZATION REQUEST / LETTER OF MEDICAL NECESSITY
{{DATE:July 28, 2025}}
To: Utilization Management, Cigna Healthcare (fax 1-866-555-0190)
Patient: {{NAME:Rosamund Achterhof}}   DOB: {{DATE:03/01/1987}}   Member ID: {{HEALTH_PLAN:U72259018 02}}
Request: dupilumab 300 mg SC q2wk (loading 600 mg), CPT/J code J3590, ICD-10 L20.89.

Ms. {{NAME:Achterhof}} is a 38-year-old elementary school teacher with severe atopic dermatitis since childhood (EASI 31, IGA 4, BSA 42%, itch NRS 9/10). She has failed: triamcinolone 0.1% and clobetasol 0.05% (8 wk), tacrolimus 0.1% (12 wk), narrowband UVB 3x/wk for 14 wk at {{FACILITY:Brookside Phototherapy Center}} ({{DATE:Jan-Apr 2025}}), and methotrexate 15 mg weekly ({{DATE:May-July 2025}}) stopped for transaminitis (ALT 4x ULN). Cyclosporine is contraindicated given HTN. She has missed 11 days of work at {{FACILITY:Meadowlark Elementary}}.

Please contact my office at {{PHONE:(402) 555-0153}} for a peer-to-peer review.

{{NAME:Caspar Weatherby}}, MD, FAAD
{{FACILITY:Platte River Dermatology}}, {{ADDRESS:4410 Dodge St}}, {{LOCATION:Omaha}}, NE {{ZIP:68131}}
NPI {{LICENSE:1992837465}}`,
];

export const HELDOUT_REALISTIC_4_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`real4-${i + 1}`, n));
