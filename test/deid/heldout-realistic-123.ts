// A hundred-and-twenty-third held-out set of hand-written, realistic synthetic notes (all invented:
// no real person, record, number or institution; phone numbers are 555 numbers; IP addresses come
// from the documentation ranges 192.0.2.x, 198.51.100.x and 203.0.113.x; towns and cities are real
// places used only as LOCATION). Its theme is urology and men's and women's pelvic and sexual
// health, with no nephrology: urology clinic notes (stones, BPH, prostate cancer with PSA trend
// tables, testosterone, Peyronie's, vasectomy consults and reversals, post-vasectomy and infertility
// semen analyses), cystoscopy, ureteroscopy and shock-wave lithotripsy reports with lithotripter,
// laser, scope and ultrasound serials, implant logs (sphincters, penile prostheses, sacral
// neuromodulators), urodynamics, pelvic floor physical therapy, urogynecology and pessary visits,
// sexual health and STI clinic visits, partner-services and DIS field records, PrEP, PEP and
// doxy-PEP visits and refills, fertility preservation and sperm bank intake, donor and vial-release
// forms, gender-affirming surgery referrals and follow-ups, catheter and external-catheter DME
// orders and appeals, home-health and nursing-home catheter care, faxes, telehealth visits with
// session logs, patient portal messages, secure chats and lab callback logs.
// Names come as surname-first, ALL CAPS and lower case, initials and typist/signer initials,
// nicknames in quotes or brackets, first names alone (partners, relatives, nurses, interpreters),
// hyphenated and non-English names (Nigerian, Vietnamese, Polish, Portuguese, Tongan, Russian,
// Navajo, Persian, Korean...). Places are facilities, sperm banks, DME vendors, pharmacies,
// employers, assisted-living homes and named units, loosely written street addresses, rural
// routes, towns and counties, cities abroad; dates are written 03/18/2024, 3/18/24, 2024-03-18,
// 18 Feb 2025, 23.09.2024, Tuesday, October 8, 2024, month/year (01/2021, May 2024), month/day
// without a year, date ranges and dates with attached times.
// Look-alikes that are NOT PHI and stay unmarked: PSA values and PSA density, Gleason sums and
// Grade Groups, PI-RADS, AUA symptom scores, IPSS, SHIM, PFDI-20, FSFI, LRINEC, POP-Q points,
// stone sizes and Hounsfield units, shock counts and kV, French sizes, doses, drug and device
// brand names (Flomax, Cialis, Descovy, Truvada, Xiaflex, Botox, InterStim, AMS 800, Titan),
// eponyms (Peyronie, Fournier, Foley, Coude, Hunner, Kegel, Valsalva, Retzius, Sims, Kruger),
// ICD-10, CPT and HCPCS codes, CLIA, lot numbers and a lot's expiry, model numbers, room, bed,
// OR and rig numbers, dry-shipper and truck unit numbers, POD#, years alone, clock times alone,
// weekdays alone, ages of 89 and under, states and countries, payers and manufacturers.
// Annotation follows the README guideline and the conventions written in the header of
// heldout-realistic-72.ts: titles and kin terms stay outside NAME spans; a nickname in quotes or
// brackets is its own span; a month/day without a year is a DATE and so is a month with a year;
// sperm banks, andrology labs, pharmacies, DME vendors, home-care agencies, employers and named
// nursing-home units are FACILITY; insurer, Medicaid and Medicare member numbers are HEALTH_PLAN;
// billing, invoice and storage-fee accounts are ACCOUNT; NPI, DEA and driver's licences are
// LICENSE; lithotripter, laser, scope, ultrasound, urodynamics, biofeedback and implant serials are
// DEVICE; accession, order, authorization, case, donor, client, session, tracking, interpreter and
// prescription numbers are ID; a face photo's file name is PHOTO; a fingerprint or palm-vein
// template number is BIOMETRIC; plates and VINs are VEHICLE; short in-house extensions are PHONE.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a note
// after the engine's results on it have been seen.
// First run (token recall / precision, before anyone read the misses): pass-26 final engine
// (0b6e333) 0.9863 / 0.9692; pass-27 engine (whose rules were made from sets 119-122 without
// reading this one) the same: none of its rules changed a span here.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
  `UROLOGY CLINIC - FOLLOW UP
Pt: {{NAME:Halvorsen, Einar T.}}   MRN: {{MRN:U-00481776}}   DOB: {{DATE:02/14/1931}}
Age: {{AGE:93}}   Visit: {{DATE:03/18/2024}}   Provider: {{NAME:Priya Raghunathan}}, MD
Referred by Dr. {{NAME:Kessler}} ({{FACILITY:Lakeshore Family Medicine}}, fax {{FAX:(218) 555-0147}})

S: {{AGE:93}} yo M w/ BPH/LUTS, on Flomax 0.4 mg qhs since 2019 + finasteride 5 mg. Nocturia x4, weak stream, straining. Daughter {{NAME:Ingrid}} accompanies, drives him in from {{LOCATION:Two Harbors}}. IPSS 21 (QoL 5). No gross hematuria, no UTIs.
O: PVR 212 mL by bladder scan (room 6). UA neg. PSA 3.1 (2.8 in 2022; 2.9 on {{DATE:9/6/23}}) - on finasteride so ~6.2 corrected. Prostate ~60 g on DRE, smooth, no nodules.
A/P: BPH w/ incomplete emptying. Discussed CIC vs indwelling Foley vs TURP/HoLEP; pt declines surgery "at my age". Taught CIC w/ 14 Fr Coude, supplies via {{FACILITY:NorthStar Medical Supply}} ({{PHONE:218-555-0163}}). Cont Flomax. RTC 3 mo w/ PVR.
Call {{NAME:Ingrid Halvorsen-Berg}} at {{PHONE:(218) 555-0129}} w/ results.
-- {{NAME:PR}}/{{NAME:dl}}`,
  `FLEXIBLE CYSTOSCOPY REPORT
{{FACILITY:Riverbend Urology Associates}} - proc rm 3
DOS: {{DATE:April 2, 2024}}
Patient: {{NAME:MORALES-QUINTERO, ROSA ELENA}}   MRN {{MRN:RBU2290417}}   Acct {{ACCOUNT:40078812236}}
Surgeon: {{NAME:Daniel F. Achterberg}}, MD   Circulator: {{NAME:Tamika}} RN   Tech: {{NAME:J. Oyelaran}}
Indication: 64F, microhematuria 8 RBC/hpf x2, ex-smoker 30 pk-yr. CTU {{DATE:3/11/24}} w/o upper tract lesion.
Scope: Olympus flexible cystoscope, s/n {{DEVICE:2810947}}; 2% lidocaine jelly.
Findings: urethra nl. Bladder w/ mild trabeculation, no papillary tumor, no erythematous patches. UOs orthotopic w/ clear efflux bilat. Retroflexion: bladder neck unremarkable.
Impression: negative cysto. AUA/SUFU microhematuria risk: intermediate. Repeat UA 12 mo; sooner if gross hematuria.
Pt d/c'd ambulatory w/ husband {{NAME:Arturo}}. Copy to PCP Dr. {{NAME:Nguyen Thi Lan}}, {{FACILITY:Eastgate Community Health}}, fax {{FAX:(509) 555-0190}}.
Dictated {{DATE:04/02/2024 10:47}} / transcribed {{DATE:04/02/2024 13:05}} {{NAME:DFA}}/{{NAME:mk}}`,
  `ESWL PROCEDURE RECORD
Site: {{FACILITY:Saguaro Bend Surgery Center}}, {{ADDRESS:4410 E Indian School Rd Ste 200}}, {{LOCATION:Phoenix}}, AZ {{ZIP:85018}}
Mobile litho vendor: {{FACILITY:LithoPartners Southwest}} - lithotripter Storz Modulith SLX-F2, serial {{DEVICE:SLXF2-00973}}, truck unit 7
Pt: {{NAME:Begay, Loretta}}   DOB {{DATE:11-02-1968}}   MRN {{MRN:SBS-332180}}
DOS {{DATE:05/07/2024}}   Urologist: {{NAME:K. Whitehorse}} MD   Anesthesia: {{NAME:Falk}}, CRNA (MAC)
Stone: L renal pelvis 9 x 7 mm, 1020 HU, SSD 10.2 cm, radiopaque on KUB. No stent.
Tx: 3000 shocks @ 60/min, energy ramp 1->4, max 20 kV. Fluoro 2.1 min. Repositioned once at shock 1400.
Post: good fragmentation on fluoro, nothing >4 mm. No flank hematoma sx. Flomax 0.4 mg x14 d, strain urine, Norco 5/325 #10.
Ride home: son {{NAME:Marcus}} ({{PHONE:480-555-0172}}), blue F-150, AZ plate {{VEHICLE:CMX4418}}. KUB in 2 wk at {{FACILITY:Painted Mesa Indian Health Clinic}} near her home in {{LOCATION:Kayenta}}, then f/u {{DATE:5/21}} w/ Dr {{NAME:Whitehorse}}.`,
  `OPERATIVE NOTE
Patient: {{NAME:Oyelowo, Babatunde A.}} ("{{NAME:Tunde}}")   MRN: {{MRN:0071-44-2986}}   DOS: {{DATE:14-Jun-2024}}
Hospital: {{FACILITY:St. Brendan's Medical Center}}, OR 11
Surgeon: {{NAME:Marguerite Delacroix-Penn}}, MD; Asst: {{NAME:Huang}}, PA-C
Preop dx: R proximal ureteral stone 8 mm (CT {{DATE:6/9}}), failed MET on tamsulosin x3 wk.
Procedure: cysto, R retrograde pyelogram, R semirigid + flexible URS, Ho:YAG laser lithotripsy (dusting 0.4 J / 80 Hz), basket extraction, 6 Fr x 26 cm double-J stent on string.
Laser: Lumenis Pulse 120H, s/n {{DEVICE:P120H-6617-0038}}; ureteral access sheath 12/14 Fr.
Findings: impacted stone w/ mucosal edema; fragments sent for analysis (req {{ID:REQ-88410273}}). No perforation.
EBL minimal. Foley 16 Fr removed in PACU.
Dispo: home same day. Stent string taped to thigh; pt and wife {{NAME:Folasade}} taught to pull it on {{DATE:Friday 6/21}}. Call {{PHONE:614-555-0138}} for fever >101.
Electronically signed {{DATE:06/14/2024 16:22}} {{NAME:M. Delacroix-Penn}}`,
  `GU ONCOLOGY / UROLOGY - PROSTATE CA FOLLOW-UP
{{NAME:WASHINGTON, CLARENCE D}}  MRN {{MRN:4471902}}  DOB {{DATE:1951-08-30}}  Seen {{DATE:2024-02-12}}
Attending: Dr. {{NAME:Sofia Lindqvist}}   Fellow: Dr. {{NAME:Ahn}}

PSA trend (ng/mL):
  {{DATE:01/2021}}   4.8
  {{DATE:07/2021}}   5.6
  {{DATE:03/2022}}   6.9   -> MRI: PI-RADS 4, L PZ mid, 11 mm; vol 42 cc (PSAD 0.16)
  {{DATE:05/2022}}   bx: Gleason 3+4=7 (GG2) 3/12 cores, max 40%, no cribriform
  {{DATE:11/2022}}   7.2
  {{DATE:08/2023}}   8.4
  {{DATE:01/2024}}   9.9
Impression: PSA DT ~2.3 yr, GG2 on AS since 2022. Discussed RALP vs EBRT + 6 mo ADT. SHIM 19, IPSS 9. Leans toward surgery; wants to talk w/ brother {{NAME:Leon}} (treated at {{FACILITY:Harbor Point VA}} in 2016).
Plan: PSMA PET, confirmatory bx, surgical consult w/ Dr. {{NAME:O'Rourke}}. Wife {{NAME:Bernadette}} ok to receive results ({{PHONE:(757) 555-0114}}).`,
  `Vasectomy consult - {{FACILITY:Cedar Ridge Men's Health}}
pt: {{NAME:Tobias Renner}}  dob {{DATE:3/3/89}}  mrn {{MRN:CRM-019934}}  ins: BCBS member {{HEALTH_PLAN:XQB884102773}}
date {{DATE:7.22.24}}  seen by {{NAME:Ellison}} NP, supervising Dr {{NAME:Raj Venkataraman}}

35 yo M, married, 3 kids (youngest b. 2022), wife {{NAME:Lea}} present & in agreement (not req'd). No prior scrotal surgery, no bleeding d/o, no anticoag.
Exam: bilat vasa easily palpable, testes 20 mL bilat, no varicocele, no hernia.
Counseled: permanence; reversal/IVF cost; failure ~1/2000; chronic scrotal pain 1-2%; PVSA at ~12 wk / 20+ ejaculations; backup contraception until cleared.
Consent signed, witness {{NAME:Brianna K.}}, MA.
Plan: no-scalpel vasectomy under local, {{DATE:Aug 9}} 0815, proc room B. Valium 5 mg pre. Driver: wife.
CPT 55250 / Z30.2. Pre-auth ref {{ID:PA-2024-117736}}.
ph {{PHONE:971-555-0186}} / {{EMAIL:tobias.renner89@gmail.com}}`,
  `{{FACILITY:CASCADE ANDROLOGY LAB}}          POST-VASECTOMY SEMEN ANALYSIS
Patient name: {{NAME:RENNER, TOBIAS J}}      DOB: {{DATE:03/03/1989}}
Accession: {{ID:AND24-0091187}}             Ordering: {{NAME:VENKATARAMAN, RAJ}} MD  NPI {{LICENSE:1487392056}}
Collected: {{DATE:11/04/2024 07:55}}  Received: {{DATE:11/04/2024 08:31}}  home collection, 36 min to lab
Abstinence: 3 days                  Vasectomy: {{DATE:08/09/2024}}
---------------------------------------------------------------
Volume            2.6 mL     (>=1.4)
pH                7.8
Centrifuged pellet (3000 g x 15 min): NO SPERM SEEN in 50 HPF
Motile sperm      none
---------------------------------------------------------------
Interpretation: azoospermic. Per AUA 2012 guideline one azoospermic specimen = may stop other contraception.
Verified by {{NAME:L. Castellanos-Ruiz}}, MLS(ASCP)   {{DATE:11/04/2024 10:14}}
Lab: {{ADDRESS:2290 NW Lovejoy St, Suite 310}}, {{LOCATION:Portland}}, OR {{ZIP:97210}} | CLIA 38D0998811 | {{PHONE:503-555-0107}}`,
  `telehealth - male infertility f/u (video, pt at home in {{LOCATION:Sacramento}}), {{DATE:4/16/2024}}
{{NAME:Rahul Iyer-Kapoor}}, 33M, mrn {{MRN:SL-2093381}}. Partner {{NAME:Meenakshi}} (34F) seen at {{FACILITY:Bright Horizons Fertility}} by Dr {{NAME:Castell}}; trying since 2022.
SA #1 {{DATE:2/6/24}}: vol 3.1 mL, conc 9 M/mL, total motility 31%, progressive 22%, strict morph 2% (Kruger).
SA #2 {{DATE:3/20/24}}: conc 11 M/mL, motility 35%, morph 3%. DFI 28% (SCSA).
FSH 6.1, LH 4.0, TT 389 ng/dL, E2 31. In-office exam {{DATE:4/2}}: L grade 2 varicocele, testes 16/18 mL.
A: OAT, clinical L varicocele.
P: microsurgical varicocelectomy vs straight to IVF/ICSI; clomiphene 25 mg qod discussed. Pt to think it over, will message via portal. Stop hot tub. CoQ10 ok.
Video link {{URL:https://visit.sutterlane-health.example/room/7Q4-iyer}}; pt connected from {{IP:198.51.100.47}}, 24 min. Pt email on file {{EMAIL:rahul.ik@protonmail.com}}.
Dr. {{NAME:Ortega}}`,
  `URODYNAMIC STUDY REPORT - {{FACILITY:Lakeview Continence Center}}
Pt: {{NAME:Kowalczyk, Halina}}   Age: {{AGE:91}}   MRN: {{MRN:700293311}}   lives at {{FACILITY:Mount Carmel Senior Residences}}
Date: {{DATE:January 16, 2025}}   Referring: Dr. {{NAME:Abernathy}}   Performed by: {{NAME:Greta Solberg}}, RN
System: Laborie Aquarius TT, s/n {{DEVICE:AQT-41187}}; 7 Fr dual-lumen urethral + rectal balloon catheters
Uroflow (free): Qmax 9 mL/s, voided 142 mL, PVR 180 mL (cath).
Filling CMG (50 mL/min, RT saline): FS 95 mL, FD 160 mL, SD 230 mL, MCC 260 mL. Detrusor overactivity from 120 mL, max Pdet 48 cmH2O w/ leakage. Compliance ~25 mL/cmH2O. No SUI w/ cough or Valsalva at 200 mL.
Pressure-flow: Pdet@Qmax 22, Qmax 6, BCI 52 (weak contractility).
EMG: synergic.
Impression: DO w/ incontinence + detrusor underactivity (DHIC pattern).
Rec: timed voids, avoid anticholinergics (age, cognition); trial Myrbetriq 25 mg; CIC if PVR climbs. Niece {{NAME:Dorota}} (HCP) updated at {{PHONE:773-555-0152}}.
Signed {{NAME:V. Abernathy}} {{DATE:01/17/2025}}`,
  `PELVIC FLOOR PHYSICAL THERAPY - INITIAL EVALUATION
{{FACILITY:Core & Floor Physical Therapy}} | {{ADDRESS:88 Whitcomb Ave, 2nd fl}} | {{LOCATION:Burlington}} VT {{ZIP:05401}}
Patient: {{NAME:Anneliese Fairbrother}}   DOB: {{DATE:9 Oct 1990}}   Date: {{DATE:12 Mar 2024}}
Referring: {{NAME:Okonkwo, Chidinma}}, CNM ({{FACILITY:Champlain Women's Care}})
Ins: MVP, ID {{HEALTH_PLAN:MVP55920317-01}}   Auth {{ID:7720194}} (12 visits)
Hx: G2P2, SVD {{DATE:11/28/23}} w/ 2nd degree tear. SUI w/ running/jumping, occ urgency. Dyspareunia since resuming intercourse. Husband "{{NAME:Fitz}}" supportive.
Outcome measures: PFDI-20 118, FSFI 19.2, ICIQ-UI SF 11.
Obj: diastasis 2 fw at umbilicus. Ext: perineal scar mobile, mild TTP. Int (verbal consent, chaperone declined): PERF 2/5/6/8, Oxford 2, L levator ani TTP, relaxes after cueing. Knack poor.
A: SUI + pelvic floor myalgia, postpartum. Good rehab potential.
P: 1x/wk x8, biofeedback, down-training, graded dilators, core/breathing, Kegel progression.
{{NAME:Jocelyn Ames}}, PT, DPT, WCS   VT lic {{LICENSE:031.0134892}}`,
  `PFPT visit #4/12 - men's health
Pt: {{NAME:Gerald}} "{{NAME:Gerry}}" {{NAME:Ashby}}, 68, s/p RALP {{DATE:1/08/2025}} (Dr {{NAME:Takahashi-Moore}}, {{FACILITY:Pacific Crest Cancer Institute}}). Cath out POD#9. Path pT2 GG3, margins neg, PSA {{DATE:3/3}} <0.01.
Today {{DATE:3/14/25}}: 24-h pad wt 186 g (410 g on {{DATE:2/10}}). 3-4 pads/d, dribbles w/ sit->stand & golf swing. Nocturia x1. Erections: none yet; Cialis 5 mg daily (penile rehab), SHIM 6.
sEMG biofeedback (Prometheus Pathway MR-20, s/n {{DEVICE:PMR20-115842}}): resting 3.1 uV, MVC 18 uV (up from 11), 10-s holds x6, fatigue at 7 s.
Ex: quick flicks 10x3, "the knack" before cough, TrA co-contraction, sit-to-stand w/ PF precontraction. Discussed sling/AUS if plateau at 12 mo.
Wife {{NAME:Carole}} asked about pelvic floor class at {{FACILITY:Westlake Community Rec Center}}.
Next: {{DATE:Thu 3/20}}. {{NAME:R. Dhillon}}, PT / {{NAME:rd}}`,
  `UROGYNECOLOGY - {{FACILITY:Magnolia Women's Pelvic Health}}
{{DATE:Tuesday, October 8, 2024}}
Pt: Mrs. {{NAME:Euphemia Ladipo-Grant}}, {{AGE:94}}   MRN {{MRN:MWP-0048817}}   Medicare {{HEALTH_PLAN:5XK4TR7WA93}}
Accompanied by granddaughter {{NAME:Shanice}} from {{FACILITY:Oak Terrace Assisted Living}} ({{ADDRESS:1200 Oak Terrace Dr, Apt 214}}, {{LOCATION:Macon}}).
Pessary check q3mo. #4 ring w/ support in place since 2021. No bleeding, no discharge. Voiding ok, no retention sx.
POP-Q w/o pessary (last yr): Aa +1, Ba +2, C -3, Ap 0, Bp 0, gh 4, pb 2, TVL 8 - stage III anterior.
Exam: pessary removed, cleaned, reinserted. Mucosa: mild atrophy, no erosion (Sims speculum). Premarin 0.5 g twice wk continued.
A/P: stage III cystocele, doing well w/ pessary. Not a surgical candidate (CHF, EF 30%). RTC {{DATE:1/7/25}}.
{{NAME:M. Fontenot}}, MD, FPMRS   cc: Dr {{NAME:Hollis}}, fax {{FAX:478-555-0195}}`,
  `{{FACILITY:Eastside Sexual Health Clinic}} - walk-in  {{DATE:09/03/24}}
Client: {{NAME:Jaylen Moss-Whitaker}}  DOB {{DATE:06/19/2001}}  clinic # {{MRN:ESH-118402}}
he/him. Dysuria x3d + urethral d/c. Partners last 60 d: 3 male, 1 female; receptive + insertive anal, oral; condoms "sometimes". Last screen {{DATE:May 2024}} neg.
Exam: mucopurulent urethral d/c, no ulcers, no LAD. Rectal/pharyngeal NAAT swabs collected.
Gram stain: GNID present -> presumptive GC.
Tx: ceftriaxone 500 mg IM x1 + doxycycline 100 mg BID x7d (CT coverage). RPR, HIV 4th gen, HCV drawn.
Partner services: first names only - "{{NAME:Dre}}", "{{NAME:Mikey}}", {{NAME:Kayla R.}}; EPT x2 given.
Interested in PrEP -> warm handoff to {{NAME:Noor}} (PrEP navigator), {{PHONE:313-555-0121 x204}}.
Results by text to {{PHONE:313-555-0183}} (ok per client).
seen by {{NAME:Fatima Al-Sayegh}}, FNP | NAAT order {{ID:NA-0931-5527}}`,
  `PrEP refill - pharmacist visit (collaborative practice)
{{DATE:2024-10-15}} | {{NAME:Tran, Minh Duc}} | MRN {{MRN:6619420}} | DOB {{DATE:1996-04-02}}
Regimen: Descovy 200/25 mg daily (started {{DATE:2023-07-11}}). Adherence: misses ~1 dose/mo. No sx of acute HIV.
Labs {{DATE:10/10}}: HIV Ag/Ab NR, HIV RNA not detected, Cr 0.98 (CrCl 104), RPR NR, GC/CT NAAT urine/rectal/pharynx neg x3, HBsAb pos (immune).
Ins: Medi-Cal CIN {{HEALTH_PLAN:91877463A}}; no PA needed.
Refill: 90-day supply to {{FACILITY:Walden Specialty Pharmacy}}, Rx #{{ID:7719302}}.
Next labs due {{DATE:January 2025}}. Prefers portal + text ({{PHONE:510-555-0156}}). Counseled on doxy-PEP; will discuss w/ Dr {{NAME:Abrams-Lee}} at visit {{DATE:1/14/2025}}.
Pharmacist: {{NAME:Kwame Boateng}}, PharmD ({{EMAIL:kboateng@eastbaypharm.org}})`,
  `Patient portal - message thread
From: {{NAME:Daniel Ochoa}} <{{EMAIL:dochoa.runs@gmail.com}}>
Sent: {{DATE:Mon 2/17/2025 11:42 PM}}
To: {{FACILITY:Castro Street Health}} PrEP team
Subj: missed pills + labs??
hey so i was in {{LOCATION:Guadalajara}} visiting my abuela for 2 wks and ran out of my truvada around {{DATE:Feb 8}}. been back since {{DATE:2/15}}. do i just restart?? also had a "situation" {{DATE:2/12}} lol. my pharmacy is {{FACILITY:Mission Pharmacy}} on {{ADDRESS:2790 24th St}}
---
Reply {{DATE:2/18/2025 8:05 AM}} - {{NAME:Renata}}, RN:
Hi {{NAME:Daniel}}, thanks for telling us. The exposure on {{DATE:2/12}} was 6 days ago, so it's outside the 72-hour PEP window. Please come in for HIV Ag/Ab + RNA before restarting; walk-in lab M-F 8-4 at {{ADDRESS:470 Castro St, Ste 2}}. Don't restart until Dr {{NAME:Hamid}} reviews. The new Rx will go to {{FACILITY:Mission Pharmacy}}. - {{NAME:RP}}`,
  `SPERM BANK - CLIENT INTAKE (FERTILITY PRESERVATION / ONCOLOGY STAT)
{{FACILITY:Heritage Cryobank}} | {{ADDRESS:615 Commerce Pkwy, Bldg C}} | {{LOCATION:Overland Park}}, KS {{ZIP:66210}} | ph {{PHONE:913-555-0144}} fax {{FAX:913-555-0145}}
Client name: {{NAME:Brennan, Liam Patrick}}        Client #: {{ID:HC-DEP-20931}}
DOB: {{DATE:09/22/2007}}   Age: 16   Sex at birth: M
SSN: {{SSN:512-66-0193}}   Parent/guardian: {{NAME:Siobhan Brennan}} (mother), cell {{PHONE:816-555-0166}}
Referring oncologist: {{NAME:Eleanor Vasquez-Rudd}}, MD, {{FACILITY:Prairie Children's Hospital}}
Dx: Hodgkin lymphoma; chemo start {{DATE:08/01/2024}} - STAT, collect before.
Insurance: Aetna, member {{HEALTH_PLAN:W239557104}} (via mother); fertility preservation benefit pending.
Collection: on-site private room {{DATE:07/26/2024}}, 3 specimens planned. Minor assent + guardian consent signed. ID verified: mother's KS driver's license {{LICENSE:K08-44-9172}}.
Infectious disease panel drawn. Storage 10 vials; annual fee billed to acct {{ACCOUNT:HCB-550218}}.
Intake by {{NAME:Yolanda P.}}`,
  `RECIPIENT ORDER - DONOR SPERM
To: {{FACILITY:Pacific Northwest Donor Bank}}, orders fax {{FAX:206-555-0188}}
Recipient: {{NAME:Harriet Okoye}}  DOB {{DATE:04/11/1988}}  Partner: {{NAME:Samantha Lindgren}} ("{{NAME:Sam}}")
Physician: Dr. {{NAME:Ines Carvalho}}, {{FACILITY:Willamette Reproductive Medicine}}, NPI {{LICENSE:1659033184}}
Donor ID: {{ID:PNW-4471}} (ID-release donor)   Vials: 4 ICI   Ship to clinic by {{DATE:06/03/2025}}
Donor profile: CMV neg, O+, 6'1", Nigerian/Irish ancestry, grad student; adult photo on file {{PHOTO:PNW4471_adult_02.jpg}}.
Expanded carrier screen matched to recipient ({{DATE:5/2/25}}): no shared carrier status.
Invoice {{ACCOUNT:INV-0092217}}, paid in full.
Signatures: {{NAME:H. Okoye}} {{DATE:5/19/25}}; {{NAME:S. Lindgren}} {{DATE:5/19/25}}
Shipping: dry shipper #DS-22 (return within 7 d), FedEx tracking {{ID:7719 4420 8813}}
Received at clinic by: {{NAME:Trang}} (embryology) ____ date ____`,
  `{{DATE:March 4, 2025}}

{{NAME:Alexandra Petrov-Hayes}}, MD
Gender Affirming Surgery Program, {{FACILITY:Lakeside University Hospital}}
{{ADDRESS:1900 Harbor View Blvd, 6th Floor}}
{{LOCATION:Milwaukee}}, WI {{ZIP:53202}}

Re: {{NAME:Marisol}} "{{NAME:Mari}}" {{NAME:Quintanilla}} (name on insurance: {{NAME:Mario Quintanilla}})
DOB {{DATE:12/01/1994}}   MRN {{MRN:LU-33018846}}   Medicaid ID {{HEALTH_PLAN:4410937722}}

Dear Dr. {{NAME:Petrov-Hayes}},
I am referring Ms. {{NAME:Quintanilla}}, a 30-year-old trans woman, for consultation for penile-inversion vaginoplasty. She has persistent, well-documented gender dysphoria (F64.0), has lived in her affirmed gender since 2016 and has been on estradiol valerate 20 mg IM q2wk + spironolactone 100 mg since {{DATE:June 2018}}. Hair removal: 14 electrolysis sessions w/ {{NAME:Bethany Cruz}}, CPE. Her therapist, {{NAME:Olumide Adeyemi}}, PsyD, has sent a support letter. BMI 27, nonsmoker. She banked sperm at {{FACILITY:Heartland Cryo}} in 2018.
Please contact me at {{PHONE:414-555-0132}} or {{EMAIL:tkwiatkowski@riverwestfamily.org}}.
Sincerely,
{{NAME:Teresa Kwiatkowski}}, DO - {{FACILITY:Riverwest Family Health}}`,
  `DME ORDER - UROLOGICAL SUPPLIES
Vendor: {{FACILITY:Midwest Continence Supply}}  fax {{FAX:(515) 555-0168}}   Order # {{ID:MCS-2411-08872}}
Patient: {{NAME:DUBOIS, RAYMOND L}}   DOB {{DATE:10/05/1933}}   Age {{AGE:91}}
Address: {{ADDRESS:RR 2 Box 117}}, {{LOCATION:Pella}}, IA {{ZIP:50219}}   Ph {{PHONE:641-555-0109}}
Medicare MBI {{HEALTH_PLAN:7TW2QP9MM41}}; secondary Wellmark {{HEALTH_PLAN:WMK882104553}}
Dx: N31.9 neurogenic bladder, R33.9 retention; PVR 410 mL on {{DATE:11/12/24}}
Items:
 A4352 intermittent cath, Coude tip, 14 Fr, hydrophilic - 200/mo (CIC 5-6x/d)
 A4332 lubricant packets - 200/mo
 A4357 bedside drainage bag - 2/mo
Length of need: 99 mo (lifetime)
Coude justification: failed straight 14 Fr x2 in office (BPH, false passage risk)
Ordering: {{NAME:Nadia Farouk}}, MD  NPI {{LICENSE:1902847731}}  {{FACILITY:Raccoon River Urology}}
Signature date {{DATE:11/14/2024}}   Delivery contact: son {{NAME:Pete}}`,
  `TELEHEALTH VISIT (video) - Men's Sexual Health
Date/time: {{DATE:08/27/2024 16:10}}   Pt location: home, {{LOCATION:Bozeman}}, MT   Provider: clinic
Pt: {{NAME:Nakamura, Kenji}}  MRN {{MRN:BMH-7700418}}  ID verified w/ photo ID on camera
CC: ED x2 yr, worse since starting metoprolol.
SHIM 11 (mild-moderate). AM erections rare. No curvature/Peyronie's sx. Libido ok. Wife {{NAME:Ayaka}} aware of visit.
PMH: HTN, T2DM (A1c 7.9), OSA on CPAP. Meds: metoprolol 50, metformin 1000 BID. No nitrates.
A/P: vasculogenic ED, multifactorial. Start tadalafil (Cialis) 5 mg daily; if inadequate 20 mg prn. AM testosterone, lipids. Ask PCP Dr {{NAME:Hargrove}} re switching BB.
Rx to {{FACILITY:Gallatin Valley Pharmacy}}, {{PHONE:406-555-0111}}. F/u video {{DATE:9/24}}.
Platform session ID {{ID:884317702219}}; pt IP {{IP:203.0.113.86}}
22 min, telehealth consent documented. - {{NAME:Whitfield}}, PA-C`,
  `PHONE ENCOUNTER - lab callback
{{DATE:6/4/2024}} 1415   caller: {{NAME:L. Abernathy}}, LPN
Called pt {{NAME:Hector Villanueva-Soto}} @ {{PHONE:915-555-0135}} re PSA drawn {{DATE:5/30}} at {{FACILITY:Sunbelt Diagnostic Labs}}.
Result: PSA 7.8 ng/mL (4.1 in {{DATE:May 2023}}), free PSA 9%. UA neg.
No answer, LVM x1; reached pt on 2nd attempt at 1440, identity confirmed w/ DOB {{DATE:2/2/1958}}.
Per Dr. {{NAME:Benavides}}: repeat PSA in 6 wk (no ejaculation or cycling 48 h prior), prostate MRI if still >4. Pt worried - father {{NAME:Ramon}} died of prostate ca at 71. Reassured; MRI order placed, order # {{ID:ORD-5581029}}.
Pt asks that results go to daughter {{NAME:Marisela}}; HIPAA release on file? NO -> pt will sign at next visit.
Spanish preferred; interpreter {{NAME:Ruben}} #{{ID:40917}} used for entire call.
Routed to {{NAME:Benavides}} / {{NAME:Gloria}} (scheduler) for MRI at {{FACILITY:Franklin Mountain Imaging}}.`,
  `sti lab callback log - {{FACILITY:Westside Family Planning}}
{{DATE:11/21}} 0930 - pt {{NAME:Keisha Brown}} (dob {{DATE:3/14/03}}, chart {{MRN:WFP88210}}): CT NAAT + (vaginal swab {{DATE:11/18}}), GC neg, trich neg. called cell {{PHONE:404-555-0187}} - vm full. portal msg sent.
{{DATE:11/21}} 1125 - pt {{NAME:D. Achebe}} (chart {{MRN:WFP90377}}): syphilis EIA reactive, RPR 1:32, TPPA pending. called {{PHONE:404-555-0199}}, appt tmrw 0800 for Bicillin L-A 2.4 MU IM. DIS {{NAME:Marcus Hill}} ({{LOCATION:DeKalb Co}}) aware, case # {{ID:SY-24-06618}}.
{{DATE:11/21}} 1610 - {{NAME:keisha}} returned call. doxy 100 bid x7 sent to {{FACILITY:Ponce Corner Pharmacy}}. EPT for partner "{{NAME:Tay}}" (doesn't know last name) - she'll pick up. abstain 7 d after both treated. retest 3 mo ~ {{DATE:2/21/25}}.
{{DATE:11/22}} 0805 - {{NAME:achebe}} no-show. 2nd call, LVM. letter to {{ADDRESS:1188 Glenwood Ave SE, Apt 3}}, {{LOCATION:Atlanta}} {{ZIP:30316}}. DIS updated.
-{{NAME:tw}}`,
  `Peyronie's disease - Xiaflex series
{{NAME:Brandt, Wolfgang}} | 58 | MRN {{MRN:000558271}} | {{DATE:23.09.2024}}
Cycle 2, inj #1 (CCH 0.58 mg, lot 1170453, exp 2026-03) into dorsal plaque at point of max curvature.
Baseline (ICI trimix 0.1 mL, {{DATE:07/15/2024}}): 55 deg dorsal curvature, no hourglass, SPL 13.5 cm. Pt brought home photos - not uploaded.
Modeling + traction device 30 min/d.
Post-inj: mild ecchymosis, no hematoma. Counseled: no intercourse 4 wk; watch for corporal rupture (pop + detumescence -> ED).
Inj #2 {{DATE:26.09.2024}}, then f/u {{DATE:11/4}}.
Wife {{NAME:Ute}} calls often - ok to discuss per form. Contact {{PHONE:(303) 555-0177}}, {{EMAIL:w.brandt@brandt-feinmechanik.com}}.
Pt owns {{FACILITY:Brandt Feinmechanik}} (machine shop); wants a work note for 2 d.
Dr {{NAME:Caldwell-Ibe}} / MA {{NAME:Josie}}`,
  `UROLOGY CONSULT - ED, {{FACILITY:Gulf Coast Regional Medical Center}}
{{DATE:02/09/2025 02:14}}   paged by Dr {{NAME:Thibodeaux}} (ED) x{{PHONE:4417}}
Pt: {{NAME:LEBLANC, JOSEPH A}} "{{NAME:JOJO}}"   MRN {{MRN:GCR-01178843}}   from {{LOCATION:Breaux Bridge}}, brought by neighbor
62M, poorly controlled DM (A1c 12.1), 4 d scrotal pain/swelling, now crepitus L hemiscrotum extending to perineum, skin necrosis 3x4 cm. T 39.2, HR 124, BP 92/58, lactate 4.1, WBC 27, Na 129, glc 412. LRINEC 9.
CT: subcutaneous gas tracking to L inguinal canal; testes appear spared.
Imp: Fournier's gangrene.
Plan: emergent OR for wide debridement w/ gen surg (Dr {{NAME:Nguyen-Broussard}}); vanc + pip-tazo + clinda. Foley 16 Fr placed by ED. Consent from pt; sister {{NAME:Claudette}} at bedside ({{PHONE:337-555-0142}}).
Posted OR 4, case # {{ID:OR25-01193}}. Will likely need SPT / diverting colostomy discussion later.
{{NAME:A. Prudhomme}}, MD (urology on call)  {{DATE:02/09/2025 02:51}}`,
  `KIDNEY STONE PREVENTION CLINIC
{{NAME:Svetlana Morozova}}, 47F, recurrent CaOx stones (5th episode since 2015). Visit {{DATE:3-12-2025}}. MRN {{MRN:SPC-4421907}}.
Stone analysis ({{DATE:1/28/25}}, {{FACILITY:Stonegate Analytical}}): 80% CaOx monohydrate / 20% CaP.
24-h urine (coll. {{DATE:2/19-2/20/25}}): vol 1.3 L, Ca 298 mg, Ox 52 mg, Cit 210 mg, UA 0.6 g, Na 240 mEq, SS CaOx 9.8.
Serum: Ca 9.7, PTH 41, 25-OH D 28, K 3.9, HCO3 24.
A: hypercalciuria, hyperoxaluria, hypocitraturia, low volume.
P: fluids for UOP >2.5 L, Na <2300 mg, HCTZ 25 mg daily, K citrate 20 mEq BID, normal Ca diet, oxalate handout. Repeat 24-h urine in 3 mo - kit mailed to {{ADDRESS:3317 Birchwood Ln}}, {{LOCATION:Naperville}} IL {{ZIP:60564}}.
Works nights at {{FACILITY:Fox Valley Distribution Center}}, hard to hydrate - work letter given.
Husband {{NAME:Pavel}}. Pt email {{EMAIL:smorozova77@outlook.com}}.
- {{NAME:Okafor}} / {{NAME:jt}}`,
  `Secure chat export - "Uro on call" - {{FACILITY:Mercy Valley Hospital}}
[{{DATE:07/04/2024 22:41}}] ED Dr. {{NAME:Priyanka Shah}}: 44F rm 17, L 7 mm UVJ stone w/ mod hydro, T 38.9, WBC 18, UA nitrite+ >50 WBC. BP soft 98/60 after 2L.
[{{DATE:07/04/2024 22:44}}] {{NAME:Koenig}} (uro PGY3): infected obstructed stone -> decompress tonight. Blood/urine cx, CTX 1 g. IR or us?
[22:46] Dr. {{NAME:Shah}}: IR said 1am earliest
[22:47] {{NAME:Koenig}}: we'll do cysto L stent in OR, calling Dr {{NAME:Halloran}}. NPO. name/MRN pls
[22:48] Dr. {{NAME:Shah}}: {{NAME:Jessamyn Tolliver}}, {{MRN:MV01928834}}. husband {{NAME:Cody}} at bedside, cell {{PHONE:865-555-0148}}
[23:02] {{NAME:Koenig}}: consented. OR 6, case {{ID:C-2024-118874}}. no lithotripsy tonight, stent only, definitive URS in 2-3 wk.
[{{DATE:07/05/2024 00:31}}] {{NAME:Koenig}}: stent in, 6x24, pus drained, cx sent. Foley in. to step-down {{FACILITY:Whitaker 4}}.`,
  `Patient Portal - Message
From: {{NAME:Ahmad Rahimi}} (patient)   MRN {{MRN:88120457}}
Date: {{DATE:Sep 12, 2024, 7:03 AM}}
Subject: stent string came out??
Hi, this is {{NAME:Ahmad}}, had surgery w/ Dr. {{NAME:Wexler}} on {{DATE:9/10}}. I think the string from the stent came off in the shower. I still pee a little blood and it burns. Was I supposed to pull it on {{DATE:9/13}}? My wife {{NAME:Leila}} says call but the line is busy. Cell {{PHONE:(571) 555-0193}}.
---
Reply - {{NAME:Christine Yoder}}, RN, {{FACILITY:Potomac Stone & Urology}} - {{DATE:09/12/2024 08:16}}
Mr. {{NAME:Rahimi}}, blood and burning are normal with a stent. If the string came off, the stent is still in and we'll remove it in clinic with a quick cystoscopy - booked {{DATE:Mon 9/16}} 10:30 at our office, {{ADDRESS:8320 Arlington Blvd, Ste 410}}, {{LOCATION:Fairfax}}. Please don't try to pull it. Call for fever >101, can't pee, or severe pain: {{PHONE:703-555-0100}} (after hours press 2). Keep taking Flomax and Pyridium.`,
  `TRANSPERINEAL MRI-FUSION PROSTATE BIOPSY
DOS {{DATE:10/22/24}} | {{FACILITY:Blue Ridge Urology}}, {{LOCATION:Asheville}} | proc room 2
Pt {{NAME:Thaddeus Okonjo-Bright}} (goes by "{{NAME:Ted}}"), 66, MRN {{MRN:BRU-662019}}
Indication: PSA 6.4 (PSAD 0.13); MRI {{DATE:9/30/24}}: PI-RADS 4 R apex TZ/AFS 9 mm + PI-RADS 3 L mid PZ.
Perineal block + periprostatic local; no abx ppx (TP).
US: BK bk3000 w/ probe E14C4t, s/n {{DEVICE:BK3-27719}}; fusion platform s/n {{DEVICE:FPX-0041185}}.
Cores: 12 systematic + 3 targeted ROI-1 + 2 targeted ROI-2 = 17. To {{FACILITY:Mountain Pathology Group}}, accession {{ID:SP24-39917}}.
EBL minimal. Perineal gauze. Discharged w/ husband {{NAME:Graham}} driving.
Instr: hematuria/hematospermia expected for weeks; hold aspirin 3 d; call {{PHONE:828-555-0151}} for fever or retention.
Results visit {{DATE:Nov 5}} (or portal). - {{NAME:Yusuf Demir}}, MD; RN {{NAME:P. Lowery}}`,
  `{{FACILITY:Blue Ridge Urology}}
{{DATE:November 6, 2024}}
To: Dr. {{NAME:Celeste Amankwah}}, Radiation Oncology, {{FACILITY:Appalachian Cancer Center}}, fax {{FAX:828-555-0126}}
Re: {{NAME:Thaddeus Okonjo-Bright}}, DOB {{DATE:04/17/1958}}

Dear {{NAME:Celeste}},
Thank you for seeing Mr. {{NAME:Okonjo-Bright}}. Transperineal bx {{DATE:10/22}} (acc. {{ID:SP24-39917}}) showed Gleason 4+3=7 (Grade Group 3) in 4/17 cores incl. both targets, max 60%, PNI present; PI-RADS 4 lesion at the R apex. PSA 6.4. PSMA PET {{DATE:11/1}}: no nodal or osseous disease. Unfavorable intermediate risk.
He's weighing RALP vs EBRT/SBRT + 4-6 mo ADT. IPSS 8, SHIM 21, gland 48 cc, no IBD, no prior TURP. He'd like to meet you before his trip to {{LOCATION:Accra}} on {{DATE:12/10}}.
His husband {{NAME:Graham Whitlock}} may call ({{PHONE:828-555-0173}}).
Best,
{{NAME:Yusuf Demir}}, MD
{{NAME:YD}}/{{NAME:tb}}`,
  `{{DATE:15 January 2025}}

Mr. {{NAME:Francis X. Mulcahy}}
{{ADDRESS:47 Fenwick Road}}
{{LOCATION:Quincy}}, MA {{ZIP:02169}}

Dear Mr. {{NAME:Mulcahy}},
Your PSA on {{DATE:January 8}} was 5.2 ng/mL, stable compared with 5.0 six months ago and 4.9 a year ago. Your confirmatory MRI ({{DATE:12/19/2024}}) showed no new PI-RADS 4 or 5 lesion; the known PI-RADS 3 area is unchanged at 6 mm. Your low-risk (Gleason 3+3=6, Grade Group 1) prostate cancer remains suitable for active surveillance.
Plan: PSA every 6 months (next in {{DATE:July 2025}}), MRI in 12-18 months, surveillance biopsy in 2026.
We noted the new finasteride from Dr. {{NAME:Pham}}; it lowers PSA by about half, so we will double the value when we read it.
To speak with someone, call our nurse navigator {{NAME:Oonagh Reilly}} at {{PHONE:617-555-0158}}.
Sincerely,
{{NAME:Benjamin Adeyemi-Stone}}, MD, {{FACILITY:Neponset Urology Group}}
MRN {{MRN:NUG-0034512}} | cc: PCP`,
  `hypogonadism f/u - {{DATE:05.06.2024}}
{{NAME:reggie}} ({{NAME:reginald}}) {{NAME:fontaine}} 52m  mrn {{MRN:4401-227-9}}
on testosterone cypionate 100 mg IM weekly (self-inj), started {{DATE:11/2023}}. feels better, libido up, shim 17 (was 12).
labs {{DATE:5/1}}: TT trough 512, free T 11.2, hct 51.8 (!), psa 1.1 (was 0.9), e2 38, lh suppressed.
a/p: hct >50 -> reduce to 80 mg weekly, recheck 6 wk; if >54 hold + phlebotomy. snores per wife {{NAME:gabrielle}} -> sleep study at {{FACILITY:Bayou Teche Sleep Center}}.
fertility not a goal - vasectomy 2010. ok on T.
PDMP checked. Rx (C-III) to {{FACILITY:Acadiana Compounding Pharmacy}}, DEA on rx {{LICENSE:BF4829173}}.
sharps mail-back kit to {{ADDRESS:902 Rue Chartres}}, {{LOCATION:Lafayette}} {{ZIP:70501}}.
next labs {{DATE:6/17}}. - dr. {{NAME:m. guidry}}`,
  `PROCEDURE: onabotulinumtoxinA (Botox) 100 U intradetrusor - office cystoscopy
{{NAME:Pereira, Maria da Conceicao}} | DOB {{DATE:02/28/1959}} | MRN {{MRN:CCU00918823}} | {{DATE:02/03/2025}}
Dx: refractory OAB w/ UUI (N32.81). Failed oxybutynin (dry mouth, confusion), Myrbetriq 50, Gemtesa 75; PTNS x12 partial response. Diary: 14 voids/d, 4 UUI/d. PVR 35.
Pre: UA/cx neg ({{DATE:1/27}}). Counseled: CIC risk ~5-6%, UTI ~15%, lasts 6-9 mo. CIC teaching done w/ {{NAME:Hyun-woo}} RN.
Procedure: lidocaine 2% instillation 20 min; flex cysto; 20 injections x 0.5 mL (5 U each) sparing trigone. Lot C8821A3 exp 10/2026. Minimal bleeding.
Voided before d/c. PVR check {{DATE:2/17}}.
Prior auth {{ID:BTX-PA-449102}} approved through {{DATE:08/01/2025}}.
Daughter {{NAME:Fernanda}} interpreting (Portuguese); pt declined staff interpreter.
Dr. {{NAME:Abimbola Coker}}, {{FACILITY:Coastal Continence Urology}}`,
  `SNM (InterStim) - device check / reprogram
Pt: {{NAME:Winifred Osei-Bonsu}}   {{AGE:90}} y/o   MRN {{MRN:312-884-01}}
Visit {{DATE:Wed 4/9/25}}, clinic rm 12
Device: InterStim Micro INS model 97810, serial {{DEVICE:NLT801044H}}; lead 978B1, serial {{DEVICE:TLU330712V}}. Implanted {{DATE:03/21/2022}} by Dr {{NAME:Hassanpour}} at {{FACILITY:Fairmont Surgical Pavilion}}.
Clinician programmer tablet CP-07 used.
Sx: urgency incontinence back x3 wk; had been 80% better. Recharges weekly w/ help of grandson {{NAME:Kofi}}.
Impedances normal. Program 1 (0+ 1- / 14 Hz / 210 us) at 1.2 mA -> sensation only at 2.0. Switched to program 3 (1+ 2-), 1.4 mA, perineal/vaginal sensation.
Plan: trial 3 wk, call {{PHONE:304-555-0161}} w/ voiding diary. MRI-conditional card updated.
{{NAME:N. Hassanpour}} / company rep {{NAME:Devon}}`,
  `OP NOTE - AMS 800 artificial urinary sphincter
{{NAME:Yevgeny Sokolov}}, 71M   MRN {{MRN:4190227}}   DOS {{DATE:18 Feb 2025}}
{{FACILITY:Kingsbridge Memorial Hospital}} OR 9
Surgeon {{NAME:Aurelia Mbeki}}, MD; assist {{NAME:T. Park}}, MD (res)
Ind: severe SPI after RALP 2021 (7 pads/d, 24-h pad 650 g), failed PFPT x9 mo (therapist {{NAME:Lorna}} at {{FACILITY:Bronx Pelvic Rehab}}); cysto {{DATE:1/7/25}}: no BNC, no stricture.
Implants: cuff 4.5 cm s/n {{DEVICE:CF-72044811}}; PRB 61-70 cmH2O s/n {{DEVICE:PRB-33190547}}; pump s/n {{DEVICE:CPM-88104266}}.
Findings: urethral circumference 4.3 cm. Perineal cuff; reservoir in space of Retzius via inguinal incision; pump in R hemiscrotum.
Deactivated at end. Foley 12 Fr overnight. Activation at 6 wk ({{DATE:4/1/25}}).
Wife {{NAME:Galina}} ({{PHONE:718-555-0127}}) updated in waiting room. D/c POD#1.
{{NAME:AM}}/{{NAME:sk}}`,
  `INFLATABLE PENILE PROSTHESIS (3-piece) - implant log
Pt {{NAME:Darnell Whitcomb Jr.}}   MRN {{MRN:PV2200381}}   {{DATE:2024-12-03}}   {{FACILITY:Pontchartrain Surgical Hospital}}
Coloplast Titan Touch 20 cm + 1 cm RTE; reservoir 125 mL
Cylinders: L s/n {{DEVICE:TT20-8841027}}, R s/n {{DEVICE:TT20-8841028}}; pump s/n {{DEVICE:TTP-0571932}}; reservoir s/n {{DEVICE:RSV-3302918}}
Ind: post-RALP ED refractory to Cialis 20, Viagra 100 and ICI (trimix); SHIM 4. Hx Peyronie's 20 deg, modeled intraop to <10 deg. N52.31.
Penoscrotal approach. Surgeon: {{NAME:Ravindra Subramaniam}}, MD
Post-op: partially inflated 24 h, mummy wrap, Foley out AM. Cycling teaching at 4 wk, {{DATE:1/2/25}}.
Device ID card mailed to {{ADDRESS:5519 Gentilly Blvd}}, {{LOCATION:New Orleans}} {{ZIP:70122}}.
Partner {{NAME:Monique}} at pre-op counseling {{DATE:11/19}}.`,
  `HOME HEALTH SKILLED NURSING VISIT - SPC change
Agency: {{FACILITY:Three Rivers Home Care}}   Visit {{DATE:08/19/2024}} 1030-1115
Pt: {{NAME:Abernathy-Cole, Walter}}   {{AGE:96}}M   Chart {{MRN:TRH-00428}}   Medicare {{HEALTH_PLAN:2HR7-YU4-KD18}}
Address: {{ADDRESS:2810 Shady Hollow Rd}}, {{LOCATION:Beaver Falls}}, PA {{ZIP:15010}}
SPC 16 Fr silicone, last changed {{DATE:7/22}}. Site: healed tract, scant crusting, no erythema. Changed to new 16 Fr, 10 mL sterile water balloon; clear yellow urine 250 mL returned. Leg bag days, night bag.
Supplies from {{FACILITY:Keystone Medical Supply}} - low on leg bags, reorder # {{ID:KMS-559012}}.
Caregiver: daughter-in-law {{NAME:Renee}} ({{PHONE:724-555-0136}}), does site care well.
Urology (Dr {{NAME:Farkas}}) notified of 2 UTI-like episodes since June - no cx obtained.
Next change {{DATE:9/19/24}}.
{{NAME:Paula Szymanski}}, RN`,
  `FAX - {{FACILITY:Willow Creek Nursing & Rehab}}
To: Dr. {{NAME:Osterhout}}, urology   Fax: {{FAX:920-555-0102}}
From: {{NAME:Kendra}}, RN Unit Mgr, {{FACILITY:Birch Unit}}   Ph: {{PHONE:920-555-0117 ext 3}}
Date: {{DATE:1/6/2025}}   Pages: 2
RE: {{NAME:Lindqvist, Astrid M.}}   {{AGE:99}} yo F   DOB {{DATE:08/30/1925}}   Rm 212-B
Request: order clarification, chronic Foley (urinary retention; sacral pressure injury stage 3).
Current: Foley 18 Fr, 10 mL balloon, change q30d + PRN. Last change {{DATE:12/20}}. Bypassing since {{DATE:1/3}}, sediment ++.
Q: 1) ok to upsize to 20 Fr? 2) switch to Coude (resistance last time)? 3) UA/cx only if symptomatic per stewardship?
POA son {{NAME:Nils}} requests phone update: {{PHONE:920-555-0131}}.
Physician response: 18 Fr Coude, no upsizing. UA only if sx. Bladder irrigation not indicated. - {{NAME:JO}} {{DATE:1/6/25}}`,
  `RECON UROLOGY CONSULT   {{DATE:10/29/2024}}
{{NAME:Sione Taufa}}, 38M, MRN {{MRN:KQ-7730114}}, referred by Dr. {{NAME:Kealoha}} ({{FACILITY:Windward Urgent Care}}); lives in {{LOCATION:Kaneohe}}.
Hx: straddle injury off a ladder at work ({{FACILITY:Pacific Roofing & Sheet Metal}}) {{DATE:3/2023}}. DVIU x2 ({{DATE:6/2023}}, {{DATE:1/2024}}) + self-dilation; recurrent weak stream. Qmax 6 mL/s, PVR 120. AUA-SI 24.
RUG/VCUG {{DATE:10/14/24}}: 2 cm bulbar stricture, no fistula, no false passage.
Plan: EPA bulbar urethroplasty, buccal graft as backup. Pre-op cysto. Dental eval ok.
Wife {{NAME:Mele}}, 4 kids. Needs 4-6 wk off roofing - FMLA forms to HR fax {{FAX:808-555-0119}}.
Ins: HMSA member {{HEALTH_PLAN:HMA0044829102}}.
Contact {{PHONE:808-555-0194}}. Surgery tentatively {{DATE:Dec 12}}. - {{NAME:K. Nakoa}}, MD`,
  `IC/BPS follow-up - {{FACILITY:Hollins Women's Pelvic Pain Center}}
{{NAME:Desiree}} "{{NAME:Dee}}" {{NAME:Castellano}}, 41F, MRN {{MRN:HW-209917}}, {{DATE:Aug. 14, 2024}}
Sx: frequency 16/d, nocturia 3, suprapubic pain 7/10 w/ filling, relieved by voiding; flares w/ coffee, citrus. ICSI 15 / ICPI 14, PUF 21.
Hx: cysto + hydrodistension {{DATE:5/2/24}} (Dr {{NAME:Pruitt}}): Hunner lesion x1 posterior wall, fulgurated; glomerulations. MBC 750 mL.
Meds: amitriptyline 25 qhs, hydroxyzine 25 qhs. Elmiron stopped (maculopathy risk) - baseline OCT done at {{FACILITY:Roanoke Eye Associates}}.
Plan: weekly DMSO/heparin/lidocaine instillations x6 starting {{DATE:8/21}}; PFPT w/ {{NAME:Marisa}} for levator myalgia; consider triamcinolone into lesion if recurs.
Portal: {{EMAIL:dee.castellano@yahoo.com}}; cell {{PHONE:540-555-0137}}.
{{NAME:H. Pruitt}}, MD`,
  `rUTI clinic - {{DATE:4/2/25}}
{{NAME:Bridget O'Shaughnessy}}, 67F, MRN {{MRN:55093318}}, PCP Dr {{NAME:Amadi}} ({{FACILITY:Clearwater Internal Medicine}})
Cx history:
 {{DATE:10/3/24}}   E. coli >100K   R: TMP-SMX, cipro   S: nitrofurantoin, fosfomycin
 {{DATE:12/18/24}}  E. coli >100K   same pattern
 {{DATE:2/26/25}}   Klebsiella pneumoniae 50-100K   S: nitrofurantoin
Exam: GSM, no prolapse beyond hymen. PVR 20. Renal US {{DATE:3/10/25}} nl.
Plan: vaginal estradiol cream 0.5 g 2x/wk, methenamine hippurate 1 g BID, post-coital nitrofurantoin 100 mg (partner {{NAME:Desmond}}), self-start cx kit. No cranberry needed.
Rx to {{FACILITY:Bayshore Pharmacy}} {{PHONE:727-555-0104}}. Pt prefers calls at home {{PHONE:727-555-0192}}.
f/u 6 mo. - {{NAME:Iwona Zielinska}}, NP`,
  `{{FACILITY:HIGHLAND PARK UROLOGY}}
{{ADDRESS:1420 Sheridan Rd, Suite 3B}} - {{LOCATION:Highland Park}}, IL {{ZIP:60035}} - T {{PHONE:847-555-0120}} - F {{FAX:847-555-0121}}

{{DATE:May 28, 2024}}
Dr. {{NAME:Miriam Feldstein-Oduya}}
{{FACILITY:North Shore Primary Care}}

RE: {{NAME:GOLDBLATT, SEYMOUR}}   DOB {{DATE:06/11/1932}} ({{AGE:91}} y)   MRN {{MRN:HPU-118204}}

Dear {{NAME:Miriam}},
I saw Mr. {{NAME:Goldblatt}} on {{DATE:5/21}} for gross hematuria x2 episodes on apixaban. CT urogram {{DATE:5/14/24}}: 2.4 cm enhancing mass at the L lateral wall, no hydronephrosis, upper tracts clear. Office cystoscopy showed a papillary tumor L lateral wall, ~2.5 cm. Urine cytology atypical.
Plan: TURBT w/ single-dose intravesical gemcitabine at {{FACILITY:Lake County Surgical Center}} on {{DATE:6/6}}. Apixaban held 48 h (cleared by his cardiologist, Dr. {{NAME:Ruiz}}). He wants his son {{NAME:Aaron}} involved; Aaron is his HCP ({{PHONE:312-555-0165}}).
Despite his age he is independent, walks daily, and wants treatment.
Warm regards,
{{NAME:Tomasz Wierzbicki}}, MD
{{NAME:TW}}:{{NAME:lk}}`,
  `MyChart message
From: {{NAME:Lorraine Pettigrew}} (proxy for {{NAME:Harold Pettigrew}}, MRN {{MRN:07734219}})
{{DATE:Sat 11/30/2024 6:12 PM}}
to Dr {{NAME:Eze}}'s nurse
Dad's foley has not drained since about 3 pm, his belly is hard and he is moaning. The home nurse ({{NAME:Bev}} from {{FACILITY:Riverview Home Health}}) can't come til Monday. The bag is a new kind from the supply company ({{FACILITY:Keystone Medical Supply}}?) and the tube looks kinked?? He is {{AGE:92}} and he can't tell me whats wrong. we are at his house {{ADDRESS:77 Orchard Lane}} {{LOCATION:Tarentum}}. my cell {{PHONE:412-555-0178}}
----
Auto-reply: messages are not monitored on weekends. If this is an emergency, call 911.
----
{{DATE:12/2/2024 07:48}} {{NAME:Sam Okafor}}, RN: Called {{NAME:Lorraine}} - pt was taken to {{FACILITY:Harmar Regional ED}} Sat night, catheter replaced (clot retention, 900 mL drained), home Sun. Kinked tubing + clot. Scheduled w/ Dr {{NAME:Eze}} {{DATE:12/5}} for cysto.`,
  `TELEHEALTH - PrEP START (audio+video)
{{DATE:2025-01-08}} 09:30 | provider in clinic, pt in car (parked) in {{LOCATION:Tallahassee}}
{{NAME:Desmond Achterberg-Lowe}}, 27, cis M, MSM. MRN {{MRN:TCH-5549120}}. Ins: Florida Blue {{HEALTH_PLAN:FLB H55219037}}.
Risk: condomless receptive anal sex, 2 partners/3 mo; rectal GC {{DATE:Oct 2024}} treated at {{FACILITY:Frenchtown Community Clinic}}.
Baseline labs drawn {{DATE:1/6/25}} at {{FACILITY:Capital Lab Services}}: HIV Ag/Ab NR, RNA pending, Cr 1.02, HBsAg neg / anti-HBs neg -> vaccinate, HCV neg, RPR NR, UA nl.
Plan: Descovy 200/25 daily once RNA neg (Rx held). Heplisav dose 1 at lab. Discussed injectable CAB-LA - prefers pills for now. Follow-up 30 d then q3mo.
Pt email {{EMAIL:dez.lowe@icloud.com}}; text ok {{PHONE:850-555-0145}}.
Session log: {{ID:VS-20250108-77341}}, client IP {{IP:192.0.2.144}}, duration 18 min.
{{NAME:Joanna Mbatha}}, APRN`,
  `DOXY-PEP visit / STI screen
{{NAME:Oliveira, Thiago}} (he/him)   DOB {{DATE:1990-12-03}}   {{DATE:03/27/2025}}   clinic # {{MRN:SFA-40118}}
On PrEP (Truvada) since 2021 via {{FACILITY:Magnolia Street Community Clinic}}. 2 bacterial STIs in past 12 mo (syphilis {{DATE:6/2024}}, CT {{DATE:1/2025}}).
Screen today: 3-site NAAT, RPR (last 1:4 after tx, was 1:64), HIV Ag/Ab.
Doxy-PEP: doxycycline 200 mg within 72 h after condomless sex, max 200 mg/24 h; counseled photosensitivity, esophagitis, no effect on HIV; gonorrhea resistance concerns.
Rx #{{ID:3390177}} doxy 100 mg #60 to {{FACILITY:Hillcrest Pharmacy}}.
Partner {{NAME:Luca}} (also on PrEP, seen by Dr {{NAME:Feinberg}}) - pt will share info.
Pt traveling to {{LOCATION:Lisbon}} {{DATE:4/10-4/24}}; extra supply ok'd.
Contact: {{PHONE:619-555-0133}}; {{EMAIL:thiago.oliv@hotmail.com}}
{{NAME:Nkechi Uzor}}, MD`,
  `ED NOTE - nPEP   {{FACILITY:St. Wenceslaus Emergency Dept}}   {{DATE:07/13/2024 03:20}}
Pt: {{NAME:Morgan Haverford}}, 24F   MRN {{MRN:SA-88210943}}
Sexual assault ~0030 tonight (within 3 h), by an acquaintance ("{{NAME:Tyler}}", surname unknown). SANE {{NAME:Roxanne Diggs}}, RN paged x{{PHONE:6120}}; pt consents to exam + evidence kit, declines police report for now (can decide later, kit held).
Kit # {{ID:SAK-24-00719}}.
Labs: HIV Ag/Ab, HBsAg/anti-HBs, HCV, RPR, hCG neg, CMP.
Given: Biktarvy 1 tab (28-d course: 5-d starter pack + Rx), ceftriaxone 500 mg IM, doxycycline 100 BID x7d, metronidazole 2 g, levonorgestrel 1.5 mg, HBV vaccine #1, Tdap n/a.
F/u: ID clinic {{DATE:7/16}} w/ Dr {{NAME:Amara Nwosu}}; advocate from {{FACILITY:Lantern House Crisis Center}} ({{PHONE:610-555-0181}}) at bedside.
Roommate {{NAME:Jess}} will drive pt home. Pt's safe number: {{PHONE:610-555-0140}}.
{{NAME:D. Ostrowski}}, MD`,
  `INTERVIEW RECORD - SYPHILIS PARTNER SERVICES
DIS: {{NAME:R. Castillo}} | Interview {{DATE:01-22-2025}} at {{FACILITY:Rio Grande Valley Sexual Health Center}} | case {{ID:TX25-SY-00231}}
Original patient (OP): {{NAME:GUERRERO, ADRIAN}} DOB {{DATE:04-09-1997}} | dx secondary syphilis {{DATE:1/17/25}}, RPR 1:128 | Tx: Bicillin L-A 2.4 MU {{DATE:1/18}}
Residence: {{ADDRESS:2209 W Nolana Ave Apt 14}}, {{LOCATION:McAllen}} {{ZIP:78504}} | cell {{PHONE:956-555-0175}}
Interview period: 7 mo (~{{DATE:6/17/24}} on).
Partners named:
 1) "{{NAME:Chuy}}" - M, ~30, met on app (handle {{ID:chuy_rgv_22}}), works at {{FACILITY:La Fogata Taqueria}}
 2) {{NAME:Valeria M.}} - F, 25, {{LOCATION:Edinburg}}, ph {{PHONE:956-555-0116}}
 3) anon partner, {{LOCATION:Reynosa}}, no locating info
Clusterees: brother's friend "{{NAME:Pollo}}" (suspect).
Field visit 1 {{DATE:1/24}}: partner 2 located, tested, treated prophylactically.
- {{NAME:RC}}`,
  `ANAL CANCER SCREENING / HRA
{{NAME:Kwabena Asante-Mills}}   MRN {{MRN:ACS-30019821}}   DOS {{DATE:Thursday, February 20, 2025}}
52M, HIV since 2003 (VL undetectable, CD4 610 on Biktarvy), MSM. Anal cytology {{DATE:12/2024}}: HSIL; hrHPV 16 +.
HRA (Dr {{NAME:Lucienne Barrow}}, {{FACILITY:Midtown Anal Neoplasia Clinic}}): 3% acetic acid + Lugol's. Lesion R posterior at dentate line, coarse punctation, ~8 mm. Bx x2 -> {{FACILITY:Dermpath Associates}} acc {{ID:DP25-18044}}.
Plan: if HSIL -> IRC ablation at next visit. Continue q6mo per ANCHOR-informed protocol.
Husband {{NAME:Terrence}} waiting. Emergency contact {{PHONE:212-555-0170}}. HIV care at {{FACILITY:Chelsea Positive Health}} w/ Dr {{NAME:Oyama}}.
Photos of lesion stored in HRA system (no face). ICD-10 R85.612, Z21.
{{NAME:LB}}/{{NAME:cm}}`,
  `PRIOR AUTHORIZATION REQUEST - bilateral orchiectomy (gender-affirming)
Member: {{NAME:Noelani Kahananui}}   DOB {{DATE:08/19/1986}}   Member ID {{HEALTH_PLAN:UHC 948330271}}
Requesting surgeon: {{NAME:Ji-hoon Bae}}, MD, {{FACILITY:Bay Urology Partners}}, NPI {{LICENSE:1376558420}}, ph {{PHONE:415-555-0153}}, fax {{FAX:415-555-0154}}
CPT 54520 x2, dx F64.0. Facility: {{FACILITY:Mission Bay Ambulatory Surgery}}. Proposed date {{DATE:09/12/2024}}.
Criteria (WPATH SOC-8):
 - persistent gender incongruence: yes, documented since 2010
 - 6+ mo continuous feminizing HRT: yes (estradiol since {{DATE:03/2019}})
 - capacity/consent: yes
 - letter from qualified MH professional: {{NAME:Carmen Iglesias}}, LMFT, dated {{DATE:6/30/24}} (attached)
Fertility counseling: declined banking, signed waiver {{DATE:7/8/24}}.
Auth reference {{ID:A-24-5571038}} - status PENDING clinical review.
Contact for member: {{EMAIL:noe.kahananui@gmail.com}}`,
  `GENDER-AFFIRMING UROLOGY - phalloplasty consult
{{DATE:10 Sept 2024}}   Pt: {{NAME:Elias}} ({{NAME:Eli}}) {{NAME:Navarro-Whitfield}}, 29, trans man   MRN {{MRN:UCG-664013}}
Ref from {{FACILITY:Rainbow Health Collective}} (Dr {{NAME:Juniper Hale}}), seen {{DATE:8/20/24}}.
On T since 2017; chest masculinization 2019 ({{FACILITY:Pinecrest Plastic Surgery}}). Hysterectomy/BSO {{DATE:3/2023}}.
Goals: standing micturition, sensation, penetrative sex (prosthesis later).
Options: RFF vs ALT phalloplasty w/ urethral lengthening; metoidioplasty alternative. Staged: vaginectomy + UL + scrotoplasty, then glansplasty, then implant ~12 mo later.
Hair removal: L forearm donor site - 9 laser + 4 electrolysis sessions w/ {{NAME:Mai}} at {{FACILITY:Smooth Path Electrolysis}}; needs ~6 more.
Risks: fistula 20-60%, stricture; reviewed. Smoker? no. BMI 31 -> goal <30.
Partner {{NAME:Rowan}}; pt's mom {{NAME:Graciela}} (support person) {{PHONE:503-555-0189}}.
Next: visit w/ plastics Dr {{NAME:Kaur-Linton}} {{DATE:11/4}}.
{{NAME:Beatriz Salgado}}, MD`,
  `SEMEN CRYOPRESERVATION - PRE-TRANSITION BANKING
{{FACILITY:Cascadia Fertility Preservation Lab}} / client {{ID:CFP-7712}}
Client: {{NAME:Avery Sinclair-Nakagawa}} (pronouns she/they), DOB {{DATE:2003-01-30}}
Referred by {{NAME:Holloway}}, PA ({{FACILITY:Capitol Hill Gender Clinic}}) before starting estradiol + spironolactone.
Collection #1 {{DATE:2024-06-03}}: vol 2.8 mL, conc 48 M/mL, motility 55% -> 6 vials
Collection #2 {{DATE:2024-06-06}}: vol 3.0 mL, conc 52 M/mL, motility 58% -> 7 vials
Post-thaw test vial: 38% motility recovery.
Stored: tank C, canister 4, cane 17 (13 vials). Client given storage agreement.
Payment: self-pay; storage acct {{ACCOUNT:CFP-ST-31207}}, annual renewal each {{DATE:June 3}}.
Designated disposition on death: transfer to partner {{NAME:Jordan Ellery}}.
Emergency contact: {{NAME:Keiko Nakagawa}} (mother) {{PHONE:206-555-0115}}.
Witness: {{NAME:M. Fairweather}}, andrologist`,
  `{{FACILITY:HERITAGE CRYOBANK}} - STORAGE RENEWAL NOTICE
{{DATE:July 1, 2025}}

{{NAME:Liam P. Brennan}}
{{ADDRESS:9134 W 118th Terrace}}
{{LOCATION:Overland Park}}, KS {{ZIP:66210}}

Client #: {{ID:HC-DEP-20931}}      Account: {{ACCOUNT:HCB-550218}}
Specimens in storage: 9 vials (collected {{DATE:07/26/2024}} - {{DATE:07/30/2024}})
Annual storage fee: $395.00     Due by: {{DATE:08/01/2025}}

Dear {{NAME:Liam}},
Now that you are 18, the storage agreement signed by your parent/guardian ({{NAME:Siobhan Brennan}}) must be re-signed by you. Please log in at {{URL:https://portal.heritagecryo.example/clients/HC-DEP-20931}} or call {{PHONE:913-555-0144}}.
If we do not hear from you, we will contact your emergency contact on file and your oncologist, Dr. {{NAME:Vasquez-Rudd}}.
Sincerely,
{{NAME:Yolanda Pruett}}, Client Services`,
  `VIAL RELEASE / PICK-UP - identity check
{{FACILITY:Pacific Northwest Donor Bank}}, {{ADDRESS:1105 Eastlake Ave E}}, {{LOCATION:Seattle}} {{ZIP:98109}}
{{DATE:06/02/2025 14:10}}
Release to: {{NAME:Harriet Okoye}} (recipient)   Photo ID: WA DL {{LICENSE:WDLOKOYEH523KA}}
Biometric check-in: palm-vein template {{BIOMETRIC:PV-0038812-R}} - MATCH
Recipient ID photo captured: {{PHOTO:rcp_okoye_20250602.png}}
Donor {{ID:PNW-4471}}: 4 vials ICI, lot 24-118B, cane 2. Tank T3.
Transport: client-owned dry shipper? no - bank dry shipper #DS-22 (deposit $200), clinic delivery by courier.
Courier: {{NAME:Dmitri}} ({{FACILITY:Sound Medical Courier}}), chain-of-custody form {{ID:COC-25-06021}}
Released by {{NAME:A. Whitlock}} / verified by {{NAME:J. Soto}}
Recipient signature: {{NAME:H. Okoye}}`,
  `ANDROLOGY LAB LOG - cryo   {{DATE:Mon 3/10/25}}
time | client | ID | vol | conc | mot | vials | tech
0745 | {{NAME:PATEL, Vikram}} | {{ID:CX-10442}} | 3.2 | 61 | 52% | 8 | {{NAME:ES}}
0820 | {{NAME:OKAFOR, Chukwuemeka}} (onc STAT) | {{ID:CX-10443}} | 1.4 | 12 | 30% | 3 | {{NAME:ES}}
0915 | {{NAME:Lindahl, Erik}} | {{ID:CX-10444}} | 2.9 | 0.4 | 5% | TESE backup rec | {{NAME:MJ}}
1030 | {{NAME:Rios, Jonathan}} (pre-vasectomy bank) | {{ID:CX-10445}} | 4.0 | 88 | 60% | 10 | {{NAME:MJ}}
1300 | {{NAME:Do, Quang Minh}} | {{ID:CX-10446}} | -- no show, pt called {{PHONE:714-555-0128}}, rescheduled {{DATE:3/12}} | {{NAME:ES}}
notes: {{NAME:Okafor}} on chemo {{DATE:3/12}} at {{FACILITY:Orange Grove Cancer Center}} - 2nd sample tmrw 0700 if possible; mom {{NAME:Ngozi}} will bring him.
LN2 tank B level 68% (fill ordered). Thermometer check ok.
sup: {{NAME:E. Sandoval}}`,
  `VASECTOMY REVERSAL CONSULT
{{DATE:June 18, 2024}} - {{FACILITY:Desert Sky Male Fertility}}, {{LOCATION:Scottsdale}}
{{NAME:Brayden Kowalski}}, 41, MRN {{MRN:DSM-22901}}, vasectomy 2015 (Dr {{NAME:Hurley}}, {{LOCATION:Flagstaff}}). Obstructive interval 9 yr.
New partner {{NAME:Alyssa}}, 33, no known fertility issues; AMH 2.8 per her OB Dr {{NAME:Sahni}}.
Exam: vasal gap palpable bilat, granuloma R, testes 18 mL, epididymides full.
Discussed: microsurgical VV vs VE (decided intraop based on fluid), patency ~85%, pregnancy ~50%; vs sperm retrieval + IVF/ICSI. Cost self-pay $9,800.
Pt chooses reversal. Scheduled {{DATE:8/2/24}} at {{FACILITY:Camelback Surgery Center}}. Sperm cryo of intraop aspirate if sperm seen.
Ins: none for this. Deposit paid, acct {{ACCOUNT:DSM-AR-44812}}.
Ph {{PHONE:480-555-0139}} / {{EMAIL:bkowalski.az@gmail.com}}
Dr. {{NAME:Rashida Townsend}}`,
  `post-op phone call - vasectomy {{DATE:08/10/2024}}
called {{NAME:Tobias Renner}} @ {{PHONE:971-555-0186}} POD#1. pt reports mild ache, swelling "like a golf ball" L side?? - asked to send photo thru portal. Photo rec'd 1032 (scrotum only). Mild ecchymosis, no expanding hematoma per Dr {{NAME:Venkataraman}}. ice 20 min on/off, jockstrap, ibuprofen 600 q6h. no lifting >20 lb x 1 wk. wife {{NAME:Lea}} on speaker.
reminded: NOT sterile yet - PVSA {{DATE:11/4}} at {{FACILITY:Cascade Andrology Lab}}, kit given. keep using condoms.
pt asked about work (he drives for {{FACILITY:Columbia Gorge Freight}}) -> ok to return {{DATE:8/12}}, note faxed to {{FAX:541-555-0170}}.
pain 2/10 by evening. Reviewed red flags: fever, expanding swelling, wound drainage -> call {{PHONE:971-555-0100}} (after hrs) or go to {{FACILITY:Gorge Valley Community Hospital ED}}. PVSA order # {{ID:PV-24-08812}}.
{{NAME:K. Ellison}}, NP`,
  `OPERATIVE REPORT - RETROPUBIC MIDURETHRAL SLING + CYSTOSCOPY
Patient: {{NAME:HOANG, THI MAI}}   MRN: {{MRN:OV-04471192}}   Date: {{DATE:2025-03-05}}
Facility: {{FACILITY:Orchard Valley Women's Hospital}}, OR 3
Surgeon: {{NAME:Claire Dubois-Mensah}}, MD   Assistant: {{NAME:Ng}}, MD   Anesthesia: {{NAME:Farrokhzad}}, MD (GA)
Preop: SUI, positive cough stress test at 300 mL, Q-tip 50 deg, PVR 30; UDS {{DATE:1/15/25}}: VLPP 88 cmH2O, no DO.
Procedure: polypropylene mesh sling via retropubic approach (TVT-type), cystoscopy 70 deg x2: no bladder/urethral injury, bilateral efflux. Sling tensioned w/ Metzenbaum spacer.
EBL 50 mL. Foley removed; voiding trial passed (voided 250/backfill 300, PVR 60).
Vietnamese interpreter {{NAME:Lan}} (ID {{ID:VN-3317}}) for consent + post-op teaching.
Daughter {{NAME:Vy Hoang}} {{PHONE:408-555-0197}} to drive.
F/u 2 wk {{DATE:3/19}}.`,
  `SEXUAL MEDICINE CLINIC - vaginismus / dyspareunia
{{DATE:01/09/2025}}  {{NAME:Farida Haddad}}, 26F, MRN {{MRN:SMC-391087}}, referred by Dr {{NAME:Oyelaran}} (GYN)
Married 8 mo to {{NAME:Karim}}; unable to have penetrative intercourse; tampon use impossible. FSFI 14.8. No hx abuse per pt.
Exam (pt controlled, mirror, chaperone {{NAME:Lucy}}): high-tone pelvic floor, can't tolerate single-digit exam initially; after breathing tolerated with lidocaine 5%. No vestibulodynia on Q-tip test. Normal anatomy.
Plan: PFPT w/ {{NAME:Jocelyn Ames}} ({{FACILITY:Core & Floor Physical Therapy}}), graduated dilator set (sizes 1-6), CBT-oriented sex therapist Dr. {{NAME:Reem Shalabi}}, consider Botox to levator if plateau.
Pt requests Arabic-language materials. Prefers contact by email {{EMAIL:farida.h.haddad@gmail.com}} only - NOT home phone.
{{NAME:Seo-yeon Park}}, MD`,
  `PERINEAL CLINIC (OASIS follow-up) - {{DATE:22/11/2024}}
Pt: {{NAME:Chioma Eze-Williams}}   NHS-style hosp no. {{MRN:RX4471829}}
Delivered {{DATE:04/10/2024}} at {{FACILITY:Ravenscourt Maternity Unit}}, forceps, 3c tear repaired by Dr {{NAME:Lydgate}}.
Sx: faecal urgency, flatus incontinence 3x/wk, St Mark's score 9. No urinary sx. Breastfeeding.
Endoanal US (BK 2052, s/n {{DEVICE:2052-A771093}}): EAS defect 30 deg anterior, IAS intact.
Plan: pelvic floor physio w/ {{NAME:Imogen}}, loperamide prn, TAI if needed; counsel re next delivery (consider elective CS if sx persist).
Partner {{NAME:Obi}}. Lives in {{LOCATION:Brighton}}; GP Dr {{NAME:Hassall}}, {{FACILITY:Seven Dials Surgery}}.
Contact {{PHONE:01273 555 0124}}.
{{NAME:A. Rasheed}}, Consultant Urogynaecologist`,
  `MRI PROSTATE W/WO CONTRAST (multiparametric) - 3T
Pt: {{NAME:Achebe, Nnamdi O.}}   DOB {{DATE:05/23/1957}}   Acc# {{ID:MR2024-339102}}   Exam {{DATE:08/08/2024 07:42}}
Ordering: {{NAME:Benjamin Adeyemi-Stone}}, MD   {{FACILITY:Neponset Imaging}}
Hx: PSA 8.9, prior neg bx 2022.
Technique: T2 axial/sag/cor, DWI b 0/800/1400, ADC, DCE. Scanner s/n {{DEVICE:MRN3T-80122}}.
Prostate volume 64 mL (5.8 x 4.9 x 4.4 cm). PSA density 0.14.
Lesion 1: L posterolateral PZ mid-base, 13 mm, markedly hypointense ADC (480), focal DCE+. PI-RADS 5. Abuts capsule, no definite EPE.
Lesion 2: R anterior TZ, 7 mm, encapsulated. PI-RADS 2.
SVs clear. No pelvic adenopathy. Bones: no suspicious lesion.
IMPRESSION: PI-RADS 5 L PZ lesion - targeted bx recommended.
Read by: {{NAME:Haruki Lindgren-Sato}}, MD   {{DATE:08/08/2024 11:15}}`,
  `GU TUMOR BOARD - {{DATE:Wed 9/18/24}} - {{FACILITY:Riverside Cancer Institute}}
Present: Dr {{NAME:Achterberg}} (uro), Dr {{NAME:Mwangi}} (rad onc), Dr {{NAME:Sorensen}} (med onc), Dr {{NAME:Patel}} (path), {{NAME:Gwen}} (navigator)
1) {{NAME:Achebe, N.}} MRN {{MRN:RCI-2255019}}, 67 - PI-RADS 5 -> targeted bx {{DATE:8/28}}: GG4 (4+4) 3/4 targeted cores. PSMA PET {{DATE:9/10}}: 1 L obturator node SUV 6. Rec: EBRT + pelvic nodes + 2 yr ADT + abiraterone (STAMPEDE-type). 
2) {{NAME:Ferreira, Lucia}} MRN {{MRN:RCI-2260871}}, 73 - HG T1 UC after re-TURBT, CIS. Rec: induction BCG x6; BCG shortage -> gem/doce. 
3) {{NAME:Yamamoto, Ken}} MRN {{MRN:RCI-2241006}}, {{AGE:92}} - cT2 UC, not cystectomy candidate. Rec: TURBT + chemoRT vs RT alone; palliative care consult.
Recorder: {{NAME:G. Ashworth}}`,
  `INTRAVESICAL THERAPY LOG - BCG (TICE) induction
Pt: {{NAME:FERREIRA, LUCIA M}}   MRN {{MRN:RCI-2260871}}   DOB {{DATE:1951-03-14}}   Dx: HG T1 + CIS (path {{ID:S24-77120}})
Ordering: Dr {{NAME:Achterberg}}   Infusion area: {{FACILITY:Riverside Cancer Institute}} uro suite, chair 5
#  | date        | dose        | dwell | RN       | notes
1  | {{DATE:10/02/24}}    | 50 mg/50 mL | 2 h   | {{NAME:TMcK}}     | cath 14 Fr straight, atraumatic
2  | {{DATE:10/09/24}}    | 50 mg       | 2 h   | {{NAME:TMcK}}     | mild dysuria after #1
3  | {{DATE:10/16/24}}    | 50 mg       | 1.5 h | {{NAME:R. Olaniyan}} | pt voided early, frequency
4  | {{DATE:10/23/24}}    | HELD        |  -    | {{NAME:R. Olaniyan}} | T 38.4 at home x2d, UA + -> cx, held
4  | {{DATE:10/30/24}}    | 50 mg       | 2 h   | {{NAME:TMcK}}     | cx neg; resumed
BCG shortage: lot allocated per pharmacy; one-third dose discussed for maintenance.
Home instructions re: bleach in toilet x6 h. Husband {{NAME:Joaquim}} has questions - call {{PHONE:609-555-0112}}.
Next cysto/cytology {{DATE:12/11/24}}.`,
  `DETAILED WRITTEN ORDER - EXTERNAL URINE MANAGEMENT
Supplier: {{FACILITY:Evergreen Home Medical}} | {{ADDRESS:4021 Pacific Ave}}, {{LOCATION:Tacoma}} WA {{ZIP:98418}} | fax {{FAX:253-555-0161}}
Beneficiary: {{NAME:Odette Villiers-Ramos}}   DOB {{DATE:01/13/1934}}   ({{AGE:90}} y)
MBI {{HEALTH_PLAN:9JK3-WE2-HT55}}   Supplemental: AARP {{HEALTH_PLAN:AARP-0443918211}}
Ship to: {{ADDRESS:612 N Yakima Ave, Unit 5}}, {{LOCATION:Tacoma}} {{ZIP:98403}}   Caregiver: {{NAME:Rosalind}} (daughter) {{PHONE:253-555-0108}}
Item: female external catheter (wicking, suction) + canister/pump system
 - K1006 suction pump, qty 1 (pump s/n {{DEVICE:PW-2291834}})
 - A9999 external catheter, qty 30/mo; canister 1/mo
Dx: N39.46 mixed incontinence; L89.153 sacral pressure injury; immobile, bedbound, not a candidate for indwelling cath (recurrent CAUTI x3 in 2024).
Start {{DATE:2/14/2025}}. LON 12 mo.
Practitioner: {{NAME:Helen Achebe-Ward}}, ARNP  NPI {{LICENSE:1740293385}}  sig {{DATE:02/10/2025}}`,
  `{{DATE:April 22, 2025}}
Appeals Unit, Humana
RE: Level 1 appeal - denial of intermittent catheters (A4351 x 180/mo)
Member: {{NAME:Jerome T. Baptiste}}   ID {{HEALTH_PLAN:H70419228-01}}   Claim {{ACCOUNT:CLM-25-3301877}}   Denial ref {{ID:DN-0440917}}

To whom it may concern,
I am writing on behalf of my patient, Mr. {{NAME:Baptiste}}, a 38-year-old man with T6 complete SCI from a diving accident in 2012, neurogenic detrusor overactivity and DSD (UDS {{DATE:01/09/2025}}: max Pdet 92 cmH2O, leak at 180 mL). He must catheterize 6x/day to protect his upper tracts. Reuse of catheters led to 4 febrile UTIs in 2024, incl. a stay at {{FACILITY:Tampa Bay Rehabilitation Hospital}} {{DATE:8/3-8/9/24}}. Medicare-style policy allows 1 sterile catheter per cath; 180/month is medically necessary.
His usual supplier is {{FACILITY:Sunstate Urologic Supply}}; his wife {{NAME:Nadège}} does his caths when his hands spasm.
Please contact me at {{PHONE:813-555-0122}}.
Sincerely,
{{NAME:Omar Haddad-Ruiz}}, MD, FACS - {{FACILITY:Bayside Neuro-Urology}}
NPI {{LICENSE:1295803364}}`,
  `** FAX COVER ** (scanned, OCR)
FR0M: {{FACILITY:W1LLOW CREEK NURSlNG & REHAB}}    DATE: {{DATE:O1/O7/2O25}}
T0: Dr. {{NAME:0sterhout}} / {{FACILITY:Lakeshore Urology}}   FAX#: {{FAX:920-555-O1O2}}
PH0NE: {{PHONE:920 555 O117}}   # of pgs (incl cover): 3
RE: {{NAME:LlNDQVlST, ASTRlD}}   D0B {{DATE:O8/3O/1925}}
message: pls sign attached orders for Coude 18Fr + change q30d, family ({{NAME:Nils}}) asking for urology f/u appt. also UA result from {{DATE:1/6}} attached (neg nitrite, WBC 5-10). reply to {{NAME:Kendra}} or {{NAME:Joy}} (night) x{{PHONE:2236}}.
CONFIDENTIALITY: this facsimile contains PHI. If received in error, notify sender at the number above and destroy.
attachments: (1) physician order sheet, Rm 212-B, dx R33.9 / L89.153  (2) UA report, acc {{ID:WC-UA-250106-14}}
sent by {{NAME:kmb}} {{DATE:1/7/25 0931}} from fax {{FAX:920-555-O1O3}}
[page 1 of 3] ....... {{ID:FX250107-0931}}`,
  `MSH|^~\\&|ANDROLAB|{{FACILITY:CASCADE ANDROLOGY}}|EHR|{{FACILITY:CEDAR RIDGE MENS HEALTH}}|{{DATE:202409031144}}||ORU^R01|{{ID:MSG88104427}}|P|2.5.1
PID|1||{{MRN:CRM-020118}}^^^CRM^MR||{{NAME:ABERNATHY^QUENTIN^R}}||{{DATE:19860712}}|M|||{{ADDRESS:4418 SE HAWTHORNE BLVD APT 2}}^^{{LOCATION:PORTLAND}}^OR^{{ZIP:97215}}||{{PHONE:(503)555-0181}}
ORC|RE|{{ID:ORD771402}}|{{ID:AND24-0098812}}||CM
OBR|1|{{ID:ORD771402}}|{{ID:AND24-0098812}}|SEMEN^SEMEN ANALYSIS COMPLETE|||{{DATE:202409030812}}|||||||||{{LICENSE:1487392056}}^{{NAME:VENKATARAMAN^RAJ}}
OBX|1|NM|VOL^Volume||1.1|mL|1.4-6.0|L|||F
OBX|2|NM|CONC^Concentration||4.2|10*6/mL|>=16|L|||F
OBX|3|NM|TMOT^Total motility||28|%|>=42|L|||F
OBX|4|NM|MORPH^Normal forms (strict)||2|%|>=4|L|||F
OBX|5|TX|COMM^Comment||Low volume - r/o partial EDO or incomplete collection; repeat advised.||||||F
NTE|1||Reviewed by {{NAME:L CASTELLANOS-RUIZ}} {{DATE:20240903 1140}}`,
  `TELEHEALTH AUDIT - urology virtual clinic - export {{DATE:2025-02-03}}
session_id          | patient                | mrn           | provider       | start                 | client_ip        | status
{{ID:TH-55120931}}  | {{NAME:Liu, Wen-Hsuan}}       | {{MRN:NUG-0041187}}   | {{NAME:Adeyemi-Stone}} | {{DATE:2025-02-03 08:01}}      | {{IP:198.51.100.12}}   | completed 14m
{{ID:TH-55120944}}  | {{NAME:Mbeki, Sipho}}         | {{MRN:NUG-0039023}}   | {{NAME:Adeyemi-Stone}} | {{DATE:2025-02-03 08:20}}      | {{IP:203.0.113.201}}   | dropped, reconnected by phone {{PHONE:617-555-0147}}
{{ID:TH-55120958}}  | {{NAME:O'Leary, Siobhan}}     | {{MRN:NUG-0044710}}   | {{NAME:Reilly}} (RN)   | {{DATE:2025-02-03 08:45}}      | {{IP:192.0.2.77}}      | completed 9m
{{ID:TH-55120972}}  | {{NAME:Duarte, Paulo}}        | {{MRN:NUG-0038899}}   | {{NAME:Adeyemi-Stone}} | {{DATE:2025-02-03 09:10}}      | --               | no-show
notes: {{NAME:Mbeki}} session re PSA 0.21 after RALP (BCR?) - f/u arranged. {{NAME:Liu}} - PVSA neg, cleared. {{NAME:O'Leary}} - OAB med refill.
exported by {{NAME:gwashburn}} (IT)`,
  `Portal msg - sexual health clinic
From: {{NAME:Priya}} (partner of pt {{NAME:Aditya Menon}}, MRN {{MRN:ESH-120337}})
{{DATE:3/2/25 10:14}}
Hi - {{NAME:Adi}} told me he tested positive for chlamydia at your clinic last week and that I should get "EPT". I live in {{LOCATION:Ann Arbor}} now, not {{LOCATION:Detroit}}. Can you mail it or send the Rx to {{FACILITY:Packard Road Pharmacy}}? I'm 11 wks pregnant (OB is Dr {{NAME:Whitcombe}} at {{FACILITY:Huron Valley Women's Health}}) so not sure if the pills are safe. My number is {{PHONE:734-555-0198}}, email {{EMAIL:priya.venkat.aa@gmail.com}}. Thank you
---
{{DATE:3/3/25 09:02}} {{NAME:F. Al-Sayegh}}, FNP: Hi {{NAME:Priya}}, thank you for reaching out. Because you are pregnant, EPT (doxycycline) is not appropriate; azithromycin 1 g is the recommended treatment and you'll need a test-of-cure at 4 wk. I've called Dr {{NAME:Whitcombe}}'s office ({{PHONE:734-555-0150}}) so they can treat and test you this week.`,
  `NURSING HOME TELE-UROLOGY (video via facility tablet)
{{DATE:12/04/2024}}   Site: {{FACILITY:Shady Pines Care Center}}, {{FACILITY:Cardinal Wing}} rm 118
Pt: {{NAME:Augustin Mbala-Kasongo}}   {{AGE:96}}yo M   MRN {{MRN:SPC-4410}}   POA: son {{NAME:Jean-Pierre}} (on call, {{PHONE:301-555-0149}})
Facility RN {{NAME:Marisol}} presenting.
Issue: nocturia x5, falls at night x2 since {{DATE:11/15}}. Voids small amounts, no Foley. PVR by bladder scanner 90 mL. Ankle edema 2+. On furosemide 40 mg at 6 pm (!), Flomax 0.4, finasteride.
IPSS not obtainable (dementia, MoCA 14). UA neg.
A/P: nocturnal polyuria + BPH. Move furosemide to AM; leg elevation late afternoon; no fluids after 7 pm; bedside urinal; stop Flomax if orthostatic (BP 132/70 -> 104/62 standing today). No DDAVP (hyponatremia risk at {{AGE:ninety-six}}).
Recheck 4 wk by tablet {{DATE:1/8/25}}. Copy to NH attending Dr {{NAME:Fofanah}}.
{{NAME:P. Raghunathan}}, MD / scribe {{NAME:Ola}}`,
  `CP/CPPS visit   {{DATE:07/30/2024}}
{{NAME:Mateo Quispe-Huanca}} 34M   MRN {{MRN:81003374}}   ref: Dr {{NAME:Landry}}, {{FACILITY:Bayou City Urgent Care}}
Perineal + penile tip pain x8 mo, worse sitting (he drives for {{FACILITY:Lone Star Rideshare}} 10 h/d), post-ejaculatory pain, urgency. 3 courses cipro w/o cx. NIH-CPSI 29 (pain 14, urinary 5, QoL 10). UPOINT: U, P, T, S.
Exam: no prostatic bogginess; marked TTP R obturator internus + bulbospongiosus.
UA/cx neg; VB3 neg; PSA 0.6. Flow 22 mL/s, PVR 10.
A: CP/CPPS w/ pelvic floor myofascial pain, no infection.
P: STOP antibiotics. PFPT w/ {{NAME:R. Dhillon}} (internal TrP release), tamsulosin 0.4 x6 wk, cushion, amitriptyline 10 qhs, counseling referral to Dr {{NAME:Esperanza Ruiz}} ({{FACILITY:Heights Counseling Group}}).
Wife {{NAME:Yesenia}}; prefers Spanish for written materials. Phone {{PHONE:713-555-0163}}.
{{NAME:A. Bergstrom}}, MD`,
  `URGENT - testicular mass / fertility preservation before orchiectomy
{{DATE:Fri 5/16/25}}  {{NAME:Cade Whitfield-Omondi}}, 22M, MRN {{MRN:UMC-7719002}}
Scrotal US {{DATE:5/15/25}} ({{FACILITY:Prairie Imaging}}): 2.1 cm hypoechoic vascular mass R testis; L normal. AFP 88, bHCG 14, LDH 310.
Plan: R radical inguinal orchiectomy {{DATE:Tue 5/20}}; CT C/A/P staging.
Sperm banking before surgery - called {{FACILITY:Heritage Cryobank}} {{PHONE:913-555-0144}}: 2 slots {{DATE:5/17}} 0800 + {{DATE:5/19}} 0800; onco-stat fee waived, assistance program ref {{ID:FP-25-00419}}.
Discussed testicular prosthesis (saline, size to match) - pt wants one.
Lives w/ roommate in {{LOCATION:Lawrence}}; mom {{NAME:Achieng}} driving from {{LOCATION:Wichita}} tonight, cell {{PHONE:316-555-0191}}.
Student at {{FACILITY:Kaw River Community College}} - pt asks for letter to dean.
Ins via mother, BCBS-KC {{HEALTH_PLAN:BKC556012448}}.
{{NAME:Obinna Chukwu}}, MD`,
  `scrotal clinic - {{DATE:2/11/2025}}
pt {{NAME:Anh Nguyen}} (M) 19 y/o, mrn {{MRN:LBU-330915}}, here w/ dad {{NAME:Hung}}
c/o L scrotal heaviness after lifting at gym, "bag of worms". US {{DATE:2/4/25}}: L varicocele, max vein 3.6 mm w/ reflux on Valsalva; testes L 14 mL / R 17 mL (size differential 18%). No hydrocele.
SA (optional, pt agreed): conc 22 M/mL, motility 44%, morph 4%.
a/p: L grade 3 varicocele w/ volume differential >15-20% in young adult - offer microsurgical subinguinal varicocelectomy vs observation w/ repeat US/SA q1y. Pt leans toward surgery over summer break from {{FACILITY:Harbor Shores Community College}}.
pt's email {{EMAIL:anh.nguyen.lbcc@student-mail.example}}, dad's cell {{PHONE:562-555-0184}}.
also: 2 cm R spermatocele incidental - observe.
- {{NAME:C. Ibarra-Lee}}, MD / {{NAME:mt}}`,
  `UROGYN - GSM / recurrent UTI / OAB
{{DATE:Oct 3 2024}}  {{NAME:Gertrude Baumgartner}}  {{AGE:93}} F  MRN {{MRN:MWP-0051120}}  w/ caregiver {{NAME:Ana Lucia}} from {{FACILITY:Gentle Hands Home Care of Macon}}
sx: urgency, nocturia 3, 2 UTIs since summer per caregiver; vaginal dryness, burning. PVR 40.
exam: pale, thin vaginal mucosa, loss of rugae, urethral caruncle 4 mm (benign appearance). Stage I prolapse only.
plan: vaginal estradiol 10 mcg tab 2x/wk (after 2 wk nightly); no anticholinergics (Beers) -> Gemtesa 75 mg if OAB persists; timed voiding q2h; UA/cx only if sx.
daughter {{NAME:Liesl}} lives in {{LOCATION:Munich}}, calls for updates - ok per pt; she uses WhatsApp {{PHONE:+49 89 555 0142}}.
f/u {{DATE:1/9/25}} with Dr {{NAME:Fontenot}}.
-{{NAME:mf}}`,
  `LITHOTRIPSY SCHEDULE - mobile unit {{FACILITY:LithoPartners Southwest}} (lithotripter s/n {{DEVICE:SLXF2-00973}})
Site: {{FACILITY:Yuma Valley Surgical}} - {{DATE:Thu 6/13/24}}
0730  {{NAME:RAMIREZ, OCTAVIO}}    {{MRN:YVS-22109}}   R LP 11 mm, 890 HU   Dr {{NAME:Whitehorse}}   ride: wife
0845  {{NAME:Ybarra, Celeste}}     {{MRN:YVS-22187}}   L UPJ 7 mm, stent in   Dr {{NAME:Whitehorse}}   INR 1.1 ok
1000  {{NAME:HOLLOWAY, D.}}        {{MRN:YVS-21954}}   R mid 6 mm x2 (2nd tx)   Dr {{NAME:Castaneda}}  CANCELLED - passed stone {{DATE:6/11}}
1115  {{NAME:Begaye, Wilson}}      {{MRN:YVS-22201}}   L LP 9 mm, 1300 HU !!     Dr {{NAME:Castaneda}}  ?URS instead - call pt {{PHONE:928-555-0143}}
1230  {{NAME:Tsosie-Yazzie, Ruth}} {{MRN:YVS-22213}}   R renal pelvis 12 mm    Dr {{NAME:Castaneda}}  from {{LOCATION:Window Rock}}, van by {{FACILITY:Dine Ride Medical Transport}}
Truck arrives 0630, pad power confirmed. Tech {{NAME:Gilberto}} / RN {{NAME:Shawna}}.`,
  `DISCHARGE INSTRUCTIONS - TURP / bipolar TURP
Name: {{NAME:Constantin Ionescu}}   Date of surgery: {{DATE:07/09/2024}}   Surgeon: Dr. {{NAME:Oyelowo-Grant}}
Hospital: {{FACILITY:Lakeside Community Hospital}}, {{FACILITY:Hale 5 West}}
- Catheter: 22 Fr 3-way Foley, CBI stopped {{DATE:7/10}} 0600. Catheter comes out at clinic {{DATE:Friday 7/12}} (voiding trial).
- Blood in urine can come and go for 2-6 weeks; drink 2 L/day; no straining.
- No lifting >10 lb, no driving while catheter in, no sex 4-6 weeks. Retrograde ejaculation is expected.
- Restart Eliquis {{DATE:7/12}} if urine is pink or clear.
- Take Colace 100 mg BID; stop Flomax.
- Pathology results (specimen {{ID:S24-51882}}) will be discussed at 6-wk visit {{DATE:8/20/24}}.
Call {{PHONE:(248) 555-0110}} for clots, can't pass urine, fever >101 F. After hours: {{PHONE:(248) 555-0111}}.
Teach-back done w/ pt + daughter {{NAME:Ileana}} (Romanian interpreter not needed).
RN {{NAME:Dorothea Kaminski}} {{DATE:07/10/2024 14:35}}`,
  `AUTHORIZATION FOR RELEASE OF PROTECTED HEALTH INFORMATION
Patient: {{NAME:Beauregard, Lucien Tremaine}}   DOB: {{DATE:12-30-1979}}   SSN: {{SSN:438-91-6620}}
MRN: {{MRN:GCR-01044217}}   Driver's License: LA {{LICENSE:008827714}}
Address: {{ADDRESS:317 Bayou Lafourche Rd}}, {{LOCATION:Thibodaux}}, LA {{ZIP:70301}}   Phone: {{PHONE:985-555-0103}}
Release FROM: {{FACILITY:Gulf Coast Regional Medical Center}}, Urology and ED, dates {{DATE:01/2023}} through present
Release TO: {{NAME:Catherine Guidry-Marsh}}, Esq., {{FACILITY:Guidry Marsh & Batiste LLP}}, {{ADDRESS:600 Poydras St Ste 2100}}, {{LOCATION:New Orleans}} {{ZIP:70130}}, fax {{FAX:504-555-0179}}
Purpose: personal injury claim (workplace crush injury -> pelvic fracture/urethral injury, claim {{ACCOUNT:WC-22-0917734}})
Specifically EXCLUDE: HIV/STI testing, substance use treatment records.
Expires: {{DATE:12/31/2025}}
Signature: {{NAME:L. T. Beauregard}}   Date: {{DATE:02/14/2025}}   Witness: {{NAME:Kimberly Doucet}}, HIM`,
  `TRAUMA UROLOGY CONSULT - {{DATE:08/22/2024 23:05}}
{{NAME:TRAUMA, FOXTROT}} (later ID'd as {{NAME:Dakota Rainwater}}), 27M, MRN {{MRN:TR-0098811}}
MVC, restrained driver, T-boned at {{ADDRESS:Hwy 50 and County Rd 12}} near {{LOCATION:Canon City}}; vehicle: 2016 Silverado, plate CO {{VEHICLE:AKR-552}}, VIN {{VEHICLE:1GCVKREC4GZ318804}} (per trooper Sgt. {{NAME:Holm}}, report # {{ID:CSP-24-118820}}).
Findings: APC-II pelvic fracture, blood at meatus, high-riding prostate, unable to void. RUG: extravasation at membranous urethra, no contrast into bladder -> complete posterior urethral disruption. CT cystogram: bladder intact.
Plan: NO Foley attempt. IR/US-guided suprapubic tube placed (12 Fr) - drained 600 mL clear. Delayed urethroplasty in 3-6 mo vs primary realignment if going to OR for pelvic ex-fix tonight w/ ortho (Dr {{NAME:Halverson}}).
Girlfriend {{NAME:Skye}} en route from {{LOCATION:Pueblo}}, {{PHONE:719-555-0157}}.
{{NAME:J. Arechiga}}, MD (urology)`,
  `GENDER-AFFIRMING SURGERY - post-vaginoplasty check, 6 wk
{{DATE:13 Jan 2025}}   {{NAME:Quintanilla, Marisol}}   MRN {{MRN:LU-33018846}}   surgery {{DATE:2 Dec 2024}} (Dr {{NAME:Petrov-Hayes}})
Doing well. Dilating 3x/d w/ sizes 2 + 3 (Soul Source-type set), depth 14 cm. Mild granulation tissue at posterior fourchette -> silver nitrate applied. No fistula sx, no rectal bleeding. Voiding straight stream, no spraying.
Pain 2/10. Off oxycodone since {{DATE:12/16}}. Back to estradiol at 1/2 dose.
Pt asked about returning to work at {{FACILITY:Third Ward Coffee Roasters}} - ok for desk/standing duties.
Support person {{NAME:Leticia}} (sister) drove her from {{LOCATION:Racine}}.
Next: 3 mo visit {{DATE:4/14/25}}; dilator schedule reviewed; sexual function counseling w/ {{NAME:Beth Oduya}}, LCSW.
Photos (surgical site only, no face) uploaded to chart.
{{NAME:A. Petrov-Hayes}}, MD / PA {{NAME:Corinne Labelle}}`,
  `DONOR APPLICANT SCREENING - {{FACILITY:Pacific Northwest Donor Bank}}
Applicant: {{NAME:Soren Halvorsen-Mbeki}}   DOB {{DATE:03/08/1999}}   SSN {{SSN:533-08-4127}}
Donor # assigned: {{ID:PNW-5120}}   Photo: {{PHOTO:PNW5120_adult_01.jpg}}, baby photo {{PHOTO:PNW5120_baby_03.jpg}}
Fingerprint enrollment (FBI-style bkg): template {{BIOMETRIC:FP-PNW5120-L1R1}}
Address: {{ADDRESS:4700 Roosevelt Way NE, Apt 611}}, {{LOCATION:Seattle}} {{ZIP:98105}}   Cell: {{PHONE:206-555-0126}}   Email: {{EMAIL:soren.hm@uw-alum.example}}
Education: grad student, {{FACILITY:Puget Sound Technical Institute}}; employer {{FACILITY:Fremont Robotics Lab}} (part time)
Semen qualifying: 3 samples, post-thaw motile count 28 M/vial. 
Infectious dz: HIV-1/2, HTLV, HBV, HCV, syphilis, GC/CT, CMV IgG neg. Genetic: 500-gene carrier panel - carrier of 1 (GJB2).
Family hx reviewed 3 generations - paternal grandfather {{NAME:Bjorn Halvorsen}} dx prostate ca at 81.
Interviewer: {{NAME:Tasha Greenleaf}}, RN   {{DATE:2/27/25}}   Medical director: Dr. {{NAME:Ines Carvalho}}`,
  `LINKAGE TO CARE - new HIV diagnosis
{{DATE:10.28.2024}}  {{FACILITY:Eastside Sexual Health Clinic}}
Client {{NAME:Roberto}} "{{NAME:Beto}}" {{NAME:Salinas}}, 31, DOB {{DATE:1993-05-19}}, clinic # {{MRN:ESH-121906}}, Medicaid {{HEALTH_PLAN:MI 0044918273}}
Reactive Ag/Ab on {{DATE:10/21}}, HIV-1 RNA 84,200 c/mL, CD4 412 (22%). Genotype sent ({{ID:GT-24-10087}}). HLA-B*5701 neg. HBV immune, HCV neg. RPR NR.
Rapid start: Biktarvy 1 tab daily, 30-day supply dispensed from clinic stock; ADAP application submitted (ADAP ID {{HEALTH_PLAN:ADAP-MI-774120}}).
Linked to: Dr {{NAME:Amara Nwosu}}, {{FACILITY:Wayne Positive Care}}, first visit {{DATE:11/4/24}} 1330.
Case manager {{NAME:Deshawn Price}} ({{PHONE:313-555-0106}}, {{EMAIL:dprice@waynepositivecare.org}}).
Partner notification: client will tell partner {{NAME:Julian}}; DIS {{NAME:Marcus Hill}} to assist with 2 anonymous partners.
Client address: {{ADDRESS:15011 Mack Ave}}, {{LOCATION:Grosse Pointe Park}} {{ZIP:48230}}. Cell {{PHONE:313-555-0172}}.
{{NAME:F. Al-Sayegh}}, FNP`,
  `UROLOGY TRIAGE LINE - {{DATE:Mon 01/27/2025}} (RN {{NAME:Yoder}})
0812 {{NAME:Ruth Ann Beiler}} ({{MRN:PSU-441071}}) - L flank pain, known 5 mm UVJ stone, afebrile, tolerating PO -> cont Flomax/Norco, strain, appt {{DATE:1/29}}.
0840 Mr. {{NAME:Okwuosa}}'s wife ({{NAME:Ifeoma}}) - Foley draining pink, small clots. Increase fluids; if no output 2 h -> ED. cb {{PHONE:703-555-0165}}.
0915 {{NAME:TJ Castellanos}} - vasectomy {{DATE:1/24}}, swelling R size of orange, worsening -> seen today 1100 w/ Dr {{NAME:Wexler}} (hematoma?).
1002 Mrs. {{NAME:Delphine Ng}} ({{AGE:91}}) - daughter reports confusion + foul urine -> PCP / UA today; called {{FACILITY:Fairfax Senior Living}} nurse {{PHONE:703-555-0176}}.
1030 {{NAME:Hollis Pryor}} - PrEP refill request # {{ID:RR-2025-00812}} -> labs due, booked {{DATE:1/30}}.
1104 pharmacy ({{FACILITY:Potomac Yards Pharmacy}}) - Cialis 5 mg PA for {{NAME:Grant Odum}}, fax {{FAX:703-555-0189}}.
-{{NAME:cy}}`,
];

export const HELDOUT_REALISTIC_123_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout123-${i + 1}`, n));
