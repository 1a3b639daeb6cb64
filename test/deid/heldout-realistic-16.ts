// A sixteenth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone and fax numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION; hospitals, clinics, pharmacies, employers, schools, churches,
// funeral homes and courts' evaluation services are invented). It is about the messy edges of real
// records: scanned and OCR'd faxes and letters (l/1 and O/0 swaps, broken words, stray characters,
// lost line breaks), text dumps of HL7 v2 messages, CSV/TSV extracts and lab interface printouts,
// e-mail threads with From/Sent/To/Subject headers, secure chat logs with timestamps, insurance EOBs
// and appeal letters, pharmacy fill histories and PDMP reports, ambulance run sheets, death
// certificate worksheets, court-ordered evaluation letters, notes written partly or wholly in
// Spanish (dates such as "3 de marzo de 2024"), and notes for visitors from other English-speaking
// countries (day-first dates, NHS/NHI/OHIP/Medicare-card numbers, postcodes), with many look-alike
// non-PHI (eponyms, drug names and doses, units, scores, lab values, device models, rooms and beds,
// CPT/ICD/LOINC codes, payers and their phone lines, years and weekdays alone, clock times, ages of
// 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// honorifics (Dr., Mrs., Sra., Don, Dona) stay outside NAME spans; labels stay outside spans; an
// identifier damaged by OCR is annotated as it stands ("Ha1l", "O3/l4/2O24", "555-01 62"); a name
// written "Last, First M" is one span, and in HL7 each ^-separated name component is its own span;
// HL7 and e-mail timestamps, and a time attached to a full date, are part of the DATE; a weekday
// written with a date is part of it (also in Spanish: "lunes 4 de marzo de 2024"); a date range
// written as one token is one DATE span; user names and file names built from a person's name are
// NAME; typist and signer initials are NAME; payers, their addresses and phone lines, and state or
// federal agencies (courts named only by state, the state vital records office) are not PHI;
// counties are LOCATION; hospitals, clinics, named wards and units, schools, employers, churches,
// jails, funeral homes, nursing homes, pharmacies, labs and agencies of a patient are FACILITY;
// insurer, Medicare/Medicaid, OHIP and Australian Medicare-card numbers are HEALTH_PLAN; NHS and NHI
// numbers and other national health numbers are ID; claim, billing, visit and patient-account
// numbers are ACCOUNT; NPI, DEA, bar, state licences and driver's licences are LICENSE; plates and
// VINs are VEHICLE; implant, pump and monitor serials are DEVICE; accession, specimen, order, Rx,
// message control, incident, case, certificate, authorization and tracking numbers are ID; UK and
// Canadian postcodes and Australian and NZ postcodes are ZIP; employer group numbers
// shared by a whole plan are not PHI; lot, NDC, CLIA, NCPDP, LOINC and trial
// numbers are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.8505 / 0.9581; pass-11 engine (789a1c5) 0.8974 / 0.9519; pass-12a-q engine (657310b) 0.8995 / 0.9518.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `FR0M: {{FACILITY:LAKEV1EW CARDIOLOGY ASSOC}}   FAX {{FAX:(608) 555-0147}}   {{DATE:O3/14/2O24 11:O2}}   P.OO1/OO3
TO: {{FACILITY:Four Lakes Heart Rhythm C1inic}}   ATTN: Dr. {{NAME:0kafor}}

REFERRAL F0R C0NSULTATI0N - ELECTR0PHYSI0L0GY
Patient: {{NAME:Hol1ister, Margaret A}}   D0B: {{DATE:O7/22/1941}}   MRN: {{MRN:OO4418 27}}
Address: {{ADDRESS:2l9 0rchard Hi1l Rd, Apt 3}}  {{LOCATION:Verona}} WI {{ZIP:5359 3}}
Ph0ne: {{PHONE:608-555-0118}} (h0me)   lns: Badger Mutual   Member lD: {{HEALTH_PLAN:BMX4471O92}}

Dear Dr. {{NAME:0kafor}},
I am referring Mrs. {{NAME:Hol1ister}}, an 82 y/o w0man with paroxysmal atria1 fibri11ation (CHA2DS2-VASc 5) and tachy-brady syndr0me. Ho1ter {{DATE:3/2-3/4}} showed pauses up to 4.2 sec, m0stly around 0300. She fe ll at {{FACILITY:St. Brigid's}} after Mass on Sunday and was seen in the ED at {{FACILITY:Four Lakes Regi0nal}} {{DATE:3/1O/24}}; CT head neg. Meds: apixaban 5 mg BlD, metoprolol tartrate 25 mg BID, atorvastatin 4O mg qhs. Her daughter {{NAME:Karin}} ({{PHONE:608-555-0163}}) drives her and w0uld like a Tuesday appt. Pacemaker eva1 appreciated.

{{NAME:Gerald P. Lindqvist}}, MD   NPI {{LICENSE:1720O48813}}
{{NAME:GPL}}/{{NAME:tmw}}   D: {{DATE:03/13/2024}}  T: {{DATE:03/14/2024}}
CONFIDENTIALITY N0TICE: This facsimi1e contains pr0tected hea1th inf0rmation. If received in err0r ca11 the sender.`,

  `HL7 INTERFACE MONITOR - inbound queue ADT_IN - msg 7 of 12 (one segment per line)
MSH|^~\\&|EPICADT|{{FACILITY:PRAIRIEVIEW MED CTR}}|RHAPSODY|{{FACILITY:PVMC LAB}}|{{DATE:20240311083214}}||ADT^A04|{{ID:MSG00482197}}|P|2.5.1
EVN|A04|{{DATE:20240311083200}}
PID|1||{{MRN:7730158}}^^^{{FACILITY:PVMC}}^MR||{{NAME:NGUYEN}}^{{NAME:THANH}}^{{NAME:V}}||{{DATE:19520609}}|M||2028-9|{{ADDRESS:4418 W GRAND RIVER AVE APT 12}}^^{{LOCATION:LANSING}}^MI^{{ZIP:48906}}^USA||{{PHONE:(517)555-0134}}|||M||{{ACCOUNT:4402918837}}|{{SSN:493-27-1186}}
NK1|1|{{NAME:NGUYEN}}^{{NAME:LAN}}|SPO|{{ADDRESS:4418 W GRAND RIVER AVE APT 12}}^^{{LOCATION:LANSING}}^MI^{{ZIP:48906}}|{{PHONE:(517)555-0135}}
PV1|1|O|{{FACILITY:PVMC CARDIO}}^EXAM4^01||||{{LICENSE:1184422907}}^{{NAME:BRANDT}}^{{NAME:HELEN}}^^^DR|||||||||||{{ACCOUNT:V88104432}}
IN1|1|GLCP01||GREAT LAKES CARE PLAN||||||||||||{{NAME:NGUYEN}}^{{NAME:THANH}}|01|{{DATE:19520609}}
IN2||{{HEALTH_PLAN:XGL448190217}}
DG1|1|I10|I48.91^Unspecified atrial fibrillation^I10
---- ACK AA returned {{DATE:2024-03-11 08:32:15}} (latency 412 ms) ----
note from analyst ({{NAME:kbaumann}}): PID-19 SSN still populated for this feed, ticket opened with Epic team; pt seen today in Holter clinic, not a dupe of MRN {{MRN:7730185}}.`,

  `# export: lab_results_hba1c_q1.csv   generated {{DATE:2024-04-02 06:00}} by svc_labrpt   rows=6
mrn,last_name,first_name,dob,collected,accession,test,result,units,flag,ordering_md
{{MRN:M0093321}},{{NAME:OYELARAN}},{{NAME:Adebayo}},{{DATE:1967-11-03}},{{DATE:2024-01-08 07:42}},{{ID:L24-008812}},HBA1C,8.9,%,H,{{NAME:Castellanos}}
{{MRN:M0117845}},{{NAME:FITZGERALD}},{{NAME:Nora}},{{DATE:1958-02-27}},{{DATE:2024-01-09 10:15}},{{ID:L24-009377}},HBA1C,6.4,%,H,{{NAME:Castellanos}}
{{MRN:M0102290}},{{NAME:BEGAY}},{{NAME:Lorenzo}},{{DATE:1975-06-14}},{{DATE:2024-02-13 08:05}},{{ID:L24-021144}},HBA1C,11.2,%,HH,{{NAME:Whitlock}}
{{MRN:M0088016}},"{{NAME:DE LA CRUZ}}",{{NAME:Maria Elena}},{{DATE:1949-09-30}},{{DATE:2024-02-20 13:51}},{{ID:L24-023806}},HBA1C,7.1,%,H,{{NAME:Whitlock}}
{{MRN:M0120457}},{{NAME:O'BRIEN}},{{NAME:Patrick}},{{DATE:1983-12-01}},{{DATE:2024-03-04 09:30}},{{ID:L24-031529}},HBA1C,5.6,%,,{{NAME:Castellanos}}
{{MRN:M0099813}},{{NAME:KHALIL}},{{NAME:Samira}},{{DATE:1971-04-18}},,,HBA1C,,,,{{NAME:Whitlock}}
# row 6: no specimen received (pt cancelled {{DATE:3/19}}), see comment
# CLIA 52D0998812; method NGSP-certified HPLC, Tosoh G8; ref 4.0-5.6 %`,

  `From: {{NAME:Renee Dubois}} <{{EMAIL:rdubois@birchwoodfamilymed.org}}>
Sent: {{DATE:Thursday, February 8, 2024 4:47 PM}}
To: {{NAME:Samuel Achterberg}} <{{EMAIL:sachterberg@birchwoodfamilymed.org}}>
Cc: Care Coordination <{{EMAIL:carecoord@birchwoodfamilymed.org}}>
Subject: RE: Mr. {{NAME:Pruitt}} - missed INR x2

Dr. {{NAME:A}},
Reached {{NAME:Dale Pruitt}}'s wife {{NAME:Lorna}} at {{PHONE:423-555-0171}} this afternoon. He has been staying with their son in {{LOCATION:Knoxville}} since {{DATE:1/28}} after the flooding at their place on {{ADDRESS:Sugar Camp Rd}}. He is still taking the warfarin "the way the bottle says." She will bring him to the {{FACILITY:Birchwood}} lab Monday 8 am. OK to keep same dose until then?
{{NAME:Renee}}

-----Original Message-----
From: {{NAME:Samuel Achterberg}}
Sent: {{DATE:Wednesday, February 7, 2024 8:02 AM}}
To: {{NAME:Renee Dubois}}
Subject: Mr. {{NAME:Pruitt}} - missed INR x2

{{NAME:Renee}} - {{NAME:Dale}} (MRN {{MRN:20-4481-7}}) missed INR checks {{DATE:1/31}} and {{DATE:2/6}}. Last INR 3.4 on {{DATE:1/24}} on warfarin 5 mg daily except 2.5 mg Mon/Fri. Please call him or the wife and find out what's going on. No bleeding per last note. Thx, {{NAME:SA}}`,

  `SecureChat export - thread "5 West / bed 12" - exported {{DATE:03/22/2024 07:05}} by {{NAME:hgreer}}
[{{DATE:03/21/2024 22:14}}] {{NAME:Hannah Greer}} RN: 5W-12 mr {{NAME:szymanski}} is more confused, pulled at his PIV again
[22:15] {{NAME:Hannah Greer}} RN: CIWA 14, last ativan 1 mg at 2030. BP 168/94 HR 112
[{{DATE:03/21/2024 22:19}}] Dr. {{NAME:Oluwaseun Adeyemi}} (nights): coming up. is his wife still here?
[22:20] {{NAME:Hannah Greer}} RN: no, {{NAME:Bozena}} left around 2100, her cell on the whiteboard {{PHONE:773-555-0126}}
[22:31] Dr. {{NAME:Oluwaseun Adeyemi}} (nights): seen. give lorazepam 2 mg IV now, recheck CIWA in 1h, 1:1 sitter if available
[22:33] {{NAME:Hannah Greer}} RN: sitter {{NAME:Marisol}} from 6 North can come at 2300
[23:40] {{NAME:Hannah Greer}} RN: CIWA 8, sleeping. Babinski neg per you?
[23:42] Dr. {{NAME:Oluwaseun Adeyemi}} (nights): yes downgoing bilat. pls call {{NAME:Bozena}} in am, dr {{NAME:farrokh}} (GI) to see him re: varices
[{{DATE:03/22/2024 06:50}}] {{NAME:Hannah Greer}} RN: wife updated, coming 10am. handing off to {{NAME:Tess}}
-- end of thread (10 messages) -- retention 7 years per policy`,

  `EXPLANATION OF BENEFITS - THIS IS NOT A BILL
Summit Valley Health Plan  Member Services 1-800-555-0199 (TTY 711)
Statement date: {{DATE:April 12, 2024}}
Member: {{NAME:JOSEPH T KOWALCZYK}}   Member ID: {{HEALTH_PLAN:SVH90044718201}}   Group: 00417 ({{FACILITY:Tri-County Schools}})
Patient: {{NAME:EMMA KOWALCZYK}} (dependent, 01)   Claim #: {{ACCOUNT:2024-0318-77120}}
Provider: {{FACILITY:NORTH RIDGE PEDIATRIC URGENT CARE}}   Patient acct: {{ACCOUNT:NR-558107}}

Svc date     Code    Description                 Billed    Allowed  Plan paid  You owe
{{DATE:03/09/2024}}   99214   Office visit est, mod      $212.00   $141.30   $113.04    $28.26
{{DATE:03/09/2024}}   87880   Strep A rapid antigen       $48.00    $17.72    $17.72     $0.00
{{DATE:03/09/2024}}   94640   Nebulizer treatment         $65.00    $22.10    $17.68     $4.42
Totals                                                $325.00   $181.12   $148.44    $32.68

Remark N130: Consult plan benefit documents. Deductible met to date: $750.00 of $1,500.00.
Your provider may bill you up to the "You owe" amount. If you disagree with this decision you may appeal within 180 days of {{DATE:April 12, 2024}}; write to Appeals Unit, Summit Valley Health Plan, or call the number above. Mail to: {{NAME:JOSEPH T KOWALCZYK}}, {{ADDRESS:71 CHESTNUT LN}}, {{LOCATION:MEDIA}} PA {{ZIP:19063-4412}}`,

  `{{FACILITY:Harbor Point Orthopaedic Group}}
{{ADDRESS:1200 Waterfront Pkwy, Suite 310}}, {{LOCATION:Portland}}, ME {{ZIP:04101}}  Tel {{PHONE:207-555-0152}}  Fax {{FAX:207-555-0153}}

{{DATE:May 6, 2024}}

Pine State Health - Utilization Review Appeals
RE: Expedited appeal of denial, MRI lumbar spine without contrast (CPT 72148)
Patient: {{NAME:Theresa Gagnon-Blais}}   DOB: {{DATE:10/02/1966}}   Member ID: {{HEALTH_PLAN:PSH-770291-03}}
Denial reference: {{ID:UR24-118830}}   Date of denial: {{DATE:04/29/2024}}

To the reviewing physician:
I am writing on behalf of my patient, Ms. {{NAME:Gagnon-Blais}}, a 57 year old school bus driver for {{FACILITY:Cumberland Regional School Unit}}, to appeal the denial of a lumbar MRI as "not medically necessary, conservative care not completed." She completed 8 weeks of physical therapy at {{FACILITY:Back Cove PT}} (12 visits, {{DATE:02/26/2024}} through {{DATE:04/19/2024}}), a Medrol dosepak, and naproxen 500 mg BID. Since {{DATE:4/22}} she has new left foot drop (EHL 3/5), absent left Achilles reflex and a positive straight leg raise at 30 degrees. These are red flags under your own criteria. She cannot drive her route and is on unpaid leave.
Please reverse this denial. I can be reached for a peer-to-peer at {{PHONE:207-555-0152}} ext {{PHONE:4417}}.

Sincerely,
{{NAME:Ana-Lucia Ferreira}}, MD, Orthopaedic Spine Surgery   NPI {{LICENSE:1457390228}}
cc: patient; Dr. {{NAME:Phil Moody}} (PCP)`,

  `PATIENT PRESCRIPTION HISTORY - {{FACILITY:Corner Drug of Millbrook}} #2   NCPDP 1489022
Printed {{DATE:06/03/2024 14:12}} by {{NAME:jle}}   for: insurance audit / pt request
Patient: {{NAME:VASQUEZ-ORTIZ, RAMON}}   DOB {{DATE:08/15/1950}}   Ph {{PHONE:(845) 555-0108}}
Addr: {{ADDRESS:9 Quarry Hill Ct}}, {{LOCATION:Millbrook}} NY {{ZIP:12545}}   Allergies: PCN (rash), sulfa

Filled      Rx#        Drug / strength                 Qty  DS  Prescriber            DEA
{{DATE:03/04/24}}    {{ID:6620417}}    METFORMIN ER 500MG TAB          120  30  {{NAME:PATEL, NIKHIL}}        {{LICENSE:BP4419026}}
{{DATE:03/04/24}}    {{ID:6620418}}    LISINOPRIL 20MG TAB              30  30  {{NAME:PATEL, NIKHIL}}        {{LICENSE:BP4419026}}
{{DATE:03/29/24}}    {{ID:6631150}}    TAMSULOSIN 0.4MG CAP             30  30  {{NAME:GREENE, ABIGAIL R}}    {{LICENSE:BG7730154}}
{{DATE:04/02/24}}    {{ID:6620417}}-R1 METFORMIN ER 500MG TAB          120  30  {{NAME:PATEL, NIKHIL}}        {{LICENSE:BP4419026}}
{{DATE:04/17/24}}    {{ID:6640982}}    OXYCODONE-APAP 5-325 TAB         12   3  {{NAME:GREENE, ABIGAIL R}}    {{LICENSE:BG7730154}}
{{DATE:05/01/24}}    {{ID:6620418}}-R1 LISINOPRIL 20MG TAB              30  30  {{NAME:PATEL, NIKHIL}}        {{LICENSE:BP4419026}}
NDC 00093-7214-01 (metformin ER); lot 7L21A exp 11/2025
Comments: pt picks up Thursdays; son {{NAME:Hector}} authorized ({{PHONE:845-555-0109}}). Oxycodone after cystoscopy {{DATE:4/16}} at {{FACILITY:Dutchess Valley Urology}}.`,

  `{{FACILITY:TRI-VALLEY AMBULANCE SERVICE}} - PATIENT CARE REPORT (PCR)   Incident # {{ID:24-011873}}   Unit: Medic 7
Date: {{DATE:02/17/2024}}   Disp 0612  Enrt 0613  OnSc 0621  PtCt 0623  Trans 0641  AtDest 0658
Scene: {{ADDRESS:3325 Old Mill Rd}}, {{LOCATION:Red Lodge}} MT   (private residence, icy steps)
Pt: {{NAME:Eldon Ray Fischbach}}   DOB {{DATE:11/30/1932}}   Age {{AGE:91}}   Sex M   Wt 70 kg
CC: fall, R hip pain.  HPI: pt found by neighbor {{NAME:Shirley Holm}} ({{PHONE:406-555-0137}}) at approx 0545 on back steps, unable to get up, unknown down time, ? LOC. Wife deceased; lives alone with a dog. PMH CHF, AFib on warfarin, T2DM, prostate CA.
Assessment: GCS 14 (E4V4M6), R leg shortened/externally rotated, pedal pulses present. Skin cold. BGL 142. 12-lead AFib 88 no STE. Temp 94.8 F tympanic.
Tx: c-collar not indicated per NEXUS, scoop to stretcher, pelvic binder not indicated, fentanyl 50 mcg IN 0630 (pain 9 -> 5), warm blankets, heat packs.
Dest: {{FACILITY:Beartooth Valley Hospital}} ED, report to RN {{NAME:Cody}}. Belongings: wallet, hearing aids (L/R), cell phone given to ED. Neighbor keeping dog.
Crew: {{NAME:T. Mahoney}} AEMT #{{LICENSE:A-20417}}, {{NAME:J. Redcloud}} Paramedic #{{LICENSE:P-11862}}
Pt signed? No - unable, crew signature, witness {{NAME:Shirley Holm}}.`,

  `DEATH CERTIFICATE WORKSHEET (for physician/funeral director use - not the legal record)
Decedent: {{NAME:Ingrid Solveig Haugen}}   Sex F   SSN {{SSN:517-40-8826}}
Date of birth {{DATE:01/09/1929}}   Age {{AGE:95}}   Birthplace: {{LOCATION:Bergen}}, Norway
Date of death {{DATE:03/30/2024}}   Time pronounced 0415   Place: nursing home - {{FACILITY:Lutheran Home of Fergus Falls}}
Residence: {{ADDRESS:212 N Mill St}}, {{LOCATION:Fergus Falls}}, {{LOCATION:Otter Tail County}}, MN {{ZIP:56537}}
Marital: widowed. Spouse: {{NAME:Arne Haugen}} (predeceased). Usual occupation: teacher, {{FACILITY:Fergus Falls Public Schools}}, 31 yrs.
Father: {{NAME:Olav Bakke}}   Mother (maiden): {{NAME:Kari Lindstad}}
Informant: {{NAME:Britt Haugen-Moe}}, daughter, {{PHONE:218-555-0144}}
Funeral home: {{FACILITY:Olson-Bergquist Funeral Chapel}}   Disposition: burial
Part I  a) Aspiration pneumonia (days)  b) Dysphagia (months)  c) Alzheimer disease, late onset (years)
Part II  Atrial fibrillation; chronic kidney disease stage 3
Manner: Natural. Autopsy: no. ME notified: no. Tobacco contributed: no.
Certifier: {{NAME:Mark Thorsgaard}}, MD, license MN {{LICENSE:41877}}   attending since {{DATE:2019-06-11}}
Worksheet completed {{DATE:3/30/24}} {{NAME:mt}}. State file no. (leave blank, assigned by MN Office of Vital Records)`,

  `{{FACILITY:Cascade Forensic Evaluation Services}}, PLLC
{{ADDRESS:400 Pine St, Suite 900}}, {{LOCATION:Tacoma}}, WA {{ZIP:98402}}   {{PHONE:253-555-0190}}

{{DATE:January 19, 2024}}

The Honorable {{NAME:Miriam Okonjo-Hale}}
{{LOCATION:Pierce County}} Superior Court, Dept. 14
RE: State of Washington v. {{NAME:Darnell Q. Whitfield}}   Cause No. {{ID:23-1-04418-6}}
Court-ordered evaluation of competency to stand trial (RCW 10.77.060), order dated {{DATE:12/28/2023}}

Your Honor,
Pursuant to the court's order I evaluated Mr. {{NAME:Whitfield}} (DOB {{DATE:04/03/1989}}, booking no. {{ID:2023-118204}}) on {{DATE:January 11, 2024}} for 2.5 hours in a legal visiting room at the {{FACILITY:Pierce County Jail}}. Defense counsel, {{NAME:Jacob Lindahl}} (WSBA {{LICENSE:48812}}), was notified and did not attend. Records reviewed: jail medical file, prior evaluation by Dr. {{NAME:Sun-Hee Park}} (2021 report was not available), and records from {{FACILITY:Western Sound Behavioral Health}} where he was hospitalized {{DATE:6/2-6/19/2022}}.
Mr. {{NAME:Whitfield}} is a 34 year old man with schizoaffective disorder, bipolar type. He has taken olanzapine 15 mg nightly since {{DATE:12/30}}. He correctly named the charge (Assault 2), the roles of the judge, prosecutor and his attorney, and said "{{NAME:Lindahl}}'s on my side, he wants me home." MMSE 28/30. No evidence of malingering on the M-FAST (score 2).
Opinion: Mr. {{NAME:Whitfield}} currently has the capacity to understand the proceedings and to assist in his defense.

{{NAME:Rebecca S. Thornquist}}, PhD, ABPP   WA Psychologist lic. {{LICENSE:PY 60281455}}`,

  `{{FACILITY:Clinica Comunitaria del Valle}} - Nota de consulta
Paciente: {{NAME:Guadalupe Herrera Montes}}   Fecha de nacimiento: {{DATE:12 de agosto de 1961}}   Expediente: {{MRN:CCV-004412}}
Fecha de la visita: {{DATE:lunes 4 de marzo de 2024}}   Intérprete: no necesario (médica bilingüe)
Motivo: control de diabetes e hipertensión; "me duelen los pies en la noche".
Doña {{NAME:Guadalupe}} trabaja limpiando oficinas para {{FACILITY:Brightline Janitorial}} en el turno de noche. Vive con su hija {{NAME:Yesenia}} y dos nietos en {{LOCATION:Salinas}}. Dice que no ha tomado la metformina desde el {{DATE:15 de febrero}} porque se le acabó y la farmacia ({{FACILITY:Farmacia San Rafael}}) no le quiso surtir sin receta nueva.
Signos: TA 152/88, FC 76, peso 81 kg, IMC 33.4. Monofilamento: sensibilidad disminuida en ambos pies. Pulsos pedios presentes. Sin úlceras.
Laboratorio ({{DATE:26/02/2024}}): HbA1c 9.4 %, creatinina 0.9, TFG >60, microalbuminuria 64 mg/g.
Plan: reiniciar metformina 1000 mg dos veces al día, agregar empagliflozina 10 mg, losartán 50 mg diario. Gabapentina 100 mg en la noche para neuropatía. Referencia a podología con el Dr. {{NAME:Iñaki Etxeberria}}. Cita en 6 semanas, el {{DATE:15 de abril de 2024}}.
Teléfono de la hija: {{PHONE:831-555-0124}}.
Dra. {{NAME:Marisela Bautista}} / {{NAME:mb}}`,

  `{{FACILITY:Shoreline Regional Medical Center}} - Emergency Department - Visitor/International patient
Pt: {{NAME:Fiona McAllister}}   DOB {{DATE:23/06/1978}} (pt gives day-first; = {{DATE:June 23 1978}})   ED MRN {{MRN:E00912254}}
Home: {{ADDRESS:14 Braid Crescent}}, {{LOCATION:Edinburgh}} {{ZIP:EH10 6AE}}, United Kingdom
NHS (Scotland) CHI no. {{ID:2306781462}}   Travel insurer: Thistle Assist, policy {{HEALTH_PLAN:TA-88120477}}
GP: Dr. {{NAME:Ewan Rutherford}}, {{FACILITY:Morningside Medical Practice}}, tel {{PHONE:+44 131 555 0190}}
Arrived {{DATE:09/07/2024 21:40}} (US: {{DATE:Sept 7}}) by taxi from her hotel with husband {{NAME:Alasdair}}.
HPI: 46 y/o F, on day 5 of a cruise/rail holiday, with L calf swelling and pleuritic chest pain since the flight from {{LOCATION:Glasgow}} on {{DATE:03/09/2024}}. On combined OCP (Microgynon 30). No prior VTE. Wells score 6.
Exam: HR 108, SpO2 94% RA, L calf 3 cm larger than R. Homans not tested.
CTA chest: segmental PE RLL, no RV strain. Troponin <6, BNP 42.
Plan: apixaban 10 mg BD x7 days then 5 mg BD; stop OCP; letter for GP and a copy for her to carry; fit to fly per airline medical once 48h stable. Husband's mobile {{PHONE:+44 7700 555 0148}}.
She asked that records be emailed to {{EMAIL:fiona.mcallister78@btinternet.co.uk}}.
Dr. {{NAME:Kwabena Asante}}, attending`,

  `***SCANNED DOCUMENT - OCR TEXT - MAY CONTAIN ERRORS***   pg 1 of 2   src: outside records (faxed)
{{FACILITY:ST. ANSELM'S MERCY H0SPITAL}} DlSCHARGE SUMMARY
Pt name: {{NAME:B0URGEOIS, CLAUDETTE M}}  MR#: {{MRN:0O5517 2}}  Acct: {{ACCOUNT:9O2214 0583}}
Adm: {{DATE:1l/O2/2O23}}  Dis: {{DATE:11/O9/2023}}  Attending: {{NAME:R. VanderMeer}}, D0
PCP: {{NAME:Fe1icia Tran}}, NP - {{FACILITY:Bayou Teche Fami1y Hea1th}}

DlAGN0SES: 1. Acute 0n chronic systo1ic heart fai1ure (EF 25%) 2. AKl 0n CKD 3b 3. Hyp0kalemia
H0SPITAL C0URSE: Mrs. {{NAME:B0urge0is}} is a 71 y0 w0man admitted with 12 1b weight gain and 0rth0pnea after running 0ut 0f furosemide. She was diuresed with IV Lasix 80 mg BlD with net -9.1 L. Creatinine peaked 2.4 0n {{DATE:11/O4}} then 1.7 at discharge. Echo {{DATE:11/O3/23}} EF 25%, m0derate MR. Cardi0l0gy (Dr. {{NAME:Abdelrahman}}) rec0mmends ICD eva1uati0n after 90 days 0f GDMT. Her ni ece {{NAME:Ange1ique}} (ph {{PHONE:337-555-01 62}}) will he1p with meds.
DISCHARGE MEDS: furosemide 40 mg PO BlD, sacubitri1/va1sartan 24/26 mg BID, metop0l0l succinate 25 mg, spir0n0lact0ne 12.5 mg, KCl 20 mEq.
F/U: {{NAME:Tran}} NP in 1 wk; HF c1inic {{DATE:11/2 1/23}} 1O:3O.
Dictated {{NAME:RVM}}/{{NAME:ks}}  {{DATE:11/O9/2O23 16:2O}}  Job# {{ID:7730412}}`,

  `MSH|^~\\&|SUNQUEST|{{FACILITY:HIGH DESERT REG LAB}}|CERNER|{{FACILITY:HDMC}}|{{DATE:202405140618}}||ORU^R01|{{ID:HDL0514-00291}}|P|2.3
PID|||{{MRN:HD00448172}}||{{NAME:YAZZIE}}^{{NAME:CHARLENE}}^{{NAME:R}}||{{DATE:19890307}}|F|||{{ADDRESS:HC 61 BOX 1182}}^^{{LOCATION:SHIPROCK}}^NM^{{ZIP:87420}}||{{PHONE:505-555-0114}}
PV1||E|{{FACILITY:HDMC ED}}^RM09^A||||{{LICENSE:1336158874}}^{{NAME:MORALES}}^{{NAME:DIEGO}}^^^MD
ORC|RE|{{ID:ORD7731059}}|{{ID:HDL24135-0044}}
OBR|1|{{ID:ORD7731059}}|{{ID:HDL24135-0044}}|CBC^COMPLETE BLOOD COUNT|||{{DATE:202405140541}}|||||||{{DATE:202405140552}}|BLD|{{LICENSE:1336158874}}^{{NAME:MORALES}}^{{NAME:DIEGO}}
OBX|1|NM|6690-2^WBC^LN||18.4|10*3/uL|4.0-11.0|H|||F
OBX|2|NM|718-7^HGB^LN||7.9|g/dL|12.0-16.0|L|||F
OBX|3|NM|777-3^PLT^LN||96|10*3/uL|150-400|L|||F
OBX|4|TX|CMT^COMMENT||Critical HGB called to {{NAME:T. BITSUI}} RN at 0617 {{DATE:05/14/2024}}, read back verified by {{NAME:lmc}}||||||F
NTE|1||Specimen slightly hemolyzed; smear sent to pathologist Dr. {{NAME:Ortega}}.`,

  `appt_export_{{DATE:20240610}}.tsv   (pasted into note by {{NAME:dwallace}} for no-show outreach)
appt_dt	dept	pt_name	mrn	phone	provider	status	comment
{{DATE:2024-06-03 08:20}}	{{FACILITY:RIVERBEND PEDS}}	{{NAME:Tran, Bao Anh}}	{{MRN:RB77140}}	{{PHONE:612-555-0131}}	{{NAME:Haddad}}	NOSHOW	2nd no-show, mom works days
{{DATE:2024-06-03 09:40}}	{{FACILITY:RIVERBEND PEDS}}	{{NAME:Abdi, Hodan}}	{{MRN:RB80552}}	{{PHONE:612-555-0145}}	{{NAME:Haddad}}	NOSHOW	needs Somali interp
{{DATE:2024-06-04 13:00}}	{{FACILITY:RIVERBEND OB}}	{{NAME:Lindgren, Kaia}}	{{MRN:RB61203}}	{{PHONE:763-555-0119}}	{{NAME:Okafor-Reyes}}	CANC	rescheduled {{DATE:6/11}}
{{DATE:2024-06-05 10:15}}	{{FACILITY:RIVERBEND PEDS}}	{{NAME:Mendoza, Luis}}	{{MRN:RB77999}}	{{PHONE:612-555-0166}}	{{NAME:Haddad}}	NOSHOW	WCC 4 yr; shots due
{{DATE:2024-06-07 15:30}}	{{FACILITY:RIVERBEND FM}}	{{NAME:Kowalski, Irene}}	{{MRN:RB10044}}	{{PHONE:651-555-0102}}	{{NAME:Strand}}	NOSHOW	{{AGE:93}}yo, daughter {{NAME:Pam}} schedules
Outreach: letters mailed Friday; {{NAME:Hodan}}'s family reached via interpreter line, new appt Monday.`,

  `================ {{FACILITY:MERIDIAN REFERENCE LABORATORY}} - CUMULATIVE REPORT ================
Patient.: {{NAME:OKONKWO, CHIDINMA}}          Sex: F   DOB: {{DATE:14-Feb-1984}}   Age: 40Y
MRN.....: {{MRN:ML-2093317}}                  Loc: {{FACILITY:ONCOLOGY INFUSION - WEXLER PAVILION}} CH-14
Acc#....: {{ID:M24-0412-00877}}              Ordering: {{NAME:FEINSTEIN, AARON}} MD   Copy to: {{NAME:DELGADO, ROSA}} NP
Collected: {{DATE:12-Apr-2024 07:55}}         Received: {{DATE:12-Apr-2024 08:31}}    Reported: {{DATE:12-Apr-2024 09:48}}
---------------------------------------------------------------------------------------
TEST                  {{DATE:29-MAR}}   {{DATE:05-APR}}   {{DATE:12-APR}}   UNITS      REF RANGE
WBC                    3.1      2.2 L    1.4 L   K/uL       4.0-10.5
ANC                    1.9      1.1 L    0.6 LL  K/uL       1.8-7.7
HGB                   10.4 L    9.8 L    9.1 L   g/dL       11.5-15.5
PLT                    188      141 L     97 L   K/uL       150-400
CREAT                 0.78     0.81     0.92     mg/dL      0.50-1.10
ALT                     22       31       58 H   U/L        7-45
---------------------------------------------------------------------------------------
** ANC 0.6 CRITICAL - called to {{NAME:J. Ostrowski}} RN {{DATE:12-Apr-2024 09:52}} by {{NAME:PMV}} **
Cycle C4D1 of FOLFOX held per protocol; see NCI trial NCT04412233 eligibility notes.
Lab director: {{NAME:Harriet Kimura}}, MD   CLIA 05D2141187   {{ADDRESS:77 Research Blvd}}, {{LOCATION:Fremont}} CA {{ZIP:94538}}
Page 1 of 1  printed {{DATE:12-Apr-2024 10:03}} at PRN-ONC-2`,

  `From: {{NAME:Angela Brightwater}} <{{EMAIL:abrightwater@lakeshoreisd.org}}>
Sent: {{DATE:Tuesday, October 15, 2024 11:26 AM}}
To: Pediatrics Nurse Line <{{EMAIL:pednurse@oakhollowpeds.com}}>
Subject: FW: Seizure at school today - {{NAME:Mason K}}. (3rd grade)

Hello, I'm the school nurse at {{FACILITY:Harborview Elementary}}. Forwarding the teacher's note below with parent permission (release on file, signed by {{NAME:Dana Kessler}} {{DATE:9/3/24}}). Mom asked that Dr. {{NAME:Oyelowo}} see it before his appointment Thursday.
{{NAME:Angela Brightwater}}, RN, NCSN  |  {{PHONE:616-555-0128}} ext {{PHONE:206}}

---------- Forwarded message ---------
From: {{NAME:Tom Reyes}} <{{EMAIL:treyes@lakeshoreisd.org}}>
Date: {{DATE:Tue, Oct 15, 2024 at 10:02 AM}}
Subject: Seizure at school today

{{NAME:Angela}}, at 9:35 during reading group {{NAME:Mason Kessler}} stared off and stopped responding, then his right arm jerked for maybe 40 seconds. He was sleepy after and didn't remember. I timed it on my phone. Rescue meds were not given (none on file). Mom picked him up at 10:15. He's had "spacing out" spells since spring per his para, Ms. {{NAME:Lupe}}.
- {{NAME:Tom}}`,

  `Teams chat - "Gen Med Team B ({{NAME:Ortiz}})" - exported for M&M review by {{NAME:cgallagher}} on {{DATE:2024-02-05}}
[{{DATE:2/2/2024 3:12 AM}}] {{NAME:Priyanka Venkataraman}} (PGY2): pt in 1142 {{NAME:harlan}} just had 300 cc bright red hematemesis, BP 82/50, HR 128
[{{DATE:2/2/2024 3:13 AM}}] {{NAME:Priyanka Venkataraman}} (PGY2): 2 large bore IVs in, type and cross 4u sent, protonix 80 bolus
[{{DATE:2/2/2024 3:15 AM}}] {{NAME:Luis Ortiz}} (attending): call rapid response and GI fellow now. is he still on the heparin gtt?
[{{DATE:2/2/2024 3:15 AM}}] {{NAME:Priyanka Venkataraman}} (PGY2): held at 0250. Glasgow-Blatchford 14
[{{DATE:2/2/2024 3:20 AM}}] {{NAME:Luis Ortiz}} (attending): start octreotide, ceftriaxone 1 g. let mrs {{NAME:harlan}} know, the number in chart is old, try the son {{NAME:Wade}}
[{{DATE:2/2/2024 3:41 AM}}] {{NAME:Priyanka Venkataraman}} (PGY2): GI (Dr {{NAME:Feng}}) scoping at bedside 0400, moving to MICU bed 6. son {{NAME:Wade Harlan}} reached at {{PHONE:319-555-0157}}
[{{DATE:2/2/2024 6:58 AM}}] {{NAME:Luis Ortiz}} (attending): thanks for good work overnight. EGD: large esophageal varices, banded x4.`,

  `{{DATE:July 22, 2024}}

Medicare Part D Redetermination - Sunwise Rx Plan (PDP)
Attn: Appeals Dept.

RE: Request for redetermination, tafamidis 61 mg capsule
Enrollee: {{NAME:Harold E. Bixby}}   Medicare Beneficiary Identifier: {{HEALTH_PLAN:4TK9-QP2-XM71}}   Plan member #: {{HEALTH_PLAN:SWR0038817425}}
Coverage determination no.: {{ID:CD-2024-0611-0449}} (denied {{DATE:07/11/2024}})

I am Mr. {{NAME:Bixby}}'s cardiologist at {{FACILITY:Blue Ridge Heart & Vascular}}. He is a 78 year old retired machinist from {{LOCATION:Boone}}, North Carolina with transthyretin amyloid cardiomyopathy (wild type), confirmed by technetium pyrophosphate scan ({{DATE:03/14/2024}}, grade 3, H/CL ratio 1.8) and negative serum/urine immunofixation and free light chains. Genetic testing ({{FACILITY:Coastal Genomics Lab}}, report {{ID:CG-55210}}) showed no TTR variant. NYHA class II. There is no formulary alternative for this indication; the denial cited "step therapy with diflunisal," which is not FDA-approved for ATTR-CM and is contraindicated with his CKD 3b (eGFR 38).
Please expedite; delay risks hospitalization.

{{NAME:Yolanda Pritchett-Moore}}, MD, FACC   NPI {{LICENSE:1093847716}}
{{ADDRESS:88 Medical Park Dr}}, {{LOCATION:Boone}}, NC {{ZIP:28607}}   Ph {{PHONE:828-555-0172}}  Fax {{FAX:828-555-0173}}`,

  `{{FACILITY:Hospital Infantil San Judas del Norte}} (sede {{LOCATION:El Paso}}) - INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS
Paciente: {{NAME:Santiago Ibarra Quintero}}   Edad: 3 años   Expediente {{MRN:SJN-8841207}}   Cuarto 412-B
Ingreso: {{DATE:viernes 7 de junio de 2024}}   Alta: {{DATE:10 de junio de 2024}}   Médico: Dra. {{NAME:Lucía Ferrán}}
Diagnóstico: bronquiolitis / neumonía por VSR (RSV). Oxígeno suspendido el {{DATE:9 de junio}} a las 14:00.

Para la mamá, Sra. {{NAME:Araceli Quintero}}:
- Dar salbutamol (albuterol) 2 disparos con espaciador cada 4 horas si tiene silbido, por 5 días.
- Lavados nasales con suero salino y aspirador antes de comer y dormir.
- Regresar a urgencias si respira rápido (más de 50 por minuto), se le hunden las costillas, labios morados, o no orina en 8 horas.
- No guardería hasta el {{DATE:17/06/2024}}. La guardería ({{FACILITY:Estancia Infantil Pasitos}}) puede llamar a la clínica.
Cita de seguimiento: con su pediatra, el Dr. {{NAME:Efrén Saldívar}}, {{FACILITY:Clínica Familiar Montana}}, el {{DATE:jueves 13 de junio}} a las 9:30. Tel. {{PHONE:915-555-0183}}.
Papá ({{NAME:Rodrigo Ibarra}}) trabaja en {{LOCATION:Ciudad Juárez}}; la mamá pidió copia en inglés para él también.
Interpretación: {{NAME:Mayra}} (intérprete #{{ID:4471}}) - instrucciones repetidas por la madre (teach-back) sin errores.
Firma enfermera: {{NAME:R. Cisneros}}, RN   {{DATE:10/06/2024 11:50}}`,

  `{{FACILITY:Desert Sky Urgent Care}} - visitor from Australia
Name: {{NAME:Liam O'Sullivan-Nguyen}}   DOB {{DATE:04/11/1995}} (written by pt as {{DATE:4/11/95}} = {{DATE:4 Nov 1995}})   Chart {{MRN:DSU-331902}}
Home address: {{ADDRESS:27 Jacaranda St}}, {{LOCATION:Paddington}} QLD {{ZIP:4064}}, Australia
Medicare card {{HEALTH_PLAN:2953 71648 2}} (not accepted here; self-pay + travel policy {{HEALTH_PLAN:WNM-0088412}})
Local: staying at {{FACILITY:Saguaro Springs Resort}}, room 2214, until {{DATE:19/03/2024}}. Mobile (AU) {{PHONE:+61 412 555 017}}.
Seen {{DATE:14/03/2024}} (= {{DATE:3/14/24}}) 16:05. 28 y/o M, hiking {{LOCATION:Camelback Mountain}} yesterday in 34 C heat, dizzy, cramps, dark urine. No syncope. Drank 1.5 L total. Took ibuprofen 400 mg x3.
Exam: HR 104, BP 102/64 orthostatic drop 18, mucosa dry. CK 6,840 U/L, Cr 1.6 (baseline unknown), UA large blood, 0-2 RBC.
Assessment: exertional rhabdomyolysis with AKI and volume depletion.
Plan: transferred to {{FACILITY:Valley Baptist Scottsdale}} ED by private car with friend {{NAME:Jarrah Walsh}} for IV fluids and trend CK; report called to Dr. {{NAME:Mendelsohn}}. No NSAIDs. Copy of visit to pt email {{EMAIL:liam.osn95@bigpond.com}} and to GP Dr. {{NAME:Priya Lal}}, {{FACILITY:Red Hill Family Practice}}, {{LOCATION:Brisbane}} fax {{FAX:+61 7 555 0144}}.
{{NAME:K. Dominguez}}, PA-C`,

  `**OCR - incoming fax 2 pages - queue PHARM-PA - confidence 71%**
{{FACILITY:HILLCREST C0MMUNITY PHARMACY}}  {{ADDRESS:5O5 E Mai n St}}  {{LOCATION:Co1umbia}} M0 {{ZIP:652O1}}
Ph {{PHONE:573-555-0l55}}  Fx {{FAX:573-555-0l56}}   NCPDP 2619934
Date: {{DATE:O8/O5/2O24}}   T0: Dr. {{NAME:Marcus Ad eyemi-Cole}}   Fax {{FAX:573-555-O188}}
RE: PRI0R AUTH / REFILL T00 S00N - Pt {{NAME:KL0TZ, DENNIS W}}  D0B {{DATE:O2/l9/1963}}
Rx# {{ID:48812O7}}  bupren0rphine/na1oxone 8-2 mg fi1m, #56 (28 DS), last fi11ed {{DATE:O7/22/24}}
lns: M0 HealthNet Medicaid  lD {{HEALTH_PLAN:M1O0447182}}  rejected code 79 (refi11 too s0on, 57%)
Pt states his fi1ms were st0len fr0m his truck at w0rk ({{FACILITY:Tiger Line Freight}}) on {{DATE:8/3}}; he has a p0lice report #{{ID:CPD24-O18833}}. Pt has been stab1e 14 m0nths, UDS c0nsistent per your 0ffice.
Please ca11 or fax: 0K to 0verride with ear1y fill (Y / N) ______  qty _____
Prescriber DEA {{LICENSE:FA3381907}}  X-waiver n/a
Pharmacist: {{NAME:Tamsin Okafor}}, PharmD  ({{NAME:tok}})
---- page 2 of 2: copy of prescripti0n, signature illegib1e ----
"{{NAME:Dennis K1otz}}  {{ADDRESS:1822 Rang eline Rd}}  Suboxone 8/2 1 fi1m BID #56 RF0 - {{NAME:M Adeyemi-C0le}} {{DATE:7/22/24}}"`,

  `INTERFACILITY TRANSFER - CRITICAL CARE TRANSPORT RUN SHEET
Agency: {{FACILITY:LifeStar Critical Care Transport}}   Run # {{ID:CCT-24-05521}}   Unit: LS-3 (Type III)
Date {{DATE:11/02/2024}}   Call rcvd 1342   At sending 1418   Depart 1451   Arrive 1649
From: {{FACILITY:Panhandle Community Hospital}}, ICU bed 2, {{LOCATION:Guymon}} OK -> To: {{FACILITY:Plains University Medical Center}} CVICU, {{LOCATION:Amarillo}} TX
Sending MD: Dr. {{NAME:Feliz Aguirre}}   Accepting MD: Dr. {{NAME:Nathaniel Obi}}   Transfer center ref {{ID:TC-118402}}
Pt: {{NAME:Rosalind Vance}}   {{DATE:06/19/1957}}   67 F   75 kg   Code: Full   POA: husband {{NAME:Curtis Vance}} {{PHONE:580-555-0139}}
Dx: inferior STEMI s/p lytics (TNK 1320) with persistent STE, cardiogenic shock.
Drips: norepinephrine 12 mcg/min, heparin 12 u/kg/h, amiodarone 1 mg/min. Vent: AC 450/16/PEEP 8/FiO2 60%.
Events: 1530 VT x 20 sec self-terminated, amio bolus 150 mg. 1602 MAP 58 -> norepi to 16 mcg/min.
Devices: IABP not placed; Zoll X Series monitor S/N {{DEVICE:AR21H044781}}; Alaris pump channels A-C.
Crew: RN {{NAME:Haley Two Bulls}}, FP-C {{NAME:Marco Silvestri}}. Pilot n/a (ground; weather).
Handoff to CVICU RN {{NAME:Adaeze}} 1655; family driving separately, ETA 1900.`,

  `{{LOCATION:CUYAHOGA COUNTY}} MEDICAL EXAMINER - DEATH INVESTIGATION WORKSHEET
ME Case # {{ID:ME-2024-01877}}   Investigator: {{NAME:D. Kasprzak}}   Reported by: RN {{NAME:Tanya Bell}}, {{FACILITY:Lakeview Grace Hospital}} ED
Decedent: {{NAME:Terrence Alan Moody}}   AKA "{{NAME:T-Bone}}"   DOB {{DATE:08/08/1968}}   Age 55   SSN {{SSN:282-66-0914}}
Last known address: {{ADDRESS:3418 W 54th St, Upper}}, {{LOCATION:Cleveland}} OH {{ZIP:44102}}
Date/time of death: {{DATE:04/27/2024 02:36}} (pronounced ED)   Found: {{DATE:04/27/2024 01:50}} by roommate {{NAME:Kevin Barnes}}
Place of injury: residence, bathroom floor. Naloxone 4 mg IN x2 by EMS, ROSC not achieved.
History: OUD, prior nonfatal OD {{DATE:12/2023}} ({{FACILITY:MetroWest Behavioral}} records requested). Employer: {{FACILITY:Forest City Auto Body}}.
Scene: syringe, spoon, blue powder residue; phone seized. Vehicle in drive, Ohio plate {{VEHICLE:JKR 4471}}, released to family.
NOK: sister {{NAME:Denise Moody-Carter}}, {{ADDRESS:77 Orchard Ln}}, {{LOCATION:Parma}}, notified {{DATE:4/27}} 0705 by phone {{PHONE:216-555-0193}}.
Tox pending (fentanyl/xylazine panel). Autopsy: external exam + tox only per Dr. {{NAME:Ifeoma Chukwu}}, Deputy ME.
Funeral home on release: {{FACILITY:Wojcik & Sons Funeral Home}}.
Preliminary cause: acute combined drug toxicity (pending). Manner: pending.`,

  `{{FACILITY:Northfield Family Court Services}} - Custody Evaluation (court-ordered), CONFIDENTIAL
In re the Marriage of {{NAME:Brandon J. Escalante}} and {{NAME:Kimberly A. Escalante}}   Case No. {{ID:FL-22-003918}}
Ordered by: Commissioner {{NAME:Olivia Stanhope}}, {{DATE:September 5, 2023}}   Report date: {{DATE:December 1, 2023}}
Children: {{NAME:Aiden}} (age 9) and {{NAME:Sophie}} (age 6), both at {{FACILITY:Lincoln Park Elementary}}.

Sources: interviews with Mr. {{NAME:Escalante}} ({{DATE:10/03}}, {{DATE:10/17}}), Ms. {{NAME:Escalante}} ({{DATE:10/05}}, {{DATE:10/19}}); home visits to {{ADDRESS:1109 Ridgecrest Dr}} and {{ADDRESS:45 Alder Ct, Unit 2}}; collateral calls with teacher Mr. {{NAME:Ohanian}} and the children's pediatrician, Dr. {{NAME:Greta Solberg}} ({{FACILITY:Prairie Pediatrics}}); review of police incident report {{ID:NPD-23-44817}}.
{{NAME:Aiden}} has ADHD (methylphenidate ER 18 mg) and a 504 plan. Both parents describe him as "a great kid who melts down at transitions." {{NAME:Sophie}} has asthma, Flovent 44 mcg.
Mother works nights as a respiratory therapist at {{FACILITY:St. Cloud Lutheran}}; father is a lineman for {{FACILITY:Great Northern Electric Coop}}.
Recommendation: joint legal custody; a 2-2-3 schedule during school weeks; exchanges at the school or the {{LOCATION:Northfield}} police lobby.
{{NAME:Caroline Drexler}}, LICSW, Custody Evaluator`,

  `[fax image -> text, pg 1/1, poor quality]
 {{FACILITY:GREENLEAF WALK-lN CLINlC}}   {{ADDRESS:44 0ld P0st Rd}}   {{LOCATION:Westp0rt}} CT   tel {{PHONE:2O3-555-Ol49}}
 Rx      Date: {{DATE:O9/l2/2O24}}
 Name: {{NAME:Ph0ebe Lindqu ist}}     Age: 31     DOB: {{DATE:3/l/93}}
 Address: {{ADDRESS:16 Wi11ow Bend}} {{LOCATION:Norwa1k}}
 R/      Nitrofurant0in m0n0/mac 1OO mg cap
         Sig: 1 cap P0 BlD x 5 days
         Disp: #1O (ten)   Refi11s: O
         Phenazopyridine 2OO mg tid x2d #6
 Dx: acute cystitis N3O.OO   Al1ergy: Bactrim (hives)
 Substitution permitted [X]     Dispense as written [ ]
 Prescriber: {{NAME:Tob1as Wein er}}, APRN     NPl {{LICENSE:1912O77345}}   DEA {{LICENSE:MW44 18826}}
 Signature: ~~~{{NAME:TWeiner}}~~~
 -- note handwritten in margin: "pt prefers {{FACILITY:Sagebrush Drug}} - ca11ed in {{DATE:9/12}} 1O:4O to {{NAME:Jen}}" --
 Pharmacy stamp: FILLED {{DATE:O9/l2/24}} Rx# {{ID:3318O72}} RPh {{NAME:AK}}`,

  `--- HL7 raw (copied from interface engine, line breaks lost, segments separated by <CR>) ---
MSH|^~\\&|CENTRICITY|{{FACILITY:OAKMONT SPECIALTY CLINICS}}|ECW|{{FACILITY:OSC DERM}}|{{DATE:20240919141503}}||SIU^S12|{{ID:0919-8827741}}|P|2.3<CR>SCH|{{ID:APT55120981}}|||||NEW^New patient|MOHS^Mohs surgery consult|30|MIN|^^30^{{DATE:202410031300}}^{{DATE:202410031330}}<CR>PID|1||{{MRN:OS-0331428}}||{{NAME:ABERNATHY}}^{{NAME:WALTER}}^{{NAME:GRAHAM}}^JR||{{DATE:19440121}}|M|||{{ADDRESS:61 SEA FOAM DR}}^^{{LOCATION:NAGS HEAD}}^NC^{{ZIP:27959}}||{{PHONE:252-555-0106}}^PRN^PH~{{EMAIL:wgabernathy@surfnet.com}}^NET^Internet<CR>PV1|1|O|{{FACILITY:OSC DERM}}^MOHS2<CR>AIP|1||{{LICENSE:1598832240}}^{{NAME:SALAZAR-HUNT}}^{{NAME:CORINNE}}^^^MD|MOHS<CR>AIL|1||{{FACILITY:OSC DERM KILL DEVIL HILLS}}<CR>NTE|1||referred by Dr {{NAME:Pettigrew}} for BCC L nasal ala, bx {{DATE:8/30/24}} path# {{ID:SP24-11873}}; pt's wife {{NAME:June}} will drive, he has macular degeneration, call her cell {{PHONE:252-555-0107}}
--- end ---`,

  `STATE IMMUNIZATION INFORMATION SYSTEM - school compliance extract (csv)   run {{DATE:08/26/2024}}
school_name,student_last,student_first,dob,guardian,guardian_phone,vaccine,dose_dt,provider
{{FACILITY:Ridgeview Middle School}},{{NAME:Haddad}},{{NAME:Layla}},{{DATE:2012-05-19}},{{NAME:Nadia Haddad}},{{PHONE:405-555-0110}},Tdap,{{DATE:2023-08-02}},{{FACILITY:Sooner Kids Clinic}}
{{FACILITY:Ridgeview Middle School}},{{NAME:Haddad}},{{NAME:Layla}},{{DATE:2012-05-19}},{{NAME:Nadia Haddad}},{{PHONE:405-555-0110}},MenACWY,{{DATE:2023-08-02}},{{FACILITY:Sooner Kids Clinic}}
{{FACILITY:Ridgeview Middle School}},{{NAME:Whitehorse}},{{NAME:Tyler}},{{DATE:2012-11-03}},{{NAME:Renata Whitehorse}},{{PHONE:405-555-0121}},Tdap,,
{{FACILITY:Ridgeview Middle School}},{{NAME:Pham}},{{NAME:Minh Chau}},{{DATE:2011-12-28}},{{NAME:Quoc Pham}},{{PHONE:405-555-0127}},HPV9,{{DATE:2024-01-16}},{{FACILITY:Cherokee Strip Health Dept}}
{{FACILITY:Ridgeview Middle School}},{{NAME:Pham}},{{NAME:Minh Chau}},{{DATE:2011-12-28}},{{NAME:Quoc Pham}},{{PHONE:405-555-0127}},Tdap,{{DATE:2023-07-11}},{{FACILITY:Cherokee Strip Health Dept}}
-- flag: {{NAME:Whitehorse}}, {{NAME:Tyler}} missing Tdap; exemption form not on file. Nurse {{NAME:B. Yellowfeather}} to call mom.
-- lot numbers omitted from extract; CVX codes 115, 114, 165 mapped above.`,

  `From: {{NAME:Jasmine Thorne}} <{{EMAIL:jthorne@kestrelhealthbilling.com}}>
Sent: {{DATE:Monday, August 19, 2024 9:03 AM}}
To: {{NAME:Victor Alcaraz}} <{{EMAIL:valcaraz@eastgateortho.com}}>
Subject: RE: Acct {{ACCOUNT:EG-4471902}} / {{NAME:Winslow}} - statement dispute

{{NAME:Victor}},
I pulled the account. Pt {{NAME:Gerald Winslow}} (DOB {{DATE:3/12/1955}}) - DOS {{DATE:06/14/2024}}, CPT 20610 R knee injection + J3301 triamcinolone 40 mg. Primary Medicare paid {{DATE:7/9}}; secondary (Keystone Senior Supplement, ID {{HEALTH_PLAN:KSS55810927}}) denied CO-22 because our file still had his old plan with his wife's employer, {{FACILITY:Alleghany Paper Mill}}. I rebilled the secondary today, claim {{ACCOUNT:KB-240819-0066}}. His statement balance of $86.40 should be on hold - please don't send to collections.
His daughter {{NAME:Carla}} called twice; her number is {{PHONE:814-555-0178}}.
{{NAME:Jasmine}}

-----Original Message-----
From: {{NAME:Victor Alcaraz}}
Sent: {{DATE:Friday, August 16, 2024 4:51 PM}}
Subject: Acct {{ACCOUNT:EG-4471902}} / {{NAME:Winslow}} - statement dispute
{{NAME:Jas}} - Mr {{NAME:Winslow}}'s daughter is upset he got a bill. He says both insurances were on file when he checked in at the {{LOCATION:Altoona}} office. Can you look? - {{NAME:VA}}`,

  `MyChart-style message thread (printed to chart)   Patient: {{NAME:Delphine Arceneaux}}   MRN {{MRN:55-210-884}}
Subject: Question about my thyroid pills

{{DATE:Sat 03/16/2024 10:12 PM}}  From: {{NAME:Delphine Arceneaux}}
Hi Dr {{NAME:Baptiste}}, the pharmacy ({{FACILITY:Bayou Drug & Gift}} in {{LOCATION:Thibodaux}}) gave me a different looking levothyroxine, 88 mcg but the pill is orange now not green. Is that ok? I have been feeling shaky and my heart is racing since Tuesday. My daughter {{NAME:Celeste}} says to ask before I take more.

{{DATE:Mon 03/18/2024 8:41 AM}}  From: {{NAME:Nicole Guidry}}, LPN (for Dr. {{NAME:Baptiste}})
Good morning Ms. {{NAME:Arceneaux}}. Different color can mean a different dose. Please check the label for the strength and send a photo. If heart racing with chest pain or shortness of breath, go to the ER at {{FACILITY:Lafourche General}}.

{{DATE:Mon 03/18/2024 9:05 AM}}  From: {{NAME:Delphine Arceneaux}}
[attachment: {{NAME:arceneaux}}_bottle_label.jpg] it says 137 mcg. oh no.

{{DATE:Mon 03/18/2024 9:30 AM}}  From: {{NAME:Nicole Guidry}}, LPN
Stop the 137 mcg. Dr. {{NAME:Baptiste}} called the pharmacy (spoke with {{NAME:Remy}}, RPh) and they will swap it today. We ordered a TSH/free T4 for tomorrow at the {{LOCATION:Houma}} lab. Appointment {{DATE:3/26}} at 2:15 with Dr. {{NAME:Baptiste}}.

{{DATE:Mon 03/18/2024 9:47 AM}}  From: {{NAME:Delphine Arceneaux}}
Thank you. {{NAME:Celeste}} will drive me, her cell is {{PHONE:985-555-0116}} if you need.`,

  `DENTAL EXPLANATION OF BENEFITS   ClearSmile Dental PPO   Customer Service 1-888-555-0140
Date processed: {{DATE:05/28/2024}}   Claim no. {{ACCOUNT:DX24148-339012}}
Subscriber: {{NAME:Rahim Chowdhury}}   ID {{HEALTH_PLAN:CSD-771-0493-22}}   Employer group: {{FACILITY:Tidewater Logistics}} (grp 88120)
Patient: {{NAME:Nusrat Chowdhury}} (spouse)   Patient DOB {{DATE:02/04/1986}}
Dentist: {{NAME:Evelyn Marchetti}}, DDS - {{FACILITY:Harbourside Family Dentistry}}, {{LOCATION:Norfolk}} VA   Lic {{LICENSE:0401-019322}}

Date      Tooth  Proc   Description                    Submitted  Max allow  Ded   Paid 80%/50%  Pt resp
{{DATE:05/13/24}}  -      D0120  Periodic oral evaluation          $62.00     $44.00   $0.00    $44.00       $0.00
{{DATE:05/13/24}}  -      D1110  Prophylaxis, adult               $118.00     $79.00   $0.00    $79.00       $0.00
{{DATE:05/13/24}}  -      D0274  Bitewings, four films             $84.00     $58.00   $0.00    $58.00       $0.00
{{DATE:05/13/24}}  #19    D2393  Resin composite, 3 surf, post   $285.00    $176.00  $50.00    $63.00      $113.00
{{DATE:05/13/24}}  #30    D2740  Crown, porcelain/ceramic      $1,240.00    $812.00   $0.00     $0.00      $812.00  (*)
(*) Missing tooth clause / frequency: crown on #30 paid {{DATE:11/02/2019}}. Request narrative and x-ray to reconsider.
Annual max used: $294.00 of $1,500.00.   Orthodontic lifetime max: n/a.
Send appeals in writing within 180 days. This is not a bill.`,

  `LLAMADA TELEFÓNICA / TELEPHONE ENCOUNTER - {{FACILITY:Centro de Salud La Esperanza}}
Fecha: {{DATE:miércoles 21 de agosto de 2024, 15:10}}   Tomada por: {{NAME:Xiomara Peña}}, MA
Llamó: Sr. {{NAME:Octavio Rentería}} (esposo) por la paciente {{NAME:Dolores Rentería Sáenz}}, fecha de nac. {{DATE:02/09/1952}}, expediente {{MRN:LE-330918}}
Teléfono de regreso: {{PHONE:(956) 555-0129}} (celular del esposo), después de las 5.
Motivo: "Desde ayer mi señora está más hinchada de las piernas y le falta el aire cuando se acuesta. Usa 3 almohadas." Aumentó 2 kg desde el lunes (de 71 a 73 kg en la báscula de casa). Toma furosemida 20 mg una vez al día, la dosis de la tarde no la toma porque van a la misa en {{FACILITY:Parroquia San Martín de Porres}}. Sin dolor de pecho. No fiebre.
Revisado con Dr. {{NAME:Aurelio Cantú}} a las 15:25: aumentar furosemida a 40 mg en la mañana por 3 días, pesarse diario, cita mañana {{DATE:22/08/2024}} a las 10:40 con enfermera {{NAME:Lorena}}. Si empeora o tiene dolor de pecho, ir a urgencias de {{FACILITY:Hospital Regional de McAllen}} ({{LOCATION:McAllen}}).
Se llamó de regreso a las 15:40, Sr. {{NAME:Rentería}} repitió las instrucciones (teach-back OK). Prefiere español.
{{NAME:XP}}/ {{NAME:AC}}`,

  `{{FACILITY:Lakes Region Family Health}} - Clinic note - Canadian visitor (snowbird)
Patient: {{NAME:Gaétan Lefebvre}}   DOB {{DATE:1949-10-07}} (ISO, per OHIP card)   Clinic ID {{MRN:LRF-228831}}
Home: {{ADDRESS:83 rue Principale}}, {{LOCATION:Hawkesbury}} ON {{ZIP:K6A 1A3}}, Canada   Winter address: {{ADDRESS:2210 Palmetto Way, Lot 44}}, {{LOCATION:Zephyrhills}} FL {{ZIP:33542}}
OHIP no. {{HEALTH_PLAN:4821-339-102-KT}}   Out-of-country insurer: Maple Leaf Travel Med, policy {{HEALTH_PLAN:MLT-552018}}, assistance line 1-800-555-0177
Date of visit: {{DATE:15/01/2024}} (pt's form dated day-first; = {{DATE:Jan 15, 2024}})
74 y/o M, retired from {{FACILITY:Ottawa Valley Hydro Co-op}}, with gout flare R first MTP x2 days after a seafood dinner. Previous flare {{DATE:March 2022}}, treated by his family doctor Dr. {{NAME:Sylvie Brault}} at {{FACILITY:Clinique Médicale Hawkesbury}}. On allopurinol 100 mg daily (started by Dr. {{NAME:Brault}}), ramipril 5 mg.
Exam: hot, swollen, exquisitely tender 1st MTP, no tophi. Uric acid 8.9 mg/dL, Cr 1.1, eGFR 68.
Plan: colchicine 0.6 mg x2 then 0.6 mg in 1 h, then 0.6 mg BID; continue allopurinol (do not stop in flare); ice, elevation. Letter faxed to Dr. {{NAME:Brault}} at {{FAX:+1 613-555-0161}}.
Spouse {{NAME:Monique}} present; she speaks French mainly.
{{NAME:Allison Keene}}, FNP-C`,

  `{{FACILITY:Glacier View Urgent Care}} - Visitor (New Zealand)
Patient: {{NAME:Aroha Te Whiu-Mackenzie}}   DOB {{DATE:02/12/2001}} (NZ day-first: {{DATE:2 December 2001}})   UC# {{MRN:GV-000884}}
NHI number: {{ID:ZKT4471}}   NZ address: {{ADDRESS:9 Kōwhai Terrace}}, {{LOCATION:Rotorua}} {{ZIP:3010}}
In US on a working-holiday visa, employed as a liftie at {{FACILITY:Big Sky Timberline Resort}} (staff housing, room B-17). Employer contact {{NAME:Dusty Carmichael}} {{PHONE:406-555-0142}}.
Visit: {{DATE:Wed 10/01/2024}} (day-first on her intake form; = {{DATE:January 10, 2024}}).
23 y/o F, fell snowboarding at ~1030, FOOSH L. Snuffbox tenderness. XR L wrist 3 views: no fracture seen; scaphoid views equivocal.
Plan: thumb spica splint, repeat XR or MRI in 10-14 days, ortho referral to {{FACILITY:Gallatin Bone & Joint}} (Dr. {{NAME:Halvorsen}}). Ibuprofen 400 mg q6h prn.
She asked for records to go to her GP, Dr. {{NAME:Hemi Rangitaawa}}, {{FACILITY:Lakeside Medical Centre}} {{LOCATION:Rotorua}}, and to her email {{EMAIL:aroha.twm@xtra.co.nz}}.
Mother in NZ: {{NAME:Miriama}} {{PHONE:+64 21 555 0130}} (do not call before 1400 MT - time difference).
{{NAME:Seth Lindauer}}, PA-C   {{NAME:sl}}`,

  `SCANNED IMAGE TEXT (auto-OCR)  --  {{FACILITY:N0RTHSH0RE PATH0LOGY ASS0CIATES}}  --  SURGICAL PATH0LOGY REP0RT
Patient: {{NAME:KAMINSKI, L0RRAINE J}}        Case: {{ID:S24-OO7731}}
MRN: {{MRN:NS0O44918}}   DOB: {{DATE:O5/O6/1948}}   Sex: F
Submitting MD: {{NAME:Y. Bhattacharya}}, MD     Col1ected: {{DATE:O1/3O/2O24}}   Received: {{DATE:O1/31/2O24}}
Clinical hx: 75 yo F, 1.8 cm spicu1ated mass L breast 2:OO, BI-RADS 5 (mamm0 {{DATE:1/19/24}} at {{FACILITY:Lakeshore Imaging Center}}).
SPECIMEN: A. L breast, 2:00, 6 cm FN, U/S-guided c0re bx x4 (14G)
DIAGN0SIS: lNVASIVE DUCTAL CARCIN0MA, grade 2 (Nottingham sc0re 6/9: tubu1es 3, nuc1ei 2, mit0ses 1).
 DCIS, cribrif0rm, intermediate grade, present. LVI n0t identified.
 ER p0sitive (95%, str0ng), PR positive (40%, m0derate), HER2 IHC 1+ (negative), Ki-67 15%.
C0MMENT: Resu1ts d iscussed with Dr. {{NAME:Bhattacharya}} by ph0ne {{DATE:O2/O1/2O24 O9:15}}. Biopsy clip (ribbon) seen on specimen radiograph.
Elec tronically signed: {{NAME:Anneliese V0ss}}, M.D.  {{DATE:O2/O1/2O24 O8:52}}
CLIA 14D2O97731   cc: {{FACILITY:Nor th Sh0re Breast Center}}, Nurse Navigat0r {{NAME:Keisha}}  pg {{PHONE:4417}}`,

  `MSH|^~\\&|DRAGON|{{FACILITY:RIVERSTONE HEALTH}}|EPIC|{{FACILITY:RVS}}|{{DATE:20240402163045}}||MDM^T02|{{ID:DGN-240402-11873}}|P|2.4
EVN|T02|{{DATE:20240402163045}}
PID|||{{MRN:RV3318820}}^^^{{FACILITY:RVS}}||{{NAME:MBEKI}}^{{NAME:THANDIWE}}||{{DATE:19790825}}|F
PV1||O|{{FACILITY:RVS RHEUM}}^^^{{FACILITY:RIVERSTONE HEALTH}}||||{{LICENSE:1669402283}}^{{NAME:CHEN}}^{{NAME:WEI-LIN}}
TXA|1|CN|TX|{{DATE:20240402150000}}|{{NAME:CHEN}}^{{NAME:WEI-LIN}}||||||{{ID:DOC-4418820}}||||||AU
OBX|1|TX|CLINIC NOTE||Ms. {{NAME:Mbeki}} is a 44 yo woman with SLE (dx {{DATE:06/2016}}) here for follow-up.~She reports Raynaud's worse this winter and a malar rash after a trip to {{LOCATION:Durban}} to visit her mother.||||||F
OBX|2|TX|CLINIC NOTE||Labs {{DATE:3/28/24}}: C3 62, C4 9, anti-dsDNA 210, UPCR 0.9 g/g.~Plan: continue hydroxychloroquine 300 mg daily (retinal screen due, last {{DATE:04/2023}} with Dr. {{NAME:Okereke}}), start mycophenolate 500 mg BID, renal referral.||||||F
OBX|3|TX|CLINIC NOTE||She works as a pharmacist at {{FACILITY:Eastside Apothecary}}; prefers portal messages. Husband {{NAME:Sipho}} cell {{PHONE:720-555-0185}}.~Dictated by {{NAME:WLC}}, transcribed by {{NAME:jpd}}.||||||F`,

  `PRESCRIPTION DRUG MONITORING PROGRAM - PATIENT REPORT (requested by {{NAME:Lena Moskowitz}}, NP, {{DATE:07/09/2024 13:22}})
Search: {{NAME:HOLLOWAY, BRIAN}} / DOB {{DATE:09/17/1980}} / zip {{ZIP:37209}}   Matches: 2 patient records merged
Addresses on file: {{ADDRESS:1804 Clifton Ave}}, {{LOCATION:Nashville}} TN {{ZIP:37203}}; {{ADDRESS:550 Charlotte Pike, Apt 9}}, {{LOCATION:Nashville}} TN {{ZIP:37209}}
MME (current): 60    Prescribers (12 mo): 4    Pharmacies (12 mo): 3    Overlapping opioid/benzo days: 22

Filled    Written   Drug                          Qty  Days  MME  Prescriber        Pharmacy              Pay
{{DATE:06/28/24}}  {{DATE:06/28/24}}  oxycodone HCl 10 mg tab        60   15   60   {{NAME:Rutledge, C}}     {{FACILITY:Music Row Pharmacy}}    Comm
{{DATE:06/11/24}}  {{DATE:06/10/24}}  alprazolam 1 mg tab             30   30   -    {{NAME:Ingram, T}}       {{FACILITY:Cumberland Discount Rx}}  Cash
{{DATE:05/30/24}}  {{DATE:05/29/24}}  oxycodone HCl 10 mg tab        60   15   60   {{NAME:Rutledge, C}}     {{FACILITY:Music Row Pharmacy}}    Comm
{{DATE:05/14/24}}  {{DATE:05/14/24}}  hydrocodone/APAP 10/325 tab    20    5   40   {{NAME:Abernathy, J}}    {{FACILITY:Edgehill Drug}}        Cash
{{DATE:04/29/24}}  {{DATE:04/29/24}}  oxycodone HCl 10 mg tab        60   15   60   {{NAME:Rutledge, C}}     {{FACILITY:Music Row Pharmacy}}    Comm
Note (NP {{NAME:Moskowitz}}): hydrocodone was from an ED visit at {{FACILITY:Midtown Mercy}} for a wrist fx. Discussed with pt; agreement signed; naloxone prescribed. Will call Dr. {{NAME:Rutledge}}.`,

  `{{FACILITY:COUNTY LINE FIRE & RESCUE}} - EMS PATIENT CARE REPORT - MVC
Incident {{ID:2024-0098812}}   Date {{DATE:10/26/2024}}   Unit Rescue 22 / Engine 9
Location: {{ADDRESS:I-40 westbound, mile marker 287}}, near {{LOCATION:Conover}} exit (CAD: {{ADDRESS:MM 287 WB}})
Vehicle 1: 2016 Honda Civic, gray, NC plate {{VEHICLE:PKT-4418}}, driver-side intrusion ~12 in, airbags deployed. Vehicle 2: box truck ({{FACILITY:Carolina Sofa Express}}), driver refused care.
Pt 1 (driver V1): {{NAME:Shanice Whitaker-Boyd}}   DOB {{DATE:04/30/1997}}   27 F   Ph {{PHONE:828-555-0112}}
Address: {{ADDRESS:112 Deerfield Ln}}, {{LOCATION:Hickory}} NC {{ZIP:28601}}   Ins: (from wallet) card with ID {{HEALTH_PLAN:TRH882014477}}
Extrication 14 min (door removal). GCS 15 -> 14 en route. Complains L chest/L hip pain, seatbelt sign. BP 96/60, HR 124, RR 24, SpO2 95%.
Tx: C-collar + LSB per protocol (dist. mechanism), 2 x 18g IV, NS 500 mL, TXA 1 g (per med control Dr. {{NAME:Pruett}}), O2 4 L NC.
Trauma alert called 1412. Transport to {{FACILITY:Catawba Valley Regional}} (Level II). Passenger: her son {{NAME:Jaylen}}, 4 y/o in car seat, uninjured, transported by Rescue 24 with grandmother {{NAME:Denise Boyd}}.
Trooper {{NAME:R. Castellano}}, badge {{ID:4471}}, on scene; crash report {{ID:MV-24-118873}}.
PCR by {{NAME:Tyrell Jameson}}, Paramedic   cert {{LICENSE:NC P-58812}}`,

  `{{FACILITY:Mesa Verde Psychiatric Evaluation Unit}}
{{DATE:February 27, 2024}}

{{LOCATION:Maricopa County}} Superior Court - Mental Health Division
Attn: Hearing Officer {{NAME:Gail Rosenbaum}}
RE: In the Matter of {{NAME:R.T.D.}}, Case No. {{ID:MH2024-001882}}   Petition for Court-Ordered Treatment (Danger to Others; Persistently or Acutely Disabled)
Affidavit of examining physician (second of two)

I examined the patient, {{NAME:Ricardo Tomás Duarte}}, DOB {{DATE:07/14/1990}}, on {{DATE:2/26/2024 at 1515}}, for 55 minutes in the 4 East seclusion area of {{FACILITY:Desert Oasis Behavioral Hospital}}, where he has been detained since the emergency application filed {{DATE:2/23}} by his mother, Ms. {{NAME:Esperanza Duarte}} ({{PHONE:602-555-0196}}). He was informed of the purpose of the exam and that it was not confidential. Spanish interpreter {{NAME:Luz Arriaga}} was used for part of the exam at his request.
Mr. {{NAME:Duarte}} believes that his former supervisor at {{FACILITY:Sun Valley Distribution}} has implanted a tracking chip and he threatened to "handle it" with a machete on {{DATE:2/22}}. Police report {{ID:PPD-24-00557}}. He has not taken risperidone since {{DATE:December 2023}}. Insight poor.
Diagnosis: schizophrenia, multiple episode, currently in acute episode.
Recommendation: court-ordered combined inpatient/outpatient treatment, up to 180 days inpatient max 25 days.
{{NAME:Henrik Osei-Lindqvist}}, MD, psychiatrist   AZ lic. {{LICENSE:MD-60115}}`,

  `F A X   C 0 V E R   S H E E T            {{DATE:l0/O4/2O24  O9:l7}}   #O4418  P. l/6
T0 :  Dr. {{NAME:Saoirse Nakamura-Byrne}}  /  {{FACILITY:Ridgefield Sleep & Lung}}     FAX:  {{FAX:(7l9) 555-Ol7O}}
FR0M: {{NAME:Bernadette}} in Med Rec0rds, {{FACILITY:Pueblo Mesa Medical Gr0up}}   PH0NE: {{PHONE:719-555-O l71}}   FAX: {{FAX:7l9-555-Ol72}}
RE :  {{NAME:G0NZALES-TAFOYA, ERNEST0}}    D0B {{DATE:l2/25/l958}}    0ur acct {{ACCOUNT:PMMG-O33l871}}
#  0f pages (incl c0ver): 6
Message: Per y0ur request {{DATE:lO/O2}}, enc1osed are PSG rep0rt {{DATE:O6/2l/2O24}}, CPAP d0wn1oad {{DATE:O9/O1/24-O9/3O/24}} (ResMed AirSense 11, SN {{DEVICE:2318l9O4477}}), last 2 0ffice n0tes (Dr. {{NAME:Whee1er}}) and med list. Pt requests appt s00n - s1eeping in rec1iner, wife {{NAME:C0nsuel0}} says he st0ps breathing. Usage 31%, AHl 22.4 on APAP 5-15. Please ca11 pt at {{PHONE:719-555-Ol74}}; he w0rks nights at {{FACILITY:Rocky M0untain Stee1 W0rks}}.
Urgent [ ]  For Review [X]  P1ease C0mment [ ]  P1ease Rep1y [X]
*** C0NFIDENTIAL: The d0cuments acc0mpanying this fax c0ntain PHl pr0tected under HlPAA (45 CFR Parts 160 & 164). lf y0u are n0t the intended recipient, n0tify us at the ab0ve numb er and destr0y...
[OCR: low confidence region, signature block]  ~ {{NAME:B. Archu1eta}} R0l clerk ~`,

  `INTERFACE ERROR LOG - Mirth Connect channel "LAB_RESULTS_OUT" - node mc-prod-02
{{DATE:2024-05-02 02:14:55,118}} ERROR [LLP sender] Connection refused: {{IP:10.42.118.77}}:6661 (dest {{FACILITY:Willow Creek Dialysis}} EMR)
{{DATE:2024-05-02 02:14:55,120}} WARN  queued msg {{ID:WCD-0502-000413}} (ORU^R01) retry 3/10
   PID|1||{{MRN:WC0088341}}^^^{{FACILITY:WCD}}||{{NAME:ACHTERBERG}}^{{NAME:ROSALIE}}^{{NAME:J}}||{{DATE:19460131}}|F
   OBR|1|{{ID:ORD-2231904}}||BMP|||{{DATE:202405020005}}
   OBX|3|NM|2823-3^Potassium^LN||6.1|mmol/L|3.5-5.1|HH|||F
{{DATE:2024-05-02 02:15:40,003}} INFO  failover to {{IP:10.42.118.78}}:6661 succeeded, ACK AA
{{DATE:2024-05-02 02:16:02,774}} ERROR [transformer] PID-5 contains invalid char 0x92 in "{{NAME:O’NEILL}}^{{NAME:SEAMUS}}" msg {{ID:WCD-0502-000415}}; sent to error queue
{{DATE:2024-05-02 02:16:02,775}} INFO  alert email sent to {{EMAIL:interface-oncall@willowcreekdialysis.net}}
   -- on-call note ({{NAME:mpatel2}}, {{DATE:05/02/2024 07:40}}): critical K 6.1 for Mrs. {{NAME:Achterberg}} was phoned to charge RN {{NAME:Oksana}} at the unit (x{{PHONE:4120}}) by lab at 0030, so delay did not affect care. {{NAME:O'Neill}} msg fixed and resent. VPN peer {{IP:172.16.9.14}} flapped at 0210 (network ticket {{ID:INC0448812}}).`,

  `ED_TRACKING_BOARD_SNAPSHOT.csv  (printed {{DATE:2024-11-28 18:02}}, charge RN {{NAME:Lopez}})
room,pt,age,sex,cc,arrived,esi,md,rn,dispo
1,"{{NAME:Kaczmarek, Stanislaw}}",{{AGE:90}},M,fall/hip pain,{{DATE:11/28 14:12}},2,{{NAME:Okoye}},{{NAME:Bailey}},admit Ortho
2,"{{NAME:Yang, Mei-Ling}}",34,F,abd pain,{{DATE:11/28 15:40}},3,{{NAME:Okoye}},{{NAME:Bailey}},CT pending
4,"{{NAME:Drummond, Cal}}",58,M,chest pain,{{DATE:11/28 16:05}},2,{{NAME:Sato}},{{NAME:Hruska}},trop x2
5,"Baby Boy {{NAME:Ochieng}}",0,M,fever 38.4,{{DATE:11/28 16:55}},2,{{NAME:Sato}},{{NAME:Hruska}},LP done
HW1,"{{NAME:Fairweather, Opal}}",{{AGE:101}},F,weakness,{{DATE:11/28 17:10}},3,{{NAME:Okoye}},{{NAME:Lopez}},from {{FACILITY:Heritage Oaks SNF}}
T2,"{{NAME:Begaye, Kyle}}",19,M,lac R hand (turkey carving),{{DATE:11/28 17:31}},4,PA {{NAME:Ruiz}},{{NAME:Bailey}},repair
# notes: rm 5 mom {{NAME:Achieng}} at bedside; HW1 daughter {{NAME:Ruth Fairweather}} {{PHONE:541-555-0179}} wants call before any transfer back to {{FACILITY:Heritage Oaks}}`,

  `From: {{NAME:Marguerite Okafor-Lind}} RN <{{EMAIL:mokaforlind@goldenhourhospice.org}}>
Sent: {{DATE:Saturday, December 14, 2024 7:18 PM}}
To: Dr. {{NAME:Benjamin Szabo}} <{{EMAIL:bszabo@goldenhourhospice.org}}>
Subject: {{NAME:Tillman}} - increased pain, family asking about respite

{{NAME:Ben}},
Visited {{NAME:Harriet Tillman}} this afternoon at her home ({{ADDRESS:908 Juniper Hollow Rd}}, the long gravel drive past the {{FACILITY:Bethel AME}} church). She is {{AGE:96}}, metastatic pancreatic CA, PPS 30%. Pain 7/10 despite morphine ER 30 mg q12h and breakthrough oral morphine solution 10 mg q2h - used 6 doses in the last 24h. Moaning with turns, some terminal restlessness at dusk. No BM x4 days.
I gave a breakthrough dose and senna/bisacodyl supp per standing orders.
Her granddaughter {{NAME:Keandra}} ({{PHONE:662-555-0190}}) has been the only caregiver since {{DATE:11/29}} and is exhausted; asking about 5-day respite at {{FACILITY:Magnolia House}} inpatient unit.
Request: increase morphine ER to 45 mg q12h? and haloperidol 0.5 mg q4h prn agitation. Next RN visit Monday; weekend on-call is {{NAME:Dwayne}} ({{PHONE:662-555-0191}}).
{{NAME:Marguerite}}

Sent from my iPhone. Please do not reply with PHI to personal addresses.`,

  `Secure Chat (Epic) - conversation {{ID:C-0091-442118}} - attached to encounter HAR {{ACCOUNT:6601448301}}
Participants: {{NAME:Irene Vogel}}, PharmD (ICU pharmacist); {{NAME:Dev Malhotra}}, MD (MICU fellow)
Patient: {{NAME:Lundqvist, Per Erik}}   MRN {{MRN:91277640}}   MICU 7
{{DATE:06/05/24 10:02}} {{NAME:Vogel}}: vanc trough 24.8 this AM (drawn 0530, dose at 0600 was held ok). AKI - Cr 2.1 from 1.2. Suggest stop q12 dosing, switch to AUC dosing with levels; next level in AM
{{DATE:06/05/24 10:05}} {{NAME:Malhotra}}: agree. also is pip-tazo ok or should we go to cefepime? pt is 88 kg
{{DATE:06/05/24 10:09}} {{NAME:Vogel}}: would switch to cefepime 2 g q12 (renal adj), less AKI with vanc combo. ID (Dr {{NAME:Achebe}}) ok'd yesterday per note
{{DATE:06/05/24 10:11}} {{NAME:Malhotra}}: done, orders in. wife ({{NAME:Karin}}) asked if he can still get his home tacrolimus - he's a liver tx pt followed at {{FACILITY:Northlake Transplant Institute}}
{{DATE:06/05/24 10:15}} {{NAME:Vogel}}: yes continue, tacro level 11.2 {{DATE:6/4}}, goal 5-8 per their protocol; hold tonight's dose and recheck. I'll page their coordinator {{NAME:Bev}} (pager {{PHONE:4471}})
{{DATE:06/05/24 10:16}} {{NAME:Malhotra}}: ty {{NAME:irene}}`,

  `{{DATE:March 3, 2024}}

Appeals Department
Heartland Choice Medicare Advantage
RE: Appeal for my father {{NAME:Walter Przybylski}}   Member ID {{HEALTH_PLAN:HCM-44710-9823}}   Denial letter dated {{DATE:February 20, 2024}}, reference {{ID:ADV-2024-03388}}

To whom it may concern,
My name is {{NAME:Joanna Przybylski-Reid}} and I have power of attorney for my father, who is {{AGE:92}}. On {{DATE:February 2}} he fell at home on {{ADDRESS:Kedzie Ave}} and broke his hip, had surgery at {{FACILITY:Lakeshore Lutheran Hospital}} and went to {{FACILITY:Briar Glen Rehabilitation Center}} on {{DATE:2/7/24}}. Your letter says he no longer needs skilled care after {{DATE:2/22}} because he "has plateaued." This is not true. His physical therapist, {{NAME:Kwame}}, wrote that he walks 40 feet with a walker and needs a person to help on stairs. We have 14 stairs at home to his bedroom. Dr. {{NAME:Imelda Soriano}} at the rehab agrees he needs 2 more weeks. He also has Parkinson's disease and his carbidopa/levodopa doses were mixed up during the transfer.
Please reconsider. I can be reached at {{PHONE:(773) 555-0148}} or {{EMAIL:joanna.pr@fastmail.com}}. I am attaching the therapy notes and Dr. {{NAME:Soriano}}'s letter.

Sincerely,
{{NAME:Joanna Przybylski-Reid}}
{{ADDRESS:6120 N Kilbourn Ave}}, {{LOCATION:Chicago}}, IL {{ZIP:60646}}`,

  `{{FACILITY:Clínica de la Mujer Santa Inés}} - Control prenatal (nota bilingüe)
Paciente: {{NAME:Yadira Evangelina Castro}}   Edad: 24   G2 P1001   Exp. {{MRN:SI-00771245}}
FUR: {{DATE:2 de enero de 2024}}   FPP: {{DATE:8 de octubre de 2024}}   EG hoy: 22 semanas 3 días
Fecha: {{DATE:6 de junio de 2024}}   Seguro: Medicaid ID {{HEALTH_PLAN:TXM-55281477}}
S: Se siente bien, movimientos fetales presentes. Refiere ardor al orinar desde el domingo. Su esposo {{NAME:Efraín}} trabaja en la construcción en {{LOCATION:San Antonio}} y regresa los fines de semana. Su hijo {{NAME:Mateo}} (2 años) va a la guardería {{FACILITY:Los Girasoles}}.
O: TA 108/66, peso 68.2 kg (+5 kg), AU 22 cm, FCF 148. Examen general de orina: nitritos +, leucocitos ++.
US estructural ({{DATE:31/05/2024}}, {{FACILITY:Alamo Perinatal Imaging}}): anatomía normal, placenta posterior, sexo femenino (pt wants it kept secret from family until the baby shower {{DATE:July 20}}).
A/P: IVU en embarazo - cefalexina 500 mg c/6h x 7 días, urocultivo. Tdap a las 27-36 sem. Glucosa 1 h en la próxima cita.
Próxima cita: {{DATE:3 de julio de 2024}} con la partera {{NAME:Consuelo Ybarra}}, CNM.
Contacto: {{PHONE:210-555-0151}} (WhatsApp). Interp: no, provider bilingual. {{NAME:CY}}/{{NAME:lr}}`,

  `[Letter received by fax from the UK; scanned into Outside Records {{DATE:22/04/2024}}]
{{FACILITY:Wharfedale Road Surgery}}
{{ADDRESS:2 Wharfedale Road}}, {{LOCATION:Ilkley}} {{ZIP:LS29 8QT}}   Tel {{PHONE:01943 555 0132}}

{{DATE:18 April 2024}}

Dear Colleague,
Re: Mrs {{NAME:Beverley Ann Sutcliffe}}   DOB {{DATE:09/03/1955}}   NHS No. {{ID:943 476 5919}}
Currently visiting her son in {{LOCATION:Raleigh}}, NC, until {{DATE:30/06/2024}}; local address c/o Mr {{NAME:Daniel Sutcliffe}}, {{ADDRESS:4417 Glenwood Ave}}.
Thank you for seeing this 69-year-old lady with known type 2 diabetes (HbA1c 58 mmol/mol on {{DATE:12/01/2024}}), hypertension and hypothyroidism, who asked for a summary before travelling. Current medication: metformin 1g BD, gliclazide 40mg OD, ramipril 10mg OD, levothyroxine 100 micrograms OD, atorvastatin 20mg ON. Allergies: penicillin (anaphylaxis 1989 per old notes).
She had a left total knee replacement at {{FACILITY:Wharfe Valley Infirmary}} on {{DATE:14/11/2022}} under Mr {{NAME:Oyedepo}}. Her last retinal screening ({{DATE:Feb 2024}}) showed background retinopathy only.
Her daughter-in-law, {{NAME:Priya}}, may ring on her behalf.
Yours faithfully,
Dr {{NAME:Harriet Penhaligon}} MBChB MRCGP, GMC {{LICENSE:7041882}}
cc: patient`,

  `AMENDMENT WORKSHEET - CERTIFICATE OF DEATH (to accompany affidavit; state registrar's office)
State file no. {{ID:2024-004418}}   Local reg. no. {{ID:118-2024-0077}}
Decedent (as filed): {{NAME:VONDRACEK, MILOSLAV}}   Date of death: {{DATE:01/14/2024}}
Item to correct       As filed                          Correct entry
2. Name               {{NAME:MILOSLAV VONDRACEK}}                {{NAME:MIROSLAV VONDRÁČEK}}
6. Date of birth      {{DATE:03/21/1931}}                        {{DATE:03/12/1931}}
4a. Age               {{AGE:92}}                                 {{AGE:92}} (unchanged)
9. Birthplace         {{LOCATION:Brno}}, Czech Republic               {{LOCATION:Ostrava}}, Czechoslovakia
11. Residence         {{ADDRESS:400 Elm St}}, {{LOCATION:Cedar Rapids}}      {{ADDRESS:400 Elm St, Apt 12}}, {{LOCATION:Cedar Rapids}} IA {{ZIP:52403}}
Evidence attached: naturalization certificate no. {{ID:A-7731844}}; Social Security card ({{SSN:479-33-1082}})
Informant/affiant: {{NAME:Helena Vondráček-Stewart}} (daughter), {{ADDRESS:17 Brookline Ct}}, {{LOCATION:Marion}} IA; {{PHONE:319-555-0115}}
Funeral director: {{NAME:Aaron Kubik}}, {{FACILITY:Kubik & Stastny Funeral Home}}, lic. {{LICENSE:FD-2219}}
Medical certifier (no change to cause): Dr. {{NAME:Paulina Rzepka}}, {{FACILITY:Linn Valley Hospice}}
Notary: {{NAME:Shelby Dunning}}   Signed {{DATE:04/02/2024}}`,

  `{{FACILITY:Keystone Independent Medical Examinations}}
INDEPENDENT MEDICAL EXAMINATION - Workers' Compensation (ordered by WCJ per stipulation)
Claimant: {{NAME:Luis Alberto Figueroa}}   DOB {{DATE:05/09/1976}}   WC claim no. {{ACCOUNT:WC-23-7781902}}   Bureau no. {{ID:6804412}}
Employer: {{FACILITY:Lehigh Valley Cold Storage}}   Date of injury: {{DATE:August 17, 2023}}   Exam date: {{DATE:January 30, 2024}}
Referred by: Atty. {{NAME:Dana Whitcombe}} (employer/carrier) and Atty. {{NAME:Moisés Ocampo}} (claimant)

History: Mr. {{NAME:Figueroa}}, 47, a forklift operator, reports he was lifting a 60 lb case in the -10 F freezer when he felt a pop in his low back with pain radiating to the right leg. Seen at {{FACILITY:WorkWell Occupational Health}} {{DATE:8/18/23}}; MRI {{DATE:9/12/23}} at {{FACILITY:Allentown Open MRI}}: L5-S1 right paracentral extrusion contacting S1 root. Treated with PT, two ESIs ({{DATE:10/23}}, {{DATE:12/23}}) by Dr. {{NAME:Kessler-Ngo}}, gabapentin 300 mg TID. He has not worked since {{DATE:8/17/23}}.
Exam: antalgic gait, SLR positive R at 40 deg, Achilles 1+ R / 2+ L, EHL 5/5, Waddell signs 1/5.
Opinions: 1) Work-related L5-S1 disc extrusion with right S1 radiculopathy. 2) Not at MMI. 3) Sedentary capacity, no lifting over 10 lb. 4) Surgical consultation reasonable.
Interpreter: {{NAME:Rosa Ibáñez}} (certified, #{{ID:PA-INT-0412}}).
{{NAME:Stuart Kimball}}, MD, Board Certified PM&R   PA lic. {{LICENSE:MD438812}}`,

  `--- legacy chart conversion (de-identified research extract, placeholders kept; line breaks lost in export) ---
Admission Date: [**{{DATE:2148-3-4}}**] Discharge Date: [**{{DATE:2148-3-11}}**] Date of Birth: [**{{DATE:2071-9-17}}**] Sex: F Service: MEDICINE Allergies: Codeine Attending:[**{{NAME:First Name3 (LF) 1928}}**] Chief Complaint: dyspnea History of Present Illness: 76 yo F with COPD on 2L home O2, followed by Dr. [**{{NAME:Last Name (STitle) 4417}}**] at [**{{FACILITY:Hospital 882}}**] clinic, presents with 3 days of worsening SOB and green sputum. She was seen at [**{{FACILITY:Hospital1 18}}**] ED on [**{{DATE:3-2}}**] and sent home on prednisone. Her husband [**{{NAME:Name (NI) 2231}}**] called EMS today. Past Medical History: COPD (FEV1 0.9 L, [**2147**]), CAD s/p PCI, osteoporosis. Social History: lives with husband in [**{{LOCATION:Location (un) 5512}}**]; daughter [**{{NAME:Known firstname 3318}}**] [**{{NAME:Known lastname 7721}}**] is HCP, phone [**{{PHONE:Telephone/Fax (1) 8812}}**]. Quit tobacco [**2138**]. Hospital Course: treated with azithromycin, prednisone 40 mg x5 d, nebs; BiPAP one night. Discharge Disposition: Extended Care Facility: [**{{FACILITY:Hospital 4412}}**] - [**{{LOCATION:Location (un) 6690}}**] Followup: Dr. [**{{NAME:Last Name (STitle) 4417}}**] [**{{DATE:2148-3-25}}**] 10:30, pulmonary rehab. Job#: [**{{ID:Job Number 55180}}**] [**{{NAME:First Name8 (NamePattern2) 1911}}**] [**{{NAME:Name8 (MD) 3302}}**], MD MD[**{{LICENSE:MD Number(1) 1912}}**] Completed by:[**{{DATE:2148-3-11}}**]`,

  `HL7 VXU (immunization update) - sent to state IIS, copy saved in chart by interface {{DATE:2024-10-08 16:40}}
MSH|^~\\&|ATHENA|{{FACILITY:PINE HOLLOW PEDIATRICS}}|WIR|WIR|{{DATE:20241008164012}}||VXU^V04^VXU_V04|{{ID:PHP8830144}}|P|2.5.1|||ER|AL
PID|1||{{MRN:PHP-0022817}}^^^{{FACILITY:PHP}}^MR||{{NAME:VANG}}^{{NAME:KOU}}^{{NAME:LEE}}||{{DATE:20220516}}|M||2028-9|{{ADDRESS:1418 S 11TH ST}}^^{{LOCATION:SHEBOYGAN}}^WI^{{ZIP:53081}}||^PRN^PH^^^{{PHONE:920^5550138}}
PD1|||||||||||02^Reminder/recall - any method^HL70215
NK1|1|{{NAME:XIONG}}^{{NAME:MAI}}|MTH^Mother^HL70063|||^PRN^PH^^^{{PHONE:920^5550138}}
ORC|RE||{{ID:IMM-66120941}}
RXA|0|1|{{DATE:20241008153000}}||03^MMR^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|{{LICENSE:1285771309}}^{{NAME:DAHL}}^{{NAME:KRISTEN}}|||||Y0441K^^^|20260301|MSD^Merck^MVX
RXA|0|1|{{DATE:20241008153000}}||21^varicella^CVX|0.5|mL^mL^UCUM||00^New immunization record^NIP001|{{LICENSE:1285771309}}^{{NAME:DAHL}}^{{NAME:KRISTEN}}|||||X3318J^^^|20250915|MSD^Merck^MVX
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F
--- comment by {{NAME:mkoenig}}: phone in PID-13 was entered as {{PHONE:920^5550138}} (split area code); mom {{NAME:Mai Xiong}}'s number {{PHONE:920-555-0138}} confirmed at check-in. Lot Y0441K exp 20260301 is not PHI.`,

  `{{FACILITY:TRI-STATE REGIONAL BLOOD BANK}} / TRANSFUSION SERVICE - CROSSMATCH WORKSHEET
Pt: {{NAME:ABERCROMBIE-DIALLO, FATOUMATA}}   MRN {{MRN:TS-00771180}}   DOB {{DATE:11/22/1990}}   Loc: L&D {{FACILITY:Sunrise Birthing Center}} rm 6
Specimen {{ID:BB24-301177}}   Drawn {{DATE:10/27/2024 23:14}} by {{NAME:K. Obuya}}   Received {{DATE:10/27/2024 23:31}}   Armband BBID {{ID:Z48817}}
ABO/Rh: O NEG    Antibody screen: POSITIVE (2 of 3 cells)    DAT: neg
Antibody ID: anti-D (RhIG given {{DATE:7/30/24}} at 28 wk per record - passive) + anti-K
Hx: previous transfusion 2019? unknown; pt says "after my first baby, in {{LOCATION:Conakry}}".
Units: K-neg, O NEG, AHG crossmatch compatible
  Unit 1 of 2   O NEG   irradiated   issued {{DATE:10/28/2024 01:02}} to RN {{NAME:Beatriz}}
  Unit 2 of 2   O NEG   CMV-neg      on hold
Ordering: Dr. {{NAME:Hollis Okoro}} (OB)   Pathologist review: Dr. {{NAME:Feng Aldridge}} {{DATE:10/28/24 07:30}}
Comment: Kell antigen typing of father of baby ({{NAME:Ibrahima Diallo}}) requested; notify NICU (Dr. {{NAME:Sandoval}}) re: HDFN risk.
Tech: {{NAME:ROB}} / verified {{NAME:lmw}}`,

  `From: {{NAME:Tomasz Wierzbicki}} <{{EMAIL:twierzbicki@ozarkclinicalresearch.org}}>
Sent: {{DATE:Wednesday, April 17, 2024 2:36 PM}}
To: {{NAME:Hana Yoshida}}, MD <{{EMAIL:hyoshida@ozarkclinicalresearch.org}}>
Cc: {{NAME:Desiree Pollard}} <{{EMAIL:dpollard@ozarkclinicalresearch.org}}>
Subject: SAE report - site 014 ({{NAME:B.H.}}) - NCT05518842

Dr. {{NAME:Yoshida}},
Heads up on an SAE at our site in the HEART-PROTECT study (protocol OCR-2201, site 014). {{NAME:Bobbie Hutchins}} (DOB {{DATE:6/2/1961}}, MRN {{MRN:OZ-448190}}) was admitted to {{FACILITY:Ozark Baptist Springdale}} on {{DATE:4/15/24}} with angioedema - tongue and lip swelling after dose 41 of study drug (blinded). Treated with methylprednisolone, diphenhydramine, famotidine; no intubation. Unblinding not requested yet. She also takes lisinopril 10 mg (started {{DATE:3/2024}} by her PCP, Dr. {{NAME:Ruben Castillo}}) - I think that's the likely culprit.
Her husband {{NAME:Gary}} called the study line ({{PHONE:479-555-0157}}) this morning. Discharge expected tomorrow.
I'll enter it in the EDC today; the sponsor wants the 24 h report by {{DATE:4/18}} 2 PM. Please sign the SAE form when you can.
Thanks,
{{NAME:Tomasz}}
Clinical Research Coordinator II | Kit lot 22A-0417`,

  `Transfer Center chat log (Vocera/SecureText) - printed {{DATE:09/14/2024 05:50}} for QA by {{NAME:jmcbride}}
[{{DATE:09/14/2024 02:03}}] TC RN {{NAME:Jolene McBride}}: call from {{FACILITY:Sabine Parish Community Hospital}}, Dr. {{NAME:Thibodeaux}}: 61M {{NAME:Clarence Batiste}}, type A dissection on CT, BP 190/110 on esmolol
[{{DATE:09/14/2024 02:04}}] TC RN {{NAME:Jolene McBride}}: DOB {{DATE:1/19/63}}, their MRN {{MRN:SP-204418}}, ins Medicare {{HEALTH_PLAN:7QW3-TK8-MM42}}
[{{DATE:09/14/2024 02:06}}] Dr. {{NAME:Ifeanyi Uzor}} (CT surgery): accept. CVICU bed 12. Need CTA images pushed via PACS link and keep SBP <120
[{{DATE:09/14/2024 02:07}}] TC RN {{NAME:Jolene McBride}}: air? weather ok. Sending {{FACILITY:Bayou Flight Care}} helicopter, ETA 0330
[{{DATE:09/14/2024 02:20}}] Charge RN {{NAME:Nadia Fontenot}}: CVICU 12 ready. OR team called in ({{NAME:Rusty}}, {{NAME:Bich Ngoc}})
[{{DATE:09/14/2024 03:36}}] TC RN {{NAME:Jolene McBride}}: pt landed. wife {{NAME:Odile Batiste}} driving from {{LOCATION:Many}}, LA, cell {{PHONE:318-555-0186}}
[{{DATE:09/14/2024 03:38}}] Dr. {{NAME:Ifeanyi Uzor}}: straight to OR 4
[{{DATE:09/14/2024 05:45}}] TC RN {{NAME:Jolene McBride}}: closing case {{ID:TC-2024-09-0412}}. images rec'd 0252 from IP {{IP:192.168.40.18}} (their PACS gateway), no issues`,

  `{{FACILITY:BLUE HERON MEDICAL CENTER}} - PATIENT STATEMENT / COORDINATION OF BENEFITS SUMMARY
Guarantor: {{NAME:Philippa Osei-Bonsu}}   Guarantor acct {{ACCOUNT:G-00338127}}   Statement {{DATE:07/02/2024}}
Patient: {{NAME:Kojo Osei-Bonsu}} (son)   DOB {{DATE:09/09/2009}}   Visit # {{ACCOUNT:V2406-118820}}
Service: ED visit + closed reduction L distal radius fx, {{DATE:06/01/2024}}, Dr. {{NAME:Annika Strom}}
Primary: Cascade Mutual PPO, subscriber {{NAME:Philippa Osei-Bonsu}}, ID {{HEALTH_PLAN:CMP992018834}}, claim {{ACCOUNT:CM24-0613-5512}}
Secondary: Evergreen Health Plan (father's plan, employer {{FACILITY:Puget Sound Ferry Works}}), subscriber {{NAME:Kwabena Osei-Bonsu}}, ID {{HEALTH_PLAN:EHP-4471-09-02}}
Birthday rule applied: mother's birthday ({{DATE:03/14}}) before father's ({{DATE:10/02}}) -> Cascade primary.
Charges                                  $4,812.00
  99284-25  ED visit level 4             $1,240.00
  25605     Closed tx distal radius fx   $2,310.00
  73110     XR wrist 3 views               $402.00
  Q4012     Cast supplies, short arm       $860.00
Primary paid            -$2,978.40   Contractual adj -$1,102.30
Secondary paid            -$531.30
Patient responsibility      $200.00 (ED copay)
Questions: Patient Financial Services {{PHONE:360-555-0124}}. Pay online at {{URL:https://pay.blueheronmed.org/bill?acct=G-00338127}}`,

  `{{FACILITY:Clínica Pediátrica Los Pinos}} - Consulta del niño sano / Well-child visit (4 años)
Nombre: {{NAME:Valentina Sofía Ruiz Paredes}}   Nac.: {{DATE:28 de febrero de 2020}}   Exp.: {{MRN:LP-22018}}
Fecha: {{DATE:martes 5 de marzo de 2024}}   Acompañada por: su abuela, Sra. {{NAME:Rosario Paredes}} (mamá trabaja en {{FACILITY:Panadería El Trigal}})
Crecimiento: peso 16.2 kg (p50), talla 103 cm (p55), IMC 15.3. TA 94/58.
Desarrollo: salta en un pie, dibuja una cruz, cuenta hasta 10; habla en español e inglés. Asiste a Head Start en {{FACILITY:Centro Infantil Arco Iris}}.
Audición y visión: pasa (Snellen 20/30 ambos ojos). Dental: caries en 2 muelas - referida a la Dra. {{NAME:Itzel Moreno}}, {{FACILITY:Sonrisas Dental}}.
Vacunas hoy: DTaP #5, IPV #4, MMR #2, varicela #2 (VIS en español entregados). Lotes en el registro.
Plomo: 2 mcg/dL ({{DATE:1/2024}}). Hb 11.9.
Consejería: asiento elevado, cepillado 2 veces al día, pantallas < 1 h.
Próxima consulta: a los 5 años (~{{DATE:febrero de 2025}}). Tel. de la abuela: {{PHONE:(559) 555-0103}}; mamá {{NAME:Gabriela}}: {{PHONE:(559) 555-0104}}.
Dr. {{NAME:Joaquín Etchegaray}}, pediatra - {{NAME:JE}}/{{NAME:vm}}`,

  `{{FACILITY:Gateway Travel & Tropical Medicine Clinic}} - visitor from South Africa
Patient: {{NAME:Thabo Sipho Mahlangu}}   DOB {{DATE:1988/02/14}} (SA format yyyy/mm/dd)   Clinic # {{MRN:GTM-90114}}
SA ID no. {{ID:8802145812089}}   Passport on file (not copied)   Medical scheme: Protea Medical Aid, member {{HEALTH_PLAN:PMA 004471830}}
SA address: {{ADDRESS:41 Jacaranda Avenue}}, {{LOCATION:Pretoria}} {{ZIP:0181}}   US contact: colleague {{NAME:Nomvula Dube}}, {{PHONE:314-555-0168}}
In {{LOCATION:St. Louis}} for a conference since {{DATE:04/03/2024}} (he wrote {{DATE:2024/03/04}}). Prior trip: {{LOCATION:Beira}}, Mozambique, returned {{DATE:22/02/2024}}; did not take malaria prophylaxis.
Seen {{DATE:12 March 2024}}: 35 y/o M, fever 39.6, rigors, headache x2 days. Thick/thin smear: P. falciparum, parasitemia 1.8%, no schizonts. Plt 88, Cr 1.0, bili 1.9, lactate 1.4.
Assessment: uncomplicated falciparum malaria (non-severe by WHO criteria).
Plan: artemether-lumefantrine 80/480 mg, 6 doses over 3 days, with fatty food; repeat smear day 3. Sent to {{FACILITY:Riverfront Mercy}} ED for observation overnight given parasitemia near 2%; hotel {{FACILITY:Gateway Arch Suites}}, room 1107. Email summary to {{EMAIL:thabo.mahlangu@protea-eng.co.za}}; GP in SA Dr. {{NAME:Kagiso Molefe}}.
{{NAME:Anjali Reddy}}, MD (travel medicine)`,

  `{{FACILITY:SunCoast Mail Order Pharmacy}} - SHIPMENT RECORD (specialty)
Order {{ID:SMO-24-0771188}}   Ship date {{DATE:02/20/2024}}   Carrier: FedEx Priority Overnight, tracking {{ID:7719 4420 8831}}
Ship to: {{NAME:Cornelius Abiodun-Ward}}, {{ADDRESS:2207 Bayshore Blvd, Unit 1504}}, {{LOCATION:Tampa}} FL {{ZIP:33629}}   Ph {{PHONE:813-555-0117}}
Patient DOB {{DATE:05/31/1972}}   Pt ID {{MRN:SC-0099184}}   Plan: Gulfstream Rx (commercial), member {{HEALTH_PLAN:GSR-33018-7741}}
Rx {{ID:S8817302}}  adalimumab-adaz 40 mg/0.4 mL pen, #2 pens (28 DS), sig: inject 40 mg SC every 14 days
   Prescriber: Dr. {{NAME:Marisol Chaudhry}} (Gastroenterology, {{FACILITY:Tampa Bay Digestive Health}}), NPI {{LICENSE:1427710834}}
   NDC 61314-0454-02  lot K22084  exp 08/2025   cold chain: 2 gel packs, TempTale ID {{DEVICE:TT-55812}}
Prior auth {{ID:PA-GS-2024-11804}} approved {{DATE:01/29/2024}} - {{DATE:01/28/2025}}
Counseling call {{DATE:02/19/2024 16:12}} by {{NAME:Devon Ashby}}, PharmD: pt confirmed delivery window, no live vaccines planned; wife ({{NAME:Lorraine}}) will sign if he is at work ({{FACILITY:Bayshore Marine Terminals}}).
Delivery confirmation {{DATE:02/21/2024 10:14}}: signed "{{NAME:L. Ward}}". Copay card applied, pt paid $5.00.`,

  `REFUSAL OF EMS TREATMENT AND/OR TRANSPORT (AMA)   {{FACILITY:Northeast Iowa Rescue Squad}}   Incident {{ID:24-2211870}}
Date/time {{DATE:08/03/2024 23:52}}   Location: parking lot B, {{ADDRESS:1800 W 12th St}}, {{LOCATION:Cedar Falls}} IA
Patient: {{NAME:Kennedy R. Osterhaus}}   DOB {{DATE:12/06/2003}}   Age 20   Ph {{PHONE:319-555-0170}}
Complaint: friends called after pt "passed out" at a concert. Pt now alert, GCS 15, A&Ox4, ambulatory with steady gait. Admits 4 beers, denies drugs. BGL 96. BP 118/72 HR 92 SpO2 99%. No head strike per friends. Orthostatics neg.
Risks explained: undiagnosed cardiac arrhythmia, intoxication, hypoglycemia, worsening condition, death. Pt verbalizes understanding and states "I just need water and sleep."
Capacity: yes (oriented, coherent, repeats risks). Not a minor. No SI/HI.
Released to: {{NAME:Brianna Kuehl}} (friend, sober, designated driver), {{PHONE:319-555-0172}}; driving in a blue Subaru, IA plate {{VEHICLE:HKT 442}}.
Advised to call 911 or go to {{FACILITY:Cedar Valley Medical Center}} ED if symptoms recur.
Pt signature: {{NAME:K. Osterhaus}}     Witness: {{NAME:Brianna Kuehl}}
Crew: {{NAME:M. Dvorak}}, EMT-P #{{LICENSE:IA-P-04418}}; {{NAME:S. Tran}}, EMT   Med control contacted: no (protocol 9.2 criteria met)`,

  `{{FACILITY:Clearwater Counseling & Assessment}}
{{ADDRESS:318 Main Ave N}}, {{LOCATION:Twin Falls}}, ID {{ZIP:83301}}   {{PHONE:208-555-0131}}

{{DATE:May 20, 2024}}
To: Probation Officer {{NAME:Cheryl Andersen}}, {{LOCATION:Twin Falls County}} Misdemeanor Probation
RE: Court-ordered substance use evaluation (Idaho Code 18-8005)   Defendant: {{NAME:Jordan Michael Peltier}}
Case no. {{ID:CR42-24-01187}}   DOB {{DATE:10/14/1994}}   Idaho DL {{LICENSE:PB448172K}}   Vehicle: 2019 Ram 1500, plate {{VEHICLE:2T 88J41}}
Release of information signed {{DATE:5/6/24}}.

Mr. {{NAME:Peltier}} was arrested {{DATE:March 30, 2024}} on {{ADDRESS:Hwy 93}} near {{LOCATION:Kimberly}} with a BAC of 0.17 (first offense). He completed the GAIN-I interview and AUDIT (score 19) on {{DATE:May 13, 2024}}. He reports drinking 10-12 beers on weekends since age 19; blackouts twice this year; no withdrawal seizures. He is a journeyman electrician with {{FACILITY:Magic Valley Electric Contractors}} and has missed work twice. UDS {{DATE:5/13}}: negative for all classes; PEth 212 ng/mL (consistent with heavy use). His girlfriend, {{NAME:Ashlyn Reyes}}, gave collateral by phone and confirmed the pattern.
Diagnosis: alcohol use disorder, moderate (F10.20).
Recommendation: ASAM level 1.0 outpatient, 16 weeks; ignition interlock per court; victim impact panel; abstinence monitoring (SCRAM or PEth monthly).
{{NAME:Margo Eastwood}}, LCPC, ADC   lic. {{LICENSE:LCPC-4471}}`,

  `OCR EXPORT  {{FACILITY:DR. H0WELL & ASS0CIATES FAMILY DENTISTRY}}  - progress n0tes (scanned from paper chart)
Pt: {{NAME:Adeyinka "Yinka" 0lad ipo}}   Chart # {{MRN:D-0O7741}}   B/D {{DATE:O4-O2-77}}
{{DATE:O1/l8/2O24}}  #l4 M0D c0mp0site, Septocaine 4% w/ epi 1:1OO,OOO 1.7 mL, rubber dam, shade A2. Pt t0lerated we1l. {{NAME:K. H0we ll}} DDS / asst {{NAME:Marlee}}
{{DATE:O2/O5/2O24}}  c/o pain #3O, c0ld sensitive lingering >3O sec, perc +. PA: peria pical radi0lucency. Dx sympt0matic irreversib1e pu1pitis. Ref to end0d0ntist Dr. {{NAME:Ravi Subramaniam}} ({{FACILITY:Bluegrass Endodontics}}), tel {{PHONE:859-555-0l4 6}}. Amox 5OO mg TlD x7d, ibupr0fen 6OO mg q6h prn. {{NAME:KH}}
{{DATE:O2/2O/2O24}}  Letter from end0: RCT #3O c0mpleted {{DATE:2/19}}, needs crown. Pt's ins: Bluegrass Dental Plan, sub ID {{HEALTH_PLAN:BDP-O88l29O}}; empl0yer {{FACILITY:Lexington Tire & Rubber}}.
{{DATE:O3/l1/2O24}}  Prep #3O f0r PFM cr0wn, impressi0n, temp (Integrity). Lab: {{FACILITY:Keene1and Dental Lab}}. Next appt 2 wks. Spouse {{NAME:Funmi}} ca11ed re: bi11 ({{PHONE:859-555-O147}}). {{NAME:KH}}/{{NAME:ml}}
[page 2 illegible - c0ffee stain]`,

  `MSH|^~\\&|MEDITECH|{{FACILITY:SAGEBRUSH GENERAL}}|PYXIS|{{FACILITY:SGH PHARM}}|{{DATE:20240723221547}}||ADT^A08|{{ID:SGH072322154700017}}|P|2.4
EVN|A08|{{DATE:20240723221547}}|||{{NAME:RNTORRES}}
PID|1||{{MRN:S01948812}}^^^{{FACILITY:SGH}}^MR~{{SSN:527-71-0493}}^^^SSA^SS||{{NAME:BLACKFEATHER}}^{{NAME:JOSEPHINE}}^{{NAME:ANN}}^^^^L~{{NAME:RUNNING CRANE}}^{{NAME:JOSEPHINE}}^^^^^M||{{DATE:19510212}}|F|||{{ADDRESS:PO BOX 418}}^^{{LOCATION:BROWNING}}^MT^{{ZIP:59417}}||{{PHONE:(406)555-0181}}
NK1|1|{{NAME:BLACKFEATHER}}^{{NAME:DUANE}}|SON|{{ADDRESS:22 AGENCY SQ}}^^{{LOCATION:BROWNING}}^MT^{{ZIP:59417}}|{{PHONE:(406)555-0182}}||EMC
PV1|1|I|{{FACILITY:SGH 3N}}^312^B|||{{FACILITY:SGH ED}}|{{LICENSE:1730418826}}^{{NAME:SKENANDORE}}^{{NAME:PAUL}}|||MED||||7|||{{LICENSE:1730418826}}^{{NAME:SKENANDORE}}^{{NAME:PAUL}}|IN||IHS|||||||||||||||||||||||{{DATE:20240723183000}}
AL1|1|DA|70618^PENICILLIN^RXNORM|SV|ANAPHYLAXIS
AL1|2|DA|2670^CODEINE^RXNORM|MO|NAUSEA
GT1|1||{{NAME:BLACKFEATHER}}^{{NAME:JOSEPHINE}}||{{ADDRESS:PO BOX 418}}^^{{LOCATION:BROWNING}}^MT^{{ZIP:59417}}
IN1|1|IHS01||INDIAN HEALTH SERVICE - PRC|||||||||||||||||||||||||||||||||||{{HEALTH_PLAN:IHS-4418-0022}}
ZPV|updated allergy; maiden name added by {{NAME:rntorres}} per pt ({{NAME:Jo}}); daughter {{NAME:Winona}} is the other emergency contact`,

  `dialysis_treatments_export.tsv  (unit: {{FACILITY:Cottonwood Kidney Center - Pueblo West}})   exported by {{NAME:a.begay}} {{DATE:09/03/2024}}
pt	mrn	chair	tx_date	pre_wt	post_wt	uf_L	qb	kt_v	access	rn	comment
{{NAME:Romero, Ignacio}}	{{MRN:CKC40118}}	4	{{DATE:2024-08-26}}	82.4	79.6	2.8	400	1.41	L AVF	{{NAME:Ortega}}	cramping last hr
{{NAME:Romero, Ignacio}}	{{MRN:CKC40118}}	4	{{DATE:2024-08-28}}	83.1	80.0	3.1	400	1.38	L AVF	{{NAME:Ortega}}	
{{NAME:Jaramillo, Bernadine}}	{{MRN:CKC40276}}	7	{{DATE:2024-08-27}}	61.0	59.2	1.8	350	1.55	R IJ TDC	{{NAME:Sisneros}}	cath flow low, alteplase
{{NAME:Jaramillo, Bernadine}}	{{MRN:CKC40276}}	7	{{DATE:2024-08-29}}	61.6	59.5	2.1	350	1.49	R IJ TDC	{{NAME:Sisneros}}	to IR {{DATE:9/5}} for AVF eval
{{NAME:Chee, Harrison}}	{{MRN:CKC40311}}	2	{{DATE:2024-08-27}}	95.8	92.4	3.4	450	1.22	L AVG	{{NAME:Ortega}}	left AMA 30 min early
{{NAME:Chee, Harrison}}	{{MRN:CKC40311}}	2	{{DATE:2024-08-29}}	-	-	-	-	-	L AVG	{{NAME:Ortega}}	NO SHOW - called wife {{NAME:Loretta}} {{PHONE:719-555-0133}}
Notes: Kt/V target >=1.2; {{NAME:Harrison}}'s transport ({{FACILITY:Pueblo Senior Rides}}) missed pickup on Thursday; social worker {{NAME:Dee}} following. Machines: Fresenius 2008T.`,

  `From: {{NAME:Ngozi Eze-Holloway}} <{{EMAIL:neze@crescentvalleyneuro.com}}>
Sent: {{DATE:Friday, January 12, 2024 3:58 PM}}
To: {{EMAIL:records@crescentvalleyneuro.com}}
Subject: attachments for {{NAME:Feldman}} - please index to the right chart!!

Hi records team,
The files below were uploaded to the shared drive by the EEG tech on Wednesday but three went into the wrong patient folder ({{NAME:Feldmann}}, {{NAME:Marta}} - different pt, 2 n's). Please move and re-index:
  {{NAME:feldman}}_{{NAME:aaron}}_EEG_{{DATE:20240110}}.pdf  -> {{NAME:Aaron Feldman}}, MRN {{MRN:CV-118842}}, DOB {{DATE:07/07/1999}}
  {{NAME:feldman}}_{{NAME:a}}_video_EEG_clip3.mp4
  {{NAME:FELDMAN}}_{{NAME:AARON}}_ROUTINE_MRI_BRAIN_{{DATE:2023-12-18}}.dcm.zip
  {{NAME:feldmann}}_{{NAME:marta}}_EMG.pdf  -> stays with {{NAME:Marta Feldmann}}, MRN {{MRN:CV-097215}}
{{NAME:Aaron}}'s mother ({{NAME:Rachel}}) already received the EEG result by portal, so we need to check whether {{NAME:Marta}}'s EMG was visible to her - I've told our privacy officer, {{NAME:Lionel Baptiste}}, incident {{ID:PRV-2024-0009}}.
Dr. {{NAME:Sørensen}} reviewed both studies; no change in interpretation.
Thanks - {{NAME:Ngozi}}
{{FACILITY:Crescent Valley Neurology}} | {{PHONE:505-555-0175}} | 7T Siemens scanner downtime Tuesday`,

  `VIDEO REMOTE INTERPRETING - session log (auto-generated)   Vendor: LinguaBridge   Session {{ID:VRI-24-8831190}}
Facility: {{FACILITY:Saint Columba Medical Center}}, unit 6 South, room 614   Requested by: {{NAME:Kelsey Dunmore}}, RN
Language: Spanish (Mexican)   Interpreter ID #{{ID:30418}} ("{{NAME:Mariela}}")   Start {{DATE:07/18/2024 14:03:11}}   End {{DATE:07/18/2024 14:41:55}}   Duration 38:44
Patient label (as entered by RN): {{NAME:Heriberto Camacho Lira}} / {{MRN:SC-5520184}}
Transcript summary (consented for QA):
14:04 RN explains new insulin schedule (glargine 22 units at night, lispro 6 units with meals)
14:09 Pt (via interp.): "En mi casa en {{LOCATION:Yuma}} no tengo refrigerador bueno, se descompuso hace dos meses."
14:12 Daughter {{NAME:Areli}} joins by phone ({{PHONE:928-555-0188}}), speaks English, asks to be called about discharge
14:20 Teach-back: pt demonstrates pen use with 1 error (did not prime 2 units); corrected
14:31 Dietitian {{NAME:Joanne Pak}} joins; carbohydrate counting with tortillas/rice examples
14:40 Pt: "Gracias, señorita {{NAME:Kelsey}}." Call ended by RN.
Audio quality: good. Disconnects: 0. Video: 720p, 1 frozen frame at 14:22.`,

  `{{FACILITY:Brookhaven Dermatology & Mohs Surgery}}
{{ADDRESS:2400 Commonwealth Ave, Ste 210}}, {{LOCATION:Newton}}, MA {{ZIP:02466}}  |  P {{PHONE:617-555-0109}}  F {{FAX:617-555-0110}}

{{DATE:10/09/2024}}
Bay Colony Health Plan - Pharmacy Appeals (Level 2)
Member: {{NAME:Siobhan Mulcahy-Tran}}   ID {{HEALTH_PLAN:BCH 0477 1882 01}}   DOB {{DATE:01/26/1987}}
Drug requested: risankizumab 150 mg/mL pen, q12 weeks after loading   Prior denial ref {{ID:RX-APL-24-55129}} ({{DATE:09/24/2024}})

Dear Medical Director,
Ms. {{NAME:Mulcahy-Tran}} is a 37 year old elementary teacher ({{FACILITY:Watertown Montessori School}}) with severe plaque psoriasis, BSA 22%, PASI 18.4, DLQI 21, and psoriatic arthritis confirmed by Dr. {{NAME:Abiola Fashola}} (rheumatology, {{FACILITY:Charles River Arthritis Center}}) on {{DATE:6/4/2024}}. Your denial states she must first fail adalimumab. She has: adalimumab 40 mg q2w from {{DATE:08/2022}} to {{DATE:02/2023}} with secondary loss of response (anti-drug antibodies, level <1 on {{DATE:2/10/23}}), then secukinumab 300 mg monthly {{DATE:04/2023-06/2024}}, stopped for recurrent Candida esophagitis (EGD at {{FACILITY:Auburndale Endoscopy Center}}, {{DATE:5/22/24}}). Methotrexate caused transaminitis (2021). Records enclosed (23 pages).
An IL-23 inhibitor is the appropriate next step per AAD-NPF guidelines. Please overturn.
{{NAME:Declan Whitcombe}}, MD   NPI {{LICENSE:1881645207}}   {{NAME:DW}}/{{NAME:sr}}`,

  `CONSENTIMIENTO INFORMADO / INFORMED CONSENT - procedure note addendum
{{FACILITY:Valle Grande Surgical Center}}   Pt: {{NAME:Fidel Arturo Sepúlveda}}   MRN {{MRN:VG-0334871}}   DOB {{DATE:09/11/1964}}
Procedimiento: colecistectomía laparoscópica (laparoscopic cholecystectomy), posible conversión a abierta; colangiografía intraoperatoria.
Cirujano: Dr. {{NAME:Camilo Restrepo-Hinds}}   Fecha de la cirugía: {{DATE:jueves 14 de noviembre de 2024}}
Discussed on {{DATE:11/07/2024}} in clinic in Spanish (surgeon is a native speaker; no interpreter needed). Pt's wife, Sra. {{NAME:Maricela Sepúlveda}}, and son {{NAME:Julián}} present.
Riesgos explicados: sangrado, infección, lesión de la vía biliar (~0.3-0.5%), fuga biliar, lesión intestinal, hernia, trombosis, reacción a la anestesia. Alternativas: observación, dieta baja en grasa, colecistostomía percutánea.
The patient asked whether he can go back to work at {{FACILITY:Rio Bravo Packing Co.}} (line supervisor, lifts 30-40 lb): light duty 2 weeks, no lifting >10 lb for 4 weeks; work note given to HR contact {{NAME:Denise Valdez}}, fax {{FAX:915-555-0192}}.
Pt repeated risks back in his own words ("me pueden lastimar el conducto de la bilis"). All questions answered. Testigo / witness: {{NAME:Rubí Alvarado}}, RN.
Firma del paciente: {{NAME:F. A. Sepúlveda}}   {{DATE:07/11/2024 16:20}} (written day-first by pt = {{DATE:Nov 7}})
{{NAME:CRH}}/{{NAME:ra}}`,

  `[Received by email as PDF from Ireland, printed and scanned {{DATE:08/05/2024}}]
{{FACILITY:Galway Bay University Hospital}} - Emergency Department Discharge Letter
Patient: {{NAME:Kevin Dwyer-Lachance}}   Hospital no. {{MRN:GBU 8841726}}   D.O.B. {{DATE:17/09/1969}}
Address (visitor): {{ADDRESS:1142 Elm Grove Rd}}, {{LOCATION:Burlington}}, Vermont {{ZIP:05401}}, USA   Local: {{FACILITY:Corrib View B&B}}, {{LOCATION:Salthill}}
Date of attendance: {{DATE:29/07/2024}}   Time seen: 21:15   Triage cat. 3 (Manchester)
Consultant: Dr {{NAME:Aoife Ní Bhriain}}   Seen by: Dr {{NAME:Cillian Moran}}, SHO
History: 54M on a walking holiday on the {{LOCATION:Aran Islands}}, slipped on wet rocks on {{DATE:28/07}}, inversion injury R ankle, able to weight bear 4 steps. Ottawa ankle rules positive (posterior edge lateral malleolus tenderness).
X-ray: Weber A fracture distal fibula, mortise congruent.
Treatment: below-knee backslab, crutches, paracetamol 1 g QDS, ibuprofen 400 mg TDS with food. Thromboprophylaxis: tinzaparin 4,500 units SC daily x 6 weeks given travel (first dose here, 5 syringes supplied, batch 23K117 exp 10/2026).
Follow-up: fracture clinic here on {{DATE:05/08/2024}} if still in Ireland, otherwise with his own doctor in the US - his PCP is Dr {{NAME:Rebecca Haskins}}, {{FACILITY:Champlain Valley Family Practice}}, tel {{PHONE:+1 802 555 0144}}.
Patient's mobile {{PHONE:+1 802 555 0145}}; wife {{NAME:Maureen}} travelling with him.
Signed: Dr {{NAME:C. Moran}}, MCRN {{LICENSE:441872}}`,

  `{{FACILITY:ALLCARE LONG-TERM CARE PHARMACY}} - RESIDENT MEDICATION PROFILE / FILL HISTORY (cycle fill)
Facility: {{FACILITY:Willowbrook Manor Nursing & Rehab}}, Wing C, Rm 118-A   Printed {{DATE:12/02/2024 05:31}}
Resident: {{NAME:DUPREE, ODESSA MAE}}   DOB {{DATE:02/29/1928}}   Age {{AGE:96}}   Res ID {{MRN:WBM-2218}}   Pharm pt # {{MRN:AC-0088413}}
Payer: Medicare Part D (Liberty Senior Rx) {{HEALTH_PLAN:LSR88210477}} / Medicaid {{HEALTH_PLAN:LA-00441823901}}
Attending: {{NAME:Okonkwo-Bell, Ifeoma}} MD   Code status: DNR/DNI   Allergies: NKDA
Cycle   Rx#        Drug                                 Sig                          Qty  Filled
DEC     {{ID:4471903}}    donepezil 10 mg tab                  1 PO qhs                      30  {{DATE:11/28/24}}
DEC     {{ID:4471904}}    sertraline 50 mg tab                 1 PO daily                    30  {{DATE:11/28/24}}
DEC     {{ID:4471905}}    furosemide 20 mg tab                 1 PO qAM (hold SBP<100)       30  {{DATE:11/28/24}}
DEC     {{ID:4471906}}    acetaminophen 500 mg tab             2 PO TID (max 3 g/d)         180  {{DATE:11/28/24}}
PRN     {{ID:4468112}}    lorazepam 0.5 mg tab (C-IV)          1 PO q8h prn anxiety          10  {{DATE:11/15/24}}
STAT    {{ID:4473210}}    cephalexin 500 mg cap                1 PO QID x5d (UTI)            20  {{DATE:12/01/24 22:40}}
Notes: cephalexin delivered by courier {{NAME:Rashad}} 0115, received by LPN {{NAME:Tiffany Hebert}}. GDR review of sertraline due {{DATE:1/2025}} (consultant pharmacist {{NAME:M. Landry}}, PharmD). POA: nephew {{NAME:Clarence Dupree}} {{PHONE:337-555-0161}}.`,

  `{{FACILITY:MOUNTAIN PASS FIRE DISTRICT}} - EMS RUN REPORT - CARDIAC ARREST / TERMINATION OF RESUSCITATION
Incident # {{ID:MPFD-24-003318}}   Date {{DATE:01/06/2024}}   Units: Medic 41, Engine 42   PSAP call 0507
Address: {{ADDRESS:77 Aspen Ridge Way}}, {{LOCATION:Evergreen}} CO {{ZIP:80439}} (upstairs bedroom)
Pt: {{NAME:Gordon Leland Whitacre}}   DOB {{DATE:03/03/1946}}   77 M   Identified by wife {{NAME:Patricia Whitacre}}
Timeline: last known well 2330 (went to bed), found by wife 0503 not breathing. Bystander CPR by wife (dispatcher-assisted) 0508. Medic 41 at pt 0516.
Initial rhythm asystole, confirmed 2 leads. Dependent lividity in legs. Temp of skin cool. 2 rounds epinephrine 1 mg IO, i-gel airway, ETCO2 9-11, no shockable rhythm at any check.
TOR per protocol at 0541 after 25 min ALS, on-line med control Dr. {{NAME:Fujimoto}} ({{FACILITY:Front Range Medical Center}} base).
PMH (from wife and pill bottles): CAD s/p CABG "about 8 years ago" per wife, ICD (Medtronic Evera, serial {{DEVICE:BWB448812H}}), DM2, CKD. Meds: carvedilol, Entresto, insulin glargine.
Coroner notified 0545: Deputy Coroner {{NAME:L. Archuleta}}, case {{ID:JC-24-0041}}. Body left in place for coroner per instruction. Chaplain Fr. {{NAME:Tom}} from {{FACILITY:Christ the King Parish}} arrived 0610 to sit with family. Daughter {{NAME:Amy Whitacre-Sloan}} en route from {{LOCATION:Denver}}, {{PHONE:303-555-0193}}.
Report: {{NAME:J. Sandoval}}, FF/Paramedic #{{LICENSE:P-3318}}`,

  `HOJA DE TRABAJO - CERTIFICADO DE DEFUNCIÓN / DEATH CERTIFICATE WORKSHEET (bilingual, for repatriation)
Funeraria / Funeral home: {{FACILITY:Funeraria Guadalupana del Valle}}, {{LOCATION:Greeley}} CO, director {{NAME:Abel Trujillo}} {{PHONE:970-555-0127}}
Nombre del fallecido: {{NAME:Eusebio Carrillo Navarrete}}   Sexo: M   Edad: 64
Fecha de nacimiento: {{DATE:5 de mayo de 1959}}   Lugar de nacimiento: {{LOCATION:Jerez}}, Zacatecas, México
Fecha de defunción: {{DATE:domingo 18 de febrero de 2024, 23:10}}   Lugar: {{FACILITY:North Platte Valley Hospital}}, ICU
Domicilio: {{ADDRESS:1420 8th Ave, Trailer 6}}, {{LOCATION:Greeley}}, CO {{ZIP:80631}}
Ocupación: trabajador de lechería / dairy worker, {{FACILITY:Double R Dairy}}, 22 años
Estado civil: casado. Esposa: {{NAME:Herminia Salas de Carrillo}} (en {{LOCATION:Jerez}}). Informante: hijo {{NAME:Ramiro Carrillo Salas}}, {{PHONE:970-555-0128}}
Padre: {{NAME:Anacleto Carrillo}}   Madre (apellido de soltera): {{NAME:Josefina Navarrete}}
Matrícula consular {{ID:MC-0447182-ZAC}}; sin número de Seguro Social.
Causa de muerte (Parte I): a) choque séptico b) neumonía por aspiración c) hemorragia intracerebral (días)
Parte II: hipertensión, diabetes tipo 2. Forma: natural. Autopsia: no.
Médico certificante: Dr. {{NAME:Viktor Hrabal}}, hospitalist, CO lic. {{LICENSE:DR.0059441}}
Disposición: traslado a México (embalsamamiento; permiso de tránsito pendiente; consulado notificado {{DATE:19/02/2024}}).`,

  `{{FACILITY:Bridgewater Child & Adolescent Forensic Clinic}}
CONFIDENTIAL - Juvenile court-ordered psychological evaluation (disposition)
To: Judge {{NAME:Harold Nakashima}}, Juvenile Division   Petition no. {{ID:JV-24-0199}}   Report date {{DATE:August 2, 2024}}
Youth: {{NAME:D'Andre L. Whitmore}} ({{NAME:D.L.W.}})   DOB {{DATE:03/30/2009}}   Age 15   DJJ ID {{ID:448812}}
School: 9th grade, {{FACILITY:Eastbrook High School}} (IEP for SLD reading); counselor Ms. {{NAME:Lin}}
Referral question: risk and treatment needs following adjudication for burglary ({{DATE:4/19/24}}).
Procedures: interviews with youth ({{DATE:7/15/24}}, {{DATE:7/22/24}}) at the {{FACILITY:Lakeside Juvenile Detention Center}}, with his grandmother and guardian Mrs. {{NAME:Loretta Whitmore}} ({{PHONE:757-555-0153}}), and his probation officer {{NAME:Marcus Bell}}; WISC-V (FSIQ 84), SAVRY, MAYSI-2; school and records from {{FACILITY:Tidewater Community Services Board}}.
{{NAME:D'Andre}} is a quiet, polite 15 year old who began skipping school after his older brother, {{NAME:Terrell}}, was shot in {{DATE:January 2024}}. He meets criteria for PTSD and cannabis use disorder, mild. No psychosis. SAVRY: moderate risk, strong protective factors (grandmother, basketball at the {{FACILITY:Ocean View Youth Center}}).
Recommendations: community probation rather than commitment; TF-CBT; MST; reading intervention via IEP.
{{NAME:Nadine Kapoor-Ellis}}, PsyD, licensed clinical psychologist   VA lic. {{LICENSE:0810-005512}}`,

  `<<OCR of mailed EOB, uploaded by patient to portal - low-quality phone photo>>
Pinnac1e Health Partners   EXPLANATI0N 0F BENEFlTS   This is n0t a bi11
Mem ber: {{NAME:ANT0NlA BELL0-RlVERS}}   lD# {{HEALTH_PLAN:PHP7718O2244}}   Stmt date {{DATE:O6/O3/2O24}}
Patient: {{NAME:ANT0NlA BELL0-RlVERS}}   C1aim # {{ACCOUNT:24l55 O9 8812}}
Pr0vider: {{FACILITY:SUNBELT ANESTHES lA GROUP}}   (0ut 0f netw0rk)
Serv ice date {{DATE:O4/l8/2O24}}   CPT OO79O  Anesth, up abd/laparoscopic  units 11   Billed $2,86O.OO
Al1owed $6l2.4O   Paid $O.OO   Deductib1e $6l2.4O   Y0u may 0we $2,86O.OO*
*N0 Surprises Act: this service was at an in-netw0rk faci1ity ({{FACILITY:Gulf Breeze Surgical Hospital}}); y0u sh0uld 0nly 0we in-netw0rk cost sharing. Remark NSA-4.
-- patient's message with upload, {{DATE:6/5/24 8:12 PM}}: "Dr. {{NAME:Pham}}, is this right?? I got a bill for $2860 from the anesthesia people for my gallbladder surgery with Dr. {{NAME:Oduya}}. I never saw them before. My husband {{NAME:Raúl}} says call the insurance. -{{NAME:Toni}}"
-- reply by {{NAME:Sherelle}} (billing advocate), {{DATE:6/6/24 9:40 AM}}: forwarded to the NSA dispute line; pt told not to pay; template letter sent to {{EMAIL:toni.bellorivers@gmail.com}}. Claim ref in our file {{ID:BA-0606-771}}.`,

  `HL7 ORM^O01 (radiology order) - printed from interface viewer, fields wrapped
MSH|^~\\&|CPOE|{{FACILITY:ST VINCENT DE PAUL MC}}|RIS|{{FACILITY:SVDP RAD}}|{{DATE:20240312101422}}||ORM^O01|{{ID:CP240312-44818}}|P|2.3
PID|1||{{MRN:000338129}}^^^{{FACILITY:SVDP}}||{{NAME:HOANG}}^{{NAME:TUYET}}^{{NAME:MINH}}||{{DATE:19750404}}|F|||{{ADDRESS:2210 PACIFIC COAST HWY APT 7}}^^{{LOCATION:HUNTINGTON BEACH}}^CA^{{ZIP:92648}}||{{PHONE:714-555-0165}}|||||{{ACCOUNT:A00914477103}}
PV1|1|O|{{FACILITY:SVDP BREAST CTR}}^US2|||||{{LICENSE:1255093318}}^{{NAME:ROSENTHAL}}^{{NAME:ILANA}}
ORC|NW|{{ID:RAD77120488}}||||||||||{{LICENSE:1255093318}}^{{NAME:ROSENTHAL}}^{{NAME:ILANA}}
OBR|1|{{ID:RAD77120488}}||76642^US BREAST LIMITED LEFT^CPT|||{{DATE:202403121010}}||||||Palpable lump L breast 3:00, 2 cm FN, noted by pt {{DATE:3/1}}; mother dx breast CA age 44; BRCA neg (2019); prior mammo {{DATE:11/2023}} at {{FACILITY:Seaside Imaging}} BI-RADS 2||||||||||||1^^^{{DATE:20240314}}^^R
NTE|1||Pt requests female sonographer; Vietnamese interpreter (tel. line, ID {{ID:31184}}); pt's sister {{NAME:Lan}} may accompany. Ordered by {{NAME:IR}} {{DATE:03/12/2024 10:10}}.`,

  `{{FACILITY:PIEDMONT HEALTHCARE LABORATORY SERVICES}} - MICROBIOLOGY - FINAL REPORT        page 1/1
PATIENT: {{NAME:MWANGI, GRACE WANJIRU}}            MRN: {{MRN:PH00571183}}      DOB: {{DATE:1992-08-19}}   F
LOCATION: {{FACILITY:PHLS WOMEN'S CLINIC - HILLSIDE}}  ORDERING: {{NAME:KIRKPATRICK, SEAN}} MD   NPI {{LICENSE:1568842093}}
ACCESSION: {{ID:MB-24-118833}}   SOURCE: urine, clean catch   COLLECTED: {{DATE:2024-10-21 09:12}}   RECEIVED: {{DATE:2024-10-21 11:40}}
PRELIM {{DATE:2024-10-22 08:00}}: >100,000 CFU/mL gram-negative rods
FINAL  {{DATE:2024-10-23 14:35}}: >100,000 CFU/mL Escherichia coli (ESBL-producing)
SUSCEPTIBILITY (MIC, ug/mL)          INTERP
  ampicillin             >=32            R
  ceftriaxone            >=64            R
  cefepime                 16            R
  ciprofloxacin          >=4             R
  nitrofurantoin          <=16           S
  fosfomycin (E-test)       1            S
  TMP/SMX                >=320           R
  meropenem              <=0.25          S
COMMENT: ESBL organism - contact precautions if admitted. Pregnancy noted on requisition (EGA 14 wk): nitrofurantoin or fosfomycin per clinician.
Result phoned to {{NAME:Bethany}} (RN, Dr. {{NAME:Kirkpatrick}}'s office) {{DATE:10/23/2024 14:50}} by {{NAME:TLQ}}; read-back OK.
Reviewed: {{NAME:Oksana Hrytsenko}}, MD, PhD, Medical Director   CLIA 11D0665412   Vitek 2 / BD Phoenix`,

  `From: {{NAME:Rosalind Achebe-Grant}}, RN <{{EMAIL:rachebegrant@copperridgemed.org}}>
Sent: {{DATE:Tuesday, September 10, 2024 6:14 AM}}
To: {{NAME:Mitchell Boyce}} <{{EMAIL:mboyce@copperridgemed.org}}>; Risk Management <{{EMAIL:risk@copperridgemed.org}}>
Subject: Incident {{ID:IR-2024-04471}} follow-up - fall, 4 Tower rm 431

{{NAME:Mitch}},
Follow-up on the fall reported overnight. Pt {{NAME:Augustin Delacroix-Pike}}, {{AGE:93}}, MRN {{MRN:CR-7718204}}, admitted {{DATE:9/7}} with pneumonia, found on floor at 0215 {{DATE:9/10}} by CNA {{NAME:Shaquana}} next to the bed, bed alarm was OFF (not reset after the 2300 toileting by float CNA {{NAME:Pete}} from {{FACILITY:Summit Staffing}}). Morse 75. He was on zolpidem 5 mg qhs ordered {{DATE:9/8}} - I've asked Dr. {{NAME:Kaplan}} to review, Beers list. CT head neg, R hip XR neg, small skin tear L forearm. His son {{NAME:Remy Delacroix-Pike}} was called at 0300 ({{PHONE:406-555-0119}}) and is upset; he wants a call from the nurse manager.
I'm off until Friday; {{NAME:Jun}} is covering. - {{NAME:Rosalind}}

-----Original Message-----
From: RL Datix <{{EMAIL:noreply-datix@copperridgemed.org}}>
Sent: {{DATE:Tuesday, September 10, 2024 2:47 AM}}
Subject: New incident {{ID:IR-2024-04471}} submitted by {{NAME:sgreen4}} (Fall, harm level: minor)`,

  `WhatsApp export -> pasted in chart by agency coordinator (family gave consent) - "Mrs {{NAME:Orlov}} care team"
{{DATE:11/3/24, 7:02 AM}} - {{NAME:Galina}} (daughter): good morning girls, mama didn't sleep, she was calling for papa all night
{{DATE:11/3/24, 7:15 AM}} - {{NAME:fatima}} (aide): ok i am on way, will be there 8. did she take the 6am pill?
{{DATE:11/3/24, 7:16 AM}} - {{NAME:Galina}} (daughter): yes metoprolol and the half of quetiapine. bp 142/80
{{DATE:11/3/24, 9:40 AM}} - {{NAME:fatima}} (aide): she ate porridge, walked to kitchen with walker. sugar 164. she said {{NAME:misha}} is coming?
{{DATE:11/3/24, 9:41 AM}} - {{NAME:Galina}} (daughter): my brother {{NAME:Mikhail}} flies in from {{LOCATION:Toronto}} tuesday
{{DATE:11/3/24, 1:05 PM}} - {{NAME:rosa m}} (aide pm): took over from {{NAME:fatima}}. small bruise left arm, she bumped door
{{DATE:11/3/24, 1:30 PM}} - {{NAME:Galina}} (daughter): pls tell nurse {{NAME:Ewa}} from {{FACILITY:Harmony Home Health}} when she comes wednesday
{{DATE:11/4/24, 8:22 AM}} - {{NAME:Ewa}} RN: will check it. also her INR draw moved to {{DATE:11/6}}, lab is {{FACILITY:QuickDraw Mobile Phlebotomy}} ({{PHONE:412-555-0114}})
Coordinator note ({{NAME:T. Quinlan}}): client {{NAME:Vera Orlov}}, {{AGE:94}}, {{ADDRESS:55 Beechwood Blvd, Apt 2}}, {{LOCATION:Pittsburgh}}. No injury requiring visit; family aware.`,

  `Mensajes de texto (SMS) entre la promotora de salud y la familia - impresos para el expediente
Programa: {{FACILITY:Salud Sin Fronteras - Promotoras}}   Paciente: {{NAME:Herminio Bautista Cruz}}   Exp. {{MRN:SSF-1187}}   Promotora: {{NAME:Elvia Nájera}}
[{{DATE:02/04/2024 10:14}}] {{NAME:Elvia}}: Buenos días Don {{NAME:Herminio}}, le recuerdo su cita con la Dra. {{NAME:Okonkwo}} el {{DATE:martes 6 de febrero}} a las 9:00 en la {{FACILITY:Clínica del Pueblo Yakima}}. ¿Necesita transporte?
[{{DATE:02/04/2024 11:32}}] {{NAME:Herminio}}: Si por favor. Mi hijo {{NAME:Nicolás}} trabaja en la empacadora ({{FACILITY:Cascade Fruit Packers}}) y no me puede llevar.
[{{DATE:02/04/2024 11:40}}] {{NAME:Elvia}}: Listo, lo recoge la van a las 8:15 en {{ADDRESS:Calle 3 #412}} (su casa en {{LOCATION:Wapato}}). Lleve sus medicinas y el glucómetro.
[{{DATE:02/05/2024 18:03}}] {{NAME:Herminio}}: El azúcar hoy en la mañana 287. Tengo sed y orino mucho. Ya no tengo la insulina desde el {{DATE:30 de enero}}.
[{{DATE:02/05/2024 18:10}}] {{NAME:Elvia}}: Don {{NAME:Herminio}}, eso es alto. Le avisé a la enfermera {{NAME:Paty}}. Si tiene vómito o confusión vaya a urgencias del {{FACILITY:Hospital Memorial del Valle}}. Mañana le damos la insulina.
[{{DATE:02/06/2024 11:02}}] {{NAME:Elvia}}: Nota: vino a la cita, glucosa 262, A1c 11.8. Reinició glargina 18 u. Programa de descuento (340B).
Tel. del paciente {{PHONE:509-555-0138}} / hijo {{PHONE:509-555-0139}}.`,

  `[Outside records - received by fax from Australia {{DATE:15/03/2024}}; day-first dates throughout]
{{FACILITY:Coral Coast Base Hospital}} - Medical Discharge Summary
Patient: {{NAME:Bradley J. Konopka}}   URN {{MRN:CCB0441877}}   DOB {{DATE:21/10/1961}}   Age 62
Usual address: {{ADDRESS:318 Larkspur Lane}}, {{LOCATION:Bozeman}}, Montana {{ZIP:59715}}, USA (overseas visitor - Reciprocal Health Care not applicable)
Admitted {{DATE:08/03/2024}}   Discharged {{DATE:13/03/2024}}   Ward: {{FACILITY:Banksia Ward}} (Cardiology)
Consultant: Dr {{NAME:Mei Tanaka-Ryan}}   Registrar: Dr {{NAME:Lachlan Pereira}}
Diagnosis: NSTEMI; PCI to mid-LAD (1 x DES, Xience Sierra 3.0 x 28 mm) on {{DATE:09/03/2024}}. LVEF 50%.
Complications: nil. Small R radial haematoma, resolved.
Medications on discharge: aspirin 100 mg mane; ticagrelor 90 mg BD (12 months); atorvastatin 80 mg nocte; metoprolol 23.75 mg mane; GTN spray PRN.
Follow-up: fit to fly {{DATE:20/03/2024}} per CASA-style guidance (more than 3 days post uncomplicated PCI). Cardiology review with his own cardiologist in {{LOCATION:Bozeman}}, Dr {{NAME:Eric Lindahl}} ({{FACILITY:Gallatin Heart Clinic}}), within 2 weeks of return. Travel insurer (Wanderwell) case no. {{ID:WW-AU-2024-0088}}.
Next of kin: wife {{NAME:Deborah Konopka}}, mobile {{PHONE:+1 406 555 0126}}; staying at {{FACILITY:Palm Cove Beach Resort}}, {{LOCATION:Cairns}}.
Electronically signed Dr {{NAME:L. Pereira}} {{DATE:13/03/2024 11:02}}`,
];

export const HELDOUT_REALISTIC_16_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout16-${i + 1}`, n));
