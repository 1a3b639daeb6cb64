// A fifteenth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555-01xx numbers; towns and cities are real places
// used only as LOCATION). The notes are shaped like the ICU and ward notes of a large Boston teaching
// hospital (MIMIC-III / MIMIC-IV style), but with realistic surrogate values written in plain text:
// system-by-system nursing progress notes, templated ICU physician notes, radiology reports
// (CHEST (PORTABLE AP), CT HEAD W/O CONTRAST, CTA, MR, US) with COMPARISON dates and FINAL REPORT
// blocks, ECG and echo reads, respiratory therapy, social work, nutrition, case management,
// consults, procedure, event and death notes, and discharge summaries with Admission/Discharge
// Date, Date of Birth, Service, Attending, Discharge Disposition and Followup Instructions
// ("Provider: X Phone: Y Date/Time: Z"). A few notes keep MIMIC [** **] brackets around surrogate
// content. Families, health-care proxies, outside hospitals, rehab and nursing facilities, PCPs,
// towns, ages including 90+, times, dates with and without years, and many look-alike non-PHI
// (eponyms, drugs and doses, scores, lab values, ventilator settings, device models, rooms and
// beds, CPT/ICD codes, years and weekdays alone, clock times, ages of 89 and under, states and
// countries).
// Written by a helper session without reading the detectors, the lexicon, the engine, the tuning
// sets or the other held-out sets, and never run through the engine by its author: measure only.
// Do not change a note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// credentials (Dr., RN, MD) stay outside NAME spans; labels (MRN:, DOB:, Unit No:) stay outside;
// MIMIC brackets are outside the span, which covers the whole content between them, typed by what
// it stands for; a time attached to a full date is part of the DATE, but a shift range after a date
// (3/14 0700-1900) is not; a weekday written with a date is part of it; a date range written as
// one token is one DATE span; a month with a year is a DATE; hospitals, clinics, named wards with a
// proper name, rehab and nursing facilities, assisted living, pharmacies, home-care agencies,
// shelters, schools, employers and churches are FACILITY (generic units such as MICU, CCU, 7 North
// are not); payers and state or federal agencies are not PHI; insurer member numbers are
// HEALTH_PLAN; billing numbers are ACCOUNT; radiology clip and accession numbers and other order or
// case numbers are ID; pacemaker and ICD serials are DEVICE; plates are VEHICLE; pagers and
// extensions are PHONE; lot, NDC and trial numbers are not PHI; typist initials are NAME; ages of
// 90 and over are AGE, ages of 89 and under are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9536 / 0.9704; pass-11 engine (789a1c5) 0.9680 / 0.9548; pass-12a-q engine (657310b) 0.9726 / 0.9550.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Nursing Progress Note - MICU {{FACILITY:Kessler 7}}   {{DATE:3/14}} 0700-1900
Pt is a {{AGE:91}} y/o F admitted {{DATE:3/12/2023}} from {{FACILITY:Hollybrook Rehabilitation and Nursing}} in {{LOCATION:Braintree}} w/ urosepsis. PMH: Parkinson's, CHF (EF 35%), AFib on Coumadin (held, INR 3.4).
Neuro: A&O x1-2, oriented to self and intermittently to place. PERRL 3mm brisk. MAE, weak BLE. Sinemet 25/100 given 0800, 1200, 1600 per home schedule.
CV: AFib 80s-110s, SBP 98-124. Levophed weaned off at 0230. K 3.6, repleted w/ 40 mEq KCl PO.
Resp: 2L NC, sats 94-97%. LS coarse at bases. CXR this AM per Dr. {{NAME:Abernathy}} - small bilat effusions.
GI/GU: Foley placed {{DATE:3/12}} at {{FACILITY:Neponset Valley Hospital}} ED, draining clear yellow urine 40-60cc/hr. BM x1 guaiac neg. Pureed diet w/ nectar thick liquids per S&S.
ID: Tmax 100.8 at 1400. Cont Zosyn 3.375g IV q8h. Urine cx from {{FACILITY:NVH}} growing E. coli >100K.
Skin: Stage 2 on coccyx, Mepilex in place. Braden 12.
Social: Daughter {{NAME:Theresa Mulcahy}} (HCP) visited 1100-1500, updated by Dr. {{NAME:Okonjo}}. Son {{NAME:Kevin}} calling from {{LOCATION:Scranton}}, cell {{PHONE:(570) 555-0118}}. DNR/DNI per MOLST signed {{DATE:11/02/2022}}.
Plan: cont abx, monitor UO, possible call-out to {{FACILITY:Tilden 4}} tomorrow if BP stable.
{{NAME:Meghan O'Rourke}}, RN`,

  `Chief Complaint: hypoxemic respiratory failure
24 Hour Events:
BRONCHOSCOPY - At {{DATE:2022-04-09 02:15 PM}}
ARTERIAL LINE - STOP {{DATE:2022-04-09 09:40 PM}}
Allergies: Penicillins - Hives
Last dose of Antibiotics: Vancomycin - {{DATE:2022-04-09 08:00 PM}}; Piperacillin/Tazobactam (Zosyn) - {{DATE:2022-04-10 04:00 AM}}
Infusions: Propofol - 40 mcg/Kg/min; Fentanyl - 75 mcg/hour
Flowsheet Data as of {{DATE:2022-04-10 07:41 AM}}
Tmax: 38.3 C (100.9 F)  HR: 96 (88 - 121) bpm  BP: 112/61(76) mmHg  RR: 22  SpO2: 95%
Ventilator mode: CMV/ASSIST/AutoFlow  Vt (Set): 450 mL  PEEP: 10 cmH2O  FiO2: 50%  ABG: 7.34/44/82/23/-2
Labs: WBC 14.2, Hct 29.1, Plt 188, Cr 1.3, lactate 1.8
Assessment and Plan: 67M w/ COPD (FEV1 38%), transferred from {{FACILITY:Mystic River Medical Center}} on {{DATE:4/8}} with multifocal PNA. BAL sent; f/u cx. Wean FiO2, SBT when PEEP 5.
ICU Care: Nutrition: Replete w/ fiber @ 40 cc/hr. Lines: Multi Lumen - {{DATE:2022-04-09 01:00 AM}}. DVT: SQ UF heparin. Code status: Full code.
Communication: wife {{NAME:Darlene Fitzgerald}} (HCP) {{PHONE:781-555-0163}}; PCP Dr. {{NAME:Arturo Benavides}} at {{FACILITY:Malden Square Family Medicine}} aware.
Attending addendum: I saw and examined the patient with Dr. {{NAME:Priya Venkataraman}} and agree with the plan above. Critically ill, 40 min.
Electronically signed by {{NAME:Jonas Whitfield}}, MD on {{DATE:04/10/2022 11:52}}`,

  `CHEST (PORTABLE AP)   Clip # {{ID:2281407}}
{{DATE:03/16/2023 5:42 AM}}
Reason: ? interval change in effusions, eval NGT placement
Admitting Diagnosis: UROSEPSIS
______________________________________________________________________________
{{FACILITY:CHARLESGATE MEDICAL CENTER}}
MEDICAL CONDITION:
 {{AGE:91}} year old woman with CHF, urosepsis, new NGT
______________________________________________________________________________
FINAL REPORT
INDICATION: {{AGE:91}}-year-old woman with urosepsis and CHF. Nasogastric tube placement.
COMPARISON: {{DATE:03/14/2023}} and {{DATE:02/27/2023}} (outside films from {{FACILITY:Neponset Valley Hospital}}).
PORTABLE AP UPRIGHT CHEST RADIOGRAPH: The nasogastric tube courses below the diaphragm with tip in the stomach. Right IJ catheter terminates in the mid SVC. Moderate cardiomegaly is stable. Small-to-moderate bilateral pleural effusions with adjacent atelectasis, slightly increased on the left. Mild pulmonary vascular congestion without frank edema. No pneumothorax.
IMPRESSION:
1. NG tube in appropriate position.
2. Slight increase in left effusion.
Findings discussed with Dr. {{NAME:Okonjo}} by Dr. {{NAME:Lindqvist}} via telephone at 8:10 AM on {{DATE:03/16/2023}}.
DR. {{NAME:HARRIET LINDQVIST}}
DR. {{NAME:SAMUEL ADEYEMI-BROOKS}}   Approved: {{DATE:WED 03/16/2023 9:14 AM}}`,

  `CT HEAD W/O CONTRAST   Clip # {{ID:2290155}}
{{DATE:11/02/2022 11:48 PM}}
Reason: fall from standing, on Plavix, eval for bleed
MEDICAL CONDITION:
 {{AGE:94}} year old man s/p unwitnessed fall at {{FACILITY:Whitcomb House}} assisted living, dementia
FINAL REPORT
HISTORY: {{AGE:94}}-year-old man with fall, on clopidogrel.
TECHNIQUE: Contiguous axial images of the brain were obtained without IV contrast. DLP 1012 mGy-cm.
COMPARISON: CT head {{DATE:June 4, 2021}} from {{FACILITY:Blue Hills Community Hospital}}; MRI brain {{DATE:January 2019}}.
FINDINGS: Acute 7 mm right frontal subdural hematoma without significant mass effect. No midline shift. Small focus of subarachnoid blood in the left sylvian fissure. Moderate periventricular white matter hypodensities consistent with chronic small vessel ischemic disease. Ventricles and sulci prominent. Calcified plaque in the cavernous carotids. No fracture. Left parietal scalp hematoma.
IMPRESSION: Acute right frontal SDH and small left SAH.
Wet read called to Dr. {{NAME:Quintero}} (ED) at 23:55 on {{DATE:11/02/2022}}; neurosurgery resident Dr. {{NAME:Blessing Nwachukwu}} paged at x{{PHONE:0127}}.
DR. {{NAME:TOMAS ECHEVARRIA}}   Approved: {{DATE:THU 11/03/2022 7:30 AM}}`,

  `ECG  Study Date/Time: {{DATE:04/11/2022 06:12}}
Patient: {{NAME:WOJCIK, STANLEY}}   MRN {{MRN:3317420}}   Age {{AGE:90}}   Location: {{FACILITY:Ashcroft 6}} Bed 14
Sinus bradycardia with first degree A-V block, PR 236 ms. Left anterior fascicular block. Q waves in leads III and aVF consistent with old inferior myocardial infarction. Non-specific ST-T wave changes in V4-V6. Compared to the previous tracing of {{DATE:03/29/2022 22:40}} the rate is slower and the PR interval has lengthened; no Mobitz I (Wenckebach) periodicity. QTc (Bazett) 468 ms. Clinical correlation suggested.
Intervals            Axes
Rate PR QRS QT/QTc   P QRS T
58 236 112 476/468   41 -52 77
Read by: {{NAME:Ingrid Salazar-Moody}}, MD   Confirmed {{DATE:04/11/2022 14:03}}
Ordering: {{NAME:Dmitri Volkov}}, NP (pager {{PHONE:0152}})
Prior tracing {{DATE:03/29/2022}} (read by {{NAME:R. Haddad}}): Atrial fibrillation with rapid ventricular response, rate 132. LAFB. Poor R wave progression. Patient then on diltiazem drip at {{FACILITY:Marlowe Memorial Hospital}} prior to transfer. Metoprolol 25 mg PO q6h started on {{DATE:3/30}}; converted to sinus {{DATE:4/1}} per outside records faxed from {{FAX:(508) 555-0175}}.`,

  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
Patient: {{NAME:Feeney, Marguerite A.}}   MRN: {{MRN:00561934}}   DOB: {{DATE:02/17/1930}}   Age: {{AGE:93}}
Date/Time: {{DATE:2023-05-08 at 10:26}}   Location: {{FACILITY:Weybridge 11}} Rm 1104
Indication: Syncope, new murmur; r/o aortic stenosis. Height: (in) 61  Weight (lb): 118  BSA (m2): 1.52  BP (mm Hg): 104/58  HR (bpm): 72
Test: TTE (Complete)  Doppler: Full Doppler and color Doppler  Contrast: Definity  Technical Quality: Adequate
Sonographer: {{NAME:Lucia Ferreira-Diaz}}, RDCS
INTERPRETATION: LEFT ATRIUM: Moderately dilated (LA volume index 44 ml/m2). LEFT VENTRICLE: Mild symmetric LVH. Normal LV cavity size. Hyperdynamic LVEF >75% (Simpson's biplane). AORTIC VALVE: Severely thickened/deformed, heavily calcified leaflets. Severe AS. Peak velocity 4.6 m/s, mean gradient 52 mmHg, AVA 0.6 cm2 by continuity equation. Trace AR. MITRAL VALVE: Moderate mitral annular calcification. Mild (1+) MR. PERICARDIUM: No effusion.
Compared with the prior study (images reviewed) of {{DATE:2020-09-14}} from {{FACILITY:Sudbury Regional Hospital}}, AS has progressed (AVA then 1.0 cm2).
Findings discussed with the covering team (Dr. {{NAME:Feldstein}}, {{PHONE:617-555-0109}}).
Electronically signed by {{NAME:Constance Achebe}}, MD, interpreting physician {{DATE:2023-05-08 15:47}}`,

  `Respiratory Care Note  {{DATE:1/22}} 0300
Pt remains orally intubated, 7.5 ETT 23 @ lip, on CPAP/PSV 10/5 FiO2 40% overnight. RR 18-24, Vt 420-510, MV 9.1. BS diminished bilat, coarse upper lobes. Suctioned x3 for mod thick tan secretions; sputum cx sent. RSBI 62 at 0400 on 0/5. ABG 7.41/39/88 on above. MDI albuterol 6 puffs q4h + ipratropium given via inline spacer. Cuff pressure 24 cmH2O. HOB 30, VAP bundle in place.
Plan: SBT this AM per MICU team (Dr. {{NAME:Nakagawa-Reyes}}), likely extubate to 4L NC / face tent.
Pt's wife {{NAME:Anneliese}} at bedside overnight, asked about home BiPAP settings; pt uses ResMed AirCurve 10 at home 14/8 from {{FACILITY:Northshore Home Respiratory}} in {{LOCATION:Peabody}}, their RT {{NAME:Doug Caruso}} {{PHONE:978-555-0140}}. Machine serial {{DEVICE:23171844592}} noted for DME record. Pt was admitted {{DATE:01/19/2024}} via {{FACILITY:Beverly Harbor Hospital}} after 3 days of worsening dyspnea; last extubation there on {{DATE:12/28/2023}} failed within 24h.
{{NAME:Gus Tremblay}}, RRT   ext {{PHONE:0133}}`,

  `Social Work Initial Assessment   {{DATE:Monday 2/6}}
Pt: {{NAME:Desmond Ferreira}}, 58 y/o M, MRN {{MRN:7720381}}, admitted {{DATE:2/3/2023}} after found down at a bus stop in {{LOCATION:Roxbury}} by BPD; ETOH 412, now s/p intubation, extubated {{DATE:2/5}}.
Met with pt at bedside in MICU bed 9 with interpreter ({{NAME:Ana Tavares}}, Cape Verdean Creole, ID {{ID:44019}}). Pt born in {{LOCATION:Praia}}, came to {{LOCATION:Brockton}} in 1998. Previously worked at {{FACILITY:Quarry Street Bakery}} until 2019. Has been staying at {{FACILITY:Kingston Street Men's Shelter}} since {{DATE:October 2022}}. Sister {{NAME:Lourdes Ferreira Gomes}} in {{LOCATION:Dorchester}} ({{PHONE:617-555-0171}}) is his emergency contact; pt agrees she may be HCP, proxy form completed and witnessed by this SW and RN {{NAME:Kate Sullivan}}.
Substance use: reports 1 pint vodka/day x 10 yrs, prior detox at {{FACILITY:Ashmont Recovery Center}} {{DATE:5/2021}}. CIWA 8 today. Interested in residential treatment.
Plan: referral to {{FACILITY:Ferncroft Recovery House}} dual-dx program, MassHealth application, f/u with PCP Dr. {{NAME:Halloran}}.
{{NAME:Noreen Baptiste}}, LICSW  pager {{PHONE:0190}}`,

  `Nutrition Assessment - Initial   {{DATE:08/21/2023}}
Pt: {{NAME:Hyun-Joo Pak}}   Unit No: {{MRN:40918377}}   {{FACILITY:Clemens 5}} SICU, bed 3
Reason: NPO > 3 days, s/p ex-lap {{DATE:8/18}} for perforated sigmoid diverticulitis with Hartmann's procedure.
Hx per pt's son {{NAME:Daniel Pak}}: pt lives alone in {{LOCATION:Lexington}}, independent, usual wt 52 kg in {{DATE:May 2023}}; now 47.3 kg (-9% in 3 mo). Decreased PO x 2 wks pre-admit. Attends {{FACILITY:Hanmaum Presbyterian Church}} lunch program 3x/wk.
Anthropometrics: Ht 152 cm, Wt 47.3 kg, BMI 20.5, IBW 45 kg.
Labs {{DATE:8/21}}: Na 133, K 3.4, Mg 1.6, Phos 2.1, BUN 9, Cr 0.6, Glu 142, Alb 2.4, Prealb 9, TG 110.
NFPE: mild temporal wasting, moderate loss at clavicles/scapulae; meets ASPEN criteria for moderate malnutrition in context of acute illness.
Estimated needs: 1400-1650 kcal (30-35 kcal/kg), 70-85 g protein (1.5-1.8 g/kg), fluid per team.
Recommendations:
1. If NPO beyond {{DATE:8/23}}, start PN via PICC: Clinimix E 4.25/10 at 40 ml/hr, advance to goal 65 ml/hr + lipids 20% 100 ml 3x/wk.
2. Replete Phos/Mg/K, refeeding risk - check BMP/Mg/Phos daily x 3.
3. MVI, thiamine 100 mg x 5 d.
Will follow Tues/Fri. {{NAME:Rachel Zimmerman-Oduya}}, MS, RD, LDN  pager {{PHONE:0144}}`,

  `Case Management Note   {{DATE:12/05/2022 15:20}}
Pt {{NAME:Alvaro Quiñones}} ({{MRN:5530092}}), {{AGE:96}} y/o M w/ CHF exacerbation, HD#6 on {{FACILITY:Hollis 10}}. Anticipate d/c {{DATE:Wed 12/7}}.
Insurance: Medicare A/B ({{HEALTH_PLAN:3QW9-RT2-KP18}}) + Tufts Medicare Preferred secondary, member ID {{HEALTH_PLAN:T00471958}}.
PT recommends rehab. Per pt and daughter {{NAME:Marisol Quiñones-Whitaker}} (HCP, {{PHONE:508-555-0126}}), first choice {{FACILITY:Seabury Hill Rehabilitation Center}} in {{LOCATION:Framingham}}, second {{FACILITY:Laurelwood Skilled Nursing}} ({{LOCATION:Natick}}). Referrals sent via Allscripts at 1300; {{FACILITY:Seabury}} liaison {{NAME:Jill Antonucci}} ({{EMAIL:jantonucci@seaburyhill.org}}) called back, bed likely Wed, needs updated PT note and COVID swab within 48h.
Pt previously at {{FACILITY:Laurelwood}} {{DATE:9/2022}} for 18 days after hip fx. Lives with daughter in {{LOCATION:Ashland}}, 2nd floor apt, 14 stairs.
Home O2 2L via {{FACILITY:Bayside Medical Supply}}, acct {{ACCOUNT:BMS-0088213}}.
Notified attending Dr. {{NAME:Eun-Ji Cho}} and RN {{NAME:Pat Delacroix}}. Will f/u in AM.
{{NAME:Gwen Asante}}, RN CM x{{PHONE:0128}}`,

  `Admission Date: {{DATE:10/13/2022}}     Discharge Date: {{DATE:10/21/2022}}
Date of Birth: {{DATE:07/30/1932}}     Sex: F
Service: MEDICINE
Allergies: Sulfa (Sulfonamide Antibiotics) / Codeine
Attending: {{NAME:Rosalind Achterberg}}, MD
Chief Complaint: Hematemesis
Major Surgical or Invasive Procedure: EGD {{DATE:10/14/2022}} with clipping of gastric ulcer
History of Present Illness: Ms. {{NAME:Brannigan}} is a {{AGE:90}} year-old woman with hx of HTN, CKD III, OA on daily naproxen, who presented to {{FACILITY:Blue Hills Community Hospital}} ED in {{LOCATION:Milton}} with 2 episodes of coffee-ground emesis. Hct 21 there, transfused 2 units pRBC and transferred to {{FACILITY:CMC}} MICU. Her daughter-in-law {{NAME:Patrice}} found her on the bathroom floor the morning of {{DATE:10/13}}. Glasgow-Blatchford score 13.
Past Medical History: HTN; CKD stage III (baseline Cr 1.4); OA; s/p R TKR 2009 at {{FACILITY:Neponset Valley Hospital}}; cataracts.
Social History: Widowed, lives in {{LOCATION:Quincy}} with her son {{NAME:Francis Brannigan}}; retired teacher at {{FACILITY:Wollaston Heights Middle School}}. No tobacco, rare wine.
Family History: Mother with gastric ca, d. age 71.
Brief Hospital Course: EGD by Dr. {{NAME:Vasquez-Hollander}} showed 1.5 cm clean-based lesser curve ulcer with visible vessel, clipped x2. H. pylori serology negative. Pantoprazole 40 mg IV BID then PO.`,

  `Discharge Medications:
1. Pantoprazole 40 mg Tablet, Delayed Release PO Q12H
2. Amlodipine 5 mg PO daily
3. Acetaminophen 650 mg PO Q6H PRN pain (NO NSAIDS)
4. Ferrous sulfate 325 mg PO daily
Discharge Disposition: Extended Care
Facility: {{FACILITY:Pinecrest Manor Nursing and Rehabilitation}} - {{LOCATION:Weymouth}}
Discharge Diagnosis: Bleeding gastric ulcer, NSAID-associated; acute blood loss anemia; CKD III
Discharge Condition: Mental Status: Clear and coherent. Ambulatory - requires assistance (walker).
Discharge Instructions: You were admitted to {{FACILITY:Charlesgate Medical Center}} for bleeding from a stomach ulcer. Do not take ibuprofen, naproxen (Aleve) or aspirin.
Followup Instructions:
Provider: {{NAME:Vasquez-Hollander, Ines}}, MD Phone: {{PHONE:617-555-0150}} Date/Time: {{DATE:11/29/2022 9:40}}
Provider: {{NAME:Arnaud Petit-Frere}}, MD (PCP) Phone: {{PHONE:617-555-0157}} Date/Time: {{DATE:11/04/2022 1:15}}
Provider: GI LAB, REPEAT EGD Phone: {{PHONE:617-555-0151}} Date/Time: {{DATE:1/10/2023 8:00}}
Completed by: {{NAME:Aoife Donnellan}}, MD {{DATE:10/21/2022}}
{{NAME:Rosalind Achterberg}} MD  dictated {{DATE:10/21/2022 16:05}}  transcribed {{DATE:10/22/2022 08:11}}
{{NAME:RA}}/{{NAME:kmt}}   Job#: {{ID:88310275}}
cc: Dr. {{NAME:Petit-Frere}}, {{FACILITY:Milton Village Internal Medicine}}, fax {{FAX:617-555-0158}}`,

  `CCU Nursing Progress Note {{DATE:6/30}} 1900-0700
S/P cath {{DATE:6/30/2023}} via R radial: 100% mid LAD, DES x2 (Xience 3.0 x 28, 2.75 x 15). TR band removed 2200 without hematoma, + Allen test pre-procedure, R radial pulse palp.
Neuro: A&Ox3, calm, asking about returning to work at {{FACILITY:Clark's Cove Marine Fabrication}}. Slept 3-4 hrs.
CV: NSR 70s-80s with occ PVCs, 6-beat run NSVT at 0215, MD aware (Dr. {{NAME:Szymanski}}), K 3.9 / Mg 1.8, repleted 2g Mg. BP 100s-120s/60s. On ASA 81, Brilinta 90 BID, atorva 80, metoprolol 12.5 q6h. Heparin gtt d/c'd 2300. Peak troponin T 4.81 at 0400. Echo ordered for AM.
Resp: RA, sats 96-98%. LS clear.
GI/GU: cardiac diet, voiding via urinal 900cc/shift.
Social: Pt {{NAME:Robert "Bobby" Lacerda}}, 54, from {{LOCATION:New Bedford}}. Wife {{NAME:Cheryl}} and son {{NAME:Jared}} at bedside until 2100; cell {{PHONE:508-555-0139}}. Walked into {{FACILITY:Buttonwood Bay Hospital}} ED on {{DATE:Thursday 6/29}} w/ CP x 4hrs, STEMI activation, flown in by helicopter. Former smoker, quit in 2015.
Plan: ambulate in AM, cardiac rehab referral to {{FACILITY:Whaling City Cardiac Rehab}}, d/c planning.
{{NAME:Mireille Gagnon}}, RN`,

  `TSICU Admission Note - Trauma Surgery   {{DATE:09/17/2023 03:40}}
Pt: {{NAME:Caleb J. Whitmore}}   MRN: {{MRN:6648213}}   DOB: {{DATE:04/02/2001}}
HPI: 22M unrestrained driver, high-speed MVC vs utility pole on Rte 128 near {{LOCATION:Woburn}} ~0120. Per {{LOCATION:Woburn}} PD, vehicle (gray Honda Civic, MA plate {{VEHICLE:7KLR23}}) with 2 passengers, both taken to {{FACILITY:Mystic River Medical Center}}. Prolonged extrication 25 min. GCS 9 at scene (E2V2M5), intubated by {{FACILITY:Middlesex Regional Ambulance}} paramedics. Trauma level 1 activation on arrival 0210.
Injuries: L pneumothorax (chest tube 28Fr placed in trauma bay, 350cc blood), L ribs 4-8 fx, grade III splenic lac (no blush on CTA), R femoral shaft fx, small R frontal contusion. FAST +LUQ.
Tox: BAL 0.19, UDS + THC.
Plan: serial Hct q6h, ortho (Dr. {{NAME:Kallistratos}}) IMN of femur when stable, repeat CT head 6h, Keppra 500 BID x7d, tertiary survey in AM.
Family: mother {{NAME:Leah Whitmore}} en route from {{LOCATION:Lowell}}, {{PHONE:978-555-0112}}. Pt works at {{FACILITY:Dunmore Roofing}}; employer contact {{NAME:Rick Dunmore}}.
Seen with attending Dr. {{NAME:Esperanza Villanueva}}; chief resident {{NAME:Owen Prescott}} pgr {{PHONE:0166}}.`,

  `NICU Nursing Progress Note   {{DATE:2/11}} 0700-1900
Baby Boy {{NAME:Abernethy-Osei}} ("{{NAME:Kwame}}"), ex-31 2/7 wk, now DOL 9, CGA 32 4/7. BW 1640 g, today 1612 g (+18). Born {{DATE:02/02/2024 04:51}} at {{FACILITY:Charlesgate Medical Center}} by C/S for PIH; Apgars 6 and 8.
Resp: RA since {{DATE:2/8}}, sats 92-99%. 2 brady/desat events to 70s with color change, self-resolved; caffeine citrate 8 mg PO daily.
CV: soft murmur, hemodynamically stable. Echo {{DATE:2/4}}: small PDA, L-to-R.
FEN: EBM 24 kcal/oz 32 ml q3h via NGT over 30 min, advancing 2 ml/feed q12. Voiding, stooling, heme neg.
ID: 48h r/o sepsis, cx neg, abx d/c'd.
Neuro: HUS {{DATE:2/9}} normal. Temp stable in isolette, weaning.
Family: Mother {{NAME:Adwoa Osei}} (21 y/o, G1P1) visited 1000-1400, holding skin-to-skin 1 hr, pumping 60 ml q3h. Father {{NAME:Liam Abernethy}} called from work at {{FACILITY:Logan Airfreight Services}}. Lives in {{LOCATION:Chelsea}}; pediatrician to be Dr. {{NAME:Farida Mahmoud}} at {{FACILITY:Bellingham Square Pediatrics}}. Parents updated by NNP {{NAME:Siobhan Kearney}}.
Plan: cont feeding advance, eye exam (ROP) at 4 wks, hearing screen before d/c.
{{NAME:Yvette Lambert}}, RN`,

  `CVICU Nursing Note {{DATE:5/02}} 1900-0700
{{AGE:90}} yo M POD#1 CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA) + AVR (21mm Magna Ease) by Dr. {{NAME:Harutyunyan}} {{DATE:5/1/2024}}. Extubated 2010 last eve.
Neuro: intermittently confused overnight, CAM-ICU +, RASS 0 to +1. Haldol 0.5 mg IV x1 at 0130 with effect. Daughter {{NAME:Geraldine}} reassuring at bedside till 2200.
CV: A-paced 88 via epicardial wires (Medtronic 5388 box, A output 10 mA, sens 0.5). CI 2.3, CVP 10-12, SBP 100-118. Milrinone 0.25 mcg/kg/min, neo off at 2300. MT output 180cc total serosang. Swan pulled 0500.
Resp: 4L NC -> 2L, sats 95%. IS 750, encouraged.
GI/GU: Foley, UO 30-80cc/h with lasix 20 IV x1. Sips of clears.
Endo: insulin gtt per Portland protocol, BG 112-168.
Skin: sternal dsg D&I, L leg EVH site with mild ecchymosis.
Social: lives with wife {{NAME:Annette Kowalczyk}} ({{AGE:91}}) in {{LOCATION:Methuen}}; patient's name {{NAME:Bernard Kowalczyk}}, retired from {{FACILITY:Haverhill Paperboard}}. Son {{NAME:Stefan}} (HCP) lives in {{LOCATION:Nashua}}, NH, phone {{PHONE:603-555-0185}}. Transfer from {{FACILITY:Merrimack Falls Hospital}} {{DATE:4/27}} for NSTEMI.
{{NAME:Corinne Abiodun}}, RN`,

  `MICU Admission Note - Resident   {{DATE:07/08/2022 22:15}}
Name: {{NAME:Huang, Mei-Ling}}   Unit No: {{MRN:2047751}}   DOB: {{DATE:12/09/1957}}
CC: septic shock
HPI: 64F w/ ESRD on HD (MWF at {{FACILITY:Fresh Pond Dialysis Unit}}), DM2, who was sent from HD today after rigors and SBP 70s in the first hour of her session. Tunneled HD catheter (R IJ, placed {{DATE:5/2022}} at {{FACILITY:CMC}}) with purulence at exit site. In ED: T 39.4, HR 124, BP 76/40, lactate 4.1; 2L LR, vanc/cefepime, R fem A-line, L IJ TLC, norepi 0.12 mcg/kg/min.
PMH: ESRD 2/2 diabetic nephropathy, DM2 (A1c 8.9 {{DATE:6/1}}), HFpEF, hypothyroidism (Hashimoto's), GERD.
SH: lives in {{LOCATION:Arlington}} with husband {{NAME:Wei Huang}}; daughter {{NAME:Jenny}} is RN at {{FACILITY:Alewife General Hospital}}. Speaks Mandarin; interpreter used. No EtOH/tob.
Exam: GCS 15. Dry MM. RRR, 2/6 SEM. Lungs clear. R chest cath site erythema 3 cm, pus.
A/P: Septic shock 2/2 line infection. - BCx x2 ({{ID:BC23-119477}}, {{ID:BC23-119478}}), catheter cx. - IR to pull line (Dr. {{NAME:Lin}} aware), temporary HD line later. - Renal (Dr. {{NAME:Okafor-Lindgren}}) consulted. - Stress-dose hydrocortisone if norepi >0.2.
Code: FULL (confirmed w/ pt and husband). HCP: {{NAME:Wei Huang}} {{PHONE:781-555-0176}}.
{{NAME:Tobias Engel}}, MD PGY-2`,

  `Family Meeting Note   {{DATE:Friday, January 12, 2024}} 14:00-15:10
Location: {{FACILITY:Kessler 7}} family room
Present: pt's wife {{NAME:Rosemary Delaney}} (HCP), sons {{NAME:Michael}} and {{NAME:Brendan Delaney}}, daughter {{NAME:Colleen Delaney-Roth}} (by phone from {{LOCATION:Dublin}}, Ireland), MICU attending Dr. {{NAME:Nkechi Obi}}, fellow Dr. {{NAME:Marcus Feld}}, RN {{NAME:Tara}}, SW {{NAME:Noreen Baptiste}}, chaplain Fr. {{NAME:Emeka Nwosu}}.
Pt {{NAME:Thomas Delaney}}, {{AGE:92}}, hospital day 11 for aspiration PNA with ARDS, remains on AC 450x24, PEEP 14, FiO2 70%, proned x2, P/F 88. Also new AKI (Cr 3.8), not a CRRT candidate per renal. Prior to admission lived with wife in {{LOCATION:Hingham}}, ambulatory with cane, moderate Alzheimer's (MMSE 17 in {{DATE:Sept 2023}} per Dr. {{NAME:Rafferty}}, neurology at {{FACILITY:South Shore Memory Clinic}}).
Discussion: team reviewed poor prognosis. Wife stated pt "always said no machines" and referenced a conversation after his brother's death at {{FACILITY:Marian Hill Hospice}} in 2017. Family in agreement with transition to comfort-focused care. {{NAME:Brendan}} requested time for grandchildren to visit, arriving from {{LOCATION:Worcester}} tonight.
Plan: DNR/DNI now, no escalation; compassionate extubation {{DATE:1/13}} AM after family visits; palliative care (Dr. {{NAME:Suri}}) to follow.
Dictated by {{NAME:Nkechi Obi}}, MD`,

  `Spiritual Care Note   {{DATE:03/03/2023}}
Visit requested by RN {{NAME:Ferreira}} for pt {{NAME:Giuseppina "Josie" Santangelo}}, {{AGE:97}} y/o, who asked to receive the Sacrament of the Sick. Pt is Roman Catholic, parishioner of {{FACILITY:Our Lady of the Harbor Parish}} in {{LOCATION:Everett}}, where her late husband {{NAME:Salvatore}} sang in the choir until his death in 2008.
Pt alert, speaking Italian and English, tearful about being "in the hospital on my birthday" ({{DATE:3/3}}). Her niece {{NAME:Donna Bellucci}} and grand-nephew {{NAME:Anthony}} present. Pt shared memories of emigrating from {{LOCATION:Avellino}} in 1951 and working at {{FACILITY:Linden Street Garment Co.}} for 30 years.
Fr. {{NAME:Paul Lanigan}} from the parish contacted at {{PHONE:617-555-0188}}; he will visit {{DATE:Sunday 3/5}} after 10:30 Mass. Provided rosary and Italian prayer card. Pt's goals: comfort, to return to {{FACILITY:Casa Serena Assisted Living}}, to "see my great-grandson baptized this spring."
Plan: chaplaincy will follow 2-3x/week; pager {{PHONE:0119}}.
{{NAME:Hannah Liebowitz}}, M.Div., BCC, Staff Chaplain`,

  `Physical Therapy Evaluation   {{DATE:10/30/2023}} 1015
Pt: {{NAME:Okonkwo, Ifeanyi}}  MRN {{MRN:9120843}}  Rm 621B {{FACILITY:Tilden 6}}
Dx: L MCA stroke s/p tPA {{DATE:10/27}}; R hemiparesis, expressive aphasia.
PLOF (per wife {{NAME:Chiamaka}}, by phone): independent without device, drove, worked as accountant at {{FACILITY:Longfellow Freight Logistics}} in {{LOCATION:Somerville}}. Lives in 2-level home in {{LOCATION:Medford}}, 4 STE with R rail, bed/bath 2nd floor.
Subjective: pt nods appropriately, follows 1-step commands 80% of time.
Objective: RUE 1/5 prox, 0/5 distal; RLE hip flex 3-/5, knee ext 3/5, DF 1/5. Sensation impaired R. Tone: MAS 1 R elbow flexors. Sitting balance: fair, min A. Sit-to-stand: mod A x1 with hemi-walker. Gait 10 ft mod A x2, R knee hyperextension, R foot drag. Berg 14/56. AM-PAC 6-Clicks 11/24.
Assessment: 52 y/o M with impaired mobility, high fall risk; excellent rehab candidate.
Recommendation: acute inpatient rehab; pt/wife prefer {{FACILITY:Tobin Point Rehabilitation Hospital}} ({{LOCATION:Charlestown}}) vs {{FACILITY:Fenwick Rehab}} ({{LOCATION:Stoughton}}). R AFO fitting, PRAFO at night.
Plan: PT 5x/wk. Discussed with CM {{NAME:Gwen Asante}}.
{{NAME:Jordan Mekonnen}}, PT, DPT`,

  `Occupational Therapy Treatment Note   {{DATE:Tues 4/16}}
Pt {{NAME:Wallace Ingersoll}} ({{AGE:93}} y/o M) seen bedside in {{FACILITY:Weybridge 9}} for ADL retraining after R hip hemiarthroplasty ({{DATE:04/12/2024}}, Dr. {{NAME:Tsai}}). Posterior hip precautions reviewed.
S: "I want to go home to {{NAME:Edie}}." Pt's wife {{NAME:Edith Ingersoll}} is 88 and lives at {{FACILITY:Briar Glen Senior Living}} in {{LOCATION:Burlington}}, IL unit; pt lived in same community, independent apartment.
O: Pain 4/10 R hip pre, 6/10 post, RN medicated w/ oxycodone 2.5 mg. LB dressing with reacher and sock aid: mod A, verbal cues for precautions x3. Toilet transfer with RW and raised seat: min A. Grooming standing at sink 3 min: CGA. MoCA 21/30 (baseline unknown; PCP Dr. {{NAME:Yolanda Fairweather}} at {{FACILITY:Vine Brook Primary Care}} has no prior testing on file). Pt fatigued after 25 min.
A: Progressing; requires more assist than the assisted living can provide ({{FACILITY:Briar Glen}} nurse {{NAME:Pam Oyelowo}} {{PHONE:781-555-0114}} confirms max 1-person standby).
P: Recommend short-term rehab. OT 3-5x/wk. Next session {{DATE:4/17}}.
{{NAME:Kristen Lavoie}}, OTR/L`,

  `VIDEO OROPHARYNGEAL SWALLOW   Clip # {{ID:2374410}}
{{DATE:09/05/2023 1:20 PM}}
Reason: evaluate for aspiration, s/p prolonged intubation
FINAL REPORT
This study was performed jointly with speech-language pathology ({{NAME:Marisa Kuznetsova}}, MS CCC-SLP). Please see full SLP note in the electronic record.
HISTORY: {{AGE:90}}-year-old man with recent aspiration pneumonia, extubated {{DATE:9/1}}, previously on modified diet at {{FACILITY:Chestnut Ridge Care Center}}.
TECHNIQUE: Oral and pharyngeal swallowing was evaluated under videofluoroscopy in the lateral position with thin liquid, nectar-thick liquid, puree and soft solid barium consistencies.
COMPARISON: Modified barium swallow {{DATE:March 22, 2021}} at {{FACILITY:Wachusett Valley Hospital}}.
FINDINGS: Delayed swallow initiation with spillover to the valleculae and pyriform sinuses. Reduced laryngeal elevation and epiglottic inversion. Silent aspiration of thin liquids by cup and by straw (Penetration-Aspiration Scale 8). Nectar-thick by teaspoon: penetration to the level of the cords, cleared with cued cough (PAS 3). Puree: moderate vallecular residue. No Zenker's diverticulum seen.
IMPRESSION: Silent aspiration of thin liquids. Recommend nectar-thick liquids and puree, meds crushed in puree, 1:1 supervision, chin tuck.
DR. {{NAME:PHILIPPA WETHERELL}}   Approved: {{DATE:TUE 09/05/2023 4:02 PM}}
Cc: SLP {{NAME:M. Kuznetsova}}; {{FACILITY:Chestnut Ridge}} DON {{NAME:Lorraine Beausoleil}}, fax {{FAX:508-555-0122}}`,

  `Wound/Ostomy Nursing Consult   {{DATE:11/14/2023}}
Consult from Dr. {{NAME:Aldana}} for pt {{NAME:Estelle Marchetti}} ({{AGE:95}} y/o F), MRN {{MRN:1184296}}, admitted {{DATE:11/10}} from {{FACILITY:Fairhaven Pointe Nursing Center}} with dehydration/hypernatremia (Na 158).
Per transfer sheet pressure injury present on admission, first documented at the nursing home {{DATE:10/29/2023}} by their wound RN {{NAME:Judy Kamara}}.
Assessment: Sacrum: Stage 4 pressure injury 5.2 x 4.0 x 1.8 cm, undermining 2 cm 12-3 o'clock, 60% yellow slough / 40% pink granulation, bone palpable at base, mod serosang drainage, mild odor, periwound macerated. R heel: unstageable, 3 x 2.5 cm dry stable black eschar, no fluctuance. L heel intact, blanchable. Braden score 10 (very high risk). Albumin 2.1.
Recommendations: Sacrum - cleanse with NS, fill with Aquacel Ag rope, cover with Allevyn Life, change daily and PRN. Consider MRI pelvis for osteomyelitis; wound cx. R heel - keep dry, paint with betadine BID, offload with Prevalon boots. Dolphin Fluid Immersion mattress ordered. Turn q2h, 30 degree tilt.
Discussed with pt's granddaughter {{NAME:Gianna Marchetti-Rowe}} ({{PHONE:401-555-0190}}), who is visiting from {{LOCATION:Providence}}. Photos uploaded to media tab.
{{NAME:Beatriz Okoye}}, BSN, RN, CWOCN   x{{PHONE:0106}}`,

  `Pharmacy Consult: Vancomycin Dosing   {{DATE:7/19/2022 10:12}}
Pt: {{NAME:Petrakis, Demetrios}}  MRN {{MRN:8871205}}  {{AGE:90}} y/o M  Wt 68 kg  Ht 170 cm  SCr 1.6 (baseline 1.1 on {{DATE:6/3/2022}} per {{FACILITY:Alewife General}} records)
Indication: MRSA bacteremia (1/2 BCx from {{DATE:7/18}}, MIC 1), source likely R knee septic arthritis. ID following (Dr. {{NAME:Ashworth}}).
Current regimen: vancomycin 1250 mg IV x1 load at 2200 {{DATE:7/18}}, then 750 mg IV q24h.
Levels: trough 9.8 at 0945 today (drawn ~1h before 3rd dose). Estimated CrCl (Cockcroft-Gault) 33 mL/min. AUC by Bayesian software (InsightRx) estimated 318 mg*h/L.
Assessment: subtherapeutic AUC (goal 400-600). Risk of nephrotoxicity; also on pip-tazo (d/c today), furosemide.
Recommendation: increase to vancomycin 1000 mg IV q24h, next dose 1100 today. Next levels: peak and trough with 3rd dose (on {{DATE:7/21}}). Monitor SCr daily. Consider switch to daptomycin 8 mg/kg if AKI worsens. Outpatient: if home IV therapy, coordinate with {{FACILITY:Northbridge Home Infusion}} (pt used them in 2020 for a prosthetic joint infection).
Discussed with primary team NP {{NAME:Jacqueline Dube}} at 1020.
{{NAME:Farah Al-Masri}}, PharmD, BCPS  x{{PHONE:0163}}`,

  `Neurology Consult - Stroke Service   {{DATE:05/27/2023 16:45}}
Requesting: Dr. {{NAME:Baptiste-Lowe}}, Medicine ({{FACILITY:Hollis 8}})
Pt {{NAME:Consuelo Rivera Ortiz}}, 78F, RH, Spanish-speaking (interpreter {{NAME:Hector}} #{{ID:30718}}), LKW 14:10 today per her granddaughter {{NAME:Yesenia}}, who was visiting from {{LOCATION:Lawrence}}. Found with L facial droop and L arm weakness at 15:30. Code Stroke called 15:41.
PMH: AFib (CHADS2-VASc 5) - apixaban stopped {{DATE:5/20}} for GI bleed, HTN, DM2, prior R MCA TIA {{DATE:Aug 2021}} worked up at {{FACILITY:Merrimack Falls Hospital}}.
Exam: BP 176/92. Awake, oriented. L lower facial weakness, L pronator drift, L arm 4-/5, L leg 4+/5. Extinction to double simultaneous stimulation. No gaze deviation. Babinski up on L. NIHSS 6 (1a 0, 4 2, 5a 2, 6a 1, 8 0, 11 1).
Imaging: CT head - no hemorrhage, ASPECTS 9. CTA - occlusion of R M2 superior division; no ICA stenosis > 50%.
Assessment: acute R MCA stroke, cardioembolic. tPA contraindicated (recent GI bleed, within window but relative CI discussed). Discussed with neurointerventional fellow Dr. {{NAME:Grzegorz Wisniewski}}; taken for thrombectomy, groin puncture 16:38.
Plan: post-thrombectomy BP < 160/90, neuro checks q15 min, MRI brain in AM, TTE, hold anticoagulation, neuro ICU ({{FACILITY:Ashcroft 4}}).
Discussed with pt's son {{NAME:Rafael Ortiz}} (HCP) by phone {{PHONE:978-555-0103}}.
{{NAME:Anjali Raman}}, MD, Neurology PGY-3, pager {{PHONE:0137}}`,

  `CTA CHEST W&W/O C&RECONS, NON-CORONARY   Clip # {{ID:2412958}}
{{DATE:02/19/2024 3:05 AM}}
Reason: hypoxia, tachycardia, eval for PE
MEDICAL CONDITION: 41 year old woman, 3 wks postpartum, new O2 requirement
FINAL REPORT
HISTORY: 41-year-old woman, delivered {{DATE:1/28/2024}} at {{FACILITY:Fenmore Women's Hospital}}, now with tachycardia to 130 and SpO2 88% on RA.
TECHNIQUE: MDCT images of the chest obtained before and after 80 mL Omnipaque 350 with PE protocol. Multiplanar reformats. DLP 388 mGy-cm.
COMPARISON: Chest radiograph {{DATE:02/18/2024}}. No prior CT.
FINDINGS: Filling defects within the right main pulmonary artery extending into the right upper, middle and lower lobe segmental branches, and left lower lobe segmental and subsegmental arteries. RV/LV ratio 1.3 with straightening of the interventricular septum and reflux of contrast into the IVC and hepatic veins, suggesting right heart strain. Wedge-shaped peripheral opacity in the RLL, likely infarct. Small right effusion. No lymphadenopathy. Visualized upper abdomen unremarkable.
IMPRESSION: Extensive bilateral PE with CT evidence of right heart strain. PERT activation recommended.
Discussed with Dr. {{NAME:Szabo}} (ED) by Dr. {{NAME:Iyer}} at 3:22 AM {{DATE:2/19/24}}, read back confirmed.
DR. {{NAME:VIKRAM IYER}}   DR. {{NAME:ELEANOR MACPHERSON}}   Approved: {{DATE:MON 02/19/2024 7:48 AM}}`,

  `MR HEAD W & W/O CONTRAST   Clip # {{ID:2377612}}
{{DATE:10/01/2023 6:14 PM}}
Reason: new seizure, hx breast ca, r/o mets
MEDICAL CONDITION: {{AGE:92}} year old woman with hx of breast cancer, new GTC seizure
FINAL REPORT
HISTORY: {{AGE:92}}-year-old woman with history of left breast cancer (T2N1, lumpectomy and XRT 2015 at {{FACILITY:Alcott Cancer Institute}}), now with first-time generalized seizure at home in {{LOCATION:Needham}}.
TECHNIQUE: Sagittal T1, axial FLAIR, T2, DWI, SWI and GRE images, with post-gadolinium axial and coronal T1 and 3D MPRAGE. 6 mL Gadavist.
COMPARISON: CT head {{DATE:09/30/2023}}; MRI brain {{DATE:07/11/2019}} at {{FACILITY:Wellesley Hills Imaging}}.
FINDINGS: Three enhancing lesions: 1.4 cm left frontal convexity with surrounding vasogenic edema, 6 mm right cerebellar, and 4 mm left occipital. No hydrocephalus. No hemorrhage on SWI. Extensive confluent FLAIR hyperintensity (Fazekas grade 3). Old right thalamic lacune. Normal flow voids. Mild mucosal thickening in the maxillary sinuses.
IMPRESSION: Three enhancing lesions, most consistent with metastases given history; none were present on the 2019 study.
Preliminary findings e-mailed to the ordering provider Dr. {{NAME:Fitzhugh}} and called at 7:05 PM.
DR. {{NAME:KAMAL HADDAD}}   Approved: {{DATE:10/02/2023 8:21 AM}}`,

  `LIVER OR GALLBLADDER US (SINGLE ORGAN) PORT   Clip # {{ID:2299034}}
{{DATE:12/20/2022 10:50 AM}}
Reason: RUQ pain, LFTs up, eval for cholecystitis / CBD dilation
MEDICAL CONDITION: {{AGE:99}} year old woman from {{FACILITY:Laurelwood Skilled Nursing}} with fever, RUQ pain
FINAL REPORT
INDICATION: {{AGE:99}}-year-old woman with fever to 101.6, RUQ tenderness, positive Murphy's sign on exam per Dr. {{NAME:Castellanos}}, T bili 3.4, alk phos 410.
COMPARISON: CT abdomen/pelvis {{DATE:12/19/2022}}; RUQ US {{DATE:08/15/2020}} from {{FACILITY:Natick Valley Hospital}}.
FINDINGS: Portable exam limited by body habitus and patient positioning. The gallbladder is distended with multiple shadowing stones including one impacted in the neck, wall thickening to 6 mm, and pericholecystic fluid. Sonographic Murphy's sign could not be assessed (patient unable to report). CBD measures 9 mm, dilated for age; no intraductal stone visualized. Liver echotexture normal, no focal lesion. Main portal vein patent with hepatopetal flow. Right kidney 9.4 cm, no hydronephrosis.
IMPRESSION: Findings consistent with acute calculous cholecystitis. Mildly dilated CBD; MRCP or EUS could be considered if clinically indicated.
Called to surgery resident Dr. {{NAME:Amadou Diallo}} at 11:20 AM on {{DATE:12/20/2022}} by Dr. {{NAME:Whitcombe}}.
DR. {{NAME:GRETCHEN WHITCOMBE}}   Approved: {{DATE:TUE 12/20/2022 12:04 PM}}
Resident: {{NAME:Lior Ben-David}}, MD`,

  `TRANSESOPHAGEAL ECHOCARDIOGRAM (TEE)
Patient: {{NAME:Nakamura, Kenji}}   MRN: {{MRN:00739158}}   DOB: {{DATE:1962-11-23}}   Study date: {{DATE:2023-02-14 09:05}}
Referring: Dr. {{NAME:Ashworth}} (ID)   Location: CCU bed 6   Sedation by anesthesia (Dr. {{NAME:Kowalski-Brand}}), propofol.
Indication: Strep gallolyticus bacteremia (BCx {{DATE:2/10}} x4/4) with prosthetic aortic valve (25 mm On-X mechanical, implanted {{DATE:April 2018}} at {{FACILITY:Kenmore Heart Institute}}). Colonoscopy pending.
Findings: Probe passed without difficulty. LA: no thrombus in LA or LAA (emptying velocity 52 cm/s). RA: PFO, small L-to-R shunt with agitated saline at rest. LV: normal size, LVEF 55-60%. AORTIC VALVE: mechanical bileaflet prosthesis, normal leaflet excursion; a 9 x 5 mm mobile echodensity attached to the ventricular aspect of the sewing ring consistent with vegetation. Small echolucent space at the posterior annulus (7 mm) c/w early aortic root abscess. Peak gradient 28 mmHg, mean 14. Trace paravalvular AR. MITRAL VALVE: mild MR, no vegetation. TV/PV: normal.
Conclusions: Prosthetic aortic valve endocarditis with probable root abscess. Compared with TTE of {{DATE:2023-02-11}}, the abscess is new.
Discussed with Dr. {{NAME:Ashworth}} and cardiac surgery (Dr. {{NAME:Harutyunyan}}) at 10:10.
Interpreting: {{NAME:Oluwaseun Adebayo-Grant}}, MD   Fellow: {{NAME:Dana Kirschner}}, MD   Signed {{DATE:02/14/2023 11:36}}`,

  `Device Clinic - Inpatient Pacemaker Interrogation   {{DATE:June 3, 2023}}
Pt {{NAME:Leopold Arsenault}}, {{AGE:101}} y/o M, {{FACILITY:Tilden 4}} bed 22, admitted after syncope at {{FACILITY:Whitcomb House}}. Referred by Dr. {{NAME:Eun-Ji Cho}}.
Device: Medtronic Azure XT DR MRI SureScan W1DR01, serial {{DEVICE:RNB418227S}}, implanted {{DATE:03/09/2019}} by Dr. {{NAME:Petrosyan}} at {{FACILITY:Merrimack Falls Hospital}} for CHB. RA lead 5076-52 serial {{DEVICE:PJN7720154}}; RV lead 5076-58 serial {{DEVICE:PJN7721903}}.
Mode DDDR 60/130. Battery 2.86 V, est. longevity 4.5 yrs. RA: sensing 2.8 mV, impedance 437 ohms, threshold 0.75 V @ 0.4 ms. RV: sensing 9.1 mV, impedance 551 ohms, threshold 1.0 V @ 0.4 ms. AP 34%, VP 99.6%.
Events: 2 AHR episodes, longest 14 min on {{DATE:5/30}} at 02:18, atrial rate 240; no VHR. No episode at time of syncope ({{DATE:6/1}} ~1500 per nursing home RN {{NAME:Carla Vieira}}), ventricular paced 70 throughout.
Conclusion: Normal device function. Syncope not arrhythmic by device. Home monitor (MyCareLink) re-paired; remote transmission ID {{ID:MCL-55102-883}}. Next remote {{DATE:09/05/2023}}; in-clinic with Dr. {{NAME:Petrosyan}}, {{FACILITY:Merrimack Falls Cardiology}} {{PHONE:978-555-0117}}.
{{NAME:Samira Haddad}}, CCDS`,

  `Admission Date: {{DATE:2023-08-02}}   Discharge Date: {{DATE:2023-08-09}}   Date of Birth: {{DATE:1929-01-15}}   Sex: M
Service: MEDICINE   Attending: {{NAME:Declan Fairbanks}}
Name: {{NAME:Ruggiero, Vincent}}   Unit No: {{MRN:3092261}}
Chief Complaint: Dyspnea, hypotension
HPI: {{AGE:94}}M with HFrEF (EF 20%), CKD IV, mod dementia, DNR/DNI, sent from {{FACILITY:Seabury Hill Rehabilitation Center}} on {{DATE:8/2}} with worsening dyspnea and SBP 80s. On arrival BNP 34,000, Cr 3.9 (baseline 2.6), K 6.1. Pt's son {{NAME:Carmine Ruggiero}} (HCP) confirmed goals: treat reversible causes, no ICU transfer, no dialysis.
Brief Hospital Course: Diuresed with IV furosemide drip and metolazone with minimal urine output. Hyperkalemia treated with Lokelma, insulin/D50. Cr rose to 5.2 by {{DATE:8/6}}. Family meeting {{DATE:Monday 8/7}} with son, daughter {{NAME:Lucia Ruggiero Bassi}} (from {{LOCATION:Naples}}, FL) and Dr. {{NAME:Fairbanks}}: transitioned to comfort measures only; palliative care (Dr. {{NAME:Suri}}) assisted with morphine and glycopyrrolate. Catholic priest from {{FACILITY:Sacred Heart Parish}} gave last rites {{DATE:8/8}}.
Pt expired on {{DATE:08/09/2023 at 04:52}} with son at bedside. Pronounced by Dr. {{NAME:Ngozi Eze}}. Family declined autopsy. {{FACILITY:Rossi-Conte Funeral Home}} in {{LOCATION:Revere}} notified; NEOB notified ({{ID:NEOB-23-448190}}). Medical examiner not required. PCP Dr. {{NAME:Lopresti}} notified by phone.
Discharge Disposition: Expired
Discharge Diagnosis: Acute on chronic systolic heart failure; cardiorenal syndrome; hyperkalemia.
{{NAME:Ngozi Eze}} MD {{NAME:NE}}/{{NAME:jd}}`,

  `MICU Transfer Accept Note   {{DATE:3/28/2024}} 20:30
Transferred from: {{FACILITY:Cape Cod Harborside Hospital}}, {{LOCATION:Hyannis}} (ICU bed 4), via ground critical-care transport ({{FACILITY:Nauset Ambulance Service}}), arrived 19:50.
OSH attending Dr. {{NAME:Wendell Pryor}} ({{PHONE:508-555-0193}}) gave verbal signout at 16:00 to MICU fellow Dr. {{NAME:Mira Castellano}}.
Pt: {{NAME:Sullivan, Agnes T.}}, {{AGE:90}} F, DOB {{DATE:11/30/1933}}, OSH MRN {{MRN:CCH-0448817}}, our MRN {{MRN:5813390}}.
HPI: presented to OSH {{DATE:3/25}} with confusion, found to have Na 112 and K 2.9. Hx of SIADH, on HCTZ until {{DATE:2/2024}} (stopped by PCP Dr. {{NAME:Merriweather}} at {{FACILITY:Falmouth Village Medical}}). Received 3% saline at OSH; Na rose 112 -> 124 in 24 h (overcorrection), DDAVP clamp started, now Na 121. Transfer requested by family for nephrology/neurology expertise regarding ODS risk.
Exam: GCS 14 (E4V4M6), oriented x1. No dysarthria, no quadriparesis. Moist MM. JVP 6 cm.
Labs: Na 121, K 3.6, Uosm 540, Sosm 252, urine Na 68. TSH 2.1, AM cortisol 18.
A/P: - Na goal 122-126 by {{DATE:3/29}} AM; q4h Na, DDAVP 1 mcg IV q8h + D5W as needed per renal (Dr. {{NAME:Okafor-Lindgren}}). - fluid restrict 1L. - MRI brain if new neuro sx.
HCP: niece {{NAME:Maureen Sullivan-Cole}}, {{LOCATION:Barnstable}}, {{PHONE:774-555-0107}}.`,

  `nursing transfer note micu -> {{FACILITY:hollis 10}}   {{DATE:9/14}} 1630
pt {{NAME:tran van minh}}, 86 y/o m, micu {{DATE:9/10-9/14}} for uro/septic shock, off pressors since {{DATE:9/12}} 0600. called out today, report given to rn {{NAME:bridget}} on {{FACILITY:hollis 10}} at 1600.
neuro: a&ox2 (self, "hospital"), vietnamese speaking, uses phone interpreter; son {{NAME:tran minh duc}} ({{NAME:duc}}) translates at bedside when he visits after his shift at {{FACILITY:le's pho & grill}} in {{LOCATION:dorchester}}. no sedation. sleeps poorly, trazodone 25 qhs.
cv: nsr 70-80s, bp 118/64. metop 12.5 bid restarted. L PICC (placed {{DATE:9/11/2023}}, 42 cm, tip cavoatrial jxn).
resp: ra, 95%. IS 500.
gi/gu: foley d/c'd 1000, dtv by 1800. soft mech diet. last bm {{DATE:9/13}}.
id: ceftriaxone 2g q24 day 5/7; blood cx {{DATE:9/10}} e. coli pan-s.
skin: intact. braden 16.
social: lives w/ son & daughter-in-law {{NAME:ngoc anh}} in {{LOCATION:fields corner}}; son's cell {{PHONE:617-555-0161}}. hcp form on chart. pcp dr {{NAME:pham}} at {{FACILITY:dorchester family health}}.
belongings: glasses, dentures (upper), phone - sent w/ pt. 
{{NAME:lindsay b.}} rn`,

  `Nursing Progress Note   {{DATE:4/22}} 1900-0700  SICU bed 12
58 y/o M HD#2 s/p fall from ladder at work ({{FACILITY:Brennan & Sons Painting}}), R clavicle fx, R ribs 3-6 fx, pneumothorax s/p CT. Hx heavy EtOH (per wife {{NAME:Shauna}}, 12-pack/day), last drink {{DATE:4/20}} afternoon.
Neuro: CIWA 6 -> 18 at 0200 (tremor 4, anxiety 4, agitation 3, tactile 2, sweats 3, orientation 2). Pt pulled at chest tube dsg and asked for "{{NAME:Marty}}" (his brother, per wife). Phenobarb 260 mg IV x1 per protocol at 0215, then 130 mg at 0400; CIWA 8 by 0500. Thiamine 500 IV TID, folate, MVI. Seizure precautions. Sitter at bedside from 0230 ({{NAME:Oksana}}, PCA).
CV: ST 100-118, BP 150s/90s -> 130s/80s after phenobarb.
Resp: 3L NC 96%. R chest tube to -20 suction, 90cc serosang, +air leak on cough. IS 750.
Pain: fentanyl PCA per APS (Dr. {{NAME:Oyelaran}}), ketorolac 15 q6, lidocaine patches.
Social: wife {{NAME:Shauna Brennan}} ({{PHONE:508-555-0145}}) called x2 overnight, updated. Lives {{LOCATION:Taunton}}. Pt's name {{NAME:Patrick Brennan}}; employer (family business) contact: brother {{NAME:Martin Brennan}}. Workers' comp claim {{ID:WC-2024-0083317}} started by CM.
{{NAME:Dwayne Okafor}}, RN`,

  `Social Work Follow-up   {{DATE:August 29, 2023}}
Re: {{NAME:Mildred Pomeroy}}, {{AGE:93}}, MRN {{MRN:0627154}}, {{FACILITY:Weybridge 11}}.
SW met again with pt and her neighbor {{NAME:Gloria Tavares}}, who brought pt to ED on {{DATE:8/25}} after finding her on the floor of her apartment at {{ADDRESS:44 Wendell Street, Apt 3}}, {{LOCATION:Cambridge}}, {{ZIP:02138}}; apartment reportedly with spoiled food, no heat working, 14 cats. Pt has no children; her only relative is nephew {{NAME:Roger Pomeroy}} in {{LOCATION:Tucson}}, AZ ({{PHONE:520-555-0136}}), who states he "can't be involved."
Capacity eval by psychiatry (Dr. {{NAME:Weintraub}}) on {{DATE:8/28}}: pt lacks capacity for discharge planning (MoCA 12/30).
Protective services report filed with the state Elder Protective Services hotline {{DATE:8/26}}, intake #{{ID:EPS-0925518}}; caseworker {{NAME:Yvonne Marsh}} assigned.
Plan: hospital counsel Atty. {{NAME:Renata Brooks}} to petition for temporary guardianship; nephew agrees not to object. Pt's bank ({{FACILITY:Magazine Beach Savings}}) contacted re: account freeze. Long-term care screening with MassHealth; pt is a retired librarian from {{FACILITY:Harwood Academy}}.
{{NAME:Noreen Baptiste}}, LICSW`,

  `Case Management - Discharge Planning   {{DATE:01/17/2024 11:05}}
Pt: {{NAME:Jean-Baptiste, Marie-Claude}}   DOB {{DATE:06/06/1948}}   MRN {{MRN:4419083}}
Admit {{DATE:1/9/24}}, L BKA {{DATE:1/12/24}} (Dr. {{NAME:Abernathy-Cole}}, vascular). EDD {{DATE:1/19}}.
Coverage: MassHealth Standard ID {{HEALTH_PLAN:100377452819}}; SCO plan through Commonwealth Care Alliance pending, application ref {{ID:CCA-APP-77120}}. Medicare Part A only, MBI {{HEALTH_PLAN:4TW7-QF2-HN81}}. SSN verified for application: {{SSN:031-55-0172}}.
Pt lives alone in 3rd-floor walk-up at {{ADDRESS:112 Blue Hill Ave}}, {{LOCATION:Mattapan}}; not accessible for wheelchair. Daughter {{NAME:Nadège Jean-Baptiste}} ({{PHONE:857-555-0129}}) works nights at {{FACILITY:Riverside Terrace Nursing Home}} and cannot provide 24h care. Pt speaks Haitian Creole; interpreter {{NAME:Wilfrid}} used.
Plan: SNF for rehab/prosthetic training. Referrals: {{FACILITY:Hyde Park Manor Rehab}} (accepted, bed {{DATE:1/19}}), {{FACILITY:Blue Hills Skilled Care}} (declined, no LTC bed). Auth requested from MassHealth, ref {{ID:PA-240117-3382}}. Transport: chair van via {{FACILITY:Metro Chair Car}} ordered for {{DATE:Friday 1/19}} 1300.
Prior home services: {{FACILITY:Visiting Nurse Partners of Greater Boston}} (RN {{NAME:Magalie Desir}}), PCA 20 h/wk. Notified.
{{NAME:Gwen Asante}}, RN, CCM  {{PHONE:617-555-0128}}`,

  `Nutrition Follow-up   {{DATE:6/12/23}}
Pt {{NAME:Bartholomew Oyelowo}} ({{MRN:6220481}}), 71M, MICU bed 4 ({{FACILITY:Kessler 7}}), intubated since {{DATE:6/5}} for ARDS 2/2 influenza A; hx of Crohn's disease s/p ileocecal resection (2009, {{FACILITY:Brattle Street Hospital}}).
Current EN: Peptamen 1.5 via OGT @ 45 ml/hr (goal 55) = 1620 kcal, 73 g protein. Held x 6 hrs {{DATE:6/11}} for proning, and x 4 hrs for bronch. Propofol 25 mcg/kg/min providing ~270 kcal/day.
Wt 88.4 kg (admit 84 kg, +fluid). GRV 30-120 ml. 3 loose BMs, C. diff neg {{DATE:6/10}}.
Labs: BUN 38, Glu 150-210 on insulin gtt, TG 265 (up from 180 on {{DATE:6/8}}), Phos 2.4.
Assessment: Meeting ~70% of needs. Hypertriglyceridemia likely propofol-related.
Recommendations:
1. Change to Peptamen Intense VHP @ 60 ml/hr to reduce kcal from EN while propofol running; provides 1440 kcal, 132 g protein.
2. Add Beneprotein 1 packet BID if propofol weaned.
3. Recheck TG {{DATE:6/14}}.
4. Pt's wife {{NAME:Folasade}} asked about his home supplements from {{FACILITY:Harvest Moon Natural Foods}} in {{LOCATION:Jamaica Plain}} (turmeric, fish oil): recommend holding.
Discussed at rounds with Dr. {{NAME:Nkechi Obi}}.
{{NAME:Rachel Zimmerman-Oduya}}, RD`,

  `Respiratory Therapy - Extubation Note   {{DATE:Sat 11/18/2023 09:40}}
Pt {{NAME:Ingeborg Solheim}}, 62F, intubated {{DATE:11/13}} at {{FACILITY:Metrowest Lakeside Hospital}} for status asthmaticus, transferred here {{DATE:11/14}}.
SBT on PSV 5/PEEP 5, FiO2 35% x 60 min: RR 18-22, Vt 390-440 (6.8 ml/kg PBW), RSBI 48, SpO2 96%, HR 92, no accessory muscle use. NIF -34, cuff leak present (210 mL, 28%). Secretions scant.
Extubated at 0925 per Dr. {{NAME:Marcus Feld}} to 4L NC, then Vapotherm 30 L/min 40% for mild stridor; racemic epi 0.5 ml neb x1 at 0932 with improvement. Dexamethasone 4 mg IV given 0400 pre-extubation.
Post-extubation ABG 7.38/44/82 on Vapotherm. Peak flow 180 L/min (pred 430). Continuous albuterol weaned off {{DATE:11/16}}; now DuoNeb q4h, budesonide nebs BID.
Pt's husband {{NAME:Erik Solheim}} at bedside, pt asking for her inhalers from {{FACILITY:Kelleher's Pharmacy}} in {{LOCATION:Marlborough}}. Pt originally from {{LOCATION:Bergen}}, Norway; teaches at {{FACILITY:Concord Road Montessori School}}.
Will follow q2h x4 then q4h. BiPAP at bedside (V60, settings 10/5).
{{NAME:Marcelo Duarte}}, RRT-ACCS   x{{PHONE:0133}}`,

  `Admission Date: [**{{DATE:2148-3-4}}**]     Discharge Date: [**{{DATE:2148-3-19}}**]
Date of Birth: [**{{DATE:2061-5-22}}**]     Sex: M
Service: CARDIOTHORACIC
Allergies: Patient recorded as having No Known Allergies to Drugs
Attending:[**{{NAME:First Name3 (LF) Ambrose}}**]
Chief Complaint: DOE, chest tightness
Major Surgical or Invasive Procedure: [**{{DATE:2148-3-7}}**] Mitral valve repair (32mm CG Future band), CABG x2 (LIMA-LAD, SVG-PDA)
History of Present Illness: 86 yo M with CAD and severe MR referred by Dr. [**{{NAME:Last Name (STitle) Pelletier}}**] after cath at [**{{FACILITY:Hospital1 Marlowe Memorial}}**] on [**{{DATE:2148-2-20}}**] showed 80% LAD, 90% RCA.
Social History: Retired machinist, lives with wife [**{{NAME:Known firstname Philomena}}**] in [**{{LOCATION:Location (un) Gardner}}**]. Quit tobacco 30 yrs ago.
Brief Hospital Course: Extubated POD#0. POD#2 AFib, amiodarone, converted. Coumadin started, INR 2.1 on d/c.
Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital 5166 Seabury Hill Rehab}}**] - [**{{LOCATION:Location (un) Framingham}}**]
Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) Ambrose}}**] in 4 weeks [**{{PHONE:Telephone/Fax (1) 555-0146}}**]
Dr. [**{{NAME:Last Name (STitle) Pelletier}}**] in 2 weeks
INR check [**{{DATE:3-21}}**] with results to Dr. [**{{NAME:First Name (STitle) Kiernan}}**], Coumadin clinic at [**{{FACILITY:Hospital1 Marlowe}}**]
[**{{NAME:Doctor First Name 1406 Desmond}}**] [**{{NAME:Doctor Last Name Ambrose}}**] MD
Completed by:[**{{DATE:2148-3-19}}**]`,

  `Nursing Progress Note [**{{DATE:2148-11-2}}**] 0700-1900
Pt is a [**{{AGE:Age over 90}}**] yo woman admitted from [**{{FACILITY:Hospital 1319 Pinecrest Manor}}**] nursing home with hypoxia, found to have RLL PNA and CHF. Last admit here [**{{DATE:2148-9-14}}**] to [**{{DATE:9-20}}**] for CHF.
Neuro: lethargic but arousable to voice, follows simple commands, oriented to self only (baseline per NH RN [**{{NAME:First Name8 (NamePattern2) Doreen}}**]). No sedation.
CV: HR 90s-100s AFib, BP 100-120/50s. Lasix 40 IV at 0900 with 1100cc out per Dr. [**{{NAME:Last Name (STitle) Grady}}**]. Digoxin 0.125 given (HR > 60). K 3.9.
Resp: BiPAP 12/6 40% overnight, changed to 6L NC + face tent 40% at 0800, sats 92-95%. Coarse rhonchi, weak cough, NT suctioned x2 for thick yellow sputum.
GI: NPO except meds; S&S eval pending ([**{{NAME:First Name4 (NamePattern1) Iris}}**], SLP). Abd soft. No BM today.
GU: Foley to gravity, clear amber.
ID: Tmax 100.4. Vanc/cefepime day 2.
Social: Daughter [**{{NAME:Name (NI) Loretta}}**] in to visit, very tearful, states she is HCP; paperwork being faxed from NH ([**{{PHONE:Telephone/Fax (1) 555-0131}}**]). Grandson [**{{NAME:Known firstname Brian}}**] called from [**{{LOCATION:Location (un) Burlington}}**], VT, updated on plan; DNR/DNI confirmed with daughter.
Plan: wean O2, S&S eval in AM, likely return to NH when stable.`,

  `[**{{DATE:2151-6-30}}**]  CHEST (PORTABLE AP)   Clip # [**{{ID:Clip Number (Radiology) 88217}}**]
Reason: s/p R IJ central line placement, r/o PTX
Admitting Diagnosis: SEPSIS
Field of view: 40
[**{{FACILITY:Hospital 2 Charlesgate}}**] MEDICAL CONDITION:
 [**{{AGE:Age over 90}}**] year old woman with sepsis, new line
REASON FOR THIS EXAMINATION: line placement
FINAL REPORT
HISTORY: Central line placement.
COMPARISON: [**{{DATE:2151-6-28}}**] and [**{{DATE:2150-12-3}}**].
FINDINGS: New right internal jugular central venous catheter terminates at the cavoatrial junction. No pneumothorax. Endotracheal tube 4 cm above the carina. Orogastric tube tip in the stomach. Worsening bibasilar opacities, left greater than right, may reflect atelectasis or aspiration. Small left pleural effusion. Stable mild cardiomegaly; tortuous calcified aorta. Old healed right rib fractures. Surgical clips in the right upper quadrant.
IMPRESSION: Right IJ line in good position, no pneumothorax. Worsening left basilar opacity.
Findings discussed with Dr. [**{{NAME:Last Name (STitle) Matsuda}}**] at the time of dictation, [**{{PHONE:Telephone/Fax (1) 555-0138}}**].
DR. [**{{NAME:First Name (STitle) Ottoline}}**] [**{{NAME:Last Name (NamePattern1) Brandvold}}**]
DR. [**{{NAME:First Name8 (NamePattern2) Hamid}}**] [**{{NAME:Last Name (NamePattern1) Karimi}}**]   Approved: [**{{DATE:2151-7-1}}**]`,

  `Heme/Onc Inpatient Progress Note   {{DATE:02/08/2024}}
Pt: {{NAME:Ayodele Fashola}}, 34M   MRN {{MRN:9931427}}   {{FACILITY:Ashcroft 9}} (BMT unit), rm 914
Dx: Classical Hodgkin lymphoma, nodular sclerosis, stage IIIB, dx {{DATE:Oct 2023}} by excisional LN bx at {{FACILITY:Alewife General Hospital}}; s/p 4 cycles AAVD (last C4D15 {{DATE:1/19}}). Admitted {{DATE:2/5}} w/ neutropenic fever.
Interval: Tmax 38.9 at 0300. ANC 0.2 -> 0.4 on filgrastim. Cefepime day 4, vanc added {{DATE:2/7}} for line site erythema (R chest port, Bard PowerPort, placed {{DATE:10/30/2023}}). BCx {{DATE:2/5}}, {{DATE:2/7}} NGTD. CT chest: no PNA. Nodes smaller vs PET {{DATE:11/02/2023}}.
Exam: febrile, tachy 108. Mucositis grade 2. Port site 2 cm erythema, no fluctuance.
Labs: WBC 0.9, Hgb 7.4 (1u pRBC, irradiated), Plt 22, Cr 0.8. Brentuximab-assoc neuropathy grade 1.
Plan: cont cefepime/vanc; if BCx + pull port (IR, Dr. {{NAME:Lindahl}}). Interim PET {{DATE:2/26}} at {{FACILITY:Charlesgate Imaging Center}}. Screened for trial NCT05512348, not enrolled. Fertility: sperm banked {{DATE:10/2023}} at {{FACILITY:Bay Colony Fertility Clinic}}.
Social: fiancée {{NAME:Temi Adewale}} at bedside; pt works as engineer at {{FACILITY:Kendall Quantum Systems}}; mother {{NAME:Bunmi}} flying from {{LOCATION:Lagos}} {{DATE:2/10}}.
Primary oncologist: Dr. {{NAME:Sorensen-Adeyemi}}. {{NAME:Chloe Marchand}}, NP, pager {{PHONE:0181}}`,

  `Renal Consult Follow-up - CRRT   {{DATE:Thursday, 10/19/2023}}
Pt: {{NAME:Lindqvist-Barros, Helena}}   MRN {{MRN:2208147}}   MICU {{FACILITY:Kessler 6}} bed 2
59F w/ cirrhosis (EtOH, MELD-Na 34), HRS-AKI vs ATN after SBP, on CVVHDF since {{DATE:10/16}} via R fem Trialysis (placed {{DATE:10/16/23}} by Dr. {{NAME:Ganesan}}).
Overnight: filter clotted x1 at 0220 ({{NAME:Rodrigo}}, CRRT RN, replaced circuit). Citrate anticoag, iCa post-filter 0.31, systemic iCa 1.08, total/ionized Ca ratio 2.1. Net UF -50 ml/hr, 24h net -1.1 L. Norepi 0.06.
Settings: Prismaflex, HF1400, BFR 150, replacement (PrismaSATE 4/2.5) 1000 ml/hr pre, dialysate 1500 ml/hr, effluent dose 28 ml/kg/hr. K 4.2, HCO3 24, Phos 2.1 (add phos to replacement), Mg 2.0.
Assessment: Oliguric AKI, UOP 80 ml/24h. Liver transplant evaluation underway with {{FACILITY:New England Transplant Institute}} (coordinator {{NAME:Beth Harrigan}}, {{PHONE:617-555-0124}}); listing committee {{DATE:10/24}}.
Recs: cont CRRT with above; target net -50 to -100/hr as pressors allow; phosphate 10 mmol in replacement; albumin 25% 25 g q8h per hepatology (Dr. {{NAME:Falkenrath}}).
Pt's husband {{NAME:Joaquim Barros}} updated by phone ({{PHONE:617-555-0127}}); he will bring pt's sister {{NAME:Inês}} from {{LOCATION:Fall River}} tomorrow.
{{NAME:Kwabena Asamoah}}, MD, Nephrology fellow; attending Dr. {{NAME:Okafor-Lindgren}}`,

  `EGD Procedure Note   {{DATE:04/03/2024 14:20}}
Patient: {{NAME:Hollis Greaves}}   MRN: {{MRN:7711508}}   DOB: {{DATE:03/19/1932}}   Age: {{AGE:92}}
Location: MICU bed 11   Endoscopist: {{NAME:Ines Vasquez-Hollander}}, MD   Fellow: {{NAME:Rohan Mehta}}, MD
Referring: Dr. {{NAME:Nkechi Obi}}   PCP: Dr. {{NAME:Ephraim Goldblatt}}, {{FACILITY:Wellesley Square Internal Medicine}}
Indication: melena, Hgb 6.1, on apixaban for AFib and aspirin (stent {{DATE:Jan 2024}} at {{FACILITY:Brattle Street Hospital}}).
Consent: from pt's health care proxy, grandson {{NAME:Tyler Greaves}}, by phone ({{PHONE:339-555-0153}}), witnessed by RN {{NAME:Marisol}}.
Sedation: MAC by anesthesia. ASA class IV.
Findings: Esophagus: LA grade B esophagitis. Small hiatal hernia. Stomach: Cameron lesions in hernia sac. Duodenum: 12 mm cratered ulcer in the posterior bulb with adherent clot (Forrest IIb); clot removed with cold snare revealing visible vessel; injected epinephrine 1:10,000 8 ml and two hemoclips placed. Second portion normal. Biopsies for H. pylori (CLO) taken from antrum.
Impression: Duodenal ulcer with high-risk stigmata, treated.
Recommendations: PPI gtt x72h then pantoprazole 40 BID x8 wks. Hold apixaban 48h; cardiology (Dr. {{NAME:Szymanski}}) re: aspirin. Repeat EGD 8-12 wks. Path to {{FACILITY:Brightline Reference Laboratory}}, accession {{ID:BRL-24-0317762}}.
Electronically signed by {{NAME:Ines Vasquez-Hollander}}, MD {{DATE:04/03/2024 15:02}}`,

  `Interventional Pulmonology - Bronchoscopy Note   {{DATE:12/11/2023}}
Pt: {{NAME:Fitzgerald, Raymond P.}}  MRN {{MRN:1029384}}  67M  MICU bed 5  HCP: wife {{NAME:Darlene Fitzgerald}}
Operator: Dr. {{NAME:Abiola Sanusi}}; assist Dr. {{NAME:Priya Venkataraman}}; RT {{NAME:Gus Tremblay}}.
Indication: RUL collapse on CXR {{DATE:12/10}}, mucus plugging; hx COPD, transferred from {{FACILITY:Mystic River Medical Center}} {{DATE:12/8}}.
Scope: Olympus BF-1TH190 through 8.0 ETT. Propofol/fentanyl; FiO2 100% during procedure, lowest SpO2 89%.
Findings: Trachea normal. Carina sharp. Thick purulent secretions occluding RUL anterior and apical segments, cleared with suction and 60 ml NS lavage. Mild diffuse erythema. No endobronchial lesion. LLL with moderate secretions, suctioned.
Specimens: BAL RUL for GS/cx, fungal, AFB, PJP, cell count; labeled and sent, order #{{ID:ORD-77194051}}.
Complications: none. Post-procedure CXR: RUL re-expanded.
Dr. {{NAME:Sanusi}} discussed with wife {{NAME:Darlene}} by phone {{PHONE:781-555-0163}} at 16:05; she asked that son {{NAME:Shane Fitzgerald}} in {{LOCATION:Salem}} also be called ({{PHONE:978-555-0164}}) - done.
CPT 31624, 31645. ICD-10 J98.11, J44.1.
{{NAME:Abiola Sanusi}}, MD  {{DATE:12/11/2023 16:30}}`,

  `Event Note - Code Blue   {{DATE:07/22/2023 03:18}}
Called to {{FACILITY:Hollis 10}} rm 1022 for unresponsive pt: {{NAME:Eduardo Santiago Rivas}}, 71M, admitted {{DATE:7/20}} with CHF, hx NICM EF 15%, ICD in place (Boston Scientific, serial {{DEVICE:BSX-610928}}).
Timeline: 03:04 RN {{NAME:Keisha}} found pt pulseless, monitor VF, CPR started. 03:05 ICD shock x1 delivered by device, remained VF. 03:06 code team arrived (leader Dr. {{NAME:Marcus Feld}}), external defib 200J biphasic. 03:08 epi 1 mg. 03:10 shock 200J, ROSC at 03:11 with HR 110 ST, BP 88/50. Intubated by anesthesia (Dr. {{NAME:Oyelaran}}) 03:13, 7.5 ETT grade 1 view. Amiodarone 150 mg then gtt. K 2.9 (was 3.4 on {{DATE:7/21}}), Mg 1.5. Total downtime ~7 min.
Post-ROSC: GCS 5T, pupils 3 mm reactive. ECG: no STE. Transferred to CCU at 03:40 for TTM (Arctic Sun 36).
Family: wife {{NAME:Yolanda Santiago}} called at 03:45 ({{PHONE:617-555-0173}}), updated by Dr. {{NAME:Feld}}; she is driving in from {{LOCATION:Chelsea}}. Daughter {{NAME:Marisela}} en route from {{LOCATION:Providence}}.
Device rep (Boston Scientific, {{NAME:Todd Whelan}}) paged for interrogation.
{{NAME:Marcus Feld}}, MD, MICU fellow`,

  `Death Note   {{DATE:1/14/2024}} 06:12
Called by RN {{NAME:Tara Quigley}} to evaluate pt {{NAME:Thomas Delaney}} ({{MRN:3356019}}), {{AGE:92}} y/o M, CMO since {{DATE:1/13/2024}} after compassionate extubation.
On exam: no response to verbal or tactile stimuli. Pupils fixed and dilated. No carotid pulse; no heart sounds auscultated over 1 minute. No breath sounds, no spontaneous respirations. Time of death 06:04.
Family present: wife {{NAME:Rosemary Delaney}}, son {{NAME:Brendan}}, granddaughter {{NAME:Aisling}}. Chaplain Fr. {{NAME:Nwosu}} had given last rites {{DATE:1/13}} at 21:00.
Attending Dr. {{NAME:Nkechi Obi}} notified at 06:15. PCP Dr. {{NAME:Rafferty}} to be notified in AM ({{PHONE:781-555-0198}}, office at {{FACILITY:Hingham Harbor Medical Group}}).
NEOB called at 06:20: not a candidate for donation except tissue; family declined. Referral # {{ID:24-0114-0721}}.
Autopsy: offered, declined by HCP.
ME: not a medical examiner case (no trauma, expected death).
Funeral home: {{FACILITY:McNamara-Flynn Funeral Home}}, {{LOCATION:Hingham}}, {{PHONE:781-555-0110}}.
Death certificate to be completed by Dr. {{NAME:Obi}}; cause: ARDS due to aspiration PNA; contributing: Alzheimer's dementia.
{{NAME:Pradeep Subramaniam}}, MD, PGY-1`,

  `MICU Family Update (interpreter-mediated)   {{DATE:05/16/2022 17:30}}
Interpreter: {{NAME:Fátima Correia}}, Portuguese, in person (ID {{ID:20457}}).
Present: pt's wife {{NAME:Maria da Graça Pimentel}}, daughters {{NAME:Sandra}} and {{NAME:Cristina Pimentel}}, son-in-law {{NAME:Paulo Medeiros}}; Dr. {{NAME:Jonas Whitfield}} (attending), RN {{NAME:Meghan O'Rourke}}.
Pt {{NAME:José Pimentel}}, 79, from {{LOCATION:São Miguel}}, Azores, has lived in {{LOCATION:Fall River}} since 1974; worked at {{FACILITY:Globe Street Textile Mill}}. Admitted {{DATE:5/9}} with necrotizing pancreatitis, now day 7 on the vent, on CRRT since {{DATE:5/13}}, norepi 0.15 + vasopressin.
Discussed: multiorgan failure, infected necrosis on CT {{DATE:5/15}}, IR drain placed. Surgery (Dr. {{NAME:Kallistratos}}) does not recommend necrosectomy now. Prognosis guarded to poor.
Family questions: whether pt can be transferred to {{FACILITY:Fall River General}} closer to home - explained not safe at this time. Wife reports pt once said he wanted "everything" done. Family will pray; parish priest from {{FACILITY:Senhor da Pedra Chapel}} to visit Wednesday.
Plan: remain full code for now; reassess at family meeting {{DATE:Friday 5/20}} 16:00. Daughter {{NAME:Sandra Pimentel-Ramos}} ({{PHONE:508-555-0181}}) is point of contact; wife is HCP.
Time: 45 min, >50% counseling.`,

  `Discharge Instructions (Patient Copy)
Name: {{NAME:Agnes T. Sullivan}}     Date: {{DATE:April 4, 2024}}
Dear Ms. {{NAME:Sullivan}},
You were in the Intensive Care Unit and then on {{FACILITY:Tilden 4}} at {{FACILITY:Charlesgate Medical Center}} from {{DATE:March 28}} to {{DATE:April 4}} because the sodium (salt) level in your blood was very low. This caused confusion. Your sodium is now 131.
What changed:
- STOP hydrochlorothiazide (HCTZ). Do not restart it.
- Limit fluids to 1.5 liters (about 6 cups) a day.
- START salt tablets 1 gram by mouth twice a day.
Your appointments:
- Kidney doctor: Dr. {{NAME:Funmilayo Okafor-Lindgren}}, {{FACILITY:CMC}} Nephrology, {{DATE:Tuesday April 16}} at 10:20 AM, phone {{PHONE:617-555-0115}}
- Primary care: Dr. {{NAME:Thaddeus Merriweather}}, {{FACILITY:Falmouth Village Medical}}, {{ADDRESS:210 Main Street, Suite 2}}, {{LOCATION:Falmouth}}, MA {{ZIP:02540}}, on {{DATE:4/9/2024}} at 2:00 PM - please have blood drawn there that morning.
- Lab: sodium check at {{FACILITY:Cape Cod Harborside Hospital}} lab on {{DATE:4/6}}.
Call us or go to the nearest Emergency Department if you have confusion, seizures, falls, or vomiting. Your niece {{NAME:Maureen}} has a copy of this letter.
Questions: {{FACILITY:Tilden 4}} nurses' station {{PHONE:617-555-0116}}. Patient portal: {{URL:https://mychart.charlesgatemc.org}}.`,

  `Microbiology Critical Value Notification   {{DATE:02/02/2023 05:47}}
Lab: {{FACILITY:CMC}} Clinical Microbiology, Accession {{ID:M23-0202-1184}}
Patient: {{NAME:OYAMA, TAKESHI}}   MRN {{MRN:5077312}}   Location: {{FACILITY:Weybridge 10}} rm 1012   Collected {{DATE:02/01/2023 21:30}}
Result: Blood culture, aerobic bottle, set 1 of 2: GRAM POSITIVE COCCI IN CLUSTERS. Time to positivity 8.2 h. Rapid PCR (BCID2): Staphylococcus aureus DETECTED, mecA/C and MREJ DETECTED (MRSA).
Called to: {{NAME:Sheila Barrows}}, RN, who read back correctly at 05:44; she paged covering MD Dr. {{NAME:Ahmadzai}} ({{PHONE:0174}}).
Called by: {{NAME:Renee Lachance}}, MLS(ASCP)
Nursing note 06:10: Dr. {{NAME:Ahmadzai}} at bedside. Pt {{AGE:90}} y/o M admitted {{DATE:1/31}} from {{FACILITY:Atlantic Shores LTACH}} with fever; has L arm PICC placed at {{FACILITY:Atlantic Shores}} {{DATE:1/12/23}}. Vancomycin 1500 mg IV load ordered and started 06:30; PICC to be pulled, tip for cx. Repeat BCx x2 drawn 06:20 peripherally. ID consult (Dr. {{NAME:Ashworth}}) in AM. TTE ordered.
Pt's daughter {{NAME:Naomi Oyama-Fisher}} (HCP, {{PHONE:617-555-0178}}) called at 07:00 and updated; she will call LTACH case manager {{NAME:Brenda Kilroy}}.
{{NAME:Sheila Barrows}}, RN`,

  `Anesthesia Preoperative Evaluation   {{DATE:09/25/2023 18:40}}
Pt: {{NAME:Kristoffer Aalund}}, {{AGE:91}} y/o M, Wt 61 kg, Ht 175 cm   MRN {{MRN:8320715}}
Planned: R hip hemiarthroplasty for displaced femoral neck fx (fall {{DATE:9/24}} at home in {{LOCATION:Duxbury}}), Dr. {{NAME:Tsai}}, OR 6, 2nd case {{DATE:9/26}}.
PMH: CAD s/p PCI (RCA DES, {{DATE:2019-06-11}} at {{FACILITY:Plymouth Bay Hospital}}), HTN, CKD 3b (Cr 1.7), mild AS (AVA 1.3 on TTE {{DATE:9/25}}), Parkinson's (carbidopa/levodopa 25/100 TID), BPH, remote L CEA. Prior anesthetics: TURP 2015 GA uneventful; PONV no.
Meds: ASA 81 (continue), metoprolol, atorva, Sinemet (give AM dose), tamsulosin. No anticoagulants.
Airway: Mallampati II, TMD > 3 FB, full upper dentures, limited neck extension. Mouth opening adequate.
Exam: RRR, 2/6 SEM RUSB, lungs clear. Mild resting tremor.
Labs: Hgb 11.2, Plt 164, INR 1.0, K 4.6. ECG: SR 68, 1st deg AVB, RBBB (unchanged from {{DATE:3/2023}}).
ASA IV. RCRI 3. Frailty: CFS 5.
Plan: spinal (hyperbaric bupivacaine 0.75% 1.4 ml) + light sedation; fascia iliaca block by APS for postop analgesia; A-line not needed. Avoid metoclopramide and droperidol (PD). Delirium precautions.
Consent with pt (has capacity) and daughter {{NAME:Ingrid Aalund-Shea}} ({{PHONE:781-555-0186}}).
{{NAME:Benedikt Roemer}}, MD, Anesthesiology`,

  `Brief Operative Note   {{DATE:09/26/2023}}
Patient: {{NAME:Aalund, Kristoffer}}   Unit No: {{MRN:8320715}}   Age: {{AGE:91}}
Pre-op dx: displaced R femoral neck fracture (ICD-10 S72.001A). Post-op dx: same.
Procedure: R hip cemented bipolar hemiarthroplasty (CPT 27125), posterior approach.
Surgeon: {{NAME:Wen-Hsin Tsai}}, MD   Assistant: {{NAME:Caoimhe Brennan-Park}}, MD (PGY-4)   Anesthesia: {{NAME:Benedikt Roemer}}, MD - spinal + fascia iliaca block
Implants: Stryker Accolade C stem size 3, UHR bipolar head 47 mm, Simplex P cement (lot numbers on implant log).
EBL: 250 ml. Fluids: 1200 ml LR. UOP: 180 ml (Foley). Drains: none. Specimens: femoral head to path.
Complications: none apparent. Transient hypotension to 80/40 after cementing, responded to phenylephrine 100 mcg x2.
Condition: stable to PACU at 13:42, then to {{FACILITY:Weybridge 9}} ortho floor.
Plan: WBAT RLE, posterior hip precautions x 6 wks, Lovenox 30 mg daily x 4 wks (renal dosing), Ancef x 24h, PT/OT POD#1, geriatrics co-management (Dr. {{NAME:Amara Nwachukwu}}). Daughter {{NAME:Ingrid}} updated in family lounge at 13:55.
F/u: {{FACILITY:CMC}} Orthopedics clinic with Dr. {{NAME:Tsai}} {{DATE:10/10/2023}}, staple removal at rehab; appointment line {{PHONE:617-555-0142}}.
{{NAME:Caoimhe Brennan-Park}}, MD for Dr. {{NAME:Tsai}}`,

  `Psychiatry Consult - C/L   {{DATE:03/09/2024 13:10}}
Reason: s/p intentional overdose, assess safety and need for inpatient psych
ID: {{NAME:Samantha "Sam" Kowalewski}}, 24F, graduate student at {{FACILITY:Ashgrove University}}, lives in {{LOCATION:Allston}} with roommate {{NAME:Priyanka}}. Admitted MICU {{DATE:3/7}} after ingesting ~40 x 325 mg acetaminophen and 15 x 50 mg diphenhydramine; found by roommate, EMS to {{FACILITY:CMC}} ED. NAC completed {{DATE:3/8}}, LFTs peaking (ALT 1420), INR 1.6.
HPI: pt reports breakup with partner {{NAME:Jordan}} and failing qualifying exam {{DATE:3/6}}. States she "wanted to sleep and not wake up." Prior attempt age 17 (cutting), hospitalized at {{FACILITY:Brookhaven Adolescent Center}} in {{LOCATION:Worcester}}. Outpt therapist {{NAME:Lena Moskowitz}}, LICSW, and psychiatrist Dr. {{NAME:Haruki Tanabe}} at {{FACILITY:Ashgrove University Counseling Center}} ({{PHONE:617-555-0159}}); last seen {{DATE:2/27}}. Sertraline 100 mg.
MSE: disheveled, poor eye contact, mood "empty", affect constricted, TP linear, endorses passive SI, denies plan/intent now, no HI, no AH/VH. Insight/judgment poor.
Risk: high acute risk (recent serious attempt, hopelessness, access to meds).
Plan: 1:1 sitter; Section 12(a) application completed by Dr. {{NAME:Weintraub}}; refer to inpatient psych when medically cleared (bed search: {{FACILITY:Glenmere Behavioral Health}}, {{FACILITY:Arbor Hill Pavilion}}). Collateral from mother {{NAME:Dorota Kowalewska}} in {{LOCATION:Chicopee}} ({{PHONE:413-555-0104}}) with pt's consent.
{{NAME:Esther Weintraub}}, MD, C/L Psychiatry`,

  `Medicine Progress Note - {{FACILITY:Hollis 9}} Team B   {{DATE:Sun 6/18/2023}}
Pt {{NAME:Winifred Abernathy-Cole}}, {{AGE:95}} F, HD#4, MRN {{MRN:6690025}}
S: Slept well. No CP. Per granddaughter {{NAME:Keira}} (visiting from {{LOCATION:Portsmouth}}, NH), pt more like herself today. Ate 75% of breakfast.
O: T 98.1, HR 72, BP 132/68, RR 16, 95% RA. Wt 54.2 kg (admit 56.9). JVP 7 cm. Bibasilar crackles improved. Trace BLE edema. A&Ox3.
Labs: Na 136, K 4.0, Cr 1.3 (1.5 on {{DATE:6/15}}), BNP 1210 (from 4880). Trop flat.
A/P: {{AGE:95}} F with HFpEF, AFib, CKD 3, admitted {{DATE:6/14}} from {{FACILITY:Brookside Village Assisted Living}} with ADHF after dietary indiscretion (family party for her great-grandson's graduation from {{FACILITY:Fowler Hill Academy}} on {{DATE:6/10}}).
1. ADHF: transition to torsemide 20 daily. Strict I/O, daily wts. 2. AFib: rate controlled, cont apixaban 2.5 BID (age/wt criteria). 3. CKD: improving. 4. Goals: DNR/DNI (MOLST on file, signed {{DATE:4/2/2021}}). 5. Dispo: back to {{FACILITY:Brookside Village}} {{DATE:6/19}} w/ VNA; facility nurse {{NAME:Liz Okoro}} {{PHONE:617-555-0147}} aware.
PCP Dr. {{NAME:Nathaniel Brightwater}} ({{FACILITY:Milton Village Internal Medicine}}) updated via secure message.
{{NAME:Ananya Krishnan}}, MD (PGY-1) / attending Dr. {{NAME:Eun-Ji Cho}}`,

  `ED Course / Sign-out to MICU   {{DATE:11/25/2022 01:20}}
{{AGE:90}}M BIBA from home in {{LOCATION:Quincy}} ({{LOCATION:Wollaston}}) after wife found him minimally responsive at 23:00. Pt {{NAME:Gerald Mancuso}}, DOB {{DATE:08/01/1932}}, MRN {{MRN:2231874}}. Hx T2DM on glipizide, CKD 4, AFib on warfarin.
Triage 23:42: GCS 9, BG 28 (EMS D50 given prior to arrival - BG 41 at scene per {{FACILITY:Quincy Harbor Ambulance}} run sheet {{ID:QHA-221124-0961}}), T 35.4, HR 48 AFib, BP 94/52.
Course: D10 infusion, BG 110-160 since 00:05, mental status improved to GCS 14. INR 4.8 - held warfarin, no bleeding. Cr 3.9 (2.8 on {{DATE:10/02/2022}} at {{FACILITY:Blue Hills Community Hospital}}). K 5.9: calcium gluconate, insulin not given (hypoglycemia), Lokelma 10 g. CXR: no PNA. UA neg. CT head neg.
Impression: sulfonylurea-induced recurrent hypoglycemia in setting of AKI on CKD.
Plan: octreotide 50 mcg SC q6h, D10, q1h FS. MICU accepted (Dr. {{NAME:Venkataraman}}), bed {{FACILITY:Kessler 7}}-12 at 01:45.
Wife {{NAME:Carol Mancuso}} ({{AGE:90}}) with him; son {{NAME:Anthony Mancuso}} ({{PHONE:617-555-0189}}) is HCP, on the way from {{LOCATION:Braintree}}. PCP Dr. {{NAME:Lopresti}}, last visit {{DATE:11/01/2022}}.
{{NAME:Sunita Raghunathan}}, MD, Emergency Medicine`,

  `Cardiology Consult   {{DATE:01/05/2024 10:30}}
Requested by Dr. {{NAME:Nkechi Obi}} (MICU) for: new LV dysfunction, troponin elevation.
Pt: {{NAME:Ximena Albarrán}}, 57F, MRN {{MRN:4400918}}. Admitted {{DATE:1/3/2024}} with septic shock from obstructing ureteral stone (s/p perc nephrostomy {{DATE:1/3}}, Dr. {{NAME:Lindahl}}, IR). hsTnT 12 -> 188 -> 241. No CP history. Husband {{NAME:Octavio}} says she walks 3 miles daily with her group from {{FACILITY:Iglesia Pentecostal Monte Sion}} in {{LOCATION:Lynn}}.
ECG: ST 112, diffuse TWI V2-V6, QTc 502, no STE. Prior ECG {{DATE:07/14/2021}} (PCP office, Dr. {{NAME:Esteban Morales}}, {{FACILITY:Lynn Commons Health Center}}) normal.
TTE today: LVEF 30%, apical ballooning with hyperdynamic basal segments, no LVOT obstruction (peak gradient 12 mmHg), no LV thrombus, RV normal, no effusion.
Impression: Takotsubo (stress) cardiomyopathy in setting of septic shock, InterTAK score 54; type 2 MI less likely given pattern. Avoid inotropes if possible.
Recs: 1. Wean norepi as able; avoid dobutamine. 2. Start low-dose metoprolol once off pressors. 3. Hold QT-prolonging meds (ondansetron). 4. Repeat TTE in 4-6 wks; f/u with Dr. {{NAME:Szymanski}}, {{FACILITY:CMC}} Cardiology ({{PHONE:617-555-0111}}). 5. Cath only if recovery does not occur.
Thank you; will follow. {{NAME:Theodora Papadakis}}, MD, Cardiology Fellow; seen with Dr. {{NAME:Jerzy Szymanski}}`,

  `Vascular Surgery Progress Note   {{DATE:1/13/24}}
POD#1 L BKA ({{DATE:1/12/2024}}) for nonhealing L heel ulcer/osteomyelitis with CLTI, failed L SFA angioplasty ({{DATE:11/28/2023}} at {{FACILITY:Roxbury Crossing Vein & Vascular}}).
Pt: {{NAME:Marie-Claude Jean-Baptiste}}, 75F. Spoke with pt via Haitian Creole interpreter {{NAME:Wilfrid Charles}} (ID {{ID:31244}}).
S: Pain 5/10 at stump, phantom sensation. Ate breakfast. Daughter {{NAME:Nadège}} visited last evening.
O: AF, VSS. Stump dressing C/D/I, rigid removable dressing and L knee immobilizer in place. Incision not examined (POD#2 take-down). R foot: warm, DP dopplerable, PT monophasic. Hgb 9.1, Cr 1.0, WBC 10.2. Path: bone margin pending.
A/P: - Pain: APS following, gabapentin 100 TID, oxycodone PRN. - Heparin SQ. - ASA/statin. - PT: transfers with slide board. - Prosthetist {{NAME:Garrett Lindh}} ({{FACILITY:Neponset Orthotics & Prosthetics}}) to see {{DATE:1/16}}. - Dispo: SNF, {{FACILITY:Hyde Park Manor Rehab}} accepted per CM {{NAME:Gwen Asante}}.
Seen and discussed with attending Dr. {{NAME:Abernathy-Cole}}. {{NAME:Imani Richardson}}, MD, Vascular PGY-3, pager {{PHONE:0121}}`,

  `Infectious Disease Consult - Initial   {{DATE:07/19/2022}}
Pt: {{NAME:Demetrios Petrakis}}, {{AGE:90}} y/o M, {{FACILITY:Hollis 8}} rm 807, MRN {{MRN:8871205}}. Requested by Dr. {{NAME:Baptiste-Lowe}}.
Reason: MRSA bacteremia.
HPI: Lives with wife {{NAME:Eleni}} in {{LOCATION:Watertown}}; active in {{FACILITY:Panagia Faneromeni Greek Orthodox Church}}. R TKA done {{DATE:May 2014}} at {{FACILITY:Brattle Street Hospital}} by Dr. {{NAME:Whitaker}}. R knee swelling x5 days after a fall on {{DATE:7/12}} in his garden. Presented {{DATE:7/18}} with T 39.1, confusion. Knee aspirate: WBC 64,000 (94% PMN), GPC in clusters; BCx 1/2 MRSA (MIC 1).
Abx: vanco since {{DATE:7/18}}; pip-tazo stopped {{DATE:7/19}}.
Exam: R knee warm, effusion, ROM limited by pain. No murmur. No stigmata of endocarditis.
Impression: Acute prosthetic joint infection of R TKA with MRSA bacteremia.
Recs: 1. Vanc per pharmacy, AUC 400-600. 2. Ortho (Dr. {{NAME:Tsai}}) for DAIR vs 2-stage revision. 3. Repeat BCx until clear. 4. TTE; TEE if persistent bacteremia. 5. Anticipate 6 wks IV then chronic suppression (doxycycline). 6. OPAT clinic referral; weekly labs to be faxed to {{FAX:617-555-0169}}.
Discussed with pt, wife and son {{NAME:Nikos}} ({{PHONE:617-555-0166}}).
{{NAME:Miriam Ashworth}}, MD, Infectious Disease`,

  `Palliative Care Consult   {{DATE:12/02/2022 15:00}}
Pt: {{NAME:Alvaro Quiñones}}, {{AGE:96}}, HFrEF (EF 20%), CKD 4, {{FACILITY:Hollis 10}}. Consult from Dr. {{NAME:Eun-Ji Cho}}: goals of care, dyspnea.
Met with pt (Spanish, interpreter {{NAME:Rosa Menendez}}), daughter {{NAME:Marisol Quiñones-Whitaker}} (HCP) and grandson {{NAME:Mateo Whitaker}}, who is a nurse at {{FACILITY:Sudbury Regional Hospital}}.
Pt born in {{LOCATION:Mayagüez}}, Puerto Rico; moved to {{LOCATION:Framingham}} in 1962 and worked 35 years at {{FACILITY:Farm Pond Textile Co.}}. Widowed; wife {{NAME:Carmen}} died {{DATE:March 2019}}. Values: "being at home with my family, my dominoes, my church." Fears: "suffocating." Prior hospitalizations {{DATE:6/2022}} and {{DATE:9/2022}} for CHF.
Symptoms: dyspnea ESAS 6/10 at rest, orthopnea 3 pillows, fatigue 7/10, anorexia. PPS 40%.
Prognosis discussed: likely months, possibly shorter. Pt wishes DNR/DNI, no return to ICU, would accept IV diuretics and rehab if it helps him get home. MOLST completed today and signed.
Recs: 1. Morphine 2.5 mg PO q4h PRN dyspnea (opioid naive, CrCl 22: low dose). 2. Fan at bedside. 3. Recommend hospice information for after rehab: {{FACILITY:Metrowest Hospice Partners}} liaison {{NAME:Deb Fallon}} ({{PHONE:508-555-0130}}). 4. Chaplain referral (Spanish-speaking), pastor Rev. {{NAME:Luis Acevedo}} of {{FACILITY:Iglesia Bautista Nueva Vida}} also to be called.
{{NAME:Anjali Suri}}, MD, Palliative Care   {{DATE:12/02/2022 16:20}}`,

  `Neuro ICU Nursing Note   {{DATE:8/03}} 0700-1900   {{FACILITY:Ashcroft 4}} bed 7
Pt {{NAME:Yusuf Abdirahman}}, 46M, HD#5 s/p aneurysmal SAH (Hunt-Hess 3, modified Fisher 4), ACOM aneurysm coiled {{DATE:7/30/2024}} by Dr. {{NAME:Wisniewski}}. Vasospasm watch day 5 of 14.
Neuro: GCS 13 (E3V4M6), oriented to self/place, not date. PERRL 3 mm. Moves all ext, L pronator drift new at 1400 -> MD (Dr. {{NAME:Raman}}) notified, stat CTA/CTP: mild R MCA vasospasm, MAP goal raised to 100-110. TCD velocities R MCA 162 (Lindegaard 3.4). Nimodipine 60 mg q4h via NGT.
EVD: open at 10 cmH2O, drained 122 ml clear yellow CSF/12h, ICP 6-12. Site C/D/I.
CV: NSR 60-80s, MAP 100-108 on phenylephrine 1.2 mcg/kg/min (started 1430). Na 138 - goal >135, NaCl tabs 2 g TID.
Resp: 2L NC, sats 98%. Coughing well.
GI/GU: TF Jevity 1.2 @ 60 (goal), Foley, UOP 1.2-2.1 L/shift.
Social: Wife {{NAME:Hodan Warsame}} and brother {{NAME:Abdiwali}} here most of the day; family from {{LOCATION:Lewiston}}, ME driving in {{DATE:Saturday 8/5}}. Somali interpreter ({{NAME:Faadumo}}) used for update with Dr. {{NAME:Raman}} at 1600. Imam from {{FACILITY:Blue Hill Avenue Masjid}} visited. Pt is a driver for {{FACILITY:Greenline Cab Co.}}, wife's cell {{PHONE:617-555-0191}}.
{{NAME:Kerri-Ann Whitlock}}, RN`,

  `CHEST (PORTABLE AP)   Clip # {{ID:2420831}}
{{DATE:03/02/2024 4:58 AM}}
Reason: ETT, OGT, R IJ and L chest tube position; ARDS
MEDICAL CONDITION: 33 year old man with ARDS, influenza, s/p L pigtail for PTX
FINAL REPORT
COMPARISON: Multiple prior radiographs, most recently {{DATE:03/01/2024 at 15:12}}; CT chest {{DATE:2/27/2024}} from {{FACILITY:Wachusett Valley Hospital}}.
FINDINGS: ETT tip 5 cm above the carina. OG tube in stomach, side port below GE junction. R IJ catheter tip in the low SVC. Left 14 Fr pigtail catheter projects over the lateral left mid-hemithorax; the small left apical pneumothorax seen on the prior is no longer visualized. Diffuse bilateral airspace opacities are unchanged, consistent with known ARDS. No large effusion. Subcutaneous emphysema along the left chest wall has slightly decreased. Heart size normal.
IMPRESSION: 1. Resolution of left apical pneumothorax with chest tube in place. 2. Unchanged diffuse bilateral opacities. 3. Lines and tubes as above.
The patient's RN, {{NAME:Dominic Osei}}, was informed at 5:25 AM.
RESIDENT: {{NAME:Hyejin Kwon}}, MD
ATTENDING: DR. {{NAME:ELEANOR MACPHERSON}}   Approved: {{DATE:SAT 03/02/2024 8:02 AM}}
Patient: {{NAME:Tremaine Okafor-Wells}}   MRN {{MRN:3378124}}   Ordering: {{NAME:Mira Castellano}}, MD`,

  `CT ABDOMEN AND PELVIS WITH CONTRAST   Clip # {{ID:2333719}}
{{DATE:05/14/2022 9:12 PM}}
Reason: abd pain, lipase 3100, r/o necrosis
MEDICAL CONDITION: 79 year old man with pancreatitis, worsening
FINAL REPORT
HISTORY: 79-year-old man with acute pancreatitis admitted {{DATE:5/9/2022}}, transferred from {{FACILITY:Fall River General}}, now rising WBC.
COMPARISON: CT A/P {{DATE:05/09/2022}} performed at {{FACILITY:Fall River General}}, reviewed on PACS; outside report by Dr. {{NAME:Cavanaugh}}.
TECHNIQUE: MDCT axial images from the lung bases to the pubic symphysis after 100 ml Omnipaque 350 IV. Oral contrast not given.
FINDINGS: Lung bases: bilateral small effusions with compressive atelectasis. Pancreas: approximately 50% of the pancreatic body and tail fails to enhance, consistent with necrosis. Heterogeneous peripancreatic collection 11 x 6 cm with foci of gas, concerning for infected necrosis. Splenic vein is patent; no pseudoaneurysm. Liver: cholelithiasis, no ductal dilation. Kidneys: simple cysts. Moderate ascites. Diverticulosis without diverticulitis. Bladder with Foley. Degenerative changes of the spine.
IMPRESSION: Necrotizing pancreatitis with ~50% necrosis and a gas-containing acute necrotic collection, concerning for infection.
Discussed with Dr. {{NAME:Whitfield}} (MICU) at 9:50 PM on {{DATE:5/14/2022}}.
DR. {{NAME:RAFAEL DOMINGUEZ-PRATT}}   DR. {{NAME:SOO-AH BANG}}   Approved: {{DATE:SUN 05/15/2022 8:40 AM}}
Patient: {{NAME:PIMENTEL, JOSE M}}   MRN {{MRN:1147720}}`,

  `Limited TTE (bedside, focused)   Date/Time: {{DATE:2022-11-25 at 09:15}}
Patient: {{NAME:Mancuso, Gerald}}  MRN: {{MRN:2231874}}  Age: {{AGE:90}}  DOB: {{DATE:1932-08-01}}  Location: {{FACILITY:Kessler 7}}, bed 12
Indication: hypotension, r/o pericardial effusion / LV dysfunction. BP (mm Hg): 96/50. HR (bpm): 52 (AFib).
Technical quality: suboptimal (ventilator not applicable; pt supine, poor windows).
Findings: LV cavity normal size; LVEF ~45% visually, mild global hypokinesis. RV mildly dilated with mildly reduced free wall motion (TAPSE 1.5 cm). Aortic valve sclerosis without stenosis. Moderate (2+) MR. Moderate TR, estimated PASP 46 mmHg. IVC 2.2 cm with < 50% collapse. No pericardial effusion.
Compared with the prior TTE of {{DATE:2021-03-02}} (from {{FACILITY:Blue Hills Community Hospital}}, report faxed by {{NAME:Joanne Pelletier}} from HIM, fax {{FAX:617-555-0196}}), LVEF was 55%; mild decrease now.
Conclusions: Mildly reduced LVEF, RV dysfunction, no tamponade.
Called to Dr. {{NAME:Priya Venkataraman}} at 09:40.
Sonographer: {{NAME:Tomasz Lewandowski}}, RDCS   Interpreting: {{NAME:Constance Achebe}}, MD   Signed {{DATE:2022-11-25 10:05}}`,

  `Case Management - Home Discharge   {{DATE:10/06/2023 14:45}}
Pt {{NAME:Consuelo Rivera Ortiz}} ({{MRN:6130457}}), 78F, s/p R MCA stroke with thrombectomy {{DATE:5/27}}, readmitted {{DATE:10/2}} for UTI. D/c home today with services.
Home: lives with son {{NAME:Rafael Ortiz}} and daughter-in-law {{NAME:Noemí}} at {{ADDRESS:37 Haverhill Street, 2nd floor}}, {{LOCATION:Lawrence}}, MA {{ZIP:01841}}. Granddaughter {{NAME:Yesenia Ortiz}} is backup caregiver.
Insurance: Medicare Advantage (Tufts Health Plan), member ID {{HEALTH_PLAN:TMP9921045-01}}; MassHealth secondary {{HEALTH_PLAN:100522830761}}.
Services arranged:
- VNA: {{FACILITY:Merrimack Valley Visiting Nurses}} - RN/PT/OT/HHA; start of care {{DATE:10/7/2023}}; intake {{NAME:Luz Cabrera}} {{PHONE:978-555-0148}}; referral #{{ID:MVVN-774210}}.
- DME: tub bench, hemi-walker from {{FACILITY:Essex Medical Equipment}}, delivered to home {{DATE:10/6}} PM.
- Rx: sent to {{FACILITY:Farmacia Broadway}} in {{LOCATION:Lawrence}}, {{PHONE:978-555-0149}}; apixaban copay card applied.
- F/u: Stroke clinic Dr. {{NAME:Anjali Raman}} {{DATE:11/2/2023}} 1:30 PM; PCP Dr. {{NAME:Gustavo Paredes}} ({{FACILITY:Lawrence Family Health Partners}}) within 7 days.
Son to transport by car at 1600. Spanish discharge paperwork reviewed with interpreter.
{{NAME:Gwen Asante}}, RN CM`,

  `Social Work Note   {{DATE:2/20/2023}}
Re: {{NAME:Florence Abernethy}}, {{AGE:104}} y/o F ({{MRN:0389921}}), admitted {{DATE:2/17}} with hip fx (nonoperative per family/ortho).
Pt is lucid and witty; she taught piano for 60 years and still plays at {{FACILITY:Cedar Hill Retirement Community}} in {{LOCATION:Newton}}, where she has lived in an independent apartment since {{DATE:June 2011}}. Widowed twice; no children. Nephew {{NAME:Graham Abernethy}} ({{AGE:91}}, {{LOCATION:Wellesley}}) is HCP but has macular degeneration and does not drive; his daughter {{NAME:Fiona Abernethy-Marsh}} ({{PHONE:781-555-0187}}) assists. Pt's attorney {{NAME:Harold Sykes}} holds DPOA.
Pt's goals: comfort, return to her apartment, "and no more X-rays." Discussed with palliative care (Dr. {{NAME:Suri}}).
{{FACILITY:Cedar Hill}} nurse {{NAME:Agatha Mwangi}} reports pt would need 24h help; facility can provide 12 h/day; family willing to hire private aide through {{FACILITY:Companion Hearts Home Care}} for nights.
Plan: home with hospice (pt and HCP agree), {{FACILITY:Charles River Hospice}} intake {{DATE:2/21}}; hospital bed delivery {{DATE:2/22}}.
{{NAME:Noreen Baptiste}}, LICSW`,

  `Nutrition - Tube Feeding Discharge Recommendations   {{DATE:Thurs 9/14/2023}}
Pt {{NAME:Lorcan McGillicuddy}}, {{AGE:90}} y/o M, {{FACILITY:Weybridge 10}}, s/p PEG {{DATE:9/12}} (Dr. {{NAME:Vasquez-Hollander}}, 20 Fr Boston Sci EndoVive) for oropharyngeal dysphagia after brainstem stroke.
Wt 64.8 kg; BMI 21. Tolerating Jevity 1.5 at goal 55 ml/hr x 20 h (0.6 L residual-free) since {{DATE:9/13}}.
Discharge regimen (transition to bolus for SNF): Jevity 1.5, 1 carton (237 ml) 5x/day via PEG, flush 60 ml water before and after each feed + 120 ml free water QID. Provides 1778 kcal, 76 g protein, 1805 ml total free water. Meets 100% est. needs.
Pt will go to {{FACILITY:Chestnut Ridge Care Center}} ({{LOCATION:Worcester}}); their RD {{NAME:Paula Nnadi}} ({{PHONE:508-555-0132}}) received verbal handoff at 11:20. Formula supplier: {{FACILITY:Worcester Enteral Supply}}, account {{ACCOUNT:WES-300184}}.
Wife {{NAME:Bridie}} asked if pt can have "tastes" of ice cream: yes, per SLP {{NAME:Marisa Kuznetsova}}, pleasure feeds of puree with 1:1 supervision only.
Labs {{DATE:9/14}}: Na 139, K 4.1, Phos 3.2, Mg 2.0, Glu 118-156.
Follow-up: weekly weights at SNF; GI clinic for PEG check in 6-8 wks, {{PHONE:617-555-0151}}.
{{NAME:Rachel Zimmerman-Oduya}}, MS, RD, LDN`,

  `Admission Date: {{DATE:01/03/2024}}     Discharge Date: {{DATE:01/11/2024}}
Date of Birth: {{DATE:09/09/1966}}     Sex: F
Service: CARDIAC CARE UNIT / MEDICINE
Attending: {{NAME:Jerzy Szymanski}}, MD
Name: {{NAME:Albarrán, Ximena}}   MRN: {{MRN:4400918}}
Chief Complaint: Fever, flank pain, hypotension
HPI: 57F with nephrolithiasis presented to {{FACILITY:North Shore Harbor Hospital}} in {{LOCATION:Lynn}} {{DATE:1/2}}, transferred with septic shock from obstructing 9 mm L UVJ stone.
Brief Hospital Course: 1. Septic shock/obstructing pyelonephritis: L perc nephrostomy {{DATE:1/3}}; urine/blood cx E. coli (ESBL neg), ceftriaxone -> cipro to complete 14 d ({{DATE:1/3-1/16}}). Norepi off {{DATE:1/6}}. 2. Takotsubo cardiomyopathy: EF 30% {{DATE:1/5}}, 45% on repeat {{DATE:1/10}}. Metoprolol succinate 25, lisinopril 2.5. 3. AKI: Cr peak 2.3, d/c 1.1.
Discharge Disposition: Home with Service
Facility: {{FACILITY:Northeast Coastal Home Health}}
Discharge Diagnosis: Septic shock, obstructive pyelonephritis, Takotsubo cardiomyopathy
Followup Instructions:
Provider: {{NAME:Lindahl, Erik}}, MD (IR, nephrostomy exchange) Phone: {{PHONE:617-555-0123}} Date/Time: {{DATE:1/24/2024 8:30}}
Provider: {{NAME:Mehrdad Nouri}}, MD (Urology) Phone: {{PHONE:617-555-0125}} Date/Time: {{DATE:1/31/2024 10:00}}
Provider: {{NAME:Szymanski, Jerzy}}, MD (TTE + visit) Phone: {{PHONE:617-555-0111}} Date/Time: {{DATE:2/14/2024 9:15}}`,

  `Telephone Encounter   {{DATE:06/21/2023 4:10 PM}}
Caller: {{NAME:Keira Lindgren}}, granddaughter of {{NAME:Winifred Abernathy-Cole}} (DOB {{DATE:02/28/1928}}), from {{PHONE:603-555-0105}}.
Reason: Pt discharged {{DATE:6/19}} from {{FACILITY:Hollis 9}} back to {{FACILITY:Brookside Village Assisted Living}}. Caller reports weight up from 54.2 to 55.9 kg since Monday, ankles "puffy", no SOB at rest, sleeping on 2 pillows (baseline). Taking torsemide 20 mg daily as prescribed; facility med aide {{NAME:Jasmine}} confirms. Pharmacy ({{FACILITY:Pleasant Street Apothecary}}, {{LOCATION:Milton}}) filled torsemide {{DATE:6/19}}.
Triage: no red flags (no CP, no syncope, no SOB at rest). Discussed with Dr. {{NAME:Nathaniel Brightwater}} (PCP) at 4:25 PM: increase torsemide to 40 mg daily x 3 days, then back to 20; BMP at facility {{DATE:Friday 6/23}}; results to fax {{FAX:617-555-0158}}. Call back if wt > 57 kg or SOB.
Orders faxed to {{FACILITY:Brookside Village}} nursing, attn {{NAME:Liz Okoro}}, RN. VNA ({{FACILITY:Blue Hills Visiting Nurses}}) notified, visit {{DATE:6/22}}.
Caller verbalized understanding; she will call her mother {{NAME:Deirdre Lindgren}} in {{LOCATION:Dover}}, NH.
{{NAME:Kathleen Furey}}, RN, {{FACILITY:Milton Village Internal Medicine}}`,

  `Outside Hospital Records Review - Transfer Packet   {{DATE:10/19/2023}}
Reviewed records from {{FACILITY:Padanaram Harbor Hospital}} ({{LOCATION:Dartmouth}}) faxed {{DATE:10/18/2023 22:14}} from {{FAX:508-555-0176}}, 64 pages, for pt {{NAME:Helena Lindqvist-Barros}} (OSH MRN {{MRN:PHH00284415}}).
OSH course {{DATE:10/9-10/15}}: admitted with SBP (ascitic PMN 1,840), treated with ceftriaxone, albumin. Cr 1.1 -> 2.9. Terlipressin not given (not on formulary); midodrine/octreotide started {{DATE:10/12}}. Large-volume paracentesis {{DATE:10/10}} (6 L) by Dr. {{NAME:Armando Feitosa}}.
Prior: EGD {{DATE:6/2023}} - grade 2 varices, banded x3 (Dr. {{NAME:Harrington}}, {{FACILITY:Buzzards Bay GI Associates}}). Last drink reported {{DATE:Jan 2023}}; PEth {{DATE:9/2023}} negative.
Outpatient hepatologist: Dr. {{NAME:Lucinda Falkenrath}}, {{FACILITY:CMC}} Liver Center.
Social (OSH SW note by {{NAME:Kimberly Sousa}}): lives in {{LOCATION:Westport}} with husband {{NAME:Joaquim}}; employed as a bookkeeper at {{FACILITY:Barros Fishing Co.}} in {{LOCATION:New Bedford}}; strong family support; sister {{NAME:Inês Barros}}.
Code status at OSH: FULL. Advance directive: HCP form names husband.
Missing: OSH imaging disc (requested from OSH radiology, {{PHONE:508-555-0177}}); TTE report.
{{NAME:Kwabena Asamoah}}, MD`,

  `Autopsy Request / Consent Note   {{DATE:08/14/2022 19:30}}
Decedent: {{NAME:Cornelius Vanderhoek}}, {{AGE:93}} y/o M, MRN {{MRN:7008815}}, died {{DATE:08/14/2022 at 15:41}} in MICU bed 3 ({{FACILITY:Kessler 6}}).
Next of kin: daughter {{NAME:Wilhelmina "Billie" Vanderhoek-Strand}} (HCP), {{ADDRESS:9 Orchard Lane}}, {{LOCATION:Concord}}, MA {{ZIP:01742}}, {{PHONE:978-555-0183}}. Son {{NAME:Pieter Vanderhoek}} (in {{LOCATION:Rotterdam}}) agreed by phone.
Clinical question: cause of rapidly progressive encephalopathy and myoclonus (suspected CJD vs autoimmune encephalitis; RT-QuIC pending at the national prion center, ref {{ID:NPDPSC-22-08812}}). Family requested full autopsy including brain.
Consent obtained by Dr. {{NAME:Declan Fairbanks}} with witness RN {{NAME:Tara Quigley}} at 19:10; restrictions: none; family requests a copy of the report to the PCP Dr. {{NAME:Ruth Abramowitz}} at {{FACILITY:Walden Pond Internal Medicine}}, and a meeting to review results.
Infection control notified (CJD precautions) - pager {{PHONE:0102}}; pathology (Dr. {{NAME:Imogen Thackeray}}) aware. Medical examiner declined jurisdiction at 17:05 (case {{ID:OCME-22-14470}}).
Body released to morgue 20:15; then to {{FACILITY:Hartwell-Ames Funeral Home}}, {{LOCATION:Concord}}.
{{NAME:Declan Fairbanks}}, MD, MICU attending`,

  `Respiratory Therapy - Tracheostomy / PMV Note   {{DATE:6/27/23}} 1030
Pt {{NAME:Bartholomew Oyelowo}}, 71M, {{FACILITY:Kessler 7}} bed 4, s/p perc trach {{DATE:6/19/2023}} (Dr. {{NAME:Abiola Sanusi}}) after prolonged ARDS. First trach change done today 0900: Shiley 6 cuffed (6CN75H) exchanged for Shiley 6 cuffless (6UN75H) by Dr. {{NAME:Sanusi}} and this RT, uncomplicated, CO2 detector +.
Vent: off since {{DATE:6/24}}; on trach collar 35% 10 L, SpO2 94-97%, RR 18-22.
PMV trial with SLP {{NAME:Iris Mendelsohn}}: Passy-Muir 007 (aqua) placed 1000-1025; pt phonated clearly, counted to 20, said "hi {{NAME:Fola}}" to his wife {{NAME:Folasade}} on FaceTime. No distress, SpO2 95%, RR 20. Secretions thin white, suctioned x1 before trial.
Plan: PMV during awake hours with supervision, remove for sleep. Cuffless trach kit and obturator at bedside. Spare trach 5.0 at bedside.
Dispo: LTACH screening - {{FACILITY:Kindwell Specialty Hospital}} ({{LOCATION:Stoughton}}) and {{FACILITY:Atlantic Shores LTACH}}; their RT liaison {{NAME:Oscar Mbeki}} ({{PHONE:781-555-0165}}) reviewed settings.
Education given to wife on suctioning; daughter {{NAME:Moradeke}} to come {{DATE:Thursday 6/29}} for training.
{{NAME:Marcelo Duarte}}, RRT`,

  `SICU Nursing Progress Note   {{DATE:11/8}} 0700-1900   {{FACILITY:Clemens 5}} bed 6
{{NAME:Marguerite Desrosiers}}, 68F, POD#1 pylorus-preserving Whipple ({{DATE:11/7/2023}}, Dr. {{NAME:Kallistratos}}) for pancreatic head adenocarcinoma (neoadjuvant FOLFIRINOX at {{FACILITY:Alcott Cancer Institute}}, last cycle {{DATE:9/28}}).
Neuro: A&Ox3. Epidural T7-8 bupivacaine 0.1%/fentanyl 2 mcg/ml at 8 ml/hr, pain 2-4/10; sensory level T6-T11. APS (Dr. {{NAME:Oyelaran}}'s team) rounded.
CV: NSR 80s, SBP 96-110. 500 ml LR bolus x1 at 1100 for UOP 20 ml/hr; responded.
Resp: 2L NC -> RA at 1400, 96%. IS 1000.
GI: NGT to LIWS, 150 ml bilious. JP x2: R 120 ml serosang, L 60 ml; JP amylase POD#1 sent (R 420, L 88). NPO, sips ice chips. Octreotide 100 mcg SC q8.
GU: Foley, UOP 30-60 ml/hr after bolus.
Endo: BG 140-188, SSI lispro.
Skin: midline incision with staples, Prevena wound vac -125 mmHg, seal intact.
Social: husband {{NAME:Réjean Desrosiers}} and sister {{NAME:Lise Tremblay}} visited 1200-1800; they are from {{LOCATION:Woonsocket}}, RI, staying at {{FACILITY:Longwood Family House}}. Husband's cell {{PHONE:401-555-0119}}. Pt is a retired 4th-grade teacher ({{FACILITY:Harris Elementary School}}).
Plan: ambulate x3 tomorrow, SQH, remove Foley POD#3, epidural to be capped {{DATE:11/10}}.
{{NAME:Adaeze Nwankwo}}, RN`,

  `Name: {{NAME:Pelletier, Oscar}}     Unit No: {{MRN:5917043}}
Admission Date: {{DATE:2022-12-27}}     Discharge Date: {{DATE:2023-01-04}}
Date of Birth: {{DATE:1926-04-30}}     Sex: M
Service: ORTHOPAEDICS
Allergies: Penicillins
Attending: {{NAME:Wen-Hsin Tsai}}, MD
Chief Complaint: L hip pain after fall
Major Surgical or Invasive Procedure: {{DATE:12/28/2022}}: L intertrochanteric fx, cephalomedullary nail (Gamma3 short)
History of Present Illness: {{AGE:96}} yo M who lives alone in {{LOCATION:Attleboro}} (daughter {{NAME:Solange Pelletier}} next door) and slipped on ice on his porch the morning of {{DATE:12/27}}. Seen at {{FACILITY:Ten Mile River Hospital}} ED, transferred for ortho.
Brief Hospital Course: Cleared by medicine (Dr. {{NAME:Amara Nwachukwu}}, geriatrics). Uncomplicated nailing {{DATE:12/28}}. Post-op delirium {{DATE:12/29-12/31}}, managed nonpharmacologically; Hct nadir 24.8, 1 u pRBC {{DATE:12/30}}. Urinary retention, Foley replaced, passed voiding trial {{DATE:1/3}}. WBAT.
Discharge Medications: enoxaparin 40 mg SC daily x 28 days; acetaminophen 1 g TID; oxycodone 2.5 mg q6h PRN; senna/Colace; vitamin D3 2000 IU.
Discharge Disposition: Extended Care
Facility: {{FACILITY:Bristol County Rehabilitation & Nursing}} - {{LOCATION:Taunton}}
Followup Instructions:
Provider: {{NAME:Tsai, Wen-Hsin}}, MD Phone: {{PHONE:617-555-0142}} Date/Time: {{DATE:1/17/2023 10:45}}
Provider: {{NAME:Jacques Thibodeau}}, MD (PCP, {{FACILITY:North Attleborough Family Practice}}) Phone: {{PHONE:508-555-0192}} Date/Time: {{DATE:1/20/2023 2:30}}
Completed by: {{NAME:Caoimhe Brennan-Park}}, MD {{DATE:2023-01-04}}`,

  `{{FACILITY:Charlesgate Medical Center}} - Post-ICU Recovery Clinic
{{ADDRESS:250 Fenwood Terrace, Suite 4B}}, {{LOCATION:Boston}}, MA {{ZIP:02215}}   Tel {{PHONE:617-555-0100}}   Fax {{FAX:617-555-0199}}
{{DATE:March 28, 2024}}
Dr. {{NAME:Siobhan Gallagher-Nunes}}
{{FACILITY:Jamaica Pond Primary Care}}
{{ADDRESS:18 Perkins Street}}, {{LOCATION:Jamaica Plain}}, MA {{ZIP:02130}}
Re: {{NAME:Ingeborg Solheim}}   DOB {{DATE:07/07/1961}}   MRN {{MRN:3305518}}
Dear Dr. {{NAME:Gallagher-Nunes}},
I saw your patient today, 4 months after her ICU stay ({{DATE:11/14-11/22/2023}}) for near-fatal asthma requiring intubation at {{FACILITY:Metrowest Lakeside Hospital}} and transfer here. She has returned part-time to teaching at {{FACILITY:Concord Road Montessori School}}. Symptoms: ACT 19/25, no ED visits since discharge, one prednisone burst {{DATE:2/2024}}. PHQ-9 8, GAD-7 6, IES-R 24 (some intrusive memories; she still dreams of the extubation). 6MWT 452 m without desaturation. FeNO 38 ppb; eos 410.
Plan: 1. Continue budesonide-formoterol 160/4.5 MART. 2. Referred to severe asthma clinic (Dr. {{NAME:Abiola Sanusi}}) for biologic evaluation (tezepelumab vs dupilumab). 3. ICU survivorship peer group, Thursdays. 4. Her husband {{NAME:Erik}} also attends the family support session.
Sincerely,
{{NAME:Nkechi Obi}}, MD
cc: pt; Dr. {{NAME:Sanusi}}`,

  `ECG  {{DATE:10/27/2023 14:52}}   {{NAME:OKONKWO, IFEANYI}}   MRN {{MRN:9120843}}   52 M   ED {{FACILITY:CMC}} bay 3
Sinus rhythm, rate 84. Normal intervals: PR 168, QRS 92, QT/QTc 376/444. Axis +45. No acute ST elevation. Possible left atrial abnormality. Early transition. No prior tracing at this institution for comparison; outside tracing from {{FACILITY:Medford Square Urgent Care}} {{DATE:08/2023}} reported as normal.
Read by: {{NAME:Ingrid Salazar-Moody}}, MD   {{DATE:10/27/2023 16:10}}
---
ECG  {{DATE:10/28/2023 06:05}}   {{NAME:OKONKWO, IFEANYI}}   MRN {{MRN:9120843}}   {{FACILITY:Ashcroft 4}} bed 2
Atrial fibrillation with controlled ventricular response, rate 78. QRS 94, QTc 451. Non-specific T wave flattening in the lateral leads. Compared to the previous tracing of {{DATE:10/27/2023}}, atrial fibrillation is new. Findings called to the neuro ICU team (Dr. {{NAME:Anjali Raman}}, pager {{PHONE:0137}}) at 06:40 given acute stroke (cardioembolic source likely).
Read by: {{NAME:Horatio Bellweather}}, MD   {{DATE:10/28/2023 06:38}}
Telemetry addendum ({{NAME:Jun Takahashi}}, RN, {{DATE:10/28}}): AF onset 03:12 per central monitor; paroxysms of 2-40 min overnight; rate 70-120.`,

  `CT HEAD W/O CONTRAST   Clip # {{ID:2291602}}
{{DATE:11/04/2022 6:20 AM}}
Reason: f/u SDH, 36 hrs; on hold for Plavix
MEDICAL CONDITION: {{AGE:94}} year old man with R frontal SDH, L SAH after fall
FINAL REPORT
HISTORY: {{AGE:94}}-year-old man, fall at {{FACILITY:Whitcomb House}} on {{DATE:11/2}}, follow-up of subdural hematoma. Platelet transfusion given {{DATE:11/3}}.
COMPARISON: {{DATE:11/02/2022 23:48}}; CT head {{DATE:June 4, 2021}} ({{FACILITY:Blue Hills Community Hospital}}).
FINDINGS: The right frontal subdural hematoma measures up to 8 mm (previously 7 mm), with slight increase in the layering hyperdense component and no new areas of hemorrhage. Minimal effacement of the adjacent sulci. No midline shift (previously none). The small focus of subarachnoid blood in the left sylvian fissure is less conspicuous. No hydrocephalus. Chronic small vessel ischemic changes. Left parietal scalp hematoma decreased.
IMPRESSION: Minimal increase in size of right frontal SDH without mass effect. Decreasing left SAH.
Discussed with neurosurgery PA {{NAME:Carly Vachon}} at 7:05 AM {{DATE:11/4/22}}; plan per NSGY (Dr. {{NAME:Blessing Nwachukwu}}): conservative, Keppra x7d, hold Plavix x2 wks.
Patient: {{NAME:ARSENAULT, LEOPOLD}}   MRN {{MRN:6018345}}   Location: {{FACILITY:Tilden 4}}
DR. {{NAME:TOMAS ECHEVARRIA}}   Approved: {{DATE:FRI 11/04/2022 8:11 AM}}`,

  `ccu nsg note {{DATE:2/14}} 19-07
pt {{NAME:nakamura}} (pls call him "{{NAME:ken}}"), 61m, pvE w/ root abscess on TEE {{DATE:2/14}}, for redo AVR w/ dr {{NAME:harutyunyan}} {{DATE:fri 2/17}}.
neuro: a&ox3, anxious re: surgery, ativan 0.5 x1 @ 2300 w/ effect. slept 4h.
cv: nsr 70-90, new 1st deg avb PR 248 (was 190 on {{DATE:2/12}}) - dr {{NAME:kirschner}} aware, c/f abscess extension, 12-lead done @ 0200, tele closely. bp 110-130/60s. heparin gtt for mech valve, ptt 72 (goal 60-80), rate unchanged @ 1150 u/h.
resp: ra, 97%.
id: pcn g 4 MU q4h, gent per pharm. tmax 100.2 @ 2000. bcx {{DATE:2/13}} ngtd.
gi/gu: reg diet, npo after mn {{DATE:2/16}} for surgery. voiding.
social: wife {{NAME:sachiko}} stayed until 2200, brought pt's kindle. daughter {{NAME:emi nakamura}} flying in from {{LOCATION:seattle}} tmrw. pt is a professor at {{FACILITY:bayside technical institute}} in {{LOCATION:waltham}}. wife's cell {{PHONE:781-555-0172}}.
colonoscopy sched {{DATE:2/15}} w/ gi (dr {{NAME:rohan mehta}}) - golytely prep started 1800.
{{NAME:ph}}/{{NAME:lm}} rn`,

  `TSICU Progress Note - Trauma Surgery   {{DATE:09/20/2023}}
Pt: {{NAME:Caleb Whitmore}}, 22M, HD#4, MRN {{MRN:6648213}}
24 Hour Events: IMN R femur {{DATE:9/19/2023}} (Dr. {{NAME:Kallistratos}}), EBL 400. Extubated {{DATE:9/19}} at 18:30. Chest tube to water seal.
S: Pain controlled on PCA. Asking about his dog and his truck. Mother {{NAME:Leah}} and girlfriend {{NAME:Brianna Costa}} at bedside.
O: Tmax 38.0, HR 96, BP 128/74, SpO2 95% 2L. GCS 15. L CT: 80 ml/24h, no air leak. Abd soft, mild LUQ tenderness. R thigh incisions C/D/I, compartments soft. Hct 27.9 (28.4, 28.1), stable x 48h. Plt 212. Cr 0.8. CK 4,210.
Repeat CT head {{DATE:9/17}}: stable R frontal contusion.
A/P: 1. Grade III splenic lac - nonop, Hct stable, activity restriction 6-8 wks, vaccines not needed. 2. L PTX/rib fx - CT to water seal, CXR in AM, remove if no PTX; rib fixation not indicated. 3. R femur fx - WBAT per ortho, PT. 4. TBI - Keppra day 4/7; cognitive screen by SLP. 5. EtOH/THC - SBIRT done by {{NAME:Noor Haddad}}, SW. 6. DVT: Lovenox 30 BID started {{DATE:9/19}}.
Legal: {{LOCATION:Woburn}} PD detective Sgt. {{NAME:Ray Coughlin}} requested interview re: crash, case #{{ID:23-WPD-011874}}; deferred per pt.
Dispo: floor ({{FACILITY:Clemens 6}}) tomorrow; possible rehab.
{{NAME:Owen Prescott}}, MD / Dr. {{NAME:Esperanza Villanueva}}`,

  `MICU Nursing Note   {{DATE:12/04/2023 1900}} - {{DATE:12/05/2023 0700}}
Events: 2130 pt pulled NGT, replaced by RN at 2200, placement confirmed by KUB (read by Dr. {{NAME:Iyer}}).
Pt {{NAME:Magdalena Wróblewska}}, {{AGE:92}} y/o F, admitted {{DATE:12/2}} from {{FACILITY:White Eagle Manor}} ({{LOCATION:Chicopee}}) w/ C. diff colitis, septic shock; transferred from {{FACILITY:Chicopee River Medical Center}} {{DATE:12/3}}.
Neuro: Polish-speaking, HOH (hearing aids in). Delirium, CAM+, soft wrist restraints L/R for line/NGT safety per MD order (Dr. {{NAME:Tobias Engel}}), q2h checks documented. Quetiapine 12.5 at 2100.
CV: SR 80s, BP 100-115 on vasopressin 0.03 only; norepi off 0100.
Resp: 3L NC 94-96%.
GI: PO vanco 500 QID + IV flagyl; FMS in place, 650 ml liquid brown stool. Abd distended, lactate 1.6 (from 3.8).
GU: Foley, 25-40 ml/hr.
Skin: sacral redness blanchable; Mepilex.
Social: niece {{NAME:Halina Nowak}} (HCP, {{PHONE:413-555-0108}}) called 2300, updated; she will bring pt's rosary and photo of late husband {{NAME:Stanisław}}. Parish priest Fr. {{NAME:Tadeusz Kowal}} of {{FACILITY:Holy Mother of Mercy Polish Church}} to call.
{{NAME:Jennifer Ocampo}}, RN`,

  `NICU Discharge Summary
Name: Baby Boy {{NAME:Abernethy-Osei}} ({{NAME:Kwame Abernethy-Osei}})   MRN {{MRN:8045522}}
DOB: {{DATE:02/02/2024}}   Admission Date: {{DATE:02/02/2024}}   Discharge Date: {{DATE:03/15/2024}}
Service: NEONATOLOGY   Attending: {{NAME:Ruth Oyebanji-Katz}}, MD
GA at birth 31 2/7 wk, BW 1640 g; PMA at d/c 37 2/7 wk, d/c wt 2455 g (10th %ile), HC 33 cm.
Mother: {{NAME:Adwoa Osei}}, 21 y/o G1P1, blood type O+, GBS unknown, HBsAg neg, HIV neg, RPR NR; preeclampsia with severe features, received BMZ x2 and Mg. Father: {{NAME:Liam Abernethy}}.
Hospital Course: Resp - CPAP x5 days, RA since {{DATE:2/8}}; caffeine d/c'd {{DATE:2/29}}, event-free x 7 days. CV - small PDA closed on echo {{DATE:2/20}}. FEN - full PO feeds (Neosure 22 / EBM) since {{DATE:3/9}}. Heme - Hct 33, iron started. ID - r/o sepsis, cx neg. Neuro - HUS {{DATE:2/9}} and {{DATE:3/1}} normal. Eyes - ROP stage 0, zone III on {{DATE:3/5}} (Dr. {{NAME:Ilse Haverkamp}}), f/u 2 wks. Hearing - passed ABR bilaterally. CCHD screen passed. Hep B vaccine {{DATE:3/12}}. Car seat trial passed.
Disposition: home with parents to {{ADDRESS:61 Washington Avenue, Apt 5}}, {{LOCATION:Chelsea}}, MA {{ZIP:02150}}.
Follow-up: Pediatrician Dr. {{NAME:Farida Mahmoud}}, {{FACILITY:Bellingham Square Pediatrics}}, {{DATE:3/18/2024}}, {{PHONE:617-555-0174}}. Early Intervention referral ({{FACILITY:Island End Early Intervention}}). VNA: {{FACILITY:Visiting Nurse Partners of Greater Boston}} weight check {{DATE:3/16}}.`,
];

export const HELDOUT_REALISTIC_15_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout15-${i + 1}`, n));
