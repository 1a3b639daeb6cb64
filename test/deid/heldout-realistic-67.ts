// A held-out evaluation set (number 67) of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; towns and cities
// are real places used only as LOCATION). It leans towards large academic medical center and VA
// care — oncology, cardiology and cardiac surgery, ICU, general and transplant surgery, neurology
// and psychiatry — with clinicians, patients and relatives whose names come from many origins
// (Korean, Indian, Mexican, Irish, Russian, Ethiopian, Filipino, Greek), hyphenated and particle
// surnames (de la Cruz, van der Berg, O'Neill), nicknames and initials; addresses with units, PO
// boxes and rural routes; ages over 89 written in many ways; many date formats (ISO, 3-Mar-2021,
// March 3rd, 3/3, ranges, VistA "JAN 08, 2025@14:22"); and vehicle plates and VINs, device serials,
// health plan and account numbers, licences, URLs, e-mails, IPs, fax and phone numbers with
// extensions, next to look-alike non-PHI (eponyms, drug names, doses, scores, lab values, device
// models, lot numbers, rooms and beds, years alone, clock times, ages of 89 and under, states and
// countries). Shapes: progress notes, VistA/CPRS notes, ALL CAPS discharge summaries, MIMIC-style
// [** **] placeholders, lower-case nursing shorthand, ED, OR, consults, tumor board, imaging,
// pathology and lab reports, telephone and portal messages, fax covers, letters, pharmacy, social
// work, chaplaincy, case management and transplant coordination.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-4.ts: titles stay
// outside NAME spans; MIMIC placeholders are annotated over their content (brackets outside),
// typed by what they stand for; a time attached to a full date is part of it; a weekday written
// with a date is part of it; payers, their departments and fax lines, and state or federal agencies
// are not PHI; schools, employers, churches, shelters, clubs, prisons, labs, transport and home-care
// agencies and a patient's pharmacy or DME supplier are FACILITY; insurer and Medicare/Medicaid
// member numbers are HEALTH_PLAN; billing, claim and utility numbers are ACCOUNT; NPI, DEA, state
// licences and driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, port,
// CPAP, ICD and implant serials are DEVICE; accession, order, authorization, requisition, case,
// incident, juror and employee numbers are ID; short in-house pagers and extensions are PHONE;
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI. Also: honorifics in other
// languages (Ong, Hastiin, Pere, Mama, Brother) stay outside NAME spans like titles; a highway
// mile marker or intersection where a person was is ADDRESS; a date range written as one token
// (4/11-4/15/92) is one DATE span; a city abroad is LOCATION wherever it appears.
// Added for this set: a nickname written beside a name ("Kostas", "Jun") is its own NAME span,
// quotes and brackets outside; a particle or suffix (de la, van der, Jr.) is inside the NAME span;
// a phone number's extension written with it (x4417, ext. 2204) is inside the PHONE or FAX span,
// while an extension or pager written alone has its label outside; a VistA date with "@time" is
// one DATE span, while a time range after a date (15:00-16:10) and a clock time after the closing
// brackets of a MIMIC placeholder stay outside the DATE span; a date without a year (3/3, March
// 3rd, Nov 1) is DATE, a month with a year (June 2024, Mar '21) is DATE, an Ethiopian-calendar or
// French-written date is DATE, and a year alone ('23, 2019) is not; ages over 89 are AGE in every form
// (93, ninety-one, 96yo, "in her late 90s" as "90s"), and so is an age of 90+ inside a MIMIC
// placeholder; the VA "last name initial + last four" (M4471) and a bare "last 4" of an SSN are SSN;
// the VA ICN is MRN, a DoD EDIPI and a UNOS ID are ID; encounter, FIN and HAR numbers are ACCOUNT;
// a clinical photo's file name is PHOTO, a biometric enrolment (palm-vein, fingerprint) id is
// BIOMETRIC; every URL (portal, institutional, social-media) is URL and every IP address is IP;
// a trial subject's screening number, an NMDP donor id, a portal activation code, a video-visit
// session id, interpreter and badge numbers and court case numbers are ID, a study payment card is
// ACCOUNT, and a phone's IMEI or a CPAP modem's IMEI is DEVICE.
// First run (token recall / precision, before anyone read the misses): pass-15 final engine
// (0cc1bf1) 0.9660 / 0.9625. Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `HEMATOLOGY/ONCOLOGY CLINIC - PROGRESS NOTE
{{FACILITY:Whitcombe University Medical Center}} / {{FACILITY:Laurent Cancer Pavilion}}, 4th floor
Patient: {{NAME:Kim, Min-jun}} ("{{NAME:Mike}}")   MRN: {{MRN:00-48-71-229}}   DOB: {{DATE:1958-11-02}}
Visit: {{DATE:2024-03-14}}   Attending: {{NAME:Soo-ah Park}}, MD   Fellow: {{NAME:R. Venkataraman}}, MD

HPI: 65M with stage IIIB NSCLC (adenocarcinoma, EGFR exon 19 del) here for C4D1 carboplatin/pemetrexed. Dx {{DATE:3-Oct-2023}} after CT at {{FACILITY:Riverside Urgent Care}} in {{LOCATION:Yonkers}}. Tolerating well: grade 1 fatigue, no neuropathy, mild constipation. Wife {{NAME:Hyun-joo}} at bedside, translates at times though pt prefers English.

Labs today: ANC 2.1, Hgb 10.4, Plt 168, Cr 0.9, ALT 22. ECOG 1. Wt 61.2 kg (stable).
Imaging: CT C/A/P {{DATE:02/27/2024}} - partial response per RECIST 1.1 (sum LD 48 -> 31 mm).

Plan: proceed C4 at full dose. Osimertinib consolidation discussion deferred until restaging around {{DATE:May 9th}}. Port (PowerPort ClearVUE 8 Fr, SN {{DEVICE:PPC7711302}}) flushes and draws well. RTC 3 weeks with labs. Fever > 100.4 F: call onc triage {{PHONE:(914) 555-0187 ext. 2204}}.

Electronically signed: {{NAME:Soo-ah Park}}, MD  {{DATE:03/14/2024 16:52}}`,
  `LOCAL TITLE: CARDIOLOGY CONSULT
STANDARD TITLE: CARDIOLOGY CONSULT
DATE OF NOTE: {{DATE:JAN 08, 2025@14:22}}     ENTRY DATE: {{DATE:JAN 08, 2025@15:01:37}}
      AUTHOR: {{NAME:O'NEILL,SIOBHAN M}}      EXP COSIGNER: {{NAME:DESAI,NIKHIL}}
     URGENCY: ROUTINE                       STATUS: COMPLETED
PATIENT: {{NAME:MCGILLICUDDY,PADRAIG J}}   ({{SSN:M4471}})   AGE: {{AGE:93}}
FACILITY: {{FACILITY:MARQUETTE RIDGE VA MEDICAL CENTER}}

REASON FOR REQUEST: {{AGE:93}} y/o USAF veteran (Korea era) w/ severe AS (AVA 0.7 cm2, mean gradient 46 mmHg, Vmax 4.3 m/s) on TTE {{DATE:12/19/24}}, NYHA III, 2 syncopal episodes. Referred by PACT PCP Dr. {{NAME:Halloran}} at {{FACILITY:Pine Hollow CBOC}}.

SOCIAL: Widower. Lives alone at {{ADDRESS:RR 3 Box 112}}, {{LOCATION:Tupper Lake}}, NY {{ZIP:12986}}; drives to clinic (90 min). Daughter {{NAME:Nora Flynn}} {{PHONE:518-555-0143}} is health care proxy.

ASSESSMENT: STS PROM 6.8%. Clinical Frailty Scale 5. Gait speed 0.6 m/s. Candidate for TAVR evaluation; pt wishes to "keep fishing another summer." Will present at structural heart conference {{DATE:1/22}}; CTA TAVR protocol ordered, Cr 1.3.

/es/ {{NAME:SIOBHAN M O'NEILL}}, MD
CARDIOLOGY FELLOW
Signed: {{DATE:01/08/2025 15:01}}`,
  `Admission Date:  [**{{DATE:2148-3-4}}**]              Discharge Date:   [**{{DATE:2148-3-19}}**]

Date of Birth:  [**{{DATE:2056-7-30}}**]             Sex:   M

Service: MEDICINE (MICU)

Allergies: Penicillins / Sulfa (Sulfonamide Antibiotics)

Attending:[**{{NAME:Natalia Sorokina}}**]

Chief Complaint: hypoxemic respiratory failure

History of Present Illness:
[**{{AGE:91}}**] yo Russian-speaking man (phone interpreter used; daughter [**{{NAME:Oksana}}**] also present) from [**{{FACILITY:Brightwater Senior Living}}**] with HFrEF (EF 30%), CKD IV, AF on apixaban, p/w 2 days of dyspnea. In ED at [**{{FACILITY:Kessler-Albright Hospital}}**] SpO2 78% RA, BNP 4,210; BiPAP started and pt transferred to [**{{FACILITY:Finard 4}}**] MICU.

Brief Hospital Course:
Intubated [**{{DATE:3-5}}**] for worsening hypercarbia, extubated [**{{DATE:3-9}}**]. Diuresed with furosemide gtt (net -9 L). Goals of care with son [**{{NAME:Yevgeny Volkov}}**] (HCP, cell [**{{PHONE:617-555-0129}}**]) -> DNR/DNI after extubation.

Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Marsh Landing Rehab & Nursing}}**]

Followup Instructions:
Dr. [**{{NAME:Abramowitz}}**] (cardiology) [**{{DATE:2148-3-28}}**] at 10:40am, [**{{PHONE:(617) 555-0164}}**]

[**{{NAME:Natalia Sorokina}}**] MD
Completed by: [**{{DATE:2148-3-19}}**]`,
  `sicu rn note {{DATE:12/2}} 0700-1900
pt {{NAME:dela cruz, rodrigo}} ("{{NAME:jun}}") mrn {{MRN:7731-0092}}, {{FACILITY:carrow 5}} sicu bed 12. pod#2 s/p whipple for panc head ca. a&ox3, pain 4/10 on pca hydromorphone 0.2mg q10min lockout. hr 90s sr, bp 110s/60s, afeb. jp x2 serosang ~60cc total. ngt to lws 300cc bilious. foley d/c'd at 1400, voided qs at 1730. ambulated x2 w/ pt to nurses stn. is 750.
wife {{NAME:maricel}} called x2 from {{PHONE:555-0133}}, updated per pt permission. she is driving in from {{LOCATION:daly city}} tmrw am. asked abt parking - gave valet info, car is silver camry plate {{VEHICLE:8FJW522}} so security can validate.
dr {{NAME:tanaka-whitfield}} (hpb surg) rounded 1530, ok to advance to sips + ice chips. pager {{PHONE:4-7719}}.
fr. {{NAME:emman villanueva}} (chaplain) visited per pt request, pt tearful after, says he feels better.
bg 140-180 on ssi. k 3.4 repleted 40 meq iv.
handoff to noc rn {{NAME:k. o'brien}} at bedside 1900. -- {{NAME:mjs}}`,
  `TRANSPLANT COORDINATOR - TELEPHONE ENCOUNTER
Date: {{DATE:Thursday, 6 June 2024}}   Time: 09:15
Recipient: {{NAME:Tigist Alemayehu Bekele}}   MRN {{MRN:TX-0093318}}   UNOS ID: {{ID:AKB4921}}

Called pt at {{PHONE:(202) 555-0172}}; spoke with pt and her brother {{NAME:Bereket Alemayehu}} (living donor candidate, DOB {{DATE:04/17/1989}}, donor MRN {{MRN:TX-0094402}}). Reviewed final crossmatch: flow T/B negative, cPRA 12%, HLA 3/6 match. Donor primary care and pre-screen labs done at {{FACILITY:Anacostia Family Health}}.
Tentative OR date {{DATE:7/23/24}} pending donor CT angiogram ({{DATE:June 18}}) and ID clearance (QuantiFERON neg, Strongyloides IgG pending). Induction with basiliximab planned; tacrolimus/MMF/pred maintenance.
Insurance: recipient DC Medicaid ID {{HEALTH_PLAN:72004418391}}; donor evaluation billed to transplant center account {{ACCOUNT:LDA-2024-00417}}.
Pt asked that updates also go to e-mail {{EMAIL:tigist.bekele88@fastmail.com}} (consent on file). Declined Amharic interpreter.
{{NAME:Selam Tesfaye}}, RN, BSN, CCTC   ext. {{PHONE:62291}}`,
  `STROKE ALERT NOTE - {{FACILITY:Whitcombe University Medical Center}} Emergency Dept
Pt: {{NAME:Hernandez Ortega, Jose Luis}}   MRN {{MRN:00-51-22-847}}   Age {{AGE:90}}
LKW: {{DATE:2/11/25 0342}} per wife {{NAME:Guadalupe Ramirez}} ("{{NAME:Lupe}}")
Arrival: {{DATE:2/11/25 0511}} via {{FACILITY:Saguaro Valley EMS}} Medic 14

NIHSS 14 (L hemiparesis, L neglect, dysarthria, gaze deviation). CT head: no ICH, ASPECTS 9. CTA: R M1 occlusion. Outside IV thrombolysis window (>4.5h from LKW). Taken for thrombectomy: TICI 2b after 2 passes.
Hx: HTN, DM2, AF not anticoagulated (fell in '23), Parkinson disease on carbidopa-levodopa 25/100 TID.
Lives at {{ADDRESS:2215 W. Calle Tres Amigos, Lot 41}}, {{LOCATION:Tucson}}, AZ {{ZIP:85746}} with wife. Son {{NAME:Luis Hernandez Jr.}} {{PHONE:520.555.0146}} en route.
Neuro IR: Dr. {{NAME:Ashkan Farahani}}. Stroke fellow: Dr. {{NAME:E. Nakamura-Lopez}}.
Dispo: admit NSICU ({{FACILITY:Kessler 8}}), SBP goal < 140 post-TICI 2b, repeat CT 24h.
Signed {{NAME:E. Nakamura-Lopez}}, MD  {{DATE:02/11/2025 07:12}}`,
  `PSYCHIATRY ADMISSION H&P - {{FACILITY:Ashgrove Behavioral Health Pavilion}}, Unit {{FACILITY:Demetriou 3}}
Admit date: {{DATE:10/27/2024}}

ID: {{NAME:Konstantinos Papadakis}} ("{{NAME:Kostas}}"), 34 yo Greek-American man, MRN {{MRN:A0992176}}, brought in on Section 12 by police (incident # {{ID:24-118733}}, Officer {{NAME:D. Kavanagh}}, badge {{ID:2291}}) after being found asleep in his running car on {{ADDRESS:I-93 southbound near Exit 41}}. Vehicle: 2014 Jeep Cherokee, MA plate {{VEHICLE:3XT 884}}, VIN {{VEHICLE:1C4PJMCS2EW180447}}, towed to {{FACILITY:Eastside Towing}}.

HPI: Mother {{NAME:Eleni Papadakis}} ({{PHONE:978-555-0112}}) reports ~2 wk of minimal sleep, $40k spent on "a restaurant chain," grandiosity. One prior admission at {{FACILITY:Bayberry Psychiatric Hospital}} in {{DATE:Aug 2019}} for mania; off lithium since spring.
MSE: pressured speech, flight of ideas, grandiose ("I'm buying the Celtics"), denies SI/HI, no AH/VH. Insight poor.
Dx: Bipolar I disorder, current episode manic, severe, w/o psychotic features. YMRS 34.
Plan: lithium 300 mg BID (level in 5 days), olanzapine 10 mg qhs, CBC/BMP/TSH, UDS.
{{NAME:Anjali Raghunathan}}, MD, PGY-3 / Attending: {{NAME:Yuri Belenky}}, MD`,
  `OPERATIVE REPORT
DATE OF OPERATION: {{DATE:19 September 2024}}
PATIENT: {{NAME:IYER, VENKATESH R.}}   MRN: {{MRN:004417832}}   HAR: {{ACCOUNT:900128847}}
SURGEON: {{NAME:Helena van der Berg}}, MD     ASSISTANT: {{NAME:Marcus Oyelaran}}, MD; {{NAME:T. Schreiber}}, PA-C
ANESTHESIA: {{NAME:Priya Chandrasekhar}}, MD (GETA, TEE)
PREOPERATIVE DIAGNOSIS: Three-vessel CAD, LVEF 35%, severe ischemic MR.
PROCEDURE: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA); mitral valve repair with 30 mm Carpentier-Edwards Physio II annuloplasty ring (model 5200, serial {{DEVICE:7729041}}, lot 2307A44).
FINDINGS: Dilated LV, P2 restriction. CPB 142 min, cross-clamp 111 min. Weaned on epinephrine 0.03 mcg/kg/min; post-repair TEE trace MR, mean gradient 3 mmHg. Impella not required.
Temporary epicardial wires A/V. Chest tubes x3. EBL 900 mL. Specimens: none.
Dr. {{NAME:van der Berg}} was present and scrubbed for the entire procedure. Family ({{NAME:Lakshmi Iyer}}, wife) updated in the 4th floor waiting area at 15:40 by Dr. {{NAME:van der Berg}}.
Dictated: {{NAME:HvdB}}/{{NAME:rk}}   D: {{DATE:09/19/2024 16:05}}   T: {{DATE:09/20/2024 07:31}}   Job# {{ID:4481207}}`,
  `MyChart Message (Patient -> Provider)
From: {{NAME:Lee, Seo-yeon}} (proxy for {{NAME:Lee Bok-soon}})
To: {{NAME:Jennifer Castellano-Reyes}}, NP - Geriatrics
Sent: {{DATE:Mon 4/7/2025 9:48 PM}}
Subject: mom's blood test + new address

Hi NP {{NAME:Castellano-Reyes}}, my mother turned {{AGE:96}} last week (bday was {{DATE:March 30th}}) and we saw on the portal her potassium was 5.6. Should she stop the lisinopril 20 mg? Also please update her address, she moved in with me at {{ADDRESS:88-14 Parsons Blvd, Apt 6F}}, {{LOCATION:Jamaica}}, NY {{ZIP:11432}}. My cell is {{PHONE:347-555-0196}}, email {{EMAIL:seoyeon.lee.rn@gmail.com}}. Her new Medicare card says {{HEALTH_PLAN:5TK9-QW2-HJ61}}. Thank you!! -- {{NAME:Seo-yeon}}

Reply {{DATE:4/8/25 7:55 AM}}, {{NAME:J. Castellano-Reyes}} NP:
Please hold the lisinopril starting today. Repeat BMP at {{FACILITY:Flushing Diagnostic Lab}} this week; order placed (req {{ID:FDL-3308712}}). Address and Medicare number updated. Appointment link: {{URL:https://mychart.whitcombehealth.org/appt/8472619}}`,
  `*** FAX ***
{{FACILITY:ST. BRENDAN'S UNIVERSITY HOSPITAL}} - DIVISION OF TRANSPLANT HEPATOLOGY
{{ADDRESS:1400 Lanigan Way, Suite 520}}, {{LOCATION:Cleveland}}, OH {{ZIP:44106}}
Phone {{PHONE:216-555-0120 x4417}}    Fax {{FAX:216-555-0199}}

TO: Dr. {{NAME:Gabriel Ashworth-Mensah}}, {{FACILITY:Lakeside Gastroenterology Associates}}   FAX: {{FAX:(440) 555-0138}}
FROM: {{NAME:Maureen Kealy}}, RN, liver transplant coordinator
DATE: {{DATE:11.04.2024}}      PAGES: 6 (incl. cover)
RE: {{NAME:Brennan, Thomas}} ("{{NAME:Tommy}}")   DOB {{DATE:08/30/1961}}

Your patient was evaluated {{DATE:10/28-10/30/2024}} and presented at selection committee on {{DATE:Nov 1}}. MELD-Na 24, Child-Pugh C. Approved for listing pending 6 months of documented abstinence (alcohol use disorder; last drink {{DATE:June 2024}}). Please send PEth results monthly and any ED visits. Enclosed: H&P, psychosocial eval, cardiac clearance.
Questions: {{EMAIL:mkealy@stbrendans.org}} or {{PHONE:216-555-0120 x4417}}.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If received in error, call {{PHONE:216-555-0100}} and destroy all copies.`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Whitcombe University Medical Center}} - Department of Pathology
Accession: {{ID:S24-038815}}      Collected: {{DATE:2024-08-12}}      Received: {{DATE:2024-08-12}}      Reported: {{DATE:2024-08-15}}
Patient: {{NAME:GEORGIOU, ELENI D}}   MRN: {{MRN:00-39-90-114}}   DOB: {{DATE:12/06/1950}}
Surgeon: {{NAME:Stavros Kalogeropoulos}}, MD     Pathologist: {{NAME:Mei-Ling Chou}}, MD

SPECIMEN: A. Right colon (extended right hemicolectomy). B. Additional terminal ileum margin.
FINAL DIAGNOSIS:
A. Invasive adenocarcinoma, moderately differentiated, cecum, 4.6 cm, invading through muscularis propria into pericolorectal tissue (pT3). Lymphovascular invasion present. 2 of 31 lymph nodes positive (pN1b). Margins negative (closest radial, 0.8 cm). Tumor budding low (score 3). MMR IHC: MLH1/PMS2 loss, MSH2/MSH6 retained; MLH1 promoter methylation to follow (send-out {{ID:SO-24-2291}}).
B. Benign small bowel, negative for tumor.
AJCC 8th ed stage: pT3 pN1b cM0 (IIIB).
Comment: Results called to Dr. {{NAME:Kalogeropoulos}} on {{DATE:8/15/24}} at 11:20 by Dr. {{NAME:Chou}}. Block A7 recommended for any molecular testing.
Electronically signed out by {{NAME:Mei-Ling Chou}}, MD  {{DATE:08/15/2024 11:34}}`,
  `DISCHARGE SUMMARY
{{FACILITY:MARQUETTE RIDGE VA MEDICAL CENTER}} - MEDICINE SERVICE, WARD {{FACILITY:BRADLEY 4 NORTH}}
PATIENT: {{NAME:BAUTISTA, ARNULFO S}} ("{{NAME:JUN-JUN}}")      ICN: {{MRN:1012447831V559012}}      EDIPI: {{ID:1149920378}}
SSN (LAST 4): {{SSN:0918}}      DOB: {{DATE:03/17/1933}}      AGE: {{AGE:91}}
ADMITTED: {{DATE:05/02/2024}}      DISCHARGED: {{DATE:05/09/2024}}
ATTENDING: {{NAME:RAMACHANDRAN, SUDHA}}, MD      PCP: {{NAME:LINDQVIST, ERIK}}, DO

DIAGNOSES: 1. CAP, RLL (S. PNEUMONIAE URINARY AG POSITIVE). 2. ACUTE METABOLIC ENCEPHALOPATHY, RESOLVED. 3. CKD 3B.
HOSPITAL COURSE: {{AGE:91}} YO FILIPINO-AMERICAN NAVY VETERAN (STEWARD, 1951-1972) ADMITTED FROM ED WITH FEVER 102.4, HYPOXIA 88% RA. CEFTRIAXONE + AZITHROMYCIN X 5 DAYS. DELIRIUM MANAGED NONPHARMACOLOGICALLY. PT/OT: HOME WITH 24H SUPERVISION.
DISPOSITION: HOME WITH DAUGHTER {{NAME:MARIA THERESA BAUTISTA-OCAMPO}}, {{ADDRESS:PO BOX 3318}}, {{LOCATION:VALLEJO}}, CA {{ZIP:94590}}. HBPC REFERRAL PLACED. CONTACT {{PHONE:707-555-0151}}.
FOLLOW-UP: PACT CLINIC {{DATE:MAY 16, 2024 0930}} WITH DR {{NAME:LINDQVIST}}.
/ES/ {{NAME:SUDHA RAMACHANDRAN}}, MD  SIGNED: {{DATE:05/09/2024@16:40}}`,
  `CVICU PROGRESS NOTE - HOSPITAL DAY 9 / POD 7
{{DATE:Wed 1/15/2025}}
Pt: {{NAME:Okonkwo-Whelan, Declan}}   MRN {{MRN:00-55-10-382}}   Bed {{FACILITY:Halvorsen 7}}-14

S/p HeartMate 3 LVAD (DT) implanted {{DATE:1/8/25}} by Dr. {{NAME:van der Berg}}. Pump S/N {{DEVICE:HM3-0448215}}; controller S/N {{DEVICE:MLP-771094}}. Overnight: pump speed 5400 rpm, flow 4.6 L/min, PI 3.9, power 4.2 W; no PI events. Extubated POD 2. RV: milrinone weaned off yesterday, CVP 9.
Exam: driveline site C/D/I, dressing changed with sterile technique. Warm extremities. MAP by doppler 78.
Labs: LDH 280 (stable), INR 2.1 on warfarin, Hgb 9.1, Cr 1.2.
A/P: 1) LVAD - continue ASA 81 + warfarin INR 2-3. Remote monitoring hub registered ({{IP:10.84.17.203}}) for home log upload. 2) HF - start GDMT low dose losartan once MAP > 70 on 2 checks. 3) Education with wife {{NAME:Aisling}} ({{PHONE:216-555-0158}}) - 2 of 4 VAD sessions done; driveline kit from {{FACILITY:Keystone Home Infusion}} arranged.
{{NAME:Farid Haddad}}, MD, Advanced HF fellow / {{NAME:Chioma Nwosu-Reilly}}, MD attending`,
  `SOCIAL WORK ASSESSMENT - ONCOLOGY INPATIENT
Date: {{DATE:22-Jul-2024}}   Pt: {{NAME:Haile Gebremariam}}   MRN {{MRN:00-61-04-556}}   Unit: {{FACILITY:Laurent 9}}

Reason for referral: new dx AML, anticipated 4-6 wk induction; housing and income concerns.
Pt is a 41 yo man born in {{LOCATION:Addis Ababa}}, in US since 2011. Works as a rideshare driver and part-time at {{FACILITY:Dulles Parking Services}}; no paid leave. Lives with wife {{NAME:Meseret Abebe}} and 3 children (ages 4, 9, 13) at {{ADDRESS:6100 Columbia Pike, Apt 1214}}, {{LOCATION:Falls Church}}, VA {{ZIP:22041}}. Rent $2,150/mo, 1 month behind. Children attend {{FACILITY:Lacey Ridge Elementary}}. Church community at {{FACILITY:Debre Selam Medhanialem Church}} bringing meals.
Insurance: none; Medicaid application started today (confirmation {{ID:VA-MA-8830214}}). Hospital financial assistance application sent with account {{ACCOUNT:7710042291}}.
Wife's cell {{PHONE:571-555-0121}}; she prefers Amharic, use language line for calls.
Plan: LLS patient aid grant, paratransit ({{FACILITY:MetroAccess}}) not eligible, will use hospital shuttle; letter for employer. Will follow 2x/week.
{{NAME:Rebecca Ostrowski}}, LICSW  pager {{PHONE:3394}}`,
  `ANTICOAGULATION CLINIC - PHARMACIST TELEPHONE NOTE
{{DATE:3/3/21 14:05}}
Pt: {{NAME:Fitzgerald, Kathleen}} ("{{NAME:Kay}}")   MRN {{MRN:00-22-81-907}}   Age: {{AGE:94}}
Indication: mechanical AVR (On-X, implanted 2016) - INR goal 2.0-3.0 (on ASA 81 as well)
Today's INR (POC, drawn by {{FACILITY:Brightstar Home Health}} RN {{NAME:Jocelyn Mercado}}): 4.6. No bleeding, no bruising beyond baseline. Missed no doses. New med: ciprofloxacin 500 mg BID started {{DATE:2/27}} by urgent care for UTI - likely interaction.
Plan: hold warfarin tonight, then resume 2.5 mg daily except 5 mg Mon/Fri. Recheck INR {{DATE:Friday 3/5}}. Vitamin K not indicated (INR < 10, no bleeding).
Spoke with pt and niece {{NAME:Bridget Fitzgerald-Nolan}} at {{PHONE:(508) 555-0167}}. Rx sent to {{FACILITY:Hanover Street Pharmacy}} fax {{FAX:508-555-0170}}.
Prescriber of record: {{NAME:Arash Mahmoudi}}, MD, NPI {{LICENSE:1386620194}}.
{{NAME:Danielle Okafor}}, PharmD, BCACP   ext. {{PHONE:5-4410}}`,
  `MRI BRAIN WITH AND WITHOUT CONTRAST
Exam date: {{DATE:Sept 30, 2024}}   Acc# {{ID:MR-7791302}}   MRN: {{MRN:00-48-33-716}}
Patient: {{NAME:Volkova, Irina Petrovna}}   Ordering: {{NAME:Kwame Asante}}, MD (Neuro-Oncology)

CLINICAL HISTORY: 57F with IDH-wildtype glioblastoma, R temporal, s/p resection {{DATE:3/12/24}}, completed RT/TMZ, on adjuvant TMZ cycle 5 and TTFields (Optune, device {{DEVICE:OPT2-118834}}). Eval for progression.
COMPARISON: {{DATE:07/01/2024}}, {{DATE:04/15/2024}} (outside, {{FACILITY:Lenox Imaging Center}}).
FINDINGS: Resection cavity R temporal lobe. New nodular enhancement along the posterior-superior margin measuring 1.4 x 1.1 cm (previously 0.4 cm), with increased surrounding FLAIR signal and elevated rCBV on perfusion (max 3.1). Mild mass effect on the R lateral ventricle. No new lesions. Transducer array artifact over scalp.
IMPRESSION: Findings favor tumor progression over treatment effect (RANO: progressive disease). Discussed with Dr. {{NAME:Asante}} by phone at 16:15.
Dictated by {{NAME:Hiroshi Takeda-Bloom}}, MD; verified {{DATE:09/30/2024 16:31}}. Reading station {{IP:172.20.5.61}}.`,
  `MOVEMENT DISORDERS CLINIC - DBS PROGRAMMING
{{DATE:17 Feb 2025}}
{{NAME:Cormac O'Sullivan}}, 68 yo man with Parkinson disease (dx 2012) s/p bilateral STN DBS {{DATE:Nov. 4, 2024}} (Medtronic Percept PC, IPG SN {{DEVICE:NPC702211H}}; leads SenSight B33005). Accompanied by wife {{NAME:Deirdre}}.
Meds: carbidopa/levodopa 25/100 1.5 tab 5x/day (reduced from 2 tab), rasagiline 1 mg.
Interval: dyskinesia improved, OFF time ~1 h/day (was 4). Speech slightly softer (per wife). UPDRS-III ON stim/ON med 14, OFF stim 38.
Programming: L STN contact 2 ring, 2.6 mA -> 2.9 mA, 60 us, 130 Hz; R STN segmented 10b/10c 2.4 mA unchanged. BrainSense streaming reviewed, beta peak 21 Hz suppressed.
Plan: LSVT LOUD referral to {{FACILITY:Northshore Speech & Swallow}}. Return 6 wk. Patient programmer serial {{DEVICE:HH-0092271}} synced. MRI conditional eligibility card given. DBS hotline for pt: {{PHONE:773-555-0104}}, option 3.
Home: {{ADDRESS:1711 N. Hoyne Ave, Unit 2R}}, {{LOCATION:Chicago}} {{ZIP:60647}}.
{{NAME:Malgorzata Wisniewska-Chen}}, MD`,
  `{{FACILITY:St. Brendan's University Hospital}}
Department of Geriatric Medicine
{{ADDRESS:1400 Lanigan Way}}, {{LOCATION:Cleveland}}, Ohio {{ZIP:44106}}

{{DATE:February 3rd, 2025}}

Office of the Jury Commissioner
Court of Common Pleas

RE: Mrs. {{NAME:Anastasia Karamanlis}}    Juror No. {{ID:2025-0114-377}}    DOB {{DATE:10/21/1930}}

To whom it may concern,

Mrs. {{NAME:Anastasia Karamanlis}} has been under my care since 2017. She is {{AGE:94}} years old and has moderate Alzheimer dementia (MoCA 12/30), macular degeneration, and requires assistance with most instrumental activities of daily living. In my medical opinion she is not able to serve as a juror, now or in the future, and I ask that she be permanently excused.

Please contact my office with any questions at {{PHONE:216-555-0125 ext 301}} (fax {{FAX:216-555-0126}}).

Sincerely,

{{NAME:Theodora Lambrou}}, MD, AGSF
Ohio license {{LICENSE:35.118204}}`,
  `MULTIDISCIPLINARY BREAST TUMOR BOARD - {{DATE:Tuesday, 11/12/2024}}
Presenter: Dr. {{NAME:Ximena Aguilar-Reyes}} (breast surgery fellow)
Pt: {{NAME:Maria de los Angeles Contreras}}, 47F, MRN {{MRN:00-70-26-481}}, referred from {{FACILITY:Clinica Sin Fronteras}} in {{LOCATION:Pomona}}.
Hx: self-palpated L breast mass {{DATE:Aug '24}}. Dx mammo/US at {{FACILITY:Inland Women's Imaging}} {{DATE:9/9/24}}: 3.2 cm mass 2:00, BI-RADS 5; axillary node 1.9 cm. Core bx: IDC grade 3, ER 0%, PR 0%, HER2 0 (triple negative), Ki-67 80%. FNA node positive. BRCA: germline BRCA1 c.68_69delAG (pathogenic). cT2N1M0, stage IIB.
Discussion: neoadjuvant KEYNOTE-522 regimen (pembrolizumab + carbo/paclitaxel -> AC). Eligible for trial NCT05998621 - declined. Genetics counseling for sisters ({{NAME:Lucia}}, {{NAME:Rocio}}). Clip placed in node.
Consensus: begin neoadjuvant chemo-IO; MRI baseline; fertility consult (pt undecided). Spanish interpreter at all visits.
Attendees: {{NAME:Wen-Hsiang Liu}} (med onc), {{NAME:Ngozi Achebe}} (rad onc), {{NAME:Brendan Foley}} (radiology), {{NAME:Padmini Subramanian}} (pathology).`,
  `ED TRIAGE / PROVIDER NOTE
Arrival: {{DATE:2024-12-24 22:47}}   Mode: {{FACILITY:Bergen County EMS}}   Triage ESI 2
Pt: {{NAME:Jeong, Dae-ho}}   Age 29   MRN {{MRN:00-81-47-093}}
Restrained driver, MVC vs. guardrail at {{ADDRESS:Route 4 eastbound near Hackensack Ave}}, ~45 mph, + airbag, self-extricated. Vehicle: 2019 Hyundai Elantra NJ plate {{VEHICLE:C47-LHR}}. Police report {{ID:NJ-HPD-24-33817}}.
C/o chest wall pain, R wrist pain. GCS 15. HR 104, BP 138/84. Seat-belt sign across chest. FAST negative. R wrist: deformity, snuffbox tenderness.
CT chest: sternal fx nondisplaced, no mediastinal hematoma. XR: distal radius fx (Colles type). Trop < 6.
ETOH level 0. UDS neg.
Pt's DL (for registration): NJ {{LICENSE:J4412 70338 92115}}. Emergency contact: sister {{NAME:Jeong Ha-eun}} {{PHONE:201-555-0183}}.
Dispo: ortho (Dr. {{NAME:Ruiz-Castillo}}) reduction/splint in ED; admit obs for sternal fx with telemetry.
{{NAME:Owen Kasparian}}, MD`,
  `ONCOLOGY NURSE TRIAGE - TELEPHONE
Call received {{DATE:Sat 8/17/2024 02:14}}  Caller: patient's husband, {{NAME:Renato Villanueva}} ("{{NAME:Atong}}")   Callback {{PHONE:(808) 555-0119}}
Pt: {{NAME:Villanueva, Corazon M.}}  MRN {{MRN:00-66-12-905}}  DOB {{DATE:1962-01-09}}
Dx: DLBCL, R-CHOP C3 given {{DATE:8/7}} (nadir expected now). Husband reports temp 101.8 F orally x2, chills, no rigors. No cough/dysuria. Took acetaminophen 650 mg at 0130 (advised not to take more before eval). Has PICC R arm (Bard PowerPICC SOLO 5 Fr) - site "a little pink."
Per neutropenic fever protocol: instructed to come to ED now, not urgent care. Husband will drive (gray Honda Pilot, HI plate {{VEHICLE:RKT 418}}) from {{ADDRESS:94-1021 Kaukahi St, Unit 7}}, {{LOCATION:Waipahu}} {{ZIP:96797}} - approx 25 min. Told to bring med list and treatment card.
ED charge RN {{NAME:Leilani Kahananui}} notified at 02:22; sepsis pre-alert; onc fellow on call Dr. {{NAME:Sung-min Hwang}} paged ({{PHONE:8-6620}}).
{{NAME:Pilar Esguerra}}, RN, OCN`,
  `ENDOMYOCARDIAL BIOPSY - PATHOLOGY REPORT
Case: {{ID:EMB-25-0117}}    Procedure date: {{DATE:2025/02/04}}    Signed: {{DATE:2025/02/05}}
Patient: {{NAME:Sokolov, Aleksandr Igorevich}}   MRN {{MRN:00-44-19-730}}   Transplant # {{ID:HTX-2019-0088}}
Clinical: 6 yr s/p orthotopic heart transplant ({{DATE:2019-03-02}}), routine surveillance; tacrolimus trough 7.8 ng/mL, everolimus 4.1.
Specimen: 5 fragments of RV endomyocardium (cath lab {{FACILITY:Petrosyan 2}}, operator Dr. {{NAME:Ivan Morozov-Klein}}).
Microscopic: 4 of 5 fragments adequate. No interstitial or perivascular lymphocytic infiltrate. No myocyte damage. Old biopsy site in fragment 3. Quilty lesion absent. C4d immunostain negative; CD68 negative for intravascular macrophages.
DIAGNOSIS: ISHLT 2004 acute cellular rejection grade 0R. pAMR 0.
Comparison: prior EMB {{DATE:08/13/2024}} (1R).
Donor-specific antibodies (sent {{DATE:2/4}}): none detected, lab ref {{ID:HLA-25-00912}}.
{{NAME:Gulnara Abdrakhmanova}}, MD, Cardiac Pathology
cc: {{NAME:Chioma Nwosu-Reilly}}, MD; transplant coordinator {{NAME:Natasha Pruitt}}, RN {{EMAIL:npruitt@whitcombehealth.org}}`,
  `NEUROLOGY CONSULT - INPATIENT
Requested by: Dr. {{NAME:Bongani Dlamini}} (Hospital Medicine)   Date: {{DATE:3 Mar 21}}
Pt: {{NAME:Moon, Jae-won}}, 58M, MRN {{MRN:00-29-58-112}}, Rm 1114B
Reason: witnessed GTC seizure on the floor at 0620, ~2 min, post-ictal 20 min. No prior seizures. Admitted {{DATE:2/28/21}} for hyponatremia (Na 116) after beer potomania; Na corrected to 124 over 48 h.
Exam: awake, oriented x3 now, mild dysarthria, no focal weakness, Babinski neg bilaterally, Romberg deferred.
cEEG hooked up at 0915 (bed 1114B, acquisition unit {{DEVICE:XLT-44-20917}}, networked {{IP:10.12.88.45}}): diffuse slowing, no epileptiform discharges so far.
MRI brain: no ODS changes yet; small old L frontal encephalomalacia (pt recalls fall from ladder at work at {{FACILITY:Sunrise Roofing Co.}} in 2015).
Impression: provoked seizure (hyponatremia, possible EtOH withdrawal), osmotic demyelination risk. Plan: levetiracetam 500 BID x short course, CIWA, limit Na correction <8/24h, repeat MRI in 1 wk. Do not drive - discussed; pt has CDL ({{LICENSE:M6620-18844-40925}}) - will need to notify employer.
{{NAME:Rosalind Achterberg}}, MD (Neurology), pgr {{PHONE:2281}}`,
  `MICU FAMILY MEETING NOTE
Date: {{DATE:December 7th, 2023}}, 15:00-16:10, {{FACILITY:Halvorsen 6}} family room
Patient: {{NAME:Wolde, Abebech}}   MRN {{MRN:00-12-77-430}}
Present: son {{NAME:Dawit Wolde}} (HCP), daughters {{NAME:Hiwot}} and {{NAME:Mulu Wolde-Mariam}}, grandson {{NAME:Yonas}} by phone from {{LOCATION:Addis Ababa}}; Ethiopian Orthodox priest Abba {{NAME:Gebre Kidan}}; MICU attending Dr. {{NAME:Oluwaseun Adeyemi}}; RN {{NAME:Carla Benedetti}}; SW {{NAME:Rebecca Ostrowski}}; Amharic interpreter {{NAME:Tsion}} (ID {{ID:LL-50213}}).
Summary: Mrs. {{NAME:Wolde}} is {{AGE:ninety-seven}} years old, with septic shock from cholangitis, day 4 on norepinephrine 0.18 + vasopressin, AKI (not a dialysis candidate per family), new NSTEMI. ERCP deemed too high risk by GI.
Family shared she "lived through everything" and always said she wished to die at home in {{LOCATION:Gondar}} but accepts she cannot travel. Consensus: DNR, no escalation, continue current pressors through a visit from their church community tomorrow, then transition to comfort measures. Priest will return {{DATE:12/8}} for prayers.
{{NAME:O. Adeyemi}}, MD`,
  `SPIRITUAL CARE NOTE
{{DATE:Sunday 9 June 2024}}   Unit: {{FACILITY:Laurent 9}} (oncology), Rm 912
Chaplain: {{NAME:Athena Markopoulou}}, MDiv, BCC
Pt: {{NAME:Christos Manolakis}}, 71, metastatic pancreatic ca, transitioning to hospice. Requested Greek Orthodox sacraments.
Visit: Pt's wife {{NAME:Voula}} and son {{NAME:Nikos Manolakis}} present. Pt expressed fear of "being a burden" and regret about estrangement from brother {{NAME:Yiannis}} in {{LOCATION:Thessaloniki}}. Explored life review - 40 years running {{FACILITY:Olympia Diner}} on Route 9; proud of grandchildren. Prayed the Trisagion with family.
Contacted Fr. {{NAME:Demetrios Haralambous}} of {{FACILITY:Annunciation Greek Orthodox Church}} ({{PHONE:401-555-0175}}), who will come for Holy Unction and Communion {{DATE:6/10}} late morning. {{NAME:Nikos}} will try to reach his uncle by video; gave guest Wi-Fi instructions.
Hospice: {{FACILITY:Narragansett Bay Hospice}} intake scheduled {{DATE:June 11}}; home at {{ADDRESS:37 Kalamata Ln}}, {{LOCATION:Cranston}}, RI {{ZIP:02920}}.
Spiritual assessment (FICA): faith central; community strong; address - sacraments, reconciliation.
Plan: follow daily while inpatient; page {{PHONE:5119}}.
{{NAME:A. Markopoulou}}, Chaplain`,
  `UTILIZATION REVIEW / PRIOR AUTHORIZATION
Date: {{DATE:01-16-2025}}    Reviewer: {{NAME:Tamara Goldfarb-Singh}}, RN, CCM
Member: {{NAME:O'Rourke, Brigid A.}}   DOB {{DATE:07-22-1955}}   MRN {{MRN:00-37-60-228}}
Plan: Medicare Advantage PPO   Member ID: {{HEALTH_PLAN:XKH905521347}}   Secondary: state retiree plan ID {{HEALTH_PLAN:RET-0041187-02}}
Request: inpatient admission + TAVR (CPT 33361), ICD-10 I35.0. Ordering: {{NAME:Nikhil Desai}}, MD, NPI {{LICENSE:1548302276}}.
Submitted to payer UM fax 888-555-0190 at 09:40; ref # {{ID:UM-2025-0116-4471}}. Peer-to-peer offered; Dr. {{NAME:Desai}} available {{DATE:1/17}} 12-1 pm at {{PHONE:(614) 555-0131 x228}}.
Clinical: STS 4.2%, severe AS, NYHA III, heart team consensus {{DATE:Jan 9}}. Frailty moderate.
Update {{DATE:1/17/25 15:20}}: APPROVED, auth # {{ID:A250117-88204}}, valid {{DATE:1/20/25-2/19/25}}. Hospital account (HAR) {{ACCOUNT:900217746}} updated.
Pt informed at home number {{PHONE:614-555-0148}}; procedure tentatively {{DATE:Feb 4}}.
{{NAME:T. Goldfarb-Singh}}, RN`,
  `TRANSPLANT LABORATORY REPORT
{{FACILITY:Whitcombe Histocompatibility & Immunogenetics Lab}}    CLIA 36D0917723
Specimen ID: {{ID:H25-004418}}    Collected: {{DATE:2025-04-02T07:48}}    Resulted: {{DATE:2025-04-03T16:20}}
Patient: {{NAME:DE LA CRUZ-MENDOZA, ISABEL}}   MRN {{MRN:00-90-11-352}}   DOB {{DATE:1979-05-30}}   Sex F
Ordering: {{NAME:Kenji Watanabe}}, MD (Kidney Transplant)

Single antigen bead assay (class I/II), MFI cutoff 1000:
  DSA vs donor (UNOS {{ID:AFD1127}}): DQ7 MFI 3,850 (NEW since {{DATE:12/2024}}); no class I DSA.
  Non-DSA: A2 1,200; DR53 1,610.
Calculated PRA: 41%.
Tacrolimus trough (LC-MS/MS): 4.1 ng/mL (target 6-8).  Creatinine 1.7 mg/dL (baseline 1.2).  BK viremia: < 500 copies/mL.
Interpretation: de novo DQ DSA with rising creatinine and subtherapeutic tacrolimus; recommend biopsy and adherence review.
Called to coordinator {{NAME:Luz Mendoza-Park}} (ext. {{PHONE:4-3381}}) {{DATE:04/03/2025 16:31}}.
Lab director: {{NAME:Feodora Lindgren}}, PhD, D(ABHI)`,
  `C-L PSYCHIATRY - PRE-TRANSPLANT PSYCHOSOCIAL EVALUATION (LIVER)
Date of service: {{DATE:5/28/2024}}      Requesting: Dr. {{NAME:Anand Krishnamurthy}}, Hepatology
Pt: {{NAME:Dolan, Michael P.}} ("{{NAME:Mickey}}"), 52M, MRN {{MRN:00-14-92-603}}
Collateral: partner {{NAME:Shauna Byrne}} ({{PHONE:440-555-0109}}), sponsor "{{NAME:Rocco}}" from AA home group at {{FACILITY:St. Malachi Parish Hall}} (with pt's written consent).
Substance hx: AUD, severe; heavy use since age 19 (up to 18 beers/day). Last drink {{DATE:Jan 3, 2024}} (admitted to {{FACILITY:Lakeland Regional Hospital}} with alcoholic hepatitis, MDF 54). Completed IOP at {{FACILITY:New Dawn Recovery Center}}. PEth {{DATE:4/30/24}} < 10 ng/mL. Tobacco: quit {{DATE:Feb 2024}}. Cannabis denied; UDS neg x3.
Psych: MDD, recurrent, in partial remission on sertraline 100 mg. No SI history. One DUI in 2016 - license reinstated (OH DL {{LICENSE:SR447210}}).
Support: lives with partner at {{ADDRESS:4102 Fulton Pkwy, Apt 3}}, {{LOCATION:Parma}}; partner committed as primary caregiver; backup sister {{NAME:Eileen Dolan-Moretti}}. Employer ({{FACILITY:Great Lakes Steel Fabricators}}) holding job.
SIPAT score 21 (good candidate). AUDIT-C 0 currently.
Recommendation: acceptable psychosocial candidate; continue relapse prevention, monthly PEth.
{{NAME:Hana Kobayashi-Grant}}, MD, C-L Psychiatry`,
  `CARDIAC CATHETERIZATION REPORT
Date: {{DATE:11-Mar-2025}}    Lab: {{FACILITY:Whitcombe Heart & Vascular}} Cath Lab 3
Patient: {{NAME:Chakraborty, Sunil}}   MRN {{MRN:00-58-03-917}}   DOB {{DATE:09/14/1947}}   Encounter (FIN) {{ACCOUNT:F2503114472}}
Operator: {{NAME:Deepak Malhotra}}, MD    Fellow: {{NAME:Yaa Asantewaa Boateng}}, MD
Indication: NSTEMI (hs-troponin peak 2,840 ng/L), TIMI risk 4. Prior ICD (Boston Scientific Resonate EL, serial {{DEVICE:RES-648802}}) - magnet not needed.
Access: R radial 6 Fr (Barbeau B), TR band. Heparin 70 U/kg. Contrast 145 mL Visipaque.
Findings: LM normal. LAD mid 90% (culprit, thrombus), D1 60%. LCx nondominant, mild. RCA dominant, 70% proximal. LVEDP 22.
Intervention: mid LAD - DES 3.0 x 28 mm (Xience Skypoint, lot 4091221) post-dilated 3.5 NC, TIMI 3 flow, 0% residual. iFR RCA 0.86 -> staged PCI.
Plan: DAPT (ASA + ticagrelor 90 BID) 12 mo, high-intensity statin, staged RCA PCI {{DATE:3/25}} or so. Update son {{NAME:Arjun Chakraborty}} at {{PHONE:+1 732 555 0137}}.
Dictated {{NAME:D. Malhotra}} MD  {{DATE:03/11/2025 18:02}}`,
  `nsgy progress note  {{DATE:6/14/24}}
pt {{NAME:ryan, siobhan}} 61f sah hunt-hess 3 fisher 4 from ruptured acom aneurysm, coiled {{DATE:6/9}} by dr {{NAME:petrakis}}. post-bleed day 5, EVD in place at 15 cmH2O, draining ~ 8-10 cc/hr xanthochromic.
o/n: tcd's {{DATE:6/13}} w/ l mca velocities 160s (up from 110s) lindegaard 3.4 - c/w moderate vasospasm. exam stable, opens eyes to voice, follows commands RUE/LUE, slight drift LUE.
na 134, nimodipine 60 q4h, euvolemic goal.
plan: cta head today, if spasm >> ia verapamil w/ dr {{NAME:petrakis}}. keep sbp < 160. ptt for evd.
husband {{NAME:ciaran}} askd about her phone - was left in ambulance ({{FACILITY:tri-county ambulance}} unit 22); gave number to call ({{PHONE:412-555-0191}}).
pt's home address on file is old ({{ADDRESS:Box 71, RD 2}}, {{LOCATION:Ligonier}} PA {{ZIP:15658}}) - husband gave new one, sent to reg.
-{{NAME:a. kowalczyk-obi}} pgy2, d/w attending dr. {{NAME:s. ferreira}}`,
  `BONE MARROW TRANSPLANT SERVICE - DISCHARGE SUMMARY
PATIENT: {{NAME:RAMIREZ VILLALOBOS, JOAQUIN}}   MRN: {{MRN:00-63-28-174}}   DOB: {{DATE:02/29/1968}}
ADMIT: {{DATE:10/01/2024}}   DISCHARGE: {{DATE:11/02/2024}}   UNIT: {{FACILITY:LAURENT 11}} (BMT)
ATTENDING: {{NAME:ELIZABETH MCCORMACK-OYELARAN}}, MD
DIAGNOSIS: AML WITH NPM1 AND FLT3-ITD, CR1, S/P MATCHED UNRELATED DONOR ALLOGENEIC HCT.
DONOR: 10/10 MUD, 24 YO MALE, CMV NEG, NMDP DONOR ID {{ID:2291-4407-8}}; PBSC 6.1 X 10^6 CD34/KG.
CONDITIONING: FLU/BU4 ({{DATE:10/2-10/5/24}}). DAY 0 = {{DATE:10/08/2024}}. GVHD PPX: PTCY D+3/+4, TACROLIMUS, MMF.
COURSE: NEUTROPENIC FEVER D+5 - CEFEPIME, CULTURES NEG. MUCOSITIS GR 3 ON PCA. NEUTROPHIL ENGRAFTMENT D+17 ({{DATE:10/25}}), PLATELETS D+22. NO ACUTE GVHD AT DISCHARGE. CHIMERISM D+21 CD3 98% DONOR.
DISCHARGE MEDS: TACROLIMUS 1 MG BID, ACYCLOVIR, LETERMOVIR, POSACONAZOLE, TMP-SMX (START D+30), GILTERITINIB MAINT PENDING COUNTS.
LODGING: STAYING AT {{FACILITY:BAYOU CITY HOSPITALITY HOUSE}} ({{ADDRESS:2200 KENNEDY AVE, ROOM 318}}, {{LOCATION:HOUSTON}}, TX {{ZIP:77030}}) WITH WIFE {{NAME:ARACELI}} (24/7 CAREGIVER) UNTIL D+100. HOME IS {{LOCATION:MCALLEN}}, TX.
F/U: BMT CLINIC {{DATE:MON 11/4}} AT 0800; LABS TWICE WEEKLY. CALL {{PHONE:713-555-0153}} 24/7.
DICTATED BY {{NAME:J. PEREZ-ALMAGUER}}, PA-C // {{NAME:JPA}}/{{NAME:MMT}}  {{DATE:11/02/24 14:47}}`,
  `RADIATION ONCOLOGY CONSULTATION
{{DATE:3 March 2021}}
Referring: Dr. {{NAME:Wen-Hsiang Liu}}     PCP: Dr. {{NAME:Ciara Mulcahy}}, {{FACILITY:Ballinrobe Family Practice}}
Pt: {{NAME:Desmond Phelan}}, a {{AGE:90}}-year-old retired longshoreman, MRN {{MRN:00-08-61-335}}
Dx: cT2N0M0 squamous cell carcinoma of the glottic larynx (R true cord, impaired mobility), biopsy {{DATE:2/16/21}} at {{FACILITY:Mercy Harbor ENT}}. Former smoker 60 pk-yr (quit 1998).
He lives with his daughter {{NAME:Maeve}} in {{LOCATION:South Boston}} and still walks to mass daily. KPS 70. Hearing aids bilat. No dysphagia, mild hoarseness x 4 mo.
Discussion: options are definitive RT (hypofractionated 63 Gy/28 fx or 55 Gy/20 fx), or total laryngectomy (declined). At {{AGE:90}}, hypofractionation offers fewer trips; transport via {{FACILITY:Harborline Paratransit}} paratransit.
Plan: CT simulation {{DATE:March 10th}} with 5-point thermoplastic mask; dental eval; SLP baseline. 55 Gy in 20 fractions, IMRT. Wks start ~{{DATE:3/17}}.
Contact for daughter: {{PHONE:617-555-0176}}, {{EMAIL:maeve.phelan.dpt@outlook.com}}.
{{NAME:Oisin Gallagher-Tran}}, MD, Radiation Oncology`,
  `ELECTROPHYSIOLOGY CLINIC
DOS {{DATE:07/08/2024}}   Provider: {{NAME:Kavitha Sundaram}}, MD, FHRS
Pt: {{NAME:Rao, Shreya}}, 44F, MRN {{MRN:00-73-84-219}}
s/p pulmonary vein isolation (PFA) {{DATE:4/2/24}}; implantable loop recorder Medtronic LINQ II placed same day, serial {{DEVICE:RNH318842S}}, paired to home monitor {{DEVICE:MC24-55019}}.
Interval: remote transmissions reviewed via clinic portal {{URL:https://carelink.whitcombehealth.org/pt/RNH318842S}}. AF burden 0.2% (one 14-min episode {{DATE:6/11/2024}} at 03:12). Palpitations rare. Off flecainide since {{DATE:May 20}}.
CHA2DS2-VASc 1 (female) - apixaban stopped at 3 mo per plan. Echo normal; Holter N/A.
Works as a software engineer at {{FACILITY:Tessellate Labs}}; asked about travel to {{LOCATION:Bengaluru}} this winter - ok, ILR safe for airport security.
Plan: continue ILR monitoring; RTC 6 mo. Email questions through portal or {{EMAIL:ep.nurses@whitcombehealth.org}}. Husband {{NAME:Vikram Rao}} ({{PHONE:650-555-0181}}) asked for a copy of the ablation report - release signed.
{{NAME:K. Sundaram}}, MD`,
  `From: {{NAME:Park, Ji-woo}} <{{EMAIL:jpark7@whitcombehealth.org}}>
Sent: {{DATE:Friday, April 18, 2025 6:12 PM}}
To: {{NAME:Nwosu-Reilly, Chioma}} <{{EMAIL:cnwosureilly@whitcombehealth.org}}>
Cc: {{NAME:Haddad, Farid}}; HF Coordinators
Subject: RE: VAD clinic pt - driveline infection?

Chioma - saw Mr. {{NAME:Okonkwo-Whelan}} ({{MRN:00-55-10-382}}) in VAD clinic today. Driveline exit site with 1 cm erythema and scant purulent drainage, swab sent (acc {{ID:MB25-118204}}). Afebrile, WBC 11.2. Started cephalexin 500 QID, will adjust to culture. His wife {{NAME:Aisling}} says the dressing kits from {{FACILITY:Keystone Home Infusion}} came late - she had to reuse. I called their pharmacist ({{PHONE:800-555-0166 ext 12}}).
Also: controller log upload failed from home - their router IP {{IP:73.102.44.19}} blocked by our firewall? IT ticket {{ID:INC0992817}}.
Plan RTC {{DATE:4/25}}. Ok with you?
Thanks,
{{NAME:Ji-woo}}

{{NAME:Ji-woo Park}}, MSN, ACNP-BC | Mechanical Circulatory Support | {{PHONE:216-555-0122 x7301}}`,
  `ONCOLOGY PHARMACY - CHEMOTHERAPY VERIFICATION
{{DATE:2024-09-23 10:18}}
Pt: {{NAME:Dimaculangan, Ma. Theresa}}   MRN {{MRN:00-47-15-660}}   Ht 152 cm  Wt 49.8 kg  BSA 1.45 m2
Regimen: FOLFIRINOX (modified), cycle 6 day 1. Protocol GI-PANC-07.
Verified: oxaliplatin 85 mg/m2 = 123 mg; irinotecan 150 mg/m2 = 218 mg; leucovorin 400 mg/m2 = 580 mg; 5-FU 2400 mg/m2 = 3480 mg CI over 46 h via CADD-Solis pump (asset tag 00712, serial {{DEVICE:SOL-22097731}}).
Labs {{DATE:9/23}}: ANC 1.9, plt 112, T bili 0.9, CrCl 68 mL/min. Dose within 5% of prior; no modification.
Premeds: palonosetron 0.25 mg, dexamethasone 12 mg, atropine 0.25 mg PRN cholinergic sx. Oxaliplatin lot L2408A; irinotecan NDC 0409-0415-01 (not patient-specific).
Pegfilgrastim on-body injector applied D3 at {{FACILITY:Laurent Infusion Center}}.
Pump disconnect {{DATE:9/25}} by {{FACILITY:Apex Home Health}} nurse.
Pt's preferred pharmacy for oral meds: {{FACILITY:Bayanihan Pharmacy}} - {{ADDRESS:2350 Skyline Blvd, Ste 4}}, {{LOCATION:Daly City}}; phone {{PHONE:650-555-0113}}.
Verified by {{NAME:Joselito Macaraeg}}, PharmD, BCOP; second check {{NAME:Anne Thibodeaux}}, PharmD`,
  `LOCAL TITLE: MH PTSD PCT INDIVIDUAL THERAPY
DATE OF NOTE: {{DATE:FEB 12, 2025@10:00}}   ENTRY DATE: {{DATE:FEB 12, 2025@11:47:09}}
AUTHOR: {{NAME:KARAGIANNIS,DIMITRA}}   EXP COSIGNER:
URGENCY:   STATUS: COMPLETED
PT: {{NAME:PAPPAS,GEORGE T}}  {{SSN:P2286}}  ICN {{MRN:1009882214V733051}}
CLINIC: {{FACILITY:MARQUETTE RIDGE VAMC}} PCT / VVC (video)
Session 7 of CPT. Veteran joined VA Video Connect from home ({{LOCATION:Kenosha}}), connection IP {{IP:98.214.7.160}} logged by system. PCL-5 today 38 (intake 61). PHQ-9 11.
Worked on stuck points re: convoy IED, {{LOCATION:Ramadi}}, {{DATE:Nov 2006}}; guilt about SSG {{NAME:Reyes}}'s death. Trauma account read aloud.
Safety: C-SSRS screen negative. Veteran keeps 2 handguns; agreed to keep them locked in cable-lock case and gave key to wife {{NAME:Anna}}. Veterans Crisis Line (988, press 1) reviewed. Truck (F-150, WI plate {{VEHICLE:SEMPR 4}}) no longer kept loaded per pt.
Next: {{DATE:2/19/25 1000}} VVC. Link sent to {{EMAIL:gpappas.usmc@yahoo.com}}.
/es/ {{NAME:DIMITRA KARAGIANNIS}}, PSYD
STAFF PSYCHOLOGIST
Signed: {{DATE:02/12/2025 11:47}}`,
  `Nursing Progress Note
NSICU, [**{{FACILITY:Kessler 8}}**], bed 4
[**{{DATE:2069-11-23}}**] 1900-0700
Pt is a [**{{AGE:92}}**] yo female admitted [**{{DATE:11-20}}**] with L SDH s/p fall at [**{{FACILITY:Wellspring Assisted Living}}**], s/p L craniotomy [**{{DATE:11-21}}**] (Dr. [**{{NAME:Sorensen}}**]).
Neuro: opens eyes to voice, oriented to self only (baseline dementia per family). PERRL 3 mm brisk. MAE, R > L. Subdural drain 35 cc sanguineous. Keppra 500 bid.
CV: SBP 120-150, goal < 160. NSR 70s. 
Resp: 2L NC, sats 95-97%. Strong cough.
GI/GU: NPO except meds pending S&S eval. Foley draining clear yellow.
Skin: stage 2 sacrum (present on admission - photo [**{{PHOTO:IMG_20691121_0815}}**] in chart).
Social: grandson [**{{NAME:Patrick Doherty}}**] ([**{{PHONE:(401) 555-0148}}**]) called at 2200, updated. He asked that daughter [**{{NAME:Colleen}}**] be called with any change - number [**{{PHONE:401-555-0163}}**].
Plan: CT head in am, drain likely out [**{{DATE:11-24}}**].
[**{{NAME:R. Mendoza}}**] RN`,
  `WOUND / OSTOMY CONSULT
{{DATE:10/3/2024}}  Consultant: {{NAME:Bernadette Quigley}}, RN, CWOCN
Pt: {{NAME:Soriano, Florencia}}, {{AGE:98}} y/o F, MRN {{MRN:00-02-44-519}}, admitted from {{FACILITY:Sampaguita Gardens Care Home}} for urosepsis.
Findings: Sacral pressure injury, unstageable, 4.2 x 3.6 cm, 80% slough / 20% granulation, moderate serous drainage, no odor, periwound macerated. R heel deep tissue injury 2 x 2 cm, purple, intact.
Photos taken per protocol on unit iPad, uploaded to media tab: {{PHOTO:WND_00244519_20241003_01.jpg}}, {{PHOTO:WND_00244519_20241003_02.jpg}}.
Plan: Medihoney alginate to sacrum daily + bordered foam; heel offloading boots; low air loss mattress (rental, unit serial {{DEVICE:LAL-7704213}}); q2h turns; nutrition consult (albumin 2.4).
Communicated to facility DON {{NAME:Rowena Lacson}} ({{PHONE:925-555-0135}}, fax {{FAX:925-555-0136}}) for continuity; facility {{ADDRESS:4480 Mission Blvd}}, {{LOCATION:Hayward}}.
Goals discussed with son {{NAME:Efren Soriano}}, who notes his mother turns {{AGE:99}} next month and that comfort comes first; healing potential limited.
{{NAME:B. Quigley}}, RN, CWOCN  pager {{PHONE:6602}}`,
  `EMERGENCY DEPARTMENT - PSYCHIATRIC EVALUATION
{{DATE:January 2, 2025 04:30}}   Pt: {{NAME:Grigoryev, Sergei}} ("{{NAME:Seryozha}}")   MRN {{MRN:00-88-20-417}}   DOB {{DATE:5/5/1978}}
Brought by {{FACILITY:Bay Colony Ambulance}} from {{FACILITY:Kneeland Street Shelter}} shelter after staff found him shouting at "the voices in the radiator." Shelter case manager {{NAME:Tanisha Odom}} ({{PHONE:617-555-0139 x210}}) reports he stopped his clozapine ~3 wk ago when his bag was stolen with ID (MA ID {{LICENSE:S88104279}}), Medicaid card ({{HEALTH_PLAN:100288417733}}) and meds.
Hx: schizophrenia, multiple admissions (last {{FACILITY:Bayberry Psychiatric Hospital}} {{DATE:Sept 2023}}). Sister {{NAME:Olga Grigoryeva}} in {{LOCATION:Yekaterinburg}}; no local family.
MSE: disheveled, guarded, AH present, denies SI/HI, oriented x2. Glucose 104, EtOH neg, UDS + cannabis.
ANC needed before restarting clozapine (REMS) - sent. Restart titration requires inpatient.
Dispo: voluntary (conditional) admission, bed search; pharmacy: pt used {{FACILITY:Haley Square Pharmacy}} ({{PHONE:617-555-0152}}).
{{NAME:Mariana Oliveira-Santos}}, MD / {{NAME:M. Levitan}}, LICSW`,
  `KIDNEY TRANSPLANT CLINIC - FOLLOW UP
Check-in {{DATE:Tue 06/03/2025 08:41}}, identity verified by palm-vein scan (enrolment {{BIOMETRIC:PV-00918274}}) and photo ID.
Pt: {{NAME:Mendoza, Isabel de la Cruz}}, 46F, MRN {{MRN:00-90-11-352}}. Donor: deceased (KDPI 38%), tx {{DATE:11/14/2022}}.
Interval: biopsy {{DATE:4/9/25}} showed chronic active AMR (Banff cg1, ptc2, C4d 2+) with de novo DQ7 DSA. Treated with IVIG x 4 + pulse steroids; tacrolimus now 7.2.
Adherence: admits missing evening doses when working nights at {{FACILITY:Sunset Ridge Distribution Center}}; pillbox + phone alarms set up. Dexcom G7 for post-tx DM (sensor {{DEVICE:G7-4QK8RZ}}, receiver not used; app on phone).
Labs: Cr 1.6 (nadir post-IVIG 1.5), UPCR 0.9 g/g, Hgb 11.1, A1c 7.4.
Plan: add belatacept? discussed, pt prefers no monthly infusions; continue tac target 7-9, losartan 25 mg for proteinuria. Repeat DSA {{DATE:7/1}}.
Ins: employer plan (Aetna) ID {{HEALTH_PLAN:W204471856}}; copay assistance via account {{ACCOUNT:PAP-552091}}.
Husband {{NAME:Ernesto}} (cell {{PHONE:915-555-0127}}) to get refill reminders by text.
{{NAME:Kenji Watanabe}}, MD`,
  `OPERATIVE NOTE - ORTHOTOPIC LIVER TRANSPLANTATION
Date: {{DATE:2024-11-30}}   Incision 23:14, closure {{DATE:2024-12-01 05:52}}
Recipient: {{NAME:Brennan, Thomas}}   MRN {{MRN:00-31-77-402}}   MELD-Na 31 at match
Donor: DBD, 34 yo, UNOS {{ID:AGHK882}}, procured by {{FACILITY:Western Reserve Donor Network}} team at {{FACILITY:Mercy Saint Ignatius Hospital}}, {{LOCATION:Youngstown}}. CIT 6 h 10 min.
Surgeon: {{NAME:Kang, Hyun-woo}}, MD, FACS   Co-surgeon: {{NAME:Amara Nwachukwu}}, MD   Fellow: {{NAME:Tomasz Zielinski}}, MD
Anesthesia: {{NAME:Rafael de Souza}}, MD; TEE, VV bypass not used (piggyback).
Findings: small nodular cirrhotic liver, 1.1 kg, moderate ascites 4 L. Replaced R hepatic artery in donor - reconstructed to GDA branch on back table.
Procedure: piggyback caval anastomosis; portal vein end-to-end (portal flow 1.4 L/min); hepatic artery end-to-end at bifurcation; duct-to-duct biliary anastomosis, no T-tube. Doppler: good arterial and venous signals all lobes.
EBL 3,200 mL; cell saver 1,100 mL returned; 6 u PRBC, 8 FFP, 2 plt, cryo x2.
Dr. {{NAME:Kang}} present for the entire case. Partner {{NAME:Shauna Byrne}} updated by phone ({{PHONE:440-555-0109}}) at 06:10.
{{NAME:HWK}}/{{NAME:tz}}  D: {{DATE:12/01/2024 07:05}}`,
  `AFTER VISIT SUMMARY - {{NAME:Rosa Elvira Maldonado Cruz}}   DOB {{DATE:15/08/1949}} (as written on your ID)
{{FACILITY:Whitcombe University Medical Center}} - Cardiology Clinic, {{DATE:Wednesday, March 3rd, 2021}}
You saw: Dr. {{NAME:Lucia Zavala-Kim}}. Interpreter: {{NAME:Hector Ibarra}} (Spanish).
Why you came: swelling in your legs and short of breath (heart failure).
What changed today:
 - INCREASE furosemide (Lasix) to 40 mg two times a day for 3 days, then back to once a day.
 - STOP ibuprofen (Advil, Motrin). Use acetaminophen (Tylenol) 500 mg for pain.
 - Weigh yourself every morning. Call if up more than 3 lb in one day or 5 lb in a week.
Your next appointments:
 - Lab at {{FACILITY:Whitcombe Outpatient Lab}}, {{ADDRESS:3300 E. Cesar Chavez Ave, Suite 110}}, {{LOCATION:Los Angeles}} {{ZIP:90063}} - {{DATE:3/5/21}}
 - Heart failure nurse {{NAME:Graciela Tovar}}, RN - {{DATE:March 10, 2021}} at 1:30 PM
 - Echo - {{DATE:4/2/2021}}
Questions? Call the HF nurse line {{PHONE:(323) 555-0142, ext. 5}} Monday-Friday, 8-4:30. After hours {{PHONE:323-555-0100}}.
MyChart activation code: {{ID:7QXK-P2M4-RR9T}} (expires in 30 days)`,
  `ALS MULTIDISCIPLINARY CLINIC
Visit {{DATE:14.01.2025}}   Pt: {{NAME:Subramanian, Gopal K.}}   MRN {{MRN:00-26-43-081}}   Age 66
Dx: ALS, limb onset (R hand) {{DATE:Jun 2022}}; El Escorial clinically definite. On riluzole + edaravone ORS. Tofersen: SOD1 neg, not eligible.
ALSFRS-R 28 (was 33 in {{DATE:Sep 2024}}). FVC 54% predicted sitting, 41% supine; MIP -38.
Resp (Dr. {{NAME:Nadia Haddad}}): NIV nightly, ResMed Lumis 150 ST-A, serial {{DEVICE:23172044881}}; compliance 7.2 h/night. Cough assist started.
PT/OT: power wheelchair (Permobil M3, serial {{DEVICE:PM3-0418862}}) delivered by {{FACILITY:Lakeview Mobility & Rehab}}; home ramp installed at {{ADDRESS:19 Kaveri Ct}}, {{LOCATION:Edison}}, NJ {{ZIP:08820}}.
SLP: voice banking done; eye-gaze SGD trial (Tobii) pending insurance (Horizon member {{HEALTH_PLAN:3HZN88210457}}).
Nutrition: wt down 4 kg; PEG discussed, pt wants to wait - revisit {{DATE:Feb 25}}.
SW: wife {{NAME:Lalitha}} is caregiver; daughter {{NAME:Divya Subramanian-Cho}} ({{EMAIL:divya.sc@protonmail.com}}) manages appointments. ALS Association chapter referral.
Goals: full code for now; MOLST discussion started.
{{NAME:Ines Carvalho-Bergstrom}}, MD, Neuromuscular`,
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
Study date: {{DATE:08/21/2024}}   Accession: {{ID:ECH-2408-21377}}   Location: {{FACILITY:Bradley 4 North}} bedside
Patient: {{NAME:Harutyunyan, Anahit}}   MRN: {{MRN:00-05-19-884}}   Age: {{AGE:101}} years   BSA 1.41   BP 148/62   HR 88 (AF)
Referring: {{NAME:Sudha Ramachandran}}, MD    Sonographer: {{NAME:Keisha Boudreaux}}, RDCS    Interpreting: {{NAME:Nikhil Desai}}, MD
Indication: new AF, dyspnea.
Findings:
 LV: normal size, LVEF 55-60% (biplane 57%). Mild concentric LVH. Grade indeterminate diastolic function (AF).
 RV: normal size, TAPSE 1.7 cm, RVSP 48 mmHg.
 LA severely dilated (LAVI 58 mL/m2).
 Aortic valve: calcified trileaflet, mild AS (Vmax 2.6 m/s, MG 15 mmHg).
 Mitral: MAC, moderate MR. TR moderate.
 Pericardium: trivial effusion.
Conclusion: Preserved LVEF; moderate pulmonary hypertension; moderate MR/TR; biatrial enlargement.
Compared with {{DATE:Dec 2019}} study from {{FACILITY:Glendale Heart Institute}}: RVSP increased (was 34).
Electronically signed {{NAME:N. Desai}}, MD on {{DATE:8/21/2024 15:09}}`,
  `SLEEP MEDICINE - CPAP FOLLOW-UP (TELEHEALTH)
{{DATE:20240612}}   Pt: {{NAME:Antoniou, Panagiotis}} ("{{NAME:Pete}}"), 59M, MRN {{MRN:00-67-30-118}}
OSA dx by PSG {{DATE:1/2024}} (AHI 42, nadir SpO2 79%). Started APAP 6-14 cmH2O {{DATE:3/1/24}} via {{FACILITY:Aegean Medical Supply}}.
Download (AirView, device serial {{DEVICE:23221587340}}, modem IMEI {{DEVICE:354862117720445}}): 30/30 days used, 28 days >= 4 h (93%), avg 6.4 h. Residual AHI 3.1. 95th pct pressure 11.8. Leak 95th 22 L/min (acceptable).
Subjective: ESS 6 (was 15). Wife {{NAME:Katerina}} reports no snoring. Still drowsy driving long hauls? He drives for {{FACILITY:Hellenic Produce Distributors}}; CDL medical card due {{DATE:Aug 30}} - compliance letter prepared for DOT examiner.
Mask: AirFit F20 M, nasal bridge redness - switched to AirTouch F20.
Plan: continue APAP; resupply order faxed to DME at {{FAX:847-555-0174}}; RTC 1 yr. CDL# {{LICENSE:A550-4417-2209}} noted on letter per pt request.
{{NAME:Olumide Bankole}}, MD, Sleep Medicine`,
  `VA COMMUNITY CARE CONSULT - REFERRAL PACKET COVER
Consult #: {{ID:CC-662-25-004187}}     Referral #: {{ID:VA0071204419}}
Veteran: {{NAME:NGUYEN-O'CONNOR, LIAM K}}     Last4: {{SSN:N6620}}     DOB: {{DATE:Apr 1, 1951}}
Service requested: Radiation Oncology (SBRT, L lung nodule), community provider due to drive time > 60 min.
Sending facility: {{FACILITY:Marquette Ridge VAMC}} Office of Community Care, {{ADDRESS:500 Foch Blvd, Bldg 7}}, {{LOCATION:Marquette}}, MI {{ZIP:49855}}
Phone {{PHONE:906-555-0130 ext 44210}}     Fax {{FAX:906-555-0131}}
Receiving: {{FACILITY:Superior Shores Cancer Center}}, attn {{NAME:Bettina Halonen}}, scheduler     Fax {{FAX:906-555-0189}}
Veteran address: {{ADDRESS:N4417 County Road 550}}, {{LOCATION:Big Bay}}, MI {{ZIP:49808}}; cell {{PHONE:906-555-0112}}
Authorized: consult + SBRT 5 fx + 2 follow-up visits; valid {{DATE:3/1/2025}} through {{DATE:8/28/2025}}. SEOC v1.2.
Records enclosed: CT chest {{DATE:1/21/25}}, PET {{DATE:2/6/25}}, tumor board note {{DATE:2/13/25}}, PFTs.
Coordinator: {{NAME:Rhonda LaFave}}, RN, {{EMAIL:rhonda.lafave@va.gov}}
Note: Veteran is hard of hearing; please call wife {{NAME:Mai Nguyen}} first.`,
  `HOSPICE FACE-TO-FACE ENCOUNTER / RECERTIFICATION
{{FACILITY:Narragansett Bay Hospice}}     Benefit period 3 (start {{DATE:9/14/24}})
Patient: {{NAME:Delacroix, Marguerite}} ("{{NAME:Peg}}")   MR# {{MRN:NBH-20417}}   Medicare {{HEALTH_PLAN:2RT5-GH8-PW44}}
Encounter: {{DATE:September 10, 2024}}, home visit, {{ADDRESS:88 Ocean Ave, Apt 2}}, {{LOCATION:Newport}}, RI {{ZIP:02840}}
Hospice dx: Alzheimer disease, FAST 7c. Daughter describes her as "in her late {{AGE:90s}}"; baptismal record from {{LOCATION:Trois-Rivieres}} gives birth date {{DATE:12 mars 1926}} (age {{AGE:98}}).
Decline since last cert: wt 41.3 kg (from 44.0 kg at last cert), MAC 19.5 cm (21), now bedbound, < 6 words/day, 2 aspiration episodes, new stage 3 sacral PI. PPS 30%.
Caregivers: daughter {{NAME:Genevieve Delacroix-Walsh}} and aide from {{FACILITY:Seaside Companion Care}} 8h/day.
Meds: acetaminophen ATC, morphine concentrate 2.5 mg SL PRN, glycopyrrolate PRN, lorazepam 0.5 mg PRN.
I certify that this patient's prognosis is 6 months or less if the disease runs its normal course.
{{NAME:Theodore Akintola}}, MD, Hospice Medical Director     NPI {{LICENSE:1902846617}}     {{DATE:9/10/2024}}`,
  `phone msgs - cardiology resident box, {{DATE:Tue 5/13}}
0812 - mrs. {{NAME:jang}}? (pt {{NAME:Jang Myung-ok}}, mrn {{MRN:00-71-04-992}}) called re: new rx for metoprolol succ 25 - pharmacy ({{FACILITY:Koreatown Rx}}, {{PHONE:213-555-0171}}) says PA needed?? cb {{PHONE:213-555-0108}}. -> forwarded to PA team.
0930 - dr {{NAME:o'neill}} from ep wants f/u holter on mr. {{NAME:sokolov}} - order placed, holter serial {{DEVICE:HLT-3390418}} to be returned to rm 4112.
1045 - lab: critical K 6.4 on {{NAME:Abernathy-Liu, Grace}} (drawn {{DATE:5/13/25 1010}}, acc {{ID:C25-5513-0091}}). read back. told dr. {{NAME:castillo}}, repeat stat + ekg.
1300 - {{NAME:Arturo}} (son of {{NAME:Amparo Fuentes}}) wants callback re: discharge plan, mom is {{AGE:92}} and he can't take her home this wknd. cb {{PHONE:(562) 555-0150}} after 5 pm only.
1415 - {{FACILITY:Horizon Skilled Nursing}} (fax {{FAX:562-555-0151}}) needs signed PASRR + med rec for {{NAME:Fuentes}}.
1530 - pt {{NAME:Chowdhury}} no-show for {{DATE:5/12}} appt; letter sent to {{ADDRESS:PO Box 882}}.
- {{NAME:ln}}`,
  `CANCER GENETICS - COUNSELING NOTE
{{DATE:Oct 22 2024}}   Counselor: {{NAME:Sarah Abernathy-Quintero}}, MS, CGC   Supervising: {{NAME:Rajesh Venugopal}}, MD
Proband: {{NAME:Murphy, Aoife}}, 38F, MRN {{MRN:00-93-52-016}}; dx R breast IDC at 36 (ER+/HER2-).
Pedigree (3 generations):
 - Mother {{NAME:Nuala Murphy}} (nee {{NAME:Ni Bhriain}}), ovarian ca dx 51, d. 54; born {{LOCATION:Cork}}.
 - Maternal aunt {{NAME:Siobhan}} breast ca 44, alive, lives in {{LOCATION:Limerick}}.
 - Maternal grandmother d. {{AGE:96}} "old age," no cancer known.
 - Father {{NAME:Jose Luis Murphy-Arredondo}}, 67, prostate ca 61 (Gleason 3+4); his family from {{LOCATION:Oaxaca}}.
 - Sister {{NAME:Clodagh}} 34, unaffected. Brother 31, unaffected.
Ashkenazi Jewish ancestry: none reported.
Testing: 84-gene panel, in-network lab; sample sent to {{FACILITY:Pacific Genomics Laboratory}}, req {{ID:PGL-24-773018}}, kit barcode {{ID:KB0044718}}.
Result ({{DATE:11/19/24}}): BRCA1 c.5266dupC (pathogenic). Cascade testing letters for aunt, sister, brother; aunt to test in {{LOCATION:Dublin}} via her GP.
Discussed RRSO by 40, MRI screening, PARP inhibitor relevance.
Pt email for family letter: {{EMAIL:aoife.murphy.pt@icloud.com}}.`,
  `{{FACILITY:Whitcombe University Medical Center}}
Cancer Survivorship Program
{{ADDRESS:2100 Ridgeline Drive, 3rd Floor}} - {{LOCATION:White Plains}}, NY {{ZIP:10605}}
Tel {{PHONE:914-555-0161}} | Fax {{FAX:914-555-0162}} | {{URL:www.whitcombehealth.org/survivorship}}

{{DATE:13 May 2025}}

Dr. {{NAME:Marisol Echeverria}}
{{FACILITY:Hudson Bend Primary Care}}
{{ADDRESS:41 Maple St, Suite B}}, {{LOCATION:Peekskill}}, NY {{ZIP:10566}}

Re: {{NAME:Min-jun Kim}} (DOB {{DATE:11/2/1958}})

Dear Dr. {{NAME:Echeverria}},
Mr. {{NAME:Kim}} has completed treatment for stage IIIB EGFR-mutant lung adenocarcinoma (chemotherapy {{DATE:Dec 2023}} to {{DATE:Mar 2024}}, then osimertinib since {{DATE:6/1/2024}}, planned 3 years). He remains without evidence of disease on CT {{DATE:4/29/25}}.
Surveillance: CT chest every 6 months to year 3, then yearly. Watch for interstitial lung disease, QT prolongation, paronychia. Vaccines: RSV and pneumococcal given.
Late effects: grade 1 neuropathy has resolved; mild fatigue.
Please call me with any questions.
Sincerely,
{{NAME:Soo-ah Park}}, MD`,
  `MICU ADMISSION H&P
{{DATE:2025-01-19 03:40}}   Admitting: {{NAME:Oluwaseun Adeyemi}}, MD   Resident: {{NAME:Gabriela Ionescu}}, MD
Pt: {{NAME:Tesfaye, Yohannes}}, 36M, MRN {{MRN:00-84-66-239}}, transferred from {{FACILITY:Saint Columba Regional Medical Center}} ({{LOCATION:Hagerstown}}) for VV-ECMO evaluation.
HPI: Influenza A (H1N1) -> ARDS. Intubated {{DATE:1/16}} at OSH; P/F 62 on FiO2 1.0, PEEP 16, proned x2, cisatracurium. Transported by {{FACILITY:Mid-Atlantic Critical Care Transport}} (flight crew RN {{NAME:Brody Kessler}}).
Cannulated in our MICU at 02:55 by Dr. {{NAME:van der Berg}}: R IJ 27 Fr Crescent dual-lumen (lot 5512990). Cardiohelp console serial {{DEVICE:CH-90021774}}, HLS oxygenator. Flow 4.8 L/min, sweep 6, SpO2 90%.
Vent: lung-protective rest settings (PC 10/PEEP 10, RR 10).
PMH: none. Works as a nurse aide at {{FACILITY:Glenmore Assisted Living}}. Unvaccinated for flu.
Social: wife {{NAME:Rahel Girma}} ({{PHONE:301-555-0168}}) and 2 kids; brother {{NAME:Abel Tesfaye}} is driving from {{LOCATION:Silver Spring}}.
Plan: ECMO per protocol, heparin (anti-Xa 0.2-0.3), oseltamivir, vanc/cefepime pending cultures, daily CXR, family meeting {{DATE:1/20}} with Amharic interpreter.
Critical care time 95 min.`,
  `CT ABDOMEN AND PELVIS WITH IV CONTRAST
EXAM DATE: {{DATE:07/04/2024 19:22}}   ACCESSION: {{ID:CT24070411873}}   MRN: {{MRN:00-19-07-455}}
PATIENT: {{NAME:O'DONNELL, FRANCIS X.}}   ORDERING: {{NAME:AMIRA EL-SAYED}}, MD (ED)
CLINICAL INDICATION: 89-YEAR-OLD MALE WITH RLQ PAIN, FEVER, WBC 16.4.
TECHNIQUE: AXIAL CT FROM DOMES TO SYMPHYSIS AFTER 100 ML OMNIPAQUE 350. DLP 612 MGY-CM.
COMPARISON: CT {{DATE:03/15/2022}}.
FINDINGS:
APPENDIX DILATED TO 13 MM WITH PERIAPPENDICEAL FAT STRANDING AND A 2.1 CM RIM-ENHANCING COLLECTION, COMPATIBLE WITH PERFORATED APPENDICITIS WITH SMALL ABSCESS. NO FREE AIR.
LIVER, SPLEEN, PANCREAS UNREMARKABLE. CHOLELITHIASIS WITHOUT CHOLECYSTITIS. BILATERAL RENAL CYSTS (BOSNIAK I). AAA 3.4 CM INFRARENAL, UNCHANGED. DIVERTICULOSIS.
STABLE L3 COMPRESSION DEFORMITY. BILATERAL HIP ARTHROPLASTY (STRYKER) WITH STREAK ARTIFACT.
IMPRESSION: PERFORATED APPENDICITIS WITH 2.1 CM ABSCESS. FINDINGS DISCUSSED WITH DR. {{NAME:EL-SAYED}} AT 19:40 ON {{DATE:7/4/2024}} BY TELEPHONE.
READ BY: {{NAME:CONSTANTINE PAPADOPOULOS}}, MD   TRANSCRIBED: {{NAME:JLW}}   WORKSTATION {{IP:10.40.2.118}}`,
  `NEURO-ONCOLOGY CLINIC - SOAP
{{DATE:12/9/2024}}
S: {{NAME:Irina Volkova}} returns with husband {{NAME:Aleksei}}. Since re-resection ({{DATE:Oct 24, 2024}}, Dr. {{NAME:S. J. Yoon}}) she has had 2 focal seizures (L hand jerking, 1 min) - last {{DATE:Dec 2}}. Word-finding "off some days." Still using TTFields ~18 h/day (device {{DEVICE:OPT2-118834}}; device support rep {{NAME:Candace}} visits q2wk).
O: KPS 70. Alert, mild anomia, no drift. Incision healed. Labs: WBC 3.1, plt 98 (on lomustine C1, day 35).
MRI {{DATE:12/5/24}}: post-op cavity, thin enhancement, no new nodule.
A: recurrent IDH-wt GBM s/p re-resection, on lomustine; seizures breakthrough.
P: - levetiracetam 750 -> 1000 mg BID; add lacosamide if recurs.
   - hold lomustine C2 until plt > 100 (recheck {{DATE:12/16}}).
   - driving: no (state law 6 mo seizure-free); she had still been driving her Subaru - plate {{VEHICLE:KRW-5521}} registered to husband; discussed.
   - PT/OT home eval via {{FACILITY:Sound Shore Visiting Nurses}}.
Pt ph {{PHONE:914-555-0149}}. Next visit {{DATE:1/6/25}}.
{{NAME:KA}} - {{NAME:Kwame Asante}}, MD`,
  `ADMISSION MEDICATION RECONCILIATION (PHARMACY)
{{DATE:08/02/2024}}   Pt: {{NAME:Petrov, Mikhail}}   MRN {{MRN:00-40-81-623}}   Age {{AGE:90}}   Wt 62 kg
Sources: pt (poor historian), fill history via Surescripts, {{FACILITY:Brighton Beach Pharmacy}} ({{PHONE:718-555-0114}}, RPh {{NAME:Alla Kogan}}), daughter-in-law {{NAME:Svetlana Petrova}} ({{PHONE:718-555-0197}}) who fills his pillbox.
Home meds verified:
 1. apixaban 2.5 mg BID (age >= 80 + wt <= 60? wt 62, Cr 1.6 -> dose appropriate) - prescriber {{NAME:Leonid Gurevich}}, MD (DEA {{LICENSE:BG4471052}})
 2. metoprolol tartrate 25 mg BID
 3. tamsulosin 0.4 mg qhs
 4. donepezil 10 mg qhs
 5. Corvalol (phenobarbital-containing OTC from {{LOCATION:Kyiv}}, brought by relatives) ~30 drops PRN sleep - NOT on list, flagged to team (Beers, fall risk)
 6. oxycodone 5 mg q6h PRN - last fill {{DATE:7/18/24}} #60, prescriber {{NAME:Arkady Feldman}}, DO, PDMP reviewed, no other prescribers.
Discrepancy: admission orders had metoprolol succinate 100 mg daily (old dose from {{DATE:2022-09}}) - corrected.
Pt's home: {{ADDRESS:3100 Ocean Pkwy, Apt 12K}}, {{LOCATION:Brooklyn}} {{ZIP:11235}}.
{{NAME:Haruto Inoue}}, PharmD`,
  `PUBLIC SAFETY INCIDENT REPORT - ELOPEMENT (CONFIDENTIAL)
Incident #: {{ID:PS-2025-00342}}   Date/time reported: {{DATE:03/22/2025 21:05}}
Location: {{FACILITY:Kessler 5}} (med-surg), room 531
Patient: {{NAME:Donnelly, Raymond}} ("{{NAME:Ray}}"), MRN {{MRN:00-11-38-706}}, {{AGE:91}} y/o, delirium, on 1:1 sitter order (sitter on break 20:40-20:55).
Found missing at 20:52 by RN {{NAME:Farah Siddiqui}}. Code Amber paged. Camera P3-017 shows pt leaving via parking garage P3 level 2 at 20:49 in hospital gown.
Pt located 21:31 sitting in his own vehicle (1998 Buick LeSabre, tan, MA plate {{VEHICLE:6RD 119}}, VIN {{VEHICLE:1G4HP52K4WH507731}}) which wife had parked there earlier; keys were in his coat. Unharmed; returned to unit by officers {{NAME:J. Baptiste}} (badge {{ID:4418}}) and {{NAME:M. Kowalski}} (badge {{ID:4502}}).
Notified: Dr. {{NAME:Ha-eun Seo}} (covering), nursing supervisor {{NAME:Diane Fortier}}, wife {{NAME:Kathleen Donnelly}} at {{PHONE:781-555-0185}}. Wife agreed to take keys home.
Follow-up: sitter break coverage reviewed; car flagged for no exit at gate.
Reported by Sgt. {{NAME:Marcus Bellamy}}, Public Safety, ext. {{PHONE:7-2200}}`,
  `GENERAL SURGERY CLINIC - POST-OP VISIT
Date: {{DATE:June 5th 2024}}   Surgeon: {{NAME:Rohan Mehta-Larsen}}, MD
Pt: {{NAME:Salazar, Guillermo}}, 51M, MRN {{MRN:00-77-12-540}}
s/p laparoscopic cholecystectomy {{DATE:5/22/24}} for acute cholecystitis. Path: chronic and acute cholecystitis, no malignancy. Doing well: incisions healing, no drainage, tolerating diet, BMs normal, off oxycodone since POD 4.
Exam: afebrile, umbilical port site with small seroma, no erythema. Murphy sign absent.
Work: he is a forklift operator at {{FACILITY:Valle Verde Cold Storage}}; injury not work-related, but employer requests note. Return to work with 20 lb lifting limit x 2 wks then full duty on {{DATE:6/19/24}}. Short-term disability paperwork via employer HR ({{NAME:Janelle Ortiz}}, fax {{FAX:559-555-0128}}); claim ref {{ACCOUNT:STD-24-0088152}}.
Wife {{NAME:Yesenia}} asked about his hernia (small umbilical, reducible) - repair later if symptomatic.
Plan: PRN follow-up. Forms completed and faxed {{DATE:6/5/24}}.
{{NAME:R. Mehta-Larsen}}, MD / scribe {{NAME:Tatiana Ruiz}}`,
  `[**{{FACILITY:Kessler-Albright Hospital}}**] RADIOLOGY
[**{{DATE:2112-6-14}}**] 4:18 PM
CHEST (PORTABLE AP)                                             Clip # [**{{ID:4402917}}**]
Reason: ? PTX after R IJ line placement
Admitting Diagnosis: SEPSIS
______________________________________________________________________________
[**{{FACILITY:Kessler-Albright}}**] MEDICAL CONDITION:
  [**{{AGE:94}}**] year old woman with urosepsis, new R IJ CVL
REASON FOR THIS EXAMINATION:
  confirm line placement, eval for PTX
______________________________________________________________________________
FINAL REPORT
HISTORY: [**{{AGE:94}}**]-year-old woman with new right IJ central line.
COMPARISON: [**{{DATE:2112-6-12}}**].
FINDINGS: Right IJ catheter terminates in the low SVC. No pneumothorax. Heart size top normal. Mild vascular congestion, small bilateral effusions, slightly increased. Left basilar atelectasis. Pacemaker generator (left chest) with leads in RA and RV, unchanged.
IMPRESSION: Line in good position, no PTX. Mild CHF.
Findings posted to the ICU team's board; d/w Dr. [**{{NAME:Kaminski}}**] at 4:35 PM.
DR. [**{{NAME:Liesel Hartmann}}**]
DR. [**{{NAME:Yusuf Olawale}}**]        Approved: [**{{DATE:Fri 2112-6-14}}**] 5:02 PM`,
  `NEPHROLOGY - TRANSPLANT EVALUATION (OUTPATIENT)
Seen {{DATE:2/19/2025}} at {{FACILITY:Whitcombe Kidney Center}}, accompanied by daughter.
Pt: {{NAME:Manalo, Crisanto B.}}, 63M, MRN {{MRN:00-52-36-871}}, ESRD 2/2 DM nephropathy, on in-center HD MWF at {{FACILITY:Sierra Pacific Dialysis - Vallejo}} since {{DATE:10/2021}} (dialysis start date for waitlist time).
Access: L brachiocephalic AVF created {{DATE:Aug 2021}} by Dr. {{NAME:Reinholt}}; good thrill.
Cardiac: stress echo {{DATE:1/7/25}} negative; cath not needed. Prior PCI (2018).
ID: HepB sAb 8 (booster series), HIV/HCV neg, QuantiFERON neg.
Potential living donors: daughter {{NAME:Kristine Manalo-Yu}} (32, O+, same as pt) and nephew {{NAME:Jomar de Guzman}} (27). Both registered via donor portal {{URL:https://livingdonor.whitcombehealth.org/ref/MANALO-2025}}.
Insurance: Medicare A/B ({{HEALTH_PLAN:6PJ3-XK9-TT17}}) + Medi-Cal secondary {{HEALTH_PLAN:91883044F}}.
Impression: suitable candidate; list when workup complete. BMI 29.
Daughter's phone {{PHONE:707-555-0173}}; pt's {{PHONE:707-555-0120}}. Tagalog interpreter not needed.
{{NAME:Kenji Watanabe}}, MD`,
  `OUTPATIENT PSYCHIATRY - MEDICATION MANAGEMENT (30 min)
{{DATE:11/18/24}}   Clinician: {{NAME:Yuri Belenky}}, MD
Pt: {{NAME:Kostas Papadakis}}, 34M, MRN {{MRN:A0992176}}, f/u after inpatient stay {{DATE:10/27-11/8/24}}.
Mood "level." Sleeping 7 h. Back at work part-time at family restaurant ({{FACILITY:Aegean Grill}}, {{LOCATION:Lowell}}). No spending sprees; mother {{NAME:Eleni}} now co-signer on accounts. Attending group at {{FACILITY:Greater Lowell DBSA chapter}} Thursdays.
Meds: lithium carbonate ER 450 mg BID (level {{DATE:11/15}} = 0.8 mEq/L), olanzapine reduced to 5 mg qhs (wt +3 kg). TSH 2.1, Cr 0.9.
MSE: euthymic, linear, no SI/HI, insight improving ("I get it now").
Risk: low acute risk. Safety plan updated; crisis line {{PHONE:978-555-0100}} (our after-hours).
Driving: license suspended pending court date {{DATE:December 4th}}; car still impounded. Court case {{ID:2411CR004417}}.
Plan: continue; lithium level + BMP q3 months; RTC 4 wks. Portal msg OK at {{EMAIL:kpapadakis.chef@gmail.com}}.
{{NAME:Y. Belenky}}, MD`,
  `CARDIAC REHABILITATION - PHASE II INTAKE
{{DATE:Mon, 17 Mar 2025}}   Program: {{FACILITY:Whitcombe Heart & Vascular}} Cardiac Rehab, {{ADDRESS:55 Hospital Rd, Bldg C}}, {{LOCATION:Valhalla}}
Pt: {{NAME:Chakraborty, Sunil}}, MRN {{MRN:00-58-03-917}}; NSTEMI s/p LAD DES {{DATE:3/11/25}}, staged RCA PCI {{DATE:3/25/25}} pending.
Referring: {{NAME:Deepak Malhotra}}, MD. PCP: {{NAME:Anjali Bhattacharya}}, MD.
6MWT 392 m, Borg 13, no angina. Resting HR 64, BP 128/76. Duke Activity Status Index 30.
ICD (Resonate EL {{DEVICE:RES-648802}}): HR zone VF 200; exercise target HR capped at 120 - confirmed with EP.
Home exercise tracking: pt's Fitbit Charge 6 (device ID {{DEVICE:FB-9C2E41A77}}) linked to program app.
Risk factors: DM2 (A1c 7.9), LDL 112 -> on atorvastatin 80, former smoker (bidi, quit 2001 when he moved from {{LOCATION:Kolkata}}).
Psychosocial: PHQ-9 7; wife {{NAME:Rupa}} attending education sessions. Son {{NAME:Arjun}} will drive ({{PHONE:732-555-0137}}).
Plan: 36 sessions, 3x/week, Tu/Th/Sa, start {{DATE:3/20}}. Insurance: Medicare {{HEALTH_PLAN:8HW1-NK4-YT60}}.
{{NAME:Efua Owusu-Ansah}}, MS, ACSM-CEP   {{NAME:Greta Lindholm}}, RN`,
  `micu night signout {{DATE:4/3}} -- from {{NAME:gianna}} (day) to {{NAME:ruben}} (night), pgr {{PHONE:7781}}
bed 1 - {{NAME:abramov, lev}} 72m, septic shock (e. coli bacteremia), levo 0.08 weaning. if map < 60 restart vaso. daughter {{NAME:marina}} calling q4h, ok to update.
bed 3 - {{NAME:de la cruz, rodrigo}} ("{{NAME:jun}}") pod 9 whipple, transferred from {{FACILITY:carrow 5}} for leak + afib rvr. amio gtt. hpb team ({{NAME:tanaka-whitfield}}) aware, ir drain placed today. wife {{NAME:maricel}} at bedside overnight - ok.
bed 4 - {{NAME:ng, winston}} {{AGE:93}}m, cmo, family ({{NAME:grace}}, {{NAME:alvin}}) arriving from {{LOCATION:vancouver}} ~2am. pls let them in thru ED entrance.
bed 6 - {{NAME:o'shaughnessy, bridget}} 58f, dka, insulin gtt, ag closed at 1800 - transition to sq w/ overlap when eating. endo (dr. {{NAME:bashir}}) rec glargine 18u.
bed 9 - {{NAME:mekonnen, hirut}} 44f, tb r/o, airborne iso, afb x3 pending (#2 sent). husband {{NAME:tewodros}} cell {{PHONE:202-555-0116}}.
to do: am labs, f/u bcx on {{NAME:abramov}}, consent for picc in {{NAME:o'shaughnessy}} (pt can sign).`,
  `PRE-ANESTHESIA EVALUATION
Date: {{DATE:2024.10.07}}   Procedure: robotic-assisted radical prostatectomy ({{DATE:10/14/24}}), Surgeon: Dr. {{NAME:Olufemi Adebayo-Stern}}
Pt: {{NAME:Yoon, Sang-hoon}} ("{{NAME:Sam}}"), 69M, MRN {{MRN:00-09-83-527}}, Ht 170 cm Wt 81 kg, BMI 28
PMH: HTN, OSA on CPAP (brings own, serial {{DEVICE:22231904551}}), prior PE 2019 (completed 6 mo apixaban), GERD. Prostate adenoca Gleason 4+3, PSA 11.2.
Anesthetic hx: PONV after hernia repair at {{FACILITY:Palisades Ambulatory Surgery}} in {{LOCATION:Fort Lee}}; brother had malignant hyperthermia? - pt unsure, brother {{NAME:Yoon Sang-cheol}} lives in {{LOCATION:Busan}}; will call him ({{PHONE:+82 51 555 0142}}).
Airway: Mallampati III, TMD 6 cm, full dentition with bridge #8-#10, neck ROM full. STOP-BANG 6.
Labs: Hgb 14.2, Cr 1.0, K 4.1. ECG NSR, 1st-degree AVB (PR 224). Echo not indicated (METs > 4).
Plan: GETA, steep Trendelenburg - OGT, padded, eye protection; TIVA given PONV/MH question (avoid volatiles + sux until clarified); post-op CPAP in PACU.
ASA III. Consent signed.
{{NAME:Ivana Novak-Reddy}}, MD, Anesthesiology   {{DATE:10/07/2024 13:15}}`,
  `ELECTROENCEPHALOGRAM REPORT
EEG #: {{ID:E25-0311}}    Date: {{DATE:Mar. 3, 2025}}    Duration: 24 h (continuous video-EEG)
Patient: {{NAME:Reddy, Srinivas}}   MRN: {{MRN:00-36-05-778}}   Age: 47   Location: {{FACILITY:Kessler 8}}-NSICU bed 6
Referring: {{NAME:Rosalind Achterberg}}, MD    Technologist: {{NAME:Lamar Whitfield}}, R. EEG T.    Reader: {{NAME:Elif Kaya-Morgan}}, MD
Indication: encephalopathy after cardiac arrest {{DATE:3/1/25}} (VF, ROSC 18 min); TTM 36 C.
Medications: propofol 30 mcg/kg/min (weaned off at 0900), fentanyl, levetiracetam 1 g BID.
Background: continuous, diffuse 4-6 Hz theta/delta slowing, reactive to noxious stimulation (eyelid opening, increased amplitude). No burst suppression. No sleep architecture.
Epileptiform: rare L frontal sharp waves. No electrographic seizures. No periodic discharges. Myoclonus on video not time-locked to EEG.
Impression: moderate diffuse encephalopathy; reactive, continuous background after propofol wean - favorable prognostic features. No seizures.
Recording system {{DEVICE:NK-EEG1200-41187}}, data archived to {{IP:10.12.90.7}}.
{{NAME:E. Kaya-Morgan}}, MD   {{DATE:03/04/2025 10:20}}`,
  `DISCHARGE SUMMARY - {{FACILITY:MARQUETTE RIDGE VA MEDICAL CENTER}}
PATIENT: {{NAME:GARZA, RAUL J}} ("{{NAME:CHUY}}")   {{SSN:G1180}}   DOB {{DATE:12-JUL-1948}}
ADMIT {{DATE:04-MAR-2025}}   DISCH {{DATE:11-MAR-2025}}   WARD {{FACILITY:KOWALSKI 5 EAST}}
ATTENDING: {{NAME:HALLORAN,BRIAN P}} MD
DX: 1. DECOMPENSATED HFREF (EF 25%) 2. AGENT ORANGE-ASSOCIATED ISCHEMIC HD 3. PTSD
COURSE: 76 YO VIETNAM VETERAN (ARMY, {{LOCATION:DA NANG}} 1968-69) ADMITTED WITH 12 LB WT GAIN. IV DIURESIS, NET -6.8 L. STARTED SACUBITRIL-VALSARTAN 24/26, DAPAGLIFLOZIN 10. CARDIOMEMS DISCUSSED - DECLINED.
HOME: {{ADDRESS:RR 1 BOX 47A}}, {{LOCATION:HEBBRONVILLE}}, TX {{ZIP:78361}} (MAIL TO {{ADDRESS:PO BOX 1209}}, SAME TOWN). NO LANDLINE; CELL {{PHONE:361-555-0128}}. WIFE {{NAME:ESPERANZA}} PRIMARY CAREGIVER.
TELEHEALTH: HOME TELEHEALTH SCALE/BP CUFF ISSUED, HUB SERIAL {{DEVICE:HT-770412-CX}}. CARE COORDINATOR {{NAME:DOLORES ALANIZ}}, RN, {{PHONE:361-555-0199 X3}}.
F/U: HF CLINIC {{DATE:3/18/25}} VVC; PCP DR. {{NAME:MORALES-TREVINO}} AT {{FACILITY:LAREDO CBOC}} {{DATE:MARCH 25}}.
TRAVEL: BENEFICIARY TRAVEL ELIGIBLE (SC 70%); VTS VAN.
/ES/ {{NAME:BRIAN P HALLORAN}}, MD  {{DATE:03/11/2025@15:22}}`,
  `Patient Portal Message
From: {{NAME:Alemu, Birtukan}}   Sent {{DATE:9/2/2024 11:03 PM}}   To: Cardiology - Dr. {{NAME:Kavitha Sundaram}}
Subject: my father heart machine

Hello doctor. I am {{NAME:Birtukan}} the daughter of Ato {{NAME:Alemu Desta}} he is {{AGE:95}} year. Yesterday his pacemaker box at home (the white one, number on back {{DEVICE:24A-771902}}) make beeping and light is orange. We live now at {{ADDRESS:1822 Benning Rd NE, apt 304}} {{LOCATION:Washington}} DC {{ZIP:20002}}, before we was in {{LOCATION:Bahir Dar}}. He say no chest pain but tired more. His pacemaker is St Jude, card say serial {{DEVICE:7719284}}, put in at {{FACILITY:Tikur Abay Hospital}} in {{LOCATION:Addis Ababa}} on {{DATE:Ginbot 12, 2011}} (Ethiopian calendar) I dont know english date sorry. Please can somebody call me {{PHONE:202 555 0194}} I work nights at {{FACILITY:Union Station Parking}} so after 2pm is better. Thank you God bless.

Reply {{DATE:9/3/24 8:20 AM}}, {{NAME:Noor Haddad}}, RN (Device Clinic): Thank you. An orange light usually means the monitor lost connection. Please unplug it for 10 seconds and plug back in near his bed. I will call you after 2 pm today and schedule a check. Interpreter (Amharic) will be on the call.`,
  `CLINICAL RESEARCH NOTE - SCREENING VISIT
Study: Phase 3 randomized trial, adjuvant therapy in resected stage III melanoma (NCT06112239; sponsor protocol MEL-3301)
Site: {{FACILITY:Whitcombe University Medical Center}} (site 014)    PI: {{NAME:Alexandros Vlachos}}, MD
Subject: {{NAME:Katsaros, Ioanna}}   MRN {{MRN:00-62-70-315}}   Screening # {{ID:014-S-0087}}
Date: {{DATE:the 3rd of March, 2025}}
Consent: ICF v4.0 ({{DATE:12-Jan-2025}}) signed at 09:12 by subject; witnessed by {{NAME:Marco Bellucci}}, CRC. Copy given. Greek-language short form not needed (fluent English).
Eligibility: wide excision + SLNB {{DATE:1/22/25}} (Dr. {{NAME:Hwang}}), Breslow 3.4 mm, ulcerated, SLN 2/3 positive -> stage IIIC (AJCC 8). BRAF V600E mutated. ECOG 0. No autoimmune disease. LDH 188.
Screening labs drawn, kit {{ID:LBK-0087-SCR}}; PET/CT {{DATE:3/5/25}}. Randomization expected by {{DATE:3/12}}.
Subject reimbursement card issued (ClinCard {{ACCOUNT:4417-2090-3318}}).
Emergency contact: husband {{NAME:Stelios Katsaros}} {{PHONE:914-555-0115}}.
{{NAME:M. Bellucci}}, CRC   ext. {{PHONE:2-7740}}`,
  `FAX REFERRAL - CARDIOLOGY  (handwritten form, transcribed)
to: {{FACILITY:Whitcombe Heart & Vascular}}  fax# {{FAX:914-555-0190}}
from: {{FACILITY:Yonkers Family Medcine}} (sic)  ph {{PHONE:914 555 0177}}  fax {{FAX:914 555 0178}}
date: {{DATE:3/3}}   urgent? Y
pt name: {{NAME:Cruz, Bienvenido}}   dob {{DATE:9-9-51}}   ph {{PHONE:(914)555-0132}}
addr: {{ADDRESS:112 Ashburton Av apt 5c}}, {{LOCATION:Yonkers}} {{ZIP:10701}}
ins: Fidelis Medicaid mngd care # {{HEALTH_PLAN:FC40019823}}
reason: new LBBB on ekg, exertional cp x2wk, pt has had cath at {{FACILITY:St. Joseph Riverdale}}?? 2017 - no records.
meds: amlodipine 10, atorva 40, ASA 81. allergies: NKDA
referring MD: {{NAME:Luz M. Ferreira}} MD  NPI {{LICENSE:1720394477}}
pls call pt directly, spanish speaking, or daughter {{NAME:Yahaira}} {{PHONE:914-555-0145}}
---- received {{DATE:03/03/2025 15:44}} by {{NAME:dmb}}; triaged to Dr. {{NAME:Desai}} -> appt {{DATE:3/6/25}}`,
  `RELEASE OF INFORMATION - REQUEST LOG
Request #: {{ID:ROI-25-006613}}   Received: {{DATE:Jan 27, 2025}}   Due: {{DATE:Feb 26, 2025}}
Requester: {{NAME:Patrick J. Cullinane}}, Esq., {{FACILITY:Cullinane & Oyelowo LLP}}, {{ADDRESS:600 Superior Ave E, Ste 1900}}, {{LOCATION:Cleveland}}, OH {{ZIP:44114}}; fax {{FAX:216-555-0145}}; {{EMAIL:pcullinane@cullinaneoyelowo.com}}
Patient: {{NAME:Brennan, Thomas}}   DOB {{DATE:08/30/1961}}   MRN {{MRN:00-31-77-402}}
Authorization: HIPAA-compliant, signed by patient {{DATE:1/20/2025}}; purpose: personal injury claim (MVC {{DATE:10/2/2023}}, claim {{ACCOUNT:PI-23-4471906}}).
Records requested: ED visit {{DATE:10/2/2023}}, imaging, billing statements for account {{ACCOUNT:7710098234}}.
Excluded per authorization: substance use treatment records (42 CFR Part 2), psychotherapy notes.
Processed by {{NAME:Keiko Anderson-Mori}}, RHIT; 214 pages released via secure link {{URL:https://roi.whitcombehealth.org/d/8f3K2wQ}} on {{DATE:2/11/2025}}; invoice {{ACCOUNT:INV-0044187}} ($ 74.90).`,
  `DEVICE CLINIC - PACEMAKER INTERROGATION
Date: {{DATE:November 3rd, 2024}}   Pt: {{NAME:Harutyunyan, Anahit}}   MRN {{MRN:00-05-19-884}}   Age {{AGE:101}}
Device: Abbott Assurity MRI PM2272 dual-chamber, SN {{DEVICE:8821047}}, implanted {{DATE:9/2/2024}} ({{FACILITY:Glendale Heart Institute}}, Dr. {{NAME:Aram Petrosyan}}).
Leads: RA Tendril STS 2088TC/52 SN {{DEVICE:CBM114902}}; RV Tendril STS 2088TC/58 SN {{DEVICE:CBM117733}}.
Battery: 10.8 yr. Mode DDDR 60/120.
Measurements: RA P 2.9 mV, imp 460 ohm, threshold 0.75 V @ 0.4 ms. RV R 11 mV, imp 580 ohm, threshold 0.5 V @ 0.4 ms.
Pacing: AP 78%, VP 4%. AMS episodes: 14 (AF), longest 6 h {{DATE:10/19/24}}; burden 3.1%. No VHR.
Remote: Merlin.net transmitter paired, patient ID {{ID:MN-5520871}}.
Programming: no changes. On apixaban 2.5 BID (age, wt 44 kg).
Granddaughter {{NAME:Lilit Sargsyan}} interpreted (Armenian); her phone {{PHONE:818-555-0138}}. Pt lives with her at {{ADDRESS:1130 E. Wilson Ave, #9}}, {{LOCATION:Glendale}}, CA {{ZIP:91206}}.
Next in-clinic check {{DATE:May 2025}}; remote q91d.
{{NAME:Noor Haddad}}, RN, CCDS / reviewed {{NAME:K. Sundaram}}, MD`,
  `DEATH NOTE / PRONOUNCEMENT
Called by RN {{NAME:Marisol Ybarra}} to {{FACILITY:Bradley 4 North}} rm 418 at 03:05 for absence of respirations.
Patient: {{NAME:Kaminski-Oduya, Stanislawa}}   MRN {{MRN:00-01-62-993}}   {{AGE:99}} yo F, DNR/DNI, comfort measures since {{DATE:12/28}}.
Exam: no response to verbal or tactile stimuli; pupils fixed and dilated; no breath sounds x 1 min; no heart sounds x 1 min; no carotid pulse.
Time of death: {{DATE:12/30/2023 03:11}}.
Family: grandson {{NAME:Tomasz Oduya}} present at bedside; son {{NAME:Jerzy Kaminski}} notified by phone ({{PHONE:414-555-0192}}) at 03:20 - will call funeral home ({{FACILITY:Zielinski-Heritage Funeral Home}}, {{PHONE:414-555-0159}}).
Medical examiner: not an ME case (expected death, no trauma); ME intake line informed per county policy, reference {{ID:ME-23-12-04419}}.
Autopsy: declined. Organ/tissue: {{FACILITY:Lakeshore Gift of Life}} referral {{ID:WDN-231230-077}} - not a candidate (age).
Attending Dr. {{NAME:Sudha Ramachandran}} notified.
{{NAME:Chidi Eze-Lindqvist}}, MD (night hospitalist)   {{DATE:12/30/2023 03:32}}`,
  `CHILD & ADOLESCENT PSYCH - ED CONSULT
{{DATE:4/29/2025}}  Pt: {{NAME:Bautista, Andrea Mae}} ("{{NAME:Andi}}"), 15F, MRN {{MRN:00-95-40-276}}
Brought by mother {{NAME:Josephine Bautista}} after school counselor (Mr. {{NAME:Haverford}}) at {{FACILITY:Ridgemont High School}} found self-harm posts on her account ({{URL:instagram.com/andi.b.sketches}}). Superficial forearm cuts x ~10, healing.
HPI: 3 mo low mood after grandfather's death (her Lolo {{NAME:Arnulfo}}, age {{AGE:91}}). Bullying in group chat. Passive SI, no plan, no prior attempts. No access to firearms (father's hunting rifle moved to uncle's house in {{LOCATION:Vallejo}} today).
MSE: tearful, cooperative, future-oriented (wants to go to art camp this summer).
C-SSRS: passive ideation, no behavior. PHQ-A 17.
Plan: safety plan with mom; outpatient therapy at {{FACILITY:Bay Area Youth Wellness}} intake {{DATE:5/1}}; start sertraline 25 mg via PCP. Means restriction counseled (meds locked).
Mother's cell {{PHONE:707-555-0165}}; dad {{NAME:Rommel}} {{PHONE:707-555-0166}}.
{{NAME:Helena Sarkissian}}, MD, CAP fellow`,
  `LUNG TRANSPLANT CLINIC
{{DATE:2025-05-06}}   Pt: {{NAME:Kuznetsova, Valentina Sergeevna}}, 61F, MRN {{MRN:00-27-14-608}}
Bilateral lung tx {{DATE:Aug. 14, 2023}} for IPF. Seen with husband {{NAME:Oleg}}.
Home spirometry (Spirotel, serial {{DEVICE:SPT-2210-48817}}, uploads from home IP {{IP:24.61.200.93}}): FEV1 trend 2.21 -> 1.94 L over 3 wk (-12%), prompting visit.
Sx: dry cough, mild DOE on stairs, no fever. Grandson had URI.
Exam: SpO2 95% RA, fine crackles R base.
Clinic PFT: FEV1 1.90 L (best post-tx 2.30, 83%) -> suspect CLAD vs infection. Respiratory viral panel +rhinovirus.
CT chest: new mild GGO RLL, no air trapping.
Plan: bronchoscopy with BAL + TBBx {{DATE:5/8/25}}; hold azithro change until BAL; tacrolimus level 9.4 (goal 8-10). If ACR - pulse methylpred.
Lives {{ADDRESS:77 Birch Hollow Rd}}, {{LOCATION:Stow}}, OH {{ZIP:44224}}; daughter {{NAME:Yulia Brandt}} (works at {{FACILITY:Summit Regional Laboratories}}) drives her; {{PHONE:330-555-0147}}.
Coordinator: {{NAME:Natasha Pruitt}}, RN.  MD: {{NAME:Arvind Gopalakrishnan}}, MD.`,
  `TRAUMA SURGERY - TERTIARY SURVEY (HD 2)
{{DATE:Sat 7/6/2024}}
Pt: {{NAME:Keane, Padraig}} ("{{NAME:Paddy}}"), 27M, MRN {{MRN:00-99-04-112}}, level 1 activation {{DATE:7/5/24 01:18}}.
Mechanism: motorcyclist vs SUV at {{ADDRESS:Lorain Ave & W 117th St}}, helmeted. Bike: 2021 Kawasaki Ninja, OH plate {{VEHICLE:HQZ 77}}, VIN {{VEHICLE:JKAEXKJ19MDA40221}} (per police, report {{ID:CPD-24-071899}}). SUV driver uninjured.
Injuries: L femoral shaft fx (IMN {{DATE:7/5}}, Dr. {{NAME:Obi-Ferraro}}), L 6-8 rib fx, small L PTX (observed), grade II splenic lac (nonop), L scaphoid fx found on tertiary survey (missed initially) - splint, hand f/u.
Neuro: GCS 15, CT head/C-spine neg.
Social: lives with girlfriend {{NAME:Shannon Cleary}} ({{PHONE:216-555-0184}}) at {{ADDRESS:3310 W. 105th St, Up}}, {{LOCATION:Cleveland}}; works at {{FACILITY:Cuyahoga Bend Brewing}}; EtOH 0.
Plan: IS, multimodal analgesia, Hgb q12h x24h, ortho/hand f/u, PT; OT for wrist.
{{NAME:Zainab Al-Hashimi}}, MD (trauma PGY-4) / {{NAME:Declan Murray}}, MD`,
  `HOME HEALTH REFERRAL - START OF CARE REQUEST
Referral date: {{DATE:10-01-2024}}   Agency: {{FACILITY:North Country Home Care}}   Intake fax {{FAX:518-555-0122}}
Patient: {{NAME:McGillicuddy, Padraig J.}}   DOB {{DATE:4/11/1931}}   Medicare {{HEALTH_PLAN:3QJ7-MM1-RX88}}
Address: {{ADDRESS:RR 3 Box 112}}, {{LOCATION:Tupper Lake}}, NY {{ZIP:12986}} -- 2.4 mi past the {{FACILITY:Faust General Store}}, green mailbox, gravel drive; gate code 4417#. Dog (friendly).
Phone: landline {{PHONE:518-555-0106}}; daughter {{NAME:Nora Flynn}} {{PHONE:518-555-0143}}.
Services: SN (post-TAVR {{DATE:9/24/24}} care, med teaching, no INR needed - on ASA/clopidogrel only), PT (gait, falls), HHA 2x/wk.
Homebound status: {{AGE:93}} yo, requires walker and assistance for all outdoor ambulation; leaving home is a taxing effort.
Face-to-face: {{DATE:9/30/24}} by {{NAME:Siobhan O'Neill}}, MD (cardiology).
Certifying physician: {{NAME:Brian Halloran}}, MD (PCP, VA-community) NPI {{LICENSE:1467203389}}.
Contact at VA: {{NAME:Rhonda LaFave}}, RN, {{PHONE:906-555-0130 ext 44211}}.`,
  `FINANCIAL COUNSELING NOTE
{{DATE:08/19/2024}}   Counselor: {{NAME:Beatriz Olmedo}}, CHAA
Guarantor/Patient: {{NAME:Nakashima-Flores, Daniel}}   MRN {{MRN:00-43-29-861}}   DOB {{DATE:02/02/1986}}
Accounts reviewed: HAR {{ACCOUNT:900311204}} (inpatient {{DATE:6/30-7/9/24}}, ruptured appendix + abscess drain) balance $41,880.12; HAR {{ACCOUNT:900318877}} (IR follow-up) $2,215.00.
Coverage: was on COBRA through {{DATE:5/31/24}} (terminated for nonpayment, prior UHC member ID {{HEALTH_PLAN:9281-004417}}); uninsured at admission.
Income: laid off from {{FACILITY:Redline Logistics}} in {{DATE:April 2024}}; household of 3; est. 180% FPL.
Actions: 1) Medicaid retro application (3-month lookback) submitted, case # {{ID:OH-JFS-24-8812093}}. 2) Hospital charity care application, 100% discount tier pending. 3) Payment plan hold placed so accounts are not sent to {{FACILITY:Allied Recovery Group}} (collections).
Pt prefers contact by text {{PHONE:216-555-0111}} or {{EMAIL:dnflores86@yahoo.com}}. Mailing: {{ADDRESS:2870 E. 116th St, Apt 2F}}, {{LOCATION:Cleveland}} {{ZIP:44120}}.
Follow-up {{DATE:9/3/24}}.`,
  `NURSING ADMISSION ASSESSMENT - {{FACILITY:LAURENT 7}} (SURGICAL ONCOLOGY)
ADMIT {{DATE:02/24/2025 16:40}}  FROM PACU
PT: {{NAME:NGUYEN-PARK, HELEN}}   MRN {{MRN:00-34-88-150}}   DOB {{DATE:07/07/1933}}   AGE {{AGE:91}}
PROCEDURE: R MODIFIED RADICAL MASTECTOMY (DR. {{NAME:AGUILAR-REYES}}/DR. {{NAME:FOLEY-NAKAMURA}})
ALLERGIES: CODEINE (N/V), LATEX (RASH)
LANGUAGE: ENGLISH/KOREAN. HEARING: HEARING AIDS BILAT (IN BAG).
VALUABLES: WEDDING RING (TAPED), CELL PHONE (IPHONE, IMEI {{DEVICE:353918104427716}}) - GIVEN TO SON. DENTURES UPPER.
CODE STATUS: DNR (MOLST ON FILE {{DATE:1/30/25}}).
FALL RISK: MORSE 55 - HIGH. BED ALARM ON. GRIPPER SOCKS.
SKIN: BRADEN 16. INTACT EXCEPT SURGICAL SITE; JP X2.
PAIN: 3/10. PCA NOT ORDERED; ACETAMINOPHEN + TRAMADOL PRN.
SUPPORT: SON {{NAME:DAVID PARK}} ({{PHONE:201-555-0131}}), DAUGHTER-IN-LAW {{NAME:SUNNY}}. LIVES AT {{FACILITY:PALISADE GARDENS SENIOR APARTMENTS}}, {{ADDRESS:400 SYLVAN AVE, #1207}}, {{LOCATION:ENGLEWOOD CLIFFS}}.
PREFERRED PHARMACY: {{FACILITY:PALISADE PHARMACY}}, {{PHONE:201-555-0170}}.
RN: {{NAME:CARMEN OSEI-BONSU}}  {{DATE:02/24/2025 17:25}}`,
  `EMPLOYEE HEALTH - BLOOD/BODY FLUID EXPOSURE
Date/time of exposure: {{DATE:Sept 12 2024 14:50}}   Reported 15:05
Employee: {{NAME:Joselito Macaraeg}}, PharmD   Employee ID {{ID:E0441802}}   Dept: Oncology Pharmacy
Exposure: percutaneous, 25G needle after pt subcutaneous injection in {{FACILITY:Laurent Infusion Center}} chair 12 - employee was assisting. Gloved. Wound washed 5 min.
Source patient: MRN {{MRN:00-71-30-224}} (name withheld in employee record), consented to testing {{DATE:9/12/24}}: HIV Ag/Ab neg, HCV Ab neg, HBsAg neg.
Employee: HBsAb 142 (immune), baseline HIV/HCV drawn (accession {{ID:EH24-09-1233}}).
PEP: not indicated (source negative).
Workers' comp: first report filed, claim {{ACCOUNT:WC-24-077129}}; TPA {{FACILITY:Keystone Risk Services}} adjuster {{NAME:Harold Pinsky}} ({{PHONE:610-555-0180 x4302}}).
Follow-up: none required given negative source; employee counseled. Incident report {{ID:RL-2024-18822}}.
Employee contact {{PHONE:914-555-0192}}.
{{NAME:Mary-Kate Donoghue}}, NP, Employee Health`,
  `STROKE CLINIC - TELENEUROLOGY FOLLOW-UP (VIDEO)
{{DATE:5/12/2025}} 13:00-13:25. Pt at home, {{LOCATION:Tucson}}; provider at {{FACILITY:Whitcombe University Medical Center}}. Session ID {{ID:VV-88120447}}; pt connection from {{IP:68.3.145.212}}.
Pt: {{NAME:Jose Luis Hernandez Ortega}}, MRN {{MRN:00-51-22-847}}, age {{AGE:90}}, 3 mo after R MCA stroke ({{DATE:2/11/25}}) s/p thrombectomy.
Wife {{NAME:Lupe}} and granddaughter {{NAME:Xochitl Hernandez}} present (Spanish, family interprets; pt declined professional interpreter).
Deficits: L arm 3/5, L leg 4/5, walks with hemi-walker. mRS 3. NIHSS 4. Mood: PHQ-2 negative.
Secondary prevention: apixaban 2.5 mg BID (started {{DATE:Feb 20}}), atorvastatin 80, BP 132/70 on home cuff. ILR not needed (AF known).
Rehab: outpatient PT/OT at {{FACILITY:Desert Sky Rehabilitation}} 2x/wk; driving - no.
Carbidopa-levodopa continued for Parkinson disease.
Plan: RTC 3 mo (video); carotid US not needed. Updated caregiver info - granddaughter {{PHONE:520-555-0126}}, {{EMAIL:xhernandez.rn@gmail.com}}.
{{NAME:E. Nakamura-Lopez}}, MD, Vascular Neurology`,
  `PALLIATIVE CARE CONSULT
{{DATE:January 30, 2025}}   Requesting: Dr. {{NAME:Ximena Aguilar-Reyes}} (surg onc)   Consultant: {{NAME:Gustavo Ochoa-Lindgren}}, MD
Pt: {{NAME:Zamora de Leon, Maria Concepcion}} ("{{NAME:Conchita}}"), {{AGE:90}} years of age, MRN {{MRN:00-16-73-289}}, metastatic gastric adenocarcinoma with malignant SBO.
Symptoms: nausea 8/10, colicky pain 6/10, venting G-tube placed by IR {{DATE:1/28}} - now nausea 2/10. Octreotide 100 mcg SC TID.
Goals: Pt (Spanish, interpreter {{NAME:Alma Rios}} ID {{ID:INT-3312}}) wants to return to {{LOCATION:Chihuahua}} to die near her sisters; family discussing feasibility of air ambulance. Son {{NAME:Fernando Zamora}} ({{PHONE:915-555-0160}}), daughter {{NAME:Patricia Zamora-Lujan}} in {{LOCATION:El Paso}}.
Advance directive: designates {{NAME:Fernando}}; DNR confirmed. Home address for hospice: {{ADDRESS:4725 Montana Ave, Unit 18}}, {{LOCATION:El Paso}}, TX {{ZIP:79903}}.
Recs: hospice referral ({{FACILITY:Sun City Hospice}}), SL/transdermal regimen, chaplain - Catholic, Fr. {{NAME:Ignacio Barragan}} of {{FACILITY:San Judas Tadeo Parish}}.
Time 80 min, > 50% counseling.`,
  `ED DISCHARGE INSTRUCTIONS / WORK NOTE
{{FACILITY:Kessler-Albright Hospital}} Emergency Department, {{ADDRESS:900 Commonwealth Ave}}, {{LOCATION:Brighton}}, MA {{ZIP:02135}}
Visit {{DATE:Dec. 26, 2024}}   Acct {{ACCOUNT:E2412260337}}
Patient: {{NAME:Stavros Konstantinidis}}   DOB {{DATE:3/30/1990}}
Diagnosis: renal colic, 4 mm R UVJ stone. Creatinine 1.0. UA: no infection.
You were given ketorolac and ondansetron. Take tamsulosin 0.4 mg daily x 14 days, ibuprofen 600 mg q6h with food, strain urine.
Return for fever > 100.4, uncontrolled pain, vomiting.
Follow up with urology: Dr. {{NAME:Adaeze Murphy-Okafor}}, {{FACILITY:Back Bay Urology}}, {{PHONE:617-555-0107}}, within 1 week.

To the employer ({{FACILITY:Athena Greek Bakery}}):
Mr. {{NAME:Konstantinidis}} was seen in our ED on {{DATE:12/26/2024}} and may return to work {{DATE:12/28/2024}}, no heavy lifting until cleared.
Provider: {{NAME:Rachel Abernathy}}, PA-C, supervising {{NAME:Owen Kasparian}}, MD
Questions: {{PHONE:617-555-0199 ext 1}}`,
];

export const HELDOUT_REALISTIC_67_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout67-${i + 1}`, n));
