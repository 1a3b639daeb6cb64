// An eighth held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or organisation; phone and fax numbers are 555-01xx numbers; towns and cities are
// real places used only as LOCATION). It leans towards outpatient and community care across the US
// and its territories (New England towns, Appalachia, the Gulf coast, the Southwest border, Hawaii,
// Puerto Rico, Alaska, the Upper Midwest, big-city immigrant neighbourhoods): primary care,
// specialty clinics (cardiology, oncology, rheumatology, ENT, derm, ortho, OB/GYN, peds, geriatrics,
// psychiatry, addiction medicine), urgent care, occupational health, school nurse notes, workers'
// comp and insurance letters, home health and hospice, pharmacy, dental, optometry, physical
// therapy, lab requisitions, fax covers, portal messages and case management. Names come from
// everywhere (Puerto Rican and Mexican names with two surnames, Hawaiian, Samoan, Hmong, Haitian,
// Polish, Greek, Portuguese, Vietnamese, Somali, Ukrainian, Amish, Cherokee), in "LAST, FIRST M"
// and "First M. Last" forms, as initials, nicknames and lower-case names; organisations of every
// kind (mills, farms, canneries, casinos, trucking firms, schools, churches, shelters, clubs,
// pharmacies, labs, nursing homes, home-care agencies, group homes, tribal and county offices) in
// Title case, ALL CAPS and lower case, often without a "hospital/clinic/center" word; dates in many
// formats; many numbers of every kind; and many look-alike non-PHI (eponyms, drugs, doses, scores,
// ratios, lab values, device models, rooms, tooth numbers, CPT/ICD codes, years and weekdays
// alone, clock times, ages of 89 and under, states, territories and countries).
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the conventions of the set-6 header: titles and
// honorifics (Dr., Mr., Ms., Fr., Bro., Padre, Lcda., Bishop, Coach, mamaw) stay outside NAME spans; a
// time attached to a full date is part of it; a weekday written with a date is part of it; a month
// with its year (June 2024) is a DATE, a year alone or a season with a year is not; payers, their
// departments and fax lines, and state or federal agencies are not PHI; schools, employers,
// churches, shelters, clubs, labs, transport and home-care agencies, nursing and group homes,
// county and tribal offices and a patient's pharmacy or DME supplier are FACILITY; insurer,
// Medicaid and Medicare member numbers are HEALTH_PLAN; billing, claim (including workers' comp
// claim) and utility numbers are ACCOUNT; NPI, DEA, state licences, driver's and commercial
// driver's licences are LICENSE; plates and VINs are VEHICLE; pump, sensor, pacemaker, hearing
// aid, CPAP and implant serials are DEVICE (model names are not); accession, order, authorization,
// requisition, case, incident, badge, student and employee numbers are ID; short in-house
// extensions and pagers are PHONE; lot, CLIA, NDC and trial numbers are not PHI; every URL, e-mail
// address and IP address is marked; ages are marked only when 90 or over (the number alone);
// states and territories (Puerto Rico, Guam, American Samoa) and countries are not PHI, while
// cities, towns, villages, barrios, islands and neighbourhoods are LOCATION; typist
// initials and lower-case or nickname forms of a name are NAME; a street named without a number
// (where an employer or pharmacy is) is ADDRESS; a state prefix written before a licence, plate or
// Medicaid number stays outside the span unless it is part of the number's own format (AK 4471 AB);
// holidays and weekdays without a date, visit counts (7/12), years and device models are not PHI.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `PRIMARY CARE FOLLOW-UP
Pt: {{NAME:MEDEIROS, JOAO P}}   DOB {{DATE:02/14/1957}}   MRN {{MRN:NB-0047719}}
Seen {{DATE:10/03/2024}} at {{FACILITY:Acushnet Avenue Family Health}}, {{LOCATION:New Bedford}}, MA.
67 yo Portuguese-speaking man (interpreter {{NAME:Fatima Rego}}, badge {{ID:INT-3381}}) here for HTN and DM2. Works nights filleting at {{FACILITY:Seaport Fish Processing}}; wife {{NAME:Maria do Ceu}} came with him. A1c 8.2 (was 8.9 in {{DATE:June 2024}}). BP 148/92, HR 78, BMI 31.4. On metformin 1000 mg BID, lisinopril 20 mg daily. Phalen and Tinel positive R wrist, likely carpal tunnel from work (G56.01).
Plan: add amlodipine 5 mg daily. EMG referral to Dr. {{NAME:Kostas Demetriou}}, fax {{FAX:508-555-0163}}. Pharmacy {{FACILITY:Farmacia Acoriana}}, {{ADDRESS:1420 Acushnet Ave}}, {{ZIP:02746}}, ph {{PHONE:508-555-0121}}. MassHealth ID {{HEALTH_PLAN:100482937115}}. Return in 3 months, a Tuesday morning if possible.
Electronically signed {{NAME:R. Almeida}}, MD {{DATE:10/03/2024 16:42}}`,
  `school nurse log - {{FACILITY:Whitesburg Middle}} - {{DATE:wed 1/15}}
{{NAME:kaylee bentley}} gr 7, homeroom 114, c/o HA and nausea since lunch. T 99.1, no vomiting. says dad {{NAME:Travis}} working a double at the {{FACILITY:Black Gold Mine No. 4}} and mamaw {{NAME:Opal Caudill}} is picking her up. called mamaw at {{PHONE:606-555-0148}} @ 1:20pm, no answer, lvm. tried dad cell {{PHONE:(606) 555-0177}} - answered, ok to give tylenol 325 mg x1 per standing order.
{{NAME:kaylee}} has asthma, albuterol inhaler in office (exp 03/2026). peak flow 310. rested in health room 45 min.
mamaw arrived 2:05, signed out. also sent home form for {{FACILITY:Letcher County Health Dept}} WIC appt for baby brother.
student ID {{ID:2231847}}. KY medicaid {{HEALTH_PLAN:6619-03-4471}}
-- {{NAME:D. Sexton}} RN  ({{NAME:ds}})`,
  `PATIENT PORTAL MESSAGE (patient -> clinic)
From: {{NAME:Leilani Kahananui}} <{{EMAIL:leilani.k.808@ohanamail.net}}>
Sent: {{DATE:Mon, Aug 19, 2024 9:14 PM}}
To: Dr. {{NAME:Nakamura}} / {{FACILITY:Waianae Coast Ohana Clinic}}
Subject: my tutu's meds
Aloha Dr. {{NAME:Nakamura}}, my grandmother {{NAME:Kealoha Kahananui}} (she is {{AGE:94}}, DOB {{DATE:3/2/1930}}) ran out of her Eliquis 2.5 and the {{FACILITY:Makaha Family Drug}} said they need a new script. She lives with us at {{ADDRESS:87-1120 Farrington Hwy}}, {{LOCATION:Waianae}} {{ZIP:96792}}. Her QUEST member # is {{HEALTH_PLAN:QH00739215}}. Can you send it today? You can call me at {{PHONE:808-555-0139}}. Also she fell on Sunday but no bruise.
Mahalo, {{NAME:Leilani}}
[portal log: login from {{IP:172.58.113.40}}, session {{ID:PS-88410273}}]`,
  `OCCUPATIONAL HEALTH - DOT PHYSICAL
Examinee: {{NAME:Ruiz Villalobos, Hector}}  DOB {{DATE:11-Sep-1978}}
Employer: {{FACILITY:Rio Grande Freightways}}, {{LOCATION:Laredo}}, TX   Employee # {{ID:RGF-20931}}
CDL: TX {{LICENSE:40927163}}   Truck tractor plate {{VEHICLE:R47-2KX}}
Exam date {{DATE:2024-05-22}}. 45 yo long-haul driver. Vision 20/25 OU uncorrected, Ishihara 14/14. Whisper test passed bilaterally. BP 152/94 on recheck, so 1-year card only. UA: protein neg, glucose neg, SG 1.020. Neck circumference 18 in, Epworth 11 - sent for sleep study at {{FACILITY:Sueno Sano Diagnostics}} before next cert.
Certified 1 year; expires {{DATE:05/22/2025}}. Medical examiner {{NAME:Patricia Garza-Leal}}, DO, National Registry # {{LICENSE:8841902311}}, NPI {{LICENSE:1730298847}}.
Clinic: {{FACILITY:Frontera Occupational Medicine}}, {{ADDRESS:2210 Zaragoza St, Ste 4}}, {{ZIP:78040}}. Fax {{FAX:956-555-0186}}.`,
  `HOME HEALTH SKILLED NURSING VISIT
Agency: {{FACILITY:North Shore Visiting Nurses}}     Visit {{DATE:12/02/24}} 10:10-11:05
Patient {{NAME:Wojcik, Stanislawa}}, 88 yo, {{ADDRESS:33 Pulaski St, 2nd fl}}, {{LOCATION:Salem}}, MA {{ZIP:01970}}. Medicare {{HEALTH_PLAN:5RT4-KX2-MN73}}.
CHF, EF 30%. Weight 142.6 lb (141.0 on {{DATE:11/29}}). 1+ pitting edema bilat ankles, lungs crackles bases. Took furosemide 40 mg at 8am. Pulse ox 94% RA.
Daughter {{NAME:Halina}} ({{PHONE:978-555-0114}}) fills pill box Sundays. Called Dr. {{NAME:Obuya}}'s office at {{FACILITY:Derby Street Internal Medicine}}, spoke to {{NAME:Jen}} - extra 20 mg furosemide x 3 days ordered, order # {{ID:ORD-5571093}}.
Next visit {{DATE:Thursday 12/5}}. Lifeline button unit serial {{DEVICE:LL-7730-19422}} checked, working.
{{NAME:M. Fitzgerald}}, RN`,
  `CARDIOLOGY CLINIC NOTE - {{FACILITY:Bayou Heart Associates}}, {{LOCATION:Houma}}, LA
Patient: {{NAME:Thibodeaux, Claude Joseph}}     MRN {{MRN:0093381}}     DOS {{DATE:07/08/2024}}
Referred by Dr. {{NAME:Nguyen Van Thanh}} for palpitations. 62 yo shrimper, smokes 1 ppd. Holter {{DATE:6/24-6/26/24}}: PAF burden 8%, longest run 3 h 12 min. CHA2DS2-VASc 2. Echo: EF 55%, LA 4.3 cm, mild MR.
Meds: metoprolol succ 50 mg, ASA 81 mg. Start apixaban 5 mg BID; stop ASA.
Lives at {{ADDRESS:4418 Grand Caillou Rd}}, {{LOCATION:Dulac}}, {{ZIP:70353}} with wife {{NAME:Yvette}}. Boat is docked at {{FACILITY:Boudreaux Seafood Dock}}; hard to make Monday appts during season. Loop recorder not needed now.
F/u 6 weeks with repeat ECG. Copy to PCP fax {{FAX:985-555-0170}}.
Dictated {{NAME:A. Landry}}, MD / transcribed {{NAME:kt}} {{DATE:07/09/2024}}`,
  `CENTRO DE SALUD FAMILIAR - NOTA DE EVOLUCION
Paciente: {{NAME:Maria de los Angeles Rivera Santiago}}   Exp. {{MRN:CSF-118204}}
Fecha: {{DATE:14 de marzo de 2024}}      Clinica: {{FACILITY:Centro de Salud Las Marias}}, {{LOCATION:Mayaguez}}
F 51 a. con lupus (LES) dx 2016. Trae labs de {{FACILITY:Laboratorio Clinico Borinquen}}: C3 72, C4 9, anti-dsDNA 1:320, Cr 0.9. Malar rash leve. Hidroxicloroquina 200 mg BID; prednisona 5 mg.
Referida a reumatologia Dr. {{NAME:Edgardo Colon Matos}} en {{LOCATION:Ponce}}. Tel. {{PHONE:787-555-0132}}.
Vive en {{ADDRESS:Carr. 105 Km 12.4, Bo. Maricao Afuera}}, {{ZIP:00606}}. Esposo {{NAME:Wilfredo}} la acompana. Plan Vital (Medicaid) # {{HEALTH_PLAN:PV-0082391175}}.
Proxima cita: {{DATE:lunes 15 de abril}}.
Firma: Lcda. {{NAME:Noemi Torres}}`,
  `OUTPATIENT PHARMACY NOTE - {{FACILITY:Kuskokwim Community Pharmacy}}
Date {{DATE:1/9/2025}}   Pt: {{NAME:Nick Andrew Jr.}}   DOB {{DATE:4/30/1966}}   Rx # {{ID:RX7724019}}
Pt called from {{LOCATION:Napakiak}}; mail plane weather-delayed, out of insulin glargine since Saturday. Verified with prescriber {{NAME:Sarah Oyoumick}}, PA-C (DEA {{LICENSE:MO4417726}}) at {{FACILITY:Yukon-Kuskokwim village clinic}}. Dispensed 3 pens, Lot 4PK22X, NDC 0088-5021-05. Sent on {{FACILITY:Arctic Bush Air}} flight, tracking {{ID:ABA-339021}}.
CGM: Libre 3 sensor serial {{DEVICE:3MH00K1L7A}} - pt reports readings 240s-310s. Counseled to check ketones if >300 and call village health aide {{NAME:Evon Chase}}.
Callback # {{PHONE:907-555-0129}}. Denali KidCare/Medicaid # {{HEALTH_PLAN:AK00291477}}.
R.Ph. {{NAME:T. Kowalczyk}}`,
  `ADDICTION MEDICINE - BUPRENORPHINE INDUCTION FOLLOW-UP
{{FACILITY:Clearwater Recovery Collaborative}}, {{LOCATION:Huntington}}, WV
Pt: {{NAME:Bryson L. Adkins}} ("{{NAME:Bry}}")   DOB {{DATE:08/02/1991}}   Acct {{ACCOUNT:CRC-440917}}
Visit {{DATE:Friday, Feb 7, 2025}}. Day 6 of induction, now Suboxone 8/2 mg BID. COWS today 3. UDS: bup +, fentanyl neg, meth neg. PDMP checked - one Rx from Dr. {{NAME:Mullins}} in {{DATE:Nov 2024}} (tramadol).
Lives at {{FACILITY:Hope House Men's Shelter}}, {{ADDRESS:816 3rd Ave}}, {{ZIP:25701}}. Peer coach {{NAME:Darnell Whitt}} (cell {{PHONE:304-555-0166}}). Working part-time at {{FACILITY:Tri-State Pallet}}. Court case # {{ID:24-F-0391}}; PO {{NAME:Angela Ferrell}} wants monthly letters.
Naloxone kit given. Next visit {{DATE:2/14/25}}.
Signed {{NAME:Q. Jarrell}}, MD, WV lic {{LICENSE:MD 27731}}`,
  `RHEUMATOLOGY NEW PATIENT
{{FACILITY:Lake Superior Arthritis Clinic}} | {{LOCATION:Duluth}}, MN | Fax {{FAX:218-555-0109}}
Name: {{NAME:Vang, Pa Houa}} (Hmong)   MRN {{MRN:LSA00731}}   Seen {{DATE:09.16.2024}}
42 yo F, 3 mo symmetric hand pain, AM stiffness 2 h. From Laos via Thailand camp, moved from {{LOCATION:St. Paul}} in {{DATE:March 2023}}. Husband {{NAME:Tou Yang}} interprets; also used line interpreter {{NAME:Mai}} #{{ID:40772}}.
Exam: 10 tender/8 swollen joints, MCPs 2-3 bilat. RF 88, anti-CCP >250, ESR 44, CRP 2.1. DAS28-CRP 5.3. Hep B sAg neg, QuantiFERON neg. X-rays: no erosions.
Plan: MTX 15 mg weekly + folic acid 1 mg; prednisone 10 mg taper. Recheck CBC/LFT at {{FACILITY:Arrowhead Labs}} in 4 weeks, requisition {{ID:AL-2209184}}.
Pt works at {{FACILITY:Northland Poultry}} deboning line; work note given.
{{NAME:E. Lindqvist}}, MD`,
  `FAX COVER SHEET
TO: {{FACILITY:Gulf Breeze Orthopaedic Group}}   ATTN: Referrals   FAX: {{FAX:(850) 555-0153}}
FROM: {{FACILITY:Pensacola Bay Urgent Care}}, {{ADDRESS:5201 N Davis Hwy}}, {{LOCATION:Pensacola}}, FL {{ZIP:32503}}
PHONE: {{PHONE:(850) 555-0125}}   DATE: {{DATE:04/17/2025}}   PAGES: 4 (incl. cover)
RE: {{NAME:Tuan Q. Pham}}, DOB {{DATE:12/01/1983}}
Pt seen today for R ankle inversion injury on a deck at {{FACILITY:Gulf Coast Marine Supply}} (his employer). Ottawa ankle rules positive; XR shows nondisplaced distal fibula fx, Weber A. Placed in CAM boot, NWB x1 wk. Workers comp carrier notified; claim # {{ACCOUNT:WC-2025-0418837}}, adjuster {{NAME:Sheila Boutwell}} ({{PHONE:850-555-0192}}).
Please schedule within 5-7 days. Pt prefers Vietnamese; wife {{NAME:Hanh}} speaks English, cell {{PHONE:850-555-0147}}.
CONFIDENTIALITY NOTICE: this fax contains protected health information. If received in error call the sender and destroy.
Sent by {{NAME:Brittany C.}}, front desk`,
  `OB/GYN PRENATAL VISIT - {{FACILITY:Mujer Sana Women's Clinic}}, {{LOCATION:Nogales}}, AZ
{{NAME:Guadalupe Ochoa Bermudez}}  G3P2002  EDD {{DATE:09/28/2025}}  Chart {{MRN:MS-26114}}
Visit {{DATE:5/12/25}} at 22w1d. FH 22 cm, FHT 148 via doppler. BP 110/68, wt gain 9 lb. Anatomy scan {{DATE:5/2}} normal, placenta posterior. 1-hr GTT scheduled 24-28 wk.
Lives in {{LOCATION:Rio Rico}}; crosses often to family in {{LOCATION:Nogales}}, Sonora. Husband {{NAME:Rogelio Bermudez}} works at {{FACILITY:Santa Cruz Produce Packers}}. AHCCCS ID {{HEALTH_PLAN:A71094483}}.
Tdap at 27-36 wk. Rh+. Hgb 11.2 - cont PNV + ferrous sulfate 325 mg.
Doula {{NAME:Xochitl Amado}} from {{FACILITY:Madres Unidas}}, {{PHONE:520-555-0118}}, ext for clinic doula line {{PHONE:x214}}.
RTC 4 wks. {{NAME:C. Yazzie}}, CNM`,
  `PEDIATRICS WELL CHILD 4 YR
Patient: {{NAME:Abdirahman Warsame}} ("{{NAME:Abdi}}")   DOB {{DATE:2021-02-03}}   MRN {{MRN:00-771-530}}
Date: {{DATE:2025-02-10}}   {{FACILITY:Cedar-Riverside Children's Health}}, {{LOCATION:Minneapolis}}
Mother {{NAME:Hodan Ali}} with Somali interpreter (vendor ID {{ID:SI-99210}}). Growth 50th %ile ht, 35th wt. Vision: Allen picture chart 20/40 both eyes - refer. Hearing OAE pass. Speech: 3-word sentences in Somali and English.
Attends {{FACILITY:Riverside Plaza Head Start}}, teacher Ms. {{NAME:Ostrowski}} noted squinting.
Vaccines today: DTaP-IPV, MMRV. VIS given. Lead level {{DATE:1/2024}} was 3.
Optometry referral to {{FACILITY:Franklin Ave Vision}}, {{PHONE:612-555-0108}}.
Sibling {{NAME:Ayaan}} also due for 12-mo visit.
{{NAME:L. Haugen}}, MD`,
  `WORKERS' COMPENSATION STATUS LETTER
{{DATE:November 4, 2024}}
Keystone Mutual Casualty - Claims Unit
Re: Claimant {{NAME:Jaroslaw "Jerry" Nowicki}}  Claim {{ACCOUNT:KMC-87-330921}}  DOI {{DATE:08/19/2024}}
Employer: {{FACILITY:Lackawanna Valley Steel Fabricators}}, {{LOCATION:Scranton}}, PA
Dear Adjuster {{NAME:Kovach}}:
Mr. {{NAME:Nowicki}} (57) was seen in my office on {{DATE:10/30/24}} for L shoulder full-thickness supraspinatus tear (MRI {{DATE:9/12/24}}, accession {{ID:MR24-118032}}). He is post-op week 6 after arthroscopic repair, CPT 29827. Neer and Hawkins still positive. He remains off work; expect light duty (no lifting >10 lb, no overhead) around {{DATE:01/06/2025}}. MMI not reached.
Please authorize PT 2x/wk x 8 wks at {{FACILITY:Electric City Physical Therapy}}; auth request {{ID:PA-55091}}.
Sincerely, {{NAME:Marek Dabrowski}}, MD, PA lic {{LICENSE:MD442190}}
{{FACILITY:Anthracite Orthopedics}}  ph {{PHONE:570-555-0133}}  fax {{FAX:570-555-0134}}`,
  `HOSPICE IDG NOTE - {{FACILITY:Piney Woods Hospice}}
Pt {{NAME:Ernestine Boudreaux-Fontenot}}, {{AGE:91}} y/o, dx end-stage dementia (FAST 7c), PPS 30%. Admit {{DATE:3/3/2025}}. Resides at {{FACILITY:Magnolia Gardens Nursing & Rehab}}, room 12B, {{LOCATION:Opelousas}}, LA.
Review {{DATE:3/31/25}}: wt down 4 lb, eating 25% of meals, no stage 2+ wounds. Morphine 5 mg/0.25 ml SL q4h prn - used 2x this wk. Chaplain Bro. {{NAME:Emile Guidry}} visits weekly; Catholic, wants last rites by Fr. {{NAME:Okonkwo}} of {{FACILITY:Our Lady of the Bayou Church}}.
Son {{NAME:Raymond Fontenot}} (POA) {{PHONE:337-555-0151}} requests call if changes; granddaughter {{NAME:Shay}} lives in {{LOCATION:Lafayette}}.
Medicare hospice benefit period 1; MBI {{HEALTH_PLAN:7XK2-QF8-UD41}}. Recert due {{DATE:6/1/2025}}.
Attendees: {{NAME:K. Broussard}} RN CM, {{NAME:T. Ardoin}} MSW, {{NAME:J. Prejean}} MD.`,
  `DENTAL PROGRESS NOTE
{{FACILITY:Smoky Mountain Community Dental}}, {{LOCATION:Cherokee}}, NC    Pt: {{NAME:Walkingstick, Della R}}   Chart {{MRN:D-30418}}
DOS {{DATE:06/03/2024}}. 38 y/o F, c/o throbbing pain #19 x 4 days, worse with cold. Perio: 4-5 mm pockets UL; BOP 30%. PA film #19: deep distal caries, periapical radiolucency.
Dx: symptomatic irreversible pulpitis #19 (D3310 planned). Today: pulpectomy, Ca(OH)2, IRM. 2 carpules lido 2% 1:100k (lot 22018B). Amoxicillin 500 mg TID x 7d.
Pt works at {{FACILITY:Oconaluftee River Casino}} floor - asked for 3pm slot. Tribal enrollment/IHS chart {{MRN:EBCI-0070152}}.
Next appt {{DATE:Mon 6/10}} for RCT completion, then crown #19 (predeterm {{ID:8841-2}}).
Hygienist {{NAME:Rhonda Toineeta}} / DDS {{NAME:A. Crowe}}`,
  `PSYCHIATRY MED MANAGEMENT (telehealth)
Pt: {{NAME:Oksana Hrytsenko}}   DOB {{DATE:1/22/1986}}   MRN {{MRN:4408162}}   Visit {{DATE:01/08/2025}}
Connected via video from home in {{LOCATION:Ukrainian Village}}, {{LOCATION:Chicago}}; link {{URL:https://telehealth.lakeviewmind.org/room/hrytsenko-0108}}. Pt IP {{IP:73.44.209.18}} (logged).
PTSD and MDD after leaving {{LOCATION:Kharkiv}} in 2022. PHQ-9 14 (was 19), GAD-7 12. Sleep 5 h, nightmares 3x/wk. Prazosin 2 mg qhs helping. Sertraline 150 mg.
Works as CNA at {{FACILITY:St. Volodymyr Senior Residence}}. Attends {{FACILITY:Pokrova Mission Chapel}} services Sundays. Husband {{NAME:Andriy}} still in Ukraine.
Safety: denies SI. Crisis line 988 reviewed.
Plan: prazosin 3 mg; refer CPT therapy with {{NAME:Yuliya Marchenko}}, LCSW. RTC 6 wks.
{{NAME:P. Sandoval}}, MD | {{FACILITY:Lakeview Mind Health}}`,
  `URGENT CARE NOTE
{{FACILITY:Alamo Heights Quick Care}}   Arrived {{DATE:07/04/2024 19:52}}
Pt {{NAME:Jose Luis Castaneda Ybarra}}, 29M. Burn to L hand from fireworks at a party on {{ADDRESS:Rigsby Ave near S WW White Rd}}. 2nd deg partial thickness palm + thenar, ~1.5% TBSA. Tetanus status unknown, Tdap given.
Silver dressing applied. Ibuprofen 600. Refer {{FACILITY:South Texas Burn Clinic}}.
Friend {{NAME:Beto}} drove him, vehicle TX plate {{VEHICLE:NKW 4219}} parked in fire lane - security notified.
Contact: {{PHONE:210-555-0196}}. Lives {{LOCATION:San Antonio}} {{ZIP:78220}}. Self-pay, account {{ACCOUNT:AHQ-0098213}}. TX DL {{LICENSE:31188207}} scanned.
Provider {{NAME:M. Okafor}}, PA-C
Addendum {{DATE:7/5/24 09:10}}: called pt at {{PHONE:210-555-0196}}, pain 4/10, dressing intact; burn clinic appt confirmed with {{NAME:Lupita}} at front desk.`,
  `OPTOMETRY EXAM
{{FACILITY:Kenduskeag Vision Center}}  {{ADDRESS:88 Hammond St}}, {{LOCATION:Bangor}}, ME {{ZIP:04401}}
Patient: {{NAME:Theriault, Armand}}  DOB {{DATE:10/10/1945}}  Exam {{DATE:Sept 9 2024}}
79 y/o potato farmer from {{LOCATION:Fort Kent}}, drove 3 hrs with son {{NAME:Luc}}. c/o glare driving at night. VA cc 20/50 OD, 20/30 OS. IOP 17/16 (Goldmann). 2+ NS cataract OD. Dilated: C/D 0.4/0.4, no DR. Amsler normal.
Refer to Dr. {{NAME:Sapienza}} at {{FACILITY:Penobscot Eye Surgeons}} for cataract eval. BMV vision form completed for license renewal, ME DL {{LICENSE:8810472}}.
MaineCare + Medicare; Medicare MBI {{HEALTH_PLAN:2GH5-TN0-XP19}}. Secondary member ID {{HEALTH_PLAN:MC40018834}}.
Glasses Rx given. {{NAME:Lise Ouellette}}, OD
cc: Dr. {{NAME:Sapienza}}; {{FACILITY:Aroostook Valley Family Practice}}, {{LOCATION:Fort Kent}}. Pt prefers French; next exam {{DATE:9/2025}}.`,
  `LAB REQUISITION
{{FACILITY:Tri-County Reference Laboratory}}   Req # {{ID:TCR-7719302}}   Collected {{DATE:02/27/2025 08:15}}
Patient: {{NAME:YODER, ELI J}}   DOB {{DATE:05/05/1962}}   Sex M   Phone {{PHONE:330-555-0115}} (neighbor's, Amish household - no phone)
Address: {{ADDRESS:4411 County Rd 70}}, {{LOCATION:Mount Hope}}, OH {{ZIP:44660}}
Ordering: {{NAME:Sarah Troyer}}, CNP   NPI {{LICENSE:1982047730}}   {{FACILITY:Holmes County Plain Community Clinic}}
Bill to: self-pay (church alms fund, {{FACILITY:Doughty Valley Church District}}) acct {{ACCOUNT:HC-22190}}
Tests: CMP (80053), lipid panel (80061), HbA1c (83036), TSH (84443), PSA (G0103).
Dx: E11.9, E78.5, Z12.5.  Fasting: Y 12 h.  Specimen: 2 SST, 1 lav.
Drawn in clinic. Driver {{NAME:Amos}} brought by buggy.
Phlebotomist {{NAME:jm}}`,
  `GERIATRICS CLINIC - ANNUAL WELLNESS VISIT
Pt: {{NAME:Papadakis, Eleni}}   DOB {{DATE:07/21/1933}}   Age {{AGE:91}}   MRN {{MRN:TS-551902}}
DOS {{DATE:8/6/2024}}   {{FACILITY:Anclote Senior Health}}, {{LOCATION:Tarpon Springs}}, FL
Accompanied by daughter {{NAME:Despina Kouvaris}} (HCP), {{PHONE:727-555-0183}}. Pt speaks Greek; granddaughter {{NAME:Eleni "Lena" Kouvaris}} interprets.
MoCA 19/30 (Greek version). TUG 16 sec, uses rollator. Falls x1 since {{DATE:Easter Sunday 2024}}. Beers list: stopped diphenhydramine. BP 132/70. Vit D 22.
Goes to {{FACILITY:Agia Marina Chapel of Tarpon}} luncheon Thursdays, rides {{FACILITY:Pinellas Senior Van Service}}.
Advance directive on file {{DATE:2/2/2022}}; POLST: DNR/limited.
Hearing aids: Phonak Audeo P90, serials {{DEVICE:2219X4471}} (L) and {{DEVICE:2219X4480}} (R). Refer audiology at {{FACILITY:Gulf Hearing Associates}}.
{{NAME:N. Stavropoulos}}, MD`,
  `ENT CONSULT
{{FACILITY:Mauna Kea ENT & Allergy}}, {{LOCATION:Hilo}}, HI   Date: {{DATE:2024/10/02}}
Patient: {{NAME:Tuilagi, Faleolo S}}   MRN {{MRN:MKE-008817}}   Ref: Dr. {{NAME:Kaleikini}}
48M Samoan, church deacon at {{FACILITY:Ekalesia Samoa Kerisiano o Keaukaha}}, c/o hoarseness x 10 wks, 40 pk-yr smoker, kava drinker. Flex laryngoscopy: exophytic lesion L true vocal fold, anterior commissure spared. Neck: 1.5 cm L level III node.
Plan: DL with biopsy {{DATE:10/9/24}} at {{FACILITY:Hilo Surgery Pavilion}}; CT neck w/ contrast, order {{ID:CT-2410-5519}}. Smoking cessation - quitline.
Wife {{NAME:Salote}} ({{PHONE:808-555-0140}}); son lives in {{LOCATION:Pago Pago}}, wants updates by email {{EMAIL:tuilagi.fam@samoanet.as}}.
QUEST ID {{HEALTH_PLAN:HMSA-QI-2204713}}.
{{NAME:R. Akana}}, MD`,
  `DERMATOLOGY - MOHS SURGERY NOTE
{{FACILITY:Sonoran Skin & Mohs}}   {{ADDRESS:3625 E Speedway Blvd}}, {{LOCATION:Tucson}} {{ZIP:85716}}
Pt {{NAME:Harold "Hal" McAllister}}  DOB {{DATE:Jan 4, 1941}}  Acct {{ACCOUNT:SSM-4471920}}
DOS {{DATE:03/11/2025}}. 84 yo retired copper miner ({{FACILITY:Ajo Copper Works}}, 1962-1990). BCC L nasal ala, path {{ID:SP25-01188}}. Mohs 2 stages, final defect 1.1 x 0.9 cm, bilobed flap repair. CPT 17311, 17312, 14060. EBL minimal. Lido 1% w/ epi 8 ml.
Hx: AK x many, SCC R ear 2019.
Wife {{NAME:June}} driving. Post-op call {{PHONE:520-555-0117}}. Suture removal {{DATE:3/18}}.
Surgeon {{NAME:Aditi Raghavan}}, MD
Path accession for the 2019 SCC: {{ID:SP19-20417}}. Pt belongs to {{FACILITY:Rillito Desert Golf Club}} - advised wide-brim hat and SPF 50. Next skin check {{DATE:9/11/2025}} with {{NAME:D. Brannigan}}, PA-C.`,
  `ONCOLOGY INFUSION NOTE
{{FACILITY:Lowell Community Cancer Center}}     {{DATE:Thursday, 12 December 2024}}
Patient: {{NAME:Sok, Chanthou}}   MRN {{MRN:0448201}}   DOB {{DATE:3/15/1970}}
Breast ca, ER+/PR+/HER2-, stage IIB; AC-T, today C3D1 of paclitaxel weekly. ANC 1.9, Plt 212, Hgb 10.4. Neuropathy grade 1 toes. Port: PowerPort serial {{DEVICE:PP88214K}}, good blood return.
Pt is Khmer-speaking; interpreter {{NAME:Sophal Chea}} on iPad, call ID {{ID:VRI-774021}}. Works at {{FACILITY:Merrimack Valley Textiles}} but on FMLA.
Lives {{ADDRESS:22 Branch St, Apt 3}}, {{LOCATION:Lowell}}, MA {{ZIP:01851}}. Ride via {{FACILITY:Greater Lowell Medical Rides}}, trip # {{ID:GLMR-33017}}.
Next: {{DATE:12/19/24}}. Clinical trial NCT04432121 - not enrolled.
RN {{NAME:Abby Pelletier}} / MD {{NAME:Vo Thi Mai}}`,
  `PHYSICAL THERAPY DAILY NOTE
{{FACILITY:Iron Range Rehab}}, {{LOCATION:Virginia}}, MN   Visit 7/12   {{DATE:10-21-2024}}
Pt: {{NAME:Maki, Toivo A.}}   DOB {{DATE:09-03-1959}}   Referral Dr. {{NAME:Pietila}}
Dx: s/p R TKA {{DATE:8/26/24}} (M17.11). Knee ROM 3-108 deg (was 5-95). Quad lag resolved. TUG 9.8 s. 6MWT 1,240 ft. Lachman N/A. Pain 3/10.
Ther-ex 97110 x 3 units, gait 97116, manual 97140. HEP updated.
Pt wants to return to work at {{FACILITY:Mesabi Taconite Mine}} shop; employer RTW form faxed to {{FAX:218-555-0102}}. Also asks about snowmobile club ({{FACILITY:Laurentian Trail Riders}}) rides - discussed.
Next visit Wed. Medica member {{HEALTH_PLAN:MED-00918372-01}}.
{{NAME:K. Heikkinen}}, PT, DPT   MN PT lic {{LICENSE:PT7720}}
Addendum: RTW form acknowledged by {{NAME:Jim Lahti}}, safety coordinator, {{PHONE:218-555-0175}}; claim {{ACCOUNT:MTM-WC-0921-118}}.`,
  `CASE MANAGEMENT NOTE - Community Health Worker
Client: {{NAME:Marie-Ange Joseph}}   DOB {{DATE:06/30/1977}}   Program ID {{ID:CHW-12290}}
Date {{DATE:04/02/2025}}. Met client at {{FACILITY:Sen Jozef Haitian Mission}} hall, {{LOCATION:Little Haiti}}, {{LOCATION:Miami}}. Kreyol spoken. Diabetic, A1c 10.1 on last draw at {{FACILITY:Biscayne Family Health}}.
Lost Medicaid after redetermination; helped file appeal, reference # {{ID:APL-2025-118840}}. Old Medicaid ID {{HEALTH_PLAN:1902274491}}.
Housing: behind on rent at {{ADDRESS:6020 NE 2nd Ave, Unit 14}}, {{ZIP:33137}}; FPL electric account {{ACCOUNT:44019-22871}} shutoff notice.
Works at {{FACILITY:Kreyol Kitchen}} 30 h/wk. Son {{NAME:Wesley}} (16) helps with meds.
Next home visit {{DATE:4/9}}. Contact {{PHONE:305-555-0172}}; text ok.
CHW {{NAME:Fabienne Pierre-Louis}}`,
  `PATIENT PORTAL - Secure Message
Thread {{ID:MSG-20250115-8841}}
{{DATE:01/15/2025 07:48}} from {{NAME:Zainab Hassan Abdi}}:
"hi this is {{NAME:zainab}}, my husband {{NAME:mohamed}} got the flu shot tuesday at the {{FACILITY:Lisbon St pharmacy}} and now his arm is swollen red and hot, size of hand. he works at the {{FACILITY:Pineland Poultry}} 2nd shift. can he see dr {{NAME:bouchard}} today? our phone {{PHONE:207-555-0158}}. his date of birth {{DATE:3-3-1980}}"
{{DATE:01/15/2025 08:20}} reply from {{NAME:Carly R}}, RN, {{FACILITY:Lewiston Family Medicine}}:
"Hi {{NAME:Zainab}}, Dr. {{NAME:Bouchard}} can see {{NAME:Mohamed}} at 11:40 today at {{ADDRESS:65 Lisbon St}}, {{LOCATION:Lewiston}}. If fever over 101 or red streaks, go to urgent care. Bring his MaineCare card."
Portal audit: patient login {{IP:24.198.73.115}}; account {{ACCOUNT:PT-0071182}}.`,
  `PRIOR AUTHORIZATION APPEAL LETTER
{{DATE:May 30, 2025}}
Medical Director, Appeals Dept., BlueSun Health Plan, PO Box 4410
RE: {{NAME:Nguyen, Bao Tran}}  Member ID {{HEALTH_PLAN:BSH8840217739}}  Ref # {{ID:UM-25-330918}}
I am appealing the denial of adalimumab for my patient, a 34-year-old woman with moderate-severe plaque psoriasis (BSA 18%, PASI 16, DLQI 21) who has failed methotrexate 20 mg/wk x 16 wks ({{DATE:Sep 2024}} - {{DATE:Jan 2025}}) and NB-UVB x 30 sessions. She works as a nail technician at {{FACILITY:Bellaire Nails & Spa}} in {{LOCATION:Houston}}; hand plaques prevent work.
TB QFT neg {{DATE:4/28/2025}}. Hep B neg.
Please reverse; peer-to-peer at {{PHONE:713-555-0110}}.
{{NAME:Daniel Okeke}}, MD, FAAD   NPI {{LICENSE:1467720983}}
{{FACILITY:Bayou City Dermatology}}   fax {{FAX:713-555-0111}}`,
  `CARDIOLOGY DEVICE CLINIC
Pt: {{NAME:Lightfoot, Wanda J}}   MRN {{MRN:TAH-220917}}   DOB {{DATE:11/11/1948}}
Date {{DATE:02/04/2025}}   {{FACILITY:Tahlequah Heart Station}}, {{LOCATION:Tahlequah}}, OK
Pacemaker: Medtronic Azure XT DR MRI (model W1DR01), serial {{DEVICE:RNB400112H}}, implanted {{DATE:6/2019}} by Dr. {{NAME:Sixkiller}}. Battery 6.5 yr. AP 42%, VP 3%. AT/AF burden <1%. Leads stable: RA 0.7 V @ 0.4 ms, RV 0.9 V.
Remote monitoring via CareLink; home monitor serial {{DEVICE:MYC-3307718}}. Pt's granddaughter {{NAME:Kenzie}} set up app with email {{EMAIL:kenzie.lightfoot@cnmail.org}}.
Cherokee Nation citizen; CN health chart {{MRN:CN-99017254}}. Medicare + CN contract health.
Next in-clinic {{DATE:Feb 2026}}.
{{NAME:W. Hummingbird}}, RN / {{NAME:S. Patel}}, MD`,
  `OB/GYN PROBLEM VISIT - {{FACILITY:Clinica Familiar del Valle}}, {{LOCATION:Brownsville}}, TX
Pt: {{NAME:Yesenia Garza Trevino}}   DOB {{DATE:02/09/1999}}   Acct {{ACCOUNT:CFV-008823}}
Date {{DATE:1 Jul 2024}}. 25 yo G1P1 6 wks postpartum. EPDS 15 - positive screen. Breastfeeding. Denies SI. Lochia resolved. Nexplanon placed L arm, lot RN08.
Baby {{NAME:Mateo}} born {{DATE:5/20/24}} at {{FACILITY:Casa de Partos Esperanza}}.
Referred to therapist {{NAME:Ramona Salinas}}, LPC, {{PHONE:956-555-0127}}.
Lives with mother in {{LOCATION:Los Fresnos}} {{ZIP:78566}}; partner works at {{FACILITY:Port Isabel Shrimp Co-op}}.
Medicaid (STAR) {{HEALTH_PLAN:522109834}}. {{NAME:A. Cavazos}}, MD
Postpartum visit 2 scheduled {{DATE:7/29/2024}}. Breast pump (Spectra S1) serial {{DEVICE:S1B2204471903}} issued by {{FACILITY:Rio Grande Valley WIC office}}. Typed {{NAME:yg}}/{{NAME:ac}}.`,
  `BLACK LUNG / PULMONARY CLINIC
{{FACILITY:Cumberland Gap Breathing Center}}, {{LOCATION:Harlan}}, KY     {{DATE:June 17, 2024}}
Patient {{NAME:Dewey Ray Skidmore}}   DOB {{DATE:4-2-1952}}   Chart {{MRN:CGB-70218}}
Underground miner 31 yrs ({{FACILITY:Big Laurel Coal}}, {{FACILITY:Clover Fork Mining}}). Dyspnea mMRC 3. FEV1 1.42 L (48% pred), FVC 2.61 L, ratio 0.54, DLCO 51%. CXR ILO 2/2 q/r, large opacity cat A. 6MWT 260 m, nadir SpO2 86%.
Dx: CWP with PMF + COPD. O2 2 L with exertion; concentrator from {{FACILITY:Mountain Home Medical Supply}}, unit serial {{DEVICE:IC5-22K09174}}.
Federal black lung claim (DOL) pending; claim # {{ACCOUNT:BL-31-440912}}. Attorney {{NAME:Tamsin Hensley}}, {{PHONE:606-555-0123}}.
Wife {{NAME:Loretta}} asks about pulm rehab at {{FACILITY:Poor Fork Wellness Gym}}.
{{NAME:J. Blevins}}, MD`,
  `DAIRY FARM INJURY - URGENT CARE
{{FACILITY:Driftless Walk-In Clinic}}   {{LOCATION:Viroqua}}, WI   {{DATE:10/28/2024 06:35}}
{{NAME:Stoltzfus, Menno}}, no phone, DOB {{DATE:1/16/2001}}. 23 yo Amish farmhand kicked by cow in L thigh during 4am milking at {{FACILITY:Hilltop Holstein Farm}} ({{ADDRESS:S3120 County Hwy P}}). Brought by employer {{NAME:Gary Nelson}} in farm truck, WI plate {{VEHICLE:FM 22418}}.
Large hematoma lat thigh, compartments soft, DP/PT 2+. XR femur neg. Ice, compression, crutches. Tylenol 1 g q6h.
Pays cash; acct {{ACCOUNT:DWC-118842}}. Address {{ADDRESS:E7821 Tower Rd}}, {{LOCATION:Cashton}} {{ZIP:54619}}. Bishop {{NAME:Levi Hershberger}} will relay messages.
{{NAME:T. Olson}}, NP
Addendum {{DATE:10/29/2024}}: Bishop {{NAME:Hershberger}} reports pt walking with one crutch; will return {{DATE:11/4}} for recheck. Mail: {{ADDRESS:PO Box 118}}, {{LOCATION:Cashton}}.`,
  `VERMONT HOME HEALTH OT EVALUATION
Agency: {{FACILITY:Sterling Range Home Care}}   Eval {{DATE:3.4.25}}
Client: {{NAME:Beaudoin, Rita M.}}  {{ADDRESS:1190 Route 100}}, {{LOCATION:Stowe}}, VT {{ZIP:05672}}
86 y/o s/p L hip hemiarthroplasty at {{FACILITY:Lamoille Valley Medical}}, {{DATE:2/19/25}}. Posterior hip precautions. Barthel 55/100. Needs min A tub transfer; recommend tub bench + grab bars. Lives alone in farmhouse; woodstove only heat.
Son {{NAME:Gilles}} ({{PHONE:802-555-0188}}) in {{LOCATION:Morrisville}} checks daily. Neighbor {{NAME:Peg}} brings meals from {{FACILITY:Stowe Hollow Grange}}.
Medicare {{HEALTH_PLAN:3KQ8-VA2-TT55}}. PERS pendant ordered, serial TBD.
{{NAME:H. Sorensen}}, OTR/L
Equipment vendor {{FACILITY:Vermont Medical Equipment Co-op}}, order {{ID:VMEC-44120}}, delivery {{DATE:Friday 3/7}}. PCP Dr. {{NAME:Allard}} notified by fax {{FAX:802-555-0119}}.`,
  `PHARMACY MEDICATION THERAPY REVIEW
{{FACILITY:Le's Family Pharmacy}}, {{ADDRESS:2601 Pass Rd}}, {{LOCATION:Biloxi}}, MS {{ZIP:39531}}
Patient: {{NAME:Le Van Hung}}   DOB {{DATE:08/08/1949}}   Rx profile {{ID:RXP-009133}}
Review date: {{DATE:Jan 22 2025}} (in Vietnamese, with daughter {{NAME:Le Thi Thu}}).
75 yo retired shrimp boat captain. 12 active meds. Issues: (1) glipizide 10 mg BID + recent lows 60s - suggest reduce to 5 mg; (2) omeprazole >8 yrs; (3) two NSAIDs (meloxicam and OTC naproxen). eGFR 48.
Faxed recommendations to Dr. {{NAME:Tran Minh}} at {{FACILITY:Back Bay Family Clinic}}, fax {{FAX:228-555-0106}}.
Medicare Part D member {{HEALTH_PLAN:H5521-80017723}}.
Pharmacist {{NAME:Thuy Dang}}, PharmD   MS pharmacist lic {{LICENSE:E-10442}}
Pt's son-in-law {{NAME:Michael Ngo}} ({{PHONE:228-555-0152}}) picks up meds; blister packs started {{DATE:1/24/25}}. Technician {{NAME:kd}}.`,
  `PEDS - SICK VISIT
{{FACILITY:El Paso del Norte Pediatrics}}   {{DATE:11/02/2024}}
Pt {{NAME:Sofia Valentina Marquez Holguin}}  DOB {{DATE:06/14/2019}}  MRN {{MRN:EPN-441027}}
5 yo w/ fever 3 d, T max 103.4, sore throat, no cough. Centor 4. Rapid strep +. Amoxicillin 50 mg/kg/day x 10d. Attends kinder at {{FACILITY:Zaragosa Road Elementary}} - school note given, return {{DATE:Mon 11/4}} if afebrile 24h.
Mother {{NAME:Karla Holguin}} ({{PHONE:915-555-0169}}) lives in {{LOCATION:El Paso}}; father in {{LOCATION:Ciudad Juarez}}. CHIP # {{HEALTH_PLAN:CHP-7720193814}}.
Sib {{NAME:Diego}} 8 yo also with sore throat - mother to schedule.
{{NAME:R. Bustamante}}, MD
Note faxed to school nurse {{NAME:Irma Acosta}}, fax {{FAX:915-555-0104}}. Billing account {{ACCOUNT:EPN-B-772019}}.`,
  `PRIMARY CARE - NEW PATIENT
{{FACILITY:Centro Medico San Jose}}, {{ADDRESS:Calle Betances 41}}, {{LOCATION:Caguas}}, PR {{ZIP:00725}}
Paciente {{NAME:Luis Alberto Figueroa Ortiz}}   Exp {{MRN:CMSJ-30917}}   Fecha {{DATE:02/10/2025}}
58 yo M, returned from {{LOCATION:Orlando}} after Hurricane Maria recovery work; establishing care. HTN, gout, OSA on CPAP (ResMed AirSense 11, serial {{DEVICE:23171044921}}). Uric acid 8.9. BP 144/88. Allopurinol 100 mg -> 200 mg. Colchicine 0.6 prn.
Works at {{FACILITY:Destileria Hacienda Real}} bottling line. Wife {{NAME:Carmen Iris}} ({{PHONE:787-555-0144}}). Lives in {{LOCATION:Barrio Turabo}}.
Plan Vital/Medicaid {{HEALTH_PLAN:PR-8842201937}}; SSN on intake {{SSN:581-44-0193}} (copied for MA plan).
Labs at {{FACILITY:Laboratorio Clinico Turabo}}, orden {{ID:LCT-559021}}. Cita {{DATE:10 de marzo}}.
Dr. {{NAME:Iris Nieves}}`,
  `SCHOOL-BASED HEALTH CENTER NOTE
{{FACILITY:Ipnatchiaq Middle High School}} SBHC    {{DATE:Oct 8, 2024}}
Student: {{NAME:Aaluk Sheldon}}   DOB {{DATE:12/29/2008}}   Grade 10   Student # {{ID:NW-20881}}
15 yo seen for sports physical (basketball, travel to {{LOCATION:Noorvik}} and {{LOCATION:Selawik}} games). Snellen 20/20 OU. BP 118/72. No cardiac sx. Murmur none. Tanner 4. HEADSS: lives with grandma {{NAME:Ruth Sheldon}} and uncle, subsistence hunting, denies vaping.
Cleared. TB skin test due - placed, read {{DATE:10/10}}. Grandma phone {{PHONE:907-555-0160}}.
Native corp shareholder; tribal health ID {{MRN:MNC-0040917}}.
{{NAME:Cora Ballot}}, CHA/P; supervising PA {{NAME:D. Ferguson}}
Transferred to {{FACILITY:Kotzebue Family Clinic}} for records; records clerk {{NAME:Jolene Wells}}, ext {{PHONE:4412}}. Parent consent signed {{DATE:9/30/2024}}.`,
  `DENTAL - EMERGENCY VISIT
{{FACILITY:Greenpoint Smiles Dental}}  {{ADDRESS:741 Manhattan Ave}}, {{LOCATION:Brooklyn}}, NY {{ZIP:11222}}
{{DATE:Sat 3/22/25}}   Pt: {{NAME:Zofia Krawczyk}}  DOB {{DATE:9/9/1990}}  Chart {{MRN:GS-8830}}
c/o swelling L mandible x 2 d. #18 fractured MOD amalgam, vestibular abscess, afebrile. PA: periapical RL #18. I&D, penicillin VK 500 QID, ibuprofen 600/APAP 500 alternating. RCT vs ext next wk.
Works at {{FACILITY:Krakus Bakery}} on {{ADDRESS:Nassau Ave}}, early shift. Insurance: dental PPO via employer, member {{HEALTH_PLAN:DDP-55730217}}.
Emergency contact: mother {{NAME:Jadwiga}}, {{PHONE:718-555-0191}}. Email for forms {{EMAIL:zosia.krawczyk90@poczta-mail.com}}.
{{NAME:A. Nowak}}, DDS
Rx sent to {{FACILITY:Nassau Ave Pharmacy}}, {{PHONE:718-555-0103}}. Follow-up {{DATE:Thursday 3/27}} 8:30 with Dr. {{NAME:Nowak}}.`,
  `PSYCHIATRY INTAKE - {{FACILITY:Red Cedar Behavioral Health}}, {{LOCATION:Bemidji}}, MN
Client {{NAME:Jourdain, Tyler W}}  DOB {{DATE:07/07/1997}}  Case {{ID:RCBH-24-0882}}  Intake {{DATE:09/05/2024}}
27 yo Ojibwe man referred by {{FACILITY:Red Lake Tribal Court}} wellness program after DWI ({{DATE:7/19/24}}). AUDIT 26. Daily drinking 12+ beers. Last drink {{DATE:9/3}}. CIWA 6. History of withdrawal seizure 2021.
Lives in {{LOCATION:Redby}} with partner {{NAME:Shania}} and 2 kids. Works seasonal at {{FACILITY:Northwoods Star Casino}}.
Plan: naltrexone 50 mg daily after LFTs; outpatient group Tues/Thurs; sweat lodge with elder {{NAME:Gordon Kingbird}} encouraged.
Ignition interlock device serial {{DEVICE:IID-70041983}} installed on 2014 Silverado, MN plate {{VEHICLE:HKT 447}}.
{{NAME:M. Desjarlait}}, LADC / {{NAME:P. Kinn}}, MD`,
  `INSURANCE LETTER - RETURN TO WORK / FMLA
To Whom It May Concern at {{FACILITY:Sunrise Cannery}} HR, {{LOCATION:Kodiak}}, AK:
{{DATE:August 2, 2024}}
My patient {{NAME:Ramon Dela Cruz}} (DOB {{DATE:5/1/1975}}, employee ID {{ID:SC-44718}}) was seen {{DATE:07/29/2024}} and {{DATE:08/01/2024}} at {{FACILITY:Kodiak Island Family Medicine}} for a L index finger laceration with flexor tendon involvement sustained on the slime line {{DATE:7/28}}. Repair done by hand surgeon Dr. {{NAME:Evangelista}} in {{LOCATION:Anchorage}}.
He may not use the L hand for 6 weeks (through {{DATE:9/9/24}}). Light duty one-handed tasks acceptable. Workers comp claim {{ACCOUNT:AKWC-2024-07-3319}}.
Questions: {{PHONE:907-555-0137}}, fax {{FAX:907-555-0138}}.
{{NAME:Lorna Bautista}}, PA-C
Pt's supervisor {{NAME:Marla Ignacio}} ({{EMAIL:m.ignacio@sunrisecannery.com}}) may call with questions. Next recheck {{DATE:8/16/2024}}.`,
  `HOSPICE ADMISSION - HOME
{{FACILITY:Truchas Peak Hospice}}   Admit {{DATE:05/06/2025 14:00}}
Pt: {{NAME:Maes, Crescencio}}   DOB {{DATE:03/19/1931}}   Age {{AGE:94}}   MRN {{MRN:SCH-2250}}
Address: {{ADDRESS:18 Camino del Llano}}, {{LOCATION:Chimayo}}, NM {{ZIP:87522}}
Dx: metastatic prostate ca to bone, PPS 40%, Gleason 4+4. Pain 6/10 hips; morphine ER 15 mg q12h + IR 5 mg q2h prn. Oxygen not needed. Braden 14.
Family: wife {{NAME:Eufemia}} ({{AGE:90}}), daughter {{NAME:Rosella Maes-Trujillo}} primary caregiver, {{PHONE:505-555-0126}}; grandson {{NAME:Tony}} in {{LOCATION:Espanola}}. Catholic; family prefers visits from Padre {{NAME:Sebastian Gallegos}} of {{FACILITY:Capilla de San Isidro del Llano}}.
DME from {{FACILITY:Rio Arriba Home Medical}}: hospital bed serial {{DEVICE:HB-9921-0447}}. DNR signed {{DATE:5/6/25}}, OOH-DNR form # {{ID:NM-DNR-330177}}.
Medicare MBI {{HEALTH_PLAN:1EG4-TE5-MK73}}.
RN case manager {{NAME:Delfina Archuleta}}; attending Dr. {{NAME:P. Romero}}`,
  `OCC HEALTH - POST-OFFER PHYSICAL + DRUG SCREEN
{{FACILITY:Coastal Bend WorkWell}}, {{ADDRESS:4802 S Padre Island Dr}}, {{LOCATION:Corpus Christi}}, TX {{ZIP:78411}}
Date {{DATE:2024.12.09}}. Applicant {{NAME:Kimberly Anne O'Rourke}}, DOB {{DATE:1/30/1994}}, for refinery operator at {{FACILITY:Nueces Bay Refining}}. Employer acct {{ACCOUNT:NBR-00217}}.
Audiogram baseline: 4 kHz notch L 35 dB. Spirometry FEV1/FVC 0.81. Respirator fit test (3M 6000 half-face, size M) pass, fit factor >100. Vision 20/20.
DOT 5-panel collected, CCF # {{ID:CCF-A1104923}}, split specimen, temp in range. MRO Dr. {{NAME:Felix Alvarado}}, results to DER {{NAME:Sandra Polk}} ({{EMAIL:spolk@nuecesbayrefining.com}}).
TX DL {{LICENSE:20448917}} verified. Badge photo taken by HR.
Examiner {{NAME:J. Ybarra}}, PA-C`,
  `FAMILY MEDICINE NOTE - telephone
{{FACILITY:Dorchester Ave Health Center}}   {{DATE:3/14/2025}}  11:25
Called by {{NAME:Nguyen Thi Lan}} about her father {{NAME:Nguyen Van Binh}} (DOB {{DATE:10/02/1944}}, MRN {{MRN:DHC-1180432}}). He has had diarrhea x 3 days after a wedding at {{FACILITY:Pho Saigon Star Restaurant}} on {{DATE:Sunday 3/9}}; 5-6 watery stools/day, no blood, drinking ok, voiding. On lisinopril 10 and HCTZ 12.5 - hold HCTZ x 2 d.
Advised ORS, BRAT, come in if fever, blood or dizziness. Appt {{DATE:3/17}} with Dr. {{NAME:Quach}} if not better.
Daughter's cell {{PHONE:617-555-0185}}; lives at {{ADDRESS:1460 Dorchester Ave, Apt 2}}, {{LOCATION:Dorchester}}, MA {{ZIP:02122}}.
MassHealth {{HEALTH_PLAN:100299184431}}. {{NAME:B. Callahan}}, RN  ({{NAME:bc}}/{{NAME:tn}})
Callback {{DATE:3/15/2025}} 9:05: fewer stools, tolerating rice soup; keep appt.`,
  `OPIOID TREATMENT PROGRAM - DOSE CHANGE
{{FACILITY:Riverside OTP of Charleston}}   Pt ID {{MRN:OTP-22841}}
Pt: {{NAME:Cody Lee Pauley}}  DOB {{DATE:4/4/1988}}   Date {{DATE:08/12/2024}}
Methadone 90 mg -> 100 mg for AM cravings; COWS 7 at 22 h. ECG QTc 438 ms ({{DATE:8/1/24}}). UDS positive fentanyl x2 last month.
Take-homes: none (Phase 1). Transport by {{FACILITY:Kanawha Valley Transit Medicaid van}}, trip confirmation {{ID:KVT-88201}}.
Lives with mother {{NAME:Darlene Pauley}} at {{ADDRESS:212 Bigley Ave}}, {{LOCATION:Charleston}}, WV {{ZIP:25302}}. Works part-time at {{FACILITY:Elk River Auto Salvage}}.
Counselor {{NAME:Misty Casto}}, CADC. Medicaid {{HEALTH_PLAN:WV0012298741}}. Next dose review {{DATE:8/26}}.
{{NAME:R. Hatfield}}, DO
Pharmacy note: dose verified by two nurses; bottle label checked against order, no take-home given today.`,
  `ORTHOPEDIC POST-OP VISIT
{{FACILITY:Big Island Bone & Joint}}, {{LOCATION:Kailua-Kona}}, HI     DOS {{DATE:2025-01-27}}
Patient: {{NAME:Keawe, Kamakana K.}} ("{{NAME:Kama}}")   MRN {{MRN:BIBJ-77120}}
2 wk s/p ORIF R distal radius ({{DATE:1/13/25}}) after fall from ladder at {{FACILITY:Holualoa Coffee Farms}}. Incision healed, sutures out. XR: plate/screws intact, alignment maintained, volar tilt 8 deg.
Splint -> removable brace; OT at {{FACILITY:Kona Hand Therapy}}. No lifting >2 lb.
Works comp carrier Pacific Islands Comp; claim {{ACCOUNT:PIC-2501-4471}}. Employer contact {{NAME:Leimomi Fujimoto}}, {{PHONE:808-555-0145}}.
Plate: Synthes 2.4 mm VA-LCP (lot 7712Q). Next visit {{DATE:2/24/2025}}.
{{NAME:G. Kanahele}}, MD
Pt asks about surfing - not before 8 wks post-op. Cast clinic tech {{NAME:Noe}}.`,
  `LAB RESULT CALL-BACK LOG
{{FACILITY:Lake Kampeska Family Clinic}} - {{LOCATION:Watertown}}, SD
{{DATE:04/22/25}} 15:05  Pt {{NAME:Dykstra, Marlys}} (DOB {{DATE:07/04/1950}}) MRN {{MRN:PLC-0037712}}
Critical value from {{FACILITY:Glacial Lakes Reference Lab}}: K 6.3, Cr 2.4 (baseline 1.3). Accession {{ID:GL25-112044}}. Reported by tech {{NAME:Brandon}} at 14:52.
On lisinopril 40, spironolactone 25, KCl 20 mEq. Called pt at {{PHONE:605-555-0122}} - husband {{NAME:Arlo}} answered, pt at church ({{FACILITY:Mellette Avenue Reformed Church}}). Reached pt 15:20 on cell {{PHONE:605-555-0131}}. Stop KCl and spironolactone, hold lisinopril; ED tonight for repeat and ECG.
Dr. {{NAME:Vander Woude}} informed.  {{NAME:S. Bakken}}, RN
ED at {{FACILITY:Codington Regional Medical}} called back 19:40: K 5.9, Cr 2.2 - given Lokelma, admitted obs.`,
  `NEUROLOGY CONSULT - {{FACILITY:Shenandoah Valley Neurology}}, {{LOCATION:Harrisonburg}}, VA
Pt: {{NAME:Abdul Karim Noorzai}}   DOB {{DATE:02/01/1979}}   MRN {{MRN:SVN-66104}}   Seen {{DATE:Nov 18, 2024}}
Afghan SIV arrival {{DATE:Sept 2021}}; Pashto interpreter {{NAME:Wahida}} (agency ID {{ID:LI-40021}}). Works at {{FACILITY:Valley Pride Poultry}} processing.
R hand numbness and weakness x 4 mo. Tinel + at elbow, Froment +. EMG: R ulnar neuropathy at elbow, moderate. MRI C-spine: mild C5-6 DDD, no cord signal.
Plan: elbow pad, night splint, refer hand surgery Dr. {{NAME:Hostetler}}. Ask employer for job rotation - letter for HR manager {{NAME:Kyle Shifflett}}.
Resettlement caseworker {{NAME:Bethany Cline}} at {{FACILITY:Blue Ridge Refugee Services}}, {{PHONE:540-555-0161}}. Address {{ADDRESS:310 Chicago Ave}}, {{ZIP:22802}}.
{{NAME:M. Rahmani}}, MD`,
  `COMMUNITY PARAMEDIC HOME VISIT
{{FACILITY:Rainy River Community Paramedics}}   Visit {{DATE:1/31/2025}}
Pt {{NAME:Bergquist, Orville}}, 87, {{ADDRESS:3320 Cty Rd 17 NW}}, {{LOCATION:Williams}}, MN {{ZIP:56686}}. COPD/CHF frequent ED user (6 visits in 2024).
Temp in house 58 F - furnace out; propane account {{ACCOUNT:NP-118470}} with {{FACILITY:Northern Plains Propane}} past due. Called county social services, worker {{NAME:Dawn Vatthauer}} ({{PHONE:218-555-0150}}) - emergency energy assistance filed, case {{ID:EA-25-0194}}.
SpO2 89% on 2 L; lungs wheezes. Duoneb given. Weight stable. Meds reconciled: 14 meds.
Son {{NAME:Dale}} in {{LOCATION:Baudette}} to bring space heater today; neighbor {{NAME:Ardis}} will check tonight.
{{NAME:C. Halvorson}}, CP-C`,
  `INFECTIOUS DISEASE / HIV CLINIC
{{FACILITY:Bayview Positive Health}}, {{LOCATION:San Francisco}}   {{DATE:06/25/2024}}
Pt: {{NAME:Alofaituli, Sione}}   MRN {{MRN:BPH-300917}}   DOB {{DATE:05/28/1992}}
HIV dx {{DATE:2/2023}}; Biktarvy daily; VL <20 x 3, CD4 612. RPR nonreactive. PrEP for partner {{NAME:Kevin}} discussed.
Works at {{FACILITY:Candlestick Auto Body}}. Lives in {{LOCATION:Bayview-Hunters Point}}, {{ADDRESS:1740 Oakdale Ave}}, {{ZIP:94124}}. Mother in {{LOCATION:Apia}}, Samoa.
ADAP enrollment # {{HEALTH_PLAN:ADAP-CA-0118723}}; Medi-Cal CIN {{HEALTH_PLAN:91234567A}}.
Portal: patient messaged from {{IP:98.207.14.221}}, email {{EMAIL:sione.alo92@bayviewnet.org}}.
{{NAME:L. Ferreira}}, NP
HCV Ab neg. HPV vaccine series complete. Hep A/B immune. Dental referral to {{FACILITY:Third Street Dental Collective}}. Next labs {{DATE:9/24/2024}}.`,
  `ADDICTION MEDICINE - RECOVERY HOUSING VERIFICATION
{{DATE:March 3, 2025}}
To: {{FACILITY:Pinewood Recovery Residence}}, house manager {{NAME:Trey Bishop}}
This confirms that {{NAME:Ashley Nicole Ratliff}} (DOB {{DATE:11/23/1995}}) is enrolled in outpatient MOUD at {{FACILITY:Pikeville Recovery Medicine}}, {{ADDRESS:156 Hambley Blvd}}, {{LOCATION:Pikeville}}, KY {{ZIP:41501}}, since {{DATE:10/14/2024}}. She is on buprenorphine/naloxone 16/4 mg daily with negative UDS for 12 weeks. She attends IOP Mon/Wed/Fri.
Her drug court case {{ID:23-CR-00419}} coordinator is {{NAME:Holly Stumbo}} ({{PHONE:606-555-0112}}).
Please call {{PHONE:606-555-0156}} with questions. Release of information on file, signed {{DATE:2/27/25}}.
{{NAME:Evan Coleman}}, MD   DEA-X {{LICENSE:FC2219407}}`,
  `HOME HEALTH AIDE SUPERVISORY VISIT
AGENCY: {{FACILITY:BRIGHTPATH HOME CARE OF SPRINGFIELD}}     DATE: {{DATE:09/12/2024}}
CLIENT: {{NAME:ORTIZ ROSARIO, AIDA L}}     DOB: {{DATE:04/11/1941}}     CLIENT #: {{MRN:BHC-00491}}
ADDRESS: {{ADDRESS:77 CHESTNUT ST APT 6C}}, {{LOCATION:HOLYOKE}}, MA {{ZIP:01040}}
AIDE: {{NAME:GLADYS MONTANEZ}}, HHA, EMPLOYEE {{ID:E-22871}}. AIDE PRESENT. SERVICES PER CARE PLAN: BATHING, DRESSING, LIGHT MEALS, MED REMINDERS (NOT ADMIN). CLIENT SATISFIED. SKIN INTACT, NO FALLS. CLIENT ATTENDS {{FACILITY:CENTRO DE LA TERCERA EDAD NUEVA ESPERANZA}} MON/WED.
DAUGHTER {{NAME:MARILYN ORTIZ}} IN {{LOCATION:BAYAMON}}, PR CALLS DAILY: {{PHONE:787-555-0174}}. LOCAL CONTACT NEPHEW {{NAME:JUNIOR RIVERA}} {{PHONE:413-555-0146}}.
MASSHEALTH SCO MEMBER {{HEALTH_PLAN:SCO-4471902}}. NEXT SUPERVISORY VISIT DUE {{DATE:11/11/2024}}.
RN SUPERVISOR: {{NAME:K. DUBOIS}}, RN   TIME IN 1300 OUT 1340`,
  `pt {{NAME:jimmy tsosie}} 53M here at {{FACILITY:shiprock walk-in}} {{DATE:12/23/24}} c/o cough x 10d, productive green, subj fevers. lives {{LOCATION:sanostee}} chapter, hauls water in truck, no running water at home. smokes 0. wood stove.
vs T 100.6 HR 104 RR 22 SpO2 91% RA. crackles RLL. cxr RLL infiltrate. CURB-65 1. doxy 100 bid x 7d + augmentin. covid/flu neg.
wife {{NAME:lorraine}} can't drive him back - he'll get ride from cousin {{NAME:Delbert Begay}}.
f/u 48h w/ PHN ms {{NAME:yazzie}}. phone ({{PHONE:505-555-0197}}) - bad signal, msg via {{FACILITY:Begay's Feed & Fuel}} {{PHONE:505-555-0198}}.
IHS chart {{MRN:NNIHS-4407719}}. census # {{ID:NN-21887-04}}
-- {{NAME:kb}} PA
note: pt declined admit, understands return precautions. ok per dr {{NAME:tsinajinnie}} by phone.`,
  `RADIOLOGY REQUISITION - OUTPATIENT
Ordering clinic: {{FACILITY:Greenfield Lake Family Practice}}, {{ADDRESS:2131 S 17th St}}, {{LOCATION:Wilmington}}, NC {{ZIP:28401}}, fax {{FAX:910-555-0116}}
Patient: {{NAME:Demetrius A. Faison}}   DOB {{DATE:08-19-1966}}   Phone {{PHONE:910-555-0189}}
Insurance: NC Medicaid Tailored Plan, ID {{HEALTH_PLAN:947221018S}}   Prior auth {{ID:PAR-2024-771903}} valid {{DATE:10/01/2024}}-{{DATE:12/30/2024}}
Exam: MRI L-spine w/o contrast (CPT 72148). Indication: L5 radiculopathy, + SLR at 40 deg, EHL weakness 4/5, failed 8 wks PT at {{FACILITY:Port City Rehab}}. ICD M54.17.
Metal screening: bullet fragment L thigh (1998); ok per radiologist. No pacemaker.
Pt works at {{FACILITY:Atlantic Corrugated Box}} forklift; needs Thursday after 3pm.
Order # {{ID:ORD-84410923}}   Ordering provider {{NAME:Whitney Blackburn}}, FNP, NPI {{LICENSE:1093372816}}`,
  `ENDOCRINE CLINIC - INSULIN PUMP
{{FACILITY:Upper Valley Diabetes Center}}, {{LOCATION:Lebanon}}, NH    {{DATE:Monday, April 7, 2025}}
{{NAME:Aiden T. Marchand}}, 16, T1DM since age 6. MRN {{MRN:UVD-9910276}}. Here with mom {{NAME:Renee Marchand}}.
Tandem t:slim X2 serial {{DEVICE:1044719}}, Dexcom G7 transmitter/sensor {{DEVICE:8JQ41207}}. TIR 61%, TBR 3%, GMI 7.6%. A1c 7.8. Control-IQ on. Bolus often missed at lunch at {{FACILITY:Hanover Regional High}}; school nurse {{NAME:Donna Keefe}} will supervise lunch bolus.
Hockey with {{FACILITY:Mascoma Mites Hockey Club}}: temp basal -50% 1 h before.
Pump supplies via {{FACILITY:Granite State Diabetes Supply}}, acct {{ACCOUNT:GSD-203341}}. Mom's email for reports {{EMAIL:renee.marchand@uvmail.net}}. Tidepool link {{URL:https://app.tidepool-demo.org/patients/aiden-marchand-1044/data}}.
{{NAME:C. Pham}}, MD`,
  `ANTICOAGULATION CLINIC - PHONE VISIT
{{FACILITY:Merrimack Anticoag Service}}   {{DATE:02/20/2025}}
{{NAME:Papageorgiou, Spiros}}  DOB {{DATE:12/12/1940}}  MRN {{MRN:MAS-33081}}
INR 3.8 (POC CoaguChek XS, meter serial {{DEVICE:UQ0219984}}, home testing) - goal 2-3 for mech MVR (St. Jude 27 mm, 2009). No bleeding. Ate less spinach this week; started clarithromycin from urgent care {{DATE:2/17}} for sinusitis.
Warfarin 5 mg daily except 7.5 Mon/Fri -> hold tonight, then 5 mg daily x 5 d, recheck {{DATE:2/25}}.
Wife {{NAME:Vasiliki}} manages pill box. Owns {{FACILITY:Olympia Diner}} in {{LOCATION:Nashua}}; still works register.
Call back {{PHONE:603-555-0143}}. Home INR vendor {{FACILITY:CoagWatch Home Testing}}, account {{ACCOUNT:CW-0044172}}.
{{NAME:T. Mercier}}, PharmD`,
  `GYN ONCOLOGY FOLLOW-UP
{{FACILITY:Crescent City Women's Cancer Care}}, {{ADDRESS:1542 Tulane Ave, Suite 300}}, {{LOCATION:New Orleans}}, LA {{ZIP:70112}}
Pt {{NAME:Nguyen-Batiste, Michelle T.}}  DOB {{DATE:03/03/1968}}  MRN {{MRN:CCW-0091182}}  Seen {{DATE:Tue 10/15/2024}}
Stage IIIC1 endometrioid endometrial ca, s/p TLH-BSO + SLN {{DATE:4/2/2024}}, carbo/taxol x 6 completed {{DATE:8/20/24}}, vaginal brachy x 3. CA-125 11. CT C/A/P {{DATE:10/8/24}}: NED. MMR deficient (MLH1 loss, promoter hypermethylated) - Lynch testing neg.
Neuropathy grade 1. Lymphedema L leg - compression garment from {{FACILITY:Mid-City Medical Supply}}.
Works as a dealer at {{FACILITY:Lakefront Star Casino}}; back to full duty {{DATE:11/1}}.
Husband {{NAME:Andre Batiste}} ({{PHONE:504-555-0135}}). Survivorship visit with {{NAME:Keisha Duplessis}}, NP, {{DATE:1/14/2025}}.
{{NAME:R. Villere}}, MD   cc: PCP Dr. {{NAME:Huynh}}, fax {{FAX:504-555-0199}}`,
  `WIC / PEDIATRIC NUTRITION REFERRAL
From: {{FACILITY:Lower Valley Ninos Clinic}}, {{LOCATION:Toppenish}}, WA     {{DATE:07/30/2024}}
Child: {{NAME:Emiliano Cruz Mendoza}}  DOB {{DATE:01/05/2023}}  MRN {{MRN:YVK-5521730}}
Parent: {{NAME:Rosalba Mendoza Pacheco}}, Mixteco speaker (interp. {{NAME:Felipe}}, phone interp ID {{ID:MX-3310}}); {{PHONE:509-555-0165}}.
19 mo, wt 9.1 kg (<3rd %ile), length 78 cm (10th). Hgb 9.8. Drinks 40 oz whole milk/day from bottle. Lead 6 (capillary {{DATE:7/16/24}}) - venous confirm ordered, req {{ID:LQ-2207731}}.
Family lives in labor camp at {{FACILITY:Sunny Slope Orchards}}, {{ADDRESS:2280 Branch Rd, cabin 9}}, {{LOCATION:Wapato}} {{ZIP:98951}}. Dad picks cherries/apples.
Apple Health ID {{HEALTH_PLAN:201447710WA}}. Please enroll WIC and iron-rich foods counseling.
{{NAME:J. Palomares}}, MD`,
  `SPORTS MEDICINE NOTE
{{FACILITY:Dillingham Family Clinic}}, {{LOCATION:Dillingham}}, AK     {{DATE:June 28, 2024}}
Pt: {{NAME:Wassillie, Peter J.}}   DOB {{DATE:2/8/1986}}   Chart {{MRN:DFC-0082214}}
38 yo commercial setnetter, twisted R knee pulling net on beach at {{LOCATION:Ekuk}}. Effusion mod, McMurray + medial, Lachman 1A firm, varus/valgus stable. XR neg. Likely medial meniscus tear.
Can't get MRI until fishing closes; knee sleeve, crutches prn, NSAID. Work note for skipper {{NAME:Gunnar Sjoberg}}; skiff registration {{VEHICLE:AK 4471 AB}}.
Wife {{NAME:Nellie}} at {{PHONE:907-555-0181}}. Ortho referral to Dr. {{NAME:Lindgren}} in {{LOCATION:Anchorage}}, fax {{FAX:907-555-0124}}.
Travel authorization {{ID:TA-24-11804}} for the {{LOCATION:Anchorage}} flight.
{{NAME:E. Andrew}}, PA-C`,
  `ALLERGY/IMMUNOLOGY - {{FACILITY:Hudson Heights Allergy}}, {{ADDRESS:4140 Broadway, Rm 205}}, {{LOCATION:New York}}, NY {{ZIP:10033}}
{{DATE:05-02-2025}}   Pt {{NAME:Reyes Almonte, Yudelka}}  DOB {{DATE:09/17/2014}}  MRN {{MRN:HHA-11093}}
10 yo Dominican girl, peanut anaphylaxis {{DATE:3/30/25}} at a party in {{LOCATION:Washington Heights}}; EpiPen x1 by aunt {{NAME:Miledys}}. SPT peanut 12 mm wheal, Ara h 2 IgE 18.4 kU/L. Tree nuts neg. Asthma mild persistent, ACT 20.
Plan: strict avoidance, EpiPen Jr 2-pack; school anaphylaxis plan for {{FACILITY:Escuela Comunitaria Quisqueya}}, nurse Ms. {{NAME:Feliz}}.
Mother {{NAME:Yokasta Almonte}}, {{PHONE:646-555-0178}}, {{EMAIL:yoka.almonte@quisqueyamail.com}}. Medicaid {{HEALTH_PLAN:VK44019T}}.
Oral immunotherapy discussed for fall 2025.
{{NAME:S. Abramowitz}}, MD`,
  `GI CLINIC - COLONOSCOPY PRE-PROCEDURE CALL
{{FACILITY:Darlington Road Digestive Health}}, {{LOCATION:Florence}}, SC
Call {{DATE:01/06/2025}} 10:40 to {{NAME:McCray, Lucius}} (DOB {{DATE:6/6/1959}}, MRN {{MRN:PDD-4471203}}) re: colonoscopy {{DATE:Friday, January 10, 2025}} at 7:30 AM, {{FACILITY:Palmetto Endoscopy Suite}}, {{ADDRESS:805 Cheves St}}, {{ZIP:29506}}.
Reviewed split-dose prep (PEG 4 L), hold metformin AM of procedure, hold clopidogrel 5 days (cleared by cardiologist Dr. {{NAME:Oyelaran}}). Positive FIT {{DATE:11/2024}}. Driver: nephew {{NAME:Marcus McCray}}, {{PHONE:843-555-0128}}.
Pt works at {{FACILITY:Pee Dee Tobacco Warehouse}}; needs note for {{DATE:1/10}}.
Insurance: SC Medicaid, member {{HEALTH_PLAN:SCM-0083319920}}; auth {{ID:AU-771204}}.
{{NAME:Tasha Gregg}}, LPN
Reminder text sent {{DATE:1/9/2025}}; pt confirmed, clear liquids from breakfast.`,
  `PORTAL MESSAGE - patient to cardiology
Sent {{DATE:Sun 2/9/2025 10:02 PM}}   From: {{NAME:Grzegorz Wisniewski}}   To: {{FACILITY:Archer Heights Cardiology}}
Subject: blood pressure + refill
Dear Dr. {{NAME:Kaminska}}, my BP at home this week 162/96, 158/90, 171/99 on the Omron machine. I take losartan 100 and chlorthalidone 25 every morning. Sometimes headache in the back. I work nights driving a delivery truck for {{FACILITY:Midway Polish Deli Distributors}}. Also my wife {{NAME:Bozena}} says I snore very loud.
Please send refill to {{FACILITY:Apteka Pod Orlem}} on {{ADDRESS:5530 S Archer Ave}}, {{LOCATION:Chicago}} {{ZIP:60638}}. My DOB {{DATE:11.04.1961}}, phone {{PHONE:773-555-0107}}.
Thank you, {{NAME:Greg}}
---
Reply {{DATE:2/10/2025 08:31}} by {{NAME:Ewa Lis}}, RN: Dr. {{NAME:Kaminska}} adds amlodipine 5 mg; sleep study referral placed, order {{ID:SLP-2502-1183}}. Visit {{DATE:Feb 18}} at 9:20.
[Audit: msg id {{ID:M-88201947}}, client IP {{IP:67.173.40.229}}]`,
  `GERIATRIC HOME VISIT - interpreter-assisted
{{FACILITY:Rib Mountain Aging Services}} / {{FACILITY:Wausau Family Medicine}}    {{DATE:11/19/2024}}
Pt: {{NAME:Xiong, Nhia Lor}}   Age {{AGE:92}}   DOB {{DATE:01/01/1932}}   MRN {{MRN:WFM-60014}}
Lives with son {{NAME:Chue Xiong}} and his family at {{ADDRESS:1208 N 6th St}}, {{LOCATION:Wausau}}, WI {{ZIP:54403}}. Hmong only; grandson {{NAME:Tou}} interprets; also phone interpreter {{NAME:Pa Nhia}} ID {{ID:HM-2281}}.
Hx: HTN, CKD 3b (eGFR 36), OA knees, chronic pain attributed by family to spirit loss - shaman (txiv neeb) ceremony held {{DATE:Oct 27}}; respect family beliefs. Bed-bound most of day; stage 1 sacral redness.
Meds: amlodipine 10, acetaminophen 650 TID. Stop ibuprofen (family buys from {{FACILITY:Hmong Asian Market}}).
Medicaid/Family Care ID {{HEALTH_PLAN:WI-1100833720}}. Home care via {{FACILITY:Northwoods Caring Hands}}.
{{NAME:A. Vue}}, RN / {{NAME:D. Schultz}}, MD`,
  `URGENT CARE - CHAINSAW LACERATION
{{FACILITY:Mobile Bay Urgent Care}}, {{ADDRESS:3750 Airport Blvd}}, {{LOCATION:Mobile}}, AL {{ZIP:36608}}   {{DATE:09/18/2024 13:44}}
{{NAME:Jean-Baptiste, Wilner}}  DOB {{DATE:3/25/1984}}  MRN {{MRN:MBUC-209917}}
40 yo storm-cleanup laborer for {{FACILITY:Dauphin Island Tree & Debris}} kicked back chainsaw into L anterior thigh. 9 cm lac, subcutaneous only, no muscle violation, distal NV intact. Irrigated 1 L, 3-0 nylon x 12 sutures. Tdap given. Keflex 500 QID x 5d.
Employer supervisor {{NAME:Cody Ladner}}, {{PHONE:251-555-0111}}; workers comp claim {{ACCOUNT:ALWC-24-0918-772}}. Crew truck AL plate {{VEHICLE:2B71K44}}.
Pt speaks Haitian Creole; cousin {{NAME:Jocelyn}} translated. Lives in motel, {{FACILITY:Gulf Breeze Inn}}, room 114, {{LOCATION:Bayou La Batre}}.
Suture removal {{DATE:9/28}}. {{NAME:L. Trahan}}, NP`,
  `PHARMACY NOTE - insulin access
{{FACILITY:Clinch River Apothecary}}, {{LOCATION:Sneedville}}, TN   {{DATE:3 Feb 2025}}
Pt {{NAME:Gibson, Lonnie Wayne}} (DOB {{DATE:10/20/1970}}) came in out of Humalog; said he has been stretching to 1 vial/month. A1c last 11.4 at {{FACILITY:Hancock County Health Department}}.
Manufacturer assistance application faxed {{DATE:2/3/25}} to program fax; confirmation {{ID:PAP-0092271}}. Gave one vial via $35 cap on his Part D plan, member {{HEALTH_PLAN:TNPD-88104472}}. Rx # {{ID:6620417}} from Dr. {{NAME:Mabry}}.
Pt is Melungeon-descended farmer, tobacco and cattle at {{ADDRESS:880 Newman's Ridge Rd}}, {{ZIP:37869}}; phone {{PHONE:423-555-0187}}.
Glucometer Contour Next One serial {{DEVICE:7H21K0449}} - meter error E4, replaced.
{{NAME:Carla Seal}}, RPh`,
  `OPTOMETRY - DIABETIC EYE EXAM
{{FACILITY:Molokai Eye & Vision}}, {{LOCATION:Kaunakakai}}, HI     {{DATE:07/11/2024}}
Patient: {{NAME:Kaupu, Leialoha M.}}   DOB {{DATE:12/03/1964}}   MRN {{MRN:MEV-3309}}
59F T2DM x 15 yr, A1c 9.3. BCVA 20/40 OD, 20/25 OS. IOP 18/19 iCare. Dilated: moderate NPDR OU, CSME OD with hard exudates within 500 um of fovea. OCT CST 388 um OD.
Refer retina - Dr. {{NAME:Yamashiro}}, {{FACILITY:Honolulu Retina Associates}}; inter-island flight via QUEST transport, auth {{ID:QT-24-071133}}.
Pt works at {{FACILITY:Kualapuu Coffee Plantation}}. Husband {{NAME:Keola}}, {{PHONE:808-555-0105}}. Lives {{LOCATION:Hoolehua}} homestead, {{ADDRESS:54 Farrington Ave}}, {{ZIP:96729}}.
QUEST ID {{HEALTH_PLAN:AL-QI-0077150}}.
{{NAME:D. Kahale}}, OD
Retina appt set {{DATE:7/23/2024}}; photos sent via secure email. No anti-VEGF coverage issue expected.`,
  `CASE MANAGEMENT - care coordination
{{FACILITY:Refugee Health Partners of Central Ohio}}   {{DATE:08/05/2024}}
Client {{NAME:Farah Mohamed Abdullahi}}, DOB {{DATE:1/1/1969}} (documented as {{DATE:Jan 1}} per refugee papers), MRN {{MRN:RHP-7720145}}.
Visited at home, {{ADDRESS:2874 Cleveland Ave, Apt B}}, {{LOCATION:Columbus}}, OH {{ZIP:43224}}, with Somali CHW {{NAME:Ayan Jama}}. Uncontrolled DM2 and HTN; missed 3 appts because 5 children and no car. Eldest son {{NAME:Abdiqani}} (17) attends {{FACILITY:Karl Road High School}}; school nurse contact given.
Enrolled in Medicaid transport; ride ID {{ID:MTX-44019}}. Pharmacy changed to {{FACILITY:Hiiraan Pharmacy}} on {{ADDRESS:Morse Rd}}, delivers in blister packs, phone {{PHONE:614-555-0159}}.
Mosque ({{FACILITY:Masjid al-Noor of Northland}}) runs Ramadan fasting education - referred.
OH Medicaid ID {{HEALTH_PLAN:104477219305}}. Next visit {{DATE:8/19/24}}.
{{NAME:K. Wellington}}, RN CM`,
  `FAX - LAB RESULTS
TO: {{FACILITY:Down East Family Practice}}, {{LOCATION:Machias}}, ME   FAX {{FAX:207-555-0130}}
FROM: {{FACILITY:Coastal Maine Pathology Lab}}   PH {{PHONE:207-555-0100}}   FAX {{FAX:207-555-0101}}
DATE/TIME: {{DATE:05/14/2025 16:20}}    PAGES: 2
PATIENT: {{NAME:ALLEY, CHARLENE D}}   DOB: {{DATE:08/30/1972}}   ACC#: {{ID:CMP-25-061184}}
RESULT: Lyme disease Ab w/ reflex Western blot: EIA positive; IgM blot 3/3 bands (23, 39, 41); IgG blot 4/10 bands - IgM positive.
Collected {{DATE:5/12/25}}. Ordering: {{NAME:Nathaniel Look}}, FNP. Pt a blueberry raker at {{FACILITY:Wild Blueberry Barrens Co}} and clam digger; tick bite about 3 weeks before per req.
Billing acct {{ACCOUNT:CMPL-0447192}}. CLIA 20D0912345.
This fax is intended only for the addressee.`,
  `SCHOOL NURSE - HEAD INJURY / CONCUSSION
{{FACILITY:Rio Escondido High School}} Health Office     {{DATE:Thursday, September 26, 2024}}
Student {{NAME:Ramirez Galindo, Angel Eduardo}}, gr 11, ID {{ID:EPHS-330917}}, DOB {{DATE:02/22/2008}}.
Football practice 4:10 pm, helmet-to-helmet hit. Brief confusion, no LOC. HA 6/10, dizzy, light sensitive. SCAT5 symptom score 28/132, severity 41. Pupils equal, GCS 15.
Coach {{NAME:Dwayne Kopecky}} removed from play. Mom {{NAME:Leticia Galindo}} notified {{PHONE:830-555-0171}} at 4:25 pm - works at {{FACILITY:Rio Bravo Bingo Hall}}.
Parent taking him to {{FACILITY:Maverick County Urgent Care}}. Return-to-learn and RTP protocol per UIL; needs physician clearance. Copy to athletic trainer {{NAME:Sara Whitfield}}, LAT, {{EMAIL:swhitfield@eaglepassisd-mail.org}}.
Medicaid {{HEALTH_PLAN:TX-517720994}}.
{{NAME:Norma Cardenas}}, RN, school nurse`,
  `PEDIATRIC DENTAL - FLUORIDE VARNISH / SDF
{{FACILITY:Yukon Delta Kids Dental}}, {{LOCATION:Bethel}}, AK   {{DATE:2024-04-15}}
Pt: {{NAME:Nanuk Charles}}, 4 y/o, DOB {{DATE:2019-11-02}}, chart {{MRN:YKD-0081177}}. Came in from {{LOCATION:Toksook Bay}} with aunt {{NAME:Agnes Nevak}} (guardian per OCS, case {{ID:OCS-24-00718}}).
Caries: #A, B, I, J, K, T (ECC, 6 teeth). SDF 38% applied to 6 lesions; FV 5% all teeth. Behavior Frankl 3. Referred for GA dental rehab at {{FACILITY:Anchorage Pediatric Surgery Center}}, waitlist # {{ID:WL-3391}}.
Water in village: untreated, no fluoride. Dental therapist {{NAME:Rosalie Beaver}}, DHAT, will follow in village.
Aunt's phone {{PHONE:907-555-0113}}; Denali KidCare {{HEALTH_PLAN:DKC-00771920}}.
{{NAME:M. Sundown}}, DDS`,
  `RHEUMATOLOGY FOLLOW-UP
{{FACILITY:Ditmars Arthritis & Bone}}, {{ADDRESS:31-18 Ditmars Blvd}}, {{LOCATION:Astoria}}, NY {{ZIP:11105}}
{{NAME:Karagiannis, Panagiota}}   DOB {{DATE:04/14/1949}}   Visit {{DATE:December 3, 2024}}   MRN {{MRN:DAB-228104}}
PMR dx {{DATE:8/2024}}: prednisone 15 -> 10 mg now, stiffness 20 min, ESR 18 (was 62), CRP 0.6. No jaw claudication or visual sx (GCA screen neg). DEXA T -2.6 L hip - start alendronate 70 mg weekly, Ca/D.
Gout also: urate 5.4 on allopurinol 300.
Pt runs {{FACILITY:Kalimera Bakery}} with son {{NAME:Yiannis}}; Greek Orthodox fast before Christmas - adjust pred with meals.
HCP daughter {{NAME:Georgia Karagiannis-Wolfe}}, {{PHONE:718-555-0164}}, {{EMAIL:g.karawolfe@astoriamail.net}}.
Medicare {{HEALTH_PLAN:4TR9-WA3-KD62}}. RTC {{DATE:3/4/2025}}.
{{NAME:H. Mavros}}, MD`,
  `PSYCHIATRY FOLLOW-UP (in Vietnamese, interpreter {{NAME:Tran Van Khoa}}, ID {{ID:VN-5507}})
{{FACILITY:Little Saigon Counseling Center}}, {{ADDRESS:9200 Bolsa Ave, Ste 117}}, {{LOCATION:Westminster}}, CA {{ZIP:92683}}
Client: {{NAME:Pham Thi Hoa}}  DOB {{DATE:05/19/1955}}  MRN {{MRN:LSC-0044718}}   Date {{DATE:06/06/2024}}
Late-life depression, PHQ-9 17 -> 11. Mirtazapine 15 mg qhs; sleep improved, wt +2 kg. Grief: husband {{NAME:Nguyen Van Tam}} died {{DATE:1/2/2024}}. Attends {{FACILITY:Chua An Lac Tam Temple}} and volunteers at {{FACILITY:Bolsa Senior Nutrition Site}}.
C-SSRS negative. Daughter {{NAME:Julie Pham}} ({{PHONE:714-555-0119}}) coordinates; she works at {{FACILITY:Golden West Nail Supply}}.
Medi-Cal {{HEALTH_PLAN:90118832B}}; CalOptima member.
Next {{DATE:7/11/24}}. {{NAME:Q. Dinh}}, MD`,
  `OCCUPATIONAL MEDICINE - MEATPACKING
{{FACILITY:High Plains Employee Health}} at {{FACILITY:Arkansas River Beef}}, {{LOCATION:Dodge City}}, KS    {{DATE:1/14/25}}
Employee {{NAME:Tzoc Ixcoy, Baltazar}}  Badge {{ID:ARB-117204}}  DOB {{DATE:07/02/1990}}
K'iche' speaker; interp via {{NAME:Santos}} (coworker) and phone interp ID {{ID:KQ-0881}}. Knife hand R, trimming line. c/o R thumb triggering and wrist pain x 6 wk. Finkelstein +, triggering A1 pulley. Grip 28 kg R vs 40 L.
Dx: de Quervain + trigger thumb. Job rotation to packing x 2 wk, thumb spica splint. Corticosteroid inj (triamcinolone 20 mg) first dorsal compartment. OSHA 300 log recordable - case # {{ID:OSHA-25-0041}}.
Lives with brother {{NAME:Mateo Tzoc}} at {{ADDRESS:1105 W Spruce St, Lot 22}}, {{ZIP:67801}}; phone {{PHONE:620-555-0193}}.
Health plan (self-funded) ID {{HEALTH_PLAN:ARB-0094471-01}}.
{{NAME:J. Unruh}}, PA-C`,
  `HOME HEALTH - WOUND CARE VISIT
{{FACILITY:Delta Cares Home Health}}, {{LOCATION:Clarksdale}}, MS     Visit {{DATE:10/09/2024}}
Pt {{NAME:Earline Pittman}} (DOB {{DATE:9/22/1946}}), {{ADDRESS:417 Issaquena Ave}}, {{ZIP:38614}}. PCP Dr. {{NAME:Bolden}} at {{FACILITY:Coahoma Community Health}}.
R BKA {{DATE:6/2024}}; now L heel stage 3 pressure injury 2.1 x 1.8 x 0.3 cm, granulating 80%, slough 20%. Cleansed NS, collagen + foam, offloading boot. Braden 15. Wound vac not indicated.
Granddaughter {{NAME:Kiara Pittman}} is CNA at {{FACILITY:Riverside Manor Nursing Home}}; does dressing on off days. Contact {{PHONE:662-555-0149}}.
Church {{FACILITY:Greater Sunflower M.B. Church}} brings meals. Medicare {{HEALTH_PLAN:8VD2-XM4-RJ90}}.
Next visit {{DATE:Friday 10/11}}. {{NAME:T. Sledge}}, RN, WCC`,
  `HOSPICE BEREAVEMENT CALL
{{FACILITY:SouthCoast Hospice & Palliative}}, {{LOCATION:Fall River}}, MA    {{DATE:01/27/2025}}
Deceased: {{NAME:Manuel Sousa Pacheco}} (DOB {{DATE:07/15/1938}}, DOD {{DATE:12/29/2024}}), pt # {{MRN:SCH-11420}}.
Spoke with widow {{NAME:Conceicao Pacheco}}, 84, in Portuguese (Azorean), at {{PHONE:508-555-0154}}. She is sleeping poorly, eating soup, attends daily Mass at {{FACILITY:Nossa Senhora dos Anjos Chapel}} with sister {{NAME:Lurdes}}. Visits from {{FACILITY:Espirito Santo Society}} women. Son {{NAME:Paulo}} drove in from {{LOCATION:Providence}} for the 30th-day Mass {{DATE:1/28}}.
Grief risk: moderate (married 61 yrs). Plan: monthly calls x 13 months, mailing series, invite to {{DATE:Feb 12}} support group at {{ADDRESS:1430 S Main St}}, {{ZIP:02724}}.
Bereavement coordinator {{NAME:Ana Furtado}}, MSW   (typed {{NAME:af}})`,
  `URGENT CARE - ALLERGIC REACTION
{{FACILITY:Rancho Cordova Urgent Care}}, {{LOCATION:Rancho Cordova}}, CA   {{DATE:04/30/2025 18:12}}
{{NAME:Bondarenko, Mykola}}  DOB {{DATE:10/10/1979}}  MRN {{MRN:RCUC-550418}}  CA DL {{LICENSE:D4471092}}
45M Ukrainian, urticaria + lip swelling 1 h after new lisinopril (started {{DATE:4/28}} by Dr. {{NAME:Zhuk}}). No stridor, no wheeze. BP 138/84. Angioedema, ACE-I related. Diphenhydramine 50 IM, famotidine 20 PO, methylpred 125 IV. Observed 2 h, improved. STOP lisinopril - allergy added. Switch to amlodipine.
Works at {{FACILITY:Sacramento Slavic Roofing}}; brought by pastor {{NAME:Vasyl Melnyk}} of {{FACILITY:Bethany Slavic Pentecostal Mission}}, {{PHONE:916-555-0102}}. Pt phone {{PHONE:916-555-0195}}.
Medi-Cal {{HEALTH_PLAN:93319270F}}. Discharged 20:30.
{{NAME:R. Sahota}}, MD`,
  `PHYSICAL THERAPY EVAL - ACL RECON
{{FACILITY:White Mountains Sports PT}}, {{ADDRESS:12 Kearsarge St}}, {{LOCATION:North Conway}}, NH {{ZIP:03860}}
Eval {{DATE:02/03/2025}}. Pt {{NAME:Brooke E. Lavoie}} (DOB {{DATE:11/05/1998}}) - ski patroller at {{FACILITY:Kearsarge Peak Ski Patrol}}; L ACL recon (BTB autograft) {{DATE:1/20/25}} by Dr. {{NAME:Fortier}}.
ROM 0-85, quad lag 10 deg, effusion 2+. Straight-leg raise with lag. Lysholm 41. NMES quad, CPM done. Brace locked 0 for gait.
Goals: return to patrol next season. Employer HR {{NAME:Pam Gagnon}}, {{PHONE:603-555-0116}}. Harvard Pilgrim member {{HEALTH_PLAN:HP-33018827}}; visit auth {{ID:AUTH-25-00419}} (24 visits).
Next: {{DATE:2/5}}, {{DATE:2/7}}. {{NAME:J. Pelkey}}, PT   NH lic {{LICENSE:PT 3391}}
HEP: quad sets, heel slides, SLR x 10 x 3 daily; ice 20 min after.`,
  `DISABILITY INSURANCE - ATTENDING PHYSICIAN STATEMENT
Claimant: {{NAME:Louissaint, Rose-Marie}}   DOB {{DATE:06/12/1975}}   SSN {{SSN:620-41-7739}}
Policy holder/employer: {{FACILITY:Kings County Home Attendant Services}}   Claim # {{ACCOUNT:LTD-2024-4471902}}
Date of first visit for this condition {{DATE:03/18/2024}}; last visit {{DATE:10/22/2024}}.
Dx: lumbar spinal stenosis L4-5 with neurogenic claudication (M48.062), s/p L4-5 laminectomy {{DATE:7/9/24}}. Walking tolerance 1 block. Restrictions: no lifting >15 lb, no prolonged standing >20 min. Cannot perform home attendant duties (transfers).
Expected RTW: reassess {{DATE:January 2025}}.
Physician: {{NAME:Jean-Claude Desir}}, MD, {{FACILITY:Flatbush Spine & Pain}}, {{ADDRESS:2115 Nostrand Ave}}, {{LOCATION:Brooklyn}}, NY {{ZIP:11210}}. Tel {{PHONE:718-555-0148}}, fax {{FAX:718-555-0149}}, NY lic {{LICENSE:241187}}.
Signed {{DATE:10/24/2024}}`,
  `GROUP HOME - MONTHLY HEALTH SUMMARY
{{FACILITY:Cedar Valley Supported Living}}, {{LOCATION:Waterloo}}, IA     Month ending {{DATE:08/31/2024}}
Resident: {{NAME:Timothy "Timmy" Vander Ploeg}}, 34, Down syndrome, hypothyroid, OSA on CPAP (DreamStation 2, serial {{DEVICE:J2114477091A}}). House at {{ADDRESS:904 Lafayette St}}, {{ZIP:50703}}.
Wt 182 lb (+3). TSH 3.2 on levothyroxine 125 mcg. CPAP use 6.1 h/night avg. Seen by Dr. {{NAME:Kruse}} {{DATE:8/14}}; audiology at {{FACILITY:Cedar Falls Hearing Loft}} - new hearing aids, serials {{DEVICE:HA9920-4471L}}/{{DEVICE:HA9920-4472R}}.
Works 3 mornings bagging at {{FACILITY:Crossroads Fresh Market}}; job coach {{NAME:Maddie Hinz}}. Bowling league with {{FACILITY:Cedar Valley Strikers}}. Guardian: sister {{NAME:Jill Vander Ploeg-Arends}}, {{PHONE:319-555-0167}}, updates by email {{EMAIL:jill.arends@cedarmail.net}}.
Medicaid waiver ID {{HEALTH_PLAN:IA-2208134771}}. Staff: {{NAME:D. Kinney}}, house manager; {{NAME:R. Mohr}}, RN`,
  `DERMATOPATHOLOGY REQUISITION
Submitting: {{FACILITY:Illinois River Skin Clinic}}, {{ADDRESS:1009 S Muskogee Ave}}, {{LOCATION:Tahlequah}}, OK {{ZIP:74464}}   Ph {{PHONE:918-555-0106}}  Fax {{FAX:918-555-0107}}
Patient: {{NAME:GRITTS, JOSEPH W}}   DOB {{DATE:01/23/1957}}   MRN {{MRN:IRS-8810294}}   Sex M
Insurance: Cherokee Nation PRC + Medicare, MBI {{HEALTH_PLAN:6MW1-PX7-HE28}}
Date of procedure {{DATE:03/26/2025}}. Specimen A: shave bx R helix, 0.8 cm keratotic papule, r/o SCC vs KA. Specimen B: punch 4 mm L forearm, pigmented macule, r/o lentigo maligna. Clinical photos in chart.
Hx: cattle rancher near {{LOCATION:Park Hill}}, lots of sun; prior SCC L cheek 2020. Not immunosuppressed.
Requisition # {{ID:DPR-25-033190}}   Specimen labels A/B verified by {{NAME:tw}}.
Physician: {{NAME:Tessa Walkingstick}}, DO, NPI {{LICENSE:1629981043}}. Results to portal and to PCP Dr. {{NAME:Sixkiller}} at {{FACILITY:Stilwell Road Family Clinic}}, fax {{FAX:918-555-0189}}.`,
  `OB INTAKE - {{FACILITY:Northwest Arkansas Pacific Islander Clinic}}, {{LOCATION:Springdale}}, AR
Date {{DATE:10/07/2024}}   Pt {{NAME:Lanki, Jolynn}}  DOB {{DATE:3/14/2001}}  MRN {{MRN:NWAPI-30418}}
Marshallese, from {{LOCATION:Majuro}}; COFA migrant, in US since 2019. Interpreter {{NAME:Carlmay Jibas}} (staff). G4P2012, LMP {{DATE:8/1/24}}, EDD {{DATE:5/8/2025}} by 9w US. Prior GDM x2, insulin last pregnancy. Early 1-h GTT 162 -> 3-h ordered.
Hx: latent TB treated 2021 (3HP). HbA1c 6.2. BP 122/78. Hep B sAg neg.
Works deboning at {{FACILITY:Ozark Valley Poultry}} 2nd shift. Partner {{NAME:Tommy Langidrik}}, {{PHONE:479-555-0134}}. Address {{ADDRESS:1712 Emma Ave, Apt 9}}, {{ZIP:72764}}. Church: {{FACILITY:Marshallese Ebenezer Church of Springdale}}.
ARKids/Medicaid pregnancy ID {{HEALTH_PLAN:AR-PW-88102741}}. Referral to MFM Dr. {{NAME:Ostrander}}, auth {{ID:MFM-24-10773}}.
{{NAME:Kelly Nguyen}}, CNM`,
];

export const HELDOUT_REALISTIC_8_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout8-${i + 1}`, n));
