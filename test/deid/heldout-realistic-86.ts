// An eighty-sixth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; towns and cities
// are real places used only as LOCATION). It leans towards inpatient hospital documentation:
// admission H&Ps (some all-caps), SOAP progress notes with lab tables, discharge summaries with a
// hospital course, med lists and follow-up appointment tables, discharge instructions, operative and
// procedure notes (cholecystectomy, arthroplasty with implant logs, CABG, paracentesis, central
// line, EGD, bronchoscopy, cath, IVC filter, appendectomy), ICU transfer, tele-ICU, burn, trauma,
// NICU and L&D notes, consults (renal, ID, psychiatry capacity, ethics, palliative, neurology,
// ortho, pharmacy, nutrition, wound), nursing admission assessments, shift, restraint, fall,
// elopement and discharge notes, case-management and discharge-planning notes (SNF, acute rehab,
// assisted living, home health, hospice, DME vendors, wheelchair vans, air and ground transport,
// repatriation), family meetings with relatives' names and phones, code-status and goals-of-care
// notes, death, code-blue, brain-death and autopsy notes, night sign-out lists and a bed board. It
// is heavy on transfers between named hospitals, wards and units named after people (Whitcombe 7,
// Lindqvist Cardiac ICU, Okonkwo Pavilion 3W), consultants by surname only, residents and typists
// signing with initials and pagers, patients over 89 (91, 102, ninety-seven), hyphenated,
// multi-part and non-English names, Last, First and all-caps names, nicknames in quotes, mixed date
// formats (03/04/2024 14:30, 4 March 2024, Mar 4, 2024-03-04, 15-Aug-2024, 09.03.1932,
// 15/05/2024, 3/4, Tues 7/9/2024), abbreviations and typos, eponyms and scores that are not PHI
// (Foley, Hasson, Calot's, Parkland, Braden, Morse, Apgar, Forrest IIa, Garden IV, NIHSS, RASS,
// Tinetti), HD#3, POD#1, C3D1, D+11, and a few identifiers broken across a line.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions listed in the header of
// heldout-realistic-72.ts (titles and credentials outside NAME spans; a time attached to a full
// date inside it; a weekday written with a date part of it; a month/day without a year is a DATE
// and a clock time next to it stays outside; ages over 89 are AGE however written; a nickname in
// quotes is its own NAME span; initials, first names alone and surnames alone standing for a person
// are NAME; short in-house pagers and extensions are PHONE; member and MBI numbers HEALTH_PLAN;
// billing, HAR and FIN numbers ACCOUNT; NPI and licences LICENSE; plates VEHICLE; implant, pump and
// CPAP serials DEVICE; accession, order, authorization, case and incident numbers ID; schools,
// employers, shelters, prisons, labs, pharmacies, DME suppliers, transport and home-care agencies
// FACILITY; payers and state or federal agencies not PHI; a highway mile marker is ADDRESS; a date
// range written as one token is one DATE span; a VA ICN is MRN; passport, badge, booking/inmate
// and court numbers are ID; a face-photo file reference is PHOTO; a fingerprint or palm-vein
// template number is BIOMETRIC; trauma aliases are NAME; newborn labels and kin terms stay outside).
// Added for this set: a month with its year (Nov 2023, AUG 2023, 3/2021, 2022-06, 4/2024) is a
// DATE, a year alone is not; a time written after a full date with "at" (August 14, 2024 at 22:05)
// is inside the span; a ward, unit, pavilion or wing with a proper name is one FACILITY span that
// includes the floor or wing written with it (Pemberton 5 East, Okonkwo Pavilion 3W), while the
// room, bed, OR number and generic units (MICU, PACU, 3W alone) are not PHI; pagers and extensions
// are annotated over the digits only (pgr [4471], ext [6620]); a transcription job or dictation
// confirmation number, a scanned-document ID, an interpreter's ID number, a transfer-centre
// reference, an OPO referral number, a donor-registry, joint-registry or study ID, a DME order,
// transport confirmation or rider ID, an impound claim, a travel-insurance case number and a
// security officer's badge are ID; a pharmacy receipt number is ACCOUNT; an FAA medical certificate
// and a CDL number are LICENSE; an aircraft tail number is VEHICLE; an SSN written as its last four
// digits is SSN; a patient's own ICD, LVAD controller and pump, port, CGM transmitter, home INR
// meter, CPAP or BiPAP, mechanical valve and arthroplasty implant serials are DEVICE, while
// hospital-owned equipment, manufacturers' names (Boston Sci) and implant lots are not PHI; an IP
// address logged for a patient's or relative's device or video session is IP; a patient-specific
// portal, image-share, record-share or remote-monitoring link is URL; OPOs, funeral homes,
// convents, temples, mosques, towing companies, air-medical services and assisted-living
// residences are FACILITY; neighbourhoods (Brooklyn, Cedar-Riverside) and counties (St. Louis
// County) are LOCATION, while a province abroad (Québec) is treated like a state and not annotated;
// an identifier broken across a line break is one span that contains the line break; code status,
// DNR/MOLST/POLST, GA in weeks, scores, doses and lab values are not PHI.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ADMISSION H&P - {{FACILITY:Harbor Point Medical Center}}, {{FACILITY:Whitcombe 7}} Medicine
Pt: {{NAME:Okafor, Chidinma A.}}   MRN: {{MRN:HP-00731846}}   DOB: {{DATE:02/14/1951}}
Admitted: {{DATE:03/04/2024 14:30}}   Attending: Dr. {{NAME:Valdés-Ibarra}}
CC: fever, rigors x2d
HPI: 73 yo F w/ T2DM, CKD3b, L AKA (2019), sent from {{FACILITY:Brookhaven Rehabilitation and Nursing}} in {{LOCATION:Quincy}} with T 39.1, dysuria and new confusion. Per SNF nurse {{NAME:Dolores}} ({{PHONE:617-555-0142}}) she was at baseline on {{DATE:3/2}}. Seen first at {{FACILITY:Cedar Hollow Community Hospital}} ED: UA LE+/nitrite+, lactate 2.8, got 2 L LR + ceftriaxone 1 g, transferred for step-down bed.
PMH: above; HFpEF (EF 55% on TTE {{DATE:Nov 2023}}); essential tremor (not Parkinson's).
Meds: metformin (held), glargine 18 u qHS, furosemide 20 mg daily, Norco 5/325 prn.
SH: widowed, son {{NAME:Emeka Okafor}} is HCP, cell {{PHONE:(508) 555-0193}}. Retired teacher from {{FACILITY:Lincoln Elementary}}.
Exam: T 38.6  HR 104  BP 102/58  SpO2 95% RA. Foley placed in ED. R CVA tenderness.
A/P: Sepsis 2/2 pyelonephritis, r/o obstruction -> CT A/P. Cont ceftriaxone, f/u cx from {{FACILITY:Cedar Hollow}} (acc# {{ID:CH24-118305}}).
{{NAME:MTR}} PGY-1, pgr {{PHONE:4471}}`,
  `PROGRESS NOTE   HD#3   {{DATE:3/6/24}}
{{NAME:Lindqvist, Harold}}  ({{MRN:4402178}})  Rm 712B  {{FACILITY:Pemberton 5 East}}
S: slept poorly, "the IV pump kept beeping." Denies CP/SOB at rest. Daughter {{NAME:Karin}} stayed overnight, asks for an update call at {{PHONE:413-555-0178}}.
O: Tmax 37.9  HR 88  BP 134/76  RR 18  94% 2L NC   I/O 1.2/1.9 L
   Na 134 | K 3.6 | Cl 99 | CO2 24 | BUN 31 | Cr 1.4 (1.9 on adm) | Glu 162
   WBC 11.2 (14.8)   Hgb 10.1   Plt 212
   CXR {{DATE:3/5}}: improving RLL opacity.
A/P: 84 yo M w/ CAP, improving.
 1. CAP - day 3 ceftriaxone/azithro -> PO cefpodoxime if afebrile 24h. Sputum cx NGTD (acc {{ID:MB-24-0065521}}).
 2. AKI - prerenal, improving; hold lisinopril.
 3. AFib - rate ok on metoprolol; apixaban cont. Cards ({{NAME:Ferreira}}) signed off.
 4. Dispo: PT rec SNF vs home w/ {{FACILITY:Valley Visiting Nurse Association}}. CM {{NAME:Tasha Greene}} following, ext {{PHONE:6620}}.
Code: Full (confirmed w/ pt {{DATE:3/4}}).
{{NAME:A. Nakamura}}, MD (PGY-2) pgr {{PHONE:3318}} / attending Dr. {{NAME:Beaulieu}}`,
  `DISCHARGE SUMMARY
{{FACILITY:St. Aldric Hospital}} - {{LOCATION:Duluth}}, MN
Patient: {{NAME:Marguerite Ellison-Tate}}    MRN {{MRN:SA2291047}}    Acct {{ACCOUNT:900184432617}}
Admission: {{DATE:February 19, 2024}}    Discharge: {{DATE:February 27, 2024}}    Age: {{AGE:91}}
PCP: Dr. {{NAME:Jorgen Halvorsen}}, {{FACILITY:Lakeside Family Practice}}
Principal dx: L intertrochanteric hip fracture, s/p IMN
HOSPITAL COURSE: Ms. {{NAME:Ellison-Tate}} is a {{AGE:91}}-year-old woman who fell at home on {{DATE:2/18}} and lay on the floor until a neighbor found her. Ortho ({{NAME:Sundqvist}}) performed cephalomedullary nailing on {{DATE:2/20}}; EBL 150 mL. Post-op delirium POD#1-3, managed with reorientation and low-dose quetiapine; resolved. Hgb nadir 7.6, 1 u PRBC on {{DATE:2/21}}. Geriatrics (Dr. {{NAME:Achterberg}}) followed.
DISPOSITION: {{FACILITY:Northshore Transitional Care}}, {{LOCATION:Two Harbors}}
FOLLOW-UP:
 - Ortho clinic, Dr. {{NAME:Sundqvist}}, {{DATE:3/12/2024 9:40 AM}}, {{FACILITY:St. Aldric Orthopedics}}, {{PHONE:218-555-0166}}
 - PCP Dr. {{NAME:Halvorsen}} within 1-2 wk
Staples out at 2 wk. WBAT. Enoxaparin 40 mg daily x 28 days.
Dictated by {{NAME:P. Ouellette}}, PA-C    cc PCP fax {{FAX:218-555-0190}}`,
  `{{FACILITY:Mercy Ridge Regional Medical Center}}
OPERATIVE REPORT
DATE OF SURGERY: {{DATE:2024-04-09}}
PATIENT: {{NAME:HASSAN, YUSUF IBRAHIM}}    MRN: {{MRN:01-448-2290}}    DOB: {{DATE:07/30/1968}}
SURGEON: {{NAME:Catalina Restrepo}}, MD    ASSISTANT: {{NAME:D. Mbeki}}, MD (PGY-4)
ANESTHESIA: General ETT, Dr. {{NAME:Kowalczyk}}
PREOP DX: Acute calculous cholecystitis.   POSTOP DX: Same, gangrenous.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram.
DESCRIPTION: Patient identified in pre-op holding of the {{FACILITY:Garrison Surgical Pavilion}} by name and DOB. Time-out performed. Hasson entry at umbilicus, three 5-mm ports. Fundus retracted cephalad; Calot's triangle dissected, critical view of safety obtained. IOC: free flow into duodenum, no filling defects. Cystic duct and artery clipped and divided. GB removed in a retrieval bag; specimen to pathology ({{ID:S24-07713}}). Hemostasis. Fascia closed 0-Vicryl, skin 4-0 Monocryl.
EBL 20 mL. Counts correct x2. No implants.
DISPO: PACU then {{FACILITY:Fairweather 4}} surgical floor. Clears, ADAT, home POD#1 if tolerating.
F/u Dr. {{NAME:Restrepo}} clinic 2 wks, {{PHONE:555-0137}}.
Dictated {{DATE:04/09/2024 16:52}}   Job # {{ID:7731904}}`,
  `MICU TRANSFER NOTE (floor -> ICU)   {{DATE:5/17/2024 02:15}}
From: {{FACILITY:Abernathy 9}} (gen med)    To: {{FACILITY:Lindqvist Cardiac ICU}} bed 6
Pt {{NAME:Teodoro}} "{{NAME:Teddy}}" {{NAME:Bañuelos}}, 67M, MRN {{MRN:7719 0042}}
Reason: hypotension refractory to 3 L IVF, MAP 58, new O2 req 6L -> NRB.
Brief hx: admitted {{DATE:5/15}} for RLE cellulitis; RRT called at 0140 by RN {{NAME:Siobhan}} for SBP 70s, rigors, confusion. Lactate 4.1. Procal 18.
Access: R IJ TLC placed at bedside by {{NAME:KW}} (fellow), US-guided, CXR confirms tip at cavoatrial jxn.
Started norepi 0.08 mcg/kg/min. Vanc/pip-tazo; blood cx x2 sent.
Home CPAP brought in by family (serial {{DEVICE:23181447092}}) - hold for now, on NRB.
Family: wife {{NAME:Rosa Bañuelos}} notified 0205 at {{PHONE:520-555-0117}}, driving in from {{LOCATION:Marana}}.
Code: FULL CODE (discussed with wife).
ICU attending Dr. {{NAME:Oyelaran-Smith}} aware and at bedside.
{{NAME:J. Whitfield}}, MD, night float, pgr {{PHONE:5092}}`,
  `NEPHROLOGY CONSULT
Requesting: Dr. {{NAME:Amara Nwosu}} (hospitalist)    Date: {{DATE:Jan 8, 2024}}
Pt: {{NAME:Wojciechowski, Stanisław}}   {{AGE:93}}M   MRN {{MRN:M0088214}}   Loc: {{FACILITY:Castellano 6}} rm 618
Reason: AKI on CKD4, K 6.1
HPI: {{AGE:93}} yo Polish-speaking man (phone interpreter {{NAME:Agnieszka}}, ID# {{ID:INT-55821}}) admitted {{DATE:1/6}} w/ poor PO intake after influenza. Baseline Cr 2.3 ({{DATE:Oct 2023}}, outside labs from {{FACILITY:Pine Grove Internal Medicine}}), now 4.8. Nonoliguric.
Labs {{DATE:1/8}} 0600:
  Na 131   K 6.1   HCO3 16   BUN 98   Cr 4.8   Phos 6.2   Ca 8.1
  UA: SG 1.020, no blood, no protein
Renal US: no hydronephrosis.
Imp: prerenal AKI + ATN; hyperK without ECG changes.
Rec:
 - isotonic bicarb 100/h, BMP q6h
 - Lokelma 10 g TID x 48h
 - hold ACEi, avoid NSAIDs/contrast
 - no urgent HD indication. Discussed w/ son {{NAME:Piotr}} ({{PHONE:773-555-0104}}): pt declined dialysis in clinic w/ Dr. {{NAME:Radzimińska}} and would still decline. Palliative referral.
Thank you. Renal fellow {{NAME:S. Iyer}}, pgr {{PHONE:6127}}; attending {{NAME:Tremblay}}.`,
  `NURSING ADMISSION ASSESSMENT - {{FACILITY:Okonkwo Pavilion 3W}}
Arrived {{DATE:06/11/2024 1910}} via stretcher from ED, accompanied by grandson {{NAME:Dmitri Volkov}}.
Name/DOB verified x2: {{NAME:Volkova, Galina Petrovna}} / {{DATE:09.03.1932}}  ({{AGE:92}} y/o F)
Identity also confirmed by palm-vein scan, template {{BIOMETRIC:PVS-0091-44718}}; registration photo on file ({{PHOTO:RPH_2024_0611_7703.jpg}}).
Language: Russian; grandson interprets at pt request, professional interpreter offered.
Allergies: PCN (rash), sulfa.
Skin: Braden 13. Stage 2 sacral PI 2 x 1.5 cm. Heels intact.
Falls: Morse 65 - HIGH; bed alarm on, nonskid socks.
Valuables: wedding ring taped, hearing aids L/R, upper denture; list signed by grandson.
Home: lives alone, {{ADDRESS:1187 Birchwood Ave, Apt 3C}}, {{LOCATION:Brooklyn}}, NY {{ZIP:11235}}. Aide from {{FACILITY:Sunrise Home Care Agency}} 4h/day (aide {{NAME:Lyudmila}}, {{PHONE:718-555-0186}}).
Emergency contact: grandson {{NAME:Dmitri}} {{PHONE:347-555-0121}}, {{EMAIL:d.volkov.nyc@mailbox.example}}
Advance directive: MOLST on file, DNR/DNI.
Pain 3/10 L hip. Oriented x2.
{{NAME:Yolanda Pierce-Whitaker}}, RN`,
  `CASE MANAGEMENT NOTE   {{DATE:4/22/2024}}
Pt: {{NAME:Florence Achebe-Lindgren}}   MRN {{MRN:55129033}}   HAR {{ACCOUNT:7001938842}}
Payer: Medicare A/B, MBI {{HEALTH_PLAN:4TQ8RW2KN61}}; Medigap G member ID {{HEALTH_PLAN:MG7720418836}}
SNF referrals sent {{DATE:4/20}}:
 1. {{FACILITY:Willow Crest Skilled Nursing}}, {{LOCATION:Framingham}} - ACCEPTED, bed {{DATE:4/23}}. Admissions {{NAME:Renee Castellanos}} {{PHONE:508-555-0177}}, fax {{FAX:508-555-0178}}
 2. {{FACILITY:Maplewood Care Center}} - declined (no LTC bed)
 3. {{FACILITY:The Residence at Heron Pond}} - pending
3-midnight qualifying stay met (admitted {{DATE:4/17}}).
Pt and daughter {{NAME:Ingrid}} agree with {{FACILITY:Willow Crest}}; daughter {{PHONE:508-555-0139}}.
Transport: w/c van with {{FACILITY:MetroWest Medi-Van}} {{DATE:4/23}} at 1100, conf #{{ID:MWV-882301}}.
DME: none needed at SNF.
Important Message from Medicare signed {{DATE:4/22/2024}}.
{{NAME:Brian Koenig}}, RN CM   ext {{PHONE:4418}}   {{EMAIL:bkoenig@harborpointmc.example}}`,
  `FAMILY MEETING NOTE - MICU
{{DATE:Thursday, 10/3/2024}}, 1500-1615, family conference room
Pt: {{NAME:Ngozi Adeyemi-Fairbanks}} (MRN {{MRN:HP-00918273}}), 78F, ICU day 9, ARDS from influenza, VV-ECMO since {{DATE:9/27}}.
Present: husband {{NAME:Lawrence Fairbanks}}; daughters {{NAME:Ada}} and {{NAME:Chioma}} ({{NAME:Chioma}} by video from {{LOCATION:Lagos}}, session IP {{IP:102.89.44.130}} logged); son-in-law {{NAME:Tomás}}; Dr. {{NAME:Oyelaran-Smith}} (MICU); {{NAME:Hallie Brandt}}, SW; chaplain Rev. {{NAME:Michael Ostrowski}}.
Discussion: despite 9 days of ECMO there is no lung recovery (tidal volumes <100 mL; CT {{DATE:10/2}} w/ fibroproliferation). Not a transplant candidate per {{FACILITY:Crestview University Hospital}} team (Dr. {{NAME:Halvorsen-Reid}}).
Values: pt "would not want to live on machines"; told {{NAME:Ada}} this after her sister died in 2019.
Decisions: DNR now. Continue current support until {{NAME:Chioma}} arrives ({{DATE:10/5}}, flight into {{LOCATION:Boston}}), then comfort-focused care. Family requests sacrament of the sick.
Contacts: husband {{PHONE:781-555-0150}} (primary); {{NAME:Ada}} {{PHONE:781-555-0163}}.
75 min, >50% counseling.
{{NAME:R. Oyelaran-Smith}}, MD`,
  `DEATH NOTE
Called by RN {{NAME:Khadija}} at 0347 on {{DATE:11/14/2023}} to pronounce {{NAME:EZEKIEL MORROW-PRICE}} (MRN {{MRN:3318406}}), {{AGE:96}} y/o M, {{FACILITY:Hollis-Baker Hospice Unit}} rm 4.
Exam: no response to verbal or tactile stimuli. Pupils fixed, dilated. No heart sounds x 1 min, no breath sounds x 1 min, no carotid pulse.
Time of death: {{DATE:11/14/2023 03:52}}.
Cause: metastatic prostate ca; comfort care since {{DATE:11/9}}. DNR/DNI.
Attending Dr. {{NAME:Fitzgerald}} notified. Daughter {{NAME:Bernadette Morrow}} at bedside; son {{NAME:Calvin}} called at {{PHONE:(919) 555-0102}}, coming from {{LOCATION:Durham}}.
Not a ME case (expected death, natural causes) - spoke w/ investigator, ref {{ID:ME-23-01877}}.
OPO ({{FACILITY:Piedmont Donor Alliance}}) notified, referral #{{ID:PDA-231114-0419}}; eye/tissue only, family declined.
Funeral home: {{FACILITY:Ashby & Sons Funeral Home}}, {{PHONE:919-555-0175}}.
Autopsy declined.
{{NAME:L. Chaudhry}}, MD, PGY-3, pgr {{PHONE:2207}}`,
  `HISTORY AND PHYSICAL - ADMISSION
PATIENT: {{NAME:MCALLISTER-DOYLE, FIONNUALA}}   MRN {{MRN:000662817}}   FIN {{ACCOUNT:24-118-77310}}
ADMIT DATE: {{DATE:12/29/2023}}   UNIT: {{FACILITY:BRADFORD 8 NORTH}}   ATTENDING: {{NAME:DESROSIERS}}
CHIEF COMPLAINT: "I CAN'T CATCH MY BREATH"
HPI: 81 YO F WITH COPD ON 2L HOME O2 (SUPPLIED BY {{FACILITY:NORTHEAST RESPIRATORY SUPPLY}}), PRESENTS FROM HOME IN {{LOCATION:LOWELL}} WITH 4 DAYS OF INCREASED SPUTUM AND DYSPNEA. LAST ADMIT {{FACILITY:ST. ALDRIC}} {{DATE:AUG 2023}} FOR SAME, REQUIRED BIPAP. SEEN BY PULM DR. {{NAME:ABERNETHY}} ON {{DATE:12/11}} - STARTED ON AZITHRO PROPHYLAXIS.
PMH: COPD GOLD 4, OSA (HOME CPAP, SN {{DEVICE:ZR4417790312}}), AFIB, OSTEOPOROSIS.
SH: FORMER SMOKER 60 PK-YR, QUIT 2015. LIVES WITH HUSBAND {{NAME:DERMOT}} ({{PHONE:978-555-0111}}).
EXAM: RR 28, SPO2 86% 2L -> 92% 4L. DIFFUSE WHEEZE, PROLONGED EXP PHASE. NO JVD.
ABG: 7.31/58/64.
ASSESSMENT/PLAN:
1. AECOPD W/ ACUTE-ON-CHRONIC HYPERCAPNIC RESP FAILURE - BIPAP 14/6 OVERNIGHT, DUONEBS Q4, PREDNISONE 40 X5D, DOXY.
2. AFIB - CONT DILTIAZEM, APIXABAN.
CODE: DNR/OK TO INTUBATE (PER PT, CONFIRMED W/ HUSBAND).
{{NAME:KJP}} / {{NAME:DESROSIERS}}   PGR {{PHONE:7741}}`,
  `Cardiology Progress Note - {{DATE:Tues 7/9/2024}}
{{NAME:Abdulrahman Al-Sabah}}, 58M, MRN {{MRN:C-4471092}}, {{FACILITY:Kincaid CCU}} bed 3
S: No further ICD shocks since {{DATE:7/7}} (3 appropriate shocks for VT storm on admission). Mild chest wall soreness.
Device: Boston Sci dual-chamber ICD, SN {{DEVICE:BSC-118402274}}, implanted {{DATE:3/2021}} at {{FACILITY:Granite State Heart Institute}}. Interrogated by rep ({{NAME:Colleen}}, {{PHONE:603-555-0148}}) {{DATE:7/8}}: 14 VT episodes, ATP x11 successful.
O: HR 72 paced  BP 112/70   K 4.4   Mg 2.3   Trop flat   TSH nl
   Amio gtt -> PO 400 BID today.
A/P: VT storm, ischemic CM EF 25%.
 - EP ({{NAME:Nakashima}}) plans VT ablation {{DATE:Thursday 7/11}}
 - remote monitoring re-paired to home transmitter; clinic portal lists gateway IP {{IP:10.212.48.97}}
 - cont carvedilol, sacubitril/valsartan as BP tolerates
 - wife {{NAME:Huda}} updated at bedside, cell {{PHONE:603-555-0190}}
Driving: counseled no driving x 6 months; pt's commercial driver's license (CDL # {{LICENSE:44177301}}) - he will notify employer {{FACILITY:Seacoast Freight Lines}}.
{{NAME:Marisol Ahn}}, NP / Dr. {{NAME:Whitcomb}}`,
  `DISCHARGE SUMMARY - {{FACILITY:Larkspur Valley Medical Center}}
Name: {{NAME:Percival J. Oduya}}    DOB: {{DATE:1938-05-02}}    MRN: {{MRN:LV00429981}}
Admitted {{DATE:2024-01-14}}   Discharged {{DATE:2024-01-20}}   LOS 6
Dx: Acute on chronic HFrEF (EF 20%), AKI, hyponatremia
Hospital course: IV furosemide 80 BID with 7.2 kg net diuresis; Cr peaked 2.1, back to 1.5. Na 128 -> 134 with fluid restriction. GDMT limited by BP. Palliative met with pt and niece {{NAME:Abena Mensah}} on {{DATE:1/18}}; he wishes to remain full code for now.
Discharge weight: 71.4 kg (dry weight). Scale at home.
FOLLOW-UP APPOINTMENTS
 Date          Time   Clinic / provider                           Phone
 {{DATE:01/24/2024}}    1015   HF clinic, {{NAME:Yvette Langford}}, NP            {{PHONE:530-555-0124}}
 {{DATE:01/31/2024}}    1430   Nephrology, Dr. {{NAME:Sørensen}}                   {{PHONE:530-555-0125}}
 {{DATE:02/06/2024}}    0900   PCP, Dr. {{NAME:Obi}}, {{FACILITY:Foothill Family Health}}    {{PHONE:530-555-0199}}
Home health: {{FACILITY:Sierra Gold Home Health}} RN visits 2x/wk (referral {{ID:HH-240119-33}}).
Labs: BMP at {{FACILITY:Foothill Lab Services}} draw site {{DATE:1/23}}.
Patient lives at {{ADDRESS:62 Old Mill Road}}, {{LOCATION:Grass Valley}}, CA {{ZIP:95945}}.
Signed {{NAME:T. Haddad}}, MD {{DATE:01/20/2024 13:05}}`,
  `PROCEDURE NOTE - Ultrasound-guided paracentesis
Date: {{DATE:8 March 2024}}   Location: bedside, {{FACILITY:Ashworth 10}}, room 1014
Patient: {{NAME:Björn Eriksson-Mwangi}}   MRN {{MRN:77-310-946}}
Operator: {{NAME:H. Castañeda}}, MD (PGY-3); supervised by Dr. {{NAME:Liang}}
Indication: tense ascites, EtOH cirrhosis (MELD 24), r/o SBP.
Consent: obtained from pt, who has capacity; witnessed by RN {{NAME:Priyanka}}. Risks incl bleeding, infection, bowel perforation, hypotension discussed.
Time-out at 1122. INR 1.8, plt 61 - no products given per protocol.
Technique: LLQ site marked under US, chlorhexidine prep, 1% lidocaine 8 mL. 5 Fr Yueh catheter advanced, straw-colored fluid returned. 6.2 L removed over 40 min. Albumin 25% 50 g given.
Specimens: cell count/diff, albumin, total protein, gram stain + cx in blood culture bottles (order # {{ID:LAB8843120}}).
Complications: none. EBL minimal. Pt tolerated well, BP 104/62 post.
Plan: f/u PMN count; if >250 start ceftriaxone. Pt asked that partner {{NAME:Jamal}} be called after: {{PHONE:412-555-0167}}, done.
{{NAME:HC}}`,
  `Central venous catheter insertion note
{{DATE:02/02/2024 21:40}}   {{FACILITY:Delacroix Surgical ICU}}
Pt: {{NAME:Nguyen Thi Hoa}} (MRN {{MRN:S-0099461}}), 71F, septic shock from perforated diverticulitis, s/p Hartmann's on {{DATE:1/31}}.
Consent: pt intubated/sedated; consent by phone from daughter/HCP {{NAME:Lan Nguyen-Pham}} ({{PHONE:714-555-0185}}) with RN {{NAME:Ortiz}} as witness. Interpreter (Vietnamese) #{{ID:VT-20417}} on the line.
Indication: vasopressors, poor PIV access.
Procedure: L subclavian TLC, 7 Fr 20 cm, Seldinger, US-guided, full barrier precautions, CHG prep. Checklist completed w/ RN. Good blood return all 3 ports. Sutured at 17 cm.
CXR: tip in SVC, no PTX.
EBL <5 mL. No complications.
Performed by {{NAME:Ifeoma Chukwu}}, MD (surgical resident) under supervision of Dr. {{NAME:Ravensworth}} who was present for the entire procedure.
pgr {{PHONE:3365}}`,
  `INFECTIOUS DISEASES CONSULT
{{DATE:September 5, 2024}}
Reason: MRSA bacteremia, ?endocarditis. Req by Dr. {{NAME:Pellegrino}} (hosp med).
Pt {{NAME:Dakota Redhorse}}, 34M, MRN {{MRN:HC-5510283}}, admitted {{DATE:9/3}} from {{FACILITY:Riverside Men's Shelter}} w/ fever, back pain.
Hx: IVDU (fentanyl), hx MSSA TV endocarditis {{DATE:2022-06}} treated at {{FACILITY:Inland Basin Medical Center}} in {{LOCATION:Spokane}}. Lived on the {{LOCATION:Colville Reservation}} until last year.
Micro: BCx {{DATE:9/3}} 4/4 MRSA (acc {{ID:BC24-30917}}, {{ID:BC24-30918}}); vanc MIC 1.
TTE {{DATE:9/4}}: 1.4 cm TV vegetation, mod TR. MRI L-spine: L3-4 discitis/osteo.
Imp: Recurrent R-sided endocarditis + vertebral osteomyelitis.
Recs:
1. Daptomycin 10 mg/kg q24 (vanc trough issues) - 6 wk from first neg cx.
2. Repeat BCx daily until neg.
3. CT surgery ({{NAME:Mendelsohn}}) eval for AngioVac.
4. Addiction consult - pt interested in buprenorphine.
5. OPAT not safe w/ PICC per team; discuss long-acting dalbavancin.
Pt's sister {{NAME:Winona}} ({{PHONE:509-555-0131}}) is contact.
{{NAME:Farid Rahimi}}, MD, ID fellow, pgr {{PHONE:8832}}`,
  `PSYCHIATRY C/L CONSULT - DECISIONAL CAPACITY
Date: {{DATE:11-20-2023}}
Pt: {{NAME:Henrietta}} "{{NAME:Etta}}" {{NAME:Calloway}} (legal name {{NAME:Henrietta Mae Calloway}}), {{AGE:90}} yo F, {{FACILITY:Pembrook 6}} rm 22, MRN {{MRN:HC0071123}}
Question: capacity to refuse SNF placement and to return home alone.
Collateral: niece {{NAME:Loretta Banks}} ({{PHONE:504-555-0179}}) - reports 2 falls in past month, stove left on; neighbor Mr. {{NAME:Thibodeaux}} checks in daily. PCP Dr. {{NAME:Guidry}} at {{FACILITY:Bayou Bend Clinic}} ({{PHONE:504-555-0106}}) - MoCA 17/30 in {{DATE:May 2023}}.
MSE: pleasant, dressed in gown, oriented to self, "hospital", year. Speech nl. Mood "fine." No SI/HI/AVH.
Capacity: pt can state a choice (go home), but cannot describe the fall risk or a plan if she falls; repeats "{{NAME:Ray}} will come" (husband, deceased 2016).
Opinion: lacks capacity for this decision at this time. Recommend proceed w/ surrogate (niece is named HCP on document dated {{DATE:4/2/19}}).
Will follow. Dr. {{NAME:Anand}}, C/L psychiatry, pgr {{PHONE:2940}}`,
  `CASE MANAGEMENT - DISCHARGE PLANNING (HOME)
{{DATE:05/14/2024}}   Pt {{NAME:Ruben Ocasio}} MRN {{MRN:4410872}}, {{FACILITY:Tallmadge 4}}
Plan: home {{DATE:5/15}} with home health + DME.
Address confirmed: {{ADDRESS:33 Ferncliff Terrace, 2nd fl}}, {{LOCATION:Holyoke}}, MA {{ZIP:01040}}. 14 steps to enter, rail on L only.
Home health: {{FACILITY:Pioneer Valley Home Care}} accepted - RN/PT/OT, SOC {{DATE:5/16}}. Intake {{NAME:Marisol}} {{PHONE:413-555-0154}}, fax {{FAX:413-555-0155}}.
DME ordered from {{FACILITY:Keystone Medical Equipment}}:
 - hospital bed, semi-electric (delivery {{DATE:5/15}} AM)
 - rolling walker, 3-in-1 commode
 - home O2 concentrator 2 L + portable tanks
 Order # {{ID:KME-5521907}}; delivery tech will call wife {{NAME:Carmen Ocasio}} at {{PHONE:413-555-0116}}.
Insurance: MassHealth ID {{HEALTH_PLAN:100288457321}}; prior auth for bed approved, auth # {{ID:PA-77120045}}.
Face-to-face documented by Dr. {{NAME:Winterbourne}} (NPI {{LICENSE:1538206714}}).
Wife to drive pt home; their van, plate {{VEHICLE:8RK 441}}, has ramp.
{{NAME:Gwen Ashford}}, LICSW, ext {{PHONE:5503}}`,
  `TRANSFER NOTE - INTERFACILITY (OUTGOING)
{{DATE:1/9/2024 23:10}}   From {{FACILITY:Cedar Hollow Community Hospital}} ICU to {{FACILITY:Crestview University Hospital}}
Pt: {{NAME:Siddharth Venkataraman}}, 49M, MRN {{MRN:CH-220714}}
Reason: STEMI s/p lytics (TNK at 2015), failed reperfusion, needs rescue PCI; no cath lab here.
Transfer center call: {{PHONE:(800) 555-0111}}, ref #{{ID:TC-240109-1187}}. Accepting: Dr. {{NAME:Fairbairn}} (interventional) and CCU attending Dr. {{NAME:Osei-Bonsu}}. Bed: {{FACILITY:Merriweather CCU}} bed 14.
Transport: {{FACILITY:SkyCare Northeast}} rotor, ETA 2335; weather permitting, else ground via {{FACILITY:Tri-County Ambulance}}.
Current: heparin gtt 12 u/kg/h, NTG 20 mcg/min, ASA/ticagrelor loaded, HR 96 BP 108/70, ongoing 2 mm ST elev II/III/aVF.
Records: CD of ECGs + labs sent; images pushed via PACS link {{URL:https://share.cedarhollowhealth.example/xfer/7Q2K9}}.
Wife {{NAME:Lakshmi}} aware, driving to {{LOCATION:Burlington}}; cell {{PHONE:802-555-0172}}.
Sending MD: {{NAME:Gianna Morelli}}, DO`,
  `GOALS OF CARE / CODE STATUS NOTE
{{DATE:Sat 2/17/2024}}
Met at bedside with Mr. {{NAME:Aurelio Santángelo}} ({{AGE:94}}, MRN {{MRN:3007418}}) and his wife {{NAME:Graciela}}; son {{NAME:Marco}} joined by phone from {{LOCATION:Buenos Aires}} ({{PHONE:+54 11 5555-0142}}). Spanish interpreter {{NAME:Esteban}} (#{{ID:SP-3318}}) present.
Pt's understanding: "my heart is tired." Aware of severe AS, declined TAVR at {{FACILITY:Harbor Point}} in {{DATE:Dec 2023}}.
Values: being at home in {{LOCATION:Chelsea}}, his garden, his wife; does not want "tubes" or to be "kept alive on machines."
We discussed CPR outcomes at {{AGE:94}} w/ severe AS and recommended DNR.
Outcome:
 - DNR/DNI. MOLST completed and signed by pt.
 - continue IV diuresis, no ICU transfer.
 - hospice info given; CM to refer to {{FACILITY:Mystic River Hospice}}.
Pt has capacity; wife and son agree.
{{NAME:E. Varga}}, MD, palliative care   pgr {{PHONE:4109}}`,
  `RN SHIFT NOTE  {{DATE:3/19}} 1900-0700   {{FACILITY:Thornbury 7}}  rm 714
S: Mrs. {{NAME:Folasade Adebayo}}, 86F, POD#2 R TKA. c/o pain 6/10 at 2200, "can't get comfortable."
B: admitted {{DATE:3/17}} for elective TKA by Dr. {{NAME:Lindgren}}. Hx HTN, DM2, CKD3a. Lives with husband {{NAME:Olu}} in {{LOCATION:Pawtucket}}.
A: VS 0400: T 37.4, HR 92, BP 148/82, RR 18, 95% RA. Dressing C/D/I, hemovac 40 mL serosang. CMS intact R foot. BG 0400 212 -> 4 u lispro per scale. Voided 350 mL after Foley d/c at 0600 per protocol. Briefly confused at 0300, reoriented easily; CAM neg at 0500.
   oxycodone 5 mg x2 (2215, 0330) w/ relief to 3/10. Ice, CPM 0-70.
R: Day team: ?delirium precautions; PT to eval for d/c; husband asks for call at {{PHONE:401-555-0132}} after rounds. Son {{NAME:Tunde}} also calling - pt OK'd sharing info with both ({{PHONE:401-555-0189}}).
Charge RN {{NAME:Bev}} aware of 0300 episode. Night NP {{NAME:Pham}}, pgr {{PHONE:6001}}, notified - no new orders.
{{NAME:Keisha Odom-Laurent}}, RN`,
  `OPERATIVE NOTE - {{FACILITY:Saint Brendan's Hospital}} Orthopaedics
Date: {{DATE:06/03/2024}}    Patient: {{NAME:Kristiansen, Olaf B.}}    MRN: {{MRN:SB-00477215}}
Surgeon: Dr. {{NAME:Aurelia Montague}}   Assist: {{NAME:Jens Ødegaard}}, PA-C   Anesthesia: spinal + MAC ({{NAME:Farooqui}})
Procedure: R total hip arthroplasty, direct anterior approach.
Indication: end-stage OA R hip, failed conservative tx.
Implants (from implant log):
  Acetabular shell 54 mm      SN {{DEVICE:AS54-2201948}}
  Liner, HXLPE 36 mm          SN {{DEVICE:LN36-8830127}}
  Femoral stem, size 11       SN {{DEVICE:FS11-4471062}}
  Ceramic head 36 +1.5        SN {{DEVICE:CH36-0092214}}
Joint registry pt ID {{ID:AJR-3309127}}.
Description: Supine on traction table. Time-out. Anterior incision, interval between TFL and sartorius. Capsulotomy, neck cut, head removed. Acetabulum reamed to 53, shell impacted, 2 screws. Femur broached to 11, trial reduction stable, leg lengths equal on fluoro. Final components placed. Capsule and fascia closed; skin with staples.
EBL 350 mL. TXA 1 g x2. No drains.
Dispo: PACU -> {{FACILITY:Halloran 3}} ortho. WBAT, aspirin 81 BID x 35d.
Wife {{NAME:Ingeborg}} updated in the waiting room at 1140 ({{PHONE:320-555-0168}}).`,
  `CARDIAC SURGERY OPERATIVE REPORT
Pt: {{NAME:Tobias Wetherell-Amankwah}}   MRN {{MRN:0044 1187 2}}   DOS {{DATE:15-Aug-2024}}
{{FACILITY:Crestview University Hospital}}, {{FACILITY:Ashgrove Heart Center}} OR 6
Surgeon: {{NAME:Priscilla Okonedo}}, MD   First assist: {{NAME:Rafael Quiñones}}, MD (fellow)   Perfusion: {{NAME:Dale Hutchins}}, CCP
Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA), endoscopic vein harvest L leg.
Indication: 3VD, EF 40%, diabetic; Heart Team decision at {{DATE:8/9}} conference.
CPB 94 min, XC 71 min. TEE (Dr. {{NAME:Yamaguchi}}): post-bypass EF 45%, no new WMA.
Temporary epicardial pacing wires x2 (A+V). Chest tubes: mediastinal x2, L pleural x1.
EBL 600 mL. 1 u plt. Cell saver 350 mL returned.
Transferred intubated to {{FACILITY:Fenwick CVICU}} bed 2 on epi 0.03 + vaso 0.02.
Family: daughter {{NAME:Efua}} and husband {{NAME:Graham}} updated by surgeon in the family lounge; contact {{PHONE:207-555-0153}}.
Dictated by Dr. {{NAME:Okonedo}} {{DATE:8/15/2024 17:40}}, conf #{{ID:DX88410273}}`,
  `POD#1 s/p ex-lap, SBR     {{DATE:10/22/23}}
Gen Surg B team ({{NAME:Delacroix}} / {{NAME:Tan}} / {{NAME:RGW}})
{{NAME:Oyuki Sandoval}}, 45F   {{FACILITY:Marchetti 5}}-22   MRN {{MRN:66013892}}
S: pain controlled on PCA, no flatus. OOB to chair w/ PT. Nausea overnight x1.
O: Afebrile. HR 96 -> 84. BP 128/74. UOP 0.6 mL/kg/h.
   Abd soft, approp TTP, midline incision c/d/i w/ staples. NGT 350 mL bilious.
   WBC 12.8 | Hgb 10.9 | Cr 0.8 | K 3.4 | Mg 1.7 | Lactate 1.1
A/P: POD#1 s/p ex-lap, 40 cm SBR w/ primary anastomosis for closed-loop SBO (adhesions from prior C-section).
 - NGT to LIWS, remove when <200/shift
 - replete K/Mg
 - PCA -> PO POD#3
 - SQH, IS 10x/h, OOB TID
 - path pending (acc {{ID:SP23-44109}})
 - husband {{NAME:Ignacio}} requests updates, {{PHONE:915-555-0144}}; pt teaches at {{FACILITY:Sunrise Mesa Middle School}} - FMLA forms to clinic.
{{NAME:R. G. Whitaker}}, MD PGY-2, pgr {{PHONE:3402}}`,
  `RAPID RESPONSE TEAM NOTE
Called {{DATE:12/02/2023 16:48}} to {{FACILITY:Sterling-Hayes 6 West}} rm 608 by RN {{NAME:Marta Kowalski}} for acute AMS + SpO2 82%.
Pt {{NAME:Latisha Boudreaux}}, 62F, MRN {{MRN:7702143}}, admitted {{DATE:11/30}} w/ cellulitis; got hydromorphone 1 mg IV at 1610 plus oxycodone at 1430.
Findings: RR 8, pinpoint pupils, GCS 9 (E2V2M5). BP 98/60, HR 64. BG 134.
Actions: naloxone 0.4 mg IV at 1651 -> RR 16, GCS 14 within 2 min. 2L NC, SpO2 96%. ABG 7.29/56.
   Naloxone gtt not needed. Opioids held; pharmacist {{NAME:Wen Huang}}, PharmD, reviewed - gabapentin dose too high for CrCl 28, reduced.
Dispo: stays on floor w/ continuous pulse ox + capnography; RRT to recheck at 1900.
Primary team ({{NAME:Cardenas}}, hospitalist) at bedside. Daughter {{NAME:Monique}} called by RN at 1710 ({{PHONE:337-555-0115}}).
Safety report filed, #{{ID:SR-2023-12-00418}}.
RRT RN: {{NAME:Jamal Whitby}}, RN    RRT MD: {{NAME:O. Petrakis}}, MD`,
  `PHYSICAL THERAPY INITIAL EVALUATION (acute care)
{{DATE:Monday, March 25, 2024}}   {{FACILITY:Harbor Point Medical Center}}, {{FACILITY:Quimby 8}}
Pt: {{NAME:Ellsworth, Doris May}}   {{AGE:97}} y.o. F   MRN {{MRN:HP-00188203}}
Referring: Dr. {{NAME:Okonjo-Baptiste}}
Dx: syncope, L distal radius fx (splinted).
PLOF: indep w/ rollator in senior apartment at {{FACILITY:Greenleaf Senior Residences}} ({{ADDRESS:400 Greenleaf Way, #212}}, {{LOCATION:Somerville}}); walks to church daily; daughter {{NAME:Rosalind}} ({{PHONE:617-555-0161}}) visits weekly.
Subjective: "I'm {{AGE:ninety-seven}}, I'm not dying in a nursing home."
Objective: AAOx3. BP sup 138/70, sit 126/66, stand 110/58 w/ lightheadedness (orthostatic).
  Bed mobility min A. Sit<->stand min A x1 w/ L platform RW. Gait 40 ft platform RW, min A, short step length, 1 LOB.
  Tinetti 11/28.
Assessment: below baseline, high fall risk.
Plan: PT daily. D/c rec: SNF short-term rehab vs home w/ 24h assist + HH PT; pt prefers home. Discussed w/ CM {{NAME:Ashford}}.
{{NAME:Nadia Boutros}}, PT, DPT   lic {{LICENSE:PT-2408817}}`,
  `SOCIAL WORK PSYCHOSOCIAL ASSESSMENT
{{DATE:7/2/2024}}   Pt: {{NAME:Corey Lamont Fitch}}   MRN {{MRN:TV-3319027}}   {{FACILITY:Tidewater General Hospital}}, {{FACILITY:Ballard 5}}
Referral: housing instability, d/c planning (admitted {{DATE:6/29}} w/ DKA).
Living: sleeping in his car (silver sedan, VA plate {{VEHICLE:UKX-4471}}) in the lot behind {{FACILITY:St. Jude's Community Kitchen}} ~3 mo since eviction from {{ADDRESS:2210 Colley Ave, Apt 5}}, {{LOCATION:Norfolk}}. Car towed while admitted; impound at {{FACILITY:Harbor City Towing}}, claim #{{ID:HCT-0719-2231}}.
Income: SSI application pending, SSN {{SSN:227-48-9016}} verified; Medicaid ID {{HEALTH_PLAN:VA8812004457}}.
Supports: mother {{NAME:Gloria Fitch}} in {{LOCATION:Suffolk}}, {{PHONE:757-555-0128}}, limited contact. Case manager {{NAME:Terrence}} at {{FACILITY:Harborside Hope Shelter}}, {{PHONE:757-555-0197}}.
Insulin needs a fridge - shelter has one. Meter/strips from {{FACILITY:Colley Avenue Pharmacy}}.
Plan: shelter bed confirmed {{DATE:7/3}}; cab voucher; f/u {{FACILITY:Ghent Community Health Center}} {{DATE:7/8}}.
{{NAME:Amani Richardson}}, LCSW, ext {{PHONE:2291}}`,
  `DISCHARGE PLANNING NOTE - ACUTE REHAB
Date {{DATE:2024.09.18}}
Patient {{NAME:Zhao Wenjun}} (goes by {{NAME:William}}), 66M, MRN {{MRN:0007719320}}, s/p L MCA stroke {{DATE:9/12}}.
Rehab screen: {{FACILITY:Moreau-Kessling Rehabilitation Institute}} liaison {{NAME:Dana Whitcombe}} evaluated {{DATE:9/17}}, accepted; bed {{DATE:9/19}}.
Insurer: employer plan, member ID {{HEALTH_PLAN:XWB882013947}}. Auth by phone from UM nurse; auth #{{ID:UM-24-0918-5512}}, 10 days approved, next review {{DATE:9/28}}.
Family: wife {{NAME:Liu Mei}} ({{PHONE:626-555-0119}}, {{EMAIL:meiliu.zhao@webmail.example}}) and son {{NAME:Kevin}} agree. Wife to bring clothing, glasses.
Transport: BLS ambulance, {{FACILITY:Pacific Star Ambulance}}, pickup {{DATE:9/19}} 1000, trip #{{ID:PSA-771902}}.
Records faxed to rehab admissions {{FAX:626-555-0140}}: H&P, DC summary, MAR, therapy notes.
Pt's employer {{FACILITY:San Gabriel Valley Water District}} - short-term disability forms given to wife.
{{NAME:Rosa Villaseñor}}, RN CM`,
  `ACCEPTANCE NOTE - TRANSFER FROM OUTSIDE HOSPITAL
Received {{DATE:04/30/2024 0215}} to {{FACILITY:Vandermeer MICU}} from {{FACILITY:Beaver Creek Memorial Hospital}} ({{LOCATION:Bozeman}}, MT) via fixed wing.
Pt: {{NAME:Wyatt James Two Bulls}}, 29M, MRN here {{MRN:BM-9120447}}; OSH MRN {{MRN:BCM00381}}.
Referring: Dr. {{NAME:Kessler}} ({{PHONE:406-555-0109}}). Transfer center ref {{ID:XFR-0430-0031}}.
Hx: found down in a hunting cabin near {{LOCATION:Big Timber}}, CO-Hb 31%, rhabdo (CK 48k), AKI. Needs HBO, not available at OSH.
En route: intubated, FiO2 100%, 2 L NS.
Plan: HBO x3 per {{NAME:Lindahl}} (hyperbaric), CRRT if oliguric, trend CK.
Effects: wallet w/ MT DL {{LICENSE:0331992448102}}, phone, truck keys (truck left at OSH, plate {{VEHICLE:5-4417B}}).
NOK: mother {{NAME:Arlene Two Bulls}}, {{LOCATION:Lame Deer}}, {{PHONE:406-555-0174}} - informed 0300.
{{NAME:S. Tsosie}}, MD (MICU fellow)`,
  `CODE STROKE / ADMISSION H&P - NEUROLOGY
{{NAME:Pauline Demers-Okwu}}   DOB {{DATE:1/3/1947}}   MRN {{MRN:LV00521190}}
LKW {{DATE:11/02/2024 06:40}} per husband {{NAME:Reginald}}, who found her at 0715 w/ R weakness, aphasia.
EMS pre-notified, arrival 0752; CT 0801 no bleed; CTA L M1 occlusion. NIHSS 18.
Tenecteplase bolus 0818 (DTN 26 min). IR thrombectomy by Dr. {{NAME:Hollings}}, TICI 2b at 0927.
Admit to {{FACILITY:Brightwater Neuro ICU}}.
PMH: AFib - apixaban held x1 wk for dental extraction {{DATE:10/26}} at {{FACILITY:Grass Valley Dental Group}}; HTN; hypothyroid.
Home: {{ADDRESS:1190 Ridge Rd}}, {{LOCATION:Nevada City}}; retired librarian.
Exam post-IR: NIHSS 9, mild R face/arm weakness, expressive aphasia improving.
Plan: neuro checks q15 -> q1h, SBP <180/105 x24h, no antithrombotics x24h, repeat CT at 24h, TTE, lipids/A1c. Restart anticoag per stroke team ~day 3-6.
Husband {{PHONE:530-555-0188}}; daughter {{NAME:Chantal}} {{PHONE:530-555-0141}}.
{{NAME:D. Ferreira-Lopes}}, MD, neurology resident, pgr {{PHONE:5560}}`,
  `HOSPICE REFERRAL / TRANSITION NOTE
{{DATE:January 30, 2024}}
Pt: {{NAME:Cordelia Ashby-Nkemelu}}, {{AGE:99}} yo F, MRN {{MRN:MR-004417720}}, {{FACILITY:Fairchild 4 South}}
Dx: end-stage dementia (FAST 7c), aspiration pneumonia x3 this yr, wt 38 kg.
Decision: family (son {{NAME:Ambrose Nkemelu}}, HCP; granddaughter {{NAME:Temi}}) chose comfort-focused care at family meeting {{DATE:1/29}}. DNR/DNI/no rehospitalization; MOLST updated.
Referral sent to {{FACILITY:Gentle Harbor Hospice}} ({{PHONE:610-555-0127}}, intake fax {{FAX:610-555-0128}}), ref # {{ID:GHH-2401-0336}}. Liaison {{NAME:Pilar Estévez}}, RN to see pt today 1400.
Setting: inpatient hospice house in {{LOCATION:Media}}, PA (pt's own home at {{ADDRESS:17 Rosewood Lane}} has no 24h caregiver).
Medicare hospice benefit election; MBI {{HEALTH_PLAN:7CJ2-HN4-XT88}}.
Transport: {{FACILITY:Keystone Ambulance Service}}, BLS, tentatively {{DATE:1/31}} 1100.
Meds for transfer: morphine elixir 2.5 mg q2h prn, glycopyrrolate, lorazepam SL prn.
Son reached at {{PHONE:610-555-0176}} / {{EMAIL:ambrose.nkemelu@postbox.example}}.
{{NAME:Wilhelmina Osei}}, MSW`,
  `ETHICS CONSULTATION NOTE
Consult date {{DATE:2023-10-11}}. Requested by MICU attending Dr. {{NAME:Brandvold}}.
Patient: {{NAME:Rafael Ignacio de la Cruz Montoya}}, 57M, MRN {{MRN:EC-0338172}}, MICU bed 11 ({{FACILITY:Vandermeer MICU}}).
Question: disagreement between surrogates regarding tracheostomy/PEG vs transition to comfort care after anoxic brain injury (arrest {{DATE:9/28}}).
Surrogates: no HCP document. Wife {{NAME:Lucía Montoya}} ({{PHONE:505-555-0113}}) wants trach/PEG "to give God time"; adult sons {{NAME:Mateo}} and {{NAME:Andrés}} report pt said he would never want to live in a nursing home, after his father's long stay at {{FACILITY:Sangre de Cristo Care Center}} in {{LOCATION:Taos}}.
Neuro ({{NAME:Haraldsen}}): poor prognosis for meaningful recovery; MRI {{DATE:10/4}} diffuse restricted diffusion.
Analysis: per NM law, spouse has priority as surrogate; surrogate should use substituted judgment. Sons' reports are relevant evidence of pt's values.
Recommendations: 1) facilitated family meeting {{DATE:10/13}} w/ palliative ({{NAME:Varga}}) and chaplain; 2) time-limited trial of trach/PEG is ethically permissible; 3) revisit in 2-3 wk.
{{NAME:Harriet Mbatha-Kline}}, JD, PhD, clinical ethics, {{PHONE:505-555-0190}}`,
  `PALLIATIVE CARE CONSULT
Date {{DATE:4/4/24}}   Requesting: {{NAME:Okonjo-Baptiste}} (hospitalist)
Pt: {{NAME:LaBelle, Thérèse}}   {{AGE:102}}F   MRN {{MRN:HP-00034118}}   {{FACILITY:Quimby 8}} rm 806
Reason: symptom mgmt + GOC; new large R MCA stroke, not a candidate for intervention.
HPI: Mme {{NAME:LaBelle}} ({{AGE:one hundred and two}}) lives with her son {{NAME:Gérard}}, 78, in {{LOCATION:Woonsocket}}; born in {{LOCATION:Trois-Rivières}}, Québec, emigrated 1946. Found by son {{DATE:4/3}} AM w/ L hemiplegia, dysphagia.
Symptoms: comfortable at rest; grimaces w/ turning; secretions moderate. Fails bedside swallow.
Family: son {{NAME:Gérard}} ({{PHONE:401-555-0137}}) and daughter Sr. {{NAME:Marie-Claire LaBelle}}, a nun at {{FACILITY:Convent of Our Lady of the Valley}} in {{LOCATION:Cumberland}} ({{PHONE:401-555-0102}}). Both say "Maman" always said no feeding tube.
Recs:
 1. Comfort-focused care; DNR/DNI confirmed w/ son (HCP).
 2. Morphine 1 mg SC q1h prn pain/dyspnea; glycopyrrolate 0.2 mg SC q4h prn secretions.
 3. Mouth care, no NGT; small tastes for comfort.
 4. Offer transfer to {{FACILITY:Saint Gianna Hospice Residence}}; family prefers to stay here - ok.
 5. Chaplain (Catholic) - anointing requested.
{{NAME:Eszter Varga}}, MD, palliative medicine, pgr {{PHONE:4109}}`,
  `CHAPLAINCY NOTE
{{DATE:Sunday 6/23}} - visit requested by RN {{NAME:Daisy}} on {{FACILITY:Whitcombe 7}}.
Pt: Mr. {{NAME:Ho Van Long}}, 81, MRN {{MRN:HP-00572219}}; faith: Buddhist (Pure Land). Wife {{NAME:Tran Thi Mai}} and granddaughter {{NAME:Vivian Ho}} present.
Pt recently learned his pancreatic ca has progressed; "I am ready but my wife is not."
Intervention: presence, life review. He spoke of leaving {{LOCATION:Huế}} in 1979 and working 30 yrs at {{FACILITY:Bayside Shipyard}} in {{LOCATION:Quincy}}. Family asked for a monk from their temple, {{FACILITY:Chua Lien Tam}}, to chant; I called the temple ({{PHONE:617-555-0108}}) and spoke w/ Ven. {{NAME:Thich Minh Tue}}, who will visit Tues afternoon. Staff informed that chanting and incense (unlit/electric only per fire policy) are welcome.
Wife expressed fear of him dying "in the hospital and not at home." Shared with palliative team ({{NAME:Varga}}) and CM re: home hospice options.
Granddaughter is family contact: {{PHONE:617-555-0196}}, {{EMAIL:vivho.family@inboxmail.example}}.
Plan: follow up {{DATE:6/25}}; on-call chaplain pager {{PHONE:7000}}.
Rev. {{NAME:Adaeze Oyelowo}}, MDiv, BCC`,
  `eICU / TELE-CRITICAL CARE NOTE
{{DATE:08/19/2024 03:12}}   Remote site: {{FACILITY:Pine Barrens Community Hospital}} ICU bed 4
Pt {{NAME:Mackenzie Larue}}, 38F, MRN {{MRN:PBCH-771420}}, DKA + sepsis.
Video assessment requested by bedside RN {{NAME:Caleb Ostrander}} for HR 138, MAP 61.
Camera session adequate. Sister {{NAME:Renee Larue}} joined by video from home (guest-link log IP {{IP:73.61.118.240}}), pt consented.
Data: lactate 3.9 (from 2.2), K 3.1 on insulin gtt 6 u/h, AG 14 (from 26). BG 188.
Assessment: DKA closing; hypotension likely volume + sepsis (UTI).
Orders placed remotely: LR 1 L bolus, KCl 20 mEq IV x2, switch to D5-LR + insulin per protocol, start norepi if MAP <65 after bolus, repeat lactate 0500.
Onsite hospitalist Dr. {{NAME:Abimbola Ferris}} aware (cell {{PHONE:856-555-0149}}); no onsite intensivist overnight.
If pressors needed, consider transfer to {{FACILITY:Delaware Valley Regional}} ({{PHONE:856-555-0100}}).
{{NAME:Hiroshi Tanabe}}, MD, eICU intensivist`,
  `DISCHARGE INSTRUCTIONS (patient copy)
Name: {{NAME:Bethany Rose Kowalczyk}}     Date of birth: {{DATE:March 9, 1979}}
Hospital: {{FACILITY:Mercy Ridge Regional Medical Center}}    Discharged: {{DATE:Friday, May 10, 2024}}
You were here for: pneumonia and a flare of your asthma.
Your appointments:
  * Dr. {{NAME:Farah Qureshi}} (primary care), {{DATE:Wednesday May 15}} at 2:20 PM, {{FACILITY:Northgate Family Medicine}}, {{ADDRESS:2400 Northgate Blvd, Suite 110}}, {{LOCATION:Fort Wayne}}, IN {{ZIP:46835}}. Phone {{PHONE:260-555-0155}}.
  * Lung clinic with Dr. {{NAME:Adeyinka}}, {{DATE:June 3}} at 9 AM. Call {{PHONE:260-555-0170}} if you need to change.
Chest x-ray again in 6 weeks (order # {{ID:RAD-5521708}}).
Your test results and these instructions are in your patient portal: {{URL:https://mychart.mercyridgehealth.example/portal/login?u=bkowalczyk79}}
Questions after you get home: call the {{FACILITY:Mercy Ridge}} nurse line, {{PHONE:260-555-0101}}, 24 hours a day.
Medicines: prednisone 40 mg daily for 3 more days, then stop. Amoxicillin-clavulanate twice daily through {{DATE:5/14}}. Keep using your controller inhaler.
Your nurse today was {{NAME:Tamika}}.`,
  `L&D / POSTPARTUM INPATIENT NOTE - PPD#1
{{DATE:2/8/2024}}  {{FACILITY:Ravenscroft Women's Pavilion}}, postpartum rm 3112
{{NAME:Oyelaran, Folake}}  31 y.o. G2P2  MRN {{MRN:RW-3318840}}
S/p primary LTCS {{DATE:2/7/2024 22:14}} for arrest of dilation, viable female, Apgars 8/9, 3.4 kg. Baby girl {{NAME:Oyelaran}} MRN {{MRN:RW-3318841}} rooming in.
S: pain 4/10, ambulating, voiding after Foley removal, tolerating diet, breastfeeding w/ lactation ({{NAME:Maren}}).
O: T 37.2, BP 138/88, 142/90 x2 (no prior hx). Fundus firm U-1. Incision c/d/i. Lochia mod.
   Hgb 9.8 (12.1 pre-op). PIH labs nl; UPC 0.18.
A/P: gestational HTN postpartum - BP q4h, nifedipine if >150/100, home BP cuff, BP check {{DATE:2/12}}.
 - Rh pos, rubella immune. Tdap given in pregnancy.
 - Husband {{NAME:Kunle}} at bedside; birth certificate worksheet done.
 - Pediatrician: Dr. {{NAME:Halvorsen}} at {{FACILITY:Little Acorns Pediatrics}} ({{PHONE:952-555-0122}}).
 - D/c POD#2-3.
{{NAME:CJM}} (OB PGY-2) / Dr. {{NAME:Imogen Stroud}}`,
  `NICU ADMISSION NOTE
Baby boy {{NAME:Delgado-Whitfield}} ("Twin B"), MRN {{MRN:NIC-0095512}}
Born {{DATE:11/27/2023 04:51}} at {{FACILITY:Cedar Hollow Community Hospital}}, transported by {{FACILITY:Neonatal Transport Team of Crestview}} to {{FACILITY:Ellingsworth NICU}} at {{FACILITY:Crestview University Hospital}}, arrived 0810.
Mother: {{NAME:Anjali Delgado-Whitfield}}, 27 y.o. G1P0->2, MRN {{MRN:CH-447120}}, di/di twins, PTL at 31+2 wk, BMZ x1 ({{DATE:11/26}} 2300), Mg given.
Twin A ({{NAME:Delgado-Whitfield}}, girl) remains at OSH special care nursery.
Birth: SVD, Apgars 5/7, BW 1380 g. CPAP in DR, intubated at 45 min for FiO2 0.5, curosurf x1.
Exam: 31 wk AGA male, mild retractions, no murmur.
Plan: SIMV, f/u CXR, UVC/UAC (done by {{NAME:AKR}}), amp/gent pending BCx, TPN via UVC, HUS DOL 7.
Parents: father {{NAME:Marcus Whitfield}} ({{PHONE:614-555-0181}}) at bedside; mother to come when discharged from {{FACILITY:Cedar Hollow}}.
Neonatology: {{NAME:Beatriz Sandoval}}, MD`,
  `BURN ICU TRANSFER / ADMISSION NOTE
{{DATE:12/24/2023}} 1630. Transfer from {{FACILITY:Anson County General}} ED to {{FACILITY:Pritchard-Lowe Burn Center}} ICU.
Pt: {{NAME:Dwayne}} "{{NAME:Boone}}" {{NAME:Hatcher}}, 44M, MRN {{MRN:PL-00381207}}; OSH acct {{ACCOUNT:AC-55210984}}.
Mechanism: propane heater flash fire in his workshop at {{ADDRESS:4410 Old Lilesville Rd}}, {{LOCATION:Wadesboro}}, ~1300. Enclosed space.
Burns: 28% TBSA (face, neck, bilat hands/forearms, anterior chest), mostly deep partial, some full thickness L hand. Singed nasal hair, carbonaceous sputum -> intubated at OSH by Dr. {{NAME:Pettigrew}} before flight.
Fluids: Parkland 4 mL/kg/%TBSA, 96 kg -> 10.7 L/24h; titrate to UOP 0.5 mL/kg/h.
Plan: bronchoscopy for inhalation injury, escharotomy L hand (plastics, {{NAME:Vasquez-Orr}}), tetanus given, CK/COHb, wound care per protocol.
Photos: wound photos taken for burn diagram; pt's ID photo from his driver's license (NC DL {{LICENSE:000041772930}}) scanned to chart as {{PHOTO:ID_FACE_PL00381207.png}} for identification.
Family: wife {{NAME:Crystal Hatcher}}, {{PHONE:704-555-0164}}, en route; employer {{FACILITY:Piedmont Lumber & Truss}} (workshop was personal).
{{NAME:N. Abubakar}}, MD, burn surgery fellow`,
  `TRAUMA H&P - LEVEL 1 ACTIVATION
Arrival {{DATE:07/04/2024 23:47}}. Unidentified pt registered as {{NAME:TRAUMA, ZULU}} MRN {{MRN:TR-0091447}}; later identified ({{DATE:7/5}} 0310) as {{NAME:Esperanza Quintero-Vallejo}}, 23F, via fingerprint match by police (record {{BIOMETRIC:AFIS-24-0771932}}) and her roommate's photo comparison.
Mechanism: MVC, unrestrained passenger, rollover at {{ADDRESS:I-10 mile marker 212}}; ejected. EMS ({{FACILITY:Saguaro Rural Fire}}) GCS 7 on scene.
Primary: A intubated en route; B diminished L; C HR 128 BP 84/50, FAST + LUQ; D GCS 3T, pupils 3 mm sluggish.
Adjuncts: L chest tube 400 mL blood; MTP activated; 4:4:1.
Secondary: L femur deformity, scalp lac 8 cm.
CT: splenic lac grade IV, L rib fx 4-9, SAH + small SDH, L femur shaft fx.
Plan: OR for splenectomy (Dr. {{NAME:Achterberg-Nunez}}), ex-fix femur (ortho {{NAME:Lindqvist}}), NSGY ({{NAME:Patel}}) - ICP monitor.
Family: roommate {{NAME:Jazmin}} at {{PHONE:520-555-0106}} called parents in {{LOCATION:Hermosillo}}; police case # {{ID:PCSO-24-118830}}, Det. {{NAME:Bracamonte}}.
{{NAME:LM}} / {{NAME:Achterberg-Nunez}}`,
  `INPATIENT HEMODIALYSIS NOTE
{{DATE:3/14/2024}}   Bedside HD, {{FACILITY:Kincaid CCU}} bed 5 (pt too unstable for dialysis unit)
Pt {{NAME:Marcelline Obuya-Tessier}}, 68F, MRN {{MRN:C-4479310}}. Outpatient unit: {{FACILITY:Riverbend Dialysis}} MWF, chair 12, neph Dr. {{NAME:Sokolov}} ({{PHONE:315-555-0135}}).
Access: L brachiocephalic AVF, good thrill/bruit; 15g needles x2. 
Rx: 3.5 h, Qb 350, Qd 600, 2K/2.5Ca bath, UF goal 2.5 L, heparin-free (GI bleed {{DATE:3/11}}).
Pre: BP 118/64, HR 84, wt 71.2 kg (EDW 68.5). K 5.9.
Intra: BP nadir 96/58 at 2 h; UF paused 15 min, then resumed at lower rate. Total UF 2.1 L.
Post: BP 110/62, wt 69.1 kg. Access hemostasis 10 min.
Machine and RO unit numbers per log. Tx #{{ID:HDX-24-03-1477}}.
Plan: next HD {{DATE:Sat 3/16}}; outpatient unit updated by fax {{FAX:315-555-0136}} re: missed run {{DATE:3/13}} and heparin hold.
Husband {{NAME:Émile Tessier}} asked about transport back to unit after discharge - {{FACILITY:Onondaga Access Transit}} ride reinstated (rider ID {{ID:OAT-77120}}).
{{NAME:Jun-seo Park}}, RN (dialysis)   /   renal fellow {{NAME:Iyer}}`,
  `EGD PROCEDURE NOTE
Date: {{DATE:2023-11-03 10:05}}   Endoscopy suite, {{FACILITY:Larkspur Valley Medical Center}}
Patient: {{NAME:Guo, Xiuying}}   MRN {{MRN:LV00617743}}   Inpatient, {{FACILITY:Sato 6}}
Endoscopist: {{NAME:Mihail Popescu}}, MD    Fellow: {{NAME:T. Adeyemi}}, MD    Sedation: MAC, CRNA {{NAME:Hollis}}
Indication: melena, Hgb 6.9, BUN 58, on aspirin + clopidogrel (DES {{DATE:9/2023}}).
Findings:
 - Esophagus: normal.
 - Stomach: mild erythema antrum; biopsies for H. pylori.
 - Duodenum: 1.5 cm clean-based ulcer w/ visible vessel in the posterior bulb (Forrest IIa).
Therapy: epinephrine 1:10,000 6 mL + two through-the-scope clips. Hemostasis achieved.
Specimens: antral bx (path # {{ID:GP23-22817}}).
Complications: none. EBL none.
Recs: PPI 40 mg IV BID x72h then PO BID x8 wk; resume clopidogrel in 3-5 d after cards ({{NAME:Whitcomb}}) input, hold aspirin; repeat EGD in 8 wk.
Photos in report (endoscopic images). Daughter {{NAME:Lily Guo-Marsh}} given results by phone, {{PHONE:530-555-0117}}.`,
  `BRONCHOSCOPY PROCEDURE NOTE
{{DATE:5 Jan 2024}} - MICU bedside, {{FACILITY:Vandermeer MICU}} bed 9
Patient {{NAME:Achterberg, Willem}} ({{AGE:90}}M), MRN {{MRN:EC-0401128}}. Consent by wife {{NAME:Johanna Achterberg}} (HCP), by phone {{PHONE:505-555-0160}}, witnessed by RN {{NAME:Cheyenne}}.
Indication: persistent RLL collapse on vent, mucus plugging.
Scope through ETT (8.0), propofol/fentanyl per ICU sedation; FiO2 100% during procedure.
Findings: thick tan secretions occluding RLL basilar segments; cleared with saline lavage and suction. Airway mucosa mildly erythematous. No endobronchial lesion.
BAL RLL: 120 mL in / 45 mL return -> cx, cell count, fungal, PJP PCR (accessions {{ID:BAL24-0049}} / {{ID:BAL24-0050}}).
SpO2 nadir 88%, recovered quickly. No bleeding.
Post-bronch CXR: re-expansion RLL.
Performed by {{NAME:Gudrun Sæther}}, MD (pulm/CC fellow), supervised by Dr. {{NAME:Brandvold}}.
RT {{NAME:Marcus}} managed the vent. Wife updated after at 1520.`,
  `CARDIAC CATHETERIZATION REPORT
Pt: {{NAME:O'Sullivan-Baptiste, Declan}}   MRN {{MRN:0047 7120 9}}   DOB {{DATE:10/10/1955}}
Date of study: {{DATE:April 2, 2024}}   {{FACILITY:Ashgrove Heart Center}} cath lab 2
Operator: {{NAME:Leopold Fairbairn}}, MD   Fellow: {{NAME:Anika Rahman}}, MD
Referring: Dr. {{NAME:Whitcomb}} (inpatient cards), for NSTEMI, trop 4.2.
Access: R radial 6 Fr. Heparin 5000 u, verapamil 2.5 mg.
Findings: LM nl. LAD 90% mid, LCx 40%, RCA dominant 30%. LVEDP 18.
Intervention: mid LAD - IVUS, 3.0 x 28 mm DES. 0% residual, TIMI 3 flow.
Stent ID card given to pt; stent lot/ref in implant log.
Closure: TR band.
Contrast 110 mL. Fluoro 9.2 min.
Recs: DAPT ASA + ticagrelor x 12 mo, high-intensity statin, echo, cardiac rehab referral to {{FACILITY:Bayshore Cardiac Rehab}}.
Wife {{NAME:Niamh}} updated in waiting area, cell {{PHONE:207-555-0102}}.
Report sent to PCP Dr. {{NAME:Abernethy-Cole}}, fax {{FAX:207-555-0103}}.`,
  `IR PROCEDURE NOTE - IVC FILTER PLACEMENT
{{DATE:09/27/2024 1315}}   {{FACILITY:Tidewater General Hospital}} IR suite 1
Pt: {{NAME:Ferdinand Ojukwu}}, 72M, MRN {{MRN:TV-3340082}}, admitted {{DATE:9/24}}, {{FACILITY:Ballard 5}}.
Indication: acute bilateral DVT + segmental PE, intracranial hemorrhage on {{DATE:9/25}} -> anticoag contraindicated.
Consent: pt, with daughter {{NAME:Chinelo Ojukwu-Hart}} present.
Procedure: R IJ access under US. Cavogram: single IVC, renal veins at L1, no thrombus in IVC. Retrievable filter deployed infrarenal, tip at L2.
Device: retrievable IVC filter, serial {{DEVICE:RF-2417-00938}}; entered in IVC filter retrieval registry (registry # {{ID:IVCR-24-5512}}).
EBL minimal. No complications. Sedation: midazolam 1 mg, fentanyl 50 mcg (RN {{NAME:Okafor}}).
Plan: filter retrieval clinic when anticoag can resume - scheduler {{PHONE:757-555-0180}}; letter mailed to {{ADDRESS:88 Tanner's Creek Dr}}, {{LOCATION:Norfolk}}, VA {{ZIP:23505}}.
Operator: {{NAME:Hana Yoshimura-Blake}}, MD, IR`,
  `LVAD ADMISSION NOTE - ADVANCED HF SERVICE
{{DATE:6/6/24}} 2210. Admitted to {{FACILITY:Lindqvist Cardiac ICU}}.
Pt: {{NAME:Marvin T. Oyelowo}}, 61M, MRN {{MRN:C-4461207}}. HeartMate 3 implanted {{DATE:2/14/2022}} at {{FACILITY:Crestview University Hospital}}, DT.
Controller SN {{DEVICE:HM3C-0074418}}, pump SN {{DEVICE:HM3-44710293}}.
CC: low-flow alarms x3 today, dark urine.
Parameters: speed 5400, flow 3.1 (baseline 4.6), power 6.2 (baseline 4.1), PI 2.1. LDH 1840 (baseline 260), plasma free Hgb 88.
Imp: suspected pump thrombosis.
Plan: heparin gtt, LDH q6h, echo ramp study, consult CT surg ({{NAME:Okonedo}}) re: pump exchange. VAD coordinator {{NAME:Shauna Pryce}}, RN, on call {{PHONE:207-555-0111}}.
Home: lives with partner {{NAME:Desmond}} in {{LOCATION:Augusta}}; partner drove him 1.5 h. Backup controller and batteries at bedside.
Remote monitoring: home monitor (last seen from IP {{IP:24.118.203.77}}) uploads nightly via {{URL:vadlink.crestviewheart.example/pt/44710293}}.
{{NAME:Kwabena Mensah}}, MD (advanced HF fellow)`,
  `DISCHARGE AGAINST MEDICAL ADVICE
{{DATE:Tuesday, 1/16/2024}}, 1840, {{FACILITY:Sterling-Hayes 6 West}} rm 611
Pt {{NAME:Jace Pemberton-Ruiz}}, 36M, MRN {{MRN:7705981}}, admitted {{DATE:1/14}} w/ L forearm abscess s/p I&D, on IV vanc, blood cx {{DATE:1/14}} 1/2 GPC (pending ID).
Pt states he needs to leave to care for his dog and attend a court date {{DATE:1/17}} (docket # {{ID:CR-2023-004417}}) in {{LOCATION:Lafayette}}.
Capacity: alert, oriented, understands that bacteremia may spread to heart valves/spine and could cause death; repeats back risks. Has capacity.
Offered: stay until cx finalized; PO linezolid + return precautions. He accepted PO abx and Rx sent to {{FACILITY:Evangeline Drug}} ({{PHONE:337-555-0190}}).
f/u: ID clinic {{DATE:1/19}}, we will call him with cx results at {{PHONE:337-555-0124}} (his cell); alt contact sister {{NAME:Kayla}} {{PHONE:337-555-0152}}.
AMA form signed 1840, witnessed by RN {{NAME:Dominique Batiste}}.
{{NAME:Cardenas}}, MD, hospitalist`,
  `POST-FALL NOTE / EVENT NOTE
Date/time of event: {{DATE:10/08/2023 05:20}}   Unit: {{FACILITY:Abernathy 9}} rm 921
Pt: {{NAME:Ignatius Wrobel}}, {{AGE:94}}yo M, MRN {{MRN:HP-00091834}}
Found on floor by CNA {{NAME:Tiffani}} next to bed, bed alarm was OFF (had been turned off after a bath by unknown staff). Pt states he was going to the bathroom.
Assessment: A&Ox2 (baseline), small skin tear L forearm, no head strike per pt, no pain on hip ROM, no shortening/rotation. On apixaban -> CT head obtained per protocol: no acute bleed.
VS: BP 142/78, HR 80, SpO2 96%. BG 118.
Actions: covering MD {{NAME:RSK}} (pgr {{PHONE:3390}}) examined pt 0540. Bed alarm on, low bed, mats, toileting q2h, yellow socks.
Family: son {{NAME:Casimir Wrobel}} notified 0715, {{PHONE:216-555-0105}}.
Incident report #{{ID:IR-23-10-0877}} filed in safety system.
{{NAME:Precious Mahlangu}}, RN, charge nurse`,
  `RESTRAINT NOTE - VIOLENT/SELF-DESTRUCTIVE BEHAVIOR
Initiated {{DATE:2/22/2024 0135}}, {{FACILITY:Castellano 6}} rm 604
Pt: {{NAME:Thaddeus Okonkwo-Reyes}}, 52M, MRN {{MRN:M0093318}}, admitted {{DATE:2/20}} for EtOH withdrawal (CIWA 28 at peak).
Behavior: pulled out PIV, swung IV pole at RN {{NAME:Brittany Ng}}, attempting to climb over rails, hallucinating ("the bugs on the wall"). Verbal de-escalation and sitter failed.
Order: 4-point soft restraints by Dr. {{NAME:Onyekachi Eze}} (face-to-face eval within 1 h, done 0210). Security officer {{NAME:Kowalski}} (badge {{ID:SEC-4471}}) assisted.
Meds: lorazepam 2 mg IV x2, phenobarbital load per protocol. Thiamine 500 IV.
Monitoring q15 min: circulation, skin, ROM, hydration, toileting, dignity.
Release criteria: calm, follows commands x2 consecutive checks.
Wife {{NAME:Adaeze}} notified 0300 at {{PHONE:773-555-0148}} - she will come in AM; she states last drink {{DATE:2/19}} evening.
Restraints removed {{DATE:2/22/2024 0740}}, pt calm, sleeping. Total duration 6 h 5 min.
{{NAME:Joaquín Salas}}, RN`,
  `PHARMACY CONSULT - WARFARIN DOSING
{{DATE:8/1/2024}}   Consult from Dr. {{NAME:Pellegrino}}
Pt: {{NAME:Annunziata}} ("{{NAME:Nancy}}") {{NAME:Ferraro}}, {{AGE:91}} yo F, 52 kg, MRN {{MRN:HC-5519904}}, {{FACILITY:Pembrook 6}}
Indication: mechanical mitral valve (On-X, implanted {{DATE:2008-03-11}}, valve SN {{DEVICE:OX-MV-25-118204}}); goal INR 2.5-3.5.
Outpatient: managed by {{FACILITY:Hartwell Anticoagulation Clinic}}, RPh {{NAME:Doreen Tillman}}, {{PHONE:504-555-0147}}; home dose 5 mg daily except 2.5 mg Mon/Fri; home INR meter SN {{DEVICE:CXS-7731092}}.
INR trend:
  {{DATE:7/29}}  1.7  (adm; missed doses x3)
  {{DATE:7/30}}  1.8   enoxaparin bridge 1 mg/kg BID started
  {{DATE:7/31}}  2.1
  {{DATE:8/1}}   2.4
Interactions: started levofloxacin {{DATE:7/30}} (expect INR rise), amiodarone home med.
Rec: warfarin 2.5 mg tonight; cont enoxaparin until INR >=2.5 x24h; daily INR. Counsel on pill box. Niece {{NAME:Gina}} fills box weekly ({{PHONE:504-555-0193}}).
Anticoag clinic to be faxed at d/c: {{FAX:504-555-0148}}.
{{NAME:Oluwaseun Bright}}, PharmD, BCPS   ext {{PHONE:2177}}`,
  `NUTRITION SUPPORT CONSULT - TPN INITIATION
{{DATE:02-13-2024}}   {{FACILITY:Delacroix Surgical ICU}} bed 7
Pt {{NAME:Rosalind Achterberg-Yeboah}}, 59F, MRN {{MRN:S-0102274}}; ht 165 cm, wt 61 kg (UBW 74 kg {{DATE:Oct 2023}}).
Hx: high-output enterocutaneous fistula after Whipple ({{DATE:1/19/2024}}, Dr. {{NAME:Ravensworth}}); NPO since {{DATE:2/6}}.
Malnutrition: severe (ASPEN), 17% wt loss in 4 mo, muscle wasting temporal/clavicular.
Access: R arm PICC, placed {{DATE:2/12}} by VAT RN {{NAME:Gloria}}; dedicated lumen.
Labs: Na 136, K 3.3, Phos 1.9, Mg 1.5, TG 110, prealb 8, glucose 140s.
Refeeding risk: HIGH.
Plan:
 - Day 1 TPN: 1 L, dextrose 100 g, AA 70 g, lipid 0 -> advance over 3 d to goal 1700 kcal, 95 g protein.
 - Thiamine 100 mg IV x5d before dextrose.
 - Replete Phos/K/Mg; BMP/Phos/Mg q12h x72h.
 - Home TPN likely; home infusion referral to {{FACILITY:CarePoint Infusion Services}} ({{PHONE:225-555-0187}}) once stable.
 - Daughter {{NAME:Akosua}} asked about training; she works nights at {{FACILITY:Baton Rouge Regional Laundry}}.
{{NAME:Lise-Marie Fontenot}}, MS, RDN, LDN   pgr {{PHONE:6650}}`,
  `WOUND / OSTOMY NURSE CONSULT
{{DATE:Oct 17, 2024}}  {{FACILITY:Fairchild 4 South}} rm 412
Pt: {{NAME:Bartholomew Nnaji}}, {{AGE:95}} y/o M, MRN {{MRN:MR-004503117}}, from {{FACILITY:Glenside Manor Nursing Home}}.
Consult: sacral wound present on admission {{DATE:10/15}}.
Assessment:
 - Sacrum/coccyx: unstageable PI, 6.0 x 4.5 cm, 100% yellow slough, mod serous drainage, no odor, periwound blanchable erythema.
 - R heel: deep tissue injury 3 x 3 cm, maroon, intact.
 - Braden 10 (very high risk). Incontinent of stool.
Photographs: wound images taken with unit camera and uploaded per policy (no face).
Plan:
 1. Sacrum: cleanse NS, enzymatic debrider to slough, foam border dressing daily + prn.
 2. Heels: offload with heel boots; pillows under calves.
 3. Low air loss mattress ordered (rental from {{FACILITY:Apex Home Medical}}, order {{ID:AHM-99120}}).
 4. Turn q2h; fecal management system if stools remain liquid.
 5. Nutrition consult.
Nursing home DON {{NAME:Patrice Hammond}} ({{PHONE:215-555-0162}}) called - PI was Stage 2 at their last assessment {{DATE:10/9}}; state report per facility.
{{NAME:Yesenia Balderrama}}, BSN, RN, CWOCN`,
  `NIGHT SIGN-OUT (I-PASS) - MED TEAM 3 - {{DATE:3/7}}
Covering: {{NAME:DLK}} pgr {{PHONE:4471}}  |  Day intern: {{NAME:Nakamura}}
1) {{NAME:Lindqvist, H}} 712B - CAP improving. STABLE. If T >38.5 -> BCx x2 only. Daughter {{NAME:Karin}} may call ({{PHONE:413-555-0178}}), ok to update.
2) {{NAME:Obi-Duncan, Prudence}} 714 - {{AGE:96}}F, UTI/delirium. WATCHER. Haldol 0.5 prn only if unsafe; no benzos. Son lives in {{LOCATION:Toronto}}, prefers calls after 2100 ({{PHONE:416-555-0139}}).
3) {{NAME:Gutiérrez Salinas, José}} 716 - GI bleed, Hgb 7.4 at 1800. If <7 -> 1u PRBC (consent in chart). GI ({{NAME:Popescu}}) aware, EGD AM.
4) {{NAME:Ahn, Seo-yeon}} 718 - DKA, off drip 1600, on SQ. BG checks 2200, 0200.
5) {{NAME:Mulcahy}} ("{{NAME:Big Mike}}") 720 - EtOH w/d, CIWA q2h, last score 9. Wants AMA q shift; has capacity, talk him down. Wife {{NAME:Deirdre}} {{PHONE:413-555-0120}}.
6) {{NAME:Ferreira da Silva, Ana Lúcia}} 722 - new admit from {{FACILITY:Cedar Hollow}}, cellulitis; f/u OSH blood cx (call micro {{PHONE:413-555-0101}}, acc {{ID:CH24-120077}}).
To-do: DNR paperwork for bed 714 - son to e-sign via link sent to {{EMAIL:obiduncan.f@maildrop.example}}.
If anything: senior {{NAME:Beaulieu}} (attending) by cell.`,
  `BED BOARD / UNIT CENSUS - {{FACILITY:PEMBERTON 5 EAST}} - {{DATE:04/15/24}} 0600
Rm  Pt                        Age  Attending      Dx                  Dispo
501 {{NAME:KAUR, HARPREET}}           71   {{NAME:BEAULIEU}}       CHF                 home {{DATE:4/16}}
502 {{NAME:O'ROURKE, MAEVE}}          {{AGE:93}}   {{NAME:NWOSU}}          PNA                 SNF - {{FACILITY:WILLOW CREST}} pending
503 {{NAME:ABDI, FARHIYA}}            34   {{NAME:BEAULIEU}}       sickle cell crisis  home
504 (blocked - isolation cleaning)
505 {{NAME:VANTERPOOL, CLIVE}}        66   {{NAME:DESROSIERS}}     COPD                home w/ O2 ({{FACILITY:NORTHEAST RESPIRATORY SUPPLY}})
506 {{NAME:LIU, BAO}}                 {{AGE:90}}   {{NAME:NWOSU}}          hip fx, post-op     acute rehab
507 {{NAME:NAKASHIMA-BELL, TORI}}     48   {{NAME:DESROSIERS}}     pancreatitis        TBD
Transfers in: ED bed 14 ({{NAME:PETROV, I.}}) -> 504 after cleaning; {{FACILITY:LINDQVIST CARDIAC ICU}} step-down pt ({{NAME:AL-SABAH}}) -> 501 after d/c.
Charge: {{NAME:BEV}} ext {{PHONE:6620}}. Staffing: 5 RN, 2 CNA, 1 sitter (rm 502).`,
  `DISCHARGE SUMMARY
Pt: {{NAME:Halvorsen-Quaye, Ingrid}}    MRN {{MRN:SA2304418}}
Admit {{DATE:7/02/2024}}   Dischrage {{DATE:7/09/2024}}
Attnding: Dr {{NAME:Sundqvist}} / hospitalist {{NAME:Tuominen}}
Dx: RLL pnuemonia w/ parapneumonic effusion, s/p chest tube {{DATE:7/4-7/7}}.
Hospital Course: pt presented w/ fevers, pleurtic CP. CT showed loculated effusion; IP (Dr {{NAME:Magnusson}}) placed pigtail, tPA/DNase x3 doses. Cx grew strep anginosus. Abx narrowed to amox-clav on {{DATE:7/8}}. O2 weaned to RA.
Pt is a commercial pilot; FAA medical cert # {{LICENSE:AME-4471930}} - advised no flying until cleared by AME.
Dispo: home w/ husband {{NAME:Kwame Quaye}} to {{ADDRESS:5120 Lake Shore
Dr, Unit 7}}, {{LOCATION:Duluth}} {{ZIP:55804}}.
F/U:
 - IP clinic Dr. {{NAME:Magnusson}} w/ CXR {{DATE:7/23/2024 1:30pm}} ({{PHONE:218-555-
0140}})
 - PCP Dr. {{NAME:Anneliese
Brandt-Okoro}}, {{FACILITY:Lakeside Family Practice}}, 1 wk
Pending: final pleural fluid cytology (acc {{ID:CY24-01187}}).
{{NAME:mjt}}/{{NAME:ts}}`,
  `READMISSION H&P
{{DATE:5-Sep-2024}} 1120  {{FACILITY:Okonkwo Pavilion 3W}}
{{NAME:Faisal bin Khalid Al-Amoudi}}, 77M, MRN {{MRN:HP-00640071}}. Readmitted within 30 d (prior stay {{DATE:8/12/24-8/19/24}}, CHF).
HPI: d/c'd {{DATE:8/19}} to home w/ {{FACILITY:Valley Visiting Nurse Association}}; VNA RN {{NAME:Colette}} called PCP office {{DATE:9/3}} re: 4 kg wt gain. Pt reports he ran out of torsemide - pharmacy ({{FACILITY:Medford Square Pharmacy}}) needed a new PA, auth # {{ID:RX-PA-8841203}} came through only yesterday.
Son {{NAME:Omar}} (HCP) says pt "eats soup every day" - high Na. Pt speaks Arabic, son interprets; offered professional interpreter, accepted (#{{ID:AR-20931}}).
Exam: JVP 14, bibasilar crackles, 3+ edema to thighs.
BNP 2840 (1120 at d/c). Cr 1.9 (1.6).
A/P: ADHF from med access/nonadherence + dietary Na.
 - IV furosemide 120 BID, strict I/O, daily wts
 - pharmacy med-rec + meds-to-beds at d/c
 - HF RN educator; social work re: cost (Medicare Part D, member {{HEALTH_PLAN:RXM6610274451}})
 - son cell {{PHONE:781-555-0117}}, {{EMAIL:omar.alamoudi@famnet.example}}
{{NAME:TQ}} PGY-1 pgr {{PHONE:3318}}`,
  `INPATIENT PSYCHIATRY ADMISSION NOTE
Unit: {{FACILITY:Haverford-Shaw Behavioral Health Unit}} (locked), {{FACILITY:Tidewater General Hospital}}
Date of admission: {{DATE:11/11/2023}}   Legal status: TDO -> commitment hearing {{DATE:11/14}}, case # {{ID:JDR-23-CV-6612}}
Pt: {{NAME:Leontyne Abara-Jessup}}, 24F, MRN {{MRN:TV-3298841}}
Brought by police (Ofc. {{NAME:Delgado}}, badge {{ID:NPD-2271}}) after neighbors reported her on the roof of {{ADDRESS:310 W Olney Rd}}, stating she "had to reach the signal."
HPI: 2 wk of no sleep, pressured speech, grandiosity; stopped lithium in {{DATE:Sept 2023}}. Prior admit {{FACILITY:Chesapeake Crest Psychiatric Center}} {{DATE:2021-08}}.
Collateral: mother {{NAME:Yvonne Jessup}} ({{PHONE:757-555-0133}}); outpatient psychiatrist Dr. {{NAME:Farouk}}.
MSE: disheveled, hyperverbal, labile, FOI; grandiose delusions; denies SI/HI; poor insight.
Pt photographed at admission for ID band and unit safety board (photo {{PHOTO:BHU-2023-1111-04.jpg}}).
Belongings: phone, keys, student ID from {{FACILITY:Old Dominion Bay College}} (ID {{ID:ODB0091447}}) locked in safe.
Plan: olanzapine 10 mg qHS, restart lithium after labs, q15 checks.
{{NAME:Thandiwe Mokoena}}, MD, attending psychiatrist`,
  `MICU PROGRESS NOTE - PATIENT IN CUSTODY
{{DATE:1/22/2024}} HD#4
Pt {{NAME:Rigoberto Salcido}}, 41M, MRN {{MRN:BM-9127703}}, from {{FACILITY:Crossroads State Correctional Facility}}, inmate # {{ID:CSCF-418827}}. Two correctional officers at bedside per DOC policy (Ofc. {{NAME:Harlan}}, Ofc. {{NAME:Maddox}}); one ankle shackle.
Identity verified at admission by DOC fingerprint scan ({{BIOMETRIC:DOC-FP-7719-2204}}) - pt intubated on arrival.
S: extubated yesterday, c/o sore throat.
O: afebrile, HR 88, BP 124/72, RA 95%. GCS 15.
A/P: 1) Severe DKA + aspiration PNA - resolved DKA, amp/sulbactam day 4/7. 2) Hep C Ab+ - VL pending, prison clinic to follow. 3) Dispo: back to facility infirmary when stable; DOC nurse {{NAME:Tammy Ruiz}} {{PHONE:406-555-0193}}, fax {{FAX:406-555-0194}}.
Per DOC policy family is not told the transport date. Sister {{NAME:Yadira Salcido}} ({{PHONE:406-555-0147}}) on HIPAA list - updated on clinical status only.
{{NAME:S. Tsosie}}, MD / Dr. {{NAME:Brandvold}}`,
  `BRAIN DEATH DETERMINATION NOTE (first exam)
Pt {{NAME:Darnell Kingsley-Oduya}}, 19M, MRN {{MRN:CU-55102874}}, {{FACILITY:Crestview University Hospital}}, {{FACILITY:Ellingsworth Neuro ICU}} bed 12
Exam {{DATE:3/30/2024 09:15}}; prerequisites met: devastating TBI (GSW) {{DATE:3/28}}, normothermia, SBP >100, no sedatives x48h, Na 144.
Coma, no response to central pain. Pupils 6 mm fixed. Corneal, oculocephalic, oculovestibular, gag, cough absent. No spontaneous movements.
Apnea test: PaCO2 38 -> 68, pH 7.18, no respiratory effort x 8 min.
Determination: meets criteria for death by neurologic criteria. Time of death {{DATE:3/30/2024 09:41}}.
Second examiner Dr. {{NAME:Haraldsen}} concurs (see note).
Mother {{NAME:Sharonda Kingsley}} and grandmother {{NAME:Beulah}} informed at 1000 with SW {{NAME:Hallie Brandt}}.
OPO: {{FACILITY:Bay Colony Donor Network}} referral # {{ID:BCDN-240330-117}}; coordinator {{NAME:Tobias Renn}} ({{PHONE:617-555-0190}}) on site. ME notified (homicide) - case {{ID:OCME-24-3318}}, ME investigator {{NAME:Ruiz}}.
{{NAME:Fumiko Arakawa}}, MD, neurocritical care`,
  `FAMILY MEETING - INTERPRETED (Somali)
{{DATE:Wed 12/11/2024}}, {{FACILITY:Whitcombe 7}} conference rm, 1400
Pt: {{NAME:Xaawo Cabdi Maxamed}}, 82F, MRN {{MRN:HP-00771302}}; metastatic gastric ca with worsening gastric outlet obstruction.
Present: son {{NAME:Cabdullaahi Maxamed}} (HCP, {{PHONE:612-555-0158}}), daughters {{NAME:Faadumo}} and {{NAME:Hodan}}, imam Sheikh {{NAME:Axmed Nuur}} from {{FACILITY:Riverside Unity Masjid}}; in-person interpreter {{NAME:Ifrah}} (#{{ID:SO-1187}}); onc Dr. {{NAME:Laine}}; GI Dr. {{NAME:Popescu}}; SW {{NAME:Gwen Ashford}}.
Discussion: venting G-tube vs duodenal stent explained. Family requests that diagnosis not be told directly to pt; pt told team on {{DATE:12/9}} she wants her son to decide and "does not want to hear numbers."
Family's priorities: return home to {{LOCATION:Cedar-Riverside}} to be with grandchildren; Friday prayers; dying at home if possible.
Plan: venting G-tube by IR {{DATE:12/12}}; home hospice through {{FACILITY:Lakes Area Hospice}}; DNR/DNI (signed by pt w/ interpreter, son witnessing).
Daughter {{NAME:Hodan}} will be primary caregiver, {{PHONE:612-555-0187}}; family will travel from {{LOCATION:Nairobi}} next week.
{{NAME:Ruth Amsalem}}, MD, palliative care`,
  `CODE STATUS DISCUSSION
{{DATE:6/18/2024}} 1630, bedside, {{FACILITY:Thornbury 7}}
Spoke w/ pt {{NAME:Gwendolyn Ashcroft-Mbeki}} (89 y/o F, MRN {{MRN:HP-00220417}}), who has capacity, and her partner of 40 yrs {{NAME:Leonora Diaz}} (on HIPAA list, {{PHONE:617-555-0123}}).
Context: admitted {{DATE:6/16}} w/ NSTEMI; cath deferred given CKD4 and pt preference. EF 30%.
Prior wishes: POLST from PCP Dr. {{NAME:Weatherby}} dated {{DATE:2/2/2023}} says DNR, limited interventions. Pt confirms: "No pounding on my chest, no breathing machine. BiPAP is fine for a little while."
Discussed: CPR outcomes in advanced HF + CKD; meaning of DNR does not mean "do not treat."
Outcome: DNR / DNI. OK for BiPAP, pressors on the floor not applicable; ok for ICU for BiPAP only. No dialysis.
Code status order updated in EHR; pink armband placed; POLST copy scanned (doc ID {{ID:SCN-0618-22710}}).
HCP: {{NAME:Leonora Diaz}} (document on file). Alternate: niece {{NAME:Thomasina Mbeki}}, {{LOCATION:Providence}}, {{PHONE:401-555-0111}}.
Time 25 min.
{{NAME:Amara Nwosu}}, MD, hospitalist, pgr {{PHONE:2816}}`,
  `DISCHARGE SUMMARY
{{FACILITY:Cedar Hollow Community Hospital}}, {{LOCATION:Brattleboro}}, VT
Name: {{NAME:Abernathy, Cornelius Wendell}}     DOB: {{DATE:04/22/1922}}     Age: {{AGE:101}}
MRN: {{MRN:CH-008813}}    Admitted: {{DATE:12/01/2023}}    Discharged: {{DATE:12/05/2023}}
Admitting dx: syncope. Discharge dx: orthostatic hypotension from overdiuresis; AKI, resolved.
Course: Mr. {{NAME:Abernathy}}, a {{AGE:101}}-yo WWII veteran, fainted at his granddaughter's wedding in {{LOCATION:Keene}}. Tele no arrhythmia. Orthostatic +. Cr 1.8 -> 1.1 w/ holding HCTZ + gentle IVF. Echo: mild AS, EF 60%.
Discharged to: home with granddaughter {{NAME:Savannah Pruitt}} at {{ADDRESS:14 Cobble Hill Rd}}, {{LOCATION:Putney}}, VT {{ZIP:05346}}.
VA: pt receives care at {{FACILITY:Connecticut River VA Medical Center}}; VA ICN {{MRN:1004417723V118204}}. Records faxed to VA PACT team {{FAX:802-555-0177}}.
Follow-up: Dr. {{NAME:Lindahl}} (VA PCP) {{DATE:12/12}}; home PT via {{FACILITY:Green Mountain Home Health}} ({{PHONE:802-555-0108}}).
Changes: STOP HCTZ. Continue amlodipine 2.5 mg.
Code status: DNR (MOLST).
{{NAME:Ilse Bergstrom}}, MD`,
  `ADMIT H&P - from SNF
{{DATE:1/27/24}}  2305   adm to {{FACILITY:Fairweather 4}}
Pt {{NAME:Mildred
Okoye-Fairbanks}} 84F  MRN {{MRN:MR-00441
9932}}
from {{FACILITY:Glenside Manor Nursing Home}} ({{ADDRESS:2900 Church Rd}}, {{LOCATION:Glenside}}), SNF RN {{NAME:Aisha}} report: "more lethargic x 2d, not eating, temp 100.9."
PMH: vascular dementia, CVA w/ R hemiparesis, PEG? no - eats puree. HTN. Afib not on AC (falls).
Allergies: codeine.
Exam: drowsy but arousable, follows simple commands. dry MM. crackles RLL. stage 2 sacrum (POA, photo per RN).
Labs: WBC 15.6, Na 151, BUN 62, Cr 1.7, lactate 2.0. UA neg. CXR RLL infiltrate.
A/P: aspiration PNA + hypernatremic dehydration.
 - amp-sulbactam, D5W at 100/h, Na q6h (goal drop <10/24h)
 - SLP eval
 - code status: DNR/DNI per MOLST; dtr {{NAME:Chidi}} HCP (cell {{PHONE:215-555-
0174}}) confirmed by phone 2340.
 - SNF bed hold x10d confirmed w/ {{FACILITY:Glenside Manor}} administrator {{NAME:Bernard Yost}}.
{{NAME:ppk}} night admitter, pgr {{PHONE:5092}}`,
  `DISCHARGE SUMMARY
PATIENT NAME: {{NAME:TRAN, MINH KHOA}}          MED REC #: {{MRN:LV00880127}}
DATE OF ADMISSION: {{DATE:08/03/2024}}          DATE OF DISCHARGE: {{DATE:08/06/2024}}
ATTENDING: {{NAME:T. HADDAD}}, MD               PCP: {{NAME:NGUYEN, BAO-TRAM}}, MD
DIAGNOSES: 1. Acute pancreatitis, hypertriglyceridemia (TG 2840). 2. DM2, uncontrolled (A1c 11.2).
BRIEF COURSE: NPO, LR, insulin gtt for TG lowering -> TG 480 by HD#3; diet advanced. No necrosis on CT {{DATE:8/4}}.
DISCHARGE MEDICATIONS
  Medication              Dose            Freq       Status
  insulin glargine        24 units        qHS        NEW
  insulin lispro          6 units         TID AC     NEW
  fenofibrate             145 mg          daily      NEW
  icosapent ethyl         2 g             BID        NEW
  metformin               1000 mg         BID        CONTINUE
  atorvastatin            40 mg           daily      CONTINUE
Glucometer and supplies sent to {{FACILITY:Sunrise Pharmacy #14}}; CGM sensor started in hospital, transmitter SN {{DEVICE:8GX4471TR2}}.
FOLLOW-UP: Endocrine, Dr. {{NAME:Varughese}}, {{DATE:08/20/2024 10:30}}; PCP 1 wk; lipid panel 4 wk.
Pt's wife {{NAME:Lê Thị Hạnh}} present for education; home {{PHONE:530-555-0162}}.
Employer {{FACILITY:Sierra Pines Nail Spa}} work note given through {{DATE:8/12}}.
{{NAME:TH}}/{{NAME:kl}}  D: {{DATE:08/06/2024 15:22}}  T: {{DATE:08/06/2024 18:40}}`,
  `PEDIATRIC SURGERY OPERATIVE NOTE
Date: {{DATE:5/29/2024}}    {{FACILITY:Marisol Ortega Children's Wing}}, {{FACILITY:Mercy Ridge Regional Medical Center}}
Pt: {{NAME:Kaiden}} ("{{NAME:KJ}}") {{NAME:Jefferson-Osei}}, 9 y/o M, MRN {{MRN:MRC-0022418}}
Surgeon: Dr. {{NAME:Bongani Dlamini}}   Resident: {{NAME:Sarah-Jane McTavish}}, MD   Anesthesia: {{NAME:Ebersole}}
Preop dx: acute appendicitis (US {{DATE:5/28}} 2150: 9 mm noncompressible appendix, appendicolith).
Postop dx: perforated appendicitis w/ localized abscess.
Procedure: laparoscopic appendectomy, drainage of pelvic abscess.
Findings: perforation at base of appendix, 30 mL purulent fluid in pelvis, cultured.
Details: 3-port. Mesoappendix divided w/ LigaSure; base stapled. Irrigation, suction. No drain.
EBL 5 mL. Specimen: appendix to path ({{ID:PP24-1187}}).
Plan: pip-tazo -> PO amox-clav, total 7 d; regular diet as tolerated; home in 2-3 d.
Parents {{NAME:Latoya Jefferson}} and {{NAME:Kofi Osei}} updated in family waiting room; mom's cell {{PHONE:260-555-0119}}. School ({{FACILITY:Harrison Hill Elementary}}) note given.`,
  `ORTHOPAEDIC SURGERY CONSULT
{{DATE:Feb 11}}, 0915. Requested by {{NAME:Tuominen}} (hospitalist), {{FACILITY:St. Aldric Hospital}}.
Pt: {{NAME:Ragnhild Bakke-Oyelaran}}, {{AGE:92}}F, MRN {{MRN:SA2310066}}, {{FACILITY:Ostrander 3}} rm 318.
Reason: L hip pain after fall at {{FACILITY:Lakewalk Assisted Living}} ({{ADDRESS:600 E Superior St, Apt 409}}, {{LOCATION:Duluth}}) last night.
Imaging: L femoral neck fx, displaced (Garden IV). CXR nl. ECG: AF rate 80s.
PMH: AF on apixaban (last dose {{DATE:2/10}} 2000), HTN, mild cognitive impairment, bilateral cataract surgery.
Baseline: walks w/ rollator indoors, independent ADLs except bathing.
Plan: L hip hemiarthroplasty, tentatively {{DATE:2/12}} after 36 h off apixaban. Medicine optimization; geri co-management ({{NAME:Achterberg}}).
Consent: pt has capacity (per hospitalist); son {{NAME:Sigurd Bakke}} ({{PHONE:218-555-0183}}) to be present.
Ortho PA {{NAME:Ouellette}}, pgr {{PHONE:3301}}; attending Dr. {{NAME:Sundqvist}}.`,
  `NEUROLOGY CONSULT - INPATIENT
Date {{DATE:2024-10-02}}   Req: Dr. {{NAME:Pellegrino}}, med
Pt {{NAME:Ōkubo, Haruto}}, 33M, MRN {{MRN:HC-5524471}}, {{FACILITY:Pembrook 6}}
Q: new-onset seizure.
HPI: witnessed GTC at work ({{FACILITY:Gulf Coast Marine Electric}}) {{DATE:10/1}} ~1530 by coworker {{NAME:Remy Arceneaux}}, 2 min, tongue bite, post-ictal 20 min. No prior events. Sleep-deprived (night shifts), +EtOH weekend.
Exam: nonfocal. 
CT head nl. MRI brain {{DATE:10/2}}: no lesion. Routine EEG {{DATE:10/2}} (EEG # {{ID:EEG-24-3318}}, read by {{NAME:Haraldsen}}): L temporal sharp waves.
Imp: first unprovoked seizure w/ epileptiform EEG -> high recurrence risk; focal epilepsy w/ bilateral tonic-clonic seizure likely.
Recs: levetiracetam 500 BID (mood monitoring); seizure precautions; outpatient epilepsy clinic {{DATE:10/21}} ({{PHONE:504-555-0115}}).
Driving: LA law - no driving until seizure-free 6 mo; pt drives company truck (plate {{VEHICLE:P-447719}}) - discussed, he will tell supervisor. Work restriction letter given.
Partner {{NAME:Noémie}} present; contact {{PHONE:504-555-0141}}.
{{NAME:Vikram Balasubramanian}}, MD, neurology resident, pgr {{PHONE:7719}}`,
  `HEME/ONC ADMISSION NOTE - SCHEDULED CHEMOTHERAPY
{{DATE:Mon 9/9/2024}}  C3D1 R-CHOP  {{FACILITY:Sabatini Oncology Unit 9 West}}
Pt {{NAME:Delphine Okoro-Blanchard}}, 64F, MRN {{MRN:CU-55199041}}. DLBCL stage IIIA, dx {{DATE:June 2024}} ({{FACILITY:Crestview University Hospital}} path {{ID:CU-SP24-33017}}).
Outpatient onc Dr. {{NAME:Laine}}; admitted for chemo given hx tumor lysis + HF (EF 45%) requiring monitoring with C1.
Interval: C2 ({{DATE:8/19}}) c/b neutropenic fever at home, treated at {{FACILITY:Harbor Point Medical Center}} {{DATE:8/27-8/30}}.
Port: R chest, placed {{DATE:6/20/2024}}, power port SN {{DEVICE:PP-884120-37}}; flushes, +blood return.
Labs: ANC 2.1, plt 188, Cr 0.9, uric acid 5.2, LDH 240. Echo {{DATE:9/5}} EF 45% (stable).
Plan: R-CHOP per protocol (dose 100%), allopurinol, IVF, pegfilgrastim on-body injector D2. Dispo {{DATE:9/10}}.
Husband {{NAME:Jean-Baptiste Blanchard}} {{PHONE:781-555-0174}}. Pt participates in a registry study (study ID {{ID:LYM-REG-0418}}).
{{NAME:Asha Varughese}}, NP`,
  `BMT PROGRESS NOTE - DAY +11
{{DATE:03/21/2024}}   {{FACILITY:Hollingsworth BMT Unit}} rm 1108 (HEPA)
{{NAME:Mendes-Kaplan, Joaquim}}, 47M, MRN {{MRN:CU-55177302}}; AML CR1, MUD alloHCT {{DATE:3/10/2024}} (donor registry ID {{ID:D-4471-0098-3}}), Flu/Bu4 conditioning.
S: mucositis pain 5/10 on PCA; diarrhea x3.
O: Tmax 37.8. Wt 79 kg (adm 82).
   WBC 0.4  ANC 0.1  Hgb 8.1  Plt 12 (transfused 1 u)
   Tac level 9.8. Cr 1.0. Bili 1.1.
A/P: D+11, pre-engraftment.
 - Infection: cefepime, acyclovir, posaconazole prophylaxis; CMV PCR neg {{DATE:3/20}}.
 - GVHD ppx: tac + MMF; no rash.
 - Mucositis: PCA, mouth care, TPN.
 - Psychosocial: wife {{NAME:Raquel}} is 24/7 caregiver; staying at {{FACILITY:Ronald Sterling Family House}} ({{PHONE:617-555-0133}}); son {{NAME:Tiago}} in {{LOCATION:Lisbon}}.
BMT attending Dr. {{NAME:Ngata}}; NP {{NAME:Brienne Oyelaran}}.`,
  `CASE MGMT / DC PLANNING - assisted living return + new DME
{{DATE:11/6/23}}  Pt {{NAME:Amadou Diallo-Prescott}} ({{AGE:90}}), MRN {{MRN:HP-00301872}}, {{FACILITY:Quimby 8}}
Lives at {{FACILITY:Brightwater Commons Assisted Living}}, {{ADDRESS:75 Brightwater Rd, Unit 204}}, {{LOCATION:Medford}} {{ZIP:02155}}. ALF nurse {{NAME:Corinne Bates}} reviewed chart via fax ({{FAX:781-555-0146}}) and will re-accept w/ increased care level (2-person transfers not allowed - pt now 1-assist with walker, ok).
DME: power wheelchair eval not covered; manual w/c w/ ROHO cushion ordered through {{FACILITY:Bay State Mobility}}, order {{ID:BSM-3310447}}, delivery to ALF {{DATE:11/7}}. Rep {{NAME:Ken}} {{PHONE:781-555-0199}}.
Insurance: Medicare Advantage, member {{HEALTH_PLAN:H7711-00418829}}; DME auth {{ID:AUTH-DME-224190}}.
Transport: w/c van {{FACILITY:Mystic Valley Transport}}, {{DATE:11/7}} 1300, conf {{ID:MVT-66120}}.
Daughter {{NAME:Fatoumata}} (POA) agrees, prefers email updates: {{EMAIL:fatou.dprescott@northmail.example}}.
{{NAME:Gwen Ashford}}, LICSW   ext {{PHONE:5503}}`,
  `HOME HEALTH REFERRAL / CERTIFICATION (faxed)
To: {{FACILITY:Pioneer Valley Home Care}}   Fax {{FAX:413-555-0155}}   From: {{FACILITY:Tallmadge 4}}, {{FACILITY:Harbor Point Medical Center}}
Patient: {{NAME:Pacheco, Evangelina R.}}   DOB {{DATE:12/24/1949}}   SSN {{SSN:041-63-2207}}
Address: {{ADDRESS:19 Dwight St, Apt 1}}, {{LOCATION:Springfield}}, MA {{ZIP:01103}}   Phone {{PHONE:413-555-0125}}
Medicare MBI {{HEALTH_PLAN:2WD5-KT9-MM47}}   Secondary: MassHealth {{HEALTH_PLAN:100377210488}}
Hospital acct {{ACCOUNT:7001942276}}   Admit {{DATE:10/28/2024}}   D/C {{DATE:11/02/2024}}
Dx: CHF exacerbation; new insulin start.
Services: SN (CHF/insulin teaching, wt monitoring), PT, HHA. SOC by {{DATE:11/04/2024}}.
Homebound: yes - dyspnea after 20 ft, needs rest + walker, 3 flights to apartment.
Face-to-face: {{DATE:11/01/2024}} by {{NAME:Ahmadou Sy}}, MD.
Certifying physician: {{NAME:Wendell Pryce-Osei}}, MD   NPI {{LICENSE:1295837460}}   Phone {{PHONE:413-555-0160}}
Signature on file. Referral # {{ID:HH-2411-0452}}.
Emergency contact: grandson {{NAME:Luis Pacheco}}, {{PHONE:413-555-0108}}.`,
  `DISCHARGE SUMMARY - follow-up-heavy
{{NAME:Ikechukwu Adeyemi-Lawson}}   MRN {{MRN:HP-00812240}}   {{DATE:Mar 22, 2024}} -> {{DATE:Mar 30, 2024}}
Dx: infective endocarditis (strep gallolyticus), mitral; colon adenoma found on workup.
Course: 4 wk ceftriaxone (via PICC) - end date {{DATE:4/19/2024}}. TEE {{DATE:3/25}}: 8 mm MV veg, mod MR. CT surg ({{NAME:Okonedo}}): no surgery now. Colonoscopy {{DATE:3/28}} (Dr. {{NAME:Popescu}}): 2.5 cm sessile polyp, bx.
APPOINTMENTS:
 {{DATE:04/02/2024}} 0900   OPAT labs + ID visit, Dr. {{NAME:Rahimi}}, {{FACILITY:Harbor Point ID Clinic}}, {{PHONE:617-555-0172}}
 {{DATE:04/09/2024}} 1400   Cardiology, Dr. {{NAME:Whitcomb}}
 {{DATE:04/23/2024}} 0800   GI - EMR of polyp, {{FACILITY:Garrison Endoscopy Center}}; prep instructions mailed
 {{DATE:05/14/2024}} 1030   TTE + CT surgery re-eval
 PCP Dr. {{NAME:Achebe}}, {{FACILITY:Ashmont Hill Neighborhood Health}}, call {{PHONE:617-555-0198}}
Home infusion: {{FACILITY:CarePoint Infusion Services}}, RN visit weekly; PICC removal after last dose.
Dental eval before any valve surgery - referral to {{FACILITY:Bellflower Dental Associates}}.
Wife {{NAME:Nneka}}: {{PHONE:617-555-0135}}.
{{NAME:KR}} for Dr. {{NAME:Beaulieu}}`,
  `INTERHOSPITAL TRANSFER REQUEST - TRANSFER CENTER LOG
Call rec'd {{DATE:07/21/2024 1542}}, ref {{ID:TC-240721-0093}}
Requesting facility: {{FACILITY:Beaver Creek Memorial Hospital}}, {{LOCATION:Bozeman}}  ph {{PHONE:406-555-0109}}  fax {{FAX:406-555-0110}}
Requesting MD: Dr. {{NAME:Annika Løvstad}} (ED), callback cell {{PHONE:406-555-0186}}
Patient: {{NAME:YELLOWHORSE, TALLULAH}}   DOB {{DATE:1962-11-03}}   SSN (last 4) {{SSN:4471}}   OSH MRN {{MRN:BCM00912}}
Insurance: IHS / Medicaid ID {{HEALTH_PLAN:MT5500418827}}
Dx: Type A aortic dissection on CTA, HR 92, BP 148/70 on esmolol.
Accepting: CT surgery Dr. {{NAME:Okonedo}}; bed {{FACILITY:Fenwick CVICU}}.
Images: pushed via image exchange, study link {{URL:https://imgx.crestviewhealth.example/s/BCM-77120}}.
Transport: fixed wing, {{FACILITY:Gallatin Air Medical}}, tail # {{VEHICLE:N447BS}}, ETA 1815.
Family: daughter {{NAME:Shayla Yellowhorse}} ({{PHONE:406-555-0131}}) driving from {{LOCATION:Crow Agency}}.
Logged by {{NAME:Marissa Thorne}}, RN, transfer center`,
  `AUTOPSY REQUEST / POST-MORTEM NOTE
Decedent: {{NAME:Anselm Vukovich}}   MRN {{MRN:SA2299170}}   DOB {{DATE:8/1/1931}} ({{AGE:92}} y)
Date/time of death: {{DATE:August 14, 2024 at 22:05}}   Place: {{FACILITY:Ostrander 3}}, {{FACILITY:St. Aldric Hospital}}
Attending of record: Dr. {{NAME:Tuominen}}
Circumstances: admitted {{DATE:8/11}} for CHF; found unresponsive at 2150 by RN {{NAME:Bjorn}}, code blue called; ROSC not achieved (DNR had been rescinded by pt on {{DATE:8/12}}).
ME: case reported to {{LOCATION:St. Louis County}} ME, investigator {{NAME:Garrick Lund}}, declined jurisdiction (case # {{ID:SLCME-24-0811}}).
Family request: daughter {{NAME:Milena Vukovich-Strand}} (NOK, {{PHONE:218-555-0128}}) requests full autopsy to look for "what we missed"; consent form signed {{DATE:8/15/2024 09:30}}, witness {{NAME:Lorraine Ek}}, RN.
Body released to morgue; after autopsy to {{FACILITY:Lund-Aho Funeral Chapel}} in {{LOCATION:Hermantown}}.
Decedent affairs: {{PHONE:218-555-0100}}. Family to receive prelim results by mail at {{ADDRESS:2215 Maple Grove Rd}}, {{LOCATION:Duluth}} {{ZIP:55811}}.
{{NAME:Rune Tuominen}}, MD`,
  `INPATIENT REHABILITATION FACILITY - ADMISSION H&P
{{FACILITY:Moreau-Kessling Rehabilitation Institute}}, Stroke Unit ({{FACILITY:Calloway Wing}})
Admit {{DATE:09/19/2024}} from {{FACILITY:Larkspur Valley Medical Center}} (acute stay {{DATE:9/12-9/19}}).
Pt: {{NAME:Zhao Wenjun}} ("{{NAME:William}}"), 66M, IRF MRN {{MRN:MKR-004417}}
Impairment group: stroke, L MCA, R body involvement (IGC 01.2).
Function (admit): self-care 18/42, mobility 32/90. Expressive aphasia, mild. R UE 2/5, R LE 3+/5.
Plan: 3 h/day PT/OT/SLP, 5 days/wk. Est LOS 14 d. Goals: supervision w/ household ambulation w/ quad cane, mod I ADLs.
Meds: ASA, atorvastatin 80, lisinopril 10, sertraline 25.
Social: lives w/ wife {{NAME:Liu Mei}} at {{ADDRESS:412 Las Flores Ave}}, {{LOCATION:Arcadia}}, CA {{ZIP:91007}}; 2 steps entry. Retired hydrologist.
Team conf {{DATE:9/24}}. Physiatrist Dr. {{NAME:Olamide Sanusi}}; referring Dr. {{NAME:Haddad}}.`,
  `MICU DAILY PROGRESS NOTE (systems)   ICU day 14   {{DATE:10/08/2024}}
{{NAME:Adeyemi-Fairbanks, N.}}  MRN {{MRN:HP-00918273}}  {{FACILITY:Vandermeer MICU}} bed 3
24h: remained on VV-ECMO (circuit changed 1400 for rising PFHb); afebrile; family at bedside.
Neuro: RASS -2 on propofol 30 + fentanyl 100. CAM-ICU +.
CV: MAP 68-75 on norepi 0.04. Lactate 1.4.
Resp: ECMO sweep 6 L, FdO2 1.0, blood flow 4.8 L. Vent rest settings (TV 3 mL/kg, PEEP 10). CXR whiteout unchanged.
Renal: CRRT net -100/h. K 4.1.
ID: flu A - oseltamivir day 10; VAP ruled out (BAL acc {{ID:BAL24-0912}} no growth).
Heme: bivalirudin, aPTT 58. Hgb 7.8 - 1 u.
Lines: R IJ ECMO cannula ({{DATE:9/27}}), L fem art line ({{DATE:10/1}}), R IJ dialysis cath ({{DATE:9/29}}).
ECMO console SN per perfusion log; pt's home BiPAP (SN {{DEVICE:DS2-5520417}}) returned to husband.
Dispo/GOC: see family meeting note; daughter {{NAME:Chioma}} arrived from {{LOCATION:Lagos}}; husband {{NAME:Lawrence}} would like call at 1700 ({{PHONE:781-555-0150}}).
{{NAME:PRS}} (MICU PGY-3) pgr {{PHONE:6127}} / Dr. {{NAME:Oyelaran-Smith}}`,
  `DISCHARGE PLANNING - FAMILY ABROAD / REPATRIATION
{{DATE:15/05/2024}} (entered by CM; pt's family uses day/month format)
Pt: {{NAME:Giulia Benedetti-Farrow}}, 79F, MRN {{MRN:MR-004520881}}; Italian citizen visiting son in {{LOCATION:Bryn Mawr}}; admitted {{DATE:5/9}} w/ hip fx s/p ORIF {{DATE:5/10}}.
Passport # {{ID:YA4471928}}; travel insurer case # {{ID:TI-2024-IT-55813}} (claims fax {{FAX:610-555-0188}}).
Son {{NAME:Daniel Farrow}} ({{PHONE:610-555-0104}}, {{EMAIL:dfarrow.home@letterbox.example}}) at {{ADDRESS:9 Old Gulph Rd}} hosting; daughter {{NAME:Chiara Benedetti}} in {{LOCATION:Bologna}} ({{PHONE:+39 051 555 0177}}).
Options reviewed: (a) SNF rehab here - {{FACILITY:Main Line Rehab & Nursing}} accepted, but uninsured in US except travel policy; (b) medical escort flight to {{LOCATION:Milan}} when fit-to-fly (ortho {{NAME:Montague}} est. 2 wk) then rehab at {{FACILITY:Casa di Cura Santa Lucia dei Colli}} near {{LOCATION:Modena}}.
Family chose (b); travel insurer arranging escort nurse. Pt to stay with son w/ {{FACILITY:Delaware Valley Home Health}} PT until flight.
Pt's records shared via secure link {{URL:https://records-share.harborpoint.example/r/7T9Q-GBF}} (expires 30 d).
{{NAME:Brian Koenig}}, RN CM`,
  `ELOPEMENT / MISSING PATIENT NOTE
{{DATE:2/3/2024}} 0415   {{FACILITY:Castellano 6}} rm 611
Pt {{NAME:Reginald}} "{{NAME:Reggie}}" {{NAME:Tolliver}}, 71M, MRN {{MRN:M0099120}}, admitted {{DATE:1/31}} w/ hepatic encephalopathy (improving, A&Ox2 at 0000). On 1:1? No - fall precautions only.
0350 RN {{NAME:Odalys Fuentes}} found room empty, IV cut, gown on bed. Unit and stairwells searched. Code Amber (missing adult) called 0358.
Security reviewed camera: pt left via {{FACILITY:Rutherford Garage}} exit at 0331 in street clothes, got into his own car - dark green pickup, IL plate {{VEHICLE:2291 LX}} - parked on level 2 since admission.
Police ({{LOCATION:Joliet}}) notified 0410; report # {{ID:JPD-24-02031}}; officer {{NAME:Kaminski}}. Vehicle description and pt's registration photo ({{PHOTO:REG_M0099120_FACE.jpg}}) provided.
Wife {{NAME:Loretta Tolliver}} called at {{PHONE:815-555-0126}} - no answer; LVM. Son {{NAME:Deshawn}} reached at {{PHONE:815-555-0171}}: pt "hates hospitals," may drive to their home at {{ADDRESS:1406 Cass St}} or to his brother's farm near {{LOCATION:Manhattan}}, IL.
Attending Dr. {{NAME:Onyekachi Eze}} and nursing supervisor {{NAME:Rita Blankenship}} aware. Incident report {{ID:IR-24-02-0113}}.
Update 0520: police located pt at home, confused but well; EMS returning him.
{{NAME:O. Fuentes}}, RN`,
  `NURSING DISCHARGE NOTE
{{DATE:05/15/2024 11:40}}  {{FACILITY:Tallmadge 4}} rm 409
Pt {{NAME:Ruben Ocasio}} discharged home w/ wife {{NAME:Carmen}}. ID band checked against palm-vein verification at discharge ({{BIOMETRIC:PV-TMP-0051187}}).
PIV L forearm removed, catheter intact, no bleeding. Tele box returned.
Education (teach-back done w/ pt and wife, Spanish interpreter {{NAME:Lourdes}} #{{ID:SP-4091}}): HF diet 2 g Na, daily weights (call if +2 lb/day or +5 lb/wk), new meds furosemide/spironolactone, home O2 safety (no smoking - pt quit {{DATE:4/2024}}), walker use.
Equipment: hospital bed delivered by {{FACILITY:Keystone Medical Equipment}} this AM per wife; O2 concentrator in place, portable tank for ride.
Appointments given in writing: HF clinic {{DATE:5/21}}, PCP Dr. {{NAME:Winterbourne}} {{DATE:5/28}}.
Home health ({{FACILITY:Pioneer Valley Home Care}}) first visit {{DATE:5/16}}.
Belongings returned incl. wallet and phone. Pt left by wheelchair to main lobby; wife drove (van plate {{VEHICLE:8RK 441}}).
Meds-to-beds: 5 Rx filled at {{FACILITY:Harbor Point Outpatient Pharmacy}}, receipt {{ACCOUNT:HPOP-7730192}}.
{{NAME:Marisela Quintanilla}}, RN`,
  `CODE BLUE RECORD / DEATH NOTE
{{DATE:12/19/2023}}   {{FACILITY:Sterling-Hayes 6 West}} rm 604   Pt {{NAME:Horace Ambrose Okafor-Lind}}, 58M, MRN {{MRN:7709431}}, SSN on face sheet {{SSN:318-52-7760}}.
0212 found pulseless by RN {{NAME:Esther Kim}}; code called 0213.
0214 CPR started; pads on - PEA.
0216 epi 1 mg; ETT by anesthesia ({{NAME:Farooqui}}) 0219.
0222 VF -> shock 200 J; 0224 amio 300.
0230 bedside echo (Dr. {{NAME:Petrakis}}): RV dilated, suspected massive PE -> alteplase 50 mg at 0232.
0233-0255 PEA/asystole cycles, epi q3-5 min x7.
0256 code ended by team leader Dr. {{NAME:Petrakis}} after 43 min w/o ROSC. Time of death {{DATE:12/19/2023 02:56}}.
Family: wife {{NAME:Ingrid Lind}} notified at {{PHONE:337-555-0158}} at 0305 by Dr. {{NAME:Cardenas}}; she and brother {{NAME:Kwesi}} arrived 0350. Chaplain {{NAME:Oyelowo}} present.
ME notified (unexpected in-hospital death): accepted, case {{ID:LPME-23-1219-02}}. Lines/tubes left in place.
OPO referral # {{ID:LOPA-231219-08}} - tissue only.
Code recorder {{NAME:Jamal Whitby}}, RN`,
];

export const HELDOUT_REALISTIC_86_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout86-${i + 1}`, n));
