// A ninety-second held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses come
// from the documentation ranges; e-mail and web addresses use example domains; real towns and cities
// are used only as places). It leans towards diagnostic services and transcription: radiology
// reports with comparison studies, accession and order numbers, ordering, reading and teleradiology
// physicians and "dictated/transcribed" footers with initials and job numbers; cardiology reports
// (TTE/TEE, cath, Holter, mobile telemetry, stress, tilt, CPET, EP, device interrogations with
// pacemaker, ICD, lead and loop-recorder serials); endoscopy, capsule and motility studies;
// pulmonary function and sleep studies; EEG/EMG; audiology and cochlear-implant mapping;
// ophthalmology imaging; pathology and cytology addenda and amended reports; OCR'd faxed referral,
// transfer and result pages (fax headers with numbers, timestamps and page counts, broken lines,
// O/0, l/1 and I/1 confusions, identifiers split across lines); all-caps teleradiology reads;
// outside-image uploads with URLs and IP addresses, PACS links, imaging-center and vendor names,
// technologists, patient addresses and phones in headers, insurance, claim and account numbers,
// ages over 89 (91, 094Y, NINETY-NINE) and dates in every style (03/14/2024, 3-14-24, 20240314,
// 2024-03-14T08:41:17Z, 14-MAR-2024, 14/Mar/2024, 10.03.2024, Thu 03/14/2024, March 14th 2024, 3/14,
// Jan 2021, "January second"). Noise that is not PHI: eponyms and scales (Baker's cyst, Schatzki
// ring, Barrett's, Savary-Gilliard, Bosniak, BI-RADS, TI-RADS, Lung-RADS, CAD-RADS, Fleischner,
// Lugano/Deauville, Mobitz, Wenckebach, Simpson's, Bruce, Duke, Murphy, Hashimoto, Nottingham,
// Bethesda, Chicago, Lyon, DeMeester, Toupet, Weber, Rinne, Dix-Hallpike, Meniere, Zenker, Chiari,
// Valsalva, Hoffa, Heidelberg, Shaffer, Goldmann, Humphrey, Amsler, Snellen, Hadlock, Mallampati,
// Epworth, Cheyne-Stokes, Lake Louise), measurements, doses of contrast and radiotracer, device model
// names and model numbers without serials, lot numbers and their expiry, CLIA and CPT codes, vertebral
// levels (L4-5, L5-S1, T7-T9), EEG electrodes, clock positions (2 o'clock, 10:00), rooms, suites,
// scanners, workstation and kiosk names, payer names, and clock times alone.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-19 final engine
// (c870338) 0.9775 / 0.9633; pass-20 engine with its first two rules (5458fd8, made without this set) 0.9783 / 0.9633.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
//
// Annotation follows the README guideline and the conventions of heldout-realistic-72.ts, briefly:
// titles, credentials and honorifics (Dr., Ms., Capt., MD, RDCS, RPSGT, Au.D., RT(R)) and kin terms
// and newborn labels (daughter, Baby girl) stay outside NAME spans; trauma aliases (TRAUMA, QUEBEC)
// are NAME; a time attached to a full date is inside the DATE span, a time next to a month/day
// without a year stays outside ([3/11] 10:42), clock times alone are not PHI; a weekday written with
// a date is part of it; a month/day without a year, a month with a year and compact all-digit dates
// are DATE; a year alone and a season with a year are not; an age over 89 is AGE however written
// ([94]M, [090]Y, [NINETY-NINE]), ages of 89 and under are not; first names, last names alone and
// initials standing for a person (incl. typist and signer initials) are NAME, one span per
// occurrence; payers and state or federal agencies are not PHI; schools, employers, labs, transport,
// home-care, hospice and DME suppliers are FACILITY; member and Medicare/Medicaid numbers are
// HEALTH_PLAN; billing, claim and FIN numbers are ACCOUNT; NPI, state licences and driver's licences
// are LICENSE; plates and VINs are VEHICLE; implant, pump, port, sensor and CPAP serials are DEVICE;
// accession, order, authorization, requisition, case and employee numbers are ID; short in-house
// extensions are PHONE; a highway mile marker where a person was is ADDRESS; a city abroad is
// LOCATION; states and countries are not PHI; a face photo's file name is PHOTO; palm-vein,
// fingerprint and voiceprint template numbers are BIOMETRIC.
// Added for this set: a name written LAST, FIRST or in DICOM form (MORALES^ESTEBAN^J) is one NAME
// span; an identifier misread by OCR (O for 0, l for 1, I for 1) is annotated as what it stands for,
// confused characters included, and one broken across a line break by layout or OCR is one span that
// includes the break; in fax headers the timestamp is DATE (with its time), the sender's and
// recipient's numbers are FAX, the sending and receiving facilities are FACILITY, and page counts
// (P.OO1/OO3, PAGE 01 OF 04) are not PHI; in dictation footers each D:/T: date is DATE, each set of
// dictator and typist initials is NAME ([RA]/[tlm]) and the job number is ID; accession, study,
// report, order, import-ticket, peer-review, enrollment, consult, screening-confirmation, Medicaid
// application and interpreter numbers are ID, and a DICOM patient ID (PID) is MRN; an MRN or a date
// spoken in a dictation ("zero zero zero ...", "January second") is MRN or DATE; a whole PACS,
// portal or share link is one URL span even when it carries an accession; pacemaker, ICD, CRT-D,
// lead, loop-recorder, leadless-pacemaker, remote-transmitter, neurostimulator, cochlear-implant,
// sound-processor, hearing-aid, Holter/ABPM/telemetry-patch and sleep-recorder serials are DEVICE,
// while model names and numbers (Azure XT DR, G447, 5076, LNQ11) are not; insurer group numbers are
// HEALTH_PLAN; workers' compensation claim, copay receipt and encounter numbers are ACCOUNT; an
// NRCME registry number and a CDL are LICENSE; an imaging center with its site or department
// (Larkmere Imaging - North) is one FACILITY span, while generic units (echo lab, Cath Lab 2, EMU,
// IR suite 2, 6 West, kiosk 3) are not PHI; a clinical photograph's file name is PHOTO when the
// picture shows the face (full face, profile, a facial lesion); a date written abroad in day-first
// order (15/08/1958, 10.03.2024) is DATE like any other; an AFIS record number is BIOMETRIC.
// Not yet run through any engine. Written by a helper that read only the README's types and
// guideline, set 72's header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:RIDGEWATCH TELERADIOLOGY}} - FINAL REPORT
PATIENT: {{NAME:OKONKWO, CHINEDU A}}   DOB: {{DATE:07/22/1958}}   MRN: {{MRN:RM40071852}}
ACCESSION: {{ID:CT24-0918833}}   EXAM DATE: {{DATE:03/14/2024 02:47}}
ORDERING: {{NAME:HALVERSEN, KRISTIN}} MD, {{FACILITY:PLANTAGENET COMMUNITY HOSPITAL}} ED, {{LOCATION:BEMIDJI}} MN
EXAM: CT ANGIOGRAM CHEST (OMNIPAQUE 350, 75 ML IV)
COMPARISON: CT CHEST {{DATE:09/02/2022}}; CHEST RADIOGRAPH {{DATE:03/13/2024}}.
FINDINGS: NO FILLING DEFECT IN THE MAIN, LOBAR OR SEGMENTAL PULMONARY ARTERIES. RV/LV RATIO 0.8. 6 MM SOLID NODULE RIGHT UPPER LOBE (SERIES 4, IMAGE 61), UNCHANGED SINCE 2022. SMALL HIATAL HERNIA. MILD DEGENERATIVE CHANGE T7-T9. NO ACUTE FRACTURE.
IMPRESSION:
1. NO PULMONARY EMBOLISM.
2. STABLE 6 MM RUL NODULE; PER FLEISCHNER SOCIETY GUIDELINES NO FURTHER FOLLOW-UP IF LOW RISK.
PRELIMINARY READ DISCUSSED WITH DR. {{NAME:HALVERSEN}} AT 0312 VIA {{PHONE:218-555-0164}}.
ELECTRONICALLY SIGNED: {{NAME:PRAKASH VEMURI}}, MD  {{DATE:03/14/2024 03:15}}  NPI {{LICENSE:1487302295}}
READ FROM REMOTE WORKSTATION RTR-4 ({{IP:203.0.113.58}})`,
  `{{FACILITY:Quarry Hill Heart & Vascular}} - Echocardiography Laboratory
TRANSTHORACIC ECHOCARDIOGRAM
Patient: {{NAME:Marguerite Delacroix-Bell}}    Age: {{AGE:91}}    Sex: F    DOB: {{DATE:11/30/1932}}
MRN: {{MRN:00731946}}   Acct: {{ACCOUNT:HA2024031187}}   Study date: {{DATE:Mar 14, 2024}}
Referring: {{NAME:Tomasz Wierzbicki}}, DO   Sonographer: {{NAME:Keisha Arrington}}, RDCS
Indication: dyspnea on exertion, new murmur. Ht 157 cm, Wt 54 kg, BSA 1.53 m2, BP 148/62, HR 71.
Findings: LV normal size, LVEF 60-65% by Simpson's biplane. Grade I diastolic dysfunction (E/A 0.7, average E/e' 13). Aortic valve heavily calcified: peak velocity 4.3 m/s, mean gradient 44 mmHg, AVA 0.8 cm2 by continuity equation, DVI 0.23. Mild mitral annular calcification. RVSP 38 mmHg. No pericardial effusion.
Comparison: prior TTE at {{FACILITY:St. Osric Hospital}} dated {{DATE:6/18/2021}} showed moderate AS (mean gradient 28 mmHg).
Conclusion: progression to severe calcific aortic stenosis. Recommend structural heart referral for TAVR evaluation.
Interpreting physician: {{NAME:Ifeoma Nwachukwu}}, MD, FASE   Signed {{DATE:03/14/2024 16:22}}
Questions: echo reading room ext {{PHONE:4-7720}}.`,
  `{{DATE:O3/l1/2O24 14:O7}}  FR0M: {{FAX:7O1 555 O187}}  {{FACILITY:PRAIRIE R0SE FAMILY CLlNIC}}        P.OO1/OO3
T0: {{FACILITY:Halvorsen Sleep Dis0rders Center}}   FAX {{FAX:(7O1) 555-O112}}
SLEEP MEDlCINE REFERRAL
Pt name: {{NAME:Gunderson, Arlo}}      D0B: {{DATE:O4/O9/1961}}
Address: {{ADDRESS:1l20 4th Ave NW}}, {{LOCATION:Minot}}, ND {{ZIP:587O3}}
Home ph: {{PHONE:(7O1) 555-Ol43}}     Cell: {{PHONE:7Ol-555-0l98}}
lnsurance: Dakota Prairie Health Plan   Member lD: {{HEALTH_PLAN:DPH 8O41 22
773}}
Reason: loud sn0ring, witnessed apneas, ESS l6/24, BMl 38, neck 45 cm. Commercial driver, CDL# {{LICENSE:GUN61O422}}.
Requesting in-lab PSG with split night if AHI >= 15. PMH: HTN, paroxysmal AFib on apixaban, GERD.
Referring: {{NAME:Bethany Skarsgard}}, FNP-C    NPl {{LICENSE:16O9883412}}
Please fax results to {{FAX:7O1-555-O187}}  Attn: {{NAME:Lorna}}
CONFlDENTlALlTY N0TlCE: This facsimile may contain protected health inf0rmation. If received in err0r, notify the sender and destroy all pages.`,
  `Device Clinic - In-office Interrogation
{{FACILITY:Three Forks Heart Rhythm Clinic}}, {{ADDRESS:2250 Stadium Dr, Suite 310}}, {{LOCATION:Bozeman}}, MT {{ZIP:59715}}
Patient: {{NAME:Wilhelmina Oyelaran}}   DOB {{DATE:1931-02-05}} ({{AGE:93}} y)   MRN {{MRN:TF-0092217}}
Date of check: {{DATE:2024-03-14}}   Industry rep present: {{NAME:Dustin Kreider}}
Device: dual-chamber pacemaker, Medtronic Azure XT DR MRI SureScan, implanted {{DATE:08/2019}} by Dr. {{NAME:Esperanza Villarreal}} for sick sinus syndrome.
Generator SN {{DEVICE:RNB612887S}}
RA lead 5076-52 cm SN {{DEVICE:PJN7741203}}    RV lead 5076-58 cm SN {{DEVICE:PJN7741968}}
Battery 8.1 yrs to RRT. Mode DDDR 60/130, MVP on. AP 38%, VP 2%.
Thresholds RA 0.75 V @ 0.4 ms, RV 0.5 V @ 0.4 ms. Sensing P 2.8 mV, R 11.2 mV. Impedance RA 456, RV 532 ohms.
Episodes: 3 AHR episodes, longest 4 min on {{DATE:2/27}} at 0214, AF burden <0.1%. Pacemaker Wenckebach at upper tracking rate seen once during exercise.
Remote monitoring: CareLink transmitter {{DEVICE:TRM4418820}} paired; next remote {{DATE:06/13/2024}}.
Plan: no changes. Questions to clinic RN {{NAME:Pauline}}, ext {{PHONE:3391}}.`,
  `{{FACILITY:Orchard Valley Endoscopy Center}}
Procedure: EGD with biopsy and dilation      Date: {{DATE:Thursday, March 14, 2024}}
Patient: {{NAME:Rafael Quintanilla-Ortiz}}   MRN {{MRN:OV3318420}}   DOB {{DATE:5/17/1966}}
Endoscopist: {{NAME:Harriet Lindqvist}}, MD    Sedation: MAC by {{NAME:Sunil Ramaswamy}}, CRNA    RN: {{NAME:Colette Fournier}}
Referring: Dr. {{NAME:Beaulieu}}, {{FACILITY:Messalonskee Internal Medicine}}
Indication: long-standing GERD, dysphagia to solids, surveillance of Barrett's esophagus (last EGD {{DATE:Jan 2021}}).
Findings:
- Schatzki ring at 38 cm, dilated with 54 Fr Savary-Gilliard bougie, mild heme.
- Salmon-colored mucosa, Prague C2M4, no nodularity. Biopsies per Seattle protocol (jars 1-3).
- LA grade B esophagitis. Small hiatal hernia, Hill grade III.
- Stomach and duodenum normal; cold biopsies for H. pylori (jar 4).
Specimens to {{FACILITY:Bramblewood Pathology Associates}}, requisition {{ID:BPA-24-118307}}.
Recommendations: PPI twice daily, soft diet today, repeat EGD in 3 years pending pathology. Wife {{NAME:Marisol}} is driver today. Results call to {{PHONE:(207) 555-0129}}.
Report copied to {{EMAIL:referrals@msim.example.org}}.`,
  `PULMONARY FUNCTION LABORATORY - {{FACILITY:Cedar Notch Regional Medical Center}}
Name: {{NAME:Abernathy, Clarence J}}   MRN: {{MRN:10448273}}   Acct: {{ACCOUNT:4410093378}}   Test date: {{DATE:14-MAR-2024}}
DOB: {{DATE:12/01/1933}}   Age: {{AGE:90}}   Sex: M   Ht 170 cm   Wt 66 kg   Reference: GLI Global
Technician: {{NAME:R. Tillotson}}, RRT    Ordering: {{NAME:Anjali Deshpande}}, MD
Spirometry pre/post albuterol 360 mcg: FVC 2.41 L (71%) / 2.52 L; FEV1 1.38 L (55%) / 1.49 L (+8%); FEV1/FVC 0.57 / 0.59 (LLN 0.63).
Lung volumes (plethysmography): TLC 108%, RV 152%, RV/TLC 61%.
DLCO 9.8 mL/min/mmHg (46%), corrected for Hb 12.1. Quality: ATS/ERS grade A.
Interpretation: moderate obstruction without significant bronchodilator response; hyperinflation and air trapping; moderately reduced DLCO, consistent with emphysema. Compared with study of {{DATE:02/07/2022}}, FEV1 has declined 190 mL.
6-minute walk scheduled {{DATE:3/21}}.
Interpreted by {{NAME:Moshe Abramowitz}}, MD on {{DATE:3/15/24}}.
Copy to {{FACILITY:Wapsipinicon Clinic}}, fax {{FAX:319-555-0176}}`,
  `48-HOUR HOLTER MONITOR REPORT
Patient: {{NAME:Yusuf Al-Haddad}}   DOB: {{DATE:09-Oct-1979}}   MRN: {{MRN:55-20-1187}}   Ph {{PHONE:337-555-0110}}
Insurance ID: {{HEALTH_PLAN:GLF448120937}}
Hookup: {{DATE:3/11}} 10:42 by {{NAME:Tiana Broussard}}, CCT    Recorder SN: {{DEVICE:H3R-0072615}}
Ordering: {{NAME:Grace Olumide}}, NP, {{FACILITY:Vermilion Bend Cardiology}}, {{LOCATION:Lafayette}}
Analyzed time 47 h 38 min. Predominant rhythm sinus; HR min 41 (asleep, 03:12), max 138, average 72.
Ventricular ectopy: 2,114 PVCs (1.1%), unifocal; 6 couplets; one 4-beat run of NSVT on {{DATE:3/12}} at 15:20.
Supraventricular: 412 PACs, 3 brief runs of SVT, longest 9 beats.
AV conduction: episodes of Mobitz type I (Wenckebach) second-degree AV block during sleep, longest pause 2.4 s at 02:48. No Mobitz II, no complete heart block.
Diary: "fluttering" at 15:20 correlates with NSVT; "dizzy" at 08:05 corresponds to sinus rhythm.
Impression: low PVC burden; nocturnal Wenckebach, likely vagal. No high-grade block.
Read by {{NAME:Lucien Thibodeaux}}, MD  {{DATE:03/13/2024}}
Scanned by {{NAME:KB}}   Report # {{ID:HOL-24-03391}}`,
  `{{FACILITY:Brightwater Diagnostic Imaging}} - Breast Center
{{ADDRESS:901 Harbor View Rd}}, {{LOCATION:Bellingham}}, WA {{ZIP:98225}}   Tel {{PHONE:(360) 555-0131}}   Fax {{FAX:(360) 555-0132}}
DIAGNOSTIC MAMMOGRAM LEFT AND LEFT BREAST ULTRASOUND
Patient: {{NAME:Soraya Haddadi}}   DOB {{DATE:02/28/1972}}   MRN {{MRN:BDI-8830127}}   Acc {{ID:MG2403140062}}
Exam date: {{DATE:03/14/2024}}   Referring: {{NAME:Paulette Szymanski}}, MD
History: palpable lump left breast 2 o'clock, noticed 3 weeks ago.
Comparison: screening mammograms {{DATE:01/09/2023}} and {{DATE:12/20/2021}}.
Breast composition: heterogeneously dense (C).
Findings: At the palpable marker, an irregular hypoechoic mass at 2:00, 4 cm from the nipple, 1.4 x 1.1 x 1.2 cm, angular margins, posterior shadowing. No suspicious axillary nodes.
IMPRESSION: Suspicious for malignancy. BI-RADS 4C. US-guided core biopsy recommended, scheduled {{DATE:3/19}}.
Results discussed with patient in person by Dr. {{NAME:Ingrid Solvang}}.
Technologist: {{NAME:Meadow Carrasco}}, RT(R)(M)`,
  `OUTSIDE IMAGE IMPORT - SECOND OPINION READ
Images received via upload portal {{URL:https://share.larkmereimaging.example.com/u/7Fq2kRz9}} from {{IP:198.51.100.23}} on {{DATE:2024-03-14T08:41:17Z}}.
Originating facility: {{FACILITY:Clinica Miravalle Norte}}, {{LOCATION:Guadalajara}}, Jalisco, Mexico.
Patient in DICOM header: {{NAME:MORALES^ESTEBAN^J}}, PID {{MRN:CMN-772104}}, age {{AGE:090}}Y
Local patient: {{NAME:Esteban J. Morales}}, MRN {{MRN:LK00412876}}, DOB {{DATE:01/06/1934}}.
Studies: CT head without contrast dated {{DATE:10.03.2024}} (DD.MM.YYYY per header); MRI brain {{DATE:11.03.2024}}.
Reconciled by PACS analyst {{NAME:Derek Yamaguchi}}, import ticket {{ID:IMP-2024-05581}}. Viewable at {{URL:https://pacs.larkmereimaging.example.com/viewer?acc=OS24031400188}}
Read: Large left MCA territory infarct, subacute, with petechial hemorrhagic transformation (Heidelberg HI1). No midline shift. Moderate chronic small-vessel disease. MRI confirms restricted diffusion in the same territory; no new infarcts.
Reading radiologist: {{NAME:Naomi Feldstein}}, MD, {{DATE:03/14/2024 11:05}}`,
  `{{FACILITY:Bramblewood Pathology Associates}}
SURGICAL PATHOLOGY REPORT - ADDENDUM #1
Case: {{ID:S24-04417}}   Patient: {{NAME:Whitfield, Eleanor Grace}}   DOB: {{DATE:8/3/1955}}   MRN: {{MRN:CR-2284015}}
Collected: {{DATE:03/07/2024}}   Received: {{DATE:03/07/2024}}   Addendum: {{DATE:03/14/2024 10:12}}
Submitting physician: {{NAME:Oluwaseun Adeyemi}}, MD ({{FACILITY:Cedar Notch Regional Medical Center}})
Specimen: right breast, 10:00, US-guided core biopsy.
Original diagnosis: invasive ductal carcinoma, Nottingham grade 2 (3+2+2).
ADDENDUM: Biomarker studies on block A1: ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 2+ (equivocal). HER2 FISH sent to {{FACILITY:Keystone Ridge Molecular Laboratory}}, reference {{ID:KML-0088152}}. Ki-67 approximately 22%. Controls appropriate. CLIA 39D2087154.
Addendum pathologist: {{NAME:Bartholomew Ng}}, MD    Phone {{PHONE:(570) 555-0148}}
Results called to {{NAME:Yvette}} in Dr. {{NAME:Adeyemi}}'s office {{DATE:3/14/24 10:30}}.`,
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:Mercy Hollow Heart Institute}} - Cath Lab 2
Pt: {{NAME:Dmitri Volkonsky}}   {{AGE:94}}M   MRN {{MRN:MH-3310928}}   FIN {{ACCOUNT:880021457731}}
Date/time: {{DATE:03/14/24 07:58}}
Operator: {{NAME:Rosalind Achebe}}, MD   Fellow: {{NAME:Kwame Boateng}}, MD   Scrub: {{NAME:J. Pettigrew}}, RCIS
Access: right radial 6 Fr; heparin 5000 U, verapamil 2.5 mg IA. Contrast Visipaque 110 mL. Fluoro 9.4 min, air kerma 612 mGy.
Coronaries: LM normal. LAD 90% proximal, heavily calcified. LCx 40% mid. RCA dominant, 70% mid.
LV gram deferred (Cr 1.6). LVEDP 18 mmHg.
Intervention: intravascular lithotripsy (3.0 x 12 mm) to proximal LAD, then DES 3.0 x 28 mm, post-dilated 3.5 NC. Final TIMI 3 flow, 0% residual. Stent lot 3112541, exp 08/2026.
Complications: none. TR band applied 08:52.
Plan: DAPT (aspirin + ticagrelor) x 12 months; staged RCA PCI to be discussed. Daughter {{NAME:Natasha}} ({{PHONE:(502) 555-0117}}) updated at bedside.
Referring: Dr. {{NAME:Harlan Pruitt}}, {{FACILITY:Knobs Country Family Medicine}}
Dictated {{DATE:3/14/2024 09:20}}   {{NAME:RA}}/{{NAME:tlm}}   Job {{ID:4471902}}`,
  `{{FACILITY:Halvorsen Sleep Disorders Center}} - POLYSOMNOGRAPHY REPORT (SPLIT NIGHT)
Patient: {{NAME:Arlo Gunderson}}   DOB: {{DATE:04/09/1961}}   MRN: {{MRN:HSD-204417}}
Home: {{LOCATION:Minot}}, ND   Cell {{PHONE:701-555-0198}}
Study night: {{DATE:03/18/2024}}   Lights off 22:14, lights on 05:32
Night tech: {{NAME:Cody Lindgren}}, RPSGT   Scored by: {{NAME:Priya Ramachandran}}, RPSGT
Referring: {{NAME:Bethany Skarsgard}}, FNP-C
BMI 38.2, neck 45 cm, Epworth 16, Mallampati IV.
Diagnostic portion (TST 2 h 41 min): AHI 52.4/h (AASM 4% rule), supine AHI 71, REM AHI 64. Nadir SpO2 74%, T90 31 min.
Titration: CPAP 5 to 13 cm H2O; at 12 cm AHI 3.1 including supine REM. Full-face mask, medium.
PLM index 8/h. ECG: sinus rhythm with occasional PVCs, no AF captured.
Diagnosis: severe obstructive sleep apnea (G47.33).
Plan: auto-CPAP 10-15 cm H2O. DME: {{FACILITY:Souris Loop Home Medical}}, order {{ID:NPHM-55820}}. Unit issued: AirSense 11 AutoSet SN {{DEVICE:23241588702}}. Compliance download at follow-up {{DATE:April 22}}. Drowsy-driving counseling given (CDL holder).
Interpreting physician: {{NAME:Solveig Haugen}}, MD, D-ABSM    {{DATE:3/20/2024}}`,
  `{{FACILITY:Ellery Neurodiagnostics}} - ROUTINE EEG REPORT
Name: {{NAME:Bianca Ferreira-Nakamura}}   Age 34   MRN {{MRN:EN0071632}}   EEG # {{ID:E24-0611}}
Date: {{DATE:March 14th, 2024}}   Technologist: {{NAME:Horace Quaye}}, R. EEG T.
Referring: {{NAME:Adaeze Okafor}}, MD, neurology, {{FACILITY:Tamarisk Bend Medical Group}}
Medications: levetiracetam 750 mg BID.
History: two witnessed generalized convulsions, most recent {{DATE:3/2}}; first at age 33. Mother {{NAME:Lucia}} gave history by phone, {{PHONE:(315) 555-0139}}.
Technique: 21 electrodes, International 10-20 system, 1-channel ECG, video. Duration 28 min. Hyperventilation 3 min; photic stimulation 1-30 Hz.
Background: posterior dominant rhythm 10 Hz, reactive to eye opening. Stage N2 sleep with spindles and vertex waves.
Abnormalities: frequent left temporal sharp waves, maximal F7/T3, activated in drowsiness. One 6-second run of rhythmic theta at T3 without clinical correlate.
Impression: abnormal EEG due to left temporal epileptiform discharges, supporting a focal epilepsy. No electrographic seizures recorded.
Reader: {{NAME:Gideon Marchetti}}, MD    {{DATE:03/14/2024}}
Transcribed by {{NAME:lrp}} {{DATE:03/15/2024 08:02}}`,
  `ELECTRODIAGNOSTIC CONSULTATION (NCS/EMG)
Patient: {{NAME:Haskell, Norbert}}   DOB {{DATE:06/12/1933}}   Age {{AGE:90}}   MRN {{MRN:556120}}   Acct {{ACCOUNT:V00182274}}
Medicare MBI: {{HEALTH_PLAN:4TR9-JK1-WX62}}
Date of study: {{DATE:3-14-2024}}   EMG lab, {{FACILITY:Tamarisk Bend Medical Group}}, {{LOCATION:Utica}}
Referring: Dr. {{NAME:Magdalena Kowalczyk}}, for numbness of both hands, worse right, and right foot drop. Son {{NAME:Rupert}} drove him from {{LOCATION:Herkimer}}.
NCS: Right median sensory absent; median motor distal latency 7.2 ms, amplitude 2.1 mV, CV 44 m/s. Ulnar sensory 8 uV. Right peroneal motor to EDB 0.4 mV, CV 36 m/s, conduction block across the fibular head. Sural 3 uV bilaterally.
Needle EMG: right tibialis anterior fibrillations 2+, reduced recruitment; short head biceps femoris normal; L5 paraspinals normal. Right APB fibrillations 1+.
Impression:
1. Severe right median neuropathy at the wrist (carpal tunnel syndrome).
2. Right peroneal neuropathy at the fibular head with partial conduction block.
3. Mild length-dependent sensory polyneuropathy.
No evidence of L5 radiculopathy despite L4-5 disc bulge on MRI {{DATE:Feb 2024}}.
{{NAME:Farrukh Tashkentov}}, MD   Electronically signed {{DATE:03/14/2024 15:48}}`,
  `{{FACILITY:Tamarisk Bend Audiology & Hearing}}
AUDIOLOGIC EVALUATION AND HEARING AID CHECK
Patient: {{NAME:Theodora Papadakis}}   DOB {{DATE:1929-07-19}}   Age {{AGE:94}}
Visit: {{DATE:14 Mar 2024}}   Audiologist: {{NAME:Miriam Castellanos}}, Au.D., CCC-A
Referred by Dr. {{NAME:Gareth Llewellyn}}
Otoscopy: clear canals. Tympanometry: type A right, type As left.
Pure tones: moderate-to-severe sloping sensorineural loss bilaterally, PTA R 58 dB HL, L 62 dB HL. Word recognition 68% R, 56% L at MCL. Weber midline; Rinne AC>BC bilaterally.
Current aids: receiver-in-canal, fitted 2019. R SN {{DEVICE:2218A04417}}, L SN {{DEVICE:2218A04422}}. Right receiver dead; replaced under warranty. Reprogrammed to NAL-NL2, verified with real-ear measures.
Recommend new binaural aids with telecoil; does not meet cochlear implant criteria at this time.
Residence: {{FACILITY:Lindenmere Court Assisted Living}}, {{ADDRESS:77 Orchard St, Apt 214}}, {{LOCATION:Nashua}}, NH {{ZIP:03060}}
Caregiver: niece {{NAME:Daphne Koutsoukos}}, {{PHONE:603-555-0152}}, {{EMAIL:daphne.k@example.net}}`,
  `{{FACILITY:Kessler-Marsh Eye Institute}} - RETINA IMAGING REPORT
Patient: {{NAME:Augustin Baptiste}}   DOB {{DATE:12/24/1947}}   MRN {{MRN:KM-0440619}}
Imaging date: {{DATE:03/14/2024}}   Photographer: {{NAME:Lin Zhao}}, COA, CRA
Tests: SD-OCT macula OU, widefield fundus photos, fundus autofluorescence OU.
VA 20/60 OD, 20/30 OS (Snellen). IOP 15/16 (Goldmann applanation).
OCT OD: subretinal fluid and fibrovascular PED, CST 412 um (298 um on {{DATE:01/17/2024}}). OS: soft drusen, no fluid, CST 271 um.
Impression: neovascular AMD OD, active; intermediate AMD OS. Amsler grid given.
Plan: intravitreal aflibercept 2 mg OD today; return in 4 weeks ({{DATE:4/11}}).
External full-face photograph for ptosis documentation saved as {{PHOTO:EXT_BAPTISTE_20240314_01.jpg}}.
Images archived at {{URL:https://forum.kmeye.example.org/study/5521874}}; acquisition workstation {{IP:192.0.2.141}}.
Retina attending: {{NAME:Seraphina Dahl}}, MD
Referral source: {{NAME:Ogden Pryce}}, OD, {{FACILITY:Pryce Family Eyecare}}, {{LOCATION:Kingsport}}`,
  `MYOCARDIAL PERFUSION IMAGING (Tc-99m sestamibi, 1-day rest/stress)
{{FACILITY:Copperfield Medical Imaging}}, {{LOCATION:Joplin}}, MO
Patient: {{NAME:Lorraine Whitecloud}}   DOB {{DATE:3/3/1957}}   MRN {{MRN:CMI2281734}}   Acc {{ID:NM24-03-1417}}
Date: {{DATE:Thu 03/14/2024}}   Ordering: {{NAME:Ezekiel Mbeki}}, MD
Protocol: Bruce treadmill 7:12 min, stage III, 10.1 METs. Peak HR 151 (93% MPHR); BP 132/78 to 188/84. Duke treadmill score +5.
Doses: rest 10.4 mCi, stress 31.2 mCi.
ECG: 1 mm horizontal ST depression II, III, aVF at peak, resolved by 3 min of recovery. No arrhythmia.
Images: small, mild, reversible inferolateral defect (SSS 4, SRS 0, SDS 4). Gated EF 62%, TID 1.02.
Impression: low-to-intermediate risk study with mild inferolateral ischemia.
Nuclear tech: {{NAME:Bryce Halloway}}, CNMT   Exercise supervised by {{NAME:Aiyana Redhorse}}, PA-C
Read by {{NAME:Cornelius Vandermeer}}, MD  {{DATE:03/14/2024 14:10}}
D: {{DATE:03/14/2024}}  T: {{DATE:03/15/2024}}  {{NAME:CV}}/{{NAME:dph}}  Job#: {{ID:880172}}`,
  `{{DATE:Mar-14-2O24 O9:51A}}   {{FACILITY:Sunrise Mesa lmaging}}          {{FAX:5O5-555-O171}}          p.2
PATlENT: {{NAME:BEGAY, L0RETTA}}     MRN: {{MRN:SM-O0
9128}}
ADDR: {{ADDRESS:HC 61 B0x 4O7}}, {{LOCATION:Thoreau}}, NM {{ZIP:87323}}
EXAM: US ABD0MEN C0MPLETE        DATE 0F SERVICE: {{DATE:O3/13/2O24}}
REF PHYS: {{NAME:0TERO, FAUSTlN0}} MD   {{FACILITY:Puerco Valley Health Center}}, {{LOCATION:Gallup}}
FlNDlNGS: Liver 17.1 cm, coarsened echotexture, no focal lesion. Gallbladder with multiple shadowing stones, largest 1.9 cm; wall 2 mm; negative sonographic Murphy sign. CBD 4 mm. Pancreas partly obscured by bowel gas. Spleen 11 cm. Right kidney 10.8 cm with 2.3 cm simple upper pole cyst. Left kidney 11.2 cm. No ascites. Aorta 2.0 cm.
lMPRESSlON:
1. Cholelithiasis without sonographic evidence of cholecystitis.
2. Coarse liver echotexture, may reflect steatosis.
3. Simple right renal cyst (Bosniak I), no follow-up needed.
Sonographer: {{NAME:T. Yazzie}}   Radiologist: {{NAME:Alistair Cumberbatch}}, MD
Acc# {{ID:US2403130
0447}}
Results line {{PHONE:(5O5) 555-Ol90}}   Page 2 of 3 - if received in error call {{PHONE:5O5-555-O170}}`,
  `REMOTE ICD TRANSMISSION REVIEW
Received {{DATE:03/14/2024 03:22}}, patient-initiated after a shock.
Patient: {{NAME:Ignatius Obi}}   DOB {{DATE:7/30/1962}}   MRN {{MRN:QH0933815}}
Device: CRT-D, model G447, SN {{DEVICE:218904}}, implanted {{DATE:11/02/2020}} at {{FACILITY:Quarry Hill Heart & Vascular}}.
Leads: RA model 7841 SN {{DEVICE:580331}}; RV model 0693 SN {{DEVICE:412877}}; LV model 4677 SN {{DEVICE:609114}}.
Event: {{DATE:3/14}} 02:51 VF at 250 bpm; ATP during charge unsuccessful; 41 J shock successful. Prior episode {{DATE:2/2}} terminated by ATP x1.
Battery 6.5 years. BiV pacing 97%. Lead impedances stable. Heart failure index 18 (threshold 16).
Plan: called pt at {{PHONE:(419) 555-0104}}; feels well, no syncope. Driving restriction reviewed. Wife {{NAME:Chiamaka}} will bring him to clinic today for BMP/Mg and med adjustment. EP attending Dr. {{NAME:Strand}} aware.
Reviewed by {{NAME:Hannah Mertz}}, RN, CCDS
Cosigned {{NAME:Leopold Strand}}, MD  {{DATE:3/14/2024 09:05}}`,
  `MRI LUMBAR SPINE WITHOUT CONTRAST
PATIENT NAME: {{NAME:TRAN, MINH KHOA}}   DOB: {{DATE:19520811}}   SEX: M   PT PHONE: {{PHONE:312-555-0186}}
IDENTITY: PALM-VEIN VERIFIED, TEMPLATE {{BIOMETRIC:PV-2C81-09D4-77E0}}
MRN: {{MRN:0000731159}}   ACCESSION: {{ID:MR-8812044}}   ORDER: {{ID:ORD7719235}}   STUDY DATE: {{DATE:20240314}}
REFERRING: {{NAME:DESROSIERS, CLAUDETTE}}, PA-C   SITE: {{FACILITY:LARKMERE IMAGING - NORTH}}
HISTORY: LOW BACK PAIN RADIATING TO LEFT LEG X 3 MONTHS. FALL {{DATE:12/24/23}}.
COMPARISON: LUMBAR RADIOGRAPHS {{DATE:01/02/2024}}. CT ABDOMEN {{DATE:JUNE 2022}}.
FINDINGS: 5 LUMBAR-TYPE VERTEBRAE. GRADE 1 ANTEROLISTHESIS L4 ON L5 (5 MM). CHRONIC L1 COMPRESSION DEFORMITY, 20% HEIGHT LOSS, NEW SINCE 2022. CONUS AT L1-2.
L3-4: MILD DISC BULGE, MILD CANAL STENOSIS.
L4-5: DISC BULGE AND FACET HYPERTROPHY, SEVERE CANAL STENOSIS, SEVERE LEFT LATERAL RECESS STENOSIS CONTACTING THE DESCENDING LEFT L5 ROOT.
L5-S1: MODERATE BILATERAL FORAMINAL STENOSIS.
INCIDENTAL: BILATERAL RENAL CYSTS, LARGEST 1.6 CM, BOSNIAK I.
IMPRESSION: SEVERE L4-5 CANAL STENOSIS WITH LEFT L5 ROOT IMPINGEMENT.
ELECTRONICALLY SIGNED: {{NAME:OSTROWSKI, FELIKS}} MD {{DATE:03/14/2024 22:17}} CST
TELERADIOLOGY PROVIDER: {{FACILITY:RIDGEWATCH TELERADIOLOGY}}; IL LICENSE {{LICENSE:036-118204}}`,
  `TRANSESOPHAGEAL ECHOCARDIOGRAM AND DC CARDIOVERSION
{{FACILITY:St. Osric Hospital}} Cardiac Procedures Unit
Patient: {{NAME:Lindqvist, Gunnar E}}   MRN {{MRN:SA-6620184}}   DOB {{DATE:10/02/1949}}   Date {{DATE:2024/03/14}}
Attending: {{NAME:Beatrix Oduya}}, MD   Anesthesia: {{NAME:Caspar Wendt}}, MD (propofol 80 mg)   Echo RN: {{NAME:Mae Ellison}}
Indication: persistent atrial fibrillation, symptomatic; on apixaban 5 mg BID, patient reports no missed doses since {{DATE:2/10}}.
TEE: LA moderately dilated. No thrombus in the LA or LAA; LAA emptying velocity 32 cm/s. Mild spontaneous echo contrast. LVEF 45-50%. Mild MR. Grade II simple aortic atheroma. No PFO by color Doppler.
Cardioversion: synchronized biphasic 200 J x1 with conversion to sinus rhythm, HR 64. No complications.
Impression: no LAA thrombus; successful DCCV.
Plan: continue apixaban at least 4 weeks; follow-up ECG at {{FACILITY:Quarry Hill Heart & Vascular}} on {{DATE:March 28, 2024}}. Escort: son-in-law {{NAME:Petros}}, {{PHONE:(603) 555-0166}}.
Probe ID TEE-3 cleaned per protocol (log entry 1182).
Electronically signed {{NAME:B. Oduya}} {{DATE:03/14/2024 12:41}}`,
  `CORONARY CT ANGIOGRAPHY WITH CALCIUM SCORE
Patient: {{NAME:Priyanka Venkataraman}}  DOB {{DATE:May 9, 1969}}  MRN {{MRN:BDI-9011452}}  Acc {{ID:CT2403147781}}
Exam date: {{DATE:03/14/2024}}  Referring: {{NAME:Jorge Almodovar}}, MD ({{FACILITY:Skagit Bay Internal Medicine}})
Site: {{FACILITY:Brightwater Diagnostic Imaging}}, {{LOCATION:Bellingham}}
Technique: prospective ECG-gated, metoprolol 50 mg PO and 5 mg IV, nitroglycerin 0.8 mg SL; HR 58. Iopamidol 370, 70 mL. DLP 212 mGy-cm.
Agatston score 146 (LAD 102, RCA 44), 78th percentile for age/sex (MESA).
Coronaries: right dominant. LM normal. Proximal LAD mixed plaque with 50-69% stenosis; positive remodeling, no low-attenuation plaque. LCx minimal. RCA mid calcified plaque, 25-49%.
Extracardiac: 4 mm RLL solid nodule (no follow-up per Fleischner for low-risk). Small hiatal hernia.
Impression: CAD-RADS 3/P2. Consider functional testing or CT-FFR (sent {{DATE:3/14}}, case {{ID:FFR-52217}}).
Technologist: {{NAME:Quinn Mahaffey}}, RT(R)(CT)
Reader: {{NAME:Thaddeus Iwu}}, MD   Overreading cardiologist: {{NAME:Ifeoma Nwachukwu}}, MD
Finalized {{DATE:14-Mar-2024 17:02}}`,
  `{{FACILITY:Orchard Valley Endoscopy Center}} - COLONOSCOPY REPORT
Patient: {{NAME:Deloris Pennington-Shaw}}   DOB {{DATE:01/30/1958}}   MRN {{MRN:OV3320076}}   Acct {{ACCOUNT:OV-ENC-20240314-0412}}
Procedure date: {{DATE:March 14, 2024}}   Endoscopist: {{NAME:Harriet Lindqvist}}, MD   Tech: {{NAME:Orrin Blackwood}}
Indication: surveillance; tubular adenomas on colonoscopy {{DATE:05/2019}} at {{FACILITY:Cobbossee Digestive Health}}.
Prep: split-dose PEG. Boston Bowel Prep Scale 3/3/2 = 8. Cecum reached at 08:41 (appendiceal orifice and ileocecal valve photographed); withdrawal time 11 min.
Findings:
1. 7 mm sessile polyp, ascending colon, cold snare, retrieved (jar A).
2. 4 mm and 3 mm sessile polyps, sigmoid, cold snare (jar B).
3. 12 mm flat lesion (Paris 0-IIa) transverse colon, lifted with dye, EMR en bloc, 2 clips (jar C). Tattoo placed distally.
4. Scattered sigmoid diverticula; grade 1 internal hemorrhoids.
Impression: adenomatous-appearing polyps, EMR of transverse lesion.
Plan: await pathology ({{ID:BPA-24-118544}}); surveillance interval per results. Escort daughter {{NAME:Kiana Shaw}} ({{PHONE:207-555-0181}}) given discharge instructions.
Pathology results will post to portal account {{EMAIL:dpshaw58@example.com}}.`,
  `{{DATE:03/14/2024 4:12PM}}  {{FAX:(651) 555-0109}}   {{FACILITY:POLARIS CROSSING SPINE & ORTHO}}   PAGE 01 OF 04
FAX COVER - URGENT PRIOR AUTHORIZATION / MRI REQUEST
To: {{FACILITY:Larkmere Imaging - Central Scheduling}}   Fax: {{FAX:(651) 555-0142}}
From: {{NAME:Renata Obuya}}, referral coordinator   Direct line {{PHONE:(651) 555-0108}}   {{EMAIL:robuya@polariscrossing.example.com}}
Patient: {{NAME:Fitzgerald, Declan M}}   DOB: {{DATE:11-29-1984}}   SSN: {{SSN:538-21-7740}}
Address: {{ADDRESS:3318 Tamsworth Ave SE, Unit 2}}, {{LOCATION:Minneapolis}} MN {{ZIP:55414}}   Ph: {{PHONE:612-555-0175}}
Primary ins: Lakes Regional Health Plan   Member ID {{HEALTH_PLAN:LRH448820193}}   Group {{HEALTH_PLAN:00731-B}}
Prior auth #: {{ID:PA24031455}} (approved {{DATE:03/13/2024}} through {{DATE:06/11/2024}}); CPT 72148.
Order: MRI lumbar spine without contrast. Dx: lumbar radiculopathy L5-S1 (M54.17), failed 6 wks PT.
Ordering provider: {{NAME:Ansel Kirkegaard}}, MD   NPI {{LICENSE:1922087416}}
Notes: pt has no pacemaker or implants; claustrophobic, requests open MRI if available. Please call pt to schedule, prefers afternoons after 3 PM.`,
  `THYROID ULTRASOUND
{{FACILITY:Copperfield Medical Imaging}}   Acc {{ID:US24-031488}}   Exam {{DATE:3/14/2024 10:05}}
Patient: {{NAME:Hollis, Bernadette}}   DOB {{DATE:04/04/1976}}   MRN {{MRN:CMI2290361}}
Ordering: {{NAME:Yaw Mensah}}, MD, {{FACILITY:Neosho Endocrine Clinic}}
Indication: palpable right neck nodule; TSH 1.9.
Comparison: outside ultrasound from {{FACILITY:Spring River Community Hospital}} dated {{DATE:8/22/2022}}, images not available; report reviewed.
Findings: Right lobe 5.2 x 1.9 x 1.8 cm; left lobe 4.6 x 1.5 x 1.4 cm; isthmus 3 mm. Parenchyma mildly heterogeneous, compatible with Hashimoto thyroiditis.
Nodule 1, right mid: 2.3 x 1.6 x 1.4 cm, solid (2), hypoechoic (2), wider-than-tall (0), smooth margins (0), punctate echogenic foci (3). Total 7 points, ACR TI-RADS TR5. Previously 1.6 cm.
Nodule 2, left upper: 0.8 cm spongiform (0), TR1.
No abnormal cervical lymph nodes.
Impression: TR5 right nodule, enlarging; FNA recommended. Left TR1 nodule, no follow-up.
Sonographer: {{NAME:Lacey Dombrowski}}, RDMS   Radiologist: {{NAME:Ansgar Pohl}}, MD
Patient will be called at {{PHONE:417-555-0127}} to schedule FNA.`,
  `PET/CT SKULL BASE TO MID-THIGH (F-18 FDG) - RESTAGING
Patient: {{NAME:Amadou Diallo-Fontaine}}   DOB {{DATE:2/14/1981}}   MRN {{MRN:MH-3390417}}   Acc {{ID:PT240314009}}
Exam date: {{DATE:14 March 2024}}   Facility: {{FACILITY:Mercy Hollow Cancer Center}}
Clinical: diffuse large B-cell lymphoma, stage IIIA, after 4 cycles of R-CHOP (C4D1 {{DATE:2/6/24}}). Referring oncologist {{NAME:Leontyne Sharpe}}, MD.
Technique: 12.1 mCi FDG IV; glucose 96 mg/dL; uptake 62 min. Low-dose CT for attenuation.
Comparison: baseline PET/CT {{DATE:11/20/2023}}.
Findings: Previously bulky left supraclavicular conglomerate (SUVmax 24.1) now 1.4 cm, SUVmax 2.6, below liver (liver SUVmean 2.3, SUVmax 3.1). Mediastinal blood pool 1.8. Retroperitoneal nodes resolved. Splenic lesions resolved. Physiologic marrow uptake after G-CSF.
Impression: complete metabolic response, Deauville score 3 (Lugano classification). No new disease.
Technologist: {{NAME:Evander Kostas}}, CNMT   Reader: {{NAME:Wilhelmina Achterberg}}, MD   {{DATE:03/14/2024 15:30}}
Tumor board {{DATE:Tuesday 3/19}}; coordinator {{NAME:Tamsin}} at {{PHONE:(502) 555-0153}}.`,
  `LOW-DOSE CT CHEST FOR LUNG CANCER SCREENING (ANNUAL)
Patient: {{NAME:Roscoe Pettibone}}   DOB {{DATE:09/09/1955}}   MRN {{MRN:PC-1180442}}   Acc {{ID:LDCT-24-0311}}
Date: {{DATE:03/14/2024}}   {{FACILITY:Plantagenet Community Hospital}}, {{LOCATION:Bemidji}}
Ordering: {{NAME:Kristin Halversen}}, MD. Shared decision-making visit documented {{DATE:2/28/2024}}.
Smoking: 46 pack-years, quit {{DATE:April 2017}}.
Comparison: LDCT {{DATE:03/02/2023}} and {{DATE:02/24/2022}}.
Technique: CTDIvol 1.3 mGy, no contrast.
Findings: 5 mm part-solid nodule left upper lobe (solid component 2 mm), series 3 image 44, previously 5 mm, stable. 3 mm perifissural nodule right minor fissure, unchanged. Centrilobular emphysema, upper lobe predominant. Coronary artery calcification, moderate. Thyroid normal. No adenopathy.
Impression: Lung-RADS 2 (benign appearance/behavior). Continue annual screening in 12 months ({{DATE:March 2025}}). Moderate coronary calcification - communicate to PCP.
Radiologist: {{NAME:Vesna Radovanovic}}, MD   Signed {{DATE:3/14/24 16:08}}
Screening navigator: {{NAME:Lyle Strom}}, RN, {{PHONE:218-555-0151}}`,
  `MRI RIGHT KNEE WITHOUT CONTRAST - TELERADIOLOGY FINAL
PT: {{NAME:ABERNATHY-COLE, JANELLE}}  DOB {{DATE:1990-06-17}}  MRN {{MRN:PC-1192078}}  ACC {{ID:MR24031400762}}
EXAM DATE {{DATE:03/14/2024 19:44}}   SENDING SITE {{FACILITY:PLANTAGENET COMMUNITY HOSPITAL}} ({{IP:198.51.100.77}})
ORDERING: {{NAME:WENDELL OKAFOR}}, PA-C
HISTORY: TWISTING INJURY PLAYING BASKETBALL {{DATE:03/02}}, MEDIAL JOINT LINE PAIN, LOCKING.
COMPARISON: RADIOGRAPHS RIGHT KNEE {{DATE:03/04/2024}}.
FINDINGS:
MEDIAL MENISCUS: VERTICAL LONGITUDINAL (BUCKET-HANDLE) TEAR OF THE POSTERIOR HORN AND BODY WITH DISPLACED FRAGMENT IN THE INTERCONDYLAR NOTCH (DOUBLE PCL SIGN).
LATERAL MENISCUS: INTACT.
ACL: INTACT. PCL: INTACT. MCL: GRADE 1 SPRAIN. LCL, POPLITEUS, BICEPS FEMORIS: INTACT.
CARTILAGE: FOCAL GRADE 2 CHONDROSIS MEDIAL FEMORAL CONDYLE.
MODERATE JOINT EFFUSION. 3.1 X 1.2 CM BAKER'S CYST, NOT RUPTURED. NO HOFFA FAT PAD EDEMA.
IMPRESSION: DISPLACED BUCKET-HANDLE TEAR OF MEDIAL MENISCUS. BAKER'S CYST. ORTHOPEDIC REFERRAL SUGGESTED.
FINDINGS CALLED TO {{NAME:OKAFOR}} AT 20:31 BY {{NAME:LMT}}.
READ BY: {{NAME:LEOPOLD MARCHAND}}, MD  {{DATE:03/14/2024 20:28}}   MN LIC {{LICENSE:11947}}`,
  `DUAL-ENERGY X-RAY ABSORPTIOMETRY (DXA)
{{FACILITY:Wapsipinicon Clinic}} Women's Health, {{ADDRESS:410 N Mulberry Crest St}}, {{LOCATION:Anamosa}}, IA {{ZIP:52205}}
Patient: {{NAME:Ione Vanderploeg}}   Age: {{AGE:92}}   DOB {{DATE:08/15/1931}}   MRN {{MRN:WC-447109}}
Exam date: {{DATE:03/14/2024}}   Prior DXA: {{DATE:02/19/2021}} (same scanner)
Height 149 cm (was 155 cm in 2016), weight 48 kg.
Risk factors: prior distal radius fracture, prednisone 5 mg daily for polymyalgia rheumatica. No FRAX calculation provided for age over 90.
Results:
L1-L4 BMD 0.781 g/cm2, T-score -2.9; L3 and L4 excluded for degenerative change, L1-L2 T-score -3.1.
Total hip (left) BMD 0.598 g/cm2, T-score -2.8. Femoral neck T-score -3.2.
Change since prior: total hip -6.4% (significant, LSC 2.8%).
Vertebral fracture assessment: moderate (grade 2) wedge deformity T12, new.
Impression: osteoporosis with interval bone loss and new T12 fracture.
Technologist: {{NAME:Greta Sorensen}}, RT(BD)   Read by {{NAME:Augustine Mbatha}}, MD   {{DATE:3/15/2024}}
Results mailed to patient; daughter {{NAME:Marla Vanderploeg-Ruiz}} on HIPAA release, {{PHONE:319-555-0124}}.`,
  `CAROTID DUPLEX ULTRASOUND, BILATERAL
Vascular lab: {{FACILITY:Clarks River Heart and Vascular}}, {{LOCATION:Paducah}}, KY   Accession {{ID:VAS-2403-1180}}
Patient: {{NAME:Okeke, Barnabas}}   DOB {{DATE:Sept 3, 1946}}   MRN {{MRN:TRH55021}}   Insurance {{HEALTH_PLAN:MCR-1WF7-GP4-QT83}}
Study date: {{DATE:3/14/2024}}   Vascular technologist: {{NAME:Shayla Ritchey}}, RVT
Indication: transient right hand weakness and word-finding difficulty {{DATE:3/9}} lasting 20 minutes.
Right: heterogeneous plaque proximal ICA, PSV 268 cm/s, EDV 92 cm/s, ICA/CCA ratio 4.4 - consistent with 70-99% stenosis (SRU criteria). ECA patent. Vertebral antegrade.
Left: mild calcified plaque at bifurcation, ICA PSV 98 cm/s, EDV 24 cm/s, <50% stenosis. Vertebral antegrade.
Impression: 70-99% right ICA stenosis. Findings phoned to Dr. {{NAME:Anneliese Brandt}} at 14:50; patient sent to {{FACILITY:Lourdes Ridge Medical Center}} ED for CTA neck and vascular surgery evaluation.
Interpreting physician: {{NAME:Colm Mulcahy}}, MD, RPVI   {{DATE:03/14/2024 15:02}}
D: {{DATE:3/14/24}} {{NAME:CM}}/{{NAME:ssr}}   Job {{ID:T-558102}}`,
  `VENOUS DUPLEX, LEFT LOWER EXTREMITY - PRELIMINARY (ED)
PT {{NAME:MCALLISTER, ROWAN}}   DOB {{DATE:12/12/1988}}   MRN {{MRN:LR-3004518}}   ED ACCT {{ACCOUNT:ED24031400331}}
EXAM {{DATE:03/14/2024 01:15}}   {{FACILITY:LOURDES RIDGE MEDICAL CENTER}}   ACC {{ID:US-ED-771204}}
TECH: {{NAME:Anika Holm}}, RVT (on call, paged via {{PHONE:x4412}})
History: left calf swelling after flight from {{LOCATION:Reykjavik}} {{DATE:3/11}}; on OCP.
Findings: Noncompressible, expanded left popliteal vein and posterior tibial and peroneal veins with echogenic intraluminal thrombus; no flow on color Doppler. Common femoral and femoral veins compressible with phasic flow and augmentation. Left greater saphenous vein patent. Incidental 2.4 cm Baker's cyst, left popliteal fossa, intact. Contralateral CFV waveform phasic.
Prelim: acute occlusive DVT left popliteal and calf veins.
Prelim called to ED attending Dr. {{NAME:Marisela Solis}} at 01:40, read back confirmed.
Final read by {{NAME:Hiroshi Tanabe}}, MD {{DATE:3/14/2024 07:52}}: agree with preliminary interpretation.
Pt discharged on rivaroxaban; follow up with PCP {{NAME:Delphine Arceneaux}}, NP at {{FACILITY:Vermilion Bend Family Practice}}. Pt contact {{PHONE:337-555-0193}}.`,
  `IMPLANTABLE LOOP RECORDER INSERTION
{{FACILITY:Three Forks Heart Rhythm Clinic}} Procedure Room B      Date: {{DATE:March 14, 2024}}
Patient: {{NAME:Evangeline Moreau}}   DOB {{DATE:06/01/1952}}   MRN {{MRN:TF-0093350}}
Operator: {{NAME:Esperanza Villarreal}}, MD    Assistant: {{NAME:Rory Fitzpatrick}}, RN
Indication: cryptogenic stroke {{DATE:02/2024}}; 30-day event monitor negative for AF.
Procedure: left parasternal site prepped, lidocaine 1% 5 mL. Insertable cardiac monitor placed via incision tool at 45 degrees to sternum, 4th intercostal space. R-wave amplitude 0.42 mV. Incision closed with Steri-Strips and Dermabond. EBL minimal.
Device: insertable cardiac monitor, model LNQ11, SN {{DEVICE:RLB428835G}}. Patient ID card given. Implant registration submitted {{DATE:3/14/24}}.
Home monitor (bedside app on patient phone) paired; patient app account {{EMAIL:emoreau52@example.com}}.
Programming: AF detection "balanced sensitivity", pause 3 s, brady 30 bpm, tachy 176 bpm.
Wound check with clinic RN {{NAME:Pauline}} in 7-10 days; device clinic {{PHONE:(406) 555-0138}}.
Sent summary to neurologist {{NAME:Anselm Graber}}, MD, {{FACILITY:Sourdough Ridge Neurology}}, fax {{FAX:(406) 555-0139}}.`,
  `MOBILE CARDIAC TELEMETRY - END OF SERVICE REPORT
Monitoring service: {{FACILITY:CardioStream Monitoring}}, Enrollment {{ID:MCT-2402-88147}}
Patient: {{NAME:Lachlan Whitaker}}   DOB {{DATE:03/22/1998}}   Phone {{PHONE:(541) 555-0163}}
Address: {{ADDRESS:2287 NW Pinyon Ledge Rd}}, {{LOCATION:Bend}}, OR {{ZIP:97703}}
Monitoring period: {{DATE:02/14/2024}} - {{DATE:03/13/2024}} (28 days, 96% analyzable)   Patch/sensor SN {{DEVICE:MCT7Z-0048821}}
Ordering: {{NAME:Priscilla Nakashima}}, MD, {{FACILITY:Tumalo Rim Cardiology}}
Summary: sinus rhythm, HR 48-188, average 79. 14 patient-triggered events: 11 sinus tachycardia (exertional), 3 sinus rhythm.
Arrhythmias: one narrow-complex tachycardia at 212 bpm on {{DATE:Feb 27}} 18:06, 3 min 40 s, abrupt onset/offset, consistent with SVT (likely AVNRT). No AF. No pauses >2.5 s. PVC burden <1%.
Urgent notification: the SVT episode was called to Dr. {{NAME:Nakashima}}'s on-call partner {{NAME:Ravi Kulkarni}} at 18:22.
Report portal: {{URL:https://portal.cardiostream.example.net/reports/88147}}
Certified technician: {{NAME:Brenna Okoro}}, CCT   Reviewing physician: {{NAME:Samuel Achterberg}}, MD   {{DATE:3/14/2024}}`,
  `NEWBORN HEARING SCREEN - REFER; DIAGNOSTIC ABR
Baby girl {{NAME:Ferraro}}   MRN {{MRN:NB-2024-03071}}   DOB {{DATE:03/09/2024 06:42}}   GA 37+2 wks
Mother: {{NAME:Giulia Ferraro}}   Mother MRN {{MRN:LR-3011872}}   Phone {{PHONE:(270) 555-0114}}
Birth hospital: {{FACILITY:Lourdes Ridge Medical Center}} Well-Baby Nursery
Inpatient screen (automated ABR, 35 dB nHL): refer right, pass left, {{DATE:3/10}}. Rescreen {{DATE:3/11}}: refer right.
Diagnostic ABR {{DATE:03/14/2024}} at {{FACILITY:Tamarisk Bend Audiology & Hearing}}, natural sleep:
Click ABR: right wave V present to 50 dB nHL, left to 20 dB nHL. Tone burst 500 Hz R 50, L 25; 2000 Hz R 45, L 20; 4000 Hz R 50, L 20 dB nHL. Bone-conduction ABR right 15 dB nHL. Latencies normal.
High-frequency (1000 Hz) tympanometry: flat (type B) right, normal left. DPOAE absent right, present left.
Impression: mild-to-moderate conductive loss right ear, likely middle ear fluid; normal hearing left.
Plan: ENT referral; repeat ABR in 6 weeks. EHDI report filed with state, confirmation {{ID:EHDI-24-006214}}.
Audiologist: {{NAME:Nkechi Adeyinka}}, Au.D.   Pediatrician: {{NAME:Matthias Greer}}, MD`,
  `COCHLEAR IMPLANT MAPPING / PROGRAMMING NOTE
Patient: {{NAME:Soledad Irigoyen}}   DOB {{DATE:7/7/1944}}   MRN {{MRN:TA-220981}}   Visit {{DATE:3-14-24}}
Audiologist: {{NAME:Miriam Castellanos}}, Au.D., CCC-A    Interpreter: {{NAME:Ximena Robles}} (Spanish, in person)
Implant: left, activated {{DATE:10/30/2023}}; internal receiver-stimulator SN {{DEVICE:CI-6127745}}; sound processor SN {{DEVICE:SP2K-4418390}}; backup processor SN {{DEVICE:SP2K-4418417}}.
Surgeon: {{NAME:Aurelio Benavides}}, MD, {{FACILITY:Kessler-Marsh Ear & Skull Base Center}}
Impedances: all 22 electrodes within normal limits; electrode 22 deactivated previously (extracochlear).
Map: T- and C-levels re-measured; global C-levels increased 6 CL. New program 3 added with noise reduction. Datalogging: 11.8 h/day wear, 22% in noise.
Aided thresholds in booth: 25-30 dB HL 250-6000 Hz. AzBio sentences in quiet 64% (was 38% at 1 month).
Right ear: behind-the-ear hearing aid SN {{DEVICE:2220B11873}}, bimodal fitting confirmed.
Pt lives with daughter in {{LOCATION:Las Cruces}}; prefers contact by text at {{PHONE:575-555-0128}}.
Next mapping {{DATE:Jun 13, 2024}}.`,
  `{{FACILITY:Kessler-Marsh Eye Institute}} - GLAUCOMA SERVICE TESTING
Patient: {{NAME:Cornelius Abbey}}   DOB {{DATE:01/11/1961}}   MRN {{MRN:KM-0451127}}   Test date {{DATE:03/14/2024}}
Technician: {{NAME:Faye Lindholm}}, COT
Humphrey visual field 24-2 SITA Standard:
OD: reliable (FL 1/14, FP 2%). MD -6.42 dB, PSD 7.11 dB. Superior arcuate defect, GHT outside normal limits. VFI 84%.
OS: reliable. MD -1.18 dB, PSD 1.92 dB. Early inferior nasal step. VFI 98%.
OCT RNFL: OD average 68 um, inferior thinning (red sector 7 o'clock). OS average 86 um, borderline superotemporal.
Progression analysis (GPA) OD: likely progression compared with baseline fields of {{DATE:02/2020}} and {{DATE:08/2020}}.
Gonioscopy (prior): open angles, Shaffer grade 4 OU. Pachymetry 528/534.
IOP today 21 OD, 17 OS on latanoprost OU.
Impression: primary open-angle glaucoma, OD moderate stage with progression, OS mild stage.
Plan: add timolol OD; SLT OD discussed, scheduled {{DATE:4/2/2024}}. Return 3 months.
Attending: {{NAME:Padma Sundararajan}}, MD   Fellow: {{NAME:Olumide Fashola}}, MD
Copy to {{NAME:Ogden Pryce}}, OD, {{FACILITY:Pryce Family Eyecare}}`,
  `FLUORESCEIN ANGIOGRAPHY AND ICG - INTERPRETATION
Patient: {{NAME:Nguyen Thi Hoa}}   DOB {{DATE:15/08/1958}} (dd/mm/yyyy, per transfer records from {{LOCATION:Ho Chi Minh City}})   MRN {{MRN:KM-0453881}}
Date: {{DATE:Thursday, 3/14/2024}}   Photographer: {{NAME:Lin Zhao}}, CRA   Interpreter: Vietnamese via phone, ID {{ID:INT-48821}}
Contrast: fluorescein sodium 10% 5 mL IV; ICG 25 mg IV. Mild nausea, resolved.
Findings OD: early lacy hyperfluorescence in the juxtafoveal region with late leakage; ICG shows branching vascular network with polypoidal dilations at the margin.
OS: window defects from geographic atrophy; no leakage.
Impression: polypoidal choroidal vasculopathy OD; geographic atrophy OS.
Plan: PDT plus anti-VEGF OD. Consent via interpreter.
Clinical photos for record: external face photograph {{PHOTO:IMG_0314_NGUYEN_FACE.jpg}} (photo ID, patient has no government ID).
Transferred images from {{FACILITY:Kim Lien Eye Clinic}} retrieved via {{URL:https://share.kmeye.example.org/ext/7721a}}.
Retina attending: {{NAME:Seraphina Dahl}}, MD   Signed {{DATE:03/14/2024 13:37}}
Son {{NAME:Minh}} ({{PHONE:(423) 555-0147}}) to bring old records.`,
  `CAPSULE ENDOSCOPY (SMALL BOWEL) REPORT
Patient: {{NAME:Wendeline Hartsock}}   DOB {{DATE:11/21/1950}}   MRN {{MRN:OV3318877}}
Ingestion: {{DATE:3/12/2024 07:55}}   Reading completed {{DATE:03/14/2024}}
Data recorder SN {{DEVICE:DR3-1180442}}   Capsule lot 24A0911 (not retained)
Indication: iron-deficiency anemia, Hgb 8.4, negative EGD and colonoscopy {{DATE:02/21/2024}} at {{FACILITY:Orchard Valley Endoscopy Center}}.
Transit: gastric 38 min, small bowel 4 h 12 min; reached cecum. Preparation fair.
Findings: three angioectasias in the proximal jejunum (first hour of small bowel transit), largest 4 mm, one with red spot but no active bleeding. Scattered lymphangiectasia. No mass, no ulcer, no stricture. Distal ileum normal.
Impression: proximal jejunal angioectasias, likely source of occult GI blood loss.
Recommendation: push enteroscopy with APC; continue iron. Pt aware via phone {{PHONE:207-555-0188}}; daughter-in-law {{NAME:Astrid}} will drive.
Reviewer: {{NAME:Harriet Lindqvist}}, MD   Pre-read: {{NAME:Orrin Blackwood}}
Referral from Dr. {{NAME:Beaulieu}} ({{FACILITY:Messalonskee Internal Medicine}}), fax {{FAX:207-555-0102}}.`,
  `ERCP REPORT
{{FACILITY:Cedar Notch Regional Medical Center}} - GI Lab   Date {{DATE:14/Mar/2024}}
Patient: {{NAME:Okoro-Lindsey, Felicia}}   Age 61   MRN {{MRN:CR-2291406}}   Acct {{ACCOUNT:CR4820031447}}
Endoscopist: {{NAME:Tobias Wennerstrom}}, MD   Fellow: {{NAME:Ngozi Eze}}, MD   Anesthesia GA: {{NAME:Y. Halpern}}, MD
Indication: choledocholithiasis on MRCP ({{DATE:3/12}}), bilirubin 4.2, s/p cholecystectomy {{DATE:2019-07}}.
Procedure: duodenoscope to second portion. Native papilla. Biliary cannulation with sphincterotome and wire. Cholangiogram: CBD 11 mm with three filling defects, largest 9 mm. Biliary sphincterotomy, balloon extraction of three stones and sludge; occlusion cholangiogram clear. Rectal indomethacin 100 mg. Fluoro 4.1 min.
Impression: choledocholithiasis, cleared.
Complications: none. Recover in PACU, clear liquids.
Specimen: none.
Reviewed with husband {{NAME:Garrett Lindsey}}. Follow-up in GI clinic with Dr. {{NAME:Wennerstrom}} in 4 weeks.
Dictated {{DATE:03/14/2024 11:19}}  {{NAME:TW}}/{{NAME:kh}}  Job {{ID:2240917}}`,
  `BRONCHOSCOPY WITH EBUS-TBNA
Patient: {{NAME:Adebayo Ogunleye}}   DOB {{DATE:10/14/1957}}   MRN {{MRN:MH-3372260}}   Date {{DATE:03/14/2024}}
Bronchoscopist: {{NAME:Imogen Castellano}}, MD   Cytotechnologist (ROSE): {{NAME:Derrick Moyo}}, CT(ASCP)
Facility: {{FACILITY:Mercy Hollow Heart Institute}} - Interventional Pulmonary suite
Indication: 2.8 cm RUL mass and mediastinal adenopathy on CT ({{DATE:02/26/2024}}); PET avid (SUV 11.2).
Airway: normal to subsegmental level bilaterally; no endobronchial lesion.
EBUS stations sampled: 4R (14 mm, 4 passes), 7 (18 mm, 4 passes), 11R (9 mm, 3 passes). 4L 5 mm, not sampled. 22G needle.
ROSE: 4R and 7 positive for malignant cells (non-small cell); 11R lymphocytes.
Specimens to {{FACILITY:Bramblewood Pathology Associates}}, case {{ID:C24-01877}}, with cell block for PD-L1 and NGS.
Staging (clinical): N2 disease. Bronchoscope serial number logged in reprocessing record.
Complications: none. EBL <5 mL.
Plan: results discussed with patient and wife {{NAME:Folake}}. Tumor board; thoracic oncology referral, {{NAME:Leontyne Sharpe}}, MD.
Signed {{NAME:I. Castellano}} {{DATE:3/14/2024 16:45}}`,
  `HOME SLEEP APNEA TEST (TYPE III) - INTERPRETATION
{{FACILITY:Halvorsen Sleep Disorders Center}}   Study ID {{ID:HSAT-24-0877}}
Patient: {{NAME:Delbert Ray Skaggs}}   DOB {{DATE:02/02/1970}}   MRN {{MRN:HSD-208113}}   Ins. member {{HEALTH_PLAN:BWX902114387}}
Address: {{ADDRESS:Rural Route 2, Box 118}}, {{LOCATION:Rugby}}, ND {{ZIP:58368}}
Recording night: {{DATE:03/12/2024}}   Device returned {{DATE:3/13}} by mail; recorder SN {{DEVICE:WP200U-77104}}
Ordering: {{NAME:Solveig Haugen}}, MD (DOT medical examiner referral, Epworth 13, BMI 41)
Valid recording time 6 h 22 min; monitoring time after artifact removal 5 h 58 min.
pAHI 34.6/h (4% desaturation), central AHI 1.2/h. ODI 31. Nadir SpO2 79%; time below 88% 42 min. Snoring 38% of night. Positional: supine pAHI 48, non-supine 22.
Cheyne-Stokes respiration: absent. Pulse rate 58-104.
Impression: moderate-to-severe obstructive sleep apnea.
Recommendation: auto-PAP 6-16 cm H2O; objective compliance documentation required for commercial driver certification (>= 4 h/night on 70% of nights). Follow-up in 31-90 days.
Scored by: {{NAME:Priya Ramachandran}}, RPSGT   Interpreted: {{NAME:Solveig Haugen}}, MD   {{DATE:3/14/2024}}
Pt notified by phone {{PHONE:701-555-0115}}; wife {{NAME:Loretta}} took message.`,
  `MULTIPLE SLEEP LATENCY TEST (following overnight PSG)
Patient: {{NAME:Caius Wetherell}}   DOB {{DATE:August 30, 2001}}   MRN {{MRN:HSD-209554}}
PSG night {{DATE:3/13/2024}}; MSLT {{DATE:3/14/2024}}.   Techs: {{NAME:Cody Lindgren}}, RPSGT (night), {{NAME:Ysabel Ortega}}, RPSGT (day)
History: excessive sleepiness since college ({{FACILITY:Sheyenne Valley College}}); cataplexy-like knee buckling with laughter. Dozed off at the wheel {{DATE:January 8}}, ran into a ditch on {{ADDRESS:US-2 at mile marker 241}} near {{LOCATION:Devils Lake}}; no injuries. Vehicle: 2011 pickup, ND plate {{VEHICLE:782 BKR}}, now driven by mother.
Urine drug screen negative. Sleep diary 2 weeks: 7.5-8 h/night.
Overnight PSG: TST 7 h 14 min, sleep efficiency 93%, REM latency 9 min (SOREMP), AHI 1.8.
MSLT naps at 08:00, 10:00, 12:00, 14:00, 16:00: sleep latencies 3.5, 2.0, 4.5, 1.5, 3.0 min; mean 2.9 min. REM in naps 1, 2 and 4 (3 SOREMPs including the PSG).
Impression: findings consistent with narcolepsy (type 1 likely given cataplexy).
Recommendation: no driving until treated; discuss with {{NAME:Solveig Haugen}}, MD. Hypocretin testing not needed.
Read {{DATE:03/15/2024 09:12}}   {{NAME:S. Haugen}}
Mother {{NAME:Jolene Wetherell}} cell {{PHONE:701-555-0173}}.`,
  `EPILEPSY MONITORING UNIT - LONG-TERM VIDEO EEG SUMMARY
{{FACILITY:Ellery Neurodiagnostics}} EMU, {{FACILITY:Cedar Notch Regional Medical Center}} 6 West
Patient: {{NAME:Marisol Echeverria-Kim}}   DOB {{DATE:3/25/1993}}   MRN {{MRN:CR-2277519}}
Admission {{DATE:03/11/2024}}, recording {{DATE:03/11/2024 10:05}} to {{DATE:03/14/2024 11:40}} (73 h 35 min).
Attending: {{NAME:Gideon Marchetti}}, MD   EEG techs: {{NAME:Horace Quaye}}; {{NAME:Wren Abernethy}}
Medications tapered: lacosamide 200 to 0 mg over 48 h.
Events:
1. {{DATE:3/12}} 23:14, from sleep: left hand automatisms, behavioral arrest 68 s; EEG rhythmic theta evolving over right temporal region (F8/T4). Focal impaired awareness seizure.
2. {{DATE:3/13}} 04:51: similar, 74 s, same onset.
3. {{DATE:3/13}} 16:20 push-button "spell": no EEG change; patient was texting. Non-epileptic.
Interictal: right anterior temporal sharp waves, frequent in sleep.
Impression: right mesial temporal lobe epilepsy; candidate for presurgical workup (MRI 3T epilepsy protocol, neuropsychology, PET).
Restart lacosamide 200 mg BID. Discharge {{DATE:3/14/24}}. Husband {{NAME:Daniel Kim}} to drive.
Signed {{NAME:G. Marchetti}} {{DATE:03/14/2024 15:20}}`,
  `FAX   {{DATE:14-MAR-24 10:O2}}   {{FACILITY:CHAMA BASIN MED CTR}} HIM      {{FAX:719 555 0l44}}       P. 1/6
TRANSFER RECORDS - RADIOLOGY AND FACE SHEET
PT: {{NAME:ARCHULETA, BENEDlCT0}}      SEX: M     DOB: {{DATE:O1-O5-1952}}
SSN: {{SSN:52l-6O-88l4}}      DL: C0 {{LICENSE:O4-Il8-2274}}
ADDRESS: {{ADDRESS:2l7 Sandhill Crane Ave}}, {{LOCATION:Alam0sa}} C0 {{ZIP:8ll0l}}
HOME: {{PHONE:(7l9) 555-Ol33}}
EMERG CONTACT: {{NAME:ARCHULETA, R0SALIE}} (wife) {{PHONE:7l9-555-Ol35}}
ACCT#: {{ACCOUNT:VOO4418273}}    MRN: {{MRN:CBM0
0l9237}}
MEDICAID ID: {{HEALTH_PLAN:Kl29441O}}
ATT PHYS: {{NAME:HERRERA-VlGIL, TOMAS}}
REASON F0R TRANSFER: NSTEMl, needs cath; CT head neg {{DATE:O3/13/24}}.
CXR {{DATE:3/l3/24}}: cardiomegaly, mild pulm vascular congestion, no focal consolidation.
Images pushed to receiving PACS from node {{IP:2O3.O.ll3.9}}.
--- pages 2-6 follow: ECG tracings, labs, MAR ---
Sent by {{NAME:D. Maestas}} HIM clerk`,
  `TRAUMA CT - HEAD, C-SPINE, CHEST/ABDOMEN/PELVIS WITH CONTRAST (PAN-SCAN)
PATIENT: {{NAME:TRAUMA, QUEBEC}}   MRN {{MRN:LR-9000417}}   ACC {{ID:CT-TR-240314-03}}   ARRIVAL {{DATE:3/14/2024 00:37}}
(Later identified as {{NAME:Jonah Whitlock-Perez}}, DOB {{DATE:5/5/2003}}, per KY driver's license {{LICENSE:W203-556-117}}; confirmed by state fingerprint match, AFIS record {{BIOMETRIC:AFIS-KY-0087734519}}.)
MECHANISM: MVC, restrained driver, rollover on {{ADDRESS:I-24 near mile marker 7}} per EMS. Vehicle per trooper: silver sedan, KY plate {{VEHICLE:J4K 882}}, VIN {{VEHICLE:1HGCV1F34LA018827}}.
CONTRAST: Omnipaque 350, 100 mL.
HEAD: no hemorrhage, no fracture. Scalp hematoma left parietal.
C-SPINE: no fracture; normal alignment C1-T1; no prevertebral swelling.
CHEST: small left pneumothorax; fractures left ribs 4-7 laterally; pulmonary contusion LLL.
ABDOMEN/PELVIS: grade III splenic laceration (AAST 2018) without active extravasation; small hemoperitoneum. Liver, kidneys intact. Nondisplaced right superior pubic ramus fracture. L2 transverse process fracture left.
CRITICAL RESULT called to trauma attending {{NAME:Beatriz Quintero}}, MD at 00:58 by {{NAME:Omar Haddad}}, MD (radiology resident); read back.
Attending radiologist: {{NAME:Philippa Norcross}}, MD   Final {{DATE:03/14/2024 01:26}}
Trauma bay phone {{PHONE:x2231}}`,
  `XR LEFT HAND 3 VIEWS (scanned outside report, OCR)
{{FACILITY:Hyalite Peak Urgent Care}}   {{ADDRESS:18OO W Main St, Ste l}}   {{LOCATION:Bozeman}} MT {{ZIP:597l5}}
Pt: {{NAME:Sk0glund, Britta}}  DOB: {{DATE:O7/3O/1995}}  Acct: {{ACCOUNT:HPU-2O24-O3l4-O19}}
Exam date: {{DATE:O3/l4/2O24}}   Ordering: {{NAME:Caleb Ruhl}}, PA-C
Hx: punched wall; pain over 5th metacarpal.
Findings: Transverse fracture of the 5th metacarpal neck with 38 degrees of volar angulation (boxer's fracture); no intra-articular extension. No rotational deformity on this study. Soft tissue swelling dorsal ulnar hand. Remaining bones intact; no radiopaque foreign body.
lmpression: angulated boxer's fracture, 5th metacarpal neck.
Prelim by {{NAME:C. Ruhl}}; final by teleradiologist {{NAME:Amara 0konjo}}, MD {{DATE:3/l4/24}}
Follow up: ulnar gutter splint; hand surgery {{FACILITY:Sourdough Creek Hand Clinic}}, {{PHONE:(4O6) 555-Ol52}}.
lmages available {{URL:https://hpuc-pacs.example.org/st/a8Kq22}}
Scanned {{DATE:3/15/2024}} by {{NAME:mj}}; page l of l.`,
  `TELERADIOLOGY DISCREPANCY / ADDENDUM
ORIGINAL PRELIM: CT HEAD WITHOUT CONTRAST, {{FACILITY:RIDGEWATCH TELERADIOLOGY}} NIGHT READ {{DATE:03/14/2024 03:02}}
PATIENT: {{NAME:WOJCIK, HENRYK}}   AGE: {{AGE:97}}   MRN: {{MRN:PC-1044921}}   ACC: {{ID:CT24-0918870}}
SITE: {{FACILITY:PLANTAGENET COMMUNITY HOSPITAL}} ED
PRELIM (DR. {{NAME:VEMURI}}): NO ACUTE INTRACRANIAL ABNORMALITY. CHRONIC SMALL VESSEL ISCHEMIC CHANGE.
FINAL ({{NAME:Rosalind Teague}}, MD, {{DATE:3/14/2024 08:15}}): Thin 4 mm acute left convexity subdural hematoma along the frontoparietal region, best seen on coronal reformats (series 6, image 31), not described on preliminary report. No midline shift. Basal cisterns patent.
DISCREPANCY: major (RADPEER 2b).
Communication: called ED physician {{NAME:Lars Engebretsen}}, MD at 08:22; patient still in ED (boarding). Neurosurgery consult placed. Anticoagulation (apixaban) held. Daughter {{NAME:Krystyna}} at bedside.
Peer review entered, case {{ID:PR-24-0193}}.
Note: patient nursing home resident, {{FACILITY:Birchwood Kirke Lutheran Home}}, {{LOCATION:Cass Lake}}; facility phone {{PHONE:218-555-0107}}.`,
  `{{FACILITY:Bramblewood Pathology Associates}} - AMENDED REPORT
Case {{ID:S24-04398}}   Patient {{NAME:Pellegrino, Vittoria}}   DOB {{DATE:9/19/1963}}   MRN {{MRN:CR-2280033}}
Procedure {{DATE:03/05/2024}}: left thyroid lobectomy with intraoperative frozen section. Surgeon: {{NAME:Theron Abernathy}}, MD
FROZEN SECTION: "follicular lesion, defer to permanents" (called to OR at 10:44 by {{NAME:Bartholomew Ng}}, MD).
FINAL DIAGNOSIS (original, {{DATE:03/08/2024}}): follicular adenoma, 2.6 cm.
AMENDMENT ({{DATE:03/14/2024 09:40}}): After submission of the entire capsule (additional blocks A9-A16), one focus of complete capsular penetration is identified (block A12). No vascular invasion in 4+ vessels examined.
AMENDED DIAGNOSIS: minimally invasive follicular carcinoma, 2.6 cm, capsular invasion only, margins negative (closest 1 mm). pT2 (AJCC 8th). Consult with {{NAME:Emeka Nwosu}}, MD ({{FACILITY:Keystone Ridge Molecular Laboratory}}), who concurs; consult {{ID:KML-C-24-0412}}.
Reason for amendment: change in diagnosis. Clinician notified: Dr. {{NAME:Abernathy}} by phone {{PHONE:(570) 555-0161}} on {{DATE:3/14/2024 10:05}}; patient to be seen {{DATE:Monday 3/18}}.
Pathologist: {{NAME:Bartholomew Ng}}, MD   Signed {{DATE:03/14/2024 10:11}}`,
  `CYTOPATHOLOGY - FINE NEEDLE ASPIRATION, THYROID
Accession {{ID:FN24-00311}}   Patient: {{NAME:Hollis, Bernadette}}   DOB {{DATE:04/04/1976}}   MRN {{MRN:CMI2290361}}
Procedure date: {{DATE:03/21/2024}} at {{FACILITY:Copperfield Medical Imaging}}, US-guided by {{NAME:Ansgar Pohl}}, MD
Specimen: right mid thyroid nodule, 2.3 cm, ACR TI-RADS TR5; 4 passes, 25G; 2 air-dried, 2 alcohol-fixed slides; needle rinse in CytoLyt.
Adequacy: satisfactory; more than 6 groups of follicular cells with 10+ cells each.
DIAGNOSIS: Bethesda category V - suspicious for malignancy (suspicious for papillary thyroid carcinoma). Nuclear enlargement, overlapping, powdery chromatin, occasional intranuclear pseudoinclusions and grooves; scant colloid. ThyroSeq requested, sent {{DATE:3/22}}, tracking {{ID:TS-2403-88210}}.
Cytotechnologist: {{NAME:Marguerite Osei}}, CT(ASCP)   Cytopathologist: {{NAME:Ilse Brandvold}}, MD
Results sent to {{NAME:Yaw Mensah}}, MD, {{FACILITY:Neosho Endocrine Clinic}}, fax {{FAX:417-555-0149}}; patient portal message sent.
Final {{DATE:03/22/2024 14:27}}`,
  `DERMATOPATHOLOGY REPORT
{{FACILITY:Bramblewood Pathology Associates}}   Case {{ID:D24-02760}}
Patient: {{NAME:Ambrose Kettleworth}}   Age {{AGE:91}}   DOB {{DATE:4/30/1932}}   MRN {{MRN:MSI-118274}}
Submitting: {{NAME:Lucinda Marsh}}, PA-C, {{FACILITY:Messalonskee Dermatology}}, {{LOCATION:Waterville}}, ME
Date of biopsy: {{DATE:03/11/2024}}   Received {{DATE:03/12/2024}}
Clinical: 1.1 cm pearly nodule with telangiectasia, left nasal ala; clinical photograph attached to requisition, {{PHOTO:MSD_KETTLEWORTH_FACE_031124.jpg}}.
Specimen: shave biopsy, left nasal ala.
Diagnosis: basal cell carcinoma, nodular and infiltrative types, extending to the deep and peripheral margins.
Comment: infiltrative growth pattern; Mohs micrographic surgery suggested (high-risk location, H-zone).
Pathologist: {{NAME:Ilse Brandvold}}, MD   Signed {{DATE:Mar 14 2024}}
Results phoned to {{NAME:L. Marsh}} and to patient's granddaughter {{NAME:Celeste}} ({{PHONE:207-555-0170}}), who manages appointments. Referral to Mohs surgeon, {{FACILITY:Penjajawock Skin Surgery Center}}.`,
  `PEDIATRIC ECHOCARDIOGRAM
{{FACILITY:Lourdes Ridge Children's Heart Clinic}}   Study {{ID:PE-24-0402}}   Date {{DATE:3/14/2024}}
Patient: {{NAME:Mateo Alvarado-Reyes}}   DOB {{DATE:11/04/2020}}   Age 3 y   MRN {{MRN:LR-3040216}}
Parents: {{NAME:Yesenia Reyes}} and {{NAME:Tomas Alvarado}}; home {{PHONE:(270) 555-0177}}
Referred by {{NAME:Matthias Greer}}, MD, for murmur heard at preschool physical ({{FACILITY:Tadpole Hollow Preschool}}).
Sedation: none; watched cartoons. Sonographer: {{NAME:Rhiannon Tuttle}}, RDCS (PE)
Findings: situs solitus, levocardia. Secundum atrial septal defect 9 mm with left-to-right shunt; right atrial and right ventricular dilation (RV z-score +2.8). Qp:Qs estimated 1.9. Normal pulmonary venous return (all four veins seen). Mild pulmonary valve flow acceleration (peak 1.6 m/s) due to increased flow. Normal biventricular systolic function. Left aortic arch, no coarctation. No PDA.
Impression: moderate-to-large secundum ASD with RV volume load; suitable rims for device closure except deficient aortic rim (3 mm).
Plan: refer to interventional cardiology, {{NAME:Desmond Achterberg}}, MD; repeat echo before cath. Family given handout in Spanish.
Read: {{NAME:Ottilie Brandauer}}, MD   {{DATE:03/14/2024 12:30}}
Copy: {{FACILITY:Knobs Country Family Medicine}} and {{EMAIL:greer.m@knobscountryfm.example.com}}`,
  `OBSTETRIC ULTRASOUND - DETAILED ANATOMY (76811)
{{FACILITY:Brightwater Diagnostic Imaging}} Maternal-Fetal Medicine   Acc {{ID:OB2403140019}}
Patient: {{NAME:Anneke Visser-Holt}}   DOB {{DATE:06/21/1989}}   MRN {{MRN:BDI-8834410}}   Exam {{DATE:03/14/2024}}
LMP {{DATE:10/26/2023}}; EDD by first-trimester CRL ({{DATE:12/28/2023}}) {{DATE:08/01/2024}}. GA today 20w2d.
G2P1001. Referring: {{NAME:Gwendolyn Ashby}}, CNM, {{FACILITY:Samish Crest Midwifery}}
Sonographer: {{NAME:Hollis Brekke}}, RDMS (OB/GYN)
Single live intrauterine pregnancy, cephalic. FHR 148 bpm. BPD 47 mm, HC 176 mm, AC 154 mm, FL 33 mm; EFW 345 g (48th percentile, Hadlock).
Placenta posterior, fundal, no previa; cord insertion central; 3-vessel cord. AFI normal (DVP 5.1 cm).
Anatomy: intracranial structures, face, spine, heart (4-chamber, outflow tracts, 3VT), stomach, kidneys, bladder, extremities visualized and normal. Isolated echogenic intracardiac focus in left ventricle.
Cervical length transvaginal 3.8 cm.
Impression: normal anatomy survey except isolated EIF; low-risk cell-free DNA ({{DATE:Dec 2023}}), no further testing.
Interpreted by {{NAME:Linnea Sandvik}}, MD   Signed {{DATE:3/14/24 15:48}}`,
  `INTERVENTIONAL RADIOLOGY - PORT PLACEMENT
{{FACILITY:Mercy Hollow Cancer Center}} IR suite 2   Date: {{DATE:2024-03-14}}
Patient: {{NAME:Pham, Quoc Bao}}   DOB {{DATE:02/18/1971}}   MRN {{MRN:MH-3401187}}   Order {{ID:IR-ORD-55104}}
Operator: {{NAME:Cyrus Farahani}}, MD   Assist: {{NAME:Lena Okwuosa}}, RT(R)(VI)   Sedation RN: {{NAME:Beau Theriot}}
Indication: chemotherapy access (FOLFOX), colon adenocarcinoma. Oncologist {{NAME:Leontyne Sharpe}}, MD.
Procedure: right internal jugular vein accessed with US guidance (permanent image stored). Single-lumen 8 Fr power-injectable port placed in right chest subcutaneous pocket; catheter tip at cavoatrial junction under fluoroscopy. Flushes and aspirates. Pocket closed in 2 layers with 4-0 Monocryl, Dermabond. Fluoro 0.6 min. Midazolam 2 mg, fentanyl 100 mcg.
Implant: port model listed on sticker, SN {{DEVICE:PT8F-2211507}}, lot 2311T09 (exp 11/2026). Implant card given to patient.
Complications: none. Ready for use today.
Pt sister {{NAME:Thi Lan Pham}} updated in waiting room, {{PHONE:502-555-0169}}.
Dictated {{DATE:3/14/2024 13:06}}  {{NAME:CF}}/{{NAME:ao}}  Job {{ID:7716034}}`,
  `VIDEOFLUOROSCOPIC SWALLOW STUDY (MODIFIED BARIUM SWALLOW)
Patient: {{NAME:Philomena Kuykendall}}   Age {{AGE:96}}   DOB {{DATE:10/10/1927}}   MRN {{MRN:TBM-008812}}
Date {{DATE:03/14/2024}}   {{FACILITY:Tamarisk Bend Medical Group}} Radiology, {{LOCATION:Rome}}, NY
SLP: {{NAME:Winifred Osterhout}}, MS, CCC-SLP   Radiologist: {{NAME:Ansgar Pohl}}, MD   Fluoro time 2.8 min
Referred from {{FACILITY:Mohawk Bluff Skilled Nursing}} after aspiration pneumonia {{DATE:2/20}}. Currently on mechanical soft/mildly thick liquids.
Consistencies: thin, mildly thick, moderately thick liquids, puree, soft solid, 13 mm barium tablet.
Findings: delayed swallow initiation (bolus at pyriform sinuses); reduced base-of-tongue retraction with moderate vallecular residue. Thin liquid by cup: silent aspiration (PAS 8). Mildly thick by teaspoon: penetration, cleared (PAS 3). Chin tuck effective. Cervical esophagus: prominent cricopharyngeal bar; no Zenker diverticulum.
Recommendation: mildly thick liquids by teaspoon, chin tuck, upright 90 degrees, meds crushed in puree. Goals of care per health care proxy, son {{NAME:Ambrose Kuykendall Jr.}} ({{PHONE:315-555-0130}}).
Report faxed to SNF at {{FAX:315-555-0131}}, attention {{NAME:Deb}}.`,
  `VESTIBULAR FUNCTION TESTING (VNG / vHIT / caloric)
{{FACILITY:Tamarisk Bend Audiology & Hearing}}   Date {{DATE:March 14, 2024}}
Patient: {{NAME:Osvaldo Benedetti}}   DOB {{DATE:1/27/1960}}   MRN {{MRN:TA-221734}}
Tester: {{NAME:Nkechi Adeyinka}}, Au.D.   Referring ENT: {{NAME:Aurelio Benavides}}, MD
History: episodes of rotational vertigo lasting 2-4 hours with left aural fullness and roaring tinnitus since {{DATE:November 2023}}; last episode {{DATE:3/9}}.
Oculomotor: saccades, smooth pursuit, optokinetic normal. No spontaneous or gaze-evoked nystagmus with fixation removed.
Positional: Dix-Hallpike negative bilaterally; no BPPV.
vHIT: lateral canal gains R 0.94, L 0.81; no catch-up saccades.
Caloric (bithermal air): left reduced vestibular response, unilateral weakness 38%. Directional preponderance 8%.
Audiogram same day: low-frequency sensorineural loss left (250-500 Hz 45 dB HL); right normal.
Impression: left peripheral vestibular hypofunction with left low-frequency SNHL - consistent with Meniere disease.
Results sent to Dr. {{NAME:Benavides}} ({{FACILITY:Kessler-Marsh Ear & Skull Base Center}}), fax {{FAX:(423) 555-0108}}. Patient requests results via {{EMAIL:obenedetti60@example.net}}.`,
  `CARDIAC MRI WITH AND WITHOUT CONTRAST
{{FACILITY:Quarry Hill Heart & Vascular}} Imaging   Acc {{ID:CMR-24-0219}}   Date {{DATE:03/14/2024}}
Patient: {{NAME:Sigrun Halvorsen-Achebe}}   DOB {{DATE:1985-12-03}}   MRN {{MRN:QH0941126}}
Referring: {{NAME:Rosalind Achebe}}, MD   Technologist: {{NAME:Marcus Feeney}}, RT(R)(MR)
Indication: chest pain with troponin peak 4.1 ng/mL {{DATE:3/10}}, nonobstructive coronaries on cath {{DATE:3/11}}.
Contrast: gadobutrol 7.5 mL.
LV: EDV 152 mL (index 84), EF 54%. Mild hypokinesis of the basal inferolateral wall. RV normal.
T2 STIR: increased signal in inferolateral subepicardium. Native T1 elevated (1098 ms), T2 mapping 58 ms.
LGE: patchy subepicardial and mid-wall enhancement basal-mid inferolateral wall, non-ischemic pattern. No subendocardial LGE.
Pericardium: small effusion, mild enhancement.
Impression: acute myopericarditis (updated Lake Louise criteria met). MINOCA workup complete.
Read by {{NAME:Ifeoma Nwachukwu}}, MD and {{NAME:Thaddeus Iwu}}, MD   {{DATE:3/14/2024 18:40}}
Images: {{URL:https://pacs.quarryhillhv.example.org/cmr/CMR-24-0219}}
Pt works at {{FACILITY:Hollow Reed Distillery}}; return-to-work note provided (no strenuous exertion x 3-6 months).`,
  `TRANSCRIPTION SERVICE - QA HOLD LOG (radiology dictations, night queue)
Vendor: {{FACILITY:Stillwater Quill Scribe Services}}   QA editor: {{NAME:Ngaire Whitford}} ({{NAME:nw}})   Date {{DATE:3/14/2024}}
Job {{ID:8812231}} - Dr. {{NAME:Vemuri}}, CT head, pt {{NAME:Wojcik, Henryk}}: voice recognition rendered "no acute intercranial" - corrected to intracranial. Released 04:11.
Job {{ID:8812240}} - Dr. {{NAME:Marchand}}, knee MRI, pt {{NAME:Abernathy-Cole}}: blank at "___ cyst"; audio confirms "Baker's cyst" (eponym, not a name). Released.
Job {{ID:8812255}} - Dr. {{NAME:Ostrowski}}, lumbar MRI: dictated MRN "{{MRN:zero zero zero zero seven three one one five nine}}"; matched to {{MRN:0000731159}}. Date of comparison dictated as "{{DATE:January second}}" - entered {{DATE:01/02/2024}}.
Job {{ID:8812263}} - unable to match patient ("Mister {{NAME:Tran}}?"), DOB dictated {{DATE:8/11/52}}; held, message left for reading room ext {{PHONE:4-7721}}.
Job {{ID:8812270}} - dictation cut off mid-impression; re-dictation requested via {{EMAIL:nightqueue@quillscribe.example.com}}.
Turnaround: 41 jobs, mean 38 min. Escalations to supervisor {{NAME:Pilar Santangelo}}.`,
  `ADDENDUM - CORRECTED LATERALITY
Original report: XR SHOULDER 2+ VIEWS, finalized {{DATE:03/13/2024 17:20}}   Acc {{ID:XR2403130551}}
Patient: {{NAME:Okonjo, Chidera}}   DOB {{DATE:10/8/1979}}   MRN {{MRN:LK00419932}}   {{FACILITY:Larkmere Imaging - North}}
ADDENDUM {{DATE:03/14/2024 08:05}}:
The original report incorrectly stated "LEFT shoulder" in the exam title and impression. The images and order are of the RIGHT shoulder. The corrected impression: nondisplaced fracture of the greater tuberosity of the RIGHT humerus; no dislocation; AC joint intact. Findings otherwise unchanged.
This correction was communicated to ordering provider {{NAME:Ernesto Valdivia}}, NP ({{FACILITY:Bubbly Creek Occupational Health}}) by telephone at 08:12 ({{PHONE:312-555-0122}}). Notification of the workers' compensation adjuster is not required.
Workers' comp claim {{ACCOUNT:WC-24-0033817}}; employer {{FACILITY:Sauganash Freight Terminal}}.
Technologist of record: {{NAME:Dario Santelli}}, RT(R)
Addendum by {{NAME:Feliks Ostrowski}}, MD`,
  `OUTSIDE STUDY IMPORT - FAILED / REQUEST FOR RESEND
To: Image exchange desk, {{FACILITY:Spring River Community Hospital}}   Email {{EMAIL:imaging.exchange@springriverch.example.org}}
From: PACS team, {{FACILITY:Copperfield Medical Imaging}}, {{PHONE:(417) 555-0100}}
Date: {{DATE:14 March 2024 10:22}}
Patient: {{NAME:Hollis, Bernadette}}, DOB {{DATE:04/04/1976}}, your MRN {{MRN:SRCH-0098113}}
Study requested: US thyroid dated {{DATE:08/22/2022}}, your accession {{ID:SR-US-22-14470}}.
Problem: the DICOM push from your gateway {{IP:203.0.113.214}} to our router {{IP:198.51.100.40}} (port 104) failed with association rejected (called AE title mismatch). The share link {{URL:https://exchange.springriverch.example.org/s/4YrP09}} expired after 72 hours before download.
Please re-send via the portal or mail a CD to {{ADDRESS:2600 E 32nd St, Suite 100}}, {{LOCATION:Joplin}}, MO {{ZIP:64804}}, attention {{NAME:Derek Yamaguchi}}.
Needed before FNA on {{DATE:3/21}}. Thank you.`,
  `PACEMAKER FOLLOW-UP (nursing facility visit)
Location: {{FACILITY:Birchwood Kirke Lutheran Home}}, {{ADDRESS:1404 Lake Ave NW}}, {{LOCATION:Cass Lake}}, MN {{ZIP:56633}}, room 118
Patient: {{NAME:Agnes Tvedt}}   {{AGE:97}} yo F   DOB {{DATE:4/2/1926}}   MRN {{MRN:PC-1038871}}
Date: {{DATE:03/14/2024}}   Device nurse: {{NAME:Hannah Mertz}}, RN, CCDS, with portable programmer
Device: single-chamber VVIR pacemaker (leadless), implanted {{DATE:June 2021}}, SN {{DEVICE:MAV209834H}}. Indication: AF with slow ventricular response.
Battery: 9.2 years remaining. Pacing threshold 0.63 V @ 0.24 ms, R wave 9.8 mV, impedance 610 ohms. VP 41%.
Rate histogram appropriate; rate response on, but pt mostly wheelchair-level. No high-rate episodes.
Reprogrammed lower rate 60 to 70 bpm per family request after two near-falls with HR in the 60s (orthostatic component also likely).
Spoke with daughter {{NAME:Ingrid Tvedt-Larson}} ({{PHONE:218-555-0119}}) and charge nurse {{NAME:Bonnie}}.
Next check 6 months, remote not available at facility (no cellular signal in building).
Signed {{NAME:Torvald Brekken}}, MD (reviewed) {{DATE:3/15/2024}}`,
  `EXERCISE STRESS ECHOCARDIOGRAM
{{FACILITY:Clarks River Heart and Vascular}}, {{LOCATION:Paducah}}   Study date {{DATE:Mar. 14, 2024}}
Patient: {{NAME:Cordelia Ashworth}}   DOB {{DATE:7/19/1964}}   MRN {{MRN:TRH55874}}   Acct {{ACCOUNT:TRH-A-00931275}}
Ordering: {{NAME:Colm Mulcahy}}, MD   Sonographer: {{NAME:Jamal Whitfield}}, RDCS   Stress nurse: {{NAME:Ruthanne Pryor}}, RN
Indication: exertional chest tightness; RBBB on resting ECG (non-diagnostic for ischemia).
Protocol: Bruce; exercised 8:31 min (stage III), 10.1 METs; stopped for fatigue. Peak HR 158 (100% MPHR). BP 128/80 to 176/82. Chest tightness at peak, resolved in recovery.
ECG: baseline RBBB; no additional diagnostic changes. Rare PVCs.
Rest echo: LVEF 60%, normal wall motion.
Peak stress: new hypokinesis of mid and apical anterior wall and apex; LV cavity failed to decrease in size. EF at peak 50%.
Impression: positive stress echocardiogram for ischemia in the LAD territory; moderate-risk findings.
Plan: coronary angiography. Discussed with Dr. {{NAME:Mulcahy}}; scheduled {{DATE:Monday, March 18}} at {{FACILITY:Lourdes Ridge Medical Center}}.
Interpreting cardiologist: {{NAME:Anneliese Brandt}}, MD   {{DATE:03/14/2024 11:50}}
Patient phone {{PHONE:270-555-0142}}; husband {{NAME:Wade}} accompanying.`,
  `HEAD-UP TILT TABLE TEST
{{FACILITY:Three Forks Heart Rhythm Clinic}}   Date {{DATE:2024-03-14}}   Test # {{ID:TT-24-031}}
Patient: {{NAME:Keely O'Donnchadha}}   DOB {{DATE:2/29/2004}}   Age 20   MRN {{MRN:TF-0095518}}
Referring: {{NAME:Priscilla Nakashima}}, MD   Supervising: {{NAME:Esperanza Villarreal}}, MD   Tech: {{NAME:Rory Fitzpatrick}}, RN
History: recurrent syncope standing in line at work ({{FACILITY:Baxter Creek Coffee Co.}}); three episodes since {{DATE:December 2023}}, last {{DATE:2/25}}.
Supine 10 min: HR 68, BP 112/70.
Tilt 70 degrees: at 3 min HR 104, BP 108/72; at 10 min HR 126, BP 104/68 (HR increase 58 bpm without orthostatic hypotension), lightheaded, palpitations, acrocyanosis of feet.
At 22 min: abrupt BP fall to 62/34, HR to 41, then 6.2 s asystole with loss of consciousness; tilted back, recovered in 20 s. No convulsive activity.
Isoproterenol phase not performed.
Impression:
1. Postural orthostatic tachycardia pattern.
2. Mixed/cardioinhibitory vasovagal syncope (VASIS type 2B).
Plan: fluids 2-3 L/day, salt tablets, compression garments; counter-pressure maneuvers taught. Follow-up with Dr. {{NAME:Nakashima}}. Mother {{NAME:Siobhan}} present, {{PHONE:406-555-0156}}.
Signed {{DATE:3/14/2024}} {{NAME:E. Villarreal}}`,
  `HIGH-RESOLUTION ESOPHAGEAL MANOMETRY AND 24-H pH-IMPEDANCE
{{FACILITY:Orchard Valley Endoscopy Center}} GI Motility Lab   Study {{ID:HRM-24-0117}}
Patient: {{NAME:Rafael Quintanilla-Ortiz}}   DOB {{DATE:5/17/1966}}   MRN {{MRN:OV3318420}}
Manometry {{DATE:4/10/2024}}; pH catheter removed {{DATE:4/11/2024 09:10}}   Technician: {{NAME:Colette Fournier}}, RN
Indication: persistent dysphagia after Schatzki ring dilation on {{DATE:March 14, 2024}}; Barrett's esophagus on surveillance.
HRM (Chicago Classification v4.0), 10 supine + 5 upright swallows: LES basal pressure 8 mmHg, IRP 9 mmHg (normal). DCI mean 410 mmHg-s-cm; 70% ineffective swallows, 20% failed. No premature contractions. 3-cm hiatal hernia (LES-CD separation). MRS: poor contractile reserve.
Dx: ineffective esophageal motility.
pH-impedance (off PPI 7 days): acid exposure time 9.8% (conclusive GERD per Lyon 2.0); 96 reflux events; DeMeester 38.4. Symptom association: heartburn SAP 98%.
Impression: IEM with pathologic acid reflux; consider fundoplication with caution (partial/Toupet).
Interpreted by {{NAME:Harriet Lindqvist}}, MD   {{DATE:04/12/2024}}
cc: Dr. {{NAME:Beaulieu}}, {{FACILITY:Messalonskee Internal Medicine}}; surgical referral to {{NAME:Ignatius Thorne}}, MD. Pt cell {{PHONE:(207) 555-0129}}.`,
  `METHACHOLINE CHALLENGE TEST
{{FACILITY:Cedar Notch Regional Medical Center}} Pulmonary Function Lab   Test date {{DATE:3.14.2024}}
Name: {{NAME:Juniper Oyelowo-Banks}}   DOB {{DATE:12/2/1999}}   MRN {{MRN:CR-2295570}}   Acct {{ACCOUNT:4410098812}}
Ordering: {{NAME:Anjali Deshpande}}, MD   Technologist: {{NAME:R. Tillotson}}, RRT
Indication: episodic cough and chest tightness with running; normal baseline spirometry {{DATE:02/15/2024}}. Occupation: firefighter trainee, {{FACILITY:Wapsi Bend Fire Training Academy}}.
Pre-test: no bronchodilator x 24 h; no caffeine today. Baseline FEV1 3.42 L (98%), FVC 4.01 L.
Protocol: 5-breath dosimeter (ATS 2017), methacholine doses 0.0625, 0.25, 1, 4, 16 mg/mL.
Results: diluent FEV1 3.40 L. 0.25 mg/mL: 3.21 L (-6%). 1 mg/mL: 2.89 L (-15%). 4 mg/mL: 2.61 L (-23%). Test stopped. PC20 = 2.6 mg/mL (PD20 approximately 0.11 mg). Symptoms: wheeze, cough. Albuterol 360 mcg: FEV1 recovered to 3.38 L.
Interpretation: positive methacholine challenge, mild bronchial hyperresponsiveness, consistent with asthma in the appropriate clinical setting.
Interpreted by {{NAME:Moshe Abramowitz}}, MD   {{DATE:3/14/24}}
Fitness-for-duty form to be faxed to academy medical officer Capt. {{NAME:Renner}} at {{FAX:319-555-0188}}, with patient's written consent dated {{DATE:3/14/2024}}.`,
  `CARDIOPULMONARY EXERCISE TEST (CPET)
Patient: {{NAME:Ezra Blumenfeld}}   DOB {{DATE:04-11-1958}}   MRN {{MRN:QH0938842}}   Date {{DATE:03/14/2024}}
Lab: {{FACILITY:Quarry Hill Heart & Vascular}} Exercise Physiology   Physiologist: {{NAME:Tamar Nikolaidis}}, MS, ACSM-CEP
Referring: {{NAME:Ifeoma Nwachukwu}}, MD   Indication: HFrEF (EF 28%), LVAD/transplant candidacy.
Cycle ergometer, ramp 10 W/min. Reason for stopping: leg fatigue and dyspnea. RER 1.14 (maximal effort).
Peak VO2 11.8 mL/kg/min (41% predicted); VO2 at AT 8.9 mL/kg/min. VE/VCO2 slope 41.6. PETCO2 at rest 29 mmHg. Exercise oscillatory ventilation present. Peak work 68 W. HR 72 to 118 (chronotropic incompetence on beta-blocker). BP 98/64 to 112/66. SpO2 96% throughout. No arrhythmia; ICD (model name on file, no therapies).
Weber class C; Ventilatory class IV.
Impression: severe functional limitation of cardiac origin; meets peak VO2 <12 mL/kg/min on beta-blocker for transplant listing criteria.
Results to advanced HF team, coordinator {{NAME:Marisa Quintal}}, RN, {{PHONE:(419) 555-0102}}, {{EMAIL:hf.transplant@quarryhillhv.example.org}}.
Interpreting physician: {{NAME:Leopold Strand}}, MD   {{DATE:3/14/2024 15:15}}
Wife {{NAME:Ruth Blumenfeld}} attended.`,
  `PATIENT REGISTRATION / CHECK-IN RECORD - {{FACILITY:Larkmere Imaging - Central}}
Check-in {{DATE:03/14/2024 07:12}}   Kiosk 3   Registrar: {{NAME:Tenzin Dolma}}
Patient: {{NAME:Fitzgerald, Declan M}}   DOB {{DATE:11/29/1984}}   MRN {{MRN:LK00420558}}
Identity verified by palm-vein scan, template {{BIOMETRIC:PV-7F30-22A9-1C44}}; photo ID captured to chart as {{PHOTO:LK00420558_ID_20240314.jpg}}.
SSN on file: {{SSN:538-21-7740}}   Driver's license: MN {{LICENSE:F600-227-448-195}}
Address: {{ADDRESS:3318 Tamsworth Ave SE, Unit 2}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55414}}   Mobile {{PHONE:612-555-0175}}
Insurance verified: Lakes Regional Health Plan, member {{HEALTH_PLAN:LRH448820193}}, prior auth {{ID:PA24031455}} valid to {{DATE:06/11/2024}}. Copay $40 collected, receipt {{ACCOUNT:RC-2403140071}}.
Exam: MRI L-spine w/o, accession {{ID:MR-8813377}}. MRI safety screen completed; no implants.
Emergency contact: partner {{NAME:Siobhan Mulrooney}}, {{PHONE:612-555-0179}}.`,
  `{{FACILITY:Brightwater Diagnostic Imaging}} - Breast Center
{{ADDRESS:901 Harbor View Rd}}, {{LOCATION:Bellingham}}, WA {{ZIP:98225}}

{{DATE:March 15, 2024}}

Ms. {{NAME:Rosalind Kealoha-Finch}}
{{ADDRESS:5120 Alderbrook Dr, Apt 7}}
{{LOCATION:Bellingham}}, WA {{ZIP:98229}}

Re: Screening mammogram of {{DATE:03/12/2024}}   MRN {{MRN:BDI-8839021}}   Acc {{ID:MG2403120114}}

Dear Ms. {{NAME:Kealoha-Finch}},

Thank you for having your screening mammogram with us. Your radiologist found an area in your right breast that needs more pictures to be sure it is normal (BI-RADS 0, incomplete: focal asymmetry, upper outer quadrant, posterior depth). Most callbacks turn out to be normal tissue. Your breast tissue is scattered fibroglandular (B).

We have scheduled a diagnostic mammogram and possible ultrasound on {{DATE:Wednesday, March 20, 2024}} at 9:30 AM. If you need to change this time, please call our scheduler {{NAME:Imani}} at {{PHONE:(360) 555-0131}}.

A copy of this letter has been sent to your provider, {{NAME:Gwendolyn Ashby}}, CNM.

Sincerely,
{{NAME:Ingrid Solvang}}, MD, Breast Imaging`,
  `MRI SAFETY SCREENING - IMPLANT VERIFICATION (Level 2 MR personnel)
{{FACILITY:Larkmere Imaging - North}}   Date {{DATE:3/14/2024 14:05}}   Order {{ID:ORD7720418}}
Patient: {{NAME:Kowalski-Grant, Dorota}}   DOB {{DATE:5/23/1955}}   MRN {{MRN:LK00407751}}
Requested exam: MRI brain with and without gadolinium.
Implants reported:
1. Spinal cord stimulator, implanted {{DATE:09/14/2021}} at {{FACILITY:Calumet Harbor Pain & Spine Institute}}: IPG SN {{DEVICE:NSX4471092}}; leads (2) SN {{DEVICE:LD8831045}} and {{DEVICE:LD8831046}}. Labeling: MR Conditional, 1.5T only, B1+rms <= 2.0 uT, device in MRI mode, no lead fragments.
2. Cerebral aneurysm clip placed in 1998 in {{LOCATION:Krakow}}, Poland; no implant card; op note obtained from daughter {{NAME:Agnieszka}} ({{EMAIL:a.kowalska.grant@example.com}}) confirms titanium clip.
3. Bilateral hip arthroplasty - MR safe for this exam.
Verification: stimulator placed in MRI mode by rep {{NAME:Trent Bollinger}} by phone ({{PHONE:312-555-0145}}); impedance check normal.
Decision: cleared for 1.5T (magnet 2), normal operating mode, head coil only. Gadavist 6 mL.
MR safety officer: {{NAME:Yolanda Pruett}}, RT(R)(MR)   MRMD: {{NAME:Feliks Ostrowski}}, MD
Post-scan: stimulator restored to prior program, patient reported no heating.`,
  `TELEDERMATOLOGY E-CONSULT (store-and-forward)
Requested {{DATE:03/12/2024}} by {{NAME:Caleb Ruhl}}, PA-C, {{FACILITY:Hyalite Peak Urgent Care}}; answered {{DATE:03/14/2024 16:40}}
Patient: {{NAME:Thorvald Egeland}}   Age {{AGE:93}}   DOB {{DATE:1/15/1931}}   MRN {{MRN:HP-11820}}   Home: {{LOCATION:Livingston}}, MT
Images received: {{PHOTO:TD_0312_EGELAND_01.jpg}} (full face) and {{PHOTO:TD_0312_EGELAND_02.jpg}} (right profile of face, lesion on cheek), plus 3 dermoscopy images, via {{URL:https://teledx.example.org/case/55190}}, uploaded from {{IP:192.0.2.77}}.
History: enlarging 1.8 cm pink crusted nodule right malar cheek over 2 months, bleeds with shaving. Worked outdoors most of his life on a cattle ranch near {{LOCATION:Wilsall}}.
Dermoscopic features: arborizing vessels, ulceration, blue-gray ovoid nests; no pigment network.
Impression: most consistent with basal cell carcinoma; keratoacanthoma-type SCC less likely.
Recommendations: shave or punch biopsy in clinic; if BCC confirmed on the face in a {{AGE:93}}-year-old, discuss Mohs versus radiation. Photo-protection.
Dermatologist: {{NAME:Henrike Vollmer}}, MD   Consult {{ID:ECON-24-3312}}`,
  `BILLING CORRECTION - RADIOLOGY PROFESSIONAL CLAIM
Prepared by {{NAME:Delphine Okafor}}, CPC, coding specialist, {{FACILITY:Ridgewatch Teleradiology}} revenue cycle   Date {{DATE:04/02/2024}}
Patient: {{NAME:Tran, Minh Khoa}}   DOB {{DATE:08/11/1952}}   SSN {{SSN:461-37-0925}}
Medicare MBI {{HEALTH_PLAN:7KX2-MN4-RT55}}; secondary: Great Lakes Mutual, member {{HEALTH_PLAN:GLM00418827}}
Original claim {{ACCOUNT:CLM-24-0318829}} (DOS {{DATE:03/14/2024}}) billed CPT 72158 (MRI L-spine w/ and w/o contrast); report and technologist worksheet document non-contrast exam only. Corrected claim {{ACCOUNT:CLM-24-0318829-A}} submitted with CPT 72148, modifier 26.
Accession {{ID:MR-8812044}}; reading radiologist {{NAME:Feliks Ostrowski}}, MD, NPI {{LICENSE:1306847719}}.
Patient account at site: {{ACCOUNT:LK-ACCT-550198}}. Statement address: {{ADDRESS:4455 N Wexcombe Ave, Apt 3R}}, {{LOCATION:Chicago}}, IL {{ZIP:60625}}.
Note: patient called {{DATE:3/28}} disputing contrast charge - he was right. Refund of overpayment to be issued. Call-back number {{PHONE:312-555-0186}}.`,
  `{{DATE:O3/14/2O24 l1:26}}    FR: {{FACILITY:KEYST0NE RlDGE M0LECULAR LAB0RAT0RY}}   {{FAX:57O-555-Ol66}}     PG O1/O2
T0: {{FACILITY:Messal0nskee lnternal Medicine}} / Dr. {{NAME:Beaulieu}}       FAX: {{FAX:2O7-555-Ol02}}
M0LECULAR PATH0L0GY REP0RT - FlNAL
Patient: {{NAME:Whitfield, Eleanor G}}     DOB: {{DATE:O8/O3/l955}}     Sex: F
Client MRN: {{MRN:CR-228
4015}}      KML Accessi0n: {{ID:KML-OO88152}}
Ref. case: {{ID:S24-O4417}} ({{FACILITY:Brambl ewood Path0logy Associates}})
Collected: {{DATE:O3/O7/2O24}}   Received: {{DATE:O3/l1/2O24}}   Reported: {{DATE:O3/l4/2O24}}
Test: HER2 (ERBB2) FlSH, dual pr0be
Result: HER2/CEP17 rati0 1.4; average HER2 c0py number 3.1 signals/cell (2O cells c0unted x 2 readers).
lnterpretati0n: NEGATlVE (ASC0/CAP 2O18 Gr0up 5).
C0mment: Result c0rrelates with lHC 2+ (equivocal) on block A1.
Medical Direct0r: {{NAME:Emeka Nw0su}}, MD, PhD
Questi0ns: client services {{PHONE:(57O) 555-Ol6O}}`,
  `PORTABLE CHEST X-RAY, 1 VIEW - HOSPICE HOME VISIT
PATIENT: {{NAME:DUBOIS, ROSE-MARIE}}   AGE: {{AGE:99}}Y   DOB: {{DATE:01/30/1925}}   MRN: {{MRN:LR-1009922}}
EXAM DATE: {{DATE:03/14/2024 10:40}}   LOCATION: PATIENT HOME, {{ADDRESS:88 PERSIMMON HOLLOW RD}}, {{LOCATION:MURRAY}}, KY {{ZIP:42071}}
MOBILE X-RAY VENDOR: {{FACILITY:KENLAKE MOBILE DIAGNOSTICS}}, TECH {{NAME:TERRELL GASKINS}} RT(R), UNIT 4 (VAN)
ORDERING: {{NAME:MARGARET OYELARAN-HUNT}}, NP, {{FACILITY:CYPRESS BOTTOM HOSPICE}}
HISTORY: {{AGE:NINETY-NINE}} YEAR OLD WITH DEMENTIA, FEVER AND INCREASED SECRETIONS X 2 DAYS. COMFORT-FOCUSED CARE; FAMILY WANTS TO KNOW IF PNEUMONIA.
COMPARISON: {{DATE:12/02/2023}} ({{FACILITY:LOURDES RIDGE MEDICAL CENTER}}).
FINDINGS: SEMIERECT AP. ROTATED. NEW PATCHY OPACITY RIGHT LOWER LOBE WITH SMALL RIGHT PLEURAL EFFUSION. CARDIOMEGALY, UNCHANGED. AORTIC CALCIFICATION. DIFFUSE OSTEOPENIA; OLD LEFT HUMERAL NECK FRACTURE.
IMPRESSION: RIGHT LOWER LOBE PNEUMONIA, LIKELY ASPIRATION.
RESULTS PHONED TO HOSPICE RN {{NAME:CAROLINE}} {{PHONE:270-555-0111}} AT 12:05.
RADIOLOGIST: {{NAME:HIROSHI TANABE}}, MD   SIGNED {{DATE:03/14/2024 11:58}}`,
  `AUDIOLOGY - HEARING AID CONSULT (interpreter present)
{{FACILITY:Tamarisk Bend Audiology & Hearing}}   Visit {{DATE:3/14/2024}}
Patient: {{NAME:Corazon Dimaculangan}}   DOB {{DATE:06/06/1940}}   MRN {{MRN:TA-222490}}
Tagalog interpreter: {{NAME:Rowena Bautista}} (in person); patient's granddaughter {{NAME:Kristine Santos}} also present, {{PHONE:(575) 555-0190}}.
Arrived from {{LOCATION:Quezon City}} in {{DATE:January 2024}} to live with family in {{LOCATION:Las Cruces}}.
Brought hearing aids purchased in {{LOCATION:Manila}} in 2021; serial numbers R {{DEVICE:PH21-88034}}, L {{DEVICE:PH21-88035}}; not programmable with our software.
Otoscopy: cerumen impaction left, removed with curette. Tympanometry type A bilaterally.
Audiogram: bilateral symmetric moderate sensorineural hearing loss (PTA 52 dB HL). WRS 76% R, 72% L (Tagalog word list via interpreter; results approximate).
Plan: new receiver-in-canal aids; financial counseling (Medicaid pending, application {{ID:NM-MA-2024-118832}}). Return {{DATE:4/4}}.
Audiologist: {{NAME:Nkechi Adeyinka}}, Au.D.
Family email for appointment reminders: {{EMAIL:kris.santos.lc@example.com}}`,
  `24-HOUR AMBULATORY BLOOD PRESSURE MONITORING
{{FACILITY:Wapsipinicon Clinic}} Cardiology   Report {{ID:ABPM-24-0098}}
Patient: {{NAME:Boniface Mutua}}   DOB {{DATE:Oct 21, 1977}}   MRN {{MRN:WC-451882}}   Insurance {{HEALTH_PLAN:WLM-3318-20447}}
Monitor applied {{DATE:3/12/2024 09:30}}, removed {{DATE:3/13/2024 09:45}}. Monitor SN {{DEVICE:ABP-90217-332}}. Cuff: adult large, left arm.
Applied by {{NAME:Greta Sorensen}}, MA   Ordering: {{NAME:Augustine Mbatha}}, MD
Valid readings 62/68 (91%).
24-h mean 142/91 mmHg; HR 78.
Daytime (07:00-22:00) mean 148/96; nighttime (22:00-07:00) mean 131/84. Nocturnal dip 11% (dipper).
Morning surge present. Peak 176/108 at 14:20 (patient diary: work meeting).
Impression: sustained hypertension (daytime >= 135/85), not white-coat; office readings 150s/90s consistent.
Plan: add amlodipine; home BP log; recheck in 4 weeks. Patient works nights occasionally at {{FACILITY:Wapsi Bend Packing Plant}}; instructed on diary for shift days.
Interpreted {{DATE:3/14/2024}} by {{NAME:A. Mbatha}}
Pt contact {{PHONE:319-555-0157}}`,
  `ABDOMINAL AORTIC ANEURYSM SCREENING ULTRASOUND (Welcome to Medicare / USPSTF)
{{FACILITY:Clarks River Heart and Vascular}}   Acc {{ID:VAS-2403-1192}}   Date {{DATE:03-14-2024}}
Patient: {{NAME:Virgil Hatchett}}   DOB {{DATE:01/04/1959}}   MRN {{MRN:TRH56012}}   MBI {{HEALTH_PLAN:2RT6-FJ8-KP17}}
Risk: male, 65, former smoker (35 pack-years).
Technologist: {{NAME:Shayla Ritchey}}, RVT
Findings: infrarenal abdominal aorta maximal AP outer-to-outer diameter 4.1 cm, transverse 4.0 cm, fusiform, 3.2 cm below renal arteries. Mural thrombus along the anterior wall. Proximal aorta 2.1 cm. Common iliac arteries R 1.4 cm, L 1.5 cm. No retroperitoneal fluid seen.
Incidental: 1.2 cm left renal cyst, simple.
Impression: 4.1 cm infrarenal AAA. Recommend surveillance ultrasound in 12 months per SVS guidelines ({{DATE:March 2025}}), vascular surgery referral, smoking cessation maintenance, BP and lipid control.
Interpreting physician: {{NAME:Colm Mulcahy}}, MD, RPVI   {{DATE:3/14/24}}
Referred by {{NAME:Harlan Pruitt}}, MD, {{FACILITY:Knobs Country Family Medicine}}; letter to patient at {{ADDRESS:61 Pawpaw Hollow Rd}}, {{LOCATION:Benton}}, KY {{ZIP:42025}}.`,
  `TRANSTHORACIC ECHO WITH AGITATED SALINE (BUBBLE) STUDY
{{FACILITY:St. Osric Hospital}} Echo Lab   Study {{ID:TTE-24-03-2281}}   Date {{DATE:03/14/2024}}
Patient: {{NAME:Larkin Oduya-Voss}}   DOB {{DATE:9/1/1990}}   MRN {{MRN:SA-6634210}}   Inpatient, Neuro ICU bed 4
Attending: {{NAME:Anselm Graber}}, MD (stroke)   Sonographer: {{NAME:Keisha Arrington}}, RDCS
Indication: acute right MCA branch infarct {{DATE:3/12}}, age 33, no vascular risk factors. Occupational: dive instructor at {{FACILITY:Loon Cove Scuba Center}}.
Findings: LV size and function normal, EF 62%. RV normal. Atrial septum aneurysmal (excursion 12 mm).
Bubble study: with Valsalva release, >30 microbubbles in LA within 3 cardiac cycles (large shunt). At rest, 8-10 bubbles. No Chiari network. No intracardiac thrombus.
Impression: large PFO with atrial septal aneurysm; RoPE score 9.
Recommendation: TEE and structural cardiology evaluation for PFO closure ({{NAME:Beatrix Oduya}}, MD, no relation).
Read by {{NAME:Ifeoma Nwachukwu}}, MD   {{DATE:3/14/2024 10:44}}
Partner {{NAME:Jaime Castellanos-Voss}} at bedside ({{PHONE:603-555-0134}}).`,
  `ELECTROPHYSIOLOGY STUDY AND CATHETER ABLATION
{{FACILITY:Mercy Hollow Heart Institute}} EP Lab   {{DATE:March 14th 2024}}
Patient: {{NAME:Lachlan Whitaker}}   DOB {{DATE:03/22/1998}}   MRN {{MRN:MH-3412290}}   FIN {{ACCOUNT:880021503349}}
Operators: {{NAME:Samuel Achterberg}}, MD; {{NAME:Rosalind Achebe}}, MD (attending of record)   Mapping specialist: {{NAME:Dale Vukovich}} (industry)
Indication: SVT documented on mobile telemetry {{DATE:2/27/2024}} (report from {{FACILITY:CardioStream Monitoring}}).
Baseline: sinus, AH 78 ms, HV 42 ms. Dual AV nodal physiology with AH jump of 64 ms.
Induction: typical slow-fast AVNRT, cycle length 290 ms, reproducibly induced with atrial extrastimuli on isoproterenol 2 mcg/min. VA on His 0 ms.
Ablation: slow pathway modification, 8 RF lesions in the posteroseptal region, junctional rhythm with VA conduction preserved. Post-ablation: single echo beats only, noninducible on isoproterenol.
No Wenckebach change; AV node Wenckebach cycle length 360 ms pre and 370 ms post.
Complications: none. Fluoro 2.1 min. Venous access right femoral x3, figure-of-8 sutures.
Discharge same day; mother {{NAME:Robin Whitaker}} driving home to {{LOCATION:Bend}}. Questions: EP nurse line {{PHONE:(502) 555-0125}}.
Dictated {{DATE:3/14/24 14:02}}  {{NAME:SA}}/{{NAME:jrw}}`,
  `HEPATOBILIARY SCINTIGRAPHY (HIDA) WITH CCK
{{FACILITY:Copperfield Medical Imaging}}   Acc {{ID:NM24-03-1433}}   Date {{DATE:3/14/2024}}
Patient: {{NAME:Kestrel Abernathy-Moss}}   DOB {{DATE:1/9/1986}}   MRN {{MRN:CMI2301177}}
Ordering: {{NAME:Yaw Mensah}}, MD   Nuclear tech: {{NAME:Bryce Halloway}}, CNMT
Indication: recurrent postprandial right upper quadrant pain; ultrasound {{DATE:2/20/2024}} without stones.
Radiopharmaceutical: Tc-99m mebrofenin 5.2 mCi IV.
Findings: prompt hepatic uptake. Gallbladder visualized at 22 min. Small bowel activity at 30 min. Sincalide 0.02 mcg/kg infused over 60 min starting at 60 min: gallbladder ejection fraction 18% (normal >= 38%). Pain reproduced during infusion.
Impression: patent cystic duct; low gallbladder EF with symptom reproduction, supporting functional gallbladder disorder.
Radiologist: {{NAME:Ansgar Pohl}}, MD   {{DATE:03/14/2024 15:51}}
Automated results line: patient enrolled {{DATE:3/14/2024}}; caller verification by voiceprint, enrollment {{BIOMETRIC:VPRINT-0093-7721}}. Callback {{PHONE:417-555-0183}}.
Surgery consult requested with {{FACILITY:Redings Mill Surgical Associates}}.`,
  `{{DATE:O3/l5/24 O8:l2}}  FR0M: {{FACILITY:TRANS-PLAlNS FRElGHT 0CC HEALTH}}  {{FAX:(7Ol)555-Ol9l}}  PAGE 1 0F 2
T0: {{FACILITY:Halvorsen Sleep Dis0rders Ctr}} ATTN: Dr. {{NAME:Haugen}}   {{FAX:7Ol-555-Ol12}}
RE: DOT medical certification - CPAP compliance
Driver: {{NAME:SKAGGS, DELBERT R}}   DOB {{DATE:O2/O2/l97O}}   CDL ND {{LICENSE:SKA7O-O2O2}}
Employee # {{ID:TPF-O44l8}}   Assigned tractor: plate ND {{VEHICLE:lRP 442}}, VlN {{VEHICLE:3AKJHHDR8LSLl7O55}}
Company medical examiner: {{NAME:Noreen Falk-Olafson}}, DO, NRCME # {{LICENSE:l3O887442}}
Attached: driver's 30-day CPAP data card download fr0m device SN {{DEVICE:2325lO44l79}}. Driver states usage >= 4 hrs/night on 26 of 3O nights, AHl 2.9.
Requesting letter 0f compliance for 1-yr medical card; current card expires {{DATE:O4/3O/2O24}}.
Contact: safety manager {{NAME:Bryn Tollefson}} {{PHONE:7Ol 555 Ol92}}  {{EMAIL:safety@transplainsfreight.example.com}}`,
  `CT ABDOMEN AND PELVIS WITH IV CONTRAST - ED
Patient: {{NAME:Hayes-Nakamura, Bodhi}}   DOB {{DATE:7/12/2009}}   Age 14   MRN {{MRN:LR-3049981}}   Acc {{ID:CT-ED-240314-117}}
Exam {{DATE:03/14/2024 16:22}}   {{FACILITY:Lourdes Ridge Medical Center}} ED   Ordering: {{NAME:Marisela Solis}}, MD
History: RLQ pain since this morning, sent from school ({{FACILITY:Calloway Creek Middle School}}) by school nurse {{NAME:Pam Whitlow}}; fever 38.4, WBC 15.2. Pediatric ultrasound {{DATE:3/14}} at 14:05 nondiagnostic (appendix not seen).
Technique: weight-based protocol, Omnipaque 300, 60 mL; oral contrast not given. CTDIvol 6.8 mGy.
Findings: dilated appendix 11 mm with wall hyperenhancement, periappendiceal fat stranding and a 6 mm obstructing appendicolith at the base. No abscess, no free air. Small amount of free fluid in the pelvis. Mesenteric nodes up to 8 mm. Liver, spleen, pancreas, kidneys normal. Lung bases clear. No pars defect at L5 (mentioned as prior back pain).
Impression: acute appendicitis with appendicolith, nonperforated.
Called to Dr. {{NAME:Solis}} at 16:51; pediatric surgery ({{NAME:Ignatius Thorne}}, MD) notified.
Radiologist: {{NAME:Philippa Norcross}}, MD   Final {{DATE:3/14/2024 16:55}}
Images shared with mother's phone per request via {{URL:https://lr-imageshare.example.org/p/Xz88Qa}} (link accessed from {{IP:198.51.100.162}}). Mother {{NAME:Sayaka Hayes-Nakamura}}, {{PHONE:270-555-0108}}.`,
];

export const HELDOUT_REALISTIC_92_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout92-${i + 1}`, n));
