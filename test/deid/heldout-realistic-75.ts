// A seventy-fifth held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns,
// cities and counties are used only as places). It leans towards occupational health, workers'
// compensation, disability and forensic/legal medicine: pre-employment and post-offer physicals,
// DOT driver exams with CDL numbers, plates and VINs, employers' first reports of injury with
// their sites, adjuster and nurse case manager letters, independent medical examinations, FMLA and
// short/long-term disability forms, drug-test custody and control forms with specimen IDs and MRO
// calls, police and court requests for records, subpoenas and HIPAA authorizations, SANE exams,
// medical examiner and coroner summaries, and attorney correspondence. Many employers, law firms,
// clinics and collection sites appear as FACILITY, beside claim, policy, badge, employee and
// docket numbers, and beside look-alikes that are not PHI: regulation and form numbers
// (49 CFR 391.41, WH-380-E, DWC-1, C-4), CPT and ICD codes, impairment percentages, vision
// acuities (20/40), blood pressures, lift weights, grip strengths, cut-off levels in ng/mL,
// eponymous signs (Phalen, Tinel, Waddell, Spurling, Romberg), drug names and doses, fleet unit
// numbers, rooms and bays.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles and
// honorifics outside NAME spans; employers, schools, shelters, prisons, labs and agencies of care
// are FACILITY; payers and state or federal agencies are not PHI; insurer member numbers are
// HEALTH_PLAN; billing and claim numbers are ACCOUNT; NPI, DEA, state and driver's licences are
// LICENSE; plates and VINs are VEHICLE; implant and device serials are DEVICE; accession, case,
// incident and employee numbers are ID; badge numbers are ID; ages over 89 are AGE however
// written; a month/day without a year is a DATE; nicknames, first or last names alone and initials
// standing for a person are NAME).
// Added for this set: workers' compensation, disability and liability claim numbers and an
// employer's workers' compensation policy number are ACCOUNT; custody and control form and
// specimen ID numbers, lab accession numbers, evidence, kit and property tag numbers, police
// report numbers, court case, docket and subpoena numbers, ME case and autopsy numbers, medical
// examiner's certificate numbers, requisition, personnel, union card and badge numbers, and an
// employer's FEIN or USDOT number are ID; the DOT examiner's National Registry number, CDLs,
// driver's licences, professional licences and attorney bar numbers are LICENSE; law firms,
// employers, staffing agencies, union locals, IME and occupational-health clinics, collection
// sites and toxicology labs are FACILITY; courts, police departments, sheriff's offices,
// ME/coroner offices and state or federal agencies are not PHI as agencies, but a city or county
// named in them is LOCATION ("{{LOCATION:Pima County}} Superior Court" is written with only the
// county marked); carriers, TPAs and their general claims lines and PO boxes are not PHI, while
// an adjuster's or nurse case manager's name, direct line and e-mail are NAME, PHONE and EMAIL; a
// partial SSN is SSN over what is written (XXX-XX-6021, or 4409 after "SSN ending"); a month with
// a year (03/2019, March 2019) is a DATE, a year alone is not; an employer's fleet unit or truck
// number is not PHI, a plate or VIN is VEHICLE; breath-alcohol and lab instrument serials,
// calibration lots and kit lot numbers are not PHI; fingerprint, AFIS and DNA profile numbers are
// BIOMETRIC; photo file names and photo log numbers are PHOTO; a web address of a firm, clinic or
// person is URL, while a government agency's web address is not PHI. Also: a login user name
// built from a person's name (tgrunwald) is NAME; a tractor's serial and a ship's IMO number are
// VEHICLE; prosthesis, hearing-aid, pump, CGM and CPAP serials are DEVICE; prescription, UR and
// authorization, interpreter, e-signature envelope, parcel tracking, OSHA inspection, NamUs,
// APS intake, protective-order, juror participant, practice tax ID and transport confirmation
// numbers are ID; a bank account's last digits are ACCOUNT; AME designee, CAOHC, court reporter,
// security guard and armed-guard permit, funeral director and IME authorization numbers are
// LICENSE; pharmacy NCPDP numbers, BIN/PCN and CLIA numbers are not PHI; a store number written
// with the store's name is inside the FACILITY span (HomeStretch Hardware #2281); an ambulance
// service named for a county (Toole Co. Ambulance) is FACILITY; a surname with a trailing
// initial standing for one person (Tallbull M) is one NAME span; a sworn date written in words
// (12th day of March, 2025) is one DATE span without "the"; a date range written as one token
// (01/01/2020-03/14/2024, a cumulative-trauma period) is one DATE span.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9612 / 0.9532; pass-17 engine (f7e06df, whose rules were made from sets 67-72 without this set)
// 0.9615 / 0.9533. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `DOT MEDICAL EXAMINATION - SUMMARY (49 CFR 391.41-391.49)
Driver: {{NAME:Okonkwo, Chidubem A.}}    DOB {{DATE:07/14/1968}}    Age 56
CDL # {{LICENSE:D4471209386}} (class A, TX)   Exp {{DATE:11/30/2027}}
Employer: {{FACILITY:Brazos Valley Freight Lines}}   USDOT {{ID:2284719}}   tractor #118
Home: {{ADDRESS:4410 Old Spanish Trl}}, {{LOCATION:Bryan}}, TX {{ZIP:77808}}   Cell {{PHONE:(979) 555-0143}}
Exam date {{DATE:3/18/2025}} at {{FACILITY:Aggieland Occupational Health}}
Hx: HTN on lisinopril 20 mg daily. OSA on CPAP (AirSense 11, SN {{DEVICE:23211458902}}), compliance download 6.8 h/night avg, 94% of nights >= 4 h.
BP 148/92 -> recheck 138/86.  P 72.  Ht 70 in  Wt 262 lb.
Vision: uncorrected R 20/30  L 20/40; corrected both 20/25. Horizontal field 85 deg each eye.
Hearing: forced whisper passed R/L at 5 ft.
UA: SG 1.020, protein neg, blood neg, glucose neg.
Determination: meets standards in 49 CFR 391.41; qualified for 1 year (HTN stage 1).
Wearing corrective lenses required.
Certificate # {{ID:MEC-0325-0917}}  valid through {{DATE:03/18/2026}}
Medical Examiner: {{NAME:Harriet Lindqvist}}, DO   NRCME # {{LICENSE:3318829410}}`,

  `PRE-PLACEMENT PHYSICAL (post-offer)
Candidate: {{NAME:Marisol Quintanilla-Reyes}}     DOB: {{DATE:Feb 2, 1994}}
Position: order selector, 2nd shift
Employer: {{FACILITY:Cascade Cold Storage LLC}}, {{ADDRESS:9120 Marine View Dr}}, {{LOCATION:Tacoma}} WA {{ZIP:98422}}
Req #: {{ID:REQ-58812}}    Candidate ID {{ID:C-0091742}}
HR contact: {{NAME:Dwayne Pettibone}} {{PHONE:253-555-0178}} / {{EMAIL:dpettibone@cascadecoldstor.com}}
Exam {{DATE:09-OCT-2024}}, examiner {{NAME:Ilse Brandauer}}, PA-C
Job demands: lift 50 lb floor-to-waist frequently; work at -10 F in freezer with PPE; pallet jack.
HEENT wnl. Lungs clear. Back: non-tender, FROM, SLR neg bil. Phalen/Tinel neg bilat. Grip (Jamar pos 2) R 34 kg  L 31 kg.
Lift test: 50 lb x 10 reps floor to waist, good body mechanics.
Audiogram baseline: no STS; 25 dB at 4k L.
Respirator clearance: N/A.
TB: IGRA neg {{DATE:10/09/24}}.   Hep B: series complete per card.
Recommendation: able to perform essential functions without restriction.
cc: {{NAME:Pettibone}}, HR`,

  `EMPLOYER'S FIRST REPORT OF OCCUPATIONAL INJURY OR DISEASE
Employee: {{NAME:LAMBERT, TRAVIS J}}         SSN: {{SSN:XXX-XX-6021}}
Home: {{ADDRESS:217 N Cedar St Apt 3}}, {{LOCATION:Muncie}}, IN {{ZIP:47305}}    Ph {{PHONE:765.555.0122}}
DOB {{DATE:1989-05-30}}    Date of hire {{DATE:2017-08-14}}    Emp # {{ID:004817}}
Employer: {{FACILITY:Whitewater Stamping & Die Inc.}}    FEIN {{ID:35-6620418}}
Location of accident: {{ADDRESS:3300 W Industrial Dr}}, press bay 6
Date/time of injury: {{DATE:01/22/2025 06:40}}    Last day worked {{DATE:01/22/2025}}
Description: EE was clearing a jam on press #14 (200-ton) when the light curtain was bypassed; L index and long fingers caught. Supervisor {{NAME:Kendra Oyelaran}} applied pressure, 911 called.
Treated at: {{FACILITY:Prairie Creek Medical Center}} ED - Dr. {{NAME:Raghunathan}}
Nature: crush / partial amputation L 2nd digit, distal phalanx (S68.622A)
Carrier: Hoosier Mutual    Policy # {{ACCOUNT:WC-77-410993}}    Claim # {{ACCOUNT:250122-0418}}
Prepared by {{NAME:Renee Kowalczyk}}, Safety Mgr, {{DATE:1/23/25}}`,

  `SUMMIT STATE CASUALTY - Workers' Compensation Division
PO Box 4410, Harrisburg PA 17105     Claims fax 717-555-0100

{{DATE:April 3, 2025}}

Medical Records Dept.
{{FACILITY:Lehigh Gap Orthopaedic Associates}}
{{ADDRESS:1800 Hamilton Blvd, Suite 210}}
{{LOCATION:Allentown}}, PA {{ZIP:18104}}

RE:  Claimant: {{NAME:Yesenia Duarte}}
     DOB: {{DATE:12/01/1979}}
     Employer: {{FACILITY:Penn Valley Home Care}}
     DOI: {{DATE:11/17/2024}}
     Claim No.: {{ACCOUNT:PA-WC-2024-0883152}}

Dear Custodian of Records:
We are the workers' compensation carrier for the above employer. Please forward all office notes, imaging reports and work status slips from {{DATE:11/17/2024}} to present, including the MRI of the right shoulder read by Dr. {{NAME:Feodora Milutinovic}}. A signed LIBC-760 authorization is enclosed. Please also complete the attached work capacity form.
Questions: call me directly at {{PHONE:717-555-0187}} ext 4, or {{EMAIL:lschreckengost@summitstatecas.com}}.

Sincerely,
{{NAME:Lorraine Schreckengost}}
Senior Claims Adjuster`,

  `INDEPENDENT MEDICAL EXAMINATION - page 1 of 9
Examinee: {{NAME:Bartholomew}} "{{NAME:Bart}}" {{NAME:Nwachukwu}}      DOB {{DATE:6/9/1971}}
Claim: {{ACCOUNT:0417-WC-558201}}    Referral: {{NAME:Gwendolyn Ashby-Moore}}, Esq., {{FACILITY:Ashby Moore & Tran LLP}}
Date of exam: {{DATE:Monday, February 10, 2025}}
Place: {{FACILITY:Pinnacle IME Group}}, {{ADDRESS:6060 N Central Expy, Ste 400}}, {{LOCATION:Dallas}}, TX {{ZIP:75206}}
Records reviewed: ED record {{FACILITY:Trinity Crossing Medical Center}} {{DATE:08/02/2023}}; lumbar MRI {{DATE:09/14/2023}} (L4-5 broad-based protrusion, no stenosis); PT notes x 22 visits; FCE {{DATE:6/3/24}}.
History: 53 y/o forklift operator at {{FACILITY:Lone Star Beverage Distributors}} injured when his lift was struck by a reversing trailer. Denies prior back claims.
Exam: Waddell signs 1/5 (overreaction). SLR neg at 70 deg bil. Reflexes 2+ patellar, 1+ Achilles, symmetric. Strength 5/5.
Dx: lumbar strain, resolved; L4-5 DDD, pre-existing.
MMI: reached as of {{DATE:06/03/2024}}. Impairment 5% WPI (DRE Category II, AMA Guides 4th ed).
Work status: full duty, no restrictions.
No treating relationship with the examinee.
{{NAME:Anselm Korhonen}}, MD, ABIME     TX Lic {{LICENSE:N4417}}`,

  `Form WH-380-E   (completed by health care provider)
SECTION I - employer: {{FACILITY:Riverbend Community Credit Union}}; HR {{NAME:Tamsin Ekwueme}} {{PHONE:(319) 555-0164}}
Employee: {{NAME:Ngoc Anh Truong}}     Job title: branch operations supervisor     Employee ID {{ID:RB-20331}}
Return form by: {{DATE:05/02/2025}}
SECTION III - provider
Name: {{NAME:Ruth Abernathy-Cole}}, MD     Practice: {{FACILITY:Five Seasons Neurology}}
Address: {{ADDRESS:1026 A Ave NE, Suite 3}}, {{LOCATION:Cedar Rapids}}, IA {{ZIP:52402}}
Tel {{PHONE:319-555-0190}}    Fax {{FAX:319-555-0191}}
Part A: Approximate date condition commenced: 2019.  Probable duration: lifetime.
Seen in office {{DATE:3/11/2025}}; prior visits {{DATE:9/24/24}}, {{DATE:12/10/24}}.
Chronic migraine with aura (G43.109); on topiramate 50 mg BID + rimegepant PRN.
Part B: continuous leave not needed.  Follow-up appts every 3 months, 1 day each.
Episodic flare-ups: 2 per month, lasting 1-3 days; employee unable to perform any job function during flare-ups (photophobia, vomiting).
Signature: {{NAME:R. Abernathy-Cole}}     Date: {{DATE:04/17/2025}}`,

  `FEDERAL DRUG TESTING CUSTODY AND CONTROL FORM - Copy 2 (MRO)
Specimen ID No. {{ID:8840172}}        Lab Accession No. {{ID:L25-771903}}
STEP 1  Employer: {{FACILITY:Great Plains Pipeline Services}}, {{ADDRESS:700 W Main}}, {{LOCATION:Enid}} OK {{ZIP:73701}}
        DER {{NAME:Colt Harjo}}  ph {{PHONE:580-555-0139}}  fax {{FAX:580-555-0140}}
        MRO: {{NAME:Priya Venkataraman}}, MD, {{ADDRESS:1400 S Boulder Ave}}, {{LOCATION:Tulsa}} OK {{ZIP:74119}}
        Donor Employee ID: {{ID:GPP-3318}}
        Reason: post-accident    Tests: THC, COC, PCP, OPI, AMP    DOT agency: PHMSA
        Collection site: {{FACILITY:Chisholm Trail Occupational Med}}, {{ADDRESS:2315 N Van Buren St}}, {{LOCATION:Enid}} OK {{ZIP:73703}}; ph {{PHONE:580-555-0171}}
STEP 2  Temp 32-38 C within 4 min: yes.  Split specimen.
STEP 4  Collector: {{NAME:Abigail Running Crane}}   {{DATE:02/27/2025 14:52}}   released to courier
STEP 5  Donor: {{NAME:Dale Wayne Fixico}}   DOB {{DATE:10/3/1985}}   daytime ph {{PHONE:580-555-0193}}
Lab received {{DATE:2/28/25}}, seals intact.  Result: negative (THC cutoff 50 ng/mL).
MRO verified negative {{DATE:03/03/2025}}  -{{NAME:PV}}`,

  `IN THE CIRCUIT COURT OF {{LOCATION:JACKSON COUNTY}}, MISSOURI
AT {{LOCATION:KANSAS CITY}}

{{NAME:DEMETRIUS ALBRIGHT}}, Plaintiff,
v.                                             Case No. {{ID:2416-CV11842}}
{{FACILITY:HEARTLAND AGGREGATE & PAVING CO.}}, Defendant.        Division 9

SUBPOENA DUCES TECUM (RECORDS ONLY)
TO: Custodian of Records, {{FACILITY:Blue River Spine & Rehab}}, {{ADDRESS:8800 E 63rd St}}, {{LOCATION:Raytown}}, MO {{ZIP:64133}}

YOU ARE COMMANDED to produce all medical and billing records pertaining to {{NAME:Demetrius Albright}}, DOB {{DATE:01/19/1977}}, SSN ending {{SSN:4409}}, for dates of service {{DATE:June 1, 2022}} through present, on or before {{DATE:May 14, 2025}} at 10:00 a.m. at the offices of {{FACILITY:Castellanos Whitfield, P.C.}}, {{ADDRESS:1201 Walnut St, Suite 2500}}, {{LOCATION:Kansas City}}, MO {{ZIP:64106}}.

Issued at the request of: {{NAME:Miguel A. Castellanos}}, MO Bar #{{LICENSE:58831}}
{{PHONE:816-555-0112}}   {{EMAIL:mcastellanos@cwpclaw.com}}
Dated: {{DATE:April 21, 2025}}                {{NAME:K. Oduya}}, Deputy Clerk`,

  `SANE FORENSIC EXAM - {{FACILITY:St. Brendan's Regional}} ED, SANE suite B
Patient: {{NAME:Kaylee Whitcombe}}   19 y/o F   DOB {{DATE:03/08/2005}}   MRN {{MRN:SB-00918832}}
Arrival {{DATE:11/02/2024 0215}}; exam 0340-0610.
Advocate present: {{NAME:Rosalind Achterberg}} ({{FACILITY:Harbor Light Advocacy Center}}).
Law enforcement: {{LOCATION:Duluth}} PD, Inv. {{NAME:Mark Tenpenny}}, badge {{ID:4471}}; report # {{ID:24-118730}}.
Consents signed: medical exam, evidence collection, release to LE, photography.
Pt reports the assault occurred approx 2300 on {{DATE:11/1}} at a residence near {{ADDRESS:E 4th St and N 6th Ave E}}. Pt declines to provide further detail at this time; offered to return.
Findings: 2 cm linear abrasion L forearm; 3 x 2 cm ecchymosis R upper arm. No other injury.
Photos: {{PHOTO:IMG_20241102_0412}} through {{PHOTO:IMG_20241102_0431}} (SANE camera 2).
Kit # {{ID:MN-SK-0098213}} sealed 0605, chain of custody to Inv. {{NAME:Tenpenny}} 0640.
Meds: ceftriaxone 500 mg IM; doxycycline 100 mg BID x 7 d; levonorgestrel 1.5 mg PO; nPEP bictegravir/FTC/TAF x 28 d, 1st dose 0550.
F/u ID clinic 3-5 days; advocate line {{PHONE:218-555-0166}}.
{{NAME:Noreen Haugland}}, RN, SANE-A`,

  `OFFICE OF THE MEDICAL EXAMINER - {{LOCATION:PIMA COUNTY}}
CASE SUMMARY        ME Case # {{ID:25-00741}}
Decedent: {{NAME:Ezequiel Montano Vargas}}     Age: {{AGE:93}}     Sex: M
DOB {{DATE:09/12/1931}}     DOD {{DATE:01/30/2025}} (pronounced 0915)
Residence: {{ADDRESS:3125 E Fort Lowell Rd}}, {{LOCATION:Tucson}} AZ {{ZIP:85716}}
Place of death: {{FACILITY:Saguaro Gardens Assisted Living}}, room 14
Reported by facility RN {{NAME:Lourdes Feliciano}} {{PHONE:520-555-0158}}
Investigator: {{NAME:T. Begaye}}, MDI
History: fall {{DATE:01/26/2025}} with R hip fracture; hemiarthroplasty at {{FACILITY:Rillito Valley Medical Center}} {{DATE:1/27/25}}; returned to facility {{DATE:1/29}}.
Pacemaker: dual chamber, serial {{DEVICE:RNB228471S}}, explanted and retained.
Identification: visual, by daughter {{NAME:Graciela Montano}}.
External examination only; no autopsy.  Tox not indicated.
Cause of death: complications of right femoral neck fracture. Due to: fall from standing height.
Manner: Accident.
Certifier: {{NAME:Desmond Achebe-Fry}}, MD, Deputy Medical Examiner     {{DATE:02/03/2025}}`,

  `NCM telephonic note  {{DATE:3/6/25}} 1410
clmt {{NAME:rodney fairweather}} ("{{NAME:rod}}"), claim {{ACCOUNT:WC24-661093}}, employer {{FACILITY:tri-state roofing supply}}
spoke w/ clmt on cell {{PHONE:304 555 0117}}. states pain 6/10 R shoulder, s/p arthroscopic RCR {{DATE:1/14}} by dr {{NAME:okafor}} at {{FACILITY:ohio valley ortho}}. PT 2x/wk at {{FACILITY:kanawha physical therapy}}, 8 of 24 visits done.
meds: oxycodone 5/325 weaned off -> ibuprofen 600 tid. sleeping in recliner.
RTW: employer can offer modified duty (no overhead reach, 10 lb limit) per HR {{NAME:deb sizemore}} {{PHONE:304-555-0150}} x221.
next ortho f/u {{DATE:3/20}} 0930 - will attend telephonically & obtain work status.
clmt asks why TTD check late; routed to adjuster {{NAME:j. castellano-burke}} ({{EMAIL:jcastellanoburke@appalachiancomp.com}}).
barriers: lives alone at {{ADDRESS:88 Coal Branch Rd}}, {{LOCATION:Sissonville}} {{ZIP:25320}}, no ride to PT on thurs -> arranged transport w/ {{FACILITY:mountaineer medical rides}}.
next NCM contact {{DATE:3/21}}.
-{{NAME:mkv}}, RN CCM`,

  `WORK STATUS REPORT (DWC-73)
Injured employee: {{NAME:Adaeze Obi-Lawson}}     DOI {{DATE:02-03-2025}}     SSN {{SSN:XXX-XX-8837}}
Employer: {{FACILITY:Gulf Coast Petrochemical Services}}     employer fax {{FAX:409-555-0120}}
Carrier: Lonestar Comp Mutual     Carrier claim # {{ACCOUNT:LCM-25-004417}}
Doctor: {{NAME:Wendell Fairbrother}}, MD, {{FACILITY:Golden Triangle Occupational Clinic}}, {{ADDRESS:3950 Eastex Fwy}}, {{LOCATION:Beaumont}} TX {{ZIP:77706}}     ph {{PHONE:409-555-0123}}
Date of visit {{DATE:02/17/2025}}     Date sent to carrier/employer {{DATE:02/17/2025}}
Dx: T23.211A partial thickness burn R hand (steam); no cellulitis.
Work status:
 [ ] may return to work without restrictions
 [X] may return to work with restrictions from {{DATE:2/18/25}} through {{DATE:3/4/25}}
 [ ] prevented from all work
Restrictions: R hand - no gripping or wet work, keep dressing clean/dry, no chemical handling, must wear nitrile glove over dressing. Lift/carry <= 5 lb R hand.  Other: desk or tool-crib duty ok.
Meds: silver sulfadiazine 1% BID, acetaminophen 650 mg q6h prn.
Follow-up {{DATE:03/03/2025}} 8:45 am
Signature: {{NAME:W. Fairbrother}}     NPI {{LICENSE:1467390021}}`,

  `{{LOCATION:BOISE}} POLICE DEPARTMENT - RECORDS REQUEST (LAW ENFORCEMENT, 45 CFR 164.512(f))
To: Release of Information, {{FACILITY:Owyhee Bench Medical Center}}
From: Det. {{NAME:Sierra Blackhorse}}, Crimes Against Persons, badge {{ID:1187}}
Phone {{PHONE:208-555-0104}}     Fax {{FAX:208-555-0105}}     {{EMAIL:sblackhorse@boisepd-cap.org}}
Case #: {{ID:BPD25-003318}}     Date of incident: {{DATE:03/09/2025}}
Subject (victim): {{NAME:Harlan P. Osterhout}}     DOB {{DATE:11/22/1958}}
Records requested: ED record, CT head/C-spine reports, trauma flow sheet and serum ethanol for the encounter {{DATE:3/9/25}}-{{DATE:3/11/25}}.
Basis:  [X] grand jury subpoena attached, No. {{ID:GJ-2025-0142}}   [ ] court order   [ ] administrative request
Requester signature / date: {{NAME:S. Blackhorse}} {{DATE:3/14/2025}}
--- HIM use only ---
Verified subpoena with Ada Co. DA's office ({{NAME:L. Marchetti}}) by phone {{DATE:3/17}}.
Released 38 pp via secure fax {{DATE:03/17/25}}; disclosure accounting entry {{ID:ROI-88213}}; logged by {{NAME:F. Mbeki}}, RHIT.`,

  `{{FACILITY:DELACROIX & HAMMOND, PLLC}}
Attorneys at Law | {{ADDRESS:455 Poydras St, 14th Floor}} | {{LOCATION:New Orleans}}, LA {{ZIP:70130}}
T {{PHONE:504.555.0161}}   F {{FAX:504.555.0162}}   {{URL:www.delacroixhammond-law.com}}

{{DATE:January 8, 2025}}

VIA FAX ({{FAX:985-555-0118}}) AND U.S. MAIL
{{FACILITY:Northshore Bone & Joint}}, attn: Patient Accounts

RE:  Our client: {{NAME:Thibodeaux, Remy}}     DOB {{DATE:4/4/1966}}
     Date of accident: {{DATE:11/29/2024}} (MVC, I-12 W near {{LOCATION:Hammond}})
     Your acct #: {{ACCOUNT:NBJ-0044718}}

Please be advised this office represents Mr. {{NAME:Thibodeaux}} for injuries from the above accident. Kindly direct all future correspondence to the undersigned and suspend collection activity; charges will be protected from any recovery. Please provide an itemized statement (CPT and ICD codes) and complete records, including the L-spine MRI. A HIPAA-compliant authorization signed {{DATE:1/6/25}} is enclosed.

Very truly yours,
{{NAME:Celestine Hammond}}
La. Bar Roll No. {{LICENSE:31772}}
CH/{{NAME:ap}}`,

  `DOT ALCOHOL TESTING FORM (breath)
STEP 1  Employee: {{NAME:Sorensen, Britt-Marie}}     Employee ID {{ID:NRX-40219}}
        Employer: {{FACILITY:North Rim Express Lines}}, {{ADDRESS:1720 W Deer Valley Rd}}, {{LOCATION:Phoenix}} AZ {{ZIP:85027}}
        DER: {{NAME:Hollis Tsinajinnie}}  {{PHONE:602-555-0147}}
        Reason: [X] random  [ ] reasonable susp  [ ] post-accident  [ ] RTD
STEP 2  Employee certifies: signed {{DATE:05/12/2025}}
STEP 3  BAT: {{NAME:Lamar Pettiford}}, {{FACILITY:Desert Sky Testing - North}}, ph {{PHONE:623-555-0186}}
        EBT: Intoxilyzer 8000, serial 80-004417, last calibration check 2/20, lot 24-118
        Screening test # 0112   time 07:41   result 0.000
        Confirmation test: not required (< 0.02)
        Remarks: driver arrived in company tractor #T-31 at 07:30; no delay.
STEP 4  Employee signature, {{DATE:5/12/25}}. Copy 2 to employee, copy 1 faxed to DER at {{FAX:602-555-0148}}.
Entered in consortium record for {{FACILITY:Copper State Drug & Alcohol Consortium}} by {{NAME:L.P.}}`,

  `POST-ACCIDENT EVAL - commercial driver
Pt: {{NAME:Gustavo Ibarra-Lenz}}, 47M     CDL {{LICENSE:IB4471092}} (NM)
Crash {{DATE:4/28/2025}} approx 0530, {{ADDRESS:I-40 EB MM 203}} near {{LOCATION:Santa Rosa}}; single vehicle, ran off road into median.
Vehicle: 2021 Freightliner Cascadia, NM plate {{VEHICLE:CP88214}}, VIN {{VEHICLE:3AKJHHDR5MSMA4471}}; trailer plate {{VEHICLE:T448021}}.
Employer: {{FACILITY:Mesa Verde Carriers}}, dispatcher {{NAME:Jolene Atcitty}} {{PHONE:505-555-0133}}
NMSP crash report # {{ID:NM25-0428-1173}}, Officer {{NAME:R. Quezada}} badge {{ID:2291}}
Breath alcohol 0.000 at 0812.  Urine (DOT) specimen ID {{ID:3390418}} collected 0830.
HPI: belted, airbag deployed. Sternal soreness. No LOC. Admits he "dozed off", drove 10.5 h, slept 4 h in the berth.
Exam: seatbelt abrasion L clavicle to R flank, sternal TTP. Neuro intact. GCS 15.
CXR neg; ECG NSR 78; troponin < 0.01.
Dx: chest wall contusion; suspected sleep disorder (ESS 14, neck 18 in, BMI 36).
Plan: NSAID; not medically qualified to drive pending in-lab PSG; ME {{NAME:Harriet Lindqvist}} notified {{DATE:4/29}}.
{{NAME:Camille Desrosiers}}, FNP`,

  `ATTENDING PHYSICIAN STATEMENT - LONG TERM DISABILITY
Claimant: {{NAME:Penelope Vasquez-Oyelowo}}     DOB {{DATE:08/30/1970}}
LTD claim # {{ACCOUNT:LTD-7719034}}     Certificate # {{HEALTH_PLAN:MLI-88204417}}
Employer: {{FACILITY:Sunderland Biologics}}     Last day worked: {{DATE:10/04/2024}}
Primary dx: M05.79 rheumatoid arthritis, multiple sites.  Secondary: M79.7 fibromyalgia.
First visit for this condition: {{DATE:March 2016}}.  Most recent: {{DATE:04/22/2025}}.  Frequency q 6-8 wk.
Treatment: methotrexate 20 mg weekly, folic acid 1 mg, adalimumab 40 mg q2wk (held x2 for infection), prednisone 5 mg.
Objective: DAS28-CRP 5.1; synovitis MCPs 2-4 bilat; ESR 48, CRP 3.2 mg/dL.
Restrictions: sit 30 min at a time, 4 h/day total; stand/walk 15 min at a time; lift 10 lb occasionally; no repetitive fine manipulation either hand.
Prognosis: not expected to return to prior occupation (QC lab scientist) within 12 months.
Physician: {{NAME:Kenji Halvorsen-Mori}}, MD (rheumatology)
{{FACILITY:Chesapeake Arthritis Center}}, {{ADDRESS:2200 Kensington Pkwy, Suite 100}}, {{LOCATION:Kensington}}, MD {{ZIP:20895}}
Tel {{PHONE:301-555-0129}}   Fax {{FAX:301-555-0130}}   Tax ID {{ID:52-1184470}}
Signed {{DATE:4/25/2025}}`,

  `AFFIDAVIT OF CUSTODIAN OF RECORDS (TEX. R. EVID. 902(10))
THE STATE OF TEXAS  s
COUNTY OF {{LOCATION:HIDALGO}}  s
Cause No. {{ID:C-4417-24-F}};  {{NAME:Rogelio Cantu}} v. {{FACILITY:Valley Citrus Packers, Inc.}}; 332nd District Court, {{LOCATION:Hidalgo County}}

Before me, the undersigned authority, personally appeared {{NAME:Esperanza Villalobos}}, who, being duly sworn, stated:
"I am the custodian of records of {{FACILITY:Rio Grande Valley Hand Center}}, {{ADDRESS:1101 E Nolana Ave}}, {{LOCATION:McAllen}}, TX {{ZIP:78504}}. Attached are 47 pages of records pertaining to {{NAME:Rogelio Cantu}}, DOB {{DATE:2/2/1983}}, dates of service {{DATE:07/15/2023}} through {{DATE:01/09/2025}}, billing account {{ACCOUNT:RGV-113802}}. These records are kept in the regular course of business, and it was the regular practice to make them at or near the time..."

{{NAME:E. Villalobos}}
SWORN TO AND SUBSCRIBED before me on the {{DATE:12th day of March, 2025}}.
{{NAME:Abelardo Guerra}}, Notary Public, State of Texas
Notary ID {{ID:13208844-1}}     My commission expires {{DATE:06/30/2027}}`,

  `FORENSIC TOXICOLOGY REPORT - {{FACILITY:Cumberland Forensic Toxicology Laboratory}}
Submitting agency: {{LOCATION:Washington County}} Coroner     Agency case # {{ID:WCC-25-0188}}     Lab # {{ID:T25-03391}}
Decedent: {{NAME:HOLLOWAY, BRANDON SCOTT}}
Collected {{DATE:02/14/2025}} at autopsy by Dr. {{NAME:S. Iyer}}
Specimens:
  {{ID:T25-03391-01}}  femoral blood, gray top
  {{ID:T25-03391-02}}  heart blood
  {{ID:T25-03391-03}}  vitreous
  {{ID:T25-03391-04}}  urine
Results (femoral blood):
  fentanyl ........ 18 ng/mL
  norfentanyl ..... 3.1 ng/mL
  xylazine ........ 41 ng/mL
  ethanol ......... none detected (< 0.010 g/dL)
  delta-9-THC ..... 2.2 ng/mL
Vitreous: Na 141, Cl 118, glucose < 20 mg/dL.
Methods: LC-MS/MS panel 2B, headspace GC-FID (instrument GC-07).
Chain of custody: received sealed {{DATE:02/18/2025 09:12}} by {{NAME:Kimberly Zhao}}, seals intact.
Reviewed and released: {{NAME:Oluwaseun Adebayo-Grant}}, PhD, F-ABFT     {{DATE:03/07/2025}}`,

  `NOTIFICACION DE CAMBIO DE UMBRAL AUDITIVO / STANDARD THRESHOLD SHIFT NOTICE
(29 CFR 1910.95(g)(8))          {{DATE:14 de abril de 2025}}
Para / To: {{NAME:Heriberto Zamudio Lucero}}     No. de empleado {{ID:88-1027}}
Depto: prensas / stamping - {{FACILITY:Aceros del Norte Fabrication}}, {{ADDRESS:6100 Alameda Ave}}, {{LOCATION:El Paso}}, TX {{ZIP:79905}}
Su audiograma anual del {{DATE:04/02/2025}}, comparado con su linea base de {{DATE:03/2019}}, muestra un cambio promedio de 12 dB en 2000, 3000 y 4000 Hz en el oido izquierdo (age-corrected).
Your annual audiogram of {{DATE:04/02/2025}} shows a 12 dB average shift in the left ear compared with your {{DATE:03/2019}} baseline.
Next steps: retest within 30 days ({{DATE:30 de abril}} 6:15 am, trailer de salud); refitting of hearing protection (foam NRR 33 + earmuffs in press line 4).
Referral to audiologist Dra. {{NAME:Maite Echeverria}} if shift persists.
Tested by {{NAME:Yolanda Benavides}}, CAOHC # {{LICENSE:TX-44187}}
Questions: {{PHONE:915-555-0152}} (health & safety office)`,

  `PRIVACY OFFICE - ACCESS AUDIT, EMPLOYEE HEALTH RECORD       {{FACILITY:Mercy Ridge Health}}
Record of: {{NAME:Faulkner, Odessa M.}}     MRN {{MRN:E0044189}} (employee health chart)
Trigger: employee complaint {{DATE:05/06/2025}}, privacy ticket {{ID:PRV-25-0311}}
timestamp              user         role            IP               action
{{DATE:2025-04-11 22:14:07}}    {{NAME:tgrunwald}}    RN, 4 West      {{IP:10.44.18.203}}     open chart; view labs
{{DATE:2025-04-11 22:16:40}}    {{NAME:tgrunwald}}    RN, 4 West      {{IP:10.44.18.203}}     view occ health visit of {{DATE:3/30/25}}
{{DATE:2025-04-14 08:02:55}}    {{NAME:achikwe}}      EH nurse        {{IP:10.12.3.77}}       sign encounter (treating)
{{DATE:2025-04-19 01:38:12}}    {{NAME:tgrunwald}}    VPN             {{IP:172.58.114.9}}     print after-visit summary
Finding: user {{NAME:T. Grunwald}} (emp # {{ID:300982}}) had no treatment, payment or operations role; 3 accesses, 1 print from off-site.
Risk assessment (4-factor): low probability of compromise not demonstrated -> notify individual within 60 days.
Letter mailed to {{ADDRESS:61 Laurel Ridge Ct}}, {{LOCATION:Salem}}, VA {{ZIP:24153}} on {{DATE:5/20/2025}}.
Referred to HR ({{NAME:Celia Marchbanks}}) for sanction per policy PRV-114.
Privacy Officer: {{NAME:Desmond Okereke-Hale}}, CHPC`,

  `AUTOPSY REPORT - IDENTIFICATION / EXTERNAL EXAMINATION
State Medical Examiner, {{LOCATION:Multnomah County}} district     Case {{ID:MEO-25-1142}}     Autopsy # {{ID:A25-0387}}
Received as unidentified male; found {{DATE:02/28/2025}} at {{ADDRESS:NW Naito Pkwy under the Steel Bridge}}, {{LOCATION:Portland}}.
Identification: fingerprints rolled {{DATE:3/2/2025}}; AFIS transaction {{BIOMETRIC:OR-AFIS-77102348}} returned a match to {{NAME:Wendell Ray Tulley}}, DOB {{DATE:07/07/1969}}. Confirmed by DNA reference profile {{BIOMETRIC:NCF-0045521}} and by dental comparison with records from {{FACILITY:Gresham Family Dental}} (Dr. {{NAME:Aoife Brennan}}).
Personal effects: wallet with OR DL {{LICENSE:7718204}}; key fob for vehicle plate {{VEHICLE:689 LKT}}; $3.41 in coins.
Tattoos: "{{NAME:Lacey}}" in script, L volar forearm; eagle, R deltoid.
External: 178 cm, 61 kg. Livor fixed, posterior. Rigor passing. Paradoxical undressing. Wischnewski spots noted at internal exam.
Scars: healed midline laparotomy.
Photographs: {{PHOTO:MEO25-1142-001}} through {{PHOTO:MEO25-1142-064}}.
Next of kin: sister {{NAME:Renata Tulley-Boaz}}, {{LOCATION:Spokane}}, notified {{DATE:3/3/25}} by {{NAME:D. Mauldin}}, MDI.
Cause: hypothermia. Contributing: chronic ethanol use.  Manner: Accident.`,

  `RESPIRATOR MEDICAL CLEARANCE (OSHA 29 CFR 1910.134, Appendix C)
Employee: {{NAME:Tobias Wendt-Achebe}}     Emp # {{ID:H-771043}}     Dept: environmental services
Employer: {{FACILITY:Mercy Ridge Health}} - Employee Health, {{ADDRESS:500 Ridgecrest Blvd}}, {{LOCATION:Roanoke}}, VA {{ZIP:24014}}
Respirators: N95 filtering facepiece (model 1870+); PAPR as backup.
Questionnaire reviewed {{DATE:1/8/2025}}: ex-smoker 10 pk-yr, quit 2021; occasional wheeze with URIs; no cardiac hx.
Spirometry: FEV1 3.41 L (88% pred), FVC 4.52 L (94%), FEV1/FVC 0.75. No bronchodilator.
Qualitative fit test (Bitrex): pass, size standard.
Determination: medically cleared, no limitations. Re-evaluate annually or with new symptoms.
MRN {{MRN:00618842}}; plan on file {{HEALTH_PLAN:BRV-330917746-02}} for outside referral if needed.
PLHCP: {{NAME:Siobhan Achterlonie}}, NP     {{DATE:01/09/2025}}
Written opinion (no medical details) to supervisor {{NAME:Rafael Dimaculangan}}, EVS, ext {{PHONE:6-2291}}.`,

  `STATE OF CALIFORNIA - WORKERS' COMPENSATION APPEALS BOARD
NOTICE OF HEARING: MANDATORY SETTLEMENT CONFERENCE
Case No.: {{ID:ADJ17733041}}
Applicant: {{NAME:Sione Tuilagi}}
Defendants: {{FACILITY:Golden Harvest Almond Processors}}; insured by Central Valley Mutual, claim # {{ACCOUNT:0558-31-774210}}
Date of injury: CT {{DATE:01/01/2020-03/14/2024}} (lumbar spine, bilateral knees, psyche)
Hearing: {{DATE:Thursday, June 12, 2025}} at 8:30 AM, {{LOCATION:Fresno}} district office, Courtroom 3, before Hon. {{NAME:Marguerite Salcido}}, WCJ
Applicant attorney: {{NAME:Darius Farahani}}, {{FACILITY:Farahani Injury Law}}, {{PHONE:559-555-0172}}
Defense attorney: {{NAME:Holly Van Der Berg}}, {{FACILITY:Brightwater Kline LLP}}, {{EMAIL:hvanderberg@brightwaterkline.com}}
Lien claimants: {{FACILITY:Valley Interpreting Services}}; {{FACILITY:Central Valley Pain Management}}
Issues: PD per PQME Dr. {{NAME:Lakshmi Ventakesh}} ({{DATE:2/26/25}}), 24% WPI before apportionment; need for further medical treatment; TD {{DATE:3/15/24}} to {{DATE:9/30/24}}.
Parties must bring settlement authority. Interpreter (Samoan) requested.
Served by mail {{DATE:05/01/2025}} by {{NAME:J. Okamura}}, clerk.`,

  `From: {{NAME:Beatriz Lemos}} <{{EMAIL:blemos@keelcasemgmt.com}}>
Sent: {{DATE:Tue 2/4/2025 4:52 PM}}
To: {{EMAIL:wcintake@riverstoneortho.com}}
Subject: {{NAME:Kowalski, Zbigniew}} - WC claim {{ACCOUNT:7730-041187}} - auth L knee MRI

Hi {{NAME:Tori}},
UR approved MRI L knee w/o contrast, auth # {{ID:UR-2502-66931}}, valid {{DATE:2/4/25}}-{{DATE:3/6/25}}. Please schedule at {{FACILITY:Open Skies Imaging}} ({{PHONE:412-555-0138}}) - in network.
Clmt's preferred language is Polish; interpreter through {{FACILITY:LinguaBridge Interpreting}}, request # {{ID:LB-99120}}. His daughter {{NAME:Agnieszka}} ({{PHONE:412-555-0197}}) usually drives him.
Records can go to the portal: {{URL:https://keelcasemgmt.com/upload/7730-041187}}
FYI employer ({{FACILITY:Three Rivers Glass Works}}) is still holding the modified-duty position on 1st shift (seated inspection, no ladders).
Please send Dr. {{NAME:Amadi}}'s note from {{DATE:1/30}} too, still missing.
Thx,
{{NAME:Bea}}
--
{{NAME:Beatriz Lemos}}, BSN, CCM | Field Nurse Case Manager | direct {{PHONE:412-555-0139}}`,

  `IME ADDENDUM - SUPPLEMENTAL RECORDS REVIEW      {{DATE:May 19, 2025}}
Re: {{NAME:Margarethe Dubois-Keane}}     WCB # {{ID:G331 8274}}     Carrier case # {{ACCOUNT:EX-24-0098163}}
Employer: {{FACILITY:Esopus Creek Central School District}} (administrative assistant)
Requested by: {{NAME:Pryce Underhill}}, claims examiner
Additional records received {{DATE:5/12/25}}:
 - EMG/NCS {{DATE:04/02/2025}}, Dr. {{NAME:Raman Seth}}: mild L median neuropathy at wrist; no cervical radiculopathy.
 - Cervical MRI {{DATE:3/21/25}}: C5-6 spondylosis, no cord signal change.
 - OT notes, {{FACILITY:Rondout Hand Therapy}}, 9 visits.
Discussion: my opinion of {{DATE:2/28/25}} is unchanged. Phalen's and Tinel's remain positive on the left; Durkan's positive. Causally related in part to keyboard work (history of 22 years); also contributory hypothyroidism.
Schedule loss of use: 10% SLU left hand (NY Guidelines 2018, section on CTS after release).
Apportionment not applicable to schedule award.
I certify that I have not received a fee for a referral.
{{NAME:Yusuf Al-Haddad}}, MD     NY lic {{LICENSE:298441}}     IME authorization {{LICENSE:IME-0713}}`,

  `STD INTAKE CALL     {{DATE:06/02/2025}} 10:05 CT
caller: employee {{NAME:Jaroslav Petrovic}}, cb {{PHONE:(612) 555-0115}}
employer {{FACILITY:Northstar Millwork Co.}}     emp ID {{ID:NSM-14420}}     member # {{HEALTH_PLAN:ULH-6601-22847}}
claim opened {{ACCOUNT:STD-25-0910447}}
first day absent {{DATE:5/28/25}}; L trimalleolar ankle fx after fall from ladder at home (non-occupational, confirmed).
ORIF {{DATE:5/29/2025}} at {{FACILITY:Minnehaha Surgical Center}}; surgeon Dr {{NAME:Ingrid Solheim}}, fax {{FAX:612-555-0180}}.
NWB x 6 wk in CAM boot; job = CNC operator, standing.
expected RTW {{DATE:7/14/25}} (est).
alt contact: wife {{NAME:Milena}} {{PHONE:612-555-0116}}.
address confirmed: {{ADDRESS:3809 Bloomington Ave S}}, {{LOCATION:Minneapolis}} MN {{ZIP:55407}}.
benefit 60% weekly earnings, 7-day elimination; EFT to checking acct ending {{ACCOUNT:8812}}.
APS faxed to surgeon {{DATE:6/2}}; f/u call {{DATE:6/16}}.
rep {{NAME:KLM}}`,

  `REPORT TO ADULT PROTECTIVE SERVICES (mandated reporter)
Date/time of report {{DATE:03/27/2025 16:20}}     APS intake # {{ID:APS-2025-118402}}
Alleged victim: {{NAME:Wilhelmina}} "{{NAME:Billie}}" {{NAME:Cartwright}}, {{AGE:94}} y/o F, DOB {{DATE:12/19/1930}}
Address: {{ADDRESS:1417 Peachtree Hollow Ln}}, {{LOCATION:Macon}}, GA {{ZIP:31204}}
Alleged perpetrator: grandson {{NAME:Cody Cartwright}}, 31, lives in the home, caregiver.
Concerns: stage 3 sacral pressure injury; wt 38 kg (down 6 kg since {{DATE:Nov 2024}}); pt states grandson "keeps my check"; ecchymoses bilat upper arms in different stages of healing.
Photos in media tab: {{PHOTO:WND-0327-01}}, {{PHOTO:WND-0327-02}}.
Admitted to {{FACILITY:Ocmulgee Regional}}, rm 612, MRN {{MRN:OR-7741092}}.
PCP Dr. {{NAME:Lionel Sweeney}}; last seen {{DATE:10/2024}}.
Also notified {{LOCATION:Bibb Co}} SO, deputy {{NAME:Haskins}}, report # {{ID:25-031877}}.
Pt has capacity per psych consult; she agrees to APS contact.
Reporter: {{NAME:Tamika Greer-Oduya}}, LCSW, ext {{PHONE:4417}}`,

  `DEATH CERTIFICATE WORKSHEET - ME jurisdiction accepted
Decedent: {{NAME:Augustin Benoit Lafleur}}     Age {{AGE:96}}     DOB {{DATE:04/23/1928}}
Birthplace: {{LOCATION:Trois-Rivieres}}, Quebec, Canada
SSN {{SSN:521-44-8830}}
Usual occupation: millwright, 41 yrs; industry: paper mill ({{FACILITY:Androscoggin Paper Co.}})
Residence: {{ADDRESS:22 Riverside Dr}}, {{LOCATION:Rumford}}, ME {{ZIP:04276}}
Informant: son {{NAME:Marc Lafleur}}, {{PHONE:207-555-0127}}
Place of death: decedent's home. DOD {{DATE:01/05/2025}}, found 0740 by home health aide.
Funeral home: {{FACILITY:Gallant & Roy Funeral Home}}, director {{NAME:Nadine Roy}}, lic {{LICENSE:FD-1183}}
Part I: a) chronic hypoxic respiratory failure  b) asbestosis  c) occupational asbestos exposure
Part II: CAD, CKD stage 3b
Tobacco contributed: probably (quit 1979).  Manner: natural (asbestosis reported as occupational per state rule).
ME case {{ID:ME25-0019}}; reviewed by {{NAME:Olamide Fairclough}}, MD {{DATE:1/6/2025}}`,

  `EMPLOYEE EXPOSURE INCIDENT REPORT - BLOODBORNE PATHOGENS
{{FACILITY:Pemigewasset Valley Hospital}}, {{LOCATION:Plymouth}}, NH
Incident # {{ID:BBP-25-0047}}     Date/time {{DATE:2/19/2025 0315}}
Employee: {{NAME:Anjali Raghavan}}, RN, 5 South     Emp # {{ID:221847}}     DOB {{DATE:9/11/1996}}
Device: 25g x 5/8" safety insulin syringe, lot 2409116, exp 2027-08; safety not activated.
Route: percutaneous, L thumb, superficial, no visible blood on device.
Source: MRN {{MRN:01992784}}, rm 5S-12; consent obtained by charge RN {{NAME:Dolores Fitzhugh}}; rapid HIV neg, HBsAg neg, HCV Ab pending (accession {{ID:25-050-00417}}).
Employee baseline: anti-HBs 142 mIU/mL (immune), HIV neg, HCV Ab neg.
PEP: not indicated at present; f/u 6 wk ({{DATE:4/2/25}}) and 6 mo if source HCV positive.
Seen by employee health NP {{NAME:Gareth Ingleby}} 0410.
OSHA 300 / sharps log: entry #17, privacy case (name withheld).
Workers' comp claim {{ACCOUNT:GW-250219-118}} reported to Granite Mutual {{DATE:02/19/2025}}.`,

  `LEGAL BLOOD ALCOHOL / DRUG DRAW - CHAIN OF CUSTODY
Requesting agency: {{LOCATION:Larimer County}} Sheriff's Office; Deputy {{NAME:Brody Kessler}} #{{ID:S-1182}}
Incident # {{ID:LCSO-25-004471}}     Search warrant # {{ID:SW-25-0318}} (signed by Judge {{NAME:A. Whitlock}}, 02:10)
Subject: {{NAME:Hendricks, Carson Lee}}     DOB {{DATE:05/16/1991}}     CO DL {{LICENSE:19-882-4410}}
Vehicle: 2018 Ram 1500, CO plate {{VEHICLE:BVK-R22}}, VIN {{VEHICLE:1C6RR7LT4JS204471}}
Draw time: {{DATE:03/22/2025 02:41}}, L antecubital, povidone-iodine prep (no alcohol), 2 x 10 mL gray-top tubes.
Kit: BAK-2, lot 24K0917, exp 12/2026.
Drawn by {{NAME:Ignacio Ferreira}}, RN, {{FACILITY:Cache la Poudre Regional Hospital}} ED
Witness: {{NAME:Maren Lindahl}}, RN
Tubes labeled, sealed w/ evidence tape, evidence tag {{ID:E-771204}}; handed to Dep. {{NAME:Kessler}} at 02:49.
Clinical note: pt also treated in ED (MRN {{MRN:CP4471820}}); clinical serum ethanol 212 mg/dL (hospital lab, not forensic). Lac R brow closed 5-0 nylon x4.
Released {{DATE:3/22/25}} 0610 to custody.`,

  `rtw clearance - employee health {{DATE:6/23}}
{{NAME:juanita ochoa-brandt}}, emp {{ID:77120}}, unit clerk L&D at {{FACILITY:st. anselm medical center}}. out on fmla {{DATE:4/28}} thru {{DATE:6/20}} for lap chole c/b bile leak -> ERCP w/ stent {{DATE:5/9}}, stent out {{DATE:6/13}}.
surgeon note dr {{NAME:petrosyan}} {{DATE:6/18/25}}: may return, no lifting >15 lb x 2 wks.
today: afebrile, bp 118/74, incisions healed, no jaundice. denies pain.
status: rtw {{DATE:6/24/25}} w/ temp restriction lift <=15 lb until {{DATE:7/8/25}}.
mgr {{NAME:renata}} aware & agrees (clerk role, no lifting needed).
imms/flu current. TB annual due {{DATE:08/2025}}.
badge reactivated by security, badge # {{ID:SA-003391}}; EHR access restored ticket {{ID:INC0448127}}.
pt asked for copy of clearance - given. spouse {{NAME:tomas}} waiting in lobby.
-{{NAME:ck}} rn`,

  `VOCATIONAL REHABILITATION PROGRESS REPORT #3
Client: {{NAME:Thaddeus Mbeki-Rowe}}     Claim {{ACCOUNT:FL-WC-2023-771902}}
Period: {{DATE:3/1/2025}} to {{DATE:3/31/2025}}
Counselor: {{NAME:Ximena Albornoz}}, CRC, {{FACILITY:Suncoast Vocational Services}}, {{PHONE:813-555-0183}}
Restrictions (FCE {{DATE:12/5/24}}): light, lift 20 lb occasionally, no ladders or unprotected heights.
Job search log:
  {{DATE:3/4}}   {{FACILITY:Bayshore Medical Supply}}      inside sales rep    applied online
  {{DATE:3/7}}   {{FACILITY:Hillsborough Title Co.}}       file clerk          interview {{DATE:3/12}}, not selected
  {{DATE:3/14}}  {{FACILITY:Tampa Bay Transit Parts}}      parts counter       applied in person (mgr {{NAME:Renzo Gallardo}})
  {{DATE:3/20}}  {{FACILITY:Gulf Breeze Property Mgmt}}    leasing assistant   offer pending
Training: completed Excel I at {{FACILITY:Palmetto Technical Institute}} ({{DATE:3/25}}), grade A.
Barriers: no reliable car since {{DATE:Feb 2025}}; bus pass provided.
Next: second interview {{DATE:4/2/2025}} 10 AM; labor market survey to adjuster by {{DATE:4/15}}.
{{NAME:X. Albornoz}}`,

  `UTILIZATION REVIEW DETERMINATION - NON-CERTIFICATION
Date: {{DATE:07/09/2025}}
To: {{NAME:Florian Bachmeier}}, DC, {{FACILITY:Spine & Sport Chiropractic of Lakewood}}     fax {{FAX:303-555-0144}}
Injured worker: {{NAME:Kateryna Hrytsenko}}     DOB {{DATE:1/27/1988}}     Claim # {{ACCOUNT:CO-7261184-WC}}
Employer: {{FACILITY:Front Range Hospitality Group}}
Request received {{DATE:7/3/25}}: chiropractic manipulation 2x/wk x 6 wk (CPT 98941, 97140).
Decision: NOT CERTIFIED.
Rationale: Medical Treatment Guidelines (Rule 17, Exhibit 8) allow 4-6 treatments to produce effect and a maximum of 20 for chronic pain; 24 visits since {{DATE:10/2024}} without functional gain (Oswestry 42% -> 40%; sitting tolerance unchanged at 20 min).
Peer-to-peer attempted {{DATE:7/8/25}} 2:15 pm; message left at {{PHONE:303-555-0145}}; no call back.
Reviewer: {{NAME:Harold Quist}}, DC, CO lic {{LICENSE:CHR.0004471}}
UR reference # {{ID:UR-CO-2507-44190}}
Appeal rights: the requesting provider or injured worker may request reconsideration within 30 days.
cc: claimant at {{ADDRESS:1290 Kipling St, Apt 208}}, {{LOCATION:Lakewood}}, CO {{ZIP:80215}}`,

  `MRO VERIFICATION INTERVIEW - laboratory non-negative
Donor: {{NAME:Leilani Kahananui}}     CCF / specimen ID {{ID:0912284}}
Employer: {{FACILITY:Pacific Island Air Cargo}} (FAA-covered, safety-sensitive: aircraft fueler)
Lab result reported {{DATE:08/14/25}}: amphetamine 1,840 ng/mL (cutoff 250); d-isomer > 80%.
Call {{DATE:8/15/2025 09:20}} to donor at {{PHONE:808-555-0156}}; identity verified by DOB {{DATE:03/05/1990}} and last 4 of SSN {{SSN:2217}}.
Donor reports mixed amphetamine salts ER 20 mg daily for ADHD since 2022. Rx # {{ID:6604417}} last filled {{DATE:7/30/25}} at {{FACILITY:Moiliili Family Pharmacy}}.
Prescriber: {{NAME:Keoni Whitford}}, MD, DEA {{LICENSE:BW4471902}}.
Verified by phone with pharmacist {{NAME:Grace Tamashiro}}, {{PHONE:808-555-0157}}, 10:05.
Verified result: NEGATIVE.  Safety concern letter: not issued (stable dose, no side effects reported; no sedating meds).
Donor advised of right to split testing: N/A.
MRO: {{NAME:Arturo Benedetti}}, MD, MRO-certified     {{DATE:08/15/2025}}
Staff: {{NAME:mw}}`,

  `IN THE SECOND JUDICIAL DISTRICT COURT OF THE STATE OF NEVADA IN AND FOR THE COUNTY OF {{LOCATION:WASHOE}}
THE STATE OF NEVADA, Plaintiff, v. {{NAME:DEVONTE R. MCALLISTER}}, Defendant.
Case No. {{ID:CR25-0417}}     Dept. No. 6
ORDER FOR COMPETENCY EVALUATION AND PRODUCTION OF RECORDS
Good cause appearing, IT IS ORDERED that {{FACILITY:Truckee Meadows Behavioral Health}} and the medical unit of the {{FACILITY:Washoe Valley Detention Center}} produce to Dr. {{NAME:Ifeoma Castellanos}}, Ph.D., all mental health and medication records of the Defendant (DOB {{DATE:10/30/1994}}; booking # {{ID:2503118}}) from {{DATE:January 1, 2022}} to the present.
IT IS FURTHER ORDERED that the evaluation be completed and the report filed with Dept. 6 no later than {{DATE:August 15, 2025}}, and that the records be used for no other purpose and returned or destroyed at the close of the case.
DATED this {{DATE:14th day of July, 2025}}.
{{NAME:Rosalind Akintola}}, District Judge
cc: DDA {{NAME:Nolan Fisk}}; Deputy Public Defender {{NAME:Ana Lucia Bernal}}, NV Bar {{LICENSE:14402}}`,

  `{{DATE:October 2, 2024}}

Ms. {{NAME:Fatimah Al-Sayegh}}
{{ADDRESS:7719 Maple Grove Rd, Unit 12}}
{{LOCATION:Dearborn Heights}}, MI {{ZIP:48127}}

Re: Independent Medical Examination
    Claim: {{ACCOUNT:MI-26-0044718}}     Employer: {{FACILITY:Telegraph Tool & Die}}

Dear Ms. {{NAME:Al-Sayegh}}:
An IME has been scheduled with Dr. {{NAME:Stanislaw Wierzbicki}} (orthopaedic surgery) on {{DATE:Wednesday, October 23, 2024}} at 1:30 PM at {{FACILITY:Great Lakes Medical Evaluations}}, {{ADDRESS:26400 W Twelve Mile Rd, Suite 150}}, {{LOCATION:Southfield}}, MI {{ZIP:48034}}.
An Arabic interpreter, {{NAME:Samir Haddad}}, will meet you in the lobby. Transportation: {{FACILITY:Metro Ride Medical Transport}} will pick you up at 12:15 PM, confirmation # {{ID:MRT-883104}}.
Please bring a photo ID, your medication list and any x-rays. Failure to attend without good cause may result in suspension of benefits.
Questions: {{NAME:Jerome Battle}}, IME coordinator, {{PHONE:248-555-0124}}.

cc: {{NAME:Rana Khoury}}, Esq.`,

  `MEDICAL SURVEILLANCE - INORGANIC LEAD (29 CFR 1910.1025)        Q2 2025
Employer: {{FACILITY:Keystone Battery Recycling}}, {{ADDRESS:1 Smelter Rd}}, {{LOCATION:Reading}}, PA {{ZIP:19601}}
Lab: {{FACILITY:Allegheny Occupational Labs}} (CLIA 39D0884721)
Name                     Emp#   Collected    BLL ug/dL  ZPP   Action
{{NAME:Abernethy, Colm}}         {{ID:1004}}   {{DATE:04/07/25}}     38         92    recheck 1 mo; counsel
{{NAME:Batbayar, Enkhjin}}       {{ID:1177}}   {{DATE:04/07/25}}     12         31    none
{{NAME:Cisneros, Aurelio}}       {{ID:0983}}   {{DATE:04/08/25}}     52         140   MEDICAL REMOVAL {{DATE:4/10/25}}
{{NAME:Dlamini, Sipho}}          {{ID:1210}}   {{DATE:04/08/25}}     27         60    recheck 2 mo
{{NAME:Eriksen, Tove}}           {{ID:1302}}   {{DATE:04/09/25}}     9          22    none
{{NAME:Cisneros}}: removed with full pay and seniority per MRP; repeat BLL {{DATE:5/12/25}} = 36; return requires two results < 40.
{{NAME:Abernethy}}: respirator fit retested, PAPR assigned (beard).
PLHCP: {{NAME:Anatol Vrabie}}, MD, MPH     {{DATE:05/14/2025}}`,

  `{{FACILITY:LAMAR HILL DETENTION CENTER}} - MEDICAL INTAKE SCREENING
Booking # {{ID:CCDC-25-118420}}     Inmate: {{NAME:PRUITT, LAMONT DESHAWN}}     DOB {{DATE:2/14/1985}}
Arresting agency: {{LOCATION:Savannah}} PD, Ofc. {{NAME:Delgado}}, badge {{ID:809}}
Booked {{DATE:07/04/2025 23:55}}
Intoxicated: yes, PBT 0.14 at arrest. CIWA 6. COWS 3.
Meds (verified): bictegravir/FTC/TAF daily; insulin glargine 22 units qhs; last glargine dose "last night".
Outside pharmacy {{FACILITY:Abercorn Community Pharmacy}} {{PHONE:912-555-0149}}; HIV clinic {{FACILITY:Coastal Empire ID Associates}}, {{NAME:Nkechi Umeh}}, NP.
Coverage: Medicaid ID {{HEALTH_PLAN:447180229A}}.
Injuries: 3 cm abrasion R cheek, states from arrest; photographed, {{PHOTO:CCDC-IMG-25-07-0412}}.
Suicide screen negative. FSBG 212.
Disposition: general population; chronic care clinic in 72 h; CIWA q8h x 72 h.
Screened by {{NAME:O. Festus}}, LPN; reviewed {{NAME:Marguerite Pelletier}}, MD {{DATE:7/5/25}}`,

  `TELEMEDICINE CONSULT - OFFSHORE
Installation: {{FACILITY:Blackfin Alpha platform}} (operator {{FACILITY:Tidewater Basin Energy}})
Medic: {{NAME:Cormac Delahunt}}, EMT-P     sat phone {{PHONE:985-555-0179}}
Pt: {{NAME:Pham Van Duc}}, 38 M, roustabout, crew ID {{ID:TBE-40118}}
Event {{DATE:09/21/2025 1405}}: crush/pinch R hand between drill pipe and tong.
Video exam: R ring finger angulated at PIP, nail bed lac, cap refill < 2 s, sensation intact distally. Photo received {{PHOTO:TBE-MED-0921-03.jpg}}.
Plan: digital block lidocaine 1% 4 mL, irrigate 500 mL NS, buddy splint, cephalexin 500 mg QID.
Transfer on scheduled crew-change flight to {{FACILITY:Terrebonne Coast Medical Center}} in {{LOCATION:Houma}}, ETA 1730; hand surgery Dr. {{NAME:Ruiz}} notified.
Recordable; incident # {{ID:INC-25-0921-07}}; employer safety rep {{NAME:Arlette Boudreaux}} {{PHONE:985-555-0181}}.
Consultant: {{NAME:Rhiannon Faircloth}}, MD, {{FACILITY:Gulfstream Remote Medicine}}, consult record {{URL:https://gulfstreamremotemed.com/consult/25-8812}}`,

  `OCC HEALTH / HR - ACCOMMODATION AND TIMEKEEPING NOTE
Employee: {{NAME:Obadiah Fenwick}}     Emp # {{ID:WF-58120}}
Site: {{FACILITY:Lakeshore Poultry Processing}}, plant 2, {{ADDRESS:4000 County Rd 17}}, {{LOCATION:Albertville}}, AL {{ZIP:35950}}
Returned {{DATE:8/4/25}} after L hand partial amputation (DOI {{DATE:5/19/2025}}, WC claim {{ACCOUNT:AL-WC-25-66120}}).
Issue: palm-vein time clock cannot read L palm. Original template {{BIOMETRIC:PV-0058120-L}} deleted per biometric retention policy; R palm enrolled as new template {{BIOMETRIC:PV-0058120-R2}} on {{DATE:08/04/2025}} by timekeeping admin {{NAME:Shonda Vickers}}.
Accommodation: moved from deboning line to packaging QA; no knife work; cut-resistant glove R; 10 min break q2h for stump care; cold room exposure max 30 min.
Prosthetist: {{NAME:Ezra Kilgore}}, CPO, {{FACILITY:Sand Mountain Orthotics & Prosthetics}}; partial-hand prosthesis serial {{DEVICE:SMOP-PH-2025-0417}} fitted {{DATE:7/28}}.
Phantom pain managed by PCP with gabapentin 300 mg TID.
Review restrictions {{DATE:9/2/25}}.
{{NAME:Linh Tran-Howard}}, RN, COHN-S`,

  `ADA REASONABLE ACCOMMODATION - HEALTH CARE PROVIDER RESPONSE
Date: {{DATE:02/18/2025}}
To: {{NAME:Giselle Amankwah}}, Accommodations Specialist, {{FACILITY:Meridian Semiconductor}} HR ({{EMAIL:accommodations@meridiansemi.com}})
From: {{NAME:Vikram Sundaresan}}, MD, {{FACILITY:Desert Willow Endocrine}}, {{PHONE:480-555-0131}}, fax {{FAX:480-555-0132}}
Employee: {{NAME:Paloma Echeverria-Hunt}}     DOB {{DATE:11/03/1992}}     Employee # {{ID:MS-0090441}}
1. Impairment: type 1 diabetes (since age 9), on insulin pump (serial {{DEVICE:PMP-71440982}}) with CGM (transmitter {{DEVICE:8H4KQ2}}).
2. Limitations: hypoglycemia risk during 12-h fab shifts; needs to check glucose and treat lows promptly.
3. Suggested accommodations:
   a) keep pump and CGM receiver inside cleanroom gown in a sealed ISO-5 pouch;
   b) fast-acting glucose at the gowning station;
   c) up to three 15-min breaks per shift when glucose < 70 mg/dL;
   d) no solo lock-out/tag-out tasks during night shift.
4. Duration: permanent.  Last A1c 6.8% ({{DATE:1/30/25}}). No severe hypoglycemia in past 12 months.
I do not disclose any diagnosis beyond what is needed.
{{NAME:V. Sundaresan}}, MD`,

  `DOT MEDICAL EXAM - follow-up, hearing & ITDM
Driver: {{NAME:Rutger Vanderkolk}}     DOB {{DATE:1/9/1964}}     CDL {{LICENSE:V214663309180}} (MI)
Employer: {{FACILITY:Saginaw Bay Ready-Mix}}; mixer truck #22, plate {{VEHICLE:RM40771}}
Exam {{DATE:03/20/2025}} at {{FACILITY:Thumb Area Occupational Health}}, {{ADDRESS:1515 Hospital Rd}}, {{LOCATION:Bad Axe}}, MI {{ZIP:48413}}
Hearing: forced whisper failed R. Audiometry with hearing aids (R serial {{DEVICE:2231HQ0447}}, L serial {{DEVICE:2231HQ0451}}): better-ear average 32 dB at 500/1000/2000 Hz -> meets 391.41(b)(11).
ITDM: MCSA-5870 from treating clinician {{NAME:Beatrix Oduya}}, NP, signed {{DATE:3/1/25}} (within 45 days). No severe hypoglycemic episode in 12 mo; A1c 7.4%. Retinal exam {{DATE:11/2024}}: no proliferative retinopathy.
BP 132/80. Vision 20/25 OU corrected.
Determination: meets standards; 12-month certificate. Must wear hearing aid; must wear corrective lenses.
Cert # {{ID:MEC-0320-1188}} through {{DATE:3/20/2026}}.
Examiner: {{NAME:Jolanta Sikorski}}, PA-C     NRCME {{LICENSE:5582194403}}`,

  `FAA MEDICAL EXAM - AME worksheet
Applicant: {{NAME:Solveig Aarnes}}     DOB {{DATE:04/15/1983}}     MedXPress confirmation # {{ID:7H2K9QXM}}
Pilot certificate # {{LICENSE:3918447}} (commercial, ASEL/AMEL, instrument)
Employer: {{FACILITY:Glacier Peak Air Charter}}, {{LOCATION:Bellingham}}, WA
Class: first    Exam date: {{DATE:12/02/2024}}
Item 18 positives: kidney stone 2019, single episode, passed spontaneously; CT {{DATE:10/2024}} no residual stones (report from {{FACILITY:Chuckanut Urology}}, Dr. {{NAME:Penrose}}).
Vision: distant 20/20 OU uncorrected; near 20/40 each eye -> needs correction for near. Color: passed (Ishihara 14/14).
Hearing: conversational voice 6 ft passed.
ECG: required (age 40+ on 1st class), NSR, no changes from {{DATE:12/2023}}.
BP 124/78, P 64. UA neg.
Issued: first class. Limitation: must have available glasses for near vision.
First-class privileges expire end of {{DATE:June 2025}}.
AME: {{NAME:Caspar Mwangi}}, MD, AME designee # {{LICENSE:21774}}     {{PHONE:360-555-0126}}`,

  `WORKPLACE VIOLENCE EVENT REPORT - {{FACILITY:Bayview Psychiatric Pavilion}}
Event # {{ID:WPV-2025-0093}}     {{DATE:Sat 01/11/2025 19:42}}     Unit 3 North (adult acute), dayroom
Employee injured: {{NAME:Marcus Tennyson-Diaz}}, MHT, emp # {{ID:B-22817}}
Patient involved: MRN {{MRN:BP-3310845}} (initials {{NAME:R.K.}} only in this report)
Description: pt struck employee once with a closed fist to the L jaw after phone privileges were restricted. Code Green called 19:43; 4 staff responded; pt placed in seclusion 19:50, released 20:35.
Injury: L mandible contusion; no loose teeth; no LOC. Seen at {{FACILITY:Bayview General}} ED, panorex negative.
Police: {{LOCATION:San Mateo}} PD report # {{ID:25-00871}}, Officer {{NAME:Yuen}}. Employee chose to file a report.
Support: EAP referral, {{FACILITY:ClearPath EAP}} {{PHONE:650-555-0169}}.
Workers' comp claim {{ACCOUNT:SMB-WC-250111-09}}.
Return to work {{DATE:1/14/25}}, full duty.
Reported by {{NAME:Nadia Farouk}}, RN (charge); reviewed by WPV committee chair {{NAME:Tobias Lund}} {{DATE:1/16/2025}}.
Cal/OSHA violent incident log updated (no names).`,

  `CORONER INVESTIGATOR REPORT - {{LOCATION:LANCASTER COUNTY}} CORONER
Case {{ID:LCC-25-0312}}     Investigator: {{NAME:Hollis Brubaker}}
Decedent: {{NAME:Amos Z. Stoltzfus}}     Age {{AGE:91}}     Sex M     DOB {{DATE:08/08/1933}}
Scene: hay field behind {{ADDRESS:2281 Mount Hope Church Rd}}, {{LOCATION:Elizabethtown}}, PA {{ZIP:17022}}
Notified {{DATE:04/19/2025 16:12}} by PSP Trooper {{NAME:Keller}}, badge {{ID:11409}}.
Vehicle: tractor, approx 1978, no ROPS, serial {{VEHICLE:8630-2447}}; overturned to the left on a slope of ~20 degrees.
Found by grandson {{NAME:Eli}} (14) approx 1545; decedent pinned under rear axle at chest. EMS arrived 1558; no resuscitation attempted (obvious death). Pronounced 1620 by Deputy Coroner {{NAME:Marisa Good}}.
Hx per family: AF on apixaban, HTN, cataracts. PCP: {{FACILITY:Conestoga Valley Family Practice}}.
Body removed by {{FACILITY:Groff Removal Service}} to county morgue.
Exam: external; flail chest, facial petechiae, congestion above compression line.
Cause: traumatic asphyxia due to tractor rollover.  Manner: Accident.
Next of kin: wife {{NAME:Sarah Stoltzfus}}, same address, {{PHONE:717-555-0142}}.`,

  `{{FACILITY:OKAFOR LINDGREN TRIAL LAWYERS}}
{{ADDRESS:800 Fifth Ave, Suite 3300}} - {{LOCATION:Seattle}}, WA {{ZIP:98104}} - {{PHONE:206.555.0176}} - {{URL:okaforlindgren.com}}

{{DATE:May 27, 2025}}

Dr. {{NAME:Henrik Solberg}}, {{FACILITY:Salish Ridge Neurosurgery}}
via email {{EMAIL:hsolberg.scheduling@salishridgeneuro.com}}

Re: {{NAME:Marchetti}} v. {{FACILITY:Evergreen Crane & Rigging}}, {{LOCATION:King County}} Superior Court No. {{ID:24-2-11847-1 SEA}}
    Your patient: {{NAME:Luca Marchetti}}, DOB {{DATE:3/3/1979}}

Dear Dr. {{NAME:Solberg}}:
We would like to take your videotaped perpetuation deposition about your care of Mr. {{NAME:Marchetti}}, including the C5-6 ACDF of {{DATE:9/12/2024}}. Proposed: {{DATE:June 18}}, {{DATE:June 20}} or {{DATE:June 25, 2025}}, 3-5 pm, at your office. We will pay your fee of $1,200/hr (2-h minimum) in advance; please send your W-9.
Court reporter: {{FACILITY:Cascadia Court Reporting}}, job # {{ID:CCR-44817}}. Defense counsel, {{NAME:Brandon Ash}} of {{FACILITY:Whitcomb Reyes PLLC}}, is copied.

Sincerely,
{{NAME:Adaora Okafor}}, WSBA #{{LICENSE:40127}}
Paralegal contact: {{NAME:Jen Sato}}, ext {{PHONE:214}}`,

  `psychological IME - summary of findings
examinee: {{NAME:Rashida Okonjo-Blake}}, 44F, former 911 dispatcher, {{FACILITY:Tri-Valley Emergency Communications}}
LTD claim {{ACCOUNT:LTD-88-104417}}; exam {{DATE:2/11/2025}}, 3.5 h incl. testing; collateral interview w/ husband {{NAME:Jerome}} by phone {{PHONE:925-555-0118}}.
testing: MMPI-3 valid (F-r T68, Fs T61); PCL-5 = 52; PHQ-9 = 18; GAD-7 = 15; TOMM trial 2 = 50/50 (no evidence of feigning).
hx: index call {{DATE:06/03/2023}} (pediatric drowning, line stayed open 19 min). nightmares, hypervigilance, panic with phone ringtones; stopped work {{DATE:9/8/2023}}.
treaters: Dr. {{NAME:Fong}} (psychiatry) - sertraline 150 mg, prazosin 3 mg hs; therapist {{NAME:Lise Marchand}}, LMFT, {{FACILITY:Amador Counseling Collective}}, weekly CPT, 31 sessions.
dx: F43.10 PTSD, chronic; F33.1 MDD, recurrent, moderate.
opinion: currently unable to perform own occupation (sustained call-taking, exposure to trauma calls). able to do low-stress work w/o emergency content. prognosis fair w/ trauma-focused tx; re-eval 6 mo.
{{NAME:Caleb Whitmore}}, PsyD, ABPP     CA lic {{LICENSE:PSY 28814}}`,

  `occ clinic walk-in {{DATE:7/16/25}} 1530 - heat illness
pt {{NAME:Efrain Tzoc Ajanel}}, 29M, roofer w/ {{FACILITY:Sonoran Shade Roofing}}; brought by foreman "{{NAME:Chuy}}" ({{NAME:Jesus Maldonado}}) {{PHONE:520-555-0162}}
jobsite {{ADDRESS:10450 N La Canada Dr}}, {{LOCATION:Oro Valley}} {{ZIP:85737}}; started 0500, 108 F by 1300, tear-off on black shingle roof.
sx: cramps, HA, vomited x2, "me senti mareado", no syncope, no confusion.
T 38.2 C, HR 118, BP 102/64, orthostatic +. A&O x4. speaks K'iche' & Spanish; phone interpreter ID {{ID:41172}}.
labs: Na 133, K 3.4, Cr 1.4 (no baseline), CK 1,880. UA dark, no blood.
tx: NS 2 L IV, ondansetron 4 mg IV; T 37.4 after 1 h, HR 92.
dx: heat exhaustion; r/o early rhabdo.
plan: off work {{DATE:7/17}}; recheck CK/Cr {{DATE:7/18/25}}; then RTW with acclimatization schedule (20% of usual exposure day 1, +20%/day), shade & water per employer plan.
employer first report faxed to {{FAX:520-555-0163}}; claim # pending.
pt cell {{PHONE:520-555-0164}}; home {{ADDRESS:1918 W Calle Guarda}}, {{LOCATION:Tucson}} {{ZIP:85705}}
{{NAME:A. Barrios}}, PA-C`,

  `E-SIGNATURE CERTIFICATE OF COMPLETION
Envelope ID: {{ID:7C1F-44A2-9B0E-3D58}}
Documents: "HIPAA Authorization - Release to {{FACILITY:Pruett Salinger LLP}}"; "Client Medical Questionnaire"
Signer 1: {{NAME:Obiageli Nwosu-Hart}} ({{EMAIL:obi.nwosuhart@gmail.com}}) - client
   sent {{DATE:03/03/2025 09:14:22}}   viewed {{DATE:03/03/2025 19:02:51}}   signed {{DATE:03/03/2025 19:06:10}}
   IP {{IP:73.212.44.190}}   mobile, iOS 17
Signer 2 (witness): {{NAME:Carolyn Pruett}}, Esq. ({{EMAIL:cpruett@pruettsalinger.com}})
   signed {{DATE:03/04/2025 08:31:47}}   IP {{IP:204.15.88.12}}
Authorization covers records of {{FACILITY:Shenandoah Neurology Group}} and {{FACILITY:Blue Ridge Work Health}} from {{DATE:01/01/2021}} through {{DATE:03/03/2025}}; expires {{DATE:03/03/2026}}; may be revoked in writing.
Client DOB {{DATE:8/19/1982}}; {{ADDRESS:415 Jubal Early Dr}}, {{LOCATION:Winchester}}, VA {{ZIP:22601}}.
Verify: {{URL:https://sign.pruettsalinger.com/verify/7C1F44A2}}
Audit hash: SHA-256 9f1c...e07b`,

  `SCHOOL BUS DRIVER - PRE-EMPLOYMENT / ANNUAL PHYSICAL
Applicant: {{NAME:Bernadette Kowalczyk-Yazzie}}     DOB {{DATE:June 30, 1961}}
Employer: {{FACILITY:Canyon Rim Unified School District}} transportation dept., route 14 (AM/PM)
Driver's license {{LICENSE:AZ D08847120}}, class B w/ P & S endorsements, exp {{DATE:06/30/2031}}
Exam date {{DATE:08/05/2025}}, {{FACILITY:Canyon de Chelly Family Clinic}}
Hx: hypothyroid (levothyroxine 75 mcg), OA knees, R TKA 2022, cataract surgery OU 2023.
BP 136/84. Pulse 68 reg. BMI 31.
Vision: 20/20 R, 20/25 L (IOL), fields full. Color: recognizes red/green/amber.
Hearing: whisper 5 ft passed.
Musculoskeletal: can climb bus steps x3 without rail, full squat limited (R TKA) but able to kneel on L; evacuation drill simulation: dragged 125 lb dummy 30 ft in 41 s.
Drug/alcohol: DOT 5-panel collected, specimen ID {{ID:2208471}}; results to DER {{NAME:Harlan Begay}}, {{PHONE:928-555-0174}}.
Determination: qualified, 2 years (state rule: annual after age 60 -> 1 year).
Examiner: {{NAME:Rosalie Tsosie-Brandt}}, DNP, FNP-C, NRCME {{LICENSE:4420918836}}
Home address on file: {{ADDRESS:HC 58 Box 1217}}, {{LOCATION:Chinle}} AZ {{ZIP:86503}}`,

  `{{FACILITY:LAKESHORE BLUFF HEALTH SYSTEM}} - HEALTH INFORMATION MANAGEMENT / RELEASE OF INFORMATION
{{DATE:February 26, 2025}}

{{FACILITY:Marrow, Fitch & Bellweather LLP}}
Attn: {{NAME:Desiree Pham}}, paralegal
{{ADDRESS:330 E Kilbourn Ave, Suite 1100}}, {{LOCATION:Milwaukee}}, WI {{ZIP:53202}}

Re: Subpoena dated {{DATE:2/10/2025}}, {{LOCATION:Waukesha County}} Case No. {{ID:2024CV001882}}
    Patient: {{NAME:Gerhardt, Ulrich W.}}     DOB {{DATE:07/21/1956}}     MRN {{MRN:LH-02231987}}

Enclosed please find 212 pages (ED {{DATE:09/04/2023}}; inpatient {{DATE:09/04/2023}}-{{DATE:09/09/2023}}; PT {{DATE:10/2023}} to {{DATE:1/2024}}) and a certification of records. Behavioral health and substance use disorder records (42 CFR Part 2) were NOT released; a specific court order is required.
Invoice {{ACCOUNT:ROI-INV-0558120}}: $94.60 (search fee $25, copies per statute).
Shipped UPS, tracking {{ID:1Z88A4470391228814}}.
Questions: {{NAME:Tamar Feldstein}}, RHIA, ROI Supervisor, {{PHONE:262-555-0141}}, fax {{FAX:262-555-0140}}`,

  `FORENSIC NURSE EXAMINATION - NON-FATAL STRANGULATION
{{FACILITY:Valley Crest Medical Center}} ED     Exam {{DATE:12/14/2024 0115}}
Patient: {{NAME:Anaya Castellanos-Whitfield}}     32 y/o F     MRN {{MRN:VC1180447}}     DOB {{DATE:05/05/1992}}
Reported assailant: ex-partner {{NAME:Trevor Lindell}} (per pt), DOB unknown.
Event approx 2230 {{DATE:12/13}} at pt's home, {{ADDRESS:6620 Cordova Way, Apt 9}}, {{LOCATION:Rancho Cordova}}, CA {{ZIP:95670}}.
Pt describes two-handed manual strangulation ~20 s, "saw stars", urinary incontinence, hoarse voice now.
Findings: petechiae R conjunctiva & soft palate; 3 x 1 cm linear erythema L neck; tenderness over thyroid cartilage. No stridor. Voice hoarse.
Imaging: CTA neck - no vascular injury (read by Dr. {{NAME:Mbatha}}).
Photographs: {{PHOTO:FNE-24-1214-01}} to {{PHOTO:FNE-24-1214-18}} with ABFO scale.
LE: {{LOCATION:Sacramento County}} Sheriff, Deputy {{NAME:Ortega-Samuels}} #{{ID:3317}}, report {{ID:24-45518}}. Emergency protective order # {{ID:EPO-24-10773}} issued 0205.
Safety plan: pt to stay with sister {{NAME:Lucia}}; shelter info ({{FACILITY:Safe Haven House}} hotline {{PHONE:916-555-0124}}) given.
{{NAME:Imogen Castleberry}}, RN, SANE-A, AFN-BC`,

  `{{LOCATION:HARRIS COUNTY}} MEDICAL EXAMINER - PROVISIONAL CASE SUMMARY
ME Case # {{ID:ML25-1177}}     Date of exam {{DATE:04/09/2025}}
Decedent: {{NAME:Osvaldo Reynaga Pinto}}, 36 M     DOB {{DATE:11/11/1988}}
Employer: {{FACILITY:Bayou City Steel Erectors}} (ironworker, union {{FACILITY:Ironworkers Local 917-B}}, card # {{ID:IW-0094471}})
Incident: {{DATE:04/08/2025}} about 10:20, fell approx 42 ft from unguarded beam on 4th level of building under construction at {{ADDRESS:2700 Post Oak Blvd}}, {{LOCATION:Houston}}, TX {{ZIP:77056}}. Harness worn, lanyard not attached (per foreman {{NAME:Dale Prosser}}).
Transported to {{FACILITY:Gulfgate Memorial Trauma Center}}; pronounced 11:02.
OSHA notified; inspection # {{ID:1788214.015}}.
Autopsy: multiple blunt force injuries - basilar skull fx, aortic transection, pelvic fx, bilateral femur fx.
Toxicology pending, lab # {{ID:TX25-06611}}.
ID: visual by brother {{NAME:Ramiro Reynaga}} ({{PHONE:713-555-0154}}); fingerprints on file, AFIS {{BIOMETRIC:TXAFIS-31882047}}.
Cause: multiple blunt force injuries. Manner: Accident.
{{NAME:Naledi Fitzgerald}}, MD, Assistant Medical Examiner`,

  `CONSULTATIVE EXAMINATION REPORT - internal medicine
Disability Determination Services request; DDS case # {{ID:4471-22098-CE}}
Claimant: {{NAME:Ray Lee Cottonwood}}     SSN {{SSN:448-71-0926}}     DOB {{DATE:3/17/1972}}
Exam {{DATE:10/22/2024}} at {{FACILITY:Pecos Valley Consultative Exams}}, {{ADDRESS:1400 W 2nd St}}, {{LOCATION:Roswell}}, NM {{ZIP:88203}}
ID verified: NM driver license {{LICENSE:0447120981}}.
Allegations: COPD, low back pain, "can't read well".
Former work: oilfield pumper for {{FACILITY:Chaves County Well Service}} 2004-2021.
Exam: wt 61 kg. Lungs: diminished BS, prolonged expiration, no wheeze. SpO2 91% RA at rest.
Spirometry (best of 3, post-BD): FEV1 1.18 L (33% pred), FVC 2.64 L.
Back: lumbar flexion 60 deg, SLR neg, gait normal, heel/toe walk ok, squat 3/4.
Medical source statement: lift 20 lb occasionally, 10 frequently; stand/walk 2 h total; avoid fumes, dusts, gases, temperature extremes.
Examiner: {{NAME:Priscilla Manygoats}}, MD     {{DATE:10/22/2024}}
Dictated/typed: {{NAME:PM}}/{{NAME:dlr}}`,

  `FMLA - CERTIFICATION FOR A FAMILY MEMBER'S SERIOUS HEALTH CONDITION (WH-380-F)
Employee: {{NAME:Rosario Dimaano}}     Employer: {{FACILITY:Harborview Logistics Group}}, HR fax {{FAX:562-555-0191}}
Family member: {{NAME:Corazon Dimaano}}, mother, age {{AGE:92}}, DOB {{DATE:01/02/1933}}
Provider: {{NAME:Efren Sotto}}, MD, geriatrics, {{FACILITY:Long Beach Senior Health Associates}}, {{ADDRESS:2801 Atlantic Ave, Ste 6}}, {{LOCATION:Long Beach}}, CA {{ZIP:90806}}, ph {{PHONE:562-555-0190}}
Condition commenced: {{DATE:September 2024}} (moderate Alzheimer dementia, CDR 2; recurrent falls; CHF).
Hospitalized {{DATE:11/3/24}}-{{DATE:11/8/24}} at {{FACILITY:Signal Hill Community Hospital}}.
Care needed: the patient requires assistance with ADLs, medication administration and transport to appointments (cardiology q2mo, PCP monthly). Employee's presence also needed during flare-ups (delirium, decompensated HF), est. 1-2 per month lasting 2-4 days.
Intermittent leave, {{DATE:02/01/2025}} through {{DATE:01/31/2026}}; reduced schedule not required.
Signature {{NAME:E. Sotto}}, MD     Date {{DATE:1/24/2025}}`,

  `OCCUPATIONAL HEARING LOSS - INDEPENDENT EVALUATION
Claimant: {{NAME:Cletus Ambrose Pettigrew}}     DOB {{DATE:05/29/1958}}     Claim {{ACCOUNT:HL-2025-004417}}
Employer: {{FACILITY:Tennessee Valley Forge & Foundry}} (grinder/chipper, 1979 to {{DATE:12/2024}})
Evaluated {{DATE:04/11/2025}} at {{FACILITY:Raccoon Mountain Otology Group}}
Audiogram history (company records):
  baseline  {{DATE:03/14/1979}}   R 10/10/15/20/25   L 10/15/15/25/30 (dB, 500-4k)
  annual    {{DATE:02/02/1998}}   R 15/20/30/50/60   L 20/20/35/55/65
  annual    {{DATE:01/19/2015}}   R 25/30/45/65/75   L 25/35/50/70/75
  today                         R 30/35/50/70/80   L 30/40/55/75/80
Noise dosimetry (plant): 94-98 dBA TWA in grinding bay, 2009.
Tympanometry type A bilat. Speech disc 84% R, 80% L.
Pattern: bilateral, symmetric, with 4k notch in early records, consistent with noise-induced hearing loss; presbycusis contributes after age 60.
Binaural impairment (AAO 1979 formula): 31.9%.
Hearing aids recommended; trial through {{FACILITY:Lookout Mountain Hearing}}.
{{NAME:Evangeline Mabry}}, MD, FACS     TN lic {{LICENSE:MD 40217}}`,

  `CANCER PRESUMPTION CLAIM - exposure history (firefighter)
Claimant: {{NAME:Declan O'Rourke-Mensah}}     DOB {{DATE:12/24/1975}}     Dx: multiple myeloma, {{DATE:01/2025}}
Service: {{FACILITY:Shellpot Creek Volunteer Fire Company}}, 1996-2025, badge {{ID:BH-217}}; career FF with {{FACILITY:Christiana Airport Fire Rescue}} 2001-2025, employee # {{ID:CAF-0448}}.
Exposure log (selected, from NFIRS extracts supplied by dept.):
  {{DATE:07/04/2003}}   structure fire, 4-alarm, {{ADDRESS:1100 block of Naamans Rd}}, SCBA off during overhaul
  {{DATE:02/11/2011}}   tire warehouse fire, {{FACILITY:Delmarva Tire Recyclers}}, 9 h on scene
  {{DATE:10/30/2016}}   aircraft rescue drill with AFFF foam
  {{DATE:05/2019}}     vehicle fire (battery), decon not done
Treating oncologist: Dr. {{NAME:Ayesha Siddiqui-Long}}, {{FACILITY:Wilmington Hematology Oncology}}, {{PHONE:302-555-0137}}
Claim # {{ACCOUNT:DE-WC-25-001193}}; union rep {{NAME:Pat Kilbride}}, {{FACILITY:Professional Fire Fighters Local 9017}}, {{EMAIL:pkilbride@pffl9017.org}}
Physician statement requested re: 5-year service requirement and latency.`,

  `WORKERS' COMPENSATION PHARMACY - FIRST FILL
Pharmacy: {{FACILITY:Ridgeway Discount Drug}}, {{ADDRESS:201 N Main St}}, {{LOCATION:Ridgeway}}, SC {{ZIP:29130}}, NCPDP 4417735, ph {{PHONE:803-555-0145}}
Patient: {{NAME:Tavon J. Whitlock-Reese}}     DOB {{DATE:10/14/1990}}
Injury date {{DATE:08/26/2025}}     Employer: {{FACILITY:Fairfield Timber Products}}
Claim # {{ACCOUNT:SC-8821-0046-WC}}     (BIN 610014, PCN WC - temporary first-fill card)
Prescriber: {{NAME:Ama Boateng}}, PA-C, {{FACILITY:Midlands Urgent & Occupational Care}}, DEA {{LICENSE:MB4481207}}, NPI {{LICENSE:1720459986}}
Rx # {{ID:0773104}}  cyclobenzaprine 5 mg #21, 1 tab TID prn spasm
Rx # {{ID:0773105}}  naproxen 500 mg #30, 1 tab BID with food
Rx # {{ID:0773106}}  lidocaine 5% patch #15, 12 h on/12 h off
Filled {{DATE:08/26/2025 17:48}}; $0 copay; first-fill limit 10 days per plan.
Counseled by {{NAME:Miriam Okpara}}, PharmD: avoid driving/operating chainsaw after cyclobenzaprine.
Adjuster to be notified: {{NAME:Kent Poindexter}}, {{PHONE:803-555-0188}}.`,

  `DEPOSITION OF {{NAME:ALEJANDRA RUIZ-FONTAINE}}, M.D. - excerpt (pp. 14-16)
{{NAME:Nwosu}} v. {{FACILITY:Riverside Packaging Corp.}}, Cause No. {{ID:DC-24-09187}}, taken {{DATE:March 5, 2025}}
Q. (By Mr. {{NAME:Hollingsworth}}) Doctor, when did you first see Mr. {{NAME:Nwosu}}?
A. On {{DATE:October 16th, 2023}}, at our {{LOCATION:Garland}} clinic, {{FACILITY:North Texas Spine Institute}}.
Q. And what did he tell you about how he was hurt?
A. He said that on {{DATE:October 2nd}} he was loading bales at the {{FACILITY:Riverside Packaging}} plant on {{ADDRESS:Jupiter Road}} and felt a pop in his low back.
Q. Did he tell you about the 2019 car accident?
A. Not at the first visit. It's in my note of {{DATE:11/20/23}} after I got the records from {{FACILITY:Lakeview Chiropractic}}.
Q. Is his L5-S1 herniation more likely than not caused by the {{DATE:October 2, 2023}} incident?
MS. {{NAME:ABERNATHY}}: Objection, form.
A. Yes, in my opinion, based on the timing and the new extrusion on the MRI of {{DATE:10/25/23}}, compared to the 2019 film.
(Reporter: {{NAME:Gloria Vandermeer}}, CSR No. {{LICENSE:7741}})`,

  `ED PROVIDER NOTE - {{FACILITY:Conemaugh Ridge Hospital}}     {{DATE:11/07/2024 14:22}}
Pt: {{NAME:Zoltan Farkas}}     MRN {{MRN:CRH00771904}}     DOB {{DATE:02/28/1977}}     Acct {{ACCOUNT:V000884412}}
Financial class: WORKERS COMP (employer {{FACILITY:Allegheny Ridge Fabricators}}); commercial plan on file {{HEALTH_PLAN:HPN448120773}} not billed.
CC: "something in my eye" - grinding without face shield over safety glasses, approx 1100 today.
Exam: VA OD 20/30, OS 20/20. Fluorescein: 1 mm metallic FB at 4 o'clock, paracentral cornea OD, small rust ring. Seidel neg. AC quiet. No hyphema.
Procedure: tetracaine; FB removed with 25g needle under slit lamp; rust ring burred partially.
Dx: corneal foreign body OD (T15.01XA).
Rx: erythromycin ointment QID x5 d; cyclopentolate 1% x1; no patch.
Work status: off rest of shift; RTW {{DATE:11/8/24}} with eye protection (face shield + goggles) enforced.
F/u ophthalmology 24 h: Dr. {{NAME:Chen-Abernathy}}, {{FACILITY:Laurel Highlands Eye Associates}}, {{PHONE:814-555-0148}}.
Employer safety contact {{NAME:Gus Palko}} {{PHONE:814-555-0149}} notified by pt.
{{NAME:Imani Rutherford}}, DO`,

  `PATIENT PORTAL - TELEHEALTH FOLLOW-UP (occupational medicine)
{{FACILITY:Brightwater Occupational Health}}     visit {{DATE:2025-03-12 08:30}}
Patient: {{NAME:Dagny Lindgren-Osei}}     MRN {{MRN:BWO-558102}}     claim {{ACCOUNT:MN-WC-24-118820}}
Portal login {{DATE:03/12/2025 08:24:51}} from {{IP:24.118.37.201}}; video link {{URL:https://visit.brightwateroh.com/j/88214-5531}}
Pt at home: {{ADDRESS:2231 Como Ave}}, {{LOCATION:St Paul}}, MN {{ZIP:55108}} (confirmed location for licensure).
S: R lateral epicondylalgia, onset {{DATE:10/2024}}, from repetitive scanning at {{FACILITY:North Loop Fulfillment}} (packer). Counterforce strap helps. Pain 3/10 (was 7/10).
O (video): no swelling; pain with resisted wrist extension, mild; grip R 28 kg by home dynamometer (L 34).
A: improving lateral epicondylopathy.
P: continue eccentric program (Tyler twist), OT x4 more; restriction: no more than 4 h/shift of scanning; rotate to label station.
Work status sent to employer HR {{NAME:Marcus Idowu}} at {{EMAIL:midowu@northloopfulfill.com}}.
Next visit {{DATE:4/9/25}}.
{{NAME:Corinne Achebe}}, MD, MPH`,

  `PERMANENT IMPAIRMENT RATING (AMA Guides, 6th ed.)
Examinee: {{NAME:Luciano Benedetti-Flores}}     DOB {{DATE:9/23/1969}}     Claim {{ACCOUNT:NV-C4-2024-55810}}
DOI {{DATE:03/11/2024}}: R dominant hand caught in dough sheeter at {{FACILITY:Silver State Bakery Supply}}, {{LOCATION:Sparks}}, NV.
Surgery {{DATE:3/11/24}} and {{DATE:3/25/24}}, Dr. {{NAME:Obuya}}: revision amputation R index at PIP, R long at DIP; flexor tenolysis ring.
MMI {{DATE:02/03/2025}}.
Findings: index amputation at PIP = 80% digit; long at DIP = 45% digit; ring finger ROM loss (PIP 10-70 deg) = 9% digit. Two-point discrimination 8 mm radial long tip.
Combined: index 80% DI = 16% HI; long 45% = 9% HI; ring 9% = 1% HI. Total 26% HI = 24% UEI = 14% WPI.
Grade modifiers: FH (QuickDASH 52) +1, PE n/a (used in DX), CS n/a.
Final: 14% whole person impairment.
Apportionment: none; no prior hand injury.
Future medical: possible neuroma excision.
{{NAME:Thandiwe Morrison}}, MD, CIME     NV rating physician {{LICENSE:RP-0471}}     {{DATE:03/10/2025}}`,

  `NOTICE OF LIEN / RIGHT OF REIMBURSEMENT
{{DATE:June 9, 2025}}
To: {{NAME:Benjamin Oyelowo}}, Esq., {{FACILITY:Oyelowo & Marsh Injury Attorneys}}, {{ADDRESS:100 N Tryon St, Floor 22}}, {{LOCATION:Charlotte}}, NC {{ZIP:28202}}
Member: {{NAME:Tiana Shepard-Kwan}}     Member ID {{HEALTH_PLAN:PDM880241577}}     Group 04471
Date of loss: {{DATE:01/18/2025}} (MVA, rear-ended on I-77 at exit 13)
Recovery file # {{ACCOUNT:SUB-25-0090137}}
The plan has paid $18,442.16 in related benefits, itemized enclosure, including {{FACILITY:Piedmont Crossing Trauma Center}} ({{DATE:1/18/25}}-{{DATE:1/20/25}}), {{FACILITY:Carolina Motion PT}} (14 visits) and {{FACILITY:Queen City Imaging}} (MRI C-spine {{DATE:2/4/25}}).
Under the plan's terms (ERISA self-funded) we assert first-priority reimbursement from any third-party recovery. Please do not disburse settlement funds without written release. The at-fault driver's auto carrier claim is {{ACCOUNT:AC-4471-88201}}.
Contact: {{NAME:Rochelle Dufresne}}, Recovery Specialist, direct {{PHONE:704-555-0159}}, {{EMAIL:rdufresne@pdmrecovery.com}}.`,

  `ME INTAKE - NURSING FACILITY DEATH, referred for possible neglect
{{LOCATION:Cuyahoga County}} ME     Case {{ID:CC-25-00918}}     Rec'd {{DATE:05/03/2025 07:55}}
Decedent: {{NAME:Florence Adelaide Mbatha-Greene}}     {{AGE:98}} F     DOB {{DATE:02/14/1927}}
Facility: {{FACILITY:Shaker Pines Care Center}}, {{ADDRESS:17000 Van Aken Blvd}}, {{LOCATION:Shaker Heights}}, OH {{ZIP:44120}}, room 212-B
Last hospitalization: {{FACILITY:Lakefront University Hospital}}, MRN {{MRN:LUH-90027714}}, {{DATE:4/2/25}}-{{DATE:4/9/25}} (aspiration pneumonia).
Reported by granddaughter {{NAME:Nia Greene}} ({{PHONE:216-555-0195}}) who states grandmother "was left in soiled linens for hours".
Facility DON {{NAME:Valentina Kostova}} reports death at 0410, last rounds 0200.
Findings at intake: stage 4 sacral pressure injury 8 x 6 cm with bone exposed; unstageable L heel; wt 36 kg. Photos {{PHOTO:CC25-00918-P01}}-{{PHOTO:CC25-00918-P22}}.
Ohio Dept of Health complaint filed by family; APS case {{ID:APS-CUY-25-3310}}.
Plan: full autopsy {{DATE:5/4/25}}; obtain facility chart, MAR and staffing records by subpoena.
Investigator {{NAME:Rocco Amato}}, D-ABMDI`,

  `RE: Request from State Patrol for records - response
{{DATE:August 1, 2025}}
Trooper {{NAME:Kyle Vanderpool}}, badge {{ID:1094}}, {{LOCATION:Cheyenne}} Division
Your request of {{DATE:7/30/2025}}, crash case # {{ID:WHP-25-17720}}, for the blood alcohol result and ED record of {{NAME:Rhett Caldwell}} (DOB {{DATE:4/19/1990}}), driver of 2016 Chevrolet Silverado, WY plate {{VEHICLE:2-44871}}, VIN {{VEHICLE:3GCUKREC8GG204471}}.
{{FACILITY:High Plains Regional Medical Center}} cannot release these records on a written request alone. Under HIPAA (45 CFR 164.512(f)) and state law, we need a court order, warrant, subpoena signed by a judge, or the patient's signed authorization. The patient (MRN {{MRN:HP-0337120}}) has declined to sign.
We are preserving the records and the retained specimen (lab accession {{ID:25-212-0881}}) pending legal process, for 30 days.
Please direct legal process to HIM, fax {{FAX:307-555-0170}}.
{{NAME:Maribel Cordova-Pine}}, Privacy & Release Manager, {{PHONE:307-555-0171}}`,

  `PRE-ASSIGNMENT PHYSICAL - ARMED SECURITY OFFICER
Candidate: {{NAME:Tobiah Akinyemi}}     DOB {{DATE:1/11/1993}}
Employer: {{FACILITY:Sentinel Shield Protective Services}}, branch office {{ADDRESS:5100 Poplar Ave, Ste 810}}, {{LOCATION:Memphis}}, TN {{ZIP:38137}}
Post: {{FACILITY:Wolf River Distribution Center}} gatehouse, nights
State guard registration {{LICENSE:SG-0449217}}; armed permit {{LICENSE:AGC-220914}} (pending medical)
Exam {{DATE:05/30/2025}}:
 vision 20/15 OU uncorrected; color normal.
 hearing: audiogram all freq <= 25 dB.
 BP 128/76, HR 58.
 MSK: full ROM, can run 1.5 mi (reports 12:40). Grip R 52 kg.
 Psych screen (MMPI-2-RF) by {{NAME:Moira Whitacre}}, PhD: no disqualifying findings.
 Drug screen: 10-panel non-DOT, negative, specimen {{ID:S-5520418}}.
Tattoo on R forearm ("{{NAME:Akin}}", father's name).
Clearance: medically fit for armed duty; no restrictions.
{{NAME:Delphine Rousseau-Ward}}, MD     {{FACILITY:Midsouth WorkWell}}     {{PHONE:901-555-0119}}`,

  `NURSE TRIAGE LINE - WORK INJURY   call {{DATE:10/04/2025}} 21:47
Caller: {{NAME:Shaniqua Ferrell}}, store manager, {{FACILITY:HomeStretch Hardware #2281}}, {{ADDRESS:880 Gallatin Pike N}}, {{LOCATION:Madison}}, TN {{ZIP:37115}}, {{PHONE:615-555-0135}}
Injured employee: {{NAME:Wyatt Dunnavant}}, 19, stocker, emp ID {{ID:HS2281-0417}}, DOB {{DATE:03/22/2006}}
Event 21:20: box cutter slipped, lac L palm ~3 cm, bleeding controlled w/ pressure 10 min. Tetanus: "had one in high school" ~2021.
No numbness of fingers, can make fist, cap refill brisk.
Protocol: laceration - needs closure within 12-24 h; not 911.
Disposition: urgent care tonight. Directed to {{FACILITY:Rivergate Urgent Care}}, {{ADDRESS:1000 Rivergate Pkwy}}, {{LOCATION:Goodlettsville}} (open til 23:00).
Incident # {{ID:TRG-251004-3318}} emailed to risk mgmt {{EMAIL:riskclaims@homestretchhw.com}}.
Employee's mother {{NAME:Crystal Dunnavant}} ({{PHONE:615-555-0136}}) will drive.
RN: {{NAME:Oksana Hryhorenko}}, RN`,

  `FORENSIC EXAM - SUSPECTED DRUG-FACILITATED SEXUAL ASSAULT (addendum: toxicology)
Pt {{NAME:M. Okwuosa}} ({{NAME:Mirabel Okwuosa}}), MRN {{MRN:TSM-60028147}}, DOB {{DATE:1/30/2001}}
Presented {{DATE:9/14/25}} 0905; reports memory gap after drinks at {{FACILITY:The Copper Lantern}} bar, {{LOCATION:Lawrence}}, KS, approx 2300 {{DATE:9/13}}.
Specimens for law enforcement: urine 100 mL collected 0920 (within 12 h), blood gray top x2 0925.
Evidence seal # {{ID:DFSA-0915-77A}}; chain of custody: {{NAME:Harriet Okoro}}, RN, SANE-A -> Officer {{NAME:Wes Bramlett}} (#{{ID:512}}), {{LOCATION:Lawrence}} PD, 1040; case # {{ID:LPD25-11804}}.
Clinical tox (hospital lab, accession {{ID:A2509140118}}): ethanol 34 mg/dL; UDS positive benzodiazepine (pt denies use), otherwise negative. Forensic panel at KBI lab pending (GHB, ketamine, zolpidem, etc).
Exam findings documented separately; body map and photos {{PHOTO:SANE-0914-001}} to {{PHOTO:SANE-0914-009}}.
Pt discharged with friend {{NAME:Keeley}}; follow-up call number verified {{PHONE:785-555-0112}}.`,

  `FAX COVER - {{FACILITY:GRANTHAM PRZYBYLSKI & LOWE}}
TO: {{FACILITY:SOUTH PLAINS PAIN & SPINE}} - RECORDS         FAX: {{FAX:806-555-0150}}
FROM: {{NAME:LYDIA GRANTHAM}}, ATTORNEY                  FAX: {{FAX:806-555-0151}}   PH: {{PHONE:806-555-0152}}
DATE: {{DATE:02/11/25}}     PAGES (INCL COVER): 6
RE: CLIENT {{NAME:JOSEFINA ARREOLA}}, DOB {{DATE:08/16/1967}}, YOUR PT ACCT {{ACCOUNT:SPPS-220481}}; DOI {{DATE:06/27/2024}}, EMPLOYER {{FACILITY:CAPROCK COTTON GIN}}
MESSAGE:
PLS FIND ATTACHED SIGNED HIPAA AUTH + OUR REQUEST FOR NARRATIVE REPORT FROM DR. {{NAME:VARGHESE}} RE: CAUSATION, MMI, FUTURE MEDS (LUMBAR RFA?). WE WILL PAY NARRATIVE FEE ON RECEIPT OF INVOICE. ALSO NEED BILLING LEDGER {{DATE:06/27/2024}} TO PRESENT W/ CPT CODES (64635, 64636, 99214) AND ANY LOP BALANCE.
DEADLINE: {{DATE:03/07/25}} (MEDIATION {{DATE:03/14/25}}).
THX - {{NAME:LG}}/{{NAME:rs}}
CONFIDENTIALITY NOTICE: THIS FAX MAY CONTAIN PRIVILEGED INFORMATION. IF RECEIVED IN ERROR CALL {{PHONE:806-555-0152}} AND DESTROY.`,

  `UNIDENTIFIED REMAINS - IDENTIFICATION REPORT
{{LOCATION:Coconino County}} Medical Examiner     Case {{ID:CME-24-0611}}     NamUs UP # {{ID:UP118204}}
Recovered {{DATE:10/19/2024}}, forest service road near {{ADDRESS:FR 231 at mile 6}}, {{LOCATION:Munds Park}}; partially skeletonized.
Personal effects: none. Left hip prosthesis recovered: femoral stem serial {{DEVICE:MTL-7711-04528}}, acetabular cup lot 22R0917.
Trace: manufacturer implant registry -> implanted {{DATE:05/08/2019}} at {{FACILITY:Verde Valley Orthopedic Surgery Center}} by Dr. {{NAME:Hosseini}} in patient {{NAME:Gerald Wayne Hatcher}}, DOB {{DATE:12/02/1949}}.
Reported missing {{DATE:08/30/2024}} by daughter {{NAME:Kimberly Hatcher-Lyle}} ({{LOCATION:Prescott Valley}}), {{LOCATION:Yavapai County}} SO missing person report {{ID:YC24-018822}}.
Confirmatory: DNA, femur sample vs daughter reference; kinship index 1.2 x 10^6; profile {{BIOMETRIC:CME-DNA-24-0611-A}} at state lab. Dental: no antemortem records.
Age estimate 70-80 (consistent).
Positive ID {{DATE:01/17/2025}} by {{NAME:Jonah Whitehorse}}, forensic anthropologist.
Notification to daughter in person {{DATE:1/18/25}}.
Cause/manner: undetermined (skeletal remains, no trauma identified).`,

  `NOTICE OF MEDICAL DISQUALIFICATION - COMMERCIAL DRIVER
{{DATE:January 27, 2025}}
{{NAME:Hezekiah Boatwright}}
{{ADDRESS:410 Shiloh Church Rd}}
{{LOCATION:Dothan}}, AL {{ZIP:36301}}
CDL {{LICENSE:8847120}}     Employer: {{FACILITY:Wiregrass Peanut Haulers}}
Dear Mr. {{NAME:Boatwright}}:
At your DOT examination on {{DATE:1/24/2025}} you reported a seizure on {{DATE:December 29, 2024}} (witnessed by your wife, EMS to {{FACILITY:Southeast Wiregrass Medical Center}}), and you are now taking levetiracetam. Under 49 CFR 391.41(b)(8) you do not meet the physical qualification standards and may not operate a commercial motor vehicle in interstate commerce.
The Medical Examiner's Certificate previously issued ({{ID:MEC-0618-2207}}, valid to {{DATE:06/18/2025}}) is no longer valid; this determination has been reported to the National Registry.
Your employer's DER, {{NAME:Lonnie Faircloth}} ({{PHONE:334-555-0103}}), has been notified that you are not qualified. No medical details were shared.
If you believe this is wrong, you may request an FMCSA medical variance or exemption review.
{{NAME:Marguerite Okonkwo-Bell}}, MD, NRCME {{LICENSE:2258801174}}
{{FACILITY:Circle City Occupational Medicine}}, {{PHONE:334-555-0104}}`,

  `to whom it may concern at the comp board,
my name is {{NAME:darnell ray whitfield}}, claim number {{ACCOUNT:WCB-25-004418}}, social {{SSN:238-55-0917}}. i am appealing the denial letter dated {{DATE:april 30 2025}}.
i hurt my back on {{DATE:march 3rd}} at {{FACILITY:blue ridge poultry}} plant on {{ADDRESS:route 11}} in {{LOCATION:harrisonburg}} lifting a 60 lb tote of ice. my supervisor mr. {{NAME:colley}} seen it and sent me to the nurse {{NAME:tammy}}. they said its not work related because i had back pain in 2021 but that was different and i worked 4 years since with no problem.
dr {{NAME:saeed}} at {{FACILITY:valley work health}} wrote it was a new injury (see note {{DATE:3/10/25}}).
i have not been paid since {{DATE:3/15}}. i have 3 kids.
you can call me at {{PHONE:540-555-0193}} or my cousin {{NAME:deshawn}} {{PHONE:540-555-0194}}, or write to {{ADDRESS:1214 n main st apt b}}, {{LOCATION:harrisonburg}} va {{ZIP:22802}}.
thank you,
{{NAME:darnell whitfield}}
{{DATE:5/6/2025}}`,

  `TB CONTACT INVESTIGATION - WORKPLACE (active pulmonary TB, index case)
Site: {{FACILITY:Great Plains Beef Packing}}, {{ADDRESS:1200 E Fulton Ave}}, {{LOCATION:Garden City}}, KS {{ZIP:67846}}, fabrication floor, B shift
Index: emp {{ID:GPB-77104}}, smear 2+, cavitary; infectious period {{DATE:11/01/2024}} to {{DATE:02/04/2025}}.
Investigator: {{NAME:Soledad Arambula}}, RN, {{LOCATION:Finney County}} Health Dept; company nurse {{NAME:Hamid Qureshi}} {{PHONE:620-555-0166}}.
Close contacts (line 14, same workstation or break room > 8 h/wk):
  emp ID       name                       IGRA 1 ({{DATE:2/10/25}})   CXR     plan
  {{ID:GPB-71402}}    {{NAME:Abdirahman Farah}}         pos                  clear   3HP
  {{ID:GPB-71968}}    {{NAME:Ma Thida Win}}             neg                  -       repeat 8 wk
  {{ID:GPB-72017}}    {{NAME:Guadalupe Nava Rivas}}     pos                  clear   4R
  {{ID:GPB-73350}}    {{NAME:Kiprono Langat}}           indeterminate        -       repeat
  {{ID:GPB-74411}}    {{NAME:Van Dung Nguyen}}          neg                  -       repeat 8 wk
Interpreters: Somali, Burmese, Spanish, Vietnamese.
Repeat IGRA round {{DATE:04/07/2025}}.`,

  `SUBSTANCE ABUSE PROFESSIONAL (SAP) - INITIAL ASSESSMENT SUMMARY (49 CFR Part 40, Subpart O)
Employee: {{NAME:Brennan Keough}}     DOB {{DATE:7/2/1984}}     Employer: {{FACILITY:Tri-Lakes Transit Contractors}}
DER: {{NAME:Marisa Delgado-Ruiz}}, {{EMAIL:mdelgadoruiz@trilakestransit.com}}
Violation: verified positive, cocaine (benzoylecgonine 612 ng/mL), random test {{DATE:12/09/2024}}, CCF {{ID:1197452}}; MRO {{NAME:A. Benedetti}}, MD.
Assessment {{DATE:12/20/2024}} (face to face), instruments: AUDIT 9, DAST-10 5, ASAM dimensions reviewed.
Recommendation: IOP at {{FACILITY:Lakes Region Recovery Center}}, 9 h/wk x 8 wk, then weekly aftercare; abstinence; no alcohol.
Follow-up evaluation {{DATE:2/21/2025}}: successful compliance confirmed with counselor {{NAME:Fiona Ridgeway}}, LADC.
Follow-up testing plan (to DER only): 6 directly observed tests in first 12 months; continue for 24 months.
Return-to-duty test {{DATE:2/24/2025}}, specimen ID {{ID:1198871}}: negative.
SAP: {{NAME:Owen Marchetti-Lyle}}, LCSW, SAP qualified     {{PHONE:603-555-0139}}     {{URL:www.granitesapservices.com}}`,

  `{{FACILITY:Harbor Bend Family Medicine}}
{{ADDRESS:77 Wharf St}}, {{LOCATION:New Bedford}}, MA {{ZIP:02740}}   tel {{PHONE:508-555-0168}}   fax {{FAX:508-555-0169}}

{{DATE:March 3, 2025}}

Jury Commissioner
{{LOCATION:Bristol County}} Superior Court

Re: Juror {{NAME:Maria da Conceicao Pacheco}}     DOB {{DATE:09/09/1934}}     Juror participant # {{ID:JP-48813027}}
Summons for service on {{DATE:April 14, 2025}}

To the Commissioner:
Mrs. {{NAME:Pacheco}}, {{AGE:90}}, has been my patient since 2011. She has moderate hearing loss (bilateral hearing aids), macular degeneration (VA 20/200 OU), and urinary urgency; she uses a walker and cannot sit for more than 30-45 minutes. Her primary language is Portuguese. In my opinion she is not able to serve as a juror now or in the future, and I request a permanent medical disqualification.
Her daughter, {{NAME:Fatima Pacheco-Medeiros}} ({{PHONE:508-555-0170}}), assists her with mail.

Sincerely,
{{NAME:Rui Ventura}}, MD`,

  `CAPACITY EVALUATION FOR GUARDIANSHIP PETITION
{{LOCATION:Maricopa County}} Superior Court, Probate     Case No. {{ID:PB2025-004417}}
Respondent: {{NAME:Theodora Vance-Whitaker}}     Age {{AGE:97}}     DOB {{DATE:10/01/1927}}
Petitioner: nephew {{NAME:Clifford Whitaker}}; proposed guardian {{FACILITY:Sonoran Fiduciary Services}}
Evaluated {{DATE:06/17/2025}} at residence, {{FACILITY:Camelback Terrace Memory Care}}, {{ADDRESS:4400 E Camelback Rd, Unit 118}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85018}}
MoCA 11/30; SLUMS 9; oriented to person only. Unable to name her bank or estimate her income; could not describe her medications.
Hx: Alzheimer dementia dx {{DATE:2021-03-04}} by Dr. {{NAME:Ferreira-Lunde}}; hypertension; ambulatory with walker.
Collateral: facility RN {{NAME:Odette Mbeki}}; bank reported three wire transfers totaling $84,000 to an unknown party in {{DATE:April 2025}}.
Opinion: lacks capacity to manage finances and make complex medical decisions; retains ability to express preferences for visitors and food. Recommend limited guardianship and conservatorship.
Examiner: {{NAME:Harold Iwu-Sandberg}}, MD, geriatric psychiatry, AZ lic {{LICENSE:28841}}     {{DATE:6/19/2025}}`,

  `FITNESS-FOR-DUTY EVALUATION - NURSE (referred by employer after diversion concern)
Employee: {{NAME:Kristen Arbogast-Liu}}, RN     RN lic {{LICENSE:RN1188402}} (OH)     Employee # {{ID:AMC-90331}}
Employer: {{FACILITY:Auglaize Medical Center}}; referred by CNO {{NAME:Patricia Oyler}} {{DATE:01/06/2025}}
Reason: pyxis discrepancies ({{DATE:12/2024}}) - 14 hydromorphone waste events without cosigner; found drowsy at station {{DATE:12/28/24}}.
For-cause UDS {{DATE:12/28/2024}}, specimen {{ID:0844712}}: hydromorphone positive, MRO verified positive (no Rx).
Evaluation {{DATE:1/14/2025}}: 2 h interview, collateral from manager, PHQ-9 14, AUDIT 4. Admits use of wasted hydromorphone since ~{{DATE:Sept 2024}} after cholecystectomy.
Dx: opioid use disorder, moderate.
Opinion: not fit for duty. Recommend residential/IOP treatment, enrollment in state alternative-to-discipline program (participant # {{ID:OH-ATD-25-0117}}), return only with monitoring contract, narcotic key restriction x 1 yr.
Evaluator: {{NAME:Gideon Asante}}, MD, FASAM     {{FACILITY:Buckeye Professional Health Program}}     {{PHONE:614-555-0127}}`,

  `MOTOR VEHICLE CRASH - EMS/POLICE EXCHANGE SHEET (scanned into ED chart)
Date/time {{DATE:07/19/2025 17:05}}     Location {{ADDRESS:US-2 at Mile 88}}, near {{LOCATION:Shelby}}, MT
Report # {{ID:MHP-25-07-1942}}     Trooper {{NAME:K. Running Wolf}} #{{ID:327}}
Unit 1 (work vehicle): driver {{NAME:Brody Sandvik}}, DOB {{DATE:6/6/1988}}, MT DL {{LICENSE:0447120880188}}, employer {{FACILITY:Hi-Line Grain Cooperative}}; 2020 Ford F-350, plate {{VEHICLE:38-4471A}}, VIN {{VEHICLE:1FT8W3BT4LEC88217}}; insurer Big Sky Mutual, policy {{ACCOUNT:BSM-AU-7710442}}
Unit 2: driver {{NAME:Maureen Tallbull}}, DOB {{DATE:2/2/1959}}, MT DL {{LICENSE:0221959004417}}; 2011 Buick LaCrosse, plate {{VEHICLE:9-1187C}}, VIN {{VEHICLE:1G4GC5ED4BF301188}}
Passenger Unit 2: {{NAME:Leonard Tallbull}}, age {{AGE:91}}
Injuries: U1 driver - neck pain, ambulatory (work comp, employer notified). U2 driver - L wrist deformity. U2 passenger - chest pain, on apixaban, transported Code 3.
EMS: {{FACILITY:Toole Co. Ambulance}}, Medic 2.
ED MRNs assigned: {{MRN:MRH-5510884}} ({{NAME:Sandvik}}), {{MRN:MRH-5510885}} ({{NAME:Tallbull M}}), {{MRN:MRH-5510886}} ({{NAME:Tallbull L}})`,

  `LONGSHORE ACT (LHWCA) - AUTHORIZATION FOR MEDICAL TREATMENT (LS-1)
OWCP case # {{ID:06-331894}}     Carrier claim # {{ACCOUNT:LHW-25-004471}}
Employee: {{NAME:Caedmon Broussard}}     SSN {{SSN:XXX-XX-3318}}     DOB {{DATE:4/10/1981}}
Employer: {{FACILITY:Gulf Breakwater Stevedoring}}, {{ADDRESS:1 Port Rd, Terminal B}}, {{LOCATION:Lake Charles}}, LA {{ZIP:70601}}
Injury {{DATE:03/29/2025}}: crushed R foot when a container twist-lock failed while working aboard vessel, IMO {{VEHICLE:9447120}}, berth 5.
Authorized physician: {{NAME:Renard Fontenot}}, MD, {{FACILITY:Calcasieu Orthopaedic Clinic}}, {{PHONE:337-555-0114}}, fax {{FAX:337-555-0115}}
Authorization issued by: {{NAME:Delphine Arceneaux}}, HSE manager, {{DATE:3/29/25}}
Treatment to date: {{FACILITY:Lake Area Trauma Center}} ED ({{DATE:3/29/25}}): R 2nd-4th metatarsal fx, Lisfranc injury; CT {{DATE:3/30}}; ORIF planned.
Carrier adjuster: {{NAME:Wendell Guidry}}, direct {{PHONE:337-555-0116}}, {{EMAIL:wguidry@gulfmarinecas.com}}
Employee's attorney: {{NAME:Simone Thibodaux}}, {{FACILITY:Thibodaux Maritime Law}}, {{URL:https://thibodauxmaritimelaw.com}}`,

];

export const HELDOUT_REALISTIC_75_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout75-${i + 1}`, n));
