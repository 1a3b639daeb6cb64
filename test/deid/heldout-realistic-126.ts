// A hundred-and-twenty-sixth held-out set of hand-written, realistic synthetic notes (all invented: no
// real person, record, number or institution; phone numbers are 555 numbers; IP addresses come from
// the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real places
// used only as LOCATION). Its theme is anesthesia, perioperative and procedural sedation:
// pre-anesthesia evaluations and pre-op phone screens, anesthesia records (AIMS exports and
// transcribed paper charts with intraoperative timelines, drug doses, vitals, anesthesia machine,
// infusion pump and ultrasound serials), PACU nursing notes and handoffs, secure-chat sign-outs,
// airway notes and difficult airway letters to patients and their dentists, regional and neuraxial
// block notes, sedation logs in endoscopy, IR, MRI, the cath lab and the ED, surgical consents and
// time-out checklists, OR schedules and case-board exports, anesthesia billing records and claim
// appeals, malignant hyperthermia hotline calls and MH cart logs, post-op phone calls and voicemails,
// implant logs with lot-free device serials, controlled-substance waste logs and a few letters, emails
// and incident reports. Names of patients, relatives, anesthesiologists, CRNAs, SRNAs, residents,
// circulators, scrub techs, reps and biomed techs come in many forms: surname first, all caps,
// initials (K.O., -jtw, /kc), surnames alone, first names and nicknames alone, hyphenated, accented
// and non-English names; facilities include hospitals, surgery centers, endoscopy centers, dental
// offices, group homes, prisons and ORs or wards named after people (Pruitt OR 4, Kessler 5 West);
// addresses are written loosely; dates come as 03/11/2025 16:40, 2025-09-02 06:58, 5/6/25, 3/12, Tue
// 10/14/25, 14OCT25, June 3, 2025, Nov 2024 and 20250611. Look-alikes that are NOT PHI and stay
// unmarked: ASA classes (ASA 3E), Mallampati and Cormack-Lehane grades, Aldrete, RASS, Ramsay, BIS and
// STOP-BANG values, drug names, doses and rates (propofol 200 mg, rocuronium 50 mg, ropi 0.5% 20 mL,
// dexmedetomidine 0.5 mcg/kg/h), MAC (both the concentration and monitored anesthesia care), eponymous
// devices and manoeuvres (Macintosh/Mac 3, Miller, Bair Hugger, Foley, Tuohy, Whitacre, Trendelenburg,
// Allen test, Mayfield pins, Broca's area, Kocher, Larson's maneuver, Keller funnel, Del Nido,
// Lichtenstein, Whipple, Nissen), disease eponyms (Parkinson's, Down syndrome, Horner's), OR numbers,
// PACU bays, rooms and beds, clock times alone, years alone, ages of 89 and under, lot numbers and
// their expiry dates, CPT/ASA/ICD codes, base and time units, trial numbers, lab values, machine and
// pump model names, and named devices or teams without a number.
//
// Annotation follows the README guideline: titles, honorifics and labels (Dr., MD, CRNA, RN, DDS, Mr.,
// Ms., Sra., Sgt., CO, Brother, Elder) stay outside NAME spans, and so do newborn labels (baby girl);
// a nickname in quotes or brackets is its own span, quotes outside; initials standing for a person
// (staff, signer or typist) are NAME, one span per occurrence; an HL7 name (LAST^FIRST^M) is one span.
// A month/day without a year is a DATE and a clock time beside it stays outside, while a time attached
// to a full date is inside (2/14/26 2315); a weekday written with a date is part of it; a month with a
// year (Nov 2024, 03/2021, an ACLS card's 08/2026) is a DATE, but a lot's or a drug's expiry and a
// quarter or season with a year (Q3 2025) are not. An OR suite or ward named after a person is
// FACILITY over the whole name with its number (Pruitt OR 4); plain OR numbers are not PHI; a
// hospital's short code in an export (FUH, HSC) is FACILITY. Employers, group homes, assisted living,
// pharmacies, labs, EMS and transport agencies, organ procurement networks, IONM companies, dental
// offices and prisons are FACILITY; payers and their fax lines, device makers and state codes (ID in
// an HL7 address) are not PHI. Anesthesia machine, infusion and PCA pump, ultrasound, C-arm, ECT,
// heart-lung machine, cell saver, defibrillator, pacemaker, ICD, DBS, hearing aid, CPAP, elastomeric
// pump and implant serials are DEVICE. Case, incident, hotline call, registry, order, accession,
// interpreter, badge, inmate, passport, tribal ID, transfer, donor, UNOS, work order, survey response,
// parcel tracking, release-of-information and study enrolment numbers are ID (trial and IRB protocol
// numbers are not PHI); billing accounts, HARs, claim and workers' comp claim numbers are ACCOUNT;
// insurer, travel insurance, Medicare and Medicaid member numbers are HEALTH_PLAN; NPI, DEA, sedation
// permits, RN and state medical licences and driver's licences are LICENSE; plates are VEHICLE; short
// in-house pagers and extensions are PHONE; a dental practice's chart number and a VA ICN are MRN; a
// file name of a patient's face photo is PHOTO; a fingerprint or palm-vein template number is
// BIOMETRIC; a patient-specific portal, video or payment link is URL; a city abroad is LOCATION.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-26 final engine
// (0b6e333) 0.9638 / 0.9676; pass-27 engine (whose rules were made from sets 119-122 without
// reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 pre-anesthesia evaluation
  `PRE-ANESTHESIA EVALUATION - {{FACILITY:Saint Brendan Regional Medical Center}}
Patient: {{NAME:HOLLOWAY, Margaret E.}}   MRN: {{MRN:00731942}}   DOB: {{DATE:02/17/1933}} ({{AGE:92}} y)
Seen: {{DATE:03/11/2025 16:40}}, ED bay 14. Surgeon: Dr. {{NAME:Achterberg}} (ortho), pgr {{PHONE:4471}}
Proc: L hip hemiarthroplasty, posted first case {{DATE:3/12}} OR 6
PMH: HTN, AF on apixaban 5 mg BID (last dose 0800 today), CKD 3b (Cr 1.6), mod AS (AVA 1.1 cm2, TTE {{DATE:Nov 2024}} at {{FACILITY:Central Vermont Heart Associates}}). Prior GA 1998 for chole, no issues.
Meds: metoprolol 25 BID, amlodipine 5, apixaban. NKDA.
Airway: MP III, TMD 3 FB, upper denture, limited neck ext.
Exam: HR 88 irreg, BP 152/84, SpO2 95% RA, 3/6 SEM RUSB.
Social: widowed, lives alone at {{ADDRESS:48 Quarry Hill Rd, Apt 2}}, {{LOCATION:Barre}} VT {{ZIP:05641}}. Dtr/HCP {{NAME:Janet Holloway-Pike}} {{PHONE:(802) 555-0193}}.
ASA 3E. Plan: spinal (bupivacaine 0.75% heavy ~10 mg) + dexmedetomidine or low-dose propofol, GA as backup. Apixaban >36 h by AM - discussed w/ {{NAME:Achterberg}}, ok to proceed.
Consent from pt w/ dtr present.
{{NAME:R. Szymanska}}, MD (anesthesia) / {{NAME:kc}}`,

  // 2 AIMS export
  `ANESTHESIA RECORD - AIMS EXPORT v4.2
Case {{ID:C25-0087716}} | {{FACILITY:Lakemont Surgical Hospital}} | {{FACILITY:Pruitt OR 4}}
Pt {{NAME:OKAFOR, CHIDI}} | MRN {{MRN:LSH4410938}} | DOS {{DATE:04-22-2025}}
Proc: lap cholecystectomy | Surgeon {{NAME:DeLuca, F}} | Anes {{NAME:Marsh, Tobias}} MD / CRNA {{NAME:Ngata, A.}}
Machine: Drager Perseus A500 SN {{DEVICE:ASFK-0219}}; pumps: Alaris ch A s/n {{DEVICE:12208871}}, ch B s/n {{DEVICE:12208874}}
Workstation {{IP:198.51.100.47}}
07:31 in room. BP 138/82 HR 74 SpO2 99
07:36 midazolam 2 mg IV
07:40 fentanyl 100 mcg, propofol 200 mg, rocuronium 50 mg
07:42 ETT 7.0, Mac 3, grade I, 1 attempt ({{NAME:Ngata}})
07:44 sevo 2.1%, MAC 1.0, BIS 42
08:15 incision (late start, see note)
08:40 ondansetron 4 mg, dexamethasone 8 mg
09:02 sugammadex 200 mg, TOF 4/4
09:10 extubated awake, to PACU bay 9. Aldrete 9.
Relief 08:20-08:35 CRNA {{NAME:Bergstrom}} (break), report given both ways.
EBL minimal. LR 900 mL. Bair Hugger on, temp 36.4.
Signed {{NAME:T. Marsh}} {{DATE:04/22/2025 09:31}}`,

  // 3 PACU nursing note
  `pacu note {{DATE:5/6/25}} - pt {{NAME:rosalind fairweather}} ("{{NAME:roz}}"), mrn {{MRN:2207718}}, s/p L TKA under spinal + adductor canal block (dr {{NAME:imani}} did block). arrived 1012 from OR 11 w/ crna {{NAME:pete}}, report rec'd.
vss 128/70 hr 66 rr 14 spo2 97% 2L nc. pain 2/10. spinal level T10 receding, wiggling toes by 1120. aldrete 8 -> 10.
zofran 4 mg x1 for nausea 1045. dressing c/d/i, cryo cuff on. bladder scan 310 ml @ 1130, voided 250 at 1150, no straight cath needed.
husband {{NAME:Desmond}} called x2 from {{PHONE:555-0148}}, updated, he is driving in from {{LOCATION:Red Wing}}. son {{NAME:Kwame}} is her ride at d/c.
to {{FACILITY:Kessler 5 West}} ortho, bed 22, once spinal fully resolved. report called to {{NAME:marisol}} rn ext {{PHONE:3-6620}} at 1205. iv 20g L hand patent, LR kvo.
pt asking about her cat at home ({{ADDRESS:1420 Hadley Ave N}}) - neighbor Mrs {{NAME:Gunnarson}} feeding it.
---{{NAME:jtw}} rn`,

  // 4 secure chat handoff
  `[Secure Chat - PACU / 6 North]  {{DATE:Thu 07/10/2025}}
14:02 {{NAME:Yusuf A.}} (PACU RN): hi, handoff on {{NAME:Brennan, Cait}} bay P-7 coming to you, 6N bed 14. 34F s/p lap appy, GA/ETT, uneventful per Dr {{NAME:Falk}}
14:03 {{NAME:Liesl}} (6N): ok go
14:05 {{NAME:Yusuf A.}}: PCN allergy (hives). fent 50 x2, dilaudid 0.4 x1, last 1340. PONV better after zofran + scop patch L ear. VSS, weaned to RA, sat 95. voided. IV 20g R FA, LR @ 75. mom {{NAME:Deirdre}} in waiting rm, wants a call {{PHONE:617-555-0122}}. she's the ride, not staying overnight
14:06 {{NAME:Liesl}}: any tylenol?
14:06 {{NAME:Yusuf A.}}: IV apap 1 g at 1255 in OR per anesthesia record, next due 1855
14:07 {{NAME:Liesl}}: k send her up. fyi {{NAME:Cait}}'s mrn on armband reads {{MRN:8830175}} but the board has {{MRN:8830157}}?? pls double check
14:09 {{NAME:Yusuf A.}}: armband is right, {{MRN:8830175}}. board typo, told charge {{NAME:Ronnie}} at {{PHONE:x4410}}
14:10 {{NAME:Liesl}}: ty
14:31 {{NAME:Yusuf A.}}: she's on her way w/ transport ({{NAME:Abdi}}), chart + belongings bag`,

  // 5 difficult airway letter to patient
  `Department of Anesthesiology, {{FACILITY:Mercy Glen Hospital}}
{{ADDRESS:2200 Linden Parkway}}, {{LOCATION:Duluth}}, MN {{ZIP:55805}}

{{DATE:June 3, 2025}}

Mr. {{NAME:Arvid Lindqvist}}
{{ADDRESS:311 W Superior St, Unit 6C}}
{{LOCATION:Duluth}}, MN {{ZIP:55802}}

RE: Difficult airway - please keep this letter

Dear Mr. {{NAME:Lindqvist}},
During your surgery on {{DATE:May 29, 2025}} (case {{ID:MG-25-13302}}) our team had difficulty placing your breathing tube. Direct laryngoscopy with a Macintosh 4 and a Miller 2 blade gave a grade 4 view; the tube was placed with a video laryngoscope and a bougie on the third attempt. Mask ventilation needed an oral airway and two hands.
Please tell every future anesthesia provider, surgeon and dentist about this. You are entered in our difficult airway registry (no. {{ID:DAR-0044719}}) and we recommend a medical alert bracelet.
Questions: airway clinic {{PHONE:(218) 555-0167}}, or email me at {{EMAIL:h.brandtosei@mercyglen.org}}.

Sincerely,
{{NAME:Helga Brandt-Osei}}, MD
cc: {{NAME:Pekka Rautio}}, DDS; Dr. {{NAME:Weller}} (PCP)`,

  // 6 fax to dentist
  `FAX - {{FACILITY:Tidewater Anesthesia Group}}   Fax {{FAX:(757) 555-0184}}   Tel {{PHONE:(757) 555-0180}}
To: {{NAME:Ramon Echeverria}}, DDS - {{FACILITY:Echeverria Family Dentistry}}, fax {{FAX:757-555-0139}}
Date: {{DATE:08/19/2025}}   Pages: 2
RE: your patient {{NAME:Tamsin Okoro-Blake}}, DOB {{DATE:11/04/1987}}

Dear Dr. {{NAME:Echeverria}},
Ms. {{NAME:Okoro-Blake}} asked us to let you know that she has a documented difficult airway. At {{FACILITY:Chesapeake Bay Surgery Center}} on {{DATE:8/12/25}} she could not be intubated by direct laryngoscopy (grade 3b, Mallampati IV, mouth opening 2.5 cm, TMJ ankylosis after a 2009 injury). She was ventilated through an LMA and the case finished; awake fiberoptic intubation is planned for any future GA.
For dental work we advise local anesthesia or minimal sedation only; no deep sedation or office propofol; sit her upright; have a second provider present. Extractions under GA should be referred to our airway clinic.
Her PCP is Dr. {{NAME:Hemming}} at {{FACILITY:Ghent Primary Care}}.
{{NAME:Nkechi Adeyemi-Ross}}, MD - direct line {{PHONE:757-555-0176}}
This fax contains confidential health information. If received in error call the sender.`,

  // 7 regional block note
  `REGIONAL ANESTHESIA PROCEDURE NOTE
Pt: {{NAME:Vukovic, Dragan}}   MRN {{MRN:M-0092273}}   Acct {{ACCOUNT:A77102934}}
Date/time: {{DATE:2025-09-02 06:58}}   Preop holding bay 3, {{FACILITY:Northgate Ambulatory Surgery Center}}
Block: R interscalene, single shot, for R arthroscopic RCR (Dr. {{NAME:Amundsen}})
Performed by {{NAME:K. Oduya}}, MD (attending) and {{NAME:Felix Haar}}, MD (CA-2), attending present throughout
Time-out w/ RN {{NAME:Bettina}}: site marked, consent signed, NKDA.
Monitors: ASA standard. Sedation: midazolam 2 mg, fentanyl 50 mcg.
US: Sonosite X-Porte SN {{DEVICE:03JLXD7}}, linear 13-6 MHz. Needle 22G 50 mm Stimuplex, in-plane lat to med.
Local: ropivacaine 0.5% 15 mL + dexamethasone 4 mg PF, neg aspiration q5 mL, opening pressure <15 psi. Spread around C5-C6 roots. No paresthesia.
Post: SpO2 96% RA, no dyspnea, R Horner's present (expected).
Complications: none. Ropi lot 2281-44A exp 11/2026.
F/u call POD1 to pt cell {{PHONE:(503) 555-0101}} or wife {{NAME:Milica}}.
-- {{NAME:FH}}/{{NAME:KO}}`,

  // 8 endoscopy sedation log
  `ENDOSCOPY SUITE - SEDATION LOG   {{FACILITY:Riverbend GI & Endoscopy Center}}   {{DATE:Tue 10/14/25}}
Rm | Time | Patient | MRN | Proc | Endoscopist | Sedation by | Agents | ASA
1 | 0730 | {{NAME:PARRISH, D}} | {{MRN:RB-110245}} | EGD | {{NAME:Sato}} | {{NAME:Lowe}} CRNA | propofol 180 mg | 2
1 | 0815 | {{NAME:McAvoy, Fionnuala}} | {{MRN:RB-110391}} | colo | {{NAME:Sato}} | {{NAME:Lowe}} CRNA | propofol 260 mg, lido 40 | 2
2 | 0745 | {{NAME:Tran Van Minh}} | {{MRN:RB-098774}} | EUS | {{NAME:Kapadia}} | {{NAME:J. Rivers}} RN | midaz 4 mg, fent 100 mcg | 3
2 | 0900 | {{NAME:Gutierrez, Luz}} | {{MRN:RB-110402}} | ERCP | {{NAME:Kapadia}} | {{NAME:Lowe}} CRNA | propofol gtt 150 mcg/kg/min | 3
3 | 0830 | {{NAME:O'Shea, B.}} | {{MRN:RB-076110}} | colo | {{NAME:Weiss}} | {{NAME:Rivers}} RN | midaz 3, fent 75 | 1
Events: rm 2 at 0912 desat to 84% ({{NAME:Gutierrez}}), chin lift + nasal airway, resolved, no BVM. Reported per policy, ref {{ID:EVT-25-3318}}.
Capnography all cases. No reversal agents used.
Reviewed: {{NAME:Hana Kapadia}}, MD, medical director`,

  // 9 IR sedation record
  `INTERVENTIONAL RADIOLOGY - MODERATE SEDATION RECORD
{{FACILITY:Brookhaven Memorial Hospital}}, IR suite B
Patient {{NAME:Szabo, Ilona}}  {{AGE:90}}F  MRN {{MRN:BMH-5529017}}  Order {{ID:ORD-88120455}}
Procedure: R nephrostomy tube exchange, {{DATE:11/03/2025}}
Proceduralist Dr. {{NAME:Aziz Qureshi}}; sedation RN {{NAME:Colleen Mahoney}}, RN; tech {{NAME:Dmitri}}
Pre: ASA 3, Mallampati II, NPO since MN, Ramsay 2, weight 51 kg. Consent signed by pt's son {{NAME:Laszlo Szabo}} (POA), phone {{PHONE:(631) 555-0150}}.
1402 fentanyl 25 mcg IV
1404 midazolam 0.5 mg IV
1411 fentanyl 25 mcg IV
1425 procedure end. Ramsay 3, RR 12, SpO2 95% 2L, EtCO2 38.
Total: fentanyl 50 mcg, midazolam 0.5 mg. No flumazenil/naloxone.
Pump: Alaris PCU s/n {{DEVICE:10977342}}. Monitor: Philips MX450 (room asset 4471-IR).
Recovery 30 min in IR holding; returned to {{FACILITY:Whitmore 3}} at 1510, handoff to {{NAME:Priya}} RN.
Son to pick up her reading glasses left in IR - at front desk.
{{NAME:CM}} RN`,

  // 10 surgical consent
  `CONSENT FOR SURGERY AND ANESTHESIA
{{FACILITY:Pioneer Valley Surgical Center}}, {{ADDRESS:900 Riverside Dr, Suite 110}}, {{LOCATION:Northampton}}, MA {{ZIP:01060}}

I, {{NAME:Beatriz Almeida-Costa}} (DOB {{DATE:7/30/1962}}, MRN {{MRN:PVS-30418}}), consent to: right carpal tunnel release,
to be performed by Dr. {{NAME:Owen Tillinghast}} and assistants, on or about {{DATE:September 18, 2025}}.
Anesthesia: monitored anesthesia care (MAC) with local / possible general, by {{NAME:Greer Wakefield}}, MD and/or a CRNA under her direction.
Risks explained incl. infection, nerve injury, CRPS, sore throat, dental injury, awareness, aspiration, death (rare).
Interpreter used: yes - Portuguese, interpreter {{NAME:Joao}} ID {{ID:INT-7742}} by phone.
Blood products: accept.
Patient signature: ________   Date/time: {{DATE:09/18/2025 06:45}}
Witness: {{NAME:Tracy-Ann Boyce}}, RN
If patient cannot sign, reason / relationship of signer: n/a
Surgeon attestation: I have explained the procedure. {{NAME:O. Tillinghast}}`,

  // 11 time-out checklist
  `SURGICAL SAFETY CHECKLIST - TIME-OUT
{{FACILITY:St. Agnes Medical Center}} | {{FACILITY:Delacroix OR 2}} | {{DATE:01/27/2026}}
Patient name/DOB verbalized: {{NAME:FERREIRA, JOAO P.}} / {{DATE:03-09-1958}}   MRN {{MRN:0044128803}}
Procedure: R inguinal hernia repair (Lichtenstein), open. Site marked: yes, R groin, "YES" + surgeon initials {{NAME:MB}}
Consent matches: yes. Allergies: latex (room latex-safe).
Antibiotic: cefazolin 2 g at 0738 (within 60 min). VTE: SCDs on.
Anesthesia safety check complete: GE Aisys CS2 SN {{DEVICE:AMRN-04417}} checked 0650.
Team introductions:
 Surgeon: Dr. {{NAME:Marguerite Boisvert}}
 Anesthesia: Dr. {{NAME:Kofi Mensah-Darko}} / SRNA {{NAME:Lily Cheung}}
 Circulator: {{NAME:Abbott, Ren}} RN
 Scrub: {{NAME:Tomasz W.}} CST
 Rep: none
Anticipated critical events: EBL <50 mL; mesh only (Prolene 6x11, lot PM4472).
Images displayed: n/a. Time-out called 0744 by {{NAME:Ren}}, all agreed, no concerns voiced.
Sign-out 0852: sponge/needle counts correct x2 ({{NAME:RA}}/{{NAME:TW}}). Specimen: none. Wound class I.`,

  // 12 OR schedule export
  `OR_SCHEDULE_EXPORT {{DATE:20250611}} {{FACILITY:Cascade Valley Hospital}} generated 05:12 by svc_orboard@{{IP:203.0.113.18}}
room,start,case_id,patient,mrn,age,procedure,surgeon,anes,crna,circ,scrub,asa,notes
OR1,0730,{{ID:25-61842}},"{{NAME:Whitaker, Gene}}",{{MRN:CV7781204}},71,CABG x3,{{NAME:Halloran}},{{NAME:Iyer}},{{NAME:Pham}},{{NAME:Duquette}},{{NAME:Ruiz}},4,perfusion {{NAME:Okafor}}
OR2,0730,{{ID:25-61843}},"{{NAME:Baptiste, Marie-Claude}}",{{MRN:CV0093341}},{{AGE:91}},ORIF L distal radius,{{NAME:Stenberg}},{{NAME:Lau}},,{{NAME:Kim}},{{NAME:Fenwick}},3,block + MAC
OR3,0745,{{ID:25-61850}},"{{NAME:Alvarez, Mateo}}",{{MRN:CV1120987}},4,T&A,{{NAME:Greenbaum}},{{NAME:Lau}},{{NAME:Sorensen}},{{NAME:Kim}},{{NAME:Obi}},1,parent to induction
OR4,1100,{{ID:25-61851}},"{{NAME:Nakagawa, Emi}}",{{MRN:CV5530218}},38,lap hyst,{{NAME:Farouk}},{{NAME:Iyer}},{{NAME:Pham}},{{NAME:Duquette}},{{NAME:Ruiz}},2,add-on per Dr {{NAME:Farouk}}
ENDO,0800,{{ID:25-61860}},"{{NAME:Quist, Harold}}",{{MRN:CV6604412}},{{AGE:94}},EGD w/ PEG,{{NAME:Abernathy}},{{NAME:Lau}},{{NAME:Sorensen}},,,4,DNR suspended per family mtg {{DATE:6/10}}`,

  // 13 anesthesia billing record
  `ANESTHESIA BILLING RECORD   {{FACILITY:Summit Anesthesia Partners, PC}}
Claim # {{ACCOUNT:CLM-2025-0449127}}   Patient acct {{ACCOUNT:88-2001734}}
Patient: {{NAME:Delgado-Reyes, Ana Sofia}}   DOB {{DATE:05/22/1979}}   SSN {{SSN:529-41-8837}}
Address: {{ADDRESS:1755 E Fremont Ave #12}}, {{LOCATION:Sunnyvale}} CA {{ZIP:94087}}   Ph {{PHONE:408-555-0172}}
Primary ins: Blue Shield PPO, member ID {{HEALTH_PLAN:XEB448210375}}
Secondary: Medi-Cal CIN {{HEALTH_PLAN:91442837A}}
DOS {{DATE:02/14/2025}}   Facility {{FACILITY:El Camino Surgery Pavilion}}   Case {{ID:EC-0215-0033}}
Procedure: laparoscopic sleeve gastrectomy (CPT 43775) -> ASA code 00790, base units 7
Anesthesia start 0712, end 1004 = 172 min = 11.5 time units (15-min)
Modifiers: QK (medical direction 2-4), QX (CRNA)
Physical status P3 (+1 unit). Total 19.5 units.
Medical director: {{NAME:Vivek Ramanathan}}, MD   NPI {{LICENSE:1548203967}}
CRNA: {{NAME:Shauna Kilbride}}   NPI {{LICENSE:1093847265}}
Dx: E66.01, Z68.41, G47.33.   Coded by {{NAME:lmh}} {{DATE:02/19/2025}}`,

  // 14 MH hotline call
  `MALIGNANT HYPERTHERMIA - HOTLINE CALL DOCUMENTATION
{{DATE:12/02/2025 10:18}}. Caller: Dr. {{NAME:Caspar Whitlock}} (anesthesia, {{FACILITY:Fairhaven Outpatient Surgery}}), callback {{PHONE:(508) 555-0131}}.
Hotline consultant: Dr. {{NAME:Ingrid Solberg}}. Call reference {{ID:MHH-251202-0417}}.
Pt: 19M, 78 kg, ACL reconstruction ({{NAME:Jordan Pettibone}}, name given for follow-up letter), MRN {{MRN:FOS-22190}}.
Events: sevo + succinylcholine 100 mg for laryngospasm at 0940; masseter rigidity, then EtCO2 38 -> 72 by 1000 despite 2x MV, HR 142, temp 38.9 rising, K 6.1, CK pending.
Advice: stop volatile, 100% O2 at high flows, charcoal filters on, dantrolene (Ryanodex 250 mg given 1007, 2nd dose ready), active cooling, insulin/dextrose + CaCl for K, bicarb for pH 7.12. ICU.
Transfer to {{FACILITY:Southcoast Regional ICU}} via {{FACILITY:Bristol County Critical Care Transport}}, accepting Dr. {{NAME:Amadi}}.
Mother {{NAME:Kerri Pettibone}} {{PHONE:508-555-0117}} notified by surgeon.
Recommend: registry report, refer for CHCT / RYR1 testing, letter to pt.
Documented by {{NAME:I.S.}}`,

  // 15 post-op call
  `POST-OP CALL - DAY 1   ({{FACILITY:Lakeside Surgery Center}})
Pt: {{NAME:Ngozi Chukwuemeka}}   DOS {{DATE:3/17/25}}   Proc: L breast lumpectomy + SLNB, GA (LMA), Dr {{NAME:Ferraro}} / anes {{NAME:Ellingsen}}
Called {{PHONE:(414) 555-0190}} on {{DATE:3/18/25}} at 1015 - no answer, LVM. Called again 1340, spoke w/ husband {{NAME:Emeka}}, then pt.
- Pain 3/10, alternating Tylenol + ibuprofen, 1 oxycodone 5 mg last night.
- N/V: nausea once in the car going home, none since. Eating toast.
- Sore throat mild. No hoarseness.
- Voiding ok. Dressing dry.
- Blue-green urine from the isosulfan dye - reassured, expected.
- Shower? -> ok after 48 h per Dr {{NAME:Ferraro}}'s sheet.
Satisfaction: "very happy w/ everyone, esp nurse {{NAME:Gwen}} in pre-op".
F/u appt {{DATE:3/27}} 1:30 pm at {{FACILITY:Ferraro Breast Surgery}}, {{ADDRESS:4100 N Oakland Ave, Ste 200}}.
Caller: {{NAME:Toni B}} RN`,

  // 16 implant log
  `IMPLANT LOG - {{FACILITY:Meridian Orthopedic & Spine Hospital}}   OR 8
Case {{ID:MOS-2025-10877}}   DOS {{DATE:10/07/2025}}   Pt {{NAME:KOWALCZYK, STANISLAW}}   MRN {{MRN:MOS0183377}}
Proc: L4-S1 TLIF   Surgeon {{NAME:Rutherford, J.}} MD
Item | Mfr | Ref | Serial | Qty | By
Pedicle screw 6.5x45 | Kestrel Spine | 1197.6545 | {{DEVICE:SN-KS7741029}} | 1 | {{NAME:MR}}
Pedicle screw 6.5x45 | Kestrel Spine | 1197.6545 | {{DEVICE:SN-KS7741031}} | 1 | {{NAME:MR}}
Pedicle screw 7.5x45 | Kestrel Spine | 1197.7545 | {{DEVICE:SN-KS7752208}} | 1 | {{NAME:MR}}
Interbody cage 10 mm | Kestrel Spine | 3421.1010 | {{DEVICE:CG10-00458817}} | 1 | {{NAME:MR}}
Rod 5.5x90 Ti | Kestrel Spine | 1177.0090 | {{DEVICE:RD90-338122}} | 1 | {{NAME:Dawit}}
IONM: {{FACILITY:NeuroGuard Monitoring}}, tech {{NAME:Paulette Osei}}; MEP/SSEP stable.
Rep present: {{NAME:Garrett}} "{{NAME:Gary}}" {{NAME:Lindahl}}, {{PHONE:(317) 555-0144}}
Verified by circulator {{NAME:M. Reyes}} RN and scrub {{NAME:Dawit}}; stickers scanned {{DATE:10/07/2025 13:52}}.`,

  // 17 pre-admission phone screen
  `PRE-ADMISSION TESTING - PHONE SCREEN
RN {{NAME:Dolores Ybarra}}, {{DATE:Monday, April 7, 2025}} 1115
Spoke with pt {{NAME:Lachlan Fitzpatrick}} (DOB {{DATE:1954-12-01}}), verified name + DOB. Alt contact: partner {{NAME:Graham}} {{PHONE:555-0106}}.
Surgery: R TKA {{DATE:4/21}} w/ Dr. {{NAME:Mbeki}} at {{FACILITY:Harlan Joint Center}}. Arrive 0530.
Hx: OSA on CPAP (AirSense 11 SN {{DEVICE:23211548934}}) - bring it. STOP-BANG 6. BMI 41. T2DM, A1c 7.9. PONV x2, and "woke up during a colonoscopy once" (2017, in {{LOCATION:Galway}}).
Meds: metformin - hold AM of surgery; semaglutide weekly, last shot {{DATE:4/6}} per pt, so >7 days by surgery - ok; lisinopril hold AM.
Labs: CBC, BMP, A1c, T&S, EKG at {{FACILITY:Buckeye Diagnostic Lab}} this week.
Anesthesia consult requested (Dr. {{NAME:Ahn}}) for OSA / GLP-1 / awareness hx.
Pharmacy: {{FACILITY:Fairlawn Apothecary}} {{PHONE:(330) 555-0158}}.
Ride home: {{NAME:Graham}}. Lives in {{LOCATION:Akron}}, 2 steps to enter.`,

  // 18 night sign-out
  `ANES NIGHT SIGN-OUT {{DATE:8/2}} (Sat) - from {{NAME:Priyanka R}} (CA-1) to {{NAME:Odhiambo}} (CA-3), attending Dr {{NAME:Kessler}}, pgr {{PHONE:2290}}
1) {{NAME:Hendricks}}, 6W-12, {{AGE:96}}F, ex-lap in AM if lactate up. Full code per granddaughter {{NAME:Shay}} ({{PHONE:555-0183}}). MP IV, edentulous, easy DL per {{DATE:2019-03-14}} record. T&C 2u.
2) L&D: {{NAME:Rosa M.}} G2P1, epidural in at 2150, T10 bilat, PCEA 8/8/15. Plt 98 - recheck 0400. If breakthrough call me.
3) "{{NAME:Big Mike}}" {{NAME:Tuilagi}}, ICU bed 4, difficult airway letter in chart (awake FOI {{DATE:6/18/24}}). If reintubation needed call Dr {{NAME:Osei}} first, FOB cart outside ICU 4.
4) Add-on: I&D L hand, {{NAME:Crowley}}, NPO since 1800, OK for 0100 slot OR 9. Consent done.
Equipment: OR 9 machine flagged by biomed ({{NAME:Reggie}}) - use OR 10. MH cart checked 1900, dantrolene x36 vials.`,

  // 19 I-PASS relief handoff
  `ANESTHESIA HANDOFF (I-PASS) - RELIEF
{{DATE:02/05/2026 12:10}}   {{FACILITY:Hollis OR 7}}
From: {{NAME:J. Amaral}}, CRNA   To: {{NAME:Siobhan Ni Bhriain}}, CRNA   Attending: {{NAME:Ostrowski}}
Pt: {{NAME:Bui, Thanh Huong}}, 56F, MRN {{MRN:7730-2281}}, robotic hysterectomy, steep Trendelenburg since 1015
I: stable. ASA 2. 62 kg. NKDA.
P: GA/ETT 7.0 (grade I, Mac 3), sevo 1.8% + remi. BIS 40-50. Last roc 20 mg at 1140, TOF 1/4.
S: BP 104/62, HR 58, SpO2 99%, EtCO2 41, PIP 31 (ok in Trendelenburg). UOP 150 mL. EBL 50.
Lines: 18g L FA, 20g R FA, A-line R radial (Allen test nl).
Pumps: Medfusion 4000 s/n {{DEVICE:MF4-1177623}} (remi 0.1 mcg/kg/min); Alaris s/n {{DEVICE:12510049}} (phenylephrine 20 mcg/min).
A: PONV hx - dexamethasone + ondansetron given, add TIVA if needed.
S (synthesis): husband {{NAME:Long}} in waiting room, buzzer #14. Surgeon Dr {{NAME:Vega-Lindqvist}} estimates 45 min.
Back at 12:40. {{NAME:JA}}`,

  // 20 labor epidural
  `OB ANESTHESIA - LABOR EPIDURAL
Pt {{NAME:Anaya Whitehorse}}, 27 y/o G1P0 at 39+2, MRN {{MRN:WRM-0450921}}, L&D rm 7, {{FACILITY:Wind River Medical Center}}
{{DATE:11/29/2025 03:20}}. Requested by pt; OB aware (Dr {{NAME:Takahashi}}). Plt 212 ({{DATE:11/28}}). No anticoag.
Consent w/ pt and partner {{NAME:Cody}}. Time-out w/ RN {{NAME:Marlena}}.
Sitting, L3-4, 17G Tuohy, LOR saline at 6 cm, catheter 11 cm at skin (5 cm in space). Test dose lido 1.5% w/ epi 3 mL neg. Load bupivacaine 0.125% 10 mL + fentanyl 100 mcg. PCEA ropi 0.1% + fent 2 mcg/mL, 8 mL/h, bolus 8, lockout 15 min. CADD-Solis s/n {{DEVICE:CS2-004417-7}}.
T10 bilat by 0340, VAS 1/10. BP nadir 102/58, no pressors. FHT cat I.
Pt from {{LOCATION:Fort Washakie}}; mom {{NAME:Lorraine}} at bedside, cell {{PHONE:(307) 555-0128}}.
{{NAME:Declan Furey}}, MD`,

  // 21 pediatric pre-anesthesia
  `PEDIATRIC PRE-ANESTHESIA - {{FACILITY:Bluestem Children's Hospital}}
Pt: {{NAME:Oliver}} "{{NAME:Ollie}}" {{NAME:Brandvold}}, 3 y 4 mo, 15.2 kg, MRN {{MRN:BCH-00871266}}
DOS {{DATE:05/14/2025}} - bilateral myringotomy + tubes, Dr. {{NAME:Hussain}} (ENT)
Hx: ex-34 wk preemie, RAD on albuterol PRN, last used {{DATE:5/2}}. URI 2 wk ago, resolved; clear rhinorrhea only. No snoring. No loose teeth.
FHx: maternal uncle had "a high fever with anesthesia" in the 1990s at {{FACILITY:St. Olaf Hospital}} in {{LOCATION:Fargo}} - records requested, fax to {{FAX:(701) 555-0165}}. Until then MH-susceptible precautions: non-triggering TIVA, machine flushed + charcoal filters, dantrolene in room.
Parents: {{NAME:Kirsten Brandvold}} (mom) {{PHONE:(479) 555-0124}}, {{NAME:Aaron Brandvold}} (dad). Portal email {{EMAIL:kbrandvold.family@ozarkmail.net}}.
Plan: ASA 2. Midazolam 0.5 mg/kg PO premed; EMLA to both hands; IV induction propofol, LMA or mask. Mom to accompany to OR 3 door.
Discussed risks incl. laryngospasm, emergence delirium.
{{NAME:Ruth-Ellen Okafor}}, MD`,

  // 22 office-based dental sedation
  `{{FACILITY:Bright Smiles Oral Surgery}} - IV SEDATION RECORD
{{ADDRESS:1220 Bannock St, Suite 4}}, {{LOCATION:Boise}} {{ZIP:83702}}   after hours {{PHONE:(208) 555-0147}}
Pt: {{NAME:Kenji Morimoto}}   DOB {{DATE:09.03.1996}}   Chart # {{MRN:BSOS-11830}}   Date {{DATE:7/22/2025}}
Proc: extraction #1, #16, #17, #32
Provider: {{NAME:Alistair Penhaligon}}, DDS, sedation permit {{LICENSE:GA-00419}}; assistant {{NAME:Brianna}}; monitor {{NAME:Sofia L.}}
ASA 1, MP I, 74 kg, NPO 8 h. Escort: brother {{NAME:Hiro}}, driving (plate {{VEHICLE:4LMN882}}).
0902 midazolam 3 mg, fentanyl 50 mcg
0906 propofol 30 mg, then 20 mg increments (total 160 mg)
0908 lidocaine 2% 1:100k epi x6 carpules
0951 done. BP 118/72 -> 110/64, HR 70-88, SpO2 97-99% on 3 L NC, capnography waveform throughout.
1030 Aldrete 10, d/c to brother with written instructions.
Rx: ibuprofen 600 mg q6h, acetaminophen 500 mg, no opioid.
{{NAME:AP}}/{{NAME:bk}}`,

  // 23 ECT anesthesia
  `ECT ANESTHESIA FLOWSHEET - {{FACILITY:Ashgrove Behavioral Health}}
Pt {{NAME:Pelletier, Annick}}   MRN {{MRN:AG-3390412}}   Tx #7 of acute series   {{DATE:14OCT25}}
Psychiatrist Dr. {{NAME:Baranowski}}   Anesthesia {{NAME:H. Lund}}, MD   RN {{NAME:Tobi}}
Pre: 64F, ASA 2, NPO ok, no med changes. BP 148/90. Upper partial out, bite block in.
Meds: glycopyrrolate 0.2 mg, methohexital 70 mg (1 mg/kg), succinylcholine 60 mg; labetalol 10 mg post-stim for HR 128, BP 186/102.
Stim 0812, bilateral, 100% energy (ECT device SN {{DEVICE:MX-51209}}); motor sz 38 s, EEG sz 52 s.
BMV with O2 ~4 min, spont resp by 0817. Mild emergence agitation - midazolam 1 mg.
Back to {{FACILITY:Thornbury Unit}} 0850 w/ RN.
Next tx {{DATE:10/16}} (Thu). Husband {{NAME:Gilles}} aware, cell {{PHONE:555-0172}}, he drives her on outpatient days from {{LOCATION:Biddeford}}.
{{NAME:HL}}`,

  // 24 cardiac anesthesia / perfusion
  `PERFUSION RECORD / CARDIAC ANESTHESIA SUMMARY
{{FACILITY:Great Lakes Heart Institute}}, {{FACILITY:Wexler CVOR 2}}   {{DATE:January 9, 2026}}
Pt: {{NAME:Abernethy, Colin J.}}   MRN {{MRN:GLHI-6602913}}   HAR {{ACCOUNT:HAR-40081922}}
Proc: AVR (bioprosthetic 25 mm, SN {{DEVICE:7732K-25-00418}}) + CABG x1 (LIMA-LAD)
Surgeon {{NAME:Marchetti}}; Anes {{NAME:Priyamvada Iyer}} MD / fellow {{NAME:Obinna Nwosu}} MD; Perfusionist {{NAME:Karla Stroud}} CCP
HLM SN {{DEVICE:HLM-03312}}; oxygenator Capiox FX25 lot 0911A; cell saver SN {{DEVICE:CS5-88120}}
Heparin 30,000 U, ACT 512. CPB on 0948, XC 1002-1131, off 1158. Del Nido cardioplegia 1000 mL. Nadir temp 32.
Protamine 250 mg. Post-CPB TEE ({{NAME:Iyer}}): well-seated valve, no PVL, LVEF 50%.
Drips: epi 0.03, norepi 0.05 mcg/kg/min (Alaris s/n {{DEVICE:12677120}}).
Products: 2 FFP, 1 plt. Cell saver 450 mL returned.
To CVICU bed 6 intubated; report to Dr. {{NAME:Ahlgren}} and RN {{NAME:Jo}}. Wife {{NAME:Maureen}} updated by surgeon in family lounge.`,

  // 25 safety event report
  `SAFETY EVENT REPORT   Incident # {{ID:IR-2025-004471}}   Submitted {{DATE:06/30/2025 17:42}}
Reporter: {{NAME:Callahan, Moira}} RN (circulator), ext {{PHONE:5521}}
Location: {{FACILITY:Riverside Ambulatory Surgery Center}}, OR 3
Patient: {{NAME:Esposito, Vincent}}   MRN {{MRN:RASC-72190}}
Event type: near miss - wrong-side block
Description: pt scheduled for L knee arthroscopy. Block cart was set up on the R. During the pre-block pause CA-2 Dr. {{NAME:Haddad}} had the US probe on the R thigh; RN {{NAME:Moira}} checked the site marking (L, surgeon initials {{NAME:GT}}) and attending Dr. {{NAME:Lindgren-Ochoa}} stopped the block. No needle insertion. Block done on the L; pt informed by Dr. {{NAME:Lindgren-Ochoa}} with his wife {{NAME:Carla}} present.
Contributing: case board listed "R" (entered by scheduler {{NAME:D.P.}} on {{DATE:6/24}}); consent said L.
Harm: none. Manager notified: {{NAME:Ayesha Farooqui}}, {{DATE:7/1/2025}}.
Action: stop-before-you-block reviewed at huddle.`,

  // 26 controlled substance waste log
  `CONTROLLED SUBSTANCE WASTE / RECONCILIATION - anesthesia workroom, {{FACILITY:Fenwick Tower}} OR 1-12
Date {{DATE:2025.03.04}}. Anesthesia station AWS-07, fingerprint login.
Case | Drug | Disp | Given | Waste | Provider | Witness
{{ID:FT-0304-11}} | fentanyl 100 mcg/2 mL | 250 | 175 | 75 | {{NAME:Rasmussen}} CRNA | {{NAME:Okonjo}} RN
{{ID:FT-0304-11}} | midazolam 2 mg | 2 | 2 | 0 | {{NAME:Rasmussen}} | -
{{ID:FT-0304-14}} | hydromorphone 2 mg | 2 | 1.2 | 0.8 | Dr {{NAME:Velasquez}} | {{NAME:Rasmussen}}
{{ID:FT-0304-19}} | ketamine 500 mg/10 mL | 500 | 40 | 460 | {{NAME:T. Nakashima}} SRNA / {{NAME:Breen}} | {{NAME:Okonjo}}
Discrepancy: case 19 ketamine waste entered 1 h late; witness fingerprint template {{BIOMETRIC:FP-00731-RAS}} flagged "second scan failed" at 1414. Pharmacist {{NAME:Hadley Vu}}, PharmD reviewed with both, resolved, witness was present.
Reviewed by anesthesia pharmacy {{DATE:3/5/25}}.`,

  // 27 biomed checkout log
  `BIOMED - ANESTHESIA EQUIPMENT PM / CHECKOUT LOG   {{FACILITY:Hartwell Surgical Pavilion}}
Tech: {{NAME:Reginald}} "{{NAME:Reggie}}" {{NAME:Pounds}}, CBET
Date | Location | Equipment | Serial | Result
{{DATE:09/08/25}} | OR 1 | GE Aisys CS2 | {{DEVICE:AMRL-00922}} | pass
{{DATE:09/08/25}} | OR 2 | GE Aisys CS2 | {{DEVICE:AMRL-01077}} | fail, O2 sensor replaced, pass
{{DATE:09/08/25}} | OR 3 | Drager Perseus A500 | {{DEVICE:ASFL-0044}} | pass
{{DATE:09/09/25}} | {{FACILITY:Okonkwo Hybrid OR}} | Drager Fabius | {{DEVICE:ARXM-1189}} | pass
{{DATE:09/09/25}} | PACU | BIS monitor | {{DEVICE:BV-4410387}} | pass
{{DATE:09/09/25}} | L&D OR | Alaris PCU | {{DEVICE:11870215}} | pass
Notes: OR 9 machine s/n {{DEVICE:AMRL-01240}} tagged out {{DATE:9/9}} after CRNA {{NAME:Sienna}} reported a vaporizer leak; loaner from vendor (field engineer {{NAME:Marcus Tull}}, {{PHONE:(859) 555-0108}}).
Work order {{ID:WO-5528731}}. Next PM due {{DATE:03/2026}}.`,

  // 28 voicemail + callback
  `VOICEMAIL TRANSCRIPTION (auto) - ASC nurse line - received {{DATE:Fri 05/23/2025 19:47}}
"hi this is um {{NAME:Delphine Mouton}}, m-o-u-t-o-n, I had my gallbladder out today with Dr {{NAME:Abrahamsen}} and um I'm still throwing up, like four times since I got home, and the patch behind my ear fell off. my birthday is {{DATE:june 2nd 1971}}. call me back at {{PHONE:985-555-0137}} or my sister {{NAME:Celestine}} at {{PHONE:985-555-0161}}. I'm in {{LOCATION:Hammond}} so if I have to come in I'd go to {{FACILITY:Florida Parishes General}}, ok thank you bye"
Callback 2005 by {{NAME:Lynette Broussard}}, RN on call. Emesis x4, now tolerating sips, voiding, no fever, pain 4/10. Discussed w/ anesthesiologist on call Dr {{NAME:Thibodeaux}} (pgr {{PHONE:7720}}): ondansetron ODT 4 mg q8h PRN sent to {{FACILITY:Magnolia Drug}}; new scopolamine patch not advised. If unable to keep fluids down by AM -> ED. Case {{ID:ASC-25-04418}}.
{{NAME:LB}}`,

  // 29 pseudocholinesterase letter
  `{{DATE:10 February 2026}}
To: Dr. {{NAME:Yolanda Pretorius}}, {{FACILITY:Kingsbridge Family Practice}}, {{ADDRESS:77 Mill Lane}}, {{LOCATION:Bozeman}}, MT {{ZIP:59715}}
Re: {{NAME:Thaddeus Nkemelu}}, DOB {{DATE:04/19/1990}}, our MRN {{MRN:GVH-00412877}}

Dear Dr. {{NAME:Pretorius}},
Your patient had an appendectomy under general anesthesia at {{FACILITY:Gallatin Valley Hospital}} on {{DATE:2/3/26}}. After a single intubating dose of succinylcholine (100 mg) he stayed paralysed for about 3 hours (TOF 0/4 at 2 h) and was kept sedated and ventilated in PACU until full recovery. Plasma cholinesterase was 620 U/L (ref 3100-6500), dibucaine number 21, consistent with homozygous atypical pseudocholinesterase.
Recommendations: avoid succinylcholine and mivacurium; caution with ester local anesthetics. First-degree relatives (his sister {{NAME:Adaeze}} and both parents) should be tested. He carries the alert card we gave him.
Kind regards,
{{NAME:Signe Halvorsen}}, MD, Dept of Anesthesiology
t {{PHONE:406-555-0114}}   e {{EMAIL:shalvorsen@gallatinvalleyhosp.org}}`,

  // 30 medical alert enrollment
  `MEDICAL ALERT ENROLLMENT - MH SUSCEPTIBILITY (completed in anesthesia clinic)
Member: {{NAME:KRZYZANOWSKI, PAWEL}}   DOB {{DATE:1983-07-27}}   Sex M
Address: {{ADDRESS:5520 S Archer Ave Apt 3R}}, {{LOCATION:Chicago}}, IL {{ZIP:60638}}
Phone {{PHONE:(773) 555-0159}}   Email {{EMAIL:pkrzyzanowski83@gmail.com}}
Emergency contact: {{NAME:Agnieszka K.}} (wife) {{PHONE:(773) 555-0177}}
Engrave: MALIGNANT HYPERTHERMIA SUSCEPTIBLE - NO SUCCINYLCHOLINE / NO VOLATILES. RYR1 c.7300G>A het.
Confirmed by CHCT at {{FACILITY:Twin Cities MH Diagnostic Center}} {{DATE:Aug 2023}}; genetics report # {{ID:GEN-23-118904}}
Physician: {{NAME:Oyelaran, Tunde}} MD, NPI {{LICENSE:1376629014}}, {{FACILITY:Lakeview Anesthesia Clinic}}
Wallet card photo: {{PHOTO:IMG_20250611_pkrzy_face.jpg}} (uploaded by {{NAME:tbo}})
Fee waiver: Medicaid ID {{HEALTH_PLAN:IL-442910385}}
Signed {{DATE:06/11/2025}}`,

  // 31 ASC sedation discharge
  `DISCHARGE CHECKLIST - {{FACILITY:Copper Canyon Surgery Center}}
Pt {{NAME:Villalobos, Ernesto}}   MRN {{MRN:CCSC-88410}}   DOS {{DATE:12/08/2025}}
Proc: colonoscopy w/ polypectomy, MAC (propofol 340 mg total). Dr. {{NAME:Begay}}; CRNA {{NAME:Waters}}
Aldrete 10 at 1035. PADSS 10. Tolerating PO, ambulating w/ steady gait.
Responsible adult: {{NAME:Graciela Villalobos}} (daughter), ID checked (DL {{LICENSE:D08841273}}), phone {{PHONE:(520) 555-0196}}.
Vehicle at curb: white pickup, plate {{VEHICLE:CXK4471}}.
Going home to {{ADDRESS:3311 E Calle Cortez}}, {{LOCATION:Tucson}} {{ZIP:85716}}.
Instructions: no driving, no legal decisions, no alcohol x 24 h. Spanish written copy given; interpreter {{NAME:Maribel}} (ID {{ID:SPN-2207}}) by video.
Path results on his portal page {{URL:https://portal.coppercanyonsc.com/r/8841-VXQ}} or call {{PHONE:520-555-0110}}.
Discharged 1052 by {{NAME:K. Yazzie}}, RN, wheelchair to car.`,

  // 32 case cancellation
  `ANESTHESIA NOTE - CASE CANCELLED DAY OF SURGERY
{{DATE:3/3/2026}} 0640. Pt {{NAME:Obuya, Grace W.}} ("{{NAME:Gracie}}"), MRN {{MRN:UMC-1190337}}, for lap ventral hernia w/ Dr {{NAME:Stanislawski}}, {{FACILITY:University Medical Center of Lowell}}, OR 14.
Reason: ate breakfast (grits, coffee w/ cream) at 0500. Pt says "nobody told me" - NPO instructions given by PAT RN {{NAME:Fontaine}} on {{DATE:2/24}} per note, and text reminder sent to {{PHONE:978-555-0186}} on {{DATE:3/2}}.
Also BP 196/112 x2, did not take amlodipine. K 3.1.
Discussed w/ surgeon, cancelled. Tentatively rebooked {{DATE:3/17/26}}. Pt and son {{NAME:Otieno}} understand; son upset, patient relations ({{NAME:Bev Hartigan}}, ext {{PHONE:2214}}) asked to call him.
Anesthesia: {{NAME:M. Oyelowo}}, MD / {{NAME:Hattie}}, CRNA.
No anesthesia charge; cancel code entered for case {{ID:UMC-26-030301}}.`,

  // 33 preop clinic bridging
  `PREOP ANESTHESIA CLINIC - {{FACILITY:Bayfront Perioperative Medicine Clinic}}
{{DATE:Wed, 01/14/2026}}   Pt {{NAME:Ravindranath Subramaniam}} ("{{NAME:Ravi}}"), {{AGE:90}} yo M, MRN {{MRN:BF-20031178}}
Referred by Dr. {{NAME:Colquhoun}} (urology) for TURP at {{FACILITY:Bayfront Hospital}} on {{DATE:1/28/26}}.
Mechanical mitral valve (2016, {{FACILITY:Lakshmi Heart Centre}}, {{LOCATION:Bengaluru}}) on warfarin, INR goal 2.5-3.5.
Bridge: last warfarin {{DATE:1/22}}, enoxaparin 1 mg/kg BID from {{DATE:1/24}}, last dose AM {{DATE:1/27}}. INR on arrival. Cardiology (Dr {{NAME:Feinberg-Osei}}) agrees by email {{DATE:1/13}}.
PPM dual chamber, SN {{DEVICE:PJN418872S}}; not dependent (underlying SB 48). Magnet available, rep notified.
Airway MP II, full dentures. CFS 5. Lives w/ son at {{ADDRESS:27 Harbor View Terrace}}, {{LOCATION:Tampa}}; son {{NAME:Arjun}} {{PHONE:(813) 555-0133}}.
ASA 4. Spinal preferred; avoid GA if possible (post-op delirium 2023).
{{NAME:C. Marlowe-Addo}}, NP / Dr {{NAME:Feng}}`,

  // 34 nerve catheter home follow-up
  `CONTINUOUS PERIPHERAL NERVE CATHETER - HOME FOLLOW-UP
Pt: {{NAME:Hargreaves, Nell}}   MRN {{MRN:00558129}}   Catheter placed {{DATE:04/02/2025}} (R popliteal-sciatic, for R ankle ORIF) by Dr. {{NAME:Banerjee}}
Pump: elastomeric 400 mL, ropivacaine 0.2% 8 mL/h, SN {{DEVICE:EP400-7751203}}
{{DATE:4/3}} 0930 call to {{PHONE:(919) 555-0149}}: pain 2/10, foot numb as expected, reservoir shrinking. No leak. Husband {{NAME:Trevor}} helping.
{{DATE:4/4}} 1010 call: pain 3/10; no perioral numbness, metallic taste or tinnitus. Site damp - reinforced per instructions.
{{DATE:4/5}} 0900 video visit ({{URL:https://telehealth.triangleortho.org/v/NH0405}}) with pt at home in {{LOCATION:Cary}}: pump empty, catheter removed by husband with coaching, tip intact (blue mark seen on video). Pump returned by mail, tracking {{ID:1Z84R9W20355710421}}.
{{NAME:Opal Greenidge}}, RN, acute pain service, {{FACILITY:Triangle Orthopaedic Hospital}}`,

  // 35 awake fiberoptic airway note
  `AIRWAY NOTE
{{DATE:2025-07-19}} 1312 | {{FACILITY:Mount Cedar Hospital}} | OR 21 | {{NAME:LaFleur, Antoine}} | MRN {{MRN:MC 447 2091}} | case {{ID:MCH-190725-21}}
Indication: awake FOI. Known difficult airway (letter from {{FACILITY:Acadiana General}} {{DATE:2021-11-02}}: "cannot intubate, cannot oxygenate, emergent cric"), C3-C7 fusion, MP IV, mouth opening 2 FB.
Prep: glyco 0.2 mg; lidocaine 4% nebulized 4 mL, 2% viscous gargle, spray-as-you-go 2% x 4 mL; dexmedetomidine 1 mcg/kg over 10 min then 0.5 mcg/kg/h. Oxymetazoline + lido jelly to R nare.
Single-use scope via R nare, 7.0 nasal RAE, 1st attempt, EtCO2 confirmed, then propofol 100 mg + roc 50 mg.
Performed: {{NAME:Zhou Min}}, MD (attending); assist {{NAME:DuPre}}, CRNA; ENT Dr. {{NAME:Castille}} gowned at bedside with trach tray.
Extubation plan: awake over an exchange catheter, in ICU, next AM.
Updated letter mailed to pt, {{ADDRESS:PO Box 2291}}, {{LOCATION:Breaux Bridge}} {{ZIP:70517}}.
-- {{NAME:ZM}}`,

  // 36 crash cesarean GA
  `OB ANESTHESIA - CATEGORY 1 CESAREAN UNDER GA
{{DATE:08/30/2025 02:41}} decision; 02:47 in L&D OR 2; 02:49 incision.
Pt {{NAME:Precious Mahlangu}}, 31 y/o G3P2, MRN {{MRN:SR-0093314}}, {{FACILITY:Saguaro Regional Medical Center}}
Indication: cord prolapse. No epidural. Last ate 2100 (pizza).
RSI: preox 3 min (EtO2 0.82), propofol 150 mg, succinylcholine 120 mg; VL grade I, 7.0 ETT, 1 attempt by {{NAME:Ewa}}.
Maint: sevo 1 MAC, then N2O/O2 + fentanyl 100 mcg after delivery; oxytocin 3 U then 2.5 U/h; carboprost 250 mcg x1 for atony. QBL 1200. TXA 1 g.
Baby girl out 02:51, Apgars 3/7, NICU Dr. {{NAME:Ferguson-Nakamura}}.
Anesthesia: {{NAME:Ewa Dabrowska}}, MD; resident {{NAME:Jalen Booker}}, MD.
Extubated awake 0330. Partner {{NAME:Sipho}} updated in family room ({{PHONE:480-555-0169}}).
Debrief: decision-to-incision 8 min. {{NAME:ED}}/{{NAME:jb}}`,

  // 37 transfer acceptance
  `TRANSFER ACCEPTANCE - ANESTHESIA / PACU
{{DATE:11/15/25}} 1620. Call from Dr. {{NAME:Ibrahim Al-Khatib}} (anesthesia), {{FACILITY:Sandhills Outpatient Surgery}}, {{LOCATION:Southern Pines}}, {{PHONE:(910) 555-0103}}.
Pt {{NAME:Hollis, Raymond}}, {{AGE:93}}, L cataract under topical + MAC (midazolam 0.5 mg, fentanyl 25 mcg). At end of case new AF w/ RVR 150s, BP 92/50, mentating. Diltiazem 10 mg IV x1, HR 110s.
Transport by {{FACILITY:Moore County EMS}}, ETA 1700.
Accepting: Dr. {{NAME:Rosenqvist}} (hospitalist) at {{FACILITY:Pinehurst Regional Hospital}}; PACU bay 4 held, tele bed to follow.
Records faxed from {{FAX:910-555-0104}}. Wife {{NAME:Loretta}} following by car from home ({{ADDRESS:145 Midland Rd}}, {{LOCATION:Pinehurst}} {{ZIP:28374}}).
MRN assigned {{MRN:PRH-7700219}}. Transfer # {{ID:TC-25-11-0881}}.
Report taken by {{NAME:Sunita Chaudhry}}, RN`,

  // 38 peer review
  `ANESTHESIA QUALITY / PEER REVIEW - CONFIDENTIAL
Review # {{ID:PR-2025-117}}   Meeting {{DATE:Dec 4, 2025}}
Case {{ID:OR-25-090214}}, DOS {{DATE:10/21/2025}}, {{FACILITY:Northshore Medical Center}}, OR 5
Patient: {{NAME:S.T.}}, 47M, MRN {{MRN:NMC0098813}}
Providers: Dr. {{NAME:R. Vanterpool}} (attending); CRNA {{NAME:Quinn Abara}}
Event: unplanned ICU admission after aspiration at induction (SBO; no NG before RSI; rocuronium 1.2 mg/kg; VL first pass). CXR RLL infiltrate. Extubated POD 2, home POD 6.
Reviewers: {{NAME:Lindsey Marchand}} MD, {{NAME:Hosseini}} MD, {{NAME:P. Osterberg}} CRNA
Determination: level 2 - minor opportunity for improvement (NG decompression before induction). System issue: no NG tubes on the OR 5 airway cart - fixed.
Feedback letter emailed to {{EMAIL:rvanterpool@northshoremc.org}} {{DATE:12/5/25}}.
Protected under state peer review statute.`,

  // 39 interpreted consent
  `ANESTHESIA CONSENT - INTERPRETED
Pt: {{NAME:Nguyen Thi Lan}}   DOB {{DATE:15/08/1949}}   MRN {{MRN:CVE-203381}}
Home: {{ADDRESS:8842 Bolsa Ave Apt 17}}, {{LOCATION:Westminster}}, CA {{ZIP:92683}}; ph {{PHONE:(714) 555-0152}}
Language: Vietnamese. Interpreter {{NAME:Pham Quoc Bao}}, ID {{ID:VI-1138}}, in person. Daughter {{NAME:Linh}} present, wants mother told everything.
Procedure: L cataract extraction w/ IOL, {{DATE:2/9/2026}}, {{FACILITY:Clearview Eye Surgery Center}}, Dr. {{NAME:Oyamada}}.
Anesthesia: MAC w/ topical + intracameral lidocaine; peribulbar block if needed.
Risks: over-sedation, airway obstruction, nausea, block complications (retrobulbar hemorrhage, globe injury - rare), conversion to GA.
Pt asked if she will be "put to sleep"; explained light sedation, she can talk to us. Teach-back via interpreter ok.
{{NAME:Fernando Quiroga-Webb}}, MD   {{DATE:02/09/2026 07:05}}`,

  // 40 MRI sedation pediatric
  `MRI SEDATION RECORD - PEDIATRIC
{{FACILITY:Prairie Children's Imaging}}, magnet room 2 (3T)
Pt {{NAME:Amara Okonkwo-Little}}   DOB {{DATE:2021/06/03}}   16 kg   MRN {{MRN:PCI-4402187}}   Acc {{ID:MR-88012277}}
Study: MRI brain w/wo contrast, seizure w/u, ordered by Dr. {{NAME:Velde}} (neuro)
Sedation: dexmedetomidine IN 2 mcg/kg at 1310 (failed), then propofol infusion 200 mcg/kg/min via MR-conditional pump s/n {{DEVICE:MRP-20-31177}}. Natural airway, NC O2 2 L, capnography.
Provider {{NAME:Harriet Quaye}}, MD; RN {{NAME:Bo}}.
Scan 1335-1420. Gadolinium 1.5 mL.
Awake 1435, juice 1450. D/c 1510 to mom {{NAME:Chidinma}} and grandma {{NAME:Patience}}; home to {{LOCATION:Lincoln}}.
Questions: {{PHONE:(402) 555-0119}}. Next sedated study {{DATE:Jun 2026}}.
{{NAME:hq}}`,

  // 41 bronchoscopy sedation summary
  `BRONCH SUITE - SEDATION SUMMARY   {{DATE:7 Nov 2025}}   {{FACILITY:Mother Lode Medical Center}}
Pulm: Dr {{NAME:Yerramilli}}   Anes: {{NAME:Okereke}} / CRNA {{NAME:Dunleavy}}   RN {{NAME:Pia}}   RT {{NAME:Cormac}}
1) {{NAME:Yates, Orrin}} 88M MRN {{MRN:MLM-301774}} - EBUS-TBNA stations 4R, 7. GA via LMA #5, propofol TIVA + remi. Uneventful. Home w/ wife {{NAME:Dot}} ({{PHONE:209-555-0154}}).
2) {{NAME:Castaneda, Itzel}} 42F MRN {{MRN:MLM-308216}} - BAL for ?PJP. Moderate sedation by RN: midaz 2 mg, fent 50 mcg; topical lido 1% 12 mL total (max 4.5 mg/kg ok). SpO2 nadir 89% on 6 L.
3) {{NAME:Lyle}} "{{NAME:Buck}}" {{NAME:Pruett}}, {{AGE:92}}M, MRN {{MRN:MLM-112093}} - therapeutic aspiration, intubated ICU pt, propofol + fent already infusing. Pump SN {{DEVICE:12840077}} noted occluding, swapped. Son {{NAME:Wade}} updated by pulm.
Cleaning log: scope BF-1TH190 #3 to reprocessing 1420.
{{NAME:NO}}/{{NAME:pd}}`,

  // 42 cath lab TAVR under MAC
  `CATH LAB - TAVR UNDER MAC - SEDATION / ANESTHESIA RECORD
{{FACILITY:Magnolia Heart & Vascular}}, Lab 2   {{DATE:04/16/2025}}
Pt {{NAME:Marchbanks, Evangeline}}   {{AGE:95}} y/o F   MRN {{MRN:MHV-0072291}}   Case {{ID:MHV-TAVR-25-041}}
Lives at {{FACILITY:Cypress Gardens Assisted Living}}, {{LOCATION:Hattiesburg}}. Daughter {{NAME:Winifred}} (HCP) {{PHONE:(601) 555-0141}}.
Operators: Dr. {{NAME:Oyebanji}} / Dr. {{NAME:Feldstein}}   Anesthesia: {{NAME:Imogen Tresize}}, MD   RN {{NAME:Carmen}}
ASA 4, severe AS (AVA 0.6, MG 48), MP III, STOP-BANG 3.
Sedation: propofol 20-40 mcg/kg/min, fentanyl 25 mcg x2. Local lido 1% 20 mL R groin. Spontaneous resp, NC 4 L, EtCO2 sampled.
Heparin 8000 U, ACT 286; protamine 50 mg.
Valve 26 mm balloon-expandable, SN {{DEVICE:4417829}}; temp pacer SN {{DEVICE:TP-55102}}, rapid pacing 180 x2.
No conversion to GA. To CVRU 1125, awake, RASS 0.
{{NAME:IT}}`,

  // 43 OR whiteboard transcription
  `OR BOARD - TRANSCRIBED FROM WHITEBOARD 0615 - {{DATE:TUES 2/17}}
CHARGE RN: {{NAME:BERNADETTE}} EXT {{PHONE:4402}}   ANES IN CHARGE: DR {{NAME:KOVACS}} PGR {{PHONE:3319}}
RM | SURGEON | PT | ANES | CRNA/RES | RN | ST
1 | {{NAME:LEVESQUE}} | {{NAME:MCCRAY, T}} | {{NAME:KOVACS}} | {{NAME:ABIOLA}} | {{NAME:DEB}} | {{NAME:JUAN C}}
2 | {{NAME:PATIL}} | {{NAME:HOANG}} | {{NAME:STRAND}} | RES {{NAME:OKORO}} | {{NAME:KIM L}} | {{NAME:TAVITA}}
3 | {{NAME:WEINTRAUB}} | {{NAME:ESTERHAZY}} | {{NAME:STRAND}} | {{NAME:MCNULTY}} | {{NAME:FRANCINE}} | {{NAME:BAO}}
4 | {{NAME:LEVESQUE}} | {{NAME:PURCELL-AMOS}} | {{NAME:NWACHUKWU}} | - | {{NAME:DEB}} | {{NAME:RAFA}}
6 | {{NAME:SOKOLOV}} | {{NAME:DIALLO, A}} | {{NAME:NWACHUKWU}} | SRNA {{NAME:PIKE}} | {{NAME:ODETTE}} | {{NAME:JUAN C}}
NOTES: RM 4 LATEX ALLERGY. RM 6 MH SUSCEPTIBLE - CLEAN MACHINE, FILTERS ON. RM 3 HUNGARIAN INTERPRETER 0700. RM 1 ADD-ON AFTER: I&D "{{NAME:SONNY}}" {{NAME:BLACKWOOD}}. RM 2 ASA 4, ART LINE. MAC CASES RM 5 ALL DAY.`,

  // 44 scheduler email
  `From: {{NAME:Paloma Restrepo}} <{{EMAIL:prestrepo@stcuthbert-health.org}}>
To: Anesthesia Scheduling; Dr. {{NAME:Haugen}}
Sent: {{DATE:Thursday, March 19, 2026 4:52 PM}}
Subject: add-on tomorrow - {{NAME:Castellanos}} - needs anesthesia eval

Hi Dr. {{NAME:Haugen}},
Dr. {{NAME:Marwick}} wants to add {{NAME:Ignacio Castellanos}} (MRN {{MRN:SC-5573109}}, DOB {{DATE:10/30/1944}}) for a L BKA tomorrow {{DATE:3/20}} after his 2nd case in {{FACILITY:Ridley OR 6}}.
He's at {{FACILITY:Willowbrook Skilled Nursing}}, {{ADDRESS:410 Orchard Ln}}, {{LOCATION:Kalamazoo}}; nurse there is {{NAME:Tanisha}} {{PHONE:(269) 555-0181}}, fax {{FAX:(269) 555-0182}}. HD MWF, last run today, K 5.6 this AM.
Niece {{NAME:Rocio Castellanos-Diaz}} has POA and will consent by phone, {{PHONE:269-555-0126}}.
Medicare {{HEALTH_PLAN:7RK4-TD9-QW52}}.
Thanks!
{{NAME:Paloma}} ext {{PHONE:5518}}`,

  // 45 claim appeal letter
  `{{FACILITY:Keystone Anesthesia Consultants}}
{{ADDRESS:600 Penn Center Blvd, Suite 310}}, {{LOCATION:Pittsburgh}}, PA {{ZIP:15235}}
{{DATE:January 22, 2026}}
Appeals Department, Three Rivers Health Plan
RE: Request for reconsideration
Patient: {{NAME:Marisol Quintanilla-Burke}}   Member ID {{HEALTH_PLAN:ZHP90117245601}}
Claim {{ACCOUNT:2025331A04417}}   DOS {{DATE:11/26/2025}}   Our acct {{ACCOUNT:KAC-771024}}
Denial reason: "anesthesia services not medically necessary for screening colonoscopy (00811)".
The patient has severe OSA (AHI 52) on CPAP, BMI 47 and a failed attempt at moderate sedation ({{DATE:2022-05-10}}, {{FACILITY:Monroeville Endoscopy}}: "inadequate sedation, procedure aborted"). She is ASA 3. Anesthesia care by a qualified provider was appropriate and is supported by the attached records.
{{NAME:Desmond Achebe}}, MD   NPI {{LICENSE:1720394856}}   PA license {{LICENSE:MD-448120}}
Contact: billing specialist {{NAME:Colleen Fagan}}, {{PHONE:(412) 555-0135}}, fax {{FAX:(412) 555-0136}}`,

  // 46 paper record transcription
  `ANESTHESIA RECORD (PAPER, SCANNED + TRANSCRIBED BY {{NAME:RJ}})
PT: {{NAME:ABERNATHY-COLE, JUNE}}   DOB {{DATE:06-06-1931}}   AGE {{AGE:94}}   MRN {{MRN:4410-9982-01}}
DATE {{DATE:14 MAR 2025}}   OR 3   {{FACILITY:ST. HILDA'S COMMUNITY HOSPITAL}}
PROC: ORIF R HIP (IM NAIL)   SURG: DR {{NAME:MAHONY}}
ANES: {{NAME:GUTIERREZ-PAZ}} MD   CRNA: {{NAME:B. FOLEY}}
TECHNIQUE: SPINAL L3-4 25G WHITACRE, BUPI 0.5% HYPERBARIC 2 ML + FENT 15 MCG. PROPOFOL GTT 25-50 MCG/KG/MIN.
0750 IN RM. 0805 SPINAL. 0820 POSITIONED ON FRACTURE TABLE, FOLEY 16FR BY RN {{NAME:MAEVE}}.
0832 INCISION. 0905 PHENYLEPHRINE 100 MCG X2. 0940 CLOSING. 0955 TO PACU.
EBL 250. LR 900. UOP 120.
PUMP: ALARIS S/N {{DEVICE:11204588}}. MACHINE: FABIUS S/N {{DEVICE:ARZK-0771}}.
TIME: 0750-1000 = 130 MIN. BASE UNITS 6.
GRANDSON {{NAME:TYLER}} IN WAITING ROOM, UPDATED BY {{NAME:BF}}.`,

  // 47 pain procedure sedation
  `PAIN PROCEDURE NOTE - L5-S1 INTERLAMINAR ESI, MINIMAL SEDATION
{{FACILITY:Tri-County Spine & Pain}}, procedure room B, {{DATE:Sept 3 2025}}
Pt {{NAME:Haugland, Birgit}}   MRN {{MRN:TCSP-018832}}   58F   ref by Dr. {{NAME:Ocampo}}
Sedation: midazolam 1 mg IV (RN {{NAME:Kristoffer}}); verbal throughout, RASS 0 to -1.
C-arm SN {{DEVICE:OEC-9900-A4418}}, fluoro time 18 s.
20G Tuohy, LOR saline at L5-S1, contrast 2 mL with epidural spread, no vascular uptake; triamcinolone 80 mg + NS 3 mL.
Vitals stable. Discharged 20 min later; husband {{NAME:Leif}} drove (plate {{VEHICLE:TKL-4410}}).
F/u 2 wk with PA {{NAME:Shelby Ng}}; pain diary to {{EMAIL:birgit.haugland@midco.net}}.
Pt lives in {{LOCATION:Moorhead}}, works at {{FACILITY:Concordia Lutheran Preschool}} - note for work, 1 day off.
{{NAME:Ansel Whitford}}, MD`,

  // 48 burn unit ketamine sedation
  `BURN UNIT - PROCEDURAL SEDATION (dressing change / hydrotherapy)
{{FACILITY:Carrow Burn Unit}}, tank room   {{DATE:07/04/25}} 1000-1045
Pt {{NAME:Delacruz, Marco}} ("{{NAME:Junior}}"), 24M, 32% TBSA flame burn, HD 9, MRN {{MRN:UMC-BU-60231}}
Pre: NPO 6 h, ASA 3, airway clear, no inhalation injury. Consent on chart (pt).
Sedation: glyco 0.2 mg; ketamine 80 mg IV (1 mg/kg) + midazolam 1 mg; ketamine 20 mg x2 more. RASS -3, spont resp, SpO2 96% 4 L.
PCA pump s/n {{DEVICE:PCA-7700419}} paused during tank, restarted after.
Provider: {{NAME:Anneliese Vogt}}, MD (anesthesia); RN {{NAME:Jamal}}; burn tech {{NAME:Trinh}}.
Emergence: mild dysphoria, resolved.
Mother {{NAME:Rosalinda}} wants a call after each change: {{PHONE:(915) 555-0112}}. Employer {{FACILITY:Franklin Mountain Roofing}}; workers' comp claim {{ACCOUNT:WC-25-0070431}}.
{{NAME:AV}}`,

  // 49 PACU bed board
  `PACU BED BOARD - {{DATE:11/20/2025}} 1500   {{FACILITY:Sorensen Pavilion PACU}}
Bay | Pt | Surgeon | Anes | RN | Status
1 | {{NAME:Fairbanks, Lorna}} | {{NAME:Osterhout}} | {{NAME:Ikeda}} | {{NAME:Mags}} | ph I, PONV, zofran 1440
2 | {{NAME:Quaresma, T.}} | {{NAME:Li}} | {{NAME:Ikeda}} | {{NAME:Mags}} | waiting {{FACILITY:Dunmore 7}} bed 12
3 | {{NAME:Adebayo-Clarke, Femi}} | {{NAME:Rourke}} | {{NAME:Sandoval}} | {{NAME:Eoin}} | pain 8/10, APS paged ({{PHONE:6611}})
5 | {{NAME:O'Dwyer, Maire}} | {{NAME:Li}} | {{NAME:Sandoval}} | {{NAME:Eoin}} | ready ph II, ride: sister {{NAME:Nuala}}
6 | {{NAME:Zielinski, H}} {{AGE:91}}F | {{NAME:Osterhout}} | {{NAME:Ikeda}} | {{NAME:Rhonda}} | delirium, family to bedside
Notes: bay 3 on methadone 60 mg daily at home - ketamine 10 mg IV 1450 per Dr. {{NAME:Sandoval}}, lidocaine patch. Bay 6 son {{NAME:Gerald}} called from {{LOCATION:Scranton}}, wants update before 1700.
Charge: {{NAME:Rhonda}}. Anesthesia covering PACU: Dr. {{NAME:Ikeda}}`,

  // 50 post-op delirium follow-up
  `POST-OP DAY 1 ANESTHESIA FOLLOW-UP
{{DATE:12/30/2025 09:15}}   {{FACILITY:Glenmoor 4 South}}, rm 418
Pt {{NAME:Constance Whitfield-Harrow}}, {{AGE:ninety-four}} y/o, MRN {{MRN:GMH-00291744}}
s/p R hip hemiarthroplasty {{DATE:12/29}} under spinal + propofol sedation (BIS 60-70).
Overnight: CAM positive, pulled IV x2, haloperidol 0.5 mg by cross-cover Dr. {{NAME:Eskildsen}}.
Granddaughter {{NAME:Pippa}} at bedside (visiting from {{LOCATION:Leeds}}, US cell {{PHONE:(212) 555-0173}}) says pt was sharp at home, manages own finances.
4AT 6. No focal deficits. Na 131. Spinal resolved, no headache. L hearing aid (SN {{DEVICE:HA-0319-22874}}) found in PACU and returned.
Plan: non-drug measures, avoid benzos/anticholinergics, glasses + hearing aids on, melatonin 3 mg HS, geriatrics consult (Dr. {{NAME:Villanueva}}).
{{NAME:Teodora Ilic}}, MD / {{NAME:ti}}`,

  // 51 dentist's reply
  `{{FACILITY:Pinecrest Family Dentistry}} - {{ADDRESS:19 Birch Hollow Rd}} - {{LOCATION:Keene}}, NH {{ZIP:03431}} - {{PHONE:603-555-0145}}

{{DATE:March 2, 2026}}

Dr. {{NAME:Oksana Hrytsenko}}
Department of Anesthesiology, {{FACILITY:Cheshire Valley Medical Center}}

Re: {{NAME:Dunstan Pyke}}, DOB {{DATE:8/14/1966}}

Dear Dr. {{NAME:Hrytsenko}},
Thank you for your letter of {{DATE:February 20}} about Mr. {{NAME:Pyke}}'s difficult airway. We have put an alert on his dental chart (our patient no. {{MRN:PFD-0417}}) and will treat him with local anesthesia only - no nitrous, no oral sedation. He needs #30 and #31 extracted; we are referring him to Dr. {{NAME:Fitzgerald-Amoah}} at {{FACILITY:Monadnock Oral & Maxillofacial Surgery}}, who operates at your hospital and can arrange an airway plan with your group.
Our hygienist {{NAME:Jolene}} noted limited opening (28 mm) at his recall visit, in keeping with your findings.
Sincerely,
{{NAME:Calvin Ostrander}}, DMD
dictated, typed by {{NAME:jr}}`,

  // 52 patient-completed questionnaire
  `PATIENT PRE-ANESTHESIA QUESTIONNAIRE (completed by patient, scanned)
name: {{NAME:tiffani rae dubois}}   date of birth: {{DATE:4-1-88}}   todays date: {{DATE:1/5/26}}
address: {{ADDRESS:rt 2 box 118}} {{LOCATION:opelousas}} la
phone: {{PHONE:337 555 0179}}   email: {{EMAIL:tiffrae88@yahoo.com}}
surgery: tubes tied w/ dr {{NAME:guidry}}
have you or a blood relative had problems w/ anesthesia? yes my mama ({{NAME:Earline}}) took forever to wake up after her hysterectomy at {{FACILITY:st landry general}}, they said her body couldnt break down the medicine
do you snore? yes loud. my husband {{NAME:Jacques}} says i stop breathing
loose teeth/caps/dentures? cap on front tooth (top)
smoke? 1/2 ppd + vape.   drugs? weed sometimes
pregnant? no, last period {{DATE:12/20}}
who drives you home? my sister {{NAME:Amber}} {{PHONE:337-555-0108}}
meds: zoloft 100, birth control, tylenol pm   allergies: codine (itching), tape
RN review {{NAME:S. Fontenot}}, RN: STOP-BANG 4; FHx ?pseudocholinesterase deficiency - flagged for Dr {{NAME:Arceneaux}}, avoid sux until tested.`,

  // 53 MH cart monthly check
  `MALIGNANT HYPERTHERMIA CART - MONTHLY CHECK
{{FACILITY:Ridgeline ASC}}, cart #2 (main OR corridor)
Month | Dantrolene 250 mg vials | exp | checked by | date
Jan | 3 | 07/2027 | {{NAME:T. Okafor}} | {{DATE:01/03/2025}}
Feb | 3 | 07/2027 | {{NAME:Okafor}} | {{DATE:02/04/2025}}
Mar | 2 (1 used, MH event {{DATE:2/27/25}}, incident {{ID:RL-25-0088}}) | 07/2027 | {{NAME:Lucinda M}} | {{DATE:03/01/2025}}
Restock ordered by {{NAME:P. Vasquez}}, PharmD {{DATE:2/28/25}}, received {{DATE:3/3/25}} - back to 3 vials.
Cold saline 3 L in fridge #4 (3.8 C). Charcoal filters x4. Insulin, D50, CaCl, bicarb, lidocaine present. Hotline number posted on lid.
Drill {{DATE:3/12/25}} led by Dr. {{NAME:Ashworth-Ng}} and CRNA {{NAME:Bram}}; participants {{NAME:Lu}}, {{NAME:Ferris}}, {{NAME:Kaur}}, {{NAME:Ola}}. Time to first dantrolene dose in drill: 6 min.
Cart seal # 004417 intact after check.`,

  // 54 perioperative CIED note
  `PERIOPERATIVE CIED MANAGEMENT NOTE
Pt {{NAME:Gallagher, Seamus P.}}   MRN {{MRN:0912-4471}}   DOS {{DATE:5/19/2025}}   {{FACILITY:Holy Rood Hospital}}, OR 10
Procedure: open R colectomy, monopolar above umbilicus.
Device: dual-chamber ICD SN {{DEVICE:RZD604417H}}, implanted {{DATE:2019-08-22}} at {{FACILITY:Bay State Arrhythmia Center}}; EP Dr {{NAME:Lemaire}}.
Interrogation {{DATE:5/19/25}} 0615 by rep {{NAME:Dana Whitcombe}} ({{PHONE:(617) 555-0127}}): not pacer-dependent, underlying SR 68, battery 7.1 y, leads ok.
Plan: tachy therapies suspended 0640 by programmer (magnet not usable with abdominal prep). Pads on, defibrillator in room SN {{DEVICE:AR14G033519}}.
Bipolar where possible; ESU return pad on R thigh.
Therapies re-enabled 1144 in PACU by {{NAME:Dana}}, tested ok. Home remote monitor SN {{DEVICE:TX-88310294}} paired.
Anesthesia: {{NAME:Okwuosa}}, MD / {{NAME:Farrah}}, CRNA. Wife {{NAME:Bridget}} informed.`,

  // 55 dental GA for adult from group home
  `HOSPITAL DENTISTRY - GA FOR ADULT WITH IDD
{{DATE:Oct 30, 2025}}   {{FACILITY:Wentworth Ambulatory Surgery}}, OR 2   Case {{ID:WAS-251030-02}}
Pt {{NAME:Benedict}} "{{NAME:Benny}}" {{NAME:Oyawale}}, 34M, Down syndrome, nonverbal, MRN {{MRN:WAS-330192}}
Lives at {{FACILITY:Maple Commons Group Home}}, {{ADDRESS:66 Sparrow Ct}}, {{LOCATION:Nashua}}. Staff escort {{NAME:Imelda}}; legal guardian (sister) {{NAME:Folake Oyawale-Pratt}} consented by phone {{PHONE:(603) 555-0115}} w/ witness RN {{NAME:Garvey}}.
Premed: midazolam 15 mg PO in applesauce at the home, per plan. IM ketamine 300 mg backup not needed.
Induction: sevo by mask, IV 22g, propofol 100 mg, nasal ETT 7.0 (grade II, AAI screen neg 2024). Dentist Dr. {{NAME:Mirelle Saint-Fleur}}, DDS: 6 restorations, 2 extractions, prophy.
Emergence calm. Home same day w/ {{NAME:Imelda}} in group home van.
Medicaid {{HEALTH_PLAN:NH-003318842}}.
{{NAME:Rasmus Egede}}, MD`,

  // 56 custody patient
  `OR NOTE - CUSTODY PATIENT
{{DATE:09/25/2025}}   {{FACILITY:Tri-Valley Medical Center}}, OR 12
Pt {{NAME:Rutledge, Darnell K.}}, inmate # {{ID:DOC-4418207}}, from {{FACILITY:Red Butte Correctional Facility}}
Officers: Sgt. {{NAME:Halvorsen}} (badge {{ID:4471}}) and CO {{NAME:Mendez}} (badge {{ID:5530}}); one officer gowned in OR per policy; L ankle restraint removed for positioning with officer agreement.
Procedure: ORIF R mandible (Dr. {{NAME:Okonjo-Ward}}, OMFS). GA, nasal RAE 6.5 via R nare, VL grade II. Propofol 200 mg, roc 50 mg, sevo, fentanyl 150 mcg total, dexamethasone 8 mg, ondansetron 4 mg.
End: IMF wires placed, wire cutters taped to head of bed and sent with pt. Extubated fully awake, sitting up.
Per facility policy, no info to family; mother {{NAME:Annette}} called, referred to facility medical ({{PHONE:(435) 555-0172}}).
Anesthesia {{NAME:Lucia Ferreira-Holm}}, MD / SRNA {{NAME:Kaito}} - {{NAME:LFH}}`,

  // 57 breast implant record
  `IMPLANT RECORD - {{FACILITY:Larkspur Aesthetic Surgery Center}}
Pt {{NAME:Sienna Marchetti-Vale}}   DOB {{DATE:03/03/1990}}   Case {{ID:LASC-25-0619}}   DOS {{DATE:06/19/2025}}
Surgeon {{NAME:Tobias Renard}}, MD; anesthesia {{NAME:Chioma Eze}}, MD (GA/LMA + bilateral PECS II, ropi 0.25% 20 mL each side)
Left: smooth round silicone 350 cc, SN {{DEVICE:24518831-017}}
Right: smooth round silicone 350 cc, SN {{DEVICE:24518831-022}}
Sizers opened, not implanted. Keller funnel used.
Registration submitted {{DATE:06/19/2025}}, confirmation {{ID:REG-7710-2291}}; device card mailed to {{ADDRESS:2207 Pacific Coast Hwy, Unit 5}}, {{LOCATION:Hermosa Beach}} {{ZIP:90254}}.
Pre-op photo series filed as {{PHOTO:LASC_0619_face01.jpg}} (face) + chest views.
Circulator {{NAME:Wren}}, scrub {{NAME:Tomas}}. Implant stickers x2 on record, verified {{NAME:W.K.}}.`,

  // 58 resident case log export
  `RESIDENT CASE LOG EXPORT - {{NAME:Olumide Bankole-Smith}}, CA-2 - exported {{DATE:2026-01-31}} - {{EMAIL:obankolesmith@fairmontuh.edu}}
case_id | date | site | asa | anesthetic | special | supervisor
{{ID:CL-77120}} | {{DATE:2026-01-05}} | {{FACILITY:FUH}} | 3 | GA ETT | A-line | {{NAME:Delgado}}
{{ID:CL-77121}} | {{DATE:2026-01-05}} | {{FACILITY:FUH}} | 2 | labor epidural | - | {{NAME:Sato-Greene}}
{{ID:CL-77134}} | {{DATE:2026-01-09}} | {{FACILITY:Fairmont Children's}} | 1 | mask GA, <3 y | peds | {{NAME:Abernathy}}
{{ID:CL-77140}} | {{DATE:2026-01-12}} | {{FACILITY:FUH}} | 4E | GA ETT | CVC, TEE | {{NAME:Delgado}} - free text: "pt MRN {{MRN:FUH2231094}} ruptured AAA"
{{ID:CL-77152}} | {{DATE:2026-01-20}} | {{FACILITY:Eastgate VA}} | 3 | spinal | - | {{NAME:Mbatha}}
Flag: row 4 has an MRN in free text - scrub before submitting to the ACGME system (program coordinator {{NAME:Renee}}).`,

  // 59 research consent note
  `RESEARCH CONSENT NOTE - ANESTHESIA STUDY
Study: dexmedetomidine vs placebo for postoperative delirium in older adults (IRB 2024-0173, NCT04418822)
Subject: {{NAME:Wojcik, Halina}}, {{AGE:90}}F, MRN {{MRN:BSM-7702149}}, enrolment no. {{ID:DEX-0117}}
Consent obtained {{DATE:04/28/2025 14:20}} by coordinator {{NAME:Marcus Feeney}} in preop clinic rm 6. Capacity confirmed (UBACC 17/20). Son {{NAME:Jerzy}} present, agrees.
Surgery: elective L TKA {{DATE:5/6/25}} with Dr. {{NAME:Ambrose}}.
Pt understands voluntary participation, may withdraw anytime. Copy given.
PI: Dr. {{NAME:Greta Lindholm}} {{PHONE:(608) 555-0189}}, {{EMAIL:glindholm@badgerstate-med.edu}}
Compensation $50 card to be mailed to {{ADDRESS:902 Jenifer St}}, {{LOCATION:Madison}} {{ZIP:53703}}.
CAM assessments POD 1-3 by {{NAME:Kyra}} (RA).`,

  // 60 staffing sheet
  `ANESTHESIA STAFFING - {{DATE:Fri 06/12/2026}}   {{FACILITY:Bramley General Hospital}}
Main OR (attending : in room)
OR 1-2   {{NAME:Haddad}} : {{NAME:Lowry}} CRNA (1), {{NAME:P. Nakamura}} CA-3 (2)
OR 3-4   {{NAME:Sokolowski}} : {{NAME:Adaeze}} SRNA + {{NAME:Cheney}} CRNA (3), {{NAME:J-P Moreau}} CRNA (4)
OR 5     {{NAME:Brightwater}} solo (cardiac)
OR 6-8   {{NAME:Oyelaran}} : {{NAME:Tamsin}} (6), {{NAME:Gomez-Ruiz}} (7), {{NAME:Vu}} CA-1 (8)
Endo/IR  {{NAME:Ferris}} : {{NAME:Ogunleye}} CRNA, {{NAME:Pruitt}} CRNA
OB       {{NAME:Sandoval}} : {{NAME:Katya}} CA-2
Call: 1st {{NAME:Oyelaran}} pgr {{PHONE:4410}}; 2nd {{NAME:Brightwater}} pgr {{PHONE:4416}}; OB {{NAME:Sandoval}}.
Off: {{NAME:Haugen}} (vac), {{NAME:Iyer}} (post-call).
Lunch relief: {{NAME:Siobhan}} 1100-1400, {{NAME:Bjorn}} 1130-1430. MAC cases in OR 8 PM.
Notes: OR 5 Alaris s/n {{DEVICE:12044719}} to biomed ({{NAME:Reggie}}), alarm fault. OR 7 pt {{NAME:Halloran-Tse}} ASA 4 - attending at induction.`,

  // 61 ED procedural sedation
  `ED PROCEDURAL SEDATION NOTE
{{FACILITY:Canyon County Memorial}} ED, rm 9   {{DATE:2/14/26 2315}}
Pt {{NAME:Tupou, Sione}}   29M   MRN {{MRN:CCM-9917205}}   L anterior shoulder dislocation (rugby)
Pre: ASA 1, MP II, ate at 1900 - benefit > risk. Consent by pt. Time-out w/ RN {{NAME:Kealoha}}, RT {{NAME:Brandt}}.
Sedation by Dr. {{NAME:Maximilian Orr}} (ED attending): ketamine 50 mg + propofol 50 mg, then propofol 20 mg x2. Capnography, NC O2.
Reduction by PA {{NAME:Lucy Fenn}}, FARES technique (Kocher not needed), 1st attempt; post films ok.
Event: apnea ~40 s, jaw thrust, BVM x3 breaths, SpO2 nadir 88%.
Back to baseline 0005 on {{DATE:2/15}}. Sling. D/c to roommate {{NAME:Viliami}}, no driving.
Work note for {{FACILITY:Snake River Logistics}}. F/u ortho Dr. {{NAME:Kessling}} {{PHONE:(208) 555-0191}} this week.
{{NAME:MO}}`,

  // 62 awake craniotomy
  `NEUROANESTHESIA - AWAKE CRANIOTOMY (asleep-awake-asleep)
{{DATE:11-Mar-2025}}   {{FACILITY:Northern Cascades Neuroscience Institute}}, {{FACILITY:Harrington OR 15}}
Pt {{NAME:Eilidh MacLeod-Rahman}}, 41F, L frontal glioma abutting Broca's area. MRN {{MRN:NCH-5501872}}
Team: neurosurgery Dr. {{NAME:Vasilakis}}; language mapping Dr. {{NAME:Amira Benali}}; anesthesia {{NAME:Cormac O'Riordan}}, MD, fellow {{NAME:Ye-jin Park}}, MD.
Scalp block: ropi 0.5% w/ epi 40 mL, 6 nerves bilat; Mayfield pins after block.
Asleep: propofol 100 mcg/kg/min + remi 0.05, LMA.
Awake 0955-1120: LMA out, dexmedetomidine 0.3 mcg/kg/h. Naming tasks in English and Gaelic (grandmother from {{LOCATION:Stornoway}}). Focal seizure 1032 - cold saline by surgeon, resolved.
Asleep again: LMA back in, closure.
Navigation workstation {{IP:192.0.2.61}}; BIS 45-55 asleep.
Husband {{NAME:Farid}} updated {{PHONE:(206) 555-0142}}.
{{NAME:COR}}/{{NAME:YP}}`,

  // 63 eye block log
  `EYE BLOCK & SEDATION LOG - {{FACILITY:Sawtooth Eye Surgery Center}} - {{DATE:2025/10/02}}
# | Pt | MRN | Eye | Block | Sedation | Surgeon | Anes
1 | {{NAME:Abeyta, Ramona}} | {{MRN:SES-40117}} | OD | topical | midaz 0.5 | {{NAME:Lindqvist}} | {{NAME:Mwangi}}
2 | {{NAME:Kowal, F}} | {{MRN:SES-40122}} | OS | peribulbar 6 mL | propofol 20 mg pre-block | {{NAME:Lindqvist}} | {{NAME:Mwangi}}
3 | {{NAME:Fairweather-Oakes, Hugh}} {{AGE:97}} | {{MRN:SES-39980}} | OD | sub-Tenon 3 mL | none (RASS 0) | {{NAME:Ochoa}} | {{NAME:Bell}}
4 | {{NAME:Tsosie, Delbert}} | {{MRN:SES-40131}} | OS | retrobulbar 4 mL | fent 25 | {{NAME:Ochoa}} | {{NAME:Bell}}
Comments: #2 pt anxious, daughter {{NAME:Krystyna}} in pre-op. #3 on apixaban - block type chosen for that; grandson {{NAME:Ollie}} driving. #4 chemosis after block, surgery proceeded, IOP ok.
Pump for sedation: none. Monitors std.
Signed {{NAME:Wanjiru Mwangi}}, MD / {{NAME:Edmund Bell}}, CRNA`,

  // 64 laryngospasm event
  `ANESTHESIA EVENT NOTE - LARYNGOSPASM
{{DATE:June 9th, 2025}}, PACU bay 2, {{FACILITY:Little Oaks Pediatric Surgery Center}}
Pt {{NAME:Mateo Ibarra-Quinn}}, 5 y, 19 kg, MRN {{MRN:LOP-220914}}; s/p T&A (Dr {{NAME:Whitlow}}), deep extubation in OR 2 by Dr {{NAME:Kaminski}}.
0947 in PACU: stridor then silent chest, SpO2 99 -> 78%. CPAP 100% O2 via mask, Larson's maneuver, propofol 20 mg IV - partial relief; succinylcholine 20 mg IV + atropine 0.4 mg at 0949. Bag-mask, SpO2 back to 98% by 0951. No intubation needed.
Post: CXR no edema, RR 24, SpO2 97% RA by 1040.
Parents {{NAME:Luis}} and {{NAME:Hannah}} told by Dr {{NAME:Kaminski}}; dad's cell {{PHONE:(503) 555-0163}}.
Transferred for overnight obs to {{FACILITY:Willamette Children's Hospital}}.
Incident {{ID:LO-INC-0609-01}}. PACU RN {{NAME:Odalys}}.`,

  // 65 SMS post-op check-in
  `SMS LOG - post-op check-in (automated + RN replies) - {{FACILITY:Sunrise Surgical Suites}}
To {{PHONE:(702) 555-0185}} (pt's mom {{NAME:Jazmin Reyes-Pratt}})
{{DATE:08/06/25 09:00}} AUTO: Hi! This is Sunrise checking on {{NAME:Dominic}} after yesterday's surgery. Reply 1 if all is OK, 2 for a nurse call.
09:14 REPLY: 2
09:20 RN {{NAME:Kiana}}: hi this is {{NAME:Kiana}} RN, calling you now
09:31 RN NOTE: pain 6/10 with swallowing, alternating ibuprofen + acetaminophen, drank ~32 oz since midnight, no bleeding, slept ok. Advised popsicles, ice collar, no straws. Mom asked about chipped tooth - Dr {{NAME:Abernathy-Wolff}} documented #8 chip PRE-op (pre-existing), mom remembers now.
09:35 AUTO: Your instructions: {{URL:https://sunrisesurgical.com/postop/t/DR0805}}
09:40 REPLY: thx so much!! he says hi to {{NAME:Beto}} the nurse anesthetist lol
09:41 RN {{NAME:Kiana}}: will tell him! call {{PHONE:702-555-0100}} anytime`,

  // 66 international patient
  `PRE-ANESTHESIA EVALUATION - INTERNATIONAL PATIENT
{{DATE:22/04/2025}}   {{FACILITY:San Miguel Regional Hospital}}
Pt {{NAME:Matthias Oberhuber}}, 67M, visiting from {{LOCATION:Innsbruck}}; passport {{ID:P4471290}}; travel insurance policy {{HEALTH_PLAN:TI-88213407-AT}}
Staying at {{FACILITY:Alpenglow Lodge}}, {{ADDRESS:1400 Mountain Village Blvd}}, {{LOCATION:Telluride}}, rm 214, {{PHONE:(970) 555-0139}}.
Proc: ORIF L tibial plateau (ski fall yesterday), Dr. {{NAME:Castellano}}.
Hx: HTN on ramipril 5 mg; prior GA in {{LOCATION:Salzburg}} 2019, uneventful. No reflux. Beer 2/day.
Airway: MP II, full beard, good mouth opening, TMD >3 FB.
ASA 2. Plan: GA/LMA + adductor canal and IPACK for analgesia. Discussed in English; wife {{NAME:Gerlinde}} translated words he didn't know.
Son {{NAME:Florian}} in {{LOCATION:Vienna}} - wants update email {{EMAIL:f.oberhuber@aon.at}}.
{{NAME:Bethany Oduro}}, MD`,

  // 67 VA preop
  `VA ANESTHESIA PREOPERATIVE NOTE - {{FACILITY:Rocky Ridge VA Medical Center}}
Veteran: {{NAME:TRUJILLO, ESTEBAN R}}   ICN {{MRN:1012884471V553219}}   SSN {{SSN:521-70-4471}}
DOB {{DATE:11/11/1947}}   77 y/o
Procedure: cysto / TURBT {{DATE:10/22/2025}}, Dr. {{NAME:Abernethy}}
Hx: Vietnam 1968-69, Agent Orange exposure; PTSD (startle, nightmares) - emergence agitation after hernia repair 2016 per pt. CAD s/p PCI, DAPT - clopidogrel held 5 days per cards. COPD (FEV1 58%).
Airway: MP III, poor dentition, cracked lower molar.
Plan: GA/LMA, propofol-based, avoid ketamine, quiet emergence, wife {{NAME:Dolores}} at bedside in PACU as early as possible.
Home: {{ADDRESS:2215 County Road 14}}, {{LOCATION:Alamosa}} {{ZIP:81101}}, {{PHONE:719-555-0121}}. Seen at {{FACILITY:Alamosa CBOC}}.
/es/ {{NAME:Prakash Venkataraman}}, MD   {{DATE:10/08/2025 13:40}}`,

  // 68 endoscopy sedation RN note lowercase
  `gi lab sedation rn note - {{DATE:tue 3/10}} - rm 3
pt {{NAME:hollis mbeki-grant}} ("{{NAME:holly}}"), 52f, mrn {{MRN:77019432}}, colonoscopy + egd w/ dr {{NAME:raghunathan}}. anes: crna {{NAME:lowe}} w/ dr {{NAME:faraday}} supervising, mac w/ propofol.
0812 in rm, timeout w/ {{NAME:lowe}}, {{NAME:faraday}}, tech {{NAME:marguerite}}. asa 2. stop-bang 3.
0815 lido 40, propofol 80 then gtt 140 mcg/kg/min. etco2 waveform ok.
0831 egd done. 0833 colo start. 0849 cecum. 0902 out. propofol total 410 mg.
sat nadir 91% 0840, chin lift. bp 102/60 lowest.
0910 aldrete 9 -> 10 at 0925. husband {{NAME:Kgosi}} at bedside, he is driving ({{PHONE:555-0114}}).
pathology from 2 polyps pending, results to portal. daughter {{NAME:naledi}} called front desk asking when mom can eat - told after d/c.
{{NAME:nk}} rn`,

  // 69 release of information
  `RELEASE OF INFORMATION - ANESTHESIA RECORDS REQUEST
Request # {{ID:ROI-2025-33817}} received {{DATE:07/07/2025}} by fax from {{FACILITY:Sangre de Cristo Surgical Hospital}} ({{LOCATION:Santa Fe}}), fax {{FAX:(505) 555-0171}}, attn {{NAME:Marisa Lucero}}, RN.
Patient: {{NAME:Yazzie-Begaye, Shandiin}}   DOB {{DATE:02/28/1975}}   our MRN {{MRN:GIM-0044187}}
Requested: anesthesia record + airway note from {{DATE:2018-09-13}} (lap chole; pt reports "they had trouble with the breathing tube").
Authorization signed by pt {{DATE:07/03/2025}}, valid 90 days; identity checked with tribal ID {{ID:NN-20117733}}.
Found: grade 3 view, Mac 3 -> bougie, 2 attempts, by Dr. {{NAME:Whitehat}} (see scanned record).
Sent via secure email to {{EMAIL:mlucero@sdcsurgical.org}} on {{DATE:7/8/25}} by {{NAME:R. Tsosie}}, HIM.
Copy mailed to pt at {{ADDRESS:HC 61 Box 3309}}, {{LOCATION:Crownpoint}} {{ZIP:87313}}.`,

  // 70 video pre-anesthesia visit
  `VIDEO PRE-ANESTHESIA VISIT
{{DATE:2025-12-01 10:30}}   session {{URL:https://meet.cascadiahealth.org/preop/8c41f2}}; pt connected from {{IP:203.0.113.77}} (system log)
Pt {{NAME:Aurelio Benavidez}}, 81M, MRN {{MRN:CH-3380147}}, at home in {{LOCATION:Hood River}}; granddaughter {{NAME:Ximena}} helped with the tablet.
Proc: L TKA at {{FACILITY:Columbia Gorge Orthopedic Center}} on {{DATE:12/15}} with Dr. {{NAME:Pettersen}}.
Hx: DM2 (A1c 7.1), HTN, mild cognitive impairment, hearing loss (uses aids). Prior spinal for R TKA 2021 - "best sleep ever".
Meds reviewed by video, bottle by bottle.
Airway by camera: MP II, upper partial. Neck ROM full.
ASA 3. Plan: spinal + adductor canal, light propofol; delirium precautions; bring hearing aids.
Ride: {{NAME:Ximena}}, {{PHONE:(541) 555-0126}}.
{{NAME:Greta Nakashima}}, CRNA (preop clinic) / cosigned Dr. {{NAME:Ibsen}}`,

  // 71 organ recovery anesthesia
  `ANESTHESIA RECORD - ORGAN RECOVERY (DBD)
{{DATE:01/18/2026 02:10}}   {{FACILITY:High Plains Regional Medical Center}}, OR 4
Donor: {{NAME:Kasey Lindell-Moore}}, 34M, hospital MRN {{MRN:HPR-0098827}}; OPO donor ID {{ID:HPN-4471-26}}; UNOS ID {{ID:AHFK219}}
Brain death declared {{DATE:1/17/26 1948}} by Dr. {{NAME:Aguilar}} and Dr. {{NAME:Stroud}}.
OPO coordinator {{NAME:Trent Abalos}}, {{FACILITY:Plains Donor Network}}, {{PHONE:(806) 555-0107}}.
Anesthesia {{NAME:Farah Qadir}}, MD. Goals MAP >65, CVP 6-10, UOP 1-3 mL/kg/h, SpO2 >95%. Vasopressin 2.4 U/h; levothyroxine 10 mcg/h (Alaris s/n {{DEVICE:12390554}}); methylpred 1 g given. Roc 100 mg for spinal reflexes.
Heparin 30,000 U at 0458. Cross-clamp 0512; anesthesia care ended, ventilator off.
Teams: liver to {{FACILITY:Southwest Transplant Institute}} ({{LOCATION:Dallas}}); kidneys local; lungs declined.
Mother {{NAME:Renata}} and brother {{NAME:Shane}} said goodbye in pre-op holding at 0130.
{{NAME:FQ}}`,

  // 72 survey export
  `PATIENT EXPERIENCE - ANESTHESIA SURVEY EXPORT - {{FACILITY:Westlake Anesthesia Group}} - Q3 2025
resp_id,returned,patient,email,dos,provider,score,comment
{{ID:S-55102}},{{DATE:2025-10-02}},{{NAME:Hamid Tehrani}},{{EMAIL:htehrani@comcast.net}},{{DATE:2025-09-24}},{{NAME:Brandt-Osei}},5,"Dr {{NAME:Helga}} explained everything, no nausea this time"
{{ID:S-55117}},{{DATE:2025-10-03}},{{NAME:Coralie Fontenot}},{{EMAIL:cfontenot.home@gmail.com}},{{DATE:2025-09-25}},{{NAME:Achebe}},2,"waited 3 hrs, nobody told my husband {{NAME:Remy}} anything. IV took 4 tries"
{{ID:S-55120}},{{DATE:2025-10-03}},{{NAME:Wen-Li Chao}},{{EMAIL:wenli.chao@uw.edu}},{{DATE:2025-09-26}},{{NAME:Nguyen, T}},5,"the nerve block was amazing"
{{ID:S-55134}},{{DATE:2025-10-06}},{{NAME:R. Bassett}},,{{DATE:2025-09-29}},{{NAME:Achebe}},4,"sore throat 2 days"
Flag for follow-up: {{ID:S-55117}} - routed to {{NAME:Colleen}} (patient relations) {{DATE:10/6}}.`,

  // 73 blood refusal consent
  `BLOOD PRODUCT REFUSAL - ANESTHESIA / SURGICAL CONSENT ADDENDUM
Patient: {{NAME:Adwoa Mensah-Bonsu}}   DOB {{DATE:09/12/1984}}   MRN {{MRN:KGH-2290417}}
Procedure: open myomectomy, {{DATE:11/07/2025}}, Dr. {{NAME:Ferrante}}, {{FACILITY:Kingsgate Hospital}}
Pt is one of Jehovah's Witnesses; advance directive card dated {{DATE:1/4/2025}} on chart.
REFUSES: whole blood, PRBC, FFP, platelets, preoperative autologous donation.
ACCEPTS (initialed): cell salvage in continuous circuit, albumin, fibrinogen concentrate, TXA, EPO, acute normovolemic hemodilution. Declines cryoprecipitate.
Preop Hgb 10.1 -> IV iron {{DATE:10/15}} and {{DATE:10/22}}, EPO x3; today Hgb 11.8.
Cell saver SN {{DEVICE:CSX-20041}} reserved for OR 6.
Hospital Liaison Committee: Brother {{NAME:Kojo Asante}} {{PHONE:(301) 555-0166}}.
Discussed by {{NAME:Ruth Amankwah}}, MD (anesthesia) with husband {{NAME:Yaw}} and Elder {{NAME:Marcus Dunleavy}} present.
Patient signature ________   {{DATE:10/30/2025 15:10}}`,

  // 74 APS epidural removal
  `ACUTE PAIN SERVICE - DAILY NOTE / EPIDURAL REMOVAL
{{DATE:5/22/25}} 0830, POD 3.   {{FACILITY:Lindenwood 8 East}}, bed 14
Pt {{NAME:Castellanos, Ines}}, 61F, MRN {{MRN:LWH-4419002}}, s/p open Whipple {{DATE:5/19}} (Dr {{NAME:Hartigan}}).
T7-8 epidural (placed by {{NAME:Rao}} {{DATE:5/19/25}}), bupivacaine 0.1% + hydromorphone 10 mcg/mL at 8 mL/h, CADD s/n {{DEVICE:CS2-008812-4}}.
Enoxaparin 40 mg last given 2030 on {{DATE:5/21}}; catheter out 0835 (>12 h), tip intact. Next enoxaparin ok after 1235.
Transition: oxycodone 5-10 mg q4h PRN, acetaminophen 1 g q6h, gabapentin 100 mg TID.
Neuro checks q4h x 24 h; strength 5/5, sensation intact, no back pain.
Partner {{NAME:Mireille}} asked for the APS number: {{PHONE:(314) 555-0138}}.
{{NAME:Anand Rao}}, MD; APS RN {{NAME:Georgette}}. {{NAME:AR}}`,

  // 75 sedation credentialing roster
  `MODERATE SEDATION PRIVILEGES - NURSING ROSTER
{{FACILITY:Lakeshore General Hospital}}, anesthesia oversight. Updated {{DATE:01/02/2026}} by {{NAME:Corinne Baptiste}}, MSN
Name | Unit | RN lic | ACLS exp | last competency | evaluator
{{NAME:Alvarado, Rosa}} | Endo | {{LICENSE:RN-882104}} | {{DATE:08/2026}} | {{DATE:11/14/2025}} | Dr {{NAME:Mwangi}}
{{NAME:Kettering, Paul}} | IR | {{LICENSE:RN-770319}} | {{DATE:02/2027}} | {{DATE:12/01/2025}} | Dr {{NAME:Qureshi}}
{{NAME:Obi-Nwosu, Chiamaka}} | Cath lab | {{LICENSE:RN-901442}} | {{DATE:05/2026}} | {{DATE:10/28/2025}} | Dr {{NAME:Tresize}}
{{NAME:Lund, Kari}} | Bronch | {{LICENSE:RN-664017}} | {{DATE:01/2026}} EXPIRING | {{DATE:11/30/2025}} | {{NAME:KB}}
{{NAME:Dao, Vinh}} | ED | {{LICENSE:RN-915520}} | {{DATE:09/2027}} | {{DATE:12/15/2025}} | Dr {{NAME:Orr}}
Dispensing cabinet access: palm-vein templates enrolled ({{NAME:Dao}}: {{BIOMETRIC:PV-55102-DV}}); {{NAME:Lund}} suspended until ACLS renewed.`,

  // 76 epidural blood patch
  `OB ANESTHESIA - EPIDURAL BLOOD PATCH
{{DATE:Saturday, 9/27/2025}}   {{FACILITY:Windward Women's Center}}, postpartum rm 12
Pt {{NAME:Leilani Kahananui}}, 30F, PPD 2 after SVD. Labor epidural {{DATE:9/25}}: wet tap with 17G Tuohy at L3-4 (Dr. {{NAME:Ostrowski}}), intrathecal catheter x 24 h.
Now postural HA 8/10, neck stiffness, photophobia; afebrile, neuro intact, no focal signs. Caffeine + fluids failed.
Consent: risks incl. back pain, repeat dural puncture, infection, failure.
EBP: sitting, L3-4, 18G Tuohy, LOR saline at 5 cm; 18 mL autologous blood drawn sterile from L AC by {{NAME:Jacinta}} RN, injected slowly, stopped at back pressure. Supine 1 h.
HA 1/10 at 30 min.
Baby {{NAME:Kaimana}} with dad {{NAME:Keoni}} at bedside. Home {{DATE:9/28}} to {{LOCATION:Kaneohe}}; call {{PHONE:(808) 555-0175}} if HA returns.
{{NAME:Haruto Saito}}, MD`,

  // 77 HL7 scheduling message
  `HL7 SIU^S12 captured by interface engine at {{IP:198.51.100.203}}, {{DATE:2025-08-14 05:58}}
MSH|^~\\&|ORSCHED|{{FACILITY:HSC}}|AIMS|{{FACILITY:HSC}}|{{DATE:20250814055812}}||SIU^S12|1|P|2.5.1
SCH|{{ID:HSC-25-14402}}||||||LAP NISSEN^^L|||90|MIN
PID|1||{{MRN:HSC77120}}^^^{{FACILITY:HSC}}^MR||{{NAME:LINDQVIST-ABARA^MAREN^J}}||{{DATE:19610203}}|F|||{{ADDRESS:88 Tamarack Way}}^^{{LOCATION:Coeur d'Alene}}^ID^{{ZIP:83814}}||{{PHONE:(208)555-0150}}|||||{{ACCOUNT:HSA-5510294}}|{{SSN:538-22-9041}}
PV1|1|O|OR2^^^{{FACILITY:HSC}}||||{{LICENSE:1457720193}}^{{NAME:OKAFOR^CHINEDU}}
AIP|1||{{LICENSE:1992031147}}^{{NAME:PETROSYAN^ANI}}|ANES
AIL|1||OR2^^^{{FACILITY:HSC}}|||0730
NTE|1||MH SUSCEPTIBLE - CLEAN MACHINE. ASA 3. CALL HUSBAND {{NAME:ERIK}} {{PHONE:208-555-0153}} AT START
NTE|2||IN1 MEMBER {{HEALTH_PLAN:IDB884102937}}
DG1|1||K21.9^GERD W/O ESOPHAGITIS^I10
OBX|1|NM|WT^WEIGHT||82|kg
OBX|2|ST|ALLERGY||SULFA, ADHESIVE TAPE`,

  // 78 DBS periop note
  `PERIOPERATIVE NOTE - PATIENT WITH DEEP BRAIN STIMULATOR
{{DATE:July 1, 2025}}   {{FACILITY:Saint Cyril Medical Center}}   OR 5
Pt {{NAME:Evander Kostopoulos}}, 72M, Parkinson's x 14 y, MRN {{MRN:SCM-8830412}}, for lap cholecystectomy (Dr {{NAME:Abara}}).
DBS: bilateral STN; IPG R chest SN {{DEVICE:NRS-770218-H}}; patient programmer SN {{DEVICE:PP-4410992}}. Implanted {{DATE:03/2021}} at {{FACILITY:Pacific Movement Disorders Center}}; managed by Dr. {{NAME:Haldane}} {{PHONE:(415) 555-0109}}.
Plan: IPG off before induction (turned off 0710 by wife {{NAME:Athena}} with programmer, witnessed by CRNA {{NAME:Pruitt}}); bipolar only, return pad away from IPG; no MRI.
Carbidopa-levodopa 25/100 x2 at 0600 with sip; next dose via OGT at 1000 if case runs long. Avoid metoclopramide, droperidol, promethazine. Ondansetron ok.
Post-op: IPG on in PACU 1135, tremor controlled.
{{NAME:Yusra Haddad}}, MD`,

  // 79 bilingual post-op call
  `LLAMADA POST-OPERATORIA / POST-OP CALL (bilingual RN)
{{DATE:02/11/2026}} 1030. Called Sra. {{NAME:Esperanza Villasenor}} at {{PHONE:(956) 555-0168}}, in Spanish; nephew {{NAME:Julio}} also on the line.
Surgery {{DATE:2/10/26}}: L bunionectomy (Dr {{NAME:Trevino}}), popliteal + saphenous blocks, ropivacaine 0.5% 30 mL (Dr {{NAME:Kowalski}}), MAC.
Numbness? "todavia dormido" - still numb at 18 h, expected up to 24-36 h. Explained to protect the foot.
Pain? 2/10, has not needed the oxycodone yet. Told to start taking it when tingling starts.
Falls? none, walker + boot. Nausea? no.
Home: {{ADDRESS:611 W Nolana Ave}}, {{LOCATION:McAllen}}. Pharmacy {{FACILITY:Farmacia La Esperanza}} has the Rx.
F/u Dr {{NAME:Trevino}} {{DATE:2/17}}.
If still numb at 48 h call anesthesia via operator {{PHONE:956-555-0100}}.
RN {{NAME:Griselda Canales}}`,

  // 80 patient statement
  `PATIENT STATEMENT - {{FACILITY:Heartland Anesthesia Services}}
Statement date {{DATE:03/31/2026}}   Account {{ACCOUNT:HAS-00419227}}
Guarantor: {{NAME:Donovan Pietrangeli}}, {{ADDRESS:4107 Westover Pl}}, {{LOCATION:Omaha}}, NE {{ZIP:68114}}
Patient: {{NAME:Luca Pietrangeli}} (son)   DOS {{DATE:02/02/2026}}   {{FACILITY:Platte River Children's Surgery}}
Service: anesthesia for tonsillectomy and adenoidectomy, ASA code 00170, base 5 + time 4.2 units, {{NAME:E. Vasquez-Lindahl}}, MD
Charges $1,410.00
Insurance paid (Midlands Health, member {{HEALTH_PLAN:MHP-5531800-02}}) -$1,011.60
Contractual adjustment -$212.00
Balance due $186.40 by {{DATE:04/30/2026}}
Pay online {{URL:https://pay.heartlandanesthesia.com/a/HAS-00419227}} or call {{PHONE:(402) 555-0196}} M-F 8-5.
Questions about your bill? Ask for {{NAME:Trish}}. Payment plans available.`,
];

export const HELDOUT_REALISTIC_126_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout126-${i + 1}`, n));
