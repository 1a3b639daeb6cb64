// A fifty-third held-out set of hand-written, realistic synthetic notes (all invented: no real person,
// record, number or institution; phone numbers are 555 numbers; towns and cities are real places
// used only as LOCATION). Flavour: nephrology, dialysis and organ transplant - outpatient dialysis
// monthly rounds, plans of care, charge-nurse handoffs, incident and AMA forms, home PD/home HD
// training, home visits, remote-monitoring logs and supply orders, vascular access procedures and
// surveillance logs, transplant evaluation, selection committee minutes, listing/inactivation and
// multiple-listing letters, living donor advocate notes, H&Ps, decline letters and 1-year follow-up,
// paired exchange, OPO referral logs, donor chart summaries, allocation logs, donor family letters
// and hospital death-record reviews, HLA/crossmatch and biopsy pathology, post-transplant clinic,
// tacrolimus level calls and trends, transplant ID and psychiatry, social work and financial
// clearance, transport and chair-time letters, guest/transient treatment requests and transfers
// between units while travelling (including abroad and at sea), employer, utility, jury and customs
// letters, billing statements, a MIMIC-style [** **] discharge summary, portal messages and e-mail.
// Patients, donors, family, nephrologists, coordinators, dialysis units, transplant centers, OPOs,
// transport companies, churches, employers, schools, pharmacies and labs appear in Title case,
// ALL CAPS and lower-case shorthand, with many non-Anglo names (Vietnamese, Somali, Nigerian,
// Navajo, Lakota, Maori, Khmer, Korean, Polish, Arabic, Congolese, Brazilian, Dutch, Cajun). Look-alike
// non-PHI: eponyms (Banff, Schwartz, Pfannenstiel, Hasson), drug names and doses, Kt/V, URR, cPRA,
// KDPI, MFI and MCS values, HLA typings (A*02:01, DR4), ABO types, chair/station/room/bed numbers,
// shift times, lot, NDC, CLIA, CPT, HCPCS and ICD codes, device models (2008T, HC-300, BP7350), match
// sequence positions, ages of 89 and under, years and weekdays alone, months alone, states and
// countries, "24/7", lot expiry dates.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-6.ts: titles and
// honorifics (Dr., Mrs., Fr., Brother, Imam) stay outside NAME spans; MIMIC placeholders are
// annotated over their content (brackets outside), typed by what they stand for, while a year-only
// placeholder ([**2145**]) and a scrubbing artefact that stands for nothing ([**Hospital1 **] in a
// dose frequency) are left unmarked; a time attached to a full date is part of it, a shift range or
// clock time after a date is not; a weekday written with a date is part of it; a date range written
// as one token (11/1-11/17, Jan 6-20, 2025) is one DATE span; payers and their plan names (Medicare,
// Medigap, a travel insurer), UNOS/OPTN, CMS, the ESRD Network, courts and state agencies are not
// PHI. Decisions for this flavour: dialysis units, transplant centers, OPOs and organ banks, donor
// hospitals, labs, pharmacies, supply vendors, transport/courier/ambulance companies, a utility
// company, hotels, churches, mosques, employers and schools are FACILITY, as are ward names with a
// proper name (Kessler 5, Whitcombe 6, Augustana 7); UNOS/OPTN donor IDs, living donor and donor
// file numbers, KPD pair and registry numbers, match-run numbers, OPO referral and case numbers,
// accession, authorization, claim, incident, grievance, booking, biomed ticket, interpreter,
// employee, juror and police incident numbers are ID; insurer, Medicare (MBI), Medicaid and travel
// policy numbers are HEALTH_PLAN; billing, customer, utility, bank, pharmacy and copay-card
// numbers are ACCOUNT; NPI, DEA, state medical licences, driver's licences and passport numbers are
// LICENSE; dialysis machine, cycler, RO unit, kidney pump and flow-monitor serials are DEVICE;
// in-house extensions and pagers are PHONE; a masked SSN (xxx-xx-6612) is one SSN span; the
// position on a match run ("sequence #3"), station and chair numbers, the cabin number and an
// organ recipient's or donor's age under 90 are not PHI.
//
// Slips the author reported (none showed engine output): its author read the first lines of the
// brief's check script and listed its folder (outside the repository); some addresses use real
// street names with invented numbers.
// First run (token recall / precision, before anyone read the misses): pass-13 final engine (6e6511e)
// 0.9444 / 0.9590; pass-14 engine after
// rules 14a-d (c783367), still before anyone read the misses, 0.9470 / 0.9591.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `{{FACILITY:SUNRISE RIVER DIALYSIS}} - MONTHLY ROUNDS
Patient: {{NAME:Delgado, Marisol}}   MRN {{MRN:DX-0048817}}   DOB {{DATE:07/22/1958}}
Rounds {{DATE:Monday 04/08/2024}}, chair 14, MWF 2nd shift (1100-1500). Rounding: Dr. {{NAME:Tobias Wrenfield}}, RN {{NAME:K. Amankwah}}.
S: Cramping last 2 tx. Missed {{DATE:3/29}} (ride no-show, {{FACILITY:Blue Heron Medi-Van}}). Granddaughter {{NAME:Yesenia}} now drives Fridays.
O: EDW 71.5 kg, avg IDWG 3.2 kg. BP pre 158/84. Access: L brachiocephalic AVF, good thrill/bruit.
Labs {{DATE:04/02/2024}}: Kt/V 1.38, URR 71%, Hgb 9.6, ferritin 612, TSAT 24%, Ca 8.9, Phos 6.8, PTH 544, Alb 3.6.
A/P: ESRD 2/2 DM nephropathy (N18.6, Z99.2).
 - Phos high: reinforce binders, sevelamer 800 mg TID w/ meals; dietitian {{NAME:Oyelaran}} to see {{DATE:4/10}}.
 - Hgb 9.6: Mircera 100 -> 120 mcg q4wk.
 - PTH: start cinacalcet 30 mg daily.
 - Transplant: referral faxed to {{FACILITY:Allegheny Crest Transplant Institute}} {{DATE:02/15/2024}}, eval pending; coordinator {{NAME:Renata Szulc}} {{PHONE:412-555-0148}}.
 - Pt asks about a trip to {{LOCATION:Ponce}} in June - SW to arrange guest tx.
Next rounds {{DATE:05/06/2024}}.`,
  `home dialysis training -- {{FACILITY:lakeview home therapies}}
{{DATE:wed 6/12/24}} 0830-1230, day 3 of 5 (ccpd)
pt: {{NAME:tran thi hong}} ("{{NAME:hong}}"), 52 yo f, mrn {{MRN:7730215}}. trainer {{NAME:bev ostrowski}} rn. son {{NAME:minh}} present as care partner + interpreting.
covered: cycler setup (HomeCycler HC-300, sn {{DEVICE:HC3-22A-081945}}), aseptic connection, drain/fill alarms, exit site care w/ mupirocin. return demo x2 passed, 1 break in technique (touched spike) - re-taught.
pet scheduled {{DATE:6/18}}. rx: 4 cycles x 2.0 L 1.5% dextrose over 9 hr, last fill 1.5 L icodextrin.
supplies via {{FACILITY:renal direct supply}}, 1st delivery to {{ADDRESS:4418 vine ridge rd apt 2c}}, {{LOCATION:plainfield}} {{ZIP:46168}} on {{DATE:6/20}}; rep {{NAME:dana k.}} {{PHONE:(317) 555-0172}}. storage space ok (closet + garage).
emergency plan reviewed: after hrs on-call {{PHONE:317-555-0109}}; nearest ED {{FACILITY:brookmoor valley medical ctr}}.
pt works nights at {{FACILITY:lotus bay nails}} - wants cycler on days, ok to shift schedule.
{{NAME:bo}}/{{NAME:tl}}`,
  `VASCULAR ACCESS PROCEDURE NOTE
{{FACILITY:Granite Falls Access Center}}, Suite 3
Patient: {{NAME:Abdirahman Warsame}}   DOB: {{DATE:11-03-1966}}   Acct: {{ACCOUNT:VA-2024-118840}}
Date/time of procedure: {{DATE:03/19/2024 09:42}}
Referring unit: {{FACILITY:Northgate Kidney Care}}, fax {{FAX:651-555-0133}} (attn charge RN {{NAME:Pham}})
Operator: {{NAME:Ingrid Solheim-Baptiste}}, MD. Assist: {{NAME:J. Okoro}}, RT(R).
Indication: rising venous pressures (>250 mmHg at Qb 400), prolonged bleeding post needle pull x3 weeks. L upper arm AV graft placed {{DATE:Aug 2021}} at {{FACILITY:Saint Brendan Hospital}}.
Procedure: fistulogram/graftogram, angioplasty of venous anastomosis with 7 mm x 40 mm balloon, 2 inflations to 20 atm. Residual stenosis < 30%. Sheath 6 Fr. Heparin 3000 units IV. Contrast 45 mL Omnipaque 300. Fluoro 6.2 min.
CPT 36902. No complications. Hemostasis with 2-0 purse string.
Plan: may use graft today. Repeat surveillance 3 months; call {{PHONE:(651) 555-0190}} if loss of thrill.
Dictated {{DATE:3/19/24}} {{NAME:ISB}}/{{NAME:mk}}`,
  `KIDNEY TRANSPLANT EVALUATION - INITIAL VISIT
{{FACILITY:Allegheny Crest Transplant Institute}}, Abdominal Transplant Clinic
Visit: {{DATE:April 23, 2024}}   Pt: {{NAME:Marisol Delgado}}   MRN: {{MRN:ACT-5510932}}   Referring: Dr. {{NAME:Wrenfield}} ({{FACILITY:Sunrise River Dialysis}})
65 y/o woman, ESRD from DM2/HTN, on in-center HD since {{DATE:09/14/2020}} (dialysis start date = waitlist time start). Blood type O+. Prior pregnancies x4, no transfusions.
PMH: DM2 (A1c 7.1), HTN, OSA on CPAP, s/p cholecystectomy. No CAD symptoms; stress echo {{DATE:1/2024}} neg.
Social: lives with husband {{NAME:Rogelio}} in {{LOCATION:Monessen}}; retired school cook ({{FACILITY:Riverbend Terrace Elementary}}). Church: {{FACILITY:Iglesia Nueva Esperanza}} provides rides if needed.
Potential living donors: daughter {{NAME:Lucia Delgado-Ferris}} (34, type O) and nephew {{NAME:Tomas}} - donor line {{PHONE:412-555-0166}} given.
Insurance: Medicare A/B {{HEALTH_PLAN:4TK9-QW2-HN67}}, secondary Commonwealth Keystone plan {{HEALTH_PLAN:CKH88210457}}.
Assessment: reasonable candidate. Needs colonoscopy, mammogram, dental clearance, PRA.
Plan: present at selection committee {{DATE:5/14/24}}. Coordinator {{NAME:Renata Szulc}}, RN ({{EMAIL:rszulc@allegheny-crest-ti.org}}).`,
  `LIVING DONOR EVALUATION - DONOR ADVOCATE NOTE
Potential donor: {{NAME:Lucia Delgado-Ferris}}   Donor #: {{ID:LD-24-0117}}   DOB {{DATE:2/9/1990}}
Intended recipient: {{NAME:DELGADO, MARISOL}} (mother)
Date: {{DATE:05/02/2024}}. Independent living donor advocate: {{NAME:Harriet Nkemelu}}, LCSW.
Met alone w/o recipient. {{NAME:Lucia}} is a 34 yo dental hygienist at {{FACILITY:Bright Path Family Dentistry}} in {{LOCATION:Greensburg}}. She understands surgery (laparoscopic L nephrectomy), recovery 4-6 wk, lifetime risk of ESRD slightly increased, and her right to withdraw at any time confidentially.
No coercion identified. Husband {{NAME:Derek Ferris}} supportive; childcare by his mother. Employer offers 6 wk short-term disability; HR contact {{NAME:Monique}} at {{PHONE:724-555-0121}}.
Finances: lost-wage and travel grant application (federal living donor program) discussed. Her own insurer ID {{HEALTH_PLAN:UHX-430018822}} (for post-donation f/u).
Workup so far: ABO O compatible, crossmatch neg ({{DATE:4/30}}), CT angio {{DATE:05/01/2024}} single renal arteries bilat, GFR 104. BMI 27.
Advocate opinion: proceed to donor committee. f/u {{DATE:5/9}}.
{{NAME:HN}}/{{NAME:rs}}`,
  `OPO REFERRAL LOG - {{FACILITY:THREE RIVERS DONOR ALLIANCE}}
Referral #: {{ID:TR-2024-03381}}   Call rec'd {{DATE:06/03/2024 02:17}}
Referring hospital: {{FACILITY:MERCY HOLLOW REGIONAL}} ICU, bed 7. Caller: {{NAME:Alicia Brandt}} RN, {{PHONE:(814) 555-0184}}
Pt: {{NAME:KEEGAN, SHANE P}}   age 28   MRN at hosp {{MRN:MH00771342}}   GCS 3T after MVC on I-80 near {{LOCATION:Clearfield}}.
Vent, off sedation since 2300. Pupils fixed. Triggers met (GCS<=5, plan to discuss withdrawal).
02:40 Coordinator {{NAME:Omar Haddad}} on call, onsite ETA 0400.
Registry check: registered donor via DMV, DL {{LICENSE:PA 31-884-207}} - first-person authorization on file.
Next of kin: mother {{NAME:Debra Keegan}} {{PHONE:814-555-0107}}; fiance {{NAME:Kayla Moyer}}.
UNOS Donor ID: {{ID:AHFK209}}. Blood type A+. Cr 0.9. Hep panel pending.
Family meeting 0900 {{DATE:6/3}} with chaplain Fr. {{NAME:Eamon Dwyer}}.
Match run {{ID:MR-6619024}} initiated 1435. Kidneys offered to {{FACILITY:Allegheny Crest Transplant Institute}}, sequence 1-12 declined (biopsy pending).`,
  `POST-KIDNEY TRANSPLANT CLINIC NOTE
{{FACILITY:ST. ODILE UNIVERSITY HOSPITAL}} - TRANSPLANT NEPHROLOGY, 4TH FLOOR {{FACILITY:KESSLER PAVILION}}
PATIENT: {{NAME:MBEKI, THANDIWE}}   MRN {{MRN:00-4471-908}}   VISIT {{DATE:10/07/2023}}
TRANSPLANT: DDKT {{DATE:08/21/2023}} (POD 47), DONOR KDPI 38%, CIT 14 HR, UNOS ID {{ID:AGB5571}}. INDUCTION THYMOGLOBULIN 6 MG/KG TOTAL.
INTERVAL: FEELS WELL. BACK TO PART-TIME AT {{FACILITY:EUCLID SHORE PUBLIC LIBRARY}} 2 WEEKS AGO. NO FEVER, DYSURIA OR GRAFT TENDERNESS.
MEDS: TACROLIMUS XR 7 MG DAILY, MYCOPHENOLATE 720 MG BID, PREDNISONE 5 MG, VALGANCICLOVIR 450 MG DAILY, TMP-SMX SS DAILY.
LABS {{DATE:10/05/2023}}: CR 1.24 (NADIR 1.10), K 4.8, MG 1.5, WBC 3.9, TAC TROUGH 9.8 NG/ML (GOAL 8-10), BK PCR NOT DETECTED, CMV PCR <35 IU/ML.
EXAM: BP 132/78. RLQ GRAFT NONTENDER, NO BRUIT. TRACE EDEMA.
A/P: STABLE GRAFT FUNCTION. CONTINUE CURRENT DOSES. MG OXIDE 400 MG BID. STENT REMOVED {{DATE:09/12/2023}} BY DR. {{NAME:ABERNATHY-COLE}}.
LAB DRAWS AT {{FACILITY:QUESTLINE LABS - WEST SHORE}}, RESULTS FAX {{FAX:(216) 555-0147}}.
RTC 2 WK ({{DATE:10/21/2023}}). PT GIVEN COORDINATOR LINE {{PHONE:216-555-0111}} X4.
{{NAME:R. VANTERPOOL}}, MD / {{NAME:DLW}}`,
  `tx coordinator phone note {{DATE:2/6/25}} 1510
called pt {{NAME:arjun venkataraman}} (mrn {{MRN:4409182}}) re tac level from {{DATE:2/5}}: 14.2 ng/mL (goal 6-8, 11 mo post LDKT). cr 1.6 up from 1.3 baseline.
pt reports took am dose at 0700 before draw at 0915 -> not a true trough. also started clarithromycin {{DATE:1/31}} from urgent care ({{FACILITY:quickcare of cedar park}}) for sinusitis - interaction!
d/w dr {{NAME:liang}}: stop clarithro, switch to doxycycline 100 bid x 7d (rx sent to pt's pharmacy {{FACILITY:greenleaf apothecary}}, {{PHONE:512-555-0133}}). hold tac tonight, resume 2 mg bid tmrw am. repeat true trough + bmp {{DATE:thurs 2/8}} at 0700-0800, before dose.
pt verbalized understanding, wife {{NAME:priya}} on speaker. also reminded no grapefruit.
cb number confirmed {{PHONE:512 555 0198}}. dr {{NAME:liang}} aware.
{{NAME:m. castellanos}} rn, transplant coordinator, {{FACILITY:hill country transplant center}}`,
  `SOCIAL WORK - TRANSPLANT PSYCHOSOCIAL & FINANCIAL CLEARANCE
Candidate: {{NAME:Eldridge "Buck" Tolliver}}   DOB: {{DATE:Jan 30, 1961}}   MRN {{MRN:BCT-209884}}
Date: {{DATE:11/14/2024}}   SW: {{NAME:Fatima Zahra Benali}}, MSW, LCSW
Lives at {{ADDRESS:2271 County Road 14}}, {{LOCATION:Piedmont}}, AL {{ZIP:36272}} with wife {{NAME:Loretta}}. Retired from {{FACILITY:Coosa Valley Pipe & Foundry}} after 31 yrs. Support: wife (primary), son {{NAME:Wade Tolliver}} {{PHONE:256-555-0114}} (backup caregiver, lives 10 min away), pastor at {{FACILITY:Mount Gilead Baptist Church}}.
Substance: quit tobacco 2019, no EtOH x 8 yrs (hx DUI 2012). SIPAT score 22 (acceptable).
Financial: Medicare A/B MBI {{HEALTH_PLAN:2RM7-JK4-PX19}}; Part D via Southern Crest Rx, member {{HEALTH_PLAN:SCR009145672}}. Medigap plan G. Est. immunosuppressant copay $0-$45/mo after coverage gap; eligible for manufacturer assistance. Fundraising: church account set up at {{FACILITY:First Cherokee County Bank}}, acct {{ACCOUNT:0044-81920-3}} (pt gave permission to document).
Transportation: 2 hr drive to center; car 2016 Silverado, plate AL {{VEHICLE:47B8K21}}. Lodging at {{FACILITY:Hope House}} discussed for post-op 2 wks.
Assessment: psychosocially and financially CLEARED for listing. Recommend caregiver contract signed before listing.`,
  `{{FACILITY:Valley Wheels Medical Transport}}
{{ADDRESS:90 Industrial Pkwy, Unit 6}}  {{LOCATION:Chillicothe}}, OH {{ZIP:45601}}  Dispatch {{PHONE:740-555-0192}}  Fax {{FAX:740-555-0193}}

{{DATE:January 8, 2024}}

To: Charge Nurse, {{FACILITY:Scioto Bend Dialysis}}
Re: {{NAME:Gerald Ashworth-Pike}}, DOB {{DATE:04/17/1949}}, Medicaid {{HEALTH_PLAN:OH 9910427733}}

This letter confirms recurring wheelchair van transport for the above rider for hemodialysis Tuesday/Thursday/Saturday. Pick-up window 0515-0545 at {{ADDRESS:318 Mound St, Apt 1}} for the 0600 chair; return pick-up is called in by the unit when treatment ends. Trip authorization {{ID:MTA-774120}} is valid through {{DATE:06/30/2024}}.
Please note: the rider's chair time change from 2nd to 1st shift (effective {{DATE:1/16/24}}) was received from Ms. {{NAME:Kowalczyk}} on your staff ({{NAME:Dorota Kowalczyk}}, RN).
Regular driver: {{NAME:Curtis Beal}}, vehicle #12 (plate {{VEHICLE:JHX 4471}}). Rider uses a bariatric chair; a second attendant is not required.
Questions: {{NAME:Tamsin O'Rourke}}, Scheduling Supervisor, {{EMAIL:scheduling@valleywheelsmt.com}}`,
  `GUEST/TRANSIENT DIALYSIS REQUEST
From: {{FACILITY:Desert Mesa Kidney Center}}, {{LOCATION:Tucson}} AZ   Ph {{PHONE:520-555-0181}}   Fax {{FAX:520-555-0182}}
To: {{FACILITY:Coastal Pines Dialysis - Myrtle Beach}}   Fax {{FAX:843-555-0160}}
Patient: {{NAME:Yazzie, Leonard}}   DOB {{DATE:12/02/1957}}   Home unit MRN {{MRN:DMK-33107}}
Requested dates: {{DATE:7/8/2024}} through {{DATE:7/20/2024}} (MWF, prefers 1st shift) - visiting daughter {{NAME:Shandiin Yazzie-Morales}} at {{ADDRESS:711 Palmetto Dunes Ct}}, {{LOCATION:Surfside Beach}} {{ZIP:29575}}, cell {{PHONE:843-555-0139}}.
Rx: 4 hr, F180 dialyzer, Qb 400/Qd 600, 2K/2.5Ca bath, EDW 82.0 kg, heparin 2000 U bolus + 1000 U/hr. Access: R forearm AVF, 15g needles.
Hep B sAg neg {{DATE:05/28/2024}}, sAb 42 (immune). Hep C Ab neg. TB screen neg 2023.
Insurance: Medicare primary {{HEALTH_PLAN:7EA3-HN8-TY24}}, IHS secondary.
Enclosed: last 3 run sheets, H&P, med list, EKG, CXR, advance directive.
Contact: {{NAME:Rosalind Tsosie}}, RN, travel coordinator, {{EMAIL:rtsosie@desertmesakc.net}}
Attending nephrologist: Dr. {{NAME:Bahram Karimi}}, NPI {{LICENSE:1457309226}}`,
  `RENAL ALLOGRAFT BIOPSY - SURGICAL PATHOLOGY REPORT
Accession: {{ID:SP24-18823}}   Received {{DATE:03/11/2024 16:05}}
Patient: {{NAME:Ngata, Hemi}}   MRN {{MRN:7765301}}   Location: {{FACILITY:Whitcombe 6}} transplant unit, rm 614
Clinician: {{NAME:Salome Ferreira-Kahn}}, MD   Pathologist: {{NAME:P. Lindqvist}}, MD
Clinical: DDKT {{DATE:11/2023}}, Cr rise 1.4 -> 2.3, DSA to DQ7 (MFI 6400). r/o AMR.
Specimen: 2 cores 16g, cortex + medulla, 22 glomeruli, 1 globally sclerotic.
Light microscopy: moderate peritubular capillaritis (ptc2), glomerulitis (g2), interstitial inflammation i1, tubulitis t1, v0. IFTA ci1/ct1 (~10%). Arteries with mild intimal fibrosis cv1.
Immunofluorescence: C4d diffusely positive in PTC (C4d3).
EM: pending, glomerular basement membrane duplication not evident on LM.
Banff 2019: Active antibody-mediated rejection (g2, ptc2, C4d3, DSA+). Borderline T-cell changes insufficient for TCMR.
Polyoma (SV40) IHC negative.
Called to Dr. {{NAME:Ferreira-Kahn}} {{DATE:3/12/24}} 1120.
Electronically signed {{DATE:03/12/2024 11:34}} {{NAME:PL}}`,
  `US RENAL TRANSPLANT WITH DOPPLER
{{FACILITY:Lakeshore Methodist Imaging}} - Exam {{DATE:09/30/2024 07:55}}   Accession {{ID:RAD-7718204}}
Patient: {{NAME:Oduya, Chinonso}}   MRN {{MRN:L-2290461}}   DOB {{DATE:3/3/1979}}   Ordering: {{NAME:Wexler, Anneliese}} MD
History: LRKT {{DATE:9/26/2024}} (donor: brother), POD 4, urine output down to 20 mL/hr, Cr 3.1.
Technique: Grayscale and color/spectral Doppler of the right iliac fossa allograft. Comparison: intraop Doppler {{DATE:9/26}}.
Findings: Allograft 11.8 cm. Mild hydronephrosis, new. Perinephric fluid collection inferior pole 5.2 x 3.4 x 4.0 cm, simple, likely lymphocele vs urinoma. Main renal artery PSV 148 cm/s at anastomosis; RI upper 0.72, mid 0.70, lower 0.74. Main renal vein patent. No AV fistula. Bladder decompressed with Foley.
Impression:
1. New mild hydronephrosis with inferior pole collection 5 cm; recommend Cr of fluid if drained.
2. Normal arterial and venous flow. No evidence of stenosis or thrombosis.
Findings called to Dr. {{NAME:Wexler}} and transplant fellow Dr. {{NAME:Ibrahim Al-Sayegh}} at 0815 on {{DATE:9/30/24}}, read back confirmed.
Radiologist: {{NAME:Kofi Mensah-Larbi}}, MD. Transcribed by {{NAME:tk}}.`,
  `KIDNEY/PANCREAS SELECTION COMMITTEE - MINUTES
{{FACILITY:Prairie Heart Transplant Center}}   Meeting {{DATE:Tuesday, May 14, 2024}} 0700, Conf Rm B
Present: Drs. {{NAME:Haugland}} (chair), {{NAME:Esposito}}, {{NAME:Nwachukwu}}; coordinators {{NAME:R. Szulc}}, {{NAME:Lin}}; SW {{NAME:Benali}}; RD {{NAME:Tran}}; pharmacist {{NAME:Gideon Marsh}}.
1. {{NAME:Delgado, Marisol}} ({{MRN:ACT-5510932}}) - APPROVED for kidney listing, O, cPRA 0%. Listing date {{DATE:5/15/2024}}. LD eval of daughter ongoing.
2. {{NAME:Tolliver, Eldridge}} - APPROVED pending signed caregiver contract; cardiology clearance {{DATE:4/30/24}}.
3. {{NAME:Szymanski, Irena}} - DEFERRED: BMI 41.2, refer to weight mgmt ({{FACILITY:Prairie Heart Bariatric Clinic}}); re-present in 6 mo.
4. {{NAME:ABUBAKAR, Yusuf}} (SPK candidate, T1DM, C-peptide <0.1) - APPROVED for SPK, B+, cPRA 67%.
5. {{NAME:Mae-Lynn Quarles}} - NOT APPROVED: active cocaine use (UDS +{{DATE:4/22}}), 6 mo sobriety + IOP at {{FACILITY:Riverbend Recovery Center}} required. Letter to pt and referring nephrologist Dr. {{NAME:Ostrander}}.
Next meeting {{DATE:5/28/24}}. Minutes: {{NAME:gm}}`,
  `******** FAX COVER SHEET ********
{{FACILITY:NORTHSTAR TRANSPLANT SERVICES}}  |  {{ADDRESS:2600 University Ave SE, Ste 410}}, {{LOCATION:Minneapolis}} MN {{ZIP:55414}}
Phone {{PHONE:612-555-0124}}   Fax {{FAX:612-555-0125}}
DATE: {{DATE:08/02/2024}}    PAGES (incl cover): 6
TO: {{FACILITY:Iron Range Dialysis - Hibbing}}, attn: {{NAME:Jolene Maki}}, RN      FAX: {{FAX:(218) 555-0186}}
FROM: {{NAME:Sven Halvorsrud}}, RN, Pre-Transplant Coordinator   ext {{PHONE:4-7719}}
RE: {{NAME:PELTIER, ANTOINE}}   DOB {{DATE:10/10/1971}}   NTS ID {{MRN:NTS-0091744}}
Please draw monthly PRA/antibody screen with next treatment and ship to {{FACILITY:Upper Midwest HLA Laboratory}} via FedEx (kit enclosed, airbill # on box). Sample must arrive Mon-Thu. Also needed before {{DATE:8/30}}: updated Hep B/C, HIV, and CXR.
Patient is active on list (status 1), waiting time from {{DATE:03-01-2021}}.
CONFIDENTIALITY: This fax contains protected health information. If received in error call {{PHONE:612-555-0100}} and destroy.`,
  `MyCare Portal - message thread
From: {{NAME:Nkechi Obiora-Hart}} (patient)   Sent {{DATE:Sun 12/1/2024 9:14 PM}}
To: Transplant Nephrology Team, {{FACILITY:Bayside Memorial Transplant}}
Subject: swelling + bp
hi, my ankles are puffy since last weekend and bp this am was 158/96 on my home cuff (Omron BP7350). my tacro is 3mg twice a day. I ate a lot of ham at my aunt {{NAME:Chioma}}'s house in {{LOCATION:Stone Mountain}}. should i come in? my new cell is {{PHONE:404-555-0177}}. also please send the letter for my job at {{FACILITY:Peachtree Freight Logistics}} - HR fax {{FAX:404-555-0178}}.
----
From: {{NAME:Beatriz Olmedo}}, RN   Sent {{DATE:Mon 12/2/2024 8:02 AM}}
Hi {{NAME:Nkechi}}, thanks for reaching out. Please get labs today (BMP, CBC, tac trough before your AM dose) at any of our draw sites and hold off on extra salt. Dr. {{NAME:Achterberg}} would like to see you {{DATE:Wed 12/4}} at 10:40. Work letter sent to your HR by fax this morning. If you have shortness of breath, go to the ED.
Record: {{MRN:BMT-66120387}}  |  portal {{URL:https://mycare.baysidememorial-tx.org/msg/88213}}`,
  `INCIDENT REPORT - DIALYSIS UNIT (internal, not part of medical record)
Incident #: {{ID:IR-24-0519}}   Unit: {{FACILITY:Cumberland Gap Dialysis}}   Date/time of event: {{DATE:05/19/2024 13:26}}
Patient involved: {{NAME:Hollis Rutherford}}   MRN {{MRN:CG-10482}}   Station 9
Event: venous needle dislodgement during 2nd hr of tx. Pt had moved arm under blanket while asleep; tape intact but needle migrated out. Blood loss est 150-200 mL. Venous pressure alarm sounded but drop small (VP 140 -> 60) so alarm limits did not stop pump immediately.
Action: pump stopped by PCT {{NAME:Darnell Fugate}} at 13:27, pressure held, charge RN {{NAME:Wanda Cline-Sizemore}} notified. Vitals stable BP 112/64, HR 92. Tx completed with new needle placement. Hgb post 9.1 (pre 9.8).
Notified: Dr. {{NAME:Ramaswamy}} by phone 13:40; daughter {{NAME:Becky}} at {{PHONE:606-555-0116}}.
Contributing: access not visible, Fresenius 2008T machine VP alarm window 200. Device serial {{DEVICE:8TB-339017}} taken out of service for check.
Follow-up: staff in-service on access visibility {{DATE:5/22}}. Reported by {{NAME:W. Cline-Sizemore}} {{DATE:5/19/24}}.`,
  `home hemo remote monitoring log - {{FACILITY:cascadia home dialysis program}}
pt: {{NAME:o'halloran, fiona}}  id {{MRN:CHD-50217}}  machine: NxCycle S2 sn {{DEVICE:S2-0470-99312}}  ro unit sn {{DEVICE:PW-118843}}
tx {{DATE:3/4/25}}: 2:45 hr, uf 2.1 L, sbp 118-134, no alarms. data upload ok from gateway {{IP:10.44.17.203}}.
tx {{DATE:3/5/25}}: upload failed x3 (modem at {{IP:172.16.88.41}} offline). called pt {{PHONE:(503) 555-0143}} 1015 - home wifi down, care partner {{NAME:declan}} reset router. manual flowsheet faxed later to {{FAX:503-555-0144}}.
tx {{DATE:3/6/25}}: uf 2.6 L, 1 arterial pressure alarm at 40 min (repositioned needle), resolved.
water: chlorine/chloramine test done by pt daily, all <0.1 ppm. monthly bacteria/endotoxin culture drawn {{DATE:3/3}}, sent to {{FACILITY:pacific aqua analytics}}, results pending.
portal for flowsheets: {{URL:portal.cascadiahd.net/pt/50217}}
plan: tech visit {{DATE:3/11}} (tech {{NAME:raul ibarra-soto}}) to swap modem. rn {{NAME:g. halvorsen}} reviewed {{DATE:3/6/25}} 1630.`,
  `Admission Date: [**{{DATE:2148-6-2}}**]     Discharge Date: [**{{DATE:2148-6-9}}**]
Date of Birth: [**{{DATE:2091-1-17}}**]     Sex: M
Service: TRANSPLANT SURGERY
Attending: [**{{NAME:First Name4 (NamePattern1) 2231}}**] [**{{NAME:Last Name (NamePattern1) 8817}}**], M.D.
HPI: 57M w ESRD 2/2 IgA nephropathy on HD via R IJ tunneled cath since [**2145**], called in for deceased donor kidney offer (KDPI 22%), crossmatch negative.
Procedure [**{{DATE:6-2}}**]: deceased donor kidney transplant, L iliac fossa, ureteroneocystostomy with double J stent.
Course: immediate graft function, Cr 8.9 -> 2.1 by POD#5. Thymo x3 doses, pred taper. Tac started POD#1, level 9.4 on [**{{DATE:6-8}}**]. JP drain removed POD#4. Foley out POD#3.
Dialysis catheter to be removed at clinic by IR ([**{{FACILITY:Hospital1 18}}**] IR suite).
Discharge meds: tacrolimus 4 mg [**Hospital1 **], MMF 1000 mg BID, prednisone 20 mg daily, valganciclovir 450 daily, Bactrim SS daily, nystatin swish.
Follow-up: Transplant clinic [**{{DATE:2148-6-12}}**] 9:00, labs Mon/Thu at [**{{FACILITY:Hospital 1426}}**] lab. Call Dr. [**{{NAME:Last Name (STitle) 4412}}**] at [**{{PHONE:Telephone/Fax (1) 3321}}**] w/ fever > 100.4.
Pt's wife [**{{NAME:Name (NI) 1720}}**] trained in med administration.
[**{{NAME:First Name8 (NamePattern2) 112}}**] [**{{NAME:Last Name (NamePattern1) 9023}}**] MD [**{{MRN:MD Number(1) 4410}}**]
Completed by: [**{{DATE:2148-6-9}}**]`,
  `pd rn note - {{FACILITY:three rivers home dialysis}} - {{DATE:10/22/24}}
pt {{NAME:keshawn dubose}} 41m, ccpd x 14 mo. called unit 0710: cloudy effluent since last night, abd pain 6/10, no fever. came in at 0900 w/ bag (mother ms. {{NAME:aretha dubose}} drove).
cell count: wbc 1840, 82% pmn. gram stain: gpc in clusters. cx sent to {{FACILITY:riverside reference lab}} (req # {{ID:RRL-4471902}}).
exit site clean, tunnel nontender. pt admits skipped mask/handwash "a couple times" - works early shift at {{FACILITY:tri-county cold storage}}.
per dr {{NAME:sokolova}} (on call {{PHONE:555-0142}}): ip vanc 2 g in long dwell q5d + ceftazidime 1 g ip daily. first dose given in unit 1020. retrain on technique {{DATE:10/25}} with rn {{NAME:lupe fa'asavalu}}.
home: {{ADDRESS:1129 Ohio River Blvd, Apt 3}}, {{LOCATION:Avalon}}. vanc level {{DATE:10/25}}. f/u visit {{DATE:fri 10/25/24}}.
mrn {{MRN:TRH-00619}}   -- {{NAME:cjw}}`,
  `RENAL DIETITIAN MONTHLY ASSESSMENT
Unit: {{FACILITY:Magnolia Bayou Dialysis}}   Date: {{DATE:February 5, 2025}}
Patient: {{NAME:THIBODEAUX, ROSALIE}}   Age {{AGE:92}}   MRN {{MRN:MB-70315}}
Diet: 2 g Na, 2 g K, 1 L fluid restriction, 1.2 g/kg protein.
Labs {{DATE:1/29/25}}: Alb 3.3 (down from 3.6), Phos 4.1, K 5.6, nPCR 0.78. Wt 48.2 kg (EDW 49), down 2.3 kg over 2 mo.
Intake: poor appetite since grandson {{NAME:Lucien}} moved to {{LOCATION:Baton Rouge}}; eats mostly gumbo and crackers. Neighbor Mrs. {{NAME:Fontenot}} brings meals Tues/Thurs; meals on wheels via {{FACILITY:Acadiana Council on Aging}} M/W/F.
Plan: start Nepro 1 can on tx days (given chairside), liberalize protein, K binder per MD. Weigh weekly. Discussed w/ daughter-in-law {{NAME:Claudette Thibodeaux}} {{PHONE:337-555-0128}}.
MD: Dr. {{NAME:Babineaux}}. Next assessment {{DATE:3/5/25}}.
{{NAME:Yvette Guidry}}, MS, RD, LDN`,
  `{{FACILITY:Three Rivers Donor Alliance}} - Donor Family Services
{{ADDRESS:500 Commerce Dr, Floor 2}}, {{LOCATION:Wexford}}, PA {{ZIP:15090}}

{{DATE:September 3, 2024}}

Dear Mrs. {{NAME:Keegan}},

On behalf of everyone at the Network, please accept our gratitude for the gift your son {{NAME:Shane}} gave on {{DATE:June 4, 2024}}. We wanted you to know how his gift has helped others.
{{NAME:Shane}}'s kidneys were transplanted into two recipients: a 54-year-old father of three in Ohio, who no longer needs dialysis, and a woman in her sixties who had waited nearly six years. His liver went to a 47-year-old teacher. His corneas restored sight to two people.
We will forward any letters from recipients. Per policy, their names are not shared unless both sides agree. Your donor reference number for correspondence is {{ID:DFS-2024-0381}}.
Our bereavement support group meets the first Thursday of each month at {{FACILITY:St. Casimir Parish Hall}} in {{LOCATION:DuBois}}. Your aftercare coordinator is {{NAME:Maeve Quinlan-Oduya}}, {{PHONE:724-555-0150}}, {{EMAIL:mquinlan@trdonoralliance.org}}.
With sympathy and gratitude,
{{NAME:Omar Haddad}}, Donation Coordinator`,
  `OPERATIVE REPORT - LAPAROSCOPIC LEFT DONOR NEPHRECTOMY
Date: {{DATE:06/18/2024}}   Surgeon: {{NAME:Ewa Zielinska-Marsh}}, MD   Asst: {{NAME:Dmitri Pavlenko}}, MD (fellow)
Donor: {{NAME:Lucia Delgado-Ferris}}   MRN {{MRN:ACT-5590118}}   Donor ID {{ID:LD-24-0117}}
Recipient: {{NAME:M. Delgado}} (OR 7, simultaneous)
Anesthesia: GETA. EBL 50 mL. Warm ischemia 2 min 40 s.
Procedure: R lateral decubitus. Pneumoperitoneum 15 mmHg via Hasson. Colon reflected medially. Gonadal, adrenal and lumbar veins clipped and divided. Single renal artery (5 mm) and vein. Ureter divided at the iliac crossing. Kidney extracted through Pfannenstiel incision, flushed on back table with cold UW solution, handed to recipient team (Dr. {{NAME:Haugland}}) at 10:52. Artery stapled with Endo-GIA, vein with TA.
Specimen: left kidney, 11 cm, to recipient.
Implants: none. Hem-o-lok clips (lot 2407A31).
Condition: extubated, to PACU, stable. Plan: {{FACILITY:Gilchrist 8}} surgical unit, ERAS pathway, d/c POD 1-2.
Dictated by {{NAME:EZM}} {{DATE:6/18/2024 13:15}}, transcribed {{NAME:lr}}`,
  `INFECTION CONTROL - HEPATITIS B STATUS / ISOLATION
{{FACILITY:Cedar Knoll Kidney Center}}   Station 19 (isolation room)
Pt: {{NAME:Sok Chanthy}}   MRN {{MRN:CK-88190}}   DOB {{DATE:8-Aug-1963}}
Transferred in {{DATE:7/1/2024}} from {{FACILITY:Lowell Harbor Dialysis}} ({{LOCATION:Lowell}}, MA, ph {{PHONE:978-555-0137}}). Outside records: HBsAg POSITIVE {{DATE:06/12/2024}}, HBV DNA 2.1 x 10^3 IU/mL.
Action: dedicated machine (#22, sn {{DEVICE:K7P-55018}}) in isolation room, dedicated staff per shift, gown/gloves. HBsAg not to be repeated monthly; annual.
Other pts: HBsAb titers reviewed, all immune or on vaccine series. Vaccine given today to pt {{NAME:Harlan Beasley}} (Engerix-B 40 mcg IM L deltoid, lot KD8834, exp 2026-03). 
Notified: medical director Dr. {{NAME:Preeti Choudhary}}; state health dept report faxed {{DATE:7/2}}.
GI referral for antiviral: {{FACILITY:Merrimack Liver Associates}}, fax {{FAX:978-555-0145}}.
Pt speaks Khmer - interpreter {{NAME:Vanna}} via language line ID {{ID:LL-44017}}.
IC nurse {{NAME:T. Abernethy}}, {{DATE:07/02/2024}}`,
  `PRIOR AUTHORIZATION REQUEST - SPECIALTY DRUG
TO: GRANITE STATE HEALTH PARTNERS PHARMACY REVIEW   FAX 1-800-555-0199
FROM: {{FACILITY:ST. ODILE UNIVERSITY HOSPITAL}} TRANSPLANT PHARMACY, {{NAME:GIDEON MARSH}}, PHARMD, {{PHONE:(216) 555-0119}}, FAX {{FAX:(216) 555-0120}}
DATE: {{DATE:01/16/2025}}
MEMBER: {{NAME:MBEKI, THANDIWE}}   DOB {{DATE:05/29/1984}}   MEMBER ID {{HEALTH_PLAN:GSH-7730-41185}}
PRESCRIBER: {{NAME:ROSHAN VANTERPOOL}}, MD   NPI {{LICENSE:1982047731}}   DEA {{LICENSE:BV4418207}}
DRUG: BELATACEPT 5 MG/KG IV Q4 WEEKS (HCPCS J0485), WT 64 KG = 320 MG (ROUND TO 2 VIALS x 250 MG).
DX: Z94.0 KIDNEY TRANSPLANT STATUS; T86.11 KIDNEY TRANSPLANT REJECTION (HX); N18.32.
RATIONALE: CONVERSION FROM TACROLIMUS FOR CALCINEURIN INHIBITOR NEPHROTOXICITY ON BIOPSY {{DATE:12/20/2024}} (ACCESSION {{ID:SP24-31077}}) AND NEW-ONSET DIABETES AFTER TRANSPLANT (A1C 8.2). EBV IGG POSITIVE (REQUIRED).
SITE OF CARE: {{FACILITY:LAKE ERIE INFUSION SUITES}}, {{ADDRESS:14500 DETROIT AVE, STE 200}}, {{LOCATION:LAKEWOOD}} OH {{ZIP:44107}}.
AUTH # (PAYER USE): {{ID:PA-25-0094417}}   STATUS: APPROVED 12 MONTHS, EFFECTIVE {{DATE:01/21/2025}}.`,
  `NEW PATIENT ADMISSION - OUTPATIENT HEMODIALYSIS
{{FACILITY:Pinecrest Dialysis of Hattiesburg}}   Admit date {{DATE:3/18/2024}}
Name: {{NAME:Cornelius Ray Pettaway}}  Preferred: "{{NAME:C.R.}}"   DOB {{DATE:09/09/1955}}   MRN {{MRN:PDH-20931}}
SSN on file: {{SSN:xxx-xx-6612}} (full number in billing only)
Address: {{ADDRESS:48 Longleaf Trail}}, {{LOCATION:Petal}}, MS {{ZIP:39465}}. Home {{PHONE:601-555-0161}}.
Emergency contact: wife {{NAME:Odessa Pettaway}} {{PHONE:601-555-0162}}; son {{NAME:Marcus}} (works at {{FACILITY:Leaf River Lumber}} - ok to call {{PHONE:601-555-0170}}).
Hospital d/c from {{FACILITY:Longleaf Regional Hospital}} {{DATE:3/15/24}} after starting HD emergently (K 7.2, BUN 148). Access: R IJ tunneled catheter placed {{DATE:3/12/24}}; AVF referral to Dr. {{NAME:Whitlock}}.
Form CMS-2728 completed and signed {{DATE:3/18/24}}. Medicare application in process; current coverage Magnolia Medicaid {{HEALTH_PLAN:MSM-448120093}}.
Schedule: TTS 1st shift, chair 3. Transport: {{FACILITY:Southpine Paratransit}} paratransit, ID {{ID:PBT-5561}}.
Patient education: fluid limits, K foods, catheter care (no shower w/o cover). Modality options (PD, home HD, transplant) discussed; pt wants more info on PD.
Admitting RN {{NAME:Latoya Gaines-Hubbard}}. Nephrologist Dr. {{NAME:Akintola}}.`,
  `Transplant Pharmacy Med Reconciliation
Pt: {{NAME:Yusuf Abubakar}}   MRN {{MRN:PHT-3318020}}   SPK {{DATE:7/3/2024}}   Visit {{DATE:07/29/2024}}
Pharmacist: {{NAME:Ayesha Qureshi-Lund}}, PharmD, BCTXP
Reviewed with pt and wife {{NAME:Hauwa}} using pill bottles brought from home.
Tacrolimus 4 mg BID (level 11.1, goal 10-12) - taking correctly.
Mycophenolate mofetil 1000 mg BID - pt had GI upset, taking 500 BID on his own since {{DATE:7/20}}. Notified Dr. {{NAME:Nwachukwu}}; change to mycophenolic acid DR 720 mg BID.
Prednisone 5 mg daily. Valganciclovir 900 mg daily (D+/R-, 6 months). Sulfamethoxazole-trimethoprim SS MWF. Aspirin 81 mg. Pantoprazole 40 mg. Insulin glargine STOPPED post SPK - pt still had 2 pens, disposed today.
Discrepancies: pt taking OTC ibuprofen 400 mg for back pain - counseled to STOP (NSAIDs), use acetaminophen max 3 g/day.
Pharmacy: {{FACILITY:Capitol Rx Specialty}} (mail order), ph {{PHONE:608-555-0176}}, pt acct {{ACCOUNT:CRX-99017342}}. Next fill {{DATE:8/2}}.
Copay card for tacrolimus enrolled, card # {{ACCOUNT:TCP 4410 8821 0917}}.
Teach-back complete. Med list given. {{NAME:AQL}}`,
  `TELEPHONE ENCOUNTER - MISSED TREATMENT
{{FACILITY:Eastbrook Dialysis}}   {{DATE:Saturday 11/23/2024}}
Pt {{NAME:Rufus Oyelowo-Grant}} (MRN {{MRN:EB-40712}}) no-show for 0630 chair. Last tx {{DATE:Thurs 11/21}}, left 45 min early, post wt 3.1 kg over EDW. K on {{DATE:11/19}} was 6.1.
0700 called home {{PHONE:215-555-0131}} - no answer. 0715 called cell {{PHONE:215-555-0132}} - voicemail full.
0720 called emergency contact sister {{NAME:Bernadette Grant}} {{PHONE:267-555-0104}}: she has not heard from him since {{DATE:11/21}}. She will drive to his apartment ({{ADDRESS:2219 N. Croskey St, 2nd fl}}) - 30 min.
0745 per charge RN and Dr. {{NAME:Feldman-Osei}} (on call), requested police welfare check, {{LOCATION:Philadelphia}} police, incident # {{ID:24-0117734}}.
0830 sister called back: pt found confused, SOB. EMS transported to {{FACILITY:Kensington Crossing Medical Center}} ED. Report called to ED RN {{NAME:Kaur}} at 0850: last labs, EDW, access (L AVF), code status full.
Will follow; hold chair for Mon. -{{NAME:Dana Whitcomb-Reyes}}, RN`,
  `HLA LABORATORY - VIRTUAL & FLOW CROSSMATCH REPORT
{{FACILITY:Upper Midwest HLA Laboratory}}   CLIA 24D0998812
Recipient: {{NAME:PELTIER, ANTOINE}}   Lab ID {{MRN:HLA-19-04471}}   ABO B
Donor: UNOS {{ID:AHKP442}}, {{FACILITY:Duluth Northern Medical Center}} donor, ABO B   Received {{DATE:11/02/2024 23:40}}
Recipient typing: A*02:01, A*24:02; B*44:02, B*51:01; C*05:01, C*14:02; DRB1*04:01, DRB1*13:01; DQB1*03:02, DQB1*06:03.
Donor typing: A2, A3; B7, B44; DR4, DR15; DQ6, DQ7.
Current serum ({{DATE:10/14/2024}}) SAB: anti-A3 MFI 1850 (weak), no DQ7 DSA. cPRA 34%.
Flow crossmatch: T-cell 18 MCS (neg, cutoff 50), B-cell 62 MCS (neg, cutoff 100).
Interpretation: virtual XM compatible; flow XM negative. Low-level A3 DSA (MFI <2000), low risk.
Called to Dr. {{NAME:Halvorsrud-Lee}} (transplant surgeon on call) {{DATE:11/03/2024 03:15}}.
Lab director: {{NAME:Ngozi Okafor-Brandt}}, PhD, D(ABHI). Tech: {{NAME:jmv}}.
Report ID {{ID:XM-24-1182}}.`,
  `IR PROCEDURE NOTE - TUNNELED DIALYSIS CATHETER EXCHANGE
{{FACILITY:Bayside Memorial}} IR, room 2   {{DATE:04/04/2024}}
Patient: {{NAME:Gonzalo Ybarra Castañeda}}   MRN {{MRN:BMT-60044291}}   DOB {{DATE:6/14/1971}}
Referring: {{FACILITY:Harbor Point Dialysis}} ({{NAME:Lorraine}}, charge RN, {{PHONE:619-555-0113}}) - poor flows (Qb <250), tPA dwell x2 failed.
Existing: R IJ tunneled HD catheter placed {{DATE:Jan 2024}}.
Procedure: catheter exchanged over wire. Fibrin sheath disrupted with 10 mm balloon. New 14.5 Fr x 23 cm tip-to-cuff catheter placed, tip in right atrium on fluoro. Locked with heparin 1000 U/mL per lumen volume (1.6/1.7 mL).
Device: Palindrome-type symmetric tip catheter, lot 24B0713, catalog 8888145029.
Sedation: midazolam 2 mg, fentanyl 100 mcg, 18 min, monitored by {{NAME:Hyun-woo Baek}}, RN.
Complications: none. May use immediately.
AVF planning: vein mapping ordered, surgeon Dr. {{NAME:Marchetti}}, {{FACILITY:South Bay Vascular}}, {{PHONE:619-555-0152}}.
Operator: {{NAME:Ferreira, Tiago}}, MD. {{DATE:4/4/24 1402}}`,
  `{{FACILITY:Cascadia Home Dialysis Program}}
{{ADDRESS:8800 SW Barbur Blvd, Suite 120}} | {{LOCATION:Portland}}, OR {{ZIP:97219}} | {{PHONE:503-555-0140}}

{{DATE:February 20, 2025}}

To whom it may concern, {{FACILITY:Willamette Gorge Power Cooperative}} - Medical Priority Program

Re: Account holder {{NAME:Fiona O'Halloran}}, service address {{ADDRESS:1507 NE Halsey St}}, {{LOCATION:Portland}} {{ZIP:97232}}, utility account {{ACCOUNT:WGPC-00581-33390}}

Ms. {{NAME:O'Halloran}} completed home hemodialysis training on {{DATE:2/14/2025}} and performs treatments 5 days a week at home using a dialysis machine and water treatment unit that require uninterrupted electrical power. Please register her household for medical priority status and advance notice of planned outages. Her care partner is {{NAME:Declan O'Halloran}}, {{PHONE:(503) 555-0143}}.
In a power outage she is instructed to call our on-call line and, if needed, come to our in-center unit ({{FACILITY:Cascadia Kidney Center - Burnside}}).
Sincerely,
{{NAME:Greta Halvorsen}}, RN, Home Program Manager
{{NAME:Maximilian Obi-Sorensen}}, MD, Medical Director, license OR {{LICENSE:MD-204118}}`,
  `transplant neph progress note {{DATE:5/7/25}}
{{NAME:hemi ngata}} 47m, ddkt {{DATE:11/2023}}, amr {{DATE:3/2024}} treated w/ plex x5 + ivig + rituximab. now bk viremia.
bk pcr: {{DATE:4/2}} 8,400 -> {{DATE:4/30}} 41,000 copies/mL. cr 1.9 (baseline 1.7). dsa dq7 mfi now 2100.
meds: tac 3 bid (level 7.9), mpa 360 bid (reduced from 720 {{DATE:4/3}}), pred 5.
plan:
- stop mpa, keep tac trough 5-7. recheck bk + cr q2wk.
- avoid cidofovir for now. consider ivig again if bk > 10^5.
- pt flying to {{LOCATION:Auckland}} {{DATE:6/10}} for 3 wk (mother unwell). ok to travel: labs arranged at {{FACILITY:Manukau Renal Clinic}} via dr {{NAME:aroha tipene}} ({{EMAIL:a.tipene@manukaurenal.co.nz}}). gave letter for carrying meds through customs.
- brother {{NAME:wiremu}} came w/ him today, asks about being donor if graft fails - gave living donor line.
- pt's employer {{FACILITY:harbour city freight}} wants fitness-for-duty form - completed.
next visit {{DATE:6/4/25}}. mrn {{MRN:7765301}}. -- {{NAME:s. ferreira-kahn}}`,
  `{{FACILITY:NORTHSTAR TRANSPLANT SERVICES}}
Kidney Transplant Program

{{DATE:October 1, 2024}}

{{NAME:Antoine Peltier}}
{{ADDRESS:PO Box 212}}
{{LOCATION:Chisholm}}, MN {{ZIP:55719}}

Dear Mr. {{NAME:Peltier}}:

Your status on the national kidney transplant waiting list has been changed to INACTIVE (status 7) as of {{DATE:09/27/2024}}. You keep accruing waiting time while inactive, which started {{DATE:March 1, 2021}}.
Reason: we need updated cardiac testing (stress test expired) and your dental clearance. You were hospitalized at {{FACILITY:Mesabi Pines Hospital}} for a foot infection on {{DATE:9/20/24}}; we also need the discharge records.
Once complete, the team will review and reactivate you. Your coordinator is {{NAME:Sven Halvorsrud}}, RN, {{PHONE:612-555-0124}} ext. {{PHONE:7719}}.
Patient ID: {{MRN:NTS-0091744}}
Sincerely,
{{NAME:Anika Brennholt}}, MD, Surgical Director
cc: Dr. {{NAME:Janssen-Moe}}, {{FACILITY:Iron Range Dialysis - Hibbing}}`,
  `PERMANENT TRANSFER SUMMARY (unit to unit)
From: {{FACILITY:Eastbrook Dialysis}}, {{LOCATION:Philadelphia}} PA, fax {{FAX:215-555-0136}}
To: {{FACILITY:Lowcountry Renal Care - Summerville}}, {{LOCATION:Summerville}} SC, fax {{FAX:843-555-0171}}
Patient: {{NAME:Bernice Alvarado-Quintero}}   DOB {{DATE:1952-04-03}}   Home unit MRN {{MRN:EB-39028}}
Last tx here: {{DATE:Friday 8/2/2024}}. First tx there: {{DATE:Tuesday 8/6/2024}} (MWF 2nd shift accepted by Dr. {{NAME:Pinckney}}).
Reason: moving to live with son {{NAME:Ruben Alvarado}}, {{ADDRESS:122 Sweetgrass Way}}, {{ZIP:29483}}, {{PHONE:843-555-0147}}.
Rx: 3.75 hr, Revaclear-type dialyzer, Qb 350, Qd 500, 2K/2.5Ca, EDW 58.5 kg. Heparin none (hx HIT). Access: L upper arm AVG, buttonhole not used.
Meds: sevelamer 1600 TID, calcitriol 0.25 mcg TIW IV on HD, epoetin 4000 U each tx, iron sucrose 100 mg x 10 (completed).
Labs {{DATE:07/26/2024}}: Hgb 10.4, Kt/V 1.52, Alb 3.9, Phos 5.0. HBsAg neg, HBsAb 110.
Transplant: listed at {{FACILITY:Keystone Ridge Transplant}}, will need new center referral in SC; UNOS waiting time transfers.
Advance directive: DNR/DNI, copy enclosed. Payer: Medicare {{HEALTH_PLAN:3KD2-FR7-WA81}}.
SW {{NAME:Lenore Pike}}, {{EMAIL:lpike@eastbrookdialysis.com}}`,
  `From: {{NAME:Renata Szulc}} <{{EMAIL:rszulc@allegheny-crest-ti.org}}>
To: {{NAME:Quentin Hargrove}} <{{EMAIL:qhargrove@sunriseriverdialysis.com}}>
Date: {{DATE:Thu, 27 Jun 2024 16:44:09 -0400}}
Subject: RE: pt {{NAME:DELGADO}} - post tx handoff

{{NAME:Quentin}} -
Mrs. {{NAME:Delgado}} ({{MRN:ACT-5510932}}) got her daughter's kidney on {{DATE:6/18}} and went home {{DATE:6/22}}. Cr 1.1 this week! Please remove her from your chair schedule (she had chair 14, MWF). Her L AVF should be left alone for now - do NOT ligate. Daughter {{NAME:Lucia}} recovering well at home in {{LOCATION:Greensburg}}.
Can you send the last dialysis labs + final CMS-2746 info to me? Our fax {{FAX:412-555-0149}}.
Thanks, {{NAME:Renata}}

> From: {{NAME:Quentin Hargrove}}, MSW, {{FACILITY:Sunrise River Dialysis}}
> Sent: {{DATE:6/26/2024}} 10:02
> Is {{NAME:Marisol}} coming back to us? Her van ({{FACILITY:Blue Heron Medi-Van}}) keeps calling. Husband {{NAME:Rogelio}} said surgery went well.

--
{{NAME:Renata Szulc}}, BSN, CCTC | Office {{PHONE:412-555-0148}} | Pager {{PHONE:412-555-0990}}`,
  `KIDNEY PAIRED DONATION - PAIR ENROLLMENT NOTE
{{FACILITY:Prairie Heart Transplant Center}}   {{DATE:08/09/2024}}
Candidate: {{NAME:Szymanski, Irena}}   MRN {{MRN:PHT-2287415}}   ABO A, cPRA 96%
Paired donor: husband {{NAME:Kazimierz "Kaz" Szymanski}}, ABO B, DOB {{DATE:2/27/1962}}, donor ID {{ID:LD-24-0231}} - incompatible (ABO + strong DSA to B8).
Registry: KPD pair ID {{ID:KPD-PHT-00419}}, candidate registry # {{ID:C-77120934}}. Unacceptable antigens entered: A1, B8, B57, DR17, DQ2.
Match runs weekly on Tuesday; next run {{DATE:8/13/2024}}.
Donor will travel: willing to go to any center within 600 miles; otherwise kidney ships. {{NAME:Kaz}} works at {{FACILITY:Lakota Prairie Co-op Elevator}}, FMLA forms faxed {{DATE:8/8}}.
Pt's BMI now 34.8 (down from 41.2) after program at {{FACILITY:Prairie Heart Bariatric Clinic}}. Approved by committee {{DATE:7/23/24}}.
Coordinator: {{NAME:Mei-Ling Lin}}, RN, {{PHONE:605-555-0183}}. Pt cell {{PHONE:605-555-0189}}.`,
  `PEDIATRIC KIDNEY TRANSPLANT CLINIC
{{FACILITY:Children's Hospital of the Blue Ridge}} - {{FACILITY:Sycamore Wing}} clinic 3
Patient: {{NAME:Amara Okonkwo-Fitzgerald}}   Age 9   MRN {{MRN:CHBR-0118842}}   Visit {{DATE:3/27/2025}}
Dx: posterior urethral valves -> ESRD; LRKT from father {{NAME:Brendan Fitzgerald}} on {{DATE:10/15/2024}}.
Accompanied by mother {{NAME:Adaeze Okonkwo}} (cell {{PHONE:540-555-0126}}). Father doing well after donation, back at work at {{FACILITY:Shenandoah Valley Orchards}}.
School: 3rd grade at {{FACILITY:Mill Creek Elementary}}, {{LOCATION:Harrisonburg}}; school nurse Mrs. {{NAME:Pruitt}} gives noon meds.
Meds: tacrolimus 1.5 mg BID (level 6.8), MMF 400 mg BID, prednisone 2.5 mg daily, Bactrim. Growth: ht 126 cm (10th %ile), wt 24 kg; GH therapy discussed.
Labs: Cr 0.52, eGFR (bedside Schwartz) 88. UA neg. EBV PCR neg.
Immunizations: no live vaccines. Flu shot given today (lot FL4471-B). Siblings ok for MMR.
Psych: some teasing at school about moon face; child life specialist {{NAME:Josie Amankwah}} to visit class {{DATE:4/8}}.
Plan: RTC 1 month. Labs at {{FACILITY:Rockingham Peds Lab}} {{DATE:Apr 10}}.
{{NAME:Malachi Tenpenny}}, MD, Pediatric Nephrology`,
  `access surveillance log - {{FACILITY:pinecrest dialysis of hattiesburg}} - wk of {{DATE:1/13/25}}
pt                    | access      | qa (mL/min) | vp @qb400 | flag
{{NAME:pettaway, c.}}         | r arm avf   | 620         | 180       | ok, cath pulled {{DATE:12/30}}
{{NAME:LUDLOW, Myrna}}        | l avg       | 540 (was 890)| 245      | >25% drop -> fistulogram
{{NAME:nguyen van thanh}}     | l avf       | 1100        | 150       | ok
{{NAME:Q. Robichaux-Bell}}    | r ij cath   | n/a         | n/a       | cath day 96, f/u surgery
{{NAME:deshawn t}}            | l avf new   | 410         | 130       | maturing, 2 needles since {{DATE:1/6}}
actions: {{NAME:ludlow}} referred to {{FACILITY:Granite Falls Access Center}} - appt {{DATE:1/17/25}} 0900, ride via {{FACILITY:Southpine Paratransit}}. {{NAME:robichaux-bell}}: dr {{NAME:whitlock}}'s office ({{PHONE:601-555-0181}}) to schedule AVF, vein map done {{DATE:1/8}}.
transonic-type flow monitor sn {{DEVICE:HD03-71194}} calibrated {{DATE:1/2/25}}.
reviewed by {{NAME:latoya gaines-hubbard}} rn (access coordinator) + dr {{NAME:akintola}}`,
  `EMERGENCY DEPARTMENT NOTE
{{FACILITY:Santa Rosa Sound Community Hospital}} ED   Arrival {{DATE:12/28/2024 22:18}}
Pt: {{NAME:Henrique Albuquerque Sampaio}}   DOB {{DATE:30/04/1968}} (Brazilian format on passport)   ED MRN {{MRN:GB-3320917}}
Tourist from {{LOCATION:Belo Horizonte}}, Brazil, on cruise from {{LOCATION:Cozumel}}. On HD 3x/wk at home unit ({{FACILITY:Clínica Renal Santa Luzia}}). Missed tx x2 because ship's dialysis chair broke. Daughter {{NAME:Marina Sampaio}} translating; staying at {{FACILITY:Seabreeze Palms Hotel}}, rm 412.
CC: weakness, SOB. K 7.1, HCO3 15, BUN 122. ECG peaked T, QRS 118.
Tx: Ca gluconate 2 g IV, insulin 10 U + D50, albuterol 20 mg neb, Lokelma 10 g. Emergent HD arranged with on-call nephrology Dr. {{NAME:Delacroix-Nunez}} via R femoral temp cath (L AVF clotted).
Insurance: travel policy Atlântica Seguros, policy {{HEALTH_PLAN:ATS-0091-227-45}}; financial counselor {{NAME:Gwen}} notified.
Passport # {{LICENSE:FX902117}} copied to registration. Local contact: cruise line medical officer Dr. {{NAME:Ilse Brandvold}} at {{PHONE:850-555-0102}}.
Dispo: admit {{FACILITY:Pelican 4}} tele, then transient HD chair at {{FACILITY:Emerald Coast Dialysis}} until flight home {{DATE:1/3/25}}.
{{NAME:Jerome Whitfield}}, DO`,
  `LIVING DONOR FOLLOW-UP - 1 YEAR (OPTN form data)
Program: {{FACILITY:Allegheny Crest Transplant Institute}}   Form completed {{DATE:6/24/2025}}
Donor: {{NAME:Lucia Delgado-Ferris}}   Donor ID {{ID:LD-24-0117}}   OPTN donor ID {{ID:DON-AKR4418}}   Donation {{DATE:06/18/2024}}
Contact: {{ADDRESS:63 Hempfield Ave}}, {{LOCATION:Greensburg}} PA {{ZIP:15601}}; {{PHONE:724-555-0123}}; {{EMAIL:lucia.dferris@mailbox-us.net}}
Status: living. Employed (same employer, {{FACILITY:Bright Path Family Dentistry}}), returned to work 5 wk post donation.
Labs drawn {{DATE:06/20/2025}} at {{FACILITY:Westmoreland Outpatient Lab}}: Cr 1.08, eGFR 66, UACR 12 mg/g, BP 122/76, BMI 26.4. No new HTN, no DM.
Complications: incisional hernia none; reported numbness at Pfannenstiel site, improving.
Insurance problems attributable to donation: none. Life insurance application approved.
Recipient: mother {{NAME:Marisol}} - graft functioning, Cr 1.2.
Completed by {{NAME:Renata Szulc}}, RN. Reviewed by {{NAME:Ewa Zielinska-Marsh}}, MD.`,
  `INTERDISCIPLINARY PLAN OF CARE - QUARTERLY (STABLE PT)
UNIT: {{FACILITY:CEDAR KNOLL KIDNEY CENTER}}   DATE {{DATE:09/25/2024}}
PATIENT: {{NAME:BEASLEY, HARLAN W.}}   MRN {{MRN:CK-80122}}   DOB {{DATE:02/11/1946}}
TEAM PRESENT: DR. {{NAME:CHOUDHARY}}; RN {{NAME:T. ABERNETHY}}; SW {{NAME:PRISCILLA NDIAYE}}; RD {{NAME:OWEN KAPLAN}}; PATIENT AND WIFE {{NAME:JUNE}}.
ADEQUACY: KT/V 1.41, URR 72%. TARGET MET.
ANEMIA: HGB 10.8 ON EPOETIN 3000 U/TX.
MBD: PHOS 5.4, CA 9.1, PTH 388. CONTINUE CALCITRIOL.
NUTRITION: ALB 3.8. WT STABLE.
ACCESS: L RADIOCEPHALIC AVF SINCE 2016. NO ISSUES.
PSYCHOSOCIAL: KDQOL-36 COMPLETED, PHQ-2 = 0. VETERAN - VA BENEFITS COORDINATED VIA {{FACILITY:BRIDGEWAY VETERANS OUTREACH}}. ATTENDS {{FACILITY:FIRST CONGREGATIONAL CHURCH OF DRACUT}}.
MODALITY: NOT INTERESTED IN HOME OR TRANSPLANT (AGE 78, PREFERS IN-CENTER). CONFIRMED TODAY.
ADVANCE CARE: MOLST ON FILE ({{DATE:3/4/2023}}), FULL CODE. HCP: WIFE {{NAME:JUNE BEASLEY}} {{PHONE:978-555-0193}}.
NEXT POC: {{DATE:12/2024}}.
PATIENT SIGNATURE ON FILE. {{NAME:PN}}/{{NAME:ta}}`,
  `TRANSPLANT INFECTIOUS DISEASES CONSULT
{{FACILITY:Bayside Memorial Transplant}}   Date {{DATE:11/19/2024}}   Requested by Dr. {{NAME:Achterberg}}
Pt: {{NAME:Obiora-Hart, Nkechi}}   MRN {{MRN:BMT-66120387}}   39F, DDKT {{DATE:05/08/2024}}
Reason: CMV viremia 48,300 IU/mL on {{DATE:11/15}} after valganciclovir prophylaxis ended {{DATE:11/4}} (D+/R-).
Donor info: UNOS {{ID:AGTL903}}, CMV IgG pos, EBV pos, from {{FACILITY:Chattahoochee Regional}}; donor hx unremarkable for ID issues.
Sx: fatigue, low-grade fever 100.2, diarrhea x5 days. No visual changes.
Exam: afebrile here, mild epigastric tenderness.
Labs: WBC 2.4, ALC 310, plt 118, AST/ALT 62/71, Cr 1.5 (baseline 1.2).
A/P: CMV syndrome, possible GI disease.
1. Valganciclovir 900 mg BID (renally adjusted for CrCl ~55), weekly CMV PCR until 2 consecutive < LLOQ, then secondary ppx 3 mo.
2. GI for EGD/colonoscopy w/ biopsies - Dr. {{NAME:Tsai-Ramirez}} ({{FACILITY:Bayside Digestive Health}}).
3. Reduce MMF to 250 BID while viremic (d/w transplant neph).
4. Check for UL97 resistance if no 1-log drop by 2 weeks.
5. Avoid sick contacts; pt works at {{FACILITY:Peachtree Freight Logistics}} - off work note through {{DATE:12/2/24}}.
{{NAME:Oluwadamilare Bankole}}, MD, Transplant ID. Pager {{PHONE:4412}}.`,
  `OPO DONOR CHART SUMMARY - DCD
{{FACILITY:Bluegrass Donor Network}} case {{ID:BDN-25-0142}}   UNOS Donor ID {{ID:ALCE118}}
Donor hospital: {{FACILITY:Pikeville Appalachian Medical Center}}, {{LOCATION:Pikeville}} KY. Donor name (confidential, hospital use only): {{NAME:HATFIELD-MCCOY, TRAVIS LEE}}, hosp MRN {{MRN:PAMC-8810442}}, age 41.
Cause of death: anoxia after overdose. Admit {{DATE:02/14/2025}}. Authorization by wife {{NAME:Brandi Hatfield-McCoy}} {{DATE:2/16/25 1810}}, witnessed by {{NAME:Corinne Vance}}, OPO coordinator.
Labs: Cr 1.4 (admit 1.1), BUN 22, UA 1+ protein. HCV NAT positive, HIV neg, HBV neg. Blood type O.
DCD timeline {{DATE:2/17/2025}}: extubation 0612 (OR 5), SBP <80 at 0624, asystole 0641, 5-min no-touch, declared 0646 by Dr. {{NAME:Ferrell}} (not part of recovery team). Cross-clamp 0655. Kidneys on pump (LifePort-type), resistance 0.21.
Kidney offers: L to {{FACILITY:Cumberland Heart & Kidney}} (HCV+ accepting), R to {{FACILITY:Ohio Valley Transplant Center}}. Pump serials {{DEVICE:LKT-31887}}, {{DEVICE:LKT-31902}}.
Courier: {{FACILITY:Rapid Ridge Medical Couriers}}, driver {{NAME:Eli Stumbo}}, van plate KY {{VEHICLE:782 TRN}}.
Summary by {{NAME:C. Vance}} {{DATE:2/17/25 0930}}.`,
  `PD Supply & Equipment Order
Supplier: {{FACILITY:Renal Direct Supply}}, {{ADDRESS:1200 Distribution Way}}, {{LOCATION:Lebanon}}, IN {{ZIP:46052}}   Orders {{PHONE:800-555-0118}}  Fax {{FAX:800-555-0119}}
Patient: {{NAME:Tran Thi Hong}}   Customer # {{ACCOUNT:RDS-0044719}}   Ship-to: {{ADDRESS:4418 Vine Ridge Rd, Apt 2C}}, {{LOCATION:Plainfield}}, IN {{ZIP:46168}}
Delivery day preference: Thursday, call son {{NAME:Minh Tran}} {{PHONE:317-555-0175}} 30 min before.
Order date {{DATE:09-05-2024}}, monthly standing order:
- Cycler sets (HC-300 compatible), qty 30
- 1.5% dextrose 5 L bags x 60; 2.5% 5 L x 20
- Icodextrin 2 L x 30
- Drain bags, caps, masks, mupirocin 2% ointment
Equipment: cycler sn {{DEVICE:HC3-22A-081945}} (in use); spare sn {{DEVICE:HC3-22B-100231}} shipped {{DATE:9/9/24}}, tracking on packing slip.
Prescriber: {{NAME:Kwame Osei-Bonsu}}, MD, NPI {{LICENSE:1093851176}}. Clinic: {{FACILITY:Lakeview Home Therapies}}, fax {{FAX:317-555-0174}}.
Payer: Medicare B, MBI {{HEALTH_PLAN:9VX6-MA3-RT55}}; secondary Hoosier Select {{HEALTH_PLAN:HS448201177}}.
Signed {{DATE:9/5/2024}} {{NAME:KOB}}`,
  `Chaplain / Spiritual Care Visit - dialysis unit
{{FACILITY:Magnolia Bayou Dialysis}}, chair 8, {{DATE:Tues 2/18/2025}}
Visited Mrs. {{NAME:Rosalie Thibodeaux}} ({{AGE:92}} y/o) during her treatment at her request after RD {{NAME:Guidry}} mentioned low mood.
She spoke about her late husband {{NAME:Alphonse}} and her church, {{FACILITY:Our Lady of the Bayou Catholic Church}} in {{LOCATION:Breaux Bridge}}, where she has not been able to attend since starting dialysis in 2022. She wonders "if it's time to stop." No plan or wish for self-harm; she wants to talk with her priest, Fr. {{NAME:Thanh Nguyen}}, and family.
Plan: called parish office {{PHONE:337-555-0163}}, Fr. {{NAME:Nguyen}} to visit her home {{DATE:2/22}}. Family meeting proposed with Dr. {{NAME:Babineaux}}, SW {{NAME:Renee Arceneaux}}, and grandson {{NAME:Lucien Thibodeaux}} (by phone from {{LOCATION:Baton Rouge}}) about goals of care and palliative options, including hospice and conservative management.
Prayed together per her wish. Rosary given.
Brother {{NAME:Isidore Mouton}}, staff chaplain, ext {{PHONE:2215}}`,
  `NEPHROLOGY CLINIC - CKD STAGE 4, PRE-ESRD PLANNING
{{FACILITY:Tallgrass Kidney Associates}}, {{LOCATION:Salina}} office   {{DATE:07/11/2024}}
{{NAME:Ruthanne Voskuijlen}}, 61F, CKD 4 from ADPKD (mother and brother {{NAME:Pieter}} also ADPKD; brother transplanted at {{FACILITY:Heartland University Medical Center}} in 2019).
eGFR 17 (CKD-EPI 2021), Cr 3.2, K 5.3, HCO3 19, Hgb 10.1, UACR 410. Tolvaptan stopped {{DATE:3/2024}} at eGFR <20.
BP 138/86 on losartan 100, amlodipine 10.
Discussion: eGFR <20 -> eligible to accrue transplant wait time once listed. Preemptive living donor is best: husband {{NAME:Gerrit}} (blood type A, she is A) interested; daughter {{NAME:Anneke Voskuijlen-Hale}} in {{LOCATION:Wichita}} also asking.
Modality ed class {{DATE:Aug 1}} with RN {{NAME:Dawn Kettleson}}; prefers PD. Vein preservation: no BP/IV L arm - bracelet given.
Referral to {{FACILITY:Heartland University Medical Center}} transplant, fax {{FAX:913-555-0197}}, sent today.
Follow-up 6 weeks. Pt phone {{PHONE:785-555-0154}}. MRN {{MRN:TKA-118204}}.
{{NAME:Idris Rahimi}}, MD`,
  `transplant surgery h&p - readmission
{{DATE:4/2/25}} 0215, {{FACILITY:st. odile university hospital}}, {{FACILITY:kessler 5}} rm 522
pt {{NAME:thandiwe mbeki}} 40f, mrn {{MRN:00-4471-908}}, ddkt {{DATE:8/21/23}}, on belatacept since {{DATE:1/2025}} (last infusion {{DATE:3/18}} at {{FACILITY:lake erie infusion suites}}).
cc: fever 102.6, rlq pain over graft, dysuria x2d.
hpi: seen at {{FACILITY:westlake urgent care}} {{DATE:3/31}}, given nitrofurantoin (!). worsening, husband {{NAME:sipho}} brought her in.
pmh: esrd 2/2 lupus nephritis, ptdm, htn. psh: ddkt, c-section x2.
sh: librarian at {{FACILITY:euclid shore public library}}. no etoh/tob.
exam: t 39.1, hr 114, bp 104/62. graft tender. cva nontender.
labs: wbc 14.8, cr 2.4 (baseline 1.3), lactate 2.6. ua: >50 wbc, nitrite +. ucx + bcx x2 sent.
us graft: no hydro, ri 0.78, no collection.
a/p: graft pyelonephritis w/ aki, sepsis.
- pip-tazo renally dosed, stop nitrofurantoin
- hold mpa, stress-dose steroids not needed (pred 5)
- ivf 1 L lr then reassess
- transplant neph (dr {{NAME:vanterpool}}) aware, d/w at 0240
- contact: husband cell {{PHONE:216-555-0183}}
{{NAME:anjali ramaswamy-cohen}}, md pgy-3, pager {{PHONE:7-3318}}`,
  `{{FACILITY:CUMBERLAND GAP DIALYSIS}} - PATIENT STATEMENT
{{ADDRESS:401 N. 12th St, Suite B}}, {{LOCATION:Middlesboro}}, KY {{ZIP:40965}}   Billing {{PHONE:606-555-0120}}
Statement date: {{DATE:08/31/2024}}    Account: {{ACCOUNT:CGD-00104822}}
Patient: {{NAME:Hollis Rutherford}}   Guarantor: {{NAME:Rebecca Rutherford-Lowe}}
Mail to: {{ADDRESS:77 Fork Ridge Rd}}, {{LOCATION:Harrogate}}, TN {{ZIP:37752}}
Service period {{DATE:08/01/2024}} - {{DATE:08/31/2024}}: 13 outpatient HD treatments (rev code 0821), ESA, IV iron, labs.
Claim #: {{ID:CLM-24-0877213}}   Primary: Medicare, MBI {{HEALTH_PLAN:5HT8-PK2-DC30}} - paid 80% of ESRD PPS bundle.
Secondary: Bluegrass Retiree Health, ID {{HEALTH_PLAN:BRH-7720149-01}} - pending.
Patient responsibility this period: $0.00 (pending secondary). Prior balance $41.18, paid {{DATE:8/12/24}}.
Questions or financial assistance: {{NAME:Sharla Mullins}}, billing specialist, {{EMAIL:billing@cgdialysis.com}}. Pay online {{URL:https://pay.cgdialysis.com/acct}}.
Message: Flu shots are available chairside starting in September.`,
  `HOME VISIT - HOME DIALYSIS RN
Program: {{FACILITY:Lakeview Home Therapies}}   Visit {{DATE:Monday, November 18, 2024}} 1400-1515
Patient: {{NAME:Hong Tran}} (legal name {{NAME:Tran Thi Hong}})   MRN {{MRN:7730215}}
Address: {{ADDRESS:4418 Vine Ridge Rd, Apt 2C}}, {{LOCATION:Plainfield}} - 2nd floor walk-up, no elevator; supplies stored in dry closet, 2 wk stock.
Present: pt, son {{NAME:Minh}}, daughter-in-law {{NAME:Ngoc Anh}}. Cat in home - kept out of treatment room during connections (reviewed).
Observed full cycler setup and connection: technique good, mask + handwash done. Exit site: clean, no crust, score 0.
BP 128/80 sitting. Wt 60.4 kg. Edema none. Flowsheets {{DATE:11/1-11/17}} reviewed, UF avg 900 mL/night.
Concerns: new job at {{FACILITY:Avon Gardens Assisted Living}} (day shift) - no change needed. Ambient temp ok. Smoke detector works. Power co. letter on file (utility acct {{ACCOUNT:IPL-55018-229}}).
Emergency: pt knows to call {{PHONE:317-555-0109}} and go to {{FACILITY:Brookmoor Valley Medical Ctr}} ED.
Next home visit: 3 months. Next clinic {{DATE:12/9/24}} with Dr. {{NAME:Osei-Bonsu}}.
{{NAME:Beverly Ostrowski}}, RN, CNN`,
  `KIDNEY OFFER - ON-CALL SURGEON NOTE
{{DATE:11/02/2024 21:05}}. Offer received from {{FACILITY:North Shore Lakes Organ Bank}} via DonorNet.
Donor: UNOS {{ID:AHKP442}}, 44M, B, DBD (ICH), {{FACILITY:Duluth Northern Medical Center}}. KDPI 41%. Terminal Cr 1.0, peak 1.3. Biopsy: 2% glomerulosclerosis, no IFTA. HCV neg, HBV core neg.
Candidate: {{NAME:Antoine Peltier}} ({{MRN:NTS-0091744}}), B, sequence #3 on match run {{ID:1588201}}, cPRA 34%, waiting since {{DATE:3/1/21}}. #1 and #2 declined (distance, positive XM).
Candidate status: ACTIVE since {{DATE:10/30/24}} (reactivated after cardiac clearance).
Virtual XM compatible (see HLA report). Flow pending.
Called pt 2120 at {{PHONE:218-555-0134}}: feels well, dialyzed today at {{FACILITY:Iron Range Dialysis - Hibbing}}, K 4.2. Nephew {{NAME:Remy Peltier}} driving him down I-35 (approx 3 hr). NPO after midnight.
Accepted provisionally pending final flow XM. Estimated OR {{DATE:11/3}} 0800. Cross-clamp 1910. Anticipated CIT ~14 h.
Dr. {{NAME:Brennholt}} aware and agrees. Coordinator {{NAME:S. Halvorsrud}} notified, OR booked.
{{NAME:Nils Halvorsrud-Lee}}, MD`,
  `Financial Counseling Note - Transplant
Pt: {{NAME:Eldridge Tolliver}}   MRN {{MRN:BCT-209884}}   {{DATE:12/03/2024}}
Counselor: {{NAME:DeShondra Pickens}}, CHAA
Reviewed estimated costs: transplant admission covered under Medicare Part A after deductible; immunosuppressants under Part B (ESRD) - 20% coinsurance covered by Medigap plan G.
Part D copays for non-immunosuppressant meds est. $180/yr.
Pt's daughter-in-law set up an online fundraiser: {{URL:www.givingcircle-fund.com/buck-tolliver-kidney}} - advised to keep funds in a separate account, not personal checking, to avoid Medicaid/SSI counting issues (currently not on Medicaid). Account at {{FACILITY:First Cherokee County Bank}} ({{ACCOUNT:0044-81920-3}}) already set up as medical trust per church treasurer {{NAME:Odell Hamby}} of {{FACILITY:Mount Gilead Baptist Church}}.
Lodging: {{FACILITY:Hope House}} $25/night, 14 nights reserved {{DATE:Jan 6-20, 2025}} (tentative, pending call).
Transport: Medicare does not cover; pt's own truck. Mileage reimbursement via church fund.
Financial clearance: GRANTED. Copy to Dr. {{NAME:Haugland}} and SW {{NAME:Benali}}.
Pt phone {{PHONE:256-555-0119}}.`,
  `transport issue log - {{FACILITY:scioto bend dialysis}} (sw {{NAME:kelsey arbogast}})
rider: {{NAME:gerald ashworth-pike}}, mrn {{MRN:SBD-7714}}, medicaid {{HEALTH_PLAN:OH 9910427733}}
- {{DATE:2/6/24}}: van 50 min late for 0600 chair, tx shortened to 3h15. called {{FACILITY:valley wheels medical transport}} dispatch {{PHONE:740-555-0192}}, spoke w/ {{NAME:tamsin}}.
- {{DATE:2/13/24}}: no pickup home {{ADDRESS:318 mound st apt 1}}. pt called daughter {{NAME:shelly pike}} ({{PHONE:740-555-0158}}) who drove him, arrived 0745.
- {{DATE:2/15/24}}: driver not regular ({{NAME:curtis}} out), unknown van plate {{VEHICLE:HNB 2209}}, pt refused to ride at first. resolved.
- {{DATE:2/20/24}}: grievance filed w/ medicaid managed care plan transport broker, ref # {{ID:TRB-24-118073}}. also informed ombudsman.
- {{DATE:2/27/24}}: broker approved backup vendor {{FACILITY:buckeye care cab}}, acct for pt {{ACCOUNT:BCC-40981}}.
pt missed 0 tx this month but 4 shortened. dr {{NAME:amadi}} aware - kt/v 1.19 {{DATE:2/20}}, below goal.
next: care plan mtg {{DATE:3/5/24}}.`,
  `{{FACILITY:Coastal Pines Dialysis - Myrtle Beach}}
{{ADDRESS:4900 N Kings Hwy, Unit 14}}, {{LOCATION:Myrtle Beach}}, SC {{ZIP:29577}}   Tel {{PHONE:843-555-0161}}   Fax {{FAX:843-555-0160}}

{{DATE:June 21, 2024}}

Mr. {{NAME:Leonard Yazzie}}
c/o {{NAME:Shandiin Yazzie-Morales}}, {{ADDRESS:711 Palmetto Dunes Ct}}, {{LOCATION:Surfside Beach}}, SC {{ZIP:29575}}

Dear Mr. {{NAME:Yazzie}},
We are happy to confirm your visitor treatments with us:
  {{DATE:Monday 7/8}}, {{DATE:Wednesday 7/10}}, {{DATE:Friday 7/12}}, {{DATE:Monday 7/15}}, {{DATE:Wednesday 7/17}}, {{DATE:Friday 7/19}} - chair time 6:00 AM, please arrive 5:40 AM.
Please bring your medication list and photo ID, and do not eat during treatment. Our parking lot is behind the building; the entrance faces the highway.
Your home unit ({{FACILITY:Desert Mesa Kidney Center}}) sent all records; our nephrologist Dr. {{NAME:Araceli Montemayor}} will see you on {{DATE:7/10}}.
For questions call our visitor coordinator {{NAME:Wendell Gadsden}} at ext. {{PHONE:204}}. Have a wonderful visit with your family!`,
  `NEPHROLOGY CONSULTATION
{{FACILITY:MERCY HOLLOW REGIONAL}} - {{DATE:08/14/2024}} 1630
PATIENT: {{NAME:VASQUEZ-LEBLANC, DOLORES}}   MRN {{MRN:MH00912004}}   ROOM 318-B
REQUESTING: DR. {{NAME:O'CONNELL}}, HOSPITALIST
REASON: AKI ON CKD 3B, ? NEED FOR HD.
HPI: 71F WITH DM2, CHF (EF 30%), CKD 3B (BASELINE CR 1.9 IN {{DATE:MAY 2024}} AT {{FACILITY:CLEARFIELD FAMILY HEALTH}}), ADMITTED {{DATE:8/11}} WITH ADHF. DIURESED AGGRESSIVELY; CR 1.9 -> 4.6, K 6.0, BUN 98. OLIGURIC SINCE THIS AM. MILD ASTERIXIS.
MEDS: LISINOPRIL (HELD), SPIRONOLACTONE (HELD), FUROSEMIDE GTT 20 MG/HR, EMPAGLIFLOZIN (HELD).
EXAM: BP 98/60. JVP 12 CM. CRACKLES BASES. 2+ EDEMA.
A/P:
1. AKI ON CKD, CARDIORENAL + ATN. URGENT INDICATIONS (K, UREMIA, VOLUME) - RECOMMEND HD.
2. TEMPORARY R IJ HD CATHETER BY IR TONIGHT; CRRT IF BP DOES NOT TOLERATE.
3. DISCUSSED WITH PT AND SON {{NAME:ANDRES LEBLANC}} ({{PHONE:814-555-0195}}), WHO IS HCP. PT AGREES TO TRIAL OF DIALYSIS.
4. IF NO RECOVERY, OUTPATIENT CHAIR AT {{FACILITY:DUBOIS KIDNEY CARE}} (NEAREST TO HOME IN {{LOCATION:CURWENSVILLE}}).
THANK YOU. {{NAME:ADEBAYO OGUNLEYE}}, MD, NEPHROLOGY. {{NAME:AO}}/{{NAME:kmr}}`,
  `Post-Transplant Annual Visit (5 yr)
{{FACILITY:Hill Country Transplant Center}}   {{DATE:March 3, 2025}}
Pt: {{NAME:Venkataraman, Arjun}}   MRN {{MRN:4409182}}   LDKT {{DATE:03/01/2020}} (donor: wife {{NAME:Priya Venkataraman}}, ID {{ID:LD-20-0044}})
Doing well; works as software engineer at {{FACILITY:Balcones Data Systems}}. Ran a half marathon in {{LOCATION:San Marcos}}.
Meds: tacrolimus 2 mg BID (level 5.9), MMF 500 BID, no steroids. Atorvastatin 20.
Labs: Cr 1.28, eGFR 71, UPCR 0.12, DSA none, A1c 5.6, LDL 88.
Skin: 3 mm pearly papule L nasal ala - high risk for BCC/SCC on immunosuppression. Referral to {{FACILITY:Austin Lakes Dermatology}}, Dr. {{NAME:Camila Etxeberria}}, fax {{FAX:512-555-0186}}.
Cancer screening: colonoscopy {{DATE:2023-06-14}} normal; PSA 0.8.
Bone: DEXA T-score -1.3 (osteopenia). Vitamin D 34.
Vaccines: Shingrix #2 given today (recombinant, ok in tx). COVID booster per season.
Wife (donor) seen in donor clinic same day: Cr 0.9, BP 118/70 - fine.
RTC 6 mo. Coordinator {{NAME:Marisela Castellanos}}, RN {{PHONE:512-555-0190}}.
{{NAME:Wen-Hsiu Liang}}, MD`,
  `{{FACILITY:Desert Mesa Kidney Center}} - Social Services
{{DATE:10/04/2024}}

To: Kidney Transplant Program, {{FACILITY:Sonoran Valley Transplant Institute}}, {{LOCATION:Phoenix}} - Fax {{FAX:602-555-0168}}
Re: {{NAME:Leonard Yazzie}} (DOB {{DATE:12/02/1957}}) - request for MULTIPLE LISTING evaluation

Mr. {{NAME:Yazzie}} is currently listed at {{FACILITY:Old Pueblo Transplant Center}} (listed {{DATE:01/22/2022}}, ABO B, cPRA 12%). He is asking to be evaluated at your center as a second listing because his daughter lives in your area and he is able to arrive within 4 hours of an organ offer.
He has confirmed his insurer (Medicare primary {{HEALTH_PLAN:7EA3-HN8-TY24}}; IHS secondary) allows a second evaluation and that he can cover travel. His care partner, daughter {{NAME:Shandiin Yazzie-Morales}}, can be reached at {{PHONE:843-555-0139}}; his own phone is {{PHONE:520-555-0115}}. He lives in {{LOCATION:Sells}}, AZ and dialyzes with us MWF.
Enclosed: H&P, last 3 months of labs, hepatitis panel, cardiac echo, listing letter.
Sincerely,
{{NAME:Rosalind Tsosie}}, RN, and {{NAME:Harold Begay}}, LMSW`,
  `{{FACILITY:Hill Country Transplant Center}} - Living Donor Program
{{ADDRESS:1500 Red River St, 6th Floor}}, {{LOCATION:Austin}}, TX {{ZIP:78701}}

{{DATE:April 9, 2025}}

PERSONAL AND CONFIDENTIAL
{{NAME:Rahul Venkataraman}}
{{ADDRESS:3309 Pecan Hollow Dr}}
{{LOCATION:Round Rock}}, TX {{ZIP:78681}}

Dear Mr. {{NAME:Venkataraman}},
Thank you for your generous interest in being a kidney donor. After careful review of your evaluation by our independent donor team on {{DATE:04/07/2025}}, we are unable to approve you as a donor at this time. Your 24-hour blood pressure monitoring and kidney stone found on CT mean donation could put your own health at risk. This decision is confidential: we will only tell the intended recipient that you were "not a candidate" and will not share the reason.
We recommend you follow up with your primary doctor, Dr. {{NAME:Farah Siddiqui}} at {{FACILITY:Brushy Creek Family Medicine}}, about your blood pressure. A copy of your results will be sent there if you sign the enclosed release.
Your donor file number is {{ID:HCTC-LD-25-0188}}. If you have questions, please call your donor coordinator, {{NAME:Yolanda Briseño}}, RN, at {{PHONE:512-555-0145}} or email {{EMAIL:ybriseno@hctc-donor.org}}.
Sincerely,
{{NAME:Teodoro Alcántara}}, MD, Living Donor Medical Director`,
  `charge rn handoff - {{FACILITY:eastbrook dialysis}} - {{DATE:tue 3/11/25}} 2nd -> 3rd shift
stn 2 {{NAME:oyelowo-grant}}: back since hosp d/c {{DATE:3/4}} from {{FACILITY:kensington crossing med ctr}}. new edw 77.0. came in 2.8 over. pulled 3.4 L, cramped last 20 min, ns 200 given.
lobby: {{NAME:b. grant}} (sister of stn 2) waiting to drive him home, fyi
stn 7 {{NAME:ortiz-mclean, d}}: avf infiltration at arterial site, ice applied, photo in chart. dr {{NAME:feldman-osei}} aware, cath not needed, rest site x1 tx.
stn 9 mrs. {{NAME:kwak kyung-soon}}: k 6.4 pre, on 1k bath. recheck next tx. daughter {{NAME:esther}} {{PHONE:215-555-0128}} asks for call.
stn 11 {{NAME:LUTZ}}: new admit from {{FACILITY:Germantown Rehab & Nursing}} (fax {{FAX:215-555-0157}}), hep b status unknown -> drawn, isolate until result.
stn 14 empty since {{DATE:3/7}} ({{NAME:h. whitaker}} moved to {{FACILITY:Lowcountry Renal Care - Summerville}}).
machines: #4 (sn {{DEVICE:8TB-441980}}) conductivity alarm x2 -> biomed ticket {{ID:BM-2503-117}}.
3rd shift: 11 pts, 1 new. {{NAME:dwr}} rn -> {{NAME:jt}} rn`,
  `PRE-TRANSPLANT COORDINATOR CALL LOG
Candidate: {{NAME:ABUBAKAR, YUSUF}}   MRN {{MRN:PHT-3318020}}   SPK, B+, cPRA 67%
{{DATE:05/20/2024 0915}} - called pt re: listing letter; confirmed active status since {{DATE:5/15/24}}. Pt at work ({{FACILITY:Dakota Prairie Concrete}}), asked to call back at lunch.
{{DATE:05/20/2024 1230}} - spoke w/ pt. Reviewed: keep phone on 24/7, must arrive within 3 hr. Backup contacts: wife {{NAME:Hauwa Abubakar}} {{PHONE:605-555-0112}}, brother {{NAME:Ibrahim}} {{PHONE:605-555-0113}}.
{{DATE:06/03/2024 1410}} - monthly serum from {{FACILITY:Big Sioux Dialysis}} not received. Called unit, RN {{NAME:Kirsten Aamodt}}: drawn {{DATE:5/31}}, shipped late. Will redraw {{DATE:6/5}}.
{{DATE:07/02/2024 2250}} - OFFER: SPK from donor {{ID:AHMW771}} ({{FACILITY:Rushmore Regional Medical Center}}, {{LOCATION:Rapid City}}). Pt primary. Called pt, he and wife leaving now from {{LOCATION:Brandon}}. Told to take nothing by mouth.
{{DATE:07/03/2024 0105}} - pt arrived, admitted {{FACILITY:Augustana 7}} rm 12. Pre-op labs, CXR, HD not needed (K 4.6).
{{DATE:07/03/2024 0800}} - to OR.
{{NAME:Mei-Ling Lin}}, RN, CCTC`,
  `DIALYSIS UNIT TRANSFER TO HOSPITAL
Unit: {{FACILITY:Harbor Point Dialysis}}   Date/time: {{DATE:06/25/2024 10:48}}   Station 6
Patient: {{NAME:Ybarra Castañeda, Gonzalo}}   DOB {{DATE:06/14/1971}}   Unit MRN {{MRN:HPD-5527}}
Reason: chest pain 7/10 starting 1 hr into tx, diaphoretic. BP 88/50, HR 48. ECG: ST elevation II, III, aVF.
Actions: tx stopped, blood returned (rinse back 250 mL), O2 4 L NC, ASA 324 mg chewed, 911 called 10:41.
EMS: {{FACILITY:Coronado Bay Ambulance}} unit 21 arrived 10:46, run # {{ID:24-5589102}}. Transported to {{FACILITY:Bayside Memorial}} (STEMI center).
Access: R IJ tunneled cath - locked w/ heparin 1000 U/mL, capped.
Tx completed: 1 hr 02 min, UF 0.6 L. Pre wt 84.1 kg, EDW 81.5.
Meds today: none given. Home meds list sent with EMS.
Code status: FULL. Allergies: iodinated contrast (hives) - premedicate.
Notified: wife {{NAME:Graciela}} {{PHONE:619-555-0117}}; nephrologist Dr. {{NAME:Marchetti}} by page; report called to ED RN {{NAME:Tomasz Wiśniewski}} at 11:02.
RN: {{NAME:Lorraine Castillo-Abreu}}. Medical director notified {{DATE:6/25/24}}.`,
  `HOME HEMODIALYSIS TRAINING - COMPETENCY CHECKLIST (FINAL)
PROGRAM: {{FACILITY:CASCADIA HOME DIALYSIS PROGRAM}}   TRAINEE: {{NAME:FIONA O'HALLORAN}}   CARE PARTNER: {{NAME:DECLAN O'HALLORAN}}
MRN {{MRN:CHD-50217}}   TRAINING DATES {{DATE:01/20/2025}} - {{DATE:02/14/2025}} (18 SESSIONS)
MACHINE: NXCYCLE S2, SN {{DEVICE:S2-0470-99312}}. WATER: PUREWATER RO, SN {{DEVICE:PW-118843}}.
[X] MACHINE SETUP / PRIME                     {{DATE:1/27}}
[X] BUTTONHOLE CANNULATION (SELF), L AVF      {{DATE:2/3}}
[X] ALARMS & TROUBLESHOOTING                  {{DATE:2/5}}
[X] BLOOD LOSS / AIR EMBOLUS EMERGENCY DRILL  {{DATE:2/10}}
[X] WATER TESTING (CHLORAMINE) & LOGS         {{DATE:2/10}}
[X] HEPARIN DOSING, POST-TX CARE              {{DATE:2/11}}
[X] DATA UPLOAD TO PORTAL                     {{DATE:2/12}}
[X] SUPPLY ORDERING (VENDOR ACCT {{ACCOUNT:NXS-77314}})        {{DATE:2/12}}
FIRST HOME TREATMENT WITH RN PRESENT: {{DATE:02/17/2025}}, {{ADDRESS:1507 NE HALSEY ST}}.
TRAINER: {{NAME:GRETA HALVORSEN}}, RN. MD SIGN-OFF: {{NAME:M. OBI-SORENSEN}}, {{DATE:2/14/25}}.`,
  `TRANSPLANT PSYCHIATRY EVALUATION (brief)
{{FACILITY:Prairie Heart Transplant Center}}   {{DATE:02/26/2025}}
Pt: {{NAME:Mae-Lynn Quarles}}, 44F, ESRD (HTN/FSGS), HD at {{FACILITY:Big Sioux Dialysis}} TTS. MRN {{MRN:PHT-3390176}}. Re-referred after deferral {{DATE:5/14/24}} for cocaine use.
Since then: completed IOP at {{FACILITY:Riverbend Recovery Center}} ({{DATE:6/2024}}-{{DATE:9/2024}}), attends NA 3x/wk at {{FACILITY:Grace Lutheran Church}} basement. Sponsor {{NAME:Tonya}} (permission to contact, {{PHONE:605-555-0137}}). Random UDS x9 since {{DATE:July 2024}} all negative (last {{DATE:2/19/25}}).
Mood: PHQ-9 6, GAD-7 5. On sertraline 100 mg via Dr. {{NAME:Bjornstad}}.
Living: with aunt {{NAME:Cordelia Quarles}} at {{ADDRESS:915 W 8th St, Apt 3}}, {{LOCATION:Sioux Falls}}. Works part-time at {{FACILITY:Falls Park Bakery}}.
Caregivers: aunt + cousin {{NAME:Jarvis}}; both attended today.
SIPAT 31 (improved from 44). Insight good; identifies triggers.
Recommendation: psychiatrically acceptable to re-present to committee. Conditions: continued monthly UDS while listed, relapse prevention plan on file, sponsor letter.
{{NAME:Svetlana Marchenko-Hill}}, MD, Transplant Psychiatry`,
  `YOUR KIDNEY TRANSPLANT - GOING HOME INSTRUCTIONS
Patient: {{NAME:Marisol Delgado}}     Transplant date: {{DATE:June 18, 2024}}     Discharge: {{DATE:June 22, 2024}}
Your transplant team at {{FACILITY:Allegheny Crest Transplant Institute}}:
  Coordinator: {{NAME:Renata Szulc}}, RN - {{PHONE:412-555-0148}} (Mon-Fri 8-4:30)
  After hours / weekends: page the transplant fellow at {{PHONE:412-555-0100}}
  Pharmacy: {{FACILITY:Allegheny Crest Outpatient Pharmacy}} - {{PHONE:412-555-0138}}
Lab draws: Monday and Thursday at {{FACILITY:Westmoreland Outpatient Lab}} ({{ADDRESS:200 Pellis Rd}}, {{LOCATION:Greensburg}}) before your morning tacrolimus dose.
First clinic visit: {{DATE:Tuesday, June 25}} at 9:30 AM, Clinic B, 3rd floor.
Call us right away for: temperature 100.4 F or higher; urine output less than 1 quart a day; pain or swelling over the kidney; weight gain more than 3 lb in a day.
Medicines: tacrolimus (Prograf) 4 mg at 8 AM and 8 PM; mycophenolate 1000 mg twice a day; prednisone per taper calendar; valganciclovir; Bactrim.
No lifting over 10 lb for 6 weeks. No driving for 2 weeks - your husband {{NAME:Rogelio}} or your nephew {{NAME:Tomas Delgado}} will drive you.
Online: {{URL:https://my.allegheny-crest-ti.org}}`,
  `{{FACILITY:Northgate Kidney Care}}
{{ADDRESS:3300 Northgate Blvd, Suite 110}}, {{LOCATION:Roseville}}, MN {{ZIP:55113}}  Tel {{PHONE:651-555-0130}}

{{DATE:9/12/2024}}

Jury Administration Office, Second Judicial District
Re: Request to excuse from jury service - {{NAME:Abdirahman Warsame}}, juror no. {{ID:J-2024-118736}}, summons date {{DATE:10/07/2024}}

Mr. {{NAME:Warsame}} is a patient of this unit and receives hemodialysis three times weekly (Monday/Wednesday/Friday, 6:00 AM to about 11:00 AM) for end-stage kidney disease. Missing or shortening treatments puts his life at risk, and after treatment he is often too fatigued to concentrate for several hours. We therefore request he be permanently excused from jury service.
He can be reached at {{PHONE:651-555-0171}}; his address is {{ADDRESS:1675 Rice St, Apt 308}}, {{LOCATION:Saint Paul}} {{ZIP:55117}}.
Sincerely,
{{NAME:Halima Yusuf-Lindgren}}, MD, Medical Director
cc: {{NAME:Farhiya Warsame}} (daughter)`,
  `To: Human Resources, {{FACILITY:Tri-County Cold Storage}}, {{LOCATION:Coraopolis}} PA - fax {{FAX:412-555-0187}}
From: {{FACILITY:Three Rivers Home Dialysis}} - {{NAME:Catherine J. Wojcik}}, RN, Home Program Coordinator
Date: {{DATE:11/04/2024}}
Re: Employee {{NAME:Keshawn DuBose}}, employee ID {{ID:E-220914}}

Mr. {{NAME:DuBose}} performs peritoneal dialysis at home each night on a machine (about 9 hours). He recently had an infection of the abdomen (peritonitis) treated from {{DATE:10/22/2024}} and is cleared by Dr. {{NAME:Natalia Sokolova}} to return to work on {{DATE:11/11/2024}}.
Requested accommodations under the ADA:
1. Day or early shift only (no overnight shifts), so his treatment can run at night.
2. Access to a clean, private room with a sink for about 30 minutes if a manual exchange is ever needed at work.
3. No lifting over 25 lb for 4 weeks; no work inside the freezer area for more than 30 min at a time due to catheter site.
4. Time off for a monthly clinic visit (usually the 2nd Tuesday).
Please contact me at {{PHONE:412-555-0153}} or {{EMAIL:cwojcik@trhomedialysis.org}} with questions.`,
  `KIDNEY OFFER/ALLOCATION LOG - {{FACILITY:NORTH SHORE LAKES ORGAN BANK}}
DONOR {{ID:AHRZ006}} | 67F DCD | KDPI 91% | CR 2.3 | BIOPSY L 18% GS, R 12% GS | PUMP RI 0.42/0.35
MATCH RUN {{ID:MR-7733540}} RUN {{DATE:03/09/2025 0410}}
SEQ 1  {{FACILITY:NORTHSTAR TRANSPLANT SERVICES}}   DECLINED 0455 (DONOR QUALITY) - DR {{NAME:BRENNHOLT}}
SEQ 2  {{FACILITY:PRAIRIE HEART TRANSPLANT CENTER}} DECLINED 0512 (BIOPSY)
SEQ 3  {{FACILITY:HEARTLAND UNIVERSITY MEDICAL CENTER}} NO RESPONSE - BYPASS 0610
SEQ 4-11 DECLINED (VARIOUS)
SEQ 12 {{FACILITY:MIDWAY LAKES TRANSPLANT}}   ACCEPTED R KIDNEY 0822 (CANDIDATE 71M, CONSENTED FOR HIGH KDPI) - SURGEON DR {{NAME:PAPADOPOULOS-REE}}
L KIDNEY: NO ACCEPTANCE AFTER 31 OFFERS, DISCARD {{DATE:03/09/2025 1745}} - REASON: BIOPSY/TIME. DISPOSITION FORM TO UNOS BY {{NAME:J. ODEGAARD}}.
DONOR HOSP: {{FACILITY:ST. LOUIS RIVER MEDICAL CENTER}}, {{LOCATION:CLOQUET}}. NOK: DAUGHTER {{NAME:KRISTIN HALLBERG}} (FAMILY ASKED FOR UPDATES AT {{PHONE:218-555-0166}}).
SHIPPING: R KIDNEY VIA COMMERCIAL FLIGHT, AIRWAY BILL ON FILE; COURIER {{FACILITY:TWIN PORTS MEDICAL COURIER}} PICKUP 1030.
COORDINATOR ON CALL: {{NAME:JENNA ODEGAARD}} / {{NAME:HAKEEM ABDULLAHI}}. LOG CLOSED {{DATE:3/9/25}} 1800.`,
  `renal fellow sign-out {{DATE:sat 1/11/25}} (weekend) - {{FACILITY:heartland university medical center}}
1. {{NAME:voskuijlen, ruthanne}} {{FACILITY:pavlik 9}} bed 14 - admitted {{DATE:1/9}} w/ cyst hemorrhage, hgb 8.1 stable. ckd4. no hd yet. if hgb <7 transfuse 1u (she's on list - ask for leukoreduced, irradiated not needed). husband {{NAME:gerrit}} at bedside.
2. {{NAME:mwangi-ochieng, j}} micu 4 - crrt, citrate, ionized ca q6h. fluid goal -100/hr. family mtg {{DATE:1/13}} w/ palliative.
3. {{NAME:D. Ferreira}} 6 west - lrkt pod 2 (donor {{NAME:luis ferreira}} in 6-22, doing fine). uop 120/hr, tac level am. 
4. {{NAME:hollingsworth}} ed hold - missed hd x2, k 6.8 treated, hd at 0800 in unit (nurse {{NAME:cheyenne}} aware, ext {{PHONE:6-4420}}).
5. consult pending: {{NAME:Begaye, T.}} transferred from {{FACILITY:Chinle Canyon Health Center}} - rhabdo, ck 48k. call their er dr {{NAME:yellowhorse}} {{PHONE:928-555-0148}} if records not in by noon.
attending weekend: dr {{NAME:idris rahimi}} (cell {{PHONE:785-555-0108}}). pls page me w/ questions - {{NAME:kwabena asante}} pgy-5`,
  `IMMUNIZATION RECORD - DIALYSIS UNIT
{{FACILITY:Pinecrest Dialysis of Hattiesburg}}   Pt: {{NAME:Pettaway, Cornelius R.}}   DOB {{DATE:09/09/1955}}   MRN {{MRN:PDH-20931}}
Hepatitis B series (Heplisav-B 20 mcg IM):
  #1 {{DATE:04/01/2024}} L deltoid, lot 87Y2C, NDC 43528-0003-05, given by {{NAME:L. Gaines-Hubbard}} RN
  #2 {{DATE:05/01/2024}} R deltoid, lot 87Y2C, by {{NAME:T. Nakamura-Reed}} RN
  Post-series HBsAb {{DATE:07/10/2024}}: 48 mIU/mL (immune, >10)
Pneumococcal: PCV20 given {{DATE:4/15/2024}}, lot HX4490, exp 2025-11-30. No further doses needed.
Influenza: high-dose quadrivalent {{DATE:09/23/2024}}, lot UT7734BA.
COVID-19: updated 2024-2025 formula {{DATE:10/2/24}}, lot 3CH92X.
RSV: discussed per age 69 + ESRD; pt declined {{DATE:10/2/24}}, will reconsider.
Tdap: 2019 per pt (outside record from {{FACILITY:Petal Family Pharmacy}}, fax {{FAX:601-555-0144}}).
VIS given for each. Reactions: none reported.
Reviewed by Dr. {{NAME:Akintola}} {{DATE:10/15/2024}}.`,
  `FAMILY MEETING - GOALS OF CARE / DIALYSIS WITHDRAWAL
{{FACILITY:Northgate Kidney Care}} conference room, {{DATE:Thursday, 1/30/2025}} 1300
Patient: {{NAME:Abdirahman Warsame}}, 58M, ESRD on HD x 6 yr, metastatic gastric cancer dx {{DATE:Nov 2024}}.
Present: pt; wife {{NAME:Hodan Abdi}}; daughter {{NAME:Farhiya Warsame}}; son {{NAME:Mohamed Warsame}} (by phone from {{LOCATION:Nairobi}}); Imam {{NAME:Abdullahi Farah}} of {{FACILITY:Masjid Al-Ihsan Community Center}}; Dr. {{NAME:Yusuf-Lindgren}}; SW {{NAME:Ingrid Pham}}; Somali interpreter {{NAME:Sahra}} (agency ID {{ID:INT-3317}}).
Discussion: pt reports exhaustion from tx, poor appetite, wants to spend remaining time at home. Imam reviewed religious perspective; family supportive of stopping dialysis if that is pt's wish, but son asks for one more week so he can fly home.
Decision: continue HD through {{DATE:2/7/2025}}, last treatment that day. Hospice referral to {{FACILITY:Twin Cities Crescent Hospice}} (intake {{PHONE:651-555-0179}}), admission visit {{DATE:2/3}}. POLST updated: DNR/DNI, comfort focus after {{DATE:2/7}}.
Expected survival after stopping explained (days to ~2 weeks).
Note by {{NAME:H. Yusuf-Lindgren}}, MD`,
  `{{FACILITY:Sunrise River Dialysis}}
{{ADDRESS:1200 Lincoln Hwy, Suite 5}}, {{LOCATION:North Versailles}}, PA {{ZIP:15137}}
Phone {{PHONE:412-555-0160}}  |  Fax {{FAX:412-555-0161}}

{{DATE:08/19/2024}}

TO WHOM IT MAY CONCERN (travel / customs)

This certifies that {{NAME:Augustin Mbemba-Lukusa}} (date of birth {{DATE:03/05/1969}}, passport {{LICENSE:OP4471920}}) is a hemodialysis patient of our unit. He will travel to {{LOCATION:Kinshasa}} and {{LOCATION:Brazzaville}} from {{DATE:9/10/2024}} to {{DATE:10/1/2024}} and has arranged treatment at {{FACILITY:Centre de Dialyse Sainte-Anne}} in {{LOCATION:Gombe}}, contact Dr. {{NAME:Pascaline Ngoy}}, {{EMAIL:dialyse.steanne@mail-cd.net}}.
He is carrying prescription medicines for personal use: sevelamer 800 mg, calcitriol 0.25 mcg, amlodipine 10 mg, and a 2-week supply of heparin 5000 U/mL vials.
Hepatitis B/C and HIV negative on {{DATE:08/12/2024}}; results attached.
{{NAME:Tobias Wrenfield}}, MD, Attending Nephrologist   |   Unit MRN {{MRN:DX-0051190}}`,
  `PERCUTANEOUS NATIVE KIDNEY BIOPSY - PROCEDURE NOTE
{{FACILITY:Tallgrass Kidney Associates}} / {{FACILITY:Salina Prairie Hospital}} IR suite   {{DATE:10-17-2024 08:20}}
Patient: {{NAME:Eun-ji Halloran-Park}}   MRN {{MRN:SPH-0772190}}   DOB {{DATE:1988-12-01}}
Indication: nephrotic syndrome (UPCR 7.8 g/g), Cr 1.4, anti-PLA2R pending, hematuria.
Consent: risks incl. bleeding needing transfusion (~1-2%), embolization, nephrectomy (rare). Signed by pt; witness {{NAME:Rocio Almanza}}, RN.
Pre: plt 284, INR 1.0, Hgb 12.6. Aspirin held x7d. DDAVP 0.3 mcg/kg given.
Procedure: prone, US-guided, L lower pole, 16g automated biopsy device, 3 passes, 3 cores (2 to LM, 1 to IF/EM). Adequate per on-site check (~25 glomeruli).
Post: no hematoma on US at 15 min. Bedrest 6 hr, vitals q15 min x4. Hgb at 6 hr 12.1. Discharged home 1500 with husband {{NAME:Liam Halloran}}.
Path to {{FACILITY:Kansas Renal Pathology Lab}}, accession {{ID:KRP-24-09917}}.
Operator: {{NAME:Idris Rahimi}}, MD. Follow-up {{DATE:10/24/24}}.`,
  `LIVING DONOR CANDIDATE - INITIAL H&P
{{FACILITY:Ohio Valley Transplant Center}}, Donor Clinic   {{DATE:01/08/2025}}
Name: {{NAME:Khalid Al-Zahrani}}   DOB {{DATE:7/19/1987}}   Donor MRN {{MRN:OVT-D-004518}}   Donor # {{ID:OVT-LD-25-007}}
Intended recipient: cousin {{NAME:Nasser Al-Zahrani}} (MRN {{MRN:OVT-2210987}}), ESRD 2/2 reflux nephropathy, type A.
37M, civil engineer at {{FACILITY:Kanawha Bridgeworks}} in {{LOCATION:Charleston}}. Non-smoker, occasional hookah (quit 2023). No EtOH.
PMH: none. FHx: father DM2 at 55; no kidney disease. Meds: none.
Exam: BP 124/78 (avg of 3), BMI 28.9, waist 96 cm. Normal exam.
Labs: ABO A, Cr 0.96, eGFR (mGFR pending), UACR 6, A1c 5.5, fasting glucose 92, UA bland. Lipids ok. HIV/HBV/HCV neg. TB QuantiFERON neg.
Plan: CT angiogram {{DATE:1/22/25}}, 24-hr ABPM, psych/ILDA visit with {{NAME:Deborah Kincaid-Osei}}, LICSW, nuclear GFR.
Contact: cell {{PHONE:304-555-0184}}, {{EMAIL:k.alzahrani87@webmail-x.com}}. Lives {{ADDRESS:22 Quarrier St, Apt 7F}}, {{LOCATION:Charleston}} WV {{ZIP:25301}}.
Donor declines to have results shared with recipient (confirmed).
{{NAME:Paulina Wróblewska}}, MD, Donor Nephrology`,
  `{{FACILITY:BIG SIOUX DIALYSIS}} - LEAVING TREATMENT AGAINST MEDICAL ADVICE
Patient name: {{NAME:Jarvis Two Bulls}}   MRN {{MRN:BSD-10893}}   Date {{DATE:03/15/2025}}   Station 12, 3rd shift
Treatment prescribed 4 hr; patient requests to end at 2 hr 10 min. Reason given: "have to pick up my kids from {{FACILITY:Lincoln Heights School}} at 5."
Risks explained by RN {{NAME:Kirsten Aamodt}}: fluid buildup in lungs, high potassium, heart rhythm problems, death. Fluid removed 1.6 L of 3.4 L goal. Post wt 2.0 kg above dry weight. Pre K 5.8.
Dr. {{NAME:Bjornstad}} reached by phone 16:05 and spoke with patient; offered extra treatment {{DATE:Sunday 3/16}} at 0800 - pt accepted.
Social work to call pt re: after-school care options; aunt {{NAME:Winona Two Bulls}} may help ({{PHONE:605-555-0168}}).
I understand the risks and choose to leave treatment early. Patient signature: ____ (signed)   Witness: {{NAME:Kirsten Aamodt}}, RN
Time 16:12 {{DATE:3/15/25}}. Copy to chart and to medical director {{NAME:Sigrid Bjornstad}}, MD.`,
  `{{FACILITY:Magnolia Bayou Dialysis}}
{{ADDRESS:2700 Johnston St, Bldg C}}, {{LOCATION:Lafayette}}, LA {{ZIP:70503}}

{{DATE:May 6, 2025}}

{{NAME:Claudette Thibodeaux}}
{{ADDRESS:118 Rue Chenier}}
{{LOCATION:Breaux Bridge}}, LA {{ZIP:70517}}

Re: Your grievance dated {{DATE:April 22, 2025}} (our reference {{ID:GRV-2025-014}})

Dear Ms. {{NAME:Thibodeaux}},
Thank you for telling us about your concerns regarding your mother-in-law, Mrs. {{NAME:Rosalie Thibodeaux}}, on {{DATE:April 17}}: that she waited 50 minutes in the lobby after treatment for her ride, and that staff member {{NAME:Dwayne}} spoke to her rudely.
We reviewed the event. The ride company ({{FACILITY:Acadiana Care Rides}}) arrived late; our staff should have called you. The staff member has received coaching. We now call the family if a ride is more than 20 minutes late.
You may also contact the ESRD Network or the state survey agency if you are not satisfied.
Sincerely, {{NAME:Yvonne Broussard-Hebert}}, RN, Facility Administrator, {{PHONE:337-555-0179}}`,
  `CRITICAL VALUE CALL - TRANSPLANT
{{DATE:07/14/2024 06:52}}. Core lab tech {{NAME:B. Oyelaran}} called critical: tacrolimus 28.4 ng/mL on {{NAME:VENKATARAMAN, ARJUN}}, MRN {{MRN:4409182}}, drawn {{DATE:7/13/24 2215}} at {{FACILITY:Wells Branch Emergency Room}} (freestanding ER), accession {{ID:WB-2407-55810}}. Read back and verified.
Context: pt seen there for vomiting/diarrhea x3 days (norovirus at his son's daycare, {{FACILITY:Little Acorns Learning Center}}). Cr 2.1 (baseline 1.3), K 5.6. Sent home with Zofran.
07:05 called pt at {{PHONE:512-555-0198}}: still has diarrhea, tremor, headache. Wife {{NAME:Priya}} will bring him to transplant clinic.
Plan per Dr. {{NAME:Liang}}: HOLD tacrolimus today and tomorrow AM; IV fluids in infusion room; repeat level + BMP {{DATE:7/15}} 0700; resume at 1 mg BID when level <10. Diarrhea raises tac levels (less CYP3A/P-gp in gut) - reviewed.
Note to file: freestanding ER fax for results {{FAX:512-555-0106}}.
{{NAME:Marisela Castellanos}}, RN`,
  `HOSPITAL DEATH RECORD REVIEW - QUARTERLY (OPO HOSPITAL SERVICES)
{{FACILITY:THREE RIVERS DONOR ALLIANCE}} / HOSPITAL: {{FACILITY:MERCY HOLLOW REGIONAL}}   REVIEW PERIOD Q2, COMPLETED {{DATE:07/15/2024}}
VENTED DEATHS: 9. TIMELY REFERRALS: 7 (78%). GOAL 100%.
MISSED / LATE REFERRALS:
1. {{NAME:PRZYBYLSKI, EDWARD}}, AGE {{AGE:93}}, MRN {{MRN:MH00610228}}, DIED {{DATE:04/09/2024 21:40}} ICU BED 4. NO REFERRAL (RN ASSUMED AGE RULE-OUT). TISSUE/EYE POTENTIAL MISSED.
2. {{NAME:ST. GERMAIN, LORRAINE}}, AGE 66, MRN {{MRN:MH00788301}}, VENT WITHDRAWN {{DATE:05/27/2024}}, REFERRED 3 HR AFTER DEATH. CALLER {{NAME:DANA MCCULLOUGH}}, RN.
3. (TIMELY) {{NAME:KEEGAN, SHANE}} - DONOR, REFERRAL {{ID:TR-2024-03381}}. 4 ORGANS TRANSPLANTED.
ACTIONS: EDUCATION TO ICU STAFF {{DATE:8/6/24}} AND {{DATE:8/8/24}} BY HOSPITAL LIAISON {{NAME:NADIA BOUCHARD-LYONS}} ({{PHONE:814-555-0131}}). REMINDER: "NO AGE LIMIT - CALL EVERY VENTED PATIENT, GCS 5 OR LESS, OR PLAN TO WITHDRAW." REFERRAL LINE {{PHONE:800-555-0145}}.
HOSPITAL DONATION COUNCIL CHAIR: DR. {{NAME:GREER}}. NEXT MEETING {{DATE:09/10/2024}}.`,
  `VASCULAR SURGERY - OP NOTE + 6 WK FOLLOW-UP
{{FACILITY:South Bay Vascular}}   Surgeon: {{NAME:Lucia Marchetti}}, MD
Pt: {{NAME:Gonzalo Ybarra Castañeda}}   MRN {{MRN:SBV-33170}}
Op date {{DATE:05/06/2024}}: L brachiocephalic AV fistula creation, end-to-side, 5 mm anastomosis. Regional block (supraclavicular). Cephalic vein 3.4 mm on mapping ({{DATE:4/15/24}}, {{FACILITY:Harbor Point Vein Lab}}). Good thrill at end. EBL minimal. D/c same day.
----
F/u {{DATE:6/18/2024}}: incision healed. Strong thrill, bruit continuous. Vein diameter 6.8 mm, depth 4 mm, flow 780 mL/min on US - meets rule of 6s mostly; ok to cannulate in 2 weeks with 17g needles, low Qb 250 first week.
Plan: letter to {{FACILITY:Harbor Point Dialysis}} (fax {{FAX:619-555-0114}}, charge RN {{NAME:Lorraine Castillo-Abreu}}) with cannulation plan; IR to remove R IJ catheter after 6 successful 2-needle runs. Wife {{NAME:Graciela}} present, questions answered.
Next visit 3 months or sooner for poor flows. Office {{PHONE:619-555-0152}}. {{NAME:LM}}/{{NAME:ac}}`,
  `tac level trend - {{NAME:ngata, hemi}} ({{MRN:7765301}}) - pharmacy f/u for dr {{NAME:ferreira-kahn}}
date        tac trough   dose           cr     note
{{DATE:1/8/24}}      11.2        4 mg bid       1.5    goal 8-10
{{DATE:1/22/24}}     9.4         3.5 mg bid     1.4
{{DATE:3/11/24}}     6.1         3.5 mg bid     2.3    amr (bx {{ID:SP24-18823}})
{{DATE:3/25/24}}     10.8        4 mg bid       1.8    after plex/ivig
{{DATE:4/30/25}}     7.9         3 mg bid       1.9    bk viremia, goal 5-7
{{DATE:5/21/25}}     5.6         2.5 mg bid     1.8    ok
interactions: none new. pt uses {{FACILITY:kiwi corner pharmacy}} ({{PHONE:206-555-0121}}); refills on auto. labs drawn at {{FACILITY:whitcombe outpatient lab}}.
travel {{DATE:6/10-7/1/25}} to {{LOCATION:Auckland}}: mailed 30-day supply + letter; nz lab results to fax {{FAX:206-555-0129}}.
cv 12%, adherence good per pill count {{DATE:5/21}}.
-- {{NAME:hana kealoha-brandt}}, pharmd`,
  `From: Renal Guest Services <{{EMAIL:bookings@seaward-dialysis-voyages.com}}>
To: {{EMAIL:leonardyazzie57@mailnest.com}}
Sent: {{DATE:Tuesday, January 14, 2025 3:12 PM}}
Subject: Booking confirmed - dialysis at sea - ref {{ID:SDV-25-00871}}

Dear Mr. {{NAME:Yazzie}},
Your onboard hemodialysis is confirmed for the 7-night Caribbean sailing departing {{LOCATION:Fort Lauderdale}} on {{DATE:March 9, 2025}}, with stops in {{LOCATION:Nassau}}, {{LOCATION:Oranjestad}} and {{LOCATION:Willemstad}}.
Treatments: {{DATE:3/10}}, {{DATE:3/12}}, {{DATE:3/14}} in the ship's dialysis suite (deck 4, chair 2), 4 hours each. Our nephrologist Dr. {{NAME:Henk van der Berg-Simons}} and nurse {{NAME:Marguerite Loubet}} will treat you.
We received from {{FACILITY:Desert Mesa Kidney Center}}: prescription, labs (Hep B sAg neg {{DATE:12/30/2024}}), EKG, and physician clearance signed by Dr. {{NAME:Bahram Karimi}}.
Companion on booking: {{NAME:Shandiin Yazzie-Morales}} (cabin 8214).
Balance due {{DATE:02/01/2025}}: $2,850 (card on file). Your account: {{URL:https://seaward-dialysis-voyages.com/my/SDV-25-00871}}
Questions: {{PHONE:954-555-0163}}.`,
  `CMS-2728 ESRD MEDICAL EVIDENCE REPORT - DATA ABSTRACT (internal)
Facility: {{FACILITY:Scioto Bend Dialysis}}   Prepared {{DATE:2/2/2024}} by {{NAME:Kelsey Arbogast}}, MSW
1. Name: {{NAME:ASHWORTH-PIKE, GERALD T}}   2. Medicare #: {{HEALTH_PLAN:8QA1-WD6-EF42}}   3. DOB: {{DATE:04/17/1949}}
4. Address: {{ADDRESS:318 Mound St, Apt 1}}, {{LOCATION:Chillicothe}}, OH {{ZIP:45601}}   Phone {{PHONE:740-555-0114}}
5. Sex M. 6. Ethnicity: not Hispanic. 7. Race: White.
8. Primary cause of renal failure: E11.22 (type 2 DM with diabetic CKD).
9. Employment: retired 6 mo prior ({{FACILITY:Ross County Paper Mill}}).
10. Comorbid: CHF, PVD, COPD, current tobacco.
11. Pre-ESRD nephrology care: >12 mo, Dr. {{NAME:Chidi Amadi}}.
12. Date regular chronic dialysis began: {{DATE:01/03/2024}}. Date first dialysis at this facility: {{DATE:01/09/2024}}.
13. Labs prior to first dialysis ({{DATE:12/29/2023}}): Cr 7.9, eGFR 6, Hgb 8.6, Alb 3.1, A1c 7.8.
14. Access at first outpatient HD: catheter; maturing AVF placed {{DATE:1/20/24}}.
15. Informed of transplant options: yes, {{DATE:1/9/24}}. Not a candidate yet (smoking).
Physician attestation: {{NAME:C. Amadi}}, MD, NPI {{LICENSE:1730498812}}   Patient signature on file.`,
];

export const HELDOUT_REALISTIC_53_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout53-${i + 1}`, n));
