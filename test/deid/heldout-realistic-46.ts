// Held-out set 46 of hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone numbers are 555 numbers; towns and cities are real places used only
// as LOCATION). Flavour: hospital medicine across US community and academic hospitals. Shapes:
// admission H&Ps, daily progress notes, cross-cover and night admissions, consults (cardiology, EP,
// ID, nephrology, GI, pulmonary, oncology, geriatrics, addiction, vascular, palliative, neurology),
// procedure notes (paracentesis, thoracentesis, central line, PICC, EGD, cath, IR G-tube), rapid
// response and code blue records, ICU-to-floor and interfacility transfer summaries, transfer-center
// logs, discharge summaries (incl. ALL CAPS dictated ones and an AMA discharge), SNF handoff faxes,
// case management / UR, social work (guardianship, IPV), chaplaincy, PT, pharmacy med rec, HF
// navigator, an eICU event note, a letter to an outside PCP and one MIMIC-style [** **] export.
// Sources of variety: wards named after people or places (Whitcomb 5, Kessler 4 East, Alamo 6),
// hospital abbreviations (MCMH, REUMC, RCH), outside hospitals, SNF/IRF/hospice/home-health
// placements, employers, schools, churches, pharmacies, transport agencies, families and contacts,
// pagers, extensions and spectralinks, dates and times in many formats, device serials, plan
// numbers, Title case, ALL CAPS and lower-case shorthand; look-alike non-PHI includes eponyms
// (Foley, Glasgow, Forrest, Light's, Kussmaul, Wernicke, Berg, Child-Pugh), drug names and doses,
// scores (NIHSS, CHA2DS2-VASc, MELD-Na, GBS, CIWA), lab values, device models, lot numbers, rooms
// and beds, POD#/C3D1/HD#, ICD codes, years and weekdays alone, clock times, ages of 89 and under,
// states and countries, and payers (Medicare Advantage, Molina, Humana, Aetna, BCBS OK).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles (Dr.,
// Mr., Ms., Rev., Imam) stay outside NAME spans; labels stay outside spans (MRN, pgr, x, ext);
// typist initials (PS/kd, jmr, dm, cop, MG) are NAME; a time attached to a full date is part of
// it (a time after a partial date like 9/14 0331, and a shift range, stay outside); a weekday
// written with a date is part of it; partial dates (3/7, the 16th) are DATE; a year
// alone, clock times alone, POD#, HD#, C3D1 and ages of 89 and under are not PHI; ages of 90 and
// over are AGE; MIMIC placeholders are annotated over their content (brackets outside), typed by
// what they stand for; hospital abbreviations (MCMH, REUMC) and wards or units with a proper name
// (Whitcomb 5, Kessler 4E) are FACILITY, generic unit types (SICU, MICU, CCU, CVICU) are not;
// schools, employers, churches, mosques, clubs, pharmacies,
// labs, shelters, EMS/transport, home-health, hospice, DME and dialysis units are FACILITY; cities
// and towns (incl. abroad) are LOCATION; states and countries are not PHI; payers and state
// agencies (state police) are not PHI; Medicare/Medicaid/insurer member numbers are HEALTH_PLAN;
// hospital account numbers are ACCOUNT; state therapist licences are LICENSE; a plate and a fleet
// truck number are VEHICLE; pump, CGM, ICD, sensor, scope, BiPAP and tablet serials are DEVICE;
// accession, requisition, pathology, authorization, transfer-center, interpreter, incident,
// police case, docket, trip and job numbers are ID; short in-house pagers and extensions are
// PHONE; lot numbers are not PHI; a highway mile marker where a person was found is ADDRESS.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9211 / 0.9711; pass-11 engine (789a1c5) 0.9483 / 0.9700; pass-12 final engine (978114a) 0.9610 / 0.9701;
// pass-13 final engine (d08b7f6) 0.9632 / 0.9705.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `ADMISSION H&P - HOSPITALIST SERVICE
Pt: {{NAME:Delgado, Rosalind M}}     MRN {{MRN:004417782}}     DOB {{DATE:04/19/1951}}
Admit: {{DATE:03/02/2024 22:41}}    Unit: {{FACILITY:Whitcomb 5}} rm 512-B
Attending: {{NAME:Harlan Okonkwo}}, MD (pgr {{PHONE:4471}})
PCP: Dr. {{NAME:Sussman}}, {{FACILITY:Linden Street Family Practice}}

CC: SOB x3 days

HPI: 72 yo F w/ HFrEF (EF 30% on TTE {{DATE:11/2023}}), CKD 3b, T2DM, presents from home in {{LOCATION:Cuyahoga Falls}} w/ worsening dyspnea, orthopnea (3 pillows), ~8 lb wt gain. Ran out of furosemide 40 mg last wk per daughter {{NAME:Marisol}} at bedside. Seen {{DATE:2/27}} at {{FACILITY:Summit Ridge Urgent Care}}, told to f/u w/ cardiology, did not. No CP. NYHA III.

PMH: HFrEF, AFib on apixaban 5 BID, CKD3b (baseline Cr 1.6), T2DM (A1c 8.1), OSA on CPAP
SH: lives w/ daughter at {{ADDRESS:2218 Wyoga Lake Rd, Apt 3}}, {{LOCATION:Cuyahoga Falls}} OH {{ZIP:44224}}. Former smoker 30 pk-yr, quit 2009. No EtOH.

EXAM: BP 148/92 HR 104 irreg RR 24 SpO2 89% RA -> 94% 3L NC. JVP to angle of jaw, bibasilar crackles, 2+ pitting edema to knees. 

LABS: BNP 2,140, Cr 2.1, K 5.2, trop hs 38 -> 41.

A/P: ADHF exacerbation 2/2 med nonadherence.
- IV furosemide 80 mg BID, strict I/O, daily wts, Foley if unable to void
- Hold metformin; SSI
- Cards consult ({{NAME:Patel-Reyes}} team), echo repeat
- Code: FULL. HCP: daughter {{NAME:Marisol Delgado}} {{PHONE:(330) 555-0148}}

{{NAME:H. Okonkwo}} MD  {{DATE:3/2/24 23:55}}`,
  `Progress Note - Medicine Teal Team - HD#3
{{DATE:Tuesday, March 5, 2024}}

S: No acute events overnight per RN {{NAME:Kayleigh}}. pt reports breathing "much better", slept flat. -4.2 L since admit. Still some leg swelling. Wants to go home before daughter's wedding on the {{DATE:16th}}.

O: Tm 37.1  BP 124/76  HR 88 irreg  SpO2 95% RA
wt 81.4 kg (adm 86.0)
I/O 1.2 / 3.9
Lungs: faint crackles L base. Ext: 1+ edema
Cr 1.9 (2.1) K 4.1 Mg 1.8

A/P 72F HFrEF, AFib, CKD3b adm w/ ADHF.
#ADHF - good response. cont furosemide 80 IV BID x 24h more then transition PO torsemide 40 daily. GDMT: restart metoprolol succinate 50, add empagliflozin 10 per cards (Dr {{NAME:Ifeoma Patel-Reyes}}, ext {{PHONE:6-2291}}).
#AFib - rate ok, cont apixaban, CHA2DS2-VASc 5
#CKD - Cr improving, renally dose meds
#Dispo - PT rec home w/ HH; CM {{NAME:Dana Whitlock}} arranging {{FACILITY:BrightPath Home Health}}. Anticipate DC {{DATE:3/7}}.

Pt seen and examined w/ resident Dr. {{NAME:Lowenstein}}. Agree w/ above.
{{NAME:Harlan Okonkwo}} MD, hospitalist, pager {{PHONE:4471}}`,
  `CARDIOLOGY CONSULT NOTE
REQUESTING: Dr. {{NAME:Okonkwo}} (Hospital Medicine)
REASON: HFrEF optimization, ?ischemic w/u
DATE OF SERVICE: {{DATE:03/03/2024}}
PATIENT: {{NAME:ROSALIND DELGADO}}   MRN: {{MRN:004417782}}   LOCATION: {{FACILITY:WHITCOMB 5}}-512B

HISTORY: Pt is a 72 y/o woman with nonischemic CMP diagnosed {{DATE:Aug 2019}} at {{FACILITY:Cleveland Lakeshore Heart Institute}} (records req'd, fax {{FAX:216-555-0177}}). LHC at that time reportedly w/ nonobstructive CAD. EF 35-40% -> 30% by most recent echo. Previously followed by Dr. {{NAME:Amrit Gill}} but lost to f/u after insurance change (now Medicare Advantage).

ECG: AFib 102, LBBB, QRS 152 ms.
TTE today: LVEF 25-30%, mod MR, RVSP 48.

IMPRESSION:
1. Acute on chronic HFrEF, NYHA III, volume overloaded, precipitated by diuretic nonadherence.
2. LBBB w/ QRS >150 - CRT candidate once on 3 mo GDMT.
3. Persistent AFib.

RECS:
- Diurese to euvolemia, goal net -2L/day
- Start sacubitril/valsartan 24/26 BID once Cr stable (hold ACEi 36 h)
- Empagliflozin 10 mg daily
- Outpt EP referral to Dr. {{NAME:Thaddeus Brannigan}}, {{FACILITY:Portage Heart & Vascular}} re CRT-D
- Will follow.

{{NAME:Ifeoma Patel-Reyes}}, MD FACC   cell {{PHONE:330-555-0106}}   {{EMAIL:ipatelreyes@summitridgehealth.org}}`,
  `DISCHARGE SUMMARY

NAME: {{NAME:Delgado, Rosalind}}
MRN: {{MRN:004417782}}   ACCT: {{ACCOUNT:HA-77120394}}
ADMIT: {{DATE:03/02/2024}}   DISCHARGE: {{DATE:03/07/2024}}
ATTENDING: {{NAME:Harlan Okonkwo}}, MD
DISCHARGE TO: Home w/ home health ({{FACILITY:BrightPath Home Health}}, {{PHONE:330-555-0162}})

DIAGNOSES: Acute on chronic systolic HF (I50.23); persistent AFib (I48.19); CKD 3b; T2DM

HOSPITAL COURSE: 72F adm w/ ADHF after running out of diuretics. Diuresed 6.1 L w/ IV furosemide, transitioned to torsemide 40 mg daily on {{DATE:3/6}}. GDMT optimized per cardiology: metoprolol succ 50, empagliflozin 10, sacubitril/valsartan 24/26 BID started {{DATE:3/6}} after 36h ACEi washout. Cr 2.1 -> 1.7. Discharge wt 80.2 kg (dry wt).

FOLLOW UP:
1. PCP Dr. {{NAME:Alan Sussman}} - within 7 days - {{PHONE:(330) 555-0131}}
2. HF clinic, {{FACILITY:Summit Ridge Heart Failure Clinic}}, {{DATE:3/14/24 @ 1030}}
3. EP Dr. {{NAME:Brannigan}} re: CRT - clinic will call
4. BMP on {{DATE:3/11}} - order faxed to {{FACILITY:Quest Fairlawn}} PSC

Pt and daughter {{NAME:Marisol}} verbalized understanding; teach-back done w/ RN {{NAME:Kayleigh Forster}}.

Dictated by {{NAME:H Okonkwo}} MD / transcribed {{NAME:jmr}}
D: {{DATE:03/07/2024 14:12}}  T: {{DATE:03/07/2024 16:40}}  Job # {{ID:8841207}}`,
  `RAPID RESPONSE TEAM NOTE
Called at 0312 on {{DATE:9/14/23}} to {{FACILITY:Hartwell 7 North}}, bed 14, for SBP 78.

Pt: {{NAME:Eugene Vanderpool}}, 81M, MRN {{MRN:M2290415}}, POD#2 s/p R hemicolectomy (Dr {{NAME:Ashcroft}}).
Primary RN {{NAME:Trini Baptiste}} noted pt diaphoretic, confused, HR 128.

On arrival: GCS 13 (E3V4M6). BP 80/44 MAP 56, HR 131 sinus tach, RR 26, SpO2 92% 2L, T 38.6. Abd distended, tender diffusely, JP w/ cloudy output ~120 mL.

Interventions:
- 2 L LR bolus -> BP 96/58
- Blood cx x2, lactate 4.1, CBC, CMP, procal
- Pip/tazo 4.5 g IV given 0331
- Stat CT A/P ordered
- Surgery chief Dr {{NAME:Menon}} paged (#{{PHONE:7732}}), at bedside 0345

Impression: sepsis, concern for anastomotic leak.
Disposition: transfer to SICU bed 4 accepted by Dr. {{NAME:Carla Wojcik}} 0410.
Family: wife {{NAME:Gladys Vanderpool}} called at {{PHONE:412-555-0193}}, updated, en route.

RRT RN: {{NAME:B. Aquino}} / RT: {{NAME:Sam Oduya}}
MD: {{NAME:Nikhil Rao}}, MD (night hospitalist)`,
  `ID CONSULT
Pt: {{NAME:VANDERPOOL, EUGENE}}  {{MRN:M2290415}}   Rm SICU-04
Date: {{DATE:Sept 15, 2023}}
Req by: Dr. {{NAME:C. Wojcik}}, SICU

Reason: intra-abdominal infection, abx guidance

81 yo M w/ hx CLL (untreated, followed by Dr. {{NAME:Feldstein}} at {{FACILITY:Monongahela Ridge Cancer Ctr}}), DM2, s/p lap R hemicolectomy {{DATE:9/12}} for cecal adenocarcinoma, c/b anastomotic leak on CT {{DATE:9/14}}, taken back to OR for washout + end ileostomy. Blood cx {{DATE:9/14}} 2/2 bottles GNR -> E. coli, ESBL pending. OR cx: E. coli, Enterococcus faecalis, B. fragilis.

Allergies: PCN (hives as child, tolerated cefazolin {{DATE:9/12}})

Current abx: pip/tazo 4.5 q6 (started {{DATE:9/14}} 0331), vanc (started {{DATE:9/14}})

Exam: Tmax 38.9, on norepi 0.05. Midline dressing c/d/i, ostomy pink.

A/P:
1. E. coli bacteremia + polymicrobial peritonitis, source controlled {{DATE:9/14}}.
- Cont pip/tazo pending ESBL screen; if ESBL -> meropenem 1 g q8
- D/c vanc if MRSA nares neg
- Repeat BCx {{DATE:9/16}}
- Anticipate 4 days post source control (STOP-IT), longer if bacteremia persists
2. CLL - hypogamm? check IgG

Thank you, will follow.
{{NAME:Marguerite Oyelaran}}, MD, Infectious Diseases. Pager {{PHONE:412-555-0104}}`,
  `nephrology f/u   {{DATE:9/17/23}}
pt {{NAME:E. Vanderpool}}  SICU bed 4

AKI on CKD3a, Cr 1.3 -> 3.4, ATN from septic shock + IV contrast {{DATE:9/14}}. Oliguric ~15 mL/h overnight. K 5.8, HCO3 16, BUN 71. no uremic sx. on norepi 0.03 weaning.
vol: + 7 L since admit, anasarca, CXR pulm edema

discussed w/ wife {{NAME:Gladys}} + son {{NAME:Peter Vanderpool}} (lives in {{LOCATION:Wheeling}}, ph {{PHONE:304-555-0127}}) re CRRT. They agree, pt previously stated would want short-term dialysis.

plan:
- CRRT via R IJ temp HD cath (placed by Dr {{NAME:Wojcik}} today), CVVHDF, 25 mL/kg/h, UF net -50 to -100/h as BP tolerates
- citrate anticoag
- renally dose meropenem (ESBL + per ID Dr {{NAME:Oyelaran}})
- daily BMP, Mg, Phos, iCa q6 on citrate

will follow daily.
{{NAME:Y. Haddad}}, MD  renal fellow   x{{PHONE:5519}}
staffed w/ Dr {{NAME:Rosenblum}}`,
  `PALLIATIVE CARE CONSULT
{{DATE:09/21/2023}}   {{FACILITY:Hartwell Pavilion}} SICU 4
Patient: {{NAME:Eugene Vanderpool}}   MRN {{MRN:M2290415}}
Referring: Dr {{NAME:Carla Wojcik}}

Reason: goals of care, prolonged ICU course

Met in family conference room w/ wife {{NAME:Gladys}} (HCP), son {{NAME:Peter}}, daughter {{NAME:Ruth Anne Kowalczyk}} (by phone from {{LOCATION:Tucson}}), chaplain Rev. {{NAME:Obadiah Lyle}}, SICU RN {{NAME:Jolene}}.

Pt remains on CRRT day 5, intermittent delirium (CAM-ICU+), not able to participate meaningfully. Family describes him as retired steelworker from {{FACILITY:Monview Forge Co.}} in {{LOCATION:Hazelwood}}, "stubborn," loved bowling at {{FACILITY:Greenfield Lanes}}. Previously told wife he would "never want to be kept alive on machines long term."

Discussed: prognosis guarded; new CLL complications; unlikely to return to independent living. Wife tearful but clear.

Outcome:
- Code status changed to DNR/DNI (MOLST completed, copy in chart)
- Continue current tx x 72 h time-limited trial incl CRRT; reassess {{DATE:9/24}}
- If no improvement, transition to comfort focused care; family would like hospice at {{FACILITY:Fernhill Family Hospice}}
- Spiritual care to continue

Time: 75 min, >50% counseling.
{{NAME:Leah Brightwater}}, DO   Palliative Medicine   {{PHONE:412-555-0150}}`,
  `PROCEDURE NOTE: ULTRASOUND-GUIDED PARACENTESIS
Date/Time: {{DATE:01/08/2025 1415}}
Patient: {{NAME:Tomasz Wierzbicki}}     MRN: {{MRN:20-558-913}}     Location: {{FACILITY:Kessler 4 East}}, Rm 4E-22
Operator: {{NAME:Priya Venkataraman}}, MD (PGY-2)   Supervising: {{NAME:Gerald Fountain}}, MD

Indication: tense ascites, EtOH cirrhosis (MELD-Na 24), r/o SBP
Consent: obtained from pt, who has capacity; interpreter (Polish) {{NAME:Halina}} via phone, ID {{ID:PL-40917}}.
Time-out performed at 1409.

Procedure: Pt supine, LLQ site identified w/ US, marked. Prepped w/ chlorhexidine, draped sterile. 1% lidocaine 8 mL local. 15G Caldwell needle inserted w/ Z-track technique, straw-colored fluid returned. 5.8 L removed via vacuum bottles. 25% albumin 50 g IV given (8 g/L removed). Needle removed, pressure dressing applied.

EBL minimal. Complications: none. Pt tolerated well.
Specimens: cell count/diff, albumin, total protein, gram stain, cx in blood cx bottles - sent to lab at 1440, accession {{ID:A25-0108-3311}}.

Post-procedure BP 108/64, stable.
{{NAME:P. Venkataraman}} MD / pager {{PHONE:2286}}
Attending attestation: I was present for the entire procedure. {{NAME:G. Fountain}}, MD`,
  `GI CONSULT
Consult date {{DATE:1/7/2025}}
Requesting: Hospital Medicine Gold, Dr. {{NAME:Fountain}}
Pt {{NAME:Wierzbicki, Tomasz}}   {{MRN:20-558-913}}   DOB {{DATE:12/2/1966}}

RFC: decompensated cirrhosis, ?transplant candidacy

HPI: 58M from {{LOCATION:Hamtramck}}, hx EtOH cirrhosis dx 2021 at {{FACILITY:Downriver Lutheran Hospital}}, last drink reportedly {{DATE:Thanksgiving 2024}}. Admitted w/ increasing abdominal girth, mild confusion. Prior EGD {{DATE:06/2023}} w/ small varices, on carvedilol 6.25 BID. No melena, no hematemesis.

Labs: Tbili 4.2, INR 1.9, Na 129, Cr 1.3, Alb 2.4, plt 61. AFP 4.

Impression:
- Decompensated EtOH cirrhosis, Child-Pugh C (11), MELD-Na 24
- Grade 1 HE
- Ascites, diagnostic tap pending

Recs:
1. Diagnostic + therapeutic para (primary team)
2. Lactulose titrate to 2-3 BMs, add rifaximin 550 BID
3. Na restriction 2 g, no fluid restriction unless Na <125
4. Transplant referral: needs 6 mo sobriety documentation; SW to connect w/ AA group at {{FACILITY:St. Florian Parish}} hall per pt preference
5. Outpt hepatology: Dr. {{NAME:Aurelia Nwachukwu}}, {{FACILITY:Detroit Medical Hepatology Associates}}, fax {{FAX:313-555-0119}}

{{NAME:Benedikt Strauss}}, MD, Gastroenterology  | beeper {{PHONE:313-555-0142}}`,
  `SOCIAL WORK ASSESSMENT
{{DATE:01/09/25}}  {{FACILITY:Kessler 4E}}
Pt: {{NAME:Tomasz Wierzbicki}}   MRN {{MRN:20-558-913}}

Referral: substance use, transplant eval support, housing

Met pt at bedside. Polish-speaking, declined interpreter for this conversation ("my English okay"). Lives alone in rented upper flat at {{ADDRESS:11940 Joseph Campau Ave, Upper}}, {{LOCATION:Hamtramck}}, MI {{ZIP:48212}}. Landlord Mr. {{NAME:Zielinski}} has been "patient" re: late rent. Worked 22 yrs at {{FACILITY:Dearborn Axle & Stamping}}, on disability since {{DATE:March 2022}}. Income SSDI ~$1,400/mo. Insurance: Medicaid (Molina), ID {{HEALTH_PLAN:MCD 0047719823}}.

Supports: sister {{NAME:Jadwiga Nowak}} in {{LOCATION:Krakow}}, Poland (WhatsApp {{PHONE:+48 12 555 0133}}); friend {{NAME:Stan Kubiak}} {{PHONE:313-555-0188}} drives him to appts. Estranged from ex-wife.

Substance use: AUDIT-C 11 prior to {{DATE:Nov 2024}}. States last drink {{DATE:11/28/24}}. No other drugs. Interested in AA; attended meetings at {{FACILITY:St. Florian Parish}} in past. Open to IOP at {{FACILITY:Eastside Recovery Collaborative}}.

Plan:
- Referral sent to IOP (intake {{PHONE:313-555-0170}}), fax confirmation rec'd
- Provided AA schedule; sponsor contact to be established
- Transplant SW {{NAME:Rochelle Abernathy}} notified
- Will f/u {{DATE:1/10}}

{{NAME:Kendra Ostrowski}}, LMSW   x{{PHONE:48806}}`,
  `INTERFACILITY TRANSFER SUMMARY
FROM: {{FACILITY:Marlow County Memorial Hospital}} (MCMH), {{LOCATION:Duncan}}, OK
TO: {{FACILITY:Red Earth University Medical Center}} - MICU
Date of transfer: {{DATE:07/22/2024}}   Time of departure: 1930
Transport: {{FACILITY:Red River AirMed}} rotor, tail # {{VEHICLE:N417AE}}

Patient: {{NAME:Wanda Sue Hightower}}   DOB: {{DATE:02/14/1959}}   MCMH MRN: {{MRN:0088142}}
Accepting MD: Dr. {{NAME:Farhan Siddiqui}}, MICU, accepted at 1812 via transfer center ({{PHONE:405-555-0100}}, ref # {{ID:TC-2407-22918}})
Sending MD: Dr. {{NAME:Luther Beebe}}, DO

Reason for transfer: need for higher level of care - severe DKA w/ AMS, possible need for CRRT, no intensivist coverage at MCMH overnight.

Summary: 65F T1DM (insulin pump, Tandem t:slim X2 s/n {{DEVICE:TSX-1187340}}) found down at home by neighbor {{NAME:Orville Pruitt}} {{DATE:7/22}} AM. Pump site dislodged x ~2 days. Arrival glucose >600, pH 6.94, HCO3 <5, AG 34, K 6.1, Cr 2.8. GCS 10.
Given 4 L NS, insulin gtt 0.1 u/kg/h started 1310, KCl held initially.
Most recent (1850): glucose 388, pH 7.08, K 4.2, GCS 12.

Lines: R FA 18g, L AC 20g. Foley placed.
Code status: FULL.
Family: husband {{NAME:Delbert Hightower}} driving up, cell {{PHONE:580-555-0191}}.

Records & imaging on CD w/ flight crew. Pump removed and bagged w/ pt.
{{NAME:L. Beebe}}, DO / RN report given by {{NAME:Charmaine Tso}} RN to MICU charge RN {{NAME:Reggie}} at 1845`,
  `MICU ADMISSION NOTE - {{FACILITY:REUMC}}
{{DATE:7/22/24 2150}}

{{NAME:Hightower, Wanda}}  65F  MRN {{MRN:E10447721}}
Transferred from {{FACILITY:MCMH}} ({{LOCATION:Duncan}}) by air for severe DKA.

Brief: see transfer summary. On arrival GCS 13, oriented to self, Kussmaul resp. Glucose 301, VBG 7.14/28, AG 26, K 3.6, phos 1.1, Cr 2.4.

A/P:
DKA, severe - cont insulin gtt per DKA protocol, D5 1/2NS when BG <250, KCl 20 mEq in each liter, K goal >3.5, replete phos (K-phos 15 mmol). BMP q2h, BG q1h. Transition to SQ basal-bolus (glargine) w/ 2 h overlap when AG closed x2.
AKI - prerenal, trend, renally dose
AMS - likely metabolic; CT head neg at MCMH. Neuro checks q2.
Pump - do not reconnect inpatient. Endo c/s in AM; pt's endocrinologist Dr {{NAME:Sunita Bhakta}}, {{FACILITY:Chisholm Trail Diabetes Center}}, {{PHONE:580-555-0158}}.
DVT ppx: heparin SQ
Dispo: MICU, anticipate floor ({{FACILITY:Sooner 8}}) in 24-48h

Husband {{NAME:Delbert}} arrived 2120, updated at bedside. He prefers calls on cell, not home line {{PHONE:580-555-0124}} (landline "doesn't work half the time").

{{NAME:Farhan Siddiqui}}, MD  MICU attending / resident {{NAME:Grace Liu-Hammond}}, MD`,
  `CASE MANAGEMENT NOTE
Date: {{DATE:7/26/2024}}    Unit: {{FACILITY:Sooner 8}} rm 821
Pt: {{NAME:Wanda Hightower}}   REUMC MRN {{MRN:E10447721}}   
Payer: BCBS OK   Member ID {{HEALTH_PLAN:XOK884201553}}   (employer: {{FACILITY:Stephens County Schools}})

Anticipated DC: {{DATE:7/27}} vs {{DATE:7/28}}
Dispo: home w/ husband, no HH needs per PT/OT (ambulating 300 ft independently).

Needs:
1. New insulin pump supplies - pt's pump (s/n {{DEVICE:TSX-1187340}}) returned to pt; infusion sets via {{FACILITY:Plains Medical Supply}} ({{PHONE:580-555-0166}}, acct {{ACCOUNT:PMS-220971}}). Called, supplies to ship overnight to home address: {{ADDRESS:Rt 2 Box 148}}, {{LOCATION:Marlow}}, OK {{ZIP:73055}}.
2. CGM - Dexcom G7 rx sent to {{FACILITY:Walgreens #07741}}, {{LOCATION:Duncan}}. PA submitted, auth # {{ID:PA-77310045}}.
3. Diabetes educator visit completed today w/ {{NAME:Felicia Running Crane}}, CDCES.
4. F/u appts: Dr. {{NAME:Bhakta}} {{DATE:8/2/24 0900}}; PCP Dr. {{NAME:Hollis Gage}} {{DATE:8/5}}.

Discussed w/ pt and husband {{NAME:Delbert}}; agree. Will transport by private vehicle (~85 mi).

{{NAME:Marcy Tolliver}}, RN CCM | Case Management | {{PHONE:405-555-0109}} | {{EMAIL:mtolliver@redearthumc.org}}`,
  `pt: {{NAME:okafor, chidinma}}   mrn {{MRN:3390127}}    {{FACILITY:brennan 6}} bed 14
rn shift note {{DATE:11/3}} 1900-0700

neuro: a&ox4, c/o HA 4/10 -> tylenol 650 po @ 2230 w/ relief
cv: nsr 70s on tele, bp 130s/80s. pedal pulses +2
resp: ra, sats 96-98, lungs cta
gi: tolerating reg diet, +bm x1 (loose), c diff neg {{DATE:11/1}}
gu: voiding qs, purewick overnight per pt request
skin: sacrum blanchable redness, mepilex applied, braden 16
lines: L FA 20g, sl, flushes well. pt asking when PICC will go in - told tmrw per IR (Dr {{NAME:Halvorsen}}'s team)
sickle cell pain: dilaudid PCA 0.2/10 min lockout, used 14 doses/14 attempts this shift, pain 6/10 at 0600 (was 9/10 on adm)
psychosocial: mother {{NAME:Ngozi Okafor}} visited until 2100, asks to be called w/ any change {{PHONE:614-555-0112}}. pt worried about missing exams at {{FACILITY:Olentangy Valley CC}}, chaplain referral offered, declined.
safety: fall risk mod, bed alarm on, call light in reach

report given to {{NAME:Alexei}} RN 0700
- {{NAME:t. braithwaite}}, rn`,
  `HEMATOLOGY CONSULT - SICKLE CELL
{{DATE:November 2, 2023}}
Pt {{NAME:Chidinma Okafor}}, 22F, HbSS, MRN {{MRN:3390127}}, {{FACILITY:Brennan 6}}
Req: Dr. {{NAME:Moshe Adelstein}} (hospitalist)

Hx: HbSS followed at {{FACILITY:Scioto Children's Sickle Cell Program}} until age 19 then transitioned to adult clinic (Dr. {{NAME:Yolanda Breckenridge}}). On hydroxyurea 1,500 mg daily - adherence "on and off." 3 VOC admissions in last 12 mo ({{DATE:12/2022}}, {{DATE:4/2023}}, {{DATE:8/2023}}). Hx ACS x1 in 2020, no stroke. Last transfusion {{DATE:5/19/23}}.

Now: VOC - low back, bilat thighs, onset {{DATE:10/31}} after cold exposure at football game. Hb 6.8 (baseline 7.5-8), retic 11%, LDH 612, Tbili 3.4. CXR clear. Spo2 97% RA.

Recs:
- Cont individualized pain plan (on file in EHR, last updated {{DATE:6/2023}}): hydromorphone PCA, ketorolac 15 IV q6 x 5d max, scheduled acetaminophen
- IS q1h while awake - ACS prevention
- No transfusion unless Hb <5.5 or ACS
- Restart hydroxyurea today
- PICC: prefer avoiding; ok midline if access difficult
- f/u SCD clinic 2 wk, clinic RN {{NAME:Imani Greaves}} {{PHONE:614-555-0185}}

{{NAME:Y. Breckenridge}}, MD | Adult Sickle Cell Program | pager {{PHONE:614-555-0121}}`,
  `PROGRESS NOTE  HOSPITAL MEDICINE
DOS: {{DATE:12-18-2024}}  HD 2
{{NAME:BARNABY, CLIFFORD J}}  MRN {{MRN:HM0072231}}  DOB {{DATE:06-30-1934}} ({{AGE:90}} y)
Room: {{FACILITY:Ashby West}} 208

SUBJECTIVE: Pleasant, HOH. Denies dysuria today. Ate 50% breakfast. Per night RN ({{NAME:Oksana}}) pt pulled at IV x2, redirected, no restraints. Son {{NAME:Graham Barnaby}} called this AM from {{LOCATION:Bozeman}}.

OBJECTIVE:
Vitals: T 37.4 (max 38.3 yesterday), HR 84, BP 112/60, RR 18, 95% RA
Gen: elderly man, NAD, oriented x2 (not to date)
CV: RRR, 2/6 SEM RUSB
Abd: soft, mild suprapubic TTP
Neuro: no focal deficit
UA: LE 3+, nitrite +, WBC >50. Ucx: >100K GNR, sensi pending
BCx NGTD x 24h
Na 133, Cr 1.1, WBC 13.2 -> 10.9

ASSESSMENT / PLAN:
{{AGE:90}} yo M w/ mild dementia (MoCA 19 in 2023), BPH, CKD2 adm w/ complicated UTI + delirium.
1. UTI - ceftriaxone 1g q24 day 2/5, narrow per sensis
2. Delirium - CAM+, nonpharm measures, avoid benzos/anticholinergics, melatonin 3 mg qhs, glasses + hearing aids at bedside
3. BPH - tamsulosin, PVR 180 -> straight cath prn >400, avoid Foley
4. Dispo - lives at {{FACILITY:Larkspur Commons Assisted Living}}, {{ADDRESS:4400 Larkspur Loop, Unit 112}}; PT eval today, may need short SNF stay

{{NAME:Renata Hollingsworth}}, MD`,
  `CODE BLUE RECORD - PHYSICIAN SUMMARY
Location: {{FACILITY:Pemberton 3}} (telemetry), Rm 317
Date: {{DATE:04/11/2024}}  Code called: 0547  ROSC: 0609  
Patient: {{NAME:Ignatius Mbeki-Larsen}}   MRN: {{MRN:10093347}}   

Team leader: {{NAME:Devorah Sklar}}, MD (ICU)   Recorder: {{NAME:Tom Phan}}, RN
Pharmacy: {{NAME:Ana Figueroa}}, PharmD   RT: {{NAME:Kwame}}
Airway: Dr {{NAME:Ellison}} (anesthesia) - intubated 7.5 ETT, 23 cm at lip, 0556, ETCO2 colorimetric + 

Initial rhythm: PEA. Found unresponsive by tech {{NAME:Brandi}} at 0545 on rounds.
CPR initiated 0547. Epi 1 mg x4 (0549, 0553, 0557, 0602). 0600 VF -> defib 200J biphasic x1 -> PEA -> 2 min CPR -> ROSC 0609, sinus tach 118, BP 88/50.
Reversible causes reviewed (H's and T's): K 6.8 on iSTAT -> Ca gluconate 2 g, insulin 10 u + D50, bicarb 100 mEq.

Post-ROSC: norepi started, transferred to MICU bed 9 at 0632. TTM discussed.
Family: wife {{NAME:Signe Mbeki-Larsen}} notified by Dr {{NAME:Sklar}} at 0620 ({{PHONE:608-555-0137}}). Daughter {{NAME:Thandi}} to be contacted by wife.
Attending {{NAME:Obuya}} notified 0615.

Debrief held 0640 on unit w/ charge RN {{NAME:Pauline Vrabel}}.`,
  `NEPHROLOGY CONSULT
Date: {{DATE:4/12/2024}}
Pt: {{NAME:Mbeki-Larsen, Ignatius}}  MRN {{MRN:10093347}}  MICU 9
Referring: MICU, Dr. {{NAME:Devorah Sklar}}

Reason: hyperkalemia, AKI, post-arrest

67M w/ CKD4 (baseline Cr 3.0, eGFR 21) 2/2 DKD, followed by Dr {{NAME:Oyelowo}} at {{FACILITY:Madison Kidney Care}}. Was started on lisinopril-HCTZ by outside urgent care on {{DATE:4/3}} for BP. Spironolactone already on list. PEA arrest {{DATE:4/11}} w/ K 6.8.

Now: K 5.4 post temporization, Cr 4.6, BUN 88, HCO3 14. UOP 20 mL/h. Not yet uremic by exam (sedated). No pericardial rub. 

Imp: AKI on CKD4 from ACEi + MRA + hypoperfusion; life-threatening hyperK.
Plan:
- Stop ACEi, spironolactone permanently
- Sodium zirconium 10 g TID
- If K rising or oliguria persists -> HD. Place temp HD cath (R IJ); discussed w/ ICU
- AV fistula planning once recovered; vein mapping order placed
- Clarify outpatient med list w/ pharmacy {{FACILITY:Hilldale Pharmacy}} {{PHONE:608-555-0195}}

{{NAME:Rashida Abdul-Karim}}, MD, Nephrology.  Office {{PHONE:608-555-0140}}  fax {{FAX:608-555-0141}}`,
  `DISCHARGE SUMMARY
Patient Name: {{NAME:Nakamura-Ellis, June}}
Medical Record #: {{MRN:556-20-1183}}
Admission Date: {{DATE:February 3, 2025}}
Discharge Date: {{DATE:February 9, 2025}}
Attending: {{NAME:Cornelius Abbot}}, MD
Service: Hospital Medicine (Blue team)
Disposition: {{FACILITY:Willowbend Rehabilitation & Nursing}}, {{LOCATION:Lebanon}}, NH - short-term rehab

Principal Dx: Community acquired pneumonia, RLL (J18.9), w/ sepsis
Secondary: COPD GOLD 3, chronic hypoxic resp failure on 2L home O2, deconditioning, HTN

Brief Hospital Course:
78 yo F from home ({{LOCATION:Enfield}}) w/ 3 days fever, productive cough, hypoxia to 82% on home 2L. CXR RLL consolidation. Lactate 2.8. Strep pneumo urinary Ag positive. Treated ceftriaxone + azithro {{DATE:2/3}}-{{DATE:2/5}}, narrowed to amoxicillin to complete 5 days. Required BiPAP x 1 night on {{DATE:2/4}}. Prednisone 40 x 5 d for AECOPD. Back to baseline 2L by {{DATE:2/7}}. PT: needs mod assist for transfers, recommends SNF.

Pending at discharge: blood cultures final (NGTD).

Medications: see attached med rec. NEW: amoxicillin 1 g TID through {{DATE:2/9}}, prednisone last dose {{DATE:2/8}}. CHANGED: none. STOPPED: none.

Follow-up: Pulm Dr. {{NAME:Eustace Quarshie}}, {{FACILITY:Upper Valley Lung Associates}}, 4 weeks. PCP Dr. {{NAME:Mira Kaplan}} after SNF discharge.

Contact: daughter {{NAME:Keiko Ellis}} (HCP) {{PHONE:603-555-0172}}

Electronically signed {{NAME:C. Abbot}} MD {{DATE:02/09/2025 11:02}}`,
  `SNF ADMISSION ORDERS / HANDOFF  -- FAXED TO {{FAX:603-555-0115}}
To: {{FACILITY:Willowbend Rehabilitation & Nursing}}, admissions coordinator {{NAME:Bev Lindqvist}}
From: {{NAME:Justine Pardo}}, RN CM, {{FACILITY:Dartmoor Valley Hospital}}, {{PHONE:603-555-0103}}
Date: {{DATE:2/9/25}}    Pages: 6 (incl cover)

Resident: {{NAME:June Nakamura-Ellis}}     DOB {{DATE:08/22/1946}}
Medicare ID: {{HEALTH_PLAN:5EG4-TE2-MK71}}    Secondary: AARP Supplemental {{HEALTH_PLAN:A88301927-11}}
3-midnight qualifying stay: {{DATE:2/3}}-{{DATE:2/9}} inpatient (met)

Code status: DNR, ok to intubate? NO (MOLST signed {{DATE:2/6/25}}, copy enclosed)
Allergies: sulfa (rash), codeine (N/V)
Diet: 2 g Na, regular consistency
O2: 2L NC continuous, goal 88-92%
Activity: PT/OT 5x/wk, WBAT, fall precautions
Transport: {{FACILITY:Granite State Medical Transport}} wheelchair van, pickup 1300, trip # {{ID:GSMT-45512}}

Labs: BMP + CBC on {{DATE:2/12}}; fax results to PCP Dr {{NAME:Kaplan}} {{FAX:603-555-0168}}

Belongings sent: glasses, upper denture, hearing aid L, walker, cell phone w/ charger.
Daughter {{NAME:Keiko}} will meet pt at facility.

Questions: call hospitalist on call via operator {{PHONE:603-555-0100}}.`,
  `ED TO INPATIENT HANDOFF / ADMISSION
{{DATE:08/30/2024 0215}}   {{FACILITY:St. Casimir Community Hospital}} ED
Pt: {{NAME:RAMIREZ-OTERO, JOSUE}}  M  45 y  MRN {{MRN:SC-4471902}}  Acct {{ACCOUNT:V00918822734}}

CC: chest pain, "feels like an elephant"

HPI: 45M smoker, HLD, presents via {{FACILITY:Harbor County EMS}} Medic 12 after 1 hr substernal CP radiating L arm while unloading trucks at {{FACILITY:Tri-Port Logistics}} warehouse ({{ADDRESS:900 Terminal Way}}). EMS ECG: 1.5 mm STE II, III, aVF. ASA 324 given en route. STEMI alert called 0148.

Exam: diaphoretic, BP 102/70, HR 58, SpO2 97%.
ECG: inferior STEMI, + V4R STE (RV involvement).
Trop I 0.84. K 3.9. Cr 0.9.

Plan: STEMI - cath lab activated. Cardiology Dr. {{NAME:Vikram Sathe}} notified 0150, at bedside 0205. Heparin bolus, ticagrelor 180 load. Avoid nitrates (RV infarct). NS 500 bolus.
-> Cath lab at 0219 (door-to-balloon goal <90).

Wife {{NAME:Yesenia Otero}} ({{PHONE:(619) 555-0187}}) on way; she speaks Spanish primarily - interpreter requested.

ED attending: {{NAME:Rosalyn Achebe}}, MD
Scribe: {{NAME:M. Quon}}`,
  `CARDIAC CATHETERIZATION REPORT
Procedure date: {{DATE:08/30/2024}}
Patient: {{NAME:Josue Ramirez-Otero}}   MRN: {{MRN:SC-4471902}}   DOB: {{DATE:01/09/1979}}
Operator: {{NAME:Vikram Sathe}}, MD   Fellow: none   
Referring: ED, Dr {{NAME:Achebe}}

Procedures: LHC, selective coronary angiography, PCI to RCA w/ DES x1
Access: R radial 6Fr (Barbeau A), TR band applied
Door to balloon: 71 min (door 0144, device 0255)

Findings:
LM: normal
LAD: mild luminal irregularities, 30% mid
LCx: 40% OM1
RCA: 100% proximal thrombotic occlusion, TIMI 0

Intervention: RCA - aspiration thrombectomy, predilated 2.5 balloon, DES 3.5 x 28 mm (Lot XR77214) deployed at 14 atm, postdilated NC 3.75. TIMI 3 flow, 0% residual.

LVEDP 24. EF ~45% by ventriculogram, inferior hypokinesis.
Contrast: 140 mL iohexol. Fluoro 11.2 min.

Recs: DAPT (ASA 81 + ticagrelor 90 BID) x 12 mo minimum, high-intensity statin, echo, cardiac rehab referral ({{FACILITY:South Bay Cardiac Rehab}}), smoking cessation. To CCU bed 3.

{{NAME:V. Sathe}}, MD, FSCAI   {{DATE:8/30/24 0340}}`,
  `Hospitalist Progress Note
{{DATE:Sat 8/31/24}}
{{NAME:Ramirez-Otero, J.}} | CCU 3 -> transfer to {{FACILITY:Magnolia 4}} tele today
Spanish interpreter {{NAME:Lucia}} (in person) used for entire encounter.

S: CP free since cath. Mild R wrist soreness. Asking when he can go back to work - does forklift + loading at {{FACILITY:Tri-Port Logistics}}. Worried about bills; uninsured, employer plan started only {{DATE:7/1}}? (pt unsure). Smokes 1 ppd x 25 yrs, wants to quit.

O: HR 64 SR, BP 118/72, afebrile. R radial site soft, +pulse, no hematoma. Lungs clear, no edema.
TTE: EF 45-50%, inferior HK, no MR, no effusion.
LDL 162, A1c 6.1, trop peaked 42.6.

A/P: 45M inferior/RV STEMI s/p DES RCA {{DATE:8/30}}
- DAPT asa 81 + ticagrelor 90 BID; stress importance - do NOT stop w/o calling cards
- atorvastatin 80, metoprolol tartrate 12.5 BID (HR allows), lisinopril 2.5
- nicotine patch 21 mg + gum, quitline {{PHONE:1-800-555-0199}}
- cardiac rehab referral
- financial counselor {{NAME:Omar Haddadin}} consulted re: charity care/Medi-Cal application
- work note: no heavy lifting >10 lb x 6 wks, f/u cards Dr {{NAME:Sathe}} in 2 wks at {{FACILITY:SCCH Heart Clinic}} ({{ADDRESS:2150 Otay Lakes Rd, Ste 300}}, {{LOCATION:Chula Vista}} {{ZIP:91915}})
- Anticipate DC tomorrow {{DATE:9/1}}

{{NAME:Akosua Mensah}}, MD`,
  `PHARMACY - MEDICATION RECONCILIATION (ADMISSION)
Completed {{DATE:05/06/2024 1630}} by {{NAME:Hye-jin Kwon}}, PharmD (ext {{PHONE:3-4417}})
Pt: {{NAME:Fitzgerald, Bernadette A}}   MRN {{MRN:770182045}}   {{FACILITY:Cobbett 2 South}} rm 2S-09

Sources: pt interview, daughter {{NAME:Colleen Fitzgerald-Ruiz}}, outpt pharmacy fill hx ({{FACILITY:Rite Care Pharmacy}} on Main St, {{PHONE:207-555-0126}}), {{FACILITY:Penobscot Valley Clinic}} med list dated {{DATE:3/22/24}}, Surescripts.

| Med | Dose/Freq | Last taken | Notes |
| warfarin | 5 mg M/W/F, 2.5 other days | {{DATE:5/5}} pm | INR 4.7 on admit -> HOLD |
| metoprolol tartrate | 25 BID | {{DATE:5/6}} am | cont |
| levothyroxine | 88 mcg qAM | {{DATE:5/6}} | cont |
| gabapentin | 300 TID | {{DATE:5/5}} | pt takes only qhs - clarify |
| oxybutynin | 5 BID | ? | Beers list, on anticholinergics - recommend d/c |
| TMP-SMX DS | BID x 7d | started {{DATE:5/2}} by urgent care | interaction w/ warfarin -> likely cause of INR 4.7 |
| vit D3 | 2000 u daily | | cont |

Discrepancies communicated to Dr. {{NAME:Stellan Marsh}} via secure chat 1645. 
Anticoag clinic ({{FACILITY:Penobscot Valley Anticoagulation Service}}, RN {{NAME:Deb Thibodeau}}, fax {{FAX:207-555-0127}}) notified of admission.`,
  `ADMISSION NOTE -- HOSPITALIST NIGHT COVERAGE
Date: {{DATE:5/6/2024}}    Time: 2310

Name: {{NAME:Bernadette Fitzgerald}}    {{AGE:91}} yo F    MRN {{MRN:770182045}}
Source: {{FACILITY:Penobscot Valley Hospital}} ED -> {{FACILITY:Cobbett 2 South}}

CC: fall, hematuria

HPI: {{AGE:91}} yo woman w/ AF on warfarin, HTN, hypothyroid, OAB, lives alone in {{LOCATION:Bangor}} w/ daughter checking daily. Tripped over rug at home {{DATE:5/6}} ~1400, unable to get up x 2h, found by mail carrier. + gross hematuria x 2d. Recently started TMP-SMX for UTI ({{DATE:5/2}}). No LOC, no head strike per pt.
INR 4.7, Hgb 10.1 (baseline 12), CK 1,840, Cr 1.4 (baseline 0.9).
CT head: no bleed. CT c-spine neg. XR L hip: no fx.

A/P:
1. Supratherapeutic INR w/ hematuria - hold warfarin, vit K 2.5 mg PO, repeat INR AM, CBC q12
2. Rhabdo mild/AKI - IVF LR 100/h, trend CK/Cr
3. UTI - stop TMP-SMX, UCx from {{FACILITY:Bangor Urgent Care North}} pending (called, results faxed to {{FAX:207-555-0145}})
4. Fall - PT/OT, home safety eval, ?SNF vs home w/ services
5. Code status: DNR/DNI confirmed w/ pt + daughter {{NAME:Colleen}} ({{PHONE:207-555-0113}})

{{NAME:A. Dubois-Tran}}, MD  nocturnist  pgr {{PHONE:207-555-0164}}`,
  `PHYSICAL THERAPY EVALUATION
{{DATE:05/07/2024}}  {{FACILITY:Cobbett 2S}}-09
Pt: {{NAME:Fitzgerald, Bernadette}}  MRN {{MRN:770182045}}
Therapist: {{NAME:Marcus Lindgren}}, PT, DPT   Lic # {{LICENSE:ME-PT-00418}}

PLOF: independent w/ SPC inside, rollator outdoors. Lives alone, 1-story home, 3 STE w/ R rail at {{ADDRESS:77 Ohio St}}. Daughter {{NAME:Colleen}} lives ~10 min away in {{LOCATION:Hampden}}. Drives? No - stopped 2022 -- daughter drives. Attends senior lunch at {{FACILITY:Brewer Senior Center}} Tues/Thurs.

Today: 
Bed mobility: min A
Sit<>stand: mod A x1 w/ RW, cues for hand placement
Gait: 25 ft RW min-mod A, shuffling, decreased R foot clearance, 1 LOB corrected
Balance: Berg 22/56 (high fall risk), TUG unable
Pain: L hip 5/10 w/ WB

Assessment: Significant decline from PLOF; high fall risk. Not safe to return home alone at this time.

Recommendation: SNF/short-term rehab. Pt initially reluctant ("I'm not going to a home") - discussed difference between rehab and LTC; pt agreeable if near daughter. Top choices: {{FACILITY:Hampden Harbor Rehab}}, {{FACILITY:Eastern Pines Health Care}}.

Plan: daily PT while inpatient. DME: none until dispo.
{{NAME:M. Lindgren}} PT`,
  `Pt: {{NAME:Abernathy, Lucille}}
DOB: {{DATE:3/3/1929}}       Age: {{AGE:95}}
MRN: {{MRN:0030021847}}
Date: {{DATE:6/14/24}}

PALLIATIVE CARE FOLLOW-UP

Seen w/ granddaughter {{NAME:Brianna Abernathy-Cole}} at bedside on {{FACILITY:Fairweather 3}}. Pt w/ advanced dementia (FAST 7c), recurrent aspiration PNA (3rd admit since {{DATE:March}}), now w/ poor PO intake, bedbound, stage 3 sacral PI.

Pt nonverbal, grimaces w/ turns. PAINAD 4 -> 1 after oxycodone 2.5 mg.

Family mtg held by phone today 1100 w/ son {{NAME:Walter Abernathy}} (POA, in {{LOCATION:Raleigh}}, {{PHONE:919-555-0144}}) and granddaughter. Walter confirms mother would not want feeding tube - "she told us that when Dad was dying at {{FACILITY:Wake Hospice House}}." Family chooses comfort-focused care.

Plan:
- Comfort measures; d/c labs, vitals q shift only, d/c telemetry
- Oxycodone soln 2.5-5 mg q4h prn, glycopyrrolate prn secretions
- Careful hand feeding for comfort
- Hospice referral: family prefers return to her facility ({{FACILITY:Magnolia Gardens Memory Care}}, {{ADDRESS:310 Pecan Hollow Dr}}, {{LOCATION:Cary}}) w/ hospice from {{FACILITY:Triangle Compassionate Hospice}}; intake RN {{NAME:Deshawn Marlowe}} {{PHONE:919-555-0179}} called, eval tomorrow
- MOST form updated

{{NAME:Gwendolyn Ferraro}}, NP-C, Palliative Care   cell {{PHONE:919-555-0116}}`,
  `** THORACENTESIS PROCEDURE NOTE **
PT: {{NAME:Oduya, Kenneth}}      MRN: {{MRN:11847732}}     LOC: {{FACILITY:Sinclair 5}}, rm 5-31
DATE: {{DATE:10/02/2024}}   TIME: 10:40

PROCEDURALIST: {{NAME:Farah Abdelnour}}, MD (Hospital Medicine Procedure Service)
ASSIST: {{NAME:J. Whitfield}}, RN
INDICATION: large R pleural effusion, dyspnea, new, unclear etiology (hx tobacco, 40 lb wt loss)

CONSENT: written, pt. Risks incl PTX, bleeding, infection, re-expansion pulmonary edema discussed.
UNIVERSAL PROTOCOL: time out 10:38 - correct pt, side (R), procedure.
PLT 288, INR 1.1. Not on anticoag.

TECHNIQUE: seated, leaning forward. US: large anechoic effusion, R posterior 8th ICS, 3 cm depth. ChloraPrep, sterile drape, 10 mL 1% lido. 8Fr Safe-T-Centesis catheter placed, clear amber fluid. 1.4 L removed; stopped for chest tightness/cough.
Post US: lung sliding present.

SPECIMENS: LDH, protein, glucose, pH, cell ct, cytology x2 (250 mL), AFB, gram/cx. Requisition # {{ID:RQ-2410-00871}}.
CXR post: no PTX.
COMPLICATIONS: none. EBL <5 mL.

{{NAME:F. Abdelnour}}, MD, {{DATE:10/2/2024 11:15}}`,
  `PULMONARY CONSULT   {{DATE:10-03-2024}}
{{NAME:KENNETH ODUYA}} | 68M | {{MRN:11847732}} | {{FACILITY:SINCLAIR 5}}
Requested by Dr. {{NAME:Abdelnour}}

Pleural fluid: exudate by Light's (prot ratio 0.7, LDH ratio 0.9), lymphocytic 78%, glucose 88, pH 7.38. Cytology: ADENOCARCINOMA, TTF-1 positive (path {{ID:SP24-18842}}, read by Dr. {{NAME:Ines Kohler}}).
CT chest: 3.8 cm RUL spiculated mass, R hilar LAD, R pleural nodularity. No brain imaging yet.

Hx: 40 pk-yr, quit 2019. Retired machinist from {{FACILITY:Niagara Tool & Die}}. Lives in {{LOCATION:Lockport}} w/ partner {{NAME:Denise Albright}}.

Impression: at least stage IVA NSCLC (M1a, malignant effusion).

Recs:
- MRI brain w/wo
- Send cell block for NGS (EGFR, ALK, ROS1, KRAS, PD-L1)
- Recurrent effusion likely -> discuss IPC (PleurX) placement vs talc; IR scheduling
- Heme/onc consult (Dr. {{NAME:Sandeep Chaudhry}}, {{FACILITY:Roswell Ridge Oncology}})
- Palliative care introduction

Discussed w/ pt and {{NAME:Denise}}; pt wants "all the information."
{{NAME:Benjamin Okwuosa}}, MD Pulm/CCM  {{PHONE:716-555-0181}}`,
  `DISCHARGE SUMMARY
PATIENT: {{NAME:HOLLOWAY, DESMOND R.}}          MRN: {{MRN:482-117-09}}
DOB: {{DATE:11/23/1957}}                 ADMITTED: {{DATE:12/01/2023}}    DISCHARGED: {{DATE:12/05/2023}}
ATTENDING: {{NAME:PRIYANKA SUBRAMANIAM}}, MD       PCP: {{NAME:OLUWASEUN ADEYEMI}}, MD
UNIT: {{FACILITY:CALDER 6 WEST}}

ADMITTING DIAGNOSIS: UPPER GI BLEED
DISCHARGE DIAGNOSES:
1. DUODENAL ULCER, FORREST IIA, S/P ENDOSCOPIC THERAPY
2. ACUTE BLOOD LOSS ANEMIA, S/P 3 U PRBC
3. H. PYLORI POSITIVE (BIOPSY)
4. NSAID USE (NAPROXEN FOR GOUT)

HOSPITAL COURSE: 66 YO M PRESENTED TO ED W/ MELENA X 2 DAYS AND SYNCOPE AT CHURCH ({{FACILITY:GREATER MT. ZION AME}}). HGB 6.4 (BASELINE 13). GBS 14. PANTOPRAZOLE GTT, TRANSFUSED. EGD {{DATE:12/02}} BY DR. {{NAME:KOVACS}}: 1.5 CM DUODENAL BULB ULCER W/ VISIBLE VESSEL, TREATED W/ EPI + BIPOLAR + 2 CLIPS. NO REBLEED. HGB STABLE 8.6-8.9 X 48H. BIOPSY H PYLORI +, STARTED BISMUTH QUADRUPLE THERAPY.

DISCHARGE MEDS: PANTOPRAZOLE 40 BID X 8 WK; BISMUTH SUBSALICYLATE/METRONIDAZOLE/TETRACYCLINE X 14 D; COLCHICINE 0.6 PRN GOUT FLARE. STOP NAPROXEN - PT COUNSELED NO NSAIDS.

FOLLOW UP: DR. {{NAME:ADEYEMI}} 1 WEEK ({{PHONE:215-555-0139}}); GI DR. {{NAME:LASZLO KOVACS}}, {{FACILITY:DELAWARE VALLEY DIGESTIVE}} 8 WK FOR REPEAT EGD + H PYLORI TEST OF CURE. CBC AT {{FACILITY:LABCORP}} {{DATE:12/8}}.

CONTACT: WIFE {{NAME:LORRAINE HOLLOWAY}} {{PHONE:215-555-0110}}

DICTATED BY: {{NAME:P. SUBRAMANIAM}}, MD     {{NAME:PS}}/{{NAME:kd}}
DD: {{DATE:12/05/2023}}   DT: {{DATE:12/06/2023}}`,
  `GI PROCEDURE NOTE - EGD
{{DATE:December 2, 2023 08:50}}
Pt: {{NAME:Desmond Holloway}}  MRN {{MRN:482-117-09}}  Endo suite rm 3, {{FACILITY:Calder Endoscopy Center}}
Endoscopist: {{NAME:Laszlo Kovacs}}, MD   Anesthesia: MAC by {{NAME:Y. Eriksen}}, CRNA
Scope: GIF-H190, s/n {{DEVICE:2841177}}

Indication: melena, acute anemia, Hgb 6.4
Findings:
- Esophagus: normal, Z-line regular at 39 cm
- Stomach: diffuse erythema antrum, biopsied (CLO + path)
- Duodenum: 15 mm clean-based-rim ulcer posterior bulb w/ nonbleeding visible vessel (Forrest IIa)
Therapy: epinephrine 1:10,000 8 mL in 4 quadrants, Gold Probe bipolar x 6 applications, 2 hemoclips (Resolution 360) placed. Hemostasis achieved.
EBL: minimal. Complications: none.

Impression: Duodenal ulcer w/ NBVV, treated.
Plan: PPI 80 IV BID x 72h then 40 PO BID, clear liquid diet today, advance tmrw. Avoid NSAIDs. F/u path. Repeat EGD 8 wks.
Path specimen # {{ID:GS-23-40912}}.

Discussed findings w/ pt's wife {{NAME:Lorraine}} in waiting area.
{{NAME:L. Kovacs}} MD {{DATE:12/2/23 09:27}}`,
  `Admission Date:  [**{{DATE:2156-8-14}}**]              Discharge Date:   [**{{DATE:2156-8-22}}**]

Date of Birth:  [**{{DATE:2079-3-2}}**]             Sex:   F

Service: MEDICINE

Allergies:
Lisinopril (angioedema)

Attending:[**{{NAME:Maura Szymanski}}**]

Chief Complaint:
dyspnea, LE edema

History of Present Illness:
77F w/ hx CHF (EF 35%), DM2, HTN, who presented to [**{{FACILITY:Hospital 1474}}**] ED with 1 wk of progressive DOE. Sent in by her cardiologist Dr. [**{{NAME:Ortolani}}**] after clinic wt up 12 lbs. In ED BNP 3,880, CXR w/ bilateral effusions. Given furosemide 80 IV with 1.5 L UOP. Transferred to [**{{FACILITY:Hospital Ward Name 517}}**] for further management.

Past Medical History:
- CHF, EF 35% ([**{{DATE:2155-11-3}}**] echo)
- DM2 on insulin
- s/p CABG [**2149**] at [**{{FACILITY:Hospital 882}}**]

Social History:
Lives w/ husband in [**{{LOCATION:Location (un) 2134}}**]; son [**{{NAME:Name (NI) 4411}}**] visits daily. Never smoker.

Discharge Disposition:
Extended Care

Facility:
[**{{FACILITY:Hospital 3271}}**] - [**{{LOCATION:Location (un) 1121}}**]

Followup Instructions:
Provider: [**{{NAME:First Name11 (Name Pattern1) 919}}**] [**{{NAME:Last Name (NamePattern4) 5521}}**], MD Phone:[**{{PHONE:Telephone/Fax (1) 2933}}**] Date/Time:[**{{DATE:2156-8-29}}**] 10:30`,
  `Hospital Medicine Progress Note    {{DATE:2/20/2025}}   HD#4
{{NAME:Lindqvist, Arvid}} (pronounced "AR-vid")   MRN {{MRN:600014382}}   {{FACILITY:Thornbury 3}} - bed 3B

Interval: overnight CIWA scores 4-8, lorazepam x1 @ 0130. Tremor improving. No hallucinations. Sister {{NAME:Ingrid Paulsen}} called at 0800 asking for update; pt gave verbal permission to share info w/ her (documented). Her # {{PHONE:651-555-0153}}.

Vitals: T 36.8 P 92 BP 142/88 RR 16 97% RA
Exam: mild fine tremor bilat hands, no asterixis, A&Ox3, nystagmus resolved.
Labs: Mg 1.9 (repleted), phos 2.6, K 3.8. AST 122 ALT 58. plt 98.

A/P: 59M EtOH use d/o, severe, adm {{DATE:2/16}} w/ withdrawal seizure at home ({{LOCATION:White Bear Lake}}).
1. EtOH withdrawal - CIWA-guided lorazepam, score trending down. Thiamine 200 TID IV x 3 more days (Wernicke ppx), then 100 PO daily, folate, MVI.
2. AUD - addiction med c/s (Dr. {{NAME:Kimberly Stoltz}}) rec naltrexone 50 daily once LFTs ok -> started today. Pt interested in residential tx at {{FACILITY:Hazel Hollow Recovery Center}}; intake scheduled {{DATE:2/24}} via phone {{PHONE:651-555-0198}}.
3. Thrombocytopenia - likely EtOH; US liver w/ steatosis, no cirrhosis morphology.
4. Employment: works as electrician for {{FACILITY:North Star Electric Co-op}}; FMLA paperwork to be completed by team, fax to HR {{FAX:651-555-0134}}.

Dispo: home {{DATE:2/21}} vs direct to residential.
{{NAME:Ahmed El-Sayed}}, MD`,
  `case mgmt / UR note  {{DATE:2-21-25 0915}}
pt {{NAME:A. Lindqvist}}  mrn {{MRN:600014382}}
payer: HealthPartners commercial, mbr # {{HEALTH_PLAN:HP00719422601}}
obs -> inpt status conversion approved {{DATE:2/17}}, ref # {{ID:UR-5528107}}, next review {{DATE:2/21}}.
spoke w/ {{NAME:Wendell}} at {{FACILITY:Hazel Hollow}} admissions - bed available {{DATE:2/24}} only, not today. Pt prefers to go home w/ sister x 3 days until then. sister {{NAME:Ingrid}} agrees to stay w/ him at his house {{ADDRESS:1814 Birch Lake Ave}}, {{LOCATION:White Bear Lake}} {{ZIP:55110}}.
rx for naltrexone sent to {{FACILITY:CVS #3381}} - copay $4.
transport: sister picking up at 1400. PCP notified via fax to {{FACILITY:Lakeshore Family Physicians}} {{FAX:651-555-0102}}.
pt aware needs to call {{FACILITY:Hazel Hollow}} by noon {{DATE:2/23}} to confirm bed.
 - {{NAME:Renee Castellanos}}, RN CM x{{PHONE:77314}}`,
  `INFECTIOUS DISEASE - FOLLOW UP
{{DATE:6/3/2024}}
{{NAME:Quintero, Esperanza}} 54F  MRN {{MRN:7718003}}  {{FACILITY:Alvarado 4}} rm 418

Abx day 9 (cefazolin day 6) for MSSA bacteremia from L AC peripheral IV phlebitis ({{DATE:5/25}} admission at {{FACILITY:Mission Hills Regional}} for cellulitis -> transferred here {{DATE:5/28}}).

BCx: {{DATE:5/25}} 4/4 MSSA; {{DATE:5/27}} 2/2 MSSA; {{DATE:5/29}} NG x5d (first negative). 
TEE {{DATE:5/31}} (Dr {{NAME:Benavides}}): no vegetation, no abscess.
MRI L-spine {{DATE:6/1}}: no discitis/osteo.
Afebrile >72h. WBC 7.2. CRP 44 -> 12.

Imp: complicated MSSA bacteremia given persistent + cx >48h.
Plan:
- cefazolin 2 g IV q8h, 4 wks from first neg cx ({{DATE:5/29}}) -> end date {{DATE:6/26/24}}
- PICC ok to place (IR today)
- OPAT: weekly CBC/diff, BMP, ESR/CRP, faxed to ID clinic {{FAX:818-555-0161}}; infusion via {{FACILITY:Valley Crest Home Infusion}} (pharmacist {{NAME:Rahul Mehta}}, {{PHONE:818-555-0118}})
- ID clinic f/u w/ me {{DATE:6/20}} 1:40 PM, {{FACILITY:Alvarado Medical Office Bldg}}, {{ADDRESS:15107 Vanowen St, Ste 210}}

{{NAME:Teodora Villanueva}}, MD, ID   {{EMAIL:tvillanueva@alvaradohealth.org}}`,
  `PICC LINE PLACEMENT NOTE
Date: {{DATE:06/03/2024}}   Time: 15:20
Pt: {{NAME:Esperanza Quintero}}   MRN: {{MRN:7718003}}   Room: {{FACILITY:Alvarado 4}}-418
Performed by: {{NAME:Gareth Pemberton}}, RN, VA-BC (Vascular Access Team, ext {{PHONE:2-7190}})
Ordering: Dr {{NAME:T. Villanueva}}

Indication: long-term IV abx (cefazolin through {{DATE:6/26}})
Consent: verbal + written, pt. Spanish interpreter #{{ID:220418}} via video.
Time out: 15:02.

Device: Bard PowerPICC 5Fr dual lumen, Lot REHW4471, exp 2026-01 
Vein: R basilic, vein diameter 4.6 mm, catheter-to-vein ratio 36%
Insertion: MST w/ US guidance, single stick. Trimmed to 41 cm, external 0 cm. Arm circ 29 cm.
Tip confirmation: Sherlock 3CG ECG - max P wave, CAVJ. No CXR needed per protocol.
Flushed/blood return both lumens. StatLock + CHG dressing + Tegaderm.
EBL <5 mL. Pt tolerated well.

Education given: PICC care, no BP/blood draws R arm, s/s infection. Home infusion RN visit arranged for {{DATE:6/5}}.

{{NAME:G. Pemberton}} RN VA-BC`,
  `SOCIAL WORK NOTE - ADVANCE CARE PLANNING / GUARDIANSHIP
{{DATE:09/09/2024}}    {{FACILITY:Harrow General}} - {{FACILITY:Ludlow 2}} (Geri-Psych overflow)
Pt: {{NAME:Clement "Clem" Ashworth}}   MRN {{MRN:H0449182}}   DOB {{DATE:5/5/1944}}

Background: 80 yo man w/ moderate-severe Alzheimer's, admitted {{DATE:8/28}} from ED after found wandering on shoulder of {{ADDRESS:I-95 northbound near mile marker 41}} (per Connecticut State Police Troop G report # {{ID:CSP-24-118340}}). Lives alone in {{LOCATION:Westport}}. Medically ready for DC since {{DATE:9/3}}. No HCP, no POA, no known next of kin.

Efforts to locate family:
- Neighbor {{NAME:Harriet Oyelaran-Moss}} ({{PHONE:203-555-0182}}) says pt had a nephew "Richard" in {{LOCATION:Providence}}, no contact info.
- Searched pt's phone w/ permission - contact "{{NAME:Rich A.}}" -> {{PHONE:401-555-0135}}, VM left x3 ({{DATE:9/4}}, {{DATE:9/5}}, {{DATE:9/9}}).
- Church: {{FACILITY:Saugatuck Congregational}} pastor Rev. {{NAME:Amy Lundgren}} aware, visited {{DATE:9/6}}.

Assessment: pt lacks capacity for dispo decisions (per psych Dr. {{NAME:Farooqui}}, {{DATE:9/5}}). Unsafe to return home. Requires LTC memory care.

Plan:
- Petition for temporary conservatorship filed w/ probate court {{DATE:9/9/24}}, docket {{ID:PB-24-00917}}; hearing expected within 7-10 days
- LTC referrals: {{FACILITY:Compo Cove Memory Care}}, {{FACILITY:Aspetuck Manor}}
- Medicaid (Title 19) application started w/ financial counselor

{{NAME:Nadia Ferreira-Quinn}}, LCSW  {{PHONE:203-555-0120}} / pager {{PHONE:3318}}`,
  `HOSPITALIST H&P -- OBSERVATION
{{DATE:Friday 1/17/2025 1640}}  {{FACILITY:Quarry Hill Medical Center}}, Obs Unit ({{FACILITY:Delano 1}})
PT {{NAME:Shreya Balakrishnan}}  33F  MRN {{MRN:QH88210475}}

CC: syncope at work
HPI: 33F, 2nd grade teacher at {{FACILITY:Maple Ridge Elementary}}, had witnessed syncope in classroom ~1130 after standing quickly; coworker Ms. {{NAME:Dunleavy}} caught her. ~20 s LOC, no tonic-clonic activity, no incontinence, quick return to baseline. Prodrome of warmth, tunnel vision. LMP {{DATE:12/30}}. Poor PO intake today (fasting).
Orthostatics: supine 112/70 HR 72 -> standing 98/62 HR 104.
ECG: NSR, QTc 418, no pre-excitation, no Brugada pattern. hCG neg. Hgb 12.4. BMP nl.

A/P: likely vasovagal/orthostatic syncope, low risk (CSRS -1).
- IVF 1 L, PO challenge
- Tele overnight, TTE not indicated unless murmur/abnl ECG
- Education: hydration, counterpressure maneuvers
- Work note; may return {{DATE:1/20}}
- PCP f/u: Dr {{NAME:Garrison Tully}}, {{FACILITY:Quarry Hill Primary Care - Essex}}
Husband {{NAME:Arjun}} at bedside, cell {{PHONE:802-555-0123}}.

{{NAME:Kofi Asante-Bremer}}, MD | pager {{PHONE:802-555-0197}}`,
  `Hospital Medicine - Daily Progress
Date of service: {{DATE:2024-04-08}}
Patient: {{NAME:Trujillo, Benicio}}   DOB: {{DATE:1962-10-11}}   MRN: {{MRN:0092-4471-5}}
Location: {{FACILITY:Greer 9}}, 912-A

24h events: started on heparin gtt for PE; BLE duplex + R popliteal DVT; CTA (+) segmental PE RLL/RML, RV/LV 0.8, no strain. Trop neg, BNP 60. sPESI 0.

S: pleuritic CP 3/10, better. Walked in hall w/ PT.
O: HR 86, BP 134/80, SpO2 96% RA. R calf swollen, nontender.

A/P: 61M w/ provoked? PE/DVT - recent long drive from {{LOCATION:Albuquerque}} to visit daughter ({{DATE:3/29}}-{{DATE:3/30}}, ~14 hrs). Otherwise unprovoked. No cancer sx; age-appropriate screening: colonoscopy {{DATE:2/2021}} normal.
- switch heparin -> apixaban 10 BID x 7d then 5 BID; planned 3 mo then reassess
- PESI low -> early DC today
- apixaban copay card; 30 day free trial given
- f/u PCP Dr. {{NAME:Rosalba Quiñones}} in {{LOCATION:Santa Fe}} ({{PHONE:505-555-0184}}) within 1-2 wks; pt returning home {{DATE:4/12}}
- daughter {{NAME:Yolanda Trujillo-Bass}} (local, {{ADDRESS:6017 Ridgecrest Dr SE}}) to drive him

{{NAME:Hannah Greenbaum}}, MD`,
  `NEPHROLOGY CONSULT NOTE
DOS {{DATE:07/15/2024}}
Patient {{NAME:Obinna Eze}} | MRN {{MRN:KH-2201948}} | {{FACILITY:Kingsbury 7}} rm 710
Referring: hospitalist Dr. {{NAME:Sorensen}}

Question: hyponatremia

HPI: 74M w/ small cell lung CA (dx {{DATE:5/2024}}, on carboplatin/etoposide + atezolizumab at {{FACILITY:Lakeview Cancer Institute}}, C3D1 was {{DATE:7/2}}), adm w/ confusion, Na 118 (was 131 on {{DATE:7/2}}). Euvolemic on exam. Serum osm 248, urine osm 540, UNa 68. TSH nl, AM cortisol 16.

Assessment: SIADH, likely paraneoplastic (SCLC). Chronic (>48h). Mild-mod sx (confusion), no seizures.

Recs:
- 3% saline 100 mL bolus x1 now (done 1430), then rpt Na q4h
- Limit correction to 6-8 mEq/L in 24 h (high risk ODS: EtOH, malnutrition); if overcorrects -> D5W +/- DDAVP 2 mcg
- Fluid restrict 1 L/d, salt tabs 1 g TID, consider urea 15 g BID
- Avoid tolvaptan for now
- Notify oncology Dr. {{NAME:Agnieszka Lis}} ({{PHONE:312-555-0171}})

Discussed w/ pt's wife {{NAME:Adaeze}} at bedside.
{{NAME:Lorenzo Battaglia}}, MD  Renal consults pager {{PHONE:312-555-0107}}`,
  `ONCOLOGY INPATIENT CONSULT
{{DATE:7/16/24}}   pt: {{NAME:EZE, OBINNA}}   {{MRN:KH-2201948}}   loc {{FACILITY:KINGSBURY 7}}
Primary onc: Dr. {{NAME:Agnieszka Lis}}, {{FACILITY:Lakeview Cancer Institute}}

ES-SCLC, dx {{DATE:May 14, 2024}} (EBUS bx, {{FACILITY:Lakeshore Pulmonary Associates}}, outside). C1D1 {{DATE:5/21}}, C2D1 {{DATE:6/11}}, C3D1 {{DATE:7/2}}. Interim CT {{DATE:6/28}}: PR, primary 6.1 -> 3.9 cm. 

Now SIADH, Na 118 -> 123 today. Mental status improving.

Recs:
1. SIADH is paraneoplastic; will improve w/ tumor response. Agree w/ renal.
2. C4 due {{DATE:7/23}}; may delay 1 wk pending Na >130.
3. Brain MRI (no prior since {{DATE:5/2024}}) - r/o mets given confusion.
4. Will discuss PCI vs MRI surveillance after C4.
5. Atezolizumab: check TSH, cortisol (done - nl).

Pt and wife {{NAME:Adaeze Eze}} updated; their son {{NAME:Chukwuemeka}} (pharmacist at {{FACILITY:Jewel-Osco #3342}}) asked for written summary - printed.

Onc fellow {{NAME:Parisa Tehrani}}, MD / Dr. {{NAME:A. Lis}} attending   clinic {{PHONE:312-555-0170}}`,
  `RAPID RESPONSE - NURSING DOCUMENTATION
{{DATE:03/19/2025 2240}}
Unit: {{FACILITY:Fenwick 5 Med-Surg}}   Rm 5-07
Pt: {{NAME:Marguerite Delacroix-Pham}}   MRN {{MRN:FW-7781226}}   {{AGE:92}} y/o F

Trigger: acute change in mental status + SpO2 84% on 2L
Called by: {{NAME:Lindsey Chao}}, RN (primary)
RRT arrived 2243: {{NAME:Ben Okafor}} RN, {{NAME:Tasha Greenlee}} RT, Dr {{NAME:Vasquez-Morrow}} (hospitalist)

Findings: lethargic, arouses to voice, snoring resp. RR 8. Pupils 2 mm pinpoint. Pt received hydromorphone 1 mg IV at 2105 + oxycodone 5 mg PO at 2030 for hip fx pain (ORIF {{DATE:3/18}}).
Interventions: naloxone 0.04 mg IV x2 (2246, 2249) -> RR 14, more alert, SpO2 93% 2L. Opioid orders adjusted by MD. ABG 7.31/58/72. 
Continuous pulse ox + capnography initiated.
Outcome: remains on unit w/ q1h neuro checks x 4h, 1:1 sitter.
Family: son {{NAME:Bao Pham}} notified 2310 at {{PHONE:(504) 555-0116}}; declined to come in tonight.
Event report # {{ID:SR-2025-03-0441}} filed.
{{NAME:B. Okafor}}, RN, Rapid Response`,
  `DAILY PROGRESS NOTE - HOSPITALIST
{{DATE:3/20/25}}
{{NAME:Delacroix-Pham, Marguerite}}   {{AGE:92}}F   POD#2 L hip hemiarthroplasty   {{FACILITY:Fenwick 5}}-07

S: Overnight RRT for opioid-induced hypoventilation, resolved w/ naloxone (see note). This AM drowsy but conversant, c/o L hip pain 5/10. Reading glasses at bedside. Speaks French + Vietnamese; prefers French, interpreter line {{PHONE:1-888-555-0162}} used, ID {{ID:FR-11925}}.

O: 98.9, HR 92, BP 128/66, RR 16, 95% 2L. Incision c/d/i. Hgb 8.1 (9.4 post-op). Cr 1.3 (baseline 1.0).

A/P: {{AGE:92}}F s/p fall at home in {{LOCATION:Metairie}} w/ L femoral neck fx, s/p hemi {{DATE:3/18}} by Dr. {{NAME:Gautreaux}} (ortho).
1. Pain - stop IV hydromorphone; scheduled acetaminophen 1 g q8, oxycodone 2.5 mg q6h prn; fascia iliaca block per APS
2. Hypoventilation - resolved; capnography x24h
3. ABLA - transfuse if Hgb <7 or sx
4. AKI - hold losartan, LR 75/h
5. Delirium prevention - CAM neg today, glasses, hearing aids, sleep hygiene
6. Dispo - PT/OT, likely SNF - CM {{NAME:Yvette Boudreaux}} to send referrals; pt/son prefer {{FACILITY:Lafreniere Rehab}} on {{ADDRESS:3300 Severn Ave}}

{{NAME:Esteban Vasquez-Morrow}}, MD`,
  `GERIATRIC MEDICINE / DELIRIUM CONSULT
{{DATE:November 12, 2024}}   {{FACILITY:Abercrombie 8 North}}
{{NAME:Pieter van der Linde}}  {{AGE:97}} yo M   MRN {{MRN:44710-238}}
Req by: Dr. {{NAME:Olabisi Akande}}

HPI: {{AGE:97}} yo retired Dutch-born architect, lives w/ wife (86) at {{FACILITY:Heron's Landing Senior Living}}, {{ADDRESS:1 Heron Way, Apt 4C}}, {{LOCATION:Sarasota}}. Adm {{DATE:11/9}} for RLL PNA. Since {{DATE:11/10}} evening: fluctuating attention, pulling at lines, thinks he is in {{LOCATION:Rotterdam}} in 1944. Baseline per wife {{NAME:Anneke}}: independent ADLs, does crosswords daily, mild HOH.

Meds reviewed: diphenhydramine 25 qhs prn given x2 (!), zolpidem home med, oxybutynin.

Exam: CAM-ICU n/a - on floor; 4AT = 7. Inattentive (MOTYB errors x3). No focal deficits.

Imp: hyperactive delirium, multifactorial: PNA, anticholinergic/sedative meds, sleep disruption, sensory deprivation.

Recs:
- D/c diphenhydramine, zolpidem, oxybutynin; add to allergy list as "avoid"
- Melatonin 3 mg at 2000
- Hearing amplifier (pocket talker) from {{FACILITY:Abercrombie 8N}} supply
- Family presence encouraged; wife/granddaughter {{NAME:Femke}} ({{PHONE:941-555-0169}}) can stay overnight
- Low-dose quetiapine 12.5 only if danger to self
- Avoid restraints

{{NAME:Saoirse Mulcahy}}, MD, Geriatrics, x{{PHONE:6140}}`,
  `TELEMETRY TRANSFER NOTE (ICU -> FLOOR)
Date: {{DATE:01/25/2024}}   Time: 1420
From: CVICU bed 12   To: {{FACILITY:Prescott 6}} bed 616 (tele)
Pt: {{NAME:Harriet Ngata}}   63F   MRN {{MRN:PR-330092}}

Summary: POD#4 s/p CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) {{DATE:1/21/24}} by Dr. {{NAME:Cassius Albright}}. Extubated POD0. Pressors off {{DATE:1/22}}. Chest tubes removed {{DATE:1/24}}. Paroxysmal AF {{DATE:1/23}} 0200 -> amiodarone load, now NSR. Epicardial wires in place (to be pulled {{DATE:1/26}}).

Active:
- AF: amio 400 BID x 7 d then 200 daily
- BP: metoprolol 25 BID
- Pain: APAP + oxycodone 5 prn
- DM: insulin sliding scale + glargine 18u
- Diuresis: furosemide 40 IV daily, wt 82 kg (preop 78)
- Sternal precautions

Lines: R IJ removed {{DATE:1/25}}. PIV x2.
Code: FULL
Family: husband {{NAME:Rawiri Ngata}} {{PHONE:360-555-0147}}, daughter {{NAME:Aroha}} - both aware of transfer.

Handoff given by CVICU NP {{NAME:Gemma Stroud}} to hospitalist Dr. {{NAME:Lyle Fairbanks}} via phone 1405.`,
  `Nursing Discharge Teaching / Discharge Note
{{DATE:01/28/2024 11:45}}
{{NAME:Ngata, Harriet}}  -  {{FACILITY:Prescott 6}}-616
Discharged to: home w/ husband, home health {{FACILITY:Cascadia Home Care}} ({{PHONE:360-555-0132}}) SOC {{DATE:1/29}}
Cardiac rehab: {{FACILITY:Skagit Heart Rehab}}, phase II, referral faxed {{FAX:360-555-0133}}.

Teaching completed w/ pt + husband {{NAME:Rawiri}}:
[x] sternal precautions - no lifting >10 lb x 6 wk, no driving x 4 wk
[x] incision care - shower ok, no tub/swim
[x] daily weights, call if >3 lb/day
[x] amiodarone schedule, metoprolol, ASA, atorvastatin, furosemide 40 daily x 7 d
[x] s/s infection, when to call 911

Appointments:
 - CT surgery Dr {{NAME:Albright}} {{DATE:2/8/24 1:15p}} ({{FACILITY:Mount Baker Cardiothoracic}}, {{ADDRESS:1921 Laventure Rd, Suite 400}}, {{LOCATION:Mount Vernon}} WA {{ZIP:98274}})
 - Cardiology Dr {{NAME:Obregon}} {{DATE:2/14/24}}
 - PCP {{NAME:Marisa Teague}}, PA-C within 1 wk

Pt left unit via wheelchair w/ volunteer {{NAME:Doris}} at 1205, husband driving.
{{NAME:Courtney Abelard}}, RN`,
  `ADMISSION H&P
Service: Hospital Medicine   Team: Purple
Admit {{DATE:10/14/2024 0120}} via ED
Pt: {{NAME:Lamar Whitcomb-Jeffries}}   31M   MRN {{MRN:8817-2004}}   {{FACILITY:Elmhurst 4}}, rm 422

CC: fever, back pain
HPI: 31M w/ IVDU (heroin/fentanyl, last use {{DATE:10/13}}), HCV Ab+ (2022 at {{FACILITY:Parkside Harm Reduction}}), p/w 5 d fever, low back pain, and new L leg weakness since yesterday. Lives in his car, a 2009 gray Honda Civic (plate {{VEHICLE:LKR-4471}}), usually parked near {{FACILITY:Second Chance Mission}} on {{ADDRESS:W. Fulton St}}.

Exam: T 39.2, HR 118. Track marks bilat AC. Holosystolic murmur LLSB. Spine tender L3-L4. L hip flexion 4-/5. No saddle anesthesia.
Labs: WBC 18.9, CRP 212, ESR 96, BCx x2 pending. UDS + fentanyl, opiates.

A/P:
1. Sepsis, likely MSSA/MRSA bacteremia w/ ?TV endocarditis, ?vertebral osteo/epidural abscess - STAT MRI T/L spine w/wo; vanc + cefepime after BCx; neurosurg aware (Dr {{NAME:Kristof Varga}})
2. OUD - COWS 9; start buprenorphine per protocol, addiction c/s
3. HCV - RNA, genotype
4. SW for housing

Emergency contact: mother {{NAME:Bernice Jeffries}} {{PHONE:312-555-0194}}

{{NAME:Nia Adeyemi-Clarke}}, MD (nocturnist)`,
  `ADDICTION MEDICINE CONSULT
{{DATE:10/15/24}}
{{NAME:Whitcomb-Jeffries, Lamar}}  MRN {{MRN:8817-2004}}  {{FACILITY:Elmhurst 4}}-422

OUD, severe. Fentanyl smoking + injecting ~1 g/day. Prior buprenorphine via {{FACILITY:Heartland Bridge Clinic}} {{DATE:Jan-Mar 2023}}, stopped when lost phone/Medicaid lapsed. 2 prior ODs (last {{DATE:8/2024}}, narcan by friend). MRI: L3-4 discitis/osteo + small ventral epidural abscess, NSGY nonoperative. BCx 4/4 MRSA. TEE pending.

Buprenorphine: micro-induction started {{DATE:10/14}} 0.5 mg SL BID, day 2 today 1 mg BID; cont full agonist (hydromorphone prn) for pain + w/d. Target 16-24 mg by d7.

Recs:
- Cont microdosing schedule (in orders)
- Naloxone kit at DC (x2)
- Expect 6+ wk IV abx: pt wants to complete - discuss OPAT vs SNF vs PO step-down per ID; he is not safe for PICC at home (no home)
- Medicaid re-enrollment w/ financial counselor; SW {{NAME:Darnell Pierce}}
- Post-DC bup: {{FACILITY:Heartland Bridge Clinic}}, NP {{NAME:Ruth Saperstein}}, {{PHONE:312-555-0176}}, Mon-Fri walk-in
- Offered HIV/HCV counseling, accepted

{{NAME:Gabriela Montenegro}}, MD, Addiction Medicine Consult Service  |  Teams/secure chat or pgr {{PHONE:2145}}`,
  `Hospital Medicine Progress Note
{{DATE:Mon 6/9/2025}} -- HD 6
{{NAME:Kowalski, Irena}}  MRN {{MRN:M000183306}}  {{FACILITY:St. Brigid's}} {{FACILITY:Donnelly 3}} bed 318-2

S: feeling stronger. appetite up. no BM x 2d. Daughter ({{NAME:Agata}}) visited, brought pierogi from {{FACILITY:Polonia Deli}} - pt happy.

O: afeb. HR 76. BP 138/74. RA.
abd soft, hypoactive BS.
Cdiff PCR neg {{DATE:6/6}}. WBC 9.1 (from 16.4). Cr 0.9.
Cx: E. coli pansensitive (urine + blood {{DATE:6/3}}).

A/P: 84F urosepsis 2/2 E coli pyelo, improving.
1. E. coli bacteremia/pyelo - ceftriaxone -> PO cipro 500 BID {{DATE:6/8}}-{{DATE:6/16}} (total 14d from {{DATE:6/3}})
2. Constipation - senna 17.2 qhs, miralax daily
3. Deconditioning - PT rec acute rehab vs SNF; prefers {{FACILITY:Our Lady of Czestochowa Rehab}} near family in {{LOCATION:Wallington}}; CM {{NAME:Fiona Galloway}} faxed referral {{DATE:6/8}}
4. HTN - resume amlodipine 5
5. GOC: full code, confirmed w/ pt + HCP daughter {{NAME:Agata Nowicki}} ({{PHONE:973-555-0141}})

Anticipate DC {{DATE:6/10}} or {{DATE:6/11}} pending bed/auth (Aetna MA, auth pending, ref {{ID:A-25-0609-7713}}).
{{NAME:Olumide Bankole}}, MD`,
  `VASCULAR SURGERY CONSULT
DATE: {{DATE:08/05/2024}}
PATIENT: {{NAME:Gustavo Ybarra}}    AGE: 58    MRN: {{MRN:LV-6620178}}
LOCATION: {{FACILITY:Desert Springs Medical Center}}, {{FACILITY:Mojave 3 West}} 3W-14
REQUESTING: Dr {{NAME:Hollis}} (Hospital Medicine)

REASON: R foot wet gangrene 4th/5th toes

HPI: 58M, DM2 (A1c 11.8), ESRD on HD MWF at {{FACILITY:Silver State Dialysis - Henderson}} via L BC AVF, PAD s/p R SFA stent {{DATE:2/2022}} ({{FACILITY:Sunrise Vascular Center}}, outside). Noted darkening toes x 3 wk, now foul drainage, fever. Works as casino porter at {{FACILITY:The Golden Saguaro}}; limited ability to rest foot.

Exam: R 4th/5th toes black, wet, purulent drainage tracking to plantar MTP. Cellulitis to midfoot. DP/PT nonpalpable, monophasic doppler. ABI noncompressible. TBI R 0.21.
XR: gas in soft tissue, erosion 5th MT head.

IMP: R foot wet gangrene w/ osteomyelitis, CLTI (WIfI 3-3-2).
PLAN:
- OR today for R 4th/5th ray amputation, open, guillotine
- Angio w/ possible intervention {{DATE:8/7}}
- vanc/pip-tazo (renally dosed, coordinate w/ HD)
- NPO, hold heparin at 0600
- consent obtained w/ pt; wife {{NAME:Pilar}} ({{PHONE:702-555-0138}}) at bedside

{{NAME:Ravindra Iyer}}, MD, Vascular Surgery   on-call {{PHONE:702-555-0102}}`,
  `PALLIATIVE MEDICINE CONSULT - INITIAL
DOS: {{DATE:4/2/2025}}
Pt: {{NAME:Cordelia Maybank}}   71F   MRN {{MRN:SJ2039918}}
Loc: {{FACILITY:St. Jude Regional}} - {{FACILITY:Carroll 5 Oncology}}, rm 512
Referring: Dr. {{NAME:Imelda Sotomayor}}, Heme/Onc

Reason: symptom mgmt + GOC, metastatic pancreatic adenoCA

Pt dx {{DATE:10/2024}}, s/p FOLFIRINOX x 6 (stopped for neuropathy/fatigue), 2L gem/nab-pac {{DATE:1/2025}}-{{DATE:3/2025}} w/ PD on CT {{DATE:3/27}} (liver mets, peritoneal carcinomatosis). Adm {{DATE:3/30}} w/ SBO, managed w/ NGT.

Sx: abd pain 7/10 (visceral), nausea, anorexia, wt loss 18 kg. ECOG 3.

Conversation (pt, husband {{NAME:Harold Maybank}}, son {{NAME:Theo}} via FaceTime from {{LOCATION:London}}):
- Pt understands "the chemo isn't working." Priorities: be home, see granddaughter's christening {{DATE:4/20}}, not suffer.
- Declines further chemo, declines TPN. Open to venting G-tube (IR) to remove NGT.

Plan:
1. Pain: hydromorphone PCA basal 0.2 + 0.2 q10min; celiac plexus block referral (IR Dr {{NAME:Moynihan}})
2. Nausea: olanzapine 2.5 qhs, ondansetron prn; dexamethasone 4 daily
3. vG-tube Thursday
4. Code: DNR/DNI (POLST done)
5. Hospice: home hospice w/ {{FACILITY:Lowcountry Hospice & Palliative}} -- liaison {{NAME:Charlene Ravenel}} {{PHONE:843-555-0155}}

{{NAME:Jonah Greenleaf}}, MD  Palliative Care   pager {{PHONE:843-555-0101}}`,
  `IR PROCEDURE NOTE
{{DATE:04/03/2025 1315}}
Patient: {{NAME:Maybank, Cordelia}}   MRN: {{MRN:SJ2039918}}   DOB: {{DATE:07/07/1953}}
Procedure: percutaneous gastrostomy tube placement for decompression (venting), 20 Fr
Operator: {{NAME:Declan Moynihan}}, MD   Assist: {{NAME:Sonia Reyes}}, RT(R)
Sedation: moderate, fentanyl 75 mcg + midazolam 2 mg, monitored by {{NAME:K. Ibarra}}, RN. Sedation time 32 min.

Indication: malignant SBO, goals of care comfort-focused; pt wishes NGT removal.
Consent: signed by pt.
Technique: NGT used to insufflate stomach. Fluoro + US guidance, 3 T-fasteners placed, tract dilated, 20 Fr balloon-retention gastrostomy placed. Contrast confirms intragastric position. Balloon 10 mL sterile water. 800 mL bilious fluid drained to gravity bag. NGT removed.
EBL: minimal. Complications: none.
Plan: tube to gravity, may clamp for comfort sips/ice chips; T-fasteners cut {{DATE:4/17}} (hospice RN or clinic). 

Husband {{NAME:Harold}} updated in family lounge.
{{NAME:D. Moynihan}}, MD, Interventional Radiology, x{{PHONE:4-6612}}`,
  `HOSPITALIST DISCHARGE SUMMARY
Name: {{NAME:Adebayo Okonjo-Fairweather}}      MRN: {{MRN:00-7730-4418}}
Admit: {{DATE:9/28/2024}}   D/C: {{DATE:10/1/2024}}   LOS 3
Attending of record: {{NAME:Meredith Calloway}}, DO
Unit: {{FACILITY:Tanglewood 2}}

Dx: 1) Sickle cell trait w/ exertional rhabdomyolysis  2) AKI, resolved  3) Hypokalemia

HPI/Course: 19M, college football player at {{FACILITY:Piedmont State University}}, collapsed during preseason conditioning drills {{DATE:9/27}} (heat index 104). Brought by {{FACILITY:Guilford County EMS}}. CK 48,200, Cr 2.0, K 3.1, myoglobinuria. Aggressive IVF 250-300 mL/h, UOP goal 200 mL/h. CK peaked 61,000 on {{DATE:9/29}}, down to 9,400 at DC. Cr 2.0 -> 0.9. No compartment syndrome.

Return to play: NOT cleared. Needs f/u w/ team physician Dr. {{NAME:Beauregard Sims}} ({{FACILITY:Piedmont State Athletics Medicine}}, {{PHONE:336-555-0128}}) and outpt CK in 1 wk. Education re SCT + heat precautions provided to pt and mother {{NAME:Folasade Okonjo}} ({{PHONE:336-555-0190}}, from {{LOCATION:Charlotte}}).

Athletic trainer {{NAME:Cody Vance}} ({{EMAIL:cvance@piedmontstate.edu}}) given release per pt's signed authorization {{DATE:9/30/24}}.

Pending: none.
{{NAME:M. Calloway}}, DO   {{DATE:10/01/2024 13:20}}`,
  `CARDIOLOGY - EP CONSULT
{{DATE:12/03/2024}}
{{NAME:Zoltan Herczeg}}   78M   MRN {{MRN:2018-447-65}}   {{FACILITY:Whitaker 6}} tele bed 6-22
Req: Dr. {{NAME:Winifred Oakes}}

Reason: ICD shocks x3 at home

Hx: ICM, EF 25%, s/p dual-chamber ICD (Medtronic Cobalt XT DR, s/n {{DEVICE:PZN612447H}}) implanted {{DATE:3/14/2022}} at {{FACILITY:Lakeshore Heart Institute}}. Home monitor transmits via MyCareLink; last transmission {{DATE:12/2}} 21:14.

Device interrogation today ({{NAME:Jen Farkas}}, Medtronic rep, {{PHONE:216-555-0111}}):
- 3 episodes VT 188-200 bpm {{DATE:12/2}} 20:50-21:05, ATP failed x2 -> shocked 35J x3, successful
- Battery 7.1 yr, leads stable, RV threshold 0.75 V
- AF burden 4%

Labs: K 3.2, Mg 1.5. Trop flat. TSH nl.

Imp: recurrent monomorphic VT, ICM; hypokalemia/hypomagnesemia contributor.
Recs:
- Replete K >4, Mg >2
- Amiodarone 400 BID load
- Reprogram VT zone ATP x3
- Plan VT ablation ({{FACILITY:Whitaker EP Lab}}) {{DATE:12/5}} w/ Dr. {{NAME:Anjali Moorthy}}
- No driving x 6 mo (state law); pt and son {{NAME:Laszlo Herczeg}} counseled

{{NAME:Reuben Achterberg}}, MD, Electrophysiology   EP pager {{PHONE:216-555-0153}}`,
  `brief op note / bedside procedure -- central line
{{DATE:02/11/25 0342}}
pt {{NAME:Yusra Haidari}}  MRN {{MRN:8001294}}  MICU bed 7, {{FACILITY:Sutherland Tower}}
op: {{NAME:Mateo Gallardo}} MD (PGY-3), sup {{NAME:Anika Voss}} MD
proc: R IJ triple lumen CVC, US guided
indic: septic shock, need for pressors, poor PIV access
consent: emergent - 2 physician consent (Drs {{NAME:Voss}}/{{NAME:Gallardo}}), husband {{NAME:Farid}} unreachable at {{PHONE:(858) 555-0174}} x2
time out 0330. full barrier precautions, CHG, US: compressible vein, patent.
1st pass, wire visualized in IJ on US, dilated, 16 cm TLC placed, all ports draw/flush. sutured + biopatch + tegaderm.
CXR: tip at cavoatrial junction, no PTX.
EBL <5, no complications.
line ok to use. kit lot VF2298 per CLABSI bundle checklist
- {{NAME:MG}}`,
  `TELEMETRY / REMOTE MONITORING EVENT NOTE
Central monitoring station (eICU hub), {{FACILITY:Brookhaven Regional}} -> {{FACILITY:Tidewater Community Hospital}} {{FACILITY:Hale 3}}
{{DATE:05/22/2024 02:17}}

Pt: {{NAME:Ellsworth Tibbs}}   MRN {{MRN:TCH-119247}}   rm 318
Alarm: VTach, 14 beats, self-terminated, HR back to 90s SR.
Monitor tech {{NAME:Aaliyah Sturgis}} called floor RN {{NAME:Mo Haidar}} 0218; pt asleep, asymptomatic, VS stable.
eICU physician Dr. {{NAME:Bartholomew Quist}} reviewed strips via remote viewer (station IP {{IP:10.42.118.207}}), ordered BMP/Mg STAT, 12-lead.
Results 0305: K 3.3, Mg 1.6 -> KCl 40 PO + Mg 2 g IV ordered.
Day team (Dr {{NAME:Oyinlola Banjo}}) to be notified at 0700 sign-out; consider echo (last {{DATE:2/2023}} EF 50%).
Incident log {{ID:eICU-240522-0017}}.
{{NAME:B. Quist}}, MD, Tele-critical care, {{PHONE:757-555-0145}}`,
  `HOSPITALIST H&P
Date {{DATE:12/24/2024 1930}}
Pt: {{NAME:Natividad "Nati" Encarnación}}   DOB {{DATE:12/25/1948}}   MRN {{MRN:RG-00418822}}
Adm to: {{FACILITY:Rio Grande Valley Medical Center}}, {{FACILITY:Alamo 6}}

CC: black stools + dizziness
HPI: 76F on rivaroxaban for AF, presents from home in {{LOCATION:Harlingen}} w/ 2 d melena, lightheaded on standing. Granddaughter {{NAME:Marisela Garza}} (bilingual, at bedside) helped w/ hx. Hgb 7.2 (last 12.1 on {{DATE:11/4/24}} at {{FACILITY:Clinica del Valle}}). Last rivaroxaban dose 0800 today.

PMH: AF, HTN, DM2, OA (takes ibuprofen "for knees"), hx gastric ulcer 2019?

Exam: BP 98/58, HR 104, pale, rectal: melena.
GBS 12.

A/P: UGIB on DOAC + NSAID
- 2 large bore IVs, type & cross 2 u, transfuse Hgb <7 (or <8 if CAD)
- hold rivaroxaban; andexanet only if life-threatening
- PPI 80 IV bolus then 40 BID
- GI consult (Dr. {{NAME:Hidalgo}}) for EGD in AM
- Stop ibuprofen

Code status: FULL. Contacts: son {{NAME:Rogelio Encarnación}} {{PHONE:956-555-0114}}, granddaughter {{PHONE:956-555-0186}}.
{{NAME:Xochitl Ramos-Benavidez}}, MD`,
  `GI CONSULT NOTE  {{DATE:12/25/24}}
{{NAME:Encarnacion, Natividad}}  {{MRN:RG-00418822}}  {{FACILITY:Alamo 6}}-614
EGD today 1030 (holiday call - Dr {{NAME:Ernesto Hidalgo}}): 2 cm gastric antral ulcer, clean base (Forrest III). Mild erosive duodenitis. Bx for HP.
No intervention needed. Propofol sedation by CRNA {{NAME:Dalia Treviño}}, uneventful.
Discussed findings w/ pt and granddaughter {{NAME:Marisela}} in Spanish; questions answered.

Recs:
- PPI 40 BID x 8 wk then daily
- may resume regular diet
- Hgb goal >7; s/p 2 u PRBC, Hgb 8.4
- Resume rivaroxaban {{DATE:12/28}} (72h) if stable, discuss w/ cards ({{FACILITY:Valley Heart Associates}}, Dr {{NAME:Padmanabhan}})
- no NSAIDs ever; acetaminophen for knees
- f/u {{FACILITY:RGV Digestive Health}} 8 wks, {{ADDRESS:2101 Ed Carey Dr, Bldg C}}, {{LOCATION:Harlingen}}, TX {{ZIP:78550}}

{{NAME:E. Hidalgo}}, MD`,
  `CASE MANAGEMENT - DISCHARGE PLANNING
{{DATE:08/12/2024}}
Patient: {{NAME:Horace Villeneuve}}    MRN: {{MRN:99-41-2207}}    Room: {{FACILITY:Bellamy 4}} 4-11
Admit {{DATE:8/6}}; expected DC {{DATE:8/13}}

Dx: L MCA stroke w/ R hemiparesis, aphasia. PT/OT/SLP recommend acute inpatient rehab (IRF).

IRF referrals (sent {{DATE:8/9}} via Careport):
1. {{FACILITY:Magnolia Ridge Rehabilitation Hospital}} - ACCEPTED {{DATE:8/11}}, bed {{DATE:8/13}}, liaison {{NAME:Trent Ocasio}} {{PHONE:985-555-0121}}
2. {{FACILITY:Bayou Oaks IRF}} - declined (no beds)
3. {{FACILITY:Terrebonne Neuro Rehab}} - pending
Insurance: Humana Medicare Adv, ID {{HEALTH_PLAN:H71830559}}; auth approved {{DATE:8/12}} 1420, auth # {{ID:HUM-1187-2204}}, 7 days, next review {{DATE:8/20}}.

Transport: stretcher, {{FACILITY:Acadian Crescent Ambulance}}, pickup {{DATE:8/13}} 1000, conf # {{ID:ACA-88134}}.
Wife {{NAME:Simone Villeneuve}} (HCP, {{PHONE:985-555-0158}}) agrees; she will bring clothes/shoes to rehab. Pt nods yes when asked.
Lives {{ADDRESS:412 Rue Chartres}}, {{LOCATION:Houma}}, LA {{ZIP:70360}} - 2 STE, tub shower; home eval by rehab prior to DC from IRF.

{{NAME:Paulette Guidry}}, RN, CCM  ext {{PHONE:4-3381}}`,
  `NEUROLOGY STROKE CONSULT
{{DATE:8/6/24 1455}} - CODE STROKE
Pt {{NAME:Horace Villeneuve}}, 79M, MRN {{MRN:99-41-2207}}, ED bay 12, {{FACILITY:Terrebonne General}}
LKW: 1310 (wife {{NAME:Simone}} saw him normal at lunch, then found him slumped at 1350 at their home)
Arrival 1432. CT head 1441: no ICH, ASPECTS 9. CTA: L M1 occlusion.
NIHSS 17 (aphasia 3, R arm 4, R leg 3, gaze 1, facial 2, neglect 1, dysarthria n/a, sensory 1, LOC qs 2).
On apixaban? - wife says he stopped it "a month ago" bc of cost. Last dose ~{{DATE:7/4}}.

Plan:
- TNK 0.25 mg/kg (20 mg) given 1458 after discussion w/ wife
- Transfer for thrombectomy to {{FACILITY:Crescent City Comprehensive Stroke Center}} - accepted by Dr. {{NAME:Hiroshi Tanabe}} 1505; {{FACILITY:Acadian Crescent Air}} dispatched
- BP <180/105 post-lytic
- Telestroke session id {{ID:TS-240806-1452}} ({{URL:https://telestroke.crescentcityneuro.org/session/TS-240806-1452}})

{{NAME:Lakshmi Narasimhan}}, MD, Vascular Neurology (tele), {{PHONE:504-555-0175}}`,
  `progress note - hospitalist  {{DATE:jan 3 2025}}
{{NAME:fontaine, rosemarie}} / mrn {{MRN:0447129}} / {{FACILITY:cartwright 3}} rm 306

s: "i want to go home." c/o L knee pain, ate 75% of bkfst. no f/c. no cp/sob.
o: afeb, 132/78, 80, 18, 97% ra. L knee warm, effusion, ROM limited by pain.
synovial fluid ({{DATE:1/2}}): wbc 28k, 90% pmn, CPPD crystals (rhomboid, weakly +birefringent). gram stain neg, cx ngtd 24h.
xr: chondrocalcinosis.

a/p 68F w/ acute CPPD arthritis (pseudogout) L knee, r/o septic joint
- cx ngtd - if neg at 48h stop empiric vanc
- colchicine 0.6 bid (renal fxn ok), ortho (Dr {{NAME:Abernethy}}) injected triamcinolone 40 mg today
- check Mg, phos, ferritin, TSH, PTH (secondary causes)
- PT
- dispo home {{DATE:1/4}} if cx neg; son {{NAME:Luc}} to pick up ({{PHONE:207-555-0151}})
- pcp dr {{NAME:Wendy Ashgrove}}, {{FACILITY:Kennebec Family Medicine}}, 1 wk

{{NAME:dm}} for Dr {{NAME:Ignatius Poole}}`,
  `INFECTIOUS DISEASES CONSULT
Date: {{DATE:March 11, 2025}}
Patient: {{NAME:Wen-Li Ch'ng}}   MRN: {{MRN:UC-3300871}}   DOB: {{DATE:9/30/1971}}
Location: {{FACILITY:University Crest Hospital}}, {{FACILITY:Morrow 10}} (BMT unit) rm 1014
Requesting: BMT attending Dr. {{NAME:Severin Holt}}

Reason: neutropenic fever, pulmonary nodules

53F AML (FLT3-ITD+) s/p allo-HSCT (MUD) day +42, on tacrolimus, posaconazole ppx (levels subtherapeutic 0.4 on {{DATE:3/7}}). Fever 39.1 since {{DATE:3/9}}. ANC 300. CT chest {{DATE:3/10}}: multiple nodules w/ halo sign RUL, LLL.
Serum galactomannan 1.8 (+). BAL {{DATE:3/11}} pending (GM, cx, PCR, PJP).

Imp: probable invasive pulmonary aspergillosis (EORTC/MSG), breakthrough on subtherapeutic posa.

Recs:
- Stop posa; start voriconazole 6 mg/kg IV q12 x2 then 4 mg/kg q12; trough day 5 (goal 1-5.5)
- Note vori-tacrolimus interaction - reduce tac by 2/3, daily levels (pharmacy {{NAME:Declan Ruiz}}, PharmD aware)
- Cont cefepime
- Ophtho exam
- Will follow

{{NAME:Amara Okpara-Lindsey}}, MD, Transplant ID   pgr {{PHONE:801-555-0163}}   {{EMAIL:amara.okpara@ucrest.edu}}`,
  `ADMISSION -- SHORT STAY / OBS
{{DATE:06/28/2024}}  {{FACILITY:Ridgeview Community Hospital}} (RCH)
{{NAME:Thorne, Dakota J.}}  27 y/o  NB (they/them)   MRN {{MRN:RCH-20448}}

cc: ha, neck stiffness, fever
hpi: 27 y/o w/ 2 d severe HA, photophobia, T 38.7. Works as line cook at {{FACILITY:Juniper & Salt Bistro}} in {{LOCATION:Bend}}. No rash. No sick contacts except roommate {{NAME:Kai Ellery}} w/ "flu" last wk. Vaccines utd per pt (MenACWY in college).
LP (ED, Dr {{NAME:Okamura}}): OP 24, WBC 340 (85% lymph), prot 88, glu 62 (serum 98). Gram stain neg. HSV/enterovirus PCR sent. Meningitis/encephalitis panel: enterovirus DETECTED (resulted 2210).

a/p: viral (enteroviral) meningitis
- d/c ceftriaxone/vanc/acyclovir now that panel +
- supportive: APAP, IVF, antiemetics
- obs overnight, likely dc AM
- work note x 1 wk; contact precautions
emergency contact: mother {{NAME:Sharon Thorne}} {{PHONE:541-555-0178}}, {{ADDRESS:88 Tumalo Ridge Ct}}, {{LOCATION:Redmond}}, OR {{ZIP:97756}}
{{NAME:F. Castellano}} DO`,
  `SOCIAL WORK - INTIMATE PARTNER VIOLENCE SCREEN / SAFETY PLAN
{{DATE:10/19/2024}}   {{FACILITY:Hollister 5}}   CONFIDENTIAL - do not release w/o pt consent
Pt: {{NAME:Danielle Yarbrough}}   MRN {{MRN:HL7720198}}

Pt adm {{DATE:10/17}} for L orbital floor fx + rib fx 7-8; reported "fell down stairs" in ED but disclosed to RN {{NAME:Grace}} on {{DATE:10/18}} that partner ({{NAME:Travis Keel}}) struck her. Pt consented to SW.

Pt lives w/ partner + 2 children (ages 4, 7) at {{ADDRESS:5520 Old Mill Rd, Lot 22}}, {{LOCATION:Seymour}}, IN {{ZIP:47274}}. Children currently with maternal grandmother {{NAME:Loretta Yarbrough}} ({{PHONE:812-555-0140}}).

Danger Assessment score 18 (extreme). Partner not permitted on unit - security notified, pt listed as "confidential/no info" in registration (alias "{{NAME:Dana Brooks}}").

Plan:
- Safety plan completed
- Connected w/ advocate {{NAME:Maribel Santos}} at {{FACILITY:Turning Point Domestic Violence Services}} hotline {{PHONE:812-555-0106}}; shelter bed available at {{FACILITY:Hope House of Jackson County}}
- Pt wishes to file protective order; police report filed, case # {{ID:24-SPD-11903}}
- Phone given to pt is new, # {{PHONE:812-555-0129}} (do NOT share)

{{NAME:Audra Kimball}}, LCSW   pager {{PHONE:5521}}`,
  `HOSPITAL MEDICINE DISCHARGE SUMMARY
PATIENT: {{NAME:Marcellus Duvernay}}  |  MRN {{MRN:D-88013427}}  |  DOB {{DATE:04/04/1990}}
ADMIT {{DATE:7/1/2025}}  DISCHARGE {{DATE:7/3/2025}}
ATTENDING {{NAME:Shirin Farahani}}, MD  |  UNIT {{FACILITY:Levesque 3 Short Stay}}

PRINCIPAL DX: DKA, mild, precipitated by insulin omission (insulin pump failure)
Other: T1DM on Omnipod 5 (PDM s/n {{DEVICE:OP5-PDM-0098213}}), Dexcom G6 (transmitter {{DEVICE:8H4K2Q}})

COURSE: 35M T1DM presented {{DATE:7/1}} w/ N/V, BG 412, pH 7.26, AG 19, BHB 4.1. Pod occlusion alarm ignored overnight. Insulin gtt x 10 h, AG closed 0200 {{DATE:7/2}}. Resumed pump w/ new pod per endo (Dr. {{NAME:Kwabena Osei}}) {{DATE:7/2}} AM. BG 110-180 since. Diabetes ed reviewed sick-day rules.

DC MEDS: Omnipod 5 (settings unchanged), insulin glargine 10 u backup pen (for pump failure), glucagon nasal 3 mg, ketone strips.

F/U: {{FACILITY:Levesque Endocrine Clinic}} Dr {{NAME:Osei}} {{DATE:7/15}}; pump trainer {{NAME:Jill Albrecht}} {{PHONE:617-555-0180}}.
Work: {{FACILITY:Fenway Data Systems}}, may RTW {{DATE:7/7}}.
Partner {{NAME:Isaac Moreau}} {{PHONE:617-555-0193}}.

{{NAME:S. Farahani}} MD / cosign {{DATE:07/03/2025 15:47}}`,
  `CHAPLAIN / SPIRITUAL CARE NOTE
{{DATE:2/2/2025}}   {{FACILITY:Merriweather 4}}, rm 402
Pt: {{NAME:Abdirahman Farah Warsame}}   MRN {{MRN:MW-5528176}}

Visit requested by family (daughter {{NAME:Hodan}}) for imam support and prayer space; pt actively dying (metastatic gastric CA), comfort care since {{DATE:1/31}}.
Contacted Imam {{NAME:Yusuf Abdullahi}} of {{FACILITY:Abubakar As-Saddique Islamic Center}} ({{PHONE:612-555-0167}}); he arrived 1530 and led prayers w/ family (~14 members present - permission given by charge RN {{NAME:Pat Lindahl}} to exceed visitor limit).
Family requests: bed turned toward Qibla (done w/ facilities), pt's body washed by family/mosque after death per Islamic practice, expedited death certificate for burial within 24 h - discussed w/ Dr. {{NAME:Brandt}} and decedent affairs ({{NAME:Lorna}}, x{{PHONE:3390}}).
Funeral home: {{FACILITY:Al-Rahma Funeral Services}}, {{LOCATION:Minneapolis}}, {{PHONE:612-555-0108}}.

Will return this evening.
Chaplain {{NAME:Miriam Oduro-Kessler}}, MDiv, BCC  pager {{PHONE:612-555-0199}}`,
  `Pt: {{NAME:Gallagher, Sean P}}        MRN: {{MRN:300-81-7725}}
Date: {{DATE:11/27/2023}}             Unit: {{FACILITY:Quincy 7}} / rm 7-03

HOSPITAL MEDICINE PROGRESS NOTE  (HD 5)

Subjective: no further hematemesis. Tolerating clears. Tremor gone. Pt asks about going to brother's for Thanksgiving leftovers lol. Sister-in-law {{NAME:Noreen}} called nursing station x3 overnight.

Objective:
VS: 98.2  76  124/70  16  98% RA
Hgb 9.2 stable x 48h
Plt 71, INR 1.6, Tbili 2.8
EGD {{DATE:11/23}} (Dr. {{NAME:Rafferty}}): grade III esophageal varices, 4 bands placed; portal HTN gastropathy.

A/P: 49M EtOH cirrhosis (Child B), variceal bleed s/p EVL.
1. Variceal bleed - completed 5d ceftriaxone ppx today; octreotide stopped {{DATE:11/26}}; start nadolol 20 daily; repeat EVL 2-4 wk ({{FACILITY:Quincy Endoscopy}}, scheduled {{DATE:12/11/23 0800}})
2. EtOH w/d - resolved, CIWA <8 x 48h
3. AUD - counseled; acamprosate started; referral {{FACILITY:South Shore Recovery Center}} {{PHONE:617-555-0157}}
4. Dispo: home to {{ADDRESS:41 Sea St, 2nd fl}}, {{LOCATION:Quincy}} MA {{ZIP:02169}} w/ brother {{NAME:Kevin Gallagher}} tomorrow

{{NAME:Tessa Halloran}}, PA-C / supervising Dr {{NAME:Yuri Balanchuk}}`,
  `HEART FAILURE NURSE NAVIGATOR NOTE
{{DATE:3/30/2025}}
Pt: {{NAME:Alphonse Kiwanuka}}   MRN {{MRN:LM-7123094}}   {{FACILITY:Lindley 6 Cardiac}}, rm 608

Visited pt for HF education before DC tomorrow. Pt is a 74 yo retired bus driver ({{FACILITY:Twin Cities Metro Bus Lines}}), lives w/ wife {{NAME:Grace Kiwanuka}} in 2nd fl apt, {{ADDRESS:2200 Cedar Ave S, Apt 205}}, {{LOCATION:Minneapolis}} {{ZIP:55404}}. 
Enrolled in CardioMEMS program - sensor s/n {{DEVICE:CM2-441097}} implanted {{DATE:3/28/25}} by Dr {{NAME:Sundqvist}}; home pillow electronics set up instructions given; readings to upload daily to portal ({{URL:www.heartpressurehome.net/pt/LM7123094}}).
Scale: uses digital scale, knows to call if +2 lb/day or +5 lb/wk.
Diet: 2 g Na, pt's wife cooks - she attended teaching. Fluid 2 L.
Med box filled by pharmacy {{FACILITY:Cedar-Riverside Pharmacy}} ({{PHONE:612-555-0122}}).

Follow up: HF clinic NP {{NAME:Britt Halvorsen}} {{DATE:4/7/25 10:00}}; HF nurse phone call {{DATE:4/2}}.
{{NAME:Ingeborg Solheim}}, RN, HF Navigator, {{PHONE:612-555-0161}}`,
  `NEPHROLOGY PROGRESS NOTE -- HD INPATIENT
{{DATE:10/08/24}}
{{NAME:Beatrix Olawale-Henning}}   MRN {{MRN:3008817}}   {{FACILITY:Fairbanks 5}} rm 517
ESRD on HD TTS at {{FACILITY:Riverbend Kidney Center - Eastgate}} (chair 14, 1st shift); outpt nephrologist Dr. {{NAME:Omondi}}.

s: missed HD {{DATE:Sat 10/5}} - no ride; ride service {{FACILITY:CareLift Transport}} cancelled. Adm {{DATE:10/6}} w/ K 7.1, volume overload.
o: s/p urgent HD {{DATE:10/6}} + {{DATE:10/7}}. Today BP 152/88, 2L NC weaned to RA. Edema 1+. L upper arm AVG w/ thrill/bruit.
K 4.6, phos 6.9, Ca 8.4, Hgb 9.1. EDW 68.5 kg.

a/p:
1. ESRD, missed HD -> hyperK/vol overload, resolved. HD today 3.5 h, UF 2.5 L, 2K bath. Resume outpt schedule {{DATE:Thursday 10/10}}.
2. Transport barrier - SW ({{NAME:Ines}}) enrolling in Medicaid NEMT; backup: son {{NAME:Kolawole}} ({{PHONE:614-555-0133}})
3. Mineral bone - sevelamer 1600 TID w/ meals, diet ed
4. Anemia - ESA at outpt unit
Faxed updated orders to {{FACILITY:Riverbend Eastgate}} {{FAX:614-555-0147}}.

{{NAME:Emeka Chukwu}}, MD, Nephrology fellow / attending Dr. {{NAME:Wasserman}}`,
  `ADMISSION H&P (ABBREVIATED - HOLDOVER IN ED)
{{DATE:1/19/25 0415}}   boarding in ED hallway H-4, bed assigned {{FACILITY:Winthrop 8}} pending
{{NAME:Petrosyan, Anahit}}   {{AGE:93}}F   MRN {{MRN:WR-0019920}}
Hx via son {{NAME:Gor Petrosyan}} (Armenian interpreter {{NAME:Lilit}}, ID {{ID:ARM-3318}}).

CC: decreased PO, weakness x 4 d
{{AGE:93}} yo F, lives w/ son + daughter-in-law in {{LOCATION:Glendale}}, baseline ambulates w/ walker, mild dementia. Na 121, BUN 48, Cr 1.6 (baseline 0.8), glu 102. UA neg. CXR neg. Started HCTZ 25 {{DATE:1/2}} by PCP Dr. {{NAME:Hakobyan}} ({{FACILITY:Broadway Family Clinic}}).

A/P:
1. Hypovolemic hyponatremia, thiazide-induced - stop HCTZ, NS 75/h, Na q6h, goal rise <=8/24h
2. AKI prerenal - IVF, avoid nephrotoxins
3. Dementia - delirium precautions
4. Code: son says DNR, pt agrees (POLST from {{DATE:2022-06-14}} in Care Everywhere)
Son {{NAME:Gor}} {{PHONE:818-555-0105}}, prefers text.
{{NAME:Haruki Lindstrom}}, MD (nocturnist)`,
  `Hospital Medicine -- Daily Note
DOS: {{DATE:19-Apr-2024}}
Pt: {{NAME:ESPINOZA, MARIA DEL CARMEN}}   MRN {{MRN:E4471-0023}}   {{FACILITY:Candler 2}}, bed 2-14B

S: Dyspnea improving. Using IS. Husband {{NAME:Rigoberto}} at bedside all night.
O: 37.2, 96/min, 118/64, RR 20, 93% 3L (was 6L). R lower lobe bronchial BS.
Labs: WBC 14.2 (19.8), procal 1.1 (3.4). Legionella Ag NEG, strep Ag POS.
Imaging: CXR {{DATE:4/18}} RLL + RML consolidation, small parapneumonic effusion.

A/P: 57F (works as housekeeper at {{FACILITY:Savannah Riverfront Inn}}), CAP w/ S. pneumo, severe by PSI IV.
- ceftriaxone 2g day 3, azithro day 3 (stop after 3 d)
- effusion small, no tap unless grows
- wean O2
- flu/COVID neg
- Pneumovax/PCV20 before DC
- Dispo: home once RA, ~2 d; employer work note; daughter {{NAME:Yessenia Espinoza}} ({{PHONE:912-555-0117}}) assisting w/ FMLA forms
{{NAME:Calvin Oyelowo-Park}}, MD / {{NAME:cop}}`,
  `INPATIENT CARDIOLOGY CONSULT
date {{DATE:9/9/2024}} | requested by hospitalist Dr. {{NAME:Dagny Fjeld}}
pt {{NAME:Tobias Wren}} | 38M | MRN {{MRN:NW-4410077}} | {{FACILITY:Northwind Medical Center}} {{FACILITY:Sterling 4}} rm 409

q: troponin elevation, recent viral illness
hx: 38M previously healthy, distance runner ({{FACILITY:Cascade Harriers}} running club), URI sx 10 d ago. Now 2 d pleuritic CP worse lying flat. ECG diffuse STE + PR depression. hs-trop 2,840 -> 3,110. CRP 66. TTE: EF 48%, mild global HK, trivial effusion. cMRI {{DATE:9/9}}: LGE subepicardial lateral wall - c/w myopericarditis.
COVID neg; enterovirus, parvo, HHV6 sent.

imp: acute myopericarditis, mild LV dysfunction.
recs:
- colchicine 0.6 BID x 3 mo; ibuprofen 600 TID x 1-2 wk w/ PPI (ok in myopericarditis w/ preserved-ish EF, monitor)
- no competitive sports/strenuous exercise x 3-6 mo; repeat cMRI + Holter + ETT before RTP
- tele 24 h, if no arrhythmia ok for DC
- f/u Dr. {{NAME:Helga Marchetti}}, {{FACILITY:Northwind Heart - Sports Cardiology}}, {{PHONE:503-555-0192}}, 2 wks

{{NAME:Eduardo Saldívar}}, MD  cards fellow   pager {{PHONE:503-555-0112}}`,
  `ED OBS -> INPT TRANSFER REQUEST (OUTSIDE HOSPITAL CALL)
Transfer center log {{DATE:11/02/2024 1645}}, ref # {{ID:TX-24-110278}}
Calling facility: {{FACILITY:Lochsa Canyon Hospital}}, {{LOCATION:Orofino}}, ID (critical access)
Calling MD: Dr. {{NAME:Silas Brandvold}}, callback {{PHONE:208-555-0109}}
Accepting MD: hospitalist Dr. {{NAME:Rina Matsumoto}}, {{FACILITY:Palouse Regional Medical Center}}

Pt: {{NAME:Wallace "Wally" Redcloud}}   DOB {{DATE:07/19/1956}}   OSH MRN {{MRN:LCH-00813}}
Reason: GI bleed, needs EGD (no GI at OSH)
Summary: 68M w/ hematemesis x2, Hgb 8.9 -> 7.8, HR 102, BP 108/62. On ASA/clopidogrel (DES {{DATE:6/2024}}). Got pantoprazole 80 IV, 1 u PRBC started.
Accepted to {{FACILITY:Palouse 3 Stepdown}}. Mode: ground ALS ({{FACILITY:Canyon Rim Ambulance}}), ETA 1900 (~2 h).
Tribal affiliation: Nez Perce; IHS clinic {{FACILITY:Lapwai Creek Tribal Clinic}} PCP Dr. {{NAME:Leona Whitefeather}} - notify at DC.
Wife {{NAME:Arlene Redcloud}} {{PHONE:208-555-0181}} following by car.
GI on call Dr. {{NAME:Ostrander}} aware.
Logged by transfer RN {{NAME:Cheyenne Baca}}`,
  `DISCHARGE SUMMARY - AGAINST MEDICAL ADVICE
Pt: {{NAME:Cyrus Bellweather}}   MRN {{MRN:BW-66120}}   DOB {{DATE:2/29/1972}}
Admit {{DATE:5/10/2024}}   AMA departure {{DATE:5/12/2024 18:32}}
Unit {{FACILITY:Harcourt 3}}, Attending Dr. {{NAME:Valentina Rusu}}

Reason for admission: L lower extremity cellulitis w/ abscess, SIRS. I&D by ED {{DATE:5/10}}, cx MRSA.
Course: vanc IV x 48h, improving erythema (marked borders receding). Plan was to transition to PO doxy {{DATE:5/13}}.

AMA: pt stated he needed to return to work (long-haul trucker, {{FACILITY:Ironhorse Freight}}, truck # {{VEHICLE:IHF-2217}}, load due in {{LOCATION:Amarillo}}). Capacity assessed by Dr. {{NAME:Rusu}} - pt has capacity, understands risk of worsening infection/sepsis. AMA form signed, witnessed by RN {{NAME:Kelsey Drummond}}.
Harm reduction: rx doxycycline 100 BID x 7 d e-prescribed to {{FACILITY:Walmart Pharmacy #1420}} in {{LOCATION:Tucumcari}} per pt (on his route). Wound care supplies given. Pt agreed to return or go to nearest ED if fever/worsening.
F/u: wound check at any urgent care in 48-72 h; PCP Dr. {{NAME:Okeke}} ({{PHONE:405-555-0173}}).
Pt left unit ambulatory, IV removed by RN, catheter intact.
Wife {{NAME:Dolores}} notified per pt request {{PHONE:405-555-0112}}.

{{NAME:V. Rusu}}, MD   {{DATE:5/12/24 19:05}}`,
  `*** HOSPITALIST CROSS-COVER NOTE ***
{{DATE:8/17/2024 0130}}
Called by RN {{NAME:Ji-woo Baek}} ({{FACILITY:Sutton 6}}, spectralink x{{PHONE:6-4412}}) re: pt {{NAME:Harland Pettibone}}, MRN {{MRN:ST-2290184}}, rm 614, new fever 38.9 and rigors.

Pt is 66M adm {{DATE:8/14}} for R TKA revision (Dr {{NAME:Castellanos-Mott}}), POD3. Hx DM2, BPH. Foley removed {{DATE:8/16}}.
At bedside: rigors, HR 112, BP 126/70, SpO2 95% RA. Incision clean, minimal drainage. Suprapubic TTP mild. Lungs clear. R calf soft.

Plan:
- BCx x2, UA/UCx, CBC, lactate, CXR
- Bladder scan: PVR 620 -> straight cath, 700 mL cloudy urine
- Start ceftriaxone 1g after cx
- tamsulosin 0.4 qhs
- Notify ortho (resident Dr {{NAME:Ebony Harcourt}} paged {{PHONE:3375}}) - agrees, no joint aspiration tonight
- Lactate 1.4

Will pass to day team (Dr. {{NAME:Ngozi Ubah}}).
{{NAME:Ferdinand Ottley}}, MD (nocturnist)`,
  `LETTER TO OUTSIDE PCP (auto-generated from discharge)
{{FACILITY:Bellhaven University Hospital}} - Division of Hospital Medicine
{{ADDRESS:4500 Summit Ave}}, {{LOCATION:Kansas City}}, MO {{ZIP:64111}}
Phone {{PHONE:816-555-0100}} | Fax {{FAX:816-555-0159}}

{{DATE:February 20, 2025}}

Dr. {{NAME:Cornelia Vos}}
{{FACILITY:Olathe Prairie Family Medicine}}
{{ADDRESS:1201 E Santa Fe St, Suite B}}, {{LOCATION:Olathe}}, KS {{ZIP:66061}}

RE: {{NAME:Winston Achebe-Hale}}, DOB {{DATE:11/08/1949}}, MRN {{MRN:BUH-7740192}}

Dear Dr. {{NAME:Vos}},
Your patient was hospitalized {{DATE:2/14/25}}-{{DATE:2/19/25}} for C. difficile colitis (severe, WBC 22) following clindamycin for a dental abscess. He was treated with oral vancomycin 125 mg QID; stools formed by {{DATE:2/18}}. He was discharged to complete a 10-day course ending {{DATE:2/24}}. Given his age and severity, please consider fidaxomicin if he recurs. Please avoid clindamycin in future (added to allergy list as intolerance).
His dentist, Dr. {{NAME:Raymond Ulloa}} ({{PHONE:913-555-0137}}), was informed.

Sincerely,
{{NAME:Jeanette Marquardt}}, MD, Hospitalist
cc: pt; {{EMAIL:records@olatheprairiefm.com}}`,
  `PROGRESS NOTE -- PALLIATIVE CARE F/U
{{DATE:07/08/2024}}
{{NAME:Okwuosa-Reyes, Philomena}}   MRN {{MRN:G-1128394}}   {{FACILITY:Gilchrist 7}}, 7-19

Interval: pt w/ ALS (bulbar onset, dx {{DATE:Sept 2022}}), adm {{DATE:7/3}} w/ aspiration PNA, now on BiPAP ~20 h/day. Communicates via eye-gaze tablet (Tobii, s/n {{DEVICE:TD-I16-30419}}). Today typed: "I DO NOT WANT A TRACH. I WANT TO GO HOME."

Mtg w/ pt, husband {{NAME:Ignacio Reyes}}, sister {{NAME:Chioma Okwuosa}} (flew in from {{LOCATION:Lagos}}), ALS clinic RN {{NAME:Hollis Brandt}} ({{FACILITY:Gilchrist ALS Center}}).
Decision: no trach, no PEG (declined previously {{DATE:3/2024}}), DNR. Home w/ hospice + BiPAP for comfort; plan for compassionate withdrawal of BiPAP at home when pt chooses.

Plan:
- Hospice: {{FACILITY:Shenandoah Crossing Hospice}} accepted, SOC {{DATE:7/10}}; BiPAP/RT support from {{FACILITY:Piedmont Respiratory Home Care}} (BiPAP s/n {{DEVICE:RSM-A10-8873310}})
- Symptom: morphine soln 5 mg SL q2h prn dyspnea, glycopyrrolate, lorazepam 0.5 SL prn
- Out-of-hospital DNR form completed
- Husband's cell {{PHONE:434-555-0126}}; home {{ADDRESS:17 Laurel Fork Ln}}, {{LOCATION:Charlottesville}}, VA {{ZIP:22903}}

{{NAME:Aurelio Benedetti}}, MD, Palliative   {{PHONE:434-555-0196}}`,
  `CONSULT - HOSPITAL MEDICINE CO-MANAGEMENT (ORTHO)
{{DATE:6/21/2025}}
Pt {{NAME:Agatha Drummond-Leigh}}, {{AGE:104}} yo F, MRN {{MRN:KR-00041187}}, {{FACILITY:Kingsley 2 Ortho}} rm 2-25
Requested by Dr. {{NAME:Obafemi Lawal}} (ortho)

{{AGE:104}}F, resident of {{FACILITY:Rosewood Manor Nursing Home}} ({{ADDRESS:900 Rosewood Dr}}, {{LOCATION:Greenville}}), fell {{DATE:6/20}} ~2100, R intertrochanteric fx. Baseline: wheelchair-level, feeds self, oriented x2. Hx HFpEF, AF (no AC - prior SDH {{DATE:2021-03}}), CKD3b, hypothyroid.

Preop risk: high (RCRI 2, frailty). TTE {{DATE:1/2025}} EF 60%, mod AS (AVA 1.1).
Family: niece {{NAME:Prudence Leigh}} (HCP, {{PHONE:864-555-0188}}) wants surgery for pain control; DNR/DNI but ok for anesthesia.

Recs:
- Proceed w/ IMN tomorrow AM; spinal preferred (anesthesia Dr. {{NAME:Kowalczyk}})
- FIB for pain, APAP 650 q6 scheduled
- Careful fluids (AS), hold furosemide AM of surgery
- DVT ppx enoxaparin 30 daily post-op (CrCl 22)
- Delirium ppx
- Return to {{FACILITY:Rosewood Manor}} w/ PT when stable; facility DON {{NAME:Maxine Toller}} {{PHONE:864-555-0135}}

{{NAME:Priscilla Nwosu}}, MD, Hospitalist co-management`,
  `HOSPITALIST ATTENDING ATTESTATION + WEEKEND SIGN-OUT
{{DATE:Sun 5/18/2025}}   Team: Sycamore   Census 17
(excerpt - pt-specific)

{{NAME:Ferreira da Silva, Joaquim}} | MRN {{MRN:SY-3021884}} | {{FACILITY:Sycamore 4}} 4-08 | 71M
- HCAP on pip/tazo d4, afebrile 48h -> switch amox-clav PO today, total 7 d (end {{DATE:5/21}})
- AKI resolved (Cr 1.0)
- Portuguese interpreter needed for all conversations; wife {{NAME:Conceição}} {{PHONE:508-555-0115}}
- DC planning: home w/ {{FACILITY:New Bedford VNA}} {{DATE:Mon 5/19}}; son {{NAME:Rui Ferreira}} to pick up after shift at {{FACILITY:Acushnet Marine Fabrication}}
- IF/THEN: if temp >38.3 overnight -> BCx, call me

{{NAME:Lorraine Okafor-Whitby}} | MRN {{MRN:SY-3030017}} | {{FACILITY:Sycamore 4}} 4-12 | 58F
- new AF RVR {{DATE:5/17}}, now rate controlled on dilt 60 q6; CHA2DS2-VASc 2 -> apixaban started
- TSH 0.02 -> endo c/s Mon (Dr {{NAME:Pinheiro}})

I saw and examined both pts, agree w/ resident (Dr. {{NAME:Amadou Sy}}) notes.
{{NAME:Gregory Thibodeaux}}, MD, pager {{PHONE:508-555-0190}}`,
];

export const HELDOUT_REALISTIC_46_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout46-${i + 1}`, n));
