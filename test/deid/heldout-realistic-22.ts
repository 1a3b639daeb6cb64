// A twenty-second held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION). Flavour: a Pacific Northwest and Mountain West regional
// health network - ED, inpatient, surgery, OB, pediatrics/NICU, oncology, behavioural health,
// rehab, home health, hospice and telehealth notes, plus letters, forms, fax covers, prior-auth and
// patient portal messages - set in rural towns, reservations and resort towns, with logging,
// fishing, orchard, ski-resort, tech-company and university employers, names of many origins,
// rural routes, PO boxes and highway mile posts, dates in many formats, and many look-alike
// non-PHI (eponyms, drug names and doses, units, scores, lab values, device models, rooms and beds,
// CPT/ICD codes, lot/NDC/CLIA/trial numbers, years and weekdays alone, clock times, ages of 89 and
// under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans; labels stay outside spans; MIMIC placeholders are annotated over their whole
// content (brackets outside), typed by what they stand for; a time attached to a full date is part
// of it; a weekday written with a date is part of it; a date range written as one token is one
// DATE span; payers and state/federal agencies are not PHI; hospitals, clinics, named wards,
// schools, employers, nursing homes, pharmacies, labs, EMS/transport and home-care agencies of a
// patient are FACILITY; reservations, counties and towns are LOCATION; insurer and Medicaid member
// numbers are HEALTH_PLAN; billing, claim and workers' comp claim numbers are ACCOUNT; NPI, DEA
// and state licences and driver's licences are LICENSE; plates, VINs and aircraft tail numbers are
// VEHICLE; pump, pacemaker, CPAP, sensor and implant serials are DEVICE; accession, order,
// authorization, case and employee/badge numbers are ID; in-house pagers and extensions are PHONE;
// a highway mile post where a person was is ADDRESS; typist initials are NAME; ages 90 and over
// are AGE; lot, NDC, CLIA and trial numbers are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9154 / 0.9504; pass-11 engine (789a1c5) 0.9564 / 0.9433; pass-12 final engine (e2077ee) 0.9601 / 0.9490.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `EMERGENCY DEPARTMENT NOTE - {{FACILITY:Clearwater Valley Regional Medical Center}}
Pt: {{NAME:Duane R. Kettleson}}    MRN: {{MRN:CV-0048213}}    DOB: {{DATE:07/19/1971}}
Arrival: {{DATE:10/02/2023 14:47}} via {{FACILITY:Camas Prairie Ambulance}} (Medic 4)
HPI: 52 yo M faller employed by {{FACILITY:Selway Timber Products}} struck by a falling limb while
felling near {{ADDRESS:milepost 38 on Hwy 14}} outside {{LOCATION:Elk City}}. Crew foreman
{{NAME:Rudy Ostergaard}} placed a CAT tourniquet at 1320. No LOC per crew. Helmet cracked.
Exam: GCS 15, HR 112, BP 104/68, SpO2 96% RA. Open deformity L mid-tibia, Gustilo-Anderson II.
Pulses dopplerable DP/PT. Neg Babinski. C-spine cleared by NEXUS.
ED course: Cefazolin 2 g IV, fentanyl 50 mcg x2, Tdap 0.5 mL IM (lot U7732AA). FAST negative.
XR: comminuted tibial shaft fx, fibula intact. Ortho (Dr. {{NAME:Ilse Marchetti}}) to take to OR
tonight. Wife {{NAME:Carla}} at bedside, cell {{PHONE:(208) 555-0143}}.
Work comp claim {{ACCOUNT:WC-23-118734}} filed w/ Idaho State Insurance Fund.
Dispo: admit ortho, bed 3W-12.
{{NAME:Tomas Wahpeta}}, MD   {{DATE:10/02/2023 16:05}}`,

  `DISCHARGE SUMMARY
PATIENT: {{NAME:HALVORSEN, INGRID M}}          MR#: {{MRN:00731942}}
ADMITTED: {{DATE:03/11/2024}}   DISCHARGED: {{DATE:03/15/2024}}
ATTENDING: {{NAME:PRIYA VENKATARAMAN}}, MD     UNIT: {{FACILITY:COLUMBIA 4 EAST}}
HOSPITAL: {{FACILITY:ST. BRENDAN'S MEMORIAL HOSPITAL}}, {{LOCATION:ASTORIA}}, OR {{ZIP:97103}}
DIAGNOSES: COMMUNITY-ACQUIRED PNEUMONIA, RLL (J18.1). COPD EXACERBATION (J44.1). HYPONATREMIA.
HOSPITAL COURSE: 67 YO RETIRED CANNERY WORKER (FORMERLY {{FACILITY:PACIFIC GILLNET SEAFOODS}})
PRESENTED WITH 4 DAYS OF COUGH AND FEVER TO 102.6 F. CURB-65 SCORE 2. TREATED WITH CEFTRIAXONE
1 G DAILY AND AZITHROMYCIN 500 MG, THEN PO AMOXICILLIN-CLAVULANATE 875/125 BID. NA 128 ON
ADMISSION, 134 AT DISCHARGE WITH FLUID RESTRICTION. SPUTUM GRAM STAIN: GPC IN PAIRS.
DISCHARGE MEDS: PREDNISONE 40 MG X 2 MORE DAYS, TIOTROPIUM 18 MCG DAILY, ALBUTEROL PRN.
FOLLOW-UP: DR. {{NAME:LARS ENQUIST}} AT {{FACILITY:WARRENTON FAMILY CLINIC}} ON {{DATE:03/21/2024}} AT 10:30.
HOME O2 2 L NC VIA {{FACILITY:COASTLINE MEDICAL SUPPLY}}. DAUGHTER {{NAME:SIGNE}} ({{PHONE:503-555-0177}}) WILL
DRIVE HER HOME TO {{ADDRESS:88 LIGHTHOUSE LOOP RD}}, {{LOCATION:HAMMOND}}.
DICTATED: {{DATE:03/15/2024 11:02}}  TRANSCRIBED: {{DATE:03/15/2024 13:40}}  {{NAME:PV}}/{{NAME:dkw}}`,

  `OPERATIVE REPORT
Patient: {{NAME:Xochitl Barragan-Ruiz}}   Acct: {{ACCOUNT:4410093827}}   MRN {{MRN:WV2210486}}
Date of surgery: {{DATE:June 4, 2024}}
Surgeon: {{NAME:Nathaniel O. Brightwater}}, MD. Assistant: {{NAME:Keiko Saruwatari}}, PA-C.
Facility: {{FACILITY:Wenatchee Valley Surgical Pavilion}}, OR 3
Preoperative diagnosis: Symptomatic cholelithiasis. Postoperative diagnosis: Same, with acute
cholecystitis. Procedure: Laparoscopic cholecystectomy with intraoperative cholangiogram
(CPT 47563). Anesthesia: General ETT, Dr. {{NAME:Fenwick}}.
Findings: Distended, edematous gallbladder; critical view of safety obtained. Calot's triangle
dissected. Cholangiogram normal, no filling defects. EBL 15 mL. Specimen to pathology,
accession {{ID:SP24-06117}}.
Implants: none. Hem-o-lok clips x3. 4-0 Monocryl subcuticular, Dermabond.
Disposition: PACU, stable. Home same day if tolerating PO. Follow-up with Dr. {{NAME:Brightwater}} in
2 weeks. Pt works nights at {{FACILITY:Stemilt Ridge Packing}} - note for 1 week off work given.
Interpreter (Spanish) {{NAME:Abelardo Quintana}}, ID {{ID:INT-3381}}, present for consent.
Electronically signed {{DATE:06/04/2024 15:22}}.`,

  `L&D ADMISSION NOTE  {{FACILITY:Bitterroot Birth Center}} at {{FACILITY:Marcus Daly Valley Hospital}}
{{NAME:Tsering Dolkar Rinchen}}, 29 yo G3P2002 at 39w2d by 8 wk US, EDD {{DATE:11/28/2024}}
MRN {{MRN:MD-552019}}  Arrived {{DATE:Thursday 11/21/2024 0215}} with SROM at 2340, clear fluid.
Prenatal care: Dr. {{NAME:Helena Brandvold}}, {{FACILITY:Hamilton Women's Health}}. Labs: O pos,
antibody neg, rubella immune, HBsAg neg, HIV neg, GBS negative ({{DATE:10/30}}). 1 hr GTT 118.
Hx: two prior SVDs in {{LOCATION:Kathmandu}} (2017) and {{LOCATION:Missoula}} (2021), no PPH.
Exam: cx 5/80/-1, vertex by Leopold maneuvers, EFW 3400 g. FHT cat I, baseline 135.
Ctx q 3-4 min. Bishop score 9.
Plan: expectant mgmt, epidural on request, pitocin per protocol if no change in 4 hrs.
Partner {{NAME:Pemba}} present; speaks Nepali/English. Emergency contact sister {{NAME:Yangchen}}
{{PHONE:406-555-0129}}. Pediatrician chosen: Dr. {{NAME:Aurelio Vance}}.
Pt requests delayed cord clamping and skin-to-skin. No Rh issues.
{{NAME:Merritt Olafsdottir}}, CNM  {{DATE:11/21/2024 02:58}}`,

  `WELL CHILD CHECK - 4 YEAR
{{FACILITY:Kootenai Kids Pediatrics}}, {{ADDRESS:2150 N Ironwood Pl, Ste 110}}, {{LOCATION:Coeur d'Alene}} ID {{ZIP:83814}}
Patient: {{NAME:Bodhi Arrington-Lux}}   DOB {{DATE:2/9/2020}}   Chart #{{MRN:KKP-20871}}
Visit: {{DATE:Feb 12, 2024}}   Accompanied by: mother ({{NAME:Sierra Lux}}) and grandpa {{NAME:Wendell}}
Growth: Ht 104 cm (60th %ile), Wt 17.2 kg (55th), BMI 15.9. BP 96/58.
Development: hops on one foot, draws a person w/ 4 parts, tells stories. ASQ-3 all areas above cutoff.
Attends {{FACILITY:Little Huckleberry Preschool}} MWF. Vision 20/30 OU (LEA symbols), hearing pass.
Vaccines today: DTaP (Daptacel, lot C5902AA), IPV, MMR, Varicella. VIS given.
Fluoride varnish applied. Dentist: {{FACILITY:Lake City Family Dental}}.
Counseling: booster seat, water safety at the lake, screen time < 1 hr.
Concerns: Mom asks about eczema flares in winter - continue Vaseline, hydrocortisone 1% PRN.
Next visit age 5. RTC sooner PRN.
Seen by {{NAME:Imogen Taft-Harlow}}, MD, with MA {{NAME:Rosalind Q.}}`,

  `HEMATOLOGY/ONCOLOGY NEW PATIENT CONSULT
{{FACILITY:Cascade Peaks Cancer Institute}} - {{LOCATION:Bend}} campus
Patient: {{NAME:Ruairi Fennelly}}    MRN {{MRN:CPC-1190057}}    Date: {{DATE:01-17-2025}}
Referred by: Dr. {{NAME:Odalys Merino}}, {{FACILITY:Redmond Internal Medicine}} (fax {{FAX:541-555-0163}})
Reason: Newly diagnosed classic Hodgkin lymphoma, nodular sclerosis subtype.
HPI: 24 yo M, graduate student at {{FACILITY:Oregon Highlands University}}, seasonal lift
operator at {{FACILITY:Mt. Tumalo Ski Area}}, with 3 months of night sweats, pruritus and a
4 cm L supraclavicular node. Excisional bx {{DATE:12/30/2024}} (path {{ID:S24-18833}}): Reed-Sternberg
cells, CD15+/CD30+. PET/CT {{DATE:1/9/25}}: stage IIB, Deauville 5 mediastinal mass, no bulky dz.
Labs: WBC 11.2, Hgb 12.9, ESR 48, albumin 3.8. Echo EF 62%. PFTs DLCO 88% pred.
Plan: ABVD x 4-6 cycles vs. brentuximab-AVD; discussed fertility - sperm banking referral to
{{FACILITY:Northwest Andrology Lab}} before C1D1. Port placement with Dr. {{NAME:Yusupova}}.
Mother {{NAME:Aoife Fennelly}} joined by phone ({{PHONE:541-555-0118}}).
Clinical trial S1826 discussed; pt will consider. RTC 1 week.
{{NAME:Marguerite Anand-Castillo}}, MD, Hematology/Oncology`,

  `BEHAVIORAL HEALTH INTAKE ASSESSMENT
{{FACILITY:Palouse Crossing Behavioral Health}}        Date of service: {{DATE:8/27/2024}}
Client: {{NAME:Jaxon Whitefeather}}   Client ID: {{MRN:PCBH-33407}}   DOB: {{DATE:04/02/2003}}
Clinician: {{NAME:Noor Haddadin}}, LCSW
Presenting problem: 21 yo enrolled member of the Nez Perce Tribe living in {{LOCATION:Lapwai}},
referred by {{FACILITY:Nimiipuu Health}} after an ED visit at {{FACILITY:St. Joseph Valley Hospital}} on
{{DATE:8/19}} for passive SI after breakup. Reports low mood x 2 months, poor sleep, cannabis daily.
PHQ-9 = 19, GAD-7 = 12, C-SSRS: passive ideation, no plan, no intent, no prior attempts.
Works part-time at {{FACILITY:Lewiston Grain Growers}} elevator; dropped out of {{FACILITY:LCSC}} spring term.
Supports: grandmother {{NAME:Eleanor Whitefeather}}, cousin {{NAME:Dante}}, sweat lodge on weekends.
Safety plan completed; crisis line 988 reviewed; no firearms in home per grandmother.
Dx: F32.2 MDD single episode severe w/o psychotic features; F12.10 cannabis use d/o, mild.
Plan: weekly CBT with this writer, psychiatry eval w/ Dr. {{NAME:Sokolov}} {{DATE:9/4/24}}, consider sertraline.
Next appt: Wednesday 1:00 pm.`,

  `PHYSICAL THERAPY INITIAL EVALUATION
{{FACILITY:Sawtooth Sports Rehab}} - {{LOCATION:Ketchum}}, ID        DOS {{DATE:2024-02-06}}
Pt: {{NAME:Annika Sjoberg-Nakamura}}   DOB {{DATE:1988-05-23}}   MRN {{MRN:SSR00912}}
Referring MD: {{NAME:Gideon Achterberg}}, MD (ortho), NPI {{LICENSE:1467320981}}
Dx: s/p L ACL reconstruction (BTB autograft) {{DATE:01/24/2024}}, injured skiing at
{{FACILITY:Bald Mountain Resort}} {{DATE:1/13}}. Employer: ski instructor, {{FACILITY:Sun Valley Snowsports School}}.
Subjective: pain 3/10 at rest, 6/10 with stairs. Using hinged brace locked 0-90.
Objective: knee ROM 2-95 deg, quad lag 10 deg, effusion 2+ (stroke test), Lachman deferred.
Thigh circumference -2.5 cm vs R at 10 cm above patella. Lysholm 41.
Assessment: 35 yo F, 13 days post-op, progressing per Wilk protocol phase I.
Plan: 2x/wk x 12 wks, NMES quads, heel slides, SLR, patellar mobs, blood flow restriction training
wk 3+. HEP via app - login sent to {{EMAIL:annika.sjoberg.n@pinemail.net}}.
Goal: return to instructing by ski season (Dec). Ins: Regence BlueShield, member ID {{HEALTH_PLAN:RBS884120337}}.
{{NAME:Callum Reyes-Whitlow}}, PT, DPT   lic {{LICENSE:ID PT-6102}}`,

  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Okanogan Highlands Home Care}}     Visit date: {{DATE:Tue 04/09/2024}}   Time in 0940 / out 1055
Patient: {{NAME:Merle Baptiste Fontaine}}   HH# {{MRN:OHH-2261}}
Address: {{ADDRESS:RR 1 Box 47B}}, {{LOCATION:Tonasket}}, WA {{ZIP:98855}} (gravel drive past the green Quonset hut; dogs)
Dx: CHF with reduced EF (I50.22), DM2, stage 3 pressure injury sacrum.
Vitals: BP 132/74, HR 78 irreg, SpO2 94%, wt 211 lb (down 3 lb from {{DATE:4/2}}). Lungs crackles bases.
2+ pitting edema BLE. Wound 3.1 x 2.4 x 0.6 cm, granulating, no tunneling; Mepilex applied.
Meds reviewed: furosemide 40 mg BID, carvedilol 12.5 mg BID, metformin 500 BID, apixaban 5 mg BID.
Glucose log 140s-190s. Wife {{NAME:Lorraine}} performs dressings between visits.
Called PCP Dr. {{NAME:Ahn}} at {{FACILITY:North Valley Clinic}} ({{PHONE:509-555-0154}}) re: weight; no change.
Pharmacy: {{FACILITY:Tonasket Drug}}. Next SN visit {{DATE:4/12}}; PT Thursday.
Pt still splits wood - educated on exertion and Borg scale.
{{NAME:Winona Tallbull}}, RN`,

  `HOSPICE ADMISSION / PLAN OF CARE
{{FACILITY:Blue Mountain Hospice}} - {{LOCATION:Pendleton}}, OR
Patient: {{NAME:Consolata Etxeberria}}   Age: {{AGE:94}}   DOB {{DATE:03/08/1930}}   Hospice ID {{MRN:BMH-0719}}
Admit date: {{DATE:September 9, 2024}}. Terminal dx: Alzheimer's dementia, FAST 7c; PPS 30%.
Medicare number {{HEALTH_PLAN:5EG4-TE8-MK72}}. Code status: DNR/POLST on file (signed {{DATE:5/14/2022}}).
Residence: {{FACILITY:Juniper Ridge Memory Care}}, {{ADDRESS:1401 SW Emigrant Ave}}, room 14.
Hx: Basque sheepherding family; husband {{NAME:Inaki}} died 2009. Daughter/POA {{NAME:Miren Etxeberria-Holt}}
{{PHONE:541-555-0182}}; son {{NAME:Josu}} lives in {{LOCATION:Bilbao}}.
Symptoms: weight loss 12% in 6 mo, dysphagia, 2 UTIs this year. MMSE not testable. No Foley.
Plan: comfort feeds, morphine concentrate 20 mg/mL 2.5-5 mg SL q2h PRN dyspnea/pain,
lorazepam 0.5 mg SL PRN, scopolamine patch PRN secretions. Chaplain visit - Catholic; Fr. {{NAME:Aritz}}
from {{FACILITY:St. Mary's Parish}} requested. IDT review every 14 days.
RN case manager: {{NAME:Harlan Veach}}, RN. Medical director: Dr. {{NAME:Bettina Okonkwo}}.`,

  `TELEHEALTH VIDEO VISIT - Endocrinology
{{FACILITY:Big Sky Regional Health}} Virtual Care        {{DATE:05/30/2024 08:15}}
Patient: {{NAME:Cody Two Bears}}   MRN {{MRN:BSR-4478120}}   DOB {{DATE:12/01/1996}}
Patient location: home, {{LOCATION:Browning}}, MT ({{LOCATION:Blackfeet Reservation}}). Provider: clinic office.
Platform link {{URL:https://vv.bigskyregional.example/room/ctb-7731}}; pt connection from IP {{IP:73.118.204.9}}
dropped x1, reconnected by phone {{PHONE:406-555-0195}}.
CC: T1DM f/u. Uses Tandem t:slim X2 pump (SN {{DEVICE:TS1-0883142}}) with Dexcom G7 CGM.
CGM 14-day: TIR 58%, TBR 4%, GMI 7.6%. A1c {{DATE:5/20}} 7.9 (prior 8.4).
Works as a wildland firefighter with the {{FACILITY:Two Medicine Hotshots}} - lows on the line.
Plan: temp target 150 during shifts, carry glucagon (Baqsimi 3 mg), reduce basal 10% 0600-1800.
Diabetes educator {{NAME:Paulette Running Crane}}, RD, CDCES to call {{DATE:June 3}}.
Supplies via {{FACILITY:Glacier Medical Supply}}. IHS referral on file, purchased referred care #{{ID:PRC-24-1187}}.
Verbal consent for video obtained. 25 min, 99214-95.
{{NAME:Kwame Osei-Bonsu}}, MD`,

  `{{FACILITY:Yakima Valley Heart & Vascular}}
{{ADDRESS:3012 Tieton Dr, Suite 400}}
{{LOCATION:Yakima}}, WA {{ZIP:98902}}
Tel {{PHONE:(509) 555-0106}}  Fax {{FAX:(509) 555-0107}}

{{DATE:July 22, 2024}}

{{NAME:Rosa Isela Candelario}}, MD
{{FACILITY:Toppenish Community Clinic}}
{{ADDRESS:PO Box 611}}, {{LOCATION:Toppenish}}, WA {{ZIP:98948}}

Re: {{NAME:Efrain Villaseñor Olmos}}, DOB {{DATE:9/14/1959}}

Dear Dr. {{NAME:Candelario}},
Thank you for referring Mr. {{NAME:Villaseñor}}, a 64-year-old orchard foreman at {{FACILITY:Ahtanum Ridge Fruit Co.}},
for exertional chest pressure. Treadmill stress (Bruce protocol) {{DATE:7/18}}: 1.5 mm ST depression
in II, III, aVF at 7 min, Duke score -6. Coronary CTA: 80% proximal RCA stenosis. We plan
elective PCI at {{FACILITY:Memorial Yakima}} on {{DATE:7/31/24}}. Start aspirin 81 mg, atorvastatin 80 mg,
metoprolol succinate 25 mg. His son {{NAME:Abraham}} will interpret (Spanish/Purépecha).
Sincerely,
{{NAME:Dariusz Wojtaszek}}, MD, FACC`,

  `Portal message - {{FACILITY:MyPeakHealth}} inbox
From: {{NAME:Hollis Vandermeer}} ({{EMAIL:hvandermeer88@cascadia-mail.com}})
Sent: {{DATE:Sun 3/3/2024 9:41 PM}}
To: {{FACILITY:Sandpoint Family Medicine}} - Dr. {{NAME:Kaur}}'s team
Subject: rash after new med??

hi dr {{NAME:kaur}}, its {{NAME:hollis}}. started the bactrim you gave me friday for the UTI and now i have red
itchy spots on my arms and chest, no blisters, no mouth sores. also my wife {{NAME:tammy}} says
my face looks puffy. should i stop it? i work at {{FACILITY:schweitzer}} lift maintenance tmrw at 6am.
my cell is {{PHONE:208-555-0131}} if easier. thanks, {{NAME:hollis}}

---
Reply {{DATE:3/4/2024 07:52}} - {{NAME:Jaspreet Kaur}}, MD:
{{NAME:Hollis}}, please stop the Bactrim (sulfamethoxazole-trimethoprim) now. This sounds like a drug rash.
If you get lip/tongue swelling, trouble breathing or skin peeling, call 911 or go to the ED at
{{FACILITY:Bonner General}}. I sent nitrofurantoin 100 mg BID x 5 days to {{FACILITY:Super 1 pharmacy}} on
{{ADDRESS:Fifth Ave}}. Take cetirizine 10 mg daily for itch. I added sulfa to your allergy list.
RN {{NAME:Marisol}} will call you at noon. - Dr. {{NAME:K}}`,

  `FAX COVER SHEET - CONFIDENTIAL HEALTH INFORMATION
From: {{FACILITY:Harney District Hospital}} Health Information Mgmt
{{ADDRESS:557 W Washington St}}, {{LOCATION:Burns}}, OR {{ZIP:97720}}
Phone {{PHONE:541-555-0121}}   Fax {{FAX:541-555-0122}}
To: {{FACILITY:St. Alphonsus Neurosurgery}}, attn: {{NAME:Brynn}} (referral coordinator)
Fax: {{FAX:208-555-0164}}
Date: {{DATE:10/14/24}}   Pages: 11 incl. cover
Patient: {{NAME:Wade Eugene Tuttle}}   DOB {{DATE:02/27/1966}}   MRN {{MRN:HDH088214}}
Enclosed: MRI L-spine report {{DATE:10/9/2024}}, clinic notes x3, EMG report, med list, ins card
(PacificSource, ID {{HEALTH_PLAN:PSH71123904}}).
Urgency: pt with progressive foot drop; rancher, 2.5 hrs from {{LOCATION:Boise}}, needs appt
coordinated with a ride from {{FACILITY:Harney County Senior & Community Services}} van.
Callback: {{NAME:Dolores Tibbetts}}, RHIT ext {{PHONE:2204}}.
This fax may contain PHI protected under HIPAA and 42 CFR Part 2. If received in error, notify
sender and destroy. Fax server job 4471, 11 pp.`,

  `PRIOR AUTHORIZATION REQUEST - MEDICATION
Plan: Idaho Medicaid (Magellan Rx)    Member ID: {{HEALTH_PLAN:0004418823}}
Patient: {{NAME:Layla Mahamud Abdi}}    DOB: {{DATE:06/11/2010}}    Sex: F
Prescriber: {{NAME:Tobias Lindqvist}}, MD    NPI {{LICENSE:1982004716}}    DEA {{LICENSE:BL4419027}}
Practice: {{FACILITY:Treasure Valley Pediatric GI}}, {{ADDRESS:900 N Liberty St, Ste 202}}, {{LOCATION:Boise}} ID {{ZIP:83704}}
Phone {{PHONE:208-555-0148}}  Fax {{FAX:208-555-0149}}
Drug requested: adalimumab-adaz (Hyrimoz) 40 mg/0.4 mL SC q14 days; NDC 61314-0454-20.
Diagnosis: Crohn's disease of small and large intestine, K50.80. PCDAI 37.5.
Prior therapy: prednisone {{DATE:Jan-Mar 2024}}, azathioprine 2.5 mg/kg {{DATE:3/2024}}-{{DATE:7/2024}} (stopped for
pancreatitis, lipase 1210). TPMT normal. Calprotectin 1,480. Colonoscopy {{DATE:8/6/2024}}: ileal ulcers, SES-CD 14.
TB Quantiferon neg {{DATE:8/15/24}}; HBV serologies neg.
School: 8th grade at {{FACILITY:Fairmont Junior High}}; missed 22 days this term.
Urgent review requested. Signature on file. Date {{DATE:09/03/2024}}.
PA reference #{{ID:PA-7730518}}`,

  `Admission Date: [**{{DATE:2151-8-3}}**]     Discharge Date: [**{{DATE:2151-8-9}}**]
Date of Birth: [**{{DATE:2088-1-22}}**]     Sex: M
Service: MEDICINE
Attending: [**{{NAME:First Name4 (NamePattern1) Olav}}**] [**{{NAME:Last Name (NamePattern1) Brekke}}**]
Chief Complaint: hematemesis
History of Present Illness: 63M with EtOH cirrhosis (MELD 19) transferred from [**{{FACILITY:Hospital 8812}}**]
in [**{{LOCATION:Location (un) 2201}}**] with coffee-ground emesis x2. Hgb 6.8 on arrival. Octreotide and
ceftriaxone started, 2u PRBC. EGD [**{{DATE:8-3}}**] by Dr. [**{{NAME:Last Name (STitle) 4412}}**]: grade III varices,
banded x4. No rebleed. Child-Pugh B. Paracentesis 4 L, SAAG 1.6, PMN 80.
Social History: commercial fisherman, lives alone on his boat in [**{{LOCATION:Location 3310}}**]. 3-4 beers/day,
no IVDU. Sister [**{{NAME:Name (NI) 9921}}**] is contact, tel [**{{PHONE:Telephone/Fax (1) 5517}}**].
Discharge Medications: nadolol 20 mg daily, lactulose 30 mL TID, rifaximin 550 mg BID,
furosemide 40 mg, spironolactone 100 mg, thiamine, folate.
Followup Instructions: Liver clinic Dr. [**{{NAME:First Name (STitle) 778}}**] [**{{DATE:2151-8-21}}**] 9:00, [**{{FACILITY:Hospital 1}}**]
Hepatology, phone [**{{PHONE:Telephone/Fax (1) 2210}}**]. Repeat EGD 4 weeks.
[**{{NAME:First Name8 (NamePattern2) 3301}}**] MD [**{{ID:MD Number(1) 3302}}**]`,

  `nsg note 0300 {{DATE:12/7}} - 5 north rm 518b
pt {{NAME:k. oyelaran-meeks}} (pref name "{{NAME:kemi}}"), 71yo f, pod#2 s/p r tka. a&ox3, slept poorly.
pain 6/10 r knee, gave oxycodone 5mg po @ 0210, reassessed 4/10 @ 0300. ice machine on.
cms intact r foot, cap refill <3s, dp 2+. dressing (aquacel) c/d/i. scd's on bilat.
vs: t 99.1 hr 88 bp 118/66 rr 16 spo2 93% 2l nc -> weaned to ra 91%, ic encouraged, 1250 on ic.
foley d/c'd 2200, voided 350ml @ 0120. bs 158 @ 2100, 2u lispro per ssi.
daughter {{NAME:funmi}} called @ 0130 from {{LOCATION:lagos}} - updated w/ pt permission. son {{NAME:marcus meeks}}
is poa, cell {{PHONE:360 555 0172}}, wants call before any transfer.
plan for d/c to {{FACILITY:evergreen crossing rehab}} in {{LOCATION:olympia}} vs home w/ {{FACILITY:sound home health}}.
pt asks for chaplain + for her kindle charger from home.
fall risk morse 45 - bed alarm on, call light w/in reach.
-- {{NAME:jl}} rn ({{NAME:j. lindahl}})`,

  `RADIOLOGY REPORT
{{FACILITY:Flathead Valley Imaging}} | {{LOCATION:Kalispell}}, MT
Patient: {{NAME:Gunnar Thorsby Wills}}   MRN: {{MRN:FVI-7730921}}   DOB: {{DATE:10/30/1948}}
Exam: CT HEAD WITHOUT CONTRAST    Accession: {{ID:CT2411140387}}
Date/time of exam: {{DATE:11/14/2024 06:52}}
Ordering: {{NAME:Anneliese Krok}}, DO - {{FACILITY:Logan Health Whitefish ED}}
Clinical history: 76M on apixaban, fell from ladder while hanging Christmas lights, headache.
Technique: Axial 5 mm images from skull base to vertex; coronal and sagittal reformats.
DLP 912 mGy-cm. Comparison: MRI brain {{DATE:04/02/2021}} from {{FACILITY:Kalispell Regional}}.
Findings: 9 mm crescentic acute subdural hematoma along the right frontoparietal convexity with
3 mm leftward midline shift. No intraventricular extension. Basal cisterns patent. Chronic
microvascular ischemic change. Mastoid air cells clear. No calvarial fracture. Scalp hematoma
right parietal.
Impression: 1. Acute right SDH, 9 mm, 3 mm MLS. 2. No fracture.
Critical result called to Dr. {{NAME:Krok}} at 07:08 by {{NAME:Siddharth Raghunathan}}, MD, read back confirmed.
Transcribed {{NAME:SR}}/{{NAME:mt}}  Signed {{DATE:11/14/2024 07:15}}`,

  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Intermountain West Pathology Associates}}   CLIA 13D0998765
Case: {{ID:IWP-S25-002871}}     Received: {{DATE:02/11/2025}}    Reported: {{DATE:02/13/2025}}
Patient: {{NAME:Delphine Aucoin-Reyes}}    DOB: {{DATE:08/05/1977}}    MRN: {{MRN:EIRMC-61044}}
Submitting: Dr. {{NAME:Raphael Bergeron}}, {{FACILITY:Idaho Falls Breast Center}}
Specimen: A. Left breast, 2:00, 4 cm FN, ultrasound-guided core biopsy (14G x 4 cores).
Clinical: 47 yo F, BI-RADS 5 mass 1.8 cm.
Gross: Received in formalin labeled with patient name and MRN, four tan-white cores 1.2-1.6 cm,
entirely submitted in A1. Cold ischemia < 1 hr; fixation 8 h.
Microscopic/Diagnosis: INVASIVE DUCTAL CARCINOMA (NST), Nottingham grade 2 (3+2+1 = 6/9).
No lymphovascular invasion identified in cores. DCIS, intermediate grade, cribriform, present.
Biomarkers (block A1): ER 95% strong, PR 60% moderate, HER2 IHC 1+ (negative), Ki-67 18%.
Comment: Discussed with Dr. {{NAME:Bergeron}} by phone {{DATE:2/13/25 1410}}.
Pathologist: {{NAME:Hyun-woo Baek}}, MD. Grossed by {{NAME:A. Lindgren}}, PA(ASCP).
Copy to: {{FACILITY:Teton Cancer Institute}}`,

  `LABORATORY RESULTS - {{FACILITY:Walla Walla General Laboratory}}
Patient: {{NAME:Yevgenia Paschenko}}    MRN {{MRN:WWG-301882}}    Age/Sex: 58 F
Collected: {{DATE:04/25/2024 07:10}}   Received: {{DATE:04/25/2024 07:48}}   Order # {{ID:L84402197}}
Ordering: {{NAME:Mihail Roscovanu}}, MD ({{FACILITY:College Place Clinic}})
CHEMISTRY                    Result      Ref
 Sodium                      139         135-145 mmol/L
 Potassium                   5.8 H       3.5-5.1 mmol/L  (hemolyzed - recollect)
 Creatinine                  1.42 H      0.57-1.00 mg/dL
 eGFR (CKD-EPI 2021)         43 L        >59
 Glucose, fasting            131 H       70-99 mg/dL
 Hemoglobin A1c              7.3 H       <5.7 %
HEMATOLOGY
 WBC 6.1   Hgb 11.4 L   Plt 244   MCV 81 L
LIPIDS  Chol 212  TG 178  HDL 41  LDL (Martin-Hopkins) 132
URINE  UACR 212 mg/g H
Comment: K+ recollected {{DATE:4/25/24 09:30}}: 4.9. Called to {{NAME:Vera}}, RN at {{DATE:4/25}} 0955, read back.
Performing lab: {{FACILITY:Walla Walla General}}, {{ADDRESS:1025 S 2nd Ave}}, {{LOCATION:Walla Walla}} WA. CLIA 50D0646921.
Pt's interpreter preference: Russian. Next draw standing order q3 mo.`,

  `MEDICATION RECONCILIATION - Pharmacy admission interview
{{FACILITY:Grays Harbor Community Hospital}}, 2 South     {{DATE:1/5/2024}}
Patient: {{NAME:Lamar Aukai Kealoha}}    MRN {{MRN:GH-228801}}    Wt 104 kg
Sources: pt interview, wife {{NAME:Leilani}}, fill history from {{FACILITY:Aberdeen Thrifty Drug}} ({{PHONE:360-555-0137}}), Surescripts.
Home meds verified:
 1. Lisinopril 20 mg PO daily - taking
 2. Amlodipine 10 mg PO daily - taking
 3. Allopurinol 300 mg daily - stopped 2 months ago (ran out)
 4. Colchicine 0.6 mg PRN gout flare - last dose {{DATE:1/3}}
 5. Ibuprofen 800 mg TID OTC for back (crabs for {{FACILITY:Kestrel Bay Fisheries}} out of {{LOCATION:Westport}})
 6. Omeprazole 20 mg daily
 7. Fish oil 1 g - taking
Discrepancies: NSAID use with AKI (Cr 2.1 from baseline 1.0) - recommend hold; allopurinol restart
at 100 mg once renal fn recovers. Tdap last 2016.
Allergies: penicillin (hives as child), shellfish - NONE (eats crab daily, pt laughs).
Pharmacist: {{NAME:Mei-Ling Oyama}}, PharmD, pager {{PHONE:4471}}
Verified with prescriber Dr. {{NAME:Sandoval}} {{DATE:1/5/24 1440}}.`,

  `SOCIAL WORK NOTE - ED
{{FACILITY:Deaconess North Spokane}}         {{DATE:02/18/2025 22:40}}
Pt: {{NAME:Ariana Solis-Pickett}}, 34F, MRN {{MRN:DNS-9902217}}
Consulted for IPV disclosure. Pt presented with L orbital contusion, states partner {{NAME:Travis Pickett}}
struck her tonight at their home at {{ADDRESS:4418 E Euclid Ave, Apt 3}}, {{LOCATION:Spokane}} {{ZIP:99217}}. Two children
({{NAME:Mateo}}, 7, and {{NAME:Lucía}}, 4) currently with maternal aunt {{NAME:Graciela Solis}} in {{LOCATION:Cheney}}.
Danger Assessment score 16 (extreme danger): strangulation in {{DATE:December 2024}}, firearm in home.
Pt works at {{FACILITY:Northern Quest Casino}} cage; employer aware of prior absences.
Safety plan: will not return home tonight; placed at {{FACILITY:YWCA Safe Shelter}} (address withheld)
via advocate {{NAME:Kiona}} ({{PHONE:509-555-0183}}). Spokane PD report #{{ID:2025-00318874}}; Officer {{NAME:Brandt}}
badge {{ID:1127}} took statement. Protection order petition info given; forensic photos taken
with consent and stored in EHR media tab.
CPS notification not required (children not present), discussed w/ charge RN.
Follow-up: DV advocate to call {{DATE:2/19}} AM at safe number {{PHONE:509-555-0114}}.
{{NAME:Oksana Bilyk}}, MSW, LICSW`,

  `CASE MANAGEMENT - DISCHARGE PLANNING
{{FACILITY:Teton Valley Health Care}} - {{LOCATION:Driggs}}, ID          {{DATE:10/29/2024}}
Pt {{NAME:Ferris Lamoreaux}}, 82M, MRN {{MRN:TVH-40127}}, admitted {{DATE:10/24}} w/ hip fx s/p hemiarthroplasty {{DATE:10/25}}.
Insurance: Medicare A/B ({{HEALTH_PLAN:1QW7-HT2-CP44}}) + AARP supplement; Part D Humana.
Lives alone, log cabin at {{ADDRESS:2985 W 4000 N}}, {{LOCATION:Tetonia}}; 6 steps no rail, wood stove only heat.
Nearest SNF beds: {{FACILITY:Madison Carriage Cove}} ({{LOCATION:Rexburg}}) accepted for {{DATE:10/30}};
{{FACILITY:Teton Sunrise Rehab}} ({{LOCATION:Jackson}}, WY) waitlist. Pt prefers {{LOCATION:Jackson}} (closer to nephew
{{NAME:Beau Lamoreaux}}, {{PHONE:307-555-0168}}, works at {{FACILITY:Snow King Mountain}}).
3 midnight qualifying stay met. Transport via {{FACILITY:Eastern Idaho Wheelchair Van}}, pickup 1000.
Firearms and wood stove safety discussed; nephew will winterize cabin.
Plan: {{FACILITY:Madison Carriage Cove}} tomorrow; DME FWW + 3-in-1 commode delivered to cabin later.
{{NAME:Rhiannon Oakes}}, RN, CCM   ext {{PHONE:3319}}`,

  `DIALYSIS TREATMENT NOTE
{{FACILITY:Umatilla River Dialysis}} - Chair 7, Mon/Wed/Fri 2nd shift
Pt: {{NAME:Hiram Spotted Eagle}}   MRN {{MRN:URD-1184}}   Tx date {{DATE:Mon 06/17/2024}}
Access: L brachiocephalic AVF, +thrill/bruit, 15G needles x2, no infiltration.
Pre: wt 88.9 kg (EDW 85.5), BP 168/92, HR 80, T 97.8. Post: wt 85.9 kg, BP 142/80.
Rx: Fresenius 2008T (machine #14), Optiflux F180NR, Qb 400, Qd 600, 2K/2.5Ca, 3h45m.
UF 3.0 L. Heparin 2000 u bolus + 1000 u/hr. Kt/V (last month) 1.38, URR 72%.
Meds given: Mircera 75 mcg IV, calcitriol 0.5 mcg, iron sucrose 100 mg.
Labs {{DATE:6/3}}: K 5.4, phos 6.8, PTH 612, Hgb 10.2, albumin 3.6.
Pt lives in {{LOCATION:Mission}} on the {{LOCATION:Umatilla Reservation}}; rides the tribal transit van - missed {{DATE:6/14}} tx
(van broke down). Counseled fluid 1 L/day, phos binders with meals (sevelamer 1600 mg TID).
Transplant referral: evaluation at {{FACILITY:OHSU Transplant Center}} scheduled {{DATE:July 9}}; coordinator
{{NAME:Penelope Tran}}. Nephrologist Dr. {{NAME:Rajagopalan}} rounded.
{{NAME:Sheridan Moses}}, RN, CNN`,

  `TRANSPLANT HEPATOLOGY CLINIC - post-LT month 6
{{FACILITY:Salt Lake Transplant Institute}}         {{DATE:12 March 2025}}
{{NAME:Tevita Fonua Lolohea}}  MRN {{MRN:SLTI-0093281}}  UNOS ID {{ID:AHK4471}}
52M s/p DDLT {{DATE:09/08/2024}} for NASH cirrhosis + HCC (within Milan). Donor CMV+/recipient CMV-.
Lives in {{LOCATION:West Valley City}}, UT; lay pastor at {{FACILITY:Tongan United Methodist Church}} and
drives for {{FACILITY:Wasatch Freight}} (CDL license {{LICENSE:UT 170442299}}) - not yet cleared to drive commercially.
Immunosuppression: tacrolimus 3 mg BID (trough 6.8 ng/mL, goal 5-8), MMF 500 mg BID, prednisone off.
Prophylaxis: valganciclovir 900 mg daily to complete 6 months ({{DATE:3/8/25}}), TMP-SMX SS MWF.
Labs: AST 28, ALT 31, ALP 96, Tbili 0.7, Cr 1.31, Mg 1.6. CMV PCR undetectable.
AFP 3.1. BK not checked. Doppler: patent hepatic artery, RI 0.68.
Wife {{NAME:Salote}} asks about kava at church - advised avoid (hepatotoxic, CYP).
Plan: stop valganciclovir after {{DATE:3/8}} dose (done), CMV PCR q2wk x 3 months, Mg oxide 400 mg.
DMV medical form completed for personal license only. RTC 3 months; labs at {{FACILITY:ARUP draw station}} monthly.
{{NAME:Claudette Amberly Fox}}, NP / Dr. {{NAME:Ishikawa}}`,

  `NICU ADMISSION NOTE
{{FACILITY:Sacred Heart Children's NICU}}, pod C, bed 22        {{DATE:09/20/2024 04:12}}
Baby boy {{NAME:Nguyen-Hartley}} (twin A), MRN {{MRN:SHC-NB-771204}}
Born {{DATE:9/20/2024 0331}} at {{FACILITY:Pullman Regional}}, transported by {{FACILITY:Northwest MedStar}} fixed wing
(tail {{VEHICLE:N771MS}}). GA 31+4 wks, BW 1640 g (AGA). Apgars 5 and 8.
Maternal: {{NAME:Linh Nguyen-Hartley}}, 33 yo G1P0->2, DCDA twins, PPROM at 30+6, betamethasone x2
complete, Mg for neuroprotection, GBS unknown, ampicillin x1 < 4h PTA. Father {{NAME:Corbin Hartley}},
{{FACILITY:WSU}} faculty ({{FACILITY:Washington State University}}). Twin B remains at {{FACILITY:Pullman Regional}} on CPAP.
Exam: mild retractions, grunting; CPAP +6, FiO2 30%. Red reflex deferred. Sacral dimple, base seen.
Plan: surfactant (Curosurf 200 mg/kg) via LISA if FiO2 > 40%; UVC/UAC; D10W 80 mL/kg/d;
amp + gent x 48h pending culture; caffeine citrate 20 mg/kg load; HUS day 7; ROP screen at 4 wks.
Parents updated by phone {{PHONE:509-555-0151}} at 0400.
{{NAME:Adaeze Ugwu-Holm}}, MD, Neonatology`,

  `DENTAL PROGRESS NOTE
{{FACILITY:Bighorn Community Dental}} - {{LOCATION:Lame Deer}}, MT          DOS {{DATE:8/8/2024}}
Pt: {{NAME:Marcella Littlewolf}}, 41F, chart {{MRN:BCD-06618}}   Medicaid {{HEALTH_PLAN:MT-66120448}}
CC: "my bottom left tooth is killing me, 3 days." Face swelling, no trismus, afebrile, swallowing ok.
EO: mild L submandibular swelling, soft, not crossing midline. IO: #19 deep distal caries, percussion ++,
cold test no response. PA radiograph: periapical radiolucency #19, 4 mm. #30 MOD amalgam intact.
Perio: generalized 4-5 mm pockets, BOP 40%.
Dx: #19 symptomatic apical periodontitis w/ localized abscess (K04.7).
Tx: 2 carpules lidocaine 2% 1:100k IANB; I&D buccal vestibule, purulence drained; pulpectomy started.
Rx: amoxicillin 500 mg TID x 7d, ibuprofen 600 + acetaminophen 500 q6h. No opioids.
Pt drives school bus for {{FACILITY:Northern Cheyenne Schools}} - can return tomorrow.
Referral to {{FACILITY:Billings Oral Surgery Associates}} if RCT fails. RTC {{DATE:8/15}} for RCT #19.
{{NAME:Jonah Redcherries}}, DDS; assist {{NAME:T. Bearchum}}, CDA`,

  `OPHTHALMOLOGY CLINIC
{{FACILITY:Palouse Eye Associates}}, {{ADDRESS:611 S Main St}}, {{LOCATION:Moscow}} ID {{ZIP:83843}}
Patient {{NAME:Anselm Zuberbühler}}   DOB {{DATE:1/31/1957}}   Exam {{DATE:17-Oct-2024}}
CC: blurred vision OD x 1 wk, "curtain" from above this morning.
VA cc: OD CF 3 ft, OS 20/25. IOP (Goldmann) 14/16. Pupils: no APD.
SLE: PCIOL OU (cataract sx 2019). DFE OD: superior bullous macula-on RD from 10 to 2 o'clock,
horseshoe tear at 12. Shafer's sign (+). OS: lattice degeneration inferotemporal, no breaks.
A/P: Rhegmatogenous RD OD (H33.011), macula on - urgent.
Arranged same-day PPV/scleral buckle with Dr. {{NAME:Gwendolyn Ashworth-Pryce}} at
{{FACILITY:Spokane Retina Consultants}}; pt's brother-in-law {{NAME:Rolf}} driving ({{PHONE:208-555-0146}}).
Pt is a retired forestry professor ({{FACILITY:University of Idaho}}), emeritus office at
{{ADDRESS:875 Perimeter Dr, Room 1104}} still used weekly.
Head position: keep upright, no flying, no driving. Gas bubble counseling if PPV.
{{NAME:Ngozi Achebe-Lund}}, OD / Dr. {{NAME:Pettibone}}  scribe {{NAME:kh}}`,

  `EMS PATIENT CARE REPORT
Agency: {{FACILITY:Lolo Rural Fire & Ambulance}}   Unit M-22   Incident #{{ID:24-061873}}
Date {{DATE:07/04/2024}}   Dispatched 1612, on scene 1634, transport 1651, at dest 1738
Location: {{ADDRESS:US-12 mile post 14}}, near {{LOCATION:Lolo Hot Springs}}; MVC, single vehicle rollover.
Pt: {{NAME:Brecken Dahl}}, 19 yo M, DOB {{DATE:03/03/2005}}, {{ADDRESS:19 Rattlesnake Ct}}, {{LOCATION:Missoula}} MT {{ZIP:59802}}
Vehicle: 2011 Toyota Tacoma, WA plate {{VEHICLE:CFK2297}}, VIN {{VEHICLE:5TFNX4CN1BX001744}}; restrained driver,
airbag deployed, self-extricated. Passenger {{NAME:Quinn Ambrose}} refused transport (signed AMA form).
Assessment: GCS 14 (E4V4M6), c/o neck pain, seatbelt sign, abrasion L forearm. BP 128/76, HR 108,
RR 20, SpO2 98%, BGL 104. Pupils PERRL 3 mm. ETOH odor: no.
Tx: SMR with C-collar, 18g L AC, NS TKO, fentanyl 50 mcg IN, ondansetron 4 mg ODT.
Destination: {{FACILITY:Providence St. Patrick Hospital}} (trauma level II) - trauma alert called 1655.
Handoff to RN {{NAME:Maribel Esquivel}}. Crew: {{NAME:D. Harkins}}, Paramedic #{{LICENSE:MT-P-3108}}; {{NAME:Z. Olin}}, EMT.`,

  `OREGON WORKERS' COMPENSATION - 827 FORM (worker's and physician's report)
Worker: {{NAME:Esteban Kalani Moreno}}     SSN: {{SSN:541-22-0917}}     DOB: {{DATE:11/02/1984}}
Home: {{ADDRESS:PO Box 2290}}, {{LOCATION:Warrenton}}, OR {{ZIP:97146}}   Phone: {{PHONE:(503) 555-0124}}
Employer: {{FACILITY:Tongue Point Seafood Processors}}, {{ADDRESS:4200 Marine Dr}}, {{LOCATION:Astoria}}
Insurer: SAIF Corporation    Claim #: {{ACCOUNT:8841-2207-65}}
Date of injury: {{DATE:01/16/2025}} approx 0530       First treatment: {{DATE:01/16/2025}}
How injury occurred: R hand caught in header/gutting machine on the processing line.
Body part: R index and middle fingers. Dx: S62.630A / S61.210A - open fx distal phalanx R index,
laceration R long finger with nail bed injury.
Treatment: digital block (bupivacaine 0.5%), I&D, nail bed repair with 6-0 chromic, splint;
cefazolin 2 g IV then cephalexin 500 QID x 7d. Tetanus current.
Work status: modified duty {{DATE:1/17/25}}-{{DATE:2/14/25}}: no use of R hand, no wet work.
Attending physician: {{NAME:Rosalind Achterhof}}, MD, {{FACILITY:Columbia Coast Urgent Care}}
OR license {{LICENSE:MD 204871}}; phone {{PHONE:503-555-0126}}. Hand surgery f/u Dr. {{NAME:Pavlenko}}, {{DATE:1/23}}.
Worker signature: {{NAME:E. K. Moreno}}  {{DATE:1/16/2025}}   Interpreter: none needed.`,

  `PRE-PARTICIPATION SPORTS PHYSICAL - Montana High School Association form
Student: {{NAME:Kaiah Bearchild-Olsen}}   Sex F   Age 16   DOB {{DATE:04-19-2008}}
School: {{FACILITY:Polson High School}}   Grade 11   Sports: cross-country, Nordic ski, track
Address: {{ADDRESS:61480 Back Rd}}, {{LOCATION:Ronan}}, MT {{ZIP:59864}} ({{LOCATION:Flathead Reservation}})
Parent/guardian: {{NAME:Della Bearchild}}  cell {{PHONE:406-555-0133}}
History: no syncope, no chest pain with exercise; no family hx sudden death < 50 (asked about
uncle {{NAME:Ray}} - died age 61 of MI). 2 concussions? No. Menarche age 12, cycles irregular
during XC season. Female athlete triad screen: restricting? no; stress fx R 2nd metatarsal 2023.
Exam: Ht 165 cm, Wt 52 kg, BMI 19.1, BP 108/64, HR 52. Vision 20/20. No Marfan features.
Murmur: none, supine or standing. Beighton 3/9. Duck walk normal.
Labs: ferritin 14 (low) {{DATE:8/1/24}}; started ferrous sulfate 325 mg every other day.
Clearance: CLEARED for all sports. Recheck ferritin in 3 months.
Examiner: {{NAME:Sabine Koenigsberg}}, PA-C, {{FACILITY:St. Luke Community Clinic - Ronan}}   Date: {{DATE:8/12/2024}}
License {{LICENSE:MT PA-1187}}.`,

  `{{FACILITY:Kittitas Valley Occupational Medicine}}
{{ADDRESS:1206 E Mountain View Ave}}, {{LOCATION:Ellensburg}}, WA {{ZIP:98926}}

{{DATE:November 5, 2024}}

To: Human Resources, {{FACILITY:Cascade Wind Logistics}} (attn {{NAME:Shawna Pedersen}})
Re: Return to work - {{NAME:Dmitri Alexandrovich Volkov}}, employee #{{ID:CWL-004417}}

To whom it may concern,
Mr. {{NAME:Volkov}} has been under my care since {{DATE:10/08/2024}} for a left rotator cuff strain
(S46.012A) sustained while servicing a nacelle at the {{FACILITY:Whiskey Dick Ridge Wind Farm}}.
He completed 8 sessions of PT at {{FACILITY:Ellensburg Physical Therapy}}. Current strength 5-/5,
full ROM, negative Neer and Hawkins, empty-can test 4+/5.
He may return to FULL duty including climbing effective {{DATE:Monday, November 11, 2024}}, with
no overhead lifting > 50 lb for 2 more weeks. Fall-protection harness use is not restricted.
His L&I claim number is {{ACCOUNT:BK40217}}. Questions: {{PHONE:509-555-0141}}.

Sincerely,
{{NAME:Juniper Abernathy-Moss}}, MD, MPH
cc: {{NAME:D. Volkov}} (patient), {{FACILITY:MultiCare Ellensburg Clinic}} PCP`,

  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:Billings Heart Institute}}, Cath Lab 2     Procedure date: {{DATE:2024-09-27}}
Patient: {{NAME:Orville Stensrud}}   MRN: {{MRN:BHI00440917}}   DOB {{DATE:1951-12-12}}   Wt 97 kg
Operators: {{NAME:Ezinne Obiora}}, MD (primary); {{NAME:Lukas Brandmeier}}, MD (fellow)
Indication: NSTEMI, troponin I 2.84, transferred from {{FACILITY:Stillwater Billings Clinic - Columbus}}.
Access: R radial 6F (Barbeau B), Allen's test normal. Heparin 70 u/kg.
Findings: LM normal. LAD: 40% mid. LCx: 95% OM1 culprit with TIMI 2 flow. RCA: dominant, 30% diffuse.
LVEDP 22. LV gram deferred (Cr 1.6).
Intervention: OM1 - predilation 2.0 NC balloon; DES Xience Skypoint 2.75 x 18 mm (lot 4082151,
ref 1500275-18) deployed 14 atm; post-dil 3.0 NC. Final TIMI 3, 0% residual.
Contrast: Visipaque 110 mL. Fluoro 9.2 min, AK 612 mGy.
Plan: ASA 81 + ticagrelor 90 BID x 12 mo, high-intensity statin, echo, cardiac rehab at
{{FACILITY:Red Lodge Cardiac Rehab}}. TR band off by 1500.
Wife {{NAME:Gloria}} updated in waiting room. Dictated by {{NAME:E. Obiora}} {{DATE:9/27/2024 12:48}}.`,

  `DEVICE CLINIC - PACEMAKER INTERROGATION (remote)
{{FACILITY:Providence Medford Heart Rhythm}}            Transmission received {{DATE:04/03/2025 03:12}}
Patient {{NAME:Philomena Grabowski-Tate}}   DOB {{DATE:06/21/1934}}   Age {{AGE:90}}   MRN {{MRN:PMC-2280041}}
Device: Medtronic Azure XT DR MRI SureScan W1DR01, serial {{DEVICE:RNB611407S}}, implanted {{DATE:2/14/2019}}
by Dr. {{NAME:Castellanos}}. Leads: RA 5076-52 (SN {{DEVICE:PJN8831042}}), RV 5076-58 (SN {{DEVICE:PJN8831190}}).
Monitor: MyCareLink Smart, paired phone {{PHONE:541-555-0188}}.
Indication: sick sinus syndrome with tachy-brady.
Battery: 6.2 yrs remaining (RRT not reached). RA pacing 78%, RV pacing 3% (MVP on).
Lead measurements: RA impedance 456 ohm, threshold 0.75 V @ 0.4 ms, P wave 2.1 mV;
RV impedance 551 ohm, threshold 0.625 V, R wave 11.2 mV.
Episodes: AT/AF burden 4.2% (up from 0.8%), longest 7 h 41 m on {{DATE:3/29}}. CHA2DS2-VASc 5.
Action: message to PCP Dr. {{NAME:Oyelowo-Park}} re anticoagulation (pt on aspirin only, fall hx).
Lives at {{FACILITY:Rogue Valley Manor}} apt 3C; daughter {{NAME:Benedetta Tate}} notified.
Reviewed by {{NAME:Harriet Quist}}, RN, CCDS; co-signed {{NAME:M. Iyer}}, MD.`,

  `SLEEP MEDICINE FOLLOW-UP
{{FACILITY:Gallatin Sleep & Lung}}, {{LOCATION:Bozeman}}          {{DATE:Jan 8 2025}}
{{NAME:Thaddeus "Tad" Mwangi-Rourke}}   MRN {{MRN:GSL-5510}}   39 yo M
Software engineer at {{FACILITY:Bridger Peaks Software}}, remote; also volunteer ski patrol at {{FACILITY:Bridger Bowl}}.
Dx: OSA, PSG {{DATE:10/2/2024}} AHI 34/h, nadir SpO2 79%. ESS 15 -> 6 today.
Device: ResMed AirSense 11 AutoSet, SN {{DEVICE:23214907733}}, modem reporting to AirView.
90-day download: use 94% of nights, avg 7 h 02 m; AHI 2.1; leak 95th %ile 18 L/min; P95 pressure 11.4.
Mask: AirFit F30 medium, mouth dryness - humidity to 6, add heated tube (ClimateLineAir).
Altitude note: stays in {{LOCATION:Big Sky}} condo (7,500 ft) on weekends - APAP handles fine.
DME: {{FACILITY:Bozeman Home Respiratory}} - resupply q3mo; order #{{ID:BHR-889120}}.
DOT/commercial driving: N/A. Weight 94 kg (BMI 29.8), discussed GLP-1 vs lifestyle.
Wife {{NAME:Wanjiru}} reports snoring resolved. Pt asks for a travel CPAP for trip to {{LOCATION:Nairobi}} in
March - letter for airline provided.
RTC 1 year. {{NAME:Lisette Garnier-Bowe}}, MD, DABSM`,

  `WOUND CARE CLINIC
{{FACILITY:Lewis-Clark Wound & Hyperbaric Center}}       Visit {{DATE:5/21/24}}   Wk 6 of tx
Pt: {{NAME:Horace Pinkham}}  MRN {{MRN:LCW-12093}}  70M, DM2 (A1c 9.1), PAD, ex-smoker
Wound #1: R plantar 1st MTH neuropathic ulcer, Wagner 2. 1.8 x 1.5 x 0.4 cm (prev 2.6 x 2.0 x 0.5).
Base 80% red granulation, 20% slough; periwound callus; no probe to bone. Mod serous drainage.
Monofilament: absent 7/10 sites. ABI R 0.71, TBI 0.48. XR {{DATE:4/9}}: no osteomyelitis.
Procedure: sharp excisional debridement to subcutaneous tissue 2.7 sq cm (CPT 11042), curette,
minimal bleeding, silver alginate, total contact cast applied.
HBO: not indicated (Wagner 2). Vascular referral to Dr. {{NAME:Iwasaki-Brandt}} at {{FACILITY:Tri-State Vascular}}.
Offloading: TCC weekly. Pt lives 40 mi up the river at {{ADDRESS:HC 66 Box 312}}, {{LOCATION:Kooskia}} - wife
{{NAME:Norma}} drives; asks for Friday appts. Eats at {{FACILITY:Kooskia Senior Center}} weekdays.
Next visit {{DATE:Fri 5/31}}. {{NAME:Delia Ferreira-Cole}}, RN, CWOCN / {{NAME:Amos Rudd}}, DPM`,

  `INFECTIOUS DISEASE CONSULT
{{FACILITY:Bitterroot Valley Hospital}}, ICU bed 4       Consult date {{DATE:6/11/2024}}
Pt {{NAME:Lyle Vanderhoek}}, 45M, MRN {{MRN:BVH-310099}}. Requested by Dr. {{NAME:Quillan Ashby}} (hospitalist).
Q: fever, thrombocytopenia, rash after tick bite.
HPI: Outfitter/hunting guide for {{FACILITY:Skalkaho Pass Outfitters}}; removed an engorged tick from his
R axilla ~{{DATE:5/30}} after scouting near {{LOCATION:Darby}}. Fever 103.8 F since {{DATE:6/6}}, headache, myalgias;
maculopapular rash began on wrists/ankles {{DATE:6/9}}, now petechial on palms.
Labs: Plt 62, Na 129, AST 188, ALT 141, WBC 3.9. LP: 12 WBC, protein 61.
Impression: Rocky Mountain spotted fever highly likely (R. rickettsii); ddx Colorado tick fever,
ehrlichiosis, tularemia (skins rabbits), meningococcemia less likely.
Recs: doxycycline 100 mg IV q12h NOW - do not wait for serology; continue >= 3 days after defervescence,
min 7 days. Send R. rickettsii IgG/IgM paired (acute today), Ehrlichia PCR, blood cx x2.
Report to Ravalli County Public Health (notifiable). Hunting dog also tick-infested - vet advised.
Wife {{NAME:Marnie}} ({{PHONE:406-555-0197}}) and son {{NAME:Colt}}, 14, had no bites.
Thank you. {{NAME:Beatriz Oyarzún}}, MD, Infectious Diseases, pager {{PHONE:8812}}`,

  `ED TRAUMA NOTE - hypothermia / avalanche burial
{{FACILITY:St. John's Health}}, {{LOCATION:Jackson}}, WY            {{DATE:Saturday 02/08/2025 13:26}}
Pt: {{NAME:Matthias Oberholzer}}, 31M, tourist from {{LOCATION:Innsbruck}}, Austria. Passport on file.
Temp MRN {{MRN:SJH-T25-0412}} (trauma alias until ID confirmed).
Mechanism: skier caught in slide off the backside of {{FACILITY:Teton Crest Mountain Resort}}, buried ~18 min,
extricated by patrol (patroller {{NAME:Aiyana Whitcomb}}) with beacon and probe. Airway clear of snow.
Brought by {{FACILITY:Teton County Search & Rescue}} heli, tail {{VEHICLE:N412TC}}.
Core temp 30.1 C (esophageal), Swiss stage HT II. HR 44 sinus brady, Osborn J waves on ECG.
K 4.1, lactate 3.8. R femur deformity. GCS 12.
Tx: active external + internal rewarming (Bair Hugger, warmed IV NS 42 C, warmed humidified O2),
gentle handling, traction splint R femur. ECMO team ({{FACILITY:Intermountain Medical Center}}) on standby - not needed.
Temp 34.2 C by 15:10. Ortho for IMN tomorrow.
Travel companion {{NAME:Lena Hofstätter}} at bedside; Austrian consulate contacted. Travel insurer: Allianz,
policy {{HEALTH_PLAN:AT-4471902-TR}}.
{{NAME:Wendell Okafor}}, MD, Emergency Medicine`,

  `BURN CENTER ADMISSION H&P
{{FACILITY:Harborview-Northwest Regional Burn Center}}       {{DATE:Aug 19, 2024 21:05}}
Pt: {{NAME:Jesús "Chuy" Altamirano}}, 27M, MRN {{MRN:HNB-4418820}}
Wildland firefighter, engine crew with {{FACILITY:Chelan County Fire District 7}}, burned on the
{{LOCATION:Entiat}} fire line when winds shifted at ~1500. Fire shelter not deployed. Flown from
{{FACILITY:Cascade Medical Center}} ({{LOCATION:Leavenworth}}) by {{FACILITY:Airlift Northwest}}.
Burns (Lund-Browder): face 3% partial thickness, bilat hands dorsal 4% deep partial, R forearm 5%
full thickness, neck 2%. Total TBSA 14%. Singed nasal hairs, hoarse voice - carbonaceous sputum.
Bronchoscopy: grade 1 inhalation injury. Intubated prophylactically. COHb 6%.
Resuscitation: Parkland estimate 4 mL x 80 kg x 14% = 4,480 mL LR / 24 h, titrate UOP 0.5 mL/kg/h.
Foley placed. Escharotomy not needed. Tetanus updated. Hands elevated, OT splinting.
Plan: excision/grafting R forearm HD 3-5, ophthalmology for corneal exam (fluorescein).
Mother {{NAME:Rocío Altamirano}} driving from {{LOCATION:Wenatchee}}; crew boss {{NAME:Hank Sorensen}} ({{PHONE:509-555-0115}}).
Employer L&I claim {{ACCOUNT:BW-88120-4}}; federal OWCP not applicable.
{{NAME:Ifeoluwa Adebayo-Strand}}, MD, Burn Surgery`,

  `{{FACILITY:Warm Springs Health & Wellness Center}} - Primary Care
Visit {{DATE:10/10/2024}}          Pt {{NAME:Winnemucca Tohet}}, 58 yo F, chart {{MRN:WS-0448172}}
Pt lives on {{ADDRESS:Upper Dry Creek Rd}}, {{LOCATION:Warm Springs}}, OR; works at {{FACILITY:Kah-Nee-Ta Timber Mill}} (grader).
CC: f/u DM2, HTN; "swollen feet" x 2 wks.
Interval: Saw Dr. {{NAME:Brightman}} at {{FACILITY:St. Charles Madras}} ED {{DATE:9/28}} for cellulitis L leg, Keflex.
Meds: metformin 1000 BID, glipizide 5 daily, lisinopril 20, atorvastatin 40. Taking amlodipine 10
(new from ED?) - likely cause of edema.
Exam: BP 138/84, Wt 92 kg. 1+ pitting edema bilat, no erythema now. Monofilament intact.
A1c 8.2 (was 8.9). UACR 48. eGFR 72. Retinal photo {{DATE:3/2024}}: mild NPDR.
Plan: stop amlodipine, increase lisinopril to 40 mg; add empagliflozin 10 mg. Diabetes program with
CHR {{NAME:Verbena Smoke}}; walking group at {{FACILITY:Agency Longhouse}} Tues/Thurs.
Pt requests traditional foods handout (salmon, roots, huckleberries) - given.
Next: labs in 3 mo, podiatry Dec. Purchased/Referred Care for eye exam {{ID:PRC-WS-24-3397}}.
{{NAME:Harriet Sahme}}, FNP-C`,

  `CLINIC NOTE (interpreted - Spanish, in person)
{{FACILITY:Clinica del Valle de Mattawa}}              {{DATE:7-26-2024}}
Paciente / Patient: {{NAME:Ma. Guadalupe Zárate Ochoa}}   DOB {{DATE:3/19/1990}}   Exp. #{{MRN:CVM-88410}}
Interpreter: {{NAME:Socorro Villegas}} (staff).
CC: headache, nausea, eye burning after working in cherry rows at {{FACILITY:Royal Slope Orchards}} {{DATE:7/25}}; crew
reports a tractor sprayer passed the next block ~0900. Supervisor: {{NAME:Rigoberto}}.
Sx: miosis? No. Salivation, lacrimation, diarrhea: mild lacrimation only. No wheeze. HR 74.
RBC cholinesterase and plasma cholinesterase drawn (baseline on file from WA cholinesterase program {{DATE:3/2024}}).
Assessment: possible pesticide drift exposure (T60.0X1A), mild; SLUDGE negative.
Plan: decontam shower done at orchard; clothes bagged. Reported to WA Dept of Health pesticide program
and L&I (claim {{ACCOUNT:BX77410-2}}). Off work 2 days. Return if vomiting, weakness, SOB.
Lives in employer housing: {{ADDRESS:Royal Slope camp, unit 14}}, {{LOCATION:Royal City}}. Husband {{NAME:Fermín}}
same crew - asymptomatic; cell {{PHONE:509-555-0192}}. Children attend {{FACILITY:Red Rock Elementary}}.
{{NAME:Consuelo Barajas-Whitman}}, PA-C`,

  `ADDICTION MEDICINE - buprenorphine follow-up (telephone, audio-only)
{{FACILITY:Skagit Recovery Clinic}}      {{DATE:12/02/2024}}  14:00-14:18
Pt {{NAME:Brody Kalinowski}}, 33M, MRN {{MRN:SRC-70114}}. Verified 2 identifiers (name, DOB {{DATE:05/05/1991}}).
Location: pt in his truck outside job site ({{FACILITY:Baker River Logging}}) near {{LOCATION:Concrete}}; no video signal.
OUD, in remission on maintenance. Suboxone film 8-2 mg, 2 films daily, day 412 of treatment.
Reports no use since {{DATE:Oct 2023}}; 1 craving episode after uncle's funeral. UDS {{DATE:11/25}}: bup+, norbup+,
fentanyl neg, meth neg. PDMP checked - single prescriber, pharmacy {{FACILITY:Sedro-Woolley Safeway Pharmacy}}.
Naloxone kit at home and in truck (expired - new Rx sent).
Hep C: completed sofosbuvir/velpatasvir Spring 2024, SVR12 achieved.
Peer support: {{NAME:Marcus "Tank" Delacroix}} weekly; attends Celebrate Recovery at {{FACILITY:Mount Vernon Foursquare}}.
Girlfriend {{NAME:Kaylee}} pregnant (due {{DATE:May 2025}}) - offered referral to {{FACILITY:Skagit Perinatal Recovery}}.
Plan: continue 16 mg/day x 28 days, 3 refills no; next in-person {{DATE:12/30}} with UDS.
{{NAME:Aleksandra Petrović}}, MD, DFASAM`,

  `PETITION FOR INITIAL DETENTION - Designated Crisis Responder evaluation (RCW 71.05)
Evaluation site: {{FACILITY:Olympic Memorial Hospital}} ED, {{LOCATION:Port Angeles}}      {{DATE:03/22/2025 01:40}}
Respondent: {{NAME:Sawyer Gentry Hallum}}    DOB {{DATE:09/17/1998}}    MRN {{MRN:OMH-6620913}}
Last known address: {{ADDRESS:233 Lake Sutherland Rd}}, {{LOCATION:Port Angeles}} WA {{ZIP:98363}}; also camps near {{LOCATION:Joyce}}.
DCR: {{NAME:Imelda Castañeda}}, MA, LMHC, {{FACILITY:Clallam Crisis Services}}, DCR #{{LICENSE:DCR-0417}}
Collateral: mother {{NAME:Bonnie Hallum}} ({{PHONE:360-555-0152}}); deputy {{NAME:R. Kestner}}, Clallam SO case {{ID:25-C-01983}}.
Facts: Respondent found by deputy on {{ADDRESS:Hwy 101 near milepost 232}} walking in traffic, stating
"the ferry is transmitting my thoughts." Not sleeping x 5 days. Stopped olanzapine in {{DATE:January}}.
Threatened mother with a splitting maul {{DATE:3/20}}. BAL 0. UDS + methamphetamine.
MSE: disheveled, pressured, grandiose and persecutory delusions, no insight. Denies SI; endorses
intent to "stop" mother.
Finding: imminent likelihood of serious harm to others and grave disability due to a behavioral
health disorder. Less restrictive alternatives considered and rejected.
Placement: {{FACILITY:Peninsula Evaluation & Treatment Center}}, bed available 0600.
Attorney notification: {{FACILITY:Clallam Public Defender}}. Hearing within 120 hrs.
Signed {{NAME:I. Castañeda}} {{DATE:3/22/25 0210}}`,

  `GERIATRICS CONSULT - inpatient
{{FACILITY:Kadlec Regional Medical Center}}, 6 Central, rm 612      {{DATE:Wed 1/15/2025}}
Pt {{NAME:Wilhelmina "Billie" Achterberg-Snow}}, {{AGE:96}} yo F, MRN {{MRN:KRMC-00190088}}, DOB {{DATE:07/04/1928}}
Consulted for delirium after R distal radius fx (fall at {{FACILITY:Columbia Gardens Assisted Living}} {{DATE:1/12}}).
Baseline (per niece {{NAME:Gretchen Moll}}, {{PHONE:509-555-0178}}): ambulates w/ walker, plays bridge,
knits, MoCA 22/30 in {{DATE:Aug 2024}}, widowed (husband {{NAME:Ansel}}, a {{FACILITY:Hanford}} engineer, d. 2011).
Her sister {{NAME:Adelheid Snow}}, age {{AGE:99}}, lives in the same facility.
CAM-ICU positive (inattention, disorganized thinking). 4AT score 6. Night 1: hydromorphone 0.5 mg x3.
Beers criteria meds: diphenhydramine PRN sleep, oxybutynin 5 mg - both stopped.
Labs: Na 131, BUN/Cr 38/1.2, UA bland, Vit D 14. No constipation x 4 days -> senna/PEG.
Hearing aids and glasses at facility - nursing to request.
Recs: non-pharm delirium bundle, scheduled acetaminophen 1 g q8h, avoid opioids if possible, PT/OT,
melatonin 3 mg qHS, sleep protocol. Ortho: nonop splint OK. Goals: return to {{FACILITY:Columbia Gardens}}
with PT via {{FACILITY:Tri-Cities Home Health}}. POLST: DNR/selective treatment (signed {{DATE:9-3-2022}}).
{{NAME:Thandiwe Ncube-Larsen}}, MD, Geriatric Medicine`,

  `INTERFACILITY TRANSFER FORM (EMTALA)
Sending: {{FACILITY:Lost Rivers Medical Center}}, {{LOCATION:Arco}}, ID ({{PHONE:208-555-0101}})
Receiving: {{FACILITY:Eastern Idaho Regional Medical Center}}, accepting Dr. {{NAME:Vasquez-Lindholm}} (neuro IR)
Patient: {{NAME:Alvin Twobulls Nash}}    DOB {{DATE:11/11/1962}}    MRN {{MRN:LRMC-20817}}
Date/time of request: {{DATE:08/30/2024 1914}}; accepted 1921; departed 1958.
Dx: acute ischemic stroke, L M1 occlusion on CTA. LKW 1745 while irrigating pivot at {{FACILITY:Big Lost Ranch}}.
NIHSS 17 (R hemiplegia, global aphasia, gaze deviation). CT: ASPECTS 9.
Tenecteplase 0.25 mg/kg (20 mg) bolus at 1902, wt 80 kg; BP 178/94 pre, 164/88 post.
Mode: {{FACILITY:Air Idaho Rescue}} rotor wing, aircraft {{VEHICLE:N8113B}}, flight RN {{NAME:Marta Kowalczyk}}.
Reason for transfer: thrombectomy not available here. Risks/benefits explained to wife {{NAME:Rhonda Nash}}
({{PHONE:208-555-0103}}), who consents; pt aphasic.
Records sent: CT/CTA images via PACS push to {{IP:10.42.18.207}}, labs, MAR, ECG (AF, new).
Transferring physician: {{NAME:Peregrine Holt}}, MD   Signature {{DATE:8/30/24 1925}}
RN report given to {{NAME:Chloe}} at {{FACILITY:EIRMC}} ICU ext {{PHONE:6615}}.`,

  `POLST - Physician Orders for Life-Sustaining Treatment (Oregon)
Patient last name: {{NAME:Ishikawa-Daugherty}}   First: {{NAME:Ruth}}   MI: {{NAME:K}}
DOB: {{DATE:02/14/1939}}    Gender: F    Address: {{ADDRESS:1840 NE Alberta Ct}}, {{LOCATION:Hood River}}, OR {{ZIP:97031}}
Section A (CPR): Do Not Attempt Resuscitation/DNR.
Section B: Selective Treatment - may use IV fluids, antibiotics; no intubation; transfer to hospital
if comfort needs cannot be met at home.
Section C: No artificial nutrition by tube.
Discussed with: patient (has capacity) and health care representative {{NAME:Dean Daugherty}} (son),
{{PHONE:541-555-0105}}; daughter {{NAME:Naomi Ishikawa}} by phone from {{LOCATION:Sapporo}}.
Basis: metastatic pancreatic adenocarcinoma, ECOG 3; pt states "I want to stay at the orchard with
the pears until the end." Home hospice: {{FACILITY:Heart of Hospice Gorge}}.
Clinician: {{NAME:Benedikt Auer}}, MD   Oregon license {{LICENSE:MD 188320}}   Phone {{PHONE:541-555-0106}}
Signed {{DATE:June 2, 2024}}. Oregon POLST Registry ID {{ID:R-24-0881342}}.
Original (pink) on fridge at home; copy to {{FACILITY:Providence Hood River}} chart.`,

  `DEATH SUMMARY
{{FACILITY:Sheridan Memorial Hospital}} - {{LOCATION:Sheridan}}, WY
Decedent: {{NAME:Clement Ashford Birdwhistle}}   MRN {{MRN:SMH-551029}}   DOB {{DATE:04/29/1943}}
Admitted {{DATE:11/30/2024}}; expired {{DATE:12/04/2024 03:17}}. Pronounced by {{NAME:Okonjo}}, RN and Dr. {{NAME:Feldmann}}.
Cause of death: (a) septic shock, (b) perforated sigmoid diverticulitis, (c) chronic lymphocytic leukemia.
Course: 81M retired coal-bed methane operator ({{FACILITY:Powder River Gas Co.}}) with CLL (Rai stage II) presented with
LLQ pain; CT showed free air. Declined surgery after discussion with family; comfort measures from {{DATE:12/2}}.
Hinchey III. Morphine infusion, glycopyrrolate. Family at bedside: wife {{NAME:Opal}}, daughters {{NAME:Jolene Birdwhistle-Cruz}}
and {{NAME:Sharla}}, grandson {{NAME:Tyce}}.
Autopsy: declined. Coroner not notified (natural death, attended). Organ/tissue: Donor Alliance referral
#{{ID:DA-2412-07731}} - eye donation accepted.
Funeral home: {{FACILITY:Kane Funeral Home}}, {{LOCATION:Sheridan}}; death certificate to be signed by Dr. {{NAME:Feldmann}}
via WyVERS. Veteran (USMC, Vietnam 1966-68): VA notified, claim {{ACCOUNT:C-22 418 907}}.
Chaplain Rev. {{NAME:Dottie Kimble}} present at time of death.
{{NAME:Anders Feldmann}}, MD {{DATE:12/4/2024 06:40}}`,

  `IMMUNIZATION RECORD - printed from WAIIS
Name: {{NAME:Faisal Nuruddin Qureshi}}   DOB: {{DATE:03/30/2019}}   Sex: M
Parent: {{NAME:Samina Qureshi}}   Phone: {{PHONE:(425) 555-0110}}
Address: {{ADDRESS:15522 NE 40th St, Unit B-207}}, {{LOCATION:Redmond}}, WA {{ZIP:98052}}
Provider: {{FACILITY:Eastside Children's Clinic}}, VFC PIN {{ID:EC4471}}
Vaccine               Date(s) given
HepB                  {{DATE:03/31/2019}}  {{DATE:05/02/2019}}  {{DATE:10/04/2019}}
DTaP                  {{DATE:05/28/2019}}  {{DATE:07/30/2019}}  {{DATE:09/27/2019}}  {{DATE:06/29/2020}}
Hib (PRP-T)           {{DATE:05/28/2019}}  {{DATE:07/30/2019}}  {{DATE:06/29/2020}}
PCV13                 {{DATE:05/28/2019}}  {{DATE:07/30/2019}}  {{DATE:09/27/2019}}  {{DATE:04/01/2020}}
MMR                   {{DATE:04/01/2020}}  {{DATE:04/05/2023}}
Varicella             {{DATE:04/01/2020}}  {{DATE:04/05/2023}}
Influenza             2022-23, 2023-24 seasons (lot FL7711, FL9024)
COVID-19 (Pfizer 6m-4y) 3 doses - not recorded in state registry
Exemptions: none. Kindergarten entry: {{FACILITY:Rockwell Elementary}}, complete for school (CIS signed).
Father works at {{FACILITY:Nimbus Cloud Systems}} campus; employer flu clinic records not included.
Printed {{DATE:8/20/2024 10:14}} by {{NAME:lgk}}`,

  `GENETIC COUNSELING NOTE
{{FACILITY:Mountain States Genetics Clinic}} - outreach visit at {{FACILITY:Elko Family Health}}     {{DATE:4/17/2024}}
Proband: {{NAME:Begoña Arrizabalaga}}, 38F, MRN {{MRN:MSG-02291}}. Referred by Dr. {{NAME:Tanaka-Reid}} for family hx.
Pedigree (3 generations): mother {{NAME:Itziar}} - breast ca age 44, ovarian ca age 52, d. 2016;
maternal aunt {{NAME:Maite}} - breast ca age 39, living in {{LOCATION:Gernika}}; maternal grandfather prostate ca 70s.
Father {{NAME:José Mari}} (Basque, sheep ranch near {{LOCATION:Jordan Valley}}) - no cancers. Two sons, 12 and 9.
Ashkenazi ancestry: none known. Basque founder variants discussed.
Risk models: Tyrer-Cuzick v8 lifetime 34%; CanRisk pending. NCCN criteria met.
Testing: 84-gene multicancer panel (Invitae), saliva kit, requisition {{ID:RQ-7731504}}. Ins: SelectHealth,
member {{HEALTH_PLAN:SH0044172903}}; prior auth obtained. GINA protections explained (life/LTC ins not covered).
Aunt's {{FACILITY:Hospital Universitario Cruces}} report shows BRCA1 c.211A>G - will test targeted + panel.
Results expected 2-3 wks; disclosure by telehealth. Pt email {{EMAIL:b.arrizabalaga@sagebrushnet.org}}.
{{NAME:Delphine Morrow-Ikeda}}, MS, CGC`,

  `NEUROLOGY FOLLOW-UP - Movement Disorders
{{FACILITY:Inland Northwest Neurology}}, {{LOCATION:Spokane Valley}}         {{DATE:09/09/2024}}
{{NAME:Raymond Lozeau}}, 71M, MRN {{MRN:INN-38812}}, accompanied by wife {{NAME:Francine}}.
Parkinson's disease, dx 2018 (age 65), H&Y stage 2.5. Former {{FACILITY:Kaiser Aluminum Trentwood}} millwright.
Interval: wearing-off ~3.5 h after each dose, peak-dose dyskinesia mild; 1 fall in {{DATE:July}} at church ({{FACILITY:St. Mary Spokane Valley}}).
REM sleep behavior disorder - kicked {{NAME:Francine}} twice. Constipation. Orthostatic sx when haying.
Meds: carbidopa/levodopa 25/100 1.5 tab 5x/day (0600, 0930, 1300, 1630, 2000), rasagiline 1 mg,
melatonin 6 mg. Considering Rytary vs Inbrija rescue.
Exam: MDS-UPDRS III on-state 28. Hypomimia, R>L rigidity, bradykinesia, no Myerson's sign. Pull test 2 steps.
Orthostatics: 142/80 -> 118/70 standing. MoCA 26.
Plan: add entacapone 200 mg with each dose; PT LSVT BIG at {{FACILITY:Valley Therapy Partners}}; DBS candidacy
discussion - refer to Dr. {{NAME:Mikkelsen}} at {{FACILITY:Swedish Neuroscience Institute}}. Compression stockings.
Driving: pt agrees to stop driving on the highway; wife drives.
{{NAME:Elspeth Varga-Lowry}}, MD; scribe {{NAME:Kira Danforth}}`,

  `STROKE CODE NOTE
{{FACILITY:Skagit Regional Health}}, {{LOCATION:Mount Vernon}}       Code activated {{DATE:05/11/2025 08:42}}
Pt {{NAME:Hoang Van Lam}} ({{NAME:Lam Hoang}}), 67M, MRN {{MRN:SRH-9050233}}, arrived POV with son {{NAME:Tuan}}.
LKW: 0715, eating breakfast at {{FACILITY:Pho Saigon La Conner}} (pt owns it). Acute R arm weakness + dysarthria.
NIHSS 6 (R facial 2, R arm 2, dysarthria 1, sensory 1). BG 212. BP 196/104 -> labetalol 10 mg IV -> 172/96.
CT: no hemorrhage, ASPECTS 10. CTA: no LVO. CTP: small L MCA penumbra.
Teleneurology: Dr. {{NAME:Okwuosa}} ({{FACILITY:Providence Telestroke Network}}), video cart 3.
TNK 0.25 mg/kg = 18 mg IV push at 09:06 (door-to-needle 24 min). No anticoag. Plt 221, INR 1.0.
Post-lytic: neuro checks q15 min x 2 h, BP < 180/105, NPO until swallow screen.
Interpreter (Vietnamese) via video, ID {{ID:V-22817}}. Wife {{NAME:Nguyen Thi Hoa}} ({{PHONE:360-555-0161}}).
Admit neuro ICU bed 8. Next CT 24 h.
{{NAME:Brigid Cassaday}}, MD, Emergency Medicine`,

  `TRAUMA H&P - MVC
{{FACILITY:Snoqualmie Pass Trauma Center}} - Emergency Department, Trauma Bay 1
Date/time: {{DATE:12/21/2024 19:33}}     Trauma level: Full activation
Pt: {{NAME:Anjali Deshpande-Carver}}, 36F, MRN {{MRN:SPT-0011872}}, DOB {{DATE:10/10/1988}}
Employer: {{FACILITY:Rainier Quantum Labs}} (product manager), {{LOCATION:Bellevue}}.
Mechanism: restrained driver, Subaru Outback (plate {{VEHICLE:BVR4471}}, VIN {{VEHICLE:4S4BTGND7L3118823}}) vs jackknifed
semi on {{ADDRESS:I-90 WB at milepost 47}}, black ice. Extrication 25 min by {{FACILITY:Eastside Fire & Rescue}}.
Primary: A patent, B equal BS, C HR 124 BP 92/58, D GCS 14, E seatbelt sign abdomen.
FAST: + fluid Morison's pouch. Pelvis stable. R clavicle deformity. Kehr's sign +.
Labs: Hgb 10.1, lactate 4.2, INR 1.1, BAL 0, hCG negative.
Massive transfusion not activated; 2 u LTOWB given (unit #{{ID:W0367 24 118840 D}}), TXA 1 g.
CT: grade IV splenic laceration with active extravasation; R clavicle midshaft fx; L rib 8-10 fx.
Plan: IR embolization (Dr. {{NAME:Halvorsrud}} on call) vs OR if unstable. Husband {{NAME:Mark Carver}} en route from
{{LOCATION:Issaquah}}, {{PHONE:425-555-0186}}. Dog in car taken by WSP trooper to {{FACILITY:North Bend Animal Clinic}}.
{{NAME:Ravi Sethuraman}}, MD, Trauma Surgery`,

  `RESEARCH CONSENT DOCUMENTATION
Study: ALPINE-HF (NCT05544127), sponsor protocol HF-302; IRB {{FACILITY:Cascadia Health IRB}} #2023-0417
Site: {{FACILITY:Providence Heart Institute - Portland}}   PI: {{NAME:Oluwaseun Adeyemi-Barr}}, MD
Participant: {{NAME:Gerald Quarnstrom}}   MRN {{MRN:PHI-4410288}}   Arm: pending randomization
Consent date/time: {{DATE:Tuesday, 10/22/2024 09:40}}   Version 4.0 dated 2024-06-01 (IRB approved).
Consent obtained by: {{NAME:Tamsin Ogilvie}}, RN, CCRC. Witness: {{NAME:Ludmila Horak}} (pt's daughter-in-law).
Participant reads English; 30 min review; questions about placebo, travel from {{LOCATION:The Dalles}}
(mileage reimbursement via ClinCard), and blood storage answered. Participant retained copy.
HIPAA authorization signed. Optional genetic sub-study: declined. Future contact: yes,
phone {{PHONE:541-555-0119}}, email {{EMAIL:gquarnstrom@gorgewire.net}}.
Eligibility: NYHA III, LVEF 32% (echo {{DATE:09/30/2024}}), NT-proBNP 2,410. eGFR 41 - meets >30.
No study procedures before signature. Randomization at visit 2 ({{DATE:10/29}}).
Lot of investigational product: IP-7721-B. Pharmacy: {{FACILITY:PHI Investigational Drug Service}}.
PCP notified: Dr. {{NAME:Weatherby}}, {{FACILITY:Mid-Columbia Medical Center}}.`,

  `PATIENT STATEMENT
{{FACILITY:Sagebrush Regional Health System}} - Patient Financial Services
{{ADDRESS:PO Box 8801}}, {{LOCATION:Twin Falls}}, ID {{ZIP:83303}}   Billing questions: {{PHONE:208-555-0139}}

Statement date: {{DATE:01/31/2025}}        Account #: {{ACCOUNT:SRH-000447-1902}}
Guarantor: {{NAME:Bryce Kjelstrom}} (father)
Patient: {{NAME:Ammon Kjelstrom}}       Mail to: {{ADDRESS:3118 Addison Ave E}}, {{LOCATION:Twin Falls}} ID {{ZIP:83301}}
Primary ins: Blue Cross of Idaho, ID {{HEALTH_PLAN:YPX881204519}}, group 10044
Date of svc     Description                               Charges    Ins paid   Adj    You owe
{{DATE:12/09/24}}        ED visit level 4 (99284)                  1,284.00     812.40   211.60   260.00
{{DATE:12/09/24}}        XR forearm 2 views (73090)                  246.00     151.20    44.80    50.00
{{DATE:12/09/24}}        Closed tx radial fx (25600)                 980.00     620.00   160.00   200.00
{{DATE:12/16/24}}        Ortho f/u ({{FACILITY:Magic Valley Orthopaedics}})       210.00     168.00    12.00    30.00
Amount due: $540.00 by {{DATE:02/28/2025}}. Financial assistance available (household size 4).
Pay online at {{URL:https://pay.sagebrushregional.example/acct/SRH0004471902}}
Injury: snowboarding at {{FACILITY:Pomerelle Mountain Resort}} (third-party liability questionnaire enclosed).
Thank you. Ref code 2281-A.`,

  `{{FACILITY:Pocatello Family Medicine Residency}}
{{ADDRESS:465 Memorial Dr}}, {{LOCATION:Pocatello}}, ID {{ZIP:83201}}

{{DATE:March 18, 2025}}

Appeals Unit, Mountain Health CO-OP
RE: Appeal of denial - {{NAME:Shoshana Bemba-Ríos}}, member {{HEALTH_PLAN:MHC-8832019-01}}, claim {{ACCOUNT:25-00814412}}

To the Appeals Reviewer:
I am writing to appeal the {{DATE:2/27/2025}} denial of continuous glucose monitoring (Dexcom G7) for
my patient, Ms. {{NAME:Bemba-Ríos}}, DOB {{DATE:7/23/1981}}. The denial states she "does not use insulin
three or more times daily." This is incorrect: she has used insulin glargine 38 units nightly plus
insulin aspart 6-10 units with meals since {{DATE:September 2024}} (pharmacy fill history from
{{FACILITY:Idaho State University Pharmacy}} enclosed). She also had two documented level 2 hypoglycemia events
(glucose 48 on {{DATE:1/4/25}}, 51 on {{DATE:2/9/25}}) - one while driving a forklift at {{FACILITY:Simplot Don Plant}}.
Per the ADA Standards of Care 2025 and CMS LCD L33822, she meets criteria. Please reverse this denial.
Sincerely,
{{NAME:Tariq Al-Masri}}, MD, PGY-3; supervising {{NAME:Corinne Hallett}}, MD
Phone {{PHONE:208-555-0144}}  Fax {{FAX:208-555-0145}}`,

  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
{{FACILITY:Benewah Community Hospital}} HIM, {{LOCATION:St. Maries}}, ID {{ZIP:83861}}
Patient name: {{NAME:Thomasina Redhawk-Albers}}  Other names used: {{NAME:Thomasina Albers}}, {{NAME:Tommie Redhawk}}
DOB: {{DATE:5/5/1975}}   SSN (last 4): {{SSN:4417}}   MRN: {{MRN:BCH-77021}}
Address: {{ADDRESS:1290 Hells Gulch Rd}}, {{LOCATION:St. Maries}} ID {{ZIP:83861}}   Phone: {{PHONE:208-555-0175}}
I authorize release FROM: {{FACILITY:Benewah Community Hospital}} and {{FACILITY:Coeur d'Alene Tribal Wellness Center}}
TO: {{NAME:Garrett Ng}}, Esq., {{FACILITY:Ng & Hollister Law PLLC}}, {{ADDRESS:601 W 1st Ave, Ste 1400}}, {{LOCATION:Spokane}} WA {{ZIP:99201}}
Information: ED records and imaging {{DATE:08/01/2023-10/31/2023}} related to log-truck collision on {{ADDRESS:St. Joe River Rd}}.
Purpose: legal claim. Includes: [x] mental health [ ] HIV/STI [ ] SUD (42 CFR Part 2) - not included.
Expires: {{DATE:12/31/2025}} or on resolution of claim. Fee: $0.50/page after 30 pages (Idaho Code).
Delivery: secure email to {{EMAIL:records@nghollister-law.example}}
Patient signature: {{NAME:T. Redhawk-Albers}}     Date: {{DATE:1/9/2025}}
Verified ID: Idaho DL {{LICENSE:RA448127K}} by {{NAME:mpd}} (HIM clerk).`,

  `TELEPHONE ENCOUNTER
{{FACILITY:Moscow Family Medicine}}   RN triage line    {{DATE:02/27/2025 16:48}}
Caller: {{NAME:Kiyoshi Endo-Barlow}} (father) re: {{NAME:Hana Endo-Barlow}}, 2 yo, DOB {{DATE:01/02/2023}}, MRN {{MRN:MFM-330918}}
Callback {{PHONE:208-555-0104}}. Interpreter not needed.
Reason: fever 103.1 rectal since this AM, barking cough, stridor only when crying. Drinking OK,
3 wet diapers today. No drooling, no retractions at rest per dad (video shows mild). No rash.
Attends {{FACILITY:Little Vandals Child Care}} at the {{FACILITY:University of Idaho}} - croup going around.
Triage (Schmitt-Thompson croup protocol): see today / within 4 h.
Advice: cool night air or steamy bathroom, acetaminophen 15 mg/kg (180 mg = 5.6 mL of 160 mg/5 mL),
keep calm, sit upright. Go to ED ({{FACILITY:Gritman Medical Center}}) or call 911 for stridor at rest, blue lips,
drooling or retractions.
Appt made with Dr. {{NAME:Nakashima-Price}} at 1730 today. Mom ({{NAME:Rebekah}}) will bring her; dad works at
{{FACILITY:Palouse Signal Engineering}} in {{LOCATION:Pullman}} until 6.
{{NAME:Holly Trembath}}, RN`,

  `AFTER VISIT SUMMARY
{{NAME:Neftalí Ocampo-Reinholt}}     {{DATE:6/14/2024 3:15 PM}}     {{FACILITY:Deschutes River Urgent Care}} - {{LOCATION:Redmond}}, OR
You were seen by: {{NAME:Greer Halloway}}, PA-C
Reason for visit: Dog bite, left hand
Diagnoses: Dog bite of left hand (W54.0XXA); puncture wound without foreign body
What we did: wound irrigation (500 mL saline), Tdap vaccine (lot 3CA19C2, exp 2026-03-31), x-ray (no fracture, no tooth fragments).
Medicines to START: amoxicillin-clavulanate (Augmentin) 875-125 mg, 1 tablet twice daily for 5 days.
Ibuprofen 400 mg every 6 hours as needed.
Animal control: bite reported to Deschutes County animal services; report # {{ID:DC-AB-24-1183}}. The dog
(owner {{NAME:Wyatt Gillespie}}, {{ADDRESS:6720 NW Lower Bridge Way}}, {{LOCATION:Terrebonne}}) is vaccinated for rabies - 10-day observation at home.
Follow-up: wound check {{DATE:Monday June 17}} with your primary care, Dr. {{NAME:Sato}} at {{FACILITY:High Desert Family Practice}}.
Return sooner if: redness spreading, red streaks, fever, pus, numbness.
Your MyChart code: {{ID:7KQ4-HR2M-N8P1}} (expires in 30 days). Questions: {{PHONE:541-555-0189}}.
Your next appointments: none scheduled.`,

  `STUDENT HEALTH CENTER - {{FACILITY:Montana State University}} Student Health Service
Visit {{DATE:10/03/2024}}   Student: {{NAME:Priyanka Raghavan Holt}}   Student ID {{ID:MSU-843301772}}   DOB {{DATE:1/26/2005}}
Local address: {{ADDRESS:Hannon Hall rm 314}}; permanent: {{LOCATION:Edina}}, MN. Email {{EMAIL:p.raghavanholt@students.msu-example.edu}}
CC: sore throat, fever 101.8, 3 days; roommate ({{NAME:Kenzie}}) had mono last month.
Exam: exudative tonsils, posterior cervical LAD, splenomegaly? tip palpable. Centor 3. No rash.
Tests: rapid strep neg; Monospot positive; CBC: WBC 12.4, 48% lymphs, atypical lymphs 14%; AST 74, ALT 91.
Dx: infectious mononucleosis (B27.00).
Plan: supportive, acetaminophen, avoid amoxicillin; NO contact sports/intramural ultimate x 4 weeks (splenic rupture
risk) - letter for {{FACILITY:Bobcat Club Frisbee}}. Academic accommodation letter to Dean of Students.
Works 10 h/wk at {{FACILITY:Hyalite Canyon Coffee}} - may return when afebrile.
Parents ({{NAME:Ravi}} and {{NAME:Lauren Holt}}) called with student's permission, {{PHONE:952-555-0136}}.
Follow-up {{DATE:10/10}} or sooner if LUQ pain.
{{NAME:Dagny Frostad}}, NP-C`,

  `EMPLOYEE HEALTH - post-exposure (bloodborne pathogen)
{{FACILITY:Evergreen Summit Medical Center}} Employee Health, {{LOCATION:Kirkland}}    {{DATE:07/19/2024 23:55}}
Employee: {{NAME:Rosalie Manansala-Dunn}}, RN, 5 West; badge {{ID:E-0448913}}; DOB {{DATE:12/24/1990}}
Exposure: percutaneous, 23G butterfly needle (hollow-bore) after a blood draw, at 2320.
Gloved, moderate depth, L index finger. Washed with soap/water at 2322. Incident report #{{ID:RL-24-33017}}.
Source pt: {{NAME:D. Ostrowski}}, MRN {{MRN:ESM-2219804}}, consented to testing; HIV Ag/Ab, HCV Ab, HBsAg sent.
Source hx: IVDU, HCV Ab+ in 2022 (untreated).
Employee: HBV vaccinated, anti-HBs 112 (immune) on file from hire {{DATE:3/2016}}. Tdap 2021.
Baseline employee labs: HIV Ag/Ab, HCV Ab, HCV RNA, ALT drawn {{DATE:7/19/24 2350}} (acc {{ID:ES24-0719-881}}).
PEP: source HIV rapid negative at 0010 - PEP not started. HCV: follow-up HCV RNA at 3 and 6 weeks, Ab at 4-6 mo.
Counseled: safer sex not required pending results, no blood/organ donation x 6 mo.
Manager {{NAME:Ignatius Bello}} notified. L&I claim (self-insured) {{ACCOUNT:SI-24-7715}}.
Personal cell {{PHONE:425-555-0109}}; prefers text. Follow-up Employee Health {{DATE:Mon 7/22}} 0800.
{{NAME:Kalinda Moorehouse}}, ARNP, Employee Health`,

  `OCCUPATIONAL AUDIOMETRY - annual hearing conservation program
Employer: {{FACILITY:Pend Oreille Sawmill Co.}}, {{ADDRESS:400 Mill Rd}}, {{LOCATION:Usk}}, WA {{ZIP:99180}}
Tested at mobile van ({{FACILITY:Northwest Hearing Services}}) on {{DATE:09/12/2024}}
Employee: {{NAME:Kenji Wolfe-Amundsen}}   Emp #{{ID:4471}}   DOB {{DATE:8/8/1970}}   Job: head sawyer, 10-h shifts
Noise exposure TWA: 94 dBA (dosimetry 2023). HPD: foam plugs (NRR 32) + muffs; reports plugs
"sometimes" when saw is down.
Audiogram (dB HL)   500  1k  2k  3k  4k  6k
   Right             15  15  25  45  55  40
   Left              15  20  30  55  65  50
Baseline (hire {{DATE:06/1998}}): R 3k/4k 20/25; L 20/30.
Standard threshold shift: YES, left ear (avg 2-3-4k shift 12.3 dB after age correction). Recordable (OSHA 300)
- left ear 25 dB+ average from audiometric zero.
Otoscopy: cerumen, non-occluding, both ears. Tinnitus L.
Action: retest within 30 days; fit check of plugs; refer to audiologist {{NAME:Siobhan Carrow}}, AuD,
{{FACILITY:Newport Hearing Clinic}} ({{PHONE:509-555-0166}}). Supervisor {{NAME:Lyle Bjornstad}} notified.
Technician: {{NAME:Ana-Maria Dragomir}}, COHC #{{LICENSE:COHC-18802}}. Reviewed: {{NAME:P. Ohanian}}, MD.`,

  `ED NOTE - pediatric, nonaccidental trauma concern
{{FACILITY:Mary Bridge Children's - Gig Harbor ED}}     {{DATE:01/28/2025 02:15}}
Pt {{NAME:Jayden Michael Prowse}}, 5 mo M, DOB {{DATE:08/22/2024}}, MRN {{MRN:MBC-0091273}}
Brought by mother {{NAME:Kassidy Prowse}}, 19, and her boyfriend {{NAME:Tyler Vaughn}} (not bio father) for "fussy, not using R leg."
Hx inconsistent: boyfriend says "rolled off couch" yesterday; mother says found crying in crib. Infant not yet rolling.
Exam: irritable, R thigh swelling, 3 patterned bruises L upper arm (TEN-4-FACESp positive), frenulum intact.
Skeletal survey: R femur spiral fx; healing posterior rib fx L 5-6 (callus). Head CT: no bleed.
Fundi (ophtho Dr. {{NAME:Tavakoli}}): no retinal hemorrhages.
Labs: CBC, CMP, lipase, coags, Ca/Phos/alk phos, PTH, Vit D - pending; no OI features (white sclerae).
Reports: CPS intake (DCYF) {{DATE:1/28/25 0305}}, intake #{{ID:5588120}}; Pierce County SO deputy {{NAME:Fraser}}, case {{ID:PC25-004417}}.
Child Protection Team consult: Dr. {{NAME:Odunsi}}. Admitted with safety sitter; no unsupervised visits.
Maternal grandmother {{NAME:Dawn Prowse}} ({{PHONE:253-555-0158}}) in {{LOCATION:Port Orchard}} identified as potential placement.
{{NAME:Cordelia Mbeki-Sandvik}}, MD, Pediatric Emergency Medicine`,

  `PULMONARY CLINIC
{{FACILITY:Silver Valley Lung Clinic}}, {{ADDRESS:201 McKinley Ave}}, {{LOCATION:Kellogg}}, ID {{ZIP:83837}}      {{DATE:3/3/2025}}
{{NAME:Everett "Butch" Laatsch}}, 74M, MRN {{MRN:SVL-1042}}. Retired hard-rock miner, 31 yrs underground at the
{{FACILITY:Galena Hill Mine}} and {{FACILITY:Sunshine Ridge Mine}} near {{LOCATION:Wallace}}; also smoked 40 pk-yr, quit 1999.
ILO B-read ({{DATE:1/2025}}): small rounded opacities q/r, profusion 2/1, upper zones; eggshell hilar calcification.
PFTs: FVC 68%, FEV1 61%, ratio 0.70, DLCO 54%. 6MWT 312 m, nadir SpO2 86% RA.
Dx: silicosis (J62.8) with mixed obstructive/restrictive; r/o TB (IGRA neg {{DATE:2/10/25}}); r/o lung ca - LDCT {{DATE:2/18}}: 8 mm RUL nodule, Lung-RADS 4A.
Plan: PET-CT; ambulatory O2 2 L via {{FACILITY:Panhandle Oxygen}}; pulm rehab at {{FACILITY:Shoshone Medical Center}};
tiotropium/olodaterol; pneumococcal PCV20 today (lot LR8841). Black Lung/DOL: not eligible (metal mine) -
state workers' comp occupational disease claim, adjuster {{NAME:Renata Voss}}, claim {{ACCOUNT:OD-2025-00318}}.
Wife {{NAME:Jean}} manages meds. Daughter {{NAME:Tami Laatsch-Boone}} email {{EMAIL:tamilb@silvervalleymail.com}}.
{{NAME:Hollis Grady-Amaechi}}, MD, Pulmonology`,

  `THYROID CLINIC - endocrinology
{{FACILITY:Idaho Falls Endocrine Associates}}          {{DATE:Nov. 6, 2024}}
Pt: {{NAME:Marisol Ketchum-Yazzie}}   MRN {{MRN:IFE-220197}}   45 yo F   PCP Dr. {{NAME:Halverson}}
Referred for Graves' disease. Sx: palpitations, 8 kg wt loss, heat intolerance, tremor. Works swing shift
at {{FACILITY:Snake River Potato Processing}} in {{LOCATION:Rigby}}; lives in {{LOCATION:Fort Hall}} on the {{LOCATION:Fort Hall Reservation}}.
Exam: HR 118, BP 146/70. Diffuse goiter ~50 g with bruit. Lid lag, proptosis (Hertel 21/22 mm), CAS 2/7.
No pretibial myxedema. Fine tremor.
Labs {{DATE:10/28/24}}: TSH <0.01, FT4 4.6 (0.8-1.8), T3 412, TRAb 9.8 IU/L (pos), TPO 340.
RAIU (24 h) 68%, diffuse uptake.
Assessment: Graves' hyperthyroidism with mild Graves' orbitopathy; smoker 1/2 ppd.
Plan: methimazole 20 mg daily, propranolol 20 mg TID; CBC/LFTs baseline (agranulocytosis counseling -
stop if fever/sore throat); selenium 100 mcg BID x 6 mo; ophthalmology Dr. {{NAME:Rasmussen-Yoo}} at
{{FACILITY:Eastern Idaho Eye Institute}}; smoking cessation (Tribal quitline via {{FACILITY:Not-Tsoo Gah-Nee Health Center}}).
Discussed RAI vs surgery later; pt prefers meds. Pregnancy test neg; pt uses IUD.
Labs q4-6 wks. Message via portal; mobile {{PHONE:208-555-0191}}.
{{NAME:Idris Fairweather}}, MD`,

  `PROCEDURE NOTE - COLONOSCOPY
{{FACILITY:Wood River Endoscopy Center}}, {{LOCATION:Hailey}}, ID           {{DATE:2024-08-20 07:42}}
Patient: {{NAME:Lachlan Strathdee-Mora}}   DOB {{DATE:1974-03-02}}   MRN {{MRN:WRE-004418}}
Endoscopist: {{NAME:Yara Haddad-Olsen}}, MD   CRNA: {{NAME:Bjørn Aasen}}   RN: {{NAME:Leticia}}
Indication: screening, age 50; father ({{NAME:Douglas}}) had colon cancer at 58.
Prep: Suprep split dose; Boston Bowel Prep Scale 3-3-2 = 8.
Sedation: propofol (MAC), total 240 mg. ASA II.
Scope: Olympus CF-HQ190L, room 2 scope #14, reprocessed per log.
Findings: cecum reached (appendiceal orifice, ileocecal valve photographed) at 07:51; withdrawal time 11 min.
1. Ascending colon: 12 mm sessile polyp, Paris 0-Is, NICE 2 - cold snare EMR, clip x2.
2. Sigmoid: 4 mm diminutive polyp x2 - cold snare.
3. Sigmoid diverticulosis; small internal hemorrhoids.
Path: jar A ascending, jar B sigmoid, requisition {{ID:WRP-24-55188}}.
Recommendations: await pathology; repeat colonoscopy in 3 years if adenoma (USMSTF); no ASA/NSAID x 5 days.
Ride home with partner {{NAME:Dario Mora}} ({{PHONE:208-555-0112}}). Pt works at {{FACILITY:Sun Valley Lodge}} kitchen - may return tomorrow.
Images saved to ProVation, case {{ID:PV24082000731}}.`,

  `UROLOGY CLINIC
{{FACILITY:Columbia Basin Urology}}, {{LOCATION:Moses Lake}}, WA        {{DATE:Thu, 01/09/2025}}
{{NAME:Abdirahman Warsame}}, 62M, MRN {{MRN:CBU-66102}}; Somali interpreter {{NAME:Hodan Ali}} (in person).
Referred by Dr. {{NAME:Jablonski}} ({{FACILITY:Samaritan Healthcare}}) for PSA 9.4 (was 5.1 in {{DATE:12/2022}}).
Works night shift at {{FACILITY:Grant County Data Center}} (server tech) - wants early-morning appointments.
IPSS 18, QoL 4. Nocturia x3. No hematuria. FHx: brother prostate ca in {{LOCATION:Mogadishu}}.
DRE: 50 g, firm nodule R base, cT2a.
MRI prostate {{DATE:12/30/2024}}: PI-RADS 4 lesion R PZ base, 11 mm; PSA density 0.19.
Plan: MRI-fusion transperineal biopsy (UroNav) {{DATE:1/27/25}}; hold aspirin 5 days; cefazolin ppx.
Consent obtained via interpreter; teach-back confirmed. Tamsulosin 0.4 mg qHS for LUTS.
Wife {{NAME:Faadumo}} and son {{NAME:Mohamed}} present. Son's phone for scheduling {{PHONE:509-555-0153}}.
Insurance: Apple Health (WA Medicaid) ProviderOne {{HEALTH_PLAN:101884723WA}}.
{{NAME:Conrad Whitlatch}}, MD, Urology`,

  `ENT OPERATIVE NOTE (brief)
{{FACILITY:Bozeman Health Deaconess Hospital}} OR 6       {{DATE:04-15-2024}}
Pt: {{NAME:Wren Castellano-Hughes}}, 6 yo F, MRN {{MRN:BDH-7720441}}, wt 21 kg
Surgeon: {{NAME:Fitzgerald Aguirre}}, MD. Anesthesia: Dr. {{NAME:Mbatha}}.
Pre/Post-op dx: obstructive sleep-disordered breathing, adenotonsillar hypertrophy (Brodsky 4+), recurrent AOM.
Procedure: tonsillectomy and adenoidectomy (coblation) with bilateral myringotomy and tubes (42820, 69436).
Findings: 4+ kissing tonsils, 80% adenoid obstruction; mucoid effusion bilat. Tubes: Armstrong beveled
grommet 1.14 mm. EBL 10 mL. No complications.
PSG preop ({{DATE:3/1/24}}, {{FACILITY:Montana Pediatric Sleep Lab}}): oAHI 14.2.
Dispo: overnight obs (age < 3? no; oAHI > 10 -> yes) on continuous pulse ox, peds floor rm 3112.
Meds: acetaminophen 15 mg/kg q6h, ibuprofen 10 mg/kg q6h alternating; ciprofloxacin/dex otic 4 gtt BID x 5 d.
Mom {{NAME:Jessamyn}} and dad {{NAME:Luca Castellano}} updated in family lounge.
School note for {{FACILITY:Hawthorne Elementary}}: out 10 days.
Post-op visit {{DATE:4/29}} with {{NAME:Nell Upshaw}}, PA-C, clinic {{PHONE:406-555-0123}}.`,

  `DERMATOLOGY - skin check
{{FACILITY:Tahoma Dermatology}}, {{ADDRESS:3315 S 23rd St, Bldg C}}, {{LOCATION:Tacoma}} WA {{ZIP:98405}}    {{DATE:5/6/2025}}
{{NAME:Søren Elkjær-Baptiste}}, 57M, MRN {{MRN:TD-90412}}. Commercial salmon troller out of {{LOCATION:Neah Bay}} and {{LOCATION:Sitka}}
(AK) May-Sept; 40 yrs of sun. Hx melanoma in situ L shoulder, excised {{DATE:3/2019}} by Dr. {{NAME:Lindqvist}}.
Total body exam: Fitzpatrick II, innumerable solar lentigines, AKs x14 on scalp/dorsal hands.
Lesion 1: R upper back 7 mm asymmetric macule, 3 colors; dermoscopy: atypical network, regression. Ugly duckling +.
Lesion 2: L nasal ala 5 mm pearly papule with arborizing vessels - likely BCC.
Procedures: shave bx lesion 1 (deep saucerization) and lesion 2; LN2 cryo to 14 AKs (17000, 17003 x13).
Clinical photos taken (lesion close-ups + overview) and stored in ModMed photo module; full-face photo for
Mohs mapping: image {{PHOTO:IMG-TD-90412-0506-03}}.
Path to {{FACILITY:Puget Sound Dermpath}}, accession {{ID:PSD25-11840}}.
Counseling: SPF 50, UPF buff and wide-brim hat on deck, self-exam. Wife {{NAME:Marguerite}} does back checks.
Results via phone {{PHONE:360-555-0179}} (boat satellite phone when at sea: {{PHONE:+1 360 555 0180}}).
{{NAME:Ottilie Brassard-Nkemelu}}, MD, FAAD`,

  `ORTHOPEDIC FOLLOW-UP
{{FACILITY:Coastal Range Orthopedics}} - {{LOCATION:Tillamook}}        {{DATE:8/2/24}}
{{NAME:Chester Olufemi Bright}}, 49M, MRN {{MRN:CRO-3381}}. Dairy farmer, {{FACILITY:Bright Acres Dairy}}, {{ADDRESS:7045 Long Prairie Rd}}.
s/p ORIF R bimalleolar ankle fx {{DATE:6/21/24}} (kicked by a Holstein in the milking parlor).
Wk 6: pain 2/10, wound healed, no erythema. Syndesmosis stable.
XR today: hardware intact (1/3 tubular plate, 2 lag screws medial malleolus), callus bridging, mortise
congruent. Talar tilt normal.
Plan: transition from CAM boot to ASO brace; WBAT; PT at {{FACILITY:Tillamook Physical Therapy}} 2x/wk x 6 wks (ROM,
proprioception, calf strength). Return to milking with steel-toe boots at 10 weeks. No tractor clutch (R foot) x 2 wks.
DVT ppx (aspirin 81 BID) stop now. Vitamin D 25-OH 19 -> D3 2000 IU daily.
Hired hand {{NAME:Aurelio Batz}} covering milking. Disability form for
{{FACILITY:Tillamook County Creamery Cooperative}} insurance completed.
Son {{NAME:Desmond}} ({{PHONE:503-555-0196}}) runs the farm meanwhile.
Next visit {{DATE:9/13/24}} with XR. {{NAME:Juno Takahashi-Breen}}, MD / {{NAME:tlr}}`,

  `POSTPARTUM VISIT - 6 weeks
{{FACILITY:Salish Sea Midwifery & Women's Health}}, {{LOCATION:Bellingham}}        {{DATE:03/14/2025}}
{{NAME:Amara Okonkwo-Lindahl}}, 31 yo G2P2, MRN {{MRN:SSM-41177}}. SVD {{DATE:1/30/25}} at {{FACILITY:PeaceHealth St. Joseph}}, baby girl
{{NAME:Ifeoma}}, 3710 g. 2nd degree lac repaired. EBL 450 mL.
Feeding: exclusively breastfeeding; mild nipple trauma resolved; lactation f/u with {{NAME:Gwen Aldous}}, IBCLC.
EPDS 11 (item 10 = 0). Reports tearfulness, poor sleep; partner {{NAME:Erik Lindahl}} back at work at
{{FACILITY:Cascade Ridge Biotech}}; her mother ({{NAME:Ngozi}}) visiting from {{LOCATION:Enugu}} until April.
Exam: BP 118/72, perineum healed, uterus involuted. Pelvic floor: weak Kegel 2/5 (Oxford).
Contraception: LNG-IUD inserted today (Mirena, lot TU03Y7R); string 3 cm.
Plan: PT pelvic floor ({{FACILITY:Whatcom Pelvic Health}}); PPD - start sertraline 25 mg (compatible w/ breastfeeding),
Perinatal Support WA warmline; recheck EPDS 2 wks. Pap due {{DATE:Oct 2025}}. Tdap given in pregnancy.
Return to work ({{FACILITY:Western Washington University}} library) {{DATE:April 28}} - pumping accommodation letter given.
{{NAME:Clementine Arroyo}}, CNM`,

  `ASTHMA ACTION PLAN (copy for school nurse)
Child: {{NAME:Malakai Fifita-Brown}}   DOB: {{DATE:10/17/2015}}   School: {{FACILITY:Lincoln Elementary}}, {{LOCATION:Hermiston}}   Grade 3
Provider: Dr. {{NAME:Esperanza Lúcar}}, {{FACILITY:Good Shepherd Pediatrics}}   Phone {{PHONE:541-555-0127}}   Date {{DATE:9/5/2024}}
Parent/guardian: {{NAME:Mele Fifita}}  cell {{PHONE:541-555-0128}}; alt: grandpa {{NAME:Sione}} {{PHONE:541-555-0130}}
Severity: moderate persistent. Triggers: wildfire smoke, cold air, cats, viral colds, harvest dust (lives by the
onion sheds on {{ADDRESS:Feedville Rd}}). Personal best peak flow: 260 L/min.
GREEN (peak > 208): Flovent HFA 110 mcg 2 puffs BID with spacer; Montelukast 5 mg qHS. Before PE/recess:
albuterol 2 puffs 15 min prior.
YELLOW (130-208; cough, wheeze, tight chest): albuterol HFA 90 mcg 4 puffs q20 min x 3, then q4h; call office.
RED (< 130; can't talk, retractions, lips blue): albuterol 6 puffs and CALL 911; then call parent.
Self-carry inhaler at school: YES - student demonstrated technique to nurse {{NAME:Carol Dirksen}}, RN.
AQI > 150 days: indoor recess. Flu vaccine given {{DATE:9/5}}.
Signatures: provider {{NAME:E. Lúcar}}, MD; parent {{NAME:M. Fifita}}; school nurse {{NAME:C. Dirksen}}.`,

  `RHEUMATOLOGY NEW PATIENT
{{FACILITY:Mid-Valley Arthritis Center}}, {{LOCATION:Salem}}, OR             {{DATE:June 25, 2024}}
{{NAME:Kalena Jetñil-Rios}}, 34F, MRN {{MRN:MVA-88213}}. Marshallese (from {{LOCATION:Majuro}}); interpreter {{NAME:Lijon Kabua}}.
Works at {{FACILITY:Willamette Valley Hazelnut Growers}} sorting line; lives with 9 relatives on {{ADDRESS:Lancaster Dr NE}}.
Referred by {{FACILITY:Salem Free Clinics}} for polyarthritis, malar rash, hair loss, oral ulcers x 4 months.
Raynaud's in cold packing room. No Sjögren's sicca. Pleuritic chest pain {{DATE:May}}.
Exam: synovitis MCPs 2-3 bilat and wrists; malar rash sparing nasolabial folds; painless palatal ulcer.
Labs: ANA 1:1280 homogeneous; dsDNA 312; C3 62 L, C4 8 L; Smith+, RNP+; CBC: WBC 2.9, plt 118;
UA: 2+ protein, RBC 12/hpf; UPCR 1.1 g/g; Cr 0.9. Hep B sAg neg. TB IGRA neg. G6PD normal.
Dx: SLE (2019 EULAR/ACR score 24) with probable lupus nephritis.
Plan: hydroxychloroquine 300 mg daily (5 mg/kg), prednisone 40 mg taper; renal bx via Dr. {{NAME:Ferreira-Nash}}
({{FACILITY:Salem Nephrology}}); baseline eye exam (OCT) at {{FACILITY:Salem Eye Clinic}}; pneumococcal, flu vaccines.
Compact of Free Association - Medicaid OHP eligible: {{HEALTH_PLAN:OHP-AW88120Q}}. Contraception: Nexplanon.
Call {{PHONE:503-555-0150}} (cousin {{NAME:Neijon}}) for results.
{{NAME:Ambrose Kettleborough}}, MD`,

  `TRANSFUSION SERVICE NOTE
{{FACILITY:Kootenai Health Blood Bank}}            {{DATE:02/02/2025 17:20}}
Pt: {{NAME:Perpetua Ndlovu-Hagen}}  MRN {{MRN:KH-00871045}}  ABO/Rh: A neg. Antibody screen: positive.
Antibody ID: anti-K (Kell) and anti-E; DAT negative. Hx: 3 pregnancies; transfused at {{FACILITY:Groote Schuur Hospital}},
{{LOCATION:Cape Town}}, in 2008 after PPH.
Request: 2 units RBC for Hgb 6.4 (GI bleed), ordering Dr. {{NAME:Strzelecki}}.
Antigen-negative units (K-, E-) located: unit {{ID:W2367 25 044172 Y}} and unit {{ID:W2367 25 044188 U}}
from {{FACILITY:Inland Northwest Blood Center}}; crossmatch (AHG) compatible both.
Issued 1730 and 2010 to RN {{NAME:Takoda Ferris}}. Each over 2-3 h; premedication not required.
Post-transfusion Hgb 8.1. No reaction (vitals stable, no fever, no hemoglobinuria).
Antibody card issued to pt and wallet letter for travel. Notified {{FACILITY:Pregnancy & Newborn Center}} - not pregnant.
Medical director: {{NAME:Isaura Belmonte}}, MD. Technologist: {{NAME:Rufus Kane}}, MLS(ASCP) tech code {{NAME:RK}}.
Pt consent for transfusion signed {{DATE:2/2/25 1655}} (Jehovah's Witness? No).`,

  `ALLERGY/IMMUNOLOGY CONSULT
{{FACILITY:Boise Allergy & Asthma}}, {{ADDRESS:7125 W Emerald St}}, {{LOCATION:Boise}} {{ZIP:83704}}        {{DATE:10/21/2024}}
{{NAME:Cormac Delahunty-Yeo}}, 27M, MRN {{MRN:BAA-55017}}. Referred after anaphylaxis {{DATE:9/22/2024}}: hives, throat
tightness, BP 78/40 ~30 min into a trail run after eating a wheat bagel - treated by {{FACILITY:Ada County Paramedics}},
epi x2, ED {{FACILITY:St. Luke's Meridian}}. Two prior episodes of hives while hiking after pasta in summer 2023.
Works as a UX designer at {{FACILITY:Treefort Digital}}; avid skier at {{FACILITY:Bogus Basin}}.
Testing: SPT wheat 5 mm, omega-5 gliadin sIgE 4.2 kUA/L (elevated); tryptase baseline 4.1; alpha-gal neg.
Dx: wheat-dependent exercise-induced anaphylaxis (WDEIA) (T78.00XA / T78.2).
Plan: no wheat within 4-6 h before exercise; avoid NSAIDs and alcohol before exercise; carry 2 auto-injectors
(Auvi-Q 0.3 mg) and exercise with a partner; medical ID bracelet. Written plan and EpiPen training given.
Sister {{NAME:Niamh}} (also runs) taught epi use. Pt email {{EMAIL:cormac.dy@treefort-digital.example}}.
F/u 6 mo. {{NAME:Yolanda Mwakasege}}, MD`,

  `CHEMOTHERAPY INFUSION NOTE
{{FACILITY:Olympic Peninsula Cancer Center}} - infusion chair 9, {{LOCATION:Sequim}}        {{DATE:Fri 11/08/2024}}
{{NAME:Ignacio "Nacho" Beltrán-Oakes}}, 66M, MRN {{MRN:OPCC-27741}}, metastatic colon adenocarcinoma (KRAS G12D, MSS).
Regimen: FOLFOX + bevacizumab, C6D1. Oncologist Dr. {{NAME:Anastasia Pereira-Quist}}.
Port: R chest Bard PowerPort (SN {{DEVICE:RFV1183204}}), placed {{DATE:6/10/2024}}; + blood return, flushed.
Pre-check: ANC 1.9, plt 142, Cr 0.9, UPCR 0.3, BP 138/84. Grade 1 neuropathy (cold-induced) - continue.
Premeds: ondansetron 16 mg, dexamethasone 12 mg, fosaprepitant 150 mg.
Given: bevacizumab 5 mg/kg = 410 mg; oxaliplatin 85 mg/m2 = 170 mg over 2 h; leucovorin 400 mg/m2;
5-FU 400 mg/m2 bolus; 5-FU 2400 mg/m2 CADD pump x 46 h (pump asset #{{DEVICE:CADD-0447}}).
Disconnect {{DATE:Sun 11/10}} by {{FACILITY:Peninsula Home Infusion}} nurse {{NAME:Marlowe}} at pt's home,
{{ADDRESS:152 Dungeness Meadows Ln}}, {{LOCATION:Sequim}}.
No hypersensitivity. Cold-avoidance education (no iced drinks x 5 d). Retired {{FACILITY:Port Townsend Paper}} mill electrician.
Wife {{NAME:Bernadette}} drives; next cycle {{DATE:11/22}}. Restaging CT after C8.
{{NAME:Sunniva Hjelmstad}}, RN, OCN`,

  `INPATIENT REHAB - weekly team conference
{{FACILITY:St. Luke's Rehabilitation Institute}}, SCI unit, rm 218     Conference {{DATE:7/31/2024}}
Pt: {{NAME:Dakota Ray Whitehorse}}, 23M, MRN {{MRN:SLRI-006631}}. Admit {{DATE:7/12/24}}.
Injury {{DATE:6/29/24}}: dove into the {{LOCATION:Snake River}} near {{LOCATION:Swan Falls}}; C6 AIS B tetraplegia; ACDF C5-7
at {{FACILITY:Saint Alphonsus Regional Medical Center}}.
PT ({{NAME:Ilona Varga}}): sitting balance fair, slide-board with mod A, power chair (Permobil M3) training.
OT ({{NAME:Kai Laulea}}): tenodesis grasp emerging, universal cuff for feeding, U/E MMT biceps 4/5, wrist ext 3/5.
SLP: not needed. Psych (Dr. {{NAME:Benezra}}): adjustment d/o; started on sertraline 50 mg.
Nursing: bowel program with dig stim q evening; bladder - intermittent cath q4-6h by staff. Autonomic dysreflexia
episode {{DATE:7/27}} (BP 182/100) - kinked catheter; resolved.
Social: lives in a trailer at {{ADDRESS:RR 3 Box 118}}, {{LOCATION:Kuna}}, ID {{ZIP:83634}}; not accessible. Mother {{NAME:Tanya Whitehorse}}
({{PHONE:208-555-0193}}). Worked as a ranch hand at {{FACILITY:Owyhee Cattle Company}}. Vocational rehab referral.
Est. discharge {{DATE:8/30/24}} to aunt's house in {{LOCATION:Nampa}} after ramp build (SCI peer {{NAME:Jordy}}).
Attending: {{NAME:Harriet Oyelaran}}, MD, PM&R`,

  `TELEPSYCHIATRY - medication management (video)
{{FACILITY:Cascadia Behavioral Health Virtual Clinic}}        {{DATE:2025-01-23 17:30}} PT
Pt: {{NAME:Ha-eun Seo-Whitaker}}, 29F, MRN {{MRN:CBH-771093}}; located at home in {{LOCATION:Issaquah}}, WA (verified); provider in {{LOCATION:Portland}}, OR (licensed WA {{LICENSE:MD61104882}}).
Employer: {{FACILITY:Larchmont Robotics}} (ML engineer) - on-call weeks worsen sleep.
Dx: bipolar II disorder, current episode depressed; ADHD, combined.
Interval: since lamotrigine reached 200 mg ({{DATE:12/15}}), mood 6/10, no hypomania (ASRM 3). PHQ-9 9 (was 17).
No rash. Sleep 6 h. Stimulant: lisdexamfetamine 30 mg - appetite down, HR 96.
Safety: no SI since {{DATE:Oct 2024}}; safety plan on file; partner {{NAME:Jae-won}} aware. No firearms.
Plan: continue lamotrigine 200 mg; decrease lisdexamfetamine to 20 mg on on-call weeks; CBT-I referral to
Dr. {{NAME:Okafor-Lisle}} offered; pt prefers an app (not covered). Labs: none needed. PDMP reviewed (WA PMP).
Next visit {{DATE:2/20/25}}. If link fails, call {{PHONE:425-555-0170}}. Session link
{{URL:https://telepsych.cascadia-bh.example/v/hsw-5521}} (one-time), connected from {{IP:2601:602:8f80:41a0::1c}}.
{{NAME:Bartholomew Ayodele}}, MD, Psychiatry`,

  `COUNTY CORONER - REPORT OF INVESTIGATION
{{FACILITY:Pacific County Coroner's Office}}, {{LOCATION:South Bend}}, WA          Case {{ID:PCC-2024-0117}}
Decedent: {{NAME:Teodor Ilie Munteanu}}   DOB {{DATE:02/09/1979}}   Age 45   Sex M
Residence: {{ADDRESS:26400 Sandridge Rd, Space 12}}, {{LOCATION:Ocean Park}}, WA {{ZIP:98640}}
Date/time of death: found {{DATE:10/16/2024 0712}}; last seen alive {{DATE:10/15/2024 2230}}.
Place: tidal flats off the {{ADDRESS:Nahcotta boat basin}}, {{LOCATION:Willapa Bay}}. Oyster harvester for {{FACILITY:Willapa Shellfish Partners}}.
Circumstances: skiff found grounded; PFD not worn. Coworker {{NAME:Ryland Pickering}} reported him missing at 0510.
Responding deputy Sgt. {{NAME:Lockhart}}, Pacific County SO, report {{ID:24-10-3318}}.
External: no trauma other than minor abrasions; froth in nares; wrinkling of hands ("washerwoman").
Toxicology ({{FACILITY:Coastal Forensic Toxicology}}): BAC 0.14; THC positive. Autopsy by Dr. {{NAME:Kamalanathan}}, forensic
pathologist, {{DATE:10/17/2024}}: findings consistent with drowning; coronary atherosclerosis 60% LAD.
Cause: drowning. Manner: accident. Next of kin: wife {{NAME:Irina Munteanu}} ({{PHONE:360-555-0145}}); mother in {{LOCATION:Iași}}, Romania.
Vehicle at the dock: Ford F-150, plate {{VEHICLE:C47219K}}, released to family.
Investigator: {{NAME:Delaney Kruse-Ochieng}}, D-ABMDI`,

  `SNF TO HOSPITAL TRANSFER FORM (INTERACT)
From: {{FACILITY:Cedar Hollow Care & Rehabilitation}}, {{ADDRESS:901 N 5th St}}, {{LOCATION:Livingston}}, MT {{ZIP:59047}}, nurse station {{PHONE:406-555-0108}}
To: {{FACILITY:Livingston HealthCare}} ED           Date/time: {{DATE:03/02/2025 21:10}}
Resident: {{NAME:Augustina Pfeiffer-Rolle}}   Age {{AGE:91}}   DOB {{DATE:12/19/1933}}   Room 22B   Facility ID {{MRN:CH-1098}}
Medicare {{HEALTH_PLAN:7TR2-KW5-AD61}}; Medicaid MT {{HEALTH_PLAN:MT008812740}}.
Code status: DNR, POLST attached (signed {{DATE:11/4/2023}}). Hospitalize: yes, limited interventions.
Reason: SpO2 84% RA, RR 28, T 101.2, new confusion; cough x2 days. Possible aspiration at supper (pureed diet).
Baseline: oriented to self, walks with walker + 1 assist, BIMS 9. Hard of hearing - speak into R ear.
Dx: HFpEF, CKD 3b, hypothyroid, Parkinson's (mild), osteoporosis w/ T12 compression fx.
Meds sent (MAR attached): furosemide 20, levothyroxine 75 mcg, carbidopa/levodopa 25/100 TID, donepezil 5,
alendronate weekly (Sun), acetaminophen. Allergies: codeine (N/V).
Last BM {{DATE:3/1}}. Foley: no. Stage 2 PI R heel.
Contacts: son/HCPOA {{NAME:Werner Pfeiffer}} {{PHONE:406-555-0184}}; granddaughter {{NAME:Liesl}} (RN at {{FACILITY:Bozeman Health}}).
Sending nurse: {{NAME:Odette Nwachukwu}}, LPN. Physician notified: Dr. {{NAME:Brekkestad}} 2050.`,

  `Letter received by mail, scanned to chart {{DATE:4/22/2024}} - {{FACILITY:Colville Tribal Health Clinic}}, {{LOCATION:Nespelem}}

dear dr. {{NAME:amundsen}} and nurse {{NAME:becky}},
this is {{NAME:loretta sam-charley}} (DOB {{DATE:6-30-1951}}), i live at {{ADDRESS:PO box 77}} in {{LOCATION:keller}} now, moved from my
daughter {{NAME:wanda}}'s place in {{LOCATION:omak}} after the fire last summer. my phone is the same {{PHONE:509 555 0199}}.
i want to say thank you for helping me with my sugar. my A1c was 7.1 at the {{DATE:march 28}} visit and my
feet are better since i got the shoes from {{FACILITY:coulee medical}}. the new pills (jardiance 10) make me
pee a lot at night, is that ok? also the {{FACILITY:sanpoil ride}} van did not come on {{DATE:april 9th}} so i missed eye doctor
at {{FACILITY:lake roosevelt eye care}} - can you set it up again, maybe a thursday, my grandson {{NAME:tristan}} can drive then.
i still go to elders lunch at the {{FACILITY:keller community center}} tuesdays. i need refills on lisinopril 10 and
my glucometer strips (one touch verio). my medicare card number is {{HEALTH_PLAN:2PX9-MM4-JT07}} if you need it.
god bless,
{{NAME:loretta}}

[clinic note {{DATE:4/23/24}} {{NAME:RB}}: called pt, refills sent to {{FACILITY:Grand Coulee Pharmacy}}, eye appt rescheduled {{DATE:5/16}}]`,
];

export const HELDOUT_REALISTIC_22_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout22-${i + 1}`, n));
