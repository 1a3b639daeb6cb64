// A forty-first held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns, cities and counties
// are real places used only as LOCATION). Its flavour is a large integrated health system in
// California (Bay Area, Los Angeles, Central Valley, San Diego): telehealth video visits with visit
// links, session ids and IP addresses in audit lines, patient portal message threads, nurse advice
// line calls, interpreter-assisted visits (Spanish, Vietnamese, Tagalog, Punjabi, Cantonese,
// Armenian) with interpreter names and ids, primary care, OB, pediatrics, mental health, oncology
// infusion, home health, pharmacy refill requests, referral and authorization notes between the
// system's own medical centers (written out and as abbreviations such as OAK, FRE, SDMC) and outside
// hospitals, employers (tech companies, farms, warehouses, schools) and apartment addresses with
// unit numbers. Case is mixed on purpose: Title case, ALL CAPS headers and whole notes, and
// lower-case nursing and pharmacy shorthand. Sources of variety: many date shapes (04/12/2024,
// 4/12/24, 12-Apr-2024, April 12, 2024, 2024-04-12 10:02:41 audit stamps, 4/12, Apr 2024, weekday
// with date), many number kinds (MRN, Medi-Cal CIN and plan member ids, HAR/billing accounts,
// referral and auth numbers, NPI and licences, device serials, plates), and look-alike non-PHI
// (eponyms such as Parkinson's, Foley, Apgar, Braxton Hicks, Edinburgh scale; drug names and doses;
// lab values; scores; device models; lot and NDC numbers; rooms, chairs and beds; CPT/ICD codes;
// years and weekdays alone; clock times; ages of 89 and under; states and countries; payers).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// credentials (Dr., Mrs., Sra., Dra., MD, RN, CNM) and field labels stay outside spans, as do
// honorifics in other languages (lola, bà ngoại, Chào chị) and "Baby Boy"; a time attached to a
// full date is part of it (04/08/2024 08:15, 2024-03-14 10:02:41), a time in its own field or
// after "at" is not, nor is a shift range; a weekday written with a date is part of it (Sun
// 4/7/2024 9:48 PM, martes 3 de octubre); a date range written as one token (5/14-5/19) is one
// DATE span; a month with a year (Nov 2023, 03/2023) is a DATE, a year alone is not; ages of 89
// and under are not PHI, 90 and over are AGE (number only). Payers (Medi-Cal, Medicare, Blue
// Shield, Anthem, the health plan as payer), state and federal agencies and programs (DMHC, CDPH,
// Cal/OSHA, DMV, CalFresh, CIF) and the portal app name (MyCrest) are not PHI. The health system
// itself (Pacific Crest Health), its medical centers, MOBs, clinics, pharmacies, programs and
// wards or buildings with a proper name (Torrey Pines 5, Cedar Pavilion, Sycamore Unit) and their
// abbreviations (OAK, FRE, SDMC, MOD, RSV, ONT6) are FACILITY, as are outside hospitals, schools
// and school districts, employers, daycares, churches, senior centers, libraries, restaurants,
// legal-aid groups, interpreter vendors, labs, DME, ambulance, ride and home-care agencies; plain
// ward/room/bed/chair numbers (5W-512A, 6 East, chair 14) and ambulance unit numbers are not.
// Cities, towns, neighbourhoods (Outer Sunset, Boyle Heights, Mission), counties and cities abroad
// are LOCATION; states and countries are not PHI. Street addresses include their unit, and an
// intersection where a person was found is ADDRESS; ZIPs are separate. MRNs (own and outside) are
// MRN; Medi-Cal CIN, Medicare MBI and plan member ids are HEALTH_PLAN; HAR, billing, claim and
// workers' comp claim numbers are ACCOUNT; NPI, DEA, state medical/RN licences, CDL and medical
// examiner registry numbers are LICENSE; plates are VEHICLE; port, pump, ICD, lead, monitor,
// ventilator, CPAP, wheelchair, scale and BP cuff serials are DEVICE; referral, authorization,
// order, accession, message-thread, video-session, ticket, incident, police report, case,
// registry, newborn-screen form, interpreter and employee ids are ID; visit links are URL; IPv4
// and IPv6 addresses are IP; short in-house extensions and pagers are PHONE; typist and signer
// initials (cw, TN/jp, SAK) are NAME; lot, NDC, CPT and ICD codes, device models, rooms, chairs
// and beds are not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.9297 / 0.9589; pass-11 engine (789a1c5) 0.9572 / 0.9507; pass-12 final engine (978114a) 0.9623 / 0.9507;
// pass-13 engine of the day (3ed9ecd) 0.9625 / 0.9571.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:PACIFIC CREST HEALTH}} - VIDEO VISIT NOTE
Pt: {{NAME:Reyes Castañeda, Marisol}}   MRN {{MRN:110482736}}   DOB {{DATE:07/22/1968}}
Visit date: {{DATE:03/14/2024}}   Dept: {{FACILITY:FRESNO MOB INTERNAL MED}}
Provider: {{NAME:Daniel Okafor}}, MD
Interpreter: Spanish, video, {{NAME:Lucia Benavides}} (ID# {{ID:SP-20917}})

Visit link sent to pt cell {{PHONE:(559) 555-0148}}: {{URL:https://vv.pacificcresthealth.org/j/7F3K-92QD}}
Audit: pt joined {{DATE:2024-03-14 10:02:41}} from IP {{IP:76.102.88.14}} (Android 13); provider joined 10:03 from {{IP:10.44.18.201}}.

S: 55yo F w/ T2DM, HTN f/u. A1c 8.9 -> 8.1 since metformin 1000 BID + glipizide 5 daily. Works packing line at {{FACILITY:Ramos Bros Farms}} in {{LOCATION:Kerman}}, 10 hr shifts, eats late. Denies hypoglycemia. Daughter {{NAME:Yesenia}} helps w/ meds.
O: BP by home cuff 148/92, 151/90. Wt 84 kg self-reported. Appears well on video, no resp distress.
A/P: HTN not at goal - add lisinopril 10 mg daily, BMP in 1-2 wk at {{FACILITY:Fresno Herndon lab}}. T2DM improving, cont. Refer DM education (Spanish class). Foot exam next in-person.
RTC 3 mo in person. Pt verbalized understanding via interpreter.
-- {{NAME:D. Okafor}} MD  e-signed {{DATE:03/14/2024 10:31}}`,

  `MyCrest Portal Message  |  Thread #{{ID:MSG-4471920}}
From: {{NAME:Tran, Thi Hoa}} (proxy for {{NAME:Nguyen, Bao Khang}}, MRN {{MRN:220917754}})
To: {{FACILITY:SJO Pediatrics}} Pool
Sent: {{DATE:Sun 4/7/2024 9:48 PM}}

hi doctor, my son {{NAME:Khang}} 3 year old have fever 102.5 since friday, give tylenol 5ml every 6 hour. he eat less but still drink milk. daycare {{FACILITY:Little Lotus Preschool}} say he cannot come back until no fever 24h. can you give note? also his brother {{NAME:Minh}} coughing. thank you. {{NAME:Hoa}} {{PHONE:408-555-0172}}

---
Reply {{DATE:04/08/2024 08:15}}  {{NAME:Jennifer La}}, RN
Chào chị {{NAME:Hoa}}, thank you for your message. Fever 3 days in a 3 yo needs to be seen. I scheduled a video visit today 11:20 AM with Dr. {{NAME:Pham}}; link will come by text. If trouble breathing, lips blue, no wet diaper in 8 hr, go to ED ({{FACILITY:Santa Clara MC}} Peds ED, {{ADDRESS:710 Lawrence Expy}}) or call 911. Acetaminophen for 15 kg = 7.5 mL of 160mg/5mL q6h, no more than 5 doses in 24h. Daycare note will be in your After Visit Summary.`,

  `NURSE ADVICE LINE - CALL RECORD
Call rec'd {{DATE:11/02/2023 02:17}}   Line: After-hours, SoCal
Caller: {{NAME:Rosario Dimaculangan}} (wife)  CB# {{PHONE:323-555-0119}}
Pt: {{NAME:Ernesto Dimaculangan}}  {{AGE:91}} y/o M  MRN {{MRN:43-118-5092}}
Lang: Tagalog via phone interpreter {{NAME:Arnel}} #{{ID:TG7743}}

CC: confusion + fever since dinner. Temp 101.8 oral. Has foley (changed {{DATE:10/25}} by {{FACILITY:Crest Home Health}} RN {{NAME:Grace Villanueva}}). Urine dark/cloudy. Not eating. Hx Parkinson's, CKD3, BPH. No falls. Breathing ok per wife, no chest pain.
Protocol: Confusion, Acute (Adult) + Urinary Catheter Problems -> disposition ED NOW.
Advised go to {{FACILITY:PCH Downey Medical Center}} ED; caller states son {{NAME:Jun}} will drive, they live at {{ADDRESS:8841 Florence Ave Apt 12}}, {{LOCATION:Downey}} {{ZIP:90240}}, ~10 min. Declined ambulance. Care advice given re: bring med list, carbidopa/levodopa schedule.
ED charge RN {{NAME:T. Okonkwo}} notified at 0231, x{{PHONE:47781}}.
Caller understood & agreed.
RN: {{NAME:Melissa Harutyunyan}}, RN`,

  `OB RETURN VISIT   {{FACILITY:Modesto MC OB/GYN Clinic}}      {{DATE:Jan 9, 2024}}
{{NAME:Kaur, Harpreet}}   31 y/o G2P1001 @ 28w3d   EDD {{DATE:04/06/2024}} (by 8wk US)
MRN {{MRN:608814327}}    Medi-Cal CIN {{HEALTH_PLAN:91837465B}}
Interpreter: Punjabi, in person, {{NAME:Gurdeep Sandhu}} (staff interp)
Husband {{NAME:Manpreet Singh}} present, works at {{FACILITY:Central Valley Almond Growers}} in {{LOCATION:Turlock}}.

Feels well, +FM, no VB/LOF/ctx. Occasional Braxton Hicks at night.
BP 118/72  Wt 68.4 kg (+1.1)  FH 28 cm  FHT 144  Urine neg/neg
1 hr GCT 152 (abn) -> 3 hr GTT ordered.  Hgb 10.4 -> start FeSO4 325 daily.
Tdap given today, L deltoid, lot U7342AA. Rhogam not needed (O pos).
EPDS 4. Discussed kick counts, PTL warning signs. Prior SVD 2021 at {{FACILITY:Manteca Riverside Hospital}}, uncomplicated.
Plan: 3hr GTT, RTC 2 wk. Delivery plan {{FACILITY:MOD}} L&D.
{{NAME:Anjali Bhatia}}, CNM`,

  `REFERRAL / AUTHORIZATION - OUTSIDE MEDICAL SERVICES
Ref #: {{ID:R-24-0091837}}        Auth #: {{ID:AUTH7719204}}
Date: {{DATE:02/20/2024}}
Member: {{NAME:LEE, WING KEUNG}}   DOB {{DATE:05/30/1951}}   MRN {{MRN:317720458}}
Plan ID: {{HEALTH_PLAN:PCH-M-00482193}}  (Medicare Advantage)
Referring: Dr. {{NAME:Sarah Whitcombe}}, Oncology, {{FACILITY:OAK}}  NPI {{LICENSE:1487256930}}
Referred to: {{FACILITY:Bayshore University Medical Center}}, Radiation Oncology, Dr. {{NAME:Kevin Marchetti}}
  ph {{PHONE:415-555-0182}}  fax {{FAX:415-555-0183}}

Service requested: SBRT consult + treatment; not available in-network ({{FACILITY:WCR}} and {{FACILITY:SRF}} rad onc cannot accommodate respiratory gating per dept chief).
Dx: C34.11 malignant neoplasm RUL, clinical stage IA2. PET/CT {{DATE:2/2/24}} no nodal uptake. PFTs FEV1 52%.
Pt speaks Cantonese only; outside site to arrange interpreter. Son {{NAME:Raymond Lee}} {{PHONE:510-555-0166}} coordinates appts.
Auth valid {{DATE:02/20/2024}} - {{DATE:05/20/2024}}: 1 consult (99205) + up to 5 fx (77373).
Approved: {{NAME:J. Ocampo}}, RN, Utilization Mgmt
{{NAME:cw}}`,

  `ONC INFUSION - NURSING    {{FACILITY:SDMC Infusion Center}}   chair 14
{{DATE:6/18/24}}  pt {{NAME:Arakelyan, Sona}}  {{MRN:551903382}}  C4D1 FOLFOX + bev
pt arrived 0815 w/ husband {{NAME:Vahe}}. armenian speaking; husband interprets per pt pref, professional interp offered & declined (documented).
port R chest (PowerPort, SN {{DEVICE:PWP5518837}}) accessed 20g 3/4", +blood return, flushed w/o diff.
VS 98.1 / 88 / 16 / 126/78  spo2 98% RA  wt 61.2 kg
labs {{DATE:6/17}}: ANC 2.1, plt 142, cr 0.8 - ok to tx per Dr {{NAME:Haddad}} (onc), spoke 0840.
premeds ondansetron 16 mg IV, dex 12 mg IV. oxaliplatin 85 mg/m2 (140 mg) over 2h, leucovorin concurrent, 5FU bolus then CADD pump x46h (pump SN {{DEVICE:CADD-77Q1843}}). bev 5 mg/kg.
neuropathy gr 1 fingertips w/ cold, reviewed cold precautions.
pump d/c {{DATE:Thu 6/20}} by {{FACILITY:Crest Home Infusion}}, RN {{NAME:Danica Flores}} to see pt at home {{ADDRESS:3350 Adams Ave #207}}, {{LOCATION:San Diego}} {{ZIP:92116}}.
d/c 1215 ambulatory w/ husband. next C5 {{DATE:7/2}}.
{{NAME:k.mendoza}} rn`,

  `BEHAVIORAL HEALTH - PSYCHIATRY INTAKE (VIDEO)
Date of service: {{DATE:September 5, 2023}}
Patient: {{NAME:Priya Venkataraman}}   DOB: {{DATE:02/11/1994}}   MRN: {{MRN:704418236}}
Pt location during visit: home, {{ADDRESS:1188 Mission St, Unit 1504}}, {{LOCATION:San Francisco}} {{ZIP:94103}} (confirmed for emergency purposes)
Clinician: {{NAME:Michael Sorensen}}, PsyD, at {{FACILITY:PCH San Francisco Mental Health Center}}
Platform audit: session {{ID:VV-230905-88142}}, pt IP {{IP:2601:646:8a00:4e1::2f}}, connect 14:00:22, disconnect 14:57:48

HPI: 29F software engineer at {{FACILITY:Quillbyte}}, referred by PCP Dr. {{NAME:Aiko Tanabe}} for anxiety and insomnia x 6 mo after layoffs on her team and heavy on-call load. GAD-7 17, PHQ-9 11, no SI/HI. Drinks 3-4 glasses wine/night. No prior psych tx. Mother in {{LOCATION:Chennai}} w/ hx depression.
MSE: casually dressed, good eye contact on camera, speech nl rate, mood "wired," affect anxious, TP linear, no psychosis.
Dx: F41.1 GAD; r/o alcohol use d/o.
Plan: sertraline 25 mg x1 wk then 50 mg; CBT-I group (Tues eves, virtual); AUDIT next visit; FMLA paperwork requested - pt to upload via portal. 988 reviewed.
F/u 4 wks video.`,

  `{{FACILITY:Crest Home Health}} - SKILLED NURSING VISIT
Pt: {{NAME:Francisco Ochoa Ruelas}}   SOC {{DATE:08/01/2023}}   Visit {{DATE:08/15/2023}}   time in 1300 / out 1350
Address: {{ADDRESS:2214 E Olive Ave, Apt B}}, {{LOCATION:Fresno}} {{ZIP:93701}}   Ph {{PHONE:559.555.0133}}
Dx: L BKA wound, DM2, PVD. Referring MD: {{NAME:Ravi Chandrasekhar}} MD ({{FACILITY:FRE}} Vascular)
Caregiver: granddaughter {{NAME:Araceli}} (speaks English); pt Spanish only, care provided in Spanish by bilingual RN.

Stump incision 8 cm, 1 cm area distal dehiscence 0.5x0.3x0.2, pink base, scant serous. No odor. Wet-to-dry changed to Aquacel Ag per order {{DATE:8/10}}.
BG log 140-220. Pt admits eating pan dulce nightly. Reviewed.
Wheelchair from {{FACILITY:Valley Medical Supply}}, serial {{DEVICE:WC-4471-0093}}, brakes loose -> called vendor.
Pain 3/10 phantom, gabapentin 300 TID.
Plan: next SN {{DATE:8/18}}, PT eval week of {{DATE:8/21}}. Notified Dr {{NAME:Chandrasekhar}} re dehiscence via inbasket.
{{NAME:Beatriz Aguilar}}, RN   Lic {{LICENSE:RN 884102}}`,

  `Rx Refill Request          rec'd {{DATE:12/27/2023 16:44}} via IVR
Patient: {{NAME:MARTIROSYAN, GAREGIN}}    DOB {{DATE:10/03/1947}}    MRN {{MRN:0093381274}}
Pharmacy: {{FACILITY:PCH Pharmacy Glendale MOB}}   ph {{PHONE:818-555-0104}}   fax {{FAX:818-555-0105}}
Requested:
  1. atorvastatin 40 mg tab   #90   last fill {{DATE:9/26/23}}
  2. tamsulosin 0.4 mg cap    #90   last fill {{DATE:9/26/23}}
  3. warfarin 5 mg tab        #30   -- last INR 3.6 on {{DATE:12/11}}, anticoag clinic managing
Pharmacist note: warfarin must route to Anticoag Svc ({{FACILITY:LAMC}} ACS, RPh {{NAME:Lilit Sarkissian}}). Pt's daughter {{NAME:Anahit}} called again, upset, says pt out of pills since Sunday. Armenian interpreter used for call back ({{NAME:Hovik}}, vendor ID {{ID:ARM-2291}}). NDC on bottle 0093-0172-01.
PCP: Dr. {{NAME:Stephen Ko}} -- approved #1, #2 x 1 yr on {{DATE:12/28/2023}}. #3 -> ACS.
{{NAME:rl}}/{{NAME:sk}}`,

  `TRANSFER CENTER LOG - {{FACILITY:Pacific Crest Health}} Regional Transfer Ctr
{{DATE:05/03/2024 22:06}} call from {{FACILITY:Sierra Foothills Community Hospital}} ({{LOCATION:Sonora}}) ED, Dr. {{NAME:Caleb Whitaker}}  {{PHONE:209-555-0157}}
Pt: {{NAME:Jorge Luis Mendívil}}  44 M  plan member # {{HEALTH_PLAN:00-7718-2246}}
Injured at work, {{FACILITY:Sierra Gold Orchards}}, fall from 12 ft orchard ladder ~1700. L calcaneus fx (Bohler angle 12), L1 compression fx ~20%, no retropulsion on OSH CT. GCS 15, neuro intact, hemodynamically stable. Tetanus updated at OSH.
Request: ortho spine + foot, in-network repatriation.
Accepted by Dr. {{NAME:Nikhil Patel}}, ortho trauma, {{FACILITY:MOD}}. Bed 5W-512A assigned by house sup {{NAME:Renee Castillo}}.
Transport: {{FACILITY:Mother Lode Ambulance}} BLS, ETA 0030. RN-RN report {{NAME:Kelsey}} (OSH) -> {{NAME:Oscar}} (5W).
Images pushed, accession {{ID:SF24-118830}}. Spanish-speaking; wife {{NAME:Yolanda}} following by car, cell {{PHONE:209-555-0190}}.
Workers comp claim # {{ACCOUNT:WC-2024-551872}} (employer to confirm).
TC RN: {{NAME:A. Bui}}`,

  `{{FACILITY:PACIFIC CREST HEALTH}}  -  {{FACILITY:LOS ANGELES MEDICAL CENTER}}
DISCHARGE SUMMARY

PATIENT: {{NAME:GUTIERREZ, ARMANDO J}}          MRN: {{MRN:0072218841}}
HAR: {{ACCOUNT:8800412297}}                     ROOM: 7N-714
ADMIT: {{DATE:02/09/2024}}     DISCHARGE: {{DATE:02/13/2024}}
ATTENDING: {{NAME:HELEN CHO-RAMIREZ}}, MD      PCP: {{NAME:OMAR FAROOQ}}, MD ({{FACILITY:PCH WEST LA MOB}})

PRINCIPAL DX: COMMUNITY ACQUIRED PNEUMONIA, LLL (J18.1)
SECONDARY: COPD, TOBACCO USE, HTN

HOSPITAL COURSE: 67 Y/O M, WAREHOUSE FORKLIFT OPERATOR AT {{FACILITY:PORTSIDE LOGISTICS}} IN {{LOCATION:CARSON}}, PRESENTED TO {{FACILITY:LAMC}} ED WITH 4 DAYS FEVER, PRODUCTIVE COUGH. CURB-65 OF 2. TREATED WITH CEFTRIAXONE/AZITHROMYCIN, TRANSITIONED TO PO AMOX-CLAV {{DATE:02/12}}. BLOOD CX NGTD. LEGIONELLA AG NEG. O2 WEANED TO RA ON HD3.
SMOKING CESSATION COUNSELING >3 MIN (99406), NICOTINE PATCH 21 MG.

DISPOSITION: HOME WITH WIFE {{NAME:CARMEN}} AT {{ADDRESS:1457 W 218TH ST APT 3}}, {{LOCATION:TORRANCE}} {{ZIP:90501}}.
FOLLOW UP: PCP IN 7-10 DAYS; CXR IN 6 WEEKS (ORDER {{ID:ORD-55193308}}).
WORK: OFF UNTIL {{DATE:02/20/2024}}, NOTE GIVEN.

DICTATED: {{NAME:H. CHO-RAMIREZ}}, MD   {{DATE:02/13/2024 15:12}}
TRANSCRIBED: {{NAME:LMT}}   {{DATE:02/13/2024 17:40}}`,

  `WELL CHILD 12 MO  -  {{FACILITY:San Jose Santa Teresa Pediatrics}}
Date: {{DATE:10/17/2023}}
Child: {{NAME:Vo, Gia Han}}   DOB {{DATE:10/09/2022}}   MRN {{MRN:228041197}}
Accompanied by: mother {{NAME:Vo Thi Thanh Tam}}, grandmother (bà ngoại)
Interpreter: Vietnamese, video remote (VRI), {{NAME:Quang Dinh}}, ID {{ID:VI-10382}}

Growth: wt 9.1 kg (40%), len 74.5 cm (55%), HC 45 cm (50%).
Dev: pulls to stand, cruises, 2 words ("ma", "bà"), pincer grasp. ASQ-3 passed all domains.
Diet: whole milk 24 oz - counseled to max 16-20 oz; rice porridge, pho broth, fruits.
Lead risk: family imports herbal remedies from {{LOCATION:Da Nang}} -> venous lead sent.
Exam: nl. Teeth x6, no caries. Apply fluoride varnish.
Immunizations: MMR #1, Varicella #1, Hep A #1, PCV20 #4 - VIS given in Vietnamese. MMR lot Y009821, exp 2025.
Daycare: none, grandmother cares at home ({{ADDRESS:2980 Story Rd, Apt 221}}, {{LOCATION:San Jose}} {{ZIP:95127}}).
Hgb 11.2.
Next WCC 15 mo. Dental home referral to {{FACILITY:Eastside Kids Dental}}.
{{NAME:Rebecca Huynh}}, MD`,

  `VIDEO VISIT - CONNECTION LOG / CONVERSION TO TELEPHONE
Appt {{DATE:01/23/2024 09:40}}, Family Med, {{FACILITY:PCH Elk Grove}}
Pt {{NAME:Dela Cruz, Rommel}}   MRN {{MRN:990134512}}

{{DATE:2024-01-23 09:38:12}}  link opened  {{URL:https://vv.pacificcresthealth.org/j/QH8M-3L2T}}  from {{IP:172.58.221.17}} (T-Mobile, iOS Safari)
{{DATE:2024-01-23 09:39:50}}  camera permission denied
{{DATE:2024-01-23 09:41:03}}  pt rejoined from {{IP:172.58.221.17}}, audio only, video failed (ERR_NO_DEVICE)
{{DATE:2024-01-23 09:44:27}}  provider {{NAME:Lauren Fitzgerald}} MD joined from {{IP:10.61.7.88}}
{{DATE:2024-01-23 09:46:10}}  session ended; converted to phone {{PHONE:916-555-0125}}

Telephone visit (audio only, 18 min). Pt consented. Tagalog-speaking, prefers English for this visit.
51M, truck driver for {{FACILITY:Delta Produce Distributors}}, needs DOT medical clearance paperwork. Sleep study {{DATE:Nov 2023}} at {{FACILITY:Sac Sleep Lab}}: AHI 31, on CPAP (ResMed AirSense 11, SN {{DEVICE:23221874512}}), compliance download 82% nights >4h.
Plan: compliance letter to be faxed to {{FACILITY:Valley Occupational Clinic}} fax {{FAX:916-555-0131}}. BP check in person next wk.`,

  `Portal msg  {{DATE:3/4/24 6:02a}}
FROM pt {{NAME:Deshawn Whitfield}} ({{MRN:663019274}})
"I work nights at the {{FACILITY:ParcelNorth}} warehouse in {{LOCATION:Fontana}} ({{FACILITY:ONT6}}). my back is still killing me since I lifted that pallet on {{DATE:feb 28}}. HR says I need a note saying light duty or I can't clock in tonight. my supervisor is {{NAME:Kyle Brandt}} his email {{EMAIL:kbrandt@parcelnorth-ops.com}}. can you send it to him directly? thx"

{{DATE:3/4/24 08:57}}  {{NAME:Tanya Mireles}}, LVN, {{FACILITY:Fontana MC}} Occ Med pool:
Hi {{NAME:Deshawn}}, we cannot email your employer without a signed release. Because this is a work injury, it must go through Occupational Health (workers comp), not your regular PCP visit. You have an appt today 2:15 pm w/ Dr. {{NAME:Saldana}} at {{FACILITY:Fontana Occupational Health}}, {{ADDRESS:9961 Sierra Ave, Bldg 2}}. Bring claim form DWC-1 from HR. If numbness in groin/legs or loss of bladder control, go to ED.

{{DATE:3/4/24 09:20}} pt: "ok ty. claim number is {{ACCOUNT:ESIS-77420185}} if that helps"`,

  `Nurse Advice - OB triage   {{DATE:07/29/2023 20:51}}
Caller: pt herself, {{NAME:Guadalupe Ybarra}}   DOB {{DATE:03/15/2002}}   MRN {{MRN:551120938}}
Ph {{PHONE:(209) 555-0151}}   Spanish - interp {{NAME:Adriana}} (#{{ID:55872}}, {{FACILITY:LanguageBridge}})
G1P0 at 35w1d per chart, EDD {{DATE:8/25/23}}, prenatal care at {{FACILITY:Merced MOB}}.
Reports HA x 6h not better w/ Tylenol, seeing "lucecitas" (spots), swelling face/hands. No VB. +FM. Home BP cuff from clinic: 158/104 and 162/101.
Disposition: L&D evaluation now (r/o preeclampsia w/ severe features).
Nearest in-network L&D is {{FACILITY:MOD}} (~50 min); advised that for these sx go to closest L&D, {{FACILITY:Merced Valley Hospital}}, and call 911 if seizure/worst HA/SOB. Pt lives {{ADDRESS:640 W 13th St, Apt 5}}, {{LOCATION:Merced}}. Boyfriend {{NAME:Cristian}} driving.
Called {{FACILITY:Merced Valley Hospital}} L&D charge RN {{NAME:Pauline}} {{PHONE:209-555-0162}} with handoff. Out-of-network ER visit to be reported to health plan notification line.
Callback 2130 - pt arrived, being monitored.
{{NAME:Sun-Hee Park}}, RN`,


  `{{FACILITY:Pacific Crest Health}} - Hematology/Oncology, {{FACILITY:Walnut Creek Medical Center}}
{{ADDRESS:1425 S Main St, Suite 400}}, {{LOCATION:Walnut Creek}}, CA {{ZIP:94596}}   T {{PHONE:925-555-0109}}   F {{FAX:925-555-0110}}

{{DATE:April 29, 2024}}

{{NAME:Lydia Warrington}}, MD
Breast Surgery, {{FACILITY:Diablo Valley Surgical Associates}}
Via fax {{FAX:925-555-0177}}

RE: {{NAME:Mendoza, Teresita A.}}   DOB {{DATE:12/01/1971}}   our MRN {{MRN:310775642}}

Dear Dr. {{NAME:Warrington}},
Thank you for referring Mrs. {{NAME:Mendoza}}, a 52-year-old kindergarten teacher at {{FACILITY:Valle Verde Elementary}} in {{LOCATION:Concord}}, whom I saw today with her husband {{NAME:Rodolfo}} after L partial mastectomy + SLNB on {{DATE:4/2/2024}}. Path: 1.8 cm IDC, grade 2, ER 95% / PR 60% / HER2 1+, 0/2 SLN. Oncotype DX RS 14.
Recommendation: no chemotherapy benefit expected; adjuvant whole-breast RT at our {{FACILITY:WCR}} Radiation Oncology, then anastrozole 1 mg daily x 5-10 yrs after RT. Baseline DEXA ordered. She is perimenopausal (LMP {{DATE:Jan 2024}}), so I will check estradiol/FSH before starting an AI.
I will see her again on {{DATE:06/10/2024}}. Please call with any questions.

Sincerely,
{{NAME:Thomas Nakagawa}}, MD, Medical Oncology
cc: {{NAME:Imelda Reyes}}, NP (PCP, {{FACILITY:Antioch MOB}})
{{NAME:TN}}/{{NAME:jp}}`,


  `BH Crisis Line - telephone   {{DATE:11/14/2023}}   call 1545-1620
Pt: {{NAME:Sofia Alvarenga}}   15 y/o F   MRN {{MRN:772240915}}
Caller: school counselor Mr. {{NAME:Dwayne Pruitt}}, {{FACILITY:Mesa Linda High School}} ({{LOCATION:Chula Vista}}), {{PHONE:619-555-0143}}; pt on speaker w/ counselor, mother {{NAME:Claudia Alvarenga}} joined by 3-way ({{PHONE:619-555-0187}}, Spanish, interp {{NAME:Marco}} #{{ID:ES-41190}}).

Counselor found note in pt's notebook "i dont want to be here anymore." Pt endorses passive SI x2 wk, denies plan/intent, denies access to firearms (mother confirms none in home), +superficial cutting L forearm last {{DATE:11/10}}. Stressors: breakup, failing chem, father moved back to {{LOCATION:San Salvador}} in the summer.
C-SSRS screen: moderate risk. PHQ-A 19.
Safety plan completed w/ pt & mom: warning signs, coping (music, drawing), contacts (aunt {{NAME:Marisela}}), lock up meds incl mother's clonazepam, 988 / text line.
Dispo: urgent BH intake tomorrow ({{DATE:11/15/2023}}), 10:00, w/ {{NAME:Joanna Feld}}, LCSW, {{FACILITY:Otay Mesa Child & Family Psychiatry}}; mother to pick up pt from school now, pt not to be alone tonight. Counselor to file school safety plan per district policy.
{{NAME:Nathaniel Osei}}, LMFT, BH Access`,

  `HOME HEALTH PT EVALUATION
Agency: {{FACILITY:Crest Home Health - SF/Marin}}      Visit date {{DATE:05/22/2024}}
Pt: {{NAME:Chan, Mei Ling}} ({{NAME:陳美玲}})   {{AGE:93}} F   MRN {{MRN:115530487}}
Home: {{ADDRESS:845 Jackson St, Rm 309}}, {{LOCATION:San Francisco}} {{ZIP:94133}} - 3rd floor SRO, no elevator, shared bathroom down hall
Lang: Cantonese; phone interp {{NAME:Kenny Lau}} (ID {{ID:CAN-0627}}); granddaughter {{NAME:Cindy Wong}} present part of visit, ph {{PHONE:415-555-0138}}
Referral: post-hosp {{FACILITY:SFMC}} admit {{DATE:5/14-5/19}} for L hip fx s/p ORIF (DHS). PMH osteoporosis, HTN, mild dementia (MoCA 18, Cantonese version).
Prior level: indep w/ cane, walked to bakery downstairs daily, climbed stairs w/ rail.
Tests: TUG 28 sec w/ FWW. Tinetti 14/28 = high fall risk. WBAT LLE. Stairs 22 steps w/ rail, min A x1, step-to pattern.
Pain 4/10, takes acetaminophen 650 q6h prn, oxycodone 2.5 mg rarely.
Plan: PT 2w4, fall prevention, HEP w/ pictures; recommend shower chair + raised toilet seat from {{FACILITY:Bay DME Supply}}; MSW referral re: elevator housing / IHSS hours - MSW {{NAME:Irene Fong}} to call granddaughter.
Signed {{NAME:Jacob Lindqvist}}, PT, DPT   {{DATE:05/22/2024}}`,

  `PHARMACY PRIOR AUTHORIZATION - REQUEST
Submitted {{DATE:2024-02-06}} by {{NAME:Kristine Abad}}, CPhT, {{FACILITY:PCH Mountain View Pharmacy}}
Patient: {{NAME:Aaron Goldfarb-Lin}}   DOB {{DATE:1987-08-19}}   MRN {{MRN:405561283}}
Coverage: Anthem Blue Cross PPO through employer ({{FACILITY:NovaLattice Inc}}), member ID {{HEALTH_PLAN:XEN904418273}}
Drug: Wegovy 0.25 mg SC weekly x4 wk, then titrate per label. NDC 0169-4525-14.
Clinical: BMI 36.4 (wt 112 kg, ht 175 cm). Comorbid OSA on CPAP, prediabetes (A1c 6.1), HTN on amlodipine. Prior attempts: phentermine 2022 (stopped, palpitations); structured lifestyle program 6 mo in 2023, -3% body wt. No MTC/MEN2 hx. No pancreatitis.
Prescriber: Dr. {{NAME:Farah Qureshi}}, NPI {{LICENSE:1720394851}}, DEA {{LICENSE:FQ4417285}}
PA ref {{ID:PA-88310092}}   CoverMyMeds key {{ID:BXK7QP2M}}
Plan response {{DATE:02/08/2024}}: APPROVED 6 months, {{DATE:02/08/2024}} through {{DATE:08/07/2024}}; renewal requires >=5% wt loss.
Pt notified via portal + call to {{PHONE:650-555-0193}} (left VM). Rx released to fill, pickup at {{FACILITY:MTV}} pharmacy window.`,

  `RESULT NOTE / PATIENT CALLBACK
Study: US THYROID   acc# {{ID:US2409918774}}   performed {{DATE:09/03/2024}} at {{FACILITY:PCH Riverside Medical Center}}
Pt: {{NAME:Nguyen Van Long}}   68 M   MRN {{MRN:881204453}}
Impression: 2.3 cm solid hypoechoic nodule R lower pole, TI-RADS 4 (TR4). FNA recommended. TSH {{DATE:8/20}} 1.8 (nl).

{{DATE:9/4}} - called pt at 1015, {{PHONE:951-555-0116}}, no answer, LVM to call back (no details left).
{{DATE:9/5}} - at 1340 reached son {{NAME:Kevin Nguyen}} (on proxy list), pt joined call. Vietnamese interp {{NAME:Thuy}} #{{ID:VN-3308}}. Explained finding, low-moderate suspicion, need for biopsy. Pt asks if cancer - explained most nodules benign (~90%), biopsy will clarify. No dysphagia, no voice change. Hx: no radiation exposure; came from {{LOCATION:Can Tho}} 1992.
FNA scheduled {{DATE:Mon 9/16}} IR, {{FACILITY:RIV}} Imaging Bldg B. Hold aspirin 81 x 5 days - pt OK'd w/ cardiology Dr. {{NAME:Estrada}}.
Son's cell for reminders: {{PHONE:951-555-0129}}.
{{NAME:Caroline Mbeki}}, MD  Endocrinology`,


  `INTERPRETER SERVICES - ENCOUNTER LOG (export)   Site: {{FACILITY:PCH South Sacramento MC}}   Week of {{DATE:06/03/2024}}
Interp                  | ID      | Lang       | Pt / MRN                              | Dept              | Mode | Min
{{NAME:Rosa Elena Quintero}}     | {{ID:SP-3391}} | Spanish    | {{NAME:Ortiz, Valentin}} / {{MRN:330914482}}         | Ortho clinic      | IP   | 40
{{NAME:Hieu Tran}}               | {{ID:VI-2214}} | Vietnamese | {{NAME:Le, Thi Mai}} / {{MRN:330877105}}             | Mammo             | VRI  | 15
{{NAME:Jasvir Gill}}             | {{ID:PU-0870}} | Punjabi    | {{NAME:Dhillon, Baldev Singh}} / {{MRN:330601947}}   | Dialysis (Rm 6)   | IP   | 55
{{NAME:Marites Santos}}          | {{ID:TG-1182}} | Tagalog    | {{NAME:Bautista, Leonora}} / {{MRN:331150236}}       | Cardiology        | OPI  | 25
{{NAME:Kenny Lau}}               | {{ID:CAN-0627}} | Cantonese | {{NAME:Ho, Siu Fong}} / {{MRN:330488310}}           | Infusion chair 3  | VRI  | 30
{{NAME:Ani Petrosyan}}           | {{ID:ARM-0415}} | Armenian  | {{NAME:Gevorgyan, Hasmik}} / {{MRN:331007264}}      | ED bed 22         | OPI  | 20
Notes: {{DATE:6/4}} Punjabi session delayed 25 min, pt's son {{NAME:Harjit}} interpreted first 10 min before staff interp arrived - charge RN {{NAME:Molly Kwan}} informed, incident {{ID:IR-240604-17}} filed. {{DATE:6/6}} VRI cart #4 (serial {{DEVICE:VRC-001893}}) audio failure, switched to OPI.
Compiled by {{NAME:D. Avila}}, Interpreter Services Coordinator, x{{PHONE:6-2270}}`,


  `Peds ADHD f/u - VIDEO   {{DATE:1/30/2024}}
{{NAME:Mehta, Arjun}}  9 y/o M  MRN {{MRN:509927341}}   prescriber: {{NAME:Susan Oyelaran}}, MD, {{FACILITY:Fremont MOB}} Pediatrics
Present: mom {{NAME:Neha Mehta}} (joined from her office at {{FACILITY:Brightwave Semiconductor}}), pt at home w/ grandfather.
Audit: mom IP {{IP:104.28.63.190}}, pt device IP {{IP:73.202.14.77}}; joined 16:01 / 16:03.

Methylphenidate ER 27 mg qAM since {{DATE:Nov 2023}}. Teacher Ms. {{NAME:Gallagher}} (3rd gr, {{FACILITY:Mission Valley Elementary}}) Vanderbilt: inattentive 5/9 (was 8/9), reading improved. Appetite down at lunch; wt on home scale 27.1 kg (27.9 on {{DATE:11/20/23}}). Sleep onset ~45 min.
No tics, no chest pain/palpitations. Fam hx: no sudden cardiac death.
Plan: continue 27 mg; big breakfast before dose, bedtime snack; melatonin 1 mg trial. In-person wt/BP/HR in 4 wk at {{FACILITY:Fremont MOB}}. 504 plan letter to school - mom will forward to counselor Mr. {{NAME:Raul Ibarra}}, {{EMAIL:ribarra@mvelem-fusd.org}}. Controlled substance: 30-day Rx sent to {{FACILITY:PCH Fremont Pharmacy}}, CURES checked.
{{NAME:S. Oyelaran}} MD`,

  `nal call  {{DATE:08/12/2023 19:34}}   caller mom {{NAME:yesenia lara}}  {{PHONE:562-555-0114}}
pt {{NAME:matias lara}}  18 mo M  mrn {{MRN:640017732}}  lang spanish - interp {{NAME:ivan}} #{{ID:60413}}
mom states pt "se puso tieso y le temblaba todo" x ~1 min at 1920, now sleepy but crying, temp 103.1 rectal. 1st episode, no hx seizures. had MMR {{DATE:8/1}} at {{FACILITY:Norwalk Peds}}. breathing ok now, color pink, no vomiting.
dispo: ED now (1st seizure, <5 yo protocol).
closest: {{FACILITY:PCH Downey Medical Center}} ED. family lives {{ADDRESS:11620 Firestone Blvd Apt 208}}, {{LOCATION:Norwalk}} {{ZIP:90650}}. dad {{NAME:efrain}} driving, they have car seat. advised call 911 if another seizure >5 min or turns blue.
ibuprofen ok for comfort 10 mg/kg = 110 mg; they have 100mg/5mL -> 5.5 mL.
warm handoff to peds ED charge {{NAME:Nicole}} x{{PHONE:47790}}.
f/u call 2115: mom says in ED, seen by md, labs pending.
{{NAME:j. santiago}} rn`,

  `POSTPARTUM VISIT - 6 WK   {{FACILITY:South San Francisco MC}} OB/GYN   {{DATE:March 18, 2024}}
Pt: {{NAME:Maricel Pangilinan-Ruiz}}   DOB {{DATE:04/27/1990}}   MRN {{MRN:118266034}}
Interp: declined, fluent English; mother {{NAME:Corazon}} present (Tagalog), pt translated for her.
Delivered {{DATE:02/04/2024}} at {{FACILITY:SSF}} L&D: primary LTCS for arrest of dilation, baby girl {{NAME:Althea}}, 3.41 kg, Apgars 8/9, no NICU.
Feeding: breastfeeding + 2 oz formula at night. Lactation f/u w/ {{NAME:Joy Macaraeg}}, IBCLC.
Mood: Edinburgh 12 (item 10 = 0). Tearful, poor sleep, husband {{NAME:Rodel}} deployed (Navy) until {{DATE:May 2024}}. Lives w/ mother at {{ADDRESS:300 Gellert Blvd, Apt 6J}}, {{LOCATION:Daly City}} {{ZIP:94015}}.
Exam: incision well healed, fundus nonpalpable, BP 122/78.
Contraception: Nexplanon placed today L arm, lot T045778.
Plan: warm handoff to perinatal BH, Dr. {{NAME:Leah Bergstrom}}, seen same day. Return to work {{DATE:04/15/2024}} as dental hygienist at {{FACILITY:Bright Smiles Dental Group}}; PFL/SDI forms completed. Pap due {{DATE:Aug 2025}}.
{{NAME:Catalina Ferrer}}, MD`,

  `OUTSIDE ER NOTIFICATION - POST-STABILIZATION REQUEST
Rec'd {{DATE:10/21/2023 03:55}} from {{FACILITY:Palomar Shores Medical Center}} ED, {{LOCATION:Escondido}}; RN {{NAME:Brianna Holt}} {{PHONE:760-555-0121}}, fax {{FAX:760-555-0122}}
Member: {{NAME:Huang, Wei}}   DOB {{DATE:01/08/1979}}   member # {{HEALTH_PLAN:SD-0047718829}}
OSH MRN {{MRN:E1129847}}   OSH acct {{ACCOUNT:V00082275511}}
Presentation: chest pressure onset 0130 while working night shift at {{FACILITY:Kestrel Biologics}}, {{LOCATION:Carlsbad}}. ECG NSR, no ST changes. hs-trop 14 -> 16 (ULN 19). CTA chest neg for PE. HEART score 3. Stable, pain free.
OSH requests: admit vs transfer.
Decision: post-stabilization approved for transfer to {{FACILITY:SDMC}} Clinical Decision Unit for stress test; accepting hospitalist Dr. {{NAME:Isabel Franco}}, bed CDU-11.
Transport: {{FACILITY:North County Medic Transport}} BLS, ETA 0530. Auth # {{ID:OSA-23-0217744}}.
Wife {{NAME:Lin Zhao}} notified at {{PHONE:858-555-0197}} (Mandarin/English); she will bring his CPAP.
Documented: {{NAME:Grant Ellison}}, RN, Emergency Prospective Review`,

  `Infusion Nursing Note - {{FACILITY:Roseville MC}} Oncology Infusion, Chair 9
Date: {{DATE:07/09/2024}}     Pt: {{NAME:Singh, Kuldip Kaur}}   MRN {{MRN:447105392}}   DOB {{DATE:03/03/1958}}
Regimen: pembrolizumab 200 mg IV q3w, cycle 6 (NSCLC, PD-L1 80%).
Interpreter: Punjabi, VRI, {{NAME:Navdeep}} ID {{ID:PU-1194}}; daughter-in-law {{NAME:Simran Kaur Sidhu}} present.
Assessment: ECOG 1. New pruritic rash trunk ~15% BSA (gr 2) -> Dr. {{NAME:Lucas Ferreira}} saw pt in chair, ok to treat; triamcinolone 0.1% cream. TSH 6.8 (prev 2.1), free T4 pending - endocrine e-consult placed.
Access: PIV 22g L forearm x1 attempt.
Pembrolizumab 200 mg in NS 100 mL over 30 min, started 1012, completed 1045, 0.2 micron filter. Lot 2W91A. No reaction.
Education: immune-related AEs (diarrhea, SOB, rash) - call oncology triage {{PHONE:916-555-0147}} 24/7.
Next: C7 {{DATE:07/30/2024}}; CT chest {{DATE:7/26}} at {{FACILITY:RSV}} imaging.
Pt lives {{ADDRESS:7410 Walerga Rd, Apt 1123}}, {{LOCATION:Antelope}}; ride via {{FACILITY:Sierra Med Rides}}, transport ref {{ID:TR-558210}}.
{{NAME:Hannah Odom}}, RN, OCN`,

  `MyCrest message thread  -  subject: "Pharmacy refill + dizziness"
{{DATE:Tue 5/14/2024 7:12 AM}}  From: {{NAME:Narine Hakobyan}} (proxy) <{{EMAIL:narine.hakobyan88@gmail.com}}>
Re: my father {{NAME:Ashot Hakobyan}}, MRN {{MRN:0087719204}}
Hello Dr {{NAME:Petrosian}}, papa's amlodipine & losartan finished, please send to {{FACILITY:Glendale Central Pharmacy}} ({{PHONE:818-555-0168}}). Also since new dose he is dizzy in mornings when stand up, once almost fell in bathroom Sunday. BP this morning 102/60. He is 88, lives with us at {{ADDRESS:422 E Maple St Apt 9}}, {{LOCATION:Glendale}} {{ZIP:91205}}. Thank you, {{NAME:Narine}} (daughter)

{{DATE:5/14/2024 11:30 AM}}  {{NAME:Armen Petrosian}}, MD:
Dear {{NAME:Narine}}, thank you. Please HOLD amlodipine starting today; continue losartan 50 mg. Check BP sitting and standing twice daily x 1 week and send readings. Losartan refill sent. Our nurse {{NAME:Gayane}} will call you today; if he faints or has chest pain call 911. PT home safety referral placed to {{FACILITY:Crest Home Health}}.

{{DATE:5/14/2024 2:05 PM}}  RN call: spoke w/ daughter in Armenian (RN bilingual). Orthostatic BP instructions given. HH referral # {{ID:HH-2405-30128}}. - {{NAME:G. Mkrtchyan}}, RN`,

  `WORK STATUS REPORT          {{FACILITY:Pacific Crest Health}} Occupational Medicine, {{FACILITY:San Jose MC}}
Employee/Patient: {{NAME:Kwon, Ji-ho}} ("{{NAME:Jay}}")   DOB {{DATE:06/14/1985}}   MRN {{MRN:402288517}}
Employer: {{FACILITY:Vantrix Cloud Systems}}, {{ADDRESS:2150 N First St}}, {{LOCATION:San Jose}} {{ZIP:95131}}
Employer contact: {{NAME:Meredith Yoon}}, HR Leave Specialist, {{PHONE:408-555-0153}}, {{EMAIL:leaves@vantrixcloud.com}}
Employee ID {{ID:E-0449217}}     Claim # {{ACCOUNT:WC24-0098812}}
DOI: {{DATE:03/11/2024}}    Visit: {{DATE:04/02/2024}}    Next visit: {{DATE:04/23/2024}}
Dx: R lateral epicondylitis (M77.11); R carpal tunnel sx; work-related (keyboard/mouse, 11 h/day).
Work status: [X] Modified duty {{DATE:04/02/2024}} to {{DATE:04/23/2024}}: keyboard/mouse max 4 h/day with 10-min break each hour; voice dictation software; no lifting >10 lb R hand.
Treatment: neutral wrist splint qhs; OT x6 at {{FACILITY:SJO}} Hand Therapy; naproxen 500 BID w/ food x2 wk. EMG/NCS if not improved by next visit. Phalen and Tinel + R.
Physician: {{NAME:Elena Vasquez-Moore}}, MD   CA Lic {{LICENSE:A 148827}}   (signature on file)`,

  `BH Therapy Progress Note (DAP) - video
Client: {{NAME:Tomasa Villegas Cruz}}   MRN {{MRN:262119873}}   Session #6   {{DATE:02/27/2024}}
Clinician: {{NAME:Alejandra Montes}}, LCSW (bilingual; session in Spanish, no interpreter needed)
Tech: client joined by phone app from her car parked outside {{FACILITY:Salinas Valley Berry Co}} packing shed ({{LOCATION:Chualar}}) on lunch break; IP {{IP:166.205.99.41}}. Location & privacy confirmed; emergency contact brother {{NAME:Efraín Villegas}} {{PHONE:831-555-0140}}.
D: Client reports fewer nightmares (2/wk vs 5/wk), PCL-5 41 (was 56). Completed impact statement. New stressor: landlord raising rent at her apt ({{ADDRESS:118 Sanborn Rd, Apt 14}}, {{LOCATION:Salinas}}) by $250 starting {{DATE:April 1}}; husband's hours cut at the ranch.
A: PTSD (F43.10) improving with CPT, engaged, some avoidance of stuck points re: 2019 assault. No SI/HI. Sleep 5-6 h.
P: Continue weekly CPT, worksheets in Spanish sent via portal; referral to {{FACILITY:Centro Legal del Valle}} for tenant rights; next session {{DATE:03/05/2024}} same time (12:15).
{{NAME:A. Montes}}, LCSW`,

  `HOME-BASED PALLIATIVE CARE - MD HOME VISIT
{{DATE:12 Dec 2023}}    {{FACILITY:Crest Home Health & Palliative - East Bay}}
Pt: {{NAME:Wong, Kwok Wah}}   {{AGE:90}} M   MRN {{MRN:0119944720}}
Location: {{ADDRESS:1101 Harrison St, Apt 12F}}, {{LOCATION:Oakland}} {{ZIP:94607}} (senior apt bldg; lives w/ wife {{NAME:Lai Fong}}, 86)
Team: {{NAME:Wendy Szeto}}, MD; {{NAME:Patrick Yee}}, MSW. Cantonese (both clinicians fluent); son {{NAME:Stanley Wong}} on speakerphone from {{LOCATION:Hong Kong}}.
Dx: metastatic HCC (dx {{DATE:Aug 2023}} at {{FACILITY:OAK}}), not a candidate for tx; chronic HBV.
Sx: RUQ pain 5/10, oxycodone 5 mg q4h prn using 3/day; constipation - senna 2 tab bid; mild ascites; poor appetite; sleeping 16 h/day. PPS 40%.
Goals: family wants him at home, no more hospital. Wife worried about "too much morphine" - explained dosing and that opioids at these doses do not hasten death. Son flying in {{DATE:12/20}}.
POLST reviewed: DNR / comfort-focused, signed today, copy on fridge.
Plan: hospice referral to {{FACILITY:Bay Harbor Hospice}} (ref {{ID:HSP-23-9914}}); hospital bed via {{FACILITY:Oakland Medical Rentals}}; RN visit 2x/wk until hospice SOC.
{{NAME:W. Szeto}} MD`,

  `critical value call log - lab
{{DATE:2/17/24 0612}} lab ({{FACILITY:MOD}} core lab, tech {{NAME:R. Sepulveda}}) called critical: K 6.7 (hemolyzed? NO, lab states specimen not hemolyzed), Cr 4.1 (baseline 1.9 on {{DATE:1/5/24}})
pt {{NAME:bhullar, gurnam singh}}  mrn {{MRN:602237719}}  74M  drawn at {{FACILITY:Ceres MOB}} lab {{DATE:2/16}} pm, accession {{ID:MC24-0047132}}
on lisinopril 40, spironolactone 25 (added {{DATE:1/29}} by cardiology), KCl 20 daily.
0620 called pt home {{PHONE:209-555-0135}} - son {{NAME:jaspreet}} answered, punjabi/english. pt feels weak, "legs heavy", no CP. son will drive to ED now.
0625 called {{FACILITY:MOD}} ED charge RN {{NAME:aubrey}} x{{PHONE:3-4410}} - expecting pt. ECG on arrival.
0630 msg to PCP Dr {{NAME:Harminder Grewal}} and cardiology Dr {{NAME:Yusuf Abdi}}: hold spironolactone, lisinopril, KCl.
0745 f/u: pt in ED bed 14, ECG peaked T waves, tx started per ED.
{{NAME:l. barajas}} rn, lab results mgmt`,

  `INTERNAL REFERRAL - NEUROSURGERY (REGIONAL SERVICE)
Referral # {{ID:IR-2023-448102}}      Priority: URGENT (within 7 days)      Date: {{DATE:August 8, 2023}}
From: {{NAME:Maya Feldstein}}, MD, Neurology, {{FACILITY:SCL}} ({{FACILITY:Santa Clara Homestead MOB}})
To: Neurosurgery, {{FACILITY:RWC}} ({{FACILITY:Redwood City Medical Center}}) - Dr. {{NAME:Tobias Lindqvist-Oduya}} or first available
Patient: {{NAME:Dang, Quoc Bao}}   DOB {{DATE:09/17/1962}}   MRN {{MRN:220460815}}
Pref language: Vietnamese - interpreter needed in person. Contact: wife {{NAME:Pham Thi Lan}} {{PHONE:408-555-0184}}
Reason: 60 y/o M, engineer at {{FACILITY:Halcyon Photonics}}, 3 mo progressive gait imbalance, hand clumsiness (dropping chopsticks), + Hoffmann bilat, hyperreflexia. MRI C-spine {{DATE:8/2/23}} at {{FACILITY:SCL}}: multilevel spondylosis C4-C6 w/ cord signal change at C5. mJOA 13.
Requests: surgical evaluation for cervical myelopathy; pt unable to drive - prefers {{FACILITY:RWC}} clinic days Tue/Thu when son {{NAME:Vinh}} can drive.
Imaging viewable in PACS, acc {{ID:MR23080221}}.
Authorization not required (in-network). Route: NSG scheduling pool.`,

  `PHARMACY ANTICOAG SERVICE - TELEPHONE ENCOUNTER
{{DATE:Friday, 10/06/2023}}   Clinical pharmacist: {{NAME:Christine Thai}}, PharmD, {{FACILITY:San Jose MC}} ACS
Patient: {{NAME:Lam, Van Hai}}   MRN {{MRN:224518890}}   Indication: mechanical MVR (On-X, implanted {{DATE:2016-05-12}} at {{FACILITY:Stanbridge Heart Institute}}), INR goal 2.5-3.5
Spoke w/ pt + daughter {{NAME:Kim-Anh}} via Vietnamese interpreter {{NAME:Phuong}} (ID {{ID:VI-2040}}), phone {{PHONE:408-555-0127}}.
POC INR today at {{FACILITY:Milpitas MOB}} lab: 1.9 (last 2.8 on {{DATE:09/22/2023}}).
Missed doses: none. Diet: ate more rau muong / green veg this week at a family gathering. New meds: none. Alcohol: none. Bleeding: none.
Weekly dose 42.5 mg -> increase to 45 mg/wk: 7.5 mg Mon, 5 mg other days (tabs 5 mg peach + 2.5 mg green).
Enoxaparin bridge not indicated per protocol (no prior thromboembolism), discussed w/ Dr. {{NAME:Farzana Chowdhury}} (cardiology).
Recheck INR {{DATE:10/13/2023}}. Dose calendar mailed to {{ADDRESS:1456 Tully Rd, Apt 37}}, {{LOCATION:San Jose}} {{ZIP:95122}}.
Time spent 20 min.`,

  `L&D TRIAGE NOTE    {{FACILITY:Fresno MC}} Labor & Delivery, triage bed 3
{{DATE:09/09/2023 04:48}}
{{NAME:Hernández Pérez, Yuridia}}   23 y/o  G3P2002  @ 39w2d   MRN {{MRN:336901274}}
Prenatal care: {{FACILITY:Selma MOB}}; records reviewed. GBS neg ({{DATE:8/14}}). Rh+. 
Interp: Spanish - in-person {{NAME:Hilda Carrillo}}; pt also speaks Mixteco, prefers Spanish for today.
CC: ctx q4-5 min since 0100, +LOF 0330 clear. No VB. +FM.
Works seasonal grape harvest at {{FACILITY:San Joaquin Vineyards}} near {{LOCATION:Fowler}} - last worked {{DATE:9/7}}.
VS: 120/76, HR 92, T 98.6. SSE: +pooling, +nitrazine, +fern. SVE 5/80/-1, vtx.
FHT cat I, baseline 135, mod var, +accels. Ctx q3-4 min, palp mod.
A: active labor, SROM. P: admit to L&D, GBS neg - no abx, epidural per pt request, CBC/T&S.
Partner {{NAME:Eleazar Ramírez}} at bedside, ph {{PHONE:559-555-0189}}. Older kids w/ grandmother in {{LOCATION:Parlier}}.
{{NAME:Aisha Rahmani}}, MD (OB hospitalist) / {{NAME:Luz Maria Cota}}, RN`,


  `PEDIATRIC EMERGENCY DEPARTMENT - PHYSICIAN NOTE
{{FACILITY:PACIFIC CREST HEALTH SAN DIEGO MEDICAL CENTER}}
PT: {{NAME:TORRES-BANKS, ELIJAH}}    AGE: 7 Y    MRN: {{MRN:558017346}}    ARRIVAL: {{DATE:01/03/2024 19:22}}
CC: WHEEZING, SOB
HPI: 7 YO M WITH MODERATE PERSISTENT ASTHMA, URI X2 DAYS, INCREASED WOB TODAY AT SCHOOL ({{FACILITY:LINCOLN PARK ELEMENTARY}}); SCHOOL NURSE MS. {{NAME:KANE}} GAVE ALBUTEROL MDI 4 PUFFS X2. MOTHER {{NAME:TANISHA BANKS}} BROUGHT PT FROM HOME IN {{LOCATION:NATIONAL CITY}}. LAST ADMIT {{DATE:MARCH 2023}} AT {{FACILITY:BAYFRONT CHILDREN'S HOSPITAL}}, NO ICU, NEVER INTUBATED. ON FLUTICASONE 44 MCG 2 PUFFS BID - "RUNS OUT A LOT".
EXAM: T 100.9  HR 138  RR 36  SPO2 91% RA. SUBCOSTAL RETRACTIONS, DIFFUSE EXP WHEEZE, GOOD AIR ENTRY. PRAM 8.
ED COURSE: DUONEB X3, DEXAMETHASONE 0.6 MG/KG PO (15 MG). REASSESS 2130: PRAM 3, SPO2 96% RA, TOLERATING PO.
DISPO: HOME. ALBUTEROL Q4H X48H THEN PRN; FLUTICASONE REFILL SENT TO {{FACILITY:PCH NATIONAL CITY PHARMACY}}. ASTHMA ACTION PLAN UPDATED, SCHOOL NOTE GIVEN. PCP F/U 2-3 DAYS, DR. {{NAME:OLUWASEUN ADEYEMI}}, {{FACILITY:CHULA VISTA MOB}}.
CONTACT: MOTHER CELL {{PHONE:619-555-0171}}.
{{NAME:REBECCA STOLTZFUS}}, MD    {{DATE:01/03/2024 22:05}}`,

  `Advice Nurse Telephone Encounter
Date/Time: {{DATE:12/02/2023 10:14}}
Patient: {{NAME:Leung, Chi Keung}}   DOB {{DATE:02/19/1949}}   MRN {{MRN:119043552}}
Caller: daughter {{NAME:Winnie Leung}} {{PHONE:(415) 555-0159}}; patient added on 3-way w/ Cantonese interpreter {{NAME:Siu Ming}} (ID {{ID:CAN-1130}})
Reason for call: chest tightness x 30 min after climbing stairs to their apt ({{ADDRESS:1520 Clement St, Unit 4}}, {{LOCATION:San Francisco}}), radiates to L jaw, sweaty, nauseated. Took nothing. Hx HTN, DM2, prior PCI {{DATE:2019-03-04}} at {{FACILITY:SFMC}}.
Protocol: Chest Pain (Adult) - emergent symptoms present. Disposition: CALL 911 NOW.
Daughter (at work) instructed to call 911 for father; RN stayed on line with pt via interpreter until 911 confirmed 10:21. Advised chew aspirin 325 mg x1 (no allergy listed, not on anticoagulant). Unlock door, sit down, do not climb stairs.
Notified {{FACILITY:SFMC}} ED charge RN {{NAME:Diego Marin}}.
Follow-up 11:02: ED confirms arrival by ambulance, STEMI alert activated.
RN: {{NAME:Olivia Marchand}}, RN`,

  `OUTSIDE PSYCHIATRIC ADMISSION - BH UTILIZATION / CASE MGMT NOTE
Date: {{DATE:06/21/2024}}     CM: {{NAME:Teresa Ocampo}}, LCSW, BH Utilization Mgmt, Southern California Region
Member: {{NAME:Villanueva, Daniel}}   DOB {{DATE:11/30/1998}}   MRN {{MRN:0064412298}}   Medi-Cal CIN {{HEALTH_PLAN:93310458A}}
Facility: {{FACILITY:Arroyo Vista Behavioral Hospital}}, {{LOCATION:Alhambra}} - {{FACILITY:Sycamore Unit}}; attending Dr. {{NAME:Gideon Abernathy}}; UR contact {{NAME:Michelle Tse}} {{PHONE:626-555-0175}}, fax {{FAX:626-555-0176}}
Hx: 25M w/ schizoaffective d/o, bipolar type, brought in on 5150 (DTS/GD) {{DATE:6/19/2024}} after found at the intersection of {{ADDRESS:Valley Blvd and Garfield Ave}} directing traffic, disorganized, not eating x3 days. Off paliperidone palmitate since last winter, lost housing. UDS + methamphetamine.
Current: less disorganized, still grandiose, refusing PO meds intermittently. Invega Sustenna 234 mg given {{DATE:6/20}}, 156 mg due {{DATE:6/27}}.
Plan: 5250 certification hearing {{DATE:6/25}}; authorization for 5 days, {{ID:BHA-240621-0093}}; repatriation to {{FACILITY:LAMC}} inpatient psych not possible (no beds) - reassess {{DATE:06/24/2024}}. Mother {{NAME:Rosalinda}} ({{PHONE:323-555-0192}}), {{LOCATION:Boyle Heights}}, willing to have him home if stable; referral to FSP ({{FACILITY:Eastside Recovery Partners}}).`,

  `HOME INFUSION NURSING VISIT - {{FACILITY:Crest Home Infusion}}, field visit
Visit: {{DATE:3/27/2024}}    Pt: {{NAME:Dominic Ruiz-Halvorsen}}    MRN {{MRN:770051326}}
Home: {{ADDRESS:5109 Ming Ave, Apt 220}}, {{LOCATION:Bakersfield}} {{ZIP:93309}} (gate code on file, not documented here)
Therapy: ertapenem 1 g IV q24h via PICC for diabetic foot osteomyelitis L 1st MT; day 18 of 42 (start {{DATE:3/10/2024}}, stop {{DATE:4/20/2024}}).
Ordering MD: Dr. {{NAME:Benedict Awuah}}, ID, {{FACILITY:Bakersfield MC}}
PICC: R basilic, 4 Fr single lumen, external length 2 cm (unchanged), arm circ 29 cm (baseline 29). BioPatch dressing changed, site clean, no erythema. Flushes easily, brisk blood return. Elastomeric pump, no issues.
Labs weekly: CBC, CMP, ESR/CRP drawn today -> {{FACILITY:Kern Reference Laboratory}}, req {{ID:KRL-772016}}. Last CRP 2.1 (from 9.8).
Pt works at {{FACILITY:Golden Empire Packing}} cold storage, currently on disability; wife {{NAME:Kari}} gives infusions on non-visit days, return demo competent.
BG 168 today. Wound f/u w/ podiatry Dr {{NAME:Min-jun Seo}} {{DATE:4/2}}.
Next RN visit {{DATE:4/3/2024}}.
{{NAME:Felicia Obregon}}, RN, VA-BC`,

  `*** FAX ***
TO: Health Information Mgmt / Release of Information, {{FACILITY:PCH Oakland Medical Center}}     FAX: {{FAX:510-555-0112}}
FROM: Case Management, {{FACILITY:Alameda Shoreline Hospital}}     PH: {{PHONE:510-555-0178}}     FAX: {{FAX:510-555-0179}}
DATE: {{DATE:07/15/2024}}      PAGES: 4 (incl. cover)
RE: URGENT records request - {{NAME:Okonjo, Chidinma}}, DOB {{DATE:03/22/1980}}, your MRN {{MRN:310228744}}

Pt admitted to our ICU {{DATE:7/13/2024}} w/ DKA (pH 7.08, AG 28). Pt reports coverage through your health plan (member ID {{HEALTH_PLAN:0034-771-902}}) and care at your {{FACILITY:San Leandro MC}} endocrinology clinic, Dr. {{NAME:Anand}}. Please send: last 2 endocrine notes, current insulin regimen, A1c trend, pump settings (Omnipod 5; controller SN {{DEVICE:PDM5-22K39017}}).
Pt signed authorization (attached, p.2-3). Sister {{NAME:Ngozi Okonjo-Bell}} is emergency contact, {{PHONE:510-555-0144}}.
Discharge planned {{DATE:7/16}}; we will request in-network transfer or f/u appt.
Contact: {{NAME:Sandra Whitlock}}, RN Case Manager, ext {{PHONE:2291}}

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error, notify the sender and destroy all copies.`,

  `E-VISIT (asynchronous) - Urinary symptoms questionnaire
Submitted: {{DATE:2024-05-02 22:41:09}} via MyCrest app (iOS), IP {{IP:98.42.117.203}}
Patient: {{NAME:Aquino, Rhea Mae}}   DOB {{DATE:08/08/1996}}   MRN {{MRN:606118204}}
Preferred pharmacy: {{FACILITY:PCH Stockton Pharmacy}}, {{ADDRESS:7373 West Ln}}, {{LOCATION:Stockton}} {{ZIP:95210}}
Answers: burning w/ urination - yes; frequency - yes; blood in urine - no; fever/chills - no; flank pain - no; vaginal discharge - no; pregnant or could be - no (LMP {{DATE:4/20/24}}); UTIs past 12 mo - 1 ({{DATE:Oct 2023}}); allergies - sulfa (rash).
Free text: "I'm a para at {{FACILITY:Delta Oaks Elementary}} and cant take off work tomorrow, please send meds. my mom {{NAME:Remedios}} has the same, she's asking too but she will make her own visit lol"
Reviewed {{DATE:05/03/2024 07:55}} by {{NAME:Jomar Estrella}}, PA-C:
Uncomplicated cystitis. Nitrofurantoin monohydrate/macrocrystals 100 mg BID x5 days sent. Phenazopyridine 200 TID x2 days prn. Fluids. If fever, back pain, or not better in 48 h -> video visit or {{FACILITY:Stockton MOB}} Urgent Care.
Pt pref language English (Tagalog at home). CPT 99422.`,

  `PRIMARY CARE OFFICE VISIT        {{FACILITY:PCH Garden Grove MOB}} - Family Medicine
{{DATE:Wednesday, February 7, 2024}}
Pt: {{NAME:Pham, Thi Ngoc Anh}}   46 F   MRN {{MRN:0551902817}}   PCP: {{NAME:Huy Vuong}}, DO
Interpreter: not needed - PCP speaks Vietnamese; visit conducted in Vietnamese.
CC: cough, chest tightness at work x 4 mo.
HPI: Works 6 days/wk as nail technician at {{FACILITY:Lotus Nails & Spa}} in {{LOCATION:Westminster}}; sx worse end of week, better on Sundays and during 2-wk trip to {{LOCATION:Saigon}} in {{DATE:Dec 2023}}. Uses acrylic monomer, no ventilation hood, wears surgical mask only. Never smoker. No pets.
Exam: scattered end-expiratory wheeze. SpO2 97%.
Spirometry today: FEV1/FVC 0.68, FEV1 74% pred, +BD response 14%.
A/P: Asthma, likely work-exacerbated / occupational (J45.40).
 - budesonide-formoterol 160/4.5, 2 puffs BID + prn (SMART)
 - peak flow diary at work vs days off x 2 wk
 - refer Occupational Medicine ({{FACILITY:Anaheim MC}}); handout on salon ventilation (Vietnamese), Cal/OSHA info
 - f/u 3 wk
Work note for 2 days given.
{{NAME:H. Vuong}}, DO`,

  `refill queue - {{FACILITY:PCH Vallejo Pharmacy}} - {{DATE:11/20/23}}
pt: {{NAME:santos, feliciano}}   dob {{DATE:4/2/1941}}   mrn {{MRN:110339875}}
req via auto-refill text from {{PHONE:707-555-0128}} (pt's live-in caregiver {{NAME:lorna}}, tagalog/eng)
- metoprolol succ 50   #90   3 rf left - filled
- donepezil 10   #90   no rf -> sent to pcp dr {{NAME:mercado}} for auth
- furosemide 40   #30   -- HH RN {{NAME:v. lacson}} reported wt up 3 lb in 2 days ({{DATE:11/17}}), pls make sure pcp aware
- apixaban 5 bid   #60   copay $47, caregiver says cant afford this month (Part D). referred to rph {{NAME:Dennis Choi}} for pt assistance
delivery: mail to {{ADDRESS:231 Marin St, Unit C}}, {{LOCATION:Vallejo}} {{ZIP:94590}}

rph f/u {{DATE:11/21/23 9:40}}: spoke w/ {{NAME:lorna}}, pt has 6 tabs apixaban left. Mfr pt assistance application started, app # {{ID:PAF-5590127}}; 30-day free trial card used meanwhile. furosemide wt gain relayed to dr {{NAME:mercado}}'s office RN {{NAME:Joy}}; pcp to call.
- {{NAME:dc}}`,

  `OB ULTRASOUND REPORT - DETAILED FETAL ANATOMY (76811)
{{FACILITY:Los Angeles Medical Center}} Perinatal Diagnostic Center, {{ADDRESS:4867 Sunset Blvd, 3rd Fl}}
Patient: {{NAME:Sargsyan, Lusine}}   DOB {{DATE:07/19/1993}}   MRN {{MRN:0041877263}}   Exam date: {{DATE:10/30/2023}}
Accession: {{ID:OBUS-2310-55821}}   Referring: {{NAME:Marine Avetisyan}}, MD ({{FACILITY:Glendale MOB}} OB)
Sonographer: {{NAME:Kirsten Brooks}}, RDMS
LMP {{DATE:06/08/2023}}; EDD {{DATE:03/14/2024}} (by 1st tri US). GA today 20w3d.
Single live IUP, cephalic. FHR 148 bpm.
Biometry: BPD 48 mm, HC 178 mm, AC 152 mm, FL 33 mm. EFW 350 g (42nd %ile, Hadlock).
Placenta anterior, no previa, 3-vessel cord, normal insertion. MVP 5.2 cm.
Anatomy: complete and normal, incl. 4-chamber heart, outflow tracts, spine, kidneys, lip/palate. TV cervical length 3.8 cm.
Impression: normal detailed anatomy, no soft markers. Fetal sex disclosed at pt request.
Pt declined interpreter (fluent English); husband {{NAME:Tigran}} present.
Interpreting MFM: {{NAME:Jonathan Reyes-Whitman}}, MD   {{DATE:10/30/2023 14:12}}`,

  `DEVELOPMENTAL-BEHAVIORAL PEDS  |  VIDEO VISIT  |  {{DATE:5/9/2024}}
Patient: {{NAME:Ekam Singh Gill}}   DOB {{DATE:11/02/2021}}   MRN {{MRN:604472119}}
Parents: {{NAME:Rajvir Gill}} & {{NAME:Amandeep Kaur Gill}}; Punjabi interpreter {{NAME:Sukhwinder}} (ID {{ID:PU-0932}}) for mother, father prefers English.
Session {{ID:VV-240509-31177}}   link {{URL:https://vv.pacificcresthealth.org/j/Z2W9-P4KT}}   family IP {{IP:67.180.44.219}}
Hx: 2y6m M, ~5 words, limited pointing, lines up toy trucks, inconsistent response to name. M-CHAT-R/F 11 (high risk). Hearing screen passed at {{FACILITY:Yuba City MOB}} audiology {{DATE:4/16/2024}}.
Dad drives truck for {{FACILITY:Sutter Basin Walnut Co}}; mom home; sister in kindergarten at {{FACILITY:Feather River Elementary}}.
Observed on video: fleeting eye contact, hand-flapping when excited, brought ball to mom once, no joint attention to camera.
Plan: referral to {{FACILITY:Central Sierra Regional Center}} (intake line {{PHONE:530-555-0117}}); ADOS-2 in person at {{FACILITY:RSV}} Autism Center in {{DATE:June 2024}}; speech therapy referral; Early Start info in Punjabi.
{{NAME:Meera Raghunathan}}, MD`,

  `specialty rx - oral onc intake   {{DATE:01/16/2024}}
pt {{NAME:Yeung, Shuk Yin}}  71F  mrn {{MRN:112774091}}  dx: rectal ca, capecitabine w/ RT (mon-fri)
rx: capecitabine 825 mg/m2 bid on RT days; bsa 1.52 -> 1250 mg bid (500 mg x2 + 150 mg x2)
prescriber dr {{NAME:Grace Oyelowo}} ({{FACILITY:SRF}} onc)  npi {{LICENSE:1306728841}}
cantonese interp {{NAME:Alan Chu}} #{{ID:CAN-0785}} for counseling call to {{PHONE:415-555-0196}}; son {{NAME:Tony}} also on line.
counseled: take within 30 min after meals, hand-foot syndrome (urea cream), call if diarrhea >4/day, mouth sores, fever. DPYD genotype {{DATE:1/8}}: normal.
ddi: on apixaban (not warfarin) - ok. no phenytoin.
ship: courier to {{ADDRESS:68 Brussels St, Apt 2}}, {{LOCATION:San Francisco}} {{ZIP:94134}}, deliver {{DATE:1/18}}, signature req.
copay $0 (Medi-Medi). start w/ RT {{DATE:1/22/2024}} at {{FACILITY:SFMC}} rad onc.
{{NAME:m. ostrowski}}, pharmd, {{FACILITY:PCH Specialty Pharmacy}}`,

  `ADVICE LINE - HEAT-RELATED ILLNESS
{{DATE:07/18/2024 15:52}}   caller: {{NAME:Rogelio Anaya}} (crew foreman, {{FACILITY:Five Points Melon Co}}), {{PHONE:559-555-0110}}
pt: {{NAME:Benito Xicotencatl}}, 34M, plan member id {{HEALTH_PLAN:FR-22019847}} (not found by name; found w/ DOB {{DATE:12/12/1989}} -> MRN {{MRN:339981204}})
lang: Spanish; foreman interpreting at first, interp {{NAME:Paola}} #{{ID:ES-52217}} added 15:55 per policy.
sx: working since 0500 in field near {{LOCATION:Huron}}, 108F, vomited x2, HA, cramps, "a little confused" per foreman, now sitting in shade, skin hot, still sweating. No seizure.
dispo: possible heat stroke (confusion) -> 911.
advised: cool him now - water on skin, ice packs neck/armpits/groin, fan, shade, no more fluids by mouth if vomiting/confused, stay with him. 911 called by foreman 15:58, EMS ETA 20 min to {{FACILITY:Westside District Hospital}}, {{LOCATION:Coalinga}}.
RN called {{FACILITY:Westside District Hospital}} ED {{PHONE:559-555-0165}} for handoff. Employer reminded re heat illness reporting.
{{NAME:Guadalupe Trejo-Lindgren}}, RN`,

  `UTILIZATION MANAGEMENT - AUTHORIZATION DECISION
Request # {{ID:UM-2024-0330271}}    Received {{DATE:03/30/2024}}    Decision {{DATE:04/03/2024}}
Member: {{NAME:Estrada, Janelle M.}}   DOB {{DATE:09/25/1988}}   ID {{HEALTH_PLAN:LA-10993372}}   MRN {{MRN:0070018845}}
Requesting provider: {{NAME:Victor Amezcua}}, MD, {{FACILITY:Westlake Bariatric Institute}} (out of network), {{LOCATION:Thousand Oaks}}, ph {{PHONE:805-555-0149}}
Service: laparoscopic sleeve gastrectomy (CPT 43775). BMI 44.2, OSA, T2DM (A1c 7.9).
Decision: NOT AUTHORIZED at requested facility - service available in network. Redirected to {{FACILITY:Panorama City MC}} Bariatric Surgery Program, Dr. {{NAME:Shirin Farahani}}; program orientation {{DATE:April 22, 2024}}. Medical necessity criteria otherwise met.
Member notified by letter mailed {{DATE:04/03/2024}} to {{ADDRESS:6120 Woodman Ave, Apt 305}}, {{LOCATION:Van Nuys}} {{ZIP:91401}} and by phone {{PHONE:818-555-0137}}. Appeal and DMHC Independent Medical Review rights enclosed.
Reviewer: {{NAME:Paul Hennessey}}, MD, Physician Reviewer  /  UM RN {{NAME:Divya Ramesh}}`,

  `Psychiatry Med Management - Telephone (audio only; pt has no video device)
{{DATE:08-Jan-2024}}    Pt: {{NAME:Fung, Yuk Lan}}    MRN {{MRN:0119203318}}    Age 78
Clinician: {{NAME:Benjamin Achterberg}}, MD, {{FACILITY:PCH Oakland Psychiatry}}
Interpreter: Cantonese, {{NAME:Winnie Tsang}}, ID {{ID:CAN-0902}}
S: Late-life depression. Mirtazapine 15 qhs x 8 wk -> sleeping better, appetite up (wt +2 kg per daughter). Still lonely since husband died {{DATE:June 2023}}; now goes to {{FACILITY:Lake Merritt Senior Center}} 2x/wk for tai chi. PHQ-9 (Cantonese) 9, was 17. GDS-15 6. No SI, no hopelessness.
Daughter {{NAME:Carol Fung-Mak}} ({{PHONE:510-555-0193}}) manages meds in blister packs from {{FACILITY:Webster Street Pharmacy}}.
Falls: none. Dizziness: none. No daytime sedation.
A/P: MDD, single episode, moderate, improving (F32.1). Continue mirtazapine 15 mg; consider 30 mg if plateau. Next call {{DATE:02/05/2024}}; in-person with daughter next visit.
Time: 25 min.`,

  `NEWBORN DISCHARGE SUMMARY  -  {{FACILITY:SDMC}} Mother-Baby Unit, {{FACILITY:Torrey Pines 5}}
Infant: Baby Boy {{NAME:Ochoa}} (to be named {{NAME:Santiago Ochoa Ramírez}})   MRN {{MRN:558330176}}
DOB {{DATE:02/26/2024 03:41}}
Mother: {{NAME:Karla Ramírez}}, 27 yo G1P1, MRN {{MRN:558101924}}; O+, GBS pos -> PCN x2 >4h prior to delivery.
Delivery: NSVD, Apgars 8/9, BW 3.22 kg, GA 39w5d.
Course: TcB at 24h 8.1 (low-intermediate risk zone per Bhutani). CCHD screen passed. Hearing screen passed bilat ({{DATE:2/27}}). Hep B vaccine given, lot 7H3K9. Vit K, erythromycin given. CA newborn screen sent, form # {{ID:NB-8830192-4}}.
Feeding: breast, good latch, wt loss 5.6% at 48h.
Discharge {{DATE:02/28/2024}}. F/u {{FACILITY:Chula Vista MOB}} Peds, Dr. {{NAME:Adeyemi}}, {{DATE:3/1}} for wt/bili.
Spanish-speaking father {{NAME:Joaquin Ochoa}}; family address {{ADDRESS:1580 Palm Ave, Apt 44}}, {{LOCATION:Imperial Beach}} {{ZIP:91932}}.
{{NAME:Lauren Petit}}, MD, Newborn Hospitalist`,

  `AUTHORIZATION FOR MEDICATION AT SCHOOL - {{FACILITY:Oak Grove School District}}
Student: {{NAME:Tran, Anh Thu}} ("{{NAME:Annie}}")   DOB {{DATE:06/30/2014}}   Grade 4   School: {{FACILITY:Coyote Creek Elementary}}
Diagnosis: focal epilepsy (G40.109)
Medication at school: diazepam nasal spray 10 mg, 1 spray in one nostril for seizure >5 min or cluster of 3 in 1 h; call 911 after giving. Levetiracetam 500 mg BID is given at home only.
Physician: {{NAME:Khanh Le-Sorensen}}, MD, Pediatric Neurology, {{FACILITY:Santa Clara MC}}; phone {{PHONE:408-555-0103}}; CA license {{LICENSE:G 99312}}
Parent/guardian: {{NAME:Tran Van Duc}} / {{NAME:Nguyen Thi Bich}}; home {{ADDRESS:3040 Senter Rd, Apt 118}}, {{LOCATION:San Jose}} {{ZIP:95111}}; cell {{PHONE:408-555-0120}}; pref language Vietnamese (district interpreter requested).
Seizure action plan attached. Last seizure {{DATE:03/02/2024}}, 2 min, no rescue med needed.
School nurse: {{NAME:Patricia Olmos}}, RN, {{EMAIL:polmos@ogsd-schools.org}}
Physician signature __________________  Date {{DATE:03/20/2024}}
Parent signature ____________________  Date {{DATE:03/21/2024}}`,

  `TELEDERMATOLOGY VIDEO VISIT
DOS: {{DATE:2023-09-19}}   Pt: {{NAME:Kwan, Ho Yin}}   MRN {{MRN:119552806}}   DOB {{DATE:1955-01-30}}
Dept: Dermatology, {{FACILITY:SFMC}} - provider remote; pt at home in {{LOCATION:Outer Sunset}}
Interp: Cantonese, video 3-way, {{NAME:Ivy Mak}} #{{ID:CAN-1244}}
Visit audit:
  {{DATE:2023-09-19 13:29:57}}  PT_JOIN      ip={{IP:24.5.188.212}}  ua=Chrome/Android  link={{URL:https://vv.pacificcresthealth.org/j/C8RT-5NXB}}
  {{DATE:2023-09-19 13:30:40}}  INTERP_JOIN  ip={{IP:52.14.203.66}}
  {{DATE:2023-09-19 13:31:12}}  PROV_JOIN    ip={{IP:10.70.3.145}}
  {{DATE:2023-09-19 13:52:08}}  END          dur=21m
Pre-visit photos uploaded via MyCrest {{DATE:9/17}} (3 images).
HPI: 68M w/ itchy scaly plaques elbows, knees, scalp x 1 yr, worse in winter. Wife {{NAME:Mei}} helps apply cream. Tried OTC hydrocortisone. No joint pain. PMH HTN, chronic hep B on tenofovir.
A: plaque psoriasis ~6% BSA, no PsA sx.
P: clobetasol 0.05% oint BID to body plaques x2 wk then weekends only; clobetasol solution to scalp; calcipotriene weekdays. If inadequate -> NB-UVB at {{FACILITY:SFMC}} or biologic (clear with hepatology Dr. {{NAME:Sun}} first). F/u video 8 wk.
{{NAME:Rachel Oduya-Fairbanks}}, MD`,

  `HOME HEALTH START OF CARE (OASIS-E) - SUMMARY
Agency: {{FACILITY:Crest Home Health - San Joaquin}}    SOC: {{DATE:01/11/2024}}    Clinician: {{NAME:Ramandeep Dhaliwal}}, RN (Punjabi-speaking)
Pt: {{NAME:Sandhu, Kartar Singh}}   DOB {{DATE:05/05/1939}}   MBI {{HEALTH_PLAN:4TW9-QJ7-XK52}}   MRN {{MRN:607119023}}
Address: {{ADDRESS:1875 W Grant Line Rd, Apt 31}}, {{LOCATION:Tracy}} {{ZIP:95376}}; lives w/ son {{NAME:Gurpreet}}, daughter-in-law {{NAME:Rupinder}}, 2 grandkids. Son works day shift at {{FACILITY:Westgate Distribution Center}}.
Referral: {{FACILITY:MOD}} discharge {{DATE:1/9/2024}} after CHF exacerbation (EF 30%); attending Dr. {{NAME:Olena Kravets}}.
Findings: wt 71.2 kg (d/c wt 70.8). 1+ pitting edema bilat. Fine crackles bases. SpO2 94% RA. Walker. 1 fall in past 6 mo. Cognition intact. Speaks/reads Punjabi (Gurmukhi) only.
Med rec (11 meds): found duplicate furosemide bottles (old 20 mg + new 40 mg); old bottle removed w/ family consent.
Plan: SN 2w3 then 1w4; PT eval; daily wts on telemonitor scale (SN {{DEVICE:BTS-880447219}}); call if +2 lb/day or +5 lb/wk; cardiology f/u {{DATE:1/18}} at {{FACILITY:Tracy MOB}}. Teaching in Punjabi w/ pictures.`,

  `eCONSULT - CARDIOLOGY (CPT 99451/99452)
Question from: {{NAME:Priscilla Navarro}}, NP, {{FACILITY:Hanford MOB}}    Sent {{DATE:05/06/2024}}
Answered by: {{NAME:Iqbal Rahman}}, MD, Cardiology, {{FACILITY:FRE}}    {{DATE:05/07/2024 18:20}}
Patient: {{NAME:Moua, Xee}}   54 F   MRN {{MRN:339420786}}   prefers Hmong; daughter {{NAME:Mai Vang}} interprets at home, professional interp used at visits.

Q: Palpitations x 3 mo. 48-h patch monitor (SN {{DEVICE:ZAT4419827}}) {{DATE:4/22-4/24}}: PVC burden 11%, no VT, no AF. TSH nl, K 3.6, Mg 1.9. Echo ordered, not yet done. Works nights at {{FACILITY:Lemoore Poultry Processing}}, 3 energy drinks/shift. Does she need in-person cardiology?
A: PVC burden >10% warrants echo to exclude PVC-mediated cardiomyopathy - please expedite. Meanwhile: stop energy drinks, replete K >4.0 and Mg >2.0, metoprolol succinate 25 mg daily if symptomatic and HR allows. Repeat monitor in 3 mo. If EF <50% or burden stays >10% -> in-person EP referral ({{FACILITY:FRE}} EP clinic). No in-person cardiology needed now.
Time 15 min.`,

  `Message to: Patient Financial Services
From: {{NAME:Ethan Kowalczyk}}   {{DATE:Mon 2/12/2024 8:03 PM}}
Subject: bill for a VIDEO visit??
Hi, I got a bill for my {{DATE:1/10/2024}} video visit ($185), account {{ACCOUNT:4400918273}}. My insurance is through my employer ({{FACILITY:Lumenstack}}), Blue Shield PPO, member ID {{HEALTH_PLAN:W2291847330}}, and telehealth is supposed to be $0. Can you rebill? Also I moved - new address {{ADDRESS:455 Fremont St, Apt 2702}}, {{LOCATION:San Francisco}} {{ZIP:94105}}, cell {{PHONE:415-555-0106}}. Thanks, {{NAME:Ethan}}

Reply {{DATE:2/14/2024 10:12 AM}}  {{NAME:Gloria Fajardo}}, PFS Representative:
Hello Mr. {{NAME:Kowalczyk}}, thank you for writing. The claim was denied because the coverage on file was your prior plan. We updated your coverage and resubmitted the claim (claim # {{ACCOUNT:CLM-24-00718823}}; billed 99213-95). Your statement is on hold for 60 days while the claim processes. Your address and phone have been updated. Please reply here if you receive another statement.`,

  `GERIATRICS CONSULT - {{FACILITY:South San Francisco MC}}
{{DATE:March 5, 2024}}
Referred by Dr. {{NAME:Ramon Catacutan}} ({{FACILITY:Daly City MOB}}) for memory loss.
Pt: {{NAME:Lorenzo Manalastas}}, 82 y/o M, MRN {{MRN:118700492}}, retired seaman, came from {{LOCATION:Batangas}} in 1988. Tagalog; interpreter {{NAME:Marivic Ocampo}} (ID {{ID:TG-0457}}) in person. With daughter {{NAME:Jocelyn Manalastas-Reyes}} (POA), {{PHONE:650-555-0156}}.
Hx: 2 yrs progressive forgetfulness; got lost driving to {{FACILITY:Our Lady of Mercy Parish}} in {{DATE:Nov 2023}}. Family took keys; DMV driver safety referral done; car (CA plate {{VEHICLE:8KTR412}}) sold.
MoCA (Tagalog) 16/30 - delayed recall 0/5, visuospatial impaired. Katz ADL 6/6, Lawton IADL 4/8. GDS-15 3. B12 310, TSH 2.0, RPR NR. MRI brain {{DATE:2/20/2024}}: moderate generalized atrophy, bilateral hippocampal volume loss, mild small-vessel disease.
Impression: major neurocognitive disorder, probable Alzheimer type, mild.
Plan: donepezil 5 mg qhs x4 wk then 10 mg; Tagalog caregiver support group at {{FACILITY:Serramonte Community Center}}; advance care planning begun - pt wishes burial in {{LOCATION:Lipa City}}; POLST next visit.
{{NAME:Annette Gruber-Salonga}}, MD, Geriatrics`,

  `Oncology Nurse Navigator - New Patient Outreach
{{DATE:08/28/2023}}   {{NAME:Veronica Salas}}, RN, OCN - {{FACILITY:Bakersfield MC}} Cancer Center
Pt: {{NAME:Leticia Zamora Galindo}}   DOB {{DATE:02/14/1976}}   MRN {{MRN:770338142}}
New dx: invasive ductal carcinoma R breast, triple negative, cT2N1. Biopsy {{DATE:8/21/2023}} at {{FACILITY:Delano MOB}} breast imaging, path acc {{ID:S23-18842}}.
Called pt {{PHONE:661-555-0198}} in Spanish (RN bilingual). Pt tearful, scared. Husband {{NAME:Armando}} works at {{FACILITY:Kern Carrot Growers}} in {{LOCATION:Arvin}}; 3 kids (15, 12, 8). Pt is a teacher's aide at {{FACILITY:Sunset Elementary}} - SDI forms will be needed.
Appointments made:
 - Med onc, Dr. {{NAME:Ifeoma Chukwu}}, {{DATE:9/5/2023 9:00}}
 - Breast surgery, Dr. {{NAME:Samuel Ortega}}, {{DATE:9/6/2023}}
 - Port placement (IR), tentative {{DATE:9/12}}
 - Genetic counseling (BRCA), video, {{DATE:9/8}}
Barriers: 45 min drive each way, husband can't miss work -> referred to {{FACILITY:Kern Cancer Ride Program}}; financial counselor {{NAME:Mónica}} to call. Spanish chemo education packet mailed.
Next call: after med onc visit.`,

  `ADOLESCENT WELL VISIT / SPORTS PE - {{FACILITY:PCH Baldwin Park MC}} Pediatrics
Date {{DATE:08/02/2024}}    Pt {{NAME:Arevalo, Kimberly}}    15 F    MRN {{MRN:0081124573}}
School: {{FACILITY:Sierra Vista High School}} ({{LOCATION:Baldwin Park}}), JV soccer. CIF PE form completed.
With mom {{NAME:Silvia Arevalo}} for first part; confidential portion alone per policy.
HEADSS (confidential): lives w/ mom, stepdad, 2 brothers at {{ADDRESS:14230 Ramona Blvd, Apt 6}}. Grades A/B. Works weekends at {{FACILITY:El Pollo Feliz}}. Sexually active, 1 partner, condoms sometimes; wants contraception -> chose DMPA (minor consent services). GC/CT urine sent. PHQ-A 3. No vaping/EtOH.
Exam: Tanner 5. BP 108/66, HR 62. No murmur supine/standing/Valsalva. Full ROM, duck walk ok. Snellen 20/20.
Cardiac screen: uncle died suddenly at 45 in {{LOCATION:Zacatecas}} - ECG today normal, QTc 412.
Cleared for all sports. Tdap/MenACWY UTD; HPV #2 today, lot X019238.
Confidential notes hidden from proxy access.
{{NAME:Nadia Karimi}}, MD`,

  `CARDIOLOGY / DEVICE CLINIC  -  {{FACILITY:Glendale MOB}} Cardiology    {{DATE:06-Mar-2024}}
Pt: {{NAME:Ter-Petrosyan, Vartan}}   DOB {{DATE:14-Feb-1950}}   MRN {{MRN:0038820417}}
Armenian interpreter {{NAME:Lusine Avagyan}} (staff, ID {{ID:ARM-0188}}); son {{NAME:Aram}} present.
Device: Medtronic Cobalt XT DR ICD, SN {{DEVICE:BWY304918H}}; RA lead SN {{DEVICE:PJN7781220V}}; RV lead SN {{DEVICE:LFJ2093344V}}; implanted {{DATE:11/15/2021}} at {{FACILITY:LAMC}} by Dr. {{NAME:Shahinian}}.
Home monitor SN {{DEVICE:RWN044917S}}, last transmission {{DATE:03/01/2024}}.
Interrogation: battery 8.4 yr. P wave 2.1 mV, R wave 11 mV, thresholds stable. No VT/VF, 2 NSVT (max 9 beats). AP 12%, VP <1%. OptiVol crossed {{DATE:2/20}}; wt +2 kg, mild orthopnea.
Exam: JVP 9 cm, trace edema, lungs clear.
Plan: furosemide 40 daily -> 40 BID x3 days then back; BMP {{DATE:3/11}}. Continue sacubitril/valsartan 49/51 BID, carvedilol 12.5 BID, spironolactone 25, empagliflozin 10. Remote check 3 mo; clinic 6 mo.
{{NAME:Nora Baghdassarian}}, MD  /  device RN {{NAME:Kyle Yamamoto}}`,

  `CM DISCHARGE PLANNING NOTE   {{DATE:10/02/2023 15:40}}
{{FACILITY:SDMC}} 6 East, rm 6142-B
Pt: {{NAME:Abernathy-Quon, Dorothy}}   {{AGE:94}} y/o F   MRN {{MRN:558004417}}   MBI {{HEALTH_PLAN:7EQ3-HK2-MV81}}
Admit {{DATE:9/27/2023}} w/ L femoral neck fx, s/p hemiarthroplasty {{DATE:9/28}}. PT: mod A transfers, amb 15 ft w/ FWW.
Prior: lived alone at {{ADDRESS:4230 Cleveland Ave, Apt 3}}, {{LOCATION:North Park}}, {{LOCATION:San Diego}}; niece {{NAME:Karen Quon}} ({{PHONE:619-555-0108}}) is HCPOA.
SNF referrals: {{FACILITY:Balboa Heights Post-Acute}} (accepted, bed {{DATE:10/3}}), {{FACILITY:Mission Hills Care Center}} (declined, no female bed), {{FACILITY:La Mesa Healthcare}} (pending). Niece prefers {{FACILITY:Balboa Heights}} - close to her job at {{FACILITY:Hillcrest Public Library}}.
Family meeting today w/ niece + pt: pt agrees to short-term rehab, goal return home w/ IHSS.
Medicare A, 3-midnight stay met, no auth needed.
Transport: {{FACILITY:Coastal Wheelchair Transport}} gurney {{DATE:10/3}}, pickup 11:00.
{{NAME:Rosemary Tadesse}}, RN CM, pager {{PHONE:7-1142}}`,

  `Pharmacy call note - early refill request (controlled substance)
{{DATE:04/26/2024}}   {{FACILITY:PCH Hollywood Pharmacy}}   RPh {{NAME:Simone Adebayo-Klein}}
Pt {{NAME:Brooks, Tyrell}}   MRN {{MRN:0079931026}}   DOB {{DATE:10/10/1979}}
Requests oxycodone/APAP 10/325 #90; last fill {{DATE:04/12/2024}} (30-day supply). States bottle stolen from his car {{DATE:4/23}} in {{LOCATION:Echo Park}} (CA plate {{VEHICLE:7ZPL293}}); police report # {{ID:24-1377802}}.
CURES reviewed: single prescriber, Dr. {{NAME:Hugo Barrientos}}, pain mgmt {{FACILITY:LAMC}}; single pharmacy. Pain agreement signed {{DATE:Jan 2024}}. UDS {{DATE:3/28}} consistent.
Called Dr. {{NAME:Barrientos}}'s office, RN {{NAME:Adriana Lugo}} {{PHONE:323-555-0139}} x{{PHONE:2204}}: prescriber declines early fill per agreement; urgent appt {{DATE:4/29}}.
Pt informed at {{PHONE:213-555-0184}}; upset, says he drives rideshare and needs meds. Reviewed withdrawal sx and what to do, naloxone on hand (confirmed). Offered clonidine bridge per prescriber - pt declined.
{{NAME:SAK}}`,

  `VIDEO VISIT SUPPORT - TICKET {{ID:INC0448217}}
Opened {{DATE:2024-04-15 08:47:02}} by {{NAME:Jamal Whitlow}} (Telehealth Support, ext {{PHONE:5-8801}})
Caller: {{NAME:Phan, Ngoc Diep}} (pt), MRN {{MRN:229184036}}, cb {{PHONE:669-555-0142}}, email on file {{EMAIL:ngocdiep.phan@yahoo.com}}
Appt: {{DATE:04/15/2024 09:00}}, OB video visit w/ {{NAME:Sarah Kim-Delgado}}, CNM, {{FACILITY:SJO}} OB
Issue: link {{URL:https://vv.pacificcresthealth.org/j/M4XR-81PA}} shows "Visit not found".
Diag: link expired (generated {{DATE:04/01/2024}} for original appt, later rescheduled). New link issued {{URL:https://vv.pacificcresthealth.org/j/M4XR-92QC}} via SMS.
Client: Samsung Galaxy A14, Android 14, MyCrest app 7.3.1; public IP {{IP:73.63.241.9}}; home Wi-Fi, speed test 18/4 Mbps.
Pt asked for Vietnamese interpreter - VRI added, interp {{NAME:Lien}} (ID {{ID:VI-1377}}).
{{DATE:2024-04-15 09:03:40}} pt joined OK, CNM joined 09:04. Ticket resolved.
Root cause: reschedule workflow did not regenerate the link (known issue, see KB article).
Closed by {{NAME:J. Whitlow}}`,

  `URGENT CARE NOTE - {{FACILITY:PCH Visalia Urgent Care}}
Arrival {{DATE:06/05/2024 14:20}}
Pt: {{NAME:Cruz Mateo, Eulalio}}   38M   MRN {{MRN:339551028}}   Medi-Cal CIN {{HEALTH_PLAN:90188234F}}
Lang: Spanish (first language Triqui); Spanish VRI interp {{NAME:Norma}} #{{ID:ES-30981}}.
HPI: Brought by crew supervisor {{NAME:Hector Quiroga}} from {{FACILITY:Tulare Citrus Ranch}} (labor contractor {{FACILITY:Valle Labor Services}}) after crew entered orange grove ~3 h after spraying. C/o nausea, eye burning, HA, sweating, 2 loose stools. Supervisor brought product label: malathion 57% EC.
Exam: HR 58, BP 124/80, pupils 3 mm, mild lacrimation and salivation, no wheeze, no fasciculations.
Labs: RBC + plasma cholinesterase sent to {{FACILITY:Valley Toxicology Lab}}, req {{ID:VTL-0662914}}.
Tx: decon - clothes bagged, showered; eyes irrigated. Observed 4 h, sx improved. Atropine not needed.
Reported: Doctor's First Report + pesticide illness report to {{LOCATION:Tulare County}} health officer.
Work status: off 2 days. Coworkers {{NAME:Marcelino}} and {{NAME:Teófilo}} also exposed - advised evaluation.
{{NAME:Ashwin Kulkarni}}, MD`,

  `ADDICTION MEDICINE - CDRP INTAKE (VIDEO)
{{DATE:10/24/2023}}   {{FACILITY:PCH San Francisco CDRP}}
Pt {{NAME:Lindqvist, Marcus}}   33M   MRN {{MRN:116330928}}   DOB {{DATE:3/14/1990}}
Self-referred via EAP (employer {{FACILITY:Orbitly}}); EAP case # {{ID:EAP-23-10472}}.
Audit: pt IP {{IP:2600:1700:3c40:9e0::41}}, session {{ID:VV-231024-55019}}, 47 min.
Hx: OUD, started w/ oxycodone after ACL repair in 2019 at {{FACILITY:Marin Sports Ortho}}; now 6-8 pressed "blues" (presumed fentanyl) smoked daily x 8 mo. Last use this AM. COWS 6 on video. One OD {{DATE:Aug 2023}}, naloxone given by roommate {{NAME:Devin}}. EtOH socially, no benzos.
Lives {{ADDRESS:2250 24th St, Apt 5}}, {{LOCATION:San Francisco}} ({{LOCATION:Mission}}).
Plan: buprenorphine home induction once COWS >= 12: bup/nlx 2/0.5 mg SL q2h prn, max 16 mg day 1; Rx to {{FACILITY:PCH SF Pharmacy}}; naloxone 4 mg nasal x2; UDS at lab tomorrow; IOP 3x/wk evenings (virtual); intermittent FMLA. CURES checked.
F/u video in 3 days.
{{NAME:Tamar Gidoni}}, MD, Addiction Medicine`,

  `*** SCANNED OUTSIDE RECORD - indexed {{DATE:01/29/2024}} by {{NAME:ydl}} ***
{{FACILITY:ST. BRENDAN REGIONAL MEDICAL CENTER}}
{{ADDRESS:2800 N. CALIFORNIA BLVD}}, {{LOCATION:WALNUT CREEK}} CA {{ZIP:94597}}
DISCHARGE SUMMARY
PATIENT: {{NAME:HOVSEPIAN, ANI}}     MR#: {{MRN:SB0092217}}     ACCT#: {{ACCOUNT:40011928374}}
ADM: {{DATE:01/20/24}}     DC: {{DATE:01/25/24}}     ATTENDING: {{NAME:R. KAPOOR}}, MD
DX: ACUTE CHOLECYSTITIS S/P LAP CHOLE {{DATE:01/21/24}}; POSTOP ILEUS, RESOLVED.
COURSE: 71 YO F ADMITTED FROM ED WITH RUQ PAIN, + MURPHY'S SIGN, US WITH GB WALL THICKENING AND PERICHOLECYSTIC FLUID. LAP CHOLE BY DR. {{NAME:NAOMI FEINBERG}}. ILEUS POD2, NGT X24H. TOLERATING REGULAR DIET AT D/C. WBC 14.2 -> 7.9.
MEDS: OXYCODONE 5 MG Q6H PRN #12, DOCUSATE 100 BID, ACETAMINOPHEN 1 G Q8H.
FOLLOW-UP: PCP AT {{FACILITY:PACIFIC CREST WALNUT CREEK}} WITHIN 1 WK, DR. {{NAME:EDWARD MINASSIAN}}; SURGERY CLINIC {{DATE:2/5/24}}.
ARMENIAN-SPEAKING; DAUGHTER {{NAME:SONA}} {{PHONE:925-555-0161}}.
DICTATED {{NAME:RK}} / TRANSCRIBED {{NAME:mw}}   {{DATE:01/25/24 1630}}`,

  `Genetic Counseling - Telephone    {{DATE:Thursday, Nov 16 2023}}
Pt: {{NAME:Lau, Wing Sze}} ("{{NAME:Vivian}}")   36 y/o G2P1 @ 13w1d   MRN {{MRN:115882043}}
GC: {{NAME:Hannah Berkowitz}}, MS, CGC, {{FACILITY:PCH Regional Genetics}} - {{FACILITY:OAK}}
Spoke w/ pt and husband {{NAME:Kelvin Cheung}} (English); pt's mother Mrs. {{NAME:Lau}} joined w/ Cantonese interpreter {{NAME:Tommy Ng}} #{{ID:CAN-1301}} at pt's request.
Result: cfDNA (lab {{FACILITY:Helix Prenatal Diagnostics}}, specimen {{ID:HPD-7720915}}, collected {{DATE:11/9/2023}}): HIGH RISK for trisomy 21. Fetal fraction 9%. PPV ~80% for age. Sex chromosomes not reported per pt preference.
Discussed: screening vs diagnostic testing; CVS vs amniocentesis, risks; Down syndrome features and range; all options incl. continuing pregnancy, adoption, termination - nondirective.
Pt chose CVS {{DATE:11/20/2023}} at {{FACILITY:OAK}} Perinatal, Dr. {{NAME:Gabriel Ostrowski}}; NT ultrasound same day. Support resources sent via portal.
Pt tearful but engaged. Husband asked about recurrence (low, age-related).
Time: 40 min.`,

  `PEDIATRIC PRIVATE DUTY NURSING - SHIFT NOTE
Agency: {{FACILITY:Little Steps Home Nursing}}    Shift: {{DATE:02/03/2024}} 1900-0700
Pt: {{NAME:Quintanilla, Mateo}}   4 y/o   MRN {{MRN:0083390112}}   Dx: SMA type 1 s/p gene therapy, trach/vent dependent, G-tube
Home: {{ADDRESS:3318 E Cesar E Chavez Ave, Apt 2}}, {{LOCATION:Los Angeles}} {{ZIP:90063}}. Parents {{NAME:Rocío}} & {{NAME:Ernesto Quintanilla}}, Spanish.
Vent: Trilogy Evo SN {{DEVICE:TV219003451}}, AC 24 / Vt 110 / PEEP 6 / FiO2 21-25%. Backup vent SN {{DEVICE:TV219003390}}. Pulse ox Rad-8 SN {{DEVICE:M8-1177420}}.
2130 desat to 88% w/ thick yellow secretions, suctioned x4, FiO2 up to 30% x20 min then weaned to 25%.
0200 temp 100.2 ax, acetaminophen 240 mg via GT.
Trach care done, stoma pink, ties changed. Feeds peptide formula @ 45 mL/h x10h via pump, tolerated.
0500 paged peds pulm on call Dr. {{NAME:Ingrid Solberg}} ({{FACILITY:LAMC}}) via answering service {{PHONE:323-555-0100}}: send trach aspirate culture in AM, continue current settings, call if FiO2 >40%.
Report given to mom 0700. Next nurse {{NAME:Yvette}}.
{{NAME:Corinne Abella}}, LVN`,

  `From: {{NAME:Brenda Okafor}} <{{EMAIL:brenda.okafor@pacificcresthealth.org}}>
Sent: {{DATE:Tuesday, May 28, 2024 4:12 PM}}
To: Language Services SoCal <{{EMAIL:langsvc.socal@pacificcresthealth.org}}>
Subject: Armenian interp needed - onc infusion {{DATE:6/4}}

Hi team, need an in-person Armenian interpreter {{DATE:Tue 6/4}} 8:30-12:30 at {{FACILITY:LAMC}} Infusion, {{FACILITY:Cedar Pavilion}} 3rd floor, chair 11. Pt {{NAME:Grigoryan, Armine}} MRN {{MRN:0042881930}}, C1D1 docetaxel - long consent and teaching, daughter works and can't come. VRI failed last time (pt is HOH).
Thanks, {{NAME:Brenda}}  x{{PHONE:4-3317}}

---
From: {{NAME:Arsen Mkrtchyan}} <{{EMAIL:arsen.mkrtchyan@pacificcresthealth.org}}>
Sent: {{DATE:Wednesday, May 29, 2024 9:05 AM}}
Subject: RE: Armenian interp needed - onc infusion {{DATE:6/4}}

Confirmed: {{NAME:Narek Hovhannisyan}} (ID {{ID:ARM-0376}}) 0830-1230. If infusion runs over he can stay until 1300; after that please use OPI. Job # {{ID:LS-24-061377}}.
{{NAME:Arsen}}`,

  `pharmacy pk consult - vancomycin    {{DATE:12/07/2023 11:20}}
{{FACILITY:FRE}} 3 tower rm 318    pt {{NAME:Villaseñor, Abel}}    mrn {{MRN:336228714}}
61M  wt 92 kg  scr 1.3 (baseline 1.0)  crcl ~58
indication: MRSA bacteremia, source L foot abscess. bcx {{DATE:12/5}} 2/2 MRSA (acc {{ID:MB23-339102}}), vanc MIC 1. ID: Dr {{NAME:Lena Fairweather}}.
loading 2250 mg x1 given {{DATE:12/6}} at 0200; maint 1250 mg q12h.
levels {{DATE:12/7}}: 1h post 28.4, pre 11.9 -> AUC24 ~540 (goal 400-600).
plan: continue 1250 q12h. bmp daily; repeat levels in 72h or w/ scr change >0.3. avoid concurrent pip-tazo (AKI risk) - discussed w/ team. TTE ordered. repeat bcx pending from {{DATE:12/6}}.
pt spanish-speaking, wife {{NAME:Rosaura}} at bedside; counseling not needed.
{{NAME:quynh-anh do}}, pharmd   x{{PHONE:5520}}`,

  `NAL - PEDS POISONING/INGESTION    {{DATE:3/9/2024 17:06}}
caller: lola {{NAME:Perpetua Macaraig}} (tagalog), daughter-in-law {{NAME:Kristine}} on speaker (eng). cb {{PHONE:310-555-0174}}
pt {{NAME:Macaraig, Liam}}  2y M  mrn {{MRN:0085512904}}  wt ~12 kg
possible ingestion of lola's amlodipine 10 mg - found w/ open pill organizer, ?2 tabs missing, ~15 min ago. playing, acting nl now.
protocol: toddler ingestion of potentially toxic med (CCB) -> ED now regardless of sx. conferenced w/ poison control (case # {{ID:PC24-0309-4471}}), toxicologist agrees: ED obs at least 12-24 h.
ED: {{FACILITY:PCH South Bay MC}} ({{LOCATION:Harbor City}}). family lives {{ADDRESS:21712 Figueroa St, Apt 14}}, {{LOCATION:Carson}} {{ZIP:90745}}, ~10 min. mom driving; call 911 if sleepy, pale, floppy. bring pill organizer + bottle.
warm handoff to ED charge {{NAME:Reggie}} x{{PHONE:3-2280}}.
{{NAME:a. delos reyes}}, rn`,

  `DOT MEDICAL EXAM / ANNUAL PHYSICAL
{{DATE:July 11, 2023}}   {{FACILITY:PCH Fresno Herndon MOB}} Occupational Medicine
Driver: {{NAME:Sidhu, Jaswinder Singh}}   DOB {{DATE:08/19/1971}}   MRN {{MRN:338812096}}
CA CDL # {{LICENSE:D8830194}} (Class A)   Employer: {{FACILITY:Golden State Reefer Lines}}, {{LOCATION:Selma}}
Interp: Punjabi, in person, {{NAME:Harpal Bains}} ID {{ID:PU-0655}}; driver also reads English.
Hx: DM2 on metformin + sitagliptin, A1c 7.2 ({{DATE:6/30/23}}), no insulin. HTN on losartan. OSA on CPAP (ResMed, SN {{DEVICE:23181160447}}), compliance 91%.
Vision 20/25 OU uncorrected. Whisper test passed. BP 132/84. UA: protein neg, glucose 1+.
Determination: meets standards; 1-year certificate (DM, HTN). MEC # {{ID:MEC-2307-118420}}. Examiner registry # {{LICENSE:3358201447}}.
Counseled on drowsy driving and hypoglycemia.
{{NAME:Gregory Tam}}, DO, Certified Medical Examiner`,

  `Mensaje MyCrest   {{DATE:9/25/2023 6:40 PM}}
De: {{NAME:María del Carmen Osorio}} (MRN {{MRN:664401287}})
Para: {{FACILITY:Riverside MC}} Obstetricia
Asunto: cita de mañana
Buenas tardes, no voy a poder ir a mi cita de mañana {{DATE:26 de septiembre}} con la Dra. {{NAME:Whitaker-Luna}} porque mi esposo {{NAME:Fidel}} no tiene carro, está en el taller. Trabajo en la bodega de {{FACILITY:Inland Cold Storage}} en {{LOCATION:Perris}} y solo descanso los martes. Tengo 30 semanas. ¿Puedo tener cita por video? Mi número {{PHONE:951-555-0113}}. Gracias.

Respuesta {{DATE:9/26/2023 8:10 AM}}  {{NAME:Maribel Cuevas}}, MA (bilingüe):
Hola Sra. {{NAME:Osorio}}, cambiamos su cita a video hoy a las 10:40 con la Dra. {{NAME:Whitaker-Luna}}. Si tiene aparato de presión, tómese la presión antes de la cita. Recibirá el enlace por texto. Su próxima cita en persona (prueba de glucosa) es el {{DATE:martes 3 de octubre}} a las 9:00; le podemos ayudar con transporte gratis ({{FACILITY:Ride Ready}}, {{PHONE:800-555-0170}}).
Internal: pt 30w0d, BP wnl last visit, ok for video per RN {{NAME:Chávez}}. -- {{NAME:mc}}`,

  `CRITICAL CARE TRANSPORT - PATIENT CARE REPORT
Agency: {{FACILITY:Valley Air & Ground CCT}}   Unit M-14   Incident # {{ID:24-118840}}
Date {{DATE:03/22/2024}}   Dispatched 0412   At pt 0431   Depart 0520   At dest 0748
From: {{FACILITY:Fresno MC}} PICU bed 8   ->   To: {{FACILITY:Lucerne Children's Hospital}} CVICU, {{LOCATION:Palo Alto}}
Pt: {{NAME:Her, Nkauj Lis}}   11 y/o F   36 kg   MRN (sending) {{MRN:339006115}}   Medi-Cal {{HEALTH_PLAN:91002774H}}
Dx: fulminant myocarditis, cardiogenic shock; epi 0.05 mcg/kg/min, milrinone 0.5; intubated (6.0 cuffed, 19 at lip). Possible ECMO on arrival.
Sending MD Dr. {{NAME:Ruth Adelaja}}; receiving MD Dr. {{NAME:Peter Van Houten}} (accepted at 0355).
Crew: {{NAME:K. Ibarra}}, RN; {{NAME:D. Lowry}}, RT; {{NAME:M. Schaefer}}, EMT-P.
Vitals: 0440 HR 138 BP 84/52 SpO2 96 | 0600 HR 132 BP 88/56 SpO2 97 | 0730 HR 129 BP 90/58 SpO2 97. Lactate 4.1 -> 3.2.
Equipment: Hamilton T1 vent SN {{DEVICE:HT1-08821}}, IV pumps x3.
Mother {{NAME:Youa Thao}} rode in front (Hmong/English); father {{NAME:Chong Her}} driving, cell {{PHONE:559-555-0183}}.
Handoff to CVICU RN {{NAME:Ellie Strand}} at 0755, no events.`,

  `OUT-OF-COUNTRY EMERGENCY - CASE MANAGEMENT
{{DATE:01/04/2024}}   CM: {{NAME:Cheryl Ann Lumibao}}, RN, Outside Services Coordination
Member: {{NAME:Gatchalian, Romeo}}   DOB {{DATE:06/06/1952}}   member # {{HEALTH_PLAN:BA-00318847}}   MRN {{MRN:114455219}}
Pt traveling in the Philippines; admitted {{DATE:12/29/2023}} to {{FACILITY:St. Raphael Medical Center}}, {{LOCATION:Quezon City}}, w/ NSTEMI; cath {{DATE:12/31}}: 2 DES to LAD. Treating cardiologist Dr. {{NAME:Benjamin Soriano}}, {{EMAIL:bsoriano.cardio@straphaelmc.ph}}.
Wife {{NAME:Erlinda}} is with him in {{LOCATION:Manila}}; son {{NAME:Jerome Gatchalian}} in {{LOCATION:Daly City}} ({{PHONE:650-555-0131}}) is US contact. Tagalog/English.
Coverage: emergency care abroad covered by reimbursement; family paid deposit. Itemized bill received, hospital acct {{ACCOUNT:SRMC-2023-88172}}; translated discharge summary requested.
Plan: fit to fly per treating MD on {{DATE:1/8}}; commercial flight w/ wheelchair assist; cardiology f/u at {{FACILITY:SSF}} w/ Dr. {{NAME:Vikram Nair}} {{DATE:1/16/2024}}; med rec on return (ticagrelor + aspirin 81, atorvastatin 80). Claim forms emailed to son, {{EMAIL:jerome.gatchalian@outlook.com}}.`,

  `CALIFORNIA SCHOOL IMMUNIZATION RECORD - printed from EHR for school entry
Printed {{DATE:08/14/2023}} by {{NAME:Alma Benítez}}, MA, {{FACILITY:PCH Fontana MOB}} Pediatrics
Child: {{NAME:Rosales, Emiliano}}   DOB {{DATE:03/03/2019}}   MRN {{MRN:0091124736}}   registry ID {{ID:CAIR-7730219}}
Parent: {{NAME:Yadira Rosales}}, {{ADDRESS:16880 Valley Blvd, Apt 27}}, {{LOCATION:Fontana}} {{ZIP:92335}}
School: {{FACILITY:Juniper Elementary}} (TK)
VACCINE       | DATES GIVEN
DTaP          | {{DATE:05/06/2019}}  {{DATE:07/08/2019}}  {{DATE:09/10/2019}}  {{DATE:06/15/2020}}  {{DATE:08/14/2023}}
Polio (IPV)   | {{DATE:05/06/2019}}  {{DATE:07/08/2019}}  {{DATE:06/15/2020}}  {{DATE:08/14/2023}}
Hep B         | {{DATE:03/04/2019}}  {{DATE:05/06/2019}}  {{DATE:09/10/2019}}
MMR           | {{DATE:03/09/2020}}  {{DATE:08/14/2023}}
Varicella     | {{DATE:03/09/2020}}  {{DATE:08/14/2023}}
Hib / PCV13   | complete (4 doses each)
Hep A         | {{DATE:03/09/2020}}  {{DATE:09/14/2020}}
Influenza     | {{DATE:10/02/2022}}
COVID-19      | parent declined
Hep B birth dose given at {{FACILITY:Arrowhead Valley Hospital}}. TB risk screen negative.
Reviewed by {{NAME:Kwame Asante}}, MD`,

  `PSYCHIATRY CONSULT - ED    {{FACILITY:SDMC}}    {{DATE:5/30/24}}
Requested by Dr. {{NAME:Holloway}} (ED) re: "agitation, paranoia"
Pt {{NAME:Huynh Van Phuoc}}  72M  MRN {{MRN:558772013}}; Vietnamese interpreter in person {{NAME:Bich Ngoc}} (ID {{ID:VI-0558}}); daughter {{NAME:Huynh Kim Loan}} ({{PHONE:619-555-0126}}) at bedside.
HPI: x3 wks believes neighbors in his building ({{ADDRESS:4355 El Cajon Blvd, Apt 210}}, {{LOCATION:City Heights}}) are poisoning his water; stopped eating home food; yesterday banged on neighbor's door with his cane. No prior psych hx. Came to US in 1981 as a refugee. Started prednisone 40 mg for COPD flare {{DATE:5/10}} by PCP ({{FACILITY:Euclid MOB}}), still on it.
MSE: guarded, oriented x3, paranoid delusions, denies AH/VH, no SI/HI, attention intact.
Labs: Na 131, UA neg, TSH nl. CT head: chronic microvascular change, no acute process.
A: psychosis, likely corticosteroid-induced; r/o late-onset primary psychosis, neurocognitive d/o. Does not meet 5150 criteria; daughter willing to supervise.
P: taper prednisone w/ PCP today; risperidone 0.5 mg qhs x2 wk; geriatric psych f/u {{FACILITY:SDMC}} clinic {{DATE:6/6/24}}; safety plan w/ daughter.
{{NAME:Oksana Petrenko}}, MD, Consultation-Liaison Psychiatry`,

  `SURVIVORSHIP CARE PLAN  -  {{FACILITY:PCH San Jose Cancer Center}}
Prepared {{DATE:Feb 26, 2024}} by {{NAME:Mai-Linh Trinh}}, NP (Vietnamese/English)
Patient: {{NAME:Do, Thi Xuan}}   DOB {{DATE:04/12/1966}}   MRN {{MRN:224003918}}
PCP: Dr. {{NAME:Alan Tsai}}, {{FACILITY:Milpitas MOB}}
Diagnosis: sigmoid colon adenocarcinoma, pT3N1aM0, stage IIIB, dx {{DATE:03/2023}}
Treatment summary:
 - Surgery: lap sigmoid colectomy {{DATE:04/06/2023}}, {{FACILITY:SJO}}, Dr. {{NAME:Hassan Elmasry}}
 - Chemo: CAPOX x4 cycles (3 mo), completed {{DATE:08/2023}}; oxaliplatin neuropathy gr 1 persists
 - Tumor MMR proficient; germline testing not indicated
Surveillance:
 - CEA q3-6 mo x2 yr (last 1.8 on {{DATE:1/22/2024}})
 - CT chest/abd/pelvis q6-12 mo x5 yr (next {{DATE:Jul 2024}})
 - Colonoscopy 1 yr after surgery (due {{DATE:Apr 2024}})
Late effects to watch: neuropathy, bowel changes, fatigue, anxiety about recurrence.
Support: daughter {{NAME:Vy}} ({{PHONE:408-555-0111}}) helps with appts; pt back part time at {{FACILITY:Pho Saigon Noodle House}}; Vietnamese survivors group {{FACILITY:Lotus Survivors Circle}}.`,

  `POST-OP PHONE CALL (ASC, day 1)
Procedure: L knee arthroscopy, partial medial meniscectomy, {{DATE:10/09/2023}}, {{FACILITY:PCH Woodland Hills Surgery Center}}, Dr. {{NAME:Rafael Ohanessian}}
Pt: {{NAME:Karapetyan, Hrachya}}   MRN {{MRN:0061129384}}   DOB {{DATE:03/28/1967}}
Call {{DATE:10/10/2023 10:05}} to {{PHONE:818-555-0152}}; wife {{NAME:Gohar}} answered (Armenian); OPI interpreter {{NAME:Sevak}} #{{ID:ARM-1052}}.
Pain 4/10 w/ oxycodone 5 mg x2 overnight + ice. Dressing dry/intact. No fever. Calf soft, non-tender per pt. Crutches, WBAT. No N/V. Voiding.
Reminders: remove dressing POD2, may shower, cover portals; aspirin 81 mg BID x2 wk for DVT ppx; PT at {{FACILITY:Woodland Hills MOB}} starts {{DATE:10/13}}; post-op visit {{DATE:10/20/2023}}.
Work: warehouse supervisor at {{FACILITY:Valley Motors Parts Depot}} in {{LOCATION:Chatsworth}}; off 2 wk, note in AVS.
Pt and wife verbalized understanding via interpreter.
{{NAME:Felicity Crane}}, RN, PACU`,

  `MEDICAL SOCIAL WORK - OUTPATIENT    {{DATE:12/18/2023}}
Pt {{NAME:Benavides, Rutilio}}   59M   MRN {{MRN:0075529018}}   Spanish (SW bilingual)
HD MWF at {{FACILITY:Vermont Avenue Dialysis}} chair 12; nephrologist Dr. {{NAME:Chioma Eze}}, {{FACILITY:LAMC}} Nephrology.
Reason: 3-day notice to pay or quit served {{DATE:12/14/2023}} at {{ADDRESS:3022 W 8th St, Apt 409}}, {{LOCATION:Koreatown}}, {{LOCATION:Los Angeles}} {{ZIP:90005}}; 2 mo rent behind ($1,450/mo) after losing job at {{FACILITY:Westside Linen Services}} in {{DATE:Sept 2023}}.
Interventions:
 - legal aid referral, {{FACILITY:Tenant Defense Collective}}, appt {{DATE:12/20}}
 - emergency rental assistance application started
 - CalFresh application submitted, case # {{ID:CF-19-2231047}}
 - Medi-Cal renewal packet reviewed
 - paratransit eligibility for dialysis rides, rider ID {{ID:ACC-880114}}
Sister {{NAME:Herminia}} ({{PHONE:213-555-0147}}) can house him temporarily in {{LOCATION:Bell Gardens}} if evicted; pt would need transfer to a closer HD unit.
Mood low but future-oriented; PHQ-2 2. No SI.
F/u chairside {{DATE:12/22}}.
{{NAME:Justine Ocampo-Reyes}}, LCSW`,

  `Postpartum HTN Remote Monitoring - VIDEO
{{DATE:11/28/2023}}   {{FACILITY:Yuba City MOB}} OB   RN {{NAME:Kamaljit Pannu}}, RN (Punjabi-speaking, no interpreter needed)
Pt {{NAME:Dhaliwal, Navneet Kaur}}   MRN {{MRN:603318842}}   PP day 9; delivered {{DATE:11/19/2023}} at {{FACILITY:RSV}} (preeclampsia w/o severe features, IOL at 37w).
Home cuff Omron HEM-7156T SN {{DEVICE:20230811447LG}} paired to MyCrest; last 24h: 148/96, 152/98, 144/92.
Audit: {{DATE:2023-11-28 11:00:14}} pt joined, IP {{IP:99.113.7.202}}, link {{URL:https://vv.pacificcresthealth.org/j/PP4N-7YHE}}
Sx: mild HA relieved by acetaminophen; no visual changes, no RUQ pain, no SOB, no edema increase.
Nifedipine ER 30 mg daily -> per protocol, approved by Dr. {{NAME:Gillespie}}: increase to 60 mg daily. Recheck video in 48h.
Baby {{NAME:Simar}} well, breastfeeding; mother-in-law {{NAME:Surinder Kaur}} helping. Husband {{NAME:Jagdeep}} on leave from {{FACILITY:Sutter Peach Growers}} this week.
EPDS 5.
Precautions: BP >=160/110, severe HA, vision change -> L&D / ED now.
{{NAME:K. Pannu}}, RN`,

  `PRIVACY OFFICE - ACCESS AUDIT SUMMARY          Case {{ID:PRV-2024-0177}}
Opened {{DATE:05/01/2024}} after complaint by pt {{NAME:Ramirez-Oyelaran, Beatriz}} (MRN {{MRN:0088812243}}), who works as a unit secretary at {{FACILITY:PCH Baldwin Park MC}}, that a coworker discussed her pregnancy.
EHR access log extract (pt chart, {{DATE:04/15/2024}} - {{DATE:04/30/2024}}):
{{DATE:2024-04-22 13:14:55}} | emp {{ID:E118302}} {{NAME:Galvan, Teresa}} (unit clerk, 4 West) | Notes - OB | {{IP:10.82.14.117}}
{{DATE:2024-04-22 13:16:31}} | emp {{ID:E118302}} {{NAME:Galvan, Teresa}} | Results - Labs (hCG) | {{IP:10.82.14.117}}
{{DATE:2024-04-25 22:41:08}} | emp {{ID:E118302}} {{NAME:Galvan, Teresa}} | MyCrest proxy view | {{IP:108.185.30.62}} (remote, VPN)
{{DATE:2024-04-23 09:02:47}} | emp {{ID:E204417}} {{NAME:Liang, Peter}}, MD (OB) | Encounter | {{IP:10.82.20.44}} - treating provider, appropriate
Findings: 3 accesses by {{NAME:T. Galvan}} without treatment or business need. Referred to HR / manager {{NAME:Denise Holcomb}}.
Breach risk assessment: reportable; pt notification letter mailed {{DATE:05/09/2024}} to {{ADDRESS:1419 Merced Ave, Apt 12}}, {{LOCATION:El Monte}} {{ZIP:91733}}; CDPH report filed.
Investigator: {{NAME:Lorraine Whitford}}, Privacy Manager, {{PHONE:626-555-0188}}`,

];

export const HELDOUT_REALISTIC_41_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout41-${i + 1}`, n));
