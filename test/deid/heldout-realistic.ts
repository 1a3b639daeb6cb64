// A held-out set of hand-written, realistic synthetic notes (all invented) in the shapes of real
// clinical corpora (i2b2 2014 / MIMIC-style discharge summaries, nursing and radiology notes,
// referral letters, run sheets, pathology, telephone encounters) and unlike the generator and
// handwritten*.ts. Written before the engine changes of issue 6 and used ONLY to measure: do not
// tune the engine to these strings (add a different example to handwritten-tuning.ts instead).
//
// Annotation follows the README guideline, plus these decisions for shapes the guideline does
// not name: a weekday counts as part of a date written with it ("Tuesday 3/4") but a weekday
// alone is not annotated; a year alone, "Spring 2019", "POD#3", "C3D1", clock times alone and
// ages of 89 and under are not PHI; ward names with a proper name ("Bigelow 11"), schools,
// employers, shelters and prisons are FACILITY; cities anywhere (also abroad) are LOCATION;
// states and countries are not PHI; initials of dictating and typing staff ("JS/ab") are NAME;
// MIMIC-style brackets ("[**2148-3-4**]") are not part of the span. Dates in the shifted years
// these corpora use (2069, 2148) are annotated like any other date.
import { parseMarked, type MarkedNote } from './handwritten';
import { MORE_HELDOUT_MARKED } from './heldout-realistic-more';

const NOTES = [
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-11}}**]

Date of Birth:  [**{{DATE:2061-9-17}}**]             Sex:   M

Service: MEDICINE

Allergies:
Penicillins / Codeine

Attending:{{NAME:Deepa Prakash}}
Chief Complaint:
SOB, LE edema

History of Present Illness:
86 y/o M w/ sCHF (EF 20%), afib on coumadin, CKD who p/w 1 wk of worsening DOE. Was at his baseline until he d/c'd his lasix on his own ~{{DATE:2/26}}. Seen at {{FACILITY:Cooley Dickinson}} ED {{DATE:3/3}}, given IV lasix and sent here for further mgmt. Pt's daughter {{NAME:Yolanda}} is HCP.`,

  `Record date: {{DATE:2069-04-07}}

{{FACILITY:Glenview Internal Medicine}}
{{ADDRESS:1144 Sandalwood Pkwy}}
{{LOCATION:Batavia}}, IL {{ZIP:60510}}

{{NAME:Rennick, Oluwaseun}}
MR# {{MRN:874-22-61}}

Mr. {{NAME:Rennick}} returns for f/u of HTN and gout. Last seen {{DATE:Jan 3rd}}. Since then he has had one flare (L 1st MTP) treated by Dr. {{NAME:Faulkner}} at urgent care w/ colchicine. BP today 152/94. Uric acid 8.9.

Plan: start allopurinol 100 mg, titrate. RTC 6 wks.

______________________________
{{NAME:Xavier T. Yount}}, M.D.`,

  `NURSING NOTE 0700-1900
PT ALERT AND ORIENTED X3, PLEASANT. VSS. C/O INCISIONAL PAIN 6/10, MEDICATED W/ OXYCODONE 5MG PO W/ RELIEF. AMBULATED IN HALLWAY X2 W/ PT. TOLERATING CLEAR LIQUIDS. FOLEY D/C'D AT 0600, DTV BY 1200. WIFE {{NAME:MARGARET}} AT BEDSIDE MOST OF DAY, UPDATED BY DR. {{NAME:ABERCROMBIE}}. PLAN FOR D/C HOME TOMORROW {{DATE:4/19}} IF TOL DIET.
{{NAME:K. LINDQVIST}} RN`,

  `CHEST (PA & LAT)  [**{{DATE:2101-3-4}}**] 10:15 AM
Clip # {{ID:88213}}
Reason: eval for infiltrate
FINAL REPORT
COMPARISON: {{DATE:2/12/19}}.
FINDINGS: New patchy opacity in the RLL. No effusion. Heart size upper normal. Sternotomy wires intact.
IMPRESSION: RLL pneumonia. Findings discussed with Dr. {{NAME:Okafor}} by telephone at 11:05 on {{DATE:3/4}}.
Dictated by: {{NAME:Wen-Li Chou}}, MD`,

  `{{FACILITY:Riverbend Orthopaedic Associates}}
{{ADDRESS:2290 Old Mill Road, Building C}}
{{LOCATION:Reading}}, PA {{ZIP:19606}}
Tel {{PHONE:610.555.0144}}   Fax {{FAX:610.555.0145}}

{{DATE:14 February 2019}}

Dr. {{NAME:Imogen Tarrant}}
{{FACILITY:Wyomissing Family Health}}
{{ADDRESS:45 Penn Ave}}
{{LOCATION:Wyomissing}}, PA {{ZIP:19610}}

Re: Mrs. {{NAME:Philippa Ashworth-Kane}}, DOB {{DATE:11/08/1937}}

Dear {{NAME:Imogen}},
Thank you for asking me to see this pleasant 81 yo lady with R knee OA. She has had three steroid injections, the last in {{DATE:November}}. X-rays show bone-on-bone medial compartment. I have discussed TKA and she would like to proceed after her granddaughter's wedding in {{DATE:June}}.
Yours sincerely,
{{NAME:Fergus McAllister}} FRCS, MD`,

  `ED Provider Note
Pt seen by Dr. {{NAME:HALVORSEN, ERIK}} at 2215. 34F G1P0 at 11 wks w/ vaginal bleeding x 2 hrs. Quant hCG 14,200. TVUS: IUP w/ FHR 164. Rh neg -> rhogam given. Pt accompanied by {{NAME:Dmitri}} (FOB). D/c home, f/u with OB Dr. {{NAME:Szymanski}} at {{FACILITY:Harborview Women's Health}} {{DATE:Tuesday 3/4}}.`,

  `TELEPHONE ENCOUNTER
Caller: pt's wife ({{NAME:Bernadine}})  cb# {{PHONE:617.555.0199 x23}}
Reason: husband had a "dizzy spell" this AM, now resolved. No CP, no weakness, no slurred speech. Checked BP at home 104/60. Takes metoprolol + lisinopril.
Advice: hold lisinopril tonight, recheck BP in AM, go to ED if sx recur. Msg to Dr. {{NAME:Ovalle}}.
{{NAME:TM}}/{{NAME:rs}}`,

  `OPERATIVE REPORT
DATE OF OPERATION: {{DATE:01-03-2020}}
SURGEON: {{NAME:Cornelius Abara}}, MD
ASSISTANT: {{NAME:Priya Venkataraman}}, PA-C
ANESTHESIA: General, Dr. {{NAME:Lefebvre}}
PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis.
PROCEDURE: Laparoscopic cholecystectomy.
FINDINGS: Chronically inflamed GB, no CBD stones on cholangiogram.
EBL 20 mL. Specimen: gallbladder to pathology. Pt to PACU in stable condition. Expect d/c POD#1.
{{NAME:CA}}/{{NAME:mf}}  D: {{DATE:01/03/2020}}  T: {{DATE:01/04/2020}}`,

  `NICU Admission Note
Baby boy {{NAME:Nguyen}} born {{DATE:01-03}} at 0412 via SVD to a 29 y/o G2P1->2 mother ({{NAME:Thuy Nguyen}}). Apgars 8 and 9. BW 2.41 kg (SGA). Maternal labs: GBS+, adequately treated. Rupture 14 hrs PTD. Admitted for hypoglycemia (BG 28) and temp instability. Father {{NAME:Bao}} at bedside. Pediatrician after d/c: Dr. {{NAME:Hwang}}, {{FACILITY:Lotus Pediatrics}}, {{PHONE:(714) 555-0163}}.`,

  `OB Triage
32 y/o G2P1 at 36+2 by LMP c/w 8 wk US, EDD {{DATE:7/19}}, c/o decreased FM since last night. NST reactive. BPP 8/8. AFI 11. Husband {{NAME:Marco}} present. Prenatal care at {{FACILITY:Westfield Community Health Center}}, provider {{NAME:Angela Broussard}}, CNM. Pt reassured, kick counts reviewed, keep appt {{DATE:Fri 6/28}}.`,

  `Psychiatry Consult
ID: 27 y/o woman, single, unemployed, lives with her boyfriend, {{NAME:Dax}}, in a trailer park outside {{LOCATION:Bakersfield}}. Brought in by {{LOCATION:Kern County}} sheriff on a 5150 after posting a suicidal message. Reports depressed mood since her mother's death in {{DATE:August}}. Past hx: 2 prior OD (2016, 2019), DBT at {{FACILITY:Valley Oaks Behavioral Health}}. Collateral from her aunt {{NAME:Roxanne Pruitt}} ({{PHONE:661-555-0190}}).`,

  `Hospice Admission
Pt is a {{AGE:ninety-two}} year old retired schoolteacher w/ end-stage dementia (FAST 7c), dysphagia, recurrent aspiration. Lives at {{FACILITY:Maple Crest}} memory care in {{LOCATION:Portsmouth}}. Primary contact is her daughter-in-law {{NAME:Rosalind Achterberg}}, who has POA; son {{NAME:Pieter}} lives in {{LOCATION:Rotterdam}}. Goals: comfort. DNR/DNI, MOLST on chart signed {{DATE:9/30/2019}}.`,

  `SOCIAL WORK
Met with pt and sister, Mrs. {{NAME:Lorraine Deveraux}}, (h) {{PHONE:504-555-0123}} (c) {{PHONE:504.555.0188}}. Pt lives alone in {{ADDRESS:2417 Desire St}}, {{LOCATION:New Orleans}}; house flooded in 2005 and again last yr. Receives SSI. Sister able to take pt home to {{LOCATION:Metairie}} for 2 wks after d/c. Will fax referral to {{FACILITY:Crescent City Home Health}} at {{FAX:504-555-0177}}.`,

  `SURGICAL PATHOLOGY REPORT            Accession: {{ID:S19-22817}}
Patient: {{NAME:ABERNETHY, COLIN J}}      MR#: {{MRN:4471902}}
Collected: {{DATE:03/27/2019}}   Received: {{DATE:03/28/2019}}
Submitting physician: {{NAME:R. DASGUPTA}}
SPECIMEN: Sigmoid colon, resection.
GROSS: Received fresh labeled with the patient's name and medical record number is a 24 cm segment of colon...
DIAGNOSIS: Invasive adenocarcinoma, moderately differentiated, pT3 N1a (1/17). Margins negative.
{{NAME:Theodora Voss}}, M.D., Pathologist    Electronically signed {{DATE:04/01/2019 15:22}}`,

  `PHYSICAL THERAPY EVALUATION
Pt is a 71 yo retired machinist s/p L THA (anterior approach) by Dr. {{NAME:Castellanos}}. PLOF: indep w/o AD, lives w/ wife in 2-story home in {{LOCATION:Framingham}}, 12 steps w/ 1 rail. Had a fall in Spring 2019 w/o injury. Today: bed mob mod I, sit<->stand CGA, gait 150' w/ RW. TUG 18 s. Berg 41/56.
Plan: 5x/wk, d/c to home w/ HHPT. D/w pt's wife {{NAME:Nadine}}.
{{NAME:Sasha Pilkington}}, PT, DPT`,

  `Nutrition assessment. Pt {{AGE:94}} yo F adm w/ FTT. Wt 41.2 kg (down from 47 kg in {{DATE:Oct}}). Intake <25% of meals x 1 wk per RN. Pt's granddaughter {{NAME:Marisol}} reports pt "only eats her pan dulce". Rec: Ensure Plus TID, liberalize diet, MVI, weekly wts. Will f/u Thurs. {{NAME:A. Rahimi}}, RD, LDN`,

  `Wound care consult. Stage 3 PI on sacrum, 4.5 x 3.2 x 0.6 cm, 30% slough. Braden 14. Foley in place. Pt has Parkinson's and is largely bedbound. Recs: Santyl to slough, low air loss mattress, turn q2h. Discussed w/ pt's husband {{NAME:Gerald}} and bedside RN {{NAME:Takumi}}. Will follow weekly.
{{NAME:Lourdes Ibarra-Quintero}}, RN, CWOCN  pgr {{PHONE:4412}}`,

  `{{DATE:March 19, 2019}}

{{NAME:Kwame Mbeki-Osei}}, MD
{{FACILITY:Northgate Primary Care}}
{{ADDRESS:600 Northgate Blvd., Ste. 210}}
{{LOCATION:Sacramento}}, CA {{ZIP:95833}}

Dear Dr. {{NAME:Mbeki-Osei}}:
Thank you for referring Mr. {{NAME:Anand Raghunathan}} for evaluation of palpitations. Holter showed paroxysmal AF, longest 4 hrs. CHA2DS2-VASc 2. We started apixaban 5 mg BID and metoprolol. I'll see him back in 3 months with a repeat monitor.
Sincerely,
{{NAME:Beatriz Olmedo}}, MD, FACC
cc: {{NAME:Anand Raghunathan}}`,

  `DEATH NOTE
Called to bedside by RN at 0340 for pt w/o respirations. No heart sounds x 1 min, no breath sounds, pupils fixed and dilated, no response to painful stimuli. Pronounced at 0347 on {{DATE:11/22/2019}}. Family (son {{NAME:Tobias}}, daughter {{NAME:Ingrid}}) at bedside. Attending Dr. {{NAME:Pell}} notified. ME not a case. Autopsy declined.
{{NAME:Jun Oyama}}, MD (night float)`,

  `INTERFACILITY TRANSFER FORM
FROM: {{FACILITY:St. Elsewhere Medical Center}}, {{LOCATION:Boston}}      TO: {{FACILITY:Kindred Hospital Northeast}}
Sending MD: Dr. {{NAME:Ignatius Wren}}   Accepting MD: Dr. {{NAME:Farah Qureshi}}
Dx: prolonged resp failure s/p trach/PEG. Vent: AC 450/14/+5/40%.
Report called to {{NAME:Shauna}} RN at 1410. Transport: ALS ambulance. Pt belongings w/ family. HCP: wife {{NAME:Evangeline}} {{PHONE:781-555-0132}}.`,

  `PREHOSPITAL CARE REPORT   Incident # {{ID:2019-004471}}   Unit: Medic 14
Dispatched 0622 for fall. Pickup address: {{ADDRESS:77 Larkspur Ln}}
{{LOCATION:Marlborough}} MA
Found {{AGE:90}} yo M on kitchen floor, +LOC unknown, on eliquis. GCS 14. Abrasion L forehead. C-collar applied. Transported to {{FACILITY:UMass Memorial}} emergent. Pt's neighbor Mrs. {{NAME:Dufresne}} has key.
Crew: {{NAME:B. Torrance}} EMT-P / {{NAME:L. Ng}} EMT-B`,

  `Dental clinic note. Pt presents w/ pain #30. Perio: generalized 4-5 mm pockets. Radiographs: PA #30 shows periapical radiolucency. Dx: symptomatic apical periodontitis. Tx: RCT initiated, Ca(OH)2 placed. Rx amoxicillin 500 mg TID x 7d. NV {{DATE:4/2}} with Dr. {{NAME:Hakimi}}. Pt's ins: Delta Dental ID {{HEALTH_PLAN:992041778}}.`,

  `Pharmacy note: Rx #{{ID:6623019}} (warfarin 5 mg) transferred from {{FACILITY:Walgreens #4412}} on {{ADDRESS:Route 9}} in {{LOCATION:Natick}}. Pt reports INR at {{FACILITY:Metrowest Anticoag Clinic}} on {{DATE:9/12}} was 3.4; dose reduced per Dr. {{NAME:Ferreira}}'s team. Counseled on vit K foods. Next INR check {{DATE:9/19}}.`,

  `LAB REPORT
Pt: {{NAME:ZELINSKI, HALINA}}   DOB: {{DATE:1942-05-30}}   Loc: {{FACILITY:BIGELOW 11}}
Accession: {{ID:W88130442}}   Collected: {{DATE:03-Apr-2023 06:12}}
Na 128 L   K 5.6 H   Cl 97   CO2 19 L   BUN 64 H   Cr 3.1 H   Glu 212 H
Critical value K 5.6 called to and read back by {{NAME:H. Obi}}, RN at 0658.`,

  `CSRU progress note. POD#3 s/p CABG x3 (LIMA-LAD, SVG-OM, SVG-PDA). Extubated POD#1. Chest tubes out. Afib overnight, rate ctrl w/ lopressor, now SR. Cr 1.4 (baseline 1.0). Walked w/ PT. Wife [**{{NAME:Lucinda}}**] and son updated at bedside.
Plan: transfer to {{FACILITY:Ellison 8}} today, d/c planning for Mon. Cardiac rehab at {{FACILITY:Spaulding Cambridge}}.`,

  `Case management: Pt has Tufts Health Plan ID {{HEALTH_PLAN:88213390402}}, group {{HEALTH_PLAN:T7720}}. Auth obtained for 10 days at {{FACILITY:Hebrew Rehab Center}}, ref # {{ID:AUTH-556120}}, valid {{DATE:5/2-5/11}}. Bed offer accepted. D/c planned {{DATE:5/2}} by chair van. Pt's son {{NAME:Mordecai Feinstein}} agrees.`,

  `DISCHARGE SUMMARY
ADMISSION DATE: {{DATE:03/01/19}}   DISCHARGE DATE: {{DATE:03/05/19}}
HOSPITAL COURSE: 58 y/o M adm for DKA precipitated by insulin nonadherence (lost job at {{FACILITY:Market Basket}} and insurance). AG closed HD2. Transitioned to SC insulin. Seen by diabetes educator {{NAME:Francine Oduya}}.
FOLLOW-UP: PCP Dr. {{NAME:Reinholt}} in 1 wk; {{FACILITY:Joslin}} {{DATE:3/19}}.
{{NAME:JS}}/{{NAME:ab}}
DD: {{DATE:03/05/19}} 14:12  DT: {{DATE:03/06/19}} 09:40
cc: {{NAME:Gunther Reinholt}}, MD`,

  `Pt transferred from {{FACILITY:Mass General}} where she had an ERCP on {{DATE:2/2}}. Prior care at {{FACILITY:the Brigham}} for her lupus (rheum: Dr. {{NAME:Aboagye}}). She would like to establish care here given her move to {{LOCATION:Lowell}}. Her partner {{NAME:Jordana}} accompanies her today.`,

  `Night float event note
Paged by RN ({{NAME:Corinne}}) at 0215 re: pt on {{FACILITY:Phillips 20}} w/ HR 140s. ECG: afib RVR. BP 112/70. Gave dilt 10 mg IV x1 -> HR 98. Mg 1.6, repleted. Day team (Dr. {{NAME:Bhattacharya}}) to f/u. Spoke with pt's son, {{NAME:Aurelio}}, by phone at {{PHONE:(857) 555-0111}}.`,

  `ALLERGY CLINIC
CC: hives x 3 months
Hx: 44 y/o F, works as a cashier at {{FACILITY:Stop & Shop}} in {{LOCATION:Braintree}}. Hives daily, no angioedema. No new meds. Trialed cetirizine 10 mg w/ partial relief. Tryptase nl.
A/P: chronic spontaneous urticaria. Cetirizine 20 mg BID. If refractory, omalizumab. RTC {{DATE:6/14}}.
Dr. {{NAME:Lindahl}} / {{NAME:Mei-Ling Soo}}, NP`,

  `ADDENDUM: Spoke with pt's daughter ({{NAME:Maribel Ocasio}}) who reports pt is now staying with her at {{ADDRESS:19 Hemlock Terrace, 2nd fl}}, {{LOCATION:Chicopee}}, MA {{ZIP:01020}}. Updated address in chart. Her cell: {{PHONE:413-555-0129}}. Email for portal: {{EMAIL:maribel.ocasio77@example.com}}.
Electronically signed by: {{NAME:Ngozi Adeyemi-Clarke}}, MD {{DATE:03/05/2019 4:12 PM}}`,

  `GERIATRICS CONSULT
Pt is {{AGE:101}} years old, lives w/ her son {{NAME:Thaddeus}} (who is 78) in {{LOCATION:Nahant}}. MMSE 19/30. Falls x 3 since {{DATE:Christmas}}. Meds reviewed: stop diphenhydramine, taper oxybutynin. Vit D level low -> replete. Son asks whether she can still go to the senior center on Wednesdays... Yes w/ walker.
{{NAME:Ottilie Brandvold}}, MD`,
];

/** The held-out realistic notes (first part here, the rest in heldout-realistic-more.ts). */
export const HELDOUT_REALISTIC_NOTES: MarkedNote[] = [...NOTES, ...MORE_HELDOUT_MARKED].map((n, i) => parseMarked(`real-${i + 1}`, n));
