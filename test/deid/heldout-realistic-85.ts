// An eighty-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; IP addresses are
// documentation addresses; towns and cities are real places used only as LOCATION). It leans
// towards outpatient specialty care as it is really written: consult and referral letters with
// letterheads (practice name, street address with suite, city/state/ZIP, phone, fax, website),
// cc lists of physicians and practices, cardiology, oncology, endocrinology, rheumatology and
// nephrology clinic notes, pre-operative clearance letters, device-clinic reports (pacemaker, ICD,
// loop recorder, LVAD, insulin pump, CGM) with generator, lead, pump and transmitter serials,
// genetic-counselling letters with family pedigrees (relatives' names and ages, some over 89),
// second-opinion letters from and to clinics abroad, tumour-board summaries, prior-authorization
// and DMV/driving letters. Formats are mixed: formal letters, terse templated notes, all-caps
// headers, lists and tables, dictated text with typist initials and D:/T: dates, typos and line
// breaks inside identifiers; names come in many shapes (hyphenated, multi-part, non-English,
// initials, Last, First, all caps) and dates in many formats (03/04/2024, 4 March 2024, Mar 4,
// 2024-03-04, 3/4, 04 MAR 2024, 09-Oct-2023, 05.22.2024, 12/03/2024 day-first from France).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions listed in the header of
// heldout-realistic-72.ts (titles and kin terms outside NAME spans; a time attached to a full
// date and a weekday written with a date are inside the DATE span; a month/day without a year is
// a DATE; ages over 89 are AGE however written, 89 and under are not; initials, first or last
// names alone and typist/signer initials are NAME, one span per occurrence; payers and agencies
// are not PHI; employers, schools, labs, pharmacies and DME suppliers are FACILITY; member numbers
// are HEALTH_PLAN; billing and claim numbers are ACCOUNT; NPI, DEA, state and driver's licences are
// LICENSE; plates and VINs are VEHICLE; implant, pump, sensor and transmitter serials are DEVICE;
// accession, order, authorization, requisition and case numbers are ID; short extensions are
// PHONE; lot, CLIA, NDC and trial numbers are not PHI; face-photo file references are PHOTO;
// fingerprint, palm-vein and voiceprint template numbers are BIOMETRIC; a city abroad is LOCATION).
// Added for this set:
// - practice, group, clinic, hospital, imaging-centre, infusion-centre and laboratory names in
//   letterheads, addresses, signatures and cc lists are FACILITY; a generic department or meeting
//   name without a proper name (Device Clinic, Cardiology, Tumor Board, Infusion Suite) is not;
// - a street address includes its suite, floor, building or mail stop; in "City, ST 01608" the city
//   is LOCATION, the state is unmarked and the ZIP (ZIP+4 as one span) is ZIP;
// - post-nominals (MD, DO, FACC, PhD, MS, CGC, NP, RN, CDRN) stay outside NAME spans like titles;
//   "Last, First M." is one NAME span;
// - an extension written after a phone or fax number is inside its span (617-555-0142 x 2210);
// - device manufacturers, model names and model numbers are not PHI; each generator, lead, pump,
//   CGM sensor/transmitter, loop-recorder, LVAD and home-monitor serial is its own DEVICE span;
// - practice websites, portal links and upload links are URL; a person's name inside an e-mail
//   address is part of the EMAIL span and not annotated again;
// - letter references (Our ref / Your ref), referral, dictation job, pathology, cytology and
//   genetic-testing accession numbers, tumour-board case numbers, prior-authorization numbers and
//   research subject numbers are ID; gene names, variants (c.5946delT) and NCT numbers are not PHI;
// - a masked SSN showing only its last four (XXX-XX-4417) is still SSN over the whole token;
// - insurance group numbers are HEALTH_PLAN like member numbers; a Medicare MBI is HEALTH_PLAN;
// - in pedigrees, relatives' names (and initials) are NAME and ages over 89 are AGE (d. 94,
//   d.@91, 93y), while years of birth or death alone (b. 1931, d. 2011) and ages of 89 and under
//   are not PHI;
// - a postal code abroad (M5G 1X7, 69003, C.P. 64060) is ZIP; a provincial health-card number (OHIP)
//   is HEALTH_PLAN; a licence number abroad (CPSO, Mexican cédula profesional) is LICENSE;
// - manufacturer complaint and RMA numbers, shipment tracking numbers, interpreter and employee
//   numbers, living-donor IDs and medical-ID-bracelet numbers are ID; a face-recognition kiosk
//   enrollment number is BIOMETRIC like palm-vein, fingerprint and voiceprint templates;
// - a place name inside the name of a protocol or criteria set (Toronto protocol, Amsterdam II
//   criteria) is not PHI, nor are payer names, payer IDs and payer fax lines;
// - a month with a year (Nov 2023, 05/2023, June 2026) is a DATE; a year alone, or a year range
//   written as years (2022-2023), is not; a conference room named like a ward (Hadley 2) is FACILITY;
// - a dictation footer "D: 03/04/2024 T: 03/05/2024" gives two DATE spans and "RE/kd" two NAME
//   spans;
// - a line break, hyphenation or typo inside an identifier stays inside its span.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:TAMSIN RIDGE CARDIOLOGY ASSOCIATES}}
{{ADDRESS:410 Larkspur Parkway, Suite 220}}
{{LOCATION:Worcester}}, MA {{ZIP:01608}}
Tel {{PHONE:(508) 555-0142}}   Fax {{FAX:(508) 555-0143}}
{{URL:www.tamsinridgecardio.org}}

{{DATE:March 4, 2024}}

{{NAME:Hannah Völkel}}, MD
{{FACILITY:Brightwater Family Medicine}}
{{ADDRESS:88 Shrewsbury St}}
{{LOCATION:Holden}}, MA {{ZIP:01520}}

RE: {{NAME:Oyelaran, Temitope A.}}     DOB: {{DATE:11/02/1957}}     MRN: {{MRN:TRC-0048291}}

Dear Dr. {{NAME:Völkel}},

Thank you for asking me to see Mr. {{NAME:Oyelaran}}, a 66-year-old man with exertional chest
tightness for three months. He walks two miles daily with his wife {{NAME:Bisi}} and notices it on
hills. Treadmill test on {{DATE:2/27/24}} (Bruce protocol, 8:10 min) showed 1.5 mm horizontal ST
depression in II, III and aVF at peak. Echo normal, EF 60%. LDL 148.

Plan: atorvastatin 40 mg, aspirin 81 mg; coronary CTA booked for {{DATE:March 12}} at
{{FACILITY:Quinsigamond Imaging Center}}. I will see him back in six weeks.

Sincerely,

{{NAME:Rafael Etxeberria-Quinn}}, MD, FACC
NPI {{LICENSE:1467302958}}

cc: {{NAME:Temitope Oyelaran}} (patient)
    Dr. {{NAME:Priya Natarajan}}, {{FACILITY:Holden Pulmonary & Sleep}}

RE/{{NAME:kd}}   D: {{DATE:03/04/2024}}   T: {{DATE:03/05/2024}}`,

  `{{FACILITY:OSTRANDER HEART RHYTHM CENTER}} - DEVICE CLINIC
PACEMAKER INTERROGATION REPORT                 Device line {{PHONE:413-555-0177}}

PATIENT: {{NAME:KOWALCZYK, HALINA M}}          MRN: {{MRN:30-118-472}}
DOB: {{DATE:07/19/1933}} ({{AGE:90}} y)                VISIT: {{DATE:04/15/2024 10:20}}
REFERRING: Dr. {{NAME:Desmond Achterberg}}

DEVICE: Medtronic Azure XT DR MRI, model W1DR01
  Generator SN: {{DEVICE:RNJ204518S}}        Implanted: {{DATE:09/22/2019}}
  RA lead 5076-52  SN: {{DEVICE:PJN3318290V}}
  RV lead 5076-58  SN: {{DEVICE:PJN3319047V}}
MODE DDDR 60/130    Battery 7.1 yr
RA  P 2.8 mV   imp 456 ohm   thr 0.75 V @ 0.4 ms
RV  R 11.2 mV  imp 608 ohm   thr 1.0 V @ 0.4 ms
AP 34%   VP 2%
Episodes: 3 AHR, longest 14 min on {{DATE:3/29}} at 02:14; no VHR.
Home monitor: transmitter SN {{DEVICE:24CL-118830}}, last transmission {{DATE:4/12}}.

Assessment: normal device function. Pt lives alone in {{LOCATION:Chicopee}}; daughter
{{NAME:Wanda}} manages transmissions.
Next remote {{DATE:07/15/2024}}; in clinic 1 yr.

Reviewed: {{NAME:Siobhán Ní Mhurchú}}, CDRN / Dr. {{NAME:J. Achterberg}}`,

  `{{FACILITY:PELLHAM VALLEY ONCOLOGY GROUP}}
{{ADDRESS:2200 Cedar Crest Blvd, Building B, 3rd Floor}}, {{LOCATION:Allentown}}, PA {{ZIP:18103-6218}}
P {{PHONE:610.555.0121}} | F {{FAX:610.555.0122}}

NEW PATIENT CONSULTATION                          Date of service: {{DATE:2024-03-18}}

Patient: {{NAME:María José de la Fuente Ortega}}     DOB {{DATE:05/30/1969}}
Chart # {{MRN:PVO-772014}}     Referred by: {{NAME:Lucas Brandão}}, DO ({{FACILITY:Emmaus Women's Health}})

HPI: 54F, self-palpated L breast mass in {{DATE:January 2024}}. Diagnostic mammogram
{{DATE:2/6/24}} BI-RADS 5. US-guided core {{DATE:2/13/24}} at {{FACILITY:Lehigh Ridge Breast Center}},
path accession {{ID:SP24-03318}}: IDC, grade 2, ER 95%, PR 80%, HER2 1+. Clinical T2N0.
Lives in {{LOCATION:Macungie}} with husband {{NAME:Andrés}}; works as a pharmacist at
{{FACILITY:Trexlertown Community Pharmacy}}.

Plan: MRI breasts, Oncotype DX on core; presented at Tumor Board {{DATE:3/21}}.
Discussed with Dr. {{NAME:Okonkwo-Baptiste}} (breast surgery).

{{NAME:Ines Halvorsen}}, MD, Medical Oncology`,

  `{{FACILITY:Quarry Hill Endocrine & Diabetes}} | Pump & Sensor Clinic
INSULIN PUMP DOWNLOAD - 14 DAYS ({{DATE:05/01/2024}} - {{DATE:05/14/2024}})

Name: {{NAME:Tran, Bao Ngoc}}    DOB: {{DATE:12/08/2001}}    MRN {{MRN:QH0093317}}
Pump: Tandem t:slim X2, SN {{DEVICE:1148827}}      CGM: Dexcom G7, sensor SN {{DEVICE:G7-4NKX2M91}}
Control-IQ on 96%

| Metric            | Value   |
|-------------------|---------|
| TIR 70-180        | 61%     |
| TAR >250          | 14%     |
| TBR <70           | 2%      |
| Mean glucose      | 174     |
| TDD               | 48.2 u  |
| Basal/bolus       | 42/58   |

Pattern: post-dinner highs, late boluses (college schedule at {{FACILITY:Mount Tekoa College}}).
Carb ratio dinner 1:10 -> 1:8. Reviewed with pt and mom ({{NAME:Lien}}) by video.
Pt reported pump alarm "occlusion" x2; replacement shipped via {{FACILITY:Keystone Diabetic Supply}},
RMA {{ID:RMA-558120}}.

Next visit {{DATE:Aug 2}}.  -- {{NAME:Dolores Ayala-Whitcombe}}, NP, CDCES`,

  `{{FACILITY:Saltmarsh Cancer Genetics Program}}
{{ADDRESS:17 Wharf Lane, Suite 4}}, {{LOCATION:Portsmouth}}, NH {{ZIP:03801}}
tel {{PHONE:603-555-0164}}  fax {{FAX:603-555-0165}}  {{EMAIL:genetics@saltmarshcgp.org}}

{{DATE:9 April 2024}}

Dear Ms {{NAME:Abernethy-Cole}},

It was a pleasure to meet you and your sister {{NAME:Fiona}} on {{DATE:2 April}}. As discussed,
your genetic test result (lab accession {{ID:GX-2024-118406}}, {{FACILITY:Northfield Genomics Laboratory}})
shows a pathogenic variant in BRCA2, c.5946delT.

Your family history as we recorded it:
- You: {{NAME:Catriona Abernethy-Cole}}, 44, breast cancer at 41
- Mother: {{NAME:Morag}}, d. 2009 aged 58, ovarian cancer
- Maternal grandmother: {{NAME:Elspeth Drummond}}, d. aged {{AGE:93}}, breast cancer at 70
- Maternal uncle: {{NAME:Hamish Drummond}}, 68, prostate cancer at 61 (lives in {{LOCATION:Inverness}})
- Father: {{NAME:Derek Cole}}, 75, well; paternal aunt {{NAME:Pauline}}, {{AGE:91}}, well
- Sister: {{NAME:Fiona Abernethy}}, 39, untested
- Children: {{NAME:Isla}} (14) and {{NAME:Rory}} (11)

We recommend testing for {{NAME:Fiona}} and for your uncle. Testing of children under 18 is not
advised. A family letter is enclosed.

Warm regards,
{{NAME:Naledi Okafor}}, MS, CGC, Genetic Counselor
{{NAME:Ruth Pemberton-Sayer}}, MD

cc: Dr. {{NAME:Ian Marchetti}}, {{FACILITY:Seacoast Breast Surgery}}`,

  `RHEUM f/u     {{DATE:06/03/24}}     {{FACILITY:Brackenwood Rheumatology}}
Pt: {{NAME:Adeyemi-Rourke, Folasade}}   MRN {{MRN:BRK-40117}}   Acct {{ACCOUNT:9001447213}}
PCP: {{NAME:Jorge Villalobos}}, MD

S: RA dx 2019, seropositive. On MTX 20 mg weekly + HCQ 200 bid. Flare since {{DATE:May 12}}
after stopping MTX for a dental procedure (Dr. {{NAME:Kessler}}'s office). AM stiffness 2 h.
O: 6 tender/4 swollen (MCP2-3 bil, L wrist, R knee). Rheumatoid nodules L olecranon.
CDAI 24. ESR 41, CRP 2.8.
A: RA, moderate activity.
P: restart MTX, pred 10 mg taper x 3 wk. Discussed adalimumab; PA to be sent to plan
(member ID {{HEALTH_PLAN:XQH884120567}}). Eye exam - hydroxychloroquine screening due;
referred to {{NAME:Anneliese Brandt}}, OD, {{FACILITY:Clearview Eye Associates}} {{PHONE:(860) 555-0189}}.
RTC 6 wk.
{{NAME:T. Mukherjee}}, MD / scribe {{NAME:gw}}`,

  `REFERRAL FOR KIDNEY TRANSPLANT EVALUATION
To: Transplant Intake, {{FACILITY:Greywater Regional Transplant Institute}}
Fax: {{FAX:(716) 555-0109}}        From: {{FACILITY:Niagara Frontier Nephrology, PLLC}}
                                   {{ADDRESS:3150 Sheridan Dr, Ste 210}}, {{LOCATION:Amherst}}, NY {{ZIP:14226}}
                                   Ph {{PHONE:(716) 555-0108}}   Fax {{FAX:(716) 555-0110}}
Date: {{DATE:01/22/2024}}

Patient: {{NAME:Guðmundsson, Einar P.}}        DOB {{DATE:08/14/1962}}
SSN: {{SSN:XXX-XX-4417}}        Phone: {{PHONE:716-555-0133}} (cell)
Address: {{ADDRESS:41 Brompton Rd}}, {{LOCATION:Tonawanda}}, NY {{ZIP:14150}}
Insurance: Erie Mutual Health, ID {{HEALTH_PLAN:IHN90213377-01}}, grp {{HEALTH_PLAN:004418}}
Medicare MBI: {{HEALTH_PLAN:5KT2-WQ9-HD41}}

Dx: CKD stage 4 (eGFR 17) due to IgA nephropathy, biopsy 2016, not on dialysis.
Potential living donor: brother {{NAME:Sigurður}} (52), lives in {{LOCATION:Reykjavík}}; also
interested: friend {{NAME:Marcy Pellegrino}}.
Comorbid: HTN, gout. No prior transplant. BMI 29.

Please contact pt directly; wife {{NAME:Ruth}} is alternate contact, {{PHONE:716-555-0134}}.

Referring nephrologist: {{NAME:Chidinma Obi-Larkin}}, MD   NPI {{LICENSE:1992834471}}
Referral # {{ID:NFN-RF-20240122-07}}`,

  `{{FACILITY:Ostrowski & Lang Cardiovascular Consultants}}
{{ADDRESS:9 Medical Park Drive, Suite 300}} - {{LOCATION:Greenville}}, SC {{ZIP:29607}}
Phone {{PHONE:864-555-0150}} - Fax {{FAX:864-555-0151}}

{{DATE:July 8, 2024}}

{{NAME:Bertrand Achebe-Mills}}, MD
{{FACILITY:Upstate Orthopaedic & Joint Center}}
Fax {{FAX:864-555-0177}}

Re: Preoperative cardiovascular evaluation
Patient: {{NAME:Lorraine P. Whitfield}}     DOB: {{DATE:02-11-1948}}
Procedure: R total knee arthroplasty, planned {{DATE:8/19/2024}} at {{FACILITY:Reedy River Surgery Center}}

Dear Dr. {{NAME:Achebe-Mills}},

Mrs. {{NAME:Whitfield}} is a 76-year-old woman with HTN, HLD and paroxysmal AF on apixaban. She
climbs two flights of stairs without symptoms (> 4 METs). ECG today: sinus rhythm, 68, no acute
changes. Echo {{DATE:05/2023}}: EF 55-60%, mild MR. RCRI 0.

She is at low risk for a low-to-intermediate risk procedure; no further testing needed.
Hold apixaban 48 h before surgery (last dose the morning of {{DATE:8/16}}), resume 24 h after
if hemostasis allows. No bridging. Continue metoprolol.

Please call with questions.

{{NAME:Grzegorz Ostrowski}}, MD, FACC

cc: {{NAME:Sandra Fenwick-Oduya}}, NP ({{FACILITY:Taylors Primary Care}})`,

  `{{FACILITY:Centre Hospitalier Saint-Aubert}} - Service d'Oncologie Médicale
{{ADDRESS:14 rue des Tanneurs}}, {{ZIP:69003}} {{LOCATION:Lyon}}, France
Tél. {{PHONE:+33 4 55 50 12 87}}   Fax {{FAX:+33 4 55 50 12 88}}

{{LOCATION:Lyon}}, le {{DATE:12/03/2024}}

To: Dr. {{NAME:Ama Boateng-Sørensen}}, {{FACILITY:Lakeshore Sarcoma Clinic}}, {{LOCATION:Milwaukee}}, WI
Our ref: {{ID:CHSA/ONC/2024/0381}}

SECOND OPINION - English translation by {{NAME:C. Dufresne}}

Dear Colleague,

We reviewed the case of M. {{NAME:Théo Vasseur-Laplace}}, born {{DATE:03/07/1988}}, our file
no. {{MRN:CHSA-2211907}}, at our sarcoma multidisciplinary meeting of {{DATE:7 March 2024}}.

Slides (block {{ID:B24-1187}}) were reviewed by Pr {{NAME:Héloïse Marchand}}: myxoid liposarcoma of
the left thigh, 11 cm, FUS-DDIT3 fusion confirmed. We agree with preoperative radiotherapy (50 Gy)
followed by wide resection. The patient will relocate to {{LOCATION:Madison}} to be near his partner
{{NAME:Jonah Reilly}}; we are happy for treatment to continue with you.

Contact: {{EMAIL:rcp.sarcome@ch-saintaubert.fr}}

Dr {{NAME:Bastien Lefèvre-Okoye}}, Oncologue médical`,

  `THORACIC MULTIDISCIPLINARY TUMOR BOARD - SUMMARY
{{FACILITY:Marrowbrook Cancer Institute}}     Meeting: {{DATE:Thursday, 2024-02-15}} 07:00, Conf Rm {{FACILITY:Hadley 2}}
Coordinator: {{NAME:Keisha Dunmore-Price}}, RN  x{{PHONE:4471}}

CASE 1 - TB#{{ID:24-0215-01}}
{{NAME:Halloran, Desmond J}}   MRN {{MRN:00831562}}   69M, ex-smoker 40 pk-yr
Presenter: Dr. {{NAME:Anjali Venkataraman}} (Pulm). RUL 2.8 cm spiculated nodule; EBUS {{DATE:2/9}}
stations 4R, 7, 11R negative; path {{ID:C24-00917}} adenocarcinoma, EGFR L858R. cT1cN0M0, stage IA3.
Recommendation: lobectomy (Dr. {{NAME:Fitzgerald}}); PFTs adequate. No adjuvant unless upstaged.

CASE 2 - TB#{{ID:24-0215-02}}
{{NAME:Nakamura-Ellis, Yoko}}   MRN {{MRN:01177340}}   {{AGE:91}}F
LLL mass 4.1 cm, SUV 12; lives with son {{NAME:Kenji}} in {{LOCATION:Greenfield}}. Declines surgery.
Recommendation: SBRT 50 Gy/5 fx if biopsy confirms; geriatric oncology visit with Dr. {{NAME:Ostrom}}.

CASE 3 - TB#{{ID:24-0215-03}}
{{NAME:Pérez Quiñones, Ángel L.}}  MRN {{MRN:00994018}}  58M. SCLC limited stage; on trial NCT05560122,
subject {{ID:MCI-1187-014}}. Continue per protocol.

Attending sign-off: {{NAME:Miriam Szabó}}, MD     Minutes typed by {{NAME:kdp}}`,

  `REMOTE ICD TRANSMISSION REVIEW                       {{FACILITY:Lowcountry Heart Rhythm}}
Pt: {{NAME:Jean-Baptiste Toussaint}}      DOB {{DATE:10/1/1955}}      MRN {{MRN:LHR-55102}}
Device: Boston Scientific Resonate EL ICD D433, SN {{DEVICE:712845}}
RV lead Reliance 4-Front 0693, SN {{DEVICE:403871}}
Communicator: LATITUDE model 6290, SN {{DEVICE:618204}}
Transmission received {{DATE:11/14/2023 03:12}} (scheduled). Source IP {{IP:198.51.100.23}}

Battery: 9.5 yr. Charge time 7.8 s. RV imp 512 ohm. Shock imp 68 ohm.
Events since {{DATE:08/12/2023}}:
 - {{DATE:10/30/2023 21:47}} VT 188 bpm, ATP x1 successful. Pt asymptomatic, was watching TV.
 - NSVT x4, longest 9 beats.
No shocks. Heart failure sensor (HeartLogic) index 8, below threshold.

Called pt at {{PHONE:843-555-0116}}; spoke with wife {{NAME:Marie-Claude}}. Meds confirmed:
metoprolol succinate 100, sacubitril/valsartan 49/51. K+ {{DATE:11/2}} was 3.6.
Plan: no change; notify Dr. {{NAME:Ravenel}}; next remote {{DATE:02/14/2024}}.
Portal message sent via {{URL:https://mychart.lowcountryheartrhythm.org}}.
-- {{NAME:Tomasz Wierzbicki}}, RN, CCDS`,

  `***FAX***  {{FACILITY:PRAIRIE ROSE FAMILY PRACTICE}}  ***FAX***
TO: {{FACILITY:CAPITOL ENDOCRINE ASSOCIATES}}        FAX: {{FAX:515-555-0192}}
FROM: DR. {{NAME:N. ABERNATHY}}                         FAX: {{FAX:515-555-0181}}   PH: {{PHONE:515-555-0180}}
DATE: {{DATE:04/02/24}}   PAGES: 6 (incl cover)

URGENT REFERRAL - THYROID NODULE

PATIENT: {{NAME:HUSSAIN, TANVIR}}
DOB: {{DATE:06/17/1979}}       SEX: M
ADDR: {{ADDRESS:2704 BEAVER AVE APT 3}}, {{LOCATION:DES MOINES}}, IA {{ZIP:50310}}
HOME: {{PHONE:515-555-0146}}   EMAIL: {{EMAIL:t.hussain79@lumenmail.net}}
INS: HEARTLAND CHOICE PPO (PAYER 88008) MEMBER # {{HEALTH_PLAN:WMK4471920033}}
ACCT #: {{ACCOUNT:PR-220417}}

REASON: 2.3 cm R thyroid nodule, TI-RADS 4 on US {{DATE:03/28/24}} at {{FACILITY:BEAVERDALE IMAGING}}.
TSH 1.2. No compressive sx. Family hx: sister {{NAME:SHIRIN}} had papillary thyroid ca.
PLEASE SCHEDULE FNA. Pt speaks Bengali and English; prefers cell {{PHONE:515-555-0147}}.

AUTH # {{ID:PA8830127}}

CONFIDENTIALITY NOTICE: This fax contains protected health information. If received in error call
{{PHONE:515-555-0180}}.`,

  `GENETIC COUNSELING - VISIT SUMMARY
{{FACILITY:Cumberland Valley Hereditary Cancer Clinic}}, {{ADDRESS:600 Gettysburg Pike, Ste 105}}
{{LOCATION:Mechanicsburg}}, PA {{ZIP:17055}}   ph {{PHONE:717-555-0125}}

Patient: {{NAME:Rosalind}} "{{NAME:Roz}}" {{NAME:Vanderhoek}}   DOB {{DATE:1/9/1971}}   MRN {{MRN:CV1133890}}
Visit: {{DATE:Feb 27, 2024}} (telehealth; pt at home in {{LOCATION:Carlisle}})
Indication: colon ca dx 52, MMR IHC loss of MSH2/MSH6 (path {{ID:S23-22871}}).

PEDIGREE (maternal side affected)
  I-1  {{NAME:Cornelis Vanderhoek}}  d. 1988 age 71, "stomach cancer"
  I-2  {{NAME:Grietje Vanderhoek}} (nee {{NAME:Bos}})  d. age {{AGE:96}}, no cancer
  II-1 mother {{NAME:Anneke}}  d.@{{AGE:90}}, endometrial ca 49, colon ca 67
  II-2 uncle {{NAME:Pieter}}   70, colon ca 44, lives {{LOCATION:Grand Rapids}}
  II-3 aunt {{NAME:Wilhelmina}} "{{NAME:Willie}}" {{NAME:Stroud}}  {{AGE:92}}y, urothelial ca 80
  III-1 pt
  III-2 brother {{NAME:Dirk}}  50, colonoscopy 2021 - 2 adenomas
  IV-1 daughter {{NAME:Sanne}} 24;  IV-2 son {{NAME:Jesse}} 21

Impression: meets Amsterdam II criteria; high suspicion of Lynch syndrome (MSH2).
Plan: germline panel sent to {{FACILITY:Helixbrook Diagnostics}}, req # {{ID:HBD-7730218}}; results
in 2-3 wks. Cascade testing letters prepared for {{NAME:Dirk}}, {{NAME:Sanne}} and {{NAME:Jesse}}.

{{NAME:Mei-Ling Osterhaus}}, MS, CGC`,

  `NEPHROLOGY CLINIC                    {{DATE:09-Oct-2023}}
{{FACILITY:Red Cedar Kidney Care}} - {{LOCATION:Okemos}} office

{{NAME:Bellweather, Dontrell}}   57M   MRN {{MRN:RCK-227104}}
Dialysis unit: {{FACILITY:Lansing East Dialysis}}, MWF 2nd shift, chair 14
Nephrologist of record: Dr. {{NAME:Haruka Ishida-Moore}}

S: Fistula arm aching; cannulation difficult x3 runs per unit RN {{NAME:Bev}}. Missed Fri run
({{DATE:10/6}}) - car broke down, no ride ({{FACILITY:Capital Area Medical Transport}} did not show).
Interdialytic wt gain 3.8 kg.
O: BP 168/94. L upper arm AVF (created {{DATE:03/14/2022}} by Dr. {{NAME:Oyelowo}}), thrill present,
pulsatile segment mid-arm. K 5.9, Hgb 9.8, PTH 612, phos 6.7.
A/P:
1. AVF dysfunction - fistulogram at {{FACILITY:Sparrow Ridge Vascular Access Center}} {{PHONE:517-555-0158}},
   order # {{ID:VA-88421}}; requested for {{DATE:10/11/23}}.
2. Volume/HTN - fluid restriction reviewed; SW {{NAME:Ofelia Garza}} to set up transport.
3. MBD - sevelamer 1600 tid, cinacalcet 30.
4. Transplant - on list at {{FACILITY:Great Lakes Transplant Center}} since 2022.

{{NAME:H. Ishida-Moore}}, MD`,

  `{{FACILITY:BRACKENWOOD RHEUMATOLOGY}}
{{ADDRESS:1250 Farmington Ave, Suite 2C}}  |  {{LOCATION:West Hartford}}, CT {{ZIP:06107}}
T {{PHONE:860-555-0172}}  F {{FAX:860-555-0173}}  {{URL:brackenwoodrheum.com}}

{{DATE:4/30/2024}}

{{NAME:Valentina Grigorescu}}, MD
{{FACILITY:Blue Hills Dermatology}}
{{ADDRESS:45 South Main St, Ste 3}}, {{LOCATION:Avon}}, CT {{ZIP:06001}}

Re: {{NAME:Shanice Akinola-Dempsey}}, DOB {{DATE:09/02/1994}}

Dear {{NAME:Valentina}},

I saw {{NAME:Shanice}} today for her lupus. The malar rash has flared since her trip to
{{LOCATION:Cancún}} last month despite sunscreen; clinical photographs were taken with her
consent and are in the chart as {{PHOTO:IMG_20240430_0915.jpg}} (face, frontal) and
{{PHOTO:IMG_20240430_0916.jpg}} (face, left oblique). dsDNA 88, C3 72, C4 9; UA bland.

I have increased hydroxychloroquine to 400 mg and would value your opinion on the rash and
on whether a biopsy is warranted. She can be reached at {{PHONE:860-555-0198}}.

Best,
{{NAME:Ekaterina Voss}}, MD

cc: Dr. {{NAME:Paul Lindqvist}} (PCP)`,

  `{{FACILITY:Kettle Moraine Cardiology, S.C.}}
{{ADDRESS:N88 W16521 Main St, Suite 400}}, {{LOCATION:Menomonee Falls}}, WI {{ZIP:53051}}
{{PHONE:262-555-0131}}

{{DATE:June 20, 2024}}

Wisconsin Department of Transportation
Medical Review Unit

RE: {{NAME:Lindqvist, Gunnar E.}}       DOB {{DATE:04/04/1966}}
Driver license no. {{LICENSE:L523-1146-6610-04}}     CDL Class A

To whom it may concern:

Mr. {{NAME:Lindqvist}} had a syncopal episode on {{DATE:5/2/2024}} while seated in the cab of his
tractor-trailer (plate {{VEHICLE:WI 88417-P}}, trailer VIN {{VEHICLE:1JJV532D8KL114507}}) at a
loading dock in {{LOCATION:Germantown}}; no collision occurred. Evaluation showed intermittent
complete heart block. A dual-chamber pacemaker was implanted on {{DATE:5/6/2024}} at
{{FACILITY:Pewaukee Lakeside Memorial}} (generator SN {{DEVICE:PJK660118H}}). Device check on
{{DATE:6/18/2024}} was normal and he has had no further symptoms.

In my opinion he may resume non-commercial driving now and commercial driving after a
3-month symptom-free interval, i.e. from {{DATE:August 6, 2024}}, per FMCSA guidance.

{{NAME:Priyanka Deshpande-Walsh}}, MD
WI license {{LICENSE:58841-20}}

cc: {{NAME:Gunnar Lindqvist}}; employer medical examiner {{NAME:Rob Tesch}}, {{FACILITY:Badger Freightways}}`,

  `CGM 14-DAY SUMMARY (FreeStyle Libre 3)      clinic: {{FACILITY:Lone Pine Diabetes Center}}
Patient {{NAME:Ruiz-Castellanos, Ernesto}}   DOB {{DATE:1958-12-21}}   MRN {{MRN:LPD-0041187}}
Period {{DATE:2024-01-08}} to {{DATE:2024-01-21}}     Sensor SN {{DEVICE:0M0003JKQ7}}
Reader/phone: app on pt's phone, account {{EMAIL:ernesto.rc58@cactusmail.com}}

 avg glucose ........ 198 mg/dL      GMI ......... 8.0%
 TIR 70-180 ......... 44%            TAR >250 .... 21%
 TBR <70 ............ 1%             CV .......... 29%
 sensor active ...... 93%

Notes: fasting 160-190, big rise after lunch (works at {{FACILITY:Tucson Tile & Stone}}, eats
from food truck). A1c {{DATE:1/3}} 8.3. On metformin 1000 bid, glipizide 10.
Discussed GLP-1 RA; pt prefers weekly. Rx semaglutide 0.25 mg. Daughter {{NAME:Xiomara}} helps
with app and uploads ({{URL:https://libreview-upload.lonepinediabetes.org/p/88213}}).
Next: RD visit with {{NAME:Kalani Akana}}, RD, on {{DATE:Jan 30}}; MD f/u 3 mo.
Clinic phone {{PHONE:520-555-0114}}.
{{NAME:A. Bhattacharya}}, MD`,

  `ONC INFUSION VISIT  C3D1  FOLFOX       {{FACILITY:Saguaro Bend Infusion Center}}
{{DATE:Mon 3/11/2024}}  0840
{{NAME:Wen, Li-Hua}}  MRN {{MRN:SB00287733}}  Acct {{ACCOUNT:ENC-559021837}}
Onc: Dr. {{NAME:Cassius Obuya}}   RN: {{NAME:Ginny Holmquist}}

Stage III colon ca s/p R hemicolectomy {{DATE:12/19/23}}. Port R chest (PowerPort, placed
{{DATE:1/4/24}} by IR, SN {{DEVICE:HSZ1043377}}) - flushed, brisk blood return, no erythema.

Since C2: grade 1 cold-induced neuropathy fingers, resolves in 3 d. Nausea controlled with
ondansetron. Wt 61.2 kg (-0.8). ECOG 1.
Labs: ANC 1.9, plt 142, Hgb 11.1, Cr 0.7, bili 0.5. OK to treat at full dose.
Pt's husband {{NAME:Zhiwei}} present; he asked about FMLA form for his employer
({{FACILITY:Rillito Valley Library}}) - given to {{NAME:Lourdes}} at front desk.

Next: C4D1 {{DATE:3/25}}; pump disconnect {{DATE:Wed 3/13}} at 1130.
Nurse line {{PHONE:520-555-0168}}.
-- {{NAME:G. Holmquist}}, RN, OCN`,

  `{{FACILITY:Magnolia Crescent Endocrinology}}
{{ADDRESS:5100 Essen Lane, Suite 1140}}
{{LOCATION:Baton Rouge}}, LA {{ZIP:70809}}
Office {{PHONE:225-555-0156}} | Fax {{FAX:225-555-0157}}

{{DATE:October 2, 2023}}

Dr. {{NAME:Thibodeaux}}
{{FACILITY:Bayou Bariatric & Metabolic Surgery}}
Via fax {{FAX:225-555-0190}}

RE: {{NAME:Comeaux, Yvette Marie}}  DOB {{DATE:7/23/1981}}  -- preoperative endocrine clearance for
laparoscopic sleeve gastrectomy scheduled {{DATE:11/06/2023}}

Dear Dr. {{NAME:Thibodeaux}},

Ms. {{NAME:Comeaux}} has type 2 diabetes (dx 2017) and primary hypothyroidism. A1c {{DATE:9/25}}
is 7.1% on metformin XR 1500 and dulaglutide 3 mg weekly; levothyroxine 112 mcg, TSH 2.4.
Cortisol 8 am 14. No retinopathy (eye exam {{DATE:6/2023}}, Dr. {{NAME:Pham Quoc Huy}}).

Recommendations: hold dulaglutide 1 week before surgery (last dose {{DATE:10/30}}); hold metformin
the morning of surgery; sliding scale in hospital; resume levothyroxine POD 1 (crushed is fine).
She is endocrinologically cleared.

Sincerely,
{{NAME:Anh-Thu Delacroix}}, MD, ECNU
transcribed by {{NAME:lmb}} / job {{ID:J-4471902}}`,

  `LETTER OF MEDICAL NECESSITY

{{DATE:02/12/2024}}

Pharmacy Prior Authorization Dept.
Summit Crest Health Plan     Fax 1-800-555-0199

Patient: {{NAME:Delphine Okoro-Barnes}}          DOB: {{DATE:03/15/1977}}
Member ID: {{HEALTH_PLAN:SCH-7702-44193}}        Group #: {{HEALTH_PLAN:GRP-55012}}
SSN (last 4, as requested on form): {{SSN:***-**-0926}}
Case/PA reference: {{ID:PA-2024-0211873}}
Drug requested: secukinumab 150 mg SC monthly after loading

To the reviewer,

I am writing on behalf of my patient, Ms. {{NAME:Okoro-Barnes}}, who has psoriatic arthritis with
dactylitis and plaque psoriasis (BSA 9%). She failed methotrexate 25 mg weekly (2022-2023;
transaminitis) and adalimumab (secondary non-response, stopped {{DATE:11/2023}}). Current DAPSA 31.
HLA-B27 negative. TB QuantiFERON negative {{DATE:1/17/2024}}; hepatitis B surface Ag negative.

Denial of this medication will likely result in progressive joint damage. Please contact my office
at {{PHONE:(919) 555-0161}} or {{EMAIL:pa.team@tobaccoroadrheum.com}}.

{{NAME:Ikenna Ashworth-Obi}}, MD
{{FACILITY:Tobacco Road Rheumatology}}, {{ADDRESS:3200 Wake Forest Rd, Ste 106}}, {{LOCATION:Raleigh}}, NC {{ZIP:27609}}
NPI {{LICENSE:1730596284}}`,

  `LVAD CLINIC NOTE                    {{DATE:2024/05/09}}
{{FACILITY:Cahaba Heart Failure & Transplant}}, {{LOCATION:Birmingham}}

Pt: {{NAME:BOUDREAU-NAKASHIMA, KEITH}}  MRN {{MRN:CHF-0012290}}  62M
Device: HeartMate 3 LVAD (DT), implanted {{DATE:01/16/2023}}
  Pump SN {{DEVICE:MLP-311872}}    System controller SN {{DEVICE:SC-4410297}}
  Backup controller SN {{DEVICE:SC-4410355}}
VAD coordinator: {{NAME:Tamsin Greaves}}, RN, 24h VAD pager {{PHONE:205-555-0100}}

Params: speed 5400 rpm, flow 4.6 L/min, PI 3.9, power 4.3 W. No alarms on log since {{DATE:4/11}}.
Driveline exit site: healed, no drainage; dressing changes by wife {{NAME:Emiko}} weekly.
MAP 82 (doppler). INR 2.4 (goal 2-3), LDH 210.
Issues: wants to travel to {{LOCATION:Gulf Shores}} {{DATE:6/14-6/21}}; letter for TSA and
nearest VAD center ({{FACILITY:Mobile Bay Cardiac Institute}}) provided.
Driving: not permitted per program policy - pt sold his truck (plate {{VEHICLE:4AB7219}}).
Plan: continue warfarin, ASA 81, metoprolol; ECHO ramp study {{DATE:8/2024}}.
Attending: {{NAME:Olusegun Fairbanks}}, MD`,

  `Hematology Consultation                    {{FACILITY:Willamette Blood & Cancer Specialists}}
Dictated {{DATE:8/14/2023}}, transcribed {{DATE:8/15/2023}}. Job # {{ID:WBC-230814-0062}}

PATIENT: {{NAME:Sørlie, Astrid K.}}    DOB: {{DATE:02/28/1932}}    AGE: {{AGE:91}}
REFERRING: {{NAME:Marcus Oduya}}, PA-C, {{FACILITY:Silverton Senior Health}}

Ms. {{NAME:Sørlie}} is a {{AGE:91}}-year-old retired schoolteacher from {{LOCATION:Mount Angel}} referred for
normocytic anemia (Hgb 9.1, MCV 91) and mild thrombocytopenia (plt 118). She lives with her
granddaughter {{NAME:Kristin Haugland}}, who accompanies her today and who is her healthcare
POA. No bleeding. Colonoscopy 2015 unremarkable. Her late husband {{NAME:Olav}} died at {{AGE:94}}.

Smear: occasional macro-ovalocytes, hypogranular neutrophils. Retic 1.1%. B12, folate, iron
studies normal. SPEP no M-spike.

IMPRESSION: possible low-risk MDS.
PLAN: discussed bone marrow biopsy vs observation; pt prefers observation for now ("I am
{{AGE:ninety-one}}, doctor"). Repeat CBC in 3 months at {{FACILITY:Silverton Senior Health}}; transfuse if
Hgb < 8 or symptomatic.

{{NAME:Yosef Amsalem-Park}}, MD
cc: {{NAME:Marcus Oduya}}, PA-C, fax {{FAX:503-555-0127}}
{{NAME:YAP}}/{{NAME:tr}}`,

  `IMPLANTABLE LOOP RECORDER - INSERTION & FIRST CHECK
{{FACILITY:Cascade Foothills Neuro-Cardiology}}    {{DATE:04 MAR 2024}}

Patient: {{NAME:Mahmoud Al-Khatib}}   DOB: {{DATE:04/11/1959}}   MRN: {{MRN:CFN 220 4418}}
Indication: cryptogenic stroke {{DATE:02/19/2024}} (L MCA branch), 30-day monitor negative.
Referred by Dr. {{NAME:Bronwyn Tamaki}} (Stroke Neurology).

Device: Medtronic LINQ II, model LNQ22, SN {{DEVICE:RLB610447G}}
Inserted L parasternal, 4th ICS, under local. R-wave 0.42 mV. No complications.
Patient app paired on his phone; MyCareLink relay SN {{DEVICE:RLA118209}}.
Monitoring enrolled; clinic portal account {{EMAIL:a.khatib.59@quillnet.org}}.
Relay last seen online from IP {{IP:203.0.113.58}} on {{DATE:03/04/2024 15:02}}.

Plan: wound check in 10 days ({{DATE:3/14}}) with {{NAME:Ngozi}} in device clinic; AF detection
set to "AF only"; notify Dr. {{NAME:Tamaki}} of any AF >= 2 min.
Son {{NAME:Omar}} ({{PHONE:425-555-0176}}) to help with transmissions.

Operator: {{NAME:Dariusz Kowalewski}}, MD, FHRS`,

  `{{FACILITY:Fenwick Hollow Urologic Oncology}}
{{ADDRESS:700 Spring Garden St, 5th fl}}, {{LOCATION:Greensboro}}, NC {{ZIP:27401}}
ph {{PHONE:336 555 0118}}   fx {{FAX:336 555 0119}}

{{DATE:19 January 2024}}

{{NAME:Reginald Thurgood-Amos}}
{{ADDRESS:1418 Lake Brandt Pl}}
{{LOCATION:Summerfield}}, NC {{ZIP:27358}}

Dear Mr. {{NAME:Thurgood-Amos}},

SECOND OPINION - PROSTATE CANCER

Thank you for allowing me to review your care. I reviewed your records from
{{FACILITY:Piedmont Triad Urology}} (Dr. {{NAME:Kasprzak}}) and your biopsy slides
(outside case {{ID:PTU-S23-4417}}, our review {{ID:FH-C24-0021}}).

Our pathologist, Dr. {{NAME:Lakshmi Iyengar}}, agrees: Gleason 3+4=7 (grade group 2) in 3 of 12 cores,
<10% pattern 4. PSA {{DATE:12/08/2023}} 6.4. MRI PI-RADS 3.

At 64 and in good health, active surveillance, surgery and radiation are all reasonable. I
agree with Dr. {{NAME:Kasprzak}} that surveillance with repeat MRI in 12 months is a sound choice.
Your brother {{NAME:Calvin}}'s diagnosis at 58 is worth a germline test; I have referred you to
{{NAME:Hollis Baptiste}}, CGC.

Sincerely,
{{NAME:Esteban Villaseñor}}, MD`,

  `HOME DIALYSIS (PD) CLINIC - monthly visit
{{FACILITY:Sandhills Home Dialysis}}, {{ADDRESS:240 Page Rd, Unit 7}}, {{LOCATION:Pinehurst}}, NC {{ZIP:28374}}
Date {{DATE:07/22/2024}}

Name: {{NAME:Ayodele Fairweather}}     DOB {{DATE:11-30-1970}}     MRN {{MRN:SHD-30921}}
Nephrologist: Dr. {{NAME:C. Van Wyk}}     PD RN: {{NAME:Marisol Quintanilla-Reyes}}
Cycler: Baxter Amia, SN {{DEVICE:AM2K-078812}}; Sharesource modem SN {{DEVICE:SSM-551038}}
Supplies delivered to {{ADDRESS:88 Longleaf Trl}}, {{LOCATION:Southern Pines}} {{ZIP:28387}}; supplier acct
{{ACCOUNT:BXH-4472019}}

Rx: CCPD 5 cycles x 2.0 L, 2.5%, last fill 1.5 L icodextrin. UF 900-1200 mL/night.
Kt/V 1.9, CrCl 58 L/wk. No peritonitis since {{DATE:Dec 2023}} (episode {{DATE:12/02/2023}}, Staph epi,
treated with IP vancomycin). Exit site: clean, no crust.

BP 138/84, wt 81.4 kg, mild ankle edema. K 4.1, alb 3.4, Hgb 10.6.
Plan: increase to 4 L icodextrin? -> no; change 2 cycles to 2.5% per UF trend.
Pt's partner {{NAME:Desmond}} trained as backup {{DATE:7/8}}. Next visit {{DATE:8/19}}.
Home phone {{PHONE:910-555-0186}}.`,

  `CARDIO-ONCOLOGY CLINIC           {{FACILITY:Marrowbrook Cancer Institute}}
{{DATE:Tuesday, April 9, 2024}}

Patient: {{NAME:Caoimhe O'Sullivan-Reyes}}   38F   MRN {{MRN:00921455}}
Oncologist: Dr. {{NAME:Ines Halvorsen}}

HER2+ breast cancer on trastuzumab (cycle 9 of 17, started {{DATE:10/2023}}) after AC x4.
Surveillance echo {{DATE:4/5/24}}: LVEF 51% (baseline 63% on {{DATE:9/20/23}}), GLS -15.2% (from -20.1%).
Asymptomatic, NYHA I. BP 104/66. NT-proBNP 210.

Assessment: cancer therapy-related cardiac dysfunction, mild (asymptomatic, EF drop >10 to >=50
with GLS decline).
Plan: continue trastuzumab with cardioprotection - start candesartan 4 mg and carvedilol 3.125 bid;
repeat echo in 3 weeks ({{DATE:4/30}}); discussed with Dr. {{NAME:Halvorsen}} by phone.

Pt asked that results go to her portal only; she reviewed the echo report there from IP
{{IP:192.0.2.147}} on {{DATE:4/6/2024 22:41}} (portal audit). Her wife {{NAME:Dervla}} works in
{{LOCATION:Dublin}} and joined by video.

{{NAME:Femi Adeyinka-Holt}}, MD (Cardio-Oncology)   pager {{PHONE:617-555-0149}}`,

  `{{FACILITY:Cornerstone Thyroid & Endocrine Surgery}}
{{ADDRESS:1 Riverside Plaza, Suite 900}} * {{LOCATION:Columbus}}, OH {{ZIP:43215}}
T: {{PHONE:614-555-0132}}    F: {{FAX:614-555-0133}}    {{URL:http://www.cornerstonethyroid.com}}

{{DATE:Nov 27, 2023}}

Dear Dr. {{NAME:Whitacre}},

Your patient {{NAME:Bernadette Koenig-Saylor}} (DOB {{DATE:05/05/1986}}) returned today after total
thyroidectomy on {{DATE:10/16/2023}}. Final pathology ({{ID:CTS-23-1177}}): papillary thyroid carcinoma,
classic type, 2.1 cm, R lobe, minimal ETE, 2/6 central nodes positive (pT2N1a). Stimulated
thyroglobulin pending.

We recommend RAI 100 mCi at {{FACILITY:Scioto Nuclear Medicine}} after low-iodine diet and Thyrogen;
tentatively {{DATE:12/11}} - {{DATE:12/12}}. Levothyroxine 137 mcg, goal TSH 0.1-0.5. Calcium and PTH normal.
Voice normal per laryngoscopy.

She works as a nurse at {{FACILITY:Grandview Heights Elementary}} and needs a note for 1 week off after
RAI (young children at home: {{NAME:Maisie}} 4 and {{NAME:Theo}} 2).

Yours,
{{NAME:Olamide Fitzpatrick}}, MD, FACS

cc:  {{NAME:Gregory Whitacre}}, MD - {{FACILITY:Clintonville Internal Medicine}}
     {{NAME:Shreya Raman}}, MD - Endocrinology
     {{NAME:Bernadette Koenig-Saylor}}`,

  `rheum clinic - new pt - {{DATE:2/6/2024}}
{{FACILITY:Brackenwood Rheumatology}} / {{LOCATION:Manchester}} satellite

pt {{NAME:EILEEN MacCORMAIC}}, {{AGE:90}}yo F, from {{LOCATION:Vernon}}, here w/ son {{NAME:Declan}} (HCP)
mrn {{MRN:BRK-41906}}   ref by ED at {{FACILITY:Tolland Community Hospital}} (seen {{DATE:1/31}})

HPI: 3 wk new L temporal HA, jaw claudication, scalp tenderness. ESR 96, CRP 7.4.
Started pred 60 mg in ED. Vision OK - seen by ophtho Dr {{NAME:Raskolnikova}} {{DATE:2/1}}, no AION.
L temporal artery bx {{DATE:2/2/24}} by Dr. {{NAME:Petrakis}} (gen surg), accession {{ID:TCH-S24-0391}}:
granulomatous arteritis w/ giant cells. -> GCA confirmed.

PMH: osteoporosis (T -2.9), CKD3a, HTN. Lives alone; neighbor Mrs. {{NAME:Agnes Tully}} checks in.
hm. the ED note says {{AGE:91}} - DOB {{DATE:11/03/1933}} makes her {{AGE:90}}.

plan:
- pred 50 mg, taper per GCA protocol; tocilizumab 162 mg SC weekly -> PA submitted, ref {{ID:PA-77120}}
- alendronate + Ca/vit D; PJP ppx TMP-SMX SS daily
- labs q2wk at {{FACILITY:Hop River Draw Station}} on {{ADDRESS:Rte 30}}
- f/u 3 wk; son's cell {{PHONE:860.555.0194}}
-- {{NAME:EV}}`,

  `{{FACILITY:Inland Empire Cardiovascular Genetics Clinic}}
{{ADDRESS:11234 Barton Rd, Suite B-210}}, {{LOCATION:Loma Linda}}, CA {{ZIP:92354}}
Phone {{PHONE:909-555-0111}}  Fax {{FAX:909-555-0112}}

{{DATE:March 28, 2024}}

Dear Mr. and Mrs. {{NAME:Haddad}},

Thank you for coming in with {{NAME:Karim}} on {{DATE:March 21}}. This letter summarises our discussion.

{{NAME:Karim Haddad}} (age 17) was found to have hypertrophic cardiomyopathy after a sports
physical at {{FACILITY:Mentone Ridge High School}}. Genetic testing (report {{ID:IVG-24-30117}})
found a likely pathogenic MYBPC3 variant, c.1504C>T.

Family tree (as you told it to us):
  father {{NAME:Fadi}} 49 - not yet tested; mother {{NAME:Rania}} 46 - echo normal
  paternal grandfather {{NAME:Elias}} - died suddenly at 52 in {{LOCATION:Zahlé}}, Lebanon
  paternal great-grandmother {{NAME:Mariam}} - alive, {{AGE:97}}, lives in {{LOCATION:Beirut}}
  paternal aunt {{NAME:Layla Haddad-Khoury}} 44 - pacemaker, "thick heart"
  siblings {{NAME:Nour}} 14, {{NAME:Sami}} 9

We recommend testing for {{NAME:Fadi}} first; if positive, {{NAME:Nour}} and {{NAME:Sami}} can be tested
and should have echocardiograms every 1-2 years regardless.

{{NAME:Teodora Balan}}, MS, LCGC
{{NAME:Warrick Oyeyemi}}, MD, PhD`,

  `From: {{NAME:Rhiannon Tuckwell}} <{{EMAIL:rtuckwell@northcoasthem.org}}>
Sent: {{DATE:Friday, August 16, 2024 4:52 PM}}
To: {{EMAIL:gi.scheduling@pinerockendoscopy.com}}
Cc: {{NAME:Abdirahman Warsame}} <{{EMAIL:awarsame@northcoasthem.org}}>
Subject: peri-procedure anticoag plan - {{NAME:DOMBROWSKI, FELICJA}} ({{MRN:NCH-118840}})

Hi team,

Re: Ms. {{NAME:Dombrowski}} (DOB {{DATE:9/14/1950}}), colonoscopy w/ likely polypectomy with
Dr. {{NAME:Sheffield}} on {{DATE:Tues 8/27}} at {{FACILITY:Pine Rock Endoscopy Center}}.

She is on warfarin for a mechanical mitral valve (On-X, placed 2019) - high thrombotic risk.
Plan:
  {{DATE:8/22}} last warfarin dose
  {{DATE:8/24}}-{{DATE:8/26}} enoxaparin 1 mg/kg SC bid (last dose AM of {{DATE:8/26}})
  {{DATE:8/27}} procedure; restart warfarin that evening if OK with GI
  {{DATE:8/28}} restart enoxaparin until INR >= 2.5
INR check {{DATE:8/26}} at our lab ({{ADDRESS:455 Harbor St}}, {{LOCATION:Crescent City}}).
Her daughter {{NAME:Kasia}} gives the injections - {{PHONE:707-555-0153}}.

Thanks,
{{NAME:Rhiannon}}
{{NAME:Rhiannon Tuckwell}}, PharmD, CACP | Anticoagulation Service | {{PHONE:707-555-0150 x2210}}`,

  `PUMP START - Omnipod 5                        {{FACILITY:Quarry Hill Endocrine & Diabetes}}
Date: {{DATE:01/09/2024}}   Educator: {{NAME:Dolores Ayala-Whitcombe}}, NP, CDCES

Pt: {{NAME:Szymańska, Justyna}}    DOB {{DATE:3/3/1990}}    MRN {{MRN:QH0101452}}
T1DM since age 12. Prior MDI (glargine 22 u, lispro 1:12). A1c 8.6.
Controller (PDM) SN {{DEVICE:PDM-0F77A3190}};  pod lot 44K18
CGM: Dexcom G6 transmitter SN {{DEVICE:8GK4QW}}
Starting settings: target 110, IC 1:12, ISF 1:45, active insulin 3 h.

Education: pod change, automated mode, activity mode, sick days, DKA, glucagon. Pt demonstrated a pod
change without help. Husband {{NAME:Marek}} present and trained.

Pharmacy refill line uses voice verification: pt enrolled, voiceprint ID {{BIOMETRIC:VP-2201-88417}}.
Supplies through {{FACILITY:Merrimack DME Partners}}, acct {{ACCOUNT:MDP-6618042}}.

F/u: call {{DATE:1/11}} (educator), video visit {{DATE:1/23}}. Uploads to
{{URL:https://quarryhillendo.org/upload}}.
Office {{PHONE:(978) 555-0124}}, after hours {{PHONE:(978) 555-0125}}.`,

  `GI / HPB TUMOR BOARD          {{DATE:05.22.2024}}     {{FACILITY:St. Brendan-by-the-Lake Medical Center}}

{{NAME:FARQUHARSON, ALASDAIR}}    MRN {{MRN:4471-9920}}    71M
Presented by Dr. {{NAME:Nisha Balasubramanian}} (surgical onc)
- painless jaundice {{DATE:4/2}}; CT {{DATE:4/4/24}}: 2.6 cm pancreatic head mass, abuts SMV <180 deg
- EUS-FNA {{DATE:4/10/24}} (Dr. {{NAME:Ruiz-Tagle}}): adenocarcinoma, cytology {{ID:CY24-01188}}
- ERCP stent placed; bili normalized. CA 19-9 412 -> 188.
- Germline: negative (lab {{FACILITY:Tidewell Genetics}}, report {{ID:ABG-552019}})
Discussion: borderline resectable. Radiology (Dr. {{NAME:Oduya}}) feels venous reconstruction feasible.
RECOMMENDATION: neoadjuvant mFOLFIRINOX x 4 months then restage; Whipple with vein resection if stable.
Pt's wife {{NAME:Morven}} and daughter {{NAME:Ailsa Farquharson-Bell}} (RN at {{FACILITY:Lakeview Hospice}})
attended the family meeting after.
Med onc: Dr. {{NAME:Yun-Seo Park}}; first visit {{DATE:May 28}}.
Case # {{ID:HPB-24-0522-04}}
Recorder: {{NAME:J. Okafor}}`,

  `Dictated consult - Nephrology
{{FACILITY:Two Rivers Kidney Associates}}, {{LOCATION:Sioux City}}

DATE OF CONSULT: {{DATE:11/03/2023}}
PATIENT: {{NAME:Oxendine, Marcus Lee}}        MRN: {{MRN:TRK 55019}}
REQUESTING PHYSICIAN: Dr {{NAME:Bjornstad}}, hospitalist

REASON: AKI with active urine sediment.

HISTORY: Mr. {{NAME:Oxendine}} is a 47-year-old man who farms near {{LOCATION:Le Mars}}. Two weeks of
hemoptysis, sinusitis and rash. Creatinine 3.9 (baseline 1.0 in {{DATE:June 2023}}). UA 3+ blood,
RBC casts. PR3-ANCA 88.

IMPRESSION: PR3-ANCA vasculitis (granulomatosis with polyangiitis) with RPGN and probable
alveolar hemorrhage.

RECOMMENDATIONS: methylpred 1 g daily x3, rituximab, PLEX per PEXIVAS-informed discussion; renal
biopsy {{DATE:11/04}} - accession to follow ({{ID:TRK-RB-23-119}} reserved). PJP prophylaxis.
Discussed with wife {{NAME:Charlene}} and brother {{NAME:Dale Oxendine}}.

{{NAME:Halima Yusuf-Carrington}}, MD
D: {{DATE:11/03/2023 19:40}}  T: {{DATE:11/04/2023 07:12}}  {{NAME:HYC}}/{{NAME:mw}}  Job {{ID:881204}}`,

  `DEVICE CLINIC SCHEDULE - {{DATE:THU 06/13/2024}} - {{FACILITY:Ostrander Heart Rhythm Center}}, {{LOCATION:Springfield}} office
Tech: {{NAME:Siobhán Ní Mhurchú}}, CDRN      Rep on site: {{NAME:Curt Vandermolen}} (Abbott)

0800 {{NAME:Achterberg, Louisa}}       PPM  Abbott Assurity  SN {{DEVICE:3301947}}    6-mo check
0820 {{NAME:Benítez Ruiz, Ovidio}}     ICD  Medtronic Cobalt SN {{DEVICE:BWK208861S}}  post-shock {{DATE:6/9}}
0840 {{NAME:Chukwuemeka, Ifeanyi}}     CRT-D BSci Resonate SN {{DEVICE:552190}}    new pt, from {{FACILITY:Berkshire Valley Medical}}
0900 {{NAME:D'Agostino, Philomena}}    PPM  SN {{DEVICE:PJC771204H}}              {{AGE:95}} y/o, wheelchair, dtr {{NAME:Gina}}
0920 {{NAME:Eriksson, Ulf}}            ILR  SN {{DEVICE:RLA902215G}}              explant? battery EOS
0940 -- open --
1000 {{NAME:Fofanah, Mariatu}}         S-ICD Emblem SN {{DEVICE:118846}}           MRI clearance for {{DATE:6/20}}
1020 {{NAME:Gallo, Vince}}             PPM  Azure SN {{DEVICE:RNJ310772S}}         pacing thresh ck, lead rev {{DATE:5/28}}

Notes: Mr {{NAME:Benítez Ruiz}} - Spanish interpreter booked ({{NAME:Rosalba}}, ext {{PHONE:2290}}).
Ms {{NAME:D'Agostino}} - transport by {{FACILITY:Pioneer Valley Chair Car}}, pickup 0745.
Call-backs to {{PHONE:413-555-0177}}.`,

  `ENDOCRINE - OSTEOPOROSIS F/U
{{FACILITY:Magnolia Crescent Endocrinology}}      DOS: {{DATE:8 Feb 2024}}

{{NAME:Theriot, Genevieve A.}}   DOB {{DATE:01/19/1944}}   80F   MRN {{MRN:MCE-771045}}

Hx: postmenopausal OP; L1 compression fx after fall at home {{DATE:10/2022}}. Alendronate
2015-2020 (drug holiday), then fx. Teriparatide {{DATE:12/2022}}-{{DATE:12/2023}} (completed).
DXA {{DATE:1/30/2024}} at {{FACILITY:Acadiana Women's Imaging}}: L-spine T -2.3 (was -2.9), FN -2.6.
Ca 9.4, 25-OH D 38, Cr 0.9, eGFR 62.

Plan: transition to denosumab 60 mg q6mo, first dose today (lot 1121853, exp 09/2025). Reinforced
never to skip doses. Dental clearance letter from Dr. {{NAME:Broussard-Lim}} on file ({{DATE:1/26}}).
Fall prevention: PT at {{FACILITY:Lafayette Balance & Motion}}; her grandson {{NAME:Beau}} installing grab bars.
Next injection due {{DATE:08/08/2024}}. Repeat DXA 2 yrs.

Reminder calls to home phone {{PHONE:337-555-0182}}; prefers mail to
{{ADDRESS:604 Rue Chenier}}, {{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}.
{{NAME:A.-T. Delacroix}}, MD`,

  `{{FACILITY:Hillcrest Family Medicine}}
{{ADDRESS:32 Depot St}}  {{LOCATION:Montpelier}} VT {{ZIP:05602}}   ph {{PHONE:802-555-
0138}}

{{DATE:3/4/24}}

Dear Dr {{NAME:Vokes}} -

re: {{NAME:Wojciech}} ({{NAME:Wojtek}}) {{NAME:Brzeczyszczykiewicz}}, dob {{DATE:7/7/62}}

I would be gratefull if you could see {{NAME:Wojtek}} for ? polymyalgia rheumatica vs. early RA. 61 yo,
drives a snowplow for the town of {{LOCATION:Berlin}}, 6 wks shoulder + hip girdle stiffness,
can't lift arms to comb hair in am. ESR 58, CRP 3.1, RF neg, CCP pending (drawn {{DATE:2/29}}).
I have NOT started prednisone so as not to muddy the waters. He is a stoic guy and his wife
{{NAME:Halina}} made him come in.

Other: DM2 (A1c 7.4), on metformin. Insurance: BCBS-VT, member {{HEALTH_PLAN:VTB 88130
7742}}.

Many thanks,
{{NAME:Priscilla Aldana-Tate}}, MD
cell if needed {{PHONE:802-555-0139}}
{{EMAIL:paldanatate@hillcrestfm.org}}`,

  `SURVIVORSHIP CARE PLAN - Hodgkin lymphoma
Prepared {{DATE:2024-06-11}} by {{FACILITY:Pellham Valley Oncology Group}}, {{LOCATION:Bethlehem}} office

Patient: {{NAME:Ngozi Adaeze Uchenna-Pryce}}      DOB: {{DATE:1998-02-02}}      Chart: {{MRN:PVO-801377}}
Diagnosis: classic HL, nodular sclerosis, stage IIA, dx {{DATE:2023-03-15}}
Treatment: ABVD x 4 cycles ({{DATE:2023-04-03}} to {{DATE:2023-06-26}}); no radiation.
Port removed {{DATE:2023-09-12}} (device SN {{DEVICE:BRD-7730512}}, Bard PowerPort).
End-of-treatment PET: Deauville 2 (complete metabolic response).

Late effects to watch: bleomycin lung toxicity (PFTs yearly x 2), anthracycline cardiotoxicity
(echo at 2 and 5 yrs), fertility (pt saw Dr. {{NAME:Aurelio Mastrangelo}} at {{FACILITY:Lehigh Fertility Partners}}
before tx; oocytes banked, ref {{ID:LFP-OC-23-0412}}), thyroid (not irradiated - low risk).

Your care team:
  Oncologist     {{NAME:Ines Halvorsen}}, MD          {{PHONE:610.555.0121}}
  Nurse navigator {{NAME:Perpetua Mwangi}}, RN        {{EMAIL:pmwangi@pellhamvalleyonc.org}}
  Primary care   {{NAME:Shlomo Birnbaum}}, DO, {{FACILITY:Hanover Township Primary Care}}
Follow-up: visits every 6 months until {{DATE:June 2026}}, then yearly.
Patient portal: {{URL:https://portal.pellhamvalleyonc.org/survivorship}}`,

  `{{FACILITY:Ostrowski & Lang Cardiovascular Consultants}} - Electrophysiology
{{DATE:September 3, 2024}}

{{NAME:Harold J. Fenstermacher}}
{{ADDRESS:219 Pelham Rd, Lot 14}}
{{LOCATION:Simpsonville}}, SC {{ZIP:29681}}

Dear Mr. {{NAME:Fenstermacher}},

Your AF ablation is scheduled for {{DATE:Wednesday, September 18, 2024}} at 7:30 am at
{{FACILITY:Reedy River Heart Hospital}}, {{ADDRESS:150 Faris Ridge Way}}, {{LOCATION:Greenville}}.

Before the procedure:
 - Cardiac CT on {{DATE:9/10}} at {{FACILITY:Upstate Advanced Imaging}} (arrive 1:45 pm).
 - Do NOT miss any apixaban doses for 3 weeks before; take your morning dose on {{DATE:9/18}}.
 - Nothing to eat after midnight.
Parking: a permit has been registered for your vehicle, plate {{VEHICLE:SC TRV-4418}}; you will not
be able to drive home - your son {{NAME:Dale}} is listed as your driver.
Check-in is by palm-vein scan; your enrollment record is {{BIOMETRIC:PV-00418-2291}}.

Questions: EP nurse {{NAME:Latrice Gadsden}}, RN, {{PHONE:864-555-0152}}.

Sincerely,
{{NAME:Mateusz Lang}}, MD, FHRS
Encounter acct {{ACCOUNT:OLC-24-0903-1172}}`,

  `HYPERTENSION CLINIC (Nephrology)    {{FACILITY:Niagara Frontier Nephrology, PLLC}}    {{DATE:2/20/2024}}
Pt: {{NAME:Abernathy-Singh, Rohan}}   44M   MRN {{MRN:NFN-66120}}
Ref: Dr. {{NAME:Maureen Kilbride}} ({{FACILITY:Lockport Family Health}}) - resistant HTN on 4 drugs

24-h ABPM {{DATE:2/12-2/13/2024}}, monitor Spacelabs 90217A SN {{DEVICE:217A-098134}}:
  day avg 152/96, night 141/90 (non-dipper), 84% readings above goal
Aldosterone 24, renin activity <0.2, ARR >100. K 3.3 on KCl.
CT adrenals {{DATE:2/16/24}} at {{FACILITY:Transit Road Imaging}}: 1.4 cm L adrenal nodule, 8 HU.

A/P: primary aldosteronism, likely L adenoma.
 - Refer for adrenal vein sampling: Dr. {{NAME:Ezinne Obafemi-Hart}}, IR, {{FACILITY:Greywater Regional}};
   fax sent to {{FAX:716-555-0115}}, ref {{ID:AVS-240220-3}}
 - spironolactone 25 mg; stop HCTZ
 - Endocrine surgery consult: {{NAME:Baltasar Ochoa}}, MD
 - Pt is a long-haul driver for {{FACILITY:Empire Lakes Logistics}} - advised on BP and driving;
   DOT medical card renewal form completed (his CDL {{LICENSE:NY 448 219 705}})
RTC 4 wk with home BP log; cuff validated.
{{NAME:C. Obi-Larkin}}, MD`,

  `infusion note - rituximab #2        {{DATE:10/17/2023}}  {{FACILITY:Brackenwood Rheumatology}} infusion suite
{{NAME:Ramaswamy, Kavitha}} / 52F / MRN {{MRN:BRK-39982}} / wt 64 kg
dx: MPO-ANCA microscopic polyangiitis, induction RTX 1 g x2 (#1 on {{DATE:10/3}})
pre-meds: APAP 650, cetirizine 10, methylpred 100 IV at 0905
rate: 50 -> 100 -> 200 -> 400 mg/h; no reaction
VS stable; BP 128/80 HR 76 SpO2 98
PIV R forearm 22g x1 attempt (RN {{NAME:Dana Kaczmarek}})
labs today: Cr 1.4 (from 2.1), UPCR 0.9, CD19 pending
pt asks about travel to {{LOCATION:Chennai}} in {{DATE:December 2023}} to see her mother ({{NAME:Saraswati}}, {{AGE:93}}) -
discussed vaccines (no live vaccines), PJP ppx continues
husband {{NAME:Venkat}} drove; next visit w/ Dr. {{NAME:Voss}} {{DATE:11/14}}
maintenance RTX 500 mg at 6 mo ~ {{DATE:4/2024}}
auth {{ID:RX-PA-661209}} valid through {{DATE:04/30/2024}}
-- {{NAME:dk}} RN`,

  `{{FACILITY:Prairie Lipid & Preventive Cardiology}}
{{ADDRESS:4400 W 119th St, Suite 130}}, {{LOCATION:Leawood}}, KS {{ZIP:66209}}
{{PHONE:913-555-0117}}  |  fax {{FAX:913-555-0118}}

{{DATE:December 5, 2023}}

Re: familial hypercholesterolaemia - results and family letter
Patient: {{NAME:Lucinda Margaret}} "{{NAME:Lucy}}" {{NAME:Hargreave}}  DOB {{DATE:04/18/1985}}

Dear {{NAME:Lucy}},

Your genetic test (accession {{ID:PLP-23-08812}}) confirmed a pathogenic LDLR variant. Your untreated
LDL of 246 and your father's heart attack at 43 fit with this. Cascade testing is strongly advised:

  {{NAME:Gordon Hargreave}} (father), 67 - on rosuvastatin; testing recommended
  {{NAME:Imogen Hargreave}} (paternal grandmother), {{AGE:90}} - not needed at her age
  {{NAME:Callum}} (brother), 35, lives in {{LOCATION:Aberdeen}} - testing via local genetics service
  {{NAME:Poppy}} (daughter), 9 - lipid panel now; genetic test if parents agree
  {{NAME:Arlo}} (son), 6 - lipid panel now

Start rosuvastatin 20 mg and ezetimibe 10 mg. Lipids in 6 weeks at {{FACILITY:Johnson County Lab Services}}.

With best wishes,
{{NAME:Aoife Ní Bhriain}}, MD
{{NAME:Darnell Whitlock}}, MS, CGC     {{EMAIL:dwhitlock@prairielipid.org}}`,

  `{{FACILITY:Northshore Melanoma & Skin Cancer Program}}
{{ADDRESS:2700 Tower Oaks Blvd, Ste 250}}, {{LOCATION:Rockville}}, MD {{ZIP:20852}}
Phone {{PHONE:301-555-0144}}   Fax {{FAX:301-555-0145}}

{{DATE:14 August 2023}}

Dr. {{NAME:Emmanuel Asante-Dubois}}
{{FACILITY:Twinbrook Internal Medicine}}

Dear {{NAME:Emmanuel}},

Re: {{NAME:Bartholomew K. Ainsworth}} ({{DATE:12/24/1951}})

Thank you for referring Mr. {{NAME:Ainsworth}}, whom I saw on {{DATE:8/10}}. The 9 mm pigmented lesion
on his left cheek, shave-biopsied by Dr. {{NAME:Yee}} (path {{ID:DS23-44107}}), is a melanoma, Breslow
1.4 mm, non-ulcerated, pT2a. Pre-operative facial photographs are stored as
{{PHOTO:NSM-PH-230810-01}} and {{PHOTO:NSM-PH-230810-02}} for surgical planning.

Plan: wide local excision with 1-2 cm margins and sentinel lymph node biopsy with Dr. {{NAME:Farouk
Haddad}} (plastic surgery) on {{DATE:9/5/2023}}; lymphoscintigraphy that morning. He will stay with
his daughter {{NAME:Penelope}} in {{LOCATION:Bethesda}} for the week after.

Kind regards,
{{NAME:Rebekah Oyelaran-Stone}}, MD
Surgical Oncology

cc: {{NAME:Bartholomew Ainsworth}}, {{ADDRESS:9 Glen Mill Ct}}, {{LOCATION:Potomac}}, MD {{ZIP:20854}}`,

  `PRE-OPERATIVE MEDICAL CLEARANCE FORM
Surgeon/facility: Dr. {{NAME:Lachlan McKinnon-Adu}} / {{FACILITY:Bluegrass Spine Institute}}   Fax back: {{FAX:859-555-0129}}
Procedure: L4-5 TLIF            Date of surgery: {{DATE:10/22/2024}}

Patient name: {{NAME:Wickliffe, Dorothea J.}}        DOB: {{DATE:06/30/1953}}
Phone: {{PHONE:859-555-0170}}      SSN: {{SSN:406-55-8192}}
Insurance: Medicare + supplemental; MBI {{HEALTH_PLAN:2FJ8-KD3-RT60}}

[x] History & physical reviewed    [x] ECG {{DATE:10/1/24}} NSR, LAFB    [x] CBC/BMP   [ ] CXR
Cardiac: 71F, remote NSTEMI 2016 with LAD stent; nuclear stress {{DATE:9/24/2024}} at
{{FACILITY:Lexington Heart & Vascular}} - no ischemia, EF 58%.
Pulm: mild COPD, no home O2. STOP-BANG 5 - sleep study ordered.
Meds: hold clopidogrel 5 days (last dose {{DATE:10/16}}); continue aspirin and statin.

RISK: [ ] low  [x] intermediate  [ ] high        CLEARED: [x] yes  [ ] no
Signature: {{NAME:Habibullah Noorzai}}, MD         Date: {{DATE:10/02/2024}}
{{FACILITY:Versailles Road Internal Medicine}}  {{PHONE:859-555-0171}}  NPI {{LICENSE:1285034417}}`,

  `CARDIAC AMYLOID CLINIC - new consult      {{DATE:2024-01-25}}
{{FACILITY:Cahaba Heart Failure & Transplant}}

{{NAME:Oladipo-Banks, Cornelius}}  77M  MRN {{MRN:CHF-0015518}}
Referred by Dr. {{NAME:Whitlow}}: HFpEF, carpal tunnel both hands, bicep tendon rupture.
Echo: IVS 17 mm, apical sparing strain. PYP scan {{DATE:1/12/24}}: grade 3, H/CL 1.8. No monoclonal
protein (SPEP/IFE/FLC normal).
Genetics: TTR p.Val142Ile (V122I), heterozygous - report {{ID:CHT-TTR-24-0031}}.

Family (pt is from {{LOCATION:Selma}}):
 - mother {{NAME:Ella Mae Banks}} d. 1979 at 66, "heart failure"
 - maternal aunt {{NAME:Hattie}} d. at {{AGE:92}}, "stiff heart"
 - sister {{NAME:Lorene Oladipo-Banks}}, 74, pacemaker 2021
 - children: {{NAME:Marcus}} 50, {{NAME:Denise}} 47, {{NAME:Tyrell}} 41 - all untested

Plan: tafamidis 61 mg daily (specialty pharmacy {{FACILITY:Magic City Specialty Rx}}, benefits ID
{{ID:MCS-BV-445120}}); diuretics; refer family to genetic counselor {{NAME:Teodora Balan}}.
Call {{NAME:Denise}} to coordinate - {{PHONE:334-555-0141}}.
{{NAME:O. Fairbanks}}, MD`,

  `CKD CLINIC   {{DATE:Apr 17 2024}}   {{FACILITY:Red Cedar Kidney Care}} ({{LOCATION:East Lansing}})
Patient: {{NAME:Nguyễn Văn Phúc}}  (goes by "{{NAME:Phil}}")   DOB {{DATE:08/08/1949}}   MRN {{MRN:RCK-231667}}
Interpreter: Vietnamese, in person - {{NAME:Trinh Le}} (ID {{ID:INT-3318}})
Family present: daughter {{NAME:Nguyễn Thị Hoa}}

CKD 3b (eGFR 36 -> 33 over 12 mo), DKD + HTN. UACR 640.
Meds: losartan 100, empagliflozin 10 (started {{DATE:10/23}}), insulin glargine 18 u, amlodipine 10.
BP 146/82 clinic; home avg 138/80 (pt brings log kept by daughter).
K 5.0, bicarb 21, Hgb 11.9, PTH 98, A1c 7.6.

Plan:
 1. add finerenone 10 mg; K in 4 wks at {{FACILITY:Meridian Lab Draw}} - {{ADDRESS:1560 Grand River Ave}}
 2. sodium bicarb 650 bid
 3. dietitian (Ms. {{NAME:Okwuosa}}) - low sodium, Vietnamese-food handout
 4. CKD education class {{DATE:5/15}} 1-3 pm; daughter to attend
 5. vaccines: hep B series started today
Daughter's phone for results: {{PHONE:517-555-0163}}. Pt's son {{NAME:Tuấn}} in {{LOCATION:Houston}} requests copies -
needs signed release (given).
Dr. {{NAME:H. Ishida-Moore}} / MA {{NAME:rg}}`,

  `{{FACILITY:Sunflower Pediatric Endocrinology}}
{{ADDRESS:3243 E Murdock St, Suite 602}}, {{LOCATION:Wichita}}, KS {{ZIP:67208}}   {{PHONE:316-555-0147}}

{{DATE:August 12, 2024}}

To: School Nurse, {{FACILITY:Maize Prairie Elementary School}}
Fax {{FAX:316-555-0166}}

RE: Diabetes Medical Management Plan 2024-25
Student: {{NAME:Zaid Al-Hashimi}}   DOB {{DATE:02/09/2016}}   Grade 3, teacher Mrs. {{NAME:Pruitt}}

{{NAME:Zaid}} has type 1 diabetes and uses an Omnipod 5 pump (controller SN {{DEVICE:PDM-0G11B2274}})
with a Dexcom G7 sensor. Parents can follow his glucose remotely.

- Target 90-150 at school. Correction and carb doses are calculated by the pump.
- Low < 70: 15 g fast carbs, recheck in 15 min. Glucagon (Baqsimi 3 mg) for severe low.
- He may carry snacks and use his phone for CGM at all times, including PE and field trips.
- Ketones if > 300 x2: call parents.

Parents: {{NAME:Haider Al-Hashimi}} {{PHONE:316-555-0191}}, {{NAME:Noor Saleh}} {{PHONE:316-555-0192}}
Endocrinology on call: {{PHONE:316-555-0148}}

{{NAME:Birgitta Sandoval-Lund}}, MD
{{NAME:Kelsey Voth}}, RN, CDCES     {{EMAIL:kvoth@sunflowerpedsendo.com}}`,

  `{{FACILITY:Instituto Oncológico del Noreste}}
{{ADDRESS:Av. Constitución 2250, Piso 4}}, Col. Obispado, {{LOCATION:Monterrey}}, N.L., C.P. {{ZIP:64060}}
Tel. {{PHONE:+52 81 5550 1923}}

{{LOCATION:Monterrey}}, {{DATE:22 de abril de 2024}}

Dr. {{NAME:Samuel Whitcombe-Reyes}}
{{FACILITY:Rio Grande Gynecologic Oncology}}, {{LOCATION:San Antonio}}, TX

Estimado colega / Dear colleague,

I refer Sra. {{NAME:Guadalupe Treviño Garza de Salinas}}, 58 años, expediente {{MRN:ION-2019-33871}},
for a second opinion regarding recurrent high-grade serous ovarian carcinoma. Primary debulking
{{DATE:03/2021}} and carboplatin/paclitaxel x6 here; BRCA1 germline positive (c.68_69delAG). On
olaparib maintenance until progression {{DATE:02/2024}} (CA-125 21 -> 310; peritoneal nodules on CT
{{DATE:15/03/2024}}). Platinum-free interval ~34 months.

She will travel with her son {{NAME:Rodrigo Salinas Treviño}} ({{PHONE:+52 81 5550 7781}},
{{EMAIL:rodrigo.salinas.t@correoregio.mx}}). Slides and images can be downloaded from
{{URL:https://imagenes.ion-noreste.mx/caso/88213}} (case {{ID:ION-IMG-88213}}).

Atentamente,
Dra. {{NAME:Ximena Villarreal Cantú}}
Oncología Ginecológica, Céd. Prof. {{LICENSE:8841207}}`,

  `CARDIOLOGY VIDEO VISIT      {{DATE:11/20/2023}} 14:30-14:52
{{FACILITY:Tamsin Ridge Cardiology Associates}}    Provider: {{NAME:R. Etxeberria-Quinn}}, MD
Pt: {{NAME:Marchetti, Loredana}}  DOB {{DATE:02/14/1958}}  MRN {{MRN:TRC-0051177}}
Pt location: home, {{LOCATION:Leominster}}, MA. Provider location: clinic.
Platform link {{URL:https://visit.tamsinridgecardio.org/r/7KQ2-M9XA}}; connection log shows pt IP
{{IP:203.0.113.211}}. Identity verified with DOB and address ({{ADDRESS:77 Whitney St}}).

CC: palpitations after Holter showed AF burden 8%.
Holter: 48 h, {{DATE:11/8-11/10}}, recorder SN {{DEVICE:HR-48-20917}}: AF burden 8%, max 142 bpm, no pauses.
CHA2DS2-VASc 3 (age 65, F, HTN). HAS-BLED 1.
Plan: apixaban 5 mg bid, metoprolol succinate 25. TSH, echo. Discussed ablation referral
to Dr. {{NAME:Lang}} later if symptomatic.
Husband {{NAME:Paolo}} on the call. Pharmacy: {{FACILITY:Monoosnock Pharmacy}}, {{PHONE:978-555-0112}}.
Total time 22 min.`,

  `Rheum f/u - systemic sclerosis, limited        {{DATE:6-Sep-2023}}       {{FACILITY:Brackenwood Rheumatology}}
{{NAME:Henriksen-Adjei, Solveig}}   58F   MRN {{MRN:BRK-37120}}

Raynaud's severe this summer in AC at work ({{FACILITY:Farmington Valley Data Center}} - pt says
"the server room"); 1 digital ulcer R 3rd fingertip, healing. Anti-centromere +. GERD on PPI.
Telangiectasias face/hands. mRSS 6.
PFTs {{DATE:8/29/23}}: FVC 92%, DLCO 58% (from 71% in 2022). Echo RVSP 44.
NT-proBNP 310. 6MWD 410 m, nadir SpO2 94%.

Imp: lcSSc with falling isolated DLCO + RVSP 44 - concern for PAH.
Plan:
 - refer to PH clinic for RHC: Dr. {{NAME:Makena Otieno}}, {{FACILITY:Connecticut River Pulmonary Vascular Center}},
   {{PHONE:860-555-0121}}, ref sent {{DATE:9/6}} ({{ID:REF-PH-30906}})
 - nifedipine ER 30 -> 60; sildenafil if ulcers recur
 - HRCT chest
 - work note for space heater / temp accommodation - HR contact {{NAME:Bernie Szalai}}
RTC 2 mo. -- {{NAME:E. Voss}}, MD`,

  `ENDO CLINIC NOTE - Graves / TED          {{DATE:03/27/2024}}
{{FACILITY:Capitol Endocrine Associates}}, {{ADDRESS:1221 Pleasant St, Ste 400}}, {{LOCATION:Des Moines}}, IA {{ZIP:50309}}

Pt {{NAME:O'Rourke-Mbeki, Saoirse}}   33F   MRN {{MRN:CEA-90331}}   Acct {{ACCOUNT:CEA-ACCT-5581902}}
Graves dx {{DATE:Nov 2023}}, methimazole 20 -> 10 mg. FT4 1.4, T3 normal, TRAb 9.8.
Eyes: 3 mo of grittiness, diplopia on upgaze; proptosis R 22 mm / L 21 mm (Hertel, base 100).
CAS 4/7. Smoker 1/2 ppd - quit date set {{DATE:4/1}}.
Baseline orbit photos (full face, 3 views) in chart: {{PHOTO:CEA-TED-0327-A}}, {{PHOTO:CEA-TED-0327-B}},
{{PHOTO:CEA-TED-0327-C}}.

A/P: active moderate-severe TED.
 - urgent oculoplastics: Dr. {{NAME:Wren Castellano}}, {{FACILITY:Raccoon River Eye Institute}}, fax {{FAX:515-555-0123}}
 - selenium 100 mcg bid; lubricants; prisms
 - teprotumumab vs IV methylpred: PA to plan, member {{HEALTH_PLAN:HCP-3390-71824-02}}
 - no RAI while eyes active
 - pregnancy test neg today; on OCP
f/u 6 wk; pt works nights at {{FACILITY:Saylorville Distribution Center}}, prefers texts {{PHONE:515-555-0158}}.
{{NAME:S. Raman}}, MD`,

  `HEMATOLOGIC MALIGNANCIES CLINIC
{{FACILITY:Willamette Blood & Cancer Specialists}}      {{DATE:Jan. 18, 2024}}

PATIENT: {{NAME:Kalani-Dubois, Makoa J.}}     DOB {{DATE:05/06/1965}}     MRN {{MRN:WBC-119044}}

IgG kappa multiple myeloma, R-ISS II, dx {{DATE:07/2023}} (BM bx accession {{ID:WBC-BM-23-0718}}:
40% clonal plasma cells, t(4;14)). Completed 4 cycles VRd ({{DATE:8/1/23}} - {{DATE:11/20/23}}); VGPR.

Referral placed to {{FACILITY:Pacific Crest Transplant & Cellular Therapy}} for autologous SCT -
coordinator {{NAME:Imelda Sarmiento}}, {{PHONE:503-555-0187}}, fax {{FAX:503-555-0188}}.
Stem cell mobilization planned {{DATE:2/5/2024}}; apheresis collection ID {{ID:PCT-AP-24-0119}}.
Caregiver plan: wife {{NAME:Leilani}} will stay at {{FACILITY:Rosewater Guest House}} with him for
3 weeks; sister {{NAME:Kehau Kalani}} from {{LOCATION:Hilo}} as backup caregiver.
Dental clearance done (Dr. {{NAME:Nakagawa}}, {{DATE:1/10}}). Zoledronic acid held.

Insurance case manager: {{NAME:Jo Pettibone}}, plan ID {{HEALTH_PLAN:PPO-88421-337-01}}.

{{NAME:Yosef Amsalem-Park}}, MD
D/T {{DATE:01/18/2024}} / {{DATE:01/19/2024}}   {{NAME:jl}}`,

  `{{FACILITY:Harbourfront Heart Rhythm Clinic}}
{{ADDRESS:190 Elizabeth St, Suite 1102}}, {{LOCATION:Toronto}}, ON {{ZIP:M5G 1X7}}
Tel {{PHONE:416-555-0135}}   Fax {{FAX:416-555-0136}}

{{DATE:2024-05-02}}

Dr. {{NAME:Gurpreet Sandhu}}
{{FACILITY:Brampton Peel Family Health Team}}

Re: {{NAME:Fernandes, Conceição}}     DOB {{DATE:1939-10-01}}     OHIP {{HEALTH_PLAN:5584-129-774-KR}}

Dear Dr. {{NAME:Sandhu}},

Mrs. {{NAME:Fernandes}} was seen in follow-up of her dual-chamber pacemaker (Abbott Assurity MRI,
SN {{DEVICE:7718204}}; implanted {{DATE:2019-06-11}} at {{FACILITY:Humber Crest General Hospital}}). Interrogation normal,
battery 6 years. Atrial high-rate episodes totalling 3 hours on {{DATE:2024-04-19}} - AF confirmed on EGMs.

At 84, with hypertension and a prior TIA (CHA2DS2-VASc 6), I have started apixaban 2.5 mg twice daily
(age and weight 52 kg). Her daughter {{NAME:Fátima}} ({{PHONE:905-555-0129}}) will help with the
medication and remote transmissions.

Yours sincerely,
{{NAME:Ewa Zielińska-Hart}}, MD, FRCPC
CPSO {{LICENSE:88127}}`,

  `KIDNEY TRANSPLANT CLINIC - post-tx f/u          {{FACILITY:Greywater Regional Transplant Institute}}
{{DATE:Tue 10 Sept 2024}}

Recipient: {{NAME:Achterberg-Oyelowo, Pieternella}}   51F   MRN {{MRN:GRT-00882417}}
Tx: LDKT {{DATE:06/04/2024}}; donor = husband {{NAME:Babatunde Oyelowo}} (donor MRN {{MRN:GRT-00882418}}), doing well.
Surgeon: Dr. {{NAME:Hjalmarsson}}.   Coordinator: {{NAME:Precious Ndlovu}}, RN, {{PHONE:716-555-0107 ext 3}}

Cr 1.1 (nadir 1.0), tacrolimus trough 7.8 (goal 6-8), MMF 500 bid, pred 5.
BK PCR neg, CMV PCR neg (donor+/recipient-, valganciclovir until {{DATE:12/04/2024}}).
Ureteral stent removed {{DATE:7/9}}. BP 124/78. Wt 70 kg.
Issues: tremor mild; mouth ulcers x2.
Plan: continue; labs q2wk at {{FACILITY:Cheektowaga Lab Center}}; return {{DATE:10/8}}.
Reminder: no live vaccines; sun protection; skin check with Dr. {{NAME:Ilse Brandvold}} ({{FACILITY:Buffalo
Skyway Dermatology}}).
Pt drives again since {{DATE:8/1}}. Disability paperwork for employer ({{FACILITY:Lackawanna Harbor Cold Storage}}) faxed
to {{FAX:716-555-0171}}.`,

  `{{FACILITY:Palisade Pituitary & Neuroendocrine Center}}
{{ADDRESS:8800 E Hampden Ave, Ste 710}}, {{LOCATION:Denver}}, CO {{ZIP:80231}}  - {{PHONE:303-555-0175}} - {{URL:www.palisadepituitary.org}}

{{DATE:07/15/2024}}

{{NAME:Luis Ángel Montoya-Beecher}}, MD
{{FACILITY:Aurora Highlands Internal Medicine}}

RE: {{NAME:Stavros Papadakis}}, DOB {{DATE:9/21/1976}}, our MRN {{MRN:PPN-44018}}

Dear Dr. {{NAME:Montoya-Beecher}},

Thank you for referring Mr. {{NAME:Papadakis}}. His wife {{NAME:Eleni}} noticed his ring and shoe size
increasing; he brought old driver's licence photographs (2008 vs 2024) which show coarsening of the
features - scanned as {{PHOTO:PPN-44018-DL2008.jpg}} and {{PHOTO:PPN-44018-DL2024.jpg}}.
IGF-1 612 (3.1 x ULN); GH did not suppress on OGTT (nadir 4.2). MRI pituitary {{DATE:7/9/2024}}
(accession {{ID:RAD-24-770213}}): 14 mm macroadenoma, Knosp 2, no chiasm compression.
Visual fields normal (Dr. {{NAME:Oyarzún}}, {{DATE:7/11}}).

Plan: transsphenoidal resection with Dr. {{NAME:Ingrid Solheim}}, tentatively {{DATE:August 20}}; sleep study for
OSA; colonoscopy; echo.

Best regards,
{{NAME:Kwabena Osei-Tutu}}, MD
cc: {{NAME:Stavros Papadakis}}`,

  `MRI CONDITIONAL DEVICE CLEARANCE - Device Clinic to Radiology
From: {{FACILITY:Lowcountry Heart Rhythm}}, {{ADDRESS:1 Poston Rd, Suite 240}}, {{LOCATION:Charleston}}, SC {{ZIP:29407}}
To: MRI Safety Officer, {{FACILITY:Ashley River Imaging}}  fax {{FAX:843-555-0105}}
Date {{DATE:02-29-2024}}

Patient {{NAME:LeBlanc, Ariane S.}}   DOB {{DATE:03/21/1967}}   MRN {{MRN:LHR-60917}}
MRI ordered: lumbar spine w/o, scheduled {{DATE:3/7/24}} 0630 (order {{ID:ARI-MR-2240871}})

System (all components MRI conditional):
  ICD generator  Medtronic Evera MRI XT DR  DDMB2D1  SN {{DEVICE:BWB418027H}}
  RA lead        CapSureFix MRI 5086MRI-52  SN {{DEVICE:PJN7712294V}}
  RV lead        Sprint Quattro Secure S MRI 6935M-62  SN {{DEVICE:TDL334180V}}
No abandoned leads or adapters. Implanted {{DATE:04/02/2021}}.

Plan: device rep/clinic RN to program SureScan (tachy therapy OFF) before scan, restore after;
external defibrillator and ACLS staff present. Pt not pacer-dependent (underlying SR 64).
Contact day of scan: {{NAME:T. Wierzbicki}}, RN, {{PHONE:843-555-0119}}; EP on call via operator
{{PHONE:843-555-0100}}.
Electronic copy sent to {{EMAIL:mrisafety@ashleyriverimaging.net}}.
Signed: {{NAME:Celestine Ravenel}}, MD`,

  `HEAD & NECK TUMOR BOARD - {{DATE:Wed Jan 10 2024}}     {{FACILITY:Marrowbrook Cancer Institute}}, {{FACILITY:Hadley 2}} conf
Attendees: Drs {{NAME:Szabó}}, {{NAME:Thorvaldsen}}, {{NAME:Mbatha-Lowe}}, {{NAME:Guerrero}}; SLP {{NAME:Ines Pak}}

#1 {{NAME:ALMEIDA-TORRES, Joaquim}}  MRN {{MRN:01203388}}  66M
  Base of tongue SCC, p16+, cT2N1 (AJCC8 stage I). Bx {{DATE:12/20/23}} ({{ID:S23-51190}}).
  Former smoker 20 pk-yr; drinks 2/day. Dentition poor - dental extraction before RT.
  Rec: definitive chemoradiation 70 Gy + weekly cisplatin vs TORS + neck dissection; pt to meet
  both. Trial screening for NCT04887701 (de-escalation) - coordinator {{NAME:Abena}}.

#2 {{NAME:Whitlock, Prudence}}  MRN {{MRN:00775102}}  {{AGE:93}}F
  L parotid mass, FNA {{ID:CY23-09981}} - acinic cell ca. Lives at {{FACILITY:Maplewood Gardens Assisted
  Living}}; niece {{NAME:Judith Crane}} is POA ({{PHONE:617-555-0196}}).
  Rec: superficial parotidectomy if cleared by geriatrics; otherwise observation.

#3 {{NAME:Bui, Thanh}}  MRN {{MRN:01198874}}  45M  - NPC, EBV DNA rising. Rec: PET/CT, re-present {{DATE:1/24}}.

Summary by {{NAME:kdp}}; case nos {{ID:HN-24-0110-01}} to {{ID:HN-24-0110-03}}.`,

  `CANCER GENETICS - RESULT DISCLOSURE NOTE
{{FACILITY:Saltmarsh Cancer Genetics Program}}     {{DATE:10.01.2023}}     visit type: telephone

Patient: {{NAME:Yamamoto-Quist, Harriet}}  DOB {{DATE:1983-07-07}}  MRN {{MRN:SCG-20417}}
Result: CDH1 pathogenic variant, c.1003C>T (p.Arg335Ter); lab {{FACILITY:Northfield Genomics Laboratory}},
accession {{ID:GX-2023-097215}}, reported {{DATE:9/27/23}}.

Family history (reconfirmed today):
 | Relation            | Name                    | Age / status     | Cancer                |
 | Father              | {{NAME:Hiroshi Yamamoto}}        | d. 1998, 49      | diffuse gastric ca 47 |
 | Paternal grandmother| {{NAME:Chiyo Yamamoto}}          | d. age {{AGE:95}}      | none known            |
 | Paternal aunt       | {{NAME:Keiko Ambrose}}           | 70               | lobular breast ca 58  |
 | Brother             | {{NAME:Daniel Yamamoto}}         | 44               | untested              |
 | Mother              | {{NAME:Ruth Quist}}              | 73               | none                  |
 | Daughter            | {{NAME:Mila}}                    | 12               | -                     |

Discussed prophylactic total gastrectomy (Dr. {{NAME:Thorvaldsen}}, surgical onc) vs annual
endoscopic surveillance at {{FACILITY:Marrowbrook Cancer Institute}}; breast MRI yearly.
Family letter emailed to pt at {{EMAIL:hyq.1983@tidewatermail.com}}; pt will share with {{NAME:Daniel}}
(lives in {{LOCATION:Halifax}}, Nova Scotia).
{{NAME:Naledi Okafor}}, MS, CGC`,

  `NEPHROLOGY NURSE LINE - phone encounters {{DATE:06/05/2024}}      {{FACILITY:Two Rivers Kidney Associates}}

0915  {{NAME:Rasmussen, Tove}} (MRN {{MRN:TRK 60118}}) - lab critical K 6.4 from {{FACILITY:Siouxland Reference Lab}},
      callback ref {{ID:CRIT-240605-11}}. Pt reached at {{PHONE:712-555-0103}}; no sx. Hold lisinopril, Lokelma 10 g
      now, repeat BMP this pm. Dr. {{NAME:Yusuf-Carrington}} aware.
1040  {{NAME:Oxendine, Marcus}} - wife {{NAME:Charlene}} called: missed rituximab appt, truck broke down on
      {{ADDRESS:Hwy 75 near mile marker 102}}. Rescheduled {{DATE:6/12}}.
1130  {{NAME:Pérez-Hidalgo, Luz}} - refill request #{{ID:RR-558201}} tacrolimus; caller verified by voiceprint
      ({{BIOMETRIC:VPR-7731-0045}}) on the automated line. Sent to {{FACILITY:Hamilton Blvd Pharmacy}}.
1400  {{NAME:Kowalski-Doyle, Gerald}} ({{AGE:92}}) - daughter {{NAME:Marianne}} asks about stopping dialysis;
      family meeting set {{DATE:Friday 6/7}} 2 pm with Dr. {{NAME:Bjornstad}} and palliative (Rev. {{NAME:Okeke}}).
1520  Fax from {{FACILITY:Le Mars Family Clinic}} ({{FAX:712-555-0144}}): UA for {{NAME:D. Schaap}} - filed.
{{NAME:mw}}, RN`,

  `RESEARCH ENROLLMENT NOTE - oncology clinical trial
{{FACILITY:Pellham Valley Oncology Group}} Research Office     {{DATE:April 22, 2024}}

Participant: {{NAME:Delacroix-Imbert, Solange}}   DOB {{DATE:12/12/1960}}   MRN {{MRN:PVO-790552}}
Study: phase III adjuvant CDK4/6i in HR+ early breast ca (NCT05827081), site 014
Subject no. {{ID:014-0087}}     Randomization no. {{ID:R-22917}}

Consent v4.1 signed {{DATE:4/22/2024 10:05}} with CRC {{NAME:Ifeoma Nwachukwu-Ladd}}; witness {{NAME:Pat Dimaggio}}.
Optional biobank sub-study: agreed. Biobank uses fingerprint sign-in at each draw - template
{{BIOMETRIC:FPT-014-0087-R1}} enrolled; specimen kit accession {{ID:BB-24-004471}}.
Eligibility reviewed with PI Dr. {{NAME:Halvorsen}}; ECOG 0; LVEF 62%; ANC 3.1.
Pt's questions about travel to her sister's in {{LOCATION:Montréal}} during cycle 1 answered.
Parking vouchers issued for her car (plate {{VEHICLE:PA KLM-4471}}) for study visits.
Stipend paid by check to {{ADDRESS:1820 Linden St}}, {{LOCATION:Allentown}}, PA {{ZIP:18104}}; W-9 on file with SSN
{{SSN:189-44-6023}}.
Next: C1D1 {{DATE:5/6}}; study line {{PHONE:610-555-0126}}.`,

  `Financial counseling - {{FACILITY:Saguaro Bend Infusion Center}}     {{DATE:03/14/2024}}

Pt {{NAME:Wen, Li-Hua}}, MRN {{MRN:SB00287733}}. Met with pt and husband {{NAME:Zhiwei Wen}} re: balance.
Hospital account {{ACCOUNT:HAR-88012733}}  balance $4,812.60 (C1-C3 coinsurance)
Physician billing acct {{ACCOUNT:PB-55102-774}}
Primary: employer plan via husband's job at {{FACILITY:Rillito Valley Library}}; subscriber ID
{{HEALTH_PLAN:AZB 776 301 442}}, group {{HEALTH_PLAN:0091387}}. Secondary: none.
Applied to charity care: SSN {{SSN:527-81-4096}} (pt), household income verified (2023 tax return).
Copay assistance for oxaliplatin from manufacturer program - enrollment ID {{ID:CAP-2024-119832}}.
Payment plan $150/mo auto-draft started; card on file last 4 only.
Statements to {{ADDRESS:4410 E Calle Aurora}}, {{LOCATION:Tucson}}, AZ {{ZIP:85711}}.
Pt prefers Mandarin-speaking staff - counselor {{NAME:Ying Ostrowski}}, {{PHONE:520-555-0169}}, {{EMAIL:yostrowski@saguarobend.org}}.
Follow-up call {{DATE:3/28}}.`,

  `*** URGENT CARE TO CARDIOLOGY REFERRAL ***
FROM: {{FACILITY:QUICKCARE OF WOONSOCKET}}   {{ADDRESS:1500 DIAMOND HILL RD, UNIT 2}}   {{LOCATION:WOONSOCKET}} RI {{ZIP:02895}}
PH {{PHONE:401-555-0130}}   FX {{FAX:401-555-0131}}
TO: {{FACILITY:BLACKSTONE VALLEY HEART}}   FX {{FAX:401-555-0160}}
DATE: {{DATE:05/28/2024}}   TIME: 1715

PT: {{NAME:DESROCHERS, LUCIEN}}   DOB: {{DATE:12/31/1948}}   PH: {{PHONE:401-555-0188}}
INS: MEDICARE ADVANTAGE - ID {{HEALTH_PLAN:H8841-00219-5}}

CC: PALPITATIONS AND LIGHTHEADED X 2 DAYS. ECG IN CLINIC: AFIB RVR 132, NO ACUTE ST CHANGES.
GIVEN DILTIAZEM 30 MG PO -> HR 98. BP 138/86. DECLINED ED.
STARTED APIXABAN 5 MG BID (CHADS-VASC 3) AND DILTIAZEM ER 120 DAILY.
PT LIVES WITH WIFE {{NAME:THERESE}}; SON {{NAME:MARC}} WILL DRIVE HIM - PT ADVISED NOT TO DRIVE.
PLEASE SEE WITHIN 1 WEEK. ECG AND NOTE ATTACHED (3 PAGES).
PROVIDER: {{NAME:KAYODE ADEBAYO-FINCH}}, PA-C   NPI {{LICENSE:1538820471}}
SUPERVISING: {{NAME:M. TOUSSAINT}}, MD`,

  `{{FACILITY:Quarry Hill Endocrine & Diabetes}}
{{ADDRESS:300 Brickstone Square, Suite 805}}, {{LOCATION:Andover}}, MA {{ZIP:01810}}
P {{PHONE:978-555-0124}}   F {{FAX:978-555-0127}}

{{DATE:June 3, 2024}}

{{FACILITY:Merrimack DME Partners}} - Warranty Dept.
Fax {{FAX:603-555-0108}}

RE: urgent replacement of insulin pump under warranty
Patient: {{NAME:Okonjo-Whitfield, Adaeze}}   DOB {{DATE:10/10/1999}}   Supplier acct {{ACCOUNT:MDP-6620117}}

To whom it may concern,

Ms. {{NAME:Okonjo-Whitfield}} has type 1 diabetes (dx age 8) and depends on insulin pump therapy.
Her Tandem t:slim X2 pump, SN {{DEVICE:1203349}}, developed a cracked cartridge housing and
repeated "pump error 16-0" alarms beginning {{DATE:5/30/24}}; manufacturer complaint #{{ID:TC-CMP-884120}}
was opened on {{DATE:5/31}}. She is on an MDI bridge (glargine 20 u, lispro per sliding scale)
until the replacement arrives. Please ship to her new address:
{{ADDRESS:19 Kimball Ct, Apt 3R}}, {{LOCATION:Lowell}}, MA {{ZIP:01852}}.

Her CGM (Dexcom G7, receiver SN {{DEVICE:RX7-44K19Q}}) is unaffected.

Please contact our office or the patient ({{PHONE:978-555-0199}}, {{EMAIL:adaeze.ow@lumenmail.net}}).

{{NAME:Dolores Ayala-Whitcombe}}, NP, CDCES
{{NAME:Marguerite Chen-Albright}}, MD     NPI {{LICENSE:1619038827}}`,

  `HEART FAILURE CLINIC                        {{DATE:2023-12-12}}
{{FACILITY:Cahaba Heart Failure & Transplant}}

{{NAME:Pettigrew, Alonzo}} "{{NAME:Lonnie}}"  68M  MRN {{MRN:CHF-0009941}}
HFrEF (EF 25%), ischemic. CRT-D (SN {{DEVICE:ZR4417096}}). CardioMEMS PA sensor implanted {{DATE:08/22/2023}},
sensor SN {{DEVICE:CM-2231874}}; home electronics unit SN {{DEVICE:HEU-881027}}.
PA diastolic trend: 24 -> 31 mmHg over 10 days (goal 18-22); uploads from {{IP:198.51.100.201}}.
Wt +2.1 kg. Orthopnea 2 pillows.

Plan: torsemide 40 -> 60 daily x 5 d then recheck; K in 3 days at {{FACILITY:Bessemer Outreach Lab}}.
Sister {{NAME:Odessa}} fills his pillbox; pt no longer drives - sold van (VIN {{VEHICLE:2C4RDGCG7FR611904}}).
Transport via {{FACILITY:Red Mountain Medical Rides}} for visits.
HF nurse {{NAME:Jacquelyn Mwale}}, RN will call {{DATE:12/15}}; next visit {{DATE:1/9/24}}.
{{NAME:O. Fairbanks}}, MD`,

  `{{FACILITY:Magnolia Crescent Endocrinology}}
{{DATE:May 6, 2024}}

TO WHOM IT MAY CONCERN - TRAVEL LETTER (adrenal insufficiency)

This is to confirm that {{NAME:Marguerite-Anne Fontenot}}, born {{DATE:14 June 1972}}, passport no.
{{ID:A41729903}}, is under my care for primary adrenal insufficiency (Addison's disease). She must carry
and may need to self-inject hydrocortisone sodium succinate 100 mg IM (Solu-Cortef Act-O-Vial) with
needles and syringes, and takes hydrocortisone tablets 15/5 mg and fludrocortisone 0.1 mg daily.

She is travelling to {{LOCATION:Lisbon}} and {{LOCATION:Porto}} from {{DATE:6/2/2024}} to {{DATE:6/19/2024}} with her
husband {{NAME:Rémy Fontenot}}. In an emergency (vomiting, injury, collapse) she needs IV
hydrocortisone and fluids without delay. Local contact: {{FACILITY:Clínica Ribeira Saúde}},
{{ADDRESS:Rua das Flores 112}}, {{LOCATION:Porto}}, tel {{PHONE:+351 22 555 0147}}.

Medical ID bracelet no. {{ID:MIB-7730122}}.

{{NAME:Anh-Thu Delacroix}}, MD, ECNU
{{FACILITY:Magnolia Crescent Endocrinology}}, {{ADDRESS:5100 Essen Lane, Suite 1140}}, {{LOCATION:Baton Rouge}}, LA {{ZIP:70809}}
24-h line {{PHONE:225-555-0159}}   {{EMAIL:adelacroix@magnoliaendo.com}}   LA lic. {{LICENSE:MD.201884}}`,

  `Radiation Oncology Consultation        {{FACILITY:Pellham Valley Oncology Group}} - Radiation Center
{{ADDRESS:1710 Fairview St, Lower Level}}, {{LOCATION:Bethlehem}}, PA {{ZIP:18017}}
{{DATE:04/08/2024}}

Patient: {{NAME:de la Fuente Ortega, María José}}   DOB {{DATE:05/30/1969}}   Chart {{MRN:PVO-772014}}
Referring: Dr. {{NAME:Okonkwo-Baptiste}} (surgery), Dr. {{NAME:Halvorsen}} (med onc)

Lumpectomy + SLNB {{DATE:3/28/24}}: 2.2 cm IDC, margins neg (closest 3 mm), 0/2 SLN. Oncotype RS 14 -
no chemo. Plan endocrine therapy.

Rec: whole-breast RT 40 Gy/15 fx with boost 10 Gy/4 fx; deep-inspiration breath hold (left side).
CT sim {{DATE:4/22}}; tattoos explained. Start ~{{DATE:4/29}}.
Pt works days at {{FACILITY:Trexlertown Community Pharmacy}}; prefers 7:30 am slots.
She uses the clinic's face-recognition kiosk for check-in: enrollment {{BIOMETRIC:FR-PVO-3318-0412}};
her chart photo is {{PHOTO:PVO-772014-face.png}}.
Questions: nurse {{NAME:Chiara Lombardo-Sykes}}, RN {{PHONE:610-555-0128}}.
{{NAME:Deepak Suryanarayanan}}, MD
{{NAME:DS}}/{{NAME:ac}}`,

  `{{FACILITY:Lakeshore Sarcoma Clinic}}
{{ADDRESS:2315 N Lake Dr, Suite 501}}, {{LOCATION:Milwaukee}}, WI {{ZIP:53211}}  |  {{PHONE:414-555-0140}}

{{DATE:Oct 14, 2024}}

{{FACILITY:Kinnickinnic Tool & Die Co.}}
Attn: {{NAME:Sheryl Bautista-Koenig}}, HR / Leave Administration
Fax {{FAX:414-555-0183}}

RE: Employee {{NAME:Théo Vasseur-Laplace}}, employee no. {{ID:E-20471}}

Dear Ms. {{NAME:Bautista-Koenig}},

Mr. {{NAME:Vasseur-Laplace}} has been under my care since {{DATE:April 2024}} for a soft-tissue tumour of the
left thigh, treated with radiotherapy and surgery (completed {{DATE:8/27/2024}}). He is fit to return to work
from {{DATE:Monday, October 21, 2024}} with these restrictions for 8 weeks:
  - no lifting > 20 lb; no kneeling or squatting
  - seated work preferred; 10-min walking break every 2 hours
  - time off for follow-up on {{DATE:11/18}} and {{DATE:12/16}}

Please contact my office with any questions. No further medical details are released without his
written authorization.

Sincerely,
{{NAME:Ama Boateng-Sørensen}}, MD
Orthopaedic Oncology
cc: {{NAME:T. Vasseur-Laplace}}; Dr {{NAME:Bastien Lefèvre-Okoye}}, {{LOCATION:Lyon}} ({{EMAIL:b.lefevre-okoye@ch-saintaubert.fr}})`,

  `{{FACILITY:Saltmarsh Cancer Genetics Program}}
{{ADDRESS:17 Wharf Lane, Suite 4}}, {{LOCATION:Portsmouth}}, NH {{ZIP:03801}} . {{PHONE:603-555-0164}}

{{DATE:19/02/2024}} (sent from our {{LOCATION:Bangor}} outreach clinic)

Dear {{NAME:Tobias}} and {{NAME:Ilona Wexler-Marsh}},

Re: {{NAME:Finnegan Wexler-Marsh}}, age 6 (DOB {{DATE:02/08/2018}})

We met on {{DATE:Feb 12}} to discuss {{NAME:Finn}}'s test result (lab {{ID:GX-2024-102273}}): a pathogenic
TP53 variant (c.844C>T), confirming Li-Fraumeni syndrome. This was found after {{NAME:Finn}}'s
adrenocortical carcinoma was treated by Dr. {{NAME:Achebe}} at {{FACILITY:Seacoast Children's Cancer Center}}.

Family history:
  - father {{NAME:Tobias}}, 41: osteosarcoma at 15, tested positive {{DATE:2/14/24}}
  - paternal grandmother {{NAME:Greta Marsh}}: breast cancer at 31, d. 1996
  - paternal great-grandfather {{NAME:Aldous Marsh}}: d. aged {{AGE:90}}, no cancer - likely not the carrier side
  - sister {{NAME:Juniper}}, 3: testing offered; parents considering

We recommend the Toronto protocol: whole-body MRI yearly, brain MRI yearly, abdominal US every
3-4 months, and bloods. {{NAME:Finn}}'s first MRI is booked for {{DATE:March 11}}.

{{NAME:Naledi Okafor}}, MS, CGC    {{NAME:Ruth Pemberton-Sayer}}, MD`,

  `LIVING DONOR EVALUATION - NEPHROLOGY SUMMARY
{{FACILITY:Greywater Regional Transplant Institute}} - Living Donor Program      {{DATE:2024-08-30}}

Candidate donor: {{NAME:Marcy Pellegrino}}   DOB {{DATE:1979-03-03}}   Donor ID {{ID:LD-24-0193}}   MRN {{MRN:GRT-00915532}}
Intended recipient: {{NAME:Einar P. Guðmundsson}} (MRN {{MRN:GRT-00871104}}) - friend, non-directed alternative discussed
Independent living donor advocate: Rev. {{NAME:Anselm Kuriakose}}, LMSW

Kidney: measured GFR (iohexol) 98 mL/min/1.73m2; UACR 6; UA bland. CT angio {{DATE:8/21/24}}: single
arteries bilaterally, L kidney 11.2 cm, R 11.0 cm. BP avg 118/76 (ABPM). BMI 27.4. A1c 5.4.
APOL1 genotyping: not indicated (no African ancestry reported); family hx: father {{NAME:Sal}} had
kidney stones; grandmother {{NAME:Concetta}} alive at {{AGE:98}} with CKD of old age.
Psychosocial: lives in {{LOCATION:Kenmore}}; employer ({{FACILITY:Tonawanda Credit Union}}) supports leave;
husband {{NAME:Doug}} agrees.

Recommendation: medically acceptable donor. To selection committee {{DATE:9/12}}.
Donor nephrologist: {{NAME:Chidinma Obi-Larkin}}, MD;   donor coordinator {{PHONE:716-555-0107 x 5}}
Donor's own insurance not billed; recipient's plan ID {{HEALTH_PLAN:IHN90213377-01}} covers evaluation.`,

  `{{FACILITY:Brackenwood Rheumatology}} - Transition Clinic
{{DATE:January 8, 2024}}

Dear Dr. {{NAME:Voss}},

TRANSFER OF CARE: {{NAME:Jaylen Ortiz-McAllister}}, DOB {{DATE:01/02/2006}}, from
{{FACILITY:Connecticut Valley Children's Rheumatology}} (Dr. {{NAME:Sunniva Aaltonen}}), chart {{MRN:CVCR-18830}}.

Polyarticular RF-negative JIA since age 4; uveitis (bilateral, 2013-2017, quiescent) followed by
Dr. {{NAME:Ruth Abiodun}}, pediatric ophthalmology. Currently etanercept 50 mg weekly + MTX 15 mg, in
clinical remission 2 years. ANA 1:320.

{{NAME:Jaylen}} is 18 and in his first year at {{FACILITY:Mill River College}} in {{LOCATION:Hamden}};
he prefers to be contacted directly at {{PHONE:203-555-0157}} or {{EMAIL:jaylen.om06@qhcmail.edu}}. Mum
({{NAME:Deirdre}}) is no longer the contact but is happy to be copied with his consent.

Pending: eye exam due {{DATE:Feb 2024}}; labs (CBC, LFTs) every 3 months - last {{DATE:12/14/23}}.
Biologic PA renewal due {{DATE:3/31/2024}} (ref {{ID:PA-ETN-300114}}).

Warm regards,
{{NAME:Sunniva Aaltonen}}, MD
Enclosures: flowsheet, vaccine record`,

  `CPAP COMPLIANCE REPORT (30 days)         {{FACILITY:Holden Pulmonary & Sleep}}
Pt: {{NAME:Oyelaran, Temitope A.}}   DOB {{DATE:11/02/1957}}   MRN {{MRN:HPS-22108}}
Requested by cardiology (Dr. {{NAME:Etxeberria-Quinn}}) before AF ablation discussion.
Device: ResMed AirSense 11 AutoSet, SN {{DEVICE:23214490871}}; modem reporting from {{IP:192.0.2.88}}
Period {{DATE:06/01/2024}}-{{DATE:06/30/2024}}

Usage days >= 4 h ........ 27/30 (90%)
Avg usage ................ 6 h 41 min
Pressure 5-15, 95th %ile .. 11.8 cm H2O
Residual AHI ............. 2.1
Leak 95th %ile ........... 18 L/min

Comment: excellent adherence; meets Medicare criteria. Mask: nasal pillows (size M).
DME: {{FACILITY:Wachusett Home Medical}}, acct {{ACCOUNT:WHM-330912}}; resupply due {{DATE:7/15}}.
Interpreted by {{NAME:Priya Natarajan}}, MD, {{DATE:7/2/2024}}.
Copy to {{NAME:Hannah Völkel}}, MD ({{FAX:508-555-0149}}).`,

  `CARDIAC REHABILITATION REFERRAL
Referring practice: {{FACILITY:Blackstone Valley Heart}}, {{ADDRESS:25 Cumberland Hill Rd, Bldg 3, Ste 12}}, {{LOCATION:Cumberland}}, RI {{ZIP:02864}}
Phone {{PHONE:401-555-0161}} / fax {{FAX:401-555-0160}}
To: {{FACILITY:Slatersville Cardiac & Pulmonary Rehab}}                         Date: {{DATE:7/1/2024}}

Patient: {{NAME:Nakamura, Hideo}}   DOB {{DATE:08/25/1958}}   Ph {{PHONE:401-555-0197}}
Qualifying dx: NSTEMI {{DATE:06/11/2024}}, PCI to LAD (DES x1) at {{FACILITY:Pawtucket Regional Medical Center}}.
EF 45%. No residual angina. Beta blocker, high-intensity statin, DAPT (ASA + ticagrelor until {{DATE:6/2025}}).
Exercise prescription: target HR 100-120, RPE 11-13. Telemetry first 6 sessions.
Risk stratification (AACVPR): moderate.
Barriers: works 2nd shift at {{FACILITY:Manville Textile Finishing}}; wife {{NAME:Sachiko}} will drive until
he is cleared (car plate {{VEHICLE:RI 5K-271}} registered for rehab parking).
Pt prefers Japanese materials; nephew {{NAME:Ken Ito-Barrows}} interprets if needed.

Physician: {{NAME:Maximilian Oduya-Stern}}, MD        NPI {{LICENSE:1093847562}}
Signature on file. Ref # {{ID:BVH-CR-240701-2}}`,

  `{{FACILITY:Cornerstone Thyroid & Endocrine Surgery}}
{{DATE:Feb 2nd, 2024}}

RE: {{NAME:Adebayo, Olufunmilayo}} "{{NAME:Funmi}}"

Dear Dr. {{NAME:Raman}},

I saw Mrs. {{NAME:Olufunmilayo Adebayo}} ("{{NAME:Funmi}}"), DOB {{DATE:04-09-1951}}, today regarding primary
hyperparathyroidism: Ca 11.2, PTH 148, 24-h urine Ca 340 mg, DXA radius T -2.8, and a 7 mm kidney stone
({{DATE:Nov 2023}}). Sestamibi-SPECT/CT {{DATE:1/22/2024}} ({{FACILITY:Scioto Nuclear Medicine}}, accession
{{ID:SNM-24-00561}}) localizes a R inferior adenoma, concordant with US.

She meets surgical criteria. Pre-operative: ECG normal, cardiology clearance from Dr. {{NAME:Adewale
Okonkwo}} ({{FACILITY:Olentangy Heart}}) received {{DATE:1/30}}. Plan focused R inferior parathyroidectomy with
intra-op PTH on {{DATE:February 26, 2024}}. She will go home the same day with her daughter {{NAME:Bukola}}.

Yours,
{{NAME:Olamide Fitzpatrick}}, MD, FACS
cc: Dr. {{NAME:Okonkwo}};  {{NAME:Olufunmilayo Adebayo}}, {{ADDRESS:2290 Tremont Rd}}, {{LOCATION:Upper Arlington}}, OH {{ZIP:43221}}`,

  `BREAST TUMOR BOARD - follow-up presentation
{{FACILITY:Pellham Valley Oncology Group}} / {{FACILITY:Lehigh Ridge Breast Center}}     {{DATE:Thu 3/21/24}} 0730

Case {{ID:BTB-24-0321-02}}: {{NAME:de la Fuente Ortega, M.J.}}  54F  chart {{MRN:PVO-772014}}
  L breast IDC, grade 2, ER/PR+, HER2 1+ (core {{ID:SP24-03318}}). MRI {{DATE:3/15}}: single 2.1 cm
  lesion, no additional disease; axilla negative. Oncotype sent {{DATE:3/19}}.
  Recommendation: lumpectomy + SLNB (Dr. {{NAME:Okonkwo-Baptiste}}), RT, endocrine therapy; chemo
  per RS. Genetics referral - no (no family hx, 54).

Case {{ID:BTB-24-0321-03}}: {{NAME:Szczepański, Halina}}  {{AGE:90}}F (DOB {{DATE:01/30/1934}})
  R breast 1.6 cm IDC, ER 100%, HER2 neg. Lives with son {{NAME:Zbigniew}} in {{LOCATION:Nazareth}}.
  Recommendation: primary endocrine therapy with letrozole; surgery only if progression.
  Geriatric assessment with Dr. {{NAME:Ostrom}}.

Case {{ID:BTB-24-0321-04}}: {{NAME:Kaur-Whitmore, Gurleen}}  37F  chart {{MRN:PVO-803116}}
  BRCA1 carrier (sister {{NAME:Harleen}} dx at 34). Screening MRI: 9 mm TNBC. Rec: neoadjuvant
  KEYNOTE-522 regimen; fertility consult {{FACILITY:Lehigh Fertility Partners}}.

Minutes: {{NAME:Perpetua Mwangi}}, RN`,

  `DIALYSIS TRANSIENT TREATMENT REQUEST
From: {{FACILITY:Lansing East Dialysis}}, {{ADDRESS:2900 E Michigan Ave, Ste C}}, {{LOCATION:Lansing}}, MI {{ZIP:48912}}
      Ph {{PHONE:517-555-0150}}  Fax {{FAX:517-555-0151}}   SW: {{NAME:Ofelia Garza}}, LMSW
To:   {{FACILITY:Gulf Breeze Dialysis of Naples}}   Fax {{FAX:239-555-0138}}       Date sent: {{DATE:12/01/2023}}

Patient: {{NAME:Bellweather, Dontrell}}     DOB {{DATE:04/17/1966}}     SSN {{SSN:371-28-5540}}
Medicare # (MBI) {{HEALTH_PLAN:7QW3-TY8-JK22}}    Secondary: MI Medicaid ID {{HEALTH_PLAN:0049102283}}
Requested dates: {{DATE:12/26/2023}} through {{DATE:01/05/2024}}, MWF, 2nd shift preferred
Staying at: {{ADDRESS:1125 Gulf Shore Blvd N, Unit 4}}, {{LOCATION:Naples}}, FL {{ZIP:34102}} (sister {{NAME:Renita Bellweather-Shaw}}, {{PHONE:239-555-0184}})

Access: L upper arm AVF, 15g needles, s/p fistulogram {{DATE:10/11/23}}. Heparin 1000 u bolus.
Rx: 4 h, Qb 400, Qd 600, 2K/2.5Ca, EDW 92.0 kg. Hep B sAb 42 (immune), sAg neg {{DATE:11/20/23}}.
Enclosed: H&P, last 3 run sheets, labs, CXR, PPD.
Nephrologist: Dr. {{NAME:H. Ishida-Moore}}, cell for urgent questions {{PHONE:517-555-0159}}.`,

  `REMOTE MONITORING - DISCONNECTED PATIENTS LOG      {{FACILITY:Ostrander Heart Rhythm Center}}
Week of {{DATE:Jan 22 2024}}     compiled by {{NAME:S. Ní Mhurchú}}

1) {{NAME:Kowalczyk, Halina}}  PPM {{DEVICE:RNJ204518S}}  last tx {{DATE:12/28/23}}
   {{DATE:1/22}} called home {{PHONE:413-555-0191}} - no answer. {{DATE:1/23}} reached dtr {{NAME:Wanda Kowalczyk-Pratt}}:
   monitor unplugged during move to {{FACILITY:Chestnut Hill Senior Residences}}, {{ADDRESS:40 Prospect St, Apt 216}},
   {{LOCATION:Ludlow}}. Replugged; manual tx received {{DATE:1/23/24 16:40}} from IP {{IP:198.51.100.64}}. Resolved.
2) {{NAME:Eriksson, Ulf}}  ILR {{DEVICE:RLA902215G}}  last tx {{DATE:1/2/24}}
   Phone app not syncing after phone change. Walked pt through re-pairing ({{NAME:Ulf}} is 81, hard of hearing;
   wife {{NAME:Birgit}} helped). Resolved {{DATE:1/24}}.
3) {{NAME:Fofanah, Mariatu}}  S-ICD {{DEVICE:118846}}  last tx {{DATE:12/30/23}}
   Traveling in {{LOCATION:Freetown}} until {{DATE:2/10}}; communicator at home. Pt aware. Message via portal
   {{URL:https://portal.ostranderheart.org/msg/22914}}.
4) {{NAME:Gallo, Vince}}  PPM {{DEVICE:RNJ310772S}} - {{DATE:1/25}} new communicator shipped, tracking {{ID:1Z88W4170392214461}}.
Escalations: none. Reviewed by Dr. {{NAME:Achterberg}} {{DATE:1/26/2024}}.`,

  `{{FACILITY:Charles River Autoimmunity Consultation Service}}
Second opinion - rheumatology                       {{DATE:18 Sept 2024}}
Our ref: {{ID:CRA-2309-114}}     Your ref: {{ID:BR-REF-0912}}

Dr {{NAME:Ekaterina Voss}}
{{FACILITY:Brackenwood Rheumatology}}, {{ADDRESS:1250 Farmington Ave, Suite 2C}}, {{LOCATION:West Hartford}}, CT {{ZIP:06107}}

Dear {{NAME:Katya}},

Thank you for sending {{NAME:Eileen MacCormiac}} ({{AGE:90}}), whom I saw with her son {{NAME:Declan}} on {{DATE:14/9/2024}}.
Her GCA relapsed (ESR 71, new headache) at prednisone 7.5 mg on {{DATE:8/20/2024}}, despite tocilizumab
since {{DATE:Feb 2024}}. PET/CT ({{ID:RAD-CR-24-55108}}) shows large-vessel
involvement of the subclavian arteries.

I agree with your plan: prednisone 20 mg with a slower taper and continuing weekly tocilizumab. Given her
age (she turns {{AGE:91}} on {{DATE:3 November}}) and osteoporosis, I would avoid methotrexate. Upadacitinib is an
option if she relapses again.

Yours sincerely,
{{NAME:Philippa Onyango-Reid}}, MD, PhD
{{EMAIL:ponyangoreid@charlesriverautoimmunity.org}}   {{PHONE:617-555-0109}}
Typed by {{NAME:mm}} {{DATE:9/19/24}}`,

  `{{FACILITY:Willamette Blood & Cancer Specialists}}
{{ADDRESS:3440 Liberty Rd S, Suite 200}}, {{LOCATION:Salem}}, OR {{ZIP:97302}}
tel {{PHONE:503-555-0186}} . fax {{FAX:503-555-0185}}

{{DATE:Friday, 8 November 2024}}

{{FACILITY:Santiam Valley Hospice}}
Intake Coordinator: {{NAME:Rosemary Tiedemann}}, RN

Re: hospice referral - {{NAME:Sørlie, Astrid K.}}, DOB {{DATE:02/28/1932}}, aged {{AGE:92}}

Dear Ms {{NAME:Tiedemann}},

I am referring Mrs {{NAME:Sørlie}}, whom I have followed since {{DATE:August 2023}} for low-risk MDS that has
now progressed (blasts 14% on marrow {{DATE:10/29/2024}}, accession {{ID:WBC-BM-24-1029}}). She is now
transfusion-dependent every 10-14 days and has decided, with her granddaughter and POA {{NAME:Kristin
Haugland}} ({{PHONE:503-555-0114}}), to stop transfusions and focus on comfort at home:
{{ADDRESS:611 Church St NE}}, {{LOCATION:Mount Angel}}, OR {{ZIP:97362}}.

Prognosis: likely weeks to a few months. POLST (comfort measures) signed {{DATE:11/7/24}}. Hospice
diagnosis: MDS with excess blasts. Her parish priest, Fr. {{NAME:Anselm Pryor}}, visits weekly.

Sincerely,
{{NAME:Yosef Amsalem-Park}}, MD   OR lic. {{LICENSE:MD 182204}}   DEA {{LICENSE:BA4418207}}
{{NAME:YAP}}/{{NAME:tr}}`,

  `FIELD SAFETY NOTICE - PATIENT LIST (internal)        {{FACILITY:Sunflower Pediatric Endocrinology}}
Manufacturer notice dated {{DATE:2024-03-11}}: certain pump controllers may display wrong time after battery
change. Lot/model: see notice. Affected serials matched against our pump registry on {{DATE:3/13/24}}:

 Pt                       DOB         Controller SN         Parent / contact                Status
 {{NAME:Al-Hashimi, Zaid}}        {{DATE:02/09/2016}}  {{DEVICE:PDM-0G11B2274}}       {{NAME:Haider}} {{PHONE:316-555-0191}}         called {{DATE:3/13}} OK
 {{NAME:Beauchamp, Élodie}}       {{DATE:11/22/2012}}  {{DEVICE:PDM-0G11B3351}}       {{NAME:Nadine}} {{PHONE:316-555-0123}}         VM x2
 {{NAME:Carrasco-Wu, Matteo}}     {{DATE:06/05/2010}}  {{DEVICE:PDM-0G10Z9918}}       {{NAME:Lin Wu}} {{PHONE:620-555-0188}}         replaced {{DATE:3/14}}
 {{NAME:Dekker, Sem}}             {{DATE:01/30/2019}}  {{DEVICE:PDM-0G11B4702}}       {{NAME:Anouk}} {{EMAIL:anouk.dekker@flatlandsmail.com}}   emailed
 {{NAME:Eagleheart, Tayen}}       {{DATE:09/14/2008}}  {{DEVICE:PDM-0G11A0067}}       self (16) {{PHONE:785-555-0174}}      OK

Registry maintained by {{NAME:Kelsey Voth}}, RN. Escalate no-contact after 72 h to Dr. {{NAME:Sandoval-Lund}}.`,

  `OUTGOING CORRESPONDENCE / FAX LOG - {{FACILITY:Tamsin Ridge Cardiology Associates}}     {{DATE:03/05/2024}}
Clerk: {{NAME:Keely Dunphy}} ({{NAME:kd}})

#  | Time | Patient (MRN)                               | Document                   | To                                           | Fax / method
1  | 0812 | {{NAME:Oyelaran, T.}} ({{MRN:TRC-0048291}})           | consult letter {{DATE:3/4}}     | Dr. {{NAME:H. Völkel}}, {{FACILITY:Brightwater FM}}            | {{FAX:508-555-0140}}
2  | 0815 | {{NAME:Oyelaran, T.}}                            | CTA order                  | {{FACILITY:Quinsigamond Imaging}}                   | {{FAX:508-555-0174}}
3  | 0902 | {{NAME:Marchetti, L.}} ({{MRN:TRC-0051177}})          | echo report                | pt portal                                    | {{URL:mychart.tamsinridgecardio.org}}
4  | 0947 | {{NAME:St. Pierre, Ghislaine}} ({{MRN:TRC-0032790}})  | pre-op clearance           | Dr. {{NAME:Ruiz}}, {{FACILITY:Fitchburg Ortho Specialists}}     | {{FAX:978-555-0115}}
5  | 1030 | {{NAME:Abdullahi, Hodan}} ({{MRN:TRC-0060814}})       | records request (signed)   | {{FACILITY:Nashua Heart & Vascular}}                | {{FAX:603-555-0194}}
6  | 1104 | {{NAME:Rosenblatt, Ari}} ({{MRN:TRC-0019957}})        | Holter results             | e-mail (pt request)                          | {{EMAIL:ari.rosenblatt@quillnet.org}}
Failed: #5 busy x2 - resent {{DATE:3/5/24 13:20}}, confirmation {{ID:FXC-240305-0441}}.`,

  `ENDOCRINOLOGY - thyroid nodule f/u          {{FACILITY:Capitol Endocrine Associates}}     {{DATE:April 19, 2024}}

Pt: {{NAME:Hussain, Tanvir}}   DOB {{DATE:06/17/1979}}   MRN {{MRN:CEA-91874}}
Referred by Dr. {{NAME:N. Abernathy}}, {{FACILITY:Prairie Rose Family Practice}} (auth {{ID:PA8830127}})

US-guided FNA R nodule {{DATE:4/10/24}} by Dr. {{NAME:Shreya Raman}}; cytology {{ID:CEA-FNA-24-0117}}: Bethesda IV
(follicular neoplasm). Molecular (ThyroSeq) sent - report {{ID:TS-24-338820}}: NRAS Q61R, ~ 50% cancer risk.
TSH 1.1. Neck: no adenopathy.

Discussed with pt and his wife {{NAME:Farzana}} (by phone from {{LOCATION:Sylhet}}, where she is visiting family).
Options: R hemithyroidectomy (diagnostic + likely therapeutic) vs surveillance. Pt chose surgery.
Referral: {{NAME:Olamide Fitzpatrick}}, MD, {{FACILITY:Cornerstone Thyroid & Endocrine Surgery}},
{{PHONE:614-555-0132}} - pt will travel to {{LOCATION:Columbus}} (brother {{NAME:Rafiq}} lives there).
Sister {{NAME:Shirin}}'s PTC history noted.
Pt's photo for the surgical checklist uploaded from clinic tablet: {{PHOTO:CEA-91874-ID.jpg}}.
FU after surgery. {{NAME:S. Raman}}, MD`,
];

export const HELDOUT_REALISTIC_85_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout85-${i + 1}`, n));
