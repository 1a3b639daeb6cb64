// A twenty-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns, islands, counties
// and cities are real places used only as LOCATION). Its flavour is health care in California,
// Hawaii, Alaska and the Pacific Islands: Native Hawaiian, Samoan, Chamorro, Marshallese, Filipino,
// Chinese, Korean, Japanese, Vietnamese and Alaska Native (Yup'ik, Inupiat) names, including names
// written with the okina and macrons (Kealoha, Kekauluohi, Pōhaku); Alaska villages reached by air,
// tribal health corporations and village clinics staffed by community health aides, medevac
// flights with aircraft tail numbers, interisland transfers, Honolulu and Anchorage hospitals and
// their abbreviations and wards, Bay Area and Central Valley clinics, farmworker and tech-company
// employers, notes of a large integrated health system, telehealth visits with video links and IP
// addresses in audit footers, patient-portal messages, interpreter notes, home health, SNF
// transfers, referral letters, ultrasound and echo reports, medication reconciliation and
// behavioral health. Case is mixed on purpose: Title case, ALL CAPS and lower-case shorthand.
// Look-alike non-PHI is everywhere: eponyms (Kawasaki, Hashimoto, Hansen's, Foley, Apgar, Glasgow,
// Murphy), drug names and doses, lab values, scores, device and aircraft models, lot and NDC
// numbers, rooms and beds, CPT/ICD codes, years and weekdays alone, clock times, ages of 89 and
// under, languages, states, territories and countries (Guam, American Samoa, Marshall Islands).
// Shapes: village-clinic encounters, medevac run sheets, transfer forms, telehealth notes, portal
// threads, interpreter notes, echo/ultrasound reports, med recs, H&Ps, ALL CAPS discharge
// summaries, ED notes, consults, home health and SNF forms, referral and fax letters, prior-auth,
// case-management, behavioral-health, OB, pediatric and occupational-health notes, and one
// MIMIC-style [** **] placeholder summary.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles,
// credentials and role labels (Dr., Mr., Ms., RN, CHA/P, PA-C, MD, Rev., Fr., Deacon, Kahu) stay
// outside NAME spans, and so do kin and respect terms used as titles (Aunty, Uncle, Tūtū, Lola,
// Aana); the okina and macrons are part of the name they are written in; "Baby Boy"/"Baby Girl"
// stay outside NAME spans; a time attached to a full date is part of it; a weekday written with a
// date is part of it; a year alone, a season with a year, a weekday alone, clock times alone, ages
// of 89 and under, states, territories (Guam, American Samoa, CNMI) and countries are not PHI;
// a month alone (April, sept-oct) is DATE like any other date element; foreign provinces were
// avoided (cities abroad only); ages of 90 and over are AGE; payers and
// government programs (Medi-Cal, Medicaid, QUEST, IHS/PRC, Denali KidCare, VA, TRICARE) and state
// or federal agencies (DOH, CHP, state lab, CDC) are not PHI, nor is a payer's fax line;
// hospitals, their abbreviations and named wards, clinics (a village clinic named after its
// village is one FACILITY span), tribal health corporations, integrated health systems,
// air-medical and air-taxi operators, interpreter, home-care and transport agencies, SNFs, care
// homes, hotels, pharmacies, schools, churches, prisons and employers are FACILITY; towns,
// villages, islands, atolls, neighborhoods, counties, boroughs and cities abroad are LOCATION;
// street addresses and PO boxes (with unit) are ADDRESS, and so is a highway spot where a person
// was; aircraft tail numbers and licence plates are VEHICLE; patient device serials are DEVICE
// (device models are not); video-visit links that point at one patient or visit are URL;
// audit-footer addresses are IP; insurer and Medicaid/Medicare member numbers are HEALTH_PLAN;
// billing, encounter-billing and workers'-comp claim numbers are ACCOUNT; NPI, state licences and
// driver's licences are LICENSE; accession, order, referral, authorization, interpreter, badge and
// employee numbers, tribal enrollment numbers, passport numbers, video-session ids and audit user
// ids are ID; short pagers and extensions are PHONE; typist initials are NAME; lot, NDC, CLIA and
// trial numbers, a lot's expiry date, an agency's Medicare provider number and a telehealth cart id
// are not PHI. MIMIC-style [** **] placeholders are annotated over their whole content (brackets
// outside), typed by what they stand for.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9242 / 0.9333; pass-11 engine (789a1c5) 0.9490 / 0.9248; pass-12 final engine (22820de, the same output as
// 978114a) 0.9582 / 0.9282. It arrived after pass 13 had begun on the misses of sets 25-27: that engine
// (committed as 4dada65, never tuned on this set) scored 0.9627 / 0.9285.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 village clinic CHA encounter -> medevac
  `{{FACILITY:KTHC}} COMMUNITY HEALTH AIDE ENCOUNTER - {{FACILITY:Kwigillingok Village Clinic}}
Pt: {{NAME:ANAVER, MAGGIE N}}   DOB: {{DATE:02/11/1961}}   Chart#: {{MRN:KT-0448127}}
Date/time: {{DATE:01/07/2025 0215}}    CHA/P: {{NAME:Evelyn Kanrilak}}, CHP II

CC: "chest pressure since supper"  63 yo F
S: heaviness L chest -> jaw x 2 hr, worse walking back from steambath. Daughter {{NAME:Rosalie}} interpreting (Yugtun). Hx HTN, T2DM (A1c 8.9 last fall), smokes 1/2 ppd. No prior cath.
O: BP 168/94  HR 104  RR 22  SpO2 91% RA  BG 244
12-lead sent by telemed cart to {{FACILITY:KRH}} ER {{LOCATION:Bethel}}, read by Dr. {{NAME:T. Okakok}}: ~2mm STE II, III, aVF.
A/P per ER doc: ASA 324 mg chewed, NTG 0.4 SL x1, O2 2L NC, IV not obtained (2 attempts). MEDEVAC requested 0232.
Wx: ceiling 600 ft, freezing fog, strip lights out -> used truck headlights.
{{FACILITY:Aurora Borealis Air Medical}} King Air 200 tail {{VEHICLE:N722TH}} launched 0340, wheels down 0418. Handoff to flight RN {{NAME:Dale Hopson}} 0431.
Plan: {{FACILITY:KRH}} -> {{FACILITY:Chugach Heights Medical Center}} ({{FACILITY:CHMC}}) {{LOCATION:Anchorage}} for cath lab.
Son {{NAME:Walter Anaver}} notified at VHF / home ph {{PHONE:(907) 555-0148}}.
Signed {{NAME:E. Kanrilak}} CHP II / reviewed PA-C {{NAME:Marcus Nanalook}} {{DATE:1/7/25}}`,

  // 2 interisland transfer form
  `INTERFACILITY TRANSFER / EMTALA CERTIFICATION
Sending facility: {{FACILITY:Hale Hoʻōla Molokaʻi}} ER   Receiving: {{FACILITY:Kapuāiwa Medical Center}} ({{FACILITY:KMC}}), {{LOCATION:Honolulu}}
Patient: {{NAME:Keoni P. Kekauluohi}}   Age: 58   MRN (sending): {{MRN:HHM-220931}}
Date: {{DATE:Sun 8/3/2025 2140}}

Reason for transfer: upper GI bleed, Hgb 13.1 -> 7.4 over 4 hrs, 2 u PRBC given here (only 4 u O neg on island). Needs EGD, no GI coverage on {{LOCATION:Molokaʻi}} after hours.
Accepted by: Dr. {{NAME:Aiko Fujimoto}} (hospitalist) via {{FACILITY:KMC}} transfer center {{PHONE:808-555-0119}} @ 2205, bed {{FACILITY:Makai 6}} step-down, Rm 612B.
Mode: fixed wing, {{FACILITY:Pueo Air Ambulance}} PC-12 tail {{VEHICLE:N38PK}}, RN/RT crew.
Vitals at departure: BP 102/61, HR 112, on pantoprazole 80 mg IV bolus then 8 mg/hr, octreotide not given.
Records sent: face sheet, MAR, labs, EKG, consent (signed by pt). Family: wife {{NAME:Malia Kekauluohi}} {{PHONE:(808) 555-0163}} will fly commercial in AM.
Home: {{ADDRESS:2250 Kamehameha V Hwy}}, {{LOCATION:Kaunakakai}}, HI {{ZIP:96748}}
Physician certification: benefits outweigh risks.  ____ Dr. {{NAME:Kaleo Nāone}}, MD   {{DATE:08/03/2025}} 2215`,

  // 3 telehealth visit with video link and audit footer
  `{{FACILITY:BAYSHORE INTEGRATED HEALTH}} - VIDEO VISIT (Hepatology)
Patient: {{NAME:Tran, Minh Duc}}   MRN {{MRN:0021-774-519}}   DOB {{DATE:1974-06-30}}
Visit date: {{DATE:2024-11-19}}   Provider: {{NAME:Grace Lum}}, NP   Location of provider: {{FACILITY:BIH San Leandro Medical Offices}}
Pt location: home, {{LOCATION:Milpitas}} CA (confirmed verbally). Consent for video visit obtained.
Link: {{URL:https://video.bayshoreih.org/join/vv-83KQ2X7M}}
Interpreter: Vietnamese, remote, {{NAME:Lan Huynh}} ID# {{ID:40418}} ({{FACILITY:CrossBay Language Services}})

S: f/u chronic hep B, HBeAg neg, on entecavir 0.5 mg daily since 2019. Reports good adherence, occasional missed dose during night shifts at {{FACILITY:Veridian Semiconductor}} fab (cleanroom tech). No jaundice, no RUQ pain. Mother died of liver ca in {{LOCATION:Cần Thơ}}.
O: video - alert, no scleral icterus visible. Labs {{DATE:11/12}}: ALT 22, HBV DNA <10 IU/mL, AFP 3.1, plt 212.
US liver {{DATE:Oct 2024}}: no focal lesion.
A/P: CHB, virally suppressed. Continue entecavir. HCC surveillance US + AFP q6mo (next ~{{DATE:May 2025}}). Screen wife + 2 kids - orders placed. Hep A immune.
RTC video 6 mo. Total time 22 min.
--
Audit: session {{ID:vv-83KQ2X7M}} opened 10:02 from {{IP:10.88.14.203}}; patient endpoint {{IP:73.158.41.9}}; user {{ID:glum07}}`,

  // 4 patient portal thread
  `{{FACILITY:BIH}} MyHealth Portal - Message thread  (Re: Lola's sugar readings)
From: {{NAME:Jerome Dela Cruz}} (proxy for {{NAME:Dela Cruz, Remedios A.}}, MRN {{MRN:0019-552-806}})
Sent {{DATE:03/02/2025}} 7:48 PM
hi Dr {{NAME:Agbayani}}, Lola's fingersticks have been high this week, 280s in the morning, one 312 on Saturday after the baptism party lol. She is taking the glipizide 5mg but says the metformin makes her stomach sick so she skips it. Also her feet are swelling. Should we bring her in? I work at {{FACILITY:Sunvale Packing}} in {{LOCATION:Delano}} so only free after 4. you can text me at {{PHONE:661-555-0127}} or email {{EMAIL:jdelacruz.88@mailbox.example.com}}
Thanks, {{NAME:Jerome}}

Reply - {{NAME:Ramon Agbayani}}, MD   {{DATE:03/03/2025}} 8:15 AM
Hi {{NAME:Jerome}}, thank you for the log. Please don't stop the metformin on your own - we can switch her to the extended-release (Glumetza-type) which is easier on the stomach. I'd like to see her this week because of the leg swelling. My MA {{NAME:Cherry}} will call to book Thursday 4:30. If she has chest pain or trouble breathing go to {{FACILITY:BIH Bakersfield ED}}.
- Dr. {{NAME:A.}}

Reply - {{NAME:Jerome Dela Cruz}} {{DATE:3/3/25}} 9:02 AM
ok salamat po doc. Thurs works.`,

  // 5 echo report
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Kapuāiwa Medical Center}} - Heart Institute Echo Lab
Name: {{NAME:LAKMEJ, JOSEPHINE}}     MRN: {{MRN:K00917342}}     DOB: {{DATE:09/22/1996}}
Study date: {{DATE:04/15/2025}}   Accession: {{ID:ECH2504150031}}   Location: OP
Referring: {{NAME:Noelani Kahananui}}, MD   Sonographer: {{NAME:RK}}   Reader: {{NAME:Daniel S. Oshiro}}, MD
Indication: rheumatic heart disease, dyspnea NYHA II, pregnancy planning. Hx RF age 11 in {{LOCATION:Majuro}}, on monthly Bicillin L-A until 2019.
Ht 152 cm  Wt 61 kg  BSA 1.58  BP 112/70  HR 88 NSR
Image quality: good. Philips EPIQ CVx.

FINDINGS
LV: normal size, LVEF 58% (biplane Simpson). No RWMA.
LA: moderately dilated, LAVI 46 mL/m2.
MITRAL: thickened anterior leaflet with "hockey stick" deformity, restricted posterior leaflet. Mean gradient 9 mmHg at HR 88, MVA 1.3 cm2 by PHT. Mild MR.
AORTIC: trileaflet, mild AI. No AS.
TRICUSPID: mild TR, RVSP 48 mmHg.
Pericardium: no effusion.

IMPRESSION
1. Moderate-severe rheumatic mitral stenosis (Wilkins score 8) - favorable for PMBV.
2. Mild pulmonary HTN.
Compared to {{DATE:06/2022}} study: MVA was 1.7.
Recommend structural heart referral before conception.
e-signed {{NAME:D. Oshiro}} MD {{DATE:04/15/2025 16:42}}`,

  // 6 farmworker heat illness clinic note
  `{{FACILITY:Westside Valley Farmworker Health Center}} - {{LOCATION:Huron}} site
WALK-IN / OCC HEALTH      {{DATE:7/22/2024}}
pt {{NAME:Rodel Pascua}} 47M, DOB {{DATE:5/9/1977}}, acct {{ACCOUNT:WV-3310482}}
employer: {{FACILITY:Ilocos Brothers Vineyards}} (crew lead {{NAME:Nestor Macaraeg}} brought him in, ph {{PHONE:559-555-0171}})

CC dizzy, cramps, vomited x2 in field ~1330, temp outside 108F. Was picking grapes since 0500, shade tent "far", drank "2 bottles" water. No syncope. Pt speaks Ilocano + English, prefers Ilocano for details - crew lead interpreted (pt ok with this).
PMH: HTN on HCTZ 25mg (!), gout. NKDA.
exam: T 38.4 oral, HR 118, BP 98/60 orthostatic drop to 84/52 standing. skin hot moist. Mentating fine, GCS 15. Cramping bilat calves.
labs POC: Na 131, K 3.2, BUN 38, Cr 1.6 (baseline 0.9 in {{DATE:Feb}}), CK 2,240, UA dark, 1+ blood no RBC.
dx heat exhaustion w/ AKI, early rhabdo.
tx: 2L NS, ice packs axilla/groin, ondansetron 4mg ODT. Recheck HR 96, Cr pending.
-> transfer to {{FACILITY:Fresno Valley Regional}} ED for CK trend + IVF. Ambulance {{FACILITY:Westside EMS}} unit 14.
Hold HCTZ. Cal/OSHA heat illness report form given to employer.
{{NAME:Alma Reyes}}, FNP-C   cc: {{NAME:LB}}`,

  // 7 behavioral health - suicide risk assessment, Inupiat youth
  `BEHAVIORAL HEALTH - SUICIDE RISK ASSESSMENT (C-SSRS) / SAFETY PLAN
Clinic: {{FACILITY:Northwest Arctic Tribal Behavioral Health}}, {{LOCATION:Kotzebue}}
Client: {{NAME:Tagarook, Jesse}}   DOB {{DATE:10/03/2008}}   ID {{MRN:NA-88213}}
Date of service: {{DATE:Feb 12, 2025}}   Clinician: {{NAME:Ruth Ahgeak}}, LCSW   Mode: tele from {{LOCATION:Noatak}} clinic

16 yo Inupiaq male referred by school counselor at {{FACILITY:Napaaqtugmiut School}} after posting "tired of everything" on social media. Cousin died by suicide last spring. Sleeping 3-4 hr, quit basketball.
C-SSRS: passive ideation past month yes; active ideation w/o plan yes; no intent; no prior attempts; no preparatory behavior. Access: family has rifles for hunting -> bolts now kept at uncle {{NAME:Frank Tagarook}}'s house, confirmed by phone.
Protective: grandparents, subsistence camp in summer, wants to be a pilot.
Risk: moderate. Not meeting criteria for medevac/psych admit.
Safety plan completed with client + Aana {{NAME:Hannah Tagarook}}: warning signs, coping (drumming, call cousin), contacts - BHA {{NAME:Silas Kaleak}} {{PHONE:907-555-0186}}, 988, clinic after-hours {{PHONE:907-555-0103}}.
F/u: BHA daily check-in x 1 wk, tele f/u {{DATE:2/14}}.
{{NAME:R. Ahgeak}} LCSW`,

  // 8 med rec, 92-year-old, Hilo
  `MEDICATION RECONCILIATION - ADMISSION
{{FACILITY:Hilo Bayfront Medical Center}}  Unit: {{FACILITY:Waiākea 3}}   Bed 312-2
Pt: {{NAME:Higa, Shizue}}   {{AGE:92}} y/o F   MRN {{MRN:HB-4401177}}   Adm {{DATE:06/18/2025}}
Source: pt's daughter {{NAME:Carol Higa-Matsuda}} (brought pill box), {{FACILITY:Puainako Drug}} fill hx, PCP list from Dr. {{NAME:Stanley Kaneshiro}}

HOME MED                    DOSE/FREQ          ACTION
amlodipine                  5 mg daily         continue
losartan                    50 mg daily        HOLD (AKI, Cr 1.9)
donepezil                   10 mg qhs          continue
furosemide                  20 mg qAM          HOLD
levothyroxine (Hashimoto's) 50 mcg daily       continue
meloxicam                   7.5 mg daily       STOP - NSAID w/ AKI
calcium + D                 600/400 BID        continue
"noni juice"                ~4 oz daily        hold - K 5.6
OTC diphenhydramine         25 mg prn sleep    STOP (Beers)

Discrepancies: pill box had old dose of amlodipine 10 mg; daughter says Dr. {{NAME:Kaneshiro}} lowered it in {{DATE:April}}. Verified with pharmacy {{PHONE:808-555-0131}}.
Allergies: sulfa (rash), shellfish? (daughter unsure).
Completed by {{NAME:Lisa Yamashita}}, PharmD  {{DATE:6/18/25}} 1420`,

  // 9 SNF transfer
  `SKILLED NURSING FACILITY TRANSFER ORDERS / INTERAGENCY REFERRAL
From: {{FACILITY:BIH Oakland Medical Center}} - {{FACILITY:Harbor 4 West}} stroke unit
To: {{FACILITY:Eden Gardens Post-Acute}}, {{ADDRESS:20455 Mission Blvd, Bldg B}}, {{LOCATION:Hayward}} CA {{ZIP:94541}}  ph {{PHONE:510-555-0158}} fax {{FAX:510-555-0159}}
Resident: {{NAME:Faleolo, Tavita S.}}  DOB {{DATE:11/30/1958}}  MRN {{MRN:0007-311-246}}
Medicare MBI {{HEALTH_PLAN:4TW7-KE2-MN83}}
D/C date: {{DATE:09/09/2024}}

Dx: L MCA ischemic stroke ({{DATE:8/31/24}}) s/p tPA, R hemiparesis, expressive aphasia; T2DM; gout; OSA on CPAP (own machine, ResMed AirSense 10 SN {{DEVICE:23184471902}}).
Functional: mod A transfers, NIHSS 6 at d/c, PT/OT/SLP 5x/wk. Dysphagia diet IDDSI 6, thin liquids ok.
Foley removed day 3, voiding. Braden 16.
Code: FULL. Decision maker: wife {{NAME:Lupe Faleolo}} {{PHONE:(510) 555-0190}}; pt prefers Samoan, son {{NAME:Iosefa}} helps but use certified interpreter for consent.
Meds: see attached MAR (atorvastatin 80, ASA 81, clopidogrel 75 x 21d - stop {{DATE:9/21}}, allopurinol 100, insulin glargine 14 u).
F/u: Neuro Dr. {{NAME:Yoon}} 4 wk; PCP Dr. {{NAME:Sapolu}}.
Church pastor Rev. {{NAME:Tuiasosopo}} may visit - family request.
Discharging MD {{NAME:Priya Menon}}  / CM {{NAME:jw}}`,

  // 10 referral letter Guam -> Honolulu
  `{{FACILITY:Marianas Oncology Associates}}
{{ADDRESS:612 Route 4, Suite 201}}, {{LOCATION:Hagåtña}}, Guam {{ZIP:96910}}
Tel {{PHONE:(671) 555-0142}} | Fax {{FAX:(671) 555-0143}}

{{DATE:January 28, 2025}}

Dr. {{NAME:Melissa Chun}}
Gynecologic Oncology, {{FACILITY:Kapuāiwa Medical Center}}
{{LOCATION:Honolulu}}, HI

RE: {{NAME:Rosa Taitano San Nicolas}}   DOB {{DATE:04/17/1967}}   Our chart {{MRN:MOA-19077}}
Off-island referral #{{ID:OIR-25-0311}}

Dear Dr. {{NAME:Chun}},

Thank you for seeing Mrs. {{NAME:San Nicolas}}, a 57-year-old Chamorro woman from {{LOCATION:Yigo}} with postmenopausal bleeding since {{DATE:October}}. Endometrial biopsy {{DATE:12/30/24}} (path {{ID:S24-8816}}): grade 3 endometrioid adenocarcinoma. CT CAP {{DATE:1/14/25}}: bulky uterus, 1.8 cm L external iliac node, no distant disease. CA-125 64.
PMH: T2DM, HTN, BMI 39. Betel nut chewer x 40 yrs. Mother had "lytico" (ALS-PDC).
She is not a candidate for surgery on island (no gyn onc on Guam). TRICARE/Medicaid MIP coverage via off-island program; her daughter {{NAME:Therese Aguon}} ({{PHONE:671-555-0198}}) will travel with her.
Please contact me with any questions.

Si Yu'os ma'åse',
{{NAME:Vicente L. Camacho}}, MD
encl: path, CT report, labs`,

  // 11 medevac flight record
  `AIR MEDICAL TRANSPORT RECORD          {{FACILITY:Polar Star Medevac}}   Base: {{LOCATION:Kotzebue}}
Trip #: {{ID:PSM-25-01187}}   Date: {{DATE:03/29/2025}}   Aircraft: Learjet 35A  Tail: {{VEHICLE:N911PS}}
Crew: RN {{NAME:K. Brower}} / Medic {{NAME:Josh Kunuknana}} / PIC {{NAME:R. Sheldon}}
Pick-up: {{LOCATION:Point Hope}} airstrip (pt brought by village clinic truck from {{FACILITY:Tikiġaq Clinic}})
Destination: {{FACILITY:CHMC}} Trauma, {{LOCATION:Anchorage}}  - accepted Dr. {{NAME:Hyun-woo Seo}}

Pt: {{NAME:Ipalook, Daniel}}  34 M  DOB {{DATE:8-14-1990}}  Wt ~80 kg
MOI: snowmachine vs pressure ridge ~40 mph, no helmet, found by cousin ~2 hr after. Ambient -31F.
TIMES   dispatch 1412 | wheels up {{LOCATION:Kotzebue}} 1440 | on scene 1535 | pt contact 1541 | depart 1622 | arrive {{LOCATION:Anchorage}} 1905 | handoff 1931
Primary: A patent, c-collar; B RR 24, decreased BS L; C HR 126 BP 94/58; D GCS 13 (E3V4M6); E core T 33.9C
Findings: L chest wall crepitus, L femur deformity, abd soft.
Interventions: L needle decompression 2nd ICS MCL 1550 (rush of air), TXA 1 g, 2 u LTOWB, traction splint, Bair Hugger, fentanyl 50 mcg x3.
Trend: BP 108/70 after blood. SpO2 89 -> 96 NRB.
Family: wife {{NAME:Edna Ipalook}}, VHF relay via clinic {{PHONE:907-555-0112}}; told to call {{FACILITY:CHMC}} social work.
Billing: {{ACCOUNT:PSM-AR-558120}}   coverage Medicaid / IHS PRC
Signature: {{NAME:Kimberly Brower}}, RN, CFRN  {{DATE:3/29/25 2010}}`,

  // 12 ALL CAPS discharge summary
  `DISCHARGE SUMMARY
{{FACILITY:PALOLO VALLEY MEDICAL CENTER}} - {{FACILITY:EWA TOWER 7}}
PATIENT: {{NAME:FUIMAONO, SIONE T}}     MRN: {{MRN:PV0082276}}     ACCT: {{ACCOUNT:400118827715}}
ADMIT: {{DATE:05/02/2025}}     DISCHARGE: {{DATE:05/07/2025}}
ATTENDING: {{NAME:GRACE CHANG}}, MD     PCP: {{NAME:TAUALOFA LEOTA}}, MD ({{FACILITY:KALIHI UKA FAMILY HEALTH CENTER}})

DIAGNOSES: 1. ACUTE POLYARTICULAR GOUT FLARE (L KNEE, R 1ST MTP, L WRIST) 2. R LOWER EXTREMITY CELLULITIS 3. CKD 3B 4. OBESITY BMI 48 5. T2DM, A1C 9.4

HOSPITAL COURSE: 41 YO SAMOAN MALE PRESENTED WITH 3 DAYS OF JOINT PAIN AND FEVER AFTER A FAMILY FA'ALAVELAVE (FUNERAL) WITH HEAVY PORK AND TURKEY TAIL INTAKE. ARTHROCENTESIS L KNEE: NEGATIVELY BIREFRINGENT CRYSTALS, WBC 42K, GRAM STAIN NEG, CX NO GROWTH. RLE ERYTHEMA TREATED WITH CEFAZOLIN 2 G Q8H -> CEPHALEXIN. PREDNISONE 40 MG TAPER (COLCHICINE LIMITED BY EGFR 38). URIC ACID 11.2. ALLOPURINOL STARTED AT 50 MG AFTER HLA-B*58:01 NEGATIVE. SUGARS 200-380 ON STEROIDS, BASAL-BOLUS INSULIN.

DISPOSITION: HOME WITH WIFE {{NAME:LOLOMA}} TO {{ADDRESS:1418 KAUMUALII ST, APT 9}}, {{LOCATION:HONOLULU}} {{ZIP:96817}}.
FOLLOW-UP: DR. {{NAME:LEOTA}} IN 1 WK; RHEUM DR. {{NAME:NAKAMURA}} {{DATE:6/3}}.
WORK NOTE: OFF UNTIL {{DATE:05/19/2025}} ({{FACILITY:HONOLULU HARBOR STEVEDORES}}).

DICTATED BY: {{NAME:G. CHANG}}, MD   D: {{DATE:05/07/2025 11:40}}   T: {{DATE:05/07/2025 15:02}}   JOB {{ID:884120}} / {{NAME:mkp}}`,

  // 13 interpreter note, Marshallese
  `INTERPRETER SERVICES NOTE
{{FACILITY:Kona Coast Community Hospital}}  - Language: Marshallese (Kajin Majōl)
Date: {{DATE:10/08/2024}}   Time: 13:15-14:05   Encounter type: informed consent + discharge teaching
Interpreter: {{NAME:Alson Jetnil}}, CHI, staff interpreter #{{ID:KCH-INT-022}}
Patient: {{NAME:Riklon, Neijon}}   MRN {{MRN:KC00551290}}   Location: Med/Surg Rm 218

Provider(s): Dr. {{NAME:Brandon Akana}} (gen surg), RN {{NAME:Tiare Makoa}}
Session summary: interpreted consent for laparoscopic cholecystectomy (Murphy sign +, US with stones and wall thickening). Patient asked about being awake and about blood - she and her husband are Assembly of God and will accept blood. Teach-back done for NPO after midnight.
Cultural note: patient deferred to her husband {{NAME:Kaiboke Riklon}} and older sister for the decision; provider allowed family discussion time (~10 min). Patient says she was born on {{LOCATION:Ebeye}} and moved to {{LOCATION:Kailua-Kona}} in 2016 under COFA; works at {{FACILITY:Kona Bay Macadamia}} processing.
Sister's phone for updates: {{PHONE:808-555-0107}} (patient consents).
Concerns: family asked if surgery is related to "bomb poison" - referred question to Dr. {{NAME:Akana}}, who explained gallstones are common and not from radiation.
Interpreter certification: I interpreted accurately and completely.  {{NAME:A. Jetnil}}  {{DATE:10/8/24}}`,

  // 14 home health visit
  `{{FACILITY:Wilshire Hanmaum Home Health}}  -  SKILLED NURSING VISIT NOTE
Patient: {{NAME:Kim, Soon-ja}}      SOC: {{DATE:1/6/2025}}     Visit: {{DATE:1/22/2025}}  09:10-10:05
Address: {{ADDRESS:3350 W 8th St, Unit 412}}, {{LOCATION:Los Angeles}}, CA {{ZIP:90005}}  ({{LOCATION:Koreatown}}, buzz 412)
MR#: {{MRN:WHH-25-0017}}   Medicare {{HEALTH_PLAN:8HJ2-Y61-RT44}}
Physician: Dr. {{NAME:David Choi}}   ph {{PHONE:213-555-0174}}  fax {{FAX:213-555-0175}}

Dx: CHF w/ reduced EF (EF 30%), HTN, DM2, s/p fall.
Vitals: BP 128/76 HR 72 irregular? -> apical 74 regular w/ ectopy. SpO2 95% RA. Wt 118.4 lb (was 115.0 on {{DATE:1/15}}) - 3.4 lb gain!
+2 pitting edema bilat ankles, crackles bases. Denies CP. Orthopnea 2 pillows -> now 3.
Meds: pt reports taking furosemide 20mg "only when swelling"; son {{NAME:James Kim}} sets up weekly pill box but traveled to {{LOCATION:Seoul}} last wk.
Teaching: daily weights, low sodium (kimchi, ramyeon broth!), call if gain >2 lb/day. Korean handout given; teach-back w/ pt in Korean via RN (fluent).
Called Dr. {{NAME:Choi}} office 09:48, spoke to {{NAME:Mina}} RN: new order furosemide 40mg daily x 3 days then 20mg daily, BMP Fri.
Next visit {{DATE:1/24}}. 
{{NAME:Eunice Park}}, RN   e-sig {{DATE:01/22/2025 10:31}}`,

  // 15 OB ultrasound report
  `OBSTETRIC ULTRASOUND - DETAILED ANATOMY (76811)
{{FACILITY:South Bay Perinatal Imaging}}, {{ADDRESS:2575 Samaritan Dr, Ste 310}}, {{LOCATION:San Jose}} CA {{ZIP:95124}}
Patient: {{NAME:PHAM THI NGOC ANH}}   DOB: {{DATE:12/03/1992}}   MRN: {{MRN:SBP-772014}}
Exam date: {{DATE:08/20/2024}}   GA by LMP ({{DATE:03/14/2024}}): 22w5d   EDD {{DATE:12/19/2024}}
Referring: {{NAME:Julie Vo}}, CNM   Sonographer: {{NAME:Tammy Liang}}, RDMS   Voluson E10

Single live IUP, cephalic. FHR 148 bpm.
Biometry: BPD 5.4 cm  HC 20.1  AC 17.6  FL 3.9  -> EFW 494 g (41st %ile)
Placenta: anterior, no previa (edge 4.2 cm from os).  AFI normal, MVP 5.1 cm.
Cervix TV 3.8 cm, no funneling.
Anatomy: intracranial structures, face/lips, spine, 4-chamber heart + outflow tracts, stomach, kidneys, bladder, cord insertion, 3VC, extremities - all seen and normal. Female.
Soft markers: echogenic intracardiac focus L ventricle, isolated. NIPT ({{DATE:May}}) low risk.
Note: pt is hep B carrier (HBsAg+), HBV DNA 2.1 x10^6 IU/mL -> MFM recommends tenofovir from 28 wk; infant HBIG + vaccine at birth.
IMPRESSION: Normal anatomy. Isolated EIF, no further w/u given low-risk NIPT. Growth appropriate.
Interpreter (Vietnamese) in person: {{NAME:Thu Dang}}.
{{NAME:Kenneth Wu}}, MD, MFM   signed {{DATE:8/20/24 15:17}}`,

  // 16 ED note, elderly fall, SF Chinatown
  `ED PHYSICIAN NOTE - {{FACILITY:Golden Gate Pacific Hospital}} Emergency Dept
Arrival: {{DATE:2/9/2025 06:52}} by ambulance, Medic 49
Patient: {{NAME:Leong, Wai Ling}}    Age: {{AGE:94}}    MRN: {{MRN:GGP-1130455}}
Language: Toishanese (Taishanese) - phone interpreter Mr. {{NAME:Fong}} unavailable, used in-person {{NAME:Helen Au}} (#{{ID:3391}})
PCP: Dr. {{NAME:Raymond Zhou}}, {{FACILITY:Chinatown Benevolent Clinic}}

HPI: {{AGE:94}}F from SRO at {{ADDRESS:851 Stockton St, Rm 5}}, found on floor of shared bathroom by neighbor at ~0600, unknown down time. Pt says she slipped, hit L hip, no LOC. Lives alone; granddaughter {{NAME:Vivian Leong}} checks on her Sundays.
ROS: +L hip pain, -CP, -SOB.
PE: HR 88 BP 152/80 T 36.1. Thin, alert, oriented x2 (baseline per granddaughter). L leg shortened + externally rotated. No head trauma visible.
XR: displaced L femoral neck fx. CXR clear. CK 640, Cr 1.1, Hgb 10.9. ECG NSR, old RBBB.
MDM: hip fx in nonagenarian, fall w/ prolonged lie. Fascia iliaca block (ropivacaine 0.2% 30 mL) by me 0815 w/ US. Ortho Dr. {{NAME:Jin Han}} consulted - hemiarthroplasty planned.
Goals: granddaughter ({{PHONE:415-555-0122}}) says full code for now, will discuss w/ uncle in {{LOCATION:Guangzhou}}.
Dispo: admit to hospitalist, {{FACILITY:Portsmouth 5}}.
{{NAME:Andrew Kwan}}, MD`,

  // 17 pediatric Kawasaki
  `PEDIATRIC HOSPITALIST H&P
{{FACILITY:Lunalilo Keiki Medical Center}} - {{FACILITY:Ānuenue 4}} peds
Pt: {{NAME:Kainoa Yamashiro-Kealoha}}   3 y/o M   MRN {{MRN:KK-3019588}}   DOA {{DATE:12/26/2024}}
PCP: Dr. {{NAME:Lori Tanaka}}, {{FACILITY:Mililani Keiki Pediatrics}}
Historian: mom {{NAME:Leimomi Kealoha}} and dad {{NAME:Craig Yamashiro}}

CC: fever x 6 days
HPI: high fevers to 40.2 since {{DATE:12/20}} despite ibuprofen, now irritable, red eyes without discharge, cracked red lips, "strawberry" tongue, rash on trunk, swollen hands. Seen at urgent care {{DATE:12/23}} - told viral. Sister had colds at preschool ({{FACILITY:Keiki O Ka ʻĀina Preschool}}).
PE: T 39.6, HR 162. Bilateral non-exudative conjunctival injection, fissured lips, 1.8 cm R cervical node, polymorphous rash, indurated dorsum of hands, perineal desquamation.
Labs: WBC 17.8, plt 486, CRP 11.2 mg/dL, ESR 88, ALT 74, alb 2.9, UA 12 WBC sterile.
Echo (prelim): LAD z-score +2.3, RCA z +1.8.
A: complete Kawasaki disease, day 7, with coronary dilation.
P: IVIG 2 g/kg over 12 h, ASA 40 mg/kg/d, repeat echo 48h, cards Dr. {{NAME:Miyuki Sato}} following. Avoid live vaccines x 11 months. Mom requests Hawaiian chaplain - paged {{PHONE:x6620}}.
{{NAME:Jonah Pōhaku}}, MD  {{DATE:12/26/24 2210}}`,

  // 18 EAP / behavioral health, tech employee
  `{{FACILITY:Bayshore Integrated Health}} - Psychiatry Intake (Video)
Patient: {{NAME:Park, Daniel Jiwon}}    MRN {{MRN:0031-208-667}}   DOB {{DATE:07/19/1989}}
Date: {{DATE:Mon 6/9/2025}}   Clinician: {{NAME:Sarah Nishimura}}, PsyD
Referral: EAP through employer ({{FACILITY:Quillfire Labs}}, {{LOCATION:Sunnyvale}}) - EAP case {{ID:EAP-2025-40931}}
Video: {{URL:https://video.bayshoreih.org/join/vv-J7PX3L20}}

CC: "I can't stop checking Slack at 3am."
HPI: 35 yo Korean-American ML engineer, 4 months of low mood, early waking, 15 lb wt loss, anhedonia after his team was cut in the layoffs in {{DATE:March}}; he survived but now on-call 1 wk in 3. Denies SI/HI (C-SSRS screen neg). Drinking 4-5 soju/beer nightly, up from weekends only. Father (in {{LOCATION:Busan}}) has depression, uncle died by suicide.
PHQ-9 = 19. GAD-7 = 14. AUDIT-C 8.
MSE: casual dress, good eye contact on video, flat affect, linear, no psychosis, insight fair.
Dx: MDD single episode, moderate-severe; alcohol use, hazardous.
Plan: sertraline 50 mg daily -> 100 in 2 wk; CBT-I referral; medical leave 4 wk (FMLA form faxed to {{FACILITY:Quillfire}} HR {{FAX:408-555-0136}}); naltrexone discussed, pt declined for now. Safety plan given. F/u 2 wk video.
--
audit: {{IP:172.16.40.77}} / pt {{IP:98.207.133.12}} user {{ID:snishim2}} {{DATE:2025-06-09T16:04:55}}`,

  // 19 telephone note TB contact investigation
  `TELEPHONE ENCOUNTER - PUBLIC HEALTH NURSING (TB program)
Caller: PHN {{NAME:Cynthia Oscar}}   To: {{FACILITY:Hooper Bay Clinic}} (CHA {{NAME:Mary Ann Joe}}) {{PHONE:907-555-0177}}
Date: {{DATE:04/03/2025}} 10:20

Index case: {{NAME:Simeon Nayamin}} (DOB {{DATE:1/5/1972}}), smear 3+ pulm TB, dx {{DATE:3/27}} at {{FACILITY:KRH}}, now on RIPE via DOT.
Household contacts (same house {{ADDRESS:Lot 14, Tundra Ridge Subdivision}}, {{LOCATION:Hooper Bay}}):
 - wife {{NAME:Agnes Nayamin}} 48 - IGRA pending
 - son {{NAME:Peter}} 19 - IGRA pos {{DATE:3/31}}, CXR neg -> LTBI, start 3HP
 - grandson {{NAME:Tyler Nayamin-Smith}} 2 y/o - window prophylaxis INH per peds, wt 12.6 kg
 - niece {{NAME:Clara Ulroan}} - moved to {{LOCATION:Chevak}} last wk, notify {{FACILITY:Chevak Clinic}}
Also attended steam + church ({{FACILITY:Sacred Heart Mission}}) - list of 22 names from Deacon {{NAME:Uttereyuk}}.
CHA to arrange sputum x3 for symptomatic contacts, ship w/ next {{FACILITY:Tundra Hopper Air}} mail flight.
Next call {{DATE:Fri 4/4}} 1000.  -{{NAME:CO}}`,

  // 20 fax cover / prior auth CGM + pump
  `FAX  FAX  FAX       CONFIDENTIAL HEALTH INFORMATION
From: {{FACILITY:Daly City Family Medicine Group}}  Endo/Diabetes
Attn: Prior Authorization Dept  -  Medi-Cal Rx / Anthem Blue Cross
To fax: 1-888-555-0199     From fax: {{FAX:650-555-0166}}     Phone: {{PHONE:650-555-0165}} ext {{PHONE:204}}
Date: {{DATE:11/05/2024}}    Pages: 6 incl cover

RE: {{NAME:Bautista, Aileen Marie}}   DOB {{DATE:02/28/2001}}
Member ID: {{HEALTH_PLAN:JQB884201763}}   Medi-Cal BIC {{HEALTH_PLAN:93884120A55107}}
Request: Omnipod 5 pods (HCPCS A9274) + Dexcom G7 sensors, ICD-10 E10.65
Clinical: T1DM dx age 9, A1c 10.1 -> on MDI 5 injections/day, 2 severe hypos requiring EMS ({{DATE:7/2024}}, {{DATE:9/14/24}}), hypoglycemia unawareness. Works nights as CNA at {{FACILITY:Serramonte Care Center}}.
Current Dexcom G6 receiver SN {{DEVICE:PL43210977}} (out of warranty).
Prescriber: {{NAME:Noel Sison}}, MD   NPI {{LICENSE:1447203981}}   CA lic {{LICENSE:A148820}}
Contact for questions: {{NAME:Jasmine}} (PA coordinator)  {{EMAIL:pa.endo@dcfmg.example.org}}
If you received this in error, call {{PHONE:650-555-0165}} and destroy.`,

  // 21 village clinic peds, lower-case shorthand
  `{{FACILITY:Nunakauyaq Clinic}} ({{LOCATION:Toksook Bay}}) - cha/p peds encounter, radio/tele w/ {{FACILITY:KRH}} peds
pt: {{NAME:Chikoyak}}, Baby Girl ({{NAME:Amelia}})  dob {{DATE:11/02/2024}}  chart {{MRN:KT-0451906}}   2 mo F
seen {{DATE:01/04/25}} @ 1930 by cha {{NAME:Leona Kanrilak}} / cha {{NAME:Jimmy Active}}
mom {{NAME:Sophie Chikoyak}} says baby breathing fast x 2 days, feeding less (breast), 3 wet diapers today. older sib w/ cough. woodstove + 2 smokers in house.
v/s: t 38.3 ax, rr 68, hr 178, spo2 86% ra -> 94% on 1L nc. wt 4.9 kg (5.1 at 2 mo wcc {{DATE:1/2}}).
exam: nasal flaring, subcostal + intercostal retractions, diffuse wheeze + crackles. cap refill 3 sec.
rsv swab (poc) POSITIVE.
talked w/ Dr. {{NAME:Naomi Evan}} ({{FACILITY:KRH}} peds) 1945: bronchiolitis w/ hypoxia, <3 mo -> medevac. nasal suction, keep on o2, nothing else.
weather: snow, vis 1/2 mi. {{FACILITY:Aurora Borealis Air Medical}} {{VEHICLE:N722TH}} on other mission; {{FACILITY:Tundra Hopper Air}} Caravan {{VEHICLE:N4127Y}} w/ flight medic lifted 2140.
mom + baby to {{FACILITY:KRH}} {{LOCATION:Bethel}}; dad {{NAME:Thomas}} staying w/ sibs. mom cell {{PHONE:907-555-0115}}.
enc# {{ACCOUNT:KT2501040193}}   Denali KidCare {{HEALTH_PLAN:DKC-6620193-01}}
cha/p {{NAME:L. Kanrilak}} / {{NAME:J. Active}}`,

  // 22 abdominal ultrasound report
  `ULTRASOUND ABDOMEN COMPLETE  (CPT 76700)
{{FACILITY:Sunset Richmond Imaging}} | {{ADDRESS:3838 Geary Blvd, 2nd Floor}} | {{LOCATION:San Francisco}} {{ZIP:94118}}
PATIENT: {{NAME:Wong, Kenneth Kar-Ming}}    DOB: {{DATE:03/11/1955}}    MRN: {{MRN:SRI-0048812}}
EXAM DATE: {{DATE:09/17/2024}}   ACC#: {{ID:US24091700418}}   ORDERED BY: {{NAME:Feng Liu}}, MD
HISTORY: chronic HBV, cirrhosis screening. Prior: {{DATE:03/2024}}.
TECHNIQUE: Grayscale and color Doppler, Canon Aplio i800. Sonographer {{NAME:MT}}.

FINDINGS:
Liver: 13.9 cm, coarsened echotexture, mildly nodular contour. New 1.6 x 1.4 cm hypoechoic lesion segment 6, not seen 6 mo ago. Portal vein patent, hepatopetal, 18 cm/s.
Gallbladder: 7 mm stone, no wall thickening, sonographic Murphy neg.
CBD: 4 mm.
Pancreas: head/body normal, tail obscured by gas.
Spleen: 13.4 cm (mild splenomegaly).
Kidneys: R 10.8 cm, L 11.1 cm, no hydro. 9 mm simple cyst L upper pole (Bosniak I).
Aorta: 2.1 cm. No ascites.

IMPRESSION:
1. Cirrhotic morphology with NEW 1.6 cm segment 6 lesion - LI-RADS US-3. Recommend multiphase MRI or CT.
2. Cholelithiasis without cholecystitis. Mild splenomegaly.
Critical/new finding communicated to Dr. {{NAME:Liu}}'s nurse {{NAME:Amy}} by phone {{DATE:9/17/24}} 14:05.
Read by {{NAME:Bernard Fong}}, MD   {{DATE:09/17/2024 13:52}}`,

  // 23 ICU nursing shorthand Anchorage
  `{{FACILITY:CHMC}} MICU - {{FACILITY:Denali 3}}   RN shift note   {{DATE:12/14/24}} 1900-0700
pt {{NAME:Nageak, Roy}} 57m bed 14   MRN {{MRN:CH-6650218}}
adm via {{FACILITY:Polar Star Medevac}} from {{LOCATION:Utqiaġvik}} {{DATE:12/13}}: accidental hypothermia (core 28.4c) + etoh, found outside near {{LOCATION:Browerville}}.
neuro: rass -1, opens eyes to voice, follows cmds, says "cold". cam-icu neg. ciwa 6 -> 9 at 0300, lorazepam 1mg iv x1.
cv: nsr 70s-80s, rewarming complete (36.8 @ 2200), map 65-72 off levo since 2000. osborn waves gone on repeat ekg.
resp: 2L nc spo2 95. cxr no infiltrate.
gi: ogt removed, clears ok. thiamine 500 iv tid, folate, mvi.
gu: foley ~55ml/hr. k 3.3 -> replaced 40 iv. ck 1840.
skin: frostbite bilat fingers (2nd degree L 3-5 digits), blisters intact, elevated, aloe. wound RN consult am. tetanus given.
social: daughter {{NAME:Marjorie Nageak}} called from {{LOCATION:Utqiaġvik}} {{PHONE:907-555-0139}}, wants updates q day - ok per pt. pt asks for Inupiaq speaking chaplain -> chaplain office notified; his own pastor {{NAME:Elijah Okpik}} is back in town.
plan: call out to stepdown if ciwa stays <10. pt/ot am.
{{NAME:Jenna Kowalczyk}} RN / {{NAME:jk}}`,

  // 24 case management, American Samoa -> Honolulu dialysis
  `CASE MANAGEMENT PROGRESS NOTE
{{FACILITY:Kapuāiwa Medical Center}}  Care Coordination - {{FACILITY:Makai 5}}
Patient: {{NAME:Aumua, Faʻamaoni L.}}   MRN {{MRN:K00923817}}   DOB {{DATE:06/06/1963}}   LOS day 9
Date: {{DATE:Thursday, July 10, 2025}}

Background: 62 yo M from {{LOCATION:Pago Pago}}, American Samoa, medically referred for new ESRD (no permanent access, uremic). Arrived {{DATE:7/1}} via off-island referral, escort = daughter {{NAME:Salote Aumua}}. AV fistula placed {{DATE:7/7}} by Dr. {{NAME:Keala Medeiros}}; tunneled HD cath R IJ.
Barrier: outpatient HD chair needed in {{LOCATION:Honolulu}} until fistula matures (~6-8 wk) before he can return home - home island has one unit with a waitlist.
Actions today:
- {{FACILITY:Aloha Kidney Care - Kalihi}} accepted for MWF 2nd shift starting {{DATE:7/14}}; contact {{NAME:Rodney}} {{PHONE:808-555-0128}}.
- Housing: cousin {{NAME:Mele Tupuola}} can host at {{ADDRESS:91-1020 Kaiau Ave, #B}}, {{LOCATION:Kapolei}} {{ZIP:96707}}; 35 min drive, TheBus alt.
- Medicaid (American Samoa program) off-island coverage verified, auth #{{ID:ASM-OIR-77410}}.
- Handi-Van application started.
- Samoan interpreter for dialysis teaching booked {{DATE:7/11}}.
Daughter {{NAME:Salote}} cell {{PHONE:(684) 555-0184}} (AS number, texts work).
{{NAME:Kehau Wong}}, RN CCM  x{{PHONE:5521}}`,

  // 25 dialysis progress note
  `HD RUN SHEET / MD ROUNDING NOTE   {{FACILITY:Leeward Dialysis Center}} ({{LOCATION:Waipahu}})
Pt: {{NAME:Villanueva, Crisanto}}   chair 11   sched TTS 1st shift   MRN {{MRN:LDC-10447}}
Date: {{DATE:Tue 02/18/2025}}
Nephrologist: Dr. {{NAME:Maile Kauhane}}   Charge RN: {{NAME:Bernadette Ramos}}

pre: wt 72.9 kg (EDW 70.0) - IDWG 2.9 kg. BP 174/92 HR 80. Temp 36.6. Access: L BC AVF, +thrill/bruit, 2 x 15g needles, no infiltration.
rx: 4 hr, Qb 400, Qd 600, 2K/2.5Ca bath, UF goal 3.0 L, heparin 2000 u bolus.
intradialytic: cramping at hr 3 -> UF paused 10 min, NS 200 mL. BP nadir 108/60.
post: wt 70.3 kg, BP 146/80.
labs (monthly {{DATE:2/4}}): Kt/V 1.31, URR 71%, Hgb 9.8, K 5.8, phos 7.2, PTH 612, alb 3.6
MD: still over EDW, pt admits eating "pancit and dried fish at my apo's birthday". Reviewed fluid 1 L/day. Phos binder sevelamer 1600 TID w/ meals (he skips lunch dose at work - security guard at {{FACILITY:Kunia Road Self Storage}}). Increase Mircera to 150 mcg. Cinacalcet 30 mg start. Transplant eval at {{FACILITY:KMC}} pending - ref #{{ID:TX-25-0193}}.
Wife {{NAME:Lourdes}} asks re: trip to {{LOCATION:Laoag}} in {{DATE:May}} - will arrange transient HD in Philippines.
{{NAME:M. Kauhane}} MD {{DATE:2/18/25}}`,

  // 26 ID consult leptospirosis
  `INFECTIOUS DISEASE CONSULTATION
{{FACILITY:Hilo Bayfront Medical Center}}   Requesting: Dr. {{NAME:Paul Matsuda}} (hospitalist)
Patient: {{NAME:Kamakana, Ikaika}}   MRN {{MRN:HB-4412093}}   Adm {{DATE:11/03/2024}}   Consult {{DATE:11/04/2024}}

Reason: fever, AKI, jaundice, ?lepto
HPI: 44 yo Native Hawaiian man, works loʻi kalo (taro patches) in {{LOCATION:Waipiʻo Valley}} barefoot; heavy rains late {{DATE:October}}. 6 d fever, myalgias esp calves, headache, red eyes, then dark urine. Pig hunting with cousins 2 wks ago, no known cuts. Drinks catchment water at home ({{ADDRESS:46-3301 Old Mamalahoa Hwy}}, {{LOCATION:Honokaʻa}}).
Exam: T 39.1, conjunctival suffusion (no exudate), scleral icterus, calf tenderness, no rash, no meningismus.
Labs: Cr 3.4 (bl 0.9), bili 8.2 (direct 6.9), ALT 88, plt 61, K 3.1, UA 2+ prot, CK 1100. Blood cx NGTD.
Assessment: clinical leptospirosis (Weil's syndrome) - renal + hepatic + thrombocytopenia. DDx dengue (no travel), rat lungworm (no eosinophilia, no neuro sx), rickettsial.
Recs:
1. Ceftriaxone 1 g IV q24h x 7 d (or pen G). Watch for Jarisch-Herxheimer.
2. Send Lepto PCR (blood + urine) and MAT to state lab; notify DOH disease investigation.
3. Monitor for pulmonary hemorrhage - low threshold for ICU.
4. Test household catchment; brother {{NAME:Kawika}} has similar sx - advised eval.
Thank you for the consult.  {{NAME:Wendy Agustin}}, MD  pgr {{PHONE:7731}}`,

  // 27 portal message colonoscopy prep
  `Patient Message   |   {{FACILITY:South Bay Integrated Medical Group}} - Gastroenterology
From: {{NAME:Fujioka, Glenn}}   (MRN {{MRN:SBM-2207764}})
Subject: colonoscopy prep question
Sent: {{DATE:Wed, 04/09/2025 6:12 AM}}

Good morning. My procedure is on {{DATE:Monday April 14}} at the {{FACILITY:Madrona Endoscopy Center}}. The instructions say to stop my iron pills 5 days before, but I also take fish oil and a baby aspirin because of my stent from 2018 (Dr. {{NAME:Ishikawa}} put it in). Do I stop the aspirin too? Also I am diabetic on Jardiance. My wife {{NAME:Naomi}} is driving me, her number is {{PHONE:310-555-0147}} if you can't get me at work ({{FACILITY:Gardena Nursery & Bonsai}}).
Thank you, {{NAME:Glenn}}

------
Response from {{NAME:Tammy Kaneshige}}, RN - {{DATE:04/09/2025 10:44 AM}}
Hi Mr. {{NAME:Fujioka}}, per Dr. {{NAME:Huang}}: CONTINUE the aspirin 81 mg - do not stop it because of your stent. Stop fish oil and iron 5 days before (start {{DATE:4/9}}, today). HOLD Jardiance (empagliflozin) 3 days before, last dose {{DATE:Thursday 4/10}}. On prep day only clear liquids, check sugar every 4 hours. Golytely split dose as written.
Arrive 7:15 AM, {{ADDRESS:23560 Madison St, Suite 110}}, {{LOCATION:Torrance}}.
Please reply if you have questions. {{NAME:Tammy}}`,

  // 28 thyroid US report
  `THYROID / NECK ULTRASOUND
{{FACILITY:Orange Coast Women's Imaging}}, {{LOCATION:Irvine}}, CA
Pt: {{NAME:Seo, Ji-yeon (Julia)}}   DOB {{DATE:1981-10-02}}   MRN {{MRN:OCW-559301}}   Acc {{ID:OCW-US-250611-027}}
Date of exam: {{DATE:2025-06-11}}    Referring: {{NAME:Hannah Yoo}}, DO
Clinical: Hashimoto's thyroiditis (TPO Ab 880), palpable R nodule, TSH 6.2 on levothyroxine 75 mcg. FHx thyroid ca (sister, in {{LOCATION:Incheon}}).

Findings:
Thyroid heterogeneous, pseudonodular, increased vascularity - c/w chronic lymphocytic thyroiditis.
R lobe 5.1 x 1.8 x 1.9 cm. L lobe 4.7 x 1.6 x 1.5 cm. Isthmus 4 mm.
Nodule 1 - R mid: 1.4 x 1.1 x 1.2 cm, solid (2), hypoechoic (2), wider-than-tall (0), smooth (0), punctate echogenic foci (3). TI-RADS 7 points = TR5.
Nodule 2 - L upper: 6 mm spongiform, TR1.
Lymph nodes: R level IV node 1.1 cm short axis with loss of fatty hilum and cystic change - suspicious.
Impression: TR5 nodule R lobe and suspicious R level IV node. FNA of both recommended. 
Prelim discussed with Dr. {{NAME:Yoo}} via secure chat {{DATE:6/11/25}} 15:20.
Radiologist: {{NAME:Catherine Ngo}}, MD   Transcribed {{NAME:dl}}`,

  // 29 pulm consult valley fever
  `PULMONARY CONSULT - {{FACILITY:Kern Valley Medical Center}}, {{LOCATION:Bakersfield}}
Date {{DATE:10/15/24}}     Pt {{NAME:Huynh Van Loc}}   MRN {{MRN:KVM-3308441}}   DOB {{DATE:08/08/1969}}
Req by Dr {{NAME:R. Gill}}, hospitalist.  Vietnamese interpreter via video, ID {{ID:207733}}.

Q: RUL cavity, r/o TB vs cocci
HPI: 55M, almond harvest worker, now w/ {{FACILITY:Buttonwillow Almond Co}} shaking/sweeping crew, dusty since {{DATE:August}}. 6 wk cough, night sweats, 12 lb wt loss, erythema nodosum on shins earlier. Came from {{LOCATION:Tân An}} 2011, IGRA neg 2019 (immigration). Lives in {{LOCATION:Lamont}} w/ wife + 3 kids.
CT chest {{DATE:10/14}}: 3.2 cm thin-walled RUL cavity, R hilar LAD, no miliary.
Data: cocci EIA IgM+ IgG+, CF titer 1:32. AFB smear x2 neg, 3rd pending. HIV neg. A1c 11.2 (new DM).
Imp: chronic progressive coccidioidal pneumonia w/ cavity, high CF titer, DM -> risk of dissemination.
Rec: fluconazole 800 mg daily; r/o dissemination - bone scan, LP if HA. Keep airborne iso until 3rd AFB neg. Endocrine for DM. Cocci titers q 3 mo. Work: avoid dust exposure, N95 - note for employer. F/u {{FACILITY:KVM}} pulm clinic 4 wks, {{PHONE:661-555-0183}}.
{{NAME:Farhan Qureshi}}, MD  pulm/CC`,

  // 30 hospice visit Kauai
  `HOSPICE RN VISIT NOTE
{{FACILITY:Mālie Kauaʻi Hospice}}   {{LOCATION:Līhuʻe}}
Patient: {{NAME:Kahale, Elizabeth Leinaʻala}}   Age {{AGE:98}}   Benefit period 3, day 14   MR {{MRN:GIH-2404}}
Visit: {{DATE:3/12/2025}} 1330-1430, home, {{ADDRESS:4-1466 Kuhio Hwy}}, {{LOCATION:Kapaʻa}}
Terminal dx: end-stage heart failure (EF 15%). DNR/POLST on fridge.

Tūtū resting in hospital bed in living room, ʻohana singing. PPS 30%. Taking sips of poi + water, ~200 mL/day. Pain 2/10 on morphine solution 5 mg q4h prn (used x3 past 24h). Mild terminal secretions - glycopyrrolate started. No BM x 3 d -> senna/ bisacodyl supp.
Skin: sacrum stage 2, 2 x 1.5 cm, foam dressing; repositioned q2h by grandsons.
Edema 3+ legs, mottling knees. RR 22 irregular w/ 10-sec pauses.
Family: granddaughter {{NAME:Kaʻiulani Kahale-Ferreira}} (POA) - told her the changes suggest days to short weeks. Kahu {{NAME:Daniel Kaʻapana}} from {{FACILITY:Ka Makani Congregational Church}} to visit tonight. Requests to keep her home; hoʻoponopono done last week.
Plan: daily RN visits, CNA {{NAME:Marilou}} bath M/W/F, 24/7 line {{PHONE:808-555-0106}} reviewed.
MD notified: Dr. {{NAME:Keoki Hanohano}} (hospice MD) - agree w/ plan.
{{NAME:Pua Rapozo}}, RN  {{DATE:03/12/2025}}`,

  // 31 neurology H&P, Chamorro, San Diego
  `NEUROLOGY NEW PATIENT H&P
{{FACILITY:Mission Bay Neurology Associates}} - {{LOCATION:Chula Vista}} office
Pt: {{NAME:Quinata, Jesus "Jess" Borja}}   DOB {{DATE:04-02-1950}}   MRN {{MRN:MBN-44817}}
DOS {{DATE:05-21-2025}}   Ref: Dr. {{NAME:Ana Mendiola}} (PCP), VA community care referral {{ID:VA-CC-2025-118822}}
Accompanied by wife {{NAME:Carmen Quinata}} and son {{NAME:Joseph}}, USN ret.

CC: tremor and falls x 18 mo, "forgetting words"
HPI: 75 yo Chamorro man, born in {{LOCATION:Umatac}}, Guam, moved to CA 1972 (Navy). Resting tremor R hand, shuffling, 3 falls this yr, new visual hallucinations (sees children in the yard). Wife reports he acts out dreams. Two maternal uncles on Guam had "lytico-bodig". Ate fanihi (fruit bat) and federico (cycad) flour as a child.
Exam: MoCA 19/30. Hypomimia, rigidity R>L w/ cogwheeling, bradykinesia, postural instability (+pull test), no fasciculations, no UMN signs. Vertical gaze mildly limited. Orthostatic BP 138/80 -> 112/70.
Impression: parkinsonism with dementia - DDx Parkinson's disease dementia vs Lewy body dementia vs Guam PDC (parkinsonism-dementia complex). Not c/w ALS currently.
Plan: MRI brain; DaTscan if covered; carbidopa/levodopa 25/100 TID titrate; avoid haloperidol; rivastigmine patch 4.6 mg; PT/home safety eval; EMG only if weakness.
RTC 8 wks. Office {{PHONE:619-555-0152}}.
{{NAME:Eric Cepeda}}, MD   cc Dr. {{NAME:Mendiola}}`,

  // 32 tele-psychiatry Dillingham
  `TELEBEHAVIORAL HEALTH PROGRESS NOTE
{{FACILITY:Bristol Bay Tribal Health Consortium}} - BH Dept
Originating site: {{FACILITY:Nushagak Outpatient BH}}, {{LOCATION:Dillingham}}   Distant site: provider home office, {{LOCATION:Anchorage}}
Client: {{NAME:Nicolai, Theresa M}}   DOB {{DATE:1/30/1985}}   HRN {{MRN:BB-0217734}}   Tribal enr # {{ID:BBN-19850412}}
DOS {{DATE:8/27/2024}}   Start 1302  End 1348   Modality: secure video {{URL:https://bbthc.vidyo.example.net/room/bh-ptelepsych-6612}}
Psychiatrist: {{NAME:Marcus Ohana}}, MD   Tele-presenter: {{NAME:Lisa Andrew}}, BHA

S: 39 F w/ PTSD, AUD in early remission (sober since {{DATE:Jan 2024}}), here for med f/u. Commercial fishing season ended; husband {{NAME:Dennis}} back on boat for silvers. Nightmares 2-3/wk down from nightly. Sleep 6h. Attending AA in church basement + talking circle. No cravings. Denies SI.
O: neat, calm, euthymic, full affect, no psychosis. PCL-5 = 31 (was 52 in {{DATE:March}}).
Meds: prazosin 3 mg qhs, sertraline 150 mg, naltrexone 50 mg daily (LFTs ok {{DATE:8/1}}).
A/P: PTSD improving, AUD remission. Continue all. Refill x 90d to {{FACILITY:Nushagak Pharmacy}}. Next tele {{DATE:10/29}}.
Billing: 99214-95 + 90833, GT modifier.
--
log: connected from {{IP:10.201.3.44}}; far end {{IP:10.201.77.19}}; disconnect 1348 normal; user {{ID:mohana}}`,

  // 33 MIMIC-style placeholder discharge summary
  `Admission Date:  [**{{DATE:2187-3-14}}**]              Discharge Date:   [**{{DATE:2187-3-20}}**]

Date of Birth:  [**{{DATE:2121-9-8}}**]             Sex:   F

Service: MEDICINE

Attending:[**{{NAME:First Name3 (LF) 1762}}**] Chief Complaint: hematemesis

History of Present Illness:
65 yo F w/ h/o cirrhosis (NASH), esophageal varices banded [**{{DATE:2186-11-2}}**] at [**{{FACILITY:Hospital1 18}}**], presents from home in [**{{LOCATION:Location (un) 3321}}**] with 2 episodes coffee-ground emesis. Husband Mr. [**{{NAME:Known lastname 10234}}**] called EMS.
In ED: Hct 24, BP 88/50, given 2 u PRBC, octreotide, ceftriaxone. EGD by Dr. [**{{NAME:Last Name (STitle) 8812}}**]: 3 large varices, 2 banded, red wale signs.

Brief Hospital Course:
1. Variceal bleed - banded x2, octreotide x 72 h, ceftriaxone SBP ppx x 7 d, nadolol started.
2. HE - lactulose titrated to 3 BMs, rifaximin.
3. Child-Pugh C, MELD-Na 22 - referred to transplant clinic at [**{{FACILITY:Hospital 1326}}**] ([**{{PHONE:Telephone/Fax (1) 6471}}**]).

Discharge Disposition: Home With Service
Facility: [**{{FACILITY:Company 1519}}**]

Followup Instructions:
Dr. [**{{NAME:Last Name (STitle) 8812}}**] [**{{DATE:2187-4-2}}**] 10:30, [**{{FACILITY:Hospital Ward Name 23}}**] 4.

[**{{NAME:First Name8 (NamePattern2) 2239}}**] [**{{NAME:Last Name (NamePattern1) 4471}}**] MD [**{{ID:MD Number(1) 2240}}**]
Completed by: [**{{DATE:2187-3-20}}**]`,

  // 34 L&D delivery note Stockton
  `DELIVERY NOTE - {{FACILITY:San Joaquin Valley Women's Hospital}}  L&D Rm 7
Mother: {{NAME:Cabanilla, Maricel D.}}  28 y/o G3P2->3  MRN {{MRN:SJW-884120}}   EDD {{DATE:10/02/2024}}
Delivery: {{DATE:09/28/2024 03:47}}   Attending: {{NAME:Joy Dumlao}}, MD   Resident: {{NAME:K. Batra}}, MD   RN: {{NAME:Lani Oshita}}
Infant MRN: {{MRN:SJW-884377}} ("{{NAME:Cabanilla}}, Boy")

Labor: spont onset 2200, ROM 0115 clear. Epidural 0020 (CRNA {{NAME:Paulo Reyes}}). Pitocin not used. Complete 0322, pushed 25 min.
Delivery: NSVD, ROA, loose nuchal x1 reduced. Shoulders easy. Cord clamped delayed 60 sec, 3VC, cord blood to bank (family consent) + cord gases sent.
Apgars 8 / 9 at 1 and 5 min. Wt 3620 g. To mom skin-to-skin.
Placenta: spont 0354, intact, Schultze. EBL QBL 410 mL. 2nd degree lac repaired 3-0 Vicryl.
GBS pos -> PCN G x 2 doses >4h before delivery (adequate).
Mother: A pos, rubella immune, HBsAg neg, Tdap {{DATE:8/1/24}}.
Infant: Vit K, erythro ointment, hep B vaccine given (lot 7H42K, exp 03/2026).
Dad {{NAME:Reynaldo Cabanilla}} at bedside. Works at {{FACILITY:Delta Tomato Processors}} in {{LOCATION:French Camp}}.
Feeding plan: breast; Tagalog-speaking lactation RN {{NAME:Gemma}} requested.
{{NAME:J. Dumlao}} MD {{DATE:9/28/24 04:30}}`,

  // 35 anticoagulation clinic
  `ANTICOAGULATION CLINIC - PHONE / POC INR ENCOUNTER
{{FACILITY:Moʻiliʻili Heart & Vascular}}, {{ADDRESS:2600 S King St, Ste 300}}, {{LOCATION:Honolulu}} {{ZIP:96826}}
Pt: {{NAME:Choi, Myung-hee}}    DOB {{DATE:12/25/1944}}    MRN {{MRN:MHV-30991}}
Indication: mechanical mitral valve (St. Jude, 2009) + AF. Goal INR 2.5-3.5.  Managing MD: Dr. {{NAME:Calvin Lau}}

DATE        INR    WEEKLY DOSE   NOTES
{{DATE:05/06/25}}    2.9    35 mg         stable
{{DATE:05/20/25}}    2.1    35 mg         missed 1 dose (Buddha's birthday temple trip)
{{DATE:05/27/25}}    2.4    37.5 mg       +2.5 mg Sun
{{DATE:06/10/25}}    4.6    37.5 mg       started Bactrim by urgent care {{DATE:6/5}} for UTI!

Today {{DATE:06/10/2025}}: INR 4.6 (POC, CoaguChek XS strip lot 48822-11). No bleeding, no dark stools, gum bleed brushing x1. Bactrim DS BID x 7 d ends {{DATE:6/12}}.
Plan: hold warfarin tonight, then 5 mg daily except 2.5 mg Mon/Fri (32.5 mg/wk) until Bactrim done. Recheck {{DATE:6/13}}. Told pt to tell urgent care about warfarin - gave med card in Korean.
Spoke w/ pt + daughter-in-law {{NAME:Grace Choi}} ({{PHONE:808-555-0179}}) who manages pillbox. Teach-back ok.
{{NAME:Dean Kawamoto}}, PharmD, CACP`,

  // 36 occupational health, tech company RSI, workers comp
  `OCCUPATIONAL MEDICINE - INITIAL WORK INJURY EVALUATION (DFR 5021)
{{FACILITY:Shoreline OccuHealth}}, {{LOCATION:Mountain View}} CA
Employee: {{NAME:Zhou Yiran}}   DOB {{DATE:1993-02-14}}   Employee ID {{ID:E0774213}}
Employer: {{FACILITY:Larkspur Cloud Inc.}}, {{ADDRESS:1450 N Shoreline Blvd}}, {{LOCATION:Mountain View}} {{ZIP:94043}}
Claim # {{ACCOUNT:WC-25-3318740}}   Adjuster {{NAME:Karen Dutton}} {{PHONE:925-555-0191}}
DOI: {{DATE:03/18/2025}} (cumulative trauma)   DOS: {{DATE:03/24/2025}}

History: 32F software engineer, 10-12 h/day keyboard + trackpad, laptop on couch since WFH, recently back in office 3 d/wk on hot desks. 6 wk bilateral wrist/forearm pain R>L, numbness digits 1-3 at night, drops coffee cup. No neck pain.
Exam: Tinel + R median at wrist, Phalen + R at 30 s, Durkan +. Finkelstein neg bilat. Grip 22 kg R / 26 kg L. No thenar atrophy. Lateral epicondyle tender R.
Dx: R carpal tunnel syndrome (G56.01), bilateral forearm tendinopathy, R lateral epicondylitis.
Plan: neutral wrist splints at night, NSAID trial naproxen 500 BID x 10 d, OT ergonomic eval at workstation (request fixed desk + vertical mouse + split keyboard). NCS/EMG if no better 4 wk.
Work status: modified duty - keyboard 20 min/hr with breaks, voice dictation allowed, until {{DATE:4/21/25}}.
{{NAME:Marvin Tsai}}, MD  CA lic {{LICENSE:G93318}}`,

  // 37 podiatry diabetic foot
  `Podiatry f/u - {{FACILITY:Koʻolau Loa Community Health}}, {{LOCATION:Lāʻie}}
{{DATE:9-2-2024}}   pt: {{NAME:Matagi, Tevita}} (goes by "Vita")   MRN {{MRN:KLC-61208}}   dob {{DATE:3-19-1971}}
seen w/ wife {{NAME:ʻAna}}; pt plays rugby w/ church league (no more - we discussed).

DFU R plantar 1st met head, wk 6.
size today 1.4 x 1.1 x 0.3 cm (last wk 1.9 x 1.5 x 0.4). base granular 90%, minimal slough, no probe to bone. no cellulitis. mild maceration periwound.
vascular: DP/PT palp bilat, ABI 1.08 R / 1.12 L (noncompressible? no).
neuro: monofilament absent 6/10 sites bilat. Charcot neg.
A1c 8.4 (was 10.2). on Ozempic 1mg + metformin.
tx: sharp debridement 0.6 cm2 to subcut w/ 15 blade, silver alginate, foam, TCC reapplied (he cut the last one off at a lūʻau - reeducated).
xr {{DATE:8/5}} no osteo.
work: tour driver w/ {{FACILITY:Hauʻula Island Tours}}, standing limited - note given.
f/u 1 wk. wound clinic nurse {{NAME:Kanani}} to see pt {{DATE:Fri 9/6}}.
{{NAME:Brent Kahalewai}}, DPM`,

  // 38 social work, Waianae encampment
  `SOCIAL WORK ASSESSMENT - ED
{{FACILITY:Waiʻanae Coast Medical Center}} ED   {{DATE:01/19/2025}}
Pt: {{NAME:Makoa, Kealiʻi}}   DOB {{DATE:07/04/1979}}   MRN {{MRN:WCM-227106}}
Referral: ED MD Dr. {{NAME:Shannon Leong}} - cellulitis, unhoused, needs d/c plan

Pt is 45 y/o Native Hawaiian kāne living in a tent at {{LOCATION:Mākua}} beach area x 2 yrs after eviction from {{ADDRESS:85-175 Farrington Hwy, Apt 3D}}. Was a mason for {{FACILITY:Nānākuli Concrete}} until back injury 2021. Uses methamphetamine "sometimes", denies IVDU. Has EBT, no ID (lost in rain) - birth cert from DOH needed.
Support: sister {{NAME:Noelani Makoa}} in {{LOCATION:Nānākuli}} {{PHONE:808-555-0133}} - can't house him (section 8 rules) but can store meds.
Plan/actions:
- Referred to {{FACILITY:Hale Kūʻike Medical Respite}} for 14-day IV-to-oral abx bed - accepted, transport 1600 via {{FACILITY:Leeward Care Van}}.
- QUEST (Med-QUEST) active, member # {{HEALTH_PLAN:0008871203}}; CCS coordinator {{NAME:Darnell}} notified.
- Outreach worker {{NAME:Kawehi Pahia}} ({{FACILITY:Ka Lama Outreach}}) will follow after respite.
- Substance use: declined tx today, accepted naloxone + fentanyl strips.
Pt agreeable. {{NAME:Lynette Ching}}, LCSW  x{{PHONE:3302}}`,

  // 39 lab report, Nome
  `*** FINAL REPORT ***        {{FACILITY:Seward Peninsula Regional Hospital Laboratory}}
{{ADDRESS:1100 E 5th Ave}}, {{LOCATION:Nome}}, AK {{ZIP:99762}}    CLIA 02D9917321    Director: {{NAME:Howard Kenick}}, MD
PATIENT: {{NAME:SOOLOOK, ALMA R}}     DOB {{DATE:02/09/1958}}    SEX F     MRN {{MRN:SP00338812}}
ORDERING: {{NAME:Jon Milligrock}}, PA-C ({{FACILITY:Teller Clinic}})     ACCESSION {{ID:L25-071-0093}}
COLLECTED {{DATE:03/12/2025 0810}} (clinic, shipped w/ mail plane)   RECEIVED {{DATE:03/12/2025 1644}}   REPORTED {{DATE:03/13/2025 0915}}

TEST                  RESULT      FLAG   REF RANGE        UNITS
Sodium                133         L      136-145          mmol/L
Potassium             5.4         H      3.5-5.1          mmol/L   (hemolyzed? transit 8h)
Creatinine            1.42        H      0.57-1.00        mg/dL
eGFR (CKD-EPI 2021)   41          L      >60
Glucose               188         H      70-99            mg/dL
Hemoglobin A1c        8.1         H      <5.7             %
TSH                   0.21        L      0.45-4.50        uIU/mL
Free T4               2.3         H      0.8-1.8          ng/dL
Hep B surface Ag      NEGATIVE
H. pylori stool Ag    POSITIVE    A

Comment: K may be falsely elevated - delay in processing; suggest redraw in clinic if feasible. TSH low/FT4 high: consider Graves disease vs thyroiditis.
Called to PA {{NAME:Milligrock}} {{DATE:3/13/25}} 0930 by {{NAME:TO}}.`,

  // 40 teleophthalmology DR screening
  `DIABETIC RETINOPATHY SCREENING - TELEOPHTHALMOLOGY READ
Image site: {{FACILITY:Kwethluk Subregional Clinic}}   Camera: Topcon TRC-NW400 (nonmydriatic)   Photographer: CHA {{NAME:Nora Uttereyuk}}
Reading center: {{FACILITY:KTHC Eye Clinic}}, {{LOCATION:Bethel}}
Patient: {{NAME:Evan, George Jr.}}   DOB {{DATE:10/10/1966}}   Chart {{MRN:KT-0399017}}
Images captured {{DATE:02/06/2025}}, read {{DATE:02/11/2025}}
Diabetes dx 2013, last A1c 9.6 ({{DATE:12/2024}}), last eye exam 2021.

Image quality: OD adequate; OS ungradable macula (small pupil, cataract).
OD: scattered dot-blot hemorrhages 4 quadrants (>20 each quadrant), venous beading in 1 quadrant, no NVD/NVE seen. Hard exudates within 1 DD of fovea.
OS: mild NPDR peripheral, macula not gradable.
Grade: OD severe NPDR with probable CSME. OS ungradable.
Recommendation: URGENT in-person referral to ophthalmology within 2-4 weeks (OCT + anti-VEGF eval). Travel via PRC - referral #{{ID:PRC-25-11402}}.
Pt contacted through clinic {{PHONE:907-555-0124}}, prefers Yup'ik; niece {{NAME:Bernice Evan}} will help with travel and stay at {{FACILITY:Nuqtaq Patient Hostel}} in {{LOCATION:Anchorage}}.
Reader: {{NAME:Yuki Ogawa}}, OD   Lic {{LICENSE:AK-OPT-1193}}`,

  // 41 ED note, foodborne botulism
  `{{FACILITY:CHMC}} EMERGENCY DEPARTMENT - PHYSICIAN RECORD
Pt: {{NAME:Andrew, Lucy Akiaq}}   59 F   MRN {{MRN:CH-6671390}}   Arr {{DATE:06/30/2024 2312}} via {{FACILITY:Polar Star Medevac}} ({{VEHICLE:N911PS}}) from {{FACILITY:KRH}}
Hometown: {{LOCATION:Akiachak}}   PCP: {{NAME:Ivan Kameroff}}, PA-C

HPI: Per {{FACILITY:KRH}} transfer note (Dr. {{NAME:Okakok}}) and pt's son {{NAME:Harold}}: ate "stinkheads" (fermented king salmon heads, buried in pit / plastic bucket) with 3 family members on {{DATE:6/28}}. ~18 h later double vision, dry mouth, trouble swallowing, now slurred speech and arm weakness. Her sister-in-law {{NAME:Martha Andrew}} has similar sx, still at {{FACILITY:KRH}}.
Exam: afebrile, alert, oriented, bilateral ptosis, fixed dilated pupils, CN VI palsy bilat, dysarthria, poor gag, pooled secretions. Neck flexion 4/5, deltoids 4-/5, legs 4+/5, DTRs reduced, sensation intact. NIF -28, FVC 1.6 L (45% pred).
A: suspected foodborne botulism (type E likely). DDx Miller Fisher variant GBS, myasthenia (no) - descending pattern favors botulism.
P: state epi on-call notified 2335, antitoxin (HBAT) requested via CDC, ETA AM. Admit MICU {{FACILITY:Denali 3}}, FVC q2h, intubate if FVC <20 mL/kg or NIF worse than -25. NPO. Stool/serum/leftover fish to state lab via epi. Other family in village contacted through {{FACILITY:Akiachak Clinic}} {{PHONE:907-555-0151}}.
{{NAME:Priscilla Tulik}}, MD   {{DATE:07/01/2024 0012}}`,

  // 42 interisland peds transfer Lanai -> Maui
  `TRANSFER NOTE  -  {{FACILITY:Lānaʻi ʻOhana Clinic}}  ->  {{FACILITY:Valley Isle Medical Center}} ({{FACILITY:VIMC}}), {{LOCATION:Wailuku}}
{{DATE:Saturday 04/12/2025}}  1540

Pt {{NAME:Keakealani Bautista}} ("{{NAME:Kea}}"), 9 yo M, DOB {{DATE:2015-11-30}}, MRN {{MRN:LCHC-00874}}
Parent: mom {{NAME:Crystal Bautista}} {{PHONE:808-555-0109}}; home {{ADDRESS:418 Lanai Ave}}, {{LOCATION:Lānaʻi City}} {{ZIP:96763}}

Fell from mango tree ~8 ft at 1415, FOOSH L. Obvious deformity L forearm, closed. Radial pulse 2+, cap refill <2s, can move fingers, sensation ok in radial/median/ulnar distribution. No head strike, GCS 15, no other injury.
XR: displaced midshaft fx L radius + ulna (both-bone), ~30 deg angulation.
Given: ibuprofen 400 mg, IN fentanyl 1.5 mcg/kg (45 mcg), sugar-tong splint, sling.
Accepted by: Dr. {{NAME:Alika Pestana}} (ortho) via {{FACILITY:VIMC}} ED charge {{PHONE:808-555-0116}}; bed in ED for closed reduction/sedation.
Transport: no ferry until AM -> air taxi {{FACILITY:Maui Nui Charters}} Cessna 208 {{VEHICLE:N208LC}}, with mom. Not ambulance-level; stable.
NPO since 1200 (ate musubi at 1130).
Paperwork: QUEST ID {{HEALTH_PLAN:0011472209}}, consent, images on CD.
{{NAME:Carla Dumaran}}, APRN   {{DATE:04/12/2025 1605}}`,

  // 43 telehealth primary care video, Cantonese elder
  `VIDEO VISIT - FAMILY MEDICINE   {{FACILITY:Eastbay Chinatown Health Clinic}}, {{LOCATION:Oakland}}
Pt: {{NAME:Chan, Yuk Fong}}   DOB {{DATE:09/14/1939}}   MRN {{MRN:ECH-108842}}   DOS {{DATE:07/08/2025}}
Provider: {{NAME:Patrick Yee}}, MD (at clinic)   Pt at daughter's home, {{ADDRESS:1920 Fruitvale Ave, Apt 5}}, {{LOCATION:Oakland}}
Join link sent by SMS: {{URL:https://ebchc.doxy.example.me/dryee-0708-4}}   Cantonese - Dr. {{NAME:Yee}} speaks Cantonese, no interpreter needed.
Daughter {{NAME:Irene Chan}} present, helps with camera. Pt consents.

S: 85 yo F, f/u HTN, knee OA, insomnia. Home BP log (Omron): 150s-160s/80s AM. Pt admits she stopped amlodipine because of "swollen ankles" and is drinking a herbal tea from {{FACILITY:Tin Hau Herbs}} in {{LOCATION:Chinatown}} for "blood pressure" (? contents). Sleeping 4 h, taking daughter's zolpidem some nights!! Knees painful, using Salonpas + tiger balm.
O: video - comfortable, mild ankle edema (daughter shows), gait with cane ok on screen.
A/P:
1. HTN uncontrolled - switch amlodipine to losartan 25 mg, BMP in 1 wk. Bring tea package next visit.
2. Insomnia - stop zolpidem (fall risk, Beers). CBT-I handout in Chinese, melatonin 1 mg trial.
3. OA knees - diclofenac gel, PT referral to {{FACILITY:Lake Merritt Physical Therapy}}.
F/u 4 wk in person.
99214-95.  e-signed {{NAME:P. Yee}} MD
audit trail: {{IP:192.168.20.14}} | pt {{IP:76.102.9.211}} | {{DATE:07/08/2025 14:37}}`,

  // 44 ALL CAPS discharge summary, TB + DM
  `{{FACILITY:KAPUĀIWA MEDICAL CENTER}} - DISCHARGE SUMMARY
NAME: {{NAME:LANGRINE, HILDA}}      MRN: {{MRN:K00940566}}      DOB: {{DATE:03/05/1988}}
ADMITTED: {{DATE:02/03/2025}}   DISCHARGED: {{DATE:02/19/2025}}   UNIT: {{FACILITY:MAUKA 8}} (AIIR RM 814)
ATTENDING: {{NAME:ROBERT KANESHIRO}}, MD      CONSULTS: ID (DR. {{NAME:WENDY AGUSTIN}}), ENDO

PRINCIPAL DX: PULMONARY TUBERCULOSIS, SMEAR POSITIVE, DRUG-SUSCEPTIBLE (XPERT MTB/RIF: RIF RESISTANCE NOT DETECTED)
SECONDARY: NEW T2DM A1C 12.8; IRON DEFICIENCY ANEMIA; HISTORY OF LEPROSY (HANSEN'S DISEASE) TREATED AS CHILD ON {{LOCATION:KWAJALEIN}}

COURSE: 36 YO MARSHALLESE FEMALE WITH 3 MO COUGH, HEMOPTYSIS, 20 LB WT LOSS. CXR: RUL CAVITARY DISEASE. AFB SMEAR 3+. STARTED RIPE {{DATE:02/04}} WEIGHT-BASED. INSULIN GLARGINE + LISPRO -> TRANSITIONED TO METFORMIN + GLARGINE 18 U. SMEARS CONVERTED TO NEGATIVE X3 ON {{DATE:02/16}}, {{DATE:02/17}}, {{DATE:02/18}}. LFTS STABLE. VISION BASELINE NORMAL FOR ETHAMBUTOL.

DISPOSITION: HOME TO {{ADDRESS:1633 LUSITANA ST, APT 201}}, {{LOCATION:HONOLULU}} {{ZIP:96813}} WITH HUSBAND {{NAME:JOHNNY LANGRINE}} AND 4 CHILDREN (CONTACTS BEING SCREENED BY DOH TB BRANCH).
DOT: DOH OUTREACH WORKER {{NAME:KALANI}} DAILY M-F. MARSHALLESE INTERPRETER USED FOR ALL TEACHING ({{NAME:CARLTON ZACKHRAS}}).
RETURN TO WORK ({{FACILITY:ALOHA SEAFOOD PROCESSING}}) ONLY AFTER DOH CLEARANCE.
FOLLOW UP: DOH TB CLINIC {{DATE:02/24/2025}}; PCP DR. {{NAME:NOELANI KAHANANUI}}, {{FACILITY:KALIHI UKA FAMILY HEALTH CENTER}}.

{{NAME:R. KANESHIRO}} MD / DICT {{DATE:02/19/2025}} / TRANS {{NAME:SLN}} {{DATE:02/20/2025}}`,

  // 45 referral letter cardiology
  `{{FACILITY:Olympic Heart Center}}
{{ADDRESS:3055 Wilshire Blvd, Suite 720}} · {{LOCATION:Los Angeles}}, CA {{ZIP:90010}} · T {{PHONE:213-555-0140}} · F {{FAX:213-555-0141}}

{{DATE:February 3, 2025}}

{{NAME:Allison Huang}}, MD
Adult Congenital Heart Program
{{FACILITY:Palo Alto Heart & Vascular Institute}}

Re: {{NAME:Han, Seung-min}}, DOB {{DATE:6/14/1990}}

Dear Dr. {{NAME:Huang}},

I am writing to refer Ms. {{NAME:Han}}, a 34-year-old teacher at {{FACILITY:Hobart Hills Elementary}}, for evaluation of a secundum ASD with right heart enlargement found on echo {{DATE:1/22/25}} after she presented with palpitations. TTE: RV mildly dilated, TAPSE 2.6, 1.8 cm secundum ASD with L->R shunt, Qp:Qs ~1.9, RVSP 34 mmHg, deficient aortic rim (~3 mm). Holter: paroxysmal atrial flutter, longest 42 s.
She was born in {{LOCATION:Daegu}} and had a murmur noted as a child but no follow-up after immigration. She hopes to become pregnant next year.
Given the deficient aortic rim I would appreciate your opinion on device vs surgical closure. I have started metoprolol succinate 25 mg daily; CHA2DS2-VASc is 1 (female) and I have not anticoagulated.
Her contact: {{PHONE:323-555-0114}}, {{EMAIL:smhan90@inbox.example.com}}. Records and images are on the enclosed disc and in CareEverywhere.

Sincerely,
{{NAME:Daniel K. Ahn}}, MD, FACC
NPI {{LICENSE:1063587214}}`,

  // 46 SNF progress note, 96-year-old
  `{{FACILITY:Hinode Terrace Care Center}} - PHYSICIAN PROGRESS NOTE (monthly)
Resident: {{NAME:Nakamura, Fumiko}}    Age: {{AGE:96}}    Rm 208-A    Adm {{DATE:11/2021}}
Date: {{DATE:8/14/2024}}     Attending: Dr. {{NAME:Ken Okumura}}
Nurse: {{NAME:Remy Santos}}, LVN     Family: son {{NAME:Roy Nakamura}} (DPOA) {{PHONE:310-555-0188}}, lives in {{LOCATION:Torrance}}

S: per staff, more sleepy this wk, eating 25-50% (loves okayu + umeboshi), refused Tues shower. 1 fall {{DATE:8/9}} found sitting next to bed, no injury. No cough. Voiding in brief.
O: BP 104/58, HR 64, T 97.8, SpO2 95. Wt 88.2 lb (-2.1 lb/30d). Thin, pleasant, speaks Japanese > English, oriented to self. Lungs clear. Heart irreg irreg, rate ok. Sacrum intact. BLE trace edema.
Labs {{DATE:8/12}}: Na 131, BUN 34, Cr 1.3, Hgb 10.4.
A/P:
1. Advanced dementia (FAST 7a) - decline, weight loss. Discussed with son by phone: comfort-focused, POLST updated to DNR/DNI, selective treatment, no feeding tube. Hospice referral to {{FACILITY:Kokoro Hospice}} - son agrees.
2. AF - rate controlled, no anticoag (fall risk, age) - reconfirmed.
3. Hyponatremia mild - liberalize diet, hold HCTZ.
4. Fall - low bed + floor mat, PT screen.
Next visit 30 days.  {{NAME:K. Okumura}}, MD  / fax copy to {{FAX:310-555-0189}}`,

  // 47 discharge med rec, Little Saigon
  `DISCHARGE MEDICATION RECONCILIATION & INSTRUCTIONS
{{FACILITY:Coastline Community Hospital}}, {{LOCATION:Westminster}} CA    Discharge {{DATE:10/21/2024}}
Patient: {{NAME:Vo Thi Hoa}}    DOB {{DATE:1951-03-03}}    MRN {{MRN:CCH-0771092}}    Dx: NSTEMI s/p DES to LAD
Language: Vietnamese - instructions reviewed w/ interpreter {{NAME:Kim Nguyen}} (#{{ID:INT-5521}}) + son {{NAME:Tuan Le}}

NEW:     aspirin 81 mg daily - NEVER stop without cardiologist
NEW:     ticagrelor (Brilinta) 90 mg twice daily x 12 months
NEW:     atorvastatin 80 mg nightly
NEW:     metoprolol succinate 25 mg daily
NEW:     nitroglycerin 0.4 mg SL prn chest pain (call 911 if not better after 1)
CHANGED: lisinopril 10 -> 5 mg daily (BP low-normal)
CONTINUE: metformin 1000 mg BID (restart {{DATE:10/23}}, 48h after contrast)
STOP:    naproxen (Aleve) - bleeding + heart risk
STOP:    "Hoat Huyet Duong Nao" herbal capsules and Chinese ginkgo - bleeding risk with Brilinta
STOP:    omeprazole from {{LOCATION:Saigon}} trip pharmacy -> use pantoprazole 40 mg daily instead
Pharmacy: {{FACILITY:Bolsa Family Pharmacy}} {{PHONE:714-555-0126}}  (Brilinta copay card given; NDC 0186-0777-60)
Follow-up: Dr. {{NAME:Hieu Dang}} cardiology {{DATE:10/28}} 9:00; PCP Dr. {{NAME:Lien Phan}} 1-2 wk; cardiac rehab referral sent.
Reviewed by {{NAME:Stacy Ngo}}, RN  {{DATE:10/21/24}} 1515`,

  // 48 well child check, Samoan toddler
  `WELL CHILD 30 MONTH - {{FACILITY:Carson Pacific Islander Pediatrics}}
{{DATE:11/13/2024}}     Pt: {{NAME:Leota, Malaki}}   DOB {{DATE:05/02/2022}}   MRN {{MRN:CPP-33018}}
Accomp: mom {{NAME:Fetu Leota}}, grandma {{NAME:Siniva}} ("Nana")   Insurance: Medi-Cal {{HEALTH_PLAN:91220371B44821}}

Interval: healthy, 1 ear infxn in summer. Drinks ~40 oz milk/day + juice. Loves rice, chicken, pisupo (corned beef). Sleeps w/ bottle. Daycare at {{FACILITY:Little Tusitala Learning Center}}.
Dev: ~50 words Samoan+English, 2-word phrases, runs, kicks ball, feeds self. ASQ pass; M-CHAT-R 0.
Growth: wt 18.9 kg (>99%), ht 92 cm (80%), BMI z +2.6 (obese). HC nl.
Exam: nl. Teeth: early childhood caries upper incisors (white spot + 2 brown lesions). No murmur. Tanner 1.
Labs: Hgb 10.2 (low) - likely milk-related iron def. Lead (cap) 3.8 - repeat venous; family lives near freeway + older home ({{ADDRESS:21930 S Avalon Blvd, #14}}, {{LOCATION:Carson}} {{ZIP:90745}}).
Plan: milk <16 oz, no bottle, water not juice; ferrous sulfate 3 mg/kg/d; dental referral {{FACILITY:Harbor Smiles Pediatric Dentistry}}, fluoride varnish applied today; venous lead + CBC 1 mo; vaccines UTD, flu shot given (Fluarix lot 9KX3T).
Grandma prefers Samoan - pediatrician's MA {{NAME:Losa}} interpreted.
{{NAME:Jennifer Tuiasosopo}}, MD  / RTC 3 yr WCC`,

  // 49 CHA dog bite / rabies PEP
  `CHA/P ENCOUNTER - {{FACILITY:Kivalina Clinic}}  ({{LOCATION:Northwest Arctic}})
Pt {{NAME:Swan, Levi}}  DOB {{DATE:7/19/2012}}  HRN {{MRN:NA-90177}}    {{DATE:10/04/2024}} 1620
CHA/P: {{NAME:Hattie Koenig}}  |  tele w/ Dr. {{NAME:Amaruq Adams}}, {{FACILITY:NW Arctic Regional Hospital}} ED, {{LOCATION:Kotzebue}}

12 yo M bitten L hand + forearm by loose dog at ~1500 near the school; dog was seen fighting an arctic fox last week per neighbors. Dog owner {{NAME:Oscar Knox}} - dog now tied up.
Wounds: 3 punctures dorsum L hand, 1 cm lac L forearm, bleeding controlled. Full ROM fingers, sensation ok.
Tx: irrigated w/ 500 mL NS + povidone-iodine, left open. Amox-clav 875/125 BID x 5 d (wt 44 kg). Tdap UTD (2023).
Rabies: arctic fox rabies is enzootic in region -> per Dr. {{NAME:Adams}}, start PEP: RIG + vaccine needed at hub. Dog to be quarantined 10 days, observed by VPSO {{NAME:Raymond Wesley}}; if dog sick, head to state virology lab.
Travel: pt + mom {{NAME:Janet Swan}} on {{FACILITY:Kotz Air Taxi}} mail run tomorrow AM, PRC travel auth #{{ID:TA-24-10078}}; day 3/7/14 vaccine doses can be given here.
School ({{FACILITY:Qikiqtaq School}}) notified re: dog. Mom phone {{PHONE:907-555-0196}}.
{{NAME:H. Koenig}} CHA/P`,

  // 50 SUD intake Hilo
  `ADULT SUBSTANCE USE INTAKE (ASAM) - {{FACILITY:Hale Kūkulu Recovery Center}}, {{LOCATION:Hilo}}
Client: {{NAME:Pōhaku, Kalani K.}}   DOB {{DATE:04/25/1994}}   Client ID {{MRN:HKR-2025-0162}}
Intake date: {{DATE:May 5, 2025}}   Counselor: {{NAME:Malia Kalua}}, CSAC   Referred by: Drug Court (case # {{ID:3CPC-24-0000871}}), probation officer {{NAME:Derek Fukunaga}}

30 yo Native Hawaiian man, meth use since age 17, smoking ~1 g/day until arrest {{DATE:12/2024}}. Also alcohol weekends, cannabis daily. No IVDU. 2 prior tx episodes (2016, 2021), longest sobriety 14 mo. Grew up in {{LOCATION:Keaukaha}}; lives w/ aunty {{NAME:Luana}} in {{LOCATION:Pāhoa}}, {{ADDRESS:15-2790 Puni Lane}}. Laid off from {{FACILITY:Puna Macnut Farms}}.
Trauma: father incarcerated at {{FACILITY:Oʻahu Men's Correctional}}, DV in home; brother overdosed 2022.
MH: PHQ-9 14, GAD-7 11, no SI today. Hx "hearing voices" during heavy use only.
Medical: hep C Ab+ (never treated), dental caries, BP 142/90.
ASAM dims: 1 low, 2 mod, 3 mod, 4 pre-contemplation->contemplation, 5 high relapse risk, 6 housing unstable.
Level of care: 2.1 IOP 9 h/wk + MAT eval (no FDA med for meth; discuss naltrexone/bupropion study). Hep C referral to {{FACILITY:Hilo Bayfront Medical Center}} liver clinic (pt preference).
Pt strengths: ʻohana, hula, wants to coach paddling again.
{{NAME:M. Kalua}}, CSAC   {{DATE:5/5/25}}`,

  // 51 stress echo
  `STRESS ECHOCARDIOGRAM (EXERCISE)  -  {{FACILITY:Serramonte Cardiology Group}}, {{LOCATION:Daly City}}
Name: {{NAME:Macaraeg, Eduardo Jr.}}   DOB: {{DATE:01/16/1962}}   MRN: {{MRN:SCG-20917}}   Study #{{ID:SE-25-0418}}
Date: {{DATE:03/27/2025}}   Ordering: {{NAME:Liza Ocampo}}, MD   Performed: {{NAME:Joel Bactad}}, RDCS   Supervising/Interp: {{NAME:Victor Lim}}, MD
Indication: exertional chest tightness walking up hills to BART, DM2, HTN, FHx (father MI at 54 in {{LOCATION:Dagupan}}).
Protocol: Bruce. Baseline HR 78, BP 142/84. Meds held: metoprolol x 48h.

STAGE   TIME    HR    BP        SYMPTOMS
1       3:00    112   158/86    none
2       6:00    134   174/88    mild tightness
3       8:15    151   186/90    tightness 4/10 -> stopped
Recovery 6 min: HR 92, sx resolved 3 min.
Peak HR 151 = 96% MPHR. METs 9.8. Duke treadmill score -1.
ECG: 1.5 mm horizontal STD II, III, aVF, V5-V6 at peak, resolving at 4 min recovery.
Rest echo: LVEF 60%, no RWMA, mild LVH, mild MR.
Stress echo: new hypokinesis mid-to-apical anterior and apical septum; LV cavity dilates; EF ~50%.
IMPRESSION: POSITIVE for ischemia in LAD territory, intermediate-high risk. Recommend coronary angiography. Results called to Dr. {{NAME:Ocampo}} {{DATE:3/27/25}} 11:50; pt told not to exert, SL NTG rx.
cc: {{NAME:Macaraeg}} family (daughter {{NAME:Kristine}} requested copy by email {{EMAIL:kristine.macaraeg@mailbox.example.com}})`,

  // 52 portal message, rash in infant
  `Inbox > Patient Medical Advice Request
Patient: {{NAME:Yoon, Hayoon}} (6 mo)    MRN {{MRN:0044-718-225}}    Sent by mother {{NAME:Yoon Ji-eun}}
{{DATE:12/02/2024}} 21:14

hello, my baby has red dry patches on both cheeks and behind knees since ~2 weeks. she scratches at night and cries. we use Johnson lotion. Grandmother say it is because I eat spicy food while breastfeeding?? she is also drooling a lot. no fever. I attach 2 photos. Is it eczema? Can we use the hydrocortisone 1% from the store? also when is her next vaccine? we are moving to {{ADDRESS:455 Cambridge Ave, Apt 3}}, {{LOCATION:Palo Alto}} {{ZIP:94306}} on {{DATE:12/15}}, please update.  my husband works at {{FACILITY:Quillfire Labs}} so insurance is same.
{{NAME:Ji-eun}}  {{PHONE:650-555-0187}}

--- Reply {{DATE:12/03/2024}} 08:41 - {{NAME:Maya Oyelaran}}, RN (Peds Triage)
Hi Ms. {{NAME:Yoon}}, thank you for the photos - this looks like atopic dermatitis (eczema), which is very common and is not caused by your diet. Please:
 - bathe 5-10 min lukewarm, pat dry, thick fragrance-free ointment (Vaseline/Aquaphor) 2x a day
 - hydrocortisone 1% thin layer 2x/day up to 7 days on red patches, not on eyelids
 - cotton clothes, short nails
If skin weeps, crusts or she has fever, call us. Dr. {{NAME:Grace Liang}} can see her on {{DATE:Dec 10}}. Address updated. Her 6-mo vaccines are due - book with that visit.
{{NAME:M. Oyelaran}} RN`,

  // 53 home health PT, WWII-era veteran
  `HOME HEALTH - PHYSICAL THERAPY EVALUATION
Agency: {{FACILITY:Solano Bayside Home Care}}   Provider #05-7731 (Medicare)   Phone {{PHONE:707-555-0121}}
Patient: {{NAME:Bulosan, Felipe M.}}    Age {{AGE:99}}    DOB {{DATE:07/04/1925}}   MR# {{MRN:SBH-3350}}
Address: {{ADDRESS:127 Tennessee St}}, {{LOCATION:Vallejo}}, CA {{ZIP:94590}} (1-story, 3 steps to front door, no rail)
Eval date: {{DATE:06/03/2025}}    Referring MD: {{NAME:Sol Gatdula}}, MD (VA CBOC)   VA auth {{ID:VA-HH-8812044}}

Hx: Filipino Scout veteran (Philippine Army, 1944-46), fall at home {{DATE:5/20}} w/ L pubic ramus fx, nonop. Also CHF, CKD 3, hearing loss (uses amplifier). Lives with daughter {{NAME:Perla Bulosan-Reyes}} and son-in-law. Daughter works days at {{FACILITY:Carquinez Marine Works}}; aide from church 10-2.
Subjective: "I want to walk to the backyard to see my calamansi tree." Pain 3/10 L groin w/ walking.
Objective: Bed mobility min A. Sit-stand CGA with arms. Gait 25 ft FWW, CGA, slow, narrow BOS. TUG 34 s. Tinetti 12/28 (high fall risk). BERG not completed (fatigue). SpO2 94->91 w/ gait.
Home: throw rugs, dim hallway, tub w/o grab bar.
Plan: PT 2w4, 1w2: gait/transfer training, ther-ex, HEP. DME: 3-in-1 commode, tub bench, grab bars, rail for steps (VA prosthetics request). Rugs removed today.
Goals: household ambulation 100 ft FWW supervision in 4 wk.
{{NAME:Andrea Soriano}}, PT, DPT  {{DATE:6/3/25}}`,

  // 54 pre-maternal home travel
  `PATIENT TRAVEL / PRE-MATERNAL HOME REFERRAL
{{FACILITY:KTHC}} Prenatal Program  ->  {{FACILITY:Irniaq Pre-Maternal Home}}, {{LOCATION:Bethel}}
Pt: {{NAME:Nanalook, Cheryl A.}}   DOB {{DATE:09/09/2001}}   Chart {{MRN:KT-0462201}}   G2P1   EDC {{DATE:03/02/2025}}
Village: {{LOCATION:Quinhagak}}   Clinic: {{FACILITY:Kuinerraq Clinic}}  ph {{PHONE:907-555-0145}}
Date of request: {{DATE:01/27/2025}}

Pt at 35w1d; program policy - travel at 36 wk to await delivery near hospital (no births in village). Prior SVD 2021 at {{FACILITY:KRH}}, 3.4 kg, no complications.
Current: GDM diet-controlled, Hgb 10.8 on iron, GBS pending (swab at 36 wk in {{LOCATION:Bethel}}). BP ok.
Flight: {{DATE:02/03/2025}} scheduled air carrier {{FACILITY:Tundra Hopper Air}}, 10:15 dep {{LOCATION:Quinhagak}}. Escort: not eligible (uncomplicated) - pt upset about leaving son ({{NAME:Jonah}}, 3 yo) with her mother {{NAME:Rita Nanalook}} for ~4 wk.
Medicaid {{HEALTH_PLAN:0098814521}} travel auth {{ID:MT-25-02338}}.
Midwife: {{NAME:Sara Lindqvist}}, CNM.  BH check-in offered for separation stress - pt accepted.
Pt phone (text best): {{PHONE:907-555-0199}}; FB messenger ok per pt.
{{NAME:Grace Tulik}}, prenatal case manager   {{DATE:1/27/25}}`,

  // 55 neonatal interisland transport
  `NEONATAL TRANSPORT RECORD - {{FACILITY:Lunalilo Keiki Medical Center}} ({{FACILITY:LKMC}}) NICU Transport Team
Referring: {{FACILITY:Kauaʻi West Side Hospital}}, {{LOCATION:Waimea}}   Referring MD: {{NAME:Jared Kapahu}}, MD
Infant: Baby Boy {{NAME:Gonsalves}}   DOB/TOB: {{DATE:07/21/2024 0512}}   {{FACILITY:LKMC}} MRN {{MRN:KK-3088120}}   BW 2010 g   GA 33+4
Mother: {{NAME:Shayla Gonsalves}}, 22 yo G1, PPROM x 30 h, GBS unk, 1 dose betamethasone only.
Call received 0604 | team dispatched 0650 | depart {{LOCATION:Honolulu}} 0745 | arr bedside 0900 | depart 1005 | arr {{FACILITY:LKMC}} NICU 1120
Aircraft: {{FACILITY:Pueo Air Ambulance}} King Air {{VEHICLE:N361PA}}; team NNP {{NAME:Erin Tsukamoto}}, RRT {{NAME:Bryson Leialoha}}

At bedside: grunting, retractions, FiO2 0.45 on CPAP 6 -> intubated 0915 (3.0 ETT, 9 cm lip), Curosurf 200 mg/kg x1 given 0925. Apgars (per referring) 6 and 8.
UVC placed 0940 (tip T9 on CXR). D10 80 mL/kg/d. Ampicillin + gentamicin. Glucose 38 -> 62 after 2 mL/kg D10 bolus.
In flight: SIMV, FiO2 0.30, SpO2 92-95, temp 36.6 in transport isolette. No events.
Family: father {{NAME:Kainoa Gonsalves}} will fly to {{LOCATION:Honolulu}} tonight; mom stays at {{FACILITY:KWSH}} for post-op. Family housing request sent to SW. Dad cell {{PHONE:808-555-0153}}.
{{NAME:E. Tsukamoto}}, NNP-BC   {{DATE:7/21/24 1140}}`,

  // 56 geriatric depression, Vietnamese, San Jose
  `BEHAVIORAL HEALTH INTEGRATION - FOLLOW UP
{{FACILITY:Story Road Community Clinic}}, {{LOCATION:San Jose}}     DOS: {{DATE:09/05/2024}}
Pt: {{NAME:Nguyen Van Bay}}    DOB {{DATE:05/19/1948}}    MRN {{MRN:SRC-0092117}}
BH care manager: {{NAME:Trinh Le}}, LCSW   Consulting psychiatrist: Dr. {{NAME:Helen Phan-Ward}} (case review {{DATE:9/3}})
Interpreter: not needed - LCSW is Vietnamese-speaking. Son {{NAME:Khoa}} joined by phone {{PHONE:408-555-0131}} w/ permission.

S: 76 yo former ARVN officer, came 1992 under H.O. program, reeducation camp 8 yrs. Wife died {{DATE:March 2024}}. Since then "buồn" (sad), poor sleep, stopped going to temple + morning tai chi at the park, eats once a day. Thinks of wife at night, says "sống làm gì nữa" (what is the point of living) sometimes but no plan, no intent, "Buddha says no." No firearms at home. Nightmares about camp increased.
PHQ-9: 17 ({{DATE:7/11}}) -> 15 today. GAD-7 9. PC-PTSD-5: 4/5.
Meds: mirtazapine 7.5 mg qhs started {{DATE:7/11}} (sleep + appetite better, wt +2 lb); also takes "thuốc bổ" ginseng.
A: MDD moderate with prolonged grief, PTSD sx (remote). Passive death wish, low acute risk.
P: per psychiatrist increase mirtazapine to 15 mg; start grief-focused problem-solving therapy weekly; referral to {{FACILITY:Vietnamese Veterans Senior Center}} (son will drive); safety plan reviewed in Vietnamese, 988 has Vietnamese via interpreter. Next contact {{DATE:9/12}}.
{{NAME:T. Le}}, LCSW   (CoCM 99493)`,

  // 57 cardiac cath report ALL CAPS
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:CHUGACH HEIGHTS MEDICAL CENTER}} - CARDIOVASCULAR LAB 2
PATIENT: {{NAME:OSCAR, WASSILIE J}}     MRN: {{MRN:CH-6688017}}     DOB: {{DATE:11/11/1957}}     TRIBAL HRN: {{MRN:KT-0301299}}
DATE: {{DATE:01/09/2025}}     OPERATOR: {{NAME:HYUN-WOO SEO}}, MD     FELLOW: {{NAME:A. NAKOA}}, MD
REFERRING: {{FACILITY:KRH}} INTERNAL MEDICINE, {{LOCATION:BETHEL}}
INDICATION: NSTEMI (TROP 2.8), TRANSFERRED FROM {{LOCATION:BETHEL}} VIA {{FACILITY:AURORA BOREALIS AIR MEDICAL}} {{DATE:01/08/2025}}.

ACCESS: R RADIAL 6F, VERAPAMIL/HEPARIN COCKTAIL. CONTRAST 140 ML VISIPAQUE. FLUORO 12.4 MIN.
CORONARIES:
LM: NORMAL.
LAD: 40% PROXIMAL; 90% MID AT D2 (TIMI 3).
LCX: 70% OM1, SMALL VESSEL.
RCA: DOMINANT, CTO MID WITH L-TO-R COLLATERALS.
LV: EF 45% (LVGRAM), LVEDP 22.
INTERVENTION: MID LAD - 3.0 X 28 MM DES (LOT 0012784433), POST-DILATED 3.5 NC. 0% RESIDUAL, TIMI 3.
TR BAND 1420.
IMPRESSION: 3VD (LAD TREATED, CTO RCA, OM1 MEDICAL). SYNTAX 24. DISCUSS CT SURGERY VS STAGED RCA CTO PCI AT HEART TEAM ({{DATE:THURS 1/16}}).
PLAN: DAPT ASA + TICAGRELOR 12 MO; HIGH-INTENSITY STATIN; ECHO; CARDIAC REHAB IS NOT AVAILABLE IN VILLAGE ({{LOCATION:KWETHLUK}}) - HOME-BASED PROGRAM VIA TELEHEALTH.
DAUGHTER {{NAME:EVELYN OSCAR}} UPDATED BY PHONE {{PHONE:907-555-0170}} 1530.
{{NAME:H. SEO}}, MD  {{DATE:01/09/2025 15:44}}`,

  // 58 farmworker pesticide exposure
  `URGENT CARE - {{FACILITY:Salinas Valley Farmworker Clinic}}   {{ADDRESS:632 E Alisal St}}, {{LOCATION:Salinas}} {{ZIP:93905}}
DOS {{DATE:05/14/2025}} 1105     Pt: {{NAME:Ramos, Danilo}}  DOB {{DATE:10/22/1983}}  MRN {{MRN:SVF-118204}}
Employer: {{FACILITY:Alisal Greens Harvesting}} (lettuce crew), foreman {{NAME:Rico Dumlao}} {{PHONE:831-555-0138}}
Companion: coworker {{NAME:Jaime Soto}} (interpreting Ilocano->English informally; pt also speaks some English)

HPI: 41M, at ~0800 crew entered field next to one being sprayed (?). Smelled "chemical", then headache, tearing, runny nose, nausea, sweating, one vomit, "tight chest". 6 other workers w/ similar sx, destinations unknown, 2 came here.
Exam: HR 56 (!), BP 128/78, RR 20, SpO2 96. Pupils 2 mm, profuse salivation + lacrimation, diffuse wheeze, fasciculations L calf. Skin wet, clothes smell of solvent.
Tx: decon (clothes bagged, shower), atropine 1 mg IV -> HR 78, secretions dry. 2L O2. Albuterol neb.
Labs: RBC cholinesterase + plasma cholinesterase sent to county lab.
Dx: suspected organophosphate/carbamate poisoning, occupational.
Dispo: ED at {{FACILITY:Monterey Valley Hospital}} for observation (risk of intermediate syndrome) via {{FACILITY:Salinas Rural Ambulance}}.
Reporting: Pesticide Illness Report (PIR) to County Ag Commissioner + Poison Control called 1140 (case {{ID:CPCS-25-0514-227}}). DFR to employer.
{{NAME:Carmelita Vasquez}}, MD`,

  // 59 integrated system discharge planning
  `{{FACILITY:BIH}} - INTERDISCIPLINARY DISCHARGE PLANNING NOTE
{{FACILITY:BIH Fresno Medical Center}} - {{FACILITY:Sierra 5 Ortho}}    Date {{DATE:Friday, 01/24/2025}}
Patient: {{NAME:Matsumoto, Hideo}}   MRN {{MRN:0012-665-903}}   POD#2 R hip hemiarthroplasty (femoral neck fx after fall in his packing shed)
Team: hospitalist {{NAME:Nina Shah}}, MD; RNCM {{NAME:Bobbi Yamaoka}}, RN; PT {{NAME:Tomás Ibarra}}; SW {{NAME:Lorraine Kubo}}

Functional: ambulating 40 ft FWW mod A, WBAT, hip precautions. AM-PAC 14. Needs SNF.
Home: {{ADDRESS:11840 S Fowler Ave}}, {{LOCATION:Selma}} - raisin farm, 2-story farmhouse, lives w/ wife {{NAME:Setsuko}} (83, uses walker). Son {{NAME:Gary Matsumoto}} in {{LOCATION:Clovis}} {{PHONE:559-555-0144}}.
Coverage: Medicare Advantage HMO - SNF auth submitted {{DATE:1/23}}, auth #{{ID:SNF-A-2250178}}; approved {{DATE:1/24}} AM.
SNF choices (family ranked): 1) {{FACILITY:Sequoia Gardens Post-Acute}} {{LOCATION:Kingsburg}} - bed avail Sat; 2) {{FACILITY:Fig Garden Rehabilitation}} - waitlist.
Barriers: pt wants to go home to supervise pruning crew ({{FACILITY:Matsumoto Family Farms}}); agreed to SNF after son explained.
Anticoag: enoxaparin 40 mg daily x 28 d. Transport: gurney van {{FACILITY:Valley Gurney Transport}} {{DATE:1/25}} 1000.
Plan confirmed with pt + son at bedside. {{NAME:B. Yamaoka}} RN CCM  x{{PHONE:42218}}`,

  // 60 referral letter Saipan -> Honolulu peds cardiac
  `{{FACILITY:Commonwealth Keiki Clinic}}
{{ADDRESS:PO Box 502117}}, {{LOCATION:Saipan}}, MP {{ZIP:96950}} | Tel {{PHONE:(670) 555-0117}} | Fax {{FAX:(670) 555-0118}}

{{DATE:14 August 2024}}

To: Pediatric Cardiology, {{FACILITY:Lunalilo Keiki Medical Center}}, {{LOCATION:Honolulu}}
Attn: Dr. {{NAME:Miyuki Sato}}
Via: CNMI Medical Referral Services (MRS # {{ID:MRS-24-03391}})

RE: {{NAME:Cabrera, Angelina Teregeyo}}   DOB {{DATE:02 Feb 2024}}   Clinic # {{MRN:CKC-24-0211}}

Dear Dr. {{NAME:Sato}},

Thank you for accepting this 6-month-old Chamorro-Carolinian girl from {{LOCATION:San Vicente}} with a large perimembranous VSD (7 mm, L->R, on our portable echo), failure to thrive (wt 5.6 kg, <3rd %ile), and tachypnea despite furosemide 1 mg/kg BID and spironolactone. She has had 2 admissions for bronchiolitis at {{FACILITY:Saipan Commonwealth Hospital}} this year. No dysmorphic features; karyotype not available on island.
We request surgical evaluation for VSD closure. Mother {{NAME:Frances Cabrera}} will accompany; both have passports/IDs. Father {{NAME:Jose Teregeyo}} contact {{PHONE:670-555-0172}}, email {{EMAIL:jteregeyo@islandmail.example.net}}.
Medicaid (CNMI) coverage active; MRS will arrange flights and lodging at {{FACILITY:Hale ʻOhana Guest House}}.

Respectfully,
{{NAME:Rosalind Kaipat}}, MD, FAAP`,

  // 61 ICD remote interrogation
  `DEVICE CLINIC - REMOTE TRANSMISSION REVIEW
{{FACILITY:Kapuāiwa Medical Center}} Heart Rhythm Service     Reviewed {{DATE:10/02/2024}}
Patient: {{NAME:Tanaka, Harold Masao}}   DOB {{DATE:08/30/1947}}   MRN {{MRN:K00611874}}
Device: Medtronic Cobalt XT DR ICD, model DDPA2D1, SN {{DEVICE:PZX604412H}}   implanted {{DATE:03/15/2021}} (Dr. {{NAME:Ng}})
Leads: RA 5076 SN {{DEVICE:PJN7738219}}; RV 6935M SN {{DEVICE:TDR3302145V}}
Transmission: scheduled + alert, received {{DATE:10/01/2024 02:13}} via MyCareLink bedside monitor SN {{DEVICE:RNB118802K}}

Battery 8.1 yr. RA impedance 475, RV 512, HV 68 ohms - stable. Sensing R 11.2 mV.
Pacing: AP 42%, VP 1.8%.
EVENTS: 1 VT episode {{DATE:09/29 21:47}} (CL 310 ms), terminated by ATP x1, no shock. 3 AT/AF episodes, longest 4 h 12 min, burden 2.3%.
OptiVol crossed threshold {{DATE:9/24}}, fluid index 68.
Pt called: feels "a flutter Sunday night" while watching baseball, mild ankle swelling. On carvedilol 12.5 BID, sacubitril/valsartan 49/51, no anticoag yet (CHA2DS2-VASc 4).
Plan: cards clinic appt {{DATE:10/8}} w/ Dr. {{NAME:Clement Ng}}; BMP; discuss apixaban; diuretic per HF RN. Pt's wife {{NAME:Joyce Tanaka}} {{PHONE:808-555-0161}} notified.
{{NAME:Ruby Mae Castillo}}, RN, CCDS`,

  // 62 ED trauma, highway MVC
  `ED TRAUMA NOTE - LEVEL II ACTIVATION     {{FACILITY:Fresno Valley Regional}}
{{DATE:11/27/24 17:22}}   Pt: {{NAME:Liang, Warren}}   41M   MRN {{MRN:FVR-902217}}
EMS: {{FACILITY:Madera County Ambulance}} M-12. Driver, restrained, pickup vs big rig on SR-99 NB near {{ADDRESS:Avenue 12 overpass}}, {{LOCATION:Madera}}; rollover x1, prolonged extrication 25 min. Vehicle CA plate {{VEHICLE:8KJW214}} per CHP.
Primary: A - talking. B - BS equal, SpO2 97% NRB. C - HR 118, BP 96/60, FAST + RUQ (Morison's pouch). D - GCS 14 (E4V4M6). E - seat-belt sign abdomen, R clavicle deformity.
Interventions: 2 LBIV, 1 u LTOWB, TXA 1 g, pelvic binder (no pelvic instability but mech).
CT pan-scan: grade III liver lac, R clavicle fx, R ribs 4-7 fx, no PTX, pelvis neg, C-spine neg.
Labs: Hgb 11.4, lactate 3.6, EtOH neg, INR 1.1.
Dispo: trauma surgery Dr. {{NAME:Gurpreet Sandhu}} - nonop mgmt liver, admit SICU {{FACILITY:Sequoia 2}}, serial H/H q6h.
Family: wife {{NAME:Cindy Liang}} en route from {{LOCATION:Visalia}}, {{PHONE:559-555-0162}}. Pt is a field engineer for {{FACILITY:Central Valley Solar Partners}}, was driving company truck.
Hospital #/FIN {{ACCOUNT:FVR-E-55812094}}
{{NAME:Olivia Martinez}}, MD  / scribe {{NAME:KC}}`,

  // 63 release of information request
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION - HIM Dept
{{FACILITY:Hilo Bayfront Medical Center}}   fax {{FAX:808-555-0178}}   HIM email {{EMAIL:roi@hilobayfront.example.org}}
Received: {{DATE:07/15/2025}}    Request # {{ID:ROI-2025-06117}}

Patient name: {{NAME:Kealoha, Abraham Kaʻōnohi}}      DOB: {{DATE:12/12/1932}}   ({{AGE:92}} yrs)
SSN: {{SSN:575-01-4482}}      MRN: {{MRN:HB-3307745}}
Address: {{ADDRESS:25-220 Kilauea Ave, Apt 6}}, {{LOCATION:Hilo}}, HI {{ZIP:96720}}

Release to: grandson {{NAME:Brandon K. Kealoha}}, {{ADDRESS:2117 Lanakila Ave}}, {{LOCATION:Honolulu}} {{ZIP:96817}}  ph {{PHONE:808-555-0192}}
Relationship: grandson, HCPOA on file (dated {{DATE:3/2/2023}})
Photo ID: HI DL {{LICENSE:H00482197}} (copy attached)
Info requested: discharge summaries, MAR, and notes {{DATE:01/2025}}-{{DATE:06/2025}}; imaging CDs. EXCLUDE behavioral health / substance use (42 CFR Part 2) - not authorized.
Purpose: continuity of care - moving Tūtū Kāne to {{LOCATION:Oʻahu}} to live with family; new PCP at {{FACILITY:Kalihi Uka Family Health Center}}.
Expiration: 1 year or upon revocation.
Signature of patient: "X" mark witnessed by {{NAME:Lehua Kaniho}}, HIM specialist, {{DATE:7/15/25}}
Processed by: {{NAME:lk}} / fee waived (continuity of care)`,

  // 64 tele-dermatology store and forward
  `TELEDERMATOLOGY CONSULT (STORE-AND-FORWARD)  -  AFHCAN cart case {{ID:AF-25-008816}}
Referring: {{NAME:Sadie Ahkinga}}, CHA/P, {{FACILITY:Diomede Clinic}} ({{LOCATION:Little Diomede}})
Consultant: {{NAME:Ingrid Soderberg}}, MD, Dermatology, {{FACILITY:CHMC}} {{LOCATION:Anchorage}}
Pt: {{NAME:Ozenna, Patrick}}   DOB {{DATE:4/1/1979}}   HRN {{MRN:NS-0144927}}
Case created {{DATE:03/03/2025}} 1012; reviewed {{DATE:03/04/2025}} 0735

History (per CHA): 45 M, hunter, 3 wk itchy rash hands + between fingers + waistband, worse at night. Wife and 2 kids itchy too. Was butchering walrus + sharing sleeping space at hunting camp. Tried hydrocortisone, no help.
Images (6): linear burrows finger webs, excoriated papules waist, nodules axilla. Dermoscopy image: "delta wing jet" sign.
Assessment: scabies, household outbreak; secondary impetiginization L hand.
Recommendations:
1. Permethrin 5% neck-down for pt AND all household contacts at same time, repeat in 7 days. Infants <2 mo - call me.
2. If cannot apply/repeat reliably: ivermectin 200 mcg/kg PO day 1 + day 8 (not in pregnancy).
3. Wash bedding/clothes hot or bag 72 h. Cold storage outside works in winter.
4. Mupirocin to crusted area L hand x 5 d.
5. F/u photos in 3 wk via cart.
Reply sent to clinic; callback {{PHONE:907-555-0147}}.
{{NAME:I. Soderberg}}, MD`,

  // 65 interpreter for family meeting, Yup'ik
  `INTERPRETER / FAMILY MEETING NOTE
{{FACILITY:CHMC}} MICU - {{FACILITY:Denali 3}}, family room     {{DATE:02/22/2025}} 1400-1515
Patient: {{NAME:Kusauyaq, Nicholas}} ({{NAME:Apaq}})   {{AGE:90}} y/o M   MRN {{MRN:CH-5590128}}
Interpreter: {{NAME:Bernadette Anaver}}, Yup'ik (Yugtun) - {{FACILITY:Native Language Interpreter Services}}, interp ID {{ID:NLIS-0381}}
Present: Dr. {{NAME:Kevin Albrecht}} (MICU), RN {{NAME:Lydia Tsai}}, chaplain Fr. {{NAME:Paul Nanuk}}; family - daughters {{NAME:Agnes Chanar}} and {{NAME:Theresa Kusauyaq}}, son {{NAME:Moses Kusauyaq}} (by speaker from {{LOCATION:Nightmute}}, {{PHONE:907-555-0110}})

Pre-brief: some concepts (intubation, "brain not waking") have no direct Yugtun words; interpreter will describe.
Discussion: Dr. {{NAME:Albrecht}} explained day 6 on ventilator after aspiration pneumonia + anoxic injury (cardiac arrest in {{LOCATION:Toksook Bay}} on {{DATE:2/16}}, CPR by CHA ~25 min before ROSC). MRI diffuse injury; EEG burst suppression. Family asked if elders' prayers could wake him - chaplain and MD supported prayer; MD said honestly recovery to talking or walking is very unlikely.
Family wishes: {{NAME:Apaq}} told them in fall he wanted to "go back to the land" and not die in the city. Family requests comfort care with extubation after relatives arrive on {{DATE:Monday 2/24}} (weather permitting) and asks if body can be flown home - SW {{NAME:Dana Pitka}} to coordinate with {{FACILITY:KTHC}} and {{FACILITY:Tundra Hopper Air}} cargo.
Decision: DNR now, no escalation, comfort extubation planned {{DATE:2/24}}.
{{NAME:K. Albrecht}}, MD  / interpreter signature {{NAME:B. Anaver}}`,

  // 66 home infusion, Anchorage
  `HOME INFUSION NURSING VISIT
{{FACILITY:Northern Lights Home Infusion}}   {{PHONE:907-555-0181}}
Pt: {{NAME:Hopson, Delores}}   DOB {{DATE:5/5/1960}}   Pt # {{MRN:NLHI-24-0772}}
Visit: {{DATE:10/19/2024}} 1000     Address: {{ADDRESS:3915 Mountain View Dr, Apt 12}}, {{LOCATION:Anchorage}} {{ZIP:99508}}
Ordering MD: Dr. {{NAME:Ruth Kwon}} (ID), {{FACILITY:CHMC}} ID clinic, fax {{FAX:907-555-0182}}

Dx: MSSA vertebral osteomyelitis L3-4 w/ epidural phlegmon (no surgery). Abx: cefazolin 2 g IV q8h via elastomeric pump, day 19 of 42 (end {{DATE:11/11/24}}).
Access: R basilic PICC, 4 Fr DL, ext length 0 cm (unchanged), arm circ 29 cm (baseline 29). Dressing + caps changed; site clean, no erythema. Flushes easily, + blood return.
Labs drawn from PICC: CBC/diff, BMP, CRP, ESR -> courier to {{FACILITY:Chugach Reference Lab}}.
Pt: back pain 3/10 (was 8), walking to mailbox. No fever, no rash, no diarrhea. Grandkids visiting from {{LOCATION:Utqiaġvik}} - reviewed hand hygiene, keep pump away from toddlers.
Supplies delivered: 21 elastomeric pumps (lot EZ24-1187), flush syringes.
Teaching: pump changes q8h (0600/1400/2200), pt independent, sister {{NAME:Ada}} backup.
Next RN visit {{DATE:10/26}}. Weekly labs faxed to Dr. {{NAME:Kwon}}.
{{NAME:Stephanie Oyoumick}}, RN, CRNI`,

  // 67 inpatient psychiatry, first-episode psychosis, 5150
  `PSYCHIATRIC ADMISSION H&P - {{FACILITY:Tilden Hills Behavioral Health}}, {{LOCATION:Berkeley}}  Unit {{FACILITY:Cedar West}}
Pt: {{NAME:Zhang, Kevin Haoran}}   DOB {{DATE:01/08/2005}}   MRN {{MRN:THB-55301}}   Adm {{DATE:04/27/2025 0312}}
Legal: WIC 5150 (danger to self + grave disability) written by campus police officer {{NAME:D. Whitfield}} #{{ID:4417}}; hold expires {{DATE:4/30/25 0130}}.
Attending: {{NAME:Rachel Imamura}}, MD

CC: "The professors are broadcasting my thoughts on the Wi-Fi."
HPI: 20 yo 2nd-yr EECS student at {{FACILITY:Bayview Polytechnic College}}, no prior psych hx. Roommate {{NAME:Marcus Ito}} reports 3 wks of not sleeping, taping over laptop camera, stopped eating "because the dining hall is monitored." Found on the roof of dorm ({{FACILITY:Kittredge Hall}}) at 0100 saying he needed to "get off the network." Cannabis vapes daily since {{DATE:January}}; UDS +THC only.
Family: parents in {{LOCATION:Cupertino}} - mother {{NAME:Lin Zhang}} {{PHONE:408-555-0195}}; speaks Mandarin, prefers interpreter for medical details. Maternal uncle with schizophrenia in {{LOCATION:Chengdu}}.
MSE: disheveled, guarded, poor eye contact, speech soft, thought process tangential, persecutory + thought-broadcasting delusions, denies AH but appears internally preoccupied. Passive SI. Insight poor.
CT head neg at {{FACILITY:Summit Berkeley ED}}; labs sent.
Dx: unspecified psychosis, r/o schizophreniform vs cannabis-induced psychosis.
Plan: risperidone 1 mg qhs titrate; q15 checks; family meeting w/ Mandarin interpreter; school notified only w/ consent.
{{NAME:R. Imamura}}, MD`,

  // 68 growth ultrasound GDM
  `OB ULTRASOUND - GROWTH / BPP
{{FACILITY:Kapuāiwa Medical Center}} Women's Imaging, {{FACILITY:Liliʻu Pavilion}} 2nd fl
Patient: {{NAME:Tupuola, Faʻafetai M.}}   DOB: {{DATE:07/07/1991}}   MRN: {{MRN:K00958213}}
Exam: {{DATE:06/17/2025}}   EDD (by 8 wk US): {{DATE:07/22/2025}}   GA 35w0d
Referring: {{NAME:Leinani Kaneakua}}, MD (MFM)   Sonographer: {{NAME:Chelsea Morita}}, RDMS
Indication: A2GDM on insulin (NPH 24u qhs + lispro 8-10u w/ meals), BMI 44, prior macrosomic infant (4.6 kg, shoulder dystocia 2019).

Single live IUP, cephalic. FHR 142.
BPD 8.9 cm   HC 32.4 cm   AC 34.8 cm   FL 6.8 cm
EFW (Hadlock 4) 3390 g = 92nd percentile. AC 98th %ile. HC/AC 0.93.
AFI 24.6 cm (upper normal / borderline polyhydramnios). MVP 8.4.
Placenta posterior fundal, grade II.
BPP: breathing 2, movement 2, tone 2, fluid 2 = 8/8.
UA Doppler S/D 2.2 (normal).

IMPRESSION: LGA with disproportionately large AC (suggests diabetic fetopathy), borderline poly. BPP 8/8.
Recommendations: tighten glycemic control; twice-weekly NST/AFI; discuss delivery timing at 37-38 wk given EFW, prior shoulder dystocia - consider scheduled CS if EFW >4500 g at term.
Pt accompanied by husband {{NAME:Iosefa Tupuola}}; wants to deliver at {{FACILITY:KMC}} not {{FACILITY:Leeward Birthing Center}}. Results discussed with Dr. {{NAME:Kaneakua}} {{DATE:6/17/25}} 1120.
Read by {{NAME:Stephen Ikeda}}, MD`,

  // 69 dental therapy village
  `DENTAL THERAPY PROGRESS NOTE  -  {{FACILITY:Chevak Clinic}} dental operatory
DHAT: {{NAME:Candace Ulroan}}, DHAT   Supervising DDS (remote): Dr. {{NAME:Loren Bergstrom}}, {{FACILITY:KTHC}} Dental, {{LOCATION:Bethel}}
Pt: {{NAME:Tuluk, Annie Marie}}   DOB {{DATE:03/21/2017}}   chart {{MRN:KT-0470615}}   age 7
Date: {{DATE:11/06/2024}}   Parent/guardian: grandmother {{NAME:Mary Tuluk}} (legal guardian) present, consent signed
Language: Cup'ik at home; grandmother interpreted for child.

CC: "tooth hurts when drinking cold pop" x 1 wk.
Exam: #K and #L MO caries into dentin; #T large occlusal lesion w/ pulp involvement, no swelling, no fistula; #3 and #14 erupted, sealants intact (placed {{DATE:4/11/24}}). Plaque index heavy. Fluorosis none (village water not fluoridated).
Radiographs: 2 BWX. #T radiolucency near pulp.
Tx today (under local, lido 2% w/ epi 1 carpule, lot L2291B): #K MO SDF + glass ionomer; #L MO composite; #T pulpotomy + SSC (size 4). Fluoride varnish full mouth.
Tx plan: #S and #J monitor; referral to {{LOCATION:Bethel}} for GA if new pulpal lesions.
Hx: drinks ~3 cans pop/day, "Tang" with akutaq snacks. Counseling w/ grandmother on water instead of pop, xylitol gum at school ({{FACILITY:Chevak School}}).
Post-op: soft foods today, ibuprofen 10 mg/kg.
{{NAME:C. Ulroan}}, DHAT / co-signed {{NAME:L. Bergstrom}}, DDS {{DATE:11/8/24}}`,

  // 70 Unalaska processor injury medevac
  `{{FACILITY:Iliuliuk Family Health Clinic}} - {{LOCATION:Unalaska}} / {{LOCATION:Dutch Harbor}}   ED-equivalent note
{{DATE:Tue 02/11/2025 0445}}    Pt: {{NAME:Pascual, Renato B.}}   DOB {{DATE:06/02/1986}}   MRN {{MRN:IFH-40028}}
Employer: {{FACILITY:Aleutian Pride Seafoods}} (pollock B season, on-shore plant), contract from {{LOCATION:Cebu City}} via {{FACILITY:Manila Crew Agency}}; safety officer {{NAME:Gregor Ivanoff}} {{PHONE:907-555-0157}}
Employee # {{ID:APS-11873}}

HPI: 38M, R hand caught in fillet machine conveyor ~0330, machine stopped by coworker {{NAME:Arnel Catacutan}}. Tagalog + English.
Exam: R hand - degloving dorsum, partial amputation R index finger at PIP, R long finger crush w/ open fx P1, cap refill absent index tip, present others. HR 104 BP 132/88. Pain 9/10.
Tx: tetanus, cefazolin 2 g, fentanyl 100 mcg, saline-moistened dressing, amputated part in bag on ice. XR: comminuted P1 long fx, index P2 amputation.
Consult: hand surgery Dr. {{NAME:Leah Petrakis}}, {{FACILITY:CHMC}}, by phone 0505 - accepts, needs replant eval ASAP.
Medevac: {{FACILITY:Aurora Borealis Air Medical}} jet {{VEHICLE:N612AB}} from {{LOCATION:Anchorage}}; ETA 0800 if winds < 40 kt (currently 35 gusting 50). If delayed, call Dr. {{NAME:Petrakis}} again; replant window ~12 h warm ischemia for digit.
Workers' comp: {{ACCOUNT:WC-AK-25-0021774}}.
{{NAME:Sean Hoffmann}}, PA-C`,

  // 71 portal refill thread, Anchorage
  `{{FACILITY:CHMC}} Patient Portal  >  Messages  >  "refill inhaler + question"
From: {{NAME:Ahmaogak, Lorraine}}  (HRN {{MRN:CH-4410982}})      {{DATE:8/14/2024}} 10:02 PM
To: {{FACILITY:Primary Care Team Ptarmigan}} - Dr. {{NAME:Hollis Grant}}

hi I'm out of my symbicort, pharmacy at {{FACILITY:Muldoon Community Pharmacy}} says needs new Rx. Also going back to {{LOCATION:Wainwright}} for whaling crew cooking in {{DATE:sept-oct}} and the clinic there doesn't carry symbicort, can I get 3 inhalers? My breathing is ok except smoke from the fires this summer made it bad. I used the albuterol like 4 times a day in {{DATE:July}}. my new number is {{PHONE:907-555-0137}}. Thank you  {{NAME:Lorraine}}

---- {{DATE:08/15/2024}} 08:20 AM  {{NAME:Tess Kowalski}}, LPN
Hi {{NAME:Lorraine}}, Dr. {{NAME:Grant}} sent Symbicort 160/4.5, 2 puffs twice daily, #3 inhalers (90-day) to {{FACILITY:Muldoon Community Pharmacy}}. IHS/Medicaid should cover the 90-day supply. He also wants you to have an asthma visit before you leave - we have {{DATE:Aug 22}} at 1:40 PM or video {{DATE:Aug 23}}. Phone number updated.
If you use albuterol more than 2 days a week, that means asthma is not controlled - please call us or the {{FACILITY:Wainwright Clinic}} ({{PHONE:907-555-0197}}).

---- {{DATE:8/15/24}} 9:47 AM {{NAME:Lorraine Ahmaogak}}
the 23rd video pls. thank u`,

  // 72 telestroke consult, Molokai
  `TELESTROKE CONSULTATION
Hub: {{FACILITY:Kapuāiwa Medical Center}} Neurosciences   Spoke: {{FACILITY:Hale Hoʻōla Molokaʻi}} ER
Consult requested {{DATE:11/09/2024 19:41}}   Video connected 19:49   Cart ID MOL-TS-02
Session: {{URL:https://telestroke.kapuaiwa.example.org/s/7731-MOL-1109}}
Patient: {{NAME:Dudoit, Henry Kanaloa}}   DOB {{DATE:10/02/1956}}   MRN {{MRN:HHM-198244}}
Spoke MD: Dr. {{NAME:Kaleo Nāone}}   Neurologist: {{NAME:Sandra Hoʻopiʻi}}, MD

LKW 1850 - was fishing off {{LOCATION:Kamalō}} wharf, wife {{NAME:Lani Dudoit}} saw him drop rod, R face droop, "words mixed up." BG 142. On apixaban? NO - on aspirin only.
NIHSS (by video w/ RN): LOC 0, gaze 1, visual 0, facial 2, R arm 3, R leg 2, L 0, ataxia 0, sensory 1, language 2, dysarthria 1, extinction 0 = 15.
CT head non-con (images pushed via PACS, read 20:02): no hemorrhage, ASPECTS 9. CTA not available on island.
Decision: tenecteplase 0.25 mg/kg (wt 86 kg -> 21.5 mg) recommended; no contraindications per checklist. Bolus 20:11 (door-to-needle 38 min).
Transfer: suspected L M1 occlusion (cortical signs) -> EVT candidate; accepted to {{FACILITY:KMC}} neuro-ICU, {{FACILITY:Pueo Air Ambulance}} {{VEHICLE:N38PK}} requested 20:15.
BP goal <180/105 post-lytic. Neuro checks q15 min.
{{NAME:S. Hoʻopiʻi}}, MD  {{DATE:11/09/2024 20:24}}
-- session log: hub {{IP:10.12.5.61}} / spoke {{IP:10.40.2.17}} / 35 min`,

  // 73 ED note, ciguatera
  `ED NOTE - {{FACILITY:Kona Coast Community Hospital}}   {{DATE:3/15/25}} 0120
Pt: {{NAME:Agustin, Romeo}}   52M   MRN {{MRN:KC00612378}}   PCP: none (sees herbalist in {{LOCATION:Kealakekua}})
HPI: 6 hrs after dinner of roi (peacock grouper) speared by his brother-in-law {{NAME:Jun Dacanay}} off {{LOCATION:Honaunau}}, pt developed vomiting, watery diarrhea, then tingling lips + hands, says cold water feels "hot" and his teeth feel loose. 4 others at the party ({{ADDRESS:82-6070 Mamalahoa Hwy}}) sick - wife {{NAME:Gloria}} and 2 neighbors also coming in.
PMH: HTN, on lisinopril. Works as landscaper at {{FACILITY:Keauhou Palms Resort}}.
Exam: T 36.2 HR 48 (!) BP 92/54. Perioral paresthesias, temperature reversal (ice cube test +), pruritus, no rash. Neuro otherwise nl.
ECG: sinus brady 48, nl intervals.
Dx: ciguatera fish poisoning w/ bradycardia + hypotension.
Tx: NS 2 L, ondansetron 4 mg, atropine 0.5 mg IV x1 -> HR 64, BP 108/66. Mannitol discussed - evidence weak, not given. Avoid alcohol, nuts, fish x 3-6 months; symptoms can recur.
Leftover fish saved in freezer -> DOH notified (report {{ID:HI-CFP-25-0318}}).
Obs overnight on tele. {{NAME:Neil Kahikina}}, DO`,

  // 74 postpartum nursing lower-case
  `postpartum rn note  {{FACILITY:Torrance Bayside Memorial}}  {{FACILITY:Catalina 3}} m/b unit  rm 3112
{{DATE:6/2/25}} 0700-1930   rn {{NAME:sophia kwon}}
pt {{NAME:lee, da-eun}} 31 g1p1 pod1 s/p primary c/s (arrest of dilation) {{DATE:6/1/25}} 1412. baby boy "{{NAME:ethan}}" rooming in.
vs stable, bp 118/72, t 37.4, pain 4/10 incision on ibuprofen/apap sched + oxy 5 x1 @ 1300. incision pfannenstiel, prevena wound vac on, no drainage. fundus firm u-1, lochia rubra mod. foley out 0600, voided x2 (350, 420). ambulating hall x3 w/ husband. flatus +.
bf: latch painful L, nipple bruised. lc consult {{NAME:Yuna}} IBCLC 1500 - football hold better. baby wt down 6.8%.
mood: tearful this pm, says mother-in-law flying in from {{LOCATION:Seoul}} tomorrow "to do sanhujori" & is stressed about it. epds 9. offered sw - declined for now, will re-screen. husband {{NAME:jason lee}} ({{PHONE:310-555-0149}}) supportive.
rhogam n/a (o pos). rubella immune. tdap given prenatal.
teaching: incision care, seaweed soup ok (miyeok-guk, pt asked), no lifting >10 lb, s/s pe/pph.
plan: d/c tmrw if baby ok. ob dr {{NAME:Irene Paik}} aware.
{{NAME:s.kwon}} rn`,

  // 75 RHD echo screening, American Samoa
  `RHEUMATIC HEART DISEASE SCREENING - FOCUSED ECHO (WHF 2023 criteria)
Program: school-based screening, {{FACILITY:Tafuna Heights High School}}, {{LOCATION:Tafuna}}, American Samoa
Device: Vscan Air (handheld), images uploaded for remote review
Screen date: {{DATE:02/26/2025}}   Remote read: {{DATE:03/04/2025}}   Screener: {{NAME:Iosefa Sagapolutele}}, RN
Student: {{NAME:Mauga, Talia}}   DOB {{DATE:09/13/2009}}   Screening ID {{ID:RHD-AS-25-0477}}   Gr 10

Findings:
- Mitral: pathological MR, jet 2.4 cm, seen in 2 views, peak velocity 3.4 m/s, pansystolic. AMVL thickness 4 mm, restricted posterior leaflet motion. No MS.
- Aortic: no AR.
- LV size upper normal (LVEDD 5.3 cm).
Category: Stage B - Definite RHD (mitral, mild-moderate).
Recommendation: formal TTE at {{FACILITY:Fagaʻalu Medical Center}} cardiology clinic within 4 wks; start secondary prophylaxis benzathine penicillin G 1.2 MU IM q28 days (register in RHD registry); dental review; repeat echo 1 yr.
Parent notified: mother {{NAME:Luisa Mauga}}, {{ADDRESS:PO Box 3381}}, {{LOCATION:Pago Pago}} {{ZIP:96799}}, ph {{PHONE:684-555-0129}}. Family speaks Samoan; letter sent in Samoan + English. Sister {{NAME:Sina}} screened normal in 2023.
Reviewer: {{NAME:Rebecca Tuitele}}, MD (pediatric cardiology, remote)  {{DATE:3/4/25}}`,

  // 76 tourist in Waikiki, hospitalist note
  `HOSPITALIST PROGRESS NOTE - {{FACILITY:Palolo Valley Medical Center}}, {{FACILITY:Ewa Tower 7}} rm 712
{{DATE:2024年12月29日}} ({{DATE:12/29/2024}})   HD #2
Pt: {{NAME:Watanabe, Shigeru}} / {{NAME:渡辺 茂}}   {{AGE:91}} y/o M   MRN {{MRN:PV0091183}}   Passport (JPN) {{ID:TK8841275}}
Visiting from {{LOCATION:Osaka}} with daughter {{NAME:Emiko Watanabe}} + grandson; staying at {{FACILITY:Kalākaua Sunset Hotel}} rm 1804. Travel insurance case # {{ID:JTI-24-556102}} - assistance desk aware.
Interpreter: Japanese, video, Ms. {{NAME:Saito}} (#{{ID:2287}}); daughter also fluent.

S: feels better, breathing easier, slept. Wants to see New Year fireworks from the hotel. No CP.
O: T 37.0 HR 84 irreg BP 128/70 RR 18 SpO2 95% 2L. Crackles R base, improved. Confused overnight (pulled IV), now oriented x3.
Labs: WBC 13.2 (from 17.9), Cr 1.2, Na 134. Blood cx NGTD. Legionella/pneumococcal urine Ag neg.
A/P:
1. CAP RLL (CURB-65 = 3) - ceftriaxone + azithro day 2 -> amox-clav if cx neg, 5 d total.
2. Delirium, hyperactive overnight - melatonin, lights on by day, family at bedside, no benzos.
3. AF, new - rate ok; CHA2DS2-VASc 4; apixaban 2.5 BID (age >80, wt 52 kg); echo ordered.
4. Dispo: likely d/c {{DATE:12/31}} to hotel; fit-to-fly letter + records in English for his doctor Dr. {{NAME:Kenji Mori}} at {{FACILITY:Tennoji Kitamura Clinic}}. Flight home {{DATE:1/3}}.
{{NAME:Caleb Wong}}, MD   pgr {{PHONE:3390}}`,

  // 77 crisis line call log
  `CRISIS LINE CONTACT RECORD - {{FACILITY:Bay Area Crisis Support Center}} (988 network)
Contact ID {{ID:CL-250317-0884}}   Start {{DATE:03/17/2025 23:48}}   Duration 41 min   Counselor: {{NAME:Jordan Reyes-Akana}} (#{{ID:C-112}})
Caller: "{{NAME:Marites}}" (first name only), F, ~40s, cell {{PHONE:510-555-0168}} (caller ID), English w/ some Tagalog. Location given: {{LOCATION:Hercules}}.

Presenting: ICU nurse at {{FACILITY:Eastbay Regional Medical Center}}, just off 3rd night shift in a row, a patient she cared for died tonight. Husband working in {{LOCATION:Dubai}} since last year; alone with 2 kids (9, 13) and her mother-in-law ("Lola"). "I'm so tired I wish I could just not wake up."
Risk assessment: passive SI, no plan, no intent, no past attempts. Access: has lorazepam from old rx at home - agreed to give bottle to mother-in-law tonight. No firearms. Protective: kids, faith (attends {{FACILITY:St. Joseph Filipino Catholic Community}}), sister {{NAME:Joy}} in {{LOCATION:Vallejo}}.
Intoxication: denies; 1 glass wine.
Imminent risk: LOW.
Interventions: validation, grounding, collaborative safety plan (texted to caller w/ consent), info on employer EAP + {{FACILITY:Kapwa Wellness Collective}} (Filipino counselors), sleep hygiene.
Follow-up: caller consented to callback {{DATE:3/18}} ~1500 after she sleeps. Will call sister in AM.
Supervisor consult: {{NAME:Dee Fontanilla}}, LMFT - agrees, no mobile crisis needed.
{{NAME:J. Reyes-Akana}}`,

  // 78 adult residential care home RN visit
  `CARE HOME (ARCH TYPE I) - MONTHLY RN CASE MANAGEMENT VISIT
Home: {{FACILITY:Dela Rosa Adult Residential Care Home}}, {{ADDRESS:94-417 Kahuanani St}}, {{LOCATION:Waipahu}} {{ZIP:96797}}
Operator: {{NAME:Erlinda Dela Rosa}}  ph {{PHONE:808-555-0111}}   substitute caregiver {{NAME:Jojo Dela Rosa}}
Resident: {{NAME:Oshiro, Kiyoko}}   {{AGE:92}} F   DOB {{DATE:04/01/1932}}   QUEST Integration ID {{HEALTH_PLAN:0001938847}}
Visit: {{DATE:10/30/2024}} 1015   CM: {{NAME:Lorna Galiza}}, RN ({{FACILITY:ʻOhana Pono Case Management}})
PCP: Dr. {{NAME:Glenn Arakaki}}   Daughter/DPOA: {{NAME:Sharon Oshiro-Tam}}, {{LOCATION:Las Vegas}} {{PHONE:702-555-0193}}

Wt 97 lb (98 last mo). BP 136/74 HR 70. Skin intact, heels soft boots. Bowel log ok (senna nightly).
Meds via blister packs from {{FACILITY:Waipahu Kūhiō Pharmacy}}: donepezil 10, amlodipine 5, vit D, acetaminophen 650 TID, trazodone 25 qhs prn. MAR complete, no missed doses. Quetiapine d/c'd {{DATE:Sept}} - behaviors ok without.
Behavior: sundowning 2x/wk, asks for husband (died 2011), redirects with Okinawan music + champuru for dinner. Wandered to gate x1 - alarm worked.
Falls: none this month. Walker w/ 1 assist.
Operator concerns: resident refuses shower Thursdays; suggested sponge bath + bath on Fridays when she's calmer.
Plan: flu vaccine given at home today (lot AFLUR611B); RN visit {{DATE:11/27}}; update care plan, copy to Dr. {{NAME:Arakaki}} fax {{FAX:808-555-0112}}.
{{NAME:L. Galiza}}, RN`,

  // 79 travel medicine consult, tech employee
  `TRAVEL MEDICINE CONSULT - {{FACILITY:BIH Santa Clara Travel & Immunization Clinic}}
Date {{DATE:2025-04-02}}   Pt: {{NAME:Huang, Melissa Tingting}}   DOB {{DATE:1988-12-09}}   MRN {{MRN:0035-662-170}}
Employer: {{FACILITY:Pinecrest Robotics}} (hardware supply-chain mgr), employee ID {{ID:PR-20931}}; corporate travel desk {{EMAIL:travelhealth@pinecrestrobotics.example.com}}
Passport {{ID:A33719028}} (for vaccine certificate)

Itinerary: depart {{DATE:4/20/25}} -> {{LOCATION:Shenzhen}} (factory audits, 10 d) -> {{LOCATION:Hanoi}} + rural suppliers near {{LOCATION:Bắc Ninh}} (7 d) -> {{LOCATION:Taipei}} (visit grandmother, 5 d). Return {{DATE:5/12/25}}. Urban hotels + some rural dormitory visits, street food "for sure."
PMH: asthma (mild). LMP {{DATE:3/25}}, UPT neg today. NKDA.
Immunization hx: MMR x2, Tdap 2019, hep B series (mother HBsAg+, pt immune), flu 2024, COVID 2024.
Vaccines today: hep A (Havrix 1440, lot 7TX92), typhoid ViCPS (lot W1B448), JE (Ixiaro dose 1, lot JEV23-118; dose 2 on {{DATE:4/9}}) - rural exposure in rice area during season.
Malaria: not indicated for itinerary. Rabies pre-exposure: declined.
Rx: azithromycin 1 g x1 prn travelers' diarrhea; albuterol refill.
Counsel: food/water, mosquito (picaridin), air pollution + asthma (N95 in {{LOCATION:Hanoi}}), DVT on long flights.
{{NAME:Christine Lau}}, PharmD, CTH  / cosign {{NAME:M. Dizon}}, MD`,

  // 80 advice nurse telephone triage
  `{{FACILITY:BIH}} APPOINTMENT & ADVICE CENTER - TELEPHONE TRIAGE
Call rec'd {{DATE:01/05/2025 06:12}}   Callback # {{PHONE:209-555-0135}}   RN: {{NAME:Alan Tuason}}, RN (Adult protocol)
Pt: {{NAME:Le, Thanh Hung}}   DOB {{DATE:3/3/1963}}   MRN {{MRN:0027-514-339}}   Caller: daughter {{NAME:Vy Le}}
Language: pt Vietnamese; daughter relays; telephonic interpreter {{NAME:Phuong}} ID {{ID:VN-70215}} joined 06:15 to speak w/ pt directly.

Reason: chest pain since ~0500, woke him up, "like elephant," L arm heavy, sweating, vomited x1. Hx DM2, HTN, smokes. Took 1 of wife's NTG, no relief. BP on home cuff 168/100.
Protocol: Chest Pain - Adult -> Disposition: CALL 911 NOW.
Action: RN stayed on line; daughter called 911 on second phone 06:18. Advised chew aspirin 325 mg (no allergy, no bleeding), unlock door, pt sit down.
EMS on scene 06:27 at {{ADDRESS:2245 W Hammer Ln, Apt 118}}, {{LOCATION:Stockton}} {{ZIP:95209}}; taken to {{FACILITY:BIH Stockton Medical Center}} ED, STEMI alert called by medics per daughter (text 06:41).
Notified: ED charge {{NAME:Patricia Ong}} 06:35; PCP Dr. {{NAME:Hoa Truong}} in-basket.
Follow-up call to daughter {{DATE:01/05/2025 10:20}}: pt in cath lab, stent placed.
Total call 23 min.  {{NAME:A. Tuason}}, RN`,

];

export const HELDOUT_REALISTIC_28_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout28-${i + 1}`, n));
