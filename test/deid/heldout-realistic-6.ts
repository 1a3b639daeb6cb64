// A sixth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555 numbers; towns and cities are real places
// used only as LOCATION). It leans towards community-hospital, rural and tribal-area care and
// towards non-Anglo names (Vietnamese, Nigerian, Polish, Arabic, Haitian, Somali, Navajo), with
// organisations of every kind (employers, schools, churches, shelters, clubs, pharmacies, labs,
// transport and home-care agencies) written in Title case, ALL CAPS and lower case, many kinds of
// numbers, and as many look-alike non-PHI (eponyms, drug names, doses, ratios, scores, lab values,
// device models, lot and NDC numbers, rooms and beds, tooth numbers, CPT/ICD/LOINC codes, years and
// weekdays alone, clock times, ages of 89 and under, states and countries). Shapes: longitudinal
// outpatient records, ALL CAPS discharge summaries, MIMIC-style [** **] placeholders, lower-case
// nursing shorthand, ED, H&P, consults, procedure, imaging, pathology and lab reports, med rec,
// pharmacy, social work, case management, home health, hospice, dialysis, transplant, behavioral
// health, pediatrics/NICU/OB, dental, eye, telephone, portal, fax covers, letters, prior-auth, DME
// and EMS run sheets.
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
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `Record date: {{DATE:2093-03-11}}

{{FACILITY:RED MESA FAMILY CLINIC}} - INTERNAL MEDICINE

{{NAME:Harrison Begay}} is a 64 yo man from {{LOCATION:Many Farms}} who returns for follow up of DM2 and CKD 3a. He drives the school bus for {{FACILITY:Canyon Rim Unified School District}} and was out of work in January after the flu. Lives with wife {{NAME:Loretta}} and grandson {{NAME:Tyrell}} off a dirt road, no running water; hauls water from the chapter house on Tuesdays.

Since last visit ({{DATE:12/09/92}}) A1c 9.1 -> 8.2. Taking metformin 1000 mg bid and glipizide 5 mg qAM. Stopped the Jardiance because of the copay. BP 142/88, wt 96.4 kg.

Labs ({{DATE:3/4/93}}): Cr 1.6, eGFR 47, K 4.9, UACR 310 mg/g. LOINC 14959-1. Hb 12.1.

A/P
1. DM2 - add semaglutide 0.25 mg weekly; pt's pharmacy is {{FACILITY:Chinle Trading Post Drug}}. Prior auth to be filed by {{NAME:Roberta Yazzie}}, CHR.
2. CKD 3a - renal US ordered at {{FACILITY:Tsaile Regional Medical Center}}; nephrology referral to Dr. {{NAME:Oyekunle}} in {{LOCATION:Gallup}}.
3. HTN - increase lisinopril to 40.
4. Foot - monofilament intact, no ulcer. Podiatry {{DATE:April 2093}}.

RTC 3 months or sooner. Wife's cell {{PHONE:(928) 555-0164}}.

_____________________
{{NAME:Celestine Tsosie-Harvey}}, MD
{{NAME:CTH}}/{{NAME:mkb}}`,
  `ADMISSION DATE:  {{DATE:11/02/2094}}
DISCHARGE DATE:  {{DATE:11/07/2094}}

HISTORY OF PRESENT ILLNESS:  THE PATIENT IS A
{{AGE:NINETY-TWO}} YEAR OLD WOMAN, MRS. {{NAME:JADWIGA SZYMANSKA}}, WHO WAS BROUGHT FROM {{FACILITY:ST.
STANISLAUS MANOR}} IN {{LOCATION:HAMTRAMCK}} WITH THREE DAYS OF CONFUSION AND FEVER. SHE SPEAKS POLISH
ONLY; HER NIECE {{NAME:KASIA WISNIEWSKI}} INTERPRETED. SHE WAS LAST SEEN AT THIS
HOSPITAL IN {{DATE:JUNE 2093}} FOR A HIP FRACTURE FIXED BY DR. {{NAME:PRZYBYLSKI}}.

HOSPITAL COURSE:  URINE CULTURE GREW E. COLI >100,000 CFU, SENSITIVE TO
CEFTRIAXONE. FOLEY WAS NOT PLACED. CAM POSITIVE ON ADMISSION, NEGATIVE BY {{DATE:11/05}}.
NO HALDOL GIVEN. PT/OT RECOMMENDED RETURN TO PRIOR
LEVEL OF CARE. SODIUM 131 -> 136.

DISCHARGE MEDICATIONS:  CEFPODOXIME 200 MG PO BID X 5 DAYS, DONEPEZIL 10 MG QHS,
AMLODIPINE 5 MG DAILY, VITAMIN D 2000 UNITS.

DISPOSITION:  BACK TO {{FACILITY:ST. STANISLAUS MANOR}}, ROOM 214-B, VIA {{FACILITY:MOTOR CITY
MEDICAL TRANSPORT}}. FOLLOW UP WITH DR. {{NAME:AMIRA HADDAD}} AT {{FACILITY:CONANT AVENUE
FAMILY PRACTICE}} IN ONE WEEK, {{PHONE:313-555-0127}}.

{{NAME:AH}}:{{NAME:rk}}
DD: {{DATE:11/07/2094 15:02}}
DT: {{DATE:11/08/2094 09:40}}
JOB #: {{ID:448120}}

CC: {{NAME:MAREK SZYMANSKI}} (SON), {{ADDRESS:2210 CANIFF ST}}, {{LOCATION:HAMTRAMCK}}, MI {{ZIP:48212}}`,
  `Admission Date: [**{{DATE:2155-8-14}}**]     Discharge Date: [**{{DATE:2155-8-29}}**]
Date of Birth: [**{{DATE:2064-2-3}}**]     Sex: M
Service: MEDICINE

History of Present Illness:
[**{{AGE:91}}**] y/o man with COPD on 3L home O2, afib on warfarin, presented from [**{{FACILITY:Nursing Home 1121}}**] with hypoxia. Seen at [**{{FACILITY:Hospital 882}}**] on [**{{DATE:8-12}}**] and sent back. His daughter [**{{NAME:Known firstname 4410}}**] is HCP, reachable at [**{{PHONE:Telephone/Fax (1) 6623}}**].

Brief Hospital Course:
# Hypoxic resp failure: BiPAP overnight, then 4L NC. CTA neg for PE. Swan-Ganz not placed. Treated for COPD exac with prednisone 40 x5d, azithro.
# Afib w RVR: dilt gtt, then PO dilt 120 ER. INR 3.4 on admission, warfarin held x2.
# Goals: family meeting [**{{DATE:8-20}}**] with Dr. [**{{NAME:Last Name (STitle) 9921}}**]; pt DNR/DNI.

Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital6 2331}}**] - [**{{LOCATION:Location (un) 55}}**]

Followup Instructions:
Dr. [**{{NAME:First Name8 (NamePattern2) 118}}**] [**{{NAME:Last Name (NamePattern1) 3427}}**], pulmonary, [**{{DATE:2155-9-12}}**] 10:30 in the [**{{FACILITY:Hospital Ward Name 516}}**] clinic. Phone:[**{{PHONE:Telephone/Fax (1) 3322}}**]

[**{{NAME:First Name11 (Name Pattern1) 1443}}**] [**{{NAME:Last Name (NamePattern4) 1444}}**] MD [**{{LICENSE:MD Number(1) 1445}}**]
Completed by:[**{{DATE:2155-8-29}}**]`,
  `0700-1900 rn note
neuro: a&ox3, follows commands, MAE. pupils 3mm brisk.
cv: nsr 70s-80s, no ectopy. sbp 110-130s. +pp.
resp: ls coarse bases, 2l nc sat 94-96. ic 1000.
gi/gu: tol clears, +bs, voiding qs via urinal.
id: tmax 100.1, vanc trough 14.2 @ 1030.
skin: stage 2 coccyx, mepilex.
social: wife {{NAME:hodan}} called x2 re plan, updated. pt's son {{NAME:abdirahman}} {{PHONE:612 555 0188}} will come after work at {{FACILITY:lakeside meat packing}}. interpreter (somali) used via phone, id # {{ID:30571}} - pt prefers in-person. imam from {{FACILITY:masjid al-ihsan}} visited 1400.
plan: oob to chair, cont abx, dc planning w/ cm {{NAME:joanna}} - may need {{FACILITY:cedar riverside home care}} for dressing chgs.
{{NAME:t. nguyen}} rn`,
  `ED TRIAGE  {{DATE:07/19/2091 23:48}}
Pt: {{NAME:PIERRE-LOUIS, MARIE CARMEL}}   DOB {{DATE:04/30/1968}}   MRN {{MRN:E00731825}}
Arrived by: private vehicle (daughter {{NAME:Fabienne}} driving, Nissan plate {{VEHICLE:FL LXK-R88}})
CC: "tet fè mal" - headache x 2 days, worst of life per daughter. Creole interpreter {{NAME:Wisly}} #{{ID:4412}} at bedside.
Vitals: BP 212/118  HR 94  RR 18  SpO2 98% RA  T 36.9  GCS 15  pain 9/10
PMH: HTN (ran out of amlodipine 10 mg 1 wk ago), DM2. No anticoag.
Allergies: NKDA
Triage level: ESI 2. Stroke alert not called (NIHSS 0). CT head ordered.
Employer: {{FACILITY:Sunshine Laundry Services}}, {{LOCATION:North Miami}}. Church: {{FACILITY:Eglise Baptiste Bethel}}.
Home: {{ADDRESS:1455 NE 131st St, Apt 3}}, {{LOCATION:North Miami}} FL {{ZIP:33161}}
Pt phone {{PHONE:305-555-0142}}   Emergency contact daughter {{PHONE:786-555-0190}}
Triage RN: {{NAME:Y. Desrosiers}}`,
  `PEDIATRIC CLINIC - WELL CHILD 4 YR
Date of service: {{DATE:Sep 14, 2092}}
Patient: {{NAME:Chidera Nwosu}} ("{{NAME:Chi-Chi}}")  DOB: {{DATE:09/02/2088}}
Accompanied by mother {{NAME:Adaeze Nwosu}} and grandmother Mrs {{NAME:Ngozi Okafor}} visiting from Nigeria.

Growth: Ht 103 cm (55%), Wt 16.4 kg (48%), BMI 15.4. BP 96/58.
Development: draws a cross, hops on one foot, tells stories. Speaks Igbo and English. ASQ-3 all above cutoff.
Vision 20/30 OU (Snellen-equivalent), hearing pass.
Immunizations given today: DTaP (lot 7X42R1), IPV, MMR, Varicella (lot U0093AB). VIS given.
Lead level {{DATE:9/2091}} was 2 mcg/dL.
Preschool: {{FACILITY:Little Acorns Montessori}} in {{LOCATION:Sugar Land}}; form for school signed.
Dental: sees Dr. {{NAME:Adeyemi}} at {{FACILITY:Brightsmile Kids Dentistry}}.
Anticipatory guidance: booster seat, water safety (family has a pool), screen time.

Next visit 5 yr. Mother's email {{EMAIL:adaeze.nwosu88@example.com}}.
{{NAME:Grace Oduya}}, CPNP`,
  `OPERATIVE REPORT
Patient: {{NAME:Nguyen, Van Thanh}}     MRN: {{MRN:0662139}}     Acct: {{ACCOUNT:A77410029315}}
Date of surgery: {{DATE:02/27/2090}}
Surgeon: {{NAME:Khalil Mansour}}, MD     Assistant: {{NAME:Rose Baker}}, PA-C
Anesthesia: General, Dr. {{NAME:Le}}
Preop dx: Symptomatic cholelithiasis. Postop dx: same, with chronic cholecystitis.
Procedure: Laparoscopic cholecystectomy (CPT 47562).
Findings: thick-walled gallbladder, Calot's triangle cleanly dissected, critical view of safety obtained. No CBD stones on palpation. Hartmann's pouch adherent to duodenum.
Description: Pt identified in holding by name and DOB. Supine, SCDs, Ancef 2 g. Veress at Palmer's point, 12 mm Hasson umbilical, three 5 mm ports. Cystic duct and artery triple-clipped and divided. GB removed in Endocatch bag. Ports closed with 0 Vicryl; skin 4-0 Monocryl and Dermabond.
EBL 15 mL. Specimen: gallbladder to pathology, req {{ID:SP-90-004417}}.
Implants: none. Counts correct x2.
Dispo: PACU then home. Follow up in clinic {{DATE:3/13}}. Son {{NAME:Minh}} (cell {{PHONE:985-555-0105}}) updated in waiting room by Dr. {{NAME:Mansour}}.
{{FACILITY:Bayou Lafourche Community Hospital}}, {{LOCATION:Raceland}}, Louisiana`,
  `Telephone encounter  {{DATE:5.6.2093 10:12}}
Caller: {{NAME:Mohamed Yusuf Jama}} (pt himself), verified w/ DOB {{DATE:1/1/1957}} and address on file.
Reason: meds. He is out of his insulin glargine; the pharmacy ({{FACILITY:FAMILY FARE PHARMACY}} on {{ADDRESS:Lisbon St}}) says PA expired. Also asks for a letter for the mosque ({{FACILITY:Lisbon Street Islamic Center}}) so he can be excused from fasting in Ramadan.
Hx: DM2 on glargine 28 u qHS + metformin. Last A1c 7.9 ({{DATE:2/2093}}).
Advice: Bridge supply of 1 pen sent, prior auth resubmitted to MaineCare, member ID {{HEALTH_PLAN:KX4419023}}, ref # {{ID:PA-118820}}. Letter drafted for Dr. {{NAME:Hassan}} to sign.
Callback number: {{PHONE:207 555 0133}} (son {{NAME:Abdi}} answers, speaks English).
Nurse: {{NAME:Bethany Young}}, RN
Routed to: Dr. {{NAME:Ibrahim Hassan}}, {{FACILITY:Androscoggin Valley Primary Care}}`,
  `RADIOLOGY REPORT
{{FACILITY:DINE VALLEY COLLEGE HEALTH CENTER}} REFERRAL TO {{FACILITY:NORTHERN NAVAJO IMAGING}}
Patient: {{NAME:ETSITTY, DARLENE R}}   MRN: {{MRN:NNI-302281}}   DOB: {{DATE:12/18/1979}}
Exam: XR CHEST PA AND LATERAL   Accession: {{ID:CR24009183}}
Date/time: {{DATE:10/03/2091 1426}}
Ordering: {{NAME:SANDOVAL, LUCAS}} PA-C
Clinical indication: cough x 3 wks, works at {{FACILITY:Four Corners Coal}}, r/o TB vs pneumoconiosis. Quantiferon pending.

COMPARISON: {{DATE:4/22/2089}}.

FINDINGS: Heart size normal, CT ratio 0.45. No focal consolidation. Small nodular opacities in both upper lobes, up to 3 mm, profusion 1/1 on ILO classification. No hilar adenopathy. No effusion. Kerley B lines absent. Old healed R 6th rib fracture.

IMPRESSION:
1. Small upper-zone nodular opacities, ILO 1/1 q/q, suggest early pneumoconiosis in the right setting; B-read recommended.
2. No active TB pattern.

Dictated: {{NAME:Miriam Ben-Ami}}, MD   {{DATE:10/03/2091 16:55}}
Read remotely from {{IP:10.44.182.7}}; PACS {{URL:https://pacs.nni-imaging.example.org/study/CR24009183}}`,
  `Social Work Progress Note
Date: {{DATE:Jan. 22nd, 2094}}
Pt: {{NAME:Sophia Tran}}, 19F, G1P0 at 31 wks, admitted for preterm labor (on nifedipine, s/p BMZ x2).
Met with pt and boyfriend {{NAME:Daniel "Danny" Vo}}. Pt is a sophomore at {{FACILITY:Alief Community College}} and works evenings at {{FACILITY:pho saigon noodle house}}; reports her parents ({{NAME:Tran Van Hai}} and {{NAME:Le Thi Mai}}) "do not know yet." Pt currently staying with a friend at {{ADDRESS:11030 Bellaire Blvd #215}}, {{LOCATION:Houston}} {{ZIP:77072}}; lease is not in her name.
Insurance: CHIP Perinatal, member {{HEALTH_PLAN:CP0042817765}}.
Resources: referred to {{FACILITY:Alief Community Pregnancy Center}} (diapers, car seat), WIC office, and the {{FACILITY:Alief Nurse-Family Partnership}} (nurse {{NAME:Hope Castillo}}, {{PHONE:832-555-0175 x 21}}).
Edinburgh score 11; pt denies SI. Will f/u with perinatal psych (Dr. {{NAME:Ogunleye}}) this week.
Pt's preferred contact: text {{PHONE:281.555.0119}}, email {{EMAIL:sophiatran.2074@example.net}}.
{{NAME:Marisol de la Cruz}}, LCSW`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:GOOD SHEPHERD HOME CARE OF SOUTHERN IOWA}}   Agency phone {{PHONE:641-555-0100}}
Patient: {{NAME:Zbigniew Kaczmarek}}   Episode start {{DATE:08/01/2092}}   Visit {{DATE:08/15/2092}} (visit 4 of 9)
Address: {{ADDRESS:RR 2 Box 114}}, {{LOCATION:Lineville}}, IA {{ZIP:50147}}. Gravel lane past the {{FACILITY:Lineville Co-op}} elevator, 2nd farmhouse on L. Dog in yard.
Vitals: BP 128/74, HR 66 irreg, SpO2 93% RA, wt 81.2 kg (down 1.1 kg since last wk). Lungs fine crackles bases.
Wound: L shin venous ulcer 3.1 x 2.0 x 0.2 cm, granulating, moderate serous. Cleansed NS, Aquacel Ag, Unna boot applied. Ankle-brachial index 0.92 on {{DATE:7/28}}.
Meds reviewed: furosemide 40, apixaban 5 bid, Eliquis and aspirin both in pillbox - ASA removed per Dr. {{NAME:Hollingsworth}} order. Pharmacy: {{FACILITY:Clarke County Drug}}.
Caregiver: wife {{NAME:Halina}}, age 84, manages meds; daughter {{NAME:Ewa Brown}} in {{LOCATION:Des Moines}} {{PHONE:515-555-0150}}.
Plan: next SN visit Fri. Reported weight loss to MD office.
{{NAME:Faith Mason}}, RN`,
  `DIALYSIS TREATMENT RECORD - {{FACILITY:Prairie Sky Dialysis - Garden City}}
Pt: {{NAME:Huynh, Bao}}   MRN {{MRN:PSD-18844}}   Chair 7   Tx date {{DATE:Mon 6/17/2093}}
Schedule MWF 2nd shift. Access: L upper arm AVF, thrill/bruit +, 15g needles x2, cannulated by {{NAME:jk}} 1st stick.
Pre: wt 71.9 kg (EDW 69.5), BP 168/92, HR 78, T 36.6. Post: wt 69.8, BP 138/80.
Machine: Fresenius 2008T (station 7), dialyzer Optiflux F180NR, bath 2K/2.5Ca, Qb 400 Qd 600, 3h45m, UF 2.1 L.
Heparin 2000 u bolus + 500 u/h. Kt/V (last month) 1.42, URR 72%.
Labs drawn: monthly panel, req {{ID:LB-0617-3391}}. Phos 6.8 -> binder reinforced (sevelamer 1600 tid w/ meals).
Pt reports missed Fri tx because ride from {{FACILITY:Finney County Transit}} did not come; works days at {{FACILITY:Plains Beef Processing}} on the cut floor, badge {{ID:PBP-55120}}. Discussed moving to 3rd shift. Daughter {{NAME:Kim Huynh}} ({{PHONE:620-555-0138}}) to help with rides.
Transplant: on waitlist at {{FACILITY:Wichita Regional Transplant Center}} since {{DATE:03/2091}}, UNOS status active.
Medicare # {{HEALTH_PLAN:1EG4-TE5-MK73}}.
Signed {{NAME:Joseph Kerns}}, RN / {{NAME:Amal Saleh}}, CCHT`,
  `TRANSPLANT NEPHROLOGY CLINIC

Visit {{DATE:4/8/2092}}. {{NAME:Oluwaseun "Seun" Adeyemi}}, 46 M, now 14 months s/p deceased-donor kidney transplant ({{DATE:2/2/2091}}, KDPI 38%, cPRA 0%). Induction thymoglobulin. Donor from out of state (OPO record {{ID:UNOS-DON-AGFT882}}).
Immunosuppression: tacrolimus 3 mg bid (trough 6.8 on {{DATE:4/5}}), mycophenolate 500 bid, prednisone 5.
Cr 1.31 (baseline 1.2-1.4). BK PCR neg, CMV neg. DSA none. HbA1c 6.1 - PTDM watch.
He's back at work as an engineer at {{FACILITY:Westbrook Pipeline Services}} and coaches youth soccer at {{FACILITY:Katy Nigerian Community Association}}. Wife {{NAME:Folake}} is a nurse at {{FACILITY:Fort Bend Family Health}}.
BP 124/78. No edema. Graft nontender.
Plan: continue; labs q month at {{FACILITY:BioCore Labs}} on {{ADDRESS:Mason Rd}}; next visit 3 months. Flu and COVID vaccines today (lot FL3092, lot CV7715B).
Pharmacy: {{FACILITY:Specialty Rx of Texas}}, mail order, acct {{ACCOUNT:SRX-0092281}}.
Coordinator: {{NAME:Aisha Bello}}, RN  {{PHONE:713-555-0168}}  fax {{FAX:713-555-0169}}
{{NAME:Tomasz Wrobel}}, MD`,
  `BEHAVIORAL HEALTH INTAKE
Date: {{DATE:October 3rd, 2090}}   Clinician: {{NAME:Nadia Farouk}}, LPC
Client: {{NAME:Yousef Al-Khatib}}  Age 23  DOB {{DATE:1/15/67}}
Referral source: {{FACILITY:Dearborn Heights Police Department}} crisis team after 911 call on {{DATE:9/29}}; incident # {{ID:DHPD-90-11827}}.
Presenting problem: panic attacks since being laid off from {{FACILITY:Rouge River Axle}} assembly in spring; now drives for a delivery app. Denies SI/HI today. C-SSRS screen: wish to be dead past month (yes), no plan, no intent.
Family: lives with parents and two sisters on {{ADDRESS:Kolb St}} in {{LOCATION:Dearborn}}. Father {{NAME:Mahmoud}} works at {{FACILITY:al-Amal Bakery}}. Attends Friday prayer at the {{FACILITY:Warren Avenue Islamic Center}}.
Substance: vapes nicotine, no ETOH, cannabis 2x/wk.
Scores: PHQ-9 17, GAD-7 18, AUDIT-C 0.
Dx: F41.0 panic disorder; F32.1 MDD, moderate.
Plan: sertraline 25 -> 50 mg (to PCP Dr. {{NAME:Rafiq}}), CBT weekly, safety plan completed and copy given. Crisis line 988 reviewed.
Client phone {{PHONE:(313) 555-0156}}. Ok to leave VM.`,
  `Dental progress note - {{FACILITY:Tooth & Co. Community Dental}}, {{LOCATION:Shiprock}}
{{DATE:03-28-2093}}  Pt {{NAME:Shanice Yellowhorse}}  chart # {{MRN:TC-22819}}
CC: #19 pain w/ cold, lingering. Hx: MOD amalgam #19 placed ~2080. #30 crown 2091 (pt says "a couple years ago").
Exam: #19 deep distal caries under restoration, perc +, palp -, cold lingering 20s. PA radiograph: widened PDL at mesial root. #14 and #3 sealed. Perio: generalized 2-3 mm, BOP 12%.
Dx: symptomatic irreversible pulpitis #19 w/ symptomatic apical periodontitis.
Tx today: IANB 2 carps lido 2% 1:100k epi, pulpectomy #19, CaOH placed, IRM. D3330 to complete at next visit.
Rx: ibuprofen 600 mg q6h prn; amoxicillin not indicated.
Next appt {{DATE:Apr 4}}. Reminder to mom ({{NAME:Verna Yellowhorse}}) at {{PHONE:505.555.0114}}.
Pt is a student at {{FACILITY:Cove Springs High School}}; excuse note given.
Provider: Dr. {{NAME:Quentin Bigman}}, DDS   Asst {{NAME:LT}}`,
  `OPHTHALMOLOGY CONSULT  {{DATE:2094-06-02}}
Referred by {{NAME:Ha Nguyen}}, OD ({{FACILITY:Eye Care Plus Biloxi}}, fax {{FAX:228-555-0199}}).
{{NAME:Nguyen Thi Lan}} is a 71 yo Vietnamese-speaking woman (daughter-in-law {{NAME:Linh}} interpreting) with DM2 x 20 yrs, here for diabetic retinopathy.
VA sc: OD 20/80 PH 20/50, OS 20/40. IOP 18/17 by Goldmann. Pupils no APD.
SLE: 2+ NS cataract OU. DFE: OD scattered dot-blot hemes, venous beading 2 quadrants, CSME by OCT (CST 412 um); OS moderate NPDR, no DME.
Dx: OD severe NPDR with CI-DME (E11.3411); OS moderate NPDR (E11.3392).
Plan: intravitreal aflibercept OD today (lot 4A90211, 2 mg/0.05 mL), consent signed. Return 4 wks. A1c 8.8 - letter to PCP Dr. {{NAME:Trinh}} at {{FACILITY:Coast Family Medicine}}.
Transport: pt does not drive; rides with {{FACILITY:Gulf Coast Vietnamese Senior Center}} van on Wednesdays.
Pt address {{ADDRESS:614 Division St}}, {{LOCATION:Biloxi}}, MS {{ZIP:39530}}; phone {{PHONE:228 555 0177}}.
{{NAME:Patrick Whitehorse}}, MD, retina`,
  `From: {{NAME:Halima Warsame}} <{{EMAIL:hwarsame.mn@example.org}}>
Sent: {{DATE:11/18/2092 8:03 PM}}
To: Care Team - {{FACILITY:Cedar Ave Family Clinic}}
Subject: my mom's sugar

Hello Dr {{NAME:Johnson}}, this is {{NAME:Halima}}, daughter of {{NAME:Fadumo Hassan}} (DOB {{DATE:3/3/1950}}). Her sugar this morning 312 and last night 280. She took the Lantus 20 units like you said. She is eating dates at night, I told her not to. She also asks if she can get the flu shot at {{FACILITY:Riverside Plaza Pharmacy}} instead of clinic. Her glucose meter is the Contour Next, the app shows the meter serial {{DEVICE:7431-2290-88}} if you need it. Our new address is {{ADDRESS:1620 S 6th St Apt 1412}}, {{LOCATION:Minneapolis}} {{ZIP:55454}}. Thank you

-- Reply {{DATE:11/19/2092 07:41}} --
{{NAME:Halima}}, thank you. Please increase Lantus to 24 units tonight and check fasting each morning. Yes the flu shot at the pharmacy is fine. Let's see her Tuesday at 10:20. - {{NAME:Erin Johnson}}, MD`,
  `*** FAX COVER SHEET ***
CONFIDENTIAL HEALTH INFORMATION
Date: {{DATE:09/09/93}}     Pages (incl. cover): 6
To: {{FACILITY:Hopi-Tewa Valley Orthopedics}}     Attn: referral coordinator
Fax: {{FAX:(928) 555-0147}}     Phone: {{PHONE:(928) 555-0146}}
From: {{FACILITY:WINSLOW RURAL HEALTH CLINIC}}     {{NAME:Dorothy Nez}}, MA
Fax: {{FAX:928.555.0123}}     Phone: {{PHONE:928.555.0122}}
Re: {{NAME:TODACHEENIE, ROLAND}}   DOB {{DATE:07-04-1961}}   Chart {{MRN:WRHC0041772}}
Urgent referral: R knee OA, failed steroid injection x3 (last {{DATE:7/12/93}}), Kellgren-Lawrence grade 4. BMI 33. Wants TKA evaluation. Uses a cane, works as a ranch hand at {{FACILITY:Bar N Cattle Co}} near {{LOCATION:Holbrook}}.
Insurance: AHCCCS ID {{HEALTH_PLAN:A40018829}}. Prior auth # {{ID:AH-0930-22187}}.
Enclosed: office notes, XR report, med list.
If you received this in error, please call {{PHONE:928-555-0122}} and destroy it.`,
  `{{FACILITY:SUPERIOR COURT OF ARIZONA - COCONINO COUNTY}}
JURY SERVICE - MEDICAL EXCUSE

Date: {{DATE:January 9, 2092}}

Re: Juror {{NAME:Benally, Ernestine}}, Juror No. {{ID:J-2092-04418}}, summons date {{DATE:02/03/2092}}

To the Jury Commissioner:
Ms. {{NAME:Benally}} is a patient in my care at {{FACILITY:Flagstaff Canyon Internal Medicine}}. She has advanced COPD (FEV1 31% predicted) requiring continuous oxygen 2 L, and she lives in {{LOCATION:Leupp}}, 50 miles from the courthouse, without a reliable vehicle. She is also the daytime caregiver for her husband, aged {{AGE:91}}.
I ask that she be permanently excused from jury service for medical reasons.

Sincerely,
{{NAME:Gabriel Chee}}, MD
NPI {{LICENSE:1730499281}}
{{ADDRESS:1200 N Beaver St, Suite 2}}, {{LOCATION:Flagstaff}}, AZ {{ZIP:86001}}
Tel {{PHONE:928-555-0180}}`,
  `DME ORDER / CERTIFICATE OF MEDICAL NECESSITY
Supplier: {{FACILITY:HEARTLAND HOME MEDICAL}}  NPI {{LICENSE:1588220047}}  fax {{FAX:785-555-0130}}
Patient: {{NAME:Grzegorz Pawlak}}   DOB: {{DATE:08/21/1947}}   HICN/MBI: {{HEALTH_PLAN:4TN2-JH1-WK84}}
Address: {{ADDRESS:PO Box 318}}, {{LOCATION:Atwood}}, KS {{ZIP:67730}}
Item: CPAP E0601 with heated humidifier E0562, full-face mask A7030, supplies per schedule.
Dx: G47.33 OSA. Sleep study {{DATE:05/14/2093}} at {{FACILITY:Colby Sleep Disorders Lab}}: AHI 38/h, nadir SpO2 79%. Titration: CPAP 11 cm H2O.
Length of need: 99 months (lifetime).
Order # {{ID:HHM-224410}}. Device to be assigned s/n at delivery; prior unit ResMed AirSense s/n {{DEVICE:23161488772}} returned (recall).
Physician: {{NAME:Ruth Ann Kowalski}}, DO   NPI {{LICENSE:1467703391}}   {{FACILITY:Rawlins County Medical Clinic}}
Signature: ______________  Date: {{DATE:5/20/93}}
Face-to-face visit {{DATE:5/19/2093}}.`,
  `EMS PATIENT CARE REPORT
Agency: {{FACILITY:Kayenta Volunteer Fire & Rescue}}   Unit: Medic 3   Incident # {{ID:KVFR-91-0417}}
Date: {{DATE:06/06/2091}}  Dispatched 0212  On scene 0241  Transport 0258  At hospital 0349
Location: {{ADDRESS:Hwy 163 MM 404}}, pullout S of {{LOCATION:Kayenta}}. Vehicle: 2009 Ford F-150 white, AZ plate {{VEHICLE:CJM4417}}, VIN {{VEHICLE:1FTRW14W89FA22017}}.
Pt: {{NAME:Tso, Delbert}}, approx 40s M. Driver, restrained, airbag deployed. Single vehicle vs cattle guard.
Primary: A patent, B 24 shallow, C radial 118 weak. GCS 14 (E4V4M6). Seatbelt sign.
Secondary: abd tenderness LUQ, R femur deformity. FAST n/a. BGL 142. ETOH odor.
Tx: c-collar, traction splint, 2 x 18g, NS 500 mL, fentanyl 50 mcg IV x2. 12-lead sinus tach.
Destination: {{FACILITY:Monument Valley Indian Health Center}}, then air to {{FACILITY:FlagStar Regional Trauma}}. Report to Dr. {{NAME:Sandoval}}.
Next of kin: sister {{NAME:Mae Tso}}, contact via tribal police dispatch.
Crew: {{NAME:R. Manygoats}} EMT-P #{{LICENSE:AZP-10322}}; {{NAME:D. Chee}} EMT-B.`,
  `PATHOLOGY REPORT
{{FACILITY:MIDSTATE REGIONAL PATHOLOGY}}   CLIA 19D0928811   Accession: {{ID:S93-04471}}
Patient: {{NAME:LEBLANC-TOUSSAINT, DIEUNIE}}   MRN: {{MRN:1008831}}   DOB: {{DATE:02/11/1955}}
Collected: {{DATE:03/14/2093 10:05}}   Received: {{DATE:03/14/2093 13:30}}
Physician: {{NAME:Kwame Asante}}, MD   Copy to: {{NAME:Ogunbanjo}}
Specimen: Breast, left, 2 o'clock 4 cm FN, US-guided core biopsy x4.
Gross: Received in formalin labeled with the patient's name and "L breast 2:00", four tan cores 1.2-1.6 cm, entirely submitted in A1.
Micro: Invasive ductal carcinoma, Nottingham grade 2 (3+2+1 = 6/9). No LVI in sampled tissue. DCIS, cribriform, intermediate grade.
IHC: ER 95% strong, PR 40% moderate, HER2 2+ (equivocal) - reflex FISH sent to {{FACILITY:GenePath Diagnostics}}, order {{ID:GPD-77120}}. Ki-67 18%.
Diagnosis: LEFT BREAST, 2:00, CORE BIOPSY: INVASIVE DUCTAL CARCINOMA, GRADE 2.
Electronically signed: {{NAME:Irena Sobczak}}, MD {{DATE:3/16/2093 16:21}}`,
  `HOSPICE RN ADMISSION VISIT
{{FACILITY:Sisters of Mercy Hospice of the Upper Peninsula}}   Benefit period 1 start {{DATE:12/01/2093}}
Pt: {{NAME:Wojciech "Wojtek" Nowicki}}, aged {{AGE:ninety-four}}, widower, retired from {{FACILITY:Keweenaw Copper Works}} and the {{FACILITY:Copper Country Polka Club}} (lifelong member).
Terminal dx: metastatic prostate ca (C61) w/ bone mets; PPS 40%, FAST n/a. Declining PO intake, bedbound x 10 days.
Home: {{ADDRESS:47 Pine Street, Upper}}, {{LOCATION:Lake Linden}}, MI {{ZIP:49945}}. Steep stairs - hospital bed ordered from {{FACILITY:North Woods Medical Supply}}, order {{ID:NW-30921}}.
Caregivers: daughter {{NAME:Irene Nowicki-Baker}} (lives with pt, {{PHONE:906-555-0102}}), son {{NAME:Stan}} in {{LOCATION:Marquette}}. Priest Fr. {{NAME:Przybylo}} of {{FACILITY:St. Joseph Polish Catholic Church}} visits Sundays.
Comfort kit placed: morphine 20 mg/mL 0.25 mL SL q1h prn, lorazepam 0.5 mg, haloperidol 0.5 mg, atropine 1% gtts. Foley not needed.
Pain 6/10 -> 2/10 after morphine. RR 18. Mottling absent.
POLST: DNR, comfort measures only, signed {{DATE:11/29/93}}.
Medicare A: {{HEALTH_PLAN:7KQ1-AB3-RT22}}.
Attending: Dr. {{NAME:Hannah Marttila}}. RN case manager {{NAME:Joy Lehto}}.`,
  `NICU ADMISSION NOTE  {{DATE:07/22/2092 0415}}
Baby boy {{NAME:Okonkwo}} (chart name "BB {{NAME:Okonkwo}}"), MRN {{MRN:N-4471820}}, born {{DATE:7/22/92 0351}} at 29 2/7 wks by GA, BW 1220 g (50th %ile).
Mother: {{NAME:Chiamaka Okonkwo}}, 31 yo G3P1 -> 2, MRN {{MRN:M-2205718}}, O+, GBS unk, rubella immune, HBsAg neg. PPROM 36 h. BMZ x1 at 0200. Mag given for neuroprotection.
Delivery: SVD, cried at 30 s, CPAP in DR. Apgars 6 and 8. Cord gas pH 7.28.
Exam: AGA, soft palate intact, fontanel flat, no murmur. Resp: mild retractions, CPAP +6 FiO2 30%.
Plan: surfactant via LISA if FiO2 > 40%; UVC 3.5 Fr double lumen, UAC 3.5; D10 TPN starter; amp/gent after blood cx; caffeine load 20 mg/kg.
Social: parents married; father {{NAME:Emeka Okonkwo}} works nights at {{FACILITY:Red Cedar Glassworks}} in {{LOCATION:Menomonie}}. Older sib {{NAME:Chisom}} at {{FACILITY:Knapp Elementary}}. Parents consented to donor milk.
Transfer note to be faxed to referring OB Dr. {{NAME:Anderson-Diallo}} at {{FACILITY:Red Cedar Women's Clinic}}, fax {{FAX:715-555-0112}}.
{{NAME:Soo-jin Park}}, MD (neonatology)  pager {{PHONE:4417}}`,
  `L&D triage {{DATE:3 Feb 94 2210}}
32yo G4P3003 @ 38w1d by 8wk US, EDD {{DATE:2/16/94}}. CC: ctx q4-5 min since 1900, +FM, no LOF/VB.
hx: prior SVD x3 (last 2089, 8 lb 2 oz). GDMA1 diet-controlled. rh neg, rhogam at 28 wk given {{DATE:12/1}}.
sve: 4/70/-1 -> 5/80/0 after 1 h. fhr 135, mod var, +accels, no decels (cat I). toco q3 min.
plan: admit for labor. epidural requested. gbs neg ({{DATE:1/20}}).
pt: {{NAME:Fatuma Abdi Nur}}, interpreter (somali) by phone. husband {{NAME:Abdullahi}} at bedside. pt's other children w/ sister {{NAME:Ubah}}.
pt works at {{FACILITY:high plains beef}} - needs fmla forms after delivery; case # for her leave {{ID:LOA-3310298}}.
ped: {{FACILITY:moore county pediatrics}}, Dr. {{NAME:Ruiz}}.
{{NAME:m. hope}}, cnm`,
  `LABORATORY REPORT                     PAGE 1 OF 1
{{FACILITY:TRI-STATE CLINICAL LAB}} - {{ADDRESS:900 W MAIN ST}}, {{LOCATION:GALLUP}}, NM {{ZIP:87301}}   CLIA 32D0771402
PATIENT: {{NAME:BITSUI, JANICE M}}     DOB: {{DATE:05/05/1972}}     SEX: F
MRN: {{MRN:7120045}}   ACCESSION: {{ID:L93-0826-1174}}   ACCT: {{ACCOUNT:9300826117}}
ORDERING: {{NAME:HAMID AL-RASHEED}} MD     LOCATION: {{FACILITY:ROUND ROCK HEALTH STATION}}
COLLECTED: {{DATE:08/26/2093 07:55}}   REPORTED: {{DATE:08/26/2093 14:02}}

TEST                   RESULT    FLAG   REF RANGE       UNITS
GLUCOSE                212       H      70-99           mg/dL
HEMOGLOBIN A1C         10.4      H      <5.7            %        LOINC 4548-4
CREATININE             0.9              0.5-1.1         mg/dL
EGFR (CKD-EPI 2021)    79               >59             mL/min/1.73m2
ALT                    61        H      7-35            U/L
TRIGLYCERIDES          488       H      <150            mg/dL
HEP C AB               REACTIVE  A      NONREACTIVE
HCV RNA QUANT          1,240,000 H      <15             IU/mL    (sent to {{FACILITY:Pinnacle Molecular Reference}}, ref {{ID:PMR-4471209}})

COMMENT: Critical value none. Called to {{NAME:R. Begaye}}, RN at 1410 by {{NAME:kd}}.
Medical director: {{NAME:Anton Zielinski}}, MD`,
  `MEDICATION RECONCILIATION - ADMISSION
Pt {{NAME:Jean-Baptiste, Rony}}  MRN {{MRN:4418220}}  Adm {{DATE:2/9/2091}}  Source: pt, wife {{NAME:Marlene}}, pill bottles, fill hx from {{FACILITY:Ti Kay Pharmacy}} ({{PHONE:617-555-0107}}), and {{FACILITY:Brockton Neighborhood Health}} list dated {{DATE:1/2/91}}.
1. metoprolol succinate 50 mg daily - taking
2. lisinopril 20 mg daily - taking
3. atorvastatin 40 mg qhs - not taking x 2 mo (cost)
4. Humalog 75/25 mix 30 u bid - taking 20 u bid "because of lows"
5. aspirin 81 - taking
6. "tea de feuille" herbal (moringa) - daily
7. Januvia 100 mg - stopped by Dr. {{NAME:Celestin}} {{DATE:Nov 2090}}
8. nitroglycerin 0.4 SL prn - bottle expired 2088, lot 88K22
Allergies: lisinopril? - wife says cough only, not angioedema. Penicillin - hives as child.
Discrepancies sent to admitting team (Dr. {{NAME:Pham}}). Pharmacist: {{NAME:Ngozi Eze}}, PharmD, ext {{PHONE:6-2210}}.
Pt lives at {{ADDRESS:33 Belmont Ave, 2nd fl}}, {{LOCATION:Brockton}} {{ZIP:02301}}; drives for {{FACILITY:Bay State Medical Cab}}, hack license {{LICENSE:BR-H-22017}}.`,
  `Clinical pharmacy note - anticoagulation clinic, {{FACILITY:Cumberland Plateau Medical Center}}
{{DATE:08/04/2092}}  pt: {{NAME:Baker, Rose}}  DOB {{DATE:10/10/1998}} -> age {{AGE:93}}  MRN {{MRN:CPM553019}}
Indication: mech mitral valve (St. Jude, 2071), INR goal 2.5-3.5.
INR today 1.8 (POC, CoaguChek XS, strip lot 58119232). Last 3: 2.9, 3.1, 2.6.
Dose: warfarin 5 mg daily except 7.5 mg Mon/Fri (total 40 mg/wk). Missed 2 doses - she was at her sister's in {{LOCATION:Crossville}} for a funeral.
Plan: 7.5 mg today and tomorrow, then resume; recheck {{DATE:8/11}}. Bridging not indicated per protocol.
Interacting: started Bactrim? - no. Greens: eats turnip greens Sundays after {{FACILITY:Pleasant Hill Missionary Baptist}} potluck; advised consistency.
Pt phone {{PHONE:931 555 0159}}; home health from {{FACILITY:Upper Cumberland Home Health}} draws INR if she can't drive.
{{NAME:Miles Hunter}}, PharmD, CACP`,
  `CASE MANAGEMENT - DISCHARGE PLANNING
{{DATE:Wednesday, 4/17/2093}}
Pt: {{NAME:Abdirahman Ali Warsame}}, 58M, POD#3 s/p BKA R for gangrene. Lives in {{FACILITY:Riverbend Men's Shelter}} ({{ADDRESS:165 Glenwood Ave}}, {{LOCATION:Minneapolis}}) since eviction {{DATE:Feb 2093}}. Prior address {{ADDRESS:2100 Riverside Ave #7D}}.
Insurance: Medical Assistance (PMAP), ID {{HEALTH_PLAN:09221873}}. SSI application pending, SSA claim # {{ACCOUNT:SSI-77120394}}.
Options reviewed: TCU at {{FACILITY:Lake Street Transitional Care}} accepted {{DATE:4/16}} pending auth; pt prefers to go to cousin {{NAME:Liban}}'s apartment in {{LOCATION:St. Cloud}} (3rd floor, no elevator) - not safe per PT.
Prosthetics: referred to {{FACILITY:Twin Cities Orthotics & Prosthetics}}, order {{ID:TCOP-88102}}.
Transport: {{FACILITY:Twin Rivers Paratransit}} certification number {{ID:MM0441892}}.
Pt agreeable to TCU. CM to fax packet to {{FAX:612.555.0135}}.
{{NAME:Kelsey Brown}}, RN CM  x{{PHONE:54119}}`,
  `H&P - {{FACILITY:Pointe Coupee Community Hospital}}
Date of admission: the {{DATE:14th of March, 2094}}
CC: "can't breathe"
HPI: {{NAME:Tran Minh Duc}}, a 67 y/o shrimper from {{LOCATION:Pierre Part}}, presents w/ 4 days of productive cough, fever, and SOB after falling overboard into the bayou. Seen at {{FACILITY:Napoleonville Urgent Care}} on the {{DATE:11th}} - given Z-pak. Now hypoxic 86% RA.
PMH: HTN, gout, 40 pk-yr smoker. PSH: appy. Meds: amlodipine 10, allopurinol 300.
SH: owns a shrimp trawler (LA reg {{VEHICLE:LA-4421-DJ}}); works with sons {{NAME:Tuan}} and {{NAME:Khoa}}. Drinks 6 beers/day. Speaks Vietnamese, some English.
FH: father died of "lung" at 60.
Exam: T 39.1, HR 112, RR 28, BP 104/62. Crackles R base; egophony. CURB-65 = 2. PSI class IV.
Labs: WBC 18.6, Na 129, lactate 2.8, procal 4.1. CXR RLL consolidation.
A/P: Severe CAP, r/o Vibrio/aspiration. Ceftriaxone + azithro + doxy; blood cx x2; Legionella/pneumococcal urine Ag. CIWA protocol. DVT ppx enoxaparin 40.
{{NAME:Ahmed Ben Youssef}}, MD  {{DATE:3/14/94 1830}}`,
  `ID CONSULT
Requested by: Dr. {{NAME:Wilson Joseph}}, hospitalist
Date: {{DATE:2090-10-05}}
Pt: {{NAME:Desrosiers, Guerline}} (52F)
Reason: MSSA bacteremia.
HPI: 52F with ESRD on HD via R IJ tunneled catheter (placed {{DATE:7/2090}} at {{FACILITY:Holy Cross Vascular Access Center}}), fever 39.4 at HD on {{DATE:10/3}}. BCx 2/2 MSSA. TTE: no vegetation. Recent travel to Haiti ({{LOCATION:Port-au-Prince}} and {{LOCATION:Jacmel}}) in August to visit mother.
Works as CNA at {{FACILITY:Sunrise Pointe Assisted Living}}.
Exam: line site erythema 1 cm, no purulence. 2/6 SEM (old). No Janeway lesions, Osler nodes or Roth spots.
Recs:
1. Remove catheter; line holiday, temp femoral HD cath.
2. Cefazolin 2 g IV after each HD (3x/wk), ~ 4-6 wks from first negative cx.
3. TEE to r/o endocarditis (Duke criteria 1 major).
4. Repeat BCx q48h until neg.
Spoke with pt's nephrologist Dr. {{NAME:Okoro}} ({{FACILITY:Lauderhill Kidney Center}}).
{{NAME:Lucia Van der Berg}}, MD, ID   pager {{PHONE:305-555-0183}}`,
  `To Whom It May Concern:

{{DATE:February 12th, 2093}}

RE: {{NAME:Amadou Diallo-Brown}}      DOB: {{DATE:6/6/1989}}

{{NAME:Amadou}} has been under my care at {{FACILITY:Sandhills Occupational Health}} for a L wrist scaphoid fracture sustained at work at {{FACILITY:Carolina Poultry Partners}} ({{LOCATION:Siler City}} plant) on {{DATE:1/30/93}}. Workers' comp claim # {{ACCOUNT:WC-2093-118824}}, employer rep {{NAME:Gwen Mason}}.
He is in a thumb spica cast and may return to modified duty on {{DATE:2/15/2093}}: no use of the left hand, no lifting over 5 lb, no work on the line or with knives, seated tasks only, 8-hour shifts. Re-evaluation in 3 weeks ({{DATE:3/5}}). CT if not healed at 6 wks (Herbert classification B2).

Please contact me with questions at {{PHONE:919-555-0162}} or {{EMAIL:occhealth@sandhills-occ.example.com}}.

{{NAME:Patricia Rich}}, PA-C
for {{NAME:Olusegun Balogun}}, MD`,
  `SCHOOL HEALTH PLAN - SEIZURE ACTION PLAN
Student: {{NAME:Nizhoni Todacheenie}}     Grade: 5     Teacher: Mrs. {{NAME:Faith Lee}}
School: {{FACILITY:Canyon View Elementary}}, {{LOCATION:Chinle}}, AZ     School nurse: {{NAME:Ray Bitsoi}}, RN
Date: {{DATE:8/12/2091}}   Valid through end of school year 2091-92.
Diagnosis: childhood absence epilepsy, dx {{DATE:March 2090}} (EEG 3 Hz spike-wave).
Medication at school: none. At home: ethosuximide 250 mg bid.
Rescue: if convulsive seizure > 5 min, give Valtoco 10 mg intranasal, call 911 and parent.
Parent/guardian: {{NAME:Lorraine Todacheenie}} (mom) {{PHONE:928-555-0126}}; grandfather {{NAME:Kee Todacheenie}} {{PHONE:928-555-0127}}.
Neurologist: Dr. {{NAME:Sahar Abdelrahman}}, {{FACILITY:Desert Sky Children's Neurology}}, {{FAX:602-555-0184}} (fax).
Swimming and PE allowed with buddy. Bus: route 12 driver informed.
Physician signature: ____________  {{NAME:Sahar Abdelrahman}}, MD`,
  `PRIOR AUTHORIZATION REQUEST - PHARMACY
Payer: Blue Cross Blue Shield of Arizona, Pharmacy Dept, fax 1-800-555-0142
Date submitted: {{DATE:10/21/2092}}
Member name: {{NAME:Yazzie, Kayla B.}}     Member ID: {{HEALTH_PLAN:XNA882104417}}     Group: 77120
DOB: {{DATE:01/30/2001}}     Phone: {{PHONE:(928) 555-0109}}
Address: {{ADDRESS:HC 61 Box 2204}}, {{LOCATION:Ganado}}, AZ {{ZIP:86505}}
Prescriber: {{NAME:Elaine Wauneka}}, MD     NPI: {{LICENSE:1205588910}}     DEA: {{LICENSE:BW4471902}}
Clinic: {{FACILITY:Pueblo Colorado Wash Health Center}}     Office fax: {{FAX:928-555-0108}}
Drug requested: adalimumab 40 mg/0.4 mL pen, q14 days. NDC 0074-0554-02. Qty 2 pens/28 days.
Diagnosis: Crohn's disease of small and large intestine (K50.80), dx by colonoscopy {{DATE:08/2092}} at {{FACILITY:Window Rock Endoscopy}}.
Prior therapies: prednisone 40 mg taper (steroid-dependent), azathioprine 100 mg x 4 mo (stopped for pancreatitis, lipase 1,120). TPMT normal.
TB screen: QuantiFERON neg {{DATE:9/30/92}}. Hep B sAg neg.
Harvey-Bradshaw index 11. CRP 38. Fecal calprotectin 1,480.
Specialty pharmacy: {{FACILITY:Canyon Specialty Infusion & Rx}}.
Reference # assigned by payer: {{ID:PA92-1021-88340}}`,
  `DRIVER MEDICAL EVALUATION - DIVISION OF MOTOR VEHICLES
Section completed by physician
Applicant: {{NAME:Krzysztof Lewandowski}}     DOB: {{DATE:November 3, 1952}}
Driver's license no.: {{LICENSE:WV F402211}}     CDL: no
Address: {{ADDRESS:Route 3, Box 19A}}, {{LOCATION:Elkins}}, WV {{ZIP:26241}}
Condition: seizure x1 on {{DATE:5/2/2092}} (provoked: hyponatremia, Na 118, from HCTZ + beer potomania). EEG {{DATE:5/9/92}} normal. MRI brain: chronic small vessel ischemia only. No AED.
Seizure-free period as of this exam ({{DATE:Nov 10, 2092}}): 6 months.
Vision: 20/25 OU corrected, fields full to confrontation. Epworth 6.
Opinion: fit to drive a private vehicle without restriction. Recommend re-evaluation in 1 yr.
Physician: {{NAME:Marcin Dabrowski}}, MD   WV license {{LICENSE:R-22814}}
{{FACILITY:Tygart Valley Neurology}}, {{ADDRESS:14 Davis Ave}}, {{LOCATION:Elkins}} {{ZIP:26241}}   {{PHONE:304-555-0191}}`,
  `Record date: {{DATE:2096-01-04}}

CARDIOLOGY - DEVICE CLINIC (remote + in-person)

{{NAME:Agnes Sobieski}} is a {{AGE:90}} y.o. woman (birthday {{DATE:12/28}}) with an ICD (Medtronic Evera MRI XT DR, model DDMB2D4, s/n {{DEVICE:PZK611204S}}) implanted {{DATE:4/4/2089}} for ischemic CM, EF 25%. RA lead 5076, RV lead 6935M.
Remote transmission {{DATE:12/30/95}} via CareLink from home monitor s/n {{DEVICE:RNB441920H}} (IP logged {{IP:172.20.14.88}}): 2 episodes VT, one ATP-terminated, no shocks.
In-person interrogation today: battery 7.1 yr, RV threshold 0.75 V @ 0.4 ms, R-wave 11 mV, impedance 532 ohm. AF burden 3%.
Meds: carvedilol 12.5 bid, sacubitril/valsartan 24/26 bid, spironolactone 12.5, amiodarone 200 (TSH 3.2, LFT ok), apixaban 2.5 bid (age > 80, wt 58 kg).
Lives at {{FACILITY:Maple Grove Senior Apartments}}, {{ADDRESS:400 Kosciuszko St, #214}}, {{LOCATION:Buffalo}} NY {{ZIP:14212}}; drives herself, which the family worries about.
Plan: no changes. Next remote {{DATE:April 2096}}. Discussed deactivation preferences - pt wants shocks left on.

{{NAME:Nirmala Subramanian}}, MD, FHRS`,
  `ADMISSION DATE: {{DATE:8-3-93}}
DISCHARGE DATE: {{DATE:8-6-93}}
PRINCIPAL DIAGNOSIS: ACUTE PANCREATITIS, ALCOHOLIC.
ATTENDING: {{NAME:OKAFOR, CHUKWUEMEKA}}, M.D.
HISTORY: MR. {{NAME:ABU-SALEH}} IS A 48 YEAR OLD
LINE COOK AT {{FACILITY:THE OLIVE TREE RESTAURANT}}
IN {{LOCATION:TOLEDO}} WHO PRESENTED WITH EPIGASTRIC PAIN
RADIATING TO THE BACK. LIPASE 2,410. RANSON 2 AT 48 HOURS.
CT ON {{DATE:8-4}} SHOWED INTERSTITIAL EDEMATOUS PANCREATITIS,
BALTHAZAR C, NO NECROSIS. GREY TURNER AND CULLEN SIGNS
ABSENT. TRIGLYCERIDES 310.
HOSPITAL COURSE: AGGRESSIVE LR, HYDROMORPHONE PCA,
CIWA PROTOCOL (MAX SCORE 14), THIAMINE, FOLATE. ADVANCED
TO LOW-FAT DIET ON HD#3. SEEN BY ADDICTION SERVICE;
REFERRED TO {{FACILITY:ARROWHEAD RECOVERY CENTER}} IOP
AND AA MEETINGS AT {{FACILITY:ST. GEORGE ANTIOCHIAN ORTHODOX
CHURCH}} HALL.
FOLLOW UP: DR. {{NAME:HADDAD}}, {{DATE:AUGUST 20}}.
WIFE {{NAME:RANIA}} ({{PHONE:419-555-0140}}).
{{NAME:CO}}:{{NAME:jtm}}  D: {{DATE:08/06/93}}  T: {{DATE:08/07/93}}`,
  `Nursing progress note 1900-0700
pt {{NAME:wieslawa k.}} {{AGE:97}}f bed 12-2, admitted from {{FACILITY:st hedwig rehab}} for fall w/ l hip fx, s/p ORIF today.
neuro: drowsy, reorients, cam+ early in shift (sundowning), 1:1 sitter 2200-0500. no restraints.
cv: sr 60s, bp 100s/50s. hgb 8.1 -> 1u prbc started 0130, no rxn.
resp: 2l nc, ls diminished bases, is 500.
gu: foley removed 0600, due to void by 1200.
pain: tylenol 650 q6 sched, oxy 2.5 x1 at 0300.
skin: heels offloaded, sacrum intact, braden 13.
family: granddaughter {{NAME:gosia}} called 2300 from {{LOCATION:chicago}}, updated. pt's own # {{PHONE:(773) 555-0193}} is disconnected.
dispo: ?snf vs return to {{FACILITY:polonia village assisted living}}. PT eval pending.
{{NAME:b.nguyen}} rn`,
  `TELEHEALTH VISIT - BEHAVIORAL HEALTH (audio-video)
Date/time: {{DATE:2094-09-12 16:00}}   Platform session {{URL:https://vv.mesatelehealth.example.com/room/88120-kq}}
Pt location: home, {{LOCATION:Tuba City}}, AZ (verified). Provider location: {{FACILITY:Flagstaff Behavioral Health Associates}}.
Pt IP on connection log {{IP:198.51.100.74}}; connection dropped x1, resumed by phone {{PHONE:928-555-0117}}.
Pt: {{NAME:Shawn Benally-Tsinajinnie}}, 29 M, f/u PTSD and AUD (military, Army 2083-2089, deployed x2).
Interval: 41 days sober per pt; attending sweat lodge with uncle {{NAME:Harold Tsinajinnie}} and Red Road meetings at {{FACILITY:Tuba City Wellness Hogan}}. Working at {{FACILITY:Moenkopi Travel Center}} as cashier.
PCL-5 38 (from 52). PHQ-9 9. AUDIT 6. C-SSRS negative.
Meds: prazosin 3 mg qhs (nightmares 1/wk from 5), naltrexone 50 mg daily, sertraline 100.
VA claim in progress, VA file # {{ACCOUNT:C-29011742}}. Service rep {{NAME:Darnell Young}}.
Plan: continue; next visit 4 weeks; labs (LFTs) at {{FACILITY:Moenkopi Lab Draw Station}}.
{{NAME:Yasmin Qureshi}}, PMHNP-BC`,
  `ED PHYSICIAN NOTE - {{FACILITY:Hocking Valley Community Hospital}}
{{DATE:Sat 12/20/2092 0312}}
HPI: 34 yo M, {{NAME:Dmitri Kowalczuk-Hayes}}, brought by friend after his hand was caught in a log splitter at work ({{FACILITY:Appalachian Hardwoods LLC}}). Tetanus unknown. Last ate 2100.
Exam: R index finger crush injury, distal phalanx open fx, nail bed lac, Allen's test normal, cap refill < 2 s distal. Seymour-type fx not present (adult).
XR: comminuted tuft fx R 2nd DP.
Procedure: digital block 1% lido 4 mL, irrigation 1 L, nail bed repair 6-0 chromic, nail replaced as splint. Cefazolin 2 g IV. Tdap given (lot 3CA90K2).
Dispo: home, hand surgery f/u {{DATE:12/22}} with Dr. {{NAME:Lindqvist-Obi}} at {{FACILITY:Athens Hand Center}}, {{PHONE:740.555.0110}}.
Workers comp: employer contact {{NAME:Wade Bishop}}, claim {{ACCOUNT:OH-BWC-92-2214780}}.
Pt address {{ADDRESS:8861 State Route 78}}, {{LOCATION:Nelsonville}}, OH {{ZIP:45764}}.
{{NAME:Leah Steinberg}}, DO`,
  `{{FACILITY:FEDERAL CORRECTIONAL INSTITUTION, BIG THICKET}}
INTAKE HEALTH SCREEN
Inmate: {{NAME:Adebayo, Tunde}}   Reg. No. {{ID:40877-279}}   DOB {{DATE:04/19/1985}}   Date {{DATE:05/01/2093}}
Arrived from {{FACILITY:Frio River Detention Center}} via USMS transport.
PMH: HTN, latent TB (INH 9 months completed 2089), sickle trait. Tattoos: "{{LOCATION:Lagos}}" L forearm, "Mama {{NAME:Bisi}}" R chest.
Meds: amlodipine 10.
Vitals: BP 148/96, HR 80, BMI 29. PPD not repeated (prior positive). CXR clear.
Mental health: PHQ-2 0; no prior SI; no detox need (last drink 2 mo ago).
Emergency contact: sister {{NAME:Bisola Adebayo-Martins}}, {{ADDRESS:2218 Monterey Bay Dr}}, {{LOCATION:Pearland}}, TX {{ZIP:77584}}, {{PHONE:832-555-0104}}.
Screening RN: {{NAME:L. Gonzalez}}; reviewed by {{NAME:Paul Okafor}}, MD (clinical director).`,
  `PEDIATRIC ED NOTE  {{DATE:2091-11-28T19:42}}
{{NAME:Aaliyah Mohamed}}, 2 yo F, brought by father {{NAME:Abdiwali}} for fever x3 d, tugging L ear, decreased PO. Attends {{FACILITY:Sunrise Daycare}} at the {{FACILITY:Nolensville Road Somali Community Center}}.
Vaccines UTD per state registry? - per father, 4 month shots delayed.
Vitals: T 39.6, HR 168, RR 32, SpO2 98%. Weight 11.9 kg.
Exam: L TM bulging, erythematous, no perforation. R TM dull. Lungs clear. No meningismus. Cap refill 2 s.
Dx: acute otitis media L (H66.92).
Rx: amoxicillin 90 mg/kg/day div bid = 535 mg bid x 10 days (400 mg/5 mL: 6.7 mL bid), ibuprofen 10 mg/kg.
Father's phone {{PHONE:615-555-0179}}. PCP {{FACILITY:Nolensville Pike Pediatrics}}.
Return precautions in Somali (interpreter {{NAME:Sahra}}, ID {{ID:7420}}).
{{NAME:Brendan O'Neil}}, MD`,
  `OB POSTPARTUM NOTE PPD#2   {{DATE:12/3/92}}
S: {{NAME:Ngoc Anh Huynh}} 27 yo G1P1 s/p pLTCS {{DATE:12/1/92}} for arrest of dilation, baby girl "{{NAME:Emma}}" 3,460 g Apgars 8/9. Pain controlled with ibuprofen/APAP; oxy x1 overnight. +flatus. Breastfeeding with lactation support ({{NAME:Joy}}, IBCLC). Mother-in-law Mrs. {{NAME:Dang}} at bedside, does the "doing the month" traditions.
O: T 37.1, BP 118/72, HR 84. Fundus firm U-1, lochia mod rubra. Incision c/d/i, Pfannenstiel, staples. Hgb 9.8 (from 12.2). Rh +, rubella immune.
A/P: routine PP course. Ferrous sulfate 325 daily. Tdap given in pregnancy. Depo? - declines, plans LAM then IUD.
D/c tomorrow if ambulating. Staples out at {{FACILITY:Westminster OB/GYN Group}} {{DATE:12/9}}.
Husband {{NAME:Kevin Le}} works at {{FACILITY:Garden Grove Aerospace Machining}}, FMLA paperwork requested.
Pediatrician: Dr. {{NAME:Tranh}} at {{FACILITY:Little Saigon Pediatrics}}.
{{NAME:A. Przybylski}}, MD PGY-3`,
  `TRANSTHORACIC ECHOCARDIOGRAM
{{FACILITY:Mercy Plains Regional Medical Center}} - Echo Lab
Name: {{NAME:Nwachukwu, Ifeoma}}   MRN: {{MRN:00389127}}   Acct: {{ACCOUNT:V0093881472}}
DOB: {{DATE:09/09/1946}}   Study date: {{DATE:06/14/2093}}   Accession {{ID:ECH-93-06614}}
Referring: {{NAME:Brandon Youngblood}}, NP   Sonographer: {{NAME:KMW}}
Indication: dyspnea, murmur. Ht 160 cm, Wt 71 kg, BSA 1.75. BP 152/70. Rhythm: sinus.
Findings:
LV: normal size, LVEF 60-65% (biplane Simpson's), grade II diastolic dysfunction, E/e' 17.
Aortic valve: severely calcified, trileaflet. Peak velocity 4.3 m/s, mean gradient 46 mmHg, AVA (VTI) 0.8 cm2, DI 0.22. Severe AS.
Mitral: MAC, mild MR. TR peak 3.1 m/s, RVSP 44 mmHg. IVC 1.9 cm, < 50% collapse.
Pericardium: no effusion.
Impression: severe calcific aortic stenosis, preserved EF. Compared with {{DATE:2/2091}} study (mean gradient 29), progression.
Recommend structural heart referral ({{FACILITY:Heartland TAVR Program}}, Dr. {{NAME:Sokolowski}}).
Read by {{NAME:Moses Adeleke}}, MD  {{DATE:6/14/2093 15:48}}`,
  `OPIOID TREATMENT PROGRAM - DOSING/COUNSELING NOTE
{{FACILITY:New Dawn Recovery Services}}, {{LOCATION:Bangor}}   Program ID on file
Date {{DATE:02/02/2094}}   Client {{NAME:Eddie "Bear" Sockabasin}}   Client # {{ID:NDR-08812}}
Dose: methadone 95 mg PO observed (bottle lot MT4471). Take-homes: 2 (Sat/Sun) per phase II.
UDS {{DATE:1/30}}: + methadone, + THC, - fentanyl, - cocaine. Breathalyzer 0.000.
Counseling: 45 min. Working part-time at {{FACILITY:Penobscot Lumber & Supply}} and staying with girlfriend {{NAME:Jessie Paul}} at {{ADDRESS:12 Front St, Apt B}}, {{LOCATION:Old Town}}. Attends NA at the {{FACILITY:Brewer Congregational Church}} Thursdays.
QTc {{DATE:1/12/94}} 448 ms. Hep C treated 2092, SVR12.
Probation officer {{NAME:Roland Michaud}} ({{PHONE:207-555-0152}}), docket # {{ID:PENCD-CR-92-0411}}.
Plan: continue 95 mg. Next counseling {{DATE:2/16}}.
{{NAME:Cheryl Francis}}, LADC`,
  `Record date: {{DATE:2088-05-19}}

{{NAME:Amina Yusuf Abdi}} returns for a new-arrival refugee health follow-up. She arrived from {{LOCATION:Kakuma}} camp, Kenya, on {{DATE:4/1/88}} with husband {{NAME:Hussein}} and four children, resettled by {{FACILITY:Lutheran Family Services of Omaha}} (case worker {{NAME:Jamila Nasser}}, {{PHONE:402-555-0118}}). Alien # {{ID:A-219-447-880}}.
Domestic screening results:
- IGRA positive, CXR normal: LTBI, start rifampin 600 mg daily x 4 mo.
- Strongyloides IgG positive: ivermectin 200 mcg/kg x 2 days (weight 58 kg -> 12 mg).
- Hb 10.2, MCV 71, ferritin 6: iron deficiency. Hgb electrophoresis normal.
- Hep B sAg neg, anti-HBs neg -> vaccinate. HIV neg. Syphilis neg. Lead N/A (adult).
- Vision 20/40 OU. Dental referral to {{FACILITY:Southside Community Dental}} on {{ADDRESS:S 24th St}}.
Children seen by {{FACILITY:Children's Omaha Refugee Clinic}}.
Lives at {{ADDRESS:4402 S 35th Ave, Unit 6}}, {{LOCATION:Omaha}} NE {{ZIP:68107}}. Husband hired at {{FACILITY:Cornhusker Poultry}} in {{LOCATION:Fremont}}.
Medicaid ID {{HEALTH_PLAN:NE7720918841}}.

{{NAME:Thuy-Tien Le}}, MD
cc: {{NAME:Jamila Nasser}} (resettlement)`,
  `Phys therapy daily note {{DATE:9-24-2092}}   visit 6/12
pt: {{NAME:Bogdan Wozniak-Reyes}}  dx: s/p R TKA ({{DATE:8/30/92}}, Dr. {{NAME:Feldmann}}, {{FACILITY:Ozark Bone & Joint}})
S: pain 3/10 at rest, 6/10 after stairs. back to driving truck for {{FACILITY:Razorback Freight}} next month? - "if the boss lets me." CDL # {{LICENSE:AR 904417722}}.
O: AROM knee 4-108 deg (prev 8-96). quad lag 5 deg. TUG 11.2 s. 6MWT 318 m. gait w/ sgl pt cane, mild antalgic. incision healed, Steri-Strips off.
Tx: NMES quad 10 min (Russian, 50 Hz, 10/50), TKE, SLR 3x10, bike 8 min, stairs 4", patellar mobs gr II-III, CP 10 min.
A: progressing; ext lag limits. Goal 0-115 by visit 12.
P: cont 2x/wk x 3 wk. HEP updated (Rx portal {{URL:https://myhep.example.com/p/BWR-2209}}).
{{NAME:Destiny Price}}, PT, DPT   {{FACILITY:Fayetteville Rehab Partners}}`,
  `WOUND CARE CLINIC   {{DATE:Thurs 1/16/2092}}
Pt: {{NAME:Guillaume, Jean-Claude}}, {{AGE:99}}-yr-old M, from {{FACILITY:Harborview Adult Family Home}} ({{ADDRESS:318 Oak Hill Rd}}, {{LOCATION:Spring Valley}}, NY {{ZIP:10977}}), accompanied by aide {{NAME:Mirlande}}.
Referred by PCP Dr. {{NAME:Saint-Fleur}} for non-healing R heel ulcer x 8 wks.
Hx: PAD, DM2 (A1c 7.0), dementia (FAST 6c), bedbound most of day.
Wound: R posterior heel, unstageable pressure injury 3.4 x 2.9 cm, 100% dry stable eschar, no fluctuance, no odor. Periwound intact. ABI 0.54 R; TBI 0.31. Monophasic DP on Doppler.
Plan: keep eschar dry and intact (betadine paint daily), heel offloading boot (Prevalon), no sharp debridement given perfusion. Vascular referral to Dr. {{NAME:Ozturk}} at {{FACILITY:Rockland Vascular Institute}}. Goals of care: nephew/HCP {{NAME:Wilner Guillaume}} ({{PHONE:845-555-0161}}) prefers no revascularization.
Braden 11. Nutrition: Juven bid.
Next visit 2 wks. Aide given written instructions in Creole.
{{NAME:Carmen Rosa Delgado}}, NP-C, CWOCN`,
  `Admission Date:  [**{{DATE:2178-11-30}}**]              Discharge Date:   [**{{DATE:2178-12-4}}**]

Service: NEONATOLOGY

HISTORY: Baby [**{{NAME:Known lastname 9920}}**] is a former 34 4/7 week infant admitted for respiratory distress. Born to a 22 y/o G1P0 mother at [**{{FACILITY:Hospital1 18}}**]. Prenatal screens: A+, Ab neg, HBsAg neg, RPR NR, GBS unknown. Mother recently moved from [**Country 480**]; family lives in [**{{LOCATION:Location (un) 2289}}**]. Rupture at delivery. Apgars 7 and 8.

HOSPITAL COURSE:
RESP: CPAP 5 for 18 hours, then room air since [**{{DATE:12-1}}**]. No apnea; caffeine not started.
CV: soft murmur [**{{DATE:12-2}}**], echo showed small PFO only.
FEN: ad lib demand feeding Enfamil 22 / breast milk, weight at discharge 2255 g.
GI: bili peak 11.8 on DOL 3, below phototherapy threshold.
ID: CBC/blood cx; ampicillin and gentamicin x 48 h, cx negative.
Hearing screen passed. Hep B vaccine [**{{DATE:2178-12-3}}**]. CCHD screen passed. Car seat test passed 90 min.

DISCHARGE: home with parents. Pediatrician Dr. [**{{NAME:Last Name (STitle) 4417}}**] at [**{{FACILITY:Company 2198}}**], phone [**{{PHONE:Telephone/Fax (1) 37291}}**]. VNA visit [**{{DATE:12-6}}**].

[**{{NAME:First Name8 (NamePattern2) 2213}}**] [**{{NAME:Last Name (NamePattern1) 5521}}**], MD  [**{{LICENSE:MD Number(2) 5522}}**]
Dictated By:[**{{NAME:Last Name (NamePattern1) 4418}}**]
MEDQUIST36
D:  [**{{DATE:2178-12-4}}**]  15:20
T:  [**{{DATE:2178-12-5}}**]  08:11
JOB#:  [**{{ID:Job Number 66102}}**]`,
  `COMMUNITY HEALTH WORKER ENCOUNTER
CHW: {{NAME:Lorenzo Nez}}   Program: {{FACILITY:Navajo Area Diabetes Outreach}}   Date: {{DATE:Jul 8 2093}}
Client: {{NAME:Bessie Manygoats}}, aged {{AGE:ninety}}, lives alone in a hogan 14 mi N of {{LOCATION:Rough Rock}}; no phone at home - messages through niece {{NAME:Charlene Yazzie}} at {{FACILITY:Tachee Valley Boarding School}} cafeteria, {{PHONE:928-555-0131}}.
Home visit: BG 188 (meter), BP 150/84 (manual, L arm). Taking metformin 500 bid "when she remembers." Pill organizer filled for 2 weeks. Sheep herding daily, walks ~3 mi.
Water: hauls from the windmill; 2 x 55 gal barrels. Food: commodity foods (FDPIR) plus mutton. Firewood low - referred to chapter for wood delivery.
Transport for eye exam {{DATE:7/22}} arranged through {{FACILITY:Dine Ride Medical Transport}}, trip # {{ID:DRT-4471-08}}.
Traditional healer visit planned; pt asked that her medicine man, Hastiin {{NAME:Tsosie}}, be told about her metformin.
Next visit {{DATE:Aug. 5}}.`,
  `ENDOSCOPY REPORT
{{FACILITY:Eastern Shore Endoscopy Center}}   {{ADDRESS:1120 Snow Hill Rd}}, {{LOCATION:Salisbury}}, MD {{ZIP:21804}}
Patient: {{NAME:Omotola Ajayi}}   DOB {{DATE:11/11/1970}}   MRN {{MRN:ESE-0042218}}   Procedure date {{DATE:04/24/2093}}
Endoscopist: {{NAME:Viet Q. Hoang}}, MD   Anesthesia: MAC (propofol 280 mg total), CRNA {{NAME:Grace Kim}}
Procedure: Colonoscopy with cold snare polypectomy (CPT 45385).
Indication: screening, FHx colon ca (brother dx age 48).
Prep: Boston Bowel Prep Scale 3-3-2 = 8. Cecum reached at 08:42 (appendiceal orifice, ileocecal valve photographed). Withdrawal time 11 min.
Findings: 6 mm sessile polyp ascending colon, cold snare, retrieved (jar 1). 4 mm polyp sigmoid, cold snare (jar 2). Sigmoid diverticulosis. Internal hemorrhoids grade I.
Scope: CF-HQ190L.
Path sent, requisition {{ID:RQ-93-118220}}. Recall per path; likely 3-5 yrs.
Driver: husband {{NAME:Babatunde}}, cell {{PHONE:443-555-0124}}.
Electronically signed {{NAME:V. Hoang}} {{DATE:4/24/93 09:15}}`,
  `PATIENT REGISTRATION / FACE SHEET
{{FACILITY:ST. LUKE'S COMMUNITY HOSPITAL OF THE PANHANDLE}}
Adm {{DATE:03/30/2093 21:14}}   Acct # {{ACCOUNT:200933011476}}   MRN {{MRN:SLP-661902}}   Room 118 Bed 2
Patient: {{NAME:NGUYEN, HOANG LONG}}   Sex M   DOB {{DATE:02/14/1960}}   Marital: M
SSN: {{SSN:532-17-4409}}   Language: Vietnamese   Race/Ethnicity: Asian
Address: {{ADDRESS:415 W 8TH ST TRLR 22}}, {{LOCATION:DUMAS}}, TX {{ZIP:79029}}
Home ph: {{PHONE:806-555-0144}}   Cell: none
Employer: {{FACILITY:CACTUS VALLEY FEEDERS}}   Occupation: feedlot hand   Work ph {{PHONE:806-555-0155}}
Guarantor: self
Primary ins: TX Medicaid / Superior STAR   Member ID {{HEALTH_PLAN:518820431}}   Group n/a
Secondary: none
Emergency contact: {{NAME:NGUYEN THI HUONG}} (wife)   {{PHONE:806-555-0145}}
2nd contact: {{NAME:PHAM VAN TOAN}} (cousin), {{LOCATION:AMARILLO}}   {{PHONE:806-555-0170}}
PCP: DR. {{NAME:R. OYELOWO}}
Advance directive: no   Organ donor: yes (DL {{LICENSE:TX 33018842}})
Registrar: {{NAME:kbrown}}   Printed {{DATE:03/30/93 21:40}}`,
  `FINANCIAL COUNSELING NOTE  {{DATE:6/2/2092}}
Met with {{NAME:Adaobi Eze-Johnson}} and husband {{NAME:Tobenna}} re: balance of $18,412.60 on account {{ACCOUNT:HB-00712295}} (inpatient {{DATE:4/11-4/15/92}}) and pro account {{ACCOUNT:PB-3318820}}.
Ins: employer plan through {{FACILITY:Great Lakes Tire & Rubber}} (husband), subscriber ID {{HEALTH_PLAN:GLT882019}}, deductible met.
Applied for charity care: household of 5, income 210% FPL. Documents received: pay stubs, 2091 W-2, SS card copy for pt (SSN {{SSN:401-88-2206}}) - will be shredded after verification.
Outcome: 60% discount approved, remaining $7,365.04 on 0% plan, $205/mo, autopay from checking acct {{ACCOUNT:xxxx4471}}.
Utility shut-off notice from {{FACILITY:Lakeshore Gas & Electric}} (acct {{ACCOUNT:7710-2293-08}}) - referred to {{FACILITY:St. Vincent Lorain Outreach}} for LIHEAP assistance.
Contact: {{EMAIL:adaobi.ej@example.com}}, {{PHONE:440-555-0136}}.
{{NAME:Krystyna Malinowski}}, Financial Counselor, ext {{PHONE:3318}}`,
  `Record date: {{DATE:2091-10-02}}

Ms. {{NAME:Hope Bishop}} is a {{AGE:93}}-year-old retired teacher ({{FACILITY:Weldon Consolidated School}}, 40 yrs) seen for annual wellness visit with her daughter {{NAME:June Bishop-Okeke}}.
Functional: ADLs independent except bathing; IADLs - daughter does finances, groceries. Drives only to {{FACILITY:Mt. Zion AME}} on Sundays, 2 miles.
Cognition: Mini-Cog 3/5; MoCA 21/30 (education adjusted). Geriatric depression scale 3.
Falls: 1 fall in past year (tripped over cat). TUG 14 s. Vit D 24 -> D3 2000.
Hearing: uses hearing aids (Phonak Audeo, serials {{DEVICE:2218K0441}} / {{DEVICE:2218K0442}}) bought from {{FACILITY:Roanoke Rapids Hearing}}.
Meds: amlodipine 5, losartan 50, alendronate 70 weekly (since 2086 - consider drug holiday), Tylenol arthritis.
BP 136/70. Wt 58 kg.
Advance care planning: has living will, HCPOA is {{NAME:June}}. Wishes: no feeding tube.
Immunizations: Shingrix #2 today; Prevnar 20 done {{DATE:10/2090}}.
Plan: DEXA, PT for balance at home via {{FACILITY:Halifax County Home Health}}, RTC 6 mo.

{{NAME:Terrence Mabry}}, MD
{{FACILITY:Weldon Family Medicine}}, {{ADDRESS:220 Washington Ave}}, {{LOCATION:Weldon}}, NC {{ZIP:27890}}`,
  `insulin pump / cgm clinic {{DATE:1/9/2094}}
pt {{NAME:ayodele ogunleye}} 16 yo m, t1dm dx age 9, here w/ mom {{NAME:bukola}}.
pump: tandem t:slim x2 s/n {{DEVICE:1184221}}, control-iq on. cgm: dexcom g7, sensor serial {{DEVICE:H3NN4K8T2X}}. uploads to clinic portal {{URL:https://upload.kidsdiabetes.example.org/c/AO-1184}}.
tir 58% (goal >70), tbr 2%, tar 40%. gmi 7.6. a1c 7.9 (prev 8.4).
missed boluses at lunch at school ({{FACILITY:mcnair high school}}); school nurse ms. {{NAME:hill}} ok to prompt at 1130. plays football ({{FACILITY:ryan road youth league}}), temp basal -50% for practice.
settings changed: ICR 1:8 -> 1:7 lunch only; cf 1:40; target 110.
sick day + ketone plan reviewed. glucagon (baqsimi) rx renewed.
supplies via {{FACILITY:medline direct diabetes supply}}, order # {{ID:MDS-77214409}}; ins prior auth for g7 sensors ref {{ID:PA-1188201}}.
mom's cell {{PHONE:(630) 555-0148}}, email {{EMAIL:bukola.ogunleye@example.com}}.
next visit 3 mo. transition-to-adult-care talk started.
{{NAME:ck}} / {{NAME:Marta Zielinska}}, CDCES`,
  `CHILD ABUSE PEDIATRICS CONSULT
Date: {{DATE:2092-02-17}}   Requesting: Dr. {{NAME:Aiyana Begaye}}, PICU
Child: {{NAME:Jaxon Whitehat}}, 5 mo M, MRN {{MRN:RMC-2209917}}
History: brought by mother ({{NAME:Kristen Whitehat}}, 19) and her boyfriend ({{NAME:Cody Lambert}}) to {{FACILITY:Rio Arriba Community Hospital}} ED on {{DATE:2/15}} with "not acting right," then transferred here.
Findings: R parietal skull fx, bilateral SDH of differing ages, multilayer retinal hemorrhages OU (per ophtho Dr. {{NAME:Phan}}), healing posterior rib fx R 7-8. No bleeding disorder (PT/PTT/VWF/FXIII nl). Skeletal survey {{DATE:2/16/92}}; repeat in 2 wks.
Caregivers: child attends in-home daycare of Mrs. {{NAME:Loretta Sena}} in {{LOCATION:Espanola}}; boyfriend works at {{FACILITY:Valle Tire & Lube}}.
Impression: findings diagnostic of physical abuse (abusive head trauma).
Report made to CYFD, report # {{ID:CYFD-92-044871}}, and to {{FACILITY:Espanola Police Department}}, Det. {{NAME:Rudy Archuleta}}, badge {{ID:1127}}.
Siblings: none. Safety plan: no unsupervised contact pending investigation.
{{NAME:Margaret O'Brien-Tso}}, MD, Child Abuse Pediatrics   pager {{PHONE:505-555-0121}}`,
  `Oncology infusion nursing note {{DATE:11/05/2093 0930}}
{{NAME:Ahmad Nasser Al-Tamimi}}, 61 M, metastatic pancreatic adenoca, C4D1 mFOLFIRINOX. Port: R chest PowerPort, s/n {{DEVICE:PPS-8812043}}, accessed 20g 3/4" Huber, + blood return.
VS: T 36.8, HR 88, BP 118/70, wt 62.1 kg (down 2 kg). ECOG 1. Neuropathy grade 1.
Labs: ANC 1.9, plt 121, bili 0.8, CA 19-9 1,120 (from 4,880).
Premeds: ondansetron 16, dex 12, atropine 0.25 SQ for cholinergic sx. Oxaliplatin 85 mg/m2 (146 mg) over 2h, leucovorin 400 mg/m2, irinotecan 150 mg/m2 (reduced), 5-FU pump 2400 mg/m2 over 46 h - ambulatory pump CADD-Solis s/n {{DEVICE:SOL-39920177}}; disconnect {{DATE:Thursday 11/7}} by {{FACILITY:Optimum Home Infusion}}.
Pt's son {{NAME:Omar}} drove him from {{LOCATION:Hamtramck}}; pt works as an imam at {{FACILITY:Masjid Al-Noor Hamtramck}} and fasts Mondays - counselled.
Pt's neulasta onbody injector applied, lot N44210.
{{NAME:Precious Adebayo}}, RN, OCN`,
  `AUDIOLOGY EVALUATION  {{DATE:May 5, 2092}}
{{NAME:Stanislaw Grabowski}}, 68, retired crane operator from {{FACILITY:Lackawanna Steel Works}}, referred by Dr. {{NAME:Kaminski}} for bilateral hearing loss and R tinnitus.
Otoscopy: clear canals, intact TMs.
Tympanometry: Type A bilaterally.
Pure tone: R mild sloping to severe SNHL, 4 kHz notch (noise pattern); L mild to moderately-severe SNHL. PTA R 43 dB, L 38 dB. WRS R 76% @ 80 dB, L 88%. Weber lateralizes L. Asymmetry 15 dB at 3-4 kHz R > L.
Recommendations: MRI IAC to r/o vestibular schwannoma (asymmetry), ENT consult ({{FACILITY:Buffalo Otolaryngology Group}}). Hearing aid trial after clearance.
VA: veteran (Vietnam era) - claim through VA; VA file {{ACCOUNT:C-22018843}}.
Wife {{NAME:Danuta}} reports TV volume 40+. HHIE-S 22.
Mailing: {{ADDRESS:PO Box 77}}, {{LOCATION:Blasdell}}, NY {{ZIP:14219}}. Phone {{PHONE:716-555-0181}}.
{{NAME:Renee Lightfoot}}, Au.D., CCC-A   NY lic {{LICENSE:002281}}`,
  `DEATH PRONOUNCEMENT NOTE
{{DATE:12/24/2091 0415}}
Called by RN {{NAME:Kateryna Bondarenko}} to room 3 West-12 for pt {{NAME:Thi Bich Ngoc Vo}}, {{AGE:102}} y.o. woman (DOB {{DATE:3/8/1989}}), DNR/CMO since admission {{DATE:12/19}}.
Exam: unresponsive to voice and sternal rub, no spontaneous respirations over 1 min, no heart sounds over 1 min, no carotid pulse, pupils fixed and dilated. Time of death 0409.
Family: granddaughter {{NAME:Vy Tran}} present; son {{NAME:Vo Van Quang}} notified by phone in {{LOCATION:Ho Chi Minh City}} at {{PHONE:+84 28 5555 0123}}.
Attending Dr. {{NAME:Salazar-Kim}} notified. Autopsy declined. Not an ME case.
Organ procurement org called, referral # {{ID:OPO-91-220419}} - not a candidate (age).
Funeral home: {{FACILITY:Bao An Funeral Services}}, {{LOCATION:Westminster}}, CA.
Buddhist monk from {{FACILITY:Chua Hue Quang temple}} requested by family; chaplain Brother {{NAME:Anselm}} paged.
{{NAME:Jorge L. Benitez}}, MD (night hospitalist)`,
  `OCCUPATIONAL HEALTH - DOT DRUG & ALCOHOL TEST
Collection site: {{FACILITY:Big Horn Occupational Medicine}}, {{ADDRESS:310 N Main}}, {{LOCATION:Hardin}}, MT {{ZIP:59034}}
Date/time collected: {{DATE:08/19/2092 06:50}}
Donor: {{NAME:Eugene Old Coyote}}   SSN/Employee ID: {{SSN:517-22-0914}}   CDL {{LICENSE:MT 0412298177}}
Employer: {{FACILITY:Rocky Mountain Rail Services}}   DER: {{NAME:Brenda Wolf}}, {{PHONE:406-555-0108}}, fax {{FAX:406-555-0109}}
Reason: random.
CCF specimen ID {{ID:7712098}}   Chain of custody # {{ID:COC-MT-92-44817}}
Urine temp 94 F within range (90-100). Split specimen sealed; bottle A/B seals intact, initialed by donor ({{NAME:EOC}}).
Breath alcohol: EBT Intoxilyzer 8000, result 0.000 at 06:58.
Lab: {{FACILITY:Treasure State Toxicology}}, {{LOCATION:Billings}}. MRO: Dr. {{NAME:Samuel Firstraise}}.
Collector: {{NAME:Tamara Plenty Hoops}}   Collector phone {{PHONE:406.555.0112}}
Donor remarks: takes ibuprofen 800, no Rx meds. Vehicle on site: company truck #412, plate {{VEHICLE:MT 3-44721A}}.`,
  `Patient portal - account security review
Ticket {{ID:INC-0093-22871}}   Opened {{DATE:2093-07-02 11:20}}
Account holder: {{NAME:Leila Mansour-Haddad}} (proxy for her father {{NAME:Georges Haddad}}, aged {{AGE:91}}, MRN {{MRN:77102948}})
Issue: proxy reports a login she did not make. Audit log shows successful logins from {{IP:203.0.113.45}} on {{DATE:6/30/93 23:14}} and {{IP:2001:db8:44::1f}} on {{DATE:7/1/93 02:03}} (both outside US geolocation), and from her usual {{IP:192.168.14.22}} via clinic Wi-Fi.
Username: {{EMAIL:leila.mh@example.net}}; MFA not enrolled. Portal: {{URL:https://portal.cedarridgehealth.example.org}}.
Actions: password reset, sessions revoked, MFA (TOTP) enrolled, proxy access re-verified in person at {{FACILITY:Cedar Ridge Clinic - Dearborn Heights}} with Michigan driver's license {{LICENSE:M 520 114 883 019}}.
No record changes found; messages viewed: 3. Privacy officer {{NAME:Dana Szczepanski}} notified; HIPAA breach risk assessment to follow.
Callback {{PHONE:313-555-0119}}.
Analyst: {{NAME:rwu}}`,
  `[**{{DATE:2162-4-22}}**] 3:14 PM
CT HEAD W/O CONTRAST                                            Clip # [**{{ID:Clip Number (Radiology) 44120}}**]
Reason: [**{{AGE:92}}**] yo woman s/p fall at [**{{FACILITY:Hospital3 1122}}**], on coumadin
Admitting Diagnosis: SUBDURAL HEMATOMA
 ______________________________________________________________________________
FINAL REPORT
HISTORY: Fall, on anticoagulation, evaluate for hemorrhage.
COMPARISON: [**{{DATE:2161-12-30}}**].
FINDINGS: There is a 9-mm left holohemispheric subdural hematoma, mixed density, with 4 mm of rightward shift of normally midline structures. No uncal herniation. Basal cisterns patent. Periventricular white matter hypodensity consistent with chronic small vessel disease. Old right cerebellar lacune. No fracture.
IMPRESSION: Left acute-on-chronic SDH with mild midline shift. Findings discussed with Dr. [**{{NAME:Last Name (STitle) 22018}}**] by Dr. [**{{NAME:First Name (STitle) 440}}**] at 3:30 pm on [**{{DATE:2162-4-22}}**] by telephone.
DR. [**{{NAME:First Name (STitle) 440}}**] [**{{NAME:Last Name (STitle) 441}}**]
DR. [**{{NAME:First Name8 (NamePattern2) 1201}}**] [**{{NAME:Last Name (NamePattern1) 1202}}**]
Approved: [**{{DATE:2162-4-22}}**] 4:02 PM`,
  `DISCHARGE SUMMARY
PATIENT NAME: {{NAME:EL-AMIN, YOUSSEF K.}}
UNIT NUMBER: {{MRN:448-21-09}}
ADMISSION DATE: {{DATE:JULY 2, 2092}}
DISCHARGE DATE: {{DATE:JULY 9, 2092}}
HISTORY OF PRESENT ILLNESS: THIS IS A 71-YEAR-OLD ARABIC-SPEAKING MAN, FORMERLY A
PHARMACIST IN {{LOCATION:ALEPPO}}, NOW LIVING WITH HIS SON {{NAME:KARIM}} IN {{LOCATION:PATERSON}},
WHO PRESENTED WITH STEMI. DOOR-TO-BALLOON 64 MINUTES. CATH: 100% PROXIMAL LAD, DES X1 (XIENCE
3.0 X 28, LOT 2041187). EF 35% BY LV GRAM.
HOSPITAL COURSE: COMPLICATED BY LV THROMBUS ON ECHO {{DATE:7/5}}; STARTED WARFARIN WITH
ENOXAPARIN BRIDGE. LIFEVEST WEARABLE DEFIBRILLATOR FITTED, S/N {{DEVICE:WCD-4417-22190}}.
CARDIAC REHAB REFERRAL TO {{FACILITY:PASSAIC VALLEY CARDIAC REHAB}}.
DISCHARGE MEDICATIONS: ASPIRIN 81, CLOPIDOGREL 75, WARFARIN 5 (INR GOAL 2-3, TRIPLE
THERAPY X 1 MONTH), METOPROLOL SUCCINATE 25, LISINOPRIL 5, ATORVASTATIN 80.
INR CHECK {{DATE:7/12}} AT {{FACILITY:MAIN STREET MEDICAL ARTS PHARMACY}} POC CLINIC.
FOLLOW UP: DR. {{NAME:SAMIR BOUTROS}} IN 1 WEEK ({{PHONE:973-555-0189}}).
____________________
{{NAME:HELEN KOWALSKI-IBE}}, M.D.
DICTATED: {{DATE:07/09/2092 11:20}}  TRANSCRIBED: {{DATE:07/10/2092}}  {{NAME:HKI}}/{{NAME:dfs}}`,
  `nutrition f/u {{DATE:10/10}}
pt {{NAME:chukwudi}} (prefers "{{NAME:chudi}}") 58m, ckd4, dm2, hfref. wt 104.2 kg (admit 109.8), edema improving. ibw 73 kg. bmi 34.
diet: 2g na, 1.5 l fluid, carb controlled, renal (k < 2.5 g, phos < 1 g).
pt eats mostly at {{FACILITY:mama's kitchen african cuisine}} where wife {{NAME:ngozi}} cooks - egusi, jollof, fufu, suya. reviewed lower-k swaps (rice instead of yam/plantain). bitter leaf soup - pt will ask wife.
labs: k 5.4, phos 5.9, alb 3.2, a1c 8.6.
education w/ teach-back; handout in english. wife to bring food log.
pt attends {{FACILITY:holy ghost catholic church}} igbo mass, fasting for lent not advised.
f/u outpt renal dietitian at {{FACILITY:gwinnett kidney care}}.
{{NAME:l. kowalczyk}}, rdn, ld`,
  `CHAPLAIN NOTE  {{DATE:Sunday, March 8, 2093}}
Visit with {{NAME:Wilfrid Jean-Louis}}, 74, in ICU bed 6 after cardiac arrest, and his wife {{NAME:Marie-Ange}} and daughters {{NAME:Nadege}} and {{NAME:Rose-Merline}}. Family is Haitian Catholic; their parish is {{FACILITY:Sainte Therese de Lisieux Haitian Mission}} in {{LOCATION:Mattapan}}, and Pere {{NAME:Jocelyn Auguste}} ({{PHONE:617-555-0197}}) is coming at 1500 for anointing of the sick.
Wife spoke of their 50 years, of their first home on {{ADDRESS:Wellington Hill St}}, and of his 30 years driving a cab for {{FACILITY:Blue Hill Taxi}}. She asked for prayer in Creole; I prayed the Our Father with the family and sang "Kenbe Fem" softly at their request.
Daughter {{NAME:Nadege}} is struggling with the decision about withdrawal; family meeting with Dr. {{NAME:Oyelaran}} set for {{DATE:3/9}} at 10:00.
Spiritual assessment (FICA): strong faith, community support from their prayer group at {{FACILITY:Eben-Ezer Fellowship}}.
Plan: follow daily; on-call chaplain aware. Family may reach the chaplain office at ext {{PHONE:4-6120}}.
Rev. {{NAME:Abigail Nakamura-Stone}}, BCC`,
  `TRANSFER CENTER CALL LOG
Call received {{DATE:10/14/2092 0217}}   Transfer # {{ID:TC-92-118804}}
Sending: {{FACILITY:Sweetgrass County Critical Access Hospital}}, {{LOCATION:Big Timber}}, MT - Dr. {{NAME:Ingrid Solberg}}, ED, callback {{PHONE:406-555-0174}}
Receiving: {{FACILITY:Yellowstone Valley Medical Center}} ICU, accepting Dr. {{NAME:Ramon Quintanilla}}
Pt: {{NAME:Wanbli Two Bulls}}, {{AGE:93}}yo M, wt 64 kg. DOB {{DATE:4/2/1999}}.
Summary: GI bleed, Hgb 6.2 -> 7.0 after 2 u, HR 118, BP 88/50, on apixaban. Andexanet not on formulary at sending. Glasgow-Blatchford 15. Rockall pending scope.
Transport: fixed wing unavailable (weather); ground ALS via {{FACILITY:Crazy Mountain Ambulance}}. Rotor wing {{FACILITY:Big Sky Air Medical}} on standby.
ETA 0415. Bed assignment MICU 7. Family: daughter {{NAME:Winona}} following by car, cell {{PHONE:406.555.0166}}.
Reports: labs and images pushed via {{URL:https://xfer.yvmc.example.org/case/TC-92-118804}}.
Call closed 0231 by transfer RN {{NAME:Kyle Haugen}} (ext {{PHONE:7-4410}}).`,
  `GENETIC COUNSELING NOTE
{{DATE:June 30th 2092}}   {{FACILITY:Heartland Cancer Genetics Clinic}}   Counselor: {{NAME:Maja Lindgren-Okafor}}, MS, CGC
Proband: {{NAME:Teresa Kowalczyk}} (44), referred by Dr. {{NAME:Amos}} for personal hx of triple-negative breast ca dx at 41 (dx {{DATE:11/2089}}).
Pedigree (3 generations):
- Mother {{NAME:Irena}}: ovarian ca at 58, d. 61.
- Maternal aunt {{NAME:Zofia}}: breast ca at 47, alive.
- Maternal grandmother: d. at {{AGE:96}} "of old age"; born in {{LOCATION:Rzeszow}}, Poland.
- Maternal grandfather: prostate ca at 80, d. ({{AGE:95}}).
- Father: 70, healthy; paternal side of Ashkenazi Jewish and Polish ancestry.
- Brother {{NAME:Piotr}}, 39, pancreatic cyst on MRI, surveillance.
Risk models: Tyrer-Cuzick not applicable (affected); PREMM5 N/A. NCCN criteria met.
Testing: 84-gene panel ordered through {{FACILITY:Lakeview Genomics Laboratory}}, requisition {{ID:LGL-2092-557104}}, kit {{ID:KT-88102449}}. Founder BRCA1 5382insC discussed.
Insurance pre-auth approved, ref {{ID:AUTH-771201}}.
Results expected in 2-3 weeks; will call pt at {{PHONE:402-555-0186}} or message via {{URL:https://heartlandcancer.example.org/portal}}.
Cascade testing letter for relatives to be provided.`,
  `SNF quarterly care conference / MDS note
Facility: {{FACILITY:GOLDEN PRAIRIE REHAB & NURSING}}, {{LOCATION:Worthington}}, MN   Room 22-A
Resident: {{NAME:Nguyen Van Sau}} ("Ong {{NAME:Sau}}"), {{AGE:92}}yo M. Admit {{DATE:9-9-2089}}. ARD {{DATE:12/05/2092}}.
BIMS 9/15. PHQ-9 (interview) 4. GG self-care scores stable. Falls: 0 this quarter. Wt 51.2 kg, down 4% in 90 days - RD following, magic cup bid.
Skin: intact. Braden 16. Continence: occasional UI, toileting q2h.
Diagnoses: vascular dementia, HTN, BPH, OA, hx TB (treated in Vietnam 2050s).
Meds: donepezil 5, tamsulosin 0.4, acetaminophen 650 tid. GDR of mirtazapine attempted {{DATE:10/1}} - insomnia returned, restarted.
Family present: daughter {{NAME:Nguyen Thi Kim}}, son-in-law {{NAME:Dao Minh}}; phone in from {{LOCATION:Garden Grove}}, CA son {{NAME:Sang}} {{PHONE:714-555-0163}}.
Resident enjoys Vietnamese radio and visits from monks of {{FACILITY:Chua Phat An}}; rides {{FACILITY:Prairie Express}} bus to {{FACILITY:Worthington Asian Market}} Saturdays with activity aide.
MA PMAP ID {{HEALTH_PLAN:MN00418772}}; LTC policy (Genworth) # {{ACCOUNT:LTC-0092284417}}.
Attendees: {{NAME:Jill Vanderbeek}} RN MDS coord; {{NAME:Abdi Ahmed}} SW; {{NAME:Carla Schmitt}} RD; Dr. {{NAME:Petersen}} (by phone).`,
  `NEUROLOGY FOLLOW-UP
{{DATE:Mar 3 '93}}
Pt: {{NAME:Lech Zawadzki}}, 72 M, Parkinson disease dx 2086 (age 65), Hoehn and Yahr 2.5.
Interval: more "off" time late afternoon; 2 falls (no injury). Freezing at doorways. Constipation. No hallucinations. Wife {{NAME:Grazyna}} notes REM sleep behavior (kicking) for years.
Meds: carbidopa/levodopa 25/100 2 tabs 5x/day (0700, 1000, 1300, 1600, 1900), entacapone 200 with each, rasagiline 1 mg.
Exam: MoCA 25/30. UPDRS-III (on) 28. Masked facies, hypophonia. Rigidity R > L, cogwheeling. Bradykinesia. Romberg neg; pull test 3 steps. Babinski absent bilaterally. Myerson sign present. No Lhermitte sign. Gait: reduced arm swing, en bloc turns. Orthostatics: 142/80 -> 118/70 standing.
Assessment: PD with motor fluctuations and early postural instability; orthostatic hypotension.
Plan: add C/L 25/100 at 2200; PT LSVT BIG and LOUD at {{FACILITY:Lakeland Neuro Rehab}}; DBS evaluation referral (Dr. {{NAME:Haddad-Sorensen}}); midodrine 2.5 mg bid trial; stop tamsulosin. DaTscan not needed.
Pt retired from {{FACILITY:Milwaukee Gear Works}} 2082. Drives - advised to stop night driving.
RTC 3 mo. {{NAME:Olga Petrenko}}, MD, movement disorders`,
  `home care aide visit log - {{FACILITY:north shore helping hands home care}}
client: {{NAME:danuta wisniewska}}, aged {{AGE:ninety-one}}, {{ADDRESS:1433 w cornelia ave apt 2r}}, {{LOCATION:chicago}} {{ZIP:60657}}. door code 4471 (not shared outside agency). buzzer broken - call {{PHONE:773-555-0129}} from lobby.
visit {{DATE:thu 5/14/92}} 0800-1200, aide {{NAME:agnieszka m.}} ("{{NAME:aga}}"), employee # {{ID:NSH-2231}}.
tasks: bath (shower chair), dressed, breakfast (oatmeal, tea), meds reminder only - client took her pills from the weekly box filled by daughter {{NAME:ewa}} on the {{DATE:10th}}. laundry x1. walked to corner and back with walker, 2 rests.
observations: more forgetful today, asked twice where her husband {{NAME:tadeusz}} is (he died 2089). bruise L forearm 3 cm, client says bumped the table. no falls. appetite ok.
notified: supervisor {{NAME:renata kos}} rn at 1215; daughter texted.
next visit sat 0800. church ride to {{FACILITY:st. kinga parish}} sunday arranged with {{FACILITY:avondale senior ride}}.
evv clock-in 0758, clock-out 1203.
{{NAME:agnieszka m.}}`,
  `POLYSOMNOGRAPHY REPORT - SPLIT NIGHT
{{FACILITY:Valley of the Sun Sleep Center}}, {{LOCATION:Yuma}}   Study {{ID:PSG-92-04417}}   Date {{DATE:02/11/2092}}
Patient: {{NAME:Hamdi, Rashid}}   DOB {{DATE:07/07/1966}}   BMI 38.1   Neck 45 cm   ESS 16
Referring: {{NAME:Felicia Wong}}, FNP ({{FACILITY:Somerton Family Clinic}})
Occupation: long-haul trucker for {{FACILITY:Desert Line Transport}}, DOT medical card expires {{DATE:4/2092}}; CDL {{LICENSE:D44102871}}.
Diagnostic portion (lights off 22:14, 3.2 h TST): AHI 62/h (obstructive 58, central 4), RDI 66, supine AHI 88. Nadir SpO2 71%; T90 24%. Cheyne-Stokes absent. PLMI 4.
Titration: CPAP 5 -> 14 cm H2O; at 13 cm (REM supine) AHI 3, SpO2 > 92%. Mask: medium nasal pillows (AirFit P10).
Arousal index 48 -> 11. ECG: sinus, occasional PVCs.
Impression: severe OSA (G47.33), optimal CPAP 13 cm H2O.
Plan: auto-CPAP 11-15 via {{FACILITY:Yuma Respiratory Home Care}}; compliance download at 31 days required for DOT. Device s/n will be linked to his chart when issued.
Interpreting physician: {{NAME:Moshe Abramowitz}}, MD, D-ABSM   {{DATE:02/13/2092}}`,
  `Telephone note  {{DATE:Tue, 09 Aug 2094}}
Incoming from {{NAME:Marie-Therese Celestin}} re: her brother {{NAME:Jean-Robert Celestin}} ({{AGE:ninety-three}}), our pt. Verified caller is on HIPAA release ({{DATE:1/2094}}). Pt identity confirmed with DOB and last 4 of SSN ({{SSN:***-**-7734}}).
She reports he fell last night at home ({{ADDRESS:88 Ashmont Street, 3rd floor}}, {{LOCATION:Dorchester}}), got up without help, no head strike, on no blood thinners. Today mild L hip pain, walking with his cane as usual. Eating. No confusion per her.
Advised: same-day visit or urgent care for hip exam/XR given age; she prefers clinic. Booked 3:40 pm today with {{NAME:Yolande}} (NP). If unable to bear weight, call 911.
Also asks for renewal of his transport authorization with {{FACILITY:MedRide Boston}} (auth {{ID:MRB-4471902}}) and says {{FACILITY:Ashmont Pharmacy}} needs a new Rx for Voltaren gel.
Callback {{PHONE:(617) 555-0134}}. {{NAME:Sandra Okeke}}, LPN`,
  `SPORTS PRE-PARTICIPATION PHYSICAL
School: {{FACILITY:ROOSEVELT HIGH SCHOOL}}   Sport: soccer (girls varsity), track
Athlete: {{NAME:Ayaan Abdi Mohamud}}   Grade 11   DOB {{DATE:2/28/2076}}   Date of exam {{DATE:7/30/2092}}
Parent: {{NAME:Khadra Hussein}}   {{PHONE:206.555.0115}}
History: no syncope with exercise; no chest pain; no family hx of sudden death < 50. Concussion {{DATE:Oct. 2091}} (heading ball), cleared by {{FACILITY:Rainier Valley Sports Concussion Clinic}} per Zurich protocol. Menses regular. Fasts during Ramadan - discussed hydration during practice.
Exam: BP 108/64, HR 58, Ht 168 cm, Wt 55 kg. Vision 20/20 OU. Heart RRR, no murmur supine or standing/Valsalva. Marfan stigmata absent. Beighton 2/9.
Labs: ferritin 11 (low) - iron 65 mg elemental qod.
Cleared for all sports without restriction.
Coach notified: Mr. {{NAME:Tesfaye}}, {{EMAIL:ttesfaye@rooseveltroughriders.example.edu}}.
Examiner: {{NAME:Linh Dao-Mercer}}, MD, {{FACILITY:Beacon Hill Family Health}}, {{LOCATION:Seattle}}`,
  `ED NOTE - MVC
{{FACILITY:Coahoma County Community Hospital}} ED   {{DATE:9/1/93 1755}}
{{NAME:Blessing Nwankwo-Harris}}, 37 F, restrained driver of a 2015 Toyota Camry (MS tag {{VEHICLE:CHA 4417}}, VIN {{VEHICLE:4T1BF1FK5FU904417}}) struck on the passenger side by a pickup at {{ADDRESS:Hwy 61 and State St}} in {{LOCATION:Clarksdale}}. + airbag. Ambulatory at scene. Highway patrol report # {{ID:MHP-93-0901-227}}, Trooper {{NAME:Dale Whitten}}.
C/o neck pain, L wrist pain. No LOC. LMP {{DATE:8/20}}, urine hCG neg.
Exam: GCS 15. C-spine midline tenderness (NEXUS positive). L snuffbox tenderness. Seatbelt sign absent. FAST negative.
CT C-spine: no fx. XR L wrist: no fx; scaphoid views neg -> thumb spica splint, repeat XR 10-14 d.
Dx: cervical strain; L wrist sprain, r/o occult scaphoid fx.
Rx: naproxen 500 bid, cyclobenzaprine 5 qhs.
Work: teacher at {{FACILITY:Oakhurst Middle School}} - note for 2 days.
Auto insurer claim # {{ACCOUNT:SF-2293-118-04}} (pt provided).
Husband {{NAME:Terrence Harris}} to drive her home, {{PHONE:662-555-0141}}.
{{NAME:Khanh Pham}}, PA-C / {{NAME:Rebecca Lowe}}, MD`,
  `urgent care - {{FACILITY:PRAIRIE DU CHIEN WALK-IN}}   {{DATE:10-18-92 1420}}
pt {{NAME:Tadeusz "Ted" Michalski}} 58m dairy farmer, came in w/ son {{NAME:Jacek}}. rolled his atv in a ditch on {{ADDRESS:County Rd K}} this am, helmet off. drove himself to the barn then here.
c/o R chest wall pain worse w/ deep breath, R shoulder pain. no loc. tetanus 2087.
exam: ttp R ribs 6-8 lateral, no crepitus, bs = bilat, sat 97% ra. R shoulder rom full, painful abduction, neg drop arm. no neer/hawkins. abd benign.
cxr: nondisplaced R 7th rib fx, no ptx. shoulder xr neg.
a/p: rib fx x1 - IS 10x/hr, lidocaine patch, ibuprofen/apap, no heavy lifting 4-6 wks. son + hired hand ({{NAME:Luis}}) to do milking. return if sob.
pt asked for note for {{FACILITY:crawford county co-op}} where he delivers milk, and for the {{FACILITY:knights of columbus council 1201}} fish fry he cooks at on fridays.
pharmacy: {{FACILITY:kickapoo valley drug}}, {{LOCATION:gays mills}}.
{{NAME:J. Holmgren}}, PA-C`,
  `HOME PERITONEAL DIALYSIS - MONTHLY CLINIC VISIT
{{FACILITY:Big Bend Home Dialysis Program}}   {{DATE:3/2/2093}}
Pt: {{NAME:Florencia Villalobos-Toledo}}, 66 F, PD since {{DATE:May 2091}}. Lives on a ranch 40 mi from {{LOCATION:Alpine}}, TX: {{ADDRESS:HCR 65 Box 12}}, {{LOCATION:Marathon}} TX {{ZIP:79842}}.
Cycler: Baxter Amia s/n {{DEVICE:AMIA-22K88104}}, Sharesource remote monitoring (gateway {{IP:10.212.5.31}}). 5 exchanges x 2.2 L, 9 h, last fill 1.5 L icodextrin.
Weekly Kt/V 1.9, CrCl 58 L/wk. PET {{DATE:1/10/93}}: high-average transporter.
Exit site: clean, no crust (ISPD score 0). Mupirocin daily. No peritonitis since {{DATE:8/2092}}.
BP 134/80, wt 68 kg (dry 67.5). Edema trace.
Labs: K 3.4 (KCl 20 daily), alb 3.4, Hgb 10.6 on darbepoetin 40 mcg q2wk.
Supplies delivered monthly by {{FACILITY:Baxter home delivery}}; generator-backed power at ranch (outages). Water from well.
Husband {{NAME:Arnulfo}} helps with setup. Their neighbor {{NAME:Dusty Kimble}} is backup caregiver, trained {{DATE:2/14/93}}.
PD RN {{NAME:Yesenia Carrasco}}, {{PHONE:432-555-0148}}.  Nephrologist: {{NAME:Hakeem Olatunji}}, MD`,
  `COMMUNITY FLU & COVID VACCINE CLINIC - ROSTER SHEET (page 2 of 4)
Site: {{FACILITY:Holy Trinity Vietnamese Catholic Church}} parish hall, {{ADDRESS:6401 Old Dowling Rd}}, {{LOCATION:Port Arthur}}, TX {{ZIP:77640}}   Date {{DATE:Oct 5, 2092}}
Vaccinator: {{NAME:Nhung Ly}}, RN   Lot numbers: Flu (Fluzone HD) UJ771AB exp 06/2093; COVID (2092-93 formula) LL4410.
# | Name | DOB | Vaccine | Site | VIS
11 | {{NAME:Tran, Thi Xuan}} | {{DATE:01/01/2001}} | Flu HD, COVID | L delt / R delt | yes
12 | {{NAME:Pham, Van Binh}} | {{DATE:05/12/2014}} | Flu HD | L delt | yes
13 | {{NAME:Nguyen, Kim Chi}} | {{DATE:11/30/2028}} | COVID | R delt | yes
14 | {{NAME:Le, Quoc Hung}} | {{DATE:08/08/2020}} | Flu HD, COVID | L / R | yes
15 | {{NAME:Huynh, Thi Muoi}} | {{DATE:03/03/1993}} | Flu HD | L delt | yes (Vietnamese)
16 | {{NAME:Do, Minh Khang}} | {{DATE:12/24/2088}} | Flu (peds 0.5 mL) | R thigh | yes
Notes: #11 ({{AGE:91}}) felt faint after, observed 30 min, BP 126/70, ok. #15 ({{AGE:ninety-nine}}) in wheelchair, brought by {{FACILITY:Golden Lotus Adult Day Care}} van.
Entered into registry {{DATE:10/6/92}} by {{NAME:dl}}.`,
  `MEDICAL SOURCE STATEMENT - PHYSICAL (for disability claim)
Claimant: {{NAME:Abdullahi Sheikh Omar}}     SSN: {{SSN:610 44 2918}}     DOB: {{DATE:March 9, 2041}}
Claim/case #: {{ACCOUNT:DDS-OH-2093-771044}}
Source: {{NAME:Chinonso Uzor}}, MD, {{FACILITY:Columbus Northland Family Health}}, {{ADDRESS:1875 Morse Rd, Ste 210}}, {{LOCATION:Columbus}} OH {{ZIP:43229}}; phone {{PHONE:614-555-0178}}, fax {{FAX:614-555-0179}}.
Treating since {{DATE:6/2089}}; seen every 2-3 months, last {{DATE:8/22/2093}}.
Diagnoses: lumbar radiculopathy L5 (MRI {{DATE:1/2092}}: L4-5 broad disc protrusion, moderate foraminal stenosis), DM2 with peripheral neuropathy, PTSD.
Former work: forklift driver at {{FACILITY:Buckeye Cold Storage}} until injury {{DATE:11/3/2091}}; employee ID {{ID:BCS-20447}}.
Exertional: lift/carry < 10 lb occasionally; stand/walk < 2 h in 8-h day; sit about 4 h; needs to alternate positions every 30 min. Cane medically required for uneven terrain.
Postural: never ladders/ropes/scaffolds; occasionally stoop, crouch. Manipulative: frequent handling bilaterally.
Off-task > 20% of the day; absences > 4 days/month expected.
Onset of these limitations: {{DATE:11/03/2091}}. Objective support: SLR positive L at 40 deg, absent L Achilles reflex, EMG {{DATE:3/15/92}} with L5 denervation.
Signed {{NAME:C. Uzor}}, MD   {{DATE:09/05/2093}}
Return to: Opportunities for Ohioans with Disabilities, Division of Disability Determination.`,
  `PSYCHIATRY C/L NOTE  {{DATE:1/27/2093}}
Asked to see {{NAME:Grace Mbeki-Young}}, 34 F, POD#2 after ORIF of R ankle, for anxiety and "wanting to leave AMA."
She says she has hope of getting back to work but fears losing her job at {{FACILITY:STAR CITY CALL CENTER}} (no PTO until a 90-day grace period ends). Lives with her partner {{NAME:Mason}} and 2 kids in a rented duplex on {{ADDRESS:Young St}} in {{LOCATION:Roanoke}}; kids stay with her aunt {{NAME:Precious Mbeki}} while she is admitted.
Hx: GAD, one prior episode of MDD (2088), no SI ever, no attempts. Drinks rarely. No drugs.
MSE: anxious, tearful at times, linear, future-oriented; denies SI/HI; no AH/VH. Insight good.
GAD-7 15. PHQ-9 8. C-SSRS negative.
Assessment: adjustment disorder with anxiety in setting of injury and financial stress; capacity to refuse present but she is agreeable to stay.
Recs: hydroxyzine 25 mg q6h prn; continue home sertraline 100; SW to help with FMLA/short-term disability forms (employer HR fax {{FAX:540-555-0193}}); outpatient therapy via {{FACILITY:blue ridge behavioral health}}. Will follow.
Neuro exam nonfocal; no Brown-Sequard pattern.
{{NAME:Hussein Al-Farsi}}, MD, C-L psychiatry`,
  `PHARMACY - IV ROOM / COMPOUNDING RECORD
{{DATE:2091-05-05 1340}}   Order {{ID:RX-ORD-7710242}}
Patient: {{NAME:Oyelaran, Funmilayo}}   MRN {{MRN:5528170}}   Loc: 5 North, Rm 512-1
Drug: vancomycin 1,250 mg in NS 250 mL (5 mg/mL), q12h, infuse over 120 min. Dosing wt 78 kg, CrCl 72 mL/min (Cockcroft-Gault). AUC target 400-600; est AUC 488.
Components: vancomycin 10 g vial (lot V221093, NDC 0409-6531-02), NS 250 mL bag (lot 44-118-DK).
BUD: 9 days refrigerated (USP 797 cat 2).
Compounded by {{NAME:Tomasz Nowak}}, CPhT; verified by {{NAME:Hira Siddiqui}}, PharmD.
Levels: trough due before 4th dose at 0530.
Pt allergy: Red man syndrome with rapid infusion ({{DATE:3/2090}} at {{FACILITY:St. Brendan's Hospital}}), not IgE.
Pt's outpatient pharmacy: {{FACILITY:Good Neighbor Pharmacy of Ellicott City}}, {{PHONE:410-555-0177}}.`,
  `RURAL HEALTH CLINIC - ACUTE VISIT
{{FACILITY:Kuskokwim Delta Family Clinic}}, {{LOCATION:Bethel}}, AK   {{DATE:Feb 19 2092}}
{{NAME:Nathaniel Oscar Active}}, 41 M, Yup'ik, commercial fisherman, flew in from {{LOCATION:Kwethluk}} on {{FACILITY:Tundra Air}} (ticket # {{ID:TA-55102941}}) with L hand laceration from a fish tote 2 days ago, now red and swollen.
Exam: 3 cm laceration dorsal L hand over 4th MCP, purulent, erythema to wrist, tender; flexor and extensor function intact; no fight-bite history. T 38.2.
XR: no FB, no fx.
Tx: I&D under digital/wrist block, packing, wound cx sent to {{FACILITY:Yukon-Kuskokwim Regional Lab}}. Clindamycin 450 tid + doxy 100 bid (seawater exposure, Vibrio/Mycobacterium marinum cover). Tdap given.
Plan: daily dressing changes with village CHA {{NAME:Martha Evan}} at the {{FACILITY:Kwethluk Village Clinic}} (ph {{PHONE:907-555-0120}}); recheck here in 48 h if no better, or medevac if spreading. Pt staying at {{FACILITY:Tundra Lodge}} hotel tonight, room 14.
Wife {{NAME:Annie}} can be reached via VHF through the village office.
Medicaid (Denali KidCare for kids only); pt has IHS eligibility, beneficiary # {{HEALTH_PLAN:IHS-AK-0044718}}.
{{NAME:Sven Thorvaldsen}}, PA-C`,
  `Record date: {{DATE:2090-08-21}}

{{FACILITY:HAMTRAMCK-WARREN INTERNAL MEDICINE}}

Patient: {{NAME:Ali Saleh Al-Yemeni}}
MRN: {{MRN:HWIM-44182}}

Mr. {{NAME:Al-Yemeni}} is a 62 yo Yemeni-American man who works the night shift at {{FACILITY:DETROIT AXLE & FORGE}} and lives upstairs from his brother {{NAME:Nasser}} on {{ADDRESS:Carpenter Ave}}. He is seen today for HTN and new microalbuminuria. Arabic interpreter {{NAME:Samira}} (phone interpreter, ID {{ID:AR-3318}}).

He had BP 168/96 at a free screening run by {{FACILITY:Yemeni American Benevolent Association}} in {{DATE:July 2090}}. Home readings 150s/90s. No chest pain, no headache. Chews khat "only at weddings." Nonsmoker. Fasts Ramadan.
Meds: amlodipine 5 mg (since {{DATE:3/2088}}).
Labs {{DATE:8/14/90}}: Cr 1.0, K 4.2, UACR 64 mg/g, A1c 5.9, LDL 141.
Exam: BP 158/94 R arm, 160/92 L arm. BMI 29. Fundi: AV nicking. No edema.
A/P:
1. HTN, not at goal, with albuminuria: add losartan 50 mg; BMP in 2 weeks at {{FACILITY:Conant Gardens Lab}}.
2. Prediabetes: diet counselling, recheck A1c 6 months.
3. Hyperlipidemia: ASCVD 14.8% - start atorvastatin 20.
4. Night-shift work: BP checks on days off; letter for {{FACILITY:DETROIT AXLE & FORGE}} to allow breaks.
Follow-up 4 weeks. Pt's son {{NAME:Fuad}} ({{PHONE:313-555-0153}}, {{EMAIL:fuad.alyemeni@example.com}}) handles appointments.

{{NAME:Layla Qasem}}, MD
{{NAME:LQ}}/{{NAME:sw}}`,
];

export const HELDOUT_REALISTIC_6_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout6-${i + 1}`, n));
