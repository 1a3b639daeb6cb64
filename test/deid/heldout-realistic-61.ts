// A held-out set of 80 hand-written, realistic synthetic notes from rural and frontier care:
// critical-access hospitals, rural family medicine, home health, community health representative
// and community health worker visits, telephone triage and nurse advice lines, Indian Health
// Service and tribal clinics, Alaska village clinics (CHA/P encounters, telemedicine, medevac),
// farm and ranch injuries, mobile clinics, and long transfers by air and ground. Shapes: ED notes,
// call records, CHR home-visit sheets, flight and run records, PRC referrals, fax covers, ALL CAPS
// discharge summaries, transfer-centre logs and bed boards, EMTALA forms, lower-case nursing
// shorthand, copied-forward SOAP notes, portal messages, letters, answering-service logs, lab and
// imaging reports, public-health notes and a few MIMIC-style [** **] placeholders.
// All invented: no real person, record or number; phones are 555-01xx; real towns, villages,
// counties and streets are used only as places; every institution is invented. Written without
// reading the detectors, the lexicon, the engine, the tuning sets or the other held-out sets, and
// never run through the engine by its author: measure only. Do not change a note after the
// engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions in the header of
// heldout-realistic-6.ts. Decisions for shapes the guideline does not name:
// - Titles, credentials and kin or courtesy words (Dr., RN, CHA, CHR, FP-C, Auntie, Grandma,
//   Shimasani) stay outside NAME spans; nicknames inside a full name are part of the span.
// - A named ranch, farm, dairy, feedlot, grain elevator, labor camp, mine or outfitter is
//   FACILITY (an employer or workplace); so are tribal health organisations, air and ground
//   ambulance services, nurse advice lines and transfer centres that are named, and facility
//   acronyms (TRRH). A real town inside an invented facility name stays inside the FACILITY span.
// - Peoples and tribes (Navajo, Yup'ik, Oglala Sioux), states, countries, payers and government
//   agencies (IHS, CMS, VA, APS, a sheriff's office, state labs, Social Security) are not PHI;
//   villages, towns, counties, boroughs, reservations and chapters are LOCATION.
// - Rural addresses are ADDRESS: PO Box, HC/RR box, County Road numbers, a road with a distance
//   or landmark written as directions, a highway mile marker, and GPS coordinates.
// - Aircraft tail numbers and patient vehicle plates are VEHICLE; unit call signs (Medic 31,
//   LifeGuard 2), radio channels and aircraft types are not PHI.
// - Trip, run, call, incident, referral, PRC authorization and obligation numbers, tribal
//   enrollment and CIB numbers are ID; encounter, billing and claim numbers are ACCOUNT; IHS
//   health record numbers and village chart numbers are MRN.
// - A month with a year (March 2022) and a month with a day (3/4, Mar 4, 4th of July) are DATE;
//   a date range written as one token is one DATE span; a year alone is not. A time after a date
//   without a year, and a time range after any date (visit 0915-1030), stay outside the span.
// - "Baby Boy/Girl" before a newborn's surname stays outside the NAME span, like a title.
// - A last-four SSN is SSN; a patient or wound photo file name is PHOTO; an extension after "x"
//   is PHONE; prescription numbers are ID. Not PHI: animal names, insurance group, lot and CLIA
//   numbers, named natural features (creeks, trails, drainages) and wildfire names.
// First run (token recall / precision, before anyone read the misses): pass-14 final engine
// (34e6a79; the pass-15 speed changes leave its output the same) 0.9514 / 0.9558; pass-15 final engine
// (6bfffbb) 0.9514 / 0.9558. Written by a helper that read only the README's types and guideline, set 6's
// header and `parseMarked`, and never ran the engine; it reported no slips left unfixed.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:SAGE CREEK COMMUNITY HOSPITAL}} - EMERGENCY DEPT   (Critical Access, 14 beds)
Pt: {{NAME:HAUGEN, DALE R}}   MRN {{MRN:SC-0048213}}   DOB {{DATE:07/22/1961}}
Arrival {{DATE:10/03/2023 16:42}} via {{FACILITY:Ekalaka Volunteer Ambulance}}

HPI: 62 yo M rancher caught L sleeve in PTO shaft of a round baler at the home place, {{ADDRESS:Hwy 7 MM 38}} south of {{LOCATION:Ekalaka}}. Son {{NAME:Travis}} shut tractor down and cut sleeve free. Pain L arm, deformity mid-humerus, degloving L forearm ~12 x 8 cm. Last tetanus unknown. No LOC.
PE: BP 148/90 HR 112 RR 22 SpO2 95% RA. GCS 15. L radial pulse by doppler only, cap refill 4 s.
XR: displaced spiral fx L humeral shaft.
Tx: Tdap, cefazolin 2 g IV, fentanyl 50 mcg x2, sugar-tong splint, wet-to-dry dressing.
Dispo: called transfer center {{FACILITY:Musselshell Regional Medical Center}} ({{PHONE:406-555-0172}}), accepted by Dr. {{NAME:Okonkwo}} ortho trauma at 1731. Ground not safe (hail, 90 mi). {{FACILITY:Big Open Air Medical}} fixed wing lifted from {{LOCATION:Miles City}}, ETA 55 min.
Wife {{NAME:Jolene Haugen}} going by truck, cell {{PHONE:406-555-0119}}.
{{NAME:K. Lindqvist}}, PA-C   {{DATE:10/03/2023 1745}}`,

  `NURSE ADVICE LINE - CALL RECORD
Call ID: {{ID:NAL-24-884120}}   Line: {{FACILITY:Prairie Health Nurse Line}}   Rec'd: {{DATE:01/14/2024 02:17}}
Caller: {{NAME:Marisol Quintanilla}} (mother)   Callback {{PHONE:(701) 555-0148}}
Patient: {{NAME:Quintanilla, Mateo}}   DOB {{DATE:2022-06-30}}   Age 18 mo
Location: farm 9 mi N of {{LOCATION:Linton}}, ND. Nearest ED {{FACILITY:Beaver Creek Memorial Hospital}} 25 min, roads drifting.
PROTOCOL: Fever - Pediatric (Schmitt-Thompson)
Sx: temp 103.1 F rectal since 2200, tylenol 120 mg at 2300, fussy but consolable, drinking, 3 wet diapers since noon, no rash, no stiff neck, no resp distress, no seizure. Vaccines UTD per mom ({{FACILITY:Prairie Knoll Family Clinic}}, Dr. {{NAME:Pfeifer}}).
Disposition: See in office within 24 h (downgraded from "see today" - reliable caregiver, roads).
Care advice: ibuprofen 80 mg (4 mL of 100 mg/5 mL) q6-8h, fluids, recheck temp 0600. Call back or 911 for purple spots, hard to wake, breathing trouble, no urine 8 hrs.
Caller verbalized understanding. Msg to clinic inbox for {{DATE:1/14}} AM appt.
RN: {{NAME:Ruth Ann Gerhardt}}, RN   ext {{PHONE:4471}}`,

  `COMMUNITY HEALTH REPRESENTATIVE (CHR) HOME VISIT
Client: {{NAME:Bessie Tsosie-Yazzie}}   HRN: {{MRN:478821}}   DOB: {{DATE:04/09/1948}}
Visit: {{DATE:Wed 11/8/23}}   CHR: {{NAME:Lorenzo Begaye}}
Home: no street address. {{ADDRESS:N-8066, 4.2 mi W of chapter house}}, 2nd hogan past blue water tank, {{LOCATION:Rough Rock}} chapter. GPS {{ADDRESS:36.4012, -109.8733}}
Lives w/ grandson {{NAME:Kyle}} (17). Speaks Navajo only; CHR interpreted. Hauls water; no electricity, wood stove.
BP 162/94 L arm, 158/92 repeat. FSBS 241 (2 h post meal). Wt 142 lb.
Meds: metformin 1000 mg BID - took AM only; lisinopril 20 mg daily - out x4 days (bottle from {{FACILITY:Black Mesa Indian Health Center}} pharmacy dated {{DATE:9/28/23}}).
Foot check: callus R 1st MTP, no open area. Monofilament decreased bilat.
Plan: called refill to pharmacy line {{PHONE:928-555-0163}}, will deliver at next visit {{DATE:11/15}}. Reminded of teleretinal eye appt {{DATE:12/4/2023}}. Msg sent to PCP Dr. {{NAME:Sandoval}}.
Shimasani {{NAME:Bessie}} asked about her sheep - neighbor {{NAME:Harrison Nez}} watching them.`,

  `{{LOCATION:Emmonak}} Village Clinic - CHA/P Encounter   ({{FACILITY:Tundra Rivers Health Consortium}})
Pt {{NAME:Agnes Kameroff}}   DOB {{DATE:02/17/1956}}   Chart# {{MRN:TR-220417}}
{{DATE:12/02/2023  1430}}   CHA: {{NAME:Nora Hootch}}, CHP III
Complaint: SOB x3 days, worse today, cough w/ green sputum. Hx COPD, home O2 2L.
VS: T 100.9  P 118  R 28  BP 104/62  SpO2 84% on 2L, 90% on 4L.
Lungs: crackles R base, wheeze throughout.
Called referral doctor by telemed cart to {{FACILITY:Tundra Rivers Regional Hospital}} ER in {{LOCATION:Bethel}}, spoke w/ Dr. {{NAME:Petrossian}} {{DATE:12/2}} 1452. Orders: albuterol neb x3, prednisone 40 mg PO, ceftriaxone 1 g IM, O2 to keep >88%. Medevac requested - ceiling 400 ft, vis 1 mi, blowing snow. {{FACILITY:Arctic Wings Medevac}} on weather hold.
1700 resting, SpO2 89% 4L. Daughter {{NAME:Sally Kameroff-Joe}} at bedside, ph {{PHONE:907-555-0129}}.
2130 plane on strip, pt loaded w/ help of VPSO {{NAME:Martin}} and flight RN {{NAME:D. Ivanoff}}. Tail {{VEHICLE:N512TR}}.
Chart copy faxed to {{FACILITY:TRRH}} {{FAX:907-555-0177}}.`,

  `FLIGHT RECORD - {{FACILITY:NORTHERN PLAINS AIR MEDICAL}} (fixed wing)
Trip #: {{ID:24-0318-FW2}}   Aircraft: King Air 200  {{VEHICLE:N447NP}}
Sending: {{FACILITY:Prairie Butte Community Hospital}}, {{LOCATION:Faith}}, SD   Receiving: {{FACILITY:Big Sioux Heart Institute}} CVICU bed 6
Pt: {{NAME:Iron Shell, Wendell}}   M   DOB {{DATE:1958-11-03}}   Wt 98 kg
Dx: inferior STEMI s/p tenecteplase 45 mg at 0512 (door-to-needle 38 min)
Times: Call 0521 / Launch 0547 / Bedside 0658 / Depart 0720 / Land 0849 / Handoff 0912   Date {{DATE:03/18/2024}}
Crew: {{NAME:J. Whitebird}} RN, {{NAME:Anaya Greene}} FP-C, pilot {{NAME:Sorensen}}
At bedside: CP 3/10 (was 9), ST resolution >50% on repeat 12-lead. HR 58 SB, BP 118/70. Heparin 4000 u bolus given at {{FACILITY:PBCH}}, infusing 1000 u/h. ASA 324 mg, clopidogrel 300 mg given.
In flight: cabin alt 6,500 ft. One run NSVT 6 beats, asymptomatic. Amio not given.
Wife {{NAME:Loretta}} driving ground (approx 5 h), cell {{PHONE:605-555-0190}}.
Billing ref: {{ACCOUNT:NPAM-77120934}}   PCR signed {{NAME:JW}}`,

  `INTERFACILITY TRANSFER - ALS   {{FACILITY:Great Basin Rural EMS}} Medic 31
Run # {{ID:2024-001187}}   {{DATE:Feb 9 2024}}
From: {{FACILITY:Nye Basin Medical Clinic}} ({{LOCATION:Tonopah}})  ->  To: {{FACILITY:Truckee Meadows General}}, {{LOCATION:Reno}}   236 mi, 3 h 40 min
Pt: {{NAME:Delgado-Ruiz, Esperanza}}   F   {{DATE:5/5/1979}}   Wt 71 kg
Reason: SBO, needs general surgery (none at sending). NG 16 Fr to LIWS, 450 mL bilious out.
Meds en route: NS 150 mL/h; ondansetron 4 mg IV 1315; hydromorphone 0.5 mg IV 1340, 1510.
Time   BP       HR   SpO2  Pain
1250   132/84   104   97    7
1400   128/80    98   98    5
1530   126/78    96   98    4
1630   122/76    92   97    5
Fuel stop {{LOCATION:Hawthorne}} 1445 (pt stayed in unit, partner {{NAME:B. Yazzie}} attending).
Report to RN {{NAME:Cheng}} at 1633. PCR copy left; EMTALA memo of transfer signed by Dr {{NAME:Haddad}} {{DATE:02/09/24 1218}}.
Paramedic: {{NAME:Curtis "Buck" Ammon}}  NRP   NV lic {{LICENSE:EMS-P-20417}}`,

  `HOME HEALTH - START OF CARE (OASIS-E)   {{FACILITY:Shoshone Basin Home Health & Hospice}}
Patient: {{NAME:Wilma J. Schaefer}}   SOC: {{DATE:06/12/2024}}   Cert period {{DATE:6/12/24-8/10/24}}
Address: {{ADDRESS:1187 Road 22}}
{{LOCATION:Lovell}}, WY {{ZIP:82431}}     (gravel, 31 mi from office; no cell past the canal)
Phone (land line): {{PHONE:307-555-0116}}   Medicare # {{HEALTH_PLAN:4TK7-EW2-MN83}}
Physician: {{NAME:Arvid Stenerson}}, MD   NPI {{LICENSE:1487725031}}
Primary dx: I50.32 chronic diastolic CHF; Z95.0 pacemaker. Secondary: E11.9, N18.3.
Homebound: SOB w/ 20 ft ambulation, walker, assist x1 on steps.
Device: Medtronic Azure pacemaker SN {{DEVICE:RNK604122S}} - remote monitor set up on landline.
Meds reviewed (14) - discrepancy: taking furosemide 40 mg BID, d/c list says daily. Called Dr. {{NAME:Stenerson}}'s office.
Caregiver: husband {{NAME:Leonard}} (88), hard of hearing. Neighbor {{NAME:Pat Mahoney}} checks daily.
Emergency plan: ambulance ETA 40+ min; goes to daughter's in {{LOCATION:Powell}} in winter storms.
RN: {{NAME:T. Oyelaran}}, RN   visit 1020-1215`,

  `MOBILE MEDICAL UNIT - {{FACILITY:Valle Verde Farmworker Health}} van #2
Site: {{FACILITY:Rancho Las Palmas}} labor camp, {{ADDRESS:4400 Avenue 12}}, {{LOCATION:Madera}} CA   {{DATE:July 23, 2024 19:10}}
Pt: {{NAME:Aurelio Chávez Tzul}}   DOB {{DATE:12-08-1989}}   no chart - new
Lang: Mixteco; promotora {{NAME:Librada Sántiz}} interpreted (Spanish -> Mixteco).
Employer: {{FACILITY:Sun Harvest Vineyards}}, crew of foreman {{NAME:Reyes}}.
CC: headache, dizzy, cramps after 10 h picking grapes, 104 F by afternoon. Drank 2 bottles water, 1 energy drink. Vomited x1.
VS: T 100.4 (oral)  HR 112  BP 102/64  RR 20  FSBS 96. Orthostatic + (HR 112 -> 134).
Alert, oriented, skin moist. No confusion.
Impression: heat exhaustion; r/o rhabdo - UA dip 2+ blood, no RBC on micro (van scope).
Tx: 2 L oral rehydration (ORS) in van, cool towels, ondansetron 4 mg ODT. Recheck 20:05: HR 94, able to stand w/o symptoms.
Plan: off work tomorrow - note given. CK + BMP at {{FACILITY:Fresno River Clinic}} {{DATE:7/24}} 8 am. WhatsApp {{PHONE:+52 951 555 0134}} (family in {{LOCATION:San Juan Mixtepec}}). Reported heat event to promotora lead.
{{NAME:E. Barajas}}, NP`,

  `RURAL FAMILY MEDICINE - PROGRESS NOTE
{{FACILITY:Cedar Bluff Family Practice}}   {{LOCATION:Atwood}}, KS
Pt: {{NAME:Yoder, Ervin L.}}   Acct {{ACCOUNT:44981-02}}   DOB {{DATE:3/30/1966}}   Visit {{DATE:09/05/2024}}
S: 58 yo wheat and milo farmer here for DM f/u. Harvest season, eating in the combine. Sugars 180s-230s per meter. No polyuria. Some tingling feet at night. Quit chew {{DATE:May 2023}}.
Meds: metformin 1 g BID, glipizide 5 mg qAM, atorvastatin 40, lisinopril 10.
O: BP 138/86, Wt 231 lb (up 6), BMI 33.1. Feet: intact, mono 8/10 sites.
Labs {{DATE:8/28/24}}: A1c 8.9 (prev 7.8 on {{DATE:02/21/2024}}), Cr 0.9, eGFR >90, UACR 42, LDL 88.
A/P:
1. T2DM uncontrolled - add semaglutide 0.25 mg weekly x4 wk then 0.5. Copay card given. Pharmacy {{FACILITY:Atwood Main Street Drug}}.
2. Early neuropathy - foot care teaching, B12 level.
3. Farm safety - reviewed ROPS; son {{NAME:Nathan}} drives the older tractor.
RTC 3 mo, sooner if lows. Wife {{NAME:Ruth}} to call with log: {{PHONE:785-555-0131}}.
{{NAME:Mariam Qureshi}}, DO`,

  `PURCHASED/REFERRED CARE (PRC) REFERRAL
Facility: {{FACILITY:Medicine Root Health Center}}   PRC Referral # {{ID:PRC-24-03391}}   Priority I
Patient: {{NAME:Two Crow, Marcella A.}}   HRN {{MRN:119-06-42}}   DOB {{DATE:08/30/1971}}
Tribe: Oglala Sioux   Enrollment # {{ID:OST-044718}}   Residence: {{LOCATION:Allen}}, SD ({{LOCATION:Bennett County}}) - within PRCDA
Alternate resource: SD Medicaid {{HEALTH_PLAN:771204458}}; no private ins.
Referred to: {{FACILITY:Hills Regional Oncology}}
{{ADDRESS:2820 Jackson Blvd, Suite 140}}
{{LOCATION:Rapid City}}, SD {{ZIP:57702}}     Fax {{FAX:605-555-0151}}
Reason: R breast mass 2.6 cm, BI-RADS 5 on dx mammogram {{DATE:3/4/24}} (mobile unit). Core bx.
CPT 19083, 77065.   ICD-10 N63.10.
Approved {{DATE:03/11/2024}} by PRC committee; valid 90 days. Obligation # {{ID:HHS-PRC-558201}}
Transportation: CHR van departs clinic 0500.
Contact: {{NAME:Velma Good Shield}}, PRC tech  {{PHONE:605-555-0108}} x{{PHONE:212}}
Referring: {{NAME:R. Castellanos}}, FNP`,

  `*** FAX ***   {{FACILITY:Sweetgrass Critical Access Hospital}} - Health Information
{{ADDRESS:310 N Main St}}, {{LOCATION:Big Timber}}, MT {{ZIP:59011}}
Main {{PHONE:406-555-0100}}   HIM fax {{FAX:406-555-0103}}
DATE: {{DATE:04-22-2024}}   TIME: 15:06   PAGES (incl cover): 11
TO: {{FACILITY:Bozeman Heights Neurology}}   ATTN: Dr. {{NAME:Feldstein}} / referrals
FAX: {{FAX:406-555-0184}}   PHONE: {{PHONE:406-555-0185}}
FROM: {{NAME:Debbie Kravitz}}, RHIT
RE: {{NAME:ANDERSEN, CLAYTON}}   DOB {{DATE:10/10/1950}}   MRN {{MRN:0091277}}
Enclosed: ED note {{DATE:4/19/24}}, CT head report, MRI brain report {{DATE:4/20/24}}, labs, med list, PCP referral.
Comments: urgent referral - new seizure, 2 cm L frontal lesion. Pt has no car; his niece {{NAME:Brandi}} will drive. Please call pt at {{PHONE:406-555-0147}} with appt, or our case mgr {{NAME:Lynn}} x{{PHONE:118}}.
CONFIDENTIALITY NOTICE: The documents accompanying this transmission contain confidential health information that is legally privileged. If you have received this in error, please notify the sender immediately and destroy. ... Page 1 of 11 ... {{DATE:04/22/2024 15:06}} FROM {{FAX:4065550103}}`,

  `SWING BED DISCHARGE SUMMARY
{{FACILITY:PRAIRIE ROSE HOSPITAL}} - {{LOCATION:TRIBUNE}}, KANSAS
PATIENT: {{NAME:OLIVARES, GUADALUPE M}}     MR#: {{MRN:PR00731}}     AGE: {{AGE:91}}
ACUTE ADMIT: {{DATE:01/03/2024}}     SWING ADMIT: {{DATE:01/07/2024}}     DISCHARGE: {{DATE:01/26/2024}}
ATTENDING: {{NAME:H. VOGELSANG}}, MD
DIAGNOSES: 1. R FEMORAL NECK FX S/P HEMIARTHROPLASTY AT {{FACILITY:HIGH PLAINS ORTHOPEDIC HOSPITAL}}, {{LOCATION:GARDEN CITY}} {{DATE:01/04/2024}}  2. DELIRIUM, RESOLVED  3. CKD 3A  4. AFIB ON APIXABAN 2.5 MG BID
SWING COURSE: PT/OT DAILY. AMBULATING 150 FT WITH FWW AND STANDBY ASSIST. TUG 24 SEC. BRADEN 18. NO FALLS. MMSE 24/30 ON {{DATE:1/22}}.
DISCHARGE TO: HOME WITH DAUGHTER {{NAME:ROSA OLIVARES-KING}} AT {{ADDRESS:RR 1 BOX 58}}, {{LOCATION:LEOTI}}, KS {{ZIP:67861}}. HOME HEALTH BY {{FACILITY:WESTERN KANSAS VISITING NURSES}} START {{DATE:1/27/24}}. FWW, SHOWER CHAIR, RAISED SEAT ORDERED FROM {{FACILITY:DODGE CITY MEDICAL SUPPLY}}.
FOLLOW UP: DR {{NAME:VOGELSANG}} 2 WK; ORTHO DR {{NAME:MBEKI}} {{DATE:FEB 15, 2024}} (TELEHEALTH FROM OUR CLINIC).
DICTATED {{DATE:01/26/2024 1120}} / TRANSCRIBED {{DATE:01/26/2024 1402}} {{NAME:HV}}/{{NAME:mt}}`,

  `TRANSFER CENTER LOG - {{FACILITY:St. Brendan Regional Transfer Center}}   shift {{DATE:08/17/2024}} 0700-1900
time | caller facility | pt | dx | accepting | mode | status
0744 | {{FACILITY:Glacier Peak CAH}} | {{NAME:R. Two Guns}}, 44M | open tib/fib, horse fall | Dr {{NAME:Ahmadi}} ortho | rotor | arrived 0935
0912 | {{FACILITY:Chouteau Valley Hosp}} | {{NAME:McCaffrey, Shane}} 19M | ATV rollover, spleen lac gr III | Dr {{NAME:Lund}} trauma | rotor, wx hold -> ground | enroute 1140
1058 | {{FACILITY:Two Medicine Clinic}} | {{NAME:Ella Kipp}} 3F | RSV, SpO2 86% HFNC | PICU Dr {{NAME:Ofori}} | fixed wing | declined - no PICU bed, diverted to {{FACILITY:Spokane Children's}}
1330 | {{FACILITY:Glacier Peak CAH}} | {{NAME:Dorothy Bighorn}} {{AGE:93}}F | NSTEMI, trop 2.1 | cards Dr {{NAME:Sato}} | ground ALS | accepted, bed 4W-12
1602 | {{FACILITY:Missouri Breaks Medical}} | Hutterite pt "{{NAME:J. Wipf}}" 36M | grain auger amputation R hand | hand Dr {{NAME:Kessler}} | rotor | arrived 1711
Callback numbers on file. Recorded line. TC RN: {{NAME:Gwen Altenhofen}} / {{NAME:Marcus Feehan}}`,

  `ED NOTE - {{FACILITY:High Desert District Hospital}}   {{DATE:5/18/2024 11:05}}
{{NAME:Colby Jo Pritchett}}  23F  DOB {{DATE:11/02/2000}}  MRN {{MRN:HDH-338104}}
Mechanism: bucked off 3 yo colt ("Dollar") during branding at {{FACILITY:Alvord Creek Ranch}}, landed on L side, then kicked in L flank. Helmet: no. Ambulance from {{ADDRESS:Steens Hwy MM 41}}, 68 min transport.
c/o L chest wall + LUQ pain, SOB w/ deep breath.
VS BP 96/58, HR 124, RR 26, SpO2 93%. FAST: + LUQ free fluid. CXR: L ribs 8-10 fx, small ptx.
Tx: 2 units O-neg PRBC from ED fridge, TXA 1 g, 14 G x2. No CT here after 1700 - tech on call from {{LOCATION:Burns}}.
Called {{FACILITY:Central Oregon Trauma Center}} {{DATE:5/18}} 11:31, Dr. {{NAME:Villanueva}} accepted. Rotor {{VEHICLE:N913LF}} ETA 50 min.
Boss {{NAME:Lyle Harbaugh}} at bedside; mother {{NAME:Shawna}} notified at {{PHONE:541-555-0176}}.
Workers comp - employer ranch, claim to follow.
Dr. {{NAME:Abernathy}}`,

  `EMS / ED HANDOFF - GRAIN BIN ENTRAPMENT
Incident # {{ID:24-WC-0917}}   {{DATE:Oct 21 2024}}   Page 1445
Scene: {{FACILITY:Schlichting Farms}} bin #3 (30 ft corn), {{ADDRESS:2175 County Road P}}, near {{LOCATION:Wayne}}, NE
Pt: {{NAME:Kurt Schlichting}}  DOB {{DATE:1/19/1974}}
Engulfed to chest ~90 min. {{FACILITY:Wayne Fire & Rescue}} cofferdam + grain vac; {{FACILITY:Norfolk Rural FD}} assisted. Extricated 1618.
At extrication: GCS 14, SpO2 88%, RR 32, BP 100/p, c/o chest tightness, bilat leg numbness.
Concern: crush/compartment, aspiration of grain dust, hypothermia (ambient 38 F).
Tx: O2 NRB, NS 1 L, albuterol neb, warm blankets, 12-lead sinus tach. K+ iSTAT 5.6.
Transport to {{FACILITY:Providence Plains Medical Center}}, then rotor to {{FACILITY:Lincoln University Hospital}}.
Family: brother {{NAME:Dieter}} was on scene; wife {{NAME:Annette}} ph {{PHONE:402-555-0142}}.
OSHA not notified (family farm, <11 employees).
Crew: {{NAME:Ostrander}} / {{NAME:Vu}} / {{NAME:Keller}}`,

  `EMERGENCY DEPT - CHEMICAL EXPOSURE
{{FACILITY:Neosho Prairie Hospital}}     Arrival {{DATE:2024-04-11 07:52}}
Pt: {{NAME:Raúl Benítez}}  DOB {{DATE:06/14/1992}}  MRN {{MRN:00641128}}
Employer: {{FACILITY:Cottonwood Ag Co-op}} ({{LOCATION:Council Grove}}). Hose from anhydrous ammonia nurse tank ruptured while hooking to applicator ~0710 on field off {{ADDRESS:K-177 MM 12}}. Spray to face, R arm. Co-worker {{NAME:Tomas}} used water from the tank's 5 gal jug, then truck drove him in.
Sx: eye pain, cough, hoarse.
Exam: RR 24 SpO2 94% RA. Stridor absent. Conjunctival injection bilat, corneal haze OS. pH of tears 10 -> irrigated Morgan lens 6 L NS until pH 7.4. Partial thickness burns R forearm 3% TBSA, face 1%.
Plan: poison center case # {{ID:KS24-118376}}. Ophtho via telehealth Dr {{NAME:Kamau}} - needs eval in {{LOCATION:Wichita}} today. Airway watch. Ground ALS {{DATE:4/11}} 1030.
Comp carrier: claim # {{ACCOUNT:WC-8816204}}; supervisor {{NAME:Gail Hutchens}} {{PHONE:620-555-0158}}.
{{NAME:A. Nwachukwu}}, MD`,

  `ED COURSE / ENVENOMATION FLOW SHEET
Pt {{NAME:Dwayne Hollister}}   MR {{MRN:7720145}}   {{DATE:08/03/2024}}   {{FACILITY:Panhandle Mesa Hospital}}, {{LOCATION:Boise City}} OK
Bitten R hand 1530 by prairie rattlesnake moving hay bales at {{FACILITY:Hollister & Sons Cattle}}, 22 mi N of town. No tourniquet. Arrived 1640.
Time  | edema (cm from bite) | plt | fibrinogen | INR | intervention
1645 | to wrist 6 cm       | 162 | 210 | 1.0 | CroFab 6 vials started
1745 | to mid forearm 14   | 118 | 160 | 1.1 | 2nd 6 vials
1845 | to elbow 22 (slowed)| 121 | 174 | 1.1 | initial control achieved
2045 | stable               | 130 | 182 | 1.0 | maint 2 vials
Lot numbers: CroFab lot 2304-118 exp 11/2025. Tetanus UTD ({{DATE:2021-02-02}}).
Poison center rec via {{PHONE:800-555-0199}} - Dr. {{NAME:Chaudhry}}.
Plan: admit acute bed, maint 2 vials q6 x3, repeat labs 6 h. If plt <50 or rebound, transfer to {{FACILITY:Amarillo Southwest Medical}} ({{PHONE:806-555-0112}}). Wife {{NAME:Peggy}}.
{{NAME:S. Rangel}}, PA`,

  `{{LOCATION:Noatak}} clinic note   {{DATE:3/9/24}}   CHA {{NAME:Ruthie Ashby-Kivalina}}
pt: {{NAME:Elmer Sampson Jr.}}  DOB {{DATE:1987-12-01}}  chart {{MRN:MN-10733}}
went thru ice on snowmachine on river ~3 mi above village around 1600, pulled out by cousin {{NAME:Vernon}}. wet ~40 min before reaching clinic. temp -18 F, wind.
arrival 1655: core (rectal) 32.4 C, shivering, slurred speech, GCS 13, HR 52, BP 98/60.
removed wet clothes, warm blankets, heat packs axilla/groin, warm IV NS (fluid warmer) 500 mL. fingers R hand white/waxy.
talked w/ Dr {{NAME:Prentiss}} at {{FACILITY:Chukchi Sound Regional Hospital}} ({{LOCATION:Kotzebue}}) on telemed 1712. advised: gentle handling, no rewarming of hand in field, medevac.
1800 core 33.6, talking, still shivering.
1915 {{FACILITY:Arctic Wings Medevac}} on ground, King Air, RN {{NAME:Lapham}}.
mom {{NAME:Hazel Sampson}} VHF ch 9 / {{PHONE:907-555-0161}}
machine left at river, VPSO notified.`,

  `RABIES POST-EXPOSURE - PUBLIC HEALTH NURSE NOTE
Pt: {{NAME:Jesse Andrew}}   age 9   DOB {{DATE:02/11/2015}}   {{LOCATION:Kwethluk}}
Exposure {{DATE:06/02/2024}} ~1900: bitten L calf by loose village dog (brown, no owner) near school. 2 punctures, 1 cm lac. Dog shot by VPSO {{NAME:Alexie}} next day; head shipped to state lab, specimen # {{ID:SVL-24-1183}}. Arctic fox rabies in area this spring.
Wound washed 15 min at clinic by CHA {{NAME:Lena Nicolai}}.
Schedule (HRIG 20 IU/kg = 560 IU, infiltrated around wound):
Day 0  {{DATE:6/3/24}}  HRIG + vaccine #1  ({{LOCATION:Kwethluk}} clinic)
Day 3  {{DATE:6/6/24}}  vaccine #2
Day 7  {{DATE:6/10/24}} vaccine #3
Day 14 {{DATE:6/17/24}} vaccine #4
Vaccine lot RV-2291A. Dad {{NAME:Evan Andrew}} consented; mom {{NAME:Theresa}}. Home phone {{PHONE:907-555-0124}}.
Doses flown out from {{FACILITY:TRRH}} pharmacy by {{FACILITY:Kusko Air}} mail plane.
{{NAME:K. Fairbanks}}, PHN   {{FACILITY:Tundra Rivers Public Health Office}}`,

  `ED NOTE  {{FACILITY:Sanpoil Valley Hospital}}   {{DATE:09/27/2023  1402}}
{{NAME:Brandt, Lucas "Luke"}}   37 y   MRN {{MRN:SVH-5510229}}
Logger, fell timber for {{FACILITY:Kettle River Timber LLC}} up {{ADDRESS:Forest Rd 2030, spur 4}}. Chainsaw kickback 1215, lac L thigh. Crew applied tourniquet (CAT) 1220 - still on at arrival, 1 h 42 min. Drove him 50 min down mountain in crew truck (plate {{VEHICLE:WA C48217K}}).
Exam: 14 cm lac anterior L thigh through quad, no arterial bleeding after TQ released slowly 1415, venous ooze controlled w/ pressure. DP/PT palpable. Sensation intact.
Tx: irrigation 3 L, layered closure (2-0 Vicryl, 3-0 nylon), cefazolin 2 g, Tdap. XR no FB.
Crew boss {{NAME:Ray Dunagan}} ph {{PHONE:509-555-0133}}. L&I claim # {{ACCOUNT:BJ-44718}}.
Disch: crutches, recheck {{FACILITY:Curlew Lake Family Medicine}} {{DATE:9/29}}, sutures out 10-14 d. Off work.
Attending: {{NAME:Ingrid Solheim-Baca}}, MD`,
  `TELEPHONE TRIAGE - ADULT   {{FACILITY:Trans-Pecos Nurse Line}}
{{DATE:Sat 11/30/2024 21:48}}   call # {{ID:BBNL-1130-0217}}
Caller: {{NAME:Graciela Ortegón}}, wife   ph {{PHONE:432-555-0152}} (landline - cell no service)
Pt: {{NAME:Ortegón, Ezequiel}}   DOB {{DATE:04/25/1953}}
Loc: {{ADDRESS:HC 65 Box 214}}, {{LOCATION:Terlingua}}, TX {{ZIP:79852}} - ranch house off FM 170
Complaint: chest "pressure" since 20:30 while unloading feed, sweaty, L arm heavy. Hx HTN, smoker. Took nothing.
Protocol: Chest Pain (adult) -> Disposition: CALL 911 NOW.
RN called {{FACILITY:Terlingua Desert EMS}} on 3-way at 21:53; closest unit in {{LOCATION:Study Butte}}, ETA 35-45 min. Dispatcher {{NAME:Ledezma}}.
Advised chew aspirin 325 mg x1 (no allergy, no bleeding), unlock door, porch light, sit upright, no driving. Stayed on line until 22:31 when EMS arrived.
Pt remained conscious; c/o pain 7/10.
Follow-up: called {{FACILITY:Alpine Highlands Medical Center}} ED {{DATE:11/30}} 23:40 - pt arrived, STEMI, being flown to {{LOCATION:Odessa}}.
Nurse: {{NAME:Pamela Whitecotton}}, RN  ID {{ID:RN-4402}}`,

  `TELEPHONE ENCOUNTER
Pt: {{NAME:Lemke, Harold}}   DOB {{DATE:12/23/1944}}   MRN {{MRN:45-21-907}}   {{DATE:2/6/2024 10:12}}
Caller: self   Ph {{PHONE:308-555-0128}}
Reason: refill warfarin, out Thursday. Usual pharmacy {{FACILITY:Niobrara Rx}} in {{LOCATION:Valentine}} (82 mi) - roads closed hwy 20 per caller. Asked to send to mail order or to {{FACILITY:Merriman Mercantile}} which gets a pharmacy drop Tuesdays.
Last INR 2.6 on {{DATE:01/24/24}} ({{FACILITY:Valentine Sandhills Hospital Lab}}, point of care). Next INR due {{DATE:2/7}}.
Per Dr. {{NAME:Eichhorn}}: ok 90-day warfarin 5 mg tabs, take 5 mg daily except 7.5 mg Mon/Fri. Sent to {{FACILITY:ExpressCare Mail Pharmacy}} - 5-7 days so also 7 tabs sent w/ mail carrier from clinic (bubble pack, rx # {{ID:6631208}}).
INR: home meter (CoaguChek) - pt will test {{DATE:2/7}} and call result to nurse line. Reminded to avoid new antibiotics/NSAIDs.
Daughter {{NAME:Kristi Lemke Buchholz}} in {{LOCATION:Omaha}} also updated per pt request ({{PHONE:402-555-0103}}).
{{NAME:jh}} / {{NAME:J. Hollenbeck}}, LPN`,

  `MyChart-style portal message   [{{FACILITY:Owl Creek Family Health}} Patient Portal]
From: {{NAME:Starr, Tamsin}} ({{EMAIL:tamsinstarr88@mailbox.example}})
To: Dr. {{NAME:Hosteen-Malone}}'s care team
Sent: {{DATE:Thursday, August 8, 2024 6:02 AM}}
Subject: blood pressure + the new pill

hi Dr {{NAME:Hosteen-Malone}}, I been taking the amlodipine 5 since the visit on the {{DATE:29th of July}} and my ankles are swelling up like balloons by supper. BP this morning 142/88, yesterday 138/84. I work at the {{FACILITY:Burris Road Gas & Grocery}} standing all day. Also can I get the shingles shot at the {{LOCATION:Fort Washakie}} clinic instead of driving to {{LOCATION:Lander}}? my truck is down. thanks {{NAME:Tamsin}}
-----
Reply from {{NAME:Juana Esquibel}}, RN - {{DATE:8/8/2024 9:47 AM}}
Hi {{NAME:Tamsin}}, Dr. {{NAME:Hosteen-Malone}} would like to change amlodipine to losartan 25 mg daily. Please stop amlodipine. Sent to the clinic pharmacy. Shingrix is available at the satellite clinic Tuesdays. Please get BMP there in 1-2 weeks. Call {{PHONE:307-555-0137}} with questions.
-----
This message was sent from a secure portal. Do not reply to this email. Unsubscribe: {{URL:https://portal.owlcreekfh.example/u/9981aa}}`,

  `TELEPSYCHIATRY CONSULT (video)   originating site: {{FACILITY:Standing Rock Family Wellness}}
Pt: {{NAME:Mato Eagleheart}}   16 yo M   DOB {{DATE:09/14/2007}}   HRN {{MRN:33-0918-2}}
Date of service {{DATE:10.15.2024}}  14:00-14:55   distant site: {{FACILITY:Dakota Behavioral Health Partners}}, {{LOCATION:Bismarck}}
Present: pt, grandmother {{NAME:Celestine Eagleheart}} (guardian), clinic BH tech {{NAME:A. Long Feather}}.
HPI: low mood ~4 mo after cousin's death by suicide ({{DATE:June 2024}}). Not sleeping, skipping school at {{FACILITY:Cannon Ball Community School}}, 2 fights. PHQ-A 19. C-SSRS: passive SI, no plan/intent, no prior attempt. Access to firearms: grandfather's deer rifle in house - grandmother agreed to move it to uncle {{NAME:Dale}}'s house in {{LOCATION:Fort Yates}} today.
MSE: guarded, flat affect, linear, no psychosis.
Dx: MDD, single episode, moderate (F32.1). Grief.
Plan: sertraline 25 mg x1 wk then 50 mg; safety plan reviewed & signed; CHR check-in twice weekly; school counselor Ms. {{NAME:Larson}}; traditional healer visit per family preference. Crisis: 988, clinic {{PHONE:701-555-0171}}.
F/u video {{DATE:10/29/24}}.
{{NAME:Neha Subramaniam}}, MD (child & adolescent psychiatry)`,

  `BH CRISIS NOTE - {{FACILITY:Absaroka Counseling Center}} on-call
{{DATE:3/2/2024  23:15}}   caller: {{NAME:Wes Tillotson}} (self)   callback {{PHONE:406-555-0169}}
54 yo M sheep rancher, lost ~300 ewes in the storm last week, bank called the note on {{DATE:Feb 27}}. Drinking since. States "thought about just walking out into the coulee." Has guns (several rifles, a shotgun) at the ranch, {{ADDRESS:1400 Lower Sweetgrass Rd}}. Lives alone since wife {{NAME:Carol}} died {{DATE:11/2022}}.
C-SSRS screen: + wish dead, + thoughts, no specific plan tonight, no prior attempt. Intoxicated (4-5 beers).
Neighbor {{NAME:Gary Ostby}} ({{PHONE:406-555-0145}}) agreed to come over tonight and hold the firearms in his gun safe; called back 23:52 - done, 6 long guns.
Plan: safety plan by phone; counselor {{NAME:Brianne Hagen}}, LCPC to call {{DATE:3/3}} 10 am; referral to Farm/Ranch Stress line; Sheriff welfare check declined (pt consented to neighbor plan). Next telehealth session {{DATE:March 5}}.
Risk: moderate, chronic elevated. Supervisor Dr. {{NAME:Ilse Brandvold}} notified 00:05.
{{NAME:K. Running Crane}}, LCSW`,

  `PRENATAL VISIT - {{LOCATION:Savoonga}} clinic / telehealth w/ {{FACILITY:Bering Strait Women's Health}}
Pt {{NAME:Marjorie Apatiki}}  DOB {{DATE:1999-03-07}}  G3P2  EDD {{DATE:09/21/2024}}  GA 34w1d   chart {{MRN:NS-300482}}
Visit {{DATE:8/10/24}}  CHA {{NAME:Willa Toolie}}, CHP II; CNM {{NAME:Hannah Borg}} on video from {{LOCATION:Nome}}.
S: good FM, no LOF, no VB, occasional tightening. Nausea gone. Eating walrus and greens, some pop.
O: BP 118/72, FH 33 cm, FHT 146 by doppler, wt 162 lb (+22). Urine neg prot/glu. Hgb 10.8 on {{DATE:7/26}}.
A/P: uncomplicated IUP. Fe 325 mg daily. GBS swab at 36 wk in {{LOCATION:Anchorage}}.
Travel: to fly out {{DATE:8/24/24}} ({{FACILITY:Tundra Hopper Air}}) -> {{LOCATION:Nome}} -> jet to {{LOCATION:Anchorage}}; stay at {{FACILITY:Kenai Sound Native Prematernal Home}} until delivery at {{FACILITY:Kenai Sound Native Medical Center}}. Escort: her mother {{NAME:Ida Apatiki}}. Medicaid {{HEALTH_PLAN:AK-0073319922}} travel approved, ticket # {{ID:TRV-884102}}.
Kids (4, 2) staying with partner {{NAME:Ronald Kingeekuk}}.
Pt call back: {{PHONE:907-555-0181}}`,

  `WELL CHILD - 12 MONTH   {{FACILITY:Red Lake Hills Tribal Clinic}} peds
{{NAME:Zhaawan Kingbird}}   DOB {{DATE:07/19/2023}}   MRN {{MRN:RLH0021874}}   seen {{DATE:07/22/2024}}
Accomp by mom {{NAME:Aiyana Kingbird}} (22) and Grandma {{NAME:Doris Jourdain}}.
Wt 9.6 kg (50%), Lt 75 cm (55%), HC 46 cm (60%). 
Devel: pulls to stand, cruising, 3 words (mama, dada, "boozhoo"), pincer, waves. ASQ-3 all above cutoff.
Diet: whole milk 20 oz, table foods, wild rice, fish. WIC ({{FACILITY:Beltrami WIC office}}) - cert due {{DATE:8/2024}}.
Lead: capillary 2.1 (ok). Hgb 11.4.
Oral: 4 teeth, fluoride varnish applied (lot FV-7712).
Immunizations today: MMR, Varicella, Hep A #1, PCV20 #4 (VFC). VIS given. MIIC updated.
Safety: rear-facing car seat, smoke detector yes, woodstove gate yes, lake - life jacket.
Plan: 15 mo WCC {{DATE:10/2024}}; dental referral to {{FACILITY:Ponemah Dental}}.
Home visit nurse {{NAME:Cheryl Bellanger}} to continue Family Spirit visits.
{{NAME:Tomás Ibarra-Lund}}, MD`,

  `DENTAL HEALTH AIDE THERAPIST (DHAT) NOTE
{{LOCATION:Hooper Bay}} Dental Clinic   {{DATE:04/16/2024}}
Pt: {{NAME:Chikoyak, Tristan}}   DOB {{DATE:05/30/2016}}   chart {{MRN:TR-551902}}
DHAT: {{NAME:Sophia Bunyan}}   general supervision by DDS {{NAME:Paul Ng}} ({{FACILITY:TRRH}} Dental, {{LOCATION:Bethel}})
CC: "tooth hurts when I eat" x 1 wk, LR.
Exam: #S gross caries w/ pulp exposure, #T MO caries, #30 sealed, #19 erupting. No swelling, no fistula.
Radiographs: 2 BWX, 1 PA #S - furcation radiolucency.
Tx today: local anesthesia lidocaine 2% 1:100k epi 1.8 mL; extraction #S (uncomplicated); #T ITR with GIC. Post-op instr in Yup'ik and English to dad {{NAME:Peter Chikoyak}}.
Teledentistry photos uploaded: {{PHOTO:CHIKOYAK_T_20240416_01.jpg}}, {{PHOTO:CHIKOYAK_T_20240416_02.jpg}} - reviewed by Dr. {{NAME:Ng}} {{DATE:4/17}}.
Next: sealants #3, #14, FV q3mo. School screening list ({{FACILITY:Hooper Bay School}}) updated.
CDT D7140, D2940, D0220, D0274.`,

  `TELERETINAL DIABETIC EYE SCREENING REPORT
Program: {{FACILITY:Four Corners Teleophthalmology}}   Capture site: {{FACILITY:Shiprock Canyon Health Station}}
Patient: {{NAME:BENALLY, ROSITA}}   DOB: {{DATE:19-Jan-1962}}   HRN: {{MRN:201-44-37}}
Capture date: {{DATE:15-Feb-2024}}   Imager: {{NAME:D. Chee}}, certified imager   Camera: Topcon NW400, non-mydriatic
Images: OD 3 fields gradable, OS 2 fields (cataract haze), study UID {{ID:1.2.840.99999.4.2024021511}}
Reader: {{NAME:Gabriel Anaya}}, OD   Read date: {{DATE:22-Feb-2024}}
FINDINGS
OD: scattered dot-blot hemorrhages, hard exudates within 1 DD of fovea - CSME suspected.
OS: moderate NPDR; cataract limits view.
IMPRESSION: Moderate NPDR OU, suspected DME OD. ETDRS level 47.
RECOMMENDATION: Refer to eye clinic within 1 month (OCT). PRC not needed - in-house at {{FACILITY:San Juan Mesa Eye Clinic}}.
Scheduled {{DATE:3/12/24}} by {{NAME:Lorraine Tohtsonie}}. Notified pt by phone {{PHONE:505-555-0126}} (spoke w/ son {{NAME:Wilbert}}).`,

  `CHW HOME VISIT - HYPERTENSION PROGRAM ({{FACILITY:Delta Roots Community Health}})
Client {{NAME:Odessa Pettaway}}   DOB {{DATE:8/14/1957}}   ID {{ID:DRCH-HTN-0392}}   Visit #4   {{DATE:05/09/2024}}
Address {{ADDRESS:318 Cotton Row Rd}}, {{LOCATION:Tunica}}, MS {{ZIP:38676}}
CHW {{NAME:LaTonya Brooks}}
Home BP log (client's cuff, verified against clinic cuff today - within 4 mmHg):
date      AM        PM
{{DATE:5/2}}     152/90    146/88
{{DATE:5/4}}     148/92    --
{{DATE:5/6}}     138/84    140/86
{{DATE:5/8}}     136/82    134/80
Meds: chlorthalidone 25, amlodipine 10 - pill box filled by granddaughter {{NAME:Kiara}} Sundays. Missed 1 dose.
Diet: cutting salt meat out of greens, using smoked turkey. Walks to mailbox and back (0.4 mi).
Barriers: clinic 38 mi, no car; church van ({{FACILITY:Greater New Hope M.B. Church}}) on Wednesdays. Phone minutes run out end of month - {{PHONE:662-555-0140}}.
SDOH: SNAP yes; utility bill past due (acct {{ACCOUNT:EP-20443817}}) - referred LIHEAP.
Next visit {{DATE:5/23/2024}}. Report to NP {{NAME:Farouk}}.`,

  `HOSPICE RN VISIT - {{FACILITY:Frontier Hospice of the Palouse}}
Pt: {{NAME:Bertrand "Bert" Oakley}}   DOB {{DATE:1932-05-02}}   age {{AGE:92}}   Dx: metastatic prostate ca
Visit {{DATE:1/20/2025 13:30}}   Location: home, {{ADDRESS:2704 Oakley Rd}}, {{LOCATION:Colfax}}, WA {{ZIP:99111}}
Present: wife {{NAME:June}} ({{AGE:90}}), son {{NAME:Russell Oakley}} from {{LOCATION:Spokane}}.
Pt unresponsive since AM, mottling knees/feet, Cheyne-Stokes w/ apneas 20-30 s, mandibular breathing. HR 132 thready, BP not obtained. Terminal secretions - scopolamine patch placed, atropine 1% 2 gtt SL given.
Comfort kit: morphine 20 mg/mL 0.25 mL SL q1h prn - used 3 doses. Lorazepam 0.5 mg SL x1.
Family prepared; chaplain Fr. {{NAME:Dominic Osei}} called. DNR/POLST on fridge (signed {{DATE:11/04/2024}}).
Death 16:42. Pronounced by RN per WA protocol; attending Dr. {{NAME:Haskins}} notified 16:55. Funeral home: {{FACILITY:Whitman Valley Funeral Chapel}} {{PHONE:509-555-0192}}, removal ~19:00 (roads icy, from {{LOCATION:Pullman}}).
Bereavement referral placed for {{NAME:June Oakley}}.
{{NAME:Meredith Calloway-Nunes}}, RN`,

  `DIALYSIS SOCIAL WORK - TRANSPORTATION REVIEW
{{FACILITY:Great Plains Kidney Center}} - {{LOCATION:Scottsbluff}} unit   {{DATE:June 3, 2024}}
Pt: {{NAME:Arnulfo Bustamante}}   DOB {{DATE:02/02/1959}}   MRN {{MRN:GPK-71102}}   chair 9, MWF 2nd shift
Lives {{ADDRESS:PO Box 61}}, {{LOCATION:Harrison}}, NE {{ZIP:69346}} - 116 mi one way, ~2 h each way.
Transport history: son drove until {{DATE:Apr 2024}} (son {{NAME:Rigo}} took job in {{LOCATION:Cheyenne}}). Since then missed 5 treatments, 2 ED visits for K 6.4 and 6.9 at {{FACILITY:Harrison Prairie Clinic}}.
Medicaid NEMT (member {{HEALTH_PLAN:NE-MCD-004417820}}) - broker only found rides 2 of 3 days. Volunteer driver {{NAME:Elaine Wickersham}} ({{PHONE:308-555-0115}}) willing Fridays.
Options discussed: (1) home PD - pt interested, training 2-3 wk; surgeon Dr. {{NAME:Tran}} for PD cath; (2) relocate to {{LOCATION:Scottsbluff}} - pt declines, cattle. (3) transient lodging - no.
Plan: PD referral sent; NEMT grievance # {{ID:NEMT-G-241188}} filed; pt wife {{NAME:Esther}} to attend training.
{{NAME:Shauna McGillicuddy}}, MSW`,
  `{{FACILITY:HIGH DESERT REFERENCE LABORATORY}}   CLIA 29D0000000   {{ADDRESS:1650 Airport Way}}, {{LOCATION:Elko}} NV {{ZIP:89801}}
Client: {{FACILITY:Jarbidge Valley Clinic}} (courier route 7, Tu/Th)   Client fax {{FAX:775-555-0109}}
PATIENT: {{NAME:ETCHEVERRY, MARIE-CLAIRE}}   DOB {{DATE:03/03/1970}}   SEX F
Pt ID {{MRN:JVC-20881}}   Accession {{ID:HD24-0611-00419}}   Req # {{ID:R-557103}}
Collected {{DATE:06/10/2024 09:15}}   Received {{DATE:06/11/2024 16:40}} (ambient >24 h - K+ may be falsely elevated)   Reported {{DATE:06/11/2024 18:22}}
Ordering: {{NAME:Bixby, Carl}} PA-C
TEST              RESULT    FLAG   REF
Sodium            128       L      135-145
Potassium         6.1       H*     3.5-5.1   (hemolyzed 2+)
Chloride          94        L      98-107
CO2               22               22-29
BUN               31        H      7-20
Creatinine        1.42      H      0.57-1.00
Glucose           104              70-99
TSH               0.02      L      0.45-4.5
Free T4           3.8       H      0.8-1.8
*CRITICAL called to {{NAME:Maggie}} at clinic {{DATE:6/11/24 18:30}}, read back verified, by {{NAME:R. Goicoechea}} MLS. Repeat K+ on fresh sample recommended.
Medical Director: {{NAME:Hamid Rostami}}, MD`,

  `TELERADIOLOGY REPORT   {{FACILITY:Northern Lights Teleradiology}}
Sending facility: {{FACILITY:Tazlina River Community Clinic}}, {{LOCATION:Glennallen}} AK   Exam: CT HEAD W/O CONTRAST
Patient: {{NAME:Nicolai, Harvey}}   DOB {{DATE:10/21/1948}}   MRN {{MRN:CRC-041973}}   Acc {{ID:NLT-3318874}}
Exam date/time: {{DATE:2024-12-14 03:18}}   Read: {{DATE:2024-12-14 03:41}}
History: fall on ice at home, on apixaban, HA, vomiting x1.
Technique: axial 5 mm, coronal/sagittal reformats. CTDIvol 52 mGy. Scanner: GE Revolution EVO.
Findings: 11 mm acute R convexity subdural hematoma with 4 mm leftward midline shift. No IVH. Basal cisterns patent. Small R parietal scalp hematoma. No fracture. Chronic small vessel change.
IMPRESSION: Acute R SDH 11 mm with 4 mm MLS. Neurosurgical consultation recommended.
CRITICAL RESULT communicated by phone to Dr. {{NAME:Lofgren}} at {{DATE:12/14/24 03:44}}, ph {{PHONE:907-555-0138}}.
Interpreting radiologist: {{NAME:Vikram Desai-Holm}}, MD (remote, credentialed at sending site)
Electronically signed {{DATE:12/14/2024 03:47}}
Images: PACS gateway {{IP:10.44.212.17}}   study {{ID:1.2.840.99999.7.44188702}}`,

  `{{FACILITY:KEENE PRAIRIE VOLUNTEER AMBULANCE}} - PATIENT CARE REPORT
Run # {{ID:24-0263}}   Date {{DATE:06/29/2024}}   Unit 2   Crew: {{NAME:Holm}} (EMT), {{NAME:Arnesen}} (EMT), {{NAME:Kjelstad}} (driver)
Dispatch 1436 / Enroute 1441 / On scene 1519 / Depart 1551 / At {{FACILITY:Watford Prairie Hospital}} 1634
Location: field NE of {{ADDRESS:Hwy 23 and 135th Ave NW}} - ran GPS {{ADDRESS:47.8121, -103.2244}}
Pt: {{NAME:Harlan Bergstrom}}  DOB {{DATE:09/08/1947}}  M
Mech: older tractor (no ROPS) rolled on side slope cutting hay; pt thrown clear, tractor on L leg ~20 min until neighbor {{NAME:Curt Lindahl}} pulled it with a loader.
Assess: A&Ox4, GCS 15. L femur deformity, open wound lateral thigh. Pelvis stable. CMS distal intact. c/o L chest pain w/ breathing.
VS: 1522 BP 156/92 HR 98 RR 22 SpO2 95%; 1540 BP 138/84 HR 104 RR 20 SpO2 96% 2L.
Tx: traction splint, dressing, O2 2L NC, c-collar (mech). No ALS avail - intercept requested from {{FACILITY:Little Missouri ALS}}, cancelled (faster direct).
Wife {{NAME:Marlys}} following in pickup. PCR # {{ID:ND-PCR-0099812}}.`,

  `SEARCH AND RESCUE - MEDICAL HANDOFF
{{FACILITY:Salmon River Backcountry SAR}}   Mission # {{ID:SRBSAR-24-031}}   {{DATE:October 6th, 2024}}
Subject: {{NAME:Brennan Whitacre}}, 44 M, elk hunter (Idaho hunting license {{LICENSE:ID-HL-7714502}}), overdue since {{DATE:10/5}} evening, reported by hunting partner {{NAME:Joel Pacheco}}.
Found 0812 at {{ADDRESS:44.2877 N, 114.6093 W}} in drainage below Loon Creek trail, ~6 mi from trailhead. Fell ~25 ft down talus at dusk. Night out, 24 F.
Findings: GCS 15, hypothermic (shivering, T 34.9 tympanic), L ankle deformity (splinted), abrasions, dehydrated. Pelvis stable. No neck pain.
Tx: hypothermia wrap, warm fluids PO, ankle SAM splint, ibuprofen 800 mg.
Extraction: litter carry 1.2 mi to LZ; {{FACILITY:Sawtooth Air Rescue}} rotor {{VEHICLE:N622SR}} wheels up 1147 to {{FACILITY:Big Wood Valley Hospital}} in {{LOCATION:Ketchum}}.
Truck at trailhead: Idaho plate {{VEHICLE:2C 40881}}.
Family: wife {{NAME:Dana Whitacre}} {{PHONE:208-555-0170}}, notified by IC Sgt. {{NAME:Rollins}}.
Medical lead: {{NAME:Ashley Tupa}}, WEMT`,

  `CASE MANAGEMENT - RETURN TRAVEL / DISCHARGE COORDINATION
{{FACILITY:Kenai Sound Native Medical Center}}   {{DATE:Nov 12, 2024}}
Pt: {{NAME:Aloysius Nanouk}}   DOB {{DATE:07/07/1962}}   MRN {{MRN:KSN-8830041}}   Unit 5E rm 512
Home village: {{LOCATION:Unalakleet}} (no road access). Admitted {{DATE:11/2}} s/p medevac for perforated appendix, post-op abscess, drain out {{DATE:11/10}}.
d/c needs: ertapenem stopped; PO amox-clav x7 d - filled at inpatient pharmacy (to carry on plane). Wound packing daily - CHA {{NAME:Julia Ivanoff}} at {{LOCATION:Unalakleet}} clinic agreed, supplies shipped via {{FACILITY:Tundra Hopper Air}} freight, waybill {{ID:THA-442180}}.
Travel: Medicaid travel auth {{ID:MTA-2024-118730}}; flight {{DATE:11/13}} 0745 {{LOCATION:Anchorage}} -> {{LOCATION:Nome}} -> {{LOCATION:Unalakleet}}, escort not needed. Lodging tonight at the patient hostel, room 214.
F/u: video visit w/ surgery Dr. {{NAME:Kowalczyk}} {{DATE:11/20/2024 1300}} from village clinic; labs (CBC) at regional hospital if fever.
Pt contacts: wife {{NAME:Mildred}} {{PHONE:907-555-0157}}; village clinic {{PHONE:907-555-0158}}, fax {{FAX:907-555-0159}}.
CM: {{NAME:Serafina Toleafoa}}, RN CM   pager {{PHONE:3317}}`,

  `{{FACILITY:Ponderosa Valley Rural Health Clinic}}
{{ADDRESS:88 Depot St}}   {{LOCATION:Cascade}}, Idaho {{ZIP:83611}}   Tel {{PHONE:208-555-0110}}   Fax {{FAX:208-555-0111}}

{{DATE:September 17, 2024}}

To: Attendance Office, {{FACILITY:North Fork Junior/Senior High School}}
RE: {{NAME:Kaylee Ann Vantassel}}, DOB {{DATE:4/2/2009}}

To whom it may concern,

{{NAME:Kaylee}} was seen in our clinic on {{DATE:09/16/2024}} and {{DATE:09/17/2024}}. She sustained a concussion on {{DATE:9/14}} when she was thrown from a horse at the {{FACILITY:Long Valley Fairgrounds}} junior rodeo. Please excuse her absences {{DATE:9/16-9/18}}. She may return {{DATE:Thursday 9/19}} with accommodations: no PE, rodeo team or contact sports until cleared by us; rest breaks; extended time on tests; reduced screen time. SCAT-6 symptom score today 14 (down from 31).
Please call me with questions. Her mother {{NAME:Tiffany Vantassel}} has given written permission to share this information.

Sincerely,
{{NAME:Oluwaseun Adeyemi-Frost}}, FNP-C`,

  `RE: APPEAL OF DENIED CLAIM - AIR AMBULANCE
{{FACILITY:Big Open Air Medical}} Patient Accounts   {{ADDRESS:PO Box 4410}}, {{LOCATION:Great Falls}}, MT {{ZIP:59403}}
Date: {{DATE:08/02/2024}}
To: BlueSky Health Plan, Appeals Dept., fax 800-555-0166
Member: {{NAME:Dusty Ray Kettleson}}   Member ID {{HEALTH_PLAN:BSH88240197-01}}   Group 55012
Claim # {{ACCOUNT:2024DM0773412}}   Our acct {{ACCOUNT:BOAM-118204}}   DOS {{DATE:05/21/2024}}
Denial reason: "Not medically necessary - ground transport available."
Facts: pt 29 y/o, crushed under a bull in the chute at the {{FACILITY:Kettleson Cattle Co.}} ({{LOCATION:Jordan}}, MT). Sending {{FACILITY:Garfield Plains Medical Clinic}} has no surgeon, no CT, no blood bank. Hypotensive 78/40 with + FAST. Nearest Level II trauma center 185 road miles; ground ETA >3.5 h vs 58 min flight. Sending physician Dr. {{NAME:Maurer}} certified necessity (PCS form attached).
Requested: reprocess at in-network rate under the No Surprises Act. Attachments: flight record {{ID:BOAM-FW-24-0521-1}}, PCS, trauma H&P.
Contact: {{NAME:Renee Gustafsen}}, Appeals Specialist, {{PHONE:406-555-0174}}, {{EMAIL:rgustafsen@bigopenair.example}}`,

  `TELESTROKE CONSULT   hub: {{FACILITY:Rushmore Neuroscience Telestroke}}   spoke: {{FACILITY:Lemmon Prairie Hospital}} ED
Pt {{NAME:Ruby Skaret}}   DOB {{DATE:1956-08-19}}   spoke MRN {{MRN:LPH119032}}   {{DATE:08-19-2024}}
LKW {{DATE:8/19/24 1320}} (husband {{NAME:Lowell}} saw her normal at lunch, found her at 1405 in the garden).
Video start 1448 (door 1426). NIHSS 11: R face/arm/leg weakness, aphasia, R neglect none.
CT (read by teleradiology 1446): no hemorrhage, ASPECTS 9. CTA not available at spoke.
BP 178/96 -> labetalol 10 mg IV -> 164/90. Glucose 132. Plt 244. INR 1.0. On no anticoagulants.
Decision: tenecteplase 0.25 mg/kg = 18 mg IV push at 1512 (door-to-needle 46 min). Risks/benefits discussed w/ pt & husband by video; verbal consent.
Transfer: for CTA/possible thrombectomy to {{FACILITY:Rushmore Regional Medical Center}} by rotor ({{FACILITY:Black Hills LifeGuard}}), 1 h 10 min. Post-lytic neuro checks q15 min, BP <180/105.
Neurologist: {{NAME:Chiamaka Obi}}, MD   ph {{PHONE:605-555-0165}}
Spoke physician: {{NAME:Gus Thorvaldson}}, DO`,

  `MEMORANDUM OF TRANSFER (EMTALA)   {{FACILITY:Glacier Peak Critical Access Hospital}}
Patient: {{NAME:Running Wolf, Tyrell}}   DOB {{DATE:12/01/1981}}   MRN {{MRN:GP-0065523}}
Date/time of transfer: {{DATE:08/17/2024 0858}}
Receiving facility: {{FACILITY:St. Brendan Regional Medical Center}}   accepting physician: {{NAME:Ahmadi}}, MD   spoke w/ at 0751
Bed confirmed: yes, ED trauma 2 by {{NAME:Gwen Altenhofen}}, RN (transfer center)
Dx: open R tibia/fibula fx (Gustilo II) - horse fell on pt in stock trailer at {{FACILITY:Babb Mountain Outfitters}}.
[x] Medical benefits outweigh risks: orthopedic surgery not available here.
[x] Pt stabilized within capability: splint, cefazolin 2 g 0721, Tdap, hydromorphone 1 mg x2, NS 1 L.
[x] Copies of records sent: yes.  Imaging on disc: yes.
Mode: rotor - {{FACILITY:Sky Glacier Flight}} {{VEHICLE:N71GP}}, RN/paramedic crew.
Consent to transfer signed by pt 0835. Witness {{NAME:Darla Calf Looking}}.
Physician certification: {{NAME:Franz Oberholzer}}, MD   {{DATE:8/17/24 0840}}
Next of kin: mother {{NAME:Verna Running Wolf}} ({{LOCATION:Browning}}) {{PHONE:406-555-0196}}`,

  `POISON CENTER CONSULT (via telephone)   Case # {{ID:RMPC-24-220176}}
Caller: Dr. {{NAME:Mendoza-Pike}}, {{FACILITY:Imperial Valley Rural Hospital}} ED   {{PHONE:760-555-0120}}   {{DATE:8-30-2024 11:25}}
Pt: {{NAME:Fidencio Lara}}   34 y   DOB {{DATE:1990-01-17}}
Exposure: crop duster drift over lettuce field ({{FACILITY:Desert Sun Produce}}, field 14 off {{ADDRESS:Hwy 111 & Keystone Rd}}) ~0900. 11 workers c/o symptoms; this pt worst. Label per grower: organophosphate (chlorpyrifos? grower to fax label).
Sx: vomiting, diarrhea, miosis, drooling, wheeze, fasciculations, HR 52, SpO2 89%.
Rec: decon (clothes bagged, wash w/ soap & water, staff in PPE), atropine 2 mg IV, double q5 min until secretions dry (got 2+4+8 = 14 mg); pralidoxime 30 mg/kg load then 8 mg/kg/h; avoid succinylcholine. RBC cholinesterase + plasma ChE to send.
County ag commissioner and CalOSHA reporting by hospital. Other 10 pts: decon, observe 6 h.
Follow-up call 13:10: secretions dry, SpO2 95%, transfer to {{FACILITY:Salton Valley Medical Center}} ICU, accepted.
SPI: {{NAME:Hoang Thi Lan}}, PharmD   MedTox: Dr. {{NAME:Kessler-Amar}}`,
  `ICU TRANSFER NOTE - {{FACILITY:Chuska Mountain Indian Hospital}}   {{DATE:05/27/2024 0215}}
Pt: {{NAME:Yellowhair, Darnell}}   33 M   HRN {{MRN:612-88-04}}   DOB {{DATE:02/06/1991}}
Residence: {{LOCATION:Naschitti}} area; cleans out the sheep shed and a storage trailer w/ mouse droppings ~3 wk ago per wife {{NAME:Shaylene}}.
Course: 4 d fever, myalgia, HA, then cough + SOB today. Plt 62 (from 148 on {{DATE:5/25}}), Hct 51, WBC 14.8 w/ left shift + immunoblasts on smear (read by {{NAME:T. Kaye}}, MT). CXR: bilateral interstitial edema, small effusions.
Clinical suspicion: Hantavirus cardiopulmonary syndrome (Sin Nombre). Serology sent to state lab, accession {{ID:NMSL-24-06613}}.
Now SpO2 86% on 15 L NRB, BP 88/52, HR 126. Started norepinephrine 4 mcg/min. Avoiding large fluid boluses.
Transfer: ECMO-capable center - {{FACILITY:Rio Grande University Hospital}} MICU accepted, Dr. {{NAME:Baca-Whitfield}}. Rotor {{FACILITY:Enchanted Air Medical}} ETA 0305, flight time ~55 min. NM DOH after-hours epi notified.
Household members ({{NAME:Shaylene}}, kids 4 and 7) - no sx; advised to return if fever.
{{NAME:Priya Venkataraman}}, MD   pager {{PHONE:2214}}`,

  `NOTIFIABLE CONDITION REPORT - PLAGUE (Yersinia pestis)   {{DATE:07-11-2024}}
Reporter: {{NAME:Carmen Archuleta}}, RN, infection prevention, {{FACILITY:Sangre de Cristo Community Hospital}}, {{LOCATION:Española}}   ph {{PHONE:505-555-0111}}  fax {{FAX:505-555-0112}}
Patient: {{NAME:Gallegos, Ignacio}}   DOB {{DATE:11/30/1961}}   Sex M   MRN {{MRN:SDC0447718}}
Address: {{ADDRESS:37 County Road 84A}}, {{LOCATION:Chimayó}}, NM {{ZIP:87522}}   Phone {{PHONE:505-555-0113}}
Onset {{DATE:7/7/24}}: fever 103.6, chills, tender R inguinal bubo 4 cm. Dog ("Chispa") hunts prairie dogs; several dead rock squirrels near woodpile.
Specimens: bubo aspirate - GNR bipolar staining; blood cx {{DATE:7/9}} growing GNR; sent to state lab {{DATE:7/10}} (courier), SLD # {{ID:24-SLD-3321}}.
Treatment: gentamicin 5 mg/kg daily started {{DATE:7/9/24 2210}}; doxycycline PEP recommended for wife {{NAME:Teresa Gallegos}} and grandson {{NAME:Adrián}} (10 yo).
Hospitalized: yes, rm 212 (droplet precautions first 48 h).
Environmental investigation requested; vet advised flea treatment for dog.
Form completed by {{NAME:C.A.}} {{DATE:7/11/2024 0930}}`,

  `{{LOCATION:Fort Yukon}} clinic - telemed note   {{DATE:01/29/2024}}
pt {{NAME:Gilbert Peter}}  DOB {{DATE:11/11/1975}}  chart {{MRN:YF-33810}}
hx: trapping line {{DATE:1/27}}, snowmachine broke down ~14 mi out, walked back overnight, -41 F. gloves wet. arrived home 0600 {{DATE:1/28}}, came in today bc fingers black.
exam: R hand digits 2-4 distal phalanges dusky/purple, clear blisters to PIP; L hand 3rd finger tip hemorrhagic bleb. toes: L great toe blanched, numb. no hypothermia now, T 36.8.
photos sent (ROI consent signed): {{PHOTO:peter_g_Rhand_0129.jpg}}, {{PHOTO:peter_g_Lfoot_0129.jpg}}
consult by video w/ Dr {{NAME:Anselm Frey}} ({{FACILITY:Interior Alaska Regional Hospital}} ED, {{LOCATION:Fairbanks}}): <24 h since rewarming -> candidate for iloprost / tPA protocol - fly in today. ibuprofen 12 mg/kg (800 mg) q12, aloe on blisters, elevate, tetanus given.
transport: scheduled flight {{FACILITY:Yukon Flats Air}} 1330, tkt via clinic travel, auth {{ID:YF-TRV-0293301}}
sister {{NAME:Evelyn Peter-Solomon}} going with, {{PHONE:907-555-0164}}
CHA {{NAME:Dorothy "Dot" Carroll}}  -- cosigned Dr {{NAME:Frey}}`,

  `ED NOTE - GSW   {{FACILITY:Clearwater Canyon Hospital}}   {{DATE:11/16/2024 16:20}}
Pt: {{NAME:Tobias Wirth}}   17 M   DOB {{DATE:01/09/2007}}   MRN {{MRN:CCH-992014}}
HPI: accidental discharge while climbing over a barbed-wire fence deer hunting w/ father {{NAME:Dale Wirth}} on {{FACILITY:Wirth Ranch}} ~1500. .243 rifle. Entry L lateral calf, exit medial calf. Father applied belt tourniquet, drove him 40 min. Tourniquet loosened at 1535 by ED staff.
Exam: GCS 15, BP 124/76, HR 108. Wounds 1 cm entry, 3 cm exit; pulses: DP 1+, PT doppler. ABI 0.82 L. Compartments soft.
XR: comminuted fibula fx, tibia intact, small metal fragments.
Tx: cefazolin 2 g, Tdap, irrigation bedside, morphine 4 mg.
Dispo: ABI <0.9 -> needs CTA/vascular: transfer {{FACILITY:Lewiston Valley Regional}} by ground ALS, Dr {{NAME:Strand}} accepting, left 17:42.
Reporting: Idaho Fish & Game notified (hunting incident #{{ID:IDFG-HI-24-117}}); sheriff deputy {{NAME:Morrow}} took statement.
Hunting license {{LICENSE:ID-HL-7730098}}; hunter ed completed 2021.
Mother {{NAME:Sandra}} {{PHONE:208-555-0187}}.
{{NAME:Leif Amundsen}}, MD`,

  `FLIGHT NURSE RECORD - PEDIATRIC   {{FACILITY:Arctic Wings Medevac}}   Trip {{ID:AW-24-1207-03}}
{{DATE:12/07/2024}}   Pilatus PC-12 {{VEHICLE:N88AW}}   from {{LOCATION:Tununak}} strip to {{FACILITY:Kenai Sound Native Medical Center}} PICU via {{LOCATION:Bethel}} fuel
Pt: {{NAME:Lilly Post}}   DOB {{DATE:09/02/2024}}   3 mo F   wt 5.4 kg   village chart {{MRN:TR-702334}}
Dx: RSV bronchiolitis, apnea x2 at clinic (CHA {{NAME:Frances Albert}} bagged 20 s).
At bedside 1615: RR 68, retractions, SpO2 82% 2L -> HFNC 8 L/min FiO2 50% -> 93%. HR 176. Cap refill 3 s. T 38.4.
Interventions: NG decompression, NS bolus 20 mL/kg (108 mL), D10 maintenance via IO? no - PIV 24 G L hand first try.
In flight (1 h 50 + 1 h 20): one desat to 78% w/ apnea 15 s, stim -> resolved. No intubation. Cabin alt 8,000 ft.
Handoff 2105 to Dr. {{NAME:Amarasinghe}} and RN {{NAME:Keanu Kalama}}.
Mom {{NAME:Josephine Post}} traveled w/ pt; dad {{NAME:Ambrose}} in village {{PHONE:907-555-0135}}.
Crew: {{NAME:Ingrid Vasquez-Toll}} RN CFRN, {{NAME:Jonah Uttecht}} NRP, pilot {{NAME:Cordova}}`,

  `ADULT PROTECTIVE SERVICES REFERRAL (faxed to county APS intake)
Reporter: {{NAME:Helen Ochoa-Reese}}, RN, {{FACILITY:Big Muddy Home Health}}, {{PHONE:406-555-0193}}   Date {{DATE:3/21/2024}}
Vulnerable adult: {{NAME:Emmett Kraus}}   DOB {{DATE:06/19/1933}}   age {{AGE:90}}
Address: {{ADDRESS:HC 80 Box 17}}, {{LOCATION:Plentywood}}, MT {{ZIP:59254}} (farmhouse, 11 mi gravel)
Alleged perpetrator: grandson {{NAME:Cody Kraus}}, 31, lives in home.
Concerns: on 3 of last 4 visits pt alone >24 h, wood stove out (house 48 F on {{DATE:3/19}}), no food but bread. Pt states grandson "takes the check." Bank statements seen on table - pension deposits withdrawn in {{LOCATION:Williston}} ATM. Bruises L forearm (photo in chart), pt says "fell."
Cognition: SLUMS 17/30. Oxycodone count short 22 tabs vs log.
Immediate danger? Yes - cold. Sheriff welfare check requested {{DATE:3/21}} 1310, deputy {{NAME:Haugland}}.
PCP: Dr. {{NAME:R. Nnamdi}}, {{FACILITY:Plentywood Prairie Clinic}}.
Other family: daughter {{NAME:Linda Kraus-Fenner}}, {{LOCATION:Billings}}, {{PHONE:406-555-0195}} - not yet told (pt asked us not to).`,

  `IMMUNIZATION RECORD - PRINTED FROM STATE IIS   {{DATE:02/05/2024 11:02}}
Patient: {{NAME:Vang, Paj Ntaub}}   DOB {{DATE:10/01/2017}}   IIS ID {{ID:IIS-4038871}}
Parent: {{NAME:Xiong, Mai}}   Address: {{ADDRESS:N4820 County Rd K}}, {{LOCATION:Athens}}, WI {{ZIP:54411}}
Provider: {{FACILITY:Northwoods Rural Health Clinic}}, {{LOCATION:Medford}}
VACCINE        DATE GIVEN    DOSE   SITE   LOT         SOURCE
HepB           {{DATE:10/01/2017}}    1      LT     HB2017A     VFC
DTaP-IPV-Hib-HepB {{DATE:12/04/2017}} 1     RT     PV11234     VFC
PCV13          {{DATE:12/04/2017}}    1      LT     PC7781      VFC
MMR            {{DATE:10/15/2018}}    1      LA     MM0099      VFC
Varicella      {{DATE:10/15/2018}}    1      RA     VR5520      VFC
DTaP-IPV       {{DATE:10/11/2021}}    5      LA     KP4402      VFC
MMRV           {{DATE:10/11/2021}}    2      RA     MV8813      VFC
Influenza      {{DATE:10/22/2023}}    1      LA     FL23-71     VFC
Forecast: Tdap + MenACWY + HPV due at 11 y. Flu due now.
School: {{FACILITY:Rib River Elementary}} grade 1 - compliant.
Printed by {{NAME:bk}} for parent request. Interpreter: {{NAME:Tou Lor}} (Hmong).`,

  `TB CONTACT INVESTIGATION - PUBLIC HEALTH NURSE FIELD NOTE
Index case: {{NAME:Moses Nashoalook}}   DOB {{DATE:1972-04-18}}   state TB reg # {{ID:AK-TB-24-0117}}   smear 3+, cavitary, dx {{DATE:4/22/24}} at {{FACILITY:Chukchi Sound Regional Hospital}}
Village: {{LOCATION:Kivalina}}   Visit {{DATE:05/06/2024}} - {{DATE:05/10/2024}}   PHN {{NAME:Ruth Kaminski}}, with CHA {{NAME:Clara Adams}}
Household contacts (same house, 2 BR, 11 people):
name                  age  IGRA/TST     CXR        plan
{{NAME:Edna Nashoalook}}        48  IGRA +       clear      LTBI - 3HP
{{NAME:Wilson Nashoalook}}      22  IGRA +       RUL infilt  sputum x3, isolate
{{NAME:Cora N.}}                 9  TST 14 mm    clear      LTBI - 4R
Baby boy {{NAME:Nashoalook}}    8 mo TST 0     clear      window prophylaxis INH
{{NAME:Harold Swan}}            66  IGRA neg     clear      repeat 8 wk
Others: 6 tested, results pending (sent on mail plane {{DATE:5/9}}).
Extended contacts: whaling crew (7), church ({{FACILITY:Kivalina Covenant Fellowship}}) - screening event {{DATE:May 20}}.
DOT worker hired: {{NAME:Lorena Hawley}}, contact {{PHONE:907-555-0150}}.
Next visit {{DATE:6/3-6/7}}.`,
  `OCCUPATIONAL HEALTH - FIRST REPORT OF INJURY   {{FACILITY:Magic Valley Occupational Clinic}}, {{LOCATION:Jerome}} ID
Employee: {{NAME:Efraín Tolentino Cruz}}   DOB {{DATE:1988/09/21}}   Employee # {{ID:E-20774}}
Employer: {{FACILITY:Lone Butte Dairy}} (4,200 head), {{ADDRESS:1960 S 100 E}}, {{LOCATION:Wendell}} ID {{ZIP:83355}}
DOI: {{DATE:miércoles 14/02/2024}} ~04:30 - parlor, milking shift.
Mechanism: cow kicked; pinned R hand between stall bar and rail; R middle finger crush. Supervisor {{NAME:Jake Roubidoux}} drove pt in.
Hx via interpreter (phone interp session # {{ID:LL-882213}}): pt speaks Spanish & Zapotec.
Exam: R 3rd finger nail bed lac, tuft fx on XR, cap refill <2 s. Also c/o L knee from kick last month - not reported then.
Tx: digital block 1% lido plain 4 mL, nail removed, nail bed repaired 6-0 chromic, splint. Tdap given (none on file).
Work status: modified duty - no wet work / no parlor x10 days, L hand only.
Comp carrier: Idaho State Insurance Fund claim # {{ACCOUNT:ISIF-24-0388162}}. Return {{DATE:2/21/24}}.
Pt phone {{PHONE:208-555-0121}} (WhatsApp). Emergency contact wife {{NAME:Rosalía Méndez}}.
Provider: {{NAME:Shaun Tippetts}}, PA-C`,

  `PHARMACY - ADMISSION MEDICATION RECONCILIATION   {{FACILITY:Cottonwood Valley Hospital}} (CAH)
Pt {{NAME:Mackintosh, Iris}}   {{DATE:3/15/1939}}   MRN {{MRN:CV119774}}   Rm 6   adm {{DATE:10/04/2024}}
Sources: pt, daughter {{NAME:Fiona}}, pill bottles (4 pharmacies!), {{FACILITY:Prairie Rx}} fill hx ({{PHONE:620-555-0104}}), VA list (VA clinic in {{LOCATION:Dodge City}}).
Drug                       Home (actual)          Listed          Action
metoprolol tartrate 25     1 BID                   50 BID          clarify - pt split tabs
furosemide 20              1 daily + extra prn     40 daily        cont 20, daily wts
apixaban 5                 1 BID                   2.5 BID         DOSE: age >=80, wt 54 kg, Cr 1.6 -> 2.5 BID
potassium 10 mEq           not taking               1 daily         hold, K 4.9
gabapentin 300             TID                      HS              renal: reduce to 100 TID
tramadol 50 (mail-order)   2-3/day                  not listed      PDMP checked - 2 prescribers
OTC: diphenhydramine HS (Beers list) - recommend stop; omeprazole 20.
Allergies: sulfa (rash), codeine (vomit).
Recommendations called to Dr. {{NAME:Beauchamp}} {{DATE:10/4}} 1520 - accepted all.
{{NAME:Nikhil Raghunathan}}, PharmD (tele-pharmacy, verifying remotely from {{LOCATION:Salina}})`,

  `HOSPITALIST PROGRESS NOTE - {{FACILITY:Cottonwood Valley Hospital}}   {{DATE:10/07/2024}}
Pt {{NAME:Mackintosh, Iris}}   MRN {{MRN:CV119774}}   HD#4
S: "feels better," ate 50% breakfast. Daughter {{NAME:Fiona}} at bedside.
** copied from {{DATE:10/06/2024}} ** S: "feels better," ate 50% breakfast. Daughter {{NAME:Fiona}} at bedside. Overnight no events.
O: T 98.1 HR 72 BP 128/70 RR 18 SpO2 95% RA. Wt 53.1 kg (adm 55.6). I/O -900.
Lungs: few bibasilar crackles (improved). Ext: trace edema.
Labs: Na 136, K 4.1, Cr 1.4 (1.6), BNP 612 (1,480 on adm).
A/P: 1. Acute on chronic HFpEF - diuresed 2.5 kg; switch to PO furosemide 20 daily.
2. AKI on CKD 3b - improving.
3. Polypharmacy - per pharmacy recs {{DATE:10/4}}.
4. Dispo: swing bed vs home. PT: 120 ft w/ FWW. Daughter lives in {{LOCATION:Garden City}}, works. Home health ({{FACILITY:Arkansas River Home Care}}) accepted for {{DATE:10/9}} if d/c home.
** copied from {{DATE:10/05/2024}} ** 4. Dispo: pending PT eval. Daughter lives in {{LOCATION:Garden City}}.
Code status: DNR/DNI (confirmed w/ pt {{DATE:10/4}}).
{{NAME:Beauchamp, Étienne}} MD   {{DATE:10/07/2024 11:52}}`,

  `Admission Date: [**{{DATE:2148-2-11}}**]     Discharge Date: [**{{DATE:2148-2-16}}**]
Date of Birth: [**{{DATE:2079-6-3}}**]     Sex: M
Service: MEDICINE
Transferred from: [**{{FACILITY:Hospital 1802}}**] (critical access, ~210 mi) by fixed wing.
History of Present Illness: 69M from [**{{LOCATION:Location (un) 4417}}**] w/ hx EtOH cirrhosis (MELD 22), presented to OSH with hematemesis x2, Hgb 6.8. Received 3U PRBC, octreotide, ceftriaxone at OSH, transferred for EGD. Pt lives on a wheat farm; wife [**{{NAME:Known firstname 1102}}**] drove separately (6 h).
Hospital Course: EGD [**{{DATE:2-11}}**]: 3 large esophageal varices with stigmata, banded x4. No rebleed. Hgb stable 8.4-8.9. Lactulose titrated. Paracentesis 4 L [**{{DATE:2-13}}**], SBP neg.
Discharge Medications: nadolol 20 mg daily, lactulose 30 mL TID, rifaximin 550 mg BID, spironolactone 100, furosemide 40.
Followup: Dr. [**{{NAME:Last Name (STitle) 7731}}**] liver clinic [**{{DATE:2148-3-2}}**], repeat EGD banding 2-4 wk; local PCP Dr. [**{{NAME:Last Name (un) 5520}}**] at [**{{FACILITY:Hospital 1802}}**] for labs weekly, phone [**{{PHONE:Telephone/Fax (1) 8870}}**].
[**{{NAME:First Name8 (NamePattern2) 331}}**] [**{{NAME:Last Name (NamePattern1) 1092}}**], MD   MD Number: [**{{LICENSE:MD Number 3371}}**]
Completed by: [**{{NAME:Name10 (NameIs) 22}}**] [**{{DATE:2148-2-16}}**]`,

  `MSH|^~\\&|RURALLAB|{{FACILITY:PINE RIDGE ESCARPMENT CLINIC}}|EHR|CLINIC|{{DATE:20240912083015}}||ORU^R01|{{ID:MSG00428817}}|P|2.5.1
PID|1||{{MRN:PREC0077213}}^^^{{FACILITY:PREC}}^MR||{{NAME:THUNDERHAWK^JOSEPHINE^M}}||{{DATE:19830428}}|F|||{{ADDRESS:PO BOX 992}}^^{{LOCATION:KYLE}}^SD^{{ZIP:57752}}||{{PHONE:(605)555-0102}}
PV1|1|O|LAB^^^{{FACILITY:PREC}}||||{{LICENSE:1952004471}}^{{NAME:LITTLE THUNDER^AMOS}}^^^^MD
ORC|RE|{{ID:ORD-4471882}}
OBR|1|{{ID:ORD-4471882}}|{{ID:LAB-24-09-1173}}|4548-4^Hemoglobin A1c^LN|||{{DATE:20240911141000}}
OBX|1|NM|4548-4^HbA1c^LN||10.2|%|4.0-5.6|H|||F|||{{DATE:20240912081500}}
OBX|2|NM|2160-0^Creatinine^LN||1.1|mg/dL|0.57-1.00|H|||F
OBX|3|NM|33914-3^eGFR^LN||63|mL/min/1.73m2|>59||||F
NTE|1||Specimen drawn at mobile unit stop, {{LOCATION:Wanblee}} community center; transported 2 h on ice.
-- interface error log --
{{DATE:2024-09-12 08:30:16}} WARN PID-19 ssn field populated: ***-**-{{SSN:4418}} masked by interface
{{DATE:2024-09-12 08:30:16}} INFO routed to inbox of {{NAME:alittlethunder}}
`,

  `{{LOCATION:Shaktoolik}} clinic - unattended death   {{DATE:2/18/2025}}
decedent: {{NAME:Simeon Takak}}   DOB {{DATE:08/05/1940}}   chart {{MRN:NS-104417}}
found ~0700 by nephew {{NAME:Luther Sockpealuk}} in his house, in bed, cold, rigor present. last seen {{DATE:2/17}} ~2100 at bingo at the community hall.
CHA {{NAME:Agatha Jack}} + VPSO {{NAME:Reuben Katchatag}} responded 0725. no signs of trauma, no pills/empties, woodstove out, house 55 F. hx CHF, CKD, COPD, DNR on file ({{DATE:Oct 2023}}).
0810 telemed w/ Dr. {{NAME:Nakamura-Holt}} ({{FACILITY:Bering Strait Regional Hospital}}, {{LOCATION:Nome}}) - death pronounced 0815 by physician via telemedicine.
State Medical Examiner office called 0830 - case # {{ID:SME-25-00218}} - released to family, no autopsy, death cert to be signed by attending.
family wishes: body to stay in village for traditional funeral; coffin being built by {{NAME:Walter}} and {{NAME:Isaac Takak}}.
notified: daughter {{NAME:Rhoda Takak-Brown}} in {{LOCATION:Anchorage}} {{PHONE:907-555-0166}}; clinic supervisor {{NAME:M. Kakaruk}}.
{{NAME:AJ}}`,

  `PRECIPITOUS DELIVERY - CLINIC   {{FACILITY:Sagebrush Family Health Center}}, {{LOCATION:Winnemucca}} (no OB unit)
{{DATE:June 21, 2024}}
Mother: {{NAME:Yesenia Maldonado-Ortiz}}   {{DATE:12/12/2001}}   G2P1->G2P2   EDC {{DATE:7/2/24}}   MRN {{MRN:SFH-60028}}
Walked in 14:02 w/ ctx q2 min, SROM 13:40 clear. Planned delivery at {{FACILITY:Humboldt Plains Birth Center}} 2.5 h away.
14:11 complete/+2. Called 911 & L&D at {{FACILITY:Washoe Valley Women's Hospital}} for phone support.
14:19 SVD of live female over intact perineum, Apgar 8/9, nuchal cord x1 reduced. Placenta 14:31 intact. EBL ~400 mL. Oxytocin 10 u IM. Fundus firm.
Infant: Baby Girl {{NAME:Maldonado-Ortiz}} wt 3.02 kg (hanging scale), T 36.6 skin-to-skin, breastfed 14:45. Vit K + erythro given.
Both transported by ALS ground 15:30 to {{FACILITY:WVWH}} for obs. Partner {{NAME:Cristian Ortiz}} {{PHONE:775-555-0185}}.
Delivery by {{NAME:M. Oduya}}, MD with RN {{NAME:Priscilla Teeples}} and MA {{NAME:Dani}}.`,

  `MOBILE MAMMOGRAPHY - SCREENING ENCOUNTER
Coach: {{FACILITY:Heartland Breast Health}} Unit 2   Stop: {{FACILITY:Sacred Heart Parish Hall}}, {{LOCATION:Ainsworth}} NE   {{DATE:04/30/2024}}
Pt {{NAME:Darlene K. Pospisil}}   DOB {{DATE:01/26/1960}}   Exam # {{ID:HBH-M-240430-017}}
Ins: Medicare {{HEALTH_PLAN:7RW2-HU3-QK19}}   PCP: {{NAME:Annika Trout}}, APRN ({{FACILITY:Brown County Family Medicine}})
Hx: last mammo {{DATE:Apr 2022}} (lapsed; 2 yr). Mother breast ca at 52. Dense breasts (C) prior.
Tech: {{NAME:Jolynn Mertz}}, RT(R)(M)   Unit: Hologic Selenia Dimensions 3D, tomosynthesis.
Views: CC/MLO bilat + tomo. Skin marker at L 2:00 mole.
Read (remote) {{DATE:5/2/2024}} by {{NAME:Luis Ferrer-Quan}}, MD: BI-RADS 0 - L breast asymmetry posterior depth, recommend diagnostic mammo + US.
Callback made {{DATE:5/3}} by navigator {{NAME:Trish}} ({{PHONE:402-555-0178}}); pt scheduled dx imaging {{DATE:5/14/24}} at {{FACILITY:Niobrara Regional Imaging}}, {{LOCATION:Norfolk}}. Gas card given.
Results letter mailed to {{ADDRESS:73 N Elm St}}, {{LOCATION:Ainsworth}}, NE {{ZIP:69210}}.`,

  `SCHOOL-BASED HEALTH CENTER VISIT
{{FACILITY:Frontier Youth SBHC}} at {{FACILITY:Little White River High School}}   {{DATE:Monday 1/13/2025}}   period 3
Student: {{NAME:Tayla Black Bear}}   DOB {{DATE:03-08-2009}}   grade 10   ID {{ID:LWR-22107}}
Seen by: {{NAME:Lorene Spotted Tail-Haskell}}, FNP
CC: sore throat, fever, 2 days; sister at home had strep.
Vitals: T 101.3 HR 104. Centor 4. Rapid strep POS (lot RS-24115).
Tx: amoxicillin 1000 mg daily x10 d (dispensed from SBHC stock). Excused home; grandma {{NAME:Francine Black Bear}} picked up 10:40 (on release list).
Also: asthma - out of albuterol; refill sent to {{FACILITY:Rosebud Hills Pharmacy}}. ACT score 17. Sports physical for basketball due {{DATE:Feb 2025}}.
Confidential (minor consent): pt requested contraception counseling - done; pt declined method today, will return {{DATE:1/27}}. Not shared with guardian per SD minor consent law.
Note faxed to PCP Dr. {{NAME:Redbird}} at {{FACILITY:Rosebud Hills Health Center}}, fax {{FAX:605-555-0117}}.`,

  `AFTER-HOURS ANSWERING SERVICE LOG - {{FACILITY:Lakota Prairie Clinic}}  ({{DATE:12/24/2024 17:00}} - {{DATE:12/25/2024 08:00}})
op  time   caller / callback          re                                   routed
{{NAME:KM}}  1714   {{NAME:Sherry Old Elk}} {{PHONE:605-555-0144}}     son 6y vomiting x5, no fluids down     RN line -> ED
{{NAME:KM}}  1902   {{NAME:Ted Halvorsen}} {{PHONE:605-555-0147}}      needs oxycodone refill, out            on-call Dr {{NAME:Mwangi}} - declined, f/u {{DATE:12/26}}
{{NAME:TR}}  2230   pharmacy {{FACILITY:Tripp Avenue Drug}}               clarify amox dose for {{NAME:B. Eastman}}    on-call
{{NAME:TR}}  0118   {{NAME:Arlette Two Lance}} {{PHONE:605-555-0106}}  BP 210/118 HA                           told 911, ambulance from {{LOCATION:Mission}}
{{NAME:TR}}  0540   {{NAME:Dillon, Royce}} {{PHONE:605-555-0189}}      insulin pump alarm, occlusion, pump SN {{DEVICE:PMP-77A-401982}}    RN line - site change, manufacturer line
{{NAME:KM}}  0705   nursing home {{FACILITY:Sunset Butte Manor}}        resident fall, no injury (FYI)           msg only
Total calls: 6. Holiday coverage: Dr {{NAME:Mwangi}} / RN {{NAME:Sauer}}.`,
  `{{FACILITY:SAGE CREEK COMMUNITY HOSPITAL}} - BED BOARD / HUDDLE   {{DATE:Tue 10/08/2024 0730}}   (acute cap 14 incl swing, ED 3 bays)
rm | pt | age | dx | status | notes
1  | {{NAME:Pokorny, Vernon}}     | 78 | CAP                  | acute d3   | d/c home w/ O2? ({{FACILITY:Custer Medical Supply}})
2  | {{NAME:Fast Horse, Lena}}    | 61 | DKA resolved         | acute d2   | insulin teaching; lives {{LOCATION:Lame Deer}}
3  | {{NAME:Haugen, Dale}}        | 62 | humerus fx s/p ORIF  | swing d5   | back from {{FACILITY:Musselshell Regional}} {{DATE:10/3}}
4  | {{NAME:MOUA, CHOUA}}         | 84 | hip fx, nonop        | swing d12  | family mtg Thu w/ son {{NAME:Fue}}
5  | empty - terminal clean
6  | {{NAME:Brannigan, Maeve}}    | {{AGE:96}} | UTI, delirium        | obs        | daughter {{NAME:Sheila}} POA
7  | {{NAME:Okafor-Dunn, Simone}} | 34 | pyelo, 28 wk preg    | acute      | OB consult tele {{FACILITY:Billings Women's}}; transfer if ctx
ED: bay 1 chest pain r/o (trop x2 neg) - {{NAME:L. Weasel Bear}}; bay 2 empty; bay 3 lac repair.
Transfers out last 24 h: 1 ({{NAME:Stiffarm, J.}} - appy, ground to {{LOCATION:Billings}}).
Staffing: 2 RN + 1 CNA nights; Dr {{NAME:Lindqvist}} on, Dr {{NAME:Hauptmann}} backup (45 min away).
Lab: no tech 2300-0700, call-back {{NAME:Rosa}} x{{PHONE:142}}. CT down until tech from {{LOCATION:Forsyth}} arrives 1000.
Huddle lead {{NAME:Marcy Tollefson}}, DON`,

  `DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA
{{FACILITY:Valle del Sol Community Hospital}}, {{LOCATION:Hatch}}, NM      {{DATE:03/25/2024}}
Patient / Paciente: {{NAME:Ana Lucía Domínguez Paz}}     DOB: {{DATE:25/09/1977}}     MRN: {{MRN:VDS-0081147}}
Diagnosis / Diagnóstico: Cellulitis of left leg / Celulitis de la pierna izquierda (L03.116)
Medications / Medicamentos:
- cephalexin 500 mg - 1 capsule 4 times a day for 7 days / 1 cápsula 4 veces al día por 7 días
- ibuprofen 400 mg every 6 hours as needed / cada 6 horas si necesita
Return if / Regrese si: fever over 101, red streaks, spreading redness past the pen line / fiebre, rayas rojas, enrojecimiento pasando la línea.
Follow up / Cita: {{FACILITY:Clínica Familiar del Valle}} with Dr. {{NAME:Montoya}} on {{DATE:jueves 28 de marzo}} at 9:30.
Work / Trabajo: Off work until {{DATE:3/28}} - chile packing shed ({{FACILITY:Rio Hatch Chile Packers}}); note given.
Questions / Preguntas: nurse line {{PHONE:575-555-0130}} (24 h, español).
Your ride home: son {{NAME:Josué}} - {{PHONE:575-555-0131}}.
Interpreter: {{NAME:M. Sisneros}} (in person).
I received and understand these instructions / Recibí y entiendo: ______ {{NAME:A.L.D.P.}}
Nurse / Enfermera: {{NAME:Colleen Apodaca}}, RN`,

  `TELE-ECHO CASE PRESENTATION - HEP C   (case shared for teaching; local record copy)
Presenting clinic: {{FACILITY:Lower Brule Family Clinic}}   Presenter: {{NAME:Jared Fire Cloud}}, PA-C   Session {{DATE:May 9, 2024}}
Patient: {{NAME:Harriet Rouillard}}   DOB {{DATE:09/17/1968}}   HRN {{MRN:LB-408812}}
HCV RNA 2.1 million IU/mL ({{DATE:4/2/24}}), genotype 1a. HIV neg, HBsAg neg, anti-HBs neg, anti-HBc neg.
FIB-4: 2.9 (AST 88, ALT 71, plt 141, age 55). Elastography: none locally - nearest {{LOCATION:Pierre}}, 1.5 h.
Meds: buprenorphine/naloxone 8/2 BID (stable 3 y), sertraline 100, omeprazole 40 (interaction!).
Question: can we treat without elastography? PPI issue?
Specialist recs (Dr. {{NAME:Ravenscroft-Lee}}): FIB-4 indeterminate - get APRI + US; sofosbuvir/velpatasvir 12 wk OK; stop omeprazole or switch to famotidine 20 BID taken 12 h apart. Vaccinate HBV. Check RNA 12 wk post.
Plan: PAP application done (foundation ID {{ID:PAP-0071264}}); pharmacy {{FACILITY:Missouri Bend Specialty Rx}} to mail to clinic. Partner {{NAME:Gordon}} to get tested.
Recorded by {{NAME:jfc}} {{DATE:05/09/2024}}`,

  `COMMUNITY PARAMEDIC VISIT   {{FACILITY:Grand Lake County Community Paramedicine}}
Pt: {{NAME:Sigurdson, Lars}}   DOB {{DATE:11/01/1942}}   Referral: post-d/c CHF from {{FACILITY:Spirit Lake Regional}} ({{DATE:Aug 2}})
Visit {{DATE:08/06/2024 14:00}}   Home: {{ADDRESS:14572 Lakeshore Dr NE}}, {{LOCATION:Devils Lake}}, ND {{ZIP:58301}}
Wt today 192.4 (d/c wt 189.0; +3.4 lb in 4 d). BP 146/82, HR 88 irreg, SpO2 93% RA. 1+ pitting edema to mid shin. Lungs: fine crackles bases.
Med check: furosemide 40 mg - bottle count shows missed 2 doses ("makes me go during fishing"). Metoprolol, lisinopril, apixaban taken.
Scale: working; calibrated against ours.
Per standing order and call w/ cardiology NP {{NAME:Cecilia Rudd}} ({{PHONE:701-555-0125}}): extra furosemide 40 mg today, then 40 BID x3 d, BMP {{DATE:8/8}} at clinic. i-STAT today: K 4.0, Cr 1.2.
Education: teach-back on timing dose after morning fishing; 2 g Na diet; daily wt log.
Next visit {{DATE:8/9}}. Telemonitor (Vivify kit, SN {{DEVICE:VVF-2204-88163}}) set up, tablet on wifi.
Son {{NAME:Erik}} cell {{PHONE:701-555-0126}}.
CP: {{NAME:Tyler Brekke}}, CP-C, NRP`,

  `CERTIFICATE OF MEDICAL NECESSITY - OXYGEN (CMS-484)   supplier: {{FACILITY:High Line Home Medical}}, {{LOCATION:Havre}} MT   supplier NPI {{LICENSE:1669200514}}
Patient: {{NAME:DesRosier, Francis X.}}   {{ADDRESS:1200 3rd Ave W}}, {{LOCATION:Chinook}}, MT {{ZIP:59523}}   ph {{PHONE:406-555-0114}}
Medicare MBI: {{HEALTH_PLAN:2QX5-JN1-HW60}}   DOB {{DATE:07/04/1946}}
Initial date: {{DATE:09/10/2024}}   Length of need: 99 (lifetime)
Qualifying test: SpO2 86% on RA at rest, {{DATE:09/05/2024}}, performed at {{FACILITY:Blaine County Rural Clinic}} (not by supplier).
Flow rate 2 LPM continuous; portable yes (concentrator and E tanks). Altitude: 2,400 ft.
Equipment: Inogen One G5 POC SN {{DEVICE:G5-24-0918347}}; stationary concentrator EverFlo SN {{DEVICE:EF3349012}}.
Dx: J44.1 COPD w/ exacerbation; J96.11.
Physician: {{NAME:Bashir Al-Amin}}, MD   NPI {{LICENSE:1073591264}}   signed {{DATE:9/11/24}}
Delivery {{DATE:9/12}} by driver {{NAME:Kenny Four Souls}}; backup tanks due to frequent power outages in winter. Pt smokes?? - states quit {{DATE:8/2024}}; no-smoking signs posted, wife {{NAME:Georgette}} counseled.`,

  `{{FACILITY:Bear Paw Tribal Health Clinic}}
{{ADDRESS:401 Agency Rd}}, {{LOCATION:Box Elder}}, MT {{ZIP:59521}}
Phone {{PHONE:406-555-0140}}  Fax {{FAX:406-555-0141}}

{{DATE:27 August 2024}}

Dr. {{NAME:Mirela Popescu}}
{{FACILITY:Northern Montana Heart Clinic}}
{{ADDRESS:900 Central Ave, Ste 2B}}
{{LOCATION:Great Falls}}, MT {{ZIP:59401}}

Re: {{NAME:Eugene Morsette}}   DOB {{DATE:3/16/1964}}

Dear Dr. {{NAME:Popescu}},
Thank you for seeing Mr. {{NAME:Morsette}}, a 60-year-old man with exertional chest pressure while feeding cattle, 3 months, now at 1/2 mile walking. ETT not available here. ECG: Q waves III, aVF; no acute change. LDL 162 on atorvastatin 20 (now 80). Smokes 1 ppd. A1c 7.1.
Started aspirin, metoprolol 25 BID, SL NTG. Please evaluate for stress testing vs cath.
PRC authorization # {{ID:PRC-BE-24-1177}} enclosed (covers consult + stress). He travels with his nephew {{NAME:Dwight}}; best number {{PHONE:406-555-0143}}. He prefers mornings (chores).
Sincerely,
{{NAME:Adaeze Okoli}}, MD
cc: chart; PRC office`,

  `TELEPODIATRY CONSULT - DIABETIC FOOT   hub {{FACILITY:Salt River Limb Preservation Clinic}} / spoke {{FACILITY:Whiteriver Ridge Health Station}}
{{DATE:10-02-2024 09:30}}   Pt: {{NAME:Cornelius Altaha}}   DOB {{DATE:05/23/1969}}   HRN {{MRN:WR-227714}}
Presenter at spoke: {{NAME:Marissa Kessay}}, RN (wound cert)
Ulcer R plantar 1st met head, 2.1 x 1.8 x 0.4 cm, probe-to-bone NEG, granular base, callus rim, no odor. Surrounding erythema 0.5 cm. PT/DP dopplerable, ABI 1.28 (calcified, noncompressible), TBI 0.61.
Images: {{PHOTO:ALTAHA_C_Rfoot_20241002.jpg}}; XR {{DATE:9/30}} no osteo.
A1c 9.6. Wearing work boots on the job ({{FACILITY:Cibecue Creek Sawmill}}, lumber yard).
Recs (Dr. {{NAME:Obradović}}): sharp debride callus (done at spoke, 15 blade), total contact cast applied by RN {{NAME:Kessay}} w/ hub guidance, change weekly; offload - work note for seated duty. Doxy not needed. ESR/CRP. Endo e-consult.
Next tele {{DATE:10/9/24}}. If probe-to-bone + or ulcer deepens -> MRI at {{LOCATION:Show Low}}.
Pt phone {{PHONE:928-555-0105}}; wife {{NAME:Evangeline}} drives.`,

  `HOME HEALTH SKILLED NURSING VISIT - WOUND
Agency {{FACILITY:Ozark Hollow Home Care}}   pt {{NAME:Ledbetter, Opal Faye}}   DOB {{DATE:1/8/1941}}   episode {{ACCOUNT:OHHC-E-24-3318}}
visit {{DATE:02/20/2024}} 0915-1030   {{ADDRESS:3387 Co Rd 918}}, {{LOCATION:Jasper}}, AR {{ZIP:72641}}   (low-water crossing flooded - came around by {{LOCATION:Mt. Judea}}, +25 min)
wound #1 sacrum stage 4: 4.2 x 3.0 x 1.6 cm, tunneling 2.0 cm @ 12 o'clock, 30% slough, mod serosang drainage, periwound macerated. Odor after cleansing: none.
  prev ({{DATE:2/13}}): 4.6 x 3.1 x 1.8 -- improving.
NPWT: KCI ActiV.A.C. SN {{DEVICE:VAC-AR-5527031}}, -125 mmHg continuous, changed M/W/F. canister 60 mL.
photo {{PHOTO:ledbetter_sacrum_022024.jpg}} uploaded to EMR.
Braden 13. Turning q2h by son {{NAME:Darrell}} and neighbor {{NAME:Wanda Sue}} days; hospital bed w/ low air loss (from {{FACILITY:Boone County Medical Supply}}).
Nutrition: prostat BID, ate half a biscuit. Albumin 2.9 ({{DATE:2/12}}).
Pain 3/10 w/ change after hydrocodone 5 mg 45 min prior.
Orders from Dr. {{NAME:Whisenhunt}} continued. Next {{DATE:2/22}}.
{{NAME:Becky Lou Smedley}}, RN, CWCN`,

  `988 / CRISIS LINE - FOLLOW-UP CALL RECORD   center: {{FACILITY:High Country Crisis Connection}}
Original contact: {{DATE:04/12/2024 01:44}}   Follow-up: {{DATE:04/13/2024 15:00}}   Contact ID {{ID:HCCC-240412-0091}}
Caller: {{NAME:Jonah Redhouse}} (first name given initially as "{{NAME:J}}")   callback {{PHONE:505-555-0151}}
Location at original call: truck parked at {{ADDRESS:NM-371 MM 62}} near {{LOCATION:Crownpoint}}; consented to give location.
Summary (orig): 27 y, lost job at {{FACILITY:Hosta Butte Mine}} after layoff, breakup, drinking. SI with plan (carbon monoxide in truck). Mobile crisis unavailable in area at night; sheriff/tribal police dispatched w/ consent 02:20; transported to {{FACILITY:Crownpoint Mesa Hospital}} ED. Released {{DATE:4/12}} with safety plan.
Follow-up today: answered, sober, at his aunt {{NAME:Lucinda Etsitty}}'s home in {{LOCATION:Thoreau}}. Rates SI 2/10, no plan. Has BH intake {{DATE:4/16}} at 10 with counselor {{NAME:Yazzie-Lopez}}.
Means: truck keys held by aunt; no guns.
Plan: next follow-up call {{DATE:4/15}}; texted resources to {{PHONE:505-555-0151}}.
Counselor: {{NAME:Olena Marchenko}}   supervisor {{NAME:D. Ashkii}}`,

  `NURSE ADVICE LINE - PEDIATRIC INGESTION   call {{ID:PHNL-240722-1533}}   {{DATE:07/22/2024 15:33}}
Caller: grandmother {{NAME:Verla Mae Shumway}}, ph {{PHONE:435-555-0179}}
Pt: {{NAME:Colter Shumway}}   2 yo M   DOB {{DATE:01/15/2022}}   wt ~13 kg
Location: sheep camp trailer on summer range, ~22 mi from {{LOCATION:Loa}}, UT; one bar of signal.
Event: ~15:10 found chewing grandpa's pill organizer - Tues PM slot empty: amlodipine 10 mg, metoprolol ER 50, glipizide 5. Unsure how many swallowed; pieces of 1 white tab in mouth.
Sx now: sleepy? "normal nap time," acting ok.
Protocol: Poisoning/Ingestion -> conference with poison center (case {{ID:UPC-24-71903}}): CCB + beta-blocker + sulfonylurea in toddler = potential serious toxicity, delayed hypoglycemia up to 24 h.
Disposition: GO TO ED NOW - by private vehicle is faster than EMS (EMS 70 min). Nearest: {{FACILITY:Wayne Canyon Community Hospital}}, 55 min. Feed juice/crackers en route if awake. Call 911 if hard to wake or seizure.
RN called ED charge RN {{NAME:Tamsen}} 15:49 w/ report. Family vehicle: white Ford F-250, plate {{VEHICLE:UT 4HX 992}} (for highway patrol intercept if needed).
RN {{NAME:Obinna Eze}}, BSN`,
  `OB TRANSFER NOTE - POSTPARTUM HEMORRHAGE   {{FACILITY:Kittson Prairie Hospital}} ({{LOCATION:Hallock}}, MN)
{{DATE:01/09/2025 03:10}}   Pt: {{NAME:Brianna Lee Stenberg-Olatunji}}   DOB {{DATE:6/6/1996}}   MRN {{MRN:KPH-224906}}
G1P1 delivered here (unplanned, came in complete at 0120) - SVD 0148, male 3.4 kg, Apgar 8/9. Placenta 0204, appeared intact.
PPH: EBL 1,350 mL by 0240 (QBL). Uterine atony. Fundal massage, oxytocin 40 u/L wide open, methylergonovine 0.2 mg IM 0222, carboprost 250 mcg IM 0230, misoprostol 800 mcg PR. TXA 1 g IV 0235. Bakri balloon 400 mL placed 0250 by Dr. {{NAME:Gunderson}} w/ phone guidance from MFM Dr. {{NAME:Acheampong}} ({{FACILITY:Red River Women's Hospital}}, {{LOCATION:Fargo}}).
Transfused 2 u O-neg (only 4 on shelf); MTP not possible here.
VS 0305: BP 92/54, HR 122, SpO2 98%. Hgb 7.4. Fibrinogen pending (sent {{LOCATION:Grand Forks}} - no, resulted in house: 188).
Air: all rotor & fixed-wing grounded - blizzard, vis 1/8 mi. Ground ALS w/ snowplow escort (MnDOT) to {{FACILITY:Red River Women's Hospital}}, 2.5-3 h. Our RN {{NAME:Kaja Wold}} rides along with 2 more units.
Baby stays with grandma {{NAME:Linnea Stenberg}} in newborn nursery; husband {{NAME:Femi Olatunji}} ({{PHONE:218-555-0191}}) going with pt.
Accepted 0252 by {{NAME:Acheampong}}. EMTALA form done.
{{NAME:R. Gunderson}}, MD`,

  `CLINIC VISIT - {{FACILITY:Sage Flat Hutterite Colony}} (home visit day)   {{DATE:9.24.2024}}
Provider: {{NAME:Daniela Wurz-Hofer}}, NP, {{FACILITY:Milk River Family Clinic}}
Seen (colony kitchen, via colony health lady {{NAME:Susanna Hofer}}):
1. {{NAME:Hofer, Jakob}}, 58 - R hand laceration from hog barn gate, 3 cm, sutured 4-0 nylon x5, Td booster.
2. {{NAME:Wipf, Rebekah}}, 31, 22 wk - fundal ht 22, FHT 150s, BP 112/70. Anatomy US done {{DATE:9/3}} nl. Declines flu shot.
3. {{NAME:Kleinsasser, Paul J.}}, {{AGE:91}} - "{{NAME:Old Paul}}" - CHF follow-up, wt stable 61 kg, edema trace; continue furosemide 20.
4. {{NAME:Hofer, Elias}} ({{NAME:Eli}}), 7 - arm in sling, fell off hay wagon {{DATE:9/20}}; XR at clinic showed buckle fx distal radius - cast ok, recheck {{DATE:10/11}}.
5. {{NAME:Entz, Maria}}, 45 - HTN, BP 138/86 on losartan 50.
Colony phone (office) {{PHONE:406-555-0153}}; colony minister Rev. {{NAME:David Waldner}} asked about hearing screens for school children at {{FACILITY:Sage Flat Colony School}}.
Mileage: 74 mi round trip. Billing: 5 encounters, acct {{ACCOUNT:MRFC-88201}}.`,

  `ED NOTE - BUGGY vs. PICKUP   {{FACILITY:Holmes Valley Hospital}}, {{LOCATION:Millersburg}} OH   {{DATE:11/08/2024 18:40}}
Pt: {{NAME:Miller, Lizzie A.}}   DOB {{DATE:02/14/1986}}   MRN {{MRN:HVH-0551872}}   Amish, no insurance (self-pay, church aid)
Mechanism: horse-drawn buggy struck from behind by pickup at dusk on {{ADDRESS:State Route 39 near Township Road 606}}, ~45 mph. Thrown from buggy. Horse had to be put down at scene.
Also in buggy: husband {{NAME:Eli J. Miller}} (minor injuries, seen bay 3) and daughter {{NAME:Katie}} 4 y (seen by peds, obs).
Pt: GCS 14, R shoulder/clavicle deformity, R rib pain, abrasions. FAST neg. CT head/c-spine neg. CXR: R clavicle fx, R ribs 3-5 fx, no ptx.
Tx: sling, multimodal pain (APAP, ketorolac, lidocaine patch), IS teaching.
Admit obs for pain/pulmonary toilet. Bishop {{NAME:Yoder}} and family at bedside; no phone at home - message via neighbor {{NAME:Lavern Hershberger}} {{PHONE:330-555-0127}}.
Sheriff report # {{ID:HCSO-24-11873}}. Driver of pickup, plate {{VEHICLE:OH JKL 4417}}, uninjured.
{{NAME:Nomvula Dlamini}}, DO`,

  `OCCUPATIONAL CLINIC - {{FACILITY:Ozark Poultry Processing}} on-site nurse station, {{LOCATION:Springdale}} AR
{{DATE:2024/03/19  07:15}}   Employee: {{NAME:Jelton Lakjohn}}   DOB {{DATE:08/22/1995}}   badge {{ID:OPP-118204}}
Dept: deboning line 4, 2nd shift.   Lang: Marshallese - interpreted by co-worker? NO - per policy used phone interpreter ID {{ID:4471-MH}}.
CC: R wrist/hand pain & numbness x3 wk, worse at night, dropping knives.
Exam: Phalen + at 30 s, Tinel + median, 2-pt disc 6 mm index. Thenar strength 5/5. No atrophy.
Hx: COFA migrant; has Medicaid? applied (AR Medicaid # pending). Diabetes on metformin - A1c unknown, last PCP visit unknown; refers to "the van" - {{FACILITY:NWA Mobile Health}} visits {{DATE:Mar 2}}.
Assessment: probable CTS R, work-related (repetitive cutting).
Plan: wrist splint neutral nights, rotate to packaging line x2 wk (supervisor {{NAME:Kendra Boatwright}} notified), ergonomic eval, ibuprofen 400 TID w/ food. Refer to occ med Dr. {{NAME:Farhadi}} for NCS if no better {{DATE:4/2}}. WC claim # {{ACCOUNT:OPP-WC-24-0412}}.
FSBS today 284 -> referred same-week to {{FACILITY:NWA Mobile Health}}.
Emergency contact: wife {{NAME:Neiar Jibas}} {{PHONE:479-555-0146}}.
{{NAME:Carmen Reyes-Whitlock}}, RN, COHN`,

  `ED NOTE - {{FACILITY:Mountrail Prairie Medical Center}}, {{LOCATION:Stanley}} ND   {{DATE:3/4/2024 2317}}
Pt: {{NAME:Deshawn T. Pruitt}}   DOB {{DATE:10/30/1990}}   MRN {{MRN:MPM-77301}}
Lives: {{FACILITY:Bear Den Crew Lodge}} (man camp), room C-114. Home address {{ADDRESS:2214 Saint Claude Ave}}, {{LOCATION:New Orleans}}, LA.
Employer: {{FACILITY:Williston Basin Well Services}}, floorhand on rig 17.
Mech: R hand caught between tongs and pipe at 2140 during trip-out. Pad: {{ADDRESS:Lindahl 14-22H pad, 9 mi N of Hwy 8}}. Company medic {{NAME:Santos}} applied pressure dressing; driven 55 min by tool pusher {{NAME:Wade Kittelson}}.
Exam: R ring + small finger degloving/crush, distal phalanx exposed on ring finger, cap refill sluggish. XR: comminuted distal phalanx fx 4th/5th, no dislocation.
Tx: digital blocks, irrigation, cefazolin 2 g, Tdap, splint.
Hand surgery: none here - spoke w/ {{FACILITY:Minot Hand & Upper Extremity}} Dr. {{NAME:Oyelowo}}, ok to see AM. Pt staying at motel in {{LOCATION:Minot}}.
Drug screen: DOT post-incident collected (chain of custody # {{ID:CCF-0993318}}).
Company safety rep {{NAME:Heather Grosz}} {{PHONE:701-555-0113}}. WC: ND WSI claim to be filed.
Dr. {{NAME:K. Aas}}`,
  `MEDICARE ANNUAL WELLNESS VISIT (subsequent)   {{FACILITY:Tanana Bluffs Tribal Clinic}}
{{NAME:Elsie Frank-Titus}}   DOB {{DATE:April 3, 1934}}   age {{AGE:90}}   HRN {{MRN:TB-00418}}   {{DATE:04/08/2024}}
Medicare {{HEALTH_PLAN:5EN8-KT3-RA22}}   also Denali KidCare? no - AK Medicaid {{HEALTH_PLAN:AKM-3308172}} (dual)
HRA: lives with granddaughter {{NAME:Brandy Titus}} and great-grandson; wood heat; hauls water? no, piped since 2019. Still cuts fish at fish camp in summer w/ help.
Falls: 1 in past yr (on ice, {{DATE:Jan 2024}}), no injury. TUG 16 s - cane.
Cognition: Mini-Cog 4/5. Mood: PHQ-2 0. Hearing: uses hearing aids (Phonak, L ear SN {{DEVICE:PH-1822-04419}}). Vision: cataract surgery OU {{DATE:2022-08}}.
Advance directive: wants to die at home in village; Comfort One form on file ({{DATE:06/14/2021}}); son {{NAME:Harold Frank}} is agent.
Preventive: Pneumo 20 given today. Shingrix #2 due. Colon/breast screening - aged out, declined.
Meds: 4 - lisinopril 10, vit D, APAP prn, omeprazole (deprescribe trial).
Personalized plan given (large print). Elder meal program at {{FACILITY:Tanana Senior Center}}.
Travel: village-to-{{LOCATION:Fairbanks}} trip for eye f/u {{DATE:5/21}}; escort {{NAME:Brandy}}.
{{NAME:Quinn Makaiwi}}, PA-C`,

  `PEDIATRIC ED NOTE - {{FACILITY:Bitterroot Canyon Hospital}}   {{DATE:July 4 2024 1910}}
{{NAME:Aspen Rae Kowalski}}   11 yo F   DOB {{DATE:2013-02-27}}   MRN {{MRN:BCH0339021}}
Mech: ATV (adult 570 cc) rollover on ranch two-track at {{FACILITY:Skalkaho Ridge Ranch}}, {{DATE:4th of July}} family gathering; no helmet; pinned briefly, uncle {{NAME:Marty}} lifted it off.
c/o abd pain, L shoulder pain (Kehr sign?), "hard to breathe."
VS: HR 128, BP 98/60, RR 28, SpO2 96%. GCS 15. Seatbelt-type abrasion? no - handlebar imprint LUQ.
FAST + LUQ/ splenorenal. Hgb 10.1 -> 9.2 at 40 min. CT A/P: grade IV splenic lac, small hemoperitoneum, no blush.
Tx: 20 mL/kg NS, PRBC 10 mL/kg, NPO, morphine 0.05 mg/kg.
Transfer: peds trauma - {{FACILITY:Inland Northwest Children's Trauma}}; {{FACILITY:Clearwater LifeFlight}} rotor ETA 40 min, weather clear.
Parents: {{NAME:Dana}} and {{NAME:Pete Kowalski}}; mother rides. Ph {{PHONE:406-555-0123}}.
Reported to ATV injury surveillance (state) per policy. Child safety: discussed no children on adult ATVs.
{{NAME:Marguerite Ndiaye}}, MD`,

  `INCIDENT MEDICAL - WILDLAND FIRE   Fire: Cougar Gulch Fire, Incident # {{ID:OR-UMF-000418}}
Medical unit leader: {{NAME:Harvey Tso}}, EMT-P   Date {{DATE:08/14/2024}}   Op period day shift
Pt: {{NAME:Kalani Mahoe}}, 24, sawyer, {{FACILITY:Blue Mountain Hotshots}} (crew # 7); employee # {{ID:USFS-E-5520173}}
Location of incident: Div Z, {{ADDRESS:45.1132 N, 118.0441 W}}, drop point 14.
Time 1412: collapsed after digging line, temp 105 F ambient, on day 12 of a 14-day roll.
Assessment: confused, core temp 105.4 F (rectal), HR 148, BP 94/50, hot dry skin. No trauma.
Tx: cold-water immersion in tarp taco 15 min -> 101.8 F; 2 L NS IV; glucose 88.
Medevac: helicopter short-haul? no - ground to helispot H-3, then {{FACILITY:Columbia Plateau AirLink}} rotor {{VEHICLE:N316PA}} to {{FACILITY:Union Valley Regional}} in {{LOCATION:La Grande}} 1508.
CK at hospital 12,400 (rhabdo). Crew supt {{NAME:Mike Stroud}} notified; home unit {{LOCATION:Prineville}}. Next of kin: mother {{NAME:Leilani Mahoe}} ({{LOCATION:Hilo}}) {{PHONE:808-555-0172}}.
CA-1 (OWCP) initiated; case # {{ACCOUNT:OWCP-24-88217}}.
ICS-206 updated.`,

  `TELE-PHARMACY NIGHT ORDER VERIFICATION LOG   remote site: {{FACILITY:Prairie Rx Telepharmacy Hub}}   served: {{FACILITY:Cottonwood Valley Hospital}}, {{FACILITY:Neosho Prairie Hospital}}
Shift {{DATE:10/11/2024}} 1900-0700   RPh {{NAME:Yusuf Al-Khatib}}, PharmD (KS lic {{LICENSE:RPH-2-14430}})
time | site | pt (MRN)                    | order                              | action
1942 | {{FACILITY:CVH}} | {{NAME:Mackintosh, I.}} ({{MRN:CV119774}}) | furosemide 20 mg PO daily          | verified
2015 | {{FACILITY:NPH}} | {{NAME:Benítez, R.}} ({{MRN:00641128}})   | erythromycin ophth oint q4h        | verified
2233 | {{FACILITY:CVH}} | {{NAME:Zielinski, Walt}} ({{MRN:CV120533}}) | vancomycin 1750 mg IV q12h         | changed: 1250 q24h (CrCl 38), called Dr {{NAME:Beauchamp}}
0105 | {{FACILITY:NPH}} | {{NAME:Suazo, Pilar}} ({{MRN:00641902}})  | enoxaparin 40 mg SQ daily + apixaban | REJECTED - duplicate anticoag; RN {{NAME:Bri}} notified
0340 | {{FACILITY:CVH}} | {{NAME:Zielinski, Walt}} ({{MRN:CV120533}}) | ondansetron 4 mg IV q6h prn        | verified (QTc 448)
0612 | {{FACILITY:NPH}} | {{NAME:Holt}}, Baby Boy ({{MRN:00642011}}) | gentamicin 4 mg/kg IV q24h         | verified, level w/ 2nd dose
Camera checks of first doses: 2 (vanc, gent) - video archived.
Interventions: 2. Callbacks: 2. Hub phone {{PHONE:785-555-0109}}.`,

  `RELEASE OF INFORMATION - REQUEST LOG   {{FACILITY:Sweetgrass Critical Access Hospital}} HIM
wk of {{DATE:4/22/2024}}                  clerk {{NAME:DK}}
req #  | rec'd  | patient / DOB                                 | requester                                  | records               | status
{{ID:R-1184}} | {{DATE:4/22}} | {{NAME:ANDERSEN, CLAYTON}} {{DATE:10/10/1950}}        | {{FACILITY:Bozeman Heights Neurology}} (TPO)        | ED/imaging {{DATE:4/19-4/20}} | faxed {{DATE:4/22}}
{{ID:R-1185}} | {{DATE:4/22}} | {{NAME:Pelletier, Rosemarie}} {{DATE:01/30/1958}}   | attorney {{NAME:G. Halvorsen}}, {{LOCATION:Livingston}}    | all 2023              | pending signed auth
{{ID:R-1186}} | {{DATE:4/23}} | {{NAME:Tafoya, Benny}} {{DATE:7/7/1972}}            | Social Security (disability)              | 2022-2024 clinic      | mailed CD
{{ID:R-1187}} | {{DATE:4/24}} | {{NAME:Kuykendall, Mae}} {{DATE:11/2/1949}}         | self - portal request ({{EMAIL:maek1949@prairiemail.example}}) | labs {{DATE:Mar 2024}} | released via portal
{{ID:R-1188}} | {{DATE:4/25}} | {{NAME:Oyelaran-Smith, Dayo}} {{DATE:03/12/2001}}   | Park County Sheriff - subpoena | ED {{DATE:4/6/24}}  | to legal / {{NAME:Debbie Kravitz}}
Fees: {{ID:R-1185}} copy fee $31.40 invoice {{ACCOUNT:INV-77013}}.
Notes: {{ID:R-1184}} 8 pages; confirmation {{FAX:406-555-0184}} OK 15:06.`,
];

export const HELDOUT_REALISTIC_61_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout61-${i + 1}`, n));
