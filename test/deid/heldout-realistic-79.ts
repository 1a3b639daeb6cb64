// A seventy-ninth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities,
// boroughs, counties and neighbourhoods are used only as places). It leans towards emergency
// medicine and trauma in large US cities (New York, Chicago, Los Angeles, Houston, Philadelphia,
// Atlanta): EMS run sheets and PCRs, trauma bay flowsheets, ED triage and provider notes, police
// holds and involuntary paperwork (5150, 5250, 9.39, 9.41, 302, 1013, emergency detention, petitions),
// SANE referrals, poison-center calls, ED boarding and bed-board lines, ED-to-ICU handoffs,
// discharge instructions in plain language, interpreter-line logs and follow-up phone calls. It is
// heavy on unidentified-patient and trauma aliases, street corners and cross streets, overpasses,
// transit stations and platforms, precincts, districts and divisions, complaint, RD, DR, DC and
// incident numbers, shield and star numbers, and names from every community in those cities
// (Puerto Rican, Dominican, Mexican, Salvadoran, Guatemalan, Haitian, Jamaican, Nigerian, Ghanaian,
// Ethiopian, Somali, Polish, Ukrainian, Russian, Irish, Italian, Orthodox Jewish, Bengali, Punjabi,
// Pakistani, Chinese, Korean, Vietnamese, Filipino, Armenian, Iranian, Arab, Black American and
// others), next to look-alike non-PHI: eponyms and scores (Glasgow, Foley, Yankauer, Miami J,
// Broselow, Parkland, Beck, Battle sign, Salter-Harris, Le Fort, CIWA, COWS, NEXUS), drug names and
// doses, EMS unit and rig numbers, rooms, bays, hallway beds, lot and NDC numbers, statute and form
// numbers, clock times alone, weekdays alone, years alone and ages of 89 and under.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles,
// kin terms and honorifics outside NAME spans; nicknames in quotes their own span; first names,
// last names, initials and typist initials standing for a person are NAME; month/day without a
// year is DATE; ages over 89 are AGE however written; payers and state or federal agencies are not
// PHI; schools, employers, clubs, shelters, jails, pharmacies and agencies of care are FACILITY;
// member numbers HEALTH_PLAN; billing and claim numbers ACCOUNT; NPI, DEA and licences LICENSE;
// plates and VINs VEHICLE; implant and pump serials DEVICE; case, incident, badge and run numbers ID;
// EMS unit numbers, rooms and beds not PHI; trauma aliases NAME; a fingerprint template or match
// number BIOMETRIC; a face-photo file or reference PHOTO).
// Added for this set: an unidentified-patient alias (TRAUMA, QUARTZ; DOE, JANE 4417; Unknown
// Hudson) is NAME, and a serial written as part of the alias is inside the span; street corners,
// cross streets, block faces and "under the overpass at" places where a patient was are ADDRESS,
// and a street named without a number as a place is ADDRESS too; transit stations, platforms,
// parks, piers, neighbourhoods, boroughs and wards of a city (Kensington, Fifth Ward, the [Bronx],
// Skid Row) are LOCATION; a police precinct, district or division named by number or name
// (79 Pct, 7th District, Central Division, Zone 4) is FACILITY, while city departments and their
// acronyms (NYPD, CPD, LAPD, HPD, FDNY, CFD, LAFD, ACS, DCFS) are not PHI, like state agencies;
// complaint, RD, DR, DC and incident numbers, EMS run and PCR numbers, poison-center case numbers,
// SANE evidence-kit numbers, shield, star and badge numbers, interpreter ID numbers, NYSID and
// booking numbers, warrant numbers and bed-request numbers are ID; hold statutes and form numbers
// (5150, 5250, 9.39, 302, 1013, 2013, EDO) are not PHI, a hold's start or expiry date is DATE;
// encounter, visit, CSN, FIN and hospital account numbers are ACCOUNT; paramedic and EMT
// certificate numbers are LICENSE; an interpreter vendor is not PHI (like a payer) but the
// interpreter's name and ID are; advocacy organisations, outreach teams, methadone programs and
// rape-crisis centres named by a proper name are FACILITY; a partial SSN (last four) is SSN; a day
// of the month alone as an ordinal (on the [14th]) is DATE; a tattoo is not annotated but a name
// written in it is NAME; a fingerprint (AFIS/Livescan) match reference is BIOMETRIC and the record
// number it returns (NYSID, IR, CB) is ID.
// Also: a palm-vein or voiceprint enrollment number is BIOMETRIC; a patient's location-tracking
// wristband transmitter number is DEVICE; forensic (SANE) photograph file names and numbers and a
// scanned ID or insurance-card image file are PHOTO;
// a child-care centre's state licence number is LICENSE; workers' comp claim numbers are ACCOUNT;
// rideshare trip, delivery-app courier, transfer-centre, accession, registry, hotline-tip, DFPS and
// DHS intake numbers and EHR user IDs are ID; travel insurers and device makers are not PHI (the
// policy number is HEALTH_PLAN); kin terms and honorifics in other languages (Lola, Tia, Dona,
// Mama) stay outside NAME spans; an extension written x4471 is PHONE over the digits; a time
// joined to a dated year with no word between is inside the DATE span, an event-time range after
// a date (0312-0341) is outside it; a month with a year (March 2022, 5/2023) is DATE.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9334 / 0.9583; pass-17 engine (a322156, whose rules were made from sets 67-78 without this set)
// 0.9339 / 0.9580. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
// (One title slip, "mr" inside a NAME span, was moved out of the span before the first run.)
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `FDNY EMS PCR      Run # {{ID:25-041903318}}      Unit 31B / ALS
Dispatch 0214 {{DATE:04/19/2025}}   call type: UNC  "man down"
Location: {{ADDRESS:Fulton St & Nostrand Ave}}, SW corner, outside bodega, {{LOCATION:Brooklyn}} {{ZIP:11216}}
Pt: unknown male, no ID on person, approx 40s.
Found supine, RR 6, pinpoint pupils, SpO2 78% RA. GCS 3 (E1V1M1).
Narcan 4 mg IN x1 by NYPD {{FACILITY:79 Pct}} P.O. {{NAME:Okonkwo}} shield {{ID:28817}} prior to our arrival; then 1 mg IV by us -> RR 14, GCS 13.
Pt then states name is "{{NAME:Dre}}", refuses last name, DOB "{{DATE:6/2}}", "I'm good I'm good".
BGL 112. 12-lead sinus tach 112. No trauma noted except abrasion L knee.
Pt refused transport initially, then agreed after P.O. {{NAME:Okonkwo}} and my partner spoke w/ him.
Transport to {{FACILITY:Gowanus Bay Hospital}} ED, radio notification 0241, at hospital 0249, care to RN {{NAME:Imani}} 0253.
Belongings: black bookbag, Jordan sneakers, Newport pack, MetroCard - given to ED security.
Crew: {{NAME:A. Castellanos}} EMT-P cert {{LICENSE:P-448120}} / {{NAME:T. Ruiz}} EMT-B cert {{LICENSE:B-771903}}`,
  `TRAUMA BAY FLOWSHEET -- LEVEL 1 ACTIVATION
{{FACILITY:Calumet Regional Trauma Center}}    Bay 2
Pt: {{NAME:TRAUMA, QUARTZ}}   temp MRN {{MRN:T00918274}}   arrival {{DATE:07/05/2024 23:47}}
CFD Amb 42, run # {{ID:24-188-5521}}. GSW x2: L flank, R thigh. Scene: {{ADDRESS:S Halsted St & W 63rd St}} ({{LOCATION:Englewood}}). CPD {{FACILITY:7th District}}, RD# {{ID:JH-341177}}.
TIME | EVENT
2347 | arrival, primary. A patent, B dec L BS, C thready radial
2349 | eFAST: + LUQ, + L HTX
2350 | L chest tube 28Fr, 900 mL out
2351 | MTP activated 1:1:1, TXA 1 g
2358 | SBP 74 -> 96 after 4u
0004 | to OR 5 w/ Dr. {{NAME:Wojciechowski}} (trauma), anesth Dr. {{NAME:Adeyemi-Clarke}}
GCS 14 on arrival. R thigh: no expanding hematoma, DP/PT 2+, ABI 1.0.
Pt identified by sister ({{NAME:Tanisha Greer}}, {{PHONE:(773) 555-0184}}) as {{NAME:Marcus D. Greer}}, DOB {{DATE:11/30/2001}}. {{NAME:TRAUMA, QUARTZ}} merged to MRN {{MRN:40882915}} {{DATE:07/06/2024 0120}}.
Scribe: {{NAME:KL}}`,
  `ED TRIAGE -- {{FACILITY:Arroyo Verde Medical Center}}     {{DATE:Sat 2/8/25 1412}}
CC: fall at home, R hip pain
{{NAME:Anahit Ter-Petrosyan}}, {{AGE:93}}yo F, arrives by LAFD RA 35 from home ({{ADDRESS:5120 Fountain Ave Apt 12}}, {{LOCATION:East Hollywood}}). Daughter-in-law {{NAME:Lusine}} at bedside, speaks Armenian and English; pt prefers Armenian, interpreter offered, family declines for triage only.
Mechanical fall from standing ~0930 stepping out of bathtub, no LOC per family, on Eliquis 2.5 BID. R leg shortened and externally rotated.
VS: BP 168/90 HR 96 RR 18 T 36.7 SpO2 96% RA. Pain 8/10.
ESI 2. Hip fx pathway. No C-collar (no neck pain, alert, Canadian C-spine rule not triggered).
Hx: AFib, HTN, CKD3, s/p L TKA. NKDA. PCP Dr. {{NAME:Garbis Manoukian}}, {{PHONE:323-555-0147}}.
Ins: Medi-Cal {{HEALTH_PLAN:91827364A}}; Medicare {{HEALTH_PLAN:3TK9-QP2-WX71}}
Belongings: gold cross, hearing aids (both), cane.
Triage RN {{NAME:M. Dizon}}`,
  `APPLICATION FOR 72-HOUR DETENTION FOR EVALUATION AND TREATMENT (W&I 5150) -- transcribed to chart
Detained person: {{NAME:Joaquin Alvarado-Reyes}}    DOB {{DATE:09-14-1988}}    MRN {{MRN:LV-2201937}}
Address: none / unhoused, usually near {{ADDRESS:7th St & San Pedro St}}, {{LOCATION:Skid Row}}
Detained {{DATE:03/02/2025 1615}} by LAPD Officer {{NAME:K. Nakamura-Bell}} #{{ID:41977}}, {{FACILITY:Central Division}}. DR# {{ID:25-01-08812}}.
Probable cause: pt found in traffic lanes at {{ADDRESS:Alameda & 4th}}, shouting that "the angels told him to stop the buses"; struck the hood of a Metro bus. Unable to state where he would sleep or eat.
Criteria: [x] danger to self  [ ] danger to others  [x] gravely disabled
Advisement: "My name is {{NAME:Nakamura-Bell}}. I am a police officer with LAPD..." -- pt did not respond.
Designated facility: {{FACILITY:St. Vibiana General Hospital}} PES. Hold expires {{DATE:03/05/2025 1615}}.
ED psych: Dr. {{NAME:Priyanka Raghunathan}}; recommends 5250 if not improved.
Haldol 5 / Ativan 2 / Benadryl 50 IM x1 at 1710 for agitation.
Contact: case worker {{NAME:Deshawn Pryor}}, {{FACILITY:Lamp Row Outreach}}, {{PHONE:213-555-0162}}`,
  `POISON CENTER CONSULT -- phone note
Case # {{ID:TX25-0718834}}   spoke w/ SPI {{NAME:Brenda Huynh}}, RN, CSPI    {{DATE:06/11/2025 2205}}
Pt: {{NAME:Khoa Nguyen}}, 2 yo M, from {{LOCATION:Alief}}. MRN {{MRN:B1029384}}
Mom ({{NAME:Thuy}}) found him w/ grandmother's pill organizer open ~2030; possibly ingested up to 2 tabs amlodipine 10 mg and 1 tab glipizide 5 mg.
Wt 13.2 kg. POC glucose 61 -> D10 2 mL/kg.
PCC recs: admit, obs at least 24 h for glipizide (delayed hypoglycemia), q1h POC glucose, octreotide 1 mcg/kg SQ if recurrent; for CCB: monitor BP/HR, Ca gluconate, HIE if shock. No AC (>1 h, sedation).
PCC callback {{PHONE:1-800-555-0199}} ext {{PHONE:4412}}; they will call back at 0200.
Grandma's meds filled at {{FACILITY:Bellaire Saigon Pharmacy}}.
Home: {{ADDRESS:11250 Bellaire Blvd #208}}, {{LOCATION:Houston}}, TX {{ZIP:77072}}. Mom's cell {{PHONE:832-555-0139}}.
Called by: Dr. {{NAME:Oyelaran}} (PEM)`,
  `ED BED BOARD -- {{FACILITY:Schuylkill Valley Hospital}} -- snapshot {{DATE:1/22/2025 0600}}
RM  | PT                         | AGE | CC                        | DISPO      | BED REQ   | BOARDING
A3  | {{NAME:KOWALCZYK, Stanislaw}}      | 78  | CP, trop 0.09->0.31       | CCU        | {{ID:BR-55120}}  | 9h40m
A7  | {{NAME:BROWN, Tyrell}}             | 19  | GSW L arm, post-op        | {{FACILITY:Wister 5}} surg | {{ID:BR-55131}}  | 6h
HW2 | {{NAME:DOE, JANE 4417}}            | ~50 | found down {{LOCATION:Kensington}}, wounds | med tele   | {{ID:BR-55140}}  | 4h15m
B1  | {{NAME:O'Rourke, Bridget}}         | {{AGE:91}}  | fall, small SDH           | {{FACILITY:Linden ICU}}?  | {{ID:BR-55141}}  | 3h
B4  | {{NAME:Phan, Minh}}                | 44  | DKA, gap closing          | step-down  | --        | --
C2  | {{NAME:Rahman, Nusrat}}            | 27  | SI, 302 pending           | psych      | --        | 31h
C5  | {{NAME:Santiago-Ortiz, Wilfredo}}  | 63  | COPD exac                 | med        | {{ID:BR-55150}}  | 2h
Notes: {{NAME:Kowalczyk}} daughter {{NAME:Agnieszka}} wants call when he goes up {{PHONE:267-555-0193}}.
{{NAME:Rahman}} -- 302 signed by Dr. {{NAME:Feldstein}} {{DATE:1/21}} 2310; no psych beds, called {{FACILITY:Cobbs Creek Behavioral}} {{PHONE:215-555-0120}}, on waitlist.
{{NAME:O'Rourke}}: neurosurg says floor ok, repeat CT 0900.
Charge RN: {{NAME:Jamal Whitfield}}`,
  `ED -> MICU HANDOFF (I-PASS)    {{FACILITY:Ponce Memorial Hospital}}    {{DATE:10.03.2024 1930}}
From: Dr. {{NAME:Olumide Bakare}} (ED)    To: Dr. {{NAME:Hannah Szymanski}} (MICU fellow)
Pt: {{NAME:Cornelius}} "{{NAME:Neil}}" {{NAME:Washington}}, 58M, MRN {{MRN:PM-7730184}}, CSN {{ACCOUNT:200418837712}}
I - Illness severity: unstable
P - Septic shock from obstructing pyelo (7 mm L UVJ stone). Lactate 5.8 -> 3.9. Norepi 0.12 mcg/kg/min via R IJ placed 1710 (CXR ok). 30 mL/kg given. Zosyn 4.5 g 1620. Urology (Dr. {{NAME:Esteban Quiroga}}) aware, IR for L perc nephrostomy tonight, consent signed. CKD3b, Cr 2.9 (baseline 1.7).
A - Repeat lactate 2100; f/u BCx x2; A-line pending; K 5.6 -> shifted.
S - Wife {{NAME:Loretta Washington}} {{PHONE:404-555-0128}} is HCPOA; full code. Home {{ADDRESS:2281 Campbellton Rd SW}}, {{LOCATION:Atlanta}} {{ZIP:30311}}.
S - Dr. {{NAME:Szymanski}} read back; accepted to MICU bed 12 on {{FACILITY:Auburn 4}} at 1945.`,
  `INTERPRETER LOG -- ED, {{FACILITY:Harlem River Medical Center}}
{{DATE:Tue 12/17/24}} 0312-0341, video remote interpreting, vendor LinguaDirect
Language: Mandarin (pt asked for Fuzhounese; not available; pt agreed to Mandarin)
Interpreter: {{NAME:Lina}} ID# {{ID:MAN-20847}}
Pt: {{NAME:Chen Xiuying}} ({{NAME:陈秀英}}), 67F, MRN {{MRN:HR04471926}}
Provider: PA {{NAME:Gideon Ashkenazi}}
Summary: pt works at {{FACILITY:Fu Lin Seafood Restaurant}} in {{LOCATION:Sunset Park}}; hot oil from wok splashed R hand ~2300. Superficial partial-thickness burn, ~2% TBSA (rule of nines / palm). Tetanus unknown -> Tdap 0.5 mL IM, lot U7712AA. Silvadene not used; bacitracin + nonadherent dressing.
Discharge teaching via interpreter, teach-back done x2.
Daughter {{NAME:Amy Chen}} joined on speaker {{PHONE:718-555-0176}}.
0339 video dropped; reconnected with interpreter {{NAME:Wei}} ID# {{ID:MAN-31190}} to finish f/u plan (burn clinic Thursday).`,
  `SANE REFERRAL / HANDOFF -- {{FACILITY:St. Casimir Medical Center}} ED
Referral: {{DATE:08/23/2024 0455}}
Pt: {{NAME:Daniela Ferreira Souza}}, 24F, MRN {{MRN:SC-5518203}}. Preferred language Portuguese (Brazil) -- phone interpreter {{NAME:Marcos}} #{{ID:POR-7712}}.
Reported assault ~0100 {{DATE:8/23}} after leaving {{FACILITY:Club Aurelia}} near {{ADDRESS:N Milwaukee Ave & W Division St}} ({{LOCATION:Wicker Park}}).
Consents: medical care [x]  evidence collection [x]  photographs [x]  police report [undecided]
ISP kit # {{ID:ISP-24-118304}} -- not opened until SANE arrives.
SANE on call: {{NAME:Rochelle Pinkney}}, RN, SANE-A, paged {{PHONE:312-555-0111}} at 0458, ETA 45 min.
Advocate: {{FACILITY:Lakefront Survivor Advocates}} hotline {{PHONE:888-555-0137}}; advocate {{NAME:Yesenia}} en route.
Offered: ceftriaxone 500 mg IM, doxy 100 BID x7d, nPEP first dose 0520, levonorgestrel 1.5 mg.
Pt already voided once; urine saved and labeled. No shower.
Friend {{NAME:Julia Campos}} in waiting room; pt ok with her at bedside.
RN: {{NAME:T. Oyelowo}}`,
  `DISCHARGE INSTRUCTIONS -- {{FACILITY:Buffalo Bayou Medical Center}} Emergency Department
Name: {{NAME:Rosa Elvira Campos Hernandez}}      Date: {{DATE:May 9, 2025}}      MRN: {{MRN:BB00381726}}
You were seen today for: a broken bone in your left wrist (distal radius fracture). We put on a splint.
What to do at home:
 - Keep the splint dry. Put a plastic bag over it when you shower.
 - Keep your arm up on pillows, higher than your heart.
 - Take ibuprofen 600 mg every 6 hours with food, OR acetaminophen (Tylenol) 650 mg every 6 hours.
 - Wiggle your fingers often.
Come back right away if: your fingers turn blue or white, go numb, or the splint feels too tight.
Follow-up: Orthopedics, Dr. {{NAME:Adaeze Nwachukwu}}, on {{DATE:Friday, May 16}} at 9:40 AM.
Clinic: {{ADDRESS:6700 Harrisburg Blvd, Suite 310}}, {{LOCATION:Houston}}, TX {{ZIP:77011}}. Phone {{PHONE:713-555-0159}}.
Your daughter {{NAME:Maribel}} got a copy in Spanish. Questions? Nurse line {{PHONE:713-555-0100}}.
Patient portal: {{URL:https://mychart.buffalobayoumed.org/activate?code=RCH7741}}
Nurse: {{NAME:J. Okafor}}, RN`,
  `UNIDENTIFIED PATIENT -- IDENTIFICATION LOG
{{FACILITY:Kingsbridge Mercy Medical Center}}  ED / SICU
Alias: {{NAME:ZZUNKNOWN, HUDSON}}    temp MRN {{MRN:KM9000412}}    arrived {{DATE:11/02/2024 0118}} via FDNY 47A
Found: {{LOCATION:170 St station}} (4 train), uptown platform, the {{LOCATION:Bronx}}; struck? fall onto track bed vs assault -- NYPD Transit {{FACILITY:District 11}}, complaint # {{ID:2024-044-01877}}.
Intubated for GCS 6, SAH + R temporal contusion.
{{DATE:11/02}} 1030: face photo taken per unidentified-pt policy, stored as {{PHOTO:UNK_HUDSON_face_01.jpg}} (media tab), ref {{PHOTO:PH-88214}}.
{{DATE:11/03}} 1415: NYPD Det. {{NAME:Marisol Ocasio}} (shield {{ID:5519}}) took Livescan prints at bedside; AFIS hit ref {{BIOMETRIC:AFIS-NY-7730021X}} -> NYSID {{ID:09931277K}}.
Identified as {{NAME:Ramon Antonio Liriano}}, DOB {{DATE:2/17/1979}}, last known {{ADDRESS:2395 Grand Concourse Apt 5F}}, {{LOCATION:Bronx}}, NY {{ZIP:10468}}.
SW ({{NAME:Keisha Ballard}}, LMSW x{{PHONE:4471}}) reached sister {{NAME:Yokasta Liriano}} in {{LOCATION:Santo Domingo}} by WhatsApp {{PHONE:+1 809 555 0143}}; brother {{NAME:Fausto}} coming from {{LOCATION:Washington Heights}}.
Records merged {{DATE:11/03/2024 1650}} into MRN {{MRN:KM2281937}}. Name band changed by {{NAME:RP}}.`,
  `ED FOLLOW-UP CALL (48 h)
Pt: {{NAME:Obinna Eze}}     DOB {{DATE:3/30/1996}}     MRN {{MRN:0771842}}     ED visit {{DATE:Sunday 9/8}}
Call placed {{DATE:09/10/2024 1120}} to {{PHONE:(312) 555-0155}} by {{NAME:Carmen Delgado}}, RN, {{FACILITY:Lakeshore Methodist Hospital}}.
Reason for visit: fell on stairs at {{LOCATION:Jackson Red Line station}} ({{ADDRESS:State & Jackson}}), R ankle sprain (Ottawa negative, no XR), lac R shin 3 cm, 4 Ethilon sutures.
1st attempt 1120 -- voicemail full. 2nd attempt 1305 -- pt answered, verified name + DOB.
Pain 3/10, walking with ASO brace, using ibuprofen. Wound clean, no redness, no drainage.
Asked about suture removal -> {{DATE:9/15}} or {{DATE:9/16}} at any urgent care or PCP ({{NAME:Sandoval}}, {{FACILITY:Pilsen Family Health}}, {{PHONE:312-555-0102}}).
Pt asked for work note for {{FACILITY:Ridgeline Logistics}} -- emailed to {{EMAIL:obinna.eze96@mailbox.example.com}} per pt request (consent documented).
Also asked to have CTA incident form info; told to contact CTA claims. Incident # he was given on scene: {{ID:CTA-24-33109}}.
No further needs. -{{NAME:cd}}`,
  `TRAUMA H&P (abbrev) -- {{FACILITY:Pacific Crest Trauma Center}}
{{DATE:2024-12-26 02:12}}   Tier 2 -> upgraded Tier 1 at 0220
Pt: {{NAME:Sung-min Park}}, 34M, MRN {{MRN:PCT-00417726}}, FIN {{ACCOUNT:9002184410}}
MOI: restrained driver, 2019 Honda Civic, CA plate {{VEHICLE:8KTD214}}, T-boned on driver side at {{ADDRESS:Wilshire Blvd & S Western Ave}} ({{LOCATION:Koreatown}}), ~40 mph, + intrusion 12 in, extrication 15 min by LAFD. Other vehicle (plate {{VEHICLE:7ZRW338}}) driver fled. LAPD {{FACILITY:Olympic Division}}, DR {{ID:24-20-119042}}.
Primary: A intact, B clear, C HR 118 BP 102/64, D GCS 15, E seatbelt sign.
Secondary: L chest wall TTP, L ribs 5-8 fx on CT, small L PTX (observe), grade II splenic lac, no blush. Pelvis stable. FAST +LUQ.
Plan: SICU, serial H/H q6h, IS, lidocaine patch, Tdap. NPO.
Pt's CA DL {{LICENSE:D4471829}} given to PD; wallet + phone to security bag #88.
Wife {{NAME:Ji-woo Kim}} (speaks Korean; interpreter {{NAME:Sora}} ID {{ID:KOR-1184}}) notified 0300 at {{PHONE:213-555-0187}}.
Dr. {{NAME:Farrokh Nazari}} / PGY-2 {{NAME:Whitney Oduya}}`,
  `ED PROVIDER NOTE -- {{FACILITY:Gulfgate Memorial Hospital}}
DOS {{DATE:8/14/2024}}     Pt {{NAME:Leroy Batiste Jr.}}  62M   MRN {{MRN:GM55102938}}
HPI: HeartMate 3 LVAD (implanted {{DATE:March 2022}}, controller SN {{DEVICE:MLP-448271}}, pump SN {{DEVICE:HM3-0917733}}) p/w low-flow alarms x2 today and dark urine. Lives {{ADDRESS:3319 Lyons Ave}}, {{LOCATION:Fifth Ward}}, {{LOCATION:Houston}} {{ZIP:77020}} with wife {{NAME:Gloria}}. Ran out of power during outage, used generator.
LVAD: speed 5600, flow 3.9, PI 2.8, power 4.4 W; no PI events. MAP (doppler) 78.
Exam: driveline site clean, no erythema. Mild JVD. 1+ edema.
Labs: LDH 1180 (baseline 260), plasma free Hgb 48, INR 1.6, Hgb 10.1.
A/P: suspected pump thrombosis. Heparin gtt per VAD protocol. VAD coordinator {{NAME:Theresa Mbatha}}, RN paged {{PHONE:713-555-0114}}; VAD team accepts to CVICU bed 8; if pump exchange needed, transfer to {{FACILITY:Bayou Heart Pavilion}}.
Cardiology: Dr. {{NAME:Amit Vora}}.
Wife's phone {{PHONE:713-555-0172}}; daughter {{NAME:Keondra Batiste}} {{PHONE:281-555-0161}}.`,
  `FAX COVER -- INVOLUNTARY EMERGENCY EXAMINATION (302)
TO: {{FACILITY:Cobbs Creek Behavioral}} admissions   FAX {{FAX:215-555-0133}}
FROM: {{FACILITY:Frankford-Penn Medical Center}} CRC    FAX {{FAX:215-555-0190}}   PH {{PHONE:215-555-0191}}
Date: {{DATE:04/07/25}}    Pages: 9 (incl. cover)
RE: {{NAME:Tariq Jameel Simmons}}   DOB {{DATE:12/01/1993}}   MRN {{MRN:FP-3029184}}
Enclosed: 302 petition (petitioner: mother, {{NAME:Denise Simmons}}, {{ADDRESS:4410 N 5th St}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19140}}); warrant # {{ID:W-25-04471}} issued by OMHIDS delegate; ED psych eval by Dr. {{NAME:Lior Ben-Haim}}; labs (UDS + cannabis, ETOH neg, TSH nl); EKG (QTc 432); med list.
Insurance: PA Medicaid / Keystone Horizon ID {{HEALTH_PLAN:KH7730018825}}
Pt medically cleared {{DATE:4/7}} 1340. Boarding in CRC bed 4 since {{DATE:4/6}}.
Please call back to confirm bed: {{NAME:Fatima Bello}}, RN, {{EMAIL:fbello@frankfordpennmc.example.org}}
CONFIDENTIALITY NOTICE: This fax contains protected health information...`,
  `FORM 1013 -- CERTIFICATE FOR EVALUATION (summary for chart)
Pt: {{NAME:Jalen Marquise Hardy}}   DOB {{DATE:05/19/2000}}   SSN (last 4) {{SSN:4826}}   MRN {{MRN:CH-118420}}
Examined {{DATE:2/14/2025 2140}} in ED, {{FACILITY:Chattahoochee Regional Hospital}}, by Dr. {{NAME:Meredith Oyelowo-Shaw}} (GA lic {{LICENSE:DO071128}}).
Brought by APD {{FACILITY:Zone 4}} Ofc. {{NAME:R. Villanueva}} #{{ID:6671}} on 2013? no -- transported as voluntary then declined to stay.
Hx per pt's grandmother {{NAME:Odessa Hardy}} ({{PHONE:470-555-0138}}): not sleeping x5 nights, gave away his car, walked on {{ADDRESS:I-285 shoulder near Cascade Rd}} this afternoon; GA State Patrol called.
Finding: mentally ill and presents substantial risk of imminent harm to self (walking in traffic) and is unable to care for own physical health and safety.
Address: {{ADDRESS:1622 Mays Dr SW}}, {{LOCATION:Atlanta}}, GA {{ZIP:30311}}.
Medicaid (Amerigroup) {{HEALTH_PLAN:GA330187726}}.
Zyprexa 10 mg IM 2205. To be transported by sheriff to emergency receiving facility when bed available.
Copy to pt 2230, rights explained. Witness: {{NAME:B. Akande}}, RN`,
  `ED NOTE -- PSYCH / EDP   {{FACILITY:Maimon Shore Hospital}}   {{DATE:6/30/25 1645}}
{{NAME:Yehuda Leib Rosenfeld}}, 23M, MRN {{MRN:MS00918273}}
Brought by NYPD {{FACILITY:66 Pct}} under MHL 9.41 after standing on the ledge of a building roof at {{ADDRESS:13th Ave & 46th St}}, {{LOCATION:Borough Park}}; volunteer ambulance transported. Father ({{NAME:Moshe Rosenfeld}}) and rabbi ({{NAME:Shlomo Gutnick}}) present, father asks team to speak Yiddish w/ pt -- pt prefers English.
Pt states he has not slept since Shavuot, believes he is "the messenger," fasting x3 days. No SI per pt but "had to see if I would fall".
No prior psych hx per family. No drugs per pt; UDS neg, ETOH 0.
Exam: thin, tachy 110, dry MM. Oriented x2 (not date).
Plan: 9.39 by Dr. {{NAME:Adina Weisz}} and second physician Dr. {{NAME:Kwame Asante}}; admit to {{FACILITY:Bergen 3}} inpatient psych when bed available. IVF, Ativan 1 mg PO.
Father's cell {{PHONE:718-555-0106}}; home {{ADDRESS:1287 49th St, Apt 2}}, {{LOCATION:Brooklyn}} {{ZIP:11219}}.
-{{NAME:aw}}`,
  `ED PROVIDER NOTE   {{FACILITY:Lakeshore Methodist Hospital}}   {{DATE:Jan 17 2025}}
CC: "my feet are dead"
Pt: {{NAME:Dwayne Whitaker}} ("{{NAME:Pops}}"), 57M, MRN {{MRN:0558213}}. Unhoused, sleeps on {{ADDRESS:Lower Wacker Dr near Columbus}}; brought by CFD Amb 13 after outreach worker {{NAME:Ines Fuentes}} ({{FACILITY:Loop Street Outreach}}) called at 0540; temp outside -9 F.
Exam: T 34.9 (rectal). Bilateral feet: clear blisters dorsum, toes 2-5 R mottled, cap refill absent R 3rd/4th toes. Hands ok.
Dx: frostbite, 2nd/3rd degree bilat feet; mild hypothermia.
Tx: rapid rewarming 37-39 C water bath 30 min, ibuprofen 400, aloe vera, tetanus up to date ({{DATE:5/2023}} per ICARE).
Discussed iloprost / tPA with burn surgery (Dr. {{NAME:Kasprzak}}) -- bone scan in AM.
Admit burn unit. Shelter bed at {{FACILITY:Pacific Garden Haven}} holds his stuff; SW to call {{PHONE:312-555-0124}}.
Medicaid {{HEALTH_PLAN:IL40918273}}.
Signed Dr. {{NAME:Venkatesh Iyer}}`,
  `HEAT ILLNESS -- ED NOTE    {{FACILITY:Buffalo Bayou Medical Center}}    {{DATE:07/22/2025 1510}}
Pt: {{NAME:Baltazar Tum Chox}}, 31M, MRN {{MRN:BB00418822}}. Language: K'iche' (Mayan); Spanish limited. Interpreter via phone, K'iche' interpreter {{NAME:Ixchel}} #{{ID:QUC-0291}}.
Roofer for {{FACILITY:Lone Star Premier Roofing}}; collapsed on site at {{ADDRESS:8810 Telephone Rd}}, {{LOCATION:Houston}} {{ZIP:77061}} ~1330, heat index 112. Coworker ({{NAME:Ever}}) poured water on him. HFD Medic 23: T 41.6 C, GCS 11, cold-water immersion not available, ice packs + cold IVF.
ED: T 40.1 core -> ice-water tarp immersion 12 min -> 38.9 at 1435. Na 132, K 3.3, CK 8,410, Cr 2.1, AST 210. UA large blood, 0-2 RBC.
A/P: exertional heat stroke, rhabdo, AKI. LR 200 mL/h, strict I/O, recheck CK q12h. Admit stepdown.
Employer safety contact {{NAME:Ron Kessler}}, {{EMAIL:rkessler@lonestarpremier.example.com}}, {{PHONE:832-555-0148}} -- pt asked that we not share diagnosis; only told employer he is admitted.
Wife {{NAME:Rosalia}} phone {{PHONE:346-555-0117}}.
Dr. {{NAME:Chiamaka Uzoma}}`,
  `PEDS ED TELEHEALTH FOLLOW-UP (video)
Patient: {{NAME:Mateo Quispe-Villalobos}}   Age: 4 y   MRN: {{MRN:AV-7719024}}
Visit date {{DATE:03/21/2025}}, 1000. Seen in ED {{DATE:3/19}} for croup (Westley score 3), dexamethasone 0.6 mg/kg x1.
Connected via {{URL:https://telehealth.arroyoverde.example.org/room/peds-ed-4471}}. Session log: parent joined from IP {{IP:172.58.104.219}}; video froze x1, rejoined from {{IP:172.58.104.233}}.
Mom ({{NAME:Yolanda}}) reports barky cough much better, no stridor at rest, eating, 3 wet diapers. Observed child on video: playful, no retractions, no stridor.
Advice: humidified air, cool night air, Tylenol 15 mg/kg prn. Return if stridor at rest, drooling, blue lips.
Home: {{ADDRESS:1419 E 1st St}}, {{LOCATION:Boyle Heights}}, {{LOCATION:Los Angeles}}, CA {{ZIP:90033}}.
PCP: Dr. {{NAME:Ngozi Ibekwe}}, {{FACILITY:Eastside Ninos Clinic}}, fax {{FAX:323-555-0199}}. Summary faxed {{DATE:3/21}}.
Provider: {{NAME:Renata Silva}}, NP`,
  `PFD EMS PATIENT CARE REPORT    Medic 2    Incident # {{ID:F25-0311-2297}}
{{DATE:03/11/2025}}  disp 0731 / enrt 0732 / scene 0738 / pt contact 0740 / trans 0801 / hosp 0809
Scene: {{ADDRESS:Kensington Ave & E Somerset St}}, sidewalk under the El, by {{LOCATION:Somerset station}}, {{LOCATION:Philadelphia}} {{ZIP:19134}}
Pt: F ~35, states name {{NAME:Krystal}} "{{NAME:Kiki}}" {{NAME:Mahoney}}, DOB {{DATE:8/8/89}} per pt.
CC: OD + "my arm is rotting". Bystander gave Narcan 4 mg x2. On arrival RR 10, SpO2 88%, GCS 12, BVM x2 min -> RR 14.
Wounds: L forearm large necrotic ulcer w/ exposed tendon, foul odor; R hand swollen. Reports "tranq dope" (xylazine/fentanyl).
BP 92/58 HR 58 BGL 84. COWS 4 after naloxone.
Tx: O2 NRB, IV x1 L AC failed, IO not needed. Wound dressed w/ saline gauze.
Transported to {{FACILITY:Frankford-Penn Medical Center}}; care to RN {{NAME:Bui}} 0812.
Pt asked us to call her outreach worker {{NAME:Lamont}} at {{FACILITY:Harrowgate Harm Reduction}} ("the van on {{ADDRESS:Kensington Ave}}"), # from her phone {{PHONE:267-555-0145}}.
Crew {{NAME:D. Moskowitz}} EMT-P #{{LICENSE:PA-EMTP-077314}}, {{NAME:R. Acevedo}} EMT`,
  `TRAUMA BAY RECORD     {{FACILITY:Peachtree Crossing Hospital}}     Resus 3
Pt name: {{NAME:UNKNOWN, DELTA 88}}    temp MRN {{MRN:PX-TMP-0088}}    Gender M    est. age 20s
Arrival: {{DATE:09/28/24 0032}} via Medic 14; APD {{FACILITY:Zone 5}}, case # {{ID:242720114}}
MOI: stab wound x1 L upper abd + defensive lac L palm, fight on the {{LOCATION:Five Points station}} mezzanine (MARTA).
0032  arrival   HR 124  BP 98/60  RR 22  SpO2 97%  GCS 15
0034  eFAST neg pericardial, neg abd, lung sliding bilat
0036  2 large-bore IV, 1 L LR, type & cross 4
0040  Wound 2 cm L UQ, fascia violated on local exploration -> OR
0052  to OR (ex-lap), Dr. {{NAME:Ingrid Solheim}}
Tattoo L forearm "{{NAME:Aaliyah}} {{DATE:6/4/19}}" -- photographed by APD.
Pt gave name as "{{NAME:Tre}}" to medic, then refused further info.
Post-op: gastric lac repaired, spleen intact. Identified by mother {{NAME:Sharonda Gaines}} at 0410 ({{PHONE:678-555-0150}}); real name {{NAME:Travon L. Gaines}}, DOB {{DATE:4/2/2003}}; merged to MRN {{MRN:PX4417730}}.
Recorder: {{NAME:SM}} RN`,
  `ED TRIAGE NOTE -- {{FACILITY:Flatbush Harbor Hospital}}    {{DATE:Wednesday, October 9, 2024 2250}}
{{NAME:Marie-Carmel Joseph}}, 29F, G3P2 at ~32 wks by dates (LMP {{DATE:2/24/24}}), MRN {{MRN:FH0098172}}.
Language: Haitian Creole. Phone interpreter {{NAME:Jean-Robert}} ID {{ID:HC-55821}} for entire triage.
CC: headache x 1 day, "mwen we ti zetwal" (seeing spots), swelling of feet.
BP 172/108, repeat 168/110. HR 92. RR 18. SpO2 99%. FHR 140s by doppler. Urine protein 3+.
No vaginal bleeding, no LOF, +FM.
ESI 2 -> direct to L&D triage per OB (Dr. {{NAME:Achterberg}}), labetalol 20 mg IV ordered, Mg sulfate per pre-E w/ severe features protocol.
Came by livery cab from home {{ADDRESS:315 E 21st St, Apt 3C}}, {{LOCATION:Brooklyn}} {{ZIP:11226}}. Husband {{NAME:Wilner}} at home with kids ({{PHONE:347-555-0123}}).
Prenatal care at {{FACILITY:Nostrand Community Health Center}}; last visit {{DATE:9/25}}.
Medicaid CIN {{HEALTH_PLAN:XY44718B}}.
Triage RN: {{NAME:Guerline Pierre-Louis}}`,
  `ED -> PICU HANDOFF   {{FACILITY:St. Casimir Medical Center}}   {{DATE:12/05/2024 1610}}
Pt: {{NAME:Aiden Kowalski-Reyes}}, 14M, MRN {{MRN:SC-6017732}}
T1DM on Omnipod 5 (PDM serial {{DEVICE:OP5-PDM-2281047}}) + Dexcom G7 (sensor SN {{DEVICE:7R3KM41}}). Pod failed at school ({{FACILITY:Kelvyn Park High School}}) ~1000, not changed. School nurse Ms. {{NAME:Gardner}} called mom at 1300 for vomiting.
ED course: pH 7.08, HCO3 6, gap 29, BG 512, K 5.9 -> 4.4, beta-OHB 7.2. 20 mL/kg NS x1, insulin gtt 0.1 u/kg/h started 1420 (2-bag system). Mental status: GCS 15 but sleepy. No HA.
Watch: cerebral edema (mannitol at bedside, 3% available), K when it drops, pod/CGM OFF.
To do: BMP + VBG q2h, neuro checks q1h, POC BG q1h.
Mom {{NAME:Lourdes Reyes}} {{PHONE:773-555-0108}}; dad {{NAME:Piotr Kowalski}} {{PHONE:773-555-0151}} (separated, both may receive info per mom).
Endo: Dr. {{NAME:Salma Haddad}} following. Accepting: Dr. {{NAME:Brennan}} PICU, bed 6.
Insurance BCBS IL member {{HEALTH_PLAN:XOH881230417}}.`,
  `POISON CENTER -- CONSULT NOTE (phone)
{{DATE:1/29/25 0140}}. Caller: ED attending Dr. {{NAME:Min-jun Cho}}, {{FACILITY:Arroyo Verde Medical Center}}.
CA poison case # {{ID:CPC-2025-0114772}}. Toxicologist on call: Dr. {{NAME:Rivka Halpern}} ({{PHONE:800-555-0122}}, pager {{PHONE:4490}}).
Pt: {{NAME:Lau Wai-man}} ({{NAME:劉偉文}}), 71M, MRN {{MRN:AV-4419082}}. Lives {{LOCATION:Monterey Park}}; daughter {{NAME:Cynthia Lau}} ({{PHONE:626-555-0165}}) brought herbal soup packet from {{FACILITY:Garvey Tak Hing Herbs}}.
Hx: drank herbal soup ~2200 for knee pain; 1 h later perioral numbness, vomiting, palpitations.
ECG: bidirectional VT runs, HR 40-150. K 3.6, Mg 1.7.
Assessment: probable aconite (fu zi / chuan wu) toxicity.
Recs: amiodarone 150 mg IV, Mg 2 g, treat bradycardia w/ atropine, avoid Ca unless needed; lidocaine if amio fails; ECMO consult if refractory. Send herb sample + urine to lab (send-out); consider notifying public health.
PC to f/u at 0400 and 1000.
SPI {{NAME:Marco Dellaventura}}, PharmD`,
  `BOARDING REPORT -- {{FACILITY:Gulfgate Memorial Hospital}} ED   {{DATE:Mon 08/26/2024 2300}}
Pod | Bed | Name                     | Adm dx              | Unit req        | Hrs boarded
A   | 4   | {{NAME:Ebanks, Claudette}}        | CHF exac            | {{FACILITY:Magnolia 6}} tele     | 14
A   | 9   | {{NAME:Gutierrez, Hector}} "{{NAME:Tito}}" | cellulitis/abscess  | med             | 9
B   | 2   | {{NAME:Abdi, Hodan}}              | sickle crisis       | {{FACILITY:Magnolia 5}}          | 7
B   | HW3 | {{NAME:Truong, Lan}}              | {{AGE:96}}F, UTI, delirium | med             | 22
C   | 1   | {{NAME:DOE, JOHN 1183}}           | ETOH/withdrawal?    | step-down       | 5
C   | 6   | {{NAME:LeBlanc, Tyrone}}          | EDO, psychosis      | psych -- {{FACILITY:Harris Oaks Behavioral}} waitlist | 41
Notes:
 - {{NAME:Truong}} granddaughter {{NAME:Vy}} asks for hospice consult, calls {{PHONE:281-555-0133}}.
 - {{NAME:LeBlanc}}: EDO from {{DATE:8/24}}, APOWW by HPD Ofc. {{NAME:Garza}} #{{ID:7719}}; probate court hearing {{DATE:8/27}}.
 - {{NAME:DOE, JOHN 1183}}: found {{ADDRESS:under I-45 at Pierce St}}; CIWA 14.
House sup: {{NAME:Adriana Vasquez-Monroe}} x{{PHONE:6612}}`,
  `SANE PROGRAM -- REFERRAL (adolescent)   {{FACILITY:Schuylkill Valley Hospital}} Peds ED
{{DATE:06/14/2025 1725}}
Pt: {{NAME:Destiny Amara Oyelaran-Brooks}}, 15F, MRN {{MRN:SV-44710293}}. Accompanied by aunt {{NAME:Felicia Brooks}} (legal guardian, papers seen).
Disclosure to school counselor (Mr. {{NAME:Haverford}}) at {{FACILITY:Overbrook Prep Academy}} today re: assault by adult acquaintance ~{{DATE:6/12}} at a house on {{ADDRESS:N 60th St near Girard Ave}}.
Reports: DHS hotline report made by school, ref # {{ID:CPS-25-0614-7731}}; PPD Special Victims, DC # {{ID:25-19-031142}}, Det. {{NAME:Alvarez-Kim}}.
Within 72 h window -> evidence kit offered; aunt and pt consent. Kit # {{ID:PSP-K-25-04419}}.
SANE: {{NAME:Colleen Ferraro}}, RN, SANE-P, arrived 1810.
Child advocacy: forensic interview scheduled at {{FACILITY:West Philly Children's Advocacy House}} {{DATE:6/17}} 10:00; {{PHONE:215-555-0174}}.
Meds: ceftriaxone, azithro (not doxy: age/preference), nPEP offered -- guardian declines pending results, EC given.
Aunt's phone {{PHONE:215-555-0112}}; address {{ADDRESS:5931 Callowhill St}}, {{ZIP:19151}}.`,
  `YOUR EMERGENCY ROOM VISIT -- what happened and what to do next
{{FACILITY:St. Brendan's Hospital Queens}}          Date of visit: {{DATE:11/23/2024}}
Patient: {{NAME:Arif Hossain}}      Birth date: {{DATE:07/02/2011}}      MRN: {{MRN:SBQ-2290184}}
Why you came: you hit your head playing cricket at {{LOCATION:Flushing Meadows}} park. You had a headache and threw up once.
What we found: a mild concussion (a mild brain bruise). Your CT scan was NOT needed (PECARN rule). Your exam was normal.
At home:
 * Rest your brain for 1-2 days: less phone, TV and video games.
 * Go back to school ({{FACILITY:IS 417 Corona Heights Academy}}) when headache is mild. Ask for a note from the nurse.
 * No cricket, soccer or gym until your doctor says OK.
 * Tylenol (acetaminophen) 500 mg every 6 hours if needed. Avoid ibuprofen for 24 hours.
COME BACK NOW or call 911 if: headache gets much worse, vomiting again and again, very sleepy, seizure, weakness.
Your father {{NAME:Mohammad Hossain}} asked for Bengali; interpreter {{NAME:Shirin}} (ID {{ID:BEN-40217}}) read these with you.
Follow up with Dr. {{NAME:Tahmina Chowdhury}} in 2-3 days: {{ADDRESS:37-14 74th St, 2nd Fl}}, {{LOCATION:Jackson Heights}}, NY {{ZIP:11372}}, {{PHONE:718-555-0182}}.`,
  `ED CALLBACK -- LEFT AMA
{{FACILITY:Chattahoochee Regional Hospital}} ED        Visit {{DATE:12.29.24}}, left 0322 before results
Pt: {{NAME:Quentin Oluwadamilare Ashby}}, 45M, MRN {{MRN:CH-207718}}, acct {{ACCOUNT:CH55018273}}
Reason for call: troponin #2 resulted 0.62 (ref <0.04) after pt left; ECG had 1 mm ST depression V4-V6.
{{DATE:12/29}} 0405: called cell {{PHONE:404-555-0160}} -- no answer, VM left (name + callback only, no results).
0420: called home {{PHONE:770-555-0131}} -- aunt {{NAME:Bernice Ashby}} answered; did not share results; asked her to have him call ED.
0440: pt called back from {{PHONE:404-555-0189}}. Identity verified (DOB {{DATE:03/03/79}}, address {{ADDRESS:812 Ralph David Abernathy Blvd}}). Explained abnormal blood test = possible heart attack, needs to return now. Pt states he left because of his dog and work at {{FACILITY:Hartsfield Cargo Services}} at 0600.
Agreed to return. Offered 911 -- pt declined, neighbor {{NAME:Dee}} driving him.
0515: pt back in ED, room 14. Heparin started, cards (Dr. {{NAME:Okereke}}) paged.
Called by: {{NAME:Samantha Lyles}}, RN / Dr. {{NAME:Parveen Mirza}}`,
  `PETITION FOR INVOLUNTARY/JUDICIAL ADMISSION (405 ILCS 5/3-601) -- chart copy
Respondent: {{NAME:Bohdan Hrytsenko}}   DOB {{DATE:1967-04-22}}   MRN {{MRN:0619428}}
Address: {{ADDRESS:2240 W Chicago Ave, Apt 3R}}, {{LOCATION:Chicago}}, IL {{ZIP:60622}} ({{LOCATION:Ukrainian Village}})
Petitioner: CPD CIT Officer {{NAME:Rashida Gant}}, star #{{ID:14422}}, {{FACILITY:12th District}}. RD # {{ID:JH-558103}}.
Date/time of petition: {{DATE:02/09/2025, 21:15}}
Facts: Neighbor ({{NAME:Oksana Melnyk}}, {{PHONE:312-555-0195}}) called 911 because resp was banging on doors at 2 a.m. for 3 nights, stating Russians were "in the walls" and holding a kitchen knife. Resp barricaded inside; CPD forced entry. Resp told officer he would "finish them before they finish me."
Witnesses: {{NAME:Oksana Melnyk}}; Ofc. {{NAME:Travis Oyelaran}} #{{ID:19077}}.
Certificate #1 by Dr. {{NAME:Emeka Obi}} {{DATE:2/9/25 2330}} at {{FACILITY:Lakeshore Methodist Hospital}}.
Rights given to resp in Ukrainian via interpreter {{NAME:Halyna}} #{{ID:UKR-2205}}; copy served 2340.
Son {{NAME:Andriy Hrytsenko}} ({{PHONE:847-555-0148}}) notified.`,
  `ED PROVIDER NOTE -- {{FACILITY:Gowanus Bay Hospital}}        {{DATE:02/03/2025 0915}}
{{NAME:Concetta Iannuzzi}}, {{AGE:97}} y.o. F, MRN {{MRN:GB-00318472}}, sent from {{FACILITY:Bay Ridge Gardens Rehab & Nursing}} (fax {{FAX:718-555-0116}}) for "lethargy, poor PO x2d".
MOLST on file (signed {{DATE:3/14/2023}}): DNR / DNI, trial of IV fluids and antibiotics OK, no ICU.
HCP: son {{NAME:Salvatore}} "{{NAME:Sal}}" {{NAME:Iannuzzi}} -- {{PHONE:917-555-0135}}; reached 0930, agrees w/ plan.
Exam: T 38.4, HR 104, BP 101/56, SpO2 93% 2L. Dry. Sacral stage 2 PU. Foley not present. Oriented to self only (baseline per NH: oriented to self, feeds herself).
Labs: WBC 15.2, Na 151, BUN/Cr 62/1.9, lactate 2.4; UA + LE/nitrite.
Imp: urosepsis + hypernatremic dehydration in a {{AGE:97}}yo w/ advanced dementia.
Plan: ceftriaxone 1 g, D5W + LR, admit med (goals of care: comfort-focused if worsens). Palliative consult.
Home address on file: {{ADDRESS:8620 18th Ave}}, {{LOCATION:Bensonhurst}}, {{LOCATION:Brooklyn}} {{ZIP:11214}} (prior to NH).
Medicare {{HEALTH_PLAN:5WQ2-HN8-RT64}}.
Dr. {{NAME:Aurelio Benedetto}} / {{NAME:nk}}`,
  `TRAUMA ACTIVATION NOTE -- {{FACILITY:Pacific Crest Trauma Center}}
{{DATE:04/26/2025 17:52}} Tier 1. LAFD RA 1, run {{ID:25-LAFD-118804}}.
Pt: {{NAME:Efrain Tzul Batz}}, 27M (ID from wallet), MRN {{MRN:PCT-00509917}}.
MOI: motorcyclist vs SUV, ~50 mph, helmeted (helmet cracked), thrown ~20 ft at {{ADDRESS:I-5 NB near Los Feliz Blvd}}. CHP incident {{ID:CHP-250426-0991}}, Officer {{NAME:D. Haverty}} ID {{ID:21094}}.
Motorcycle: 2017 Kawasaki Ninja, plate {{VEHICLE:22H4471}}, VIN {{VEHICLE:JKAEX8A19HDA41227}} -- per CHP.
Primary: airway intact, GCS 13 (E3V4M6), BP 88/50 -> 112/70 after 2u LTOWB. Pelvis unstable -> binder at 1755.
Injuries: open L tib/fib (Gustilo IIIA), L acetabular fx, L pneumothorax (tube placed), grade III liver lac.
Plan: IR angio for pelvis, ortho ex-fix, cefazolin + gent, tetanus.
Pt's CA DL {{LICENSE:E1120394}}; emergency contact (phone) cousin {{NAME:Ana Tzul}} {{PHONE:818-555-0183}}.
Attending Dr. {{NAME:Oksana Lytvyn}}; note by {{NAME:J. Delacroix-Mensah}}, MD PGY-4`,
  `MASS CASUALTY / CO EXPOSURE -- ED SUMMARY   {{FACILITY:Gulfgate Memorial Hospital}}   {{DATE:7/9/24}}
Generator running in garage during power outage, {{ADDRESS:7714 Bellfort Ave}}, {{LOCATION:Houston}} {{ZIP:77087}}. HFD Eng 46 + Medic 46, 71; HFD incident {{ID:24-0709-3381}}.
Name                      | Age | COHb | Sx                  | Dispo
{{NAME:Oyekunle, Babatunde}}      | 52  | 24%  | HA, vomiting         | HBO -> {{FACILITY:Bayou Hyperbaric Center}}
{{NAME:Oyekunle, Folasade}}       | 49  | 18%  | HA                   | 100% NRB, obs
{{NAME:Oyekunle, Tobi}}           | 11  | 21%  | syncope at scene     | HBO
{{NAME:Adeyemi, Grace}}           | {{AGE:90}}  | 31%  | confused, trop 0.11  | HBO + tele
{{NAME:Nguyen, Peter}} (neighbor) | 38  | 6%   | none                 | d/c
Lactate {{NAME:Adeyemi}} 3.1. ECG {{NAME:Adeyemi}}: ST dep lateral.
HBO accepting Dr. {{NAME:Lucas Thibodeaux}}, {{PHONE:713-555-0144}}. Transport via {{FACILITY:Gulf Coast Critical Transport}}.
Family contact: {{NAME:Kemi Oyekunle-Davis}} (daughter, not home) {{PHONE:832-555-0197}}, email {{EMAIL:kemi.od@familymail.example.net}}.
Charge: {{NAME:Marisela Ochoa}} RN`,
  `ED NOTE -- DOG BITE   {{FACILITY:Frankford-Penn Medical Center}}   {{DATE:August 3rd, 2024}}
{{NAME:Yadiel Figueroa Rosado}}, 8M, MRN {{MRN:FP-4418207}}; w/ mom {{NAME:Xiomara Rosado}} (Spanish, declines interpreter, bilingual).
HPI: bitten by neighbor's pit mix ~1500 on the block ({{ADDRESS:N 4th St & W Cambria St}}, {{LOCATION:Fairhill}}). Dog owner {{NAME:Hector}} (last name unk), {{ADDRESS:2914 N 4th St}}. Dog vax status unknown.
Exam: R forearm 3 punctures + 4 cm lac, R cheek 1.5 cm lac; no tendon involvement, full ROM, NV intact.
Tx: copious irrigation, cheek lac closed 6-0 Prolene x4 (face), forearm left open/loosely approximated; Augmentin 45 mg/kg/day BID x5d. Tdap UTD. Rabies: report to ACCT, dog to be quarantined 10 days; PEP deferred pending obs per health dept (Dr. {{NAME:Winslow}}), case # {{ID:PDPH-RAB-24-1187}}.
Police: PPD {{FACILITY:25th District}} Ofc. {{NAME:Maldonado}}, DC # {{ID:24-25-044871}}.
Wound check {{DATE:8/5}}. Mom cell {{PHONE:267-555-0166}}.
PA {{NAME:Lakshmi Venugopal}}`,
  `INTERPRETER-LINE CALL RECORD
Facility: {{FACILITY:Ponce Memorial Hospital}} ED, {{DATE:5/30/2025}}   start 1412 end 1447   (35 min)
Vendor: Global Talk Interpreting    Language: Amharic    Interpreter: {{NAME:Meskerem}}  ID {{ID:AMH-88190}}
Patient: {{NAME:Tsehay Gebremariam}}, 41F, MRN {{MRN:PM-8814270}}
Clinician: Dr. {{NAME:Jonah Feinstein}}; RN {{NAME:Precious Mbeki}}
Topics: HPI (RUQ pain after injera and fatty meal, 3rd episode), consent for US, results (gallstones, GB wall 4 mm, Murphy's sign +), surgery consult plan, NPO.
Pt asked that her husband {{NAME:Dawit Alemu}} ({{PHONE:404-555-0170}}) be told; pt lives {{ADDRESS:3641 Market St, Apt 22}}, {{LOCATION:Clarkston}}, GA {{ZIP:30021}}; works at {{FACILITY:Stone Mountain Poultry Co}} night shift.
Note: call dropped at 1431, reconnected w/ interpreter {{NAME:Yonas}} ID {{ID:AMH-90112}}.
Pt speaks some Tigrinya; Amharic OK per pt.
Documented by {{NAME:PM}}`,
  `CFD EMS -- PATIENT CARE REPORT      Amb 23     Run # {{ID:2025-061122845}}
Date {{DATE:06/11/2025}}   Called 1811   On scene 1817   Transport 1831   Arrived 1840
Location: {{ADDRESS:S Western Ave & W Cermak Rd}}, NE corner, bus stop ({{LOCATION:Little Village}})
Pt: {{NAME:Guadalupe Anaya de Leon}}, 68F, Spanish speaking (crew member {{NAME:Ortega}} translated).
Mech: pedestrian struck by CTA bus #7719 turning right, low speed, pt knocked down, no run-over per witnesses. CPD on scene {{FACILITY:10th District}}, RD # {{ID:JJ-301447}}.
Assessment: GCS 15. C-spine: NEXUS + (tenderness midline) -> collar. R hip pain, no shortening. Abrasions R elbow. BP 164/92, HR 98, SpO2 97%, BGL 148.
Tx: c-collar, scoop to stretcher, fentanyl 50 mcg IN.
Meds: metformin, losartan. NKDA.
Dest: {{FACILITY:Lakeshore Methodist Hospital}} -- trauma cat II.
Daughter {{NAME:Maricela Anaya}} called by bystander, meeting at hospital ({{PHONE:773-555-0126}}).
Crew: PM {{NAME:L. Ortega}} lic {{LICENSE:IL-EMTP-60912}}, EMT {{NAME:K. Brzezinski}}`,
  `SANE / FORENSIC NURSE NOTE -- {{FACILITY:Harlem River Medical Center}}
{{DATE:9/21/24 0210}}.  Pt: {{NAME:Yokasta Almonte Peralta}}, 33F, MRN {{MRN:HR05518304}}. Spanish (Dominican); exam in Spanish by bilingual SANE.
Reported: partner ({{NAME:Wilkin}} -- pt states full name {{NAME:Wilkin Batista}}) strangled her w/ hands ~2330 {{DATE:9/20}} at home, {{ADDRESS:560 W 163rd St, Apt 4D}}, {{LOCATION:Washington Heights}}, NY {{ZIP:10032}}; +LOC "se me fue todo negro", + urinary incontinence, hoarse voice.
Findings: petechiae bilateral eyelids, linear abrasions L neck, 2 x 3 cm contusion R jaw. No stridor. Photos: {{PHOTO:IMG_20240921_0231.jpg}} - {{PHOTO:IMG_20240921_0244.jpg}} (14 images) uploaded to forensic media.
CTA neck ordered (strangulation protocol): no dissection.
NYPD {{FACILITY:33 Pct}} DV officer {{NAME:Chanel Whitlock}} #{{ID:30917}}; DIR # {{ID:2024-033-00721}}. Temporary order of protection petition -- pt will go to family court.
Safety plan: pt and kids (ages 6, 9) to stay with her cousin {{NAME:Ana Peralta}} in {{LOCATION:Inwood}} ({{PHONE:646-555-0114}}). Advocate {{NAME:Lissette}} from {{FACILITY:Casa Alborada DV Services}}.
SANE: {{NAME:Gisela Marte}}, RN, SANE-A`,
  `ED -> CCU HANDOFF     {{FACILITY:St. Vibiana General Hospital}}     {{DATE:Thu 1/9/2025 2210}}
Pt {{NAME:Rodelio Bautista Macaraeg}}, 64M, MRN {{MRN:SVG-1002874}}, HAR {{ACCOUNT:3300918472}}
Situation: electrical storm -- 4 ICD shocks at home ({{ADDRESS:2419 Temple St}}, {{LOCATION:Historic Filipinotown}}), then 2 more in ED for VT at 190.
Device: Abbott dual-chamber ICD, SN {{DEVICE:ICD-81127734}}, implanted {{DATE:2019-06-11}} at {{FACILITY:Bunker Hill Heart Institute}}. Interrogation by rep ({{NAME:Kyle Brandt}}, {{PHONE:626-555-0181}}): 6 appropriate shocks, ATP x3 failed.
Background: ischemic CM, EF 25%, CKD3a.
Treatment: amio 150 mg bolus + gtt 1 mg/min, lido 100 mg, Mg 2 g, K 3.4 -> repleting. Not intubated; midazolam 2 mg for anxiety only.
To do: EP (Dr. {{NAME:Sunita Raghavan}}) for possible ablation, check TSH, hold coreg.
Wife {{NAME:Imelda}} at bedside; son {{NAME:Jun-Jun}} (RN at our hospital) {{PHONE:213-555-0177}}.
Handoff given by {{NAME:Hanna Berhane}}, MD to {{NAME:Xavier Dubois}}, MD.`,
  `ED FOLLOW-UP CALL -- CULTURE RESULT
Pt: {{NAME:Zainab Siddiqui}}, 3 y F     MRN {{MRN:BB00471190}}     ED visit {{DATE:10/12/24}}
Urine culture {{DATE:10/14/24}}: >100K E. coli, RESISTANT to cephalexin (Keflex), sensitive to nitrofurantoin, TMP-SMX, ceftriaxone.
Call {{DATE:10/14/2024 1540}} to dad {{NAME:Imran Siddiqui}} {{PHONE:281-555-0153}} (identity verified: child's DOB {{DATE:6/17/2021}}).
Child still febrile 38.9 this morning, drinking ok, 4 wet diapers. Mom ({{NAME:Ayesha}}) gave Keflex doses as prescribed.
Plan per Dr. {{NAME:Hollis}}: stop Keflex, start TMP-SMX 8 mg/kg/day TMP divided BID x 10 days (total). New Rx sent to {{FACILITY:Hillcroft Family Pharmacy}}, {{ADDRESS:6032 Hillcroft St}}, {{LOCATION:Houston}} {{ZIP:77081}}, {{PHONE:713-555-0142}} / fax {{FAX:713-555-0143}}.
Advised return if fever >48 h on new med, vomiting, not drinking. PCP Dr. {{NAME:Farhana Qureshi}} notified by fax {{FAX:281-555-0109}}.
Dad asked for results by email -- declined, offered portal instead: {{URL:https://portal.buffalobayoumed.org}}.
{{NAME:Trina Beaudoin}}, RN (callback nurse)`,
  `UNIDENTIFIED ADULT -- ED SOCIAL WORK NOTE   {{FACILITY:Peachtree Crossing Hospital}}
{{DATE:01/16/2025 1130}}. Alias {{NAME:UNKNOWN, MAGNOLIA}}, MRN {{MRN:PX-TMP-0131}}.
Older woman (est. 85-95) found by MARTA police at {{LOCATION:Lindbergh Center station}} ~0540, cold, confused, wearing nightgown and one slipper; cannot give name, says "{{NAME:Lula}}" and "my husband {{NAME:Clarence}} is at work".
Found orange wristband transmitter (tracking program), unit # {{DEVICE:PLS-GA-004418}} -> sheriff's office searched program roster: {{NAME:Lula Mae Thornton}}, DOB {{DATE:12/24/1933}} ({{AGE:91}} yo), reported missing from {{ADDRESS:1077 Lindridge Dr NE}}, {{LOCATION:Atlanta}} {{ZIP:30324}} at 0300 by grandson.
Grandson {{NAME:Darnell Thornton}} ({{PHONE:404-555-0121}}) arrived 1045, confirmed ID with photo on his phone. Alias {{NAME:UNKNOWN, MAGNOLIA}} merged to MRN {{MRN:PX0019928}}.
SSN provided by grandson for registration {{SSN:252-55-0184}}; Medicare {{HEALTH_PLAN:2GH7-UV3-KX55}}.
Husband {{NAME:Clarence}} died 2011 per grandson. Dementia (Alzheimer's), lives with grandson; APS referral discussed -- not indicated, door alarms ordered via {{FACILITY:Piedmont Home Medical Supply}}.
SW {{NAME:Nadia Haddad-Ross}}, LCSW`,
  `secure chat -- ED pod B <-> MICU   {{DATE:3/3}}
[0212] {{NAME:jess k}} (ED RN): hey is bed 14 ready for mr {{NAME:okafor}}?? he's on 6L HFNC now was 4
[0214] {{NAME:tomasz}} (MICU charge): not yet, EVS still cleaning. 30 min. is he on bipap or hfnc
[0214] {{NAME:jess k}}: HFNC 40L/60%. sats 91-93. RR 28. pt {{NAME:Chukwuemeka Okafor}} MRN {{MRN:0663018}} fyi
[0215] {{NAME:tomasz}}: ok. who's the resident on him
[0216] {{NAME:jess k}}: dr {{NAME:flores-whitman}}, pgr {{PHONE:3317}}. also wife {{NAME:ngozi}} wants to come up w him, she's been here since 8
[0217] {{NAME:tomasz}}: ok 1 visitor fine. is the covid/flu back
[0219] {{NAME:jess k}}: flu A pos. droplet. also hes got a R PICC? no -- R IJ trialysis from dialysis at {{FACILITY:Bronzeville Kidney Center}}, dont use
[0221] {{NAME:tomasz}}: got it. ill send {{NAME:Marta}} down w the transport vent just in case
[0247] {{NAME:Marta S.}} (RN): on my way
[0302] {{NAME:jess k}}: pt up to MICU 14 @ 0300. report given to {{NAME:Marta}}. his son {{NAME:Kene}} calling {{PHONE:773-555-0173}} pls update
[0303] {{NAME:tomasz}}: thx`,
  `FDNY EMS -- STROKE NOTIFICATION / PCR   Unit 44V   Run # {{ID:25-1107-04420}}
{{DATE:11/07/25}}  disp 1046  on scene 1052  LKW 0945 (per daughter)
Scene: {{LOCATION:Sutphin Blvd-Archer Av station}}, street level, {{LOCATION:Jamaica}}, {{LOCATION:Queens}}. Pt had collapsed on stairs; MTA employee {{NAME:Cyril Bent}} called.
Pt: {{NAME:Hyacinth Myrtle Campbell}}, {{AGE:92}} F. Daughter {{NAME:Marcia Campbell-Reid}} on phone {{PHONE:929-555-0118}}; pt lives {{ADDRESS:146-22 Foch Blvd}}, {{LOCATION:Jamaica}} {{ZIP:11436}}.
Cincinnati: facial droop R, R arm drift, slurred speech. BE-FAST +. LAMS 4.
BGL 132. BP 188/96 HR 84 irreg. SpO2 95%.
Meds (from pill bottles): warfarin 5 mg, amlodipine, atorvastatin. Last INR unk.
Notified {{FACILITY:Jamaica Bay Comprehensive Stroke Center}} 1101, ETA 1112; stroke team Dr. {{NAME:Bhattacharya}}.
Handover 1113 to RN {{NAME:Odette}}.
Crew: EMT-P {{NAME:S. Kaczmarek}} cert {{LICENSE:NYS-P-339127}}; EMT-P {{NAME:M. Dube}} cert {{LICENSE:NYS-P-410882}}.`,
  `TRIAGE LOG -- {{FACILITY:Arroyo Verde Medical Center}} ED -- {{DATE:12/31/24}} night
2204  {{NAME:Hosseini, Farzaneh}}  61F  CP radiating L arm, diaphoretic. ECG @2206: STE II/III/aVF -> STEMI page. ESI 1.
2209  {{NAME:Menjivar, Jose Santos}}  38M  lac R hand box cutter at work ({{FACILITY:Alameda Wholesale Produce}}), bleeding controlled. ESI 4.
2215  {{NAME:Yoon, Eun-ji}}  19F  ETOH, vomiting, friends at bedside. ESI 3.
2231  {{NAME:Jackson, Deandre}}  22M  fireworks burn R hand, partial-thickness palm. ESI 3.
2240  {{NAME:Tadesse, Hirut}}  {{AGE:94}}F  SOB, LE edema, from {{FACILITY:Crenshaw Gardens Assisted Living}}. ESI 2.
2252  {{NAME:Morales, Karla}}  26F  delivered in LAFD rescue en route, placenta not delivered; baby girl {{NAME:Morales}} in warmer. ESI 1 -> L&D.
2305  {{NAME:Hosseini}} to cath lab 2306 (door-to-balloon clock).
2330  {{NAME:Menjivar}}: employer workers' comp claim # {{ACCOUNT:WC-24-7719120}}.
RN {{NAME:Ojeda}} / {{NAME:Fong}}`,
  `POISON CENTER CALL -- ED
{{DATE:04/02/2025 1320}}. Spoke w/ SPI {{NAME:Dana Thibodeaux}}, case {{ID:TX25-0402-11871}}.
Pt: {{NAME:Jaylen Robichaux}}, 16M, MRN {{MRN:GM55881023}}. Found by classmates in bathroom at {{FACILITY:Emancipation Park Academy}}, {{LOCATION:Third Ward}}; school RN gave Narcan 4 mg IN x1 at 1215. HFD Medic 33.
Took "2 Xanax bars" bought via Snapchat. Now GCS 14, RR 12, pinpoint pupils.
PCC: counterfeit alprazolam often contains fentanyl and/or bromazolam; expect recurrent resp depression; naloxone gtt 2/3 of wake-up dose/h if needed; observe min 6 h after last naloxone; UDS will likely miss fentanyl analogs -- send fentanyl + benzo confirm. Pill picture: white bar "S 90 3" (common imprint); keep pill for police.
School resource officer HISD PD Ofc. {{NAME:Marcus Lyle}}, report # {{ID:HISD-25-00318}}.
Mom {{NAME:Renee Robichaux}} {{PHONE:713-555-0137}} arriving.
Dr. {{NAME:Tolulope Adebayo}}`,
  `ED PROVIDER NOTE -- HAND INJURY    {{FACILITY:Schuylkill Valley Hospital}}    {{DATE:07/04/2024 2341}}
{{NAME:Sokha Chhim}}, 23M, MRN {{MRN:SV-44902817}}, CSN {{ACCOUNT:71188203341}}
HPI: M-80 firework went off in L hand at a block party, {{ADDRESS:S 7th St & Ritner St}}, {{LOCATION:South Philly}}, ~2250. PFD Medic 37. Tourniquet not needed, bleeding controlled w/ pressure.
Exam: L hand -- near-amputation of index finger at PIP, open fx thumb proximal phalanx, 2nd-degree burns dorsum, FDP/FDS index not intact. Sensation decreased radial digital n. thumb. Cap refill thumb 3 s, index absent distal.
XR: comminuted fx L thumb P1, index P2 shattered, small metallic FB.
Tx: cefazolin 2 g + gent, Tdap, morphine 4 mg x2, irrigation, bulky dressing + splint.
Plan: hand surgery (Dr. {{NAME:Ngozi Ekwueme}}) -> transfer to {{FACILITY:Delaware Valley Hand & Replant Center}} for possible replant; accepted 0010 by Dr. {{NAME:Roman Vasylenko}}. Transport by {{FACILITY:Keystone Critical Care Transport}}.
Pt's mother {{NAME:Sophal}} (speaks Khmer); cousin {{NAME:Dara}} interpreting by phone {{PHONE:215-555-0168}} -- offered pro interpreter, mother accepts: Khmer interpreter {{NAME:Bopha}} #{{ID:KHM-1177}}.
PPD {{FACILITY:3rd District}} notified re: fireworks, incident # {{ID:24-03-021908}}.
Dr. {{NAME:Callahan}}`,
  `PEACHTREE CROSSING ED -- BED BOARD -- {{DATE:FRI 14 MAR 2025 0400}}
RM   PT NAME                   AGE  PROBLEM                 ADMIT TO           WAIT   RN
R1   {{NAME:TURNER, ANTWAN}}            41   STEMI S/P CATH          CVICU 8            --     {{NAME:KB}}
R2   {{NAME:UNKNOWN, BIRCH}}            ~30  PED STRUCK {{ADDRESS:I-20/MLK EXIT}}   TICU               2H     {{NAME:KB}}
7    {{NAME:PHAM, THI HOA}}             {{AGE:92}}   HIP FX                  ORTHO {{FACILITY:SPALDING 4}}   6H     {{NAME:DW}}
9    {{NAME:OKONJO, CHIDI}}             55   SICKLE, ACS             MICU               11H    {{NAME:DW}}
12   {{NAME:MCBRIDE, TAMMY}}            37   1013, SI W/ PLAN        PSYCH (NO BED)     27H    {{NAME:AE}}
HW4  {{NAME:RAMIREZ, NOE}}              64   GI BLEED, HGB 6.8       {{FACILITY:SPALDING 6}} TELE  3H     {{NAME:AE}}
HW6  {{NAME:ISLAM, RAFIQUL}}            29   RENAL COLIC             OBS                1H     {{NAME:AE}}
NOTES: {{NAME:UNKNOWN, BIRCH}} -- APD {{FACILITY:ZONE 3}} CASE {{ID:250730041}}, NO ID, TATTOO "MAMA {{NAME:GLORIA}}" R CHEST.
{{NAME:MCBRIDE}} -- 1013 SIGNED {{DATE:3/13}} 0030 BY DR {{NAME:AKINTOLA}}; {{FACILITY:RIVERDALE BEHAVIORAL}} CALLED X3, FAX {{FAX:770-555-0104}}.
{{NAME:PHAM}} DAUGHTER {{NAME:LINH}} {{PHONE:678-555-0127}} WANTS CALL BEFORE OR.`,
  `ED NOTE -- PATIENT IN POLICE CUSTODY   {{FACILITY:Harlem River Medical Center}}   {{DATE:2025-05-18 0630}}
Pt: {{NAME:Terrell Augustus Mayfield}}, 31M, MRN {{MRN:HR06620193}}. Arrest # {{ID:M25-618840}}, NYSID {{ID:08812994Q}}. Brought by NYPD {{FACILITY:28 Pct}} officers {{NAME:Donnelly}} (shield {{ID:12093}}) and {{NAME:Sanchez-Ruiz}} (shield {{ID:20417}}) from the precinct cell after "chest pain and can't breathe" ~0540.
Arrested ~2300 {{DATE:5/17}} on {{ADDRESS:Frederick Douglass Blvd & W 116th St}}; reports swallowing "a couple bags" when police approached ("body stuffer").
Exam: handcuffed to stretcher R wrist. HR 108, BP 142/90, RR 16, SpO2 99%. Pupils 4 mm. Abd soft. No tox syndrome currently.
ECG sinus tach, QTc 440. CXR clear. CT A/P w/o contrast: no packets seen.
Plan: observe 6 h on cardiac monitor, naloxone at bedside; if stable -> medically cleared to return to custody / {{FACILITY:Riverside Island Detention Center}}.
Pt requests we call his mother {{NAME:Gwendolyn Mayfield}} ({{PHONE:646-555-0129}}) -- per policy, officers notified; pt allowed to call from ED phone.
Officers asked for discharge summary -- gave medical clearance form only (no diagnosis) per HIPAA custody policy.
Dr. {{NAME:Rachel Abramowitz}} / NP {{NAME:Kofi Mensah-Bonsu}}`,
  `REGISTRATION / HIM NOTE -- DUPLICATE RECORD MERGE
{{FACILITY:Lakeshore Methodist Hospital}} ED registration   {{DATE:10/30/2024 1015}}
Pt presented to ED {{DATE:10/29}} as walk-in; registered by name "{{NAME:Alejandro Cruz}}", DOB {{DATE:1/5/1990}}, new MRN {{MRN:0987712}}.
At registration, pt's palm-vein scan matched existing enrollment {{BIOMETRIC:PV-0044718-21}} belonging to {{NAME:Alejandro Cruz Mendoza}}, DOB {{DATE:01/05/1990}}, MRN {{MRN:0401182}}.
Pt confirmed same person (uses second surname sometimes). Records merged; MRN {{MRN:0987712}} retired.
Old address {{ADDRESS:3115 S Pulaski Rd}} updated to {{ADDRESS:4247 W 26th St, Apt 1}}, {{LOCATION:Chicago}}, IL {{ZIP:60623}}. Phone {{PHONE:872-555-0136}}.
Insurance: IL Medicaid MCO (Meridian) member {{HEALTH_PLAN:IL887120344}}. Guarantor acct {{ACCOUNT:G-1100482761}}.
Ins card photo scanned: {{PHOTO:CARD_0401182_front.png}}; pt face photo for chart (consent signed) {{PHOTO:FACE_0401182_20241030.jpg}}.
DL IL {{LICENSE:C620-4471-9902}}.
HIM analyst {{NAME:Beata Nowakowska}} ext {{PHONE:4-7718}}`,
  `DISCHARGE INFORMATION -- after your 72-hour hold
{{FACILITY:St. Vibiana General Hospital}} Psychiatric Emergency Services
Name: {{NAME:Gabriela Itzel Sandoval}}     Discharge date: {{DATE:June 2, 2025}}
Your hold (5150) started on the afternoon of {{DATE:May 30, 2025}} and was ended early by Dr. {{NAME:Marcus Feld}} because you are safe to go home.
Your diagnosis: depression with a suicide crisis. Your safety plan is attached.
Medicine: sertraline 50 mg, 1 tablet every morning. Do not stop it suddenly.
Your appointments:
 - {{FACILITY:Eastside Wellness Collaborative}} with therapist {{NAME:Ruth Ashbury}}, {{DATE:Thursday 6/5}} at 2:00 PM, {{ADDRESS:2040 Cesar E Chavez Ave}}, {{LOCATION:Los Angeles}} {{ZIP:90033}}, {{PHONE:323-555-0175}}.
 - Psychiatry video visit {{DATE:6/12}}: link {{URL:https://eastsidewellness.example.org/visit/GS-2291}}
If you feel unsafe: call or text 988, or come back to any ER. You can also call your sister {{NAME:Paola}} ({{PHONE:562-555-0140}}) like we practiced.
Your belongings were returned (phone, wallet, keys). Your mom {{NAME:Esperanza Sandoval}} picked you up.
MRN {{MRN:SVG-1118820}}`,
  `ED PROVIDER NOTE (PEDS TRAUMA)    {{FACILITY:Bayou Children's Emergency Center}}    {{DATE:11-19-2024 1710}}
{{NAME:Kameron Bell}}, 9M, MRN {{MRN:BC-3300718}}. Brought POV by grandmother {{NAME:Ernestine Bell}} after "heard a pop" while pt and cousin ({{NAME:Javion}}, 12) were in the bedroom at {{ADDRESS:3407 Rosedale St}}, {{LOCATION:Third Ward}}, {{LOCATION:Houston}} {{ZIP:77004}}. Handgun found in closet.
GSW: entrance L lateral thigh, exit posterior thigh. No other wounds. GCS 15. HR 128 -> 102. Distal pulses 2+, ABI 1.0, no hematoma.
XR: no fx, no retained fragment. CTA not needed (ABI > 0.9, hard signs absent).
Tx: irrigation, Ancef, dressing, Tdap UTD per grandmother; oxycodone 0.1 mg/kg.
HPD Juvenile, incident # {{ID:158807-24}}, Ofc. {{NAME:Villarreal}} at bedside. CPS (DFPS) intake # {{ID:DFPS-88103471}} called by SW {{NAME:Candace Ferrell}} 1650 (unsecured firearm).
Safe storage counseling; free lock from {{FACILITY:Bayou Safe Kids Coalition}}.
Mom {{NAME:Shantel Bell}} (at work, {{FACILITY:Sunnyside Dialysis}}) {{PHONE:832-555-0186}}.
Dr. {{NAME:Abimbola Fashola}}`,
  `FDNY EMS -- REFUSAL OF MEDICAL ASSISTANCE (RMA)     Unit 09B     Run {{ID:25-0203-11927}}
Date: {{DATE:3 Feb 2025}}    Time 1942
Location: {{ADDRESS:41-20 Main St}} (in front of bakery), {{LOCATION:Flushing}}, NY {{ZIP:11355}}
Pt: {{NAME:Zheng Guoliang}}, 79M. Mandarin; interpreted by grandson {{NAME:Kevin Zheng}}, 17 (pt refused phone interpreter).
Slipped on ice, fell on R side, denies head strike, no LOC. Ambulating w/ cane. R wrist mild swelling, full ROM, no snuffbox TTP. BP 150/84 HR 78 BGL 140.
Risks of refusal explained incl. possible fracture; pt understands, A&Ox4, capacity intact, wants to go home and see "his own doctor on the {{DATE:5th}}" -- Dr. {{NAME:Hu}} at {{FACILITY:Kissena Family Medicine}}.
Advised: ice, elevation, call 911 for any worsening.
Home: {{ADDRESS:133-51 Sanford Ave, Apt 6K}}. Grandson's phone {{PHONE:347-555-0152}}.
Pt signature: [signed, Chinese characters] ({{NAME:郑国良}}). Witness: grandson.
Crew: {{NAME:E. Santos}} EMT / {{NAME:B. Greenbaum}} EMT. Medical control not contacted (BLS RMA).
Note date of appt: pt means the {{DATE:5th}} of this month.`,
  `MASS CASUALTY -- TRAUMA BAY SUMMARY    {{FACILITY:Calumet Regional Trauma Center}}    {{DATE:07/06/25}} 0115-0240
Shooting at gathering, {{ADDRESS:S King Dr & E 79th St}} ({{LOCATION:Chatham}}). CPD {{FACILITY:6th District}}, RD# {{ID:JJ-412210}}. 5 pts via CFD Amb 49, 18, 62 + 1 POV.
BAY | ALIAS                 | EST AGE | INJURIES                          | DISPO
1   | {{NAME:TRAUMA, ALPHA 2501}}    | 20s     | GSW chest, L HTX, arrest -> ROSC  | OR 1
2   | {{NAME:TRAUMA, BRAVO 2502}}    | teen    | GSW R arm, through-and-through    | ED obs
3   | {{NAME:TRAUMA, CHARLIE 2503}}  | 30s     | GSW abd x2                        | OR 2
4   | {{NAME:TRAUMA, DELTA 2504}}    | 40s     | GSW L foot                        | ortho
5   | {{NAME:TRAUMA, ECHO 2505}}     | teen    | graze L scalp, GCS 15             | d/c w/ mom
IDs confirmed (0230): {{NAME:ALPHA 2501}} = {{NAME:DeMarco Fields}} ({{DATE:4/11/2002}}); {{NAME:BRAVO 2502}} = {{NAME:Jamari Stokes}}; {{NAME:CHARLIE 2503}} = {{NAME:Cedric Wynn}}; {{NAME:DELTA 2504}} = {{NAME:Lawrence Oyebanji}}; {{NAME:ECHO 2505}} = {{NAME:Kiara Dunbar}}.
Family waiting room: chaplain Rev. {{NAME:Otis Greene}}, Violence recovery ({{FACILITY:Southside Peacekeepers}}) {{NAME:Andre Pettaway}} {{PHONE:773-555-0159}}.
TTL: Dr. {{NAME:Ogunleye}}; scribe {{NAME:ff}}.`,
  `POISON CENTER -- SNAKEBITE CONSULT
Case # {{ID:CPC-2025-0522301}}.  {{DATE:05/22/2025 1705}}.  Consultant Dr. {{NAME:Amara Whitfield-Nnadi}}
Pt: {{NAME:Tobias Lindqvist}}, 44M, MRN {{MRN:PCT-00611820}}, at {{FACILITY:Pacific Crest Trauma Center}}.
Bitten R ankle by rattlesnake ~1530 while hiking in {{LOCATION:Griffith Park}} near the observatory trail; hiking partner {{NAME:Noor}} took photo of snake (Southern Pacific rattlesnake?).
Progression: swelling to mid-calf at 1630, to knee at 1700. Plt 88, fibrinogen 110, INR 1.4.
Recs: CroFab 6 vials now (lot 0987Z45, exp 11/2026) -- or Anavip 10 vials; repeat labs 1 h after infusion; mark edge of swelling q30 min; no tourniquet, no ice, no incision; elevate; repeat initial dose if progression; no fasciotomy unless measured compartment pressure high.
Admit ICU. PC will call ICU at 2100 ({{PHONE:310-555-0193}}).
ED attending Dr. {{NAME:Haruto Ishikawa}} pager {{PHONE:2288}}.
Pt's wife {{NAME:Emelie Lindqvist}} in {{LOCATION:Stockholm}} notified by pt himself.`,
  `ED -> MICU SIGNOUT   {{FACILITY:Gulfgate Memorial Hospital}}   {{DATE:9/2/24 0630}}
{{NAME:Rosa Amalia Portillo de Ayala}}, 57F, MRN {{MRN:GM55913376}}, Spanish-speaking (interpreter #{{ID:SPA-66012}} {{NAME:Graciela}} used for consent).
ESRD on HD MWF at {{FACILITY:Gulfton DaVerde Dialysis}}; missed Fri + Mon (clinic flooded after storm). K 7.4, peaked T, QRS 138.
Given: Ca gluconate 3 g, insulin 10 u + D50, albuterol 20 mg neb, Lokelma 10 g. Repeat K 6.6, QRS 112.
Access: L AVF (thrill +), do NOT use L arm for BP/IV. R femoral temp HD line placed 0510 (Dr. {{NAME:Oyinlola}}), CXR n/a.
Nephro (Dr. {{NAME:Venkataraman}}) -> urgent HD in MICU at 0800.
Other: BP 198/104, on nicardipine 5 mg/h. Volume up -- 4 kg over dry weight.
Lives {{ADDRESS:5901 Renwick Dr, Apt 117}}, {{LOCATION:Gulfton}}, {{LOCATION:Houston}} {{ZIP:77081}}. Husband {{NAME:Nelson Ayala}} {{PHONE:713-555-0188}}; daughter {{NAME:Katherine}} works here (lab).
Medicaid/STAR {{HEALTH_PLAN:TX712004881}}.
By {{NAME:EO}} / accepted by Dr. {{NAME:Whitlow}} 0640`,
  `ED FOLLOW-UP PHONE CALL -- RUSSIAN INTERPRETER
Pt {{NAME:Raisa Grigorievna Feldman}}, {{AGE:95}} yo F, MRN {{MRN:FP-0071129}}, seen {{DATE:2/11/25}} for fall, L pubic ramus fx, discharged home w/ walker + home PT.
Call {{DATE:2/13/25 1015}} -> home {{PHONE:215-555-0178}} via phone interpreter {{NAME:Dmitri}} ID {{ID:RUS-33019}}.
Spoke w/ pt and daughter {{NAME:Irina Feldman-Katz}} (lives w/ pt, {{ADDRESS:9855 Bustleton Ave, Apt 3B}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19115}}).
Pain 4/10 on Tylenol 650 q6h. Walking to bathroom with walker + daughter's help. No new falls. Last BM yesterday (senna ok).
Home PT ({{FACILITY:Northeast Visiting Therapies}}) did not call yet -> I called agency {{PHONE:215-555-0186}}, first visit set for {{DATE:Feb 14}}.
Daughter asks about commode -- order faxed to {{FACILITY:Roosevelt Blvd Medical Supply}} fax {{FAX:215-555-0157}}.
Reviewed return precautions (can't bear weight, confusion, chest pain). Daughter's email for PT schedule: {{EMAIL:irina.fk@inbox.example.com}}.
{{NAME:Colleen O'Shaughnessy}}, RN, ED transitions`,
  `SANE EXAM REFERRAL -- {{FACILITY:Ponce Memorial Hospital}} ED      {{DATE:2024-10-20 0340}}
Pt: {{NAME:Malik Desmond Osei}}, 20M, MRN {{MRN:PM-9004417}}. Student at {{FACILITY:Fulton Metropolitan College}}; roommate {{NAME:Brandon Tuck}} brought him.
Reports sexual assault ~2330 {{DATE:10/19}} by driver of a rideshare he took from {{ADDRESS:Edgewood Ave & Boulevard}} ({{LOCATION:Old Fourth Ward}}). Vehicle per app receipt: gray 2020 Nissan Altima, GA tag {{VEHICLE:CVK 4719}}; driver name on app "{{NAME:Rick M}}"; trip ID {{ID:RS-7741-0092-XQ}}.
Pt unsure if he was drugged: drank 2 beers, then "blank" for ~1 h.
Consents: exam [x], kit [x], drug-facilitated tox (urine + blood) [x], report to APD [x].
GBI kit # {{ID:GBI-SA-24-20877}}. APD Special Victims Det. {{NAME:Yvonne Castellano}}, case # {{ID:242940033}}.
SANE {{NAME:Theodore Abernathy-Lee}}, RN, SANE-A, paged {{PHONE:404-555-0196}}.
Advocate: campus advocate {{NAME:Lauren Ishii}}, {{EMAIL:lishii@fultonmetro.example.edu}}.
nPEP started 0410 (first dose). Ceftriaxone/doxy given.
Mom in {{LOCATION:Kumasi}}, Ghana; pt asks that she not be called.`,
  `ED PROVIDER NOTE -- {{FACILITY:Harlem River Medical Center}}     {{DATE:Sat. 8/16/2025 2115}}
{{NAME:Abundio Xicotencatl Ramos}}, 34M, MRN {{MRN:HR07730218}}. Spanish (Puebla); also speaks Nahuatl; in-person interpreter {{NAME:Paulina}}.
E-bike delivery worker, hit by opening car door on {{ADDRESS:Amsterdam Ave near W 139th St}}, thrown into street; helmeted (bike helmet). Driver stayed; plate NY {{VEHICLE:KTR-5518}}. NYPD {{FACILITY:30 Pct}} accident report # {{ID:MV-2025-030-004417}}.
Works for {{FACILITY:RapidoRun Delivery}}; app courier ID {{ID:RR-00918821}}; e-bike battery not damaged.
Exam: GCS 15, abrasions L shoulder/hip, L clavicle deformity, L wrist snuffbox tenderness.
XR: L midshaft clavicle fx (displaced 1 cm), L wrist neg -> thumb spica for occult scaphoid.
Tx: sling, ibuprofen/APAP, ortho clinic 1 wk; repeat wrist XR 10-14 d.
Pt worried about work + immigration; told ED does not share with ICE; SW {{NAME:Rocio Bermudez}} gave workers' comp + delivery-worker union info.
Contact: wife {{NAME:Yesenia Ramos}} {{PHONE:646-555-0191}}. Address {{ADDRESS:3521 Broadway, Apt 5R}}, {{LOCATION:New York}}, NY {{ZIP:10031}}.
Dr. {{NAME:Sebastien Morel}}`,
  `INTERPRETER CALL LOG (OPI)     {{FACILITY:Lakeshore Methodist Hospital}} -- peds ED
{{DATE:12/22/2024}}
0047-0059  Arabic (Levantine)  interpreter {{NAME:Rami}} #{{ID:ARA-41120}}  -- triage
0115-0152  Arabic              interpreter {{NAME:Huda}} #{{ID:ARA-39017}}    -- MD exam, burn care, consent for sedation (ketamine)
0310-0318  Arabic              interpreter {{NAME:Rami}} #{{ID:ARA-41120}}  -- d/c teaching
Pt: {{NAME:Layan Al-Hamwi}}, 2F, MRN {{MRN:0771204}}. Parents {{NAME:Omar Al-Hamwi}} and {{NAME:Reem Haddad}}. Arrived {{DATE:12/21}} from {{LOCATION:Homs}} via resettlement 2023, agency {{FACILITY:Lakeview Refugee Resettlement}} caseworker {{NAME:Amina Jaber}} {{PHONE:773-555-0104}}.
Event: pulled kettle of boiling tea off stove at home {{ADDRESS:4850 N Kedzie Ave, Apt 2}}, {{LOCATION:Albany Park}}. Scald L chest/shoulder ~4% TBSA partial thickness; pattern consistent w/ spill per Dr. {{NAME:Conroy}} and child protection team (no concern).
Burn clinic f/u {{DATE:12/26}}. Father's WhatsApp {{PHONE:+1 (224) 555-0179}}.
Logged by {{NAME:Agata Sowa}}, unit clerk`,
  `ed boarding list / psych hold tracker -- {{FACILITY:st vibiana general}}  -- {{DATE:4.19.25}} am
bed 21  {{NAME:whitehorse, delbert}}  52m  5150 day 2 (started {{DATE:4/17}} 2230), waiting county bed. calm. meds: zyprexa 10 qhs
bed 22  {{NAME:aguilar, noemi}}  17f  5585 (minor) -- peds psych bed @ {{FACILITY:san gabriel youth pavilion}} ? 1300 transfer. mom {{NAME:lety}} {{PHONE:626-555-0132}}
bed 23  {{NAME:kwon, daniel}}  29m  5150 expired {{DATE:4/18}} 1600 -> voluntary, d/c pending ride from brother {{NAME:sam}}
hw 2    {{NAME:unknown, sequoia}}  ~60m  gravely disabled, found {{ADDRESS:6th & gladys}}, no id, fingerprint via LAPD pending (sent {{DATE:4/18}}, ref {{BIOMETRIC:LS-18823-0417}})
hw 5    {{NAME:jacobs-oyelaran, mercy}}  35f  5250 certified {{DATE:4/18}}, hearing {{DATE:4/24}}; pt's rights advocate {{NAME:b. torres}}
notes: {{NAME:whitehorse}} -- sister {{NAME:lorraine}} calling from {{LOCATION:gallup}}, nm; ok to update per pt ({{PHONE:505-555-0161}})
-- {{NAME:jt}}`,
  `EMERGENCY DETENTION -- APPLICATION BY PEACE OFFICER (APOWW) -- chart copy
Person: {{NAME:Marisol Guadalupe Treviño}}   DOB {{DATE:10/03/1985}}   SSN xxx-xx-{{SSN:7104}}   MRN {{MRN:GM56017004}}
Officer: Ofc. {{NAME:J. Hollingsworth}} (city PD) badge {{ID:3318}}; report # {{ID:25-011937}}.
Date/time taken into custody: {{DATE:01/08/2025 19:40}} at {{ADDRESS:Spencer Hwy & Red Bluff Rd}}, {{LOCATION:Pasadena}}, TX.
Reason: pt called 911 saying she had taken "all of my pills" and was going to drive into the ship channel; found in car (TX plate {{VEHICLE:RKN 2291}}) with empty bottles (sertraline, trazodone).
Belief of substantial risk of serious harm: [x] self [ ] others; imminent; no less restrictive means.
ED: ingestion ~1830, APAP level 4h pending, sertraline -> watch serotonin toxicity, ECG QTc 468.
PCC case {{ID:TX25-0108-20331}} called.
Emergency detention order by magistrate pending; receiving facility TBD after medical clearance.
Husband {{NAME:Rolando Treviño}} {{PHONE:281-555-0115}}; home {{ADDRESS:4106 Burke Rd}}, {{LOCATION:Pasadena}} {{ZIP:77504}}.
Dr. {{NAME:Oluwaseun Ajayi}}`,
  `PRIVACY OFFICE -- ACCESS AUDIT (ED trauma pt, "break the glass")
Pt: {{NAME:Desmond}} "{{NAME:Dez}}" {{NAME:Okafor-Reyes}}, MRN {{MRN:GB-00770412}}, admitted via ED {{DATE:3/28/2025}} (media interest: local rapper).
Reviewed {{DATE:04/01/2025}} by privacy analyst {{NAME:Hannah Lieberman}}.
User ID       | Name                  | Role          | Workstation IP    | Time             | Reason given
{{ID:E044718}}       | {{NAME:Rivera, Christopher}}    | ED RN         | {{IP:10.44.18.201}}      | {{DATE:03/28}} 23:02      | direct care
{{ID:E051902}}       | {{NAME:Zhou, Amanda}}           | trauma PA     | {{IP:10.44.18.117}}      | {{DATE:03/28}} 23:10      | direct care
{{ID:E039177}}       | {{NAME:Bellamy, Keith}}         | radiology tech| {{IP:10.52.7.44}}        | {{DATE:03/29}} 09:41      | none -- BTG
{{ID:C-77120}}       | {{NAME:Ofori, Naana}}           | contractor    | {{IP:172.16.230.9}}      | {{DATE:03/30}} 02:15      | "checking"
Remote login from {{IP:98.118.44.203}} (VPN) by {{ID:E039177}} on {{DATE:3/30}} 2240.
Findings: {{NAME:Bellamy}} and {{NAME:Ofori}} accessed without care relationship. Referred to HR + compliance; pt's attorney {{NAME:Naomi Feld}} ({{EMAIL:nfeld@feldlawny.example.com}}) notified {{DATE:4/1}}.`,
  `CFD EMS PCR -- CARDIAC ARREST     Amb 5 / Eng 98     Run # {{ID:2025-020844109}}
{{DATE:02/08/2025}}  call 0612  arrive 0619
Location: {{FACILITY:Iron Lotus Fitness}}, {{ADDRESS:1550 N Clybourn Ave}}, {{LOCATION:Chicago}} {{ZIP:60642}}. Witnessed collapse on treadmill; staff ({{NAME:Kenji Morita}}) started CPR, gym AED shocked x1 at 0616.
Pt: {{NAME:Francis Xavier Dolan}}, 61M (gym member card). Wallet: pacemaker ID card -- Medtronic dual chamber, SN {{DEVICE:PJN771204H}}, implanted {{DATE:Oct 2021}}.
On arrival: VF, CPR in progress. Shock x2 (200J), epi 1 mg x1, amio 300 mg. ROSC 0631. iGel placed, ETCO2 38.
Post-ROSC: BP 94/60, HR 104, 12-lead: STE V1-V4 -> STEMI alert to {{FACILITY:Lakeshore Methodist Hospital}} 0635.
Wife {{NAME:Maureen Dolan}} reached by gym staff, {{PHONE:312-555-0171}}; she says cardiologist is Dr. {{NAME:Ashok Malhotra}}.
Transport 0637, arrive 0645 to cath lab direct.
Crew PM {{NAME:Z. Hamdan}} lic {{LICENSE:IL-EMTP-71390}}, PM {{NAME:E. Kowal}} lic {{LICENSE:IL-EMTP-55218}}.`,
  `POISON CENTER -- PEDIATRIC INGESTION    Case {{ID:CPC-2025-0311988}}    {{DATE:3/11/25 1850}}
Caller: RN {{NAME:Ligaya Santos}}, {{FACILITY:Arroyo Verde Medical Center}} peds ED, {{PHONE:323-555-0105}}.
Pt: {{NAME:Gabriel Manalo}}, 22 mo M, 11 kg, MRN {{MRN:AV-7730188}}. Home {{ADDRESS:1620 Colorado Blvd, Apt 4}}, {{LOCATION:Eagle Rock}}, {{LOCATION:Los Angeles}} {{ZIP:90041}}.
Lola ({{NAME:Corazon}}) saw him with TV remote, battery cover open ~1700; one 20 mm lithium coin cell missing. Drooling, refused juice.
XR: round FB w/ halo (double-ring) at level of T2 -- esophageal.
PC recs: honey 10 mL q10 min x6 en route if <12 h and >1 y (given x2 prior to XR), sucralfate not given; emergent endoscopic removal (goal <2 h); after removal, watch for esophageal injury, consider CT/MRI for aortic involvement; NPO; keep battery packaging.
GI: Dr. {{NAME:Benedicte Marchetti}}; removal at 1945. Mild mucosal burn.
Parents {{NAME:Ronaldo}} and {{NAME:Jasmine Manalo}} {{PHONE:323-555-0196}}.
SPI {{NAME:Kwabena Owusu}}`,
  `TRAUMA FLOWSHEET (abbrev) -- {{FACILITY:Buffalo Bayou Medical Center}}       {{DATE:10/12/2024}}
MVC rollover {{ADDRESS:I-610 West Loop S near Westpark Dr}}, 2 pts, HFD Medic 51 + 68, HPD incident {{ID:1310442-24}}.
Vehicle: 2012 Ford Explorer, TX {{VEHICLE:NZW 8120}}, VIN {{VEHICLE:1FMHK8D80CGA41997}}; driver unrestrained, ejected.
PT A -- {{NAME:TRAUMA, TANGO 1012}} -> identified {{NAME:Wilmer Osmin Zelaya}}, 36M, MRN {{MRN:BB00520891}}
  2241 arrival GCS 7 (E1V2M4), intubated 2246 (RSI etomidate/roc), SBP 84 -> MTP. CT: L SDH 8 mm, R pulm contusion, L femur fx. To OR/NSGY.
PT B -- {{NAME:TRAUMA, UNIFORM 1012}} -> {{NAME:Keyla Zelaya}}, 33F (passenger, belted), MRN {{MRN:BB00520894}}
  2243 arrival GCS 15, seatbelt sign, FAST neg, CT: sternal fx, no aortic injury. Obs.
Kids ({{NAME:Ashley}}, 7; {{NAME:Brayan}}, 4) at home with neighbor Doña {{NAME:Chela}}.
{{NAME:Keyla}}'s brother {{NAME:Denis Zelaya}} {{PHONE:346-555-0190}}; family from {{LOCATION:San Pedro Sula}}.
Trauma attending Dr. {{NAME:Olamide Adekunle}}; recorder {{NAME:ML}}.`,
  `INTERPRETER SERVICES -- ENCOUNTER RECORD
{{FACILITY:Schuylkill Valley Hospital}} ED        Date {{DATE:07-30-2025}}
Language: Vietnamese   Mode: video (VRI)   Interpreter {{NAME:Thao}}  ID {{ID:VIE-20381}}   1105-1140
Pt: {{NAME:Tran Van Duc}}, 74M, MRN {{MRN:SV-45001882}}. Son {{NAME:Tony Tran}} present but pt prefers interpreter for medical talk.
Clinician: Dr. {{NAME:Abena Asante-Morgan}}; RN {{NAME:Kaitlyn Shea}}
Content: HPI (black stools x3 d, dizzy on standing; takes ibuprofen daily for knee + aspirin 81), consent for blood transfusion (Hgb 6.4), explanation of EGD, code status (full).
Pt asked whether he can still go to temple Sunday -- explained likely admitted.
Pt lives {{ADDRESS:1218 Washington Ave, Apt 2}}, {{LOCATION:Philadelphia}}, PA {{ZIP:19147}}; works mornings at family store {{FACILITY:Saigon Phở Hoa}} on {{ADDRESS:S 11th St}}.
Son asked for portal proxy access: form given; proxy site {{URL:https://myhealth.schuylkillvalley.example.org/proxy}}; son's email {{EMAIL:tony.tran.phl@fastmail.example.com}}.
VRI dropped at 1129 (wifi); resumed 1131 same interpreter.
Logged by {{NAME:KS}}`,
  `ED TRIAGE -- {{FACILITY:Chattahoochee Regional Hospital}}      {{DATE:Sunday 6/22/2025 0812}}
{{NAME:Ji-hyun Baek}}, 31F, MRN {{MRN:CH-301772}}. From {{LOCATION:Duluth}}, GA; husband {{NAME:Sangwoo Lim}} driving, {{PHONE:678-555-0144}}.
CC: LLQ pain since 0400, spotting. LMP {{DATE:5/1}}. G2P1. IVF pregnancy (embryo transfer {{DATE:May 19}} at {{FACILITY:Gwinnett Reproductive Partners}}).
VS: BP 96/58, HR 112, RR 20, T 36.9, SpO2 99%. Pain 9/10. Pale, diaphoretic. Shoulder tip pain (Kehr sign?) + on L.
POC hCG +. Bedside US by Dr. {{NAME:Okwuosa}}: no IUP, free fluid Morison's pouch.
ESI 1. Ruptured ectopic (or heterotopic) suspected -> OB/GYN (Dr. {{NAME:Valentina Greco}}) paged, type & cross 2, 2 large-bore IVs.
Rh: O NEG -> RhoGAM needed.
Insurance: Anthem PPO member {{HEALTH_PLAN:YRJ449120377}}.
Korean language preference for mother-in-law ({{NAME:Kim Soon-ja}}) if she calls; pt speaks English.
Triage RN {{NAME:Bria Collier}}`,
  `ASTHMA -- GOING HOME INSTRUCTIONS ({{FACILITY:Kingsbridge Mercy Medical Center}} Pediatric ER)
Child: {{NAME:Xavier Luis Batista Green}}      Age: 7      Date: {{DATE:Dec 2 2024}}      MRN {{MRN:KM3309127}}
Today your child had an asthma attack. We gave albuterol, ipratropium and a steroid (dexamethasone). He is breathing much better now.
At home for the next 2 days:
 * Albuterol inhaler with the spacer: 4 puffs every 4 hours while awake. Then only when he needs it.
 * No second steroid dose needed (dexamethasone lasts 2 days).
 * Keep him away from smoke, cockroach spray and bleach fumes.
Red zone -- call 911: he can't talk in full sentences, lips look blue, ribs pull in when he breathes.
School: {{FACILITY:PS 552 Bronx Garden Academy}} -- nurse form for inhaler at school is in this packet. Fax it to the school nurse {{FAX:718-555-0148}}.
Follow-up: Dr. {{NAME:Leticia Ampofo}}, {{FACILITY:Fordham Road Pediatrics}}, in 2-3 days: {{PHONE:718-555-0163}}.
Home on file: {{ADDRESS:2511 Valentine Ave, Apt 4C}}, {{LOCATION:Bronx}}, NY {{ZIP:10458}}. Mom {{NAME:Dayanara Batista}} {{PHONE:347-555-0109}}.
Landlord mold complaint? Call 311 (we gave mom the info).
RN {{NAME:Ify Nwosu}}`,
  `ED -> MICU HANDOFF (verbal + written)   {{FACILITY:St. Casimir Medical Center}}   {{DATE:1/1/25 0345}}
Pt: {{NAME:Zbigniew Lewandowski}}, 58M, MRN {{MRN:SC-0318840}}. Polish (speaks English but prefers Polish for consent -- interpreter {{NAME:Ewa}} #{{ID:POL-11908}}).
Hx: heavy ETOH (1 L vodka/day), last drink ~{{DATE:12/30}} evening; h/o withdrawal seizures (2022).
ED: CIWA 28 -> phenobarbital 260 mg IV x2 + diazepam 20 mg x3; CIWA now 14. 1 GTC seizure at 0110 (2 min). Thiamine 500 mg IV TID started BEFORE glucose. Mg 1.3 -> 4 g. K 2.9 -> 40 mEq IV + 40 PO. Lipase nl. AST/ALT 210/88.
Watch: airway (sedated but protecting, RASS -1), hypotension, aspiration. No restraints currently.
Brought by CFD from {{ADDRESS:W Belmont Ave & N Central Ave}} ({{LOCATION:Portage Park}}) after bystander called; lives alone, {{ADDRESS:5322 W Barry Ave}}, {{ZIP:60641}}.
Contact: sister {{NAME:Halina Nowicka}} in {{LOCATION:Krakow}} ({{PHONE:+48 12 555 0183}}); neighbor {{NAME:Stan}} has keys, {{PHONE:773-555-0121}}.
Handed to Dr. {{NAME:Kimberly Osei}} by Dr. {{NAME:Rafael Ortiz-Lugo}}.`,
  `SANE NURSE EXAMINATION NOTE -- {{FACILITY:Pacific Crest Trauma Center}}
{{DATE:08/09/24}} 0515-0740.  Pt: {{NAME:Valentina Cruz}} (legal name on ID: {{NAME:Victor M. Cruz}}), 26, trans woman, pronouns she/her; MRN {{MRN:PCT-00719903}}.
Reported assault ~0200 {{DATE:8/9}} near {{ADDRESS:Santa Monica Blvd & N Highland Ave}} ({{LOCATION:Hollywood}}) by unknown male who offered a ride; black SUV, partial plate "{{VEHICLE:8M9}}..." per pt.
Consented to: exam, evidence kit (LAPD kit # {{ID:LA-SAK-24-09917}}), photography, report.
Findings: abrasions bilateral knees, fingertip bruising L upper arm (4 ovoid contusions), anal tears at 6 and 11 o'clock.
Photos {{PHOTO:SANE-24-0809-01}} through {{PHOTO:SANE-24-0809-23}}.
LAPD {{FACILITY:Hollywood Division}} Det. {{NAME:Rene Okimoto}}, DR # {{ID:24-06-17720}}.
Advocate: {{NAME:Jules}} from {{FACILITY:Sunset Trans Wellness Collective}}, {{PHONE:323-555-0103}}.
PEP + STI prophylaxis given. F/u at {{FACILITY:Sunset Trans Wellness Collective}} clinic in 2 wk; HIV/syphilis at 6 wk.
SANE: {{NAME:Marguerite Ossei}}, RN, SANE-A`,
  `ED FOLLOW-UP -- INCIDENTAL FINDING CALL
Pt: {{NAME:Li Jianguo}}, 66M, MRN {{MRN:GM57188240}}. ED visit {{DATE:Nov 14 2024}} (rib fx after fall).
Incidental: CT chest 9 mm solid RUL nodule, spiculated; radiology recommends PET/CT or tissue sampling (Fleischner/Lung-RADS high risk).
{{DATE:11/18/24 1430}}: called {{PHONE:281-555-0106}}, Mandarin interpreter {{NAME:Fang}} ID {{ID:MAN-27731}}. Reached pt's wife {{NAME:Wang Meili}}; pt came to phone, identity verified (DOB {{DATE:1958-02-03}}).
Explained finding in plain words; pt will see PCP Dr. {{NAME:Edmund Tsai}} at {{FACILITY:Alief Community Clinic}} on {{DATE:11/21}}. Faxed CT report to clinic {{FAX:281-555-0147}}.
Also sent letter by mail to {{ADDRESS:12410 Bellaire Blvd, Unit 15}}, {{LOCATION:Houston}}, TX {{ZIP:77072}}, and portal message (pt logged in from {{IP:73.166.201.45}} on {{DATE:11/18}} 1512 per audit -- message read).
Pt is former smoker 40 pk-yr, quit 2010.
Tracking: incidental-finding registry # {{ID:IF-2024-00883}}.
{{NAME:Noelle Broussard}}, RN, ED result follow-up`,
  `TRAUMA H&P -- FALL FROM HEIGHT    {{FACILITY:Frankford-Penn Medical Center}}    {{DATE:4/15/2025 10:27}}
{{NAME:Padraig Mulcahy}} ("{{NAME:Paddy}}"), 47M, MRN {{MRN:FP-5120093}}, acct {{ACCOUNT:FP-HAR-88120417}}.
MOI: fell ~18 ft from roof (no harness) at job site {{ADDRESS:2600 E Allegheny Ave}}, {{LOCATION:Port Richmond}}; landed on feet then back. Employer {{FACILITY:Mulcahy & Sons Roofing}} (his brother {{NAME:Declan}} owns it, {{PHONE:215-555-0138}}). OSHA notified by employer.
PFD Medic 15. GCS 15, c-collar, scoop.
Injuries: bilat calcaneus fx (Bohler angle 12 deg R), L1 burst fx (TLICS 5), R distal radius fx. No head injury.
Plan: TLSO vs OR per spine (Dr. {{NAME:Hadiza Bello}}); ortho for calcanei; workers' comp claim {{ACCOUNT:WC-PA-25-330912}}.
PMH: HTN; no anticoag. Social: lives {{ADDRESS:3141 Almond St}}, {{LOCATION:Philadelphia}} {{ZIP:19134}} w/ wife {{NAME:Siobhan}} ({{PHONE:267-555-0115}}).
Tertiary survey in AM. Dr. {{NAME:Kowalczyk-Brandt}} / {{NAME:jm}}`,
  `POISON CENTER CONSULT -- THC EDIBLE EXPOSURE (3 children)
GA PC case # {{ID:GPC-25-0918-004}}/-005/-006.  {{DATE:09/18/2025 1420}}.  SPI {{NAME:Latrice Moody}}, {{PHONE:404-555-0147}}
Source: gummies in staff member's bag at {{FACILITY:Little Sprouts Learning Academy}} ({{ADDRESS:2935 Campbellton Rd SW}}, {{LOCATION:Atlanta}}), GA child-care license {{LICENSE:CCLC-044871}}. DFCS and Bright from the Start notified by ED SW.
Kids ({{FACILITY:Peachtree Crossing Hospital}} peds ED):
 - {{NAME:Amari Johnson}}, 3F, MRN {{MRN:PX5520183}} -- somnolent, HR 64, GCS 12
 - {{NAME:Kingston Blake}}, 4M, MRN {{MRN:PX5520191}} -- ataxic, giggly
 - {{NAME:Nia Okwu-Harris}}, 3F, MRN {{MRN:PX5520204}} -- asymptomatic, ? ingestion
Product label: "10 mg THC per gummy", Delta-9; count missing ~8.
Recs: supportive, glucose check, airway watch, obs until back to baseline (can be 12-24 h for edibles), admit {{NAME:Amari}} (GCS 12). No AC. UDS for documentation.
Parents notified by daycare director Ms. {{NAME:Harriet Coles}} {{PHONE:470-555-0199}}.
ED MD Dr. {{NAME:Tamar Goldfarb}}`,
  `ED BED BOARD -- {{FACILITY:Harlem River Medical Center}} -- {{DATE:20250214 1900}} (Valentine's night, 38 boarders)
Zone/Bed | Patient                  | Age | Issue                         | Bed assigned          | Boarding
A-01     | {{NAME:Dembele, Aminata}}         | 44  | sickle VOC                    | {{FACILITY:Sugar Hill 7}} (pending clean) | 19h
A-05     | {{NAME:Goldberg, Morris}}         | {{AGE:99}}  | aspiration PNA, DNR           | {{FACILITY:Sugar Hill 5}}           | 26h
A-09     | {{NAME:Rivera-Cotto, Luz}}        | {{AGE:90}}  | hip fx                        | none                  | 14h
B-HW3    | {{NAME:ZZUNK, LENOX}}             | ~25 | found {{LOCATION:125 St station}}, OD, now awake | obs            | 6h
B-07     | {{NAME:Adjei, Kwabena}}           | 58  | NSTEMI                        | CCU 4                 | 9h
C-PSY2   | {{NAME:Morales, Ashanti}}         | 19  | 9.39 from {{DATE:2/12}}          | {{FACILITY:Lenox Heights Psych}} {{DATE:2/15}} | 52h
C-PSY4   | {{NAME:Petrov, Aleksei}}          | 40  | 9.37 transfer from {{FACILITY:Riverside Island Detention Center}} | -- | 70h
Comments: {{NAME:ZZUNK, LENOX}} now says name is {{NAME:Tayshawn Reid}} -- registration to update, AKA on chart.
{{NAME:Goldberg}} granddaughter {{NAME:Shira}} requests rabbi visit; {{PHONE:212-555-0189}}.
Nursing sup {{NAME:Orla Keegan}}`,
  `ED PROVIDER NOTE -- NEAR-DROWNING / HYPOTHERMIA    {{FACILITY:Lakeshore Methodist Hospital}}    {{DATE:6/28/25 2250}}
{{NAME:Emmanuel Boateng}}, 19M, MRN {{MRN:0990183}}. Swimming with friends off the rocks at {{LOCATION:Montrose Harbor}} after dark; went under ~5 min, pulled out by CFD marine unit. CFD Amb 17, run {{ID:2025-062814477}}. CPD {{FACILITY:19th District}}.
Arrival: GCS 9, T 34.2, SpO2 84% on NRB, coarse crackles bilat. CXR bilat infiltrates.
Tx: HFNC failed -> intubated 2310, PEEP 10, FiO2 0.8; warmed IVF, Bair Hugger. ABG 7.22/52/64.
ETOH 0.09. UDS neg. CT head neg. C-spine CT neg (jumped feet first per friends).
Dispo: MICU bed 3.
Friends: {{NAME:Kofi Amponsah}} ({{PHONE:773-555-0131}}), {{NAME:Dariusz Wojcik}}. Parents {{NAME:Yaw}} and {{NAME:Abena Boateng}} at bedside 2345; home {{ADDRESS:7611 N Sheridan Rd, Apt 3}}, {{LOCATION:Rogers Park}} {{ZIP:60626}}.
Student at {{FACILITY:Lakefront Technical College}}, works at {{FACILITY:Devon Ave Grocers}}.
Dr. {{NAME:Meenakshi Subramaniam}}`,
  `TRANSFER CENTER LOG -- {{FACILITY:St. Vibiana General Hospital}}     {{DATE:05/03/2025}}
Transfer ref # {{ID:TC-25-050312}}    Requesting: {{FACILITY:Lincoln Heights Community Hospital}} ED, Dr. {{NAME:Ifeoma Nnamdi}} {{PHONE:323-555-0115}}
Pt: {{NAME:Arturo Benitez Solorzano}}, 52M, DOB {{DATE:02/27/1973}}, their MRN {{MRN:LH-0049918}}, acct {{ACCOUNT:LH-77120493}}.
Dx: type A aortic dissection on CTA (from root to arch), BP 182/100 -> esmolol + nicardipine, HR 66.
1412 call received; 1416 CT surgery (Dr. {{NAME:Anneliese Kraus}}) accepts; 1419 ICU bed CVICU 6 assigned; 1421 EMTALA transfer form + CTA images pushed via image share ({{URL:https://imageshare.stvibiana.example.org/study/44718203}}), accession {{ID:ACC-LH-8812097}}.
Transport: {{FACILITY:Angel City Air Medical}} rotor, ETA 1455; pt wt 96 kg.
Insurance: Medi-Cal managed care member {{HEALTH_PLAN:LAC-30018472}}.
Pt's wife {{NAME:Maribel Solorzano}} driving, {{PHONE:323-555-0128}}; home {{ADDRESS:3711 N Broadway}}, {{LOCATION:Lincoln Heights}}, {{LOCATION:Los Angeles}} {{ZIP:90031}}.
Records faxed from sending ED {{FAX:323-555-0116}} at 1430.
TC RN {{NAME:Delphine Arceneaux}}`,
  `SANE / FORENSIC NOTE -- TRAFFICKING CONCERN      {{FACILITY:Gulfgate Memorial Hospital}}      {{DATE:03/03/2025}}
Pt states name "{{NAME:Cherry}}"; later legal name {{NAME:Yuliana Esmeralda Bautista}}, 17F, MRN {{MRN:GM58001227}}. Spanish/English.
Brought by a man ("my boyfriend {{NAME:Chuy}}") who left before triage in a white Dodge Charger, TX plate {{VEHICLE:PDT 7719}} (per security camera).
Indicators: inconsistent story, no ID, phone held by "boyfriend", tattoo on neck "{{NAME:CHUY}}" + crown (branding), lives at {{FACILITY:Gulf Breeze Motor Inn}} room 112, {{ADDRESS:8500 Gulf Fwy}}, {{LOCATION:Houston}} {{ZIP:77017}}.
Findings: old + new bruising arms/thighs; STI symptoms.
Photos (consented): {{PHOTO:TRF-250303-01.jpg}} - {{PHOTO:TRF-250303-12.jpg}}.
Reports: DFPS intake {{ID:DFPS-90017341}}; HPD Human Trafficking unit Sgt. {{NAME:Alana Pruitt}} #{{ID:4402}}; national hotline tip # {{ID:HTH-25-118774}}.
Advocate: {{NAME:Marisa Ybarra}} ({{FACILITY:Bayou Freedom Network}}) {{PHONE:713-555-0110}}.
Pt's aunt in {{LOCATION:Monterrey}}, Mexico (Tía {{NAME:Rosario}}), pt has number memorized {{PHONE:+52 81 5550 1143}}.
SANE {{NAME:Elizabeth Chukwu}}, RN`,
  `ED PROVIDER NOTE -- SICKLE CELL PAIN CRISIS    {{FACILITY:Frankford-Penn Medical Center}}    {{DATE:December 7, 2024 03:15}}
{{NAME:Kpana Sumo Kollie}}, 27F (HbSS), MRN {{MRN:FP-6630129}}. Individualized pain plan on file ({{DATE:8/2024}}, Dr. {{NAME:Okoro-Ward}}): hydromorphone 1.5 mg IV q20 min x3 then reassess.
Pain 10/10 bilat legs + low back x1 day, typical. No CP, no SOB, no fever. Triggered by cold (waits for SEPTA at {{LOCATION:Olney Transportation Center}} daily).
R chest Port-a-Cath (Bard PowerPort, SN {{DEVICE:18BGX40177}}) accessed 0325 -- good blood return.
Labs: Hgb 6.9 (baseline 7.5), retic 12%, LDH 520, T bili 3.1. CXR: no ACS.
Tx: dilaudid per plan x3, ketorolac 15 mg, IVF 1 L at 1/2 maintenance after bolus, incentive spirometry.
Dispo: admit {{FACILITY:Oak Lane 4}} for pain control; hematology (Dr. {{NAME:Zeinab Farah}}).
Pt asked for financial aid: charity care application started w/ SSN {{SSN:171-55-0293}}; acct {{ACCOUNT:FP-HAR-90018823}}.
Mother {{NAME:Comfort Kollie}} (from {{LOCATION:Monrovia}}) {{PHONE:215-555-0149}}; address {{ADDRESS:5740 N 2nd St}}, {{ZIP:19120}}.
Dr. {{NAME:Benjamin Achebe-Lowry}}`,
  `AFR EMS RUN REPORT (summary)   Medic 1   Run {{ID:AFR-25-071944}}
{{DATE:07/19/2025  1538}} dispatched  1543 on scene
Location: {{LOCATION:Centennial Olympic Park}}, near fountain ({{ADDRESS:Marietta St NW & Centennial Olympic Park Dr}}), {{LOCATION:Atlanta}} {{ZIP:30313}}. Heat index 109.
Pt: {{NAME:Oluwaseyi Adebanjo-Martins}}, 52F, tourist from {{LOCATION:Lagos}}; Nigerian passport # {{ID:A09918274}} (photo page seen). Staying at {{FACILITY:Marietta Street Suites}} room 1407.
Collapsed while walking; found by park security ({{NAME:Jerome Tillman}}). GCS 14, confused, skin hot/dry, T 40.2 tympanic. BGL 188. BP 98/54, HR 128.
Tx: cold packs axillae/groin, cold NS 1 L, AC on high in unit, cooled to 39.0 en route.
Dest: {{FACILITY:Peachtree Crossing Hospital}} (closest appropriate, heat stroke). Arrive 1601.
Husband {{NAME:Babajide Martins}} on phone {{PHONE:+234 803 555 0172}}; local friend {{NAME:Funke}} {{PHONE:678-555-0185}} meeting pt at ED.
Travel insurance card: GlobeSure Travel policy {{HEALTH_PLAN:GST-NG-55019283}}.
Crew: PM {{NAME:C. Whitmore}} lic {{LICENSE:GA-P-043317}}; EMT {{NAME:J. Baptiste}}`,
  `ED -> SICU HANDOFF    {{FACILITY:Gowanus Bay Hospital}}    {{DATE:05.10.2025 22:40}}
Pt: {{NAME:Étienne Marchand-Roux}}, 68M, French tourist (from {{LOCATION:Lyon}}), MRN {{MRN:GB-00881204}}. Passport FR {{ID:19AK44182}}.
Hit by yellow cab crossing {{ADDRESS:Flatbush Ave Ext & DeKalb Ave}} ({{LOCATION:Downtown Brooklyn}}) ~1950; NYPD {{FACILITY:84 Pct}} collision report {{ID:MV-2025-084-001932}}; taxi medallion/plate {{VEHICLE:T771450C}}.
Injuries: R tib plateau fx (Schatzker IV), R ribs 3-6, small R HTX (no tube yet), grade 2 liver lac. GCS 15. On apixaban for AFib (last dose 0800) -> 4-factor PCC 50 u/kg given 2210 after discussion w/ trauma (Dr. {{NAME:Nkechi Onwuzurike}}).
Speaks French, some English; interpreter {{NAME:Claire}} #{{ID:FRE-60217}} for consent.
Travel insurance: EuroAssist policy {{HEALTH_PLAN:EA-FR-2025-0771934}}, case handler {{NAME:Sophie Lemaire}}, {{EMAIL:s.lemaire@euroassist.example.fr}}, {{PHONE:+33 4 55 50 12 87}}.
Wife {{NAME:Brigitte}} at hotel ({{FACILITY:Fulton Landing Hotel}}, {{PHONE:718-555-0113}}), coming in.
To do: repeat CXR 0200, H/H q6h, ortho ex-fix tomorrow.
From Dr. {{NAME:Hadley}} (ED) to Dr. {{NAME:Wren Takahashi}} (SICU)`,
  `NURSE ADVICE LINE -- ED CALLBACK    {{FACILITY:Lakeshore Methodist Hospital}}
Caller: {{NAME:Guadalupe Maldonado Ruiz}} ("{{NAME:Lupita}}"), 41F, MRN {{MRN:0771390}}, seen in ED {{DATE:Jan 19}} for kidney stone (5 mm R UVJ).
Call {{DATE:01/21/2025 0905}} from {{PHONE:773-555-0177}}. Caller verified by voiceprint on nurse line (enrollment {{BIOMETRIC:VP-2208-4471-ML}}) + DOB {{DATE:9/9/1983}}.
Spanish, RN {{NAME:Araceli Nuñez}} bilingual (qualified).
Pt reports: pain controlled with ibuprofen + tamsulosin 0.4 mg; saw small stone in strainer this morning. No fever, no vomiting.
Plan: bring stone to urology appt with Dr. {{NAME:Olabisi Coker}} on the {{DATE:28th}}; confirmed in Epic: {{DATE:1/28/2025 10:15}}.
Pt asked about bill; referred to financial counseling, account {{ACCOUNT:LMH-55018820}}, {{PHONE:312-555-0187}}.
Work note for {{FACILITY:Pilsen Tortilleria La Estrella}} re-sent to {{EMAIL:lupita.maldonado83@correo.example.com}}.
Portal: {{URL:https://mychart.lakeshoremethodist.example.org}}.
RN {{NAME:A. Nuñez}}`,
];

export const HELDOUT_REALISTIC_79_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout79-${i + 1}`, n));
