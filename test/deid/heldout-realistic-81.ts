// An eighty-first held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities
// and counties appear only as places). It leans towards women's health, fertility and genetics:
// gynecology and well-woman visits, IVF cycle logs with stimulation, retrieval and transfer dates,
// embryo and donor identifiers, sperm and egg bank intake and release records, genetic counselling
// letters and pedigree write-ups naming relatives with their ages (ages over 89 are AGE), prenatal
// screening, NIPT and carrier-screen reports with accession numbers, mammography, breast MRI and
// ultrasound reports with prior-study dates, menopause, contraception and IUD/implant visits,
// lactation consults, and insurance appeals and prior-authorization letters. Dates come in many
// formats (LMP 5/22/25, EDD 01/09/2026, 12-FEB-2025, 10.03.2025, December 3rd, 2024, Sep '24,
// 12 de marzo de 2025), next to partner, donor and relative names of many origins, clinics,
// embryology and genetics labs and sperm banks as FACILITY, and look-alike non-PHI: cycle days
// (CD3, D5), gestational ages (12w3d), G/P and TPAL, BI-RADS, embryo grades (4AA, 5BB), karyotypes
// and HGVS variants, AMH and FSH values, pain scores (2/10), doses, lot and NDC numbers, CPT and
// ICD-10 codes, cryo tank/canister/cane positions, eponyms (Pap, Nabothian, Apgar, Doppler, Tanner,
// Kruger, Tyrer-Cuzick, Eklund, Monsel's, Hazelbaker, Nottingham, pouch of Douglas, Turner, Lynch)
// and ages of 89 and under, which are not marked.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles and kin
// terms outside NAME spans; payers and agencies not PHI; labs, banks, schools and employers are
// FACILITY; member numbers HEALTH_PLAN; billing and claim numbers ACCOUNT; NPI, DEA and licences
// LICENSE; accession, order, authorization and case numbers ID; implant and pump serials DEVICE;
// a month/day without a year is a DATE; an age over 89 is AGE however written).
// Added for this set: a sperm, egg or embryo bank donor number (Donor [7731], [ED-20418]; the word
// Donor stays outside) and an embryo, oocyte, sperm-vial or tissue specimen identifier tied to a
// patient (EMB-...-D5-02) are ID,
// while embryo grades, day numbers, straw/vial counts and cryo tank, canister, cane and goblet
// positions are not PHI; an NIPT, carrier-screen or pathology accession number is ID; a month with
// a year (03/2019, March 2019, Mar-19) is a DATE, a season with a year and a year alone are not;
// LMP, EDD and "expected due" dates are DATE; gestational ages, cycle days (CD3, day 5), G/P/TPAL,
// BI-RADS categories and pedigree positions (II-3, III-1) are not PHI; relatives named in a
// pedigree are NAME each time, their ages over 89 (dx at 91, d. 94y) are AGE, and a year of death
// alone is not PHI; a breast implant, tissue expander or breast-pump rental serial is DEVICE; a
// donor's photo file or a patient's ID-photo reference is PHOTO, a clinic's fingerprint or
// palm-vein check-in template number is BIOMETRIC; a partner's or donor's driver's licence used
// for identity checks is LICENSE; the state written before a plate (OH, CA) stays outside the
// VEHICLE span; labels (SN, serial, Donor, DL, pgr, x) stay outside spans; an insurance group
// number, a practice's TIN, a pain score (2/10) and a dry-shipper number are not PHI.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9717 / 0.9736; pass-17 engine (ea489f5, whose rules were made from sets 67-78 without this set)
// 0.9726 / 0.9726. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:BRIGHTWATER FERTILITY CENTER}} — IVF CYCLE LOG
Pt: {{NAME:Okonkwo, Adaeze N.}}   DOB {{DATE:04/17/1987}}   MRN {{MRN:BFC-0093317}}
Partner: {{NAME:Chidi Okonkwo}} (DOB {{DATE:11/02/1984}})   Cycle #2, antagonist protocol
Physician: Dr. {{NAME:M. Vasquez-Lind}}   Nurse coordinator: {{NAME:Tamsin Reyes}} RN, ext {{PHONE:4471}}

CD1 {{DATE:03/03/2025}}  baseline US: AFC 14, lining 4mm, no cysts. AMH 2.1 ng/mL (drawn {{DATE:1/28/25}})
Stim start {{DATE:3/5}}: Gonal-f 225 IU + Menopur 75 IU qhs
{{DATE:3/9}}  E2 812, lead f 13mm -> add ganirelix 250 mcg
{{DATE:3/12}} E2 2140, 4 f >=17mm, trigger Ovidrel 250 + Lupron 40U at 2130
RETRIEVAL {{DATE:Fri 3/14/2025 0815}}  14 oocytes, 11 MII, ICSI (partner sample, frozen {{DATE:02/20/2025}})
Fert check {{DATE:3/15}}: 9 2PN
Day 5 ({{DATE:3/19}}): {{ID:EMB-0093317-D5-01}} 4AA, {{ID:EMB-0093317-D5-02}} 4AB -> biopsied for PGT-A, vitrified.
Tank 3 / canister B / cane 12 — not for transfer this cycle.
PGT-A acc# {{ID:PGX-25-118804}} sent to {{FACILITY:Meridian Genomics Lab}} {{DATE:3/20/25}}.
FET tentatively {{DATE:April 28th}}. Pt called {{PHONE:(614) 555-0172}}, agrees. Questions -> {{EMAIL:adaeze.okonkwo87@mailbox.example}}
-- {{NAME:TR}}`,
  `GYN CLINIC — ANNUAL WELL WOMAN
{{FACILITY:Rosedale Women's Health Associates}}, {{ADDRESS:2210 Harlan Pike, Suite 300}}, {{LOCATION:Dayton}}, OH {{ZIP:45420}}
Patient: {{NAME:Marisol Ybarra-Quintana}}  DOB: {{DATE:9/30/1979}}  Acct {{ACCOUNT:RWH-550812}}
Date of service: {{DATE:June 10, 2025}}

S: 45 yo G3P2012 here for annual. LMP {{DATE:5/22/25}}, cycles now 21-40 d. Hot flashes 3-4/day, night sweats. No PMB. Last pap {{DATE:06/2022}} NILM, HPV neg. Mammo {{DATE:7/14/2024}} BI-RADS 1 at {{FACILITY:Fairborn Breast Imaging}}.
Husband {{NAME:Raul}} had vasectomy 2016 — no contraception needed.
FHx: mother {{NAME:Dolores Quintana}} breast ca at 62; maternal aunt {{NAME:Ines}} ovarian ca, age unknown.
O: BP 128/82, BMI 29.4. Breasts symmetric, no masses. Pelvic: nabothian cysts, uterus 8wk size, mobile. Adnexa nontender.
A/P: perimenopause, vasomotor sx; FHx warrants genetic referral.
 - Pap/HPV cotest today, specimen {{ID:CY25-044719}}
 - screening mammo ordered, due after {{DATE:07/14/2025}}
 - referral to {{FACILITY:Stillwater River Cancer Genetics}} (fax {{FAX:937-555-0148}})
 - discussed fezolinetant vs low-dose HRT; handout given
RTC 1 yr or prn.
{{NAME:Priya Sundaram}}, MD   NPI {{LICENSE:1487652093}}`,
  `GENETIC COUNSELING LETTER

{{DATE:August 4, 2025}}

{{NAME:Hannah Lindqvist}}
{{ADDRESS:88 Birchwood Terrace}}
{{LOCATION:Duluth}}, MN {{ZIP:55803}}

Dear Ms. {{NAME:Lindqvist}},

Thank you for meeting with me at {{FACILITY:North Shore Genetic Counseling}} on {{DATE:July 22, 2025}} with your sister {{NAME:Karin Lindqvist-Moe}}. This letter summarizes our discussion.

You were referred by Dr. {{NAME:Øyvind Berg}} because of your family history. Your mother, {{NAME:Ingrid Lindqvist}}, was diagnosed with ovarian cancer at 58 and died in 2011. Your maternal grandmother, {{NAME:Astrid Holm}}, had breast cancer in her 40s and is still living at {{AGE:93}}. Your father {{NAME:Per}} (71) is well.

Multigene panel testing (accession {{ID:NGC-2025-07731}}) was performed at {{FACILITY:Cascadia Molecular Diagnostics}}. A pathogenic variant in BRCA1, c.68_69delAG, was identified.

We reviewed risk-reducing salpingo-oophorectomy by 35-40, annual breast MRI alternating with mammography, and cascade testing. Your sister's results are expected around {{DATE:8/15}}.

Please call me at {{PHONE:218-555-0196}} or write to {{EMAIL:gc.northshore@nsgc-clinic.example}}.

Sincerely,
{{NAME:Leah Abernathy}}, MS, CGC
cc: Dr. {{NAME:Berg}}`,
  `MAMMOGRAPHY REPORT
{{FACILITY:LAKEVIEW IMAGING CENTER}}  Accession {{ID:LVI-8839201}}
PATIENT: {{NAME:TRAN, THI NGOC ANH}}   MRN {{MRN:00774512}}   DOB {{DATE:02-11-1968}}
EXAM DATE: {{DATE:11-NOV-2024}}
EXAM: BILATERAL DIAGNOSTIC MAMMOGRAM WITH TOMOSYNTHESIS, LEFT BREAST US
REFERRING: {{NAME:KOWALCZYK, ANNA}} MD

HISTORY: 56 yo, palpable lump L breast 2:00 noted by pt {{DATE:10/28}}.
COMPARISON: {{DATE:10/02/2023}}, {{DATE:09/19/2022}} ({{FACILITY:St. Brendan Medical Center}}).

FINDINGS: Heterogeneously dense (C). At the palpable site, L 2:00 6 cm FN, an irregular hypoechoic mass 1.4 x 1.1 x 0.9 cm with angular margins, not parallel, posterior shadowing. No axillary adenopathy. Right breast: no suspicious findings.

IMPRESSION: LEFT BREAST BI-RADS 4C. US-guided core biopsy recommended.
Biopsy scheduled {{DATE:11/15/2024}} 10:30 with Dr. {{NAME:Farouk}}. Results discussed with pt by phone {{PHONE:312 555 0139}} on {{DATE:11/11/24}}; daughter {{NAME:Linh}} interpreting.

Electronically signed: {{NAME:Ruth Ebersole}}, MD  {{DATE:11/11/2024 16:42}}`,
  `lactation consult — {{FACILITY:Mercy Hill Birthing Center}} rm 412
mom: {{NAME:Jazmine Whitfield}} 24yo G1P1   baby boy {{NAME:Whitfield}} born {{DATE:2/6/25 0317}}, 39w2d SVD, Apgar 8/9, BW 3310g
MRN mom {{MRN:MH-2204481}} / baby {{MRN:MH-2204495}}

day 2: wt 3095 (-6.5%). latch shallow L side, nipple trauma R, pain 6/10. FOB {{NAME:DeShawn}} at bedside, supportive.
obs feed: 12 min L, audible swallows after repositioning to football hold. tongue mobility ok, no frenulum concern.
plan: hand expression teaching, lanolin, Symphony pump for home -- rental serial {{DEVICE:SYM-04-77182}} via {{FACILITY:Cradle & Co Medical Supply}}, insurance member ID {{HEALTH_PLAN:QHM880412715}}.
f/u outpatient lact clinic {{DATE:Tue 2/11}} 1:00pm; call {{PHONE:555-0110}} if <6 wet diapers.
pediatrician Dr {{NAME:Ahn}} at {{FACILITY:Little Oaks Pediatrics}} notified.
— {{NAME:Bernadette Yoon}}, IBCLC   {{DATE:02/08/2025}}`,
  `CRYOBANK DONOR RELEASE / RECIPIENT ORDER
{{FACILITY:Pacific Crest Cryobank}}  {{ADDRESS:1450 Mission Ridge Rd}}, {{LOCATION:San Diego}}, CA {{ZIP:92108}}
Order # {{ID:PCC-ORD-208813}}     Date: {{DATE:2025-01-09}}

Recipient: {{NAME:Rebecca Stanhope}}   DOB {{DATE:1990-06-23}}
Recipient partner: {{NAME:Morgan Ashby-Stanhope}}
Donor: Donor {{ID:7731}} (ID-release at 18)   CMV neg, blood type O+, expanded carrier screen 0/283 + SMA silent carrier ruled out
Units: 3 x IUI-ready vials, 12 million motile/mL post-thaw, lot B-0419
Ship to: {{FACILITY:Cedar Grove Reproductive Medicine}}, attn: andrology, {{ADDRESS:600 Alder Ct, Bldg 2}}, {{LOCATION:Bellevue}}, WA {{ZIP:98004}}
Physician authorization: Dr. {{NAME:Kenji Morimoto}}, lic. {{LICENSE:MD60477812}}
Ship date {{DATE:01/14/25}}, dry shipper return by {{DATE:1/24}}.
Identity verified at pickup: recipient WA DL {{LICENSE:WDL8KX9Q2B7N}}; signature on file.
Recipient account {{ACCOUNT:PCC-A-331904}}, paid by card — storage fee $650/yr.
Donor profile (adult photo {{PHOTO:D7731_adult_02.jpg}}) viewed via portal {{URL:https://portal.pacificcrestcryo.example/recipient/rstanhope}}.
Questions: {{PHONE:619-555-0123}} / {{EMAIL:orders@pacificcrestcryo.example}}
Processed by {{NAME:jl}}`,
  `NIPT / CELL-FREE DNA SCREENING REPORT
{{FACILITY:Helixa Prenatal Laboratories}}  CLIA 05D2199834
Accession: {{ID:HPL-25-0417762}}   Requisition {{ID:RQ-9918274}}
Patient: {{NAME:Farah Siddiqui}}   DOB: {{DATE:12 Dec 1991}}   MRN: {{MRN:4419023}}
Ordering provider: {{NAME:Lucia Bianchi}}, CNM — {{FACILITY:Elliott Bay Midwifery Group}}, fax {{FAX:(206) 555-0181}}
Collected: {{DATE:17 Apr 2025}}   Received: {{DATE:18 Apr 2025}}   Reported: {{DATE:23 Apr 2025}}
GA at collection 10w4d (by CRL); singleton; no IVF; wt 61 kg
Fetal fraction: 9.2%

RESULTS
Trisomy 21 ........ LOW RISK
Trisomy 18 ........ LOW RISK
Trisomy 13 ........ LOW RISK
Sex chromosomes ... XX, no aneuploidy detected
22q11.2 deletion .. LOW RISK
Fetal sex released per patient request.

This is a screening test. Diagnostic testing (CVS/amnio) is available. Genetic counselor {{NAME:Thomas Adeyemi}}, CGC, {{PHONE:800-555-0164}}.
Lab director: {{NAME:Marguerite Chao}}, PhD, FACMG`,
  `INSURANCE APPEAL — LEVEL 1

{{DATE:September 2, 2025}}

Appeals Unit, Summit Crest Health Plan
P.O. Box 77120, Hartford CT 06101

RE: {{NAME:Elena Marchetti-Cruz}}   DOB {{DATE:03/08/1988}}
Member ID: {{HEALTH_PLAN:SCH-W44917620}}   Group 88104
Claim #: {{ACCOUNT:CLM-2025-8801347}}   Denial ref {{ID:DN-556201}} dated {{DATE:08/12/2025}}

To whom it may concern:
I write to appeal the denial of coverage for fertility preservation (oocyte cryopreservation, CPT 89337, 58970) for my patient Ms. {{NAME:Marchetti-Cruz}}, who was diagnosed with stage IIA ER+ breast cancer on {{DATE:7/29/2025}} at {{FACILITY:Pinecrest Cancer Institute}}. Chemotherapy (ddAC-T) is expected to begin {{DATE:9/22/25}} and carries a high risk of premature ovarian insufficiency. Connecticut law mandates coverage of iatrogenic-infertility preservation.
Retrieval was performed urgently on {{DATE:08/19/2025}}: 16 oocytes vitrified (specimen {{ID:OOC-55201-01}}).
Enclosed: oncology note by Dr. {{NAME:Samuel Whitcombe}}, pathology report (acc {{ID:SP25-11873}}).
Please contact my office at {{PHONE:860-555-0107}}, fax {{FAX:860-555-0108}}.

{{NAME:Nadia Farrokhzad}}, MD, FACOG
{{FACILITY:Constitution Fertility Partners}}
NPI {{LICENSE:1932048876}}`,
  `Menopause clinic f/u    {{DATE:1/7/25}}
{{NAME:Gwendolyn Pryce}}  65F   MRN {{MRN:PRY-118823}}
seen w/ daughter {{NAME:Carys}} who drove her from {{LOCATION:Middletown}} (pt lives alone at {{ADDRESS:14 Abergavenny Rd}}).

s/p TAH-BSO 2003 for fibroids. on estradiol 0.05 patch since ~2004, wants to stop. Sx when she tried stopping ({{DATE:10/2024}}): flushes, insomnia. Bone density {{DATE:12/03/2024}} at {{FACILITY:Valley Osteoporosis Center}}: T -2.1 L spine, FRAX major 14%.
Mother {{NAME:Olwen}} broke hip at {{AGE:91}}, still alive at {{AGE:96}} in {{FACILITY:Brookhaven Care Home}}.
plan:
- taper patch to 0.025 x 8 wk then stop; prn gabapentin 100 hs
- Ca/vit D, weight-bearing exercise
- repeat DXA 2027
- mammo due {{DATE:March 2025}}
spoke w/ PCP Dr {{NAME:Hughes-Talbot}} ({{PHONE:845-555-0132}}).
next appt {{DATE:Mon 4/14}} 9:40.
-- {{NAME:E. Castellanos}} NP`,
  `CONTRACEPTION VISIT — Nexplanon insertion
{{FACILITY:Sunrise Family Planning}}    {{DATE:14/05/2025}} (entered UK-style by agency staff)
Patient: {{NAME:Keisha Monroe}}   DOB {{DATE:07/19/2002}}   MRN {{MRN:SFP-00318844}}
Insurance: Medicaid {{HEALTH_PLAN:MD77401299}}
22 yo G0, LMP {{DATE:5/8/25}}, urine hCG neg today. Previously on depo, last shot {{DATE:02/10/2025}}.
Consent signed; counseling re: irregular bleeding.
Procedure: L nondominant arm, 8 cm above medial epicondyle, lidocaine 1% 2 mL, etonogestrel implant 68 mg inserted, palpated by pt and provider. Lot T033477, exp 2027-11.
Implant removal due by {{DATE:May 2030}} (labeled to 3 yrs, discussed extended use).
Pt states boyfriend {{NAME:Tyrell}} "doesn't want her on BC"; screened for reproductive coercion — safety plan reviewed, hotline card given. OK to contact at {{PHONE:(410) 555-0175}} — pt asked no voicemail.
User card given. Portal: pt logged in from {{IP:73.162.48.201}} to complete consent.
{{NAME:Dana Okafor}}, CNM`,
  `PEDIGREE SUMMARY (3 generations) — proband {{NAME:Shira Feldman-Katz}}, 34F, G2P0020
Indication: two 1st-trimester losses, Ashkenazi Jewish ancestry both sides; partner {{NAME:Avi Katz}} 36M
Drawn {{DATE:02/19/2025}} by {{NAME:R. Oyelaran}}, MS CGC, {{FACILITY:Temple Hill Reproductive Genetics}}

I-1  {{NAME:Moshe Feldman}}   pat. GF   d. 1998 age 71, MI
I-2  {{NAME:Rivka Feldman}}   pat. GM   living, {{AGE:92}}, dementia
I-3  {{NAME:Yakov Brodsky}}   mat. GF   d. at {{AGE:94}}, "old age"
I-4  {{NAME:Hinda Brodsky}}   mat. GM   d. 2009 age 80, colon ca dx 74
II-1 {{NAME:Daniel Feldman}}  father  62, HTN
II-2 {{NAME:Miriam Feldman}}  mother  60, breast ca dx 52 (BRCA2 6174delT carrier per report {{ID:GX-09-22176}})
II-3 {{NAME:Ruth Brodsky-Levin}}  mat. aunt  57, well
III-1 proband; III-2 brother {{NAME:Eli}} 31, Tay-Sachs carrier
Partner side: father {{NAME:Baruch Katz}} 68; mother {{NAME:Chava}} 65; sister {{NAME:Noa Katz}} 33 (two healthy children)

Plan: expanded carrier screen for couple (ordered {{DATE:2/19}}, acc {{ID:THG-CS-40917}} / {{ID:THG-CS-40918}}); parental karyotypes; BRCA2 site-specific test for proband. Follow-up {{DATE:March 12th}}.`,
  `OB visit  {{DATE:10.03.2025}}  (d.m.y)  16w1d
{{NAME:Ana Luísa Carvalho}}  29 yo G2P1001   MRN {{MRN:WC4471902}}
EDD {{DATE:09/01/2025}} by 8wk US ({{DATE:1/13/25}})
interpreter: Portuguese, {{NAME:Joana}} via phone line

C/o mild round ligament pain. +FM? not yet. No VB, LOF.
BP 112/68, FHT 152 by Doppler, fundus at umbilicus - 2 cm.
NIPT low risk ({{DATE:2/10}}, acc {{ID:HPL-25-0209935}}), female.
MSAFP drawn today. Anatomy US booked {{DATE:4/7}} at {{FACILITY:Riverside Perinatal Imaging}}.
Prior pregnancy: SVD 2021 at {{FACILITY:Fall River Community Hospital}}, son {{NAME:Mateus}}, now 3.
Husband {{NAME:Rui}} works at {{FACILITY:Bristol Marine Supply}}; ins via his employer, member {{HEALTH_PLAN:HPB-0339174-02}}.
Flu/Tdap discussed; Tdap at 27-36 wk.
RTC 4 wk. Address updated: {{ADDRESS:37 Columbia St, Apt 2}}, {{LOCATION:Fall River}} {{ZIP:02721}}.
{{NAME:K. Medeiros}}, MD`,
  `BREAST MRI WITH AND WITHOUT CONTRAST
{{FACILITY:Summit Ridge Radiology}}     Exam {{DATE:05/06/2025 07:55}}     Acc {{ID:SRR-MR-552019}}
Patient {{NAME:Corinne Beauchamp}}  DOB {{DATE:1/4/1976}}  MRN {{MRN:3308817}}
History: 49F, high-risk screening, lifetime risk 27% (Tyrer-Cuzick). Bilateral subpectoral saline implants 2010; L implant replaced {{DATE:Feb 2018}} at {{FACILITY:Aurora Plastic Surgery}}.
Implant card on file: R SN {{DEVICE:47711-0921}}, L SN {{DEVICE:55830-1184}} (Mentor-style saline, 350 cc).
Comparison: MRI {{DATE:4/30/2024}}; mammogram {{DATE:03/11/2025}}.

Findings: Minimal BPE. Implants intact, no intra- or extracapsular rupture signs. Right breast 10:00 middle depth: 6 mm oval circumscribed enhancing mass with persistent kinetics, unchanged from {{DATE:4/30/2024}} (first seen 2023). No suspicious enhancement left. No adenopathy.

IMPRESSION: BI-RADS 2, benign. Annual MRI and mammography.
Dictated by {{NAME:Francesca Oduya}}, MD; transcribed {{NAME:mk}} {{DATE:05/06/2025}}.`,
  `EGG DONOR SCREENING — INTAKE
{{FACILITY:Golden Thread Egg Donation Agency}} / {{FACILITY:Brightwater Fertility Center}}
Donor code {{ID:ED-20418}}   Legal name {{NAME:Camille Ortega-Reyes}}   DOB {{DATE:11/05/2000}}
SSN {{SSN:531-48-2297}} (for 1099 compensation only)   Cell {{PHONE:702.555.0169}}
Address {{ADDRESS:5120 Desert Willow Dr}}, {{LOCATION:Henderson}}, NV {{ZIP:89002}}
Student at {{FACILITY:Silver Sage Community College}}; prior donation x1 ({{DATE:Oct 2023}}, 19 oocytes).

AMH 4.8, AFC 26, BMI 22. Psych eval {{DATE:3/3/25}} with Dr {{NAME:Halvorsen}}: cleared. Expanded carrier screen (acc {{ID:CS-77120-4}}): CFTR F508del carrier — recipient partner to be screened.
Identity check: NV DL {{LICENSE:NV1103478820}}, palm-vein enrollment template {{BIOMETRIC:PV-0044187}} for retrieval-day check-in.
Agency coordinator {{NAME:Brenda Kaleikini}} ({{EMAIL:brenda.k@goldenthread-donors.example}}).
Matched recipient couple {{NAME:Lau}} — anonymous, recipient ID {{ID:R-66013}}.
Cycle start planned {{DATE:April 2025}}; sync with recipient lining.`,
  `SEMEN ANALYSIS (WHO 6th ed.)
{{FACILITY:Oak Park Andrology Laboratory}}   Specimen {{ID:AND-25-03391}}
Name: {{NAME:Oluwaseun Bakare}}   DOB: {{DATE:1989-02-14}}   MRN: {{MRN:OPA-771045}}
Partner: {{NAME:Temitope Bakare}} (IVF pt, {{FACILITY:Lakeshore IVF}})
Collected: {{DATE:03/21/2025 0740}} at home, received 0825 (45 min), abstinence 3 d
Volume 2.8 mL | pH 7.6 | Conc 9.4 M/mL (L) | Total 26.3 M | Progressive 28% (L) | Total motility 39% (L) | Morphology 3% normal (Kruger) | Vitality 61% | WBC <1 M/mL
Interpretation: oligoasthenozoospermia. Recommend repeat in 2-3 mo, urology eval, consider ICSI.
Verified by {{NAME:Hae-won Jung}}, MT(ASCP)   {{DATE:03/21/2025}}
Ordered by Dr. {{NAME:Lisbeth Carrow}}  phone {{PHONE:773-555-0150}}
Copy to urologist Dr. {{NAME:Amir Tehrani}}, {{FACILITY:Northside Men's Health}}, fax {{FAX:773-555-0151}}.
Note: pt requested results by email {{EMAIL:seun.bakare@fastpost.example}}; sent secure.`,
  `FROZEN EMBRYO TRANSFER — PROCEDURE NOTE
Pt {{NAME:Okonkwo, Adaeze}}  MRN {{MRN:BFC-0093317}}  {{DATE:04/28/2025}}
Cycle: programmed FET (estradiol valerate 4 mg BID from {{DATE:4/9}}, PIO 50 mg IM from {{DATE:4/23}}). Lining {{DATE:4/21}} 9.2 mm trilaminar.
Embryo: {{ID:EMB-0093317-D5-01}} (4AA, PGT-A euploid 46,XY per {{ID:PGX-25-118804}}) — thawed 0710, 100% re-expanded by 0930.
Double witness: embryologist {{NAME:Gustavo Pereira}} / RN {{NAME:Tamsin Reyes}}; pt stated name and DOB {{DATE:4/17/1987}} aloud; partner {{NAME:Chidi}} present.
Transfer 0942 under abd US guidance, soft catheter, 1.5 cm from fundus, easy, no blood/mucus, catheter checked clear.
Remaining: {{ID:EMB-0093317-D5-02}} (euploid) in storage, tank 3 can B.
Beta hCG {{DATE:Thu 5/8}} at {{FACILITY:Brightwater Fertility Center}} {{LOCATION:Westerville}} draw station.
Parking validated for plate OH {{VEHICLE:HJK 4471}}.
Physician: {{NAME:M. Vasquez-Lind}}, MD`,
  `Patient Portal Message Thread — {{FACILITY:Coastal Women's Care}}
From: {{NAME:Beatriz Fonseca}} ({{EMAIL:bia.fonseca@quickmail.example}})   {{DATE:06/03/2025 22:14}}
Session IP {{IP:2601:18c:4300:9a0::3f}}
"Hi, I'm on day 4 of the Mirena and still cramping pretty bad and spotting. Is this normal?? Also the string feels long. My appt with Dr {{NAME:Haddad}} isn't til {{DATE:June 19}}."

Reply — {{NAME:Colleen Draper}}, RN   {{DATE:06/04/2025 08:31}}
"Hi {{NAME:Beatriz}}, cramping and spotting in the first weeks after an IUD placement ({{DATE:5/30}}) are common. Ibuprofen 600 mg every 6 h with food. If you have fever, severe pain, or heavy bleeding, call {{PHONE:(757) 555-0128}} or go to the nearest ED. We moved your string check up to {{DATE:Mon June 9}}."
IUD record: levonorgestrel 52 mg, lot TU05GX2, inserted {{DATE:05/30/2025}}, replace by {{DATE:05/2033}}.
Visit summary link: {{URL:https://mychart.coastalwomenscare.example/visit/88317402}}
MRN {{MRN:CWC-2217850}}`,
  `HYSTEROSALPINGOGRAM
{{FACILITY:Granite State Imaging}}   {{DATE:Jan. 16, 2025}}   Acc# {{ID:GSI-2501160044}}
Pt: {{NAME:Wren Abernathy-Hale}}   35 F   MRN {{MRN:77120384}}   DOB {{DATE:8/8/1989}}
Referring: {{NAME:Jonah Whitaker}}, MD, {{FACILITY:Seacoast Reproductive Associates}}
LMP {{DATE:1/7/25}} — CD10, urine hCG neg.
Clinical: 14 months infertility, prior chlamydia (2015).
Technique: 5F HSG catheter, Omnipaque 300 ~12 mL under fluoroscopy, 0.4 min.
Findings: normal triangular uterine cavity, no filling defects. Right tube fills with free spill. Left tube: hydrosalpinx, distal occlusion, no spill.
Impression: L hydrosalpinx, R patent. Recommend discussion of L salpingectomy before IVF.
Doxycycline 100 mg BID x5d prescribed. Pt tolerated well; husband {{NAME:Gideon Hale}} drove.
Radiologist {{NAME:P. Ramanathan}}, MD  — signed {{DATE:01/16/2025 1122}}`,
  `pcos f/u -- {{NAME:nadia el-amin}} 27f   {{DATE:2/27}}
mrn {{MRN:448102}}  seen at {{FACILITY:uptown endocrine & gyn}}
cycles q45-90d, last menses {{DATE:dec 30}}. hirsutism FG 14. acne improving on spiro 100.
a1c 5.9 (was 6.1 {{DATE:sept 2024}}). wt 94.2 kg (down 3 since {{DATE:11/22/24}}). tsh 1.8, prolactin 11, 17-OHP 88.
ttc w/ husband {{NAME:yusuf}} since {{DATE:08/2024}}, wants to start letrozole. stop spiro now (teratogenic) - pt aware.
plan:
- letrozole 2.5 mg cd3-7, ovulation kit, d21 prog
- metformin ER 1000
- HSG + partner semen analysis before cycle 3
- call {{PHONE:555-0187}} with cd1 (pt's cell {{PHONE:646-555-0144}})
sister {{NAME:Leila}} (pcos also) conceived w/ letrozole at {{FACILITY:hudson heights fertility}} -- pt encouraged.
next {{DATE:4/24}}
-{{NAME:jm}}`,
  `PRIOR AUTHORIZATION REQUEST — PGT-M
Submitted {{DATE:07/15/2025}} via payer portal from {{IP:198.51.100.77}}
Payer: Northfield Mutual Health  |  Auth ref {{ID:PA-44710283}}
Patient: {{NAME:Siobhan O'Rourke-Delaney}}   DOB {{DATE:05/02/1990}}   Member {{HEALTH_PLAN:NMH884120937}}
Spouse: {{NAME:Cathal Delaney}}   DOB {{DATE:12/19/1988}}   Member {{HEALTH_PLAN:NMH884120938}}
Dx: both carriers of CFTR pathogenic variants (pt F508del; spouse G542X) — Z14.1, Z31.430
Prior affected child: son {{NAME:Fionn}} (CF, dx by newborn screen {{DATE:03/2021}}), followed at {{FACILITY:Children's Hospital of Fairmont}}.
Requested: IVF with PGT-M (CPT 89290, 89291, 81220), probe development at {{FACILITY:Veritas Embryo Genetics}}.
Provider: Dr. {{NAME:Yolanda Prieto}}, {{FACILITY:Blue Ridge Fertility Institute}}, NPI {{LICENSE:1679324410}}, TIN 54-1173902
Contact: {{NAME:Gretchen Ohl}}, billing, {{PHONE:540-555-0119}} x204, fax {{FAX:540-555-0120}}
Status {{DATE:7/22}}: PENDED for genetic counseling note — uploaded {{DATE:7/23/25}}.`,
  `POSTPARTUM PHONE CALL — lactation warmline
{{DATE:Sat 11/15/2025}} 19:20   caller: {{NAME:Priyanka Raghunathan}} (mom), MRN {{MRN:EH-6630921}}
Baby girl {{NAME:Raghunathan}} DOB {{DATE:11/03/2025}}, 37w6d CS at {{FACILITY:Evergreen Hills Hospital}}.
Mom reports R breast red wedge upper outer quadrant since this AM, temp 101.2, chills, body aches. Feeding q2-3h, pumping w/ hospital-grade pump (serial {{DEVICE:HG-2291804}}).
Husband {{NAME:Karthik}} on speaker, asks if she should stop feeding from R side — advised continue.
Advice: likely mastitis; ibuprofen, cold compress, do NOT over-pump. Same-day appt or urgent care tonight for abx eval (cephalexin vs dicloxacillin).
On-call OB Dr. {{NAME:Sorensen}} paged via pgr {{PHONE:3318}}; rx cephalexin 500 mg QID x10d sent to {{FACILITY:Maple Grove Pharmacy}} ({{PHONE:425-555-0103}}).
Callback number {{PHONE:425-555-0191}}. Follow-up IBCLC visit {{DATE:11/18}}.
PPD screen: EPDS 8 at {{DATE:11/10}} visit.
— {{NAME:Harriet Mbatha}}, RN IBCLC`,
  `RECURRENT PREGNANCY LOSS WORKUP
{{FACILITY:Lotus Reproductive Health}}, {{ADDRESS:4120 W Camelback Rd, Ste 210}}, {{LOCATION:Phoenix}} AZ {{ZIP:85019}}
Patient: {{NAME:Valeria Montenegro}}, 38   DOB {{DATE:Aug 21 1986}}   Chart {{MRN:LRH-40771}}
Visit {{DATE:02/04/2025}}   Partner {{NAME:Esteban Ruiz}} 41

OB hx: G4P0040. SAB x3 at 7w, 8w, 6w ({{DATE:03/2022}}, {{DATE:11/2023}}, {{DATE:07/2024}}); TAB 2008.
POC karyotype from last D&C (acc {{ID:CYT-24-0918}}, {{FACILITY:Desert Sun Cytogenetics}}): 47,XX,+16.
Labs {{DATE:1/21/25}}: lupus anticoagulant neg, aCL IgG 8, anti-β2GP neg, TSH 2.2, TPO neg, A1c 5.3, prolactin 9.
Saline sono: 1.2 cm fundal polyp. Parental karyotypes: 46,XX and 46,XY.
Assessment: age-related aneuploidy most likely; polyp.
Plan: hysteroscopic polypectomy {{DATE:Feb 27}}; discuss IVF/PGT-A vs expectant; progesterone luteal support.
Pt's mother {{NAME:Graciela}} accompanied, lives in {{LOCATION:Hermosillo}}, Sonora.
Dr. {{NAME:Ibrahim Oduya}}   dictated, typed by {{NAME:ls}}`,
  `PRENATAL GENETIC COUNSELING — high-risk NIPT
Date: {{DATE:5/2/2025}}   Location: {{FACILITY:Tidewater Maternal-Fetal Medicine}}, rm 3
Patient: {{NAME:Lauren Pettigrew}} 33 yo G1P0 at 13w0d   DOB {{DATE:6/6/1991}}   MRN {{MRN:TMFM-218840}}
Present: pt, husband {{NAME:Grant Pettigrew}}, her mother {{NAME:Deborah Sykes}}.
Referral: NIPT (acc {{ID:HPL-25-0388120}}, collected {{DATE:4/24/25}}) — HIGH RISK trisomy 18, FF 7.1%.
NT scan {{DATE:4/30}}: NT 3.4 mm, clenched hands suspected.
Family hx: noncontributory; pt's grandmother {{NAME:Opal Sykes}}, {{AGE:90}}, lives w/ family in {{LOCATION:Virginia Beach}}.
Discussed PPV, CVS vs amnio, possible outcomes incl. comfort-care pathway.
Couple elected CVS — done {{DATE:5/2/25}} 15:10 by Dr. {{NAME:Adaora Nwosu}}; FISH expected {{DATE:5/5}}, karyotype ~{{DATE:5/16}}.
Contact for results: pt cell {{PHONE:757-555-0142}} (ok to leave msg), email {{EMAIL:laurenpettigrew@inboxly.example}}.
{{NAME:Marcus Feeney}}, MS, LCGC  lic. {{LICENSE:GC-VA-00871}}`,
  `GESTATIONAL CARRIER ARRANGEMENT — clinic intake summary
{{DATE:January 30, 2025}}   {{FACILITY:Cedar Grove Reproductive Medicine}}
Intended parents: {{NAME:Jonathan Reyes-Whitlock}} and {{NAME:Samuel Whitlock}}  (joint file {{MRN:CGRM-IP-50219}})
Gestational carrier: {{NAME:Tiffany Boudreaux}}, 31, G3P3003 (3 SVD, no complications) — MRN {{MRN:CGRM-77341}}
Carrier's husband {{NAME:Wade Boudreaux}} — infectious disease screen {{DATE:1/22/25}} neg.
Egg donor: {{ID:ED-31192}} via {{FACILITY:Silver Birch Donor Bank}}; 6 euploid blasts in storage ({{ID:SB-31192-EMB-04}} through {{ID:SB-31192-EMB-09}}).
Legal: GC agreement drafted by {{NAME:Renée Lachapelle}}, Esq., {{FACILITY:Lachapelle Family Law}}; clearance letter received {{DATE:1/28}}.
Carrier insurance: {{HEALTH_PLAN:BLM-5503318-01}}; backup policy acct {{ACCOUNT:SURR-INS-77812}}.
Carrier lives {{ADDRESS:1902 Bayou Bend Ln}}, {{LOCATION:Lafayette}}, LA {{ZIP:70503}}; monitoring at local {{FACILITY:Acadiana OB Associates}}.
Mock cycle {{DATE:February 2025}}, transfer target week of {{DATE:3/17}}.`,
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Lakeview Imaging Center}} / {{FACILITY:Northpoint Pathology Group}}
Accession: {{ID:NPG-S24-33871}}   Received {{DATE:11/15/2024}}   Reported {{DATE:11/19/2024}}
Patient: {{NAME:TRAN, THI NGOC ANH}}   MRN {{MRN:00774512}}   Age 56
Physician: {{NAME:FAROUK, HASSAN}} MD

SPECIMEN: Left breast, 2:00 6 cmfn, US-guided core biopsy x4 (14G), clip placed (ribbon).
DIAGNOSIS: INVASIVE DUCTAL CARCINOMA, Nottingham grade 2 (3+2+2=7/9). DCIS, intermediate grade, solid type. LVI not identified in sampled tissue.
Biomarkers (block A2): ER 95% strong, PR 60% moderate, HER2 IHC 1+ (negative), Ki-67 18%.
Comment: Discussed with Dr. {{NAME:Ebersole}} on {{DATE:11/19/2024}} at 1510.
Pathologist: {{NAME:Dimitri Kourakis}}, MD
Report faxed to {{FAX:312-555-0177}} and to {{FACILITY:Lincoln Park Breast Surgery}}.`,
  `OOCYTE RETRIEVAL — ANESTHESIA / NURSING FLOW
{{DATE:12-FEB-2025}}   OR 2   {{FACILITY:Harborlight IVF & Surgery Center}}
PT {{NAME:LEUNG, CHRISTINA WAI-MAN}}   MRN {{MRN:HL-0552184}}   DOB {{DATE:21-OCT-1985}}   39F
Arm band checked x2; palm scan check-in matched template {{BIOMETRIC:PALM-HL-7781203}}.
Photo ID on chart ({{PHOTO:IMG_PTID_0552184.jpg}}).
NPO since 2200. Trigger {{DATE:2/10}} 2015 (hCG 10,000 IU). Escort: husband {{NAME:Marcus Leung}}, cell {{PHONE:415-555-0183}}, vehicle CA {{VEHICLE:8TRZ114}} in lot B.
0752 propofol sedation — Dr. {{NAME:Ilse Brandauer}} (CRNA {{NAME:Joaquín Salas}})
0758-0819 TVUS aspiration, 17G needle, R ovary 11 follicles, L 9
0820 to PACU, VSS, pain 2/10
Embryology count: 13 COCs → pt told by {{NAME:Gustavo Pereira}} 0905.
Discharged 0950 with escort. Post-op call scheduled {{DATE:2/13}}. Progesterone start {{DATE:2/13/2025}} if fresh transfer {{DATE:2/17}}.
Fresh transfer cancelled later that day — E2 4,380, OHSS risk → freeze-all.`,
  `{{FACILITY:ST. AGATHA WOMEN'S HOSPITAL}} — BREAST CENTER
SCREENING MAMMOGRAM   DATE OF EXAM: {{DATE:03/11/2025}}
NAME: {{NAME:BEAUCHAMP, CORINNE}}   MRN: {{MRN:3308817}}   ACC: {{ID:SAW-MG-2025-11873}}
CLINICAL: 49F, implants; high risk — alternating MRI (last {{DATE:04/30/2024}}).
TECHNIQUE: Standard CC/MLO plus implant-displaced (Eklund) views, tomosynthesis.
COMPARISON: {{DATE:03/06/2024}}, {{DATE:02/27/2023}}.
FINDINGS: Scattered fibroglandular density (B). Saline implants, subpectoral, smooth contour. No suspicious mass, calcification or distortion. Stable benign-appearing calcification R UOQ.
IMPRESSION: NEGATIVE. BI-RADS 1.
RECOMMENDATION: Breast MRI in {{DATE:May 2025}} (already scheduled {{DATE:5/6/25}}).
Letter mailed to pt at {{ADDRESS:702 Larkspur Way}}, {{LOCATION:Boulder}}, CO {{ZIP:80304}}.
Reader 1: {{NAME:Hiroshi Nakamura}}, MD     Reader 2 (CAD): n/a
Tech: {{NAME:AL}}`,
  `IVF cycle log (short form) — {{NAME:Zainab Hussaini}}  MRN {{MRN:7719044}}  {{FACILITY:Pioneer Valley Fertility}}
cycle 1 — {{DATE:Sep '24}} — retrieval {{DATE:9/18/24}}: 8 eggs, 5 mature, 2 blasts, both PGT-A aneuploid. 
cycle 2 — {{DATE:Jan 2025}} — microflare protocol
  {{DATE:1/6}} CD2 start Lupron 40 mcg bid + Follistim 300 + Menopur 150
  {{DATE:1/10}} E2 640
  {{DATE:1/14}} E2 1870, trigger
  {{DATE:1/16/2025}} ER: 10 eggs, 8 MII, 6 fert
  {{DATE:1/21}} D5: {{ID:PVF-7719044-B1}} 5BB, {{ID:PVF-7719044-B2}} 4BC; D6 {{DATE:1/22}}: {{ID:PVF-7719044-B3}} 4CB
  PGT-A results {{DATE:2/3/25}} (acc {{ID:MG-25-040117}}): B1 euploid 46,XX; B2 mosaic (low-level, chr 7); B3 aneuploid.
husband {{NAME:Tariq}} wants to transfer B1 asap. FET planned {{DATE:March 2025}}.
billing acct {{ACCOUNT:PVF-BL-20091}}; ins carve-out ends {{DATE:06/30/2025}}.
pt email {{EMAIL:zhussaini@northmail.example}}; pref. contact text {{PHONE:413-555-0104}}.
--{{NAME:kw}} RN`,
  `GENETICS CLINIC — Lynch syndrome family review
Proband: {{NAME:Bernadette O'Callaghan}}  52F  endometrial ca dx {{DATE:09/2024}} (MMR IHC: loss of MSH2/MSH6)
Germline: MSH2 c.942+3A>T pathogenic (acc {{ID:CMD-24-55102}}, {{FACILITY:Cascadia Molecular Diagnostics}}), reported {{DATE:11/4/24}}
Seen {{DATE:December 3rd, 2024}} at {{FACILITY:Saint Columba Cancer Genetics}}.

Family:
 - mother {{NAME:Maeve O'Callaghan}}, colon ca at 48, d. 2001
 - maternal uncle {{NAME:Declan Furey}}, colon ca 55, living, now 80
 - maternal GM {{NAME:Nora Furey}} endometrial? "womb cancer", d. at {{AGE:97}}
 - sister {{NAME:Siobhan Hartigan}} 49 — test kit mailed {{DATE:12/5}}
 - brother {{NAME:Padraig}} 46 — declines for now
 - daughter {{NAME:Aoife Brennan}} 27 — appt {{DATE:1/9/25}}, lives in {{LOCATION:Galway}}, Ireland; referred to local service
Recommendations: colonoscopy q1-2y from 20-25 for carriers; consider risk-reducing hysterectomy/BSO for female carriers after childbearing.
Letter to family members sent. Counselor {{NAME:Ines Margolis}} {{PHONE:617-555-0170}}`,
  `WOMEN'S HEALTH ED NOTE (OB/GYN consult)  {{DATE:07/22/2025 0214}}
{{NAME:Kaylee Dunbar}}  19F  MRN {{MRN:GHM-9902147}}  arrived by EMS from {{ADDRESS:I-70 mile marker 212}} area (MVC, restrained driver, car KS plate {{VEHICLE:418 GVN}}).
LMP unsure ~{{DATE:5/10}}. UPT positive in ED. Quant hCG 18,400.
TVUS: IUP, CRL c/w 8w2d, FHR 164. Small SCH. No free fluid.
Minor abrasions; seatbelt sign absent. Rh neg → RhoGAM 300 mcg given 0305 (lot 88X41, NDC 0562-7805-01).
Boyfriend {{NAME:Colton Reese}} at bedside; pt asked that her mother {{NAME:Sheila Dunbar}} not be told about pregnancy — respected.
Pt's ins: KanCare {{HEALTH_PLAN:KC400177318}}.
Disp: home, f/u prenatal intake at {{FACILITY:Smoky Hill Community Health}} {{DATE:7/29}}; return precautions.
Consult by Dr. {{NAME:Obi Anyanwu}}, OB hospitalist, {{FACILITY:Great Heartland Medical Center}}, {{LOCATION:Salina}}.`,
  `SPERM DONOR APPLICANT — QUALIFICATION CHECKLIST
{{FACILITY:Northern Lights Sperm Bank}}   Applicant # {{ID:NLSB-APP-10482}}  → assigned donor # Donor {{ID:5190}}
Name {{NAME:Anders Kjeldsen}}   DOB {{DATE:3/14/1998}}   SSN {{SSN:402-77-1953}}
Address {{ADDRESS:2715 Como Ave SE, Unit 4}}  {{LOCATION:Minneapolis}}  MN  {{ZIP:55414}}
Employer/school: {{FACILITY:Twin Rivers Technical University}} (grad student, chemistry)
ID: MN DL {{LICENSE:K418-203-557-901}}   Fingerprint enrollment {{BIOMETRIC:FP-NL-0419377}}
Photos: baby {{PHOTO:5190_baby.jpg}}, adult {{PHOTO:5190_adult_2025.jpg}}
[x] semen analysis x3 ({{DATE:4/2}}, {{DATE:4/16}}, {{DATE:4/30/2025}}) — post-thaw motility 41%
[x] karyotype 46,XY (acc {{ID:NLG-25-2214}})
[x] expanded carrier screen — carrier GJB2 35delG → flag, match only to non-carriers
[x] 3-gen family history: pat. GF {{NAME:Sven Kjeldsen}} alive {{AGE:95}}; mat. GM {{NAME:Birgit Olsen}} d. 88 (stroke); mother {{NAME:Karen}} 56, hypothyroid
[x] ID disclosure: Open ID at 18
Interviewer: {{NAME:Jasmine Ferreira}}, {{DATE:05/07/2025}}.   Donor portal: {{URL:https://donors.northernlights-sb.example/d/5190}}`,
  `{{ADDRESS:419 Pecan Hollow Dr}}
{{LOCATION:Round Rock}}, TX {{ZIP:78664}}
{{DATE:October 14, 2025}}

Member Appeals, Lone Star Benefit Administrators
Re: Second-level appeal — Member {{NAME:Yesenia Castañeda}}, ID {{HEALTH_PLAN:LSB 6630 1187 02}}, SSN {{SSN:455-19-7708}}
Claim {{ACCOUNT:0098123377-01}} (diagnostic mammogram and US, DOS {{DATE:07/08/2025}})

I am appealing your denial dated {{DATE:Sept. 9, 2025}}. My screening mammogram on {{DATE:6/20/25}} showed a possible asymmetry and I was called back. The follow-up at {{FACILITY:Hill Country Breast Center}} was diagnostic, not screening, and my doctor, Dr. {{NAME:Ngozi Eze}}, ordered it. Texas law requires coverage of diagnostic breast imaging without cost-sharing.
I was billed $1,140. Attached: callback letter, Dr. {{NAME:Eze}}'s order, and the report (acc {{ID:HCB-25-07712}}).
You can reach me at {{PHONE:512-555-0193}} or {{EMAIL:yesenia.castaneda@lonestarwebmail.example}}.

Sincerely,
{{NAME:Yesenia Castañeda}}`,
  `TELEHEALTH — perimenopause
{{DATE:2025-03-18}} 16:00-16:25   platform session {{ID:VS-99120-4471}}, pt connected from {{IP:24.118.203.61}} ({{LOCATION:Spokane}} area)
{{NAME:Margit Szabó-Lindgren}}, 51, MRN {{MRN:INW-330284}}, verified name/DOB ({{DATE:1/12/1974}}).
CC: irregular heavy periods + insomnia + brain fog. Last period {{DATE:Feb 26}}, prior {{DATE:Dec 2}}.
Hx: migraine w/o aura, BMI 26. Nonsmoker. Mom {{NAME:Erzsébet}} menopause at 49.
FSH {{DATE:3/10}} 38, E2 41, TSH 1.6, Hgb 11.4, ferritin 9.
A/P: perimenopause with AUB & iron deficiency.
 - EMB not needed now (age <45? no — 51 → order pelvic US first; EMB if EL >4 mm or persistent AUB)
 - LNG-IUD offered for AUB + endometrial protection; pt considering
 - transdermal estradiol 0.0375 later if VMS
 - ferrous sulfate 325 qod
Pelvic US at {{FACILITY:Inland Northwest Imaging}}; results via portal {{URL:https://portal.inwwomens.example/results}}.
{{NAME:Thea Gallardo}}, DO`,
  `EXPANDED CARRIER SCREENING — COUPLE REPORT
{{FACILITY:Veritas Embryo Genetics}}   Report date {{DATE:02.05.2025}}
Patient A: {{NAME:Mei-Ling Chou}}  DOB {{DATE:1993/08/30}}  Acc {{ID:VEG-CS-5501827}}
Patient B: {{NAME:Robert Chou}}  DOB {{DATE:1992/01/11}}  Acc {{ID:VEG-CS-5501828}}
Ordering clinician: {{NAME:Hyun-joo Park}}, MD — {{FACILITY:Lakeshore IVF}}
Panel: 516 genes, NGS + SMN1 copy number + FMR1 repeat sizing

Patient A: carrier — alpha-thalassemia (HBA1/HBA2, --SEA/αα); GJB2 negative; SMN1 2 copies.
Patient B: carrier — alpha-thalassemia (-α3.7/αα).
Couple risk: Hb Bart's not expected (A: cis deletion; B: single-gene deletion) → risk of HbH disease 1 in 4.
FMR1 (A): 30/32 CGG, normal.
Counselor: {{NAME:Thomas Adeyemi}}, CGC. Post-test session {{DATE:Feb 12}} by video.
Questions: {{PHONE:888-555-0116}}`,
  `OPERATIVE NOTE
Date of surgery: {{DATE:April 3rd 2025}}      {{FACILITY:Bayside General Hospital}}, OR 6
Patient: {{NAME:Imogen Castellano-Baird}}  31 yo  MRN {{MRN:BGH-4418207}}
Surgeon: {{NAME:Rafael Domínguez}}, MD   Assist: {{NAME:Hollis Tran}}, MD (PGY-3)   Anesth: Dr. {{NAME:Petrakis}}
Preop dx: chronic pelvic pain, infertility, suspected endometriosis, L endometrioma 4.2 cm
Procedure: robotic laparoscopy, excision of endometriosis, L ovarian cystectomy, chromopertubation
Findings: stage III (rASRM 34). Powder-burn and red lesions pouch of Douglas, L uterosacral, bladder peritoneum. L endometrioma, chocolate fluid. Bilateral tubes spill methylene blue. Normal appendix. Filmy adhesions L ovary to sidewall.
EBL 50 mL. Specimens to path (acc {{ID:BGH-S25-08122}}).
Pt's spinal cord stimulator (IPG serial {{DEVICE:NSC-7720418}}) turned off pre-op, back on in PACU.
Dispo: PACU, home same day. Husband {{NAME:Callum Baird}} updated {{PHONE:(619) 555-0154}}.
Post-op visit {{DATE:4/17}}; AMH repeat {{DATE:July 2025}}; IVF consult with Dr {{NAME:Morimoto}}.`,
  `COLPOSCOPY
{{DATE:8/19/2025}}  {{FACILITY:Eastgate Gynecology}}  exam rm 2
{{NAME:Destiny Alvarado}}  26 y/o G1P1  DOB {{DATE:01/03/1999}}  MRN {{MRN:EG-0290145}}
Indication: pap {{DATE:7/1/25}} HSIL, HPV 16 positive (specimen {{ID:CY25-061183}}, {{FACILITY:Tri-County Cytology Lab}}).
Prior: LSIL 2022? — chart says LSIL {{DATE:06/2022}}, then neg cotest {{DATE:6/2023}}.
Findings: adequate, SCJ fully visualized. Acetowhite dense epithelium 2-5 o'clock with coarse punctation. Bx x2 (3:00, 5:00), ECC done. Monsel's.
Impression: suspect CIN 2-3. Plan LEEP if confirmed. Contraception: condoms, considering IUD; partner {{NAME:Andre}}.
Results will be called to pt {{PHONE:915-555-0137}} — ok to text. Pt works nights at {{FACILITY:El Paso Distribution Center}}, prefers afternoon calls.
{{NAME:Lorena Báez}}, WHNP-BC   cosign Dr. {{NAME:Kessler}}`,
  `BREAST US — SHORT-INTERVAL FOLLOW-UP
Exam: {{DATE:Feb 4 2025}}  Acc {{ID:BCI-US-0071925}}  {{FACILITY:Brookline Center for Imaging}}
Pt {{NAME:Adaeze Nwachukwu}}  DOB {{DATE:05/27/1995}}  MRN {{MRN:BCI-118822}}
Indication: 6-mo f/u of probably benign R breast mass first seen {{DATE:08/05/2024}} (BI-RADS 3).
Findings: R 9:00 4 cm FN oval circumscribed parallel hypoechoic mass 11 x 6 x 8 mm (prior 11 x 6 x 7 mm). No vascularity. No new findings.
Impression: stable probable fibroadenoma. BI-RADS 3. Recommend f/u US {{DATE:Aug 2025}} (12-mo stability), then return to routine.
Pt is 29 and breastfeeding her son {{NAME:Chukwuemeka}} — lactational changes noted.
Referring: {{NAME:Shoshana Ellery}}, NP. Report routed {{DATE:2/4/2025 11:48}}. Radiologist {{NAME:Viktor Hallström}}, MD.`,
  `DONOR SIBLING INQUIRY — records office
Rec'd {{DATE:3/27/2025}} by email from {{EMAIL:harper.quill.dsr@gmail-alt.example}}
Requester: {{NAME:Harper Quill}}, 19, donor-conceived, DOB {{DATE:11/30/2005}}, born {{LOCATION:Ann Arbor}}.
Mother {{NAME:Joanne Quill}} treated {{DATE:Feb 2005}} at {{FACILITY:Huron Valley Fertility}} (closed 2016; records held by {{FACILITY:Brightwater Fertility Center}}).
Donor listed in mother's chart: {{ID:HV-D-0219}}. Donor was ID-release; donor's current contact on file 2019? — last update {{DATE:04/2019}}.
Action: identity verified by notarized form + passport {{ID:P-580221947}}; photo ID copy {{PHOTO:quill_h_id_scan.pdf}}.
Mother's old MRN {{MRN:HVF-00931}} linked.
Letter to donor sent to last known {{ADDRESS:88 Fenwick Pl}}, {{LOCATION:Ypsilanti}}, MI {{ZIP:48197}} on {{DATE:4/2/25}}. Response window 90 days.
Registry link provided: {{URL:https://siblingreg.brightwaterfc.example/case/HV-D-0219}}
Handled by {{NAME:Odette Vance}}, records mgr, {{PHONE:614-555-0129}}.`,
  `ONCOFERTILITY CONSULT (inpatient)
{{DATE:Wednesday, June 18, 2025}}   {{FACILITY:Riverbend Children's Hospital}}, 7 West bed 14
Pt {{NAME:Maya Delacroix-Obi}}, 16 yo, new dx Hodgkin lymphoma (stage IIB), MRN {{MRN:RCH-5509342}}
Present: mother {{NAME:Claudine Delacroix}}, father {{NAME:Emeka Obi}}, oncology NP {{NAME:Jun Matsuda}}.
Menarche age 12, regular cycles, LMP {{DATE:6/2}}. Tanner V. AMH 3.3.
Planned ABVD/escalated regimen start {{DATE:6/26}}; gonadotoxic risk intermediate-high.
Options reviewed: oocyte cryopreservation (~10-12 d stim; random-start possible), ovarian tissue cryo (lap, could coordinate with port placement {{DATE:6/21}}), GnRH agonist suppression.
Pt prefers ovarian tissue cryo with port. Assent + parental consent obtained.
Tissue to {{FACILITY:Midwest Ovarian Tissue Bank}}, specimen {{ID:MOTB-25-0311}}.
Ins: {{HEALTH_PLAN:CHP-88214017}}; financial counselor {{NAME:Roberta Lindahl}} (x {{PHONE:6021}}).
{{NAME:Anjali Desai-Moreno}}, MD, REI`,
  `NURSING HOME GYN VISIT
{{FACILITY:Willow Bend Senior Living}}, {{ADDRESS:300 Orchard Ln}}, {{LOCATION:Lancaster}} PA {{ZIP:17601}}
{{DATE:05/13/2025}}
Resident: {{NAME:Eudora Pennington}}, {{AGE:94}} y/o   DOB {{DATE:09/09/1930}}   Facility ID {{MRN:WB-0417}}
Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}
Reason: postmenopausal spotting x2 wk noted by aide {{NAME:Lashonda}}.
Hx: G5P5, menopause ~52, HTN, Afib on apixaban, mild dementia (MMSE 21). Pessary (ring #4) since 2021 for prolapse.
Exam: pessary removed — erosion 1 cm posterior vaginal wall, bleeding; cervix atrophic, no lesion seen.
Plan: leave pessary out 2 wk, vaginal estrogen cream 0.5 g twice weekly, re-insert when healed. TVUS if bleeding persists — EL. Discussed with daughter/POA {{NAME:Marjorie Pennington-Lowe}} ({{PHONE:717-555-0166}}), who agrees; goals conservative given age {{AGE:94}}.
Sister {{NAME:Ada}}, {{AGE:97}}, lives on same unit.
{{NAME:Clement Afolabi}}, MD`,
  `IUI CYCLE SHEET — DONOR SPERM
PATIENT: {{NAME:ROSALIND ACHTERBERG}}   DOB {{DATE:07/07/1988}}   MRN {{MRN:CGRM-60118}}
SPOUSE: {{NAME:DANIELA ACHTERBERG-SOUSA}} (co-parent consent signed {{DATE:12/12/2024}})
DONOR: DONOR {{ID:7731}} — {{FACILITY:PACIFIC CREST CRYOBANK}}, 2 VIALS IN HOUSE (RECEIVED {{DATE:01/02/2025}})
CYCLE 3   CLOMID 100 MG CD3-7
CD1 {{DATE:JAN 27 2025}}
CD12 {{DATE:FEB 7}} US: R OV 19 MM, 17 MM; EM 8.1 TRILAMINAR → OVIDREL 2100
IUI {{DATE:FEB 9 2025}} 0915 — VIAL THAWED 0845, POST-WASH 14.2 M/ML, 85% MOTILE, 0.5 ML. EASY, NO BLEEDING.
WITNESS: {{NAME:G. PEREIRA}} / {{NAME:L. HUYNH}}
BETA DUE {{DATE:FEB 23}} — DRAW IN CLINIC (PT ASKED ABOUT {{FACILITY:EVERGREEN LAB PSC}} IN {{LOCATION:LYNNWOOD}} — NOT IN NETWORK).
PT PHONE {{PHONE:425-555-0177}}. IF NEG → DISCUSS IVF (2 VIALS LEFT, MAY NEED TO BUY MORE BEFORE DONOR SELLS OUT).
SIGNED {{NAME:K. MORIMOTO}} MD`,
  `FAX COVER — CONFIDENTIAL MEDICAL RECORDS
To: {{FACILITY:Brightwater Fertility Center}}, Medical Records      Fax: {{FAX:614-555-0140}}
From: {{FACILITY:Women's Specialty Clinic of Zanesville}}       Fax: {{FAX:740-555-0188}}  Phone: {{PHONE:740-555-0189}}
Date: {{DATE:9/12/2025}}   Pages: 14 (incl. cover)
Re: {{NAME:Bethany Crowder-Lyle}}  DOB {{DATE:2/29/1992}}  Your MRN {{MRN:BFC-0104471}} / ours {{MRN:WSZ-33019}}
Enclosed: op note (lap, L salpingectomy {{DATE:08/28/2025}}), path (acc {{ID:WSZ-P25-0877}}), HSG {{DATE:05/2025}}, AMH/FSH labs, partner {{NAME:Joel Lyle}}'s SA (acc {{ID:AND-25-06612}}).
Release signed by pt {{DATE:9/10/25}}.
Sender: {{NAME:Patrice Wainwright}}, HIM
If received in error call {{PHONE:740-555-0189}} and destroy. This fax may contain PHI protected under HIPAA 45 CFR 164.`,
  `PEDIATRIC/ADOLESCENT GYN + GENETICS — Turner syndrome
{{DATE:11.07.2025}}   {{FACILITY:Lakeside Children's Medical Center}}
Pt {{NAME:Zoe Papadakis}}  14 yo  MRN {{MRN:LCMC-3319008}}  DOB {{DATE:02/15/2011}}
Karyotype (acc {{ID:LCG-11-2210}}, neonatal, done {{DATE:03/2011}}): 45,X[18]/46,XX[12] mosaic.
On GH since age 6 (stopped {{DATE:Apr 2025}}, near final height 151 cm). Spontaneous thelarche Tanner 2, no menarche. FSH 48, LH 19, AMH 0.3 → ovarian insufficiency evolving.
Echo {{DATE:1/2025}}: bicuspid AoV, no coarctation.
Discussed with pt and parents {{NAME:Elena}} and {{NAME:Nikos Papadakis}}: pubertal induction (transdermal E2 6.25 mcg), oocyte vs ovarian tissue cryo (limited yield), future donor eggs.
Referral {{FACILITY:Riverbend Children's Hospital}} fertility preservation; Turner clinic next {{DATE:Jan 2026}}.
{{NAME:Haruto Kimura}}, MD / {{NAME:Bríd Nolan}}, CGC`,
  `ECTOPIC — MTX PROTOCOL FLOWSHEET
{{NAME:Nguyen, Bao Tran}}  MRN {{MRN:SJH-5527731}}  {{FACILITY:Delta Valley Health}}
Dx {{DATE:03/04/2025}}: PUL → probable R tubal ectopic (2.1 cm adnexal mass, no FHR). Rh pos.
 day  date        hCG     note
 1    {{DATE:3/4/25}}   2,310   MTX 50 mg/m2 IM (88 mg) @ 1420
 4    {{DATE:3/7/25}}   2,650
 7    {{DATE:3/10/25}}  1,870   >15% drop d4→d7 ✓
 14   {{DATE:3/17/25}}  640
 21   {{DATE:3/24/25}}  122
 weekly until <5 — last {{DATE:4/21/25}}: <2 ✓ resolved
Precautions reviewed: no NSAIDs, folate, EtOH, sex until resolved. Husband {{NAME:Khoa}} present {{DATE:3/4}}.
Pt cell {{PHONE:209-555-0158}}, lives w/ in-laws at {{ADDRESS:2281 Pacific Ave}}, {{LOCATION:Stockton}} {{ZIP:95204}}; f/u hCG draws at {{FACILITY:Delta Lab Services}}. Contraception x3 mo: pill started {{DATE:4/25}}.
{{NAME:R. Castellanos}} MD / nurse {{NAME:Imelda}}`,
  `PATIENT STATEMENT — {{FACILITY:Brightwater Fertility Center}} Billing Office
Statement date {{DATE:10/01/2025}}   Account # {{ACCOUNT:BFC-PA-0093317}}   Guarantor: {{NAME:Chidi Okonkwo}}
Patient: {{NAME:Adaeze Okonkwo}}
Mailing: {{ADDRESS:6632 Sycamore Ridge Dr}}, {{LOCATION:Westerville}}, OH {{ZIP:43081}}

DOS        CPT     Description                         Charge     Ins paid   You owe
{{DATE:03/14/25}}   58970   Oocyte retrieval                    4,200.00   2,940.00   1,260.00
{{DATE:03/14/25}}   89280   ICSI >10 oocytes                    2,100.00   0.00       2,100.00
{{DATE:03/19/25}}   89290   Embryo biopsy                       1,650.00   0.00       1,650.00
{{DATE:04/28/25}}   58974   Embryo transfer                     1,800.00   1,260.00   540.00
                   Storage {{DATE:07/2025}} to {{DATE:06/2026}}        650.00     0.00       650.00
Claim refs {{ACCOUNT:CLM-2025-0442197}}, {{ACCOUNT:CLM-2025-0481102}}. Member {{HEALTH_PLAN:BKE-W881207734}}.
Pay online {{URL:https://pay.brightwaterfc.example/acct/BFC-PA-0093317}} or call {{PHONE:614-555-0125}}.`,
  `QUAD SCREEN / SECOND-TRIMESTER SERUM SCREEN
{{FACILITY:Prairie State Prenatal Screening Lab}}   Accession {{ID:PSP-Q-2025-190334}}
Patient {{NAME:Wanjiru Kamau}}   DOB {{DATE:4-9-1990}}   Chart {{MRN:CMH-4410032}}
Clinician: {{NAME:Oksana Hrytsenko}}, MD   ({{FACILITY:Capitol Midwives & OB}}, fax {{FAX:217.555.0111}})
Specimen drawn {{DATE:8/15/25}}; GA by US 16w3d; maternal wt 78 kg; race: Black; non-diabetic; singleton; not IVF.
AFP 0.62 MoM   hCG 2.41 MoM   uE3 0.58 MoM   DIA 2.10 MoM
Down syndrome risk: 1 in 140 (SCREEN POSITIVE, cutoff 1:270)
Trisomy 18 risk: <1 in 10,000
ONTD risk: screen negative
Recommend genetic counseling; cfDNA or amniocentesis; detailed US.
Clinic notified by phone {{DATE:8/19/25 10:05}} — spoke to {{NAME:Beverly}}, RN.
Result released to pt portal {{DATE:8/20/2025}}.
Director: {{NAME:Anil Venkataraman}}, PhD.  Lab phone {{PHONE:(217) 555-0112}}.`,
  `BREAST RECONSTRUCTION F/U — plastics
{{DATE:10/9/2025}}  {{FACILITY:Aurora Plastic Surgery}}, {{ADDRESS:1100 Cherry Creek Dr S, Ste 500}}, {{LOCATION:Denver}} {{ZIP:80209}}
{{NAME:Rachel Goldfarb-Adler}}  44F  MRN {{MRN:APS-28830}}
s/p bilat NSM {{DATE:07/16/2025}} (BRCA2, prophylactic; surgeon Dr {{NAME:Lindqvist}} at {{FACILITY:Larimer Breast Surgery Pavilion}}) w/ prepectoral tissue expanders:
  R expander SN {{DEVICE:13390217-004}}   L expander SN {{DEVICE:13390217-011}}   (magnetic port — MRI unsafe card given)
Fill today 60 mL each side (total R 420 / L 420 of 550). Skin healthy, no erythema.
Exchange to implants planned {{DATE:Dec 2025}}; pt prefers smooth round silicone.
Husband {{NAME:Ethan Adler}} asks about travel through airport security — letter provided.
Pt's sister {{NAME:Dana Goldfarb}} (also BRCA2+) to be seen {{DATE:10/23}}.
{{NAME:Soren Halvorsen}}, MD FACS`,
  `HOME BIRTH TRANSFER — midwife to hospital
{{DATE:June 7 2025}} 03:40   Midwife: {{NAME:Juniper Ashcroft}}, CPM, {{FACILITY:Hearthstone Midwifery}}
Client {{NAME:Ruth Yoder}} 30 G4P3003 at 41w1d, laboring at home, {{ADDRESS:5720 County Road 16}}, rural {{LOCATION:Holmes County}}.
Transfer indication: prolonged 2nd stage (3h) + meconium, FHT decels to 90s w/ recovery.
Transport by private vehicle (husband {{NAME:Eli Yoder}}, van, OH plate {{VEHICLE:JKW 2281}}) — declined EMS; midwife followed in own car.
Arr {{FACILITY:Killbuck Valley Hospital}} L&D 04:25; report given to CNM {{NAME:Abigail Sturtz}}.
Plain community; no phone at home — contact via neighbor {{NAME:Miriam Troyer}} {{PHONE:330-555-0165}}.
Prenatal records (no US, GBS unk, Rh pos) handed over. Baby born 05:12 by VE, Apgar 6/8, NICU eval.
Midwife cell {{PHONE:330-555-0171}}.`,
  `EMBRYOLOGY INCIDENT REPORT — CONFIDENTIAL
Incident # {{ID:INC-BW-2025-017}}   Reported {{DATE:05/21/2025 15:30}}   by {{NAME:Lena Huynh}}, embryologist
Location: {{FACILITY:Brightwater Fertility Center}} lab, {{LOCATION:Columbus}}
Event: During witness check for vitrification, dish label for pt {{NAME:Sharma, Kavita}} (MRN {{MRN:BFC-0107762}}) showed DOB of a different pt, {{NAME:Sharma, Kavya}} (MRN {{MRN:BFC-0098814}}). RFID witness system flagged mismatch before any embryo moved. No misidentification occurred.
Embryos {{ID:EMB-0107762-D5-01}} and {{ID:EMB-0107762-D6-02}} confirmed by barcode + RFID; vitrified tank 1 can D cane 4.
Root cause: label printer template pulled wrong DOB when two same-surname pts on same day.
Action: manual secondary check for same-surname pts; IT ticket {{ID:IT-44718}}.
Both pts informed by Dr. {{NAME:Vasquez-Lind}} {{DATE:5/22}}.
Reviewed by lab director Dr. {{NAME:Hollis Brandt}} {{DATE:05/23/2025}}.`,
  `LACTATION OUTPATIENT VISIT
{{FACILITY:Milkweed Lactation Studio}}   {{DATE:3/18/25}}
Dyad: mom {{NAME:Tomasina Fuimaono}}, 28; baby {{NAME:Leilani}}, DOB {{DATE:03/01/2025}}, 12 days
Referred by Dr {{NAME:Pham}} ({{FACILITY:Keiki Care Pediatrics}}).
Concerns: painful latch, clicking, baby slow to regain BW (3.42 → 3.18 → 3.31 kg today).
Oral assessment: restricted tongue lift, heart-shaped tip, Hazelbaker ATLFF appearance 7 / function 8.
Photos of oral anatomy saved to chart ({{PHOTO:FUIMAONO_L_oral_0318.jpg}}) with consent.
Pre/post weighted feed: transferred 38 mL R, 22 mL L.
Plan: referral for frenotomy eval with Dr. {{NAME:Kealoha}} at {{FACILITY:Windward ENT}}; triple feeding short-term; f/u {{DATE:3/21}}.
Partner {{NAME:Sione}} to help with paced bottle feeds.
Mom cell {{PHONE:808-555-0107}}, email {{EMAIL:tomasina.f@islandmail.example}}.
{{NAME:Noelani Kahale}}, IBCLC, RN`,
  `ELECTIVE EGG FREEZING — NEW PT CONSULT
{{DATE:Thursday 9/4/2025}}   {{FACILITY:Lumen Fertility SoHo}}, {{LOCATION:New York}} NY
{{NAME:Ingrid Valdés-Moreau}}  DOB {{DATE:06/11/1991}}  34  MRN {{MRN:LUM-220917}}
Employer: {{FACILITY:Arcadia Biotherapeutics}} — fertility benefit via third-party vendor, benefit ID {{HEALTH_PLAN:FB-30017752}}, lifetime max $30k.
Single, no current partner. G0. Cycles 28-30 d. LMP {{DATE:8/27}}.
AMH 1.9 ng/mL ({{DATE:8/20/25}}), AFC 11 (today, CD9). TSH 2.0. BMI 21.
Counseled: 10-15 mature eggs at 34 gives ~70-80% chance of ≥1 live birth; may need 2 cycles.
Start next cycle ~{{DATE:9/24}}; antagonist; CD2 bloods.
Pt travels for work — monitoring partly at {{FACILITY:Lumen Fertility Boston}} (same EMR).
Emergency contact: brother {{NAME:Mateo Valdés}} {{PHONE:347-555-0131}}.
Pt email {{EMAIL:ingrid.vm@arcadiabio.example}}; portal user verified from {{IP:100.24.77.190}}.
Dr. {{NAME:Felicity Amankwah}} / coordinator {{NAME:Pavel Novák}}`,
  `FRAGILE X — GENETIC COUNSELING SUMMARY
Patient: {{NAME:Jennifer Albrecht}}, 32   DOB {{DATE:3/3/1993}}   {{FACILITY:Keystone Reproductive Genetics}}
Date: {{DATE:January 8th, 2025}}
Reason: diminished ovarian reserve (AMH 0.4, FSH 14 on CD3 {{DATE:12/16/24}}) + family hx of intellectual disability.
FMR1 result ({{ID:KRG-24-11928}}): 30 / 97 CGG repeats — PREMUTATION (AGG interruptions: 0).
Pedigree:
 - nephew {{NAME:Tyler Albrecht-Haines}}, 6, autism + DD, not tested
 - sister {{NAME:Melissa Haines}}, 35, untested — referral made
 - mother {{NAME:Carol Albrecht}}, 61, early menopause at 40
 - maternal GF {{NAME:Walter Schenk}}, tremor/ataxia from ~70, died 2020 at {{AGE:90}}
 - maternal GM {{NAME:Lorraine Schenk}} living at {{AGE:91}}, {{LOCATION:Reading}}, PA
Risks: ~50% transmission; with 97 repeats, expansion to full mutation in a son or daughter >80% if transmitted. FXPOI and FXTAS risks discussed.
Options: IVF with PGT-M, donor oocytes, prenatal dx.
Husband {{NAME:Kyle}} present. Counselor {{NAME:Noor Haddad}}, MS, CGC. Ph {{PHONE:610-555-0122}}.`,
  `{{FACILITY:Lakeview Imaging Center}}
{{ADDRESS:9001 N Sheridan Rd}} • {{LOCATION:Chicago}}, IL {{ZIP:60626}} • {{PHONE:312-555-0100}}

{{DATE:December 2, 2024}}

{{NAME:Guadalupe Ferrer}}
{{ADDRESS:2418 W Farragut Ave, Apt 3R}}
{{LOCATION:Chicago}}, IL {{ZIP:60625}}

Dear {{NAME:Guadalupe Ferrer}}:
Your recent screening mammogram of {{DATE:11/26/2024}} showed a finding that needs more imaging. This is common; most call-backs are not cancer. Please call {{PHONE:312-555-0100}} to schedule a diagnostic mammogram and possible ultrasound within 2 weeks.
Your report was also sent to Dr. {{NAME:Imani Stokes}}.
Patient ID {{MRN:00891305}} · Exam acc. {{ID:LVI-8902117}}
Si necesita esta carta en español, llame al mismo número.
Breast Center Scheduling
cc: Dr. {{NAME:Stokes}}, {{FACILITY:Uptown Family Health Clinic}}, fax {{FAX:773-555-0196}}`,
  `ADMISSION H&P — OHSS
{{DATE:02/19/2025 23:10}}  {{FACILITY:Harborlight IVF & Surgery Center}} → admitted {{FACILITY:Marin Bayshore Hospital}} 4 South rm 418
{{NAME:Christina Leung}}  39F  MRN {{MRN:MBH-3301872}} (clinic MRN {{MRN:HL-0552184}})
ER {{DATE:2/12}} — 20 follicles, 13 COCs, freeze-all. Now d7 post-retrieval: abd distension, SOB, wt up 4 kg since {{DATE:2/12}}, UOP low.
Exam: HR 112, BP 98/60, SpO2 95% RA, abd tense, shifting dullness.
Labs: Hct 47, WBC 18.2, Na 131, Cr 1.1, albumin 2.6. US: large ascites, ovaries 10 cm each.
A: severe OHSS.
P: IV albumin, strict I/O, daily wt, enoxaparin 40, paracentesis by IR {{DATE:2/20}}, cabergoline 0.5 qd.
Husband {{NAME:Marcus}} at bedside; his cell {{PHONE:415-555-0183}}.
REI on call Dr. {{NAME:Priscila Alcántara}} notified 22:50.
Admitting: {{NAME:Jared Wolcott}}, MD (hospitalist)`,
  `AMNIOCENTESIS — CYTOGENETICS REPORT
{{FACILITY:Chesapeake Cytogenomics}}   Lab # {{ID:CCG-AF-25-3318}}
Patient: {{NAME:Pettigrew, Lauren}}   DOB {{DATE:06/06/1991}}   Ref MRN {{MRN:TMFM-218840}}
Note: CVS ({{DATE:5/2/25}}) showed confined placental mosaicism for T18 on direct prep (FISH 28% T18); amnio for clarification.
Amnio performed {{DATE:5/27/2025}} at 16w4d by Dr. {{NAME:A. Nwosu}}. 20 mL clear fluid.
FISH (13/18/21/X/Y): {{DATE:5/29/25}} — normal signal pattern, 0/100 nuclei with 3 x chr 18.
Karyotype ({{DATE:06/09/2025}}): 46,XX — normal female, 20 colonies, band level 475.
Microarray: no pathogenic CNVs; UPD18 testing negative.
Interpretation: mosaicism confined to placenta; fetal karyotype normal. Recommend growth scans (CPM risk of FGR).
Reported by {{NAME:Ewa Kaczmarek}}, PhD, FACMG — {{DATE:06/10/2025}}
Called to {{NAME:Marcus Feeney}}, GC, same day.`,
  `adolescent contraception visit — CONFIDENTIAL (minor consent)
{{DATE:10-2-25}}   {{FACILITY:Northgate Teen Health Center}} (school-based, inside {{FACILITY:Northgate High School}})
pt: {{NAME:Aaliyah Benson}}  16 yo  DOB {{DATE:12/08/2008}}  MRN {{MRN:NTH-77310}}
wants BC, sexually active w/ 1 partner ({{NAME:Jalen}}, 17), condoms inconsistent. LMP {{DATE:9/20}}. UPT neg. GC/CT NAAT collected.
no migraine w/ aura, no VTE hx, BP 110/70 → ok for combined or any method.
reviewed LARC first. pt chose depo-provera 150 mg IM today (lot 44RG7, R deltoid), next due {{DATE:12/18/2025}} to {{DATE:1/1/2026}}.
confidential: pt does not want mom ({{NAME:Tanya Benson}}) informed; EOB suppression requested under Title X, Medicaid ID {{HEALTH_PLAN:MI-0040177632}} — billed to clinic grant instead.
pt's own cell {{PHONE:313-555-0148}} (ok to text "appt reminder" only).
school nurse Mrs. {{NAME:Gorski}} not informed per pt.
{{NAME:Yvette Caldwell}}, FNP`,
  `ENDOMETRIAL BIOPSY — pathology + clinic note
Path acc {{ID:RPL-E25-04418}} ({{FACILITY:Riverside Pathology Laboratory}}), collected {{DATE:06/02/2025}}, signed {{DATE:06/05/2025}} by Dr. {{NAME:Thandiwe Mokoena}}.
Dx: complex atypical hyperplasia / EIN. MMR IHC: MLH1/PMS2 lost → MLH1 promoter hypermethylation ordered (acc {{ID:RPL-M25-0117}}).
Pt {{NAME:Dorota Wiśniewska}}  58F  MRN {{MRN:RMC-8812041}}  DOB {{DATE:2/2/1967}}
Seen {{DATE:6/10/25}} by gyn-onc Dr {{NAME:Baptiste Lefèvre}} at {{FACILITY:Riverside Medical Center Cancer Center}}.
BMI 41, DM2, HTN. Daughter {{NAME:Agnieszka}} present, interpreter not needed.
Plan: TLH/BSO/SLN mapping {{DATE:7/8/2025}}; preop clearance with PCP Dr {{NAME:Kwiatkowski}} ({{PHONE:248-555-0161}}).
Mother {{NAME:Halina Wiśniewska}} (uterine ca at 70), still alive at {{AGE:92}} in {{LOCATION:Kraków}}.
Germline testing if methylation negative.`,
  `EMBRYO SHIPMENT — CHAIN OF CUSTODY
From: {{FACILITY:Silver Birch Donor Bank}}, {{LOCATION:Portland}} OR   To: {{FACILITY:Cedar Grove Reproductive Medicine}}, {{LOCATION:Bellevue}} WA
Ship date {{DATE:03/10/2025}}   Arrival {{DATE:03/11/2025 10:20}}
Intended parents {{NAME:Reyes-Whitlock}} / {{NAME:Whitlock}}; file {{MRN:CGRM-IP-50219}}
Contents: 2 straws — {{ID:SB-31192-EMB-04}}, {{ID:SB-31192-EMB-05}} (D5 5AA, 4AB; euploid)
Dry shipper DS-11 (clinic equipment), data logger min temp −190°C, no excursion.
Courier: {{FACILITY:CryoLink Specialty Courier}}, waybill {{ID:CLC-889120447}}, driver {{NAME:Dwayne Parrish}}, vehicle WA {{VEHICLE:C38719K}}, DL checked WA {{LICENSE:PARRID*773QK}}.
Received by {{NAME:Lena Huynh}} / witnessed {{NAME:Omar Kassab}}; straws moved to tank 2 canister A.
Release form signed by both IPs {{DATE:2/27/25}}; ID verified by fingerprint scan (templates {{BIOMETRIC:FPT-CG-55019}}, {{BIOMETRIC:FPT-CG-55020}}).`,
  `secure chat — REI on-call / nurse line   {{DATE:Sun 7/13}}
[08:02] {{NAME:kayla r}} RN: pt {{NAME:Ximena Olvera}} (mrn {{MRN:BFC-0110338}}) cd12 E2 came back 3,950, 21 follicles, trigger planned tonite w/ hcg 10k
[08:05] Dr {{NAME:V-L}}: no hcg. switch to lupron 80 units only, freeze all. add cabergoline after ER
[08:06] {{NAME:kayla r}} RN: ok. she works at {{FACILITY:Westerville Outlet Commons}} today, will call her cell {{PHONE:614.555.0199}}
[08:31] {{NAME:kayla r}} RN: reached pt + husband {{NAME:Rodrigo}}. trigger 2230 tonight, ER tue {{DATE:7/15}} 0900 arrive 0830. Hold PO meds.
[08:33] Dr {{NAME:V-L}}: thx. also her sister {{NAME:Yareli}} called asking results — pt didn't list her on HIPAA release, don't share
[08:34] {{NAME:kayla r}} RN: 👍 documented
-- copied to chart by {{NAME:KR}} {{DATE:07/13/2025 0840}}`,
  `SSN/ID VERIFICATION — PATIENT REGISTRATION (IVF financing)
{{FACILITY:Brightwater Fertility Center}} — Financial Services
Date {{DATE:Nov 3, 2025}}
Applicant: {{NAME:Hyacinth Okafor-Briggs}}   DOB {{DATE:10/10/1986}}   SSN {{SSN:276-41-0893}}
Co-applicant (spouse): {{NAME:Desmond Briggs}}   SSN {{SSN:276-55-1418}}   OH DL {{LICENSE:RT448201}}
Home: {{ADDRESS:950 Hollyhock Ct}}, {{LOCATION:Gahanna}}, OH {{ZIP:43230}}   Home ph {{PHONE:614-555-0114}}
Employer: {{FACILITY:Gahanna Ridge Public Library}} (pt); {{FACILITY:Alum Creek Freight Terminal}} (spouse)
Lender: fertility financing partner; application # {{ID:LN-2025-118840}}; approved $18,500, 60 mo.
Refund program: 2-cycle shared-risk package, contract {{ACCOUNT:SRP-00441}}.
Pt MRN {{MRN:BFC-0118820}}. ID scanned ({{PHOTO:okaforbriggs_dl_front.png}}).
Financial counselor {{NAME:Tovah Greenbaum}}, ext {{PHONE:2216}}.`,
  `GENETIC COUNSELING — RESULT DISCLOSURE (cascade testing)
{{FACILITY:North Shore Genetic Counseling}}   {{DATE:Aug 18 2025}}
Patient: {{NAME:Karin Lindqvist-Moe}}  DOB {{DATE:10/01/1983}}  41 yo  MRN {{MRN:NSGC-40218}}
Sister of proband {{NAME:Hannah Lindqvist}} (BRCA1 c.68_69delAG, acc {{ID:NGC-2025-07731}}).
Site-specific test (acc {{ID:NGC-2025-08102}}, collected {{DATE:7/22/25}}): POSITIVE for familial BRCA1 c.68_69delAG.
Pt is G2P2, children {{NAME:Linnea}} (12) and {{NAME:Elias}} (9). Husband {{NAME:Torbjørn Moe}} present by phone.
Breast: last mammo {{DATE:2/2025}} BI-RADS 2 at {{FACILITY:Two Harbors Imaging Center}}, she thinks; will send records.
Recommend: MRI + mammo alternating q6mo, RRSO now (>40), discuss RRM. Referred to Dr. {{NAME:Øyvind Berg}} (gyn-onc) and {{FACILITY:Lake Superior Breast Clinic}}.
Maternal grandmother {{NAME:Astrid Holm}} ({{AGE:93}}) declined testing. Cousin {{NAME:Sigrid Holm-Baker}} in {{LOCATION:Bergen}}, Norway informed by family letter.
{{NAME:Leah Abernathy}}, MS, CGC  |  {{PHONE:218-555-0196}}`,
  `Consulta ginecológica / GYN visit — interpreter {{NAME:Rosa Elvira}} (in person)
{{DATE:12 de marzo de 2025}}  ({{DATE:3/12/2025}})   {{FACILITY:Clínica del Valle Women's Health}}, {{LOCATION:Yakima}} WA
Paciente: {{NAME:María de los Ángeles Huerta Ramírez}}  41a  DOB {{DATE:05/05/1983}}  Exp. {{MRN:CDV-19044}}
Motivo: sangrado abundante, cólicos. LMP/FUR {{DATE:2/28/25}}, 8 días, coágulos. Hgb 9.8.
US {{DATE:3/5}}: útero 12 cm, mioma intramural 5.1 cm (FIGO 4), submucoso 1.8 cm (FIGO 1).
Husband {{NAME:Joaquín Huerta}} works at {{FACILITY:Sunrise Orchards}}; ins through employer, member {{HEALTH_PLAN:PMW-7719330-03}}.
Plan: hysteroscopic myomectomy for type 1; TXA 1300 mg TID during menses; iron. Discussed LNG-IUD after surgery.
Surgery date {{DATE:4/16}} at {{FACILITY:Yakima Valley Surgical Suites}}; preop labs {{DATE:4/9}}.
Tel. {{PHONE:509-555-0176}} (prefiere español). Hija {{NAME:Karla}} also listed {{PHONE:509-555-0177}}.
Dra. {{NAME:Beatriz Lozano}}`,
  `PRIMARY OVARIAN INSUFFICIENCY — f/u
{{NAME:Farida Nazari}}  29F   {{DATE:07/29/2025}}   MRN {{MRN:CRH-6620194}}
{{FACILITY:Cascade Reproductive Health}}, {{ADDRESS:2200 NW Kearney St}}, {{LOCATION:Portland}} {{ZIP:97210}}
Amenorrhea since {{DATE:Oct 2024}}. FSH 62 and 71 ({{DATE:1/14/25}}, {{DATE:2/18/25}}), E2 <15, AMH <0.01.
Workup: karyotype 46,XX (acc {{ID:OHS-25-1177}}); FMR1 29/31; 21-OH Ab neg; TPO pos, TSH 3.9.
DXA {{DATE:3/2025}}: Z -1.4 L spine.
On E2 patch 100 mcg + micronized progesterone 200 mg d1-12; doing well, VMS resolved.
Pt and wife {{NAME:Leyla Nazari-Dunn}} want children; discussed donor eggs (known donor — pt's cousin {{NAME:Shirin Rahimi}}, 26, considering) vs embryo donation. Small chance spontaneous ovulation (~5-10%).
Known-donor counseling with psych Dr. {{NAME:Castellanos}} {{DATE:8/12}}.
Fax records to endocrinologist at {{FACILITY:Pearl District Endocrine}} {{FAX:503-555-0139}}.
{{NAME:Hollis Pfeiffer}}, MD`,
  `DONOR EGG RECIPIENT — FRESH CYCLE SYNC
Recipient: {{NAME:Lau, Evelyn}}  DOB {{DATE:01/22/1979}}  MRN {{MRN:BFC-0089903}}   Partner {{NAME:Lau, Raymond}} 48
Donor: {{ID:ED-20418}} (anonymous; {{FACILITY:Golden Thread Egg Donation Agency}})   Recipient ID {{ID:R-66013}}
Recipient: estrace 2 mg TID from {{DATE:4/02/25}}; lining {{DATE:4/14}} 8.6 mm.
Donor ER {{DATE:April 16, 2025}}: 22 oocytes, 18 MII. ICSI with partner's fresh sample (SA: 38 M/mL, 52% motile).
D5 {{DATE:4/21}}: 1 x {{ID:EMB-R66013-D5-01}} 5AA transferred fresh; 6 vitrified ({{ID:EMB-R66013-D5-02}} … {{ID:EMB-R66013-D6-07}}).
Beta {{DATE:5/1}}: 412 → {{DATE:5/3}}: 988. ✓
Agency notified; donor compensation released per contract. Donor post-ER check {{DATE:4/23}}: well.
Recipient contact {{EMAIL:evelyn.lau.1979@postbox.example}} / {{PHONE:614-555-0117}}.
Note: recipient partner is CF carrier negative; donor CFTR carrier → no CF risk.
RN {{NAME:Tamsin Reyes}}`,
  `REQUEST FOR EXTERNAL REVIEW
To: State Department of Insurance, Consumer Services — Independent Review
Date: {{DATE:11/20/2025}}
Enrollee: {{NAME:Priyanka Shah-Mehta}}    DOB {{DATE:08/14/1987}}
Address: {{ADDRESS:77 Cranberry Lane}}, {{LOCATION:Montclair}}, NJ {{ZIP:07042}}
Phone: {{PHONE:973-555-0135}}   Email: {{EMAIL:priyanka.sm@njmail.example}}
Health plan: Garden Path Health — Member {{HEALTH_PLAN:GPH-010448821}}   Group 22019
Final internal denial: {{DATE:October 31, 2025}}, ref {{ID:GPH-APL-2025-33871}}
Service: IVF cycle (58970, 89250, 89280) ordered by Dr. {{NAME:Ruben Castellanos-Yee}}, {{FACILITY:Garden State Fertility Associates}}
Denial reason: "infertility not established — fewer than 12 months." Enrollee is 38; NJ mandate uses 6 months over 35; trying since {{DATE:02/2025}}; HSG {{DATE:7/9/25}} bilateral tubal occlusion.
Authorized representative: husband {{NAME:Nikhil Mehta}}, SSN {{SSN:151-22-6047}} (policyholder).
Signature: {{NAME:Priyanka Shah-Mehta}}   {{DATE:11/20/25}}`,
  `BREAST ABSCESS — I&D (office)
{{DATE:11/21/2025}}   {{FACILITY:Evergreen Hills Breast Surgery}}
{{NAME:Priyanka Raghunathan}}  DOB {{DATE:4/4/1994}}  MRN {{MRN:EH-6630921}}
Hx: mastitis dx {{DATE:11/15}} (warmline), cephalexin x6 d, persistent R UOQ fluctuance. Baby {{NAME:Anika}} (18 d) exclusively BF.
US today: 3.2 cm loculated collection R 10:00 5 cm FN.
Procedure: US-guided aspiration 18G → 14 mL pus; culture (acc {{ID:EHH-MC-25-77104}}), small stab incision + irrigation. No packing.
Switched to clindamycin 300 QID pending MRSA. Continue feeding/pumping both sides; pump (serial {{DEVICE:HG-2291804}}) fine to use.
F/u US {{DATE:11/24}} and {{DATE:12/1}}. Lactation f/u with {{NAME:Harriet Mbatha}}.
Mother-in-law {{NAME:Lakshmi}} helping at home; husband {{NAME:Karthik}} returning to work at {{FACILITY:Cascade Aerostructures}} {{DATE:12/1}}.
{{NAME:Wendell Odum}}, MD`,
  `MENOPAUSE — testosterone for HSDD (off-label), controlled Rx
Pt {{NAME:Celestine Abara}}  54F  DOB {{DATE:6/30/1971}}  MRN {{MRN:PMC-440219}}   {{DATE:09/09/25}}
Postmenopausal (LMP 2022 — pt says last period {{DATE:May 2022}}). On E2 gel 1 mg + progesterone 100 nightly. Low desire causing distress x2 y; relationship w/ husband {{NAME:Obinna}} good; no depression (PHQ-9 3).
Baseline total T 12 ng/dL, SHBG 68, lipids ok, mammo {{DATE:04/2025}} neg.
Rx: testosterone 1% cream 0.5 mg daily, compounded at {{FACILITY:Apothecary on Grand}} ({{PHONE:651-555-0192}}).
Prescriber: {{NAME:Marisa Lindholm}}, MD   DEA {{LICENSE:BL4480217}}   NPI {{LICENSE:1346028817}}   MN lic {{LICENSE:58803}}
PDMP checked {{DATE:9/9/25}} — no other controlled Rx.
Recheck T level 6 wk ({{DATE:10/21}}), target within female range.
Clinic: {{FACILITY:Prairie Midlife Clinic}}, {{LOCATION:Saint Paul}}.`,
  `UROGYN / PELVIC FLOOR REFERRAL
Referral date {{DATE:17-Jan-2025}}   from {{FACILITY:Rosedale Women's Health Associates}}   to {{FACILITY:Gem City Pelvic Health PT}}
Pt: {{NAME:Marisol Ybarra-Quintana}}  DOB {{DATE:9/30/1979}}  Acct {{ACCOUNT:RWH-550812}}
Dx: stress urinary incontinence (N39.3), POP-Q stage II anterior. G3P2012 — 2 vaginal births (2006 and 2010, one forceps).
Leaks with running, coughing; 2 pads/d. 3-day bladder diary attached.
Request: PFMT 6-8 visits; consider biofeedback.
If no improvement by {{DATE:April 2025}} → urogyn (Dr. {{NAME:Delphine Okoro}}) for pessary fitting vs midurethral sling.
Pt prefers Saturday appts; cell {{PHONE:937-555-0163}}; works at {{FACILITY:Mad River Credit Union}} (per chart) — update on file: now at {{FACILITY:Huber Heights Community Library}}.
Ins member {{HEALTH_PLAN:AEM-88120447-01}}; auth {{ID:AUTH-PT-55102}} approved 8 visits.
{{NAME:Priya Sundaram}}, MD`,
  `EARLY OB ULTRASOUND — IVF PREGNANCY
{{FACILITY:Brightwater Fertility Center}} U/S suite 2   {{DATE:May 20, 2025}}
{{NAME:Adaeze Okonkwo}}   MRN {{MRN:BFC-0093317}}   DOB {{DATE:04/17/1987}}
FET {{DATE:4/28/2025}} of single euploid blast ({{ID:EMB-0093317-D5-01}}) → EGA by transfer 6w3d today. EDD {{DATE:01/09/2026}}.
Betas: {{DATE:5/8}} 286, {{DATE:5/10}} 641.
Findings: single IUP, GS 19 mm, YS present, CRL 3.4 mm, FHR 121 bpm. R ovary corpus luteum absent (programmed). No SCH.
Plan: continue PIO + E2 until 10 wk; graduate to OB at 9-10 wk — referred to Dr. {{NAME:Genevieve Ashdown}}, {{FACILITY:Olentangy Women's Care}} (fax {{FAX:614-555-0192}}).
Ultrasound images archived: {{ID:US-STUDY-2025052012}}.
Pt and {{NAME:Chidi}} very happy; told to call clinic line {{PHONE:614-555-0110}} with bleeding/pain.
Sonographer {{NAME:Ruth Ann Bixby}}, RDMS`,
  `SPERM BANKING — pre-chemotherapy (referred by peds onc)
{{DATE:02/03/2025}}   {{FACILITY:Oak Park Andrology Laboratory}}
Client {{NAME:Mateo Iglesias}}, 17 yo, DOB {{DATE:05/19/2007}}, MRN {{MRN:OPA-790332}}; dx osteosarcoma, chemo starts {{DATE:2/6/25}}.
Consent: minor assent + mother {{NAME:Carolina Iglesias}} consent (guardian, IL DL {{LICENSE:I242-6618-0071}}).
Collections: {{DATE:2/3}} 0900 and {{DATE:2/4}} 0830. Vol 3.1 / 2.6 mL, conc 48 / 55 M/mL, motility 55%.
Cryopreserved: 9 vials, lab IDs {{ID:OPA-C-790332-01}} to {{ID:OPA-C-790332-09}}. Tank 4, canister 2.
Mother's cell {{PHONE:708-555-0186}}; letters to {{ADDRESS:1147 S Cuyler Ave}}, {{LOCATION:Oak Park}} {{ZIP:60304}}.
Disposition if client dies: mother elected hold until age 18 decision, then client decides.
Storage billed to {{ACCOUNT:OPA-ST-20918}}; annual renewal {{DATE:02/2026}}.
Oncologist: Dr {{NAME:Yaw Boateng}}, {{FACILITY:Lakefront Children's Oncology}}, pager {{PHONE:8812}}.`,
  `TELEGENETICS VISIT LOG — audit extract
Session {{ID:TG-2025-0612-0088}}   {{DATE:06/12/2025}} 13:00-13:48 CT
Host: {{NAME:Noor Haddad}}, CGC — {{FACILITY:Keystone Reproductive Genetics}}, from {{IP:10.44.12.207}}
Guest 1: {{NAME:Imani Okoro-Banks}} (pt) joined 13:01 from {{IP:172.58.91.14}}, device "iPhone"
Guest 2: {{NAME:Terrence Banks}} (spouse) joined 13:09 from {{IP:2600:1700:5a1:9e0::12}}
Link sent {{DATE:6/10}} to {{EMAIL:imani.okorobanks@webpost.example}}: {{URL:https://meet.keystonegenetics.example/j/88412093}}
Topic: 20w anatomy scan ({{DATE:6/6/25}}, {{FACILITY:Liberty Fetal Imaging}}) — echogenic bowel + short femur; cfDNA low-risk ({{ID:HPL-25-0250071}}). CF carrier screen: pt neg; spouse pending ({{ID:VEG-CS-5522019}}). CMV/toxo IgM ordered.
Pt in {{LOCATION:Harrisburg}}; spouse on shift at {{FACILITY:Susquehanna Valley Fire Co.}}
Next: spouse result call ~{{DATE:6/19}}; f/u scan {{DATE:7/3}}.
Recording: none (pt declined).`,
  `GYN VISIT — IUD removal/replacement + cervical screening
{{DATE:Tues., Feb. 18, 2025}}     {{FACILITY:Mountain Laurel OB/GYN}}, {{LOCATION:Asheville}} NC
{{NAME:Anneliese Brandvold}}  DOB {{DATE:12-31-1980}}  MRN {{MRN:MLO-551802}}  44 yo
Copper IUD placed {{DATE:03/2014}} at a clinic in {{LOCATION:Hendersonville}} (pt unsure which) — due for replacement.
Removal: strings visible, grasped, removed intact. Replaced with copper T380A (lot 1120K, exp 12/2028), sounded 7.5 cm, strings trimmed 3 cm.
Pap/HPV cotest (acc {{ID:MLO-CY-25-0331}}). Last mammo {{DATE:1/10/24}} neg.
Partner {{NAME:Hallvard}} (husband) had colon ca dx at 49 — pt asking about kids' risk; referred to GC.
Next: string check {{DATE:4/1}}; annual {{DATE:Feb 2026}}.
Pt cell {{PHONE:828.555.0147}}   Work: {{FACILITY:Buncombe Montessori School}} ({{PHONE:828-555-0148}})
{{NAME:Selah Whitmore}}, PA-C / sup. Dr. {{NAME:Ortega-Villanueva}}`,
  `MAMMO / BREAST BIOPSY TRACKING LOG (nurse navigator)
{{FACILITY:Lakeview Imaging Center}} — week of {{DATE:11/10/2024}}
| pt | MRN | event | date | next |
| {{NAME:Tran, T.N.A.}} | {{MRN:00774512}} | US bx L 2:00 → IDC | {{DATE:11/15/24}} | surg consult {{DATE:11/22}} Dr {{NAME:Moreau-Lind}} |
| {{NAME:Ferrer, G.}} | {{MRN:00891305}} | callback letter mailed | {{DATE:12/2/24}} | dx mammo TBD |
| {{NAME:Kowalski, Irena}} | {{MRN:00712209}} | stereo bx R calcs → ADH | {{DATE:11/12/24}} | excision {{DATE:12/3/24}} |
| {{NAME:Odum, Patience}} | {{MRN:00655180}} | MRI bx → fibroadenoma, concordant | {{DATE:11/13/24}} | 6 mo MRI {{DATE:5/2025}} |
| {{NAME:Gutiérrez-Sol, Ana}} | {{MRN:00900044}} | no-show dx mammo x2 | {{DATE:11/14/24}} | cert. letter to {{ADDRESS:5510 N Kenmore Ave #2}} |
Navigator: {{NAME:Bettina Vos}}, RN, OCN — {{PHONE:312-555-0109}}`,
  `POSTPARTUM VISIT — 6 wk
{{DATE:3/20/2025}}   {{FACILITY:Capitol Midwives & OB}}, {{LOCATION:Springfield}} IL
{{NAME:Wanjiru Kamau}}  35  MRN {{MRN:CMH-4410032}}  G2P2002
Delivered {{DATE:02/05/2025}} at {{FACILITY:Sangamon Valley Medical Center}}, VBAC, baby boy {{NAME:Baraka}} 3.6 kg. Amnio earlier in preg normal (46,XY, acc {{ID:CCG-AF-24-2901}}).
EPDS 11 → discussed PPD, pt agrees to counseling; referral to {{FACILITY:Prairie Perinatal Mental Health}}; sertraline 25 started.
Breastfeeding exclusively, no issues. Perineum healed. BP 118/76.
Contraception: LAM + desires IUD at 8 wk; husband {{NAME:Kibet Mutua}} supportive.
Baby's pediatrician Dr. {{NAME:Adebayo}}, {{FACILITY:Lincoln Land Pediatrics}}; newborn screen {{DATE:2/6/25}} normal.
Return {{DATE:4/3}} for LNG-IUD. Pt cell {{PHONE:217-555-0129}}.
{{NAME:Oksana Hrytsenko}}, MD`,
  `INSULIN PUMP + PRECONCEPTION — T1DM & pregnancy planning
{{DATE:01/27/2025}}   Diabetes in Pregnancy Program, {{FACILITY:Great Lakes Women's Hospital}}
{{NAME:Siobhán Mulcahy}}  31F  DOB {{DATE:9/9/1993}}  MRN {{MRN:GLW-2290417}}
T1DM since age 8. Pump: tubeless patch pump, PDM serial {{DEVICE:PDM-44A7-10982}}; CGM transmitter {{DEVICE:8JT4K2}}. Data uploaded to clinic portal from home {{IP:98.213.40.166}} on {{DATE:1/25}}.
A1c 6.8 → goal <6.5 before conception. TIR 71%. Retinal exam {{DATE:11/2024}}: mild NPDR. UACR 12.
Folate 4 mg (hx neural tube defect in cousin {{NAME:Orla}}'s child). Stop lisinopril → labetalol if BP rises.
Wife {{NAME:Aoibheann Mulcahy-Price}} planning to carry? — no, pt will carry; donor sperm from {{FACILITY:Northern Lights Sperm Bank}} (Donor {{ID:5190}}) reserved, 4 vials.
Endo Dr. {{NAME:Rashida Kamara}}; MFM consult {{DATE:2/10}}. Contact {{PHONE:216-555-0124}}.`,
  `BREAST IMPLANT ILLNESS / EXPLANT — pre-op clinic
{{DATE:Aug 5, 2025}}   {{FACILITY:Aurora Plastic Surgery}}
{{NAME:Tabitha Greer-Olsen}}  47F  MRN {{MRN:APS-31107}}  DOB {{DATE:11/11/1977}}
Cosmetic augmentation {{DATE:2009-06-15}} at {{FACILITY:Scottsdale Aesthetic Institute}}; textured silicone 375 cc.
Implant card (photo in chart {{PHOTO:greer_implantcard_scan.jpg}}): R SN {{DEVICE:2231877-019}}, L SN {{DEVICE:2231877-020}} — textured; BIA-ALCL counseling done.
MRI {{DATE:07/18/2025}} ({{FACILITY:Summit Ridge Radiology}}, acc {{ID:SRR-MR-601774}}): R intracapsular rupture (linguine sign); no effusion/mass.
Plan: bilat en bloc capsulectomy + explant {{DATE:9/9/25}}; capsule + any fluid to path, CD30 if effusion.
Pre-op photos taken (face excluded); clearance from PCP Dr. {{NAME:Marguerite Osei}}.
Ride home: friend {{NAME:Courtney Vail}}, {{PHONE:303-555-0178}}.
{{NAME:Soren Halvorsen}}, MD`,
  `GENETIC COUNSELING LETTER — to referring physician
{{DATE:April 30, 2025}}
Dr. {{NAME:Hyun-joo Park}}, {{FACILITY:Lakeshore IVF}}, {{ADDRESS:300 E Randolph St, Fl 12}}, {{LOCATION:Chicago}} IL {{ZIP:60601}}
Re: {{NAME:Mei-Ling Chou}} and {{NAME:Robert Chou}} (DOBs {{DATE:8/30/1993}}, {{DATE:1/11/1992}})
Dear Dr. {{NAME:Park}},
I saw Mr. and Mrs. {{NAME:Chou}} on {{DATE:4/24/2025}} regarding their alpha-thalassemia carrier results (acc {{ID:VEG-CS-5501827}}, {{ID:VEG-CS-5501828}}). Mrs. {{NAME:Chou}}'s father, {{NAME:Chou Wen-Hsiung}}, 70, and her grandmother {{NAME:Lin Pao-Chu}}, {{AGE:99}}, in {{LOCATION:Taichung}}, are reportedly anemic; a cousin had "hydrops" (HbBart's) in {{LOCATION:Kaohsiung}}.
The couple has a 25% risk of HbH disease per pregnancy, not hydrops. They chose IVF with PGT-M; probe work-up at {{FACILITY:Veritas Embryo Genetics}}, case {{ID:VEG-PGTM-0977}}.
Sincerely, {{NAME:Thomas Adeyemi}}, MS, CGC · {{PHONE:888-555-0116}} · fax {{FAX:888-555-0117}}`,
  `VASOMOTOR SX — rx refill call + prior auth
{{DATE:07/08/2025 11:15}}  phone note  {{FACILITY:Rosedale Women's Health Associates}}
Caller: {{NAME:Marisol Ybarra-Quintana}} (DOB {{DATE:9/30/1979}}) from {{PHONE:937-555-0163}}
Fezolinetant 45 mg — pharmacy ({{FACILITY:Harlan Pike Pharmacy}}, {{PHONE:937-555-0190}}) says PA needed. Refill req # {{ID:RX-RQ-7718204}}.
Pt reports 80% fewer flushes since {{DATE:6/10}}. LFTs {{DATE:6/24/25}} normal (ALT 21) — monitoring q month x3 per label.
PA submitted via ePA portal, key {{ID:PA-KEY-BQ7X2M}}; member {{HEALTH_PLAN:AEM-88120447-01}}.
Mammo scheduled {{DATE:7/21/2025}} at {{FACILITY:Fairborn Breast Imaging}}.
Husband {{NAME:Raul Ybarra}} will pick up rx, plate OH {{VEHICLE:DRK 5510}} for curbside.
— {{NAME:Jolene Prather}}, MA; reviewed {{NAME:P. Sundaram}} MD`,
  `EMBRYO DISPOSITION CONSENT — annual storage review
{{FACILITY:Pioneer Valley Fertility}}   Review date {{DATE:01/15/2026}}
Patients: {{NAME:Zainab Hussaini}} (MRN {{MRN:7719044}}) and {{NAME:Tariq Hussaini}}
Stored: {{ID:PVF-7719044-B2}} (mosaic, low-level chr 7) — tank 5, canister C, cane 3, goblet 1.
{{ID:PVF-7719044-B1}} transferred {{DATE:3/21/2025}} → ongoing pregnancy, EDD {{DATE:12/8/2025}}; baby girl {{NAME:Maryam}} born {{DATE:12/02/2025}} at {{FACILITY:Holyoke Valley Medical Center}}.
Options: continue storage ($700/yr), discard, donate to research, donate to another couple (not allowed for mosaic per lab policy).
Couple chose: continue storage 1 yr, revisit.
Signatures verified with thumbprint pad (template {{BIOMETRIC:TP-PVF-33019}} / {{BIOMETRIC:TP-PVF-33020}}).
Notary: {{NAME:Gerald Fontaine}}, commission {{LICENSE:NP-MA-204417}}.
Storage billing acct {{ACCOUNT:PVF-BL-20091}}. Contact {{PHONE:413-555-0104}}.`,
  `LACTATION — relactation + donor milk (adoptive parent)
{{DATE:5/14/25}}   {{FACILITY:Milkweed Lactation Studio}}, {{ADDRESS:45-1120 Kamehameha Hwy}}, {{LOCATION:Kaneohe}} HI {{ZIP:96744}}
Parent: {{NAME:Kalena Akana}}, 38, adoptive mother of {{NAME:Keoni}} (born {{DATE:4/30/25}}, placement {{DATE:5/3}}). Birth mother {{NAME:Maile}} (open adoption) providing some pumped milk.
Induced lactation protocol started {{DATE:Feb 2025}}: domperidone — not available US; instead metoclopramide declined; using pumping q3h + herbal. Current output 90 mL/24h.
Supplement: pasteurized donor milk from {{FACILITY:Ko'olau Donor Milk Bank}}, lot 25-0412 + formula; SNS at breast.
Rental pump serial {{DEVICE:SYM-04-90311}}.
Pediatrician Dr {{NAME:Pham}}; wt gain 32 g/d ✓.
Spouse {{NAME:Daniel Akana}} doing night bottles. Email {{EMAIL:kalena.akana@islandmail.example}}.
{{NAME:Noelani Kahale}}, IBCLC`,
];

export const HELDOUT_REALISTIC_81_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout81-${i + 1}`, n));
