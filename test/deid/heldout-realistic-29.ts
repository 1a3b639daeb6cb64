// A twenty-ninth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone numbers are 555 numbers; towns, parishes, counties,
// bayous and cities are real places used only as LOCATION). Its flavour is Gulf South health care
// (Louisiana, Mississippi, Alabama and the Florida panhandle): parishes and bayou towns, Cajun,
// Creole, Vietnamese-American and Black church communities, offshore oil-rig, shipyard and shrimp
// boat workers (boat names and hull, state registration and documentation numbers are VEHICLE),
// Catholic hospital systems and charity hospitals with their abbreviations, parish health units,
// hurricane evacuation notes and shelters, sickle cell and dialysis clinics, home health and
// hospice. Shapes: i2b2/n2c2-2014-style longitudinal records with "Record date:" headers (shifted
// years such as 2068-2152 as well as ordinary ones), lower-case nursing shorthand, ED notes, ALL
// CAPS discharge summaries, H&P, consults, social work, case management, phone notes, portal
// messages, letters, fax covers, EMS and helicopter run sheets, shelter intake, special-needs
// registry forms, dialysis and sickle cell flowsheets, pharmacy, home health and hospice notes,
// with look-alike non-PHI throughout (eponyms, drug names and doses, lab values, scores, device
// models, lot and NDC numbers, rooms and beds, CPT/ICD codes, hurricane names, years and weekdays
// alone, clock times, ages of 89 and under, states and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles stay
// outside NAME spans (Dr., Mr., Rev., Deacon, Sister, Mother as a church title, and kin or
// honorific words in other languages: Nonc, Tante, Parrain, Mawmaw, Ong, Ba, Co, Chu); typist
// initials are NAME; a time attached to a full date is part of it; a weekday written with a date
// is part of it; a year alone, a weekday alone, clock times, ages of 89 and under, states and
// countries are not PHI; ages of 90 and over are AGE; hospitals and their abbreviations (TCH,
// OLPH), wards with a proper name, clinics, parish health units, shelters, churches, schools,
// employers (shipyards, drilling contractors, seafood docks), named rigs and platforms, pharmacies,
// labs, dialysis units and home-health and hospice agencies are FACILITY; towns, parishes,
// counties, bayous, rivers, lakes, sounds, offshore lease blocks and cities abroad are LOCATION;
// street addresses include their unit, with city and ZIP as separate spans; a street, bridge or
// highway mile marker named as where a person was is ADDRESS; payers, their departments and fax
// lines, utilities, and state or federal agencies (FEMA, Red Cross as an agency, DCFS, APS, RTA)
// are not PHI, but a named parish, county or city office (sheriff, police, EMS, emergency
// management, coroner, court, school board) is FACILITY; insurer, Medicaid and Medicare member
// numbers are HEALTH_PLAN; billing, FIN, utility and claim numbers are ACCOUNT; NPI, DEA, state
// licences, NREMT, TWIC and merchant mariner credentials and driver's licences are LICENSE; boat
// names, hull numbers, state registration numbers, vessel documentation numbers, aircraft tail
// numbers, plates and VINs are VEHICLE (an ambulance unit number is not); pump, dialysis machine,
// graft, concentrator, CPAP, hearing aid, mattress and implant serials are DEVICE; accession,
// order, case, incident, badge, passport, tribal enrollment, interpreter, UNOS, HMIS, FEMA
// registration, special-needs registry and shelter wristband numbers are ID; short in-house
// pagers and extensions are PHONE; lot, CLIA, NDC and trial numbers, a lot's expiry year,
// hurricane names and storm years are not PHI; a date range written as one token is one DATE span;
// a trauma alias ("Xray, Delta") is not PHI.
//
// First run (token recall / precision, before anyone read the misses): pass-7 engine (7b97a42)
// 0.8953 / 0.9465; pass-11 engine (789a1c5) 0.9503 / 0.9440; pass-12 final engine (978114a) 0.9575 / 0.9468;
// pass-13 engine of the day (547d82c) 0.9596 / 0.9472.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  // 1 — i2b2-style longitudinal clinic visit, shrimper
  `Record date: {{DATE:2087-04-22}}

{{FACILITY:TERREBONNE CHARITY HOSP}} - MEDICINE CLINIC
MRN {{MRN:4471093}}

Mr. {{NAME:Guidry}} is a 58 yo shrimper from {{LOCATION:Dulac}} here for f/u DM2, HTN. Last seen {{DATE:01/19/87}} by Dr. {{NAME:Pellegrin}}. Was out on his boat the {{VEHICLE:Miss Odile}} (LA reg {{VEHICLE:LA 7731 FP}}) most of brown shrimp season and missed his A1c. Wife {{NAME:Claudette}} fills the pill box when he is in port.

Meds: metformin 1000 bid, lisinopril 20 daily, ASA 81.
ROS: neg CP/SOB. Numbness both feet "like pins". Hauls nets barefoot on deck - counseled.

PE: BP 148/92  HR 80  Wt 231 lb
Feet: monofilament decreased R>L, no ulcers. Hammertoe L 2nd.

A1c today 9.4 (8.1 in 2086).

A/P
1. DM2 uncontrolled - add glipizide 5 qam, glucometer teaching w/ RN {{NAME:Dardar}}.
2. HTN - incr lisinopril to 40.
3. Neuropathy - ref {{FACILITY:Houma Foot & Ankle}}; wear the white boots on the boat.
Reach pt thru wife {{PHONE:(985) 555-0148}} or the dock office at {{FACILITY:Cocodrie Bait & Ice}}.

RTC 3 mo, before white shrimp opens.

{{NAME:Lucien Pellegrin}}, MD`,

  // 2 — ED note, offshore rig injury flown in
  `{{FACILITY:OUR LADY OF PERPETUAL HELP MEDICAL CENTER}} EMERGENCY DEPT
Pt: {{NAME:TRAHAN, DWAYNE J}}   DOB: {{DATE:08/02/1979}}   MRN: {{MRN:OLPH-0092217}}
Arrival: {{DATE:10/14/2023 1612}} via {{FACILITY:Pelican AirMed}} from {{FACILITY:Seacrest Rig 88}}, {{LOCATION:South Timbalier Block 135}}

HPI: 44M derrickhand, L hand caught between pipe and tong ~1300 today. Medic on rig splinted, gave fentanyl 50 mcg x2. Flight RN {{NAME:Kasey Broussard}} reports bleeding controlled. Tetanus unknown.
Employer contact: {{NAME:Ray Landry}}, HSE coordinator, {{FACILITY:Gulfstar Drilling}}, {{PHONE:337-555-0119}}. Company wants a drug screen (DOT chain of custody #{{ID:CC-4418270}}).

PMH: none. NKDA. Smokes 1ppd. Lives in {{LOCATION:Cut Off}}, 14 days on/14 off.

Exam: L hand - degloving dorsal 3rd/4th digits, cap refill brisk, 2-pt intact. Allen test normal.
XR L hand: comminuted fx prox phalanx 4th digit.

ED course: Tdap, cefazolin 2 g IV, irrigation 2L, digital block. Hand surgery (Dr. {{NAME:Nhu Pham}}) consulted by phone, will see in OR tonight.

Dx: open fx L 4th prox phalanx, degloving injury.
Dispo: admit ortho, {{FACILITY:4 St. Joseph}} bed 412.
Wife {{NAME:Tiffany}} notified at {{PHONE:(985) 555-0173}}.

{{NAME:R. Hebert}}, MD  {{DATE:10/14/23}} 1745`,

  // 3 — lower-case nursing note, sickle cell crisis
  `{{DATE:3/9}} 0300 rn note
pt {{NAME:keondra batiste}} 24yo f hbss adm for vaso-occlusive crisis, 5west rm 521b. c/o 9/10 pain low back + bil thighs. pca hydromorphone 0.2/10min lockout per dr {{NAME:okafor}}, 14 attempts/ 9 delivered past 4h. is 8/20 incentive spiro, encouraged. spo2 95% ra. t 99.1. ivf d5 1/2ns @125.
mom (Mrs. {{NAME:Earline Batiste}}) at bedside, asking for chaplain from their church {{FACILITY:Greater Mt. Olive Baptist}} - pastor Rev. {{NAME:Tolliver}} called, will come after 0800.
pt says she missed hydroxyurea x1 wk bc {{FACILITY:Bayou Discount Pharmacy on Tunnel Blvd}} out of stock.
hem onc fellow dr. {{NAME:sandoval}} paged pgr {{PHONE:4471}} re: pain plan. orders rec'd - add ketorolac 15 iv q6 x 48h, cont pca.
0430 pt resting, pain 6/10. will cont to monitor.
--{{NAME:b. comeaux}} rn`,

  // 4 — ALL CAPS discharge summary, Catholic system, CHF
  `DISCHARGE SUMMARY
{{FACILITY:ST. RITA OF CASCIA HOSPITAL}} ({{FACILITY:SRCH}}) - {{LOCATION:THIBODAUX}}, LA
PATIENT: {{NAME:LEBLANC, ALCIDE P}}     MRN: {{MRN:00718842}}    ACCT: {{ACCOUNT:9100472281}}
ADMITTED: {{DATE:02/11/2024}}    DISCHARGED: {{DATE:02/16/2024}}
ATTENDING: {{NAME:ROBICHAUX, MARIE-CLAIRE}} MD
PCP: {{NAME:ANH TRAN}}, NP - {{FACILITY:RACELAND FAMILY CLINIC}}

DIAGNOSES: ACUTE ON CHRONIC HFREF (EF 25%), AFIB W RVR, CKD 3B.
HISTORY: 81 YO FRENCH-SPEAKING MAN FROM {{LOCATION:LAROSE}}, BROUGHT BY SON {{NAME:RANDALL}} WITH 3 DAYS ORTHOPNEA AFTER A CRAWFISH BOIL AT {{FACILITY:ST. HILARY CHURCH HALL}}.
HOSPITAL COURSE: DIURESED WITH IV FUROSEMIDE, NET -6.2 L. DILTIAZEM GTT THEN METOPROLOL SUCCINATE. CHADS-VASC 4, STARTED APIXABAN 2.5 BID (AGE, CR 1.8). ECHO {{DATE:2/13}}: LVEF 25%, MOD MR.
DISCHARGE WT 74.1 KG.
MEDS: FUROSEMIDE 40 BID, METOPROLOL SUCC 50 DAILY, APIXABAN 2.5 BID, SACUBITRIL/VALSARTAN 24/26 BID.
FOLLOW UP: HF CLINIC DR. {{NAME:CHAUVIN}} {{DATE:2/22}} 10:30. HOME HEALTH VIA {{FACILITY:BAYOU HOME CARE}} {{PHONE:985-555-0166}}.
INTERPRETER: FAMILY DECLINED, SON TRANSLATED CAJUN FRENCH.
DICTATED BY: {{NAME:M ROBICHAUX}}  T: {{NAME:JLK}}  D: {{DATE:02/16/2024}}`,

  // 5 — social work, hurricane evacuation and shelter
  `SOCIAL WORK NOTE - {{DATE:Aug 28, 2021}}
Re: {{NAME:Mary Alice Verdin}}, 67F, MRN {{MRN:2209157}}, dialysis pt (MWF at {{FACILITY:Lafourche Kidney Center}})

Mandatory evacuation called for lower {{LOCATION:Lafourche Parish}} ahead of Hurricane Ida. Pt lives alone in a camp at {{ADDRESS:1804 Hwy 1, Lot 12}}, {{LOCATION:Golden Meadow}} {{ZIP:70357}}. No car since her truck flooded in 2020. Daughter {{NAME:Danielle Verdin-Cheramie}} lives in {{LOCATION:Baton Rouge}} but "has no room" - cell {{PHONE:225-555-0132}}.

Per phone call with pt this AM she agreed to go. Registered her on the parish special-needs list (reg # {{ID:SN-21-04471}}). Parish bus picks up at {{FACILITY:Ste. Genevieve Academy}} at 0900 tomorrow, destination {{FACILITY:Cenla Regional Shelter}}.
Coordinated w/ {{FACILITY:Rapides Dialysis}} in {{LOCATION:Alexandria}} for temporary chair Tues/Thurs/Sat; faxed last 3 run sheets + med list to {{FAX:318-555-0190}}.
Pt will bring: meds x 14 days, renal diet snacks, phone charger, her Medicaid card (ID {{HEALTH_PLAN:LA004471290}}).
Emergency contact also neighbor {{NAME:Ronald "Pooch" Pitre}} {{PHONE:985-555-0127}}.

{{NAME:Jolene Callais}}, LCSW`,

  // 6 — phone note, missed dialysis after storm
  `TELEPHONE ENCOUNTER
{{FACILITY:Gulf Pines Dialysis - Pascagoula}}    {{DATE:Tues 9/17/24}} 11:05

Caller: {{NAME:Marcus Spears}} (grandson) {{PHONE:228-555-0104}}
Pt: {{NAME:Odessa Spears}}  DOB {{DATE:11-03-1941}}  Chair 7, 2nd shift TTS

Grandson calls to say pt missed Sat + today, their road in {{LOCATION:Moss Point}} still under water after the storm, power out since Fri. Pt "a little puffy" in legs, no SOB, ate some canned ham. Has not been weighing.
Advised: come in today if any way possible, sheriff's office can assist w/ high-water vehicle; if SOB/chest pain call 911. Discussed K+ - no canned meats, no bananas, no orange juice.
Spoke w/ charge RN {{NAME:Latrice Dubose}}, added to 4th shift tonight 1800.
Also called {{FACILITY:Jackson County Emergency Management}}, spoke to Deputy {{NAME:Hollins}}, request # {{ID:JCEM-0917-0332}} for transport from {{ADDRESS:4416 Old Stage Rd}}.

Grandson verbalized understanding. Will call back by 2pm.
{{NAME:Wanda Krebs}}, RN`,

  // 7 — letter to shipyard employer
  `{{FACILITY:Mobile Bay Occupational Health}}
{{ADDRESS:2207 Dauphin Island Pkwy, Suite 3}}, {{LOCATION:Mobile}}, AL {{ZIP:36605}}
Ph {{PHONE:251-555-0180}}  Fax {{FAX:251-555-0181}}

{{DATE:June 4, 2022}}

Attn: Medical Dept / Return to Work
{{FACILITY:Dog River Gulf Shipbuilding}}
{{ADDRESS:100 Dunlap Dr}}, {{LOCATION:Mobile}} AL {{ZIP:36602}}

RE: {{NAME:Terrence O. McCants}}   Badge # {{ID:E-0447182}}
    DOI: {{DATE:05/09/2022}}   Claim # {{ACCOUNT:WC-22-118493}}

To whom it may concern,
Mr. {{NAME:McCants}} was seen in our clinic today in follow-up of a right rotator cuff strain sustained while welding overhead in the hull of ship 14 (bay 6). MRI {{DATE:5/20}} showed a partial-thickness supraspinatus tear; no surgery is planned. He has completed 8 of 12 PT visits at {{FACILITY:Eastern Shore Rehab}}.

He may return to modified duty effective {{DATE:06/06/2022}}: no overhead work, no lifting over 20 lb with the right arm, no climbing ladders or staging. Reassess {{DATE:7/1/22}}.

Please contact my office with any questions.

Sincerely,

{{NAME:Gregory Alford}}, DO
AL Lic. {{LICENSE:DO-4471}}
cc: {{NAME:Shonda Rials}}, adjuster`,

  // 8 — home health visit, Creole elder
  `{{FACILITY:ACADIANA HOME HEALTH SERVICES}} - SKILLED NURSING VISIT
Pt: {{NAME:Auzenne, Theophile}}   Visit date {{DATE:01/07/2025}}  Time in 0915 out 1010
Address: {{ADDRESS:318 Rue Chenier}}, {{LOCATION:Opelousas}} {{ZIP:70570}}   Medicare # {{HEALTH_PLAN:5KT4-HJ2-MR71}}
Dx: CVA w L hemiparesis, HTN, DM2, stage 2 PU sacrum

S: pt speaks Creole + English, wife {{NAME:Ozite}} (cg) says "he been eatin good, sleepin in the recliner." Daughter {{NAME:Bernadette Auzenne-Senegal}} visits weekends from {{LOCATION:Lake Charles}}.
O: BP 152/84, P 72, RR 18, T 97.8, FSBS 188. Lungs clear. Sacral wound 2.1 x 1.4 x 0.2 cm, pink base, no odor, Braden 14. L heel boggy.
Wound care: NS cleanse, hydrocolloid, offload heels w/ Prevalon boots.
Meds reviewed - wife has amlodipine from {{FACILITY:Chenier's Drugs}} and also from mail order, DUPLICATE found, called PCP Dr. {{NAME:Fontenot}} at {{PHONE:337-555-0145}}, left msg w/ nurse {{NAME:Gayle}}.
P: SN 2x/wk x 4 wk, PT eval scheduled w/ {{NAME:Kyle Ardoin}} PT. Next visit {{DATE:Fri 1/10}}.
Electronically signed {{NAME:Rhonda Sylvester}}, RN  {{DATE:01/07/2025 1122}}`,

  // 9 — hospice admission, Vietnamese-American elder
  `HOSPICE ADMISSION ASSESSMENT
{{FACILITY:Sisters of Mercy Hospice of Greater New Orleans}}
Patient: {{NAME:Nguyen Thi Hoa}}   Age: {{AGE:91}}   DOB: {{DATE:2/14/1933}}
Address: {{ADDRESS:14820 Chef Menteur Hwy, Apt 6}}, {{LOCATION:New Orleans}} LA {{ZIP:70129}}
Referring: Dr. {{NAME:Quang Vu}}, {{FACILITY:Our Lady of La Vang Clinic}}
Terminal dx: metastatic hepatocellular ca (ICD C22.0), PPS 30%, FAST n/a

Ba {{NAME:Hoa}} came from {{LOCATION:Vung Tau}} in 1979, lived in {{LOCATION:Versailles}} neighborhood since. Speaks Vietnamese only. Son {{NAME:Nguyen Van Long}} (shrimper, boat {{VEHICLE:Lady Hoa III}}) is primary decision maker, {{PHONE:504-555-0161}}; daughter-in-law {{NAME:Tran Thi Lan}} is main caregiver.
Family Catholic - requests priest from {{FACILITY:Our Lady of La Vang Parish}} for anointing; Fr. {{NAME:Dominic Pham}}.
Goals: comfort, die at home, no hospital. DNR signed (LaPOST) {{DATE:11/30/2024}}.
Sx: RUQ pain 6/10, ascites, poor appetite, sleeps most of day.
Plan: morphine soln 5 mg q2h prn, lactulose, comfort kit delivered. RN visits 3x/wk, aide 5x/wk, chaplain, SW.
Interpreter used: {{NAME:Linh Do}} (ID {{ID:INT-3318}}).
RN case manager {{NAME:Cecile Melancon}}`,

  // 10 — parish health unit TB note
  `LOUISIANA DEPT OF HEALTH
{{FACILITY:ST. MARY PARISH HEALTH UNIT}} - {{LOCATION:Morgan City}}
TB CONTROL - DIRECTLY OBSERVED THERAPY NOTE

Client: {{NAME:Rigoberto Aleman}}    DOB {{DATE:04/30/1988}}   Chart # {{MRN:SMPHU-22-0917}}
Employer: {{FACILITY:Berwick Bay Marine Fabrication}} (welder)
Address: {{ADDRESS:907 Brashear Ave, Trlr B}}, {{LOCATION:Morgan City}} {{ZIP:70380}}

Week 6 of RIPE. DOT #28 today {{DATE:10-22-2023}}. Took INH 300, RIF 600, PZA 1500, EMB 1200 observed at the shipyard gate, 0600, by DIS {{NAME:Carmen Olivier}}.
No jaundice, no vision change (Ishihara 14/14). Wt 162 (up 4 lb). Mild nausea, takes w/ crackers.
Sputum smear {{DATE:10/15}} neg; culture pending (acc {{ID:LDH-M23-44107}}).
Contacts: roommate {{NAME:Esteban}} and crew foreman {{NAME:Pete Boudreaux}} - both TST read today: 0 mm and 12 mm. Foreman referred for CXR.
Next DOT {{DATE:10/23}} 0600 same place. Cell {{PHONE:985-555-0193}} (Spanish).
{{NAME:C. Olivier}}/{{NAME:dm}}`,

  // 11 — i2b2-style, two short records, adult sickle cell
  `Record date: {{DATE:2112-06-03}}

HEMATOLOGY - {{FACILITY:CHARITY HOSPITAL OF BATON ROUGE}} ({{FACILITY:CHBR}})
{{NAME:Jermaine Holloway}} is a 31 y/o man with HbSC, h/o ACS x2 (2109? and {{DATE:04/2111}}), AVN R hip, here for routine visit. Works at the {{FACILITY:Port Allen grain elevator}}. 2 ED visits since {{DATE:March 2112}}, both discharged. Takes hydroxyurea 1000 mg, folic acid. Retic 4.1, Hgb 9.8, HbF 11%.
Hip pain limits standing >1h. Ortho (Dr. {{NAME:Kessler}}) wants to wait on THA.
Plan: cont HU, pneumovax due, refer to {{FACILITY:Capital Area Sickle Cell Center}} transition group, work note given.
{{NAME:A. Fontenot-Wray}}, MD

**************************************

Record date: {{DATE:2112-09-21}}

HEMATOLOGY
Mr. {{NAME:Holloway}} returns after admission {{DATE:9/2-9/6/2112}} at {{FACILITY:CHBR}} for pain crisis triggered by heat - worked double shift in 101 F. Got 1 u pRBC. Now pain 2/10.
Girlfriend {{NAME:Shanice}} present, pregnant 20 wk, asks about testing baby - referred genetic counselor {{NAME:Priya Raman}} {{PHONE:225-555-0155}}.
Plan unchanged. FMLA forms for intermittent leave completed and faxed to HR {{FAX:225-555-0156}}.
{{NAME:A. Fontenot-Wray}}, MD`,

  // 12 — ED note, Vietnamese fisherman, vibrio wound
  `ED PROVIDER NOTE   {{FACILITY:Coastal Sacred Heart - Gulfport}}   {{DATE:07/19/2022}}
Name: {{NAME:Bui Van Thanh}}  Age 62  MRN {{MRN:SRG2207114}}
Interpreter: Vietnamese, phone interp #{{ID:203441}}

CC: R leg swelling, fever

HPI: 62M commercial shrimper, docks at {{FACILITY:Long Beach Harbor}}, cut R shin on a crab trap 2 days ago while working on his boat ({{VEHICLE:Miss Kim Ngan}}, hull # {{VEHICLE:MS-4172-AV}}) in {{LOCATION:Back Bay of Biloxi}}. Since last night spreading redness, blisters, chills. Hx cirrhosis from hep B, drinks "a few beer" daily.

Vitals: T 39.2, HR 118, BP 92/54, SpO2 96%.
R leg: hemorrhagic bullae, erythema from ankle to knee, pain out of proportion. LRINEC 7.

Impression: suspect Vibrio vulnificus necrotizing soft tissue infection.
Plan: 30 mL/kg LR, doxycycline 100 IV + ceftazidime 2 g, blood cx x2, lactate 4.1. Gen surg Dr. {{NAME:Broadus}} to OR for debridement. Admit SICU.
Son {{NAME:Bui Minh Tri}} called {{PHONE:(228) 555-0139}}, on the way from {{LOCATION:D'Iberville}}.
MS Dept of Health notified (reportable).
{{NAME:Christopher Ladner}}, MD`,

  // 13 — dialysis monthly progress note
  `{{FACILITY:BAYOU TECHE DIALYSIS}} - MONTHLY PROGRESS NOTE - {{DATE:OCTOBER 2023}}
Pt {{NAME:Clarence Arceneaux Sr.}}   HD since 2019   MWF 1st shift, chair 12
Access: L BC AVF (Gore graft revision, serial {{DEVICE:GX-10448219}}), good thrill/bruit
Nephrologist: Dr. {{NAME:Paulette Simien}}   SW: {{NAME:Karen Begnaud}}   RD: {{NAME:Trung Ho}}

Labs {{DATE:10/02/23}}:  Hgb 10.4  Alb 3.7  K 5.6  Phos 6.9  PTH 640  Kt/V 1.38  URR 71%
IDWG avg 3.4 kg (goal <2.5). Missed tx {{DATE:10/13}} - went to {{LOCATION:Breaux Bridge}} crawfish festival per pt.
BP pre avg 168/90.

Plan: EPO 6000 u TIW, sevelamer 1600 tid w/ meals, incr cinacalcet 60. Fluid restriction 1 L reviewed w/ wife {{NAME:Yvonne}}. Transplant: waitlisted at {{FACILITY:Ozanam Transplant Ctr}} since {{DATE:5/2022}}, UNOS # {{ID:UN-4471092}}.
Transportation: {{FACILITY:Cajun Coach Medical Transport}} picks up 0515 at {{ADDRESS:112 Pecan Grove Ln}}, {{LOCATION:St. Martinville}}.
Team signatures: {{NAME:P. Simien}} MD / {{NAME:K. Begnaud}} LMSW / {{NAME:T. Ho}} RD`,

  // 14 — EMS run sheet, MS coast
  `{{FACILITY:HARRISON CO. EMS}} - PATIENT CARE REPORT
Incident # {{ID:24-081733}}   Unit M-14   Date {{DATE:08/17/2024}}
Dispatched 0214  On scene 0222  Transport 0241  At dest 0255
Location: {{ADDRESS:Hwy 90 near Cowan-Lorraine Rd}}, {{LOCATION:Gulfport}}
Pt: {{NAME:Devonte Lizana}}  M  age 19  DOB {{DATE:03/05/2005}}
Vehicle: passenger in 2011 Silverado, MS tag {{VEHICLE:HRA 4471}}, single veh vs light pole

CC: chest pain, L wrist deformity.
GCS 15. BP 128/76 HR 112 RR 22 SpO2 97. Seat belt mark across chest. ETOH odor.
Tx: c-collar cleared per NEXUS, SAM splint L wrist, 18g L AC, NS TKO, fentanyl 75 mcg.
Driver (friend {{NAME:Jace Necaise}}) taken by M-9 to {{FACILITY:Gulfport Charity Medical Center}}.
Pt transported to {{FACILITY:Pass Christian Mercy}} per pt request. Report to RN {{NAME:Amber Ladnier}}.
Mother {{NAME:Renee Lizana}} notified by {{FACILITY:GPD}} officer Cpl. {{NAME:Hutto}} badge {{ID:311}}.
Crew: {{NAME:T. Fayard}} EMT-P NREMT {{LICENSE:P-2241907}} / {{NAME:M. Cuevas}} EMT-B`,

  // 15 — special needs registry form, FL panhandle
  `{{FACILITY:BAY COUNTY SPECIAL NEEDS SHELTER}} - REGISTRATION / NURSING ASSESSMENT
Date received: {{DATE:9/26/2024}}   Reg #: {{ID:BCSN-24-0612}}
Storm: Helene (pre-landfall)

Name: {{NAME:Loretta Mae Gainer}}      DOB: {{DATE:07/01/1946}}
Home: {{ADDRESS:2710 E 11th Ct}}, {{LOCATION:Panama City}}, FL {{ZIP:32401}}
Phone: {{PHONE:850-555-0121}}
Caregiver: {{NAME:Dennis Gainer}} (son) {{PHONE:850-555-0122}}
PCP: Dr. {{NAME:Joyce Whitfield}}, {{FACILITY:Springfield Family Medicine}}

Medical needs (check): [x] oxygen 2L concentrator  [ ] dialysis  [x] insulin  [ ] ventilator  [x] walker
O2 supplier: {{FACILITY:Emerald Coast Medical Supply}} acct {{ACCOUNT:ECM-77203}}
Concentrator: Inogen One G5 s/n {{DEVICE:G5-2214R0571}}
Insulin: glargine 22 u qhs, lispro SS
Allergies: PCN, sulfa

Assigned site: {{FACILITY:Bay District SNS at Cove Elementary}} - cot 44
Transport: county paratransit, pickup 1000.
Nurse: {{NAME:Heather Brackin}}, RN   Reviewed by county DOH nurse`,

  // 16 — discharge summary, shipyard asbestos
  `Discharge Summary

{{FACILITY:Providence Sisters Medical Center}}, {{LOCATION:Mobile}}, Alabama
Patient: {{NAME:Harold Wayne Tillman}}    MR#: {{MRN:PSM-3308814}}    Rm 618-A
Admit: {{DATE:11/02/2023}}   Discharge: {{DATE:11/09/2023}}
Attending: {{NAME:Frances Oduya}}, MD (Pulm)    Consults: CT surgery - Dr. {{NAME:Whitt}}; Onc - Dr. {{NAME:Lam}}

Principal diagnosis: Malignant pleural mesothelioma, epithelioid, R (C45.0).
Secondary: Asbestosis, COPD, tobacco use in remission.

History: 76 yo retired pipefitter - 31 yrs at {{FACILITY:Gulf Dry Dock Co.}} on {{LOCATION:Pinto Island}}, insulated boiler rooms in the 60s-70s without respirator. Presented w/ dyspnea and a large R effusion.

Course: Thoracentesis 1.8 L, cytology atypical. VATS pleural bx {{DATE:11/05}} (path {{ID:S23-18840}}) confirmed mesothelioma. PleurX catheter placed (lot 22K118). Discussed pemetrexed/cisplatin vs immunotherapy - pt prefers nivolumab/ipilimumab at {{FACILITY:Springhill Cancer Pavilion}}.
Pt asked about a legal claim; SW gave info; lawyer's office ({{FACILITY:Bertrand & Moss}}) called his wife {{NAME:Inez}} at home {{PHONE:251-555-0117}}.

Discharge: home w/ {{FACILITY:Azalea City Home Health}} for PleurX drainage 3x/wk. O2 2 L.
F/u Onc {{DATE:Nov 16}}; Pulm {{DATE:Dec 1, 2023}}.
Dictated {{DATE:11/09/2023}} by {{NAME:F. Oduya}} / transcribed {{NAME:klm}}`,

  // 17 — ICU nursing flowsheet shorthand
  `SICU RN NOTE  bed 7  {{DATE:5/22/23}} 1900-0700
pt: {{NAME:naquin, beau}}  32M  POD#1 ex-lap s/p boat propeller injury abd/LLE (struck by prop of his own skiff "{{VEHICLE:Reel Therapy}}" near {{LOCATION:Grand Isle}})
neuro: a&ox4, rass 0, cam neg
cv: nsr 90s, map >65 off levo since 2200. r fem a-line.
resp: 2L nc, sat 96, ics 1250
gi: ngt lcws, 300 mL bilious, abd vac to -125 intact
gu: foley, uop 60-80/hr
skin: lle fasciotomy sites dsg c/d/i, pedal pulses dop
pain: fent pca + apap, 4/10
social: fiance {{NAME:kaylee}} + dad {{NAME:russell naquin}} at bs till 2300. dad wants update from dr {{NAME:melancon}} in am - phone {{PHONE:985-555-0102}}.
wildlife & fisheries agent Sgt {{NAME:Toups}} called re: accident report #{{ID:LDWF-23-1140}}, told him no info per hipaa, gave him case mgr ext {{PHONE:3372}}.
0500 labs: hgb 8.2 (9.0), k 3.4 - replaced 20 meq iv. lactate 1.6.
-{{NAME:j.hymel}} rn`,

  // 18 — pharmacy med rec
  `PHARMACY MEDICATION RECONCILIATION - ADMISSION
{{FACILITY:Our Lady of the Gulf Hospital}} ({{FACILITY:OLG}})    {{DATE:Jan 3 2024}}
Pt: {{NAME:Pham, Quoc Dung}}   MRN {{MRN:0081147}}   DOB {{DATE:9/9/1950}}   Rm 3N-310
Sources: pt's daughter {{NAME:Pham Thu Trang}} (interpreting), pill bottles brought in, fill hx from {{FACILITY:Saigon Pharmacy on Manhattan Blvd}} ({{PHONE:504-555-0184}}), SureScripts.

Home med                     Dose/sig             Last taken   Action
amlodipine 10 mg             1 daily              {{DATE:1/2}}          continue
atorvastatin 40 mg           1 qhs                {{DATE:1/2}}          continue
metformin 500 mg             2 bid                {{DATE:1/1}}          HOLD (CT contrast)
"thuoc bac" herbal tea       daily                {{DATE:1/2}}          HOLD - unknown contents
omeprazole 20 mg             1 daily              unsure       continue
Salonpas patch               prn back             -            continue

Notes: amlodipine also filled by {{FACILITY:Westbank Family Pharmacy}} (Rx #{{ID:6602174}}) by a second prescriber, Dr. {{NAME:Hieu Nguyen}} - likely duplicate, daughter will bring both bottles. Pt takes "red pill from {{LOCATION:Saigon}}" occasionally for joints - unknown, possible steroid; team informed.
Allergy: codeine (itching).
{{NAME:Marisa Bourgeois}}, PharmD  pgr {{PHONE:2290}}`,

  // 19 — case management, home O2, FL panhandle
  `CASE MANAGEMENT DISCHARGE PLANNING NOTE
{{FACILITY:Holy Family Emerald Coast Hospital}}   Unit 3 Tower   {{DATE:12/12/2022}}

Pt {{NAME:Wilbur Sapp}}, 72M, COPD exacerbation, new O2 requirement (ambulatory sat 84% RA, 92% on 2L).
Lives with wife {{NAME:Peggy}} in single-wide at {{ADDRESS:4410 Bayou George Dr, Lot 9}}, {{LOCATION:Youngstown}}, FL {{ZIP:32466}}. Home phone {{PHONE:850-555-0163}}. Retired charter boat captain - still runs fishing trips out of {{LOCATION:Destin}} on the {{VEHICLE:Sapp Happy}} (reg {{VEHICLE:FL 4417 HD}}) "when the weather's right."
Insurance: Humana Gold Plus, member ID {{HEALTH_PLAN:H44719203}}.
DME: home concentrator + portable POC ordered through {{FACILITY:Gulf Breeze Respiratory}}, fax {{FAX:850-555-0164}}, order #{{ID:GBR-118204}}; delivery to bedside before d/c tomorrow.
Safety: pt smokes 4-5 cig/day - no smoking with O2 education done, wife verbalized. Advised no O2 on boat without marine-rated setup.
PCP f/u Dr. {{NAME:Reinholt}} in {{LOCATION:Lynn Haven}} within 7 days - appt {{DATE:12/19}} at 9:15.
{{NAME:Tamara Echols}}, RN CM  ext {{PHONE:6631}}`,

  // 20 — behavioral health, post-hurricane
  `Behavioral Health Intake - {{FACILITY:Plaquemines Community Counseling}}
Date: {{DATE:10/03/2021}}    Clinician: {{NAME:Denise Sylve}}, LPC
Client: {{NAME:Alphonse J. Williams Jr.}}   DOB {{DATE:06/19/1966}}   Client ID {{MRN:PCC-2104}}

Presenting problem: "I can't sleep since the water came." 55M, deckhand on supply boats for {{FACILITY:Venice Marine Services}}, lost his home in {{LOCATION:Port Sulphur}} to Ida surge; living in a FEMA trailer (FEMA reg # {{ID:9194-4471-03}}) on his sister's land in {{LOCATION:Belle Chasse}}.
Nightmares 4-5 nights/wk, hypervigilance when it rains, drinking a 12-pack on days off. Denies SI/HI. Lost his mother in Katrina (2005) at a nursing home in {{LOCATION:St. Bernard}}.
Supports: sister {{NAME:Gloria Williams-Pete}}; church family at {{FACILITY:Zion Travelers Baptist Church}}, Deacon {{NAME:Earl Mackey}} checks on him.
PCL-5: 52. PHQ-9: 14. AUDIT-C: 8.
Dx: PTSD (F43.10), alcohol use disorder mild.
Plan: CPT weekly, sleep hygiene, prazosin referral to Dr. {{NAME:Batiste}} (psych), AA at the church hall Thursdays. Crisis line given.
Next: {{DATE:10/10/21}} 1400.`,

  // 21 — OB prenatal visit, Creole, sickle trait
  `PRENATAL VISIT - {{FACILITY:St. Landry Women's Clinic}}  {{DATE:4/15/2024}}
{{NAME:Ardoin, Monique R.}}  G3P1011 @ 28w2d by 8 wk US  EDD {{DATE:7/1/2024}}
MRN {{MRN:SLW-551902}}  Ins: LA Medicaid Healthy Blue #{{HEALTH_PLAN:HB7730194}}

S: feels baby moving well. Some low back pain. No LOF/VB/ctx. Works at {{FACILITY:Savoie's Sausage plant}} in {{LOCATION:Eunice}}, standing 10 h shifts.
Hgb electrophoresis: AS (trait). FOB {{NAME:Derrick Fontenette}} tested at {{FACILITY:St. Landry Parish Health Unit}} {{DATE:03/28/24}} - AS also. 25% risk SS discussed; pt declines amnio, wants newborn screen only. Genetic counseling note by {{NAME:Renata Goss}} MS CGC.
1h GTT 152 -> 3h ordered.
O: BP 118/72, wt 181 (+2), FH 28, FHT 145. Urine neg/neg.
Tdap given (lot U7712AA). Rhogam n/a - O pos.
Social: partner works offshore 21/21 for {{FACILITY:Cajun Well Services}}; her mother {{NAME:Yvette Ardoin}} will drive her to L&D ({{FACILITY:Acadia-St. Landry Women's Pavilion}}).
Plan: 3h GTT {{DATE:4/18}}, peds to be {{FACILITY:Bayou Pediatrics}}, RTC 2 wk.
{{NAME:Leah Guillory}}, CNM`,

  // 22 — pediatric sickle cell clinic
  `PEDIATRIC HEMATOLOGY CLINIC
{{FACILITY:Children's Hospital of the Gulf Coast}} - {{LOCATION:Mobile}}
Visit {{DATE:02/27/2023}}

Patient: {{NAME:Jaylen Cunningham}}   Age 9   DOB {{DATE:05/11/2013}}   MRN {{MRN:CHGC-00447102}}
Accompanied by: grandmother/legal guardian {{NAME:Bernice Cunningham}}
School: {{FACILITY:Maysville Elementary}}, 3rd grade

Dx: HbSS. On hydroxyurea 25 mg/kg (700 mg), PCN VK 250 bid stopped age 5, folic acid.
Interval: 1 admission {{DATE:12/2022}} for fever, bcx neg. No ACS, no stroke. TCD {{DATE:Jan 2023}}: normal (TAMMV 128).
School missed 9 days this semester. 504 plan requested - letter for school nurse Ms. {{NAME:Odom}}.
Exam: wt 27.3 kg, spleen not palp, no scleral icterus today.
Labs: Hgb 8.9, MCV 104, ANC 2.8, HbF 19.2%.
Plan: cont HU, flu shot given, ophtho screening at 10, RTC 3 mo. Guardian phone {{PHONE:(251) 555-0128}}; alt aunt {{NAME:Tasha}} {{PHONE:(251) 555-0129}}.
Camp application for {{FACILITY:Camp Sunshine Bayou}} (sickle cell camp) signed.
{{NAME:Olufemi Adeyemi}}, MD / {{NAME:Laurie Brunson}}, CPNP`,

  // 23 — portal message thread
  `MyChart message - {{FACILITY:Bayou Regional Medical Group}}
From: {{NAME:Kimberly Thibodeaux}}   To: Dr. {{NAME:Theriot}}'s office
Sent: {{DATE:Mon 6/10/2024 8:42 PM}}
Subject: Dad's swelling

Hi Dr {{NAME:Theriot}}, this is {{NAME:Kim}}, {{NAME:Nolan Thibodeaux}}'s daughter (DOB {{DATE:12/3/1948}}). Daddy's ankles are real swollen again since he went to my nonc's camp in {{LOCATION:Pecan Island}} over the weekend and ate all that boudin. He's took his water pill but only peed a little. He won't call himself. Can yall see him tomorrow? My cell is {{PHONE:337-555-0110}} or email {{EMAIL:kimthib.boo@bayoumail.net}}.
Thanks, {{NAME:Kim}}

---
Reply: {{DATE:Tue 6/11/2024 7:58 AM}}  from {{NAME:Raylene Hebert}}, LPN
Hi {{NAME:Kim}}, Dr. {{NAME:Theriot}} can see him today at 1:20 in the {{LOCATION:Abbeville}} office. Please bring all his pill bottles and his weight log. If he gets short of breath or can't lie flat, go to the ER at {{FACILITY:Abbeville General Mercy}}. Per Dr. {{NAME:T}}, take an extra furosemide 40 this morning.
- {{NAME:Raylene}}`,

  // 24 — fax cover sheet, records request
  `*** FAX ***
{{FACILITY:GULF COAST CATHOLIC HEALTH - ST. VINCENT DE PAUL HOSPITAL}} ({{FACILITY:SVDP}})
Health Information Management
{{ADDRESS:1550 Beach Blvd}}, {{LOCATION:Biloxi}}, MS {{ZIP:39530}}

DATE: {{DATE:03/14/2024}}          PAGES (incl. cover): 11
TO: {{NAME:Anita Carrasco}}, Medical Records - {{FACILITY:Lakeview Kidney Center of Mobile}}
FAX: {{FAX:(251) 555-0194}}    PHONE: {{PHONE:(251) 555-0193}}
FROM: {{NAME:Doreen Seymour}}, RHIT   PHONE: {{PHONE:(228) 555-0150 ext 2218}}   FAX: {{FAX:(228) 555-0151}}

RE: {{NAME:Cedric L. Ramsey}}   DOB {{DATE:1/27/1959}}   SVDP MRN {{MRN:V000381744}}
Records enclosed: H&P {{DATE:2/28/24}}, op note (AV fistula creation, L arm) {{DATE:3/1/24}}, d/c summary, latest labs, hep B sAg/sAb.
Authorization on file dated {{DATE:3/11/24}}, request # {{ID:ROI-24-05521}}.

CONFIDENTIALITY NOTICE: This facsimile contains protected health information. If you received it in error call the sender and destroy all copies.`,

  // 25 — radiology report
  `{{FACILITY:TERREBONNE CHARITY HOSPITAL}} DEPARTMENT OF RADIOLOGY
EXAM: CT CHEST/ABD/PELVIS W CONTRAST    ACC# {{ID:RAD-2087-118832}}
PATIENT: {{NAME:DARDAR, SIMONE}}   MRN: {{MRN:4471622}}   DOB: {{DATE:09/29/2034}}
DATE OF SERVICE: {{DATE:2087-11-03 09:14}}
ORDERING: {{NAME:PELLEGRIN, LUCIEN}} MD    READ BY: {{NAME:KHOURY, NADIM}} MD

CLINICAL: 53F fisherman's wife w/ wt loss 15 lb, early satiety. h/o gastric bypass at {{FACILITY:Houma Bariatric Institute}} 2074.

COMPARISON: CT abd {{DATE:04/19/2085}} at {{FACILITY:Lafourche General}}.

FINDINGS:
Chest: no nodule. No effusion.
Liver: 2.1 cm hypodense lesion seg 7, new. Gallbladder absent.
Pancreas: normal. Roux limb unremarkable, no internal hernia.
Adrenals normal. Kidneys: 6 mm nonobstructing L stone.
Bones: L1 Schmorl node.

IMPRESSION:
1. New 2.1 cm hepatic lesion - indeterminate; recommend MRI liver w/ Eovist.
2. Post gastric bypass anatomy without obstruction.
Discussed with Dr. {{NAME:Pellegrin}} by phone at 10:02 on {{DATE:11/03/87}}.

Electronically signed: {{NAME:N. Khoury}}, MD  {{DATE:2087-11-03 10:05}}`,

  // 26 — surgical pathology report
  `SURGICAL PATHOLOGY REPORT
{{FACILITY:Acadiana Pathology Associates}}, {{ADDRESS:601 Verot School Rd, Bldg C}}, {{LOCATION:Lafayette}}, LA {{ZIP:70508}}
CLIA 19D0000000

Case: {{ID:SP24-07713}}        Received: {{DATE:05/08/2024}}      Reported: {{DATE:05/10/2024}}
Patient: {{NAME:Broussard, Etienne Joseph}}     DOB: {{DATE:03/17/1961}}     Sex: M
Submitting: {{NAME:Claire Istre}}, MD - {{FACILITY:Vermilion Dermatology}}, {{LOCATION:New Iberia}}
Copy to: {{NAME:Paul Domingue}}, MD

Specimen: A. Skin, L helix, shave. B. Skin, R dorsal forearm, punch.
Clinical: 63 yo rice and crawfish farmer, decades of sun, hx BCC x3.

Gross: A. tan-pink shave 0.8 x 0.6 x 0.2 cm, inked, bisected. B. 4 mm punch, 0.5 cm depth.

Diagnosis:
A. Squamous cell carcinoma, well differentiated, invasive to 1.4 mm; deep margin involved.
B. Actinic keratosis, hypertrophic; margins clear.

Comment: Findings in A discussed with Dr. {{NAME:Istre}}'s nurse {{NAME:Stacie}} on {{DATE:5/10/24}} at 11:40.

{{NAME:Vernon Champagne}}, MD, Pathologist   ({{NAME:vc}}/{{NAME:tl}})`,

  // 27 — wound clinic, Vietnamese crabber
  `WOUND CARE & HYPERBARIC CENTER - {{FACILITY:St. Bernard Mercy Hospital}}
Visit {{DATE:08/01/2023}}  Wk 6
Pt {{NAME:Do Van Hai}} 66M, MRN {{MRN:SBM-22174}}, interp by son {{NAME:Do Quang}} (declined pro interpreter, form signed)

DFU R plantar 1st MTH, Wagner 2. Pt is a crabber out of {{LOCATION:Hopedale}}, boat {{VEHICLE:Thuy Tien}}, reg {{VEHICLE:LA 0447 GR}}; still going out 4 days/wk in wet boots - main barrier.
Wound 1.9 x 1.6 x 0.4 (last wk 2.2 x 1.8 x 0.5). Granular 80%, slough 20%. Mod serous drainage. Probe to bone neg. No cellulitis.
ABI R 0.92. A1c {{DATE:7/14}} 8.8.
Procedure: sharp excisional debridement to subQ 3.0 sq cm (CPT 11042) w/ curette, minimal bleeding.
Dressing: Aquacel Ag, foam, offloading TCC applied - pt agrees only if removable, changed to CAM walker.
Ed: son will ask uncle {{NAME:Do Van Minh}} to run the boat for 3 weeks.
Next visit {{DATE:8/8}}. Provider: {{NAME:Alicia Raymond}}, NP.  Clinic {{PHONE:504-555-0135}}.`,

  // 28 — hospice death pronouncement
  `HOSPICE RN NOTE - DEATH VISIT
{{FACILITY:Peace of the Bayou Hospice}}    Pt: {{NAME:Evangeline "Vangie" Melancon}}   {{AGE:94}} y/o

Called by granddaughter {{NAME:Shelby Cheramie}} at 0305 ({{PHONE:985-555-0108}}) - "Mawmaw stopped breathing."
Arrived at {{ADDRESS:220 Bayou Blue Rd}}, {{LOCATION:Houma}} 0340. Pt in hospital bed in front room, no resp, no apical pulse x 1 min, pupils fixed. Time of death pronounced {{DATE:11/21/2024 0342}}.
Family present: daughter {{NAME:Rose Melancon Toups}}, granddaughter {{NAME:Shelby}}, son-in-law {{NAME:Gerald Toups}}. Rosary being said in French. Fr. {{NAME:Gaspard}} of {{FACILITY:St. Bridget Chapel}} called by family, coming at 0500.
Hospice physician Dr. {{NAME:Benoit}} notified 0348. Coroner not required (expected death, DNR/LaPOST on file).
Funeral home: {{FACILITY:Chauvin Brothers Funeral Home}} {{PHONE:985-555-0109}}, called 0400, ETA 0530.
Meds destroyed per policy w/ {{NAME:Gerald}} as witness: morphine 20mg/mL 11 mL, lorazepam 0.5 x 14 tabs.
Bereavement referral to {{NAME:Paulette Naquin}}. Post-mortem care done, dentures placed, body bathed w/ daughter.
{{NAME:Bridget Lirette}}, RN  {{DATE:11/21/24}} 0610`,

  // 29 — chaplain note, Black church
  `SPIRITUAL CARE NOTE
{{FACILITY:Baptist-Methodist Charity Hospital of Jackson}} - Pastoral Care Dept
Date/time: {{DATE:07-30-2023 2115}}
Patient: {{NAME:Lillie Mae Rankin}}  Room 5E-14  Visit type: family request, pt actively dying

Pt is a 78 y/o retired school cook, lifelong member of {{FACILITY:New Hope Missionary Baptist Church}} in {{LOCATION:Moss Point}}. Church "mothers" Mother {{NAME:Pearlie Dees}} and Mother {{NAME:Hattie Lowe}} at bedside singing "I'll Fly Away." Pastor Rev. Dr. {{NAME:Lucius Ford}} en route from the coast, phone {{PHONE:228-555-0153}}.
Son {{NAME:Cornelius}} is upset that hospital "gave up" - explored; he wanted reassurance that his mother would not be alone. Offered that family may stay overnight; nurse {{NAME:Alexis}} arranged recliners.
Prayed with family at their request; anointed with oil per their tradition.
Plan: chaplain {{NAME:Darnell Shaw}} to follow in AM; notify on-call chaplain pgr {{PHONE:7720}} at time of death.
- Rev. {{NAME:M. Ortega}}, BCC`,

  // 30 — shelter intake, Mississippi
  `RED CROSS SHELTER - HEALTH SERVICES INTAKE
Shelter: {{FACILITY:Hancock County Civic Center Shelter}}, {{LOCATION:Bay St. Louis}}
Date {{DATE:8/29/2024}}   Wristband # {{ID:HC-0771}}

Client: {{NAME:Ladner, Curtis}}   Age 84   Came with: wife {{NAME:Bonnie Ladner}} (wristband {{ID:HC-0772}}), dog
Home: {{ADDRESS:16 Kiln-Delisle Rd}}, {{LOCATION:Kiln}} {{ZIP:39556}}

Health: Parkinson's, a-fib, prostate ca. Left carbidopa/levodopa at home - missed 2 doses, tremor + stiff. Also on warfarin (INR unknown), last checked at {{FACILITY:Coast Family Pharmacy}}.
Mobility: walker, needs help to cot. Cot 112 near restrooms.
Actions: Called PCP Dr. {{NAME:Saucier}} after-hours {{PHONE:228-555-0177}} - emergency refill sent to {{FACILITY:Bay Drugs}} on Hwy 90; volunteer driver to pick up. Requested INR check at the medical station tomorrow.
Wife is main caregiver, tired. Daughter {{NAME:Stacy Ladner Fayard}} in {{LOCATION:Hattiesburg}} {{PHONE:601-555-0114}} - plans to come get them Sat.
Health services volunteer: {{NAME:Maureen Killeen}}, RN (LA license {{LICENSE:RN 142277}})`,

  // 31 — offshore fitness-for-duty physical
  `OFFSHORE FITNESS FOR DUTY EXAMINATION
{{FACILITY:Gulf Industrial Medicine - Houma}}    Exam date {{DATE:01/22/2024}}
Examinee: {{NAME:Kody Allen Chiasson}}   DOB {{DATE:10/09/1990}}   Employee ID {{ID:GSD-118204}}
Employer: {{FACILITY:Gulfstar Drilling}}   Position: roustabout -> floorhand
TWIC # {{LICENSE:TW-4417-0932-11}}   MMC # {{LICENSE:MMC-00447193}}   LA DL {{LICENSE:011447720}}

Hx: R knee ACL recon 2016 ({{FACILITY:Bayou State}} club rugby), full RTP. No seizures, no insulin, no OSA dx. Takes sertraline 50 - stable, cleared by his PCP Dr. {{NAME:Gaudet}} ({{PHONE:985-555-0186}}).
Vitals: BP 134/86, HR 64, BMI 29.1. Vision 20/20 OU uncorrected, color normal. Audiogram: mild 4k notch bilat - hearing protection reinforced.
Spirometry FVC 98% pred. Swim test/HUET cert from {{FACILITY:Delta Survival Training}} dated {{DATE:12/05/2023}}.
UDS (10-panel, specimen {{ID:F881024793}}): negative, MRO Dr. {{NAME:Ngozi Eze}}.
Determination: FIT for offshore duty, no restrictions. Next exam {{DATE:01/2026}}.
Examiner: {{NAME:Troy Autin}}, PA-C   NPI {{LICENSE:1447209188}}`,

  // 32 — i2b2-style longitudinal, three records
  `Record date: {{DATE:2076-02-09}}

{{FACILITY:ST. MARTIN CHARITY CLINIC}}
{{NAME:Ulysse Comeaux}} - 61M crawfish farmer, {{LOCATION:Catahoula}}. Chest tightness when pulling traps, relieved w/ rest. Smokes, pack of Winstons/day x 40 yrs. Father died MI at 58. BP 156/94, LDL 171. ECG NSR, no Q. Plan: ETT, ASA, atorva 80, metoprolol 25 bid. Quit line.
{{NAME:Raoul Savoy}}, MD

Record date: {{DATE:2076-03-02}}

Stress test {{DATE:2/24/76}} at {{FACILITY:Vermilion Heart Institute}}: 1.5 mm ST dep inferolateral at 6 METs. Referred cardiology Dr. {{NAME:Ishaan Mehta}}. Pt "don't want no cath till the season's over." Long talk with pt and wife {{NAME:Marguerite}}; they agreed to go.
{{NAME:R. Savoy}}

Record date: {{DATE:2076-05-18}}

s/p cath {{DATE:4/11/2076}} - 90% prox LAD, DES x1 (Xience). On DAPT - ticagrelor + ASA. No angina. Back on the pond, son {{NAME:Remy}} pulling traps now. Still 5 cig/d. BP 128/78, LDL 82.
Plan: cardiac rehab at {{FACILITY:Teche Cardiac Rehab}} - declined (distance 45 min). Walking program. RTC 3 mo.
{{NAME:Raoul Savoy}}, MD`,

  // 33 — toxicology consult, H2S exposure
  `MEDICAL TOXICOLOGY CONSULT
{{FACILITY:Crescent City Charity Hospital}} ({{FACILITY:CCCH}})   {{DATE:9/12/2023 0230}}
Requested by: ED attending Dr. {{NAME:Kirsten Vo}}
Patient: {{NAME:Arnaud, Brandon T.}}  35M  MRN {{MRN:00447138}}

Reason: H2S exposure on production platform.
HPI: Lease operator on {{FACILITY:Pelican Reef Platform B-12}} ({{LOCATION:Ship Shoal 176}}) for {{FACILITY:Bayouland Production LLC}}. Around 1800 gas alarm at 20 ppm near a separator; pt was found down by coworker {{NAME:Donnie Hymel}}, brief LOC (<1 min), rescued with SCBA by platform crew. Flown in by {{FACILITY:Pelican AirMed}}, tail # {{VEHICLE:N447PA}}.
Now: headache, eye burning, cough. GCS 15. RR 20, SpO2 95% RA. Conjunctival injection. Lungs few crackles bases. ECG sinus, QTc 440. Lactate 2.8, CO-Hb 1.1%, MetHb 0.8%.
CXR: faint bilat interstitial opacities.
Assessment: H2S toxicity with brief knockdown, mild chemical pneumonitis.
Rec: observe 24 h for delayed pulmonary edema, O2 prn, no nitrites needed now, repeat CXR AM, neuro cog screen before d/c. OSHA/BSEE report is employer's; company safety rep {{NAME:Lyle Duet}} {{PHONE:504-555-0144}}.
Tox fellow {{NAME:Samuel Osei}}, MD / attending {{NAME:Haley Freeman}}, MD`,

  // 34 — NICU progress, Vietnamese-American family
  `NICU PROGRESS NOTE  DOL 9  {{DATE:03/19/2024}}
{{FACILITY:Woman's and Infants' Hospital of Acadiana}} - NICU pod C, bed 14
Baby boy {{NAME:Huynh}} ("{{NAME:Bao}}")   MRN {{MRN:WIA-240311-02}}   born {{DATE:03/10/2024}} at 0611
GA 33+4 at birth, now 34+6. BW 1,980 g, today 1,945 g.
Mother {{NAME:Huynh Thi Ngoc Anh}} (G2P1102), father {{NAME:Huynh Minh Khoa}} - nail salon owners in {{LOCATION:Youngsville}}. Twin A ({{NAME:Bao}}) here; twin B ({{NAME:An}}) transferred to level II at {{FACILITY:Lafayette Mercy Nursery}} {{DATE:3/16}}.
Resp: RA since DOL 3. No A/B/D x 72 h on caffeine - will d/c caffeine {{DATE:3/20}}.
FEN: EBM 24 kcal 38 mL q3h, PO 60%, rest NG. Mom pumping.
Bili 9.8, below light level.
ID: GBS unk, cx neg 48h.
Newborn screen {{DATE:3/11}}: FA (normal), state lab # {{ID:LA-NBS-24-030114}}.
Hearing: passed AABR.
Dispo: CCHD passed. Car seat test when PO 100%. Pediatrician: Dr. {{NAME:Truong}}, {{FACILITY:Sugar Cane Pediatrics}}.
Family update given in Vietnamese via interp {{NAME:Mai Le}}; dad cell {{PHONE:337-555-0168}}.
{{NAME:Jessica Domingue}}, NNP-BC`,

  // 35 — after-hours phone triage, heat illness
  `AFTER HOURS NURSE LINE - CALL RECORD
Call # {{ID:NL-24-771093}}   Rec'd {{DATE:Sat 07/13/2024 16:47}}
Practice: {{FACILITY:Pascagoula Family Care}} (Dr. {{NAME:Hoang}}, Dr. {{NAME:Delcambre}})
Caller: {{NAME:Angela Rouse}}, wife   Callback {{PHONE:228-555-0192}}
Patient: {{NAME:Darryl Rouse}}  DOB {{DATE:2/2/1975}}

Reason: Husband came home from shift at the shipyard ({{FACILITY:Bayou Casotte Shipbuilding}}, blast & paint dept), "soaking wet, dizzy, threw up twice, cramps in his legs." Heat index 112 today per caller. Drank 2 Gatorades. No confusion, talking normal, no chest pain. Has HTN on HCTZ.
Protocol: Heat exposure - adult. Disposition: see today in urgent care / ED if worse.
Advice: cool shower, fluids with electrolytes, hold HCTZ tonight, check temp. Call 911 if confusion, temp >103, stops sweating, fainting.
Caller will take him to {{FACILITY:Ocean Springs Urgent Care}} (open till 8).
Fwd to Dr. {{NAME:Hoang}}'s inbox for Monday f/u.
Triage RN: {{NAME:Sherry Galle}}   duration 9 min`,

  // 36 — ALL CAPS H&P, hyperkalemia after missed dialysis
  `ADMISSION H&P
{{FACILITY:MOBILE CHARITY HOSPITAL}} - MEDICINE TEAM B        {{DATE:09/18/2020 0420}}
NAME: {{NAME:MAXWELL, ROSETTA}}   AGE: 69   MRN: {{MRN:MCH-0661842}}   FIN: {{ACCOUNT:30044718}}

CC: "WEAK ALL OVER."
HPI: 69 YO F ESRD ON HD TTS AT {{FACILITY:PRICHARD KIDNEY CARE}} (LAST HD {{DATE:9/12}}), MISSED 2 TX AFTER HURRICANE SALLY - NO POWER, UNIT CLOSED, PHONE LINE DOWN. NEIGHBOR MR. {{NAME:OTIS PETTWAY}} FOUND HER SITTING ON PORCH, COULD NOT STAND, CALLED 911.
ED: K 7.8, PEAKED T, WIDE QRS 148. RX CA GLUCONATE 3 G, INSULIN 10 U + D50, ALBUTEROL NEB, LOKELMA 10 G. REPEAT K 6.4.
PMH: ESRD 2/2 HTN, DM2, GOUT. L FOREARM AVF.
SH: WIDOW, LIVES ALONE {{ADDRESS:511 SUMMERVILLE AVE}}, {{LOCATION:PRICHARD}}, AL {{ZIP:36610}}. CHURCH: {{FACILITY:GREATER MOUNT CALVARY AME}}. NO TOBACCO.
FAMILY: NIECE {{NAME:DORIS PETTAWAY-HOLMES}} {{PHONE:251-555-0106}} (HCPOA).
EXAM: AO X3, SLOW. VOL OVERLOAD 2+ LE EDEMA, CRACKLES BASES. AVF + THRILL.
A/P: HYPERKALEMIA/VOLUME OVERLOAD FROM MISSED HD. URGENT HD THIS AM - RENAL FELLOW DR. {{NAME:AKINTOLA}} AWARE. TELE. RENAL DIET.
DISPO: SW TO HELP W/ GENERATOR/OUTAGE PLAN + ENROLL IN POWER CO. MEDICAL PRIORITY LIST.
{{NAME:J. WESTBROOK}}, MD (PGY-2) / ATTENDING {{NAME:L. OKONKWO}}, MD`,

  // 37 — letter, jury duty excuse
  `{{FACILITY:Gulf States Sickle Cell Center}}
{{ADDRESS:3900 Canal St, Ste 210}}
{{LOCATION:New Orleans}}, LA {{ZIP:70119}}
Tel {{PHONE:504-555-0171}} | Fax {{FAX:504-555-0172}}

{{DATE:January 9, 2025}}

Jury Commissioner
{{FACILITY:Civil District Court for the Parish of Orleans}}

Re: {{NAME:Aaliyah N. Jean-Baptiste}}, Juror No. {{ID:25-00318}}
Summons date: {{DATE:February 3, 2025}}

Dear Commissioner,

Ms. {{NAME:Jean-Baptiste}} is a 27-year-old patient of this center with sickle cell anemia (HbSS). She requires scheduled exchange transfusions every four weeks, and her next three sessions fall during the term of service. Prolonged sitting in a cold courtroom without access to hydration and breaks is a known trigger for painful crises in her condition, and she had two hospital admissions for crises at {{FACILITY:Carrollton Catholic Hospital}} this past autumn.

I respectfully request that she be excused, or that her service be deferred to a later term.

Sincerely,

{{NAME:Marcus Delahoussaye}}, MD
Hematology
LA Lic. {{LICENSE:MD.044712}}`,

  // 38 — prior authorization request
  `PRIOR AUTHORIZATION REQUEST - SPECIALTY DRUG
To: Louisiana Healthcare Connections Pharmacy Dept   Fax 1-800-555-0100
Date: {{DATE:05/22/2023}}

Member: {{NAME:Tremaine Jolivette}}    DOB: {{DATE:12/08/2001}}
Member ID: {{HEALTH_PLAN:LHC8830147}}   Medicaid #: {{HEALTH_PLAN:1004471882}}
Prescriber: {{NAME:Nadia Chaisson}}, MD, {{FACILITY:Calcasieu Catholic Hematology}}
NPI {{LICENSE:1982047711}}   DEA {{LICENSE:BC4471022}}
Phone {{PHONE:337-555-0111}}   Fax {{FAX:337-555-0112}}

Drug requested: crizanlizumab-tmca 5 mg/kg IV wk 0, 2, then q4wk (J0791). Weight 72 kg.
Diagnosis: D57.00 Hb-SS disease with crisis, unspecified.

Clinical justification: 21 yo male, 6 VOC requiring ED/inpatient care in past 12 mo (dates: {{DATE:6/3/22}}, {{DATE:8/19/22}}, {{DATE:10/2/22}}, {{DATE:12/24/22}}, {{DATE:2/11/23}}, {{DATE:4/30/23}}) despite hydroxyurea at MTD (1500 mg, ANC 2.1) x 18 months with documented adherence (HbF 14%). L-glutamine trial in 2022, stopped for GI intolerance.
Infusion site: {{FACILITY:SWLA Infusion Center}}.
Attached: ED records, HU levels, clinic notes.
Signature: {{NAME:N. Chaisson}}, MD`,

  // 39 — home health PT, Bayou La Batre
  `HOME HEALTH - PHYSICAL THERAPY VISIT NOTE
Agency: {{FACILITY:South Alabama Home Care Partners}}   Visit #4
Date {{DATE:3/3/2022}}   Time 13:30-14:25
Patient: {{NAME:Le Thi Tuyet}}, 79F   MRN {{MRN:SAHC-40113}}
Address: {{ADDRESS:13870 Padgett Switch Rd, Unit 2}}, {{LOCATION:Irvington}}, AL {{ZIP:36544}}
Dx: R hip hemiarthroplasty s/p fall at {{FACILITY:Bayou La Batre Seafood Processors}} (worked peeling line), {{DATE:01/29/2022}}; surgery at {{FACILITY:Mobile Sisters of Charity Hospital}}.

Subj: via granddaughter {{NAME:Vivian Tran}} - "Ba noi walking better, still scared of the steps." Pain 3/10.
Obj: TUG 19 sec (was 26). Gait w/ RW 150 ft, CGA on 3 porch steps with 1 rail. Hip precautions maintained. Strength R hip abd 3-/5.
Home: raised house on pilings (storm rebuild), 11 steps - rec 2nd rail, son {{NAME:Tran Van Phuc}} will install.
Tx: gait training, step training, HEP (Vietnamese handout).
Plan: 2x/wk x 3 wk. Notify MD Dr. {{NAME:Callahan}} re: progress. 
{{NAME:Brett Zirlott}}, PT, DPT   AL PT Lic {{LICENSE:PT-7720}}`,

  // 40 — APS referral, elder self-neglect
  `SOCIAL SERVICES NOTE  {{DATE:2/6/2024}}  1530
{{FACILITY:Assumption Community Hospital}} ({{FACILITY:ACH}}) - {{LOCATION:Napoleonville}}
Pt: {{NAME:Hypolite "Bebe" Dugas}}  86M  MRN {{MRN:ACH-119047}}

Pt brought in by {{FACILITY:Assumption Parish Sheriff}} after mail carrier noticed mail piling up at his camp on {{ADDRESS:Hwy 70 mile marker 7}} near {{LOCATION:Pierre Part}}. Found on floor, urine-soaked, 3 dogs, no working fridge. Lives alone, widowed, worked cypress logging / fishing his whole life. Speaks mostly Cajun French.
Only known family: nephew {{NAME:Lionel Dugas}}, {{LOCATION:Morgan City}}, {{PHONE:985-555-0125}} - states "Nonc won't let nobody help him." Niece {{NAME:Carole Blanchard}} in {{LOCATION:Beaumont}}, TX, no phone on file.
Pt A&O x2, MoCA 17/30 (given in French by RN {{NAME:Darlene Landry}}).
Report made to Adult Protective Services, intake # {{ID:APS-24-0021937}}, worker {{NAME:Felicia Rhodes}}.
Plan: capacity eval by psych, PT/OT, explore placement at {{FACILITY:Maison de Bayou Nursing & Rehab}} vs home w/ services; animal control notified re dogs by deputy.
{{NAME:Monica Templet}}, LCSW`,

  // 41 — ED triage and note, lower case, stingray
  `{{FACILITY:west fla sisters of st joseph hosp}} ed   {{DATE:6/22/23}} 1415
triage: {{NAME:cody brannan}} 17m, dob {{DATE:4/4/2006}}, here w/ dad {{NAME:wade brannan}}. stepped on stingray wading at {{LOCATION:navarre beach}} ~1pm, barb in L heel per dad, they pulled it out. pain 10/10 "worst ever". esi 3.
vs 138/80 hr 104 t 98.6 spo2 99
allergies nkda. tdap - unk, school says {{FACILITY:gulf breeze high}} has record.
np note: 1 cm puncture medial L heel, no fb palpable, no active bleed. soaked in hot water 113F x 60 min - pain 10->2. xr L foot: no retained radiopaque fb. irrigated, left open. tdap given. cephalexin 500 qid x 5d (dad worried re: infection, pt works summers on his uncle's charter boat {{VEHICLE:Reel Deal II}}).
d/c 1630, f/u pcp dr {{NAME:okoye}} in {{LOCATION:pensacola}} in 2-3 days, return for fever/red streaks.
dad phone {{PHONE:850 555 0145}}.
- {{NAME:m. lindquist}} np / {{NAME:ak}}`,

  // 42 — operative note, sickle cell cholecystectomy
  `OPERATIVE REPORT
{{FACILITY:Our Lady of Perpetual Help Medical Center}}     DATE OF SURGERY: {{DATE:08/09/2022}}
PATIENT: {{NAME:Sylvestre, Danielle M}}    MRN: {{MRN:OLPH-0100471}}    AGE: 19
SURGEON: {{NAME:Antoine Rideau}}, MD   ASSIST: {{NAME:Lindsey Gaspard}}, PA-C
ANESTHESIA: GETA - {{NAME:Hyun-woo Park}}, MD

PREOP DX: Symptomatic cholelithiasis (pigment stones), HbSS.
POSTOP DX: Same, with chronic cholecystitis.
PROCEDURE: Laparoscopic cholecystectomy with intraoperative cholangiogram (CPT 47563).

INDICATIONS: 19F with HbSS, recurrent biliary colic x 3 ED visits, US {{DATE:7/14/22}} with multiple stones. Pre-op simple transfusion to Hgb 10 per heme (Dr. {{NAME:Okafor}}) on {{DATE:8/8}}.

FINDINGS: Thick-walled GB, numerous black pigment stones. IOC: no CBD filling defect.
DESCRIPTION: Supine, warming blanket (Bair Hugger) to avoid hypothermia, 4 ports. Critical view of safety obtained. Clips x3 on cystic duct and artery. Specimen to path. EBL 10 mL.
DISPO: PACU, then 5 West. Incentive spirometry q1h while awake, IVF 1x maint, avoid hypoxia. Mother {{NAME:Lorraine Sylvestre}} updated in waiting room.

{{NAME:A. Rideau}}, MD   D: {{DATE:08/09/2022 1612}}  T: {{DATE:08/09/2022 1803}} ({{NAME:rbd}})`,

  // 43 — discharge instructions, bilingual
  `DISCHARGE INSTRUCTIONS / HUONG DAN XUAT VIEN
{{FACILITY:Coastal Sacred Heart - Biloxi}}    Date: {{DATE:04/02/2024}}
Patient / Benh nhan: {{NAME:Vo Thi Kim Loan}}    MRN: {{MRN:CSH-883012}}
Diagnosis / Chan doan: Pneumonia (Viem phoi)

Medications / Thuoc:
- amoxicillin-clavulanate 875 mg twice a day x 5 more days / 2 lan moi ngay
- benzonatate 100 mg as needed for cough
STOP: the herbal cough syrup from the store on {{ADDRESS:Division St}}, until you see your doctor.

Follow-up / Tai kham:
Dr. {{NAME:Tran Duc Minh}}, {{FACILITY:Biloxi Vietnamese Family Clinic}}, {{PHONE:228-555-0189}} on {{DATE:Thursday April 11}} at 10:00.
Chest x-ray again in 6 weeks.

Return to ER if / Tro lai phong cap cuu neu: trouble breathing, fever over 101, confusion, coughing blood.

Your nurse today / Y ta: {{NAME:Shawna Nguyen}}, RN.  Interpreter / Thong dich vien: {{NAME:Kevin Lam}} (#{{ID:V-0226}}).
Pharmacy / Nha thuoc: {{FACILITY:Point Cadet Pharmacy}}, {{PHONE:228-555-0190}}.
I understand these instructions: {{NAME:Vo Thi Kim Loan}} (signed) / son {{NAME:Nguyen Hoang Nam}}`,

  // 44 — hemodialysis treatment record
  `HEMODIALYSIS TREATMENT RECORD
Unit: {{FACILITY:Crescent Kidney Center - Gentilly}}   Date: {{DATE:11/30/2023}}   Shift 2   Station 9
Pt: {{NAME:Washington, Earl D.}}   ID {{MRN:CKC-04471}}   Dry wt 88.5 kg
Machine: Fresenius 2008T s/n {{DEVICE:2TPA11904}}   Dialyzer Optiflux 180NR
Access: R IJ tunneled cath (placed {{DATE:10/17/23}} at {{FACILITY:Gentilly Mercy Hospital}}) - AVF maturing L arm

Pre: wt 91.8 kg  BP 172/96  HR 84  T 98.0  - c/o cramps last tx
Prescription: 4 h, Qb 400, Qd 600, 2K/2.5Ca bath, heparin 2000 u bolus
0900 start  BP 168/92  UF rate 0.8 L/h
1000 BP 150/84
1100 BP 128/70 cramping L calf - UF paused 10 min, NS 100 mL
1200 BP 134/76
1300 end  Post wt 88.9 kg  BP 140/80  net UF 2.9 L
Cath dressing changed, sites c/d/i, locked w/ heparin 1000 u/mL per lumen.
Meds given: Mircera 100 mcg IV, calcitriol 1 mcg.
Pt says transport ({{FACILITY:Big Easy Medi-Van}}) was late 40 min again; SW {{NAME:Tonya Batiste}} notified.
RN: {{NAME:Gwendolyn Pierre}}   PCT: {{NAME:Luis Mejia}}`,

  // 45 — parish health unit child immunization
  `{{FACILITY:VERMILION PARISH HEALTH UNIT}} - IMMUNIZATION / WIC VISIT
{{LOCATION:Abbeville}}, La     {{DATE:July 17, 2023}}

Child: {{NAME:Landry, Brayden James}}     DOB {{DATE:07/05/2019}}     LINKS ID {{ID:LNK-30447721}}
Parent: {{NAME:Kristen Landry}}   Address {{ADDRESS:804 S Henry St, Apt C}}, {{LOCATION:Abbeville}} {{ZIP:70510}}
Ph {{PHONE:(337) 555-0179}}   Medicaid {{HEALTH_PLAN:2200471395}}

Vaccines today (kindergarten, {{FACILITY:Eaux Claires Elementary}}):
  DTaP #5  - L thigh  lot 4CA7X2
  IPV #4   - R thigh  lot W1A448
  MMR #2   - L arm   lot Y009812
  Varicella #2 - R arm lot Y011370
VIS given, mom consented. Observed 15 min, no reaction.
Wt 41 lb (50th %), Ht 42 in. Hgb fingerstick 11.8. Lead screen: 2 mcg/dL (dad works at a battery recycler in {{LOCATION:Kaplan}} - counseled re: changing clothes before coming home).
WIC: recertified, voucher issued. Breakfast program info given.
Next due: HPV age 11. Flu shot in fall.
Nurse: {{NAME:Yvette Broussard}}, RN   Clerk: {{NAME:dg}}`,

  // 46 — i2b2-style longitudinal, MS shipyard COPD
  `Record date: {{DATE:2131-10-04}}

{{FACILITY:PASCAGOULA SACRED HEART HOSPITAL}} - PULMONARY CLINIC
{{NAME:Leon Krebs}} 64 yo retired shipfitter from {{LOCATION:Gautier}} returns for COPD/asbestosis. Last visit {{DATE:06/28/31}}. Since then one flare treated by PCP Dr {{NAME:Daniels}} with pred burst {{DATE:8/15/2131}}. Using Trelegy daily, albuterol 2-3x/day.
Still smokes 1/2 ppd. Wife {{NAME:Juanita}} also smokes - "can't quit if she don't."
PFT today: FEV1 1.21 L (41%), FEV1/FVC 0.52, DLCO 38%. 6MWT 290 m, nadir sat 86%.
CT {{DATE:9/2131}}: bilat calcified pleural plaques, basilar fibrosis, no nodule.
Impression: GOLD 3 COPD + asbestosis, exertional hypoxemia.
Plan: ambulatory O2 2L via {{FACILITY:Singing Pines Medical Equipment}}, pulm rehab at {{FACILITY:Ocean Springs Wellness Ctr}}, varenicline, RSV + PCV20 today. Asbestos trust paperwork - records released to {{FACILITY:Colquitt Law}} per pt request.
RTC 3 mo.
{{NAME:Aurelie Bonnin}}, MD

Record date: {{DATE:2132-01-11}}

Phone f/u - quit smoking {{DATE:12/24}}! Wife quit too. O2 using on walks. No flares. {{NAME:AB}}`,

  // 47 — nursing home to ED transfer form
  `INTERFACILITY TRANSFER FORM - SNF TO ACUTE
From: {{FACILITY:Bayou Oaks Nursing & Rehabilitation}}, {{LOCATION:Raceland}}   Ph {{PHONE:985-555-0131}}
To: {{FACILITY:St. Anne Bayou Regional Medical Center}} ED
Date/time: {{DATE:12/03/2022 19:40}}    Sending nurse: {{NAME:Charmaine Guidry}}, LPN

Resident: {{NAME:Odile B. Rousse}}    DOB {{DATE:02/09/1929}}    Age {{AGE:93}}
Room 14B     Code status: DNR - do not intubate, OK to treat (LaPOST in packet)
Responsible party: son {{NAME:Jean-Paul Rousse}} {{PHONE:985-555-0132}} / daughter {{NAME:Denise Rousse Arabie}} {{PHONE:504-555-0133}}
Attending: Dr. {{NAME:Gautreaux}}

Reason: fever 102.4, new confusion, O2 sat 88% RA, foul urine. Foley since last admit.
Baseline: knows family, feeds self, Alzheimer's (FAST 6a), speaks French and English.
Meds sent: MAR attached. Last dose of Eliquis 0800.
Belongings: glasses, upper denture, rosary, hearing aid R (Phonak, serial {{DEVICE:1844X0712}}).
Transport: {{FACILITY:Bayou Star Ambulance}} unit 22.
Report called to ED RN {{NAME:Tyler}} at 1935.`,

  // 48 — ophthalmology, diabetic retinopathy
  `{{FACILITY:Acadiana Eye & Retina}} - {{LOCATION:Crowley}} office
{{DATE:Wed 10/16/2024}}    Tech: {{NAME:Renee}}   MD: {{NAME:Vincent Hebert}}, MD

Pt {{NAME:Rosalie Metoyer}} 58F  acct {{ACCOUNT:AER-0044719}}
CC: blurry OD x 2 wks, "like a cobweb."
Hx: DM2 x 15 yr, A1c 10.2 ({{DATE:9/2024}} per {{FACILITY:Crowley Community Clinic}}), HTN. Works nights at {{FACILITY:Falcon Rice Mill}}.
VA sc: OD 20/200  OS 20/40
IOP (Goldmann): 17 / 16
SLE: NS 1+ OU
DFE: OD - PDR w/ vitreous heme inferiorly, NVD. OS - severe NPDR, CSME.
OCT OS CST 412.
Imp: PDR OD with VH; severe NPDR w/ CSME OS.
Plan: Avastin IVI OD today (lot 3412A, exp 2025), PRP OD next wk, anti-VEGF OS in 2 wk. Discussed blindness risk w/ pt and husband {{NAME:Norbert}}; he is a retired shrimper, "we'll do what it takes." No driving at night.
Send note to PCP Dr {{NAME:Lafleur}}, fax {{FAX:337-555-0196}}.
Transport via parish council on aging van ({{PHONE:337-555-0197}}).
RTC {{DATE:10/23}} for PRP.
{{NAME:V. Hebert}}, MD`,

  // 49 — pre-storm hospital evacuation transfer
  `PATIENT EVACUATION TRACKING - HOSPITAL EVACUATION (HURRICANE)
Sending: {{FACILITY:Lower Terrebonne Charity Hospital}} ({{FACILITY:LTCH}})    Date: {{DATE:08/27/2021}}
Receiving: {{FACILITY:Our Lady of the Pines Medical Center}}, {{LOCATION:Shreveport}}
Evac tag #: {{ID:LTCH-EV-0391}}

Pt: {{NAME:BOUDREAUX, MARIE-ANGE}}  DOB {{DATE:03/30/1955}}  MRN {{MRN:LT-211847}}
Unit: ICU bed 4  Dx: septic shock (UTI), resolved; ESRD on HD
Acuity: yellow (needs ALS, no vent)
Lines: R femoral HD cath, PIV x2. Levo off 18 h.
Last HD: {{DATE:8/26}} 1400. Next due {{DATE:8/28}}.
Abx: cefepime 1 g q24h, last dose 0900 today.
Code: FULL.   Allergies: vancomycin (red man), shellfish? (pt says "just crabs")
Family: husband {{NAME:Alton Boudreaux}} evacuating to sister's in {{LOCATION:Natchitoches}}, cell {{PHONE:985-555-0114}}, alt {{EMAIL:altonb55@cajunnet.com}}
Transport: {{FACILITY:Gulf South Ambulance Strike Team}} unit GSA-12, depart 1130, ETA 1730.
Packet: face sheet, MAR, last 72 h notes, CD of CT.
Sending RN: {{NAME:Toni Pellegrin}}   Receiving RN notified: {{NAME:Jasmine Caldwell}}, ext {{PHONE:4412}}`,

  // 50 — MAT clinic, offshore worker
  `{{FACILITY:Bayou Recovery Clinic}} - BUPRENORPHINE FOLLOW-UP
Date {{DATE:5/14/2024}}   Provider {{NAME:Geneva Lasseigne}}, FNP-BC (X-waiver n/a)
Pt {{NAME:Shane Michael Toups}}  DOB {{DATE:1/30/1988}}  Chart {{MRN:BRC-1102}}
PMP checked (LA PMP query # {{ID:88124077}}): only our Rx.

S: 36M, galley hand/cook on a liftboat for {{FACILITY:Grand Caillou Marine}}, 14/14 rotation. Stable 11 months on Suboxone 16/4 mg daily. Worries about random UDS offshore - letter from us on file w/ company MRO. Last use fentanyl {{DATE:6/2023}}, after wrist surgery oxy Rx.
Wife {{NAME:Brittany}} pregnant, due {{DATE:Sept 2024}}; wants to stay on bup, not taper now.
UDS today: bup +, norbup +, others neg.
O: alert, pupils 4 mm, no track marks.
Plan: continue 16/4 daily, 28 day Rx to {{FACILITY:Dulac Pharmacy}}, narcan kit x2 (one for the boat). Counseling w/ {{NAME:Marcel Lapeyrouse}}, LPC biweekly by telehealth (link {{URL:https://telecare.bayourecovery.example/r/mlapeyrouse}}).
Next visit {{DATE:6/11/2024}} (he'll be on hitch {{DATE:5/20-6/3}}).
{{NAME:G. Lasseigne}}, FNP`,

  // 51 — hospice IDT
  `HOSPICE INTERDISCIPLINARY GROUP MEETING - {{DATE:2/20/2025}}
{{FACILITY:Gulf Breeze Hospice of Mobile}}   Recert period 3: {{DATE:01/08/2025-03/08/2025}}
Patient: {{NAME:Willie James Odom}}, {{AGE:90}} yo   Dx: end-stage dementia (G30.9), CHF
Location: {{FACILITY:Magnolia Manor ALF}}, {{ADDRESS:3150 Government Blvd, Room 208}}, {{LOCATION:Mobile}}

RN ({{NAME:Keisha Moye}}): FAST 7c, bedbound, wt down 6 lb/30 d, MAC 20.5 cm (was 22). Stage 3 coccyx.
SW ({{NAME:Derrick Lott}}): Daughter {{NAME:Vanessa Odom-Reed}} (POA) in {{LOCATION:Atlanta}}, comes monthly; son {{NAME:Willie Jr.}} local, visits Sundays after service at {{FACILITY:Hickory Street Baptist}}. Funeral prearranged w/ {{FACILITY:Larkin-Oates Mortuary}}.
Chaplain (Rev. {{NAME:Harold Bivens}}): pt sings hymns with him, calm after.
Aide ({{NAME:Maria Salas}}): bathing 3x/wk, tolerating.
MD (Dr. {{NAME:Celeste Ware}}): continues to meet LCD criteria; recertify.
Changes: add hyoscyamine prn for secretions; mattress upgrade (low air loss, s/n {{DEVICE:LAL-55-20871}}).
Next IDG {{DATE:3/6/2025}}.`,

  // 52 — home infusion, PICC
  `{{FACILITY:Delta Home Infusion}}  INFUSION NURSING VISIT
Visit date: {{DATE:06/05/2023}}
Patient: {{NAME:Cheramie, Roland}}   DOB {{DATE:11/11/1963}}   Pharmacy Rx # {{ID:DHI-771204}}
Address: {{ADDRESS:237 W 109th St}}, {{LOCATION:Cut Off}}, LA {{ZIP:70345}}   Ph {{PHONE:985-555-0118}}
Ordering MD: {{NAME:Helene Marcantel}}, ID, {{FACILITY:Lafourche Infectious Disease Associates}}

Dx: L tibial osteomyelitis after oyster shell laceration (Mycobacterium marinum + MSSA).
Therapy: cefazolin 2 g IV q8h via elastomeric pump, wk 3 of 6; plus oral clarithromycin/ethambutol.
PICC: R basilic, 4 Fr single lumen, placed {{DATE:5/15/23}} at {{FACILITY:St. Rita of Cascia Hospital}}. External length 1 cm (baseline 1 cm). Arm circ 29 cm (baseline 28.5). Dressing changed (CHG), cap changed.
Labs drawn: CBC, CMP, ESR/CRP - sent to {{FACILITY:Bayou Reference Lab}}.
Pt teaching: pt and wife {{NAME:Melanie}} changing pumps correctly. Reminded: keep arm dry, no fishing/wading until ID clears.
Next visit {{DATE:6/12/23}}. On-call {{PHONE:1-800-555-0147}}.
{{NAME:Carla Loupe}}, RN, CRNI`,

  // 53 — trauma H&P, winch injury on shrimp boat
  `TRAUMA SURGERY H&P - LEVEL 1 ACTIVATION
{{FACILITY:Crescent City Charity Hospital}}   {{DATE:10/28/2022}} 2210
Pt: {{NAME:Tran, Minh Hieu}}   Age 41   MRN {{MRN:00561830}}   Trauma alias "Xray, Delta" until ID confirmed

HPI: Deckhand on trawler {{VEHICLE:Captain Dat}} (USCG doc # {{VEHICLE:1074421}}) out of {{LOCATION:Empire}}; R arm pulled into the try-net winch ~1830 while trawling in {{LOCATION:Breton Sound}}. Captain ({{NAME:Nguyen Van Dat}}, brother-in-law) applied a rope tourniquet 1835, ran boat in to {{FACILITY:Venice Marina}}, met by {{FACILITY:Plaquemines Parish EMS}}, CAT tourniquet placed 1950.
Primary: A patent, B clear bilat, C HR 124 BP 96/60 - MTP activated, 4:4:1 given. D GCS 14 (ETOH?). E R arm mangled below elbow, no radial/ulnar doppler signal.
Secondary: abrasions chest/abd, FAST neg.
Tourniquet time ~3.5 h at arrival.
A/P: mangled R upper extremity, MESS 9. To OR for washout, likely below-elbow amputation; ortho + plastics (Dr. {{NAME:Amadi}}) aware. Consent via interpreter ({{NAME:Hanh Pham}}, ID {{ID:4471}}) - pt agrees.
Wife {{NAME:Nguyen Thi Thu}} at {{PHONE:504-555-0178}}, driving from {{LOCATION:Buras}}.
{{NAME:Jonathan Kearney}}, MD, trauma chief / {{NAME:E. Salinas}}, MD, attending`,

  // 54 — peds ED, near drowning in bayou
  `PEDIATRIC ED NOTE   {{FACILITY:Children's Mercy of Acadiana}}   {{DATE:6/8/2024}}
Patient: {{NAME:Zoey LeJeune}}    3 y 4 m    MRN {{MRN:CMA-0771302}}
Arrived 1522 by {{FACILITY:Iberia Medical Transport}} from {{ADDRESS:4400 Loreauville Rd}} (family camp on {{LOCATION:Bayou Teche}})

HPI: Found face down in shallow water off the camp's boat launch after ~1-2 min unwitnessed per grandpa {{NAME:Ronnie LeJeune}}. Uncle {{NAME:Travis Guidry}} (volunteer firefighter) did CPR ~30 sec, child coughed, vomited, cried. EMS: GCS 14, SpO2 91% -> 98% on NRB.
Now: alert, crying, consolable. RR 32, SpO2 97% RA, HR 130, T 36.4. Lungs: scattered crackles R base.
CXR: mild R perihilar opacity. VBG nml.
A: submersion injury, grade 2 (Szpilman).
P: obs 8 h minimum, continuous pulse ox; admit if O2 need. Water safety/life jacket counseling. Mom {{NAME:Amber LeJeune}} present, phone {{PHONE:(337) 555-0158}}.
DCFS not called - supervision lapse, no concern for neglect per SW {{NAME:Yolanda Moss}}.
{{NAME:Patrick Theriot}}, MD, Peds EM`,

  // 55 — pulmonary consult, silicosis
  `PULMONARY CONSULTATION
Date: {{DATE:March 21, 2023}}
Requesting: {{NAME:Ellen Vidrine}}, NP - {{FACILITY:Moss Point Community Health Center}}
Patient: {{NAME:Arthur Lee McMillan}}, DOB {{DATE:07/14/1967}}, MRN {{MRN:GCP-440182}}
Location: {{FACILITY:Gulf Coast Pulmonary Associates}}, {{ADDRESS:1401 Market St, Suite 5}}, {{LOCATION:Pascagoula}}, MS {{ZIP:39567}}

Reason: abnormal CXR, DOE.
55 y/o Black male, 28 years sandblaster/painter for contractors at the shipyards ({{FACILITY:Bayou Casotte Shipbuilding}}, then {{FACILITY:Dauphin Marine Coatings}}), "half the time no hood." Never smoked. Brother {{NAME:Earnest}} "had the same lungs" and died at 60.
CT: innumerable upper-lobe centrilobular nodules, eggshell calcified hilar nodes, early PMF R upper lobe.
PFT: FVC 68%, FEV1 70%, DLCO 55%.
Quantiferon neg. ANA neg.
Impression: chronic silicosis with early progressive massive fibrosis.
Rec: remove from exposure (he's still working part time at {{FACILITY:Jackson Co. Sandblast & Paint}}), annual TB screen, vaccines, pulm rehab, refer to {{FACILITY:Gulf States Occupational Lung Center}}, consider transplant eval later. Dept of Labor / workers comp forms given.
{{NAME:Ravi Subramanian}}, MD, FCCP   cell {{PHONE:228-555-0103}}`,

  // 56 — letter of medical necessity to utility / FEMA
  `{{FACILITY:Bayou Lafourche Family Medicine}}
{{ADDRESS:615 Canal Blvd}} | {{LOCATION:Thibodaux}}, Louisiana {{ZIP:70301}} | {{PHONE:985-555-0140}}

{{DATE:September 12, 2021}}

To: Entergy-Bayou Customer Medical Certification / and to FEMA Individual Assistance

RE: {{NAME:Felicie Pitre}}, DOB {{DATE:05/20/1952}}
Service address: {{ADDRESS:119 Bayou Blue Bypass Rd}}, {{LOCATION:Gray}}, LA {{ZIP:70359}}
Utility account: {{ACCOUNT:77201-44813}}    FEMA registration: {{ID:9193-88417}}

This is to certify that my patient, Mrs. {{NAME:Pitre}}, depends on electrically powered medical equipment: a home oxygen concentrator (24 h/day, 3 L/min) and a CPAP machine (ResMed AirSense 10, serial {{DEVICE:23161044719}}) for severe COPD and obstructive sleep apnea. Loss of power places her at risk of respiratory failure. Since Hurricane Ida her home has been without electricity and she has been staying at the {{FACILITY:Gray Community Center}} shelter.

Please prioritize restoration of service and consider her for a generator under the disaster assistance program.

{{NAME:Isabelle Naquin}}, MD
LA Lic. {{LICENSE:MD.031772}}   NPI {{LICENSE:1558204733}}`,

  // 57 — phone note, lab results
  `PHONE NOTE - RESULTS
{{DATE:Thurs 4/4/2024}} 3:12 PM      {{FACILITY:Ville Platte Rural Health Clinic}}

Called pt {{NAME:Oneal Fontenot}} (DOB {{DATE:8/8/1970}}) at home {{PHONE:337-555-0115}} - no answer, mailbox full. Called cell {{PHONE:337-555-0116}}, spoke w/ pt after verifying name + DOB.
Results from {{DATE:4/1}} draw (acc# {{ID:VP24-04011187}}):
  Hep C Ab REACTIVE, HCV RNA 1,840,000 IU/mL, genotype 1a
  ALT 88, AST 71, plt 162
  HIV neg, HBsAg neg, HBsAb pos (vaccinated)
  FIB-4 2.1
Pt says prob from a tattoo in {{LOCATION:Opelousas}} in the 90s or sharing needles "a long time ago." Drinks on weekends at the dance hall. Advised no ETOH.
Referred to Dr. {{NAME:Sabine Fruge}} hepatology telehealth at {{FACILITY:Evangeline Liver Clinic}}; pt prefers Tuesdays (works at {{FACILITY:Tate Cove Crawfish}} other days).
Medicaid #{{HEALTH_PLAN:3301447912}} - will need PA for sof/vel, started by {{NAME:Jody}} in office.
Pt verbalized understanding, wants wife {{NAME:Lisa}} told - pt gave verbal OK, recorded.
{{NAME:Amanda Reed}}, LPN / reviewed Dr. {{NAME:Guillory}}`,

  // 58 — pre-anesthesia eval, sickle cell
  `PRE-ANESTHESIA EVALUATION
{{FACILITY:OLPH}} Surgical Services     Surgery date: {{DATE:11/21/2024}}
Pt: {{NAME:Chantel Deshotel}}   26F   MRN {{MRN:OLPH-0147710}}   Ht 163 cm  Wt 58 kg
Procedure: R total hip arthroplasty for AVN (Dr. {{NAME:Kessler}})

PMH: HbSS; ACS x2 (last {{DATE:4/2021}}); 3-4 VOC/yr; chronic opioid (oxycodone 10 q6 prn); asthma; alloantibodies anti-E, anti-Fya (blood bank aware, units crossmatched at {{FACILITY:Gulf Coast Regional Blood Center}}).
Prior anesthesia: lap chole 2017 at {{FACILITY:Charity Hospital of Baton Rouge}} - post-op ACS.
Airway: Mallampati II, TMD >3 FB, full neck ROM. Teeth intact.
ASA 3.
Labs: Hgb 8.4, HbS 78%, retic 9%, Cr 0.5.
Plan: simple transfusion to Hgb 10 pre-op (heme Dr. {{NAME:Okafor}}), GA + spinal considered - plan spinal w/ sedation + adductor canal block; avoid hypothermia/hypoxia/dehydration, IVF overnight, IS, multimodal analgesia (APS consult), continue home oxycodone.
Discussed with pt and her partner {{NAME:Derrick}}.
{{NAME:Mei Lin Chow}}, MD, anesthesiology   pager {{PHONE:8812}}`,

  // 59 — postpartum nursing note, lower case
  `{{DATE:1/14/25}} 2300 mother-baby rn note  rm 318
{{NAME:latasha ambrose}} 22yo g1p1 pod#1 s/p svd {{DATE:1/13/25}} @ 1842, baby girl "{{NAME:nevaeh}}" 7lb2oz, rooming in.
fundus firm u-1, lochia rubra mod. ebl 300. perineum 1st deg repair, ice pack. voided x3.
bp 142/92 @ 2200 -> rechecked 138/90. no ha, no visual changes, no ruq pain. dr {{NAME:sonnier}} notified, orders: bp q4h, pih labs in am, call if >=160/110.
breastfeeding: latch good w/ assist, lc {{NAME:gina}} to see in am.
sickle trait pt, baby newborn screen pending.
support: fob {{NAME:jerome}} left at 2000, pt's mom {{NAME:carla ambrose}} staying overnight. pt lives w/ mom at {{ADDRESS:2207 st. joseph st}} {{LOCATION:lake charles}}. wic referral placed at {{FACILITY:calcasieu parish health unit}}.
pt asked abt birth control - wants nexplanon before d/c, dr aware.
- {{NAME:k. fruge}} rn`,

  // 60 — PEC, psychiatric emergency (Louisiana)
  `PHYSICIAN'S EMERGENCY CERTIFICATE (PEC) - SUPPORTING NOTE
{{FACILITY:Acadiana Sisters of Charity ED}}    {{DATE:02/25/2023 0115}}
Patient: {{NAME:Dylan Robichaux}}   DOB {{DATE:09/02/1996}}   MRN {{MRN:LGC-2230471}}

Brought by {{FACILITY:Lafayette PD}} (Ofc. {{NAME:Nguyen}}, unit 412) after calling his ex-girlfriend {{NAME:Kayla Fontenot}} saying he would "drive the truck into the {{LOCATION:Vermilion}}." Found parked on the {{ADDRESS:Pinhook Rd bridge}} at 2330. Drinking since noon, BAL 0.19.
Hx: MDD, one prior attempt (overdose 2021, per brother), works as a diesel mechanic at {{FACILITY:Acadiana Marine Diesel}}. Brother {{NAME:Cole Robichaux}} {{PHONE:337-555-0176}} has his guns.
MSE: disheveled, tearful, irritable, + SI with plan, refuses voluntary admission, poor insight.
Finding: dangerous to self. PEC executed 0105. Coroner's emergency certificate to follow within 72 h.
Plan: sitter 1:1, medical clearance, place at {{FACILITY:Bayou Behavioral Health Unit}} when bed available.
{{NAME:Rachel Dupuis}}, MD   LA Lic {{LICENSE:MD.040811}}`,

  // 61 — care conference, nursing home
  `CARE PLAN CONFERENCE NOTE
{{FACILITY:St. Joseph Manor of Houma}}       Date: {{DATE:07/09/2023}}
Resident: {{NAME:Clovis Naquin}}  DOB {{DATE:01/15/1938}}  Admit {{DATE:03/02/2023}}   Room 112-W
Payer: Medicare A day 90+ -> LTC Medicaid pending (application # {{ID:LTC-23-55170}})

Attendees: {{NAME:Andrea Bergeron}} (DON), {{NAME:Shelly Dupre}} (SW), {{NAME:Chad Lirette}} (therapy), {{NAME:Linh Bui}} (dietary), daughter {{NAME:Debra Naquin Picou}} (by phone {{PHONE:985-555-0138}}), grandson {{NAME:Hunter Picou}} in person.

Update: Resident is a Houma tribal elder (United Houma Nation member), former trapper/shrimper from {{LOCATION:Isle de Jean Charles}}; likes to speak French with aide Mr. {{NAME:Verdin}}. Wt stable 142 lb. Ambulates 50 ft w/ RW. One fall {{DATE:6/18}} no injury. Mood better since family brought photos of his boat {{VEHICLE:Petit Clovis}}.
Family concerns: missing hearing aid (L) - search done, not found, reorder via {{FACILITY:Houma Hearing Center}}. Wants him to attend Sunday Mass in chapel.
Goals: remain LTC, maintain ambulation, fall precautions, HOH communication board.
Next conference {{DATE:10/2023}}.
Signed {{NAME:S. Dupre}}, LMSW`,

  // 62 — cardiology consult, Vietnamese
  `CARDIOLOGY CONSULT
{{FACILITY:Mercy Heart Institute of the Gulf}} / inpatient at {{FACILITY:Our Lady of the Gulf Hospital}}
Date: {{DATE:2024-05-06}}    Consultant: {{NAME:Thomas Vuong}}, MD    Requested by: {{NAME:Bich Ngoc Le}}, DO

Pt: {{NAME:Dang Van Sau}} 72M   MRN {{MRN:0090118}}   (speaks Vietnamese; I discussed directly in Vietnamese)
Reason: new AF, troponin 0.09.
HPI: retired shrimper/net maker in {{LOCATION:Chalmette}}, 2 days palpitations after drinking a lot of coffee at a wedding in {{LOCATION:Houston}}. No CP. Hx HTN, DM, prior "heart attack" in {{LOCATION:Nha Trang}} 1998? (no records).
ECG: AF 128, LBBB (old per pt's PCP ECG {{DATE:1/2023}} from {{FACILITY:Little Saigon Medical}}).
Echo today: EF 40%, mild LVE, LA 4.6 cm.
Imp: AF w RVR, new; cardiomyopathy EF 40%, ? ischemic; mild trop from demand.
Rec: metoprolol tartrate 25 q6 -> succinate, apixaban 5 bid (CHA2DS2-VASc 4, HAS-BLED 1), TSH, ischemic eval - cath vs CTA after rate control. Son {{NAME:Dang Quoc Bao}} ({{EMAIL:baodang.nola@gmail.example}}, {{PHONE:504-555-0124}}) asks for records sent to Dr. {{NAME:Vuong}}'s office.
{{NAME:T. Vuong}}, MD`,

  // 63 — interfacility transfer call log
  `TRANSFER CENTER CALL LOG
{{FACILITY:Gulf South Catholic Health System}} Transfer Center   {{DATE:03/08/2022 03:17}}
Call ref # {{ID:TC-220308-0044}}
Referring facility: {{FACILITY:Lower Plaquemines Community Hospital}}, {{LOCATION:Port Sulphur}}  ph {{PHONE:504-555-0105}}
Referring MD: Dr. {{NAME:Akeem Babatunde}}
Accepting facility: {{FACILITY:OLPH}} - Neuro ICU   Accepting MD: Dr. {{NAME:Sara Weintraub}} (neurosurg)

Pt: {{NAME:Jolie Buras}}  F  DOB {{DATE:06/12/1958}}  wt 70 kg
Dx: SAH, Hunt-Hess 3, Fisher 3, on CT 0240. GCS 13. BP 188/100 on nicardipine. Not anticoagulated.
Level: emergent. Mode: rotor wing - {{FACILITY:Pelican AirMed}} base 6, ETA 0415, landing zone on {{FACILITY:Lower Plaquemines}} helipad.
Imaging pushed via PACS (source IP {{IP:10.44.171.22}}, study {{ID:LPC-CT-88310}}).
Family: husband {{NAME:Earl Buras}} will drive, {{PHONE:504-555-0106}}.
Bed assigned: NICU 6.
Call taken by {{NAME:Regina Flot}}, RN, transfer coordinator.`,

  // 64 — coroner / death worksheet
  `{{FACILITY:IBERIA PARISH CORONER'S OFFICE}}
INVESTIGATOR'S REPORT - CASE # {{ID:IPC-24-0177}}

Decedent: {{NAME:Hebert, Andrus Paul}}    DOB: {{DATE:04/27/1949}}    Age 75
SSN: {{SSN:438-55-0172}}
Residence: {{ADDRESS:1017 Jefferson Island Rd}}, {{LOCATION:New Iberia}}, LA {{ZIP:70560}}
Date/time of death: {{DATE:10/05/2024}}, approx 1500   Pronounced {{DATE:10/05/2024 1722}} by deputy coroner {{NAME:L. Romero}}
Place: in his bass boat ({{VEHICLE:LA 2210 CX}}) on {{LOCATION:Lake Fausse Pointe}}, found by fishing partner {{NAME:Gerard "Bud" Delcambre}} ({{PHONE:337-555-0143}}).

Hx per wife {{NAME:Ella Mae Hebert}}: CAD s/p CABG 2011, DM, on clopidogrel. Complained of "indigestion" that morning.
Scene: no trauma, life jacket on, cooler and rods in boat, no ETOH. Wildlife & Fisheries agent {{NAME:Broussard}} on scene.
PCP Dr. {{NAME:Domingue}} willing to sign certificate.
Cause: atherosclerotic cardiovascular disease (probable). Manner: natural. No autopsy.
Released to {{FACILITY:Teche Family Funeral Home}} 1950.
Investigator: {{NAME:Lance Romero}}`,

  // 65 — sports physical, school
  `PREPARTICIPATION PHYSICAL EVALUATION
{{FACILITY:Golden Triangle Sports Medicine}} @ {{FACILITY:Ellender-Bayouside High School}} athletic trainers' room
Date {{DATE:7/30/2024}}

Athlete: {{NAME:Jamarcus Celestine}}   DOB {{DATE:03/02/2008}}   Age 16   Grade 11
Sport(s): football (OL), track (shot put)
Parent/guardian: {{NAME:Sheryl Celestine}}   {{PHONE:985-555-0159}}   {{EMAIL:scelestine77@bayou.example.net}}

Hx: sickle cell TRAIT (confirmed newborn screen, {{FACILITY:Terrebonne Charity Nursery}}). No syncope, no chest pain w/ exertion, no FHx sudden death <50. Concussion 2023 - cleared after RTP protocol by Dr. {{NAME:Gaudet}}.
Exam: BP 126/78, HR 62, Ht 6'3", Wt 284 lb. Murmur - none standing/squat. MSK normal. Vision 20/20.
Sickle trait precautions reviewed w/ athlete, parent and ATC Coach {{NAME:Lirette}}: gradual conditioning, hydration, no timed mile/gassers in heat, stop at first sx (cramping, weakness, SOB), rest + O2 + call 911 if collapse.
Cleared: YES, with sickle trait precautions.
Form faxed to school {{FAX:985-555-0160}}.
{{NAME:Lauren Matherne}}, MD, CAQSM`,

  // 66 — travel clinic, rig worker going overseas
  `TRAVEL MEDICINE CONSULT
{{FACILITY:Gulf Coast Travel & Occupational Health}}, {{LOCATION:Lafayette}}   {{DATE:1/8/2024}}
Traveler: {{NAME:Brent Arceneaux}}  DOB {{DATE:06/21/1982}}  Passport # {{ID:A04471923}}
Employer: {{FACILITY:Atchafalaya Offshore Services}} - rotating 28/28 to a rig off {{LOCATION:Port Harcourt}}, Nigeria, with crew changes via {{LOCATION:Lagos}}, and a 2-wk hitch later in {{LOCATION:Luanda}}, Angola.
Depart {{DATE:01/22/2024}}.

Vaccines: yellow fever (YF-Vax lot UJ447A) given today, ICVP stamped; typhoid Vi; hep A #2; Tdap current; MenACWY; rabies pre-exposure declined (on-site medic {{NAME:Samuel Ekpo}} carries RIG per company).
Malaria: atovaquone-proguanil 250/100 daily, start 1-2 d before, 7 d after. Rx to {{FACILITY:Ambassador Caffery Pharmacy}}.
TD: azithro 1 g x1 standby.
Counseling: mosquito avoidance, permethrin coveralls, road safety, schisto (no freshwater swimming), kidnapping risk brief from company security.
Wife {{NAME:Nicole}} - pregnant; discussed Zika status of destinations.
Emergency contact on file {{PHONE:337-555-0170}}.
{{NAME:Farah Kassem}}, MD, CTropMed`,

  // 67 — transplant referral letter
  `{{DATE:August 19, 2023}}

{{FACILITY:Ozanam Transplant Ctr}}
Kidney Transplant Intake
{{ADDRESS:2700 Napoleon Ave, 4th Floor}}
{{LOCATION:New Orleans}}, LA {{ZIP:70115}}
Fax: {{FAX:504-555-0198}}

Re: {{NAME:Monique Gaspard-Tillis}}   DOB {{DATE:10/02/1980}}   SSN (last 4 for ID) xxx-xx-{{SSN:4471}}

Dear Intake Coordinator Ms. {{NAME:Arcement}},

I am referring Mrs. {{NAME:Gaspard-Tillis}}, a 42-year-old woman with ESRD from lupus nephritis (class IV, biopsy 2016), on in-center hemodialysis since {{DATE:02/2022}} at {{FACILITY:Houma Dialysis Center}}. Lupus quiescent for 2 years on hydroxychloroquine. Her husband {{NAME:Darnell Tillis}} and her sister {{NAME:Renee Gaspard}} both wish to be evaluated as living donors.
Blood type O+. cPRA unknown. Hep B immune, HIV/HCV neg. Two pregnancies, no transfusions.
Her Medicaid ({{HEALTH_PLAN:LA7704419}}) and Medicare ({{HEALTH_PLAN:1EG4-TE5-MK73}}) cards are enclosed.

Sincerely,
{{NAME:Paulette Simien}}, MD, Nephrology
{{FACILITY:Bayou Teche Dialysis}} / {{FACILITY:Teche Kidney Associates}}   {{PHONE:337-555-0165}}`,

  // 68 — cumulative lab report
  `{{FACILITY:BAYOU REFERENCE LAB}}  CUMULATIVE REPORT          Printed {{DATE:02/02/2024 06:55}}
Patient: {{NAME:PITRE, CLARISSE A}}       DOB: {{DATE:12/19/1945}}      Sex: F
MRN: {{MRN:BRL-7730221}}    Acct: {{ACCOUNT:A00447193}}
Ordering: {{NAME:MARCANTEL, HELENE}} MD      Location: {{FACILITY:ST RITA OF CASCIA}} 3 NORTH 307-2

                  {{DATE:01/29/24}}  {{DATE:01/31/24}}  {{DATE:02/02/24}}   Ref
WBC                 14.8 H    11.2 H     8.9      4.0-10.5
Hgb                  9.1 L     8.8 L     9.0 L    12.0-15.5
Plt                  412       388       350      150-400
Na                   131 L     134 L     137      135-145
K                    5.3 H     4.8       4.4      3.5-5.1
Creat                2.41 H    1.88 H    1.52 H   0.57-1.11
Procalcitonin        4.2 H     1.9 H     0.6 H    <0.5
Vanc trough          --        22.4 H    14.1     10-20
Blood cx ({{DATE:1/29}}): MRSA 2/2 bottles - reported to RN {{NAME:D. Trosclair}} {{DATE:1/30}} 0412 by {{NAME:JKT}}
Blood cx ({{DATE:1/31}}): no growth x 48h

Comments: specimen {{ID:BRL24-020244-3}} slightly hemolyzed.
Lab director: {{NAME:Ramon Esquivel}}, MD   CLIA 19D0000001`,

  // 69 — i2b2-style longitudinal, Vietnamese woman DM
  `Record date: {{DATE:2148-08-14}}

{{FACILITY:VERSAILLES COMMUNITY HEALTH CENTER}} ({{FACILITY:VCHC}})
Mrs. {{NAME:Ha Thi Nguyen}} (goes by "Cô {{NAME:Ha}}") 57 y/o, works at a seafood processor in {{LOCATION:Gretna}}, seen w/ interpreter {{NAME:Hoa}}. DM2 dx 2145, first A1c {{DATE:3/2145}} 8.6. Today 7.4 on metformin 1000 bid. Diet: white rice 3x/d, pho, coke. BP 138/84. Foot exam nml. Eye exam {{DATE:5/2148}} no DR (Dr. {{NAME:Lai}}).
Husband {{NAME:Nguyen Van Chien}} (boat captain, {{VEHICLE:Thanh Phong}}) has DM too.
Plan: add empagliflozin 10, UACR, diabetes class in Vietnamese at {{FACILITY:Our Lady of La Vang Parish}} hall Saturdays.
{{NAME:Kimberly Tran}}, NP

Record date: {{DATE:2148-11-20}}

F/u: A1c 6.9. Had yeast infxn on empa, tx'd w/ fluconazole. UACR 44 - on lisinopril 5. Flu shot. Going to {{LOCATION:Da Nang}} for Tet {{DATE:1/2149}} x 6 wk - 3 mo supply, travel letter for meds.
{{NAME:K. Tran}}, NP`,

  // 70 — hospice bereavement call
  `BEREAVEMENT CONTACT NOTE  (13-month program, call #3)
{{FACILITY:Peace of the Bayou Hospice}}      {{DATE:02/19/2025}}
Deceased: {{NAME:Evangeline Melancon}} (d. {{DATE:11/21/2024}})
Bereaved: {{NAME:Rose Melancon Toups}} (daughter)   {{PHONE:985-555-0110}}
Risk level: moderate (primary caregiver x 4 yr, lives in deceased's house)

Called Mrs. {{NAME:Toups}} at 10:15. She says first Carnival season without "Mama" was hard, didn't go to the parades in {{LOCATION:Chauvin}} this year. Sleeping 5-6 h. Eating ok. Went back to work at {{FACILITY:Terrebonne Parish School Board}} cafeteria {{DATE:Jan 6}}. Visits grave at {{FACILITY:St. Joseph Cemetery}} Sundays after Mass. Husband {{NAME:Gerald}} supportive; granddaughter {{NAME:Shelby}} "took it harder," offered teen grief group at {{FACILITY:Bayou Kids Grief Camp}}.
No SI. Some guilt re: "should've called hospice sooner."
Plan: mail grief booklet #4, invite to memorial service {{DATE:March 15}} at {{FACILITY:St. Bridget Chapel}}; next call in 4 wks.
{{NAME:Paulette Naquin}}, MSW, bereavement coordinator`,

  // 71 — ED note, CO poisoning after storm
  `EMERGENCY DEPARTMENT NOTE
{{FACILITY:St. Tammany Mercy Hospital}} ({{FACILITY:STMH}})     {{DATE:Monday 8/30/21}} 0605
Patients (family of 4), this note for: {{NAME:Ashley Kinchen}} 34F  MRN {{MRN:STM-6610294}}
Others: husband {{NAME:Brandon Kinchen}} (MRN {{MRN:STM-6610295}}), kids {{NAME:Mason}} 8 and {{NAME:Lily}} 5 - see separate charts.

HPI: Power out since Ida landfall. Ran a portable generator in the attached garage at {{ADDRESS:58 Magnolia Ridge Ct}}, {{LOCATION:Slidell}} overnight. Woke w/ HA, nausea; daughter vomiting and "sleepy." Neighbor Mr. {{NAME:Tommy Lanier}} drove them in. No CO detector.
Exam: A&O x3, GCS 15. HR 108. No focal deficits. No cherry-red skin.
COHb 24% (venous). Troponin <0.01. ECG sinus tach. Lactate 2.4. hCG neg.
Tx: 100% O2 NRB. Discussed HBO - pt has HA + COHb >20; closest chamber {{FACILITY:Northshore Hyperbaric Center}} accepting, Dr. {{NAME:Pierce}}.
Dispo: transfer for HBO, husband also; kids per peds.
Fire dept notified, will check home; parish generator safety hotline number given.
{{NAME:Chloe Bertucci}}, DO   {{DATE:08/30/2021 0710}}`,

  // 72 — home health aide care plan
  `HOME HEALTH AIDE CARE PLAN / ASSIGNMENT
{{FACILITY:Gulf Pines Home Health}}  - branch {{LOCATION:Ocean Springs}}   Ph {{PHONE:228-555-0130}}
Client: {{NAME:Ruby Lee Dedeaux}}   DOB {{DATE:10/10/1934}}   Age {{AGE:90}}
Address: {{ADDRESS:707 Porter Ave}}, {{LOCATION:Ocean Springs}}, MS {{ZIP:39564}}
Gate code / key: key in lockbox, code on file (not on this sheet)
RN supervisor: {{NAME:Tonya Ladner}}, RN   Aide: {{NAME:Precious Moore}}, CNA
Start of care {{DATE:12/02/2024}}   Frequency: 3x/wk (M/W/F) x 9 wks

Tasks:
[x] tub bath w/ shower chair - client prefers morning, listens to gospel radio
[x] hair care - wash Fri, daughter {{NAME:Gloria}} does press
[x] skin check - report any redness heels/coccyx
[x] assist to walk w/ quad cane - NO going down back steps alone
[ ] meal prep - family provides
[x] light housekeeping bedroom/bath only
Precautions: falls, diabetic (no cutting nails), hearing - speak into L ear, O2 2L at night.
Emergency: daughter {{NAME:Gloria Dedeaux Harris}} {{PHONE:228-555-0131}}; pastor Rev. {{NAME:Amos Whitlock}} at {{FACILITY:St. Paul AME of Ocean Springs}}.
Reviewed w/ aide {{DATE:12/02/2024}} - {{NAME:T. Ladner}}`,

  // 73 — ALL CAPS discharge summary, acute chest syndrome
  `DISCHARGE SUMMARY - {{FACILITY:CHARITY HOSPITAL OF BATON ROUGE}} MEDICINE
NAME {{NAME:HOLLOWAY, JERMAINE}}    MR# {{MRN:CB-0044819}}    ADM {{DATE:11/03/2113}}  DC {{DATE:11/10/2113}}
ATTENDING {{NAME:A FONTENOT-WRAY}}

DX: 1. ACUTE CHEST SYNDROME 2. HBSC WITH CRISIS 3. INFLUENZA A
HPI: 32 YO M HBSC PRESENTED W/ BILAT RIB/BACK PAIN + FEVER 102.6 AFTER GIRLFRIEND'S NEWBORN (DAUGHTER {{NAME:AMIRAH}}, BORN {{DATE:10/28}}) HAD A COLD. CXR NEW RLL INFILTRATE. SPO2 89% RA.
COURSE: O2 TO 4L, CEFTRIAXONE + AZITHRO + OSELTAMIVIR. HGB FELL 9.6 -> 7.2 ON {{DATE:11/05}}; EXCHANGE TRANSFUSION IN MICU WEST BY APHERESIS (DR. {{NAME:NWOSU}}), HBS 31% POST. IS Q1H. WEANED TO RA {{DATE:11/08}}. PAIN: PCA -> PO.
DC MEDS: HYDROXYUREA 1000 (RESUME), OXYCODONE 5 Q6H PRN #20, OSELTAMIVIR X 2 MORE DAYS, FOLIC ACID, IS.
FU: HEME CLINIC {{DATE:11/17/2113}}; PCP DR {{NAME:BRAXTON}} AT {{FACILITY:NORTH BR HEALTH CENTER}}.
WORK: OUT UNTIL {{DATE:11/24}}, NOTE GIVEN FOR {{FACILITY:PORT ALLEN GRAIN}}.
D: {{NAME:A FONTENOT-WRAY}} MD  T: {{NAME:SJW}}  {{DATE:11/10/2113 1415}}`,

  // 74 — social work, homeless dialysis patient
  `SW PROGRESS NOTE - {{FACILITY:Crescent Kidney Center - Gentilly}}
{{DATE:6/26/2024}}
Pt {{NAME:Reginald "Reggie" Toussaint}}, 49M, HD MWF 3rd shift.

Pt reports he lost his room at {{ADDRESS:2419 N Galvez St, Rm 3}} last week (landlord sold the house). Slept 2 nights at the bus station, then got a bed at {{FACILITY:St. Vincent Harbor Men's Shelter}} - must leave by 7am, back by 5pm, which conflicts w/ 3rd shift (ends 7:45pm). Shelter case mgr Brother {{NAME:Raphael}} agreed to hold his bed on HD days - letter faxed to {{FAX:504-555-0157}}.
Phone: pt's phone was stolen; new prepaid # {{PHONE:504-555-0156}}.
Applied for permanent supportive housing via coordinated entry, HMIS # {{ID:HMIS-118447}}. SSI application pending (SSA claim # {{ACCOUNT:SSA-4417709}}).
Food: renal-friendly box from {{FACILITY:Gentilly Community Pantry}}. Lunch at {{FACILITY:St. Anthony Gentilly Center}}.
Sister {{NAME:Claudette Toussaint Ross}} in {{LOCATION:Baton Rouge}} can't take him, but is emergency contact {{PHONE:225-555-0113}}.
Plan: f/u housing status {{DATE:7/1}}; bus passes x 20 given (RTA).
{{NAME:Tonya Batiste}}, LCSW`,

  // 75 — pharmacy callback phone note
  `PHONE CALL - FROM PHARMACY
{{DATE:10/02/2023}}  4:47p     taken by {{NAME:Misty}} (front desk) -> routed to RN
Caller: {{NAME:Jeff Hoang}}, RPh @ {{FACILITY:Larose Family Pharmacy}}  {{PHONE:985-555-0123}}  fax {{FAX:985-555-0124}}
Pt: {{NAME:Rodrigue, Lionel}}  DOB {{DATE:5-9-1957}}

Rx from Dr. {{NAME:Anh Tran}} for clarithromycin 500 bid x 14d (H. pylori, w/ amox + omeprazole) - pharmacist flags interaction w/ pt's simvastatin 40 and amlodipine; also pt on colchicine for gout (refill from urgent care).
RN {{NAME:Darla Callais}} reviewed w/ Dr. {{NAME:Tran}} 5:05p: change to bismuth quad therapy (PPI bid + bismuth subsalicylate + tetracycline + metronidazole x 14 d). Hold simvastatin x 2 wk anyway. New Rx e-sent 5:12p, Rx # {{ID:0447213}} canceled.
Pharmacist notified 5:15p. Pt called at {{PHONE:985-555-0127}} - left VM to pick up tomorrow; told no alcohol w/ metronidazole (he's a boat captain, said "not on the water anyhow").
-{{NAME:DC}} RN`,

  // 76 — clinic note, Poarch Creek, Atmore
  `{{FACILITY:Creek Indian Health Clinic}} - {{LOCATION:Atmore}}, AL
Visit {{DATE:April 3, 2024}}     Provider: {{NAME:Jenna McGhee}}, PA-C
Patient: {{NAME:Rollins, Dale W.}}   DOB {{DATE:08/18/1963}}   Chart {{MRN:PCI-2044719}}
Tribal enrollment # {{ID:PBCI-04471}}   BCBS AL {{HEALTH_PLAN:ZGP884471903}}

CC: L foot ulcer, DM f/u.
Works security at {{FACILITY:Perdido Creek Casino}} - on feet 12h. Lives {{ADDRESS:5811 Jack Springs Rd}}, {{LOCATION:Atmore}} {{ZIP:36502}}.
DM2 x 20 yr, A1c 9.8 (was 8.9). On metformin, glargine 40 u. Smokes 1/2 ppd.
Exam: L plantar 5th met head ulcer 1 x 1 cm, shallow, callused rim, no probe to bone, pedal pulses diminished. Monofilament absent bilat.
XR L foot: no osteo changes.
Plan: debrided callus, offload w/ post-op shoe, wound care teaching, ABI/TBI at {{FACILITY:Escambia County Vascular Lab}} in {{LOCATION:Brewton}}, incr glargine to 46 u, refer podiatry Dr. {{NAME:Weatherford}}. Diabetes prevention program w/ tribal health educator {{NAME:Melissa Sells}}.
Work note: seated post x 2 wk.
RTC 1 wk wound check.`,

  // 77 — nephrology consult, exertional rhabdo
  `NEPHROLOGY CONSULT NOTE
{{FACILITY:Providence Sisters Medical Center}}    {{DATE:7/29/2023 1630}}
Pt: {{NAME:Javier Montoya-Reyes}} 29M   MRN {{MRN:PSM-3402217}}   Room 4-West 421
Referring: hospitalist Dr. {{NAME:Kendra Beasley}}

Reason: AKI, CK 148,000.
HPI: Scaffold builder at the new LNG terminal for {{FACILITY:Mon Louis Industrial Contractors}}; first week on the job, collapsed on {{DATE:7/27}} after 11 h in heat index 115. Cola-colored urine. No NSAIDs. No supplements. Sickle trait status unknown - ordered Hb electrophoresis.
Labs: Cr 3.9 (baseline unk), K 5.9, Phos 7.1, Ca 7.4, uric acid 11, UA 3+ blood, 0-2 RBC.
UOP 25 mL/h on LR 250/h.
Imp: exertional heat stroke with rhabdomyolysis and oliguric AKI; hyperK.
Rec: Insert HD cath, CRRT tonight if UOP <0.5 mL/kg/h by 2200; stop LR boluses when overloaded; lokelma; avoid Ca unless symptomatic; trend CK q12h.
Family: cousin {{NAME:Ernesto Reyes}} {{PHONE:251-555-0187}} - translation Spanish by {{NAME:Lucia}} (staff interpreter).
Employer/OSHA: heat illness reportable - case manager notified, incident # {{ID:MLIC-23-0771}}.
{{NAME:Kwame Asante}}, MD, Nephrology`,

  // 78 — newborn discharge summary
  `NEWBORN DISCHARGE SUMMARY
{{FACILITY:St. Landry Mercy Regional}} ({{FACILITY:SLMR}}) Well Baby Nursery
Infant: Baby Girl {{NAME:Senegal}} ("{{NAME:Amara}}")   MRN {{MRN:SLMR-N-24-0911}}
DOB: {{DATE:09/11/2024 0317}}   D/C: {{DATE:09/13/2024}}
Mother: {{NAME:Jasmine Senegal}}, 20 yo G1P1, MRN {{MRN:SLMR-447120}}; blood type O+, GBS neg, HIV/RPR/HBsAg neg
Father: {{NAME:Andre Chenier}}

Delivery: NSVD at 39+2, Apgars 8/9, BW 3,120 g. No resuscitation.
Course: breastfeeding + supplementing; wt 2,940 g at d/c (-5.8%). TcB 10.1 at 48 h - low-intermediate risk zone, no phototherapy. Hep B #1 {{DATE:9/11}} (lot HB4417). Vitamin K, erythromycin given. Hearing passed both ears. CCHD pass (99/98).
Newborn screen drawn {{DATE:9/12/24}} 0400; mother and father both sickle trait (AS) - hemoglobinopathy result pending, follow-up flagged to pediatrician.
Peds f/u: Dr. {{NAME:Arceneaux}}, {{FACILITY:Bayou Pediatrics}}, {{DATE:9/16}} at 9:00 - {{PHONE:337-555-0152}}.
Home: with mother + MGM {{NAME:Claudia Senegal}} at {{ADDRESS:310 Rue Jacqueline}}, {{LOCATION:Port Barre}}. Car seat checked.
{{NAME:Dominique Fontenot}}, MD`,

  // 79 — SBAR shift handoff
  `SBAR HANDOFF  7N tele  bed 22   {{DATE:3/3/24}} 1900
S: {{NAME:Boudreaux, Wilson}} 68M adm {{DATE:3/1}} for COPD exac + AF RVR. Pt is a retired tugboat capt from {{LOCATION:Lockport}}. Full code.
B: COPD on 2L home O2 (supplier {{FACILITY:Bayou Breathe DME}}), AF on diltiazem/apixaban, CHF EF 45%, DM2. Allergy ASA (hives).
   Hospitalist Dr. {{NAME:Ngo}}, pulm Dr. {{NAME:Landreneau}}.
A: VS 1800: T 98.2, HR 96 AF, BP 132/70, RR 20, SpO2 92% 3L. Wheezes less. Solumedrol 40 IV q8 -> changing to pred 40 po in AM. FSBS 244 (steroids), SSI. I/O +400. K 3.6 - 20 meq po given 1700.
   Confused at times "where's my boat" - CAM neg at 1600. Bed alarm on. Fall risk high (Morse 65).
R: watch sats/WOB, recheck FSBS 2100, wife {{NAME:Gail}} calling at 2000 ({{PHONE:985-555-0120}}) - she is his HCPOA; son {{NAME:Trey}} ({{PHONE:713-555-0121}}, {{LOCATION:Houston}}) wants call if transferred. PT/OT eval tomorrow. Possible d/c {{DATE:3/5}} w/ {{FACILITY:Bayou Home Care}}.
off: {{NAME:Kayla Rome}} RN -> on: {{NAME:Quentin Bourg}} RN`,

  // 80 — telehealth visit, Apalachicola oysterman
  `TELEHEALTH VISIT (video)   {{FACILITY:Forgotten Coast Rural Health}}
Date {{DATE:11/14/2023}}   Start 10:02  End 10:26
Pt: {{NAME:Dewey Ray Varnes}}  DOB {{DATE:02/25/1954}}  MRN {{MRN:FCRH-10377}}
Pt location: home, {{ADDRESS:88 Bluff Rd}}, {{LOCATION:Apalachicola}}, FL {{ZIP:32320}}. Provider location: clinic, {{LOCATION:Port St. Joe}}.
Connection: Doxy.me room {{URL:https://doxy.me/fcrh-drbarfield}}, pt device IP {{IP:172.58.44.109}} (logged for audit), audio dropped x1.
Consent: verbal, pt + daughter {{NAME:Tammy Varnes Creamer}}.

S: 69M, oysterman until the bay closed, now works at {{FACILITY:Two Mile Seafood}}. Hx hep C (treated 2019), cirrhosis Child A. Reports more belly swelling x 2 wk, ankles swollen. No confusion, no black stool.
O (video): visible abdominal distension, scleral icterus? lighting poor. Wt on home scale 198 (was 187).
A: cirrhosis with new/worsening ascites.
P: spironolactone 100 + furosemide 40, 2 g Na diet, labs + US w/ possible tap at {{FACILITY:Franklin Bayside Hospital}} tomorrow, HCC screen due. Return precautions.
Daughter's cell {{PHONE:850-555-0149}}.
{{NAME:Leon Barfield}}, MD`,
];

export const HELDOUT_REALISTIC_29_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout29-${i + 1}`, n));
