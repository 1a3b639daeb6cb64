// Held-out set 34: hand-written, realistic synthetic notes (all invented: no real person, record,
// number or institution; phone numbers are 555-01xx numbers; towns and cities are real places used
// only as LOCATION). Flavour: Florida and Puerto Rico health care -- retirees and snowbirds (with
// home towns in Canadian provinces and US states), Cuban, Haitian, Puerto Rican, Venezuelan,
// Colombian, Brazilian and Jamaican names, bilingual Spanish/English and Haitian Creole phrases,
// condo and retirement-community addresses with unit numbers, assisted-living and memory-care
// facilities, cruise-line and theme-park employers, hurricane shelters, large hospital systems and
// their abbreviations. Clinical areas: cardiology (device checks, cath), oncology, dermatology and
// Mohs surgery for skin cancer, ophthalmology, memory care, dialysis, plus Medicare Advantage
// paperwork, pharmacy refills, patient-portal messages, EMS runs, ED notes and discharge summaries,
// a few with MIMIC-style [** **] placeholders. Shapes vary: ALL CAPS summaries, Title-case letters
// and forms, lower-case nursing and EMS shorthand, tables, fax covers, copy-forward text, telephone
// and portal threads, shelter and ALF logs. Look-alike non-PHI is mixed in on purpose: eponyms
// (Mohs, Foley, Glasgow, Alzheimer's, Parkinson's, Snellen, Breslow, Clark, Fitzpatrick, Holter,
// Tenckhoff, Whipple), drug names and doses, lab values, scores (MoCA, CHA2DS2-VASc, Braden, ECOG),
// device models, lot/NDC/CLIA numbers, rooms and beds, CPT/ICD codes, years and weekdays alone,
// clock times, ages of 89 and under, states, provinces and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts. Titles and
// labels stay outside spans (Dr., Dra., Doktè, RN, MD, Sra., Don, Lt., Pastor, Father and the
// Quebec notary's "Me" stay outside NAME spans like titles). MIMIC placeholders are annotated over
// their content (brackets outside), typed by what they stand for; a clock time after the closing
// brackets is left outside. A time attached to a full date is part of it (a shift range is not);
// a weekday written with a date is part of it; a date range written as one token (1/27-1/30/24)
// is one DATE span; a month with a year (03/2021, Aug 2024) is DATE; a weekday, month or year
// alone, clock times alone, POD#/C#D# and ages of 89 and under are not PHI; ages of 90 and over
// are AGE. States, Canadian provinces, Puerto Rico as a whole and countries are not PHI; cities,
// towns, PR municipios, counties, neighbourhoods and cities abroad are LOCATION. Payers (Medicare
// Advantage plans, Medicaid, provincial and travel insurers), their addresses, departments and
// fax lines, and state or federal agencies are not PHI. Hospitals, their abbreviations, named
// wards and wings, clinics, ALFs, memory-care units, named retirement communities and condominium
// buildings, cruise lines and named cruise ships, theme parks and other employers, schools,
// churches, hurricane shelters, labs, pharmacies, funeral homes, home-health, DME and transport
// agencies are FACILITY (a named condo building is FACILITY, separate from its street-address
// span). A street address includes its unit; an apartment, suite or cabin number inside an ALF or
// a ship is a room (not PHI); an intersection or highway location where a person was is ADDRESS.
// Insurer, Medicare MBI, Medicaid and provincial health-card numbers are HEALTH_PLAN; billing,
// claim, booking and account numbers are ACCOUNT; NPI, DEA, state medical licences and driver's
// licences are LICENSE; plates (including golf-cart tags) and VINs are VEHICLE; pacemaker, lead,
// remote-monitor, pump, port, CPAP, cycler and wander-bracelet serials are DEVICE; accession,
// pathology, order, authorization, prescription (Rx), PCR/incident, job, registration, interpreter
// and employee numbers are ID; short in-house pagers and extensions are PHONE; SSNs are SSN; lot,
// CLIA, NDC and trial numbers and a lot's expiry date are not PHI; typist and staff initials are
// NAME.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9161 / 0.9525; pass-11 engine (789a1c5) 0.9447 / 0.9480; pass-12 final engine (978114a) 0.9531 / 0.9529;
// pass-13 engine of the day (b823af5) 0.9575 / 0.9526.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 ED note, snowbird STEMI
  `{{FACILITY:COQUINA BAY MEDICAL CENTER}} ({{FACILITY:CBMC}}) - EMERGENCY DEPARTMENT
Pt: {{NAME:Gerald Fournier}}   MRN {{MRN:CB-00417723}}   DOB {{DATE:04/19/1947}}
Arrival: {{DATE:01/12/2024 06:48}} via private vehicle (wife driving)
Home PCP: Dr. {{NAME:Anne-Marie Lapointe}}, {{LOCATION:Sudbury}}, Ontario (no FL PCP)

HPI: 76 y/o M snowbird staying at {{FACILITY:Pelican Cove Condominiums}}, {{ADDRESS:2750 Gulf Shore Blvd N, Unit 804}}, {{LOCATION:Naples}} FL {{ZIP:34103}}, c/o substernal pressure x 2h that began walking on the beach ~0500. + diaphoresis, nausea. No prior stents. Hx HTN, HLD, ex-smoker (quit 1998). Wife {{NAME:Lise}} at bedside, says he "ignored it since Sunday."
Coverage: OHIP {{HEALTH_PLAN:4471-208-915-KT}} + Canadian travel policy, claim {{ACCOUNT:TRV-88120457}} (billing notified).

EXAM: BP 168/94 HR 102 RR 20 SpO2 95% RA. Diaphoretic. Lungs CTA. No JVD. Levine sign +.
ECG 0652: STE II, III, aVF w/ reciprocal depression I/aVL.
A/P: Inferior STEMI. ASA 324 mg chewed, heparin 4000 U IV, ticagrelor 180 mg. Cath lab activated 0655, Dr. {{NAME:Rafael Oquendo}} (IC) accepting. TIMI discussed.
Contacts: wife cell {{PHONE:(239) 555-0148}}; son {{NAME:Marc Fournier}} in {{LOCATION:Ottawa}} {{PHONE:613-555-0172}}.

{{NAME:K. Whitfield}}, MD   FL lic {{LICENSE:ME 118204}}`,

  // 2 MIMIC-style discharge summary, ALL CAPS
  `ADMISSION DATE: [**{{DATE:2148-11-2}}**]     DISCHARGE DATE: [**{{DATE:2148-11-9}}**]
DATE OF BIRTH: [**{{DATE:2071-3-15}}**]      SEX: F
SERVICE: MEDICINE
ATTENDING: [**{{NAME:Last Name (NamePattern4) 4127}}**]

CHIEF COMPLAINT: DYSPNEA, LE EDEMA
HPI: 77 YO SPANISH-SPEAKING F FROM [**{{LOCATION:Hialeah}}**] WITH HFREF (EF 25%), AFIB ON APIXABAN, CKD 3B, SENT IN BY PCP AT [**{{FACILITY:Clinica Familiar La Ceiba}}**] FOR 9 LB WT GAIN. LIVES WITH DAUGHTER AT [**{{ADDRESS:1450 W 49 ST, APT 12}}**].

HOSPITAL COURSE:
1. ACUTE ON CHRONIC SYSTOLIC HF: IV FUROSEMIDE 80 MG BID, NET -6.2 L. D/C WT 61.4 KG.
2. AFIB: METOPROLOL SUCCINATE 100 MG. CHA2DS2-VASC 5. APIXABAN 2.5 MG BID CONT.
3. HYPONATREMIA: NA 128 -> 134 WITH FLUID RESTRICTION 1.5 L.

DISPOSITION: HOME WITH SERVICE ([**{{FACILITY:Company 2217}}**] HOME HEALTH)
FOLLOW-UP: DR. [**{{NAME:First Name (STitle) 502}}**], CARDIOLOGY, [**{{DATE:2148-11-16}}**]. PHONE [**{{PHONE:Telephone/Fax (1) 6643}}**].
DAUGHTER [**{{NAME:Known firstname 1180}}**] INTERPRETS. "TOME LA PASTILLA DE AGUA CADA MAÑANA Y PÉSESE."

[**{{NAME:First Name11 (Name Pattern1) 3321}}**] [**{{NAME:Last Name (NamePattern1) 8842}}**], MD
DICTATED BY: [**{{NAME:Name8 (MD) 66}}**]   JOB#: [**{{ID:Job Number 55102}}**]`,

  // 3 EMS run sheet, golf cart fall
  `PCR # {{ID:2024-031877}}   Unit: Medic 31   Crew: {{NAME:D. Albrecht}} (PM) / {{NAME:T. Nguyen-Ross}} (EMT)
Date {{DATE:02/27/2024}}  Disp 1412  OS 1421  Trans 1440  AD 1502
Incident loc: cart path behind {{FACILITY:Heron Lake Recreation Center}}, {{LOCATION:The Villages}} FL
Pt: {{NAME:Dolores "Dottie" Kaminski}}  DOB {{DATE:8/3/1932}}  Age {{AGE:91}}  F
Home: {{ADDRESS:1187 Amberwood Loop}}, {{LOCATION:The Villages}} FL {{ZIP:32162}} (summers in {{LOCATION:Erie}}, PA)
Golf cart tag {{VEHICLE:GC-77412}}

CC: fall from golf cart, L hip pain
NARR: called by bystander {{NAME:Walt Hendricks}} ({{PHONE:352-555-0119}}). found pt supine on path, A&Ox4, GCS 15. states she reached for her visor & slid off seat while cart moving slowly. + L hip pain 8/10, LLE shortened & ext rotated. no LOC, no head strike. ASA 81 only. PMH osteoporosis, HTN, L wrist fx 2019.
VS 1425: BP 152/88 P 96 R 18 SpO2 97% RA BGL 118
TX: scoop to stretcher, pillows btw knees, fentanyl 25 mcg IN x1 -> pain 5/10.
Dest: {{FACILITY:LVRH}} ED, report to RN {{NAME:Brianna}}. husband {{NAME:Stan}} following in car, cell {{PHONE:352-555-0186}}.`,

  // 4 Dermatology, Mohs
  `{{FACILITY:PALMETTO SHORES DERMATOLOGY & MOHS SURGERY}}
{{ADDRESS:900 Tamiami Trl S, Suite 210}}, {{LOCATION:Venice}}, FL {{ZIP:34285}}  Ph {{PHONE:941-555-0124}}  Fax {{FAX:941-555-0125}}

Patient: {{NAME:Harold J. Vandermeer}}   Acct {{ACCOUNT:PSD-2290481}}
DOS: {{DATE:March 5, 2024}}    Referring: Dr. {{NAME:Priya Sundaram}}
Seasonal address: {{ADDRESS:44 Shoreline Dr, Apt 3C}}, {{LOCATION:Venice}}; Apr-Nov in {{LOCATION:Grand Rapids}}, MI

Dx: BCC, nodular, R nasal ala (bx {{DATE:2/6/24}}, path {{ID:S24-01877}})
Fitzpatrick I. Hx multiple AKs, SCCIS L forearm 2021; father had melanoma.
Procedure: Mohs micrographic surgery. Stage I 1.2 x 1.0 cm, + margin at 3 o'clock; stage II clear. Final defect 1.8 x 1.5 cm. Repair: bilobed flap (Zitelli). Lidocaine 1% w/ epi 6 mL. EBL minimal. Frozen sections by histotech {{NAME:R. Okafor}}.
Post-op: petrolatum, pressure dsg 48h. Suture removal 1 wk -- he flies to {{LOCATION:Detroit}} {{DATE:3/20}}, so wife {{NAME:Joyce}} will take him to Dr. {{NAME:Lindqvist}} up north if needed.
Sun counseling: SPF 50, wide-brim hat, avoid 10-4 sun (golfs 5x/wk).
Next FBSE 6 mo.

{{NAME:Christopher Dellamonica}}, MD, FAAD`,

  // 5 Portal message, Spanish, refill
  `{{FACILITY:Tamiami Health Partners}} Patient Portal -- Message
From: {{NAME:Yamilé Rodríguez Acosta}} <{{EMAIL:yami.rodriguez58@mailbox-demo.net}}>
To: Dr. {{NAME:Ernesto Villalobos}} / Medicina Interna
Sent: {{DATE:Mon 10/7/2024 9:14 PM}}
Subject: refill y pregunta

Buenas noches doctor, necesito refill del losartan 50mg y la metformina 1000mg, se me acaban el viernes. La farmacia es {{FACILITY:Farmacia Caridad del Cobre}} ({{ADDRESS:2901 SW 8th St}}), tel {{PHONE:305-555-0131}}. Tambien el azucar me ha dado 180-210 en ayunas desde que regresé de {{LOCATION:Camagüey}} de ver a mi mamá. Mi hija {{NAME:Daylín}} dice que le pregunte si subo la dosis. Gracias!!
{{NAME:Yamilé}} (DOB {{DATE:02/11/1958}})

---- Reply {{DATE:10/8/2024 08:02}} ----
Sra. {{NAME:Rodríguez}}: mandé los refills a {{FACILITY:Farmacia Caridad del Cobre}} por 90 días. Por favor hágase la A1c esta semana en {{FACILITY:LabSur Diagnostics}} (orden {{ID:LS-5510342}}) y no cambie la dosis todavía. Si la glucosa pasa de 300 llame al {{PHONE:305-555-0130}}.
-- {{NAME:Marisol}}, MA for Dr. {{NAME:Villalobos}}`,

  // 6 Pharmacy refill fax
  `*** FAX *** REFILL AUTHORIZATION REQUEST ***
TO: Dr. {{NAME:Samuel Okonjo-Baptiste}}   FAX {{FAX:(954) 555-0161}}
FROM: {{FACILITY:SEAGRAPE PHARMACY #12}}, {{ADDRESS:3300 N Federal Hwy}}, {{LOCATION:Fort Lauderdale}} FL {{ZIP:33306}}
PH {{PHONE:954-555-0160}}   DATE/TIME {{DATE:06/03/2024 11:52}}
PHARMACIST: {{NAME:Nadine Clarke-Bowen}}, PharmD   NPI {{LICENSE:1720455893}}

PATIENT: {{NAME:BARRINGTON, DESMOND A}}   DOB {{DATE:12/30/1951}}
PT PHONE {{PHONE:954-555-0177}}   ADDR {{ADDRESS:1500 NE 33rd Ave, Apt 417}}

RX# {{ID:6604127}}  ELIQUIS 5 MG TAB  #60  SIG 1 PO BID   LAST FILL {{DATE:05/02/2024}}  REFILLS LEFT 0
RX# {{ID:6604128}}  ATORVASTATIN 40 MG  #90  SIG 1 PO QHS   LAST FILL {{DATE:03/05/2024}}  REFILLS LEFT 0
RX# {{ID:6591770}}  TAMSULOSIN 0.4 MG  #30  SIG 1 PO QD  NDC 00093-7341-56

NOTE: pt traveling to {{LOCATION:Montego Bay}} {{DATE:6/10-6/24}}, requests vacation override / 90-day supply. Plan requires PA for early fill.

[ ] APPROVED  # refills ____   [ ] DENIED   [ ] NEEDS APPT
PRESCRIBER SIGNATURE ____________  DEA ____________
CONFIDENTIAL: If received in error call {{PHONE:954-555-0160}}.`,

  // 7 Medicare Advantage prior auth
  `PRIOR AUTHORIZATION REQUEST -- OUTPATIENT IMAGING
Plan: SunHarbor Medicare Advantage HMO   UM fax 1-800-555-0199
Date submitted: {{DATE:04/22/2024}}   Urgent? No

MEMBER
Name: {{NAME:Ruth E. Abernathy}}      DOB: {{DATE:09/14/1938}}
Member ID: {{HEALTH_PLAN:SHM884120377}}   MBI: {{HEALTH_PLAN:4TG7-KM2-QA18}}
Address: {{ADDRESS:6200 Gulf Blvd, Unit 1507}}, {{LOCATION:St. Pete Beach}}, FL {{ZIP:33706}}
Residence: {{FACILITY:Bayside Towers Condominium}}
Phone: {{PHONE:727-555-0109}}

REQUESTING PROVIDER
{{NAME:Leonard Petrakis}}, MD -- Oncology   NPI {{LICENSE:1386002471}}
{{FACILITY:Suncrest Cancer Institute}} ({{FACILITY:SCI}}) -- {{LOCATION:Tampa}}   Ph {{PHONE:813-555-0150}}  Fax {{FAX:813-555-0151}}
Contact: {{NAME:Tasha Monroe}}, auth coordinator, x{{PHONE:4417}}

SERVICE: PET/CT skull base to mid-thigh, CPT 78815
DX: C50.412 malignant neoplasm upper-outer quadrant R breast; C77.3
Clinical: 85 yo F, ER+/PR+/HER2-, s/p lumpectomy 2022, new R axillary node 2.1 cm on US {{DATE:4/9/24}}, FNA + (accession {{ID:CY24-3390}}). ECOG 1. Restaging before systemic tx.

Prior auth # (plan use): {{ID:PA-24-0918832}}`,

  // 8 Dialysis run sheet, Haitian Creole
  `{{FACILITY:AQUARENAL DIALYSIS}} -- {{FACILITY:LITTLE HAITI UNIT}}   HD TREATMENT RECORD
Pt: {{NAME:Jean-Robert Dorsainvil}}   MRN {{MRN:AR-330194}}   Chair 14   Shift: MWF 2nd
Tx date: {{DATE:Wed 11/13/2024}}   Nephrologist: Dr. {{NAME:Guerline Estimé}}
Access: L BC AVF (created {{DATE:03/2021}} by Dr. {{NAME:Feldblum}}) -- thrill +, bruit +

Pre: wt 78.9 kg (EDW 76.0)  BP 172/96  HR 84  T 36.7
Post: wt 76.3 kg  BP 148/84  HR 80
Order: 4h, Qb 400, Qd 600, 2K/2.5Ca, UF goal 2.9 L, heparin 2000 U bolus
Labs drawn: monthly -- K 5.8, Hgb 9.6, PTH 612, Kt/V 1.38
Meds given: Mircera 100 mcg IV (lot 7741C), calcitriol 0.5 mcg

RN note 1510: pt c/o cramping last 30 min, UF paused 10 min, NS 200 mL given, resolved. Pt speaks mostly Kreyòl; nephew {{NAME:Wesline}} interpreted by phone {{PHONE:786-555-0153}}. Pt said "mwen bwè twòp dlo nan fèt pitit fi m nan" (drank too much at his daughter's party {{DATE:Saturday 11/9}}). Reviewed 1 L fluid limit w/ pt, gave Creole handout.
Transport home: {{FACILITY:Bon Samaritan Medical Transport}}, pick-up 1545, to {{ADDRESS:189 NE 59th Terrace, Apt 2}}, {{LOCATION:Miami}} {{ZIP:33137}}.
RN: {{NAME:Fabienne Jacques}}, RN   PCT: {{NAME:O. Delgado}}`,

  // 9 Memory care ALF note
  `{{FACILITY:THE MAGNOLIA AT BAYSHORE}} -- MEMORY CARE NEIGHBORHOOD "{{FACILITY:Gardenia Court}}"
Resident: {{NAME:Margaret "Peggy" O'Halloran}}   Apt 118   DOB {{DATE:1/5/1931}} ({{AGE:93}})
Dx: Alzheimer's dementia, moderate-severe (MoCA 9/30 on {{DATE:8/19/24}}); HTN; OA
POA/daughter: {{NAME:Kathleen O'Halloran-Price}}, {{LOCATION:Albany}} NY, {{PHONE:518-555-0144}}, {{EMAIL:kohprice@webmail-demo.com}}

Shift note {{DATE:09/02/2024}} 2300-0700 (copied fwd from prior shift, updated):
Resident exit-seeking at 0215, stood at the courtyard door asking for "the bus to {{LOCATION:Scranton}}." Redirected w/ warm milk and photo album, settled 0240. Wandergard bracelet (SN {{DEVICE:WG-55183-0927}}) checked, functioning.
Incontinent x1 brief change 0400. Skin intact, Braden 16. Morse fall 55 -- bed low, mat down.
0600 ate 1/2 banana, took donepezil 10 mg, amlodipine 5 mg w/ applesauce.
No s/s pain (PAINAD 0).
Note: hospice eval requested by Dr. {{NAME:Arturo Benavides}} -- {{FACILITY:Gulf Breeze Hospice}} liaison {{NAME:Shirelle Dawson}} will come {{DATE:Thursday 9/5}}.
Facility: {{ADDRESS:5120 Bayshore Blvd}}, {{LOCATION:Tampa}} FL {{ZIP:33611}}  Nurse line {{PHONE:813-555-0188}}
-- {{NAME:Rosalind Mbeki}}, LPN`,

  // 10 Oncology consult, Puerto Rico, bilingual
  `{{FACILITY:CENTRO MÉDICO CARIBE ORIENTAL}} ({{FACILITY:CMCO}}) -- Servicio de Hematología/Oncología
Consulta / Consult note                    Fecha: {{DATE:15 de mayo de 2024}}
Paciente: {{NAME:Nilda Enid Santiago Colón}}    Récord: {{MRN:CMCO-7720915}}
Edad: 68   Municipio: {{LOCATION:Juncos}}, PR   Plan: Plan Vital ({{HEALTH_PLAN:PV-100388421}})
Referido por: Dr. {{NAME:Héctor Maldonado Ríos}}, {{FACILITY:CDT de Juncos}}

HPI: 68 y/o F w/ 3 mo of early satiety, 14 lb wt loss. CT A/P {{DATE:4/30/24}} at {{FACILITY:Hospital Monte Flamboyán}}: 4.2 cm pancreatic head mass, abutting SMV <180°, no mets. CA 19-9 = 412. EUS-FNA {{DATE:5/8/24}} (path {{ID:HMF-P24-1108}}): adenocarcinoma.
Social: viuda, vive con su hija {{NAME:Glorimar}} en {{ADDRESS:Urb. Valle Verde, Calle 4 D-17}}, {{LOCATION:Juncos}} {{ZIP:00777}}. Daughter works at {{FACILITY:Escuela Superior Luis Muñoz Grau}}.
ECOG 1.
A/P: Borderline resectable pancreatic adenocarcinoma. Plan neoadjuvant mFOLFIRINOX x 4 cycles then re-stage; refer to Dr. {{NAME:Iván Quiñones}} (HPB surgery) for Whipple candidacy. Port placement ordered. Genetic testing (germline) sent. Discussed en español con paciente e hija; entienden el plan.
{{NAME:Marta L. Figueroa Vega}}, MD -- Lic. {{LICENSE:PR-19074}}   Tel {{PHONE:787-555-0112}}`,

  // 11 Ophthalmology, cataract
  `{{FACILITY:SUNRISE EYE ASSOCIATES}} -- {{LOCATION:Doral}} office
Patient: {{NAME:Luis Alfredo Betancourt}}   DOB {{DATE:07/27/1955}}   Chart {{MRN:SEA-061877}}
Visit: {{DATE:Feb 14 2024}}   Provider: {{NAME:Catalina Restrepo}}, MD   Tech: {{NAME:jm}}
Interpreter: not needed (pt bilingual; from {{LOCATION:Maracaibo}}, in US since 2017)

CC: "veo borroso de lejos, sobre todo de noche" -- glare driving on the expressway at night
VA sc: OD 20/70  OS 20/40   PH: OD 20/50  OS 20/30   BAT (med) OD 20/200
IOP (Goldmann) 16 / 17 @ 10:40
SLE: 3+ NS, 2+ PSC OD > OS. Cornea clear, no guttae. AC D&Q.
DFE: C/D 0.35 OU, macula flat, no DR. Periphery attached.
Biometry (IOLMaster 700): AL 23.81 / 23.77 mm; K's 43.50/44.25.
A/P: Visually significant cataract OD. Plan phaco/IOL OD, target -0.25, SN60WF 20.5 D. Surgery at {{FACILITY:Doral Surgical Pavilion ASC}} {{DATE:3/6/24}}, pre-op clearance with PCP Dr. {{NAME:Gustavo Peralta}} ({{PHONE:305-555-0115}}).
Driving: advised no night driving until OD done. Wife {{NAME:Maritza}} to drive on surgery day.
Rx drops: ofloxacin, prednisolone, ketorolac sent to {{FACILITY:Farmacia La Nacional}} {{PHONE:305-555-0116}}.`,

  // 12 Pacemaker interrogation
  `{{FACILITY:TREASURE COAST HEART & VASCULAR}} -- DEVICE CLINIC
{{ADDRESS:1701 SE Ocean Blvd, Ste 300}}, {{LOCATION:Stuart}}, FL {{ZIP:34996}}

Date: {{DATE:2024-07-18}}   Patient: {{NAME:Wilbur T. Hutchins}}   DOB {{DATE:1934-10-02}} (age 89 -- turns 90 in Oct)
MRN {{MRN:TCHV-440812}}   Remote monitoring ID {{DEVICE:RM-3398120}}
Device: dual-chamber PPM, Assurity MRI model PM2272, SN {{DEVICE:8814427}}
  RA lead 2088TC SN {{DEVICE:CAL122031}}   RV lead 2088TC SN {{DEVICE:CAL120988}}
Implanted {{DATE:05/03/2019}} at {{FACILITY:Stuart Harbor Hospital}} by Dr. {{NAME:Ezra Kowalczyk}}
Indication: CHB.

Interrogation: battery 2.98 V, ~5.5 yr. Mode DDDR 60/130. AP 38%, VP 99%.
RA: sensing 3.1 mV, imp 460 ohm, thresh 0.75 V @ 0.4 ms
RV: sensing 9.8 mV, imp 590 ohm, thresh 1.0 V @ 0.4 ms
Events: 3 AMS episodes, longest 00:04:12 on {{DATE:6/29/2024}}, AT/AF burden <1%.
No changes made. CHA2DS2-VASc 4 -- discussed with Dr. {{NAME:Nkemdirim}}, will review anticoag if burden increases.
Pt returns to {{LOCATION:Bangor}}, Maine {{DATE:5/1}}; remote transmissions continue via home monitor. Next in-office check {{DATE:Nov 2024}}.
{{NAME:Colleen Marsh}}, RN, CCDS`,

  // 13 Hurricane special-needs shelter intake
  `SPECIAL NEEDS SHELTER -- INTAKE / TRIAGE   (Hurricane activation, storm day 1)
Site: {{FACILITY:Gibsonton Bay Middle School SpNS}}, {{ADDRESS:11311 Boyette Rd}}, {{LOCATION:Riverview}}  Cot B-22
Arrived: {{DATE:10/08/2024 16:40}} by county paratransit   Registrant #{{ID:SNS-HC-0413}}

Name: {{NAME:Edna Mae Greenleaf}}   DOB {{DATE:03/21/1933}}   Age {{AGE:91}}
Home: {{FACILITY:Fairway Palms Villas}} -- {{ADDRESS:1622 Fairway Palms Ct, Apt 2B}}, {{LOCATION:Sun City Center}} {{ZIP:33573}} (evac zone A)
Caregiver: neighbor {{NAME:Lorraine Tibbets}} ({{PHONE:813-555-0102}}); son {{NAME:Dale Greenleaf}} in {{LOCATION:Columbus}}, OH {{PHONE:614-555-0190}}

Needs: home O2 2 L NC (concentrator left at home -- shelter tank given, E-cyl x2), walker, insulin (glargine 18 U qhs, brought in cooler). Bed height ok.
Meds brought: yes, in bag, list from {{FACILITY:Sun City Pharmacy}} dated {{DATE:9/30/24}}.
Dialysis? no. Memory: A&Ox3, MMSE not done. Hx CHF, DM2, AF on warfarin (last INR 2.6 per pt).
Triage color: YELLOW. Electricity-dependent: YES (O2).
Plan: q4h VS, FSBS ac/hs, fall precautions. If SpO2 <88 on 3 L -> transfer {{FACILITY:Bayside Regional}}.
Intake RN {{NAME:Yesenia Portillo}}, RN (county volunteer badge {{ID:V-20771}})`,

  // 14 Cruise line crew occupational injury
  `OCCUPATIONAL HEALTH -- CREW CLINIC REFERRAL
Employer: {{FACILITY:Azul Horizon Cruise Line}} -- Port Medical Dept, {{FACILITY:Port Canaveral Terminal 5}}
Crew member: {{NAME:Ravindra "Ravi" Persaud}}   Crew ID {{ID:AHC-0098213}}   Position: galley utility
Nationality: Guyana   DOB {{DATE:16-Aug-1991}}   Passport on file (not copied)
Vessel: {{FACILITY:MS Azul Meridian}}, cabin deck 2 crew area
Date of injury: {{DATE:22-Jan-2024}} approx 0530 ship time, at sea

Shipboard MD note (Dr. {{NAME:Ioana Petrescu}}): slipped on wet galley floor, R wrist FOOSH. Snuffbox tenderness. Ship X-ray: no obvious fx. Thumb spica applied. Ibuprofen 600 mg.
Referred ashore on arrival {{DATE:01/24/2024}} to {{FACILITY:Space Coast Ortho & Hand}}, {{LOCATION:Melbourne}} FL, Dr. {{NAME:Kwame Asante-Lewis}}, for MRI to r/o occult scaphoid fx.
Agent: {{NAME:Melinda Corcoran}}, port agent, {{PHONE:321-555-0135}}, {{EMAIL:mcorcoran@azulhorizon-demo.com}}
Workers' comp/P&I claim {{ACCOUNT:PI-24-00317}}. Hotel for crew: {{FACILITY:Cocoa Beach Inn & Suites}} rm 214.
Emergency contact: wife {{NAME:Savitri}}, {{LOCATION:Georgetown}}, Guyana, {{PHONE:+592 555 0147}}`,

  // 15 Theme park employee, heat illness ED
  `ED PROVIDER NOTE -- {{FACILITY:St. Brendan's Hospital of Orlando}} ({{FACILITY:SBHO}}) {{LOCATION:Kissimmee}} campus
{{DATE:07/16/2024 15:22}}
Pt: {{NAME:Brayden Soto-Whitaker}}  19 M  MRN {{MRN:SB9004431}}  Acct {{ACCOUNT:70012855310}}

HPI: 19yo M, costumed character performer at {{FACILITY:Wonderbay Adventure Park}}, brought by park EMS after collapsing backstage at ~1430 after 2 sets in full-head costume (heat index 108F). Park nurse {{NAME:Gina Lauterbach}} reported confusion, T 104.1 tympanic, cooled with ice packs. No seizure. No drugs/EtOH per pt. Drinks energy drinks.
Supervisor {{NAME:Troy Mabry}} ({{PHONE:407-555-0183}}) at bedside briefly; employee # {{ID:WB-118402}}.
Exam: T 102.6 rectal, HR 128, BP 104/58, RR 24. GCS 14 (E4V4M6) -> 15 at 1530. Skin hot, dry. No rigidity.
Labs: Na 147, Cr 1.9, CK 2,340, lactate 3.1, AST 88.
A/P: Exertional heat stroke, AKI, early rhabdo. Ice-water immersion to 38.9C, 3 L LR, trend CK q6h. Admit obs/tele.
Mom {{NAME:Ivelisse Soto}} called at {{PHONE:407-555-0184}}, en route from {{LOCATION:Poinciana}}.
Work note: off duty until cleared by occ med.
{{NAME:Anjali Mehra-Castillo}}, DO`,

  // 16 Telephone encounter, daughter in Canada
  `TELEPHONE ENCOUNTER
{{DATE:Thu 12/19/2024 10:05}}   Taken by: {{NAME:Brenda Lightfoot}}, LPN   Dept: Cardiology, {{FACILITY:Gulfview Methodist Hospital}} outpatient
Caller: {{NAME:Sylvie Tremblay}} (daughter), calling from {{LOCATION:Laval}}, Quebec -- cb {{PHONE:450-555-0163}}
Patient: {{NAME:Roger Tremblay}}   DOB {{DATE:02/02/1944}}   MRN {{MRN:GMH-2217764}}

Reason: daughter says father "sounds winded" on FaceTime, ankles swollen, gained 2 kg since last Friday per his bathroom scale. Pt at condo ({{ADDRESS:5855 Midnight Pass Rd, #611}}, {{LOCATION:Siesta Key}}) alone, wife {{NAME:Monique}} back in Quebec for a funeral.
Meds per list: Entresto 49/51 BID, carvedilol 12.5 BID, furosemide 40 daily, spironolactone 25.
Triage: no CP, no syncope, can speak full sentences per daughter. Sleeps on 3 pillows (was 1).
Spoke w/ Dr. {{NAME:Oyelaran}}: take extra furosemide 40 mg this afternoon, BMP tomorrow, appt {{DATE:12/20}} 0930 w/ NP {{NAME:Kristin Adair}}.
Called pt directly at {{PHONE:941-555-0106}} -- he agreed, neighbor {{NAME:Gus Pappas}} will drive.
RAMQ card {{HEALTH_PLAN:TREM44020214}} noted; travel insurer will need ER/clinic notes faxed.
ED precautions given in French/English.`,

  // 17 Social work, Cuban elder
  `SOCIAL WORK ASSESSMENT -- {{FACILITY:Biscayne Memorial Hospital}}, {{LOCATION:Kendall}} campus ({{FACILITY:BMHS}})
Date: {{DATE:August 8, 2024}}   Unit: 6 Oeste, rm 622-1
Pt: {{NAME:Orestes Leyva Quintana}}, 84 M   MRN {{MRN:BM-51120387}}
Language: Spanish only. Interpreter: {{NAME:Dayana}} (ID {{ID:INT-3381}})

Pt admitted w/ CAP + delirium, now cleared. Lives alone in efficiency behind his nephew's house at {{ADDRESS:7420 SW 42nd Terrace, rear unit}}, {{LOCATION:Miami}} {{ZIP:33155}}. Came from {{LOCATION:Santa Clara}}, Cuba in 2009 via family reunification. Widower. Receives SSI + Medicaid; enrolled in a dual MA-PD (member {{HEALTH_PLAN:DM77120443}}).
Nephew {{NAME:Yoandy Leyva}} ({{PHONE:786-555-0121}}) works nights at {{FACILITY:Bayfront Cargo Logistics}}, not available days. Pt says "no quiero ir a un asilo."
Attends adult day care at {{FACILITY:Centro Diurno Los Abuelos}} ({{ADDRESS:3050 SW 27 Ave}}) M/W/F.
Barriers: 2 steps no rail, no AC in unit (Aug heat), fridge broken.
Plan: HH PT/RN via {{FACILITY:Caribe Home Health}}; referral to area agency on aging for fan/AC program; meals-on-wheels; f/u PCP Dr. {{NAME:Adalberto Cisneros}} within 7 days.
{{NAME:Lourdes Mederos}}, LCSW  ext {{PHONE:5-2281}}`,

  // 18 Home health visit, Brazilian
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:Atlântico Home Care}}   Visit date {{DATE:03-04-2024}}   Time in 1015 / out 1110
Pt: {{NAME:Maria das Graças Albuquerque}}   DOB {{DATE:11/09/1949}}   Medicare {{HEALTH_PLAN:2RJ9-WD4-HX63}}
Address: {{ADDRESS:2800 N Ocean Blvd, Apt 14F}}, {{LOCATION:Pompano Beach}} FL {{ZIP:33062}}  ({{FACILITY:Ocean Crest Towers}}, gate code on file)
Physician: Dr. {{NAME:Thiago Nogueira}}   Episode SOC {{DATE:02/19/2024}}

Dx: s/p R TKA {{DATE:2/13/24}} at {{FACILITY:APMC}}; DM2; HTN.
Subjective: "a dor melhorou, mas o joelho ainda incha à noite." Pain 3/10 w/ tramadol 50 mg prn (took 1 today).
Objective: T 98.2, BP 138/82, HR 76, SpO2 97%. Incision 20 cm, staples out, steri-strips intact, no erythema/drainage. Mild edema, calf soft non-tender, Homans neg. ROM 5-95 deg per PT.
FSBS 164 (fasting). Lovenox course completed yesterday.
Teaching: s/s DVT/infection, elevation, ice 20 min. Med box filled for week with husband {{NAME:Joaquim}}.
Plan: SN 1w2, PT 3w3. Next SN visit {{DATE:3/11}}. Case mgr {{NAME:Patricia Sobral}}, RN {{PHONE:954-555-0127}}.
Clinician: {{NAME:Devon Whitlock}}, RN -- e-signed`,

  // 19 Hospice admission, Jamaican family
  `HOSPICE ADMISSION -- NURSING ASSESSMENT
{{FACILITY:Gulf Breeze Hospice}}, {{LOCATION:Broward}} team 3     Admit {{DATE:5/27/2024 1400}}
Patient: {{NAME:Winston Delroy McKenzie}}   DOB {{DATE:Oct 3 1940}}   Hospice ID {{MRN:GBH-24-1187}}
Medicare Part A {{HEALTH_PLAN:7HX2-PN8-RT41}} (revoked MA hospice carve-in, original Medicare hospice benefit elected)
Terminal dx: metastatic prostate ca (Gleason 4+5), bone mets; PPS 40%, FAST n/a
Attending of record: Dr. {{NAME:Claudette Barnes-Ogunleye}}   Referring: {{FACILITY:Palm Grove Medical Center}} oncology

Home: {{ADDRESS:8714 Sandpiper Way}}, {{LOCATION:Miramar}}, FL {{ZIP:33025}}. Lives w/ wife {{NAME:Hyacinth}} and grandson {{NAME:Jaheim}} (16). Born {{LOCATION:Mandeville}}, Jamaica; retired bus mechanic. Church: {{FACILITY:New Covenant Seventh-day Adventist}}, Pastor {{NAME:Errol Grant}} visits weekly.
Pain: 6/10 low back & R hip, "mi cyaan sleep pon di right side." Morphine ER 30 mg BID + IR 10 mg q2h prn (used 4x/24h). Bowel regimen senna-S 2 BID.
DME ordered: hospital bed, overbed table, BSC via {{FACILITY:Comfort Medical Supply}} acct {{ACCOUNT:CMS-40918}}, delivery tomorrow.
Code status: DNR -- yellow Florida DNRO signed, on fridge.
Family contacts: wife {{PHONE:954-555-0169}}; daughter {{NAME:Simone McKenzie-Hall}} ({{LOCATION:Brooklyn}}) {{PHONE:718-555-0140}}.
RN CM: {{NAME:Tamara Fleurimond}}, RN`,

  // 20 lower-case nursing discharge note, Colombian
  `d/c note 4 north  {{DATE:1/30/24 1445}}
pt {{NAME:gloria ines zapata}}  rm 418b  mrn {{MRN:0083317452}}
d/c'd home w/ daughter {{NAME:paola}} via private car. pt AAOx4, ambulating w/ rw steady gait. vs stable: bp 132/78 hr 72 rr 16 spo2 96% ra t 98.1.
iv removed cath intact, site clean. tele d/c'd 1300.
education done in spanish w/ interpreter line (ID {{ID:55817}}): new meds apixaban 5 mg bid (first dose given 0900), metoprolol tartrate 25 bid. "si ve sangre en la orina o heces, vaya a emergencias." pt verbalized understanding, teach back ok.
f/u: cardiology dr {{NAME:echeverri}} {{DATE:2/6}} 10:15am at {{FACILITY:broward heart institute}} - {{LOCATION:pembroke pines}}; pcp dr {{NAME:londoño}} 1 wk. holter results pending.
scripts e-sent to mail order? -> no, pt prefers {{FACILITY:farmacia medellin}} on {{ADDRESS:university dr & 6th st}}, {{LOCATION:coral springs}} (called {{PHONE:954-555-0158}}, eliquis in stock).
home address verified: {{ADDRESS:9900 w sample rd apt 308}}, {{LOCATION:coral springs}} {{ZIP:33065}}.
belongings returned incl dentures, glasses, rosary. son {{NAME:andrés}} in {{LOCATION:bogotá}} updated via whatsapp per pt request.
{{NAME:k. ruiz-benoit}} rn`,

  // 21 Cardiac cath report
  `CARDIAC CATHETERIZATION REPORT
{{FACILITY:Coquina Bay Medical Center}} -- Cath Lab 2
Patient: {{NAME:FOURNIER, GERALD}}   MRN {{MRN:CB-00417723}}   DOB {{DATE:04/19/1947}}
Procedure date: {{DATE:01/12/2024}}   Door-to-balloon 58 min
Operator: {{NAME:Rafael Oquendo}}, MD, FSCAI   Fellow: {{NAME:Yusuf Demir}}, MD
Nurses: {{NAME:L. Castellanos}}, RN (circ); {{NAME:B. Huang}}, RCIS (scrub)

Access: R radial 6 Fr, TR band at 0801.
Findings: LM normal. LAD mild luminal irregularities. LCx 40% mid. RCA 100% thrombotic occlusion mid (culprit), TIMI 0 flow.
Intervention: aspiration not performed. Predilation 2.5 mm balloon, Synergy XD 3.5 x 28 mm DES (lot 0028819472) deployed 14 atm, post-dil NC 4.0. Final TIMI 3, 0% residual.
LVEDP 24. LV gram: inferior hypokinesis, EF ~45%.
Contrast 140 mL Isovue. Fluoro 9.2 min, AK 612 mGy.
Meds: heparin per ACT, bivalirudin not used.
Plan: DAPT ASA + ticagrelor x 12 mo, high-intensity statin, echo, cardiac rehab referral ({{FACILITY:CBMC}} HeartWorks). Will need cardiologist in {{LOCATION:Sudbury}} after return -- records to Dr. {{NAME:Lapointe}}, fax {{FAX:705-555-0118}}.
Dictated {{DATE:1/12/24 0845}}  Transcribed {{DATE:1/12/24 1010}}  {{NAME:RO}}/{{NAME:mkt}}`,

  // 22 Pathology, melanoma
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Manatee Coast Dermatopathology Lab}}   CLIA 10D2099417
Accession: {{ID:MCD-24-018833}}   Received {{DATE:06/11/2024}}   Reported {{DATE:06/13/2024}}
Patient: {{NAME:Bernadette Lorraine Kowalski}}   DOB {{DATE:05/30/1946}}   Sex F
Submitting: {{NAME:Howard Feinstein}}, PA-C, {{FACILITY:Anna Maria Island Skin Center}}, {{LOCATION:Holmes Beach}}   Ph {{PHONE:941-555-0137}}
Clinical: changing pigmented lesion L upper back, ABCD+, r/o MM. Snowbird, leaves for {{LOCATION:Hamilton}}, Ontario end of April.

SPECIMEN: A. Skin, L upper back, shave (deep saucerization)
DIAGNOSIS: MALIGNANT MELANOMA, superficial spreading type
 - Breslow thickness: 0.9 mm
 - Clark level: IV
 - Ulceration: absent
 - Mitoses: 2/mm2
 - Regression: not identified; LVI: not identified
 - Peripheral margin: involved by melanoma in situ; deep margin clear (0.6 mm)
 - pT1b (AJCC 8th)
Comment: re-excision with 1 cm margins recommended; SLNB may be discussed (T1b).
Intradepartmental consult: Dr. {{NAME:Iris Vandenberg}} agrees.
Electronically signed: {{NAME:Samir Haddad}}, MD, dermatopathologist, {{DATE:06/13/2024 16:02}}`,

  // 23 MA appeal letter
  `{{DATE:September 3, 2024}}

SunHarbor Medicare Advantage -- Appeals & Grievances Dept
P.O. Box 5521, Tampa FL 33631

RE: Request for Reconsideration (Part C)
Member: {{NAME:Alberto J. Giménez}}   Member ID {{HEALTH_PLAN:SHM330017952}}   DOB {{DATE:01/17/1942}}
Denial notice dated {{DATE:08/21/2024}}, reference {{ID:IDN-2024-771204}}
Service denied: skilled nursing facility stay at {{FACILITY:Coral Gables Rehabilitation & Nursing}}

To whom it may concern,
I am writing on behalf of my father, {{NAME:Alberto Giménez}}, to appeal the denial of his SNF stay after his hip fracture surgery at {{FACILITY:Biscayne Memorial Hospital}} ({{DATE:8/14/24}}). The denial says he can "safely go home," but he lives on the 3rd floor with no elevator ({{ADDRESS:1025 Almeria Ave, Apt 3C}}, {{LOCATION:Coral Gables}}, FL {{ZIP:33134}}), he is legally blind from macular degeneration, and my mother {{NAME:Clara}} is 86 and cannot lift him. His surgeon, Dr. {{NAME:Felipe Arango}}, agrees (letter attached).
Please consider this an expedited request. You can reach me at {{PHONE:(305) 555-0193}} or {{EMAIL:m.gimenez.abogada@correo-demo.com}}.

Sincerely,
{{NAME:Mercedes Giménez-Ortiz}}, daughter and health care surrogate
Attachments: surgeon letter, PT eval {{DATE:8/19/24}}, discharge summary`,

  // 24 ED note, stroke alert, Haitian Creole
  `{{FACILITY:NORTH SHORE BAY HOSPITAL}} -- EMERGENCY DEPT -- STROKE ALERT
Date/time: {{DATE:03/02/2024 19:12}}   LKW 1740 (per daughter)
PATIENT: {{NAME:Marie-Ange Pierre-Louis}}   AGE 71   MRN {{MRN:NSB-0091245}}
Arrived via Rescue 9, pre-notified. EMS PCR {{ID:24-008832}}.

HPI: 71F, Kreyòl-speaking, at church ({{FACILITY:Église Baptiste Bethel}}, {{LOCATION:North Miami}}) when she developed R-sided weakness and slurred speech. Daughter {{NAME:Nadège}} states "li pa ka leve bra dwat li" -- couldn't lift R arm. Hx HTN (noncompliant, ran out of amlodipine), DM2. No anticoagulants.
Exam: BP 204/112, HR 88 irreg? no, regular on monitor. FSBS 212. NIHSS 11 (R face/arm/leg, expressive aphasia via interpreter {{NAME:Claudy}} ext {{PHONE:4823}}).
CT head 1921: no hemorrhage, ASPECTS 9. CTA: L M2 occlusion.
Tx: labetalol 10 mg IV -> BP 178/96. TNK 0.25 mg/kg (18 mg) bolus at 1938 (door-to-needle 26 min). Neuro IR Dr. {{NAME:Emmanuel Achterberg}} notified, thrombectomy candidate, to IR suite 1950.
Dispo: Neuro ICU ({{FACILITY:Hollis Tower 7}}) after IR.
Family: daughter {{PHONE:305-555-0111}}; son {{NAME:Wilner Pierre-Louis}} in {{LOCATION:Port-au-Prince}} notified by daughter.
{{NAME:Jasmine Ortega-Frey}}, MD (ED attending)`,

  // 25 Intravitreal injection log
  `{{FACILITY:GULF COAST RETINA CONSULTANTS}} -- INTRAVITREAL INJECTION LOG
Patient: {{NAME:Eleanor Whitcombe}}   DOB {{DATE:12/04/1933}} ({{AGE:90}} yo)   Chart {{MRN:GCR-17733}}
Dx: neovascular AMD OU (H35.3231 / H35.3221)   Physician: Dr. {{NAME:Vikram Rajagopalan}}
Residence: {{FACILITY:Heron Glen Landing}} ILF, {{ADDRESS:15100 Heron Glen Blvd, Apt 3-204}}, {{LOCATION:Fort Myers}} {{ZIP:33908}}
Driver: {{FACILITY:Island Coast Transport}}, usually {{NAME:Reggie}}

 DATE        EYE  DRUG            VA       IOP post  interval  lot
 {{DATE:01/08/24}}    OD   aflibercept 2mg 20/60    18        8 wk      4011552
 {{DATE:01/08/24}}    OS   aflibercept 2mg 20/200   17        6 wk      4011552
 {{DATE:02/19/24}}    OS   aflibercept 2mg 20/200   21        6 wk      4011883
 {{DATE:03/04/24}}    OD   aflibercept 2mg 20/50    16        8 wk      4011883
 {{DATE:04/01/24}}    OS   faricimab 6mg   20/160   19        6 wk      B2107
 {{DATE:04/29/24}}    OD   aflibercept 2mg 20/50    15        8 wk      4012300

OCT {{DATE:4/29}}: OD dry, OS persistent SRF -> switched OS to faricimab, extend if dry.
Consent on file {{DATE:1/8/24}} (valid 1 yr). Povidone 5%, lid speculum, 30g needle, 4 mm post limbus inferotemporal.
Pt reports Amsler grid stable OD. Pt going to daughter's in {{LOCATION:Asheville}} for June -- next OS inj must be done by {{DATE:5/13}}.
Tech: {{NAME:Dulce Arredondo}}, COA`,

  // 26 Memory care family conference
  `CARE CONFERENCE SUMMARY -- MEMORY CARE
{{FACILITY:Casa Serena Assisted Living & Memory Care}}, {{ADDRESS:4400 W Flagler St}}, {{LOCATION:Miami}} {{ZIP:33134}}
Resident: Don {{NAME:Rigoberto Almeida Fuentes}}   Room 21-A   Admitted {{DATE:04/15/2023}}
Date of conference: {{DATE:Tuesday, June 11, 2024, 2:00 pm}}

Present: daughter {{NAME:Ileana Almeida}} (HCS), son {{NAME:Rigo Jr.}} by phone from {{LOCATION:Valencia}}, Venezuela, wellness director {{NAME:Odalys Crespo}}, RN; activities {{NAME:Tomás}}; Dr. {{NAME:Ariel Weinstock}} (geriatrics, visits Thursdays).

Summary:
- Vascular + Alzheimer's dementia, FAST 6c. Now needs 2-person assist for showers. Sundowning improved since quetiapine 12.5 mg at 1600 started {{DATE:5/2}}.
- Weight 128 -> 121 lb in 60 days. Speech eval: mechanical soft, thin liquids ok. Add Ensure BID.
- 2 falls ({{DATE:5/19}} and {{DATE:6/3}}), no injury. Hipsters on, low bed.
- Family asks about hospice; Dr. {{NAME:Weinstock}} feels he doesn't yet meet criteria, revisit in 60 days.
- Daughter reminds staff he likes boleros & dominoes, called "el Profe" (retired teacher at {{FACILITY:Liceo Los Samanes}} in {{LOCATION:Caracas}}).
Next conference: 90 days. Minutes by {{NAME:Y. Pacheco}}.`,

  // 27 Admission med rec
  `ADMISSION MEDICATION RECONCILIATION -- {{FACILITY:ST. BRENDAN'S HOSPITAL OF ORLANDO}}
Pt: {{NAME:Ramón Luis Vélez Torres}}   MRN {{MRN:SB9007716}}   Adm {{DATE:11/02/2024}}   Unit: {{FACILITY:5 Brendan East}} (tele) bed 12
Source: pt + pill bottles brought by wife {{NAME:Carmen Iris}} + fill hx from {{FACILITY:Farmacia Borinquen Plus}} ({{LOCATION:Kissimmee}}) {{PHONE:407-555-0142}}
Allergies: sulfa (rash), mariscos? (pt unsure -- "me picó la garganta una vez")

| Medication            | Dose/route/freq     | Last taken       | Continue? |
| insulin glargine      | 24 U SC qhs         | {{DATE:11/1}} 2100        | yes, 18 U |
| metformin ER          | 1000 mg PO daily    | {{DATE:11/2}} AM          | HOLD (contrast) |
| lisinopril            | 20 mg PO daily      | {{DATE:11/2}} AM          | hold (AKI) |
| atorvastatin          | 80 mg PO qhs        | {{DATE:11/1}}             | yes |
| clopidogrel           | 75 mg PO daily      | {{DATE:11/2}} AM          | yes |
| tamsulosin            | 0.4 mg PO qhs       | {{DATE:11/1}}             | yes |
| "pastilla de la presión" from PR doctor -- bottle label Rx {{ID:118830}} (amlodipine 10 mg), filled {{DATE:Aug 2024}} at {{FACILITY:Farmacia El Amal}} in {{LOCATION:Arecibo}} | ? | pt stopped | clarify |
| manzanilla tea, noni juice | daily | | advised stop noni (K+) |

Notes: pt moved from {{LOCATION:Arecibo}} after Hurricane Maria; PR PCP Dr. {{NAME:Wanda Ortiz Lugo}} {{PHONE:787-555-0129}}. Home: {{ADDRESS:3120 Pleasant Hill Rd, Lot 48}}, {{LOCATION:Kissimmee}} {{ZIP:34746}}.
Reconciled by {{NAME:Priyanka Natarajan}}, PharmD, {{DATE:11/02/2024 17:40}}`,

  // 28 Oncology infusion nursing
  `INFUSION CENTER NURSING NOTE -- {{FACILITY:Suncrest Cancer Institute}}, {{LOCATION:Doral}} satellite
{{DATE:10/21/2024}}   Chair 7   Cycle: C3D1 FOLFOX + bevacizumab
Pt: {{NAME:Andreína Carolina Mogollón}}   DOB {{DATE:04/08/1962}}   MRN {{MRN:SCI-0552190}}
Onc: Dr. {{NAME:Leonard Petrakis}} / NP {{NAME:Jocelyn Baptiste}}

Pre-assessment: ECOG 1, wt 63.2 kg (BSA 1.68). Neuropathy grade 1 (fingertips tingle w/ cold drinks, "como hormiguitas"). No diarrhea, mucositis grade 0. BP 146/88 -- bevacizumab ok per NP (<160/100). UPCR 0.3.
Labs: ANC 2.1, plt 142, Hgb 11.0, Cr 0.8, bili 0.6.
Port (R chest, PowerPort SN {{DEVICE:PPT4471093}}): accessed 20g 3/4" Huber, + blood return, flushed.
Premeds: ondansetron 16 mg, dexamethasone 12 mg. Oxaliplatin 85 mg/m2 over 2h, leucovorin, 5-FU bolus, then 46h pump (CADD Solis SN {{DEVICE:CS-2290157}}), disconnect {{DATE:Wed 10/23}} 1300 at home by {{FACILITY:Orinoco Home Infusion}}.
Pt's husband {{NAME:Julio César}} drove from {{LOCATION:Weston}}; prefers calls to {{PHONE:954-555-0175}}.
Discharged from chair 1610 ambulatory, pump infusing, spill kit given.
{{NAME:Francesca Liotta}}, RN, OCN`,

  // 29 Peritoneal dialysis clinic, PR
  `UNIDAD DE DIÁLISIS PERITONEAL -- {{FACILITY:HOSPITAL MONTE FLAMBOYÁN}} ({{FACILITY:HMF}}), {{LOCATION:Bayamón}}
Nota de clínica / Clinic note         {{DATE:08/07/2024}}
Paciente: {{NAME:Edwin Rafael Cotto Rivera}}   Expediente {{MRN:HMF-330871}}   56 a
Dirección: {{ADDRESS:Carr. 167 Km 12.4, Bo. Buena Vista}}, {{LOCATION:Bayamón}} {{ZIP:00956}}
Seguro: Medicare + MA plan, ID {{HEALTH_PLAN:MMM-902213847}}

ESRD 2/2 DM nephropathy. On CCPD since 2022 (Baxter cycler, SN {{DEVICE:HC-81047722}}), 4 exchanges x 2.0 L, 1.5% + last fill 7.5% icodextrin.
Tenckhoff catheter (placed by Dr. {{NAME:Nieves}} 2022), exit site: mild crusting, no erythema, no drainage -- score 1. Mupirocin daily.
Wt 84 kg (+1.5), BP 150/90. Edema 1+ bilat.
Kt/V 1.9, CrCl 52 L/wk. PET: high-average transporter.
Power outages: lost power 6h {{DATE:7/28}}, did manual exchanges. Has generator now; registered w/ power utility as life-support customer.
Plan: increase dextrose to 2.5% for 2 of 4 cycles; recheck PET in 3 mo. Esposa {{NAME:Lissette}} entrenada en cambios manuales. Teléfono {{PHONE:787-555-0166}}.
Dra. {{NAME:Carmen Yadira Ocasio}}, nefróloga   Enf. {{NAME:J. Báez}}`,

  // 30 MIMIC-style discharge summary, oncology
  `Admission Date:  [**{{DATE:2187-4-19}}**]              Discharge Date:   [**{{DATE:2187-4-26}}**]

Service: ONCOLOGY
Allergies: Penicillins

History of Present Illness:
66 yo F w/ metastatic NSCLC (EGFR exon 19 del) on osimertinib, originally diagnosed at [**{{FACILITY:Hospital1 882}}**] in [**{{LOCATION:Location (un) 2435}}**], transferred care when she moved to FL to live near her son in [**{{LOCATION:Boca Raton}}**]. Presented with 3 days fever, productive cough.

Brief Hospital Course:
# Neutropenic? no -- ANC 3.4. CAP RLL: ceftriaxone + azithromycin -> PO cefpodoxime, afebrile since [**{{DATE:4-21}}**].
# Malignant pleural effusion R: thoracentesis [**{{DATE:2187-4-20}}**], 1.4 L exudative, cytology + adenoca. PleurX placed by IP (Dr. [**{{NAME:Last Name (STitle) 7821}}**]) on [**{{DATE:4-23}}**].
# Osimertinib continued.

Discharge Disposition: Home With Service
Facility: [**{{FACILITY:Company 1519}}**]
Followup Instructions:
Provider: [**{{NAME:First Name8 (NamePattern2) 2251}}**] [**{{NAME:Last Name (NamePattern1) 2252}}**], MD Phone:[**{{PHONE:Telephone/Fax (1) 3770}}**] Date/Time:[**{{DATE:2187-5-3}}**]
PleurX drainage 3x/wk by VNA, RN [**{{NAME:Female First Name (un) 918}}**].

[**{{NAME:First Name11 (Name Pattern1) 443}}**] [**{{NAME:Last Name (NamePattern4) 5102}}**] MD [**{{ID:MD Number(1) 5103}}**]
Completed by: [**{{DATE:2187-4-26}}**]`,

  // 31 EMS cardiac arrest at condo pool
  `PATIENT CARE REPORT   Incident {{ID:F24-118406}}   Engine 41 / Rescue 41
{{DATE:12/28/2023}}  call rec'd 1102  on scene 1107  pt contact 1108  depart 1131  arrive {{FACILITY:APMC}} 1142
Location: pool deck, {{FACILITY:Galt Ocean Club Condominium}}, {{ADDRESS:3800 Galt Ocean Dr}}, {{LOCATION:Fort Lauderdale}} {{ZIP:33308}}
Pt: {{NAME:Bernard Levesque}}  M  approx 80s, ID from wallet: QC driver's licence {{LICENSE:L2416-110338-04}}, DOB {{DATE:11/03/1938}}
Unit {{ADDRESS:3800 Galt Ocean Dr, Apt 1912}} per building mgr {{NAME:Yolanda Pryce}} ({{PHONE:954-555-0114}})

found pulseless, apneic on pool deck after swimming laps per witnesses. bystander CPR by lifeguard {{NAME:Cody Hartwell}} ~4 min, AED (building, HeartStart) shocked x1 before our arrival.
initial rhythm VF. shock 200J x2, epi 1 mg IO x2, amiodarone 300 mg. i-gel 4, EtCO2 12 -> 38.
ROSC 1121. post-ROSC BP 96/58, HR 110 ST, 12-lead: anterior STE -> STEMI alert to {{FACILITY:Atlantic Palms Medical Center}}.
wife {{NAME:Ghislaine Levesque}} on scene, speaks French, neighbour {{NAME:Lucie Gagnon}} translated. wife cell {{PHONE:514-555-0181}}.
meds per wife: ramipril, rosuvastatin. PMH: "coeur fatigué," CABG 2015 in {{LOCATION:Montréal}}.
crew: Lt. {{NAME:R. Alvarez}} FF/PM, {{NAME:J. Whitmore}} FF/PM, {{NAME:S. Nakamura}} FF/EMT`,

  // 32 Dermatology full body skin exam
  `FULL BODY SKIN EXAM
{{FACILITY:Fort Myers Beach Dermatology}}   {{DATE:01/23/2025}}
Patient: {{NAME:Carol Ann Lindgren}}   DOB {{DATE:06/18/1950}}   Acct {{ACCOUNT:FMD-1190027}}
Seen with husband {{NAME:Dale Lindgren}} (seen same day, separate note). Winter address {{ADDRESS:17200 Harbour Pointe Dr, Unit 1106}}, {{LOCATION:Fort Myers}} {{ZIP:33908}}; home in {{LOCATION:Duluth}}, MN.

Hx: BCC R shoulder 2019 (ED&C), SCC L shin 2022 (excised). No melanoma. Fitzpatrick II. Lifelong sailor.
Exam (scalp to soles, incl. oral/genital deferred by pt):
1. L cheek 6 mm pearly papule w/ arborizing vessels -> shave bx ({{ID:FMD-B25-0041}}), r/o BCC
2. R dorsal hand: 8 hypertrophic AKs -> LN2 cryo x 8, 10 sec freeze
3. back: numerous SKs, cherry angiomas -- reassured
4. L upper arm 4 mm regular brown macule, dermoscopy reticular -- baseline dermoscopic photo, monitor
Plan: 5-FU 5% cream to forearms bid x 3 wk after she returns in May? -- pt prefers to do it here in Feb. Nicotinamide 500 mg BID.
Bx results via portal or phone {{PHONE:239-555-0157}} (cell, texts ok).
{{NAME:Ingrid Solberg}}, PA-C   supervising Dr. {{NAME:Marcus Teague}}`,

  // 33 Portal message, records transfer
  `Secure Message -- {{FACILITY:Palmetto Shores Health}} MyHealth portal ({{URL:https://myhealth.palmettoshores-demo.org}})
From: {{NAME:Douglas R. Pettigrew}} (MRN {{MRN:PSH-3088124}})
Sent {{DATE:04/09/2024 7:41 AM}}   To: Records / Dr. {{NAME:Hannah Olufemi}}

Hi -- we head north to {{LOCATION:Traverse City}} in two weeks. Could you please send my cardiology notes, last echo and the Holter from March to my doctor up there: Dr. {{NAME:Paul Vanderwall}}, {{FACILITY:Northern Lakes Internal Medicine}}, fax {{FAX:231-555-0139}}. My new address until November: {{ADDRESS:4518 Peninsula Dr}}, {{LOCATION:Traverse City}}, MI {{ZIP:49686}}. Also please change my pharmacy to the mail-order one so I don't run out of Xarelto.
Thanks, {{NAME:Doug}}
P.S. my wife {{NAME:Bev}} will call if there's a problem, her cell is {{PHONE:231-555-0138}}.

--- Staff reply {{DATE:04/09/2024 13:15}} ---
Mr. {{NAME:Pettigrew}}, records request {{ID:ROI-24-06613}} completed, faxed 14 pages. Dr. {{NAME:Olufemi}} asks that you keep your {{DATE:5/14}} telehealth visit (link sent to {{EMAIL:dpettigrew47@inbox-demo.net}}). -- {{NAME:Keisha}}, HIM
[audit: login from {{IP:198.51.100.73}}]`,

  // 34 Cardiology clinic follow-up, AF ablation
  `{{FACILITY:BROWARD HEART INSTITUTE}} -- ELECTROPHYSIOLOGY FOLLOW-UP
DOS {{DATE:2/6/2024}}   Provider {{NAME:Santiago Echeverri}}, MD   Scribe {{NAME:tl}}
Pt {{NAME:Gloria Inés Zapata de Restrepo}}  DOB {{DATE:09/25/1951}}  MRN {{MRN:BHI-228107}}
Ref: Dr. {{NAME:Londoño}} (PCP) -- {{FACILITY:Clínica Familiar Sabana}}, {{LOCATION:Coral Springs}}

S: 72F seen after adm {{DATE:1/27-1/30/24}} for new AF w/ RVR (HR 150s) at {{FACILITY:Sawgrass Palms Hospital}}. Since d/c: palpitations 2-3x/wk, brief. No syncope. Tolerating apixaban, no bleeding. Habla español, hija {{NAME:Paola}} presente y traduce cuando hace falta.
O: BP 128/76, HR 64 SR. Wt 68 kg. Echo {{DATE:1/29/24}}: EF 55%, LA 4.4 cm, mild MR.
Holter 48h ({{DATE:1/31-2/2}}): AF burden 12%, max HR 138. TSH nl.
CHA2DS2-VASc 3 (age, F, HTN). HAS-BLED 1.
A: Paroxysmal AF, symptomatic, first dx. 
P: continue apixaban 5 BID, metoprolol tartrate 25 BID -> change to succinate 50 daily. Discussed PVI ablation vs AAD -- pt wants to try flecainide first; exercise stress test (r/o CAD) before starting. Return 6 wk. Sleep study referral (STOP-BANG 5).
Daughter's phone {{PHONE:954-555-0159}}.`,

  // 35 Medicare Advantage Health Risk Assessment
  `HEALTH RISK ASSESSMENT (HRA) -- ANNUAL
Plan: Caribe Dorado Medicare Advantage PPO    Completed by phone {{DATE:03/18/2024 2:15 PM}}
Member: {{NAME:Teresa Pagán Morales}}   Member # {{HEALTH_PLAN:CDM-5513082-01}}   DOB {{DATE:1939-06-30}}
Preferred language: Español   Caregiver: hijo {{NAME:Javier Pagán}} {{PHONE:(407) 555-0128}}
Address: {{ADDRESS:2211 Buena Ventura Blvd, Apt 210}}, {{LOCATION:Kissimmee}} FL {{ZIP:34743}}
PCP on file: Dr. {{NAME:Ana Lucía Betances}}, {{FACILITY:Clínica Buenaventura Lakes}}

1. General health: fair ("regular")
2. Falls past 12 mo: 1 (bathroom, {{DATE:December 2023}}) -- referred for grab bars
3. ADLs: independent except bathing (needs help). IADLs: son manages meds & money.
4. Memory concerns: yes, per son -- forgets pills; Mini-Cog 2/5 -> refer PCP
5. Hospital/ED past 12 mo: ED x1 {{DATE:11/2/23}} ({{FACILITY:Osceola Palms Medical Center}}) for UTI
6. Home safety: lives w/ son, 2nd floor, elevator works "a veces"
7. Food insecurity: no. Transportation: needs rides -> enrolled plan transport benefit
8. Depression PHQ-2: 1
9. Meds: 9 (polypharmacy flag) -- pharmacist CMR scheduled
10. Advance directive: none; info mailed in Spanish.
Care manager assigned: {{NAME:Rebeca Irizarry}}, RN, x{{PHONE:61740}}. Case #{{ID:CM-2024-044172}}.
Interviewer: {{NAME:Luis Á. Carrasquillo}}`,

  // 36 ED note, cruise passenger
  `ED NOTE -- {{FACILITY:Port Everglades Memorial}} ED   Triage {{DATE:04/14/2024 07:55}}
Pt {{NAME:Rodrigo Henrique Tavares}}   44 M   Temp MRN {{MRN:T-880213}}   Brazilian tourist, passport on file
Brought from cruise terminal by ship's medical team after disembarking {{FACILITY:Azul Horizon}} 7-night sailing. Ship MD summary (Dr. {{NAME:Ahmed El-Sayed}}): 3 d vomiting/diarrhea, norovirus outbreak aboard (37 pax), ship stool PCR + norovirus GII.
Now: dizzy, 8 loose stools overnight, can't keep fluids. Speaks Portuguese + some English; wife {{NAME:Luciana}} translating, also used phone interpreter (ID {{ID:PT-20044}}). "Eu não consigo beber nem água."
PMH: DM2 on metformin + dapagliflozin (!). 
Exam: HR 118, BP 94/60, dry MM. Abd soft, mild diffuse TTP.
Labs: glucose 168, HCO3 14, AG 22, BHB 5.1, Cr 1.6 -> euglycemic DKA (SGLT2i).
Plan: DKA protocol w/ D5 + insulin gtt, hold SGLT2i and metformin, contact isolation, admit step-down. Travel insurer notified (case {{ACCOUNT:TRV-BR-4471209}}). Hotel: {{FACILITY:Harbor Beach Suites}} room 1208. Return flight to {{LOCATION:São Paulo}} {{DATE:4/17}} -- will likely need to change.
Local contact: cousin {{NAME:Fabiana Tavares Lima}}, {{LOCATION:Pompano Beach}}, {{PHONE:954-555-0104}}.
{{NAME:Darnell Whitaker}}, MD`,

  // 37 Ophthalmology glaucoma, Haitian
  `{{FACILITY:Biscayne Lakes Eye Institute}} -- Glaucoma Service
Visit {{DATE:05/20/2024}}   Pt: {{NAME:Yves-Marie Théodore}}   DOB {{DATE:01/01/1958}}   MRN {{MRN:BLE-0441983}}
Provider: Dr. {{NAME:Reginald Okwuosa}}   Interp: Kreyòl, in person, {{NAME:Magalie}}
Pharmacy: {{FACILITY:Little Haiti Discount Pharmacy}}, {{PHONE:305-555-0156}}

CC: "je m ap boule" (eyes burning) w/ drops; ran out of timolol x 3 wk -- cost.
POAG, severe OU. Tmax 34/32 (2019).
VA cc: OD 20/40  OS 20/30
IOP (GAT) 28 / 24 @ 09:20 (target <15)
CCT 512 / 518. Gonio: open to CBB 360 OU.
ONH: C/D 0.9 OD w/ inferior notch, 0.8 OS.
HVF 24-2: OD MD -18.4 dB (superior arcuate + nasal step), OS -9.7; VFI 52% / 78%.
OCT RNFL: OD 58 um, OS 71 um.
A/P: Progressive POAG, uncontrolled off meds. Restart latanoprost qhs OU + timolol BID OU (generic, $4 list). Offer SLT OD next week; trabeculectomy vs tube if fails. Social work ({{NAME:Rose-Carline Désir}}) to apply for patient assistance.
RTC 2 wk. Pt works as a hotel houseman at {{FACILITY:Biscayne Bay Grand Hotel}}, schedule varies; best # {{PHONE:786-555-0145}}.`,

  // 38 Specialty pharmacy call
  `SPECIALTY PHARMACY -- REFILL / ADHERENCE CALL
{{FACILITY:Keys Specialty Rx}}   {{DATE:Fri 7/12/2024 3:20 PM}}   Pharmacist {{NAME:Gareth Llewellyn-Moss}}, RPh
Pt: {{NAME:Claudette Ann-Marie Bryan}}   DOB {{DATE:3/19/1957}}   Rx {{ID:SP-0771283}}
Drug: capecitabine 500 mg tabs, 1500 mg BID d1-14 q21d (C5)   NDC 0004-1101-50
Prescriber: Dr. {{NAME:Leonard Petrakis}}, {{FACILITY:SCI}}  NPI {{LICENSE:1386002471}}
Ins: MA Part D -- copay $0 after grant from foundation (grant ID {{ACCOUNT:FND-88410922}})

Spoke w/ pt at {{PHONE:954-555-0103}} (verified name + DOB). Pt reports hands "peeling and sore like mi put dem inna hot water" -- grade 2 HFS? Advised urea cream, call onc today. Diarrhea 2-3/day, no more. Mouth ok.
Adherence: took 28/28 doses last cycle, uses pill calendar granddaughter {{NAME:Shanice}} made.
Missed 0 doses. No new meds except turmeric -- advised to hold.
Ship: FedEx priority to {{ADDRESS:4150 NW 19th St, Apt 106}}, {{LOCATION:Lauderhill}} FL {{ZIP:33313}}, signature req, deliver {{DATE:7/15}}. Tracking to {{EMAIL:claudette.bryan57@mail-demo.org}}.
Faxed HFS concern to onc nurse line {{FAX:813-555-0151}}; spoke w/ {{NAME:Jocelyn Baptiste}}, NP -- dose hold d/w MD, will call pt.
Next outreach {{DATE:8/1/2024}}.`,

  // 39 ALL CAPS discharge summary, CO poisoning
  `DISCHARGE SUMMARY
{{FACILITY:GULFVIEW METHODIST HOSPITAL}} - {{LOCATION:SARASOTA}}
PATIENT: {{NAME:ST. FLEUR, JOSUÉ}}          MRN: {{MRN:GMH-2230418}}
ADMIT: {{DATE:10/11/2024}}   DISCHARGE: {{DATE:10/14/2024}}
ATTENDING: {{NAME:ABERNATHY-COLE, LYDIA}}, MD
PCP: NONE -- REFERRED TO {{FACILITY:NORTH PORT COMMUNITY HEALTH CENTER}}

DIAGNOSES: 1. CARBON MONOXIDE POISONING (T58.11XA)  2. SYNCOPE  3. DEMAND ISCHEMIA
HISTORY: 52 YO HAITIAN M FOUND BY NEIGHBOR WITH WIFE AND 2 CHILDREN SOMNOLENT IN APARTMENT ({{ADDRESS:2260 CORTEZ RD W, APT 15}}, {{LOCATION:BRADENTON}}) 2 DAYS AFTER HURRICANE LANDFALL. PORTABLE GENERATOR RUNNING IN KITCHEN WITH WINDOWS CLOSED. COHB 31% ON ARRIVAL.
COURSE: 100% NRB O2, HBO X3 SESSIONS AT {{FACILITY:SUNCOAST HYPERBARIC CENTER}} ({{DATE:10/11}}, {{DATE:10/12}}, {{DATE:10/13}}). TROPONIN PEAK 0.42, ECHO NORMAL EF. NEURO EXAM NORMAL ON D/C; NO DELAYED NEURO SEQUELAE YET.
FAMILY: WIFE {{NAME:ROSELANDE}} AND CHILDREN TREATED AT {{FACILITY:MANATEE BAY CHILDREN'S PAVILION}}; ALL DISCHARGED.
EDUCATION IN KREYÒL: "PA JANM METE JENERATÈ A ANNDAN KAY LA."
FOLLOW-UP: NEURO-PSYCH SCREEN IN 4-6 WK; CO DETECTOR PROVIDED BY SOCIAL WORK. SHELTER: FAMILY STAYING AT {{FACILITY:BAYSHORE ELEMENTARY SCHOOL SHELTER}} UNTIL POWER RESTORED.
CONTACT: {{PHONE:941-555-0191}}
DICTATED BY {{NAME:LAC}} / TRANSCRIBED {{NAME:DMW}} {{DATE:10/14/2024 16:55}}`,

  // 40 ALF incident report
  `INCIDENT / ACCIDENT REPORT  (internal -- not part of resident record)
Facility: {{FACILITY:Vista del Lago Senior Living}}, {{LOCATION:Lakewood Ranch}}   Report # {{ID:IR-2024-0327}}
Resident: {{NAME:Harriet Beaulieu}}   Apt 2207 (AL, {{FACILITY:Sandpiper wing}})   Age {{AGE:94}}
Date/time of incident: {{DATE:Sunday 08/18/2024 05:40}}   Discovered by: {{NAME:Chidinma Eze}}, CNA

Description: Resident found sitting on floor beside bed, pendant not activated. States she "got up to use the loo and my legs folded." Denies hitting head. On Eliquis (AF). 
Assessment ({{NAME:Marisa Dunleavy}}, LPN, 0550): A&O x3 (baseline), no deformity, full ROM all extremities, small skin tear R forearm 2 cm -- steri-strips. VS 144/80, 78, 18, 97%. Neuro checks q1h x4 then q4h x24h -- all wnl.
Notified: Dr. {{NAME:Francis Oduya}} 0610 (no ED unless change), son {{NAME:Philippe Beaulieu}} ({{LOCATION:Moncton}}, New Brunswick) 0700 at {{PHONE:506-555-0132}}, left VM; granddaughter {{NAME:Chloé}} called back 0820.
Contributing factors: nocturia (on furosemide), dim light, no shoes.
Actions: motion-sensor night light, bedside commode offered (declined), PT referral via {{FACILITY:Lakewood Therapy Partners}}, med review for 1600 diuretic dose timing.
Administrator review: {{NAME:G. Santangelo}} {{DATE:8/19/24}}`,

  // 41 Kidney transplant referral letter
  `{{FACILITY:Central Florida Transplant Institute}}
{{ADDRESS:601 E Rollins St, 4th Floor}}, {{LOCATION:Orlando}}, FL {{ZIP:32803}}  |  Ph {{PHONE:407-555-0100}}  Fax {{FAX:407-555-0101}}

{{DATE:June 24, 2024}}

Dr. {{NAME:Maritza Albino Cruz}}
{{FACILITY:Nefrología del Este}}, {{ADDRESS:Ave. Gautier Benítez 208, Suite 3}}, {{LOCATION:Caguas}}, PR {{ZIP:00725}}

Re: {{NAME:Jesús Manuel Ortiz Figueroa}}, DOB {{DATE:10/10/1966}}, CFTI # {{MRN:TX-0049128}}

Dear Dr. {{NAME:Albino}},
Thank you for referring Mr. {{NAME:Ortiz}} for kidney transplant evaluation. He was seen {{DATE:6/20/24}} with his wife {{NAME:Zoraida}} and his potential living donor, his niece {{NAME:Keishla Ortiz Rosa}} (donor workup opened separately, # {{MRN:LD-24-0311}}).
ESRD from IgA nephropathy, on in-center HD since {{DATE:03/2022}} at {{FACILITY:AquaRenal Caguas}}, MWF. Blood type O+. cPRA 0%. BMI 29. Echo and stress test normal. Dental clearance pending. Hep B immune.
He is an acceptable candidate and was listed {{DATE:6/21/2024}} (UNOS waiting time credited back to dialysis start). He plans to relocate to {{LOCATION:Kissimmee}} with his daughter after transplant for the first 3 months.
Please continue monthly PRA sera shipments to our HLA lab (kit # HL-7 lot 22419).
Sincerely,
{{NAME:Adebayo Fashola}}, MD, Transplant Nephrology
cc: {{NAME:Gwendolyn Ruiz}}, RN, pre-transplant coordinator, {{EMAIL:gruiz@cfti-demo.org}}`,

  // 42 ED triage note, lower case
  `triage {{DATE:5/5/24 2317}}  acuity 2
{{NAME:delroy a. facey}} 58m  mrn {{MRN:00723318}}  walk-in w/ wife
cc: cp "like a big weight pon mi chest" x 1h, radiates L jaw, +sob, +nausea. hx htn, dm, smoker 1ppd. pt is a line cook at {{FACILITY:Reggae Pot Kitchen}} in {{LOCATION:lauderhill}}, was lifting stock pots.
vs bp 178/102 hr 96 rr 22 spo2 94% ra t 98.6 pain 9/10
ekg done 2319 -> shown to dr {{NAME:whitaker}} 2320, no stemi criteria, twi v4-v6.
asa 324 given 2322. ntg 0.4 sl x1 -> pain 6/10. iv 18g lac.
allergy: nkda. meds: amlodipine, "sugar pill" (pt unsure), no blood thinner.
wife {{NAME:marcia facey}} {{PHONE:754-555-0179}}. pt has no insurance -> financial counselor in am. address {{ADDRESS:1890 nw 55th ave apt 3}}, {{LOCATION:lauderhill}} {{ZIP:33313}}.
roomed to 14b. trop sent. sepsis screen neg. fall risk low. suicide screen neg.
{{NAME:t. ogunwale}} rn`,

  // 43 Fax cover + consult letter
  `FAX TRANSMITTAL
From: {{FACILITY:Suncrest Cancer Institute}} -- Breast Oncology   Fax {{FAX:813-555-0151}}  Ph {{PHONE:813-555-0150}}
To: Dr. {{NAME:Priya Sundaram}}   Fax {{FAX:941-555-0170}}
Date: {{DATE:05/06/2024}}   Pages: 3 (incl. cover)
Re: {{NAME:ABERNATHY, RUTH E}}  DOB {{DATE:09/14/1938}}
CONFIDENTIALITY NOTICE: This facsimile contains protected health information...

Dear {{NAME:Priya}},
I saw our mutual patient Mrs. {{NAME:Abernathy}} again on {{DATE:May 2}}. Her PET/CT (approved by her plan after peer-to-peer, auth {{ID:PA-24-0918832}}) on {{DATE:4/29}} showed only the R axillary node (SUV 6.8), no distant disease. Given her age (85), comorbidities and preference, we chose endocrine therapy -- letrozole 2.5 mg daily -- plus axillary RT at our {{LOCATION:St. Petersburg}} site rather than surgery. Baseline DEXA ordered. She will see Dr. {{NAME:Rosen-Mbatha}} (rad onc) {{DATE:5/13}}.
She lives independently at {{FACILITY:Bayside Towers}}; her niece {{NAME:Pamela Kriegsman}} ({{PHONE:727-555-0107}}) is her contact and drives her.
Best,
{{NAME:Leonard Petrakis}}, MD`,

  // 44 Radiation oncology treatment summary, San Juan
  `RADIATION ONCOLOGY -- END OF TREATMENT SUMMARY
{{FACILITY:Instituto de Radioterapia del Caribe}}, {{LOCATION:San Juan}}, PR   ({{FACILITY:IRC}} -- {{LOCATION:Hato Rey}})
Patient: {{NAME:Carmen Delia Rosario Vázquez}}   ID {{MRN:IRC-24-00617}}   DOB {{DATE:02-23-1953}}
Physician: {{NAME:Rubén O. Cintrón}}, MD   Physicist: {{NAME:A. Mercado}}, MS
Dx: Stage IIIB (T3N2) SCC of cervix, FIGO 2018

Course: Concurrent chemoRT with weekly cisplatin 40 mg/m2 x 5 ({{FACILITY:Hospital Auxilio Norte}} infusion unit)
 EBRT: pelvis + para-aortic, VMAT 6 MV, 45 Gy/25 fx + SIB nodes 55 Gy  {{DATE:03/04/2024-04/08/2024}}
 HDR brachytherapy: tandem & ovoid, 7 Gy x 4  {{DATE:4/15}}, {{DATE:4/18}}, {{DATE:4/22}}, {{DATE:4/25}}
 Total EQD2 to point A ~86 Gy. Treatment time 52 days.
Toxicity: G2 diarrhea (loperamide), G1 cystitis, G2 fatigue. Hgb nadir 9.2, 1 u PRBC {{DATE:3/27}}.
Interruptions: 2 days -- power outage at center {{DATE:3/19-3/20}}.
Follow-up: PET/CT 3 mo ({{DATE:julio 2024}}), vaginal dilator teaching done (enf. {{NAME:Xiomara Lebrón}}). Ref Dr. {{NAME:Hiraldo}} (gyn onc) for surveillance.
Paciente vive en {{LOCATION:Vega Baja}}; hija {{NAME:Yaritza}} {{PHONE:787-555-0145}} coordina transporte.
Signed {{DATE:04/26/2024}}`,

  // 45 Memory clinic consult, Cuban
  `MEMORY DISORDERS CLINIC -- NEW PATIENT
{{FACILITY:BMHS}} Neuroscience Center, {{LOCATION:Coral Gables}}      {{DATE:9-16-2024}}
Pt: {{NAME:Hilda Caridad Echemendía}}   DOB {{DATE:4/12/1941}}   MRN {{MRN:BM-50099121}}
Accompanied by: hija {{NAME:Mayra Echemendía-Smith}} and yerno {{NAME:Kevin Smith}}
Referred by: Dr. {{NAME:Adalberto Cisneros}}

HPI (hija, in Spanish): 2-3 yrs progressive forgetfulness -- repeats stories about {{LOCATION:Matanzas}}, lost her way driving to {{FACILITY:Iglesia San Juan Bosco}} last spring (has driven there for 40 yrs), stopped cooking after leaving stove on twice. Now mixes up pills; son-in-law fills pillbox. No hallucinations. Sleep ok. Mood "triste a veces" since husband died 2021.
PMH: HTN, HLD, hypothyroid, hearing loss (aids), 8th grade education in Cuba + retired seamstress at {{FACILITY:Hialeah Garment Works}}.
Exam: MoCA-Spanish 16/30 (-3 delayed recall, -2 visuospatial, -2 fluency, -1 orientation date). GDS-15: 5. Gait normal; no parkinsonism; no Babinski.
Labs: B12 412, TSH 2.1, RPR NR. MRI brain {{DATE:8/30/24}}: bilateral hippocampal atrophy (MTA 3), Fazekas 1.
Impression: mild-moderate dementia, likely Alzheimer's (amnestic). 
Plan: amyloid PET / CSF to discuss re: lecanemab eligibility (APOE genotype); donepezil 5 mg; stop driving -- DMV form discussed; caregiver support group (jueves).
{{NAME:Gabriela Iturralde}}, MD, behavioral neurology`,

  // 46 Hurricane shelter nursing log
  `SPECIAL NEEDS SHELTER NURSING LOG -- {{FACILITY:Port Charlotte Middle School}}  (cont'd)
Client: {{NAME:Augustin "Gus" Vrabel}}  Cot C-07  Reg # {{ID:SNS-CH-1182}}  DOB {{DATE:07/07/1940}}
Home {{ADDRESS:21340 Gladis Ave, Unit 12}}, {{LOCATION:Port Charlotte}} {{ZIP:33952}} ({{FACILITY:Harbour Heights Mobile Home Park}})

{{DATE:09/27/24 2200}}  arrived w/ CPAP (ResMed AirSense 10, SN {{DEVICE:23161849307}}), plugged into generator circuit. pt HOH, L hearing aid. vs wnl. -- {{NAME:MR}}
{{DATE:09/28/24 0130}}  winds picking up; pt anxious, asking for wife {{NAME:Irene}} (in {{FACILITY:Fawcett Manor}} nursing home, evacuated to {{LOCATION:Orlando}}). reassured, called facility hotline {{PHONE:941-555-0198}}, wife safe. -- {{NAME:MR}}
{{DATE:09/28/24 0600}}  FSBS 201, gave own insulin lispro 6 U per pt's card. BP 158/90. -- {{NAME:KT}}
{{DATE:09/28/24 1400}}  power lost bldg-wide 1325, generator on. CPAP ok. pt ate MRE, 75%. -- {{NAME:KT}}
{{DATE:09/29/24 0900}}  daughter {{NAME:Renata Vrabel-Hayes}} arrived from {{LOCATION:Lakeland}} ({{PHONE:863-555-0124}}), plans to take pt home w/ her until power restored; released 0945 w/ meds, CPAP, walker. -- {{NAME:KT}}
RNs: {{NAME:Maureen Reilly}} ({{NAME:MR}}), {{NAME:Kwabena Twum}} ({{NAME:KT}})`,

  // 47 TAVR evaluation
  `STRUCTURAL HEART CLINIC -- TAVR EVALUATION
{{FACILITY:Gulfview Methodist Hospital}} Heart & Vascular Pavilion     {{DATE:Nov. 12, 2024}}
Patient: {{NAME:Seymour Katzenberg}}   DOB {{DATE:08/08/1932}}   Age {{AGE:92}}   MRN {{MRN:GMH-2199051}}
Lives: own villa (not CCRC) at {{ADDRESS:4820 Pelican Pointe Way}}, {{LOCATION:Longboat Key}} {{ZIP:34228}}; summers in {{LOCATION:Great Neck}}, NY
Referring: Dr. {{NAME:Oyelaran}}; surgeon Dr. {{NAME:Theodora Vasilakis}} (CT surgery)

Severe AS: AVA 0.7 cm2, mean gradient 48 mmHg, Vmax 4.4 m/s (echo {{DATE:10/30/24}}). EF 55%.
NYHA III -- stops twice walking to the clubhouse, presyncope on stairs {{DATE:10/21}}.
STS PROM 6.8% (intermediate-high). KCCQ 42. 5-m walk 7.9 s. Frailty: Essential Frailty Toolset 2.
CTA TAVR protocol: annulus 468 mm2, perimeter 77 mm; iliofemorals 7.1/6.8 mm, suitable TF.
Heart team consensus: TF-TAVR, 26 mm balloon-expandable. Tentative {{DATE:12/4/2024}}.
Dental clearance: Dr. {{NAME:Lerner}}, {{LOCATION:Sarasota}} -- done.
Wife {{NAME:Rhoda}} (87) and son {{NAME:Jeffrey Katzenberg-Lowe}} ({{PHONE:516-555-0161}}) present; all questions answered. Pt's goal: "dance at my granddaughter's wedding in {{LOCATION:Boca}} in March."
{{NAME:Isabel Carranza}}, PA-C / Dr. {{NAME:Nkemdirim}}`,

  // 48 MA member services call log
  `MEMBER SERVICES CALL LOG -- Coastal Gold Medicare Advantage HMO-POS
Call {{ID:MSC-240611-88731}}   {{DATE:06/11/2024 09:47}}   Agent: {{NAME:Tyrell Banks}} (emp {{ID:E40981}})
Caller: {{NAME:Mirlande Joseph}} (authorized rep, daughter) for member {{NAME:Anite Joseph}}
Member ID {{HEALTH_PLAN:CGM-77420918}}   DOB {{DATE:02/14/1944}}   MBI {{HEALTH_PLAN:8QW3-FH6-NE25}}
Verified: DOB, address ({{ADDRESS:640 NW 127th St, Apt 5}}, {{LOCATION:North Miami}} {{ZIP:33168}}), phone {{PHONE:305-555-0195}}
Language: Haitian Creole -- 3-way w/ interpreter line, interp ID {{ID:HT-7712}}

Reason for call:
1. Member received bill from {{FACILITY:Biscayne Memorial Hospital}} for ED visit {{DATE:4/2/24}}, $250 -- agent confirmed ED copay $90; claim {{ACCOUNT:CLM-24-55190327}} reprocessed, member to pay $90 only.
2. Requests PCP change to Dr. {{NAME:Jean-Claude Noël}} at {{FACILITY:Sante Fanmi Medical Center}} -- done, eff {{DATE:07/01/2024}}; new ID card mailed.
3. Asked about dental benefit for dentures -- $1,500/yr allowance, in-network list mailed.
4. Transportation: booked 2 round trips to dialysis? -> no, member not on dialysis; booked rides to cardiology {{DATE:6/18}} and {{DATE:6/25}}.
Resolution: all resolved FCR. Follow-up survey flag Y.`,

  // 49 EMS MVC on I-95
  `PCR {{ID:2024-0719-0442}}   Medic 18   {{DATE:07/19/2024}}
Disp 0742  OS 0749  Depart 0811  At {{FACILITY:APMC}} trauma bay 0823
Location: {{ADDRESS:I-95 NB just S of Cypress Creek Rd exit}}, {{LOCATION:Fort Lauderdale}}
MOI: MVC, pt restrained driver, ~45 mph rear-ended a box truck in traffic, +airbag deployment, self-extricated.
Vehicle: 2016 silver Camry FL tag {{VEHICLE:LQH-T83}}, VIN {{VEHICLE:4T1BF1FK8GU193772}}
Pt: {{NAME:Wagner Oliveira dos Santos}}, 34 M, FL DL {{LICENSE:O416-720-91-412-0}}
Employer (per pt): {{FACILITY:Coral Wave Water Park}} maintenance, on way to work.
Address per DL: {{ADDRESS:1101 SW 1st Ave, Apt 809}}, {{LOCATION:Deerfield Beach}} {{ZIP:33441}}
Primary: A patent, B clear bilat, C radial 104, D GCS 15, E seatbelt sign across chest/abd.
c/o chest wall pain 7/10, L wrist pain, deformity. no LOC. ETOH denied.
VS 0752 BP 138/86 HR 104 RR 20 SpO2 98%; 0805 BP 132/80 HR 98.
Tx: c-collar (NEXUS + for distracting injury), L wrist splint, 18g R AC, NS TKO, fentanyl 75 mcg IV total.
Trauma alert level 2 called 0800. Girlfriend {{NAME:Thaís Moreira}} notified by pt's phone {{PHONE:954-555-0197}}.
{{NAME:A. Baptiste}} PM / {{NAME:K. Lindholm}} EMT`,

  // 50 ED discharge instructions, bilingual
  `INSTRUCCIONES DE ALTA / DISCHARGE INSTRUCTIONS
{{FACILITY:Osceola Palms Medical Center}} Emergency Department   {{DATE:08/25/2024}}
Paciente / Patient: {{NAME:Xiomara Batista Reyes}}      Fecha de nacimiento: {{DATE:13/03/1979}}
Diagnóstico / Diagnosis: Renal colic, L 5 mm UVJ stone (cólico renal)
Médico / Provider: {{NAME:Nathaniel Oduya}}, PA-C   Supervising: Dr. {{NAME:Camila Ferraz}}

Medicamentos / Medications (sent to {{FACILITY:Farmacia Borinquen Plus}}, {{PHONE:407-555-0142}}):
 - tamsulosin 0.4 mg 1 cápsula diaria x 14 días (ayuda a pasar la piedra)
 - ketorolac 10 mg cada 6 h x 5 días con comida -- NO tome con ibuprofeno
 - ondansetron ODT 4 mg prn náusea
Cuele la orina / strain your urine; traiga la piedra a su cita.

Cita / Follow-up: Urología, Dr. {{NAME:Sebastián Quintero}}, {{FACILITY:Kissimmee Urology Associates}}, {{ADDRESS:700 W Oak St, Ste 201}}, {{LOCATION:Kissimmee}} -- llame al {{PHONE:407-555-0171}} para cita en 5-7 días.
Regrese si / Return if: fiebre > 100.4F, vómito que no para, dolor que no mejora.
Nota de trabajo: excused from work {{DATE:8/25-8/27}} ({{FACILITY:Wonderbay Adventure Park}} -- guest services).
Su portal: {{URL:www.osceolapalms-demo.org/miportal}}  código de acceso {{ID:QX7-2291-KF}}
Firma paciente ____________   Intérprete: {{NAME:Josué}} #{{ID:1187}}`,

  // 51 Hematology CLL follow-up
  `HEMATOLOGY FOLLOW-UP -- {{FACILITY:Atlantic Palms Cancer Center}}
{{DATE:10 Jan 2025}}   Pt {{NAME:Neville Augustus Campbell}}   DOB {{DATE:22 Jun 1945}}   MRN {{MRN:APM-1180447}}
Dr. {{NAME:Oksana Hrytsenko}}   Nurse navigator {{NAME:Tanisha Gooden}}

CLL, dx 2018 (FISH del13q, IGHV mutated), Rai 1. Watch & wait until 2023; started acalabrutinib 100 mg BID {{DATE:Feb 2023}} for progressive LAD + Hgb drop.
Interval: well. Winter visit from son in {{LOCATION:Kingston}}, Jamaica over holidays. Mild bruising on forearms. No infections since fall -- correction, pneumonia {{DATE:10/5/24}} treated outpatient.
Exam: no palpable LAD now, spleen not palpable. Ecchymoses forearms.
Labs today: WBC 8.1 (ALC 3.2, down from 41), Hgb 13.2, plt 148.
A/P:
1. CLL in PR on acalabrutinib -- continue. Avoid fish oil/turmeric. Pt asks about stopping -- not yet.
2. Hypogammaglobulinemia (IgG 420) + recurrent infx -> IVIG q4wk, first dose {{DATE:1/24/25}} at infusion ctr.
3. Vaccines: RSV (Arexvy) given today lot 7X2HF, PCV20 done 2024, no live vaccines.
4. Skin checks -- high SCC risk on BTKi: has derm (Dr. {{NAME:Teague}}).
Ride: {{FACILITY:Sunrise Senior Shuttle}}. Pt's email {{EMAIL:ncampbell.ja45@postbox-demo.com}}; wife {{NAME:Merline}} {{PHONE:954-555-0189}}.`,

  // 52 Derm, SCC scalp, ED&C
  `PROCEDURE NOTE -- DERMATOLOGY
{{FACILITY:Clínica de la Piel Westchester}}, {{ADDRESS:8788 SW 24 St}}, {{LOCATION:Miami}} {{ZIP:33165}}
Fecha {{DATE:12/02/2024}}     Paciente {{NAME:Pedro Pablo Iglesias Montané}}   DOB {{DATE:6/29/1936}}  (88 a)
Proveedor: {{NAME:Verónica Castaño}}, MD

Lesion: vertex scalp, 1.4 cm hyperkeratotic nodule, bx {{DATE:11/18/24}} (path {{ID:CP-24-3381}}) = well-diff SCC, invasive, no PNI. Bald, 60+ yrs outdoor work (cañero en {{LOCATION:Ciego de Ávila}}, then landscaper in {{LOCATION:Hialeah}}).
Discussed Mohs vs excision vs ED&C. Pt & son {{NAME:Pablito}} prefer in-office, pt "no quiere más cirugías." Low-risk by NCCN criteria? -- scalp area M... size <2 cm, well-diff: reasonable for ED&C with close f/u.
Procedure: consent signed, timeout. Lidocaine 1% w/ epi 4 mL. Curettage x3 cycles with electrodesiccation, 4 mm margin. Hemostasis achieved. Vaseline + bandage.
Wound care handout (español). Pain: acetaminophen.
F/u 3 mo; FBSE q6mo.
Pt on clopidogrel -- not held; mild ooze controlled. Son's cell {{PHONE:786-555-0120}}.`,

  // 53 Transient (travel) dialysis arrangement
  `TRANSIENT DIALYSIS REQUEST -- VISITING PATIENT PACKET
To: {{FACILITY:AquaRenal Dialysis - Sarasota Bay}}, admissions coordinator {{NAME:Heidi Strand}}, fax {{FAX:941-555-0178}}
From: {{FACILITY:Halifax Harbour Renal Unit}}, {{LOCATION:Dartmouth}}, Nova Scotia   Ph {{PHONE:902-555-0154}}
Date sent: {{DATE:2024-11-04}}

Patient: {{NAME:Angus Roderick MacIsaac}}   DOB {{DATE:1949-02-17}}   NS health card {{HEALTH_PLAN:0041 772 918}}
Requested dates: {{DATE:Jan 6 2025}} to {{DATE:Mar 28 2025}}, MWF, morning chair if possible
Local address: {{ADDRESS:1250 Tamiami Trail N, Unit 507}}, {{LOCATION:Sarasota}} {{ZIP:34236}} ({{FACILITY:Bayfront Palms Condominium}})
Local phone: {{PHONE:941-555-0122}}   Wife: {{NAME:Fiona}}

Enclosed: last 3 run sheets, H&P ({{DATE:Oct 22}}), hep B sAg neg / sAb 84 ({{DATE:2024-10-15}}), HCV neg, HIV neg, CXR, standing orders:
 3.5 h, F180 dialyzer, Qb 350, 2K/2.5Ca, EDW 81.5 kg, heparin 1000 U + 500 U/h, R IJ tunnelled? -- NO: L forearm AVF (needles 15g)
 Meds: darbepoetin 40 mcg weekly, IV iron per protocol
Payment: out-of-country -- pt has private travel coverage; MSI pays part at NS rates; pt signed self-pay agreement.
Nephrologist: Dr. {{NAME:Priscilla Naidoo}}, email {{EMAIL:pnaidoo@hhru-demo.ca}}
Coordinator: {{NAME:Catriona Beaton}}, RN`,

  // 54 Financial counselor note with SSN
  `FINANCIAL COUNSELING NOTE -- Patient Access, {{FACILITY:North Shore Bay Hospital}}
{{DATE:05/06/2024}}  Counselor: {{NAME:Ebony Castellano}}
Pt: {{NAME:Delroy A. Facey}}   MRN {{MRN:00723318}}   HAR {{ACCOUNT:4000982217}}
Adm {{DATE:5/5/24}} for NSTEMI (cath {{DATE:5/6}}, DES x1 LAD).

Uninsured. Met pt + wife {{NAME:Marcia}} at bedside. Pt is permanent resident (from {{LOCATION:Spanish Town}}, Jamaica, in US since 2011), works full time as line cook at {{FACILITY:Reggae Pot Kitchen}} ({{PHONE:754-555-0108}}), employer does not offer insurance.
Household 3 (pt, wife, daughter {{NAME:Kezia}} 15). Income ~ $41,600/yr -> ~ 166% FPL.
Screened: Medicaid -- not eligible (adult, non-disabled); ACA Marketplace SEP -- eligible, will apply with navigator; hospital charity care -- likely 75% discount pending docs.
Docs needed: 2 pay stubs, 2023 tax return, ID. SSN provided for application: {{SSN:589-44-0172}}. Wife's SSN {{SSN:591-08-3365}}.
Pharmacy: ticagrelor + atorvastatin via meds-to-beds with 30-day free card; clopidogrel alternative if cost.
Follow-up call scheduled {{DATE:5/13}}. Pt cell {{PHONE:754-555-0179}}; mailing address {{ADDRESS:1890 NW 55th Ave, Apt 3}}, {{LOCATION:Lauderhill}} {{ZIP:33313}}.`,

  // 55 Ophthalmology, retinal detachment
  `URGENT RETINA CONSULT
{{FACILITY:Gulf Coast Retina Consultants}} -- {{LOCATION:Cape Coral}}   {{DATE:07/03/2024 16:20}}
Pt: {{NAME:Juan Camilo Osorio Henao}}   DOB {{DATE:1/15/1961}}   Chart {{MRN:GCR-21098}}
Sent by: Dr. {{NAME:Natalia Bermúdez}}, optometrist, {{FACILITY:VisionMas Optical}} (called {{PHONE:239-555-0133}})

CC: "una cortina negra" from below in OD x 2 days, flashes x 1 wk. Myope -6.50, s/p LASIK OU 2008 in {{LOCATION:Medellín}}.
VA: OD CF 3 ft, OS 20/20. IOP 11/15. APD none. 
DFE OD: macula-OFF superior bullous RRD, 10:30 & 1 o'clock horseshoe tears, extends 9:00-3:00. PVR grade A. OS: lattice inferior, no breaks.
B-scan not needed.
A/P: Macula-off RRD OD (onset ~48 h). Plan PPV/SB/gas (C3F8) OD tomorrow AM at {{FACILITY:Cape Coral Surgery Center}}, Dr. {{NAME:Rajagopalan}}. NPO after midnight. Face-down / position per instructions; no flying -- pt was to fly to {{LOCATION:Bogotá}} {{DATE:7/10}}, must cancel (C3F8 ~8 wk).
OS: prophylactic laser to lattice in 2-4 wk.
Wife {{NAME:Luz Adriana}} {{PHONE:239-555-0134}} drives. Employer: {{FACILITY:Caloosa Marine Services}} (boat mechanic) -- work note given.`,

  // 56 Part D coverage determination
  `REQUEST FOR MEDICARE PRESCRIPTION DRUG COVERAGE DETERMINATION
Plan: Coastal Gold Medicare Advantage HMO-POS (Part D)    Submitted via fax {{DATE:02/20/2025}}
Enrollee: {{NAME:Lucienne Baptiste-Moïse}}   DOB {{DATE:07/19/1947}}   Enrollee ID {{HEALTH_PLAN:CGM-77533014}}
Address: {{ADDRESS:1420 NE 125th St, Apt 12B}}, {{LOCATION:North Miami}} FL {{ZIP:33161}}   Phone {{PHONE:305-555-0113}}
Prescriber: {{NAME:Reginald Okwuosa}}, MD   NPI {{LICENSE:1548822093}}   DEA {{LICENSE:BO7719243}}
Office: {{FACILITY:Biscayne Lakes Eye Institute}}, ph {{PHONE:305-555-0155}}, fax {{FAX:305-555-0154}}   Contact {{NAME:Rose-Carline Désir}}

Drug requested: Rocklatan (netarsudil/latanoprost) 0.02%/0.005% 2.5 mL, 1 gtt OU qhs
Type: [X] formulary exception  [ ] tiering exception  [ ] prior auth
Diagnosis: H40.1133 primary open-angle glaucoma, bilateral, severe stage
Drugs tried & failed: latanoprost (2021-present, inadequate IOP), timolol (bradycardia HR 48), brimonidine (allergic follicular conjunctivitis {{DATE:3/2023}}), dorzolamide (burning, nonadherence).
Rationale: IOP 24/22 on maximal tolerated therapy; target <15; formulary alternatives contraindicated. Pt declines surgery at this time.
Expedited? [X] yes -- applying standard timeframe may seriously jeopardize ability to regain maximum function.
Signature: {{NAME:R. Okwuosa}} MD    Date {{DATE:2/20/25}}`,

  // 57 Memory care admission H&P
  `MEMORY CARE ADMISSION -- HISTORY & PHYSICAL
{{FACILITY:The Arbors at Winter Park}} -- {{FACILITY:Camellia House}} secure unit    Admit {{DATE:3/11/2024}}
Resident: {{NAME:Dorothea "Dot" Vanderslice}}   DOB {{DATE:11/30/1930}}   Age {{AGE:93}}   Suite 14
Attending: {{NAME:Philip Anand}}, MD (house physician)   Previous PCP: Dr. {{NAME:Ross Winfield}}, {{LOCATION:Winter Park}}
Source: daughter {{NAME:Margo Vanderslice-Reyes}} (DPOA), records from {{FACILITY:Lakemont Internal Medicine}}

Reason: progressive dementia (mixed AD/vascular), two episodes wandering outside her condo at {{FACILITY:Park Avenue Towers}} ({{ADDRESS:400 E Morse Blvd, Apt 602}}) incl. found by police at 0300 on {{DATE:Feb 24}}.
PMH: AF (no anticoag -- prior GI bleed 2019), HTN, macular degeneration, hip fx 2017 (ORIF), depression.
Meds: donepezil 10, memantine 10 BID, sertraline 50, metoprolol 25 BID, PreserVision.
Exam: pleasant, oriented to self only. MMSE 11/30. Gait shuffling, uses rollator. BMI 19.8. Skin: healed sacral stage 2.
Advance directive: DNR, yellow DNRO copy in chart. No hospitalization unless comfort needs unmet.
Plan: behavior map x 2 wk, sling weight q wk, PT/OT eval, music & memory program, hospice screen q90d.
Daughter lives in {{LOCATION:Maitland}}, {{PHONE:407-555-0147}}, {{EMAIL:margo.vr@homemail-demo.net}}.`,

  // 58 Echo report
  `TRANSTHORACIC ECHOCARDIOGRAM REPORT
{{FACILITY:Gulfview Methodist Hospital}} Echo Lab   Study date {{DATE:10/30/2024}}   Accession {{ID:ECH-24-119384}}
Patient: {{NAME:Katzenberg, Seymour}}   MRN {{MRN:GMH-2199051}}   DOB {{DATE:08/08/1932}}   Age {{AGE:92}}   Ht 170 cm Wt 71 kg BSA 1.82
Ordering: {{NAME:Oyelaran, Babatunde}}, MD   Sonographer: {{NAME:Jolene Pruitt}}, RDCS   Reader: {{NAME:Nkemdirim, Chiamaka}}, MD
Indication: AS, dyspnea (I35.0)

Measurements:
 LVIDd 4.6 cm  IVSd 1.3 cm  PWd 1.2 cm  LVEF (biplane) 55%
 LA vol index 44 mL/m2  RVSP 38 mmHg  TAPSE 1.9 cm
 AV Vmax 4.4 m/s  mean gradient 48 mmHg  AVA (VTI) 0.70 cm2  DVI 0.22
 MV: mild MAC, mild MR.  TR mild.  
Findings: Severely calcified trileaflet aortic valve with severely reduced excursion. Concentric LVH, grade II diastolic dysfunction (E/e' 17). No pericardial effusion.
Compared to prior {{DATE:09/14/2023}} ({{FACILITY:Manhasset Heart Associates}} outside study, {{LOCATION:Great Neck}}): AV mean gradient 36 -> 48.
Conclusion: SEVERE AORTIC STENOSIS, normal LV systolic function. Recommend structural heart referral.
Electronically signed {{DATE:10/30/2024 17:12}}`,

  // 59 Portal thread, Haitian Creole
  `{{FACILITY:Sante Fanmi Medical Center}} -- Patient Portal Thread
Patient: {{NAME:Anite Joseph}}   MRN {{MRN:SFM-118207}}   Proxy: {{NAME:Mirlande Joseph}} (daughter) <{{EMAIL:mirlandej.nm@inbox-demo.net}}>

[{{DATE:07/08/2024 6:52 PM}}] Proxy:
Bonswa Doktè {{NAME:Noël}}, manman m gen vètij depi jedi e tansyon l te 92/54 lakay. Li pran nouvo grenn tansyon an (losartan 100) depi {{DATE:7/1}}. Èske li dwe kontinye? Mèsi. -- {{NAME:Mirlande}}
(translation by staff: Good evening Dr. {{NAME:Noël}}, my mother has had dizziness since Thursday and her BP was 92/54 at home. She's been taking the new BP pill since {{DATE:7/1}}. Should she continue?)

[{{DATE:07/09/2024 8:10 AM}}] {{NAME:Wideline Charles}}, RN:
Bonjou {{NAME:Mirlande}}. Dr. {{NAME:Noël}} di pou l sispann losartan 100 an jodi a, retounen ak 50 mg, e bwè plis dlo. Tanpri vini pou yon randevou {{DATE:madi 16 jiyè}} a 10è. Si l tonbe oswa li pèdi konesans, rele 911.
Appointment booked: {{DATE:Tue 7/16/2024 10:00}} w/ Dr. {{NAME:Jean-Claude Noël}}, clinic 2, {{ADDRESS:12050 NE 6th Ave}}, {{LOCATION:North Miami}}.

[{{DATE:07/09/2024 9:34 AM}}] Proxy: Mèsi anpil! Nou pral la.`,

  // 60 ED note, theme park ride injury, UK tourist
  `ED NOTE   {{FACILITY:SBHO}} {{LOCATION:Lake Buena Vista}} FSED    {{DATE:06/30/2024 21:05}}
Pt: {{NAME:Oliver James Pemberton}}   12 M   MRN {{MRN:SB9011873}}   accompanied by father {{NAME:Gareth Pemberton}}
Home: {{ADDRESS:17 Ashgrove Road}}, {{LOCATION:Stockport}}, England; holiday villa at {{ADDRESS:8102 Champions Gate Blvd, Villa 44}}, {{LOCATION:Davenport}} FL {{ZIP:33896}}
Travel insurance: UK insurer, policy {{HEALTH_PLAN:GBT-5521907-PL}} -- guarantee of payment pending

HPI: 12 y/o M hit R side of face on lap bar when coaster ("Thunder Gulch" at {{FACILITY:Wonderbay Adventure Park}}) stopped abruptly ~1930. No LOC. Epistaxis x 10 min resolved. Pain R cheek, "teeth don't meet right." Park first aid (EMT {{NAME:Luz Marina Ocampo}}) iced, sent by private car. Incident report # {{ID:WB-IR-24-3318}} given to family.
Exam: R malar swelling, step-off R infraorbital rim? subtle. EOMI, no diplopia, no entrapment. Malocclusion mild. Nasal septum no hematoma. GCS 15, PECARN low risk, no head CT.
CT maxillofacial: nondisplaced R zygomatic arch fx, no orbital floor involvement.
Plan: OMFS (Dr. {{NAME:Hollister}}) phone consult -- soft diet, no nose-blowing, f/u in 5-7 days (or with GP at home, records on USB). Ibuprofen/paracetamol. Fit to fly per OMFS.
Mum {{NAME:Harriet}} on phone UK mobile {{PHONE:+44 7700 900147}}.
{{NAME:Kelechi Amadi}}, MD`,

  // 61 MIMIC-style cardiology discharge
  `Name:  [**{{NAME:Known lastname 8827}}**],[**{{NAME:Known firstname 441}}**]          Unit No:  [**{{MRN:Numeric Identifier 77120}}**]
Admission Date:  [**{{DATE:2169-2-11}}**]     Discharge Date:  [**{{DATE:2169-2-15}}**]
Date of Birth:  [**{{DATE:2098-8-30}}**]     Sex:  M
Service: CARDIOTHORACIC

Chief Complaint: exertional chest tightness
Major Surgical or Invasive Procedure: CABG x3 (LIMA-LAD, SVG-OM1, SVG-PDA) [**{{DATE:2169-2-11}}**]

History of Present Illness:
70M retired cruise-ship engineer (worked for [**{{FACILITY:Company 4471}}**] 30 yrs) who winters in [**{{LOCATION:Location (un) 1092}}**], positive stress test at [**{{FACILITY:Hospital 3372}}**], cath showing 3VD.

Brief Hospital Course:
Extubated POD#0 evening. Chest tubes out POD#2. Brief AF POD#3, amiodarone load, converted. Foley out POD#2. Ambulating 3x/day with PT. Wires out.

Discharge Medications: ASA 81, metoprolol 37.5 BID, atorvastatin 80, amiodarone 400 BID x1wk then 200 daily, furosemide 20 x 5d, KCl.
Discharge Disposition: Home With Service  Facility: [**{{FACILITY:Location (un) 2281}}**] VNA
Followup: Dr. [**{{NAME:Last Name (STitle) 914}}**] in 4 weeks, cardiologist Dr. [**{{NAME:First Name4 (NamePattern1) 1177}}**] [**{{NAME:Last Name (NamePattern1) 1178}}**] [**{{PHONE:Telephone/Fax (1) 5521}}**].
Wife [**{{NAME:Name (NI) 1183}}**] cell [**{{PHONE:Telephone/Fax (3) 2290}}**].
[**{{NAME:First Name8 (NamePattern2) 101}}**] [**{{NAME:Last Name (NamePattern1) 102}}**] NP [**{{DATE:2169-2-15}}**] @ 1422`,

  // 62 Hospice death pronouncement
  `HOSPICE RN -- DEATH VISIT / PRONOUNCEMENT
{{FACILITY:Gulf Breeze Hospice}}   Pt: {{NAME:Winston Delroy McKenzie}}   ID {{MRN:GBH-24-1187}}
Call rec'd from wife {{NAME:Hyacinth McKenzie}} {{DATE:06/19/2024 04:12}}: "him gone, him stop breathe."
Arrived home ({{ADDRESS:8714 Sandpiper Way}}, {{LOCATION:Miramar}}) 0455.

Assessment 0458: no respirations x 1 min, no apical pulse x 1 min, pupils fixed & dilated, no response to stimuli. Time of death per family ~0400; pronounced by RN {{DATE:6/19/24 0500}} per FL hospice protocol.
Attending Dr. {{NAME:Claudette Barnes-Ogunleye}} notified 0510, will sign death certificate (EDRS). ME not notified -- expected death, under hospice > 24h.
Family present: wife, grandson {{NAME:Jaheim}}, daughter {{NAME:Simone}} on video from {{LOCATION:Brooklyn}}. Pastor {{NAME:Errol Grant}} of {{FACILITY:New Covenant Seventh-day Adventist}} arrived 0540, prayer said.
Post-mortem care given with wife, who wished to bathe him. Morphine (ER 30 mg x 14, IR 10 mg/5 mL 62 mL remaining) destroyed w/ wife as witness in kitty litter -- witness signature on form.
Funeral home: {{FACILITY:Whitfield & Sons Funeral Chapel}}, {{PHONE:954-555-0166}}, picked up 0715.
DME pick-up request sent to {{FACILITY:Comfort Medical Supply}}.
Bereavement referral: {{NAME:Denise Okafor}}, MSW. 
{{NAME:Tamara Fleurimond}}, RN`,

  // 63 AV fistula op note
  `OPERATIVE REPORT
{{FACILITY:Biscayne Memorial Hospital}} -- Main OR 6     Date of surgery: {{DATE:September 9, 2024}}
Patient: {{NAME:Yunior Alejandro Cárdenas Pupo}}   MRN {{MRN:BM-52210033}}   DOB {{DATE:03/03/1970}}
Surgeon: {{NAME:Mei-Ling Sorensen}}, MD, vascular   Assistant: {{NAME:Jonah Feld}}, MD (PGY-3)
Anesthesia: {{NAME:Dmitri Volkov}}, MD -- regional (supraclavicular block) + MAC

Pre-op dx: CKD stage 5, not yet on dialysis (eGFR 11), R-hand dominant
Procedure: Left brachiocephalic arteriovenous fistula creation (CPT 36821)
Findings: cephalic vein 3.8 mm at antecubital fossa (vein mapping {{DATE:8/22/24}}), brachial artery 4.2 mm, soft. Excellent thrill post-anastomosis.
Technique: transverse incision 2 cm distal to antecubital crease; end-to-side anastomosis w/ 7-0 Prolene running; heparin 3000 U IV prior to clamping. Radial pulse palpable at end. Closed 4-0 Monocryl subcuticular.
EBL 10 mL. No complications. Specimens none.
Disposition: PACU then home same day with sister {{NAME:Yanelys}} ({{PHONE:786-555-0138}}). Post-op check {{DATE:9/23}} at {{FACILITY:BMHS}} vascular clinic; fistulogram if not maturing by 6 wk. Nephrology: Dr. {{NAME:Estimé}}.
Dictated by {{NAME:MLS}}  tr {{NAME:vg}}  {{DATE:09/09/2024 13:48}}`,

  // 64 Psychiatry capacity evaluation, Venezuelan
  `PSYCHIATRY C-L -- DECISION-MAKING CAPACITY EVALUATION
{{FACILITY:Atlantic Palms Medical Center}}, 7 Tower rm 731     {{DATE:01/17/2025 1130}}
Pt: {{NAME:Eduardo Antonio Briceño Lugo}}   DOB {{DATE:05/05/1948}}   MRN {{MRN:APM-1193302}}
Requested by: hospitalist Dr. {{NAME:Sunita Varghese}}   Evaluator: {{NAME:Camilo Arrieta}}, MD (psychiatry)
Interview in Spanish, no interpreter needed (evaluator native speaker).

Question: capacity to refuse AKA for L foot wet gangrene / osteo.
Background: 76M from {{LOCATION:Barquisimeto}}, Venezuela, came 2019 on TPS, lives with son {{NAME:Gustavo Briceño}} in {{LOCATION:Weston}} ({{PHONE:954-555-0111}}). Retired engineer (worked at {{FACILITY:Aceros del Caroní}}). DM2, PAD, prior R TMA.
MSE: alert, calm, oriented x4, linear, no psychosis. Mood "cansado, no deprimido." PHQ-9: 6. MoCA 26/30.
Understanding: accurately paraphrases that without surgery infection may spread, "me puedo morir."
Appreciation: acknowledges risk applies to him.
Reasoning: weighs losing independence, his late wife's prolonged ICU death in {{LOCATION:Caracas}}, prefers to try IV abx + comfort if fails.
Expression of choice: consistent x 3 interviews ({{DATE:1/15}}, {{DATE:1/16}}, today).
Opinion: pt HAS capacity for this decision. Recommend palliative care consult; document goals; son informed with pt's permission.
{{NAME:C. Arrieta}}, MD  pgr {{PHONE:3391}}`,

  // 65 Work status letter, cruise line crew
  `{{FACILITY:SPACE COAST ORTHO & HAND}}
{{ADDRESS:2222 S Babcock St, Suite 110}}, {{LOCATION:Melbourne}}, FL {{ZIP:32901}} -- Tel {{PHONE:321-555-0176}} -- Fax {{FAX:321-555-0177}}

{{DATE:February 2, 2024}}

{{FACILITY:Azul Horizon Cruise Line}} -- Crew Medical / Fleet Health
Attn: {{NAME:Melinda Corcoran}}, Port Agent

RE: {{NAME:Ravindra Persaud}}    Crew ID {{ID:AHC-0098213}}    DOB {{DATE:08/16/1991}}    DOI {{DATE:01/22/2024}}
Claim {{ACCOUNT:PI-24-00317}}

To whom it may concern,
Mr. {{NAME:Persaud}} was evaluated in my office on {{DATE:01/24/2024}} and {{DATE:02/01/2024}}. MRI R wrist ({{DATE:1/26/24}}, {{FACILITY:Riverside Open MRI}}) confirms a nondisplaced fracture of the scaphoid waist. He has been placed in a long-arm thumb spica cast.
Work status: NOT FIT FOR DUTY aboard ship. May perform light duty ashore, no use of R hand, no lifting. Anticipated cast 6-8 weeks, repeat CT to confirm union before return to galley duties. Next visit {{DATE:2/29/24}}.
He is staying at {{FACILITY:Cocoa Beach Inn & Suites}} at company expense and is reachable at {{PHONE:321-555-0136}}.
Sincerely,

{{NAME:Kwame Asante-Lewis}}, MD, Hand Surgery
FL {{LICENSE:ME 141077}}`,

  // 66 Lab requisition/result
  `{{FACILITY:LABSUR DIAGNOSTICS}} -- PATIENT REPORT         CLIA 10D0987712
{{ADDRESS:7300 NW 19th St, Suite 400}}, {{LOCATION:Miami}} FL {{ZIP:33126}}   Client services {{PHONE:305-555-0102}}
Accession {{ID:LS-24-7719028}}   Order {{ID:LS-5510342}}
Patient: {{NAME:RODRIGUEZ ACOSTA, YAMILE}}   DOB {{DATE:02/11/1958}}   Sex F   Pt ID {{MRN:THP-4409218}}
Ordering: {{NAME:VILLALOBOS, ERNESTO}} MD   {{FACILITY:TAMIAMI HEALTH PARTNERS}}   Acct {{ACCOUNT:C-22718}}
Collected {{DATE:10/10/2024 07:32}}   Received {{DATE:10/10/2024 11:05}}   Reported {{DATE:10/10/2024 16:48}}
Fasting: Y

TEST                 RESULT     FLAG   REF RANGE        UNITS
Hemoglobin A1c       9.1        H      4.0-5.6          %
 eAG                 214                               mg/dL
Glucose, fasting     196        H      70-99            mg/dL
Creatinine           0.94              0.57-1.00        mg/dL
 eGFR (CKD-EPI 2021) 68         L      >59              mL/min/1.73
Urine albumin/creat  42         H      0-29             mg/g
LDL-C (calc)         118        H      0-99             mg/dL
TSH                  2.31              0.45-4.50        uIU/mL

Comment: A1c increased from 7.4 ({{DATE:04/2024}}).
Performing site: main lab; medical director {{NAME:Farid Haddad-Ruiz}}, MD.
Results also released to patient portal.`,

  // 67 Case management, pre-storm discharge
  `CASE MANAGEMENT PROGRESS NOTE   {{DATE:10/07/2024 10:30}}
{{FACILITY:Coquina Bay Medical Center}} -- 3 South   Hurricane watch in effect; expedited d/c per incident command
Pt: {{NAME:Francine Desrosiers}}   DOB {{DATE:12/12/1936}}   MRN {{MRN:CB-00398115}}   Payer: Medicare Advantage (auth obtained)

Pt POD#4 s/p L hemiarthroplasty, ready for SNF. Lives alone at {{ADDRESS:275 Sea Grape Ln, Apt C-3}}, {{LOCATION:Marco Island}} (zone A evac -- cannot go home).
SNF referrals (3 of 5 accepted):
  - {{FACILITY:Naples Bay Rehab & Nursing}} -- accepted, bed tomorrow, but in evac zone B -> declined by family
  - {{FACILITY:Immokalee Road Health & Rehab}} -- accepted, bed TODAY, generator-equipped (AHCA-compliant)
  - {{FACILITY:Golden Gate Care Center}} -- accepted Wed
Family: niece {{NAME:Jocelyne Desrosiers-Paquette}} ({{LOCATION:Sherbrooke}}, Quebec, {{PHONE:819-555-0142}}) agrees with {{FACILITY:Immokalee Rd}}; pt agrees ("pas de problème, je veux juste être en sécurité").
Transport: {{FACILITY:Paradise Coast Medical Transport}} w/c van 1400, trip # {{ID:PCMT-61022}}.
MA auth # {{ID:AUTH-2410-33817}} for SNF, LCD {{DATE:10/21}}.
Belongings: hearing aids, glasses, rosary, passport -- inventoried w/ RN {{NAME:Ana Paula Brito}}.
IMM 2nd notice given 0945.
{{NAME:Lorena Szabo}}, RN CCM  ext {{PHONE:7-4410}}`,

  // 68 Diabetic eye exam report to PCP
  `DIABETIC EYE EXAMINATION REPORT -- please file in patient chart
From: {{FACILITY:Sunrise Eye Associates}}, {{LOCATION:Hialeah}} office, {{ADDRESS:1490 W 49th St, Suite 5}}, {{LOCATION:Hialeah}} {{ZIP:33012}}
To: Dr. {{NAME:Adalberto Cisneros}}, fax {{FAX:305-555-0185}}
Date of exam: {{DATE:11/14/2024}}

Patient: {{NAME:Osvaldo Pérez Guerra}}   DOB {{DATE:8/19/1959}}   Chart {{MRN:SEA-072266}}
DM type 2, duration ~15 yr. Last A1c per pt: 8.2.
VA cc OD 20/25, OS 20/30. IOP 15/16. Pupils: dilated with tropicamide 1%/phenylephrine 2.5% @ 1005.
Fundus:
  OD: scattered dot-blot hemorrhages & microaneurysms, few hard exudates temporal to fovea, no CSME on OCT (CST 268 um)
  OS: moderate NPDR, hemorrhages 4 quadrants? -- 3 quadrants, OCT CST 301 um with trace intraretinal fluid (CI-DME, vision-threatening)
Impression: Moderate NPDR OU; center-involving DME OS (E11.3312 / E11.3391? verify coding).
Recommend: anti-VEGF OS (first inj scheduled {{DATE:11/21/24}} with Dr. {{NAME:Restrepo}}); glycemic/BP/lipid control per PCP; f/u 1 mo.
HEDIS: retinal eye exam completed (CPT II 2022F).
Exam by: {{NAME:Catalina Restrepo}}, MD   Scribe {{NAME:jm}}
Questions: {{PHONE:305-555-0117}}`,

  // 69 Tumor board
  `MULTIDISCIPLINARY GI TUMOR BOARD -- {{FACILITY:CMCO}}     {{DATE:jueves 12 de septiembre de 2024}}
Case 3 of 7   Presenter: Dr. {{NAME:Marta L. Figueroa Vega}}
Patient: {{NAME:N. E. Santiago Colón}}   Récord {{MRN:CMCO-7720915}}   68 F, {{LOCATION:Juncos}}

Summary: borderline resectable pancreatic head adenocarcinoma (dx {{DATE:5/8/24}}), completed mFOLFIRINOX x 6 ({{DATE:5/28/24-8/27/24}}). CA 19-9 412 -> 38. Restaging CT {{DATE:9/5/24}}: mass 2.6 cm, SMV abutment improved, no mets. ECOG 1. Neuropathy G1.
Pathology review (Dr. {{NAME:Alma Ferrer}}): EUS-FNA slides confirmed.
Radiology ({{NAME:Nelson Rivera Quiles}}, MD): SMV patent, no encasement of SMA.
Surgery (Dr. {{NAME:Iván Quiñones}}): candidate for pancreaticoduodenectomy (Whipple) with possible venous resection. Date tentatively {{DATE:10/8}}.
Rad onc (Dr. {{NAME:Cintrón}}): SBRT not required pre-op.
Consensus: proceed to surgery at {{FACILITY:CMCO}}; nutrition prehab; repeat CA 19-9 pre-op. Pt's daughter {{NAME:Glorimar}} requests family meeting -- set {{DATE:9/17}} 2pm.
Attendees signed; minutes {{NAME:L. Santos}}`,

  // 70 PR ED note, dengue
  `SALA DE EMERGENCIAS -- {{FACILITY:HOSPITAL SAN MARTÍN DE PORRES DEL SUR}}, {{LOCATION:PONCE}}
Fecha/hora: {{DATE:09/03/2024 02:15}}    Triage: ESI 3
Paciente: {{NAME:Kiara Lisette Maldonado Torres}}   29 F   Récord {{MRN:HSM-0817734}}
Plan médico: Vital (Medicaid PR) {{HEALTH_PLAN:PV-200571339}}
Dirección: {{ADDRESS:Calle Luna 44, Apt 2}}, {{LOCATION:Ponce}} {{ZIP:00730}}

HPI: fiebre 39.5 x 4 días, dolor retro-orbital, mialgias "me duelen hasta los huesos," rash since yesterday. Today abd pain + vomited x3. Works as a cashier at {{FACILITY:Supermercado La Ceiba}}; several coworkers had dengue. No travel. LMP {{DATE:8/20}}, UPT neg.
PE: T 37.8, HR 108, BP 100/68. Petechiae LE, tourniquet test +. RUQ tenderness. No ascites clinically.
Labs: plt 62K (was 140K at {{FACILITY:CDT Las Delicias}} on {{DATE:9/1}}), Hct 44 (baseline 38), WBC 2.9. AST 212, ALT 140. NS1 Ag +.
Imp: Dengue con signos de alarma (abd pain, vomiting, rising Hct + falling plt).
Plan: admit, IV crystalloid per protocol 5-7 mL/kg/h x 1-2h then reassess, Hct q6h, no NSAIDs, report to Departamento de Salud (case report submitted, # {{ID:DS-DEN-24-11802}}).
Madre {{NAME:Nereida Torres}} {{PHONE:787-555-0187}} al lado de la cama.
Dr. {{NAME:Luis Gerardo Ayala}} / R2 Dra. {{NAME:Mariela Santos Pabón}}`,

  // 71 Telehealth visit
  `TELEHEALTH VIDEO VISIT -- Dermatology follow-up
Platform: {{URL:https://visit.palmettoshores-demo.org/room/ps-derm-4}}   Session {{ID:TH-24-5519023}}
Pt connection: {{IP:203.0.113.58}} (pt located in {{LOCATION:Grand Rapids}}, MI; provider in FL -- MI telehealth registration on file)
Date: {{DATE:June 6, 2024 14:00}}   Provider: {{NAME:Christopher Dellamonica}}, MD   MA {{NAME:Suki Yamamoto}}

Pt: {{NAME:Harold J. Vandermeer}}   DOB {{DATE:09/09/1944}}   Acct {{ACCOUNT:PSD-2290481}}
Identity verified with photo ID held to camera + DOB.
S: 3 mo s/p Mohs R nasal ala w/ bilobed flap ({{DATE:3/5/24}}). Wife {{NAME:Joyce}} reports "bumpy" flap edge; no pain, no bleeding. Sutures removed {{DATE:3/13}} by Dr. {{NAME:Lindqvist}} in {{LOCATION:Grand Rapids}}.
O (video): well-healed flap, mild pincushioning superior lobe, color match good. No new lesions on face/scalp per screen; pt sent 3 photos via portal {{DATE:6/4}}.
A/P: Pincushioning -- massage 5 min TID, reassess 3 mo; triamcinolone 10 mg/mL if persists (in office in fall). FBSE -> scheduled {{DATE:11/18/24}} at {{LOCATION:Venice}} office.
Time: 12 min, 95 modifier. Consent for telehealth documented.`,

  // 72 Cruise ship infirmary transfer
  `SHIP'S MEDICAL CENTRE -- TRANSFER SUMMARY
Vessel: {{FACILITY:MS Azul Meridian}} ({{FACILITY:Azul Horizon Cruise Line}})   Port: {{LOCATION:Miami}}   Date {{DATE:21 Mar 2024}}
Passenger: {{NAME:Beatrice Ellen Thornbury}}   Cabin 9214   DOB {{DATE:02 Apr 1951}}   Booking ref {{ACCOUNT:AZH-7Q4XKP}}
Nationality: Canadian (home {{LOCATION:Kelowna}}, British Columbia)   Travel insurer claim pending
Ship physician: Dr. {{NAME:Ioana Petrescu}}   Nurse: {{NAME:Arnel Bautista}}

Presented {{DATE:20 Mar 2024 2310}} at sea: chest pressure, nausea. ECG: 1.5 mm ST depression V4-V6, no STE. hs-Tn (i-STAT) 0.09 -> 0.21 ng/mL at 3 h.
Tx: ASA 300 mg, nitro SL x2 (pain 6 -> 2), enoxaparin 1 mg/kg SC 0050, atorvastatin 80 mg. O2 not required.
Dx: NSTEMI. Stable overnight, pain-free since 0200.
Medical disembarkation on arrival 0700; ambulance to {{FACILITY:Biscayne Memorial Hospital}} ED, handover to ED physician on duty.
Companion: husband {{NAME:Malcolm Thornbury}}, cabin 9214, mobile {{PHONE:250-555-0192}}; disembarking with her. Guest services contact {{NAME:Ana Lucía Prado}} arranged hotel.
Meds at home: amlodipine 5 mg, levothyroxine 75 mcg. NKDA.
Copies: ECGs x3, labs, MAR. Signed {{NAME:I. Petrescu}}, MD`,

  // 73 Post-Mohs complication phone call
  `PHONE NOTE -- after-hours answering service -> on-call derm
Rec'd {{DATE:Sat 04/13/2024 20:38}}   On call: Dr. {{NAME:Marcus Teague}}   Service operator {{NAME:Jen}} (msg # {{ID:AS-88120}})
Caller: {{NAME:Gordon McAllister}}, husband of pt {{NAME:Eileen McAllister}} (DOB {{DATE:10/24/1941}}), cb {{PHONE:239-555-0163}}
Pt had Mohs L temple {{DATE:4/12}} (yesterday) at {{FACILITY:Fort Myers Beach Dermatology}} w/ Dr. {{NAME:Teague}}, intermediate layered repair.

Husband reports: dressing soaked through, blood "dripping down her neck" x 30 min despite pressure. Pt on warfarin (AF) -- continued peri-op per cardiology, INR 2.4 on {{DATE:4/10}}.
Advised: firm continuous pressure with folded gauze 20 min by the clock, do not peek, head elevated, ice over. Call back.
20:58 callback: bleeding slowed but still oozing. Instructed to go to ED.
21:40 ED ({{FACILITY:Estero Bay Hospital}}) called: hematoma 3 cm under repair, active ooze from one suture line. I advised: remove 2 sutures, evacuate clot, cautery/figure-of-8, pressure dsg; no need to reverse INR. ED physician Dr. {{NAME:Samuel Obi}} agreed; pt d/c'd 2315.
Plan: clinic visit {{DATE:Monday 4/15}} 0830 with {{NAME:Ingrid Solberg}}, PA-C, wound check. Doxycycline 100 BID x 7d given hematoma.
Condo: {{ADDRESS:6700 Estero Blvd, Apt 404}}, {{LOCATION:Fort Myers Beach}} -- they drive home to {{LOCATION:Guelph}}, Ontario {{DATE:4/25}}.
-- {{NAME:M. Teague}}, MD`,

  // 74 Florida DNRO / advance directive
  `ADVANCE DIRECTIVE DOCUMENTATION -- {{FACILITY:Vista del Lago Senior Living}}
Resident: {{NAME:Harriet Beaulieu}}   DOB {{DATE:09/01/1929}}   Age {{AGE:95}}   Apt 2207
Date reviewed: {{DATE:10/02/2024}}

Documents on file:
 [X] Florida DNRO (yellow form DH 1896), signed by Dr. {{NAME:Francis Oduya}} ({{LICENSE:ME 90412}}) on {{DATE:04/15/2022}}; resident signature. Original at bedside in red folder; copy in chart.
 [X] Designation of Health Care Surrogate: 1st {{NAME:Philippe Beaulieu}} (son), {{ADDRESS:38 Rue Champlain}}, {{LOCATION:Moncton}}, NB, {{PHONE:506-555-0132}}; alternate {{NAME:Chloé Beaulieu-Roy}} (granddaughter), {{LOCATION:Bradenton}}, {{PHONE:941-555-0173}}
 [X] Living will ({{DATE:2015-06-30}}) -- executed in Quebec, witnessed by Me {{NAME:Lucien Gervais}}, notary
 [ ] POLST/MOLST -- n/a in FL
Witnesses to HCS designation: {{NAME:Patricia Nwosu}} and {{NAME:Dana Kirchner}} (not relatives).
Resident wishes (stated today, A&O x3): "No machines, no hospital unless I break something. Keep me comfortable here." Prefers hospice at ALF when time comes; wants Father {{NAME:Tremblay}} from {{FACILITY:St. Jude Catholic Church}} for last rites.
Reviewed by {{NAME:Marisa Dunleavy}}, LPN / wellness director {{NAME:Sonia Patel-Greene}}, RN`,

  // 75 Dialysis hurricane preparedness plan
  `DIALYSIS PATIENT EMERGENCY / HURRICANE PLAN -- 2024 season (review date {{DATE:05/29/2024}})
Unit: {{FACILITY:AquaRenal Dialysis}} -- {{FACILITY:Little Haiti Unit}}   Unit phone {{PHONE:305-555-0174}}   Company hotline 1-800-555-0146
Patient: {{NAME:Jean-Robert Dorsainvil}}   MRN {{MRN:AR-330194}}   Schedule MWF 2nd shift
Address: {{ADDRESS:189 NE 59th Terrace, Apt 2}}, {{LOCATION:Miami}} {{ZIP:33137}}   Evac zone: B
Emergency contacts: nephew {{NAME:Wesline Dorsainvil}} {{PHONE:786-555-0153}}; sister {{NAME:Marie-Carmel}} in {{LOCATION:Orlando}} {{PHONE:407-555-0131}}

If a storm is coming:
1. Unit will run early (pre-storm) treatment -- watch for call/text.
2. Start 3-day emergency diet (K/fluid restricted) -- "rejim ijans" handout in Kreyòl given.
3. Evacuation plan: to sister in {{LOCATION:Orlando}} -> nearest unit {{FACILITY:AquaRenal Pine Hills}} ({{PHONE:407-555-0115}}). If staying: special-needs shelter registered, county registration # {{ID:SNR-0447182}}.
4. Bring: med list, Kayexalate? (sodium zirconium -- Lokelma packets x3 prescribed for emergency use only), ID, insurance card (Medicare {{HEALTH_PLAN:5KD8-XQ1-PW39}}), this plan.
5. Access care: keep fistula dry/clean; no BP or blood draws L arm.
Reviewed w/ pt & nephew (by phone) -- teach-back ok.
SW {{NAME:Nadia Bien-Aimé}}, LCSW   RN {{NAME:Fabienne Jacques}}`,

  // 76 MA transportation / supplemental benefits log
  `SUPPLEMENTAL BENEFITS -- RIDE & OTC LOG   (Caribe Dorado Medicare Advantage PPO)
Member: {{NAME:Teresa Pagán Morales}}   ID {{HEALTH_PLAN:CDM-5513082-01}}   Care mgr: {{NAME:Rebeca Irizarry}}, RN
Vendor: {{FACILITY:RutaSegura Transportation}}   dispatch {{PHONE:407-555-0196}}

Trip  Date        Pick-up                                    Destination                                         Status
{{ID:RS-44102}}  {{DATE:04/02/24}}  {{ADDRESS:2211 Buena Ventura Blvd, Apt 210}}             {{FACILITY:Clínica Buenaventura Lakes}}                          completed
{{ID:RS-44317}}  {{DATE:04/09/24}}  same                                        {{FACILITY:Osceola Palms Medical Center}} (lab)                     no-show -- pt at daughter-in-law's
{{ID:RS-44588}}  {{DATE:04/23/24}}  same                                        {{FACILITY:Kissimmee Eye Care}} ({{ADDRESS:1010 N Main St}})          completed, wheelchair
{{ID:RS-45011}}  {{DATE:05/07/24}}  same                                        {{FACILITY:Clínica Buenaventura Lakes}}                          cancelled by member

OTC card: $75/quarter, balance $12.40 as of {{DATE:5/10}}. Items: reading glasses, BP cuff, fiber.
Note {{DATE:5/10/24}} ({{NAME:R. Irizarry}}): son {{NAME:Javier}} asks that rides be confirmed by calling his cell, not the house phone (mom doesn't hear it). Updated profile: {{PHONE:(407) 555-0128}}. Memory concern forwarded to PCP Dr. {{NAME:Betances}} -- appt {{DATE:5/21}}.`,

  // 77 Adult day care progress note
  `ADULT DAY HEALTH CENTER -- MONTHLY PROGRESS NOTE
{{FACILITY:Centro Diurno Los Abuelos}}, {{ADDRESS:3050 SW 27 Ave}}, {{LOCATION:Miami}} {{ZIP:33133}}     Month: {{DATE:July 2024}}
Participant: {{NAME:Orestes Leyva Quintana}}   DOB {{DATE:1940-01-08}}   Attends M/W/F
Case #: {{ID:ADC-1177}}   Funding: Medicaid LTC waiver (plan member {{HEALTH_PLAN:LTC-0098715520}})

Attendance: 11 of 13 scheduled days (absent {{DATE:7/15}} -- "calor," {{DATE:7/26}} -- dentist).
Nursing ({{NAME:Mayelín Roque}}, RN): BP avg 138/80. Wt 141 lb (stable). Meds given at center: 1200 metformin 500. No falls. Stable after July hospitalization? -- no, hospital adm was in August; July uneventful.
Activities: dominoes daily, sang "Guantanamera" at the {{DATE:July 4}} party, helps set tables. Says he misses {{LOCATION:Santa Clara}} and his late wife {{NAME:Caridad}}.
Nutrition: eats 75-100% lunch; likes "arroz con pollo" days.
Social ({{NAME:Lázaro Fumero}}, MSW): nephew {{NAME:Yoandy}} still works nights; electricity bill past due -- referred to LIHEAP. Pt asked about going to {{FACILITY:Iglesia de la Caridad}} on Sundays -- church van arranged.
Goals met: 3/4. Plan: continue M/W/F; add Tuesday when waiver hours approved.
Reviewed by program director {{NAME:Beatriz Quevedo}}.`,

  // 78 Immunization record
  `IMMUNIZATION ADMINISTRATION RECORD
{{FACILITY:Seagrape Pharmacy #7}} -- {{ADDRESS:1901 E Las Olas Blvd}}, {{LOCATION:Fort Lauderdale}} {{ZIP:33301}}   Ph {{PHONE:954-555-0112}}
Patient: {{NAME:Ingrid Marguerite Halvorsen}}   DOB {{DATE:03/27/1946}}   Phone {{PHONE:954-555-0193}}
Address: {{ADDRESS:3000 Holiday Dr, Apt 1603}}, {{LOCATION:Fort Lauderdale}} {{ZIP:33316}} (winter) / {{LOCATION:Stillwater}}, MN (summer)
Insurance: Medicare Part B {{HEALTH_PLAN:3NE5-VJ7-RC20}} / Part D via MA plan
PCP to notify: Dr. {{NAME:Samuel Okonjo-Baptiste}}, fax {{FAX:(954) 555-0161}}
State registry (FL SHOTS) updated: yes   MN registry: pt to provide copy

Vaccine              Date        Site   Lot        Exp         Mfr     Admin by
RSV (Arexvy)         {{DATE:10/03/2024}}  L delt  K94T7      2025-06-30  GSK     {{NAME:N. Clarke-Bowen}}, PharmD
Influenza HD (Fluzone) {{DATE:10/03/2024}}  R delt  UT8824BA   2025-06-30  Sanofi  {{NAME:N. Clarke-Bowen}}, PharmD
COVID-19 2024-25     {{DATE:10/17/2024}}  L delt  3CW41M     2025-03-15  Pfizer  {{NAME:D. Okoye}}, PharmD
Shingrix #2          {{DATE:01/09/2025}}  R delt  7TD2G      2026-02-11  GSK     {{NAME:D. Okoye}}, PharmD
(Shingrix #1 given {{DATE:10/2024}}? -> no: #1 given {{DATE:09/12/2024}} at {{FACILITY:Stillwater Family Pharmacy}})

VIS given (English). No immediate reactions; observed 15 min. Pt reports soreness after Shingrix #1, took acetaminophen.
Signed: {{NAME:Nadine Clarke-Bowen}}, PharmD   Immunization cert on file.`,

  // 79 Cataract POD1
  `{{FACILITY:SUNRISE EYE ASSOCIATES}} -- POST-OP DAY 1
{{DATE:03/07/2024}}   Pt {{NAME:Luis Alfredo Betancourt}}   DOB {{DATE:07/27/1955}}   Chart {{MRN:SEA-061877}}
Surgery {{DATE:3/6/24}} at {{FACILITY:Doral Surgical Pavilion ASC}}: phaco/PCIOL OD, SN60WF 20.5 D in bag, uncomplicated (Dr. {{NAME:Restrepo}}). 
Tech {{NAME:jm}} / Scribe {{NAME:Lizbeth Araujo}}

S: "veo mucho mejor, los colores más brillantes." Mild FB sensation. No pain, no flashes/floaters. Slept w/ shield.
VA sc OD 20/30 (PH 20/25). IOP 19 OD (iCare).
SLE OD: lids mild edema, conj 1+ injection, cornea trace SPK & 1+ stromal edema near main incision, wound Seidel neg, AC deep, 1+ cell, IOL centered in bag, PC intact.
A/P: POD#1 s/p CE/IOL OD -- doing well.
 - ofloxacin QID x 1 wk, prednisolone 1% QID taper x 4 wk, ketorolac QID x 4 wk
 - shield qhs x 1 wk, no swimming, no lifting >20 lb
 - may drive when comfortable (OS 20/40 + OD improving) -- wife {{NAME:Maritza}} prefers to drive this week
 - OS cataract: schedule ~ 4-6 wk, tentatively {{DATE:April 17}}
RTC 1 wk ({{DATE:3/14}}) then 1 mo for refraction.
Pt's cell {{PHONE:305-555-0118}}; texting ok in Spanish.
{{NAME:Catalina Restrepo}}, MD`,

  // 80 ALL CAPS discharge summary, hip fracture
  `DISCHARGE SUMMARY -- {{FACILITY:BISCAYNE MEMORIAL HOSPITAL}} ({{FACILITY:BMHS}} - {{LOCATION:CORAL GABLES}} CAMPUS)
PATIENT: {{NAME:GIMENEZ, ALBERTO J}}     MRN: {{MRN:BM-49870112}}     DOB: {{DATE:01/17/1942}}
ADMITTED: {{DATE:08/13/2024 22:40}}     DISCHARGED: {{DATE:08/22/2024}}
ATTENDING: {{NAME:PRASAD, ANIL}}, MD (HOSPITALIST)   ORTHO: {{NAME:ARANGO, FELIPE}}, MD
PCP: {{NAME:HUERTAS, MARIELA}}, MD -- {{FACILITY:CLINICA SAN LAZARO MEDICAL GROUP}}

DX: 1. R INTERTROCHANTERIC FEMUR FX S/P IMN {{DATE:08/14/2024}}  2. ACUTE BLOOD LOSS ANEMIA  3. POSTOP DELIRIUM, RESOLVED  4. AMD WITH LEGAL BLINDNESS  5. PARKINSON'S DISEASE
HPI: 82 YO SPANISH-SPEAKING M, TRIPPED OVER HIS WIFE'S WALKER AT HOME ({{ADDRESS:1025 ALMERIA AVE, APT 3C}}, {{LOCATION:CORAL GABLES}}).
COURSE: IMN {{DATE:8/14}} WITHOUT COMPLICATION. HGB 9.8 -> 7.4 POD2, 1 U PRBC. DELIRIUM POD1-3 (CAM+), MANAGED WITHOUT ANTIPSYCHOTICS; CARBIDOPA-LEVODOPA GIVEN ON TIME (PARKINSON'S PROTOCOL). PT: MIN-MOD ASSIST 50 FT.
DISPOSITION: SNF REQUESTED ({{FACILITY:CORAL GABLES REHABILITATION & NURSING}}), DENIED BY MA PLAN {{DATE:8/21}}. HOME WITH HOME HEALTH PT/RN + PRIVATE AIDE; DAUGHTER {{NAME:MERCEDES GIMENEZ-ORTIZ}} ({{PHONE:305-555-0193}}) WILL FILE APPEAL.
MEDS: ENOXAPARIN 40 MG SC DAILY X 28 D, CARBIDOPA-LEVODOPA 25/100 TID (0700-1100-1500), ACETAMINOPHEN 1 G TID, SENNA, VIT D.
FOLLOW-UP: ORTHO CLINIC 2 WK; PCP 1 WK.
{{NAME:AP}}/{{NAME:jrc}}  D: {{DATE:08/22/2024}}  T: {{DATE:08/22/2024}}`,
];
export const HELDOUT_REALISTIC_34_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout34-${i + 1}`, n));
