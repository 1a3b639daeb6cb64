// A held-out set of 80 hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555 numbers; towns, cities, neighbourhoods and
// streets are real places used only as LOCATION or ADDRESS). Its flavour is big-city academic
// hospital care in one invented hospital system: level I trauma activations and trauma registry
// abstracts, ED physician and nursing notes, surgery, neurosurgery, psychiatry, vascular, OMFS,
// ophthalmology, plastics, urology and toxicology consults, SICU/MICU/ECMO/tele-ICU daily notes,
// EMS and police hand-offs, custody and legal blood draws, forensic nurse exams, social work for
// assault, intimate partner violence, child and elder abuse and trafficking, interpreter logs,
// privacy audits, release of information, mass-casualty logs, transfer notes between hospitals of
// one system, and discharge summaries in the shapes of the i2b2 and MIMIC corpora (with [** **]
// placeholders). Names come in every form (full, last only, first only, initials, "Last, First",
// ALL CAPS, lower case, hyphenated, non-Anglo) and wards are named after people; look-alike
// non-PHI (eponyms, scores, doses, ratios, lab values, device models, lot/NDC/CPT/ICD/AIS codes,
// trial and IRB numbers, rooms, beds, bays, EMS unit numbers, tooth numbers, years and weekdays
// alone, clock times, ages of 89 and under, states and countries) is left unmarked.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions in the header of
// heldout-realistic-6.ts. Decisions for shapes the guideline does not name:
// - Aliases given to unidentified patients ("Trauma Zulu 14", "Jane Doe Tango 7", Epic privacy
//   aliases) are NAME; so are nicknames, a name inside a tattoo, and a login user name built from a
//   person's name ("kdemir").
// - Police badge and star numbers, incident/RD/case numbers, evidence seals, kit numbers, DCFS/APS
//   intake numbers, ME and OPO case numbers, poison-centre case numbers, interpreter IDs, employee
//   IDs, inmate numbers, registry numbers, study subject IDs, accession/clip/job/batch numbers,
//   transfer-centre call numbers and mass-casualty triage tag numbers are ID. EMS unit and
//   apparatus numbers (Medic 31, Truck 56), police districts, trauma bays and cameras are not PHI.
// - Plates (also partial plates), VINs, an aircraft tail number and a bus fleet number are VEHICLE.
// - An intersection, highway segment, bridge or street without a number where an injury happened
//   is ADDRESS. A named transit station, park fieldhouse, bar, hotel or garage is FACILITY; a
//   neighbourhood, park or beach named as a place is LOCATION, and so is a county.
// - A hospital system and short forms of its hospitals (BUMC, BW West, BW South) are FACILITY;
//   municipal fire companies, law firms, interpreter agencies, shelters, schools and employers are
//   FACILITY; payer names and state agencies (Illinois State Police, DCFS) are not PHI.
// - Identifiers of fingerprint records (AFIS record/TCN) are BIOMETRIC; file names or ranges of
//   face/forensic photographs and of a recorded consent video are PHOTO.
// - Month with year ("Aug 2023") is DATE; a kit's or lot's expiry ("exp 11/2026") is not PHI.
// - A time written after a closed MIMIC placeholder ("[**2151-3-3**] 2:14 AM") stays outside the
//   DATE span, since the brackets are outside the span.
// - RID interpreter membership, NPI, DEA, paramedic and driver's licences are LICENSE; workers'
//   comp, auto and travel-insurance claims, invoices and bank accounts are ACCOUNT; Medicare MBI,
//   Medicaid, insurer member, group and travel-insurance policy numbers are HEALTH_PLAN.
//
// Slips the author reported (none showed engine output): its author read the brief's check script
// and another helper's brief (outside the repository); a real transit station, neighbourhoods, a
// park and a beach are typed FACILITY or LOCATION.
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9288 / 0.9446; pass-14 final engine
// (de0953c), still before anyone read the misses, 0.9423 / 0.9434; unchanged after rules
// 14m-n (34e6a79).
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `LEVEL I TRAUMA ACTIVATION -- ED ATTENDING NOTE
Patient: {{NAME:TRAUMA ZULU 14}} (unidentified male, est. 30s-40s)
MRN {{MRN:40881227}}   Arrival {{DATE:03/09/2024 02:41}}   Trauma Bay 2
Team: ED attending Dr. {{NAME:Adaeze Nwachukwu}}; trauma chief Dr. {{NAME:Haverford}}; PGY-2 {{NAME:R. Castellanos}}; scribe RN {{NAME:Tomasz Wisniewski}}.
Mechanism: pedestrian vs SUV at {{ADDRESS:W Division St & N Kedzie Ave}}, ~25 mph per Medic 14 crew. Found down, GCS 9 (E2V2M5) on scene, 11 in bay. No wallet; locked cell phone bagged with belongings.
Primary: A patent, c-collar on. B BS equal, SpO2 94% NRB. C HR 128, BP 92/58, 2 x 18g AC. D pupils 4->3 bilat. E abrasions L flank, deformity R femur.
FAST + RUQ (Morison's pouch), eFAST neg for PTX. 1 u LTOWB 02:49 per MTP, TXA 1 g IV 02:52. CT deferred; to OR 5 at 03:10 with Dr. {{NAME:Haverford}}.
Identification: face photo taken per unidentified-pt policy, saved as {{PHOTO:TZ14_face_0309.jpg}}; prints rolled by Officer {{NAME:Delgado}} (badge #{{ID:11873}}), AFIS record {{BIOMETRIC:FP-2024-0093-3381}}, incident # {{ID:RD-24-118842}}.
Charge RN line {{PHONE:(312) 555-0188}}; trauma pager {{PHONE:4-7712}}.`,
  `EMS PATIENT CARE REPORT -- HAND-OFF AT {{FACILITY:BELLWETHER UNIVERSITY MEDICAL CENTER}} ED
Run # {{ID:2024-04417}}   Unit: Medic 31   Date {{DATE:14-Mar-2024}}
Dispatch 21:06, on scene 21:13, transport 21:29, at dest 21:41.
Crew: Paramedic {{NAME:Okonjo}} (lic {{LICENSE:EMT-P 188204}}), EMT {{NAME:Liz Brannigan}}.
Scene: {{ADDRESS:4418 S Ashland Ave, Apt 3R}}, {{LOCATION:Chicago}} {{ZIP:60609}}. Caller = neighbor Mrs. {{NAME:Ofelia Ruiz}} at {{PHONE:773-555-0164}}.
Pt: {{NAME:Marcus T. Hollings}}, 27 yo M, DOB {{DATE:06/02/1996}}, found on stairwell landing with GSW x2 (L chest, L thigh). Bystander tourniquet (CAT) on L thigh at 21:15, reassessed, no distal pulse, bleeding controlled.
Vitals 21:16 HR 134 BP 84/50 RR 28 SpO2 91% RA; 21:35 HR 122 BP 96/60.
Tx: chest seal L, NS 250 mL bolus, fentanyl 50 mcg IV x1.
PD on scene: Officer {{NAME:Kaminski}}, badge {{ID:20417}}; suspect vehicle reported as silver sedan IL plate {{VEHICLE:CK 44193}}.
Verbal report given to RN {{NAME:D. Achterberg}} in Trauma Bay 1.`,
  `ED NURSING NOTE -- POLICE HAND-OFF
{{DATE:3/15/24 0115}}  pt {{NAME:Hollings, Marcus}} MRN {{MRN:40912263}} trauma bay 1 -> CT -> SICU.
Officers at bedside: Sgt {{NAME:Renee Okafor-Blaine}} #{{ID:4471}} and P.O. {{NAME:J. Stavros}} #{{ID:18830}}, 9th District. They request clothing + projectile if recovered. Chain-of-custody form signed by this RN and Sgt {{NAME:Okafor-Blaine}} at 0122; evidence bag seal {{ID:EV-0091447}}. Bullet fragment from L thigh NOT retained by surgery per Dr. {{NAME:Mehta-Lindqvist}}.
Pt is NOT in custody; victim. Police case # {{ID:JD-219044}}. Detective {{NAME:Harold Pruitt}} to call {{PHONE:312-555-0147}} ext 3 for statement when pt extubated.
Pt listed as confidential / "no information" per pt request earlier in ED; alias in Epic "{{NAME:Kilo Sierra}}". Mother {{NAME:Bernadette Hollings}} arrived 0140, identified by pt's tattoo ("{{NAME:BERNIE}}" on R forearm), updated by Dr. {{NAME:Castellanos}} only.
pain 7/10, dilaudid 0.5 mg IV given. R femoral pulse 2+, L DP dopplerable. c-collar cleared by NEXUS. Foley 16 Fr placed, UO 60 mL/h.
-- {{NAME:dja}}`,
  `TRAUMA REGISTRY ABSTRACT (NTDB submission)
Registry # {{ID:TR-2024-00871}}   Facility: {{FACILITY:Bellwether Univ Med Ctr}} (ACS Level I adult)
Patient: {{NAME:HOLLINGS, MARCUS T}}   MRN {{MRN:40912263}}   DOB {{DATE:1996-06-02}}   Sex M   Race Black
Home ZIP {{ZIP:60609}}   Injury ZIP {{ZIP:60609}}   Injury city {{LOCATION:Chicago}}, IL
Injury date/time {{DATE:2024-03-14 21:02}}   ED arrival {{DATE:2024-03-14 21:41}}   ED dispo 23:55 -> OR
Mechanism: firearm, assault (ICD-10-CM X95.8XXA, Y04 not applicable). Place of occurrence Y92.038 (apartment stairwell). Work related: no.
Prehospital: Medic 31, run {{ID:2024-04417}}; transport mode ground ALS. Interfacility transfer: no.
Diagnoses: S21.312A lac w/ FB L front chest wall w/ penetration; S27.0XXA traumatic PTX; S71.132A L thigh puncture. AIS 2005 (upd 2008): chest 3, extremity 2. ISS 13. RTS 6.9. Initial GCS 15.
Procedures: L tube thoracostomy (ICD-10-PCS 0W9930Z) {{DATE:03/14/2024 22:05}}; wound washout {{DATE:03/15/2024}}.
Hospital days 6, ICU days 2, vent days 0. Discharged {{DATE:03/20/2024}} to home with family.
Abstractor: {{NAME:K. Ferreira-Dunn}}, CSTR   abstracted {{DATE:04/02/2024}}   QA {{NAME:lmh}}`,
  `NEUROSURGERY CONSULT
Date of service: {{DATE:Saturday, April 6, 2024}} 04:20   Requesting: Dr. {{NAME:Yusuf Al-Amin}} (Trauma)
Pt {{NAME:Gwendolyn Farrow-Reyes}}, 71F, MRN {{MRN:39-004-8812}}, fall down ~12 stairs at home ({{ADDRESS:2217 N Talman Ave}}), found by son {{NAME:Luis}} approx 2 h later. On apixaban 5 mg BID for AF.
Exam: GCS 13 (E3V4M6), L pupil 4 mm sluggish, R 3 mm brisk. Mild R pronator drift. No Battle sign, no raccoon eyes. C-spine CT neg.
CT head {{DATE:4/6/24 03:51}}: L convexity acute SDH 11 mm, MLS 6 mm, no IVH.
Plan: andexanet alfa vs 4F-PCC -- Kcentra 50 u/kg given 04:05 per pharmacy (PharmD {{NAME:Chen}}). Keep SBP < 160. Levetiracetam 500 mg BID x7 d. Repeat CT 6 h. Likely L craniotomy for evacuation this AM; consent discussed with son {{NAME:Luis Farrow-Reyes}} ({{PHONE:773.555.0129}}), HCPOA on file. Neuro checks q1h in {{FACILITY:Thayer 8 Neuro ICU}}, bed 12.
Discussed with attending Dr. {{NAME:Ingrid Solberg}}; pager {{PHONE:55413}}.
{{NAME:Oyelaran}}, PGY-5 Neurosurgery`,
  `SICU DAILY PROGRESS NOTE   {{FACILITY:Lindqvist 4 SICU}}  Bed 7   HD #3   POD #2
{{DATE:04/08/2024}}   Pt: {{NAME:Farrow-Reyes, Gwendolyn}}   MRN {{MRN:390048812}}
S/p L craniotomy for SDH ({{DATE:4/6}}). Overnight: 1 episode agitation, RASS +2, haldol 2 mg IV x1. Precedex 0.4 mcg/kg/h. No seizures on cEEG (EEG tech {{NAME:Amari Boateng}}).
Neuro: GCS 14, R drift resolved. Na 138. Repeat CT stable, drain out.
CV: AF rate 80-95, metoprolol 25 mg PO q6h. Apixaban held, restart per NSGY POD 7 at earliest.
Resp: 2 L NC, IS 1250.
GI/FEN: SLP eval passed; regular diet. Bowel regimen.
ID: afebrile, no abx.
Lines: R radial A-line d3, PIV x2. Foley out.
Dispo: to step-down {{FACILITY:Marchetti 6}} when bed available. Son {{NAME:Luis}} updated at bedside 10:30; daughter {{NAME:Paloma Reyes}} in {{LOCATION:Albuquerque}} by phone {{PHONE:505-555-0181}}.
Case discussed on rounds with Dr. {{NAME:Solberg}} (NSGY) and SICU attending Dr. {{NAME:Kwabena Asante}}.
Resident: {{NAME:M. O'Rourke}}, MD pgr {{PHONE:4-6120}}`,
  `SOCIAL WORK NOTE -- ASSAULT / INTIMATE PARTNER VIOLENCE SCREEN
{{DATE:May 2, 2024}} 16:45   ED Pod C, room 22
Referral from ED RN {{NAME:Shanice Moultrie}} after pt disclosed strangulation by partner.
Pt: {{NAME:Yesenia Barrientos-Oquendo}}, 34, MRN {{MRN:41007732}}. Spanish-speaking; interpreter {{NAME:Rafael}} (ID {{ID:IN-3318}}) via video, {{FACILITY:LinguaBridge Interpreting}}.
Pt reports partner {{NAME:Dario Quintanilla}} choked her with both hands ~2 days ago at their apartment, {{ADDRESS:3926 W 26th St, Unit 2F}}; brief LOC, voice change, neck pain. Danger Assessment score 18 (extreme danger). Firearm in home: yes. Children: 2 (ages 6 and 9), currently with pt's sister {{NAME:Marisol}} in {{LOCATION:Cicero}}.
Pt declined police report at this time but agreed to photo documentation of neck bruising by forensic RN {{NAME:C. Lindgren}} (images uploaded to forensic media folder, {{PHOTO:FNE-0502-YBO-01 to -06}}).
Safety plan completed; pt accepted placement at {{FACILITY:Casa Esperanza Shelter}} (confidential address, hotline {{PHONE:1-800-555-0134}}). Advocate Ms. {{NAME:Tovar}} will meet pt in ED.
Pt's phone may be monitored; safe number given as {{PHONE:(708) 555-0112}} (sister).
Referral: {{FACILITY:Bellwether Violence Recovery Program}}, OP f/u.
{{NAME:Hannah Ostrowski}}, LCSW  x{{PHONE:6-4408}}`,
  `PSYCHIATRY CONSULTATION-LIAISON NOTE
Date: {{DATE:06/11/2024}}   Requested by: Trauma Surgery (Dr. {{NAME:Bhattacharya}})
ID: {{NAME:Kenji Marlowe-Tanaka}} is a 19 yo M, sophomore at {{FACILITY:Lakeview Polytechnic Institute}}, admitted {{DATE:6/9/2024}} after jumping from 3rd-floor window of his dormitory ({{FACILITY:Pemberton Hall}}), s/p ORIF L calcaneus and L1 Chance fracture, TLSO.
Reason for consult: SI, capacity, safety.
HPI: Per pt, 2 mo worsening depression, insomnia, break-up; roommate {{NAME:Devontae}} found note. PHQ-9 = 23. C-SSRS: actual attempt, positive. No prior attempts. No substance use besides EtOH on weekends; UDS neg, BAL 0.
Collateral: mother {{NAME:Akiko Tanaka}} ({{PHONE:617-555-0193}}) from {{LOCATION:Brookline}}, MA; reports fam hx of bipolar I (maternal uncle).
MSE: tired, constricted affect, linear, endorses passive SI today, no plan, no AH/VH.
Assessment: MDD, single episode, severe, w/o psychotic features; r/o bipolar.
Plan: 1:1 sitter continues; start sertraline 25 mg daily; inpatient psych transfer to {{FACILITY:Whitcombe Pavilion}} when medically cleared; dean of students Dr. {{NAME:Farid Haddad}} notified only with pt consent (given).
{{NAME:Priya Venkataraman}}, MD, PGY-3 Psychiatry / Attending Dr. {{NAME:Solomon Etzioni}}`,
  `Admission Date: [**{{DATE:2148-7-22}}**]     Discharge Date: [**{{DATE:2148-8-3}}**]
Date of Birth: [**{{DATE:2089-11-5}}**]     Sex: M
Service: TRAUMA SURGERY
Allergies: Penicillins
Attending: [**{{NAME:First Name4 (NamePattern1) 1022}}**] [**{{NAME:Last Name (NamePattern1) 5510}}**], M.D.
Chief Complaint: s/p motorcycle crash
History of Present Illness:
58M helmeted motorcyclist vs. car at [**{{ADDRESS:Location (un) 3311}}**], transported by [**{{FACILITY:Hospital1 1474}}**] EMS to [**{{FACILITY:Hospital1 18}}**] ED. Initial GCS 14, HR 110s. Found to have R 4-9 rib fx, R PTX, grade III liver lac, R tib/fib open fx (Gustilo IIIA).
Major Surgical or Invasive Procedure:
[**{{DATE:7-22}}**] R chest tube; [**{{DATE:7-23}}**] I&D, IMN R tibia (Dr. [**{{NAME:Last Name (STitle) 4412}}**]).
Brief Hospital Course:
Admitted to TSICU. Liver lac managed non-op, Hct stable 28-31. Chest tube d/c'd [**{{DATE:7-26}}**]. Epidural for rib fx by APS. Tolerated diet. PT/OT cleared for rehab.
Discharge Disposition: Extended Care
Facility: [**{{FACILITY:Hospital 3537}}**] - [**{{LOCATION:Location (un) 55}}**]
Followup Instructions:
Trauma clinic [**{{PHONE:Telephone/Fax (1) 600}}**] in 2 weeks; Ortho Dr. [**{{NAME:Last Name (STitle) 4412}}**] [**{{DATE:2148-8-17}}**] 10:40.
[**{{NAME:First Name11 (Name Pattern1) 1023}}**] [**{{NAME:Last Name (NamePattern4) 1024}}**] MD [**{{ID:MD Number(1) 1025}}**]
Completed by: [**{{DATE:2148-8-3}}**]`,
  `Record #{{MRN:731855}}
{{FACILITY:CALLOWAY REGIONAL TRAUMA CENTER}}
Discharge Summary
Unsigned
DIS
Admission Date:
{{DATE:10/02/2093}}
Discharge Date:
{{DATE:10/09/2093}}
PRINCIPAL DIAGNOSIS: Stab wound, left upper quadrant, with splenic laceration.
HISTORY OF PRESENT ILLNESS: Mr. {{NAME:Quarles}} is a 42-year-old man who was stabbed once in the LUQ outside a bar on {{ADDRESS:Pershing Road}} near {{ADDRESS:Halsted}}. Brought by {{LOCATION:Chicago}} EMS. Hemodynamically stable, peritonitic.
HOSPITAL COURSE: Taken emergently to OR by Dr. {{NAME:Vivian Oduya}} for ex lap, splenorrhaphy and repair of gastric wall injury. Post-op course complicated by ileus, resolved by POD 5. Received post-splenic injury vaccines (PCV20, MenACWY, MenB, Hib) prior to discharge. Social work ({{NAME:Lorraine Petrakis}}) met pt re: assault.
DISCHARGE MEDICATIONS: Oxycodone 5 mg q6h prn x5 days, acetaminophen 1 g q8h, docusate 100 mg BID.
FOLLOW-UP: Dr. {{NAME:Oduya}}, Trauma Clinic, {{FACILITY:Calloway}} 3 East, 1-2 weeks. Call {{PHONE:773-555-0106}}.
Dictated By: {{NAME:RUTH ANNABELLE KOSTOPOULOS}}, M.D.
Attending: {{NAME:VIVIAN ODUYA}}, M.D. {{NAME:VO75}}
Batch: {{ID:48191}} Index No. {{ID:FEPT3L8Y7}} D: {{DATE:10/09/93}} T: {{DATE:10/11/93}}`,
  `ED PHYSICIAN NOTE
DOS {{DATE:07/19/2024}} 23:58   Attending: {{NAME:Beatrix Lowenthal}}, MD   Resident: {{NAME:Tran, Quoc Bao}}, MD
CC: facial injury after assault
HPI: {{NAME:Nguyen Thi Hoa}}, 58F, Vietnamese-speaking, history via phone interpreter {{NAME:Minh}} #{{ID:207719}}. Pt states she was punched and kicked while closing her nail salon, {{FACILITY:Lotus Bay Nails}}, {{ADDRESS:1138 W Argyle St}}, around 22:30. Purse taken. Her son {{NAME:Kevin Nguyen}} drove her in ({{PHONE:872-555-0170}}).
ROS neg for LOC, neg for anticoagulants.
Exam: L periorbital ecchymosis, step-off L infraorbital rim, trismus, malocclusion. EOMI, no entrapment. Visual acuity 20/30 OS.
CT maxillofacial: L ZMC fracture, L orbital floor fx without herniation; no Le Fort pattern. CT head neg.
MDM: facial trauma, no emergent ophtho issue. Consulted OMFS (Dr. {{NAME:Abernathy}}), will see in clinic {{DATE:7/24}}. Sinus precautions, amox-clav 875/125 BID x7 d.
Police report made by son; Officer {{NAME:Mireles}} badge {{ID:9126}}, RD# {{ID:JE-331087}}.
Dispo: home with son. Return precautions given in Vietnamese.`,
  `triage note {{DATE:8/3/24}} 1412 -- ed pod a
pt {{NAME:lamont ricks}} 44m walk-in c/o R hand lac from broken bottle "at a party on {{ADDRESS:cottage grove}} last nite". bleeding controlled w/ towel, 3 cm lac palmar R hand, cap refill <2s, can flex all digits. last tdap unk. etoh on breath, a&ox4. denies other inj. vs 148/92 hr 98 rr 18 99% ra t 98.4. esi 4.
hx htn, no meds. lives at {{FACILITY:fulton street mission}}, no phone, sister {{NAME:tasha}} {{PHONE:773 555 0151}} is contact.
ins: medicaid {{HEALTH_PLAN:IL 481 220 937}}. mrn {{MRN:40998315}}.
wt 82 kg. tdap 0.5 mL IM given per protocol 1425 (lot U7715AA, exp 11/2026).
belongings: 1 backpack, cell phone, $14 cash, bagged w/ security officer {{NAME:ruiz-pabon}}.
prior visit here {{DATE:2/11/24}} for cellulitis L leg, seen by dr {{NAME:okafor}}.
to fast track rm 9. notified dr {{NAME:ibekwe}}. {{NAME:kp}}/rn`,
  `GENERAL SURGERY CONSULT
{{DATE:Tuesday 8/13/2024}} 19:30
Consulting: Dr. {{NAME:Amadou Diallo}} (ED)   Surgery team: Blue (attending Dr. {{NAME:Celeste Hargreaves}})
Pt: {{NAME:ABERNATHY-QUINN, ROSALIND}}   MRN {{MRN:41100588}}   Age 66   Room ED 31
Reason: SBO
HPI: Hx of open ventral hernia repair w/ mesh (2019? -- pt unsure; outside records from {{FACILITY:St. Casimir Hospital}} requested, fax {{FAX:(708) 555-0190}}). 2 d crampy abd pain, bilious emesis x6, no flatus since Sunday. WBC 13.4, lactate 1.9, Cr 1.4 (baseline 0.9).
CT A/P: SBO with transition point in RLQ, no pneumatosis, no free fluid.
Exam: distended, mildly tender, no peritonitis, well-healed midline scar.
Plan: NPO, NGT LIWS (placed by RN {{NAME:Fatima Zahra Bennani}} 19:10), IVF LR 150/h, gastrografin challenge at 8 h w/ KUB at 24 h. Admit to {{NAME:Hargreaves}}' service, floor {{FACILITY:Okonkwo 5}}.
Daughter {{NAME:Imogen}} at bedside, updated.
{{NAME:J. Rosenblatt-Oyelowo}}, MD (PGY-3) pgr {{PHONE:6-3391}}`,
  `INTERFACILITY TRANSFER NOTE -- {{FACILITY:BELLWETHER HEALTH SYSTEM}}
From: {{FACILITY:Bellwether West Community Hospital}} ED, {{LOCATION:Oak Park}}
To: {{FACILITY:Bellwether University Medical Center}}, Trauma/SICU
Transfer center ref # {{ID:TC-24-55310}}   Call {{DATE:08/22/2024 05:12}}
Sending MD: Dr. {{NAME:Oluwaseun Adebayo}}  ph {{PHONE:708-555-0133}}
Accepting MD: Dr. {{NAME:Kwabena Asante}} (SICU)   Trauma: Dr. {{NAME:Yusuf Al-Amin}}
Pt {{NAME:Caleb Strzelecki}}, 23M, DOB {{DATE:01/30/2001}}, MRN ({{FACILITY:BW West}}) {{MRN:W0048127}}, MRN ({{FACILITY:BUMC}}) {{MRN:41203377}}.
Dx: MCC on {{ADDRESS:I-290 near Harlem Ave exit}}, unhelmeted; grade IV splenic lac with blush, L 5-8 rib fx, L femur fx (splinted). HR 118, BP 104/66 after 2 u PRBC.
Mode: critical care ground, {{FACILITY:Lakefront Mobile ICU}} unit 7, ETA 06:05.
Records sent via HIE; images pushed to {{FACILITY:BUMC}} PACS (AE title PACS01).
Family: father {{NAME:Pawel Strzelecki}} {{PHONE:708-555-0105}} en route.
Insurance: BCBS IL PPO {{HEALTH_PLAN:XOF884201776}}.
Note by transfer RN {{NAME:Gloria Ifeanyi-Banks}}.`,
  `TRAUMA TERTIARY SURVEY
Pt: {{NAME:STRZELECKI, CALEB}}   MRN {{MRN:41203377}}   HD 2   {{DATE:08/23/2024}} 14:00
Performed by: {{NAME:Noor Al-Sayegh}}, PA-C, with Dr. {{NAME:Al-Amin}}
Mechanism recap: MCC {{DATE:8/22}} ~04:30, transferred from {{FACILITY:BW West}}.
Known injuries: grade IV spleen (s/p angioembolization {{DATE:8/22/24 07:40}}, IR Dr. {{NAME:Szymanska}}), L ribs 5-8 (non-displaced), L femoral shaft fx s/p IMN {{DATE:8/22}} (Dr. {{NAME:Pemberton-Hale}}).
New findings on tertiary: tenderness L 5th MCP -> XR: non-displaced boxer's fx (5th metacarpal neck), ulnar gutter splint; small L ear lac, steri-stripped. No spinal tenderness; T/L spine CT neg.
Missed injury: yes (hand) -- to be logged in PI registry.
Labs: Hgb 8.9 (stable from 9.1), plt 142, INR 1.1. Lactate 1.2.
Plan: hand surgery f/u in {{FACILITY:Danforth Hand Center}} 1 wk; PT/OT; incentive spirometry, lidocaine patches; enoxaparin 40 mg BID start tonight (spleen stable 48 h per protocol).
Father {{NAME:Pawel}} updated; he asks that pt's employer, {{FACILITY:Midway Cartage & Freight}}, be sent a work note -- fax {{FAX:773-555-0175}}.`,
  `MICU DAILY NOTE -- {{FACILITY:Ashby 10 MICU}}, bed 4
{{DATE:09/02/2024}}  ICU day 3
Pt: Mrs. {{NAME:Philippa Drummond-Achebe}}
Age: {{AGE:92}}   MRN {{MRN:38871140}}
Brought from {{FACILITY:Kessler Gardens Assisted Living}} after unwitnessed fall with R hip fx, found to have urosepsis (E. coli, pan-S except ampicillin).
Overnight: norepinephrine weaned to 0.02 mcg/kg/min -> off 04:00. MAP 66-74. UOP 35 mL/h.
Neuro: delirium, CAM-ICU +, RASS -1. Quetiapine 12.5 mg qHS. Family at bedside to reorient.
Resp: 3 L NC, SpO2 95%.
Renal: AKI, Cr 2.1 -> 1.7.
ID: ceftriaxone 2 g q24h d3 of 7. Blood cx {{DATE:8/31}} 1 of 2 GNR, repeat neg.
Ortho (Dr. {{NAME:Feodora Lisk}}): R intertrochanteric fx, plan cephalomedullary nail when off pressors ≥24 h -- likely {{DATE:Wed 9/4}}.
Goals of care: full code confirmed with HCPOA, niece {{NAME:Adanna Drummond}} ({{PHONE:(312) 555-0126}}), whose email {{EMAIL:adanna.drummond@mailbox-example.net}} was added to the family contact sheet.
Palliative care consult placed (Dr. {{NAME:Yoon}}).
{{NAME:Sebastian Korhonen}}, MD (MICU fellow)`,
  `BURN CENTER ADMISSION H&P
{{FACILITY:McAllister Regional Burn Center}} at {{FACILITY:BUMC}}   Admit {{DATE:10/05/2024 03:15}}
Pt: {{NAME:Dariusz Wojcik}}   DOB {{DATE:12-Apr-1982}}   MRN {{MRN:41344092}}
HPI: 42M firefighter, {{FACILITY:Engine Company 98}}, injured in 2-flat fire at {{ADDRESS:5530 S Wood St}}, {{LOCATION:Chicago}}, when ceiling collapsed. SCBA face piece dislodged ~1 min. Brought by Ambulance 41. Fire dept employee ID {{ID:CFD-77124}} (for workers' comp, claim # {{ACCOUNT:WC-2024-188731}}, SSN {{SSN:412-55-0193}}).
Burns: 18% TBSA (Lund-Browder) -- partial and full thickness to posterior trunk, bilat posterior arms, R flank. Singed nasal hair, carbonaceous sputum, COHb 11%.
Fluids: Parkland 4 mL x 82 kg x 18 = 5904 mL/24h; LR at 370 mL/h (first 8 h from 02:10 injury time), titrate to UOP 0.5 mL/kg/h.
Airway: FOB by Dr. {{NAME:Ekaterina Volkova}} -- grade 1 inhalation injury; not intubated, q1h airway checks.
Wife {{NAME:Agnieszka}} ({{PHONE:773-555-0143}}) and union rep {{NAME:Mike Devereaux}} at bedside.
Attending burn surgeon: Dr. {{NAME:Tobias McAllister}}`,
  `ems handoff to rn {{DATE:10/12/24}} 0250
medic 9, run #{{ID:24-118530}}. pt "{{NAME:tj}}" {{NAME:terrance jefferson-boyd}} 31m, ped struck by hit-and-run at {{ADDRESS:79th and stony island}}. vehicle per witness dark pickup, partial plate {{VEHICLE:ZN7 4}}-?. pt ambulatory on scene then syncopized x1. gcs 15 now, c/o L hip + L knee pain, abrasion to L face. bp 132/84 hr 104 rr 20 spo2 98%. c-collar, pelvic binder not applied (pelvis stable). 100 mcg fentanyl IN. no ivs - 2 failed attempts.
pt says he lives {{ADDRESS:8102 s kenwood ave apt 1}}, girlfriend {{NAME:keisha}} cell {{PHONE:312-555-0198}}. no ID on pt, wallet stolen earlier? registered as "{{NAME:Trauma Victor 22}}" until ID confirmed.
police on scene: ofc {{NAME:b. haddad}} #{{ID:15502}}, 4th dist.
report to rn {{NAME:marguerite}} in bay 3, dr {{NAME:nwachukwu}} present. signed {{NAME:p. gomez-albright}} emt-p`,
  `ED NOTE -- PATIENT IN CUSTODY
{{DATE:10/20/2024 16:30}}   Attending Dr. {{NAME:Harriet Oyelaran-Pike}}
Pt: {{NAME:Desmond Achterberg-Lyle}}, 36M, inmate # {{ID:2023-0911457}} at {{FACILITY:Lakeshore County Correctional Center}}, Division 9. Accompanied by Deputies {{NAME:R. Villanueva}} (star #{{ID:8813}}) and {{NAME:T. Osei}} (star #{{ID:10442}}); shackled L ankle to stretcher.
CC: swallowed foreign bodies (2 batteries + 1 spoon handle per pt) ~3 h PTA.
Exam: NAD, abd soft, NT. No drooling.
XR: 2 AA batteries in stomach, 1 linear metallic FB 9 cm in stomach. No free air.
Plan: GI (Dr. {{NAME:Mukherjee}}) for EGD removal today given length > 6 cm. Psych consult re: repeated ingestion (4th this year per {{FACILITY:Brennan Correctional Health}} records, fax {{FAX:773-555-0160}}).
Pt's public defender Ms. {{NAME:Yolanda Brisco}} requested records -- referred to HIM/ROI, no disclosure from ED.
Custody status communicated to charge RN; pt to remain on 1:1 deputy watch.`,
  `PEDIATRIC SOCIAL WORK -- SUSPECTED NON-ACCIDENTAL TRAUMA
{{FACILITY:Hollis Children's Pavilion}}, PICU bed 3   {{DATE:November 1, 2024}} 11:05
Pt: {{NAME:Amaya Sutherland-Greer}}, 4 mo F, DOB {{DATE:07/03/2024}}, MRN {{MRN:41420076}}
Referral: Child Protection Team (Dr. {{NAME:Lucinda Varga}}) -- bilateral SDH of different ages, 3 posterior rib fx (healing), retinal hemorrhages per ophtho (Dr. {{NAME:Ji-woo Baek}}).
Caregivers: mother {{NAME:Kiara Greer}}, 19, and her boyfriend {{NAME:Trevon Massey}}, 24 (not bio father). Bio father {{NAME:Andre Sutherland}} lives in {{LOCATION:Gary}}, IN; phone {{PHONE:219-555-0117}}. Infant attends {{FACILITY:Little Sprouts Home Daycare}} on {{ADDRESS:W 63rd Pl}} 3 d/wk.
Mother's account: infant "rolled off the couch" on {{DATE:10/30}}. Story inconsistent with injuries per CPT.
Hotline report made {{DATE:11/1/24}} 10:40, DCFS SCR # {{ID:2411-0088325}}; investigator Mr. {{NAME:Howard Lintz}} ({{PHONE:312-555-0185}}) to interview at bedside today 15:00. Police: Youth Division Det. {{NAME:Salgado}} notified, RD # {{ID:JF-448102}}.
Visitation: mother supervised only; boyfriend NOT to visit per DCFS safety plan. Security (Officer {{NAME:Brandt}}) notified, photo of boyfriend not available.
Skeletal survey repeat in 2 wk; sibling screening for 3 yo half-brother {{NAME:Jaylen}}.
{{NAME:Olamide Fashola}}, LCSW, ext {{PHONE:5-2290}}`,
  `ED NOTE -- MVC, RESTRAINED DRIVER
{{DATE:11/09/2024}} 08:22   Dr. {{NAME:Ansel Whitford}} / {{NAME:Mahlet Gebremedhin}}, MD (PGY-1)
Pt: {{NAME:Reginald "Reggie" Pomeroy}}, 61M, MRN {{MRN:41452019}}
Restrained driver of 2016 sedan, T-boned on driver side at {{ADDRESS:N Lake Shore Dr at Fullerton Pkwy}}, airbags deployed, prolonged extrication 20 min by Truck 56. Pt's vehicle plate {{VEHICLE:BV 33172}} (IL), VIN {{VEHICLE:1HGCR2F85GA042917}}, towed to {{FACILITY:Reliable Towing & Auto Pound}} on {{ADDRESS:W Grand Ave}}.
Exam: GCS 15, seat-belt sign across chest only, L chest wall TTP, no abd tenderness, pelvis stable.
CXR: L 3-6 rib fx, no PTX. CT chest: + small L hemothorax. Troponin 0.02.
Plan: trauma admission, pigtail if enlarging, multimodal analgesia, IS.
Other party: driver {{NAME:Imelda Castaneda}}, minor injuries, transported to {{FACILITY:Sacred Heart of Lincoln Square}}.
Auto insurer contact for PIP billing: claim # {{ACCOUNT:CLM-7713-40921}}, adjuster {{NAME:Brent Oakes}} {{PHONE:1-888-555-0142}}; med insurance Medicare {{HEALTH_PLAN:1EG4-TE5-MK72}}.
Wife {{NAME:Doreen Pomeroy}} on way from {{LOCATION:Evanston}}, {{PHONE:847-555-0139}}.`,
  `DISCHARGE SUMMARY
NAME: {{NAME:OKONKWO-BELL, TERRENCE J}}       UNIT NO: {{MRN:412-77-90}}
ADMISSION DATE: {{DATE:11/14/2024}}           DISCHARGE DATE: {{DATE:11/21/2024}}
ATTENDING: {{NAME:CELESTE HARGREAVES}}, M.D.   SERVICE: ACUTE CARE SURGERY
DIAGNOSES: 1. GUNSHOT WOUND RIGHT FLANK. 2. GRADE III RIGHT KIDNEY LACERATION. 3. COLON INJURY (ASCENDING), S/P PRIMARY REPAIR.
HISTORY: 29-YEAR-OLD MAN SHOT WHILE SITTING IN A PARKED CAR ON {{ADDRESS:S KING DR NEAR E 71ST ST}}. TRANSPORTED BY {{LOCATION:CHICAGO}} FIRE AMBULANCE 72 TO {{FACILITY:BELLWETHER UNIVERSITY MEDICAL CENTER}}. HEMODYNAMICALLY STABLE ON ARRIVAL, PERITONITIC.
HOSPITAL COURSE: TAKEN TO OR ON {{DATE:11/14}} BY DR. {{NAME:HARGREAVES}} -- EXPLORATORY LAPAROTOMY, PRIMARY REPAIR OF ASCENDING COLON, RIGHT KIDNEY EXPLORED AND REPAIRED BY UROLOGY (DR. {{NAME:SVENSSON-ABIODUN}}). JP DRAIN REMOVED {{DATE:11/19}}. CREATININE PEAK 1.6, NORMALIZED. SEEN BY {{FACILITY:BELLWETHER VIOLENCE RECOVERY PROGRAM}} VIOLENCE INTERVENTION SPECIALIST {{NAME:MARCUS ABERNATHY}}.
MEDICATIONS ON DISCHARGE: OXYCODONE 5 MG Q6H PRN (#20), ACETAMINOPHEN 1000 MG TID, SENNA 8.6 MG BID.
FOLLOW-UP: TRAUMA CLINIC {{DATE:12/02/2024}} 1:30 PM; UROLOGY {{DATE:12/09/2024}}. CLINIC PHONE {{PHONE:312-555-0110}}.
{{NAME:CH}}:{{NAME:mtq}}  DD: {{DATE:11/21/2024}}  DT: {{DATE:11/22/2024}}  JOB #: {{ID:884120}}`,
  `Nursing Progress Note -- TSICU
[**{{DATE:2148-9-14}}**] 0700-1900
Pt is a 63yo M admitted [**{{DATE:9-12}}**] s/p fall from ladder while working for [**{{FACILITY:Company 2318}}**]; multiple rib fx, R PTX, L radius fx. Wife [**{{NAME:Name (NI) 4718}}**] visiting, phone [**{{PHONE:Telephone/Fax (3) 9102}}**].
Neuro: A&Ox3, follows commands, MAE. Pain controlled with epidural (bupi 0.1% + fentanyl 2 mcg/mL @ 8 mL/h), pain 3/10.
CV: SR 80s-90s, SBP 110-130s. No ectopy.
Resp: 4L NC, sats 94-97%. R chest tube to -20 sxn, no air leak, serous 120 mL/shift. Using IS to 750.
GI: tol clears, +BS, no BM, colace/senna given.
GU: foley d/c'd 1000, due to void by 1600 -- voided 350 mL at 1440.
Skin: L forearm splint intact, fingers warm, CMS intact.
Social: pt's employer rep [**{{NAME:Known firstname 3312}}**] [**{{NAME:Known lastname 8871}}**] called re: workers comp, referred to CM.
Daughter [**{{NAME:Name (NI) 4719}}**] called 1530 from [**{{LOCATION:Location (un) 620}}**], updated per pt wishes.
Plan: transfer to floor [**{{FACILITY:Hospital Ward Name 21}}**] when bed avail; Dr. [**{{NAME:Last Name (STitle) 1771}}**] aware.`,
  `INTERPRETER SERVICES ENCOUNTER NOTE
{{DATE:12/03/2024}}   Start 09:10   End 10:05   Location: {{FACILITY:Thayer 8}}, rm 812
Language: American Sign Language   Modality: in-person (Certified Deaf Interpreter team)
Interpreters: {{NAME:Corinne Maddox}}, NIC (RID member # {{LICENSE:44172}}) and CDI {{NAME:Jamal Whitfield-Ortiz}}.
Patient: {{NAME:Hollister, Benedikt}}   MRN {{MRN:41511834}}   DOB {{DATE:03/27/1979}}
Clinician: Dr. {{NAME:Oyelaran}} (Neurosurgery), resident Dr {{NAME:Asha Pillai}}
Purpose: informed consent for C5-6 ACDF after diving injury at {{LOCATION:Montrose Beach}}.
Pt preferred ASL; declined VRI due to screen lag. Pt's wife {{NAME:Greta}} is hearing, fluent ASL, but not used as interpreter per policy; she was present as support.
Teach-back done, pt signed consent (ASL video statement recorded to chart, file {{PHOTO:consent_vid_HB_1203.mp4}}).
Next scheduled session: {{DATE:Wed 12/4}} 06:30 pre-op. Scheduling desk {{PHONE:312-555-0182}}, email {{EMAIL:interp.sched@bellwether-umc.org}}.
Interpreter invoice acct {{ACCOUNT:INT-88104}}.`,
  `OPERATIVE REPORT
Date of operation: {{DATE:12/06/2024}}
Patient: {{NAME:Yaw Boateng-Mensah}}   MRN {{MRN:41533207}}   Age 38
Surgeon: {{NAME:Vivian Oduya}}, MD   Assistant: {{NAME:Lucas Ferreira}}, MD (PGY-4)   Anesthesia: {{NAME:Takeshi Nakamura-Bloom}}, MD
Indication: pt stabbed at {{ADDRESS:S Wabash Ave & E Roosevelt Rd}} ~21:40, brought by EMS; consent by 2 physicians (Drs. {{NAME:Oduya}} and {{NAME:Ferreira}}) as pt unable to consent.
Preop dx: stab wound to abdomen with evisceration. Postop dx: same, with 2 small bowel enterotomies and mesenteric bleeder.
Procedure: exploratory laparotomy, small bowel resection (35 cm) with stapled side-to-side anastomosis, mesenteric vessel ligation. CPT 44120, 49000.
Findings: 1.5 L hemoperitoneum; omentum eviscerated through 3 cm wound LUQ; jejunal enterotomies 40 and 55 cm from ligament of Treitz; no colon, liver or spleen injury.
EBL 1600 mL; 4 u PRBC, 4 u FFP, 1 plt. Cell saver not used (contaminated field).
Specimen: small bowel segment to pathology, accession {{ID:S24-39187}}.
Counts correct x2. Fascia closed with #1 PDS looped; skin left open with wet-to-dry.
Disposition: SICU, intubated; brother {{NAME:Kofi}} updated in family room by Dr. {{NAME:Oduya}}.
Dictated {{DATE:12/06/2024 23:40}}, {{NAME:VO}}/{{NAME:lf}}`,
  `CT CHEST/ABDOMEN/PELVIS WITH IV CONTRAST (TRAUMA PROTOCOL)
Accession: {{ID:CT2412180447}}   Exam date: {{DATE:12/18/2024 01:57}}
Patient: {{NAME:TRAUMA ECHO 9}}   MRN {{MRN:41560018}}   Sex: F   Age: unknown (est. 20s)
Ordering: Dr. {{NAME:Nwachukwu, Adaeze}}   Read by: {{NAME:Hyun-woo Park}}, MD; attending {{NAME:Marguerite Delacroix-Odum}}, MD
Clinical: ejected driver, rollover on {{ADDRESS:I-94 at 35th St}}.
Comparison: none.
Findings: Grade IV liver laceration (segments VII/VIII) with active extravasation. Small hemoperitoneum. Spleen, pancreas, kidneys unremarkable. R 7-10 rib fx, R pulmonary contusion, no PTX. Pelvis: L superior and inferior pubic rami fx, L SI joint widening 6 mm (APC II). T12 Chance-type fx. Incidental 1.2 cm L adrenal nodule (Hounsfield 8, likely adenoma).
Impression: liver injury with active bleed -- called to Dr. {{NAME:Al-Amin}} at 02:06 by Dr. {{NAME:Park}}, read back confirmed.
Images available on workstation {{IP:10.44.18.203}} and via {{URL:https://pacs.bellwether-umc.org/viewer?acc=CT2412180447}}.
Addendum {{DATE:12/18/2024 09:15}}: pt identified as {{NAME:Kassandra Villeneuve}}, DOB {{DATE:5/5/2001}}; records merged into MRN {{MRN:40277135}} per HIM ({{NAME:T. Rask}}).`,
  `SPIRITUAL CARE NOTE
{{DATE:Dec 20 2024}}   Chaplain Rev. {{NAME:Abena Owusu-Sterling}}, BCC   pager {{PHONE:5-0417}}
Called by SICU RN {{NAME:Bettina}} to support family of {{NAME:Kassandra Villeneuve}} (Bed 9, {{FACILITY:Lindqvist 4}}).
Present: mother {{NAME:Odile Villeneuve}} (Haitian Creole and French speaking; in-person interpreter {{NAME:Jean-Baptiste}} from Interpreter Services), stepfather {{NAME:Wilner}}, and Pastor {{NAME:Elie Joseph}} of {{FACILITY:Eglise Baptiste Nouvelle Jerusalem}} on {{ADDRESS:N Sheridan Rd}}.
Family requested prayer prior to pt's return to IR. Mother expressed fear and guilt ("I let her borrow the car"). Provided presence, active listening, prayer in French. Family plans vigil; asked for quiet room -- arranged family room 4B.
Mother wishes to have aunt in {{LOCATION:Port-au-Prince}} informed; phone card provided.
Plan: follow daily; on-call chaplain {{PHONE:312-555-0100}} overnight.`,
  `CASE MANAGEMENT -- DISCHARGE PLANNING
{{DATE:01/06/2025}}  CM: {{NAME:Teodora Marinescu}}, RN, CCM  {{PHONE:312-555-0128}}
Pt: {{NAME:Pomeroy, Reginald}}   MRN {{MRN:41452019}}   HD 8
Payer: Medicare A/B, MBI {{HEALTH_PLAN:1EG4-TE5-MK72}}; secondary AARP supplement, member {{HEALTH_PLAN:0081-44291-01}}. Auto PIP claim {{ACCOUNT:CLM-7713-40921}} (no-fault not applicable in IL -- liability carrier only).
PT/OT rec: SNF/acute rehab. 3 midnight stay met.
Referrals sent via portal to: {{FACILITY:Whitcombe Rehabilitation Institute}} (declined - no bed), {{FACILITY:Rosewood Terrace Nursing & Rehab}} ({{ADDRESS:6600 N Western Ave}}, {{LOCATION:Chicago}} {{ZIP:60645}}) -- accepted, liaison {{NAME:Jocelyn Park-Adeyemi}} {{PHONE:773-555-0191}}, fax {{FAX:773-555-0192}}.
Wife {{NAME:Doreen}} agrees; transport by {{FACILITY:SwiftCare Medical Transport}} wheelchair van 13:00 {{DATE:01/07/2025}}, confirmation {{ID:SC-558102}}.
PCP Dr. {{NAME:Leopold Abramowicz}} at {{FACILITY:North Shore Family Medicine}} notified.`,
  `{{FACILITY:BELLWETHER NEUROSCIENCES INSTITUTE}} -- NEUROSURGERY CLINIC
{{ADDRESS:1400 W Harrison St, Suite 820}}  {{LOCATION:Chicago}}, IL {{ZIP:60607}}  Tel {{PHONE:312-555-0173}}  Fax {{FAX:312-555-0174}}
{{DATE:January 14, 2025}}
{{NAME:Ludmila Korsakova}}, MD
{{FACILITY:Ravenswood Internal Medicine Associates}}
{{ADDRESS:4711 N Damen Ave}}, {{LOCATION:Chicago}}, IL {{ZIP:60625}}
Re: {{NAME:Gwendolyn Farrow-Reyes}}   DOB {{DATE:09/17/1952}}
Dear Dr. {{NAME:Korsakova}},
I saw your patient in follow-up today, 14 weeks after L craniotomy for acute SDH sustained in a fall. She is back to independent ADLs, MoCA 26/30, mild word-finding difficulty. CT head today shows resolution with small residual hygroma. Given her CHA2DS2-VASc of 5, I am comfortable with resuming apixaban 5 mg BID (already resumed in hospital). Please continue fall-prevention; home safety eval by {{FACILITY:Northside Visiting Nurses}} is in place.
Follow-up with me in 6 months, sooner if headaches or new deficits.
Sincerely,
{{NAME:Ingrid Solberg}}, MD, FAANS
cc: {{NAME:Luis Farrow-Reyes}} (son, HCPOA)`,
  `ORGAN PROCUREMENT / DETERMINATION OF DEATH BY NEUROLOGIC CRITERIA
{{DATE:01/22/2025}}   {{FACILITY:Lindqvist 4 SICU}}, bed 2
Pt: {{NAME:Emeka Chukwuemeka-Holt}}, 27M, MRN {{MRN:41609925}}, GSW to head {{DATE:1/19/25}} at {{ADDRESS:W Madison St and S Pulaski Rd}}.
1st exam {{DATE:1/22/25 08:10}} by Dr. {{NAME:Ingrid Solberg}} (NSGY); 2nd exam {{DATE:1/22/25 14:30}} by Dr. {{NAME:Kwabena Asante}} (CCM). Prerequisites met: core temp 36.8, SBP 118 on NE 0.05, Na 146, no sedatives x48 h, tox neg. Absent pupillary, corneal, oculocephalic, cough, gag. Apnea test: PaCO2 38 -> 67, pH 7.19, no respiratory effort.
Time of death: 14:52.
OPO: {{FACILITY:Midwest Lakes Donor Alliance}} referral # {{ID:MLDA-25-01183}}, coordinator {{NAME:Shauna McTeer}} {{PHONE:630-555-0150}}. Family (mother {{NAME:Ngozi Chukwuemeka}}, father {{NAME:Robert Holt}}) approached by OPO only; authorization for donation given 17:20.
Medical examiner notified -- homicide; ME case # {{ID:ME2025-00412}}, investigator {{NAME:D. Fontaine}}. ME release for procurement obtained.`,
  `FORENSIC NURSE EXAMINER -- SEXUAL ASSAULT EVIDENCE COLLECTION
Date/time of exam: {{DATE:02/01/2025 03:20}}   ED room 14 (SANE room)
Examiner: {{NAME:Lorelei Vance-Ochoa}}, RN, SANE-A   Attending: Dr. {{NAME:Whitford}}
Patient: {{NAME:J.M.}} (pt requested initials only in narrative), MRN {{MRN:41633580}}, 22 yo F, student at {{FACILITY:DePaulson University}}.
Assault reported to have occurred {{DATE:1/31/25}} approx 23:30 in a rideshare vehicle; pt recalls plate beginning "{{VEHICLE:FR8}}" and driver name on app "{{NAME:Armen}}".
Advocate from {{FACILITY:North Side Survivor Advocacy Center}} ({{NAME:Sunita Raghavan}}) present throughout with pt consent.
Illinois State Police kit # {{ID:ISP-SAK-2025-04471}}, seal intact, all 12 envelopes collected. Chain of custody to Officer {{NAME:Pelletier}} #{{ID:17390}} at 05:45; RD# {{ID:JG-102274}}.
Injuries: 2 cm abrasion R posterior fourchette, bruising bilat inner upper arms (photographed with scale, {{PHOTO:SANE-0201-JM-001 through 014}}).
Meds given: ceftriaxone 500 mg IM, doxycycline 100 mg BID x7 d, metronidazole 2 g PO, HIV nPEP (Biktarvy x28 d, 1st dose 04:10), levonorgestrel 1.5 mg.
F/u: ID clinic {{DATE:2/4/25}}; counseling via advocate hotline {{PHONE:888-555-0177}}. Pt's preferred callback {{PHONE:(224) 555-0148}}.`,
  `PSYCHIATRIC EMERGENCY SERVICE -- EVALUATION
{{DATE:02/07/2025}} 17:50   Evaluator: Dr. {{NAME:Marek Zielinski}}; RN {{NAME:Chidinma Eze}}
Pt: {{NAME:Rafferty, Colm}}, 33M, MRN {{MRN:40018823}}, BIBP (brought in by police) on petition after standing on parapet of {{ADDRESS:the Wells St bridge}}, talking of jumping. Officers {{NAME:S. Wojtowicz}} (#{{ID:12044}}) and {{NAME:A. Lomeli}} (#{{ID:19871}}), CIT-trained.
Petition completed by Ofc {{NAME:Wojtowicz}}; certificate #1 by Dr. {{NAME:Zielinski}} at 18:40.
Hx: bipolar I, 3 prior hospitalizations (last at {{FACILITY:Hartwell-Lane Behavioral Hospital}} {{DATE:Aug 2023}}). Off lithium x2 mo. Lost job at {{FACILITY:Blackstone & Meyer Logistics}} last month.
MSE: pressured speech, grandiose ("the river is calling my frequency"), labile, poor insight. Denies HI. Li level <0.1, tox +THC.
Risk: high acute risk. Plan: involuntary admission, transfer to {{FACILITY:Whitcombe Pavilion}} 4 West when bed avail; olanzapine 10 mg PO given 18:05.
Contacts: brother {{NAME:Declan Rafferty}} {{PHONE:(630) 555-0124}}; outpatient psychiatrist Dr. {{NAME:Yvette Abara}} at {{FACILITY:Loop Mental Health Partners}}, {{EMAIL:yabara@loopmhp-example.com}}.`,
  `TRAUMA ACTIVATION (LEVEL I) -- STAB WOUNDS
{{DATE:2/14/2025}} 19:04 arrival.  Bay 1.  Pt: {{NAME:TRAUMA KILO 31}} -> identified 19:40 as {{NAME:Anselm Okoro-Whitney}}, DOB {{DATE:11/11/1990}}, MRN {{MRN:41647713}}.
Stabbed x3 on platform of {{FACILITY:Jackson Blue Line station}} ~18:45; transit police Ofc {{NAME:Grace Ng}} badge {{ID:T-2218}} accompanied. Incident # {{ID:TPD-25-00931}}.
Wounds: 2 cm L parasternal 4th ICS (cardiac box), 3 cm L lateral thigh, 1 cm R forearm.
BP 78/palp, HR 140, distended neck veins -> eFAST pericardial effusion positive. Resuscitative L anterolateral thoracotomy NOT performed (pulse present) -- to OR directly 19:12, sternotomy by Dr. {{NAME:Hargreaves}} with CT surgery Dr. {{NAME:Ravindranath Iyer}}: RV laceration 1.5 cm, repaired.
MTP activated 19:06; 6 PRBC / 6 FFP / 1 plt / cryo x1. Calcium 2 g.
Family: partner {{NAME:Lucienne}} ({{PHONE:312-555-0156}}), notified 20:30 by SW {{NAME:Ostrowski}}.
Documented by {{NAME:R. Castellanos}}, MD (PGY-3) for Dr. {{NAME:Nwachukwu}}.`,
  `TELEPHONE ENCOUNTER -- TRAUMA CLINIC
{{DATE:03/03/2025}} 10:14   Call from pt {{NAME:Marcus Hollings}} ({{PHONE:773-555-0163}}), DOB {{DATE:06/02/1996}}.
Reason: wound drainage L thigh, started over the weekend; small amount yellow fluid, no fever. Also reports trouble sleeping, nightmares "every night since the shooting."
Triage RN {{NAME:Phoebe Lindqvist-Mbeki}}: advised to send photo via portal ({{URL:https://mychart.bellwether-umc.org}}) -- photo received 10:40, small opening with serous drainage, mild erythema < 1 cm.
Discussed with NP {{NAME:Anita Szabo}}: cephalexin 500 mg QID x7 d sent to {{FACILITY:Walgrove Pharmacy #4471}} on {{ADDRESS:S Halsted St}}; add-on appt {{DATE:Thursday 3/6}} 14:20.
Warm hand-off to trauma recovery services (psychologist Dr. {{NAME:Hosseini}}) re: PTSD sx; PCL-5 to be done at visit.
Pt verbalized understanding. Callback number confirmed.`,
  `CLINICAL PHARMACY NOTE -- CONTROLLED SUBSTANCE DISCHARGE Rx
{{DATE:03/10/2025}}   Pharmacist: {{NAME:Hassan Jaber}}, PharmD, BCCCP
Pt: {{NAME:Kowalczyk-Amari, Deshawn}}  MRN {{MRN:41670042}}  Wt 96 kg  CrCl ~95 mL/min
Prescriber: Dr. {{NAME:Lucas Ferreira}}, NPI {{LICENSE:1487720635}}, DEA {{LICENSE:FF4418203}}.
PDMP (IL PMP) checked 09:55: 2 prior opioid fills in 12 mo, from Dr. {{NAME:Stanislav Hruby}} ({{FACILITY:Garfield Ridge Urgent Care}}).
Discharge regimen reviewed: oxycodone 5 mg q6h prn severe pain #16 (MME 30/day), APAP 1 g q8h, celecoxib 200 mg BID x7 d, naloxone 4 mg nasal spray co-prescribed (NDC 69547-0353-02).
Counseled pt and fiancee {{NAME:Marisela Ontiveros}} on safe storage and disposal (drop box at {{FACILITY:Walgrove Pharmacy}} {{ADDRESS:2400 W Cermak Rd}}).
Rx e-prescribed, EPCS token verified; pharmacy phone {{PHONE:(773) 555-0119}}.
Meds-to-beds delivered at 14:10, copay billed to acct {{ACCOUNT:PHX-00917734}}.`,
  `wound/ostomy rn consult {{DATE:3/18/25}}
pt {{NAME:boateng-mensah, yaw}} mrn {{MRN:41533207}} -- {{FACILITY:okonkwo 5}} rm 517b
s/p ex lap + sb resection {{DATE:12/6/24}} (dr {{NAME:oduya}}), readmitted w/ enterocutaneous fistula from open midline wound.
wound: midline 14 x 6 x 2.5 cm, 80% red granulation, 20% yellow slough, fistula opening at 12 o'clock ~0.8 cm, output ~450 ml/24h effluent, thin, bilious. periwound macerated 2 cm.
plan: fistula isolation w/ wound manager pouch + npwt (vac) at -125 mmHg continuous around it. npwt unit serial {{DEVICE:KCI-VT-4400281}}, canister changed 1400.
stoma powder + barrier ring for periwound. change q mon/thu.
education: wife {{NAME:abena}} taught emptying pouch, teach-back ok. she asks to speak w/ dr {{NAME:ferreira}} re: home supplies -- supplier {{FACILITY:prairie medical supply}} {{PHONE:630-555-0114}}.
tpn per nutrition ({{NAME:s. oyelowo}}, rd).
next wocn visit thu. pager {{PHONE:5-1188}} -- {{NAME:m. delacruz-fenn}} rn cwocn`,
  `CARDIAC ICU / ECMO DAILY NOTE
{{DATE:March 24, 2025}}   {{FACILITY:Pritchard 7 CVICU}}, bed 1   ECMO day 5
Pt: {{NAME:Sigrun Halvorsen-Baptiste}}, 45F, MRN {{MRN:41702251}}
Hx: crush injury / blunt chest trauma (struck by falling facade at {{ADDRESS:W Randolph St and N Clark St}} {{DATE:3/19}}), severe ARDS, VV ECMO cannulated {{DATE:3/20/25 02:30}} (R IJ 27 Fr Avalon-type dual lumen).
Circuit: pump console SN {{DEVICE:CX-22-018445}}, oxygenator lot 7721K (changed {{DATE:3/23}} for rising delta-P), flow 4.6 L/min at 3400 rpm, sweep 5 L, FdO2 1.0. Post-oxy PaO2 410.
Vent: lung-protective, PC 10/PEEP 10, RR 10, Vt ~150 mL.
Anticoag: bivalirudin 0.05 mg/kg/h, aPTT 58.
Hgb 8.1, plt 96, LDH 410, pfHb 22 (stable).
Prone x16 h overnight per RT {{NAME:Oksana Dubrova}}.
Wife/partner {{NAME:Maren Baptiste}} ({{PHONE:312-555-0159}}) updated by phone; she asks OSHA be informed (employer: {{FACILITY:Corbin Facade Restoration LLC}}).
Plan: cont ECMO, trial off sweep when CXR improves. ECMO specialist {{NAME:Kojo Ampofo}}, RRT-ACCS.
Attending: {{NAME:Marisol Quintero-Haas}}, MD`,
  `PRIVACY OFFICE -- EHR ACCESS AUDIT FINDING
Case # {{ID:PRIV-2025-0187}}   Opened {{DATE:04/01/2025}}   Analyst: {{NAME:Darnell Whitlock}}, CHPC
Subject record: {{NAME:TRAUMA ZULU 14}} / later {{NAME:Oswaldo Peralta-Kim}} (MRN {{MRN:40881227}}), flagged VIP/confidential after media coverage of the {{ADDRESS:Division & Kedzie}} crash.
Alert: "break-the-glass" accesses {{DATE:3/29/2025 22:14}} and {{DATE:3/29/2025 22:16}} by user {{NAME:kdemir}} (employee ID {{ID:E0048721}}), unit clerk, {{FACILITY:Marchetti 6}} -- no treatment relationship.
Workstation {{IP:10.44.201.77}}; VPN session from {{IP:73.158.20.114}}; pages viewed included demographics and {{URL:https://epic.bellwether-umc.org/hyperspace/chartreview}}.
Interview {{DATE:4/2/25}}: employee states she is a neighbor of pt's family on {{ADDRESS:N Spaulding Ave}}.
Determination: impermissible access; sanctions per HR policy 7.14. Notification letter to pt mailed {{DATE:04/09/2025}} to {{ADDRESS:3318 W Crystal St, Apt 2}}, {{LOCATION:Chicago}} {{ZIP:60651}}.
Contact: {{EMAIL:privacy@bellwether-umc.org}}, {{PHONE:312-555-0197}}.`,
  `SICU NIGHT HAND-OFF (I-PASS)   {{DATE:04/05/2025}} 19:00   from Dr. {{NAME:Obi}} to Dr. {{NAME:Lindahl}}
Bed 2 -- {{NAME:Halloran, Fintan}}, 52M, HD 3 s/p fall from scaffold, TBI (ICP bolt), ICP 12-18. Watcher. If ICP > 22 x5 min: 3% saline 250 mL, call NSGY resident pager {{PHONE:4-1990}}. Sister {{NAME:Siobhan}} calls at night from {{LOCATION:Dublin}} -- ok to update.
Bed 5 -- Mrs. {{NAME:Yoo-jin Cha}}, 77F, splenic lac grade II, stable Hgb. Stable. Hgb at 02:00.
Bed 6 -- {{NAME:TRAUMA JULIET 8}} (unidentified, est. 50s M), found under viaduct at {{ADDRESS:S Canal St & W 18th St}}, hypothermia 29.8 C, rewarming via Bair Hugger + warm IVF, now 34.1. Unstable. Police (Ofc {{NAME:Dabrowski}} #{{ID:16654}}) checking missing-persons; fingerprints sent ({{BIOMETRIC:AFIS TCN 25-094-00217}}).
Bed 9 -- {{NAME:Villeneuve, K.}}, liver lac s/p angio x2; IR Dr. {{NAME:Szymanska}} on call {{PHONE:312-555-0167}}. Mother {{NAME:Odile}} sleeping in family room.
Bed 11 -- {{NAME:Gutierrez-Pena, Abelardo}}, 68M, open pelvic fx, ex-fix, REBOA removed. Watcher for bleeding.
Synthesis by receiver: read back done at 19:12.`,
  `TRAUMA MORBIDITY & MORTALITY CONFERENCE -- CASE SUMMARY (PEER REVIEW PRIVILEGED)
Conference {{DATE:Thursday, April 17, 2025}} 07:00, {{FACILITY:Gansett Auditorium}}
Presenter: {{NAME:Lucas Ferreira}}, MD (PGY-4)   Moderator: Dr. {{NAME:Celeste Hargreaves}}
Case: {{NAME:G.P.-A.}}, 68M, MRN {{MRN:41719930}}, auto vs ped at {{ADDRESS:Ogden Ave/Cicero Ave}} {{DATE:4/2/2025}}. Open book pelvic fx (APC III), arrived HR 130s, SBP 70s.
Event: REBOA zone III placed in ED 21:48 (Dr. {{NAME:Al-Amin}}); occlusion time 74 min; preperitoneal packing + ex-fix in OR; angioembolization of L internal iliac branches by Dr. {{NAME:Szymanska}}.
Complication: R CFA access-site thrombosis, discovered POD 1 (absent DP pulse), thrombectomy by vascular (Dr. {{NAME:Adebisi-Clarke}}).
Classification: preventable? Potentially. Error type: technical/judgment (sheath removal without angio of access site). Outcome: limb salvaged.
Action items: REBOA sheath removal checklist (owner {{NAME:Ferreira}}); audit of 2024 REBOA cases (n=11) by registrar {{NAME:K. Ferreira-Dunn}}.
Attendance: 46. Minutes by {{NAME:Hollis Wembley}}, trauma PI coordinator, {{EMAIL:hwembley@bellwether-umc.org}}.`,
  `Name: [**{{NAME:Known lastname 4419}}**], [**{{NAME:Known firstname 882}}**]   Unit No: [**{{MRN:Numeric Identifier 77120}}**]
Admission Date: [**{{DATE:2069-4-11}}**]   Discharge Date: [**{{DATE:2069-4-30}}**]
Date of Birth: [**{{DATE:1975-2-2}}**]   Sex: F
Service: SURGERY
Chief Complaint: Multiple stab wounds
History of Present Illness: 44 yo woman stabbed by ex-partner at her home on [**{{ADDRESS:Street Address(2) 3310}}**], brought by [**{{FACILITY:Location (un) 86}}**] EMS to [**{{FACILITY:Hospital1 18}}**]. Neighbor [**{{NAME:First Name8 (NamePattern2) 6101}}**] called 911. Her grandmother, [**{{AGE:Age over 90}} **] y/o, was also present and uninjured.
Past Medical History: asthma, prior IPV (restraining order [**{{DATE:2068-9-3}}**]).
Brief Hospital Course: Ex lap [**{{DATE:4-11}}**] with repair of gastric and diaphragm injuries (Dr. [**{{NAME:Last Name (STitle) 2204}}**]); L hand flexor tendon repair [**{{DATE:4-14}}**] by plastics. Course c/b L pleural effusion s/p pigtail [**{{DATE:4-19}}**]. SW and IPV advocate followed; pt moved to [**{{FACILITY:Location 2501}}**] shelter on discharge. Police case [**{{ID:Numeric Identifier 55871}}**].
Followup Instructions: Hand clinic Dr. [**{{NAME:First Name (STitle) 1199}}**] [**{{PHONE:Telephone/Fax (1) 2016}}**]; ACS clinic [**{{DATE:2069-5-12}}**] 9:00.
[**{{NAME:First Name11 (Name Pattern1) 410}}**] [**{{NAME:Last Name (NamePattern4) 411}}**] MD [**{{ID:MD Number(1) 412}}**]
Dictated By: [**{{NAME:Last Name (NamePattern1) 6672}}**]
MEDQUIST36 D: [**{{DATE:2069-4-30}}**] T: [**{{DATE:2069-5-1}}**] JOB#: [**{{ID:Job Number 99182}}**]`,
  `HEALTH INFORMATION MANAGEMENT -- RELEASE OF INFORMATION LOG
Request rec'd {{DATE:05/06/2025}} via fax from {{FAX:(312) 555-0136}}
Requester: {{NAME:Theodora Vasquez-Lindholm}}, Esq., {{FACILITY:Lindholm & Achebe Injury Law, LLC}}, {{ADDRESS:180 N LaSalle St, Suite 2900}}, {{LOCATION:Chicago}}, IL {{ZIP:60601}}; {{EMAIL:tvl@lindholm-achebe-law.com}}
Patient: {{NAME:Reginald Pomeroy}}   SSN {{SSN:540 55 9921}}   DOB {{DATE:08/29/1963}}   MRN {{MRN:41452019}}
Dates of service requested: {{DATE:11/9/2024}} - {{DATE:1/7/2025}} (ED, inpatient, imaging).
Authorization: HIPAA-compliant, signed by pt {{DATE:4/28/2025}}, expires {{DATE:4/28/2026}}. Verified by ROI specialist {{NAME:Bao-Chau Lam}}.
Also received: subpoena duces tecum, Circuit Court of {{LOCATION:Cook County}} case no. {{ID:2025-L-004418}} (defendant's counsel, {{FACILITY:Whitaker Greaves LLP}} -- separate request # {{ID:ROI-25-11872}}); forwarded to Office of General Counsel, Atty {{NAME:Ramona Estrada-Byrne}}, ext {{PHONE:4-0955}}.
Output: 412 pages + CD of imaging, invoice {{ACCOUNT:ROI-INV-338104}} ($96.40), shipped by courier on {{DATE:5/13/25}}.`,
  `TRANSFER CENTER -- ACCEPTANCE RECORD
Call # {{ID:TC-25-61042}}   {{DATE:05/19/2025 23:37}}   Recorded line
Referring: {{FACILITY:St. Brendan Hospital}}, {{LOCATION:Kankakee}}, IL -- Dr. {{NAME:Hollis Oyebanji}} ({{PHONE:815-555-0144}}), ED fax {{FAX:815-555-0145}}
Pt: {{NAME:CAMPBELL-NAKASHIMA, ELLIOT}}   DOB {{DATE:02/19/1987}}   Outside MRN {{MRN:SB-0774102}}
Reason: fall from roof (~15 ft) while installing solar panels for employer {{FACILITY:Brightfield Solar Installers}}; L1 burst fx with retropulsion 40%, incomplete SCI (ASIA C), L calcaneus fx.
Accepted by: Dr. {{NAME:Ingrid Solberg}} (NSGY) and trauma Dr. {{NAME:Yusuf Al-Amin}} at 23:44. Bed: {{FACILITY:Thayer 8 Neuro ICU}} bed 6.
Transport: rotor-wing, {{FACILITY:Prairie Wings Air Medical}} aircraft tail {{VEHICLE:N418LS}}, ETA 00:40 on {{DATE:5/20}}.
Imaging: pushed through image exchange, study UID not recorded.
Pt contact: wife {{NAME:Hana Campbell-Nakashima}} {{PHONE:815-555-0162}} driving to {{FACILITY:BUMC}}.
Insurance: UnitedHealthcare Choice Plus, member ID {{HEALTH_PLAN:912448071-01}}.
Transfer RN: {{NAME:Pearl Oduro}}`,
  `ORTHOPAEDIC TRAUMA CONSULT
{{DATE:06/02/2025 02:15}}   Consultant: {{NAME:Felix Abernathy-Nwosu}}, MD (PGY-3); attending Dr. {{NAME:Pemberton-Hale}}
Pt: {{NAME:Tobiah Lesnik}}, 17M, MRN {{MRN:41778802}}, {{FACILITY:Kildare Academy High School}} junior; dirt bike crash at {{ADDRESS:the lot behind 2650 N Kildare Ave}}.
Injuries: L open tib/fib shaft fx (Gustilo-Anderson II, 4 cm wound), L distal radius fx (Salter-Harris II).
NV: L DP/PT palpable, sensation intact, compartments soft. R side normal.
Abx: cefazolin 2 g given 01:40 (< 1 h from arrival), tetanus updated.
Plan: I&D + IMN L tibia today, CRPP vs closed reduction L distal radius. NPO. Consent from mother {{NAME:Danuta Lesnik}} ({{PHONE:773-555-0168}}) -- pt is a minor. Father {{NAME:Gregor}} in {{LOCATION:Krakow}} until next week.
Compartment checks q2h. Posted as add-on, OR 9, Dr. {{NAME:Pemberton-Hale}}.
School nurse Ms. {{NAME:Ivy Okafor}} called to request return-to-school note, fax {{FAX:773-555-0135}}.`,
  `PLASTIC SURGERY / HAND CONSULT
{{DATE:June 9, 2025}} 20:05
Pt: {{NAME:Wiremu Takerei}}, 39M, MRN {{MRN:41790215}}. Visiting from {{LOCATION:Auckland}} for a conference; staying at the {{FACILITY:Hotel Lindquist}}, {{ADDRESS:225 W Wacker Dr}}, room 1904.
Injury: R hand punched through glass door of a bar ({{FACILITY:The Rusty Anchor Tavern}}, {{ADDRESS:2301 N Clybourn Ave}}) during altercation ~18:30.
Exam: 4 cm transverse lac dorsal R hand over 3rd/4th MC; unable to extend MCP of long finger -> EDC to long finger lacerated (zone VI). Sensation intact. No fight bite (no MCP joint penetration) by exploration.
Plan: repair EDC in ED procedure room under WALANT (lidocaine 1% with epi 1:100,000, 20 mL), 4-0 FiberWire modified Kessler. Volar-based resting splint, wrist 30 deg ext.
F/u hand therapy {{FACILITY:Danforth Hand Center}} in 3-5 d; pt may return to NZ in 2 wk -- letter for travel insurer (Kauri Travel Cover policy {{HEALTH_PLAN:SX-44-2298174}}) given.
Pt's colleague {{NAME:Aroha Ngata}} ({{PHONE:+64 21 555 0182}}) is local contact; pt's email {{EMAIL:w.takerei@kiwimail-example.co.nz}}.
{{NAME:Delphine Ouellette-Sato}}, MD, Plastic Surgery PGY-4, pgr {{PHONE:4-2071}}`,
  `OPHTHALMOLOGY CONSULT -- ED
{{DATE:06/14/2025}} 03:30   Requested by ED Dr. {{NAME:Mahlet Gebremedhin}}
Pt {{NAME:Ferdinand Oyelowo}}, 48M, MRN {{MRN:41801457}}; assaulted with a bat outside his auto shop, {{FACILITY:Oyelowo Brothers Auto Repair}}, {{ADDRESS:7759 S Vincennes Ave}}, ~01:50.
VA: OD 20/25, OS CF at 3 ft. IOP OD 16, OS 44. L proptosis, tense lids, restricted EOM all directions, RAPD OS.
Dx: L orbital compartment syndrome from retrobulbar hemorrhage; L orbital floor + medial wall fx on CT.
Procedure: emergent L lateral canthotomy + inferior cantholysis at bedside 03:41 by {{NAME:Y. Lindqvist-Rao}}, MD (PGY-2) supervised by Dr. {{NAME:Ostap Hrynkiv}}. Post-procedure IOP 19, VA OS 20/80.
Also: timolol 0.5% 1 gtt OS, acetazolamide 500 mg IV, HOB 30 deg.
Open globe ruled out (Seidel neg). Dilated exam: no RD.
F/u: {{FACILITY:Kessler Eye Institute}} clinic 9 AM today; orbital floor repair w/ OMFS within 2 wk if diplopia/enophthalmos.
Shop partner and brother {{NAME:Babatunde}} at bedside; officer {{NAME:Ruelas}} #{{ID:21107}} took statement, RD# {{ID:JH-290113}}.`,
  `GERIATRIC TRAUMA CONSULT (GTC)
{{DATE:6/21/2025}}   Consultant: {{NAME:Margarethe Oyinlola}}, MD, Geriatrics
Pt: Mr. {{NAME:Ignatius P. Wolcott}}, age {{AGE:94}}, MRN {{MRN:30011872}}, from home ({{ADDRESS:1525 E 53rd St, Apt 1102}}, {{LOCATION:Hyde Park}}), lives alone; daughter {{NAME:Cordelia Wolcott-Mbatha}} nearby ({{PHONE:773-555-0104}}).
Injuries after ground-level fall {{DATE:6/20}} 22:00 (found by building doorman {{NAME:Reggie}} next AM): R 4-7 rib fx, small R PTX (observed), R distal radius fx.
Frailty: CFS 5. ADLs indep, IADLs needs help w/ finances. MoCA 21/30 at PCP ({{DATE:Feb 2025}}).
Meds: 11 (Beers: diphenhydramine qHS, glyburide 5 mg). On aspirin 81 mg.
Recs: d/c diphenhydramine and glyburide (switch to linagliptin per PCP), delirium bundle, avoid benzos; regional analgesia -- serratus anterior catheter by APS; PT/OT early; goals-of-care: pt clear he wants "no machines" -- DNR/DNI confirmed with pt and daughter; POLST signed.
His brother, {{NAME:Augustine}}, age {{AGE:97}}, lives at {{FACILITY:Bethany Pines Home of Arlington Hts}}.`,
  `OB RAPID RESPONSE / TRAUMA IN PREGNANCY
{{DATE:07/04/2025 22:48}}   L&D triage bed 3, {{FACILITY:Winslow Women's Pavilion}}
Pt: {{NAME:Marisol Echeverria-Danso}}, 26 yo G2P1 at 31w2d by 8-wk US, MRN {{MRN:41822690}}; restrained front passenger, MVC on {{ADDRESS:I-55 near Pulaski}}; brought by Medic 22 after trauma eval in bay 2 (Dr. {{NAME:Castellanos}}) -- FAST neg, no maternal injuries except seat-belt abrasion.
EFM: FHR 140s, moderate variability, +accels; toco q3-4 min irregular contractions. No VB, no LOF. Kleihauer-Betke sent; Rh negative -> RhoGAM 300 mcg IM 23:20.
Plan: continuous monitoring min 4 h (ACOG), extend to 24 h if > 1 ctx/10 min or abnl labs. Betamethasone held for now. Placenta: anterior, no abruption on US (sonographer {{NAME:Lin}}).
Husband {{NAME:Kwame Danso}} (driver, minor injuries, at {{FACILITY:Bellwether West Community Hospital}}) by phone {{PHONE:(708) 555-0157}}. Other driver fled; Illinois State Police trooper {{NAME:Pacheco}} #{{ID:5521}} has partial plate starting {{VEHICLE:DXT 8}}.
OB attending: {{NAME:Henrike Vandermolen}}, MD. Resident: {{NAME:T. Ademola}}, MD.`,
  `PEDIATRIC ED NOTE
{{DATE:7/12/25}} 16:20   {{FACILITY:Hollis Children's Pavilion}} ED, room P6
Attending: Dr. {{NAME:Naledi Khumalo}}   Resident: Dr. {{NAME:Oscar Brannstrom}}
Pt: {{NAME:Mateo Villalobos-Greene}}, 9 yo M, DOB {{DATE:2016-03-08}}, MRN {{MRN:41836604}}
HPI: fell off electric scooter on {{ADDRESS:N Milwaukee Ave near W Logan Blvd}}; no helmet; + brief LOC per dad {{NAME:Rodrigo Villalobos}} ({{PHONE:773-555-0137}}). Vomited x2 in car.
PECARN: LOC + vomiting -> CT head: small R temporal EDH 4 mm, no shift; nondisplaced R temporal bone fx.
Exam: GCS 15, nonfocal. Abrasions R elbow/knee.
Plan: admit PICU for neuro checks q1h, repeat CT if change; NSGY (Dr. {{NAME:Oyelaran}}) agrees, no OR. Ondansetron 4 mg ODT given.
Mom {{NAME:Leah Greene}} asked about school -- pt attends {{FACILITY:Gorman Elementary}}; note for absence emailed to {{EMAIL:lgreene.home@mailbox-example.net}} at her request.
Injury prevention: helmet voucher given, {{FACILITY:Kinzie Kids Safety Coalition}} (hotline {{PHONE:312-555-0109}}).`,
  `NURSING SHIFT SUMMARY 0700-1930  {{DATE:07/19/2025}}
UNIT: {{FACILITY:MARCHETTI 6 STEP-DOWN}}   ROOM 614-2
PATIENT: {{NAME:DELACROIX, AUGUSTIN}}   MRN {{MRN:41840039}}   AGE 57
DX: S/P MVC, L HEMOPNEUMOTHORAX (CHEST TUBE REMOVED {{DATE:07/18}}), L SCAPULA FX, ETOH WITHDRAWAL.
NEURO: A&O X4 THIS AM, CIWA 6-11, NO PRN LORAZEPAM NEEDED SINCE 0400. PHENOBARB TAPER DAY 3.
RESP: RA, SATS 95-98. IS 1500. CXR 0600 NO PTX.
CV: NSR 70-80S, BP 120S/70S.
GI/GU: REG DIET, BM X1. VOIDING.
PAIN: 4/10 L SHOULDER, OXY 5 MG X2, LIDOCAINE PATCH ON 0900 OFF 2100.
SAFETY: BED ALARM ON, MORSE 45.
FAMILY: WIFE {{NAME:CLAUDETTE}} VISITED 1400-1600, PHONE {{PHONE:(312) 555-0121}}. SON {{NAME:JEAN-LUC DELACROIX}} FROM {{LOCATION:MONTREAL}} ARRIVING TOMORROW.
DISPO: PT REC HOME W/ HHC -- REFERRAL TO {{FACILITY:LAKEWAY HOME HEALTH OF CHICAGO}} PENDING, CM {{NAME:TEODORA}} AWARE.
RN: {{NAME:O. AKINYEMI}}   CHARGE: {{NAME:B. NORDQUIST}}`,
  `ACUTE REHAB TRANSFER SUMMARY
From: {{FACILITY:Bellwether University Medical Center}}, {{FACILITY:Thayer 8}}   To: {{FACILITY:Whitcombe Rehabilitation Institute}}, Spinal Cord Unit, {{ADDRESS:4820 W Ogden Ave, 11th floor}}
Date of transfer: {{DATE:Monday, 8/4/2025}}   Pickup 10:30
Pt: {{NAME:Elliot Campbell-Nakashima}}   DOB {{DATE:02/19/1987}}   MRN {{MRN:41858816}}
Admitting rehab physician: Dr. {{NAME:Priyanka Deshmukh-Ross}} (PM&R); report called to RN {{NAME:Fenwick}} {{PHONE:312-555-0178}} at 09:15.
Injury: fall from roof {{DATE:5/19/25}}; L1 burst fx s/p T11-L3 posterior fusion ({{DATE:5/20/25}}, Dr. {{NAME:Solberg}}); incomplete SCI, now ASIA C -> D (L3 motor level). L calcaneus ORIF ({{DATE:5/27}}).
Bladder: intermittent cath q6h, PVR < 300. Bowel: program with bisacodyl supp daily 20:00.
Skin: stage 2 sacral PI, healing. Braden 15.
VTE: enoxaparin 40 mg daily until at least {{DATE:8/19}}.
Devices: LSO brace OOB; R AFO. Baclofen 5 mg TID for spasticity.
Psych: adjustment d/o, seen by rehab psychology.
Pt goal: return to work at {{FACILITY:Brightfield Solar Installers}} in office role. Wife {{NAME:Hana}} trained in cath.
Signed: {{NAME:Isidora Kaminska}}, NP, Neurosurgery`,
  `SECURITY / WORKPLACE VIOLENCE INCIDENT REPORT
Report # {{ID:SEC-25-03318}}   Date/time of incident {{DATE:08/09/2025 02:17}}   Location: ED Pod B, room 7
Involved staff: {{NAME:Thandiwe Mokoena}}, RN (employee # {{ID:E0061190}}); tech {{NAME:Bryce Holloway}}.
Involved patient: {{NAME:Garrett Lunceford}}, MRN {{MRN:41862207}}, 35M, BIBA intoxicated after fight at {{FACILITY:Wrigleyside Sports Pub}}.
Description: Pt struck RN with closed fist to L face when asked to return to bed. Code Gray called 02:18; officers {{NAME:Kessler}} and {{NAME:Adeyemi-Ross}} of hospital security (badges {{ID:S-114}}, {{ID:S-207}}) responded; pt placed in 4-point restraints per order of Dr. {{NAME:Lowenthal}}, 02:24.
Staff injury: RN evaluated in ED by Dr. {{NAME:Whitford}}, facial contusion, CT neg; sent to Employee Health.
Police notified: {{LOCATION:Chicago}} PD 19th District, Officer {{NAME:Ionescu}} #{{ID:11562}}, RD# {{ID:JH-355041}}. RN elects to press charges.
CCTV footage (camera ED-B-04, 02:15-02:20) preserved by {{NAME:L. Farnsworth}}, security manager, {{PHONE:312-555-0186}}.
Follow-up: EAP referral; debrief {{DATE:8/9}} 08:00 with nurse manager {{NAME:Gabriela Tsosie}}.`,
  `ed provider note -- overdose
{{DATE:8/15/25}} 0642
pt unknown male "{{NAME:mikey}}", ~40s, found unresponsive on bench in {{LOCATION:Humboldt Park}} near {{ADDRESS:N Humboldt Dr}} by park district worker; bystander gave narcan 4 mg IN x2, ems gave 0.4 mg IV -> RR 4 -> 14. fentanyl test strip on person +.
registered as {{NAME:trauma lima 19}} (no trauma, but unidentified pt naming convention).
exam: rr 14, spo2 93% ra, gcs 13, pinpoint -> 3 mm pupils, fresh track marks L AC, no head trauma. cpk 1840, cr 1.3.
course: required naloxone gtt 0.4 mg/h x 3 h for recurrent resp depression (xylazine suspected, chronic wounds bilat shins).
at 0950 pt awake, states name {{NAME:Miguel Angel Soto-Ybarra}}, dob {{DATE:4/2/1983}}; matched to prior MRN {{MRN:39877051}}.
buprenorphine 8 mg SL given after cows 13 -- tolerated. bridge script + f/u {{FACILITY:Humboldt Bridge Clinic}} {{ADDRESS:3052 W North Ave}} {{PHONE:773-555-0115}}; peer recovery coach {{NAME:Tito}} met pt.
dr {{NAME:a. nwachukwu}}`,
  `TELE-ICU (eICU) INTERVENTION NOTE
{{DATE:08/23/2025}} 03:12   Remote intensivist: {{NAME:Adaora Nnamdi-Feld}}, MD, from {{FACILITY:Bellwether eCare Hub}}, {{LOCATION:Naperville}}
Site: {{FACILITY:Bellwether South Hospital}} ICU, bed 4 (camera {{IP:10.61.4.24}}, cart ID eICU-S-04)
Pt: {{NAME:Hakimi, Farzaneh}}, 71F, MRN {{MRN:S0193384}}, admitted {{DATE:8/21}} after fall down basement stairs; R SDH (6 mm, nonoperative per NSGY tele-consult), R hip fx awaiting fixation.
Alert: MAP 58 x10 min, HR 118 new AF RVR.
Assessment via camera and bedside RN {{NAME:Keon Wallace}}: pt awake, confused at baseline per daughter; no bleeding from hip; Hgb 9.8 -> 8.6.
Orders: LR 500 mL bolus, diltiazem deferred given MAP; amiodarone 150 mg IV over 10 min, then 1 mg/min. Type & cross 2 u. Stat CT head (to r/o expansion) -- stable per read by Dr. {{NAME:Arvidsson}}.
Discussed with on-site hospitalist Dr. {{NAME:Rutendo Chikwanha}} (pager {{PHONE:71204}}) and daughter {{NAME:Shirin Hakimi-Cole}} by phone {{PHONE:630-555-0122}}.
Consider transfer to {{FACILITY:BUMC}} if expansion. Video session log {{URL:https://ecare.bellwether-umc.org/session/8823417}}.`,
  `DISCHARGE INSTRUCTIONS -- TRAUMA SURGERY
Patient: {{NAME:Anselm Okoro-Whitney}}   Date: {{DATE:02/24/2025}}
You were in the hospital at {{FACILITY:Bellwether University Medical Center}} from {{DATE:February 14}} to {{DATE:February 24, 2025}} for stab wounds to your chest, leg and arm. Dr. {{NAME:Hargreaves}} and Dr. {{NAME:Iyer}} repaired an injury to your heart.
Your medicines:
- Aspirin 81 mg once a day (new)
- Metoprolol tartrate 12.5 mg twice a day (new)
- Acetaminophen 1000 mg every 8 hours as needed
- Oxycodone 5 mg every 6 hours as needed for severe pain (#12 tablets)
Sternal precautions for 8 weeks: no lifting more than 10 pounds, no pushing or pulling with your arms.
Appointments:
- Trauma clinic: {{DATE:Tuesday, March 4}} at 1:00 PM, {{ADDRESS:1400 W Harrison St, 3rd floor}}.
- Cardiothoracic surgery, Dr. {{NAME:Iyer}}: {{DATE:March 11}} at 9:30 AM. Echocardiogram first at 8:30 AM.
- Trauma Recovery Center (counselor Ms. {{NAME:Oyelaran}}): she will call you at {{PHONE:312-555-0154}}.
Call {{PHONE:312-555-0110}} (day) or {{PHONE:312-555-0100}} (night, ask for the trauma surgeon on call) for fever over 101.5 F, chest pain, shortness of breath or wound redness.
You can see your results at {{URL:mychart.bellwether-umc.org}}.`,
  `HOME HEALTH REFERRAL / FACE-TO-FACE ENCOUNTER
Referral date: {{DATE:09/02/2025}}   Agency: {{FACILITY:Lakeway Home Health of Chicago}}, intake fax {{FAX:(773) 555-0118}}
Pt: {{NAME:Delacroix, Augustin}}   DOB {{DATE:11/30/1967}}   MRN {{MRN:41840039}}   SSN {{SSN:318-55-7704}}
Home: {{ADDRESS:6247 N Sheridan Rd, Apt 14C}}, {{LOCATION:Chicago}}, IL {{ZIP:60660}}. Elevator bldg; doorman. Gate code not needed.
Phone: {{PHONE:312-555-0121}} (wife {{NAME:Claudette}}); pt cell {{PHONE:312-555-0138}}.
Insurance: Aetna Medicare Advantage, member {{HEALTH_PLAN:W288415507}}; group {{HEALTH_PLAN:GRP-004417}}.
F2F: I certify that this pt is under my care and that I had a face-to-face encounter on {{DATE:9/1/2025}} related to the primary reason for home health: L scapula fx and deconditioning after MVC, with ETOH withdrawal (resolved). Homebound: leaves home only with assist, requires taxing effort.
Services: SN (med mgmt, fall risk), PT 2w4, OT 1w4, MSW 1 visit (alcohol use resources).
Certifying physician: {{NAME:Anjali Ramaswamy}}, MD, NPI {{LICENSE:1073948812}}
Signature: /s/ {{NAME:A. Ramaswamy}} {{DATE:09/02/2025 16:05}}`,
  `EMPLOYEE HEALTH -- BLOOD/BODY FLUID EXPOSURE
{{DATE:09/06/2025}} 01:30   Employee: {{NAME:Sadia Rahman-Koenig}}, RN, ID {{ID:E0057442}}, {{FACILITY:Lindqvist 4 SICU}}. DOB {{DATE:12/12/1994}}. Cell {{PHONE:(872) 555-0113}}.
Exposure: percutaneous, 25g hollow-bore needle after SQ heparin, L index finger, bled freely, washed 5 min at 01:12.
Source pt: MRN {{MRN:41877750}} (name withheld from this record); source consented for rapid HIV, HBsAg, HCV Ab -- results: HIV neg, HBsAg neg, HCV Ab POSITIVE, HCV RNA pending.
Employee baseline: HBsAb 112 (immune), HIV neg, HCV Ab neg. Tdap {{DATE:2022-10-04}}.
PEP: not indicated for HIV (source neg). HCV: f/u HCV RNA at 3 wk and HCV Ab at 6 mo; no PEP available.
Workers' comp claim # {{ACCOUNT:WC-25-40772}}; OSHA 300 log entry made.
Counseled by Dr. {{NAME:Gunnar Ellingsen}}, occupational medicine. Manager {{NAME:Roxanne Pilipovic}} notified. Next visit {{DATE:9/27/25}} 07:00.`,
  `MEDICAL TOXICOLOGY CONSULT
{{DATE:09/11/2025}} 14:40   Consultant: {{NAME:Caspian Rahimi}}, MD (fellow) / Dr. {{NAME:Oluwatoyin Banjoko}}
Poison center case # {{ID:IPC-25-118840}}, SPI {{NAME:Marta Lukasiewicz}} ({{PHONE:1-800-555-0165}}).
Pt {{NAME:Zofia Kwiatkowska}}, 16F, MRN {{MRN:41889021}}, brought by mother ({{NAME:Ewa}}) after ingesting her grandmother's amlodipine and metoprolol after a fight at {{FACILITY:Talcott Academy}}; ~ 30 x 10 mg amlodipine, unknown # metoprolol 50 mg, ~ 11:00.
Vitals: HR 52, BP 78/40, glucose 212. ECG: sinus brady, QRS 92, QTc 448.
Recs: high-dose insulin euglycemia (1 u/kg bolus, then 1 u/kg/h, titrate to 10), dextrose 10% to goal glucose 100-250, K q1h; calcium gluconate 3 g; norepinephrine; consider methylene blue/ECMO if refractory -- ECMO team (Dr. {{NAME:Quintero-Haas}}) aware.
Psychiatry after medical stabilization; patient will need 1:1.
Grandmother {{NAME:Halina}} of {{LOCATION:Park Ridge}}, her pharmacy {{FACILITY:Dempster Family Pharmacy}} ({{PHONE:847-555-0158}}) confirmed fill dates.`,
  `PEDIATRIC TRAUMA REGISTRY ABSTRACT
Registry ID: {{ID:PTR-2025-0344}}   Center: {{FACILITY:HOLLIS CHILDREN'S PAVILION}} (Level I Pediatric)
Pt name: {{NAME:Villalobos-Greene, Mateo}}   MRN {{MRN:41836604}}   DOB {{DATE:03/08/2016}}   Age 9 y
Residence ZIP {{ZIP:60647}}   County: {{LOCATION:Cook}}   Injury ZIP {{ZIP:60647}}
Injury date {{DATE:07/12/2025}}, time 15:25 (est). Arrival {{DATE:07/12/2025 16:02}}.
E-code: V00.141A (fall from standing e-scooter). Activity: recreation. Helmet: no.
Prehospital: private vehicle (father). GCS arrival 15; SBP 112; RR 20.
Injuries / AIS: 140630.3 EDH small (AIS 3); 150200.2 temporal bone fx (AIS 2); skin abrasions (AIS 1). ISS 10 (head 3, external 1).
PICU LOS 1 d, hosp LOS 3 d. Discharged {{DATE:07/15/2025}} home.
TQIP peds process measures: CT head within 1 h of arrival -- yes (16:40).
Registrar: {{NAME:Nkechi Afolabi-Hart}}, CSTR, {{EMAIL:nafolabi@hollischildrens.org}}; validator {{NAME:D.M.}}`,
  `TRANSFER (REPATRIATION) NOTE -- SYSTEM HOSPITAL
From: {{FACILITY:BUMC}} {{FACILITY:Marchetti 6}} -> To: {{FACILITY:Bellwether South Hospital}}, medical floor {{FACILITY:Gorski 3}}
{{DATE:9/19/2025 11:20}}
Pt {{NAME:Farzaneh Hakimi}}, 71F ({{FACILITY:BW South}} MRN {{MRN:S0193384}}, {{FACILITY:BUMC}} MRN {{MRN:41901174}}), transferred to us {{DATE:8/24}} for SDH expansion -> R craniotomy {{DATE:8/24}} (Dr. {{NAME:Solberg}}), R hip hemiarthroplasty {{DATE:8/29}} (Dr. {{NAME:Lisk}}). Now stable, awaiting SNF; family prefers to be closer to home in {{LOCATION:Orland Park}}.
Accepting hospitalist at {{FACILITY:BW South}}: Dr. {{NAME:Rutendo Chikwanha}}. Nurse-to-nurse report {{NAME:Akua}} -> {{NAME:Dmitri}} 10:55 at {{PHONE:708-555-0146}}.
Active issues: AF on apixaban (resumed POD 14 per NSGY), delirium resolved, WBAT RLE, staples out {{DATE:9/12}}.
Follow-up: NSGY clinic {{DATE:10/14/2025}}; ortho {{DATE:10/10/2025}}.
Transport: {{FACILITY:SwiftCare Medical Transport}} BLS.`,
  `PSYCHIATRY C-L FOLLOW-UP -- CAPACITY EVALUATION
{{DATE:09/24/2025}}   {{FACILITY:Lindqvist 4 SICU}} bed 11   Consultant: {{NAME:Tamsin Achebe-Larkin}}, MD
Pt: {{NAME:Gutierrez, Porfirio}}, 59M, MRN {{MRN:41910066}}, HD 9 after assault with pipe near {{ADDRESS:S Pulaski Rd & W 31st St}}; TBI (bifrontal contusions), facial fx, trach {{DATE:9/20}}.
Question: capacity to refuse PEG and to leave AMA.
Interpreter: Spanish, in person, {{NAME:Maricela Fuentes}} (ID {{ID:IN-2271}}); pt communicates with Passy-Muir valve.
Exam: oriented to self and hospital, not date (says {{DATE:June 2020}}); CAM-ICU positive (inattention). Cannot describe risks of refusing nutrition or paraphrase alternatives.
Opinion: lacks capacity for these decisions at this time; likely fluctuating, reassess in 48-72 h. Frontal disinhibition contributing.
Surrogate: wife {{NAME:Ofelia Gutierrez}} ({{PHONE:773-555-0189}}) per IL Health Care Surrogate Act; she agrees with PEG.
Recs: quetiapine 25 mg qHS + 12.5 mg q8h prn agitation; avoid benzodiazepines; sitter; family photos at bedside; cognitive rehab eval.
Note cc'd to Dr. {{NAME:Kwabena Asante}} and to ethics (Dr. {{NAME:Bartholomew Seong}}) FYI.`,
  `SOCIAL WORK -- HUMAN TRAFFICKING RISK ASSESSMENT
{{DATE:10/02/2025}} 21:15   ED, rm 18   SW: {{NAME:Ines Marchetti-Woolf}}, LCSW (pager {{PHONE:4-5530}})
Pt: registered as "{{NAME:Jane Doe Tango 7}}" at her request; states name is "{{NAME:Lina}}", age 17 per pt, no ID. Presented with older male "cousin" who left when asked to step out.
Indicators: not in control of own phone/documents, tattoo of a crown with "{{NAME:KING D}}" on L wrist (branding), scripted answers, reports working at a "massage place" at {{ADDRESS:N Lincoln Ave & W Foster Ave}} ({{FACILITY:Golden Lotus Spa}}), living there.
Medical: STI testing, pregnancy neg, old healing contusions.
Actions: pt declined police contact; as pt is a minor -> mandated DCFS hotline report {{DATE:10/2/25}} 21:40, SCR # {{ID:2510-0094417}}. Contacted {{FACILITY:Anti-Trafficking Response Team of Chicago}} advocate {{NAME:Rosalind Ikeda}} {{PHONE:312-555-0123}}. Security notified to watch for male companion; description given (no photo). Car he left in: black SUV, IL plate {{VEHICLE:AL 90217}}.
Pt's mother reportedly in {{LOCATION:Chisinau}}; pt gave number {{PHONE:+373 69 555 012}} -- not called at pt's request.`,
  `VASCULAR SURGERY CONSULT
{{DATE:10/07/2025}} 00:50   Requested by: Trauma (Dr. {{NAME:Al-Amin}})
Pt: {{NAME:DeAndre Whitcombe-Ellis}}, 24M, MRN {{MRN:41925550}}, GSW R thigh at {{ADDRESS:W 69th St and S Damen Ave}} ~00:05, tourniquet by police Ofc {{NAME:Brzezinski}} (#{{ID:20991}}) at 00:09 (time written on TQ).
Exam: TQ on R proximal thigh, total TQ time 45 min at exam. Hard signs: expanding hematoma before TQ per EMS. Entry wound medial thigh, exit lateral. Distal pulses absent with TQ on.
CTA: R SFA transection mid-thigh, R femoral vein injury, no bony injury.
Plan: OR now -- R SFA repair (reversed GSV interposition from L leg vs shunt first), femoral vein repair/ligation, 4-compartment fasciotomy. Heparin 5000 u IV at cannulation if no contraindication (no TBI, no solid organ injury).
Consent: pt, with aunt {{NAME:Lorraine Ellis}} ({{PHONE:773-555-0131}}) at bedside.
Attending Dr. {{NAME:Kehinde Adebisi-Clarke}} to OR 3. Fellow: {{NAME:Rohan Mahadevan}}, MD`,
  `ICU FAMILY MEETING NOTE
{{DATE:Oct 14, 2025}} 16:00-16:55   Family conference room, {{FACILITY:Ashby 10}}
Pt: {{NAME:Halloran, Fintan}}  MRN {{MRN:41933318}}  HD 12 after fall from scaffold at work site ({{FACILITY:Kerrigan Brothers Masonry}}, job at {{ADDRESS:1120 S Michigan Ave}}).
Present: sister {{NAME:Siobhan Halloran-Roche}} (HCPOA, flew from {{LOCATION:Dublin}}), brother-in-law {{NAME:Padraig Roche}}, friend {{NAME:Tomasz}}; Dr. {{NAME:Kwabena Asante}} (ICU), Dr. {{NAME:Oyelaran}} (NSGY), palliative NP {{NAME:Hollis Grant-Abioye}}, SW {{NAME:Ostrowski}}, RN {{NAME:Bettina Kohl}}; interpreter not needed.
Medical update: severe diffuse axonal injury, persistent GCS 5T (E1VTM4) off sedation x5 d, MRI with brainstem lesions; prognosis for meaningful recovery very poor.
Values: per sister, pt said after their father's stroke in 2019 he "would never want to live on machines."
Decision: transition to comfort-focused care; DNR today; terminal extubation planned {{DATE:10/16}} after family from {{LOCATION:Galway}} arrives. Chaplain and Father {{NAME:Eamon Quigley}} of {{FACILITY:Holy Wells Parish}} to be present.
Time spent 55 min, > 50% counseling. -- {{NAME:K. Asante}}, MD`,
  `[**{{DATE:2151-3-3}}**] 2:14 AM
CT HEAD W/O CONTRAST            Clip # [**{{ID:Clip Number (Radiology) 33187}}**]
Reason: 83 y/o F fall from standing at [**{{FACILITY:Location (un) 5132}}**] nursing home, on coumadin, eval ICH
Admitting Diagnosis: SUBDURAL HEMATOMA
______________________________________________________________________________
FINAL REPORT
INDICATION: Fall, anticoagulated. Patient transferred from [**{{FACILITY:Hospital 1456}}**].
COMPARISON: Outside CT [**{{DATE:2151-3-2}}**] from [**{{FACILITY:Hospital3 2217}}**].
FINDINGS: Mixed-density left holohemispheric subdural collection measures 14 mm (previously 9 mm), with 7 mm rightward midline shift (previously 3 mm). Effacement of left lateral ventricle. No uncal herniation. Basal cisterns patent. Old right cerebellar lacune. Calvarium intact. Mastoids clear.
IMPRESSION: Enlarging left acute-on-chronic SDH with increased mass effect. Findings discussed with Dr. [**{{NAME:Last Name (STitle) 8810}}**] by Dr. [**{{NAME:First Name (STitle) 2041}}**] [**{{NAME:Last Name (NamePattern1) 2042}}**] at 2:25 AM on [**{{DATE:2151-3-3}}**].
DR. [**{{NAME:First Name (STitle) 2041}}**] [**{{NAME:Last Name (NamePattern1) 2042}}**]
DR. [**{{NAME:First Name8 (NamePattern2) 339}}**] [**{{NAME:Last Name (NamePattern1) 340}}**]  Approved: [**{{DATE:2151-3-3}}**] 8:02 AM`,
  `Record #{{MRN:882104}}
{{FACILITY:CALLOWAY REGIONAL TRAUMA CENTER}}
TRAUMA SURGERY PROGRESS NOTE
{{DATE:11/04/2092}}
HD#3
SUBJECTIVE: Mr. {{NAME:Elkins}} reports pain is better controlled; passed flatus. Wife {{NAME:Marnie}} visited last evening, asks about his job at {{FACILITY:Kedzie Street Metalworks}}.
OBJECTIVE: T 99.1, HR 88, BP 132/80, RR 16, SpO2 97% on room air. Abdomen soft, incision C/D/I, JP with 60 cc serosanguinous. L chest tube removed yesterday, CXR this AM no PTX.
Labs: WBC 9.8, Hgb 10.4, Cr 0.9, lipase 210 (down from 640).
ASSESSMENT/PLAN: 38M s/p blunt abdominal trauma (handlebar injury) with pancreatic tail contusion, grade II, and L hemothorax.
1. Pancreas: advance to clears; recheck lipase in AM; JP amylase tomorrow.
2. Chest: IS, ambulate.
3. Pain: transition to PO.
4. Dispo: likely home {{DATE:11/07}} if tolerating diet. f/u with Dr. {{NAME:Zacharias Pell}} in clinic.
{{NAME:NAOMI R. BRUNSWICK}}, M.D.
{{NAME:NB}}/{{NAME:tk}}  DD: {{DATE:11/04/92}}  DT: {{DATE:11/05/92}}  Batch: {{ID:60217}}`,
  `ADULT PROTECTIVE SERVICES REPORT -- SOCIAL WORK NOTE
{{DATE:11/11/2025}} 10:20   SW: {{NAME:Oyinkansola Bright}}, MSW   ED rm 27
Pt: Mrs. {{NAME:Theodosia Abernathy}}, {{AGE:91}}F, MRN {{MRN:30044719}}; brought by neighbor {{NAME:Clarence Toomey}} ({{PHONE:773-555-0102}}) who found her on floor of her home at {{ADDRESS:7015 S Euclid Ave, 1st fl}}, {{LOCATION:Chicago}} {{ZIP:60649}}.
Findings: stage 3 sacral PI, dehydration (Na 152), bruises of varying ages bilat upper arms, unkempt; reports her grandson {{NAME:Dwight Abernathy}}, 34, who lives with her, "takes my check and leaves for days." Pt's SSA/SSI benefits and her pension from {{FACILITY:Great Lakes Steel Works}} reportedly deposited to a joint bank account (acct {{ACCOUNT:1004-338-4471}}).
Capacity: pt A&Ox3, consistent; wants to go home but "with help."
Actions: APS report via state hotline {{DATE:11/11/25}} 10:05, intake # {{ID:APS-25-CK-61120}}; caseworker Mr. {{NAME:Obafemi}} to visit in 24 h. Police well-being check of home requested (Ofc {{NAME:Szczepanski}} #{{ID:13307}}).
Admit to medicine for dehydration/PI; plan SNF vs home with services. Niece {{NAME:Lavinia Crump}} in {{LOCATION:Memphis}}, {{PHONE:901-555-0140}}, wishes to be involved.`,
  `NEUROSURGERY OPERATIVE NOTE
Date: {{DATE:11/19/2025}}   OR 12   Surgeon: {{NAME:Ingrid Solberg}}, MD   Assistant: {{NAME:Babajide Oyelaran}}, MD (chief resident)
Patient: {{NAME:Quarshie, Nana Ama}}   MRN {{MRN:41960283}}   34F
Preop dx: L temporal EDH (38 mL) with 5 mm MLS after assault with a brick at {{ADDRESS:E 47th St & S Cottage Grove Ave}}.
Procedure: L frontotemporoparietal craniotomy for evacuation of epidural hematoma; middle meningeal artery coagulation; dural tack-ups.
Anesthesia: GETA (Dr. {{NAME:Nakamura-Bloom}}). Neuronavigation used (StealthStation, system SN {{DEVICE:SS8-0041187}}).
Findings: 40 mL clot, active bleeding from MMA branch at fracture line. Dura intact. Brain relaxed after evacuation.
Bone flap replaced with titanium plates (lot 22K1187, CMF low-profile) ; subgaleal drain.
EBL 250 mL. No transfusion. Specimens: none. Counts correct.
Post-op: {{FACILITY:Thayer 8 Neuro ICU}}; CT head 6 h; SBP < 160; Keppra 500 BID x7 d.
Spoke with pt's husband {{NAME:Kojo Quarshie}} and her sister {{NAME:Efua}} in waiting area at 04:10; husband phone {{PHONE:(773) 555-0172}}.
{{NAME:IS}}/{{NAME:bo}}`,
  `TRAUMA CLINIC FOLLOW-UP
{{DATE:12/01/2025}}   {{FACILITY:Bellwether Trauma & Acute Care Surgery Clinic}}, {{ADDRESS:1400 W Harrison St, 3rd floor}}
Provider: {{NAME:Anita Szabo}}, APRN   Supervising: Dr. {{NAME:Vivian Oduya}}
Pt: {{NAME:Kowalczyk-Amari, Deshawn}}  DOB {{DATE:10/15/1992}}  MRN {{MRN:41670042}}
Interval: 12 wk s/p ex lap and splenectomy after MVC ({{DATE:3/2/2025}}); returned to work at {{FACILITY:O'Hare Cargo Handlers Inc.}} 2 wk ago, light duty.
Vaccines: PCV20 given {{DATE:3/16/25}}; MenACWY/MenB series -- 2nd MenB due today, given L deltoid (lot 7KJ22, exp 08/2026). Hib done.
Wound healed; small umbilical-area incisional bulge on Valsalva, 1.5 cm fascial defect -- refer to hernia clinic (Dr. {{NAME:Bhattacharya}}).
Mental health: PCL-5 = 19 (down from 38). Continues counseling with Dr. {{NAME:Hosseini}}.
Pt requests disability form for employer and work note -- completed; faxed to HR {{FAX:847-555-0127}} attn: {{NAME:Lorna Whitby}}.
Next: PRN; asplenia card and medical alert bracelet recommended. Pt email for portal: {{EMAIL:dkamari92@mailbox-example.net}}.`,
  `ED NOTE -- PEDESTRIAN STRUCK IN PARKING GARAGE
{{DATE:Sat 12/13/2025}} 11:48   Attending {{NAME:Beatrix Lowenthal}}, MD; PA {{NAME:Noor Al-Sayegh}}
Pt {{NAME:Ruth-Ellen Szymborski}}, 86F, MRN {{MRN:30068125}}, struck by reversing car in level 3 of the {{FACILITY:Lindgren Tower garage}}, {{ADDRESS:861 N Rush St}}, ~11:05; knocked down, hit head on concrete. Not on anticoagulants; on clopidogrel 75 mg.
Driver {{NAME:Howard Liebowitz}}, 79, stayed on scene; his car: white 2019 Buick, IL plate {{VEHICLE:HP 2287 LB}}, VIN {{VEHICLE:KL4CJASB9KB712004}}. Garage attendant {{NAME:Yusuf}} called 911. Officer {{NAME:Dziedzic}} badge {{ID:18124}}, traffic crash report # {{ID:JH-571930}}.
Exam: GCS 15, 4 cm occipital hematoma, L wrist deformity, L hip pain w/ ROM, pelvis stable.
Imaging: CT head neg; CT C-spine neg; XR L wrist: Colles fx; CT pelvis: L nondisplaced superior pubic ramus fx.
Plan: closed reduction + sugar-tong splint L wrist (hematoma block); geriatric trauma admission; PT eval; hold clopidogrel x24 h (cardiology, Dr. {{NAME:Mwangi}}, agrees).
Pt's son {{NAME:Adam Szymborski}} ({{PHONE:312-555-0153}}) arriving from {{LOCATION:Skokie}}. PCP Dr. {{NAME:Helena Voskuijlen}}.`,
  `ED NURSING NOTE -- LEGAL BLOOD DRAW (DUI)
{{DATE:12/20/2025 01:42}}   ED rm 5
Pt: {{NAME:Brandon K. Eckhart}}, 31M, MRN {{MRN:41988430}}, driver in single-vehicle crash into light pole at {{ADDRESS:N Clark St and W Belden Ave}}; minor injuries (chin lac, seat-belt abrasion).
Officer {{NAME:Tamara Wojciechowski}}, star #{{ID:19240}}, presented written request for legal blood draw; pt under arrest (DUI). Pt's IL driver's license {{LICENSE:E263-4418-7702}} held by officer. Vehicle: grey 2021 Toyota, plate {{VEHICLE:DL 71820}}, towed.
Kit: ISP DUI kit # {{ID:DUI-25-0088314}}, exp 2027. Draw by RN {{NAME:Ngozi Umeh-Prescott}} at 01:50 from R AC, betadine-free prep (chlorhexidine), 2 gray-top tubes; sealed in presence of officer; chain of custody signed 01:55.
Separate medical ETOH (ordered by Dr. {{NAME:Whitford}}): 212 mg/dL, drawn 01:20.
Chin lac 2.5 cm repaired by PA {{NAME:Al-Sayegh}}, 5-0 Prolene x5.
Pt discharged to police custody 03:30 with Officer {{NAME:Wojciechowski}} and partner P.O. {{NAME:Garza}} #{{ID:12673}}; suture removal 5 d at any clinic.`,
  `RESEARCH NOTE -- EXCEPTION FROM INFORMED CONSENT (EFIC) TRIAL ENROLLMENT
{{DATE:12/27/2025}}   Trial: prehospital whole blood vs component therapy (NCT05544812; protocol v4.1, IRB #2024-1187)
Subject: {{NAME:TRAUMA OSCAR 3}} -> identified as {{NAME:Leopold Mbeki-Sandoval}}, MRN {{MRN:41994176}}, study ID {{ID:WB-CHI-0217}}.
Enrolled by Medic 44 crew under EFIC at {{ADDRESS:W Roosevelt Rd & S Kostner Ave}}, {{DATE:12/26/2025 22:10}}; randomized arm concealed.
Notification: LAR (mother {{NAME:Celestine Mbeki}}) informed in person {{DATE:12/27/2025 09:40}} by research coordinator {{NAME:Farhan Qureshi}}, CCRP, with French interpreter ({{NAME:Aurelie}}, ID {{ID:IN-4410}}); given option to withdraw -- chose to continue. Signed continuation form scanned.
Opt-out bracelet: not worn.
Coordinator contact: {{PHONE:312-555-0145}}, {{EMAIL:fqureshi@bellwether-umc.org}}. PI: Dr. {{NAME:Yusuf Al-Amin}}.
Data entered in REDCap at {{URL:https://redcap.bellwether-umc.org/surveys/?s=WB0217}} from workstation {{IP:10.44.90.12}}.`,
  `discharge summary (resident draft)
pt: {{NAME:villeneuve, kassandra}}   mrn {{MRN:40277135}}   dob {{DATE:5/5/01}}
adm {{DATE:12/18/24}}  d/c {{DATE:1/9/25}}   attending: dr {{NAME:al-amin}}   resident: {{NAME:h. park-odum}}
dx: rollover mvc w/ ejection -- gr iv liver lac s/p angioembo x2, apc ii pelvic fx s/p si screw ({{DATE:12/20}}, dr {{NAME:pemberton-hale}}), t12 chance fx s/p t11-l1 perc fixation ({{DATE:12/23}}, dr {{NAME:solberg}}), r pulm contusion.
course: icu {{DATE:12/18}}-{{DATE:12/27}}. bile leak {{DATE:12/29}} -> ercp + stent (dr {{NAME:mukherjee}}). tolerating diet, ambulating w/ walker, wbat lle per ortho.
incidental l adrenal nodule -- needs outpt f/u (pcp informed).
meds: apixaban 2.5 bid x 30d (vte ppx), oxycodone 5 q6h prn #20, apap, senna.
f/u: trauma clinic 2 wk, gi for stent pull 6 wk, ortho 2 wk, nsgy 6 wk.
d/c to home with mother {{NAME:odile}} at {{ADDRESS:4907 n kenmore ave apt 3}}, {{LOCATION:chicago}} {{ZIP:60640}}. mom phone {{PHONE:773 555 0196}}.
home pt via {{FACILITY:lakeway home health}}.`,
  `TRAUMA H&P -- LEVEL II ACTIVATION, UPGRADED TO LEVEL I
{{DATE:01/03/2026 17:26}}   Bay 3
Pt: {{NAME:Jaquan}} "{{NAME:Quan}}" {{NAME:Pettiford}}, 19M, MRN {{MRN:42001108}}, DOB {{DATE:09/09/2006}}
HPI: multiple GSWs while walking home from {{FACILITY:Marshall Square fieldhouse}} near {{ADDRESS:S Kedzie Ave & W Cermak Rd}}, ~17:05. Brought by private vehicle driven by friend {{NAME:Darnell}}; car (maroon sedan, plate {{VEHICLE:CN 55109}}) left in ambulance bay with bullet hole in door, held by police.
Injuries: GSW L buttock (no exit), GSW R forearm through-and-through, graze L scalp. Upgraded to Level I at 17:31 for hypotension 86/54.
Workup: FAST neg. Proctoscopy: blood in rectum -> CT w/ rectal contrast: extraperitoneal rectal injury, bullet in presacral space.
Plan: OR -- diverting loop sigmoid colostomy (Dr. {{NAME:Hargreaves}}); R forearm XR: nondisplaced ulnar shaft fx (nightstick-type pattern) -> splint, ortho f/u.
Violence intervention: {{FACILITY:Bellwether Violence Recovery Program}} specialist {{NAME:Tyrell Banks-Oduya}} paged ({{PHONE:312-555-0161}}). Pt's mother {{NAME:Lashonda Pettiford}} arrived 18:10; grandmother at {{ADDRESS:2740 S Christiana Ave}}.
Police: Area 4 Det. {{NAME:Ruiz-Carrasco}} #{{ID:21380}}; RD# {{ID:JJ-100452}}.
Resident: {{NAME:Chiamaka Obi}}, MD (PGY-2)`,
  `OMFS CONSULT
{{DATE:1/10/2026}} 22:30   {{NAME:Abernathy}}, DDS, MD (attending); {{NAME:Soo-ah Lim}}, DMD (OMFS-3)
Pt {{NAME:Fitzgerald, Odhran}}, 28M, MRN {{MRN:42009961}}. Punched multiple times at {{FACILITY:the Kingfisher Lounge}} on {{ADDRESS:N Halsted St}} around 21:00; + LOC briefly per friend {{NAME:Cian Molloy}} ({{PHONE:312-555-0169}}).
Exam: malocclusion (anterior open bite), step-off between #22 and #23, gingival lac at #23-24 (open fx), paresthesia L lower lip (V3). TMJ: L preauricular TTP. Teeth #8 and #9 mobile (class II), #24 avulsed -- tooth not recovered.
CT face: L parasymphyseal mandible fx (open) + R subcondylar fx, minimally displaced.
Plan: ORIF L parasymphysis + MMF with arch bars, possible closed tx of R condyle; OR tomorrow AM with Dr. {{NAME:Abernathy}}. Unasyn 3 g IV q6h, chlorhexidine 0.12% rinse. NPO after midnight.
Pt a bartender at {{FACILITY:Galway Arms Pub}}; works nights. Will need liquid diet 4-6 wk, wire cutters at bedside.
Police: pt declined report. Pt's girlfriend {{NAME:Aoife}} texted ED at {{PHONE:872-555-0184}}.`,
  `MASS CASUALTY INCIDENT -- ED TRIAGE NURSING LOG (ALL CAPS PER DOWNTIME FORM)
MCI DECLARED {{DATE:01/17/2026 08:12}}, MULTI-VEHICLE PILEUP ON {{ADDRESS:I-90/94 AT OHIO ST RAMP}} IN ICE STORM.
INCIDENT COMMANDER (ED): DR. {{NAME:ADAEZE NWACHUKWU}}. TRIAGE OFFICER: RN {{NAME:MARGUERITE OSEI-BRANDT}}.
TAG {{ID:4471}} (RED) -- UNKNOWN FEMALE "{{NAME:TRAUMA ALPHA 1}}", ~50S, INTUBATED BY EMS, TO BAY 1.
TAG {{ID:4472}} (RED) -- {{NAME:RASHID, IMRAN}}, 44M, MRN {{MRN:42011270}}, OPEN FEMUR FX, TO BAY 2.
TAG {{ID:4473}} (YELLOW) -- {{NAME:TRAUMA ALPHA 3}}, CHILD ~8, WITH MOTHER; ARM DEFORMITY, TO PEDS ED.
TAG {{ID:4474}} (YELLOW) -- {{NAME:KRISTOFFERSEN, BENTE}}, 67F, MRN {{MRN:42011288}}, CHEST PAIN, SEAT BELT SIGN.
TAG {{ID:4479}} (GREEN) -- {{NAME:DWAYNE P. OKAFOR-JENKINS}}, BUS DRIVER FOR {{FACILITY:LAKEFRONT COACH LINES}}, NECK PAIN; BUS #{{VEHICLE:LCL-2209}}.
TAG {{ID:4481}} (BLACK) -- PRONOUNCED ON SCENE, TO ME; NOT TRANSPORTED.
FAMILY REUNIFICATION CENTER OPENED IN {{FACILITY:GANSETT AUDITORIUM}}, HOTLINE {{PHONE:312-555-0199}}.
MCI STAND-DOWN 11:40. LOG KEPT BY {{NAME:T. HOLLOWAY}}, RN.`,
  `UROLOGY CONSULT
{{DATE:01/24/2026}} 13:05   Consultant: {{NAME:Matthias Svensson-Abiodun}}, MD
Pt: {{NAME:Kristoffersen, Bente}}  MRN {{MRN:42011288}}  67F  HD 7 after MCI pileup {{DATE:1/17}}
Reason: gross hematuria + rising Cr after R grade IV renal lac managed non-op.
Hx: R kidney injury (collecting system involvement) on initial CT; f/u CT {{DATE:1/23}}: enlarging urinoma 7 cm, no active extravasation, ureter not opacified distally.
Labs: Cr 1.5 (baseline 0.8), Hgb 9.6 stable, UA > 50 RBC.
Plan: cystoscopy + R retrograde pyelogram + R ureteral stent (6 Fr x 26 cm) today, Foley x 48 h; perc drain by IR if urinoma persists. Stent removal 4-6 wk -- stent log entry {{ID:STL-26-0071}}.
Pt is a visiting professor from {{LOCATION:Bergen}} at {{FACILITY:Lakeview Polytechnic Institute}}; daughter {{NAME:Ingvild}} flying in, email {{EMAIL:ingvild.k@norsk-mail-example.no}}. Pt's US address: {{ADDRESS:5532 S Kimbark Ave, Unit 2}}, {{ZIP:60637}}.
Travel insurance case # {{ACCOUNT:TI-880412-B}}.`,
  `PEDIATRIC ED -- DOG BITE
{{DATE:02/07/2026}} 15:10   Attending Dr. {{NAME:Naledi Khumalo}}; plastics Dr. {{NAME:Ouellette-Sato}}
Pt: {{NAME:Zainab Oyewole-Fitch}}, 6F, MRN {{MRN:42023357}}, DOB {{DATE:01/02/2020}}
HPI: bitten on L cheek and L forearm by neighbor's dog (pit bull mix) in the yard at {{ADDRESS:1923 W Cullerton St}} ~14:20. Dog owner {{NAME:Raymond Szot}}, {{PHONE:312-555-0179}}; rabies vaccination current per owner's certificate.
Exam: L cheek 3 cm stellate lac + 2 punctures, no parotid duct or facial nerve involvement (smile symmetric, Stensen's duct clear). L forearm 4 punctures, no tendon involvement.
Tx: irrigation 1 L NS, cheek layered closure by plastics under procedural sedation (ketamine 1.5 mg/kg IV, 15:50-16:25), forearm left open. Amox-clav 45 mg/kg/day div BID x5 d. Tetanus UTD. Rabies PEP not indicated -- dog vaccinated, 10-day observation.
Report: {{LOCATION:Chicago}} Animal Care & Control bite report # {{ID:ACC-26-00417}}, faxed {{FAX:312-555-0183}}.
Mother {{NAME:Folasade Oyewole}} ({{PHONE:773-555-0125}}) present; pt goes to {{FACILITY:Pilsen Montessori Academy}}.`,
  `icu transfer note -- sicu -> floor
{{DATE:2/14/26}} 1530   from {{FACILITY:lindqvist 4}} bed 3 to {{FACILITY:okonkwo 5}} rm 522
pt {{NAME:rashid, imran}} 44m mrn {{MRN:42011270}} -- mci pileup {{DATE:1/17}}, open L femur fx s/p ex-fix -> imn ({{DATE:1/19}}, dr {{NAME:pemberton-hale}}), fat embolism syndrome w/ hypoxemia + petechiae, intubated {{DATE:1/18}}-{{DATE:1/25}}, trach not needed.
now: ra, sats 96, ambulating 50 ft w/ pt. hgb 9.9. tolerating reg diet (halal tray).
lines: picc R basilic (placed {{DATE:1/21}}), foley out.
meds: enoxaparin 40 bid, apap, oxy prn, sertraline 50 (started by psych for acute stress d/o).
social: works as rideshare driver; car was totaled (plate {{VEHICLE:RZ 4410}}), insurer claim # {{ACCOUNT:PRG-26-7710459}}. wife {{NAME:nusrat}} ({{PHONE:847 555 0187}}) + brother {{NAME:kamran rashid}} from {{LOCATION:lahore}} visiting. urdu interpreter used for wife (mr. {{NAME:siddiqui}}, id {{ID:IN-5103}}).
pending: ortho f/u re: weight bearing, pt/ot, cm for home.
hand-off to floor rn {{NAME:leilani kahananui}} by {{NAME:j. abernathy-quinn}} rn.`,
  `DISCHARGE SUMMARY
Patient: {{NAME:Oswaldo Peralta-Kim}} (admitted as "{{NAME:Trauma Zulu 14}}")   MRN {{MRN:40881227}}   DOB {{DATE:July 30, 1987}}
Admitted: {{DATE:03/09/2024}}   Discharged: {{DATE:04/12/2024}}   Service: Trauma Surgery, Dr. {{NAME:Haverford}}
Mechanism: pedestrian struck at {{ADDRESS:W Division St & N Kedzie Ave}}. Identified on HD 2 via fingerprints and his sister {{NAME:Lucia Peralta}}'s missing-person report (incident {{ID:RD-24-118842}}).
Injuries: grade IV liver lac (hepatorrhaphy + packing {{DATE:3/9}}, closure {{DATE:3/11}}), R femur shaft fx (IMN {{DATE:3/11}}), R 2-5 rib fx, TBI with small SAH (nonop), L flank degloving (Morel-Lavallee, drained).
Complications: VAP (MSSA), treated; delirium; R DVT (on apixaban).
Disposition: acute rehab at {{FACILITY:Whitcombe Rehabilitation Institute}}.
Follow-up: trauma clinic {{DATE:4/26/24}}; ortho {{DATE:5/3/24}}; TBI clinic Dr. {{NAME:Solberg}}.
Contacts: sister {{NAME:Lucia}} {{PHONE:(773) 555-0111}}; pt's employer {{FACILITY:Kedzie Avenue Bakery}}.
Attending attestation: {{NAME:Nathaniel Haverford}}, MD, {{DATE:04/12/2024 15:47}}`,
];

export const HELDOUT_REALISTIC_60_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout60-${i + 1}`, n));
