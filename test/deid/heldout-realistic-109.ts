// A hundred-and-ninth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; IP addresses come from the
// documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places used
// only as LOCATION). Its theme is machine records passing between systems, as an interface analyst or
// a data team sees them, each note one record or a short analyst note around one: HL7 v2 ADT (A01,
// A02, A03, A04, A08, A11, A28, A31, A40 with MRG), ORU (lab, microbiology, pathology, device
// interrogation, POCT, home monitoring), MDM (T02/T06 with TXA and OBX|TX lines), SIU (S12, S14, S15
// with SCH, AIG, AIL) and DFT (P03 with FT1, GT1) messages with MSH, EVN, PID, PD1, NK1, PV1, ACC, IN1,
// GT1, ORC, OBR, OBX, NTE, SCH, AIG, AIL and MRG segments, the separators | ^ ~ & and escape
// sequences such as \T\, \S\ and \.br\, names written LAST^FIRST^MIDDLE, addresses written
// STREET^^CITY^ST^ZIP, phones written ^PRN^PH^^1^AAA^NNNNNNN and e-mail in ^NET^Internet^; X12 EDI
// 270/271/837P/837I/835 interchanges (ISA, GS, ST, BHT, HL, NM1, N3, N4, DMG, REF, PER, CLM, CLP, SVC,
// DTP with D8 and RD8 dates); C-CDA XML fragments (recordTarget, patientRole, name/given/family,
// birthTime, addr, telecom tel: and mailto:, author, custodian, representedOrganization); FHIR JSON
// resources and bundles (Patient, Encounter, Observation, Practitioner, PractitionerRole, Device,
// Coverage) with identifier systems and values; NCPDP SCRIPT NewRx, RxRenewal, CancelRx and RxFill
// fragments; PACS and modality worklist rows; LIS result export rows; master patient index
// duplicate-review and link/unlink reports; interface error queues with message ids and NAKs; and EHR
// access-audit CSV lines with timestamps, user logins built from names, workstation names and client
// IPs, with portal-access logs, DICOM header dumps, critical-call, send-out and result-correction
// logs, biometric check-in kiosk logs and warehouse SQL output; plus the tickets, e-mails and notes
// analysts write around them.
// Look-alikes that are not PHI, which it contains: segment and field names (MSH-10, PID-3, PID-18,
// PV1-19, OBX-5, OBX-18, IN1-36, NM109, CLM01), message control ids, ISA/GS/ST control numbers,
// BHT reference ids, TRN trace and check numbers, trading-partner and submitter ids and NCPDP
// MessageIDs, HL7 versions (2.3, 2.5.1, 2.7), X12 versions (005010X279A1, 005010X222A1), event
// and message types (A04, A08, R01, T02, S12, P03), processing ids (P, T), acknowledgement codes (AA,
// AE, AR), application names and interface engines (Epic, Cerner, Meditech, Sunquest, Rhapsody,
// Cloverleaf, Mirth, Corepoint), route and channel names, AE titles, workstation names, payer names
// and payer ids, BIN and PCN numbers, group numbers, LOINC, SNOMED CT, CPT, HCPCS, ICD-10-CM, NDC,
// RxNorm and CVX codes, OIDs such as 2.16.840.1.113883.x, FHIR code-system and identifier-system
// URIs, units and reference ranges, abnormal flags, result and order statuses, CARC/RARC codes,
// amounts, place-of-service and revenue codes, device models, analyzer, meter, kiosk and station
// names, DICOM tags and modalities, CLIA numbers, strip and implant lot numbers and their expiry
// dates, GS1 device identifiers, firmware and app versions, environment names (PRD, TST, TRN),
// rooms, beds and chairs, an age bucket (90+), eponyms and scores (Nottingham grade, Ottawa ankle
// rules, CURB-65, MoCA, Fellegi-Sunter), a biopsy clock position (2:00), match scores, clock times
// alone, years alone, states and countries.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-22 final engine
// (53b0dfe) 0.9370 / 0.8857; pass-23 engine before reading it
// (556d6b6) 0.9435 / 0.8913; then read in pass 23, whose rules took it to 0.9741 / 0.8944 (9420f77).
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
// Added for the machine records of this set: a name written as HL7 or DICOM components
// (LAST^FIRST^MIDDLE, DOE^JANE) is one NAME span over its components and the carets between them,
// while empty trailing components, degrees, suffix-like credentials and title components (MD, RN,
// DR) stay outside; in X12 each name element of NM1 (last, first, middle) and the PER contact name
// is its own span, and in XML and JSON each given and family value is its own span. An HL7 street
// and its unit component are one ADDRESS span (12 Elm St^Apt 4B); the city is LOCATION, the ZIP or
// a postal code abroad is ZIP, and the state, country code and address type are not PHI. In an HL7
// phone (^PRN^PH^^1^406^5550187) the area code and local number with the caret between are one
// PHONE span (FAX when the equipment type is FX), with use code, equipment type and country code
// outside; a tel: or mailto: scheme stays outside the PHONE or EMAIL span, while a +1 written in a
// tel: URI is inside. Dates in machine forms are DATE: YYYYMMDD, YYYYMMDDHHMM[SS][.S][+/-ZZZZ]
// (the offset inside), ISO 8601 with time, fraction and offset or Z, the six-digit ISA09 date, and
// an X12 RD8 range (20240301-20240305) as one span; the ISA10 or GS05 time alone is not. Sending
// and receiving facilities (MSH-4, MSH-6), the facility component of PV1-3, an assigning authority
// that names an institution, OBX-23 performing organisations, X12 billing, rendering and service
// facility organisation names, C-CDA custodian and representedOrganization names and NCPDP
// pharmacy names are FACILITY; application, engine, route, payer and AE-title names and payer ids
// are not PHI. PID-2, PID-3, MRG-1, REF*EA, enterprise MPI ids (EUID), DICOM Patient IDs and
// C-CDA or FHIR MR identifiers are MRN; PID-18, the PV1-19 visit number, GT1 guarantor numbers,
// CLM01 patient control numbers, CLP01 and CLP07 claim numbers and statement numbers are ACCOUNT;
// IN1-36 policy numbers, X12 MI member ids, MBIs, Medicaid ids and NCPDP CardholderIDs are
// HEALTH_PLAN, while group numbers (IN1-8, REF*6P, GroupID) are not PHI; PID-20 driver's licences,
// NPIs in XCN components, NM109 XX and NCPDP, DEA and state licence numbers are LICENSE; placer and
// filler order numbers, accession numbers, SCH appointment ids, REF*G1 prior authorizations, Rx
// reference and prescriber order numbers, scheduled procedure step and requested procedure ids,
// ticket and incident numbers, FHIR Patient and Practitioner logical ids and a patient's urn:uuid
// are ID, while message control ids and bundle-local labels (obs-1, enc-1) are not PHI; OBX-18
// equipment instance ids and any serial of a device worn by or implanted in the patient are DEVICE;
// an HL7 or FHIR age value over 89 is AGE; in access-audit lines a user login built from a name
// (jmorrow2, DKOWALCZ) is NAME, a numeric employee or badge number is ID, a workstation name is not
// PHI and a client IP is IP; FHIR code-system and identifier-system URIs (http://loinc.org,
// http://hl7.org/fhir/sid/us-npi) are not PHI, while any other web address (portal links, endpoints,
// personal pages) is URL; an SSN shown only by its last four digits after a mask (XXX-XX-4471) is an
// SSN span over the digits shown.
// Written by a helper that read only the README's types and guideline, set 72's header and
// `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES: string[] = [
  `MSH|^~\\&|EPICADT|{{FACILITY:LARKMOOR RMC}}|RHAPSODY|{{FACILITY:LARKMOOR RMC}}|{{DATE:20240317142233-0600}}||ADT^A04^ADT_A01|LRMC0317A0041|P|2.5.1|||AL|NE
EVN|A04|{{DATE:20240317142200}}|||{{NAME:TRUJILLO^MARISOL}}
PID|1||{{MRN:884120}}^^^{{FACILITY:LRMC}}^MR~{{SSN:531-72-9048}}^^^USSSA^SS||{{NAME:KOWALCZYK^DOROTA^JADWIGA}}||{{DATE:19470321}}|F|||{{ADDRESS:4471 Larkspur Ct}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}^USA^H||^PRN^PH^^1^{{PHONE:406^5550187}}~^NET^Internet^{{EMAIL:dkowalczyk47@bigskymail.net}}|||M||{{ACCOUNT:9100448120}}|{{SSN:531-72-9048}}|{{LICENSE:0471947021}}^MT
NK1|1|{{NAME:KOWALCZYK^TOMASZ}}|SPO^Spouse|{{ADDRESS:4471 Larkspur Ct}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}|^PRN^PH^^1^{{PHONE:406^5550188}}||EC^Emergency Contact
PV1|1|E|ED^14^A^{{FACILITY:LRMC}}||||{{LICENSE:1487620395}}^{{NAME:OYELARAN^TEMI^A}}^^^^MD^^^NPI|||EMR||||7|||||{{ACCOUNT:V00418827}}|||||||||||||||||||||||||{{DATE:202403171422}}
IN1|1|BCMT-PPO|00770|BLUE CROSS BLUE SHIELD OF MONTANA|||||MT44710|||||||{{NAME:KOWALCZYK^TOMASZ}}|02^Spouse|{{DATE:19450630}}||||||||||||||||||{{HEALTH_PLAN:XJH884120501}}`,
  `Ticket {{ID:INC0048817}} - A08 name update not reaching PACS
Reported by {{NAME:Renata Solis}} (HIM) {{DATE:03/18/2024}} 09:10. Pt legally changed surname; registration updated in Epic, PACS still shows old name. Traced msg LRMC0318A0112 in Rhapsody:

PID|1||{{MRN:884133}}^^^{{FACILITY:LRMC}}^MR||{{NAME:ABERNATHY-LOWE^CASSIDY^R}}^^^^^^L~{{NAME:LOWE^CASSIDY^R}}^^^^^^M||{{DATE:19880912}}|F|||{{ADDRESS:209 W Babcock St^Unit 6}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}||^PRN^CP^^1^{{PHONE:406^5553302}}
PV1|1|N

Route ADT_TO_PACS filters on PV1-2 in (I,O,E); this A08 came with PV1-2 = N (no visit) so it was filtered, not errored. Alias in PID-5 rep 2 (name type M) looks right. Fix: add N to the filter, resend from the archive. Resent {{DATE:2024-03-18 11:42}} by {{NAME:gk}}; PACS (AE title LRMC_PACS01) confirmed new name on accession {{ID:LRA24-0031877}}. {{NAME:Cassidy}} called HIM again at 13:05 to confirm her portal also shows the new name - yes. Closing. -{{NAME:GK}}/{{NAME:rs}}`,
  `MSH|^~\\&|SUNQUEST|{{FACILITY:QUILLFIELD LAB}}|EPIC|{{FACILITY:HARROWGATE CH}}|{{DATE:20240402061544}}||ORU^R01|QF0402061544118|P|2.5.1
PID|1||{{MRN:H2290417}}^^^{{FACILITY:HCH}}^MR||{{NAME:MBEKI^THANDIWE^N}}||{{DATE:19310614}}|F|||{{ADDRESS:88 Cider Mill Rd}}^^{{LOCATION:Keene}}^NH^{{ZIP:03431}}
PV1|1|I|3N^307^B^{{FACILITY:HCH}}||||{{LICENSE:1952371180}}^{{NAME:HALVORSEN^PIETER}}^^^^MD^^^NPI|||||||||||{{ACCOUNT:40029981}}
ORC|RE|{{ID:ORD7714402}}|{{ID:QF24-093-1187}}
OBR|1|{{ID:ORD7714402}}|{{ID:QF24-093-1187}}|58410-2^CBC panel^LN|||{{DATE:202404020530}}||||||||{{LICENSE:1952371180}}^{{NAME:HALVORSEN^PIETER}}^^^^MD||||||{{DATE:202404020611}}||HM|F
OBX|1|NM|6690-2^WBC^LN||13.8|10*3/uL|4.0-10.5|H|||F|||{{DATE:202404020609}}||{{NAME:PRATT^JOLENE}}||||||{{FACILITY:Quillfield Laboratories}}
OBX|2|NM|718-7^Hemoglobin^LN||8.9|g/dL|11.7-15.5|L|||F
OBX|3|NM|777-3^Platelets^LN||141|10*3/uL|150-400|L|||F
OBX|4|NM|30525-0^Age^LN||{{AGE:92}}|a||||F
NTE|1|L|Smear reviewed, no blasts. Pt {{AGE:92}}yo per order comment, Hgb down from 10.1 on {{DATE:3/29}}. Called to RN {{NAME:Keisha}} 3N at 0615, read back OK. -{{NAME:JP}}`,
  `MSH|^~\\&|DRAGON_TX|{{FACILITY:ST ODILE HOSP}}|CERNER|{{FACILITY:ST ODILE HOSP}}|{{DATE:20240221163012}}||MDM^T02|SOH55120873|P|2.5.1
EVN|T02|{{DATE:20240221163012}}
PID|1||{{MRN:SO-0557218}}^^^{{FACILITY:SOH}}^MR||{{NAME:DELACROIX^EMILE^R}}||{{DATE:19281103}}|M|||{{ADDRESS:1402 Rue Dauphine}}^^{{LOCATION:New Orleans}}^LA^{{ZIP:70116}}||^PRN^PH^^1^{{PHONE:504^5551977}}
PV1|1|I|5E^522^A^{{FACILITY:SOH}}||||{{LICENSE:1306629841}}^{{NAME:BROUSSARD^ANNETTE}}^^^^MD^^^NPI||||||||||||{{ACCOUNT:H77120845}}
TXA|1|DS^Discharge Summary|TX|{{DATE:20240221154500}}|{{NAME:BROUSSARD^ANNETTE}}^^^^MD||{{DATE:20240221163000}}||||{{ID:DOC-2024-0088126}}||||||AU||AV
OBX|1|TX|18842-5^Discharge summary^LN||Mr. {{NAME:Delacroix}} is a {{AGE:95}} y/o man admitted {{DATE:02/14/2024}} with CAP (RLL) and delirium.\\.br\\Treated with ceftriaxone 1 g IV q24h \\T\\ azithromycin 500 mg x3d.\\.br\\Discharged {{DATE:02/21/2024}} to {{FACILITY:Magnolia Terrace Skilled Nursing}}, {{LOCATION:Metairie}}.\\.br\\F/u Dr. {{NAME:Broussard}} clinic 2 wk; daughter {{NAME:Lisette Delacroix-Hebert}} ({{PHONE:504-555-2088}}) is HCPOA.\\.br\\CURB-65 3. Code status DNR/DNI.||||||F
OBX|2|TX|18842-5^Discharge summary^LN||Dictated by: {{NAME:AB}}/transcribed {{NAME:mtl}}||||||F`,
  `MSH|^~\\&|CADENCE|{{FACILITY:TAMSIN RIDGE HEALTH}}|CLOVERLEAF|{{FACILITY:TRH ORTHO}}|{{DATE:20240408091533}}||SIU^S12|TRH240408091533|P|2.5.1
SCH|{{ID:APT5512094}}|{{ID:APT5512094}}|||||ROUTINE^Routine|FOLLOWUP^Post-op follow up|20|MIN|^^20^{{DATE:202404231040}}^{{DATE:202404231100}}|||||{{NAME:NAKASHIMA^REI}}^^^^^^^^^^^^^^^^SCHED||||{{NAME:NAKASHIMA^REI}}|||||BOOKED
NTE|1||Needs interpreter - Portuguese. Son {{NAME:Rui}} will drive, cell {{PHONE:(541) 555-0164}}.
PID|1||{{MRN:TR10098431}}^^^{{FACILITY:TRH}}^MR||{{NAME:FERREIRA^MARIA^DA GRACA}}||{{DATE:19330505}}|F|||{{ADDRESS:77 NW Cedar Hollow Ln}}^^{{LOCATION:Bend}}^OR^{{ZIP:97703}}||^PRN^PH^^1^{{PHONE:541^5550911}}
PV1|1|O|ORTHO^^^{{FACILITY:TRH}}
RGS|1|A
AIS|1|A|99213^Office visit est^CPT|{{DATE:202404231040}}|||20|MIN
AIG|1|A|{{LICENSE:1760493318}}^{{NAME:VANTERPOOL^DESMOND}}^^^^MD|MD^Physician
AIL|1|A|{{FACILITY:TRH ORTHO}}^^^{{FACILITY:TAMSIN RIDGE ORTHOPEDICS}}^^^^^^Suite 210|CLINIC
NTE|2||Pt {{AGE:90}} yo, s/p L hip hemiarthroplasty {{DATE:3/26}}. W/C at curb.`,
  `MSH|^~\\&|MEDITECH|{{FACILITY:PINECREST BEND CLINIC}}|CHGROUTER|BILLING|{{DATE:20240311170402}}||DFT^P03|PBC0311170402|P|2.3
EVN|P03|{{DATE:20240311170402}}
PID|1||{{MRN:PB-0044716}}^^^{{FACILITY:PBC}}^MR||{{NAME:OKONKWO^CHIDI^EMEKA}}||{{DATE:19791018}}|M|||{{ADDRESS:3120 Whitetail Dr}}^^{{LOCATION:Rapid City}}^SD^{{ZIP:57702}}||^PRN^PH^^1^{{PHONE:605^5550342}}|||||{{ACCOUNT:PBA-7730215}}
PV1|1|O|FM^^^{{FACILITY:PBC}}||||{{LICENSE:1184726603}}^{{NAME:LINDQVIST^HANNA}}^^^^DO^^^NPI||||||||||||{{ACCOUNT:PBV-11803}}
FT1|1|||{{DATE:20240311}}|{{DATE:20240311}}|CG|99214^Office o/p est mod^CPT||1|||||||||E11.65^Type 2 DM with hyperglycemia^I10
FT1|2|||{{DATE:20240311}}|{{DATE:20240311}}|CG|83036^Hemoglobin A1c^CPT||1|||||||||E11.65^^I10
FT1|3|||{{DATE:20240311}}|{{DATE:20240311}}|CG|95251^CGM interp^CPT||1|||||||||E11.65^^I10
GT1|1|{{ACCOUNT:G0044716}}|{{NAME:OKONKWO^CHIDI^EMEKA}}||{{ADDRESS:3120 Whitetail Dr}}^^{{LOCATION:Rapid City}}^SD^{{ZIP:57702}}|^PRN^PH^^1^{{PHONE:605^5550342}}|^WPN^PH^^1^{{PHONE:605^5557710}}|{{DATE:19791018}}|M||SE^Self|{{SSN:468-20-7731}}||||{{FACILITY:Black Hills Aggregate Co}}
IN1|1|SDMCD|SD001|SOUTH DAKOTA MEDICAID||||||||||||{{NAME:OKONKWO^CHIDI^EMEKA}}|01^Self||||||||||||||||||||{{HEALTH_PLAN:SD7730215903}}
NTE|1||CGM transmitter SN {{DEVICE:8JG44T2K}} read in clinic, 14-day report scanned.`,
  `ISA*00*          *00*          *ZZ*133052274      *ZZ*AVAILITY       *{{DATE:240311}}*1702*^*00501*000004471*0*P*:~
GS*HS*133052274*AVAILITY*{{DATE:20240311}}*1702*4471*X*005010X279A1~
ST*270*0001*005010X279A1~
BHT*0022*13*PBC270-0311A*{{DATE:20240311}}*1702~
HL*1**20*1~
NM1*PR*2*WELLMARK BCBS SD*****PI*88500~
HL*2*1*21*1~
NM1*1P*2*{{FACILITY:PINECREST BEND CLINIC}}*****XX*{{LICENSE:1295837714}}~
HL*3*2*22*0~
TRN*1*93175-0012*9133052274~
NM1*IL*1*{{NAME:OKONKWO}}*{{NAME:CHIDI}}*{{NAME:E}}***MI*{{HEALTH_PLAN:WSD884420117}}~
REF*6P*0044710~
N3*{{ADDRESS:3120 WHITETAIL DR}}~
N4*{{LOCATION:RAPID CITY}}*SD*{{ZIP:577021145}}~
DMG*D8*{{DATE:19791018}}*M~
DTP*291*D8*{{DATE:20240311}}~
EQ*30~
EQ*MH~
SE*16*0001~
GE*1*4471~
IEA*1*000004471~

analyst ({{NAME:lb}}): resubmitted after first 270 came back AAA*N**72 (invalid member id - reg had keyed {{HEALTH_PLAN:WSD88442O117}} with a letter O). Member id corrected in IN1-36 for acct {{ACCOUNT:PBA-7730215}}; 271 now active.`,
  `ISA*00*          *00*          *ZZ*AVAILITY       *ZZ*133052274      *{{DATE:240311}}*1703*^*00501*000018823*0*P*:~
ST*271*0001*005010X279A1~
BHT*0022*11*PBC270-0311A*{{DATE:20240311}}*1703~
HL*1**20*1~
NM1*PR*2*WELLMARK BCBS SD*****PI*88500~
PER*IC**TE*8005550143~
HL*2*1*21*1~
NM1*1P*2*{{FACILITY:PINECREST BEND CLINIC}}*****XX*{{LICENSE:1295837714}}~
HL*3*2*22*0~
TRN*2*93175-0012*9133052274~
NM1*IL*1*{{NAME:OKONKWO}}*{{NAME:CHIDI}}*{{NAME:EMEKA}}***MI*{{HEALTH_PLAN:WSD884420117}}~
N3*{{ADDRESS:3120 WHITETAIL DR}}~
N4*{{LOCATION:RAPID CITY}}*SD*{{ZIP:577021145}}~
DMG*D8*{{DATE:19791018}}*M~
DTP*346*D8*{{DATE:20240101}}~
EB*1*IND*30**SILVER PPO 3000~
EB*B*IND*98***27*25~
EB*C*IND*30***23*3000*****Y~
EB*A*IND*30***27**0.2****Y~
LS*2120~
NM1*P3*1*{{NAME:LINDQVIST}}*{{NAME:HANNA}}****XX*{{LICENSE:1184726603}}~
PER*IC*{{NAME:TERESA MOENCH}}*TE*{{PHONE:6055550399}}*FX*{{FAX:6055550398}}~
LE*2120~
SE*22*0001~

Note: PCP on file with payer is Dr. {{NAME:Lindqvist}}, matches PD1-4. Deductible met YTD 1,140.00.`,
  `ST*837*0021*005010X222A1~
BHT*0019*00*PBC837-0311*{{DATE:20240312}}*0815*CH~
NM1*41*2*{{FACILITY:PINECREST BEND CLINIC}}*****46*133052274~
PER*IC*{{NAME:LYLE BRANDVOLD}}*TE*{{PHONE:6055550390}}*EM*{{EMAIL:lbrandvold@pinecrestbend.example}}~
NM1*40*2*WELLMARK BCBS SD*****46*88500~
HL*1**20*1~
NM1*85*2*{{FACILITY:PINECREST BEND CLINIC}}*****XX*{{LICENSE:1295837714}}~
N3*{{ADDRESS:1800 MOUNTAIN VIEW RD STE 4}}~
N4*{{LOCATION:RAPID CITY}}*SD*{{ZIP:577023309}}~
HL*2*1*22*0~
SBR*P*18*0044710******CI~
NM1*IL*1*{{NAME:OKONKWO}}*{{NAME:CHIDI}}*{{NAME:E}}***MI*{{HEALTH_PLAN:WSD884420117}}~
N3*{{ADDRESS:3120 WHITETAIL DR}}~
N4*{{LOCATION:RAPID CITY}}*SD*{{ZIP:577021145}}~
DMG*D8*{{DATE:19791018}}*M~
NM1*PR*2*WELLMARK BCBS SD*****PI*88500~
CLM*{{ACCOUNT:PBA7730215-01}}*212***11:B:1*Y*A*Y*Y~
DTP*431*D8*{{DATE:20240201}}~
REF*G1*{{ID:PA24-0087731}}~
REF*EA*{{MRN:PB-0044716}}~
HI*ABK:E1165*ABF:Z794~
NM1*82*1*{{NAME:LINDQVIST}}*{{NAME:HANNA}}****XX*{{LICENSE:1184726603}}~
PRV*PE*PXC*207Q00000X~
LX*1~
SV1*HC:99214*148*UN*1***1~
DTP*472*D8*{{DATE:20240311}}~
LX*2~
SV1*HC:83036*64*UN*1***1~
DTP*472*D8*{{DATE:20240311}}~
SE*29*0021~`,
  `ST*835*1001~
BPR*I*1876.4*C*CHK************{{DATE:20240329}}~
TRN*1*0012288431*1411289245~
DTM*405*{{DATE:20240328}}~
N1*PR*WELLMARK BCBS SD~
N1*PE*{{FACILITY:PINECREST BEND CLINIC}}*XX*{{LICENSE:1295837714}}~
N3*{{ADDRESS:1800 MOUNTAIN VIEW RD STE 4}}~
N4*{{LOCATION:RAPID CITY}}*SD*{{ZIP:577023309}}~
LX*1~
CLP*{{ACCOUNT:PBA7730215-01}}*1*212*148.6*25*12*{{ACCOUNT:24067B00441}}*11*1~
NM1*QC*1*{{NAME:OKONKWO}}*{{NAME:CHIDI}}*{{NAME:E}}***MI*{{HEALTH_PLAN:WSD884420117}}~
NM1*82*1*{{NAME:LINDQVIST}}*{{NAME:HANNA}}****XX*{{LICENSE:1184726603}}~
DTM*232*{{DATE:20240311}}~
SVC*HC:99214*148*103.2**1~
CAS*CO*45*44.8~
CAS*PR*3*25~
SVC*HC:83036*64*45.4**1~
CAS*CO*45*18.6~
CLP*{{ACCOUNT:PBA7730788-01}}*4*310*0*0*12*{{ACCOUNT:24067B00442}}*11*1~
NM1*QC*1*{{NAME:RED CLOUD}}*{{NAME:WINONA}}*{{NAME:J}}***MI*{{HEALTH_PLAN:WSD551093384}}~
DTM*232*{{DATE:20231104}}~
CAS*CO*29*310~
SE*22*1001~

--{{NAME:lb}}: CARC 29 (timely filing) on the {{NAME:Red Cloud}} claim. Clearinghouse log shows original 837 accepted {{DATE:12/01/2023}} (999 AK9*A), so appeal with the 277CA. Appeal faxed to the payer's appeals unit; copy to {{NAME:Teresa}} in Dr. {{NAME:Lindqvist}}'s office, fax {{FAX:605-555-0398}}.`,
  `<!-- CCD from {{FACILITY:Harrowgate Community Hospital}}, pulled by HIE query {{DATE:2024-04-02T10:14:07-04:00}} -->
<recordTarget>
 <patientRole>
  <id root="2.16.840.1.113883.3.4471.2.1" extension="{{MRN:770019245}}"/>
  <id root="2.16.840.1.113883.4.1" extension="{{SSN:602-18-3395}}"/>
  <addr use="HP">
   <streetAddressLine>{{ADDRESS:16 Marlow Hill Rd}}</streetAddressLine>
   <city>{{LOCATION:Peterborough}}</city><state>NH</state><postalCode>{{ZIP:03458}}</postalCode><country>US</country>
  </addr>
  <telecom use="HP" value="tel:{{PHONE:+1-603-555-0127}}"/>
  <telecom use="H" value="mailto:{{EMAIL:gwen.ashdown@granitepost.example}}"/>
  <patient>
   <name use="L"><given>{{NAME:Gwendolyn}}</given><given>{{NAME:Faye}}</given><family>{{NAME:Ashdown}}</family></name>
   <administrativeGenderCode code="F" codeSystem="2.16.840.1.113883.5.1"/>
   <birthTime value="{{DATE:19300119}}"/>
   <birthplace><place><addr><city>{{LOCATION:Halifax}}</city><country>CA</country></addr></place></birthplace>
  </patient>
  <providerOrganization>
   <id root="2.16.840.1.113883.4.6" extension="{{LICENSE:1578302266}}"/>
   <name>{{FACILITY:Harrowgate Community Hospital}}</name>
   <telecom value="tel:{{PHONE:+1-603-555-0100}}"/>
  </providerOrganization>
 </patientRole>
</recordTarget>`,
  `GET {{URL:https://fhir.mahoningridge.example/r4/Patient}}?identifier=urn:oid:2.16.840.1.113883.3.7702.1|{{MRN:E00912744}}
200 OK
{
 "resourceType": "Patient",
 "id": "{{ID:pt-5c81f2}}",
 "identifier": [
  {"type": {"coding": [{"system": "http://terminology.hl7.org/CodeSystem/v2-0203", "code": "MR"}]},
   "system": "urn:oid:2.16.840.1.113883.3.7702.1", "value": "{{MRN:E00912744}}"},
  {"system": "http://hl7.org/fhir/sid/us-ssn", "value": "{{SSN:219-66-0453}}"},
  {"system": "http://hl7.org/fhir/sid/us-mbi", "value": "{{HEALTH_PLAN:5KQ2WN8TC46}}"}
 ],
 "name": [{"use": "official", "family": "{{NAME:Szabo}}", "given": ["{{NAME:Ilona}}", "{{NAME:Margit}}"]},
          {"use": "nickname", "given": ["{{NAME:Ila}}"]}],
 "telecom": [{"system": "phone", "value": "{{PHONE:(330) 555-0162}}", "use": "home"},
             {"system": "email", "value": "{{EMAIL:ilona.szabo31@fastmail.example}}"}],
 "gender": "female",
 "birthDate": "{{DATE:1931-07-08}}",
 "address": [{"line": ["{{ADDRESS:2218 Canfield Rd Apt 4}}"], "city": "{{LOCATION:Youngstown}}", "state": "OH", "postalCode": "{{ZIP:44511}}"}],
 "contact": [{"relationship": [{"coding": [{"code": "N"}]}],
   "name": {"family": "{{NAME:Szabo-Reyes}}", "given": ["{{NAME:Kati}}"]},
   "telecom": [{"system": "phone", "value": "{{PHONE:330-555-0190}}"}]}],
 "generalPractitioner": [{"reference": "Practitioner/{{ID:prac-20417}}", "display": "{{NAME:Imre Farkas}}, MD"}],
 "managingOrganization": {"display": "{{FACILITY:Mahoning Ridge Medical Group}}"}
}`,
  `{"resourceType": "Bundle", "type": "collection", "timestamp": "{{DATE:2024-05-06T08:41:19.552Z}}", "entry": [
 {"fullUrl": "urn:uuid:{{ID:3f6d2a90-71c4-4b8e-9a21-5d0c7e44b1aa}}", "resource": {"resourceType": "Patient",
   "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.5519.2", "value": "{{MRN:4410087}}"}],
   "name": [{"family": "{{NAME:Whitfield}}", "given": ["{{NAME:Arlo}}", "{{NAME:James}}"]}], "birthDate": "{{DATE:1958-02-27}}"}},
 {"fullUrl": "enc-1", "resource": {"resourceType": "Encounter", "status": "finished", "class": {"code": "AMB"},
   "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.5519.4", "value": "{{ACCOUNT:VN20881734}}"}],
   "period": {"start": "{{DATE:2024-05-06T07:55:00-05:00}}", "end": "{{DATE:2024-05-06T08:30:00-05:00}}"},
   "serviceProvider": {"display": "{{FACILITY:Osage Prairie Family Clinic}}"}}},
 {"fullUrl": "obs-1", "resource": {"resourceType": "Observation", "status": "final",
   "code": {"coding": [{"system": "http://loinc.org", "code": "4548-4", "display": "Hemoglobin A1c"}]},
   "effectiveDateTime": "{{DATE:2024-05-06T08:02:00-05:00}}", "valueQuantity": {"value": 7.9, "unit": "%"}}},
 {"fullUrl": "prac-1", "resource": {"resourceType": "Practitioner", "id": "{{ID:prn-8812}}",
   "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "{{LICENSE:1619047732}}"}],
   "name": [{"family": "{{NAME:Castellanos}}", "given": ["{{NAME:Ruth}}"], "suffix": ["APRN"]}],
   "telecom": [{"system": "phone", "value": "{{PHONE:918-555-0133}}"}, {"system": "fax", "value": "{{FAX:918-555-0134}}"}]}}
]}`,
  `<NewRx> (MessageID 7f2c90d14e5b4c0b)
<Header><SentTime>{{DATE:2024-04-15T16:03:22.118Z}}</SentTime><PrescriberOrderNumber>{{ID:RX-55012987}}</PrescriberOrderNumber></Header>
<Patient><HumanPatient>
 <Identification><MedicalRecordIdentificationNumberEHR>{{MRN:TR10098431}}</MedicalRecordIdentificationNumberEHR></Identification>
 <Name><LastName>{{NAME:Ferreira}}</LastName><FirstName>{{NAME:Maria}}</FirstName></Name>
 <Gender>F</Gender><DateOfBirth><Date>{{DATE:1933-05-05}}</Date></DateOfBirth>
 <Address><AddressLine1>{{ADDRESS:77 NW Cedar Hollow Ln}}</AddressLine1><City>{{LOCATION:Bend}}</City><StateProvince>OR</StateProvince><PostalCode>{{ZIP:97703}}</PostalCode></Address>
 <CommunicationNumbers><PrimaryTelephone><Number>{{PHONE:5415550911}}</Number></PrimaryTelephone></CommunicationNumbers>
</HumanPatient></Patient>
<Pharmacy><BusinessName>{{FACILITY:Oxbow Pharmacy #22}}</BusinessName>
 <CommunicationNumbers><Fax><Number>{{FAX:5415550471}}</Number></Fax></CommunicationNumbers></Pharmacy>
<Prescriber><NonVeterinarian><Identification><NPI>{{LICENSE:1760493318}}</NPI><DEANumber>{{LICENSE:BV4471023}}</DEANumber></Identification>
 <Name><LastName>{{NAME:Vanterpool}}</LastName><FirstName>{{NAME:Desmond}}</FirstName></Name></NonVeterinarian></Prescriber>
<MedicationPrescribed><DrugDescription>oxycodone HCl 5 mg tablet</DrugDescription><DrugCoded><ProductCode><Code>00406055201</Code></ProductCode></DrugCoded>
 <Quantity><Value>20</Value></Quantity><Sig><SigText>1 tab PO q6h prn pain</SigText></Sig></MedicationPrescribed></NewRx>`,
  `MWL C-FIND  calling AE=CT_SCAN_2  called AE=VIA_MWL  modality=CT  sched date={{DATE:20240409}}
ACCESSION        | PATIENT ID  | PATIENT NAME              | DOB      | SEX | SPS START      | SPS ID      | REQ PHYS
{{ID:VIA240409-0113}}  | {{MRN:770019245}}   | {{NAME:ASHDOWN^GWENDOLYN^F}}      | {{DATE:19300119}} | F   | {{DATE:20240409 0830}}  | {{ID:SPS0113-1}}   | {{NAME:FARKAS^IMRE}}
{{ID:VIA240409-0118}}  | {{MRN:770021880}}   | {{NAME:PELLETIER^ROCH}}            | {{DATE:19620711}} | M   | {{DATE:20240409 0900}}  | {{ID:SPS0118-1}}   | {{NAME:OYELARAN^TEMI}}
{{ID:VIA240409-0121}}  | {{MRN:770008813}}   | {{NAME:NGUYEN^THI^HONG}}           | {{DATE:19511230}} | F   | {{DATE:20240409 0930}}  | {{ID:SPS0121-1}}   | {{NAME:FARKAS^IMRE}}
{{ID:VIA240409-0124}}  |             | {{NAME:DOE^ECHO}}                  | {{DATE:19000101}} | U   | {{DATE:20240409 0945}}  | {{ID:SPS0124-1}}   | {{NAME:HALVORSEN^PIETER}}
Procedures: CT HEAD WO (70450), CT A/P W (74177), CTA CHEST PE (71275), CT C-SPINE WO (72125).
Note ({{NAME:mh}}, PACS admin): row 4 is an ED trauma alias with the default DOB and no Patient ID, so the modality rejected it. Registration merged alias {{NAME:DOE^ECHO}} into {{MRN:770021907}} ({{NAME:BRANNIGAN^COLM}}) at 0952; MWL re-queried OK.`,
  `ACCESSION,MRN,PT_NAME,DOB,COLLECT_DT,TEST_CODE,TEST_NAME,RESULT,UNITS,REF_RANGE,FLAG,VERIFIED_BY,PERFORMING_LAB
{{ID:QF24-099-0042}},{{MRN:H2290417}},"{{NAME:MBEKI, THANDIWE N}}",{{DATE:06/14/1931}},{{DATE:2024-04-08 05:41}},2160-0,Creatinine,1.9,mg/dL,0.5-1.1,H,{{NAME:JPRATT}},{{FACILITY:Quillfield Laboratories}}
{{ID:QF24-099-0042}},{{MRN:H2290417}},"{{NAME:MBEKI, THANDIWE N}}",{{DATE:06/14/1931}},{{DATE:2024-04-08 05:41}},2823-3,Potassium,5.8,mmol/L,3.5-5.1,H,{{NAME:JPRATT}},{{FACILITY:Quillfield Laboratories}}
{{ID:QF24-099-0057}},{{MRN:H2301176}},"{{NAME:O'HALLORAN, BRIDGET}}",{{DATE:11/02/1944}},{{DATE:2024-04-08 06:10}},2345-7,Glucose,212,mg/dL,70-99,H,{{NAME:KTRAN}},{{FACILITY:Quillfield Laboratories}}
{{ID:QF24-099-0061}},{{MRN:H2288045}},"{{NAME:VASQUEZ-ORTIZ, JOAQUIN}}",{{DATE:03/19/1990}},{{DATE:2024-04-08 06:22}},5902-2,PT,13.1,sec,11.0-13.5,,{{NAME:KTRAN}},{{FACILITY:Quillfield Laboratories}}
{{ID:QF24-099-0061}},{{MRN:H2288045}},"{{NAME:VASQUEZ-ORTIZ, JOAQUIN}}",{{DATE:03/19/1990}},{{DATE:2024-04-08 06:22}},6301-6,INR,1.0,,0.9-1.1,,{{NAME:KTRAN}},{{FACILITY:Quillfield Laboratories}}`,
  `EMPI DUPLICATE REVIEW  task {{ID:DUP-2024-004471}}  run {{DATE:2024-04-10 02:00}}  algorithm PROB-v3  score 0.91 (auto-link >= 0.95, review 0.82-0.95)
FIELD            RECORD A                          RECORD B
EUID             {{MRN:E-100447821}}                      {{MRN:E-100902236}}
Source/MRN       {{FACILITY:LRMC}} {{MRN:884120}}                       {{FACILITY:Gallatin Ridge Urgent Care}} {{MRN:GR-31177}}
Name             {{NAME:KOWALCZYK, DOROTA J}}              {{NAME:KOWALCZYK, DORATA}}
DOB              {{DATE:1947-03-21}}                        {{DATE:1947-03-12}}
SSN              XXX-XX-{{SSN:9048}}                       (blank)
Address          {{ADDRESS:4471 LARKSPUR CT}}, {{LOCATION:BOZEMAN}} MT {{ZIP:59715}}   {{ADDRESS:4471 LARKSPUR COURT}}, {{LOCATION:BOZEMAN}} MT {{ZIP:59715}}
Phone            {{PHONE:406-555-0187}}                      {{PHONE:406-555-0187}}
Palm-vein        {{BIOMETRIC:PVT-00882194}}                      not enrolled
Photo            {{PHOTO:fp_884120_20220914.jpg}}              none
Reviewer: {{NAME:S. Soto}} ({{NAME:ssoto}})  decided {{DATE:2024-04-10 09:22}}  MATCH - same person. DOB transposed (21 vs 12) at urgent care, first name typo, same address/phone; palm-vein scan at {{FACILITY:LRMC}} kiosk is hers. Linked under {{MRN:E-100447821}}; notified UC registration lead {{NAME:Andrea Pike}} ({{EMAIL:apike@gallatinridgeuc.example}}) to fix DOB at source.`,
  `Corepoint Monitor | queue ORU_IN_ERR | host ifc-prod-02 | 4 msgs in error | exported {{DATE:2024-04-09T07:15:40-04:00}}
MSG ID            RECEIVED              SOURCE                  ERROR
QF0409060211087   {{DATE:2024-04-09 06:02:11}}   {{IP:198.51.100.41}}:6661      PID-3 {{MRN:H2290471}} not found; nearest {{MRN:H2290417}} ({{NAME:MBEKI^THANDIWE}})
QF0409060544102   {{DATE:2024-04-09 06:05:44}}   {{IP:198.51.100.41}}:6661      OBR-2 placer {{ID:ORD7715530}} not on file (order cancelled {{DATE:04/08}})
QF0409061003115   {{DATE:2024-04-09 06:10:03}}   {{IP:198.51.100.41}}:6661      PID-7 {{DATE:19440230}} invalid date, pt {{NAME:O'HALLORAN^BRIDGET}}
QF0409064419133   {{DATE:2024-04-09 06:44:19}}   {{IP:203.0.113.18}}:7004       MSH-12 2.3 expected 2.5.1 (POCT gateway)

Actions ({{NAME:D. Achterberg}}, interface team):
1) Msg 1: Sunquest keyed MRN with digits swapped; lab ({{NAME:Jolene Pratt}}, {{PHONE:x4417}}) corrected and resent.
2) Msg 2: reflex result on cancelled order, routed to Dr. {{NAME:Halvorsen}}'s in-basket as unsolicited.
3) Msg 3: DOB in LIS = {{DATE:19440203}}? asked HIM to verify against reg.
4) Msg 4: POCT gateway upgraded last night, ticket {{ID:CHG0031902}} opened with vendor.`,
  `event_time,user_login,user_name,emp_no,workstation,client_ip,action,patient_mrn,patient_name,reason
{{DATE:2024-03-17T14:31:02-06:00}},{{NAME:omorrow2}},"{{NAME:MORROW, OWEN}}",{{ID:E104417}},WS-ED-TRIAGE-03,{{IP:198.51.100.23}},CHART_OPEN,{{MRN:884120}},"{{NAME:KOWALCZYK, DOROTA}}",TREATMENT
{{DATE:2024-03-17T14:33:47-06:00}},{{NAME:omorrow2}},"{{NAME:MORROW, OWEN}}",{{ID:E104417}},WS-ED-TRIAGE-03,{{IP:198.51.100.23}},NOTE_VIEW,{{MRN:884120}},"{{NAME:KOWALCZYK, DOROTA}}",TREATMENT
{{DATE:2024-03-17T15:02:18-06:00}},{{NAME:kowalczt}},"{{NAME:KOWALCZYK, TOMASZ}}",{{ID:E088215}},WS-4W-PHARM-01,{{IP:198.51.100.77}},BTG_CHART_OPEN,{{MRN:884120}},"{{NAME:KOWALCZYK, DOROTA}}",BTG:family request
{{DATE:2024-03-17T15:02:55-06:00}},{{NAME:kowalczt}},"{{NAME:KOWALCZYK, TOMASZ}}",{{ID:E088215}},WS-4W-PHARM-01,{{IP:198.51.100.77}},RESULTS_VIEW,{{MRN:884120}},"{{NAME:KOWALCZYK, DOROTA}}",BTG:family request
privacy ({{NAME:rs}}): employee {{NAME:kowalczt}} is pt's spouse (NK1-2) and a pharmacy tech; break-the-glass into spouse chart is a policy violation. Referred to Privacy Officer {{NAME:Lorraine Giddings}}, case {{ID:PRV-24-0119}}.`,
  `MSH|^~\\&|EPICADT|{{FACILITY:LARKMOOR RMC}}|RHAPSODY|ALL|{{DATE:20240316232904-0600}}||ADT^A01^ADT_A01|LRMC0316A0398|P|2.5.1
EVN|A01|{{DATE:20240316232900}}
PID|1||{{MRN:884251}}^^^{{FACILITY:LRMC}}^MR||{{NAME:STAVROS^NIKOLAOS^P}}||{{DATE:19840209}}|M|||{{ADDRESS:58 Bridger Canyon Rd}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}||^PRN^CP^^1^{{PHONE:406^5556612}}|||S||{{ACCOUNT:9100448251}}|||{{LICENSE:1884090215}}^MT
PV1|1|I|TICU^04^A^{{FACILITY:LRMC}}|E||||||TRA||||1|||{{LICENSE:1740218836}}^{{NAME:ACHEBE^NGOZI}}^^^^MD^^^NPI||{{ACCOUNT:V00419102}}|||||||||||||||||||||||||{{DATE:202403162240}}
ACC|{{DATE:202403162150}}|MV^Motor vehicle accident^HL70050|{{ADDRESS:US-191 mile marker 47}}, {{LOCATION:Gallatin Canyon}}|MT|Y||
OBX|1|TX|ACCNOTE^Accident note^L||Restrained driver, single vehicle rollover. 2017 Toyota Tacoma, MT plate {{VEHICLE:16-4427C}}, VIN {{VEHICLE:3TMCZ5AN7HM061532}}.\\.br\\MHP Trooper {{NAME:Dale Hanlon}}, case {{ID:MHP-24-03-1177}}, requested legal BAC draw at 2315.\\.br\\Belongings incl. wallet w/ license given to brother {{NAME:Yannis}} ({{PHONE:406-555-6650}}).||||||F
IN1|1|MTMCD|MT01|MONTANA MEDICAID||||||||||||{{NAME:STAVROS^NIKOLAOS^P}}|01^Self||||||||||||||||||||{{HEALTH_PLAN:MT88425100}}`,
  `MSH|^~\\&|PACEART|{{FACILITY:CEDAR HOLLOW HEART}}|EPIC|{{FACILITY:CEDAR HOLLOW HEART}}|{{DATE:20240502103318}}||ORU^R01|PA240502103318|P|2.5.1
PID|1||{{MRN:CH0061204}}^^^{{FACILITY:CHH}}^MR||{{NAME:GUNDERSEN^BJORN^TORVALD}}||{{DATE:19320417}}|M|||{{ADDRESS:RR 2 Box 118}}^^{{LOCATION:Ellendale}}^ND^{{ZIP:58436}}||^PRN^PH^^1^{{PHONE:701^5550273}}
OBR|1|{{ID:RMT-448102}}||REMOTE^ICD remote interrogation^L|||{{DATE:20240502021500}}||||||||{{LICENSE:1427760391}}^{{NAME:OSEI^KWAME}}^^^^MD
OBX|1|CWE|MDC_IDC_DEV_TYPE^Device type^MDC||ICD_DUAL^Dual chamber ICD||||||F
OBX|2|ST|MDC_IDC_DEV_MODEL^Model^MDC||DDMB2D4||||||F
OBX|3|ST|MDC_IDC_DEV_SERIAL^Serial^MDC||{{DEVICE:BWB228817H}}||||||F
OBX|4|DTM|MDC_IDC_DEV_IMPLANT_DT^Implant date^MDC||{{DATE:20190611}}||||||F
OBX|5|NM|MDC_IDC_MSMT_BATTERY_REMAINING_LONGEVITY^Longevity^MDC||4.2|a||||||F
OBX|6|NM|MDC_IDC_MSMT_LEADCHNL_RV_IMPEDANCE^RV impedance^MDC||456|Ohm||||F
OBX|7|NM|MDC_IDC_STAT_EPISODE_VT_COUNT^VT episodes^MDC||2|{#}||||F
OBX|8|ST|LEAD_SERIAL^RV lead serial^L||{{DEVICE:LFJ604221V}}||||||F
NTE|1||2 VT episodes {{DATE:4/27}} 0344, both terminated by ATP, no shocks. Pt {{AGE:92}}. Home monitor {{DEVICE:MC-7731094}} transmitting from {{LOCATION:Ellendale}} OK. Called daughter {{NAME:Ingrid}} - pt asymptomatic, will keep {{DATE:5/14}} clinic visit. -{{NAME:KO}}/{{NAME:tw}}`,
  `MSH|^~\\&|EMPI|{{FACILITY:LRMC}}|RHAPSODY|ALL|{{DATE:20240410093012-0600}}||ADT^A40^ADT_A39|EMPI0410093012|P|2.5.1
EVN|A40|{{DATE:20240410093012}}|||{{NAME:ssoto}}^{{NAME:SOTO^SELENA}}
PID|1||{{MRN:884120}}^^^{{FACILITY:LRMC}}^MR~{{MRN:E-100447821}}^^^EMPI^PI||{{NAME:KOWALCZYK^DOROTA^JADWIGA}}||{{DATE:19470321}}|F|||{{ADDRESS:4471 Larkspur Ct}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}
MRG|{{MRN:GR-31177}}^^^{{FACILITY:GRUC}}^MR~{{MRN:E-100902236}}^^^EMPI^PI||||||{{NAME:KOWALCZYK^DORATA}}

Downstream ACKs for the merge:
 PACS (VIA_MWL)      MSA|AA|EMPI0410093012
 LIS (Sunquest)      MSA|AA|EMPI0410093012
 Dental (Dentrix)    MSA|AR|EMPI0410093012|A40 not supported
 Portal (MyChart)    MSA|AA|EMPI0410093012

Dentrix does not take A40, so the urgent care dental chart under {{MRN:GR-31177}} has to be merged by hand. Asked {{NAME:Petra Lindgren}} (dental front desk, ext {{PHONE:4410}}) to do it before the pt's {{DATE:4/16}} cleaning. Also {{NAME:Dorota}}'s old UC portal login ({{EMAIL:dorotak1947@bigskymail.net}}) needs deactivating - sent to portal team. -{{NAME:DA}}`,
  `MSH|^~\\&|POWERSCRIBE|{{FACILITY:VARDEN IMAGING}}|EPIC|{{FACILITY:HARROWGATE CH}}|{{DATE:20240409101544}}||MDM^T02|PS0409101544|P|2.4
PID|1||{{MRN:770019245}}^^^{{FACILITY:HCH}}^MR||{{NAME:ASHDOWN^GWENDOLYN^FAYE}}||{{DATE:19300119}}|F
PV1|1|O|CT^^^{{FACILITY:VARDEN IMAGING}}||||||{{LICENSE:1558316427}}^{{NAME:FARKAS^IMRE}}^^^^MD
TXA|1|RAD^Radiology report|TX|{{DATE:20240409095200}}|{{LICENSE:1396620058}}^{{NAME:KIRSCHBAUM^ELI}}^^^^MD||{{DATE:20240409101500}}||||{{ID:RPT-24-0113-01}}|||{{ID:VIA240409-0113}}|||AU
OBX|1|TX|18748-4^Diagnostic imaging study^LN||EXAM: CT HEAD WITHOUT CONTRAST\\.br\\HISTORY: {{AGE:94}} yo F, unwitnessed fall at {{FACILITY:Elderglen Assisted Living}}, on apixaban 2.5 mg BID.\\.br\\COMPARISON: {{DATE:11/02/2023}}.\\.br\\FINDINGS: No acute intracranial hemorrhage, mass effect or midline shift. Chronic small vessel ischemic change. Old R cerebellar lacune. Mastoids clear.\\.br\\IMPRESSION: No acute intracranial abnormality.\\.br\\Discussed with Dr. {{NAME:Farkas}} at 1013 on {{DATE:04/09/2024}}.||||||F
OBX|2|TX|18748-4^Diagnostic imaging study^LN||Electronically signed {{NAME:Eli Kirschbaum}}, MD {{DATE:04/09/2024 10:15}}. {{NAME:EK}}/{{NAME:jb}}||||||F`,
  `From: {{NAME:Yusuf Demir}} (Integration)  To: {{FACILITY:TRH}} scheduling  {{DATE:Thu 4/18/2024}} 08:02
Subject: S15 NAK for {{NAME:Ferreira}}

The cancel went out of Cadence at 0745 but ortho's Greenway NAK'd it:

MSH|^~\\&|CADENCE|{{FACILITY:TAMSIN RIDGE HEALTH}}|CLOVERLEAF|{{FACILITY:TRH ORTHO}}|{{DATE:20240418074502}}||SIU^S15|TRH240418074502|P|2.5.1
SCH|{{ID:APT5512094}}|{{ID:APT5512094}}||||PTREQ^Patient request|FOLLOWUP|20|MIN|^^20^{{DATE:202404231040}}^{{DATE:202404231100}}|||||||||||||||CANCELLED
PID|1||{{MRN:TR10098431}}^^^{{FACILITY:TRH}}^MR||{{NAME:FERREIRA^MARIA^DA GRACA}}||{{DATE:19330505}}|F
AIG|1|D|{{LICENSE:1760493318}}^{{NAME:VANTERPOOL^DESMOND}}^^^^MD
--> MSA|AE|TRH240418074502|Appointment {{ID:APT5512094}} not found

Greenway re-keyed the visit as {{ID:GW-000871223}} after the {{DATE:4/10}} downtime, so the ids no longer match. I cancelled it by hand and phoned the son, {{NAME:Rui Ferreira}} ({{PHONE:541-555-0164}}). Pt is {{AGE:90}}; the new visit will be booked with {{FACILITY:Cascade Senior Transport}} for the ride. - {{NAME:YD}}`,
  `ST*837*0904*005010X223A2~
BHT*0019*00*SOH837I-0221*{{DATE:20240226}}*1130*CH~
NM1*85*2*{{FACILITY:ST ODILE HOSPITAL}}*****XX*{{LICENSE:1023184557}}~
N3*{{ADDRESS:3100 ST ODILE AVE}}~
N4*{{LOCATION:NEW ORLEANS}}*LA*{{ZIP:701154418}}~
HL*2*1*22*0~
SBR*P*18*******MA~
NM1*IL*1*{{NAME:DELACROIX}}*{{NAME:EMILE}}*{{NAME:R}}***MI*{{HEALTH_PLAN:3TW8RJ4MK29}}~
N3*{{ADDRESS:1402 RUE DAUPHINE}}~
N4*{{LOCATION:NEW ORLEANS}}*LA*{{ZIP:70116}}~
DMG*D8*{{DATE:19281103}}*M~
NM1*PR*2*MEDICARE PART A*****PI*07302~
CLM*{{ACCOUNT:H77120845}}*28410.55***11:A:1**A*Y*Y~
DTP*096*TM*1530~
DTP*434*RD8*{{DATE:20240214-20240221}}~
DTP*435*DT*{{DATE:202402141805}}~
CL1*1*7*03~
REF*EA*{{MRN:SO-0557218}}~
HI*ABK:J189~
HI*ABF:F05*ABF:N179*ABF:I4891~
NM1*71*1*{{NAME:BROUSSARD}}*{{NAME:ANNETTE}}****XX*{{LICENSE:1306629841}}~
LX*1~
SV2*0250*HC:J0696*412.8*UN*14~
LX*2~
SV2*0450**2890*UN*1~
SE*26*0904~
billing ({{NAME:mtl}}): discharge status 03 (SNF) matches DS; pt {{AGE:95}} so no age edit. Held for DRG review by {{NAME:Charmaine}}.`,
  `<author>
 <time value="{{DATE:20240221154500-0600}}"/>
 <assignedAuthor>
  <id root="2.16.840.1.113883.4.6" extension="{{LICENSE:1306629841}}"/>
  <addr><streetAddressLine>{{ADDRESS:3100 St Odile Ave}}</streetAddressLine><city>{{LOCATION:New Orleans}}</city><state>LA</state><postalCode>{{ZIP:70115}}</postalCode></addr>
  <telecom value="tel:{{PHONE:+1-504-555-3000}}"/>
  <assignedPerson><name><prefix>Dr.</prefix><given>{{NAME:Annette}}</given><family>{{NAME:Broussard}}</family></name></assignedPerson>
 </assignedAuthor>
</author>
<custodian><assignedCustodian><representedCustodianOrganization>
  <id root="2.16.840.1.113883.4.6" extension="{{LICENSE:1023184557}}"/>
  <name>{{FACILITY:St. Odile Hospital}}</name>
</representedCustodianOrganization></assignedCustodian></custodian>
<componentOf><encompassingEncounter>
 <id root="2.16.840.1.113883.3.8810.7" extension="{{ACCOUNT:H77120845}}"/>
 <effectiveTime><low value="{{DATE:20240214}}"/><high value="{{DATE:20240221}}"/></effectiveTime>
 <dischargeDispositionCode code="03" codeSystem="2.16.840.1.113883.12.112" displayName="Discharged to SNF"/>
 <location><healthCareFacility><location><name>{{FACILITY:Magnolia Terrace Skilled Nursing}}</name>
  <addr><city>{{LOCATION:Metairie}}</city><state>LA</state></addr></location></healthCareFacility></location>
</encompassingEncounter></componentOf>`,
  `{"resourceType": "PractitionerRole", "id": "role-1",
 "practitioner": {"reference": "Practitioner/{{ID:prac-20417}}", "display": "{{NAME:Imre Farkas}}"},
 "organization": {"display": "{{FACILITY:Mahoning Ridge Medical Group}}"},
 "code": [{"coding": [{"system": "http://nucc.org/provider-taxonomy", "code": "207R00000X"}]}],
 "location": [{"display": "{{FACILITY:Mahoning Ridge Boardman Office}}"}],
 "telecom": [{"system": "phone", "value": "{{PHONE:330-555-0400}}"}, {"system": "fax", "value": "{{FAX:330-555-0401}}"},
   {"system": "email", "value": "{{EMAIL:ifarkas@mahoningridge.example}}"}]}
{"resourceType": "Practitioner", "id": "{{ID:prac-20417}}",
 "identifier": [{"system": "http://hl7.org/fhir/sid/us-npi", "value": "{{LICENSE:1558316427}}"},
   {"system": "urn:oid:2.16.840.1.113883.3.7702.9", "value": "{{LICENSE:35.088214}}"}],
 "name": [{"family": "{{NAME:Farkas}}", "given": ["{{NAME:Imre}}", "{{NAME:Laszlo}}"], "prefix": ["Dr."]}],
 "address": [{"line": ["{{ADDRESS:7420 Market St Ste 300}}"], "city": "{{LOCATION:Boardman}}", "state": "OH", "postalCode": "{{ZIP:44512}}"}]}
Load note: 2nd identifier is the state medical license; the directory feed had put it in the NPI slot for 41 practitioners, fixed in map v7.`,
  `<RxRenewalRequest>  MessageID 3b1e0c77a8f4  <SentTime>{{DATE:2024-05-01T13:20:45Z}}</SentTime>
<Pharmacy><BusinessName>{{FACILITY:Prairie Rose Drug}}</BusinessName>
 <Address><AddressLine1>{{ADDRESS:412 Main St}}</AddressLine1><City>{{LOCATION:Ellendale}}</City><StateProvince>ND</StateProvince><PostalCode>{{ZIP:58436}}</PostalCode></Address>
 <CommunicationNumbers><PrimaryTelephone><Number>{{PHONE:7015550219}}</Number></PrimaryTelephone><Fax><Number>{{FAX:7015550220}}</Number></Fax></CommunicationNumbers></Pharmacy>
<Patient><HumanPatient><Name><LastName>{{NAME:Gundersen}}</LastName><FirstName>{{NAME:Bjorn}}</FirstName></Name>
 <DateOfBirth><Date>{{DATE:1932-04-17}}</Date></DateOfBirth></HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>{{LICENSE:1427760391}}</NPI><StateLicenseNumber>{{LICENSE:ND-11482}}</StateLicenseNumber></Identification>
 <Name><LastName>{{NAME:Osei}}</LastName><FirstName>{{NAME:Kwame}}</FirstName></Name></NonVeterinarian></Prescriber>
<BenefitsCoordination><CardholderID>{{HEALTH_PLAN:ZNX7740291}}</CardholderID><GroupID>RX4471</GroupID><BIN>610014</BIN><PCN>MEDDPRIME</PCN></BenefitsCoordination>
<MedicationDispensed><DrugDescription>amiodarone 200 mg tablet</DrugDescription><Quantity><Value>90</Value></Quantity>
 <WrittenDate><Date>{{DATE:2023-05-02}}</Date></WrittenDate><LastFillDate><Date>{{DATE:2024-02-01}}</Date></LastFillDate></MedicationDispensed>
<RxReferenceNumber>{{ID:PRD-0884173}}</RxReferenceNumber></RxRenewalRequest>`,
  `PACS QA - wrong-patient study, {{DATE:2024-04-12}}
Acc {{ID:VIA240412-0207}} (XR CHEST 2V, CPT 71046) was acquired on VIA-DR2 under {{NAME:NGUYEN^THI^HONG}} (MRN {{MRN:770008813}}, DOB {{DATE:19511230}}), but the tech's note says the person imaged was {{NAME:NGUYEN^VAN^HUNG}} (MRN {{MRN:770031162}}, DOB {{DATE:19480304}}) - husband and wife, both checked in at 1040. Tech {{NAME:Marisa}} picked the wrong MWL row.
DICOM header before the fix:
 (0010,0010) PatientName          {{NAME:NGUYEN^THI^HONG}}
 (0010,0020) PatientID            {{MRN:770008813}}
 (0010,0030) PatientBirthDate     {{DATE:19511230}}
 (0008,0050) AccessionNumber      {{ID:VIA240412-0207}}
 (0008,0020) StudyDate            {{DATE:20240412}}
 (0008,1010) StationName          VIA-DR2
 (0008,0090) ReferringPhysician   {{NAME:FARKAS^IMRE}}
Fix: study moved in PACS by {{NAME:mh}} at 1120 and a new accession {{ID:VIA240412-0219}} created for Mr. {{NAME:Nguyen}}; corrected ORU re-sent. Ticket {{ID:INC0049210}}. Dr. {{NAME:Kirschbaum}} re-read, no change to impression. Safety event {{ID:SE-24-0412-03}} filed by {{NAME:Lena Ortiz}}.`,
  `CRITICAL VALUE CALL LOG - export from {{FACILITY:Quillfield Laboratories}} LIS, {{DATE:2024-04-11}}, shift 2300-0700
call_ref|accession|mrn|patient|test|result|called_to|called_at|rb|caller
{{ID:CV-240411-007}}|{{ID:QF24-102-0311}}|{{MRN:H2301176}}|{{NAME:O'HALLORAN^BRIDGET}}|GLU|38 mg/dL LL|RN {{NAME:Keisha Abney}} 3N|{{DATE:2024-04-11 04:12}}|Y|{{NAME:KTRAN}}
{{ID:CV-240411-008}}|{{ID:QF24-102-0317}}|{{MRN:H2290417}}|{{NAME:MBEKI^THANDIWE}}|K|6.4 mmol/L HH|Dr {{NAME:P. Halvorsen}}|{{DATE:2024-04-11 04:40}}|Y|{{NAME:KTRAN}}
{{ID:CV-240411-009}}|{{ID:QF24-102-0329}}|{{MRN:H2311902}}|{{NAME:ZUNIGA^ESPERANZA}}|TROP-HS|412 ng/L H|RN {{NAME:Tobias}} ED|{{DATE:2024-04-11 05:26}}|Y|{{NAME:RCHOI}}
{{ID:CV-240411-010}}|{{ID:QF24-102-0340}}|{{MRN:H2311950}}|{{NAME:ZUNIGA}}^BABY GIRL|HGB|6.1 g/dL LL|no answer x2, then Dr. {{NAME:Amadi}} {{PHONE:x5521}}|{{DATE:2024-04-11 06:58}}|Y|{{NAME:RCHOI}}
QA ({{NAME:jp}}): row 10 exceeded the 30-min call window (collected 0615). Row 10 pt name also shows the newborn label in PID-5; LIS should carry the registered name once NICU renames her.`,
  `Remote-access audit pull for login {{NAME:bkessler}} ({{NAME:Brandt Kessler}}, RN, emp {{ID:E201556}}), requested by Compliance {{DATE:05/03/2024}}
timestamp_utc,login,src_ip,vpn_gw,session,app,action,mrn,pt_name
{{DATE:2024-04-28T02:14:51Z}},{{NAME:bkessler}},{{IP:203.0.113.144}},vpn-east-1,s-88f1,EPIC,LOGIN,,
{{DATE:2024-04-28T02:16:03Z}},{{NAME:bkessler}},{{IP:203.0.113.144}},vpn-east-1,s-88f1,EPIC,PT_SEARCH,,"{{NAME:KESSLER, M}}*"
{{DATE:2024-04-28T02:16:40Z}},{{NAME:bkessler}},{{IP:203.0.113.144}},vpn-east-1,s-88f1,EPIC,CHART_OPEN,{{MRN:4410112}},"{{NAME:KESSLER, MARGIT}}"
{{DATE:2024-04-28T02:19:22Z}},{{NAME:bkessler}},{{IP:203.0.113.144}},vpn-east-1,s-88f1,EPIC,RESULTS_VIEW,{{MRN:4410112}},"{{NAME:KESSLER, MARGIT}}"
{{DATE:2024-04-28T02:31:09Z}},{{NAME:bkessler}},{{IP:203.0.113.144}},vpn-east-1,s-88f1,EPIC,LOGOUT,,
Findings ({{NAME:JL}}): source IP is a residential ISP near {{LOCATION:Tulsa}}; user was not scheduled {{DATE:4/27}} or {{DATE:4/28}}; pt is the user's former mother-in-law, {{AGE:91}}, no treatment relationship. Escalated to HR, case {{ID:HR-24-0331}}.`,
  `Mirth Connect | channel LAB_ORDERS_OUT | errored, {{DATE:2024-05-07}}
#18821  {{DATE:2024-05-07 10:02:44.512}}  dest REFLAB_TCP {{IP:192.0.2.61}}:5500
  PID|1||{{MRN:4410087}}^^^{{FACILITY:OPFC}}^MR||{{NAME:WHITFIELD^ARLO^J}}||{{DATE:19580227}}|M|||{{ADDRESS:1106 S Cherokee St}}^^{{LOCATION:Muskogee}}^OK^{{ZIP:74403}}
  ORC|NW|{{ID:OP-ORD-220871}}|||||||{{DATE:20240507095800}}
  OBR|1|{{ID:OP-ORD-220871}}||80061^Lipid panel^C4
  ACK <- MSA|AE|OPFC0507100244|IN1-36 required for Medicaid orders
#18822  {{DATE:2024-05-07 10:05:09.877}}  dest REFLAB_TCP {{IP:192.0.2.61}}:5500
  PID|1||{{MRN:4410215}}^^^{{FACILITY:OPFC}}^MR||{{NAME:TALLCHIEF^LORETTA^ANN}}||{{DATE:19710915}}|F
  ORC|NW|{{ID:OP-ORD-220874}}||||||||||{{LICENSE:1619047732}}^{{NAME:CASTELLANOS^RUTH}}
  ACK <- MSA|AR|OPFC0507100509|Unknown ordering provider {{LICENSE:1619047732}}
Resolution ({{NAME:V. Okafor}}): #18821 SoonerCare id {{HEALTH_PLAN:100447191}} was in IN1-2 not IN1-36 - fixed in the channel transformer, resent. #18822 ref lab had not loaded {{NAME:Ruth Castellanos}}'s NPI; their rep {{NAME:Glen}} added it ({{PHONE:800-555-0177}}), resent 1131.`,
  `MSH|^~\\&|MEDITECH|{{FACILITY:HARROWGATE CH}}|CORRIDOR|{{FACILITY:ELDERGLEN SNF}}|{{DATE:20240415110522}}||ADT^A03|HCH0415110522|P|2.3
EVN|A03|{{DATE:20240415110500}}
PID|1||{{MRN:H2290417}}^^^{{FACILITY:HCH}}^MR||{{NAME:MBEKI^THANDIWE^NOMSA}}||{{DATE:19310614}}|F|||{{ADDRESS:88 Cider Mill Rd}}^^{{LOCATION:Keene}}^NH^{{ZIP:03431}}||^PRN^PH^^1^{{PHONE:603^5558104}}|||W||{{ACCOUNT:40029981}}|{{SSN:027-44-6190}}
NK1|1|{{NAME:MBEKI-CARVER^ZODWA}}|DAU^Daughter||^PRN^CP^^1^{{PHONE:617^5550372}}~^NET^Internet^{{EMAIL:zodwa.carver@northmail.example}}||EC
PV1|1|I|3N^307^B^{{FACILITY:HCH}}||||{{LICENSE:1952371180}}^{{NAME:HALVORSEN^PIETER}}^^^^MD^^^NPI||||||||||||{{ACCOUNT:A0045122}}|||||||||||||||||03|{{FACILITY:ELDERGLEN SKILLED NURSING}}||||||{{DATE:202404011915}}|{{DATE:202404151100}}
OBX|1|NM|30525-0^Age^LN||{{AGE:92}}|a|||||F
DG1|1||N17.9^Acute kidney failure, unspecified^I10|||A
DG1|2||D64.9^Anemia, unspecified^I10|||S
Routing note: Corridor (SNF EHR) needs PV1-37 to equal their facility code {{FACILITY:EGSN}}, not the name; Cloverleaf table SNF_MAP updated by {{NAME:dachterberg}}.`,
  `MSH|^~\\&|DEXCOM_CLARITY|VENDOR|EPIC|{{FACILITY:OSAGE PRAIRIE FC}}|{{DATE:20240520060015+0000}}||ORU^R01^ORU_R01|CLR0000773105|P|2.5.1
PID|1||{{MRN:4410087}}^^^{{FACILITY:OPFC}}^MR||{{NAME:WHITFIELD^ARLO^JAMES}}||{{DATE:19580227}}|M
OBR|1||{{ID:CGM-RPT-55120}}|97846-5^CGM 14-day summary^LN|||{{DATE:20240506}}|{{DATE:20240519}}||||||||{{LICENSE:1619047732}}^{{NAME:CASTELLANOS^RUTH}}
OBX|1|ST|DEVTYPE^Device^L||Dexcom G7 CGM||||||F|||||||{{DEVICE:4NG7X2KQ}}^DEXCOM
OBX|2|NM|97507-8^Average glucose^LN||168|mg/dL|||||F
OBX|3|NM|97510-2^Glucose management indicator^LN||7.3|%|||||F
OBX|4|NM|97506-0^Time in range 70-180^LN||61|%|>70|L|||F
OBX|5|NM|97505-2^Time below 54^LN||0.4|%|<1||||F
NTE|1||Uploaded from pt's phone app; Clarity account {{EMAIL:arlo.whitfield@plainsnet.example}} linked to clinic {{DATE:2024-04-22}}.
Analyst ({{NAME:vokafor}}): mapping OBX-18 to the flowsheet row "CGM serial" as {{NAME:Ruth}} asked; sensor {{DEVICE:4NG7X2KQ}} replaces {{DEVICE:4NF1R8ZT}} from the {{DATE:5/6}} visit.`,
  `MSH|^~\\&|SURGINET|{{FACILITY:LARKMOOR RMC}}|CHARGESVC|BILLING|{{DATE:20240322153010}}||DFT^P03|SN240322153010|P|2.5.1
PID|1||{{MRN:884251}}^^^{{FACILITY:LRMC}}^MR||{{NAME:STAVROS^NIKOLAOS^P}}||{{DATE:19840209}}|M|||||||||{{ACCOUNT:9100448251}}
PV1|1|I|OR^04^^{{FACILITY:LRMC}}||||||||||||||||{{ACCOUNT:V00419102}}
FT1|1|||{{DATE:20240322}}|{{DATE:20240322}}|CG|27759^IM nail tibial shaft fx^CPT||1|||||||||S82.201A^^I10||{{LICENSE:1740218836}}^{{NAME:ACHEBE^NGOZI}}
FT1|2|||{{DATE:20240322}}|{{DATE:20240322}}|CG|C1713^Anchor/screw for bone^HCPCS||4|||||||||S82.201A^^I10
OBX|1|ST|IMPLANT_UDI^Implant UDI^L||(01)00889024276515(17)290531(10)L2207734(21){{DEVICE:84471230}}||||||F
OBX|2|ST|IMPLANT_UDI^Implant UDI^L||(01)00889024113087(17)300228(10)L2301916(21){{DEVICE:91022417}}||||||F
OBX|3|ST|IMPLANT_DESC^Implant^L||Tibial nail 10x360 mm; locking screws 5.0 mm x4 (lot-tracked only)||||||F
NTE|1||Implant log signed by circulator {{NAME:Hollis Grange}} RN, {{DATE:03/22/2024 14:58}}. Rep from {{FACILITY:Summit Ortho Supply}} on site ({{NAME:Kyle}}).
Billing Q ({{NAME:mtl}}): C1713 x4 but only one serialized screw UDI; screws are lot-tracked, OK per policy.`,
  `ST*271*0007*005010X279A1~
BHT*0022*11*CHH0502-118*{{DATE:20240502}}*0931~
HL*1**20*1~
NM1*PR*2*CMS*****PI*CMS~
HL*2*1*21*1~
NM1*1P*2*{{FACILITY:CEDAR HOLLOW HEART}}*****XX*{{LICENSE:1629074410}}~
HL*3*2*22*0~
NM1*IL*1*{{NAME:GUNDERSEN}}*{{NAME:BJORN}}*{{NAME:T}}***MI*{{HEALTH_PLAN:7HX4PQ2WC81}}~
N3*{{ADDRESS:RR 2 BOX 118}}~
N4*{{LOCATION:ELLENDALE}}*ND*{{ZIP:58436}}~
DMG*D8*{{DATE:19320417}}*M~
EB*1**30^42^45^48^AG*MA~
DTP*307*D8*{{DATE:19970401}}~
EB*1**30*MB~
DTP*307*D8*{{DATE:19970401}}~
EB*R**88*OT~
REF*18*S5601 204~
DTP*292*D8*{{DATE:20240101}}~
LS*2120~
NM1*PRP*2*PLAINS ELITE RX PDP~
LE*2120~
EB*C**30*MB**23*240~
SE*22*0007~

eligibility check ({{NAME:tw}}, {{DATE:5/2}}): Part A and B active since {{DATE:4/1/97}}, Part D via Plains Elite, no MA plan and no secondary on file. Pt {{AGE:92}}; remote ICD monitoring (93297) covered under B. Old HICN-style id on the paper card (ends in A) retired - MBI {{HEALTH_PLAN:7HX4PQ2WC81}} now in IN1-36 for acct {{ACCOUNT:CHA-2207718}}.`,
  `MPI POTENTIAL DUPLICATE  task {{ID:DUP-2024-005102}}  score 0.88  status NOT A MATCH
FIELD        RECORD A                               RECORD B
EUID         {{MRN:E-100551902}}                            {{MRN:E-100551903}}
Name         {{NAME:ADEYEMI, KEHINDE OLUWASEUN}}            {{NAME:ADEYEMI, TAIWO OLUWADAMILARE}}
DOB          {{DATE:2011-08-30}}                             {{DATE:2011-08-30}}
Address      {{ADDRESS:9 Prospect Ter}}, {{LOCATION:Westbrook}} ME {{ZIP:04092}}     {{ADDRESS:9 Prospect Ter}}, {{LOCATION:Westbrook}} ME {{ZIP:04092}}
Guardian     {{NAME:ADEYEMI, FOLASADE}}                      {{NAME:ADEYEMI, FOLASADE}}
MaineCare    {{HEALTH_PLAN:ME4417720931}}                         {{HEALTH_PLAN:ME4417720949}}
Fingerprint  {{BIOMETRIC:FP-TPL-0092281}}                        {{BIOMETRIC:FP-TPL-0092284}}
Photo        {{PHOTO:IMG_E100551902_face.png}}                 {{PHOTO:IMG_E100551903_face.png}}
Reviewer {{NAME:N. Burgess}}, {{DATE:05/06/2024}}: twins - {{NAME:Taiwo}} is the first-born, {{NAME:Kehinde}} the second. Different MaineCare ids, fingerprint templates and photos. Marked NOT A MATCH and set the twin flag so the pair is suppressed from future runs. Mother's cell {{PHONE:207-555-0148}} confirmed by {{FACILITY:Presumpscot Pediatrics}}; both boys attend {{FACILITY:Saccarappa Falls Middle School}}.`,
  `{"resourceType": "Device", "id": "dev-1", "serialNumber": "{{DEVICE:BP7K-00418822}}",
 "deviceName": [{"name": "Omron HEM-9210T", "type": "model-name"}],
 "patient": {"reference": "Patient/{{ID:pt-40b7e1}}"}}
{"resourceType": "Observation", "id": "obs-1", "status": "final",
 "category": [{"coding": [{"system": "http://terminology.hl7.org/CodeSystem/observation-category", "code": "vital-signs"}]}],
 "code": {"coding": [{"system": "http://loinc.org", "code": "85354-9", "display": "Blood pressure panel"}]},
 "subject": {"reference": "Patient/{{ID:pt-40b7e1}}", "display": "{{NAME:Hollis Pruitt}}"},
 "effectiveDateTime": "{{DATE:2024-05-18T06:42:10-05:00}}", "device": {"reference": "Device/dev-1"},
 "component": [
  {"code": {"coding": [{"system": "http://loinc.org", "code": "8480-6"}]}, "valueQuantity": {"value": 168, "unit": "mm[Hg]"}},
  {"code": {"coding": [{"system": "http://loinc.org", "code": "8462-4"}]}, "valueQuantity": {"value": 94, "unit": "mm[Hg]"}}]}
RPM vendor note: reading came through cell hub {{DEVICE:HUB-33K0912}} at the pt's home in {{LOCATION:Muskogee}}; 3 readings >160 this week so an alert went to the {{FACILITY:Osage Prairie Family Clinic}} RPM nurse {{NAME:Dana}} ({{EMAIL:rpm@osageprairie.example}}). Webhook: {{URL:https://rpm-gw.osageprairie.example/hooks/bp}}.`,
  `MSH|^~\\&|REGISTRATION|{{FACILITY:CEDARVALE MC}}|HIE|STATEHIE|{{DATE:20240603140211-0400}}||ADT^A28^ADT_A05|CV0603140211|P|2.5.1
EVN|A28|{{DATE:20240603140211}}
PID|1||{{MRN:CV7730412}}^^^{{FACILITY:CVMC}}^MR~{{ID:CB4471902}}^^^PRT^PPN||{{NAME:MAGALHAES^JOAO^PEDRO}}||{{DATE:19550126}}|M|||{{ADDRESS:Rua de Cedofeita 221, 3 Esq}}^^{{LOCATION:Porto}}^^{{ZIP:4050-179}}^PRT^H~{{ADDRESS:14 Harborview Ln}}^^{{LOCATION:Fall River}}^MA^{{ZIP:02721}}^USA^C||^PRN^CP^^1^{{PHONE:508^5550917}}~^NET^Internet^{{EMAIL:jp.magalhaes@correio.example.pt}}||por^Portuguese|M||||||||{{LOCATION:Braga}}||||PRT
NK1|1|{{NAME:MAGALHAES SOUSA^FATIMA}}|SIS^Sister|{{ADDRESS:14 Harborview Ln}}^^{{LOCATION:Fall River}}^MA^{{ZIP:02721}}|^PRN^PH^^1^{{PHONE:508^5553046}}
IN1|1|TRAVEL|TRV01|SEGURO VIAGEM MUNDIAL||||||||||||{{NAME:MAGALHAES^JOAO^PEDRO}}|01^Self||||||||||||||||||||{{HEALTH_PLAN:SVM-PT-2208814}}
Reg comment: visitor from {{LOCATION:Porto}}, here until {{DATE:7/15}}; passport copy scanned. Travel insurer wants claims faxed to their US claims agent, not billed. Temp address is the sister's.`,
  `Subject: PID-18 / PV1-19 swapped in the Meditech -> warehouse feed
From: {{NAME:Priya Raman}} <{{EMAIL:praman@harrowgatech.example}}>   Sent: {{DATE:Mon 6/3/2024}} 4:12 PM

Team - since map v12 went live on {{DATE:5/28}}, the warehouse has been loading PV1-19 (visit) into acct_no and PID-18 into visit_no, for {{FACILITY:Harrowgate}} only. Sample:

> select mrn, pt_name, acct_no, visit_no, adm_dt from stg.adt_visit where src='{{FACILITY:HCH}}' and load_dt >= '{{DATE:2024-05-28}}' limit 3;
 mrn      | pt_name                  | acct_no   | visit_no  | adm_dt
 {{MRN:H2290417}} | {{NAME:MBEKI, THANDIWE N}}       | {{ACCOUNT:A0045188}} | {{ACCOUNT:40029981}}  | {{DATE:2024-05-28 13:40}}
 {{MRN:H2301176}} | {{NAME:O'HALLORAN, BRIDGET}}     | {{ACCOUNT:A0045190}} | {{ACCOUNT:40031177}}  | {{DATE:2024-05-28 17:05}}
 {{MRN:H2312208}} | {{NAME:ST. GERMAIN, LUCIEN}}     | {{ACCOUNT:A0045203}} | {{ACCOUNT:40031240}}  | {{DATE:2024-05-29 02:51}}

Billing noticed because statements went out with the visit number. Fix is in map v12.1 (swap the two assignments in HCH_ADT_XLATE); I'll backfill the 1,842 rows loaded since {{DATE:5/28}} tonight. {{NAME:Marcus}}, please hold the {{DATE:6/4}} extract to the payer until then.
- {{NAME:Priya}} ({{PHONE:603-555-0611}})`,
  `MSH|^~\\&|SOFTMIC|{{FACILITY:ST ODILE HOSP}}|CERNER|{{FACILITY:ST ODILE HOSP}}|{{DATE:20240219084507}}||ORU^R01|SM0219084507|P|2.5.1
PID|1||{{MRN:SO-0557218}}^^^{{FACILITY:SOH}}^MR||{{NAME:DELACROIX^EMILE^R}}||{{DATE:19281103}}|M
PV1|1|I|5E^522^A^{{FACILITY:SOH}}||||{{LICENSE:1306629841}}^{{NAME:BROUSSARD^ANNETTE}}^^^^MD||||||||||||{{ACCOUNT:H77120845}}
OBR|1|{{ID:SOH-ORD-7730045}}|{{ID:M24-0214-0088}}|600-7^Blood culture^LN|||{{DATE:202402141930}}|||||||{{DATE:202402142005}}|BLDV^Blood venous\\T\\R antecubital|||||||{{DATE:20240219084500}}||MB|F
OBX|1|CWE|600-7^Bacteria identified^LN|1|9861002^Streptococcus pneumoniae^SCT||||||F
OBX|2|NM|18932-2^Ceftriaxone [Susc]^LN|1|<=0.12|ug/mL||S|||F
OBX|3|NM|18964-5^Levofloxacin [Susc]^LN|1|1|ug/mL||S|||F
OBX|4|NM|18974-4^Penicillin [Susc]^LN|1|2|ug/mL||I|||F
OBX|5|NM|30525-0^Age^LN||{{AGE:95}}|a|||||F
NTE|1|L|1 of 2 sets positive at 14.2 h. Gram stain {{DATE:2/15}} 0610: GPC in pairs and chains, called to RN {{NAME:Celeste Arceneaux}} 5E {{DATE:02/15/2024 06:14}}, read back.\\.br\\Invasive S. pneumoniae reported to LDH per protocol by {{NAME:mbg}}.\\.br\\Isolate saved 7 days.`,
  `MSH|^~\\&|COPATH|{{FACILITY:VARDEN PATHOLOGY}}|EPIC|{{FACILITY:TAMSIN RIDGE HEALTH}}|{{DATE:20240430155012}}||ORU^R01|CP0430155012|P|2.3
PID|1||{{MRN:TR10204477}}^^^{{FACILITY:TRH}}^MR||{{NAME:HOLLOWAY^DELPHINE^A}}||{{DATE:19690803}}|F|||{{ADDRESS:2250 NE Neff Rd}}^^{{LOCATION:Bend}}^OR^{{ZIP:97701}}
OBR|1|{{ID:TRH-ORD-0088412}}|{{ID:S24-01877}}|88305^Surgical pathology^CPT|||{{DATE:20240426091500}}|||||||{{DATE:20240426120000}}|Breast, left, core bx||{{LICENSE:1093847726}}^{{NAME:ABERNETHY^COLE}}^^^^MD||||||{{DATE:20240430154800}}||SP|F
OBX|1|FT|22637-3^Path report final dx^LN||LEFT BREAST, 2:00, 4 CM FN, ULTRASOUND-GUIDED CORE BIOPSY:\\.br\\- INVASIVE DUCTAL CARCINOMA, NOTTINGHAM GRADE 2 (3+2+1 = 6/9).\\.br\\- DCIS, intermediate grade, solid type.\\.br\\ER 95% strong, PR 40% moderate, HER2 IHC 1+ (negative), Ki-67 18%.\\.br\\Ribbon clip present.||||||F
OBX|2|FT|22638-1^Comment^LN||Communicated to Dr. {{NAME:Abernethy}}'s nurse {{NAME:Shawna}} by phone {{DATE:4/30/24}} 1540.\\.br\\Electronically signed: {{NAME:Mirela Dumitrescu}}, MD, {{DATE:04/30/2024 15:48}}||||||F
NTE|1||Blocks A1-A2 and slides to {{FACILITY:Cascade Oncology Associates}} for tumor board {{DATE:5/7}}; request from {{NAME:Leah}}, fax {{FAX:541-555-0732}}.`,
  `MSH|^~\\&|EPIC|{{FACILITY:MAHONING RIDGE MG}}|HIEGW|OHIE|{{DATE:20240612161455-0400}}||MDM^T02^MDM_T02|MRMG0612161455|P|2.5.1
PID|1||{{MRN:E00912744}}^^^{{FACILITY:MRMG}}^MR||{{NAME:SZABO^ILONA^MARGIT}}||{{DATE:19310708}}|F|||{{ADDRESS:2218 Canfield Rd^Apt 4}}^^{{LOCATION:Youngstown}}^OH^{{ZIP:44511}}
PV1|1|O|GERI^^^{{FACILITY:MRMG}}||||{{LICENSE:1790554126}}^{{NAME:ODUYA^FUNMILAYO}}^^^^MD
TXA|1|CN^Consult note|TX|{{DATE:20240612140000}}|{{LICENSE:1790554126}}^{{NAME:ODUYA^FUNMILAYO}}^^^^MD||{{DATE:20240612161400}}||||{{ID:DOC-55102871}}||||||AU||AV|||||{{NAME:ODUYA^FUNMILAYO}}^^^^MD
OBX|1|TX|11488-4^Consult note^LN||GERIATRICS CONSULT. {{NAME:Ilona Szabo}}, {{AGE:92}} F, ref by Dr. {{NAME:Farkas}} for 3 falls since March and 4 kg weight loss.\\.br\\Lives alone at {{ADDRESS:2218 Canfield Rd Apt 4}}; niece {{NAME:Kati}} checks in daily. Retired from {{FACILITY:Youngstown Sheet Metal Works}} (bookkeeper).\\.br\\MoCA 21/30, TUG 19 s, orthostatic (128/70 -> 104/62).\\.br\\Recs: stop diphenhydramine and oxybutynin; vit D3 2000 IU daily; PT/OT via {{FACILITY:Valley Home Care}}; Meals on Wheels; recheck in 6 wk.||||||F`,
  `MSH|^~\\&|CADENCE|{{FACILITY:LARKMOOR RMC}}|CLOVERLEAF|INFUSION|{{DATE:20240604081244-0600}}||SIU^S14|LRMC0604081244|P|2.5.1
SCH|{{ID:APT6612087}}|{{ID:APT6612087}}|||||RESCH^Rescheduled|INFUSION^Infusion 4 h|240|MIN|^^240^{{DATE:202406111300}}^{{DATE:202406111700}}|||||{{NAME:TRUJILLO^MARISOL}}||||||||||BOOKED
NTE|1||Moved from {{DATE:6/10}} at pt request (daughter {{NAME:Shaylee}} drives, works Mondays). IVIG 0.4 g/kg, premed per protocol.
PID|1||{{MRN:884377}}^^^{{FACILITY:LRMC}}^MR||{{NAME:YELLOWHORSE^ADRIAN^K}}||{{DATE:19770508}}|M|||{{ADDRESS:HC 42 Box 1190}}^^{{LOCATION:Belgrade}}^MT^{{ZIP:59714}}||^PRN^PH^^1^{{PHONE:406^5554218}}
RGS|1|U
AIS|1|U|96365^IV infusion, first hour^CPT|{{DATE:202406111300}}|||240|MIN
AIG|1|U|{{LICENSE:1184099217}}^{{NAME:ROSENTHAL^MIRIAM}}^^^^MD|MD^Physician
AIG|2|U|{{ID:N448120}}^{{NAME:BECENTI^LORENE}}^^^^RN|RN^Nurse
AIL|1|U|INF^CHAIR 6^^{{FACILITY:LRMC}}^^^^^Infusion Center|CHAIR

Cloverleaf log ({{NAME:dachterberg}}): the infusion pump library (Alaris) interface ignores S14s, only takes S12/S15, so chair 6 on {{DATE:6/10}} still shows booked there. Sent a manual S15 for the old slot and an S12 for {{DATE:6/11}}; {{NAME:Lorene}} confirmed at 0840.`,
  `ST*835*2207~
BPR*H*0*C*NON************{{DATE:20240614}}~
TRN*1*2024166000117*1730447102~
DTM*405*{{DATE:20240613}}~
N1*PR*SOONERCARE~
N1*PE*{{FACILITY:OSAGE PRAIRIE FAMILY CLINIC}}*XX*{{LICENSE:1447729018}}~
LX*1~
CLP*{{ACCOUNT:OPFC-V20881734}}*4*186*0**MC*{{ACCOUNT:2024158004471}}*11*1~
NM1*QC*1*{{NAME:WHITFIELD}}*{{NAME:ARLO}}*{{NAME:J}}***MR*{{HEALTH_PLAN:100447191}}~
DTM*232*{{DATE:20240506}}~
CAS*CO*16*186~
LQ*HE*MA130~
LQ*HE*N382~
CLP*{{ACCOUNT:OPFC-V20884410}}*22*-92*-92**MC*{{ACCOUNT:2024158004492}}*11*1~
NM1*QC*1*{{NAME:TALLCHIEF}}*{{NAME:LORETTA}}****MR*{{HEALTH_PLAN:100447218}}~
DTM*232*{{DATE:20240507}}~
SE*16*2207~

AR note ({{NAME:Beth Ammons}}, {{DATE:6/17}}): {{NAME:Whitfield}} CO-16/N382 = recipient id mismatch. We sent {{HEALTH_PLAN:100447191}}, SoonerCare card on file reads {{HEALTH_PLAN:100447119}} (transposed). Corrected in registration, rebill. {{NAME:Tallchief}} reversal (status 22) is the duplicate we billed twice on {{DATE:5/7}}; no action.`,
  `ST*837*0318*005010X222A1~
BHT*0019*00*WF837-0318*{{DATE:20240603}}*0722*CH~
NM1*85*2*{{FACILITY:WESTFORK AMBULANCE SVC}}*****XX*{{LICENSE:1356208871}}~
N3*{{ADDRESS:88 FIREHOUSE LN}}~
N4*{{LOCATION:BELGRADE}}*MT*{{ZIP:59714}}~
HL*2*1*22*0~
SBR*P*18*******MC~
NM1*IL*1*{{NAME:YELLOWHORSE}}*{{NAME:ADRIAN}}*{{NAME:K}}***MI*{{HEALTH_PLAN:MT88437790}}~
DMG*D8*{{DATE:19770508}}*M~
CLM*{{ACCOUNT:WF24-018822}}*1450***41:B:1*Y*A*Y*Y~
CR1*LB*210**A*DH*12~
CRC*07*Y*01*09~
NTE*ADD*PCR {{ID:WF24-1183}} SOB, SpO2 84% RA~
NM1*PW*2~
N3*{{ADDRESS:HC 42 BOX 1190}}~
N4*{{LOCATION:BELGRADE}}*MT*{{ZIP:59714}}~
NM1*45*2*{{FACILITY:LARKMOOR REGIONAL MEDICAL CENTER}}~
N3*{{ADDRESS:2100 LARKMOOR PKWY}}~
N4*{{LOCATION:BOZEMAN}}*MT*{{ZIP:59715}}~
LX*1~
SV1*HC:A0427*1200*UN*1***1~
DTP*472*D8*{{DATE:20240601}}~
LX*2~
SV1*HC:A0425*250*UN*12***1~
DTP*472*D8*{{DATE:20240601}}~
SE*26*0318~
Crew on PCR: {{NAME:Jace Wilder}} (EMT-P, MT lic {{LICENSE:EMTP-7712}}) and {{NAME:Kori Bighorn}}.`,
  `<CancelRx>  MessageID 61d0e4a9b2c8
<SentTime>{{DATE:2024-05-02T09:47:31.006-07:00}}</SentTime>
<PrescriberOrderNumber>{{ID:RX-55031562}}</PrescriberOrderNumber>
<Pharmacy><BusinessName>{{FACILITY:Deschutes Family Pharmacy}}</BusinessName><Address><AddressLine1>{{ADDRESS:1020 SW Simpson Ave}}</AddressLine1><City>{{LOCATION:Bend}}</City><StateProvince>OR</StateProvince><PostalCode>{{ZIP:97702}}</PostalCode></Address></Pharmacy>
<Patient><HumanPatient>
 <Identification><SocialSecurity>{{SSN:540-31-7782}}</SocialSecurity></Identification>
 <Name><LastName>{{NAME:Holloway}}</LastName><FirstName>{{NAME:Delphine}}</FirstName></Name>
 <DateOfBirth><Date>{{DATE:1969-08-03}}</Date></DateOfBirth>
 <CommunicationNumbers><PrimaryTelephone><Number>{{PHONE:5415558830}}</Number></PrimaryTelephone><ElectronicMail>{{EMAIL:dhollo69@cascadia.example}}</ElectronicMail></CommunicationNumbers>
</HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>{{LICENSE:1093847726}}</NPI><DEANumber>{{LICENSE:FA2288104}}</DEANumber></Identification>
 <Name><LastName>{{NAME:Abernethy}}</LastName><FirstName>{{NAME:Cole}}</FirstName></Name></NonVeterinarian></Prescriber>
<MedicationPrescribed><DrugDescription>tramadol 50 mg tablet</DrugDescription><Quantity><Value>12</Value></Quantity>
 <WrittenDate><Date>{{DATE:2024-04-26}}</Date></WrittenDate><Note>Cancel - pt allergic reaction, switched to acetaminophen.</Note></MedicationPrescribed></CancelRx>
CancelRxResponse: <Approved/> from pharmacist {{NAME:Noor Haddad}}, RPh, {{DATE:2024-05-02T10:03:12-07:00}}.`,
  `<section>
 <code code="30954-2" codeSystem="2.16.840.1.113883.6.1" displayName="Results"/>
 <title>Results</title>
 <text><table><tbody>
  <tr><td>Potassium</td><td>5.8 mmol/L (H)</td><td>3.5-5.1</td><td>{{DATE:04/08/2024 05:41}}</td></tr>
  <tr><td>Creatinine</td><td>1.9 mg/dL (H)</td><td>0.5-1.1</td><td>{{DATE:04/08/2024 05:41}}</td></tr>
 </tbody></table></text>
 <entry><organizer classCode="BATTERY" moodCode="EVN">
  <id root="2.16.840.1.113883.3.4471.5" extension="{{ID:QF24-099-0042}}"/>
  <effectiveTime value="{{DATE:202404080541-0400}}"/>
  <performer><assignedEntity>
   <id root="2.16.840.1.113883.4.7" extension="30D0998812"/>
   <addr><streetAddressLine>{{ADDRESS:40 Quill Ln}}</streetAddressLine><city>{{LOCATION:Keene}}</city><state>NH</state><postalCode>{{ZIP:03431}}</postalCode></addr>
   <telecom value="tel:{{PHONE:+1-603-555-0455}}"/>
   <assignedPerson><name><given>{{NAME:Jolene}}</given><family>{{NAME:Pratt}}</family><suffix>MLS(ASCP)</suffix></name></assignedPerson>
   <representedOrganization><name>{{FACILITY:Quillfield Laboratories}}</name></representedOrganization>
  </assignedEntity></performer>
  <component><observation classCode="OBS" moodCode="EVN">
   <code code="2823-3" codeSystem="2.16.840.1.113883.6.1" displayName="Potassium"/>
   <value xsi:type="PQ" value="5.8" unit="mmol/L"/>
   <interpretationCode code="H"/>
  </observation></component>
 </organizer></entry>
</section>`,
  `{"resourceType": "Encounter", "id": "enc-1", "status": "finished",
 "class": {"system": "http://terminology.hl7.org/CodeSystem/v3-ActCode", "code": "IMP"},
 "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.8810.7", "value": "{{ACCOUNT:H77120845}}"}],
 "subject": {"reference": "Patient/{{ID:soh-pt-0557218}}", "display": "{{NAME:Emile Delacroix}}"},
 "participant": [{"type": [{"text": "attender"}],
   "individual": {"reference": "Practitioner/{{ID:soh-prac-41}}", "display": "{{NAME:Annette Broussard}}, MD"}}],
 "period": {"start": "{{DATE:2024-02-14T18:05:00-06:00}}", "end": "{{DATE:2024-02-21T11:30:00-06:00}}"},
 "reasonCode": [{"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "J18.9"}]}],
 "hospitalization": {"admitSource": {"text": "Emergency Department"}, "dischargeDisposition": {"text": "Skilled nursing facility"},
   "destination": {"display": "{{FACILITY:Magnolia Terrace Skilled Nursing}}"}},
 "location": [{"location": {"display": "5E 522-A"}, "status": "completed"}],
 "serviceProvider": {"display": "{{FACILITY:St. Odile Hospital}}"}}
Warehouse QA: derived age_at_admit = {{AGE:95}}, bucketed to 90+ in the extract (Safe Harbor rule). LOS 7 d. Readmitted? No, checked through {{DATE:2024-03-22}}.`,
  `SEND-OUT MANIFEST  {{FACILITY:Quillfield Laboratories}} -> {{FACILITY:Granite State Reference Lab}}  courier run 2  {{DATE:04/12/2024}}  packed by {{NAME:R. Choi}}
req#         | accession      | mrn      | patient                  | dob        | test                       | spec     | collected
{{ID:REQ-8830117}}  | {{ID:QF24-103-0022}}  | {{MRN:H2311902}} | {{NAME:ZUNIGA^ESPERANZA}}       | {{DATE:07/21/1986}} | Vitamin D 25-OH (1989-3)   | SST fz   | {{DATE:04/12/2024 06:40}}
{{ID:REQ-8830118}}  | {{ID:QF24-103-0031}}  | {{MRN:H2290417}} | {{NAME:MBEKI^THANDIWE}}         | {{DATE:06/14/1931}} | SPEP/IFE                   | SST      | {{DATE:04/12/2024 05:15}}
{{ID:REQ-8830119}}  | {{ID:QF24-103-0047}}  | {{MRN:H2312208}} | {{NAME:ST. GERMAIN^LUCIEN}}     | {{DATE:01/09/1958}} | Lead, blood (5671-3)       | Royal bl | {{DATE:04/12/2024 07:02}}
{{ID:REQ-8830120}}  | {{ID:QF24-103-0050}}  | {{MRN:H2312251}} | {{NAME:PAQUETTE^AMELIE}}        | {{DATE:10/30/2019}} | Lead, blood (5671-3)       | Royal bl | {{DATE:04/12/2024 07:20}}
Temp log: 4C tote 4.1C, frozen tote -21C. Courier {{NAME:Dwayne}} ({{FACILITY:GSRL}} van 12). Recvd at {{FACILITY:GSRL}} by {{NAME:M. Fortin}} 1130.`,
  `Rhapsody alert: MRN COLLISION on inbound ADT^A04 (downtime reconciliation)
received {{DATE:2024-05-19T03:14:55-06:00}}  route DT_RECON_ADT  msg LRMCDT000412  status HELD
incoming: PID-3 {{MRN:884502}}^^^{{FACILITY:LRMC}}^MR | {{NAME:HERNANDEZ^JOSE^LUIS}} | {{DATE:19900602}} | M | {{ADDRESS:611 N 7th Ave}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}
on file:  PID-3 {{MRN:884502}} | {{NAME:HERNANDEZ^JOSEFINA}} | {{DATE:19620917}} | F | {{ADDRESS:1320 W Koch St}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59715}}
rule ID_CONFLICT: name/DOB/sex disagree, score 0.21

Analysis ({{NAME:gk}}): during the {{DATE:5/18}} 2200-0200 downtime the ED used pre-printed MRN labels, and that roll had been partly used in the drill on {{DATE:4/2}}. Gave {{NAME:Jose Luis}} a new MRN {{MRN:884611}}, fixed the paper chart and wristband, reprocessed. Labs drawn on the wrong MRN (acc {{ID:QF24-140-0006}}, {{ID:QF24-140-0009}}) moved by LIS ({{NAME:KTRAN}}). Checked {{NAME:Josefina}}'s chart: nothing stray filed. Incident {{ID:INC0051177}}; ED manager {{NAME:Carla Benning}} pulled the rest of the roll.`,
  `Privacy analytics - rule SAME_LAST_NAME - period {{DATE:2024-05-01}} to {{DATE:2024-05-31}} - 3 hits
user_login|user_name|dept|workstation|ip|pt_mrn|pt_name|n|first_access
{{NAME:jbecenti}}|{{NAME:BECENTI, JARED}}|Radiology|WS-RAD-RR2|{{IP:198.51.100.140}}|{{MRN:884690}}|{{NAME:BECENTI, ELLA}}|3|{{DATE:2024-05-04 22:41}}
{{NAME:lbecenti}}|{{NAME:BECENTI, LORENE}}|Infusion|WS-INF-02|{{IP:198.51.100.152}}|{{MRN:884690}}|{{NAME:BECENTI, ELLA}}|1|{{DATE:2024-05-09 08:02}}
{{NAME:mnguyen4}}|{{NAME:NGUYEN, MINH}}|Pharmacy|WS-4W-PHARM-02|{{IP:198.51.100.78}}|{{MRN:884702}}|{{NAME:NGUYEN, THANH}}|2|{{DATE:2024-05-21 14:10}}
Review ({{NAME:L. Giddings}}, {{DATE:6/4}}):
1 - {{NAME:Jared}} performed her CT on {{DATE:5/4}} (order from ED); accesses within the exam window. Appropriate.
2 - {{NAME:Lorene}} was the infusion RN assigned that day. Appropriate.
3 - pharmacist verifying a heparin order; no relation (common surname). Appropriate.
Closed; no referral.`,
  `MSH|^~\\&|EPICADT|{{FACILITY:LARKMOOR RMC}}|RHAPSODY|ALL|{{DATE:20240317202011-0600}}||ADT^A02^ADT_A02|LRMC0317A0187|P|2.5.1
EVN|A02|{{DATE:20240317201500}}|||{{NAME:kwillems}}^{{NAME:WILLEMS^KARA}}
PID|1||{{MRN:884120}}^^^{{FACILITY:LRMC}}^MR||{{NAME:KOWALCZYK^DOROTA^JADWIGA}}||{{DATE:19470321}}|F
PV1|1|I|4W^412^B^{{FACILITY:LRMC}}|E||ED^14^A^{{FACILITY:LRMC}}|{{LICENSE:1487620395}}^{{NAME:OYELARAN^TEMI^A}}^^^^MD^^^NPI||{{LICENSE:1322917408}}^{{NAME:PARASHAR^VIKRAM}}^^^^MD^^^NPI|MED||||7||||{{ACCOUNT:V00418827}}|||||||||||||||||||||||||{{DATE:202403171422}}
PV2|||R07.9^Chest pain, unspecified^I10

Bed board issue ({{NAME:Kara Willems}}, bed mgmt): the A02 reached the board at 2020 but 4W-412-B still showed {{NAME:Fern Whitaker}} because her A03 ({{DATE:3/17}} 1945) was queued behind a stuck A08 in the BEDBOARD route. {{NAME:Deb}} on the interface team cleared the queue at 2031; board caught up. Also: pt's TELE box is 4W-T12 (not a serial, ignore).`,
  `MSH|^~\\&|RALS|{{FACILITY:HARROWGATE CH}}|MEDITECH|{{FACILITY:HARROWGATE CH}}|{{DATE:20240520071533}}||ORU^R01|RALS0520071533|P|2.5.1
PID|1||{{MRN:H2301176}}^^^{{FACILITY:HCH}}^MR||{{NAME:O'HALLORAN^BRIDGET^MAEVE}}||{{DATE:19441102}}|F
PV1|1|I|3N^311^A^{{FACILITY:HCH}}||||||||||||||||{{ACCOUNT:A0045190}}
OBR|1||{{ID:POC-0520-88123}}|2345-7^Glucose POC^LN|||{{DATE:202405200712}}
OBX|1|NM|2345-7^Glucose [Mass/volume] in Blood by Glucometer^LN||54|mg/dL|70-99|L|||F|||{{DATE:202405200712}}||{{ID:OP-20188}}^{{NAME:ABNEY^KEISHA}}
OBX|2|NM|2345-7^Glucose [Mass/volume] in Blood by Glucometer^LN||62|mg/dL|70-99|L|||F|||{{DATE:202405200731}}||{{ID:OP-20188}}^{{NAME:ABNEY^KEISHA}}
NTE|1||Meter ACI2-07 (Accu-Chek Inform II), strip lot 4471902 exp 2025-01-31, QC passed 0600.
NTE|2||15 g carbs given 0714 per hypoglycemia protocol; Dr. {{NAME:Halvorsen}} notified 0733, glargine reduced to 12 units.
POCT coordinator ({{NAME:jpratt}}): operator {{ID:OP-20188}} certification expires {{DATE:6/30}}; reminder sent to {{EMAIL:kabney@harrowgatech.example}}.`,
  `MPI LINK/UNLINK LOG  {{DATE:2024-06-02}}  EMPI prod
14:02  LINK    {{MRN:E-100771204}} <- {{FACILITY:CVMC}} {{MRN:CV7730298}} + {{FACILITY:CBH}} {{MRN:CBH-004471}}   user {{NAME:nburgess}}  score 0.97 (auto)
14:19  UNLINK  {{MRN:E-100771204}} -x- {{FACILITY:CBH}} {{MRN:CBH-004471}}   user {{NAME:nburgess}}  reason OVERLAY
14:20  CREATE  {{MRN:E-100771311}} <- {{FACILITY:CBH}} {{MRN:CBH-004471}}   user {{NAME:nburgess}}
Note ({{NAME:Nadia Burgess}}): auto-link was wrong. The {{FACILITY:Cedarvale Behavioral Health}} record is the son, also {{NAME:Terrence Albright}} (DOB {{DATE:01/15/1981}}); the medical record is the father (DOB {{DATE:01/15/1951}}). Same name, same street ({{ADDRESS:42 Sycamore Bend}}, {{LOCATION:Taunton}} MA {{ZIP:02780}}), and the 1981 DOB had been keyed as 1951 at the {{DATE:3/3/2023}} visit, which pushed the score up. Voice-biometric enrolment for the nurse line ({{BIOMETRIC:VP-7730298-01}}) belongs to the father; confirmed by call-back to {{PHONE:508-555-2290}}. Behavioral health notes were visible on the father's merged view for 17 min; privacy notified, {{ID:PRV-24-0188}}.`,
  `MR SAFETY SCREEN + MWL  {{FACILITY:Varden Imaging Associates}}  MR2 (1.5T)  {{DATE:2024-06-05}}
ACC             | PATIENT ID | NAME                   | DOB      | SPS START      | EXAM           | IMPLANT / SERIAL
{{ID:VIA240605-0311}} | {{MRN:770041187}}  | {{NAME:LACHANCE^ROGER^E}}       | {{DATE:19440714}} | {{DATE:20240605 1300}}  | MR L-SPINE WO  | PPM, MR-conditional, SN {{DEVICE:PJN448120S}}; RA lead {{DEVICE:BBL221874V}}, RV lead {{DEVICE:BBL221902V}}
{{ID:VIA240605-0315}} | {{MRN:770041230}}  | {{NAME:BOUCHARD^ELODIE}}        | {{DATE:19580322}} | {{DATE:20240605 1400}}  | MR BRAIN W/WO  | cochlear implant R, SN {{DEVICE:CI-00871122}} - NOT CLEARED
{{ID:VIA240605-0318}} | {{MRN:770012207}}  | {{NAME:TREMBLAY^JACQUES}}       | {{DATE:19290918}} | {{DATE:20240605 1500}}  | MR KNEE L WO   | none; hearing aids removed
Notes: Mr. {{NAME:Lachance}} - device clinic RN {{NAME:Abby Trask}} to set MRI mode at 1245 and restore after; PPM serial matches the card. Ms. {{NAME:Bouchard}} - rescheduled pending audiology ({{FACILITY:Seacoast Hearing Center}}, {{FAX:603-555-0815}}). Mr. {{NAME:Tremblay}} is {{AGE:94}}, w/c, daughter {{NAME:Sylvie}} to stay in room. - {{NAME:Owen}} (MR tech)`,
  `MSH|^~\\&|EPICADT|{{FACILITY:CEDARVALE MC}}|RHAPSODY|HIE|{{DATE:20240611092240-0400}}||ADT^A31^ADT_A05|CV0611092240|P|2.5.1
EVN|A31|{{DATE:20240611092240}}|||{{NAME:pnakamura}}
PID|1||{{MRN:CV7730655}}^^^{{FACILITY:CVMC}}^MR||{{NAME:OSTROWSKI^HELENA^B}}||{{DATE:19330227}}|F|||{{ADDRESS:7 Quarry Hill Rd}}^^{{LOCATION:Dighton}}^MA^{{ZIP:02715}}^USA^H||^PRN^PH^^1^{{PHONE:508^5557342}}~^NET^Internet^{{EMAIL:helenaostrowski@seniornet.example}}||pol^Polish|W
PD1|||{{FACILITY:Dighton Family Practice}}|{{LICENSE:1467208339}}^{{NAME:WAINWRIGHT^SUSAN}}^^^^MD
NK1|1|{{NAME:OSTROWSKI^PAWEL}}|SON^Son||^PRN^CP^^1^{{PHONE:401^5550286}}||EC
ZPT|1|PORTAL_PROXY|{{URL:https://mychart.cedarvale.example/activate?code=7KQ2-99XD}}|{{DATE:20240618}}

Route note ({{NAME:YD}}): HIE rejected this A31 (MSA|AR ... segment ZPT not allowed). The Z-segment carries the proxy portal activation link for the son, which should never leave us anyway. Added a strip-Z step to CV_ADT_TO_HIE and resent. Pt is {{AGE:91}}; son {{NAME:Pawel}} is proxy from {{DATE:6/11}}.`,
  `MSH|^~\\&|ATHENA|{{FACILITY:TRH OCCMED}}|CHGROUTER|BILLING|{{DATE:20240607163005}}||DFT^P03|TRHOM0607163005|P|2.5.1
EVN|P03|{{DATE:20240607163005}}
PID|1||{{MRN:TR10311928}}^^^{{FACILITY:TRH}}^MR||{{NAME:MCALLISTER^DEVON^RAY}}||{{DATE:19860419}}|M|||{{ADDRESS:61755 Ward Rd}}^^{{LOCATION:Bend}}^OR^{{ZIP:97702}}||^PRN^CP^^1^{{PHONE:541^5552287}}|||||{{ACCOUNT:TRA-5531907}}|{{SSN:543-88-2071}}
PV1|1|O|OCCMED^^^{{FACILITY:TRH}}||||{{LICENSE:1578220943}}^{{NAME:QUINTANA^ROSALIE}}^^^^DO^^^NPI
FT1|1|||{{DATE:20240607}}|{{DATE:20240607}}|CG|99203^Office o/p new low^CPT||1|||||||||S93.401A^Sprain of L ankle^I10
FT1|2|||{{DATE:20240607}}|{{DATE:20240607}}|CG|73610^X-ray ankle 3+ views^CPT||1|||||||||S93.401A^^I10
ACC|{{DATE:202406061430}}|WC^Work related|Dock 4, {{FACILITY:Ardent Freight Lines}} {{LOCATION:Redmond}} terminal|OR|N
GT1|1|{{ACCOUNT:G-WC-55120}}|{{FACILITY:ARDENT FREIGHT LINES}}||{{ADDRESS:4400 SW Airport Way}}^^{{LOCATION:Redmond}}^OR^{{ZIP:97756}}|^WPN^PH^^1^{{PHONE:541^5550660}}|||||EMP^Employer
IN1|1|WC|CWC01|CASCADIA WORKERS COMP MUTUAL|||||||||||{{FACILITY:ARDENT FREIGHT LINES}}|EMP
NTE|1||WC claim {{ACCOUNT:CWC-24-7781203}}, adjuster {{NAME:Ines Portillo}}. Employee #{{ID:AF-20714}}. Stepped off yard tractor (unit 14, VIN {{VEHICLE:1XKYD49X7LJ318844}}) onto uneven plate. Ottawa ankle rules positive -> XR neg. RTW modified duty {{DATE:6/10}}.`,
  `271 rejects, eligibility batch {{DATE:06/10/2024}} (clearinghouse batch 4471-B), 3 of 212:

1) NM1*IL*1*{{NAME:PAQUETTE}}*{{NAME:AMELIE}}****MI*{{HEALTH_PLAN:NHM44718820}}~
   AAA*Y**73*C~   (73 invalid/missing subscriber name)
   Reg keyed the child as subscriber; subscriber is the mother, {{NAME:Genevieve Paquette}}, DOB {{DATE:19880412}}. Re-sent with the 2000D dependent loop: NM1*03*1*{{NAME:PAQUETTE}}*{{NAME:AMELIE}}~ DMG*D8*{{DATE:20191030}}*F~

2) NM1*IL*1*{{NAME:ST GERMAIN}}*{{NAME:LUCIEN}}****MI*{{HEALTH_PLAN:W229104477}}~
   AAA*Y**58*C~   (58 invalid DOB)
   We sent DMG*D8*{{DATE:19580109}}; payer has {{DATE:19580901}} (day/month swapped on their side - our DOB matches his driver's license {{LICENSE:NHL09015822}}). Pt asked to call member services.

3) NM1*IL*1*{{NAME:OKAFOR}}*{{NAME:VICTOR}}****MI*{{HEALTH_PLAN:YHL660214573}}~
   AAA*Y**42*R~   (42 unable to respond now)
   Payer portal down 0100-0400; auto-retry queued for 0430.

- {{NAME:Odette W.}}, patient access (ext {{PHONE:5512}})`,
  `{"resourceType": "Patient", "id": "{{ID:pt-77a0c3}}",
 "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.9021.1", "value": "{{MRN:CV7730412}}"},
   {"system": "http://hl7.org/fhir/sid/passport-PRT", "value": "{{ID:CB4471902}}"}],
 "name": [{"family": "{{NAME:Magalhães}}", "given": ["{{NAME:João}}", "{{NAME:Pedro}}"]}],
 "gender": "male", "birthDate": "{{DATE:1955-01-26}}",
 "photo": [{"contentType": "image/jpeg", "title": "{{PHOTO:jpm_reg_photo_0603.jpg}}", "creation": "{{DATE:2024-06-03T13:58:40-04:00}}"}],
 "telecom": [{"system": "phone", "value": "{{PHONE:+1 508 555 0917}}", "use": "mobile"},
   {"system": "url", "value": "{{URL:https://www.quintamagalhaes.example.pt}}"}],
 "address": [{"line": ["{{ADDRESS:Rua de Cedofeita 221, 3 Esq}}"], "city": "{{LOCATION:Porto}}", "postalCode": "{{ZIP:4050-179}}", "country": "PRT"}],
 "contact": [{"relationship": [{"text": "sister"}], "name": {"text": "{{NAME:Fátima Magalhães Sousa}}"},
   "telecom": [{"system": "phone", "value": "{{PHONE:508-555-3046}}"}]}],
 "communication": [{"language": {"coding": [{"system": "urn:ietf:bcp:47", "code": "pt-PT"}]}, "preferred": true}]}
Mapping check ({{NAME:pnakamura}}): telecom url is his vineyard's web site, which registration typed into the e-mail field; moved. Photo title should not carry initials - vendor ticket {{ID:CS-00412277}}.`,
  `MSH|^~\\&|SUNQUEST|{{FACILITY:LRMC LAB}}|EPIC|{{FACILITY:LARKMOOR RMC}}|{{DATE:20240317004512}}||ORU^R01|LRL0317004512|P|2.5.1
PID|1||{{MRN:884251}}^^^{{FACILITY:LRMC}}^MR||{{NAME:STAVROS^NIKOLAOS^P}}||{{DATE:19840209}}|M
PV1|1|E|ED^07^A^{{FACILITY:LRMC}}||||||||||||||||{{ACCOUNT:V00419102}}
OBR|1|{{ID:ORD8820447}}|{{ID:L24-076-0009}}|5640-2^Ethanol Bld^LN|||{{DATE:202403162318}}|||||LEGAL^Legal draw, chain of custody||||{{LICENSE:1740218836}}^{{NAME:ACHEBE^NGOZI}}^^^^MD||||||{{DATE:202403170044}}||CH|F
OBX|1|NM|5640-2^Ethanol [Mass/volume] in Blood^LN||142|mg/dL|<10|H|||F|||{{DATE:202403170041}}||{{NAME:WESTBROOK^TANYA}}
NTE|1||CHAIN OF CUSTODY: drawn by {{NAME:R. Lujan}} RN {{DATE:03/16/2024 23:18}}, witnessed by MHP Trooper {{NAME:Dale Hanlon}} (badge {{ID:1147}}). Kit {{ID:COC-24-00318}} sealed and released to trooper 2331. Case {{ID:MHP-24-03-1177}}; vehicle per trooper MT plate {{VEHICLE:16-4427C}}.\\.br\\Site prepped with chlorhexidine, no alcohol swab.
NTE|2||Result confidential - legal. Release only with subpoena (route to HIM, {{NAME:Renata Solis}}).
HIM note ({{DATE:4/2}}): subpoena duces tecum received from {{LOCATION:Gallatin Co}} Attorney for this result; released {{DATE:04/03/2024}} under log {{ID:ROI-24-0622}}.`,
  `MSH|^~\\&|DRAGON_TX|{{FACILITY:ST ODILE HOSP}}|CERNER|{{FACILITY:ST ODILE HOSP}}|{{DATE:20240223091702}}||MDM^T06|SOH55121990|P|2.5.1
EVN|T06|{{DATE:20240223091702}}
PID|1||{{MRN:SO-0557218}}^^^{{FACILITY:SOH}}^MR||{{NAME:DELACROIX^EMILE^R}}||{{DATE:19281103}}|M
PV1|1|I|5E^522^A^{{FACILITY:SOH}}||||{{LICENSE:1306629841}}^{{NAME:BROUSSARD^ANNETTE}}^^^^MD||||||||||||{{ACCOUNT:H77120845}}
TXA|1|DS^Discharge Summary|TX|{{DATE:20240223090000}}|{{NAME:BROUSSARD^ANNETTE}}^^^^MD||{{DATE:20240223091500}}||||{{ID:DOC-2024-0088127}}|{{ID:DOC-2024-0088126}}|||||AU
OBX|1|TX|18842-5^Discharge summary^LN||ADDENDUM: The SNF is {{FACILITY:Magnolia Terrace Skilled Nursing}}, not {{FACILITY:Magnolia Gardens}} as dictated.\\.br\\SNF fax {{FAX:504-555-7120}}; admissions nurse {{NAME:Toinette Guidry}} {{PHONE:504-555-7118}}.\\.br\\Discharge date corrected to {{DATE:02/21/2024}} (was typed {{DATE:02/12/2024}}).\\.br\\Cefpodoxime 200 mg PO BID x 2 more days to complete 7 d.\\.br\\{{NAME:Annette Broussard}}, MD {{DATE:02/23/2024 09:15}}||||||F

Interface note: T06 with TXA-13 pointing at the parent doc replaced the original in Cerner, but the HIE got it as a new doc because the HIE route maps T06 -> T02. Ticket {{ID:INC0047733}} ({{NAME:mbg}}).`,
  `MSH|^~\\&|CADENCE|{{FACILITY:ST ODILE HOSP}}|CLOVERLEAF|VASC|{{DATE:20240304101130-0600}}||SIU^S12|SOH0304101130|P|2.5.1
SCH|{{ID:APT8812034}}|{{ID:APT8812034}}|||||NEW^New|FU_PNA^Post-pneumonia follow up|30|MIN|^^30^{{DATE:202403140930}}^{{DATE:202403141000}}|||||{{NAME:GUIDRY^TOINETTE}}|^WPN^PH^^1^{{PHONE:504^5557118}}|||||||BOOKED
PID|1||{{MRN:SO-0557218}}^^^{{FACILITY:SOH}}^MR||{{NAME:DELACROIX^EMILE^R}}||{{DATE:19281103}}|M|||{{ADDRESS:4410 Veterans Memorial Blvd}}^^{{LOCATION:Metairie}}^LA^{{ZIP:70006}}^USA^C
AIG|1|A|{{LICENSE:1306629841}}^{{NAME:BROUSSARD^ANNETTE}}^^^^MD|MD
AIL|1|A|IMCL^^^{{FACILITY:SOH}}^^^^^Internal Med Clinic 2nd fl|CLINIC
NTE|1||{{AGE:95}} yo, resident of {{FACILITY:Magnolia Terrace Skilled Nursing}} (temp address above). Stretcher transport by {{FACILITY:Bayou Medi-Van}}, pickup 0845; SNF will fax MAR to {{FAX:504-555-3011}} day before.
NTE|2||Daughter {{NAME:Lisette}} meets him in clinic; parking validation for her car, LA plate {{VEHICLE:YTR 418}}.
NTE|3||CXR ordered for same day, acc {{ID:SOH-R24-33019}}.`,
  `<RxFill>  MessageID a90c11f7e2d3  <SentTime>{{DATE:2024-05-02T15:41:09-05:00}}</SentTime>
<FillStatus><Dispensed/></FillStatus>
<Pharmacy><BusinessName>{{FACILITY:Prairie Rose Drug}}</BusinessName><Identification><NPI>{{LICENSE:1205883317}}</NPI></Identification>
 <Pharmacist><LastName>{{NAME:Vang}}</LastName><FirstName>{{NAME:Mai}}</FirstName></Pharmacist></Pharmacy>
<Patient><HumanPatient><Name><LastName>{{NAME:Gundersen}}</LastName><FirstName>{{NAME:Bjorn}}</FirstName></Name>
 <DateOfBirth><Date>{{DATE:1932-04-17}}</Date></DateOfBirth>
 <Address><AddressLine1>{{ADDRESS:RR 2 Box 118}}</AddressLine1><City>{{LOCATION:Ellendale}}</City><StateProvince>ND</StateProvince><PostalCode>{{ZIP:58436}}</PostalCode></Address></HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>{{LICENSE:1427760391}}</NPI></Identification><Name><LastName>{{NAME:Osei}}</LastName><FirstName>{{NAME:Kwame}}</FirstName></Name></NonVeterinarian></Prescriber>
<MedicationDispensed><DrugDescription>amiodarone HCl 200 mg tablet</DrugDescription><DrugCoded><ProductCode><Code>00093913301</Code></ProductCode></DrugCoded>
 <Quantity><Value>90</Value></Quantity><DaysSupply>90</DaysSupply><LastFillDate><Date>{{DATE:2024-05-02}}</Date></LastFillDate></MedicationDispensed>
<RxReferenceNumber>{{ID:PRD-0884173}}</RxReferenceNumber><PrescriberOrderNumber>{{ID:CHH-RX-20414}}</PrescriberOrderNumber></RxFill>
Clinic note ({{NAME:tw}}): fill confirmed; pharmacy delivers to the farm, pt {{AGE:92}} no longer drives. TSH and LFTs due {{DATE:6/1}}.`,
  `<recordTarget><patientRole>
 <id root="2.16.840.1.113883.3.9021.1" extension="{{MRN:CV7730655}}"/>
 <id root="2.16.840.1.113883.4.1" extension="{{SSN:034-62-1187}}"/>
 <addr use="HP"><streetAddressLine>{{ADDRESS:7 Quarry Hill Rd}}</streetAddressLine><city>{{LOCATION:Dighton}}</city><state>MA</state><postalCode>{{ZIP:02715}}</postalCode></addr>
 <patient><name><given>{{NAME:Helena}}</given><given>{{NAME:Barbara}}</given><family>{{NAME:Ostrowski}}</family></name>
  <birthTime value="{{DATE:19330227}}"/>
  <guardian><code code="POWATT" displayName="power of attorney"/>
   <telecom value="tel:{{PHONE:+1-401-555-0286}}"/>
   <guardianPerson><name><given>{{NAME:Pawel}}</given><family>{{NAME:Ostrowski}}</family></name></guardianPerson>
  </guardian>
 </patient>
</patientRole></recordTarget>
<participant typeCode="IND"><associatedEntity classCode="NOK">
 <code code="DAU" codeSystem="2.16.840.1.113883.5.111" displayName="daughter"/>
 <addr><streetAddressLine>{{ADDRESS:310 Bay View Ave, Unit 2}}</streetAddressLine><city>{{LOCATION:Bristol}}</city><state>RI</state><postalCode>{{ZIP:02809}}</postalCode></addr>
 <telecom value="mailto:{{EMAIL:anna.ostrowska.reid@oceanstate.example}}"/>
 <associatedPerson><name><given>{{NAME:Anna}}</given><family>{{NAME:Ostrowska-Reid}}</family></name></associatedPerson>
</associatedEntity></participant>
<!-- HIE QA: pt {{AGE:91}}; POA doc scanned {{DATE:06/11/2024}} -->`,
  `RESULT CORRECTION AUDIT  acc {{ID:QF24-131-0077}}  MRN {{MRN:H2312251}}  {{NAME:PAQUETTE, AMELIE}}  DOB {{DATE:10/30/2019}}
ts                   | user    | action  | test         | old          | new           | comment
{{DATE:2024-05-10 11:02:17}}  | {{NAME:RCHOI}}   | VERIFY  | Lead, blood  |              | 7.2 ug/dL H   | from {{FACILITY:GSRL}} report
{{DATE:2024-05-10 11:02:19}}  | SYSTEM  | SEND    | ORU^R01      |              | OBX-11 F      | to Epic, HIE, state lead registry
{{DATE:2024-05-10 14:40:55}}  | {{NAME:MFORTIN}} | CORRECT | Lead, blood  | 7.2 ug/dL H  | 2.7 ug/dL     | transcription error, ref lab report says 2.7
{{DATE:2024-05-10 14:40:57}}  | SYSTEM  | SEND    | ORU^R01      | OBX-11 F     | OBX-11 C      | corrected result
Follow-up ({{NAME:jp}}): called ordering provider Dr. {{NAME:Ines Carvalho}} at {{FACILITY:Monadnock Kids Pediatrics}} 1450; she had already called mother {{NAME:Genevieve}} ({{PHONE:603-555-0872}}) about the 7.2 and will call back. Corrected report faxed to {{FAX:603-555-0873}}. State registry got the C status automatically. QA event {{ID:QA-24-0510-02}}; reference range <3.5 ug/dL.`,
  `FHIR write-back errors, outside-lab results -> {{FACILITY:Harrowgate}} EHR, last 24 h ({{DATE:2024-05-22}})
POST {{URL:https://fhir.harrowgatech.example/r4/Observation}}   422  OperationOutcome: subject not resolvable
  "subject": {"identifier": {"system": "urn:oid:2.16.840.1.113883.3.4471.2.1", "value": "{{MRN:H2290147}}"}, "display": "{{NAME:MBEKI, T}}"}
  "effectiveDateTime": "{{DATE:2024-05-21T16:20:00-04:00}}", "code": 2160-0 Creatinine, value 2.1 mg/dL
POST {{URL:https://fhir.harrowgatech.example/r4/Observation}}   409  duplicate identifier
  "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.4471.5", "value": "{{ID:GS-7781102-03}}"}], "subject": {"display": "{{NAME:ST. GERMAIN, LUCIEN}}"}
  -> same result resent by {{FACILITY:GSRL}} after their {{DATE:5/21}} outage, safe to drop
Callback registered by the reference lab: {{URL:https://results.granitestaterl.example/ack}} (from {{IP:203.0.113.90}})
Fix for #1 ({{NAME:Priya R.}}): {{FACILITY:GSRL}} keyed {{MRN:H2290147}} for {{MRN:H2290417}} (digits swapped). Confirmed by DOB {{DATE:06/14/1931}}; reposted with correct MRN. Asked {{FACILITY:GSRL}} client services ({{NAME:Marc Fortin}}, {{EMAIL:mfortin@granitestaterl.example}}) to add a DOB check.`,
  `portal_access_audit.csv (MyChart), account of pt {{MRN:CV7730655}} {{NAME:OSTROWSKI, HELENA}}, pulled {{DATE:2024-06-20}}
ts,login,acting_as,ip,client,event
{{DATE:2024-06-18T19:22:04-04:00}},{{EMAIL:pawel.ostrowski@oceanstate.example}},PROXY,{{IP:203.0.113.57}},iOS app 10.4,LOGIN_OK
{{DATE:2024-06-18T19:23:40-04:00}},{{EMAIL:pawel.ostrowski@oceanstate.example}},PROXY,{{IP:203.0.113.57}},iOS app 10.4,VIEW_RESULTS
{{DATE:2024-06-19T03:11:12-04:00}},{{EMAIL:helenaostrowski@seniornet.example}},SELF,{{IP:192.0.2.201}},Chrome 125 Win,LOGIN_FAIL
{{DATE:2024-06-19T03:11:49-04:00}},{{EMAIL:helenaostrowski@seniornet.example}},SELF,{{IP:192.0.2.201}},Chrome 125 Win,LOGIN_FAIL
{{DATE:2024-06-19T03:12:30-04:00}},{{EMAIL:helenaostrowski@seniornet.example}},SELF,{{IP:192.0.2.201}},Chrome 125 Win,LOCKED
Analyst ({{NAME:YD}}): pt is {{AGE:91}} and does not use the portal herself; the 3 am attempts came from an IP that geolocates to {{LOCATION:Bucharest}}. Account locked automatically. Called son {{NAME:Pawel}} at {{PHONE:401-555-0286}}; her e-mail was phished last week. Self-login disabled, proxy kept; security ticket {{ID:SEC-24-0619-01}}.`,
  `MSH|^~\\&|HCHB|{{FACILITY:CRESTLINE HOSPICE}}|RHAPSODY|{{FACILITY:MAHONING RIDGE MG}}|{{DATE:20240702104512-0400}}||ADT^A08^ADT_A01|CH0702104512|P|2.5.1
EVN|A08|{{DATE:20240702104500}}
PID|1||{{MRN:CHS-220417}}^^^{{FACILITY:CHS}}^MR~{{MRN:E00912744}}^^^{{FACILITY:MRMG}}^MR||{{NAME:SZABO^ILONA^MARGIT}}||{{DATE:19310708}}|F|||{{ADDRESS:2218 Canfield Rd^Apt 4}}^^{{LOCATION:Youngstown}}^OH^{{ZIP:44511}}||^PRN^PH^^1^{{PHONE:330^5550162}}|||W
PD1|||{{FACILITY:Mahoning Ridge Medical Group}}|{{LICENSE:1558316427}}^{{NAME:FARKAS^IMRE}}^^^^MD
NK1|1|{{NAME:SZABO-REYES^KATI}}|NIE^Niece||^PRN^CP^^1^{{PHONE:330^5550190}}||EC
NK1|2|{{NAME:SZABO^GABOR}}|NEP^Nephew|{{ADDRESS:Via Tiziano 55}}^^{{LOCATION:Milan}}^^{{ZIP:20145}}^ITA
PV1|1|O|HOSPICE^^^{{FACILITY:CHS}}||||{{LICENSE:1366004218}}^{{NAME:MARCHETTI^PAOLA}}^^^^MD^^^NPI|||HSP||||||||HOSP|{{ACCOUNT:HSP-24-00717}}
OBX|1|NM|30525-0^Age^LN||{{AGE:92}}|a|||||F
OBX|2|CWE|HOSPICE_DX^Terminal dx^L||R54^Age-related physical debility^I10||||||F
OBX|3|ST|DME^Hospital bed vendor^L||{{FACILITY:Valley Home Medical Supply}}||||||F
Route note ({{NAME:YD}}): hospice A08s now copy to the PCP's in-basket. NK1-2 has an Italian address; the clinic's address validator rejects non-US ZIPs, so NK1-4 is skipped for foreign country codes instead of failing the message.`,
  `ST*837*0511*005010X222A1~
BHT*0019*00*MRMG837-0709*{{DATE:20240709}}*0610*CH~
NM1*85*2*{{FACILITY:MAHONING RIDGE MEDICAL GROUP}}*****XX*{{LICENSE:1679330154}}~
N3*{{ADDRESS:7420 MARKET ST STE 300}}~
N4*{{LOCATION:BOARDMAN}}*OH*{{ZIP:445124401}}~
HL*2*1*22*0~
SBR*P*18*G8810******CI~
NM1*IL*1*{{NAME:RAHIMI}}*{{NAME:ZOHREH}}****MI*{{HEALTH_PLAN:OHP55120447}}~
N3*{{ADDRESS:915 GLENWOOD AVE APT 12}}~
N4*{{LOCATION:YOUNGSTOWN}}*OH*{{ZIP:44502}}~
DMG*D8*{{DATE:19640922}}*F~
CLM*{{ACCOUNT:MRMG-V5510288}}*145***10:B:1*Y*A*Y*Y~
HI*ABK:F411~
NM1*82*1*{{NAME:FARKAS}}*{{NAME:IMRE}}****XX*{{LICENSE:1558316427}}~
LX*1~
SV1*HC:99213:95*145*UN*1***1~
DTP*472*D8*{{DATE:20240708}}~
SE*17*0511~
Coding note ({{NAME:Beth A.}}): POS 10 + modifier 95 OK for this payer. The visit note still carries the raw video link {{URL:https://vv.mahoningridge.example/room/farkas-7731?p=zrahimi}}, which has the provider and pt in it - asked the vendor to stop pasting it. Pt was at home in {{LOCATION:Youngstown}}, provider at the {{LOCATION:Boardman}} office.`,
  `KIOSK CHECK-IN LOG  {{FACILITY:Cedarvale Medical Center}} lobby B, kiosk KB-03, {{DATE:2024-06-24}}
time     | result      | mrn        | name                  | dob        | method    | template       | photo_ref
07:41:12 | MATCH       | {{MRN:CV7730412}}  | {{NAME:MAGALHAES, JOAO P}}    | {{DATE:01/26/1955}} | palm-vein | {{BIOMETRIC:PV-CV-0071184}} | {{PHOTO:CV7730412_face_0603.jpg}}
07:55:40 | NO MATCH    | -          | -                     | -          | palm-vein | {{BIOMETRIC:PV-CV-0071190}} | -
07:56:31 | MATCH (DOB) | {{MRN:CV7730981}}  | {{NAME:DUARTE, LUCIANA}}      | {{DATE:03/14/1992}} | DOB+name  | -              | {{PHOTO:CV7730981_face_0521.jpg}}
08:02:09 | OVERRIDE    | {{MRN:CV7730655}}  | {{NAME:OSTROWSKI, HELENA}}    | {{DATE:02/27/1933}} | staff     | -              | {{PHOTO:CV7730655_face_1117.jpg}}
Notes ({{NAME:pnakamura}}): 07:55 scan was Ms. {{NAME:Duarte}}; her template enrolled {{DATE:5/21}} was poor quality, re-enrolled at desk. 08:02 - Mrs. {{NAME:Ostrowski}} ({{AGE:91}}) declined palm scan, son {{NAME:Pawel}} with her; checked in by staff override. Kiosk KB-03 firmware 4.2.1, IP {{IP:198.51.100.201}}.`,
  `{"resourceType": "Bundle", "type": "transaction", "entry": [
 {"fullUrl": "urn:uuid:{{ID:9b2e5c10-4f7a-4d3b-8c61-0e2f7a11d5c4}}",
  "resource": {"resourceType": "Patient",
   "identifier": [{"system": "urn:oid:2.16.840.1.113883.3.6610.1", "value": "{{MRN:TR10311928}}"}],
   "name": [{"family": "{{NAME:McAllister}}", "given": ["{{NAME:Devon}}", "{{NAME:Ray}}"]}], "birthDate": "{{DATE:1986-04-19}}"},
  "request": {"method": "PUT", "url": "Patient?identifier=urn:oid:2.16.840.1.113883.3.6610.1|{{MRN:TR10311928}}"}},
 {"fullUrl": "cov-1",
  "resource": {"resourceType": "Coverage", "status": "active",
   "subscriberId": "{{HEALTH_PLAN:PDX4471902201}}",
   "subscriber": {"display": "{{NAME:Kendra McAllister}}"},
   "beneficiary": {"reference": "urn:uuid:{{ID:9b2e5c10-4f7a-4d3b-8c61-0e2f7a11d5c4}}"},
   "relationship": {"coding": [{"code": "spouse"}]},
   "period": {"start": "{{DATE:2024-01-01}}", "end": "{{DATE:2024-12-31}}"},
   "payor": [{"display": "Cascadia Health Plan"}],
   "class": [{"type": {"coding": [{"code": "group"}]}, "value": "CHP-88012", "name": "{{FACILITY:Deschutes Valley Schools}} Staff PPO"}]},
  "request": {"method": "POST", "url": "Coverage"}}
]}
Note: spouse {{NAME:Kendra}} is the subscriber through her employer; the WC claim stays separate.`,
  `Subject: real patient data found in TST interface archive
From: {{NAME:Vivian Okafor}}   To: integration-team, privacy   {{DATE:Wed 7/10/2024}} 11:20

While validating the 2.5.1 upgrade build I found three ADT messages in the TST Rhapsody archive that are real people. They came from a super-user practising in the training env on {{DATE:7/9}}, which still points at TST instead of TRN.

CVTST0709141502  ADT^A04  PID|1||{{MRN:CV7730981}}^^^{{FACILITY:CVMC}}^MR||{{NAME:DUARTE^LUCIANA}}||{{DATE:19920314}}|F|||{{ADDRESS:88 Brayton Ave}}^^{{LOCATION:Fall River}}^MA^{{ZIP:02721}}
CVTST0709141733  ADT^A08  PID|1||{{MRN:CV7730981}}^^^{{FACILITY:CVMC}}^MR||{{NAME:DUARTE^LUCIANA}}||{{DATE:19920314}}|F|||||^PRN^CP^^1^{{PHONE:508^5558120}}
CVTST0709142210  ADT^A04  PID|1||{{MRN:CV7731004}}^^^{{FACILITY:CVMC}}^MR||{{NAME:BRANCO^TIAGO^M}}||{{DATE:19880707}}|M|||||||||||{{SSN:031-55-8204}}

Super-user login {{NAME:tbranco}} ({{NAME:Tiago Branco}}) registered himself and a coworker as "practice". Purged the 3 messages and the TST patients, confirmed with {{NAME:Deb}}. TRN connection string fixed ({{IP:192.0.2.15}} -> {{IP:192.0.2.16}}). Privacy ticket {{ID:PRV-24-0231}}; {{NAME:Luciana}} to be told by her manager.`,
  `MSH|^~\\&|HOLTERSCAN|{{FACILITY:CEDAR HOLLOW HEART}}|EPIC|{{FACILITY:CEDAR HOLLOW HEART}}|{{DATE:20240613150408}}||ORU^R01|HS0613150408|P|2.5.1
PID|1||{{MRN:CH0063377}}^^^{{FACILITY:CHH}}^MR||{{NAME:BRAUN^WALTRAUD^E}}||{{DATE:19300512}}|F|||{{ADDRESS:1215 3rd Ave NE}}^^{{LOCATION:Jamestown}}^ND^{{ZIP:58401}}
OBR|1|{{ID:CHH-ORD-44120}}|{{ID:HOL-24-0581}}|93224^Holter 48 h^CPT|||{{DATE:202406101015}}|{{DATE:202406121020}}|||||||||{{LICENSE:1427760391}}^{{NAME:OSEI^KWAME}}^^^^MD
OBX|1|ST|REC_SN^Recorder serial^L||{{DEVICE:H3P-220871}}||||||F
OBX|2|NM|8867-4^Heart rate mean^LN||71|/min|||||F
OBX|3|NM|MIN_HR^Heart rate min^L||38|/min|||||F
OBX|4|NM|PVC_BURDEN^PVC burden^L||4.1|%|||||F
OBX|5|TX|18750-0^Holter study^LN||Sinus rhythm with 1st degree AVB. Paroxysmal AF 6% burden, longest 2 h 14 min.\\.br\\Longest pause 3.4 s at {{DATE:06/11/2024 03:12}} during sleep, no symptom button press.||||||F
NTE|1||Pt {{AGE:94}}; recorder returned by granddaughter {{NAME:Katrin}} in clinic. Next recorder in rotation {{DEVICE:H3P-220874}} went to {{NAME:Ulrich Braun}} (husband) same day - watch for mix-ups. -{{NAME:tw}}`,
  `MSH|^~\\&|EPICADT|{{FACILITY:LARKMOOR RMC}}|RHAPSODY|ALL|{{DATE:20240708231744-0600}}||ADT^A11^ADT_A09|LRMC0708A0466|P|2.5.1
EVN|A11|{{DATE:20240708231700}}|||{{NAME:kwillems}}^{{NAME:WILLEMS^KARA}}
PID|1||{{MRN:885020}}^^^{{FACILITY:LRMC}}^MR||{{NAME:RUIZ-CASTILLO^ELENA}}||{{DATE:19990117}}|F|||{{ADDRESS:2705 W Main St Apt 22}}^^{{LOCATION:Bozeman}}^MT^{{ZIP:59718}}||^PRN^CP^^1^{{PHONE:406^5559017}}
PV1|1|I|3S^318^A^{{FACILITY:LRMC}}|E|||{{LICENSE:1322917408}}^{{NAME:PARASHAR^VIKRAM}}^^^^MD^^^NPI||||||||||||{{ACCOUNT:V00437719}}

Analyst ({{NAME:gk}}): A01 at 2249, A11 at 2317 - pt left AMA from the ED before going up to 3S, so the admit was cancelled. LIS had already turned the ED orders into inpatient orders on {{ACCOUNT:V00437719}}; the A11 did not reverse them. Lab ({{NAME:Tanya Westbrook}}) moved acc {{ID:L24-190-0211}} back to the ED encounter {{ACCOUNT:V00437702}} by hand. Room 318-A released on the bed board. Same as {{ID:INC0050412}} last month - need Sunquest to process A11.`,
  `ED TRAUMA MWL  {{FACILITY:LRMC}} CT1  {{DATE:2024-07-04}}
ACC             | PATIENT ID | NAME              | DOB      | SPS START      | EXAM
{{ID:LRA24-0077102}}  | {{MRN:T-900441}}   | {{NAME:TRAUMA^TANGO}}      | {{DATE:19000101}} | {{DATE:20240704 2214}}  | CT HEAD/C-SPINE WO, CT CAP W
{{ID:LRA24-0077103}}  | {{MRN:T-900442}}   | {{NAME:TRAUMA^UNIFORM}}    | {{DATE:19000101}} | {{DATE:20240704 2231}}  | CT HEAD WO
{{ID:LRA24-0077108}}  | {{MRN:884977}}     | {{NAME:RUIZ-CASTILLO^MATEO}} | {{DATE:20030211}} | {{DATE:20240704 2350}}  | XR FOREARM L 2V
Notes ({{NAME:mh}}): MVC at {{ADDRESS:I-90 mile marker 316}} near {{LOCATION:Livingston}}, two occupants of a 2009 Subaru Outback, WA plate {{VEHICLE:BWK4471}}. EMS run {{ID:WF24-1512}}. {{NAME:TANGO}} identified at 2340 as {{NAME:Mateo Ruiz-Castillo}}, merged into {{MRN:884977}} and the new XR ordered under his real MRN; images from the alias study re-linked by PACS admin. {{NAME:UNIFORM}} still unidentified, alias kept; ED social work ({{NAME:Hal}}, {{PHONE:x6620}}) working with MHP.`,
  `ST*835*3304~
BPR*H*0*C*NON************{{DATE:20240517}}~
TRN*1*2024137000981*1810447700~
N1*PR*MONTANA MEDICAID~
N1*PE*{{FACILITY:LARKMOOR REGIONAL MEDICAL CENTER}}*XX*{{LICENSE:1912003345}}~
LX*1~
CLP*{{ACCOUNT:9100448251}}*4*18420*0**MC*{{ACCOUNT:24137A77120}}*11*1~
NM1*QC*1*{{NAME:STAVROS}}*{{NAME:NIKOLAOS}}*{{NAME:P}}***MR*{{HEALTH_PLAN:MT88425100}}~
DTM*232*{{DATE:20240316}}~
DTM*233*{{DATE:20240325}}~
CAS*CO*197*18420~
LQ*HE*N54~
SE*11*3304~

Denial work ({{NAME:Beth Ammons}}, {{DATE:5/20}}): CO-197 = precert absent. We did get auth - UM nurse {{NAME:Corinne Ashby}} at the state's UM vendor gave {{ID:MTM-PA-2403-44718}} by phone on {{DATE:3/18/24}} (call ref {{ID:UMC-0318-2219}}), but registration keyed it on the ED visit {{ACCOUNT:V00419088}} instead of the inpatient {{ACCOUNT:V00419102}}, so REF*G1 was blank on the 837I. Moved the auth, rebilling as frequency 7 with the original ICN {{ACCOUNT:24137A77120}}. Trauma admit via MVC, so also checked for auto liability - pt's auto carrier denied ({{DATE:4/30}} letter).`,
  `<NewRx>  MessageID c7731e02fa19  <SentTime>{{DATE:2024-07-03T17:48:55-04:00}}</SentTime>
<PrescriberOrderNumber>{{ID:CHS-RX-007731}}</PrescriberOrderNumber>
<Pharmacy><BusinessName>{{FACILITY:Canfield Apothecary}}</BusinessName><CommunicationNumbers><Fax><Number>{{FAX:3305552961}}</Number></Fax></CommunicationNumbers></Pharmacy>
<Patient><HumanPatient>
 <Name><LastName>{{NAME:Szabo}}</LastName><FirstName>{{NAME:Ilona}}</FirstName></Name><DateOfBirth><Date>{{DATE:1931-07-08}}</Date></DateOfBirth>
 <Address><AddressLine1>{{ADDRESS:2218 Canfield Rd Apt 4}}</AddressLine1><City>{{LOCATION:Youngstown}}</City><StateProvince>OH</StateProvince><PostalCode>{{ZIP:44511}}</PostalCode></Address>
</HumanPatient></Patient>
<Prescriber><NonVeterinarian><Identification><NPI>{{LICENSE:1366004218}}</NPI><DEANumber>{{LICENSE:FM3390217}}</DEANumber></Identification>
 <Name><LastName>{{NAME:Marchetti}}</LastName><FirstName>{{NAME:Paola}}</FirstName></Name></NonVeterinarian></Prescriber>
<BenefitsCoordination><CardholderID>{{HEALTH_PLAN:HSP-OH-220417}}</CardholderID></BenefitsCoordination>
<MedicationPrescribed><DrugDescription>morphine sulfate 20 mg/mL oral solution</DrugDescription>
 <Quantity><Value>30</Value></Quantity><Sig><SigText>0.25 mL (5 mg) SL q2h prn dyspnea or pain</SigText></Sig>
 <Diagnosis><Primary><Code>R54</Code></Primary></Diagnosis><Note>Hospice pt, {{AGE:92}} yo. Deliver to home; niece {{NAME:Kati}} will sign.</Note></MedicationPrescribed></NewRx>`,
  `Cloverleaf error DB  site CV_PROD  thread hie_out  {{DATE:2024-07-15}}
#1 {{DATE:07/15/2024 08:14:03}}  CVADT0715081402  ADT^A08  HIE reject: PD1-3 too many subcomponents
   sent:  PD1|||{{FACILITY:Pryor & Vance Family Practice}}|...
   fixed: PD1|||{{FACILITY:Pryor \\T\\ Vance Family Practice}}|{{LICENSE:1033481290}}^{{NAME:PRYOR^GLENDA}}^^^^MD
   pt {{NAME:KEALOHA^LEILANI^M}}, MRN {{MRN:CV7731120}}. The xlate now escapes & as \\T\\ in free-text components.
#2 {{DATE:07/15/2024 08:30:41}}  CVADT0715083040  ADT^A04  PID-7 {{DATE:19330229}} not a valid date
   pt {{NAME:AMARAL^BEATRIZ}}, MRN {{MRN:CV7731138}}, {{AGE:91}} per reg comment; DOB confirmed as {{DATE:19330228}} from her ID card, corrected by {{NAME:pnakamura}}.
#3 {{DATE:07/15/2024 09:02:17}}  CVORU0715090216  ORU^R01  OBX-6 units "88" not in table
   sent:  OBX|3|ST|8480-6^BP^LN||142|88|mm[Hg]   (nurse typed 142|88 in the free-text BP box)
   fixed: OBX|3|ST|85354-9^BP panel^LN||142\\F\\88 mm[Hg]   pt {{NAME:SOUZA^RENATO}} {{MRN:CV7731160}}
Resent all 3 at 0915 ({{NAME:Deb Achterberg}}).`,
  `event_time,login,user_name,dept,ws,ip,action,object,mrn,patient
{{DATE:2024-07-16T10:02:11-04:00}},{{NAME:hvoss}},"{{NAME:VOSS, HEIDI}}",Registration,WS-REG-07,{{IP:198.51.100.33}},MEDIA_VIEW,{{PHOTO:CV7730412_face_0603.jpg}},{{MRN:CV7730412}},"{{NAME:MAGALHAES, JOAO}}"
{{DATE:2024-07-16T13:47:50-04:00}},{{NAME:rquill}},"{{NAME:QUILL, RANDALL}}",Finance,WS-FIN-14,{{IP:198.51.100.88}},MEDIA_VIEW,{{PHOTO:CV7730981_face_0521.jpg}},{{MRN:CV7730981}},"{{NAME:DUARTE, LUCIANA}}"
{{DATE:2024-07-16T13:48:02-04:00}},{{NAME:rquill}},"{{NAME:QUILL, RANDALL}}",Finance,WS-FIN-14,{{IP:198.51.100.88}},MEDIA_VIEW,{{PHOTO:CV7731004_face_0709.jpg}},{{MRN:CV7731004}},"{{NAME:BRANCO, TIAGO}}"
{{DATE:2024-07-16T13:48:15-04:00}},{{NAME:rquill}},"{{NAME:QUILL, RANDALL}}",Finance,WS-FIN-14,{{IP:198.51.100.88}},MEDIA_VIEW,{{PHOTO:CV7730655_face_1117.jpg}},{{MRN:CV7730655}},"{{NAME:OSTROWSKI, HELENA}}"
Privacy flag (rule MEDIA_BURST, 38 photo views in 4 min by a non-clinical user). Interview with {{NAME:Randall}} {{DATE:7/17}}: he was testing the new photo-on-statement feature with real charts instead of TST. Referred; {{ID:PRV-24-0244}}.`,
];

export const HELDOUT_REALISTIC_109_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout109-${i + 1}`, n));
