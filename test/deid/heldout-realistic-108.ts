// A hundred-and-eighth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come from the
// documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is machine-made and semi-structured records: HL7 v2 message
// fragments (MSH, EVN, PID, PD1, NK1, PV1, PV2, IN1, GT1, ORC, OBR, OBX, NTE, DG1, RXA, RXR, SCH,
// AIP, TXA and Z-segments, with pipes, carets and repeat tildes), interface-engine and MLLP logs
// with ACK/NAK lines, CSV and TSV exports with header rows (appointment lists, TB registries, lab
// results, catch-up vaccine worklists, bed boards, interpreter call logs, device uploads), JSON-ish
// snippets from an EHR/FHIR API (Patient, Appointment, Observation, Coverage, search bundles, an
// immunization-registry shim and an EDN arrival record), lab instrument printouts (haematology,
// chemistry, urinalysis, coagulation, GeneXpert, malaria smear), DICOM header dumps (patient names
// as LAST^FIRST, accession numbers, station names, institution names and addresses, device
// serials, DICOM ages such as 091Y), pharmacy labels in English, Spanish and Somali, wristband,
// newborn-band and specimen-label print logs with barcode text, fax cover sheets, appointment
// reminder and vDOT SMS logs, audit logs (chart access, break-the-glass, PACS, portal logins,
// palm-vein and identity-proofing sessions) with IPs and user names, a kiosk check-in log, a
// NEMSIS-style ePCR export, a CPAP compliance report, and scanned-form OCR text with odd spacing,
// broken words and O-for-0 confusions (a refugee screening form, a DS-3025 worksheet, a medicine
// box from Aleppo, a Mumbai discharge summary, a French transfusion consent, a shelter fax). It is
// mixed with international clinic notes: civil-surgeon I-693 exams, panel-physician summaries
// from Nairobi, Amman and Djibouti, travel-clinic consults (yellow-fever waiver, Hajj, altitude,
// rabies PEP after a macaque bite), refugee domestic screening and behavioural-health intakes,
// with names from many cultures (Kinyarwanda, Pashto, Dari, Somali, Tigrinya, Amharic, Nepali,
// Karen, Rohingya, Kurdish/Yazidi, Arabic, Ukrainian, Vietnamese, Chinese, Korean, Tibetan,
// Mongolian, Samoan, Mam, Haitian Creole, Spanish) and foreign towns and camps (Kigali, Nakivale,
// Kandahar, Mazar-i-Sharif, Kharkiv, Mariupol, Damak, Beldangi, Kutupalong, Nyarugusu, Dadaab,
// Ifo, Mae La, Sinjar, Kocho, Sharya, Aleppo, Homs, Gaziantep, Taiz, Obock, Huehuetenango, Jacmel,
// Ubud). Ages over 89 appear as 92 yo, 93Y, 091Y, 94 in a Z-segment, "ninety" and "âgée de 93
// ans".
// Look-alikes that are not PHI: LOINC codes (2345-7, 718-7, 4548-4, 77307-7, 71774-4, 600-7),
// SNOMED codes (44054006, 112283007), CDC race, CVX, MVX and HL7 table codes (2054-5, CVX 110,
// HL70064), ICD-10 and CPT codes (Z11.1, I50.33, R76.11, 71045), units and reference ranges
// (10^3/uL, 70-99, [12.0-15.5], mm[Hg]), segment names and field references (PID-7, MSH-10, OBX),
// DICOM tags, SOP class and transfer-syntax UIDs and OIDs, FHIR code-system URIs (http://loinc.org,
// http://hl7.org/fhir/sid/us-ssn), message control ids and interface sequence numbers
// (MSG00081244, Q8842017, QRL-0041207), HL7 and software versions (2.5.1, 2.3, syngo MR XA50,
// firmware PS-2.1.7), print-job, rack and kiosk numbers, station, printer, workstation and host
// names, AE titles and ports, service accounts (svc_datateam, portal-bff), drug NDCs, lot numbers,
// reagent lots and their expiries, a discard-after month, clock times alone and times in their own
// column or DICOM TM field, years alone (1993, 2016-2023), a season with a year (Spring 2022), ages
// of 89 and under (061Y, 050Y, 017Y, 47 yo, (8)), states, countries, nationalities and languages,
// form and visa names (I-693, DS-2054, DS-3025, K-1, IR-5, EB-2, SIV, U4U, TPS), payers and their
// fax lines, a state TB program's fax line, insurance group numbers, scores and eponyms (RHS-15,
// PHQ-9, NIHSS, Alvarado, Apgar, NEXUS, Canadian CT head rule, BI-RADS, Demirjian, Mincer, MMSE),
// doses, vitals, BP-like fractions (8/10, 5/6, 26/28), a clinic fleet van and a medicine-box photo
// without a face.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-22 final engine
// (53b0dfe) 0.8960 / 0.9289; read in pass 23, whose rules took it to 0.9558 / 0.9429 (9420f77).
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
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
// Added for this set: a month/day without a year (3/4, mar 13, 27 mar 24) is a DATE;
// a clock time next to a month/day without a year stays outside the span (3/4 0700 ->
// [3/4] 0700), while one attached to a date with a year is inside; compact all-digit dates
// (03042024, 030424) and military-style dates (4MAR24) are DATE; an age over 89 is AGE however it
// is written (91yo -> [91]yo, 92F -> [92]F, [ninety-three]), ages of 89 and under are not; a
// nickname, first name alone, last name alone, lower-case name or initials standing for a person
// (pt, family or staff, incl. typist and signer initials like -TK) are NAME, one span per
// occurrence, and a nickname in quotes or brackets is its own span; ranches, reservations,
// pueblos, villages, chapters and rural communities as places are LOCATION, while a chapter house,
// clinic, trading post, ranch or school as an employer or a place of care is FACILITY; rural routes,
// HC/RR boxes, PO boxes, BIA/county road addresses and mile markers are ADDRESS; EMS unit and rig
// numbers, dialysis chairs and machine numbers, rooms and beds, and team pagers named by function
// written without a number are not PHI; an EMS run number, a critical-value call reference and a
// refill request number are ID; a home PD cycler, CGM transmitter or pump serial is DEVICE; a
// file name or reference number of a patient's face photo is PHOTO; a fingerprint, palm-vein or
// voiceprint template number is BIOMETRIC.
// Also: kin terms and honorifics (Mamaw, Uncle, Aunt, Grandpa, Sister, Pr., Sra., Sr., Don, Atty.,
// Sgt, Cpl., Agent) and newborn labels (baby girl, baby boy, Baby, Twin A) stay outside NAME spans,
// and a Yup'ik kin term used as a form of address ("Aaka") is not annotated; trauma aliases
// (TRAUMA, TANGO; DOE, ZULU) are NAME; an age over 89 written in error is still AGE; a hospital
// hailed on the radio by its short name is FACILITY; a county named with Co (Elko Co, Custer Co) is
// LOCATION; tribal citizen, passport, booking, badge and parcel tracking numbers are ID; a VA ICN
// is MRN; MIMIC placeholders standing for a country or a state are not annotated; a medicine's
// expiry, a pharmacy's delivery van, a government vehicle number and wound photos without a file
// reference are not PHI; a mention of a name as a word ("June is pt's name") is still NAME.
// Added for this set (machine records): an HL7 or DICOM person name (LAST^FIRST^MIDDLE) is one
// NAME span, carets included, and so is a FHIR or CSV name cell; HL7 address components are split
// (street -> ADDRESS, city -> LOCATION, state not annotated, ZIP -> ZIP); in an HL7 XTN phone only
// the number is the span; HL7 timestamps (MSH-7, EVN-2, OBR-7, OBX-14, RXA-3, PV1-44/45), DICOM DA
// values (20240315), ISO timestamps with T, Z or an offset, and log timestamps with seconds or
// milliseconds are one DATE span each, offset included; a time in its own CSV column or DICOM TM
// field is not attached and stays outside; an invalid but intended date of birth (19310230) is
// still DATE; a month with a year (11/2021, 02/2024) is DATE; MSH sending/receiving facility names,
// DICOM InstitutionName and an issuer-of-patient-ID mnemonic naming the hospital are FACILITY,
// while application names, HIEs, registries and state health departments are not; PID-18, PV1-19,
// FIN, encounter, invoice, receipt and DME account numbers are ACCOUNT; placer/filler order,
// accession, sample, study, requested-procedure and performed-step ids, FHIR resource ids (also in
// Patient/... references), appointment, call, SMS, video-upload, interpreter, Rx, ticket, session,
// A-number, passport, EAD, USCIS receipt, NVC, UNHCR, EDN, IIS and resettlement case numbers are ID;
// NPIs in PV1, ORC, OBR, RXA, TXA and AIP are LICENSE; scanner, analyzer, instrument-module and
// home-device serials, a modem IMEI and an infant security (hug) tag are DEVICE; a user name in a
// log standing for a person (okafor.c, DPRUITT, jbaptiste2) is NAME, a service account is not;
// URLs that carry a patient, a token or a patient's report are URL; OCR-broken identifiers are one
// span over the broken text, internal spaces included (Mapen do, 0 4 / 1 7 / 1 9 9 4, O2/O9/2O24);
// a plate's state prefix stays outside the VEHICLE span; a name in another script (刘伟平) is NAME;
// a Karen prefix (Saw, Naw) registered as part of a name is inside it, and the Haitian Creole kin
// term Manmi stays outside; refugee camps and settlements (Nakivale, Kutupalong, Ifo, Mae La,
// Sharya) and a named landmark abroad are LOCATION, while panel-physician clinics abroad,
// resettlement agencies, a military base used as a safe haven, a mosque, couriers, shelters and
// schools are FACILITY; a county named alone in an export header (county=DeKalb) is LOCATION.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES: string[] = [
  `MSH|^~\\&|REGADT|{{FACILITY:NORTHGATE REFUGEE HEALTH CLINIC}}|HIE_GW|STATEHIE|{{DATE:202403120814}}||ADT^A04^ADT_A01|MSG00081244|P|2.5.1
EVN|A04|{{DATE:202403120814}}|||{{NAME:GREENLEAF^TASHA}}
PID|1||{{MRN:NRH0048291}}^^^^MR~{{HEALTH_PLAN:RMA77120493}}^^^^MA||{{NAME:HABIMANA^JEAN DE DIEU}}^^^^^L||{{DATE:19860301}}|M||2054-5^Black^CDCREC|{{ADDRESS:418 CALVERT ST APT 3}}^^{{LOCATION:UTICA}}^NY^{{ZIP:13501}}^USA||{{PHONE:(315)555-0147}}|||M||{{ACCOUNT:A77410091}}|{{SSN:602-31-8847}}
NK1|1|{{NAME:UWASE^CLAUDINE}}|SPO^Spouse|{{ADDRESS:418 CALVERT ST APT 3}}^^{{LOCATION:UTICA}}^NY^{{ZIP:13501}}|{{PHONE:(315)555-0162}}
PV1|1|O|CLINIC^EXAM2||||{{LICENSE:1588204471}}^{{NAME:OYELARAN^FOLAKE}}^^^^MD^^^NPI|||||||||||{{ACCOUNT:V300184422}}
IN1|1|RMA01^REFUGEE MEDICAL ASSIST|NY-RMA|NY STATE RMA|||||||||||{{NAME:HABIMANA^JEAN DE DIEU}}|SEL|{{DATE:19860301}}||||||||||||||{{HEALTH_PLAN:RMA77120493}}
NTE|1||Kinyarwanda interp needed. Arrived {{DATE:02/27/2024}} from {{LOCATION:Kigali}}; prior res {{LOCATION:Nakivale}} settlement (Uganda) 2015-2023. Resettlement case # {{ID:UGK-15C04412}}. Spouse + 3 children same case.`,

  `DICOM HEADER DUMP  (dcmdump 3.6.7)  file: IM000001
(0008,0016) SOPClassUID               UI [1.2.840.10008.5.1.4.1.1.1]
(0008,0020) StudyDate                 DA [{{DATE:20240315}}]
(0008,0030) StudyTime                 TM [093412]
(0008,0050) AccessionNumber           SH [{{ID:RAD24-0081733}}]
(0008,0060) Modality                  CS [CR]
(0008,0070) Manufacturer              LO [GE MEDICAL SYSTEMS]
(0008,0080) InstitutionName           LO [{{FACILITY:TAMSIN RIDGE IMAGING}}]
(0008,0081) InstitutionAddress        ST [{{ADDRESS:2200 Wexford Pike}}, {{LOCATION:Lowell}} MA {{ZIP:01852}}]
(0008,0090) ReferringPhysicianName    PN [{{NAME:AHMADZAI^NASRIN}}]
(0008,1010) StationName               SH [CR_ROOM2]
(0008,1030) StudyDescription          LO [CHEST PA ONLY - I-693 TB]
(0008,1070) OperatorsName             PN [{{NAME:PRUITT^DEREK}}]
(0010,0010) PatientName               PN [{{NAME:STANEKZAI^MOHAMMAD WALI}}]
(0010,0020) PatientID                 LO [{{MRN:TRI-5520184}}]
(0010,0030) PatientBirthDate          DA [{{DATE:19620704}}]
(0010,0040) PatientSex                CS [M]
(0010,1010) PatientAge                AS [061Y]
(0018,1000) DeviceSerialNumber        LO [{{DEVICE:GEX4471029}}]
(0018,1020) SoftwareVersions          LO [DV28.0_R03]
(0018,1164) ImagerPixelSpacing        DS [0.139\\0.139]`,

  `CIVIL SURGEON NOTE - FORM I-693 (Report of Immigration Medical Examination and Vaccination Record)
Applicant: {{NAME:Oksana Kovalenko}}    DOB {{DATE:08/22/1979}}    A-Number: {{ID:A219 884 302}}
Passport {{ID:FX418820}} (Ukraine)    Place of birth: {{LOCATION:Kharkiv}}
Exam {{DATE:03/18/2024}} at {{FACILITY:Westbury Civil Surgeon Office}}, {{ADDRESS:77 Orchard Hill Rd, Ste 210}}, {{LOCATION:Erie}}, PA {{ZIP:16509}}
Civil surgeon: {{NAME:Ingrid Solberg}}, MD   PA lic {{LICENSE:MD441982}}
Hx: left {{LOCATION:Kharkiv}} Spring 2022, lived in {{LOCATION:Krakow}} until U4U parole 2023. Sponsor {{NAME:Dmytro Shevchuk}} ({{PHONE:814-555-0163}}).
IGRA (QuantiFERON-TB Gold Plus) drawn {{DATE:3/18}}: NEGATIVE, nil 0.02 IU/mL, TB1-nil 0.01. CXR not required.
RPR nonreactive. Gonorrhea NAAT (urine) neg.
Vaccines: MMR x2 documented on {{LOCATION:Kharkiv}} polyclinic card, Td 2021, Tdap not due. Influenza given today, lot AF4471B exp 06/2025.
Class A: none.  Class B: none.
Sealed envelope handed to applicant {{DATE:03/22/2024}}. Questions to {{EMAIL:isolberg.cs@westburycs.example}}`,

  `=== SYSMEX XN-1000   S/N {{DEVICE:XN-41187}}   PRINTOUT ===
SAMPLE NO.   {{ID:L24079912}}     RACK 0012-03
PATIENT ID   {{MRN:00736155}}
NAME         {{NAME:TESFAMARIAM, SEMHAR}}
DOB          {{DATE:11/02/1991}}   SEX F
LOC          REFUGEE CLIN
DR           {{NAME:FEENEY}}
ANALYZED     {{DATE:03/19/2024 10:42}}
---------------------------------------------
WBC    5.81     10^3/uL   [4.00-11.00]
RBC    4.12     10^6/uL   [3.90-5.20]
HGB    10.1  L  g/dL      [12.0-15.5]
HCT    31.9  L  %         [36.0-46.0]
MCV    77.4  L  fL        [80.0-100.0]
PLT    288      10^3/uL   [150-400]
EO%    11.2  H  %         [0.0-6.0]
EO#    0.65  H  10^3/uL   [0.00-0.50]
---------------------------------------------
IP MESSAGE: Eosinophilia / Microcytosis
COMMENT: O&P x3 + Strongyloides IgG sent per CDC domestic refugee guidance.
VALIDATED  {{NAME:DPRUITT}}  MLS(ASCP)  {{DATE:03/19/2024 11:05}}`,

  `# appt_export_travel.csv  generated by SchedPro v4.2.1  rows=6
appt_id,appt_date,appt_time,mrn,last,first,dob,phone,provider,visit,destination
{{ID:AP-771204}},{{DATE:2024-04-02}},08:30,{{MRN:4471920}},{{NAME:Venkataraman}},{{NAME:Priya}},{{DATE:1988-06-14}},{{PHONE:614-555-0121}},{{NAME:Marsh}},PRETRAVEL,India
{{ID:AP-771205}},{{DATE:2024-04-02}},09:00,{{MRN:4471388}},{{NAME:Okafor}},{{NAME:Chidinma}},{{DATE:1995-12-01}},{{PHONE:614-555-0139}},{{NAME:Marsh}},PRETRAVEL,Nigeria
{{ID:AP-771209}},{{DATE:2024-04-02}},09:30,{{MRN:4470012}},{{NAME:Haskett}},{{NAME:Eleanor}},{{DATE:1934-01-14}},{{PHONE:614-555-0176}},{{NAME:Lindqvist}},YF_WAIVER,Tanzania
{{ID:AP-771211}},{{DATE:2024-04-02}},10:15,{{MRN:4472250}},{{NAME:Park}},{{NAME:Soo-jin}},{{DATE:2001-03-30}},{{PHONE:614-555-0190}},{{NAME:Marsh}},RABIES_PREP,Peru
{{ID:AP-771214}},{{DATE:2024-04-02}},11:00,{{MRN:4469931}},{{NAME:Carrasquel}},{{NAME:Yusleidy}},{{DATE:1979-09-09}},{{PHONE:614-555-0112}},{{NAME:Lindqvist}},TYPHOID,Colombia
{{ID:AP-771220}},{{DATE:2024-04-02}},13:45,{{MRN:4473307}},{{NAME:Batbayar}},{{NAME:Enkhtuya}},{{DATE:1967-07-21}},{{PHONE:614-555-0158}},{{NAME:Marsh}},PRETRAVEL,Mongolia
# end of export`,

  `GET {{URL:https://ehr-api.callowayvalley.example/fhir/R4/Patient/pt-8841207}}  -> 200 OK (148 ms)
{
  "resourceType": "Patient",
  "id": "{{ID:pt-8841207}}",
  "meta": {"versionId": "7", "lastUpdated": "{{DATE:2024-03-25T16:02:41Z}}"},
  "identifier": [
    {"system": "urn:oid:2.16.840.1.113883.3.9921.1", "type": {"text": "MR"}, "value": "{{MRN:CVH00918273}}"},
    {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "{{SSN:488-20-1937}}"}
  ],
  "name": [{"use": "official", "family": "{{NAME:Nguyen}}", "given": ["{{NAME:Thi}}", "{{NAME:Lan}}"]}],
  "text": {"status": "generated", "div": "<div>{{NAME:NGUYEN, Thi Lan}}, {{AGE:92}} yo F, Vietnamese only</div>"},
  "telecom": [{"system": "phone", "value": "{{PHONE:(502) 555-0183}}", "use": "home"}],
  "gender": "female",
  "birthDate": "{{DATE:1931-05-02}}",
  "address": [{"line": ["{{ADDRESS:3310 Dumesnil St}}"], "city": "{{LOCATION:Louisville}}", "state": "KY", "postalCode": "{{ZIP:40211}}"}],
  "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "vi"}]}}],
  "generalPractitioner": [{"display": "Dr. {{NAME:Quang Tran}}"}],
  "managingOrganization": {"display": "{{FACILITY:Calloway Valley Hospital}}"}
}`,

  `{{FACILITY:ASHGROVE PHARMACY #0418}}
{{ADDRESS:1520 N Main St}}   {{LOCATION:Bowling Green}}, KY {{ZIP:42101}}   {{PHONE:(270) 555-0188}}
------------------------------------------------------------
Rx# {{ID:6601837}}        Filled: {{DATE:03/21/24}}        Orig: {{DATE:03/21/24}}
{{NAME:ABDI, AYAN WARSAME}}
{{ADDRESS:905 Kentwood Ct}}, {{LOCATION:Bowling Green}} KY
TAKE 1 TABLET BY MOUTH ONCE DAILY FOR 9 MONTHS (LTBI).
TAKE WITH PYRIDOXINE. AVOID ALCOHOL.
ISONIAZID 300 MG TABLET          QTY: 30      NDC 51672-4120-3
Mfr: generic        Refills: 8 before {{DATE:03/21/25}}
Dr. {{NAME:F. OYELARAN}}   DEA {{LICENSE:BO4418207}}
RPh: {{NAME:HY}}           Discard after: 03/2025
------------------------------------------------------------
[aux] May cause numbness/tingling. Report yellow skin or dark urine.
[aux-SO] Ha cabin khamri. U sheeg haddii indhuhu huruud noqdaan.
*{{ID:6601837}}*
Counsel log: pt + son {{NAME:Hamza}} counseled via Somali interp {{NAME:Amina Dualeh}} (ID# {{ID:INT-0772}}), {{DATE:03/21/24}} 4:40p.`,

  `WRISTBAND PRINT LOG   printer ZD621-5N   queue ADT-BAND
job 44812  status=PRINTED
------------------------------------------
  {{NAME:PIERRE-LOUIS, MARIE-ANGE}}
  DOB: {{DATE:02/09/1931}}   Age: {{AGE:93}}Y   F
  MRN: {{MRN:E004418270}}    FIN: {{ACCOUNT:71550312}}
  Adm: {{DATE:03/24/2024}}   Rm 512-B
  Attending: {{NAME:SOLBERG, I}}
  ALLERGY: PCN, SULFA     FALL RISK     DNR
  [code128] *{{MRN:E004418270}}*
  [datamatrix] {{MRN:E004418270}}^{{ACCOUNT:71550312}}^{{DATE:19310209}}
------------------------------------------
job 44813  status=REPRINT (reason: smudged)  requested_by={{NAME:jbaptiste2}}
  {{NAME:PIERRE-LOUIS, MARIE-ANGE}}   {{MRN:E004418270}}   Creole-speaking
job 44814  status=CANCELLED  label stock out  (tray 2)
note: daughter {{NAME:Nadège}} at bedside asked band to say "Manmi {{NAME:Ange}}" - declined per policy.`,

  `F  A  X      C O V E R     S H E E T
{{FACILITY:Marrow Creek Community Health}} - Refugee Health Program
{{ADDRESS:61 Ferry Street}}, {{LOCATION:Clarkston}}, GA {{ZIP:30021}}
Tel {{PHONE:404-555-0132}}        Fax {{FAX:404-555-0133}}

DATE: {{DATE:04/03/2024}}              PAGES (incl cover): 6
TO:   Dr. {{NAME:Wendell Acosta}}, ID Clinic, {{FACILITY:Pellham Regional Medical Center}}
FAX:  {{FAX:(678) 555-0149}}        PHONE: {{PHONE:(678) 555-0148}}
FROM: {{NAME:Tasha Greenleaf}}, RN   ext {{PHONE:2271}}
RE:   {{NAME:KABEYA, Mulumba}}   DOB {{DATE:07/30/1972}}   MRN {{MRN:MCC-220417}}

[x] Urgent  [ ] For review  [ ] Please reply
Message: CDC Class B1 TB (pulm) per DS-2054 from panel physician in {{LOCATION:Kampala}}. Arrived {{DATE:3/28}}. QFT + today, CXR with RUL nodule 8 mm. Pls schedule within 7 days. Swahili/Lingala interp. Pt phone {{PHONE:404-555-0167}} (nephew {{NAME:Patrick}} answers).
Attached: DS-2054, DS-3025, CXR report (acc {{ID:MC24-11820}}), QFT, EDN notice.

CONFIDENTIALITY NOTICE: this fax may contain protected health information...`,

  `SMS OUTBOUND LOG  campaign=APPT_REMIND_48H  gateway=smsgw-02  tz=America/Denver
ts|to|status|body
{{DATE:2024-04-08 09:00:12}}|{{PHONE:+1 208 555 0174}}|DELIVERED|{{FACILITY:Oakhurst Travel Clinic}}: Hi {{NAME:Tenzin}}, reminder of your appt {{DATE:Wed 4/10}} at 2:15 PM with Dr. {{NAME:Marsh}}. Reply C to confirm, R to reschedule.
{{DATE:2024-04-08 09:00:13}}|{{PHONE:+1 208 555 0109}}|DELIVERED|{{FACILITY:Oakhurst Travel Clinic}}: Hi {{NAME:Ghebremedhin}}, reminder of your appt {{DATE:Wed 4/10}} at 3:00 PM. Bring vaccine card. Confirm: {{URL:https://okh.example/c/7Hq2Lm}}
{{DATE:2024-04-08 09:00:15}}|{{PHONE:+1 208 555 0151}}|FAILED 30007|{{FACILITY:Oakhurst Travel Clinic}}: Hi {{NAME:Faleolo}}, reminder of your appt {{DATE:Wed 4/10}} ...
INBOUND
{{DATE:2024-04-08 09:14:40}}|from {{PHONE:+1 208 555 0174}}|C
{{DATE:2024-04-08 10:02:03}}|from {{PHONE:+1 208 555 0109}}|is this for my wife? appt is {{NAME:Selam}}, i am {{NAME:Yonas}}
{{DATE:2024-04-08 10:05:55}}|agent {{NAME:kmoua}}|manual reply sent; contact updated to {{PHONE:208-555-0122}}`,
  `/var/log/ehr/audit.log  (filtered: patient={{MRN:00918273}})
{{DATE:2024-04-09T14:02:11Z}} INFO  auth    user={{NAME:okafor.c}} src={{IP:198.51.100.23}} ws=WS-ED-07 action=LOGIN result=OK
{{DATE:2024-04-09T14:02:58Z}} INFO  chart   user={{NAME:okafor.c}} src={{IP:198.51.100.23}} action=OPEN mrn={{MRN:00918273}} pt="{{NAME:NGUYEN, THI LAN}}" enc={{ACCOUNT:E77104418}}
{{DATE:2024-04-09T14:03:20Z}} INFO  chart   user={{NAME:okafor.c}} action=VIEW section=Results obs=2160-0,2823-3
{{DATE:2024-04-09T14:09:47Z}} WARN  btg     user={{NAME:rkessler}} src={{IP:203.0.113.88}} ws=VPN-POOL action=BREAK_GLASS mrn={{MRN:00918273}} reason="covering"
{{DATE:2024-04-09T14:10:02Z}} INFO  print   user={{NAME:rkessler}} action=PRINT doc=AVS pages=3 printer=PR-4W-02
{{DATE:2024-04-09T15:31:19Z}} INFO  auth    user={{NAME:rkessler}} src={{IP:203.0.113.88}} action=LOGOUT
{{DATE:2024-04-09T22:48:05Z}} ERROR api     client=portal-bff src={{IP:192.0.2.41}} GET /fhir/R4/Patient/{{ID:pt-8841207}} status=401 token=expired
-- review --
Privacy officer {{NAME:L. Abernathy}} reviewed {{DATE:4/10/24}}: BTG by Dr. {{NAME:Kessler}} not justified (not on care team). Case {{ID:PRIV-2024-0193}} opened, HR notified.`,

  `[OCR  page 1/2  engine v11.3  conf 71%]
REFUGEE  HEALTH  ASSESS MENT  -  DOM ESTIC  SCREEN ING  FO RM
Pa tient  Na me :  {{NAME:Mapen do}} ,  {{NAME:Espe rance}}        Sex:  F
D.O.B. :  {{DATE:0 4 / 1 7 / 1 9 9 4}}      Coun try  of  orig in :  DR Congo
Alien  # :  {{ID:A2 0 8 - 4 4 1 - 7 7 3}}      Arri val  date :  {{DATE:O2/O9/2O24}}
Resettle ment  agen cy :  {{FACILITY:Lakeshore  Welcome  Partners}}
Case  work er :  {{NAME:Dan iel  Ruiz}}     Ph :  {{PHONE:(616)  555 - 0104}}
Add ress :  {{ADDRESS:2 2 1 0  Madi son  Ave  SE  #4}} ,  {{LOCATION:Grand  Rap ids}}  Ml  {{ZIP:4 9 5 0 7}}
Med icaid  ID :  {{HEALTH_PLAN:8 8 0 4 1 2 7 7 3 1}}
Last  camp :  {{LOCATION:Nyarugu su}}  (Tanzania)   Lang :  Kiswahili / Kibembe
Hx  malaria  x3 ,  G3P2 ,  LMP  2  wk  ago
Pre-depar ture  tx :  albendazole  400mg ,  praziquantel  ( yes )  ,  Coartem  ( yes )
Scree ner  signa ture :  {{NAME:J. Obuya}} , RN     Date :  {{DATE:2 / 1 4 / 2 4}}
[unreadable region  x=412 y=1880  w=300 h=64]`,

  `{{FACILITY:OAKHURST TRAVEL & IMMUNIZATION CLINIC}} - PRE-TRAVEL CONSULT
Pt: {{NAME:Eleanor Haskett}}   {{AGE:90}} y/o F   DOB {{DATE:1/14/1934}}   MRN {{MRN:4470012}}
Seen {{DATE:04/02/2024}} by {{NAME:Britt Lindqvist}}, PA-C; with daughter {{NAME:Ruth Haskett-Lowe}} (cell {{PHONE:614-555-0177}}, {{EMAIL:ruth.hlowe@mailbox.example}})
Itinerary: {{LOCATION:Nairobi}} -> {{LOCATION:Arusha}} -> {{LOCATION:Zanzibar}} (Kenya/Tanzania), {{DATE:6/3-6/19/24}}, lodge + photo safari.
PMH: HTN, CKD 3b (eGFR 38), AF on apixaban 2.5 mg bid, thymoma resected 1998 (!)
YF: vaccine CONTRAINDICATED (thymus disorder) and age {{AGE:ninety}} > 60 precaution. {{LOCATION:Arusha}} region: YF not recommended; Kenya entry from US no cert required. Wrote medical waiver on ICVP anyway for airline transit via {{LOCATION:Addis Ababa}}; passport {{ID:A08841952}}.
Typhoid: Typhim Vi IM today, lot UJ022AA. Hep A #2 (Havrix 1440) today.
Malaria: atovaquone-proguanil 250/100 1 tab daily, start 1-2 d before, cont 7 d after (CrCl ~40, ok >30). Interaction w/ apixaban reviewed.
TD: bismuth, azithro 1 g x1 standby.
Follow-up on return, or sooner if fever. Portal msg sent: {{URL:https://portal.oakhurst.example/msg/44812A}}`,

  `MSH|^~\\&|LIS|{{FACILITY:QUILLON REFERENCE LAB}}|EHR|{{FACILITY:MARROW CREEK CHC}}|{{DATE:20240405161022}}||ORU^R01|Q8842017|P|2.3.1
PID|1||{{MRN:MCC-220488}}^^^^MR||{{NAME:ADHIKARI^BISHNU^MAYA}}||{{DATE:20190611}}|F|||{{ADDRESS:74 Northlake Pkwy Apt 12C}}^^{{LOCATION:Tucker}}^GA^{{ZIP:30084}}||{{PHONE:770-555-0140}}
ORC|RE|{{ID:ORD448812}}|{{ID:FIL99812}}||CM
OBR|1|{{ID:ORD448812}}|{{ID:FIL99812}}|77307-7^Lead BldV-mCnc^LN|||{{DATE:20240403093000}}|||||||{{DATE:20240403101500}}||{{LICENSE:1720046813}}^{{NAME:OBUYA^JANE}}
OBX|1|NM|77307-7^Lead BldV-mCnc^LN||6.8|ug/dL|<3.5|H|||F|||{{DATE:20240405150200}}
OBX|2|NM|718-7^Hemoglobin^LN||10.9|g/dL|11.1-14.1|L|||F
OBX|3|NM|787-2^MCV^LN||71|fL|75-87|L|||F
OBX|4|ST|30341-2^ESR^LN||pending||||||P
NTE|1||Venous confirm of capillary screen 9.1. Elevated BLL in refugee child (Bhutan/Nepal, {{LOCATION:Beldangi}} camp). Report to GA DPH per 2021 CDC BLRV 3.5. Called to {{NAME:J. Obuya}} RN {{DATE:04/05/2024 16:05}} by {{NAME:mtorres}}.`,

  `tb_registry_export.tsv	(tab-separated; county={{LOCATION:DeKalb}}; quarter=2024Q1)
case_id	mrn	name	dob	country	class	igra	cxr	dx	start	regimen	case_mgr
{{ID:TB24-0031}}	{{MRN:MCC-220417}}	{{NAME:KABEYA, Mulumba}}	{{DATE:1972-07-30}}	DRC	B1	POS	RUL nodule	ATB-pulm	{{DATE:2024-04-11}}	RIPE	{{NAME:Greenleaf}}
{{ID:TB24-0032}}	{{MRN:MCC-220502}}	{{NAME:NOOR, Mohammed}}	{{DATE:1990-01-01}}	Myanmar	B2	POS	nl	LTBI	{{DATE:2024-04-15}}	4R	{{NAME:Greenleaf}}
{{ID:TB24-0033}}	{{MRN:MCC-220511}}	{{NAME:BEGUM, Rashida}}	{{DATE:1993-01-01}}	Myanmar	none	POS	nl	LTBI	{{DATE:2024-04-15}}	3HP	{{NAME:Obuya}}
{{ID:TB24-0034}}	{{MRN:MCC-220530}}	{{NAME:AL-SAADI, Zainab}}	{{DATE:1958-10-19}}	Iraq	B2	NEG	calc granuloma	no TB	n/a	n/a	{{NAME:Obuya}}
{{ID:TB24-0035}}	{{MRN:MCC-220544}}	{{NAME:GURUNG, Dil Maya}}	{{DATE:1962-02-28}}	Bhutan	B1	POS	apical fibrosis	ATB r/o	pending	-	{{NAME:Greenleaf}}
# DOB 01-01 = unknown DOB assigned by UNHCR; verify w/ I-94.
# Camps: {{LOCATION:Kutupalong}} ({{NAME:Noor}}, {{NAME:Begum}})`,

  `(0008,0020) StudyDate                 DA [{{DATE:20240327}}]
(0008,0021) SeriesDate                DA [{{DATE:20240327}}]
(0008,0031) SeriesTime                TM [141958.000]
(0008,0050) AccessionNumber           SH [{{ID:CVH-MR-24-33190}}]
(0008,0060) Modality                  CS [MR]
(0008,0080) InstitutionName           LO [{{FACILITY:Calloway Valley Hospital}}]
(0008,1010) StationName               SH [MRW3_AWP]
(0008,1030) StudyDescription          LO [MRI BRAIN WO CONTRAST - STROKE PROTOCOL]
(0008,1040) InstitutionalDepartmentName LO [NEURORADIOLOGY]
(0008,1050) PerformingPhysicianName   PN [{{NAME:HOLLOWAY^GRANT^T}}]
(0010,0010) PatientName               PN [{{NAME:SHEIKHMOUS^BERIVAN}}]
(0010,0020) PatientID                 LO [{{MRN:CVH00915504}}]
(0010,0030) PatientBirthDate          DA [{{DATE:19330108}}]
(0010,1010) PatientAge                AS [{{AGE:091}}Y]
(0010,1030) PatientWeight             DS [52]
(0010,21B0) AdditionalPatientHistory  LT [{{AGE:91}}F Kurdish only, L MCA sx onset 1130, NIHSS 9]
(0018,0087) MagneticFieldStrength     DS [1.5]
(0018,1000) DeviceSerialNumber        LO [{{DEVICE:MRW3-4410772}}]
(0018,1020) SoftwareVersions          LO [syngo MR XA50]
(0032,1032) RequestingPhysician       PN [{{NAME:OYELARAN^FOLAKE}}]`,

  `MSH|^~\\&|CPOE|{{FACILITY:NORTHGATE REFUGEE HEALTH CLINIC}}|LIS|{{FACILITY:QUILLON REFERENCE LAB}}|{{DATE:20240313091200}}||ORM^O01|CPOE-000771204|P|2.4
PID|1||{{MRN:NRH0048291}}^^^^MR||{{NAME:HABIMANA^JEAN DE DIEU}}||{{DATE:19860301}}|M
PV1|1|O|CLINIC^LAB1||||{{LICENSE:1588204471}}^{{NAME:OYELARAN^FOLAKE}}
ORC|NW|{{ID:NRH-ORD-771204}}||{{ID:GRP-55102}}|||1^^^{{DATE:20240313091200}}^^R||{{DATE:20240313091200}}|{{NAME:GREENLEAF^TASHA}}|||||{{PHONE:(315)555-0140}}
OBR|1|{{ID:NRH-ORD-771204}}||71774-4^QuantiFERON-TB Gold Plus^LN|R||{{DATE:20240313093000}}
OBR|2|{{ID:NRH-ORD-771205}}||2951-2^Sodium^LN~24323-8^CMP^LN|R
OBR|3|{{ID:NRH-ORD-771206}}||5196-1^HBsAg^LN|R
OBR|4|{{ID:NRH-ORD-771207}}||7905-3^HIV 1+2 Ab+Ag^LN|R
OBR|5|{{ID:NRH-ORD-771208}}||31951-2^Strongyloides IgG^LN|R
DG1|1|I10|Z11.1^Encounter for screening for respiratory tuberculosis^I10
DG1|2|I10|Z59.7^Insufficient social insurance^I10
NTE|1||Refugee initial domestic exam panel (NY RHP protocol rev 2023). Specimen drawn by {{NAME:A. Mutesi}}, tubes 4.`,
  `REFUGEE HEALTH - INITIAL DOMESTIC SCREENING (family visit)
Clinic: {{FACILITY:Marrow Creek Community Health}}   Date of visit: {{DATE:Thu 4/4/24}}
Interpreter: Nepali, {{NAME:Tika Ram Adhikari}} (in person, ID# {{ID:INT-0418}})
Family arrived {{DATE:3/19/24}} from {{LOCATION:Damak}} (Nepal) via charter flight; originally Bhutan, lived in {{LOCATION:Beldangi}} II camp since 1993.
1) {{NAME:Gurung, Dil Maya}}  DOB {{DATE:2/28/1962}}  MRN {{MRN:MCC-220544}} - Class B1 TB. IGRA pos. CXR: apical fibrosis. Sputum AFB x3 ordered. HTN 162/94 (no meds). A1c 7.9% (LOINC 4548-4) -> new T2DM (SNOMED 44054006).
2) {{NAME:Gurung, Man Bahadur}}  DOB {{DATE:1/1/1958}}  MRN {{MRN:MCC-220545}} - hearing loss, cerumen. Hep B sAg NEG, anti-HBs POS.
3) {{NAME:Gurung, Sushila}}  DOB {{DATE:9/9/2008}}  MRN {{MRN:MCC-220546}} - school forms for {{FACILITY:Tucker Middle School}}; catch-up MMR, Tdap, HPV #1.
4) {{NAME:Adhikari, Bishnu Maya}} (granddaughter)  DOB {{DATE:6/11/2019}}  MRN {{MRN:MCC-220488}} - BLL 6.8 venous, see lab. Iron started.
Home: {{ADDRESS:74 Northlake Pkwy Apt 12C}}, {{LOCATION:Tucker}} GA {{ZIP:30084}}. Medicaid pending; RMA # {{HEALTH_PLAN:GA-RMA-5510448}}.
Next: f/u {{DATE:4/18}} w/ {{NAME:Obuya}}. -{{NAME:wa}}`,

  `[mllp-router] 2024-04 interface log, channel ADT_IN (node ifc-02)
{{DATE:2024-04-11 03:12:55.104}} INFO  conn accepted from {{IP:203.0.113.17}}:50412
{{DATE:2024-04-11 03:12:55.221}} INFO  recv MSH-10=MSG00091120 type=ADT^A08 v=2.5.1 bytes=1884
{{DATE:2024-04-11 03:12:55.230}} ERROR PID-7 invalid: '{{DATE:19310230}}' (day out of range) - message NAK'd
{{DATE:2024-04-11 03:12:55.231}} INFO  sent ACK MSA|AE|MSG00091120|PID-7 bad date
   PID|1||{{MRN:CVH00918255}}^^^^MR||{{NAME:ZHANG^XIUYING}}||{{DATE:19310230}}|F|||{{ADDRESS:88 Rue Marsan Ct}}^^{{LOCATION:Lexington}}^KY^{{ZIP:40505}}
{{DATE:2024-04-11 03:14:02.877}} INFO  recv MSH-10=MSG00091121 type=ADT^A08 (resend) bytes=1884
   PID|1||{{MRN:CVH00918255}}^^^^MR||{{NAME:ZHANG^XIUYING}}||{{DATE:19310320}}|F
{{DATE:2024-04-11 03:14:02.901}} INFO  sent ACK MSA|AA|MSG00091121
{{DATE:2024-04-11 03:20:40.002}} WARN  peer {{IP:198.51.100.140}} idle 300s, closing
ticket {{ID:INC-0048812}} assigned {{NAME:s.whitlock}}: upstream reg clerk typed DOB from Chinese lunar calendar card; corrected by {{NAME:lchen}} ({{EMAIL:lchen@callowayvalley.example}}).`,

  `IIS QUERY RESPONSE (VXQ/RSP -> JSON shim)  registry=KY-IIS  profile Z32
{
 "patient": {"iisId": "{{ID:KYIIS-30448121}}", "name": "{{NAME:MULUMBA, Grace Neema}}",
   "dob": "{{DATE:2016-05-22}}", "mother": "{{NAME:Esperance Mapendo}}", "zip": "{{ZIP:40211}}"},
 "immunizations": [
  {"cvx": "08", "vaccine": "Hep B, ped", "date": "{{DATE:2016-05-23}}", "src": "historical - {{LOCATION:Nyarugusu}} camp card"},
  {"cvx": "10", "vaccine": "IPV", "date": "{{DATE:2016-07-04}}", "src": "historical"},
  {"cvx": "110", "vaccine": "DTaP-HepB-IPV", "date": "{{DATE:2024-03-01}}", "lot": "7FJ93", "mvx": "SKB",
   "by": "{{FACILITY:Lakeshore Family Clinic}}", "vfc": "V02"},
  {"cvx": "03", "vaccine": "MMR", "date": "{{DATE:2024-03-01}}", "lot": "Y012938", "ndc": "00006-4681-00"},
  {"cvx": "21", "vaccine": "Varicella", "status": "DUE"},
  {"cvx": "208", "vaccine": "COVID-19 mRNA", "status": "not recommended"}
 ],
 "forecast": {"nextDue": "{{DATE:2024-04-01}}", "series": "catch-up 4-6y schedule"},
 "contact": {"phone": "{{PHONE:502-555-0126}}", "address": "{{ADDRESS:2981 W Kentucky St}}"},
 "notes": "dup record merged from {{ID:KYIIS-30448999}} by {{NAME:tjennings}}"
}`,

  `RADIOLOGY REPORT
{{FACILITY:Tamsin Ridge Imaging}}   {{ADDRESS:2200 Wexford Pike}}, {{LOCATION:Lowell}} MA {{ZIP:01852}}
Patient: {{NAME:STANEKZAI, MOHAMMAD WALI}}     MRN: {{MRN:TRI-5520184}}     DOB: {{DATE:07/04/1962}}
Acc#: {{ID:RAD24-0081733}}     Exam: XR CHEST PA (CPT 71045)     Date: {{DATE:03/15/2024 09:34}}
Ordering: {{NAME:Nasrin Ahmadzai}}, MD (civil surgeon)    cc: {{FAX:978-555-0195}} (fax)
Indication: I-693, IGRA positive (QFT TB1-nil 1.84). Born {{LOCATION:Kandahar}}, SIV arrival 2022, lived {{LOCATION:Mazar-i-Sharif}} prior.
Comparison: overseas CXR from panel site in {{LOCATION:Islamabad}}, {{DATE:11/2021}}, report only.
Findings: Lungs clear. No cavitation, no hilar adenopathy. Small calcified granuloma L mid zone, unchanged per report. Heart size nl. Old healed L 6th rib fx.
Impression: No radiographic evidence of active TB. Calcified granuloma, benign. Suitable for LTBI tx.
Dictated {{NAME:R. Vasquez-Oduya}}, MD   signed {{DATE:03/15/2024 11:12}}   [{{NAME:kp}}]
PACS station CR_ROOM2   DX unit S/N {{DEVICE:GEX4471029}}`,

  `{{FACILITY:CEDAR KNOLL PHARMACY}}  {{ADDRESS:4410 Princeton Pike}}  {{LOCATION:Lawrenceville}} NJ {{ZIP:08648}}  {{PHONE:609-555-0115}}
RX {{ID:2284410}}  {{DATE:04/12/2024}}
FOR: {{NAME:ADEYEMI, OLUWASEUN}}
ATOVAQUONE-PROGUANIL 250-100MG TAB  #37
Sig: TAKE 1 TABLET BY MOUTH DAILY WITH FOOD. START 2 DAYS BEFORE TRAVEL, CONTINUE 7 DAYS AFTER RETURN.
NDC 65862-0548-30     Lot 4K77Q   Exp 09/2026
Prescriber: {{NAME:PRIYA SOMASUNDARAM}} MD   NPI {{LICENSE:1932057714}}
No refills.   Ins: CARELINK PPO  ID {{HEALTH_PLAN:CLK994310276}}   Copay $15.00
===
RX {{ID:2284411}}  {{DATE:04/12/2024}}
FOR: {{NAME:ADEYEMI, OLUWASEUN}}
AZITHROMYCIN 500MG TAB  #2
Sig: TAKE 2 TABS (1000MG) ONCE IF SEVERE TRAVELERS DIARRHEA
===
Pharmacist note {{NAME:JLM}}: VFR travel to {{LOCATION:Ibadan}} & {{LOCATION:Lagos}} {{DATE:5/1-6/2}} (4 wk). Declined YF - already has ICVP from 2016 (lifetime valid). Pt cell {{PHONE:609-555-0172}}.`,

  `[SCAN/OCR  DS-3025 Vaccination Documentation Worksheet  p2]
Pan el  site :  {{FACILITY:Jabal  Panel  Medical  Centre}}  ,  {{LOCATION:Amman}}
Appli cant :  {{NAME:AL-KHATIB , RANIA}}        Case  # :  {{ID:JO-AMM-1984 4 21}}
DOB :  {{DATE:1 2 - 0 3 - 1 9 8 5}}     ( dd-mm-yyyy )      Sex :  F      Birth  place :  {{LOCATION:Ho ms}}
Vac cine          Date  given          Source
MMR #1          {{DATE:14 / 0 6 / 2 0 2 3}}      panel
MMR #2          {{DATE:1 6 / 0 7 / 2 0 2 3}}      panel
Td / Tdap       {{DATE:14 / 0 6 / 2 0 2 3}}      panel
Polio  (IPV)    {{DATE:1 4 / 0 6 / 2 0 2 3}}      panel
Hep  B          blood  test  ,  immune
Vari cella      hx  of  disease  ( verbal )
Influ enza      not  in  season
COVID -19       waived  ( 2023  update )
Exam ining  physi cian :  Dr.  {{NAME:Hala  Suleiman}}      Stamp :  [illegible]
Child ren  on  same  case :  {{NAME:Omar}}  ( 9 ) ,  {{NAME:Lina}}  ( 6 )
Spouse :  {{NAME:Yousef  Barakat}}   --  travel  date  {{DATE:0 2 / 0 5 / 2 4}}
Sig :  ____________   {{NAME:R. Al-Khatib}}`,

  `MSH|^~\\&|REG|{{FACILITY:ST BRENNANS MEDICAL CENTER}}|BILLING|PB|{{DATE:20240402110518}}||ADT^A08|A08-7741208|P|2.5
EVN|A08|{{DATE:20240402110518}}
PID|1||{{MRN:SB77104421}}^^^^MR||{{NAME:OSMAN^AWADIA^M}}||{{DATE:19290915}}|F|||{{ADDRESS:1204 Hennepin Ave, Unit 708}}^^{{LOCATION:Minneapolis}}^MN^{{ZIP:55403}}||{{PHONE:612-555-0108}}||ara|W||{{ACCOUNT:4401882715}}|{{SSN:471-88-2206}}
PV1|1|I|{{FACILITY:BRENNAN 6}}^614^A|E|||{{LICENSE:1346618820}}^{{NAME:IBRAHIM^SAMIR}}|||MED||||||||{{ACCOUNT:V2204418}}
GT1|1||{{NAME:OSMAN^HAWA}}||{{ADDRESS:3020 Cedar Ave S}}^^{{LOCATION:Minneapolis}}^MN^{{ZIP:55407}}|{{PHONE:612-555-0161}}||||DAU
IN1|1|MCR|CMS|MEDICARE PART A||||||||||||{{NAME:OSMAN^AWADIA^M}}|SEL||||||||||||||||||{{HEALTH_PLAN:7TK4-RM2-HX81}}
IN1|2|MA|MN-DHS|MEDICAL ASSISTANCE||||||||||||{{NAME:OSMAN^AWADIA^M}}|SEL||||||||||||||||||{{HEALTH_PLAN:00918824}}
ZPA|{{AGE:94}}|Sudanese Arabic|interp req|DNR/DNI per {{DATE:03/30/2024}} POLST`,
  `cobas c311  S/N {{DEVICE:C311-1180447}}   RESULT REPORT          page 1
Run  {{DATE:2024/04/03 07:52}}     Operator {{NAME:MTORRES}}
Sample ID   {{ID:C24-0093318}}     Pos 2-4    Type S1 (serum)
Pt ID       {{MRN:NRH0048291}}     Name {{NAME:HABIMANA JEAN DE DIEU}}
Birth       {{DATE:1986/03/01}}    Sex M     Loc REF-CLIN
Req Dr      {{NAME:OYELARAN F}}
TEST    LOINC     RESULT   UNIT     REF RANGE     FLAG
GLU     2345-7    112      mg/dL    70-99         H
BUN     3094-0    14       mg/dL    7-20
CREA    2160-0    0.98     mg/dL    0.70-1.30
NA      2951-2    139      mmol/L   136-145
K       2823-3    4.1      mmol/L   3.5-5.1
ALT     1742-6    64       U/L      7-55          H
AST     1920-8    51       U/L      8-48          H
ALB     1751-7    3.9      g/dL     3.5-5.0
TBIL    1975-2    0.8      mg/dL    0.2-1.2
Cal: {{DATE:2024/04/02}} lot 632881 (not expired)   QC: L1/L2 within 2SD
Comment: ALT/AST mildly elevated - HBsAg/HCV Ab added per Dr. {{NAME:Oyelaran}} verbal {{DATE:04/03/2024 08:40}}
Released {{NAME:MTORRES}} {{DATE:2024/04/03 09:01}}`,

  `GET /fhir/R4/Appointment?practitioner=Practitioner/{{ID:prac-3302}}&date={{DATE:2024-04-15}}  (bundle, total=3)
{"entry":[
 {"resource":{"resourceType":"Appointment","id":"{{ID:appt-5521907}}","status":"booked",
   "start":"{{DATE:2024-04-15T08:30:00-04:00}}","minutesDuration":60,
   "serviceType":[{"text":"Refugee initial exam"}],
   "participant":[{"actor":{"reference":"Patient/{{ID:pt-7710482}}","display":"{{NAME:Noorzai, Sharifa}}"}},
                  {"actor":{"display":"Dr. {{NAME:Folake Oyelaran}}"}},
                  {"actor":{"display":"Interpreter - Pashto ({{NAME:Gul Ahmad}})"}}]}},
 {"resource":{"resourceType":"Appointment","id":"{{ID:appt-5521911}}","status":"booked",
   "start":"{{DATE:2024-04-15T10:00:00-04:00}}","comment":"bring I-94 and EDN",
   "participant":[{"actor":{"reference":"Patient/{{ID:pt-7710483}}","display":"{{NAME:Noorzai, Abdul Wahid}}"}}]}},
 {"resource":{"resourceType":"Appointment","id":"{{ID:appt-5521930}}","status":"cancelled",
   "start":"{{DATE:2024-04-15T13:30:00-04:00}}","cancelationReason":{"text":"pt moved to {{LOCATION:Sacramento}}"},
   "participant":[{"actor":{"reference":"Patient/{{ID:pt-7709915}}","display":"{{NAME:Rahimi, Farzaneh}}"}}]}}
]}
-- times shown in practitioner tz (-04:00)`,

  `FACSIMILE
TO:        Health Information Management / Release of Information
           {{FACILITY:Calloway Valley Hospital}}
FAX:       {{FAX:502-555-0191}}
FROM:      Atty. {{NAME:Lorena Quintanilla-Hart}}, immigration counsel
           {{ADDRESS:300 W Main St, Suite 1150}}, {{LOCATION:Louisville}} KY {{ZIP:40202}}
PHONE:     {{PHONE:502-555-0130}}      FAX: {{FAX:502-555-0131}}
EMAIL:     {{EMAIL:lqh@qh-immigration.example}}
DATE:      {{DATE:April 16, 2024}}     Pages: 4 (cover + HIPAA auth + G-28 + request)

RE: Client {{NAME:Ana Lucia Portillo}}, DOB {{DATE:05/27/1990}}, your MRN {{MRN:CVH00922140}}
    USCIS receipt {{ID:IOE0918847712}}; A# {{ID:A 241-507-338}}

Please send records of ED visit {{DATE:12/02/2023}} and admission {{DATE:12/02-12/06/2023}} (injuries sustained in {{LOCATION:San Miguel}}, El Salvador, before entry, and follow-up here). Needed for U-visa I-918 Supplement B / medical evidence. Signed auth attached, expires one year from signature.

Thank you - {{NAME:LQH}}/{{NAME:mr}}
CONFIDENTIAL: intended only for the addressee.`,

  `PACS ACCESS AUDIT  (export {{DATE:2024-04-17}}, filter accession={{ID:CVH-MR-24-33190}})
time_utc              user          host             ip              action        study
{{DATE:2024-03-27 18:22:04}}   {{NAME:gholloway}}    RAD-RR-03        {{IP:198.51.100.61}}   OPEN          {{ID:CVH-MR-24-33190}}
{{DATE:2024-03-27 18:40:51}}   {{NAME:gholloway}}    RAD-RR-03        {{IP:198.51.100.61}}   SIGN          {{ID:CVH-MR-24-33190}}
{{DATE:2024-03-27 19:05:12}}   {{NAME:foyelaran}}    CLIN-4N-11       {{IP:198.51.100.77}}   VIEW          {{ID:CVH-MR-24-33190}}
{{DATE:2024-03-28 02:13:38}}   svc_ai_triage AI-NODE-1        {{IP:192.0.2.200}}     QUERY C-FIND  {{ID:CVH-MR-24-33190}}
{{DATE:2024-03-29 16:44:09}}   {{NAME:dkhoury}}      HOME-VPN         {{IP:203.0.113.54}}    EXPORT-CD     {{ID:CVH-MR-24-33190}}
patient: {{NAME:SHEIKHMOUS^BERIVAN}}  mrn {{MRN:CVH00915504}}
note: EXPORT-CD requested by grandson {{NAME:Rojhat Sheikhmous}} for 2nd opinion in {{LOCATION:Erbil}}; ROI form {{ID:ROI-24-00871}} on file. AE title CVH_PACS01, port 104.`,

  `REFUGEE HEALTH NOTE  -  SIV FAMILY, 2ND VISIT
{{FACILITY:Northgate Refugee Health Clinic}}  {{DATE:04/15/2024}}
Pt: {{NAME:Sharifa Noorzai}}  ({{NAME:Noorzai, Sharifa}} on I-94; Tazkira spelling "{{NAME:Sharefa Nurzai}}")  DOB {{DATE:01/01/1987}}
MRN {{MRN:NRH0049102}}   Pashto interp {{NAME:Gul Ahmad}} by phone ({{PHONE:315-555-0186}})
Husband {{NAME:Abdul Wahid}} was an interpreter for US forces in {{LOCATION:Kabul}} (SIV). Family evacuated 2021 via {{LOCATION:Doha}}, then {{LOCATION:Ramstein}}, then {{FACILITY:Fort Pickett}} safe haven; moved here {{DATE:2/2024}}.
S: HA, poor sleep, "heart beating" at night. Lost sister in {{LOCATION:Kunduz}}. RHS-15 score 21 (positive >=12), distress thermometer 8/10.
O: BP 118/74, HR 96. TSH 2.1. Hgb 11.4. Vit D 9 ng/mL.
A/P: PTSD sx / depression - warm handoff to {{NAME:Farid Hotaki}}, LCSW, {{FACILITY:Mohawk Valley Survivors Center}}. Vit D 50,000 IU weekly x8. Kids (ages 4, 7, 12) to school nurse at {{FACILITY:Kernan Elementary}}.
Cell {{PHONE:315-555-0119}} (husband's). Address {{ADDRESS:907 Blandina St}}, {{LOCATION:Utica}} NY {{ZIP:13501}}.
-{{NAME:FO}}/{{NAME:tg}}`,

  `NEWBORN BAND / SPECIMEN LABEL PRINT  L&D  printer ZD621-LD1
---------------------------------------------------------
BABY GIRL {{NAME:NOORZAI}}                 NB MRN {{MRN:NRH0049877}}
DOB/TOB: {{DATE:04/22/2024 0317}}          Sex F    Wt 3140 g
Mother: {{NAME:NOORZAI, SHARIFA}}         Mom MRN {{MRN:NRH0049102}}
FIN {{ACCOUNT:71552009}}                  Band # {{ID:NB-0448-2}}
Peds: Dr. {{NAME:Anjali Rao}}             Hug tag {{DEVICE:HT-30917}}
[code128] *{{MRN:NRH0049877}}*
---------------------------------------------------------
SPECIMEN: NBS card 1st   collect {{DATE:04/23/2024 0545}}   kit # {{ID:7741120}}
SPECIMEN: cord blood ABO/Rh   acc {{ID:BB24-22017}}
---------------------------------------------------------
TWIN? no.   Baby boy label from 0312 job voided (wrong pt - {{NAME:Mapendo}} room 3).
Apgar 8/9.  Pashto-speaking family; dad {{NAME:Abdul Wahid}} {{PHONE:315-555-0119}}.`,

  `lab_results_{{MRN:MCC-220530}}.tsv
patient	{{NAME:AL-SAADI, Zainab}}	dob	{{DATE:10/19/1958}}	sex	F
ordering	{{NAME:J. Obuya}}, RN for Dr. {{NAME:W. Acosta}}
loinc	test	value	unit	ref	flag	collected	performing_lab
4548-4	Hemoglobin A1c	8.6	%	4.0-5.6	H	{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
2093-3	Cholesterol	231	mg/dL	<200	H	{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
13457-7	LDL calc	148	mg/dL	<100	H	{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
33914-3	eGFR	71	mL/min/1.73m2	>60		{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
5195-3	HBsAg	Nonreactive			N	{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
16128-1	HCV Ab	Reactive			A	{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
11011-4	HCV RNA	pending				{{DATE:2024-04-08 08:12}}	{{FACILITY:Quillon Reference Lab}}
# HCV reactive: likely exposure pre-arrival ({{LOCATION:Mosul}} hospital transfusion 2004 per pt). Report to GA DPH.`,
  `I-693 WORKSHEET (civil surgeon internal)   {{FACILITY:Lindqvist Family Medicine}}
Applicant  {{NAME:DIZON, Maricel Santos}}   DOB {{DATE:10/03/1992}}   Sex F
Category   K-1 -> adjustment (I-485). Fiance {{NAME:Kyle Brandvold}}, married {{DATE:2/14/24}} in {{LOCATION:Fargo}}.
A#         {{ID:A213-448-019}}    Passport (PH) {{ID:P4471882B}}   Born {{LOCATION:Tacloban}}, Leyte
Overseas exam: {{FACILITY:Bayview Panel Clinic}}, {{LOCATION:Manila}}, {{DATE:08/2023}}; DS-3025 in packet.
Visit 1 {{DATE:03/05/2024}}: IGRA drawn (QFT-Plus): POSITIVE, TB1-nil 0.91 / TB2-nil 1.22.
   CXR {{DATE:03/08/2024}} at {{FACILITY:Red River Imaging}} (acc {{ID:RRI-24-10447}}): normal.
   -> LTBI; Class B, other. Referred to {{LOCATION:Cass Co}} public health TB program, ND.
Visit 2 {{DATE:03/12/2024}}: Varicella #2 (Varivax lot W001447, NDC 00006-4827-00). Flu given.
   MMR: titer immune (IgG 188 AU/mL). Hep B not required for adults on I-693 since 2009 rule.
Sign-off {{DATE:03/12/2024}}  {{NAME:B. Lindqvist}} (supervising physician {{NAME:Erik Lindqvist}}, MD, ND lic {{LICENSE:ND-14407}})
Fee $260 paid; receipt {{ACCOUNT:LFM-550193}}. Applicant email {{EMAIL:maricel.dizon92@inbox.example}}`,

  `(0002,0013) ImplementationVersionName SH [OFFIS_DCMTK_367]
(0008,0020) StudyDate                 DA [{{DATE:20240418}}]
(0008,0030) StudyTime                 TM [221507]
(0008,0050) AccessionNumber           SH [{{ID:SB-US-2404-7719}}]
(0008,0060) Modality                  CS [US]
(0008,0070) Manufacturer              LO [SonoPort Inc]
(0008,0080) InstitutionName           LO [{{FACILITY:ST BRENNANS MEDICAL CENTER}}]
(0008,1010) StationName               SH [US-PORTABLE-4]
(0008,1030) StudyDescription          LO [US LOWER EXT VENOUS DUPLEX LEFT]
(0008,1090) ManufacturerModelName     LO [SP-X7]
(0010,0010) PatientName               PN [{{NAME:OSMAN^AWADIA^M}}]
(0010,0020) PatientID                 LO [{{MRN:SB77104421}}]
(0010,0021) IssuerOfPatientID         LO [{{FACILITY:SBMC}}]
(0010,0030) PatientBirthDate          DA [{{DATE:19290915}}]
(0010,1010) PatientAge                AS [{{AGE:094}}Y]
(0010,4000) PatientComments           LT [pt on apixaban; per dtr {{NAME:Hawa}} no further imaging if neg]
(0018,1000) DeviceSerialNumber        LO [{{DEVICE:SPX7-0092215}}]
(0018,1030) ProtocolName              LO [LE_VEN_DUPLEX_L]
(0020,0010) StudyID                   SH [{{ID:7719}}]
(0040,0244) PerformedProcedureStepStartDate DA [{{DATE:20240418}}]
(0040,0253) PerformedProcedureStepID  SH [{{ID:PPS-0418-22}}]
(0040,A123) PersonName (sonographer)  PN [{{NAME:KHAN^ZARA}}]`,

  `SMS / TEXT LOG - {{FACILITY:Clinica Valle Verde}} (Spanish & Mam campaign)  {{DATE:2024-04-19}}
id      sent_at   to               lang  msg
{{ID:sm-99120}}  08:00:04  {{PHONE:(559) 555-0130}}  es    Hola {{NAME:Juana}}, su cita es el {{DATE:lunes 22 de abril}} a las 9:00 con la Dra. {{NAME:Mendoza}}. Traiga su tarjeta de Medi-Cal.
{{ID:sm-99121}}  08:00:04  {{PHONE:(559) 555-0144}}  es    Hola {{NAME:Francisco}}, recuerde ayuno para su laboratorio el {{DATE:23/04}}. Responda SI.
{{ID:sm-99122}}  08:00:05  {{PHONE:(559) 555-0157}}  mam   [audio msg] Intérprete {{NAME:Ixcoy}} graba recordatorio para {{NAME:Tzul}} family
{{ID:sm-99123}}  08:00:05  {{PHONE:(559) 555-0101}}  es    Hola {{NAME:Maria de los Angeles}}, resultados listos en {{URL:https://mivalle.example/r/Qx81pA}}
replies
{{ID:sm-99120}}  08:21:44  from {{PHONE:(559) 555-0130}}  "si gracias. mi hija {{NAME:Rosa}} viene conmigo"
{{ID:sm-99121}}  09:02:10  from {{PHONE:(559) 555-0144}}  "no puedo, estoy en el campo en {{LOCATION:Huron}} hasta las 5"
{{ID:sm-99123}}  11:15:31  from {{PHONE:(559) 555-0101}}  "el link no abre. soy de {{LOCATION:Huehuetenango}}, no entiendo bien"
note: 3 msgs auto-opted out (STOP). Template version 3.1. Carrier: n/a.`,

  `MSH|^~\\&|VAXAPP|{{FACILITY:LAKESHORE FAMILY CLINIC}}|MIIS|MIDHHS|{{DATE:20240301141533}}||VXU^V04^VXU_V04|LFC0301-0007|P|2.5.1|||ER|AL|||||Z22^CDCPHINVS
PID|1||{{MRN:LFC-10448}}^^^^MR~{{ID:MCIR-77120448}}^^^MCIR^SR||{{NAME:MAPENDO^JOEL^AMANI}}|{{NAME:MAPENDO^ESPERANCE}}^^^^^^M|{{DATE:20170911}}|M|||{{ADDRESS:2210 MADISON AVE SE APT 4}}^^{{LOCATION:GRAND RAPIDS}}^MI^{{ZIP:49507}}
PD1|||||||||||02^Reminder/recall - any method^HL70215|N
NK1|1|{{NAME:MAPENDO^ESPERANCE}}|MTH^Mother^HL70063||^PRN^PH^^^{{PHONE:616^5550104}}
ORC|RE||{{ID:LFC-IMM-88120}}|||||||{{NAME:RUIZ^DANIEL}}
RXA|0|1|{{DATE:20240301}}||110^DTaP-HepB-IPV^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|{{LICENSE:1457390021}}^{{NAME:VANDERMEER^KRISTA}}|||||7FJ93||SKB^GSK^MVX
RXR|IM^Intramuscular^HL70162|LT^Left Thigh^HL70163
OBX|1|CE|64994-7^Vaccine funding program eligibility^LN|1|V02^VFC eligible - Medicaid^HL70064||||||F
OBX|2|CE|30956-7^Vaccine type^LN|2|107^DTaP^CVX||||||F
RXA|0|1|{{DATE:20240301}}||03^MMR^CVX|0.5|mL^mL^UCUM||00^New record^NIP001|||||Y012938||MSD^Merck^MVX`,

  `[OCR - photo of medicine box brought from abroad, uploaded by MA]
   ا ل ر ي ا ض  ..  (arabic text partly lost)
   GLUCO PHAGE 850 mg  ( metformin HCl )   30 film- coated tab lets
   Mfg :  Merck  Sante   s.a.s   -   Lot :  4 B 77 1    Exp :  11 / 2025
   Pharm acy  sticker :  {{FACILITY:Saydaliyat  al-Shifa}}  ,  {{LOCATION:Al eppo}}  -  tel  +963 21 xxx
   Patient  name (hand written) :  {{NAME:Abdul rahman  Al-Hajri}}
   Dose :  1 x 2    بعد الاكل
[/OCR]
MA note {{DATE:04/19/24}} ({{NAME:ykim}}): pt {{NAME:Abdulrahman Al-Hajri}} (MRN {{MRN:SB77109930}}, DOB {{DATE:12/30/1954}}) brought above + bag of other meds from {{LOCATION:Gaziantep}} where family lived 2016-2023. Taking 850 mg BID, ~20 tabs left. Son {{NAME:Khaled}} ({{PHONE:612-555-0129}}) says uncle in {{LOCATION:Istanbul}} mails more. Flagged for pharm reconciliation, A1c today. Box photo saved to media tab (MEDIA-IMG-3321, med box only, no face).`,

  `{{FACILITY:OAKHURST TRAVEL & IMMUNIZATION CLINIC}}
HAJJ / UMRAH PRE-TRAVEL  (group visit, {{DATE:05/06/2024}})   Provider: {{NAME:Dana Marsh}}, MD
Group organiser: Imam {{NAME:Bashir Qureshi}}, {{FACILITY:Masjid al-Noor of Boise}}, {{PHONE:208-555-0165}}
Travel {{DATE:6/8-6/24/24}} {{LOCATION:Jeddah}} -> {{LOCATION:Mecca}} -> {{LOCATION:Medina}}. Saudi MOH requires MenACWY (conjugate) within 5 yrs / >=10 d before arrival.
#  name                     dob          mrn        MenACWY     other
1  {{NAME:Hassan Warsame}}          {{DATE:03/11/1951}}   {{MRN:4480221}}    MenQuadfi   PCV20, RSV (Arexvy)
2  {{NAME:Fadumo Warsame}}          {{DATE:07/02/1956}}   {{MRN:4480222}}    MenQuadfi   Tdap
3  {{NAME:Ahmed Siddiqui}}          {{DATE:12/19/1989}}   {{MRN:4480230}}    Menveo      flu
4  {{NAME:Nusrat Siddiqui}}         {{DATE:01/25/1992}}   {{MRN:4480231}}    deferred    pregnant 14 wk - discuss w/ OB
5  {{NAME:Mariam Qureshi}}          {{DATE:04/30/1933}}   {{MRN:4480240}}    MenQuadfi   {{AGE:91}}yo, wheelchair, heat counselling
Counselling: heat illness (July temps 45 C), MERS-CoV (avoid camels), TD kit, stamped ICVP for each (cert # on file).
Lot MenQuadfi U7331AA exp 2025-12. Signed {{NAME:DM}}`,
  `device_upload_{{DATE:20240422}}.csv   (clinic uploader v2.9.0; DM education visit)
# patient: {{NAME:Tran Van Minh}}   mrn {{MRN:CVH00921877}}   dob {{DATE:1949-08-08}}
# pump: t:slim X2  serial {{DEVICE:TSX2-1177082}}   cgm: Dexcom G7  tx {{DEVICE:G7-8KQ41M}}
# uploaded_by {{NAME:hnguyen_cde}} from {{IP:198.51.100.92}}
timestamp,type,value,unit,note
{{DATE:2024-04-21 06:55}},cgm,212,mg/dL,
{{DATE:2024-04-21 07:10}},bolus,6.5,U,carb 60g (pho)
{{DATE:2024-04-21 07:15}},cgm,228,mg/dL,
{{DATE:2024-04-21 09:40}},cgm,141,mg/dL,
{{DATE:2024-04-21 12:05}},bolus,4.0,U,carb 45g
{{DATE:2024-04-21 15:30}},cgm,62,mg/dL,LOW alert
{{DATE:2024-04-21 15:31}},basal_suspend,0,U/h,Control-IQ
{{DATE:2024-04-21 21:00}},cartridge,300,U,site change abdomen
summary: TIR 58%, TBR 4%, GMI 7.6%, CV 38%. Wife {{NAME:Le Thi Hoa}} does site changes. Vietnamese interp {{NAME:Bao}} on phone.
Replacement sensor shipped by {{FACILITY:Meridian Diabetes Supply}}, order {{ID:MDS-44120981}}; previous tx {{DEVICE:G7-3RT90B}} failed early.`,

  `POST /fhir/R4/Bundle  (transaction, source=home-BP-program)  response 200
{"resourceType":"Bundle","type":"transaction","entry":[
 {"resource":{"resourceType":"Observation","status":"final",
   "code":{"coding":[{"system":"http://loinc.org","code":"85354-9","display":"Blood pressure panel"}]},
   "subject":{"reference":"Patient/{{ID:pt-7709420}}","display":"{{NAME:Ghebremedhin, Yonas}}"},
   "effectiveDateTime":"{{DATE:2024-04-20T07:45:00-06:00}}",
   "component":[{"code":{"coding":[{"code":"8480-6"}]},"valueQuantity":{"value":158,"unit":"mm[Hg]"}},
                {"code":{"coding":[{"code":"8462-4"}]},"valueQuantity":{"value":96,"unit":"mm[Hg]"}}],
   "device":{"display":"Omron cuff SN {{DEVICE:OMR-HB7-55102}}"}}},
 {"resource":{"resourceType":"Observation","status":"final",
   "code":{"coding":[{"system":"http://loinc.org","code":"29463-7","display":"Body weight"}]},
   "subject":{"reference":"Patient/{{ID:pt-7709420}}"},
   "effectiveDateTime":"{{DATE:2024-04-20T07:47:10-06:00}}",
   "valueQuantity":{"value":81.4,"unit":"kg","system":"http://unitsofmeasure.org","code":"kg"}}}
]}
-- program RN {{NAME:Selam Tekle}} reviewed; texted pt at {{PHONE:208-555-0109}}: recheck tmrw, call if HA. Tigrinya.`,

  `FAX  *** TB CASE REPORT - CONFIDENTIAL ***
TO:   State TB Program, Surveillance Unit     FAX 404-555-0100
FROM: {{FACILITY:Marrow Creek Community Health}}, Refugee Health    FAX {{FAX:404-555-0133}}
      {{NAME:Tasha Greenleaf}} RN, TB nurse case mgr    direct {{PHONE:404-555-0138}}
DATE SENT: {{DATE:04/12/2024 15:20}}     Pages 3

Patient: {{NAME:Kabeya, Mulumba}}       Sex M     DOB {{DATE:07/30/1972}}
Address: {{ADDRESS:3400 Memorial Dr, Apt 1018}}, {{LOCATION:Decatur}} GA {{ZIP:30032}}
Country of birth: DRC (Zaire per old docs). US arrival {{DATE:03/28/2024}}. Alien # {{ID:A219-556-004}}
Site: pulmonary. Sputum AFB smear 2+ ({{DATE:4/9}}), NAAT MTB detected, rif resistance NOT detected (Xpert).
Started RIPE {{DATE:04/11/2024}} by DOT; weight 58.2 kg. HIV neg (4th gen, {{DATE:4/3}}).
Contacts: wife {{NAME:Esther Ngalula}}, sons {{NAME:Patrick}} (19) and {{NAME:Junior}} (11), all IGRA pending; lived in {{LOCATION:Bukavu}} then {{LOCATION:Kampala}} 2018-2024.
RVCT form attached. EDN alert # {{ID:EDN-24-GA-01173}}.`,

  `PALMSECURE ENROLLMENT LOG  - patient identity (registration desk, {{FACILITY:Calloway Valley Hospital}} ED)
{{DATE:2024-04-23 10:14:07}}  kiosk=ED-REG-2  clerk={{NAME:amcbride}}
   pt={{NAME:RAHIMI, FARZANEH}}  mrn={{MRN:CVH00923311}}  dob={{DATE:1976-11-30}}
   template_id={{BIOMETRIC:PV-7F3A-00918822}}  hand=R  quality=82  result=ENROLLED
{{DATE:2024-04-23 10:15:40}}  kiosk=ED-REG-2  clerk={{NAME:amcbride}}
   match attempt mrn={{MRN:CVH00923311}} score=0.993 -> MATCH (threshold 0.95)
{{DATE:2024-04-23 10:31:02}}  kiosk=ED-REG-1  clerk={{NAME:pjohansen}}
   pt={{NAME:DOE, TRAUMA ECHO}}  mrn={{MRN:CVH00923390}}  palm scan skipped (intubated)
{{DATE:2024-04-23 11:02:55}}  kiosk=ED-REG-2  clerk={{NAME:amcbride}}
   match attempt -> 2 candidates: {{MRN:CVH00918255}} ({{NAME:ZHANG XIUYING}}, {{AGE:93}}F) score 0.61 / {{MRN:CVH00917004}} score 0.58 -> NO MATCH, manual ID w/ granddaughter {{NAME:Liu Weiping}}
   old template {{BIOMETRIC:PV-7F3A-00871230}} revoked (poor quality, hand tremor)
firmware PS-2.1.7, sensor S/N PS-ED2 (desk unit)`,

  `KIOSK CHECK-IN EVENT LOG  {{FACILITY:St Brennans Medical Center}} - Outpatient Pavilion
evt  time                 field           value
01   {{DATE:2024-04-24 07:58:31}}  scan_id         DL {{LICENSE:S530-4471-9920}} (MN)  name={{NAME:PORTILLO, ANA LUCIA}}
02   {{DATE:2024-04-24 07:58:33}}  match_mrn       {{MRN:SB77110082}}
03   {{DATE:2024-04-24 07:58:40}}  photo_capture   {{PHOTO:kiosk_face_SB77110082_0424.jpg}}
04   {{DATE:2024-04-24 07:58:52}}  ins_card_scan   BCBS MN member {{HEALTH_PLAN:XZM884120173}} grp 88201
05   {{DATE:2024-04-24 07:59:10}}  address_verify  {{ADDRESS:2715 Bloomington Ave S}}, {{LOCATION:Minneapolis}} {{ZIP:55407}} -> confirmed
06   {{DATE:2024-04-24 07:59:22}}  phone_verify    {{PHONE:612-555-0173}} -> updated from {{PHONE:651-555-0190}}
07   {{DATE:2024-04-24 07:59:40}}  parking         plate MN {{VEHICLE:GXT-418}} ramp B, validated 4h
08   {{DATE:2024-04-24 07:59:41}}  copay           $40.00 card on file APPROVED
09   {{DATE:2024-04-24 07:59:55}}  appt            08:15 PT/OT eval w/ {{NAME:R. Haugen}}
10   {{DATE:2024-04-24 08:00:02}}  language        Spanish - interp flag set
kiosk OPK-03 sw 5.4.2 | session {{ID:KS-24042400417}}`,
  `MSH|^~\\&|DICTATION|{{FACILITY:CALLOWAY VALLEY HOSPITAL}}|EHR|MAIN|{{DATE:20240425172204}}||MDM^T02|DX-20991|P|2.3
EVN|T02|{{DATE:20240425172204}}
PID|1||{{MRN:CVH00923311}}^^^^MR||{{NAME:RAHIMI^FARZANEH}}||{{DATE:19761130}}|F|||||||||||{{ACCOUNT:E77122019}}
PV1|1|E|ED^12^A||||{{LICENSE:1093815562}}^{{NAME:KHOURY^DINA}}
TXA|1|ED^ED Provider Note|TX|{{DATE:20240423113000}}|{{LICENSE:1093815562}}^{{NAME:KHOURY^DINA}}||||||{{ID:DOC-7740021}}||||||AU
OBX|1|TX|ED NOTE||HPI: 47 yo F, Farsi-speaking, arrived from {{LOCATION:Tehran}} via {{LOCATION:Istanbul}} 3 wk ago (asylum seeker), c/o||||||F
OBX|2|TX|ED NOTE||RLQ pain x2d, fever 38.6. Lives w/ cousin {{NAME:Shirin Tavakoli}} at {{ADDRESS:55 Longworth Ave}},||||||F
OBX|3|TX|ED NOTE||{{LOCATION:Louisville}}. Hx: appy? no. LMP {{DATE:4/2}}. bHCG neg. WBC 14.2, CRP 88. CT A/P (acc||||||F
OBX|4|TX|ED NOTE||{{ID:CVH-CT-24-40118}}): acute appendicitis, no perf. Alvarado 8. Surg consult Dr. {{NAME:Ferris}}.||||||F
OBX|5|TX|ED NOTE||Cefoxitin 2 g IV. Interp via video ({{NAME:Parisa}}, ID {{ID:VRI-88301}}). Uninsured - fin counselor.||||||F
OBX|6|TX|ED NOTE||Electronically signed {{NAME:D. Khoury}} MD {{DATE:04/25/2024 17:21}}; typed {{NAME:lm}}||||||F`,

  `CLINITEK NOVUS  URINALYSIS   S/N {{DEVICE:CN-20418877}}   Rpt# 00412
Date/Time: {{DATE:04-26-2024 09:18}}      Operator: {{NAME:ZKHAN}}
Sample ID: {{ID:U24-117209}}       Patient ID: {{MRN:SB77109930}}
Name: {{NAME:AL-HAJRI, ABDULRAHMAN}}       DOB: {{DATE:12-30-1954}}
Ordering: {{NAME:IBRAHIM, S}}        Source: clean catch
Test       Result          Units     Reference
COLOR      YELLOW                    YELLOW
CLARITY    CLEAR                     CLEAR
GLU        1000 *          mg/dL     NEG
BIL        NEG                       NEG
KET        15 *            mg/dL     NEG
SG         1.030                     1.005-1.030
BLO        TRACE *                   NEG
pH         5.5                       5.0-8.0
PRO        30 *            mg/dL     NEG
URO        0.2             E.U./dL   0.2-1.0
NIT        NEG                       NEG
LEU        NEG                       NEG
* = abnormal.   Microscopy reflex: not indicated (NIT/LEU neg)
Comment: Glucosuria consistent w/ uncontrolled DM (A1c 11.2 on {{DATE:4/19}}) - SGLT2i? not on one. Called to {{NAME:Yuna Kim}} MA {{DATE:04/26/24 09:40}}.`,

  `IVR REFILL LINE - DAILY TRANSCRIPT EXPORT  {{FACILITY:Ashgrove Pharmacy #0418}}  ({{DATE:03/28/2024}})
call_id  caller_ani        rx_keyed   dob_keyed   outcome
{{ID:C-30771}}  {{PHONE:270-555-0181}}  {{ID:6601837}}    {{DATE:01011989}}    DOB mismatch -> transfer
{{ID:C-30772}}  {{PHONE:270-555-0114}}  {{ID:6598820}}    {{DATE:03151942}}    queued, ready 3 PM
{{ID:C-30773}}  {{PHONE:270-555-0114}}  {{ID:6598821}}    {{DATE:03151942}}    too soon (next fill {{DATE:4/2}})
{{ID:C-30774}}  blocked           -          -           hang-up
{{ID:C-30775}}  {{PHONE:270-555-0166}}  {{ID:6603112}}    {{DATE:08191931}}    queued; note: caller says she is {{AGE:92}}, needs delivery
transfers handled by tech {{NAME:Brandi}}:
 {{ID:C-30771}}: caller = {{NAME:Hamza Abdi}} for mother {{NAME:Ayan Warsame Abdi}} (rx {{ID:6601837}}); UNHCR DOB {{DATE:01/01}} on file vs {{DATE:01/01/1989}} keyed = actually match, system format error. Ticket {{ID:PHX-2217}}.
 {{ID:C-30775}}: delivery set for {{DATE:Fri 3/29}} to {{ADDRESS:12 Gilmore Ln}}, {{LOCATION:Smiths Grove}} {{ZIP:42171}}, driver to call {{PHONE:270-555-0167}} (neighbor {{NAME:Darlene}}).`,

  `Behavioral Health Intake - Refugee Program   ({{FACILITY:Mohawk Valley Survivors Center}})
Date {{DATE:4/29/2024}}   Clinician {{NAME:Farid Hotaki}}, LCSW   Interp (Kurmanji) {{NAME:Nazdar Rashid}}
Client: {{NAME:Xalida Khudeida}} (goes by "{{NAME:Xali}}"), Yazidi (Ezidi)
DOB {{DATE:07/01/1998}} (assigned)   MRN {{MRN:NRH0049551}}   Medicaid {{HEALTH_PLAN:NY55012877M}}
Hx: from {{LOCATION:Kocho}}, {{LOCATION:Sinjar}} district (Iraq). 2014 abducted, held in {{LOCATION:Raqqa}}; freed 2017, camp {{LOCATION:Sharya}} near {{LOCATION:Duhok}} until 2023.
Screeners: RHS-15 = 34 (pos), PHQ-9 = 19, PCL-5 = 58. No SI today (C-SSRS neg). Nightmares 5/wk.
Plan: NET (narrative exposure) weekly; prazosin via PCP Dr. {{NAME:Oyelaran}}; women's group Thursdays at {{FACILITY:Utica Yazidi Women's Circle}}, {{ADDRESS:610 Court St}}.
Safety: brother {{NAME:Dakhil}} in {{LOCATION:Lincoln}}, NE (cell {{PHONE:402-555-0158}}).
Next {{DATE:5/6}} 10:00.  -{{NAME:FH}}`,
  `dcmdump MG_L_CC.dcm | grep -v "^(7fe0"   # pixel data removed
(0008,0020) StudyDate                 DA [{{DATE:20240430}}]
(0008,0050) AccessionNumber           SH [{{ID:TRI-MG-0044921}}]
(0008,0060) Modality                  CS [MG]
(0008,0080) InstitutionName           LO [{{FACILITY:Tamsin Ridge Imaging - Chelmsford Satellite}}]
(0008,0081) InstitutionAddress        ST [{{ADDRESS:9 Summer St}}, {{LOCATION:Chelmsford}}, MA {{ZIP:01824}}]
(0008,0090) ReferringPhysicianName    PN [{{NAME:NGUYEN-BAKER^LINH}}]
(0008,1010) StationName               SH [MAMMO1]
(0008,1030) StudyDescription          LO [SCREENING MAMMO BILAT W TOMO]
(0010,0010) PatientName               PN [{{NAME:BEKELE^TIGIST}}]
(0010,0020) PatientID                 LO [{{MRN:TRI-5533017}}]
(0010,0030) PatientBirthDate          DA [{{DATE:19740216}}]
(0010,1010) PatientAge                AS [050Y]
(0010,1020) PatientSize               DS [1.62]
(0010,21C0) PregnancyStatus           US [4]
(0018,0060) KVP                       DS [29]
(0018,1000) DeviceSerialNumber        LO [{{DEVICE:HOLO-DIM-77120}}]
(0018,11A2) CompressionForce          DS [98.2]
(0018,1405) RelativeXRayExposure      IS [355]
(0020,0062) ImageLaterality           CS [L]
(0040,A124) UID (CAD SR ref)          UI [1.2.840.10008.5.1.4.1.1.88.50]
(0045,1010) [private] TechInitials    LO [{{NAME:M.O.}}]
report: BI-RADS 1. Prior films requested from {{FACILITY:Tikur Anbessa Hospital}}, {{LOCATION:Addis Ababa}} - unavailable. Pt phone {{PHONE:978-555-0146}}.`,

  `ePCR EXPORT (NEMSIS 3.5 flat)  agency={{FACILITY:Valley Ambulance District}}  unit=M14
eResponse.03 incident#   {{ID:24-0117720}}
eTimes.03 unit notified  {{DATE:2024-05-02 16:41:08}}
eScene.15 address        {{ADDRESS:I-84 EB MM 52}}, near {{LOCATION:Mountain Home}}, ID {{ZIP:83647}}
ePatient.02-04 name      {{NAME:FALEOLO, TAVITA}}
ePatient.17 dob          {{DATE:1983-10-04}}
ePatient.13 gender       M
eHistory interpreter     Samoan; wife {{NAME:Losa Faleolo}} at scene
eSituation.11            MVC, driver, restrained, airbag deployed, c/o chest wall pain
eInjury vehicle          2014 Toyota Tacoma, VIN {{VEHICLE:5TFNX4CN8EX041177}}, plate ID {{VEHICLE:2A 7410K}}
eVitals                  BP 142/88  HR 104  RR 22  SpO2 96% RA  GCS 15
eProcedures              c-collar per NEXUS? -> NEXUS neg, collar removed; IV 18g L AC
eMedications             fentanyl 75 mcg IV @1655
eDisposition             transported to {{FACILITY:St. Odilia Regional}} ED, hailed as "{{FACILITY:Odilia}}", ETA 22 min
eCrew                    {{NAME:K. Braddock}} EMT-P (lic {{LICENSE:ID-P-20447}}), {{NAME:R. Quispe}} EMT
eOther.run               {{ID:VAD-RUN-88120}}; second vehicle plate OR {{VEHICLE:633 MKZ}} (other driver, refused)`,

  `catchup_vax_worklist.csv  (refugee children, school entry {{FACILITY:Fargo Public Schools}})   generated {{DATE:2024-05-03}}
last,first,dob,mrn,country,school,due_now,notes
{{NAME:Nshimirimana}},{{NAME:Aline}},{{DATE:2012-02-14}},{{MRN:SF-889120}},Burundi,{{FACILITY:Discovery Middle School}},"Tdap,MenACWY,HPV1",titer varicella pos
{{NAME:Nshimirimana}},{{NAME:Eric}},{{DATE:2015-09-30}},{{MRN:SF-889121}},Burundi,{{FACILITY:Horace Mann Elementary}},"DTaP5,IPV4,MMR2",
{{NAME:Kovalenko}},{{NAME:Artem}},{{DATE:2010-06-06}},{{MRN:SF-889133}},Ukraine,{{FACILITY:Ben Franklin Middle School}},"HepB3,MenACWY",BCG scar; IGRA neg
{{NAME:Saw}},{{NAME:Eh Htoo}},{{DATE:2013-01-01}},{{MRN:SF-889140}},Thailand (Karen),{{FACILITY:Discovery Middle School}},"HepA2,Varicella2",from {{LOCATION:Mae La}} camp
{{NAME:Osman}},{{NAME:Ilhan}},{{DATE:2017-11-20}},{{MRN:SF-889152}},Kenya,{{FACILITY:Horace Mann Elementary}},"MMR2,Varicella2,HepA1",born {{LOCATION:Dadaab}}
# {{NAME:Saw}} = legal surname on I-94 for {{NAME:Eh Htoo}} (Karen prefix entered as last name) - keep as registered.
# school nurse contacts: {{EMAIL:nurses@fargo-ps.example}}, fax {{FAX:701-555-0125}}`,

  `PANEL PHYSICIAN MEDICAL EXAM - SUMMARY (transcribed from DS-2054)
Panel site: {{FACILITY:Kilimani Panel Clinic}}, {{LOCATION:Nairobi}}, Kenya
Applicant: {{NAME:HODAN FARAH ELMI}}    DOB: {{DATE:01 JAN 1961}}    Sex: F
Case no.: {{ID:KE-DAD-0441873}}    UNHCR ind. no.: {{ID:441-00918221}}
Biometric enrolment: iris {{BIOMETRIC:IR-TPL-00418832}}; fingerprints on file (not transmitted)
Photo: {{PHOTO:PH-0441873-01}} (affixed to DS-2054 p1)
Residence: {{LOCATION:Ifo}} camp, {{LOCATION:Dadaab}} (block C-4) since 1992
Exam date: {{DATE:14 FEB 2024}}    Examining physician: Dr. {{NAME:Wanjiru Kamau}}
TB: CXR "fibrotic changes RUL", sputum smear x3 neg, culture x3 neg at 8 wk ({{DATE:10 APR 2024}}). Class B1 TB, pulmonary.
HIV neg. Syphilis neg. Hb 10.8. BP 150/92 -> Class B other (HTN), amlodipine 5 mg started.
Presumptive tx: albendazole 400 mg, ivermectin 200 mcg/kg, no praziquantel (not from endemic area).
Vaccinations per DS-3025: MMR, Td, IPV given; varicella deferred.
Travel cleared until {{DATE:10 OCT 2024}}. Destination: {{LOCATION:Columbus}}, Ohio. Anchor son {{NAME:Abdirahman Elmi}}.`,
  `SPECIMEN LABEL PRINT QUEUE  - phlebotomy, {{FACILITY:Northgate Refugee Health Clinic}}   printer ZD421-LAB1
{{DATE:05/06/2024 08:02:15}}  job 9120  labels=4  user {{NAME:amutesi}}
  | {{NAME:NOORZAI, SHARIFA}}   F  {{DATE:01/01/1987}}     |
  | MRN {{MRN:NRH0049102}}   ACC {{ID:N24-0506-0031}}      |
  | LAV 4mL  CBC/DIFF, HBA1C   coll {{DATE:05/06/24 0758}}  |
  | *{{ID:N24-0506-0031}}*                             |
{{DATE:05/06/2024 08:02:17}}  job 9121  labels=3  user {{NAME:amutesi}}
  | {{NAME:NOORZAI, ABDUL WAHID}}   M  {{DATE:03/21/1984}} |
  | MRN {{MRN:NRH0049103}}   ACC {{ID:N24-0506-0032}}      |
  | GRY QFT NIL/TB1/TB2/MIT  coll {{DATE:05/06/24 0801}}    |
{{DATE:05/06/2024 08:19:44}}  job 9122  labels=2  user {{NAME:amutesi}}  ** REPRINT **
  | {{NAME:KHUDEIDA, XALIDA}}   F  {{DATE:07/01/1998}}     |
  | MRN {{MRN:NRH0049551}}   ACC {{ID:N24-0506-0040}}      |
  | SST  CMP, TSH, VIT D, HCG   coll {{DATE:05/06/24 0815}} |
QFT tubes to incubator by 0900 (16 h max). Courier {{FACILITY:SwiftMed Couriers}} pickup 11:30.
Tube lot numbers: LAV 3298871, GRY QFT kit 4471A2 (exp 2025-01), SST 3301442.`,

  `MSH|^~\\&|SCHED|{{FACILITY:OAKHURST TRAVEL CLINIC}}|EHR|MAIN|{{DATE:20240507093312}}||SIU^S12|SCH-0050771|P|2.5.1
SCH|{{ID:APT-882044}}|{{ID:APT-882044}}|||||TRAVEL^Pre-travel consult|NORMAL|60|MIN|^^60^{{DATE:20240514100000}}^{{DATE:20240514110000}}|||||{{NAME:KIM^YUNA}}|{{PHONE:(208)555-0160}}
PID|1||{{MRN:4481907}}^^^^MR||{{NAME:DOLMA^TENZIN}}||{{DATE:19650802}}|F|||{{ADDRESS:1630 W Hays St}}^^{{LOCATION:Boise}}^ID^{{ZIP:83702}}||{{PHONE:(208)555-0174}}|||||||||||||Tibetan
RGS|1|A
AIS|1|A|TRV01^Pre-travel^L|{{DATE:20240514100000}}|0|MIN|60|MIN
AIP|1|A|{{LICENSE:1285733017}}^{{NAME:MARSH^DANA}}|MD
AIL|1|A|TRV^RM3
NTE|1||Trip {{LOCATION:Kathmandu}} -> {{LOCATION:Lhasa}}? (visa unclear) -> {{LOCATION:Dharamshala}}, 6 wk, visiting mother ({{AGE:96}} yo) in {{LOCATION:McLeod Ganj}}. Needs JE? rabies PrEP, typhoid, altitude Rx. Hx: HTN on losartan 50.`,

  `GET {{URL:https://api.stbrennans.example/fhir/R4/Coverage?beneficiary=Patient/pt-SB77110082}}
{"resourceType":"Bundle","total":2,"entry":[
 {"resource":{"resourceType":"Coverage","id":"{{ID:cov-3301}}","status":"active",
   "subscriberId":"{{HEALTH_PLAN:XZM884120173}}",
   "beneficiary":{"reference":"Patient/{{ID:pt-SB77110082}}","display":"{{NAME:Portillo, Ana Lucia}}"},
   "relationship":{"coding":[{"code":"self"}]},
   "period":{"start":"{{DATE:2024-01-01}}"},
   "payor":[{"display":"Blue Cross Blue Shield of Minnesota"}],
   "class":[{"type":{"text":"group"},"value":"88201"},{"type":{"text":"plan"},"value":"AWARE-PPO-2024"}]}},
 {"resource":{"resourceType":"Coverage","id":"{{ID:cov-3302}}","status":"cancelled",
   "subscriberId":"{{HEALTH_PLAN:MA-00771204Z}}",
   "beneficiary":{"reference":"Patient/{{ID:pt-SB77110082}}"},
   "period":{"start":"{{DATE:2023-07-14}}","end":"{{DATE:2023-12-31}}"},
   "payor":[{"display":"Minnesota Medical Assistance"}]}}
]}
# ext: "subscriberSSN" present on cov-3301 = "{{SSN:521-70-4418}}" -> should not be exposed by API (ticket {{ID:SEC-2219}}, {{NAME:p.alvarez}})`,

  `{{FACILITY:HIGH DESERT APOTHECARY}}  {{ADDRESS:88 E Idaho Ave}}  {{LOCATION:Meridian}} ID {{ZIP:83642}}   Ph {{PHONE:208-555-0135}}
Rx: {{ID:501447}}     Date: {{DATE:05/08/24}}
{{NAME:CARRASQUEL, YUSLEIDY}}
ACETAZOLAMIDE 125 MG TABLET      Qty 20
TOMAR 1 TABLETA POR BOCA DOS VECES AL DIA. EMPEZAR 1 DIA ANTES DE SUBIR A LA ALTURA.
(Take 1 tablet by mouth twice daily. Start 1 day before ascent.)
Dr. {{NAME:DANA MARSH}}     DEA {{LICENSE:FM5521079}}
Refills: 0       NDC 51079-0473-20
Warnings: SULFA - pt denies allergy. Tingling of fingers is common. Drink fluids.
--- counselling note ---
Trip: {{LOCATION:Cusco}} (3,400 m) + {{LOCATION:Aguas Calientes}}, Peru, {{DATE:5/20}}-{{DATE:6/1}}. Sister {{NAME:Yurbis}} in {{LOCATION:Lima}}. Pt is Venezuelan, TPS; DL {{LICENSE:ID-VK220418}}.
Also dispensed: ondansetron ODT 4 mg #10. Paid cash; receipt {{ACCOUNT:HDA-0508-1177}}.
Counselled by {{NAME:R. Benitez}}, PharmD 2:35 pm.`,

  `[OCR of fax received {{DATE:05/09/2024 13:02}} from +91 22 xxxx - 7 pages - quality POOR]
{{FACILITY:SAHYADRI  GENERAL  HOS PITAL}}  ,  {{LOCATION:Mum bai}}
DIS CHARGE  SUM MARY
Name  :  Mr.  {{NAME:Ven kata raman  Sri nivasan}}       Age / Sex :  {{AGE:90}} Y / M
IP  No  :  {{MRN:IP/24/0 0 7 7 1 4}}       Bed :  ICU-4
DOA  :  {{DATE:1 4 - 0 4 - 2 0 2 4}}     DOD :  {{DATE:0 2 - 0 5 - 2 0 2 4}}
Consul tant :  Dr.  {{NAME:A . Desh pande}}  ,  MD  (Med)
Diag nosis :  Com munity  acq uired  pneu monia  ,  sepsis  ,  AKI  on  CKD  ,  T2DM
Course :  treat ed  with  pip-taz o  4.5 g  IV  ,  NIV  x  2  days  .  Creat  2.8 -> 1.6 .  Dis charged  on  cefuroxime  500  bd  x5d  .
Fol low up  :  with  son  in  USA  -  Dr.  {{NAME:Priya Venkataraman}}  ( daugh ter-in-law )  ,  {{LOCATION:Columbus}} ,  Ohio
Contact  :  {{PHONE:+91 98 2 0 0 5 5 5 1 2}}   /   {{EMAIL:srini.v1933@mail.example}}
[cover page handwritten: "for PCP - pt flying to US {{DATE:5/20}}, travel clinic pls see" - {{NAME:Priya}}]`,

  `PORTAL AUTH LOG  (mychart-like, tenant=cvh)   exported for incident {{ID:IR-24-0312}}
{{DATE:2024-05-10T02:11:40Z}} login_fail  acct={{EMAIL:farzaneh.rahimi@webmail.example}}  ip={{IP:203.0.113.201}}  geo=NL  reason=bad_pw
{{DATE:2024-05-10T02:11:52Z}} login_fail  acct={{EMAIL:farzaneh.rahimi@webmail.example}}  ip={{IP:203.0.113.201}}  reason=bad_pw
{{DATE:2024-05-10T02:12:05Z}} login_fail  acct={{EMAIL:farzaneh.rahimi@webmail.example}}  ip={{IP:203.0.113.201}}  reason=bad_pw
{{DATE:2024-05-10T02:12:06Z}} lockout     acct={{EMAIL:farzaneh.rahimi@webmail.example}}  30 min
{{DATE:2024-05-10T14:40:19Z}} login_ok    acct={{EMAIL:farzaneh.rahimi@webmail.example}}  ip={{IP:198.51.100.12}}  geo=US-KY  mfa=sms {{PHONE:502-555-0117}}
{{DATE:2024-05-10T14:41:02Z}} proxy_grant owner={{MRN:CVH00923311}} proxy={{EMAIL:shirin.tavakoli@webmail.example}} scope=messages,appts
{{DATE:2024-05-10T14:44:57Z}} pw_reset    acct={{EMAIL:farzaneh.rahimi@webmail.example}}  ip={{IP:198.51.100.12}}
analyst {{NAME:D. Okonkwo}}: NL IP = credential stuffing, not pt (she was in {{LOCATION:Louisville}}); no chart access. Closed.`,
  `interp_calls_2024-05.csv   vendor=LanguageLine-ish   dept=Refugee Health
call_id,start,dur_min,lang,interp_id,interp_name,pt_mrn,pt_name,clinician,callback
{{ID:LL-8841201}},{{DATE:2024-05-13 08:31}},22,Dari,{{ID:D-40771}},{{NAME:Mursal}},{{MRN:NRH0049551}},-,{{NAME:Hotaki}},
{{ID:LL-8841236}},{{DATE:2024-05-13 09:05}},41,Kinyarwanda,{{ID:K-11029}},{{NAME:Jean-Paul}},{{MRN:NRH0048291}},{{NAME:Habimana J}},{{NAME:Oyelaran}},{{PHONE:315-555-0147}}
{{ID:LL-8841290}},{{DATE:2024-05-13 10:40}},15,Pashto,{{ID:P-30188}},{{NAME:Gul Ahmad}},{{MRN:NRH0049102}},{{NAME:Noorzai S}},{{NAME:Greenleaf}},{{PHONE:315-555-0119}}
{{ID:LL-8841302}},{{DATE:2024-05-13 11:12}},9,Tigrinya,{{ID:T-77120}},{{NAME:Selam}},{{MRN:NRH0050027}},{{NAME:Tekle B}},{{NAME:Oyelaran}},
{{ID:LL-8841355}},{{DATE:2024-05-13 13:55}},33,Karen (Sgaw),{{ID:KS-0193}},{{NAME:Naw Say Paw}},{{MRN:NRH0050031}},{{NAME:Htoo E}},{{NAME:Greenleaf}},{{PHONE:315-555-0192}}
{{ID:LL-8841377}},{{DATE:2024-05-13 14:20}},6,Rohingya,{{ID:R-0044}},{{NAME:Anwar}},{{MRN:NRH0050040}},{{NAME:Noor M}},{{NAME:Mutesi}},dropped
# billing: 126 min @ $1.95/min, invoice {{ACCOUNT:INV-LL-240513}}
# row 1 pt_name blank by design (BH visit, name suppressed) - see mrn`,

  `BINAX / MICROSCOPY  - MALARIA WORKUP   {{FACILITY:Pellham Regional Medical Center}} Microbiology
Accession {{ID:PR-M24-05514}}     Received {{DATE:05/14/2024 22:47}} (STAT)
Patient {{NAME:OKAFOR, CHIDINMA}}    MRN {{MRN:PRMC-3310442}}    DOB {{DATE:12/01/1995}}
Location ED-BAY-7    Ordering Dr. {{NAME:W. Acosta}} / resident {{NAME:T. Mwangi}}
Clinical: fever 39.4 x3d, returned {{DATE:5/9}} from {{LOCATION:Enugu}}, Nigeria (VFR, no prophylaxis taken).
BinaxNOW Malaria (lot 150441, exp 2025-06):  T1 POSITIVE (P. falciparum HRP-2)
Thin smear (Giemsa):   P. falciparum, ring forms, parasitemia 3.8 %   (>5% = severe)
Thick smear:           positive, no gametocytes seen
Read by {{NAME:L. Ferreira}} MLS   {{DATE:05/14/2024 23:30}}   2nd read {{NAME:K. Osei}} {{DATE:05/15/2024 00:05}}
CRITICAL called to Dr. {{NAME:Mwangi}} at ext {{PHONE:4471}} {{DATE:05/14/2024 23:34}}, read back OK.  Call ref {{ID:CV-240514-07}}
Comment: Note pt was seen at {{FACILITY:Oakhurst Travel Clinic}} {{DATE:4/2}} - Rx for atovaquone-proguanil not filled per pt. Report to state (notifiable).`,

  `MSH|^~\\&|ADT|{{FACILITY:ST BRENNANS MEDICAL CENTER}}|HIE|MNHIE|{{DATE:20240516143010}}||ADT^A03|A03-7752210|P|2.5
EVN|A03|{{DATE:20240516143010}}
PID|1||{{MRN:SB77104421}}^^^^MR||{{NAME:OSMAN^AWADIA^M}}||{{DATE:19290915}}|F|||{{ADDRESS:1204 Hennepin Ave, Unit 708}}^^{{LOCATION:Minneapolis}}^MN^{{ZIP:55403}}||{{PHONE:612-555-0108}}|||W||{{ACCOUNT:4401882715}}
PV1|1|I|{{FACILITY:BRENNAN 6}}^614^A|E|||{{LICENSE:1346618820}}^{{NAME:IBRAHIM^SAMIR}}|||MED||||||||{{ACCOUNT:V2204418}}|||||||||||||||||06^Home health^HL70112|||||||{{DATE:20240328}}|{{DATE:20240516}}
PV2|||^CHF exac; LLE DVT; AKI||||||||||||||||||||||||||||||N
DG1|1|I10|I50.33^Acute on chronic diastolic heart failure^I10
DG1|2|I10|I82.412^Acute DVT of left femoral vein^I10
DG1|3|I10|N17.9^AKI, unspecified^I10
ZDC|HH agency {{FACILITY:Cedar Lakes Home Health}}, SOC {{DATE:05/17/2024}}; {{AGE:94}} yo, lives w/ dtr {{NAME:Hawa Osman}}. Apixaban 2.5 bid. PCP f/u Dr. {{NAME:Ibrahim}} 1 wk.`,

  `CIVIL SURGEON - I-693 / ADJUSTMENT OF STATUS     {{FACILITY:Westbury Civil Surgeon Office}}  ({{LOCATION:Erie}}, PA)
Applicant: {{NAME:LIU, Weiping}}  {{NAME:刘伟平}}      DOB {{DATE:1988-09-12}}     A# {{ID:A 204 991 617}}
Category: EB-2 (employer {{FACILITY:Lakeview Polymer Research}}); H-1B since 2016. Born {{LOCATION:Harbin}}, Heilongjiang.
Exam {{DATE:5/17/24}}. Passport (CN) {{ID:EK7720418}}. Photo ID verified: PA DL {{LICENSE:29 441 873}}.
TB: IGRA (T-SPOT.TB) positive - panel A 14 spots, B 9. CXR {{DATE:5/20/24}} normal, acc {{ID:WCS-24-0388}}. BCG x1 (childhood). -> LTBI, Class B other. Referred to county TB clinic (not required to treat before sign-off).
HBV: HBsAg POS, HBeAg neg, HBV DNA 2,100 IU/mL, ALT 31 -> chronic HBV, immune tolerant/inactive; referred GI Dr. {{NAME:Hoang}}. (Not an I-693 class condition.)
Vaccines: MMR titer neg for rubella -> MMR #1 given; Tdap; varicella immune; flu (seasonal).
Grandmother {{NAME:Zhang Xiuying}} ({{AGE:93}}) lives with him in {{LOCATION:Louisville}} from Sept - not relevant, noted for household TB contact.
Form signed {{DATE:05/24/2024}} {{NAME:I. Solberg}} MD. Contact {{PHONE:814-555-0102}}. File {{ID:WCS-0512}}.`,

  `(0008,0020) StudyDate                 DA [{{DATE:20240502}}]
(0008,0030) StudyTime                 TM [172544]
(0008,0050) AccessionNumber           SH [{{ID:SOR-CT-24-120447}}]
(0008,0060) Modality                  CS [CT]
(0008,0080) InstitutionName           LO [{{FACILITY:ST ODILIA REGIONAL MEDICAL CENTER}}]
(0008,0090) ReferringPhysicianName    PN [{{NAME:ABERCROMBIE^HOLLIS}}]
(0008,1010) StationName               SH [CTED1]
(0008,1030) StudyDescription          LO [CT HEAD WO / CT C-SPINE WO - TRAUMA]
(0010,0010) PatientName               PN [{{NAME:FALEOLO^TAVITA}}]
(0010,0020) PatientID                 LO [{{MRN:SO-00918840}}]
(0010,0030) PatientBirthDate          DA [{{DATE:19831004}}]
(0010,1010) PatientAge                AS [040Y]
(0010,21B0) AdditionalPatientHistory  LT [MVC I-84, airbag, +LOC? Canadian CT head rule high risk (age<65 but dangerous mech)]
(0018,0050) SliceThickness            DS [0.625]
(0018,0060) KVP                       DS [120]
(0018,1000) DeviceSerialNumber        LO [{{DEVICE:CT-REV-30771}}]
(0018,1150) ExposureTime              IS [1000]
(0018,1151) XRayTubeCurrent           IS [280]
(0020,0011) SeriesNumber              IS [3]
(0032,1060) RequestedProcedureDescription LO [TRAUMA PAN-SCAN PER ATLS]
(0040,1001) RequestedProcedureID      SH [{{ID:RP-5520771}}]`,

  `GeneXpert Dx System  v6.4   Instrument S/N {{DEVICE:GX-804417}}   Module A3 S/N {{DEVICE:GXM-660192}}
Assay: Xpert MTB/RIF Ultra   Assay Version 4   Reagent Lot 44103 (exp 2025-02-28)
Sample ID: {{ID:Q24-TB-00771}}      Patient ID: {{MRN:MCC-220544}}
Patient Name: {{NAME:GURUNG DIL MAYA}}
Test Result: MTB DETECTED LOW; Rif Resistance NOT DETECTED
Analyte   Ct     EndPt   Result
IS1081-IS6110  21.4   312   POS
rpoB1     28.7   188   POS
rpoB2     29.1   176   POS
rpoB3     28.9   201   POS
rpoB4     29.5   169   POS
SPC       26.0   244   PASS
Start Time: {{DATE:05/20/24 10:12:33}}   End Time: {{DATE:05/20/24 11:30:02}}
User: {{NAME:mtorres}}    Status: Done    Error: <None>
Reviewed by {{NAME:Marisol Torres}} MLS, reported to {{NAME:T. Greenleaf}} RN via phone {{DATE:05/20/24 11:52}}.
Specimen: sputum #2 (induced), collected {{DATE:5/18}} at home by TB outreach RN at {{ADDRESS:74 Northlake Pkwy Apt 12C}}.`,
  `EDN (Electronic Disease Notification) - arrival record, state view   export {{DATE:2024-05-21}}
{
  "ednId": "{{ID:EDN-24-OH-04417}}",
  "alienNumber": "{{ID:A221330918}}",
  "name": {"last": "{{NAME:ELMI}}", "first": "{{NAME:HODAN}}", "middle": "{{NAME:FARAH}}"},
  "dob": "{{DATE:1961-01-01}}", "sex": "F", "countryOfBirth": "Somalia", "lastResidence": "Kenya",
  "arrivalDate": "{{DATE:2024-05-16}}", "portOfEntry": "{{LOCATION:Chicago}}",
  "destination": {"address": "{{ADDRESS:4811 Refugee Rd, Apt B}}", "city": "{{LOCATION:Columbus}}", "state": "OH", "zip": "{{ZIP:43232}}"},
  "resettlementAgency": "{{FACILITY:Buckeye Welcome Services}}", "caseworker": "{{NAME:Abdi Nur}}", "agencyPhone": "{{PHONE:614-555-0128}}",
  "tbClass": "B1 pulmonary", "otherClass": ["HTN"],
  "panelSite": "{{FACILITY:Kilimani Panel Clinic}}",
  "vaccines": {"MMR": "{{DATE:2024-02-14}}", "Td": "{{DATE:2024-02-14}}", "IPV": "{{DATE:2024-02-14}}"},
  "followUp": {"dueBy": "{{DATE:2024-06-15}}", "status": "not started"},
  "ssnOnFile": "{{SSN:700-41-2287}}"
}
-- state TB coordinator: assign to {{FACILITY:Columbus Public Health TB Clinic}}, RN {{NAME:Halima Yusuf}} {{EMAIL:hyusuf@cph-tb.example}}. Son {{NAME:Abdirahman}} cell {{PHONE:614-555-0183}}.`,

  `{{FACILITY:FARMACIA SAN JUDAS}} (en {{FACILITY:Mercado La Placita}})   {{ADDRESS:201 S Madera Ave}}, {{LOCATION:Kerman}} CA {{ZIP:93630}}   Tel {{PHONE:(559) 555-0185}}
RX# {{ID:30-4471209}}            FECHA/DATE {{DATE:05/22/2024}}
PACIENTE: {{NAME:TZUL IXCOY, JUANA}}
METFORMINA (METFORMIN) 500 MG TABLETA      CANT 60
TOME 1 TABLETA POR LA BOCA 2 VECES AL DIA CON COMIDA.
Take 1 tablet by mouth 2 times a day with food.
MEDICO: Dra. {{NAME:L. MENDOZA}}    NPI {{LICENSE:1609927713}}     RESURTIDOS: 5
NDC 23155-0102-10     Medi-Cal BIN 022659 PCN 6334225 ID {{HEALTH_PLAN:95500417A}}
Lot/Exp on stock bottle, not printed.
------------------------------------------------
Nota del farmaceutico ({{NAME:RB}}): paciente habla Mam, poco espanol. Hija {{NAME:Rosa}} interpreta ({{PHONE:559-555-0131}}). Vive en {{ADDRESS:Rancho Los Alisos, camper 4}}, {{LOCATION:Huron}}. Trabaja en {{FACILITY:Westside Pistachio Packing}}. Pictogramas dados. Siguiente cita {{DATE:lunes 22 de julio}}.`,

  `FAX TRANSMISSION - PRIOR AUTHORIZATION REQUEST
TO:   Ohio Medicaid Managed Care - Pharmacy PA Dept      FAX 1-800-555-0199
FROM: {{FACILITY:Columbus Public Health TB Clinic}}, {{ADDRESS:240 Parsons Ave}}, {{LOCATION:Columbus}} OH {{ZIP:43215}}
      Ph {{PHONE:614-555-0145}}    Fax {{FAX:614-555-0146}}
DATE: {{DATE:06/03/2024}}      Pages 3      Urgent: YES

Member: {{NAME:Hodan F. Elmi}}       DOB {{DATE:01/01/1961}}
Medicaid ID: {{HEALTH_PLAN:114477209318}}       Plan: MCO pending assignment
Prescriber: {{NAME:Halima Yusuf}}, APRN-CNP   NPI {{LICENSE:1558361447}}   OH lic {{LICENSE:APRN.CNP.0441872}}
Drug: rifapentine 150 mg (Priftin) + isoniazid 300 mg weekly x12 (3HP) - OR - 4R if denied.
Dx: R76.11, Z22.7 (LTBI) / Class B1 TB, cultures neg x3 (panel), IGRA pos ({{DATE:5/30/24}}).
Justification: adherence - elderly, relies on son for transport; 3HP by DOT = 12 visits vs 120.
PA reference # {{ID:PA-2406-0031177}} (assigned on phone by rep "{{NAME:Keisha}}")
Please fax determination to {{FAX:614-555-0146}}.`,

  `hl7-gw-03  /opt/gw/logs/outbound_ORU.log  (tail -n 12)
[{{DATE:2024-06-04 11:02:15}}] -> {{IP:192.0.2.15}}:6661  MSH-10=QRL-0041207  ORU^R01  pid={{MRN:MCC-220544}}  bytes 2211
[{{DATE:2024-06-04 11:02:15}}] <- {{IP:192.0.2.15}}  MSA|AA|QRL-0041207
[{{DATE:2024-06-04 11:02:16}}] -> {{IP:192.0.2.16}}:6661  MSH-10=QRL-0041208  ORU^R01  pid={{MRN:MCC-220545}}  bytes 1740
[{{DATE:2024-06-04 11:02:46}}] !! timeout 30s waiting ACK from {{IP:192.0.2.16}}, retry 1/3
[{{DATE:2024-06-04 11:03:16}}] !! timeout, retry 2/3
[{{DATE:2024-06-04 11:03:17}}] <- {{IP:192.0.2.16}}  MSA|AR|QRL-0041208|duplicate control id
[{{DATE:2024-06-04 11:03:17}}] HOLD queue: QRL-0041208 ({{NAME:GURUNG^MAN BAHADUR}}, DOB {{DATE:19580101}})
[{{DATE:2024-06-04 11:05:40}}] -> {{IP:198.51.100.200}}:2575  ELR to state  MSH-10=QRL-ELR-7713  OBX 94500-6 SARS-CoV-2 RNA (neg)
[{{DATE:2024-06-04 11:05:41}}] <- {{IP:198.51.100.200}}  MSA|AA|QRL-ELR-7713
# control ids (QRL-...) are interface sequence numbers, reset each Jan 1; HL7 v2.5.1; TLS 1.2
# on-call: {{NAME:N. Petrossian}} pager {{PHONE:6120}}`,

  `TRAVEL CLINIC - POST-EXPOSURE VISIT (rabies)
{{FACILITY:Oakhurst Travel & Immunization Clinic}}    {{DATE:Fri 6/7/24}}
Pt {{NAME:Park Soo-jin}} ({{NAME:Soojin Park}} on insurance)   DOB {{DATE:3/30/2001}}   MRN {{MRN:4472250}}
Returned {{DATE:6/5}} from Indonesia. {{DATE:5/31}} bitten L forearm by macaque at {{LOCATION:Sacred Monkey Forest}}, {{LOCATION:Ubud}}, Bali. Washed w/ water only. Seen {{DATE:6/1}} at {{FACILITY:Kuta Sentral Klinik}}, {{LOCATION:Kuta}}: given rabies vaccine (Verorab) day 0 + HRIG? -> clinic card says "SAR" (equine RIG) 40 IU/kg. Card photographed and uploaded.
Had 3-dose PrEP? NO - she cancelled {{DATE:4/2}} appt ({{ID:AP-771211}}).
Plan: continue PEP per WHO/ACIP: day 3 ({{DATE:6/3}} - missed), give today (day 7) Imovax 1 mL IM deltoid, then days 14 & 28 -> {{DATE:6/14}}, {{DATE:6/28}}. No further RIG (>7 d after vaccine start).
Also herpes B virus? Macaque bite -> B virus risk low but discussed; valacyclovir 1 g tid x14d per ID (Dr. {{NAME:Acosta}} curbside).
Tdap 2019 - ok. Ins: UHC {{HEALTH_PLAN:994128830-01}}. Mother {{NAME:Kim Mi-kyung}} {{PHONE:614-555-0191}}.
Lot Imovax X1R441 exp 10/2025. Signed {{NAME:D. Marsh}} MD.`,
  `CPAP COMPLIANCE REPORT (cloud export, 30 d)   generated {{DATE:06/10/2024 06:00}}
Patient: {{NAME:Shevchuk, Mykola}}     DOB {{DATE:04/11/1951}}     Pt ID {{MRN:WSC-0044127}}
Device: AirSense 11 AutoSet   SN {{DEVICE:23241408819}}   modem IMEI {{DEVICE:35-881204-771902-6}}
DME: {{FACILITY:Keystone Home Respiratory}}, {{LOCATION:Erie}} PA, acct {{ACCOUNT:KHR-77120}}
Ordering: {{NAME:Ingrid Solberg}} MD    Sleep MD: {{NAME:V. Castellanos}} DO
Range {{DATE:05/11/2024}} - {{DATE:06/09/2024}}
Usage days >=4h      26/30 (87%)       CMS 90-day compliance window: MET
Avg usage            6 h 12 min
Median pressure      9.8 cmH2O   95th pct 12.4   Max 15.0
AHI (residual)       3.1 /h   (CA 0.8, OA 2.1, hypopnea 0.2)
Leak 95th pct        22.0 L/min  (large leak 0.4%)
Mask                 AirFit F30, medium
Comments: Pt spends summers in {{LOCATION:Lviv}}; travel adapter discussed. Son {{NAME:Dmytro}} set up wifi.
Portal: {{URL:https://care.resplink.example/pt/WSC-0044127/report?d=30}}
Humidity 4, ramp Auto. Firmware SX585-0400.`,

  `[OCR  -  formulaire de consentement manuscrit  -  confiance 58%]
CON SENTE MENT  ECLAI RE  POUR  TRANS FUSION
Je  sous signée  ,  {{NAME:Marie-Ange  Pierre - Louis}}  ,  née  le  {{DATE:9  fév rier  1931}}  a  {{LOCATION:Jac mel}}  ( Haïti )  ,
âgée  de  {{AGE:93}}  ans  ,  accep te  de  rece voir  du  sang  .
Le  méde cin  ,  Dr  {{NAME:I . Sol berg}}  ,  m'a  expli qué  les  ris ques  .
Inter prète  :  {{NAME:Wil ner  Jean - Baptiste}}  ( créole )   badge  {{ID:CVH-E- 4 4 0 1 7}}
Témoin  :  {{NAME:Nadège  Pierre-Louis}}  ( fille )   tél  {{PHONE:5 0 2 - 5 5 5 - 0 1 5 9}}
Fait  à  {{LOCATION:Louis ville}}  ,  le  {{DATE:2 5 / 0 3 / 2 0 2 4}}  .   Heure :  1 4 h 1 0
Signature  :  [ X  -  marque  ]        MRN  {{MRN:E 0 0 4 4 1 8 2 7 0}}
[page 2 blank]
indexing clerk {{NAME:jbaptiste2}} - doc type CONSENT-TXF, linked to enc {{ACCOUNT:71550312}}`,

  `MSH|^~\\&|MICRO|{{FACILITY:PELLHAM REGIONAL MEDICAL CENTER}}|EHR|MAIN|{{DATE:20240612081500}}||ORU^R01|MIC-0092215|P|2.5.1
PID|1||{{MRN:PRMC-3310442}}^^^^MR||{{NAME:OKAFOR^CHIDINMA}}||{{DATE:19951201}}|F|||{{ADDRESS:77 Ridgewood Ter}}^^{{LOCATION:Westerville}}^OH^{{ZIP:43081}}
ORC|RE|{{ID:PR-ORD-3304471}}|{{ID:PR-M24-05561}}
OBR|1|{{ID:PR-ORD-3304471}}|{{ID:PR-M24-05561}}|600-7^Bacteria identified in Blood by Culture^LN|||{{DATE:20240610223000}}|||||||||{{LICENSE:1780663412}}^{{NAME:MWANGI^TERESIA}}||||||{{DATE:20240612081200}}|||F
OBX|1|CWE|600-7^Bacteria identified^LN|1|112283007^Escherichia coli (organism)^SCT||||||F
OBX|2|ST|18864-9^Ampicillin [Susceptibility]^LN|1|R||||||F
OBX|3|ST|18906-8^Ciprofloxacin [Susceptibility]^LN|1|S||||||F
OBX|4|ST|18932-4^Cefepime [Susceptibility]^LN|1|S||||||F
OBX|5|ST|18993-6^TMP-SMX [Susceptibility]^LN|1|R||||||F
NTE|1||1 of 2 sets positive at 14 h. Gram neg rods called to RN {{NAME:Beatriz Solano}} {{DATE:06/11/2024 12:44}} by {{NAME:LF}}. Pt readmitted (malaria tx course at {{FACILITY:Pellham 5 West}}).`,

  `BED BOARD EXPORT  unit=MED-6 ({{FACILITY:Brennan 6}})  snapshot {{DATE:2024-06-13 07:00}}
bed,pt,mrn,age,sex,adm,attending,iso,lang,dispo
601A,{{NAME:HALVORSEN, Ingrid}},{{MRN:SB77120045}},{{AGE:97}},F,{{DATE:06/09}},{{NAME:Ibrahim}},,en,SNF pending {{FACILITY:Lake Calhoun Care Center}}
601B,--clean--,,,,,,,,
602A,{{NAME:ABDULLAHI, Fartun}},{{MRN:SB77120311}},58,F,{{DATE:06/11}},{{NAME:Ibrahim}},contact (MRSA),so,home
603A,{{NAME:NGUYEN, Van Hai}},{{MRN:SB77119970}},81,M,{{DATE:06/08}},{{NAME:Haugen}},,vi,home w HH
604A,{{NAME:DOE, ZULU}},{{MRN:SB77120400}},~70,M,{{DATE:06/12}},{{NAME:Haugen}},airborne r/o TB,unk,?
605A,{{NAME:TESFAYE, Abeba}},{{MRN:SB77120418}},{{AGE:90}},F,{{DATE:06/12}},{{NAME:Ibrahim}},,am,hospice eval
606A,{{NAME:ROSS, Wm}} "{{NAME:Bud}}",{{MRN:SB77118802}},76,M,{{DATE:06/05}},{{NAME:Haugen}},droplet (flu),en,home
# 604A found {{ADDRESS:Hennepin Ave & Lagoon Ave}} by MPD, no ID; Amharic? Somali? - interp trial pending
# charge RN {{NAME:Kari}} x{{PHONE:5561}}`,
  `(0008,0020) StudyDate                 DA [{{DATE:20240614}}]
(0008,0050) AccessionNumber           SH [{{ID:LFM-PX-0092}}]
(0008,0060) Modality                  CS [PX]
(0008,0080) InstitutionName           LO [{{FACILITY:PRAIRIE SMILES DENTAL}}]
(0008,0081) InstitutionAddress        ST [{{ADDRESS:3120 25th St S}}, {{LOCATION:Fargo}} ND {{ZIP:58103}}]
(0008,0090) ReferringPhysicianName    PN [{{NAME:LINDQVIST^ERIK}}]
(0008,1010) StationName               SH [PANO-01]
(0008,1030) StudyDescription          LO [PANORAMIC - DENTAL AGE ESTIMATION]
(0010,0010) PatientName               PN [{{NAME:HAKIMI^SAMIULLAH}}]
(0010,0020) PatientID                 LO [{{MRN:PSD-44120}}]
(0010,0030) PatientBirthDate          DA [{{DATE:20070101}}]
(0010,1000) OtherPatientIDs           LO [{{ID:ORR-UC-2024-7781}}]
(0010,1010) PatientAge                AS [017Y]
(0010,4000) PatientComments           LT [URM; DOB per tazkira uncertain. Demirjian / Mincer 3rd molar staging requested by case mgr {{NAME:Ana Reyes-Blum}}]
(0018,1000) DeviceSerialNumber        LO [{{DEVICE:PX-OP3D-5509182}}]
(0018,1020) SoftwareVersions          LO [CLINIVIEW 11.2]
(0040,0275) RequestAttributesSequence (1 item)
  (0040,1001) RequestedProcedureID    SH [{{ID:RP-PX-0092}}]
impression (dictated {{DATE:6/14/24}} {{NAME:M. Olafsson}}, DDS): 3rd molars 38/48 at Mincer stage F-G -> est. age 16-19. Cannot exclude >18. Foster home {{FACILITY:Red River Youth Haven}}.`,

  `POST {{URL:https://ehr-api.callowayvalley.example/fhir/R4/Patient/_search}}  body: family=nguy*&birthdate=le1935
{"resourceType":"Bundle","type":"searchset","total":4,"entry":[
 {"fullUrl":"{{URL:https://ehr-api.callowayvalley.example/fhir/R4/Patient/pt-8841207}}",
  "resource":{"id":"{{ID:pt-8841207}}","name":[{"text":"{{NAME:Nguyen Thi Lan}}"}],"birthDate":"{{DATE:1931-05-02}}","address":[{"city":"{{LOCATION:Louisville}}","postalCode":"{{ZIP:40211}}"}]}},
 {"fullUrl":"{{URL:https://ehr-api.callowayvalley.example/fhir/R4/Patient/pt-8840015}}",
  "resource":{"id":"{{ID:pt-8840015}}","name":[{"text":"{{NAME:Nguyen Van Tho}}"}],"birthDate":"{{DATE:1928-12-24}}","deceasedDateTime":"{{DATE:2023-11-02T04:10:00Z}}"}},
 {"fullUrl":"{{URL:https://ehr-api.callowayvalley.example/fhir/R4/Patient/pt-8839122}}",
  "resource":{"id":"{{ID:pt-8839122}}","name":[{"text":"{{NAME:Nguyen-Wright, Evelyn}}"}],"birthDate":"{{DATE:1934-07-19}}","telecom":[{"value":"{{EMAIL:evelyn.nw@oldmail.example}}"}]}},
 {"fullUrl":"{{URL:https://ehr-api.callowayvalley.example/fhir/R4/Patient/pt-8841500}}",
  "resource":{"id":"{{ID:pt-8841500}}","name":[{"text":"{{NAME:Nguy, Sokha}}"}],"birthDate":"{{DATE:1935-01-01}}"}}
]}
-- search run by svc_datateam for RSV vaccine outreach (age 60+ list); 1935 cut-off`,

  `TB DOT LOG - drive-up window ({{FACILITY:Columbus Public Health TB Clinic}})   week of {{DATE:6/17/24}}
pt: {{NAME:ELMI, Hodan F}}   MRN {{MRN:CPH-TB-04417}}   regimen 3HP weekly (dose #3 of 12)
pt: {{NAME:MENGISTU, Dawit}}   MRN {{MRN:CPH-TB-04398}}   regimen 4R daily M-F, wkend self
date       time   pt          obs by     vehicle / plate              notes
{{DATE:06/17}}      0805   {{NAME:Mengistu}}    {{NAME:HY}}         silver Corolla OH {{VEHICLE:JKX 4471}}        ok, no AE
{{DATE:06/18}}      0810   {{NAME:Mengistu}}    {{NAME:HY}}         same                         ok
{{DATE:06/18}}      1430   {{NAME:Elmi}}        {{NAME:HY}}         son's van OH {{VEHICLE:HNB 2093}}          dose 3 taken w/ banana; BP 146/90
{{DATE:06/19}}      0815   {{NAME:Mengistu}}    {{NAME:tw}}         borrowed truck, plate not noted   ok (came late)
{{DATE:06/20}}      --     {{NAME:Mengistu}}    --         --                           NO SHOW - called {{PHONE:614-555-0137}}, at work ({{FACILITY:Easton Warehouse DC-3}})
{{DATE:06/21}}      0800   {{NAME:Mengistu}}    {{NAME:HY}}         OH {{VEHICLE:JKX 4471}}                  ok; moved to vDOT next wk
Counts: 5/6 observed. Clinic fleet van #12 used for home visit (not pt vehicle).
RN {{NAME:Halima Yusuf}} ext {{PHONE:3317}}`,

  `UKRAINIAN ARRIVAL - PEDS WELL VISIT (U4U parolee)
{{FACILITY:Lindqvist Family Medicine}}   {{DATE:06/20/2024}}   seen by {{NAME:Britt Lindqvist}} PA-C
Pt {{NAME:Kovalenko, Artem}}   DOB {{DATE:06/06/2010}}   MRN {{MRN:SF-889133}}
With aunt {{NAME:Oksana Kovalenko}} (sponsor/guardian, POA on file); mother remains in {{LOCATION:Zaporizhzhia}}. Father deceased 2022 ({{LOCATION:Mariupol}}).
Born {{LOCATION:Mariupol}}; evacuated to {{LOCATION:Dnipro}}, then {{LOCATION:Warsaw}} 2022-2023. Arrived {{LOCATION:Fargo}} {{DATE:3/2/24}}.
School: {{FACILITY:Ben Franklin Middle School}}, 8th grade, ELL. Soccer.
Hx: shrapnel wound R thigh 2022 healed; nightmares "fewer". SDQ total 18 (borderline).
Vax: Ukr. card (translated) - BCG at birth, DTP x4, polio x4 (OPV), MMR x2, HepB x3; needs MenACWY, HPV, Tdap. HepB3 confirmed. IGRA neg ({{DATE:4/11}}).
Exam: Wt 52 kg (60th %ile), BP 112/68, Tanner 3. Vision 20/20. Scar R thigh 6 cm.
Plan: MenACWY + Tdap + HPV #1 today (lots on VIS log). Referral to {{FACILITY:Red River Child Trauma Clinic}}, ph {{PHONE:701-555-0170}}. Aunt email {{EMAIL:oksana.kov@post.example}}. Next {{DATE:12/20/24}}.`,
  `[SCANNED FAX  rcvd {{DATE:06/24/2024 16:48}}  from {{FAX:612-555-0124}}  p 1 of 3  OCR conf 64%]
{{FACILITY:HAVEN  OF  HOPE  FAMILY  SHEL TER}}
{{ADDRESS:1 9 0 2  Chica go  Ave}}  ,  {{LOCATION:Minne apolis}}  MN  {{ZIP:5 5 4 0 4}}
Ph  {{PHONE:6 1 2 - 5 5 5 - 0 1 2 5}}     Fax  {{FAX:6 1 2 - 5 5 5 - 0 1 2 4}}
TO :  {{FACILITY:St  Bren nans  Med ical  Cen ter}}  -  Refu gee  /  Immi grant  Clinic
ATTN :  Dr  {{NAME:Sam ir  Ibra him}}  ?  or  nurse  {{NAME:Kari}}
RE :  Res ident  {{NAME:Ab dullahi ,  Fart un}}  ,  DOB  {{DATE:0 3 / 0 3 / 1 9 6 6}}  ,  and  her  grand son  {{NAME:Ayaan}}  ( 8 )
Mes sage :  {{NAME:Fartun}}  was  dis charged  from  your  {{FACILITY:Brennan  6}}  on  {{DATE:6 / 1 4}}  with  MRSA  wound  care  orders .  Shel ter  staff  can  not  do  dress ing  changes  .  Please  send  home  health  or  clinic  appt .  She  has  no  phone ;  call  case  mgr  {{NAME:Leticia  Huerta}}  at  {{PHONE:6 1 2 - 5 5 5 - 0 1 8 0}}  or  {{EMAIL:lhuerta@havenofhope.example}}
Also  grand son  needs  school  physical  for  {{FACILITY:Whittier  Inter national  Elemen tary}}  .
[p2-3: medication list, hand written, partly illegible]`,

  `IDENTITY PROOFING LOG  - new patient registration  {{FACILITY:Calloway Valley Hospital}} Financial Counseling
session {{ID:IDP-24-066120}}   started {{DATE:2024-06-25 13:05:11}}   counselor {{NAME:rgaines}}   ws {{IP:198.51.100.33}}
applicant          {{NAME:BARAKAT, YOUSEF}}
dob                {{DATE:1982-04-09}}
ssn (self-report)  {{SSN:651-22-0873}}   -> SSA verify: MATCH
alt id             Jordanian passport {{ID:N0994127}} / EAD card {{ID:SRC2401188220}}
photo              {{PHOTO:IDP-066120-face.jpg}} captured, liveness PASS
face match         vs passport photo {{PHOTO:IDP-066120-doc.jpg}}: 0.97
fingerprint        R index template {{BIOMETRIC:FP-RI-0066120-A}} enrolled (for charity-care re-verification)
address            {{ADDRESS:660 Brownsboro Rd, Apt 3}}, {{LOCATION:Louisville}} KY {{ZIP:40206}}
employer           {{FACILITY:Derby City Auto Body}} (since {{DATE:02/2024}})
household          spouse {{NAME:Rania Al-Khatib}} ({{SSN:651-22-0912}}), children {{NAME:Omar}} and {{NAME:Lina}}
result             charity care tier 2 approved; KCHIP referral for kids; acct {{ACCOUNT:CVH-FA-7713204}}
ended {{DATE:2024-06-25 13:41:57}}`,

  `STAGO STA-R Max  S/N {{DEVICE:STA-R-20771}}   COAG REPORT
Run {{DATE:06/26/2024 05:40}}     Tech {{NAME:BSOLANO}}
Sample  {{ID:SB-C24-088120}}   Pt {{MRN:SB77120045}}   {{NAME:HALVORSEN, INGRID M}}
DOB {{DATE:11/19/1926}}   Age {{AGE:97}}   Loc {{FACILITY:BRENNAN 6}} 601A
TEST          RESULT    UNIT     REF            FLAG
PT            31.8      sec      11.9-14.5      H
INR           3.4                0.9-1.1        H   (goal 2.0-3.0)
aPTT          38        sec      25-37          H
Fibrinogen    412       mg/dL    200-450
D-dimer       1.9       ug/mL FEU  <0.50        H
Reagent lots: Neoplastine CI+ 253711, CK-Prest 251048 (ISI 1.28)
Comment: INR above goal on warfarin 3 mg. Home INR meter CoaguChek XS S/N {{DEVICE:UZ04471209}} reading {{DATE:6/25}} was 2.9 (daughter {{NAME:Solveig}} checked).
Notified Dr. {{NAME:Ibrahim}} {{DATE:06/26/24 06:10}} by {{NAME:B. Solano}}; plan hold x1, recheck {{DATE:6/28}}.`,

  `vDOT PLATFORM - SMS & VIDEO EVENTS   program={{FACILITY:Columbus Public Health TB Clinic}}   pt {{NAME:MENGISTU, Dawit}} ({{MRN:CPH-TB-04398}})
{{DATE:2024-06-24 06:30:00}}  SMS -> {{PHONE:614-555-0137}}  "Good morning {{NAME:Dawit}}, time for your 4R dose. Record here: {{URL:https://vdot.example/u/k7P2xQ}}"
{{DATE:2024-06-24 06:52:41}}  VIDEO upload {{ID:vid-9920114}} 41 s   device Android, app 3.8.1, ip {{IP:203.0.113.150}}
{{DATE:2024-06-24 09:15:03}}  REVIEW {{NAME:hyusuf}}: dose observed, 2 caps rifampin 300 mg, no AE
{{DATE:2024-06-25 06:30:00}}  SMS -> {{PHONE:614-555-0137}}  reminder, link {{URL:https://vdot.example/u/m3Wz8R}}
{{DATE:2024-06-25 11:00:00}}  ESCALATION no upload 4.5 h -> call task to {{NAME:tw}}
{{DATE:2024-06-25 11:20:18}}  CALL note: pt at shift in {{LOCATION:Groveport}}, phone died; took dose 0700 per pt; wife {{NAME:Meron}} confirms ({{PHONE:614-555-0152}}). Counted SELF-REPORT.
{{DATE:2024-06-26 06:30:00}}  SMS -> {{PHONE:614-555-0137}}  reminder, link {{URL:https://vdot.example/u/Qp40nd}}
{{DATE:2024-06-26 06:41:09}}  VIDEO upload {{ID:vid-9920388}} 37 s, ip {{IP:203.0.113.150}}
adherence 28 d: 26/28 (93%). Amharic UI enabled. LFTs {{DATE:6/21}}: ALT 22.`,

  `IMMIGRATION MEDICAL EXAM - FAMILY REUNIFICATION (IR-5 parent)  -- summary for receiving PCP
Panel site: {{FACILITY:Horn Medical Panel Clinic}}, {{LOCATION:Djibouti City}}, Djibouti
Applicant: {{NAME:AL-HAJRI, Saleh Abdullah}}   DOB: year only on passport (1933); USCIS lists {{DATE:01/01/1933}}   Age {{AGE:91}}
Passport (YE) {{ID:05518822}}   NVC case {{ID:SNA2023771204}}   born {{LOCATION:Taiz}}, Yemen; fled to {{LOCATION:Obock}} 2017
Petitioner: son {{NAME:Abdulrahman Al-Hajri}} (USC), {{ADDRESS:2230 Nicollet Ave, #5}}, {{LOCATION:Minneapolis}} MN {{ZIP:55404}}, {{PHONE:612-555-0129}}
Exam {{DATE:03/04/2024}} by Dr. {{NAME:Aden Robleh}}. Visa issued {{DATE:05/30/2024}}; arrived {{DATE:06/21/2024}}.
Findings: CXR old healed granulomas, sputum smear/culture x3 neg -> Class B1 TB. HTN (BP 164/88). Cataract OU, VA 20/200. Mild cognitive impairment (MMSE 22/30, Arabic). Khat use hx, quit.
Vaccines: Td, MMR waived (born before 1957), influenza given, pneumococcal not required.
Needs: B1 f/u within 30 d, eye referral, geriatric eval. Medicaid applied {{DATE:6/24}} - pending ID {{HEALTH_PLAN:MN-MA-77120988}}.
Grandson {{NAME:Khaled}} will bring him; prefers morning appts.`,
];

export const HELDOUT_REALISTIC_108_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout108-${i + 1}`, n));
