// An eighteenth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION). It imitates the everyday output of one large US
// multi-specialty group and its hospitals (the invented "Larkspur Health System" of the Upper
// Midwest, with its clinics, wards, labs, home-care and hospice arm) as a real de-identification
// project would receive it: templated progress notes with vitals, ED provider notes, H&Ps, consults,
// operative and procedure notes, radiology and pathology reports, nursing notes in lower-case
// shorthand, therapy notes, care management, portal messages, phone notes, referral letters, school
// and work notes, home health and hospice visits, ALL CAPS discharge summaries and more. Names are
// of many origins (Somali, Hmong, Lao, Vietnamese, Nigerian, Ghanaian, Ukrainian, Polish, Samoan,
// Tibetan, Ojibwe, Mexican, Peruvian, Indian, Korean, Japanese, Scandinavian, Irish, Arabic and
// others); organisations of every kind appear in Title case, ALL CAPS and lower case, with plenty
// of look-alike non-PHI (eponyms, drug names, doses, scores, lab values, device models, lot and NDC
// numbers, rooms and beds, CPT/ICD codes, years and weekdays alone, clock times, ages of 89 and
// under, states and countries). Layouts vary: "|" tables, lists, free prose, odd line breaks.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans; labels ("MRN:", "DOB", "x" of an extension) stay outside spans; a time
// attached to a full date is part of it; a weekday written with a date is part of it; a date range
// written as one token is one DATE span; month/year and day/month are dates, a year alone is not;
// payers, their phone and fax lines, and state or federal agencies are not PHI; the health system
// itself, hospitals, clinics, named wards, schools, employers, nursing homes, pharmacies, labs,
// churches, shelters, funeral homes, law firms, answering services, transport and home-care
// agencies, a named business where a patient was and a patient's suppliers are FACILITY (an
// in-house abbreviation such as LRMC, in any case, is too); insurer and Medicare member
// numbers are HEALTH_PLAN; billing, encounter (FIN/CSN) and claim numbers are ACCOUNT; NPI, DEA and
// state licences are LICENSE; plates are VEHICLE; pump, sensor, CPAP, pacemaker and port serials
// are DEVICE; accession, case, order, authorization, report, interpreter and employee numbers are
// ID; short in-house pagers and extensions are PHONE; a street intersection or highway mile marker
// where a person was is ADDRESS; cities abroad are LOCATION; typist initials are NAME; titles and
// honorifics (Dr., Fr., Sr., Rev., Officer, "Baby Boy A") stay outside NAME spans; pets' names,
// lot, CLIA, NDC and trial numbers and a lot's expiry date are not PHI; ages of 90 and over are AGE
// (89 is not).
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.8518 / 0.9647; pass-11 engine (789a1c5) 0.9213 / 0.9640; pass-12a-t engine (df2acb4) 0.9284 / 0.9639.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:LARKSPUR HEALTH SYSTEM}} | PROGRESS NOTE
Patient: {{NAME:Abdirahman Yusuf Warsame}}   MRN: {{MRN:LH4471902}}   DOB: {{DATE:02/17/1961}}
Visit date: {{DATE:03/12/2024}}   Location: {{FACILITY:Larkspur Clinic - Eagan}}   PCP: {{NAME:Kirsten Holmquist}}, MD
Interpreter: Somali, {{NAME:Hodan}} (ID {{ID:88213}}), in person

Vitals: BP 148/92 | HR 78 | T 36.7 C | RR 16 | SpO2 97% RA | Wt 91.4 kg | BMI 31.2

S: 63 yo M here for DM2 and HTN f/u. Last seen {{DATE:11/29/2023}}. Drives for {{FACILITY:Gopher Star Cab}} 10-12 h/day, eats at the gas station. Son {{NAME:Mahad}} fills his pill box on Sundays. Reports burning feet at night. No chest pain. Fasting for Ramadan starting {{DATE:3/10}}.
A1c 8.9% (was 8.1%). eGFR 64. UACR 48 mg/g.

A/P:
1. DM2, uncontrolled - add empagliflozin (Jardiance) 10 mg daily; hold on fast days if lightheaded. Diabetes education with {{NAME:Nasteho Ali}}, RN CDCES.
2. HTN - lisinopril 20 -> 40 mg. BMP in 2 wks.
3. Neuropathy - monofilament decreased bilat; podiatry referral to Dr. {{NAME:Castellanos}} at {{FACILITY:Larkspur Foot & Ankle}} in {{LOCATION:Burnsville}}.
Pharmacy: {{FACILITY:Cedar Avenue Community Pharmacy}}, ph {{PHONE:612-555-0138}}.
RTC 3 months.
{{NAME:KH}}/{{NAME:ts}}`,
  `ED PROVIDER NOTE - {{FACILITY:Larkspur Regional Medical Center}} Emergency Department
Pt: {{NAME:Nguyen Thi Bich Ngoc}} | MRN {{MRN:LH5520174}} | DOB {{DATE:8/30/1988}} | Arrival {{DATE:04/06/2024 22:41}} via {{FACILITY:Dakota Valley Ambulance}} rig 14
Attending: {{NAME:Rafael Oyelaran-Brooks}}, MD   Scribe: {{NAME:Jenna Whitcomb}}

HPI: 35 yo F restrained driver of a 2016 Honda Civic (MN plate {{VEHICLE:KTV 582}}) struck on the passenger side at the intersection of {{ADDRESS:66th St and Portland Ave}}, ~30 mph. Airbags deployed. +neck pain, no LOC. Her husband {{NAME:Tuan}} was the passenger and is being seen in bed 22. She works evenings at {{FACILITY:Twin Harbor Nail Spa}} in {{LOCATION:Richfield}}.

Exam: GCS 15. C-spine midline tenderness at C5-6. No seat belt sign. FAST negative. Neuro intact, Spurling neg.
CT C-spine: no fracture or malalignment.
Dx: cervical strain (S16.1XXA), MVC.
Plan: cyclobenzaprine 5 mg qHS #10, ibuprofen 600 mg q6h prn. No collar needed. F/u with PCP Dr. {{NAME:Phan}} at {{FACILITY:Larkspur Clinic Bloomington}} within 1 wk. Crash report # {{ID:24-118830}} given to pt for her insurer.
Work note given through {{DATE:4/9}}.
Electronically signed {{DATE:04/07/2024 01:15}} {{NAME:R. Oyelaran-Brooks}}`,
  `HISTORY AND PHYSICAL
{{FACILITY:Larkspur St. Brendan Hospital}}, {{LOCATION:St. Cloud}}    Unit: {{FACILITY:Kessler 4}} Med-Surg, Rm 4127-B
Admit date: {{DATE:01/22/2025}}    Admitting: {{NAME:Halyna Kovalenko}}, DO (hospitalist)
Patient: {{NAME:Mykola Petrenko}}    MRN {{MRN:SB-0093315}}    FIN {{ACCOUNT:7700415529}}
DOB {{DATE:06/04/1947}} (77 y)   Lang: Ukrainian; daughter {{NAME:Oksana Petrenko-Lind}} interprets, cell {{PHONE:320-555-0162}}

CC: SOB x 5 days
HPI: 77M with HFrEF (EF 30% on echo {{DATE:9/2024}}), CKD 3b, AF on apixaban, presents with orthopnea, 4 kg weight gain and 3+ pitting edema. Moved from {{LOCATION:Kharkiv}} in 2022; lives with daughter at {{ADDRESS:1418 Ninth Ave S, Unit 3}}, {{LOCATION:St. Cloud}} {{ZIP:56301}}. Cardiologist Dr. {{NAME:Arvidson}} ({{FACILITY:Granite City Heart Clinic}}).
PMH: HFrEF, AF, CKD, gout, remote TB (treated in Ukraine).
Meds: apixaban 5 mg BID, furosemide 40 mg daily, metoprolol succinate 50 mg, allopurinol 100 mg.
Exam: BP 132/84, HR 96 irreg, SpO2 91% 2L. JVP 12 cm. Bibasilar crackles. Hepatojugular reflux +.
Labs: BNP 2,140, Cr 1.9 (baseline 1.6), K 4.8, Na 133.
A/P: Acute on chronic HFrEF. IV furosemide 80 mg BID, strict I/O, daily weights, fluid 1.5 L. Continue apixaban. Consult cardiology. Full code per pt and daughter {{NAME:Oksana}}.`,
  `CARDIOLOGY CONSULT NOTE
Requested by: {{NAME:Marguerite Desrosiers}}, MD (Hospitalist)   Date of consult: {{DATE:Tuesday, July 16, 2024}}
Pt: {{NAME:Venkataraman Iyer}}, 58M, MRN {{MRN:LH3309281}}, {{FACILITY:Larkspur Regional}} {{FACILITY:Wexler 6}} CCU bed 11
Reason: NSTEMI, troponin I 0.44 -> 2.81 ng/mL.

Mr. {{NAME:Iyer}} is a software architect at {{FACILITY:Northlake Data Systems}} who developed pressure-like chest pain while playing cricket at a park in {{LOCATION:Eden Prairie}} on Sunday afternoon. Father had MI at 52 in {{LOCATION:Chennai}}. Nonsmoker, vegetarian, LDL 168.
ECG: ST depression V4-V6, no Q waves. TIMI 4. Killip I.
Echo: LVEF 50%, mild inferolateral hypokinesis.
Impression: NSTEMI, likely LCx territory.
Rec:
- heparin gtt per ACS nomogram, ASA 81, ticagrelor 180 mg load
- atorvastatin 80 mg
- LHC tomorrow AM with Dr. {{NAME:Szymanski}}, cath lab ext {{PHONE:6612}}
- cardiac rehab at {{FACILITY:Larkspur Heart Institute}} after discharge
Discussed with wife {{NAME:Lakshmi}} at bedside; she can be reached at {{PHONE:952-555-0109}}.
{{NAME:Ji-hoon Baek}}, MD, FACC   NPI {{LICENSE:1487260391}}   pager {{PHONE:4471}}`,
  `OPERATIVE REPORT
Patient: {{NAME:Guadalupe Estrada Villanueva}}     MRN: {{MRN:LH6120847}}     DOS: {{DATE:05/02/2024}}
Facility: {{FACILITY:Larkspur Surgery Center - Maple Grove}}
Surgeon: {{NAME:Thomas Achterberg}}, MD   Assistant: {{NAME:Priya Ramaswamy}}, PA-C
Anesthesia: general ETT, {{NAME:Olumide Adeyemi}}, CRNA / {{NAME:Caroline Fitzhugh}}, MD
Preop dx: symptomatic cholelithiasis   Postop dx: same, with chronic cholecystitis
Procedure: laparoscopic cholecystectomy (CPT 47562)
Findings: thick-walled gallbladder, multiple stones, critical view of safety obtained. No CBD dilation.
Description: Pt identified in holding, consent verified, site marked. Supine, SCDs on, cefazolin 2 g IV at 07:32. Hasson technique at umbilicus, 12 mm Hg pneumoperitoneum. Three 5-mm ports. Cystic duct and artery clipped (Hem-o-lok) and divided. GB removed in Endo Catch bag. Hemostasis with Bovie. Fascia 0-Vicryl, skin 4-0 Monocryl, Dermabond.
EBL 15 mL. No drains. Counts correct x2.
Specimen: gallbladder to {{FACILITY:Larkspur Pathology Laboratories}}.
Disposition: PACU stable. Spoke with husband {{NAME:Efraín}} and sister {{NAME:Rocío}} in family waiting ({{PHONE:763-555-0184}}). Postop visit {{DATE:5/16}} with {{NAME:Priya}}.
Dictated {{DATE:05/02/2024 10:48}} / transcribed {{NAME:mlr}}`,
  `RADIOLOGY REPORT
EXAM: CT ABDOMEN AND PELVIS WITH IV CONTRAST   ACC# {{ID:RAD-24-0718834}}
PATIENT: {{NAME:HOLLOWAY, DESMOND R}}   MRN: {{MRN:LH2071556}}   DOB: {{DATE:11/03/1979}}
ORDERING: {{NAME:Ngozi Eze-Marsh}}, MD ({{FACILITY:Larkspur Urgent Care Roseville}})
PERFORMED: {{DATE:07/18/2024 14:05}} at {{FACILITY:Larkspur Imaging Center - Arden Hills}}
CLINICAL HISTORY: RLQ pain, fever 38.4, WBC 14.2. Rovsing sign positive.
TECHNIQUE: Axial images with 100 mL Omnipaque 350. DLP 612 mGy-cm.
COMPARISON: CT {{DATE:02/11/2021}} from {{FACILITY:Mercy Pines Hospital}}.
FINDINGS:
Appendix dilated to 11 mm with periappendiceal fat stranding and an appendicolith. No abscess, no free air.
Liver, spleen, pancreas, adrenals unremarkable. Kidneys: 4 mm nonobstructing right lower pole stone.
Small fat-containing umbilical hernia. Lung bases clear.
IMPRESSION:
1. Acute uncomplicated appendicitis.
2. Incidental 4 mm right renal stone.
Critical result called to Dr. {{NAME:Eze-Marsh}} at {{DATE:07/18/2024 14:32}}, read back confirmed.
Read by: {{NAME:Sven Lindgren}}, MD, Diagnostic Radiology   Signed {{DATE:07/18/2024 14:40}}`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Larkspur Pathology Laboratories}}, {{ADDRESS:2200 Chicago Ave, Suite 300}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55404}}   CLIA 24D2047718
Case: {{ID:S24-11947}}
Patient: {{NAME:Wojciechowska, Teresa M.}}   DOB {{DATE:09/19/1955}}   MRN {{MRN:LH1184420}}
Collected: {{DATE:08/05/2024}}   Received: {{DATE:08/06/2024}}
Submitting physician: {{NAME:Amara Okonkwo}}, MD, {{FACILITY:Larkspur Breast Center}}
Clinical: 9 mm spiculated mass L breast 2:00, BI-RADS 5.
SPECIMEN: Left breast, 2 o'clock, US-guided core biopsy (3 cores).
DIAGNOSIS: Invasive ductal carcinoma, Nottingham grade 2 (tubules 3, nuclei 2, mitoses 1; score 6/9). DCIS, cribriform, intermediate grade, present. LVI not identified.
Tumor measures at least 8 mm in the largest core.
Biomarkers (block A1): ER positive (95%, strong), PR positive (40%, moderate), HER2 IHC 1+ (negative), Ki-67 15%.
Comment: Results discussed with Dr. {{NAME:Okonkwo}} by telephone on {{DATE:8/8/24}} at 1115.
Pathologist: {{NAME:Henrik Saarinen}}, MD   Electronically signed {{DATE:08/08/2024 11:20}}
Gross: {{NAME:CJ}}   Histo: {{NAME:dp}}`,
  `nsg note 2300-0700  {{FACILITY:hollister 5}} ortho/neuro, rm 512
pt {{NAME:ramon de la cruz}}, mrn {{MRN:lh7730126}}, admit {{DATE:10/14}}, pod#1 r tka. a&ox4. pain 6/10 at 0010, oxycodone 5 mg given, reassessed 0045 4/10.
ice machine on, cpm 0-60 deg x2h per dr {{NAME:haugen}} order.
foley d/c'd 0500 per protocol, due to void by 1100.
drsg c/d/i. pedal pulses 2+, cap refill <3 sec. calf soft, nontender.
braden 18. morse fall 45 - bed alarm on, yellow socks.
wife {{NAME:luz}} called at 0200 from home ({{PHONE:651-555-0127}}), updated. she states he snores loud, hx osa but his cpap is at home - asked her to bring it in.
pt asking about d/c to {{FACILITY:cedarholm transitional care}} vs home; cm {{NAME:bethany}} to see in am.
son {{NAME:diego}} (works 2nd shift at {{FACILITY:lakeland sheet metal}}) plans to stay with him first wk if home.
report given to {{NAME:ayesha}} rn at 0700.
{{NAME:t. nakamura-ross}} rn`,
  `PHYSICAL THERAPY INITIAL EVALUATION
{{FACILITY:Larkspur Rehab & Sports Medicine - Woodbury}}
Pt: {{NAME:Chanthavong, Souksavanh}}   DOB: {{DATE:12/01/1970}}   Referring: {{NAME:Dana Kowalski}}, PA-C
Date of eval: {{DATE:09/03/2024}}   Dx: M54.16 lumbar radiculopathy; onset {{DATE:08/12/2024}}
Subjective: 53 yo F, line worker at {{FACILITY:Sunrise Poultry Processing}} in {{LOCATION:Cold Spring}}. Lifting a 40-lb crate on {{DATE:8/12}}, felt pulling in low back with radiation to L posterior thigh. Pain 7/10 worst, 3/10 best. Workers comp claim {{ACCOUNT:WC-2024-338174}}, adjuster {{NAME:Glenn Moberg}} ({{PHONE:800-555-0112}}).
Objective: Lumbar flexion 50% limited. SLR + on L at 45 deg. Slump +. Reflexes 2+ symmetric, Babinski absent. L EHL 4/5. Oswestry 42%.
Assessment: consistent with L5 radiculopathy; good rehab potential.
Plan: 2x/wk x 6 wks: McKenzie extension protocol, core stabilization, nerve glides, ergonomic education. Light duty restrictions faxed to employer HR ({{NAME:Marcy Thune}}, fax {{FAX:320-555-0177}}).
Lao interpreter by phone, {{NAME:Kham}} #{{ID:60415}}.
{{NAME:Brennan O'Callaghan}}, PT, DPT   MN lic {{LICENSE:PT-8841}}`,
  `CARE MANAGEMENT - DISCHARGE PLANNING NOTE   {{DATE:10/21/2024}}
Pt: {{NAME:Eleanor "Nell" Whitford}}  {{AGE:92}} y/o F   MRN {{MRN:LH0457731}}   {{FACILITY:Larkspur Lakeside Hospital}}, {{FACILITY:Andersen 3}}
Admitted {{DATE:10/17/2024}} with L hip fx s/p hemiarthroplasty ({{DATE:10/18}}). PT recommends SNF. Pt lives alone at {{ADDRESS:77 Skyline Pkwy, Apt 210}}, {{LOCATION:Duluth}}; son {{NAME:Gordon Whitford}} (POA) lives in {{LOCATION:Phoenix}}, AZ, {{PHONE:602-555-0151}}; niece {{NAME:Marit Halvorsen}} is local.
Payer: Medicare A/B + Medigap Plan G. MBI {{HEALTH_PLAN:4TQ8-HW2-JK71}}.
Referrals sent to: {{FACILITY:Lakehead Care Center}} (accepted, bed available {{DATE:10/22}}), {{FACILITY:Bayfront Health & Rehab}} (declined - no female bed), {{FACILITY:St. Olaf Manor}} (pending).
Son chose {{FACILITY:Lakehead Care Center}}. Transport via {{FACILITY:Northland Wheelchair Van}} at 1300 on {{DATE:10/22}}.
3-midnight qualifying stay met. IMM given {{DATE:10/20}}.
{{NAME:Rachel Bjornstad}}, RN, Care Manager  x{{PHONE:3318}}`,
  `Patient Portal Message   From: {{NAME:Kwame Asante-Boateng}}   To: Dr. {{NAME:Lisbeth Engstrom}} / {{FACILITY:Larkspur Clinic Fridley}} Internal Medicine
Sent: {{DATE:Sun 11/10/2024 9:14 PM}}
Subject: blood pressure + refill

Hi Dr. {{NAME:Engstrom}},
My home BP readings this week were 152/96, 148/90, 139/88 (Omron machine). I've been taking the amlodipine 5 mg like you said since {{DATE:October 28}}. Ankles a little puffy at night. Also I need a refill of my albuterol before I fly to {{LOCATION:Kumasi}} on {{DATE:Dec 3}} for my sister's wedding - I'm gone till {{DATE:Jan 6}}. Please send it to {{FACILITY:Riverview Drug}} in {{LOCATION:Columbia Heights}}. You can also email me at {{EMAIL:k.asanteboateng77@lakesmail.net}} or call {{PHONE:763-555-0195}}.
Thanks, {{NAME:Kwame}}

Reply {{DATE:11/11/2024 08:02}} - {{NAME:Tasha Greenleaf}}, RN:
Hi {{NAME:Kwame}}, Dr. {{NAME:Engstrom}} increased amlodipine to 10 mg; refills sent for both. Ankle swelling can be from amlodipine - elevate your legs. Please book a travel visit at {{FACILITY:Larkspur Travel Clinic}} before {{DATE:Dec 3}} (yellow fever vaccine is required for Ghana).`,
  `TELEPHONE ENCOUNTER - NURSE TRIAGE
Caller: {{NAME:Mariela Quispe}} (mother)   Pt: {{NAME:Santiago Quispe Mamani}}, 3 y/o M, DOB {{DATE:04/27/2021}}
Callback: {{PHONE:(651) 555-0173}}   Call rec'd {{DATE:12/02/2024 18:47}}   Protocol: Fever - Pediatric (Schmitt-Thompson)

Mom reports fever to 39.6 since Saturday, tugging R ear, poor sleep, drinking OK, 4 wet diapers today. No rash, no stiff neck, no trouble breathing. Attends {{FACILITY:Little Sprouts Child Care}} in {{LOCATION:West St. Paul}}; two kids in his room had strep last week. Last ibuprofen 100 mg at 1600. Wt 15 kg.
Disposition: see within 24 h. Appt booked {{DATE:Tue 12/3}} at 0920 with {{NAME:Imani Brooks-Talley}}, CPNP at {{FACILITY:Larkspur Pediatrics - Inver Grove}}. Care advice: acetaminophen 240 mg q4-6h or ibuprofen 150 mg q6h, push fluids. Call back or go to the ED at {{FACILITY:Larkspur Children's}} if lethargic, stiff neck, or breathing fast. Mom verbalized understanding; Spanish interpreter {{NAME:Adriana}} ID {{ID:27719}} used.
{{NAME:Paul Nwachukwu}}, RN`,
  `{{FACILITY:Larkspur Neurology - Edina}}
{{ADDRESS:6500 France Ave S, Suite 410}}, {{LOCATION:Edina}}, MN {{ZIP:55435}}   Tel {{PHONE:952-555-0120}}   Fax {{FAX:952-555-0121}}

{{DATE:January 14, 2025}}

Dr. {{NAME:Miriam Abernathy-Cho}}
{{FACILITY:Upper Midwest Epilepsy Center}}
{{ADDRESS:420 Delaware St SE}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55455}}

Re: {{NAME:Tenzin Dolkar}}   DOB {{DATE:03/09/1996}}

Dear Dr. {{NAME:Abernathy-Cho}},
Thank you for seeing Ms. {{NAME:Dolkar}}, a 28-year-old graduate student at {{FACILITY:Twin Cities Lutheran University}}, with drug-resistant focal epilepsy. Seizures began at age 14 in {{LOCATION:Dharamsala}}; semiology is an epigastric aura followed by impaired awareness and right-hand automatisms, 3-4 per month despite levetiracetam 1500 mg BID and lacosamide 200 mg BID. MRI {{DATE:11/2024}} suggests left mesial temporal sclerosis; routine EEG showed left temporal sharp waves. She is interested in phase I monitoring and surgical evaluation. She does not drive.
Records and imaging were sent electronically. Please contact me with questions.
Sincerely,
{{NAME:Farid Haddad}}, MD
cc: {{NAME:Tenzin Dolkar}}; PCP {{NAME:Julia Svoboda}}, MD`,
  `{{FACILITY:LARKSPUR PEDIATRICS - APPLE VALLEY}}
{{ADDRESS:15075 GARRETT AVE}}, {{LOCATION:APPLE VALLEY}}, MN {{ZIP:55124}}   {{PHONE:952-555-0146}}

SCHOOL EXCUSE / ACTIVITY NOTE                              Date: {{DATE:02/19/2025}}

To: {{FACILITY:Westview Middle School}} - attn: Mrs. {{NAME:Dorothy Veldhuizen}}, school nurse

{{NAME:Aaliyah Mbeki-Jones}} (DOB {{DATE:07/11/2012}}) was seen in our clinic today. She was absent {{DATE:2/17-2/19}} due to influenza A (positive rapid test).
She may return to school on {{DATE:Friday 2/21}} if fever-free for 24 hours without Tylenol or Motrin.
No PE or basketball practice until {{DATE:2/26}}. Coach {{NAME:Terrell}} may call us with questions.
She uses albuterol HFA 90 mcg 2 puffs q4h prn; please allow her to carry her inhaler (asthma action plan attached). Spacer OK.
Parent/guardian: {{NAME:Nomvula Mbeki}}   {{PHONE:952-555-0111}}

{{NAME:Sophie Lindqvist-Ortiz}}, MD`,
  `{{FACILITY:LARKSPUR OCCUPATIONAL HEALTH}} - {{FACILITY:Larkspur Occ Med Shakopee}}
WORK STATUS REPORT
Employee: {{NAME:Dmitri Sokolov}}    DOB {{DATE:10/02/1984}}    Employee ID {{ID:E-559031}}
Employer: {{FACILITY:Canterbury Freight Lines}}, {{ADDRESS:1200 Valley Industrial Blvd N}}, {{LOCATION:Shakopee}}   Supervisor: {{NAME:Kayla Brandt}}
Date of injury: {{DATE:03/03/2025}}   Date of visit: {{DATE:03/10/2025}}   Claim # {{ACCOUNT:CF-WC-77412}}
Dx: R hand 3rd digit laceration s/p repair (S61.213A), healing well; sutures removed today. FDP/FDS intact. Tinel neg.
Work status:
[ ] Full duty
[X] Modified duty from {{DATE:3/10/25}} to {{DATE:3/24/25}}: no gripping >10 lb with R hand, keep dressing dry, no forklift operation.
[ ] Off work
Next appt: {{DATE:03/24/2025}} 8:30 AM with {{NAME:Yusra Hamdan}}, PA-C.
Tetanus: Tdap given {{DATE:3/3/25}}, lot 7YK92C, exp 11/2026.
Provider signature: {{NAME:Y. Hamdan}}, PA-C   {{PHONE:952-555-0157}}   fax {{FAX:952-555-0158}}`,
  `HOME HEALTH SKILLED NURSING VISIT   Agency: {{FACILITY:Larkspur Home Care & Hospice}}
Pt: {{NAME:Epifanio "Pani" Tuiasosopo}}   MRN {{MRN:HH-220981}}   Visit {{DATE:04/15/2025}} 1030-1125   SOC {{DATE:04/02/2025}}
Address: {{ADDRESS:3309 Humboldt Ave N}}, {{LOCATION:Minneapolis}} {{ZIP:55412}} - use side door, dog Bruno is friendly
Dx: DM2 w/ L foot ulcer (E11.621, L97.422), HFpEF. Homebound: SOB walking >20 ft, uses walker.
Vitals: BP 138/76, HR 82, T 98.1, SpO2 95% RA, wt 268 lb (up 1 lb). FSBS 182 fasting per pt.
Wound: L plantar 1st MTH, 1.8 x 1.2 x 0.3 cm, granular base 80%, slough 20%, mod serous drainage, no odor. Cleansed NS, Aquacel Ag + foam, offloading shoe on.
Wife {{NAME:Lusia}} does dressing changes on non-visit days; return demo correct. Grandson {{NAME:Sione}} drives to appointments.
Coordination: wound clinic appt {{DATE:4/22}} with Dr. {{NAME:Oyelowo}} at {{FACILITY:Larkspur Wound & Hyperbaric Center}}; FSBS trend reported to PCP office ({{NAME:Heather}}, {{PHONE:612-555-0166}}). Supplies ordered from {{FACILITY:Midwest Medical Supply Co.}}
Next SN visit {{DATE:4/18}}.
{{NAME:Grace Oduya}}, RN`,
  `hospice rn visit note - {{FACILITY:larkspur home care & hospice}}
pt: {{NAME:Ruth Ann Kjellberg}}, {{AGE:94}} yo, dx end-stage alzheimer's dementia (FAST 7c), PPS 30%
location: {{FACILITY:Lakeview Terrace Memory Care}}, {{LOCATION:Hopkins}}, apt 118
visit date {{DATE:5/06/2025}}
s: per aide {{NAME:Mercy Boateng}}, pt taking only 3-4 bites at meals, sleeping ~20 h/day. moaning with repositioning.
o: bp 96/58, hr 104, rr 22 with brief apneas, spo2 89% ra. mottling to bilat knees. sacral stage 2 ~2 cm, mepilex applied. painad 5/10.
a/p: declining, likely days to weeks. started morphine concentrate 20 mg/ml 2.5 mg sl q2h prn pain/dyspnea (dr {{NAME:Akinyemi}} verbal order, read back). lorazepam 0.5 mg sl q4h prn. glycopyrrolate for secretions if needed. comfort kit delivered by {{FACILITY:Allied Hospice Pharmacy}}.
called dtr {{NAME:Karen Kjellberg-Moe}} ({{PHONE:952-555-0193}}) - she will come tonight and is calling her brother {{NAME:Lars}} in {{LOCATION:Bergen}}, Norway. chaplain Fr. {{NAME:Anselm Ryba}} to visit {{DATE:5/7}}.
{{NAME:ruth ann}} quieted when staff played her favorite hymn.
{{NAME:m. castillo}} rn`,
  `DISCHARGE SUMMARY
PATIENT: {{NAME:OKAFOR, CHINEDU EMMANUEL}}      MRN: {{MRN:LH8830412}}      ACCT: {{ACCOUNT:100293847561}}
ADMITTED: {{DATE:06/09/2025}}    DISCHARGED: {{DATE:06/13/2025}}    UNIT: {{FACILITY:BERGSTROM 7}} MED/SURG
ATTENDING: {{NAME:ANNIKA LUNDQUIST}}, MD     PCP: {{NAME:GABRIEL OTIENO}}, MD, {{FACILITY:LARKSPUR CLINIC BROOKLYN PARK}}
DIAGNOSES: 1. SICKLE CELL DISEASE (HBSS) WITH VASO-OCCLUSIVE CRISIS  2. ACUTE CHEST SYNDROME, RESOLVED  3. FOLATE DEFICIENCY
HOSPITAL COURSE: 31 Y/O M WITH HBSS PRESENTED TO {{FACILITY:LRMC}} ED WITH BACK AND CHEST PAIN. ON DAY 2 DEVELOPED FEVER 38.9 AND NEW RLL INFILTRATE; TREATED FOR ACS WITH CEFTRIAXONE, AZITHROMYCIN, INCENTIVE SPIROMETRY AND SIMPLE TRANSFUSION OF 1 UNIT PRBC ({{DATE:6/11}}). HGB NADIR 6.1, 8.2 AT DISCHARGE. PAIN MANAGED WITH HYDROMORPHONE PCA, TRANSITIONED TO ORAL OXYCODONE {{DATE:6/12}}. HEMATOLOGY (DR. {{NAME:ADEBAYO-SINCLAIR}}) FOLLOWED.
DISCHARGE MEDS: HYDROXYUREA 1000 MG DAILY, FOLIC ACID 1 MG, OXYCODONE 5 MG Q6H PRN #12, SENNA.
FOLLOW-UP: {{FACILITY:LARKSPUR ADULT SICKLE CELL CLINIC}} {{DATE:06/20/2025}} 1:00 PM. CBC IN 1 WEEK.
PATIENT WORKS AS A PHARMACY TECH AT {{FACILITY:NORTHGATE COMPOUNDING}}; WORK NOTE THROUGH {{DATE:6/18}}. MOTHER {{NAME:NGOZI OKAFOR}} AT BEDSIDE FOR TEACHING.
DICTATED BY: {{NAME:A. LUNDQUIST}}   {{NAME:AL}}/{{NAME:RJW}}   D: {{DATE:06/13/2025}}  T: {{DATE:06/14/2025}}`,
  `Procedure Note - Colonoscopy
{{FACILITY:Larkspur Digestive Health Center}}, Endoscopy Suite 3
Patient: {{NAME:Haruto Kobayashi}}   Age: 52   MRN: {{MRN:LH3348810}}   Date: {{DATE:07/08/2025}}
Referring: Dr. {{NAME:Ahmad Rahimi}}, {{FACILITY:Larkspur Clinic Burnsville}}
Endoscopist: {{NAME:Leticia Arroyo-Benavides}}, MD   Nurse: {{NAME:Kimberly Tran}}, RN   Tech: {{NAME:Jamal}}
Indication: screening, average risk (Z12.11). No prior colonoscopy.
Sedation: MAC with propofol by anesthesia ({{NAME:Elliot Marchetti}}, CRNA). ASA II.
Prep: Boston Bowel Prep Scale 3-3-2 = 8. Scope: Olympus CF-HQ190L.
Findings:
- Cecum reached at 09:12; appendiceal orifice and ileocecal valve photographed. Withdrawal time 11 min.
- 6 mm sessile polyp in ascending colon, cold snare, retrieved (jar A).
- 12 mm pedunculated polyp in sigmoid at 30 cm, hot snare, 2 hemoclips placed (jar B).
- Small internal hemorrhoids. Mild sigmoid diverticulosis.
Impression: 2 colon polyps removed.
Plan: await pathology from {{FACILITY:Larkspur Pathology Laboratories}}; surveillance interval per USMSTF once results back. Wife {{NAME:Emiko}} is his driver; discharged to her care at 10:05. Resume aspirin {{DATE:7/11}}.`,
  `MRI BRAIN WITHOUT AND WITH CONTRAST
Pt: {{NAME:Delacroix-Fontaine, Marie-Josee}}   DOB: {{DATE:1/23/1969}}   MRN: {{MRN:SB-0071284}}   Accession: {{ID:MR2508120044}}
Location: {{FACILITY:Larkspur St. Brendan Hospital}} MRI 2 (Siemens Skyra 3T)   Exam date: {{DATE:08/12/2025 07:55}}
Ordering: {{NAME:Bogdan Ionescu}}, MD (neurology)
History: 56F with new L facial numbness and diplopia. R/o demyelination vs mass. Hx Bell's palsy 2011.
Technique: Multiplanar multisequence MRI, 7 mL gadobutrol (Gadavist). eGFR >60.
Comparison: outside MRI from 2011 at {{FACILITY:Clinique Sainte-Therese}} in {{LOCATION:Montreal}} requested, not yet received.
Findings: Multiple ovoid T2/FLAIR hyperintense lesions perpendicular to the lateral ventricles (Dawson fingers), largest 9 mm in the right periventricular white matter. Two juxtacortical lesions. One enhancing lesion in the left pons with incomplete ring enhancement, at the trigeminal root entry zone. No mass effect.
Impression: Findings meet McDonald 2017 criteria for dissemination in space and time, favoring multiple sclerosis. Recommend MRI cervical and thoracic spine.
Discussed with Dr. {{NAME:Ionescu}} {{DATE:8/12/25 10:20}}.
{{NAME:Yasmin El-Sayed}}, MD, Neuroradiology`,
  `OB PRENATAL VISIT  |  {{FACILITY:Larkspur Women's Health - Coon Rapids}}
Pt: {{NAME:Yer Vang}}   DOB {{DATE:05/30/1997}}   MRN {{MRN:LH9901473}}   G3P2002
EDD {{DATE:10/04/2025}} by 8 wk US   GA today 28w2d   Date: {{DATE:07/14/2025}}
Vitals | BP 118/70 | Wt 71.2 kg (+9.1 kg) | FHR 142 | FH 28 cm | urine prot neg / gluc neg
S: Good FM. Occasional Braxton Hicks. No LOF, VB, HA or visual changes. Husband {{NAME:Tou Lor}} here; MIL {{NAME:Mai Xiong}} will help after delivery. Pt works part-time at {{FACILITY:Golden Leaf Asian Market}}.
Labs: 1-hr GCT 152 -> 3-hr GTT scheduled {{DATE:7/18}} at {{FACILITY:Larkspur Lab - Blaine}}. Hgb 10.6 - start ferrous sulfate 325 mg every other day. Rh positive, antibody screen neg.
Tdap today (lot U7724AA). RSV vaccine discussed for 32-36 wk.
Plan: delivery planned at {{FACILITY:Larkspur Mercy Birth Center}}. Prior SVDs in 2019 and 2022 at {{FACILITY:North Metro Family Birth Center}}, uncomplicated. Pediatrician chosen: Dr. {{NAME:Pa Nhia Yang}}. Hmong interpreter offered, declined (pt fluent in English). Kick counts reviewed. Next visit {{DATE:7/28}}.
{{NAME:Hannah Vogel}}, CNM`,
  `WELL CHILD CHECK - 15 MONTHS
Patient: {{NAME:Oluwaseun "Seun" Adebisi-Clarke}}   DOB: {{DATE:04/02/2024}}   Visit: {{DATE:07/09/2025}}
Clinic: {{FACILITY:Larkspur Pediatrics - Maplewood}}   Provider: {{NAME:Rebecca Szabo}}, MD
Accompanied by: father {{NAME:Olumide Adebisi}} and grandmother {{NAME:Folake}}; mom {{NAME:Chelsea Clarke}} at work, summary texted with consent to {{PHONE:651-555-0139}}
Growth | Wt 10.4 kg (48%) | Len 79 cm (55%) | HC 46.5 cm (50%)
Dev: walks independently, 4-5 words ("dada", "ball", "uh-oh"), points to request. M-CHAT-R due at 18 mo.
Diet: whole milk 16 oz/day, table foods, off bottle. Attends {{FACILITY:Tiny Oaks Montessori}} while dad works at {{FACILITY:Riverbend Credit Union}}. Sleep 11 h + 1 nap.
Exam: normal. Red reflex present bilat. TMs clear. 2 upper and 4 lower incisors, no caries. Testes descended. Ortolani/Barlow neg at earlier visits, gait normal.
Immunizations today: DTaP #4, Hib #4, Varicella #1 (VIS given).
Lead {{DATE:4/2025}}: <3.3. Hgb 11.8.
Guidance: rear-facing car seat, water safety (family has a cabin near {{LOCATION:Brainerd}}), dental home - referred to {{FACILITY:Smile Street Pediatric Dentistry}}.
Next visit 18 mo ({{DATE:10/2025}}).`,
  `PSYCHIATRY CONSULTATION-LIAISON
Date: {{DATE:03/27/2025}}   Time: 1430
Patient: {{NAME:Bashir Rahimzai}}, 41M   MRN {{MRN:LH5067712}}   Location: {{FACILITY:Larkspur Regional}} {{FACILITY:Gustafson 8}} rm 818
Requesting: {{NAME:Corinne Babbitt}}, MD (trauma surgery)
Reason: "anxious, pulling at lines, not sleeping"
HPI: POD#4 after ex-lap for GSW. Former interpreter for US forces in {{LOCATION:Kandahar}}, resettled to {{LOCATION:Rochester}} in 2016. Nightmares, hypervigilance, startles at overhead pages. No prior psych admissions. Sees therapist {{NAME:Nadia Karimi}}, LICSW at {{FACILITY:Southeast Minnesota Refugee Wellness Center}}. Wife {{NAME:Parwana}} and 4 children at home; brother {{NAME:Jawed}} visiting from {{LOCATION:Fremont}}. Denies SI/HI. CIWA 3, no alcohol use.
MSE: hyperaroused, good eye contact, speech normal, mood "scared", affect anxious, TP linear, no AH/VH, insight fair. MoCA 27/30. PCL-5 54.
Assessment: acute stress reaction on chronic PTSD; CAM-ICU negative.
Recs:
1. Prazosin 1 mg qHS, titrate.
2. Avoid benzodiazepines.
3. Sertraline 25 mg daily.
4. Dari interpreter for all consents (not family).
5. Will follow; pager {{PHONE:5520}}.
{{NAME:Ifeoma Chukwuma}}, MD, Psychiatry`,
  `DERMATOLOGY CLINIC NOTE - {{FACILITY:Larkspur Dermatology}} ({{LOCATION:Plymouth}} site)
{{DATE:08/19/2025}}  |  {{NAME:Cormac Fitzgerald-Doyle}}  |  DOB {{DATE:12/24/1958}}  |  MRN {{MRN:LH2204519}}
Provider: {{NAME:Anjali Mehta-Rosen}}, MD    MA: {{NAME:Brittany}}
CC: f/u melanoma excision + full skin exam
Hx: shave bx {{DATE:7/22/25}} (path {{ID:D25-04418}}): superficial spreading melanoma, Breslow 0.6 mm, Clark level III, no ulceration, mitoses 1/mm2, pT1a. WLE with 1 cm margins {{DATE:8/5}} - margins clear.
Retired roofer; grew up in {{LOCATION:Galway}}, many blistering sunburns. Wife {{NAME:Siobhan}} noticed the lesion. Brother {{NAME:Declan}} had melanoma at 60.
Exam: Fitzpatrick I. Well-healed L upper back scar, no nodularity. Multiple solar lentigines, AKs x6 on scalp/dorsal hands. Two 4-5 mm regular nevi. No cervical or axillary LAD.
Procedure: LN2 cryotherapy to 6 AKs (CPT 17000, 17003 x5).
A/P: pT1a melanoma s/p WLE - skin exams q3-6 months x 2 yr. No SLNB indicated. Sun protection, SPF 50, hat.
RTC {{DATE:11/2025}}. Photos in media tab.`,
  `ORTHOPAEDIC SPORTS MEDICINE
{{FACILITY:Larkspur Orthopedics & Sports Medicine - Blaine}}   Visit {{DATE:9/9/2025}}
Name: {{NAME:Marisol Cardenas-Whitebird}}   DOB {{DATE:2/14/2006}}   MRN {{MRN:LH7781045}}
19 y/o F, soccer midfielder at {{FACILITY:Rum River State College}}. Injured L knee {{DATE:8/30}} in a game against {{FACILITY:Itasca Valley College}} - planted and pivoted, heard a pop, immediate swelling. Team AT {{NAME:Derek Solberg}}, ATC, applied ice and brace.
Exam: effusion 2+, Lachman 2B, pivot shift +, anterior drawer +. McMurray neg. Valgus stress stable at 0/30.
MRI {{DATE:9/4/25}} ({{FACILITY:Larkspur Imaging Center - Blaine}}): complete ACL tear, bone bruises of lateral femoral condyle and posterolateral tibial plateau, menisci intact.
Plan: ACL reconstruction with BTB autograft, tentatively {{DATE:9/23/2025}} with Dr. {{NAME:Haldorson}}. Prehab PT at {{FACILITY:Larkspur Rehab - Blaine}} 2x/wk for ROM and quad activation. Crutches, hinged brace.
Mother {{NAME:Renee Whitebird}} present. Insurance: BCBS MN, ID {{HEALTH_PLAN:XZM884201756}}.
Athletic forms faxed to AT office {{FAX:763-555-0176}}.`,
  `speech-language pathology - inpatient swallow f/u
{{DATE:10/02/2025}} 1115   {{FACILITY:larkspur lakeside hospital}}, {{FACILITY:marsh 2}} neuro/stroke unit, bed 14
pt: {{NAME:le thanh huong}}   mrn {{MRN:ll-0338127}}   68 yo f
dx: l mca ischemic stroke ({{DATE:9/28}}), tpa given at {{FACILITY:two harbors community hospital}} then transferred.
s: pt alert, following 1-step commands. dtr {{NAME:kim-anh}} at bedside, states mom speaks mostly vietnamese; interpreter {{NAME:vinh}} (id {{ID:31877}}) via ipad.
o: oral mech - r facial droop, reduced lingual rom. trials: thin liquid via cup - coughing 2/3 trials; mildly thick - no s/s aspiration; puree - mild oral residue, cleared with cue.
mbss from {{DATE:9/30}} showed silent aspiration with thin (PAS 8).
a: moderate oropharyngeal dysphagia, improving.
p: continue mechanical soft / mildly thick liquids (iddsi 2), meds crushed in puree, upright 90 deg, chin tuck. re-eval {{DATE:10/4}}. recommend acute rehab at {{FACILITY:arrowhead acute rehab institute}}. educated dtr and son {{NAME:minh}} re: thickener use.
{{NAME:jessica o'rourke}}, ms, ccc-slp`,
  `Occupational Therapy - Hand Clinic Daily Note
Clinic: {{FACILITY:Larkspur Hand & Upper Extremity Center}}, {{LOCATION:Roseville}}
Pt: {{NAME:Giuseppe "Joe" Mancuso}}   DOB {{DATE:03/15/1951}}   Visit 6 of 12   DOS {{DATE:Mon 10/13/2025}}
PCP: Dr. {{NAME:Aurelio Bautista}} ({{FACILITY:Larkspur Clinic Shoreview}})
Dx: s/p R carpal tunnel release + trigger finger release (3rd digit) on {{DATE:09/02/2025}} by Dr. {{NAME:Pham-Larsen}}.
S: "I can button my shirt again." Pain 2/10. Still numb at tip of index finger. Back to woodworking at the {{FACILITY:Roseville Men's Shed}} 2 mornings/wk.
O: Grip (Jamar, pos 2) R 48 lb / L 72 lb. Key pinch R 12 / L 18 lb. Phalen neg, Tinel mildly + at scar. 2-pt discrim index 7 mm. QuickDASH 25.
Scar: mild hypertrophy - silicone gel sheet issued.
Tx: paraffin, scar massage, tendon glides, putty (green), fine motor (Purdue pegboard 11 pins R).
A: progressing; grip 67% of L.
P: cont 2x/wk; HEP updated. Wife {{NAME:Carmela}} drives. Next visit {{DATE:10/16}}.
Medicare KX threshold tracking: $1,410 used.
{{NAME:Naomi Whitecloud}}, OTR/L, CHT`,
  `ENDOCRINOLOGY FOLLOW-UP | {{FACILITY:LARKSPUR DIABETES & ENDOCRINE CENTER}} | {{DATE:10/27/2025}}
Patient: {{NAME:Liesl Brandvold}}   DOB {{DATE:08/08/2001}}   MRN {{MRN:LH6658203}}
T1DM dx {{DATE:6/2009}} (DKA at presentation, {{FACILITY:Larkspur Children's}}).
Devices: Tandem t:slim X2 pump SN {{DEVICE:TS-1184-0937}}, Dexcom G7 receiver SN {{DEVICE:DX7R40211883}}, Control-IQ on.
CGM 14-day: TIR 68%, TBR 3% (<70), TAR 29%, GMI 7.2%, CV 38%. A1c 7.3% (prev 7.8%).
Pt is a 4th-year nursing student at {{FACILITY:Northern Pines University}} and works nights as a CNA at {{FACILITY:Sunnyside Senior Living}}; lows mostly after night shifts.
Changes: basal 0.85 -> 0.75 u/h 0300-0700; ICR 1:9 -> 1:10 breakfast. Sleep activity on for day sleep after nights.
Baqsimi rx renewed. tTG-IgA normal; TSH 1.8. UACR 9.
Eye exam {{DATE:3/2025}} at {{FACILITY:Larkspur Eye Institute}} - no retinopathy.
Pump supplies via {{FACILITY:Great Lakes Diabetic Supply}}, acct {{ACCOUNT:GLD-448120}}. Partner {{NAME:Jonah}} trained on Baqsimi.
RTC 3 mo with {{NAME:Chidi Nwosu}}, NP.
{{NAME:Margit Solheim}}, MD`,
  `SLEEP MEDICINE FOLLOW-UP (video)
Patient: {{NAME:Rashad Al-Khatib}}   DOB {{DATE:01/30/1972}}   MRN {{MRN:LH4119087}}   DOS {{DATE:11/04/2025}}
Provider: {{NAME:Ingrid Paulsen}}, MD  |  {{FACILITY:Larkspur Sleep Center - St. Paul}}
Hx: severe OSA, AHI 48 on PSG {{DATE:7/17/2025}}, nadir SpO2 78%. Epworth 16 at baseline.
Device: ResMed AirSense 11 AutoSet, SN {{DEVICE:23241877516}}, DME {{FACILITY:Twin Cities Respiratory Supply}}, started {{DATE:8/14/25}}.
Download 30 days: used 27/30 days, >=4 h 83%, avg 6 h 12 m. Pressure 7-15, 95th %ile 11.8. Residual AHI 3.1. Leak 95th 22 L/min.
S: Feels "like a new person", Epworth 6. Wife {{NAME:Samira}} says no more snoring. Mild nasal dryness - humidity up to 5. Mask F30 small, fits well.
He drives a school bus for {{FACILITY:Ramsey Valley Transit}}; DOT medical card renewal needs a compliance letter - done, faxed to the examiner, Dr. {{NAME:Kurt Engebretson}}, at {{FAX:651-555-0189}}.
Plan: continue APAP, mask refills q3 mo via DME, RTC 1 yr.`,
  `TELEHEALTH VISIT - Behavioral Health Med Management
Pt location: home, {{LOCATION:Grand Marais}}, MN   Provider location: {{FACILITY:Larkspur Behavioral Health - Duluth}}
Session {{DATE:11/18/2025}} 1600-1625; connection dropped once, reconnected from IP {{IP:73.162.48.219}} (logged for audit).
Patient: {{NAME:Aiyana Bluesky-Hart}}, 34F   MRN {{MRN:LL-0182257}}   Identity verified with DOB {{DATE:04/05/1991}} and address {{ADDRESS:412 W 3rd St}}.
Emergency contact during session: partner {{NAME:Crystal Hart}} {{PHONE:218-555-0114}}.
S: Bipolar II, euthymic on lamotrigine 200 mg. Sleeping 7 h. Working full time at {{FACILITY:North Shore Outfitters}}. Some premenstrual irritability. Sober from alcohol x 2 yrs (AA sponsor {{NAME:Deb}}).
PHQ-9: 4. GAD-7: 6. C-SSRS: negative.
Contraception: Nexplanon (no interaction).
Plan: continue lamotrigine 200 mg daily, 90-day supply to {{FACILITY:Cook County Drug}}. Next visit {{DATE:2/17/2026}} by video.
{{NAME:Tobias Lindahl}}, PMHNP-BC`,
  `MICU PROGRESS NOTE - HD#5    {{DATE:01/08/2026}}
{{FACILITY:Larkspur Regional Medical Center}} | {{FACILITY:Sandberg ICU}} bed 7
Pt: {{NAME:Abebe Tesfaye Gebremariam}} | 66M | MRN {{MRN:LH1029934}} | FIN {{ACCOUNT:7700891245}}
24h events: extubated 1015 to 4L NC. Pressors off since 0200. Febrile 38.3 overnight; cultures sent.
Vitals: T 37.9 | HR 94 | BP 121/68 (MAP 84) | RR 20 | SpO2 94% 4L
I/O: 2.1 L in / 3.4 L out. RSBI 62 pre-SBT.
Labs: WBC 13.1 (from 19), lactate 1.2, Cr 1.4, procalcitonin 2.1 -> 0.9.
Micro: BAL {{DATE:1/4}} MSSA. BCx x2 {{DATE:1/7}} NGTD.
A/P:
# Septic shock 2/2 MSSA pneumonia, resolving - cefazolin 2 g q8h (day 4/7).
# AKI - improving, renally dose meds.
# Delirium - CAM-ICU + this AM; quetiapine 25 mg qHS, sleep hygiene, family presence.
# DVT ppx heparin SQ; GI ppx pantoprazole.
Dispo: transfer to step-down ({{FACILITY:Wexler 5}}) if stable 24h.
Family: wife {{NAME:Almaz}} and son {{NAME:Dawit Abebe}} (HCP, {{PHONE:612-555-0102}}) updated at bedside; Amharic interpreter {{NAME:Selamawit}} present.
{{NAME:Grzegorz Nowicki}}, MD (MICU attending) / {{NAME:Fatima Zahra Benali}}, MD (fellow)`,
  `PRE-ANESTHESIA EVALUATION
Surgery date: {{DATE:02/03/2026}}   Procedure: R total hip arthroplasty (Dr. {{NAME:Vandermolen}})
Patient: {{NAME:Concepcion Ibarra de Luna}}   DOB {{DATE:11/11/1953}}   MRN {{MRN:LH3390057}}
Seen in {{FACILITY:Larkspur Pre-Surgical Clinic}} {{DATE:1/27/26}} by {{NAME:Mehmet Yildirim}}, MD
PMH: HTN, OSA on CPAP (brings own), DM2 (A1c 6.9), GERD, PONV after hysterectomy in 1998 at {{FACILITY:Hospital San Jose}} in {{LOCATION:Monterrey}}.
Meds: metformin (hold AM of surgery), losartan (hold), omeprazole (take), semaglutide weekly - must be held >= 7 days; pt states last dose {{DATE:1/24}}.
Airway: Mallampati III, TMD 3 FB, MO >3 cm, upper full denture, neck ROM full. STOP-BANG 6.
Cardiac: METs >= 4 (climbs 2 flights), RCRI 1. ECG {{DATE:1/20/26}} NSR, LAFB.
Labs: Hgb 12.9, Plt 244, Cr 0.8, K 4.1, glucose 132.
ASA III.
Plan: spinal + MAC vs GA; PONV ppx (scopolamine patch, dexamethasone, ondansetron). Type & screen. Ride home: daughter {{NAME:Araceli}} ({{PHONE:952-555-0170}}). Spanish interpreter for day of surgery requested from {{FACILITY:Lingua Bridge Interpreting}} (pt prefers {{NAME:Rosa}}).`,
  `BILATERAL SCREENING MAMMOGRAM WITH TOMOSYNTHESIS
PATIENT: {{NAME:Parveen Akhter Chowdhury}}   DOB: {{DATE:06/21/1966}}   MRN: {{MRN:LH5573318}}
DATE OF EXAM: {{DATE:02/12/2026}}   ACCESSION: {{ID:MG-26-001904}}   SITE: {{FACILITY:Larkspur Breast Center - Woodbury}}
REFERRING: {{NAME:Shabnam Qureshi}}, MD
HISTORY: Annual screening. Maternal aunt with breast ca at 48 in {{LOCATION:Dhaka}}. No complaints. Tyrer-Cuzick lifetime risk 14%.
COMPARISON: {{DATE:01/30/2025}} and {{DATE:01/18/2024}}.
BREAST COMPOSITION: C - heterogeneously dense, which may obscure small masses.
FINDINGS: No suspicious masses, calcifications or architectural distortion. Stable benign-appearing calcifications R UOQ. Axillae unremarkable.
IMPRESSION: BI-RADS 1: NEGATIVE.
RECOMMENDATION: Annual screening mammogram. Supplemental ultrasound may be considered given dense tissue (dense breast notice sent).
Results letter mailed to {{ADDRESS:8820 Tamarack Rd, Apt 12}}, {{LOCATION:Woodbury}}, MN {{ZIP:55125}}.
Interpreted by: {{NAME:Catalina Restrepo}}, MD   {{DATE:02/13/2026 08:41}}`,
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Larkspur Heart Institute}} Echo Lab | Study date {{DATE:2/24/2026}} | Study # {{ID:E26-02-1187}}
Name: {{NAME:Sorensen, Bjorn Arne}} | DOB {{DATE:7/7/1949}} | MRN {{MRN:LH0881264}} | Ht 183 cm | Wt 88 kg | BSA 2.12 | BP 142/80 | HR 64
Referring: Dr. {{NAME:Lena Hakala}}, {{FACILITY:Larkspur Clinic Ely}}
Indication: murmur; syncope x1 while shoveling snow at his cabin near {{LOCATION:Ely}}.
Sonographer: {{NAME:Kristine Moua}}, RDCS. Image quality good. Definity not used.
LV: normal size, concentric LVH (IVSd 1.4 cm), LVEF 60% (biplane Simpson). Grade II diastolic dysfunction, E/e' 16.
Aortic valve: trileaflet, severely calcified. Peak velocity 4.3 m/s, mean gradient 46 mmHg, AVA 0.8 cm2 (continuity), DVI 0.23.
Mitral: mild MAC, mild MR. TR mild, RVSP 38 mmHg. RV normal. No pericardial effusion.
Conclusion: Severe high-gradient aortic stenosis, preserved EF; progressed since {{DATE:3/2023}} (mean 28 mmHg).
Structural heart referral (TAVR evaluation) recommended - Dr. {{NAME:Ogunleye}} notified {{DATE:2/24/26}} 1315.
Reading cardiologist: {{NAME:Fernando Ribeiro-Santos}}, MD`,
  `CARDIAC CATHETERIZATION PROCEDURE NOTE
Date {{DATE:03/03/2026}} | {{FACILITY:LRMC}} Cath Lab 2 | Operator {{NAME:Stanislav Wierzbicki}}, MD | Fellow {{NAME:Adaeze Obi}}, MD
Patient {{NAME:Tomasz Zielinski}}, 61 y/o M, MRN {{MRN:LH4402297}}, DOB {{DATE:5/5/1964}}, from {{LOCATION:Northfield}}
Referring cardiologist: Dr. {{NAME:Hollis Greer}} ({{FACILITY:Larkspur Heart Clinic - Lakeville}})
Indication: exertional angina, positive treadmill stress {{DATE:2/20/26}} (Bruce protocol, 2 mm ST depression at 6 min, Duke score -7).
Access: R radial 6 Fr (Barbeau B, Allen test normal). Heparin 5,000 U, verapamil 2.5 mg IA.
Findings: LM normal. LAD 90% mid, FFR 0.71. LCx 30% prox. RCA dominant, 50% mid (iFR 0.94).
Intervention: PCI mid LAD - predil 2.5 balloon, Xience Skypoint 3.0 x 28 mm DES, post-dil NC 3.25 at 18 atm. TIMI 3 flow, 0% residual.
Contrast 140 mL Visipaque. Fluoro 11.2 min. Air kerma 820 mGy.
TR Band applied 1150; deflation per {{FACILITY:Wexler 6}} protocol.
Plan: ASA 81 indefinitely, clopidogrel 75 x 12 mo, atorvastatin 80, cardiac rehab. No driving x 24 h. Discussed with wife {{NAME:Jadwiga}} and daughter {{NAME:Ania}} in the waiting area. Stent card given; implant lot 3091441.`,
  `DIALYSIS UNIT - MONTHLY NEPHROLOGY NOTE
Unit: {{FACILITY:Larkspur Kidney Care - Brooklyn Center}}   Chair 9, MWF 2nd shift
Pt: {{NAME:Obinna Nwankwo-Eze}}   DOB {{DATE:09/14/1958}}   MRN {{MRN:LH6001187}}   Date: {{DATE:03/16/2026}}
ESRD 2/2 diabetic nephropathy, HD since {{DATE:04/2021}}. Access: L brachiocephalic AVF (Dr. {{NAME:Tsai}}, {{DATE:10/2020}}), thrill +, no aneurysm.
Rx: 4 h, F180 dialyzer, QB 450 / QD 600, 2K/2.5Ca bath, EDW 82.0 kg.
Labs: Kt/V 1.42, URR 74%, Hgb 10.4, ferritin 640, TSAT 28%, Alb 3.8, K 5.3, phos 6.2, PTH 540, Ca 8.9.
IDWG avg 3.1 kg - counselled on fluid.
Meds: Mircera 100 mcg monthly, sevelamer 1600 TID with meals, cinacalcet 30 -> 60 mg.
Transplant: listed at {{FACILITY:Upper Midwest Transplant Institute}} since {{DATE:6/2024}}, active. Living donor work-up for nephew {{NAME:Chukwudi}} ongoing.
Social: retired bus mechanic ({{FACILITY:Metro North Transit Garage}}); wife {{NAME:Adaeze}} drives. Backup transport: {{FACILITY:Medi-Ride North}}.
Advance directive on file; full code.
{{NAME:Olga Maksymenko}}, MD, Nephrology`,
  `HEMATOLOGY/ONCOLOGY - Infusion Visit C3D1
{{FACILITY:Larkspur Cancer Center - Maplewood}}   {{DATE:Thursday, 3/26/2026}}
Pt: {{NAME:Tavita Faleolo}}   24 y/o M   MRN {{MRN:LH7012984}}
Dx: classic Hodgkin lymphoma, nodular sclerosis, stage IIB (bulky mediastinal), dx {{DATE:12/2025}} by core bx at {{FACILITY:LRMC}}. Interim PET-CT after C2: Deauville 2.
Regimen: A+AVD (brentuximab vedotin, doxorubicin, vinblastine, dacarbazine), C3D1 today. Pegfilgrastim on-body injector.
Interval: grade 1 neuropathy at fingertips, fatigue, no fevers. Weight stable 102 kg. Sperm banking done at {{FACILITY:Midwest Fertility Partners}} before C1.
Exam: port site clean (PowerPort placed {{DATE:12/22/25}}). No palpable LAD. Lungs clear.
Labs: ANC 2.8, Hgb 11.2, Plt 210, LFTs nl.
Plan: proceed. Echo before C5. C3D15 on {{DATE:4/9}}.
Support: works at {{FACILITY:Polynesian Pride Catering}}, on FMLA; mom {{NAME:Losa}} and girlfriend {{NAME:Keilani}} at infusion today. Financial counselor {{NAME:Tiffany Greer}} helping with charity care application, ref {{ID:FA-26-0311}}.
{{NAME:Rolf Henningsen}}, MD`,
  `NEUROLOGY - MOVEMENT DISORDERS CLINIC
Pt: {{NAME:Hyun-woo Cha}}   DOB {{DATE:10/10/1950}}   MRN {{MRN:LH2290116}}   Seen {{DATE:04/02/2026}}
Clinic: {{FACILITY:Larkspur Neurology - Edina}}   Provider: {{NAME:Farid Haddad}}, MD
Accompanied by wife {{NAME:Mi-sook}}, who keeps a symptom diary; son {{NAME:Daniel Cha}} joined by phone from {{LOCATION:Seoul}}.
Idiopathic Parkinson's disease dx 2019 (R-sided tremor onset). H&Y 2.5.
Now: wearing-off ~3 h after each carbidopa/levodopa 25/100 x1.5 tab, morning dystonia R foot, mild peak-dose dyskinesia. Two falls this month, one at the {{FACILITY:Edina Community Center}} pool. Acting out dreams. Constipation. No hallucinations. MoCA 25/30.
Exam: hypomimia, hypophonia, rest tremor R>L, rigidity R>L, bradykinesia. Pull test 3 steps. MDS-UPDRS III (on) 31. Orthostatic BP 138/78 -> 118/70.
Plan:
- C/L 25/100 1.5 tab 5x/day (0600, 0900, 1200, 1500, 1800); add entacapone 200 mg with each dose.
- Melatonin 6 mg for RBD; bed alarm.
- LSVT BIG/LOUD at {{FACILITY:Larkspur Rehab - Edina}}.
- DBS candidacy discussed; refer to Dr. {{NAME:Amadou Diallo}} (functional neurosurgery).
- Support group at {{FACILITY:St. Stephen Lutheran Church}}.
RTC 4 mo.  {{NAME:FH}}/{{NAME:jk}}`,
  `GI CLINIC NOTE
{{FACILITY:Larkspur Digestive Health Center}} - IBD Program
DATE OF SERVICE: {{DATE:04/14/2026}}
PATIENT: {{NAME:Rivka Feldman-Ortiz}}   MRN {{MRN:LH8054431}}   DOB {{DATE:01/19/1993}}
REFERRED BY: {{NAME:Leah Goldfarb}}, MD
HPI: 33F with ileocolonic Crohn's disease (Montreal A2 L3 B1) dx in 2015 while living in {{LOCATION:Haifa}}. On adalimumab 40 mg weekly since {{DATE:8/2024}} (level 9.8, no antibodies). Past: azathioprine (pancreatitis). Last 6 wks: 5-6 loose BMs/day, nocturnal, some blood, 3 kg wt loss. Paralegal at {{FACILITY:Brandt, Okoye & Lindgren LLP}}; missed 4 days of work.
Calprotectin 860. CRP 18. Hgb 11.1. C diff neg, GI PCR neg.
Colonoscopy {{DATE:4/8/26}}: SES-CD 14, deep ulcers in TI, patchy colitis.
Plan: switch to risankizumab IV induction 600 mg wk 0/4/8 - prior auth submitted, ref {{ID:PA-2604-88123}}. Budesonide 9 mg bridge. Vaccines UTD. IBD nurse {{NAME:Maren}} will call; direct line {{PHONE:651-555-0148}}.
Pregnancy planning discussed with pt and husband {{NAME:Alejandro}}.
{{NAME:Deepika Venkatesh}}, MD`,
  `urology clinic - {{FACILITY:larkspur urology associates}}, {{LOCATION:mankato}} office
date {{DATE:4/21/26}}
pt {{NAME:wendell yellowhorse}} 67 m  mrn {{MRN:lh3006712}}  dob {{DATE:8/1/1958}}
reason: f/u prostate bx results
psa trend: 4.9 ({{DATE:2/2025}}) -> 6.8 ({{DATE:1/2026}}). mri prostate {{DATE:2/26/26}}: pi-rads 4 lesion l pz, 0.5 cc.
mri-fusion bx {{DATE:4/9/26}} (path {{ID:S26-05521}}): 3/14 cores adenoca, gleason 3+4=7 (grade group 2), max 40% of core, pattern 4 10%. no pni.
a: favorable intermediate-risk prostate ca.
discussed options with pt and wife {{NAME:loretta}}: active surveillance vs radical prostatectomy vs ebrt +/- short adt. decipher test sent. psma pet to complete staging.
referral to rad onc dr {{NAME:galloway}} at {{FACILITY:larkspur cancer center - mankato}}.
pt is retired, taught shop at {{FACILITY:minnesota river valley middle school}} for 30 yrs. he wants to wait until after granddaughter {{NAME:kaya}}'s wedding {{DATE:6/13}} before any treatment - reasonable.
rtc 3 wks.  {{NAME:jae-sung ko}}, md / scribe {{NAME:ek}}`,
  `SOCIAL WORK ASSESSMENT - ED
{{DATE:05/04/2026}} 2215   {{FACILITY:Larkspur Regional Medical Center}} ED, pod C rm 31
Pt: {{NAME:Jasmine Redcloud-Moreno}}, 27F   MRN {{MRN:LH9120473}}
Referral: ED RN {{NAME:Kofi}} - pt disclosed IPV; facial contusion, L wrist sprain.
Pt reports partner {{NAME:Travis Kessel}} (DOB {{DATE:3/2/1994}} per pt) struck her tonight at their apartment, {{ADDRESS:2600 Nicollet Ave, Apt 5C}}, {{LOCATION:Minneapolis}}. Children {{NAME:Mateo}} (6) and {{NAME:Lily}} (3) are safe with her mother {{NAME:Graciela Moreno}} in {{LOCATION:Bloomington}}.
Danger Assessment score 14 (high). Prior strangulation about a month ago.
Advocate {{NAME:Keisha Lamont}} from {{FACILITY:Harbor House Advocacy Center}} came to the ED (24-h line {{PHONE:612-555-0100}}). Bed secured at {{FACILITY:Bright Haven Shelter}} (confidential location). Officer {{NAME:Nygaard}}, badge {{ID:4471}}, took report # {{ID:MP-26-118204}}. OFP process explained. Pt works at {{FACILITY:Lake Street Dental Group}}; work note given, she will call her supervisor Dr. {{NAME:Brenner}}'s office tomorrow.
Pt's phone was broken; safe contact is her mother's number {{PHONE:952-555-0119}}. Do NOT release information to partner.
{{NAME:Hannah Abdi}}, LICSW`,
  `PHARMACY ADMISSION MEDICATION RECONCILIATION
Pt: {{NAME:Lindgren-Amadi, Solveig}}  |  {{AGE:90}}F  |  MRN {{MRN:LH0098812}}  |  {{FACILITY:Larkspur Lakeside Hospital}} {{FACILITY:Andersen 3}}  |  {{DATE:05/11/2026}}
Sources: pt (poor historian), son {{NAME:Erik Amadi}} by phone ({{PHONE:218-555-0133}}), fill history from {{FACILITY:Lakeside Family Pharmacy}} ({{PHONE:218-555-0134}}), MAR from {{FACILITY:Aurora Pines Assisted Living}} faxed {{DATE:5/11/26 0930}}. PCP Dr. {{NAME:Ahlquist}}.
| Medication | Dose | Last taken | Source |
| apixaban | 2.5 mg BID | last PM | MAR |
| metoprolol tartrate | 25 mg BID | this AM | MAR |
| donepezil | 10 mg qHS | last PM | MAR |
| furosemide | 20 mg daily | this AM | MAR |
| oxybutynin | 5 mg BID | this AM | fill hx |
| zolpidem | 5 mg qHS prn | unknown | son |
| vitamin D3 | 2000 IU | - | pt |
Issues:
1. Beers criteria: oxybutynin (anticholinergic, dementia) and zolpidem - recommend discontinue; son {{NAME:Erik}} agrees.
2. Apixaban 2.5 mg appropriate (age >=80, wt 54 kg).
3. Donepezil + metoprolol: HR 52 - monitor.
Dr. {{NAME:Adrian Mwangi}} (hospitalist) accepted recs 1 and 3.
{{NAME:Thu Trang Dinh}}, PharmD, BCPS   ext {{PHONE:2290}}`,
  `WOUND/OSTOMY NURSING CONSULT
{{DATE:5/19/2026}} | {{FACILITY:LARKSPUR ST. BRENDAN HOSPITAL}} | {{FACILITY:KESSLER 6}} RM 6204 | Pt: {{NAME:DESHAWN PRICE-MALLORY}} | MRN {{MRN:SB-0120449}}
Consult by: {{NAME:Magdalena Ostrowski}}, NP
Hx: 38M, T6 paraplegia after a fall from scaffolding at work ({{FACILITY:Granite State Builders}}) in 2021. Admitted {{DATE:5/15}} with sepsis from sacral wound. Lives with mother {{NAME:Yvonne Price}} at {{ADDRESS:915 Roosevelt Rd}}, {{LOCATION:St. Joseph}}.
Wound: sacrum, stage 4 pressure injury, 6.2 x 4.8 x 2.1 cm, tunneling 3 cm at 12 o'clock, probe-to-bone +. Bed 60% red, 40% yellow slough. Periwound macerated.
Braden 12. Seat cushion ROHO, SN {{DEVICE:RH-22-048117}}, from {{FACILITY:Prairie Mobility Solutions}} - overinflated, adjusted.
Plan: Dakin's 0.125% moistened gauze BID -> NPWT (Wound VAC) 125 mmHg continuous once debrided by plastics (Dr. {{NAME:Okwuosa}}). Low air loss mattress (Hill-Rom). Turn q2h. Protein 1.5 g/kg.
Outpatient f/u at {{FACILITY:Larkspur Wound & Hyperbaric Center}}; {{FACILITY:Careful Hands Home Health}} to resume SN.
{{NAME:Olivia Thorsgaard}}, RN, CWOCN   Vocera x{{PHONE:6104}}`,
  `ED TRIAGE NOTE  {{DATE:05/23/2026 0314}}  {{FACILITY:LARKSPUR LAKESIDE HOSPITAL}} EMERGENCY
PT: {{NAME:KOWALCZYK, STANISLAW J}}   DOB {{DATE:12/05/1944}}   MRN {{MRN:LL-0004418}}
ARRIVED BY {{FACILITY:ARROWHEAD EMS}} FROM HOME ({{ADDRESS:4410 JAY ST}}, {{LOCATION:HERMANTOWN}}).
CC: "CAN'T CATCH MY BREATH". HX COPD ON 2L HOME O2 (SUPPLIER {{FACILITY:NORTHLAND OXYGEN}}), CHF.
VS: T 37.8  HR 118  BP 168/94  RR 30  SPO2 84% ON 2L -> 91% ON BIPAP 12/6
GCS 15. 3-4 WORD SENTENCES. ACCESSORY MUSCLE USE. BIL WHEEZE. 2+ EDEMA BIL LE.
ESI 2. TO RESUS 2. DR {{NAME:AMUNDSEN}} AT BEDSIDE 0318.
ALLERGIES: PCN (HIVES), CODEINE.
WIFE {{NAME:HALINA}} FOLLOWING BY PRIVATE CAR. SHE STATES HE WAS DISCHARGED FROM {{FACILITY:BAYFRONT HEALTH & REHAB}} ON {{DATE:5/18}}. SON {{NAME:PIOTR}} CALLED FROM {{LOCATION:CHICAGO}}, {{PHONE:312-555-0181}}.
POLST: WIFE UNSURE, PAPER COPY AT HOME. FULL CODE UNTIL CLARIFIED.
PCP DR. {{NAME:WILHELMINA ACHOLA}}.
TRIAGE RN {{NAME:B. JOHANNSEN}}`,
  `Pediatric ED Note - {{FACILITY:Larkspur Children's Hospital}}
Arrival {{DATE:6/2/2026 19:20}}   Pt: {{NAME:Ahmed Hassan Mohamed}}   DOB {{DATE:9/17/2022}} (3 y)   MRN {{MRN:LC-5502918}}
Hx from mother {{NAME:Fadumo Abdi}} via Somali interpreter (phone, #{{ID:77105}}). Dad at work (drives for {{FACILITY:Northstar Shuttle}}).
HPI: 2 days of barky cough, inspiratory stridor at rest since 1700, fever 38.2. Vaccines UTD per state registry. Born at 38 wks at {{FACILITY:Larkspur Mercy Birth Center}}, Apgar 8/9, no NICU. Brother {{NAME:Hamza}} had the same last week; both attend {{FACILITY:Cedar-Riverside Early Learning}}.
Exam: Westley croup score 4 (stridor at rest 2, retractions 1). HR 138, RR 36, SpO2 97% RA. TMs nl.
Tx: dexamethasone 0.6 mg/kg PO (9 mg), racemic epinephrine neb x1 at 1935.
Reassessed 2140: no stridor at rest, Westley 0. Observed >3 h after epi.
Dispo: home {{DATE:6/2/26 23:05}}. Return precautions via interpreter. F/u with PCP Dr. {{NAME:Zamzam Hirsi}}, {{FACILITY:Larkspur Pediatrics - Cedar Riverside}}, in 1-2 days.
{{NAME:Kelechi Nnaji}}, MD`,
  `DELIVERY NOTE
{{FACILITY:Larkspur Mercy Birth Center}}, L&D rm 6   {{DATE:06/07/2026}}
Mother: {{NAME:Ximena Gutierrez-Pacheco}}, 29 y/o G2P1 -> G2P2, MRN {{MRN:LH7730551}}   GBS neg ({{DATE:5/14}})
Delivered by {{NAME:Hannah Vogel}}, CNM, with RN {{NAME:Alexis Grundberg}}; peds not called.
Labor: spontaneous onset 0130, AROM 0540 clear. Epidural 0600 by Dr. {{NAME:Bertrand Lefebvre}}. Complete 0842, pushed 14 min.
Birth: {{DATE:06/07/2026 08:56}}, SVD, LOA, viable female "{{NAME:Valentina}}", infant MRN {{MRN:LH7730552}}.
Apgars 8 and 9 at 1 and 5 min. Wt 3,420 g. Nuchal cord x1, reduced. Delayed cord clamping 60 s; cord blood banked with {{FACILITY:Cord Legacy Biobank}}, kit {{ID:CL-88420931}}.
Placenta delivered spontaneously 0903, intact, 3-vessel cord. Pitocin 10 U IM. 2nd-degree laceration repaired, 3-0 Vicryl Rapide. QBL 320 mL. Fundus firm.
Skin-to-skin; breastfeeding with good latch.
Father {{NAME:Julian Pacheco}} present and cut the cord. Big brother {{NAME:Emilio}} is with grandmother.
Infant to {{FACILITY:Hagen 2}} mother-baby unit with mom. Peds: Dr. {{NAME:Pa Nhia Yang}}.`,
  `NICU DAILY PROGRESS NOTE   DOL 12   CGA 31 1/7 wk   {{DATE:06/14/2026}}
{{FACILITY:Larkspur Children's Hospital}} NICU, {{FACILITY:Evergreen Pod}} bed 4
Infant: Baby Boy A {{NAME:Sithole}} ("{{NAME:Themba}}")  MRN {{MRN:LC-6600412}}  DOB {{DATE:06/02/2026 04:17}}  BW 1,180 g, GA 29 3/7 (twin A; twin B, Baby Boy B {{NAME:Sithole}} "{{NAME:Sipho}}", in bed 5)
Resp: CPAP +6, FiO2 0.23-0.28. Caffeine citrate 5 mg/kg daily. A/B/D events x3 in 24 h, self-resolved.
FEN: MBM/donor milk fortified to 24 kcal, 150 mL/kg/d via NG; wt 1,240 g (+20).
ID: 48 h rule-out complete.
Heme: Hct 31. Bili 5.1 off photo.
Neuro: HUS DOL 7 - no IVH. ROP screen due {{DATE:6/30}}.
Social: mom {{NAME:Nokuthula Sithole}} pumping, visits daily with dad {{NAME:Bongani}}; family is from {{LOCATION:Rochester}} and staying at {{FACILITY:Larkspur Family Hospitality House}}. Primary RN {{NAME:Kendra}}. Kangaroo care 1 h BID.
{{NAME:Oyinkansola Bamidele}}, MD, Neonatology`,
  `OPHTHALMOLOGY | {{FACILITY:Larkspur Eye Institute}} - {{LOCATION:Minnetonka}}
Pt: {{NAME:Gulnara Abdullaeva}} | DOB {{DATE:03/08/1962}} | MRN {{MRN:LH3008815}} | DOS {{DATE:06/22/2026}}
Tech: {{NAME:Brooke}} | MD: {{NAME:Elias Papadakis}}, MD | PCP: Dr. {{NAME:Kirsten Holmquist}}
CC: blurry vision OD x 4 months, glare at night when driving to clients (home health aide with {{FACILITY:Caring Circle Home Care}}). Originally from {{LOCATION:Tashkent}}.
VA sc: OD 20/70, PH 20/50; OS 20/30. Glare test OD 20/200.
IOP (Goldmann): 17 / 16 mmHg.
SLE: 3+ NS cataract OD, 2+ OS. Angles open on gonioscopy.
DFE: C/D 0.4 OU, no DR (DM2, A1c 7.1). Macula flat, OCT normal OU.
A/P: visually significant cataract OD - phaco/IOL OD scheduled {{DATE:7/14/2026}} at {{FACILITY:Larkspur Surgery Center - Maple Grove}}; biometry (IOLMaster 700) done, target plano, SN60WF 21.5 D. OS in ~4-6 wks.
Russian interpreter {{NAME:Irina}} from {{FACILITY:Lingua Bridge Interpreting}}. Daughter {{NAME:Dilnoza}} will drive, cell {{PHONE:952-555-0152}}.`,
  `ent clinic note - {{FACILITY:larkspur ear nose & throat}}, {{LOCATION:st. cloud}}
{{DATE:7/1/26}}   {{NAME:josiah kleinschmidt}}   dob {{DATE:4/4/1980}}   mrn {{MRN:sb-0055870}}   referred by pa {{NAME:colleen hatch}}
cc: spinning dizziness x 3 wks, worse rolling to r in bed
hx: episodes 30-60 sec, no hearing loss, no tinnitus, no aural fullness. no ha. dairy farmer near {{LOCATION:melrose}}, farms with brother {{NAME:eli}} at {{FACILITY:kleinschmidt dairy}}. fell off hay wagon {{DATE:6/8}}, no loc, seen at {{FACILITY:melrose area urgent care}}.
exam: weber midline, rinne ac>bc bilat. otoscopy nl. dix-hallpike r: + upbeating torsional nystagmus, latency 3 s, fatigable; l neg. head impulse nl. romberg neg. no skew.
audiogram today ({{NAME:tessa gunderson}}, au.d): normal hearing, tymps type a.
a: r posterior canal bppv, likely post-traumatic.
p: epley maneuver x2, tolerated. brandt-daroff handout. no ladders or hay loft x 48 h. if recurs, vestibular pt at {{FACILITY:larkspur rehab - st. cloud}}.
wife {{NAME:marlene}} drove. ok to return to milking {{DATE:7/3}}.
{{NAME:priyanka natarajan}}, md`,
  `ALLERGY & IMMUNOLOGY CONSULT
{{FACILITY:Larkspur Allergy & Asthma Clinic}}, {{ADDRESS:3100 W Lake St, Suite 200}}, {{LOCATION:Minneapolis}} {{ZIP:55416}}
Date: {{DATE:July 9, 2026}}     Patient: {{NAME:Marcus Oyelowo-Bright}}     DOB: {{DATE:5/25/2015}}     MRN: {{MRN:LH8812064}}
Referring: {{NAME:Sophie Lindqvist-Ortiz}}, MD
Reason: anaphylaxis to cashew {{DATE:6/20/26}} at a friend's house in {{LOCATION:Golden Valley}} - hives, lip swelling, vomiting and wheeze within 10 min; friend's mom gave epinephrine, EMS to {{FACILITY:Larkspur Children's}} ED.
Hx: atopic dermatitis, mild persistent asthma (Flovent 44), tolerates peanut.
SPT: cashew 12 mm wheal, pistachio 9 mm, peanut 2 mm, almond/walnut neg, histamine 6 mm, saline 0.
sIgE: Ana o 3 18.4 kUA/L.
A/P: IgE-mediated cashew/pistachio allergy. Strict avoidance. Epinephrine 0.3 mg auto-injector (wt 31 kg) x2 for home and school. Action plan for {{FACILITY:Meadowbrook Elementary}} (nurse {{NAME:Deb Halloran}}, fax {{FAX:952-555-0124}}). Discussed OIT vs omalizumab.
Parents: {{NAME:Adebola Oyelowo}} and {{NAME:Jennifer Bright}}, email {{EMAIL:jbright.family@lakesmail.net}}.
{{NAME:Raghav Subramanian}}, MD`,
  `RHEUMATOLOGY NEW PATIENT
{{FACILITY:Larkspur Arthritis & Rheumatology}} | {{ADDRESS:1575 Beam Ave, Suite 100}}, {{LOCATION:Maplewood}}, MN {{ZIP:55109}}
DOS: {{DATE:07/20/2026}}   Pt: {{NAME:Ngozi Adaobi Uchenna-Price}}   DOB: {{DATE:10/30/1978}}   MRN: {{MRN:LH4430096}}
Referring: {{NAME:Gabriel Otieno}}, MD ({{FACILITY:Larkspur Clinic Brooklyn Park}})
HPI: 47F with 2 yrs of dry eyes (on Restasis), dry mouth (needs water to swallow crackers), bilateral parotid swelling x2, symmetric small-joint arthralgia, and Raynaud's (white -> blue -> red) in winter. Dentist Dr. {{NAME:Hadley}} at {{FACILITY:Maplewood Family Dental}} found 4 new cavities. Sister {{NAME:Chiamaka}} has lupus.
Labs ({{DATE:7/2/26}}): ANA 1:640 speckled, SSA/Ro60 >8.0, SSB/La 2.4, RF 48, C3/C4 nl, ESR 42, WBC 3.4, lymph 0.9. SPEP no M-spike.
Exam: Schirmer 3 mm/5 min OU. Parotids mildly enlarged. No synovitis. Nailfold capillaroscopy normal. No purpura.
Assessment: primary Sjogren's disease (ACR/EULAR 2016 score 5).
Plan: HCQ 300 mg daily (baseline eye exam at {{FACILITY:Larkspur Eye Institute}}), pilocarpine 5 mg TID, Rx fluoride toothpaste. Annual SPEP. Pt teaches 3rd grade at {{FACILITY:Harmony Hills Elementary}} - classroom humidifier letter given.
RTC 3 mo.  {{NAME:Beatriz Albuquerque}}, MD`,
  `INFECTIOUS DISEASES CONSULT
Date {{DATE:8/3/2026}} | Pt {{NAME:Khalil Ibrahim Haddad}} | 52M | MRN {{MRN:LH5501290}} | {{FACILITY:Larkspur Regional}}, {{FACILITY:Gustafson 7}} rm 742
Requesting: {{NAME:Nora Steinmetz}}, MD
Q: MRSA bacteremia
HPI: Plumber in the family business ({{FACILITY:Haddad & Sons Plumbing}}), DM2, admitted {{DATE:7/31}} with fever and R knee pain after a puncture from a pipe fitting on a job site in {{LOCATION:Apple Valley}}. BCx {{DATE:7/31}} 2/2 MRSA (vanc MIC 1). Repeat BCx {{DATE:8/2}} 1/2 MRSA. Knee aspirate WBC 84,000, 95% PMN, GPC in clusters.
TTE {{DATE:8/1}}: no vegetation.
Abx: vancomycin (AUC-dosed, goal 400-600) since {{DATE:7/31}}.
Travel: visited family in {{LOCATION:Beirut}} {{DATE:5/2026}}. No IVDU.
Recs:
1. Continue vanc; TEE given persistent bacteremia.
2. Ortho for I&D R knee (Dr. {{NAME:Vandermolen}}).
3. Daily BCx until neg x 48 h.
4. >=4 wks IV therapy; PICC once BCx neg. OPAT via {{FACILITY:Larkspur Home Infusion}}.
5. HIV/HCV screen sent.
Discussed with pt and wife {{NAME:Rania}}; brother {{NAME:Samir}} will cover his jobs.
{{NAME:Aleksandra Petrovic}}, MD, ID   pgr {{PHONE:3092}}`,
  `Individual Psychotherapy Progress Note (90837)
{{FACILITY:Larkspur Behavioral Health - Woodbury}}   Session {{DATE:08/11/2026}} 0900-0953   Session #9
Client: {{NAME:Priya Venkataraman-Holt}}   DOB {{DATE:02/02/1999}}   MRN {{MRN:LH6617420}}
Dx: F41.1 GAD; F43.10 PTSD (r/o)
S: Client reports a panic attack in the break room at {{FACILITY:Summit Ridge Insurance Agency}} on {{DATE:8/6}} after a meeting with her manager {{NAME:Craig}}. Sleeping 5-6 h. Still has intrusive memories of the {{DATE:11/2024}} crash on {{ADDRESS:Hwy 61 near mile marker 132}} in which her friend {{NAME:Maya Lindstrom}} died. Her mother {{NAME:Lalitha}} is visiting, which helps.
O: PHQ-9 11 (prev 15). GAD-7 14 (prev 17). PCL-5 41. Affect anxious, tearful at times, engaged. Denies SI.
Intervention: Cognitive Processing Therapy session 4 - impact statement, stuck points ("I should have driven"). Diaphragmatic breathing, 5-4-3-2-1 grounding.
Plan: weekly; next {{DATE:8/18}}. Coordinate with psychiatric NP {{NAME:Tobias Lindahl}} re sertraline titration (ROI on file). Client plans to attend the survivors' group at {{FACILITY:Trinity Lutheran Church}} Thursday.
Crisis: knows 988 and our crisis line {{PHONE:651-555-0199}}.
{{NAME:Samantha Cruz-Whitaker}}, LICSW`,
  `ADDICTION MEDICINE - Office-Based Opioid Treatment
{{FACILITY:Larkspur Recovery Clinic - Duluth}}   {{DATE:8/24/2026}}
Pt: {{NAME:Cody Lightfeather}}   MRN {{MRN:LL-0229981}}   DOB {{DATE:12/12/1990}}
OUD, severe, early remission on buprenorphine/naloxone 16/4 mg daily since {{DATE:3/2026}}.
Interval: working full time at {{FACILITY:Lake Superior Marine Repair}}, attends NA 2x/wk at {{FACILITY:Sacred Heart Recovery Hall}}, sponsor {{NAME:Ron}}.
UDS today: bup +, norbup +, fentanyl neg, others neg. PMP checked {{DATE:8/24/26}}: only this prescriber; pharmacy {{FACILITY:Lakewalk Pharmacy}}.
No cravings. Sleep fair. Smoking 1/2 ppd - nicotine patch 14 mg started.
HCV Ab + {{DATE:4/2026}}, RNA 1.2 million IU/mL - sofosbuvir/velpatasvir started {{DATE:7/20/26}} via {{FACILITY:Larkspur Specialty Pharmacy}}, week 5 of 12, adherent.
Naloxone kit at home; girlfriend {{NAME:Shania}} trained.
Probation: PO {{NAME:Kristin Aho}} ({{PHONE:218-555-0129}}) - ROI signed, attendance letter sent.
Rx: bup/nx 8/2 mg film, 2 daily, #28 (14 days). RTC {{DATE:9/7}}.
{{NAME:Evelyn Hart-Zimmerman}}, MD   DEA {{LICENSE:BH4829176}}`,
  `GERIATRICS / MEMORY CLINIC CONSULT
{{FACILITY:Larkspur Senior Health - Roseville}}   Date: {{DATE:09/01/2026}}
Patient: {{NAME:Adelaide Marchetti-Nyberg}}, {{AGE:91}} y/o woman   MRN: {{MRN:LH0042215}}   DOB: {{DATE:05/19/1935}}
With daughter {{NAME:Francesca Nyberg}} (HCPOA) and granddaughter {{NAME:Gianna}}.
Reason: forgetfulness x 2 yr; got lost driving home from church last month and was found by police in {{LOCATION:Shoreview}}. Retired Latin teacher ({{FACILITY:Holy Rosary Academy}}). Lives alone at {{ADDRESS:2240 Dellwood Ave}}, {{LOCATION:Roseville}}. Widowed (husband {{NAME:Carl}} d. 2017).
MoCA 17/30 (16 yr educ): -5 delayed recall, -3 visuospatial/executive, -2 orientation, -1 fluency, -1 serial 7s, -1 abstraction. FAQ 14. GDS-15: 3. No hallucinations.
Labs: B12 410, TSH 2.1, RPR neg. CT head {{DATE:8/20/26}}: moderate generalized atrophy, mild small vessel disease.
Impression: major neurocognitive disorder, probable Alzheimer's disease, moderate.
Plan:
- Stop driving; DVS medical report completed.
- Donepezil 5 mg qHS x 4 wk, then 10 mg.
- In-home help from {{FACILITY:Heritage Companions}}; adult day at {{FACILITY:Como Park Adult Day Center}}.
- Memory care tour at {{FACILITY:Lakeview Terrace Memory Care}}.
{{NAME:Yoshiko Tanabe}}, MD, Geriatrics`,
  `PALLIATIVE CARE CONSULT
{{FACILITY:Larkspur Lakeside Hospital}}, {{FACILITY:Marsh 4}} oncology, rm 417   {{DATE:9/14/2026}}
Pt: {{NAME:Jean-Baptiste Toussaint}}  68M  MRN {{MRN:LL-0371120}}
Requesting: Dr. {{NAME:Rolf Henningsen}} (oncology)
Dx: metastatic pancreatic adenocarcinoma (liver, peritoneum), progressed on FOLFIRINOX and gem/nab-paclitaxel. ECOG 3. Paracentesis 4.2 L {{DATE:9/12}}.
ESAS: pain 7, nausea 5, appetite 9, fatigue 8, anxiety 6.
Pt is from {{LOCATION:Port-au-Prince}}; moved to {{LOCATION:Duluth}} to be near daughter {{NAME:Nadege Toussaint-Berg}}, an LPN at {{FACILITY:Miller Creek Care Center}}. Goals of care meeting with pt, daughter, son {{NAME:Wilner}} (by speaker from {{LOCATION:Miami}}) and chaplain Rev. {{NAME:Marcus Whitfield}}; Haitian Creole interpreter {{NAME:Marie-Lourdes}}.
Pt: "I want to go home and see the lake." Understands more chemo will not help. DNR/DNI, POLST completed. Requested anointing - Fr. {{NAME:Jean-Claude Mbeki}} called.
Plan:
- hydromorphone PO 2-4 mg q3h prn; methadone 2.5 mg q8h.
- olanzapine 2.5 mg qHS.
- tunneled peritoneal catheter, IR {{DATE:9/15}}.
- Hospice: {{FACILITY:Larkspur Home Care & Hospice}} admission visit at daughter's home, {{ADDRESS:615 Woodland Ave}}, on {{DATE:9/17}}.
{{NAME:Annelise Brandt}}, MD, Palliative Medicine`,
  `LETTER OF MEDICAL NECESSITY
{{DATE:September 22, 2026}}
To: Pharmacy Prior Authorization Dept, UCare (fax 1-866-555-0107)
Re: {{NAME:Thanh Phong Tran}}   DOB {{DATE:01/03/1987}}   Member ID {{HEALTH_PLAN:UC40028817301}}   Group 7710
Requested: dupilumab (Dupixent) 600 mg load, then 300 mg SC q2wk; NDC 0024-5915-02
Dx: severe atopic dermatitis (L20.89), EASI 31, BSA 42%, IGA 4.
I am writing for my patient Mr. {{NAME:Tran}}, a 39-year-old line cook at {{FACILITY:Pho Saigon Kitchen}} in {{LOCATION:St. Paul}}, whose eczema has caused fissuring of both hands, 11 missed workdays since {{DATE:June 1}}, and sleep loss (itch NRS 9).
Failed: triamcinolone 0.1% and clobetasol 0.05% (2024-2025, inadequate); tacrolimus 0.1% (burning); narrowband UVB x24 at {{FACILITY:Larkspur Dermatology}} ({{DATE:1/2026-3/2026}}, partial); methotrexate 15 mg weekly {{DATE:4/2026}} to {{DATE:8/2026}} (ALT 142).
He meets your policy criteria. Please contact my office with questions.
{{NAME:Anjali Mehta-Rosen}}, MD, FAAD   NPI {{LICENSE:1730482916}}
{{FACILITY:Larkspur Dermatology}}, {{ADDRESS:3300 Vicksburg Ln N, Suite 150}}, {{LOCATION:Plymouth}}, MN {{ZIP:55447}}
Phone {{PHONE:763-555-0130}}   Fax {{FAX:763-555-0131}}   PA ref {{ID:PA-26-0913377}}`,
  `CERTIFICATION OF HEALTH CARE PROVIDER (FMLA)
Section I (employer): {{FACILITY:Crestview Federal Savings}}, HR contact {{NAME:Veronica Sandoval}}, {{EMAIL:hrleave@crestviewfedsav.com}}
Employee: {{NAME:Anneliese Vogt-Okafor}}   Employee ID {{ID:CF-20931}}   Job: loan processor
Section III (provider): {{NAME:Kirsten Holmquist}}, MD, Internal Medicine, {{FACILITY:Larkspur Clinic - Eagan}}, {{ADDRESS:1400 Wilderness Run Dr}}, {{LOCATION:Eagan}}, MN {{ZIP:55123}}; tel {{PHONE:651-555-0141}}; fax {{FAX:651-555-0142}}
Part A: Condition began {{DATE:09/08/2026}}. Inpatient {{DATE:9/8/2026}} to {{DATE:9/11/2026}} at {{FACILITY:Larkspur Regional Medical Center}} (gallstone pancreatitis). Laparoscopic cholecystectomy planned {{DATE:10/6/2026}}.
Probable duration of incapacity: {{DATE:9/8/2026}} through {{DATE:10/27/2026}}.
Part B: unable to perform any job functions during this period. Follow-up visits {{DATE:9/18}} and {{DATE:10/20}}, ~1 h each.
Intermittent leave: not expected after {{DATE:10/27}}.
Signature: {{NAME:K. Holmquist}}, MD   Date {{DATE:9/16/2026}}
Patient DOB {{DATE:4/15/1982}}   MRN {{MRN:LH3120088}}`,
  `{{FACILITY:Larkspur Clinic Fridley}}
{{ADDRESS:7500 University Ave NE}}   {{LOCATION:Fridley}}, MN {{ZIP:55432}}

{{DATE:October 2, 2026}}

Mr. {{NAME:Kwame Asante-Boateng}}
{{ADDRESS:1051 40th Ave NE, Apt 3}}
{{LOCATION:Columbia Heights}}, MN {{ZIP:55421}}

Dear {{NAME:Kwame}},
Your test results from {{DATE:9/28/2026}} are below.
- Hemoglobin A1c: 5.9% (prediabetes range is 5.7-6.4)
- LDL cholesterol: 96 mg/dL (goal under 100)
- Kidney function (eGFR): 88, normal
- Potassium: 4.2, normal
Your blood pressure at the visit was 128/78, much better on amlodipine 10 mg. I hope your trip to {{LOCATION:Kumasi}} went well.
Please keep walking and limit sugary drinks. We will recheck the A1c in one year.
Questions? Call my nurse {{NAME:Tasha}} at {{PHONE:763-555-0190}} or send a patient portal message.
Sincerely,
{{NAME:Lisbeth Engstrom}}, MD
MRN {{MRN:LH5108824}}`,
  `portal msg rec'd {{DATE:10/05/2026 23:48}}
from: {{NAME:brenda kowalski-haugen}} (proxy for her dad {{NAME:leonard haugen}}, dob {{DATE:3/22/1939}})
to: {{FACILITY:larkspur clinic coon rapids}} - family med pool
"hi this is {{NAME:brenda}}, dads lasix ran out sunday and the pharmacy ({{FACILITY:northtown drug}}) said they need a new script from dr {{NAME:sundquist}}. also his legs are more swollen and he's sleeping in the recliner again like before he was in {{FACILITY:lrmc}} this summer. weight 187 today, was 181 last wk. he's 87 and stubborn lol. i'm at work at {{FACILITY:riverside lanes}} til 6, my cell is {{PHONE:763-555-0169}}. thanks {{NAME:brenda}}"

rn reply {{DATE:10/06/2026 07:40}} ({{NAME:d. yang}} rn): called {{NAME:brenda}} at 0735. 6 lb gain in 1 wk + orthopnea -> per hf protocol, furosemide refill sent to {{FACILITY:northtown drug}} and extra 40 mg x 3 days ok'd by dr {{NAME:sundquist}}. same-day appt {{DATE:10/6}} 1:40 pm with {{NAME:alicia ferreira}}, np. told to call 911 if sob at rest or chest pain.`,
  `AFTER-HOURS ON-CALL NOTE (OB/GYN)
Caller: {{NAME:Shirin Farahani}}   DOB {{DATE:11/21/1990}}   cb {{PHONE:651-555-0117}}
Received {{DATE:Sat 10/17/2026 02:12}} via answering service ({{FACILITY:TeleNurse North}}, msg #{{ID:TN-5581203}})
On call: {{NAME:Victoria Achebe}}, MD ({{FACILITY:Larkspur Women's Health}}); primary OB {{NAME:Hannah Vogel}}, CNM
32 y/o G1P0 at 34w1d, EDD {{DATE:12/4/2026}}. Headache since 2100 not relieved by acetaminophen 1 g, seeing "sparkles", mild RUQ ache. Home cuff 158/104 and 161/102, 15 min apart; husband {{NAME:Kaveh}} rechecked it. No VB, no LOF, good FM.
Concern for preeclampsia with severe features. Advised to come to {{FACILITY:Larkspur Mercy Birth Center}} triage now; husband will drive (about 15 min from {{LOCATION:Woodbury}}). Not to drive herself. Called L&D charge RN {{NAME:Monique}} at x{{PHONE:4420}} to expect her.
0305: L&D update - BP 164/108, labetalol 20 mg IV, magnesium sulfate started, PIH labs sent, betamethasone #1 given. MFM Dr. {{NAME:Ostergaard}} consulted.`,
  `INTERFACILITY TRANSFER ACCEPTANCE NOTE
Date/time: {{DATE:10/22/2026 16:40}}     Transfer Center ref {{ID:TC-26-44190}}
Sending: {{FACILITY:Pine County Memorial Hospital}}, {{LOCATION:Sandstone}} - Dr. {{NAME:Calvin Stroud}} ({{PHONE:320-555-0105}})
Receiving: {{FACILITY:Larkspur Regional Medical Center}}, neurosurgery; accepting Dr. {{NAME:Ravindra Pillai}}
Patient: {{NAME:Tyler Brandvold-Keene}}   DOB {{DATE:06/30/2003}}   23M
Summary: ATV rollover ~1300 on a gravel road near {{LOCATION:Hinckley}}, no helmet. GCS 13 on scene (E3V4M6), 12 at OSH. CT head: 9 mm R temporal epidural hematoma, 3 mm MLS, nondisplaced temporal bone fx. CT C-spine negative. Pupils 3 mm, equal.
Given: TXA 1 g, levetiracetam 1 g, fentanyl 50 mcg. Intubation deferred.
Transport: {{FACILITY:Northwoods Air Medical}} rotor wing, ETA 1720. Images pushed; CD with flight crew.
Mother {{NAME:Dawn Keene}} driving down ({{PHONE:320-555-0153}}), ETA 1900. Father {{NAME:Rick Brandvold}} is deployed overseas.
Plan on arrival: direct to CT, OR 4 on standby, anesthesia aware.
{{NAME:Oksana Hrytsenko}}, RN, Transfer Center`,
  `EMS PATIENT CARE REPORT - {{FACILITY:DAKOTA VALLEY AMBULANCE}} MEDIC 7
INCIDENT # {{ID:DVA-26-031877}}   DATE {{DATE:11/02/2026}}
DISPATCH 0642 | ENROUTE 0643 | ON SCENE 0651 | PT CONTACT 0652 | TRANSPORT 0710 | AT DEST 0724
SCENE: {{ADDRESS:14300 Nicollet Ct}}, {{LOCATION:Burnsville}} - {{FACILITY:Burnsville Athletic Club}} locker room
PT: {{NAME:HOANG, MINH DUC}}   AGE 59   DOB {{DATE:02/09/1967}}
CC: CHEST PAIN
HX: PT ON TREADMILL, C/O CRUSHING SUBSTERNAL CP RADIATING TO L ARM, DIAPHORETIC. FRIEND {{NAME:PETER SCHULTZ}} CALLED 911. PMH HLD. MEDS ROSUVASTATIN. NKDA.
VS 0655: BP 98/60, HR 52, RR 20, SPO2 95%, BGL 142, GCS 15.
12-LEAD: STE II, III, AVF; STD I, AVL -> INFERIOR STEMI. TRANSMITTED 0701 TO {{FACILITY:LRMC}}, STEMI ALERT ACTIVATED BY DR {{NAME:OYELARAN-BROOKS}}.
TX: ASA 324 MG PO, NTG WITHHELD (SBP <100, ?RV INFARCT), IV 18G L AC, NS 250 ML BOLUS, FENTANYL 50 MCG.
DEST: {{FACILITY:LARKSPUR REGIONAL MEDICAL CENTER}} CATH LAB DIRECT.
WIFE {{NAME:LAN}} NOTIFIED BY PHONE {{PHONE:952-555-0186}}.
CREW: {{NAME:J. OKONJO}}, PARAMEDIC LIC {{LICENSE:P-21994}} / {{NAME:S. LARSON}}, EMT`,
  `SAFETY EVENT REPORT - PATIENT FALL     Event # {{ID:SE-2026-11408}}
Date/time of event: {{DATE:11/09/2026 04:50}}   Reported: {{DATE:11/09/2026 05:25}}
Location: {{FACILITY:Larkspur St. Brendan Hospital}}, {{FACILITY:Kessler 4}}, rm 4112 bathroom
Patient: {{NAME:Arvid Tollefsrud}}, {{AGE:96}}M, MRN {{MRN:SB-0008851}}
Description: Pt found sitting on bathroom floor by NA {{NAME:Jamila Warsame}} after bed alarm sounded at 0448. Pt states he "had to go" and didn't want to bother anyone. Morse 65, fall bundle in place (bed low, alarm on, non-skid socks, call light in reach). Last rounding 0430 ({{NAME:Jamila}}).
Assessment by RN {{NAME:Connor McAllister}}: no head strike per pt, no LOC; 2 cm skin tear R forearm (Steri-Strips). Full ROM all extremities, no shortening or rotation. BG 118. Orthostatics 124/70 lying, 102/62 standing.
Notified: Dr. {{NAME:Halyna Kovalenko}} (hospitalist) at 0458 - no imaging; neuro checks q4h x 24 h. Daughter {{NAME:Ingrid Tollefsrud-Paulsen}} called at 0700 ({{PHONE:320-555-0148}}).
Contributing factors: nocturia, furosemide given late (2100); unfamiliar room.
Actions: diuretic times moved to 0900/1400; scheduled toileting q2h overnight; meds reviewed by pharmacist {{NAME:Mohamed Farah}}.
Reporter: {{NAME:C. McAllister}}, RN   ext {{PHONE:7731}}`,
  `INTERVENTIONAL RADIOLOGY PROCEDURE NOTE
Procedure: right IJ single-lumen chest port placement (CPT 36561)
Date: {{DATE:11/16/2026}}   Location: {{FACILITY:Larkspur Regional Medical Center}} IR suite 2
Patient: {{NAME:Fatuma Jelle Ibrahim}}   MRN {{MRN:LH9450673}}   DOB {{DATE:07/07/1975}}
Operator: {{NAME:Lucas Brennan-Oduya}}, MD   Assistant: {{NAME:Rhiannon Price}}, RT(R)
Referring: {{NAME:Rolf Henningsen}}, MD (breast cancer, adjuvant ddAC-T)
Consent in Oromo via interpreter {{NAME:Gadaa}} (ID {{ID:50129}}); husband {{NAME:Abdi Jelle}} present.
Sedation: moderate, midazolam 2 mg / fentanyl 100 mcg, RN {{NAME:Teresa Jaramillo}} monitoring, 32 min intraservice.
Technique: US-guided micropuncture access R IJ (patent, compressible, image saved). Subcutaneous pocket R chest. Catheter tunneled and trimmed; tip at cavoatrial junction on fluoro. Port flushes and aspirates well; heparin lock 500 U.
Device: 8 Fr power-injectable port, lot REFT2099, serial {{DEVICE:BP8-4471093}}. Implant card given.
EBL <5 mL. No complications.
Impression: successful port placement, ready for use. First chemo at {{FACILITY:Larkspur Cancer Center - Maplewood}} {{DATE:11/19}}.`,
  `DEVICE CLINIC - PACEMAKER REMOTE TRANSMISSION REVIEW
Patient: {{NAME:Gunnar Einar Haugland}}   DOB {{DATE:01/01/1937}} (89 y)   MRN {{MRN:LH0204476}}
Transmission received {{DATE:11/23/2026 03:14}} (scheduled)
Device: Medtronic Azure XT DR MRI, SN {{DEVICE:RNB418822H}}, implanted {{DATE:08/14/2019}} at {{FACILITY:Larkspur Heart Institute}} by Dr. {{NAME:Szymanski}}. Leads: RA 5076 SN {{DEVICE:PJN7726441}}, RV 5076 SN {{DEVICE:PJN7731986}}.
Monitor: bedside at home, {{ADDRESS:18 Birch Point Rd}}, {{LOCATION:Nisswa}}.
Battery 7.8 yr. RA: P 2.8 mV, 456 ohm, threshold 0.75 V @ 0.4 ms. RV: R 11.2 mV, 532 ohm, 0.625 V @ 0.4 ms.
Pacing: AP 38%, VP <1% (MVP on).
Events: 3 AHRE episodes, longest 4 h 12 m on {{DATE:11/10}}; AF burden 0.9%. No VHR.
CHA2DS2-VASc 3 (age >=75, HTN).
Assessment: normal device function; new subclinical AF >1 h.
Plan: message to cardiologist Dr. {{NAME:Ji-hoon Baek}} re anticoagulation. Wife {{NAME:Sigrid}} called ({{PHONE:218-555-0159}}) - they winter in {{LOCATION:Mesa}}, AZ from {{DATE:12/15}}; cellular adapter mailed. Next remote {{DATE:2/22/2027}}.
{{NAME:Abigail Frost}}, RN, CCDS`,
  `{{FACILITY:LARKSPUR LABORATORY SERVICES}} - TRANSFUSION SERVICE
{{ADDRESS:800 E 28th St}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55407}}   Medical Director: {{NAME:Hiroshi Tanaka-Ward}}, MD   CLIA 24D1093357
PATIENT: {{NAME:RAMIREZ-OCHOA, ESPERANZA}}   MRN: {{MRN:LH2278840}}   DOB: {{DATE:08/17/1960}}   LOC: {{FACILITY:WEXLER 5}}
ACCESSION: {{ID:BB26-1130-0047}}   COLLECTED: {{DATE:11/30/2026 06:10}}   BY: {{NAME:NJ}}
TEST                      RESULT
ABO/Rh                    O POS
Antibody screen           POSITIVE
Antibody ID               Anti-E, anti-Jk(a)
DAT (polyspecific)        NEGATIVE
Crossmatch (AHG)          2 units E-neg, Jk(a)-neg: COMPATIBLE
COMMENT: Anti-Jk(a) (Kidd) antibodies can cause delayed hemolytic transfusion reactions and may become undetectable; antigen-negative red cells are required for life. Wallet card issued. Pt reports 2 units given after childbirth in {{LOCATION:Puebla}}, records unavailable.
Called to {{NAME:Rosalind Mbatha}}, RN at {{DATE:11/30/2026 08:42}}, read back.
Verified: {{NAME:KT}}, MLS(ASCP)`,
  `GYNECOLOGIC CYTOLOGY REPORT
Specimen #: {{ID:GC26-22904}}   Received {{DATE:12/03/2026}}
Patient: {{NAME:Kalani Makoa-Nguyen}}   DOB {{DATE:09/09/1991}}   MRN {{MRN:LH6034419}}
Provider: {{NAME:Hannah Vogel}}, CNM   Clinic: {{FACILITY:Larkspur Women's Health - Coon Rapids}}
Source: cervical, ThinPrep   LMP {{DATE:11/20/2026}}
Clinical: routine screening; prior Pap {{DATE:10/2023}} NILM, HPV neg.
Specimen adequacy: satisfactory for evaluation; transformation zone component present.
Interpretation: LOW-GRADE SQUAMOUS INTRAEPITHELIAL LESION (LSIL).
HPV: HPV 16 NEGATIVE, HPV 18 NEGATIVE, other high-risk HPV POSITIVE.
Recommendation: per ASCCP risk-based guidelines, colposcopy.
Screened by: {{NAME:Danielle Fortier}}, CT(ASCP)   Reviewed: {{NAME:Henrik Saarinen}}, MD   {{DATE:12/08/2026}}
Addendum: pt notified via patient portal {{DATE:12/9/26}}; colposcopy scheduled {{DATE:1/6/2027}} with Dr. {{NAME:Victoria Achebe}}.  {{NAME:HV}}`,
  `DEATH PRONOUNCEMENT NOTE
{{FACILITY:Larkspur Regional Medical Center}} - {{FACILITY:Gustafson 8}}, rm 806
Called by RN {{NAME:Evangeline Santos}} at 0217 on {{DATE:12/14/2026}} for pt without respirations.
Patient: {{NAME:Ignatius Mwangi-Otieno}}   {{AGE:93}}M   MRN {{MRN:LH0011784}}
Exam at 0224: no response to verbal or painful stimuli, pupils fixed and dilated, no heart sounds x 1 min, no breath sounds, no carotid pulse.
Time of death: {{DATE:12/14/2026 02:24}}.
Pt was DNR/DNI, comfort care since {{DATE:12/11}} (end-stage heart failure).
Family: son {{NAME:Joseph Mwangi}} at bedside; daughter {{NAME:Wanjiru}} notified by phone ({{PHONE:651-555-0106}}), flying in from {{LOCATION:Nairobi}}. Chaplain Sr. {{NAME:Mary Kateri}} with family.
Attending Dr. {{NAME:Nora Steinmetz}} notified 0235. Not a medical examiner case (expected death). Autopsy declined by son. OPO notified 0240, referral # {{ID:LS-26-118870}} - not a donor candidate; tissue declined.
Funeral home: {{FACILITY:Kessler & Moe Funeral Home}}, {{LOCATION:Roseville}}.
{{NAME:Oluwatobi Ajayi}}, MD (night hospitalist)`,
  `spiritual care note - {{FACILITY:larkspur st. brendan hospital}}
{{DATE:12/20/2026}}  visit 1410-1445  {{FACILITY:kessler 3}} icu rm 3
pt: {{NAME:rosa maria delgado}} (unresponsive, intubated after cardiac arrest {{DATE:12/18}})
present: husband {{NAME:hector delgado}}, daughters {{NAME:yesenia}} and {{NAME:marisol}}, grandson {{NAME:angel}} (age 8).
family is catholic, parishioners at {{FACILITY:our lady of guadalupe parish}} in {{LOCATION:melrose}}. {{NAME:hector}} shared that they met in {{LOCATION:zacatecas}} 41 years ago. provided presence, prayer in spanish (padre nuestro), blessing with holy water at family's request.
family asked for anointing - paged fr. {{NAME:tomas ruiz}} ({{PHONE:320-555-0172}}), he will come by 1700.
{{NAME:yesenia}} expressed anger at "the ambulance taking too long"; normalized grief, facilitated her talk with icu rn {{NAME:leah}}.
family meeting with dr {{NAME:kovalenko}} tomorrow 1000 - chaplain will attend.
plan: follow daily.
{{NAME:samuel okoro-lindberg}}, mdiv, bcc, staff chaplain, pager {{PHONE:2718}}`,
  `CLINICAL NUTRITION ASSESSMENT
{{DATE:01/05/2027}} | {{FACILITY:Larkspur Lakeside Hospital}}, {{FACILITY:Marsh 4}} rm 409 | {{NAME:Wiremu Tane Parata}} | MRN {{MRN:LL-0402281}} | DOB {{DATE:03/03/1958}}
Referral: MST 3, poor intake.
Dx: esophageal adenocarcinoma s/p neoadjuvant CROSS (carboplatin/paclitaxel + RT), Ivor Lewis esophagectomy {{DATE:12/29/26}} by Dr. {{NAME:Castellano-Reyes}}.
Anthro: Ht 178 cm, Wt 64.1 kg, UBW 78 kg ({{DATE:6/2026}}) -> 17.8% loss in 6 mo. BMI 20.2.
NFPE: moderate temporal and clavicular wasting, mild quadriceps loss. Grip 22 kg.
Malnutrition: severe, chronic illness (ASPEN/AND criteria).
Intake: J-tube Peptamen 1.5 at 50 mL/h (goal 65), tolerating; NPO except ice chips.
Needs: 2,100-2,300 kcal (30-35 kcal/kg), protein 96-128 g.
Plan: advance by 10 mL q12h to 65 mL/h x 20 h (1,950 kcal, 88 g protein) + Prosource TF BID. Check Mg/Phos (refeeding risk).
Home TF supplier: {{FACILITY:Northern Lights Enteral Supply}}. Pt is from {{LOCATION:Rotorua}}, New Zealand; wife {{NAME:Aroha}} taught the Kangaroo Joey pump. Son {{NAME:Nikau}} (works at {{FACILITY:Superior Grain Terminal}}) will help at home.
{{NAME:Mackenzie Hoglund}}, MS, RDN, LD   ext {{PHONE:5517}}`,
  `resp therapy note  {{DATE:01/09/2027 0630}}
{{FACILITY:lrmc}} {{FACILITY:sandberg icu}} bed 3 - {{NAME:arnav chaudhary}}, 19m, dob {{DATE:4/18/2007}}, mrn {{MRN:lh9981320}}
dx: status asthmaticus, intubated in ed {{DATE:1/8}} 2240.
vent: prvc, vt 450 (6 ml/kg ibw), rr 12, peep 5, fio2 0.40. pip 38, plateau 24. auto-peep 4. i:e 1:4, low rr strategy for air trapping.
abg 0600: 7.29 / 58 / 102 / 27.
nebs: continuous albuterol 15 -> 10 mg/h per dr {{NAME:benali}}. ipratropium q6h. heliox not started.
bs: diffuse exp wheeze, better aeration bilat vs 0200.
ett 7.5 @ 23 cm at lip, cuff 26 cm h2o, secured with anchorfast. sbt not indicated yet.
pt is a sophomore at {{FACILITY:twin cities lutheran university}}; roommate {{NAME:ethan}} found him. mom {{NAME:sunita chaudhary}} at bedside, brought his spacer from the dorm ({{FACILITY:hendrickson hall}}). baseline peak flow 480 per pcp dr {{NAME:obuya}} at {{FACILITY:larkspur student health}}.
{{NAME:k. bergquist}}, rrt`,
  `PRE-PROCEDURE PHONE CALL
Pt: {{NAME:Bao Yang Thao}}   DOB {{DATE:12/16/1969}}   MRN {{MRN:LH7120049}}
Procedure: EGD + colonoscopy {{DATE:Wed 1/20/2027}}, arrive 0715, {{FACILITY:Larkspur Digestive Health Center}}, 2nd floor, {{ADDRESS:2805 Campus Dr}}, {{LOCATION:Plymouth}}
Called {{PHONE:763-555-0144}} on {{DATE:1/18/2027}} at 1010; spoke with son {{NAME:Kou Thao}} (on HIPAA form) with pt; Hmong interpreter {{NAME:Nou}} #{{ID:21960}} conferenced.
- Prep: Suprep split dose - 1st bottle 1800 on {{DATE:1/19}}, 2nd at 0315 day of; clear liquids all day {{DATE:1/19}}.
- Meds: hold metformin AM; clopidogrel held 5 days per Dr. {{NAME:Baek}}, last dose {{DATE:1/14}}. Amlodipine with a sip of water.
- Driver: son {{NAME:Kou}} must stay on site.
- Coverage: Medical Assistance, ID {{HEALTH_PLAN:MA00471829}}.
- Pt works at {{FACILITY:Plymouth Precision Castings}}; work note requested for {{DATE:1/19-1/20}}.
All questions answered.
{{NAME:Greta Lindahl}}, LPN`,
  `ORAL & MAXILLOFACIAL SURGERY - {{FACILITY:Larkspur Dental & OMS Clinic}}, {{LOCATION:Burnsville}}
Date: {{DATE:02/01/2027}}   Pt: {{NAME:Isabella Cruz-Haverkamp}}   DOB {{DATE:08/19/2009}}   MRN {{MRN:LH8834027}}
Referred by: Dr. {{NAME:Torgerson}} ({{FACILITY:Burnsville Family Orthodontics}})
Guardian: mother {{NAME:Carla Haverkamp}}; consent signed (pt is 17).
Procedure: extraction of teeth #1, #16, #17, #32 (full bony impactions #17, #32) under IV sedation.
Sedation: midazolam 4 mg, fentanyl 75 mcg, propofol titrated; ASA I.
Local: 2% lidocaine 1:100k epi 7.2 mL + 0.5% bupivacaine 1.8 mL (IANB bilat, long buccal, PSA).
Findings: #17 and #32 roots near IAN canal on CBCT; full removal, no coronectomy. Sockets irrigated, 3-0 chromic.
EBL 20 mL.
Rx: ibuprofen 600 mg q6h x 3 d alternating with acetaminophen 500 mg; chlorhexidine 0.12% rinse from tomorrow. No opioids.
Follow-up {{DATE:2/8/27}}. After hours: {{PHONE:952-555-0127}}. Post-op check text to pt's cell {{PHONE:952-555-0163}}.
Plays hockey for {{FACILITY:Nicollet Ridge High School}} - no contact x 1 wk. School excuse for {{DATE:2/1-2/3}}.
{{NAME:Fredrik Johansson}}, DDS, MD`,
  `PREPARTICIPATION PHYSICAL EVALUATION
Name: {{NAME:Dang Khoa Pham}}   DOB: {{DATE:03/27/2011}}   Sex: M   Age: 15   Grade: 9
School: {{FACILITY:Lake Owasso High School}}   Sports: cross-country, Nordic ski
Exam date: {{DATE:02/15/2027}}   Clinic: {{FACILITY:Larkspur Pediatrics - Maplewood}}
History: no syncope with exercise, no chest pain, no family hx of sudden death <50 (father {{NAME:Pham Van Long}}, 52, healthy; an uncle in {{LOCATION:Da Nang}} has a "heart problem" - unclear). Concussion x1 {{DATE:10/2025}} (soccer), resolved, cleared by {{FACILITY:Larkspur Sports Concussion Clinic}}.
Exam: Ht 168 cm, Wt 54 kg, BP 112/68, HR 58. Vision 20/20 OU. No murmur supine or standing, no change with Valsalva. No Marfan stigmata. Tanner 4.
Cleared for all sports without restriction.
Emergency contact: mother {{NAME:Tran Thi Mai}}, {{PHONE:651-555-0178}}. Insurance: Medica, ID {{HEALTH_PLAN:MZ81123004}}.
Provider: {{NAME:Rebecca Szabo}}, MD   License MN {{LICENSE:52718}}   {{DATE:2/15/27}}`,
  `TRAVEL MEDICINE CONSULT - {{FACILITY:Larkspur Travel Clinic}}, {{LOCATION:St. Louis Park}}
{{DATE:March 3, 2027}}
Traveler: {{NAME:Margarethe "Greta" Svendsen-Obi}}   DOB {{DATE:10/12/1964}}   MRN {{MRN:LH1500318}}
Itinerary: depart home {{DATE:4/2/27}} -> {{LOCATION:Lagos}} (3 d) -> {{LOCATION:Enugu}} (10 d, husband's family village near {{LOCATION:Nsukka}}) -> {{LOCATION:Accra}} (4 d); return {{DATE:4/21/27}}. Husband {{NAME:Chukwuemeka Obi}} traveling too (separate visit).
Purpose: VFR + mission trip with {{FACILITY:Grace Covenant Church of Edina}}.
PMH: HTN; splenectomy after trauma in 1988 - asplenia.
Vaccines today: yellow fever (YF-Vax, lot UJ498AC), ICVP signed; typhoid Vi (lot W3D81); Hep A #2; MenACWY booster; PCV20.
Malaria: atovaquone/proguanil 250/100 daily from 1-2 d before until 7 d after. Bite avoidance, permethrin.
TD: azithromycin 1 g x1 standby.
Asplenia: amoxicillin-clavulanate standby for fever; seek care immediately. Medical alert bracelet.
Contact abroad: brother-in-law {{NAME:Ikenna Obi}}, {{PHONE:+234 803 555 0112}}.
{{NAME:Solveig Amundsen}}, PA-C`,
  `HEALTH INFORMATION MANAGEMENT - RELEASE OF INFORMATION LOG
Request # {{ID:ROI-27-004417}}   Received {{DATE:03/10/2027}} by fax from {{FACILITY:Halvorsen & Reyes Law Office}} ({{FAX:612-555-0115}})
Patient: {{NAME:Desmond R. Holloway}}   DOB {{DATE:11/03/1979}}   MRN {{MRN:LH2071556}}
Requestor: attorney {{NAME:Camila Reyes}}, Esq., {{ADDRESS:333 S 7th St, Suite 2100}}, {{LOCATION:Minneapolis}}, MN {{ZIP:55402}}
Authorization: signed by pt {{DATE:3/1/2027}}, expires {{DATE:3/1/2028}}; valid under Minn. Stat. 144.293.
Records requested: urgent care visit and CT {{DATE:07/18/2024}} ({{FACILITY:Larkspur Urgent Care Roseville}}, {{FACILITY:Larkspur Imaging Center - Arden Hills}}), appendectomy admission {{DATE:7/18-7/20/2024}} at {{FACILITY:LRMC}}, and billing statements (acct {{ACCOUNT:100288104455}}).
Excluded per authorization: psychotherapy notes; 42 CFR Part 2 records (none on file).
Fulfilled {{DATE:03/17/2027}}: 84 pages via secure e-delivery; no fee.
Processed by {{NAME:Lorraine Beaulieu}}, RHIT   x{{PHONE:8841}}`,
  `HOME HEALTH PT VISIT - {{FACILITY:Careful Hands Home Health}}
Date: {{DATE:03/24/2027}}   Time in 1300 / out 1350
Pt: {{NAME:Chue Lee}}   DOB {{DATE:01/01/1948}}
Address: {{ADDRESS:1124 Case Ave E}}, {{LOCATION:St. Paul}} {{ZIP:55106}}; lives with son {{NAME:Xeng Lee}}, daughter-in-law {{NAME:Pa Houa Vang}} and 5 grandchildren.
Dx: s/p L TKA {{DATE:3/9/27}} at {{FACILITY:Larkspur Surgery Center - Maple Grove}} (Dr. {{NAME:Vandermolen}}), DM2. Homebound: walker, assist of 1 for stairs (6 entry steps, no rail).
Interpreter: grandson {{NAME:Tou}} (19) per pt preference; phone interpreter declined.
S: pain 4/10, oxycodone at night only. Asks when she can go back to her plot at {{FACILITY:East Side Community Garden}}.
O: L knee AROM 5-92 deg (prev 10-80). Quad lag 10 deg. TUG 21 s with FWW. Incision healed, staples out {{DATE:3/23}}. Calf soft.
Tx: gait training 60 ft x3 with FWW; stair training, 1 rail + HHA; HEP heel slides, SAQ, quad sets, ankle pumps.
A: improving; high fall risk (TUG >14 s).
P: 2x/wk x 3 wks; 2nd stair rail - referred to {{FACILITY:East Metro Home Modifications}}. Next visit {{DATE:3/27}}.
{{NAME:Marcus Tollefson}}, PT`,
  `financial counseling note  {{DATE:4/2/27}}
pt {{NAME:tavita faleolo}} (mrn {{MRN:lh7012984}}) and mom {{NAME:losa faleolo}} met with me after infusion at {{FACILITY:larkspur cancer center - maplewood}}.
concerns: ~$4,800 out of pocket {{DATE:12/2025-3/2027}}; car (2018 camry, vin {{VEHICLE:4T1B11HK5JU528317}}) repossessed last wk, missing rides. church ({{FACILITY:first samoan congregational church}}) started a fundraiser: {{URL:gofundme.com/f/tavita-vs-hodgkins}}.
employer ({{FACILITY:polynesian pride catering}}) stopped paying premiums; cobra letter dated {{DATE:3/15/27}}.
actions:
- charity care app ref {{ID:FA-26-0311}} approved 100% on {{DATE:3/30/27}}.
- copay foundation grant for pegfilgrastim approved, grant id {{ID:HW-55120974}}.
- marketplace special enrollment: navigator {{NAME:jose almanza}} from {{FACILITY:lake street navigator collaborative}} meeting them thurs.
- gas cards x4; rides via {{FACILITY:medi-ride north}} for remaining infusions.
pt email for forms: {{EMAIL:tavita.f24@lakesmail.net}}
{{NAME:tiffany greer}}, financial counselor, x{{PHONE:3350}}`,
  `TRANSITIONS OF CARE CALL (TCM) - 2 business days post-discharge
Pt: {{NAME:Mykola Petrenko}}   MRN {{MRN:SB-0093315}}   DOB {{DATE:06/04/1947}}
Discharged {{DATE:01/27/2025}} from {{FACILITY:Larkspur St. Brendan Hospital}} (HFrEF exacerbation, admitted {{DATE:1/22}}).
Call {{DATE:01/29/2025}} 1415 to daughter {{NAME:Oksana Petrenko-Lind}} ({{PHONE:320-555-0162}}); pt on speaker, daughter interpreting at pt request.
- Weight today 78.6 kg (discharge 78.9). No orthopnea; ankles better.
- Meds reconciled: furosemide 40 mg BID (new dose), spironolactone 12.5 mg (new), metoprolol succinate 50, apixaban 5 BID, allopurinol 100. Picked up at {{FACILITY:Granite City Apothecary}} {{DATE:1/27}}; pill organizer filled by {{NAME:Oksana}}.
- Labs: BMP at {{FACILITY:Larkspur Lab - St. Cloud East}} {{DATE:1/31}}.
- Appts: PCP TCM visit {{DATE:2/3/2025}} with {{NAME:Alisha Fairbanks}}, NP; cardiology Dr. {{NAME:Arvidson}} {{DATE:2/10}}; HF nurse clinic {{DATE:2/6}}.
- Home care: {{FACILITY:Larkspur Home Care & Hospice}} SOC {{DATE:1/30}}.
- Red flags reviewed (gain >1 kg/day or 2 kg/wk, SOB at rest).
Next call {{DATE:2/5}}.  {{NAME:Jolene Starr}}, RN care coordinator`,
];

export const HELDOUT_REALISTIC_18_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout18-${i + 1}`, n));
