// An eighty-second held-out set of hand-written, realistic synthetic notes (all invented: no real
// person, record, number or institution; phone and fax numbers are 555 numbers; real towns, cities,
// counties and military bases are used only as places). It leans towards military and veterans'
// health: VA primary care and PACT notes, C&P exams and DBQs, disability rating, DIC and claim
// letters, TRICARE referrals and TRICARE For Life / CHAMPVA correspondence, DoD service treatment
// records (SF 600 sick call, PDHA, PHA, SRP, separation physicals, MEB NARSUMs, LOD findings,
// aeromedical evacuation summaries), deployment histories full of bases, camps, FOBs and cities
// abroad, PTSD clinic, TBI, MST and suicide-prevention notes, Vet Center and Mobile Vet Center logs,
// community-care referrals, notifications and billing disputes, HCHV, HUD-VASH, SSVF, GPD, CWT,
// Stand Down and Veterans Justice Outreach notes, caregiver support (PCAFC), HBPC, CLC and hospice
// notes with veterans over 89, decedent affairs, honor guards and burial benefits, prosthetics,
// audiology, SCI, telehealth and registry exams (Agent Orange, burn pit, Gulf War, Camp Lejeune,
// Million Veteran Program). It is heavy on ranks and rates before names (SSG, SFC, 1SG, SGM, CPT,
// MAJ, COL, Capt, Maj, GySgt, MSgt, TSgt, SrA, HM2, LCPL), unit designations, MOS codes, VA form
// numbers, diagnostic codes and rating percentages that are not PHI, VA ICNs, EDIPIs, claim and
// file numbers, last-four SSNs, military-style dates (14 FEB 2024, 07MAR2024, 20230904), month-year
// deployment dates, nicknames in quotes, lower-case chat handoffs, tables and census lines, and
// look-alikes such as Foley, Lachman, McMurray, Ottawa ankle rules, Glasgow, Romberg, Tinel,
// Phalen, Babinski, Spurling, Hoyer, Parkinson's, Alzheimer, Schmitt-Thompson, Zarit, lot numbers,
// doses, scores and lab values, which are not PHI.
// Written without reading the detectors, the lexicon, the engine, the tuning sets or the other
// held-out sets, and never run through the engine by its author: measure only. Do not change a
// note after the engine's results on it have been seen.
//
// Annotation follows the README guideline and the header of heldout-realistic-72.ts (titles, kin
// terms and honorifics outside NAME spans; a nickname in quotes is its own span; initials standing
// for a person are NAME; a month/day without a year is a DATE; ages over 89 are AGE however written;
// a VA ICN is MRN; payers and state or federal agencies are not PHI; schools, employers, churches,
// shelters, clubs, jails, courts, pharmacies and home-care or transport agencies are FACILITY;
// authorization, booking, case, incident and badge numbers are ID; a date range written as one
// token is one DATE span; a highway mile marker or an intersection is ADDRESS; HC and PO boxes are
// ADDRESS).
// Added for this set: military ranks, rates and grades (SSG, SFC, 1SG, SGM, CPT, MAJ, LTC, COL,
// Capt, Maj, Lt Col, GySgt, MSgt, TSgt, SrA, HM2, LCPL, PVT, CDR) and service or retirement tags
// (USA, USMC, USAF, MC, (ret.), (med ret)) stay outside NAME spans like titles, also in lower case
// and in signatures; a nickname standing for a person ("Doc", "Sarge", "Rooster", "Mac") is NAME.
// Unit designations (2-502 IN, 3/7 Mar, 379 EMDG, HHC 2-87 IN, 1st Cav, 451st TC), MOS, AFSC and
// rating codes (11B, 68W, 4N0X1, HM3), clinical teams (PACT Team Blue, BHIP Team Orion, HBPC Team 2),
// operations and eras (OIF, OEF, Desert Storm, Korea, Vietnam), VA and DoD form numbers (DD-214,
// DD 2796, 21-526EZ, 10-10CG, 40-10007), diagnostic codes (DC 9411), rating percentages, priority
// groups, Mobile Vet Center unit numbers, supply routes and interstates named alone (MSR Tampa,
// I-10), and named programs and laws (HUD-VASH, SSVF, CWT, PCAFC, MOVE!, Million Veteran Program,
// the Camp Lejeune Family Member Program, PACT Act, CLJA) are not PHI. A base, post, camp, FOB, COP,
// airfield or air base at home or abroad (Fort Campbell, Camp Buehring, FOB Salerno, Kadena) is
// LOCATION, and so are a named housing area on a base, a district abroad and a named battle site or
// beach abroad (Tarawa Terrace, Zhari, Chosin Reservoir, Utah Beach, Iwo Jima); a province, island
// group or region abroad (Helmand, Kunar, Mekong Delta, Okinawa) is treated like a state and is not
// annotated. Military hospitals, clinics, aid stations and surgical companies, VA medical centers,
// CBOCs, Vet Centers (also mobile ones), CLCs and a CLC building with a proper name, state veterans
// homes, domiciliaries, CMOPs, VA regional offices and program sites, national and private
// cemeteries, VSO posts and chapters (VFW, American Legion, DAV), funeral homes, contract exam firms,
// collection agencies, fairgrounds and housing providers are FACILITY; VA, VBA, VHA, DoD, DEERS,
// TRICARE and its contractors, Optum, CHAMPVA, DPRIS and the Veterans Crisis Line as agencies or
// payers are not, nor are public hotlines (988 press 1, 1-800-827-1000) or a public test page
// address. An EDIPI / DoD ID number and an old service number are ID; a hospital or VistA record
// number is MRN like the ICN; TRICARE DBNs, Medicare MBIs, CHAMPVA member numbers and other insurer
// member numbers are HEALTH_PLAN; VA claim numbers, VA file (C-file) numbers, travel and program
// claim numbers, collection and bank account numbers (also a last-four) are ACCOUNT; a last-four
// SSN and the VA last-initial-plus-last-four (D2046) are SSN; community-care referral, consult,
// e-consult, registry confirmation, TRAC2ES, LOD, furniture-bank, headstone application, chat
// session, help-desk ticket, release-of-information and DoD serum specimen numbers are ID;
// hearing-aid, charger, CPAP and modem, prosthesis, power-chair, brace, home-telehealth, tablet,
// SIM ICCID, smart-scale, infusion-pump and wander-guard serials and asset tags are DEVICE; a CDL,
// a forklift certificate, an NPI, a DEA registration and a psychologist's licence are LICENSE; a
// file name or reference of any photograph of the patient (face, scar, skin lesion, fundus,
// extraoral dental) is PHOTO; a DNA sample card or genomic specimen barcode, a fingerprint
// template and a retinal-scan template are BIOMETRIC; a private LAN address is IP like a public
// one. A month with a year (Sep 2005, 03/2022, 8/2011) is a DATE; two dates joined by " - " or
// "to" are two spans; expiry dates of a driver's licence or a warranty are DATE, while a lot's
// expiry and a year alone are not.
// First run (token recall / precision, before anyone read the misses): pass-16 engine (44518bf)
// 0.9484 / 0.9105; pass-17 engine (a322156, whose rules were made from sets 67-78 without this set)
// 0.9510 / 0.9114. Written by a helper that read only the README's types and guideline, set 72's
// header and `parseMarked`, and never ran the engine.
import { parseMarked, type MarkedNote } from './handwritten';

const NOTES = [
`PRIMARY CARE - PACT NEW PATIENT
{{FACILITY:Cedar Hollow VA Medical Center}} / PACT Team Blue, teamlet 3
Pt: {{NAME:DELACROIX, RAYMOND T}}   ICN {{MRN:1012846633V482917}}   L4: {{SSN:D2046}}
DOB {{DATE:04/17/1968}}   Visit {{DATE:03/11/2024 0815}}

57 y/o male Army veteran, SSG (ret.), 11B then 68W, 2-502 IN / 101st ABN. Deployments: {{LOCATION:Mosul}} {{DATE:Sep 2005}} to {{DATE:Sep 2006}}; {{LOCATION:FOB Salerno}} near {{LOCATION:Khost}} 2010-2011. Separated from {{LOCATION:Fort Campbell}}. 70% SC (PTSD 50, lumbar DDD 20, tinnitus 10). Priority group 1.
Transferred care from the {{FACILITY:Red River CBOC}}; prior PCP Dr. {{NAME:Okonkwo-Hale}}.

CC: establish care, sleep, "back is shot."
HPI: LBP radiating L leg, neg Lachman/McMurray R knee last yr per records. Sleep 4 h, nightmares 3x/wk, on prazosin 2 mg qhs. PCL-5 today 46. PHQ-9 12. AUDIT-C 5. Denies SI/HI; Veterans Crisis Line (988, press 1) card given.
Social: lives w/ wife {{NAME:Annette}} in {{LOCATION:Oak Grove}}, KY; works nights at {{FACILITY:Hopkinsville Tire & Axle}}.
Plan: MRI L-spine, PT consult #{{ID:48819733}}, refer PCT (PTSD clinical team), sleep study. RTC 3 mo.
Wife's cell for appts {{PHONE:(270) 555-0148}}.
/es/ {{NAME:Mirela Voicu}}, NP-C   PACT RN {{NAME:J. Thibodeaux}}`,
`COMPENSATION AND PENSION EXAMINATION
Review PTSD DBQ (initial)   Exam date: {{DATE:14 FEB 2024}}
Examiner: {{NAME:Harold P. Nakashima}}, PhD, licensed psychologist, lic. {{LICENSE:PSY-11873}}
Veteran: {{NAME:Quintana, Marisol}}   VA file no. {{ACCOUNT:27 604 318}}   Claim {{ACCOUNT:600-512-7743}}
Location: {{FACILITY:Mesa Arroyo VA Health Care System}}, C&P suite B, rm 214

Records reviewed: VBMS e-folder, STRs, CPRS, DD-214 (USMC, Cpl, 0621 field radio operator), MST coordinator note dated {{DATE:11/02/2023}}.
Military history: 1/7 Marines, {{LOCATION:Camp Pendleton}}. Deployed {{LOCATION:Camp Leatherneck}} {{DATE:March 2011}}; IED blast near convoy, witnessed death of LCpl {{NAME:Brandon Shively}}. Criterion A met.
Post-military: BA from {{FACILITY:Pecos Valley State University}} 2017, now a dispatcher for {{FACILITY:Tesuque Regional Dispatch}}. Married to {{NAME:Tomas}}, 2 children.
Symptoms: intrusive memories, avoidance of fireworks and crowded stores, hypervigilance, irritability. PCL-5 = 58. No psychosis. Not a danger to self.
Diagnosis: PTSD, F43.10. Level of occupational and social impairment: reduced reliability and productivity.
Time spent: 2.5 hours. Veteran accompanied by spouse.
{{NAME:HPN}}/{{NAME:rl}}`,
`TRICARE REFERRAL / AUTHORIZATION REQUEST
From: {{FACILITY:Hollister Army Health Clinic}}, Family Medicine, PCM Maj {{NAME:Sunita Raghavan}}, MC, USA
To: {{FACILITY:Laguna Madre Orthopaedic Associates}}, {{ADDRESS:4410 S. Staples St, Ste 300}}, {{LOCATION:Corpus Christi}}, TX {{ZIP:78411}}
Fax {{FAX:361-555-0192}}   Ph {{PHONE:361-555-0190}}

Beneficiary: {{NAME:Pham, Kevin Duc}}   DOB {{DATE:1999-08-03}}
Sponsor: self, SPC, E-4, 2nd Bde 1st Cav   DoD ID {{ID:1298475563}}
DBN {{HEALTH_PLAN:30748892115}}   Plan: TRICARE Prime
Referral # {{ID:RF-24-0338817}}   Priority: ROUTINE (28 days)

Dx: S83.511A ACL sprain R knee. Injured {{DATE:2/27/24}} during combatives at {{LOCATION:Fort Cavazos}}. + Lachman, + pivot shift. MRI {{DATE:3/5/24}}: complete ACL tear, bucket-handle medial meniscus.
Request: ortho surgery consult, eval for ACLR. Profile: no running/rucking x 90 days.
Unit POC: 1SG {{NAME:DeShawn Merriweather}} {{PHONE:254-555-0117}}
NPI ordering {{LICENSE:1639247801}}. Signed {{NAME:S. Raghavan}} {{DATE:07MAR2024}} 1512.`,
`Chronological Record of Medical Care (SF 600)  -- sick call
{{DATE:19 JUL 2004}}   BAS, 3/7 Mar, {{LOCATION:Al Qaim}}
PVT/LCPL {{NAME:RIVERA-OCASIO, J}}   SSN {{SSN:584-22-9107}}   DOB {{DATE:05 NOV 1984}}
S: c/o R ankle pain after stepping in hole on patrol 0300 this am. Able to bear wt. No LOC.
O: swelling lat malleolus, TTP ATFL, neg squeeze, Ottawa ankle rules neg. NV intact.
A: Grade I-II R ankle sprain.
P: RICE, Motrin 800 mg TID w/ food x 5d, ace wrap, light duty 72 h, f/u prn.
HM2 {{NAME:Kowalczyk}} / reviewed BN SURG LT {{NAME:Abernathy}} MC USN

{{DATE:02 AUG 2004}}  same
LCPL {{NAME:RIVERA-OCASIO}} RTC: still pain w/ ruck. Xray neg fx at {{FACILITY:Harbison Surgical Company}}. Cont light duty x 7d. Referred PT when avail.
HM2 {{NAME:K.}}
---
Transcribed into AHLTA {{DATE:12/01/2004}} by {{NAME:tmb}}; original STR to RMC, {{LOCATION:Camp Lejeune}}.
Member's mother {{NAME:Carmen Ocasio}} listed as NOK, {{ADDRESS:Calle Luna 117}}, {{LOCATION:Caguas}}, PR {{ZIP:00725}}.`,
`VET CENTER - READJUSTMENT COUNSELING, individual
{{FACILITY:Tri-Rivers Vet Center}}, {{ADDRESS:219 Riverfront Blvd}}, {{LOCATION:Elyria}} OH {{ZIP:44035}}
Client: {{NAME:Ellsworth}} "{{NAME:Woody}}" {{NAME:Pruitt}}   Vet Center case # {{ID:VC-0447-2291}}
Session 6, {{DATE:Thursday, June 13, 2024}}, 1400-1450

{{NAME:Woody}} (Vietnam, USN, riverine forces, Mekong Delta 1968-69, incl {{LOCATION:Ben Tre}}, {{LOCATION:My Tho}}) came in w/ his wife {{NAME:Loretta}}. He reports the anniversary of {{NAME:Danny Baca}}'s death ({{DATE:June 9}}) "hit like a truck". Talked about going to the Wall. Uses hunting cabin near {{LOCATION:Wellington}} as escape. Sleep 5h. Drinks 2 beers/night, down from 6. No firearms access concerns voiced; gun lock offered and accepted.
Interventions: CPT worksheet review, grief processing. Pt continues group Tues ("the coffee group") led by {{NAME:Ray Okafor}}, LSW.
Plan: next session {{DATE:6/27}} same time. Coordinate with {{FACILITY:Black River CBOC}} PCP re: ETOH and BP.
Counselor: {{NAME:Gretchen Falkenrath}}, LPCC  {{PHONE:440-555-0163}} x12
Client cell: {{PHONE:440.555.0129}}`,
`HCHV OUTREACH - street contact
Date {{DATE:1/22/25}}, 0640, temp 18F. Outreach w/ {{NAME:Dwayne}} (peer specialist) to lot behind {{FACILITY:Sunrise Donut}} on {{ADDRESS:E. Colfax Ave at N. Xanthia St}}, {{LOCATION:Aurora}}.
Vet: {{NAME:Hollis Grayeagle}}, 61, Army '82-'88 ({{LOCATION:Bamberg}}? states "{{LOCATION:Bamberg}}, {{LOCATION:Wildflecken}}"). Sleeping in 2003 tan Buick LeSabre, CO plate {{VEHICLE:BKT-4471}}. Last 4 {{SSN:7730}}. No VA ID card; VHIC lost.
Eligibility verified via HEC, character of discharge honorable. Not enrolled since 2019.
Presents w/ frostbite L 4th/5th toes? blistering, no necrosis. Declined ED at {{FACILITY:Front Range University Hospital}}; agreed to walk-in at {{FACILITY:High Plains Regional VAMC}} today.
Offered contract bed at {{FACILITY:Lantern House Crisis Center}}? reports "too many rules". Will accept GPD bed at {{FACILITY:Bluestem Veterans Residence}}, screen tomorrow.
Phone: prepaid {{PHONE:720-555-0182}}. Sister {{NAME:Wanda Grayeagle-Tso}} in {{LOCATION:Shiprock}}, NM.
{{NAME:Bianca Lunde}}, LCSW, HCHV`,
`SECURE MESSAGE (My HealtheVet) thread
From: {{NAME:LEROY BOATENG}}  {{DATE:10/04/2024 21:17}}
Subject: med refill + question
Hi my lisinopril ran out tues and CMOP said need new script. also the sertraline 100 is making me jittery can i go back to 50?? my new address is {{ADDRESS:3380 Hwy 17 N, Lot 22}}, {{LOCATION:Conway}} SC {{ZIP:29526}}. email me at {{EMAIL:leroyb1971@mailbox.example}} if easier.
---
Reply: {{NAME:Tamika Oduya}}, RN, PACT Green, {{FACILITY:Waccamaw CBOC}}  {{DATE:10/07/2024 08:42}}
Mr. {{NAME:Boateng}}, your address has been updated in VistA. Lisinopril 20 mg renewed by Dr. {{NAME:Feldstein}}, 90-day supply mailed. Sertraline: Dr. {{NAME:Feldstein}} ok'd 50 mg x 2 wks then call. Please do not take extra. If you have chest pain call 911.
---
From: {{NAME:LEROY BOATENG}}  {{DATE:10/07/2024}} 1103
thanks mam. also my daughter {{NAME:Keisha}} wants to be on my file to call for me, her # is {{PHONE:843 555 0176}}
---
Reply {{NAME:T.O.}}: Sent VA Form 10-5345 and 10-0137 info via mail.`,
`C&P EXAM - KNEE AND LOWER LEG CONDITIONS DBQ
Contract examiner: {{FACILITY:Lakeshore Medical Evaluations}} on behalf of VBA
Veteran: {{NAME:Stanislav Wierzbicki}}   DOB {{DATE:09/30/1979}}   SSN {{SSN:372-55-0814}}
Exam {{DATE:4/2/2024}}  Examiner {{NAME:Claire Ashdown-Moyo}}, MD, NPI {{LICENSE:1184906627}}

Dx: L knee patellofemoral pain syndrome (2004), L knee meniscal tear s/p partial menisectomy {{DATE:08/2012}} at {{FACILITY:Longleaf Army Medical Center}}.
History: Airborne, 82nd, 1-504 PIR. Multiple static-line jumps ({{LOCATION:Fort Bragg}}, multiple DZs). Hard landing {{LOCATION:Vicenza}} exercise 2009.
ROM L: flexion 0-105, pain at 95; extension 0. After 3 reps 0-100. Flare-ups: stairs, cold.
Stability: Lachman 1A, anterior/posterior drawer neg, valgus/varus stable. McMurray equivocal.
Imaging: XR {{DATE:3/28/2024}} mild DJD medial compartment.
Assistive device: brace, occasional cane. Functional impact: cannot kneel, works as HVAC tech for {{FACILITY:Tri-County Heating}}.
Medical opinion: at least as likely as not (50% or greater) that L knee DJD is due to in-service parachute injury.
Report uploaded {{DATE:04/05/2024}}.`,
`TBI CLINIC - COMPREHENSIVE TBI EVALUATION (CTBIE)
{{FACILITY:Osprey Point VA Polytrauma Network Site}}  {{DATE:Jan 9 2025}}
Pt {{NAME:Yusuf Abdirahman}}  MRN {{MRN:000729154}}  ICN {{MRN:1019937420V216604}}
Referred by Dr. {{NAME:Lindqvist}} after positive TBI screen.

Events: (1) VBIED {{LOCATION:Ramadi}} {{DATE:11/2006}}, ~30 m, dazed, no LOC, "ringing for a week". (2) Rollover HMMWV near {{LOCATION:Kandahar Airfield}} {{DATE:07/14/2010}}, LOC < 1 min, PTA ~ 2 h, treated at {{FACILITY:Tarin Ridge Combat Support Hospital}}. Glasgow Coma Scale 14 at scene per STR.
Current: HA 4x/wk, photophobia, word-finding issues, irritability. NSI total 38. MoCA 26/30. Romberg neg, tandem gait mild sway.
Impression: history c/w mild TBI x2, with persisting postconcussive sx; overlapping PTSD and OSA.
Plan: neuropsych testing (consult {{ID:51102877}}), SLP cognitive rehab, vestibular PT, Aimovig 70 mg trial. Pt's wife {{NAME:Hodan}} to attend next visit.
Contact: {{PHONE:727-555-0135}}; home {{ADDRESS:1207 Pinellas Bayway S, #4}}, {{LOCATION:Tierra Verde}} {{ZIP:33715}}.
{{NAME:Kalani Mahoe}}, MD, PM&R`,
`PROGRAM OF COMPREHENSIVE ASSISTANCE FOR FAMILY CAREGIVERS (PCAFC) - home visit
Veteran: {{NAME:Terrence}} "{{NAME:T-Bone}}" {{NAME:Lavalle}}  ICN {{MRN:1008826115V773109}}
Primary Family Caregiver: {{NAME:Priya Lavalle}} (spouse)   application {{ID:10-10CG-2023-0918472}}
Home: {{ADDRESS:88 Birchwood Ct}}, {{LOCATION:Manchester}}, NH {{ZIP:03104}}   Visit {{DATE:08-21-2024}}
CSP Coordinator: {{NAME:Orla Breathnach}}, LICSW, {{FACILITY:Merrimack Valley VAMC}}

{{NAME:T-Bone}}, 44, SGT (med ret), 10th Mtn, polytrauma 2011 (Kunar province, {{LOCATION:COP Honaker-Miracle}}). Bilateral TFA, TBI, PTSD. Uses power chair (Permobil M3, SN {{DEVICE:PB3-22081947}}) and C-Leg L.
{{NAME:Priya}} reports burnout, sleeping 5 h, no respite since May. Pt's brother {{NAME:Gabe}} helps Saturdays. Zarit burden score 31.
Wellness contact done. Offered REACH VA coaching and 30 days respite at {{FACILITY:Granite Hills State Veterans Home}}.
Stipend tier confirmed. Next monitoring {{DATE:11/2024}}.
Caregiver Support Line info given. {{NAME:Priya}} cell {{PHONE:603-555-0151}}, email {{EMAIL:priya.lavalle@homenet.example}}.`,
`DEPARTMENT OF VETERANS AFFAIRS
Veterans Benefits Administration, Regional Office

{{DATE:May 2, 2024}}
In Reply Refer To: 332/21
File Number: {{ACCOUNT:30 118 274}}
{{NAME:CHIDI O. ANYANWU}}
{{ADDRESS:5521 W 38TH AVE APT 9}}
{{LOCATION:WHEAT RIDGE}} CO {{ZIP:80033-4102}}

Dear Mr. {{NAME:Anyanwu}}:
We made a decision on your claim for service-connected compensation received on {{DATE:November 14, 2023}}.
Your overall or combined rating is 80%. We are paying you as a veteran with 1 dependent ({{NAME:Adaeze}}, spouse). Your payment begins {{DATE:December 1, 2023}}.
What we decided:
- Obstructive sleep apnea (DC 6847), 50%, presumptive under PACT Act (burn pit exposure, {{LOCATION:Camp Buehring}} and {{LOCATION:Ali Al Salem Air Base}}, 2015-2016).
- Chronic sinusitis, 10%.
- Right shoulder impingement (DC 5201), 20%.
- Hypertension: denied, not related to service.
Evidence: C&P exams dated {{DATE:02/08/2024}} and {{DATE:02/21/2024}} at {{FACILITY:Front Range Medical Evaluations}}; private records from Dr. {{NAME:Inés Carvajal}}.
If you have questions, call 1-800-827-1000 or contact your VSO, {{NAME:Beau Trahan}} of {{FACILITY:Clear Creek Veterans Advocacy}}.
Sincerely, Veterans Service Center Manager`,
`POST-DEPLOYMENT HEALTH ASSESSMENT (DD FORM 2796) - provider review
SM: {{NAME:O'Rourke, Siobhan M.}}   TSgt, USAF, 4N0X1   DoD ID {{ID:1583320946}}
Unit: 379 EMDG   Deployed location: {{LOCATION:Al Udeid AB}}, {{LOCATION:Doha}} area, Qatar
Dates deployed: {{DATE:20230904}} - {{DATE:20240311}}   Assessment {{DATE:20240318}}
Home station: {{LOCATION:Seymour Johnson AFB}}, {{LOCATION:Goldsboro}} NC

Health concerns: "cough since {{DATE:12/20}}", hearing ok, no injuries. Exposures: JP-8, sand/dust, burn pit smoke at transit in {{LOCATION:Camp Arifjan}}.
PHQ-2 = 0. PC-PTSD-5 = 1/5 (avoidance). AUDIT-C = 3. Denies SI.
Exam: lungs clear, SpO2 98%. Spirometry ordered.
Referrals: PCM at {{FACILITY:Seymour Johnson Medical Clinic}} for cough; deployment health f/u in 90-180 days (PDHRA).
Reviewed by Capt {{NAME:Emeka Nwachukwu}}, PA-C, {{DATE:18 Mar 24}}
Signed electronically. Copy to STR.
Member phone {{PHONE:919-555-0158}}; spouse {{NAME:Ciarán}}.`,
`PTSD CLINICAL TEAM - Prolonged Exposure, session 5 of 10
Pt {{NAME:Gutierrez-Baines, Aurelio}}   ICN {{MRN:1017745091V550122}}   {{DATE:9/5/2024}}
Clinician {{NAME:Rebekah Sandoval}}, PsyD   {{FACILITY:El Paso Heights VA Health Care Center}}, bldg 7 rm 112

Index trauma: convoy ambush on MSR Tampa south of {{LOCATION:Balad}}, {{DATE:4/9/04}}; pt was gunner, SPC {{NAME:Ridley}} killed. Pt calls him "{{NAME:Mac}}".
Imaginal exposure x 40 min, SUDS peak 85 -> 45. Hotspot: pulling {{NAME:Mac}} from vehicle. Pt tearful but engaged.
In vivo homework: went to {{FACILITY:Sunland Crossing Mall}} Sat for 30 min, SUDS 70->40. Drove on I-10 past the {{LOCATION:Fort Bliss}} gate.
PCL-5: 61 (baseline) -> 49 today.
Safety: no SI/HI. Lethal means: rifle stored w/ brother-in-law {{NAME:Néstor}} since {{DATE:July 4th}}.
Plan: next session {{DATE:9/12}}. Recording of imaginal sent to pt via VA secure app.
Emergency contact wife {{NAME:Yesenia}} {{PHONE:(915) 555-0133}}.`,
`COMMUNITY CARE CONSULT (MISSION Act eligibility: drive time > 60 min)
Referral # {{ID:VA0045821937}}   SEOC: Cardiology - Outpatient Ex 1.2.3
Veteran {{NAME:ZHANG, WEI-MING}}   DOB {{DATE:12/02/1951}}   Last 4 {{SSN:3318}}
Home: {{ADDRESS:47 Spruce Hollow Rd}}, {{LOCATION:Colebrook}}, NH {{ZIP:03576}}
Referring: Dr. {{NAME:Annika Thorsdottir}}, {{FACILITY:North Country CBOC}}

Reason: new AF w/ RVR episode {{DATE:08/30/2024}} at {{FACILITY:Great North Woods Hospital}}; CHA2DS2-VASc 4. Needs echo, Holter, cardiology consult.
Community provider: {{FACILITY:Androscoggin Heart & Vascular}}, {{ADDRESS:12 Mechanic St}}, {{LOCATION:Berlin}} NH; ph {{PHONE:603-555-0170}}, fax {{FAX:603-555-0171}}.
Scheduled: {{DATE:Tuesday 9/17/24}} 1030.
Authorized visits: 1 initial + 2 f/u, 180 days. Records to be returned via HSRM.
CCN: Optum (Region 1). Vet is Vietnam-era USAF 1970-74, Agent Orange presumptive not applicable.
Staff: {{NAME:Marguerite Lessard}}, Community Care RN   {{DATE:09/04/2024}}`,
`HUD-VASH CASE MANAGEMENT NOTE   {{DATE:3.19.24}}
Vet: {{NAME:Tavita Fuimaono}}   ICN {{MRN:1020051874V338611}}
Case mgr: {{NAME:Lorna Betancourt}}, LMSW, {{FACILITY:Commencement Bay VA HCHV program}}

Home visit at new unit, {{ADDRESS:2219 S. Yakima Ave, Unit 3}}, {{LOCATION:Tacoma}} {{ZIP:98405}}. Lease start {{DATE:3/1/24}} with landlord {{FACILITY:Hilltop Rentals LLC}} (mgr {{NAME:Cory Ahn}}, {{PHONE:253-555-0188}}). Voucher via {{FACILITY:Pierce Gateway Housing Partners}}.
Vet, Army 1996-2004, 25U, served {{LOCATION:Camp Bondsteel}} Kosovo and {{LOCATION:Camp Casey}}. Chronically homeless x 6 yrs, prev. slept at {{FACILITY:Mercy Street Shelter}}.
Unit clean. Fridge empty, referred to food pantry at {{FACILITY:Eastside Loaves Pantry}}. Needs bed frame; furniture bank request # {{ID:FB-7719}}.
MH: stable on Abilify 10 mg, sees psychiatry at {{FACILITY:Cascade Lake VA Clinic}}.
Income: SSDI + NSC pension. Representative payee {{NAME:Mele Fuimaono}} (sister).
Next visit 2 wks. Vet phone {{PHONE:253.555.0107}}.`,
`BURIAL / MEMORIAL BENEFITS - decedent affairs note
Decedent: {{NAME:Augustine Lorenzo Vigil}}, CPL, USA, Korean War
DOB {{DATE:03/22/1930}}   DOD {{DATE:01/06/2025}}   Age at death {{AGE:94}}
Service no. {{ID:RA 18 342 617}}   VA claim no. {{ACCOUNT:C-14 772 095}}
Died at {{FACILITY:Sangre Valley Hospice House}}, {{LOCATION:Española}}, NM.

Next of kin: daughter {{NAME:Rosalinda Vigil-Archuleta}}, {{ADDRESS:9 Camino del Llano}}, {{LOCATION:Chimayó}} NM {{ZIP:87522}}, {{PHONE:505-555-0114}}.
Requests: interment at {{FACILITY:Santa Fe Mesa National Cemetery}}, {{DATE:Jan 14}} 1100 committal; military funeral honors (2-person detail + Taps) through the state Guard honors team; Presidential Memorial Certificate; burial flag (VA Form 27-2008) to daughter.
Funeral home: {{FACILITY:Rivera-Montoya Funeral Home}}, director {{NAME:Fidel Montoya}}, fax {{FAX:505-555-0119}}.
DD-214 located in VBMS. Headstone: upright marble, Latin cross emblem, inscription "BELOVED PAPÁ".
{{NAME:Nadine Sisneros}}, Decedent Affairs`,
`PHARMACY PHONE CALL - CMOP / refill
{{DATE:Mon 2/10/25}} 1445. Call from pt {{NAME:Gerald}} "{{NAME:Gerry}}" {{NAME:Hufnagel}}, DOB {{DATE:7/9/47}}, re: missed shipment.
Verified ID w/ full SSN {{SSN:301-48-6672}} and DOB. Pt states he moved to {{ADDRESS:612 Linden Lane}}, {{LOCATION:Sandusky}} OH {{ZIP:44870}} last month; CMOP package returned to old addr in {{LOCATION:Norwalk}}.
Rx: metformin 1000 mg BID, atorvastatin 40, tamsulosin 0.4, Eliquis 5 mg BID (CMOP tracking {{ID:9400 1118 9922 3471 0058 27}} returned).
Updated address, reshipped via {{FACILITY:Maumee CMOP}}. Local 10-day supply of Eliquis called to {{FACILITY:Firelands Community Pharmacy}} {{PHONE:419-555-0162}}.
Pt's wife {{NAME:Dolores}} on the line, permission given.
Pharmacist: {{NAME:Nkechi Adeyemi-Ross}}, PharmD, CPP, {{FACILITY:Erie Shores CBOC}}, ext {{PHONE:4471}}`,
`AUDIOLOGY - HEARING AID FITTING
{{FACILITY:Cumberland Plateau VAMC}} Audiology   {{DATE:08/15/2024}}
Pt: {{NAME:Virgil Oyelaran}}   ICN {{MRN:1015520987V900376}}
Hx: SC tinnitus 10%, bilat SNHL; artillery (13B), 3-320 FA, {{LOCATION:Fort Sill}} and {{LOCATION:Baqubah}}.
Devices fit today:
  R: Phonak Audéo L90-R, serial {{DEVICE:2412A7JH0}}
  L: Phonak Audéo L90-R, serial {{DEVICE:2412A7JH3}}
  Charger serial {{DEVICE:CHG-88312054}}
Real-ear verification to NAL-NL2 targets; within 5 dB 250-4000 Hz. Tinnitus masker program 3 enabled.
Counseled on care, myPhonak app paired to pt's phone. Warranty through {{DATE:08/2028}} (VA contract).
Wife {{NAME:Abimbola}} present. Pt reports "I can hear the birds at the farm again" (farm in {{LOCATION:Crossville}}).
Return 4-6 wks for fine tune. Batteries/supplies via DALC order {{ID:DL-5530812}}.
{{NAME:Shoshana Leibowitz-Grant}}, AuD, CCC-A  /{{NAME:mw}}`,
`SLEEP MEDICINE - CPAP compliance, VVC telehealth
Pt {{NAME:Marcus Aurelius Whitfield}}, 38, USMC 2005-2013   {{DATE:06/03/2025}} 0900
Connected via VA Video Connect from home ({{LOCATION:Jacksonville}}, NC), IP logged {{IP:174.109.62.15}}. Session link {{URL:https://vvc.vapatientconnect.example/join/82QW-71TK}}.
Device: ResMed AirSense 11 AutoSet, SN {{DEVICE:23231478992}}, modem ID {{DEVICE:AS11-7734501}}.
30-day download: usage 27/30 nights, avg 6h12m, AHI 2.1, leak 95th pct 18 L/min. Pressure 8-14, 95th pct 11.6.
Pt reports feels "way less fog". ESS 19 -> 8. Mask: AirFit F30 medium, nasal bridge irritation resolved.
OSA SC 50% since 2023, rated per letter {{DATE:4/19/23}}. {{LOCATION:Camp Lejeune}}? served {{LOCATION:Camp Lejeune}} 2006-08, pt aware of CLJA.
Plan: continue; supplies q90d via {{FACILITY:Tarheel Respiratory Supply}}; f/u 1 yr.
Pt email {{EMAIL:mawhitfield.usmc@inbox.example}}.
{{NAME:Ravindra Pillai}}, MD, Sleep`,
`NURSE TRIAGE - phone, after hours (Clinical Contact Center)
{{DATE:12/24/2024 2248}}  Caller: {{NAME:Jolene Birdsong}}, spouse of vet {{NAME:Ambrose Birdsong}}, {{AGE:91}} (caller: "he turned {{AGE:ninety-one}} in Oct"). Vet DOB on file {{DATE:10/30/1933}}.
Vet is Korea-era USN (1951-55). Call-back {{PHONE:(406) 555-0126}}.
Address on file: {{ADDRESS:Box 212, 4 Mile Rd}}, {{LOCATION:Lame Deer}}, MT {{ZIP:59043}}.
Sx: confusion since afternoon, fever 101.6, urine "dark and smelly", Foley? no catheter. Fell once, no head strike.
Disposition per Schmitt-Thompson protocol: ED now. Nearest ED {{FACILITY:Rosebud Valley Hospital}} in {{LOCATION:Colstrip}} (35 min). Spouse will drive w/ son {{NAME:Lyle}}.
Notified {{FACILITY:Helena Valley VAMC}} AOD Dr. {{NAME:Castellanos}}; Form 10-7080 N/A, emergency notification # {{ID:ECN-24-1224-0871}} for 72-hr rule.
RN {{NAME:Pauline Ferraro-Kim}}`,
`ENROLLMENT / ELIGIBILITY - VHIC issue
{{DATE:04/11/2023}} 0932  {{FACILITY:Shenandoah Gap VAMC}}, Enrollment office, window 4
Veteran {{NAME:Krzysztof}} "{{NAME:Kris}}" {{NAME:Zielinski}} presented for new Veteran Health Identification Card (old card worn).
Identity proofing: MD driver's license {{LICENSE:Z-452-617-803-219}}, exp {{DATE:09/14/2027}}; DD-214 on file (USAF, SSgt, 3D0X2, 1998-2006, {{LOCATION:Aviano AB}}, {{LOCATION:Incirlik}}).
ICN {{MRN:1011134567V880213}}   EDIPI {{ID:1046628813}}   SSN {{SSN:219-64-3058}}
Photo captured, file {{PHOTO:VHIC_IMG_20230411_0932_ZIELINSKI.jpg}}; card printed, member ID {{ID:7301-0046-1129}}.
Fingerprint template enrolled for kiosk check-in, template ref {{BIOMETRIC:FP-TPL-00872215}}.
Address verified: {{ADDRESS:17 Catoctin Ridge Dr}}, {{LOCATION:Hagerstown}}, MD {{ZIP:21740}}. Cell {{PHONE:301-555-0186}}.
Means test: exempt, SC 30%. Priority group 2. OHI: BCBS FEP member {{HEALTH_PLAN:R48839215}} through wife's federal job ({{NAME:Hanna}}, works at the commissary on {{LOCATION:Fort Detrick}}, per vet).
Clerk: {{NAME:Yolanda Breedlove}}, MSA`,
`SUICIDE PREVENTION - Safety Plan (VA Form 10-4444b content), HRF placed
Pt {{NAME:Dakota Rainwater}}  Age 29  ICN {{MRN:1022208817V140063}}  {{DATE:Sun 11/17/2024}}
SPC coordinator: {{NAME:Imani Castellano-Reyes}}, LCSW, {{FACILITY:Ozark Foothills VA Medical Center}}

Context: OEF vet (USA, 88M, {{LOCATION:Bagram}} 2013), recent divorce, job loss at {{FACILITY:Benton Poultry Processing}}. ED visit {{DATE:11/15}} for OD (hydroxyzine 20 tabs) at {{FACILITY:Razorback Regional Hospital}}.
Step 1 warning signs: isolating, drinking alone, not answering mom's calls (pt calls mother "Nana {{NAME:Rae}}").
Step 2 internal coping: fishing at {{LOCATION:Beaver Lake}}, guitar.
Step 3 people/places: brother {{NAME:Cody}} {{PHONE:479-555-0139}}; {{FACILITY:VFW Post 9998}} on Thursdays.
Step 4 help: friend {{NAME:Juan Pablo Ibarra}} {{PHONE:479-555-0174}}.
Step 5 professionals: Dr. {{NAME:Mbeki}} (psych) {{PHONE:479-555-0100}} x5521; VCL 988 press 1.
Step 6 lethal means: 2 handguns now at {{NAME:Cody}}'s home; locking bag issued.
High Risk Flag active; REACH VET tier. Follow-up call {{DATE:11/18}}.`,
`MILITARY SEXUAL TRAUMA (MST) coordinator note - CONFIDENTIAL
{{DATE:January 30, 2025}}   {{FACILITY:Three Rivers VA Women's Clinic}}
Veteran: {{NAME:Latoya Sheffield-Okoro}}   ICN {{MRN:1009983312V774190}}

Vet disclosed MST while stationed {{LOCATION:Camp Humphreys}}, {{LOCATION:Pyeongtaek}}, ROK, ~{{DATE:Oct 2009}}; perpetrator was a SSG in her company (name given, not recorded here per vet request). Restricted report made to SARC at the time; vet has a copy of DD Form 2910, case # {{ID:SAPR-09-4421-K}}.
Vet reports current nightmares, avoidance of men in uniform, difficulty in VA waiting rooms. PC-PTSD-5 = 4.
Discussed: free MST-related care regardless of discharge status, women's-only DBT group, Whole Health.
Referral to {{FACILITY:Hollyhock Women's Trauma Recovery Program}} (residential, {{LOCATION:Lake City}} FL) discussed; vet wants outpatient first.
Claim support: VSO {{NAME:Marisela Ocampo}}, {{FACILITY:American Legion Post 31}}; secondary markers: performance evals from 2009, incl. one dated {{DATE:11/2009}}.
Vet prefers contact via {{EMAIL:latoya.s.okoro@mailbox.example}}, or text {{PHONE:912-555-0147}}.
{{NAME:Felicity Aranda}}, PhD, MST Coordinator`,
`AGENT ORANGE REGISTRY EXAM
{{FACILITY:Gulf Coast Magnolia VA}} Environmental Health Clinic   Exam {{DATE:2024-07-22}}
Vet: {{NAME:Nguyen Van Thanh}} "{{NAME:Tom}}" {{NAME:Broussard}}  DOB {{DATE:1948-02-11}}  SSN {{SSN:437-19-6625}}
Service: USA, 1967-1970, RVN {{DATE:Aug 1968}} - {{DATE:Aug 1969}}: {{LOCATION:Cu Chi}}, {{LOCATION:Tay Ninh}}; no Blue Water or Thailand service.
Exposure hx: defoliated perimeter at base camp, sprayed "from the Hueys".
Conditions: DM2 (A1c 7.8), IHD s/p CABG {{DATE:5/2015}} at {{FACILITY:Terrebonne Heart Institute}}, prostate CA s/p XRT, peripheral neuropathy. All presumptive.
Also MGUS - referred heme/onc.
Family: son {{NAME:Remy}} and daughter {{NAME:Thuy-Anh}} healthy, no spina bifida.
Exam: BMI 31, BP 148/82, monofilament decreased bilat feet. Chloracne none.
Registry data entered; letter to vet mailed to {{ADDRESS:4021 Bayou Blue Rd}}, {{LOCATION:Houma}} LA {{ZIP:70364}}.
Nephew {{NAME:Jean-Luc Broussard}} helps w/ paperwork, {{PHONE:985-555-0193}}.
Env Health Coordinator {{NAME:Deirdre Tolliver}}, RN; Clinician {{NAME:Arjun Venkataraman}}, MD`,
`AIRBORNE HAZARDS AND OPEN BURN PIT REGISTRY - in-person evaluation
Vet {{NAME:Ashlynn Forsberg-Diaz}}, 36 y/o F, USAF 2008-2016 (3E7X1 firefighter)   {{DATE:10/21/24}}
Questionnaire completed online {{DATE:9/2/2024}}, confirmation {{ID:AHOBPR-2024-7716503}}.
Deployments: {{LOCATION:Balad AB}} ({{DATE:6/2009-1/2010}}), {{LOCATION:Camp Lemonnier}}, {{LOCATION:Djibouti City}} (2012), {{LOCATION:Al Dhafra}} (2014-15).
Burn pit within 1/2 mile at {{LOCATION:Balad}}; "black smoke all day". Firefighting foam (AFFF) exposure.
Sx: exertional dyspnea, chronic cough, rhinitis. Never smoker.
PFTs {{DATE:10/07/2024}}: FEV1/FVC 0.68, post-BD reversible 8%. DLCO 74%. HRCT: mosaic attenuation.
Impression: possible constrictive bronchiolitis vs asthma; PACT Act presumptive asthma dx'd after service.
Plan: local pulm now, {{FACILITY:Sandhills VA War Related Illness Center}} if unclear; PFAS serum testing discussed.
Vet works at {{FACILITY:Cumberland County Fire Rescue Station 14}}. Address {{ADDRESS:310 Pinecrest Ln}}, {{LOCATION:Hope Mills}}, NC {{ZIP:28348}}.
{{NAME:Olumide Fashola}}, MD`,
`GULF WAR REGISTRY / undiagnosed illness f/u
{{DATE:03-04-2025}}  {{FACILITY:Red River Valley VA HCS}}, {{LOCATION:Fargo}}
{{NAME:Harlan J. Skogstad}}  ICN {{MRN:1003349981V612077}}  Last4 {{SSN:9904}}

1990-91 Desert Shield/Storm, USA, 24th ID, {{LOCATION:King Khalid Military City}}, then {{LOCATION:Jalibah}} airfield; near {{LOCATION:Khamisiyah}} {{DATE:March 1991}} (DoD notification letter rec'd 1997). Took PB pills x 2 wks.
Chronic multisymptom illness: fatigue, joint pain, GI (IBS-D), memory. CDC criteria met.
Labs: CBC, CMP, TSH wnl. ESR 12. No Lyme. Not Parkinson's; no ALS.
Meds: duloxetine 60, dicyclomine prn.
Plan: Whole Health coach {{NAME:Birgit Ostlund}}; tai chi class Wed; WRIISC consult via e-consult {{ID:EC-2025-033412}}.
Vet ranches near {{LOCATION:Hillsboro}} ND; wife {{NAME:Marit}}; home {{PHONE:701-555-0166}}.
Vet asked re: grandson's Gulf War syndrome heritability - education provided.
{{NAME:Torsten Lindahl}}, MD / {{NAME:bo}}`,
`CAMP LEJEUNE FAMILY MEMBER PROGRAM - reimbursement review
Family member: {{NAME:Rosemary Ingersoll-Pate}}   DOB {{DATE:06/06/1962}}
Sponsor: father, GySgt {{NAME:Walter Ingersoll}} (deceased {{DATE:2/2/2001}}), USMC
Residence on base: {{LOCATION:Tarawa Terrace}} housing, {{LOCATION:Camp Lejeune}}, {{DATE:Jan 1969}} - {{DATE:Jun 1974}} (base housing records verified).
Condition claimed: bladder cancer, dx {{DATE:04/19/2021}} at {{FACILITY:Coastal Plains Urology Center}}.
Claims submitted: 14 invoices, 2021-2024; program file {{ACCOUNT:CLFM-0093318}}; OHI: Medicare {{HEALTH_PLAN:7EQ4-TN8-HK62}} + AARP supplement {{HEALTH_PLAN:39184470211}}.
Out-of-pocket allowed: $4,812.16 (after OHI). Check mailed to {{ADDRESS:215 Gum Branch Rd}}, {{LOCATION:Jacksonville}} NC {{ZIP:28540}}.
Note: CLJA lawsuit separate, not VA. Attorney {{NAME:Phineas Goldblatt}}, {{FACILITY:Goldblatt & Reyes PLLC}}, fax {{FAX:910-555-0129}}.
Reviewed by {{NAME:Zora Haddad}}, Program Specialist, {{DATE:8/1/2024}}`,
`PROSTHETICS - amputee clinic / device issue
{{DATE:05/28/24}}  Amputation System of Care, {{FACILITY:Gateway Arch VA Medical Center}}
Vet: {{NAME:Ignatius}} "{{NAME:Iggy}}" {{NAME:Mwangi-Schulz}}  SGT (ret.), 1-26 IN  ICN {{MRN:1016672345V998102}}
L TTA {{DATE:10/2012}} after IED, {{LOCATION:Zhari}} district; treated {{FACILITY:Landsberg Regional Medical Center}} then {{FACILITY:Potomac National Military Medical Center}}.
New socket + foot delivered: Össur Pro-Flex XC, serial {{DEVICE:PFX-27-114390}}; liner Iceross, vacuum pump SN {{DEVICE:UNY-4478115}}.
Running blade (Cheetah Xcel) requested for adaptive sports (Valor Games) - PSAS 10-2520 order {{ID:656-24-P-88173}}.
Vendor: {{FACILITY:Mound City Orthotics & Prosthetics}}, CPO {{NAME:Dmitri Volkonsky}} {{PHONE:314-555-0102}}.
Skin check: no breakdown, K-level 4. Phantom pain controlled on gabapentin 300 TID.
Auto adaptive equipment: 2022 Ford F-150, VIN {{VEHICLE:1FTFW1E83NFA41927}}, hand controls approved (10-1394).
{{NAME:Noor Al-Khatib}}, PM&R`,
`SCI/D ANNUAL EVALUATION
Pt: {{NAME:Broderick Tshabalala}}, C6 AIS B tetraplegia since {{DATE:7/4/1994}} (MVA off-duty, {{LOCATION:Fort Hood}}) - SC via LOD determination.
Spinal Cord Injury Center, {{FACILITY:Southern Pines VAMC}}   Adm for annual {{DATE:11/12/2024}} - {{DATE:11/15/2024}}
ICN {{MRN:1005527719V323045}}   Age 52
Bladder: SPC (suprapubic), changed q4wk by home RN from {{FACILITY:Carolina Heartland Home Health}}. Foley not used. Urodynamics stable.
Skin: stage 2 L ischial, healing. Seating clinic: new ROHO cushion, power chair Quantum Q6 Edge, SN {{DEVICE:Q6E-0421-77831}}.
Bowel program qod, Autonomic dysreflexia episodes x2 (BP 190/110) - teaching reinforced.
Labs: Cr 0.6, A1c 5.9. DEXA T -3.1 hips. Renal US neg.
Caregiver: attendant {{NAME:Pilar Echeverría}} (VA H/HHA contract), mother {{NAME:Gloria Tshabalala}}.
Home: {{ADDRESS:66 Longleaf Pine Way}}, {{LOCATION:Aberdeen}}, NC {{ZIP:28315}}; {{PHONE:910-555-0154}}.
SCI home-care coordinator {{NAME:Elif Demirci}}, RN; attending Dr. {{NAME:Tóth}}`,
`DENTAL - Annual Periodic Exam / Dental Readiness Classification
{{DATE:17 SEP 2024}}  {{FACILITY:Harmon Dental Clinic}}, {{LOCATION:Joint Base Lewis-McChord}}
SM {{NAME:MOHAMMED, AMIRA S}}   SGT / 68W   DoD ID {{ID:1407719352}}   DOB {{DATE:22 JAN 1996}}
Unit: C Co, 1-2 SBCT. Deploying {{LOCATION:Grafenwöhr}} rotation {{DATE:Nov 2024}}.
Findings: #19 MO caries into dentin, #30 fractured cusp, #1/#16/#17/#32 partially erupted, pericoronitis hx.
Dental class: 3 -> non-deployable until #19 restored & #32 extracted.
Tx plan: #19 MO composite {{DATE:9/24}}; #32 ext w/ oral surgery (COL {{NAME:Xu Jianping}}) {{DATE:10/1}}.
Bitewings x4, pano taken. Extraoral full-face photo {{PHOTO:EO-FACE-20240917-0455}}.
Cmdr notified via MEDPROS. 1SG {{NAME:Holloway}} {{PHONE:253-555-0112}}.
Provider: MAJ {{NAME:Rebecca Tran-Whitlock}}, DDS  / DA {{NAME:pm}}`,
`NON-VA EMERGENCY CARE NOTIFICATION (72-hour)
Notification rec'd {{DATE:02/16/2025 0713}} via EDNP portal, ref {{ID:EDN-0216-5582190}}
Reporting facility: {{FACILITY:St. Brendan's Mercy Hospital}}, {{LOCATION:Scranton}} PA, case mgr {{NAME:Hollie Marchetti}}, RN  {{PHONE:570-555-0131}}  fax {{FAX:570-555-0138}}
Veteran: {{NAME:PETROSYAN, ARMEN G}}   DOB {{DATE:08/19/1958}}   SSN {{SSN:196-40-7213}}   ICN {{MRN:1004471286V062519}}
Admitted {{DATE:02/15/2025 2251}} via ED: STEMI, cath lab, DES x1 to LAD (Dr. {{NAME:Ferreira-Stokes}}). EF 40%.
Hospital MRN {{MRN:SBM-00918442}}, acct {{ACCOUNT:HAR 7730015629}}.
Eligibility: enrolled, PCP at {{FACILITY:Lackawanna Valley VAMC}}, PACT Red; 70% SC; authorized under 38 USC 1703.
Transfer offered to VAMC when stable - declined by cardiology, not stable for transfer. Will follow daily via CC RN.
Vet Vietnam-era USAF; son {{NAME:Aram Petrosyan}} is POA, {{PHONE:570-555-0197}}.
Entered by {{NAME:Consuela Ybarra}}, Community Care, {{DATE:2/16/25}} 0740.
UPDATE {{DATE:2/19}}: d/c home {{DATE:2/18/25}}; records requested via HSRM.`,
`DISCHARGE SUMMARY - ACUTE MEDICINE, 4 West
{{FACILITY:Alamo Heights VA Medical Center}}
Pt: {{NAME:Barrientos, Evaristo}}   MRN {{MRN:776103}}   ICN {{MRN:1012233008V671448}}
Adm: {{DATE:10/02/2024}}   D/C: {{DATE:10/06/2024}}   Attending: Dr. {{NAME:Hyun-woo Park}}
Age: {{AGE:93}}   Korea, USMC, {{LOCATION:Chosin Reservoir}} survivor (frostbite both feet, SC 30%).

Dx: CAP RLL, acute metabolic encephalopathy, AKI on CKD3b (Cr 2.4 -> 1.6), hyponatremia.
Course: ceftriaxone + azithro x 5 d. Delirium mgd w/o antipsychotics; CAM neg by {{DATE:10/5}}. Foley placed {{DATE:10/2}}, removed {{DATE:10/4}}, voiding. PT: Hoyer not needed, walker w/ min assist.
Code status: DNR/DNI, confirmed with dtr {{NAME:Graciela Barrientos-Lujan}} (MPOA).
D/C to: {{FACILITY:Floresville State Veterans Home}}, {{ADDRESS:820 Alameda Loop}}, {{LOCATION:Floresville}} TX {{ZIP:78114}}; report called to {{NAME:Chioma}}, RN, {{PHONE:830-555-0144}}.
F/U: GeriPACT Dr. {{NAME:Lozano}} in 2 wks; labs {{DATE:10/10}}.
Pt's CPAP (Philips DreamStation SN {{DEVICE:J38291604AB2}}) - recalled model, replacement request # {{ID:PR-24-11708}}.
Dictated {{NAME:HWP}}/{{NAME:kls}} {{DATE:10/06/2024 15:02}}`,
`SOCIAL WORK - long-term care placement
{{DATE:4/8/24}}. SW {{NAME:Ewa Jankowska}} met w/ vet {{NAME:Cornelius Abernathy-Hughes}} ({{AGE:96}} y/o, WWII Army Air Forces, B-24 ball turret gunner, 8th AF, based {{LOCATION:Hethel}}, England) and his niece {{NAME:Rosalind Cahill}}.
Current: living alone at {{ADDRESS:14 Wyndham Court}}, {{LOCATION:Falmouth}}, ME {{ZIP:04105}}; 2 falls this month; neighbor Mr. {{NAME:Pelletier}} checks daily.
Options discussed: (1) CLC at {{FACILITY:Kennebec Pines VAMC}} - 70% SC so no copay; (2) {{FACILITY:Casco Bay State Veterans Home}}, per diem; (3) Medical Foster Home, caregiver {{NAME:Annie Tibbetts}} in {{LOCATION:Gorham}}.
Vet prefers (2), near his church ({{FACILITY:St. Pius X Parish}}).
Application sent {{DATE:4/8}}; Form 10-10EC completed. Niece has POA; her phone {{PHONE:207-555-0168}}, email {{EMAIL:rcahill.maine@webpost.example}}.
Aid & Attendance claim to be filed by VSO {{NAME:Gordon Leavitt}}.
Vet reports he "wants a flag on the casket and the bugle, real bugle." Noted for future burial planning.`,
`MENTAL HEALTH INTAKE - BHIP Team Orion
{{DATE:May 13 2025}} | {{FACILITY:Saguaro Valley VA Health Care System}}, {{LOCATION:Tucson}}
Vet: {{NAME:Ximena Castañeda-Holt}}  34F  USN, HM3 2010-2016 (FMF corpsman w/ 2/9 Marines; {{LOCATION:Marjah}} {{DATE:2/2010}}; later {{FACILITY:Naval Medical Center Coronado Bay}}).
Referred by PCP Dr {{NAME:Okafor-Lind}}.
CC: panic attacks, nightmares, "guilt about the ones I couldn't save". Goes by "{{NAME:Doc}}" among Marine friends.
PHQ-9 17, GAD-7 15, PCL-5 52, C-SSRS screen neg today; past SI "winter 2019" per pt, no attempt.
Substance: ETOH 4-5 drinks/wkend, no drugs, vapes.
Social: partner {{NAME:Renata}}, works as ER tech at {{FACILITY:Tucson Mountain Medical Center}}; lives {{ADDRESS:2740 N Campbell Ave Apt 112}}, {{LOCATION:Tucson}} AZ {{ZIP:85719}}.
Dx: PTSD, panic d/o, AUD mild.
Plan: CPT w/ Dr. {{NAME:Greenbaum}}; sertraline 50 mg; Women's Vet Program coordinator {{NAME:Shaniqua Lott}} intro.
Phone {{PHONE:520-555-0109}}. 
{{NAME:Farid Hosseini}}, MD, Psychiatry`,
`BENEFICIARY TRAVEL - mileage claim
Claim # {{ACCOUNT:BT-2024-00418827}}   submitted {{DATE:July 8, 2024}} via BTSSS
Claimant: {{NAME:Odalys Fuentes-Kaʻahanui}}, veteran, 50% SC
From: {{ADDRESS:45-3380 Mamane St}}, {{LOCATION:Honokaʻa}}, HI {{ZIP:96727}}
To: {{FACILITY:Hilo Bayfront VA Clinic}} {{DATE:07/03/2024}} (PT + audiology)
Round trip 82.6 mi x $0.415 = $34.28, deductible waived (SC>30%).
Also claims parking receipt $6 and a toll? -> none on route; removed.
Vet states spouse {{NAME:Keoni}} drove; vehicle HI plate {{VEHICLE:PLK 482}}.
Direct deposit on file, acct ending {{ACCOUNT:0913}}.
Approved {{DATE:7/10/24}}, BT clerk {{NAME:Leilani Cabrera}}. Vet notified by phone {{PHONE:808-555-0153}}.
Note: special mode (wheelchair van) not required. Next appt {{DATE:8/21}}.`,
`RELEASE OF INFORMATION - request log
Req # {{ID:ROI-25-004713}}   Rec'd {{DATE:01/09/2025}}   {{FACILITY:Wiregrass VA Health Care System}}, HIMS
Requester: Atty. {{NAME:Lamar Pettiford}}, {{FACILITY:Pettiford Veterans Law Group}}, {{ADDRESS:300 N Foster St, Ste 410}}, {{LOCATION:Dothan}}, AL {{ZIP:36303}}; fax {{FAX:334-555-0121}}; email {{EMAIL:intake@pettifordvetlaw.example}}
Patient: {{NAME:Cleavon Dupree}}, DOB {{DATE:11-11-1971}}, SSN {{SSN:420-87-1356}}
Auth: VA Form 10-5345 signed {{DATE:12/30/2024}}, incl. drug/ETOH, HIV, sickle cell (38 USC 7332) - yes.
Records: CPRS notes {{DATE:1/1/2019}} - present, rad images from {{LOCATION:Fort Novosel}} are DoD - refer to {{FACILITY:Tabor Army Health Clinic}} for STRs.
Purpose: appeal of claim {{ACCOUNT:600-441-8820}} (higher-level review).
Format: CD mailed + encrypted email via link {{URL:https://securefx.pettifordvetlaw.example/u/cdupree-roi}}.
Processed by {{NAME:Marta Szabó}}, ROI spec, {{DATE:1/14/25}}. 1,204 pages.`,
`VR&E (Chapter 31) - counseling record
Vet {{NAME:Tremaine Oyelowo-Banks}}   file # {{ACCOUNT:29 331 807}}   {{DATE:Nov. 4, 2024}}
VRC: {{NAME:Agnieszka Pawlak}}, {{FACILITY:Hampton Roads Regional Office VR&E}}
Entitlement: SEH found (PTSD 70, TBI 10, L shoulder 20). Former 25B IT specialist, 2010-2018, {{LOCATION:Fort Gordon}}, {{LOCATION:Camp Arifjan}}, {{LOCATION:Baumholder}}.
Goal: B.S. cybersecurity at {{FACILITY:Old Dominion Tidewater University}} (online + campus), start {{DATE:January 13, 2025}}.
Accommodations: quiet testing room, notetaker; disability office contact {{NAME:Priyanka Deshmukh}}.
Subsistence allowance w/ 2 dependents. Tools: laptop (Dell Latitude, asset tag {{DEVICE:VRE-LT-448821}}).
Vet currently works part-time at {{FACILITY:Chesapeake Lumber & Hardware}}.
Address {{ADDRESS:1136 Battlefield Blvd N}}, {{LOCATION:Chesapeake}}, VA {{ZIP:23320}}. Cell {{PHONE:757-555-0178}}.
Next meeting {{DATE:12/2/24}}. Case note by {{NAME:AP}}.`,
`FIDUCIARY FIELD EXAMINATION
Beneficiary: {{NAME:Ottoline Mabry}}, surviving spouse of SFC {{NAME:Elroy Mabry}} (KIA {{LOCATION:Kandahar}} {{DATE:5/22/2010}}). DIC + A&A.
Beneficiary age {{AGE:90}} (DOB {{DATE:3/3/1934}}).
Fiduciary proposed: grandson {{NAME:Kendrick Mabry-Sowell}}, {{ADDRESS:2207 Magnolia Ave}}, {{LOCATION:Meridian}}, MS {{ZIP:39301}}.
Field exam date {{DATE:June 20, 2024}}; field examiner {{NAME:Celestine Guidry}}.
Beneficiary lives at {{FACILITY:Lauderdale Oaks Assisted Living}}, rm 14. Oriented x2, MoCA 17 per facility. Unable to manage funds: incompetency rating {{DATE:4/2024}}.
Bank: {{FACILITY:Magnolia Federal Credit Union}}, fiduciary acct {{ACCOUNT:55103927-01}}. Monthly VA benefit $2,744.
Bond not required (<$25k estate). Annual accounting due {{DATE:6/30/2025}}.
{{NAME:Kendrick}}'s license checked: MS DL {{LICENSE:802447153}}. Background ok.
Hub: {{LOCATION:Indianapolis}} Fiduciary Hub. {{NAME:Kendrick}} phone {{PHONE:601-555-0185}}.`,
`WOMEN VETERANS PROGRAM - maternity care coordination
{{DATE:2/3/2025}}  MCC {{NAME:Roxanne Delgado-Webb}}, RN, {{FACILITY:Sonoran Desert VA}}
Vet: {{NAME:Hadiza Bello-Marquardt}}, 31, G2P1, EDD {{DATE:07/19/2025}}, Army vet (92Y, 2013-2019, {{LOCATION:Fort Bliss}}, {{LOCATION:Camp Buehring}}).
Prenatal care via Community Care at {{FACILITY:Desert Rose OB/GYN}}, Dr. {{NAME:Abernathy-Quon}}; referral {{ID:VA0052218840}} covers pregnancy + 8 wks postpartum.
History: PTSD (SC 50), on sertraline - OB aware, continue. Prior C/S 2021.
Screening: EPDS 9. Safe at home. Partner {{NAME:Lukas Marquardt}} (active duty, 1AD, {{LOCATION:Fort Bliss}}) - pt also has TRICARE Select as his spouse, DBN {{HEALTH_PLAN:20917733581}}.
Newborn care: VA covers first 7 days (newborn baby girl {{NAME:Marquardt}}).
Breast pump order via prosthetics: Spectra S1, serial {{DEVICE:SP1-2507-33410}}.
Call schedule q4wk. Vet cell {{PHONE:915-555-0128}}.`,
`WHOLE HEALTH COACHING - session 3
Coach: {{NAME:Mateus Figueiredo}}, WH coach (peer)   {{DATE:Wed 09.11.2024}}
Participant: {{NAME:Dorothea}} "{{NAME:Dot}}" {{NAME:Kleinschmidt}}, USAF 1978-1998, MSgt (ret.), {{LOCATION:Ramstein}}, {{LOCATION:Clark AB}}, {{LOCATION:Lackland}}.
Mission, Aspiration, Purpose: "be there for my grandkids ({{NAME:Emmy}} and {{NAME:Jonah}}) in {{LOCATION:Boerne}}".
SMART goal wk 1-2: walk 20 min 5 days/wk at {{FACILITY:Guadalupe Bend Nature Park}} - met 4/5 days. Goal wk 3: add yoga class (Wed, CBOC). 
Barriers: knee OA, hot weather. Strengths: discipline, faith (volunteers at {{FACILITY:First Lutheran Boerne}}).
Personal Health Inventory updated. Taking Outsmart Diabetes class at {{FACILITY:Hill Country Oaks VA Clinic}}.
PCP Dr. {{NAME:Sandoval}} aware; A1c 6.9 (down from 7.6).
Next session {{DATE:9/25}} by phone {{PHONE:830-555-0191}}.`,
`HOME BASED PRIMARY CARE - RN visit
{{DATE:Friday, 3/14/2025}}   HBPC Team 2, {{FACILITY:Big Horn Basin VAMC}}
Pt: {{NAME:Wendell Yellowhorse}}  {{AGE:90}} yo  ICN {{MRN:1002219874V551330}}
Home: {{ADDRESS:HC 61 Box 14, BIA Rte 4}}, {{LOCATION:Lodge Grass}}, MT {{ZIP:59050}} - directions: 3rd cattle guard past the chapter? no, past the {{FACILITY:Lodge Grass Trading Post}}, blue trailer.
Vet is Korea-era USA, code talker family ("my uncle {{NAME:Henry}} was one").
Vitals: BP 136/70, HR 68 irreg, SpO2 93% RA, wt 142 lb (stable). Edema 1+.
Meds reconciled with granddaughter {{NAME:Shawna Not Afraid}}; pillbox filled x 2 wks. Warfarin 2.5 mg; INR today POC 2.7.
Home telehealth device (Cardiocom) SN {{DEVICE:CC-HT-0079184}} transmitting daily, vitals ok.
Safety: wood stove, smoke detector working. Dog bite hx. Hunting rifle locked.
Pt requests "the Honor Guard from {{FACILITY:Crow Agency Post 8}}" when his time comes - documented; Dr. {{NAME:Farnsworth}} aware, goals of care note {{DATE:2/2025}}.
Next RN visit {{DATE:3/28}}. Granddaughter phone {{PHONE:406-555-0106}}.
{{NAME:Marla Iron Cloud}}, RN`,
`HOSPICE / PALLIATIVE - family meeting
{{DATE:Dec 2, 2024}} 1530  CLC Hospice Unit "Liberty Hall", {{FACILITY:Allegheny Ridge VAMC}}, bed 6
Vet: {{NAME:Leopold Szymanski}}, {{AGE:99}} y/o, WWII, USA 1943-46, 90th ID; landed {{LOCATION:Utah Beach}} {{DATE:June 6, 1944}}; wounded near {{LOCATION:Saint-Lô}}; Purple Heart.
Present: sons {{NAME:Edward}} and {{NAME:Francis Szymanski}}, daughter-in-law {{NAME:Maureen}}, chaplain Fr. {{NAME:Adebayo}}, SW {{NAME:Kateryna Hnatiuk}}, Dr. {{NAME:Castellanos-Wirth}}.
Discussed: decline over 2 wks, PPS 20%, intake minimal. Family agrees comfort only; no transfer, no labs. Morphine SL prn dyspnea, glycopyrrolate for secretions.
Last wishes: burial next to wife {{NAME:Helena}} at {{FACILITY:Cedar Knoll National Cemetery}}, full military honors; flag to {{NAME:Edward}}. Polish hymn requested.
"No Veteran Dies Alone" volunteers scheduled overnight ({{NAME:Gary}}, {{NAME:Lucinda}}).
Family contact {{NAME:Edward}} {{PHONE:412-555-0187}}, {{EMAIL:ed.szymanski@pghmail.example}}.`,
`GERIATRIC PRIMARY CARE (GeriPACT) - memory concern
{{DATE:10/09/2024}}  {{FACILITY:Piedmont Triad VA Clinic}}
Pt {{NAME:Thaddeus Okonjo-Price}}, {{AGE:92}}M, Korean War USAF (weather observer, {{LOCATION:Kimpo}} AB K-14, 1952-53). Accompanied by wife {{NAME:Beatrice}}, 88.
Wife notes: getting lost driving to {{FACILITY:Friendly Avenue Grocery}}, a store near home; missed bills; repeated stories. Driving incident {{DATE:9/28}} - scraped mailbox.
MoCA 18/30 (delayed recall 0/5). GDS 4. No Parkinsonian features. B12, TSH ok; CT head: small vessel disease.
Impression: major neurocognitive d/o, likely mixed (Alzheimer + vascular).
Plan: donepezil 5 mg; driving - referred to driver rehab; recommend stop driving until eval. Pt's car: 2014 Buick LaCrosse NC {{VEHICLE:HMT-2291}}.
Caregiver: REACH VA referral for {{NAME:Beatrice}}. Adult day health at {{FACILITY:Sunnyside Adult Day Center}}.
Son {{NAME:Desmond}} in {{LOCATION:Charlotte}}, {{PHONE:704-555-0111}}.
Pt's hearing aids (L serial {{DEVICE:OT-More1-63017}}) - L aid not working; audiology fix.
{{NAME:Ingrid Valdés-Holm}}, MD`,
`VETERANS JUSTICE OUTREACH - jail visit
{{DATE:07/17/2024}} {{FACILITY:Pulaski County Regional Detention Facility}}, booking # {{ID:BK-24-018832}}
Vet: {{NAME:Jamarcus Whitlow}}, 33, USA 2010-2016 (11B, {{LOCATION:Fort Polk}}, {{LOCATION:Jalalabad}}), OTH discharge? -> General Under Honorable, eligible.
Charge: DWI 2nd, misd. Court: {{FACILITY:Pulaski County Veterans Treatment Court}}, Judge {{NAME:Harriet Osei}}; next docket {{DATE:8/6/24}}.
Case # {{ID:CR-2024-6619}}. Public defender {{NAME:Ryan Fitzmaurice}}, {{PHONE:501-555-0137}}.
Vet reports PTSD sx, ETOH daily. Never enrolled in VA. Enrollment form 10-10EZ done today; DD-214 copy from vet's mother {{NAME:Lorraine Whitlow}}.
Plan: recommend VTC diversion; residential SUD at {{FACILITY:Arkansas River VA Domiciliary}} on release; mentor from VTC, SGM (ret.) {{NAME:Ruiz}}.
Mother's address {{ADDRESS:1801 W 12th St}}, {{LOCATION:North Little Rock}} {{ZIP:72114}}.
VJO {{NAME:Cynthia Marbury}}, LCSW`,
`SUD CLINIC - MOUD follow-up (buprenorphine)
{{DATE:2024-12-11}}  {{FACILITY:Merrimack Ridge CBOC}}  via VVC (pt at home, IP {{IP:73.61.208.144}})
Pt: {{NAME:Colin Fairweather-Mbeki}}  ICN {{MRN:1021330917V427788}}  USMC 2006-2010 ({{LOCATION:Haditha}}, {{LOCATION:Fallujah}}).
On SL bup/naloxone 16/4 mg daily since {{DATE:3/2024}}. UDS {{DATE:12/4}}: bup+, norbup+, fentanyl neg, THC+.
Cravings 2/10. Attending SMART Recovery Tues at {{FACILITY:Lakes Region Recovery Center}}. Working at {{FACILITY:Winnipesaukee Marine}} as a mechanic.
PDMP checked (NH), no other prescribers. Naloxone kit lot 4KR221, exp 2026 - has 2 kits.
Partner {{NAME:Jess}} supportive. Pt's sponsor "{{NAME:Big Mike}}" calls weekly.
Rx: bup/nal 8/2 film #56, 28d, e-prescribed to {{FACILITY:Laconia Family Pharmacy}}; DEA reg {{LICENSE:FM4418203}}.
RTC 4 wks. Pt phone {{PHONE:603-555-0145}}.
{{NAME:Heather Quist}}, NP`,
`COMPENSATED WORK THERAPY (CWT) - Transitional Work progress
Vet {{NAME:Anselmo Quiroga}}, 58   site: {{FACILITY:Ventura Harbor Boatworks}} (CWT-TW placement)
Supervisor {{NAME:Darla Pfeiffer}}, {{PHONE:805-555-0142}}
Period {{DATE:10/1/24}}-{{DATE:10/31/24}}: 86 hrs, punctual 18/20 days, appearance good.
Vet lives at {{FACILITY:Oxnard Plains GPD House}} (grant per diem) since {{DATE:Aug 12}}. Transitioning to SSVF rapid rehousing - apt at {{ADDRESS:455 W Fifth St #7}}, {{LOCATION:Oxnard}} {{ZIP:93030}} pending inspection.
Vet (USN, 1985-1991, BM2, served on an amphibious ship; ports {{LOCATION:Subic Bay}}, {{LOCATION:Sasebo}}) - SUD in remission 14 mos.
Goals: forklift cert (done {{DATE:10/22}}, cert # {{LICENSE:FLT-CA-662184}}), CA DL reinstatement (DMV appt {{DATE:11/7}}).
Barriers: dental pain - referred Class V dental.
VRS {{NAME:Tomasz Grabowski}}, CWT, {{FACILITY:Channel Islands VA Clinic}}.`,
`EMERGENCY DEPARTMENT NOTE
{{FACILITY:Sooner Plains VA Medical Center}} ED   Arrival {{DATE:08/03/2024 23:41}}   Bed 9
Pt {{NAME:Rhett Calloway}}  42M  MRN {{MRN:4450917}}  brought by {{FACILITY:Canadian Valley EMS}} unit 1127 from {{ADDRESS:I-35 SB at mile marker 122}}.
CC: "I'm fine" - MVC, single vehicle, rollover; + ETOH. Belted. GCS 14 (E4V4M6).
Hx: OIF x2 ({{LOCATION:Tal Afar}} 2005, {{LOCATION:Baqubah}} 2007), TBI, PTSD, prior SI ({{DATE:1/2023}}). 
Exam: abrasions L forearm, seatbelt sign negative, C-collar off after CT c-spine neg. FAST neg. BAL 0.19.
C-SSRS: "sometimes wish I didn't wake up", no plan. Pt not safe to d/c while intoxicated.
Vehicle: 2016 Ram 1500, OK tag {{VEHICLE:KDF-937}}, towed by {{FACILITY:Norman Towing}}.
OHP trooper {{NAME:Blaine}} at bedside, incident # {{ID:OHP-24-081173}}.
Dispo: obs, re-eval sober, psych consult AM. Wife {{NAME:Kassidy}} {{PHONE:405-555-0172}}.
Dr. {{NAME:Adaora Nweke}}, ED attending`,
`AEROMEDICAL EVACUATION / PATIENT MOVEMENT - transfer summary
Pt: {{NAME:BELLAMY, TRAVIS J}}  SSG  HHC 2-87 IN   DoD ID {{ID:1338801274}}   DOB {{DATE:14 APR 1991}}
TRAC2ES PMR {{ID:PMR-2410-88417}}
Injury {{DATE:04 OCT 2024}} ~1420L, {{LOCATION:Erbil}}, Iraq: vehicle rollover during training. L femur fx, L pneumothorax.
Role 2 at {{LOCATION:Erbil Air Base}} -> chest tube, splint. CCATT flight to {{FACILITY:Landsberg Regional Medical Center}}, {{LOCATION:Kaiserslautern}} area, arr {{DATE:06 OCT 2024}}.
IMN femur {{DATE:07 OCT}}, Dr. (LTC) {{NAME:Anneliese Brandt}}. Chest tube out {{DATE:09 OCT}}.
Next leg: C-17 {{LOCATION:Ramstein}} -> {{LOCATION:Joint Base Andrews}} -> {{FACILITY:Potomac National Military Medical Center}} {{DATE:10/12/2024}}.
NOK: wife {{NAME:Courtney Bellamy}}, {{LOCATION:Fort Drum}} NY, notified by rear-det CDR; {{PHONE:315-555-0149}}.
Equip: IV pump SN {{DEVICE:ALARIS-8100-22031874}} travels with pt (return to unit).
Flight nurse Capt {{NAME:Obinna Eze}}, USAF`,
`LINE OF DUTY DETERMINATION - DD Form 261 summary (Army National Guard)
Soldier: SPC {{NAME:Lindqvist-Mora, Elena}}  SSN {{SSN:471-02-6638}}  Unit: 1-147 AVN, {{LOCATION:Madison}} WI
Date of injury {{DATE:22 Jun 2024}}. Status: annual training, {{LOCATION:Fort McCoy}}.
Circumstances: stepped off rear ramp of CH-47 in dark, twisted R knee. Witness: SGT {{NAME:Abdullahi Farah}}.
Treated at {{FACILITY:Lemonweir Urgent Care}} {{DATE:6/22/24}} 2215, then ortho {{FACILITY:Badger Sports Orthopedics}} {{DATE:7/9/24}}; MRI: MCL grade II.
Finding: In Line of Duty (ILD), not due to own misconduct. Approved {{DATE:15 AUG 2024}} by appointing authority.
Case # {{ID:LOD-WI-2024-0481}}. Civilian employer {{FACILITY:Oshkosh Cheese Cooperative}} notified re: absence.
Soldier home {{ADDRESS:812 Jenifer St}}, {{LOCATION:Madison}}, WI {{ZIP:53703}}; {{PHONE:608-555-0116}}.
Medical readiness NCO SSG {{NAME:Tran}}, email {{EMAIL:tran.medreadiness@wing.example}}.`,
`MEB NARRATIVE SUMMARY (NARSUM)
Service member: {{NAME:Achterberg, Nolan P.}}   CPT, USA, 35D   EDIPI {{ID:1209348815}}
MTF: {{FACILITY:Cascade Army Medical Center}}, {{LOCATION:Joint Base Lewis-McChord}}   Dictated {{DATE:18 Nov 2024}}
Referred condition: chronic low back pain with L5-S1 radiculopathy, failed conservative tx x 14 mo.
Onset {{DATE:Aug 2023}} lifting during deployment to {{LOCATION:Camp Buehring}}; seen at Role 1 and {{FACILITY:Arifjan Troop Medical Clinic}}.
Imaging: MRI {{DATE:10/14/23}} L5-S1 HNP w/ S1 nerve root contact. EMG {{DATE:02/2024}}: chronic S1 radiculopathy.
Tx: PT x 24, ESI x3 ({{DATE:12/23}}, {{DATE:3/24}}, {{DATE:6/24}}), gabapentin, meloxicam. Surgical consult: not a candidate per Dr. {{NAME:Reinholt}}.
Profile: P3 permanent; cannot wear body armor > 1 hr, no APFT/ACFT.
Does not meet retention standards per AR 40-501 ch 3. Other conditions: PTSD screen neg; tinnitus.
Spouse {{NAME:Megan}}; SM phone {{PHONE:253-555-0130}}.
PEBLO: Ms. {{NAME:Hawthorne}}. Physician: MAJ {{NAME:Ifeoma Nwosu}}, MC`,
`IDES - MILITARY SERVICES COORDINATOR (MSC) CASE NOTE
SM: SGT {{NAME:Oluwaseun Adebisi-Carter}}, USA   EDIPI {{ID:1517730092}}   DOB {{DATE:30 MAR 1994}}
VA claim established {{DATE:12/03/2024}}, claim # {{ACCOUNT:600-778-2051}}; VBMS e-folder created.
MSC: {{NAME:Wren Kallistrate}}, {{FACILITY:Mountain Post Soldier Readiness Center}}, {{LOCATION:Fort Carson}}, bldg 1042.
Claimed conditions (VA 21-0819): PTSD, R ankle instability, migraines, sleep apnea, tinnitus, L wrist (Tinel +, Phalen +: carpal tunnel).
Exams scheduled w/ {{FACILITY:Pikes Peak Evaluation Services}}: general med {{DATE:1/7/25}} 0800, PTSD {{DATE:1/9/25}} 1300, audio {{DATE:1/10/25}}.
SM's civilian email {{EMAIL:seun.ac94@postbox.example}}, phone {{PHONE:719-555-0103}}, forwarding addr after separation: {{ADDRESS:3119 Olive Branch Dr}}, {{LOCATION:Killeen}}, TX {{ZIP:76549}} (wife {{NAME:Folake}}'s family).
Deployments: {{LOCATION:Camp Taji}} (2017), {{LOCATION:Powidz}} Poland (2022). 
Next: proposed rating to PEBLO {{NAME:Dolores Whitecotton}}.
{{NAME:WK}} {{DATE:12/04/2024}} 1012`,
`TRICARE FOR LIFE / MEDICARE - retiree pharmacy & coverage verification
Beneficiary: COL (ret.) {{NAME:Augustin Beaulieu-Mensah}}, USA   DOB {{DATE:01/05/1947}}
DEERS verified {{DATE:3/3/2025}}: TFL active. DBN {{HEALTH_PLAN:10482275903}}. Medicare A+B, MBI {{HEALTH_PLAN:2WQ7-HX5-TR38}}.
Spouse {{NAME:Claudette Beaulieu-Mensah}}, DBN {{HEALTH_PLAN:10482275911}}; Medicare MBI {{HEALTH_PLAN:8RC2-JN4-KP16}}.
Also enrolled in VA (SC 20%, Agent Orange? no - served {{LOCATION:Fulda}} and {{LOCATION:Stuttgart}} during Cold War, then {{LOCATION:Dhahran}} 1991).
Issue: Express Scripts home delivery rejected Xarelto; PA required. PA form faxed to prescriber Dr. {{NAME:Bettina Kovačević}}, {{FACILITY:Low Country Cardiology}}, fax {{FAX:843-555-0164}}, ph {{PHONE:843-555-0160}}.
Alternative: MTF pharmacy at {{LOCATION:MCAS Beaufort}} has it on formulary; pt lives {{ADDRESS:27 Marsh Hawk Ln}}, {{LOCATION:Lady's Island}}, SC {{ZIP:29907}}.
Also uses VA for hearing aids, CMOP for generics. Coordinated to avoid dual dispensing.
Contact {{PHONE:(843) 555-0165}}. Case opened by {{NAME:Ashok Raman}}, TRICARE beneficiary counselor (BCAC), {{DATE:03/03/2025 10:18}}.`,
`CHAMPVA - claim correspondence
CHAMPVA member: {{NAME:Gwendolyn Haskett}}, spouse of permanently & totally disabled vet {{NAME:Royce Haskett}} (100% P&T, DC 9411).
Member ID {{HEALTH_PLAN:CHMP-448-21-0977}}   Sponsor file # {{ACCOUNT:23 808 561}}
Claim ctrl # {{ACCOUNT:24318800417}}, DOS {{DATE:09/12/2024}}, provider {{FACILITY:Piedmont Foothills Dermatology}}, NPI {{LICENSE:1427758390}}, billed $612.
Status: denied - OHI (BCBS of NC {{HEALTH_PLAN:YPW88241730}}) EOB not attached. Member to resubmit w/ EOB.
Letter mailed {{DATE:10/28/2024}} to {{ADDRESS:1604 Fox Hollow Rd}}, {{LOCATION:Hickory}}, NC {{ZIP:28601}}.
Member called {{DATE:11/4/24}} 1422 from {{PHONE:828-555-0177}}: states EOB uploaded to portal; confirm via doc id {{ID:DOC-24-7710428}}.
Note: Mrs. {{NAME:Haskett}} also asked about Meds by Mail for her levothyroxine - eligible (no OHI pharmacy benefit? has one - not eligible). Explained.
Rep: {{NAME:Jalen Whitmore-Ruiz}}, CHAMPVA call center.`,
`DEPENDENCY AND INDEMNITY COMPENSATION (DIC) - award letter excerpt
{{DATE:August 19, 2024}}
MRS. {{NAME:PERPETUA N. OKONKWO}}
{{ADDRESS:PO BOX 5527}}
{{LOCATION:LAWTON}} OK {{ZIP:73506}}
File Number: {{ACCOUNT:C 26 019 344}}
Veteran: {{NAME:Chukwuemeka Okonkwo}}, MSG, USA (ret.)
Dear Mrs. {{NAME:Okonkwo}}:
We have granted DIC. The veteran died on {{DATE:March 3, 2024}} at {{FACILITY:Comanche Plains Memorial Hospital}}. Cause: glioblastoma; the condition is presumptively related to his service at {{LOCATION:Camp Speicher}} and {{LOCATION:Tikrit}} (PACT Act burn pit presumptive).
Monthly rate includes 8-year provision and the amount for dependent child {{NAME:Adanna}} (born {{DATE:May 5, 2008}}).
Burial allowance ($2,000 service-connected death) paid to {{FACILITY:Becker-Lawton Funeral Chapel}}. Plot allowance not paid: interment at {{FACILITY:Medicine Bluff National Cemetery}}.
Your VA education benefits (DEA, Chapter 35) may apply. Survivors' assistance: contact the Survivors Assistance office or VSO {{NAME:Earlene Pickett}}, {{PHONE:580-555-0189}}.`,
`BDD (BENEFITS DELIVERY AT DISCHARGE) - GENERAL MEDICAL C&P EXAM
Claimant: SrA {{NAME:Kiana Makoa-Fitzgerald}}, USAF, 2A5X1   separation date {{DATE:04/30/2025}}
Exam {{DATE:February 11, 2025}}   Examiner: {{NAME:Thaddeus Oyelaran}}, DO   {{FACILITY:Hickam Pacific Examinations}}, {{LOCATION:Honolulu}}
ID verified w/ CAC, DoD ID {{ID:1622094481}}. Last 4 SSN {{SSN:5582}}.
Conditions: 
  1. Lumbosacral strain - onset lifting wheel assemblies at {{LOCATION:Kadena}} 2021
  2. Bilateral pes planus w/ plantar fasciitis
  3. Allergic rhinitis
  4. Scar L forearm 6 x 0.4 cm, stable, not painful (photo {{PHOTO:SCAR-LFA-0211-KMF-01}})
  5. Hemorrhoids - deferred, not on exam
ROM lumbar: flexion 70, ext 20, lat flex 25/25, rot 30/30. Neg SLR, neg Babinski.
Feet: marked pronation, Achilles alignment corrected w/ orthotics, tenderness plantar bilat.
Sinus: no incapacitating episodes.
Mil hx: {{LOCATION:Joint Base Pearl Harbor-Hickam}}, {{LOCATION:Kadena}} AB, Okinawa; {{LOCATION:Al Udeid}} 2023.
Mailing addr: {{ADDRESS:91-1040 Kaiau Ave}}, {{LOCATION:Kapolei}} HI {{ZIP:96707}}.`,
`RETIREMENT PHYSICAL / SEPARATION HISTORY AND PHYSICAL EXAM (SHPE) - DD Form 2807-1 review
SM: MSgt {{NAME:DeWitt Harrington-Loa}}, USAF, 24 yrs   DoD ID {{ID:1174662038}}
Date {{DATE:2024-05-14}}   {{FACILITY:Tinker Flight Medicine Clinic}}, {{LOCATION:Tinker AFB}}
Answers yes: 11 (back pain), 17c (tinnitus), 23 (trouble sleeping), 28 (counseling - Military OneSource 2019).
Deployments: {{LOCATION:Prince Sultan AB}} 2002, {{LOCATION:Kirkuk}} 2006, {{LOCATION:Manas}} 2011, {{LOCATION:Al Udeid}} 2019.
Hearing: STS documented {{DATE:03/2016}}; current 4kHz 45 dB R / 50 dB L.
Vision: 20/25 OU corrected. Colorvision normal (PIP 14/14).
Exam: BMI 29. Spurling neg. Lumbar paraspinal TTP. Heel-walk ok.
Labs: lipid panel, A1c 5.8 (pre-DM). HIV neg. G6PD nl.
Referrals at separation: audiology, sleep; VA BDD claim filed, claim {{ACCOUNT:600-331-9045}}.
Provider: Maj {{NAME:Consolata Wanjiru}}, MD, FS   /   tech {{NAME:jh}}
SM's phone {{PHONE:405-555-0152}}; forwarding: {{ADDRESS:6604 SE 89th St}}, {{LOCATION:Oklahoma City}}, OK {{ZIP:73135}}.`,
`PERIODIC HEALTH ASSESSMENT (PHA) - Army Reserve, SRP site
{{DATE:Sat 6 Apr 2024}}   SRP @ {{FACILITY:Major General Pemberton Army Reserve Center}}, {{LOCATION:Fort Snelling}}
Soldier: SSG {{NAME:Pa Vang-Heusinkveld}}   88M   unit 451st TC   DoD ID {{ID:1288410067}}
Civilian job: driver for {{FACILITY:North Star Freight}}; CDL {{LICENSE:MN-V512-447-889-021}}.
Self-reported: BP 138/88 (recheck 132/84), sleep 6h, no tobacco, 2 drinks/wk.
Immunizations: flu (lot UT8722EA) given; Tdap {{DATE:2019-08-11}}, current per MEDPROS.
Dental class 2. Vision readiness green. Hearing readiness: DOEHRS-HC H2 profile - STS R ear; referred.
Behavioral health: PHQ-2 0. Family: spouse {{NAME:Mai Nou}}, 3 kids; FRG leader {{NAME:Tammy Gerlach}}.
Civilian PCP: Dr. {{NAME:Houa Lor}}, {{FACILITY:Frogtown Family Clinic}}, {{LOCATION:St. Paul}}; records release requested.
MRC: 1 (fully ready) pending hearing f/u. Reviewer CPT {{NAME:Lindgren}}, PA.`,
`SOLDIER READINESS PROCESSING - pre-deployment occupational health
Date {{DATE:11 JAN 2025}}, {{LOCATION:Fort Hood}}? -> renamed {{LOCATION:Fort Cavazos}}, bldg 36000 station 4.
SM: 1LT {{NAME:Imogen Achebe-Larsson}}, 12A, 20th EN BDE. Deploying to {{LOCATION:Camp Lemonnier}}, Djibouti, and {{LOCATION:Manda Bay}}, Kenya.
Occ hx: civilian - lab tech at {{FACILITY:Temple Regional Diagnostics}}.
Anthrax (dose 3), typhoid, yellow fever given today. Malaria ppx: doxycycline 100 mg daily start {{DATE:1/28/25}}.
G6PD normal. Pregnancy test neg. DNA sample on file (AFDIL), specimen card {{BIOMETRIC:DNA-RSC-2011-44719}}.
Panographic dental x-ray on file for ID: yes.
Pre-deployment serum sample to DoDSR, specimen {{ID:DS-25-0089217}}.
Emergency data card (DD 93): NOK mother {{NAME:Sigrid Larsson}}, {{ADDRESS:408 Elm Ridge Rd}}, {{LOCATION:Lindsborg}}, KS {{ZIP:67456}}, {{PHONE:785-555-0140}}.
Cleared: deployable. Signed SFC {{NAME:Ochoa}}, 68W; reviewing provider CPT {{NAME:Darnell Foxworth}}.`,
`EYE CLINIC - diabetic retinopathy / TBI visual sx
{{DATE:June 24, 2024}} 1:40 PM  {{FACILITY:Coastal Carolina VA Eye Clinic}}
Vet {{NAME:Keshawn Latimer-Boyd}}  ICN {{MRN:1018820476V665013}}  DOB {{DATE:2/29/1980}}
Hx: DM2, mTBI (blast, {{LOCATION:Sangin}} 2011), photophobia, convergence insufficiency.
VA cc: 20/25 OD, 20/30 OS. IOP 16/17. NPC 14 cm (abnl). 
DFE: mild NPDR OU, no CSME. OCT macula wnl. Fundus photos saved, refs {{PHOTO:FUNDUS-OD-20240624-KLB}} and {{PHOTO:FUNDUS-OS-20240624-KLB}}.
Iris scan for TBI research registry declined; prior retinal scan template from DoD study {{BIOMETRIC:RSCAN-00441-B}} - pt asks it be deleted; ROI notified.
Plan: vision therapy for CI (blind rehab OT {{NAME:Giada Ferraro}}), FL-41 tinted lenses ordered (PSAS), f/u 12 mo.
Pt drives - vision meets SC DMV standard.
Wife {{NAME:Tanisha}} present. Phone {{PHONE:843-555-0119}}.
{{NAME:Hyacinth Ogunleye}}, OD`,
`LAB - CRITICAL VALUE CALL
{{DATE:04/02/2025 0317}}  {{FACILITY:Chattahoochee Valley VAMC}} lab, accession {{ID:CH 0402 441}}
Pt: {{NAME:MCALLISTER, ROSCOE}}   last4 {{SSN:M6610}}   loc: 3N bed 12
K+ 6.8 mmol/L (critical). Repeat non-hemolyzed: 6.7. Cr 3.9 (baseline 1.8).
Called to {{NAME:Nomvula Dlamini}}, RN at 0321; read back verified. Call ref {{ID:CV-250402-0093}}.
RN paged hospitalist Dr. {{NAME:Ibarra-Quist}} (pgr {{PHONE:4417}}). EKG: peaked T. Tx: Ca gluconate, insulin/D50, Lokelma, albuterol neb.
0515 repeat K 5.6. Nephrology consult Dr. {{NAME:Venkat}}.
Pt (Vietnam, USA, {{LOCATION:Pleiku}}) - on lisinopril + spironolactone at home; both held.
Daughter {{NAME:Roberta}} notified by {{NAME:N. Dlamini}} at 0600, {{PHONE:706-555-0181}}.
Tech {{NAME:GR}}.`,
`RADIOLOGY REPORT
{{FACILITY:Ohio Valley Crossroads VAMC}} - Imaging Service
Exam: CT CHEST W/O CONTRAST (LOW-DOSE LUNG CANCER SCREENING)   CPT 71271
Pt: {{NAME:HENDRICKS-ODUYA, PERCIVAL}}   ICN {{MRN:1006610452V193387}}   DOB {{DATE:12/21/1956}}
Accession {{ID:OVC-CT-25-0041187}}   Performed {{DATE:01/27/2025 10:14}}   Ordering: {{NAME:Jovanka Marković}}, NP
Indication: 68 yo former smoker, 45 pk-yr, quit 2016; Gulf War vet, USA.
Comparison: {{DATE:01/22/2024}} from {{FACILITY:Tri-State Imaging Partners}} (outside, loaded to PACS).
Findings: 6 mm solid nodule RUL (series 3 image 88), prior 4 mm. Mild centrilobular emphysema. Coronary calcifications. No adenopathy.
Impression: Lung-RADS 4A - suspicious. Recommend PET/CT or 3-mo LDCT.
Critical result communicated to {{NAME:J. Marković}} via CPRS alert and phone at 1142 {{DATE:1/27/25}}.
Dictated by {{NAME:Rashid Al-Mansouri}}, MD   Transcribed {{NAME:dl}}
Scanner: SOMATOM go.Top, station CT2.
Lung screening navigator {{NAME:Brianne Cote}} {{PHONE:740-555-0161}} to call pt at {{PHONE:740-555-0124}}.`,
`SPECIALLY ADAPTED HOUSING / AUTO GRANT - Loan Guaranty note
Vet: {{NAME:Isaiah Running Fisher-Gallo}}, SSgt (med ret), USMC, bilat LE amputee ({{LOCATION:Sangin}} {{DATE:8/2011}})
File # {{ACCOUNT:31 447 902}}   SAH grant case {{ID:SAH-24-0339}}   {{DATE:June 3, 2024}}
Property: {{ADDRESS:1148 Prairie Smoke Trail}}, {{LOCATION:Rapid City}}, SD {{ZIP:57703}} (new build, ramped entry, roll-in shower, 36" doors).
Builder: {{FACILITY:Black Hills Accessible Homes}}, contact {{NAME:Gustavo Pereira}}, {{PHONE:605-555-0138}}, fax {{FAX:605-555-0139}}.
SAH agent inspection {{DATE:5/30/24}}: compliant. Draw #2 released.
Auto allowance (VA 21-4502) paid {{DATE:2/14/2023}}: 2023 Toyota Sienna, VIN {{VEHICLE:5TDYRKEC4PS118834}}, SD plate {{VEHICLE:2AB 447}}; conversion (lowered floor, ramp) by {{FACILITY:Mobility Plus of the Black Hills}}.
Adaptive equipment reimbursement {{DATE:5/2024}} for hand controls.
Vet email {{EMAIL:irf.gallo@prairienet.example}}; wife {{NAME:Winona}} is co-borrower.
SAH agent {{NAME:Rosalie Tenorio}}.`,
`DRIVER REHABILITATION - clinical evaluation
{{DATE:9-19-24}}   {{FACILITY:Heartland Plains VA Driver Rehab Program}}
Client: {{NAME:Bartholomew}} "{{NAME:Bart}}" {{NAME:Ekwueme}}, 47, OIF vet, mild TBI (IED, 2008) + L hemiparesis after R MCA CVA {{DATE:03/2022}}.
License: KS class C {{LICENSE:K05-47-2291}}, exp {{DATE:11/2026}}; restricted pending eval.
Clinical: visual fields full, UFOV risk 2, Trails B 112 s, reaction time 0.78 s R foot.
Behind-the-wheel in VA vehicle (not client's) on city route, {{LOCATION:Topeka}}: required L foot accelerator + spinner knob. 2 instructor interventions.
Own vehicle: 2019 Chevy Equinox, VIN {{VEHICLE:2GNAXUEV1K6214770}}. Install L-foot gas pedal by {{FACILITY:Sunflower Mobility}}.
Recommendation: may drive w/ equipment after 4 training sessions; letter to KS DOR.
CDRS {{NAME:Ilse Vandermeer}}, OTR/L   Client phone {{PHONE:785-555-0169}}.`,
`CLOTHING ALLOWANCE - prosthetics determination
Vet {{NAME:Rafaela Sotomayor-Greer}}   ICN {{MRN:1014478290V306624}}   {{DATE:Aug 5 2024}}
VA Form 10-8678 rec'd {{DATE:7/30/24}}.
Items causing wear/tear: knee brace (DonJoy, serial {{DEVICE:DJ-FP-55210394}}) and lumbar orthosis; also topical clobetasol for SC eczema stains clothing.
Service: USN, AO2 2004-2012, {{LOCATION:Naval Station Rota}}, {{LOCATION:Manama}} (Bahrain).
Determination: eligible, 2 allowances. Paid annually by VBA; first payment expected {{DATE:10/1/2024}}.
Mailing: {{ADDRESS:702 Calle Ocho, Apt 3}}, {{LOCATION:Miami}}, FL {{ZIP:33135}}.
Prosthetics rep: {{NAME:Thornton Achebe}}, {{FACILITY:Biscayne Bay VAHCS}}. Vet ph {{PHONE:305-555-0150}}.
Note: brace issued {{DATE:03/12/2024}} by orthotist {{NAME:Yael Birnbaum}}, CO; vet also asked re: second allowance for wheelchair (not used - ineligible). Husband {{NAME:Desmond Greer}} may pick up paperwork; verbal consent on file.`,
`COMMUNITY CARE - billing dispute / debt referral
Vet: {{NAME:Mordecai Fitzwilliam-Nakamura}}   SSN {{SSN:516-92-0481}}
Call {{DATE:11/20/2024 0904}}: vet received collection letter from {{FACILITY:Reliant Recovery Services}} for $3,418.55, acct {{ACCOUNT:RRS-7704418-22}}, re: ED visit {{DATE:05/11/2024}} at {{FACILITY:Flathead Valley Regional}} ({{LOCATION:Kalispell}}).
VA emergency notification was made {{DATE:5/12/24}}, notification # {{ID:EDN-0512-4402871}}; authorized.
Provider claim to Optum: claim {{ACCOUNT:OPT-24-19830447}}, status pended - missing referral #? n/a for emergency; resubmitted by CC.
Stop-collection letter faxed to Reliant at {{FAX:406-555-0133}} and to hospital PFS {{NAME:Kaylee Ostrowski}}, {{PHONE:406-555-0131}}.
Vet's credit concern: advised VA Debt Management? - no VA debt; this is provider debt, Mission Act protections explained.
Vet address {{ADDRESS:6 Lupfer Ave}}, {{LOCATION:Whitefish}}, MT {{ZIP:59937}}. Email {{EMAIL:mordecai.fn@bigskymail.example}}.
CC staff {{NAME:Dawn Redcloud}}`,
`pact handoff - secure chat (Teams), {{DATE:1/6/25}}
0812 {{NAME:mv}}: morning - {{NAME:okafor}} pt {{NAME:h. delgado}} called again re dizzy, bp 88/50 at home
0813 rn {{NAME:jo}}: ugh ok. is that {{NAME:hector}} or {{NAME:herminia}}? we have both lol
0813 {{NAME:mv}}: {{NAME:hector}}, the korea vet, {{AGE:93}}. L4 {{SSN:D7719}}
0815 {{NAME:jo}}: i'll call him. daughter {{NAME:lupe}} #? 
0815 {{NAME:mv}}: {{PHONE:956 555 0141}}. he lives at {{ADDRESS:412 e. tyler st}} in {{LOCATION:harlingen}}
0840 {{NAME:jo}}: talked w/ {{NAME:lupe}}. he started the new amlodipine from the cardiologist dr {{NAME:saenz}} at {{FACILITY:rio grande heart clinic}}. plus his lisinopril. holding amlodipine, bp recheck 2pm
0841 {{NAME:mv}}: 👍 tell dr. {{NAME:ramos-vela}}? 
0842 {{NAME:jo}}: already flagged. also he needs transport for {{DATE:1/9}} appt - VTS van or {{FACILITY:DAV Chapter 12}} driver
0901 {{NAME:mv}}: booked DAV, pickup 0700.`,
`CLC CENSUS - {{FACILITY:Pine Barrens VAMC}} Community Living Center, Bldg 3 ("{{FACILITY:Freedom House}}")  {{DATE:03/02/2025}} 0600
rm  | resident                         | age | status
301A| {{NAME:Abernethy, Clyde}}         | {{AGE:94}}  | LT care, DNR, Korea
301B| {{NAME:Nwosu-Pryor, Kelechi}}      | 71  | short stay rehab, L TKA, d/c {{DATE:3/6}}
302 | {{NAME:Brzezinski, Halina}}        | 88  | respite, caregiver dtr {{NAME:Joanna}} back {{DATE:3/10}}
303A| {{NAME:Villalobos, Efraín}}        | {{AGE:90}}  | hospice, family at bedside
303B| {{NAME:Tuilagi, Sione}}             | 59  | SCI, trach collar
304 | {{NAME:Dempsey, Harold}} ("{{NAME:Sarge}}")  | 82 | dementia, wander guard bracelet #{{DEVICE:WG-1190}}
Notes: {{NAME:Villalobos}} family requests chaplain Fr. {{NAME:Ibe}}. Honor Salute planned when he passes.
Charge RN {{NAME:Theodora Appiah}}`,
`RECREATION THERAPY - CLC
{{DATE:Tuesday, 10/15/2024}}  {{FACILITY:Magnolia Bend VA CLC}}
Resident: {{NAME:Cletus Broadwater}}, {{AGE:97}}, WWII USN, served on a destroyer escort in the Pacific, Okinawa campaign; hometown {{LOCATION:Hattiesburg}}.
Group: "Coffee & Stories" with 6 residents. {{NAME:Cletus}} shared story of meeting his late wife {{NAME:Opal}} at a USO dance in {{LOCATION:San Diego}} in 1944.
Also attended the Honor Flight video viewing; his grandson {{NAME:Jubal}} took him on the flight in {{DATE:April 2019}}.
Music: requested big-band swing, sang along. Affect bright.
Goals: maintain socialization 3x/wk, reduce afternoon agitation. Met.
Plan: community outing to {{FACILITY:Longleaf Civic Center}} veterans' luncheon {{DATE:11/11}} - needs wheelchair van, O2 2L.
Family contact: grandson {{NAME:Jubal Broadwater}}, {{PHONE:601-555-0184}}.
{{NAME:Marisol Teague}}, CTRS`,
`CHAPLAIN SERVICE - spiritual assessment
{{DATE:07/28/2024}}, {{FACILITY:Rio Grande Pueblo VAMC}}, 5 South rm 512
Pt {{NAME:Anselm Tsosie-Begay}}, Navajo (Diné), USA 1968-70, RVN ({{LOCATION:Chu Lai}}, {{LOCATION:Quang Ngai}}); from {{LOCATION:Chinle}}, AZ.
Pt requests traditional healer; family arranging a ceremony after d/c at home in {{LOCATION:Many Farms}}. Pt's sister {{NAME:Loretta Begay}} brought corn pollen; VA Native American spiritual care policy reviewed - permitted.
Moral injury themes: "I did things over there that don't fit with the Diné way". Open to Warrior's Journey group.
Also connected w/ {{FACILITY:Chinle Chapter House}} veterans' organization contact {{NAME:Harrison Yazzie}}.
Plan: daily visits; smudging permitted in designated room w/ safety officer approval.
Contact sister {{PHONE:928-555-0108}}.
Chaplain {{NAME:Bernadette Kowalski-Nez}}, M.Div., BCC`,
`PEER SUPPORT SPECIALIST - contact note
{{DATE:5/5/25}}  {{FACILITY:Gateway Peer Center}}, {{FACILITY:Heartland North VA}}
Vet: {{NAME:Ruben}} "{{NAME:Rooster}}" {{NAME:Maldonado}}, 39, USA, 19D, 3-61 CAV, {{LOCATION:COP Keating}} 2009 (survivor). Peer: {{NAME:Curtis Lamb}} (also Army, OEF).
{{NAME:Rooster}} says his battle buddy {{NAME:Nate Hollenbeck}} died by suicide last mo; burial at {{FACILITY:Meramec National Cemetery}} on {{DATE:4/22}}.
Shared own recovery story; walked thru Safety Plan; pt agreed to PCT appt {{DATE:5/8}}.
Pt's new job at {{FACILITY:Ozark Trucking Co.}} starts {{DATE:5/12}}.
Pt asked for the Facebook memorial page for {{NAME:Nate}}: {{URL:https://www.facebook.com/groups/remembering.nate.hollenbeck}} - he posts there at night; we talked about limits on late-night scrolling.
Next contact {{DATE:Friday 5/9}} by phone. Pt declined Vet Center referral for now ({{FACILITY:Kirkwood Vet Center}} info given).
Contact {{PHONE:314-555-0167}}, {{EMAIL:rooster.maldonado@rivermail.example}}.
{{NAME:C. Lamb}}, PSS`,
`MOVE! WEIGHT MANAGEMENT - group session 4 + individual check
{{DATE:02/19/2025}}  {{FACILITY:Laurel Highlands CBOC}}, conf rm B   Facilitator {{NAME:Cressida Mbatha}}, RD
Group (8 vets). Topic: eating out / "chow hall habits".
Individual check:
  {{NAME:Pomeroy, Dwight}}  wt 268 -> 259 lb (-9 in 4 wk). Goal 5% = 255.
  {{NAME:Okwuosa, Felix}}   wt 231 -> 233. Discussed night eating; works 3rd shift at {{FACILITY:Westmoreland Steel Fabricators}}.
  {{NAME:Garza-Lindholm, Renée}}  wt 189 -> 185. Using MOVE! Coach app; step count 7,800/d.
{{NAME:Dwight}} (USMC 1988-92, Desert Storm, {{LOCATION:Kuwait City}} outskirts) asked about GLP-1: referred to PCP Dr. {{NAME:Albrecht}} for semaglutide criteria (BMI 38, A1c 6.6, OSA).
{{NAME:Renée}}'s smart scale (Withings, serial {{DEVICE:WBS-06-88412730}}) syncs to VA Annie texts at {{PHONE:724-555-0112}}.
{{NAME:Felix}}'s wife {{NAME:Ngozi}} attended as support; brought recipes from {{FACILITY:St. Vincent Church}} potluck.
Next group {{DATE:2/26}} 1000. Tele-MOVE option offered to {{NAME:Felix}} (lives 45 min away, {{LOCATION:Ligonier}}).
{{NAME:CM}}`,
`TELEDERMATOLOGY - store-and-forward consult
Consult {{ID:TD-25-118204}}   Imager: {{NAME:Ahanu Silversmith}}, LPN, {{FACILITY:Painted Desert CBOC}}   Captured {{DATE:03/18/2025 13:05}}
Pt {{NAME:Delbert Kinsella}}, 74M, Vietnam (USA, {{LOCATION:Long Binh}}), farmer/rancher, fair skin, hx BCC nose 2019.
Lesion 1: L temple, 9 mm pearly papule w/ telangiectasia. Images {{PHOTO:TD-118204-01.jpg}}, {{PHOTO:TD-118204-02-dermoscopy.jpg}}.
Lesion 2: R dorsal hand, scaly plaque 1.4 cm. Image {{PHOTO:TD-118204-03.jpg}}.
Full-face overview for location mapping: {{PHOTO:TD-118204-00-face.jpg}}.
Reader: Dr. {{NAME:Saoirse Gallagher-Nkemelu}}, Dermatology, {{FACILITY:Sun Corridor VAMC}}, read {{DATE:3/20/25}}.
Impression: 1) BCC nodular, likely - excision/Mohs referral (community care, {{FACILITY:Flagstaff Skin & Mohs Surgery}}, referral {{ID:VA0061337289}}). 2) AK vs SCCis - biopsy at CBOC.
Agent Orange presumptive list does not include BCC; chloracne absent.
Pt's phone {{PHONE:928-555-0172}}; lives {{ADDRESS:HC 37 Box 9140}}, {{LOCATION:Holbrook}}, AZ {{ZIP:86025}}.`,
`DEATH NOTE / PRONOUNCEMENT
{{DATE:11/29/2024 04:52}}  {{FACILITY:Blue Ridge Summit VAMC}}, CLC Hospice, rm 118
Called by RN {{NAME:Tamsin Oduya}} for no respirations. Pt {{NAME:Wilbur Ashcombe Trent}}, {{AGE:95}}, WWII USMC, {{LOCATION:Iwo Jima}} veteran. No heart sounds x 60 s, no resp, pupils fixed. Pronounced 0452.
Family: son {{NAME:Gordon Trent}} present; daughter {{NAME:Evelyn Trent-Maddox}} notified by phone {{PHONE:540-555-0193}} at 0510.
Autopsy: declined. Medical examiner: not a ME case. Organ donation: Virginia donor line notified, ref {{ID:DV-24-1129-0077}}; not a candidate.
Funeral home: {{FACILITY:Oakes & Lantz Funeral Service}}, {{LOCATION:Staunton}}; pick up ~0800.
Burial: {{FACILITY:Shenandoah Heights National Cemetery}}; family requests Marine Corps honor guard and rifle volley; decedent affairs clerk {{NAME:Rolando Pascual}} to initiate VA Form 40-10007 pre-need on file ({{DATE:2019-05-02}}).
Honor Salute performed by staff at 0730 (flag-draped quilt walk).
Death certificate to be completed by attending Dr. {{NAME:Pemberton-Osei}}.
{{NAME:Eamon Drăgulescu}}, MD, hospitalist`,
`STAND DOWN EVENT - homeless veteran intake
Event: Stand Down at {{FACILITY:Cumberland County Fairgrounds}}, {{DATE:Sat. 9/21/2024}}   Booth: VA eligibility
Vet: {{NAME:Lonnie Ray Bickham}}, 54, USA 1988-1994 (Desert Storm, {{LOCATION:Camp Doha}}), no fixed address; sleeps in van in a store lot at {{ADDRESS:1400 Skibo Rd}}, {{LOCATION:Fayetteville}}.
Van: 1999 Ford Econoline, NC plate {{VEHICLE:RFN-3382}}.
ID: NC DL {{LICENSE:000031849927}} (expired {{DATE:08/03/2022}}). DD-214 request via eBenefits; SSN {{SSN:244-61-9075}}.
Fingerprint scan taken for NC DMV ID replacement voucher program: ref {{BIOMETRIC:NCDMV-FP-5520913}}.
Services today: haircut, boots, flu shot, legal clinic ({{FACILITY:Legal Aid of the Sandhills}}: 2 traffic fines), dental screening.
VA: enrolled on the spot; HCHV referral to {{FACILITY:Haymount House}} transitional housing; SSVF screen with {{FACILITY:Carolina Homefront Partners}}.
Cell (donated, Lifeline) {{PHONE:910-555-0197}}. Friend {{NAME:Marcus}} "{{NAME:Tank}}" {{NAME:Feeney}} also at event, also a vet.
Staff {{NAME:Priscilla Onwuachi}}, MSA`,
`VETERANS CRISIS LINE - chat responder note (summary)
Chat start {{DATE:01/01/2025 00:37}}; chat session ID {{ID:VCL-CH-250101-00918}}; source IP {{IP:98.211.44.170}} (logged by platform).
Caller self-ID'd as "{{NAME:JT}}", later {{NAME:Jordan Tafolla}}, 31, Army vet (68W, {{LOCATION:Fort Hood}}, {{LOCATION:Camp Taji}}).
Reports drinking since NYE party, posted a goodbye message on Instagram: {{URL:https://www.instagram.com/jtafolla_68w/}}. Has a pistol in his truck.
C-SSRS: active SI with method, intent unclear. Agreed to place gun in truck's lockbox and give key to roommate {{NAME:Deon}}.
Emergency dispatch not needed - pt agreed to safety plan; address given voluntarily: {{ADDRESS:3902 Lake Rd, Apt 14C}}, {{LOCATION:Killeen}}, TX {{ZIP:76543}}.
Consult to SPC at {{FACILITY:Central Texas Lone Star VA}} placed; warm handoff in AM. Call-back # {{PHONE:254-555-0125}}.
Responder {{NAME:R. Castellanos-Duarte}}, ID {{ID:VCLR-4418}}. Chat end 0151.`,
`VA TELEHEALTH - HT device/tablet troubleshooting
{{DATE:April 9, 2025}}   caller: vet {{NAME:Mercedes Obi-Lindqvist}} (VA-issued iPad)
Issue: cannot join VVC with Dr. {{NAME:Huang}}. Tablet serial {{DEVICE:DMPXQ7R2LL91}}, asset {{DEVICE:VA-T-0042218}}.
Home wifi, public IP {{IP:24.118.5.209}}; tablet LAN {{IP:192.168.1.44}}. Cellular fallback SIM ICCID {{DEVICE:8901260882291776201}}.
Steps: updated iOS, reinstalled VA Video Connect, ran the public test page (care.va.example/vvc-test): audio ok, camera blocked in settings - fixed. Her visit link {{URL:https://care.va.example/vvc/visit/7GH2-PQ91}} resent.
Rescheduled visit to {{DATE:4/10/25}} 0930. Link emailed to {{EMAIL:mobi.lindqvist@northmail.example}}.
Vet at {{ADDRESS:57 Pinecone Loop}}, {{LOCATION:Brainerd}}, MN {{ZIP:56401}}; cell {{PHONE:218-555-0179}}.
Tech: {{NAME:Arvid Solberg}}, Office of Connected Care help desk, ticket {{ID:INC0088213347}}.`,
`MILLION VETERAN PROGRAM - enrollment / consent
{{DATE:10-23-2024}}   MVP site: {{FACILITY:Coulee Region CBOC}} (satellite of the {{FACILITY:Mississippi Bluffs VAMC}} research office)
Participant: {{NAME:Hjalmar Oyelowo-Strand}}, 66, USN 1976-1996 (ET1, submarines, homeport {{LOCATION:Groton}}; {{LOCATION:Holy Loch}}, Scotland).
ICN {{MRN:1007780213V904561}}. Consent signed, HIPAA authorization signed; copy given.
Blood drawn: 2 lavender, 1 SST. Specimen barcode {{BIOMETRIC:MVP-DNA-0002184477}} (genomic sample).
Baseline survey: completed online; confirmation {{ID:MVP-S-771302}}.
Pt asked if results return to him - explained research-only, no individual results.
Contact pref: mail to {{ADDRESS:W4410 County Rd K}}, {{LOCATION:La Crescent}}, MN {{ZIP:55947}}; phone {{PHONE:507-555-0181}}.
Research coordinator {{NAME:Lucía Ferrándiz}}, CCRP; witness {{NAME:Omari Baptiste}}.`,
`VA POLICE - incident summary (clinical copy for Disruptive Behavior Committee)
Case # {{ID:VAPD-2025-00317}}   {{DATE:02/07/2025}} ~1415   {{FACILITY:Great Salt Basin VAMC}}, Bldg 1 pharmacy lobby
Subject: vet {{NAME:Clayton Vorhees-Mabry}}, DOB {{DATE:06/14/1983}}, ICN {{MRN:1019005527V210884}}.
Subject yelled at pharmacy tech {{NAME:Rosa Tupou}} re: delayed oxycodone fill, struck plexiglass. No injuries. Officer {{NAME:Benjamin Hale}}, badge {{ID:VAP-217}}, responded; Sgt {{NAME:Kimura}} supervisor.
Subject calmed, escorted to MH walk-in; seen by Dr. {{NAME:Abiodun}}. Not arrested; US District Court violation notice {{ID:E1193702}} issued.
Identity confirmed by PIV-less kiosk fingerprint match, template {{BIOMETRIC:BIO-KSK-77104}}.
Vehicle in lot B: Utah plate {{VEHICLE:C44 7RX}}, gray Subaru Outback.
DBC review scheduled; possible Behavioral Flag (patient record flag). Wife {{NAME:Jessa}} picked him up ({{PHONE:801-555-0156}}).
Photo of damage only (no pt photo). Officer report by {{NAME:B. Hale}}.`,
`MOBILE VET CENTER - outreach log
{{DATE:8/10/24}}-{{DATE:8/11/24}}  {{FACILITY:Northern Cheyenne Mobile Vet Center}} (MVC unit 44) at the powwow grounds, {{LOCATION:Lame Deer}}, MT
Staff: {{NAME:Marlene Two Moons}} (outreach, USMC vet), {{NAME:Jasper Whitcomb}}, LCSW.
Contacts: 23 vets, 9 family members.
- {{NAME:Elijah Spotted Wolf}}, 71, Vietnam, {{LOCATION:Da Nang}}. Wants help w/ hearing claim; referred VSO {{NAME:Rita Bearchum}}.
- {{NAME:Darlene Fisher}}, 45, Army, OIF {{LOCATION:Tikrit}}; MST disclosure, warm handoff to {{FACILITY:Yellowstone River Vet Center}} ({{PHONE:406-555-0102}}).
- {{NAME:Thomas}} "{{NAME:TJ}}" {{NAME:Littlebird}}, 28, Guard, {{LOCATION:Camp Arifjan}}; new to VA, 10-10EZ done.
- Honor guard members of {{FACILITY:Northern Cheyenne Tribal Veterans Post}} asked about burial flags supply; directed to {{FACILITY:Rimrock CBOC}} decedent affairs.
Gourd dance honoring vets Sat 1400 - MVC staff attended.
Van mileage 188. {{NAME:MT}}/{{NAME:jw}}`,
`MILITARY FUNERAL HONORS - request & coordination
Request rec'd {{DATE:Wednesday, March 5, 2025}} from {{FACILITY:Halvorsen-Reyes Funeral Home}} (fax {{FAX:218-555-0147}}, director {{NAME:Signe Halvorsen}} {{PHONE:218-555-0146}}).
Deceased: {{NAME:Edmund}} "{{NAME:Ed}}" {{NAME:Pietrowski}}, SFC, USA (ret.), 1966-1990. Vietnam ({{LOCATION:An Khe}}, 1st Cav), {{LOCATION:Grafenwöhr}}, {{LOCATION:Fort Riley}}. Bronze Star.
DOB {{DATE:07/18/1947}}; DOD {{DATE:03/02/2025}}. DD-214 verified via DPRIS.
Service: {{DATE:Mar 10}} 1100 at {{FACILITY:St. Casimir's Catholic Church}}, {{LOCATION:Duluth}}; committal {{FACILITY:Lake Superior Pines Cemetery}} (private cemetery; VA headstone/medallion ordered, application {{ID:40-1330-25-55812}}).
Honors: retiree - full honors requested (casket team, firing party, bugler live). Detail from the {{FACILITY:Fort McCoy Casualty Assistance Center}}; local {{FACILITY:American Legion Post 71}} rifle squad adds the volley.
Flag recipient: widow {{NAME:Barbara Pietrowski}}, {{ADDRESS:2214 E 4th St}}, {{LOCATION:Duluth}} MN {{ZIP:55812}}.
Coordinator SSG (ret.) {{NAME:Ortiz}}`,
];

export const HELDOUT_REALISTIC_82_NOTES: MarkedNote[] = NOTES.map((n, i) => parseMarked(`heldout82-${i + 1}`, n));
